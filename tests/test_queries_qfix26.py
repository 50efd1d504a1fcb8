"""A fact only denied (one article's denial, modality denied, and no claim that it
happened) has no source and one article against it, "0, 1", in every canned query that
shows 'sources' beside 'against' and in the browser, as 'facts' counts it; a fact only
stated as negative ("has not imposed sanctions") is "1 (negative)", 0 against. The
derived graph presents such a claim as negative, not denied (gkg:presentedAs
gkg:Negative), so that the network draws and names it so, whether the store was built
whole or written article by article; a store whose summaries still present it as
denied is refused until rebuilt.

Everything is read back from an invented article (``tests/data/qfix26-denials``), built
once for the module by the real ``kg build``.
"""

from __future__ import annotations

import html
import re
import shutil

import pyoxigraph as ox
import pytest

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows, sparql_rows

CASE = ROOT / "tests" / "data" / "qfix26-denials"
ARTICLE = "000_32830116d8cfda7b"
VISIT = "visit-anja-morell-teskia-2031-10"
MEETING = "meeting-teskia-varnia-2031"
CASE_DENIED = "legal-teskia-regional-court-of-justice-varnia-2031"
NO_SANCTION = "sanction-varnia-teskian-energy-agency-2031"
HELD = "visit-pavel-dran-varnia-2031-11-01"
FACTS = "https://w3id.org/geopolitics-kg/graph/facts"

case = built_once_per_module(CASE, build=built_corpus)


def text(page) -> str:
    """A page's words, its markup removed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).split())


def columns(rows: list[dict], fact: str) -> tuple:
    row = by_fact(rows)[fact]
    return row["sources"], row["against"]


def test_a_fact_only_denied_has_no_source_and_one_against_in_every_query(case):
    shown = {"timeline": query_rows(case, "timeline", entity="Varnia"), "facts": query_rows(case, "facts"),
             "visits": query_rows(case, "visits"), "meetings": query_rows(case, "meetings"),
             "legal-actions": query_rows(case, "legal-actions")}
    expected = {"timeline": (VISIT, MEETING, CASE_DENIED), "facts": (VISIT, MEETING, CASE_DENIED),
                "visits": (VISIT,), "meetings": (MEETING,), "legal-actions": (CASE_DENIED,)}
    for query, facts in expected.items():
        for fact in facts:
            assert columns(shown[query], fact) == (0, 1), (query, fact, by_fact(shown[query])[fact])
            assert by_fact(shown[query])[fact]["modality"] == "denied", (query, fact)
    # The look-alikes: a visit stated as it happened, and a sanction stated as not imposed.
    for query in ("timeline", "facts", "visits"):
        assert columns(shown[query], HELD) == (1, 0), query
    for query in ("timeline", "facts"):
        assert columns(shown[query], NO_SANCTION) == ("1 (negative)", 0), query


def test_the_derived_graph_presents_a_negative_claim_as_negative_built_or_ingested(case, tmp_path):
    query = f"""SELECT ?f ?m WHERE {{ GRAPH <{FACTS}> {{ ?f gkg:presentedAs ?m }} }}"""
    presented = {(r["f"].rsplit("/", 1)[-1], r["m"].rsplit("#", 1)[-1]) for r in sparql_rows(case, query)}
    assert (NO_SANCTION, "Negative") in presented and (NO_SANCTION, "Denied") not in presented
    assert (VISIT, "Denied") in presented and (MEETING, "Denied") in presented
    edges = sparql_rows(case, f"""SELECT ?s ?o ?m WHERE {{ GRAPH <{FACTS}> {{ ?e a gkg:RelationSummary ;
        gkg:edgeSource ?s ; gkg:edgeTarget ?o ; gkg:presentedAs ?m }} }}""")
    assert {(r["s"].rsplit("/", 1)[-1], r["o"].rsplit("/", 1)[-1], r["m"].rsplit("#", 1)[-1]) for r in edges} == {
        ("varnia", "teskian-energy-agency", "Negative"), ("anja-morell", "teskia", "Denied"),
        ("teskia", "varnia", "Denied"), ("pavel-dran", "varnia", "Asserted")}
    # Written article by article, the store holds the same quads, byte for byte.
    ingested = tmp_path / "ingested"
    kg_cli("ingest", "--store", ingested, CASE / "claims" / f"{ARTICLE}.yaml", check=0)
    dumps = [kg_cli("export", "--store", s, "--format", "nquads", check=0).stdout for s in (case, ingested)]
    assert dumps[0] == dumps[1]


def test_the_browser_counts_and_draws_as_the_queries_do(case, tmp_path):
    site = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", site, check=0)
    state = text(site / "entity" / "varnia.html")
    for fact, role in ((MEETING, "participant"), (CASE_DENIED, "target")):
        assert re.search(rf"{fact} \(role: {role}\) 0 sources, 1 against denied", state), state
    assert f"{NO_SANCTION} (role: authority) 1 source (negative) negative" in state
    assert f"{HELD} 2031-11-01 (role: host state) 1 source asserted" in state
    network = text(site / "network.html")
    assert "Varnia → Teskian Energy Agency: sanction, 1 source, drawn as negative (its claims: negative)" in network
    assert "Anja Morell → Teskia: visit, 1 source, drawn as denied (its claims: denied)" in network
    assert "Pavel Dran → Varnia: visit, 1 source, drawn as asserted (its claims: asserted)" in network


def test_a_store_presenting_a_negative_claim_as_denied_is_refused_until_rebuilt(case, tmp_path):
    store = tmp_path / "kg-store"
    shutil.copytree(case, store)
    raw = ox.Store(str(store))
    gkg = "https://w3id.org/geopolitics-kg/ontology#"
    for q in list(raw.quads_for_pattern(None, ox.NamedNode(gkg + "presentedAs"), ox.NamedNode(gkg + "Negative"),
                                        ox.NamedNode(FACTS))):
        raw.remove(q)
        raw.add(ox.Quad(q.subject, q.predicate, ox.NamedNode(gkg + "Denied"), q.graph_name))
    raw.flush()
    del raw
    proc = kg_cli("query", "facts", "--store", store, check=2)
    assert "present a fact stated not to have happened as denied" in proc.stderr and "kg build" in proc.stderr
    kg_cli("build", "-q", "--corpus", CASE, "--store", store, check=0)
    assert by_fact(query_rows(store, "facts"))[NO_SANCTION]["sources"] == "1 (negative)"
