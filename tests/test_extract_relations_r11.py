"""Rule set 11 of the drafting engine: labels given to actors (Characterisation), a
state's figures (Indicator), support asked for or given by a state's forces, and the
city a traveller goes to. Each test drafts a small sentence written for it (invented
people, real states) with the real engine and asserts the drafted fact; a negative
beside each rule checks what it must not draft."""

from __future__ import annotations

from test_extract_rules import REG, draft, engine, facts, only, source  # noqa: F401  (engine is a fixture)

from kg.entities import Entity, EntityRegistry

# PUBLISHED in test_extract_rules is Wednesday 5 March 2031.


# -- Characterisation: "X described Y as Z", "X called Y Z" ---------------------------


def test_described_as_is_a_characterisation_said_by_the_subject(engine):
    d = draft(engine, "Tor Ashby described Chile as a dependable neighbour.")
    ch = only(d, "Characterisation")
    assert (ch["characterised"], ch["category"], ch["said_by"], ch["modality"]) == \
        ("chile", "dependable neighbour", "tor-ashby", "reported")


def test_called_with_an_object_predicate_is_a_characterisation_dated_by_its_clause(engine):
    d = draft(engine, "Lina Varo called Peru a regional power on Monday.")
    ch = only(d, "Characterisation")
    assert (ch["characterised"], ch["category"], ch["date"]) == ("peru", "regional power", "2031-03-03")


def test_a_participle_of_calling_characterises_the_actor_a_description_refers_back_to(engine):
    d = draft(engine, "\"We will not talk to Chile,\" Tor Ashby said, calling the country an unreliable partner.")
    ch = only(d, "Characterisation")
    assert (ch["characterised"], ch["category"], ch["said_by"]) == ("chile", "unreliable partner", "tor-ashby")


def test_a_label_that_blames_is_a_criticism_not_a_characterisation(engine):
    d = draft(engine, "Kesh Amon called the Bolivian blockade illegal.")
    assert not facts(d, "Characterisation")


def test_a_label_of_something_that_names_no_entity_is_no_characterisation(engine):
    d = draft(engine, "Tor Ashby described the talks as a first step.")
    assert not facts(d, "Characterisation")


def test_dismissing_an_official_without_a_label_is_no_characterisation(engine):
    d = draft(engine, "Lina Varo dismissed Tor Ashby on Friday.")
    assert not facts(d, "Characterisation")


# -- Indicator: a state's figures -----------------------------------------------------


def test_a_growth_figure_is_an_indicator_with_its_change(engine):
    d = draft(engine, "Bolivia's economy shrank 1.5 percent last year.")
    ind = only(d, "Indicator")
    assert (ind["observationAbout"], ind["indicator"], ind["changePercent"], ind["date"]) == \
        ("bolivia", "economy", -1.5, "2030")


def test_the_size_of_armed_forces_is_an_indicator_with_its_amount(engine):
    d = draft(engine, "Chile's armed forces number about 80,000 active troops.")
    ind = only(d, "Indicator")
    assert (ind["observationAbout"], ind["indicator"], ind["amount"]) == \
        ("chile", "armed forces", "about 80000 active troops")


def test_a_share_of_a_population_is_an_indicator_with_its_whole(engine):
    d = draft(engine, "Nearly 40 percent of Peru's population lives in rural areas.")
    ind = only(d, "Indicator")
    assert (ind["observationAbout"], ind["amount"], ind["shareOf"]) == ("peru", "Nearly 40 percent", "population")


def test_a_currency_falling_below_a_level_is_an_indicator_with_that_level(engine):
    d = draft(engine, "Bolivia's currency fell below 9 bolivianos to the dollar on Tuesday.")
    ind = only(d, "Indicator")
    assert (ind["observationAbout"], ind["amount"], ind["date"]) == ("bolivia", "below 9 bolivianos", "2031-03-04")


def test_a_change_without_a_figure_is_no_indicator(engine):
    d = draft(engine, "Peru's economy grew strongly under Lina Varo.")
    assert not facts(d, "Indicator")


