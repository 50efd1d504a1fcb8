"""Putting articles into the store. ``ingest`` reads and checks every claims file
first (as read, then its graph against the SHACL shapes that ``kg validate`` uses, with
what the store already says of the facts it touches), then replaces each article's
named graph in one transaction; ``build`` writes a whole corpus into a new store, checks
it whole against the shapes, and lets it replace the old one only when every file
checks out. Either way, nothing is written unless everything checks out."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import os
import re
import signal
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from kg.claims import NOT_CLAIMS_FILES, REVIEWED, ClaimsFile, facts_stated, folder_claims_files, near_key, read_claims
from kg.corpus import DEFAULT_CORPUS, STDIN, corpus_here, load_articles
from kg.entities import Entity, EntityRegistry, load_registry
from kg.errors import InputError, InputErrors, KGError, indefinite
from kg.lookalikes import Lookalikes, lookalike_warnings
from kg.mapping import article_quads, derived_triples
from kg.nearcopies import NearCopyIndex, Signed, sign
from kg.namespaces import (DCTERMS, FACT, FACTS_GRAPH, GKG, ID, ONTOLOGY_GRAPH, RDF, SCHEMA, SKOS, WD, XSD,
                           article_graph, article_iri, claim_iri, entity_iri, fact_iri)
from kg.ontology import ONTOLOGY_FILE, class_triples, kept_vocabulary, parse_ontology, vocabulary
from kg.periods import done_date_after_publication, far_date_words, future_publication, implausible_dates
from kg.store import LOAD_BATCH, GraphStore, rebuild
from kg.validate import Origin, origins, shape_errors


#: Quads handed to Oxigraph's bulk loader at a time by :func:`build`: few calls (each
#: is a loader run of its own), while the batch's Python objects stay bounded (about
#: 200 MiB; a build's peak was 310 MiB at 100 generated articles, 418 MiB at 1,000).
#: The same size as the summaries' loader runs (:data:`kg.store.LOAD_BATCH`).
WRITE_BATCH = LOAD_BATCH

#: Worker processes reading, checking and mapping a build's claims files by default
#: (:func:`build`): the building process meanwhile keeps what is checked across files
#: and runs the bulk loader, so two keep a 2-core machine busy.
BUILD_JOBS = 2

#: A build of fewer claims files reads them itself: starting workers would cost more
#: than they save.
PARALLEL_FROM = 4

#: Claims files each worker may read ahead of the loader: bounds the N-Quads waiting in
#: memory (about 450 KiB a file of 30 claims: 16 files, 7 MiB) while keeping the workers busy.
READ_AHEAD = 8


@dataclass
class IngestReport:
    articles: list[str]
    claims: int
    facts: int
    quads: int  # in the articles' own graphs; the derived graph's share is not counted
    warnings: list[str] = field(default_factory=list)  # likely duplicate facts (kg.lookalikes)
    #: the articles that were already in the store, each with what changed in its
    #: metadata and text (see :func:`replaced_articles`): article id -> changes
    replaced: dict[str, list[str]] = field(default_factory=dict)
    drafted: int = 0  # claims drafted by software and not yet reviewed (gkg:reviewStatus not gkg:Reviewed)


def claims_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the claims files they hold (:func:`kg.claims.folder_claims_files`:
    ``*.yaml`` and ``*.yml`` in name order, less an ``entities.yaml`` or ``articles.yaml``);
    ``-`` stands for standard input (:data:`kg.corpus.STDIN`), read as a claims file of the
    current folder: its article id is looked up in ``./articles.yaml`` (else the sample
    corpus's), inline article files are named relative to it. A file named twice (as
    itself, through a link, or inside a folder also given) is read once."""
    out: list[Path] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)

    for p in map(Path, paths):
        if p in (Path("-"), STDIN):
            if STDIN in out:
                raise InputError(STDIN, "standard input ('-') is given twice")
            out.append(STDIN)
        elif p.is_dir():
            found = folder_claims_files(p)
            if not found:
                raise InputError(p, "folder holds no claims files (*.yaml or *.yml"
                                    + (f", other than {', '.join(sorted(NOT_CLAIMS_FILES))})" if any(
                                        (p / n).exists() for n in NOT_CLAIMS_FILES) else ")"))
            for f in found:
                add(f)
        else:
            add(p)
    return out


def _stated_in_store(store: GraphStore) -> Callable[[set[str], str], set[str]]:
    """For :func:`kg.claims.read_claims`: of the fact ids asked (and the article whose
    claims file asks), those ``store`` holds outside that article's own graph."""
    def stated(ids: set[str], article: str) -> set[str]:
        held = store.fact_types([fact_iri(f).value for f in sorted(ids)], except_graphs=[article_graph(article).value])
        return {iri.removeprefix(FACT) for iri in held}
    return stated


def _readable(paths: Iterable[Path], registry: EntityRegistry, errors: list[InputError],
              store: GraphStore | None = None, partial: list[ClaimsFile] | None = None) -> Iterator[ClaimsFile]:
    """The claims files at ``paths`` that read cleanly, one at a time; the problems of
    the others, and a second file for one article, go to ``errors``. A link to a fact
    may name one another file of the batch or of the file's folder states, and, with
    ``store`` (an ingest), one the store holds. ``partial``, when given, receives the
    claims that read cleanly of each refused file (:func:`kg.claims.read_claims`), so
    that the shapes can check them in the same pass."""
    seen: dict[str, Path] = {}
    paths = claims_files(paths)
    stated = _stated_in_store(store) if store is not None else None
    # Every file's fact ids, read once for the whole command: a link may name a fact
    # another file of the batch states.
    batch = facts_stated(p for p in paths if p != STDIN)
    for path in paths:
        try:
            cf = read_claims(path, registry, stored_facts=stated, batch_facts=batch)
        except InputErrors as e:
            errors += e.errors
            if partial is not None and getattr(e, "partial", None) is not None:
                partial.append(e.partial)
            continue
        except InputError as e:
            errors.append(e)
            continue
        if (twice := _claimed_twice(cf, seen)) is not None:
            errors.append(twice)
            continue
        yield cf


def _claimed_twice(cf: ClaimsFile, seen: dict[str, Path]) -> InputError | None:
    """The problem if another file read before (``seen``: article id -> file, which
    this records ``cf`` in) claims ``cf``'s article."""
    if cf.article.id in seen:
        return InputError(cf.path, f"article {cf.article.id} is also claimed by {seen[cf.article.id]}: one claims file per article")
    seen[cf.article.id] = cf.path
    return None


def read_all(paths: Iterable[Path], registry: EntityRegistry) -> list[ClaimsFile]:
    """Read every claims file, reporting the problems of all files together."""
    errors: list[InputError] = []
    files = list(_readable(paths, registry, errors))
    if errors:
        raise InputErrors(errors)
    return files


def _fact_type_errors(cf: ClaimsFile, types: dict[str, tuple[str, Path, str]]) -> list[InputError]:
    """Problems where a claim of ``cf`` gives a fact another type than ``types`` (fact ->
    type, file, claim) has for it; records the file's facts in ``types``."""
    errors = []
    for c in cf.claims:
        prev = types.setdefault(c.fact, (c.type, cf.path, c.id))
        if prev[0] != c.type:
            errors.append(InputError(
                cf.path,
                f"fact {c.fact!r} is {indefinite(c.type)} here but {indefinite(prev[0])} in {prev[1]} (claim {prev[2]!r}); one fact has one type",
                f"claim {c.id!r}",
            ))
    return errors


def check_fact_types(files: list[ClaimsFile], store: GraphStore | None) -> None:
    """A fact has one type, whichever article reports it. Checked across the files
    being ingested and against the facts already in the store from other articles."""
    types: dict[str, tuple[str, Path, str]] = {}
    errors = []
    for cf in files:
        errors += _fact_type_errors(cf, types)
    if store is not None and types:
        replaced = [article_graph(cf.article.id).value for cf in files]
        existing = store.fact_types([fact_iri(f).value for f in types], except_graphs=replaced)
        for fact, (ftype, path, cid) in types.items():
            others = {t.removeprefix(GKG) for t in existing.get(fact_iri(fact).value, ())}
            if others and ftype not in others:
                holders = store.articles_stating(fact_iri(fact).value, except_graphs=replaced)
                held = f"article{'s' if len(holders) > 1 else ''} {', '.join(holders)}"
                errors.append(InputError(
                    path,
                    f"the kinds of fact {fact!r} clash: the store holds it as {indefinite(', '.join(sorted(others)))} "
                    f"({held}), this claim gives it type {ftype}; one fact has one type: give this claim "
                    f"a fact id of its own, or the type {', '.join(sorted(others))}",
                    f"claim {cid!r}",
                ))
    if errors:
        raise InputErrors(errors)


