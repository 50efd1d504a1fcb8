"""Writing a draft as a claims file, through the same reader as ``kg ingest``;
:func:`draft_files` runs it over many articles (``kg extract``).

A :class:`~kg.extract.engine.Draft` becomes ``<out>/<article id>.yaml`` in the format
of ``corpus/CLAIMS.md`` ("Drafted claims"): the engine's name and version under
``extractor``, the article (its id when the file is written into the ``claims/``
folder of the article's own corpus, else its metadata inline, with the text copied
beside it as ``<article id>.txt``, or ``<article id>.body.txt`` when a header or page
markup was taken off (:func:`copy_name`), so that ``kg ingest`` finds it), the proposed
registry entries under ``entities``, and every claim with ``review: drafted``.

A claim whose quote lies in the page's furniture (a breadcrumb, share bar, related
headline, comment form: :attr:`~kg.extract.text.SourceText.boilerplate`) is dropped
first: what a site prints around an article is not what the article reports.

Before the file is put in place, the claims reader (:func:`kg.claims.read_claims`)
reads it, exactly as ``kg ingest`` will: a claim it refuses (a quote that is not
verbatim or not unique, an unknown entity, a key outside the ontology...) is dropped
with a warning naming the claim and the reason, and a proposed entity the registry
refuses is dropped with its claims. The graph the claims map to is then checked
against the SHACL shapes by the very check ``kg ingest`` runs before it writes
(:func:`kg.ingest.check_claim_shapes`), and the claims of a node that violates one (a
meeting of one, a supplier that is not an actor) are dropped in the same way. So whatever engine drafted it, no file is written that the reader would
refuse or that would make the store fail validation: this is the grounding and schema
gate of every engine.

Files are written with ruamel.yaml (YAML 1.2, which the reader follows), keys in a
fixed order and values quoted wherever YAML would read them as anything but text, so
the same draft gives a byte-identical file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import multiprocessing
import os
import re
from collections.abc import Callable
from decimal import Decimal
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from kg.claims import MAX_CLAIMS, ClaimsFile, locate, read_claims
from kg.corpus import MAX_TEXT_BYTES, load_articles
from kg.entities import EntityRegistry, load_registry_entries, normalise
from kg.errors import InputError, InputErrors, brief
from kg.extract.linking import KnownFacts, link
from kg.extract.text import SourceText, read_source
from kg.files import write_atomically
from kg.mapping import article_graph_quads
from kg.namespaces import article_graph
from kg.ontology import vocabulary

#: Claim keys written first and last, in this order; the fact's roles and attributes
#: go between them in the order the engine gave them.
FIRST = ("id", "review", "fact", "type")
LAST = ("modality", "said_by", "via", "hedged", "quote", "occurrence", "note")
ENTITY_KEYS = ("id", "type", "label", "aliases", "of", "description", "wikidata")
#: Passes of the reader over one draft at most: each drops at least one refused claim.
_MAX_PASSES = 50
#: How every draft begins, so that a draft may be replaced by a new one and a
#: hand-written file never is.
DRAFT_MARK = "# Drafted by "
# Block style ('review: reviewed' on its own line) and flow style ('{id: x, review:
# reviewed, ...}') alike: a false match only keeps a draft, a missed one loses work.
_REVIEWED = re.compile(r"(?:^|[\s{,])['\"]?review['\"]?\s*:\s*['\"]?reviewed\b", re.MULTILINE)
#: Whole-line YAML comments: the draft's own header tells the analyst to write 'review:
#: reviewed', which is no claim marked so.
_COMMENT_LINE = re.compile(r"^[ \t]*#.*$", re.MULTILINE)
_CLAIM_WHERE = re.compile(r"^claim (?:'(?P<id>[^']+)'|#(?P<n>\d+))")


@dataclass
class Written:
    """What :func:`write_draft` wrote: the claims file, the article text copied beside
    it (None for an article of the corpus the file is written into), the article file
    it was drafted from, the number of
    claims and proposed entities in the file and of those dropped, and one warning per
    claim or entity the reader refused."""

    path: Path
    text_path: Path | None
    source: Path  # the article file drafted
    claims: int
    entities: int
    dropped_claims: int = 0
    dropped_entities: int = 0
    dropped: list[str] = field(default_factory=list)
    undated: bool = False  # the article has no publication date: relative dates left out
    date_conflict: str | None = None  # the header's date and the text's dateline disagree (SourceText.date_conflict)
    #: ids of the proposed entities in the file that no claim names, proposed because the
    #: article names them (:attr:`kg.extract.engine.Draft.named`)
    named_only: frozenset[str] = frozenset()


def write_draft(source: SourceText, draft, engine, out_dir: Path, registry: EntityRegistry,
                known: KnownFacts | None = None) -> Written:
    """Write ``draft`` (a :class:`~kg.extract.engine.Draft` of ``source`` by ``engine``,
    which has ``name`` and ``version``) into ``out_dir`` as ``<article id>.yaml`` (and
    the text as :func:`copy_name` names it unless ``out_dir`` is in the article's own
    corpus), after dropping the claims past :data:`kg.claims.MAX_CLAIMS`, those that quote page furniture, that the claims
    reader refuses or whose graph violates a SHACL shape, and the proposed entities the
    registry refuses or no claim kept uses. ``registry`` is not changed. ``known``: the
    facts of the corpus's claims files, whose ids the draft's facts take where they are
    the same (:func:`kg.extract.linking.link`).

    Raises :class:`~kg.errors.InputError` naming the file when ``out_dir`` cannot be
    written or holds a claims file of that name that is not a draft; the claims file is
    then left as it was.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InputError(out_dir, f"cannot create the output folder: {e.strerror}") from None
    target = out_dir / f"{source.article_id}.yaml"
    if target.is_file():
        existing = target.read_text(encoding="utf-8", errors="replace")
        if not existing.startswith(DRAFT_MARK):
            raise InputError(target, "a claims file that is not a draft is already here; refusing to overwrite it "
                                     "(write the draft to another folder with -o)")
        if _REVIEWED.search(_COMMENT_LINE.sub("", existing)):
            raise InputError(target, "this draft holds claims an analyst marked 'review: reviewed'; refusing to "
                                     "overwrite them (write the new draft to another folder with -o)")
    dropped: list[str] = []
    by_reference = _in_own_corpus(source, out_dir)
    publisher, outlet = (None, None) if by_reference else _publisher(source, registry, draft.entities)
    entities = _admissible_entities(draft.entities + ([outlet] if outlet else []), registry, target, dropped)
    if outlet and not any(e["id"] == publisher for e in entities):
        publisher = None  # the registry refused the outlet proposed: no publisher rather than a dangling one
    claims = []
    for claim in draft.claims:
        furniture = _furniture_quote(source, claim)
        if furniture:
            dropped.append(f"{target}: claim {claim.get('id')!r} dropped: its quote {brief(furniture, 80)} is page "
                           "furniture (navigation, share bar, related links, comments), not the article's report")
        else:
            claims.append(dict(claim))
    if len(claims) > MAX_CLAIMS:
        # The reader refuses a file of more (one transaction per article); the first ones
        # in the text are kept, and one warning counts the rest (a long text drops hundreds).
        dropped.append(_past_cap(target, claims[MAX_CLAIMS:]))
        del claims[MAX_CLAIMS:]
    if known is not None:
        link(claims, known, source.article_id)
    text_path = None if by_reference else out_dir / copy_name(source)
    article = source.article_id if by_reference else _inline_article(source, publisher, text_path.name)

    if text_path is not None:
        write_atomically(text_path, source.text.encode("utf-8"))
    # The draft is written beside its target, read back by the reader, and renamed over
    # the target once it is readable (the partial file is private: no sync needed).
    partial = target.with_name(f".{target.name}.partial")

    def drop(refused: dict[int, str]) -> None:
        for n, reason in sorted(refused.items(), reverse=True):
            quote = claims[n].get("quote")
            words = f" ({brief(quote[0] if isinstance(quote, list) else quote, 60)})" if quote else ""
            dropped.append(f"{target}: claim {claims[n].get('id', f'#{n + 1}')!r}{words} dropped: {reason}")
            del claims[n]

    try:
        for _ in range(_MAX_PASSES):
            partial.write_text(render(engine, article, entities, claims, source), encoding="utf-8", newline="")
            cf = _readable(partial, registry, claims)
            if not isinstance(cf, dict):
                break
            drop(cf)
        else:  # never reached: each pass drops a claim, and an empty list is read cleanly
            raise InputError(target, "the draft could not be made readable")
        # The reader judges each claim on its own, so dropping some keeps the rest
        # readable; the shapes judge the graph, so they are checked again until it conforms.
        changed = False
        while violations := shape_violations(cf):
            drop({n: violations[c["id"]] for n, c in enumerate(claims) if c["id"] in violations})
            kept = {c["id"] for c in claims}
            gone = {c.fact for c in cf.claims if c.id not in kept}
            cf.claims = [c for c in cf.claims if c.id in kept]
            changed = True
            if not gone & {c.fact for c in cf.claims}:
                # Claims share nothing the shapes judge but their fact (the nodes minted for
                # a claim or a fact are its own; the article, the extractor and entities
                # do not depend on them): when every fact a dropped claim backed went with
                # it, what is left was judged as it stands and conformed. No second pass.
                break
        named = _used(entities, claims, getattr(draft, "named", frozenset()))
        used = [e for e in entities if e in named or e["id"] == publisher]  # the article names its publisher
        by_claims = {e["id"] for e in _used(entities, claims)} | {publisher}
        if changed or len(used) < len(entities):
            dropped += [f"{target}: proposed entity {e['id']!r} dropped: no claim kept names it"
                        for e in entities if e not in used]
            entities = used
            partial.write_text(render(engine, article, entities, claims, source), encoding="utf-8", newline="")
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return Written(target, text_path, source.path, len(claims), len(entities), len(draft.claims) - len(claims),
                   len(draft.entities) + bool(outlet) - len(entities), dropped, undated=source.published is None,
                   date_conflict=source.date_conflict,
                   named_only=frozenset(e["id"] for e in entities if e["id"] not in by_claims))


