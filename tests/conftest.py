"""Shared fixtures: the real CLI, run as a subprocess (:func:`run_kg`) or in this process
(:func:`kg_cli`), over the real sample corpus.

The suite runs in one CI job with a time limit, on two cores that every test shares:
what a test costs is CPU, and a new test keeps to these rules so that the job stays
within it.

- A store is built once and read by many tests: the sample (``built_store``), the
  development and held-out sets (``dev_store``, ``heldout_store``), the martial-law case
  (``emergency``), a module's case corpus (:func:`built_once_per_module`). A test that
  changes a store changes a copy (``store_copy``, or ``shutil.copytree`` of a built
  store into ``tmp_path``: a fraction of a second, where a build takes seconds), never
  the shared store, and never builds a corpus another fixture already builds.
- Small articles are drafted together, in one ``kg extract`` run for all the cases of
  a module (:func:`drafted_cases` and the helpers built on it, in a module-scoped
  fixture), not one run per case; a whole corpus is drafted once (``corpus_drafts``).
- The CLI runs in this process (:func:`kg_cli`) unless the test is about what a
  process does; a parametrised test of a process's behaviour checks all its cases in
  as few processes as the behaviour allows.
- A test of a store refusing a push sends only the graphs the refusal is about, and
  sends them in small batches only there: the sample is 23,000 triples, and pushed two
  triples at a time it is more than 11,000 requests.
- Tests that share a costly module- or session-scoped fixture run on one xdist worker
  (:func:`pytest_collection_modifyitems` marks them); a group that grows past a few
  minutes of serial work is named in :data:`LONG_GROUPS` so that it starts first.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTICLES = CORPUS / "articles"


def pytest_xdist_auto_num_workers(config) -> int:
    """Workers for ``-n auto``: two more than the CPUs. Much of the suite's time is spent
    waiting (servers starting and answering, pushes retrying, subprocesses killed at
    random moments): with three workers on a 2-core machine each used about 35-50 % of a
    core, so a fourth fills more of the waits."""
    return (os.cpu_count() or 1) + 2


def run_kg(*args, check=None, env=None, cwd=None, input=None, in_process=False) -> subprocess.CompletedProcess:
    """Run the ``kg`` command as a user would, in a new Python process; ``check`` is the
    expected exit code, ``input`` the text on its standard input (none: empty).
    ``in_process``: run it as :func:`kg_cli` does instead (for tests that read only a
    command's output or files, not what the process does)."""
    if in_process:
        return kg_cli(*args, check=check, env=env, cwd=cwd, input=input)
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", *map(str, args)],
        capture_output=True, text=True, cwd=cwd or ROOT, input=input or "",
        # COLUMNS only where a test sets it: a table is cut to fit a terminal, and a test
        # runner may export its own width to the processes it starts.
        env={**{k: v for k, v in os.environ.items() if k != "COLUMNS"}, **(env or {})},
    )
    if check is not None:
        assert proc.returncode == check, f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    return proc


