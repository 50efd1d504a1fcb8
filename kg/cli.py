"""The ``kg`` command: a thin layer over the library. Exit codes: 0 ok, 1 the data
does not conform / a check failed, 2 usage or load error."""

from __future__ import annotations

import json
import os
import re
import sys
import time
import textwrap
import traceback
from pathlib import Path

import click
import pyoxigraph as ox

from kg import __version__
from kg.credentials import ScrubbedStream, scrub
from kg.errors import InputError, KGError, counted
from kg.output import FORMATS as RESULT_FORMATS
from kg.output import Progress, for_terminal, render, solutions
from kg.query import DEFAULT_PAGE, MAX_ROWS
from kg.store import (
    GraphStore,
    damaged,
    default_location,
    is_damage,
    memory_limit,
    watch_memory,
)

EXIT_OK, EXIT_NONCONFORMING, EXIT_ERROR = 0, 1, 2
# What a shell reports for a program ended by SIGPIPE (128 + 13), as 'yes | head' does.
EXIT_BROKEN_PIPE = 141


def _reader_gone():
    """The reader of standard output went away (as with '| head'): stop quietly with the
    shell's SIGPIPE status instead of click's 1, which here means "does not conform".
    Standard output is pointed at /dev/null first so that the final flush cannot fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.__stdout__.fileno())
    sys.exit(EXIT_BROKEN_PIPE)


def _remember(key: str):
    """A callback keeping a flag of every command in the shared context object."""

    def keep(ctx, param, value):
        if value:
            ctx.ensure_object(dict)[key] = True

    return keep


def _group_store(ctx, param, value):
    """``kg --store DIR COMMAND``: the store of a command that gives none of its own
    (its own ``--store`` wins), checked as a command's is, and kept in the shared
    context object."""
    from kg.store import check_location

    if value is not None:
        check_location(value, "--store")
        ctx.ensure_object(dict)["group_store"] = value


class KGGroup(click.Group):
    """Turns library errors into 'Error: …' and the documented exit codes, and gives
    every command the same -v/--verbose and -q/--quiet."""

    def add_command(self, cmd, name=None):
        cmd.params += [
            click.Option(["-v", "--verbose"], is_flag=True, expose_value=False, callback=_remember("verbose"),
                         help="Show tracebacks of unexpected errors."),
            click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, callback=_remember("quiet"),
                         help="No notes or progress bars on standard error (errors and warnings still)."),
        ]
        super().add_command(cmd, name)

    def resolve_command(self, ctx, args):
        name, cmd, rest = super().resolve_command(ctx, args)
        if cmd is not None and ctx.obj and ctx.obj.get("group_store") is not None and \
                not any(p.name == "store_path" for p in cmd.params):
            raise click.UsageError(f"'kg {name}' reads and writes no store: give --store only before or after a "
                                   "command that takes one (kg --store DIR query ...)", ctx)
        return name, cmd, rest

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as e:
            click.echo(f"Error: {for_terminal(scrub(str(e)))}", err=True)
            sys.exit(e.exit_code)
        except BrokenPipeError:
            _reader_gone()
        except KeyboardInterrupt:
            _interrupted()
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as e:
            if ctx.obj and ctx.obj.get("verbose"):
                # Whole, then scrubbed: an exception may quote a request with its credentials.
                click.echo(scrub(traceback.format_exc()).rstrip("\n"), err=True)
                sys.exit(EXIT_ERROR)
            if ctx.obj and ctx.obj.get("store") and is_damage(e):
                # RocksDB found the store damaged while reading it, after it opened.
                click.echo(f"Error: {damaged(ctx.obj['store'], str(e))}", err=True)
                sys.exit(EXIT_ERROR)
            expected = isinstance(e, (SyntaxError, ValueError, OSError))
            detail = str(e) if expected else f"unexpected {type(e).__name__}: {e} (run with -v for the traceback)"
            click.echo(f"Error: {for_terminal(scrub(detail))}", err=True)
            sys.exit(EXIT_ERROR)


def _interrupted():
    """Ctrl-C: say what became of the store and exit 130 (128 + SIGINT, as shells do).
    Every write is one transaction, or one rename for a build, so a store is never
    half-written; the message says whether this command's change landed."""
    writes = getattr(sys.modules.get("kg.store"), "WRITES", {"pending": None, "written": []})
    if writes["pending"] is not None:
        what = (f"the change to the store at {writes['pending']} was being applied as one transaction: "
                "it holds all of it or none of it (see 'kg stats')")
    elif writes["written"]:
        what = f"the store at {writes['written'][-1]} had already been written in full"
    else:
        what = "nothing was written; the store is as it was"
    click.echo(f"\nInterrupted: {what}.", err=True)
    sys.exit(130)


def _store_location(ctx, param, value):
    """--store's value, left as given (None when neither it nor KG_STORE is set); a
    location that is a file (given, or the default ./kg-store) is refused here, with one message for every command,
    before any lock file is made (:func:`kg.store.check_location`)."""
    from kg.store import check_location

    if value is None and ctx.obj and ctx.obj.get("group_store") is not None:
        value = ctx.obj["group_store"]  # 'kg --store X query ...': checked when read, before the command
    elif value is not None:
        check_location(value, "--store")
    else:
        check_location(default_location(), "KG_STORE" if os.environ.get("KG_STORE") else "the default, with no --store "
                                                                                      "nor KG_STORE")
    return value


store_option = click.option(
    "--store", "store_path", type=click.Path(path_type=Path), default=None, callback=_store_location,
    help="Location of the on-disk store [default: ./kg-store; env var: KG_STORE].",
)


def _canned_names(ctx, param, incomplete: str):
    """Shell completion of a canned query's name."""
    from click.shell_completion import CompletionItem

    from kg.catalog import load_catalog

    return [CompletionItem(name, help=q.title) for name, q in load_catalog().items() if name.startswith(incomplete)]


def _canned_params(ctx, param, incomplete: str):
    """Shell completion of --param: the parameters of the canned query named before it."""
    from click.shell_completion import CompletionItem

    from kg.catalog import load_catalog

    catalog = load_catalog()
    name = ctx.params.get("name")
    if not name:
        # Click stops parsing at the option still waiting for its value, before NAME is
        # set; the words being completed (COMP_WORDS, for every shell click supports) say it.
        import shlex

        try:
            words = shlex.split(os.environ.get("COMP_WORDS", ""))
        except ValueError:
            words = []
        name = next((w for w in words if w in catalog), None)
    query = catalog.get(name or "")
    if query is None:
        return []
    return [CompletionItem(f"{p.name}=", help=p.description) for p in query.params.values()
            if f"{p.name}=".startswith(incomplete)]


def format_option(choices=RESULT_FORMATS, default="table", help=None):
    """--format/-F, taking a result format's name, arq's short name or its media type."""
    from kg.output import result_format

    def check(ctx, param, value):
        try:
            return value if value is None else result_format(value, choices)
        except ValueError as e:
            raise click.BadParameter(str(e)) from None

    return click.option("--format", "-F", "fmt", default=default, metavar="FORMAT", callback=check,
                        show_default=default is not None,
                        help=help or f"Output format: table for people, or {', '.join(c for c in choices if c != 'table')}.")


def _counting(bar: Progress):
    """A callback for ``bar`` that takes the number of items first, then 1 per item done
    (the ``on_file`` of :func:`kg.ingest.build` and :func:`kg.ingest.ingest`)."""
    started = []

    def on_item(n: int) -> None:
        if started:
            bar.advance(n)
        else:
            started.append(True)
            bar.set_total(n)

    return on_item


def _quiet() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.obj and ctx.obj.get("quiet"))


def _note(msg: str) -> None:
    """A note for the person at the terminal (not an error or a warning): standard error,
    unless --quiet."""
    if not _quiet():
        click.echo(msg, err=True)


def _deprecated_letter(old: str, new: str, command: str) -> None:
    _note(f"Note: '{old}' is deprecated in 'kg {command}'; use '{new}' (one letter means one thing in every command).")


def _guard(location) -> None:
    """Remember the store for the error handler's messages, and stop this process with
    a clear error if reading it takes far more memory than it should (see
    kg.store.watch_memory)."""
    click.get_current_context().obj["store"] = location
    limit = memory_limit(location)

    def exceeded(used: int) -> None:
        click.echo(f"Error: reading the store at {location} took more than {limit >> 20} MiB "
                   f"of memory ({used >> 20} MiB in use), far more than it should: the store is probably damaged. "
                   "Restore it from a backup, or rebuild it with 'kg build'; if the work really needs more "
                   "memory, raise KG_MEMORY_LIMIT (MiB).", err=True)
        os._exit(EXIT_ERROR)  # the main thread is inside Oxigraph: nothing else can stop it

    # Ends with the command (a process that runs several commands keeps no watchers).
    click.get_current_context().call_on_close(watch_memory(limit, exceeded))


def _open(store_path, read_only, create=True):
    location = store_path or default_location()
    _guard(location)
    store = GraphStore.open(location, read_only=read_only, on_wait=_note, create=create)
    # Closed, and its lock let go, when the command ends, on error too: a process that
    # runs several commands (a script, a test worker) holds no store a failed one opened.
    click.get_current_context().call_on_close(store.close)
    return store


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of unexpected errors.")
@click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_remember("quiet"),
              help="No notes or progress bars on standard error, for the command that follows.")
@click.option("--store", type=click.Path(path_type=Path), default=None, expose_value=False, callback=_group_store,
              help="The store of the command that follows, unless it gives its own --store "
                   "[default: ./kg-store; env var: KG_STORE].")
@click.pass_context
def cli(ctx, verbose):
    """A knowledge graph of geopolitics from news articles, with every fact traced to
    the exact words that reported it.

    \b
    Typical session:
      kg init my-corpus        # start a corpus of your own (then: kg add-article)
      kg build                 # this corpus (., ./corpus, else the sample) into ./kg-store
      kg stats                 # what the store holds
      kg extract story.txt -o drafts/   # draft claims from a new article
      kg ingest drafts/story.yaml       # after review: add it to ./kg-store
      kg query -e 'SELECT ...'
      kg validate              # SHACL, quotes, OWL consistency
      kg export -o kg.ttl      # or .nt .nq .trig .jsonld .rdf, and .gz

    Exit codes: 0 ok, 1 the data does not conform or a check failed, 2 usage or load
    error, 141 the reader of the output went away (as with '| head').

    Options common to every command (--store of those that take a store, -q, -v) may
    come before the command too: 'kg --store dev-store query ...' is 'kg query --store
    dev-store ...'; the command's own --store wins where both are given.

    Commands that read a store share it; one that writes it (build, ingest, retract)
    has it alone, and the others wait up to $KG_LOCK_TIMEOUT seconds (default 60).

    \b
    Environment:
      KG_STORE              the store of every command [default: ./kg-store]
      KG_ENDPOINT           the SPARQL endpoint of 'kg query --endpoint' and 'kg push --endpoint'
      KG_ENDPOINT_USER      user for that endpoint (query, push)
      KG_ENDPOINT_PASSWORD  its password (safer here than as an argument)
      KG_ENDPOINT_TIMEOUT   seconds 'kg query --endpoint' waits for an answer [60]
      KG_LOCK_TIMEOUT       seconds to wait for a store another kg process writes [60]
      KG_MEMORY_LIMIT       MiB a command may use reading a store [32 x its size on disk]

    \b
    Shell completion (commands, options, canned query names and their parameters):
      eval "$(_KG_COMPLETE=bash_source kg)"     # in ~/.bashrc; zsh_source, fish_source alike
    """
    ctx.ensure_object(dict)["verbose"] = verbose


@cli.command()
@store_option
@click.option("--corpus", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Corpus folder with articles.yaml, entities.yaml and claims/ [default: the current folder when "
                   "it holds an articles.yaml, else ./corpus when that does, else the sample corpus installed with kg].")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Check the result against the SHACL shapes and the article texts.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes reading the claims files [default: 2, at most one per CPU, from 4 files on]; "
                   "the store is the same.")
@click.option("--replace", is_flag=True,
              help="Replace a store that holds articles the corpus lacks (added with 'kg ingest', or built from "
                   "another corpus), dropping them.")
