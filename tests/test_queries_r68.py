"""What a second round of new users' reviewed claims (a sanctioned tanker, an extradition
granted on appeal after a refusal, statements about an embargo, a state with a president)
found misread by the canned queries and the evidence browser, each answered for its kind
beside a look-alike:

1. ``sanctions -p target=`` (and ``tariffs``, ``votes``, whose target is the same
   gkg:target, an actor or an asset): a ship is a target; a company is still one, and a
   place, neither actor nor asset, is still refused;
2. ``legal-actions``: the ``outcome`` column gives what a ruling came to (gkg:outcome), so
   a granted extradition and a refused one tell apart; a charge that says none is empty;
3. ``statements -p about=``: where no statement is about the actor, the note says what
   ``about`` matches and which parameters find the statements that name it or that it
   makes (and they do find them); an actor with statements about it gets its rows, no note;
4. the browser's entity page (its static export): a state lists the positions of it with
   their holders under a heading that says so; a person lists those it holds; an entity
   with neither says so.

Read back from an invented article (``tests/data/query-r68-orla-bay``), built once for the
module by the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import re

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-r68-orla-bay"

case = built_once_per_module(CASE, build=built_corpus)


# -- 1. an asset as a sanction's target ----------------------------------------------------------------------------------

def test_a_sanctioned_ship_is_a_target_beside_a_sanctioned_company(case):
    rows = query_rows(case, "sanctions", target="Orla Bay")
    assert [(r["fact"], r["target"], r["measure"]) for r in rows] == [("sanction-dravia-orla-bay", "Orla Bay", "listing")]
    # The look-alike: the company managing the ship is a target of its own, not the ship's.
    assert [r["fact"] for r in query_rows(case, "sanctions", target="Castel Marine")] == ["sanction-dravia-castel-marine"]
    assert {r["fact"] for r in query_rows(case, "sanctions", authority="Dravia")} == {
        "sanction-dravia-orla-bay", "sanction-dravia-castel-marine"}


def test_tariffs_and_votes_take_an_asset_as_target_and_a_place_is_still_refused(case):
    for name in ("tariffs", "votes"):
        assert query_rows(case, name, target="Orla Bay") == []  # accepted: none here
    refused = kg_cli("query", "sanctions", "--store", case, "--param", "target=Neva", check=2)
    assert "no actor or asset called 'Neva'" in refused.stderr


# -- 2. what a ruling came to ------------------------------------------------------------------------------------------

def test_legal_actions_show_whether_an_extradition_was_granted_or_refused(case):
    rows = by_fact(query_rows(case, "legal-actions", target="Ivo Reyk"))
    assert rows["ruling-lormand-appeals-court-2026-11-10"]["outcome"] == "extradition granted"
    assert rows["ruling-lormand-lower-court-2026-09"]["outcome"] == "extradition refused"
    # The look-alikes: a charge and the request itself say nothing they came to.
    assert rows["charge-dravia-ivo-reyk"]["outcome"] is None
    assert rows["extradition-dravia-ivo-reyk"]["outcome"] is None


# -- 3. what 'about' matches -------------------------------------------------------------------------------------------

def test_about_with_no_statement_says_what_it_matches_and_where_the_rest_are(case):
    proc = kg_cli("query", "statements", "--store", case, "--param", "about=Dravia", check=0)
    assert "(0 rows)" in proc.stdout
    note = " ".join(proc.stderr.split())
    assert "No statement is about Dravia: 'about' matches a claim's about, characterised and recipient keys" in note
    assert 'Statements whose quotes name it: kg query statements -p quote="Dravia"' in note
    # Its president's statement counts as its own.
    assert "a holder of its offices: 1 (kg query statements -p speaker=Dravia)" in note
    # The queries it names find them: the criticism naming Dravia, and the president's words.
    assert {r["fact"] for r in query_rows(case, "statements", quote="Dravia")} == {
        "criticism-pesca-dravia-shipping-measures", "statement-mara-solen-lormand-partner"}
    assert [r["fact"] for r in query_rows(case, "statements", speaker="Dravia")] == ["statement-mara-solen-lormand-partner"]


def test_about_with_statements_gives_them_and_no_note(case):
    proc = kg_cli("query", "statements", "--store", case, "--param", "about=Lormand", "--format", "csv", check=0)
    assert "statement-mara-solen-lormand-partner" in proc.stdout
    assert "No statement is about" not in proc.stderr
    # The minister of Lormand speaking is not a statement about Lormand.
    assert "statement-lormand-courts-independent" not in proc.stdout


# -- 4. the positions of a state on its page ---------------------------------------------------------------------------

def _positions(pages, key: str) -> str:
    page = (pages / "entity" / f"{key}.html").read_text(encoding="utf-8")
    section = page[page.index('<section aria-labelledby="positions">'):page.index('<section aria-labelledby="facts">')]
    return " ".join(re.sub(r"<[^>]+>", " ", section).split())


def test_a_state_page_lists_its_offices_and_a_person_page_the_ones_held(case, tmp_path):
    kg_cli("export", "--store", case, "-F", "html", "-o", tmp_path / "html", check=0)
    state = _positions(tmp_path / "html", "dravia")
    assert "Positions of Dravia and their holders" in state
    assert "President Mara Solen not given not given position-mara-solen-dravia-head-of-state" in state
    assert "None recorded" not in state and "Held by" not in state
    person = _positions(tmp_path / "html", "mara-solen")
    assert "Held by Mara Solen" in person and "President Dravia" in person
    assert "Positions of Mara Solen" not in person
    # The look-alike: a state with no office recorded.
    assert "None recorded: no position held by Pesca or of it." in _positions(tmp_path / "html", "pesca")