_TEXT_SHA256 = ox.NamedNode(GKG + "textSha256")
_URL = ox.NamedNode(SCHEMA + "url")
_ISSUED = ox.NamedNode(DCTERMS + "issued")


def _same_text_error(cf: ClaimsFile, other: str, where: str) -> InputError:
    return InputError(cf.path, f"the text of article {cf.article.id!r} is the text of article {other!r} {where} "
                               f"(SHA-256 {cf.article.sha256[:16]}…): one text is one source, or a fact would count "
                               f"it twice. Write these claims for {other!r} (article: {other}), or retract it first "
                               f"('kg retract {other}')")


def check_reviews_kept(files: list[ClaimsFile], store: GraphStore | None, drop_reviewed: bool = False) -> None:
    """A draft does not overwrite an analyst's review. Refused, naming the file and the
    claims it would drop: a claims file holding at least one ``review: drafted`` claim
    (software's output no one has checked), or no claim at all, that would replace an article whose graph in
    ``store`` holds reviewed or hand-written claims the file does not hold as reviewed
    (a claim is the same claim by its id). A file all of whose claims are reviewed is an
    analyst's decision, and replaces; so does any file with ``drop_reviewed`` (the
    analyst's explicit word, ``kg ingest --drop-reviewed``). Raises :class:`InputErrors`."""
    if store is None or drop_reviewed:
        return
    claim, status, drafted = ox.NamedNode(GKG + "Claim"), ox.NamedNode(GKG + "reviewStatus"), ox.NamedNode(GKG + "Drafted")
    errors = []
    for cf in files:
        # (a file with no claims would replace the reviewed ones with nothing: refused alike)
        if cf.claims and all(c.review == REVIEWED for c in cf.claims):
            continue
        g = article_graph(cf.article.id)
        claims = {q.subject for q in store.store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), claim, g)}
        stored = claims - {q.subject for q in store.store.quads_for_pattern(None, status, drafted, g)}
        held = {claim_iri(cf.article.id, c.id) for c in cf.claims if c.review == REVIEWED}
        dropped = sorted(c.value.rpartition(".")[2] for c in stored - held)
        if not dropped:
            continue
        shown = ", ".join(dropped[:8]) + (f" and {len(dropped) - 8} more" if len(dropped) > 8 else "")
        drafted_n = sum(c.review != REVIEWED for c in cf.claims)
        which = ("this file holds no claims" if not cf.claims else
                 "every claim of this file is 'review: drafted'" if drafted_n == len(cf.claims) else
                 f"{drafted_n} of the {len(cf.claims)} claims of this file are 'review: drafted'")
        errors.append(InputError(cf.path, f"{which}, and the store holds article {cf.article.id} with "
                                          f"{len(stored)} reviewed claim(s), of which it would replace {len(dropped)} "
                                          f"that it does not hold as reviewed: {shown}. Review the draft (mark the "
                                          f"claims checked 'review: reviewed', keeping the reviewed claims' ids), "
                                          f"or 'kg retract {cf.article.id}' first to start again from a draft, or "
                                          f"give --drop-reviewed to replace them all the same"))
    if errors:
        raise InputErrors(errors)


def _near_copy_error(cf: ClaimsFile, match, where: str) -> InputError:
    """A text that is another article's but for its spacing, or nearly all of it."""
    how = ("one text is one source, or a fact would count it twice. Write these claims for "
           f"{match.article!r} (article: {match.article}), or retract it first ('kg retract {match.article}')")
    if not match.identical:
        how += (". If this is another outlet's copy (a syndicated story) that you checked, record "
                "'separate_source: true' in its entry in articles.yaml, or give --separate-source")
    return InputError(cf.path, f"the text of article {cf.article.id!r} {match.describe()} {where}: {how}")


def check_near_copies(files: list[ClaimsFile], store: GraphStore | None, separate_sources: bool = False) -> None:
    """One text is one source even when a copy differs by a space, a line ending, a
    quotation mark or an edited sentence (:mod:`kg.nearcopies`). Refused, naming the file,
    the earlier article and the resemblance: a text of ``files`` that is the same text
    once normalised as, or resembles at :data:`kg.nearcopies.RESEMBLANCE` or more, an
    earlier file's here or an article of ``store`` they do not replace. A near copy (not
    the same normalised text) is accepted as a source of its own with
    ``separate_sources``, or when its ``articles.yaml`` entry says ``separate_source:
    true``. The store's articles are looked up in its LSH index
    (:func:`kg.nearcopies.store_index`), never compared one by one. Raises :class:`InputErrors`."""
    from kg.nearcopies import store_index

    errors = []
    ids = {cf.article.id for cf in files}
    here = NearCopyIndex(None)
    stored = store_index(store) if store is not None and files else None
    try:
        for cf in files:
            a = cf.article
            signed = sign(a.text)
            # An exact copy is check_article_sources' to refuse, by its SHA-256.
            found = [(m, where) for m, where in ((here.match(signed, {a.id}), "given by another file here"),
                                                 (stored.match(signed, ids) if stored else None, "in the store"))
                     if m and m.sha256 != a.sha256]
            kept = separate_sources or a.separate_source
            problem = next(((m, where) for m, where in found if m.identical or not kept), None)
            if problem:
                errors.append(_near_copy_error(cf, *problem))
            here.add(a.id, a.sha256, signed)
    finally:
        here.close()
        if stored is not None:
            stored.close()
    if errors:
        raise InputErrors(errors)


def check_article_sources(files: list[ClaimsFile], store: GraphStore | None) -> None:
    """One text is one source, and an article id names one article. Refused, naming
    the file and the other article: a text (by SHA-256) given under two ids, among
    ``files`` or against an article of ``store`` that they do not replace (a syndicated
    copy or a second draft of one page would count as a second, independent source); and
    a file replacing the store's article of the same id with another article, whose URL
    and text both differ (a second page saved as ``article.html`` would silently take
    the first one's place). Replacing an article with a corrected text at its URL, or its
    text at a corrected URL, is a replacement. Raises :class:`InputErrors`."""
    errors = []
    seen: dict[str, str] = {}
    for cf in files:
        a = cf.article
        if a.sha256 in seen and seen[a.sha256] != a.id:
            errors.append(_same_text_error(cf, seen[a.sha256], "given by another file here"))
        seen.setdefault(a.sha256, a.id)
    if store is not None:
        ids = {cf.article.id for cf in files}
        for cf in files:
            a = cf.article
            for q in store.store.quads_for_pattern(None, _TEXT_SHA256, ox.Literal(a.sha256), None):
                other = str(q.graph_name.value).removeprefix(article_graph("").value)
                if isinstance(q.graph_name, ox.NamedNode) and other not in ids:
                    errors.append(_same_text_error(cf, other, "in the store"))
                    break
            g = article_graph(a.id)
            stored = {q.predicate: q.object for p in (_TEXT_SHA256, _URL, _ISSUED)
                      for q in store.store.quads_for_pattern(None, p, None, g)}
            if _TEXT_SHA256 in stored and stored[_TEXT_SHA256].value != a.sha256 \
                    and stored.get(_URL, ox.Literal("")).value != (a.url or ""):
                was = ", ".join(v for v in (stored[_URL].value if _URL in stored else None,
                                            f"published {stored[_ISSUED].value}" if _ISSUED in stored else None) if v)
                errors.append(InputError(cf.path, f"the store holds another article under the id {a.id!r}"
                                                  f"{f' ({was})' if was else ''}, with another text and URL: give "
                                                  "this one an id of its own (article ids come from file names: "
                                                  f"rename the file), or retract {a.id!r} first"))
    if errors:
        raise InputErrors(errors)