def _past_cap(target: Path, rest: list[dict]) -> str:
    """The one warning for the claims ``rest`` (claim mappings, in text order) that a
    draft at ``target`` leaves out past :data:`kg.claims.MAX_CLAIMS`: how many, the cap,
    the first one left out and how to draft them (split the text)."""
    quote = rest[0].get("quote")
    words = f" ({brief(quote[0] if isinstance(quote, list) else quote, 60)})" if quote else ""
    return (f"{target}: {len(rest):,} claim(s) dropped past the first {MAX_CLAIMS:,}, the most one claims file "
            f"may hold (MAX_CLAIMS), from claim {rest[0].get('id')!r}{words} on; to draft them, split the "
            "article's text at about that point into two files and draft each")


@dataclass
class Run:
    """What :func:`draft_files` did: the drafts written, in input order, and the inputs
    refused (one :class:`~kg.errors.InputError` each, naming the file)."""

    written: list[Written] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def _given(source: SourceText, published: dt.date | None, url: str | None) -> SourceText:
    """``source`` with the publication date and address the user gave where it states
    none; raises :class:`InputError` where it states another one."""
    for name, given, stated in (("publication date", published, source.published), ("URL", url, source.url)):
        if given is not None and stated is not None and given != stated:
            where = "its corpus's articles.yaml" if source.in_corpus else "the article"
            raise InputError(source.path, f"{where} gives the {name} {stated}, not {given}: leave the option out, "
                                          "or correct the article")
    return replace(source, published=source.published or published, url=source.url or url)


