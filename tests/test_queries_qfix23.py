"""Four gaps new users met in the model, each read back beside a look-alike:

1. a measure made stricter: the status ``tightened`` (and its opposite, ``eased``), which
   ``kg vocabulary tightened`` finds and ``sanctions`` shows as a dated stage;
2. a protecting power ("acts as the protecting power of Varnia in Ostelia"): a
   ``ProtectingPower`` with the protecting state, the state it represents
   (``sendingState``) and the state in which it does so (``receivingState``), listed by
   ``protecting-powers``, an embassy reopened left out;
3. a count of votes above the size the claims file gives for the body (``totalSeats`` on
   the vote, or on a membership of its one voting body) is refused at read with the file,
   the claims and both numbers; a vote of a body whose size it does not give is not checked;
4. ``supporters``: backing of a fact a state carries out (an invasion, by its perpetrator)
   is backing of that state, shown with the fact; not of the state invaded.

Read back from an invented article (``tests/data/query-qfix23-varnia-mandate``), built by
the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import shutil

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-qfix23-varnia-mandate"
CLAIMS = CASE / "claims" / "000_qfix23_varnia_mandate.yaml"
EMBARGO, TIMBER, FISH = ("sanction-varnia-ostelia-trade-embargo", "sanction-varnia-ostelia-timber-ban",
                         "sanction-varnia-ostelia-fish-ban")
DREMMEL_FOR_VARNIA, TARSEN_FOR_BREVIA = "protecting-power-dremmel-varnia-ostelia", "protecting-power-tarsen-brevia-molland"
ASSEMBLY, HARBOUR, CHAMBER = ("vote-meridian-assembly-ostelia-2026-11", "vote-harbour-council-port-budget",
                              "vote-national-chamber-tarsen-budget")

case = built_once_per_module(CASE, build=built_corpus)


def changed(tmp_path, *edits: tuple[str, str]):
    """A copy of the case whose claims file has each (old, new) replaced once."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CASE, corpus)
    claims = corpus / "claims" / CLAIMS.name
    text = claims.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    claims.write_text(text, encoding="utf-8")
    return corpus, claims


# -- 1. a measure made stricter, or less strict -----------------------------------------------------------------------

def test_a_measure_tightened_has_a_status_the_vocabulary_finds_and_sanctions_shows(case):
    found = kg_cli("vocabulary", "tightened", check=0).stdout
    assert found.startswith("tightened (value; also: made stricter"), found
    assert "a value of Status" in found and "CAMEO 163" in found
    assert "eased (value" in kg_cli("vocabulary", "eased", check=0).stdout
    rows = by_fact(query_rows(case, "sanctions"))
    assert (rows[EMBARGO]["status"], rows[EMBARGO]["legal_basis"]) == ("tightened (2019)", "legislation-varnia-halden-trade-act")
    assert rows[TIMBER]["status"] == "eased (2026-03)"
    # The look-alike: a term extended, as before.
    assert rows[FISH]["status"] == "extended (2026-06)"
    # A tightened measure is still in force: no end, no "not imposed".
    assert rows[EMBARGO]["until"] is None


# -- 2. a protecting power --------------------------------------------------------------------------------------------

def test_a_protecting_power_names_the_three_states_and_its_query_finds_it_by_each(case):
    assert kg_cli("vocabulary", "protecting power", check=0).stdout.startswith("ProtectingPower (kind of fact")
    rows = query_rows(case, "protecting-powers")
    assert [(r["protecting_state"], r["represents"], r["in_state"], r["since"], r["fact"]) for r in rows] == [
        ("Dremmel", "Varnia", "Ostelia", None, DREMMEL_FOR_VARNIA),
        ("Tarsen", "Brevia", "Molland", "2022", TARSEN_FOR_BREVIA)]
    for state in ("Dremmel", "Varnia", "Ostelia"):
        assert [r["fact"] for r in query_rows(case, "protecting-powers", state=state)] == [DREMMEL_FOR_VARNIA], state
    # The look-alike: Dremmel's own embassy in Ostelia, reopened, is a mission, not a mandate.
    assert all("mission-opening" not in r["fact"] for r in rows)
    assert query_rows(case, "facts", type="MissionOpening")[0]["fact"] == "mission-opening-dremmel-ostelia"


