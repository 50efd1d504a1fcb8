"""Validation: SHACL shapes, the quote check, and (in :mod:`kg.reasoning`) OWL
consistency. Each problem is reported in words an analyst can act on: what is wrong,
the label of the node it is about, and the article and claim it came from."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, KGError, brief
from kg.namespaces import CLAIM, GKG, OA, RDF, RDFS, SH
from kg.resources import SHAPES_FILE
from kg.shaclsparql import PropertyPath
from kg.shaclsparql import Result
from kg.shaclsparql import results as sparql_results
from kg.shaclsparql import run_check
from kg.store import GraphStore, rdflib_term

@dataclass(frozen=True)
class Problem:
    check: str  # "shacl", "quote" or "owl"
    severity: str
    message: str
    focus: str  # IRI of the node the problem is about
    label: str
    sources: tuple[str, ...] = ()  # "article-id claim 'claim-id'"
    shape: str = ""
    path: str = ""

    def __str__(self) -> str:
        where = f" [from {'; '.join(self.sources)}]" if self.sources else ""
        from kg.output import for_terminal

        return for_terminal(f"{self.severity}: {self.label}: {self.message}{where}")


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not any(p.severity == "Violation" for p in self.problems)


#: The SHACL engines ``kg validate --engine`` offers: the shapes translated to SPARQL
#: and run by Oxigraph on the store (:mod:`kg.shaclsparql`, the default), or pySHACL on
#: an rdflib copy of the store (slow and memory-hungry at scale; kept to check the
#: first against).
ENGINES = ("sparql", "pyshacl")


def _rdflib_graph(quads: Iterable):
    """The union of ``quads`` (pyoxigraph quads or triples, graph names ignored) as an
    rdflib Graph, for pySHACL.

    Built term by term, not by serialising and re-parsing: rdflib's N-Triples reader
    takes time quadratic in the length of a line, and an article text is one line (a
    50 MB text took over five minutes). Linear in the number of quads."""
    import rdflib

    g = rdflib.Graph()
    for q in quads:
        g.add(tuple(rdflib_term(t, typed_strings=True) for t in (q.subject, q.predicate, q.object)))
    return g


@functools.cache
def _shapes_graph(shapes: Path):
    import rdflib

    return rdflib.Graph().parse(str(shapes), format="turtle")


def _ox_term(term):
    """An rdflib term as the same pyoxigraph term (a plain literal as xsd:string)."""
    import rdflib

    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def _pyshacl_results(data: ox.Store, shapes: Path) -> list[Result]:
    """pySHACL's validation results for the union of ``data``'s graphs, as
    :class:`kg.shaclsparql.Result` (no inference: the ontology's subclass triples must
    be in ``data`` for sh:targetClass and sh:class to reach subclasses). The whole
    store is copied into rdflib first: for ``kg validate --engine pyshacl`` and the
    differential test of the SPARQL engine."""
    import logging

    import pyshacl
    import rdflib

    # rdflib logs a traceback for each ill-formed literal it reads ("abc"^^xsd:integer);
    # pySHACL's datatype check reports those literals itself.
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    shapes_graph = _shapes_graph(Path(shapes))
    try:
        _, results, _ = pyshacl.validate(_rdflib_graph(data), shacl_graph=shapes_graph, inference="none",
                                         advanced=False, inplace=True)
    except pyshacl.errors.ReportableRuntimeError as e:  # a blank node compared by sh:lessThan...
        raise KGError(f"pySHACL cannot validate this store ({e.message}); the default engine (--engine sparql) can") from None
    S = rdflib.Namespace(SH)
    out = []
    for r in results.subjects(rdflib.RDF.type, S.ValidationResult):
        shape = results.value(r, S.sourceShape)
        path = results.value(r, S.resultPath)
        value = results.value(r, S.value)
        key, preds = _path_keys(shapes_graph, shapes_graph.value(shape, S.path))
        out.append(Result(
            _ox_term(results.value(r, S.focusNode)), str(path) if isinstance(path, rdflib.URIRef) else "",
            _ox_term(value) if value is not None else None, str(results.value(r, S.sourceConstraintComponent)),
            _ox_term(shape), str(results.value(r, S.resultMessage) or "does not conform"),
            str(results.value(r, S.resultSeverity)).rsplit("#", 1)[-1],
            PropertyPath("", preds[0] if len(preds) == 1 else "", tuple(map(str, preds))) if preds else None,
        ))
    return out


def shacl_results(data: ox.Store, shapes: Path = SHAPES_FILE, engine: str = "sparql",
                  focus: Iterable[ox.NamedNode] | None = None, cache: Path | None = None) -> list[Result]:
    """The SHACL validation results (:class:`kg.shaclsparql.Result`: focus, path, value,
    constraint component, source shape, message, severity) of the shapes file at
    ``shapes`` over the union of ``data``'s graphs, by ``engine`` (one of
    :data:`ENGINES`). ``focus`` restricts the focus nodes (SPARQL engine only);
    ``cache``: the file keeping the shapes' translation between runs
    (:func:`kg.store.shapes_cache_path`, :func:`kg.shaclsparql.translated`). Raises :class:`~kg.errors.InputError` for a
    shapes file the SPARQL engine does not translate; nothing for data that does not
    conform."""
    if engine == "pyshacl":
        return _pyshacl_results(data, shapes)
    return sparql_results(data, Path(shapes), focus, cache)


def describe(store: GraphStore, iri: str) -> tuple[str, tuple[str, ...]]:
    """A node's label and the 'article claim' places that back or mention it."""
    node = f"<{iri}>"
    label = iri
    for row in store.query(f"SELECT ?l WHERE {{ {node} rdfs:label ?l }} ORDER BY ?l LIMIT 1"):
        label = row["l"].value
    sources = set()
    q = f"""
    SELECT DISTINCT ?aid ?cid WHERE {{
      {{ BIND({node} AS ?c) ?c gkg:claimId ?any }}
      UNION {{ ?c gkg:supports {node} }}
      UNION {{ ?c gkg:hasEvidence {node} }}
      UNION {{ ?c gkg:hasEvidence/oa:hasTarget/oa:hasSelector {node} }}
      UNION {{ ?c gkg:hasEvidence/oa:hasTarget {node} }}
      UNION {{ ?c gkg:supports ?f . ?f ?p {node} }}
      UNION {{ ?c prov:wasAttributedTo|gkg:reportedVia {node} }}
      ?c gkg:claimId ?cid ; prov:wasDerivedFrom ?a . ?a dcterms:identifier ?aid .
    }} ORDER BY ?aid ?cid LIMIT 6"""
    for row in store.query(q):
        sources.add(f"article {row['aid'].value} claim '{row['cid'].value}'")
    if not sources:
        for row in store.query(f"SELECT ?aid WHERE {{ {node} dcterms:identifier ?aid }}"):
            sources.add(f"article {row['aid'].value}")
    if label == iri and ":" in iri:
        label = iri.rsplit("/", 1)[-1]
    return label, tuple(sorted(sources))


