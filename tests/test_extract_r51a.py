"""Rule set 51, part a: journeys (``Travel``, Wikidata Q61509; corpus/CLAIMS.md "A journey
that is not a visit") in the ways news tells them, through the real ``kg extract``
command on small articles written for these tests (one run for all, a module-scoped
fixture), each beside look-alikes that must draft nothing of the kind:

- a gerund after 'before' or 'after' travels with the clause's subject: "was due to meet
  X in Lima before flying home to Santiago" (from the clause's place), "met X in Lima
  after flying in from the summit in Buenos Aires" (to it); "before flying to Tokyo"
  stays a visit, "after finishing the talks" is no journey;
- "flew in on Thursday with Y": both travel, to the dateline's place; no dateline, no
  place, no journey;
- "cut short a trip to a trade fair in Peru": a journey to the place of the event; "a
  trip to Peru" is no such journey;
- "after her return from Lima", and "after her return" once a journey was told before:
  the way back, a fact apart from the way there; the return of hostages or of bonds is
  none, and a return with no journey before is none;
- "X travelled with the president": X's journey to where the president went; no
  journey of the companion told before, none;
- a journey abroad told by a verb of going whose traveller the article gives only a
  party's leadership is a Travel, a minister's trip a Visit, and a visit's own noun
  stays a Visit;
- a named person carried by others travels ("has been transferred from Peru to
  Santiago", "was taken to Lima"); funds transferred do not; "continuing his journey to
  Chile" is a journey, "described the journey to Chile" none; "X, the former prime
  minister of Peru, was removed from office and left the country" leaves the office's
  state, "left the party" no place;
- a description points back: "The president had left the country" reads the president
  named before it, not those of another state named after it;
- the visit forms already read stay as they were: arrived in, flew to, is in Y for
  talks, X's visit to Y, during a trip to Y, will travel next week (planned), returned
  from, hosted X in Y (a Visit and the Meeting).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # gerunds of going
    "home_after_talks": ("Chilean President Lina Varo was due to meet Peruvian President Omar Kadir in Lima on "
                         "Thursday before flying home to Santiago."),
    "in_from_summit": ("Chilean President Lina Varo met Peruvian President Omar Kadir at the palace in Lima on "
                       "Sunday, a few hours after flying in from the summit in Buenos Aires."),
    "before_abroad": "Chilean President Lina Varo met Tor Ashby in Santiago before flying to Tokyo.",
    "after_no_journey": "Chilean President Lina Varo met Peruvian President Omar Kadir in Lima after finishing the talks.",
    # flying in, to the dateline's place
    "flew_in": ("LIMA, 2 May 2031 - Chilean President Lina Varo flew in on Thursday with Tor Ashby and met "
                "Omar Kadir that evening."),
    "flew_in_nowhere": "Chilean President Lina Varo flew in on Thursday with Tor Ashby and met Omar Kadir that evening.",
    # a trip to an event in a place
    "trip_to_fair": "The governor of Arica, Tor Ashby, cut short a trip to a trade fair in Peru.",
    "trip_to_state": "Chilean President Lina Varo cut short a trip to Peru.",
    # returns
    "return_from": "Chilean President Lina Varo said Chile would respond after her return from Lima.",
    "return_after_trip": "Chilean President Lina Varo said before leaving for Lima that Chile would respond after her return.",
    "return_no_trip": "Chilean President Lina Varo said that Chile would respond after her return.",
    "return_of_hostages": "Chile demanded the return of the hostages from Lima.",
    "return_on_bonds": "Chile said its return from the Lima bonds was poor.",
    # companions
    "travelled_with": ("Chilean President Lina Varo visited Peru on Monday. Chilean Foreign Minister Tor Ashby "
                       "travelled with the president."),
    "travelled_with_unknown": "Chilean Foreign Minister Tor Ashby travelled with Chilean President Lina Varo.",
    # who travels: a party's leader, a minister
    "opposition_leader": "Tor Ashby, the Chilean opposition leader, travelled to Lima on Saturday for the launch of a book.",
    "minister": "Chilean Foreign Minister Tor Ashby travelled to Lima on Saturday for talks.",
    "opposition_visit": "Tor Ashby, the Chilean opposition leader, ended a visit to Peru on Saturday.",
    # a description points back
    "left_country": ("Peruvian President Omar Kadir faced growing protests. The president had left the country on "
                     "Sunday, citing threats to his life. Chilean President Lina Varo and Bolivian President Rafael "
                     "Quispe called for calm."),
    "left_country_two": ("Peruvian President Omar Kadir and Chilean President Lina Varo faced growing protests. "
                         "The president had left the country on Sunday."),
    # carried by others, a journey continued, a country left
    "transferred": ("Chilean citizen Tor Ashby was released today by the authorities in Lima and has been "
                    "transferred from Peru to Santiago."),
    "taken": "Chilean citizen Tor Ashby was taken to Lima on Monday.",
    "funds_active": "Chile transferred funds from Peru to Bolivia on Monday.",
    "funds_passive": "The funds were transferred from Peru to Bolivia on Monday.",
    "journey_continued": "On arrival in Lima, Tor Ashby will undergo medical checks before continuing his journey to Chile.",
    "journey_described": "Tor Ashby described the journey to Chile as long.",
    "removed_and_left": ("Tor Ashby, the former Prime Minister of Peru, was removed from office in August and left "
                         "the country."),
    "removed_and_left_party": ("Tor Ashby, the former Prime Minister of Peru, was removed from office in August and "
                               "left the party."),
    # the visit forms read before
    "arrived": "Chilean President Lina Varo arrived in Lima on Monday.",
    "arrived_decision": "Chilean President Lina Varo arrived at a decision on Monday.",
    "flew_to": "Chilean Foreign Minister Tor Ashby flew to Tokyo on Tuesday.",
    "rumours_flew": "Chilean Foreign Minister Tor Ashby said rumours flew around Tokyo on Tuesday.",
    "in_for_talks": "Chilean President Lina Varo is in Lima for talks on the border dispute.",
    "visit_to": "Lina Varo's visit to Peru ended on Friday.",
    "during_trip": "Lina Varo signed the accord during a trip to Peru last week.",
    "will_travel": "Chilean President Lina Varo will travel to Peru next week.",
    "returned_from": "Chilean President Lina Varo returned from Peru on Sunday.",
    "hosted": "Peruvian President Omar Kadir hosted Chilean President Lina Varo in Lima on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r51a"), ARTICLES, {}, "2031-05-02")


def journeys(drafts, name) -> list[tuple]:
    """(traveller, origin, destination) of each Travel drafted from article ``name``."""
    return [(t["traveller"], t.get("origin"), t.get("destination")) for t in of(drafts[name]["claims"], "Travel")]


def visits(drafts, name) -> list[tuple]:
    """(visitor, hostState) of each Visit drafted from article ``name``."""
    return [(v["visitor"], v["hostState"]) for v in of(drafts[name]["claims"], "Visit")]


# -- a gerund of going travels with the clause's subject -------------------------------------------

@pytest.mark.parametrize("name, journey", [
    ("home_after_talks", ("lina-varo", "peru", "chile")),  # from where the meeting was, home
    ("in_from_summit", ("lina-varo", "argentina", "peru")),  # from the summit's place, to the meeting's
])
def test_a_gerund_of_going_is_the_clause_subjects_journey(drafts, name, journey):
    assert journeys(drafts, name) == [journey]


def test_a_gerund_of_going_abroad_stays_a_visit(drafts):
    assert journeys(drafts, "before_abroad") == []
    assert ("lina-varo", "japan") in visits(drafts, "before_abroad")


def test_a_gerund_of_another_act_is_no_journey(drafts):
    assert journeys(drafts, "after_no_journey") == []


# -- flying in: to the dateline's place ------------------------------------------------------------

def test_flying_in_goes_to_the_datelines_place_with_those_flown_with(drafts):
    assert journeys(drafts, "flew_in") == [(["lina-varo", "tor-ashby"], None, "peru")]


def test_flying_in_with_no_place_anywhere_is_no_journey(drafts):
    assert journeys(drafts, "flew_in_nowhere") == []


# -- a trip to an event in a place -----------------------------------------------------------------

def test_a_trip_to_an_event_goes_to_its_place(drafts):
    assert journeys(drafts, "trip_to_fair") == [("tor-ashby", None, "peru")]


def test_a_trip_to_a_state_is_no_such_journey(drafts):
    assert journeys(drafts, "trip_to_state") == []


# -- returns ---------------------------------------------------------------------------------------

def test_a_return_from_a_place_starts_there(drafts):
    assert journeys(drafts, "return_from") == [("lina-varo", "peru", None)]
    assert of(drafts["return_from"]["claims"], "Travel")[0]["quote"] == "after her return from Lima"


def test_a_return_with_no_place_comes_back_from_the_journey_before(drafts):
    claims = of(drafts["return_after_trip"]["claims"], "Travel")
    assert [(t["traveller"], t.get("origin"), t.get("destination")) for t in claims] == [
        ("lina-varo", None, "peru"), ("lina-varo", "peru", None)]
    assert claims[0]["fact"] != claims[1]["fact"]  # the way there and the way back: two facts


@pytest.mark.parametrize("name", ["return_no_trip", "return_of_hostages", "return_on_bonds"])
def test_returns_of_no_one_or_of_no_journey_are_none(drafts, name):
    assert journeys(drafts, name) == []


# -- companions ------------------------------------------------------------------------------------

def test_who_travelled_with_a_visitor_went_where_the_visitor_went(drafts):
    assert journeys(drafts, "travelled_with") == [("tor-ashby", None, "peru")]


def test_who_travelled_with_someone_going_nowhere_told_is_no_journey(drafts):
    assert journeys(drafts, "travelled_with_unknown") == []


# -- who travels -----------------------------------------------------------------------------------

def test_a_party_leaders_journey_abroad_is_travel_not_a_visit(drafts):
    assert journeys(drafts, "opposition_leader") == [("tor-ashby", None, "peru")]
    assert visits(drafts, "opposition_leader") == []


def test_a_ministers_trip_abroad_stays_a_visit(drafts):
    assert journeys(drafts, "minister") == []
    assert visits(drafts, "minister") == [("tor-ashby", "peru")]


def test_a_visit_told_by_its_noun_stays_a_visit(drafts):
    assert journeys(drafts, "opposition_visit") == []
    assert visits(drafts, "opposition_visit") == [("tor-ashby", "peru")]


# -- a description points back ---------------------------------------------------------------------

def test_a_description_reads_the_one_named_before_it(drafts):
    assert journeys(drafts, "left_country") == [("omar-kadir", "peru", None)]


def test_a_description_of_two_named_before_reads_no_one(drafts):
    assert journeys(drafts, "left_country_two") == []


# -- carried by others, a journey continued, a country left ----------------------------------------

@pytest.mark.parametrize("name, journey", [
    ("transferred", ("tor-ashby", "peru", "chile")),  # the passive joined to another passive
    ("taken", ("tor-ashby", None, "peru")),
])
def test_a_person_carried_by_others_travels(drafts, name, journey):
    assert journeys(drafts, name) == [journey]


@pytest.mark.parametrize("name", ["funds_active", "funds_passive"])
def test_things_transferred_make_no_journey(drafts, name):
    assert journeys(drafts, name) == []


def test_a_journey_continued_goes_where_the_verb_says(drafts):
    assert journeys(drafts, "journey_continued") == [("tor-ashby", None, "chile")]


def test_a_journey_described_is_no_journey_of_the_describer(drafts):
    assert journeys(drafts, "journey_described") == []


def test_the_country_an_office_holder_left_is_the_offices_state(drafts):
    assert journeys(drafts, "removed_and_left") == [("tor-ashby", "peru", None)]


def test_a_party_left_is_no_journey(drafts):
    assert journeys(drafts, "removed_and_left_party") == []


# -- the visit forms read before -------------------------------------------------------------------

@pytest.mark.parametrize("name, visit, planned", [
    ("arrived", ("lina-varo", "peru"), False),
    ("flew_to", ("tor-ashby", "japan"), False),
    ("in_for_talks", ("lina-varo", "peru"), False),
    ("visit_to", ("lina-varo", "peru"), False),
    ("during_trip", ("lina-varo", "peru"), False),
    ("will_travel", ("lina-varo", "peru"), True),
    ("hosted", ("lina-varo", "peru"), False),
])
def test_the_visit_forms_stay_visits(drafts, name, visit, planned):
    found = of(drafts[name]["claims"], "Visit")
    assert [((v["visitor"], v["hostState"]), v.get("modality") == "planned") for v in found] == [(visit, planned)]
    assert journeys(drafts, name) == []


@pytest.mark.parametrize("name", ["arrived_decision", "rumours_flew"])
def test_going_words_of_no_going_draft_no_visit(drafts, name):
    assert visits(drafts, name) == [] and journeys(drafts, name) == []


def test_a_return_from_a_state_is_travel(drafts):
    assert journeys(drafts, "returned_from") == [("lina-varo", "peru", None)]


def test_hosting_is_a_visit_and_a_meeting(drafts):
    meetings = of(drafts["hosted"]["claims"], "Meeting")
    assert [sorted(m["participant"]) for m in meetings] == [["lina-varo", "omar-kadir"]]
