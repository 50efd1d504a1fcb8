"""Rule set 9 of the drafting engine, one construct at a time, on small sentences written
for these tests (invented people, real states): dates a clause takes from the words
around it, and the constructs of facts read in this round. Each test drafts with the real
engine and asserts the fact drafted; a negative beside each rule checks what it must not
draft."""

from __future__ import annotations

from test_extract_rules import draft, engine, facts, only  # noqa: F401  (engine is a fixture)

# PUBLISHED in test_extract_rules is Wednesday 5 March 2031.


# -- Dates ---------------------------------------------------------------------------


def test_a_statement_is_dated_by_the_medium_it_was_posted_in(engine):
    d = draft(engine, '"Peru will not yield," Tor Ashby said in a video statement posted on Sunday afternoon.')
    st = only(d, "Statement")
    assert (st["speaker"], st["date"]) == ("tor-ashby", "2031-03-02")


def test_an_accusation_is_dated_by_the_statement_read_on_a_day(engine):
    d = draft(engine, "In a statement read on state radio on Monday, Tor Ashby accused Chile of arming rebels.")
    acc = only(d, "Accusation")
    assert (acc["speaker"], acc["about"], acc["date"]) == ("tor-ashby", "chile", "2031-03-03")


def test_a_date_inside_another_clause_does_not_date_the_statement(engine):
    # the Monday is the day of the meeting the document describes, not of the accusation
    d = draft(engine, "Tor Ashby accused Chile of arming rebels, citing a document that described a meeting held on Monday.")
    acc = only(d, "Accusation")
    assert "date" not in acc


def test_a_participle_of_circumstance_takes_the_date_of_its_main_clause(engine):
    d = draft(engine, "The Peruvian government on Friday took sweeping action against Chile's mining sector, "
                      "sanctioning Vell Petroleum.")
    s = only(d, "Sanction")
    assert (s["target"], s["date"]) == ("vell-petroleum", "2031-02-28")


def test_a_participle_with_its_own_marker_keeps_no_date_of_the_main_clause(engine):
    d = draft(engine, "Peru sanctioned Vell Petroleum on Friday while preparing to sanction Chile.")
    dated = {c["target"]: c.get("date") for c in facts(d, "Sanction")}
    assert dated.get("vell-petroleum") == "2031-02-28"
    assert dated.get("chile") is None


# -- Recognition (CAMEO 054) ---------------------------------------------------------


def test_each_state_of_a_joined_subject_recognises_the_state_its_object_names(engine):
    d = draft(engine, "Chile, Peru and Bolivia formally recognised the State of Palestine on Sunday.")
    got = {(c["recogniser"], c["recognised"], c.get("date"), c.get("recognisedAs")) for c in facts(d, "Recognition")}
    assert got == {(s, "palestine", "2031-03-02", "the State of Palestine") for s in ("chile", "peru", "bolivia")}
    assert not facts(d, "Statement")  # an act, not a view


def test_a_recognition_in_reported_words_is_reported_by_the_speaker(engine):
    d = draft(engine, 'Tor Ashby wrote that "Chile recognises the State of Palestine and offers our partnership".')
    r = only(d, "Recognition")
    assert (r["recogniser"], r["recognised"], r["modality"], r["said_by"]) == ("chile", "palestine", "reported", "tor-ashby")


def test_his_country_is_the_state_of_the_person_who_reports_the_recognition(engine):
    d = draft(engine, "Peru's foreign minister, Tor Ashby, announced that his country had recognised Palestine.")
    r = only(d, "Recognition")
    assert (r["recogniser"], r["recognised"], r["said_by"]) == ("peru", "palestine", "tor-ashby")
    assert "his country" in r["_resolved"]["recogniser"]  # the reviewer is told how it was read


def test_recognising_a_common_noun_is_a_view_not_a_recognition(engine):
    d = draft(engine, "Chile recognised the importance of trade with Peru.")
    assert not facts(d, "Recognition")


def test_his_country_of_a_person_of_no_known_state_recognises_nothing(engine):
    d = draft(engine, "Tor Ashby said his country had recognised Palestine.")
    assert not facts(d, "Recognition")


# -- A person's state after 'of' -----------------------------------------------------


