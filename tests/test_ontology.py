"""The ontology: every term labelled and defined, version and licence metadata, and
mappings to outside vocabularies by annotation."""

import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.ontology import vocabulary

from conftest import ROOT

GKG = rdflib.Namespace("https://w3id.org/geopolitics-kg/ontology#")


def _graph():
    return rdflib.Graph().parse(ROOT / "ontology" / "geopolitics.ttl")


def test_every_term_has_a_label_and_a_definition():
    g = _graph()
    terms = {s for s in g.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(str(GKG))}
    assert len(terms) > 100
    for t in terms:
        assert g.value(t, RDFS.label) is not None, t
        assert g.value(t, SKOS.definition) is not None, t


def test_version_and_licence():
    g = _graph()
    onto = next(g.subjects(RDF.type, OWL.Ontology))
    assert g.value(onto, OWL.versionInfo) and g.value(onto, OWL.versionIRI)
    assert g.value(onto, DCTERMS.license)


def test_required_classes_and_mappings():
    v = vocabulary()
    for cls in ["Visit", "Meeting", "ArmsTransfer", "Gift", "TradeReport", "StatementOfSupport", "Accusation",
                "LegalAction", "Agreement", "Sanction", "PositionHeld"]:
        assert cls in v.fact_types
    for cls in ["State", "Person", "Government", "OppositionGovernment", "InternationalOrganisation", "Court",
                "StateCompany", "City"]:
        assert cls in v.entity_types
    g = _graph()
    assert str(g.value(GKG.Sanction, GKG.ftmSchema)) == "Sanction"
    assert str(g.value(GKG.Visit, GKG.ploverEventType)) == "CONSULT"
    assert (GKG.PositionHeld, SKOS.closeMatch, rdflib.URIRef("http://www.wikidata.org/entity/P39")) in g


def test_claim_keys_know_their_values():
    keys = vocabulary().keys
    assert keys["holder"].kind == "entity" and keys["holder"].range == "Person|UnnamedActors"  # a rank may be held by unnamed people
    assert keys["status"].kind == "controlled"
    assert keys["date"].kind == "date"
    assert keys["quantity"].kind == "integer"
    assert keys["changePercent"].kind == "decimal"


def test_role_properties_are_at_most_two_steps_below_involves():
    """The 'facts' query finds roles one or two rdfs:subPropertyOf steps below
    gkg:involves (a '+' path misleads Virtuoso): no role may sit deeper."""
    g = _graph()
    involves = GKG.involves

    def depth(p, seen=()):
        parents = list(g.objects(p, RDFS.subPropertyOf))
        return 0 if p == involves else min((1 + depth(q, (*seen, p)) for q in parents if q not in seen), default=99)

    roles = {p for p in g.subjects(RDFS.subPropertyOf, None) if depth(p) < 99}
    assert len(roles) >= 30
    assert max(depth(p) for p in roles) <= 2
