"""Input checks new users found missing, through the real CLI on an invented article: one
article's claims that put a member on two sides of a vote or name more members than a
side's count; a release by the one released (and the other roles on two sides of one
act); a speaker speaking for several states; spans of decades and a start known by its
earliest day; the forms a self-referral fits; a quote's departure at its first differing
character (docs/input.md, "Claims")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import dump_yaml, kg_cli

TEXT = (
    "KORVAL, March 6, 2025 - The assembly adopted the resolution by 150 votes to 3, with 4 abstentions. "
    "Vardia, Oskelia and Tessaly voted against it. Speaking for Brelia and Tessaly as well as for its own "
    "country, Oskelia's delegation said the abstention was a protest at the sanctions. "
    "Brelia and Lenthia abstained. Vardia's envoy, Lina Varo, cast the vote against.\n\n"
    "Vardian authorities released the journalist Ana Kell on Thursday after mediation by Oskelia. "
    "Kell referred herself to the ethics commissioner last week.\n\n"
    "The court has dissolved more than 30 parties in the past two decades. Gas would not flow "
    "before the early 2030s, analysts said. The Member of Parliament for Wycombe, was present at the hearing.\n"
)
TALLY = "The assembly adopted the resolution by 150 votes to 3, with 4 abstentions"
AGAINST = "Vardia, Oskelia and Tessaly voted against it"
ABSTAINED = "Brelia and Lenthia abstained"
ENVOY = "Vardia's envoy, Lina Varo, cast the vote against"
SPEAKING = ("Speaking for Brelia and Tessaly as well as for its own country, Oskelia's delegation said the "
            "abstention was a protest at the sanctions")
RELEASED = "Vardian authorities released the journalist Ana Kell on Thursday"
REFERRED = "Kell referred herself to the ethics commissioner last week"
DISSOLVED = "The court has dissolved more than 30 parties in the past two decades"
GAS = "Gas would not flow before the early 2030s"
ENTITIES = [
    {"id": "vardia", "type": "State", "label": "Vardia"},
    {"id": "oskelia", "type": "State", "label": "Oskelia"},
    {"id": "tessaly", "type": "State", "label": "Tessaly"},
    {"id": "brelia", "type": "State", "label": "Brelia"},
    {"id": "lenthia", "type": "State", "label": "Lenthia"},
    {"id": "korval-assembly", "type": "InternationalOrganisation", "label": "Korval Assembly"},
    {"id": "lina-varo", "type": "Person", "label": "Lina Varo", "of": "vardia"},
    {"id": "ana-kell", "type": "Person", "label": "Ana Kell", "aliases": ["Kell"], "of": "vardia"},
    {"id": "ethics-commissioner", "type": "Organisation", "label": "Ethics Commissioner", "of": "vardia"},
    {"id": "constitutional-court-of-vardia", "type": "Court", "label": "Constitutional Court of Vardia"},
]
VOTE = {"fact": "vote-korval-resolution", "type": "Vote", "votingBody": "Korval Assembly"}


def claims_file(root: Path, *claims: dict) -> Path:
    """A claims file of the article holding ``claims`` (ids c0, c1, ... unless given),
    beside the article text and a registry of its own (``root/entities.yaml``)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "article.txt").write_text(TEXT, encoding="utf-8")
    dump_yaml(root / "entities.yaml", ENTITIES)
    return dump_yaml(root / "a.yaml", {
        "article": {"id": "korval-vote", "file": "article.txt", "url": None, "publisher": None,
                    "published": "2025-03-06"},
        "claims": [{"id": f"c{i}", **c} for i, c in enumerate(claims)]})


def dry_run(path: Path, status: int):
    return kg_cli("ingest", "--dry-run", "--entities", path.parent / "entities.yaml", path, check=status)


def stored(tmp_path: Path, path: Path, sparql: str) -> list[dict]:
    """Ingest ``path`` into a new store and run ``sparql`` there (rows as dicts)."""
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, "--entities", path.parent / "entities.yaml", path, check=0)
    out = kg_cli("query", "--store", store, "-e", sparql, "-F", "json", check=0).stdout
    return json.loads(out)


# -- One vote over several claims --------------------------------------------------------