def check_shapes(store: GraphStore, shapes: Path = SHAPES_FILE, engine: str = "sparql") -> list[Problem]:
    """Run the SHACL shapes over the union of the store's graphs (ontology included,
    so that sh:targetClass reaches subclasses) with ``engine`` (:data:`ENGINES`): one
    :class:`Problem` per result, sorted by focus node and message."""
    return _shape_problems(store, shacl_results(store.store, shapes, engine, cache=store.shapes_cache))


def _shape_problems(store: GraphStore, results: Iterable[Result]) -> list[Problem]:
    problems = []
    for r in results:
        label, sources = describe(store, r.focus.value)
        problems.append(Problem(
            "shacl", r.severity, r.message, r.focus.value, label, sources,
            r.shape.value if isinstance(r.shape, ox.NamedNode) else "", r.path,
        ))
    return sorted(problems, key=lambda p: (p.focus, p.message))


def check_quotes(store: GraphStore) -> list[Problem]:
    """Every quote must be the article's text at its stated code-point offsets, with
    its prefix just before and its suffix just after: one :class:`Problem` per fault,
    sorted by focus node and message (see :func:`quote_faults`)."""
    return _quote_problems(store, quote_faults(store.store, store.store.named_graphs()))


def _quote_problems(store: GraphStore, faults: Iterable[tuple]) -> list[Problem]:
    problems = []
    for _, ev, wrong in faults:
        label, sources = describe(store, ev.value)
        problems.append(Problem("quote", "Violation", wrong, ev.value, label, sources))
    return sorted(problems, key=lambda p: (p.focus, p.message))