def check_entity_classes(files: list[ClaimsFile], store: GraphStore | None) -> None:
    """An entity keeps classes the ontology allows together: one that the store (from
    other articles) gives a class declared disjoint with its class here (a Person there,
    a Court here) is refused now, not found later by the reasoner. Raises
    :class:`InputErrors` naming the file, the claim, the entity and both classes."""
    if store is None:
        return
    vocab = vocabulary()
    uses: dict[str, tuple[str, Path, str]] = {}
    for cf in files:
        for c in cf.claims:
            for e in c.entities:
                uses.setdefault(entity_iri(e.id).value, (e.type, cf.path, c.id))
    replaced = [article_graph(cf.article.id).value for cf in files]
    errors = []
    for iri, classes in store.fact_types(uses, except_graphs=replaced).items():
        etype, path, cid = uses[iri]
        clash = sorted(t.removeprefix(GKG) for t in classes
                       if t.startswith(GKG) and vocab.are_disjoint(etype, t.removeprefix(GKG)))
        if clash:
            errors.append(InputError(
                path,
                f"entity {iri.removeprefix(ID)!r} is {indefinite(etype)} here but {indefinite(', '.join(clash))} in the store (from another "
                f"article), and the ontology declares those classes disjoint: one of the registries is wrong",
                f"claim {cid!r}",
            ))
    if errors:
        raise InputErrors(errors)


_EXACT_MATCH = SKOS + "exactMatch"
_ENTITY_FIELDS = {RDF + "type": "type", SKOS + "prefLabel": "label", SKOS + "altLabel": "aliases",
                  _EXACT_MATCH: "wikidata", GKG + "citizenOf": "of", GKG + "organisationOf": "of",
                  GKG + "variantOf": "of", GKG + "inState": "of",
                  SCHEMA + "description": "description"}


def _entity_fields(triples: Iterable[tuple]) -> dict[str, set[str]]:
    """An entity's registry triples read back as its fields (type, label, aliases,
    wikidata, of, description) -> the set of their values as written in entities.yaml
    (a class or entity by its local name, a QID, a name)."""
    fields: dict[str, set[str]] = {}
    for _, p, o in triples:
        name = _ENTITY_FIELDS.get(p.value)
        if name is None:
            continue
        value = o.value
        if isinstance(o, ox.NamedNode):
            for prefix in (GKG, ID, WD):
                value = value.removeprefix(prefix)
        fields.setdefault(name, set()).add(value)
    return fields


def _shown(values: set[str] | None) -> str:
    return ", ".join(sorted(values)) if values else "none"


def _declared_in(entity_id: str, files: list[ClaimsFile], registry: EntityRegistry,
                 in_file: set[str]) -> tuple[str, str | None]:
    """(file, place in it) where this ingest's definition of ``entity_id`` comes from:
    the registry's entities.yaml when it declares it (``in_file``: the ids that file
    declares), else the first claims file naming it (which declares it under
    'entities:', since the registry's file does not)."""
    source = registry.source
    if entity_id in in_file:
        return str(source), f"entity {entity_id!r}"
    for cf in files:
        if any(e.id == entity_id for c in cf.claims for e in c.entities):
            return str(cf.path), f"entities: {entity_id!r}"
    return str(source or "entities.yaml"), f"entity {entity_id!r}"


_OF_LINKS = ("citizenOf", "organisationOf", "inState", "variantOf")


def stored_entities(store: GraphStore) -> list[Entity]:
    """The entities the store's derived graph defines (those its articles name), as
    registry entries: id, class, label, aliases, Wikidata id, what it belongs to
    (gkg:citizenOf, organisationOf, inState, variantOf) and description; sorted by id."""
    fields: dict[str, dict] = {}
    graph = ox.NamedNode(FACTS_GRAPH)
    # Only the predicates an entry is made of, not every quad of the derived graph.
    wanted = (RDF + "type", SKOS + "prefLabel", SKOS + "altLabel", SKOS + "exactMatch", SCHEMA + "description",
              *(GKG + name for name in sorted(_OF_LINKS)))  # the last link read wins, as in IRI order
    quads = (q for p in wanted for q in store.store.quads_for_pattern(None, ox.NamedNode(p), None, graph))
    for q in quads:
        if not q.subject.value.startswith(ID) or "/" in q.subject.value[len(ID):]:
            continue  # facts and claims live under ID + 'fact/', 'claim/'
        f = fields.setdefault(q.subject.value[len(ID):], {"aliases": []})
        p, o = q.predicate.value, q.object
        if p == RDF + "type" and o.value.startswith(GKG):
            f["type"] = o.value[len(GKG):]
        elif p == SKOS + "prefLabel":
            f["label"] = o.value
        elif p == SKOS + "altLabel":
            f["aliases"].append(o.value)
        elif p == SKOS + "exactMatch" and o.value.startswith(WD):
            f["wikidata"] = o.value[len(WD):]
        elif p.startswith(GKG) and p[len(GKG):] in _OF_LINKS and o.value.startswith(ID):
            f["of"] = o.value[len(ID):]
        elif p == SCHEMA + "description":
            f["description"] = o.value
    return [Entity(eid, f["type"], f["label"], tuple(sorted(f["aliases"])), f.get("wikidata"), f.get("of"),
                   f.get("description")) for eid, f in sorted(fields.items()) if "type" in f and "label" in f]


def with_stored_entities(registry: EntityRegistry, stored: list[Entity]) -> EntityRegistry:
    """A copy of ``registry`` that also knows the entities ``stored`` (those of a
    store, :func:`stored_entities`) it lacks, so that drafting an article resolves a
    name an earlier article's reviewed claims defined (a person, not the organisation a
    rule would guess) to that entity, its id and class, rather than proposing a new
    one; ``registry`` itself where there are none. The registry's own entries come
    first; a stored entity whose id or a name it gives another entity is left out."""
    if not stored:
        return registry
    merged = registry.copy()
    for entity in stored:
        if entity.id in merged.entities:
            continue
        try:
            merged.add(entity, "store")
        except InputError:
            continue  # a name the registry gives another entity: the registry decides
    return merged


def settle_entities(entities: dict[str, set[tuple]], files: list[ClaimsFile], registry: EntityRegistry,
                    store: GraphStore) -> tuple[list[InputError], list[str]]:
    """Hold this ingest's entity definitions (``entities``: IRI -> registry triples,
    changed in place) against those of the store, for the entities an article outside
    ``files`` names too. Both say the same: nothing to do. They conflict (two Wikidata
    ids, two states it belongs to, classes the ontology declares disjoint): an
    :class:`InputError` naming the file of this definition, both definitions and the
    article the store's comes from. Otherwise the store's definition is kept, since its
    other articles rely on it and a retract of these files must leave it as it was
    (a definition this one lacks a Wikidata id or an alias of keeps them; one that adds
    an alias does not add it), with a warning naming what is left out. The rule is
    that of an entity declared inline twice (issue 8, item 11): merged when they agree,
    refused when they conflict. Returns (errors, warnings)."""
    vocab = vocabulary()
    errors: list[InputError] = []
    warnings: list[str] = []
    replaced = [article_graph(cf.article.id).value for cf in files]
    in_file: set[str] | None = None  # the ids the registry's own file declares, read once if needed
    for iri, (article, stored) in sorted(store.entity_definitions(entities, except_graphs=replaced).items()):
        new = entities[iri]
        if new == stored:
            continue
        if in_file is None:
            source = registry.source
            in_file = set(load_registry(source).entities) if source is not None and source.is_file() else set()
        ours, theirs = _entity_fields(new), _entity_fields(stored)
        eid = iri.removeprefix(ID)
        path, where = _declared_in(eid, files, registry, in_file)
        clash = [f for f in ("wikidata", "of") if ours.get(f) and theirs.get(f) and ours[f] != theirs[f]]
        if any(vocab.are_disjoint(a, b) for a in ours.get("type", ()) for b in theirs.get("type", ())):
            clash.insert(0, "type")
        differ = [f for f in ("type", "label", "aliases", "wikidata", "of", "description")
                  if ours.get(f, set()) != theirs.get(f, set())]
        here = "; ".join(f"{f}: {_shown(ours.get(f))}" for f in differ)
        there = "; ".join(f"{f}: {_shown(theirs.get(f))}" for f in differ)
        if clash:
            errors.append(InputError(
                path, f"defined here as {{{here}}} but in the store (named by article {article}) as "
                      f"{{{there}}}; they conflict on {', '.join(clash)}: one of the two definitions is wrong; fix this "
                      f"one, or retract the store's articles that name {eid!r} and ingest them again with it", where))
            continue
        entities[iri] = stored
        warnings.append(f"{path}: {where}: defined here as {{{here}}}, in the store (named by article {article}) as "
                        f"{{{there}}}: the store's definition is kept, since other articles name {eid!r}; to change "
                        f"it, give {eid!r} this definition wherever it is declared (the registry, or each claims file "
                        f"that declares it inline, such as that of article {article}) and ingest those articles again "
                        f"together with this one, in one 'kg ingest'")
    return errors, warnings


