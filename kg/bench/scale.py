"""The scale benchmark (``kg bench run``): for each corpus size, a synthetic corpus
(:mod:`kg.bench.corpus`) goes through every stage of the tool, each stage a child
process through the public CLI (``python -m kg.cli …``), so the figures hold whatever
the store's layout; the peers (:mod:`kg.bench.peers`) run on the N-Quads ``kg export``
wrote of the same store. Figures, never assertions.

Per stage: wall-clock seconds of the child from start to exit (interpreter start and
imports included), throughput in quads per second of the store (or of the data it
handles), peak memory (the largest resident set size, RSS, summed over the child and
its descendants, sampled every :data:`SAMPLE` seconds with psutil, and never below
the largest single process's ``ru_maxrss`` where that exceeds what fork copied), and the size of what it wrote (store on
disk, export file). A stage running past its limit is killed (its process group)
and reported as ``> limit``; the run goes on with the next.

Stages (``--only``):

``build``     ``kg build --no-validate`` of the whole corpus into a new store
``validate``  ``kg validate --no-reason`` (SHACL shapes and quotes, no OWL reasoner)
``query``     each canned query with its catalog example (``kg query NAME -p …``),
              and ``kg query`` of an empty query, the start-up every query pays,
              beside ``oxigraph query`` of the same query on the same store
``export``    ``kg export`` as Turtle and as N-Quads
``push``      ``kg push`` to a local ``oxigraph serve`` started on a free port, the
              same push again (every graph then replaced), and
              each canned query against it (``kg query NAME --endpoint``; one
              that ran past the limit on the embedded store is not repeated)
``ingest``    ``kg ingest`` of one more article into (a copy of) the full store,
              its checks included, beside Oxigraph's own ``Store.load`` of the
              quads that ``kg ingest`` wrote in the article's graph into another copy
``extract``   ``kg extract`` of the first :data:`EXTRACT_MAX` generated texts
``oxigraph``  raw Oxigraph: ``Store.bulk_load`` of the N-Quads, ``oxigraph dump``,
              ``POST /store`` of the N-Quads to ``oxigraph serve``
``rdflib``    the rdflib pipeline (parse, SPARQL, Turtle, pySHACL), up to
              ``--rdflib-max`` articles; its parse and copy may take the stage limit,
              each query and the Turtle and pySHACL steps the query limit
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import psutil

STAGES = ("build", "validate", "query", "export", "push", "ingest", "extract", "oxigraph", "rdflib")
#: Seconds between two samples of a child's memory.
SAMPLE = 0.1
#: Articles ``kg extract`` drafts per size (the drafting engine reads ~2 articles/s).
EXTRACT_MAX = 50


def _copy_store(store: Path, copy: Path) -> None:
    """Copy the store folder ``store`` to ``copy`` with the shapes' translation kept
    beside it (:func:`kg.store.shapes_cache_path`), so that a command on the copy is
    measured as on a store that has been validated or written to before."""
    from kg.store import shapes_cache_path

    shutil.copytree(store, copy)
    if shapes_cache_path(store).is_file():
        shutil.copyfile(shapes_cache_path(store), shapes_cache_path(copy))


@dataclass
class Measure:
    """One finished (or stopped) child: wall ``seconds``, ``peak`` memory in bytes
    (see the module docstring), exit code, whether it was stopped at its limit, and
    what it printed."""

    seconds: float
    peak: int
    exit: int | None
    cut: bool
    stdout: str
    stderr: str


def tree_memory(pid: int, proportional: bool = False) -> int:
    """Memory of a process and its descendants, in bytes: resident set size, or with
    ``proportional`` the proportional set size (pages shared between them counted
    once, read from smaps, a few milliseconds). 0 for any that has already exited."""
    total = 0
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += p.memory_full_info().pss if proportional else p.memory_info().rss
        except psutil.Error:
            pass
    return total


def measure(argv: list[str], limit: float, work: Path) -> Measure:
    """Run ``argv`` as a child in its own process group, sampling its memory, and stop
    the group after ``limit`` seconds. Output goes through files in ``work`` so that a
    child writing much never blocks on a pipe."""
    out, err = work / "child.out", work / "child.err"
    with out.open("wb") as o, err.open("wb") as e:
        # Linux counts the benchmark's own resident memory, copied at fork, in the
        # child's ru_maxrss: a figure at or below it says nothing about the child.
        floor = psutil.Process().memory_info().rss
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=o, stderr=e, stdin=subprocess.DEVNULL, start_new_session=True)
        peak, cut = 0, False
        try:
            while True:
                pid, status, usage = os.wait4(child.pid, os.WNOHANG)
                now = time.perf_counter()
                if pid:
                    break
                if now - start > limit:
                    cut = True
                    os.killpg(child.pid, signal.SIGKILL)
                    _, status, usage = os.wait4(child.pid, 0)
                    now = time.perf_counter()
                    break
                peak = max(peak, tree_memory(child.pid))
                time.sleep(SAMPLE)
        except BaseException:
            # Interrupted (Ctrl-C reaches only the benchmark: the child has its own
            # session): stop the child's whole group too, never leave it running.
            os.killpg(child.pid, signal.SIGKILL)
            os.waitpid(child.pid, 0)
            raise
    if usage.ru_maxrss * 1024 > floor:
        peak = max(peak, usage.ru_maxrss * 1024)
    code = None if cut else os.waitstatus_to_exitcode(status)
    # Every measure is logged as it ends, so a long run stopped half-way keeps its figures.
    with (work / "measures.jsonl").open("a", encoding="utf-8") as log:
        log.write(json.dumps({"argv": argv[1:], "seconds": round(now - start, 3), "peak": peak, "exit": code,
                              "cut": cut}) + "\n")
    return Measure(now - start, peak, code, cut, out.read_text(encoding="utf-8", errors="replace"),
                   err.read_text(encoding="utf-8", errors="replace"))


def kg(*args: str) -> list[str]:
    """The argv of the real CLI, run by this interpreter."""
    return [sys.executable, "-m", "kg.cli", *args]


def disk_size(path: Path) -> int:
    """Bytes of a file, or of every file under a folder."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


