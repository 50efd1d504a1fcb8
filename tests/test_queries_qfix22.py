"""What the canned queries answer over reviewed claims that new users found misleading, each
read back beside a look-alike:

1. ``sanctions``: a stage only permitted ("only the parliament can lift the embargo") gives
   the row no status ("end permitted", not "ended"); a legal basis given as a law's fact id
   reads by the law's title;
2. a fact only negative claims state shows "1 (negative)" sources in ``sanctions`` and
   ``votes``, not 0;
3. ``supporters``: one fact's unnamed backers, alleged by one claim and denied by another,
   are one row;
4. ``votes`` and the browser's fact page: a member's own reason for its vote is shown with
   that member, not as the vote's;
5. ``stages``: the undated stages one claim lists come in its order;
6. a unanimous vote: the vocabulary says ``votesAgainst: 0``, and the tally reads 7-0;
7. ``disqualifications``: who was barred, by whom, for how long;
8. ``supplies``: a supply's earlier volume (``previousAmount``) and its duration;
9. ``statements -p speaker=Lind``: the alias of one person and the surname of another says
   which was taken.

Read back from an invented article (``tests/data/query-qfix22-varnia-embargo``), built by
the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import shutil

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-qfix22-varnia-embargo"
CLAIMS = CASE / "claims" / "000_qfix22_varnia_embargo.yaml"
EMBARGO, FISH, NOT_IMPOSED = ("sanction-varnia-ostelia-trade-embargo", "sanction-varnia-ostelia-fish-ban",
                              "sanction-varnia-brevia")
VOTE, NO_VOTE, TRIBUNAL = ("vote-meridian-assembly-varnia-embargo-2026-11-03", "vote-meridian-assembly-varnia-embargo-2024",
                           "vote-supreme-tribunal-dremmel-opposition-appeal")
SALE = "sale-varnian-national-fund-kessel-works"

case = built_once_per_module(CASE, build=built_corpus)


def expanded(store, *args) -> str:
    """What ``kg query ARGS -F expanded`` prints: the table's words, facts named in words."""
    return kg_cli("query", *args, "--store", store, "-F", "expanded", check=0).stdout


# -- 1. sanctions: an end only permitted; a law as legal basis --------------------------------------------------------

def test_an_end_only_permitted_gives_no_status_and_a_law_reads_by_its_title(case):
    rows = by_fact(query_rows(case, "sanctions"))
    assert rows[EMBARGO]["status"] == "end permitted"
    assert rows[EMBARGO]["modality"] == "asserted, permitted"
    # The look-alike: a ban the article says was lifted has ended.
    assert rows[FISH]["status"] == "ended (2026-03)"
    # The law by its id for scripts, by its title for people.
    assert rows[EMBARGO]["legal_basis"] == "legislation-varnia-halden-trade-act"
    assert "legal_basis       Halden Trade Act (legislation)" in expanded(case, "sanctions")
    assert rows[FISH]["legal_basis"] is None


# -- 2. a fact only negative claims state -----------------------------------------------------------------------------

def test_a_fact_only_negative_claims_state_has_a_negative_source_not_none(case):
    sanctions = by_fact(query_rows(case, "sanctions"))
    assert (sanctions[NOT_IMPOSED]["status"], sanctions[NOT_IMPOSED]["sources"]) == ("not imposed", "1 (negative)")
    votes = by_fact(query_rows(case, "votes"))
    assert (votes[NO_VOTE]["modality"], votes[NO_VOTE]["sources"]) == ("asserted (negative)", "1 (negative)")
    # The look-alikes: a fact a claim says happened keeps its count as a number.
    assert sanctions[EMBARGO]["sources"] == 1 and votes[VOTE]["sources"] == 1


# -- 3. supporters: one fact's unnamed backers are one row -------------------------------------------------------------

def test_unnamed_backers_alleged_and_denied_in_one_fact_are_one_row(case):
    rows = query_rows(case, "supporters", state="Dremmel")
    army = [r for r in rows if r["fact_ids"] == "support-ostelian-advisers-dremmel-army"]
    assert len(army) == 1, rows
    assert (army[0]["supporter"], army[0]["acting_for"], army[0]["how"]) == (
        "as many as 300 unnamed Ostelian advisers", "Ostelia", "military (alleged, denied)")
    # The look-alike: the same words in another fact's claim are that fact's own row.
    assert [r["how"] for r in rows if r["fact_ids"] == "support-ostelian-advisers-dremmel-police"] == ["training"]
    assert len(rows) == 2


# -- 4. a member's reason for its vote --------------------------------------------------------------------------------

def test_a_member_s_reason_for_its_vote_is_shown_with_that_member(case, tmp_path):
    vote = by_fact(query_rows(case, "votes"))[VOTE]
    # Said by the member itself, and by another's envoy (an office of that member's).
    assert vote["members"] == ("abstained: Brevia (reason: the text ignored its border dispute with Ostelia), Molland, "
                               "Tarsen (reason: a protest at Ostelia's support for the Kardish militias)")
    site = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", site, check=0)
    page = (site / "fact" / f"{VOTE}.html").read_text(encoding="utf-8")
    assert "Kardish militias (a member&#39;s reason: Tarsen, abstained)" in page
    assert "border dispute with Ostelia (a member&#39;s reason: Brevia, abstained)" in page
    # The look-alike: a reason no member gives stays the fact's own, with nobody beside it.
    other = (site / "fact" / f"{NO_VOTE}.html").read_text(encoding="utf-8")
    assert "a boycott left it without a quorum (negative)" in other and "member&#39;s reason" not in other


