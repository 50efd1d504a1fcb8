"""Rule set 10 of the drafting engine, on small sentences written for these tests
(invented people, real states): the passive voice read by every rule of an act between
actors, a subject pronoun that continues the previous sentence's subject, a comment
declined, talks hosted, and the CAMEO-coded lexicon of acts between two actors. Each test
drafts with the real engine and asserts the fact drafted; a negative beside each rule
checks what it must not draft."""

from __future__ import annotations

from test_extract_rules import draft, engine, facts, only  # noqa: F401  (engine is a fixture)

# PUBLISHED in test_extract_rules is Wednesday 5 March 2031.


# -- The passive voice: the agent after 'by' is the doer -------------------------------


def test_an_invasion_in_the_passive_voice_has_the_agent_as_perpetrator(engine):
    d = draft(engine, "Peru was invaded by Chile in 2029.")
    inv = only(d, "Invasion")
    assert (inv["perpetrator"], inv["target"], inv["date"]) == ("chile", "peru", "2029")


def test_an_attack_in_the_passive_voice_has_the_agent_as_perpetrator(engine):
    d = draft(engine, "Peruvian border posts were shelled and Peru was attacked by Chile on Monday.")
    att = only(d, "Attack")
    assert (att["perpetrator"], att["target"]) == ("chile", "peru")


def test_a_guest_hosted_in_the_passive_voice_meets_the_host(engine):
    d = draft(engine, "Tor Ashby was hosted by Kesh Amon at the palace on Monday.")
    assert set(only(d, "Meeting")["participant"]) == {"tor-ashby", "kesh-amon"}


def test_a_passive_without_an_agent_names_no_perpetrator(engine):
    d = draft(engine, "Peru was invaded in 2029.")
    assert not facts(d, "Invasion")


# -- A subject pronoun continues the previous sentence's subject ----------------------


def test_it_after_a_sentence_naming_two_states_is_that_sentences_subject(engine):
    d = draft(engine, "Chile accused Peru of arming rebels. It also condemned Bolivia.")
    crit = only(d, "Criticism")
    assert (crit["speaker"], crit["about"]) == ("chile", "bolivia")


def test_it_after_a_passive_sentence_is_its_grammatical_subject(engine):
    d = draft(engine, "Peru was sanctioned by Chile on Monday. It also expelled two Bolivian diplomats.")
    assert only(d, "DiplomaticExpulsion")["initiator"] == "peru"


def test_it_after_a_joined_subject_stays_unresolved(engine):
    d = draft(engine, "Chile and Peru accused Bolivia of arming rebels. It also condemned Ecuador.")
    assert not [c for c in facts(d, "Criticism") if c.get("about") == "ecuador"]


# -- A comment declined: a Statement of negative polarity ------------------------------


def test_a_comment_declined_is_a_negative_statement_by_the_state(engine):
    d = draft(engine, "Chile declined to comment on the report.")
    st = only(d, "Statement")
    assert (st["speaker"], st["polarity"], st["subject"]) == ("chile", "negative", "comment on the report")


def test_unnamed_officials_refusing_to_confirm_speak_for_their_state(engine):
    d = draft(engine, "Peruvian officials refused to confirm the report on Monday.")
    st = only(d, "Statement")
    assert (st["speaker"], st["polarity"], st["subject"], st["date"]) == \
        ({"actor": "unnamed officials", "for": "peru"}, "negative", "confirm the report", "2031-03-03")


def test_a_refusal_to_act_is_no_statement_declined(engine):
    d = draft(engine, "Chile declined to sign the accord.")
    assert not [c for c in facts(d, "Statement") if c.get("polarity") == "negative"]


# -- Talks hosted ---------------------------------------------------------------------


def test_co_hosts_of_a_summit_are_its_hosts_and_participants(engine):
    d = draft(engine, "Chile and Peru co-hosted a summit on water rights in Arica on Monday.")
    m = only(d, "Meeting")
    assert (set(m["participant"]), set(m["host"]), m["date"]) == ({"chile", "peru"}, {"chile", "peru"}, "2031-03-03")


