"""The summaries of the derived graph (kg/summaries.py): per-fact tallies and per-edge
summaries, checked against what the store's own claims and facts give, kept the same
by a build and by writes article by article, and a store written before them refused
with what to do."""

from __future__ import annotations

import shutil

import pyoxigraph as ox

from conftest import ROOT, kg_cli, kg_json, sparql_rows

FACTS = "https://w3id.org/geopolitics-kg/graph/facts"


def _dump(store) -> str:
    return kg_cli("export", "--store", store, "--format", "nquads", check=0).stdout


def _edges(store) -> list[dict]:
    return sparql_rows(store, f"""SELECT ?e ?p ?o WHERE {{ GRAPH <{FACTS}> {{ ?e a gkg:RelationSummary ; ?p ?o }} }}
        ORDER BY ?e ?p ?o""")


def test_each_meeting_edge_counts_the_meetings_of_its_two_participants(built_store):
    """On the sample, every pair of entities meeting in one fact or more has one edge
    summary (a meeting is undirected: the smaller IRI is its source), whose number of
    facts and of reporting articles are those this test counts from the meetings and
    their claims with its own query."""
    counted = sparql_rows(built_store, f"""SELECT ?s ?o (COUNT(DISTINCT ?f) AS ?facts) (COUNT(DISTINCT ?a) AS ?articles)
        WHERE {{ GRAPH <{FACTS}> {{ ?f a gkg:Meeting ; gkg:participant ?s , ?o }} FILTER(isIRI(?s) && isIRI(?o)
                 && STR(?s) < STR(?o)) ?c gkg:supports ?f ; prov:wasQuotedFrom ?a }} GROUP BY ?s ?o""")
    stored = sparql_rows(built_store, f"""SELECT ?s ?o ?n ?a WHERE {{ GRAPH <{FACTS}> {{ ?e gkg:relationKind gkg:Meeting ;
        gkg:edgeSource ?s ; gkg:edgeTarget ?o ; gkg:factCount ?n ; gkg:articleCount ?a }} }}""")
    assert len(counted) >= 5
    assert {(r["s"], r["o"], int(r["facts"]), int(r["articles"])) for r in counted} == {
        (r["s"], r["o"], int(r["n"]), int(r["a"])) for r in stored}
    assert any(int(r["facts"]) > 1 for r in counted) and any(int(r["articles"]) > 1 for r in counted)


def test_a_fact_s_tallies_are_those_of_its_claims(built_store):
    """Each fact's gkg:articleCount is the number of articles quoting a claim of it, its
    gkg:firstSource the first of them, and its gkg:presentedAs the modalities of its
    claims (gkg:Negative for a claim saying it did not happen in no negative modality of
    its own, refused, unable or denied; gkg:Asserted for one with no modality), as this
    test's own query finds them."""
    counted = sparql_rows(built_store, """SELECT ?f (COUNT(DISTINCT ?a) AS ?n) (MIN(STR(?a)) AS ?first) WHERE {
        ?c gkg:supports ?f ; prov:wasQuotedFrom ?a } GROUP BY ?f""")
    stored = sparql_rows(built_store, f"""SELECT ?f ?n ?first WHERE {{ GRAPH <{FACTS}> {{
        ?f gkg:articleCount ?n ; gkg:firstSource ?first ; gkg:claimCount ?claims }} }}""")
    assert len(counted) > 50
    assert {(r["f"], int(r["n"]), r["first"]) for r in counted} == {(r["f"], int(r["n"]), r["first"]) for r in stored}
    claims = sparql_rows(built_store, """SELECT DISTINCT ?f ?m WHERE { ?c gkg:supports ?f
        OPTIONAL { ?c gkg:modality ?mod } OPTIONAL { ?c gkg:polarity ?pol }
        BIND(IF(BOUND(?pol) && ?pol = gkg:Negative,
                IF(COALESCE(?mod IN (gkg:Denied, gkg:RefusedModality, gkg:Unable), false), ?mod, gkg:Negative),
                COALESCE(?mod, gkg:Asserted)) AS ?m) }""")
    presented = sparql_rows(built_store, f"""SELECT ?f ?m WHERE {{ GRAPH <{FACTS}> {{ ?f gkg:presentedAs ?m }}
        FILTER NOT EXISTS {{ GRAPH <{FACTS}> {{ ?f a gkg:RelationSummary }} }} }}""")
    assert {(r["f"], r["m"]) for r in claims} == {(r["f"], r["m"]) for r in presented}
    assert {r["m"].rsplit("#", 1)[-1] for r in presented} >= {"Asserted", "Alleged", "Planned"}


