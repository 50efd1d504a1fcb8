"""What the ontology lets a claim say: fact types, the keys (role and attribute
properties) a claim may use, the kind of value each key takes, and the controlled
values (statuses, positions, kinds of support, modalities).

Claims files are checked against the ontology itself, so adding a property to
``ontology/geopolitics.ttl`` (with ``gkg:claimKey true``) is all it takes to use it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import GKG, OWL, RDF, RDFS, SCHEMA, SKOS, XSD
from kg.resources import ONTOLOGY_FILE

#: Classes whose individuals are controlled values rather than registry entities.
CONTROLLED = ("PositionType", "Status", "SupportKind", "Modality", "Polarity", "ReviewStatus", "LegalActionKind",
              "MeetingMode", "ClassificationPhase", "Likelihood", "Kinship")

#: Keys of an act done to someone that apply to every fact (no rdfs:domain), but that a
#: statement (gkg:Statement and its subclasses: praise, threat, criticism ...) writes with
#: another key, its own: the one a statement praises, threatens or criticises is ``about``
#: (the definitions of gkg:target, gkg:about and gkg:Threat in ontology/geopolitics.ttl).
STATEMENT_KEYS = {"target": "about"}


#: Value kinds of object properties whose range is outside the gkg namespace.
STRUCTURED = {SCHEMA + "MonetaryAmount": "money", SCHEMA + "QuantitativeValue": "quantity", GKG + "Stage": "stage",
              GKG + "RouteStop": "route", GKG + "CandidateResult": "result", GKG + "CountGiven": "count"}


@dataclass(frozen=True)
class Key:
    """A property a claim may use as a key, and how to read its value.

    ``kind`` is one of "entity", "controlled", "fact" (another fact's id), "money",
    "quantity", "stage" (a dated status), "route" (ordered stops), "result" (a candidate's votes), "count" (one of several counts, with what it counts), "date", "duration", "integer", "decimal", "boolean" (YAML true or false),
    "string". ``domain`` holds the local names of the fact classes the key applies to
    (its ``rdfs:domain``, a union read as its members); empty when the key applies to every fact. ``interval`` gives, for
    a date key, the properties that hold an interval's start, end and name;
    ``bounded``, for a whole-number key, the property that holds a bounded or
    approximate count (``gkg:boundedBy``)."""

    name: str
    iri: str
    kind: str
    range: str | None  # local name of the range class, for entity and controlled keys ('A|B' for a union)
    domain: frozenset[str] = frozenset()
    interval: tuple[str | None, str | None, str | None] | None = None
    bounded: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    fact_types: frozenset[str]
    entity_types: frozenset[str]
    keys: dict[str, Key]
    controlled: dict[str, dict[str, str]]  # class -> normalised name -> individual IRI
    labels: dict[str, str]  # IRI -> English label
    superclasses: dict[str, frozenset[str]]  # class -> itself and all its superclasses
    disjoint: frozenset[frozenset[str]] = frozenset()  # pairs of classes declared disjoint
    status_for: dict = field(default_factory=dict)  # status IRI -> the classes it fits (gkg:statusFor), if narrowed
    informal: dict = field(default_factory=dict)  # normalised informal title (skos:hiddenLabel) -> controlled value IRI

    def status_fits(self, status: str, cls: str) -> bool:
        """Whether the status IRI ``status`` may be said of a fact of class ``cls``:
        a status the ontology ties to classes (gkg:statusFor) fits those and their
        subclasses only; any other fits every fact.

        >>> v = vocabulary()
        >>> v.status_fits(GKG + "Ratified", "Meeting"), v.status_fits(GKG + "Ratified", "Agreement")
        (False, True)
        """
        classes = self.status_for.get(status)
        return not classes or any(self.is_a(cls, c) for c in classes)

    def is_a(self, cls: str, ancestor: str) -> bool:
        return ancestor in self.superclasses.get(cls, (cls,))

    def applies(self, key: Key, cls: str) -> bool:
        """Whether ``key`` may be used on a fact of class ``cls`` (rdfs:domain)."""
        return not key.domain or any(self.is_a(cls, d) for d in key.domain)

    def keys_for(self, cls: str) -> list[str]:
        """The keys whose rdfs:domain names ``cls`` or one of its superclasses, other
        than ``gkg:Fact`` itself: what is particular to a class, in name order."""
        return sorted(k.name for k in self.keys.values()
                      if k.domain and k.domain != {"Fact"} and self.applies(k, cls))

    def are_disjoint(self, a: str, b: str) -> bool:
        """Whether no individual can be both an ``a`` and a ``b`` (owl:AllDisjointClasses
        of the ontology, inherited by subclasses).

        >>> vocabulary().are_disjoint("Court", "Person"), vocabulary().are_disjoint("Court", "Organisation")
        (True, False)
        """
        sa, sb = self.superclasses.get(a, {a}), self.superclasses.get(b, {b})
        return any(frozenset((x, y)) in self.disjoint for x in sa for y in sb if x != y)

    def controlled_value(self, cls: str, value: str) -> str | None:
        """The IRI of the controlled value named ``value`` (its local name or label).

        >>> vocabulary().controlled_value("Status", "in force")
        'https://w3id.org/geopolitics-kg/ontology#InForce'
        """
        return self.controlled.get(cls, {}).get(_norm(value))

    def informal_value(self, value: str) -> str | None:
        """The IRI of the controlled value whose informal title (skos:hiddenLabel) is
        ``value``, in any case and spacing ('humanitarian chief' gives the position
        under-secretary-general); None when it is none."""
        return self.informal.get(_norm(value))


def _norm(value: str) -> str:
    return "".join(ch for ch in str(value).casefold() if ch.isalnum())


def parse_ontology(path: Path = ONTOLOGY_FILE) -> list[ox.Triple]:
    """The ontology's triples, with blank nodes named by their order in the file so
    that the ontology graph, too, serialises identically on every load. A new list on
    each call; the file is parsed once per process (:func:`vocabulary` and the ingest's
    ontology graph both read it)."""
    return list(_parsed(Path(path)))


@functools.cache
def _parsed(path: Path) -> tuple[ox.Triple, ...]:
    names: dict[str, ox.BlankNode] = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            return names.setdefault(term.value, ox.BlankNode(f"o{len(names)}"))
        return term

    return tuple(
        ox.Triple(stable(t.subject), t.predicate, stable(t.object))
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    )


@functools.cache
def class_alt_labels(path: Path = ONTOLOGY_FILE) -> dict[str, str]:
    """The alternative names of the ontology's kinds of fact (skos:altLabel, "coup" of
    gkg:SeizureOfPower), case-folded, each to its class's local name ("SeizureOfPower"),
    for "did you mean" messages where a reader or a query is given the everyday word for
    a fact's type. Kinds of entity are left out: "party" names an Organisation, which is
    no fact's type."""
    classes = vocabulary(path).fact_types  # the gkg: kinds of fact, by local name
    return {t.object.value.casefold(): t.subject.value.removeprefix(GKG) for t in parse_ontology(path)
            if t.predicate.value == SKOS + "altLabel" and t.subject.value.startswith(GKG)
            and t.subject.value.removeprefix(GKG) in classes}


#: The vocabularies this process has read, by ontology file (:func:`vocabulary`).
_READ: dict[Path, Vocabulary] = {}

#: The ontology's class triples this process has read, by file (:func:`class_triples`).
_CLASS_TRIPLES: dict[Path, tuple[ox.Triple, ...]] = {}


def vocabulary(path: Path = ONTOLOGY_FILE) -> Vocabulary:
    """What the ontology at ``path`` lets a claim say (:class:`Vocabulary`), read once
    per process; from the file :func:`kept_vocabulary` keeps when that was read first."""
    path = Path(path)
    if path not in _READ:
        _READ[path] = _vocabulary(path)
    return _READ[path]


def class_triples(path: Path = ONTOLOGY_FILE) -> tuple[ox.Triple, ...]:
    """What the SHACL shapes need of the ontology at ``path``: its rdfs:subClassOf
    triples (sh:targetClass and sh:class reach subclasses through them) and the classes
    of its individuals (a claim's modality must be a gkg:Modality), blank nodes named
    as :func:`parse_ontology` names them. Read once per process, or from the file
    :func:`kept_vocabulary` keeps."""
    path = Path(path)
    if path not in _CLASS_TRIPLES:
        wanted = {RDF + "type", RDFS + "subClassOf"}
        _CLASS_TRIPLES[path] = tuple(t for t in _parsed(path) if t.predicate.value in wanted)
    return _CLASS_TRIPLES[path]


#: The layout of the file :func:`kept_vocabulary` keeps; a file of another is read again.
KEPT_FORMAT = 1


def kept_vocabulary(cache: Path | None) -> Vocabulary:
    """The shipped ontology's :func:`vocabulary` and :func:`class_triples`, kept
    between runs in the file ``cache`` (beside a store: :func:`kg.store.kept_path`) so
    that a command does not parse the ontology and read the vocabulary from its
    triples each time (about 0.05 s of CPU). The file is used only when its header
    names the SHA-256 of the same ontology file and of this module (the reader), the
    same pyoxigraph (the Turtle parser) and layout, and its body has the SHA-256 the
    header gives (:func:`kg.files.read_kept`); otherwise, or when its body is not a
    vocabulary, the ontology is read again and the file replaced. Once read, the
    process's :func:`vocabulary` and :func:`class_triples` answer from it. ``cache``
    None, or a file that cannot be written, costs the reading, nothing else."""
    from kg.files import file_sha256, read_kept, write_kept

    path = Path(ONTOLOGY_FILE)
    if cache is None or (path in _READ and path in _CLASS_TRIPLES):
        return vocabulary()
    try:
        key = {"format": KEPT_FORMAT, "ontology": file_sha256(path), "reader": file_sha256(Path(__file__)),
               "pyoxigraph": ox.__version__}
    except OSError:
        return vocabulary()
    kept = read_kept(cache, key)
    try:
        read = _vocabulary_from(kept["vocabulary"]), _triples_from(kept["classTriples"])
    except (TypeError, KeyError, ValueError, IndexError, AttributeError, SyntaxError):
        read = None  # not written by this layout's writer: read the ontology again
    if read is None:
        read = vocabulary(), class_triples()
        write_kept(cache, key, {"vocabulary": _vocabulary_json(read[0]), "classTriples": _triples_json(read[1])})
    _READ.setdefault(path, read[0])
    _CLASS_TRIPLES.setdefault(path, read[1])
    return vocabulary()


def _vocabulary_json(v: Vocabulary) -> dict:
    """``v`` as JSON values, the same bytes from run to run: sets as sorted lists,
    mappings in their order (a reader that looks a name up in order sees the same first
    match), except the superclasses, built from a set, sorted."""
    def listed(values) -> list:
        return sorted(values)

    return {
        "fact_types": listed(v.fact_types), "entity_types": listed(v.entity_types),
        "keys": [[k.name, k.iri, k.kind, k.range, listed(k.domain), list(k.interval) if k.interval else None, k.bounded]
                 for k in v.keys.values()],
        "controlled": v.controlled, "labels": v.labels,
        "superclasses": {c: listed(v.superclasses[c]) for c in sorted(v.superclasses)},  # built from a set
        "disjoint": sorted(listed(pair) for pair in v.disjoint),
        "status_for": {s: listed(c) for s, c in v.status_for.items()}, "informal": v.informal,
    }


def _vocabulary_from(data: dict) -> Vocabulary:
    """The :class:`Vocabulary` :func:`_vocabulary_json` gave ``data``. Raises TypeError,
    KeyError or ValueError for data of another shape."""
    def texts(values) -> frozenset[str]:
        if not isinstance(values, list) or not all(isinstance(x, str) for x in values):
            raise TypeError("expected a list of strings")
        return frozenset(values)

    def mapping(values, of=lambda x: x) -> dict:
        if not isinstance(values, dict):
            raise TypeError("expected an object")
        return {str(k): of(x) for k, x in values.items()}

    keys = {}
    for name, iri, kind, range_, domain, interval, bounded in data["keys"]:
        keys[name] = Key(name, iri, kind, range_, texts(domain), tuple(interval) if interval else None, bounded)
    return Vocabulary(texts(data["fact_types"]), texts(data["entity_types"]), keys,
                      mapping(data["controlled"], mapping), mapping(data["labels"]),
                      mapping(data["superclasses"], texts), frozenset(texts(p) for p in data["disjoint"]),
                      mapping(data["status_for"], texts), mapping(data["informal"]))


def _triples_json(triples) -> str:
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _triples_from(text: str) -> tuple[ox.Triple, ...]:
    """The triples of N-Triples ``text`` (blank nodes keep their labels). Raises
    SyntaxError or TypeError for other text."""
    if not isinstance(text, str):
        raise TypeError("expected N-Triples text")
    return tuple(q.triple for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


def _vocabulary(path: Path) -> Vocabulary:
    triples = parse_ontology(path)
    by_pred: dict[str, list[tuple]] = {}
    for t in triples:
        by_pred.setdefault(t.predicate.value, []).append((t.subject, t.object))

    def local(term) -> str | None:
        if isinstance(term, ox.NamedNode) and term.value.startswith(GKG):
            return term.value[len(GKG):]
        return None

    parents: dict[str, set[str]] = {}
    for s, o in by_pred.get(RDFS + "subClassOf", []):
        if local(s) and local(o):
            parents.setdefault(local(s), set()).add(local(o))

    def ancestors(cls: str) -> set[str]:
        seen, todo = set(), [cls]
        while todo:
            for p in parents.get(todo.pop(), ()):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    classes = {local(s) for s, o in by_pred.get(RDF + "type", []) if o.value == OWL + "Class" and local(s)}
    fact_types = frozenset(c for c in classes if c == "Fact" or "Fact" in ancestors(c))
    entity_types = frozenset(
        c for c in classes if c != "Actor" and ({"Actor", "Place", "Asset", "Framework", "Disease"} & (ancestors(c) | {c}))
    )

    # Each list cell's item and rest, indexed once: scanning every rdf:first of the
    # ontology per cell made reading the lists quadratic in their number.
    firsts: dict = {}
    for s, o in by_pred.get(RDF + "first", []):
        firsts.setdefault(s, []).append(o)
    rests = {s: o for s, o in reversed(by_pred.get(RDF + "rest", []))}

    def members(node) -> list:
        """The items of an RDF list."""
        out = []
        while node is not None and node.value != RDF + "nil":
            out += firsts.get(node, [])
            node = rests.get(node)
        return out

    unions = {s: members(o) for s, o in by_pred.get(OWL + "unionOf", [])}
    domains: dict[str, frozenset[str]] = {}
    for s, o in by_pred.get(RDFS + "domain", []):
        classes_of = unions.get(o, [o])
        domains[s.value] = frozenset(local(c) for c in classes_of if local(c))
    annotations = {(s.value, p): local(o) for p in ("intervalStart", "intervalEnd", "intervalLabel", "boundedBy")
                   for s, o in by_pred.get(GKG + p, [])}
    value_kinds = {s.value: o.value for s, o in by_pred.get(GKG + "valueKind", [])}  # values outside OWL 2's datatypes
    disjoint = set()
    for s, o in by_pred.get(OWL + "members", []):
        group = [local(c) for c in members(o) if local(c)]
        disjoint |= {frozenset((a, b)) for a in group for b in group if a != b}

    labels = {s.value: o.value for s, o in by_pred.get(RDFS + "label", []) if isinstance(s, ox.NamedNode)}
    ranges = {s.value: o for s, o in by_pred.get(RDFS + "range", []) if isinstance(s, ox.NamedNode)}
    types = {}
    for s, o in by_pred.get(RDF + "type", []):
        types.setdefault(s.value, set()).add(o.value)

    keys: dict[str, Key] = {}
    for s, o in by_pred.get(GKG + "claimKey", []):
        name = local(s)
        rng = ranges.get(s.value)
        # A union range is kept as its members joined by '|' ("Organisation|Place").
        rng_local = "|".join(sorted(local(c) for c in unions[rng])) if rng in unions else local(rng) if rng is not None else None
        if rng is not None and rng.value in STRUCTURED:
            kind = STRUCTURED[rng.value]
        elif OWL + "ObjectProperty" in types.get(s.value, ()):
            kind = "controlled" if rng_local in CONTROLLED else "fact" if rng_local == "Fact" else "entity"
        elif s.value in value_kinds:
            kind = value_kinds[s.value]
        elif rng_local == "DateValue":
            kind = "date"
        elif rng is not None and rng.value in (XSD + "integer", XSD + "decimal", XSD + "boolean"):
            kind = rng.value[len(XSD):]
        else:
            kind = "string"
        interval = tuple(annotations.get((s.value, p)) for p in ("intervalStart", "intervalEnd", "intervalLabel"))
        keys[name] = Key(name, s.value, kind, rng_local, domains.get(s.value, frozenset()),
                         interval if any(interval) else None, annotations.get((s.value, "boundedBy")))

    controlled: dict[str, dict[str, str]] = {c: {} for c in CONTROLLED}
    for s, o in by_pred.get(RDF + "type", []):
        cls = local(o)
        if cls in controlled and local(s):
            controlled[cls][_norm(local(s))] = s.value
            if s.value in labels:
                controlled[cls].setdefault(_norm(labels[s.value]), s.value)
    # Other names ('never implemented' for 'not implemented'), after every own name and
    # label so that none of those is shadowed by another value's alternative.
    for s, o in by_pred.get(SKOS + "altLabel", []):
        for cls in (t[len(GKG):] for t in types.get(s.value, ()) if t.startswith(GKG)):
            if cls in controlled:
                controlled[cls].setdefault(_norm(o.value), s.value)
    # Informal titles the news gives an office ('humanitarian chief'), never accepted as
    # the value itself: a refusal names the value they point to (skos:hiddenLabel).
    informal: dict[str, str] = {}
    for s, o in by_pred.get(SKOS + "hiddenLabel", []):
        if any(t[len(GKG):] in controlled for t in types.get(s.value, ()) if t.startswith(GKG)):
            informal.setdefault(_norm(o.value), s.value)
    superclasses = {c: frozenset(ancestors(c) | {c}) for c in classes}
    status_for: dict[str, set[str]] = {}
    for s, o in by_pred.get(GKG + "statusFor", []):
        status_for.setdefault(s.value, set()).add(local(o))
    return Vocabulary(fact_types, entity_types, keys, controlled, labels, superclasses, frozenset(disjoint),
                      {k: frozenset(v) for k, v in status_for.items()}, informal)
