"""CPU time of canned queries through the real CLI, each with its catalog example.

Usage: python bench/query_cpu.py STORE [--limit SECONDS] [--out DIR] [--page] [NAME ...]

Runs ``kg query NAME --store STORE -p … -F tsv -o DIR/NAME.tsv`` for each query named
(default: the whole catalog), one after the other (every row: a file written with -o
holds them all), or with ``--page`` ``kg query NAME … -F tsv > DIR/NAME.tsv`` (the
default page a user sees on standard output), and prints one tab-separated line
per query: name, exit status (or "stopped" past the limit), rows, wall seconds, CPU
seconds of the child (user + system, start-up included), the parameters. The store is
opened read-only by ``kg query``.

With ``--raw``, the peer instead: a child that binds the query as ``kg query`` does and
gives the bound text, with ``LIMIT 101`` after its outer ``ORDER BY``, to Oxigraph's
``Store.query`` as it is (no subquery evaluated once, no page cut first), writing the
first 100 rows as TSV: what the same text costs on the engine alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.catalog import load_catalog


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("names", nargs="*")
    ap.add_argument("--limit", type=float, default=90.0, help="seconds before a query is stopped")
    ap.add_argument("--out", default=None, help="folder for the TSV answers (default: a temporary one)")
    ap.add_argument("--page", action="store_true", help="the default page on standard output, not every row in a file")
    ap.add_argument("--raw", action="store_true", help="the bound text run by Oxigraph as it is (the first 100 rows)")
    if sys.argv[1:2] == ["--raw-one"]:  # the child of --raw: NAME STORE PARAMS
        return raw_one(*sys.argv[2:5])
    args = ap.parse_intermixed_args()
    catalog = load_catalog()
    out = Path(args.out or tempfile.mkdtemp(prefix="query-cpu-"))
    out.mkdir(parents=True, exist_ok=True)
    for name in args.names or sorted(catalog):
        params = [x for k, v in catalog[name].example.items() for x in ("-p", f"{k}={v}")]
        target = out / f"{name}.tsv"
        target.unlink(missing_ok=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        command = [sys.executable, "-m", "kg.cli", "query", name, "--store", args.store, *params, "-F", "tsv"]
        if args.raw:
            command = [sys.executable, __file__, "--raw-one", name, args.store, json.dumps(catalog[name].example)]
        sink = target.open("wb") if args.page or args.raw else None
        child = subprocess.Popen(command if args.page or args.raw else [*command, "-o", str(target)],
                                 stdout=sink or subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            child.wait(timeout=args.limit)
            status = str(child.returncode)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            status = "stopped"
        if sink:
            sink.close()
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        rows = len(target.read_text(encoding="utf-8").splitlines()) - 1 if status == "0" and target.exists() else ""
        print(f"{name}\t{status}\t{rows}\t{wall:.2f}\t{cpu:.2f}\t{' '.join(params[1::2])}", flush=True)


def raw_one(name: str, store: str, params: str) -> None:
    """Bind the canned query ``name`` with the JSON object ``params`` on ``store`` (read
    only) and write the first 100 rows of its text, run by Oxigraph as it is, to
    standard output as TSV."""
    from kg.catalog import get
    from kg.namespaces import XSD
    from kg.output import solutions
    from kg.query import with_limit
    from kg.store import GraphStore

    g = GraphStore.open(Path(store), read_only=True, create=False)

    def run(text):
        return solutions(g.query(text, prefixes=False))

    bound = get(name).bind({k: str(v) for k, v in json.loads(params).items()}, run)
    page = with_limit(bound, 101) if not any(p.type == "limit" for p in get(name).params.values()) else bound
    variables, rows = run(page)
    def cell(t) -> str:  # as SPARQL 1.1 TSV writes it (kg query's -F tsv): an integer bare
        if t is None:
            return ""
        integer = getattr(t, "datatype", None) is not None and t.datatype.value == XSD + "integer"
        return t.value if integer else str(t)

    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(cell(t) for t in row) for row in rows[:100]]
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
