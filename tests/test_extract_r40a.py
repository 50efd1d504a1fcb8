"""Rule set 40 (offices, judgements, journeys), through the real ``kg extract`` command on
small articles written for these tests and read with the development set's registry (one
run for all, a module-scoped fixture). Each form is checked for what it drafts and for
what it must not:

- journeys of travellers counted or described without a name ("two of the three
  helicopters landed in Port Vale", "13 of the freed prisoners were flown on to
  Germany", "staff had left Mali"): a Travel of unnamed travellers with the named
  destination or origin; no Travel when no place is named, when the movers are no
  travellers ("prices returned to ..."), or when a vehicle only arrives from a state (as
  likely a delivery);
- an office a possessive gives by the kind of body ("X, the bloc's foreign policy chief",
  "X, the group's military chief in Gaza"): the body of that kind named before; none when
  the body named before is of another kind; a portfolio word before a head's title ("the
  UN's humanitarian chief") is part of the title; "the president of the European
  Council, X": the organisation's head, as "the president of Peru, X" is the state's;
  "the European Council, whose president X": the body before 'whose' (none for a person's
  "whose spokesman"); "Judge X of Peru": Peru is where the judge comes from, no office of
  Peru's;
- a label on a fact named by a noun of the codebooks' events ("called the seizure an act
  of piracy", "the seizure was described as piracy by X"): a Characterisation of that
  fact; a label in a relative clause on a whole clause ("..., which Chile called an act of
  terror", "..., an act Chile described as piracy"): of the fact the clause tells; none
  for a relative clause with no verb of naming;
- visits in more forms: "X is due in Paris on Wednesday", "X is expected in Paris" (planned),
  "X toured France", "X flew into Paris", "X is expected to arrive in Paris": a Visit to the
  state the place is in; none for a place in the visitor's own state, nor for what is
  "due" or "expected" that is no person;
- a named site near a city ("NATO headquarters outside Brussels", "the Peace Palace near
  Brussels"): a Location with ``distanceFrom`` the city and ``distance`` the word; none for
  an event near a place ("fighting raged near Kyiv") nor for a site beside a site;
- a named person's journey back ("flew back to Lima", "flew home to Beijing"): a Travel
  to the place after 'back' or 'home', the capital a city.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # journeys of unnamed travellers
    "counted_landed": "Two of the three helicopters landed in Port Vale on Sunday.",
    "flown_on": "Thirteen of the freed prisoners were flown on to Germany, the presidency said.",
    "staff_left": "By the start of November, almost 6,000 civilian and uniformed staff had left Mali.",
    "dozens_flew_back": "Dozens of lawmakers flew back to Port Vale from the coast for the vote.",
    "no_place": "Two of the three helicopters landed safely on Sunday.",
    "not_travellers": "Prices returned to Peru after the vote.",
    "jets_arrived_from": "Six jets had arrived from the Netherlands, the newspaper said.",
    # offices a possessive gives by the body's kind; a portfolio before a head's title
    "bloc_chief": "The European Union imposed tariffs. Tor Ashby, the bloc's foreign policy chief, said the talks "
                  "would resume.",
    "group_chief_in": "Hamas said the talks would resume. Tor Ashby, the group's military chief in Gaza, was not "
                      "available.",
    "company_chief": "Output fell at Lukoil in May. Tor Ashby, the company's chief executive, said output would "
                     "rise.",
    "bloc_not_state": "Peru imposed tariffs. Tor Ashby, the bloc's foreign policy chief, said the talks would resume.",
    "portfolio_chief": "Tor Ashby, the UN's humanitarian chief, said the talks would resume.",
    "president_of_body": "The president of the European Council, Tor Ashby, said the talks would resume.",
    "president_of_state": "The president of Peru, Tor Ashby, said the talks would resume.",
    "whose_title": "The European Council, whose president Tor Ashby opened the session, met on Monday.",
    "whose_person": "Lina Varo, whose spokesman Tor Ashby spoke on Monday, met Chile.",
    "judge_of_state": "Judge Lina Varo of Peru said the International Court of Justice would rule on Monday.",
    # labels of facts
    "seizure_called": "Peru seized a Chilean ship on Monday. Chile called the seizure an act of piracy.",
    "seizure_passive": "Peru seized a Chilean ship on Monday. The seizure was described as piracy by Chile.",
    "which_called": "Peru attacked Chile on Monday, which Chile called an act of terror.",
    "an_act_described": "Peru seized a Chilean ship on Monday, an act Chile described as piracy.",
    "which_was": "Peru met Chile on Monday, which was a surprise.",
    # visits in more forms
    "due_in": "Joe Biden is due in Paris on Wednesday on his first trip abroad as president.",
    "expected_in": "Joe Biden is expected in Paris next week.",
    "toured": "Joe Biden toured France last week.",
    "flew_into": "Joe Biden flew into Paris on Monday.",
    "expected_to_arrive": "Joe Biden is expected to arrive in Paris on Monday.",
    "due_at_home": "Olaf Scholz is due in Berlin on Monday.",
    "growth_expected": "Growth is expected in France. The decision is due in June.",
    # places near places
    "outside_city": "Talks were held at NATO headquarters outside Brussels.",
    "near_city": "Leaders met at the Peace Palace near Brussels.",
    "event_near": "Fighting raged near Kyiv.",
    "site_near_site": "Leaders met at the Peace Palace near NATO headquarters.",
    # a named person's journey back
    "flew_back": "Xi Jinping flew back to Washington after the talks.",
    "flew_home": "Xi Jinping flew home to Beijing on Friday.",
    "flew_back_nowhere": "Xi Jinping flew back after the talks.",
    "cut_short_flew_back": "Xi Jinping cut short a trip to Chile and flew back to Beijing on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r40a"), ARTICLES, "--entities", REGISTRY)
    return found


def _trips(claims) -> list[tuple]:
    """(traveller, origin, destination) of each drafted Travel, sorted."""
    return sorted((str(c.get("traveller")), c.get("origin"), c.get("destination")) for c in of(claims, "Travel"))


# -- journeys of unnamed travellers -------------------------------------------------------------


def test_counted_unnamed_travellers_travel_to_the_named_place(drafts):
    assert _trips(drafts["counted_landed"]) == [("2 unnamed helicopters", None, "port-vale")]
    assert _trips(drafts["flown_on"]) == [("13 unnamed freed prisoners", None, "germany")]
    assert _trips(drafts["dozens_flew_back"]) == [("dozens of unnamed lawmakers", None, "port-vale")]


def test_unnamed_travellers_leaving_a_state_travel_from_it(drafts):
    assert _trips(drafts["staff_left"]) == [("almost 6000 unnamed civilian and uniformed staff", "mali", None)]


def test_no_journey_without_a_place_travellers_or_destination_of_a_vehicle(drafts):
    assert _trips(drafts["no_place"]) == []
    assert _trips(drafts["not_travellers"]) == []
    assert _trips(drafts["jets_arrived_from"]) == []


# -- offices --------------------------------------------------------------------------------------


def _offices(claims) -> list[tuple]:
    """(holder, positionOf, position, title) of each drafted PositionHeld, sorted."""
    return sorted((c["holder"], c.get("positionOf"), c["position"], c["title"]) for c in of(claims, "PositionHeld"))


def test_the_kind_of_body_a_possessive_names_is_the_body_named_before(drafts):
    assert _offices(drafts["bloc_chief"]) == [("tor-ashby", "european-union", "high representative",
                                               "foreign policy chief")]
    assert [o[:2] for o in _offices(drafts["group_chief_in"])] == [("tor-ashby", "hamas")]


def test_a_company_named_before_is_the_company_a_possessive_names(drafts):
    """A private company is an Organisation of the registry ('Lukoil'), as a state's own
    company is a StateCompany: 'the company's chief executive' holds an office of it."""
    assert [o[:2] for o in _offices(drafts["company_chief"])] == [("tor-ashby", "lukoil")]