def kg_cli(*args, check=None, env=None, cwd=None, input=None) -> subprocess.CompletedProcess:
    """Run the ``kg`` command in this process: the same click group :func:`kg.cli.main`
    runs, with the same scrubbed standard streams, the same program name and arguments
    as :func:`run_kg` (``check``, ``env``, ``cwd``, ``input`` alike), without the
    second or more a new process spends importing the package and loading the parser
    model (cached per process, :func:`kg.extract.pipeline.load_pipeline`).

    Returns a :class:`subprocess.CompletedProcess` with ``returncode`` (the ``SystemExit``
    code; 1 and the traceback on standard error for an exception that escaped, as the
    interpreter does), and ``stdout`` and ``stderr`` as text. ``os.environ``, the working
    folder and the standard streams are restored afterwards. Not for tests of what a
    process does (signals, exit by a closed pipe, terminals, locks held across
    processes): those use :func:`run_kg`."""
    import traceback

    from click.testing import CliRunner

    from kg.cli import cli
    from kg.credentials import ScrubbedStream

    argv = [str(a) for a in args]
    # COLUMNS removed as run_kg removes it; None deletes a variable for the call.
    overrides = {"COLUMNS": None, **(env or {})}
    runner = CliRunner()
    here = os.getcwd()
    with runner.isolation(input=input or "", env=overrides) as (out, err, _):
        sys.stdout, sys.stderr = ScrubbedStream(sys.stdout), ScrubbedStream(sys.stderr)
        os.chdir(cwd or ROOT)
        code = 1
        try:
            cli.main(args=argv, prog_name="kg", obj={}, complete_var="_KG_COMPLETE")
            code = 0
        except SystemExit as e:
            code = e.code
            if code is None:
                code = 0
            elif not isinstance(code, int):
                sys.stderr.write(f"{code}\n")
                code = 1
        except Exception:
            traceback.print_exc(file=sys.stderr)
            code = 1
        finally:
            os.chdir(here)
            sys.stdout.flush()
            sys.stderr.flush()
            # What the end of a process frees: a store a failed command left open is held
            # by the cycle of its exception's frames, and RocksDB keeps its LOCK until
            # the store is collected.
            if code != 0:
                gc.collect()
            _freeze_loaded_models()
        # Universal newlines, as run_kg's text-mode subprocess reads them.
        stdout = out.getvalue().decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
        stderr = err.getvalue().decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    proc = subprocess.CompletedProcess(["kg", *argv], code, stdout, stderr)
    if check is not None:
        assert proc.returncode == check, f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    return proc


_frozen: set = set()


def _freeze_loaded_models() -> None:
    """Once a parser model is loaded in this process (cached for its life), move every
    object then alive out of the collector's reach (``gc.freeze``): a full collection
    then skips the model's 150,000 objects (55 ms each time, once the model is loaded)."""
    pipeline = sys.modules.get("kg.extract.pipeline")
    loaded = pipeline.load_pipeline.cache_info().currsize if pipeline else 0
    if loaded and loaded not in _frozen:
        _frozen.add(loaded)
        gc.collect()
        gc.freeze()


def drafted_claims(draft: Path, article: Path, proc: subprocess.CompletedProcess) -> list[dict]:
    """The claims of the draft ``draft`` of ``article`` that the ``kg extract`` run
    ``proc`` wrote; [] when it wrote none, which its warnings must then say (an article
    nothing was drafted from is left out)."""
    if not draft.exists():
        assert f"{article}: no claims were drafted from it" in proc.stderr, proc.stderr
        return []
    return yaml.safe_load(draft.read_text(encoding="utf-8"))["claims"]


def drafted_cases(folder: Path, cases: dict[str, str], *options, heading: str = "") -> tuple[dict[str, list[dict]], subprocess.CompletedProcess]:
    """Small articles drafted in one ``kg extract`` run, as a user drafts a folder: each
    of ``cases`` (name -> body text) written to ``folder/articles/NAME.txt`` with a
    ``URL:`` and ``Published: 2030-09-03`` header (and ``heading``, a title line, when
    given), drafted into ``folder/drafts`` with ``options`` (a registry or corpus). The
    run must exit 0 and every drafted quote must stand verbatim in its body. Returns
    (name -> its drafted claims, the process)."""
    src, out = folder / "articles", folder / "drafts"
    src.mkdir()
    for name, body in cases.items():
        title = f"{heading}\n\n" if heading else ""
        (src / f"{name}.txt").write_text(f"URL: https://example.org/news/{name}\nPublished: 2030-09-03\n\n{title}{body}\n",
                                         encoding="utf-8")
    proc = kg_cli("extract", *sorted(src.glob("*.txt")), "-o", out, "-q", "-j", "1", *options)
    assert proc.returncode == 0 or (proc.returncode == 2 and "Error:" not in proc.stderr), proc.stderr
    found = {}
    for name, body in cases.items():
        claims = drafted_claims(out / f"{name}.yaml", src / f"{name}.txt", proc)
        for c in claims:
            assert c["quote"] in body, c
        found[name] = claims
    return found, proc


