"""The peers of the scale benchmark, each run as a child process by
:mod:`kg.bench.scale` on the N-Quads that ``kg export`` wrote of the benchmark's
store, so that they see exactly the same data:

``rdflib NQUADS QUERIES SHAPES LIMIT [LOAD_LIMIT]``
    the straightforward rdflib pipeline: parse the N-Quads into an ``rdflib.Dataset``
    (union default graph), run each canned query (bound texts read from the JSON file
    QUERIES: name -> SPARQL) with rdflib's SPARQL engine, copy the union into one
    ``Graph``, serialise it as Turtle, validate it with pySHACL against SHAPES. Each
    step is stopped after LIMIT seconds (``SIGALRM``: rdflib and pySHACL are pure
    Python, so the alarm interrupts them) and reported as cut; the parse and the copy,
    without which nothing else runs, after LOAD_LIMIT seconds (default
    :data:`LOAD_LIMIT`).
``bulk-load NQUADS DIRECTORY``
    raw Oxigraph: ``pyoxigraph.Store(DIRECTORY).bulk_load`` of the file.
``add NQUADS DIRECTORY``
    raw Oxigraph adding to a store that exists: ``pyoxigraph.Store(DIRECTORY).load``
    of the file in one transaction, then ``flush`` (the peer of one more article:
    the quads ``kg ingest`` wrote in the article's graph, into a copy of the store it
    wrote them to).
``post URL NQUADS``
    Oxigraph server's own loader: ``POST`` of the file to ``URL`` (``/store``) as
    ``application/n-quads``, streamed from disk.

Each prints one JSON object per line: ``{"step": …, "seconds": …, …}`` (seconds of
wall clock inside the process, interpreter start excluded), ``"cut": true`` for a
step stopped at its limit, ``"error": …`` for a step that failed (the next still runs).
"""

from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path

#: Seconds the rdflib peer may take to parse the data and to copy it into one graph.
LOAD_LIMIT = 1800.0


class _Cut(Exception):
    """A step ran past its limit."""


def _alarm(signum, frame):
    raise _Cut()


def _step(name: str, limit: float, fn) -> object:
    """Run ``fn`` for at most ``limit`` seconds; print its line; return its result
    (None when cut)."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        result = fn()
    except _Cut:
        print(json.dumps({"step": name, "seconds": round(time.perf_counter() - start, 3), "cut": True}), flush=True)
        return None
    except Exception as e:  # noqa: BLE001 -- the peer's own failure (an rdflib bug on a query) is a figure too
        print(json.dumps({"step": name, "error": f"{type(e).__name__}: {e}"[:120]}), flush=True)
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    line = {"step": name, "seconds": round(time.perf_counter() - start, 4)}
    if isinstance(result, int):
        line["count"] = result
    print(json.dumps(line), flush=True)
    return result


def rdflib_pipeline(nquads: Path, queries: Path, shapes: Path, limit: float, load_limit: float = LOAD_LIMIT) -> None:
    """The rdflib peer (see the module docstring)."""
    import pyshacl
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    if _step("parse", load_limit, lambda: len(ds.parse(str(nquads), format="nquads"))) is None:
        return  # nothing to query without the data
    for name, text in json.loads(queries.read_text(encoding="utf-8")).items():
        _step(f"query:{name}", limit, lambda text=text: len(list(ds.query(text))))
    union = rdflib.Graph()

    def copy() -> int:
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        return len(union)

    if _step("union", load_limit, copy) is None:
        return
    _step("turtle", limit, lambda: len(union.serialize(format="turtle").encode("utf-8")))
    shapes_graph = rdflib.Graph().parse(str(shapes), format="turtle")
    _step("shacl", limit, lambda: int(not pyshacl.validate(union, shacl_graph=shapes_graph, inference="none")[0]))


def bulk_load(nquads: Path, directory: Path) -> None:
    """Raw Oxigraph's loader into a new on-disk store."""
    import pyoxigraph as ox

    store = ox.Store(str(directory))

    def load() -> int:
        store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        store.flush()
        return len(store)

    _step("bulk_load", 1e9, load)


def add(nquads: Path, directory: Path) -> None:
    """Raw Oxigraph adding the file's quads to the store at ``directory``."""
    import pyoxigraph as ox

    store = ox.Store(str(directory))

    def load() -> None:  # len(store) would count every quad of the store
        store.load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        store.flush()

    _step("add", 1e9, load)


def post(url: str, nquads: Path) -> None:
    """Oxigraph server's own loader: POST the file to its /store."""
    import requests

    def send() -> int:
        with nquads.open("rb") as f:
            r = requests.post(url, data=f, headers={"Content-Type": "application/n-quads"}, timeout=None)
        r.raise_for_status()
        return r.status_code

    _step("post", 1e9, send)


def main(argv: list[str]) -> int:
    if argv[:1] == ["rdflib"] and len(argv) in (5, 6):
        rdflib_pipeline(Path(argv[1]), Path(argv[2]), Path(argv[3]), *map(float, argv[4:]))
    elif argv[:1] == ["bulk-load"] and len(argv) == 3:
        bulk_load(Path(argv[1]), Path(argv[2]))
    elif argv[:1] == ["add"] and len(argv) == 3:
        add(Path(argv[1]), Path(argv[2]))
    elif argv[:1] == ["post"] and len(argv) == 3:
        post(argv[1], Path(argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
