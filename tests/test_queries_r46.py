"""Date, condition and saying-time readings the canned queries share, on a small
invented case (tests/data/query-r46) and the re-count of a newcomer's article
(tests/data/newcomer-treaty-suspension-recount), built through the real ``kg build`` and
read through the real ``kg query``: a conditional fact's condition beside its modality
(``meetings``, ``visits``, ``sanctions``, ``arms-transfers``,
``statements``); when a saying was made
relative to another fact (``evidence``); date columns that read a date relative to another
fact, a day a fact was done by and an end alone (``agreements``, ``sanctions``,
``elections``, ``tariffs``, ``loans``, ``votes``)."""

from __future__ import annotations

import pytest

from conftest import ROOT, built_once_per_module, by_fact, query_rows

CASE = ROOT / "tests" / "data" / "query-r46"
TREATY = ROOT / "tests" / "data" / "newcomer-treaty-suspension-recount"


case = built_once_per_module(CASE)
treaty = built_once_per_module(TREATY)


@pytest.mark.parametrize(("query", "fact", "modality"), [
    ("meetings", "meeting-brelia-ostravia-next-summit", "willing (condition: if the border stayed calm)"),
    ("visits", "visit-tomas-rell-ostravia", "willing (condition: if the river talks resumed)"),
    ("sanctions", "sanction-brelia-ostravian-banks-freeze",
     "planned (condition: unless work on the Vell dam was halted)"),
    ("arms-transfers", "armstransfer-ostravia-brelia-patrol-boats", "willing (condition: if the pact held)"),
    ("statements", "threat-brelia-close-border-dam", "asserted (condition: if Ostravia built the dam)"),
])
def test_a_conditional_fact_shows_its_condition_beside_its_modality(case, query, fact, modality):
    rows = by_fact(query_rows(case, query))
    assert rows[fact]["modality"] == modality


def test_an_unconditional_fact_shows_its_modality_alone(case):
    rows = by_fact(query_rows(case, "meetings"))
    assert rows["summit-brelia-ostravia-lindor-2031-10-14"]["modality"] == "asserted"


def test_evidence_dates_a_saying_by_the_fact_it_followed(treaty):
    """"Hours after the speech, the Foreign Ministry said": said_on {after, delay}."""
    rows = query_rows(treaty, "evidence", fact="compliance-russia-new-start-limits")
    assert {r["claim"]: r["said_on"] for r in rows} == {
        "keep-limits": "hours after statement-putin-federal-assembly-2023-02-21"}
    # A saying dated by a day of its own keeps the day.
    rows = query_rows(treaty, "evidence", fact="weaponstest-russia-nuclear-conditional")
    assert [r["said_on"] for r in rows] == ["2023-02-21"]


@pytest.mark.parametrize(("query", "column", "fact", "date"), [
    # A date relative to another fact, with the days a claim's delay bounds and the other fact.
    ("agreements", "date", "agreement-brelia-ostravia-vell-water",
     "2031-10-14/2031-10-21 (days after summit-brelia-ostravia-lindor-2031-10-14)"),
    ("sanctions", "since", "sanction-ostravia-brelian-militia-leaders-freeze",
     "2031-10-14/2031-10-15 (hours after summit-brelia-ostravia-lindor-2031-10-14)"),
    # ... and where neither the claim nor the other fact gives a day: the other fact alone.
    ("elections", "date", "election-brelia-president-2031", "(before meeting-brelia-ostravia-next-summit)"),
    # ... or where the claim gives no day, the other fact's own days bound it.
    ("loans", "date", "loan-ostravia-brelia-2031", "after 2031-10-14 (after agreement-brelia-ostravia-vell-water)"),
    ("votes", "date", "election-brelia-president-2031", "(before meeting-brelia-ostravia-next-summit)"),
    # A day it was done by.
    ("votes", "date", "vote-brelia-parliament-vell-water-pact", "before 2031-10-18 (by 2031-10-18)"),
    ("agreements", "date", "agreement-brelia-ostravia-fishing", "before 2031-10-10 (by 2031-10-10)"),
    # Known only by its end.
    ("tariffs", "since", "tariff-brelia-ostravian-grain", "until 2031-10-01"),
])
def test_date_columns_read_relative_dates_by_days_and_ends(case, query, column, fact, date):
    rows = query_rows(case, query)
    key = "election" if query == "elections" else "fact"
    assert {r[column] for r in rows if r[key] == fact} == {date}


def test_a_fact_with_no_date_of_any_form_stays_undated(case):
    """The conditional freeze and the customs accord (an end only, shown in end_date) keep
    an empty date cell."""
    assert by_fact(query_rows(case, "sanctions"))["sanction-brelia-ostravian-banks-freeze"]["since"] is None
    customs = by_fact(query_rows(case, "agreements"))["agreement-brelia-ostravia-customs"]
    assert (customs["date"], customs["end_date"]) == (None, "2031-10-01")