def test_a_member_on_two_sides_of_one_vote_is_refused_naming_the_claims(tmp_path):
    path = claims_file(tmp_path, {**VOTE, "votesFor": 150, "votesAgainst": 3, "abstentions": 4, "quote": TALLY},
                       {**VOTE, "votedNo": ["Vardia", "Oskelia", "Tessaly"], "quote": AGAINST},
                       {**VOTE, "abstained": ["Brelia", "Lenthia", "Oskelia"], "quote": ABSTAINED})
    err = dry_run(path, 2).stderr
    assert re.search(rf"{re.escape(str(path))}: claims 'c1' \(line \d+\), 'c2' \(line \d+\): Oskelia is named as "
                     r"votedNo \('c1'\) and as abstained \('c2'\) of one vote \(fact 'vote-korval-resolution'\): a "
                     r"member votes one way", err), err
    # Look-alike: the same claims with each member on the side the text gives are read.
    path = claims_file(tmp_path / "right", {**VOTE, "votesFor": 150, "votesAgainst": 3, "abstentions": 4,
                                            "quote": TALLY},
                       {**VOTE, "votedNo": ["Vardia", "Oskelia", "Tessaly"], "quote": AGAINST},
                       {**VOTE, "abstained": ["Brelia", "Lenthia"], "quote": ABSTAINED})
    assert "Checked 1 article(s)" in dry_run(path, 0).stdout


def test_more_names_over_several_claims_than_a_sides_count_is_refused(tmp_path):
    path = claims_file(tmp_path, {**VOTE, "votesFor": 150, "votesAgainst": 2, "abstentions": 4, "quote": TALLY},
                       {**VOTE, "votedNo": ["Vardia", "Oskelia", "Tessaly"], "quote": AGAINST})
    err = dry_run(path, 2).stderr
    assert re.search(r"claims 'c1' \(line \d+\), 'c0' \(line \d+\): 3 members named as votedNo of one vote \(fact "
                     r"'vote-korval-resolution': Oskelia, Tessaly, Vardia\), but votesAgainst is 2 \('c0'\)", err), err
    # A member's envoy voting for it is that member's vote, not one more name.
    envoy = claims_file(tmp_path / "envoy", {**VOTE, "votesFor": 150, "votesAgainst": 3, "abstentions": 4,
                                             "quote": TALLY},
                        {**VOTE, "votedNo": ["Vardia", "Oskelia", "Tessaly"], "quote": AGAINST},
                        {**VOTE, "votedNo": {"actor": "Lina Varo", "for": "Vardia"}, "quote": ENVOY})
    assert "Checked 1 article(s)" in dry_run(envoy, 0).stdout
    # A speaker's denial that a member voted so says nothing of its side.
    denied = claims_file(tmp_path / "denied", {**VOTE, "votesFor": 150, "votesAgainst": 3, "abstentions": 4,
                                               "quote": TALLY},
                         {**VOTE, "votedNo": ["Vardia", "Oskelia", "Tessaly"], "quote": AGAINST},
                         {**VOTE, "votedNo": "Brelia", "modality": "denied", "said_by": "Brelia",
                          "quote": ABSTAINED})
    assert "Checked 1 article(s)" in dry_run(denied, 0).stdout


# -- Roles on the two sides of one act ---------------------------------------------------


def test_a_release_by_the_one_released_is_refused(tmp_path):
    release = {"fact": "release-ana-kell", "type": "Release", "released": "Ana Kell", "date": "2025-03-06",
               "quote": RELEASED}
    path = claims_file(tmp_path, {**release, "releasedBy": "Ana Kell"})
    err = kg_cli("ingest", "--store", tmp_path / "store", "--entities", tmp_path / "entities.yaml", path,
                 check=2).stderr
    assert ("claim 'c0' (line 8): releasedBy and released both name Ana Kell: Who set someone free (releasedBy) is "
            "not one of those freed (released)") in err, err
    if (tmp_path / "store").exists():  # nothing of the refused file was written
        out = kg_cli("query", "--store", tmp_path / "store", "-e", "SELECT (COUNT(?f) AS ?n) WHERE { ?f a gkg:Release }",
                     "-F", "json", check=0).stdout
        assert int(json.loads(out)[0]["n"]) == 0
    right = claims_file(tmp_path / "right", {**release, "releasedBy": "Vardia"})
    assert "Checked 1 article(s)" in dry_run(right, 0).stdout


# -- Speaking for several ----------------------------------------------------------------