_DATES_QUERY = """
PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?article ?issued ?inferred ?claim ?modality ?polarity ?key ?date WHERE {
  GRAPH ?g {
    ?article a gkg:Article ; dcterms:issued ?issued .
    OPTIONAL { ?article gkg:publicationDateInferred ?inferred }
    OPTIONAL {
      VALUES ?key { gkg:date gkg:startDate gkg:endDate }
      ?claim prov:wasQuotedFrom ?article ; gkg:modality ?modality ; gkg:statesValue ?v .
      ?v rdf:predicate ?key ; rdf:object ?date .
      OPTIONAL { ?claim gkg:polarity ?polarity }
    }
  }
}"""


def check_dates(store: GraphStore, today=None) -> list[Problem]:
    """The dates the claims reader cannot weigh alone or a store may hold from before
    it did (:mod:`kg.periods`): an article published after ``today`` (the machine's
    date by default; a Warning: a typo or a wrong clock), and a claim presenting its
    fact as done (asserted, reported) whose ``date`` falls after its article's
    publication (a Violation where certainly wrong, else a Warning; see
    :func:`kg.periods.after_publication`); a claim whose ``date``, ``startDate`` or
    ``endDate`` lies implausibly far from its article's publication (a Warning, as
    ``kg ingest`` gives it: :func:`kg.periods.implausible_dates`). One
    :class:`Problem` per finding, sorted."""
    import datetime as dt

    from kg.periods import done_date_after_publication, far_date_words, future_publication, implausible_dates

    from kg.ontology import Key

    problems, seen = [], set()
    for row in store.store.query(_DATES_QUERY):
        article, issued = row["article"], row["issued"]
        try:
            published = dt.date.fromisoformat(issued.value)
        except ValueError:
            continue  # an ill-formed date: the shapes report it
        ahead = future_publication(published, today)
        if ahead is not None and article.value not in seen:
            seen.add(article.value)
            label, _ = describe(store, article.value)
            problems.append(Problem("dates", "Warning", f"published {published.isoformat()}, {ahead} days after today: "
                                    "a typo in the year, or a wrong clock?", article.value, label))
        if row["claim"] is None:
            continue
        inferred = row["inferred"] is not None and row["inferred"].value == "true"
        key = Key(row["key"].value[len(GKG):], row["key"].value, "date", None)
        for name, value, why in implausible_dates([(key, row["date"])], published):
            label, sources = describe(store, row["claim"].value)
            problems.append(Problem("dates", "Warning", f"{name} {value} is {far_date_words(why, published)}",
                                    row["claim"].value, label, sources))
        late = done_date_after_publication([(key, row["date"])], row["modality"].value,
                                           row["polarity"].value if row["polarity"] is not None else None,
                                           published, inferred)
        if late is not None:
            label, sources = describe(store, row["claim"].value)
            problems.append(Problem(
                "dates", "Violation" if late[0] == "wrong" else "Warning",
                f"date {late[1]} is after its article's publication date ({published.isoformat()}"
                f"{', inferred' if inferred else ''}), yet the claim presents the fact as done; write a planned "
                f"fact as `modality: planned`", row["claim"].value, label, sources))
    return sorted(problems, key=lambda p: (p.focus, p.message))


_QUOTE_TERMS = {p: ox.NamedNode(iri) for p, iri in (
    ("text", GKG + "articleText"), ("source", OA + "hasSource"), ("selector", OA + "hasSelector"),
    ("target", OA + "hasTarget"), *((p, OA + p) for p in ("exact", "prefix", "suffix", "start", "end")))}


