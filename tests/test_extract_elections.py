"""Elections as news tells them, through the real ``kg extract`` on small articles written
for these tests: a winner declared ("declared him the winner of the presidential vote"),
each candidate's share of the vote and place in the count ("came second with 32.76
percent") as the Election's ``result``, and every claim of one election in one state told
in one article as one fact, dated by the day the text gives it; a body the article names
by its noun alone ("the election commission said") as an unnamed speaker. Shares that are
not votes, and nouns that only qualify another ("the election commission"), draft no
election."""

from __future__ import annotations

import pytest

from test_extract_r18 import extract, of

RESULTS = ("SANTIAGO, Sept 23 - Maria Lopez was sworn in as Chile's president on Monday, a day after the "
           "election commission declared her the winner of the country's first presidential vote since 2020. "
           "Lopez took 42.31 percent of the vote in Saturday's election, the commission said. "
           "Jorge Castillo came second with 32.76 percent, while incumbent President Ana Torres finished third "
           "with 17.27 percent.")


def test_a_winner_and_the_shares_of_the_count_are_one_election(tmp_path):
    claims, _ = extract(tmp_path, RESULTS, published="2030-09-23")
    elections = of(claims, "Election")
    assert {c["fact"] for c in elections} == {"election-chile-2030-09-21"}, elections
    assert [c["winner"] for c in elections if "winner" in c] == ["maria-lopez"], elections
    results = {r["candidate"]: (r["share"], r.get("rank")) for c in elections for r in c.get("result", [])}
    assert results == {"maria-lopez": (42.31, None), "jorge-castillo": (32.76, 2), "ana-torres": (17.27, 3)}, elections
    assert all(c["heldIn"] == "chile" for c in elections), elections
    said = {c.get("said_by") for c in elections}
    assert {"unnamed election commission", "unnamed commission"} <= said, elections


@pytest.mark.parametrize("text, kind, speaker", [
    ("LIMA, Sept 23 - Chile imposed sanctions on Peru on Monday, the court said.", "Sanction", "unnamed court"),
    # either state's ministry: which one, the sentence does not say
    ("Chile and Peru signed a memorandum on fisheries on Monday, the foreign ministry said.", "Agreement",
     "unnamed foreign ministry"),
])
def test_a_body_named_by_its_noun_alone_speaks_unnamed(tmp_path, text, kind, speaker):
    claims, _ = extract(tmp_path, text, published="2030-09-23")
    assert [c.get("said_by") for c in of(claims, kind)] == [speaker], claims


def test_shares_that_are_not_votes_draft_no_election(tmp_path):
    claims, _ = extract(tmp_path, "Lea Moro took 30 percent of the company's shares in March, before the "
                                  "presidential election in Chile. Chile's exports came second with 20 percent.",
                        published="2030-09-23")
    assert not [r for c in of(claims, "Election") for r in c.get("result", [])], claims


def test_no_share_without_an_election_in_the_article(tmp_path):
    claims, _ = extract(tmp_path, "Lea Moro came second with 32 percent of the vote in the race for the chair "
                                  "of the Chilean chess club.", published="2030-09-23")
    assert not of(claims, "Election"), claims


def test_a_noun_that_qualifies_another_is_no_election(tmp_path):
    claims, _ = extract(tmp_path, "SANTIAGO, Sept 23 - Chile's election commission met on Monday.",
                        published="2030-09-23")
    assert not of(claims, "Election"), claims