def draft_files(paths, out_dir: Path, registry: EntityRegistry, engine=None,
                progress: Callable[[int], Any] | None = None, processes: int | None = None,
                published: dt.date | None = None, url: str | None = None, known: KnownFacts | None = None) -> Run:
    """Read the articles at ``paths`` (:func:`~kg.extract.text.read_source`), draft them
    with ``engine`` (default :func:`~kg.extract.engine.default_engine`, in batches when
    it has ``draft_many``) and write each with :func:`write_draft`. An article that
    cannot be read, is longer than :data:`MAX_DRAFT_LENGTH` code points, or whose id
    another input of the run already has, is refused and nothing is written for it; the
    others are written. ``progress(total)`` may return a
    context manager with ``update(n)`` (a tqdm bar), told of each article done.

    ``processes``: worker processes that each draft and write whole chunks of at most
    :data:`CHUNK` articles (parse, rules, the reader and the shapes); default one per
    CPU from :data:`PARALLEL_FROM` articles on, else this process alone. They are
    forked once everything is loaded (the pipeline, the registry's matchers, the
    shapes), so none loads anything again. Each file depends on its article alone, so
    the files are byte-identical whatever the number of processes; results keep input
    order.

    ``published`` and ``url`` give the articles that do not state their own publication
    date or address (in a header, the HTML metadata or their corpus's ``articles.yaml``)
    that date and address; an article that states another is refused, naming both.
    ``known``: facts whose ids the drafts' same facts take (:func:`write_draft`)."""
    from kg.extract.engine import default_engine

    run = Run()
    sources, seen = [], {}
    for path in paths:
        try:
            source = _given(read_source(path), published, url)
        except InputError as e:
            run.errors.append(_with_drafting_limit(e, path))
            continue
        if len(source.text) > MAX_DRAFT_LENGTH:
            run.errors.append(_too_long(path, f"the article's text is {len(source.text):,} code points, more than"))
            continue
        if source.article_id in seen:
            run.errors.append(InputError(path, f"gives the article id {source.article_id!r}, as does "
                                               f"{seen[source.article_id]}: rename one file (ids come from file names)"))
            continue
        seen[source.article_id] = path
        sources.append(source)
    if not sources:
        # Every file refused: the language model (seconds and 200 MB to load) is not needed.
        return run
    engine = engine or default_engine()
    if processes is None:
        processes = min(os.cpu_count() or 1, len(sources)) if len(sources) >= PARALLEL_FROM else 1
    processes = max(1, min(processes, len(sources)))
    size = max(1, min(CHUNK, -(-len(sources) // processes)))
    chunks = [sources[i: i + size] for i in range(0, len(sources), size)]
    if processes > 1:
        warm_up(engine, registry)
    signature = Signature(engine.name, engine.version)

    def draft_chunk(chunk: list[SourceText]) -> list[Written | tuple]:
        # Several texts are parsed in batches when the engine can (spaCy's nlp.pipe).
        drafts = engine.draft_many(chunk, registry) if hasattr(engine, "draft_many") else \
            (engine.draft(s, registry) for s in chunk)
        return [_write_one(source, draft, signature, Path(out_dir), registry, known) for source, draft in zip(chunk, drafts)]

    with progress(len(sources)) if progress else contextlib.nullcontext() as bar:
        for results in fork_map(draft_chunk, chunks, processes):
            for result in results:
                if isinstance(result, Written):
                    run.written.append(result)
                else:
                    run.errors.append(InputError(*result))
            if bar is not None:
                bar.update(len(results))
    _one_proposal_per_name(run, registry)
    return run


def _one_proposal_per_name(run: Run, registry: EntityRegistry) -> None:
    """Give every draft of ``run`` that proposes a name another draft of the run proposes
    too the one entry :func:`kg.extract.facts.proposals.one_proposal_per_name` makes of
    them (the aliases of all), so that the run's files ingest together: the reader
    refuses one id declared with other values in two files of a batch. The line of the
    entry is rewritten in place; an entry proposed under another class or label
    elsewhere that no claim of its file names is taken out (:func:`_unneeded_clashes`); a
    file the reader would then refuse keeps its own."""
    from kg.extract.facts.proposals import one_proposal_per_name

    files = [(w, yaml_entities(w.path)) for w in run.written if w.entities]
    merged = one_proposal_per_name([entries for _, entries in files])
    unneeded = _unneeded_clashes(files, merged)
    for written, entries in files:
        gone = unneeded.get(written.path, set())
        changed = {e["id"]: merged[e["id"]] for e in entries
                   if e["id"] in merged and merged[e["id"]] != e and e["id"] not in gone}
        if not changed and not gone:
            continue
        text = written.path.read_text(encoding="utf-8")
        new = text
        for eid, entry in changed.items():
            new = re.sub(rf"(?m)^(\s*- )\{{id: {re.escape(eid)}, .*\}}$", lambda m: m.group(1) + _entity_line(entry), new)
        for eid in gone:
            new = re.sub(rf"(?m)^\s*- \{{id: {re.escape(eid)}, .*\}}\n", "", new)
        if new == text:
            continue
        write_atomically(written.path, new.encode("utf-8"))
        try:
            read_claims(written.path, registry.copy())
        except (InputError, InputErrors):
            write_atomically(written.path, text.encode("utf-8"))  # an alias the file's own entities hold
            continue
        written.entities -= sum(1 for eid in gone if re.search(rf"(?m)^\s*- \{{id: {re.escape(eid)}, ", text))


def _unneeded_clashes(files: list[tuple[Written, list[dict]]], merged: dict[str, dict]) -> dict[Path, set[str]]:
    """Claims file -> the ids of entries to leave out of it, so that a run's files ingest
    together: an id that the run's drafts propose under two classes, labels or states
    (one name an article shows to be a company, another a place) is kept where a claim
    names it and left out of the drafts that propose it only because their article names
    it (:attr:`Written.named_only`); where no claim names it, only the first draft keeps
    it, for the analyst to check. So is an id the run's drafts propose with other aliases
    or a state only some give, which one entry merges: a draft that names it in no claim
    takes neither another article's state nor its aliases ("the National Assembly" of
    Peru in one story is no other story's), but leaves it to the drafts whose claims need
    it. ``files``: each written draft with its entries; ``merged``: the entries
    :func:`~kg.extract.facts.proposals.one_proposal_per_name` merged, by id."""
    by_id: dict[str, list[tuple[Written, dict]]] = {}
    for written, entries in files:
        for e in entries:
            by_id.setdefault(e["id"], []).append((written, e))
    out: dict[Path, set[str]] = {}
    for eid, found in by_id.items():
        if len(found) < 2 or all(e == found[0][1] for _, e in found):
            continue
        needed = [w for w, _ in found if eid not in w.named_only]
        keep = needed or [found[0][0]]
        for w, e in found:
            if all(w is not k for k in keep) and eid in w.named_only and (eid not in merged or e != merged[eid]):
                out.setdefault(w.path, set()).add(eid)
    return out


def yaml_entities(path: Path) -> list[dict]:
    """The proposed entities (``entities:``) of the draft at ``path``, as plain dicts."""
    data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8")) or {}
    return [dict(e) for e in data.get("entities") or []]


def _entity_line(entry: dict) -> str:
    """One proposed entity as :func:`render` writes it: ``{id: x, type: T, ...}``."""
    out = io.StringIO()
    _yaml().dump(CommentedSeq([_flow({k: _value(entry[k]) for k in ENTITY_KEYS if entry.get(k)})]), out)
    return out.getvalue().strip()[2:]


def _with_drafting_limit(error: InputError, path: Path) -> InputError:
    """``error`` (raised reading the article at ``path``) said as the drafting limit
    where the file is over :data:`kg.corpus.MAX_TEXT_BYTES`: any such file holds more
    than :data:`MAX_DRAFT_LENGTH` code points (UTF-8 takes at most 4 bytes a code point),
    so that limit is the one that refuses it, and the only one the message states (a
    text cut to under 4 MiB as the reading limit asks may still be ten times too long to
    draft). Any other error is returned as it is."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return error
    if size <= MAX_TEXT_BYTES:
        return error
    return _too_long(path, f"the file is {size:,} bytes, more than")


def _too_long(path: Path, measured: str) -> InputError:
    """The error for an article at ``path`` too long to draft; ``measured`` says how long it
    is, ending where the limit follows ("the article's text is 512,000 code points, more than")."""
    return InputError(path, f"{measured} kg extract drafts from: at most {MAX_DRAFT_LENGTH:,} code points of text "
                            "(about 400 KB of plain English), which keeps its time and memory bounded: split it into "
                            "articles of at most that length, or write its claims by hand")


#: The longest text (code points) drafted. A text is parsed in windows
#: (:data:`kg.extract.pipeline.PARSE_WINDOW`), so the parser's memory stays bounded, but
#: some rules still compare a mention with the mentions before it, so time grows faster
#: than the text past a few hundred thousand code points: 400,000 took 49 s of CPU and
#: 407 MiB (docs/reliability.md, "Drafting a long article"), some ten times the longest
#: news report.
MAX_DRAFT_LENGTH = 400_000


class Signature(NamedTuple):
    """The name and version a draft records of the engine that made it."""

    name: str
    version: str


#: From this many articles on, drafting is spread over worker processes: below it, a
#: second process costs more than it saves.
PARALLEL_FROM = 4
#: Articles a worker drafts and writes at a time: large enough for spaCy's batches,
#: small enough that the last chunks keep every core busy.
CHUNK = 8


def warm_up(engine, registry: EntityRegistry) -> None:
    """Load in this process what drafting and checking need (the engine's pipeline and
    the registry's matchers, the ontology's vocabulary, the parsed shapes), so that
    forked workers share it instead of each loading it again."""
    from kg.ingest import check_claim_shapes

    if hasattr(engine, "draft_many"):
        list(engine.draft_many([], registry))
    vocabulary()
    check_claim_shapes([], {}, None)


_FORKED: Callable | None = None  # the function forked workers call (inherited, never pickled)


def fork_map(function: Callable, items: list, processes: int):
    """``function(item)`` for each item, results in input order: in ``processes``
    worker processes forked from this one (so they start with all it has loaded, and
    ``function`` may be a closure), or in this process when ``processes`` is 1 or the
    platform cannot fork. Raises what ``function`` raises."""
    global _FORKED
    if processes <= 1 or len(items) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(function, items)
        return
    _FORKED = function
    try:
        with multiprocessing.get_context("fork").Pool(min(processes, len(items))) as pool:
            yield from pool.imap(_call_forked, items)
    finally:
        _FORKED = None


def _call_forked(item):
    return _FORKED(item)


def _write_one(source: SourceText, draft, signature: Signature, out_dir: Path, registry, known=None) -> Written | tuple:
    """:func:`write_draft` of one draft; an :class:`InputError` comes back as its (path,
    problem, where), which crosses a process boundary where the exception would not; so
    does a draft the engine failed to make (:attr:`~kg.extract.engine.Draft.failure`)."""
    if getattr(draft, "failure", None):
        return (source.path, f"drafting it failed inside the extractor ({draft.failure}): a defect of the "
                             "extractor, not of the article; nothing is written for it, the other articles are "
                             "drafted; write its claims by hand, and report the error with the article", None)
    try:
        return write_draft(source, draft, signature, out_dir, registry, known)
    except InputError as e:
        return (e.path, e.problem, e.where)


def render(engine, article, entities: list[dict], claims: list[dict], source: SourceText) -> str:
    """The claims file's text (see the module docstring for its layout)."""
    doc = CommentedMap()
    doc["extractor"] = _flow({"name": engine.name, "version": DoubleQuotedScalarString(engine.version)})
    doc["article"] = article
    if entities:
        doc["entities"] = CommentedSeq(_flow({k: _value(e[k]) for k in ENTITY_KEYS if e.get(k)}) for e in entities)
        doc.yaml_set_comment_before_after_key(
            "entities", before="Proposed for the registry: names the registry lacks, with a guessed class. Check each,\n"
                               "then keep it here or move it to entities.yaml ('kg add-entities' moves them all).")
    doc["claims"] = CommentedSeq(_ordered(c) for c in claims)
    doc.yaml_set_start_comment(
        f"{DRAFT_MARK[2:]}{engine.name} {engine.version} from {source.path.name}. Every claim is 'review: drafted'\n"
        "until an analyst checks it and writes 'review: reviewed' (corpus/CLAIMS.md, Drafted claims)."
        + (f"\nThe claims quote {article['file']}, the text of {source.path.name} without its header or page markup:\n"
           "keep that copy beside this file." if isinstance(article, dict) and article["file"] != source.path.name
           else ""))
    out = io.StringIO()
    _yaml().dump(doc, out)
    return out.getvalue()


def _decimal(representer, number: Decimal):
    """A Decimal (a figure read by :mod:`kg.quantities`) as the plain YAML number it is:
    ``98.8``, ``90`` (an int when it has no fraction), never an exponent."""
    text = format(number.normalize(), "f")
    return representer.represent_scalar("tag:yaml.org,2002:float" if "." in text else "tag:yaml.org,2002:int", text)


def _yaml() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.representer.add_representer(Decimal, _decimal)
    yaml.width = 1 << 16  # no folded lines: one quote, one line
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _flow(mapping: dict) -> CommentedMap:
    m = CommentedMap(mapping)
    m.fa.set_flow_style()
    return m


def _value(value):
    """A value as the file holds it; lists inline (``[a, b]``) as analysts write them."""
    if isinstance(value, (list, tuple)):
        seq = CommentedSeq(_value(v) for v in value)
        seq.fa.set_flow_style()
        return seq
    if isinstance(value, dict):
        return _flow({k: _value(v) for k, v in value.items()})
    return value


def _ordered(claim: dict) -> CommentedMap:
    keys = [k for k in FIRST if k in claim] + [k for k in claim if k not in FIRST and k not in LAST] \
        + [k for k in LAST if k in claim]
    out = CommentedMap()
    for k in keys:
        if k.startswith("_"):
            continue  # the engine's notes, not keys of the claims format
        out[k] = "drafted" if k == "review" else _value(claim[k])
    if "review" not in out:
        out.insert(1, "review", "drafted")
    for k, note in claim.get("_resolved", {}).items():
        if k in out:  # why a participant the quote names by a pronoun or a description is who it is
            out.yaml_add_eol_comment(note, k)
    return out


def _used(entities: list[dict], claims: list[dict], kept: frozenset[str] = frozenset()) -> list[dict]:
    """The proposed entities that some claim names (by id, label or alias) or whose id
    is in ``kept`` (those the article names, :attr:`kg.extract.engine.Draft.named`), and
    the states those name as their ``of`` ("Sudan's foreign ministry" of Sudan)."""
    names: set[str] = set()

    def collect(value) -> None:
        if isinstance(value, str):
            names.add(normalise(value))
        elif isinstance(value, (list, tuple)):
            for v in value:
                collect(v)
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)

    for claim in claims:
        collect({k: v for k, v in claim.items() if k not in ("quote", "note")})
    named = [e for e in entities if e["id"] in kept
             or any(normalise(n) in names for n in (e["id"], e["label"], *e.get("aliases", ())))]
    owners = {normalise(str(e["of"])) for e in named if e.get("of")}
    return [e for e in entities if e in named or normalise(e["id"]) in owners]


def _furniture_quote(source: SourceText, claim: dict) -> str | None:
    """The claim's first quote whose every occurrence meant lies in page furniture."""
    quotes = claim.get("quote")
    for q in quotes if isinstance(quotes, list) else [quotes]:
        if not isinstance(q, str) or not q:
            continue
        occurrence = claim.get("occurrence") if isinstance(claim.get("occurrence"), int) else None
        starts = locate(source.text, q, occurrence)
        if starts and all(source.is_boilerplate(s, s + len(q)) for s in starts):
            return q
    return None


def _in_own_corpus(source: SourceText, out_dir: Path) -> bool:
    """Whether the file goes to the ``claims/`` folder of the corpus that lists the
    article, where the reader finds the article by its id."""
    return source.in_corpus is not None and out_dir.resolve().parent == source.in_corpus.parent


def copy_name(source: SourceText) -> str:
    """The file name of the copy of the article's text written beside a draft outside
    its corpus: ``<article id>.txt`` when the text is the article file's bytes, else
    ``<article id>.body.txt`` (the text without its ``URL:`` / ``Date:`` header, or
    taken from an HTML page). A copy that differs never takes the name of an article
    file that has a header ("kremlin.txt"), so a claims file moved beside the original
    never reads the original in its place, and a draft written into the article's own
    folder never overwrites it."""
    try:
        same = source.path.read_bytes() == source.text.encode("utf-8")
    except OSError:
        same = False
    return f"{source.article_id}.txt" if same else f"{source.article_id}.body.txt"


#: Words naming a public body in a publisher's name ("Ghana Ministry of Finance", "Statistics
#: Agency of X"): a press release's issuer, not a news outlet (ontology: gkg:Organisation, "a
#: government, an armed force, a company, a court, an agency").
PUBLIC_BODY_WORDS = {"ministry", "agency", "department", "office", "bureau", "authority", "commission",
                     "presidency", "embassy", "directorate", "secretariat", "treasury"}


#: What marks a text as a press release, which its issuer publishes itself: a label line
#: ("PRESS RELEASE", "FOR IMMEDIATE RELEASE"), a closing "ENDS" line or notes to editors.
PRESS_RELEASE = re.compile(r"^\s*(?:(?:PRESS|NEWS|MEDIA) RELEASE\b|.*\bFOR IMMEDIATE RELEASE\b|ENDS\s*$|"
                           r"-?\s*ENDS\s*-?\s*$|Notes? (?:to|for) editors\b)", re.MULTILINE | re.IGNORECASE)


def press_release(text: str) -> bool:
    """Whether ``text`` (an article's body) is a press release (:data:`PRESS_RELEASE`)."""
    return PRESS_RELEASE.search(text) is not None


def _issuer_entry(name: str, known: set[str], release: bool = False) -> dict:
    """The entry proposed for a publisher the registry lacks, of the shape of a registry
    entry (``id``, ``type``, ``label``, and ``of``): a ``Government`` for "Government of
    X", the class :data:`~kg.extract.mentions.ORG_HINTS` gives a court or an armed force,
    an ``Organisation`` for a ministry or agency (:data:`PUBLIC_BODY_WORDS`) or for the
    issuer of a press release (``release``: a party, a company) whose name is no news
    outlet's, else a ``NewsOrganisation``. ``of`` is the gazetteer state (``world.yaml``)
    the name names, by label, alias or demonym, when ``known`` (the ids of the registry
    and of the draft's proposed entities) holds it."""
    from kg.extract.gazetteer import world
    from kg.extract.mentions import ORG_HINTS, slug

    words = set(re.findall(r"[a-z]+", name.lower()))
    hinted = next((t for rx, t in ORG_HINTS if rx.search(name)), None)
    if "government" in words:
        etype = "Government"
    elif hinted in ("Court", "ArmedForces"):
        etype = hinted
    elif words & PUBLIC_BODY_WORDS or (release and hinted != "NewsOrganisation"):
        etype = "Organisation"
    else:
        etype = "NewsOrganisation"
    entry = {"id": slug(name), "type": etype, "label": name}
    if etype != "NewsOrganisation":
        padded = f" {' '.join(re.findall(r'[a-z]+', name.lower()))} "
        for state in world()["states"]:
            names = [state["label"], *(state.get("aliases") or []), *(state.get("demonyms") or [])]
            if slug(state["label"]) in known and \
                    any(f" {' '.join(re.findall(r'[a-z]+', n.lower()))} " in padded for n in names):
                entry["of"] = slug(state["label"])
                break
    return entry


def _publisher(source: SourceText, registry: EntityRegistry,
               proposed: list[dict] = ()) -> tuple[str | None, dict | None]:
    """The registry id of the article's publisher (:attr:`SourceText.publisher`) and,
    for a name the registry lacks, the entry proposed for it (:func:`_issuer_entry`: a
    news outlet, or the ministry or agency that issued a press release), as a draft
    proposes any name it lacks; (None, None) when the article names none. A corpus
    article's publisher is its entry's registry id, kept only when ``registry`` has it.
    ``proposed``: the draft's proposed entities, which a ministry's state may be."""
    if not source.publisher:
        return None, None
    found = registry.resolve(source.publisher)
    if found is not None:
        return found.id, None
    if source.in_corpus:
        return None, None
    outlet = _issuer_entry(source.publisher, set(registry.entities) | {e["id"] for e in proposed},
                           press_release(source.text))
    if any(e["id"] == outlet["id"] for e in proposed):
        return outlet["id"], None  # the text names its issuer too: one entry, the one its claims read
    return outlet["id"], outlet


def _inline_article(source: SourceText, publisher: str | None, file: str) -> CommentedMap:
    """The article's metadata, naming ``file``, the copy of its text beside the claims
    file, and ``publisher``, a registry id (:func:`_publisher`)."""
    entry = CommentedMap()
    entry["id"] = source.article_id
    entry["file"] = file
    entry["sha256"] = source.sha256
    entry["url"] = source.url
    known = load_articles(source.in_corpus).get(source.article_id) if source.in_corpus else None
    entry["publisher"] = publisher
    entry["published"] = source.published.isoformat() if source.published else None
    if known and known.published_inferred:
        entry["published_inferred"] = True
    if known and known.published_basis:
        entry["published_basis"] = known.published_basis
    if source.original_source:
        entry["original_source"] = source.original_source
    if source.title:
        entry["title"] = source.title
    if source.dateline:  # where the report was filed from, as kg add-article records it
        entry["dateline"] = source.dateline
    if source.author:  # who wrote it, as kg add-article records it: one name, or a list of names
        entry["author"] = source.author[0] if len(source.author) == 1 else _value(list(source.author))
    return entry


def _admissible_entities(proposed: list[dict], registry: EntityRegistry, target: Path,
                         dropped: list[str]) -> list[dict]:
    """The proposed entities the registry accepts, each checked as the reader will
    (in order, on a copy of the registry); a warning for each one refused."""
    trial = registry.copy()
    types = vocabulary().entity_types
    kept = []
    for entity in proposed:
        entry = {k: entity[k] for k in ENTITY_KEYS if entity.get(k)}
        try:
            load_registry_entries([entry], target, trial, types)
        except InputError as e:
            dropped.append(f"{target}: proposed entity {entity.get('id')!r} dropped: {e.problem}")
            continue
        kept.append(entry)
    return kept


def _readable(path: Path, registry: EntityRegistry, claims: list[dict]) -> ClaimsFile | dict[int, str]:
    """The file at ``path`` as the reader reads it; or, when it refuses claims, index
    -> reason of each. A problem that names no claim is raised: it is a defect of this
    writer, not of the draft."""
    ids = {c.get("id"): n for n, c in enumerate(claims)}
    try:
        return read_claims(path, registry.copy())
    except InputErrors as e:
        errors = e.errors
    except InputError as e:
        errors = [e]
    refused: dict[int, str] = {}
    for err in errors:
        m = _CLAIM_WHERE.match(err.where or "")
        n = (ids.get(m.group("id")) if m.group("id") else int(m.group("n")) - 1) if m else None
        if n is None or not 0 <= n < len(claims):
            raise err
        refused.setdefault(n, err.problem)
    return refused


def shape_violations(cf: ClaimsFile) -> dict[str, str]:
    """Claim id -> why the claim must go, for the claims of ``cf`` behind a node that
    violates a SHACL shape, found by the check ``kg ingest`` runs before it writes
    (:func:`kg.ingest.check_claim_shapes`: the article's graph with the ontology's
    class tree, the shapes parsed once per process). A violation of a fact names every
    claim of the file that backs the fact, since each would leave it as it is; any
    other names its claim. A violation of the article's own node is raised: it is a
    defect of this writer, not of the draft."""
    from kg.ingest import Mapped, check_claim_shapes

    graph = article_graph(cf.article.id)
    # article_graph_quads gives the article graph and its derived triples in one list.
    mapped = Mapped(list(article_graph_quads(cf.article, cf.claims)), set(), {})
    errors = check_claim_shapes([cf], {graph: mapped}, None)
    facts = {c.id: c.fact for c in cf.claims}
    found: dict[str, str] = {}
    for error in errors:
        m = _CLAIM_WHERE.match(error.where or "")
        if not m or m.group("id") not in facts:
            raise error
        fact = facts[m.group("id")]
        backing = [c for c, f in facts.items() if f == fact] if error.problem.startswith(f"fact {fact!r}") \
            else [m.group("id")]
        for cid in backing:
            found.setdefault(cid, f"its graph does not conform to the shapes: {error.problem}")
    return found