@dataclass
class Row:
    """One line of a size's table: what ran, its measure, the quads it handled (for
    the throughput), the bytes it wrote, and the peer compared with (label, seconds)."""

    stage: str
    m: Measure | None
    quads: int | None = None
    size: int | None = None
    peer: tuple[str, float | None] | None = None
    note: str = ""


@dataclass
class SizeResult:
    """The figures of one corpus size."""

    articles: int
    claims: int = 0
    facts: int = 0
    entities: int = 0
    quads: int = 0
    rows: list[Row] = field(default_factory=list)
    queries: list[dict] = field(default_factory=list)
    peers: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class OxigraphServer:
    """``oxigraph serve`` on a free loopback port over a new folder, union default graph
    (as ``kg serve`` answers); stopped by :meth:`stop` (terminate, then kill)."""

    def __init__(self, location: Path):
        import socket

        from kg.serve import oxigraph_binary

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.log = (location.parent / f"{location.name}.log").open("wb")
        self.proc = subprocess.Popen([str(oxigraph_binary()), "serve", "--location", str(location), "--bind",
                                      f"127.0.0.1:{port}", "--union-default-graph"],
                                     stdout=self.log, stderr=self.log, stdin=subprocess.DEVNULL)
        from kg.serve import wait_until_ready

        wait_until_ready(self.base + "/query", self.proc, timeout=60)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def machine() -> dict:
    """The machine the figures come from: CPU model, cores, RAM (GiB), OS, Python,
    pyoxigraph and rdflib versions, date (UTC)."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
            "os": platform.platform(), "python": platform.python_version(), "pyoxigraph": version("pyoxigraph"),
            "rdflib": version("rdflib"), "pyshacl": version("pyshacl"),
            "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def bound_queries(store: Path) -> dict[str, dict]:
    """Each canned query of the catalog with its example parameters, bound on the
    store (labels resolved as ``kg query`` resolves them): name -> {params, sparql}.
    A query whose example does not resolve gets ``error`` instead of ``sparql``."""
    from kg.catalog import load_catalog
    from kg.errors import KGError
    from kg.output import solutions
    from kg.store import GraphStore

    out = {}
    with GraphStore.open(store, read_only=True) as g:
        def run(text):
            return solutions(g.query(text, prefixes=False))

        for name, canned in sorted(load_catalog().items()):
            params = {k: str(v) for k, v in canned.example.items()}
            try:
                out[name] = {"params": params, "sparql": canned.bind(params, run)}
            except KGError as e:
                out[name] = {"params": params, "error": str(e)}
    return out


def _rows(path: Path) -> int | None:
    """Rows of a TSV result file (its header line excluded)."""
    if not path.exists():
        return None
    with path.open("rb") as f:
        return max(sum(1 for _ in f) - 1, 0)


def _failed(m: Measure) -> str:
    if m.cut:
        return ""
    if m.exit != 0:
        last = [line for line in m.stderr.strip().splitlines() if line.strip()][-1:] or ["no message"]
        return f"exit {m.exit}: {last[0][:200]}"
    return ""


def run_size(n: int, seed: int, stages: list[str], limit: float, stage_limit: float, rdflib_max: int, work: Path,
             progress: Callable[[str], None]) -> SizeResult:
    """Generate a corpus of ``n`` articles in ``work`` and measure ``stages`` on it."""
    from kg.bench.corpus import generate
    from kg.corpus import load_yaml
    from kg.namespaces import article_graph
    from kg.resources import SHAPES_FILE

    res = SizeResult(n)
    corpus, store = work / "corpus", work / "store"
    progress(f"{n} articles: generating the corpus")
    summary = generate(corpus, n, seed)
    res.claims, res.facts, res.entities = summary["claims"], summary["facts"], summary["entities"]
    res.notes.append(f"Most reported facts: {', '.join(map(str, summary['most_reported']))} articles; "
                     f"facts reported once: {summary['reported_once']} of {summary['facts']}")
    progress(f"{n} articles: build")
    build = measure(kg("build", "--store", str(store), "--corpus", str(corpus), "--no-validate", "-q"),
                    stage_limit, work)
    if build.cut or build.exit != 0:
        res.rows.append(Row("build", build, note=_failed(build) or "stopped"))
        return res
    import pyoxigraph as ox

    ro = ox.Store.read_only(str(store))
    res.quads = len(ro)
    del ro
    res.rows.append(Row("build (`kg build --no-validate`)", build, res.quads, disk_size(store)))
    nq = work / "export.nq"
    exports: dict[str, Measure] = {}
    for fmt, path in (("nquads", nq), ("turtle", work / "export.ttl")):
        if "export" in stages or (fmt == "nquads" and ({"oxigraph", "rdflib"} & set(stages))):
            progress(f"{n} articles: export {fmt}")
            exports[fmt] = measure(kg("export", "--store", str(store), "-F", fmt, "-o", str(path), "-q"),
                                   stage_limit, work)
    peer: dict[str, float | None] = {}
    if "oxigraph" in stages and nq.exists():
        progress(f"{n} articles: raw Oxigraph")
        load = measure([sys.executable, "-m", "kg.bench.peers", "bulk-load", str(nq), str(work / "raw")],
                       stage_limit, work)
        res.peers.append(Row("Oxigraph `Store.bulk_load` of the N-Quads", load, res.quads, disk_size(work / "raw"),
                             note=_failed(load)))
        peer["bulk_load"] = None if load.cut or load.exit else load.seconds
        from kg.serve import oxigraph_binary

        dump = measure([str(oxigraph_binary()), "dump", "--location", str(work / "raw"), "--file",
                        str(work / "dump.nq")], stage_limit, work)
        res.peers.append(Row("`oxigraph dump` (N-Quads)", dump, res.quads, disk_size(work / "dump.nq")
                             if (work / "dump.nq").exists() else None, note=_failed(dump)))
        peer["dump"] = None if dump.cut or dump.exit else dump.seconds
        server = OxigraphServer(work / "raw-server")
        try:
            post = measure([sys.executable, "-m", "kg.bench.peers", "post", server.base + "/store", str(nq)],
                           stage_limit, work)
        finally:
            server.stop()
        res.peers.append(Row("Oxigraph server `POST /store` of the N-Quads", post, res.quads, note=_failed(post)))
        peer["post"] = None if post.cut or post.exit else post.seconds
    queries = bound_queries(store) if ({"query", "push", "rdflib"} & set(stages)) else {}
    rdflib_times: dict[str, float | None] = {}
    if "rdflib" in stages and nq.exists():
        if n > rdflib_max:
            res.notes.append(f"rdflib peer not run above {rdflib_max} articles (--rdflib-max): it would not finish "
                             f"within the limits (parsing alone grows to minutes and gigabytes)")
        else:
            progress(f"{n} articles: rdflib peer")
            qfile = work / "queries.json"
            qfile.write_text(json.dumps({k: v["sparql"] for k, v in queries.items() if "sparql" in v}),
                             encoding="utf-8")
            steps = len(queries) + 4
            m = measure([sys.executable, "-m", "kg.bench.peers", "rdflib", str(nq), str(qfile), str(SHAPES_FILE),
                         str(limit), str(stage_limit)], limit * steps + 2 * stage_limit, work)
            for line in m.stdout.splitlines():
                s = json.loads(line)
                rdflib_times[s["step"]] = None if s.get("cut") else (
                    "error" if "error" in s else s["seconds"])
            done = "; ".join(f"{k} {_secs(v)}" for k, v in rdflib_times.items() if not k.startswith("query:"))
            res.peers.append(Row("rdflib pipeline, whole child (parse, queries, Turtle, pySHACL)", m, None,
                                 note=(_failed(m) + " " if _failed(m) else "") + done))
    for label, fmt, ref in (("export Turtle (`kg export -F turtle`)", "turtle", "dump"),
                            ("export N-Quads (`kg export -F nquads`)", "nquads", "dump")):
        if "export" in stages and fmt in exports:
            m = exports[fmt]
            path = nq if fmt == "nquads" else work / "export.ttl"
            res.rows.append(Row(label, m, res.quads, disk_size(path) if path.exists() else None,
                                ("oxigraph dump", peer.get(ref)), _failed(m)))
            if fmt == "turtle" and "turtle" in rdflib_times:
                res.rows[-1].note += f" rdflib Turtle: {_secs(rdflib_times['turtle'])}"
    res.rows[0].peer = ("bulk_load", peer.get("bulk_load"))
    if "validate" in stages:
        progress(f"{n} articles: validate")
        m = measure(kg("validate", "--store", str(store), "--no-reason", "-q"), stage_limit, work)
        res.rows.append(Row("validate (`kg validate --no-reason`)", m, res.quads,
                            peer=("pySHACL", rdflib_times.get("shacl")) if "shacl" in rdflib_times else None,
                            note=_failed(m) if m.exit not in (0, 1) else ("conforms" if m.exit == 0 else
                                                                          "does not conform")))
    if "query" in stages:
        progress(f"{n} articles: queries")
        start = measure(kg("query", "--store", str(store), "-e", "SELECT * WHERE {} LIMIT 0", "-F", "tsv", "-o",
                           str(work / "q.tsv")), limit, work)
        from kg.serve import oxigraph_binary

        # Oxigraph's own CLI on the same store and query: the start-up of a native program.
        native = measure([str(oxigraph_binary()), "query", "--location", str(store), "--query",
                          "SELECT * WHERE {} LIMIT 0", "--results-format", "tsv", "--results-file",
                          str(work / "q-native.tsv")], limit, work)
        res.rows.append(Row("`kg query` start-up (an empty query)", start,
                            peer=("oxigraph query", None if native.cut or native.exit else native.seconds),
                            note=_failed(start) or _failed(native)))
        for name, q in queries.items():
            out = work / f"q-{name}.tsv"
            args = [a for k, v in q["params"].items() for a in ("-p", f"{k}={v}")]
            m = measure(kg("query", name, "--store", str(store), *args, "-F", "tsv", "-o", str(out)), limit, work)
            res.queries.append({"name": name, "params": q["params"], "m": m, "rows": _rows(out),
                                "net": None if m.cut or m.exit else max(m.seconds - start.seconds, 0.0),
                                "rdflib": rdflib_times.get(f"query:{name}", "not run"),
                                "note": _failed(m) or q.get("error", "")})
    if "push" in stages:
        progress(f"{n} articles: push")
        server = OxigraphServer(work / "push-server")
        try:
            m = measure(kg("push", "--store", str(store), "--endpoint", server.base + "/query", "-q"),
                        stage_limit, work)
            res.rows.append(Row("push (`kg push` to `oxigraph serve`)", m, res.quads,
                                peer=("POST /store", peer.get("post")), note=_failed(m)))
            # Pushed again, every graph is replaced beside its old version (temporary
            # graph, count, MOVE): the price of never showing a reader half a graph.
            again = measure(kg("push", "--store", str(store), "--endpoint", server.base + "/query", "-q"),
                            stage_limit, work)
            res.rows.append(Row("push again (`kg push`, every graph replaced)", again, res.quads,
                                peer=("POST /store", peer.get("post")), note=_failed(again)))
            for q in res.queries or [{"name": k, "params": v["params"]} for k, v in queries.items()]:
                if "m" in q and q["m"].cut:
                    continue  # past the limit on the embedded store: not repeated on the server
                args = [a for k, v in q["params"].items() for a in ("-p", f"{k}={v}")]
                r = measure(kg("query", q["name"], "--endpoint", server.base + "/query", *args, "-F", "tsv", "-o",
                               str(work / "r.tsv")), limit, work)
                q["remote"] = r
        finally:
            server.stop()
    if "ingest" in stages:
        progress(f"{n} articles: one more article")
        copy = work / "store-plus-one"
        _copy_store(store, copy)
        extra = sorted((corpus / "extra").glob("*.yaml"))
        m = measure(kg("ingest", "--store", str(copy), "--entities", str(corpus / "entities.yaml"), "-q",
                       *map(str, extra)), limit, work)
        added = len(ox.Store.read_only(str(copy))) - res.quads if m.exit == 0 else None
        own = None
        if m.exit == 0:
            # The peer: Oxigraph's own load of the quads kg wrote in the articles' graphs,
            # into another copy of the same store.
            written = ox.Store.read_only(str(copy))
            article_nq = work / "one-more.nq"
            # The generated files name their article by a mapping (id, file, url...).
            graphs = [article_graph(load_yaml(path)["article"]["id"]) for path in extra]
            article_nq.write_bytes(ox.serialize([q for g in graphs for q in written.quads_for_pattern(None, None, None, g)],
                                                format=ox.RdfFormat.N_QUADS))
            del written
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(store, copy)
            own = measure([sys.executable, "-m", "kg.bench.peers", "add", str(article_nq), str(copy)], limit, work)
            res.peers.append(Row("Oxigraph `Store.load` of one more article's graph into a copy of the store", own,
                                 article_nq.read_bytes().count(b"\n"), note=_failed(own)))
        res.rows.append(Row("one more article (`kg ingest`, its checks included)", m, added, note=_failed(m),
                            peer=("Store.load", None if own is None or own.cut or own.exit else own.seconds)))
        shutil.rmtree(copy, ignore_errors=True)
    if "extract" in stages:
        progress(f"{n} articles: extract")
        texts = sorted((corpus / "articles").glob("*.txt"))[:EXTRACT_MAX]
        m = measure(kg("extract", *map(str, texts), "--corpus", str(corpus), "-o", str(work / "drafts"), "-q"),
                    stage_limit, work)
        drafted = len(list((work / "drafts").glob("*.yaml"))) if (work / "drafts").exists() else 0
        res.rows.append(Row(f"`kg extract` of {len(texts)} generated texts", m,
                            note=_failed(m) or f"{len(texts) / m.seconds:.2f} articles/s, {drafted} drafts written"))
    return res


def _secs(s) -> str:
    if s is None:
        return "> limit"
    if isinstance(s, str):
        return s
    return f"{s:.3f} s" if s < 1 else f"{s:.1f} s"


def _mib(b: int | None) -> str:
    return "" if b is None else f"{b / 2**20:,.0f} MiB"


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or isinstance(b, str) or b <= 0:
        return ""
    return f"{a / b:.2f}x"


def _wall(m: Measure | None, limit: float | None = None) -> str:
    if m is None:
        return ""
    return "> limit" if m.cut else _secs(m.seconds)


def render(results: list[SizeResult], info: dict, load: tuple, limit: float, stage_limit: float, seed: int) -> str:
    """The report as Markdown: the machine, then per size the stages, the queries and
    the peers (ratios: this tool's time over the peer's; below 1 is faster)."""
    lines = [
        "# Scale benchmark",
        "",
        (f"`kg bench run --articles {','.join(str(r.articles) for r in results)} --seed {seed} --limit {limit:g} "
         f"--stage-limit {stage_limit:g}` on {info['date']}."),
        "",
        (f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram_gib']} GiB RAM; {info['os']}; Python "
         f"{info['python']}; pyoxigraph {info['pyoxigraph']}, rdflib {info['rdflib']}, pySHACL {info['pyshacl']}. "
         f"Load average (1 min) {load[0]:.2f} at the start, {load[1]:.2f} at the end (the machine is shared: "
         "figures under load are slower than on an idle machine)."),
        "",
        ("Wall: seconds of the child process from start to exit (start-up included). Memory: peak RSS of the "
         "child and its children. Throughput: quads of the store per second. Ratio: this tool's time over the "
         f"peer's. \"> limit\": stopped at the limit ({limit:g} s per query or rdflib step, {stage_limit:g} s per "
         "whole-store stage)."),
    ]
    for r in results:
        lines += ["", f"## {r.articles:,} articles", "",
                  f"{r.claims:,} claims of {r.facts:,} facts, {r.entities:,} entities, {r.quads:,} quads in the store. "
                  + " ".join(n + "." for n in r.notes), "",
                  "| stage | wall | quads/s | peak memory | size | peer | ratio | note |",
                  "|---|---|---|---|---|---|---|---|"]
        for row in r.rows:
            m = row.m
            tput = f"{row.quads / m.seconds:,.0f}" if m and not m.cut and row.quads and m.exit in (0, 1) else ""
            peer = f"{row.peer[0]} {_secs(row.peer[1])}" if row.peer and row.peer[1] is not None else ""
            ratio = _ratio(m.seconds if m and not m.cut else None, row.peer[1] if row.peer else None)
            lines.append(f"| {row.stage} | {_wall(m)} | {tput} | {_mib(m.peak if m else None)} | "
                         f"{_mib(row.size)} | {peer} | {ratio} | {row.note.strip()} |")
        if r.queries:
            lines += ["", ("| canned query (example parameters) | rows | wall | net of start-up | rdflib | ratio to "
                           "rdflib | peak memory | on `oxigraph serve` | note |"), "|---|---|---|---|---|---|---|---|---|"]
            for q in r.queries:
                m = q["m"]
                params = ", ".join(f"{k}={v}" for k, v in q["params"].items())
                remote = q.get("remote")
                lines.append(f"| {q['name']}{f' ({params})' if params else ''} | "
                             f"{'' if m.cut or m.exit else q['rows']} | {_wall(m)} | "
                             f"{'' if q['net'] is None else _secs(q['net'])} | {_secs(q['rdflib'])} | "
                             f"{_ratio(q['net'], q['rdflib'])} | {_mib(m.peak)} | {_wall(remote)} | {q['note']} |")
        if r.peers:
            lines += ["", "| peer | wall | quads/s | peak memory | size | note |", "|---|---|---|---|---|---|"]
            for row in r.peers:
                m = row.m
                tput = f"{row.quads / m.seconds:,.0f}" if not m.cut and row.quads and m.exit == 0 else ""
                lines.append(f"| {row.stage} | {_wall(m)} | {tput} | {_mib(m.peak)} | {_mib(row.size)} | "
                             f"{row.note.strip()} |")
    return "\n".join(lines)


def run_benchmark(sizes: list[int], seed: int, stages: list[str], limit: float, stage_limit: float, rdflib_max: int,
                  keep: Path | None, progress: Callable[[str], None] = lambda _: None) -> str:
    """Run the benchmark at each size (articles) and return the Markdown report (see
    :func:`render`). ``limit``: seconds per query and per peer step;
    ``stage_limit``: seconds per whole-store stage (build, validate, export, push,
    ingest, extract, each raw Oxigraph step). ``keep``: a folder to work
    in and keep; by default a temporary folder, removed at the end."""
    info = machine()
    load_start = os.getloadavg()[0]

    def stopped(signum, frame):
        raise SystemExit(128 + signum)  # unwinds through measure(), which stops its child

    signal.signal(signal.SIGTERM, stopped)
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        base = keep or Path(tmp)
        for n in sizes:
            work = base / f"n{n}"
            if work.exists():
                shutil.rmtree(work)
            work.mkdir(parents=True)
            results.append(run_size(n, seed, stages, limit, stage_limit, rdflib_max, work, progress))
            if keep is None:
                shutil.rmtree(work, ignore_errors=True)
    return render(results, info, (load_start, os.getloadavg()[0]), limit, stage_limit, seed)
