"""The canned queries and the build on three newcomers' articles (a migration deal with a
conditional loan, tests/data/newcomer-migration-pact; the raid on an embassy and the vote
that followed, tests/data/newcomer-embassy-raid; a mutiny, tests/data/newcomer-mutiny):
what a reader of their claims expects back, through the real ``kg build`` and ``kg query``."""

from __future__ import annotations

from conftest import ROOT, built_once_per_module, by_fact, kg_cli, query_rows

PACT = ROOT / "tests" / "data" / "newcomer-migration-pact"
RAID = ROOT / "tests" / "data" / "newcomer-embassy-raid"
MUTINY = ROOT / "tests" / "data" / "newcomer-mutiny"

pact = built_once_per_module(PACT)
raid = built_once_per_module(RAID)
mutiny = built_once_per_module(MUTINY)


def test_two_statements_at_times_of_day_apart_do_not_look_like_one(tmp_path):
    """A video posted at 7:30 a.m. and words said that evening, by one speaker on one day,
    are two statements: the build does not warn that they look like one."""
    proc = kg_cli("build", "--corpus", MUTINY, "--store", tmp_path / "s", check=0)
    assert "statement-prigozhin-video-rostov-2023-06-24" in (ROOT / MUTINY / "claims" / "000_e6f133361ac476c5.yaml").read_text()
    assert "look like one Statement" not in proc.stderr, proc.stderr