def build(store_path, corpus, validate, jobs, replace):
    """Build the graph from a whole corpus, replacing what the store held.

    Reads every claims file and checks the whole new graph against the SHACL shapes
    before it replaces the store; if any file is refused, the store is left unchanged.
    A store holding articles that are not in the corpus (added with 'kg ingest', or
    built from another corpus) is left unchanged too (exit 2, naming them) unless
    --replace is given: build into another --store, or ingest the new articles instead.

    Without --corpus, the first of these that holds an articles.yaml is built: the
    current folder (a corpus started with 'kg init', where 'kg add-article' adds to
    it), then its folder 'corpus' (in a checkout, the checkout's own corpus/, as
    edited), else the sample corpus installed with kg. The corpus read is named on
    standard error ("Corpus: ..."). 'kg ingest' and 'kg extract' use the registry of
    the corpus their files are in (the folder above their claims/ or articles/
    folder), and for files of no corpus that of this same corpus.

    \b
    Examples:
      kg build                                   # ., ./corpus or the sample into ./kg-store
      kg build --corpus corpus/dev --store dev-store --no-validate
      kg build --corpus my-corpus --replace      # drop what ./kg-store held
    """
    from kg.corpus import DEFAULT_CORPUS, corpus_here
    from kg.ingest import build as do_build

    location = store_path or default_location()
    _guard(location)
    given = corpus
    if corpus is None:
        corpus = corpus_here() or DEFAULT_CORPUS
    with Progress(None, "files", "Reading claims", shown=not _quiet()) as bar:
        store, report = do_build(location, corpus, on_wait=_note, on_file=_counting(bar),
                                 jobs=jobs, replace=replace)
    if given is None:  # the corpus read, once it was: a refusal names its own files
        _note(f"Corpus: {corpus.resolve()}" + ("" if corpus != DEFAULT_CORPUS else " (the sample corpus installed with kg)"))
    click.echo(f"Built {store.location}: {counted(len(report.articles), 'article')}, {counted(report.claims, 'claim')}, "
               f"{counted(report.facts, 'fact')}, {store.count()} quads (ontology included).")
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo()  # the counts below, apart from the line that says what was built
    _print_stats(store)
    if validate:
        # The shapes were checked before the new store was swapped in.
        sys.exit(_run_validation(store, reason=False, shacl=False))


#: --published and --url of 'kg extract' and 'kg ingest --extract': what a text that
#: states neither gives its drafts.
published_option = click.option(
    "--published", default=None, metavar="YYYY-MM-DD", callback=lambda c, p, v: _publication_date(v),
    help="Publication date of the articles, against which 'on Saturday' or 'last year' is dated "
         "[default: each article's 'Date:' line, HTML metadata or corpus entry].")
url_option = click.option("--url", default=None,
                          help="Where the article was published [default: its 'URL:' line or metadata].")


@cli.command()
@store_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path, allow_dash=True))
@click.option("--dry-run", is_flag=True,
              help="Check the claims files; write nothing: not to the store, and with --extract no drafts "
                   "either, even refused ones (only the shapes' translation may be cached beside an existing store, "
                   "docs/layout.md).")
@click.option("--entities", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Entity registry [default: the entities.yaml of the claims files' corpus, beside their claims/ "
                   "folder; with --extract, that of the articles' corpus, beside their articles/ folder; outside a "
                   "corpus, that of the corpus 'kg build' reads here (., else ./corpus), else the sample corpus's].")
@click.option("--extract", is_flag=True,
              help="PATHS are articles (text, text with a header, HTML): draft their claims as 'kg extract' "
                   "does, names the store already holds taking its entities (their ids and classes), then ingest "
                   "the drafts. The drafts are not kept, unless refused (then in a new folder of the system's temporary "
                   "folder, which the error names, or in -o DIR, to fix; not by --dry-run, nor for an article whose "
                   "reviewed claims the store holds, which no draft replaces): to review them "
                   "first, run 'kg extract ARTICLE… -o DIR', edit, then 'kg ingest DIR'.")
@click.option("-o", "--output", "drafts_out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="With --extract: the folder that keeps the drafts of a refused ingest, to fix them "
                   "(created; DIR-2, DIR-3... where it holds drafts of the same names) [default: a new folder "
                   "kg-drafts-* of the system's temporary folder, not the current one].")
@click.option("--separate-source", is_flag=True,
              help="Ingest a text that is a near copy of another article's (most of its word 5-shingles shared: "
                   "a syndicated story) as a source of its own, once you have checked it is another outlet's "
                   "[default: refused, naming the other article]. The same text but for spacing or quotation marks "
                   "is refused all the same.")
@click.option("--drop-reviewed", is_flag=True,
              help="Let a claims file holding drafted claims replace an article whose reviewed claims it does not "
                   "hold as reviewed (same claim ids), dropping them [default: refused, naming the reviewed claims "
                   "it would drop]. A file whose every claim is reviewed replaces without it.")
@published_option
@url_option
def ingest(store_path, paths, dry_run, entities, extract, drafts_out, published, url, separate_source, drop_reviewed):
    """Add or replace articles from claims files (or folders of them); '-' reads a
    claims file from standard input, as if it were in the current folder. With
    --extract, PATHS are articles whose claims are drafted on the way.

    Each article's named graph is replaced as a unit; all files are checked before
    anything is written (as read, against the SHACL shapes that 'kg validate' uses, and
    against the facts already in the store), and a refused file leaves the store
    unchanged (exit 2). --dry-run runs the same checks, against the store if there is
    one, and writes nothing to the store.

    \b
    Examples:
      kg ingest corpus/claims/000_0f2a5f001831298a.yaml
      kg ingest --dry-run corpus/dev/claims/
      cd corpus && kg ingest - < claims/000_0f2a5f001831298a.yaml
      kg ingest --extract article.html
    """
    import contextlib
    import tempfile

    from kg.entities import load_registry
    from kg.errors import InputError, InputErrors
    from kg.ingest import ingest as do_ingest
    from kg.ontology import kept_vocabulary
    from kg.store import kept_path, looks_like_store

    if drafts_out is not None and not extract:
        raise click.UsageError("-o goes with --extract: it keeps the drafts of a refused 'kg ingest --extract'")
    if (published or url) and not extract:
        raise click.UsageError("--published and --url go with --extract: a claims file's article gives its date "
                               "and address in articles.yaml or inline")
    _check_url(url, paths)
    place = Path(os.path.realpath(store_path or default_location()))
    new, existed = not looks_like_store(place), place.exists()
    # The ontology's vocabulary and the registry, as read, are kept beside a store that
    # exists or is to be written (docs/layout.md), not beside one a dry run only names.
    keep = place.parent.is_dir() and not (dry_run and new)
    kept_vocabulary(kept_path(place, "vocabulary.json") if keep else None)
    registry = load_registry(entities, cache=kept_path(place, "registry.json") if keep else None) if entities else None
    # Only --extract needs a folder for drafts: a plain ingest that is killed leaves nothing in /tmp.
    with (tempfile.TemporaryDirectory(prefix="kg-drafts-") if extract else contextlib.nullcontext()) as drafts:
        if extract:
            articles = _article_files(paths)
            # The entities earlier articles of the store define (their reviewed classes
            # and ids) are known to the drafter as the registry's are.
            stored = _stored_entities_reader(store_path)
            registry = stored(_drafting_registry(articles, entities))
            done = _extract(articles, Path(drafts), registry, published=published, url=url)
            if done.errors:
                raise InputErrors(done.errors)  # nothing drafted reaches the store
            _note(_drafted_summary(done.written, "a temporary folder") + ".")
            # An article nothing was drafted from is not ingested: its text would be in the
            # graph with nothing said of it, though it may state facts the rules missed.
            empty = [w for w in done.written if not w.claims]
            if empty and len(empty) == len(done.written):
                raise InputErrors([InputError(w.source, "no claims were drafted from it, so there is nothing to ingest; "
                                                        "if it states facts, write its claims by hand (kg extract "
                                                        "ARTICLE -o DIR drafts the file to edit)") for w in empty])
            for w in empty:
                click.echo(f"Warning: {for_terminal(str(w.source))}: no claims were drafted from it: not ingested; "
                           "if it states facts, write its claims by hand", err=True)
            paths = [w.path for w in done.written if w.claims]
            registry = stored(_drafting_registry(articles, entities))  # read again: drafting may add to it
        if dry_run:
            store = None if new else _open(store_path, read_only=True)
        else:
            store = _open(store_path, read_only=False)
        # A draft refused for replacing reviewed claims is of no use to fix: no draft
        # replaces them, so it is not kept (no drafts/ folder), and the refusal says what does.
        reviewed_kept = False
        try:
            if extract and not dry_run:
                reviewed_kept = True
                _keep_reviewed(store, done.written)
                reviewed_kept = False
            with Progress(None, "files", "Reading claims", shown=not _quiet()) as bar:
                report = do_ingest(store, paths, registry, dry_run=dry_run, on_file=_counting(bar),
                                   separate_sources=separate_source, drop_reviewed=drop_reviewed)
        except BaseException as e:
            if new and store is not None:
                store.discard(keep_folder=existed)  # a refused first ingest leaves no store
            if extract and isinstance(e, InputErrors) and not reviewed_kept:
                # The drafts' folder is gone once this returns: the drafts are kept where
                # 'kg extract' writes them, to be fixed, and the errors name them there. A
                # dry run writes no file: its errors name the drafts and say how to write them.
                kept = None if dry_run else _keep_drafts(Path(drafts), drafts_out)
                source = {str(w.path): w.source for w in done.written}
                errors = [InputError(source.get(x.path, x.path), x.problem,
                                     x.where if x.path not in source else
                                     f"draft {Path(x.path).name if kept is None else kept / Path(x.path).name}"
                                     + (f", {x.where}" if x.where else "")) for x in e.errors]
                hint = ("A dry run keeps no drafts: to fix them, write them with 'kg extract ARTICLE... -o drafts/', "
                        "edit them there, then 'kg ingest drafts/'" if kept is None else
                        f"The drafts are kept in {kept}/: fix them there (a class, an entity, a claim), then "
                        f"'kg ingest {kept}/'")
                errors[-1] = InputError(errors[-1].path, errors[-1].problem + "\n" + hint, errors[-1].where)
                raise InputErrors(errors) from None
            raise
    verb = "Checked" if dry_run else "Ingested"
    against = f" Compared with the store at {store.location}." if dry_run and store is not None else ""
    click.echo(f"{verb} {len(report.articles)} article(s): {report.claims} claims, {report.facts} facts, "
               f"{report.quads} quads in their article graphs ({', '.join(report.articles)}).{against}")
    if not dry_run and new:
        _note(f"There was no store at {store.location}: this created it (give --store or KG_STORE for another).")
    for aid, changes in report.replaced.items():
        click.echo(f"{'Would replace' if dry_run else 'Replaced'} the version of {aid} already in the store: "
                   + ("; ".join(changes) if changes else "nothing changed: the same metadata, text and claims") + ".")
    if report.drafted:
        # The count is part of the result; how to review them is a note, left out with -q.
        how = ("" if _quiet() else
               ": 'kg query evidence' marks them 'drafted'; review "
               + ("them in a claims file of their own ('kg extract ARTICLE -o DIR' writes it: --extract keeps "
                  "none)" if extract else "them in the claims file")
               + " (set 'review: reviewed', see corpus/CLAIMS.md, 'Drafted claims') and ingest it again, or "
               "keep them out of a canned query with '-p reviewed=true'")
        click.echo(f"{report.drafted} of these {counted(report.claims, 'claim')} {'are' if report.drafted > 1 else 'is'} "
                   f"drafted by 'kg extract' and not yet reviewed{how}.")
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)


