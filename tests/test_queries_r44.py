"""The keys of ontology 2.35.0 in the canned queries, on the re-counts of two newcomers'
articles (tests/data/newcomer-plea-deal-recount, tests/data/newcomer-nato-accession-recount),
built through the real ``kg build`` and read through the real ``kg query``: a stage's
medium, duration, what it came after and the time since (``stages``); a journey's
conveyance, why it stopped where it stopped, and when it arrived (``journeys``)."""

from __future__ import annotations

from conftest import ROOT, built_once_per_module, by_fact, query_rows

PLEA = ROOT / "tests" / "data" / "newcomer-plea-deal-recount"
NATO = ROOT / "tests" / "data" / "newcomer-nato-accession-recount"
NEW_STAGE_CELLS = ("medium", "duration", "after", "elapsed")


plea = built_once_per_module(PLEA)
nato = built_once_per_module(NATO)


def new_cells(row: dict) -> dict:
    """The cells of the 2.35.0 stage keys in ``row`` that hold something."""
    return {k: row[k] for k in NEW_STAGE_CELLS if row[k] not in (None, "")}


def test_stages_show_the_document_a_stage_was_reached_in(plea):
    """"made public on Monday in court papers": the announced stage's medium."""
    rows = query_rows(plea, "stages", fact="agreement-assange-united-states-plea-2024")
    by_status = {r["status"]: r for r in rows}
    assert new_cells(by_status["announced"]) == {"medium": "court papers"}
    assert by_status["announced"]["date"] == "2024-06-24"
    # The other stages of the deal give none of the new keys.
    assert [new_cells(r) for r in rows if r["status"] != "announced"] == [{}, {}]


def test_stages_show_how_long_a_stage_lasted_and_what_it_came_after(nato):
    """Turkey held the bid up for more than a year; Sweden applied after the invasion, and
    acceded after twenty months of waiting since it applied."""
    rows = query_rows(nato, "stages", fact="membership-sweden-nato")
    cells = {(r["status"], r["party"]): new_cells(r) for r in rows}
    assert cells[("stalled", "Turkey")] == {"duration": "more than a year"}
    assert cells[("requested", "Sweden")] == {"after": "invasion-russia-ukraine-2022"}
    assert cells[("acceded", "Sweden")] == {"after": "requested", "elapsed": "twenty months"}
    # One row per stage: the new cells add none.
    assert len(rows) == len({(r["status"], r["party"], r["date"]) for r in rows})
    assert sum(1 for c in cells.values() if c) == 3


def test_journeys_show_conveyance_stop_purpose_and_arrival(plea):
    rows = by_fact(query_rows(plea, "journeys"))
    out = rows["travel-julian-assange-stansted-saipan-2024-06-24"]
    assert (out["stops"], out["conveyance"], out["arrival"]) == ("Bangkok (refuel)", "chartered jet", None)
    home = rows["travel-julian-assange-saipan-canberra-2024-06-26"]
    assert (home["conveyance"], home["arrival"]) == (None, "shortly after 19:30+10:00")
    assert home["date"] == "2024-06-26 (start after hearing-julian-assange-saipan-2024-06-26)"
    # A traveller's filter keeps the new cells of the journeys it keeps.
    [rudd] = query_rows(plea, "journeys", traveller="Kevin Rudd")
    assert rudd == home