def test_a_name_with_its_state_after_of_signs_for_that_state(engine):
    d = draft(engine, "Tor Ashby of Chile and Kesh Amon of Peru signed the accord on Monday.")
    a = only(d, "Agreement")
    assert (a["party"], a["signatory"], a["date"]) == (["chile", "peru"], ["tor-ashby", "kesh-amon"], "2031-03-03")


def test_of_two_states_gives_a_name_no_state(engine):
    # 'of Chile and Peru' does not say which one the person acts for: no party, no agreement
    d = draft(engine, "Tor Ashby of Chile and Peru and Kesh Amon signed the accord on Monday.")
    assert not facts(d, "Agreement")


# -- Membership beside a list of names ----------------------------------------------


def test_states_in_apposition_to_a_body_are_its_members(engine):
    d = draft(engine, "Mali, Niger and Chad, the three states of the African Union that left, condemned the move.")
    got = {(c["member"], c["memberOf"]) for c in facts(d, "Membership")}
    assert got == {("mali", "african-union"), ("niger", "african-union"), ("chad", "african-union")}


def test_both_members_of_a_body(engine):
    d = draft(engine, "Chile and Peru, both members of the African Union, condemned the move.")
    assert {(c["member"], c["memberOf"]) for c in facts(d, "Membership")} == {("chile", "african-union"),
                                                                               ("peru", "african-union")}


def test_a_state_of_a_place_that_is_no_body_is_no_membership(engine):
    d = draft(engine, "Brazil, the largest state of South America, condemned the move.")
    assert not facts(d, "Membership")


def test_states_known_as_a_body_are_its_members(engine):
    d = draft(engine, "Japan, India, Australia and the United States, known as the Quad, met in Delhi on Monday.")
    got = {(c["member"], c["memberOf"]) for c in facts(d, "Membership")}
    assert got == {(s, "quadrilateral-security-dialogue") for s in ("japan", "india", "australia", "united-states")}


# -- An office's state from the reaction before it ----------------------------------


def test_an_office_after_a_state_s_reaction_is_of_that_state(engine):
    d = draft(engine, "Peru reacted with fury. Prime Minister Tor Ashby accused the three governments of rewarding terror.")
    p = only(d, "PositionHeld")
    assert (p["holder"], p["positionOf"], p["position"]) == ("tor-ashby", "peru", "head of government")


def test_an_office_after_a_state_acting_on_another_gets_no_state(engine):
    d = draft(engine, "Peru attacked Chile on Monday. President Tor Ashby said the strikes were unlawful.")
    assert not facts(d, "PositionHeld")


def test_an_office_in_the_next_paragraph_gets_no_state_from_the_reaction(engine):
    d = draft(engine, "Peru rejects that account.\n\nPrime Minister Tor Ashby said the wreckage was found.")
    assert not facts(d, "PositionHeld")


# -- Documents joined as the objects of one signing ---------------------------------


def test_two_documents_signed_in_one_clause_are_two_agreements(engine):
    d = draft(engine, "Chile and Peru signed a trade agreement and a defence pact on Thursday.")
    got = sorted((c["description"], c["date"], tuple(c["party"])) for c in facts(d, "Agreement"))
    assert got == [("defence pact", "2031-02-27", ("chile", "peru")), ("trade agreement", "2031-02-27", ("chile", "peru"))]
    assert len({c["fact"] for c in facts(d, "Agreement")}) == 2
    assert all("subject" not in c for c in facts(d, "Agreement"))  # 'on Thursday' is a date, not what the pact is on


def test_a_joint_statement_signed_by_ministers_is_an_agreement_of_their_states(engine):
    d = draft(engine, "Chilean Trade Minister Tor Ashby and Peruvian Trade Minister Kesh Amon signed a joint statement "
                      "and memorandums of understanding on Thursday.")
    agreements = facts(d, "Agreement")
    assert len({c["fact"] for c in agreements}) == 2
    assert all((c["party"], c["signatory"]) == (["chile", "peru"], ["tor-ashby", "kesh-amon"]) for c in agreements)


def test_a_statement_that_is_not_joint_signs_nothing(engine):
    d = draft(engine, "Chilean Trade Minister Tor Ashby and Peruvian Trade Minister Kesh Amon signed a statement on Thursday.")
    assert not facts(d, "Agreement")


