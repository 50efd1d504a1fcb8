"""Helpers for tests of ``kg eval`` on an invented article: a corpus folder holding the
article and its curated claims, a drafted file of it beside a copy of the text, and the
parts of ``kg eval --json`` the tests compare."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import dump_yaml, kg_cli


def curated_corpus(root: Path, text: str, entities: list[dict], article: str, claims: list[dict],
                   inline: list[dict] | None = None) -> Path:
    """A corpus folder in ``root`` with the article ``text`` (id ``article``), the registry
    ``entities`` and the curated ``claims`` (declaring ``inline`` entities of their own)."""
    corpus = root / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "articles" / "article.txt").write_text(text, encoding="utf-8")
    (corpus / "claims").mkdir()
    (corpus / "claims" / "article.txt").write_text(text, encoding="utf-8")
    dump_yaml(corpus / "entities.yaml", entities)
    dump_yaml(corpus / "claims" / f"{article}.yaml", {"article": {"id": article, "file": "article.txt"},
                                                      **({"entities": inline} if inline else {}), "claims": claims})
    return corpus


def scored(root: Path, corpus: Path, text: str, article: str, *claims: dict, entities: list | None = None) -> dict:
    """``kg eval --json`` of a drafted file of ``article`` holding ``claims`` (ids c0,
    c1, ...), written in ``root/drafts`` beside a copy of its ``text``."""
    folder = root / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(text, encoding="utf-8")
    data = {"article": {"id": article, "file": "article.txt"},
            "claims": [dict(c, id=f"c{i}") for i, c in enumerate(claims)]}
    if entities:
        data["entities"] = entities
    path = dump_yaml(folder / f"{article}.yaml", data)
    proc = kg_cli("eval", path, "--corpus", corpus, "--json", check=0)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def pairs(result: dict) -> list[tuple[str, str]]:
    """The (drafted, curated) fact ids paired, sorted."""
    return sorted((m["drafted"], m["curated"]) for m in result["matches"])


def falses(result: dict) -> dict[str, str]:
    """Each false draft's reason, by its fact id."""
    return {f["fact"]: f["reason"] for f in result["false"]}


def repeats(result: dict) -> dict[str, str]:
    """The curated fact each repeat repeats, by the drafted fact id."""
    return {d["drafted"]: d["curated"] for d in result["duplicates"]}
