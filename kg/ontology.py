"""What the ontology lets a claim say: fact types, the keys (role and attribute
properties) a claim may use, the kind of value each key takes, and the controlled
values (statuses, positions, kinds of support, modalities).

Claims files are checked against the ontology itself, so adding a property to
``ontology/geopolitics.ttl`` (with ``gkg:claimKey true``) is all it takes to use it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import GKG, OWL, RDF, RDFS, XSD
from kg.resources import ONTOLOGY_FILE

#: Classes whose individuals are controlled values rather than registry entities.
CONTROLLED = ("PositionType", "Status", "SupportKind", "Modality")


@dataclass(frozen=True)
class Key:
    """A property a claim may use as a key, and how to read its value."""

    name: str
    iri: str
    kind: str  # "entity", "controlled", "date", "integer", "decimal", "string"
    range: str | None  # local name of the range class, for entity and controlled keys


@dataclass(frozen=True)
class Vocabulary:
    fact_types: frozenset[str]
    entity_types: frozenset[str]
    keys: dict[str, Key]
    controlled: dict[str, dict[str, str]]  # class -> normalised name -> individual IRI
    labels: dict[str, str]  # IRI -> English label
    superclasses: dict[str, frozenset[str]]  # class -> itself and all its superclasses

    def is_a(self, cls: str, ancestor: str) -> bool:
        return ancestor in self.superclasses.get(cls, (cls,))

    def controlled_value(self, cls: str, value: str) -> str | None:
        """The IRI of the controlled value named ``value`` (its local name or label).

        >>> vocabulary().controlled_value("Status", "in force")
        'https://w3id.org/geopolitics-kg/ontology#InForce'
        """
        return self.controlled.get(cls, {}).get(_norm(value))


def _norm(value: str) -> str:
    return "".join(ch for ch in str(value).casefold() if ch.isalnum())


def parse_ontology(path: Path = ONTOLOGY_FILE) -> list[ox.Triple]:
    """The ontology's triples, with blank nodes named by their order in the file so
    that the ontology graph, too, serialises identically on every load."""
    names: dict[str, ox.BlankNode] = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            return names.setdefault(term.value, ox.BlankNode(f"o{len(names)}"))
        return term

    return [
        ox.Triple(stable(t.subject), t.predicate, stable(t.object))
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    ]


@functools.cache
def vocabulary(path: Path = ONTOLOGY_FILE) -> Vocabulary:
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
        c for c in classes if c != "Actor" and ({"Actor", "Place"} & (ancestors(c) | {c}))
    )

    labels = {s.value: o.value for s, o in by_pred.get(RDFS + "label", []) if isinstance(s, ox.NamedNode)}
    ranges = {s.value: o for s, o in by_pred.get(RDFS + "range", []) if isinstance(s, ox.NamedNode)}
    types = {}
    for s, o in by_pred.get(RDF + "type", []):
        types.setdefault(s.value, set()).add(o.value)

    keys: dict[str, Key] = {}
    for s, o in by_pred.get(GKG + "claimKey", []):
        name = local(s)
        rng = ranges.get(s.value)
        rng_local = local(rng) if rng is not None else None
        if OWL + "ObjectProperty" in types.get(s.value, ()):
            kind = "controlled" if rng_local in CONTROLLED else "entity"
        elif rng_local == "DateValue":
            kind = "date"
        elif rng is not None and rng.value in (XSD + "integer", XSD + "decimal"):
            kind = rng.value[len(XSD):]
        else:
            kind = "string"
        keys[name] = Key(name, s.value, kind, rng_local)

    controlled: dict[str, dict[str, str]] = {c: {} for c in CONTROLLED}
    for s, o in by_pred.get(RDF + "type", []):
        cls = local(o)
        if cls in controlled and local(s):
            controlled[cls][_norm(local(s))] = s.value
            if s.value in labels:
                controlled[cls].setdefault(_norm(labels[s.value]), s.value)
    superclasses = {c: frozenset(ancestors(c) | {c}) for c in classes}
    return Vocabulary(fact_types, entity_types, keys, controlled, labels, superclasses)