def quote_faults(data: ox.Store, graphs: Iterable[ox.NamedNode]) -> list[tuple[ox.NamedNode, ox.NamedNode, str]]:
    """(graph, evidence, what is wrong) for each piece of evidence of ``graphs`` (named
    graphs of ``data``) whose quote is not the article's text at its offsets, or whose
    prefix or suffix does not surround it there; evidence found in an earlier graph of
    ``graphs`` is checked there only.

    One named graph at a time (an article's evidence, selectors and text live in its
    graph), one pass per predicate over that graph; a piece not found in the graph is
    looked up in all graphs. Time is linear in the evidence and memory is that of one
    article graph, however large the store: a SPARQL join from every selector to its
    text is far slower, and dictionaries of every selector triple of the store took
    memory in proportion to it."""
    names = _QUOTE_TERMS
    faults = []
    seen = set()
    for graph in graphs:
        local = {p: {} for p in names}
        for p, predicate in names.items():
            for q in data.quads_for_pattern(None, predicate, None, graph):
                local[p].setdefault(q.subject, []).append(q.object)
        if not local["target"]:
            continue

        def get(subject, p: str) -> list:
            """The objects of ``subject`` by ``p`` in this graph, else in any graph."""
            found = local[p].get(subject)
            if found is None:
                found = [q.object for q in data.quads_for_pattern(subject, names[p], None, None)]
            return found

        for ev, targets in local["target"].items():
            if ev in seen:
                continue  # the same evidence in another graph
            seen.add(ev)
            target = targets[0]
            sels = get(target, "selector")
            quote = next(((sel, q[0]) for sel in sels if (q := get(sel, "exact"))), None)
            pos = next(((b[0], e[0]) for sel in sels if (b := get(sel, "start")) and (e := get(sel, "end"))), None)
            if quote is None or pos is None:
                continue  # a missing selector is the shapes' business
            try:
                s, e = int(pos[0].value), int(pos[1].value)
            except ValueError:
                continue  # an offset that is no integer ("abc"^^xsd:integer): the shapes report it
            (sel, q), source = quote, next(iter(get(target, "source")), None)
            text = next(iter(get(source, "text")), None) if source is not None else None
            before, after = next(iter(get(sel, "prefix")), None), next(iter(get(sel, "suffix")), None)
            if text is None:
                faults.append((graph, ev, f"the source {source} has no text in the graph"))
                continue
            text = text.value
            if text[s:e] != q.value:
                faults.append((graph, ev, f"the article's text at {s}-{e} is {text[s:e]!r}, not the quote {q.value!r}"))
            if before is not None and not text[:s].endswith(before.value):
                faults.append((graph, ev, "the quote's prefix does not precede it in the text"))
            if after is not None and not text[e:].startswith(after.value):
                faults.append((graph, ev, "the quote's suffix does not follow it in the text"))
    return faults


def validate(store: GraphStore, shapes: Path = SHAPES_FILE, reason: bool = True,
             shacl: bool = True, on_check: Callable[[str], None] | None = None, engine: str = "sparql",
             jobs: int | None = 1) -> Report:
    """Check the whole store: the SHACL shapes (unless ``shacl`` is false, for a store
    whose new graphs were just checked against them, as ``kg build`` does before it
    writes), every quote against its article's text at its offsets, and with ``reason``
    OWL consistency by HermiT (needs Java). ``on_check`` is called with the name of
    each check as it starts (for a progress bar). ``engine`` runs the shapes
    (:data:`ENGINES`: SPARQL on the store, or pySHACL on a copy of it). With ``jobs``
    above 1, a store on disk opened read-only (others may read it, none may write it)
    and the SPARQL engine, the shapes' queries and the quote check run in that many
    worker processes, each opening the store read-only (:func:`_checks_in_workers`):
    the same problems, in less time on as many cores. ``jobs`` None: two (at most one
    per CPU) for a store of :data:`PARALLEL_FROM` named graphs or more, else one (the
    workers' start costs more than they save on a small store). Returns a :class:`Report` of the
    problems and of what was checked; raises nothing for non-conforming data."""
    report = Report()
    started = on_check or (lambda name: None)
    if jobs is None:
        jobs = min(VALIDATE_JOBS, os.cpu_count() or 1) if store.location is not None and \
            sum(1 for _ in itertools.islice(store.store.named_graphs(), PARALLEL_FROM)) >= PARALLEL_FROM else 1
    import multiprocessing  # here: kg ingest imports this module and does not need it

    if jobs > 1 and store.location is not None and engine == "sparql" and "fork" in multiprocessing.get_all_start_methods():
        results, faults = _checks_in_workers(store, shapes, shacl, jobs, started)
        if shacl:
            report.problems += _shape_problems(store, results)
        report.problems += _quote_problems(store, faults)
    else:
        if shacl:
            started("SHACL shapes")
            report.problems += check_shapes(store, shapes, engine)
        started("quotes")
        report.problems += check_quotes(store)
    if shacl:
        started("dates")
        report.problems += check_dates(store)
    report.checked.append("SHACL shapes" if shacl else "SHACL shapes before writing")
    report.checked.append("quotes against article text")
    if shacl:
        report.checked.append("dates against publication")
    if reason:
        from kg.reasoning import check_consistency

        started("OWL consistency (HermiT)")
        report.problems += check_consistency(store)
        report.checked.append("OWL consistency (HermiT)")
    return report