def _keep_reviewed(store, written) -> None:
    """Refuse to replace an article whose graph holds claims an analyst wrote or
    reviewed with a fresh draft of it (one replacing a draft is fine)."""
    from kg.errors import InputError, InputErrors
    from kg.namespaces import GKG, article_graph

    errors = []
    for w in written:
        aid = w.path.stem
        if bool(store.query(f"ASK {{ GRAPH <{article_graph(aid).value}> {{ ?c a <{GKG}Claim> "
                            f"FILTER NOT EXISTS {{ ?c <{GKG}reviewStatus> <{GKG}Drafted> }} }} }}", prefixes=False)):
            errors.append(InputError(w.source, f"the store holds article {aid} with reviewed claims, which a new draft "
                                               "would replace, so the draft was neither ingested nor kept. To "
                                               f"replace them, draft the article to a folder ('kg extract {w.source} "
                                               "-o DIR'), review the draft there (mark each claim checked 'review: "
                                               "reviewed'), then 'kg ingest DIR/' replaces the article; or 'kg retract "
                                               f"{aid}' first, then 'kg ingest --extract {w.source}' starts again "
                                               "from a fresh draft"))
    if errors:
        raise InputErrors(errors)


#: What a folder given to 'kg extract' holds that is an article: text and HTML pages.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def _article_files(paths) -> list[Path]:
    """``paths`` with each folder replaced by the articles in it (:data:`ARTICLE_SUFFIXES`,
    sorted by name; not its subfolders); a usage error (exit 2) for a folder holding none.
    A file named twice (as itself, or inside a folder also given) is drafted once."""
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise click.UsageError(f"{p}: folder holds no articles ({', '.join('*' + x for x in ARTICLE_SUFFIXES)})")
            out += found
        else:
            out.append(p)
    once = {}
    for p in out:
        once.setdefault(os.path.realpath(p), p)
    return list(once.values())


def _check_url(url: str | None, articles) -> None:
    """--url: an http(s) address, for one article; a usage error (exit 2) otherwise."""
    if url is not None and len(articles) > 1:
        raise click.UsageError("--url names one article's address: give one article with it")
    if url is not None and not re.fullmatch(r"https?://\S+", url):
        raise click.BadParameter(f"{url!r} is not an http(s) address", param_hint="'--url'")


def _publication_date(value: str | None):
    """--published as a date; a usage error (exit 2) for anything but a day of the
    calendar written YYYY-MM-DD."""
    import datetime as dt

    from kg.periods import date_problem, parse_date

    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or parse_date(value) is None:
        raise click.BadParameter(date_problem(value) or f"{value!r}: use YYYY-MM-DD", param_hint="'--published'")
    return dt.date.fromisoformat(value)


def _extract(paths, out_dir: Path, registry, processes: int | None = None, published=None, url=None, known=None):
    """Draft the claims of the articles at ``paths`` into ``out_dir``
    (:func:`kg.extract.drafts.draft_files`, in ``processes`` worker processes, default
    one per CPU), with a progress bar on a terminal for several files; warnings for
    what the checks dropped, and for articles with no publication date, go to stderr.
    ``published`` (a date) and ``url`` replace what the articles say of themselves;
    ``known`` (:class:`kg.extract.linking.KnownFacts`, by default the facts of the
    claims files beside the registry) gives the drafts the ids of facts the corpus
    already holds."""
    from tqdm import tqdm

    from kg.extract.drafts import draft_files
    from kg.extract.linking import known_facts

    if known is None and registry.source is not None:
        # The facts the registry's corpus already holds (its claims/ folder): a drafted fact
        # that is one of them takes its id, so that the two articles back one fact.
        claims_dir = Path(registry.source).parent / "claims"
        known = known_facts(claims_dir, registry)
        if known.unreadable:
            # Files of the corpus, not of the articles drafted: one line says what it costs the
            # drafts (no fact id taken from them) and where to see why, not each file's problem.
            names = sorted(path.name for path, _ in known.unreadable)
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            click.echo(f"Note: {len(names)} claims file(s) of {for_terminal(str(claims_dir) + os.sep)} could not be read "
                       f"({for_terminal(shown)}; 'kg ingest --dry-run FILE' says why): the drafts take no fact ids "
                       "from them.", err=True)

    def progress(total: int):
        return tqdm(total=total, unit="article", file=sys.stderr, leave=False,
                    disable=_quiet() or total < 2 or not sys.stderr.isatty())

    done = draft_files(paths, out_dir, registry, progress=progress, processes=processes,
                       published=published, url=url, known=known)
    for w in done.written:
        if w.undated:
            click.echo(f"Warning: {for_terminal(str(w.source))}: no publication date (no 'Date:' line, "
                       "metadata or corpus entry): dates relative to it ('on Saturday', 'last year') are "
                       "left out; give --published YYYY-MM-DD", err=True)
        if w.date_conflict:
            click.echo(f"Warning: {for_terminal(str(w.source))}: {w.date_conflict}: dates relative to the "
                       "header's ('on Tuesday', 'last year') may be wrong; correct the header's date or the "
                       "dateline", err=True)
        for warning in w.dropped:
            click.echo(f"Warning: {for_terminal(warning)}", err=True)
    return done


def _drafted_summary(written, out_dir) -> str:
    total = lambda attr: sum(getattr(w, attr) for w in written)  # noqa: E731
    return (f"Drafted {len(written)} file(s) into {out_dir}: {total('claims')} claims, {total('entities')} proposed "
            f"entities; dropped (see the warnings): {total('dropped_claims')} claims, "
            f"{total('dropped_entities')} entities")


@cli.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("drafts"),
              show_default=True, help="Folder for the drafted claims files (and copies of the article texts).")
