"""Facts that look like one fact under two ids: the same type, the same participants
and the same date (and, for a sanction, the same measures), as when two analysts each
mint an id for one meeting. Ingest and build warn of them (they do not refuse: two
meetings of the same people on one day can be real), naming both ids so that an
analyst can merge them by giving the claims one id. Ingest compares the facts of the
files read with each other and with the facts already in the store.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.claims import ClaimsFile
from kg.namespaces import DCTERMS, FACT, GKG, PROV, RDF, article_graph, fact_iri
from kg.ontology import vocabulary

#: Date keys compared: when a fact happened or began.
DATE_KEYS = ("date", "startDate")
#: Keys that tell apart facts of one type, participants and date: one sanctions package
#: often holds several measures (an asset freeze, a travel ban) with the same parties.
DISTINGUISHING_KEYS = ("measure", "position")
#: Relations that hold over a time rather than happen on a day: two facts of one such
#: type with the same participants (and, for a post, the same position) look like one
#: even when neither is dated, as when an analyst mints a second id for a post the
#: store already holds.
#: Modalities (local names of gkg:Modality) that give a fact as not yet holding.
_PROSPECTIVE = frozenset({"Planned", "Hoped", "Willing", "RequestedModality", "Considered", "AllegedPlan", "Obliged", "Permitted", "Predicted"})
STANDING = frozenset({"PositionHeld", "Membership", "Citizenship", "Alliance", "Rivalry", "Association",
                      "Affiliation", "Residence", "Ownership", "Control", "Capital", "PartyInGovernment",
                      "SharedBorder", "MarketDominance"})
#: Keys that tell two facts apart when both give them and share no value: the subjects
#: of two statements of one speaker on one day ("a historic event", "Russia is losing its
#: markets"), the titles of two posts of one person in one government ("Chief Cabinet
#: Secretary", "Foreign Minister"), the statuses of a membership ended and one planned
#: anew, what two indicators of one state in one year measure ("share of refined gallium
#: output", "share of antimony mining"), the kinds of two legal actions of one court
#: against the same people on one day (a charge, then a ruling on custody), the words of
#: a legal action's kind (a conviction, then a sentence) and what a characterisation calls
#: its subject ("a dictator", "a modestly successful comedian"). A fact without such a
#: value may still be the other one.
SUBJECT_KEYS = ("subject", "title", "status", "indicator", "legalActionKind", "actionType", "category")
#: Keys naming the fact another fact is about or acts on: what a vote was on (a
#: resignation, then an appointment, voted by one chamber on one day), what a statement,
#: characterisation, support, threat or order is about or aims at. Two facts that both
#: give one of them and share no value are two, as with :data:`SUBJECT_KEYS`; the
#: entities they are about are roles, compared as participants. Context keys (partOf,
#: causedBy, inResponseTo) are left out: two facts in one context may still be one.
OBJECT_FACT_KEYS = ("votedOn", "forVote", "aboutFact", "characterisedFact", "targetFact", "supportedFact",
                    "threatenedFact", "obstructedFact", "orderedFact", "recommendedFact", "controlledFact",
                    "withdrawnFromFact", "resignedFrom", "amends", "extends", "postpones", "reinstates",
                    "mediationOf", "violates", "compliesWith", "evaded", "conspiredTo")
#: Kinds of fact whose ``description`` names the thing itself, so that two facts of one
#: such kind described in words that share nothing are two: an agreement's document ("a
#: joint statement", "memorandums of understanding" signed by the same envoys that evening).
DESCRIBED_KINDS = frozenset({"Agreement"})
#: Keys that give the time of day a fact happened or began: a clock time
#: ("07:30+03:00", "shortly after 01:00+02:00") or a part of the day in words
#: ("evening", "late on"). Two facts of one day whose times of day cannot overlap
#: (a video at 7:30 a.m., words that evening) are two facts.
TIME_KEYS = ("timeOfDay", "partOfDay")
#: Parts of the day as the local hours they span (start, end; the end may pass
#: midnight as 24 and more), by a word found in a ``partOfDay`` value; a value
#: naming none of them is compared with nothing. Bounds are generous on purpose:
#: only times of day far apart tell two facts apart.
PARTS_OF_DAY = (("midnight", 22.0, 26.0), ("dawn", 4.0, 8.0), ("morning", 4.0, 12.5),
                ("midday", 10.5, 14.5), ("noon", 10.5, 14.5), ("afternoon", 11.5, 19.0),
                ("evening", 16.0, 24.0), ("night", 19.0, 30.0))


#: The shared empty value of a _Seen's sets until a value is recorded: most facts have
#: no measure or subject, and an empty set costs 216 bytes (a build of 10,000 articles
#: keeps one _Seen per fact, about 200,000).
_NONE: frozenset = frozenset()


@dataclass(slots=True)
class _Seen:
    type: str
    dates: set[str] | frozenset = _NONE  # lexical date values
    measures: set[str] | frozenset = _NONE  # lexical values of DISTINGUISHING_KEYS
    subjects: set[tuple[str, str]] | frozenset = _NONE  # (key, lexical value) of SUBJECT_KEYS, OBJECT_FACT_KEYS
    where: str = ""  # "article claim" of the first claim
    stored: bool = False  # only in the store, from articles not being read now
    terms: set | frozenset = _NONE  # the date terms, to look the store up with
    prospective: bool = False  # a claim gives it as planned, hoped, offered or requested, not as holding
    roles: dict | None = None  # key ('speaker', 'about') -> the entity IRIs in it, to tell apart facts going opposite ways
    wholes: set[str] | frozenset = _NONE  # IRIs of the facts it is part of (gkg:partOf): a part is not its whole
    times: set[str] | frozenset = _NONE  # lexical values of TIME_KEYS

    @property
    def participants(self) -> set[str] | frozenset:
        """The entity IRIs in any of the fact's roles."""
        return set().union(*self.roles.values()) if self.roles else _NONE

    def _add(self, name: str, value) -> None:
        values = getattr(self, name)
        if values is _NONE:
            values = set()
            setattr(self, name, values)
        values.add(value)

    def record(self, key, value) -> None:
        """Note one value (an RDF term) the fact has for ``key`` (a :class:`kg.ontology.Key`)."""
        if key.kind == "entity":
            if self.roles is None:
                self.roles = {}
            self.roles.setdefault(key.name, set()).add(value.value)
        elif key.kind == "date" and key.name in DATE_KEYS:
            self._add("dates", value.value)
            self._add("terms", value)
        elif key.name in DISTINGUISHING_KEYS:
            self._add("measures", value.value)
        elif (key.name in SUBJECT_KEYS or key.name in OBJECT_FACT_KEYS
              or (key.name == "description" and self.type in DESCRIBED_KINDS)):
            self._add("subjects", (key.name, value.value))
        elif key.name == "partOf":
            self._add("wholes", value.value)
        elif key.name in TIME_KEYS:
            self._add("times", value.value)