def test_a_kind_that_does_not_fit_the_body_named_before_gives_no_office(drafts):
    assert _offices(drafts["bloc_not_state"]) == []


def test_a_portfolio_before_a_heads_title_is_part_of_the_title(drafts):
    assert [(o[1], o[3]) for o in _offices(drafts["portfolio_chief"])] == [("united-nations", "humanitarian chief")]


def test_the_president_of_an_organisation_heads_it_and_of_a_state_is_its_head(drafts):
    assert [o[1:3] for o in _offices(drafts["president_of_body"])] == [("european-council", "head of organisation")]
    assert [o[1:3] for o in _offices(drafts["president_of_state"])] == [("peru", "head of state")]


def test_whose_title_is_of_the_body_before_it_and_a_judge_is_no_office_of_her_state(drafts):
    assert [o[:2] for o in _offices(drafts["whose_title"])] == [("tor-ashby", "european-council")]
    assert _offices(drafts["whose_person"]) == []
    assert [o for o in _offices(drafts["judge_of_state"]) if o[1] == "peru"] == []


# -- labels of facts -------------------------------------------------------------------------------


def _labels(claims) -> list[tuple]:
    """(the kind of fact characterised, category, said_by) of each drafted Characterisation of a
    fact, sorted."""
    kinds = {c["fact"]: c["type"] for c in claims}
    return sorted((kinds.get(c.get("characterised")), c["category"], c.get("said_by"))
                  for c in of(claims, "Characterisation"))