@click.option("--corpus", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Resolve names with this corpus's entities.yaml.")
@click.option("--entities", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Resolve names with this registry [default: the entities.yaml of the articles' corpus, "
                   "beside their articles/ folder; outside a corpus, that of the corpus 'kg build' reads here (., else "
                   "./corpus), else the sample corpus's].")
@published_option
@url_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes [default: one per CPU from 4 articles on]; the drafts are the same.")
def extract(articles, out_dir, corpus, entities, published, url, jobs):
    """Draft claims files from articles: plain text, text with a 'URL:' / 'Date:' (or
    'Published:') / 'Title:' header, or HTML pages (boilerplate removed). A folder
    stands for the .txt, .html and .htm files in it.

    Each article gives OUTPUT/<article id>.yaml, its claims marked 'review: drafted' and
    the names the registry lacks proposed as entities (those its claims name, and the
    states, bodies and people the article names; once checked, 'kg add-entities OUTPUT'
    moves them into a corpus's entities.yaml); the article id is the file's
    name without its suffix ('lima-talks.txt' gives lima-talks; other characters
    than letters, digits, '_' and '-' become '-'), or the id its corpus's articles.yaml
    gives it. An article from outside the corpus gets its text copied beside it, with
    its author (an 'Author:' line, the page's metadata or the byline) and publisher (a
    'Publisher:' line or the page's site name, proposed as an entity when the registry
    lacks it) in the draft's article. Every drafted claim quotes the text verbatim,
    passes the same reader as 'kg ingest' and the SHACL shapes of 'kg validate' (claims
    that would not, or that quote page furniture, are dropped with a warning). Review
    the file, mark claims 'review: reviewed', then 'kg ingest' it.
    An unreadable article is reported (exit 2) and nothing is written for it; an article
    nothing was drafted from is left out with a warning (exit 2 when that is every one).
    Two limits refuse an article: a file over 4 MiB (4,194,304 bytes) is not read, and
    a text over 400,000 code points (about 400 KB of plain English) is not drafted, which
    keeps time and memory bounded; the message names the one that refused it.

    An article with no publication date (no header, metadata, corpus entry or
    --published) is drafted with its relative dates left out, and said so.

    \b
    Example:
      kg extract article.html -o drafts/
      kg extract story.txt --published 2025-03-04 --url https://example.org/story
      kg extract corpus/dev/articles/*.txt --corpus corpus/dev -o drafts/
    """
    from kg.entities import load_registry

    if corpus and entities:
        raise click.UsageError("give --corpus or --entities, not both")
    articles = _article_files(articles)
    _check_url(url, articles)
    if published and published > published.today():  # a dt.date: today() is the local date
        click.echo(f"Warning: publication date {published} is after today; relative dates are counted from it",
                   err=True)
    _refuse_unreadable(articles)
    registry = _drafting_registry(articles, entities or (corpus / "entities.yaml" if corpus else None))
    done = _extract(articles, out_dir, registry, jobs, published=published, url=url)
    for e in done.errors:
        click.echo(f"Error: {for_terminal(str(e))}", err=True)
    # An article nothing was drafted from (a saved table, a page of links, a text stating
    # no fact the rules know) is left out with a warning, as 'kg ingest --extract' leaves it
    # out: its draft would put the text in the graph with nothing said of it.
    empty = [w for w in done.written if not w.claims]
    for w in empty:
        _unwrite(w)
        click.echo(f"Warning: {for_terminal(str(w.source))}: no claims were drafted from it: no draft written; "
                   "if it is an article that states facts, write its claims by hand", err=True)
    done.written = [w for w in done.written if w.claims]
    if done.written:
        click.echo(_drafted_summary(done.written, out_dir)
                   + (f"; {len(done.errors)} article(s) refused." if done.errors else "."))
    else:  # nothing written: no folder to name
        click.echo("Drafted nothing" + (f": {len(done.errors)} article(s) refused" if done.errors else "")
                   + (f"{'; ' if done.errors else ': '}no claims drafted from {len(empty)} article(s)" if empty else "")
                   + ".", err=True)
    _note_registry(done.written, registry)
    _note_proposals(done.written, registry, out_dir)
    if done.errors or not done.written:
        sys.exit(EXIT_ERROR)


def _note_proposals(written, registry, out_dir: Path) -> None:
    """Say how the entities the drafts propose reach the registry of a corpus of one's
    own ('kg add-entities'), so that none is typed in again by hand; nothing for drafts
    that propose none, or that name the sample corpus's registry (installed with kg, not
    a file to add to)."""
    from kg.ingest import corpus_registry
    from kg.resources import DEFAULT_CORPUS

    proposed = sum(w.entities for w in written)
    if not proposed or registry.source is None or \
            Path(registry.source).resolve().parent == Path(DEFAULT_CORPUS).resolve():
        return
    used = Path(registry.source)
    named = "" if corpus_registry([w.path for w in written]).resolve() == used.resolve() else f" --corpus {used.parent}"
    _note(f"The drafts propose {proposed} entities the registry lacks, under each file's 'entities:' (the class is a "
          f"guess): check them, then 'kg add-entities {out_dir}{named}' moves them into {used}.")


def _refuse_unreadable(articles) -> None:
    """Exit with each file's problem when none of ``articles`` reads as an article
    (:func:`kg.extract.text.read_source`: empty, not UTF-8, a bad header date...), before
    the drafting rules and the language model are loaded (seconds and 150 MB or more).
    Returns at the first file that reads: the drafting run then reports the others."""
    from kg.extract.drafts import _with_drafting_limit
    from kg.extract.text import read_source

    refused = []
    for path in articles:
        try:
            read_source(path)
            return
        except InputError as e:
            refused.append(_with_drafting_limit(e, Path(path)))
    for e in refused:
        click.echo(f"Error: {for_terminal(str(e))}", err=True)
    click.echo(f"Drafted nothing: {len(refused)} article(s) refused.", err=True)
    sys.exit(EXIT_ERROR)


def _unwrite(written) -> None:
    """Remove the claims file and the text copy a draft (:class:`kg.extract.drafts.Written`)
    was written as."""
    for path in (written.path, written.text_path):
        if path is not None:
            path.unlink(missing_ok=True)


def _stored_entities_reader(store_path):
    """A function giving a registry (:class:`kg.entities.EntityRegistry`) the entities
    of the store at ``store_path`` (or the default one) it lacks
    (:func:`kg.ingest.with_stored_entities`), read once; the registry as it is where
    there is no store yet."""
    from kg.ingest import stored_entities, with_stored_entities
    from kg.store import looks_like_store

    place = Path(os.path.realpath(store_path or default_location()))
    found = []
    if looks_like_store(place):
        store = _open(store_path, read_only=True)
        try:
            found = stored_entities(store)
        finally:
            store.close()

    return lambda registry: with_stored_entities(registry, found)


def _keep_drafts(folder: Path, out: Path | None = None) -> Path:
    """Copy the drafted claims files of ``folder`` (a temporary one), with the article
    texts beside them, to ``out`` (kg ingest -o), or ``out``-2, ``out``-3... where a file
    of the same name is there already (nothing is overwritten); without ``out``, to a new
    folder ``kg-drafts-*`` of the system's temporary folder, so that refused runs leave
    nothing in the folder they were run from. Where ``out`` cannot be written (OSError),
    they go to the temporary folder too, so that the refusal being reported is not
    hidden. Returns the folder they went to."""
    import shutil
    import tempfile

    def copy(to: Path) -> None:
        for p in folder.iterdir():
            if p.is_file():
                shutil.copy2(p, to / p.name)

    if out is not None:
        names = [p.name for p in folder.iterdir()]
        n = 1
        while True:
            kept = out if n == 1 else out.with_name(f"{out.name}-{n}")
            if not any((kept / name).exists() for name in names):
                break
            n += 1
        try:
            kept.mkdir(parents=True, exist_ok=True)
            copy(kept)
            return kept
        except OSError:
            pass
    kept = Path(tempfile.mkdtemp(prefix="kg-drafts-"))
    copy(kept)
    return kept


def _drafting_registry(articles: list[Path], given: Path | None):
    """The registry names are resolved with when drafting ``articles`` (files): ``given``
    (--entities, or --corpus's), else that of the corpus the articles lie in (the
    ``entities.yaml`` beside their ``articles/`` folder, as :func:`kg.ingest.corpus_registry`
    finds a claims file's; empty for a corpus with none yet), else that of the current
    folder's corpus (:func:`kg.corpus.corpus_here`), else the sample corpus's.
    Raises :class:`InputError` for articles of corpora with different registries."""
    from kg.entities import load_registry
    from kg.ingest import corpus_registry

    return load_registry(given) if given else load_registry(corpus_registry(articles), missing_ok=True)


def _note_registry(written, registry) -> None:
    """Say how to ingest drafts whose names come from a registry that 'kg ingest' would
    not take for them by itself (that of the corpus they are in, else the current folder's
    corpus, else the sample's)."""
    from kg.ingest import corpus_registry

    if not written or registry.source is None:
        return
    used = Path(registry.source).resolve()
    if corpus_registry([w.path for w in written]).resolve() != used:
        # The full path: "entities.yaml" alone does not say which corpus's registry it is.
        _note(f"The drafts name entities of the registry {used}: check or ingest them with "
              f"'kg ingest --entities {used} FILE…'.")


@cli.command("init")
@click.argument("corpus", type=click.Path(path_type=Path))
def init_command(corpus):
    """Start a corpus in folder CORPUS: articles.yaml and entities.yaml with comments
    that say what goes in them, empty articles/ and claims/ folders, and
    claims/TEMPLATE.yaml.example, a claims file to copy for each article.
    Never overwrites a file: if one is already there, says which (exit 2) and writes
    nothing.

    \b
    Then:
      kg add-article story.txt --corpus my-corpus      # the text and its metadata
      kg extract my-corpus/articles/ -o my-corpus/claims/   # drafts, proposing the names they need
      kg add-entities my-corpus/claims/                # once checked: the proposals into entities.yaml
      kg ingest --dry-run my-corpus/claims/            # check the claims as you review them
      kg build --corpus my-corpus --store my-store
    or write a claims file by hand from the template:
      cp my-corpus/claims/TEMPLATE.yaml.example my-corpus/claims/<article id>.yaml

    \b
    Example:
      kg init my-corpus
    """
    from kg.scaffold import init_corpus

    started = init_corpus(corpus)
    c = started.corpus
    click.echo(f"Started a corpus in {c}: {', '.join(str(p) for p in started.files)}. "
               f"Add an article with 'kg add-article TEXT --corpus {c}'; draft its claims with "
               f"'kg extract {c / 'articles'} -o {c / 'claims'}', and once you have checked the entities the drafts "
               f"propose, 'kg add-entities {c / 'claims'}' moves them into {c / 'entities.yaml'}.")


@cli.command("add-article")
@click.argument("text_file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--corpus", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Corpus folder to add to [default: the current folder, when it holds an articles.yaml].")
@click.option("--id", "article_id", default=None, help="The article's id [default: NNN_<SHA-256 prefix>].")
@click.option("--url", default=None, help="Where it was published [default: the file's 'URL:' header line].")
@click.option("--published", default=None, help="Publication date YYYY-MM-DD [default: its 'Date:' or 'Published:' line].")
@click.option("--published-inferred/--published-stated", "published_inferred", default=None,
              help="Whether the date was inferred from the events reported [default: its 'Published-Inferred:' line, else left out].")
@click.option("--published-basis", default=None, help="Why the date is what it is [default: its 'Published-Basis:' line].")
@click.option("--title", default=None, help="The headline [default: its 'Title:' line].")
@click.option("--publisher", default=None, help="Publisher, an entity of the corpus registry [default: its 'Publisher:' line].")
@click.option("--dateline", default=None,
              help="Where the report was filed from, as printed [default: its 'Dateline:' line, else the text's own "
                   "dateline, 'KYIV, May 3 -' giving KYIV].")
@click.option("--author", default=None,
              help="Who wrote it, as the byline names them; several separated by ';' [default: its 'Author:' line, "
                   "else the text's byline, 'By Mira Solberg, Harbourline Wire' giving Mira Solberg].")
@click.option("--update", is_flag=True,
              help="For a text already in the corpus: replace its record's metadata with what the options and the "
                   "file's header give (its id, file and SHA-256 stay) [default: such a text is refused].")
@click.option("--separate-source", is_flag=True,
              help="Add a text that is a near copy of another article's (a syndicated story) as a source of its own, "
                   "once you have checked it is another outlet's; recorded as 'separate_source: true' [default: "
                   "refused, naming the other article]. The same text but for spacing or quotation marks is refused "
                   "all the same.")
def add_article_command(text_file, corpus, article_id, url, published, published_inferred, published_basis, title, publisher,
                        dateline, author, update, separate_source):
    """Add an article to a corpus from a text file: copies the text (without its header)
    to articles/, records its SHA-256, URL and date in articles.yaml. An HTML page is
    read as 'kg extract' reads it: its main text, and URL, title and date from its
    metadata. Start a corpus of your own with 'kg init DIR' first.

    \b
    Examples:
      kg add-article story.txt --corpus my-corpus       # URL:, Date:, Title: header lines
      kg add-article page.html --corpus my-corpus
      kg add-article story.txt --corpus my-corpus --url https://example.org/story --published 2025-03-04
      kg add-article story.txt --corpus my-corpus --update --published 2025-03-04   # date it afterwards
    """
    import datetime as dt

    from kg.addarticle import add_article
    from kg.errors import InputError

    if corpus is None:
        # Never the sample corpus by default: installed, it lies inside the package.
        if not Path("articles.yaml").is_file():
            raise InputError(Path.cwd(), "no corpus to add to: give --corpus DIR (start one with 'kg init DIR'), "
                                         "or run this in a corpus folder (one holding articles.yaml)")
        corpus = Path(".")
    added = add_article(corpus, text_file, article_id, update=update, separate_source=separate_source, url=url, published=published,
                        published_inferred=published_inferred, published_basis=published_basis,
                        title=title, publisher=publisher, dateline=dateline, author=author)
    e = added.entry
    if added.changed is not None:
        said = "; ".join(f"{k} {'none' if old is None else old} -> {'none' if new is None else new}" for k, (old, new) in added.changed.items())
        click.echo(f"Updated article {e['id']} in {corpus / 'articles.yaml'}: {said or 'nothing to change'}.")
        return
    names = e.get("author")
    by = f", by {names if isinstance(names, str) else ' and '.join(names)}" if names else ""
    click.echo(f"Added article {e['id']}: {added.length} code points, SHA-256 {e['sha256']}, "
               f"URL {e['url'] or 'unknown'}, published {e['published'] or 'unknown'}{by}, to {corpus / 'articles.yaml'}. "
               f"Write its claims in {corpus / 'claims' / (e['id'] + '.yaml')}, or draft them with "
               f"'kg extract {corpus / e['file']} -o {corpus / 'claims'}'.")
    if added.near_copy_of is not None:
        click.echo(f"It is a near copy of article {added.near_copy_of.article} ({added.near_copy_of.resemblance:.0%} of "
                   "their word 5-shingles shared), recorded as a source of its own: separate_source: true.")
    if added.publisher_unrecorded:
        from kg.addarticle import declare_publisher

        name, where = added.publisher_unrecorded
        _note(f"Note: {text_file}: no publisher recorded, though '{for_terminal(name)}' is named in {where}, which "
              f"{corpus / 'entities.yaml'} lacks: if it is the publisher, declare it there "
              f"({declare_publisher(name)}) and run kg add-article {text_file} --corpus {corpus} --update")
    if added.dateline_unread:
        _note(f"Note: {text_file}: no dateline recorded, though '{for_terminal(added.dateline_unread)}' looks like one (the place "
              "in capitals, a date or an agency, a dash, as 'KYIV, 9 May 2025 -' is read); if it is, give the place "
              f"with kg add-article {text_file} --corpus {corpus} --update --dateline PLACE")
    if e["published"] and e["published"] > dt.date.today():
        click.echo(f"Warning: {text_file}: publication date {e['published']} is after today; check it "
                   "(dates such as 'on Tuesday' in its claims are read from it)", err=True)
    elif not e["published"]:
        click.echo(f"Warning: {text_file}: no publication date (no 'Date:' line, page metadata, dateline or date "
                   "line at the top): dates in its claims relative to it ('on Tuesday', 'last year') cannot be read; "
                   f"give it with kg add-article {text_file} --corpus {corpus} --update --published YYYY-MM-DD",
                   err=True)


@cli.command("add-entities")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--corpus", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Corpus whose entities.yaml takes them [default: the corpus of the claims files (the entities.yaml "
                   "beside their claims/ folder), else the corpus of the current folder].")
@click.option("--dry-run", is_flag=True, help="Say what would be moved; write nothing.")
def add_entities_command(paths, corpus, dry_run):
    """Move the entities claims files declare under 'entities:' (the names a draft
    proposes, once you have checked each one's class) into the corpus's entities.yaml,
    so that every article's claims can name them and later drafts know them. Each entry
    the registry lacks is appended to it, one line each; the 'entities:' block is taken
    out of each file. An entry the registry already holds with as much detail or more
    (the same class, names among its own, no other Wikidata id, 'of' or description) is
    dropped as already there, and named when the registry's says more. An entry the
    registry or another file declares with other values, or whose 'of' names no state,
    refuses the run (exit 2), and nothing is written.

    \b
    Example:
      kg extract my-corpus/articles/ -o my-corpus/claims/   # drafts, with the names they need proposed
      kg add-entities my-corpus/claims/                     # once checked: into my-corpus/entities.yaml
    """
    from kg.addentities import add_entities
    from kg.errors import InputError
    from kg.ingest import claims_files, corpus_registry
    from kg.resources import DEFAULT_CORPUS

    files = claims_files(paths)
    target = corpus / "entities.yaml" if corpus else corpus_registry(files)
    if corpus is None and target.resolve().parent == Path(DEFAULT_CORPUS).resolve():
        # Never the sample corpus by default: installed, it lies inside the package.
        raise InputError(files[0], "no corpus of your own to add them to: these files lie in no corpus and this folder "
                                   "is none; give --corpus DIR (start one with 'kg init DIR')")
    moved = add_entities(files, target, dry_run=dry_run)
    if not moved.files:
        click.echo(f"Nothing to move: the files declare no entities under 'entities:'; {target} is unchanged.")
        return
    verb = "Would add" if dry_run else "Added"
    known = f"; {len(moved.known)} already there" if moved.known else ""
    if moved.detailed:
        # Proposals the registry holds with more detail (aliases added by hand): dropped, not refused.
        known += f", {', '.join(moved.detailed)} with more detail than proposed (kept as the registry has it)"
    click.echo(f"{verb} {len(moved.added)} entit{'y' if len(moved.added) == 1 else 'ies'} to {target}"
               + (f" ({', '.join(e['id'] for e in moved.added)})" if moved.added else "") + known
               + f"; {len(moved.files)} claims file(s) {'would ' if dry_run else ''}no longer declare them.")


@cli.command()
@store_option
@click.argument("articles", nargs=-1, required=True)
def retract(store_path, articles):
    """Remove articles, and every fact that no other article supports.

    \b
    Example:
      kg retract 004_6755ae55a4596b3b
    """
    from kg.ingest import retract as do_retract

    store = _open(store_path, read_only=False, create=False)
    removed = do_retract(store, articles)
    click.echo(f"Retracted {', '.join(removed)}; the store now holds {len(store.article_ids())} article(s).")


def _run_validation(store, reason: bool, fmt: str = "text", shacl: bool = True, engine: str = "sparql",
                    jobs: int | None = 1) -> int:
    from kg.validate import validate as do_validate

    with Progress(2 * int(shacl) + 1 + int(reason), "checks", "Validating", shown=not _quiet()) as bar:
        begun = []

        def on_check(name: str) -> None:  # a check starts: the one before it is done
            if begun:
                bar.advance()
            begun.append(name)
            bar.bar.set_description(f"Validating: {name}")

        report = do_validate(store, reason=reason, shacl=shacl, on_check=on_check, engine=engine, jobs=jobs)
    if fmt == "json":
        click.echo(json.dumps({
            "conforms": report.conforms, "checked": report.checked,
            "problems": [p.__dict__ | {"sources": list(p.sources)} for p in report.problems],
        }, indent=2, ensure_ascii=False))
    else:
        for p in report.problems:
            click.echo(str(p))
        verdict = "conforms" if report.conforms else f"does NOT conform: {len(report.problems)} problem(s)"
        click.echo(f"Validation ({', '.join(report.checked)}): {verdict}.")
    return EXIT_OK if report.conforms else EXIT_NONCONFORMING


@cli.command()
@store_option
@click.option("--reason/--no-reason", default=True, show_default=True,
              help="Also check OWL consistency with the HermiT reasoner (needs Java).")
@click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--engine", type=click.Choice(["sparql", "pyshacl"]), default="sparql", show_default=True,
              help="Run the shapes as SPARQL on the store, or with pySHACL on a copy of it in memory (slow; to cross-check).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes running the shapes' queries and the quote check, each reading the store "
                   "[default: 2, at most one per CPU, for a store of 200 articles or more].")
def validate(store_path, reason, fmt, engine, jobs):
    """Check the store: SHACL shapes, every quote against its article's text at its
    offsets, and OWL consistency. Exit 1 if anything does not conform.

    \b
    Examples:
      kg validate
      kg validate --no-reason -F json | jq .problems
      kg validate --no-reason --engine pyshacl
    """
    store = _open(store_path, read_only=True)
    sys.exit(_run_validation(store, reason, fmt, engine=engine, jobs=jobs))


def _runner(store_path, endpoint, user, password, auth, timeout=60.0):
    """A function running SELECT text on the embedded store or a remote endpoint
    (``timeout``: seconds to wait for the endpoint's answer)."""
    if endpoint:
        from kg.remote import RemoteEndpoint

        remote = RemoteEndpoint(endpoint, user, password, auth, timeout=timeout)
        return remote.select, remote
    store = _open(store_path, read_only=True)

    def run(text):
        try:
            return solutions(store.query(text, prefixes=False))
        except SyntaxError as e:
            raise KGError(f"SPARQL syntax error: {e}") from None

    return run, store


def _parse_params(params) -> dict[str, str]:
    out = {}
    for p in params:
        if "=" not in p:
            raise click.UsageError(f"--param takes key=value, got {p!r}")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


#: Query names ending so are files of SPARQL, as arq and Oxigraph read them.
QUERY_FILE_SUFFIXES = (".rq", ".sparql", ".ru")


def _query_text(name, sparql, query_file):
    """The query the user gave: (text, canned name or None). A NAME that is '-', ends
    in .rq/.sparql or holds a '/' is a file of SPARQL ('-' standard input); one with a
    space or a brace (and no file of that name) is the query itself, IRIs' slashes and all (as arq takes it; 'kg query -q QUERY', the old
    spelling of --sparql, still reads so, -q now meaning --quiet)."""
    # Text with a space or a brace is a query, even with IRIs' slashes in it, unless a file
    # of that name exists; otherwise a slash or a SPARQL suffix makes it a file.
    is_text = bool(name) and (any(c.isspace() for c in name) or "{" in name) and not Path(name).is_file()
    if name and not is_text and (name == "-" or name.endswith(QUERY_FILE_SUFFIXES) or "/" in name):
        name, query_file = None, name
    elif name and not sparql and is_text:
        name, sparql = None, name
    given = [x for x in (name, sparql, query_file) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: a canned query NAME ('kg query --list' lists them), FILE.rq or text, --sparql or --file")
    if name:
        return None, name
    if sparql:
        return sparql, None
    return _read_input(query_file), None


def _read_input(path: str) -> str:
    """The UTF-8 text of the file at ``path``, or of standard input for '-'. Raises
    :class:`kg.errors.InputError` naming the file ('<stdin>') and the problem."""
    from kg.errors import InputError

    where = "<stdin>" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as e:
        raise InputError(where, f"cannot read it: {e.strerror or e}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        from kg.corpus import not_utf8

        raise InputError(where, not_utf8(data, e, "not UTF-8 text", None if path == "-" else Path(path))) from None


@cli.command()
@store_option
@click.argument("name", required=False, shell_complete=_canned_names)
@click.option("--sparql", "-e", "sparql", metavar="QUERY", help="A SPARQL query to run instead of a canned one.")
@click.option("--file", "-f", "query_file", metavar="FILE",
              help="A file holding a SPARQL query; '-' reads it from standard input.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", shell_complete=_canned_params,
              help="A parameter of the canned query (repeatable). Entities by label, alias or IRI.")
@click.option("--endpoint", envvar="KG_ENDPOINT", show_envvar=True,
              help="Query this SPARQL endpoint instead of the embedded store.")
@click.option("--user", envvar="KG_ENDPOINT_USER", show_envvar=True, help="User for the endpoint.")
@click.option("--password", envvar="KG_ENDPOINT_PASSWORD", show_envvar=True,
              help="Password for the endpoint; prefer the environment variable (others can see arguments).")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True)
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=60.0, show_default=True,
              envvar="KG_ENDPOINT_TIMEOUT", show_envvar=True, metavar="SECONDS",
              help="With --endpoint: seconds to wait for the endpoint's answer.")
@click.option("--format", "-F", "fmt", default=None, metavar="FORMAT",
              help="SELECT: table (for people; one field a line where a table would cut names), expanded (one field a "
                   "line), json (records), sparql-json (srj), xml (srx), csv, tsv, or their "
                   "media types; ASK: the same (table prints true or false); CONSTRUCT and DESCRIBE: any format "
                   "of 'kg export' [default: table, or turtle, or from the -o file's extension].")
@click.option("-o", "--output", default=None, metavar="FILE",
              help="Write the results to FILE (whole or not at all); '-' is standard output.")
@click.option("--limit", "limit", type=click.IntRange(1), default=None, metavar="N",
              help="A canned query: at most N rows, the first in its order (default on standard output: 100).")
@click.option("--all", "all_rows", is_flag=True,
              help="A canned query: every row on standard output too (queries paged by a limit parameter: up to 100,000).")
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries (as 'kg queries' does) and exit.")
def query(store_path, name, sparql, query_file, params, endpoint, user, password, auth, timeout, fmt, output, limit,
          all_rows, list_queries):
    """Run a canned query by NAME (see 'kg queries'), a query file, or any SPARQL query.

    A canned query shows the first 100 rows in its order on standard output, and says
    on standard error when there are more: --limit N shows N, --all every row. A file
    written with -o holds every row (unless --limit is given).

    Canned queries that list every fact or article (facts, corroborated,
    single-source, sources, conflicts, loans, exercises, votes) and an entity's
    timeline page in the query itself: --param limit=N (default 100; --limit N is
    the same) and --param offset=N; the validated numbers are written into the
    query's LIMIT and OFFSET clauses, since SPARQL cannot bind them.

    In a canned query's table (and -F expanded), a column that names another fact
    (about, since, voted_on) shows it in words: its title, else its kind, named
    participants and date. The 'fact' column, and a fact that is a row of the same
    answer, keep their ids for 'kg query evidence -p fact=ID'; JSON and the W3C
    formats keep every id.

    Queries see the union of all graphs. With --sparql or a file, common prefixes
    (gkg:, rdfs:, skos:, prov:, oa:, dcterms:, xsd:, ...) are predeclared. Results
    in the W3C formats (SPARQL JSON, XML, CSV, TSV) are written by Oxigraph.

    \b
    Examples:
      kg query meetings --param person="Min Aung Hlaing"
      kg query evidence -p fact=talks-putin-min-aung-hlaing-2025-03-04 --format json
      kg query -e 'SELECT ?name WHERE { ?p a gkg:Person ; rdfs:label ?name } ORDER BY ?name'
      kg query mine.rq -F csv -o mine.csv
      echo 'ASK { id:russia a gkg:State }' | kg query -f -
      kg query -e 'DESCRIBE id:russia' -o russia.ttl
    """
    from kg.namespaces import SPARQL_PREFIXES

    if list_queries:
        click.get_current_context().invoke(queries, name=None, fmt="table")
        return
    text, name = _query_text(name, sparql, query_file)
    run, backend = _runner(store_path, endpoint, user, password, auth, timeout)
    if name:
        from kg.catalog import execute, get
        from kg.output import AGAINST_FROM_SUMMARY, with_negative_sources
        from kg.query import first_rows, page_note, with_limit

        canned = get(name)
        values, page, size = _page(canned, _parse_params(params), limit, all_rows, output)
        read_as: list[str] = []
        bound = canned.bind(values, run, inside=not endpoint, notes=read_as)
        more = False
        if page and not endpoint:
            # The embedded store evaluates a subquery the text repeats once, and a page
            # of what the rows describe first (kg/catalog.py, kg/query.py).
            variables, rows, more = first_rows(bound, page, lambda text: canned.execute(text, run))
        elif page:
            variables, rows = run(with_limit(bound, page + 1))  # one row more tells whether the answer goes on
            more, rows = len(rows) > page, rows[:page]
        elif endpoint:
            # A remote endpoint runs the text as written (the rewrites of execute give
            # tables Virtuoso 7's cost estimate refuses), except for the page of a query
            # that chooses what it reads by the page's bounds: chosen first, else the
            # query reads every row before the page (and Virtuoso refuses it).
            variables, rows = execute(bound, run, once=False) if canned.reads_by_page else run(bound)
        else:
            variables, rows = canned.execute(bound, run)
        if endpoint and not rows:
            _check_remote_dataset(backend)
        if AGAINST_FROM_SUMMARY in canned.sparql:
            rows = with_negative_sources(variables, rows, run)
        _emit_rows(variables, rows, fmt, output, durations=True, run=run)
        for note in read_as:  # how a name was read, where it also names another person
            _note(note)
        # Where else the answer is (the query's header, if_empty), and, for a hint that says
        # so (say_with_rows), where more of it is when some rows were found.
        for hint in canned.empty_hints(values, run, inside=not endpoint, found_rows=bool(rows)):
            _note(hint)
        if size:
            offset = next((int(values.get(p.name, p.default or 0)) for p in canned.params.values() if p.type == "offset"), 0)
            note = page_note(len(rows), len(rows) == size, offset + size)
        else:
            note = page_note(len(rows), more)
        if note:
            _note(note)
        return
    if params or limit or all_rows:
        raise click.UsageError("--param, --limit and --all go with a canned query NAME")
    if endpoint:
        text = SPARQL_PREFIXES + text
        form = _query_form(text)
        if form == "ASK":
            answer = backend.ask(text)
            if not answer:
                _check_remote_dataset(backend)
            result = ox.parse_query_results(json.dumps({"head": {}, "boolean": answer}).encode(),
                                            format=ox.QueryResultsFormat.JSON)
        elif form in ("CONSTRUCT", "DESCRIBE"):
            result = backend.construct(text)
            if not result:
                _check_remote_dataset(backend)
        else:
            variables, rows = run(text)
            if not rows:
                _check_remote_dataset(backend)
            _emit_rows(variables, rows, fmt, output)
            return
    else:
        try:
            result = backend.query(text)
        except SyntaxError as e:
            raise KGError(f"SPARQL syntax error: {e}") from None
    _print_result(result, fmt, output)


def _page(canned, values: dict[str, str], limit, all_rows, output) -> tuple[dict[str, str], int | None, int | None]:
    """How a canned query's answer is cut (kg/query.py): (the parameter values, with a
    query's own ``limit`` set from --limit or --all; the rows to keep of a query without
    one, None for all; the page size of a query with one, None without)."""
    if limit and all_rows:
        raise click.UsageError("give --limit N or --all, not both")
    own = next((p for p in canned.params.values() if p.type == "limit"), None)
    if own is None:
        to_file = output and output != "-"
        return values, limit or (None if all_rows or to_file else DEFAULT_PAGE), None
    if own.name in values and (limit or all_rows):
        raise click.UsageError(f"give --limit or --param {own.name}, not both")
    values = dict(values)
    if limit or all_rows:
        values[own.name] = str(limit or MAX_ROWS)
    raw = values.get(own.name, own.default)
    return values, None, int(raw) if str(raw).strip().lstrip("+").isdigit() else None


def _emit(data: bytes | str, output) -> None:
    """Results to standard output, or to the file ``output`` whole or not at all."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if output and output != "-":
        from kg.files import write_atomically

        write_atomically(Path(output), data)
        _note(f"Wrote {output} ({len(data)} bytes).")
        return
    try:
        # Bytes go around the scrubbing text stream: scrub them here (a remote answer
        # may echo the credentials sent to it).
        text = ScrubbedStream.clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        text = None  # compressed: no credential is written in clear either way
    if text is not None:
        if sys.stdout.isatty():
            # Data read by a person: no escape sequence of the data reaches the terminal.
            text = for_terminal(text)
            if text and not text.endswith("\n"):
                text += "\n"  # the W3C JSON and XML writers end without one
        data = text.encode("utf-8")
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def _select_format(fmt, output) -> str:
    """A SELECT's or ASK's result format: --format, else the -o file's extension (.srj
    .json .srx .xml .csv .tsv), else a table. Raises click.BadParameter for an unknown
    format, and for an -o file whose extension names a graph format (.ttl, .nq, ...:
    kg.output.GRAPH_EXTENSIONS) with no --format."""
    from kg.output import GRAPH_EXTENSIONS, result_format

    chosen = None
    if fmt:
        try:
            chosen = result_format(fmt)
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="'--format'") from None
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    by_extension = {".srj": "sparql-json", ".json": "sparql-json", ".srx": "xml", ".xml": "xml",
                    ".csv": "csv", ".tsv": "tsv"}
    if suffix == ".gz":
        suffix = Path(Path(output).stem).suffix.lower() or suffix
    # What each extension may hold: a .json file JSON records or SPARQL JSON.
    fits = {".json": ("json", "sparql-json")}
    if chosen and suffix in by_extension and chosen not in fits.get(suffix, (by_extension.get(suffix),)):
        # as kg export refuses '-F ttl -o x.nt': a file whose name says one format and holds another
        raise click.BadParameter(f"--format {fmt} contradicts the file's extension ({output}): name the file "
                                 f"for its format, or leave --format out", param_hint="'--format'")
    if chosen and suffix not in GRAPH_EXTENSIONS:
        return chosen
    if suffix in GRAPH_EXTENSIONS:
        # A graph format for rows would write a table under a name that promises RDF.
        raise click.BadParameter(f"{output}: a {GRAPH_EXTENSIONS[suffix]} file holds a graph, and these results are "
                                 f"rows (SELECT or ASK); name the file .csv, .tsv, .srj, .json, .srx, .xml or .txt "
                                 f"(a table), or use CONSTRUCT or DESCRIBE for a graph", param_hint="'--output'")
    return by_extension.get(suffix, "table")


def _table_width(output) -> int | None:
    """The width a table must fit: the terminal's (or $COLUMNS) when people read it."""
    import shutil

    if output and output != "-":
        return None
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return shutil.get_terminal_size().columns
    return None


