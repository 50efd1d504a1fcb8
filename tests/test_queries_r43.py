"""The canned queries on two newcomers' articles, a plea deal (tests/data/newcomer-plea-deal)
and an accession to NATO (tests/data/newcomer-nato-accession): the cells their README
lists as read wrongly, as a reader of the claims expects them, through the real
``kg build`` and ``kg query``; each row is compared whole, so that a fix of one cell
shows up if it changed another."""

from __future__ import annotations

from conftest import ROOT, built_once_per_module, by_fact, query_rows

PLEA = ROOT / "tests" / "data" / "newcomer-plea-deal"
NATO = ROOT / "tests" / "data" / "newcomer-nato-accession"
COURT = "U.S. District Court for the Northern Mariana Islands"


plea = built_once_per_module(PLEA)
nato = built_once_per_module(NATO)


def filled(row: dict) -> dict:
    """The cells of ``row`` that hold something."""
    return {k: v for k, v in row.items() if v not in (None, "")}


def test_legal_actions_durations_in_words_with_about(plea):
    """The hearing of "about three hours" (PT3H, approximate) reads "about 3 hours", not
    "T3H"; the case's bounded length keeps its words."""
    rows = by_fact(query_rows(plea, "legal-actions"))
    assert filled(rows["hearing-julian-assange-saipan-2024-06-26"]) == {
        "date": "2024-06-26", "court": COURT, "bench": "presiding judge: Ramona V. Manglona", "target": "Julian Assange",
        "action": "plea and sentencing hearing", "length": "about 3 hours", "place": "Saipan",
        "modality": "asserted, reported", "sources": 1, "against": 0, "fact": "hearing-julian-assange-saipan-2024-06-26"}
    assert rows["case-united-states-julian-assange"]["length"] == "more than 10 years"
    assert rows["sentence-julian-assange-2024-06-26"]["sentence"] == "time already served, 62 months"


def test_facts_says_about_for_an_approximate_duration(plea):
    rows = by_fact(query_rows(plea, "facts", type="LegalAction"))
    details = rows["hearing-julian-assange-saipan-2024-06-26"]["details"].split("; ")
    assert "duration: about 3 hours" in details
    assert "duration: 5 years 2 months" in rows["sentence-julian-assange-2024-06-26"]["details"].split("; ")


def test_legal_actions_date_every_action_the_claims_date(plea):
    """An end date, a 'by' date, a stage date, the whole a part belongs to, and both days
    of a two-day hearing each give the date column something; none is blank."""
    rows = by_fact(query_rows(plea, "legal-actions"))
    dates = {fact: row["date"] for fact, row in rows.items()}
    assert dates == {
        "bail-julian-assange-uk-high-court-2024": "before 2024-06-24 (by 2024-06-24)",
        "charge-julian-assange-2019": "2019",
        "charge-julian-assange-2019-espionage-act-counts": "2019 (part of charge-julian-assange-2019)",
        "extradition-request-us-julian-assange": "2022 (approved)",
        "appeal-julian-assange-extradition-uk-high-court": "2024-05 (accepted)",
        "case-united-states-julian-assange": "until 2024-06-26",
        "hearing-julian-assange-saipan-2024-06-26": "2024-06-26",
        "sentence-julian-assange-2024-06-26": "2024-06-26",
        "plea-julian-assange-saipan-2024-06-26": "2024-06-26",
        "hearing-appeal-julian-assange-2024-07": "2024-07-09/2024-07-10",
    }
    # In date order, an action known by its end placed by that end.
    order = [r["fact"] for r in query_rows(plea, "legal-actions")]
    assert order.index("case-united-states-julian-assange") < order.index("hearing-appeal-julian-assange-2024-07")


def test_legal_actions_counts_of_a_charge_are_part_of_it(plea):
    """The 17 Espionage Act counts are part of the 18-count charge (partOf), not a second
    charge: the action column says so."""
    rows = by_fact(query_rows(plea, "legal-actions"))
    assert filled(rows["charge-julian-assange-2019-espionage-act-counts"]) == {
        "date": "2019 (part of charge-julian-assange-2019)", "initiator": "U.S. Justice Department",
        "target": "Julian Assange", "action": "charge; part of charge-julian-assange-2019", "figures": "17 counts",
        "legal_basis": "Espionage Act", "modality": "asserted", "sources": 1, "against": 0,
        "fact": "charge-julian-assange-2019-espionage-act-counts"}
    assert rows["charge-julian-assange-2019"]["action"] == "charge"
    assert rows["hearing-appeal-julian-assange-2024-07"]["action"] == \
        "appeal hearing; part of appeal-julian-assange-extradition-uk-high-court"


def test_journeys_date_a_flight_by_its_start_after_a_fact_and_its_landing(plea):
    rows = by_fact(query_rows(plea, "journeys"))
    assert filled(rows["travel-julian-assange-saipan-canberra-2024-06-26"]) == {
        "date": "2024-06-26 (start after hearing-julian-assange-saipan-2024-06-26; end shortly after 19:30+10:00)",
        "kind": "travel", "traveller": "Julian Assange, Kevin Rudd, Stephen Smith", "origin": "Saipan",
        "destination": "Canberra", "modality": "asserted", "sources": 1, "against": 0,
        "fact": "travel-julian-assange-saipan-canberra-2024-06-26"}
    assert rows["travel-julian-assange-stansted-saipan-2024-06-24"]["date"] == "2024-06-24"


