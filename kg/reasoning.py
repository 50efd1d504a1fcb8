"""OWL consistency: the ontology plus the graph, checked by the HermiT reasoner
(through owlready2; HermiT runs on the Java runtime).

HermiT accepts only the OWL 2 datatype map, which has no xsd:date, xsd:gYear or
xsd:gYearMonth; and RDF reification (rdf:subject/predicate/object, used for the
values each claim states) is reserved vocabulary in OWL 2 DL. So the reasoner gets the
graph without those triples and without the gkg:DateValue datatype: what it checks is
classes, disjointness, domains and ranges of the object properties. Dates are checked
by the SHACL shapes instead.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable

import pyoxigraph as ox

from kg.errors import KGError
from kg.namespaces import GKG, OA, RDF, XSD
from kg.store import GraphStore
from kg.validate import Problem

# The OWL 2 datatype map, as far as this graph uses it.
_OWL_DATATYPES = {
    XSD + t for t in ("string", "integer", "decimal", "boolean", "anyURI", "nonNegativeInteger", "dateTime")
} | {RDF + "langString", RDF + "PlainLiteral"}
_REIFICATION = {RDF + "subject", RDF + "predicate", RDF + "object"}
# Text the reasoner has no axiom about, kept out of its input: an article's text is
# megabytes on one N-Triples line, and the quote selectors repeat parts of it.
_TEXT = {GKG + "articleText", OA + "exact", OA + "prefix", OA + "suffix"}


def owl_input(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """The triples HermiT can take (see the module docstring)."""
    date_value = ox.NamedNode(GKG + "DateValue")
    triples = list(triples)
    # The DateValue definition hangs off a blank node list: find its nodes to drop them.
    drop_nodes: set = set()
    todo = [t.object for t in triples if t.subject == date_value and isinstance(t.object, ox.BlankNode)]
    while todo:
        node = todo.pop()
        if node in drop_nodes:
            continue
        drop_nodes.add(node)
        todo += [t.object for t in triples if t.subject == node and isinstance(t.object, ox.BlankNode)]
    out = []
    for t in triples:
        if t.predicate.value in _REIFICATION or t.predicate.value in _TEXT:
            continue
        if t.subject == date_value or t.object == date_value or t.subject in drop_nodes:
            continue
        if isinstance(t.object, ox.Literal) and t.object.datatype.value not in _OWL_DATATYPES:
            continue
        if t.predicate.value == RDF + "type" and t.object.value == GKG + "ClaimedStatement":
            continue
        out.append(t)
    return out


class ReasonerError(KGError):
    """HermiT could not check the graph (it stopped with an error of its own)."""


def _java_cause(output: str) -> str:
    """The first line of a Java stack trace that names an exception, for a message."""
    for line in output.splitlines():
        if "Exception" in line or "Error" in line:
            return line.replace('Exception in thread "main" ', "").strip()[:300]
    return output.strip()[:300] or "the reasoner stopped with an error"


def is_consistent(triples: Iterable[ox.Triple]) -> tuple[bool, str]:
    """Run HermiT over ``triples``; (True, "") or (False, the reasoner's explanation).
    Raises :class:`ReasonerError` when the reasoner stops on an error of its own (input
    it cannot parse), and :class:`KGError` when there is no Java runtime.

    >>> from kg.ontology import parse_ontology
    >>> is_consistent(parse_ontology())[0]
    True
    """
    import shutil

    import owlready2

    if shutil.which(owlready2.JAVA_EXE) is None and not os.path.exists(owlready2.JAVA_EXE):
        raise KGError("the OWL check runs the HermiT reasoner, which needs Java: install a Java runtime "
                      "(Debian: default-jre-headless), or skip it with 'kg validate --no-reason'")
    data = ox.serialize(owl_input(triples), format=ox.RdfFormat.N_TRIPLES)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "kg.nt")
        with open(path, "wb") as f:
            f.write(data)
        world = owlready2.World()
        try:
            onto = world.get_ontology("file://" + path).load(format="ntriples")
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as e:
            return False, str(e).strip() or "the ontology and the graph are inconsistent"
        except owlready2.OwlReadyError as e:
            # HermiT refused its input (e.g. a literal it cannot parse): a problem of the
            # data to report, not a crash of the command.
            raise ReasonerError(_java_cause(str(e))) from None
        finally:
            world.close()
    return True, ""


def inconsistent_individuals(store: GraphStore) -> list[str]:
    """Nodes typed with two classes the ontology declares disjoint: the most common
    cause of inconsistency, found by SPARQL so the report can name them."""
    q = """
    SELECT DISTINCT ?x WHERE {
      GRAPH <https://w3id.org/geopolitics-kg/graph/ontology> {
        ?d a owl:AllDisjointClasses ; owl:members/rdf:rest*/rdf:first ?c1 , ?c2 . FILTER(?c1 != ?c2)
      }
      ?x a/rdfs:subClassOf* ?c1 . ?x a/rdfs:subClassOf* ?c2 .
    } ORDER BY ?x"""
    return [row["x"].value for row in store.query(q)]


def check_consistency(store: GraphStore) -> list[Problem]:
    from kg.validate import describe

    try:
        ok, why = is_consistent(q.triple for q in store.store)
    except ReasonerError as e:
        return [Problem("owl", "Violation", f"the OWL reasoner could not check the graph ({e}); a store "
                        "built before control characters were refused at ingest may need rebuilding", "", "graph")]
    if ok:
        return []
    culprits = inconsistent_individuals(store)
    if not culprits:
        return [Problem("owl", "Violation", f"the graph is inconsistent with the ontology: {why[:500]}", "", "graph")]
    problems = []
    for iri in culprits:
        label, sources = describe(store, iri)
        problems.append(Problem("owl", "Violation", "is an instance of two classes the ontology declares disjoint", iri, label, sources))
    return problems