def _emit_rows(variables, rows, fmt, output, durations: bool = False, run=None) -> None:
    """Write result rows in ``fmt`` to ``output``; ``durations`` (a canned query's rows)
    says ISO 8601 durations in words outside the W3C formats (kg.output.render); with
    ``run`` (a canned query's runner), a table or expanded display names the facts its
    columns refer to in words, not ids (kg.output.with_fact_words)."""
    from kg.output import W3C_FORMATS, render, with_fact_words

    fmt = _select_format(fmt, output)
    if run is not None and fmt in ("table", "expanded"):
        rows = with_fact_words(variables, rows, run)
    if fmt in W3C_FORMATS:
        from kg.output import w3c_results

        data = w3c_results(variables, rows, fmt)
    else:
        data = render(variables, rows, fmt, width=_table_width(output), durations=durations).encode("utf-8")
    if output and output != "-" and str(output).lower().endswith(".gz"):
        from kg.export import compress

        data = compress(data)  # a file named .gz holds gzip, as kg export writes it
    _emit(data, output)


def _check_remote_dataset(remote) -> None:
    """An empty answer may only mean that the store's queries cannot see our graphs."""
    if remote.hides_named_graphs():
        raise KGError(f"{remote.url} holds the graphs, but its default graph is not the union of its named "
                      "graphs, so queries without GRAPH (like this one) find nothing there. Start Oxigraph server "
                      "with --union-default-graph (Fuseki: tdb2:unionDefaultGraph true); see "
                      "docs/external-stores.md.")


