"""The entity registry: one stable IRI per state, person, organisation, group or place,
whatever name an article uses for it."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus import check_id, line_of, load_yaml
from kg.errors import InputError, brief
from kg.namespaces import ID

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


def normalise(name: str) -> str:
    """The form in which names are compared: case-folded, typographic apostrophes
    straightened, white space collapsed.

    >>> normalise("Myanmar’s  Junta chief")
    "myanmar's junta chief"
    """
    name = unicodedata.normalize("NFKC", name).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    of: str | None = None  # the state an organisation belongs to (gkg:organisationOf)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass
class EntityRegistry:
    """Entities by id, and every name (label or alias) that resolves to them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    _by_name: dict[str, str] = field(default_factory=dict)

    def add(self, entity: Entity, path="entities", where=None) -> None:
        if entity.id in self.entities:
            raise InputError(path, f"duplicate entity id {entity.id!r}", where)
        for name in (entity.id, *entity.names):
            key = normalise(name)
            other = self._by_name.get(key)
            if other and other != entity.id:
                raise InputError(path, f"name {brief(name)} already belongs to entity {other!r}", where)
            self._by_name[key] = entity.id
        self.entities[entity.id] = entity

    def with_states(self, entities) -> list[Entity]:
        """``entities`` plus the states their organisations belong to."""
        out = list(entities)
        out += [self.entities[e.of] for e in entities if e.of and self.entities[e.of] not in out]
        return out

    def resolve(self, name: str) -> Entity | None:
        """The entity a name, alias or id stands for, or None.

        >>> reg = load_registry()
        >>> reg.resolve("Senior Gen. Min Aung Hlaing").id
        'min-aung-hlaing'
        """
        eid = self._by_name.get(normalise(str(name)))
        return self.entities[eid] if eid else None

    def near(self, name: str, n: int = 5) -> list[str]:
        """Names close to ``name``, for 'did you mean' messages."""
        key = normalise(str(name))
        return difflib.get_close_matches(key, list(self._by_name), n=n, cutoff=0.6)


def load_registry(path: Path | None = None, known_types=None) -> EntityRegistry:
    """Read an ``entities.yaml`` file (by default the shipped corpus's)."""
    from kg.corpus import DEFAULT_CORPUS

    path = Path(path) if path else DEFAULT_CORPUS / "entities.yaml"
    if known_types is None:
        from kg.ontology import vocabulary

        known_types = vocabulary().entity_types
    registry = EntityRegistry()
    load_registry_entries(load_yaml(path), path, registry, known_types)
    return registry


def load_registry_entries(data, path, registry: EntityRegistry, known_types) -> None:
    """Add the entities of a parsed YAML list (from :func:`kg.corpus.load_yaml`) to
    ``registry``, checking the type of every field. Raises :class:`InputError` naming
    ``path``, the entity and its line."""
    if not isinstance(data, list):
        raise InputError(path, "expected a list of entities")
    for n, entry in enumerate(data, 1):
        at = line_of(entry)
        where = f"entity #{n}" + (f" (line {at})" if at else "")
        if not isinstance(entry, dict):
            raise InputError(path, "each entity is a mapping with id, type and label", where)
        unknown = set(entry) - {"id", "type", "label", "aliases", "wikidata", "of"}
        if unknown:
            raise InputError(path, f"unknown field(s) {', '.join(sorted(map(str, unknown)))}", where)
        eid = check_id(entry.get("id"), path, where, "entity", _ID, "use lower-case words joined by '-'", (ID,))
        where = f"entity {eid}" + (f" (line {at})" if at else "")
        for key in ("label", "type"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise InputError(path, f"{key}: expected text, got {brief(entry.get(key))}; "
                                       "an entity needs a label and a type", where)
        etype = entry["type"]
        if etype not in known_types:
            raise InputError(path, f"unknown type {brief(etype)}; the ontology has {', '.join(sorted(known_types))}", where)
        qid = entry.get("wikidata")
        if qid is not None and not (isinstance(qid, str) and _QID.match(qid)):
            raise InputError(path, f"wikidata must be a QID such as Q159, not {brief(qid)}", where)
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise InputError(path, f"aliases must be a list of names (text), not {brief(aliases)}", where)
        of = entry.get("of")
        if of is not None:
            state = registry.entities.get(of) if isinstance(of, str) else None
            if state is None or state.type != "State":
                raise InputError(path, f"'of' must be the id of a State listed before this entity, not {brief(of)}", where)
        registry.add(Entity(eid, etype, entry["label"], tuple(aliases), qid, of), path, where)
