"""Rule set 19, events, through the real ``kg extract`` command, on small articles written
for these tests (invented people, real states of the gazetteer): a journey "for talks" is a
meeting with the state reached; one "met at the airport by" others met them."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract as _extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

DATELINE = "LIMA, Sept 3 (Reuters) - "


def extract(tmp_path, body: str):
    """The claims ``kg extract`` drafts from one article published on 3 September 2030."""
    return _extract(tmp_path, body)[0]


def participants(claim) -> set[str]:
    p = claim.get("participant", [])
    return set(p if isinstance(p, list) else [p])


# -- 1. a journey for talks is a meeting with the state reached -----------------------------------

@pytest.mark.parametrize("text", [
    "Chile's president Ana Ruiz arrived in Lima on Tuesday for talks.",
    "Chile's president Ana Ruiz arrived in Lima for a second round of talks on Tuesday.",
    "Chile's president Ana Ruiz flew to Lima on Tuesday for negotiations on the border.",
])
def test_a_journey_for_talks_is_a_meeting_with_the_state_reached(tmp_path, text):
    claims = extract(tmp_path, DATELINE + text)
    meetings = [c for c in of(claims, "Meeting") if participants(c) == {"ana-ruiz", "peru"}]
    assert meetings, claims
    assert {c.get("date") for c in meetings} == {"2030-09-03"}, meetings


def test_talks_with_someone_named_stay_a_meeting_with_them(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile's president Ana Ruiz arrived in Lima on Tuesday for talks with "
                                          "Peru's foreign minister Lin Varo.")
    assert not [c for c in of(claims, "Meeting") if "peru" in participants(c)], claims


def test_a_journey_home_for_talks_is_no_meeting(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile's president Ana Ruiz returned to Santiago on Tuesday for talks.")
    assert not of(claims, "Meeting"), claims


def test_a_journey_for_a_holiday_is_no_meeting(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile's president Ana Ruiz arrived in Lima on Tuesday for a holiday.")
    assert not of(claims, "Meeting"), claims


# -- 2. met by others ---------------------------------------------------------------------------

def test_one_met_at_a_place_by_others_met_them_all(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile's foreign minister Tor Ashby was met at the airport by Peru's "
                                          "foreign minister, Lin Varo, and the Chilean ambassador, Dan Oro.")
    meetings = of(claims, "Meeting")
    assert {frozenset(participants(c)) for c in meetings} == {frozenset({"tor-ashby", "lin-varo", "dan-oro"})}, meetings


def test_met_by_one_person(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile's foreign minister Tor Ashby was met by Peru's foreign minister "
                                          "Lin Varo on Monday.")
    assert [participants(c) for c in of(claims, "Meeting")] == [{"tor-ashby", "lin-varo"}], claims


def test_a_person_of_another_clause_is_no_one_who_met(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile's foreign minister Tor Ashby was met by Peru's foreign minister "
                                          "Lin Varo, who later told Peru's president Ana Ruiz of the talks.")
    assert [participants(c) for c in of(claims, "Meeting")] == [{"tor-ashby", "lin-varo"}], claims


# -- 3. an arrival is a journey; abroad, a visit ------------------------------------------------

def test_an_arrival_at_a_place_of_no_known_state_is_a_journey_there(tmp_path):
    claims = extract(tmp_path, DATELINE + "Peru's foreign minister Lin Varo arrived in Anchorage on Monday.")
    [travel] = of(claims, "Travel")
    assert (travel["traveller"], travel["destination"], travel.get("date")) == ("lin-varo", "anchorage", "2030-09-02")
    assert not of(claims, "Visit"), claims


def test_an_arrival_in_one_s_own_state_is_no_visit(tmp_path):
    claims = extract(tmp_path, DATELINE + "Peru's foreign minister Lin Varo arrived in Lima on Monday.")
    assert not of(claims, "Visit"), claims


def test_an_arrival_abroad_stays_a_visit_and_no_journey(tmp_path):
    claims = extract(tmp_path, DATELINE + "Peru's foreign minister Lin Varo arrived in Tokyo on Monday.")
    [visit] = of(claims, "Visit")
    assert (visit["visitor"], visit["hostState"]) == ("lin-varo", "japan")
    assert not of(claims, "Travel"), claims


# -- 4. places are no partners in a cooperation -------------------------------------------------

def test_cooperation_of_the_two_countries_in_named_seas_is_of_the_countries(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile and Peru signed a defence pact on Monday. Under it:\n\n- the two "
                                          "countries will step up naval cooperation in the Baltic Sea, the Black Sea "
                                          "and the Sea of Azov, to deter piracy;")
    cooperation = of(claims, "Cooperation")
    assert [participants(c) for c in cooperation] == [{"chile", "peru"}], cooperation


# -- 5. a visit to a city of no known state; a body's own people met ------------------------------

def test_a_visit_by_someone_to_a_city_of_no_known_state_is_a_visit_to_that_place(tmp_path):
    claims = extract(tmp_path, DATELINE + "Their talks followed a visit to Anchorage last week by the Chilean envoy "
                                          "Tor Ashby.")
    [visit] = of(claims, "Visit")
    assert (visit["visitor"], visit.get("place"), visit.get("hostState")) == ("tor-ashby", "anchorage", None), visit


@pytest.mark.parametrize("text, met", [
    ("The International Criminal Court said it would appeal, and its judges met in The Hague on Monday.", True),
    ("Chile said the International Criminal Court erred, and its officials met in Santiago on Monday.", False),
])
def test_its_people_met_for_the_one_body_the_sentence_names_before(tmp_path, text, met):
    claims = extract(tmp_path, DATELINE + text)
    meetings = [c for c in of(claims, "Meeting") if c.get("organiser")]
    assert [c["organiser"] for c in meetings] == (["international-criminal-court"] if met else []), claims
    assert all(c["participant"] == "unnamed judges" for c in meetings), meetings


# -- 6. an act hosted by someone; people who attended --------------------------------------------

def test_an_act_at_a_gathering_hosted_by_someone_is_a_meeting_with_the_host(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chilean President Ana Ruiz and Peruvian President Lin Varo signed a joint "
                                          "declaration in Quito on Friday, hosted by Ecuadorean President Dan Oro.")
    meetings = of(claims, "Meeting")
    assert [(participants(c), c.get("host"), c.get("date")) for c in meetings] == \
        [({"ana-ruiz", "lin-varo", "dan-oro"}, "dan-oro", "2030-08-30")], meetings


@pytest.mark.parametrize("text, met", [
    ("Chilean President Ana Ruiz, Peruvian President Lin Varo and Ecuadorean President Dan Oro attended in person.",
     {"ana-ruiz", "lin-varo", "dan-oro"}),
    ("Chilean President Ana Ruiz and Peruvian President Lin Varo attended as observers.", {"ana-ruiz", "lin-varo"}),
    ("Chilean President Ana Ruiz and Peruvian President Lin Varo attended the funeral.", None),
    ("Chilean President Ana Ruiz attended in person.", None),
    ("Chile and Peru attended as observers.", None),
])
def test_people_who_attended_met(tmp_path, text, met):
    claims = extract(tmp_path, DATELINE + text)
    assert [participants(c) for c in of(claims, "Meeting")] == ([met] if met else []), claims


# -- 7. a visit during which something dated happened --------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Chile's foreign minister Tor Ashby met Peru's president Lin Varo on Monday during his visit to Lima.",
     "2030-09-02"),
    ("Signed on 2 August, during Chile's foreign minister Tor Ashby's visit to Peru, the treaty builds on an "
     "earlier pact.", "2030-08-02"),
])
def test_a_visit_during_which_a_dated_act_happened_has_its_day(tmp_path, text, date):
    claims = extract(tmp_path, DATELINE + text)
    visits = [c for c in of(claims, "Visit") if c["visitor"] == "tor-ashby"]
    assert [(c["hostState"], c.get("date")) for c in visits] == [("peru", date)], claims


# -- 8. a government's unnamed people meet for it ----------------------------------------------

@pytest.mark.parametrize("people, met", [
    ("junta officials", {"tor-ashby", "myanmar-junta"}),
    ("Russian officials", None),  # a demonym names no one
])
def test_a_meeting_with_a_government_s_officials_is_with_that_government(tmp_path, people, met):
    claims = extract(tmp_path, DATELINE + f"Chilean Prime Minister Tor Ashby said during a meeting with {people} in "
                                          "Naypyitaw that trade was growing.")
    assert [participants(c) for c in of(claims, "Meeting")] == ([met] if met else []), claims


# -- 9. a person in another state's city is visiting it -------------------------------------------

@pytest.mark.parametrize("text, visit", [
    ("Chilean Foreign Minister Tor Ashby, who was in Lima when the pact was signed, praised it.", ("tor-ashby", "peru")),
    ("Chilean Foreign Minister Tor Ashby is in Lima this week.", ("tor-ashby", "peru")),
    ("Peruvian Foreign Minister Lin Varo was in Lima on Monday.", None),  # at home
    ("Chilean Foreign Minister Tor Ashby was instrumental in Lima.", None),
])
def test_a_person_in_a_city_of_another_state_is_visiting_it(tmp_path, text, visit):
    claims = extract(tmp_path, DATELINE + text)
    assert [(c["visitor"], c["hostState"]) for c in of(claims, "Visit")] == ([visit] if visit else []), claims


# -- 10. a document the parties signed, without 'which' ------------------------------------------

def test_a_document_the_two_countries_signed_is_their_signed_agreement(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile and Peru held talks on Monday. The treaty builds on a declaration "
                                          "of principles the two countries signed on April 25.")
    signed = [c for c in of(claims, "Agreement") if c.get("status") == "signed"]
    assert [(set(c["party"]), c.get("date")) for c in signed] == [({"chile", "peru"}, "2030-04-25")], claims


def test_a_document_one_state_signed_is_no_agreement(tmp_path):
    claims = extract(tmp_path, DATELINE + "Bolivia criticised the pact Chile signed on Friday.")
    assert not of(claims, "Agreement"), claims


# -- 11. partnering is cooperating -----------------------------------------------------------------

def test_a_state_that_partnered_with_another_cooperates_with_it(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile has partnered with Peru since 2019.")
    assert [participants(c) for c in of(claims, "Cooperation")] == [{"chile", "peru"}], claims


def test_a_journey_for_talks_that_met_someone_is_the_meeting_with_them(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile's president Ana Ruiz arrived in Lima on Tuesday for talks and met "
                                          "Peru's foreign minister Lin Varo.")
    assert not [c for c in of(claims, "Meeting") if "peru" in participants(c)], claims