#: The worker processes of ``kg validate`` by default, and the named graphs (articles)
#: a store needs for them to be used.
VALIDATE_JOBS = 2
PARALLEL_FROM = 200
#: The pieces the article graphs are cut into for the quote check in worker processes:
#: enough that the last piece to finish leaves the other worker idle briefly.
QUOTE_PIECES = 16
_WORKER: dict = {}


def _worker_open(location: str) -> None:
    """A worker's start: the store opened read-only (its shared lock beside the one
    of the process that started it)."""
    _WORKER["store"] = GraphStore.open(Path(location), read_only=True)


def _worker_shapes(text: str) -> list[tuple]:
    return run_check(_WORKER["store"].store, text)


def _worker_quotes(graphs: list[str]) -> list[tuple]:
    return quote_faults(_WORKER["store"].store, [ox.NamedNode(g) for g in graphs])


def _checks_in_workers(store: GraphStore, shapes: Path, shacl: bool, jobs: int,
                       started: Callable[[str], None]) -> tuple[list[Result], list[tuple]]:
    """The SHACL results (with ``shacl``) and the quote faults of the store at
    ``store.location``, computed by ``jobs`` worker processes that each open it
    read-only: every query of the shapes (:meth:`ShapesQueries.prepared`) is one
    task, and the named graphs are cut into :data:`QUOTE_PIECES` for the quote check.
    The queries are independent of one another and so are the graphs (a piece of
    evidence is kept from the first graph of the store that holds it, as
    :func:`quote_faults` does over all of them), so the results are those of the
    checks in one process. ``started`` is called with "SHACL shapes", then with
    "quotes" when the shapes' results are in. Raises what the checks raise in a worker."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from kg.shaclsparql import translated

    if shacl:
        started("SHACL shapes")
    queries = translated(Path(shapes), store.shapes_cache)
    texts = queries.prepared(store.store) if shacl else []
    graphs = [g.value for g in store.store.named_graphs()]
    pieces = [graphs[i::QUOTE_PIECES] for i in range(QUOTE_PIECES) if graphs[i::QUOTE_PIECES]]
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=_worker_open,
                             initargs=(str(store.location),)) as pool:
        # The queries first: the quote pieces, all of a size, fill the end.
        checks = [pool.submit(_worker_shapes, t) for t in texts]
        quotes = [pool.submit(_worker_quotes, p) for p in pieces]
        results = [queries.result(i, this, value) for i, f in enumerate(checks) for this, value in f.result()]
        started("quotes")
        faults = [fault for f in quotes for fault in f.result()]
    # Evidence found in several graphs is checked in the first of them only.
    order = {g: i for i, g in enumerate(graphs)}
    target = _QUOTE_TERMS["target"]
    first = {ev: min((q.graph_name.value for q in store.store.quads_for_pattern(ev, target, None, None)), key=order.get)
             for ev in {ev for _, ev, _ in faults}}
    return results, [f for f in faults if f[0].value == first[f[1]]]


# -- Claims files, checked against the shapes before anything is written -----------------

_NUMBERS = ("none", "one", "two", "three", "four", "five")


@dataclass(frozen=True)
class Origin:
    """Where a node of an article graph comes from: the claims file, and the claim that
    produced it with the claim's line in the file (both None for the article's own
    metadata), and for a fact node the fact's id and class."""

    path: Path
    claim: str | None = None
    line: int | None = None
    fact: str | None = None
    fact_type: str | None = None

    @property
    def where(self) -> str:
        if self.claim is None:
            return "article"
        return f"claim {self.claim!r}" + (f" (line {self.line})" if self.line else "")