def test_a_label_on_an_event_noun_characterises_that_fact(drafts):
    assert _labels(drafts["seizure_called"]) == [("Seizure", "act of piracy", "chile")]
    assert _labels(drafts["seizure_passive"]) == [("Seizure", "piracy", "chile")]


def test_a_label_on_a_whole_clause_characterises_the_fact_it_tells(drafts):
    assert _labels(drafts["which_called"]) == [("Attack", "act of terror", "chile")]
    assert _labels(drafts["an_act_described"]) == [("Seizure", "piracy", "chile")]
    assert _labels(drafts["which_was"]) == []


# -- visits ---------------------------------------------------------------------------------------


def _visits(claims) -> list[tuple]:
    """(visitor, hostState, place, modality) of each drafted Visit, sorted."""
    return sorted((c["visitor"], c["hostState"], c.get("place"), c.get("modality")) for c in of(claims, "Visit"))


def test_due_or_expected_in_a_city_abroad_is_a_planned_visit(drafts):
    assert _visits(drafts["due_in"]) == [("joe-biden", "france", "paris", "planned")]
    assert _visits(drafts["expected_in"]) == [("joe-biden", "france", "paris", "planned")]
    assert _visits(drafts["expected_to_arrive"]) == [("joe-biden", "france", "paris", "planned")]


def test_a_tour_or_a_flight_into_a_place_abroad_is_a_visit(drafts):
    assert _visits(drafts["toured"]) == [("joe-biden", "france", None, None)]
    assert _visits(drafts["flew_into"]) == [("joe-biden", "france", "paris", None)]


def test_no_visit_at_home_nor_of_what_is_no_person(drafts):
    assert _visits(drafts["due_at_home"]) == []
    assert _visits(drafts["growth_expected"]) == []


# -- places near places ----------------------------------------------------------------------------


def _near(claims) -> list[tuple]:
    """(located, distanceFrom, distance) of each drafted Location with a distance, sorted."""
    return sorted((c["located"], c["distanceFrom"], c["distance"]) for c in of(claims, "Location") if "distanceFrom" in c)


def test_a_site_near_a_city_is_located_at_a_distance_from_it(drafts):
    assert _near(drafts["outside_city"]) == [("nato-headquarters", "brussels", "outside")]
    assert _near(drafts["near_city"]) == [("peace-palace", "brussels", "near")]


def test_no_nearness_of_an_event_nor_of_a_site_beside_a_site(drafts):
    assert _near(drafts["event_near"]) == []
    assert _near(drafts["site_near_site"]) == []


# -- journeys back --------------------------------------------------------------------------------


def test_a_journey_back_or_home_is_a_travel_to_the_place_named(drafts):
    assert _trips(drafts["flew_back"]) == [("xi-jinping", None, "washington")]
    assert _trips(drafts["flew_home"]) == [("xi-jinping", None, "beijing")]
    assert not of(drafts["flew_back"], "Visit")
    # the subject of the verb the journey back is joined to
    assert ("xi-jinping", None, "beijing") in _trips(drafts["cut_short_flew_back"])


def test_a_journey_back_to_no_named_place_is_no_fact(drafts):
    assert _trips(drafts["flew_back_nowhere"]) == []