def test_a_speaker_for_several_states(tmp_path):
    reason = {**VOTE, "abstained": "Oskelia", "reason": "a protest at the sanctions", "modality": "reported",
              "quote": SPEAKING}
    named = claims_file(tmp_path / "named", {**reason, "said_by": {"actor": "Oskelia", "for": ["Brelia", "Tessaly"]}})
    err = dry_run(named, 2).stderr
    assert ("said_by.for: only unnamed speakers take 'for'; Oskelia speaking for Brelia, Tessaly: the words are "
            "theirs as well, said_by: [Oskelia, Brelia, Tessaly]; or, where who delivered them matters, a Statement "
            "of its own with speaker: {actor: Oskelia, for: [Brelia, Tessaly]}") in err, err
    # Each form the message gives is read; an unnamed delegation takes the list itself.
    both = claims_file(tmp_path / "both", {**reason, "said_by": ["Oskelia", "Brelia", "Tessaly"]},
                       {"fact": "statement-oskelia-sanctions", "type": "Statement",
                        "speaker": {"actor": "Oskelia", "for": ["Brelia", "Tessaly"]}, "quote": SPEAKING},
                       {**reason, "id": "unnamed", "said_by": {"actor": "unnamed delegates",
                                                              "for": ["Oskelia", "Brelia", "Tessaly"]}})
    rows = stored(tmp_path / "both", both,
                  "SELECT ?party WHERE { ?f gkg:qualifiedRole ?q . ?q gkg:roleProperty gkg:speaker ; "
                  "gkg:onBehalfOf ?party } ORDER BY ?party")
    assert [r["party"].rsplit("/", 1)[-1] for r in rows] == ["brelia", "tessaly"], rows
    rows = stored(tmp_path / "both2", both, "SELECT (COUNT(?p) AS ?n) WHERE { ?u prov:actedOnBehalfOf ?p }")
    assert int(rows[0]["n"]) == 3, rows


# -- Dates in words ----------------------------------------------------------------------


@pytest.mark.parametrize("written, key, value", [
    ("not before the early 2030s", "startEarliest", "2030-01-01"),
    ("after 2030", "startEarliest", "2031-01-01"),
    ("as soon as 2031-06", "startEarliest", "2031-06-01"),
    ("the early 2030s", "startLatest", "2033"),
    ("from the early 2030s", "startEarliest", "2030"),
])
def test_a_start_known_by_its_earliest_day(tmp_path, written, key, value):
    path = claims_file(tmp_path, {"fact": "supply-gas", "type": "Supply", "supplier": "Vardia",
                                  "recipient": "Oskelia", "item": "gas", "startDate": written,
                                  "modality": "predicted", "said_by": "unnamed analysts", "quote": GAS})
    rows = stored(tmp_path, path, f"SELECT ?v ?l WHERE {{ ?f gkg:{key} ?v ; gkg:startLabel ?l }}")
    assert [(r["v"], r["l"]) for r in rows] == [(value, written)], rows


def test_a_start_in_other_words_is_told_the_forms(tmp_path):
    path = claims_file(tmp_path, {"fact": "supply-gas", "type": "Supply", "supplier": "Vardia",
                                  "recipient": "Oskelia", "item": "gas", "startDate": "2030/",
                                  "modality": "predicted", "said_by": "unnamed analysts", "quote": GAS})
    err = dry_run(path, 2).stderr
    assert "startDate: invalid date '2030/'" in err and "or the earliest: 'not before 2030', 'after 2030'" in err, err


def test_a_span_of_decades_back_from_the_article(tmp_path):
    path = claims_file(tmp_path, {"fact": "dissolutions", "type": "LegalAction", "legalActionKind": "ruling",
                                  "court": "Constitutional Court of Vardia",
                                  "target": {"actor": "more than 30 unnamed parties", "of": "Vardia"},
                                  "date": "in the past two decades", "quote": DISSOLVED})
    rows = stored(tmp_path, path, "SELECT ?a ?b WHERE { ?f gkg:dateEarliest ?a ; gkg:dateLatest ?b }")
    assert [(r["a"], r["b"]) for r in rows] == [("2005-03-06", "2025-03-06")], rows


# -- Messages ----------------------------------------------------------------------------


def test_a_self_referral_is_told_the_forms_that_fit(tmp_path):
    path = claims_file(tmp_path, {"fact": "referral", "type": "LegalAction", "initiator": "Ana Kell",
                                  "target": "Ana Kell", "quote": REFERRED})
    err = dry_run(path, 2).stderr
    assert ("a self-referral ('referred herself to the adviser', 'asked to be investigated') is the inquiry of "
            "whoever hears it, which Ana Kell requested: legalActionKind: investigation, initiator: <the adviser or "
            "body>, target: Ana Kell, stage: {status: requested, party: Ana Kell}") in err, err
    right = claims_file(tmp_path / "right", {"fact": "referral", "type": "LegalAction",
                                             "legalActionKind": "investigation", "initiator": "Ethics Commissioner",
                                             "target": "Ana Kell",
                                             "stage": {"status": "requested", "date": "last week", "party": "Ana Kell"},
                                             "quote": REFERRED})
    assert "Checked 1 article(s)" in dry_run(right, 0).stdout


def test_a_quote_departs_at_its_first_differing_character(tmp_path):
    path = claims_file(tmp_path, {"fact": "statement-x", "type": "Statement", "speaker": "Oskelia",
                                  "quote": "The Member of Parliament for Wycombe’s seat"})
    err = dry_run(path, 2).stderr
    assert ("(the text matches up to 'of Parliament for Wycombe', then reads ', was present at the' where the quote has "
            "'’s seat': copy the text exactly)") in err, err
