"""OWL consistency with HermiT: the ontology plus the sample graph is consistent, and a
deliberately inconsistent individual is caught."""

import shutil

import pyoxigraph as ox
import pytest

from kg.reasoning import check_consistency, is_consistent
from kg.store import GraphStore

from conftest import kg_cli

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime")


def test_ontology_and_sample_graph_are_consistent(built_store):
    proc = kg_cli("validate", "--store", built_store, check=0)
    assert "OWL consistency (HermiT)" in proc.stdout and "conforms" in proc.stdout


def test_an_individual_in_two_disjoint_classes_is_caught(store_copy):
    store = GraphStore.open(store_copy)
    store.store.update("""INSERT DATA { GRAPH <https://w3id.org/geopolitics-kg/graph/000_0f2a5f001831298a> {
        <https://w3id.org/geopolitics-kg/id/russia> a <https://w3id.org/geopolitics-kg/ontology#Person> } }""")
    problems = check_consistency(store)  # [] when HermiT finds the graph consistent
    assert [p.label for p in problems] == ["Russia"]
    assert "disjoint" in problems[0].message
    del store  # release the lock before the CLI opens the store
    proc = kg_cli("validate", "--store", store_copy, check=1)
    assert "Russia: is an instance of two classes the ontology declares disjoint" in proc.stdout


def _with_holder(cls: str) -> list:
    """The ontology's axioms plus one individual of ``cls`` (a gkg class name) as the
    gkg:holder of a fact."""
    from kg.ontology import parse_ontology

    G = "https://w3id.org/geopolitics-kg/"
    return parse_ontology() + [
        ox.Triple(ox.NamedNode(G + "id/x"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                  ox.NamedNode(G + "ontology#" + cls)),
        ox.Triple(ox.NamedNode(G + "id/fact/p"), ox.NamedNode(G + "ontology#holder"), ox.NamedNode(G + "id/x")),
    ]


def test_a_place_holding_a_position_is_inconsistent():
    """The range of gkg:holder is a person, unnamed actors, or (for a body's rotating
    presidency) a state or organisation: a City is disjoint with all four. Which
    position a state may hold is narrower than OWL says here; the reader and the
    SHACL shape gkgsh:RotatingPresidencyShape refuse a state as a minister."""
    assert not is_consistent(_with_holder("City"))[0]
    assert is_consistent(_with_holder("State"))[0]


def test_a_place_used_as_an_organisation_is_named(store_copy):
    """gkg:organisationOf has the domain Organisation, disjoint with Place: a City
    carrying it makes the graph inconsistent, and the report names the city, the
    property and the axiom instead of only 'inconsistent'."""
    store = GraphStore.open(store_copy)
    store.store.update("""INSERT DATA { GRAPH <https://w3id.org/geopolitics-kg/graph/000_0f2a5f001831298a> {
        <https://w3id.org/geopolitics-kg/id/moscow> <https://w3id.org/geopolitics-kg/ontology#organisationOf>
            <https://w3id.org/geopolitics-kg/id/russia> } }""")
    del store  # release the lock before the CLI opens the store
    proc = kg_cli("validate", "--store", store_copy, check=1)
    assert ("Moscow: is a City, but it is the subject of gkg:organisationOf, whose domain is Organisation "
            "(disjoint with City)") in proc.stdout
    assert "inconsistent with the ontology" not in proc.stdout
