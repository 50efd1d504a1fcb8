"""CPU time of each SHACL query `kg validate` runs, on a built store.

Usage: python bench/shacl_cpu.py STORE [--top N]

Translates the project's shapes (:class:`kg.shaclsparql.ShapesQueries`), runs each of
their SELECTs alone on the store (opened read-only), one after the other in this
process, and prints the total CPU seconds and peak resident memory, the ``N`` slowest
queries (seconds, index, constraint component, source shape, results), then the
seconds summed by focus class (the targets of the query's shape) and by component.
"""

from __future__ import annotations

import argparse
import collections
import re
import resource
import time
from pathlib import Path

from kg.resources import SHAPES_FILE
from kg.shaclsparql import ShapesQueries, run_check
from kg.store import GraphStore


def _named(target: str) -> str:
    """A target pattern in short: the local name of the class, or of the predicate whose
    subjects or objects are targeted, or the node."""
    iri = re.findall(r"<([^>]+)>", target)[-1]
    return re.split(r"[#/]", iri)[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--top", type=int, default=20, help="how many of the slowest queries to list")
    args = ap.parse_args()
    store = GraphStore.open(Path(args.store), read_only=True, create=False).store
    queries = ShapesQueries.from_file(Path(SHAPES_FILE))
    timed = []
    for i, text in enumerate(queries.prepared(store)):
        start = time.process_time()
        found = len(run_check(store, text))
        timed.append((time.process_time() - start, i, found))
    total = sum(t for t, _, _ in timed)
    print(f"{len(timed)} queries: {total:.2f} s of CPU, peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")
    by_target: collections.Counter = collections.Counter()
    by_component: collections.Counter = collections.Counter()
    owner = {id(p): s for s in queries.top for p in (s, *s.properties)}
    for seconds, i, _ in timed:
        _, source, name = queries.queries[i]
        shape = owner.get(id(source), source)
        by_target[" | ".join(_named(t) for t in shape.targets)] += seconds
        by_component[name] += seconds
    for seconds, i, found in sorted(timed, reverse=True)[:args.top]:
        _, source, name = queries.queries[i]
        print(f"{seconds:8.2f}  #{i} {name} {source.node} ({found} results)")
    print("by focus nodes:")
    for target, seconds in by_target.most_common(10):
        print(f"{seconds:8.2f}  {target}")
    print("by component:", ", ".join(f"{n} {s:.2f}" for n, s in by_component.most_common()))


if __name__ == "__main__":
    main()