def test_talks_hosted_with_another_state_have_both_as_participants(engine):
    d = draft(engine, "Chile hosted talks with Peru on Monday.")
    m = only(d, "Meeting")
    assert (set(m["participant"]), m["host"]) == ({"chile", "peru"}, "chile")


def test_a_summit_one_state_will_host_names_no_meeting_of_one(engine):
    d = draft(engine, "Chile will host a summit on the crisis next month.")
    assert not facts(d, "Meeting")


# -- The CAMEO-coded lexicon of acts between two actors --------------------------------


def test_negotiating_with_a_state_is_a_meeting(engine):
    d = draft(engine, "Chile negotiated with Peru over the disputed border for three days.")
    assert set(only(d, "Meeting")["participant"]) == {"chile", "peru"}


def test_funding_a_state_in_the_passive_is_economic_support(engine):
    d = draft(engine, "Peru's border police are funded by Chile.")
    sup = only(d, "Support")
    assert (sup["supporter"], sup["supported"], sup["supportKind"]) == ("chile", "peru", "economic")


def test_training_a_states_troops_is_military_support_of_that_state(engine):
    d = draft(engine, "Chile trained Peruvian troops last year.")
    sup = only(d, "Support")
    assert (sup["supporter"], sup["supported"], sup["supportKind"]) == ("chile", "peru", "military")


def test_siding_with_a_state_is_support(engine):
    d = draft(engine, "Chile sided with Peru in the dispute over fishing rights.")
    sup = only(d, "Support")
    assert (sup["supporter"], sup["supported"]) == ("chile", "peru")


def test_funding_what_names_no_actor_drafts_nothing(engine):
    d = draft(engine, "Chile funded a new bridge.")
    assert not facts(d, "Support")


def test_a_joined_subject_discussing_a_matter_is_a_meeting_of_both(engine):
    d = draft(engine, "Chile and Peru discussed border security on Monday.")
    m = only(d, "Meeting")
    assert (set(m["participant"]), m["date"]) == ({"chile", "peru"}, "2031-03-03")


def test_one_state_discussing_a_matter_is_no_meeting(engine):
    d = draft(engine, "Chile discussed border security with its generals.")
    assert not facts(d, "Meeting")


# -- Trade told by a verb of export or import, and trading partners -------------------


def test_an_amount_exported_to_a_state_is_a_trade_report(engine):
    d = draft(engine, "Chile exported $14 billion of goods to Peru last year.")
    tr = only(d, "TradeReport")
    assert (tr["exporter"], tr["importer"], tr["value"], tr["item"], tr["period"]) == \
        ("chile", "peru", "USD 14 billion", "goods", "2030")


def test_an_amount_imported_takes_the_exporter_from_the_goods_demonym(engine):
    d = draft(engine, "Peru imported $3 billion worth of Chilean copper and iron ore in 2030.")
    tr = only(d, "TradeReport")
    assert (tr["exporter"], tr["importer"], tr["item"]) == ("chile", "peru", "copper and iron ore")


def test_goods_exported_without_an_amount_are_no_trade_report(engine):
    d = draft(engine, "Chile exported copper to Peru.")
    assert not facts(d, "TradeReport")


def test_a_ranked_trading_partner_is_a_trade_report_with_its_rank(engine):
    d = draft(engine, "Chile is the fifth-largest trading partner of Peru.")
    tr = only(d, "TradeReport")
    assert (set(tr["party"]), tr["rank"]) == ({"chile", "peru"}, 5)


def test_a_partner_in_security_is_no_trade_report(engine):
    d = draft(engine, "Chile is Peru's closest security partner.")
    assert not facts(d, "TradeReport")


# -- A package of sanctions told measure by measure ----------------------------------


