"""Ingest refuses bad claims with a clear message, exit 2 and an unchanged store;
re-ingesting replaces an article's graph; retracting removes what only it supported."""

import re
import shutil
from pathlib import Path

import pytest

from conftest import kg_cli, kg_json, run_kg

A000 = "000_0f2a5f001831298a"
A001 = "001_b1905f8d3f03f93f"


def _dump(store):
    return kg_cli("export", "--store", store, "--format", "nquads", check=0).stdout


def _claims(corpus, article=A000):
    return corpus / "claims" / f"{article}.yaml"


def _refused(store, path, *expected):
    before = _dump(store)
    proc = kg_cli("ingest", "--store", store, path, check=2)
    assert proc.stderr.startswith("Error: ")
    assert str(path) in proc.stderr
    for text in expected:
        assert text in proc.stderr, proc.stderr
    assert _dump(store) == before, "a refused ingest changed the store"
    return proc.stderr


def test_quote_altered_by_one_character_is_refused(store_copy, corpus_copy):
    path = _claims(corpus_copy)
    text = path.read_text(encoding="utf-8")
    quote = "engaged in discussions with General Min Aung Hlaing"
    assert quote in text
    path.write_text(text.replace(quote, quote.replace("discussions", "discussion5"), 1), encoding="utf-8")
    err = _refused(store_copy, path, "quote not found verbatim", "discussion5")
    assert "claim '" in err  # names the claim
    # The hint places the departure at the first character that differs ('discussion'
    # then 's' in the text, '5' in the quote), each part cut between words beyond it.
    hint = re.search(r"matches up to '([^']*)', then reads '([^']*)' where the quote has '([^']*)'", err)
    assert hint, err
    upto, reads, has = hint.groups()
    assert upto.endswith(" in discussion") and reads.startswith("s with ") and has.startswith("5 with "), hint.group()
    assert re.search(re.escape(upto + reads) + r"(\s|[.,;:'\"]|$)", text), reads  # ends where a word ends


def test_straight_apostrophe_gets_a_hint(store_copy, corpus_copy):
    path = _claims(corpus_copy)
    text = path.read_text(encoding="utf-8")
    assert "’" in text
    path.write_text(text.replace("’", "'"), encoding="utf-8")
    _refused(store_copy, path, "copy it exactly")


@pytest.mark.parametrize("edit, message", [
    (("type: Meeting", "type: Meating"), "unknown fact type 'Meating'"),
    (("participant:", "participants:"), "unknown relation 'participants'; did you mean 'participant'?"),
    (("date: 2025-03-04", "date: 2025-02-30"), "invalid date '2025-02-30'"),
    (("modality: reported", "modality: rumoured"), "unknown modality 'rumoured'"),
    (("participant: [", "participant: [Vladimir Putn, "), "unknown entity 'Vladimir Putn'"),
])
def test_bad_claims_are_refused(store_copy, corpus_copy, edit, message):
    path = _claims(corpus_copy)
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    _refused(store_copy, path, message)


def test_malformed_yaml_is_refused_with_its_line(store_copy, corpus_copy):
    path = _claims(corpus_copy)
    path.write_text(path.read_text(encoding="utf-8") + "\n  - id: [unclosed\n", encoding="utf-8")
    _refused(store_copy, path, "malformed YAML", "line ")


def test_a_fact_cannot_change_type_across_articles(store_copy, corpus_copy):
    path = _claims(corpus_copy)
    text = path.read_text(encoding="utf-8")
    old = "fact: talks-putin-min-aung-hlaing-2025-03-04\n    type: Meeting"
    assert old in text
    path.write_text(text.replace(old, old.replace("Meeting", "Visit")), encoding="utf-8")
    # The clash is named with the articles that hold the fact (the other sample articles).
    _refused(store_copy, path, "the store holds it as a Meeting (articles 002_79ba90339376d06f, 003_6e90dc04cbb7a4a9, "
                               "004_6755ae55a4596b3b), this claim gives it type Visit")


def test_build_with_a_bad_file_leaves_the_store_unchanged(store_copy, corpus_copy):
    path = _claims(corpus_copy)
    path.write_text(path.read_text(encoding="utf-8").replace("Vladimir Putin", "Vladimir Putn"), encoding="utf-8")
    before = _dump(store_copy)
    proc = kg_cli("build", "--store", store_copy, "--corpus", corpus_copy, check=2)
    assert "unknown entity 'Vladimir Putn'" in proc.stderr
    assert _dump(store_copy) == before


def test_reingest_replaces_the_article_graph(store_copy, corpus_copy):
    before = _dump(store_copy)
    kg_cli("ingest", "--store", store_copy, _claims(corpus_copy), check=0)
    assert _dump(store_copy) == before  # same input, same graph: no duplicates

    # Drop the last claim of 000: its graph loses it, nothing of it is left behind.
    path = _claims(corpus_copy)
    text = path.read_text(encoding="utf-8")
    head, _, last = text.rpartition("\n  - id: ")
    last_id = last.split("\n", 1)[0].strip()
    path.write_text(head + "\n", encoding="utf-8")
    kg_cli("ingest", "--store", store_copy, path, check=0)
    rows = kg_json("query", "--store", store_copy, "--sparql",
                   f'SELECT ?c WHERE {{ ?c gkg:claimId "{last_id}" ; prov:wasDerivedFrom article:{A000} }}')
    assert rows == []


def test_dry_run_checks_without_writing(store_copy):
    before = _dump(store_copy)
    proc = kg_cli("ingest", "--dry-run", "corpus/claims", check=0)
    assert "Checked 5 article(s)" in proc.stdout
    assert _dump(store_copy) == before


