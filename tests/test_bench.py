"""The benchmarks: the extraction benchmark (``python -m kg.bench``) and the scale
benchmark (``kg bench generate``, ``kg bench run``): their generated inputs and their
reports. Figures are read by people, never asserted: no test here times anything."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pyoxigraph as ox
import pytest
import yaml
from conftest import ROOT, kg_cli

from kg.bench.corpus import TEMPLATES, missing_kinds
from kg.bench.generate import generate, sources
from kg.bench.scale import STAGES
from kg.catalog import load_catalog
from kg.extract.text import read_source


def test_generated_articles_are_the_same_for_a_seed_and_as_long_as_asked(tmp_path):
    first = generate(tmp_path / "a", 30, 500, seed=7)
    again = generate(tmp_path / "b", 30, 500, seed=7)
    other = generate(tmp_path / "c", 30, 500, seed=8)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]
    pool = {s for src in sources() for s in src.sentences}
    for path in first:
        source = read_source(path)  # as kg extract reads it: the header is metadata
        assert source.url.startswith("https://bench.example.org/") and source.published is not None
        words = len(source.text.split())
        assert 500 <= words < 600, (path.name, words)
        # Recombined from whole sentences of the sample and development texts.
        for paragraph in source.text.split("\n\n"):
            assert any(paragraph.strip().startswith(s) for s in pool)


def test_the_benchmark_reports_throughput_and_evaluation(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg.bench", "--articles", "3", "--keep", str(tmp_path), "--json",
                           # The development set's drafts are made and scored by tests/test_eval.py.
                           "--eval-set", "sample"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(proc.stdout)
    t = figures["throughput"]
    assert t["articles"] == 3 and t["words"] >= 1500
    assert t["extract"]["drafted_files"] == 3 and t["extract"]["exit"] == 0
    assert t["extract"]["seconds"] > 0 and t["peer"]["seconds"] > 0 and t["processes"] == 1  # 3 articles: one process
    for run in (t["extract"], t["peer"]):
        assert run["peak_rss_mib"] > 50 and run["peak_pss_mib"] > 50  # the English model is loaded
    assert len(list((tmp_path / "drafts").glob("*.yaml"))) == 3
    assert list(figures["evaluation"]) == ["sample"]
    e = figures["evaluation"]["sample"]
    articles = len(yaml.safe_load((ROOT / "corpus" / "articles.yaml").read_text(encoding="utf-8")))
    assert e["articles"] == articles and e["curated"] > 100 and 0 <= e["matched"] <= e["drafted"]


# -- The scale benchmark: kg bench generate and kg bench run --------------------------------


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_generated_corpus_is_the_same_for_a_seed_and_its_quotes_are_verbatim(tmp_path):
    kg_cli("bench", "generate", "--articles", "20", "--seed", "3", "-o", tmp_path / "a", check=0)
    kg_cli("bench", "generate", "--articles", "20", "--seed", "3", "-o", tmp_path / "b", check=0)
    kg_cli("bench", "generate", "--articles", "20", "--seed", "4", "-o", tmp_path / "c", check=0)
    first = _tree(tmp_path / "a")
    assert first == _tree(tmp_path / "b")
    assert first != _tree(tmp_path / "c")
    corpus = tmp_path / "a"
    meta = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))
    assert len(meta) == 20 and len(list((corpus / "claims").glob("*.yaml"))) == 20
    kinds, reports, modalities, said_by, stated = set(), {}, set(), set(), {}
    for article in meta:
        text = (corpus / article["file"]).read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == article["sha256"]
        claims = yaml.safe_load((corpus / "claims" / f"{article['id']}.yaml").read_text(encoding="utf-8"))["claims"]
        assert len(claims) == 30
        for c in claims:
            stated.setdefault(c["fact"], c["type"])
            # A fact named by id (the sanctions a draft would delay, the position a
            # resignation ends, the draft voted on) is one an article stated before.
            for key, kind in (("postpones", "Sanction"), ("resignedFrom", "PositionHeld"),
                              ("votedOn", "DraftResolution")):
                if key in c:
                    assert stated.get(c[key]) == kind, (article["id"], c)
            # Verbatim, and as often as the occurrence it names.
            assert text.count(c["quote"]) >= c.get("occurrence", 1), (article["id"], c["quote"])
            kinds.add(c["type"])
            reports[c["fact"]] = reports.get(c["fact"], 0) + 1
            modalities.add(c.get("modality", "asserted"))
            said_by.add(c.get("said_by", "").split(" ")[0])
    assert kinds == set(TEMPLATES) and missing_kinds() == []  # every kind of fact the ontology has
    assert {"asserted", "reported", "alleged", "denied", "planned"} <= modalities
    assert "unnamed" in said_by
    # Zipf-like corroboration: most facts once, the catalog's example meeting by many.
    counts = sorted(reports.values(), reverse=True)
    assert sum(1 for n in counts if n == 1) > 0.7 * len(counts)
    assert reports["talks-putin-min-aung-hlaing-2025-03-04"] in counts[:3] and counts[0] >= 10
    # The registry grows with the corpus, more slowly than it.
    big = tmp_path / "d"
    kg_cli("bench", "generate", "--articles", "80", "--seed", "3", "-o", big, check=0)
    small_n = len(yaml.safe_load((corpus / "entities.yaml").read_text(encoding="utf-8")))
    big_n = len(yaml.safe_load((big / "entities.yaml").read_text(encoding="utf-8")))
    assert small_n < big_n < 4 * small_n
    # Each kind's own framings: an offer or a request to postpone, a refusal to resign,
    # a speaker's label denied; and votes on drafts that name the members' votes.
    big_claims = [c for path in sorted((big / "claims").glob("*.yaml"))
                  for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]]
    framed = {(c["type"], c.get("modality")) for c in big_claims}
    assert {("Postponement", "willing"), ("Postponement", "requested"), ("Resignation", "refused"),
            ("Characterisation", "denied"), ("Characterisation", "reported")} <= framed
    on_drafts = [c for c in big_claims if "votedOn" in c]
    assert on_drafts and all({"votedYes", "votedNo", "abstained"} <= set(c) for c in on_drafts)
    # An output folder that holds something is refused, and left as it was.
    again = kg_cli("bench", "generate", "--articles", "2", "-o", corpus, check=2)
    assert "must be new or empty" in again.stderr and _tree(corpus) == first


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory):
    """One small run of the benchmark through the CLI, its work folder kept."""
    work = tmp_path_factory.mktemp("bench")
    stages = ",".join(s for s in STAGES if s not in ("push", "extract", "rdflib"))  # the three slowest left out
    proc = kg_cli("bench", "run", "--articles", "4", "--seed", "2", "--only", stages, "--limit", "20",
                  "--keep", work, "-o", work / "report.md", check=0)
    return work, proc


def test_the_benchmark_reports_every_stage_query_and_peer(bench_run):
    work, proc = bench_run
    report = (work / "report.md").read_text(encoding="utf-8")
    assert report.strip() == proc.stdout.strip()
    assert "## 4 articles" in report and "120 claims" in report and "cores" in report and "Load average" in report
    rows = {line.split(" | ")[0].lstrip("| ") for line in report.splitlines() if line.startswith("| ")}
    for stage in ("build (`kg build --no-validate`)", "export Turtle (`kg export -F turtle`)",
                  "export N-Quads (`kg export -F nquads`)", "validate (`kg validate --no-reason`)",
                  "`kg query` start-up (an empty query)", "one more article (`kg ingest`, its checks included)",
                  "Oxigraph `Store.bulk_load` of the N-Quads", "`oxigraph dump` (N-Quads)",
                  "Oxigraph server `POST /store` of the N-Quads"):
        assert stage in rows, stage
    queries = {row.split(" (")[0] for row in rows}
    assert set(load_catalog()) <= queries
    validate = next(line for line in report.splitlines() if line.startswith("| validate"))
    assert "conforms" in validate
    ingest = next(line for line in report.splitlines() if line.startswith("| one more article"))
    assert "exit" not in ingest
    # Its peer: Oxigraph loading the quads kg wrote in the article's graph into a copy
    # of the store, beside it as a ratio.
    own = next(line for line in report.splitlines() if line.startswith("| Oxigraph `Store.load` of one more"))
    assert "exit" not in own and "Store.load" in ingest
    article = ox.Store()
    article.load(path=str(work / "n4" / "one-more.nq"), format=ox.RdfFormat.N_QUADS)
    assert {q.graph_name.value for q in article} == {f"https://w3id.org/geopolitics-kg/graph/{_extra_id(work)}"}


def test_the_generated_corpus_builds_and_its_bad_claims_are_refused(bench_run):
    work, _ = bench_run
    corpus, store = work / "n4" / "corpus", work / "n4" / "store"
    before = len(ox.Store.read_only(str(store)))
    assert before > 4 * 30 * 10  # every claim's article, claim, selector, fact...
    expected = yaml.safe_load((corpus / "bad" / "expected.yaml").read_text(encoding="utf-8"))
    assert len(expected) >= 6
    for name, words in expected.items():
        proc = kg_cli("ingest", "--store", store, corpus / "bad" / name, check=2)
        assert words in proc.stderr and f"bad/{name}" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert len(ox.Store.read_only(str(store))) == before  # nothing written


def _extra_id(work) -> str:
    """The article id of the generated corpus's one more article."""
    (path,) = (work / "n4" / "corpus" / "extra").glob("*.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))["article"]["id"]
