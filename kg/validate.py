"""Validation: SHACL shapes, the quote check, and (in :mod:`kg.reasoning`) OWL
consistency. Each problem is reported in words an analyst can act on: what is wrong,
the label of the node it is about, and the article and claim it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.export import rdflib_term
from kg.namespaces import SH
from kg.resources import SHAPES_FILE
from kg.store import GraphStore

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


def _rdflib_graph(store: GraphStore):
    """The union of the store's graphs as an rdflib Graph, for pySHACL.

    Built term by term from the store, not by serialising and re-parsing: rdflib's
    N-Triples reader takes time quadratic in the length of a line, and an article text
    is one line (a 50 MB text took over five minutes). Linear in the store's size."""
    import rdflib

    g = rdflib.Graph()
    for q in store.store:
        g.add(tuple(rdflib_term(t, typed_strings=True) for t in (q.subject, q.predicate, q.object)))
    return g


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


def check_shapes(store: GraphStore, shapes: Path = SHAPES_FILE) -> list[Problem]:
    """Run the SHACL shapes over the union of the store's graphs (ontology included,
    so that sh:targetClass reaches subclasses)."""
    import pyshacl
    import rdflib

    data = _rdflib_graph(store)
    shapes_graph = rdflib.Graph().parse(str(shapes), format="turtle")
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none", advanced=False)
    SHN = rdflib.Namespace(SH)
    problems = []
    for r in results.subjects(rdflib.RDF.type, SHN.ValidationResult):
        focus = results.value(r, SHN.focusNode)
        severity = str(results.value(r, SHN.resultSeverity)).rsplit("#", 1)[-1]
        message = str(results.value(r, SHN.resultMessage) or "does not conform")
        shape = results.value(r, SHN.sourceShape)
        path = results.value(r, SHN.resultPath)
        label, sources = describe(store, str(focus))
        problems.append(Problem(
            "shacl", severity, message, str(focus), label, sources,
            str(shape) if isinstance(shape, rdflib.URIRef) else "",
            str(path) if isinstance(path, rdflib.URIRef) else "",
        ))
    return sorted(problems, key=lambda p: (p.focus, p.message))


def _objects(store: GraphStore, predicate: str) -> dict:
    """subject -> object for one predicate, over all graphs."""
    return {q.subject: q.object for q in store.store.quads_for_pattern(None, ox.NamedNode(predicate), None, None)}


def check_quotes(store: GraphStore) -> list[Problem]:
    """Every quote must be the article's text at its stated code-point offsets, with
    its prefix just before and its suffix just after.

    Walks the selector triples directly, in one pass per predicate: a SPARQL join
    from every selector to a long text literal over the union of many graphs is
    far slower."""
    from kg.namespaces import GKG, OA

    texts = _objects(store, GKG + "articleText")
    exact, prefix, suffix = (_objects(store, OA + p) for p in ("exact", "prefix", "suffix"))
    start, end = _objects(store, OA + "start"), _objects(store, OA + "end")
    source = _objects(store, OA + "hasSource")
    selectors: dict = {}
    for q in store.store.quads_for_pattern(None, ox.NamedNode(OA + "hasSelector"), None, None):
        selectors.setdefault(q.subject, set()).add(q.object)
    problems = []
    for ev, target in _objects(store, OA + "hasTarget").items():
        sels = selectors.get(target, set())
        quote = next((s for s in sels if s in exact), None)
        pos = next((s for s in sels if s in start and s in end), None)
        if quote is None or pos is None:
            continue  # a missing selector is the shapes' business
        text = texts.get(source.get(target))
        q, s, e = exact[quote].value, int(start[pos].value), int(end[pos].value)
        wrong = []
        if text is None:
            wrong.append(f"the source {source.get(target)} has no text in the graph")
        else:
            text = text.value
            if text[s:e] != q:
                wrong.append(f"the article's text at {s}-{e} is {text[s:e]!r}, not the quote {q!r}")
            if quote in prefix and not text[:s].endswith(prefix[quote].value):
                wrong.append("the quote's prefix does not precede it in the text")
            if quote in suffix and not text[e:].startswith(suffix[quote].value):
                wrong.append("the quote's suffix does not follow it in the text")
        for w in wrong:
            label, sources = describe(store, ev.value)
            problems.append(Problem("quote", "Violation", w, ev.value, label, sources))
    return sorted(problems, key=lambda p: (p.focus, p.message))


def validate(store: GraphStore, shapes: Path = SHAPES_FILE, reason: bool = True) -> Report:
    report = Report()
    report.problems += check_shapes(store, shapes)
    report.checked.append("SHACL shapes")
    report.problems += check_quotes(store)
    report.checked.append("quotes against article text")
    if reason:
        from kg.reasoning import check_consistency

        report.problems += check_consistency(store)
        report.checked.append("OWL consistency (HermiT)")
    return report