def test_a_ban_the_package_imposes_is_a_sanction_by_the_authority_before(engine):
    d = draft(engine, "Chile adopted new sanctions against Peru on Monday. The package also bans imports of Peruvian fishmeal.")
    measures = [c for c in facts(d, "Sanction") if "measure" in c]
    assert [(c["authority"], c["target"], c["measure"]) for c in measures] == \
        [("chile", "peru", "ban on imports of Peruvian fishmeal")]


def test_the_sanctions_targeting_a_company_are_the_authoritys_before(engine):
    d = draft(engine, "Chile imposed sanctions on Peru on Monday. The sanctions target Vell Petroleum.")
    got = {(c["authority"], c["target"]) for c in facts(d, "Sanction")}
    assert got == {("chile", "peru"), ("chile", "vell-petroleum")}


def test_a_package_no_sentence_before_adopts_is_no_sanction(engine):
    d = draft(engine, "Chile held talks with Peru on Monday. The package also bans imports of Peruvian fishmeal.")
    assert not facts(d, "Sanction")


# -- Event nouns whose possessor and preposition name the actors ----------------------


def test_a_states_deal_with_another_signed_on_a_day_is_their_agreement(engine):
    d = draft(engine, "Chile's deal with Peru was signed on Monday.")
    ag = only(d, "Agreement")
    assert (set(ag["party"]), ag["date"]) == ({"chile", "peru"}, "2031-03-03")


def test_the_date_of_what_befalls_an_agreement_is_not_its_date(engine):
    d = draft(engine, "Chile's agreement with Peru on fishing rights expires in 2032.")
    ag = only(d, "Agreement")
    assert set(ag["party"]) == {"chile", "peru"} and "date" not in ag


def test_a_proposed_deal_is_no_agreement(engine):
    d = draft(engine, "Chile's proposed deal with Peru collapsed.")
    assert not facts(d, "Agreement")


def test_a_states_support_for_another_is_support(engine):
    d = draft(engine, "Chile's backing for Peru angered Bolivia.")
    sup = only(d, "Support")
    assert (sup["supporter"], sup["supported"]) == ("chile", "peru")


def test_a_states_recognition_of_another_is_a_recognition(engine):
    d = draft(engine, "Chile's recognition of Palestine angered Peru.")
    rec = only(d, "Recognition")
    assert (rec["recogniser"], rec["recognised"]) == ("chile", "palestine")


# -- Threats: a warning of penalties, and the act a threat names ----------------------


def test_a_warning_of_penalties_on_a_condition_is_a_threat(engine):
    d = draft(engine, "Chile warned of severe penalties if Peru broke the deal.")
    th = only(d, "Threat")
    assert (th["speaker"], th["about"], th["threatenedAction"]) == ("chile", "peru", "severe penalties")


def test_a_warning_of_an_outcome_is_no_threat(engine):
    d = draft(engine, "Chile warned of a humanitarian catastrophe in Peru.")
    assert not facts(d, "Threat")


def test_tariffs_a_state_threatens_to_impose_are_not_drafted_as_imposed(engine):
    d = draft(engine, "Chile threatened to impose tariffs on Peruvian goods.")
    assert only(d, "Threat")["threatenedAction"] == "impose tariffs on Peruvian goods"
    assert not facts(d, "Tariff")


# -- 'the country' is not the subject of its own clause (binding condition C) ---------


def test_the_country_after_it_is_the_other_state_of_the_sentence_before(engine):
    d = draft(engine, "Chile is the fifth-largest trading partner of Peru. "
                      "It exported $14 billion of goods to the country last year.")
    flows = [c for c in facts(d, "TradeReport") if "exporter" in c]
    assert [(c["exporter"], c["importer"]) for c in flows] == [("chile", "peru")]


def test_the_country_is_never_the_subject_that_acts_on_it(engine):
    d = draft(engine, "Chile and Peru held talks on Monday. Bolivia sent troops to the country.")
    assert not [c for c in facts(d, "Deployment") if c.get("destination") == "bolivia"]
