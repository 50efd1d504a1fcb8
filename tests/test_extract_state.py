"""Drafting is a function of its input alone: what other commands did earlier in the
same process (a script calling the CLI, a test run) leaves no trace in the drafts."""

from __future__ import annotations

from conftest import ROOT, kg_cli, run_kg

DATA = ROOT / "tests" / "data" / "extract"
HEADER = DATA / "kremlin-talks-header.txt"
HTML = DATA / "junta-chief-moscow.html"
DEV = ROOT / "corpus" / "dev"


def _drafted(out, in_process: bool, html=HTML) -> dict[str, bytes]:
    """The two test articles (the page ``html``) drafted against the development set into ``out``: file name -> bytes."""
    run_kg("extract", HEADER, html, "--corpus", DEV, "-o", out, "-q", check=0, in_process=in_process)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_adding_an_article_earlier_in_the_process_leaves_the_drafts_unchanged(tmp_path):
    # kg add-article writes its articles.yaml entry with YAML of its own (None as 'null');
    # a draft's empty publisher stays 'publisher:' afterwards, as in a new process.
    # The page without the site name its <title> gives: no publisher.
    page = tmp_path / HTML.name
    page.write_text(HTML.read_text(encoding="utf-8").replace(" | Asia Desk Daily</title>", "</title>"), encoding="utf-8")
    fresh = _drafted(tmp_path / "fresh", in_process=False, html=page)
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    kg_cli("add-article", page, "--corpus", corpus, "--id", "junta-chief", check=0)
    assert "publisher: null" in (corpus / "articles.yaml").read_text(encoding="utf-8")
    after = _drafted(tmp_path / "after", in_process=True, html=page)
    assert len(fresh) == 4 and b"\n  publisher:\n" in fresh["junta-chief-moscow.yaml"]
    assert after == fresh
