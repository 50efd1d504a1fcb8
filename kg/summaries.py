"""Per-fact summaries in the derived graph: what the claims backing a fact add up to
(how many articles back it, deny it, how many claims and quotes, when it was first and
last reported, on which properties its sources disagree), kept beside the fact's own
triples so that the canned queries read one triple per fact instead of aggregating
every claim of a fact reported by hundreds of articles.

The summaries are derived, never written by hand: :class:`kg.store.GraphStore`
recomputes them for the facts an article touches in the same transaction that writes
or retracts it, and :func:`kg.store.rebuild` (``kg build``) computes them for every fact
once the article graphs are loaded. Both read the claims through :func:`claim_records`
and write what :func:`summary_triples` gives, so a store built whole and one written
article by article hold the same triples. The terms are the ontology's
(``ontology/geopolitics.ttl``, section "Per-fact summaries").

They count every claim, drafted or reviewed: ``--param reviewed=true`` restricts which
facts and claims a query shows, not these counts.

Beside them, the evidence browser's tallies (how many articles report a fact at all,
the modalities its claims present it in, its first source, its earliest date) and the
summaries of the relations between two entities that its network draws
(:data:`RELATIONS`; one ``gkg:RelationSummary`` per pair of entities and kind: its
facts, reporting articles, modalities, date range and first facts), so that a page
reads one row per fact or per edge however many claims are behind it. A write
updates the summary of every edge that a fact it touches belongs to, before or after
(:func:`edge_updates`): from the stored summary where it only adds to the edge,
otherwise over that edge's facts; a build computes them all (:func:`all_edges`) once
the facts' summaries are loaded.

And the summaries of an entity's facts of one kind (one ``gkg:EntityFactsSummary`` per
entity and kind: how many facts of the kind name it, and the first five in date order),
so that the entity's page reads a bounded number of rows however many facts name it. A
write updates those of the entities the facts it touches name, before or after
(:func:`entity_updates`); a build computes them all (:func:`all_entities`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import quote, unquote

import pyoxigraph as ox

from kg.namespaces import BASE, DCTERMS, FACTS_GRAPH, GKG, PROV, RDF, SCHEMA, XSD

#: Articles with a claim of the fact that is neither negative (the fact did not happen)
#: nor uncommitted (gkg:Uncommitted: the speaker neither asserts nor denies it): the
#: "independent sources" of `facts`, `single-source`, `timeline`, `conflicts`.
SOURCE_COUNT = ox.NamedNode(GKG + "sourceCount")
#: Articles with a claim of the fact that is neither negative, denied nor uncommitted: the sources
#: in its favour that `corroborated` ranks by.
SUPPORTING_SOURCE_COUNT = ox.NamedNode(GKG + "supportingSourceCount")
#: Articles with a claim of the fact that is negative or denied.
DENYING_SOURCE_COUNT = ox.NamedNode(GKG + "denyingSourceCount")
CLAIM_COUNT = ox.NamedNode(GKG + "claimCount")
QUOTE_COUNT = ox.NamedNode(GKG + "quoteCount")
#: The earliest and latest publication dates (dcterms:issued) of the reporting articles.
FIRST_REPORTED = ox.NamedNode(GKG + "firstReported")
LAST_REPORTED = ox.NamedNode(GKG + "lastReported")
#: Articles with a claim of the fact, whatever it says of it: the sources the evidence
#: browser counts (gkg:sourceCount leaves out those saying it did not happen).
ARTICLE_COUNT = ox.NamedNode(GKG + "articleCount")
#: Each gkg:Modality a claim of the fact presents it in: the claim's gkg:modality,
#: gkg:Negative for a claim saying it did not happen (unless its modality says so itself:
#: refused, unable, denied; a negative claim is no denial), gkg:Asserted for a claim with
#: neither.
PRESENTED_AS = ox.NamedNode(GKG + "presentedAs")
#: The article with the smallest IRI among those with a claim of the fact: the source
#: whose quotes the browser shows where it lists the fact among many.
FIRST_SOURCE = ox.NamedNode(GKG + "firstSource")
#: A property on which two sources disagree (see :func:`disputed_properties`), or
#: gkg:polarity when one claim says the fact happened and another that it did not.
DISPUTED_PROPERTY = ox.NamedNode(GKG + "disputedProperty")

#: The earliest of a fact's gkg:date and gkg:startDate values in the derived graph (by
#: lexical form: ISO 8601 dates of any precision sort in time order), what the browser
#: orders an entity's facts by; of a relation summary, the earliest of its facts'.
EARLIEST_DATE = ox.NamedNode(GKG + "earliestDate")
#: The first word of the fact's date as `meetings` shows it (:func:`date_key`), what a
#: page of facts is chosen by before their dates are computed.
DATE_KEY = ox.NamedNode(GKG + "dateKey")
SUMMARY_PROPERTIES = (SOURCE_COUNT, SUPPORTING_SOURCE_COUNT, DENYING_SOURCE_COUNT, CLAIM_COUNT,
                      QUOTE_COUNT, FIRST_REPORTED, LAST_REPORTED, DISPUTED_PROPERTY, ARTICLE_COUNT,
                      PRESENTED_AS, FIRST_SOURCE, EARLIEST_DATE, DATE_KEY)

#: The properties whose values `conflicts` compares between sources (queries/conflicts.rq).
#: gkg:ordinal is not among them: one fact is "the first deadly attack" of one series and
#: "the fifth missile in two days" of another, and the graph does not say which series.
#: gkg:distance is: "within 200 kilometres of Moscow" by one speaker and "330 kilometres"
#: by another are two accounts of one closest point.
COMPARED = tuple(ox.NamedNode(GKG + p) for p in (
    "date", "startDate", "endDate", "period", "quantity", "changePercent", "status", "place",
    "capacityMW", "anniversary", "hostState", "share", "totalQuantity", "deadline", "effectiveDate",
    "value", "amount", "winner", "perpetrator", "distance"))
#: Of those, who did it: compared by side (see :func:`side`), so that "China Coast Guard"
#: and "unnamed personnel" of China agree, and an unnamed ship of the Philippines, which
#: one side says caused a collision, disagrees with both.
ACTORS = {ox.NamedNode(GKG + "perpetrator")}
#: What an actor belongs to: the 'of' of unnamed actors (in their article graph) and of
#: registry entities (in the derived graph).
_OF_UNNAMED = (ox.NamedNode(GKG + "ofState"), ox.NamedNode(GKG + "ofOrganisation"))
_OF_ENTITY = (ox.NamedNode(GKG + "organisationOf"), ox.NamedNode(GKG + "citizenOf"))
_HOLDER = ox.NamedNode(GKG + "holder")
_POSITION_OF = ox.NamedNode(GKG + "positionOf")
#: Of those, the dates: a month or year agrees with a day inside it.
DATES = {ox.NamedNode(GKG + p) for p in ("date", "startDate", "endDate", "period", "deadline", "effectiveDate")}
POLARITY = ox.NamedNode(GKG + "polarity")
#: What a count counts (gkg:quantityOf: "19 violations", "21 drones"): two counts of
#: different things are not rival figures, so a claim's counts are compared only with
#: counts of the same thing, or with those whose claim does not say what they count.
#: Read with the values (never compared itself).
QUANTITY = ox.NamedNode(GKG + "quantity")
QUANTITY_OF = ox.NamedNode(GKG + "quantityOf")
#: Sums and quantities (schema:MonetaryAmount, schema:QuantitativeValue nodes): compared
#: only with figures in the same currency or unit, so that "1 billion yuan (about $137
#: million)", one sum with its conversion, is no pair of rival figures (ISO 4217 codes in
#: schema:currency, UN/CEFACT codes in schema:unitCode with the words in schema:unitText).
MEASURED = {ox.NamedNode(GKG + "value"), ox.NamedNode(GKG + "amount")}
_MEASURE_OF = tuple(ox.NamedNode(SCHEMA + p) for p in ("currency", "unitCode", "unitText"))
_COMPARED = set(COMPARED)
#: What the records keep of a claim's values: the compared properties and what a count counts.
_RECORDED = _COMPARED | {QUANTITY_OF}
_SUMMARY = set(SUMMARY_PROPERTIES)

_TYPE = ox.NamedNode(RDF + "type")
_SUPPORTS = ox.NamedNode(GKG + "supports")
_MODALITY = ox.NamedNode(GKG + "modality")
_DENIED = ox.NamedNode(GKG + "Denied")
_UNCOMMITTED = ox.NamedNode(GKG + "Uncommitted")
#: A belief its own speakers later corrected ('had first believed that the IRGC had taken
#: the ship'): like an uncommitted claim, it counts neither for nor against the fact.
_CORRECTED = ox.NamedNode(GKG + "Corrected")
_ASSERTED = ox.NamedNode(GKG + "Asserted")
_NEGATIVE = ox.NamedNode(GKG + "Negative")
#: The modalities that say by themselves that the fact did not happen ("refused to
#: extend", "unable to pay"): a negative claim is presented in its own, else as negative.
NEGATIVE_MODALITIES = (_DENIED, ox.NamedNode(GKG + "RefusedModality"), ox.NamedNode(GKG + "Unable"))
_DERIVED_FROM = ox.NamedNode(PROV + "wasDerivedFrom")
_ATTRIBUTED_TO = ox.NamedNode(PROV + "wasAttributedTo")
_EVIDENCE = ox.NamedNode(GKG + "hasEvidence")
_STATES = ox.NamedNode(GKG + "statesValue")
_DENIES = ox.NamedNode(GKG + "deniesValue")
_SUBJECT = ox.NamedNode(RDF + "subject")
_PREDICATE = ox.NamedNode(RDF + "predicate")
_OBJECT = ox.NamedNode(RDF + "object")
_ISSUED = ox.NamedNode(DCTERMS + "issued")
_INTEGER = ox.NamedNode(XSD + "integer")
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short",
                              "nonNegativeInteger", "positiveInteger")}
_FACTS = ox.NamedNode(FACTS_GRAPH)


@dataclass
class ClaimRecord:
    """What one claim contributes to its fact's summary: its article (IRI) and that
    article's publication date (the ``dcterms:issued`` literal, or None), whether it is
    negative, whether it is denied and whether it is uncommitted (gkg:Uncommitted: it
    counts neither for nor against the fact), its speakers (IRIs or blank nodes; empty when
    the article speaks in its own voice), its number of quotes, the (property, value)
    pairs it states of the fact for the properties in :data:`COMPARED`, the claim
    node itself, and the gkg:Modality individuals it presents the fact in (see
    :data:`PRESENTED_AS`)."""

    fact: ox.NamedNode
    article: ox.NamedNode
    issued: ox.Literal | None = None
    negative: bool = False
    denied: bool = False
    speakers: tuple = ()
    quotes: int = 0
    values: list[tuple[ox.NamedNode, object]] = field(default_factory=list)
    claim: object = None
    modalities: tuple = ()
    uncommitted: bool = False
    #: value node -> its currency or unit (:func:`measure`), for the properties of
    #: :data:`MEASURED`; filled by :func:`stored_claim_records`.
    measures: dict = field(default_factory=dict)

    @property
    def backs(self) -> bool:
        """Whether the claim is a source of the fact (gkg:sourceCount): neither negative
        nor uncommitted."""
        return not self.negative and not self.uncommitted


def claim_records(quads: Iterable[ox.Quad | ox.Triple], issued: dict | None = None) -> list[ClaimRecord]:
    """The :class:`ClaimRecord` of every claim (a subject with ``gkg:supports``) among
    ``quads`` (the triples of one article graph, or more). ``issued``: article IRI ->
    its dcterms:issued literal, for articles whose triples are not among ``quads``."""
    by_subject: dict[object, list[tuple]] = {}
    dates = {}
    for q in quads:
        by_subject.setdefault(q.subject, []).append((q.predicate, q.object))
        if q.predicate == _ISSUED:
            dates[q.subject] = q.object
    known = issued or {}
    out = []
    for c, props in by_subject.items():
        facts = [o for p, o in props if p == _SUPPORTS]
        articles = [o for p, o in props if p == _DERIVED_FROM]
        if not facts or not articles:
            continue
        # A partial denial (gkg:deniesValue) grants the fact and its other values: it
        # counts as an account that it happened, without the values it rejects.
        rejected = {o for p, o in props if p == _DENIES}
        statements = [dict(by_subject.get(o, ())) for p, o in props if p == _STATES and o not in rejected]
        for f in facts:
            values = [(s[_PREDICATE], s[_OBJECT]) for s in statements
                      if s.get(_SUBJECT) == f and s.get(_PREDICATE) in _RECORDED and _OBJECT in s]
            values = [(p, _unnamed_side(v, by_subject.get(v, ())) if p in ACTORS else v)
                      for p, v in _with_behalf(f, values, statements)]
            a = articles[0]
            negative = (POLARITY, _NEGATIVE) in props
            out.append(ClaimRecord(
                f, a, dates[a] if a in dates else known.get(a), negative, (_MODALITY, _DENIED) in props and not rejected,
                tuple(o for p, o in props if p == _ATTRIBUTED_TO), sum(1 for p, _ in props if p == _EVIDENCE), values, c,
                _claim_presented(negative, tuple(o for p, o in props if p == _MODALITY)),
                (_MODALITY, _UNCOMMITTED) in props or (_MODALITY, _CORRECTED) in props))
    return out


def _claim_presented(negative: bool, modalities: tuple) -> tuple:
    """The modalities a claim presents its fact in (gkg:presentedAs), from its
    polarity and its gkg:modality terms: a negative claim in its own negative modality
    (refused, unable, denied) or else as gkg:Negative (stated not to have happened, which
    is no denial); any other in its modalities, or gkg:Asserted when it has none."""
    if negative:
        return tuple(m for m in modalities if m in NEGATIVE_MODALITIES) or (_NEGATIVE,)
    return modalities or (_ASSERTED,)


def stored_claim_records(store: ox.Store, fact: ox.NamedNode, skip: set[str] = frozenset(),
                         new: Iterable[ClaimRecord] = (), issued: dict | None = None,
                         view: DerivedView | None = None) -> list[ClaimRecord]:
    """The :class:`ClaimRecord` of each claim in ``store`` that supports ``fact``,
    leaving out the article graphs named in ``skip``, followed by the records ``new``
    (of graphs about to be written). ``issued`` caches article IRI -> publication date
    between calls; ``view`` is the derived graph as the write will leave it (default:
    as ``store`` holds it), where a perpetrator's sides are looked up.

    Read by index pattern, so the cost follows the fact's claims, not the store's size:
    each claim's own triples and its article's date; the values it states are read
    only for the properties of :data:`COMPARED` that the fact has more than one value
    of (in the derived graph or in ``new``), the only ones sources can disagree on."""
    issued = {} if issued is None else issued
    new = list(new)
    out, graphs = [], []
    for link in store.quads_for_pattern(None, _SUPPORTS, fact, None):
        g = link.graph_name
        if not isinstance(g, ox.NamedNode) or g.value in skip or g == _FACTS:
            continue
        own = list(store.quads_for_pattern(link.subject, None, None, g))
        for q in own:
            if q.predicate == _DERIVED_FROM and q.object not in issued:
                issued[q.object] = next((d.object for d in store.quads_for_pattern(q.object, _ISSUED, None, g)), None)
        records = [r for r in claim_records(own, issued) if r.fact == fact]
        out += records
        graphs += [g] * len(records)
    given: dict[ox.NamedNode, set] = {}
    for q in store.quads_for_pattern(fact, None, None, _FACTS):
        if q.predicate in _COMPARED:
            given.setdefault(q.predicate, set()).add(q.object)
    for r in new:
        for p, v in r.values:
            given.setdefault(p, set()).add(v)
    several = {p for p, values in given.items() if len(values) > 1}
    if QUANTITY in several:
        several.add(QUANTITY_OF)
    if several:
        for r, g in zip(out, graphs):
            r.values = _stated_values(store, r, g, several)
    records = out + new
    if several & ACTORS:
        view = view or DerivedView(store)
        for r in records:
            r.values = [(p, w) for p, v in r.values for w in (side(view, v) if p in ACTORS else (v,))]
    if several & MEASURED:
        view = view or DerivedView(store)
        for r in records:
            r.measures = {v: measure(view, v) for p, v in r.values if p in MEASURED}
    return records


def measure(view: DerivedView, node) -> tuple[str, ...]:
    """What the sum or quantity ``node`` is counted in, read from the derived graph
    ``view``: its ISO 4217 currency (schema:currency), or its UN/CEFACT unit code
    (schema:unitCode) and unit words (schema:unitText, in lower case); () when it has none
    (such a figure is compared with any other)."""
    return tuple(str(t.object.value).strip().lower() for p in _MEASURE_OF for t in view.triples(node, p, None))


class DerivedView:
    """The derived graph (:data:`FACTS_GRAPH`) of ``store`` as a write will leave it:
    without the triples ``removed``, with the triples ``added`` (both iterables of
    ``ox.Triple``), so that the summaries a write computes see what a build of the same
    articles sees. Read by :func:`side` only."""

    def __init__(self, store: ox.Store, removed: Iterable[ox.Triple] = (), added: Iterable[ox.Triple] = ()):
        self.store = store
        self.removed = set(removed)
        self.added = list(added)

    def triples(self, subject, predicate, obj) -> list[ox.Triple]:
        """The triples matching the pattern (None: any term)."""
        out = {q.triple for q in self.store.quads_for_pattern(subject, predicate, obj, _FACTS)} - self.removed
        out.update(t for t in self.added if (subject is None or t.subject == subject)
                   and t.predicate == predicate and (obj is None or t.object == obj))
        return sorted(out, key=str)


_QUALIFIED_ROLE = ox.NamedNode(GKG + "qualifiedRole")
_ROLE_PROPERTY = ox.NamedNode(GKG + "roleProperty")
_AGENT = ox.NamedNode(PROV + "agent")
_ON_BEHALF_OF = ox.NamedNode(GKG + "onBehalfOf")


def _with_behalf(fact, values: list[tuple], statements: list[dict]) -> list[tuple]:
    """``values`` (the claim's (property, value) pairs of ``fact``) with, after each actor
    of :data:`ACTORS`, the party the claim says it acted for (its gkg:qualifiedRole's
    gkg:onBehalfOf: ``{group: hackers}`` with ``for: ministry-of-state-security``), so
    that a group named for a body stands for that body's side too. ``statements``: the
    claim's statements, each as a dict of rdf:subject, rdf:predicate and rdf:object."""
    roles = {s[_OBJECT] for s in statements if s.get(_SUBJECT) == fact and s.get(_PREDICATE) == _QUALIFIED_ROLE and _OBJECT in s}
    if not roles:
        return values
    of: dict = {}
    for r in roles:
        parts: dict = {}
        for s in statements:
            if s.get(_SUBJECT) == r and _OBJECT in s:
                parts.setdefault(s.get(_PREDICATE), []).append(s[_OBJECT])
        for prop in parts.get(_ROLE_PROPERTY, ()):
            for agent in parts.get(_AGENT, ()):
                of.setdefault((prop, agent), []).extend(parts.get(_ON_BEHALF_OF, ()))
    return [x for p, v in values for x in [(p, v)] + [(p, w) for w in of.get((p, v), ()) if p in ACTORS]]


def _unnamed_side(actor, props) -> object:
    """The state or organisation that unnamed ``actor`` belongs to, from its (predicate,
    object) pairs ``props`` in its article graph; ``actor`` itself when it has none."""
    return next((o for p, o in props if p in _OF_UNNAMED), actor)


def side(view: DerivedView, actor) -> tuple:
    """The sides ``actor`` (a term: an actor, or the state or organisation
    :func:`_unnamed_side` gave unnamed actors, or the party a claim says an actor acted
    for, :func:`_with_behalf`) stands for when sources are compared on who
    did something: the actor itself; the state a registry entity belongs to
    (gkg:organisationOf, gkg:citizenOf); and for a person, what their positions are of
    (gkg:positionOf of the gkg:PositionHeld facts they hold: "Min Aung Hlaing" stands for
    the Myanmar Armed Forces he commands) with the state that belongs to. All read from the
    derived graph ``view``. Two sources agree on a perpetrator when a side one gives is a
    side the other gives."""
    out = [actor]
    if isinstance(actor, ox.NamedNode):
        bodies = [actor] + [o.object for office in view.triples(None, _HOLDER, actor)
                            for o in view.triples(office.subject, _POSITION_OF, None)]
        for body in bodies:
            out += [body] + [t.object for p in _OF_ENTITY for t in view.triples(body, p, None)]
    return tuple(dict.fromkeys(out))


def _stated_values(store: ox.Store, record: ClaimRecord, g: ox.NamedNode, properties: set) -> list[tuple]:
    """The (property, value) pairs the claim of ``record`` (in the article graph ``g``)
    states of its fact for ``properties``, read from its gkg:ClaimedStatements."""
    out = []
    rejected = {q.object for q in store.quads_for_pattern(record.claim, _DENIES, None, g)}
    statements = []
    for s in store.quads_for_pattern(record.claim, _STATES, None, g):
        if s.object in rejected:
            continue
        parts = {q.predicate: q.object for q in store.quads_for_pattern(s.object, None, None, g)}
        statements.append(parts)
        if parts.get(_SUBJECT) == record.fact and parts.get(_PREDICATE) in properties and _OBJECT in parts:
            out.append((parts[_PREDICATE], parts[_OBJECT]))
    if properties & ACTORS:
        out = [(p, _unnamed_side(o, ((q.predicate, q.object) for q in store.quads_for_pattern(o, None, None, g)))
                if p in ACTORS else o) for p, o in _with_behalf(record.fact, out, statements)]
    return out


def summary_triples(fact: ox.NamedNode, records: list[ClaimRecord]) -> list[ox.Triple]:
    """The summary triples of ``fact`` from the records of every claim backing it (none
    when ``records`` is empty: a fact no claim states has no summary). Counts are
    ``xsd:integer``; dates keep the articles' ``dcterms:issued`` literals."""
    if not records:
        return []

    def count(predicate, n):
        return ox.Triple(fact, predicate, ox.Literal(str(n), datatype=_INTEGER))

    out = [
        count(SOURCE_COUNT, len({r.article for r in records if r.backs})),
        count(SUPPORTING_SOURCE_COUNT, len({r.article for r in records if r.backs and not r.denied})),
        count(DENYING_SOURCE_COUNT, len({r.article for r in records if r.negative or r.denied})),
        count(CLAIM_COUNT, len(records)),
        count(QUOTE_COUNT, sum(r.quotes for r in records)),
        count(ARTICLE_COUNT, len({r.article for r in records})),
        ox.Triple(fact, FIRST_SOURCE, min((r.article for r in records), key=lambda a: a.value)),
    ]
    out += [ox.Triple(fact, PRESENTED_AS, m) for m in _presented(records)]
    dates = sorted((r.issued for r in records if r.issued is not None), key=lambda d: d.value)
    if dates:
        out += [ox.Triple(fact, FIRST_REPORTED, dates[0]), ox.Triple(fact, LAST_REPORTED, dates[-1])]
    out += [ox.Triple(fact, DISPUTED_PROPERTY, p) for p in disputed_properties(records)]
    return out


def added_summary(store: ox.Store, fact: ox.NamedNode, new: list[ClaimRecord]) -> list[ox.Triple] | None:
    """The summary triples of ``fact`` once the claims of ``new`` (records of article
    graphs that ``store`` does not hold yet, none of them of an article already backing
    the fact) are added to those backing it in ``store``: computed from the fact's stored
    summary and ``new`` alone, so that adding an article to a fact reported by thousands
    of others costs what the article says, not what they said. The result is the one
    :func:`summary_triples` of every record gives (counts added up, the dates' minimum
    and maximum, a disputed property stays disputed since sources are only added).

    None when only reading every claim can tell, and the caller must do that
    (:func:`stored_claim_records`): ``new`` is empty, the fact has no summary yet, a
    property of :data:`COMPARED` takes more than one value (in the derived graph or in
    ``new``) without being disputed already, or who did it (:data:`ACTORS`, compared by
    sides that the write may change) takes more than one."""
    if not new:
        return None
    old: dict[ox.NamedNode, list] = {}
    given: dict[ox.NamedNode, set] = {}
    for q in store.quads_for_pattern(fact, None, None, _FACTS):
        if q.predicate in _SUMMARY:
            old.setdefault(q.predicate, []).append(q.object)
        elif q.predicate in _COMPARED:
            given.setdefault(q.predicate, set()).add(q.object)
    if not old or FIRST_SOURCE not in old:
        return None
    for r in new:
        for p, v in r.values:
            given.setdefault(p, set()).add(v)
    disputed = set(old.get(DISPUTED_PROPERTY, ()))
    if any(len(values) > 1 and (p in ACTORS or p not in disputed) for p, values in given.items()):
        return None

    def stored(p) -> int:
        return int(old[p][0].value)

    # Undisputed, the stored claims that commit to the fact are all of one polarity: all
    # negative exactly when none is a source (gkg:sourceCount counts the articles with a
    # committed claim that is not) while some deny it (gkg:denyingSourceCount counts
    # those with a negative one); none at all when both are 0 (only uncommitted claims).
    committed = {stored(SOURCE_COUNT) == 0} if stored(SOURCE_COUNT) + stored(DENYING_SOURCE_COUNT) else set()
    if POLARITY not in disputed and {r.negative for r in new if not r.uncommitted} | committed == {True, False}:
        disputed.add(POLARITY)
    by_article: dict[ox.NamedNode, list[ClaimRecord]] = {}
    for r in new:
        by_article.setdefault(r.article, []).append(r)

    def count(predicate, added):
        return ox.Triple(fact, predicate, ox.Literal(str(stored(predicate) + added), datatype=_INTEGER))

    out = [
        count(SOURCE_COUNT, sum(any(r.backs for r in rs) for rs in by_article.values())),
        count(SUPPORTING_SOURCE_COUNT, sum(any(r.backs and not r.denied for r in rs) for rs in by_article.values())),
        count(DENYING_SOURCE_COUNT, sum(any(r.negative or r.denied for r in rs) for rs in by_article.values())),
        count(CLAIM_COUNT, len(new)),
        count(QUOTE_COUNT, sum(r.quotes for r in new)),
        count(ARTICLE_COUNT, len(by_article)),
        ox.Triple(fact, FIRST_SOURCE, min([*old[FIRST_SOURCE], *by_article], key=lambda a: a.value)),
    ]
    out += [ox.Triple(fact, PRESENTED_AS, m) for m in sorted(set(old.get(PRESENTED_AS, ())) | set(_presented(new)),
                                                             key=lambda m: m.value)]
    # As summary_triples' stable sort of the stored records' dates, then the new ones'.
    first, last = old.get(FIRST_REPORTED, [None])[0], old.get(LAST_REPORTED, [None])[0]
    for d in (r.issued for r in new if r.issued is not None):
        if first is None or d.value < first.value:
            first = d
        if last is None or d.value >= last.value:
            last = d
    if first is not None:
        out += [ox.Triple(fact, FIRST_REPORTED, first), ox.Triple(fact, LAST_REPORTED, last)]
    out += [ox.Triple(fact, DISPUTED_PROPERTY, p) for p in (*COMPARED, POLARITY) if p in disputed]
    return out


def _presented(records: Iterable[ClaimRecord]) -> list[ox.NamedNode]:
    """The modalities the claims of ``records`` present their fact in, sorted by IRI."""
    return sorted({m for r in records for m in r.modalities}, key=lambda m: m.value)


def disputed_properties(records: list[ClaimRecord]) -> list[ox.NamedNode]:
    """The properties of :data:`COMPARED` on which two sources of a fact disagree, and
    :data:`POLARITY` when one claim is negative and another is not; in the order of
    :data:`COMPARED`.

    A source is an article with one of its claims' speakers, or the article itself when
    a claim names none. Two sources disagree on a property when each gives it values
    and no value one gives agrees with one the other gives: the same term, the same
    number, or (for a date) one date a prefix of the other, so that a month agrees with
    a day inside it; a count (gkg:quantity) only with counts of the same thing (the same
    gkg:quantityOf, or a claim that does not say what it counts: "19 violations" and "21
    drones" are no rival figures); a perpetrator by its sides (:func:`side`, applied by
    :func:`stored_claim_records`), between claims that are neither denied, negative nor
    uncommitted; a sum or quantity (:data:`MEASURED`) only with figures in the same
    currency or unit (:func:`measure`, applied by :func:`stored_claim_records`), so that
    a sum and its conversion into another currency do not disagree.
    The rule is the one `conflicts` states (queries/conflicts.rq)."""
    out = []
    for p in COMPARED:
        given: dict[tuple, frozenset] = {}
        for r in records:
            # Who did it is compared between accounts that it happened: a denial's or a
            # negative claim's perpetrator is what it denies, not another account.
            if p in ACTORS and (r.denied or r.negative or r.uncommitted):
                continue
            values = [v for q, v in r.values if q == p]
            for v in values:
                # What a figure counts in: a count's thing, a sum's currency, a quantity's unit.
                counted = (_counted(r) if p == QUANTITY
                           else frozenset({r.measures[v]}) if p in MEASURED and r.measures.get(v) else frozenset())
                for w in r.speakers or (r.article,):
                    key = (r.article, w, counted)
                    given[key] = given.get(key, frozenset()) | {v}
        # (A count is set against counts of the same thing, a sum against sums in the same
        # currency, only: the third part of the key.)
        pairs = sorted({(k[2], v) for k, v in given.items()}, key=lambda kv: (sorted(kv[0]), sorted(map(str, kv[1]))))
        if any((not a[0] or not b[0] or a[0] & b[0]) and not _agree(a[1], b[1], p in DATES)
               for i, a in enumerate(pairs) for b in pairs[i + 1:]):
            out.append(p)
    # An uncommitted claim takes no side on whether the fact happened.
    if len({r.negative for r in records if not r.uncommitted}) > 1:
        out.append(POLARITY)
    return out


def _counted(record: ClaimRecord) -> frozenset:
    """What the counts of ``record``'s claim count (its gkg:quantityOf values, in lower
    case and without surrounding spaces); empty when the claim does not say."""
    return frozenset(str(v.value).strip().lower() for q, v in record.values if q == QUANTITY_OF)


def _agree(one: frozenset, other: frozenset, dates: bool) -> bool:
    """Whether a value of ``one`` agrees with a value of ``other`` (see
    :func:`disputed_properties`)."""
    for a in one:
        for b in other:
            if a == b or _number(a) is not None and _number(a) == _number(b):
                return True
            if dates and (str(a.value).startswith(b.value) or str(b.value).startswith(a.value)):
                return True
    return False


def _number(term) -> Decimal | None:
    """The value of a numeric literal (SPARQL compares numbers by value: 1 = 1.0)."""
    if isinstance(term, ox.Literal) and term.datatype.value in _NUMERIC:
        try:
            return Decimal(term.value)
        except InvalidOperation:
            return None
    return None


def stored_summary(store: ox.Store, fact: ox.NamedNode) -> list[ox.Triple]:
    """The summary triples ``fact`` has now in the derived graph of ``store``."""
    return [q.triple for p in SUMMARY_PROPERTIES for q in store.quads_for_pattern(fact, p, None, _FACTS)]


def all_summaries(store: ox.Store) -> Iterator[ox.Quad]:
    """The summary quads of every fact of ``store`` (for a bulk build: every article
    graph and the rest of the derived graph are already loaded), fact by fact, in the
    order of the store's index of ``gkg:supports`` links.

    Streams: what is held between facts is the article dates (one per article), not
    the list of facts. The index groups the links by fact (Oxigraph's POSG order), so
    each fact comes once; were a fact to come twice, its quads would come twice, the
    same both times, which a store (a set of quads) keeps once. The summaries' own
    properties are not ``gkg:supports``, so loading them while this runs does not
    change what it reads."""
    issued: dict = {}
    last = None
    read = Reader(store)
    for link in store.quads_for_pattern(None, _SUPPORTS, None, None):
        f = link.object
        if f == last or not isinstance(f, ox.NamedNode):
            continue
        last = f
        summary = summary_triples(f, stored_claim_records(store, f, issued=issued))
        for t in summary + (date_summaries(read, f) if summary else []):
            yield ox.Quad(t.subject, t.predicate, t.object, _FACTS)


# -- Per-edge summaries -------------------------------------------------------------------

#: The relations between two entities that the evidence browser's network draws: kind ->
#: (fact class, property or properties naming the edge's source, its target (``|``
#: between alternatives), directed). A meeting links every pair of its participants,
#: once, the smaller IRI first.
RELATIONS = {
    "meeting": ("Meeting", "gkg:participant", "gkg:participant", False),
    "visit": ("Visit", "gkg:visitor", "gkg:hostState|gkg:host", True),
    "sanction": ("Sanction", "gkg:authority", "gkg:target", True),
    # A diplomat expelled is a measure as a sanction is (the 'sanctions' query lists both):
    # from the expelling state to each diplomat expelled.
    "expulsion": ("DiplomaticExpulsion", "gkg:initiator", "gkg:target", True),
    "arms": ("ArmsTransfer", "gkg:supplier", "gkg:recipient", True),
    "support": ("Support", "gkg:supporter", "gkg:supported", True),
    "accusation": ("Accusation", "gkg:speaker", "gkg:about", True),
}
#: Where the summaries of the edges are named: ``edge/<kind>/<source>/<target>`` (:func:`edge_node`).
EDGE = BASE + "edge/"
RELATION_SUMMARY = ox.NamedNode(GKG + "RelationSummary")
RELATION_KIND = ox.NamedNode(GKG + "relationKind")
EDGE_SOURCE = ox.NamedNode(GKG + "edgeSource")
EDGE_TARGET = ox.NamedNode(GKG + "edgeTarget")
FACT_COUNT = ox.NamedNode(GKG + "factCount")
#: The latest gkg:date or gkg:startDate of the edge's facts (by lexical form).
LATEST_DATE = ox.NamedNode(GKG + "latestDate")
#: The first facts of the edge by IRI, at most :data:`LISTED_FACTS` of them: those the
#: network lists when the edge is clicked, read without reading the edge's other facts.
LISTED_FACT = ox.NamedNode(GKG + "listedFact")
LISTED_FACTS = 10
_DATE = ox.NamedNode(GKG + "date")
_START = ox.NamedNode(GKG + "startDate")


def _terms(text: str) -> tuple[ox.NamedNode, ...]:
    return tuple(ox.NamedNode(GKG + p.removeprefix("gkg:")) for p in text.split("|"))


#: :data:`RELATIONS` as terms: kind -> (class, source properties, target properties, directed).
_RELATIONS = {kind: (ox.NamedNode(GKG + cls), _terms(src), _terms(dst), directed)
              for kind, (cls, src, dst, directed) in RELATIONS.items()}
_RELATION_CLASSES = {cls: kind for kind, (cls, *_rest) in _RELATIONS.items()}


def edge_node(source: ox.NamedNode, target: ox.NamedNode, kind: str) -> ox.NamedNode:
    """The IRI of the summary of the edge (``source``, ``target``, ``kind``):
    ``edge/<kind>/<source>/<target>``, each end's IRI percent-encoded whole, so that the
    edge is read back from its IRI alone (:func:`edge_of`): the whole network reads one
    triple per edge (its gkg:factCount), not its ends too.

    >>> edge_node(ox.NamedNode("http://a"), ox.NamedNode("http://b"), "meeting").value
    'https://w3id.org/geopolitics-kg/edge/meeting/http%3A%2F%2Fa/http%3A%2F%2Fb'
    """
    return ox.NamedNode(f"{EDGE}{kind}/{quote(source.value, safe='')}/{quote(target.value, safe='')}")


def edge_of(node: str) -> tuple[str, str, str]:
    """(source IRI, target IRI, kind) of the edge summary named ``node`` (an IRI that
    :func:`edge_node` gives).

    >>> edge_of("https://w3id.org/geopolitics-kg/edge/meeting/http%3A%2F%2Fa/http%3A%2F%2Fb")
    ('http://a', 'http://b', 'meeting')
    """
    kind, source, target = node[len(EDGE):].split("/")
    return unquote(source), unquote(target), kind


class Reader:
    """Reads the derived graph of ``store`` by pattern, as ``view`` (a
    :class:`DerivedView`) leaves it if given: the triples it removes left out, those it
    adds in, looked up in an index built once. :meth:`objects` and :meth:`subjects`
    return sets of terms; the cost is that of the store's index scan for the pattern."""

    def __init__(self, store: ox.Store, view: DerivedView | None = None):
        self.store = store
        self.removed = view.removed if view else set()
        by_sp: dict[tuple, list] = {}
        by_po: dict[tuple, list] = {}
        for t in view.added if view else ():
            by_sp.setdefault((t.subject, t.predicate), []).append(t.object)
            by_po.setdefault((t.predicate, t.object), []).append(t.subject)
        self.by_sp, self.by_po = by_sp, by_po

    def objects(self, subject, predicate) -> set:
        """The objects of (``subject``, ``predicate``, any)."""
        return {q.object for q in self.store.quads_for_pattern(subject, predicate, None, _FACTS)
                if not self.removed or q.triple not in self.removed} | set(self.by_sp.get((subject, predicate), ()))

    def subjects(self, predicate, obj) -> set:
        """The subjects of (any, ``predicate``, ``obj``)."""
        return {q.subject for q in self.store.quads_for_pattern(None, predicate, obj, _FACTS)
                if not self.removed or q.triple not in self.removed} | set(self.by_po.get((predicate, obj), ()))


def dates_of(read: Reader, fact: ox.NamedNode) -> list[ox.Literal]:
    """The fact's gkg:date and gkg:startDate literals, sorted by lexical form."""
    return sorted((d for p in (_DATE, _START) for d in read.objects(fact, p) if isinstance(d, ox.Literal)),
                  key=lambda d: (d.value, str(d)))


def earliest_date(read: Reader, fact: ox.NamedNode) -> list[ox.Triple]:
    """The fact's :data:`EARLIEST_DATE` triple, none if it has no date."""
    dates = dates_of(read, fact)
    return [ox.Triple(fact, EARLIEST_DATE, dates[0])] if dates else []


def _g(name: str) -> ox.NamedNode:
    return ox.NamedNode(GKG + name)


_END, _EARLIEST, _LATEST = _g("endDate"), _g("dateEarliest"), _g("dateLatest")
_RELATIVE, _BESIDE, _PART_OF = _g("relativeDate"), _g("besideEvent"), _g("partOf")
_PERIOD_START, _PERIOD_END = _g("periodStart"), _g("periodEnd")
_SIDES = ((_g("afterFact"), "after"), (_g("beforeFact"), "before"), (_g("duringFact"), "during"))
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
#: The key of a fact with no date of any kind: `meetings` sorts it as "9999", last.
UNDATED_KEY = "9999"


def _texts(read: Reader, subject, predicate) -> list[str]:
    """The lexical forms of the literal objects of (``subject``, ``predicate``)."""
    return [o.value for o in read.objects(subject, predicate) if isinstance(o, ox.Literal)]


def _most_precise(values: list[str], compared: list[str]) -> list[str]:
    """``values`` without those that a longer one of ``compared`` begins with ("2024-06"
    beside "2024-06-13"): the dates `meetings` keeps."""
    return [v for v in values if not any(len(c) > len(v) and c.startswith(v) for c in compared)]


def _pairs(starts: list[str], ends: list[str]) -> list[str]:
    """Each start with each non-empty end as "start/end", a start alone without one."""
    return [f"{s}/{e}" if e else s for s in starts for e in (ends or [""])]


def _relative_words(read: Reader, rt) -> list[str]:
    """The first words of the dates `meetings` gives a fact dated only relative to
    another (``rt``: its gkg:relativeDate node): the days the other fact's own dates
    bound it to ("2024-06-26/"), else the opening of its words ("(after", "(three")."""
    out = []
    delay = _texts(read, rt, _g("delayLabel"))
    for side_p, side in _SIDES:
        for other in read.objects(rt, side_p):
            if not _texts(read, other, _LABEL) and not read.objects(other, _LABEL):
                continue  # the query reads the other fact's label: none, no date
            od, os_, oe = (_texts(read, other, p) or [None] for p in (_DATE, _START, _END))
            oea = (_texts(read, other, _EARLIEST) + _texts(read, other, _g("startEarliest"))) or [None]
            ola = _texts(read, other, _LATEST) or [None]
            for d in od:
                for s in os_:
                    for e in oe:
                        for ea in oea:
                            for la in ola:
                                early = "" if side == "before" else next(
                                    (x for x in (e if side == "after" else None, d, s, ea) if x is not None), "")
                                late = "" if side == "after" else next(
                                    (x for x in (e if side == "during" else None, d, s, la) if x is not None), "")
                                if early or late:
                                    out.append(early if early == late else f"{early}/{late}")
                                else:
                                    out += [f"({w} " for w in delay] or [f"({side} "]
    return [w.split(" ")[0] for w in out]


def date_key(read: Reader, fact: ox.NamedNode) -> str:
    """The first word of the fact's date as `meetings` computes it (queries/meetings.rq,
    its date column; str): the date up to its first space, "9999" for a fact it gives
    no date. Its own gkg:date values, else its gkg:startDate values (each with each
    gkg:endDate: "2024-06-13/2024-06-15"), else the bounds of a date relative to another
    fact (gkg:dateEarliest and gkg:dateLatest, else the other fact's own dates through
    gkg:relativeDate), of the larger event it was beside (gkg:besideEvent), of the
    whole it was part of (gkg:partOf), of its period (gkg:periodStart/gkg:periodEnd);
    a value dropped where a longer one of the same property begins with it; the first
    of those in code point order, cut at its first space.

    Why the first word: the date column is those values sorted, joined by " / ", and
    followed by " (part of the day)" where the sources give it, so it begins with this
    word followed by a space or nothing. Of two facts, the one with the smaller word has
    the smaller column (where the words differ inside both, they decide; where one is a
    prefix of the other, the shorter is followed by a space or ends, and the longer has
    no space there), so ordering by the key first and by the column next gives the
    column's order: a page can be cut on the key with ties kept
    (:func:`kg.query.page_first`). Depends on the facts a date is relative to, beside or
    part of: :func:`date_dependents` names the facts whose key a change of a fact can
    change."""
    date, start = _texts(read, fact, _DATE), _texts(read, fact, _START)
    earliest, latest = _texts(read, fact, _EARLIEST), _texts(read, fact, _LATEST)
    period = _texts(read, fact, _PERIOD_START)
    words: list[str] = []
    if date:
        words += _most_precise(date, date)
    elif start:
        words += _most_precise(_pairs(start, _texts(read, fact, _END)), start)
    elif earliest:
        kept = [e if latest_one == e else f"{e}/{latest_one or ''}" for e in earliest for latest_one in (latest or [None])]
        words += _most_precise(kept, earliest)
    elif latest:
        words += [f"/{la}" if la else "" for la in latest]
    else:
        for rt in read.objects(fact, _RELATIVE):
            words += _relative_words(read, rt)
        if not period:
            beside = read.objects(fact, _BESIDE)
            for ev in beside:
                if read.objects(ev, _LABEL):
                    words += [d for p in (_DATE, _START) for d in _texts(read, ev, p)]
            if not beside:
                for whole in read.objects(fact, _PART_OF):
                    if read.objects(whole, _LABEL):
                        words += _pairs([d for p in (_DATE, _START) for d in _texts(read, whole, p)],
                                        _texts(read, whole, _END))
        words += _most_precise(_pairs(period, _texts(read, fact, _PERIOD_END)), period)
    words = [w.split(" ")[0] for w in words]
    return min(words) if words else UNDATED_KEY


def date_summaries(read: Reader, fact: ox.NamedNode) -> list[ox.Triple]:
    """The fact's :data:`EARLIEST_DATE` triple (none if it has no date) and its
    :data:`DATE_KEY` triple (:func:`date_key`)."""
    return earliest_date(read, fact) + [ox.Triple(fact, DATE_KEY, ox.Literal(date_key(read, fact)))]


def date_dependents(read: Reader, facts: Iterable[ox.NamedNode]) -> set[ox.NamedNode]:
    """The facts whose :func:`date_key` reads one of ``facts``: those dated relative to
    one (gkg:relativeDate with gkg:afterFact, gkg:beforeFact or gkg:duringFact), held
    beside one (gkg:besideEvent) or part of one (gkg:partOf)."""
    out = set()
    for f in facts:
        out |= read.subjects(_BESIDE, f) | read.subjects(_PART_OF, f)
        for side_p, _ in _SIDES:
            for rt in read.subjects(side_p, f):
                out |= {s for s in read.subjects(_RELATIVE, rt) if isinstance(s, ox.NamedNode)}
    return out


def fact_edges(read: Reader, fact: ox.NamedNode) -> set[tuple]:
    """The edges (source IRI, target IRI, kind) the fact belongs to: for each relation of
    :data:`RELATIONS` its class is, each pair of an entity in a source role and another
    in a target role (both IRIs; for an undirected kind the smaller IRI first)."""
    out = set()
    for cls in read.objects(fact, _TYPE):
        kind = _RELATION_CLASSES.get(cls)
        if kind is None:
            continue
        _, src, dst, directed = _RELATIONS[kind]
        sources = {o for p in src for o in read.objects(fact, p) if isinstance(o, ox.NamedNode)}
        targets = {o for p in dst for o in read.objects(fact, p) if isinstance(o, ox.NamedNode)}
        out.update((s, o, kind) for s in sources for o in targets if s != o and (directed or s.value < o.value))
    return out


def edge_facts(read: Reader, edge: tuple) -> set[ox.NamedNode]:
    """The facts of the edge (source, target, kind): those of the kind's class naming the
    source in a source role and the target in a target role."""
    s, o, kind = edge
    cls, src, dst, _ = _RELATIONS[kind]
    ends = [(src, s), (dst, o)]  # an undirected kind's roles are one property: the same both ways
    found = None
    for props, end in ends:
        named = {f for p in props for f in read.subjects(p, end)}
        found = named if found is None else found & named
    return {f for f in found if cls in read.objects(f, _TYPE)} if found else set()


def edge_triples(read: Reader, edge: tuple, facts: Iterable[ox.NamedNode], articles) -> list[ox.Triple]:
    """The summary of the edge (source, target, kind) over its ``facts``: its node
    (:func:`edge_node`, a gkg:RelationSummary) with its ends, its kind (the fact class),
    the number of facts, the number of articles with a claim of one of them
    (``articles(fact)``: the set of those of one fact), each modality a claim of one of
    them presents it in (their gkg:presentedAs), and the earliest and latest of their
    dates. None (an empty list) for an edge without facts."""
    facts = sorted(facts, key=lambda f: f.value)
    if not facts:
        return []
    sources, shown, dates = set(), set(), []
    for f in facts:
        sources |= articles(f)
        shown |= read.objects(f, PRESENTED_AS)
        dates += dates_of(read, f)
    return _edge_summary(edge, len(facts), len(sources), shown, facts[:LISTED_FACTS], dates)


def _edge_summary(edge: tuple, facts: int, articles: int, shown: set, listed: list, dates: list) -> list[ox.Triple]:
    """The triples of the summary of ``edge`` given its numbers of facts and articles,
    its modalities, its first facts by IRI (at most :data:`LISTED_FACTS`) and the date
    literals among which its earliest and latest are chosen (by lexical form)."""
    s, o, kind = edge
    node = edge_node(s, o, kind)
    out = [ox.Triple(node, _TYPE, RELATION_SUMMARY), ox.Triple(node, RELATION_KIND, _RELATIONS[kind][0]),
           ox.Triple(node, EDGE_SOURCE, s), ox.Triple(node, EDGE_TARGET, o),
           ox.Triple(node, FACT_COUNT, ox.Literal(str(facts), datatype=_INTEGER)),
           ox.Triple(node, ARTICLE_COUNT, ox.Literal(str(articles), datatype=_INTEGER))]
    out += [ox.Triple(node, PRESENTED_AS, m) for m in sorted(shown, key=lambda m: m.value)]
    out += [ox.Triple(node, LISTED_FACT, f) for f in listed]
    if dates:
        dates = sorted(dates, key=lambda d: (d.value, str(d)))
        out += [ox.Triple(node, EARLIEST_DATE, dates[0]), ox.Triple(node, LATEST_DATE, dates[-1])]
    return out


def added_edge(read: Reader, edge: tuple, stored: list[ox.Triple], members: set[ox.NamedNode],
               joined: set[ox.NamedNode], new: dict, backed) -> list[ox.Triple] | None:
    """The summary of ``edge`` once a write that only adds to it is done, computed from
    its ``stored`` summary triples (none for an edge without facts before) and the
    touched facts alone, as :func:`added_summary` does for a fact: ``members``, the
    touched facts in the edge after the write (read through ``read``, the derived graph
    as the write leaves it), of which ``joined`` were not in it before; ``new``: fact ->
    the article graphs being written with a claim of it, none of them counted in the
    stored summary; ``backed(fact)``: the article graphs in the store with a claim of it.

    The caller guarantees that the write removes nothing from the edge's facts (no
    article it replaces or drops backs one of them): then the facts, articles,
    modalities and dates of the edge only grow, and the counts add up. None when the
    stored summary cannot tell: a fact with claims already in the store joins an edge
    that has a summary (are its articles counted already?); the caller recomputes the
    edge over all its facts (:func:`edge_triples`)."""
    if stored and any(backed(f) for f in joined):
        return None
    if not stored:
        # No facts before: its facts are the touched ones in it, their articles all of theirs.
        return edge_triples(read, edge, members, lambda f: backed(f) | new.get(f, set()))
    counts = {t.predicate: int(t.object.value) for t in stored if t.predicate in (FACT_COUNT, ARTICLE_COUNT)}
    if len(counts) != 2:
        return None
    articles = set().union(*(new.get(f, set()) for f in members))
    shown = {t.object for t in stored if t.predicate == PRESENTED_AS}
    listed = {t.object for t in stored if t.predicate == LISTED_FACT} | members
    dates = [t.object for t in stored if t.predicate in (EARLIEST_DATE, LATEST_DATE)]
    for f in members:
        shown |= read.objects(f, PRESENTED_AS)
        dates += dates_of(read, f)
    return _edge_summary(edge, counts[FACT_COUNT] + len(joined), counts[ARTICLE_COUNT] + len(articles), shown,
                         sorted(listed, key=lambda f: f.value)[:LISTED_FACTS], dates)


def _backing(store: ox.Store, skip: set[str] = frozenset(), new: dict | None = None):
    """``articles(fact)`` for :func:`edge_triples`: the names of the article graphs
    holding a claim of the fact (one graph per article), those in ``skip`` left out,
    those of ``new`` (fact -> article graphs about to be written) added. Read from the
    index of gkg:supports links alone, without the claims' own triples."""
    new = new or {}

    def articles(fact) -> set:
        return {q.graph_name for q in store.quads_for_pattern(None, _SUPPORTS, fact, None)
                if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != _FACTS
                and q.graph_name.value not in skip} | new.get(fact, set())
    return articles


def edge_updates(store: ox.Store, view: DerivedView, facts: Iterable[ox.NamedNode], skip: set[str],
                 new: dict, replaced: set[ox.NamedNode] = frozenset()) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """(stale, fresh): the summary triples to remove and to write for every edge one of
    ``facts`` (those a write touches) belongs to before or after the write. ``view``:
    the derived graph as the write leaves it (per-fact summaries included); ``skip``:
    the article graphs the write replaces or drops; ``new``: fact -> the article graphs
    being written with a claim of it; ``replaced``: the touched facts that an article
    in ``skip`` backs in the store.

    Where the write only adds to an edge (none of its touched facts is in ``replaced``)
    the summary is updated from the stored one (:func:`added_edge`), so that adding an
    article costs what it touches, not the facts of the pairs it names; otherwise, or
    where the stored summary cannot tell, it is recomputed over the edge's facts after
    the write (:func:`edge_triples`), at the cost of those facts and their gkg:supports
    links."""
    before, after = Reader(store), Reader(store, view)
    members: dict[tuple, set] = {}  # edge -> the touched facts in it after the write
    joined: dict[tuple, set] = {}  # edge -> those of them not in it before
    recompute: set[tuple] = set()  # the edges the write does not only add to
    for f in facts:
        was, now = fact_edges(before, f), fact_edges(after, f)
        for edge in was | now:
            members.setdefault(edge, set())
            joined.setdefault(edge, set())
            if edge in now:
                members[edge].add(f)
                if edge not in was:
                    joined[edge].add(f)
            if f in replaced or edge not in now:
                recompute.add(edge)
    articles = _backing(store, skip, new)
    backed = _backing(store, skip)
    stale, fresh = [], []
    for edge in sorted(members, key=lambda e: (e[2], e[0].value, e[1].value)):
        stored = [q.triple for q in store.quads_for_pattern(edge_node(*edge), None, None, _FACTS)]
        stale += stored
        summary = None if edge in recompute else added_edge(after, edge, stored, members[edge], joined[edge], new,
                                                           backed)
        fresh += summary if summary is not None else edge_triples(after, edge, edge_facts(after, edge), articles)
    return stale, fresh


def all_edges(store: ox.Store) -> Iterator[ox.Quad]:
    """The summary quads of every edge of ``store`` (for a bulk build, once the per-fact
    summaries are loaded: the edges' modalities are their facts' gkg:presentedAs), edge
    by edge in a stable order. Holds the edges' facts (one set per edge) while it runs."""
    read = Reader(store)
    edges: dict[tuple, set] = {}
    for cls in _RELATION_CLASSES:
        for q in store.quads_for_pattern(None, _TYPE, cls, _FACTS):
            for edge in fact_edges(read, q.subject):
                edges.setdefault(edge, set()).add(q.subject)
    articles = _backing(store)
    for edge in sorted(edges, key=lambda e: (e[2], e[0].value, e[1].value)):
        for t in edge_triples(read, edge, edges[edge], articles):
            yield ox.Quad(t.subject, t.predicate, t.object, _FACTS)


# -- Per-entity summaries -----------------------------------------------------------------

#: Where the summaries of an entity's facts of one kind are named:
#: ``entity-facts/<class local name>/<entity IRI, percent-encoded>`` (:func:`entity_kind_node`).
ENTITY_FACTS = BASE + "entity-facts/"
ENTITY_FACTS_SUMMARY = ox.NamedNode(GKG + "EntityFactsSummary")
SUMMARIZED_ENTITY = ox.NamedNode(GKG + "summarizedEntity")
FACT_KIND = ox.NamedNode(GKG + "factKind")
#: Of an entity's summary, how many facts of the kind name the entity (not gkg:factCount,
#: which the network reads of every relation summary at once).
NAMING_FACT_COUNT = ox.NamedNode(GKG + "namingFactCount")
#: An entity's summary of one kind lists this many facts (gkg:listedFact): the first in
#: date order, those the entity's page shows of the kind (kg/browse/graph.py).
ENTITY_LISTED_FACTS = 5
# gkg:namedMember: an organisation or person named among unnamed actors is one of them.
_OF_ACTORS = (ox.NamedNode(GKG + "ofState"), ox.NamedNode(GKG + "ofOrganisation"), ox.NamedNode(GKG + "namedMember"))
_FACT_IRI, _ID_IRI = BASE + "id/fact/", BASE + "id/"


def _is_fact(iri: str) -> bool:
    # A fact, not a node minted from its IRI for one of its values (kg/browse/graph.is_fact).
    rest = iri[len(_FACT_IRI):]
    return iri.startswith(_FACT_IRI) and "_" not in rest and "/" not in rest


def _is_value_node(iri: str) -> bool:
    return iri.startswith(_FACT_IRI) and "_" in iri[len(_FACT_IRI):]


def is_entity(term) -> bool:
    """Whether ``term`` is an entity's IRI: under ``id:``, without a further ``/``."""
    return (isinstance(term, ox.NamedNode) and term.value.startswith(_ID_IRI)
            and "/" not in term.value[len(_ID_IRI):])


def entity_kind_node(entity: ox.NamedNode, kind: ox.NamedNode) -> ox.NamedNode:
    """The IRI of the summary of the facts of class ``kind`` naming ``entity``.

    >>> entity_kind_node(ox.NamedNode("http://a"), ox.NamedNode(GKG + "Meeting")).value
    'https://w3id.org/geopolitics-kg/entity-facts/Meeting/http%3A%2F%2Fa'
    """
    return ox.NamedNode(f"{ENTITY_FACTS}{quote(kind.value[len(GKG):], safe='')}/{quote(entity.value, safe='')}")


class Naming:
    """Which facts name which entities, as the evidence browser's pages count them
    (:func:`kg.browse.graph.naming`): a fact names an entity (an ``id:`` IRI without a
    further ``/``) as the object of one of its triples in the derived graph, through a
    node minted from its IRI describing one of its values (a qualified role, a stage, a
    role not held), or through unnamed actors it names whose gkg:ofState or
    gkg:ofOrganisation (in their article's graph) is the entity. Read by index pattern
    from ``store``, the derived graph as ``view`` (a :class:`DerivedView`) leaves it if
    given, the article graphs named in ``skip`` left out and the quads of ``new`` (graph
    -> quads being written) in."""

    def __init__(self, store: ox.Store, view: DerivedView | None = None, skip: set[str] = frozenset(),
                 new: dict | None = None):
        self.store, self.skip = store, skip
        self.removed = view.removed if view else set()
        self.by_s: dict = {}
        self.by_o: dict = {}
        for t in view.added if view else ():
            self.by_s.setdefault(t.subject, []).append(t)
            self.by_o.setdefault(t.object, []).append(t)
        self.of_new: dict = {}
        self.of_new_by_e: dict = {}
        for quads in (new or {}).values():
            for q in quads:
                if q.predicate in _OF_ACTORS:
                    self.of_new.setdefault(q.subject, set()).add(q.object)
                    self.of_new_by_e.setdefault(q.object, set()).add(q.subject)

    def _derived(self, subject=None, obj=None, predicate=None) -> list[ox.Triple]:
        # With a predicate, only its triples are read: a fact reported by many articles
        # has many derived triples, and its class or date is one of them.
        found = [q.triple for q in self.store.quads_for_pattern(subject, predicate, obj, _FACTS)
                 if not self.removed or q.triple not in self.removed]
        extra = self.by_s.get(subject, ()) if subject is not None else self.by_o.get(obj, ())
        return found + [t for t in extra if (subject is None or t.subject == subject) and (obj is None or t.object == obj)
                        and (predicate is None or t.predicate == predicate)]

    def _kept(self, q: ox.Quad) -> bool:
        g = q.graph_name
        return isinstance(g, ox.NamedNode) and g.value not in self.skip

    def _of(self, actor) -> set:
        """What the unnamed ``actor`` is of (gkg:ofState, gkg:ofOrganisation)."""
        return {q.object for p in _OF_ACTORS for q in self.store.quads_for_pattern(actor, p, None, None)
                if self._kept(q)} | self.of_new.get(actor, set())

    def kind(self, fact: ox.NamedNode) -> ox.NamedNode | None:
        """The fact's class (the smallest of its gkg: classes), None without one."""
        classes = [t.object for t in self._derived(subject=fact, predicate=_TYPE)
                   if isinstance(t.object, ox.NamedNode) and t.object.value.startswith(GKG)]
        return min(classes, key=lambda c: c.value) if classes else None

    def entities(self, fact: ox.NamedNode, triples: list[ox.Triple] | None = None) -> set[ox.NamedNode]:
        """The entities ``fact`` names (``triples``: its triples, if already read)."""
        out = set()
        for t in self._derived(subject=fact) if triples is None else triples:
            o = t.object
            if is_entity(o):
                out.add(o)
            elif isinstance(o, ox.NamedNode) and _is_value_node(o.value):
                out |= {u.object for u in self._derived(subject=o) if is_entity(u.object)}
            elif not isinstance(o, ox.Literal):
                out |= {e for e in self._of(o) if is_entity(e)}
        return out

    def facts(self, entity: ox.NamedNode) -> set[ox.NamedNode]:
        """The facts naming ``entity``."""
        out = set()
        for t in self._derived(obj=entity):
            s = t.subject
            if isinstance(s, ox.NamedNode) and _is_fact(s.value):
                out.add(s)
            elif isinstance(s, ox.NamedNode) and _is_value_node(s.value):
                out |= {u.subject for u in self._derived(obj=s) if isinstance(u.subject, ox.NamedNode)
                        and _is_fact(u.subject.value)}
        actors = {q.subject for p in _OF_ACTORS for q in self.store.quads_for_pattern(None, p, entity, None)
                  if self._kept(q)} | self.of_new_by_e.get(entity, set())
        for u in actors:
            out |= {t.subject for t in self._derived(obj=u) if isinstance(t.subject, ox.NamedNode)
                    and _is_fact(t.subject.value)}
        return out

    def date(self, fact: ox.NamedNode) -> str:
        """The fact's gkg:earliestDate (lexical form), '' without one."""
        dates = [t.object.value for t in self._derived(subject=fact, predicate=EARLIEST_DATE)]
        return min(dates) if dates else ""


def _in_date_order(naming: Naming, facts) -> list[ox.NamedNode]:
    """``facts`` as an entity's pages order them: by earliest date, undated last, then by IRI."""
    return sorted(facts, key=lambda f: (naming.date(f) or "9999", f.value))


def entity_kind_triples(entity: ox.NamedNode, kind: ox.NamedNode, count: int,
                        listed: list[ox.NamedNode]) -> list[ox.Triple]:
    """The summary of the facts of class ``kind`` naming ``entity``: its node
    (:func:`entity_kind_node`, a gkg:EntityFactsSummary), the entity, the class, their
    number ``count`` and the first :data:`ENTITY_LISTED_FACTS` of ``listed`` (in date
    order). None (an empty list) when ``count`` is 0."""
    if not count:
        return []
    node = entity_kind_node(entity, kind)
    return ([ox.Triple(node, _TYPE, ENTITY_FACTS_SUMMARY), ox.Triple(node, SUMMARIZED_ENTITY, entity),
             ox.Triple(node, FACT_KIND, kind), ox.Triple(node, NAMING_FACT_COUNT, ox.Literal(str(count), datatype=_INTEGER))]
            + [ox.Triple(node, LISTED_FACT, f) for f in listed[:ENTITY_LISTED_FACTS]])


def _by_kind(naming: Naming, facts) -> dict:
    out: dict = {}
    for f in facts:
        k = naming.kind(f)
        if k is not None:
            out.setdefault(k, set()).add(f)
    return out


def entity_updates(store: ox.Store, view: DerivedView, facts: Iterable[ox.NamedNode], skip: set[str],
                   new: dict) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """(stale, fresh): the summary triples to remove and to write for every (entity,
    kind) one of ``facts`` (those a write touches) names before or after the write.
    ``view``: the derived graph as the write leaves it (earliest dates included);
    ``skip``: the article graphs it replaces or drops; ``new``: graph -> quads it writes.

    Where the write only adds to an (entity, kind) (no touched fact stops naming the
    entity, changes class or gets a later date) the summary is updated from the stored
    one: the count grows by the facts naming the entity anew, and the listed facts are
    the first of those stored and the touched ones. Otherwise it is recomputed over
    every fact naming the entity, so that the cost of adding an article follows what it
    touches, not how many facts name the entities it names."""
    before, after = Naming(store), Naming(store, view, skip, new)
    pairs: dict = {}
    for f in facts:
        was, now = before.entities(f), after.entities(f)
        k0, k1 = before.kind(f), after.kind(f)
        for e in was | now:
            for k in {k0, k1} - {None}:
                pairs.setdefault((e, k), []).append((f, e in was and k == k0, e in now and k == k1))
    stale, fresh = [], []
    for (e, k), changes in sorted(pairs.items(), key=lambda p: (p[0][0].value, p[0][1].value)):
        node = entity_kind_node(e, k)
        old = [q.triple for q in store.quads_for_pattern(node, None, None, _FACTS)]
        stale += old
        count = next((int(t.object.value) for t in old if t.predicate == NAMING_FACT_COUNT), 0)
        only_adds = all(now and (not was or (after.date(f) or "9999") <= (before.date(f) or "9999"))
                        for f, was, now in changes if was)
        if only_adds and (count or not any(was for _, was, _ in changes)):
            listed = {t.object for t in old if t.predicate == LISTED_FACT} | {f for f, _, now in changes if now}
            count += sum(1 for f, was, now in changes if now and not was)
        else:
            listed = {f for f in after.facts(e) if after.kind(f) == k}
            count = len(listed)
        fresh += entity_kind_triples(e, k, count, _in_date_order(after, listed))
    return stale, fresh


def all_entities(store: ox.Store) -> Iterator[ox.Quad]:
    """The summary quads of every (entity, kind) of ``store`` (for a bulk build, once the
    per-fact summaries are loaded: the order is their gkg:earliestDate), entity by entity
    in IRI order. Holds which facts name which entity, and each fact's date, while it
    runs."""
    naming = Naming(store)
    named: dict = {}
    dates: dict = {}
    for q in store.quads_for_pattern(None, _TYPE, None, _FACTS):
        f = q.subject
        if not isinstance(f, ox.NamedNode) or not _is_fact(f.value) or f in dates:
            continue
        # Each fact's triples read once: its class, its date and the entities it names.
        triples = [t.triple for t in store.quads_for_pattern(f, None, None, _FACTS)]
        classes = [t.object for t in triples if t.predicate == _TYPE
                   and isinstance(t.object, ox.NamedNode) and t.object.value.startswith(GKG)]
        dates[f] = min((t.object.value for t in triples if t.predicate == EARLIEST_DATE), default="")
        if not classes:
            continue
        kind = min(classes, key=lambda c: c.value)
        for e in naming.entities(f, triples):
            named.setdefault(e, {}).setdefault(kind, set()).add(f)
    for e in sorted(named, key=lambda e: e.value):
        for k in sorted(named[e], key=lambda k: k.value):
            facts = named[e][k]
            ordered = sorted(facts, key=lambda f: (dates[f] or "9999", f.value))
            for t in entity_kind_triples(e, k, len(facts), ordered):
                yield ox.Quad(t.subject, t.predicate, t.object, _FACTS)


# -- Per-kind summaries -------------------------------------------------------------------

#: Where the summary of the facts of one class is named: ``kind-facts/<class IRI,
#: percent-encoded>`` (:func:`kind_node`).
KIND_FACTS = BASE + "kind-facts/"
KIND_FACTS_SUMMARY = ox.NamedNode(GKG + "KindFactsSummary")
SUMMARIZED_KIND = ox.NamedNode(GKG + "summarizedKind")
#: Of a kind's summary, how many facts of the class (``rdf:type`` in the derived graph)
#: have a gkg:sourceCount of 1: the rows `single-source` lists of the kind, so that its
#: page reads the facts of the kinds it reaches, not every fact reported once.
SINGLE_SOURCE_FACT_COUNT = ox.NamedNode(GKG + "singleSourceFactCount")
#: Of those, how many a reviewed claim backs (gkg:supportsReviewed): the rows of the kind
#: with ``--param reviewed=true``.
REVIEWED_SINGLE_SOURCE_FACT_COUNT = ox.NamedNode(GKG + "reviewedSingleSourceFactCount")
#: A gkg:sourceCount of 1, as the summaries write it.
ONE_SOURCE = ox.Literal("1", datatype=_INTEGER)
_SUPPORTS_REVIEWED = ox.NamedNode(GKG + "supportsReviewed")


def kind_node(kind: ox.NamedNode) -> ox.NamedNode:
    """The IRI of the summary of the facts of class ``kind``.

    >>> kind_node(ox.NamedNode(GKG + "Meeting")).value
    'https://w3id.org/geopolitics-kg/kind-facts/https%3A%2F%2Fw3id.org%2Fgeopolitics-kg%2Fontology%23Meeting'
    """
    return ox.NamedNode(KIND_FACTS + quote(kind.value, safe=""))


def kind_triples(kind: ox.NamedNode, single: int, reviewed: int) -> list[ox.Triple]:
    """The summary of the facts of class ``kind``: its node (:func:`kind_node`, a
    gkg:KindFactsSummary), the class, ``single``, how many of its facts one source
    reports, and ``reviewed``, how many of those a reviewed claim backs (each an
    ``xsd:integer``). None (an empty list) when ``single`` is 0."""
    if not single:
        return []
    node = kind_node(kind)
    return [ox.Triple(node, _TYPE, KIND_FACTS_SUMMARY), ox.Triple(node, SUMMARIZED_KIND, kind),
            ox.Triple(node, SINGLE_SOURCE_FACT_COUNT, ox.Literal(str(single), datatype=_INTEGER)),
            ox.Triple(node, REVIEWED_SINGLE_SOURCE_FACT_COUNT, ox.Literal(str(reviewed), datatype=_INTEGER))]


def _single_kinds(read: Reader, fact: ox.NamedNode) -> set:
    """The classes of ``fact`` if one source reports it (gkg:sourceCount 1), else none."""
    if ONE_SOURCE not in read.objects(fact, SOURCE_COUNT):
        return set()
    return {k for k in read.objects(fact, _TYPE) if isinstance(k, ox.NamedNode)}


def _reviewed(store: ox.Store, fact: ox.NamedNode, skip: set[str] = frozenset(), new: set = frozenset()) -> bool:
    """Whether a reviewed claim backs ``fact`` (gkg:supportsReviewed, in any graph but
    those named in ``skip``, or in ``new``: the facts the quads being written give it)."""
    if fact in new:
        return True
    return any(not isinstance(q.graph_name, ox.NamedNode) or q.graph_name.value not in skip
               for q in store.quads_for_pattern(None, _SUPPORTS_REVIEWED, fact, None))


def kind_updates(store: ox.Store, view: DerivedView, facts: Iterable[ox.NamedNode], skip: set[str] = frozenset(),
                 new: dict | None = None) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """(stale, fresh): the summary triples to remove and to write for every class whose
    counts of single-source facts a write changes. ``facts``: those it touches; ``view``:
    the derived graph as it leaves it (the facts' classes and per-fact summaries);
    ``skip``: the article graphs it replaces or drops; ``new``: graph -> quads it writes.
    Each stored count moves by the touched facts that become or stop being single-source
    (and reviewed) facts of the class, so the cost follows the touched facts, not the
    store."""
    before, after = Reader(store), Reader(store, view)
    # Read once, not once per fact: the quads written hold a few thousand.
    reviewed_new = {q.object for quads in (new or {}).values() for q in quads if q.predicate == _SUPPORTS_REVIEWED}
    delta: dict = {}
    for f in facts:
        was, now = _single_kinds(before, f), _single_kinds(after, f)
        r0 = bool(was) and _reviewed(store, f)
        r1 = bool(now) and _reviewed(store, f, skip, reviewed_new)
        for k in was:
            d = delta.setdefault(k, [0, 0])
            d[0] -= 1
            d[1] -= r0
        for k in now:
            d = delta.setdefault(k, [0, 0])
            d[0] += 1
            d[1] += r1
    stale, fresh = [], []
    for k in sorted((k for k, d in delta.items() if any(d)), key=lambda k: k.value):
        old = [q.triple for q in store.quads_for_pattern(kind_node(k), None, None, _FACTS)]
        counts = {t.predicate: int(t.object.value) for t in old if t.predicate in
                  (SINGLE_SOURCE_FACT_COUNT, REVIEWED_SINGLE_SOURCE_FACT_COUNT)}
        stale += old
        fresh += kind_triples(k, counts.get(SINGLE_SOURCE_FACT_COUNT, 0) + delta[k][0],
                              counts.get(REVIEWED_SINGLE_SOURCE_FACT_COUNT, 0) + delta[k][1])
    return stale, fresh


def all_kinds(store: ox.Store) -> Iterator[ox.Quad]:
    """The summary quads of every class with single-source facts in ``store`` (for a
    bulk build, once the per-fact summaries are loaded), class by class in IRI order."""
    counts: dict = {}
    read = Reader(store)
    for q in store.quads_for_pattern(None, SOURCE_COUNT, ONE_SOURCE, _FACTS):
        kinds = _single_kinds(read, q.subject)
        reviewed = bool(kinds) and _reviewed(store, q.subject)
        for k in kinds:
            c = counts.setdefault(k, [0, 0])
            c[0] += 1
            c[1] += reviewed
    for k in sorted(counts, key=lambda k: k.value):
        for t in kind_triples(k, *counts[k]):
            yield ox.Quad(t.subject, t.predicate, t.object, _FACTS)
