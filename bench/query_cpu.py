"""CPU time of canned queries through the real CLI, each with its catalog example.

Usage: python bench/query_cpu.py STORE [--limit SECONDS] [--out DIR] [--page] [NAME ...]

Runs ``kg query NAME --store STORE -p … -F tsv -o DIR/NAME.tsv`` for each query named
(default: the whole catalog), one after the other (every row: a file written with -o
holds them all), or with ``--page`` ``kg query NAME … -F tsv > DIR/NAME.tsv`` (the
default page a user sees on standard output), and prints one tab-separated line
per query: name, exit status (or "stopped" past the limit), rows, wall seconds, CPU
seconds of the child (user + system, start-up included), the parameters. The store is
opened read-only by ``kg query``.
"""

from __future__ import annotations

import argparse
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
        sink = target.open("wb") if args.page else None
        child = subprocess.Popen(command if args.page else [*command, "-o", str(target)],
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


if __name__ == "__main__":
    main()
