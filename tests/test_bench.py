"""The extraction benchmark: its generated articles and its report (figures are read by
people, never asserted: no test here times anything)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT
from kg.bench.generate import generate, sources
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
    proc = subprocess.run([sys.executable, "-m", "kg.bench", "--articles", "3", "--keep", str(tmp_path), "--json"],
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
    for name, articles in (("sample", 5), ("dev", 12)):
        e = figures["evaluation"][name]
        assert e["articles"] == articles and e["curated"] > 100 and 0 <= e["matched"] <= e["drafted"]
