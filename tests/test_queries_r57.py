"""Canned queries that read negatives, denials and counts as the claims give them, on
invented claims (tests/data/query-r57) built and queried through the real CLI: a term an
agreement rules out is marked so; a fact only a denial states has no source in its favour;
counts of different things are no rival figures; a denier's words are among the statements
they made."""

from __future__ import annotations

from conftest import ROOT, built_once_per_module, by_fact, query_rows

accord = built_once_per_module(ROOT / "tests" / "data" / "query-r57")

AGREEMENT = "agreement-brelia-ostravia-vell-river-2031-11-19"


def test_agreements_mark_a_term_the_agreement_rules_out(accord):
    """'Brelia will charge Ostravian barges no tolls' (a negative planned payment, termOf the
    accord) is a term it rules out, "(negative)"; the payment for water it provides for is
    listed plain."""
    [row] = [r for r in query_rows(accord, "agreements", state="Brelia") if r["fact"] == AGREEMENT]
    assert row["terms"].split(", ") == ["payment-ostravia-brelia-vell-tolls (negative)", "payment-ostravia-brelia-vell-water"]


def test_a_fact_only_a_denial_states_has_no_source_in_its_favour(accord):
    """Rell's denial that Brelia tried to reopen the terms is the only claim of that
    negotiation: 0 sources, 1 against, in `facts` (not "sources 1, against 1"). The
    closure of the crossing, alleged by Ostravia and denied by Rell, keeps its source."""
    facts = by_fact(query_rows(accord, "facts"))
    assert (facts["negotiation-brelia-reopen-vell-terms"]["sources"], facts["negotiation-brelia-reopen-vell-terms"]["against"]) == (0, 1)
    assert (facts["border-closure-brelia-tarn-crossing"]["sources"], facts["border-closure-brelia-tarn-crossing"]["against"]) == (1, 1)
    # A negative term is no source either, and is against its fact.
    assert (facts["payment-ostravia-brelia-vell-tolls"]["sources"], facts["payment-ostravia-brelia-vell-tolls"]["against"]) == (0, 1)
    assert facts[AGREEMENT]["sources"] == 1


def test_conflicts_set_a_count_only_against_counts_of_the_same_thing(accord):
    """14 airspace violations (Brelia) and 9 drones (Rell) count different things: no
    dispute. 5 and 3 airspace violations (the case apart) are rival figures; so are 7 drones
    and an 8 whose claim does not say what it counts."""
    rows = query_rows(accord, "conflicts")
    disputed = {(r["fact"], r["property"], r["value"]) for r in rows if r["property"] == "quantity"}
    assert disputed == {
        ("incursion-ostravia-brelia-2031-11-17", "quantity", "5"), ("incursion-ostravia-brelia-2031-11-17", "quantity", "3"),
        ("incursion-ostravia-brelia-2031-11-18", "quantity", "7"), ("incursion-ostravia-brelia-2031-11-18", "quantity", "8")}