def claim_lines(path: Path) -> dict[str, int]:
    """The line (1-based) each claim of a claims file starts on, by claim id. The file
    has been read by :func:`kg.claims.read_claims`, so it parses."""
    from kg.corpus import line_of, load_yaml

    data = load_yaml(path)
    claims = data.get("claims") if isinstance(data, dict) else None
    return {raw["id"]: line_of(raw) for raw in claims or () if isinstance(raw, dict) and isinstance(raw.get("id"), str)}


def origins(cf) -> dict[str, Origin]:
    """Node IRI -> :class:`Origin` for every node the graph of the claims file ``cf``
    (a :class:`kg.claims.ClaimsFile`) describes: the article, each claim (its evidence,
    selectors and stated values are found from the claim's IRI by :func:`origin_of`),
    each fact (its first claim in the file), the nodes of structured values, speakers
    and entities (the first claim naming them). Lines are left None: the file is parsed
    again for them only when a problem is named (:func:`shape_errors`)."""
    from kg.namespaces import article_iri, claim_iri, entity_iri, fact_iri

    out: dict[str, Origin] = {article_iri(cf.article.id).value: Origin(cf.path)}
    for c in cf.claims:
        here = Origin(cf.path, c.id)
        out[claim_iri(c.article, c.id).value] = here
        out.setdefault(fact_iri(c.fact).value, Origin(cf.path, c.id, None, c.fact, c.type))
        nodes = [t[0] for t in c.extra] + [node for node, _ in c.said_by] + [entity_iri(e.id) for e in c.entities]
        for node in nodes:
            out.setdefault(node.value, here)
    return out


def origin_of(focus: str, index: dict[str, Origin]) -> Origin | None:
    """The origin of ``focus`` in ``index`` (from :func:`origins`); a node derived from a
    claim (``<claim>_ev1_quote``...) has its claim's. None for a node of no file."""
    if focus in index:
        return index[focus]
    if focus.startswith(CLAIM):
        # <CLAIM><article>.<claim>[_<part>]: claim ids hold neither '_' nor '.'
        article, _, rest = focus[len(CLAIM):].partition(".")
        return index.get(f"{CLAIM}{article}.{rest.split('_')[0]}")
    return None


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _path_keys(shapes, path) -> tuple[str, list]:
    """The key name(s) a SHACL property path stands for, and the predicates whose
    values it counts (empty when the path is not a predicate or a choice of them)."""
    import rdflib
    from rdflib.collection import Collection

    if isinstance(path, rdflib.URIRef):
        return _local(path), [path]
    alternatives = shapes.value(path, rdflib.URIRef(SH + "alternativePath")) if path is not None else None
    if alternatives is not None:
        preds = list(Collection(shapes, alternatives))
        return " or ".join(_local(p) for p in preds), preds
    return "", []


def _label(data: ox.Store, node) -> str:
    """The node's rdfs:label in ``data`` (any graph), else its local name."""
    if isinstance(node, ox.NamedNode):
        for q in data.quads_for_pattern(node, ox.NamedNode(RDFS + "label"), None, None):
            return q.object.value
    return _local(node.value)


def _in_words(r: Result, data: ox.Store, origin: Origin | None) -> str:
    """One SHACL result as an analyst reads it: the fact (or node), the shape's own
    message, the key, and what ``data`` has instead."""
    message = r.message.rstrip(".")
    first = message.split(" ", 1)[0]
    if len(first) == 1 or not first.isupper():  # "A meeting..." but not "ISO..."
        message = message[:1].lower() + message[1:]
    component = _local(r.component)
    preds = r.shape_path.predicates if r.shape_path else ()
    key = " or ".join(_local(p) for p in preds)
    named = all(re.search(rf"\b{re.escape(k)}", message) for k in key.split(" or ")) if key else True
    text = message + ("" if named else f" (key {key})")
    value = r.value
    if component == "MinCountConstraintComponent" and preds:
        n = len({q.object for p in preds for q in data.quads_for_pattern(r.focus, ox.NamedNode(p), None, None)})
        text += f"; it has {_NUMBERS[n] if n < len(_NUMBERS) else n}"
    elif component == "ClassConstraintComponent" and value is not None:
        classes = sorted({_local(q.object.value) for q in data.quads_for_pattern(value, ox.NamedNode(RDF + "type"), None, None)}
                         ) if not isinstance(value, ox.Literal) else []
        text += f"; {_label(data, value)!r} is " + (f"a {' and '.join(classes)}" if classes else "of no class")
    elif value is not None and value != r.focus:  # a node-level constraint's value is the focus itself
        text += f"; given {brief(_label(data, value) if isinstance(value, ox.NamedNode) else value.value)}"
    if origin is not None and origin.fact:
        return f"fact {origin.fact!r} ({origin.fact_type}): {text}"
    if origin is not None and (origin.claim is None or r.focus.value.startswith(CLAIM)):
        return text  # the claim, its evidence or the article: the place already names it
    return f"{_label(data, r.focus)}: {text}"  # an entity, unnamed actors, a qualified role