@dataclass
class Lookalikes:
    """Collects the facts of claims files as they are read (:meth:`add`) and, for an
    ingest, the store's facts that may look like them (:meth:`add_stored`); then lists
    the pairs of fact ids that share type, participants, date and measures
    (:meth:`warnings`), at least one of each pair from the files."""

    facts: dict[str, _Seen] = field(default_factory=dict)
    _store: object = None  # the GraphStore of add_stored, to name a stored fact's claim
    _skip: set[str] = field(default_factory=set)  # graphs add_stored left out

    def add(self, cf: ClaimsFile) -> None:
        for c in cf.claims:
            seen = self.facts.setdefault(c.fact, _Seen(c.type, where=f"{cf.article.id} claim {c.id!r}"))
            seen.stored = False
            seen.prospective |= c.modality.removeprefix(GKG) in _PROSPECTIVE
            for key, value in c.values:
                seen.record(key, value)

    def add_stored(self, store, except_graphs: Iterable[str] = ()) -> None:
        """Add from ``store`` (a :class:`kg.store.GraphStore`), leaving out the graphs in
        ``except_graphs`` (those being replaced): what other articles say of the facts
        added so far, then the facts that could look like one of them: of the same
        type, with one of its dates (as read from the files) and one of its
        participants. A fact without all of them cannot have the same participants and
        date, so it is not read; the cost follows the facts on those dates that name
        that participant, not the facts on the date (about 100 a day at 10,000
        articles, 0.17 s of CPU read one by one). The article and claim naming a stored
        fact are read only for a warning that names it (:meth:`warnings`).

        Raises what Oxigraph raises on a damaged store."""
        self._store, self._skip = store, set(except_graphs)
        # The dates as read from the files: the store's dates of a fact named in the
        # files are compared, never searched from.
        dates = {fid: sorted(seen.terms, key=str) for fid, seen in self.facts.items()}
        for fid in sorted(self.facts):
            self._read_stored(fid, fact_iri(fid).value)
        rows, undated = [], []
        for fid, terms in dates.items():
            seen = self.facts[fid]
            if seen.participants and seen.type in STANDING:
                # dated at another precision, or not at all, a post may be the same post
                undated.append(f"(<{GKG}{seen.type}> {ox.NamedNode(min(seen.participants))})")
            elif terms and seen.participants:
                p = ox.NamedNode(min(seen.participants))
                rows += [f"(<{GKG}{seen.type}> {d} {p} <{GKG}{key}>)" for d in terms for key in DATE_KEYS]
        queries = []
        if rows:
            queries.append(f"SELECT DISTINCT ?f ?g WHERE {{ VALUES (?class ?date ?who ?key) {{ {' '.join(sorted(set(rows)))} }} "
                           f"GRAPH ?g {{ ?f ?key ?date ; a ?class ; ?role ?who }} }}")
        if undated:  # a standing relation: the facts of its type naming one of its participants
            queries.append(f"SELECT DISTINCT ?f ?g WHERE {{ VALUES (?class ?who) {{ {' '.join(sorted(set(undated)))} }} "
                           f"GRAPH ?g {{ ?f a ?class ; ?role ?who }} }}")
        found = {row["f"].value for query in queries for row in store.store.query(query)
                 if isinstance(row["g"], ox.NamedNode) and row["g"].value not in self._skip}
        for iri in sorted(found):
            fid = iri.removeprefix(FACT)
            if fid not in self.facts:
                self._read_stored(fid, iri)

    def _read_stored(self, fid: str, iri: str) -> None:
        """Record what the store's graphs outside ``self._skip`` say of the fact ``fid``
        (IRI ``iri``); a fact only in the store is added as such."""
        quads = [q for q in self._store.store.quads_for_pattern(ox.NamedNode(iri), None, None, None)
                 if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in self._skip]
        types = [q.object.value for q in quads if q.predicate.value == RDF + "type"]
        if not types:
            return
        seen = self.facts.get(fid)
        if seen is None:
            seen = self.facts[fid] = _Seen(types[0].removeprefix(GKG), stored=True)
        keys = _keys()
        for q in quads:
            if q.predicate.value in keys:
                seen.record(keys[q.predicate.value], q.object)

    def _where(self, fid: str) -> str:
        """Where the fact ``fid`` was read: its first claim in the files, or in the store."""
        seen = self.facts[fid]
        if not seen.where and seen.stored and self._store is not None:
            seen.where = _first_claim(self._store, fact_iri(fid).value, self._skip)
        return seen.where

    def warnings(self) -> list[str]:
        """One sentence per pair of likely duplicates, in fact id order; facts without
        participants, or without a date unless of a :data:`STANDING` type, are never compared, nor two facts both only in
        the store (they were warned of when they were added), nor two facts whose
        subjects are both given and share none, nor two whose times of day cannot
        overlap (:func:`_times_apart`), nor a fact and one it is part of."""
        groups: dict[tuple, list[str]] = {}
        for fid in sorted(self.facts):
            s = self.facts[fid]
            if s.participants and (s.dates or s.type in STANDING):
                # an undated relation offered or planned ('the door stays open to their
                # return') is not the one that holds or held; a standing relation's dates
                # are compared below, at the coarser precision of the two
                key = (s.type, frozenset(s.participants), None if s.type in STANDING else frozenset(s.dates),
                       frozenset(s.measures), s.prospective and not s.dates)
                groups.setdefault(key, []).append(fid)
        out = []
        for (ftype, _, _, measures, _), ids in sorted(groups.items(), key=lambda kv: kv[1]):
            for i, other in enumerate(ids[1:], 1):
                b = self.facts[other]
                # the first earlier fact of the group it may be (dates agreeing, subjects not apart)
                # (a fact part of the other, 'the final text dropped a reference' of the
                # communique, is not it)
                first = next((f for f in ids[:i] if _may_be_one(self.facts[f], b)
                              and fact_iri(f).value not in b.wholes and fact_iri(other).value not in self.facts[f].wholes), None)
                if first is None:
                    continue
                a = self.facts[first]
                also = f", same {'position' if ftype == 'PositionHeld' else 'measure'} " \
                       f"{', '.join(sorted(vocabulary().labels.get(m, m) for m in measures))}" if measures else ""
                if a.dates == b.dates:
                    when = f"same date {', '.join(sorted(a.dates))}" if a.dates else "neither dated"
                elif not (a.dates and b.dates):
                    when = f"one dated {', '.join(sorted(a.dates or b.dates))}, the other not"
                else:
                    when = f"dates that agree ({', '.join(sorted(a.dates))}; {', '.join(sorted(b.dates))})"
                out.append(
                    f"facts {first!r} ({self._where(first)}) and {other!r} ({self._where(other)}) "
                    f"look like one {ftype}: same participants, {when}{also}; "
                    f"if they are, give their claims one fact id"
                )
        return out


