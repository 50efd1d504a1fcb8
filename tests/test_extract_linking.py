"""Drafts linked to the facts a corpus already holds (kg/extract/linking.py), through
the real CLI: an article about the March 2025 Kremlin talks, written for this test,
drafted against the sample corpus, takes the curated fact's id, says so, and once
ingested is one more source of that fact; a meeting of another day keeps its own id."""

from __future__ import annotations

import pytest

from conftest import kg_cli, kg_json
from kg.extract.pipeline import model_path

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

TALKS = "talks-putin-min-aung-hlaing-2025-03-04"  # corpus/claims: three articles report it

ARTICLE = """Title: Myanmar junta chief holds talks with Putin in Moscow
Date: 2025-03-{day}

MOSCOW, March {day} (Wire) - Russian President Vladimir Putin held talks with Myanmar's military leader Min Aung Hlaing at the Kremlin on {weekday}, the Kremlin said.
"""


def drafted(tmp_path, day: str, weekday: str) -> tuple[str, dict]:
    """The drafted file's text and its one Meeting claim, by kg extract with the sample registry."""
    article = tmp_path / f"talks-{day}.txt"
    article.write_text(ARTICLE.format(day=day, weekday=weekday), encoding="utf-8")
    kg_cli("extract", article, "-o", tmp_path / "drafts", check=0)
    [path] = (tmp_path / "drafts").glob("*.yaml")
    from kg.corpus import load_yaml

    [meeting] = [c for c in load_yaml(path)["claims"] if c["type"] == "Meeting"]
    return path.read_text(encoding="utf-8"), meeting


def test_a_drafted_fact_the_corpus_holds_takes_its_id_and_adds_a_source(tmp_path, store_copy):
    text, meeting = drafted(tmp_path, "04", "Tuesday")
    assert meeting["fact"] == TALKS and meeting["date"] == "2025-03-04"
    line = next(line for line in text.splitlines() if line.strip().startswith(f"fact: {TALKS}"))
    assert "# the fact of 000_0f2a5f001831298a.yaml" in line and "dates that agree" in line
    before = kg_json("query", "evidence", "--store", store_copy, "-p", f"fact={TALKS}")
    kg_cli("ingest", "--store", store_copy, *(tmp_path / "drafts").glob("*.yaml"), check=0)
    after = kg_json("query", "evidence", "--store", store_copy, "-p", f"fact={TALKS}")
    assert len({r["article"] for r in after}) == len({r["article"] for r in before}) + 1
    assert any("held talks with Myanmar's military leader" in r["quote"] for r in after)


def test_a_claims_file_edited_between_two_drafts_in_one_process_is_read_again(tmp_path, corpus_copy):
    """The facts of a corpus's claims files are read once per process while the files are
    unchanged (kg/extract/linking.py): a file edited since gives its new fact ids."""
    article = tmp_path / "talks-04.txt"
    article.write_text(ARTICLE.format(day="04", weekday="Tuesday"), encoding="utf-8")

    def fact_drafted(out) -> str:
        kg_cli("extract", article, "--corpus", corpus_copy, "-o", tmp_path / out, check=0)
        from kg.corpus import load_yaml

        [path] = (tmp_path / out).glob("*.yaml")
        return next(c["fact"] for c in load_yaml(path)["claims"] if c["type"] == "Meeting")

    assert fact_drafted("first") == TALKS
    for path in (corpus_copy / "claims").glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace(TALKS, "talks-in-moscow"), encoding="utf-8")
    assert fact_drafted("second") == "talks-in-moscow"


def test_a_fact_of_another_day_keeps_its_own_id(tmp_path):
    text, meeting = drafted(tmp_path, "06", "Thursday")
    assert meeting["date"] == "2025-03-06" and meeting["fact"] != TALKS
    assert "# the fact of" not in text.split(f"fact: {meeting['fact']}", 1)[1].splitlines()[0]


def _known(*facts):
    from kg.extract.linking import KnownFact, KnownFacts

    known = KnownFacts()
    for f in facts:
        known.by_key.setdefault((f.kind, f.participants), []).append(f)
    return known


def test_an_office_takes_the_id_of_the_same_position_only():
    from kg.entities import normalise
    from kg.extract.linking import KnownFact, link
    from kg.ontology import vocabulary

    head = normalise(vocabulary().controlled_value("PositionType", "head of state"))
    known = _known(KnownFact("position-putin-president-russia", "PositionHeld", frozenset({"vladimir-putin", "russia"}),
                             {}, "a1", "a1.yaml", frozenset({head})))
    claims = [{"id": "p1", "fact": "position-vladimir-putin-russia-head-of-government", "type": "PositionHeld",
               "holder": "vladimir-putin", "positionOf": "russia", "position": "head of government", "quote": "x"},
              {"id": "p2", "fact": "position-vladimir-putin-russia-head-of-state", "type": "PositionHeld",
               "holder": "vladimir-putin", "positionOf": "russia", "position": "head of state", "quote": "y"}]
    assert link(claims, known, "b1") == 1
    assert [c["fact"] for c in claims] == ["position-vladimir-putin-russia-head-of-government",
                                           "position-putin-president-russia"]
    assert "a1.yaml" in claims[1]["_resolved"]["fact"] and "_resolved" not in claims[0]
    # the fact's own article is never linked to itself
    claims[1]["fact"] = "position-vladimir-putin-russia-head-of-state"
    assert link([claims[1]], known, "a1") == 0


def test_two_drafted_facts_that_would_take_one_id_keep_their_own():
    from kg.extract.linking import KnownFact, link

    known = _known(KnownFact("meeting-a-b", "Meeting", frozenset({"a", "b"}), {"date": frozenset({"2025"})}, "a1",
                             "a1.yaml"))
    claims = [{"id": "m1", "fact": "meeting-a-b-2025-01", "type": "Meeting", "participant": ["a", "b"],
               "date": "2025-01", "quote": "x"},
              {"id": "m2", "fact": "meeting-a-b-2025-02", "type": "Meeting", "participant": ["a", "b"],
               "date": "2025-02", "quote": "y"}]
    assert link(claims, known, "b1") == 0 and [c["fact"] for c in claims] == ["meeting-a-b-2025-01", "meeting-a-b-2025-02"]
    # one alone links, its date within the known one's year; one of another year does not
    assert link(claims[:1], known, "b1") == 1 and claims[0]["fact"] == "meeting-a-b"
    other = {"id": "m3", "fact": "meeting-a-b-2024", "type": "Meeting", "participant": ["a", "b"], "date": "2024",
             "quote": "z"}
    assert link([other], known, "b1") == 0


def test_a_statement_and_an_undated_event_keep_their_own_ids():
    from kg.extract.linking import KnownFact, link

    known = _known(KnownFact("statement-russia-x", "Statement", frozenset({"russia"}), {}, "a1", "a1.yaml"),
                   KnownFact("meeting-a-b", "Meeting", frozenset({"a", "b"}), {"date": frozenset({"2025-01-02"})},
                             "a1", "a1.yaml"))
    claims = [{"id": "s1", "fact": "statement-russia", "type": "Statement", "speaker": "russia", "quote": "x"},
              {"id": "m1", "fact": "meeting-a-b", "type": "Meeting", "participant": ["a", "b"], "quote": "y"}]
    claims[1]["fact"] = "meeting-a-b-undated"
    # two statements of one speaker are two; a meeting the draft does not date may be another
    assert link(claims, known, "b1") == 0
