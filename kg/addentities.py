"""``kg add-entities``: the entities claims files declare inline moved into the corpus's
registry.

A draft proposes the names its registry lacks under its own ``entities:`` (a state of
the gazetteer, a body or a person the article names), each with a guessed class for the
analyst to check. A corpus started with ``kg init`` has an empty ``entities.yaml``, so
every draft of its first articles proposes the states and bodies it names. Kept in the
claims files, an entity serves only the files read after the one that declares it, and
two files that declare one id differently are refused together; typed again into
``entities.yaml`` by hand, it costs the analyst the time the draft saved. Once checked,
:func:`add_entities` moves them: every entry of the files' ``entities:`` that the
registry lacks is appended to it, one line each, in the order the files declare them, and
the ``entities:`` block (with the draft's comment above it) is taken out of each file.

Every entry is checked as the registry reader checks one (:func:`kg.entities.load_registry`:
fields, classes, ``of`` naming a state of the registry or of the files), and against the
registry and the other files: an id declared with other values anywhere is refused,
except a proposal the registry holds with as much detail or more (its aliases added by
hand first: :func:`_only_less_detailed`), which is dropped as already there. Any
problem refuses the whole run and nothing is written; otherwise the registry is written
first, so that a run cut short leaves each entity in the registry and, identically, in
its file, which the reader takes as one entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus import load_yaml, parse_yaml
from kg.entities import EntityRegistry, _check_of, _registry_entry, load_registry, normalise
from kg.errors import InputError, InputErrors
from kg.files import write_atomically

#: The comment a draft writes above its ``entities:`` (:func:`kg.extract.drafts.render`),
#: taken out with the block it introduces.
PROPOSED_COMMENT = "# Proposed for the registry"


@dataclass
class Moved:
    """What :func:`add_entities` did (or, in a dry run, would do): the registry file, the
    entries appended to it (plain dicts, in order), the ids the registry already held with
    the same values, and the claims files that no longer declare them."""

    registry: Path
    added: list[dict] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    #: Of ``known``, the ids whose registry entry says more than the proposal (more
    #: aliases, a Wikidata id, an 'of', a description) and contradicts none of it.
    detailed: list[str] = field(default_factory=list)


def _only_less_detailed(entry, held) -> bool:
    """Whether the proposal ``entry`` (a mapping of a claims file's ``entities:``) says
    nothing the registry's entity ``held`` of the same id contradicts: the same class,
    a label that is one of its names, aliases among its names, and a Wikidata id, 'of'
    and description that are its own where the proposal gives them. Such a proposal is
    the registry's entity, written with less detail (the analyst added aliases first)."""
    if not isinstance(entry, dict) or set(entry) - {"id", "type", "label", "aliases", "wikidata", "of", "description"}:
        return False
    names = {normalise(n) for n in held.names}
    aliases = entry.get("aliases") or []
    if entry.get("type") != held.type or not isinstance(entry.get("label"), str) or not isinstance(aliases, list):
        return False
    if normalise(entry["label"]) not in names or not all(isinstance(a, str) and normalise(a) in names for a in aliases):
        return False
    desc = entry.get("description")
    return (entry.get("wikidata") in (None, held.wikidata) and entry.get("of") in (None, held.of)
            and (desc is None or (isinstance(desc, str) and " ".join(desc.split()) == held.description)))


def add_entities(files: list[Path], registry_path: Path, dry_run: bool = False) -> Moved:
    """Move the entities the claims ``files`` declare under ``entities:`` into the
    registry at ``registry_path`` (see the module docstring). A file with no
    ``entities:`` is left as it is. With ``dry_run`` nothing is written.

    Raises :class:`~kg.errors.InputError` (one problem) or
    :class:`~kg.errors.InputErrors` (several), naming the file, the entity and its line,
    before anything is written."""
    from kg.ontology import vocabulary

    registry = load_registry(registry_path, missing_ok=True)
    known_types = vocabulary().entity_types
    merged: EntityRegistry = registry.copy()
    moved = Moved(registry_path)
    problems: list[InputError] = []
    pending_of: list[tuple[str, str, bool, Path]] = []
    edits: dict[Path, str] = {}
    for path in files:
        data = load_yaml(path)
        entries = data.get("entities") if isinstance(data, dict) else None
        if not entries:
            continue
        if not isinstance(entries, list):
            problems.append(InputError(path, "'entities' must be a list of entities, one mapping each"))
            continue
        for n, entry in enumerate(entries, 1):
            held = registry.entities.get(entry.get("id")) if isinstance(entry, dict) and isinstance(entry.get("id"), str) else None
            if held is not None and _only_less_detailed(entry, held):
                # The registry's entity, written with as much detail or less: already there.
                if held.id not in moved.known:
                    moved.known.append(held.id)
                    if (entry["label"], tuple(entry.get("aliases") or ()), entry.get("wikidata"), entry.get("of"),
                            entry.get("description")) != (held.label, held.aliases, held.wikidata, held.of, held.description):
                        moved.detailed.append(held.id)
                continue
            before = set(merged.entities)
            of_here: list[tuple[str, str, bool]] = []
            try:
                _registry_entry(n, entry, path, merged, known_types, of_here)
            except InputError as e:
                problems.append(e)
                continue
            pending_of += [(*p, path) for p in of_here]
            eid = entry["id"]
            if eid in before:
                if eid in registry.entities and eid not in moved.known:
                    moved.known.append(eid)  # the registry's own, declared again identically
                continue
            moved.added.append({k: entry[k] for k in ("id", "type", "label", "aliases", "wikidata", "of", "description")
                                if entry.get(k) not in (None, [], "")})
        try:
            edits[path] = _without_entities(path)
        except InputError as e:
            problems.append(e)
    for of, where, of_disease, path in pending_of:
        try:
            _check_of(of, where, path, merged, "Disease" if of_disease else "State")
        except InputError as e:
            problems.append(e)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise InputErrors(problems)
    moved.files = list(edits)
    if dry_run or not edits:
        return moved
    if moved.added:
        old = registry_path.read_text(encoding="utf-8") if registry_path.is_file() else ""
        lines = "".join(f"- {_entity_line(e)}\n" for e in moved.added)
        sources = ", ".join(p.name for p in edits)
        new = old + ("" if not old or old.endswith("\n") else "\n") + \
            f"# Moved by kg add-entities from {sources}\n" + lines
        load_registry_text(new, registry_path)  # the registry as it will be read: refused before it is written
        write_atomically(registry_path, new.encode("utf-8"))
    for path, text in edits.items():
        write_atomically(path, text.encode("utf-8"))
    return moved


def load_registry_text(text: str, path: Path) -> EntityRegistry:
    """The registry ``text`` (an ``entities.yaml`` as it is to be written at ``path``)
    reads as; raises as :func:`kg.entities.load_registry` does, naming ``path``."""
    from kg.entities import load_registry_entries
    from kg.ontology import vocabulary

    registry = EntityRegistry(source=path)
    load_registry_entries(parse_yaml(text, path), path, registry, vocabulary().entity_types)
    return registry


def _entity_line(entry: dict) -> str:
    """One entity as a registry line writes it, ``{id: x, type: T, label: L, ...}``, as
    a draft writes its proposals."""
    from kg.extract.drafts import _entity_line as line

    return line(entry)


_TOP_KEY = re.compile(r"^entities[ \t]*:")


def _without_entities(path: Path) -> str:
    """The text of the claims file at ``path`` without its top-level ``entities:``
    block: the key's line, the lines indented under it or opening an item ("- "), and the
    draft's comment just above it (:data:`PROPOSED_COMMENT`). Raises :class:`InputError`
    when what is left does not read as the same file without ``entities`` (a layout
    this cannot cut, such as a flow mapping of the whole file)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if _TOP_KEY.match(line)), None)
    if start is None:
        raise InputError(path, "its 'entities:' is not a key at the start of a line: move them by hand")
    end = start + 1
    while end < len(lines) and lines[end][:1] in (" ", "\t", "-"):
        end += 1
    first = start
    while first > 0 and lines[first - 1].startswith("#") and not lines[first - 1].startswith("# Drafted by"):
        first -= 1
    if not any(line.startswith(PROPOSED_COMMENT) for line in lines[first:start]):
        first = start  # an analyst's own comment above the key stays
    new = "".join(lines[:first] + lines[end:])
    before, after = load_yaml(path), parse_yaml(new, path)
    if not isinstance(after, dict) or {k: v for k, v in before.items() if k != "entities"} != dict(after):
        raise InputError(path, "its 'entities:' block could not be taken out line by line: move them by hand")
    return new