def _facts_of(store, article):
    rows = kg_json("query", "--store", store, "--sparql", f"""
        SELECT DISTINCT ?f WHERE {{ ?c gkg:supports ?f ; prov:wasDerivedFrom article:{article} }}""")
    return {r["f"] for r in rows}


def test_retract_removes_the_article_and_facts_only_it_supports(store_copy):
    facts_001 = _facts_of(store_copy, A001)
    shared = kg_json("query", "--store", store_copy, "--sparql", f"""
        SELECT DISTINCT ?f WHERE {{ ?c gkg:supports ?f ; prov:wasDerivedFrom article:{A001} .
                                   ?c2 gkg:supports ?f ; prov:wasDerivedFrom ?other . FILTER(?other != article:{A001}) }}""")
    shared = {r["f"] for r in shared}
    assert shared and facts_001 - shared

    kg_cli("retract", "--store", store_copy, A001, check=0)
    remaining = kg_json("query", "--store", store_copy, "--sparql",
                        "SELECT DISTINCT ?f WHERE { ?f a ?t . ?t rdfs:subClassOf* gkg:Fact . FILTER(STRSTARTS(STR(?f), STR(fact:))) }")
    remaining = {r["f"] for r in remaining}
    assert not (facts_001 - shared) & remaining  # the 2022 visit and the rest of 001's own facts are gone
    assert shared <= remaining  # the coup, the sanctions ... still stand on other articles
    assert _facts_of(store_copy, A001) == set()
    assert A001 not in kg_cli("export", "--store", store_copy, "--format", "nquads", check=0).stdout


def test_retract_unknown_article_is_an_error(store_copy):
    proc = kg_cli("retract", "--store", store_copy, "no-such-article", check=2)
    assert "not in the store: no-such-article" in proc.stderr


def test_retract_without_a_store_is_an_error_and_creates_none(tmp_path):
    missing = tmp_path / "no-store-here"
    proc = kg_cli("retract", "--store", missing, "001_anything", check=2)
    assert f"no store at {missing}" in proc.stderr
    assert not missing.exists()


def test_article_from_outside_the_corpus(store_copy, tmp_path):
    text = "Lavrov met Wang Yi in Beijing on 1 April 2025, the ministry said."
    (tmp_path / "new.txt").write_text(text, encoding="utf-8")
    (tmp_path / "new.yaml").write_text("""
article: {id: 900_new, file: new.txt, url: "https://example.org/a", published: 2025-04-02}
entities:
  - {id: sergei-lavrov, type: Person, label: Sergei Lavrov, aliases: [Lavrov]}
  - {id: wang-yi, type: Person, label: Wang Yi}
claims:
  - id: m
    fact: meeting-lavrov-wang-2025-04-01
    type: Meeting
    participant: [Lavrov, Wang Yi]
    date: 2025-04-01
    quote: "Lavrov met Wang Yi in Beijing on 1 April 2025"
""", encoding="utf-8")
    kg_cli("ingest", "--store", store_copy, tmp_path / "new.yaml", check=0)
    rows = kg_json("query", "--store", store_copy, "--sparql",
                   "SELECT ?url WHERE { article:900_new schema:url ?url }")
    assert rows == [{"url": "https://example.org/a"}]