def test_retracting_articles_gives_the_store_a_build_without_them_makes(tmp_path):
    """On a generated corpus (meetings, visits, sanctions between the same entities in
    several articles), retracting six articles from a built store leaves the same quads,
    byte for byte in N-Quads, as a build without them: the summaries of the edges their
    facts belonged to are recomputed over the facts left, and an edge left without facts
    is gone. The six change edges that stay and remove others."""
    corpus = tmp_path / "corpus"
    kg_cli("bench", "generate", "--articles", "40", "--seed", "5", "-o", corpus, check=0)
    whole = tmp_path / "whole"
    kg_cli("build", "--no-validate", "--corpus", corpus, "--store", whole, check=0)
    before = _edges(whole)
    gone = sorted((corpus / "claims").glob("*.yaml"))[34:]
    kg_cli("retract", "-q", "--store", whole, *(p.stem for p in gone), check=0)
    held = tmp_path / "held"
    held.mkdir()
    for path in gone:
        shutil.move(path, held / path.name)
    smaller = tmp_path / "smaller"
    kg_cli("build", "--no-validate", "--corpus", corpus, "--store", smaller, check=0)
    assert _dump(whole) == _dump(smaller)
    after = _edges(smaller)
    by_edge: tuple[dict, dict] = ({}, {})
    for rows, found in ((before, by_edge[0]), (after, by_edge[1])):
        for r in rows:
            found.setdefault(r["e"], set()).add((r["p"], r["o"]))
    assert set(by_edge[1]) < set(by_edge[0])
    assert any(by_edge[0][e] != held for e, held in by_edge[1].items()), "no edge that stays was changed"


def test_a_store_without_the_tallies_is_refused_until_rebuilt(built_store, tmp_path):
    """A store written before the per-fact tallies and per-edge summaries (here: the
    sample's, with them removed) is refused by a reader and a writer alike, exit 2, with
    a message saying to rebuild it; the refusal leaves it as it was, and `kg build`
    makes it usable again."""
    store = tmp_path / "kg-store"
    shutil.copytree(built_store, store)
    raw = ox.Store(str(store))
    for q in list(raw.quads_for_pattern(None, ox.NamedNode("https://w3id.org/geopolitics-kg/ontology#articleCount"),
                                        None, ox.NamedNode(FACTS))):
        raw.remove(q)
    raw.flush()
    count = len(raw)
    del raw
    for args in (["query", "--store", store, "--sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
                 ["retract", "--store", store, "000_0f2a5f001831298a"]):
        proc = kg_cli(*args, check=2)
        assert "earlier version of kg" in proc.stderr and "rebuild it with 'kg build'" in proc.stderr, proc.stderr
    raw = ox.Store.read_only(str(store))
    assert len(raw) == count
    del raw
    kg_cli("build", "-q", "--store", store, check=0)
    assert _dump(store) == _dump(built_store)


def test_an_entity_s_summaries_are_its_facts_of_each_kind(built_store):
    """Every entity's gkg:EntityFactsSummary of each kind holds the number of facts of
    that kind naming it and the first five in date order, as the browser's own query of
    all the facts naming the entity (kg.browse.graph.entity_index, which the pages of
    one kind read) finds them; the sample has kinds of more than five facts."""
    from pathlib import Path

    from kg.browse import graph
    from kg.output import solutions
    from kg.store import GraphStore

    store = GraphStore.open(Path(built_store), read_only=True)
    try:
        def run(text):
            return solutions(store.query(text, prefixes=False))
        longest = 0
        for e in graph.entity_names(run):
            if "/" in e["key"]:
                continue
            index = graph.entity_index(run, e["key"])
            expected = {c: (len(at), [index.ordered[i][1] for i in at[:graph.FACTS_PER_KIND]])
                        for c, at in index.kinds.items()}
            stored = {k["iri"]: (k["count"], [f["iri"] for f in k["facts"]])
                      for k in graph.entity_overview(run, e["key"])}
            assert stored == expected, e["key"]
            longest = max([longest] + [n for n, _ in expected.values()])
        assert longest > graph.FACTS_PER_KIND
    finally:
        store.close()


def _refused_without(built_store, tmp_path, summary_class: str, message: str, *command) -> None:
    """A copy of ``built_store`` with its summaries of ``summary_class`` (a local name)
    removed is refused by ``kg`` ``command``, exit 2, with ``message`` and what to do,
    and left as it was."""
    store = tmp_path / "kg-store"
    shutil.copytree(built_store, store)
    raw = ox.Store(str(store))
    kind = ox.NamedNode("https://w3id.org/geopolitics-kg/ontology#" + summary_class)
    for node in [q.subject for q in raw.quads_for_pattern(
            None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), kind, ox.NamedNode(FACTS))]:
        for q in list(raw.quads_for_pattern(node, None, None, ox.NamedNode(FACTS))):
            raw.remove(q)
    raw.flush()
    count = len(raw)
    del raw
    proc = kg_cli(*command, "--store", store, check=2)
    assert message in proc.stderr and "rebuild it with 'kg build'" in proc.stderr, proc.stderr
    raw = ox.Store.read_only(str(store))
    assert len(raw) == count


