"""What the store holds: entities by class, facts, claims (reviewed and
machine-drafted), sources, and how many sources back each fact."""

from __future__ import annotations

from dataclasses import dataclass

from kg.namespaces import CLAIM, FACT, ID
from kg.store import GraphStore


@dataclass
class Stats:
    quads: int
    articles: int
    entities_by_class: list[tuple[str, int]]
    facts_by_class: list[tuple[str, int]]
    facts: int
    claims: int
    drafted_claims: int  # machine-drafted, not yet reviewed (gkg:reviewStatus gkg:Drafted)
    reviewed_claims: int  # written or checked by an analyst: every other claim
    evidence: int
    facts_by_sources: list[tuple[int, int]]  # (number of articles, number of facts)


def _pairs(store, q):
    return [(r[0].value, int(r[1].value)) for r in store.query(q)]


def stats(store: GraphStore) -> Stats:
    entities = _pairs(store, f"""
        SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {{
          ?e a ?c . ?c rdfs:label ?class .
          FILTER(STRSTARTS(STR(?e), "{ID}") && !STRSTARTS(STR(?e), "{FACT}") && !STRSTARTS(STR(?e), "{CLAIM}"))
        }} GROUP BY ?class ORDER BY DESC(?n) ?class""")
    facts = _pairs(store, f"""
        SELECT ?class (COUNT(DISTINCT ?f) AS ?n) WHERE {{
          ?claim gkg:supports ?f . ?f a ?c . ?c rdfs:label ?class .
        }} GROUP BY ?class ORDER BY DESC(?n) ?class""")
    by_sources = [(int(a), n) for a, n in _pairs(store, """
        SELECT ?sources (COUNT(?f) AS ?n) WHERE {
          { SELECT ?f (COUNT(DISTINCT ?a) AS ?sources) WHERE {
              ?c gkg:supports ?f ; prov:wasDerivedFrom ?a . } GROUP BY ?f }
        } GROUP BY ?sources ORDER BY DESC(?sources)""")]

    def one(q):
        return int(next(iter(store.query(q)))[0].value)

    claims = one("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a gkg:Claim }")
    drafted = one("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a gkg:Claim ; gkg:reviewStatus gkg:Drafted }")
    return Stats(
        quads=store.count(),
        articles=one("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a gkg:Article }"),
        entities_by_class=entities,
        facts_by_class=facts,
        facts=one("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?c gkg:supports ?f }"),
        claims=claims,
        drafted_claims=drafted,
        reviewed_claims=claims - drafted,
        evidence=one("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gkg:Evidence }"),
        facts_by_sources=by_sources,
    )
