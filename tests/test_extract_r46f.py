"""Rule set 46, part f: numbers that are no dates and group nouns that are no single
fact, through the real ``kg extract`` on invented sentences, each beside look-alikes
that must still draft what they drafted:

- a number after a noun that numbers items ("Resolution 2790", "resolution 2840",
  "No. 2074") is no date, nor four digits outside 1800-2099, nor a bare year decades
  after publication that no preposition makes a date; a clause so undated is not
  planned ("was adopted" is done);
- a demonym on a noun of the name itself ("its Spanish acronym SLA") is the name's
  language, not the organisation's country;
- several states' coups told with a plural noun ("after their coups") are no coup they
  shared; allies fighting an unnamed foe ("X, Y and Z have been fighting an
  insurgency") are one side, not an armed conflict among them; "both countries'
  general elections" are one election in each state, and "the election" of two
  states none;
- the longest name wins: "the Islamic State in the Sahel Province, an affiliate of
  Islamic State known by its French acronym EISP" is a group of its own (EISP its
  alias), tied to the parent by an Affiliation, not a BodyOf with no body;
- "Armed men abducted three Peruvian engineers": a HostageTaking of unnamed takers and
  hostages, their count and nationality as written;
- a change a thing "is expected to" bring about is a forecast (modality predicted), an
  actor "expected to" act still a plan;
- "the UN Assistance Mission in Chile (UNAMC)": one body, proposed with its acronym as
  alias, the acronym standing for it wherever the article writes it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The publication day of every article here, a Wednesday.
DAY = dt.date(2030, 5, 22)
THURSDAY_BEFORE = "2030-05-16"
TUESDAY_BEFORE = "2030-05-21"
MONDAY_BEFORE = "2030-05-20"

ARTICLES = {
    # 1. numbers that name a thing
    "resolution": ("The Security Council voted on Thursday to extend the mission in Kosovo. Resolution 2790, "
                   "drafted by Norway, was adopted by all 15 members of the Council."),
    "resolution_lower": "The Security Council adopted resolution 2840 on Tuesday, extending the mission in Kosovo.",
    "resolution_bare": "The Security Council adopted resolution 2790 to extend the mission in Kosovo.",
    "numero": "Peru and Chile signed a fishing pact, No. 2074, on Monday.",
    "far_year": "Peru and Chile signed a fishing pact, 2074, on Monday.",
    "not_a_year": "Peru and Chile signed a pact, 2790, on fishing.",
    "in_year": "The Security Council adopted a resolution in 2031 on the mission in Kosovo.",
    # 2. group nouns
    "acronym": ("Peru blamed the Shining Path in the Andes, an affiliate of the Shining Path known by its "
                "Spanish acronym SLA, for the attack."),
    "demonym_company": "Peruvian mining company Volcan Minera cut 300 jobs.",
    "their_coups": ("Mali, Niger and Burkina Faso have left the bloc. The three governments expelled French troops "
                    "after their coups."),
    "coups_listed": "All three are governed by soldiers who seized power in coups, in Mali in 2028, in Niger in 2029.",
    "allies": "Niger, Mali and Burkina Faso have been fighting an insurgency by armed groups for a decade.",
    "one_side": "Mali has been fighting an insurgency by armed groups for a decade.",
    "two_sides": "Armenia and Azerbaijan fought a war over the region in 2020.",
    "elections": "Talks paused during both countries' general elections in 2029, Peru and Chile said.",
    "election_of_two": "Peru and Chile postponed the presidential election until June.",
    "election_one": "Peru held a general election on Sunday.",
    # 3. the longest name
    "affiliate": ("In March, Mali's government blamed the Islamic State in the Sahel Province, an affiliate of "
                  "Islamic State known by its French acronym EISP, for an attack on a mosque near Gao. EISP denied it."),
    "parent": "In March, Mali's government blamed Islamic State for an attack on a mosque near Gao.",
    "parent_in_place": "In March, Mali's government blamed Islamic State in Syria for an attack on a mosque near Gao.",
    "agency": "Africa CDC, the African Union agency, sent 40 doctors to Mali.",
    # 4. the main event
    "abducted": "Armed men abducted three Peruvian engineers in northern Chile on Monday, officials said.",
    "kidnapped": "Gunmen kidnapped four Chilean nationals near Tacna on Monday.",
    "abducted_passive": "Three Peruvian engineers were abducted in northern Chile on Monday.",
    "attacked": "Armed men attacked a convoy in northern Chile on Monday.",
    # 5. forecasts
    "forecast": ("Peru and Chile signed a trade agreement on Monday. The agreement is expected to increase "
                 "bilateral trade by $2 billion a year by 2040."),
    "expected_to_sign": "Peru and Chile are expected to sign a trade agreement on Friday.",
    # 6. a mission named with its acronym
    "mission": ("Council keeps UNAMC\n\nThe Security Council voted to extend the mandate of the UN Assistance "
                "Mission in Chile (UNAMC) until June. Peru welcomed the decision to keep UNAMC."),
    "place_in_brackets": "Peru and Chile held talks in Lima (PCT) on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run (no claim
    dropped, every quote the article's words: :func:`draft_articles`)."""
    return draft_articles(tmp_path_factory.mktemp("r46f"), ARTICLES, {}, DAY.isoformat())


def _when(d, kind: str) -> list[tuple]:
    return [(c.get("date"), c.get("modality")) for c in of(d["claims"], kind)]


def _roles(d, kind: str, key: str) -> list:
    return [c.get(key) for c in of(d["claims"], kind)]


# -- 1. a number that names a thing is no date --------------------------------------------------