def test_what_happened_at_an_occasion_is_dated_by_the_occasion(engine):
    d = draft(engine, "Chile and Peru held talks in Lima in May, at which the two states signed a trade agreement.")
    a = only(d, "Agreement")
    assert (sorted(a["party"]), a["date"]) == (["chile", "peru"], "2030-05")  # May before March 2031


def test_what_happened_after_an_occasion_takes_no_date_from_it(engine):
    d = draft(engine, "Chile and Peru held talks in Lima in May, after which Chile signed a treaty with Bolivia.")
    assert "date" not in only(d, "Agreement")


# -- Envoys recalled (CAMEO 161) -----------------------------------------------------


def test_a_state_recalling_its_ambassadors_from_capitals(engine):
    d = draft(engine, "Chile recalled its ambassadors from Lima and La Paz on Monday.")
    r = only(d, "EnvoyRecall")
    assert (r["initiator"], r["recalledFrom"], r["recalled"], r["date"]) == \
        ("chile", ["peru", "bolivia"], {"actor": "unnamed ambassadors", "for": "chile"}, "2031-03-03")


def test_a_ministry_recalling_the_country_s_ambassadors_for_consultations(engine):
    d = draft(engine, "Chile's Foreign Ministry recalled the country's ambassadors to Peru and Bolivia for consultations.")
    r = only(d, "EnvoyRecall")
    assert (r["recalledFrom"], r["reason"]) == (["peru", "bolivia"], "for consultations")


def test_another_state_s_envoy_or_troops_withdrawn_are_no_recall(engine):
    assert not facts(draft(engine, "Chile recalled the Peruvian ambassador."), "EnvoyRecall")
    assert not facts(draft(engine, "Chile withdrew its troops from Peru."), "EnvoyRecall")


# -- What did not happen, or ended ----------------------------------------------------


def test_cutting_diplomatic_ties_ends_them_on_that_day(engine):
    r = only(draft(engine, "Peru cut diplomatic ties with Chile on Monday."), "DiplomaticRelations")
    assert (sorted(r["party"]), r["status"], r["endDate"]) == (["chile", "peru"], "terminated", "2031-03-03")
    assert "startDate" not in r


def test_restoring_diplomatic_ties_starts_them(engine):
    r = only(draft(engine, "Peru restored diplomatic relations with Chile on Monday."), "DiplomaticRelations")
    assert (r["startDate"], r.get("status")) == ("2031-03-03", None)


def test_a_visit_called_off_is_cancelled_and_takes_no_month(engine):
    for text in ("Tor Ashby's visit to Peru was cancelled.", "Tor Ashby called off his visit to Peru."):
        v = only(draft(engine, text), "Visit")
        assert (v["hostState"], v["status"]) == ("peru", "cancelled") and "date" not in v, text


def test_a_membership_suspended_is_dated_by_the_suspension(engine):
    m = only(draft(engine, "Chile suspended its membership of the African Union on Monday."), "Membership")
    assert (m["status"], m["date"]) == ("suspended", "2031-03-03") and "startDate" not in m


def test_an_act_warned_against_is_not_drafted(engine):
    assert not facts(draft(engine, "Chile warned Peru against sending troops."), "Deployment")
    assert facts(draft(engine, "Chile sent troops to Peru on Monday."), "Deployment")


# -- Aircraft shot down (CAMEO 19) ---------------------------------------------------


def test_a_state_s_drone_shot_down_is_an_attack_on_that_state_s_craft(engine):
    a = only(draft(engine, "Peru shot down a Chilean drone on Monday."), "Attack")
    assert (a["perpetrator"], a["target"], a["date"]) == ("peru", {"actor": "unnamed drone", "for": "chile"}, "2031-03-03")


def test_shooting_down_with_no_shooter_or_no_aircraft_is_no_attack(engine):
    assert not facts(draft(engine, "Tor Ashby said the Chilean aircraft would be shot down."), "Attack")
    assert not facts(draft(engine, "Peru shot down the Chilean proposal."), "Attack")


# -- Aid pledged ---------------------------------------------------------------------


def test_money_pledged_in_aid_is_promised_support_of_that_value(engine):
    s = only(draft(engine, "Chile pledged $500 million in military aid to Peru on Monday."), "Support")
    assert (s["supporter"], s["supported"], s["supportKind"], s["value"], s["status"], s["date"]) == \
        ("chile", "peru", "military", "USD 500 million", "promised", "2031-03-03")


