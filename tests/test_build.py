"""kg build on the sample corpus: the store, its provenance, corroboration, determinism."""

import json
import re

import rdflib

from conftest import ARTICLES, kg_json, run_kg

OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
GKG = rdflib.Namespace("https://w3id.org/geopolitics-kg/ontology#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


def test_build_prints_a_summary(tmp_path):
    proc = run_kg("build", "--store", tmp_path / "s", check=0)
    assert re.search(r"Built .*: 5 articles, \d{3} claims, \d+ facts", proc.stdout)
    assert "Facts by number of independent sources" in proc.stdout
    assert "conforms" in proc.stdout


def test_store_answers_sparql(built_store):
    rows = kg_json("query", "--store", built_store, "--sparql",
                   "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a gkg:Claim }")
    assert rows[0]["n"] > 150  # several dozen claims per article


def test_stats(built_store):
    s = json.loads(run_kg("stats", "--store", built_store, "--format", "json", check=0).stdout)
    assert s["articles"] == 5
    assert s["claims"] > 150 and s["facts"] > 60
    assert dict(s["entities_by_class"])["person"] >= 6
    by_sources = dict(s["facts_by_sources"])
    assert max(by_sources) >= 4  # the talks, the visit, the elephants ...
    assert sum(by_sources.values()) == s["facts"]


def _turtle(store):
    data = run_kg("export", "--store", store, "--format", "turtle", "--no-ontology", check=0).stdout
    return rdflib.Graph().parse(data=data, format="turtle")


def test_every_quote_is_in_its_article_at_its_offsets(built_store):
    g = _turtle(built_store)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in ARTICLES.glob("*.txt")}
    n = 0
    for target in g.subjects(OA.hasSource, None):
        article = g.value(g.value(target, OA.hasSource), DCT.identifier)
        sels = list(g.objects(target, OA.hasSelector))
        quote = next(g.value(s, OA.exact) for s in sels if g.value(s, OA.exact) is not None)
        pos = next(s for s in sels if g.value(s, OA.start) is not None)
        start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
        assert texts[str(article)][start:end] == str(quote)
        n += 1
    assert n > 150


def test_plain_turtle_keeps_full_provenance(built_store):
    """Merged into one graph, every claim still names its article, fact and evidence."""
    g = _turtle(built_store)
    claims = set(g.subjects(rdflib.RDF.type, GKG.Claim))
    assert claims
    for c in claims:
        assert g.value(c, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) is not None
        assert g.value(c, GKG.supports) is not None
        assert g.value(c, GKG.hasEvidence) is not None
        assert g.value(c, GKG.modality) is not None


def _sources(store, fact):
    return kg_json("query", "--store", store, "--sparql", f"""
        SELECT DISTINCT ?article WHERE {{ ?c gkg:supports <https://w3id.org/geopolitics-kg/id/fact/{fact}> ;
                                           prov:wasDerivedFrom/dcterms:identifier ?article }} ORDER BY ?article""")


def test_moscow_talks_are_one_event_with_three_or_more_sources(built_store):
    rows = kg_json("query", "--store", built_store, "--sparql", """
        SELECT DISTINCT ?m WHERE {
          ?m a gkg:Meeting ; gkg:date "2025-03-04"^^xsd:date ; gkg:participant id:vladimir-putin , id:min-aung-hlaing .
          ?m gkg:place/rdfs:label ?place . FILTER(STR(?place) = "Moscow") }""")
    assert len(rows) == 1
    fact = rows[0]["m"].rsplit("/", 1)[1]
    articles = [r["article"] for r in _sources(built_store, fact)]
    assert len(articles) >= 3 and "001_b1905f8d3f03f93f" not in articles


def test_september_2022_trip_is_a_different_event(built_store):
    rows = kg_json("query", "--store", built_store, "--sparql", """
        SELECT DISTINCT ?v ?date WHERE { ?v a gkg:Visit ; gkg:visitor id:min-aung-hlaing ; gkg:date ?d .
                                         BIND(STR(?d) AS ?date) } ORDER BY ?date""")
    dates = {r["date"]: r["v"] for r in rows}
    assert "2022-09" in dates and "2025-03" in dates
    assert dates["2022-09"] != dates["2025-03"]
    assert "001_b1905f8d3f03f93f" in [r["article"] for r in _sources(built_store, dates["2022-09"].rsplit("/", 1)[1])]


def test_reported_speech_names_the_speaker_apart_from_the_publisher(built_store):
    rows = kg_json("query", "--store", built_store, "--sparql", """
        SELECT DISTINCT ?speaker ?via WHERE {
          ?c gkg:modality gkg:Reported ; prov:wasAttributedTo/rdfs:label ?speaker ;
             gkg:hasEvidence/oa:hasTarget/oa:hasSelector/oa:exact ?q .
          OPTIONAL { ?c gkg:reportedVia/rdfs:label ?via }
          FILTER(CONTAINS(?q, "victory must be yours")) }""")
    assert {r["speaker"] for r in rows} == {"Min Aung Hlaing"}
    assert "Agence France-Presse" in {r["via"] for r in rows}


def test_exports_are_byte_identical(tmp_path):
    outs = {}
    for n in (1, 2):
        store = tmp_path / f"s{n}"
        run_kg("build", "--store", store, "--no-validate", check=0)
        for fmt in ("turtle", "trig", "nquads", "jsonld"):
            out = tmp_path / f"{n}.{fmt}"
            run_kg("export", "--store", store, "--format", fmt, "-o", out, check=0)
            outs.setdefault(fmt, []).append(out.read_bytes())
    for fmt, (a, b) in outs.items():
        assert a == b, fmt
        assert len(a) > 10000


def test_trig_keeps_one_graph_per_article(built_store):
    data = run_kg("export", "--store", built_store, "--format", "trig", check=0).stdout
    ds = rdflib.Dataset()
    ds.parse(data=data, format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {f"https://w3id.org/geopolitics-kg/graph/{p.stem}" for p in ARTICLES.glob("*.txt")} <= names
    assert "https://w3id.org/geopolitics-kg/graph/ontology" in names