def test_a_resolutions_number_is_no_date_and_its_adoption_is_not_planned(drafts):
    assert _when(drafts["resolution"], "Vote") == [(THURSDAY_BEFORE, None), (None, None)]
    assert _when(drafts["resolution_bare"], "Vote") == [(None, None)]
    # the clause's own day still dates it
    assert _when(drafts["resolution_lower"], "Vote") == [(TUESDAY_BEFORE, None)]


def test_a_numbered_item_or_a_year_decades_ahead_gives_way_to_the_clauses_day(drafts):
    assert _when(drafts["numero"], "Agreement") == [(MONDAY_BEFORE, None)]
    assert _when(drafts["far_year"], "Agreement") == [(MONDAY_BEFORE, None)]
    assert _when(drafts["not_a_year"], "Agreement") == [(None, None)]


def test_a_year_a_preposition_makes_a_date_stays_one(drafts):
    assert _when(drafts["in_year"], "Vote") == [("2031", "planned")]


# -- 2. group nouns ------------------------------------------------------------------------------


def test_a_demonym_on_an_acronym_is_its_language_not_a_country(drafts):
    assert of(drafts["acronym"]["claims"], "OrganisationCountry") == []
    assert [(c["organisation"], c["state"]) for c in of(drafts["demonym_company"]["claims"], "OrganisationCountry")] \
        == [("volcan-minera", "peru")]


def test_their_coups_are_no_coup_the_states_shared(drafts):
    assert of(drafts["their_coups"]["claims"], "SeizureOfPower") == []
    # coups listed state by state are one in each
    assert [(c["place"], c["perpetrator"]) for c in of(drafts["coups_listed"]["claims"], "SeizureOfPower")] == [
        ("mali", "unnamed soldiers"), ("niger", "unnamed soldiers")]


def test_allies_fighting_an_insurgency_are_no_conflict_among_them(drafts):
    assert of(drafts["allies"]["claims"], "ArmedConflict") == []
    assert _roles(drafts["one_side"], "ArmedConflict", "participant") == ["mali"]
    assert _roles(drafts["two_sides"], "ArmedConflict", "participant") == [["armenia", "azerbaijan"]]


def test_both_countries_elections_are_one_in_each_state(drafts):
    assert sorted(_roles(drafts["elections"], "Election", "heldIn")) == ["chile", "peru"]
    assert _when(drafts["elections"], "Election") == [("2029", "reported")] * 2
    assert of(drafts["election_of_two"]["claims"], "Election") == []
    assert _roles(drafts["election_one"], "Election", "heldIn") == ["peru"]


# -- 3. the longest name ---------------------------------------------------------------------------


def test_an_affiliate_named_after_its_parent_is_a_group_of_its_own(drafts):
    d = drafts["affiliate"]
    own = "islamic-state-in-the-sahel-province"
    assert _roles(d, "Accusation", "about") == [own]
    assert [(c["affiliate"], c["affiliatedWith"]) for c in of(d["claims"], "Affiliation")] == [(own, "islamic-state")]
    assert of(d["claims"], "BodyOf") == []
    assert d["entities"][own]["type"] == "Group" and d["entities"][own]["aliases"] == ["EISP"]
    assert not [e for e in d["entities"] if e.lower() == "eisp"]  # the acronym is proposed once, as the alias
    # the parent named alone, or placed in a state named after it, is the parent
    assert _roles(drafts["parent"], "Accusation", "about") == ["islamic-state"]
    assert _roles(drafts["parent_in_place"], "Accusation", "about") == ["islamic-state"]
    assert of(drafts["parent"]["claims"], "Affiliation") == []
    # an agency of an organisation stays its body
    assert [(c["body"], c["parentBody"]) for c in of(drafts["agency"]["claims"], "BodyOf")] == [("cdc", "african-union")]


# -- 4. the main event ------------------------------------------------------------------------------


def test_unnamed_takers_abducting_unnamed_people_is_a_hostage_taking(drafts):
    def taken(name):
        return [(c["perpetrator"], c["target"], c.get("date")) for c in of(drafts[name]["claims"], "HostageTaking")]
    assert taken("abducted") == [("unnamed armed men", "3 unnamed Peruvian engineers", MONDAY_BEFORE)]
    assert taken("kidnapped") == [("unnamed gunmen", "4 unnamed Chilean nationals", MONDAY_BEFORE)]
    # no taker told, or no one taken: nothing
    assert taken("abducted_passive") == []
    assert taken("attacked") == [] and of(drafts["attacked"]["claims"], "Attack") == []


# -- 5. forecasts ------------------------------------------------------------------------------------


def test_a_thing_expected_to_change_an_amount_is_a_forecast_an_actor_expected_to_act_a_plan(drafts):
    assert [(c.get("period"), c.get("modality")) for c in of(drafts["forecast"]["claims"], "TradeReport")] == [
        ("2040", "predicted")]
    assert _when(drafts["forecast"], "Agreement") == [(MONDAY_BEFORE, None)]
    assert _when(drafts["expected_to_sign"], "Agreement") == [("2030-05-24", "planned")]


# -- 6. a name spelled out before its acronym ---------------------------------------------------------


def test_a_mission_in_a_state_spelled_out_before_its_acronym_is_one_body(drafts):
    d = drafts["mission"]
    own = "un-assistance-mission-in-chile"
    assert d["entities"][own]["label"] == "UN Assistance Mission in Chile" and d["entities"][own]["aliases"] == ["UNAMC"]
    assert "unamc" not in d["entities"]
    assert _roles(d, "Praise", "about") == [own]
    # a place before letters in brackets whose initials do not spell them is no body
    assert not [e for e in drafts["place_in_brackets"]["entities"] if "lima" in e and e != "lima"]
