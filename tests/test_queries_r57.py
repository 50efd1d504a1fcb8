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
    # A negative term is no source in its favour, nor a denial: the fact is stated as negative.
    assert (facts["payment-ostravia-brelia-vell-tolls"]["sources"], facts["payment-ostravia-brelia-vell-tolls"]["against"]) == ("1 (negative)", 0)
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


def test_statements_list_a_denial_of_any_kind_of_fact_under_its_denier(accord):
    """Rell denies a negotiation and a border closure (neither a kind of statement): each
    denial is among his statements, "denial of negotiation", found under him and not under
    Ostravia, who alleged the closure; the closure's allegation is no statement row."""
    rows = query_rows(accord, "statements", speaker="Tomas Rell")
    assert sorted((r["kind"], r["fact"], r["speaker"]) for r in rows) == [
        ("denial of border closure", "border-closure-brelia-tarn-crossing", "Tomas Rell"),
        ("denial of negotiation", "negotiation-brelia-reopen-vell-terms", "Tomas Rell")]
    assert {r["fact"] for r in query_rows(accord, "statements", speaker="Ostravia")} == set()
    everyone = query_rows(accord, "statements")
    assert sorted(r["kind"] for r in everyone) == ["denial of border closure", "denial of negotiation"]


def test_evidence_shows_the_place_words_were_said_at(accord):
    """Rell's denial was said at Lindor (said_at, a place of the registry): `evidence` gives
    it with the occasion, "at Lindor", as `statements` does; his denial of the closure, with no
    place, gives none."""
    [row] = query_rows(accord, "evidence", fact="negotiation-brelia-reopen-vell-terms")
    assert (row["said_by"], row["said_in"]) == ("Tomas Rell", "at Lindor")
    [said] = query_rows(accord, "statements", speaker="Tomas Rell", quote="reopen the terms")
    assert said["said_in"] == "at Lindor"
    closure = {r["claim"]: r["said_in"] for r in query_rows(accord, "evidence", fact="border-closure-brelia-tarn-crossing")}
    assert closure == {"closure-alleged": None, "closure-denied": None}


def test_stages_give_an_interval_once_and_words_beside_their_days(accord):
    """Agreed 'on November 14 and 15' (an interval, whose words are its days): the days once,
    not "2031-11-14/2031-11-15 (2031-11-14/2031-11-15)"; approved 'in early 2031': the days
    with the words."""
    rows = {r["status"]: r["date"] for r in query_rows(accord, "stages", fact=AGREEMENT)}
    assert rows["agreed"] == "2031-11-14/2031-11-15"
    assert rows["approved"] == "2031-01/2031-04 (early 2031)"


def test_agreements_list_a_status_a_dated_stage_gives_once(accord):
    """'agreed the text on November 14 and 15' gives the status agreed and a stage of it with
    its days: listed once, with the days; 'signed', a status no stage dates, stays."""
    [row] = [r for r in query_rows(accord, "agreements", state="Ostravia") if r["fact"] == AGREEMENT]
    assert row["status"].split(", ") == ["agreed in 2031-11-14/2031-11-15", "approved by Ostravia in early 2031", "signed"]