def dump_yaml(path: Path, data) -> Path:
    """Write ``data`` to ``path`` as YAML (ruamel, lines never folded), making its folder;
    returns ``path``."""
    from ruamel.yaml import YAML

    y = YAML()
    y.width = 4096
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        y.dump(data, f)
    return path


def registry_options(folder: Path, registry: str) -> tuple[str, Path]:
    """The ``kg extract`` options that read the registry ``registry`` (YAML text, written
    to ``folder/entities.yaml``): ``("--entities", path)``."""
    path = folder / "entities.yaml"
    path.write_text(registry, encoding="utf-8")
    return "--entities", path


def drafted_with_registry(folder: Path, cases: dict[str, str], registry: str) -> dict[str, list[dict]]:
    """:func:`drafted_cases` of ``cases`` in ``folder`` with the registry ``registry``
    (:func:`registry_options`): name -> its drafted claims."""
    return drafted_cases(folder, cases, *registry_options(folder, registry))[0]


def drafted_with_proposals(folder: Path, cases: dict[str, str], *options) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """:func:`drafted_cases` of ``cases`` in ``folder``, with the entities each draft
    proposes: (name -> its drafted claims, name -> its proposed entities; [] for an
    article no draft was written for)."""
    found, _ = drafted_cases(folder, cases, *options)
    entities = {}
    for name in cases:
        path = folder / "drafts" / f"{name}.yaml"
        entities[name] = yaml.safe_load(path.read_text(encoding="utf-8")).get("entities", []) if path.exists() else []
    return found, entities


def drafted_in_corpus(root: Path, cases: dict[str, str], entities: str, published: str) -> dict[str, dict]:
    """Small articles drafted in one ``kg extract --corpus ROOT`` run whose registry is
    ``entities`` (YAML text written to ``ROOT/entities.yaml``): each of ``cases`` (name
    -> body text) written to ``ROOT/articles/NAME.txt`` with a ``URL:`` and ``Published:
    PUBLISHED`` header. The run must exit 0, drop no claim, and quote every body
    verbatim. Returns name -> ``{"claims": [...], "entities": [...]}`` (empty lists for
    an article no draft was written for)."""
    (root / "articles").mkdir()
    (root / "entities.yaml").write_text(entities, encoding="utf-8")
    for name, body in cases.items():
        (root / "articles" / f"{name}.txt").write_text(
            f"URL: https://example.org/news/{name}\nPublished: {published}\n\n{body}\n", encoding="utf-8")
    out = root / "drafts"
    proc = kg_cli("extract", *sorted((root / "articles").glob("*.txt")), "--corpus", root, "-o", out, "-j", "1")
    assert proc.returncode == 0, proc.stderr
    assert "dropped" not in proc.stderr or "dropped (see the warnings): 0 claims" in proc.stderr, proc.stderr
    found = {}
    for name, body in cases.items():
        path = out / f"{name}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
        for c in data.get("claims", []):
            assert c["quote"] in body, c
        found[name] = {"claims": data.get("claims", []), "entities": data.get("entities", [])}
    return found


def drafted_folder(articles: Path, folder: Path) -> dict[str, dict]:
    """The articles of the folder ``articles`` (its README files left out) drafted in one
    ``kg extract`` run with the sample registry, as a new user runs it, into
    ``folder/drafts``; the run must exit 0. Returns article stem -> its claims file,
    parsed, with the file's text under 'raw' (comments included)."""
    src, out = folder / "articles", folder / "drafts"
    shutil.copytree(articles, src, ignore=shutil.ignore_patterns("*.md"))
    proc = kg_cli("extract", src, "-o", out, "-q", "-j", "1")
    assert proc.returncode == 0, proc.stderr
    found = {}
    for p in out.glob("*.yaml"):
        text = p.read_text(encoding="utf-8")
        found[p.stem] = {**yaml.safe_load(text), "raw": text}
    return found


