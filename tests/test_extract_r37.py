"""Rule set 37, through the real ``kg extract`` command on small articles written for
these tests and read with the development set's registry (one run for all, a
module-scoped fixture). Each form is checked for what it drafts and for what it must not
(no invented participant, nothing from a look-alike sentence):

- names: a fuzzy match may not add a state's name or demonym the text lacks ("Foreign
  Ministry" is not the "French Foreign Ministry"); a written "Foreign Ministry" before a
  title is the ministry of the one state its sentence names ("In Tehran, Foreign
  Ministry spokesman X");
- offices: a party named before a legislator's title is the legislator's party ("Unity
  Party lawmaker X": a Membership, no office of the party), a state there is the
  office's ("Peruvian lawmaker X"); a party's or group's (co-)leader before a name leads
  it ("Hamas leader X", "Unity Party co-leader X"); a Secretary-General left without a
  body heads the one international organisation named beside it (not when a body
  follows the name, nor from a sentence it does not open); a region between a body and
  the title is the office's portfolio ("NATO's Sahel director, X"), a region alone the
  office's own ("Crimea's governor, X");
- places: "P, east CITY" (not a list of places); a court 'in' a capital is in the city
  ("the Northern Court in Moscow"), as is a site after a capital's possessive
  ("Pyongyang's Kumsusan residence"); a site named in a compound before a common noun
  ("the Adiala Jail complex in Rawalpindi"; not "the Peru delegation in Moscow");
- a company based in a state is of that state (OrganisationCountry), in a city located
  there;
- meetings: a body that meets, no one else named, organises its own session ("the
  Security Council met", "a meeting of NATO"; not a state, nor "did not meet");
- memberships: "X and other members of Y" (not "X and members of Y");
- legal actions: "serving a life sentence" is a sentence, not a duration.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases, offices
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # names
    "ministry_in_capital": "In Tehran, Foreign Ministry spokesman Tor Ashby said the talks were over.",
    "ministry_no_state": "Foreign Ministry spokesman Tor Ashby said the talks were over.",
    # offices
    "party_lawmaker": "Unity Party lawmaker Tor Ashby said the vote was unfair.",
    "state_lawmaker": "Peruvian lawmaker Tor Ashby said the vote was unfair.",
    "group_leader": "Hamas leader Tor Ashby said the war would go on.",
    "party_co_leader": "Unity Party co-leader Tor Ashby said the vote was unfair.",
    "region_portfolio": "NATO's Sahel director, Tor Ashby, spoke on Monday.",
    "region_own": "Crimea's governor, Tor Ashby, spoke on Monday.",
    "secretary_general_after": "NATO met on Monday. Secretary General Tor Ashby said the alliance was ready.",
    "secretary_general_of": "NATO met on Monday. Secretary General Tor Ashby of the Unity Party said no.",
    "secretary_general_inside": "NATO met on Monday. Peru said Secretary General Tor Ashby was wrong.",
    # places
    "compass": "Leaders gathered at the Kumsusan residence, east Pyongyang, on Monday.",
    "compass_list": "Leaders gathered in Pyongyang, Moscow and Beijing on Monday.",
    "court_in_capital": "The Northern Court in Moscow ruled on Monday.",
    "court_unnamed": "Tor Ashby appeared in court in Moscow on Monday.",
    "capital_possessive": "Pyongyang's Kumsusan residence was closed on Monday.",
    "compound_site": "Tor Ashby was held in the Adiala Jail complex in Rawalpindi.",
    "compound_state": "The Peru delegation in Moscow left on Monday.",
    "company_based_state": "Rosneft, a company based in Russia, objected on Monday.",
    "company_based_city": "Rosneft, a company based in Moscow, objected on Monday.",
    # meetings of a body
    "body_met": "The Security Council met in New York on Monday.",
    "state_met": "Russia met on Monday.",
    "body_not_met": "NATO did not meet on Monday.",
    "meeting_of_body": "Ministers prepared for a meeting of NATO on Tuesday.",
    # memberships
    "and_other_members": "Saudi Arabia and several other members of NATO cut spending on Monday.",
    "and_members": "Peru and members of NATO met on Monday.",
    # legal actions
    "life_sentence": "Tor Ashby, who was serving a life sentence for murder, was freed on Monday.",
    "years_sentence": "Tor Ashby, who was serving a 16-year sentence for spying, was freed on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r37"), ARTICLES, "--entities", REGISTRY)
    return found


def _places(claims) -> list[tuple]:
    """(located, place) of each drafted Location, sorted."""
    return sorted((c["located"], c["place"]) for c in of(claims, "Location"))


def _members(claims) -> list[tuple]:
    """(member, memberOf) of each drafted Membership, sorted."""
    return sorted((c["member"], c["memberOf"]) for c in of(claims, "Membership"))


# -- names ------------------------------------------------------------------------------------------


def test_a_bare_foreign_ministry_is_the_one_of_its_sentence_s_state_never_another_state_s(drafts):
    assert offices(drafts["ministry_in_capital"]) == [("tor-ashby", "iran-foreign-ministry", "spokesperson")]
    held = offices(drafts["ministry_no_state"])
    assert [h for h, _, _ in held] == ["tor-ashby"]
    assert not any("quai" in of_ or "iran" in of_ for _, of_, _ in held)


# -- offices ------------------------------------------------------------------------------------------


def test_a_party_before_a_legislator_s_title_is_the_legislator_s_party(drafts):
    assert _members(drafts["party_lawmaker"]) == [("tor-ashby", "unity-party")]
    assert not any(of_ == "unity-party" for _, of_, _ in offices(drafts["party_lawmaker"]))
    assert offices(drafts["state_lawmaker"]) == [("tor-ashby", "peru", "legislator")]
    assert _members(drafts["state_lawmaker"]) == []


def test_a_party_s_or_group_s_leader_and_co_leader_before_a_name_lead_it(drafts):
    assert offices(drafts["group_leader"]) == [("tor-ashby", "hamas", "head of organisation")]
    [co] = of(drafts["party_co_leader"], "PositionHeld")
    assert (co["holder"], co["positionOf"], co["position"], co["title"]) == ("tor-ashby", "unity-party",
                                                                               "party leader", "co-leader")


def test_a_region_between_a_body_and_a_title_is_the_portfolio_of_the_body_s_office(drafts):
    assert offices(drafts["region_portfolio"]) == [("tor-ashby", "nato", "director")]
    assert offices(drafts["region_own"]) == [("tor-ashby", "crimea", "governor")]


def test_a_secretary_general_heads_the_one_organisation_named_beside_the_title(drafts):
    assert offices(drafts["secretary_general_after"]) == [("tor-ashby", "nato", "secretary-general")]
    assert not any(of_ == "nato" for _, of_, _ in offices(drafts["secretary_general_of"]))
    assert offices(drafts["secretary_general_inside"]) == []


# -- places ----------------------------------------------------------------------------------------------


def test_a_place_then_a_compass_part_of_a_city_lies_in_the_city(drafts):
    assert _places(drafts["compass"]) == [("kumsusan-residence", "pyongyang")]
    assert _places(drafts["compass_list"]) == []


def test_a_court_in_a_capital_and_a_capital_s_site_lie_in_the_city_not_the_state(drafts):
    assert _places(drafts["court_in_capital"]) == [("northern-court", "moscow")]
    assert _places(drafts["court_unnamed"]) == []
    assert _places(drafts["capital_possessive"]) == [("kumsusan-residence", "pyongyang")]


def test_a_site_named_in_a_compound_lies_in_the_place_after_in(drafts):
    assert _places(drafts["compound_site"]) == [("adiala-jail", "rawalpindi")]
    assert _places(drafts["compound_state"]) == []


def test_a_company_based_in_a_state_is_of_that_state_and_in_a_city_located_there(drafts):
    assert [(c["organisation"], c["state"]) for c in of(drafts["company_based_state"], "OrganisationCountry")] == \
        [("rosneft", "russia")]
    assert _places(drafts["company_based_state"]) == []
    assert _places(drafts["company_based_city"]) == [("rosneft", "moscow")]
    assert of(drafts["company_based_city"], "OrganisationCountry") == []


def test_a_body_meeting_alone_organises_its_own_session(drafts):
    [met] = of(drafts["body_met"], "Meeting")
    assert (met["organiser"], "participant" in met) == ("un-security-council", False)
    [session] = of(drafts["meeting_of_body"], "Meeting")
    assert (session["organiser"], "participant" in session) == ("nato", False)
    assert of(drafts["state_met"], "Meeting") == []
    assert of(drafts["body_not_met"], "Meeting") == []


def test_a_state_joined_to_other_members_of_a_body_is_one_of_them(drafts):
    assert _members(drafts["and_other_members"]) == [("saudi-arabia", "nato")]
    assert _members(drafts["and_members"]) == []


# -- legal actions -----------------------------------------------------------------------------------------


def test_a_life_sentence_served_is_a_sentence_and_a_sentence_of_years_a_duration(drafts):
    [life] = of(drafts["life_sentence"], "LegalAction")
    assert (life["target"], life["actionType"], life["sentence"]) == ("tor-ashby", "sentence", "life")
    assert "duration" not in life
    [years] = of(drafts["years_sentence"], "LegalAction")
    assert (years["duration"], "sentence" in years) == ("16 years", False)