def _apart(ours, theirs) -> bool:
    """Whether two facts' (key, value) pairs of :data:`SUBJECT_KEYS` (and
    :data:`OBJECT_FACT_KEYS`) tell them apart: a
    key both give with no value in common (the same status 'signed' does not make a
    joint statement and memorandums one document)."""
    keys = {k for k, _ in ours} & {k for k, _ in theirs}
    return any(not ({v for k, v in ours if k == key} & {v for k, v in theirs if k == key}) for key in keys)


def _may_be_one(a: _Seen, b: _Seen) -> bool:
    """Whether two facts of one group may be one: not both only in the store (warned of
    when they were added), subjects not both given and apart, no role both give to
    participants apart (A accusing B and B accusing A: the speakers differ, and who they
    are about; a host only one of them names does not tell them apart), times of day
    not apart (a video at 7:30 a.m. is not the words of that evening), and dates that agree:
    the same, or (for a standing relation) one undated or each of one's dates a prefix
    of one of the other's, as 2025-01 of 2025-01-20 (the coarser precision of the two)."""
    if (a.stored and b.stored) or _apart(a.subjects, b.subjects):
        return False
    if a.roles and b.roles and any(key in b.roles and not (who & b.roles[key]) for key, who in a.roles.items()):
        return False
    if _times_apart(a.times, b.times):
        return False
    if a.dates == b.dates or not (a.dates and b.dates):
        return True
    return all(any(x.startswith(y) or y.startswith(x) for y in b.dates) for x in a.dates)