def test_a_store_without_the_entities_summaries_is_refused(built_store, tmp_path):
    """A store whose derived graph lacks the per-entity summaries (here: the sample's,
    with them removed) is refused, exit 2, saying to rebuild it, and left as it was."""
    _refused_without(built_store, tmp_path, "EntityFactsSummary", "per-entity summaries",
                     "query", "--sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")


def test_each_kind_counts_its_facts_reported_once(built_store):
    """Every class's gkg:KindFactsSummary holds the number of facts of the class that one
    article reports (gkg:sourceCount 1), as this test counts them with its own query, and
    `single-source` lists that many rows of the kind (a kind is a class's label)."""
    stored = {r["kind"]: int(r["n"]) for r in sparql_rows(built_store, f"""
        SELECT ?kind ?n WHERE {{ GRAPH <{FACTS}> {{ ?s a gkg:KindFactsSummary ; gkg:summarizedKind ?kind ;
                                                     gkg:singleSourceFactCount ?n }} }}""")}
    counted = {r["kind"]: int(r["n"]) for r in sparql_rows(built_store, f"""
        SELECT ?kind (COUNT(?f) AS ?n) WHERE {{ GRAPH <{FACTS}> {{ ?f gkg:sourceCount 1 ; a ?kind }} }}
        GROUP BY ?kind""")}
    assert stored == counted and sum(counted.values()) > 20
    labels = {r["c"]: r["l"] for r in sparql_rows(built_store, "SELECT ?c (STR(?x) AS ?l) WHERE { ?c a owl:Class ; rdfs:label ?x }")}
    rows = kg_json("query", "single-source", "--store", built_store, "-p", "limit=100000")
    listed: dict = {}
    for r in rows:
        listed[r["kind"]] = listed.get(r["kind"], 0) + 1
    assert listed == {labels[k]: n for k, n in counted.items() if k in labels}


def test_single_source_pages_are_slices_of_the_whole_answer(built_store):
    """A page of `single-source` (chosen from the counts per kind) is the same slice of
    the whole answer, for pages that start and end inside a kind, across kinds, at the
    end and past it."""
    whole = kg_json("query", "single-source", "--store", built_store, "-p", "limit=100000")
    assert len(whole) > 40
    for limit, offset in [(1, 0), (7, 3), (10, 45), (25, 20), (3, len(whole) - 2), (5, len(whole) + 4)]:
        page = kg_json("query", "single-source", "--store", built_store, "-p", f"limit={limit}", "-p", f"offset={offset}")
        assert page == whole[offset:offset + limit], (limit, offset)


def test_a_store_without_the_kinds_summaries_is_refused(built_store, tmp_path):
    """A store whose derived graph lacks the counts of single-source facts per kind
    (here: the sample's, with them removed) is refused, exit 2, saying to rebuild it, and
    left as it was."""
    _refused_without(built_store, tmp_path, "KindFactsSummary", "single-source facts per kind", "query", "single-source")