@dataclass
class Mapped:
    """One claims file mapped: its article graph's quads, and what it puts in the
    derived graph (the triples of the facts its claims state; entity IRI -> triples)."""
    quads: list[ox.Quad]
    facts: set[tuple]
    entities: dict[str, set[tuple]]

    def checked_quads(self) -> list:
        """The article graph and its derived triples, together: what the shapes see."""
        derived = [*self.facts, *(t for ts in self.entities.values() for t in ts)]
        return [*self.quads, *(ox.Triple(*t) for t in derived)]


def _article_quads(cf: ClaimsFile, registry: EntityRegistry, ordered: bool = True) -> Mapped:
    publisher = None
    if cf.article.publisher:
        publisher = registry.resolve(cf.article.publisher)
        if publisher is None:
            raise InputError(cf.path, f"publisher {cf.article.publisher!r} is not in the entity registry", "article")
    return Mapped(article_quads(cf.article, cf.claims, publisher, ordered), *derived_triples(cf.claims, publisher))


def _report(files: list[ClaimsFile], graphs) -> IngestReport:
    return IngestReport(
        articles=[cf.article.id for cf in files],
        claims=sum(len(cf.claims) for cf in files),
        facts=len({c.fact for cf in files for c in cf.claims}),
        quads=sum(len(m.quads) for m in graphs.values()),
        drafted=sum(c.review != REVIEWED for cf in files for c in cf.claims),
    )


#: The article metadata compared when an article is replaced: label shown -> property.
_COMPARED = {"published": DCTERMS + "issued", "title": DCTERMS + "title", "url": SCHEMA + "url",
             "dateline": GKG + "dateline", "text": GKG + "textSha256"}


def replaced_articles(files: list[ClaimsFile], store: GraphStore, graphs: dict | None = None) -> dict[str, list[str]]:
    """For each article of ``files`` whose graph ``store`` already holds: what the new
    version changes, as phrases ('published 2025-01-17 -> none', 'title changed', 'text
    changed', 'claims 12 -> 10', 'claims changed (12 before and after)'); an empty list
    when nothing of it changed. ``graphs`` (article graph -> its new mapped quads, as
    :func:`ingest` builds them) lets claims changed at an equal count be told: the
    graph's quads other than the article's own metadata differ. Articles new to the
    store are left out."""
    out: dict[str, list[str]] = {}
    for cf in files:
        a = cf.article
        graph = article_graph(a.id)
        if not store.has_graph(graph.value):
            continue
        def old(prop: str) -> str | None:
            for q in store.store.quads_for_pattern(article_iri(a.id), ox.NamedNode(prop), None, graph):
                return q.object.value
            return None
        new = {"published": a.published.isoformat() if a.published else None, "title": a.title, "url": a.url,
               "dateline": a.dateline, "text": a.sha256}
        changes = []
        for name, prop in _COMPARED.items():
            before = old(prop)
            if before != new[name]:
                changes.append(f"{name} changed" if name in ("text", "title")
                               else f"{name} {before or 'none'} -> {new[name] or 'none'}")
        claims = sum(1 for _ in store.store.quads_for_pattern(None, ox.NamedNode(RDF + "type"),
                                                                ox.NamedNode(GKG + "Claim"), graph))
        if claims != len(cf.claims):
            changes.append(f"claims {claims} -> {len(cf.claims)}")
        elif graphs is not None and graph in graphs:
            subject = article_iri(a.id)
            before = {(q.subject, q.predicate, q.object) for q in store.store.quads_for_pattern(None, None, None, graph)
                      if q.subject != subject}
            # Read back through a store of their own: the store keeps a literal in its
            # canonical form (xsd:duration "P0D" as "PT0S"), so the mapped terms as
            # written would differ from the same terms stored.
            stored = ox.Store()
            stored.extend(graphs[graph].quads)
            after = {(q.subject, q.predicate, q.object) for q in stored.quads_for_pattern(None, None, None, graph)
                     if q.subject != subject}
            if before != after:
                changes.append(f"claims changed ({claims} before and after)")
        out[a.id] = changes
    return out


def corpus_registry(paths: Iterable[Path]) -> Path:
    """The entity registry of the corpus the claims files belong to: the
    ``entities.yaml`` beside their ``claims`` folder (a corpus is laid out as
    ``articles.yaml``, ``entities.yaml``, ``claims/``), even when that corpus has no
    ``entities.yaml`` yet (then its registry starts empty); for files outside any
    corpus, that of the corpus of the current folder (:func:`kg.corpus.corpus_here`, the
    one ``kg build`` builds there), else the sample corpus's. Article texts are laid out the same way
    (``articles/`` beside ``entities.yaml``), so the same rule gives their corpus's.
    Raises :class:`InputError` when the files come from corpora with different
    registries, which one run cannot mix."""
    found: dict[Path, Path] = {}
    # Files of no corpus: the registry of the corpus this folder is (or holds), as kg build reads it.
    fallback = (corpus_here() or DEFAULT_CORPUS) / "entities.yaml"
    for path in claims_files(paths):
        # A corpus holds claims/ beside entities.yaml; standard input belongs to the current folder's.
        root = Path.cwd() if path == STDIN else path.resolve().parent.parent
        # A corpus of its own (articles.yaml beside claims/) uses its own registry even
        # before it has an entities.yaml, never the sample corpus's.
        own = (root / "entities.yaml").is_file() or (root / "articles.yaml").is_file()
        found.setdefault(root / "entities.yaml" if own else fallback, path)
    if len(found) > 1:
        listed = "; ".join(f"{p} uses {r}" for r, p in found.items())
        raise InputError(next(iter(found.values())), f"the files belong to corpora with different registries ({listed}): "
                         "give them in separate runs or name one with --entities")
    return next(iter(found), fallback)


@functools.cache
def _ontology() -> list[ox.Triple]:
    """The ontology's triples, read once per process."""
    return parse_ontology(ONTOLOGY_FILE)


def _class_triples() -> list[ox.Triple]:
    """What the shapes need of the ontology (:func:`kg.ontology.class_triples`)."""
    return list(class_triples())


def _store_context(store: GraphStore, graphs: dict[ox.NamedNode, Mapped]) -> list[ox.Triple]:
    """What the shapes must see of the store beside the new article graphs: the values
    the claims of other articles give the facts these graphs touch (a meeting's second
    participant may come from another article) and the classes the derived graph gives
    the entities those facts name. Read fact by fact: proportional to what the new
    graphs touch, not to the store's size."""
    skip = {g.value for g in graphs}
    supports = ox.NamedNode(GKG + "supports")
    facts = {q.object for m in graphs.values() for q in m.quads if q.predicate == supports}
    out = store.stated_triples(sorted(facts, key=str), except_graphs=skip)
    # A fact these graphs themselves state (a criticism 'about' a journey of the same
    # article) takes its class from them and the other articles' claims, never from the
    # derived graph, which still holds what the replaced version of the article said.
    named = {t[2] for ts in (out, *(m.facts for m in graphs.values())) for t in ts
             if t[0] in facts and isinstance(t[2], ox.NamedNode) and t[2].value.startswith(ID)} - facts
    type_, derived = ox.NamedNode(RDF + "type"), ox.NamedNode(FACTS_GRAPH)
    return out + [q.triple for e in sorted(named, key=str) for q in store.store.quads_for_pattern(e, type_, None, derived)]


def check_claim_shapes(files: list[ClaimsFile], graphs: dict[ox.NamedNode, Mapped],
                 store: GraphStore | None) -> list[InputError]:
    """The problems :func:`kg.validate.check_shapes` would find in the new article
    graphs once written, named by claims file, claim and line: the graphs are checked
    with the ontology's class triples and what :func:`_store_context` reads from
    ``store`` (None: the files alone), in a store in memory holding just those, by the
    same SPARQL queries as ``kg validate``: the cost follows what the files touch, not
    the size of ``store``. Problems of nodes no file touches are the store's own, not
    reported."""
    index = {}
    for cf in files:
        index.update(origins(cf))
    quads = [q for m in graphs.values() for q in m.checked_quads()] + _class_triples()
    if store is not None:
        quads += _store_context(store, graphs)
    # The shapes' translation is kept beside the store between runs.
    return shape_errors(quads, index, cache=store.shapes_cache if store is not None else None)