def _query_form(text: str) -> str:
    """The form of a SPARQL query: SELECT, ASK, CONSTRUCT or DESCRIBE, read by RDFLib's
    SPARQL 1.1 parser (parsing only: nothing is evaluated, so no SERVICE is called), which
    a keyword search would confuse with a prefix or a string ('PREFIX ask: …'). A query it
    does not parse is sent as a SELECT, and the endpoint says what is wrong with it."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        name = parseQuery(text)[1].name
    except Exception:
        return "SELECT"
    return {"AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}.get(name, "SELECT")


@cli.command()
@click.argument("name", required=False, shell_complete=_canned_names)
@format_option(("table", "json"))
def queries(name, fmt):
    """List the canned queries, or show one: description, parameters and SPARQL.

    \b
    Examples:
      kg queries
      kg queries meetings
    """
    from kg.catalog import get, load_catalog

    if name:
        q = get(name)
        if fmt == "json":
            click.echo(json.dumps({"name": q.name, "title": q.title, "description": q.description,
                                   "params": [p.__dict__ for p in q.params.values()],
                                   "example": q.example, "sparql": q.sparql}, indent=2, default=str))
            return
        click.echo(f"{q.name}: {q.title}\n")
        if q.description:
            click.echo(q.description + "\n")
        click.echo("Parameters:" if q.params else "Parameters: none")
        for p in q.params.values():
            req = "required" if p.required else f"optional{', default ' + str(p.default) if p.default is not None else ''}"
            click.echo(f"  {p.name} ({p.type}, {req}): {p.description}")
        if q.example:
            args = " ".join(f"--param {k}={json.dumps(str(v)) if ' ' in str(v) else v}" for k, v in q.example.items())
            click.echo(f"\nExample: kg query {q.name} {args}".rstrip())
        body = "\n".join(line for line in q.sparql.splitlines() if not line.startswith("#+"))
        click.echo("\n" + body.strip())
        return
    catalog = load_catalog()
    rows = [[ox.Literal(q.name), ox.Literal(q.title),
             ox.Literal(", ".join(f"{p.name}{'' if p.required else '?'}:{p.type}" for p in q.params.values()))]
            for q in catalog.values()]
    if fmt == "json":
        click.echo(json.dumps([{"name": q.name, "title": q.title, "params": list(q.params)} for q in catalog.values()], indent=2))
    else:
        # Every parameter shown, wrapped where the terminal is narrow: a cut list hides the one asked for.
        click.echo(render(["name", "title", "parameters"], rows, width=_table_width(None), wrap=True), nl=False)


@cli.command()
@click.argument("words", nargs=-1)
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True,
              help="At most this many terms.")
@format_option(("table", "json"))
def vocabulary(words, limit, fmt):
    """Find the kind of fact, key or value that says what a sentence says, by its words,
    in the ontology the claims reader checks against: its names, other names and
    definitions, and where corpus/CLAIMS.md shows it in use.

    A term must match every word given (its names, other names or definition; close
    spellings count), or, when none does, the terms matching most of them are shown.
    Other inflections of a word count ('fined' finds what 'fine' names). Where no term
    matches, the values the corpora's claims files write for keys that take words
    (actionType: fine of two million euros) are searched, with the key and kind of fact.
    A kind of fact's own keys are listed with it; with one word that is exactly a kind's
    or a key's name, that term is shown whole, each of its keys with its definition.
    With no words, the kinds of fact.

    \b
    Examples:
      kg vocabulary lease
      kg vocabulary co-chair
      kg vocabulary unsealed
      kg vocabulary fined
      kg vocabulary DebtRestructuring
    """
    from kg.lookup import common_keys_in_use, guide_section, lookup, named_by, terms
    from kg.resources import DEFAULT_CORPUS

    guide = DEFAULT_CORPUS / "CLAIMS.md"
    query = " ".join(words)
    if not words:
        found, rows, some, whole = [t for t in terms() if t.role == "kind of fact"], [], False, None
    else:
        answer = lookup(query, limit=limit, guide=guide)
        found, rows, some, whole = answer.terms, answer.rows, answer.some, answer.whole
    if fmt == "json":
        click.echo(json.dumps({"terms": [{**t.__dict__, "also": list(t.also), "keys": list(t.keys),
                                          "guide": dict(zip(("line", "section"), guide_section(t, guide) or ()))}
                                         for t in found],
                               "guide_rows": [r.__dict__ for r in rows]}, indent=2, ensure_ascii=False))
        return
    if not words:
        click.echo(f"{len(found)} kinds of fact (type: in a claim); 'kg vocabulary WORDS' finds a kind, "
                   "key or value by its words:\n")
        click.echo(textwrap.fill(", ".join(t.name for t in found), width=_table_width(None) or 100))
        return
    if not found and not rows:
        raise click.ClickException(
            f"no kind of fact, key or value of the ontology is named or defined by {query!r}: try another "
            "word for it (an everyday one: 'coup', 'lease'), or 'kg vocabulary' for the kinds of fact")
    width = min(_table_width(None) or 100, 100)

    def show_rows(before: bool) -> None:
        click.echo(f"{chr(10) if found and not before else ''}Where {guide.name} maps an article's words to a claim's:")
        for r in rows:
            plain = re.sub(r"\[([^]]*)\]\([^)]*\)", r"\1", r.write).replace("`", "")
            click.echo(textwrap.fill(f"line {r.line}: {r.says}", width, initial_indent="  ", subsequent_indent="    "))
            click.echo(textwrap.fill(f"write {plain}", width, initial_indent="    ", subsequent_indent="    "))
        if before and found:
            click.echo()

    # The guide's rows go first where no term is named by the words (only some of them
    # match, or only in definitions): 'stopped flowing', 'halted'.
    rows_first = bool(rows) and (some or not any(named_by(t, query) for t in found))
    if rows_first:
        show_rows(before=True)
    if some and found:
        click.echo(f"No term matches every word of {query!r}; these match some of them:\n")
    by_name = {t.name: t for t in terms() if t.role == "key"}
    for number, t in enumerate(found):
        if number:
            click.echo()
        names = [f'"{t.label}"'] if t.label != t.name else []
        if t.also:
            names.append("also: " + ", ".join(t.also))
        click.echo(f"{t.name} ({t.role}{'; ' + '; '.join(names) if names else ''})")
        if t.detail:
            click.echo(textwrap.fill(t.detail, width, initial_indent="  ", subsequent_indent="    "))
        if t.definition:
            click.echo(textwrap.fill(t.definition, width, initial_indent="  ", subsequent_indent="  "))
        if t is whole and t.role == "kind of fact":
            if t.keys:
                click.echo("  Its own keys:")
            for k in t.keys:
                d = by_name[k].definition if k in by_name else ""
                click.echo("    " + textwrap.shorten(f"{k}: {d}", width - 4, placeholder=" ..."))
            # Keys every fact takes (perpetrator, target, date...), as its claims in the
            # guide and the sample corpus write them.
            used = common_keys_in_use(DEFAULT_CORPUS, guide).get(t.name, ())
            click.echo(textwrap.fill("Keys of every fact" + (f" that its claims write: {', '.join(used)}; others: "
                                                              if used else ": participant, place, date, ... (")
                                     + "'kg vocabulary KEY'" + ("" if used else ")"), width,
                                     initial_indent="  ", subsequent_indent="    "))
        elif t.keys:
            click.echo(textwrap.fill("Its own keys: " + ", ".join(t.keys), width,
                                     initial_indent="  ", subsequent_indent="    "))
        where = guide_section(t, guide)
        if where:
            click.echo(f"  In use: {guide.name} line {where[0]} (section \"{where[1]}\")")
    if rows and not rows_first:
        show_rows(before=False)


def _print_result(result, fmt, output=None):
    """A local or remote query's result: SELECT rows and ASK answers in a result format
    (W3C formats straight from Oxigraph's ``serialize``), CONSTRUCT and DESCRIBE triples
    in an RDF format, each distinct triple once (the union of the graphs would repeat a
    triple once per graph holding it) and in a stable order."""
    from kg.output import W3C_FORMATS

    if isinstance(result, ox.QueryBoolean):
        fmt = _select_format(fmt, output)
        if fmt in W3C_FORMATS:
            _emit(result.serialize(format=W3C_FORMATS[fmt]) + b"\n", output)
        elif fmt == "json":
            _emit(json.dumps(bool(result)) + "\n", output)
        else:
            _emit("true\n" if bool(result) else "false\n", output)
    elif isinstance(result, (ox.QueryTriples, list)):
        from kg.export import output_format, serialize

        rdf_format, compressed = output_format(None if fmt in (None, "table") else fmt, output)
        data = serialize(sorted(set(result), key=str), rdf_format)
        if compressed:
            from kg.export import compress

            data = compress(data)
        _emit(data, output)
    else:
        chosen = _select_format(fmt, output)
        if chosen in W3C_FORMATS:
            _emit(result.serialize(format=W3C_FORMATS[chosen]), output)
        else:
            variables, rows = solutions(result)
            _emit_rows(variables, rows, chosen, output)


@cli.command()
@store_option
@click.option("--format", "-F", "fmt", default=None, metavar="FORMAT",
              help="turtle (ttl), trig, ntriples (nt), nquads (nq), jsonld (json-ld), rdfxml (rdf), or a media "
                   "type such as text/turtle; html writes the evidence browser's pages into the folder -o DIR [default: from the -o file's extension, else turtle]. trig, nquads and "
                   "jsonld keep the named graphs.")
@click.option("-f", "old_fmt", default=None, hidden=True)
@click.option("-o", "--output", default=None, metavar="FILE",
              help="Write to FILE, in the format its extension names (.ttl .trig .nt .nq .jsonld .rdf, "
                   "and .gz to compress); '-' is standard output [default: standard output].")
@click.option("--ontology/--no-ontology", default=True, show_default=True, help="Include the ontology graph.")
@click.option("--split", "split_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write one file per named graph into this directory (--format ntriples or turtle), "
                   "with graphs.tsv mapping files to graph IRIs, for bulk loaders.")
@click.option("--pretty", is_flag=True,
              help="Turtle or TriG laid out for reading (RDFLib's writer: sorted subjects, 'a' first, long "
                   "texts on their own lines), built in memory; the default streams in constant memory.")
def export(store_path, fmt, old_fmt, output, ontology, split_dir, pretty):
    """Dump the graph. The same store content gives byte-identical output.

    \b
    Examples:
      kg export -o kg.nt                 # N-Triples, by the extension
      kg export -o kg.nq.gz              # N-Quads (one graph per article), gzip-compressed
      kg export -F ttl --pretty -o kg.ttl  # Turtle laid out for reading, built in memory
      kg export -F json-ld | jq '.["@graph"] | length'
      kg export -F nt --split dump/      # one file per graph, for bulk loaders
      kg export -F html -o site/         # the evidence browser's pages, as static files
    """
    import contextlib
    import gzip

    from kg.export import compress, export_to, output_format
    from kg.export import export as do_export
    from kg.files import atomic_file, write_atomically

    if (fmt or "").lower() == "html":
        return _export_html(store_path, output)

    if old_fmt:
        _deprecated_letter("-f", "-F/--format", "export")
        fmt = fmt or old_fmt
    if split_dir:
        from kg.export import export_split

        if output:
            raise click.UsageError("--split writes a directory; leave out --output")
        store = _open(store_path, read_only=True)
        written = export_split(store, split_dir, fmt or "turtle", ontology=ontology)
        _note(f"Wrote {len(written)} graph files and graphs.tsv to {split_dir}.")
        return
    fmt, compressed = output_format(fmt, output)  # before opening the store: a bad name costs nothing
    if pretty and fmt not in ("turtle", "trig"):
        raise click.UsageError(f"--pretty is for Turtle and TriG, not {fmt}")
    store = _open(store_path, read_only=True)
    to_file = bool(output and output != "-")
    if to_file:
        _make_parent(Path(output))
    if pretty or not to_file and sys.stdout.isatty():
        # In memory: RDFLib's layout, or text for a terminal, which is cleaned of escape sequences.
        data = do_export(store, fmt, ontology=ontology, pretty=pretty)
        data = compress(data) if compressed else data
        if to_file:
            write_atomically(Path(output), data)  # never a half-written dump
            _note(f"Wrote {output} ({len(data)} bytes, {fmt}{', gzip' if compressed else ''}).")
        else:
            _emit(data, None)
        return
    # Streamed graph by graph: memory stays flat whatever the size of the store.
    with Progress(len(store.graphs()), "graphs", f"Exporting {fmt}", shown=not _quiet()) as bar, \
            (atomic_file(Path(output)) if to_file else contextlib.nullcontext(sys.stdout.buffer)) as raw:
        # gzip level 6 (zlib's default): level 9 takes twice as long for a few per cent.
        sink = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) if compressed else raw
        export_to(store, sink, fmt, ontology=ontology, progress=bar.advance)
        if compressed:
            sink.close()
        raw.flush()
    if to_file:
        _note(f"Wrote {output} ({Path(output).stat().st_size} bytes, {fmt}{', gzip' if compressed else ''}).")


def _make_parent(path: Path) -> None:
    """Make the folder ``path`` is to be written in, as ``-F html -o DIR`` makes its
    folder, so that ``-o newdir/kg.ttl`` works in every format; a usage error (exit 2)
    naming the path when it cannot be made (a file stands in its way)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise click.UsageError(f"{path}: cannot make the folder to write it in, {path.parent}: "
                               f"{e.strerror or e}") from None


def _export_html(store_path, output):
    """kg export --format html -o DIR: the evidence browser's pages as static files."""
    from kg.browse.site import export_site

    if not output or output == "-":
        raise click.UsageError("--format html writes a folder of pages: give it with -o DIR")
    if Path(output).suffix.lower() in (".html", ".htm") and not Path(output).is_dir():
        # A name like a page would become a folder: say so before writing anything.
        raise click.UsageError(f"{output}: --format html writes a folder of pages (index.html and one page per "
                               f"entity, fact and article), not one file: give a folder, -o {Path(output).with_suffix('')}")
    store = _open(store_path, read_only=True)
    count = export_site(lambda text: solutions(store.query(text, prefixes=False)), Path(output))
    _note(f"Wrote {count} files to {output} (open {Path(output) / 'index.html'} in a browser).")


def _print_stats(store, fmt="table"):
    from kg.stats import stats as do_stats

    s = do_stats(store)
    if fmt == "json":
        click.echo(json.dumps(s.__dict__, indent=2))
        return
    click.echo(f"{counted(s.articles, 'article')}, {counted(s.claims, 'claim')} ({s.reviewed_claims} reviewed, "
               f"{s.drafted_claims} drafted), {s.evidence} {'piece' if s.evidence == 1 else 'pieces'} of evidence, "
               f"{counted(s.facts, 'fact')}, {store.count()} quads")
    click.echo("\nEntities by class")
    click.echo(render(["class", "entities"], [[ox.Literal(c), ox.Literal(str(n))] for c, n in s.entities_by_class]), nl=False)
    click.echo("\nFacts by class")
    click.echo(render(["class", "facts"], [[ox.Literal(c), ox.Literal(str(n))] for c, n in s.facts_by_class]), nl=False)
    click.echo("\nFacts by number of independent sources (articles)")
    click.echo(render(["sources", "facts"], [[ox.Literal(str(a)), ox.Literal(str(n))] for a, n in s.facts_by_sources]), nl=False)


@cli.command()
@store_option
@click.option("--format", "-F", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(store_path, fmt):
    """Counts: entities by class, facts, claims (reviewed and machine-drafted), sources,
    facts by number of sources.

    \b
    Examples:
      kg stats
      kg stats -F json
    """
    _print_stats(_open(store_path, read_only=True), fmt)


@cli.command("eval", options_metavar="")
# The usage line shows that curated claims are required, and how they are given.
@click.argument("drafted", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path),
                metavar="DRAFTED... (--gold CURATED | --corpus DIR) [OPTIONS]")
@click.option("--gold", "gold", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Curated claims files or folders: a folder (--gold claims/), or the option repeated for "
                   "each file (--gold a.yaml --gold b.yaml); --gold claims/*.yaml gives it the first file only.")
@click.option("--corpus", "corpora", multiple=True, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A corpus folder whose claims/ are curated claims (same as --gold DIR/claims; repeatable).")
@click.option("--entities", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Registry of the drafted files [default: each file's corpus registry; outside a corpus, that of "
                   "the article's curated file]. Files outside a corpus, run outside one, read the articles and registry "
                   "of the one corpus beside them that lists their articles (corpus47/ beside drafts/ and claims/).")
@click.option("--gold-entities", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Registry of the curated files [default: each file's corpus registry].")
@click.option("--format", "-F", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("--misses", is_flag=True, help="Also list the false, missed and repeated facts and the wrong speakers, modalities and dates (table format).")
def eval_command(drafted, gold, corpora, entities, gold_entities, fmt, as_json, misses):
    """Compare drafted claims (DRAFTED: files or folders) with curated ones.

    Facts are matched by kind, participants by entity and date at the stated
    precision (docs/evaluation.md); prints precision, recall and F1 per kind of fact
    and overall, and speaker, modality and date accuracy on the matched facts.

    Curated files go to --gold as a folder or one --gold per file: a glob after --gold
    (--gold claims/*.yaml) gives it the first file only.

    \b
    Example:
      kg extract corpus/dev/articles/*.txt --corpus corpus/dev -o drafts/
      kg eval drafts/ --corpus corpus/dev
      kg eval drafts/ --gold claims/
    """
    import contextlib

    from kg.corpus import corpus_here, loose_files_read_in
    from kg.errors import InputError
    from kg.extract.evaluate import evaluate, loose_corpus, render_table

    if not gold and not corpora:
        # 'kg eval drafts/ claims/': the second folder is read as drafts too; say so, and
        # the command that compares them.
        import shlex

        *first, last = drafted
        taken = (f"{', '.join(map(str, first))} and {last} were taken as DRAFTED; if {last} holds the curated "
                 f"claims, run: kg eval {' '.join(shlex.quote(str(d)) for d in first)} --gold {shlex.quote(str(last))}"
                 if first else
                 f"{last} was taken as DRAFTED; name the curated claims with --gold FILE|DIR or --corpus DIR")
        raise click.UsageError(f"no curated claims to compare with: {taken}")
    # 'kg eval drafts/*.yaml --gold claims/*.yaml': the shell gives --gold the first file
    # of the glob, and the others become drafted files beside it.
    # (A file given to both is curated claims compared with themselves.)
    gold_files = {g.resolve() for g in gold if g.is_file()}
    stray = [str(d) for d in drafted if d.is_file() and d.resolve() not in gold_files
             and d.resolve().parent in {g.parent for g in gold_files}]
    if stray:
        raise click.UsageError(
            f"{', '.join(stray[:3])}{' ...' if len(stray) > 3 else ''} (given as drafted) "
            f"{'is' if len(stray) == 1 else 'are'} in the folder of the --gold file, as when a shell glob follows --gold "
            "(--gold claims/*.yaml gives --gold its first file only, the rest become drafted files): give the "
            "folder (--gold claims/) or repeat --gold before each file")
    for corpus in corpora:
        if not (corpus / "claims").is_dir():
            raise InputError(corpus, "not a corpus folder: it has no claims/ folder of curated claims")
    curated = [*gold, *(c / "claims" for c in corpora)]
    here = corpus_here()
    loose, near = loose_corpus([*drafted, *curated]) if here is None else ([], [])
    if len(near) > 1:
        import shlex

        raise click.UsageError(
            f"{len(loose)} of the claims files are outside a corpus, and their articles are listed by "
            f"{len(near)} corpora ({', '.join(map(str, near))}): run kg eval from the one they belong to "
            f"(cd {shlex.quote(str(near[0]))} && kg eval ...), whose articles.yaml and registry it then reads")
    with loose_files_read_in(near[0]) if near else contextlib.nullcontext():
        if near:
            # Drafts and curated files kept beside the corpus of their articles: read as if
            # kg ran in that corpus, not against the sample's.
            _note(f"Reading the articles and registry of {len(loose)} claims file(s) outside a corpus from "
                  f"{near[0]}, which lists their articles (as if run there).")
        result = evaluate(drafted, curated, entities, gold_entities)
    if as_json or fmt == "json":
        click.echo(json.dumps(result.as_dict(), indent=2))
    else:
        click.echo(for_terminal(render_table(result, misses)))


@cli.command()
@store_option
@click.option("--endpoint", required=True, metavar="URL", envvar="KG_ENDPOINT", show_envvar=True,
              help="The store's SPARQL query endpoint, e.g. http://localhost:7878/query (Oxigraph), "
                   "http://localhost:8890/sparql (Virtuoso), http://localhost:3030/ds/sparql (Fuseki), "
                   "http://localhost:7200/repositories/kg (GraphDB).")
@click.option("--update-endpoint", metavar="URL",
              help="SPARQL Update endpoint [default: derived from --endpoint for the stores above, else --endpoint].")
@click.option("--gsp-endpoint", metavar="URL",
              help="Graph Store Protocol endpoint [default: derived from --endpoint for the stores above].")
@click.option("--protocol", type=click.Choice(["auto", "gsp", "update"]), default="auto", show_default=True,
              help="gsp: PUT each graph; update: SPARQL Update in batches; auto: gsp where the store has it.")
@click.option("--user", envvar="KG_ENDPOINT_USER", show_envvar=True, help="User for the store.")
@click.option("--password", envvar="KG_ENDPOINT_PASSWORD", show_envvar=True,
              help="Password for the store; prefer the environment variable (others can see arguments).")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default=None,
              help="HTTP authentication [default: digest for Virtuoso, else what the store asks for].")
@click.option("--with-shapes", is_flag=True, help="Also push the SHACL shapes, into graph .../graph/shapes.")
@click.option("--batch-size", type=click.IntRange(1), default=None,
              help="Triples per SPARQL Update request [default: 500 for Virtuoso, else 5000].")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=60.0, show_default=True,
              help="Seconds to wait for each answer.")
@click.option("--retries", type=click.IntRange(0), default=4, show_default=True,
              help="Tries again after connection errors, timeouts and server errors, waiting longer each time.")
def push(store_path, endpoint, update_endpoint, gsp_endpoint, protocol, user, password, auth, with_shapes,
         batch_size, timeout, retries):
    """Load the graph into an external SPARQL 1.1 store: one named graph per article,
    each replaced as a unit, plus the ontology (and the shapes). Graphs of articles
    retracted here are removed there. Pushing again gives the same remote content, and
    finishes a push that failed halfway.

    \b
    Example:
      kg push --endpoint http://localhost:7878/query
      KG_ENDPOINT_USER=dba KG_ENDPOINT_PASSWORD=... kg push --endpoint http://localhost:8890/sparql
    """
    from kg.push import push as do_push

    store = _open(store_path, read_only=True)
    with Progress(len(store.graphs()) + with_shapes, "graphs", "Pushing", shown=not _quiet()) as bar:
        def progress(msg: str) -> None:
            if not _quiet():
                bar.note(scrub(msg))
            if msg.startswith("pushed <"):
                bar.advance()

        report = do_push(store, endpoint, with_shapes=with_shapes, update_endpoint=update_endpoint,
                         gsp_endpoint=gsp_endpoint, protocol=protocol, user=user, password=password, auth=auth,
                         batch_size=batch_size, timeout=timeout, retries=retries, progress=progress)
    how = {"gsp": "the Graph Store Protocol", "update": "SPARQL Update"}.get(report.protocol, report.protocol)
    click.echo(f"Pushed {len(report.pushed)} graphs ({report.triples} triples) to {report.endpoint} by {how}"
               + (f"; removed {len(report.removed)} graph(s) no longer here." if report.removed else "."))


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the store to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--allow-federation", is_flag=True,
              help="Run queries with SERVICE, which make this machine fetch from the addresses they name "
                   "[default: refused with HTTP 403].")
def serve(store_path, host, port, allow_federation):
    """Serve the store read-only over HTTP: the evidence browser (entities, network,
    timelines, facts, highlighted articles, canned query forms) at /browse/, and a
    SPARQL 1.1 endpoint and a query page, using Oxigraph's server. Queries see the
    union of all graphs.

    Changes to the store (build, ingest, retract) are served once they are written:
    the server looks every second and switches to the new content (queries sent while
    a write is under way may still see the old). Federated queries (SERVICE) are refused
    unless --allow-federation. Stop it with Ctrl-C.

    \b
    Examples:
      kg serve                          # http://127.0.0.1:7878/
      kg serve --port 8000 --store dev-store
    """
    from kg.serve import is_loopback
    from kg.serve import serve as do_serve

    location = store_path or default_location()
    if not is_loopback(host):
        click.echo(f"Warning: listening on {host}: anyone who can reach this machine can query the store"
                   + (" and make it fetch from any address with SERVICE." if allow_federation else "."), err=True)

    def ready(page, endpoint):
        federation = ("allowed: queries may make this machine fetch from other addresses" if allow_federation
                      else "refused (--allow-federation allows them)")
        click.echo(f"Serving {location} read-only.\n  Evidence browser: {page}browse/\n  Query page:      {page}\n"
                   f"  SPARQL endpoint: {endpoint}\n"
                   f"Federated queries (SERVICE): {federation}.\n"
                   "Changes to the store are served within seconds of being written.\n"
                   "Press Ctrl-C to stop.")

    def reloaded(message):
        click.echo(f"{time.strftime('%H:%M:%S')} {message}.")

    sys.exit(do_serve(location, host, port, on_ready=ready, allow_federation=allow_federation,
                      on_reload=reloaded))


@cli.group()
def bench():
    """The scale benchmark: a synthetic corpus, and the time, memory and size of every
    stage on it beside rdflib and raw Oxigraph (docs/benchmark.md). Needs the bench
    extra: pip install 'geopolitics-kg[bench]'.

    \b
    Examples:
      kg bench generate --articles 100 --seed 1 -o /tmp/corpus100
      kg bench run --articles 100,1000 -o docs/benchmark.md
    """
    try:
        import psutil  # noqa: F401
        import yaml  # noqa: F401
    except ImportError as e:
        raise KGError(f"kg bench needs {e.name}: pip install 'geopolitics-kg[bench]'") from None


@bench.command("generate")
@click.option("--articles", "n", type=click.IntRange(1), required=True, help="Articles to generate.")
@click.option("--seed", type=int, default=1, show_default=True, help="The same seed gives byte-identical files.")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), required=True,
              help="New (or empty) folder for the corpus.")
def bench_generate(n, seed, out):
    """Write a synthetic corpus in the corpus layout (articles/, articles.yaml,
    entities.yaml, claims/), with bad/ (claims files to be refused, and the errors
    expected) and extra/ (one more article). Every quote is verbatim in its article.

    \b
    Example:
      kg bench generate --articles 100 --seed 7 -o bench-corpus
      kg build --corpus bench-corpus --store bench-store
    """
    from kg.bench.corpus import generate

    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise KGError(f"{out}: the output folder must be new or empty")
    summary = generate(out, n, seed)
    click.echo(f"{out}: {summary['articles']} articles, {summary['claims']} claims of {summary['facts']} facts "
               f"({summary['kinds']} kinds), {summary['entities']} entities; most reported facts: "
               f"{', '.join(map(str, summary['most_reported']))} articles; reported once: {summary['reported_once']}")
    if summary["not_generated"]:
        click.echo("Kinds of fact of the ontology not generated (no template): "
                   + ", ".join(summary["not_generated"]), err=True)


@bench.command("run")
@click.option("--articles", default="100,1000", show_default=True, help="Corpus sizes, comma-separated.")
@click.option("--seed", type=int, default=1, show_default=True)
@click.option("--only", default=None, help="Stages to run, comma-separated (default: all; see docs/benchmark.md).")
@click.option("--limit", type=click.FloatRange(1), default=30, show_default=True,
              help="Seconds a query or an rdflib step may run before it is stopped.")
@click.option("--stage-limit", type=click.FloatRange(1), default=1800, show_default=True,
              help="Seconds a whole-store stage (build, validate, export, push, ...) may run before it is stopped.")
@click.option("--rdflib-max", type=click.IntRange(0), default=1000, show_default=True,
              help="Largest corpus (articles) the rdflib peer is run on.")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), default=None,
              help="Also write the report as Markdown to this file (e.g. docs/benchmark.md).")