def test_reviewed_counts_follow_drafted_claims_and_their_pages(tmp_path):
    """With the claims of two sample articles marked as drafted by software, each kind's
    count of single-source facts a reviewed claim backs is what this test counts, a
    build and a write of those articles into a store built without them hold the same
    quads, and `single-source -p reviewed=true` pages are slices of its whole answer."""
    from conftest import ROOT

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus, ignore=shutil.ignore_patterns("dev", "heldout", "*.md"))
    drafted = sorted((corpus / "claims").glob("*.yaml"))[1:3]
    for path in drafted:
        text = path.read_text(encoding="utf-8").replace("\nclaims:\n", "\nextractor: {name: kg-rules, version: '1'}\nclaims:\n", 1)
        path.write_text(text.replace("\n  - id: ", "\n  - review: drafted\n    id: "), encoding="utf-8")
    whole = tmp_path / "whole"
    kg_cli("build", "-q", "--no-validate", "--corpus", corpus, "--store", whole, check=0)
    stored = {r["kind"]: (int(r["n"]), int(r["r"])) for r in sparql_rows(whole, f"""
        SELECT ?kind ?n ?r WHERE {{ GRAPH <{FACTS}> {{ ?s gkg:summarizedKind ?kind ; gkg:singleSourceFactCount ?n ;
                                                     gkg:reviewedSingleSourceFactCount ?r }} }}""")}
    counted = {r["kind"]: (int(r["n"]), int(r["r"])) for r in sparql_rows(whole, f"""
        SELECT ?kind (COUNT(?f) AS ?n) (SUM(IF(EXISTS {{ ?c gkg:supportsReviewed ?f }}, 1, 0)) AS ?r)
        WHERE {{ GRAPH <{FACTS}> {{ ?f gkg:sourceCount 1 ; a ?kind }} }} GROUP BY ?kind""")}
    assert stored == counted
    assert sum(n for n, _ in counted.values()) > sum(r for _, r in counted.values()) > 0

    part = tmp_path / "part"
    shutil.copytree(corpus, tmp_path / "corpus-part")
    for path in drafted:
        (tmp_path / "corpus-part" / "claims" / path.name).unlink()
    kg_cli("build", "-q", "--no-validate", "--corpus", tmp_path / "corpus-part", "--store", part, check=0)
    kg_cli("ingest", "--store", part, *drafted, check=0)
    assert _dump(part) == _dump(whole)

    reviewed = kg_json("query", "single-source", "--store", whole, "-p", "reviewed=true", "-p", "limit=100000")
    assert 0 < len(reviewed) < len(kg_json("query", "single-source", "--store", whole, "-p", "limit=100000"))
    for limit, offset in [(1, 0), (7, 3), (10, len(reviewed) // 2), (4, len(reviewed) - 2)]:
        page = kg_json("query", "single-source", "--store", whole, "-p", "reviewed=true",
                       "-p", f"limit={limit}", "-p", f"offset={offset}")
        assert page == reviewed[offset:offset + limit], (limit, offset)


def _tsv(store, *args) -> list[list[str]]:
    """The rows (header left out) of ``kg query ARGS -F tsv`` on ``store``, every row of
    a canned query (``--all``)."""
    every = () if args[0] == "--sparql" else ("--all",)
    out = kg_cli("query", *args, *every, "--store", store, "-F", "tsv", check=0).stdout
    return [line.split("\t") for line in out.splitlines()[1:]]


def _date_keys(store) -> dict[str, str]:
    """Each fact's gkg:dateKey in the derived graph: fact IRI -> key (lexical form)."""
    rows = _tsv(store, "--sparql", f"SELECT ?f ?k WHERE {{ GRAPH <{FACTS}> {{ ?f gkg:dateKey ?k }} }}")
    keys: dict[str, str] = {}
    for f, k in rows:
        assert f not in keys, f"two date keys for {f}"
        keys[f] = k.strip('"')
    return keys


def _meeting_keys_checked(store) -> dict[str, str]:
    """The store's date keys (:func:`_date_keys`), after checking that each fact with a
    summary has one and each meeting's is the first word of its date in `meetings`
    ("9999" for an undated one)."""
    keys = _date_keys(store)
    summarised = {r[0] for r in _tsv(store, "--sparql", f"SELECT ?f WHERE {{ GRAPH <{FACTS}> {{ ?f gkg:claimCount ?n }} }}")}
    assert set(keys) == summarised
    labels = {r[1].strip('"'): r[0] for r in _tsv(store, "--sparql", f"""SELECT ?f ?l WHERE {{ GRAPH <{FACTS}> {{
        ?f gkg:dateKey ?k ; rdfs:label ?l }} }}""")}
    meetings = _tsv(store, "meetings")
    assert meetings
    for row in meetings:
        date = row[0].strip('"') or "9999"
        assert keys[labels[row[-1].strip('"')]] == date.split(" ")[0], row
    return keys


def test_date_keys_begin_the_meetings_dates_and_follow_a_retract_and_an_ingest(built_store, tmp_path):
    """Each fact with a summary has one gkg:dateKey; a meeting's is the first word of its
    date in `meetings` ("9999" for an undated one), after a build, after retracting an
    article that backs meetings (the facts only it backed lose theirs) and after
    ingesting it again, which gives back the keys of the build."""
    store = tmp_path / "kg-store"
    shutil.copytree(built_store, store)
    built = _meeting_keys_checked(store)
    assert len(built) > 50 and "9999" in built.values()
    assert len({k for k in built.values() if k != "9999"}) > 10

    article = next(p for p in sorted((ROOT / "corpus" / "claims").glob("*.yaml"))
                   if "type: Meeting" in p.read_text(encoding="utf-8"))
    kg_cli("retract", "--store", store, article.stem, check=0)
    assert set(_meeting_keys_checked(store)) < set(built)
    kg_cli("ingest", "--store", store, article, check=0)
    assert _meeting_keys_checked(store) == built


def _edges_stored_and_from_scratch(store) -> bool:
    """Whether the edge summary triples of ``store``'s derived graph are those
    :func:`kg.summaries.all_edges` computes over its facts, as a build does (and some)."""
    from kg.summaries import all_edges

    raw = ox.Store.read_only(str(store))
    try:
        kind = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        summary = ox.NamedNode("https://w3id.org/geopolitics-kg/ontology#RelationSummary")
        nodes = [q.subject for q in raw.quads_for_pattern(None, kind, summary, ox.NamedNode(FACTS))]
        stored = {q.triple for n in nodes for q in raw.quads_for_pattern(n, None, None, ox.NamedNode(FACTS))}
        return bool(stored) and stored == {q.triple for q in all_edges(raw)}
    finally:
        del raw


def _edge_counts(store) -> dict[tuple, tuple]:
    rows = sparql_rows(store, f"""SELECT ?e ?n ?a WHERE {{ GRAPH <{FACTS}> {{ ?e a gkg:RelationSummary ;
        gkg:factCount ?n ; gkg:articleCount ?a }} }}""")
    return {r["e"]: (int(r["n"]), int(r["a"])) for r in rows}


def _meetings_without(store, together: tuple[str, ...], absent: str) -> list[str]:
    """The ids (sorted) of the Meeting facts in ``store`` whose participants include every
    entity id of ``together`` and not ``absent``."""
    person = "https://w3id.org/geopolitics-kg/id/"
    both = " ".join(f"; gkg:participant <{person}{p}>" for p in together)
    rows = sparql_rows(store, f"""SELECT DISTINCT ?f WHERE {{ GRAPH <{FACTS}> {{ ?f a gkg:Meeting {both} }}
        FILTER NOT EXISTS {{ GRAPH <{FACTS}> {{ ?f gkg:participant <{person}{absent}> }} }} }} ORDER BY ?f""")
    return [r["f"].rsplit("/", 1)[-1] for r in rows]


def _meetings_article(folder, article_id: str, sentences: list[str], claims: list[str]) -> Path:
    """A claims file (with its article inline) in ``folder``: the text is ``sentences``,
    each claim of ``claims`` the flow mapping of one meeting quoting one of them."""
    (folder / f"{article_id}.txt").write_text("Talks\n\n" + " ".join(f"{s}." for s in sentences) + "\n")
    path = folder / f"{article_id}.yaml"
    path.write_text(f"article: {{id: {article_id}, file: {article_id}.txt, url: 'https://example.org/{article_id}',"
                    " publisher: null, published: '2025-06-02', title: Talks}\nclaims:\n"
                    + "".join(f"- {{id: c{i:02}, type: Meeting, {c}, quote: '{q}'}}\n"
                              for i, (c, q) in enumerate(zip(claims, sentences), 1)))
    return path


def test_an_edge_summary_after_ingests_and_retracts_is_the_one_computed_from_scratch(tmp_path):
    """On a generated corpus, one more article adds a new meeting of Kofi Gamnith and
    Min Aung Hlaing (an edge with meetings of its own) and restates a stored meeting of
    Min Aung Hlaing and Vladimir Putin: both edges are updated from their stored summary,
    one more fact and one more article for the first, one more article for the second.
    A second article restates another meeting of those two with Kofi Gamnith as a third
    participant: a fact other articles back joins an edge that has its own facts and
    articles, which the stored summary cannot tell apart (recomputed). After each
    ingest and each retract, every edge summary in the store is the one computed from
    scratch over its facts (kg.summaries.all_edges), and the retracts give back the
    store as built."""
    corpus = tmp_path / "corpus"
    kg_cli("bench", "generate", "--articles", "40", "--seed", "5", "-o", corpus, check=0)
    store = tmp_path / "store"
    kg_cli("build", "--no-validate", "--corpus", corpus, "--store", store, check=0)
    built = _dump(store)
    before = _edge_counts(store)
    people = {"kg": "kofi-gamnith", "mah": "min-aung-hlaing", "vp": "vladimir-putin"}
    edge = {pair: "https://w3id.org/geopolitics-kg/edge/meeting/" + "/".join(
        f"https%3A%2F%2Fw3id.org%2Fgeopolitics-kg%2Fid%2F{people[e]}" for e in pair) for pair in (("kg", "mah"),
                                                                                                  ("mah", "vp"))}
    assert before[edge["kg", "mah"]][0] > 1 and before[edge["mah", "vp"]][0] > 1
    # Two stored meetings of Putin and Min Aung Hlaing without Kofi Gamnith (the generated
    # corpus decides which ids they have).
    first, second = _meetings_without(store, ("min-aung-hlaing", "vladimir-putin"), "kofi-gamnith")[:2]

    extra = tmp_path / "extra"
    extra.mkdir()
    airport = _meetings_article(extra, "airport-talks", [
        "Kofi Gamnith met Min Aung Hlaing at the airport", "Vladimir Putin met Min Aung Hlaing again"], [
        "fact: airport-talks-gamnith, participant: [Kofi Gamnith, Min Aung Hlaing]",
        f"fact: {first}, participant: [Vladimir Putin, Min Aung Hlaing]"])
    three = _meetings_article(extra, "three-leaders", [
        "Vladimir Putin, Min Aung Hlaing and Kofi Gamnith met in the capital"], [
        f"fact: {second}, participant: [Vladimir Putin, Min Aung Hlaing, Kofi Gamnith]"])
    entities = ["--entities", corpus / "entities.yaml"]
    kg_cli("ingest", "-q", "--store", store, *entities, airport, check=0)
    assert _edges_stored_and_from_scratch(store)
    added = _edge_counts(store)
    assert added[edge["kg", "mah"]] == (before[edge["kg", "mah"]][0] + 1, before[edge["kg", "mah"]][1] + 1)
    assert added[edge["mah", "vp"]] == (before[edge["mah", "vp"]][0], before[edge["mah", "vp"]][1] + 1)
    kg_cli("ingest", "-q", "--store", store, *entities, three, check=0)
    assert _edges_stored_and_from_scratch(store)
    assert _edge_counts(store)[edge["kg", "mah"]][0] == before[edge["kg", "mah"]][0] + 2
    kg_cli("retract", "-q", "--store", store, "three-leaders", check=0)
    assert _edges_stored_and_from_scratch(store)
    kg_cli("retract", "-q", "--store", store, "airport-talks", check=0)
    assert _dump(store) == built