# -- Support --------------------------------------------------------------------------


def test_turning_to_a_state_for_help_is_support_of_the_asking_party(engine):
    d = draft(engine, "Bolivia turned to Brazil for military assistance after the floods.")
    sup = only(d, "Support")
    assert (sup["supporter"], sup["supported"], sup["supportKind"]) == ("brazil", "bolivia", "military")


def test_a_states_troops_supporting_a_party_are_that_states_support(engine):
    d = draft(engine, "Several thousand Chilean troops have been supporting Bolivia since 2029.")
    sup = only(d, "Support")
    assert (sup["supporter"], sup["supported"]) == ("chile", "bolivia")


def test_aid_obligated_to_a_state_is_support_with_its_value(engine):
    d = draft(engine, "Canada obligated $25 million in assistance to Peru last year.")
    sup = only(d, "Support")
    assert (sup["supporter"], sup["supported"], sup["value"]) == ("canada", "peru", "USD 25 million")


def test_looking_to_a_state_for_something_else_is_no_support(engine):
    d = draft(engine, "Bolivia looked to Brazil for inspiration.")
    assert not facts(d, "Support")


# -- Travel: a capital one travels to is the city --------------------------------------


def _with_city() -> EntityRegistry:
    reg = EntityRegistry()
    for e in REG.entities.values():
        reg.add(e)
    reg.add(Entity("lima", "City", "Lima"))
    return reg


def test_a_capital_travelled_to_is_the_city_not_its_state(engine):
    text = "Tor Ashby left for Lima on Monday."
    d = engine.draft(source(text), _with_city())
    assert only(d, "Travel")["destination"] == "lima"


def test_a_capital_the_registry_has_no_city_for_names_no_destination(engine):
    d = draft(engine, "Tor Ashby left for Lima on Monday.")
    assert all(t.get("destination") != "peru" for t in facts(d, "Travel"))


# -- Control ----------------------------------------------------------------------------


def test_a_state_that_controls_a_place_is_its_controller(engine):
    d = draft(engine, "Since the ceasefire, Chile controls Bolivia in all but name.")
    ctl = only(d, "Control")
    assert (ctl["controller"], ctl["controlled"]) == ("chile", "bolivia")


def test_taking_control_starts_a_control_on_the_clauses_date(engine):
    d = draft(engine, "Chile gained control of Vell Petroleum in 2029.")
    ctl = only(d, "Control")
    assert (ctl["controller"], ctl["controlled"], ctl["startDate"]) == ("chile", "vell-petroleum", "2029")


def test_placed_under_the_control_of_an_actor_is_its_control(engine):
    d = draft(engine, "Lina Varo placed Vell Petroleum under the control of Peru.")
    ctl = only(d, "Control")
    assert (ctl["controller"], ctl["controlled"]) == ("peru", "vell-petroleum")


def test_control_lost_is_no_control(engine):
    d = draft(engine, "Chile lost control of Vell Petroleum in 2029.")
    assert not facts(d, "Control")


# -- Attacks on named people -------------------------------------------------------------


def test_the_killing_of_a_named_person_is_an_attack_on_them(engine):
    d = draft(engine, "Peru demanded an inquiry into the killing of Tor Ashby.")
    assert only(d, "Attack")["target"] == "tor-ashby"


def test_a_person_shot_dead_on_a_day_is_an_attack_of_that_day(engine):
    d = draft(engine, "Kesh Amon was shot dead on Sunday outside his home.")
    att = only(d, "Attack")
    assert (att["target"], att["date"]) == ("kesh-amon", "2031-03-02")


def test_people_killed_without_a_name_are_no_attack_on_a_person(engine):
    d = draft(engine, "Gunmen killed 12 villagers on Sunday.")
    assert not facts(d, "Attack")


# -- Dates: a period relative to the publication date -----------------------------------


def test_an_event_told_last_week_keeps_the_words_the_reader_bounds(engine):
    d = draft(engine, "Peru expelled two Chilean diplomats last week.")
    assert only(d, "DiplomaticExpulsion")["date"] == "last week"


