"""kg eval holds who owns or controls what apart from what is owned or controlled, and
pairs a drafted fact only with a curated fact something it states ties it to: the words
it quotes, or, failing them, a date when the curated fact is dated and the draft might
as well be another fact of the article. Through the real CLI, on an invented article
and its curated claims, each rule beside a draft that must still match
(docs/evaluation.md, "Matching facts": roles, and words and dates)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evalcases import curated_corpus, falses, pairs, repeats
from evalcases import scored as scored_draft

TEXT = (
    "Court dissolves Liberty Party\n\n"
    "TALMA, May 7, 2025 - The Constitutional Court of Vardia on Wednesday dissolved the opposition "
    "Liberty Party. The court has acted against the Liberty Party twice this year. In January the same "
    "court ordered the Liberty Party to drop its plan to amend the press law.\n\n"
    "The state fund Vardia Reserve sold its holdings in Brask Bank and in Kell Bank and its parent "
    "Torvik Holdings. Torvik Holdings is controlled by the Ostrander family.\n"
)
DISSOLVED = "The Constitutional Court of Vardia on Wednesday dissolved the opposition Liberty Party"
TWICE = "The court has acted against the Liberty Party twice this year"
ORDERED = "In January the same court ordered the Liberty Party to drop its plan to amend the press law"
SAME_COURT_ORDERED = "the same court ordered the Liberty Party to drop its plan"
HEADLINE = "Court dissolves Liberty Party"
HOLDINGS = "Vardia Reserve sold its holdings in Brask Bank and in Kell Bank and its parent Torvik Holdings"
PARENT = "Kell Bank and its parent Torvik Holdings"
BANKS_AND_PARENT = "Brask Bank and in Kell Bank and its parent Torvik Holdings"
CONTROLLED = "Torvik Holdings is controlled by the Ostrander family"
ENTITIES = [
    {"id": "vardia", "type": "State", "label": "Vardia"},
    {"id": "constitutional-court-of-vardia", "type": "Court", "label": "Constitutional Court of Vardia", "of": "vardia"},
    {"id": "liberty-party", "type": "Organisation", "label": "Liberty Party"},
    {"id": "vardia-reserve", "type": "StateCompany", "label": "Vardia Reserve", "of": "vardia"},
    {"id": "brask-bank", "type": "Organisation", "label": "Brask Bank"},
    {"id": "kell-bank", "type": "Organisation", "label": "Kell Bank"},
    {"id": "torvik-holdings", "type": "Organisation", "label": "Torvik Holdings"},
    {"id": "ostrander-family", "type": "Group", "label": "Ostrander family"},
]
ARTICLE = "talma-court"
COURT = {"type": "LegalAction", "court": "Constitutional Court of Vardia", "target": "Liberty Party"}
DISSOLUTION = {"id": "dissolution", "fact": "ruling-dissolution", **COURT, "legalActionKind": "ruling",
               "outcome": "dissolution of the party", "date": "2025-05-07", "quote": DISSOLVED}
JANUARY_ORDER = {"id": "january", "fact": "order-january", **COURT, "legalActionKind": "injunction",
                 "actionType": "order", "date": "2025-01", "quote": ORDERED}


def curated(root: Path, *legal: dict) -> Path:
    """A corpus folder with the article and its curated claims: the court's acts
    ``legal`` (both by default), the fund's stakes, the holding's bank, its controller."""
    return curated_corpus(root, TEXT, ENTITIES, ARTICLE, [
        *(legal or (DISSOLUTION, JANUARY_ORDER)),
        {"id": "stakes", "fact": "ownership-reserve-banks", "type": "Ownership", "owner": "Vardia Reserve",
         "owned": ["Brask Bank", "Kell Bank", "Torvik Holdings"], "quote": HOLDINGS},
        {"id": "parent", "fact": "ownership-torvik-kell", "type": "Ownership", "owner": "Torvik Holdings",
         "owned": "Kell Bank", "quote": PARENT},
        {"id": "family", "fact": "control-ostrander-torvik", "type": "Control", "controller": "Ostrander family",
         "controlled": "Torvik Holdings", "quote": CONTROLLED},
    ])


def scored(root: Path, corpus: Path, *claims: dict) -> dict:
    """``kg eval --json`` of a drafted file of the article holding ``claims``."""
    return scored_draft(root, corpus, TEXT, ARTICLE, *claims)


# -- Who holds what ----------------------------------------------------------------------


@pytest.mark.parametrize("roles, matches", [
    ({"owner": "Torvik Holdings", "owned": "Kell Bank"}, "ownership-torvik-kell"),
    ({"owner": "Vardia Reserve", "owned": "Brask Bank"}, "ownership-reserve-banks"),
    ({"owned": ["Brask Bank", "Torvik Holdings"]}, "ownership-reserve-banks"),   # less complete
    # The parent drafted as owning a bank the fund owns: its owner is what the fund owns.
    ({"owner": "Torvik Holdings", "owned": "Brask Bank"}, None),
    ({"owner": "Kell Bank", "owned": "Torvik Holdings"}, None),                  # the parent's stake reversed
])
def test_an_owner_is_not_what_is_owned(tmp_path, roles, matches):
    result = scored(tmp_path, curated(tmp_path), {"fact": "d-stake", "type": "Ownership", **roles,
                                                  "quote": BANKS_AND_PARENT})
    assert pairs(result) == ([("d-stake", matches)] if matches else []), result
    if not matches:
        assert list(falses(result)) == ["d-stake"]
        assert {m["fact"] for m in result["missed"]} >= {"ownership-reserve-banks", "ownership-torvik-kell"}


@pytest.mark.parametrize("roles, matches", [
    ({"controller": "Ostrander family", "controlled": "Torvik Holdings"}, True),
    ({"controller": "Torvik Holdings", "controlled": "Ostrander family"}, False),
])
def test_a_controller_is_not_what_is_controlled(tmp_path, roles, matches):
    result = scored(tmp_path, curated(tmp_path), {"fact": "d-control", "type": "Control", **roles,
                                                  "quote": CONTROLLED})
    assert (pairs(result) == [("d-control", "control-ostrander-torvik")]) is matches, result
    if not matches:
        assert falses(result) == {"d-control": "torvik-holdings drafted as controller, curated as controlled (role)"}


# -- Words and dates ---------------------------------------------------------------------


def order(fact: str, quote: str, **more) -> dict:
    return {"fact": fact, **COURT, "actionType": "order", "quote": quote, **more}


def test_an_undated_draft_is_not_a_dated_fact_it_shares_no_words_with(tmp_path):
    corpus = curated(tmp_path)
    # The January order drafted twice, from its own words, undated: the second is a
    # repeat of it, not the dissolution of May, which kind and participants would let
    # it be.
    twice = scored(tmp_path / "twice", corpus, order("d-order", ORDERED, legalActionKind="injunction"),
                   order("d-same-court", SAME_COURT_ORDERED))
    assert pairs(twice) == [("d-order", "order-january")]
    assert repeats(twice) == {"d-same-court": "order-january"} and twice["false"] == []
    assert twice["kinds"]["LegalAction"]["found"] == 1
    # An undated act of the court whose words neither curated act quotes may be either:
    # a false draft, the reason naming the other.
    either = scored(tmp_path / "either", corpus, order("d-acted", TWICE))
    assert pairs(either) == [] and repeats(either) == {}
    assert falses(either)["d-acted"] == ("states no date and shares no words with this dated fact; it may as well "
                                         "be order-january (words and dates)")
    # Look-alikes: the same draft dated, or in an article with one act of the court, is
    # that act; a draft quoting the dissolution's words is the dissolution.
    dated = scored(tmp_path / "dated", corpus, order("d-acted", TWICE, date="2025-05-07"))
    assert pairs(dated) == [("d-acted", "ruling-dissolution")]
    one = scored(tmp_path / "one", curated(tmp_path / "one-act", DISSOLUTION), order("d-acted", TWICE))
    assert pairs(one) == [("d-acted", "ruling-dissolution")]
    words = scored(tmp_path / "words", corpus, order("d-dissolved", DISSOLVED))
    assert pairs(words) == [("d-dissolved", "ruling-dissolution")]


def test_a_draft_is_the_fact_whose_words_it_quotes(tmp_path):
    corpus = curated(tmp_path)
    # Quoting the January order's words, the draft is that order (taken by another
    # draft: a repeat), even dated so that it might be the dissolution, which is free.
    result = scored(tmp_path / "quoted", corpus, order("d-order", ORDERED, legalActionKind="injunction"),
                    order("d-same-court", SAME_COURT_ORDERED, date="2025"))
    assert pairs(result) == [("d-order", "order-january")]
    assert repeats(result) == {"d-same-court": "order-january"}
    alone = scored(tmp_path / "alone", corpus, order("d-same-court", SAME_COURT_ORDERED, date="2025"))
    assert pairs(alone) == [("d-same-court", "order-january")]
    # The headline's words are in no curated claim: dated, the draft may be the
    # dissolution, which no other draft holds.
    headline = scored(tmp_path / "headline", corpus, order("d-order", ORDERED, legalActionKind="injunction"),
                      order("d-headline", HEADLINE, date="2025-05-07"))
    assert pairs(headline) == [("d-headline", "ruling-dissolution"), ("d-order", "order-january")]