def ingest(store: GraphStore | None, paths: Iterable[Path], registry: EntityRegistry | None = None,
           dry_run: bool = False, on_file: Callable[[int], None] | None = None,
           separate_sources: bool = False, drop_reviewed: bool = False) -> IngestReport:
    """Check the claims files at ``paths`` and replace their articles' graphs in
    ``store`` atomically. With ``dry_run``, check only (against ``store`` when given,
    else the files alone). Without ``registry``, the registry of the files' own corpus
    is used (:func:`corpus_registry`).

    The checks: each file reads cleanly (:func:`kg.claims.read_claims`), one fact keeps
    one type and an entity no class disjoint with one the store gives it, no text is a
    near copy of another article's (:func:`check_near_copies`, which ``separate_sources``
    relaxes for near copies an analyst checked), no draft drops reviewed claims
    (:func:`check_reviews_kept`, which ``drop_reviewed`` relaxes), and the article graphs conform to the
    SHACL shapes (:func:`check_claim_shapes`). Raises
    :class:`InputErrors` with every problem of every file; then nothing is written.
    ``on_file`` is called first with the number of claims files, then with 1 after
    each is read (progress)."""
    paths = list(paths)
    kept = store.kept if store is not None else lambda what: None
    kept_vocabulary(kept("vocabulary.json"))
    registry = registry or load_registry(corpus_registry(paths), missing_ok=True, cache=kept("registry.json"))
    errors: list[InputError] = []
    paths = claims_files(paths)
    if on_file:
        on_file(len(paths))
    files, partial = [], []
    for cf in _readable(paths, registry, errors, store, partial):
        files.append(cf)
        if on_file:
            on_file(1)
    near_copies = functools.partial(check_near_copies, separate_sources=separate_sources)
    reviews_kept = functools.partial(check_reviews_kept, drop_reviewed=drop_reviewed)
    for check in (check_article_sources, near_copies, reviews_kept, check_fact_types, check_entity_classes):
        try:
            check(files, store)
        except InputErrors as e:
            errors += e.errors
    graphs: dict[ox.NamedNode, Mapped] = {}
    for cf in files:
        try:
            graphs[article_graph(cf.article.id)] = _article_quads(cf, registry)
        except InputError as e:
            errors.append(e)
    # Shapes only for files without other problems: a fact of two types fails both.
    refused = {e.path for e in errors}
    clean = [cf for cf in files if str(cf.path) not in refused]
    errors += check_claim_shapes(clean, {g: graphs[g] for g in (article_graph(cf.article.id) for cf in clean)}, store)
    # A refused file's other facts are checked against the shapes too, so that fixing
    # what the reader found does not bring a second round of problems.
    for cf in partial:
        try:
            mapped = {article_graph(cf.article.id): _article_quads(cf, registry)}
        except InputError:
            continue
        errors += check_claim_shapes([cf], mapped, store)
    entities: dict[str, set[tuple]] = {}
    for m in graphs.values():
        for iri, triples in m.entities.items():
            entities.setdefault(iri, set()).update(triples)
    kept_warnings: list[str] = []
    if store is not None:
        clashes, kept_warnings = settle_entities(entities, files, registry, store)
        errors += clashes
    if errors:
        raise InputErrors(errors)
    report = _report(files, graphs)
    report.warnings = (empty_claims_files(files) + weekday_warnings(files) + date_warnings(files) + cut_list_warnings(files)
                       + lookalike_warnings(files, store)
                       + kept_warnings)
    if store is not None:
        report.replaced = replaced_articles(files, store, graphs)
    if not dry_run and store is not None:
        others = {} if store.has_graph(ONTOLOGY_GRAPH) else {ox.NamedNode(ONTOLOGY_GRAPH): _ontology()}
        store.replace_articles({g: m.quads for g, m in graphs.items()}, entities, others=others)
    return report


class _Origins(Mapping):
    """The origins (:func:`kg.validate.origins`) of the claims files at ``paths``, read
    again on first use: a build needs them only to name the file and claim of a SHACL
    violation, and held for every node of every file they grew with the corpus (about
    1,000,000 entries at 10,000 articles)."""

    def __init__(self, paths: list[Path], registry: EntityRegistry):
        self._paths, self._registry, self._index = paths, registry, None

    def _built(self) -> dict[str, Origin]:
        if self._index is None:
            self._index = {}
            for cf in _readable(self._paths, self._registry, []):
                self._index.update(origins(cf))
        return self._index

    def __getitem__(self, key: str) -> Origin:
        return self._built()[key]

    def __iter__(self):
        return iter(self._built())

    def __len__(self) -> int:
        return len(self._built())


@dataclass
class _Read:
    """One claims file read, checked and mapped for :func:`build`, in a form that
    crosses between processes cheaply: the problems reading it (``errors``, each the
    ``(path, problem, where)`` of an :class:`InputError`, which does not unpickle), or
    what the build keeps of it (``cf``, the file with only what the checks across files
    read of its claims), its article graph and the derived triples of its facts as
    N-Quads (``nquads``, ``quads`` of them), its entities' derived triples as N-Quads
    sorted by line (entity IRI -> bytes; equal bytes are equal sets of triples), and the
    problem mapping it raised (``unmapped``), its text's near-copy signature (``signed``),
    and the warnings that read its claims' quotes (``warnings``: :func:`weekday_warnings`),
    made before ``cf`` drops them."""
    path: Path
    errors: list[tuple] = field(default_factory=list)
    cf: ClaimsFile | None = None
    warnings: list[str] = field(default_factory=list)
    nquads: bytes = b""
    quads: int = 0
    entities: dict[str, bytes] = field(default_factory=dict)
    unmapped: tuple | None = None
    signed: Signed | None = None  # the article text's signature (kg.nearcopies), made where it is read


def _crossing(e: InputError) -> tuple:
    return (e.path, e.problem, e.where)


def _kept(cf: ClaimsFile) -> ClaimsFile:
    """``cf`` without its article's text nor its claims' quotes, speakers and extra
    triples: the fact-type check and the look-alikes read a claim's id, fact, type and
    values, and the article's id and SHA-256."""
    return ClaimsFile(cf.path, dataclasses.replace(cf.article, text=""),
                      [dataclasses.replace(c, quotes=(), said_by=(), via=None, note=None, entities=(), extra=(),
                                           drafted_by=None) for c in cf.claims])


def _read_mapped(path: Path, registry: EntityRegistry, batch: set[str]) -> _Read:
    """Read, check (:func:`kg.claims.read_claims`, with ``batch`` the fact ids the
    corpus states) and map the claims file at ``path``. Problems come back in the
    :class:`_Read`; other exceptions are raised."""
    try:
        cf = read_claims(path, registry, batch_facts=batch)
    except InputErrors as e:
        return _Read(path, [_crossing(x) for x in e.errors])
    except InputError as e:
        return _Read(path, [_crossing(e)])
    read = _Read(path, cf=_kept(cf), signed=sign(cf.article.text), warnings=weekday_warnings([cf]))
    try:
        mapped = _article_quads(cf, registry, ordered=False)
    except InputError as e:
        read.unmapped = _crossing(e)
        return read
    facts_graph = ox.NamedNode(FACTS_GRAPH)
    derived = [ox.Quad(s, p, o, facts_graph) for s, p, o in mapped.facts]
    read.nquads = ox.serialize([*mapped.quads, *derived], format=ox.RdfFormat.N_QUADS)
    read.quads = len(mapped.quads) + len(derived)
    for entity, triples in mapped.entities.items():
        lines = ox.serialize([ox.Quad(s, p, o, facts_graph) for s, p, o in triples], format=ox.RdfFormat.N_QUADS)
        read.entities[entity] = b"".join(sorted(lines.splitlines(keepends=True)))
    return read


_WORKER: tuple | None = None  # (registry, batch facts) in a build's worker process


