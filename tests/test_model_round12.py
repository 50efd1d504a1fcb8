"""Constructs a newcomer could not write for a report of three states recognising
Palestine (tests/data/model-v2-recognition, its README): recognition of a state, planned
and hedged recognitions and ones only under consideration, an alliance between states,
a diplomatic mission to be upgraded to an embassy, reforms a party commits to under a
deal, facts at about the same time with no order, a statement made on board an
aircraft, a summit with two co-hosts; and the queries that misread the claims
(elections, indicators, facts, evidence, timeline). Built by the real ``kg build`` and
read back through the canned queries; bad claims are refused with exit 2, naming file,
claim, line and key, and leave the store as it was.
"""

from __future__ import annotations

import pytest
from casefiles import assert_refused
from conftest import ROOT, built_once, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "model-v2-recognition"
CLAIMS = "claims/000_4896208be7c37ff9.yaml"
UK, CANADA, AUSTRALIA = (f"recognition-{s}-palestine-2025-09-21" for s in ("united-kingdom", "canada", "australia"))
EXPECTED = [f"recognition-{s}-palestine-2025-09-22" for s in ("france", "belgium", "luxembourg", "malta", "andorra")]
CONSIDERED = "recognition-unnamed-governments-palestine-considered"
SUMMIT_QUOTE = 'quote: "a summit on the two-state solution that France and Saudi Arabia are co-hosting"'


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return built_once(tmp_path_factory, CASE)


@pytest.fixture(scope="module")
def facts(store):
    return by_fact(query_rows(store, "facts", limit=1000))


def test_the_case_validates_with_shacl_and_hermit(store):
    out = kg_cli("validate", "--store", store, check=0).stdout
    assert "conforms" in out and "does NOT conform" not in out and "HermiT" in out


# -- recognition ----------------------------------------------------------------------------

def test_each_recognition_is_a_recognition_of_palestine_by_its_recogniser(store, facts):
    recognitions = {f: r for f, r in facts.items() if r["kind"] == "recognition"}
    assert set(recognitions) == {UK, CANADA, AUSTRALIA, "recognition-portugal-palestine-2025-09-21", *EXPECTED, CONSIDERED}
    for fact, row in recognitions.items():
        assert "Palestine" in row["participants"].split(", "), fact
    # Who recognises and what is recognised are roles of their own, not a description.
    roles = {r["role"] for r in query_rows(store, "timeline", entity="Canada") if r["fact"] == CANADA}
    assert roles == {"recogniser"}
    assert "recognised as: the independent and sovereign State of Palestine" in facts[AUSTRALIA]["details"]
    assert facts[AUSTRALIA]["dates"] == "2025-09-21"  # the date and the effective date are one day


def test_expected_recognitions_are_planned_and_hedged_and_considered_ones_say_so(store, facts):
    for fact in EXPECTED:
        assert facts[fact]["modality"] == "planned, hedged", fact
    assert facts[CONSIDERED]["modality"] == "considered, hedged"
    assert facts[CONSIDERED]["participants"] == "Palestine, unnamed other governments"
    # evidence and timeline show the hedge beside the modality too.
    [ev] = query_rows(store, "evidence", fact=CONSIDERED)
    assert (ev["modality"], ev["claim"]) == ("considered, hedged", "others-considering")
    timeline = {r["fact"]: r["modality"] for r in query_rows(store, "timeline", entity="Malta")}
    assert timeline["recognition-malta-palestine-2025-09-22"] == "planned, hedged"


def test_a_plan_with_its_condition_and_purpose_shows_them_among_the_details(facts):
    details = facts[UK]["details"].split("; ")
    # The condition is the plan's only (the recognition then happened): marked as planned.
    assert ("condition, planned: unless the Israeli government took substantive steps to end the suffering in Gaza "
            "(said by Keir Starmer)") in details
    assert "purpose: revive the hope of peace for the Palestinians and Israelis and a two-state solution" in details
    assert {"ordinal: 1", "series: G7 members recognising Palestine"} <= set(details)
    assert facts[UK]["modality"] == "asserted, planned (said by Keir Starmer), reported (said by Keir Starmer)"


def test_announcements_within_an_hour_are_concurrent_from_either_side(facts):
    link = "at about the same time as: "
    assert facts[AUSTRALIA]["links"] == f"{link}{CANADA}; {link}{UK}"
    assert facts[CANADA]["links"] == f"{link}{AUSTRALIA}; {link}{UK}"
    assert facts[UK]["links"] == f"{link}{AUSTRALIA}; {link}{CANADA}"
    assert "time apart: 1 hour" in facts[UK]["details"]


# -- alliance, change of rank, reforms, on board, co-hosts ----------------------------------

