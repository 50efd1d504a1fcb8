"""Canned queries read on the held-out set (corpus/heldout), where its fourth analyst
found them answering wrongly (corpus/heldout/README.md, "Where the canned queries
answered wrongly"): a fact known only by its end, an arms deal's signing, delivery
start and deadline, a fact's deadline and "first since", how a meeting was held, and
sums printed for people. Built once through the real CLI; every row is read back
through 'kg query' as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, by_fact, kg_cli, query_rows

HELD = CORPUS / "heldout"


@pytest.fixture(scope="session")
def held(heldout_store) -> Path:
    """corpus/heldout built once by 'kg build' (tests/conftest.py); tests must not modify it."""
    return heldout_store


def test_timeline_places_a_fact_known_only_by_its_end_at_that_end(held):
    """France's colonial rule of Algeria (`endDate: 1962`, no start) is dated "until
    1962", as 'facts' shows it, and sorted by 1962 among the dated rows, not left
    undated at the end."""
    rows = query_rows(held, "timeline", entity="Algeria")
    dates = {r["fact"]: r["date"] for r in rows}
    assert dates["control-france-algeria-colonial"] == "until 1962"
    facts = by_fact(query_rows(held, "facts", participant="Algeria"))
    assert facts["control-france-algeria-colonial"]["dates"] == dates["control-france-algeria-colonial"]
    # Dated rows in the order of their dates, an end date (or an open start) counting as the date.
    keys = [r["date"].removeprefix("until ").removeprefix("since ") for r in rows if r["date"]]
    assert keys == sorted(keys) and keys[0] == "1962"
    assert all(r["date"] for r in rows[: len(keys)])


def test_arms_transfers_part_the_signing_the_delivery_start_and_the_deadline(held):
    """"Deliveries are to start in 2028 and be complete by 2030" of a deal signed on
    2025-04-28: three columns, and no delivery date, so the jets do not read as
    delivered in 2028. The parts of the purchase (22 and 4 of 26) take the deal's date
    through the whole they are part of."""
    arms = by_fact(query_rows(held, "arms-transfers", recipient="India"))
    jets = arms["arms-dassault-india-rafale-marine-26-2025"]
    assert (jets["agreed"], jets["date"], jets["delivery_start"], jets["delivery_end"], jets["deadline"]) == (
        "2025-04-28", None, "2028", None, "2030")
    for part in ("arms-dassault-india-rafale-marine-single-seat-22", "arms-dassault-india-rafale-marine-twin-seat-4"):
        assert (arms[part]["agreed"], arms[part]["delivery_start"], arms[part]["deadline"]) == ("2025-04-28", None, None)
    assert arms["arms-france-india-rafale-36-2016"]["agreed"] == "2016"
    # A vague date ("in mid-2023") stays the interval it stands for, under 'date', not a
    # start and end of deliveries.
    fa50 = by_fact(query_rows(held, "arms-transfers", recipient="Poland"))["arms-south-korea-poland-fa-50-first-12-2023"]
    assert (fa50["date"], fa50["delivery_start"], fa50["delivery_end"]) == ("2023-05/2023-08", None, None)


def test_facts_show_a_deadline_and_the_first_since(held):
    """Algeria's expulsion: "48 hours to leave" (`deadline: 2025-04-16`) and "the first
    expulsion of its kind since ... 1962" (`firstSince: 1962`, `ordinal: 1`); the jets'
    deadline of 2030."""
    facts = by_fact(query_rows(held, "facts", participant="Algeria"))
    details = facts["expulsion-algeria-france-12-embassy-staff-2025-04-14"]["details"].split("; ")
    assert {"deadline: 2025-04-16", "first since: 1962", "ordinal: 1"} <= set(details)
    jets = by_fact(query_rows(held, "facts", type="ArmsTransfer", participant="Indian Navy"))
    assert "deadline: 2030" in jets["arms-dassault-india-rafale-marine-26-2025"]["details"].split("; ")


def test_meetings_tell_a_telephone_call_from_talks_in_person(held):
    """The Macron-Tebboune call is described as one; the meetings in a place carry no
    such words."""
    # Macron's other meetings (held25: the summit he hosted, the talks planned beside it) are held in person.
    macron = by_fact(query_rows(held, "meetings", person="Macron"))
    [call] = [r for r in macron.values() if r["mode"] == "by telephone"]
    assert (call["fact"], call["description"], call["place"]) == ("meeting-macron-tebboune-call-2025-03-31", "telephone call", None)
    assert call["mode"] == "by telephone"
    talks = by_fact(query_rows(held, "meetings", person="Barrot"))
    assert talks and all("call" not in (r["description"] or "") and r["place"] == "Algiers" for r in talks.values())


def test_amounts_keep_an_exclusive_bound_and_read_in_thousands_in_the_table(held):
    """`value: more than INR 630 billion` is "more than", not "at least" (the graph keeps
    the words beside the minValue, CLAIMS.md); `at least 3.5 percent` stays "at least".
    The table groups the digits; JSON keeps them plain for scripts."""
    deals = by_fact(query_rows(held, "agreements"))
    assert deals["agreement-india-france-rafale-marine-2025-04-28"]["amount"] == "about 7000000000 EUR / more than 630000000000 INR"
    assert deals["agreement-nato-core-defence-3-5-percent-2035"]["amount"] == "at least 3.5 percent"
    table = kg_cli("query", "agreements", "--store", held, check=0).stdout
    assert "about 7,000,000,000 EUR / more than 630,000,000,000 INR" in table
    assert "630000000000" not in table and "at least 630" not in table
    # Ids and dates keep their digits.
    assert "agreement-india-france-rafale-marine-2025-04-28" in table


def test_a_state_that_ratified_on_its_own_date_is_a_party_of_the_treaty(held):
    rows = query_rows(held, "agreements", state="Lithuania")
    assert "agreement-ottawa-convention-1997" in {r["fact"] for r in rows}



def test_a_person_named_among_unnamed_actors_is_found_as_a_participant(held):
    """held16: "Russia and Belarus freed 16 people. Among them were ... Evan Gershkovich"
    is written `released: {actor: 16 unnamed people, among: [Evan Gershkovich, ...]}` and
    "eight Russians ... The best known is Vadim Krasikov" `{actor: 8 unnamed prisoners,
    of: Russia, among: [Vadim Krasikov]}`: each named one is a participant of the release
    (gkg:namedMember), for the per-entity queries as for the browser and 'sanctions'."""
    timeline = by_fact(query_rows(held, "timeline", entity="Evan Gershkovich"))
    release = timeline["release-russia-belarus-ankara-2024-08-01"]
    assert release["role"] == "released, one of 16 unnamed people" and release["date"] == "2024-08-01"
    found = by_fact(query_rows(held, "facts", type="Release", participant="Vadim Krasikov"))
    assert list(found) == ["release-west-ankara-2024-08-01"]
    assert "8 unnamed prisoners (Russia)" in found["release-west-ankara-2024-08-01"]["participants"]
    # One who is not named among them is not found through the group.
    assert "release-west-ankara-2024-08-01" not in by_fact(
        query_rows(held, "facts", type="Release", participant="Evan Gershkovich"))


@pytest.mark.parametrize("kind", ["AsylumGrant", "asylum grant", "grant of asylum", "GRANT OF ASYLUM"])
def test_a_kind_of_fact_is_found_by_its_class_name_as_by_its_label(held, kind):
    """A class whose label is not its name spaced out (AsylumGrant: "grant of asylum")
    is found by either."""
    rows = query_rows(held, "facts", type=kind)
    assert sorted(r["fact"] for r in rows) == ["asylum-ecuador-julian-assange", "asylum-france-amir-boukhors-2023"]


def test_a_resignation_only_asked_for_leaves_the_office_current(held):
    """A resignation someone calls for (modality requested: "called on Macron to resign")
    ends nothing: 'leaders' keeps the president current with no end, as the resignation
    a source reports would not (tests/test_queries.py)."""
    rows = [r for r in query_rows(held, "leaders", of="France") if r["fact"] == "position-emmanuel-macron-president-france"]
    assert [(r["tenure"], r.get("until")) for r in rows] == [("current", None)]