def _hours(value: str) -> tuple[float, float] | None:
    """The local hours (start, end) a time of day may mean: a clock time ("07:30+03:00",
    "shortly after 01:00+02:00", zone left out: it is the fact's own) as an hour either
    side of it, a part of the day in words by :data:`PARTS_OF_DAY`; None when the value
    is neither."""
    m = re.search(r"\b(\d{1,2}):(\d{2})", value)
    if m:
        h = int(m.group(1)) + int(m.group(2)) / 60
        return (h - 1.0, h + 1.0)
    words = value.lower()
    spans = [(lo, hi) for word, lo, hi in PARTS_OF_DAY if word in words]
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


def _offset(value: str) -> float | None:
    """The offset from UTC in hours of a clock time with its zone ("08:00+03:00": 3.0,
    "05:00Z": 0.0); None for a time without one or a part of the day in words."""
    m = re.search(r"\b\d{1,2}:\d{2}(?::\d{2})?(Z|([+-])(\d{2}):(\d{2}))", value)
    if not m:
        return None
    return 0.0 if m.group(1) == "Z" else (1 if m.group(2) == "+" else -1) * (int(m.group(3)) + int(m.group(4)) / 60)


def _times_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two facts' times of day (lexical values of :data:`TIME_KEYS`) cannot be
    one time: both give one that is read, and no span of one overlaps a span of the
    other, the day's hours taken again a day later so that night reaches into the
    morning. Two clock times that both give their zone are compared in UTC ("05:00Z"
    and "08:00+03:00" are one time); others in the local hours they are written in."""
    sa = [(h, _offset(v)) for v in a for h in [_hours(v)] if h]
    sb = [(h, _offset(v)) for v in b for h in [_hours(v)] if h]
    if not (sa and sb):
        return False
    def overlap(x, y):
        (x, ox), (y, oy) = x, y
        if ox is not None and oy is not None:
            x, y = (x[0] - ox, x[1] - ox), (y[0] - oy, y[1] - oy)
        return any(x[0] + d < y[1] and y[0] < x[1] + d for d in (-24.0, 0.0, 24.0))
    return not any(overlap(x, y) for x in sa for y in sb)


@functools.cache
def _keys() -> dict:
    """The ontology's keys (:class:`kg.ontology.Key`) by property IRI."""
    return {k.iri: k for k in vocabulary().keys.values()}


def _first_claim(store, iri: str, skip: set[str]) -> str:
    """'in the store, <article> claim <id>' for the first claim backing the fact outside
    ``skip``."""
    query = f"""SELECT ?g ?aid ?cid WHERE {{ GRAPH ?g {{ ?c <{GKG}supports> <{iri}> ; <{GKG}claimId> ?cid ;
        <{PROV}wasDerivedFrom> ?a . ?a <{DCTERMS}identifier> ?aid }} }} ORDER BY ?aid ?cid"""
    for row in store.store.query(query):
        if row["g"].value not in skip:
            return f"in the store: {row['aid'].value} claim {row['cid'].value!r}"
    return "in the store"


def lookalike_warnings(files: Iterable[ClaimsFile], store=None) -> list[str]:
    """The warnings of :class:`Lookalikes` for ``files``, all read, compared with each
    other and, when ``store`` is given, with the facts it already holds from other
    articles."""
    found = Lookalikes()
    files = list(files)
    for cf in files:
        found.add(cf)
    if store is not None:
        found.add_stored(store, [article_graph(cf.article.id).value for cf in files])
    return found.warnings()