def test_build_refuses_to_replace_a_folder_that_is_not_a_store(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("precious", encoding="utf-8")
    proc = kg_cli("build", "--store", folder, check=2)
    assert "not an empty folder nor a kg store" in proc.stderr
    assert (folder / "thesis.txt").read_text(encoding="utf-8") == "precious"


def test_a_swap_cut_off_between_its_renames_is_recovered(store_copy):
    """build writes a new store beside the old and renames it into place; if it dies
    after moving the old store aside, readers read the old store where it lies (the next
    writer moves it back: see test_store_safety.py)."""
    before = _dump(store_copy)
    store_copy.rename(store_copy.parent / f".{store_copy.name}.old")
    assert _dump(store_copy) == before


def test_build_leaves_nothing_beside_the_store(tmp_path):
    kg_cli("build", "--store", tmp_path / "s", "--no-validate", check=0)
    kg_cli("build", "--store", tmp_path / "s", "--no-validate", check=0)
    # The lock file stays (see kg/store.py), and the near-copy index the build made, for
    # the next ingest to look new texts up in (docs/layout.md); nothing of the swap is left.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".s.lock", ".s.near-copies.sqlite", "s"]


def test_yaml_alias_expansion_is_refused_quickly(tmp_path):
    """A claims file built to expand into billions of values (YAML aliases of aliases)
    is refused with a short message, not expanded."""
    lines = ["article: 000_0f2a5f001831298a", "claims:", "  - id: x", "    fact: y", "    type: Meeting",
             '    quote: "In Moscow"', "    participant: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"    d{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", path, check=2)
    assert len(proc.stderr) < 5000
    assert "line 10: aliases of &a3" in proc.stderr and "MAX_ALIAS_NODES" in proc.stderr


# -- The layout: article graphs and the derived graph ----------------------------------------

A003 = "003_6e90dc04cbb7a4a9"
FACTS_GRAPH = "https://w3id.org/geopolitics-kg/graph/facts"


def test_each_fact_and_entity_is_stored_once_in_the_derived_graph(built_store):
    """A fact reported by four articles, and an entity they all name, have their
    triples in the derived graph only; the article graphs hold the claims' statements."""
    rows = kg_json("query", "--store", built_store, "--format", "json", "-e",
                   "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { { fact:talks-putin-min-aung-hlaing-2025-03-04 ?p ?o } "
                   "UNION { id:vladimir-putin ?p ?o } } } GROUP BY ?g")
    assert [r["g"] for r in rows] == [FACTS_GRAPH]
    stated = kg_json("query", "--store", built_store, "--format", "json", "-e",
                     "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s rdf:subject fact:talks-putin-min-aung-hlaing-2025-03-04 } }")
    assert len(stated) == 4 and FACTS_GRAPH not in {r["g"] for r in stated}


def test_retract_and_reingest_keep_the_derived_graph_as_a_build_makes_it(built_store, store_copy, corpus_copy, tmp_path):
    """Retracting an article leaves the store a build of the other articles makes, byte
    for byte (facts only it stated and entities only it named are gone, the others
    re-derived from the claims left); ingesting it again gives back the full build."""
    full = _dump(built_store)
    kg_cli("retract", "--store", store_copy, A003, check=0)
    (corpus_copy / "claims" / f"{A003}.yaml").rename(tmp_path / f"{A003}.yaml")
    without = tmp_path / "without"
    kg_cli("build", "--store", without, "--corpus", corpus_copy, check=0)
    assert _dump(store_copy) == _dump(without) != full
    (tmp_path / f"{A003}.yaml").rename(corpus_copy / "claims" / f"{A003}.yaml")
    kg_cli("ingest", "--store", store_copy, corpus_copy / "claims" / f"{A003}.yaml", check=0)
    assert _dump(store_copy) == full


def test_a_store_of_the_earlier_layout_is_refused_with_a_rebuild_hint(tmp_path):
    """A store whose article graphs hold their own copies of the facts (no derived
    graph) is refused on open, by readers and writers, with exit 2 and what to do."""
    import pyoxigraph as ox

    old = tmp_path / "old-store"
    g = ox.NamedNode("https://w3id.org/geopolitics-kg/graph/000_x")
    claim, fact = ox.NamedNode("https://w3id.org/geopolitics-kg/id/claim/000_x.c"), ox.NamedNode("https://w3id.org/geopolitics-kg/id/fact/f")
    store = ox.Store(str(old))
    store.extend([ox.Quad(claim, ox.NamedNode("https://w3id.org/geopolitics-kg/ontology#supports"), fact, g),
                  ox.Quad(fact, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                          ox.NamedNode("https://w3id.org/geopolitics-kg/ontology#Meeting"), g)])
    del store
    for args in (("query", "facts"), ("retract", "000_x")):
        proc = kg_cli(*args, "--store", old, check=2)
        assert "earlier version of kg" in proc.stderr and "kg build" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr


# -- The shapes check of one more article ---------------------------------------------------

def test_ingest_check_names_the_same_problems_with_either_engine(built_store, corpus_copy):
    """Ingest checks the new article graph, with the derived triples it states and what
    the store says of the facts it touches, by the SPARQL queries `kg validate` runs.
    pySHACL, given the same quads, names the same problems in the same words: here a
    new visit of this article with no visitor and no destination."""
    from kg.claims import read_claims
    from kg.entities import load_registry
    from kg.ingest import _article_quads, _class_triples, _store_context
    from kg.namespaces import article_graph
    from kg.store import GraphStore
    from kg.validate import origins, shape_errors

    path = _claims(corpus_copy, A001)
    text = path.read_text(encoding="utf-8")
    text = text.replace("claims:\n", "claims:\n"
                        "  - id: extra-visit\n    fact: visit-nobody-nowhere\n    type: Visit\n    date: 2022-09-05\n"
                        "    quote: \"The leader of Myanmar’s junta arrived in Russia on Monday\"\n\n", 1)
    path.write_text(text, encoding="utf-8")
    registry = load_registry(corpus_copy / "entities.yaml")
    cf = read_claims(path, registry)
    mapped = _article_quads(cf, registry)
    graphs = {article_graph(cf.article.id): mapped}
    store = GraphStore.open(built_store, read_only=True)
    quads = mapped.checked_quads() + _class_triples() + _store_context(store, graphs)
    sparql = [str(e) for e in shape_errors(quads, origins(cf), engine="sparql")]
    assert sparql == [str(e) for e in shape_errors(quads, origins(cf), engine="pyshacl")]
    assert any("claim 'extra-visit'" in e and "a visit needs a visitor" in e for e in sparql), sparql
    assert any("claim 'extra-visit'" in e and "needs where it went" in e for e in sparql), sparql


def test_grapheme_span_shortcut_agrees_with_the_cluster_regex():
    """Quote boundaries between two code points below U+0300 skip the UAX #29 scan;
    each such pair (and pairs with a combining mark, a joiner, a regional indicator)
    gets the boundary the scan of the text with Unicode's \\X finds."""
    import regex

    from kg.claims import grapheme_span

    # Every ASCII code point, every fifth of U+0080-U+02FF, and marks that join.
    chars = [chr(c) for c in [*range(0x80), *range(0x80, 0x300, 5)]] + ["\u0301", "\u200d", "\U0001f1e6", "\u0915", "\u094d"]
    cluster = regex.compile(r"\X")
    for a in chars:
        for b in chars:
            text = f"x{a}{b}y"
            starts = [m.start() for m in cluster.finditer(text)]
            expected = max(s for s in starts if s <= 2)
            assert grapheme_span(text, 2, 2)[0] == expected, (a, b)


def test_articles_ingested_one_by_one_give_the_store_a_build_makes(tmp_path):
    """On a generated corpus (facts reported by up to twenty articles, denials,
    allegations, a disputed quantity), a store built from 21 of 30 articles, then given
    the other nine by `kg ingest` (one at a time, then several in one command) holds
    the same quads as a build of all 30, byte for byte in N-Quads: the summaries a write
    updates from a fact's stored summary (kg.summaries.added_summary) are the ones a
    build computes from every claim. Re-ingesting one of them (a replacement, which
    recomputes its facts from every claim) changes nothing."""
    corpus = tmp_path / "corpus"
    kg_cli("bench", "generate", "--articles", "30", "--seed", "3", "-o", corpus, check=0)
    whole = tmp_path / "whole"
    kg_cli("build", "--no-validate", "--corpus", corpus, "--store", whole, check=0)
    later = sorted((corpus / "claims").glob("*.yaml"))[21:]
    held = tmp_path / "held"
    held.mkdir()
    for path in later:
        path.rename(held / path.name)
    grown = tmp_path / "grown"
    kg_cli("build", "--no-validate", "--corpus", corpus, "--store", grown, check=0)
    for path in later:
        (held / path.name).rename(path)
    for path in later[:4]:
        kg_cli("ingest", "-q", "--store", grown, path, check=0)
    kg_cli("ingest", "-q", "--store", grown, *later[4:], check=0)
    assert _dump(grown) == _dump(whole)
    kg_cli("ingest", "-q", "--store", grown, later[3], check=0)
    assert _dump(grown) == _dump(whole)


def _copy_entry(corpus, new_id, source=A000):
    """Add to the corpus's articles.yaml an entry ``new_id`` for the same text file as
    ``source``, and a claims file for it: the same claims, said of the new id."""
    text = (corpus / "articles.yaml").read_text(encoding="utf-8")
    entry = text[text.index(f"- id: {source}"):]
    entry = entry[:entry.index("\n\n") + 2] if "\n\n" in entry else entry + "\n"
    (corpus / "articles.yaml").write_text(text + "\n" + entry.replace(f"- id: {source}", f"- id: {new_id}", 1),
                                          encoding="utf-8")
    claims = _claims(corpus, source).read_text(encoding="utf-8").replace(f"article: {source}", f"article: {new_id}", 1)
    path = corpus / "claims" / f"{new_id}.yaml"
    path.write_text(claims, encoding="utf-8")
    return path


def test_a_text_already_in_the_store_under_another_id_is_refused(store_copy, corpus_copy):
    """One text is one source: the same article under a second id would make each of
    its facts look reported by one more article. Refused naming the other id, with exit
    2 and the store unchanged."""
    path = _copy_entry(corpus_copy, "999_same_text")
    err = _refused(store_copy, path, f"is the text of article '{A000}' in the store", f"kg retract {A000}")
    assert "999_same_text" in err


def test_a_build_refuses_one_text_under_two_ids(corpus_copy, tmp_path):
    _copy_entry(corpus_copy, "999_same_text")
    proc = kg_cli("build", "--store", tmp_path / "store", "--corpus", corpus_copy, check=2)
    assert f"the text of article '999_same_text' is the text of article '{A000}' in this corpus" in proc.stderr
    assert not (tmp_path / "store").exists()


def test_extracting_a_second_page_of_the_same_file_name_does_not_replace_the_first(tmp_path):
    """Two saved pages both named article.txt draft to the same article id: the second
    is refused (naming the page, not the temporary draft) instead of taking the first
    one's place; the same page again replaces its own draft; the same text under
    another file name is refused as a second copy of one source."""
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    (one / "article.txt").write_text("URL: https://example.org/one\nPUBLISHED: 2025-03-04\n\n"
                                     "Russian President Vladimir Putin met Min Aung Hlaing in Moscow on Tuesday.\n",
                                     encoding="utf-8")
    (two / "article.txt").write_text("URL: https://example.org/two\nPUBLISHED: 2025-03-06\n\n"
                                     "Chinese President Xi Jinping met Min Aung Hlaing in Beijing on Thursday.\n",
                                     encoding="utf-8")
    store = tmp_path / "store"
    kg_cli("ingest", "-q", "--extract", "--store", store, one / "article.txt", check=0)
    before = _dump(store)
    proc = kg_cli("ingest", "-q", "--extract", "--store", store, two / "article.txt", "-o", "drafts", check=2, cwd=tmp_path)
    assert proc.stderr.startswith(f"Error: {two / 'article.txt'}: draft drafts/article.yaml: the store holds another article "
                                  "under the id 'article' (https://example.org/one, published 2025-03-04)"), proc.stderr
    assert "kg-drafts-" not in proc.stderr and "Drafted" not in proc.stderr
    assert _dump(store) == before
    kg_cli("ingest", "-q", "--extract", "--store", store, one / "article.txt", check=0)
    assert _dump(store) == before
    (one / "copy.txt").write_bytes((one / "article.txt").read_bytes())
    proc = kg_cli("ingest", "-q", "--extract", "--store", store, one / "copy.txt", check=2, cwd=tmp_path)
    assert "the text of article 'copy' is the text of article 'article' in the store" in proc.stderr
    assert _dump(store) == before


def test_a_missing_text_stops_only_its_own_article(corpus_copy, tmp_path):
    """One article's text gone from articles/ refuses that article's claims file, by
    name, and leaves the other articles of the corpus to be checked and ingested; a
    build of the whole corpus still refuses."""
    (corpus_copy / "articles" / "004_6755ae55a4596b3b.txt").unlink()
    kg_cli("ingest", "--dry-run", corpus_copy / "claims" / "000_0f2a5f001831298a.yaml", check=0)
    proc = kg_cli("ingest", "--dry-run", corpus_copy / "claims" / "004_6755ae55a4596b3b.yaml", check=2)
    assert "004_6755ae55a4596b3b.txt" in proc.stderr and "not found" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    proc = kg_cli("build", "--corpus", corpus_copy, "--store", tmp_path / "s", check=2)
    assert "004_6755ae55a4596b3b.txt" in proc.stderr and not (tmp_path / "s").exists()


def _corpus_redefining(tmp_path, russia: str):
    """A corpus of its own whose entities.yaml defines Russia as ``russia`` (a YAML
    flow mapping), and one article naming it, as a user's first corpus does."""
    corpus = tmp_path / "gas"
    (corpus / "claims").mkdir(parents=True)
    (corpus / "entities.yaml").write_text(f"- {russia}\n- {{id: slovakia, type: State, label: Slovakia}}\n",
                                          encoding="utf-8")
    (corpus / "claims" / "gas.txt").write_text(
        "Moscow stopped pumping gas to Slovakia through Ukraine on 1 January 2025, officials said.", encoding="utf-8")
    (corpus / "claims" / "gas.yaml").write_text("""
article: {id: 910_gas, file: gas.txt, url: "https://example.org/gas", published: 2025-01-02}
claims:
  - id: s
    fact: supply-russia-slovakia-gas
    type: Supply
    supplier: Moscow
    recipient: Slovakia
    endDate: 2025-01-01
    quote: "Moscow stopped pumping gas to Slovakia"
""", encoding="utf-8")
    return corpus / "claims" / "gas.yaml"


def _russia(store):
    return kg_json("query", "--store", store, "--sparql",
                   "SELECT ?p ?o WHERE { GRAPH <https://w3id.org/geopolitics-kg/graph/facts> { id:russia ?p ?o } } "
                   "ORDER BY ?p ?o")


def test_an_entity_redefined_by_another_registry_keeps_the_stores_definition(store_copy, tmp_path):
    claims = _corpus_redefining(tmp_path, "{id: russia, type: State, label: Russia, aliases: [Russian Federation, Moscow]}")
    before, russia = _dump(store_copy), _russia(store_copy)
    proc = kg_cli("ingest", "--store", store_copy, claims, check=0)
    assert "entity 'russia'" in proc.stderr and "wikidata: none" in proc.stderr and "Q159" in proc.stderr, proc.stderr
    assert "the store's definition is kept" in proc.stderr
    assert _russia(store_copy) == russia  # its Wikidata link kept, no alias "Moscow" added
    kg_cli("retract", "--store", store_copy, "910_gas", check=0)
    assert _dump(store_copy) == before


def test_an_entity_redefined_with_another_wikidata_id_is_refused(store_copy, tmp_path):
    claims = _corpus_redefining(tmp_path, "{id: russia, type: State, label: Russia, wikidata: Q42, aliases: [Moscow]}")
    before = _dump(store_copy)
    err = kg_cli("ingest", "--store", store_copy, claims, check=2).stderr
    for text in (str(claims.parent.parent / "entities.yaml"), "entity 'russia'", "wikidata: Q42", "wikidata: Q159",
                 "they conflict on wikidata", "named by article"):
        assert text in err, err
    assert _dump(store_copy) == before


def test_ingest_counts_drafted_claims_and_names_a_replaced_version(tmp_path):
    """Claims drafted by kg extract and ingested unreviewed are counted, with how to
    review them or leave them out; 'kg query evidence' marks each 'drafted'. Ingesting
    an article the store already holds says it replaced it, and what changed."""
    article = tmp_path / "talks.txt"
    text = "Russian President Vladimir Putin met Min Aung Hlaing in Moscow on Tuesday.\n"
    article.write_text("URL: https://example.org/talks\nPUBLISHED: 2025-03-04\n\n" + text, encoding="utf-8")
    store = tmp_path / "store"
    out = kg_cli("ingest", "--extract", "--store", store, article, check=0).stdout
    drafted = re.search(r"(\d+) of these (\d+) claims? (?:are|is) drafted by 'kg extract' and not yet reviewed", out)
    assert drafted and drafted.group(1) == drafted.group(2), out
    assert "-p reviewed=true" in out and "Replaced" not in out
    assert "'kg extract ARTICLE -o DIR' writes it: --extract keeps none" in out, out  # no claims file was kept
    # Quiet: the count, not the note on how to review them.
    out = kg_cli("ingest", "-q", "--extract", "--store", store, article, check=0).stdout
    assert re.search(r"\d+ of these \d+ claims? (?:are|is) drafted by 'kg extract' and not yet reviewed\.\n", out), out
    assert "reviewed=true" not in out and "CLAIMS.md" not in out, out
    fact = kg_json("query", "--store", store, "--sparql",
                   "SELECT ?f WHERE { ?c gkg:supports ?f ; gkg:reviewStatus gkg:Drafted } LIMIT 1")[0]["f"]
    rows = kg_json("query", "evidence", "--store", store, "-p", f"fact={fact.rsplit('/', 1)[-1]}")
    assert rows and all(r["modality"].endswith(", drafted") for r in rows), rows

    article.write_text("URL: https://example.org/talks\nPUBLISHED: 2025-03-05\n\n" + text, encoding="utf-8")
    out = kg_cli("ingest", "-q", "--extract", "--store", store, article, check=0).stdout
    assert "Replaced the version of talks already in the store: published 2025-03-04 -> 2025-03-05." in out, out
    # A hand-written (reviewed) claims file: no count of drafted claims.
    out = kg_cli("ingest", "--store", store, _claims(Path("corpus")), check=0).stdout
    assert "drafted" not in out and "Replaced" not in out, out
    out = kg_cli("ingest", "--store", store, _claims(Path("corpus")), check=0).stdout
    assert f"Replaced the version of {A000} already in the store: nothing changed" in out, out


def test_an_html_page_given_as_claims_is_said_to_be_an_article_before_any_yaml_error(store_copy, corpus_copy, tmp_path):
    """An article's page given to 'kg ingest' is named as an article first, by its
    suffix or, under a claims file's name, by its markup, with the way to draft claims
    from it, not as a YAML error; a claims file with an article's suffix still reads."""
    page = "<!DOCTYPE html>\n<html><head><title>Talks: day two</title></head>\n<body><p>Lavrov: we met.</p></body></html>\n"
    for name in ("talks.html", "talks.yaml"):
        (tmp_path / name).write_text(page, encoding="utf-8")
        err = _refused(store_copy, tmp_path / name, "this is an article's text (")
        assert err.splitlines()[0].endswith("not a claims file: to draft claims from it, use 'kg extract' "
                                             "or 'kg ingest --extract' on it") and "YAML" not in err
    assert "(it opens with '<', as an HTML page does)" in err
    renamed = _claims(corpus_copy).rename(corpus_copy / "claims" / "claims.txt")
    kg_cli("ingest", "--dry-run", "--store", store_copy, renamed, check=0)


@pytest.mark.parametrize("broken, line, words", [
    # A construct left open is reported where it opens, not on the line the parser noticed.
    ("    type: [Meeting\n", "line 5, column 11", "the '[' that starts here is not closed: the parser noticed on line 6"),
    ("    participant: {actor: Vladimir Putin\n", "line 5, column 18", "the '{' that starts here is not closed"),
    ("    fact talks-x\n", "line 5, column 5", "the key that starts here has no ':' after it"),
    ('    quote: "Putin met\n', "line 5, column 12", "the quoted value that starts here is not closed"),
    # Other errors are where the parser noticed them.
    ("   type: Meeting\n", "line 5, column 4", "did not find expected '-' indicator"),
    ("    quote: Putin said: yes\n", "line 5, column 22", "mapping values are not allowed"),
    ("\ttype: Meeting\n", "line 5, column 1", "tab character"),
])
def test_a_yaml_error_is_reported_on_the_line_that_is_broken(tmp_path, broken, line, words):
    """The line of a YAML syntax error is the broken one for each kind of error: an
    unclosed '[' or '{', a key with no ':', an unclosed quotation mark (each noticed by
    the parser a line later), a bad indentation, a ': ' inside a plain value, a tab."""
    path = tmp_path / "broken.yaml"
    path.write_text("article: 000_0f2a5f001831298a\nclaims:\n  - id: talks\n    fact: talks-x\n" + broken
                    + "    date: 2025-03-04\n", encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", path, check=2)
    assert proc.stderr.startswith(f"Error: {path}: {line}: malformed YAML: ") and words in proc.stderr, proc.stderr
    assert not (tmp_path / "none").exists()


def _meeting_file(tmp_path, published: str, date: str, modality: str = "asserted", name: str = "when.yaml"):
    """A claims file of one meeting in an article of its own, dated and published as given."""
    (tmp_path / "when.txt").write_text("Lavrov met Wang Yi in Beijing, the ministry said.", encoding="utf-8")
    path = tmp_path / name
    path.write_text(f"""
article: {{id: 901_when, file: when.txt, published: {published}}}
entities:
  - {{id: sergei-lavrov, type: Person, label: Sergei Lavrov, aliases: [Lavrov]}}
  - {{id: wang-yi, type: Person, label: Wang Yi}}
claims:
  - id: m
    fact: meeting-lavrov-wang
    type: Meeting
    participant: [Lavrov, Wang Yi]
    date: {date}
    modality: {modality}
    quote: "Lavrov met Wang Yi in Beijing"
""", encoding="utf-8")
    return path


def test_a_fact_told_as_done_after_its_article_is_refused_and_a_future_article_is_warned_of(store_copy, tmp_path):
    # Years after the article: certainly wrong, refused with the way to write a plan.
    err = _refused(store_copy, _meeting_file(tmp_path, "2025-04-02", "2031-04-01"),
                   "claim 'm'", "date: 2031-04-01 is after the article's publication date (2025-04-02)",
                   "write a planned fact as `modality: planned`")
    assert "modality asserted" in err
    # The same date as a plan, a treaty of 1854 recalled, and the day after (time zones) pass.
    for date, modality in (("2031-04-01", "planned"), ("1854-04-01", "asserted")):
        proc = kg_cli("ingest", "--dry-run", "--store", store_copy,
                      _meeting_file(tmp_path, "2025-04-02", date, modality), check=0)
        assert "Warning" not in proc.stderr, proc.stderr
    proc = kg_cli("ingest", "--dry-run", "--store", store_copy, _meeting_file(tmp_path, "2025-04-02", "2025-04-03"),
                  check=0)
    assert "claim 'm': date 2025-04-03 is after the article's publication date (2025-04-02, by a day" in proc.stderr
    # An article published after today: a warning at ingest, and a finding of kg validate.
    proc = kg_cli("ingest", "--store", store_copy, _meeting_file(tmp_path, "2999-04-02", "2999-04-01"), check=0)
    assert "article 901_when: published 2999-04-02, after today" in proc.stderr
    proc = kg_cli("validate", "--store", store_copy, "--no-reason", check=0)
    assert re.search(r"Warning: .*published 2999-04-02, \d+ days after today", proc.stdout), proc.stdout
    assert "dates against publication): conforms" in proc.stdout


def test_extract_and_ingest_takes_the_stores_entities_and_keeps_a_conflicting_draft(store_copy, tmp_path):
    # An earlier article's reviewed claims define Nadine Heredia as a Person, under an id
    # no rule would mint; a second article about her, drafted on the way in, names her so.
    (tmp_path / "one.txt").write_text("Nadine Heredia, the wife of Ollanta Humala, was sentenced.\n", encoding="utf-8")
    (tmp_path / "one.yaml").write_text("""
article: {id: 950_one, file: one.txt, published: 2025-04-15}
entities:
  - {id: heredia-n, type: Person, label: Nadine Heredia}
claims:
  - id: c
    fact: characterisation-heredia-n
    type: Characterisation
    characterised: Nadine Heredia
    category: wife of Ollanta Humala
    quote: "Nadine Heredia, the wife of Ollanta Humala"
""", encoding="utf-8")
    kg_cli("ingest", "-q", "--store", store_copy, tmp_path / "one.yaml", check=0)
    story = ("Heredia leaves Peru\n\nLIMA, April 16, 2025 - Peru's former first lady Nadine Heredia flew to Brasilia "
             "on Wednesday. Nadine Heredia met President Luiz Inacio Lula da Silva in Brasilia on {day}.\n")
    (tmp_path / "two.txt").write_text(story.format(day="Wednesday"), encoding="utf-8")
    kg_cli("ingest", "-q", "--extract", "--store", store_copy, tmp_path / "two.txt", check=0, cwd=tmp_path)
    named = kg_json("query", "--store", store_copy, "--sparql", "SELECT DISTINCT ?e ?class WHERE { ?f gkg:participant "
                    "?e . ?e a ?class FILTER(CONTAINS(STR(?e), 'heredia')) }")
    assert named == [{"e": "https://w3id.org/geopolitics-kg/id/heredia-n",
                      "class": "https://w3id.org/geopolitics-kg/ontology#Person"}], named
    # A registry that says otherwise decides the draft's class; the conflict with the
    # store remains, so the draft is kept where the user can fix it, and named.
    (tmp_path / "reg.yaml").write_text("- {id: heredia-n, type: Organisation, label: Nadine Heredia}\n", encoding="utf-8")
    (tmp_path / "three.txt").write_text(story.format(day="Thursday"), encoding="utf-8")
    before = _dump(store_copy)
    proc = kg_cli("ingest", "--extract", "--store", store_copy, tmp_path / "three.txt", "--entities",
                  tmp_path / "reg.yaml", "-o", "drafts", check=2, cwd=tmp_path)
    assert "entity 'heredia-n' is an Organisation here but a Person in the store" in proc.stderr, proc.stderr
    assert "The drafts are kept in drafts/: fix them there" in proc.stderr and "draft drafts/three.yaml" in proc.stderr
    assert "heredia-n" in (tmp_path / "drafts" / "three.yaml").read_text(encoding="utf-8")
    assert (tmp_path / "drafts" / "three.txt").read_text(encoding="utf-8") == story.format(day="Thursday")
    assert _dump(store_copy) == before
    # Again with -o drafts: the drafts already there are kept, the new ones go to drafts-2/.
    proc = kg_cli("ingest", "--extract", "--store", store_copy, tmp_path / "three.txt", "--entities",
                  tmp_path / "reg.yaml", "-o", "drafts", check=2, cwd=tmp_path)
    assert "The drafts are kept in drafts-2/" in proc.stderr and (tmp_path / "drafts-2" / "three.yaml").is_file()
    # Without -o they go to a new folder of the system's temporary folder, which the error
    # names: nothing is left in the folder the command was run from (here one holding a
    # file called drafts, which -o refuses as a folder).
    (cwd := tmp_path / "blocked").mkdir()
    (cwd / "drafts").write_text("not a folder\n", encoding="utf-8")
    proc = kg_cli("ingest", "--extract", "--store", store_copy, tmp_path / "three.txt", "--entities",
                  tmp_path / "reg.yaml", check=2, cwd=cwd)
    kept = re.search(r"The drafts are kept in (\S*kg-drafts-[^/\s]+)/", proc.stderr)
    assert kept and "is an Organisation here but a Person in the store" in proc.stderr, proc.stderr
    assert "heredia-n" in (Path(kept.group(1)) / "three.yaml").read_text(encoding="utf-8")
    assert sorted(p.name for p in cwd.iterdir()) == ["drafts"]
    shutil.rmtree(kept.group(1))
    proc = kg_cli("ingest", "--extract", "--store", store_copy, tmp_path / "three.txt", "-o", "drafts", check=2, cwd=cwd)
    assert "'drafts' is a file" in proc.stderr, proc.stderr
    assert _dump(store_copy) == before


@pytest.mark.parametrize("written, said", [
    # Accents written apart (NFD): named, and NFC said to match.
    ("Luiz Ina\u0301cio Lula da Silva", "at code point 8 the quote has 'a' with U+0301 COMBINING ACUTE ACCENT (an accent "
                                        "written apart, Unicode form NFD) where the text has U+00E1 LATIN SMALL LETTER A "
                                        "WITH ACUTE; normalised to NFC the quote matches"),
    # A no-break space: named, and NFC said not to help.
    ("Luiz Inácio\u00a0Lula da Silva", "at code point 12 the quote has U+00A0 NO-BREAK SPACE where the text has U+0020 "
                                       "SPACE; normalising to NFC would not match"),
])
def test_a_quote_differing_only_in_unicode_form_names_the_code_point(store_copy, tmp_path, written, said):
    (tmp_path / "lula.txt").write_text("President Luiz Inácio Lula da Silva met Xi Jinping in Beijing.", encoding="utf-8")
    path = tmp_path / "lula.yaml"
    path.write_text(f"""
article: {{id: 904_lula, file: lula.txt, published: 2025-05-13}}
entities:
  - {{id: lula, type: Person, label: Luiz Inácio Lula da Silva}}
claims:
  - id: m
    fact: meeting-lula-xi
    type: Meeting
    participant: [lula, Xi Jinping]
    quote: "{written} met Xi Jinping"
""", encoding="utf-8")
    err = _refused(store_copy, path, "quote not found verbatim", said)
    assert "apostrophes" not in err


def test_claims_over_an_empty_text_say_the_text_is_empty_once(store_copy, tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    path = tmp_path / "empty.yaml"
    path.write_text("article: {id: 905_empty, file: empty.txt, published: 2025-04-02}\nclaims:\n" + "".join(
        f"  - {{id: m{n}, fact: meeting-{n}, type: Meeting, participant: [Vladimir Putin, Min Aung Hlaing], "
        f"quote: Putin met}}\n" for n in range(3)), encoding="utf-8")
    err = _refused(store_copy, path, f"article: the article's text ({tmp_path / 'empty.txt'}) is empty")
    assert "quote not found" not in err and err.count("Error") == 1 and len(err.strip().splitlines()) == 1, err


def test_an_approximate_end_time_and_stage_time_are_read_as_the_refusal_message_writes_them(store_copy, tmp_path):
    # The reader's own message for an invalid time gives 'about 04:30+09:00' as a form:
    # it is read on the fact's end and on a stage, with the words kept.
    (tmp_path / "t.txt").write_text("The cabinet met until about 4:30 a.m. and formally lifted martial law.\n",
                                    encoding="utf-8")
    path = tmp_path / "t.yaml"
    path.write_text("""
article: {id: 906_time, file: t.txt, published: 2024-12-04}
entities:
  - {id: sk-cabinet, type: Government, label: South Korean cabinet, aliases: [cabinet]}
claims:
  - id: m
    fact: meeting-cabinet-2024-12-04
    type: Meeting
    organiser: cabinet
    date: 2024-12-04
    endTimeOfDay: "about 04:30+09:00"
    stage: {status: ended, date: 2024-12-04, time: "about 04:30+09:00", party: cabinet}
    quote: "The cabinet met until about 4:30 a.m."
""", encoding="utf-8")
    kg_cli("ingest", "-q", "--store", store_copy, path, check=0)
    rows = kg_json("query", "--store", store_copy, "--sparql", """
        SELECT ?end ?endWords ?hour ?hourWords WHERE {
          fact:meeting-cabinet-2024-12-04 gkg:endTimeOfDay ?end ; gkg:endTimeOfDayLabel ?endWords ; gkg:stage ?s .
          ?s gkg:stageTimeOfDay ?hour ; gkg:stageTimeOfDayLabel ?hourWords }""")
    assert rows == [{"end": "04:30:00+09:00", "endWords": "about 04:30+09:00",
                     "hour": "04:30:00+09:00", "hourWords": "about 04:30+09:00"}], rows
    path.write_text(path.read_text(encoding="utf-8").replace('"about 04:30+09:00"', '"about half past four"', 1),
                    encoding="utf-8")
    _refused(store_copy, path, "endTimeOfDay: invalid time of day 'about half past four'", "approximate: 'about 04:30+09:00'")


# -- The shapes' translation kept in the store ----------------------------------------------

def _nobody_visits(corpus) -> Path:
    """A001's claims with a visit of nobody to nowhere added: a file only the shapes refuse."""
    path = _claims(corpus, A001)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "claims:\n", "claims:\n  - id: extra-visit\n    fact: visit-nobody-nowhere\n    type: Visit\n"
        "    date: 2022-09-05\n    quote: \"The leader of Myanmar’s junta arrived in Russia on Monday\"\n\n", 1),
        encoding="utf-8")
    return path


def test_the_shapes_translation_kept_in_the_store_is_used_only_while_current_and_intact(built_store, corpus_copy,
                                                                                         tmp_path):
    """`kg ingest` keeps the shapes translated to SPARQL beside the store
    (kg.store.shapes_cache_path), keyed by the SHA-256 of the shapes, the ontology and the
    translator and by the pyoxigraph version. A current, intact file is read as it is (not written again); one made
    from other shapes (its body intact), one whose body was altered after it was written,
    one whose rows lack a field (each query's target predicates) and one of garbage are
    each ignored: the article is still checked against the real
    shapes (refused, the store unchanged) and the file is written anew, the same bytes as
    the first time. Each run is a new process, so nothing is remembered in memory."""
    import hashlib
    import json

    from kg.resources import SHAPES_FILE
    from kg.shaclsparql import cache_key
    from kg.store import shapes_cache_path

    store = tmp_path / "kg-store"
    shutil.copytree(built_store, store)
    cache = shapes_cache_path(store)
    assert not cache.exists() and cache.parent == store.parent
    bad = _nobody_visits(corpus_copy)
    dump = _dump(store)

    def refused() -> None:
        proc = run_kg("ingest", "--store", store, bad, check=2)
        assert "claim 'extra-visit'" in proc.stderr and "a visit needs a visitor" in proc.stderr, proc.stderr
        assert _dump(store) == dump

    refused()
    kept = cache.read_bytes()
    head, body = kept.split(b"\n", 1)
    assert json.loads(head)["key"] == cache_key(SHAPES_FILE)
    assert len(json.loads(body)["queries"]) > 100
    inode = cache.stat().st_ino
    refused()
    assert cache.stat().st_ino == inode and cache.read_bytes() == kept  # read, not written again

    stale_key = dict(json.loads(head)["key"], shapes="0" * 64)
    empty = json.dumps({"classes": [], "queries": []}).encode()
    stale = json.dumps({"key": stale_key, "sha256": hashlib.sha256(empty).hexdigest()}).encode() + b"\n" + empty
    altered = head + b"\n" + empty  # the right key, a body that is not the one written
    # Intact and under the current key, but rows of the layout before each query listed
    # its target predicates (which decide the queries run): translated again, not trusted.
    rows = json.loads(body)
    rows["queries"] = [row[:-1] for row in rows["queries"]]
    previous = json.dumps(rows).encode()
    old_rows = json.dumps({"key": json.loads(head)["key"], "sha256": hashlib.sha256(previous).hexdigest()}).encode() \
        + b"\n" + previous
    for broken in (stale, altered, old_rows, b"\x00 not a translation", b""):
        cache.write_bytes(broken)
        refused()
        assert cache.read_bytes() == kept
    # A good article goes in whatever the file held.
    cache.write_bytes(stale)
    run_kg("ingest", "-q", "--store", store, _claims(corpus_copy, A000), check=0)
    assert cache.read_bytes() == kept
