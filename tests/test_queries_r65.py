"""What two new users' reviewed claims (a travel ban signed on one day and applied from
another, a summons each way, a port concession) found misread by the canned queries and the
ingest warnings, each answered for its kind beside a look-alike that keeps its rows:

1. ``leaders``: a holder of a one-holder post (head of state, ...) dated only by days
   before another holder's start of it is former, "superseded by" that holding, and no
   longer "also held by" beside the current one; two ministers (a post of many holders)
   dated the same way both stay current;
2. ``sanctions``: when a measure takes effect, where that is not its date ("effective"),
   and nothing there for one known only by the day it takes effect (its "since");
3. the weekday warning: quiet where the weekday named is the claim's ``effectiveDate`` or
   the date of a fact the claim names ("cited Sunday's border clash"), kept for a meeting
   whose weekday no date of it falls on;
4. ``facts``: the initiator and target of a summons named with their roles; a meeting's
   participants unmarked;
5. ``agreements``: a concession (``Lease``) by its lessor's or lessee's state, with its
   duration and the sum of the investment it provides for; not under a state that is no
   party to it.

Read back from an invented article (``tests/data/query-r65-harlen-concession``), built once
for the module by the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-r65-harlen-concession"
CLAIMS = CASE / "claims" / "000_r65_harlen_concession.yaml"
LEASE = "lease-harlen-container-terminal-norvik-lines-2026-11-18"
PACT = "agreement-dastrany-kessia-trade-2026-11-18"

case = built_once_per_module(CASE, build=built_corpus)


# -- 1. a one-holder post held before a later holder's start ----------------------------------------------------------

def test_a_head_of_state_dated_before_the_next_ones_start_is_former(case):
    rows = {r["holder"]: r for r in query_rows(case, "leaders", of="Velmora")}
    assert (rows["Ilse Marr"]["tenure"], rows["Ilse Marr"]["until"]) == (
        "former", "2026-03-02 (superseded by position-anton-rusk-velmora-head-of-state)")
    # The current holder is no longer "also held by" the former one.
    assert (rows["Anton Rusk"]["tenure"], rows["Anton Rusk"]["since"]) == ("current", "2026-03-02")
    # The look-alike: a minister, a post of many holders, dated 2019 beside one since 2026.
    assert (rows["Agnes Pohl"]["tenure"], rows["Agnes Pohl"]["until"]) == ("current", None)
    assert rows["Tomas Veld"]["tenure"] == "current"


# -- 2. when a sanction takes effect ----------------------------------------------------------------------------------

def test_sanctions_show_when_a_measure_takes_effect_beside_its_date(case):
    rows = {r["measure"]: r for r in query_rows(case, "sanctions", target="Dastrany")}
    assert (rows["ban on exports of refined oil"]["since"], rows["ban on exports of refined oil"]["effective"]) == (
        "2026-11-18", "2026-12-01")
    # The look-alike: a freeze known only by the day it takes effect shows it once, as its start.
    assert (rows["asset freeze"]["since"], rows["asset freeze"]["effective"]) == ("2026-12-05", None)


# -- 3. the weekday warning -------------------------------------------------------------------------------------------

def test_the_weekday_warning_reads_every_date_of_the_claim_and_of_the_facts_it_names():
    err = kg_cli("ingest", "--dry-run", CLAIMS, check=0).stderr
    # "takes effect on Tuesday" (effectiveDate 2026-12-01) and "cited Sunday's border clash"
    # (its groundsFact dated Sunday 2026-11-15): no warning.
    assert "'oil-ban'" not in err and "'rusk-address'" not in err, err
    # The look-alike: "met ... on Monday" dated on a Tuesday is still warned of.
    assert (f"{CLAIMS}: claim 'oss-lund': its quote says 'Monday', but date 2026-11-17 is a Tuesday: a typo in the "
            "date?") in err, err


# -- 4. who summoned whom ---------------------------------------------------------------------------------------------

def test_facts_name_the_roles_of_a_summons_and_not_of_a_meeting(case):
    [summons] = query_rows(case, "facts", type="Summons")
    assert summons["participants"] == "initiator: Lena Oss (for Dastrany), target: Piet Haro (for Velmora)"
    [meeting] = query_rows(case, "facts", type="Meeting")
    assert meeting["participants"] == "Lena Oss, Mats Lund"


# -- 5. concessions among the agreements ------------------------------------------------------------------------------

def test_agreements_list_a_concession_with_its_term_and_investment(case):
    rows = by_fact(query_rows(case, "agreements", state="Dastrany"))
    assert sorted(rows) == [PACT, LEASE]
    lease = rows[LEASE]
    assert {k: lease[k] for k in ("date", "parties", "status", "duration", "terms")} == {
        "date": "2026-11-18", "parties": "Dastrany port authority, Norvik Lines", "status": "signed",
        "duration": "25 years",
        "terms": "investment-norvik-lines-harlen-container-terminal (150000000 EUR)"}
    # By the lessee's state too; the look-alike: a state that is no party to either.
    assert sorted(r["fact"] for r in query_rows(case, "agreements", state="Kessia")) == [PACT, LEASE]
    assert query_rows(case, "agreements", state="Velmora") == []
