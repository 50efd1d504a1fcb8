"""Lengths and spans ahead as news words them, read through the real ``kg build``: the
half after its unit ('an hour and a half', 'a year and a half'), and a count left vague
under 'within' ('within several years', 'within a few months'), with the look-alikes
that give no whole figure still refused."""

from __future__ import annotations

import pytest
from casefiles import assert_refused, built_with_claims
from conftest import ROOT, built_once, sparql_rows
from test_model_v2_round6 import values

LOAN = ROOT / "tests" / "data" / "model-v2-loan"
LOAN_CLAIMS = "claims/x01_northern-fund-brelia-loan.yaml"
QUOTE = 'quote: "The board on Friday extended the repayment of that loan by two years."'


@pytest.fixture(scope="module")
def loan(tmp_path_factory):
    return built_once(tmp_path_factory, LOAN)


def test_a_half_after_its_unit_is_read_as_after_the_count(tmp_path):
    store = built_with_claims(LOAN, LOAN_CLAIMS, tmp_path, [
        f"{{id: h1, fact: review-h1, type: ProgrammeReview, reviewer: Northern Fund, duration: about an hour and a half, {QUOTE}}}",
        f"{{id: h2, fact: review-h2, type: ProgrammeReview, reviewer: Northern Fund, duration: a year and a half, {QUOTE}}}",
        f"{{id: h3, fact: review-h3, type: ProgrammeReview, reviewer: Northern Fund, duration: two and a half years, {QUOTE}}}",
        f"{{id: h4, fact: review-h4, type: ProgrammeReview, reviewer: Northern Fund, duration: three days and a half, {QUOTE}}}"])
    assert [values(store, f"review-h{n}", "duration") for n in (1, 2, 3, 4)] == [{"PT1H30M"}, {"P1Y6M"}, {"P2Y6M"}, {"P3DT12H"}]
    # 'about' is kept as the approximation it is, as for 'about three hours'.
    assert values(store, "review-h1", "approximateDuration") == {"true"}
    assert values(store, "review-h2", "approximateDuration") == set()


def test_within_a_vague_count_is_a_span_ahead_under_the_next_larger_unit(tmp_path):
    store = built_with_claims(LOAN, LOAN_CLAIMS, tmp_path, [
        f"{{id: w1, fact: review-w1, type: ProgrammeReview, reviewer: Northern Fund, date: within several years, modality: planned, {QUOTE}}}",
        f"{{id: w2, fact: review-w2, type: ProgrammeReview, reviewer: Northern Fund, date: within a few months, modality: planned, {QUOTE}}}"])
    rows = sparql_rows(store, "SELECT ?f ?lo ?hi ?words WHERE { VALUES ?f { fact:review-w1 fact:review-w2 } "
                       "?f gkg:dateEarliest ?lo ; gkg:dateLatest ?hi ; gkg:dateLabel ?words } ORDER BY ?f")
    # The article is of 2031-09-13: several years are under a decade, a few months under a year.
    assert [(r["lo"], r["hi"], r["words"]) for r in rows] == [
        ("2031-09-13", "2041-09-13", "within several years"), ("2031-09-13", "2032-09-13", "within a few months")]


@pytest.mark.parametrize("claim, message", [
    # Half a week or a month is no whole number of days: refused as before.
    (f"{{id: x, fact: review-x, type: ProgrammeReview, reviewer: Northern Fund, duration: a week and a half, {QUOTE}}}",
     "duration: invalid duration 'a week and a half'"),
    (f"{{id: x, fact: review-x, type: ProgrammeReview, reviewer: Northern Fund, duration: an hour and a quarter, {QUOTE}}}",
     "duration: invalid duration 'an hour and a quarter'"),
    # 'Many years' may be fifty: no latest day to give.
    (f"{{id: x, fact: review-x, type: ProgrammeReview, reviewer: Northern Fund, date: within many years, modality: planned, {QUOTE}}}",
     "date: invalid date 'within many years'"),
    (f"{{id: x, fact: review-x, type: ProgrammeReview, reviewer: Northern Fund, date: within several fortnights, modality: planned, {QUOTE}}}",
     "date: invalid date 'within several fortnights'"),
])
def test_look_alikes_without_a_whole_figure_are_refused(loan, tmp_path, claim, message):
    assert_refused(LOAN, LOAN_CLAIMS, loan, tmp_path, claim, message)
