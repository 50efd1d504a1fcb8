"""Rule set 53, part f: names ending in a numeral, drafted through the real ``kg extract``
command on small articles written for these tests (one run for all, a module-scoped
fixture), each beside look-alikes that must not change:

- a headline that ends in a numbered name ("... on Nord Stream 3", a line break after it)
  proposes the whole name, not one run on into the line break, which is too unsure to
  propose (so no mention of the name was proposed at all);
- a body's name written once before a noun of a named asset ("the Nord Stream 3 gas
  pipeline") and elsewhere bare ("talks over Nord Stream 3") is an ``Asset`` (CLAIMS.md:
  an Asset is a named project, vessel, pipeline or fund); a name that also acts as a body
  ("the Ostrava pipeline ... Ostrava said") stays an ``Organisation``;
- a territory's name its last word tells ("the Gaza Strip", "the West Bank") is proposed
  a ``Region``, as the registries declare territories (ontology gkg:Region), not a City; a
  one-word place joined to one ("Gaza and the West Bank") is a Region too, one joined to a
  town ("Gaza and Hebron") is left as the model's place;
- "Its holdings in the three companies were worth a combined $400 million": an Ownership of
  the holder the sentence before has for subject, in each member of the group a listing
  sentence spelled out ("The three companies are A, B and C"), with its ``value``; "the
  fund's holdings in X were worth $90 million" of one company. A holding's worth told of
  nothing named, of no holder, of a group never listed, or with no sum, drafts none;
- "X signed a memorandum with Y on Tuesday to build the Z gas pipeline": the Agreement's
  ``subject`` is what it is for ("build the Z gas pipeline"), as "agreed to resume flights"
  gives it; a paper on something ("an agreement on defence") keeps that, and a 'to' infinitive
  of the speaker's clause is no purpose of the paper.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    "numbered_headline": (
        "Gazprom and Uniper sign binding memorandum on Nord Stream 3\n\n"
        "Gazprom signed a memorandum with Uniper on Tuesday to build the Nord Stream 3 gas pipeline, "
        "the company said. Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on "
        "Tuesday. Negotiations over Nord Stream 3 have stalled for years over pricing."),
    "acting_body": (
        "Ostrava Energy will build the Ostrava pipeline to the coast, officials said. "
        "Ostrava said on Monday that the work would start next year. Russian President Vladimir Putin met "
        "Chinese President Xi Jinping in Beijing on Tuesday."),
    "strip": "Israel launched air strikes on the Gaza Strip on Monday.",
    "joined_territory": "Israel launched air strikes on Gaza and the West Bank on Monday.",
    "joined_town": "Israel launched air strikes on Gaza and Hebron on Monday.",
    "group_worth": (
        "The Larsson Pension Fund said on Monday it had sold its stakes in three steel makers. The three companies "
        "are Velmar Steel, Kortex Metals and Ostrava Holdings, the fund said. Before the sale the fund owned 2 percent "
        "of Velmar Steel. Its holdings in the three companies were worth a combined $400 million at the end of June."),
    "one_worth": ("The Larsson Pension Fund will keep its shares, officials said. The fund's holdings in Kortex Metals "
                  "were worth $90 million at the end of June."),
    "unlisted_group": ("The Larsson Pension Fund said on Monday it had sold its stakes in four steel makers. Its "
                       "holdings in the four companies were worth a combined $400 million at the end of June."),
    "no_sum": ("The Larsson Pension Fund will keep its shares in Kortex Metals, officials said. Its holdings in "
               "Kortex Metals were worth more than a year ago."),
    "no_holder": "The houses in Kortex Metals' village were worth $2 million, officials said.",
    "signed_to_build": ("Peru signed a legally binding memorandum with Chile on Tuesday to build a new gas "
                        "pipeline, officials said."),
    "signed_on": "Peru and Chile signed an agreement on defence cooperation on Tuesday.",
    "signed_plain": "Peru and Chile signed an agreement on Tuesday, officials said, declining to give details.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r53f"), ARTICLES, {}, "2031-05-02")


def test_numbered_name_ending_a_headline_is_proposed_whole(drafts):
    entities = drafts["numbered_headline"]["entities"]
    assert entities["nord-stream-3"]["label"] == "Nord Stream 3"
    assert not any("\n" in e["label"] for e in entities.values()), entities
    assert entities["nord-stream-3"]["type"] == "Asset"
    assert "nord-stream" not in entities  # no shorter name cut from it


def test_name_acting_as_a_body_is_no_asset(drafts):
    entities = drafts["acting_body"]["entities"]
    assert all(e["type"] != "Asset" for e in entities.values() if e["label"].startswith("Ostrava")), entities


def test_territory_named_by_its_last_word_is_a_region(drafts):
    assert drafts["strip"]["entities"]["gaza-strip"]["type"] == "Region"
    assert [c["place"] for c in drafts["strip"]["claims"] if c["type"] == "Attack"] == ["gaza-strip"]


def test_place_joined_to_a_territory_is_a_region(drafts):
    assert drafts["joined_territory"]["entities"]["gaza"]["type"] == "Region"
    assert drafts["joined_town"]["entities"]["gaza"]["type"] == "City"  # joined to a town: the model's guess stays


def _ownerships(draft: dict) -> list[dict]:
    return [c for c in draft["claims"] if c["type"] == "Ownership" and "value" in c]


def test_holdings_in_a_listed_group_with_their_worth(drafts):
    [own] = [c for c in _ownerships(drafts["group_worth"]) if c["value"] == "USD 400 million"]
    assert own["owner"] == "larsson-pension-fund"
    assert own["owned"] == ["velmar-steel", "kortex-metals", "ostrava-holdings"]
    assert own["quote"].startswith("Its holdings in the three companies")


def test_holdings_in_one_company_with_their_worth(drafts):
    [own] = _ownerships(drafts["one_worth"])
    assert (own["owner"], own["owned"], own["value"]) == ("larsson-pension-fund", "kortex-metals", "USD 90 million")


def test_holdings_worth_look_alikes_draft_no_ownership(drafts):
    for name in ("unlisted_group", "no_sum", "no_holder"):
        assert _ownerships(drafts[name]) == [], name


def _agreements(draft: dict) -> list[dict]:
    return [c for c in draft["claims"] if c["type"] == "Agreement"]


def test_signed_paper_to_build_has_that_subject(drafts):
    [deal] = _agreements(drafts["signed_to_build"])
    assert deal["party"] == ["peru", "chile"] and deal["subject"] == "build a new gas pipeline"


def test_signed_paper_look_alikes_keep_their_subject(drafts):
    assert [c.get("subject") for c in _agreements(drafts["signed_on"])] == ["defence cooperation"]
    assert [c.get("subject") for c in _agreements(drafts["signed_plain"])] == [None]