def test_the_closest_ally_is_an_alliance_of_the_two_states(store, facts):
    row = facts["alliance-united-states-israel"]
    assert (row["kind"], row["participants"]) == ("alliance", "Israel, United States")
    assert "characterisation-united-states-closest-ally-israel" not in facts
    roles = {r["fact"]: r["role"] for r in query_rows(store, "timeline", entity="Israel")}
    assert roles["alliance-united-states-israel"] == "ally"


def test_the_mission_to_be_upgraded_is_a_planned_change_of_rank(facts):
    row = facts["rank-change-palestinian-mission-london-embassy"]
    assert row["participants"] == "Palestinian mission in London"
    assert set(row["details"].split("; ")) == {"rank before: mission", "rank after: embassy"}
    assert row["modality"] == "planned, hedged"


def test_commitments_under_the_deal_are_reforms_and_an_election_without_hamas(store, facts):
    deal = "agreement-palestinian-authority-canada-commitments"
    for fact, words in (("reform-palestinian-authority-governance", "reform its governance"),
                        ("reform-palestinian-authority-demilitarise-state", "demilitarise a future Palestinian state")):
        row = facts[fact]
        assert (row["kind"], row["participants"], row["modality"]) == ("reform", "Palestinian Authority", "planned")
        assert f"reform: {words}" in row["details"] and row["links"] == f"term of: {deal}"
    [election] = query_rows(store, "elections", place="Palestine")
    assert (election["not_held"], election["candidate"], election["modality"]) == ("candidate: Hamas", None, "planned")


def test_a_statement_on_board_an_aircraft_has_the_aircraft_as_place(facts):
    assert "place: Air Force One" in facts["statement-trump-hamas-not-rewarded-2025-09-21"]["details"].split("; ")


def test_a_summit_with_two_co_hosts_is_a_meeting(store):
    [row] = [r for r in query_rows(store, "facts", type="Meeting", participant="Saudi Arabia")]
    assert row["fact"] == "meeting-two-state-solution-summit-new-york-2025-09-22"
    assert row["participants"] == "France, Saudi Arabia"


def test_a_count_of_a_whole_shows_its_bound_its_whole_and_what_it_counts(store):
    [row] = query_rows(store, "indicators", state="Palestine")
    assert (row["value"], row["unit"]) == ("more than 140 of 193", "UN member states")


# -- refusals -------------------------------------------------------------------------------

@pytest.mark.parametrize("claim, message", [
    ("{id: x, fact: meeting-x, type: Meeting, recogniser: France, participant: [France, Malta], " + SUMMIT_QUOTE + "}",
     "key 'recogniser' does not apply to a Meeting: its domain is Recognition"),
    ("{id: x, fact: recognition-x, type: Recognition, recogniser: France, recognised: Palestine, modality: pondered, "
     + SUMMIT_QUOTE + "}", "unknown modality 'pondered'; use asserted, reported, planned, requested, alleged, "
                           "alleged plan, denied, uncommitted, hoped, considered, willing"),
    ("{id: x, fact: recognition-x, type: Recognition, recogniser: France, recognised: Palestine, "
     "note: considering, weaker than a plan, " + SUMMIT_QUOTE + "}",
     "'weaker than a plan' stands as a key with no value: in a {...} flow mapping a comma ends the value before it, "
     "so a value holding a comma must be quoted"),
    ("{id: x, fact: statement-x, type: Statement, speaker: Donald Trump, place: Keir Starmer, " + SUMMIT_QUOTE + "}",
     "place: 'Keir Starmer' is a Person, but place takes an Asset or a Place or a State"),
    ("{id: x, fact: meeting-x, type: Meeting, organiser: France, " + SUMMIT_QUOTE + "}",
     "two or more co-hosts as organisers (organiser: [France, Saudi Arabia]); a state or a person alone is no meeting"),
    ("{id: x, fact: recognition-x, type: Recognition, recogniser: France, " + SUMMIT_QUOTE + "}",
     "a recognition needs what is recognised"),
    ("{id: x, fact: alliance-x, type: Alliance, ally: United States, quote: \"Israel's closest ally\"}",
     "an alliance needs two or more allies"),
    ("{id: x, fact: rank-change-x, type: RankChange, rankChanged: Palestinian mission in London, "
     "quote: \"The mission is expected to be upgraded to an embassy\"}",
     "a change of rank needs the rank before or after it"),
    ("{id: x, fact: reform-x, type: Reform, reform: reform its governance, quote: \"to reform its governance\"}",
     "a reform needs its reformer"),
])
def test_bad_claims_are_refused_and_the_store_is_unchanged(store, tmp_path, claim, message):
    assert_refused(CASE, CLAIMS, store, tmp_path, claim, message)