def test_last_week_as_a_bound_does_not_date_the_event(engine):
    d = draft(engine, "Peru has held Tor Ashby since last week.")
    assert all(c.get("date") != "last week" for c in d.claims)


# -- Dates: a participle that makes the event a noun names ------------------------------


def test_an_agreement_reached_on_a_day_takes_that_day(engine):
    d = draft(engine, "Chile welcomed the Peru-Bolivia agreement reached on July 22.")
    assert only(d, "Agreement")["date"] == "2030-07-22"


def test_a_date_after_another_event_does_not_date_the_noun(engine):
    d = draft(engine, "Peru welcomed the Chile-Bolivia agreement reached after the floods of March 2029.")
    assert all(c.get("date") != "2029-03" for c in facts(d, "Agreement"))


# -- Diplomatic relations cut or restored without the word 'diplomatic' ------------------


def test_ties_severed_are_diplomatic_relations_terminated_on_that_day(engine):
    d = draft(engine, "Bolivia severed ties with Chile on Monday after the border clash.")
    rel = only(d, "DiplomaticRelations")
    assert (set(rel["party"]), rel["status"], rel["endDate"]) == ({"bolivia", "chile"}, "terminated", "2031-03-03")


def test_relations_normalised_start_diplomatic_relations(engine):
    d = draft(engine, "Peru and Bolivia normalised their relations in 2028.")
    rel = only(d, "DiplomaticRelations")
    assert (set(rel["party"]), rel["startDate"]) == ({"peru", "bolivia"}, "2028")


def test_trade_ties_cut_are_no_diplomatic_relations(engine):
    d = draft(engine, "Peru cut trade ties with Bolivia in 2028.")
    assert not facts(d, "DiplomaticRelations")


# -- Meetings by telephone or video ---------------------------------------------------------


def test_two_leaders_speaking_by_phone_is_a_meeting_by_telephone(engine):
    d = draft(engine, "Lina Varo and Kesh Amon spoke by phone on Tuesday about the dam.")
    m = only(d, "Meeting")
    assert (set(m["participant"]), m["meetingMode"], m["date"]) == ({"lina-varo", "kesh-amon"}, "by telephone",
                                                                     "2031-03-04")


def test_a_video_call_held_with_a_leader_is_a_meeting_by_video_link(engine):
    d = draft(engine, "Tor Ashby held a video call with Lina Varo on Tuesday.")
    m = only(d, "Meeting")
    assert (set(m["participant"]), m["meetingMode"]) == ({"tor-ashby", "lina-varo"}, "by video link")


def test_speaking_to_reporters_is_no_meeting(engine):
    d = draft(engine, "Tor Ashby spoke to reporters by phone on Tuesday.")
    assert not facts(d, "Meeting")


def test_a_state_of_so_many_people_in_apposition_is_a_population_indicator(engine):
    d = draft(engine, "The complaint came from Bolivia, a landlocked country of 12 million inhabitants, in 2029.")
    ind = only(d, "Indicator")
    assert (ind["observationAbout"], ind["indicator"], ind["amount"]) == ("bolivia", "population", "12 million inhabitants")


def test_a_crowd_of_so_many_people_is_no_population(engine):
    d = draft(engine, "A crowd of 5,000 people marched through La Paz on Sunday.")
    assert not facts(d, "Indicator")


def test_a_person_flown_somewhere_travels_there(engine):
    reg = _with_city()
    reg.add(Entity("the-hague", "City", "The Hague"))
    d = engine.draft(source("Kesh Amon was flown to The Hague on Wednesday."), reg)
    trip = only(d, "Travel")
    assert (trip["traveller"], trip["destination"], trip["date"]) == ("kesh-amon", "the-hague", "2031-03-05")


def test_a_person_flying_abroad_of_their_own_is_a_visit_not_a_travel(engine):
    d = draft(engine, "Kesh Amon flew to Chile on Wednesday.")
    assert not facts(d, "Travel") and only(d, "Visit")["hostState"] == "chile"