def test_a_protecting_power_without_the_state_it_represents_is_refused(tmp_path):
    corpus, _ = changed(tmp_path, ("protectingState: Dremmel,\n     sendingState: Varnia, receivingState: Ostelia",
                                   "protectingState: Dremmel,\n     receivingState: Ostelia"))
    proc = kg_cli("build", "--corpus", corpus, "--store", tmp_path / "kg-store", check=2)
    assert ("claim 'protecting-power' (line 16): fact 'protecting-power-dremmel-varnia-ostelia' (ProtectingPower): a "
            "protecting power needs the state whose interests it represents (sendingState: United States); it has none"
            ) in proc.stderr, proc.stderr


# -- 3. a count of votes above the body's size ------------------------------------------------------------------------

def test_the_sizes_the_file_gives_are_read_and_a_vote_within_them_is_kept(case):
    rows = by_fact(query_rows(case, "votes"))
    assert {ASSEMBLY, HARBOUR, CHAMBER} <= set(rows)


def test_a_count_above_the_size_of_the_body_is_refused_with_file_claims_and_both_numbers(tmp_path):
    corpus, claims = changed(tmp_path, ("votesFor: 121, votesAgainst: 9", "votesFor: 1210, votesAgainst: 9"),
                             ("votesFor: 150, votesAgainst: 40", "votesFor: 1500, votesAgainst: 40"),
                             ("votesFor: 300, votesAgainst: 12", "votesFor: 3000, votesAgainst: 12"))
    proc = kg_cli("ingest", "--dry-run", "--entities", corpus / "entities.yaml", claims, check=2)
    errors = proc.stderr
    # The size on the vote itself ("The 144-member Meridian Assembly").
    assert (f"{claims}: claim 'assembly' (line 27): votesFor: 1210 is more than the 144 members of Meridian Assembly "
            f"(totalSeats: 144) in vote '{ASSEMBLY}'") in errors, errors
    # The size on a membership of the chamber ("holds 80 of the 200 seats").
    assert (f"claims 'chamber' (line 35), 'unity-seats' (line 33): votesFor: 1500 is more than the 200 members of "
            f"National Chamber (totalSeats on a membership of National Chamber: 200, claim 'unity-seats')") in errors, errors
    # The look-alike: the Harbour Council's size is not given, so 3000 is not checked.
    assert "Harbour Council" not in errors and "3000" not in errors


def test_counts_that_add_up_to_more_than_the_body_are_refused(tmp_path):
    corpus, claims = changed(tmp_path, ("votesFor: 121, votesAgainst: 9, abstentions: 14",
                                        "votesFor: 121, votesAgainst: 19, abstentions: 14"))
    proc = kg_cli("ingest", "--dry-run", "--entities", corpus / "entities.yaml", claims, check=2)
    assert ("votesFor 121 + votesAgainst 19 + abstentions 14 = 154 votes, more than the 144 members of Meridian "
            "Assembly (totalSeats: 144)") in proc.stderr, proc.stderr


# -- 4. backing of a fact a state carries out ---------------------------------------------------------------------------

def test_backing_of_a_state_s_invasion_is_backing_of_that_state_shown_with_the_invasion(case):
    [row] = query_rows(case, "supporters", state="Ostelia")
    assert (row["supporter"], row["how"], row["fact_ids"]) == (
        "Molland", "general (for invasion-ostelia-dremmel)", "support-molland-ostelia-invasion")
    # The table names the fact backed in words.
    table = kg_cli("query", "supporters", "-p", "state=Ostelia", "--store", case, check=0).stdout
    assert "general (for invasion (Dremmel, Ostelia; 2026-08))" in table, table
    # The look-alike: the state invaded is not backed by it.
    assert query_rows(case, "supporters", state="Dremmel") == []