def _start_worker(parent: int, registry: EntityRegistry, batch: set[str]) -> None:
    """In a forked build worker: keep what it reads with, leave Ctrl-C to the building
    process (which stops the workers), and end when that process ends, killed or not
    (Linux's PR_SET_PDEATHSIG; elsewhere a worker ends at its next empty queue)."""
    global _WORKER
    _WORKER = (registry, batch)
    import ctypes

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # held back while forking: now ignored
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the building process ended before prctl took effect
        os._exit(1)


def _read_in_worker(path: Path) -> _Read:
    return _read_mapped(path, *_WORKER)


class _Readers:
    """The claims files of a build read, checked and mapped (:class:`_Read`, in path
    order): by ``jobs`` worker processes forked when this is made (so before the
    store's lock is taken: none holds its descriptor), at most :data:`READ_AHEAD` files
    each ahead of the consumer; in this process for one job, fewer than
    :data:`PARALLEL_FROM` files or where processes cannot be forked. :meth:`close`
    stops the workers, dropping the files not yet read."""

    def __init__(self, paths: list[Path], registry: EntityRegistry, batch: set[str], jobs: int):
        # Imported here: ``kg ingest`` of a few files never starts workers.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.paths, self.registry, self.batch, self.pool = paths, registry, batch, None
        jobs = min(jobs, len(paths))
        if jobs > 1 and len(paths) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
            self.jobs = jobs
            # Ctrl-C is held back while the workers are forked, until each ignores it
            # (_start_worker): one arriving in between stopped a worker inside
            # multiprocessing's start-up, with a traceback. This process takes it after.
            held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            try:
                self.pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                                                initializer=_start_worker, initargs=(os.getpid(), registry, batch))
                self.pool.submit(os.getpid).result()  # forks every worker now
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def __iter__(self) -> Iterator[_Read]:
        if self.pool is None:
            yield from (_read_mapped(p, self.registry, self.batch) for p in self.paths)
            return
        todo = iter(self.paths)
        ahead = deque(self.pool.submit(_read_in_worker, p) for p in islice(todo, READ_AHEAD * self.jobs))
        while ahead:
            read = ahead.popleft().result()
            ahead.extend(self.pool.submit(_read_in_worker, p) for p in islice(todo, 1))
            yield read

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def build(location: Path, corpus: Path = DEFAULT_CORPUS,
          on_wait: Callable[[str], None] | None = None,
          on_file: Callable[[int], None] | None = None,
          jobs: int | None = None, replace: bool = True) -> tuple[GraphStore, IngestReport]:
    """Replace the store at ``location`` with the corpus: its ontology and every article
    with a claims file in ``corpus/claims``. Without ``replace``, a store that holds
    articles the corpus lacks (added with ``kg ingest``, or built from another corpus)
    is kept and :class:`InputError` raised naming how many and the first few, before
    the new store is checked and swapped in.

    Claims files are read, checked and mapped one each (:func:`kg.claims.read_claims`)
    by ``jobs`` worker processes (default :data:`BUILD_JOBS`, at most one per CPU; 1:
    in this process), which hand each article's quads back as N-Quads; this process
    checks what spans files, in file order, and writes the quads in batches of
    :data:`WRITE_BATCH` into a new store built beside the old one with the bulk loader.
    What is kept across articles is per fact (its class, for :func:`_fact_type_errors`,
    and its participants and dates, for the look-alike warnings) and per entity. The
    new store is then checked whole against the SHACL shapes where it lies (the SPARQL
    queries ``kg validate`` runs, :mod:`kg.shaclsparql`; problems named by file, claim
    and line, as with :func:`ingest`), and replaces the old only if every file checks
    out. The store and the problems, in their order, are the same for any ``jobs``.
    Every problem of every file is reported. The swap and its locking are
    :func:`kg.store.rebuild`'s; ``on_wait`` gets a note if another kg process has the
    store. Raises :class:`InputErrors`; the old store is then left as it was.
    ``on_file`` is called first with the number of claims files, then with 1 after each
    is read (progress).
    """
    corpus = Path(corpus)
    if not (corpus / "claims").is_dir():
        what = "does not exist" if not corpus.exists() else "is not a folder" if not corpus.is_dir() else \
            "is not a corpus: it has no claims/ folder (a corpus holds articles.yaml, entities.yaml, articles/ and claims/)"
        raise InputError(corpus, f"{what}; 'kg init {corpus}' starts a corpus")
    registry = load_registry(corpus / "entities.yaml", missing_ok=True)
    if (corpus / "articles.yaml").exists():
        load_articles(corpus / "articles.yaml")  # a whole corpus: every entry and text checked first
    paths = claims_files([corpus / "claims"])
    report = IngestReport([], 0, 0, 0)
    facts: dict[str, tuple[str, Path, str]] = {}
    lookalikes = Lookalikes()
    empty: list[str] = []  # warnings for claims files that hold no claim
    written: list[Path] = []
    jobs = jobs or min(BUILD_JOBS, os.cpu_count() or 1)
    # Every file's fact ids, read once for the whole build: a link may name a fact
    # another file states.
    readers = _Readers(paths, registry, facts_stated(paths), jobs)
    held = [] if replace else stored_article_ids(location)
    # The corpus's texts, signed as they are read: a near copy of an earlier one is
    # refused, and the index is kept beside the new store (kg.nearcopies).
    near = NearCopyIndex(None)

    def fill(target: ox.Store) -> None:
        # Quads go to the bulk loader as N-Quads in batches of WRITE_BATCH: each call of
        # it has a cost of its own (one call per article took as long as the rest of
        # the build), and parsing N-Quads costs less than building Python objects.
        pending = [ox.serialize([ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(ONTOLOGY_GRAPH))
                                 for t in _ontology()], format=ox.RdfFormat.N_QUADS)]
        ontology_quads = pending_quads = len(_ontology())
        errors: list[InputError] = []
        entities_seen: set[tuple[str, bytes]] = set()
        seen: dict[str, Path] = {}
        if on_file:
            on_file(len(paths))
        texts: dict[str, str] = {}  # SHA-256 of each article's text -> its id
        for read in readers:
            errors += (InputError(*e) for e in read.errors)
            cf = read.cf
            if cf is None:
                continue
            if (twice := _claimed_twice(cf, seen)) is not None:
                errors.append(twice)
                continue
            if on_file:
                on_file(1)
            problems = _fact_type_errors(cf, facts)
            if texts.setdefault(cf.article.sha256, cf.article.id) != cf.article.id:
                problems.append(_same_text_error(cf, texts[cf.article.sha256], "in this corpus"))
            else:
                copied = near.match(read.signed, {cf.article.id})
                if copied and (copied.identical or not cf.article.separate_source):
                    problems.append(_near_copy_error(cf, copied, "in this corpus"))
                near.add(cf.article.id, cf.article.sha256, read.signed)
            if problems:
                errors += problems
                continue  # not written; the other files are still checked
            if read.unmapped:
                raise InputError(*read.unmapped)
            # The derived graph holds each fact and entity once: a fact's triples go
            # with every article stating it and the store keeps one copy (it is a set
            # of quads); an entity's are the same in every article naming it (the
            # registry's, or an inline entry that must not conflict), so each distinct
            # set of them goes once.
            pending.append(read.nquads)
            pending_quads += read.quads
            for entity, lines in read.entities.items():
                if (entity, lines) not in entities_seen:
                    entities_seen.add((entity, lines))
                    pending.append(lines)
                    pending_quads += lines.count(b"\n")
            if pending_quads >= WRITE_BATCH:
                target.bulk_load(b"".join(pending), format=ox.RdfFormat.N_QUADS)
                pending.clear()
                pending_quads = 0
            written.append(cf.path)
            lookalikes.add(cf)
            empty.extend(empty_claims_files([cf]) + read.warnings + date_warnings([cf], publication=False))
            report.articles.append(cf.article.id)
            report.claims += len(cf.claims)
        target.bulk_load(b"".join(pending), format=ox.RdfFormat.N_QUADS)
        pending.clear()
        readers.close()
        report.quads = len(target) - ontology_quads
        errors += shape_errors(target, _Origins(written, registry), fallback=corpus / "claims")
        if errors:
            raise InputErrors(errors)
        # Only once every file is in: a refused file's article is not one the build drops.
        dropped = sorted(set(held) - set(report.articles))
        if dropped:
            raise InputError(corpus, f"the store at {location} holds {len(dropped)} article(s) this corpus does not "
                                     f"({', '.join(dropped[:5])}{', ...' if len(dropped) > 5 else ''}), added with "
                                     f"'kg ingest' or built from another corpus; a build would drop them: give "
                                     f"--replace to replace the store all the same, or --store to build into another")
        # What is kept per fact goes before the store computes the summaries (the step
        # with the build's peak memory): the report needs only its count and warnings.
        report.facts = len(facts)
        report.warnings = empty + lookalikes.warnings()
        facts.clear()
        lookalikes.facts.clear()

    try:
        store = rebuild(location, fill, on_wait=on_wait)
        if (kept := store.kept("near-copies.sqlite")) is not None:
            try:
                near.save(kept)
            except (OSError, sqlite3.Error):
                pass  # a folder that cannot be written costs the next ingest the signing, nothing else
    finally:
        readers.close()
        near.close()
    report.warnings = unclaimed_articles(corpus, report.articles) + report.warnings
    return store, report


