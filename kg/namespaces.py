"""IRIs of the graph: one place that says how every node is named.

Every node gets an IRI minted from stable inputs (entity ids, article ids, claim ids,
fact ids), never a blank node, so that the same input gives the same graph and
byte-identical exports.
"""

from __future__ import annotations

import hashlib
import re

from pyoxigraph import NamedNode

BASE = "https://w3id.org/geopolitics-kg/"
GKG = BASE + "ontology#"
ONTOLOGY_IRI = BASE + "ontology"
ID = BASE + "id/"
FACT = ID + "fact/"
CLAIM = ID + "claim/"
#: Drafting engines (prov:SoftwareAgent), one node per name and version, and the
#: drafting of an article by one of them (prov:Activity), one node per article.
AGENT = BASE + "agent/"
DRAFTING = BASE + "drafting/"
ARTICLE = BASE + "article/"
GRAPH = BASE + "graph/"
ONTOLOGY_GRAPH = GRAPH + "ontology"
#: The derived graph: each fact's and each entity's triples, once (see kg.mapping).
FACTS_GRAPH = GRAPH + "facts"
#: The SHACL shapes, pushed beside the data so that a remote store can validate it.
SHAPES_GRAPH = GRAPH + "shapes"

#: The roles of actors who take no side in a fact, as a reader names them: onlookers of a
#: vote or meeting (gkg:observer), those who watch over a truce (gkg:monitor), those present
#: (gkg:attendee), invited guests (gkg:guest: "not as one of its members or parties") and witnesses of a signing (gkg:witness), each of which the ontology
#: defines as not a party, and whoever called an election or referendum (gkg:calledBy: the
#: head of state who dissolved parliament takes no part in the vote). A fact's short description and its page list them apart from
#: its parties, under these words ("observers: Carter Center"). Property IRI -> words.
NON_PARTY_ROLES = {GKG + "observer": "observers", GKG + "monitor": "monitors", GKG + "calledBy": "called by",
                   GKG + "attendee": "present", GKG + "guest": "guests", GKG + "witness": "witnesses"}

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES = {
    "gkg": GKG,
    "id": ID,
    "fact": FACT,
    "claim": CLAIM,
    "article": ARTICLE,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "oa": OA,
    "schema": SCHEMA,
    "wd": WD,
}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def reserved_names(namespace: str) -> frozenset[str]:
    """Local names under ``namespace`` that the tool itself gives to a graph or a
    namespace of this module (``ontology`` and ``shapes`` under :data:`GRAPH`, ``fact``
    and ``claim`` under :data:`ID`...), case-folded: an article or entity with such an
    id would overwrite or shadow them, and a split export writes one file per graph
    name on file systems that may ignore case. Derived from the constants here, so the
    list cannot drift from the names in use.

    >>> sorted(reserved_names(GRAPH))
    ['facts', 'ontology', 'shapes']
    >>> sorted(reserved_names(ID))
    ['claim', 'fact']
    """
    names = set()
    for value in globals().values():
        if isinstance(value, str) and value.startswith(namespace) and value != namespace:
            local = value[len(namespace):].rstrip("/#")
            if local and not re.search(r"[/#]", local):
                names.add(local.casefold())
    return frozenset(names)


def gkg(name: str) -> NamedNode:
    return NamedNode(GKG + name)


def entity_iri(entity_id: str) -> NamedNode:
    return NamedNode(f"{ID}{entity_id}")


def fact_iri(fact_id: str) -> NamedNode:
    return NamedNode(FACT + fact_id)


def article_iri(article_id: str) -> NamedNode:
    return NamedNode(ARTICLE + article_id)


def article_graph(article_id: str) -> NamedNode:
    return NamedNode(GRAPH + article_id)


def claim_iri(article_id: str, claim_id: str) -> NamedNode:
    """Claims and the nodes derived from them (evidence, selectors, stated values)
    are named ``<article>.<claim>[_<part>]``: plain prefixed names in Turtle and
    SPARQL (``claim:000_x.talks_ev1``). Claim ids have no '_' or '.', so the parts
    cannot clash; and there is only one '.', which Oxigraph's SPARQL parser needs."""
    return NamedNode(f"{CLAIM}{article_id}.{claim_id}")


def digest(*parts: str, length: int = 12) -> str:
    """A short, stable hash of ``parts`` for naming derived nodes.

    >>> digest("a", "b")
    '687d61996b1c'
    """
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]
