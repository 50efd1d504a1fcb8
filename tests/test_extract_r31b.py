"""Rule set 31 (offices, agreements, places and figures), through the real ``kg extract``
command, on small articles written for these tests and read with the development set's
registry. All the articles are drafted in one run (a module-scoped fixture) and each test
reads its own article's draft:

- titles of the positions scheme news uses (a permanent secretary, an executive
  director); a shadow minister, an official of the party named before the title; 'its'
  before a title, the body named last before it; a place named with its kind ("Sindh
  province") owning the office of an 'of' phrase; a speaker named without a body
  presiding over the one legislature the article names;
- offices taken by more verbs of appointing ("brought back X as"), the one named, not
  the one who names; offices held no longer ("ex-president", "from 2018 to 2022");
- figures of a state: net migration with its 'to' phrase and a bare count, a rate its
  compound names, a figure whose state the sentence before gives the same noun; exports
  to another state are trade, no figure;
- a court 'at' a named place lies there; a person 'at' a place is no location;
- talks 'they' held: the people of the nearest phrase before that names two or more,
  none when that phrase names states;
- a state suspending visits, flights or services (an executive action), not talks.

Each rule has a case it must draft and a case it must leave alone.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

#: article name -> its text; each is drafted as of 2030-09-03 (a Tuesday).
ARTICLES = {
    # titles of the positions scheme
    "permanent_secretary": "Lea Moro, the permanent secretary of Rwanda's foreign ministry, met Tor Ashby on Monday.",
    "permanent_secretary_of_nothing": "Lea Moro, the permanent secretary, met Tor Ashby on Monday.",
    "executive_director": "Lea Moro, the executive director of UNAIDS, wrote to Tor Ashby on Monday.",
    # shadow ministers
    "shadow_of_party": "Labour's shadow home secretary, Lea Moro, called the plan a failure on Monday.",
    "shadow_alone": "Shadow home secretary Lea Moro called the plan a failure on Monday.",
    # 'its' before a title
    "its_before_name": "On Monday Rosneft signed the deal. Its chief executive, Lea Moro, said Rosneft would pay.",
    "its_after_name": "On Monday Rosneft signed the deal. Lea Moro, its spokesman, said Rosneft would pay.",
    "its_after_a_person": "On Monday Rosneft signed the deal with Tor Ashby. Its spokesman, Lea Moro, said "
                          "Rosneft would pay.",
    "its_state_spokesman": "On Monday Peru signed the deal. Its spokesman, Lea Moro, said Peru would pay.",
    # a place named with its kind
    "province": "Lea Moro, the governor of Sindh province, returned to Karachi on Monday.",
    "province_unnamed": "Lea Moro, the governor of the province, returned to Karachi on Monday.",
    # a speaker of the one legislature named
    "speaker": "The National Assembly voted on Tuesday. Speaker Woo Won Shik said the vote was valid.",
    "speaker_two_houses": "The National Assembly and the Verkhovna Rada voted on Tuesday. Speaker Woo Won Shik "
                          "said the vote was valid.",
    # verbs of appointing
    "named_title": "Rishi Sunak named Lea Moro foreign secretary on Monday.",
    "brought_back": "On Monday Peru's President Tor Ashby brought back Lea Moro as foreign minister.",
    "brought_a_guest": "On Monday Peru's President Tor Ashby brought Lea Moro as a guest to the dinner.",
    # offices held no longer
    "ex_president": "On Monday ex-president Tor Ashby of Peru was arrested.",
    "tenure_over": "Tor Ashby, Peru's prime minister from 2018 to 2022, was arrested on Monday.",
    "tenure_since": "Tor Ashby, Peru's prime minister since 2018, was arrested on Monday.",
    # figures
    "net_migration": "Net migration to Peru rose to 745,000 in 2029.",
    "inflation_rate": "Chile's inflation rate rose to 9 percent in March.",
    "exports_to_a_state": "Peru's exports to Chile fell 5 percent in March.",
    "prices_of_no_state": "Prices rose 3 percent in March.",
    "state_before": "Chile's inflation rose to 9 percent in March. Inflation in April eased to 8 percent.",
    "other_noun_before": "Chile's inflation rose to 9 percent in March. Unemployment in April eased to 8 percent.",
    # a court at a place
    "court_at": "Tor Ashby appeared before the General Court Martial at Makindye on Wednesday.",
    "person_at": "Tor Ashby spoke at Makindye on Wednesday.",
    # talks held by 'they'
    "they_held_talks": "Joe Biden and Xi Jinping met at Woodside on Wednesday. They last held talks in Bali in "
                       "November 2029.",
    "they_the_states": "Joe Biden and Xi Jinping spoke on Wednesday. Peru and Chile signed a deal. They held talks in "
                       "Bali in November 2029.",
    # services halted
    "visits_suspended": "On Monday Peru suspended all high-level visits to Chile.",
    "services_shut": "On Monday Peru shut down mobile internet services in Lima.",
    "talks_suspended": "On Monday Peru suspended talks with Chile.",
    "person_suspends": "On Monday Tor Ashby suspended his visits to Chile.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted in one ``kg extract`` run with the
    development set's registry: article name -> its claims (each quote checked verbatim)."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r31b"), ARTICLES, "--entities", REGISTRY)
    return found


def positions(claims) -> list[tuple]:
    """(holder, positionOf, position, status) of each PositionHeld drafted."""
    return [(c["holder"], c.get("positionOf"), c["position"], c.get("status")) for c in of(claims, "PositionHeld")]


def held_by(claims, holder) -> list[tuple]:
    return [p for p in positions(claims) if p[0] == holder]


# -- titles of the positions scheme --------------------------------------------------------------

def test_a_permanent_secretary_of_a_ministry(drafts):
    assert held_by(drafts["permanent_secretary"], "lea-moro") == [
        ("lea-moro", "rwandan-foreign-ministry", "permanent secretary", None)]
    assert held_by(drafts["permanent_secretary_of_nothing"], "lea-moro") == []


def test_an_executive_director_heads_the_body(drafts):
    assert held_by(drafts["executive_director"], "lea-moro") == [("lea-moro", "unaids", "head of organisation", None)]


def test_a_shadow_minister_is_an_official_of_the_party_not_a_minister(drafts):
    [post] = of(drafts["shadow_of_party"], "PositionHeld")
    assert (post["holder"], post["positionOf"], post["position"], post["title"]) == (
        "lea-moro", "labour-party-uk", "official", "shadow home secretary")
    assert positions(drafts["shadow_alone"]) == []  # of no party named: no office, and no state's minister


# -- 'its' before a title -------------------------------------------------------------------------

def test_its_before_a_title_is_the_body_named_before(drafts):
    assert held_by(drafts["its_before_name"], "lea-moro") == [("lea-moro", "rosneft", "chief executive", None)]
    assert held_by(drafts["its_after_name"], "lea-moro") == [("lea-moro", "rosneft", "spokesperson", None)]


def test_its_after_a_person_or_a_states_spokesman_is_no_office(drafts):
    # 'its' opening a sentence takes up the subject of the one before, never the person named
    # last in it ("signed the deal with Tor Ashby"): the company's spokesman
    assert held_by(drafts["its_after_a_person"], "lea-moro") == [("lea-moro", "rosneft", "spokesperson", None)]
    assert held_by(drafts["its_state_spokesman"], "lea-moro") == []  # a spokesman is no state's office


# -- a place named with its kind ----------------------------------------------------------------

def test_the_governor_of_a_province_named_with_its_kind(drafts):
    assert held_by(drafts["province"], "lea-moro") == [("lea-moro", "sindh", "governor", None)]
    assert held_by(drafts["province_unnamed"], "lea-moro") == []


def test_a_speaker_presides_over_the_one_legislature_named(drafts):
    assert held_by(drafts["speaker"], "woo-won-shik") == [
        ("woo-won-shik", "national-assembly", "presiding officer", None)]
    assert held_by(drafts["speaker_two_houses"], "woo-won-shik") == []  # two legislatures: which one?


# -- verbs of appointing -------------------------------------------------------------------------

def test_the_one_named_takes_the_office_not_the_one_who_names(drafts):
    assert held_by(drafts["named_title"], "lea-moro") == [("lea-moro", "united-kingdom", "minister", None)]
    assert held_by(drafts["named_title"], "rishi-sunak") == []


def test_brought_back_as_is_an_appointment_brought_as_a_guest_is_not(drafts):
    assert held_by(drafts["brought_back"], "lea-moro") == [("lea-moro", "peru", "minister", None)]
    assert held_by(drafts["brought_a_guest"], "lea-moro") == []


# -- offices held no longer ----------------------------------------------------------------------

def test_an_ex_president_held_the_office_once(drafts):
    assert held_by(drafts["ex_president"], "tor-ashby") == [("tor-ashby", "peru", "head of state", "ended")]


def test_a_tenure_ended_in_a_year_gone_by(drafts):
    [post] = of(drafts["tenure_over"], "PositionHeld")
    assert (post["holder"], post["positionOf"], post.get("status")) == ("tor-ashby", "peru", "ended")
    assert post["quote"].endswith("from 2018 to 2022")
    assert held_by(drafts["tenure_since"], "tor-ashby") == [("tor-ashby", "peru", "head of government", None)]


# -- figures -------------------------------------------------------------------------------------

def test_net_migration_to_a_state_and_a_rate_named_by_its_compound(drafts):
    [fig] = of(drafts["net_migration"], "Indicator")
    assert (fig["observationAbout"], fig["amount"]) == ("peru", "745000 people")
    [rate] = of(drafts["inflation_rate"], "Indicator")
    assert (rate["observationAbout"], rate["indicator"], rate["amount"]) == ("chile", "inflation rate", "9 percent")


def test_exports_to_a_state_and_prices_of_no_state_are_no_figure(drafts):
    assert of(drafts["exports_to_a_state"], "Indicator") == []
    assert of(drafts["prices_of_no_state"], "Indicator") == []


def test_a_figures_state_from_the_same_noun_in_the_sentence_before(drafts):
    later = [c for c in of(drafts["state_before"], "Indicator") if c["amount"] == "8 percent"]
    assert [(c["observationAbout"], c["quote"]) for c in later] == [("chile", "Inflation in April eased to 8 percent")]
    assert [c for c in of(drafts["other_noun_before"], "Indicator") if c["amount"] == "8 percent"] == []


# -- a court at a place ----------------------------------------------------------------------------

def test_a_court_at_a_place_lies_there_a_person_does_not(drafts):
    [loc] = of(drafts["court_at"], "Location")
    assert (loc["located"], loc["place"]) == ("general-court-martial-uganda", "makindye")
    assert of(drafts["person_at"], "Location") == []


# -- talks held by 'they' ------------------------------------------------------------------------

def test_talks_they_held_are_a_meeting_of_the_people_named_before(drafts):
    bali = [m for m in of(drafts["they_held_talks"], "Meeting") if m.get("date") == "2029-11"]
    assert [(m["participant"], m["quote"]) for m in bali] == [
        (["joe-biden", "xi-jinping"], "They last held talks in Bali in November 2029")]
    people = {"joe-biden", "xi-jinping"}
    assert not [m for m in of(drafts["they_the_states"], "Meeting") if people & set(m["participant"])]


# -- services halted -------------------------------------------------------------------------------

def test_a_state_suspending_visits_or_services(drafts):
    [act] = of(drafts["visits_suspended"], "ExecutiveAction")
    assert (act["initiator"], act["target"], act["actionType"]) == ("peru", "chile", "suspension of all high-level visits")
    [shut] = of(drafts["services_shut"], "ExecutiveAction")
    assert (shut["initiator"], shut["actionType"]) == ("peru", "shutdown of mobile internet services")


def test_talks_suspended_or_a_persons_visits_are_no_executive_action(drafts):
    assert of(drafts["talks_suspended"], "ExecutiveAction") == []
    assert of(drafts["person_suspends"], "ExecutiveAction") == []