def stored_article_ids(location: Path) -> list[str]:
    """The ids of the articles the store at ``location`` holds; none when there is no
    store there, or one that cannot be read (a damaged store or one of an earlier
    layout, which a build replaces whole). Waits for a writer as any reader does."""
    from kg.store import looks_like_store

    if not looks_like_store(Path(location)):
        return []
    try:
        old = GraphStore.open(location, read_only=True)
    except (KGError, OSError, RuntimeError):
        return []
    try:
        return old.article_ids()
    except (OSError, RuntimeError):  # damaged past its opening
        return []
    finally:
        old.close()


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A weekday that names no day but is part of a name or title: 'the Friday prayer leader',
#: 'Friday prayers', 'Good Friday', 'Black Monday', 'Super Tuesday', 'Bloody Sunday'.
_WEEKDAY = re.compile(r"\b(?<!Good )(?<!Black )(?<!Bloody )(?<!Super )(?<!Easter )(?<!Palm )(?<!Ash )(?<!Holy )(?<!Maundy )"
                      r"(" + "|".join(_WEEKDAYS) + r")\b(?!\s+prayers?\b)(?!\s+sermons?\b)(?!\s+Mosque\b)")


#: A weekday that dates the words rather than the fact: a verb of speech before it, a
#: few words apart at most ("the army said on Wednesday", "told reporters on Friday",
#: "said in a statement on Monday").
_SAID_ON_WEEKDAY = re.compile(r"\b(?:said|says|told|announced|stated|added|declared|confirmed|wrote|warned|posted|"
                              r"tweeted|reported|claimed|insisted|acknowledged|denied)\b(?:\s+[\w'’-]+){0,4}?\s+"
                              r"(?:on|late on|early on)\s+(" + "|".join(_WEEKDAYS) + r")\b")


