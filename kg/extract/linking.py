"""Drafted facts linked to the facts a corpus already holds.

The same event told by two articles is one fact with two sources only when both claims
files give it one id. A draft's ids are made from its kind, participants and date
(:func:`kg.extract.engine._fact_id`), so two drafts of one event usually agree, but an
id an analyst wrote by hand ("invasion-ukraine-2022") is never met that way. Before a
draft is written, each of its facts is looked up among the facts of the corpus's other
claims files (reviewed or drafted): a fact of the same kind with exactly the same
named participants (and, for an office held, the same kind of position: Putin's
presidency is not his premiership), whose dates agree with the draft's, gives the draft
its id, and the draft says so in a comment for the reviewer. Nothing looser: a fact with one
participant more or less, or two candidates where the draft has no date to tell them
apart, keeps the draft's own id (a wrong merge would join two events' sources). An
undated draft is linked only for a kind that lasts (an office, a membership, a
sanction: :data:`LASTING`), and a statement never (what makes it one statement is its
words, not who spoke).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from kg.entities import EntityRegistry, normalise
from kg.errors import InputError, InputErrors
from kg.ontology import vocabulary


@dataclass(frozen=True)
class KnownFact:
    """A fact of a corpus claims file: its ``id``, ``kind`` (the class's local name),
    the ids of its named participants (every entity-valued key but ``place``), its
    dates (key -> ISO values ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), and the
    ``article`` and claims ``file`` (its name in the corpus's claims folder) it comes
    from, and the positions of an office held (normalised IRIs of gkg:PositionType)."""

    id: str
    kind: str
    participants: frozenset[str]
    dates: dict[str, frozenset[str]]
    article: str
    file: str
    positions: frozenset[str] = frozenset()


@dataclass
class KnownFacts:
    """The facts of a corpus's claims files, by kind and participants."""

    by_key: dict[tuple[str, frozenset[str]], list[KnownFact]] = field(default_factory=dict)
    #: claims files that could not be read (path, first problem): left out of the lookup
    unreadable: list[tuple[Path, str]] = field(default_factory=list)

    def candidates(self, kind: str, participants: frozenset[str]) -> list[KnownFact]:
        return self.by_key.get((kind, participants), [])


def known_facts(claims_dir: Path, registry: EntityRegistry) -> KnownFacts:
    """Read every claims file of ``claims_dir`` (``*.yaml``, as ``kg ingest`` reads a
    folder) with a copy of ``registry`` each (entities a file declares inline stay its
    own) and index their facts (:class:`KnownFacts`). A file the reader refuses is
    listed in ``unreadable`` and left out; a missing folder gives no facts."""
    from kg.ingest import claims_files

    out = KnownFacts()
    try:
        paths = claims_files([claims_dir]) if Path(claims_dir).is_dir() else []
    except InputError:  # a corpus with no claims yet
        paths = []
    for path in paths:
        key = _file_key(path, registry)
        read = _READ.get(key) if key else None
        if read is None:
            read = _read_facts(path, registry)
            if key:
                _READ[key] = read
        facts, problem = read
        if problem is not None:
            out.unreadable.append((path, problem))
        for fact in facts:
            out.by_key.setdefault((fact.kind, fact.participants), []).append(fact)
    return out


#: What :func:`_read_facts` gave for a claims file, by :func:`_file_key`: a process that
#: drafts again and again against one corpus (a script calling the API, a test run)
#: reads each unchanged file once. Reading the development set's 50 files takes about
#: 0.6 s; drafting a short article after them, 0.1 s.
_READ: dict[tuple, tuple[list[KnownFact], str | None]] = {}


def _file_key(path: Path, registry: EntityRegistry) -> tuple | None:
    """What the facts read from ``path`` depend on: the file's and the registry file's
    resolved paths, modification times (ns) and sizes, and the number of entities the
    registry holds (an entity added in memory since it was read changes it). None (not
    cached) for a registry that was not read from a file."""
    if registry.source is None or not registry.source_exists:
        return None
    try:
        here, there = Path(path).resolve(), Path(registry.source).resolve()
        a, b = here.stat(), there.stat()
    except OSError:
        return None
    return (here, a.st_mtime_ns, a.st_size, there, b.st_mtime_ns, b.st_size, len(registry.entities))


def _read_facts(path: Path, registry: EntityRegistry) -> tuple[list[KnownFact], str | None]:
    """The facts of the claims file ``path`` read with ``registry`` (a copy of it when the
    file declares entities inline, which stay its own), and None; or no facts and the
    reader's first problem when it refuses the file."""
    from kg.extract.evaluate import facts_of
    from kg.ingest import read_all

    # The reader adds the entities a file declares inline to the registry it is given:
    # a copy for such a file (a draft's proposals), the registry itself for the others
    # (a copy costs 3 ms at 435 entities, more than reading a small file).
    inline = "\nentities:" in "\n" + path.read_text(encoding="utf-8", errors="replace")
    own = copy.deepcopy(registry) if inline else registry
    try:
        cf, = read_all([path], own)
    except (InputErrors, InputError) as e:
        return [], str(getattr(e, "errors", [e])[0])
    return [KnownFact(f.id, f.kind.rsplit("#", 1)[-1], frozenset(e.id for e in f.participants), f.dates,
                      f.article, path.name, frozenset(v for k, v in f.details if k == "position"))
            for f in facts_of(cf, own)], None


def _participants(claims: list[dict]) -> frozenset[str]:
    """The ids a drafted fact's claims name in entity-valued keys (not ``place``): a
    role's id or ids, the actor of ``{actor, for}``, and those named ``among`` unnamed
    actors; unnamed actors ('unnamed officials', '48 unnamed individuals') are none."""
    keys = vocabulary().keys
    ids: set[str] = set()

    def add(value) -> None:
        if isinstance(value, str):
            if not value[:1].isdigit() and not value.startswith(("unnamed", "an unnamed", "a unnamed")):
                ids.add(value)
        elif isinstance(value, list):
            for v in value:
                add(v)
        elif isinstance(value, dict):
            add(value.get("actor"))
            add(value.get("among", []))

    for claim in claims:
        for key, value in claim.items():
            spec = keys.get(key)
            if spec is not None and spec.kind == "entity" and key != "place":
                add(value)
    return frozenset(ids)


def _dates(claims: list[dict]) -> dict[str, frozenset[str]]:
    keys = vocabulary().keys
    out: dict[str, set[str]] = {}
    for claim in claims:
        for key, value in claim.items():
            spec = keys.get(key)
            if spec is not None and spec.kind == "date" and isinstance(value, str) and value[:4].isdigit():
                out.setdefault(key, set()).add(value)
    return {k: frozenset(v) for k, v in out.items()}


#: Kinds of fact that last, so that one of them with the same participants is the same
#: fact whenever an article tells it: an undated draft of these may take a known id. An
#: event (a meeting, a visit, a vote) needs dates that agree.
LASTING = {"PositionHeld", "RankHeld", "Citizenship", "Residence", "Affiliation", "Membership", "Ownership", "Control",
           "Support", "Cooperation", "Supply", "ArmsTransfer", "Sanction", "Tariff", "Repression", "Invasion",
           "ArmedConflict", "Agreement", "Project", "DiplomaticRelations", "Alliance", "EmergencyRule"}


def _positions(claims: list[dict]) -> frozenset[str]:
    """The positions a drafted office's claims give, as :class:`KnownFact` holds them."""
    vocab = vocabulary()
    return frozenset(normalise(iri) for c in claims if isinstance(c.get("position"), str)
                     for iri in [vocab.controlled_value("PositionType", c["position"])] if iri)


def _agree(drafted: dict[str, frozenset[str]], known: dict[str, frozenset[str]]) -> bool:
    """Every drafted date agrees with one of the known fact's (of any key: one fact's
    claims may date it under different keys) at the coarser of the two precisions; a
    dated draft needs a dated known fact."""
    values = [v for vs in known.values() for v in vs]
    return bool(values) and all(any(d.startswith(k) or k.startswith(d) for k in values)
                                for ds in drafted.values() for d in ds)


def link(claims: list[dict], known: KnownFacts, article: str) -> int:
    """Give each drafted fact of ``claims`` (dicts as a claims file writes them, changed
    in place) the id of the one fact of ``known`` from another article than
    ``article`` with its kind and exactly its named participants, and with dates that
    agree with its own (when it has none, the only such fact); the claim notes it for
    the reviewer (``_resolved['fact']``). Returns the number of facts linked."""
    by_fact: dict[str, list[dict]] = {}
    for c in claims:
        by_fact.setdefault(c["fact"], []).append(c)
    proposed: dict[str, tuple[KnownFact, bool]] = {}  # drafted fact id -> the known fact, whether dated
    for fact_id, group in by_fact.items():
        participants = _participants(group)
        kind = group[0]["type"]
        if not participants or vocabulary().is_a(kind, "Statement"):
            continue
        found = [k for k in known.candidates(kind, participants) if k.article != article]
        dates = _dates(group)
        found = [k for k in found if _agree(dates, k.dates)] if dates else found if kind in LASTING else []
        positions = _positions(group)
        found = [k for k in found if k.positions == positions]
        if len({k.id for k in found}) == 1 and found[0].id != fact_id:
            proposed[fact_id] = (found[0], bool(dates))
    # two facts of the draft that would take one id are told apart by the draft: link neither
    targets = [k.id for k, _ in proposed.values()]
    linked = 0
    for fact_id, (hit, dated) in proposed.items():
        if targets.count(hit.id) > 1 or hit.id in by_fact:
            continue
        for c in by_fact[fact_id]:
            c["fact"] = hit.id
            c.setdefault("_resolved", {})["fact"] = (
                f"the fact of {hit.file} (article {hit.article}): the same kind and participants"
                + (", and dates that agree" if dated else ""))
        _repoint(claims, fact_id, hit.id)
        linked += 1
    return linked


def _repoint(claims: list[dict], old: str, new: str) -> None:
    """Claims whose role names the fact ``old`` by its id ("Putin called the pact a real
    breakthrough": ``characterised``; ``about``, ``partOf``, ``supersededBy``, ...) name
    it by ``new`` once the fact has taken that id, so no claim points at an id the draft
    no longer states (the reader refuses such a claim). Changes ``claims`` in place."""
    for c in claims:
        for key, value in c.items():
            if key in ("fact", "id", "quote") or key.startswith("_"):
                continue
            if value == old:
                c[key] = new
            elif isinstance(value, list) and old in value:
                c[key] = [new if v == old else v for v in value]
