"""How fast the evidence browser answers, for each store given, in two tables.

First, the first request for each kind of page right after ``kg serve`` says it is
ready: a new site as kg serve makes one, its warm-up started in a thread of its own
as kg serve starts it, and the page asked for at once (:func:`first_requests`): wall
ms, CPU ms of the requesting thread (the store's work for the page included: it runs
in that thread) and the page's size. The pages: the index, the entity named by the
most facts and one named by the fewest, that entity's busiest kind of fact, its
timeline, the fact supported by the most articles, an article, the canned queries'
forms, the network around the busiest entity and over the whole graph.

Then the same after the warm-up: the warm-up's own time and each of its steps (once),
then each kind of page on the busiest entity, kind and fact, first and last pages of
each list, the faster of two renderings with the page cache emptied before each (so
both read the graph; neither compiles anything; the tallies of the network edges a
row draws are kept for the next rows, as kg serve keeps them; nothing else is kept
from one row to the next but what a row says it keeps), CPU of this process. Pages
are rendered in-process over the store, as kg serve renders them. Each table is
Markdown, one column per store; with two stores or more, a last column gives each
row's CPU at the last store over its CPU at the store before, beside the ratio of
their quads: a row whose ratio is well above the quads' grows faster than the store.

    kg build --store /tmp/s5                                   # the sample corpus
    kg bench generate --articles 300 --seed 1 -o /tmp/g300
    kg build -q --corpus /tmp/g300 --store /tmp/s300
    python bench/browse.py /tmp/s5 /tmp/s300

Figures, not assertions: the targets (200 ms on the sample corpus, 1 s at 10,000
articles) are checked by reading this output: a page whose time grows with
the store while its size does not is a page that reads more than it shows. The page of
the canned queries' forms is timed; a canned query's result is left out: it takes as
long as the query itself, which is the catalog's cost, not the page's.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.browse import graph  # noqa: E402
from kg.browse.graph import local, select  # noqa: E402
from kg.browse.pages import NotFound, Site, compile_templates  # noqa: E402
from kg.namespaces import FACT, FACTS_GRAPH, ID  # noqa: E402
from kg.output import solutions  # noqa: E402
from kg.store import GraphStore  # noqa: E402


def busiest(run) -> tuple[str, str, str]:
    """(entity key, fact key, entity key): the entity the most facts name in any role,
    the fact the most articles support, and an entity of the registry the fewest facts
    name, one at least (ties by IRI)."""
    counted = f"""SELECT ?e (COUNT(DISTINCT ?f) AS ?n) WHERE {{ GRAPH <{FACTS_GRAPH}> {{ ?f ?p ?e . ?e skos:prefLabel ?l }}
        FILTER(STRSTARTS(STR(?f), "{FACT}") && STRSTARTS(STR(?e), "{ID}") && !STRSTARTS(STR(?e), "{FACT}"))
      }} GROUP BY ?e"""
    rows = sorted(((int(r["n"].value), r["e"].value) for r in select(run, counted)), key=lambda t: (-t[0], t[1]))
    fact = select(run, """SELECT ?f (COUNT(DISTINCT ?a) AS ?n) WHERE { ?c gkg:supports ?f ; prov:wasQuotedFrom ?a }
        GROUP BY ?f ORDER BY DESC(?n) ?f LIMIT 1""")[0]
    quiet = min(rows, key=lambda t: (t[0], t[1]))
    return local(rows[0][1]), local(fact["f"].value), local(quiet[1])


def first_requests(run, paths: list[tuple[str, str, dict]]) -> dict[str, tuple[float, float, int]]:
    """Each page's first request right after ``kg serve`` says it is ready: for each
    (row, path, query parameters), a new :class:`Site` as kg serve makes one for a
    store, its warm-up started in the background as kg serve starts it, and the page
    asked for at once; row -> (wall ms, CPU ms of the requesting thread, the page's
    bytes). The warm-up is stopped after each page and waited for (it ends its step
    under way) before the next page's site is made, so that no page runs beside the
    warm-up of another."""
    out = {}
    for name, path, params in paths:
        site = Site(run, editor="/")
        warming = site.warm_in_background()
        started, cpu = time.perf_counter(), time.thread_time()
        size = len(site.page(path, params)[1].encode("utf-8"))
        out[name] = ((time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000, size)
        site.stop_warming()
        warming.join()
    return out


def main(stores: list[str]) -> None:
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    columns, table, quads, ready = [], {}, [], {}
    for location in stores:
        store = GraphStore.open(Path(location), read_only=True)
        try:
            run = lambda text: solutions(store.query(text, prefixes=False))  # noqa: E731
            entity, fact, quiet = busiest(run)
            first = store.article_ids()[0]
            print(f"{location}: {len(store.article_ids())} articles, {store.count()} quads; "
                  f"busiest entity {entity}, busiest fact {fact}, a quiet entity {quiet}", flush=True)
            columns.append(f"{len(store.article_ids())} articles")
            quads.append(store.count())
            # kg serve compiles the templates before it says it is ready.
            compile_templates()
            kinds = graph.entity_kinds(graph.entity_index(run, entity))
            kind = max(kinds, key=lambda k: (k["count"], k["slug"]))
            pages = [("index", "index", {}), ("entity (busiest)", f"entity/{entity}", {}),
                     ("entity (quiet)", f"entity/{quiet}", {}),
                     ("its busiest kind, first page", f"entity/{entity}/{kind['slug']}", {}),
                     ("timeline (busiest), first page", f"timeline/{entity}", {}),
                     ("fact (most sources), first page", f"fact/{fact}", {}),
                     ("article", f"article/{first}", {}), ("canned queries (their forms)", "queries", {}),
                     ("network around the busiest", f"network/{entity}", {}),
                     ("network, whole graph", "network", {})]
            for name, cell in first_requests(run, pages).items():
                ready.setdefault(name, []).append(cell)
            site = Site(run, editor="/")
            steps = []
            started, cpu = time.perf_counter(), time.process_time()
            site.warm(lambda name, wall, used: steps.append((f"warm-up: {name}", wall * 1000, used * 1000, 0)))
            table.setdefault("warm-up (once per state of the store)", []).append(
                ((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000, 0))
            for name, *cell in steps:
                table.setdefault(name, []).append(tuple(cell))
            facts = sum(k["count"] for k in kinds)
            sources = len(graph.fact_sources(run, fact).articles)
            last = lambda target, count, per_page: f"{target}/{max(1, -(-count // per_page))}"  # noqa: E731
            print(f"  {entity}: {facts} facts, {kind['count']} of kind {kind['slug']}; {fact}: {sources} sources",
                  flush=True)
            kind_page = f"entity/{entity}/{kind['slug']}"
            by_entity, by_fact = (lambda: site.entity_facts(entity)), (lambda: site.fact_sources(fact))
            # (row, path, query parameters, what is kept from the page before, as a
            # visitor going from page to page of one entity or fact finds it; a
            # filtered network is drawn as on a filter's first visit: the filters'
            # relations are forgotten before it, the whole graph's kept)
            for name, path, params, kept in (
                    ("index", "index", {}, None), ("entity (busiest)", f"entity/{entity}", {}, None),
                    ("entity (quiet)", f"entity/{quiet}", {}, None),
                    ("its busiest kind, first page", kind_page, {}, None),
                    ("its busiest kind, last page, from the entity's page",
                     last(kind_page, kind["count"], graph.FACTS_PER_PAGE), {}, by_entity),
                    ("timeline (busiest), first page", f"timeline/{entity}", {}, None),
                    ("timeline (busiest), last page, from the first",
                     last(f"timeline/{entity}", facts, graph.TIMELINE_PER_PAGE), {}, by_entity),
                    ("network, whole graph", "network", {}, None),
                    ("network, whole graph, page 2", "network", {"page": "2"}, None),
                    ("network, meetings of a year (a new filter)", "network",
                     {"k": "meeting", "from": "2024", "to": "2024"}, None),
                    ("network around the busiest", f"network/{entity}", {}, None),
                    ("network around the busiest, a year (a new filter)", f"network/{entity}",
                     {"from": "2024", "to": "2024"}, None),
                    ("fact (most sources), first page", f"fact/{fact}", {}, None),
                    ("fact (most sources), last page, from the first",
                     last(f"fact/{fact}", sources, graph.MAX_SOURCES), {}, by_fact),
                    ("article", f"article/{first}", {}, None),
                    ("canned queries (their forms)", "queries", {}, None)):
                times, cpus, size = [], [], 0
                for _ in range(2):
                    # Time the reading of the graph, not the page cache (nor the entity's
                    # facts, unless the page is one a visitor reaches from another).
                    site._cache.clear()
                    site._entities.clear()
                    site._facts.clear()
                    for k in [k for k in site._relations if k != ((), "", "")]:
                        del site._relations[k]
                    if kept:
                        kept()
                    started, cpu = time.perf_counter(), time.process_time()
                    try:
                        size = len(site.page(path, params)[1].encode("utf-8"))
                    except NotFound:  # a page 2 the graph is too small for
                        size = -1
                    times.append((time.perf_counter() - started) * 1000)
                    cpus.append((time.process_time() - cpu) * 1000)
                table.setdefault(name, []).append((min(times), min(cpus), size))
        finally:
            store.close()
    print()
    print("The first request for each kind of page right after kg serve says it is ready (its warm-up started "
          "in the background), CPU of the requesting thread:")
    print_table(ready, columns, quads)
    print()
    print("After the warm-up (each page's cache emptied; the faster of two):")
    print_table(table, columns, quads)


def print_table(table: dict, columns: list[str], quads: list[int]) -> None:
    """``table`` (row -> one (wall ms, CPU ms, bytes) per store) as a Markdown table,
    with each row's growth from the store before the last to the last, beside their
    quads': a page whose CPU grows faster than the store reads more than it shows."""
    growth = len(quads) > 1
    ratio = f" | CPU ratio, last two stores (quads x{quads[-1] / quads[-2]:.1f})" if growth else ""
    print("| page | " + " | ".join(columns) + ratio + " |")
    print("|---|" + "---|" * (len(columns) + growth))
    for name, cells in table.items():
        grew = ""
        if growth:
            grew = f" | x{cells[-1][1] / cells[-2][1]:.1f}" if len(cells) == len(columns) and cells[-2][1] > 0 else " | –"
        print(f"| {name} | " + " | ".join(f"{ms:,.0f} ms ({cpu:,.0f} CPU" + (f", {size / 1024:,.0f} KiB)" if size > 0 else ")")
                                         for ms, cpu, size in cells) + grew + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
