"""How fast the evidence browser answers: for each store given, prints the time to
render each kind of page on its busiest entity (named by the most facts) and its busiest
fact (supported by the most articles), twice, with the page cache emptied before each
(so both times read the graph; the first also compiles nothing: the site is warmed as
``kg serve`` warms it). Pages are rendered in-process over the store, as kg serve
renders them.

    kg build --store /tmp/s5                                   # the sample corpus
    kg bench generate --articles 300 --seed 1 -o /tmp/g300
    kg build -q --corpus /tmp/g300 --store /tmp/s300
    python bench/browse.py /tmp/s5 /tmp/s300

Figures, not assertions: the targets (200 ms on the sample corpus, 1 s at 10,000
articles; issue 12) are checked by reading this output. The canned query page is left
out: it takes as long as the query itself, which is the catalog's cost, not the page's.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.browse.graph import local, select  # noqa: E402
from kg.browse.pages import Site  # noqa: E402
from kg.namespaces import FACT, FACTS_GRAPH, ID  # noqa: E402
from kg.output import solutions  # noqa: E402
from kg.store import GraphStore  # noqa: E402


def busiest(run) -> tuple[str, str]:
    """(entity key, fact key): the entity the most facts name in any role, and the fact
    the most articles support (ties by IRI)."""
    entity = select(run, f"""SELECT ?e (COUNT(DISTINCT ?f) AS ?n) WHERE {{ GRAPH <{FACTS_GRAPH}> {{ ?f ?p ?e }}
        FILTER(STRSTARTS(STR(?f), "{FACT}") && STRSTARTS(STR(?e), "{ID}") && !STRSTARTS(STR(?e), "{FACT}"))
      }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1""")[0]
    fact = select(run, """SELECT ?f (COUNT(DISTINCT ?a) AS ?n) WHERE { ?c gkg:supports ?f ; prov:wasQuotedFrom ?a }
        GROUP BY ?f ORDER BY DESC(?n) ?f LIMIT 1""")[0]
    return local(entity["e"].value), local(fact["f"].value)


def main(stores: list[str]) -> None:
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    for location in stores:
        store = GraphStore.open(Path(location), read_only=True)
        try:
            run = lambda text: solutions(store.query(text, prefixes=False))  # noqa: E731
            entity, fact = busiest(run)
            first = store.article_ids()[0]
            print(f"{location}: {len(store.article_ids())} articles, {store.count()} quads; "
                  f"busiest entity {entity}, busiest fact {fact}")
            site = Site(run, editor="/")
            site.warm()
            for path in ("index", f"entity/{entity}", f"timeline/{entity}", "network", f"network/{entity}",
                         f"fact/{fact}", f"article/{first}", "queries"):
                times, size = [], 0
                for _ in range(2):
                    site._cache.clear()  # time the reading of the graph, not the page cache
                    started = time.perf_counter()
                    size = len(site.render(path).encode("utf-8"))
                    times.append((time.perf_counter() - started) * 1000)
                name = path.replace(entity, "ENTITY").replace(fact, "FACT").replace(first, "ARTICLE")
                print(f"  {name:<20} {times[0]:8.0f} ms, {times[1]:8.0f} ms   {size / 1024:6.0f} KiB", flush=True)
        finally:
            store.close()


if __name__ == "__main__":
    main(sys.argv[1:])
