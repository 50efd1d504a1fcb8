"""The CLI as a new user meets it: which corpus `kg build` reads from where it runs, an
article's publisher for text and HTML alike, a page's declared charset, advice that
works, the timeline's statement rows, and error messages that point to the fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

import yaml

from conftest import kg_cli, query_rows


def _snapshot(folder: Path) -> dict:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


#: Two articles of one corpus on meetings of invented states' ministers.
_FIRST = "Date: 2031-03-04\n\nThe foreign ministers of Ostravia and Brelia met in Velmar on Monday.\n"
_SECOND = "Date: 2031-03-05\n\nThe foreign ministers of Ostravia and Brelia met again in Velmar on Tuesday.\n"


def _claims(article: str, day: str, quote: str, ostravia: str = "{id: ostravia, type: State, label: Ostravia}") -> str:
    return f"""
    article: {article}
    entities:
      - {ostravia}
      - {{id: brelia, type: State, label: Brelia}}
    claims:
      - id: talks
        fact: meeting-ostravia-brelia-{day}
        type: Meeting
        participant: [Ostravia, Brelia]
        date: {day}
        quote: "{quote}"
    """


def _corpus(tmp_path: Path, ostravia_in_second: str | None = None) -> Path:
    """A corpus of two articles with their claims, as kg init and kg add-article make it."""
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    for aid, text in (("first", _FIRST), ("second", _SECOND)):
        source = _write(tmp_path / f"{aid}.txt", text)
        kg_cli("add-article", source, "--corpus", corpus, "--id", aid, check=0)
    _write(corpus / "claims" / "first.yaml",
           _claims("first", "2031-03-03", "The foreign ministers of Ostravia and Brelia met in Velmar on Monday"))
    _write(corpus / "claims" / "second.yaml",
           _claims("second", "2031-03-04", "The foreign ministers of Ostravia and Brelia met again in Velmar on Tuesday",
                   *([ostravia_in_second] if ostravia_in_second else [])))
    return corpus


# -- 1. kg build in a corpus folder ------------------------------------------------------------


def test_build_in_a_corpus_folder_builds_that_corpus_and_says_so(tmp_path):
    corpus = _corpus(tmp_path)
    proc = kg_cli("build", "--store", tmp_path / "store", "--no-validate", check=0, cwd=corpus)
    assert f"Corpus: {corpus.resolve()}" in proc.stderr
    assert "Built" in proc.stdout and "2 articles" in proc.stdout
    assert "sample corpus" not in proc.stderr


def test_build_above_a_corpus_folder_named_corpus_builds_that_one(tmp_path):
    # the look-alike: no articles.yaml in the current folder, one in ./corpus
    corpus = _corpus(tmp_path)
    corpus.rename(tmp_path / "corpus")
    proc = kg_cli("build", "--store", tmp_path / "store", "--no-validate", check=0, cwd=tmp_path)
    assert f"Corpus: {(tmp_path / 'corpus').resolve()}" in proc.stderr
    assert "2 articles" in proc.stdout


def test_build_help_gives_the_order_of_the_corpus_folders():
    out = " ".join(kg_cli("build", "--help", check=0).stdout.split())
    assert "the current folder when it holds an articles.yaml, else ./corpus when that does, else the sample" in out


# -- 4. advice on an entity the store defines otherwise ------------------------------------------


def test_the_advice_on_an_entity_defined_otherwise_in_the_store_works_when_followed(tmp_path):
    corpus = _corpus(tmp_path, ostravia_in_second="{id: ostravia, type: State, label: Ostravia, wikidata: Q99999901}")
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, corpus / "claims" / "first.yaml", check=0)
    proc = kg_cli("ingest", "--store", store, corpus / "claims" / "second.yaml", check=0)
    warning = " ".join(proc.stderr.split())
    assert "the store's definition is kept" in warning
    assert "kg build" not in warning  # a build refuses a store holding ingested articles
    assert "give 'ostravia' this definition wherever it is declared" in warning and "article first" in warning

    # followed: the other file declares it alike, both ingested in one run; the store takes it
    first = corpus / "claims" / "first.yaml"
    first.write_text(first.read_text(encoding="utf-8").replace("label: Ostravia}", "label: Ostravia, wikidata: Q99999901}"),
                     encoding="utf-8")
    proc = kg_cli("ingest", "--store", store, first, corpus / "claims" / "second.yaml", check=0)
    assert "the store's definition is kept" not in proc.stderr
    rows = kg_cli("query", "--store", store, "-F", "json", "-e",
                  "SELECT ?w WHERE { GRAPH ?g { id:ostravia skos:exactMatch ?w } }", check=0).stdout
    assert "Q99999901" in rows