def offices(claims) -> list[tuple]:
    """(holder, positionOf, position) of each drafted PositionHeld, sorted."""
    return sorted((c["holder"], c["positionOf"], c["position"]) for c in claims if c["type"] == "PositionHeld")


def listed(value) -> list:
    """A claim's role value as a list: a list as it is, one value in a list of one."""
    return value if isinstance(value, list) else [value]


#: The stores that tests only read (a shared build: :func:`read_only_store`), by path.
_READ_ONLY_STORES: set[str] = set()
#: What ``kg ARGS --format json`` printed on such a store, by ARGS: a store no test
#: changes answers a command the same each time it runs in a session.
_printed_json: dict[tuple[str, ...], str] = {}


def read_only_store(path: Path) -> Path:
    """``path``, a store that tests share and must not modify (the rule above), named so
    that :func:`kg_json` runs a command on it once a session; returns ``path``."""
    _READ_ONLY_STORES.add(str(path))
    return path


def kg_json(*args):
    """The JSON that ``kg ARGS --format json`` prints, parsed; the command runs in this
    process (:func:`kg_cli`) and must exit 0. On a shared store (:func:`read_only_store`)
    a command is run once per session and its output parsed anew for each caller."""
    key = tuple(map(str, args))
    store = key[key.index("--store") + 1] if "--store" in key[:-1] else None
    if store not in _READ_ONLY_STORES:
        return json.loads(kg_cli(*args, "--format", "json", check=0).stdout)
    if key not in _printed_json:
        _printed_json[key] = kg_cli(*args, "--format", "json", check=0).stdout
    return json.loads(_printed_json[key])


def query_rows(store, name: str, **params) -> list[dict]:
    """Rows of the canned query ``name`` on ``store``, as dicts, through the real CLI;
    ``params`` by name (entities by label). Every row, not the first page 'kg query'
    shows by default (a query paged by its own limit keeps its page)."""
    from kg.catalog import get

    args = ["query", name, "--store", store]
    if not any(p.type == "limit" for p in get(name).params.values()):
        args.append("--all")
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    return kg_json(*args)


def sparql_rows(store, text: str) -> list[dict]:
    """Rows of the SPARQL SELECT ``text`` on ``store``, as dicts, through the real CLI."""
    return kg_json("query", "--store", store, "--sparql", text)


def by_fact(rows: list[dict]) -> dict[str, dict]:
    """Rows keyed by their ``fact`` column."""
    return {r["fact"]: r for r in rows}


def built_once(tmp_path_factory, corpus: Path) -> Path:
    """A store that the real 'kg build' wrote from ``corpus`` (a case corpus folder), in
    a fresh folder; the build must succeed."""
    path = tmp_path_factory.mktemp(corpus.name) / "kg-store"
    kg_cli("build", "--corpus", corpus, "--store", path, check=0)
    return path


def built_once_per_module(corpus: Path, build=built_once):
    """A module-scoped fixture giving ``corpus`` built once by the real ``kg build``
    (by ``build``: :func:`built_once`, or :func:`built_corpus` to also check that every
    curated claim is in the graph); assign it to the fixture's name (``plea =
    built_once_per_module(PLEA)``). Tests must not modify the store."""

    @pytest.fixture(scope="module")
    def store(tmp_path_factory) -> Path:
        return read_only_store(build(tmp_path_factory, corpus))

    return store


def fact_details(row: dict) -> set[str]:
    """The details of a row of the 'facts' canned query, one by one (its cell split at "; ")."""
    return set((row["details"] or "").split("; "))


def claims_in(path: Path) -> int:
    """The number of claims of the claims file ``path``."""
    return len(yaml.safe_load(path.read_text(encoding="utf-8"))["claims"])


def built_corpus(tmp_path_factory, corpus: Path) -> Path:
    """``corpus`` (a folder with articles.yaml) built by ``kg build --corpus`` into a new
    store (its path returned), checking that every curated claim of every article is in
    the graph: none refused, none dropped."""
    return built_corpus_printing(tmp_path_factory, corpus)[0]


