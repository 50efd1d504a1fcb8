"""OWL consistency with HermiT: the ontology plus the sample graph is consistent, and a
deliberately inconsistent individual is caught."""

import shutil

import pyoxigraph as ox
import pytest

from kg.reasoning import check_consistency, is_consistent
from kg.store import GraphStore

from conftest import run_kg

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime")


def test_ontology_and_sample_graph_are_consistent(built_store):
    proc = run_kg("validate", "--store", built_store, check=0)
    assert "OWL consistency (HermiT)" in proc.stdout and "conforms" in proc.stdout


def test_an_individual_in_two_disjoint_classes_is_caught(store_copy):
    store = GraphStore.open(store_copy)
    store.store.update("""INSERT DATA { GRAPH <https://w3id.org/geopolitics-kg/graph/000_0f2a5f001831298a> {
        <https://w3id.org/geopolitics-kg/id/russia> a <https://w3id.org/geopolitics-kg/ontology#Person> } }""")
    ok, _ = is_consistent(q.triple for q in store.store)
    assert not ok
    problems = check_consistency(store)
    assert [p.label for p in problems] == ["Russia"]
    assert "disjoint" in problems[0].message
    del store  # release the lock before the CLI opens the store
    proc = run_kg("validate", "--store", store_copy, check=1)
    assert "Russia: is an instance of two classes the ontology declares disjoint" in proc.stdout


def test_a_state_holding_a_position_is_inconsistent():
    """The range of gkg:holder is gkg:Person, disjoint with gkg:State."""
    from kg.ontology import parse_ontology

    G = "https://w3id.org/geopolitics-kg/"
    extra = [
        ox.Triple(ox.NamedNode(G + "id/myanmar"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                  ox.NamedNode(G + "ontology#State")),
        ox.Triple(ox.NamedNode(G + "id/fact/p"), ox.NamedNode(G + "ontology#holder"), ox.NamedNode(G + "id/myanmar")),
    ]
    assert not is_consistent(parse_ontology() + extra)[0]


def test_a_place_used_as_an_organisation_is_named(store_copy):
    """gkg:organisationOf has the domain Organisation, disjoint with Place: a City
    carrying it makes the graph inconsistent, and the report names the city, the
    property and the axiom instead of only 'inconsistent'."""
    store = GraphStore.open(store_copy)
    store.store.update("""INSERT DATA { GRAPH <https://w3id.org/geopolitics-kg/graph/000_0f2a5f001831298a> {
        <https://w3id.org/geopolitics-kg/id/moscow> <https://w3id.org/geopolitics-kg/ontology#organisationOf>
            <https://w3id.org/geopolitics-kg/id/russia> } }""")
    del store  # release the lock before the CLI opens the store
    proc = run_kg("validate", "--store", store_copy, check=1)
    assert ("Moscow: is a City, but it is the subject of gkg:organisationOf, whose domain is Organisation "
            "(disjoint with City)") in proc.stdout
    assert "inconsistent with the ontology" not in proc.stdout