def test_a_call_after_a_flight_takes_the_flights_landing_day(plea):
    """The call is dated {after: the flight}; the flight has only an end date, so no claim's
    file gave the call bounds: the flight's landing day bounds it."""
    [call] = query_rows(plea, "meetings")
    assert filled(call) == {
        "date": "after 2024-06-26 (after travel-julian-assange-saipan-canberra-2024-06-26)", "kind": "meeting",
        "participants": "Anthony Albanese, Julian Assange", "mode": "by telephone", "modality": "asserted",
        "sources": 1, "against": 0, "fact": "call-albanese-assange-2024-06-26"}
    timeline = by_fact(query_rows(plea, "timeline", entity="Julian Assange"))
    assert timeline["call-albanese-assange-2024-06-26"]["date"] == call["date"]


def test_timeline_dates_an_age_by_its_article(plea):
    """An age holds on its article's date (CLAIMS.md): the first report, marked."""
    rows = by_fact(query_rows(plea, "timeline", entity="Julian Assange"))
    assert filled(rows["age-julian-assange-2024-06-26"]) == {
        "date": "2024-06-26 (published)", "kind": "age", "fact": "age-julian-assange-2024-06-26", "role": "person",
        "modality": "asserted", "sources": 1, "against": 0, "first_reported": "2024-06-26"}
    # Facts with no date at all stay undated.
    assert rows["citizenship-julian-assange-australia"]["date"] is None


def test_statements_date_one_relative_to_an_undated_call_by_that_call(plea):
    """Albanese pressed Washington before the call: not "2024-06-26 (published)"."""
    rows = query_rows(plea, "statements", speaker="Anthony Albanese")
    advocacy = next(r for r in rows if r["fact"] == "advocacy-albanese-assange-case")
    assert advocacy["date"] == "(before call-albanese-assange-2024-06-26)"
    assert (advocacy["kind"], advocacy["about"], advocacy["subject"], advocacy["quote"]) == (
        "advocacy", "case-united-states-julian-assange", "end the case", "who had pressed Washington to end the case")
    assert rows[-1] is advocacy  # after the dated ones
    assert [r["date"] for r in rows[:-1]] == ["2024-06-26", "2024-06-26"]


def test_statements_one_day_span_is_that_day_with_the_fact(nato):
    rows = query_rows(nato, "statements", speaker="Antony Blinken")
    during = [r for r in rows if r["fact"] == "characterisation-blinken-accession-historic"]
    assert during and {r["date"] for r in during} == {
        "2024-03-07 (during handover-kristersson-blinken-instrument-accession-2024-03-07)"}
    assert not any("2024-03-07/2024-03-07" in (r["date"] or "") for r in query_rows(nato, "statements"))
    # Undated statements keep the article's day, marked.
    peskov = query_rows(nato, "statements", speaker="Dmitry Peskov")
    assert {r["date"] for r in peskov} == {"2024-03-08 (published)"}


def test_arms_transfers_show_parts_what_a_quantity_counts_and_stages(nato):
    rows = by_fact(query_rows(nato, "arms-transfers"))
    assert filled(rows["arms-united-states-turkey-f-16"]) == {
        "supplier": "United States", "recipient": "Turkey", "items": "F-16 fighter jets; new F-16s", "model": "F-16",
        "quantity": 40, "parts": "includes: arms-united-states-turkey-f-16-modernisation-kits",
        "value": "23000000000", "currency": "USD", "status": "approved (US State Department, 2024-01-26)",
        "modality": "asserted, planned", "sources": 1, "against": 0, "fact": "arms-united-states-turkey-f-16"}
    assert filled(rows["arms-united-states-turkey-f-16-modernisation-kits"]) == {
        "supplier": "United States", "recipient": "Turkey", "items": "kits to modernise 79 of its existing F-16s",
        "quantity": "79 existing F-16s to be modernised", "parts": "part of: arms-united-states-turkey-f-16",
        "modality": "planned", "sources": 1, "against": 0, "fact": "arms-united-states-turkey-f-16-modernisation-kits"}
    # A quantity that counts the items themselves stays a number.
    assert rows["arms-united-states-greece-f-35"]["quantity"] == 40


def test_stages_after_a_fact_dated_by_a_day_show_that_day(nato):
    rows = query_rows(nato, "stages", fact="membership-sweden-nato")
    [hungary] = [r for r in rows if r["status"] == "not yet ratified"]
    assert filled(hungary) == {
        "fact": "membership-sweden-nato", "kind": "membership",
        "date": "after handover-turkey-united-states-instruments-ratification, dated by 2024-01-26",
        "status": "not yet ratified", "party": "Hungary", "modality": "asserted", "articles": "000_da4156070969f410",
        "sources": 1}
    assert [r["date"] for r in rows[:5]] == ["2022-05", "2024-01-23", "2024-01-25", "2024-02-26", "2024-03-07"]


def test_facts_marks_a_condition_only_a_planned_claim_gives(nato):
    """Stoltenberg's planned claim gives the condition; the membership itself happened."""
    [row] = query_rows(nato, "facts", type="Membership")
    details = row["details"].split("; ")
    # With who gives it: a condition is one speaker's.
    assert "condition, planned: all allies on board (said by Jens Stoltenberg)" in details
    assert not [d for d in details if d.startswith("condition: all allies on board")]
    assert "ordinal: 32" in details and row["modality"] == "asserted, planned (said by Jens Stoltenberg)"