def built_corpus_printing(tmp_path_factory, corpus: Path) -> tuple[Path, str]:
    """:func:`built_corpus`, with what the build printed (standard output, then standard
    error: its warnings) beside the store's path."""
    store = tmp_path_factory.mktemp(corpus.name) / "kg-store"
    proc = kg_cli("build", "--corpus", corpus, "--store", store, check=0)
    articles = len(yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8")))
    claims = sum(claims_in(p) for p in sorted((corpus / "claims").glob("*.yaml")))
    assert f"{articles} article{'' if articles == 1 else 's'}, {claims} claims" in proc.stdout, proc.stdout
    return store, proc.stdout + proc.stderr


@pytest.fixture(scope="session")
def dev_build(tmp_path_factory) -> tuple[Path, str]:
    """The development set (corpus/dev) built once: the store's path and what the build
    printed (:func:`built_corpus_printing`); tests must not modify the store."""
    store, printed = built_corpus_printing(tmp_path_factory, CORPUS / "dev")
    return read_only_store(store), printed


@pytest.fixture(scope="session")
def dev_store(dev_build) -> Path:
    """The development set (corpus/dev) built once; tests must not modify it."""
    return dev_build[0]


@pytest.fixture(scope="session")
def heldout_store(tmp_path_factory) -> Path:
    """The held-out set (corpus/heldout) built once; tests must not modify it."""
    return read_only_store(built_corpus(tmp_path_factory, CORPUS / "heldout"))


@pytest.fixture(scope="session")
def corpus_drafts(tmp_path_factory):
    """``drafts(corpus)``: what ``kg extract ARTICLES --corpus CORPUS -o FOLDER -q`` drafts
    from every article of ``corpus`` (a corpus folder: the sample corpus, the development
    set), made once per corpus and session; returns ``(FOLDER, process)``, the process
    as :func:`kg_cli` returns it. Tests must not modify the folder."""
    made: dict[Path, tuple[Path, subprocess.CompletedProcess]] = {}

    def drafts(corpus: Path) -> tuple[Path, subprocess.CompletedProcess]:
        if corpus not in made:
            folder = tmp_path_factory.mktemp(f"drafts-{corpus.name}")
            texts = sorted((corpus / "articles").glob("*.txt"))
            made[corpus] = folder, kg_cli("extract", *texts, "--corpus", corpus, "-o", folder, "-q")
        return made[corpus]

    return drafts


#: Session fixtures that build or draft a whole corpus (a minute or more each): the
#: tests using one run on one xdist worker, which makes it once. Every fixture that
#: makes one is named, not only the one most tests take: a test that takes ``dev_build``
#: itself must land with those that take ``dev_store`` (made from it), or a second worker
#: builds the development set again.
WHOLE_CORPUS_BUILDS = {"dev_build": "dev-store", "dev_store": "dev-store", "heldout_store": "heldout-store",
                       "corpus_drafts": "corpus-drafts"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items) -> None:
    """Put the tests that share a costly fixture on one xdist worker (``--dist
    loadgroup``: an ``xdist_group`` mark), so that it is made once, not once per worker:
    the tests of a module that use one of its module-scoped fixtures (a case corpus
    built, a browser started, a corpus drafted), and the tests of any module that use a
    whole-corpus build (:data:`WHOLE_CORPUS_BUILDS`); then order them as they should be
    sent out (:func:`in_sending_order`). Runs before xdist's own hook, which reads the
    marks."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None or item.get_closest_marker("xdist_group"):
            continue
        group = next((WHOLE_CORPUS_BUILDS[n] for n in info.names_closure if n in WHOLE_CORPUS_BUILDS), None)
        if group is None and any(defs and defs[-1].scope == "module" and defs[-1].baseid.startswith(item.nodeid.split("::")[0])
                                 for defs in info.name2fixturedefs.values()):
            group = item.nodeid.split("::")[0]
        if group:
            item.add_marker(pytest.mark.xdist_group(group))
    items[:] = in_sending_order(items)


#: Groups that are one long serial chain each (a server's tests, which share its state;
#: a whole-corpus build and every test that reads it; the install from a built wheel),
#: longest first. Sent to the workers before anything else, so that none starts late
#: and finishes alone: the wall time of the run is that of the worker that ends last.
LONG_GROUPS = ("virtuoso-server", "virtuoso-queries", "heldout-store", "oxigraph-server", "dev-store",
               "corpus-drafts", "tests/test_install.py")


def group_of(item) -> str | None:
    """The ``xdist_group`` name of ``item``, or None."""
    mark = item.get_closest_marker("xdist_group")
    return None if mark is None else str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))


def in_sending_order(items: list) -> list:
    """``items`` in the order pytest-xdist should send them out (``--no-loadscope-reorder``
    keeps it): the groups of :data:`LONG_GROUPS` in that order, then the other groups,
    the largest first (xdist's own order), then the tests of no group. Tests keep their
    collection order within a group."""
    size, first = {}, {}
    for index, item in enumerate(items):
        group = group_of(item)
        size[group] = size.get(group, 0) + 1
        first.setdefault(group, index)

    def rank(pair):
        index, item = pair
        group = group_of(item)
        if group is None:
            return (2, 0, index)
        if group in LONG_GROUPS:
            return (0, LONG_GROUPS.index(group), index)
        return (1, -size[group], first[group], index)

    return [item for _, item in sorted(enumerate(items), key=rank)]


def store_quads(store: Path) -> list[bytes]:
    """Every quad of the store at ``store`` (every graph, the derived and internal ones
    included), as sorted N-Quads lines: what a refused command must leave as it was.
    Oxigraph's own dump, opened read-only: stricter than ``kg export`` (which leaves
    nothing out of the article graphs either) and a third of its time."""
    import pyoxigraph as ox

    if str(store) in _READ_ONLY_STORES and str(store) in _dumped:
        return list(_dumped[str(store)])
    handle = ox.Store.read_only(str(store))
    try:
        quads = sorted(handle.dump(format=ox.RdfFormat.N_QUADS).splitlines())
    finally:
        del handle
    if str(store) in _READ_ONLY_STORES:  # a shared store no test changes: dumped once a session
        _dumped[str(store)] = quads
    return list(quads)


_dumped: dict[str, list[bytes]] = {}


@pytest.fixture(scope="session")
def built_store(tmp_path_factory) -> Path:
    """The sample corpus built once by ``kg build``; tests must not modify it."""
    store = tmp_path_factory.mktemp("store") / "kg-store"
    kg_cli("build", "--store", store, check=0)
    return read_only_store(store)


#: The martial-law case corpus (votes, acting holders, counts in words), which
#: tests/test_model_v2.py and tests/test_queries_v2.py both read.
EMERGENCY = ROOT / "tests" / "data" / "model-v2-emergency"


@pytest.fixture(scope="session")
def emergency(tmp_path_factory) -> Path:
    """The martial-law case corpus built once by ``kg build``; tests must not modify it."""
    return read_only_store(built_once(tmp_path_factory, EMERGENCY))


@pytest.fixture
def store_copy(built_store, tmp_path) -> Path:
    """A private copy of the built store, for tests that change it."""
    dest = tmp_path / "kg-store"
    shutil.copytree(built_store, dest)
    return dest


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A private copy of the corpus, for tests that edit claims."""
    dest = tmp_path / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest


# -- Real SPARQL servers for kg push and remote queries (see tests/servers.py) --------


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """An Oxigraph server (read-write, union default graph) on a free port of 127.0.0.1."""
    from servers import OxigraphServer

    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    try:
        server.start()
        yield server
    finally:
        server.stop()  # by pid, waiting for the exit, before pytest may remove its directory


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """OpenLink Virtuoso 7 with its own virtuoso.ini and database, on free ports of
    127.0.0.1; skipped (never passed) where Virtuoso is not installed."""
    from servers import running_virtuoso

    yield from running_virtuoso(tmp_path_factory.mktemp("virtuoso"))