# -- 5. undated stages in the order one claim lists them ----------------------------------------------------------------

def test_undated_stages_of_one_claim_come_in_the_order_it_lists_them(case, tmp_path):
    steps = [(r["status"], r["party"]) for r in query_rows(case, "stages", fact=SALE)]
    assert steps == [("announced", "Varnian National Fund"),
                     ("recommended", "Ethics Board of the Varnian National Fund"),
                     ("decided", "Board of Directors of the Varnian National Fund")]
    # The same claim listing them the other way round: its order again, not the alphabet's.
    corpus = tmp_path / "corpus"
    shutil.copytree(CASE, corpus)
    claims = corpus / "claims" / CLAIMS.name
    text = claims.read_text(encoding="utf-8")
    recommended = "{status: recommended, party: Ethics Board of the Varnian National Fund}"
    decided = "{status: decided, party: Board of Directors of the Varnian National Fund}"
    claims.write_text(text.replace(f"[{recommended}, {decided}]", f"[{decided}, {recommended}]"), encoding="utf-8")
    store = tmp_path / "kg-store"
    kg_cli("build", "-q", "--corpus", corpus, "--store", store, check=0)
    assert [r["status"] for r in query_rows(store, "stages", fact=SALE)] == ["announced", "decided", "recommended"]


# -- 6. a unanimous vote ------------------------------------------------------------------------------------------------

def test_a_unanimous_vote_is_written_and_shown_with_none_against(case):
    advice = kg_cli("vocabulary", "unanimously", check=0).stdout
    assert "with votesAgainst: 0" in advice and "votesFor: 9, votesAgainst: 0" in advice
    tribunal = by_fact(query_rows(case, "votes"))[TRIBUNAL]
    assert (tribunal["for"], tribunal["against"], tribunal["tally"]) == (7, 0, "7-0")


# -- 7. disqualifications -----------------------------------------------------------------------------------------------

def test_who_was_barred_by_whom_and_for_how_long(case):
    [row] = query_rows(case, "disqualifications")
    assert (row["barred"], row["terms"], row["by"], row["duration"]) == (
        "4 unnamed officials (Unity Party), Aren Solt", "from politics", "Supreme Tribunal of Dremmel", "8 years")
    assert row["fact"] == "disqualification-dremmel-unity-party-officials"
    # A party matches the unnamed officials of it; a state that barred no one, nothing.
    assert [r["fact"] for r in query_rows(case, "disqualifications", target="Unity Party")] == [row["fact"]]
    assert [r["fact"] for r in query_rows(case, "disqualifications", initiator="Dremmel")] == [row["fact"]]
    assert query_rows(case, "disqualifications", target="Varnia") == []


# -- 8. a supply's earlier volume and its term ------------------------------------------------------------------------------

def test_a_supply_shows_the_volume_it_replaces_and_how_long_it_runs(case, tmp_path):
    [row] = query_rows(case, "supplies")
    assert (row["amount"], row["duration"]) == ("8000000000 cubic metres a year (from 6000000000 cubic metres a year)", "15 years")
    shown = expanded(case, "supplies")
    assert "8,000,000,000 cubic metres a year (from 6,000,000,000 cubic metres a year)" in shown
    # The key is a Supply's (and an Indicator's, Limit's, SituationChange's), not any fact's.
    wrong = tmp_path / "wrong"
    shutil.copytree(CASE, wrong)
    claims = wrong / "claims" / CLAIMS.name
    claims.write_text(claims.read_text(encoding="utf-8").replace(
        "seller: Varnian National Fund, sold: Kessel Works,",
        "seller: Varnian National Fund, sold: Kessel Works, previousAmount: 3 percent,"), encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", "--entities", wrong / "entities.yaml", claims, check=2)
    assert "previousAmount" in proc.stderr and "Supply" in proc.stderr


# -- 9. a name that is one person's alias and another's surname --------------------------------------------------------------

def test_a_name_one_person_has_as_alias_and_another_as_surname_says_which_was_taken(case):
    proc = kg_cli("query", "statements", "--store", case, "-p", "speaker=Lind", "-F", "json", check=0)
    assert [r["speaker"] for r in __import__("json").loads(proc.stdout)] == ["Mara Lind"]
    assert ("Note: --param speaker: 'Lind' names Mara Lind, who is taken; it is also a word of the name of Jon Lind: "
            'give --param speaker="Jon Lind" for that one.') in proc.stderr
    # The look-alikes: a full name, or a first name only one person has, says nothing more.
    for name in ("Jon Lind", "Mara"):
        quiet = kg_cli("query", "statements", "--store", case, "-p", f"speaker={name}", check=0)
        assert "Note:" not in quiet.stderr, quiet.stderr
