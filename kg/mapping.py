"""Claims to RDF, and which triples go in which graph (see docs/layout.md).

An article's named graph holds the article node, its claims with their evidence
(Web Annotation selectors, speakers, drafting activity), and every triple each claim
states about its fact, reified as a ``gkg:ClaimedStatement`` (``rdf:subject``,
``rdf:predicate``, ``rdf:object``): the fact's class and label, the values of its roles
and attributes, and the amounts, stages and qualified roles those values point to.
That is enough to re-derive the fact from the claims alone.

The facts and the entities live once, in the derived graph
(:data:`kg.namespaces.FACTS_GRAPH`): each fact's triples are the union of what the
claims that state it say, each entity's are its registry entry. Copying them into every
article that reports them made the union default graph return one row per copy, and
joins multiply the copies (at 500 articles most canned queries ran past 30 s).
:mod:`kg.store` keeps the derived graph up to date when an article is written or
retracted. Provenance lives in triples, not in the graph name, so a plain Turtle dump
where graphs merge still says which article, which words and which speaker back each
fact.

Node names are minted from ids (no blank nodes), so mapping is deterministic.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.claims import REVIEWED, Claim, Extractor
from kg.corpus import Article
from kg.entities import Entity
from kg.ontology import vocabulary
from kg.namespaces import (
    AGENT, DCTERMS, DRAFTING, GKG, OA, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD,
    FACTS_GRAPH, article_graph, article_iri, claim_iri, digest, entity_iri, fact_iri,
)

_TYPE = ox.NamedNode(RDF + "type")
_LABEL = ox.NamedNode(RDFS + "label")


#: The key of a fact's dated statuses, whose list order a claim's statements keep.
_STAGE = GKG + "stage"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@functools.cache
def _v(iri: str) -> ox.NamedNode:
    """A term of a vocabulary or of the ontology: few, each used by every claim, so
    built once per process (each claim's own nodes go through :func:`_n`)."""
    return ox.NamedNode(iri)


def _lit(value, datatype: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=_v(XSD + datatype))
    return ox.Literal(str(value))


def _bool(value: bool) -> ox.Literal:
    return _lit("true" if value else "false", "boolean")


def article_triples(article: Article, publisher: Entity | None) -> Iterator[tuple]:
    a = article_iri(article.id)
    yield a, _TYPE, _v(GKG + "Article")
    yield a, _LABEL, _lit(article.title or article.id)
    yield a, _v(DCTERMS + "identifier"), _lit(article.id)
    if article.title:
        yield a, _v(DCTERMS + "title"), _lit(article.title)
    if article.url:
        yield a, _v(SCHEMA + "url"), _n(article.url)
    yield a, _v(GKG + "urlUnknown"), _bool(not article.url)
    if publisher:
        yield a, _v(DCTERMS + "publisher"), entity_iri(publisher.id)
    yield a, _v(GKG + "publisherUnknown"), _bool(publisher is None)
    if article.published:
        yield a, _v(DCTERMS + "issued"), _lit(article.published.isoformat(), "date")
        yield a, _v(GKG + "publicationDateInferred"), _bool(article.published_inferred)
    if article.published_basis:
        yield a, _v(GKG + "publicationDateBasis"), _lit(article.published_basis)
    if article.original_source:
        yield a, _v(GKG + "originalSource"), _lit(article.original_source)
    if article.dateline:
        yield a, _v(GKG + "dateline"), _lit(article.dateline)
    for name in article.author:  # the byline's names (schema:author, as schema:url above)
        yield a, _v(SCHEMA + "author"), _lit(name)
    yield a, _v(GKG + "articleText"), _lit(article.text)
    yield a, _v(GKG + "textSha256"), _lit(article.sha256)


def entity_triples(entity: Entity) -> Iterator[tuple]:
    e = entity_iri(entity.id)
    yield e, _TYPE, _v(GKG + entity.type)
    yield e, _LABEL, ox.Literal(entity.label, language="en")
    yield e, _v(SKOS + "prefLabel"), ox.Literal(entity.label, language="en")
    for alias in entity.aliases:
        yield e, _v(SKOS + "altLabel"), ox.Literal(alias, language="en")
    if entity.wikidata:
        yield e, _v(SKOS + "exactMatch"), _n(WD + entity.wikidata)
    if entity.of:
        # A person belongs to a state as its citizen; a body, as its organisation; a
        # strain or variant to its disease.
        # A place lies in its state (gkg:inState).
        link = "citizenOf" if entity.type == "Person" else "variantOf" if entity.type == "Disease" \
            else "inState" if vocabulary().is_a(entity.type, "Place") else "organisationOf"
        yield e, _v(GKG + link), entity_iri(entity.of)
    if entity.description:
        yield e, _v(SCHEMA + "description"), ox.Literal(entity.description, language="en")


def fact_triples(claim: Claim) -> Iterator[tuple]:
    """What ``claim`` says about its fact, as (subject, predicate, object) terms: the
    fact's class and label, the values the claim gives, and the triples describing the
    amounts, stages and qualified roles those values point to. These are the triples
    the derived graph holds for the fact; the article graph holds them reified
    (:func:`claim_triples`). Triples about nodes of the claim's own (unnamed speakers,
    named ``<claim>_…``) are not the fact's: :func:`claim_triples` keeps them as they are."""
    f = fact_iri(claim.fact)
    yield f, _TYPE, _v(GKG + claim.type)
    yield f, _LABEL, _lit(claim.fact)
    doubted = set(doubted_values(claim))
    for key, value in claim.values:
        if (key.iri, value) not in doubted:
            yield f, _v(key.iri), value
    own = _own_prefix(claim)
    nodes = {value for _, value in doubted}
    for t in claim.extra:
        if not t[0].value.startswith(own) and t[0] not in nodes:
            yield t


def doubted_values(claim: Claim) -> list[tuple[str, object]]:
    """The (key IRI, value) pairs of ``claim`` that its speakers doubt (``doubts:
    place``): kept with the claim as gkg:doubtsValue statements, never given to the
    fact. Empty for a claim without ``doubts``."""
    return [(key.iri, value) for key, value in claim.values if key.iri in claim.doubts]


def _own_prefix(claim: Claim) -> str:
    """What the names of the article's own nodes begin with: unnamed actors, minted
    from a claim's name or from a group the claims file names once
    (``<article>.<claim>_u…``, ``<article>.<group>_group_u…``). The fact's nodes are
    named from the fact (amounts, stages, qualified roles) and never begin so."""
    return claim_iri(claim.article, "").value


def claim_triples(claim: Claim) -> Iterator[tuple]:
    """The triples of ``claim`` in its article's graph: the claim node (which fact, how,
    by whom, from where, reviewed or drafted), each triple of :func:`fact_triples`
    reified as a ``gkg:ClaimedStatement`` it ``gkg:statesValue``, the unnamed actors
    of its own, and its evidence (one ``oa:Annotation`` per quote, with an
    ``oa:TextQuoteSelector`` and an ``oa:TextPositionSelector``; offsets in code points)."""
    c = claim_iri(claim.article, claim.id)
    f = fact_iri(claim.fact)
    art = article_iri(claim.article)

    # Unnamed actors the claim names (its speakers, its relay, the file's groups): nodes of its own.
    own = _own_prefix(claim)
    for t in claim.extra:
        if t[0].value.startswith(own):
            yield t

    # The claim: which fact, how, by whom, from where.
    yield c, _TYPE, _v(GKG + "Claim")
    yield c, _v(GKG + "claimId"), _lit(claim.id)
    yield c, _v(GKG + "supports"), f
    yield c, _v(GKG + "modality"), _v(claim.modality)
    yield c, _v(PROV + "wasDerivedFrom"), art
    yield c, _v(PROV + "wasQuotedFrom"), art
    for speaker, _ in claim.said_by:
        yield c, _v(PROV + "wasAttributedTo"), speaker
    if claim.said_on is not None:
        yield c, _v(DCTERMS + "date"), claim.said_on  # when the speakers said it
    for prop, other in claim.said_relative:  # 'said after the hearing'
        yield c, _v(GKG + prop), other
    for prop, text in claim.saying:  # where and why they said it
        yield c, _v(GKG + prop), _bool(True) if prop in ("anonymityRequested", "translated") else _lit(text)
    if claim.said_at is not None:  # the place of the registry where they said it
        yield c, _v(GKG + "saidAt"), claim.said_at
    for addressee in claim.said_to:  # whom they said it to ('told the House of Commons')
        yield c, _v(GKG + "saidTo"), addressee
    if claim.hedged:
        yield c, _v(GKG + "hedged"), _bool(True)
    if claim.likelihood:  # 'undoubtedly': how probable its speakers say the fact is
        yield c, _v(GKG + "likelihood"), _v(claim.likelihood)
    if claim.polarity:
        yield c, _v(GKG + "polarity"), _v(claim.polarity)
    if claim.via:
        yield c, _v(GKG + "reportedVia"), claim.via[0]
    for confirmer, _ in claim.confirmed_by:
        yield c, _v(GKG + "confirmedBy"), confirmer
    if claim.note:
        yield c, _v(RDFS + "comment"), _lit(claim.note)

    # Machine-drafted or reviewed. Reviewed claims also link their fact by
    # gkg:supportsReviewed, which queries follow to leave drafted-only facts out.
    yield c, _v(GKG + "reviewStatus"), _v(claim.review)
    if claim.review == REVIEWED:
        yield c, _v(GKG + "supportsReviewed"), f
    if claim.drafted_by:
        yield from drafting_triples(c, art, claim.article, claim.drafted_by)

    # What this claim says of its fact, so that disagreeing sources stay apart in a
    # plain dump and the derived graph can be re-derived from the claims alone. A
    # statement about the fact is named by its predicate and value, one about another
    # node (an amount, a stage) by all three terms.
    # The stages a claim writes as a list keep their place in it (gkg:listPosition, from
    # 1): the order of steps the text gives no dates for.
    stages = [value for key, value in claim.values if key.iri == _STAGE]
    placed = {value: n for n, value in reversed(list(enumerate(stages, 1)))} if len(stages) > 1 else {}
    for subject, predicate, value in fact_triples(claim):
        parts = (predicate.value, str(value)) if subject == f else (subject.value, predicate.value, str(value))
        s = _n(f"{c.value}_v{digest(*parts)}")
        yield c, _v(GKG + "statesValue"), s
        yield s, _TYPE, _v(GKG + "ClaimedStatement")
        yield s, _v(RDF + "subject"), subject
        yield s, _v(RDF + "predicate"), predicate
        yield s, _v(RDF + "object"), value
        if subject == f and predicate.value == _STAGE and value in placed:
            yield s, _v(GKG + "listPosition"), _lit(placed[value], "integer")
        if subject == f and predicate.value in claim.denies:
            # A partial denial: this value is what the speakers reject; the claim's
            # other statements are what they grant.
            yield c, _v(GKG + "deniesValue"), s
    # What the speakers doubt ('though possibly not in Muscat'): a statement of the
    # claim's own, not one it states of the fact, so that no query reads it as the fact's.
    for iri, value in doubted_values(claim):
        s = _n(f"{c.value}_d{digest(iri, str(value))}")
        yield c, _v(GKG + "doubtsValue"), s
        yield s, _TYPE, _v(GKG + "ClaimedStatement")
        yield s, _v(RDF + "subject"), f
        yield s, _v(RDF + "predicate"), _v(iri)
        yield s, _v(RDF + "object"), value
        for t in claim.extra:
            if t[0] == value:
                yield t

    # Evidence: a Web Annotation whose body is the claim and whose target is the span.
    # Offsets are typed xsd:integer, not the spec's xsd:nonNegativeInteger, because
    # Oxigraph stores every integer subtype as xsd:integer; the shapes require >= 0.
    for n, q in enumerate(claim.quotes, 1):
        ev = _n(f"{c.value}_ev{n}")
        target, tqs, tps = (_n(f"{ev.value}_{part}") for part in ("target", "quote", "position"))
        yield c, _v(GKG + "hasEvidence"), ev
        yield ev, _TYPE, _v(GKG + "Evidence")
        yield ev, _TYPE, _v(OA + "Annotation")
        yield ev, _v(OA + "motivatedBy"), _v(OA + "describing")
        yield ev, _v(OA + "hasBody"), c
        yield ev, _v(OA + "hasTarget"), target
        yield target, _TYPE, _v(OA + "SpecificResource")
        yield target, _v(OA + "hasSource"), art
        yield target, _v(OA + "hasSelector"), tqs
        yield target, _v(OA + "hasSelector"), tps
        yield tqs, _TYPE, _v(OA + "TextQuoteSelector")
        yield tqs, _v(OA + "exact"), _lit(q.exact)
        yield tqs, _v(OA + "prefix"), _lit(q.prefix)
        yield tqs, _v(OA + "suffix"), _lit(q.suffix)
        yield tps, _TYPE, _v(OA + "TextPositionSelector")
        yield tps, _v(OA + "start"), _lit(q.start, "integer")
        yield tps, _v(OA + "end"), _lit(q.end, "integer")


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
    yield claim, _v(PROV + "wasGeneratedBy"), activity
    yield activity, _TYPE, _v(PROV + "Activity")
    yield activity, _LABEL, _lit(f"drafting of article {article_id} by {extractor.name} {extractor.version}")
    yield activity, _v(PROV + "used"), article
    yield activity, _v(PROV + "wasAssociatedWith"), agent
    yield agent, _TYPE, _v(PROV + "SoftwareAgent")
    yield agent, _LABEL, _lit(extractor.name)
    yield agent, _v(SCHEMA + "softwareVersion"), _lit(extractor.version)


def named_entities(claims: Iterable[Claim], publisher: Entity | None = None) -> dict[str, Entity]:
    """Entity id -> entity for every registry entity ``claims`` name (with the states
    their people and bodies belong to) and the article's ``publisher``."""
    entities: dict[str, Entity] = {}
    for claim in claims:
        for e in claim.entities:
            entities.setdefault(e.id, e)
    if publisher:
        entities.setdefault(publisher.id, publisher)
    return entities


def article_quads(article: Article, claims: Iterable[Claim], publisher: Entity | None = None,
                  ordered: bool = True) -> list[ox.Quad]:
    """Every quad of one article's named graph (the article, its claims, their evidence
    and the statements they make), without duplicates; sorted by N-Quads form when
    ``ordered`` (a bulk load, which sorts anyway, can do without)."""
    g = article_graph(article.id)
    triples = set(article_triples(article, publisher))
    for claim in claims:
        triples.update(claim_triples(claim))
    quads = [ox.Quad(s, p, o, g) for s, p, o in triples]
    return sorted(quads, key=str) if ordered else quads


def derived_triples(claims: Iterable[Claim], publisher: Entity | None = None) -> tuple[set[tuple], dict[str, set[tuple]]]:
    """What one article's claims put in the derived graph: (the triples of the facts
    they state, entity IRI -> that entity's triples)."""
    claims = list(claims)
    facts = {t for claim in claims for t in fact_triples(claim)}
    entities = {entity_iri(e.id).value: set(entity_triples(e)) for e in named_entities(claims, publisher).values()}
    return facts, entities


def article_graph_quads(article: Article, claims: Iterable[Claim], publisher: Entity | None = None) -> list[ox.Quad]:
    """One article as a self-contained dataset: its named graph (:func:`article_quads`)
    and the derived triples of its facts and entities, in :data:`FACTS_GRAPH`; sorted,
    without duplicates. What a single article says, checked alone (drafts, tests)."""
    claims = list(claims)
    facts, entities = derived_triples(claims, publisher)
    derived = facts.union(*entities.values())
    g = ox.NamedNode(FACTS_GRAPH)
    return sorted([*article_quads(article, claims, publisher), *(ox.Quad(s, p, o, g) for s, p, o in derived)], key=str)
