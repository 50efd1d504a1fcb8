"""Claims to RDF: one self-contained named graph per article.

An article's graph holds the article node, every fact its claims back (with the values
those claims give), the entities they name (type, labels, Wikidata link), and the
claims with their evidence. Provenance lives in triples, not in the graph name, so a
plain Turtle dump where graphs merge still says which article, which words and which
speaker back each fact. Facts and entities reported by several articles appear in each
of their graphs: retracting one article leaves them standing while another supports
them, and removes them when none does.

Node names are minted from ids (no blank nodes), so mapping is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.claims import REVIEWED, Claim, Extractor
from kg.corpus import Article
from kg.entities import Entity
from kg.namespaces import (
    AGENT, DCTERMS, DRAFTING, GKG, OA, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD,
    article_graph, article_iri, claim_iri, digest, entity_iri, fact_iri,
)

_TYPE = ox.NamedNode(RDF + "type")
_LABEL = ox.NamedNode(RDFS + "label")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lit(value, datatype: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=_n(XSD + datatype))
    return ox.Literal(str(value))


def _bool(value: bool) -> ox.Literal:
    return _lit("true" if value else "false", "boolean")


def article_triples(article: Article, publisher: Entity | None) -> Iterator[tuple]:
    a = article_iri(article.id)
    yield a, _TYPE, _n(GKG + "Article")
    yield a, _LABEL, _lit(article.title or article.id)
    yield a, _n(DCTERMS + "identifier"), _lit(article.id)
    if article.title:
        yield a, _n(DCTERMS + "title"), _lit(article.title)
    if article.url:
        yield a, _n(SCHEMA + "url"), _n(article.url)
    yield a, _n(GKG + "urlUnknown"), _bool(not article.url)
    if publisher:
        yield a, _n(DCTERMS + "publisher"), entity_iri(publisher.id)
    yield a, _n(GKG + "publisherUnknown"), _bool(publisher is None)
    if article.published:
        yield a, _n(DCTERMS + "issued"), _lit(article.published.isoformat(), "date")
        yield a, _n(GKG + "publicationDateInferred"), _bool(article.published_inferred)
    if article.published_basis:
        yield a, _n(GKG + "publicationDateBasis"), _lit(article.published_basis)
    if article.original_source:
        yield a, _n(GKG + "originalSource"), _lit(article.original_source)
    yield a, _n(GKG + "articleText"), _lit(article.text)
    yield a, _n(GKG + "textSha256"), _lit(article.sha256)


def entity_triples(entity: Entity) -> Iterator[tuple]:
    e = entity_iri(entity.id)
    yield e, _TYPE, _n(GKG + entity.type)
    yield e, _LABEL, ox.Literal(entity.label, language="en")
    yield e, _n(SKOS + "prefLabel"), ox.Literal(entity.label, language="en")
    for alias in entity.aliases:
        yield e, _n(SKOS + "altLabel"), ox.Literal(alias, language="en")
    if entity.wikidata:
        yield e, _n(SKOS + "exactMatch"), _n(WD + entity.wikidata)
    if entity.of:
        # A person belongs to a state as its citizen; a body, as its organisation.
        link = "citizenOf" if entity.type == "Person" else "organisationOf"
        yield e, _n(GKG + link), entity_iri(entity.of)
    if entity.description:
        yield e, _n(SCHEMA + "description"), ox.Literal(entity.description, language="en")


def claim_triples(claim: Claim) -> Iterator[tuple]:
    c = claim_iri(claim.article, claim.id)
    f = fact_iri(claim.fact)
    art = article_iri(claim.article)

    # The fact, with the values this claim gives.
    yield f, _TYPE, _n(GKG + claim.type)
    yield f, _LABEL, _lit(claim.fact)
    for key, value in claim.values:
        yield f, _n(key.iri), value

    # Amounts, unnamed actors and qualified roles the values point to.
    yield from claim.extra

    # The claim: which fact, how, by whom, from where.
    yield c, _TYPE, _n(GKG + "Claim")
    yield c, _n(GKG + "claimId"), _lit(claim.id)
    yield c, _n(GKG + "supports"), f
    yield c, _n(GKG + "modality"), _n(claim.modality)
    yield c, _n(PROV + "wasDerivedFrom"), art
    yield c, _n(PROV + "wasQuotedFrom"), art
    for speaker, _ in claim.said_by:
        yield c, _n(PROV + "wasAttributedTo"), speaker
    if claim.hedged:
        yield c, _n(GKG + "hedged"), _bool(True)
    if claim.polarity:
        yield c, _n(GKG + "polarity"), _n(claim.polarity)
    if claim.via:
        yield c, _n(GKG + "reportedVia"), claim.via[0]
    if claim.note:
        yield c, _n(RDFS + "comment"), _lit(claim.note)

    # Machine-drafted or reviewed. Reviewed claims also link their fact by
    # gkg:supportsReviewed, which queries follow to leave drafted-only facts out.
    yield c, _n(GKG + "reviewStatus"), _n(claim.review)
    if claim.review == REVIEWED:
        yield c, _n(GKG + "supportsReviewed"), f
    if claim.drafted_by:
        yield from drafting_triples(c, art, claim.article, claim.drafted_by)

    # Which values this claim gave, so disagreeing sources stay apart in a plain dump.
    for key, value in claim.values:
        s = _n(f"{c.value}_v{digest(key.iri, str(value))}")
        yield c, _n(GKG + "statesValue"), s
        yield s, _TYPE, _n(GKG + "ClaimedStatement")
        yield s, _n(RDF + "subject"), f
        yield s, _n(RDF + "predicate"), _n(key.iri)
        yield s, _n(RDF + "object"), value

    # Evidence: a Web Annotation whose body is the claim and whose target is the span.
    # Offsets are typed xsd:integer, not the spec's xsd:nonNegativeInteger, because
    # Oxigraph stores every integer subtype as xsd:integer; the shapes require >= 0.
    for n, q in enumerate(claim.quotes, 1):
        ev = _n(f"{c.value}_ev{n}")
        target, tqs, tps = (_n(f"{ev.value}_{part}") for part in ("target", "quote", "position"))
        yield c, _n(GKG + "hasEvidence"), ev
        yield ev, _TYPE, _n(GKG + "Evidence")
        yield ev, _TYPE, _n(OA + "Annotation")
        yield ev, _n(OA + "motivatedBy"), _n(OA + "describing")
        yield ev, _n(OA + "hasBody"), c
        yield ev, _n(OA + "hasTarget"), target
        yield target, _TYPE, _n(OA + "SpecificResource")
        yield target, _n(OA + "hasSource"), art
        yield target, _n(OA + "hasSelector"), tqs
        yield target, _n(OA + "hasSelector"), tps
        yield tqs, _TYPE, _n(OA + "TextQuoteSelector")
        yield tqs, _n(OA + "exact"), _lit(q.exact)
        yield tqs, _n(OA + "prefix"), _lit(q.prefix)
        yield tqs, _n(OA + "suffix"), _lit(q.suffix)
        yield tps, _TYPE, _n(OA + "TextPositionSelector")
        yield tps, _n(OA + "start"), _lit(q.start, "integer")
        yield tps, _n(OA + "end"), _lit(q.end, "integer")


def drafting_triples(claim: ox.NamedNode, article: ox.NamedNode, article_id: str,
                     extractor: Extractor) -> Iterator[tuple]:
    """Who drafted a claim, as PROV-O says it: the claim was generated by
    (prov:wasGeneratedBy) an activity, the drafting of its article, which used
    (prov:used) the article and was associated with (prov:wasAssociatedWith) the
    drafting software, a prov:SoftwareAgent with its name and schema:softwareVersion.
    Not prov:wasAttributedTo, which the graph keeps for the speaker the article quotes:
    the software produced the claim, it does not vouch for it. No times are recorded,
    so the same draft maps to the same triples."""
    agent = _n(f"{AGENT}{extractor.name}/{extractor.version}")
    activity = _n(f"{DRAFTING}{article_id}")
    yield claim, _n(PROV + "wasGeneratedBy"), activity
    yield activity, _TYPE, _n(PROV + "Activity")
    yield activity, _LABEL, _lit(f"drafting of article {article_id} by {extractor.name} {extractor.version}")
    yield activity, _n(PROV + "used"), article
    yield activity, _n(PROV + "wasAssociatedWith"), agent
    yield agent, _TYPE, _n(PROV + "SoftwareAgent")
    yield agent, _LABEL, _lit(extractor.name)
    yield agent, _n(SCHEMA + "softwareVersion"), _lit(extractor.version)


def article_graph_quads(article: Article, claims: Iterable[Claim], publisher: Entity | None = None) -> list[ox.Quad]:
    """Every quad of one article's named graph, sorted and without duplicates."""
    g = article_graph(article.id)
    claims = list(claims)
    entities: dict[str, Entity] = {}
    for claim in claims:
        for e in claim.entities:
            entities.setdefault(e.id, e)
    if publisher:
        entities.setdefault(publisher.id, publisher)

    triples = set(article_triples(article, publisher))
    for e in entities.values():
        triples.update(entity_triples(e))
    for claim in claims:
        triples.update(claim_triples(claim))
    return sorted((ox.Quad(s, p, o, g) for s, p, o in triples), key=str)