@click.option("--keep", type=click.Path(path_type=Path), default=None,
              help="Work in this folder and keep the corpora, stores and exports.")
def bench_run(articles, seed, only, limit, stage_limit, rdflib_max, out, keep):
    """Generate a corpus of each size and measure every stage in a child process: wall
    time, throughput, peak memory, store size; the peers (rdflib, raw Oxigraph) on the
    same data as ratios. Prints figures; asserts nothing.

    \b
    Example:
      kg bench run --articles 100,1000 -o docs/benchmark.md
      kg bench run --articles 100 --only build,query,export
    """
    from kg.bench.scale import STAGES, run_benchmark

    try:
        sizes = [int(a) for a in articles.split(",") if a.strip()]
    except ValueError:
        raise click.UsageError(f"--articles takes sizes like 100,1000, got {articles!r}") from None
    stages = [s.strip() for s in only.split(",")] if only else list(STAGES)
    unknown = [s for s in stages if s not in STAGES]
    if unknown or not sizes or min(sizes) < 1:
        raise click.UsageError(f"--only: unknown stage {', '.join(unknown)} (stages: {', '.join(STAGES)})"
                               if unknown else "--articles: give sizes of at least 1")
    report = run_benchmark(sizes, seed, stages, limit, stage_limit, rdflib_max, keep, progress=_note)
    click.echo(report)
    if out:
        from kg.files import write_atomically

        write_atomically(out, (report + "\n").encode("utf-8"))
        _note(f"Wrote {out}")

def main():
    # Whatever reaches the terminal passes the scrubber once credentials are in play.
    sys.stdout, sys.stderr = ScrubbedStream(sys.stdout), ScrubbedStream(sys.stderr)
    try:
        cli(obj={}, prog_name="kg", complete_var="_KG_COMPLETE")
    except BrokenPipeError:
        _reader_gone()


if __name__ == "__main__":
    main()