def shape_errors(quads: Iterable | ox.Store, index: dict[str, Origin], fallback: Path | None = None,
                 shapes: Path = SHAPES_FILE, engine: str = "sparql", cache: Path | None = None) -> list[InputError]:
    """SHACL-check ``quads`` (a pyoxigraph Store, checked where it is, or pyoxigraph
    quads or triples: article graphs with the ontology and whatever else the shapes
    must see, loaded into a store in memory) with ``engine`` (:data:`ENGINES`) and
    return one :class:`~kg.errors.InputError` per violation, naming the claims file,
    the claim and its line (through ``index``, from :func:`origins`), the key and the
    problem.

    A violation on a node of no file in ``index`` (one already in the store) is left
    out, unless ``fallback`` is given: then it is named against that path. Sorted by
    file, line and text; a problem reported on several nodes of one claim once.
    ``cache``: as :func:`shacl_results`."""
    if isinstance(quads, ox.Store):
        data = quads
    else:
        data = ox.Store()
        data.bulk_extend(q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    found = set()
    lines: dict[Path, dict[str, int]] = {}
    for r in shacl_results(data, shapes, engine, cache=cache):
        if r.severity != "Violation":
            continue
        origin = origin_of(r.focus.value, index)
        if origin is None and fallback is None:
            continue
        text = _in_words(r, data, origin)
        if origin is None:
            found.add((str(fallback), 0, None, text))
            continue
        if origin.claim is not None:
            if origin.path not in lines:
                lines[origin.path] = claim_lines(origin.path)
            origin = dataclasses.replace(origin, line=lines[origin.path].get(origin.claim))
        found.add((str(origin.path), origin.line or 0, origin.where, text))
    return [InputError(path, text, where) for path, _, where, text in sorted(found, key=lambda f: (f[0], f[1], f[3]))]


# -- The minimums of each kind of fact, in words (corpus/CLAIMS.md) -----------------------

def fact_minimums(shapes: Path = SHAPES_FILE) -> dict[str, list[str]]:
    """Fact class (local name) -> what the SHACL shapes require of a fact of that class,
    one phrase per constraint, in the order of the shapes file: a minimum number of
    values of a key (``at least 2 `party```), of one key of several (``at least 1 of
    `hostState`, `place```), and the class a key's values must have (```holder`: a
    Person``). Only shapes targeting fact classes (of :func:`kg.ontology.vocabulary`)
    count; the provenance shapes (a fact backed by a claim...) are the tool's own
    business."""
    import rdflib
    from rdflib.collection import Collection

    from kg.ontology import vocabulary

    g = _shapes_graph(Path(shapes))
    S = rdflib.Namespace(SH)
    facts = vocabulary().fact_types
    out: dict[str, list[str]] = {}

    def keys(prop) -> str:
        key, _ = _path_keys(g, g.value(prop, S.path))
        return ", ".join(f"`{k}`" for k in key.split(" or "))

    def minimum(prop) -> str | None:
        n = g.value(prop, S.minCount)
        if n is None:
            return None
        return f"at least {n} " + ("of " if "," in keys(prop) else "") + keys(prop)

    for shape in g.subjects(rdflib.RDF.type, S.NodeShape):
        # A shape may target several classes (one shape for expulsions, summonses, ...).
        targets = sorted(_local(t) for t in g.objects(shape, S.targetClass))
        targets = [t for t in targets if t in facts - {"Fact"}]  # gkg:Fact's shape is provenance
        if not targets:
            continue
        needs = []
        for prop in g.objects(shape, S.property):
            if not keys(prop):
                continue
            if minimum(prop):
                needs.append(minimum(prop))
            cls = g.value(prop, S["class"])
            if cls is not None:
                needs.append(f"{keys(prop)}: {_a(_local(cls))}")
            for choice in g.objects(prop, S["or"]):  # values of one of several classes
                classes = [g.value(b, S["class"]) for b in Collection(g, choice)]
                if classes and None not in classes:
                    needs.append(f"{keys(prop)}: " + " or ".join(_a(_local(c)) for c in classes))
        for choice in g.objects(shape, S["or"]):
            # A branch may be a conjunction (sh:and): "at least 1 `party` and at least 1 `mediator`".
            branches = [b for b in Collection(g, choice)
                        if g.value(b, S.minCount) is not None or g.value(b, S["and"]) is not None]
            # A branch naming one value of a key is an exception to the minimum: "at least 1
            # `target`, unless `legalActionKind` is advisory opinion".
            unless = [f"{keys(b)} is {vocabulary().labels.get(str(g.value(b, S.hasValue)), _local(g.value(b, S.hasValue)))}"
                      for b in Collection(g, choice) if g.value(b, S.minCount) is None and g.value(b, S.hasValue) is not None]
            def both(b) -> str:  # a conjunction: each part's minimum, a class as "(for an Election)"
                parts = list(Collection(g, g.value(b, S["and"])))
                least = " and ".join(m for m in map(minimum, parts) if m)
                classes = [_a(_local(g.value(c, S["class"]))) for c in parts
                           if g.value(c, S.path) is None and g.value(c, S["class"]) is not None]
                return least + "".join(f" (for {c})" for c in classes)
            # Beside the exceptions, conjunctions are said after the single keys: "at least 1 of
            # `target`, `charge`, or at least 1 `initiator` and at least 1 `court`, unless ...".
            simple = [b for b in branches if g.value(b, S["and"]) is None]
            joint = [b for b in branches if g.value(b, S["and"]) is not None]
            if simple and unless and (len(simple) == 1 or all(g.value(b, S.minCount) == rdflib.Literal(1)
                                                               for b in simple)):
                least = minimum(simple[0]) if len(simple) == 1 else "at least 1 of " + ", ".join(keys(b) for b in simple)
                least += "".join(f", or {both(b)}" for b in joint)
                needs.append(f"{least}, unless {' or '.join(unless)}")
            elif all(g.value(b, S.minCount) == rdflib.Literal(1) and g.value(b, S["class"]) is None for b in branches):
                if branches:
                    needs.append("at least 1 of " + ", ".join(keys(b) for b in branches))
            else:  # alternatives of one key: "at least 2 `participant` or at least 1 `participant` (a Group)"
                def kind(b) -> str:  # the class a branch asks for, or the label of its node shape
                    if g.value(b, S["class"]) is not None:
                        return f" ({_a(_local(g.value(b, S['class'])))})"
                    node = g.value(b, S.node)
                    return f" ({g.value(node, rdflib.RDFS.label)})" if node is not None else ""
                needs.append(" or ".join(both(b) if g.value(b, S["and"]) is not None else minimum(b) + kind(b)
                                         for b in branches))
        for target in targets:
            out.setdefault(target, []).extend(needs)
    # A class only the roles-apart shapes target (a gift's giver and recipient kept apart)
    # needs nothing of its own.
    return {c: sorted(set(n), key=n.index) for c, n in sorted(out.items()) if n}


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "AEIOU" else "a ") + noun


def minimums_table(shapes: Path = SHAPES_FILE) -> str:
    """The Markdown table of :func:`fact_minimums` that corpus/CLAIMS.md carries
    (tests/test_input_checks.py fails when the two differ): one row per fact class,
    its subclasses named (a minimum of ``Supply`` holds for an ``ArmsTransfer``)."""
    from kg.ontology import vocabulary

    vocab = vocabulary()
    rows = ["| fact type | what it needs |", "|---|---|"]
    for cls, needs in fact_minimums(shapes).items():
        subs = sorted(c for c in vocab.fact_types if c != cls and cls in vocab.superclasses.get(c, ()))
        name = f"`{cls}`" + (f" (and {', '.join(f'`{s}`' for s in subs)})" if subs else "")
        rows.append(f"| {name} | {'; '.join(needs)} |")
    return "\n".join(rows) + "\n"
