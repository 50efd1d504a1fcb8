"""What the canned queries answered wrongly for two newcomers' articles, each fixed for its
kind: the G7 summit of June 2024 (tests/data/newcomer-summit-communique) and the IPC famine
finding (tests/data/newcomer-famine). Each corpus is built once for the module by the real
``kg build``; the queries run on it through the real CLI.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, built_corpus, by_fact, query_rows

SUMMIT_CORPUS = ROOT / "tests" / "data" / "newcomer-summit-communique"
FAMINE_CORPUS = ROOT / "tests" / "data" / "newcomer-famine"


@pytest.fixture(scope="module")
def summit(tmp_path_factory):
    """The summit article's claims, built once; tests must not modify the store."""
    return built_corpus(tmp_path_factory, SUMMIT_CORPUS)


@pytest.fixture(scope="module")
def famine(tmp_path_factory):
    """The famine article's claims, built once; tests must not modify the store."""
    return built_corpus(tmp_path_factory, FAMINE_CORPUS)


def test_indicators_shows_place_and_every_kind_of_date(famine):
    """Figures given for the Gaza Strip (gkg:place, no observationAbout) are about it; a
    span, a start alone and a deadline each reach the date column, as facts shows them."""
    rows = by_fact(query_rows(famine, "indicators"))
    gaza = [f for f, r in rows.items() if r["about"] == "Gaza Strip"]
    assert len(gaza) == 5, rows
    assert rows["indicator-ipc-famine-threshold-2025"]["about"] == "Integrated Food Security Phase Classification"
    assert rows["indicator-gaza-displaced-2025-03-08"]["date"] == "2025-03-18/2025-08-12"
    assert rows["indicator-gaza-food-entry-share-2025"]["date"] == "since 2025-07-20"
    assert rows["indicator-gaza-ipc-phase5-2025-09"]["date"] == "by 2025-09-30"
    assert rows["indicator-gaza-ipc-phase4-2025-08"]["date"] == "2025-08-22"


def test_casualties_lists_a_famine_with_a_death_toll(famine):
    """A humanitarian crisis with gkg:killed (one of the kinds the ontology gives killed
    to) is a row of casualties, its toll and who gave it shown."""
    row = by_fact(query_rows(famine, "casualties"))["crisis-hunger-gaza-strip-2023"]
    assert (row["kind"], row["place"], row["killed"]) == ("humanitarian crisis", "Gaza Strip", "197")
    assert "Gaza Ministry of Health" in row["figures_by"]


def test_loans_show_status_deadline_and_whose_official(summit):
    """The G7's promised loan to Ukraine 'by the end of the year': its status and deadline
    are columns, and the unnamed U.S. official quoted on it is shown with his state."""
    row = by_fact(query_rows(summit, "loans"))["loan-g7-ukraine-era-2024"]
    assert (row["status"], row["deadline"]) == ("promised", "2024-12-31")
    assert "unnamed official (United States)" in row["said_by"].split(", ")
