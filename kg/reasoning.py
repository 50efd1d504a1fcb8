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

from kg.errors import KGError, indefinite
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


#: Options of the Java virtual machine HermiT runs in, given through JDK_JAVA_OPTIONS
#: (read by the ``java`` launcher, JDK 9 and later) unless the user set that variable:
#: the client compiler only (C1, no C2). A reasoner run is too short for C2's
#: optimisations to pay back their compilation: measured with OpenJDK 17 on 2 cores,
#: HermiT's CPU time on the sample graph fell from 3.5 s to 1.6 s, and on the
#: development set's (92,000 triples) from 10.3 s to 7.5 s.
JVM_OPTIONS = "-XX:TieredStopAtLevel=1"


def _java_cause(output: str) -> str:
    """The first line of a Java stack trace that names an exception, for a message
    (the launcher's note that it picked up JDK_JAVA_OPTIONS left out)."""
    output = "\n".join(line for line in output.splitlines() if not line.startswith("NOTE: Picked up "))
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
        options = os.environ.get("JDK_JAVA_OPTIONS")
        if options is None:
            os.environ["JDK_JAVA_OPTIONS"] = JVM_OPTIONS
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
            if options is None:
                os.environ.pop("JDK_JAVA_OPTIONS", None)
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


def domain_range_conflicts(store: GraphStore) -> list[tuple[str, str, str, str, str]]:
    """Uses of an ontology property on a node whose asserted class is disjoint with
    the property's rdfs:domain (the node is its subject) or rdfs:range (its object):
    the other common cause of inconsistency, which the reasoner reports without
    naming the node. Only named (IRI) domains and ranges are checked; union classes
    are left to the reasoner.

    Returns (node IRI, "domain" or "range", property local name, the node's class,
    the class the axiom requires) tuples, sorted, one per conflict.
    """
    from kg.ontology import vocabulary

    vocab = vocabulary()
    onto = "<https://w3id.org/geopolitics-kg/graph/ontology>"
    found = set()
    for side, axiom, pattern in (("domain", "rdfs:domain", "?x ?p ?other"), ("range", "rdfs:range", "?other ?p ?x")):
        q = f"""
        SELECT DISTINCT ?x ?p ?t ?c WHERE {{
          GRAPH {onto} {{ ?p {axiom} ?c . FILTER(isIRI(?c) && STRSTARTS(STR(?c), STR(gkg:))) }}
          {pattern} . ?x a ?t . FILTER(STRSTARTS(STR(?t), STR(gkg:)))
        }}"""
        for row in store.query(q):
            t, c = row["t"].value[len(GKG):], row["c"].value[len(GKG):]
            if vocab.are_disjoint(t, c):
                found.add((row["x"].value, side, row["p"].value[len(GKG):], t, c))
    return sorted(found)


def check_consistency(store: GraphStore) -> list[Problem]:
    """The OWL check of ``store`` as problems for ``kg validate``: none when HermiT
    finds the ontology and graph consistent; otherwise one per node found by
    :func:`inconsistent_individuals` or :func:`domain_range_conflicts`, naming the
    node, the axiom and the claims behind it, or one problem quoting the reasoner
    when neither finds the cause."""
    from kg.validate import describe

    try:
        ok, why = is_consistent(q.triple for q in store.store)
    except ReasonerError as e:
        return [Problem("owl", "Violation", f"the OWL reasoner could not check the graph ({e}); a store "
                        "built before control characters were refused at ingest may need rebuilding", "", "graph")]
    if ok:
        return []
    problems = []
    doubly_typed = inconsistent_individuals(store)
    for iri in doubly_typed:
        label, sources = describe(store, iri)
        problems.append(Problem("owl", "Violation", "is an instance of two classes the ontology declares disjoint", iri, label, sources))
    # A node in two disjoint classes clashes with the axioms of both: name it once.
    for iri, side, prop, cls, wanted in (c for c in domain_range_conflicts(store) if c[0] not in doubly_typed):
        label, sources = describe(store, iri)
        role = "subject" if side == "domain" else "value"
        problems.append(Problem(
            "owl", "Violation", f"is {indefinite(cls)}, but it is the {role} of gkg:{prop}, whose {side} is {wanted} "
            f"(disjoint with {cls})", iri, label, sources))
    if not problems:
        return [Problem("owl", "Violation", "the graph is inconsistent with the ontology, and neither a node in two "
                        f"disjoint classes nor a property outside its domain or range explains it: {why[:500]}", "", "graph")]
    return problems