def test_money_spent_in_aid_is_no_pledge(engine):
    assert not facts(draft(engine, "Chile spent $500 million in aid to Peru."), "Support")


# -- Mediation (CAMEO 045) -----------------------------------------------------------


def test_the_main_mediator_between_two_states(engine):
    m = only(draft(engine, "Chile has long been the main mediator between Peru and Bolivia."), "Mediation")
    assert (m["mediator"], m["party"]) == ("chile", ["peru", "bolivia"])


def test_mediating_between_two_states_on_a_date(engine):
    m = only(draft(engine, "Chile mediated between Peru and Bolivia in 2019."), "Mediation")
    assert (m["mediator"], m["party"], m["date"]) == ("chile", ["peru", "bolivia"], "2019")


def test_talks_mediated_by_a_state_are_no_mediation_fact_of_their_own(engine):
    assert not facts(draft(engine, "Peru is negotiating with Bolivia in talks mediated by Chile."), "Mediation")


# -- Airspace closed -----------------------------------------------------------------


def test_airspace_closed_to_another_state_s_flights_is_a_border_closure(engine):
    for text in ("Chile closed its airspace to all flights to and from Peru.", "Chile closed its airspace to Peruvian aircraft."):
        b = only(draft(engine, text), "BorderClosure")
        assert (b["initiator"], b["borderWith"], b["placePart"]) == ("chile", "peru", "airspace"), text


def test_an_airspace_closed_to_no_one_named_is_an_airspace_closure(engine):
    # a BorderClosure closes a border to a neighbour; an airspace closed to all is an AirspaceClosure
    d = draft(engine, "Chile closed its airspace on Monday.")
    assert not facts(d, "BorderClosure")
    b = only(d, "AirspaceClosure")
    assert "borderWith" not in b and (b["place"], b["placePart"]) == ("chile", "airspace")


def test_an_act_threatened_is_the_threat_s_not_a_fact_of_its_own(engine):
    d = draft(engine, "Chile threatened to impose sanctions on Peru.")
    assert only(d, "Threat")["threatenedAction"] == "impose sanctions on Peru"
    assert not facts(d, "Sanction")


def test_a_recognition_refused_is_negative(engine):
    r = only(draft(engine, "Chile refused to recognise Peru."), "Recognition")
    assert (r["recogniser"], r["recognised"], r["polarity"]) == ("chile", "peru", "negative")


def test_a_recognition_expected_is_planned_by_the_raised_subject(engine):
    r = only(draft(engine, "Chile is expected to recognise Palestine next month."), "Recognition")
    assert (r["recogniser"], r["modality"], r["date"]) == ("chile", "planned", "2031-04")


# -- Agreeing to a thing -------------------------------------------------------------


def test_agreeing_to_a_ceasefire_is_an_agreement_on_it(engine):
    a = only(draft(engine, "Chile and Peru agreed to a ceasefire on Monday."), "Agreement")
    assert (a["party"], a["subject"], a["date"]) == (["chile", "peru"], "a ceasefire", "2031-03-03")
    a = only(draft(engine, "Chile agreed to a ceasefire with Peru."), "Agreement")
    assert a["party"] == ["chile", "peru"]


def test_agreeing_to_a_proposal_is_no_agreement_between_them(engine):
    assert not facts(draft(engine, "Chile and Peru agreed to the proposal."), "Agreement")


# -- People counted, not named -------------------------------------------------------


def test_people_arrested_or_charged_without_names_are_unnamed_targets(engine):
    d = draft(engine, "Peru arrested two Chilean nationals on Monday.")
    assert only(d, "Detention")["target"] == {"actor": "2 unnamed nationals", "for": "chile"}
    d = draft(engine, "The Harbour District Court charged three Chilean journalists on Monday.")
    legal = only(d, "LegalAction")
    assert (legal["court"], legal["target"], legal["actionType"]) == \
        ("harbour-court", {"actor": "3 unnamed journalists", "for": "chile"}, "charge")


def test_a_count_in_words_is_written_as_a_number_the_reader_takes(engine):
    d = draft(engine, "Peru released two Chilean fishermen on Monday.")
    assert only(d, "Release")["released"] == {"actor": "2 unnamed fishermen", "for": "chile"}


def test_people_of_no_kind_held_are_no_unnamed_target(engine):
    assert not facts(draft(engine, "Peru arrested the suspects."), "Detention")
