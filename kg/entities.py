"""The entity registry: one stable IRI per state, person, organisation, group or place,
whatever name an article uses for it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus import check_id, line_of, load_yaml
from kg.errors import InputError, InputErrors, brief, close_matches, indefinite
from kg.namespaces import ID

#: The RapidFuzz WRatio (0-100) from which a registry name is offered for an unknown one.
#: WRatio gives 85.5 to any longer name that merely shares a word with the one asked
#: for (its partial token-set ratio is 100 for one word in common, scaled by 0.95 and
#: 0.9): "Republic of Zubrowka" and "Republic of the Union of Myanmar". Above that stay
#: misspellings ("Vladimir Putn", 96) and a name found whole in a longer one ("Aung
#: Hlaing" in "Senior General Min Aung Hlaing", 90).
NEAR_NAME = 86

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


def id_for_name(name: str) -> str:
    """The registry id a name is given: its words transliterated to ASCII, lower-cased,
    joined by '-' (the form of :data:`_ID`).

    Transliteration is anyascii's (Unicode to ASCII, every script: ISC licence, data
    only, no network): letters that Unicode does not decompose are kept as their usual
    Latin spelling ("Støre" -> 'store', "Błaszczak" -> 'blaszczak', "Ærø" -> 'aero'),
    Cyrillic and Greek in their common romanisation ("Владимир Путин" ->
    'vladimir-putin'), and scripts that write no short vowels (Arabic, Hebrew) as their
    consonants ("محمد بن سلمان" -> 'mhmd-bn-slmn'): readable, to be checked against
    the English spelling of the article. Apostrophes part words ("Côte d’Ivoire" ->
    'cote-d-ivoire').

    >>> id_for_name("Jonas Gahr Støre"), id_for_name("Côte d’Ivoire")
    ('jonas-gahr-store', 'cote-d-ivoire')

    Raises ValueError when nothing of ``name`` is a letter or digit in ASCII (a name of
    punctuation or symbols alone), naming it: no id can be made from it.
    """
    from anyascii import anyascii  # only where an id is made: drafting, kg add-article

    ascii_ = anyascii(name.replace("\u2019", " ").replace("'", " "))
    words = re.findall(r"[a-z0-9]+", ascii_.lower())
    if not words:
        raise ValueError(f"no registry id can be made from the name {name!r}: it has no letter or digit "
                         "that transliterates to ASCII; give the entity an id of its own")
    return "-".join(words)


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    of: str | None = None  # the state an organisation belongs to (gkg:organisationOf); a strain's disease (gkg:variantOf)
    description: str | None = None  # a few words that tell homonyms apart, as Wikidata's descriptions do

    def described(self) -> str:
        """The id with the description or class, as messages name a candidate."""
        return f"{self.id} ({self.description or self.type})"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


def _clash(name: str, entity: Entity, first: Entity | None, other_id: str) -> str:
    """Why ``entity`` may not take ``name``, which already belongs to the entity
    ``first`` (id ``other_id``), and the fix. An id is never shared with any name,
    because writing the id is how a claim picks one of two homonyms; a label or alias
    may be shared by entities of different classes (a claim's role tells them apart) or
    by entities with a description each."""
    if first is not None and name == entity.id:
        return (f"the id {name!r} is already a name (label or alias) of entity {other_id!r} ({first.type}); an id is "
                f"never shared, since writing the id is how a claim picks one of two homonyms: give this entity "
                f"another id (such as '{name}-{entity.type.lower()}') and keep {entity.label!r} as its label")
    if first is not None and normalise(name) == normalise(first.id):
        return (f"name {brief(name)} is the id of entity {other_id!r} ({first.type}); an id is never shared, since "
                f"writing the id is how a claim picks one of two homonyms: drop this name from {entity.id!r}, "
                f"or give {other_id!r} another id (keeping {first.label!r} as its label)")
    kind = f" ({first.type}, as this one)" if first is not None else ""
    return (f"name {brief(name)} already belongs to entity {other_id!r}{kind}; homonyms of the same class need a "
            "'description' each, such as 'businessman', to be told apart")


@dataclass
class EntityRegistry:
    """Entities by id, and every name (label or alias) that resolves to them.
    ``source`` is the ``entities.yaml`` it was read from (None when built in code) and
    ``source_exists`` False when that file does not exist yet (a new corpus), so that
    a message about an unknown name can say where to declare it."""

    entities: dict[str, Entity] = field(default_factory=dict)
    _by_name: dict[str, str] = field(default_factory=dict)
    _shared: dict[str, list[str]] = field(default_factory=dict)  # name -> ids of homonyms
    source: Path | None = None
    source_exists: bool = True
    #: Set when reading drafts against a registry made since (``kg eval``): an entity a
    #: draft proposes whose id or a name the registry already has is the registry's
    #: entity, not a second declaration to refuse.
    keep_known: bool = False

    def add(self, entity: Entity, path="entities", where=None) -> None:
        """Register ``entity``; the same entity declared again identically is one
        entity, a second declaration that differs is refused (unless :attr:`keep_known`:
        then the first stays). Two entities may share a name (label or alias) only if
        both carry a description or they are of different classes, so that a reader
        can tell them apart; an id is never shared. Raises :class:`InputError`."""
        if self.keep_known:
            keys = [normalise(n) for n in (entity.id, *entity.names)]
            known_id = entity.id if entity.id in self.entities else next(
                (self._by_name[k] for k in keys if k in self._by_name), None)
            if known_id is not None or any(k in self._shared for k in keys):
                if known_id is not None and keys[0] not in self._by_name and keys[0] not in self._shared:
                    self._by_name[keys[0]] = known_id  # the draft's claims name it by the proposed id
                return
        known = self.entities.get(entity.id)
        if known == entity:
            return  # declared again, identically (inline in another claims file): one entity
        if known is not None:
            fields = [f for f in ("type", "label", "aliases", "wikidata", "of", "description")
                      if getattr(known, f) != getattr(entity, f)]
            def shown(value) -> str:  # as written in YAML: a list of names, not a Python tuple
                if value is None or value == ():
                    return "(none)"
                return "[" + ", ".join(map(str, value)) + "]" if isinstance(value, (tuple, list)) else repr(value)

            raise InputError(path, f"entity {entity.id!r} is declared again with other values of "
                             f"{', '.join(fields)} (first: {'; '.join(f'{f}: {shown(getattr(known, f))}' for f in fields)}, "
                             f"now: {'; '.join(f'{f}: {shown(getattr(entity, f))}' for f in fields)}); one id, one entity", where)
        if entity.id in self._shared:
            raise InputError(path, f"duplicate entity id {entity.id!r}", where)
        # Every name is checked before any index changes: a refused entity leaves the
        # registry as it was (the reader goes on to the next entry).
        shared: dict[str, list[str]] = {}
        by_name: dict[str, str] = {}
        for name in (entity.id, *entity.names):
            key = normalise(name)
            others = self._shared.get(key) or ([self._by_name[key]] if key in self._by_name else [])
            others = [o for o in others if o != entity.id]
            if others:
                first = self.entities.get(others[0])
                if first is None or name == entity.id or key == normalise(first.id) or not (
                        (entity.description and first.description) or entity.type != first.type):
                    raise InputError(path, _clash(name, entity, first, others[0]), where)
                shared[key] = [*others, entity.id]
            else:
                by_name[key] = entity.id
        for key, ids in shared.items():
            self._shared[key] = ids
            self._by_name.pop(key, None)
        for key, eid in by_name.items():
            if key not in shared:
                self._by_name[key] = eid
        self.entities[entity.id] = entity

    def copy(self) -> "EntityRegistry":
        """A registry that adding to leaves this one as it is (entities are immutable,
        so only the indexes are copied)."""
        return EntityRegistry(dict(self.entities), dict(self._by_name),
                              {name: list(ids) for name, ids in self._shared.items()}, self.source, self.source_exists)

    def where_to_declare(self) -> str:
        """Where a name the registry lacks may be declared, for messages:
        ``"it is not in DIR/entities.yaml (no such file): declare it there or inline
        under 'entities:' in this claims file"``."""
        if self.source is None:
            return "declare it under 'entities:' in this claims file"
        missing = "" if self.source_exists else " (no such file)"
        from kg.resources import DEFAULT_CORPUS

        if Path(self.source).resolve().parent == Path(DEFAULT_CORPUS).resolve():
            # The sample corpus's registry ships with the package: not a file to edit. A
            # registry beside the current folder is read only in a corpus (an articles.yaml
            # beside it: README, "Which registry names are resolved with"), so one edited
            # there is named, with the option that reads it.
            unread = [c / "entities.yaml" for c in (Path("."), Path("corpus"))
                      if (c / "entities.yaml").is_file() and not (c / "articles.yaml").is_file()]
            why = (f"; {unread[0]} was not read, since no articles.yaml lies beside it: give --entities {unread[0]} "
                   "to use it" if unread else "")
            return (f"it is not in the registry read, the sample corpus's installed with kg ({self.source}), "
                    f"read because neither this folder nor ./corpus holds an articles.yaml{why}: declare it inline "
                    "under 'entities:' in this claims file, or keep a registry of your own ('kg init DIR' starts a "
                    "corpus with one; then 'kg ingest --entities DIR/entities.yaml')")
        return f"it is not in {self.source}{missing}: declare it there or inline under 'entities:' in this claims file"

    def candidates(self, name: str) -> list[Entity]:
        """Every entity ``name`` may stand for: one, several homonyms, or none."""
        key = normalise(str(name))
        if key in self._by_name:
            return [self.entities[self._by_name[key]]]
        return [self.entities[i] for i in self._shared.get(key, [])]

    def with_states(self, entities) -> list[Entity]:
        """``entities`` plus the states their organisations belong to. An ``of`` naming
        no entity of the registry adds nothing: the reader has reported it already
        (:func:`_check_of`)."""
        out = list(entities)
        for e in entities:
            owner = self.entities.get(e.of) if e.of else None
            if owner is not None and owner not in out:
                out.append(owner)
        return out

    def resolve(self, name: str) -> Entity | None:
        """The entity a name, alias or id stands for; None when no entity or several
        homonyms have it (see :meth:`candidates`).

        >>> reg = load_registry()
        >>> reg.resolve("Senior Gen. Min Aung Hlaing").id
        'min-aung-hlaing'
        """
        eid = self._by_name.get(normalise(str(name)))
        return self.entities[eid] if eid else None

    def near(self, name: str, n: int = 5) -> list[str]:
        """Names close to ``name``, for 'did you mean' messages: those scoring at least
        :data:`NEAR_NAME` by :func:`kg.errors.close_matches` (RapidFuzz's WRatio), best
        first, at most ``n``; [] when none is that close."""
        key = normalise(str(name))
        return close_matches(key, [*self._by_name, *self._shared], n=n, cutoff=NEAR_NAME)


def load_registry(path: Path | None = None, known_types=None, missing_ok: bool = False,
                  cache: Path | None = None) -> EntityRegistry:
    """Read an ``entities.yaml`` file (by default the shipped corpus's). With
    ``missing_ok``, a file that does not exist gives an empty registry of its own (a
    corpus that declares its entities inline, or has none yet), never another corpus's.
    With ``cache`` (a file path beside a store: :func:`kg.store.kept_path`), a registry
    read without problems is kept there, and read back from it while it was made from
    the same file (:func:`_kept_key`): 4 ms of CPU for 816 entities, against 18 ms to
    read and check the YAML (and 50 ms for the vocabulary it checks them against). Raises :class:`InputError` naming the file for a
    missing (without ``missing_ok``) or malformed one."""
    from kg.corpus import DEFAULT_CORPUS

    path = Path(path) if path else DEFAULT_CORPUS / "entities.yaml"
    if missing_ok and not path.exists():
        return EntityRegistry(source=path, source_exists=False)
    key = None
    if cache is not None and known_types is None:
        from kg.files import read_kept

        key = _kept_key(path)
        kept = read_kept(cache, key) if key is not None else None
        registry = _registry_from(kept, path) if kept is not None else None
        if registry is not None:
            return registry
    if known_types is None:
        from kg.ontology import vocabulary

        known_types = vocabulary().entity_types
    registry = EntityRegistry(source=path)
    load_registry_entries(load_yaml(path), path, registry, known_types)
    if key is not None:  # read without a problem (else raised above): kept for the next run
        from kg.files import write_kept

        write_kept(cache, key, _registry_json(registry))
    return registry


#: The layout of the file a registry is kept in (:func:`load_registry`); a file of
#: another layout is read again.
KEPT_FORMAT = 1


def _kept_key(path: Path) -> dict | None:
    """What a kept registry must have been read from to stand for the file at ``path``:
    its real path, size, modification time (ns) and SHA-256, the SHA-256 of the
    ontology (the classes an entity may have) and of the modules that read and check
    the file (this one and :mod:`kg.corpus`, its YAML reader), and the layout. The
    file's bytes are hashed on every run (a fraction of a millisecond for a registry
    of a thousand entities): its size and time alone would miss an edit that keeps
    both. None when a file cannot be read (the reader then names the problem)."""
    import os

    from kg import corpus
    from kg.files import file_sha256
    from kg.resources import ONTOLOGY_FILE

    try:
        stat = path.stat()
        return {"format": KEPT_FORMAT, "registry": os.path.realpath(path), "size": stat.st_size,
                "mtime_ns": stat.st_mtime_ns, "sha256": file_sha256(path), "ontology": file_sha256(ONTOLOGY_FILE),
                "reader": [file_sha256(Path(__file__)), file_sha256(Path(corpus.__file__))]}
    except OSError:
        return None


def _registry_json(registry: EntityRegistry) -> dict:
    """``registry``'s entities (in the order they were declared) and name indexes as
    JSON values, for :func:`_registry_from`."""
    return {"entities": [[e.id, e.type, e.label, list(e.aliases), e.wikidata, e.of, e.description]
                         for e in registry.entities.values()],
            "byName": registry._by_name, "shared": registry._shared}


def _registry_from(data, path: Path) -> EntityRegistry | None:
    """The registry :func:`_registry_json` gave ``data``, read from the file ``path``;
    None for data of another shape (the file is then read again)."""
    try:
        entities = {}
        for eid, etype, label, aliases, wikidata, of, description in data["entities"]:
            if not all(isinstance(x, str) for x in (eid, etype, label, *aliases)) or not all(
                    x is None or isinstance(x, str) for x in (wikidata, of, description)):
                return None
            entities[eid] = Entity(eid, etype, label, tuple(aliases), wikidata, of, description)
        by_name, shared = data["byName"], data["shared"]
        if not (all(isinstance(k, str) and v in entities for k, v in by_name.items())
                and all(isinstance(k, str) and all(i in entities for i in ids) for k, ids in shared.items())):
            return None
        return EntityRegistry(entities, dict(by_name), {k: list(ids) for k, ids in shared.items()}, source=path)
    except (TypeError, KeyError, ValueError, AttributeError):
        return None


def _takes_of(etype: str) -> bool:
    """Whether an entity of class ``etype`` may carry ``of``: a Person (citizenOf),
    an Organisation or subclass (organisationOf), a Place or subclass, the state it
    lies in (inState, 2.44.0), or a Disease, a strain's disease (variantOf,
    ontology/geopolitics.ttl)."""
    from kg.ontology import vocabulary

    return etype in ("Person", "Disease") or any(vocabulary().is_a(etype, c) for c in ("Organisation", "Place"))


def _comma_hint(entry: dict, unknown: set) -> str:
    """The fix when an unknown field is the rest of a name that an unquoted comma cut
    off in a one-line entry: in YAML's flow style ``{label: A, B}`` reads ``B`` as a
    field with no value. '' when no unknown field looks like that."""
    keys = list(entry)
    for i, k in enumerate(keys):
        if k in unknown and entry[k] is None and i > 0 and isinstance(entry[keys[i - 1]], str):
            prev = keys[i - 1]
            return (f"; in a one-line {{...}} entry a comma ends the value, so '{k}' reads as a field: if it is part of "
                    f"the {prev}, quote the whole value: {prev}: \"{entry[prev]}, {k}\"")
    return ""


def load_registry_entries(data, path, registry: EntityRegistry, known_types,
                          collect: list[InputError] | None = None) -> set[str]:
    """Add the entities of a parsed YAML list (from :func:`kg.corpus.load_yaml`) to
    ``registry``, checking the type of every field; every entry is checked, so that one
    pass names all the problems. An entry with a problem is left out.

    Each problem is an :class:`InputError` naming ``path``, the entity and its line: with
    ``collect`` (a list) they are appended to it; without, one is raised as it is and
    several as :class:`InputErrors`. Returns the normalised ids, labels and aliases of
    the entries left out, so that a claim naming one can say why it is unknown. An empty
    document (comments only, as ``kg init`` writes it) holds no entities."""
    if data is None:
        return set()
    if not isinstance(data, list):
        raise InputError(path, "expected a list of entities")
    problems: list[InputError] = []
    refused: set[str] = set()
    pending_of: list[tuple[str, str, bool]] = []  # checked once all are read: a state may come after its people
    for n, entry in enumerate(data, 1):
        try:
            _registry_entry(n, entry, path, registry, known_types, pending_of)
        except InputError as e:
            problems.append(e)
            if isinstance(entry, dict):
                names = [entry.get("id"), entry.get("label"),
                         *(entry.get("aliases") if isinstance(entry.get("aliases"), list) else [])]
                refused.update(normalise(x) for x in names if isinstance(x, str) and x.strip())
    for of, where, of_disease in pending_of:
        try:
            _check_of(of, where, path, registry, "Disease" if of_disease else "State")
        except InputError as e:
            problems.append(e)
    if collect is not None:
        collect.extend(problems)
    elif len(problems) == 1:
        raise problems[0]
    elif problems:
        raise InputErrors.capped(path, problems)
    return refused


def _registry_entry(n: int, entry, path, registry: EntityRegistry, known_types,
                    pending_of: list[tuple[str, str, bool]]) -> None:
    """Check entry number ``n`` (from 1) of a registry list and add it to ``registry``;
    its ``of`` goes to ``pending_of`` (checked once every entry is read). Raises
    :class:`InputError` naming ``path``, the entity and its line."""
    at = line_of(entry)
    where = f"entity #{n}" + (f" (line {at})" if at else "")
    if not isinstance(entry, dict):
        raise InputError(path, "each entity is a mapping with id, type and label", where)
    unknown = set(entry) - {"id", "type", "label", "aliases", "wikidata", "of", "description"}
    if unknown:
        raise InputError(path, f"unknown field(s) {', '.join(sorted(map(str, unknown)))}{_comma_hint(entry, unknown)}",
                         where)
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
        if not isinstance(of, str):
            raise InputError(path, f"'of' must be the id of a State of the registry, not {brief(of)}", where)
        if not _takes_of(etype):
            # The mapping turns 'of' into gkg:organisationOf, whose domain is
            # Organisation: on a place or group the OWL check would only find the
            # graph inconsistent later, naming nothing.
            raise InputError(path, f"'of' does not apply to {indefinite(etype)}: it names the state of a Person "
                                   "(gkg:citizenOf), of an Organisation and its subclasses (gkg:organisationOf: "
                                   "a government, armed force, agency, party, court, company) or the state a "
                                   "City, Region, Site or Place lies in (gkg:inState), or the disease "
                                   "a strain of a Disease is a variant of (gkg:variantOf); "
                                   "for a group, say where it belongs in its description", where)
    desc = entry.get("description")
    if desc is not None and not (isinstance(desc, str) and desc.strip()):
        raise InputError(path, f"description: expected text, got {brief(desc)}", where)
    if of is not None:
        pending_of.append((of, where, etype == "Disease"))
    registry.add(
        Entity(eid, etype, str(entry["label"]), tuple(str(a) for a in aliases), qid and str(qid),
               of and str(of), " ".join(str(entry["description"]).split()) if entry.get("description") else None),
        path,
        where,
    )


def _check_of(of: str, where: str, path, registry: EntityRegistry, needed: str = "State") -> None:
    """Check that ``of``, the state an entity belongs to (or, for a strain, the disease
    it is a variant of: ``needed`` "Disease"), is the id of an entity of class
    ``needed`` in ``registry``. Raises :class:`InputError` naming ``path`` and the entity."""
    owner = registry.entities.get(of)
    if owner is None or owner.type != needed:
        what = (("an " if owner.type[0] in "AEIOU" else "a ") + owner.type) if owner is not None \
            else "not an id of the registry"
        near = close_matches(of, [e.id for e in registry.entities.values() if e.type == needed], n=3) \
            if owner is None else []
        hint = f" (did you mean {', '.join(map(repr, near))}?)" if near else ""
        raise InputError(path, f"'of' must be the id of a {needed} of the registry, not {brief(of)}: it is {what}{hint}",
                         where)
