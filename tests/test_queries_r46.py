"""Date, condition and saying-time readings the canned queries share, on a small
invented case (tests/data/query-r46) and the re-count of a newcomer's article
(tests/data/newcomer-treaty-suspension-recount), built through the real ``kg build`` and
read through the real ``kg query``: a conditional fact's condition beside its modality
(``meetings``, ``visits``, ``sanctions``, ``arms-transfers``); when a saying was made
relative to another fact (``evidence``)."""

from __future__ import annotations

import pytest

from conftest import ROOT, built_once, by_fact, query_rows

CASE = ROOT / "tests" / "data" / "query-r46"
TREATY = ROOT / "tests" / "data" / "newcomer-treaty-suspension-recount"


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    return built_once(tmp_path_factory, CASE)


@pytest.fixture(scope="module")
def treaty(tmp_path_factory):
    return built_once(tmp_path_factory, TREATY)


@pytest.mark.parametrize(("query", "fact", "modality"), [
    ("meetings", "meeting-brelia-ostravia-next-summit", "willing (condition: if the border stayed calm)"),
    ("visits", "visit-tomas-rell-ostravia", "willing (condition: if the river talks resumed)"),
    ("sanctions", "sanction-brelia-ostravian-banks-freeze",
     "planned (condition: unless work on the Vell dam was halted)"),
    ("arms-transfers", "armstransfer-ostravia-brelia-patrol-boats", "willing (condition: if the pact held)"),
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