#: A weekday that names a day after the claim's date, not the claim's date: the start,
#: end or deadline of what the claim says will happen ("will be scrapped starting
#: Monday", "from Tuesday", "by Friday", "until Sunday", "next Wednesday"), said before it.
_WEEKDAY_AHEAD = re.compile(r"\b(?:starting|beginning|from|by|until|till|next|as of|effective)\s+(?:on\s+)?("
                            + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def _days(claim) -> list[tuple[str, str]]:
    """The day-precise dates (``YYYY-MM-DD``) of ``claim`` as (key, date) pairs: every
    key of its fact with an xsd:date value (``date``, ``startDate``, ``endDate``,
    ``effectiveDate``, ...) and the date it was said on (``said_on``)."""
    days = [(k.name, t.value) for k, t in claim.values if isinstance(t, ox.Literal) and t.datatype.value == XSD + "date"]
    if claim.said_on is not None and claim.said_on.datatype.value == XSD + "date":
        days.append(("said_on", claim.said_on.value))
    return days


def weekday_warnings(files) -> list[str]:
    """One warning per claim whose quotes name one day of the week ("on Tuesday") on
    which no date of the claim falls: none of the day-precise values of its keys
    (``date``, ``startDate``, ``endDate``, ``effectiveDate``, any key of an xsd:date),
    nor the date it was said on, nor a day-precise date of a fact of the same claims
    file that the claim names as a value ("Trump cited Sunday's attack": the Sunday is
    the ``groundsFact``'s day). A claim at midnight (``timeOfDay`` 00:00, any zone) may
    name the day before its date: "at midnight on Saturday" ends that Saturday, which
    corpus/CLAIMS.md ("Midnight") has written as 00:00 of the Sunday. Most often a typo in
    the year or the day ("2023-09-03" for a meeting an article of 3 September 2024 dates
    "on Tuesday"). ``files`` are
    :class:`kg.claims.ClaimsFile`; returns the warnings as strings naming the file and
    claim. A claim with several weekdays named, or no day-precise date of its own, is
    not checked; nor is one whose only such dates are bounds a vague date implies
    (``dateEarliest`` / ``dateLatest`` of ``date: soon``), days counted from a span
    (``deadline: seven days``: a ``deadlineWindow`` beside it) or dates a quote of the claim
    writes out ('until May 31, 2026': :func:`_written_out`), which their own words date;
    nor a claim whose words (``subject``, ``description``) hold the weekday: it dates
    what they say ('urged supporters to gather on Tuesday'); nor a claim whose every
    mention of the weekday follows a word that sets a later day ('starting', 'from',
    'by', 'until', 'next', ...: :data:`_WEEKDAY_AHEAD`): "will be scrapped starting
    Monday", said on a Sunday, names a day after the claim's date. A warning, not an error: a quote may name the day of an event the file
    does not date."""
    out = []
    for cf in files:
        # The days of each fact of the file, over all its claims: a claim naming another
        # fact may quote that fact's weekday.
        fact_days: dict[str, set[str]] = {}
        for claim in cf.claims:
            fact_days.setdefault(fact_iri(claim.fact).value, set()).update(d for _, d in _days(claim))
        for claim in cf.claims:
            named = {m.group(1) for q in claim.quotes for m in _WEEKDAY.finditer(q.exact)}
            if len(named) != 1:
                continue
            days = _days(claim)
            linked = {d for _, t in claim.values if isinstance(t, ox.NamedNode) and t.value != fact_iri(claim.fact).value
                      for d in fact_days.get(t.value, ())}
            midnight = any(k.name == "timeOfDay" and isinstance(t, ox.Literal) and t.value.startswith("00:00")
                           for k, t in claim.values)
            try:
                weekdays = [(key, d, _WEEKDAYS[dt.date.fromisoformat(d).weekday()]) for key, d in days]
                others = {_WEEKDAYS[dt.date.fromisoformat(d).weekday()] for d in linked}
            except ValueError:
                continue
            if midnight:  # the day that midnight ends
                others |= {_WEEKDAYS[_WEEKDAYS.index(w) - 1] for _, _, w in weekdays}
            [day] = named
            if all(m.group(1).capitalize() == day and any(a.start(1) == m.start(1) for a in _WEEKDAY_AHEAD.finditer(q.exact))
                   for q in claim.quotes for m in _WEEKDAY.finditer(q.exact)):
                # 'will be scrapped starting Monday', said on a Sunday: the weekday is a
                # later day than the claim's date, which it does not date.
                continue
            if any(isinstance(t, ox.Literal) and t.datatype.value == XSD + "string" and re.search(rf"\b{day}\b", t.value)
                   for _, t in claim.values):
                # 'urged supporters to gather on Tuesday' with subject 'gather on Tuesday ...':
                # the weekday dates what the claim's words say, not the fact.
                continue
            # The dates the weekday may be dating: not a bound a vague date implies
            # ('date: soon' gives dateLatest), nor a date a quote writes out itself
            # ('until May 31, 2026'), which its own words date.
            # Nor a day counted from a span or kept with its words ('deadline: seven days'
            # gives deadlineWindow and the day it ends; its key's Window or Label is beside it).
            worded = {k.name for k, _ in claim.values}
            dated = [(key, d, w) for key, d, w in weekdays
                     if not key.endswith(("Earliest", "Latest")) and not {key + "Window", key + "Label"} & worded
                     and not any(_written_out(d, q.exact) for q in claim.quotes)]
            if dated and day not in {w for _, _, w in weekdays} | others:
                given = ", ".join(f"{key} {d} is a {w}" for key, d, w in dated)
                said = _said_on_hint(claim, day, cf.article.published)
                out.append(f"{cf.path}: claim {claim.id!r}: its quote says {day!r}, but {given}: a typo in the date?"
                           + said)
    return out


def _written_out(day: str, text: str) -> bool:
    """Whether ``text`` writes the date ``day`` (YYYY-MM-DD) out: as itself, or its
    day of the month beside its month's name or abbreviation ('May 31', '31 May',
    '31st of May', 'Sept. 3').

    >>> _written_out("2026-05-31", "until May 31, 2026"), _written_out("2026-05-31", "on Friday, 30 May")
    (True, False)
    """
    if day in text:
        return True
    date = dt.date.fromisoformat(day)
    month = f"(?:{calendar.month_name[date.month]}|{calendar.month_abbr[date.month]}{'t?' if date.month == 9 else ''}\\.?)"
    number = rf"0?{date.day}(?:st|nd|rd|th)?"
    return re.search(rf"\b(?:{month}\s+{number}|{number}(?:\s+of)?\s+{month})\b", text, re.IGNORECASE) is not None


def _said_on_hint(claim, day: str, published: dt.date | None) -> str:
    """The end of a weekday warning for a claim without ``said_on`` whose quote dates
    the speaking by ``day`` (:data:`_SAID_ON_WEEKDAY`: "said on Wednesday"): the
    weekday may be the day the speakers spoke, not the fact's, so it names ``said_on``
    and the last such day on or before the article's publication ``published``; ""
    otherwise."""
    if claim.said_on is not None or not any(m.group(1) == day for q in claim.quotes
                                            for m in _SAID_ON_WEEKDAY.finditer(q.exact)):
        return ""
    hint = f" Or is {day!r} the day the speakers spoke? Then give that day as said_on"
    if published is None:
        return hint
    spoke = published - dt.timedelta(days=(published.weekday() - _WEEKDAYS.index(day)) % 7)
    return hint + f": {spoke.isoformat()} (the last {day} on or before the publication date)"


def date_warnings(files, publication: bool = True) -> list[str]:
    """Warnings for the dates of ``files`` (:class:`kg.claims.ClaimsFile`) that are only
    suspicious (:func:`kg.periods.after_publication`; the certainly wrong ones the
    claims reader refuses): a claim presenting its fact as done, dated a day after its
    article's publication (time zones) or after a publication date that was inferred;
    with ``publication``, an article published after today (a typo in the year or a
    wrong clock; a corpus's build leaves this out, warned of as each article came in
    with ``kg add-article`` or ``kg ingest``); a fact dated implausibly far from its
    article (:func:`kg.periods.implausible_dates`: more than 50 years after its
    publication, or before 1800), with the line of that date."""
    out = []
    for cf in files:
        art = cf.article
        ahead = future_publication(art.published) if publication else None
        if ahead is not None:
            out.append(f"{cf.path}: article {art.id}: published {art.published.isoformat()}, after today "
                       f"({dt.date.today().isoformat()}): a typo in the year, or a wrong clock? Its claims' dates "
                       f"relative to it ('on Tuesday') are counted from it")
        for claim in cf.claims:
            late = done_date_after_publication(claim.values, claim.modality, claim.polarity, art.published,
                                               art.published_inferred)
            if late is not None:
                why = "which was inferred, not stated" if art.published_inferred else "by a day (time zones?)"
                out.append(f"{cf.path}: claim {claim.id!r}: date {late[1]} is after the article's publication date "
                           f"({art.published.isoformat()}, {why}), yet the claim presents the fact as done; write a "
                           f"planned fact as `modality: planned`")
            lines = dict(claim.key_lines)
            for key, value, why in implausible_dates(claim.values, art.published):
                line = lines.get(key, claim.line)
                out.append(f"{cf.path}{f', line {line}' if line else ''}: claim {claim.id!r}: {key} {value} is "
                           f"{far_date_words(why, art.published)}")
    return out


#: A free-text item of a flow list that YAML cut at a comma inside it: it starts with a
#: word that joins it to what came before ("..., and ...", "..., of other material"), or
#: ends with one that needs what follows ("ban on exports of, ...").
_CUT_START = re.compile(r"^(and|or|nor|but|of|including|plus|as well as|such as|which|who|that|whose)\b", re.IGNORECASE)
_CUT_END = re.compile(r"\b(of|the|a|an|to|for|with|in|on|by|from|and|or|nor|but|than)$", re.IGNORECASE)
_FLOW_LIST = re.compile(r"(?:^|[\s{,])([A-Za-z_]+):\s*\[([^\[\]{}]*)\]")
_FLOW_ITEM = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'|[^,]+")


def cut_list_warnings(files) -> list[str]:
    """One warning per item of a ``[a, b, c]`` flow list, on a key whose value is words
    (``measure``, ``subject``: kind "string" in the ontology), that looks cut at a comma
    it held (:data:`_CUT_START`, :data:`_CUT_END`): YAML splits an unquoted flow list at
    every comma, so "[ban on exports of defence material, of other material]" is two
    items. ``files`` are :class:`kg.claims.ClaimsFile`, read again as text for their
    lines (standard input is skipped). A warning, not an error: the items may be meant."""
    from kg.ontology import vocabulary

    words = {k for k, key in vocabulary().keys.items() if key.kind == "string"}
    out = []
    for cf in files:
        try:
            lines = Path(cf.path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(lines, 1):
            for key, inner in _FLOW_LIST.findall(line):
                if key not in words:
                    continue
                items = [m.group(0).strip() for m in _FLOW_ITEM.finditer(inner)]
                cut = [i for i in items if i and i[0] not in "\"'" and (_CUT_START.match(i) or _CUT_END.search(i))]
                if cut:
                    out.append(f"{cf.path}: line {number}: {key}: the item {cut[0]!r} looks cut at a comma: in a "
                               f"[a, b] list YAML ends an item at every comma; quote an item that holds one "
                               f"(\"..., ...\")")
    return out


def empty_claims_files(files) -> list[str]:
    """One warning per claims file (:class:`kg.claims.ClaimsFile`) that holds no claim
    (``claims: []``, a template never filled in): its article is added with nothing said
    of it, which is allowed (an article read and found to state nothing) but seldom meant."""
    return [f"{cf.path}: no claims: article {cf.article.id} goes into the graph with nothing said of it (kept for an "
            f"article read and found to state nothing); write its claims (corpus/CLAIMS.md) or leave the file out"
            for cf in files if not cf.claims]


def unclaimed_articles(corpus: Path, built: list[str]) -> list[str]:
    """A warning (a list of zero or one sentence) naming the articles that ``corpus``'s
    articles.yaml lists but that no claims file in ``corpus/claims`` covers (``built``
    is the ids that were built): they are left out of the store, which the article count
    alone would not say. Raises :class:`InputError` only as :func:`kg.corpus.load_articles` does.
    """
    metadata = corpus / "articles.yaml"
    if not metadata.exists():
        return []
    listed = list(load_articles(metadata))
    missing = [aid for aid in listed if aid not in set(built)]
    if not missing:
        return []
    return [f"{len(missing)} of the {len(listed)} articles listed in {metadata} have no claims file in "
            f"{corpus / 'claims'} and are not in the store: {', '.join(missing)}"]


def retract(store: GraphStore, article_ids: Iterable[str]) -> list[str]:
    """Remove articles' graphs, and with them every fact no other article's claims
    state and every entity no other article names (one transaction; see
    :meth:`kg.store.GraphStore.replace_articles`). Raises :class:`KGError` naming the
    ids not in the store; then nothing is removed."""
    ids = list(article_ids)
    present = set(store.article_ids())
    missing = [a for a in ids if a not in present]
    if missing:
        # A claims file's or a text's name ('held15_x.yaml', 'claims/held15_x.yaml') for its article id.
        stem = {a: Path(a).stem if Path(a).suffix.lower() in (".yaml", ".yml", ".txt") else a for a in missing}
        hints = [f"{a!r}: did you mean {', '.join(map(repr, near))}?" for a in missing
                 if (near := [stem[a]] if stem[a] in present else near_key(a, sorted(present)))]
        hint = f"; {'; '.join(hints)}" if hints else ""
        raise KGError(f"not in the store: {', '.join(missing)}{hint} "
                      "('kg query sources' lists the articles it holds)")
    store.replace_articles({}, drop=[article_graph(a) for a in ids])
    return ids
