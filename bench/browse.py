"""How fast the evidence browser answers: for each store given, the time to render each
kind of page on its busiest entity (named by the most facts), that entity's busiest
kind of fact, and its busiest fact (supported by the most articles), first and last
pages of each list, the faster of two renderings with the page cache emptied before
each (so both read the graph; neither compiles anything: the site is warmed as ``kg
serve`` warms it, and the warm-up's own time is the first row: it reads ahead the
busiest entities' facts and facts' sources, the whole network's relations, their
facts' dates and what the claims behind them say, and draws the whole network's first
page, which the rows after it then find; the tallies of the network edges a row draws
are kept for the next rows, as kg serve keeps them; nothing else is kept from one row
to the next but what a row says it keeps). Pages are rendered in-process over the store, as kg
serve renders them. Prints a Markdown table, one column per store: the time in ms, the CPU time of this process in ms (the store's
work included: it runs in this thread; steadier than the time on a shared machine)
and the page's size; the warm-up's steps each have a row of their own (once, not the
faster of two); with two stores or more, a last column gives each row's CPU at the last
store over its CPU at the store before, beside the ratio of their quads: a row whose
ratio is well above the quads' grows faster than the store.

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
from kg.browse.pages import NotFound, Site  # noqa: E402
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
    columns, table, quads = [], {}, []
    for location in stores:
        store = GraphStore.open(Path(location), read_only=True)
        try:
            run = lambda text: solutions(store.query(text, prefixes=False))  # noqa: E731
            entity, fact = busiest(run)
            first = store.article_ids()[0]
            print(f"{location}: {len(store.article_ids())} articles, {store.count()} quads; "
                  f"busiest entity {entity}, busiest fact {fact}", flush=True)
            columns.append(f"{len(store.article_ids())} articles")
            quads.append(store.count())
            site = Site(run, editor="/")
            steps = []
            started, cpu = time.perf_counter(), time.process_time()
            site.warm(lambda name, wall, used: steps.append((f"warm-up: {name}", wall * 1000, used * 1000, 0)))
            table.setdefault("warm-up (once per state of the store)", []).append(
                ((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000, 0))
            for name, *cell in steps:
                table.setdefault(name, []).append(tuple(cell))
            kinds = graph.entity_kinds(graph.entity_index(run, entity))
            kind = max(kinds, key=lambda k: (k["count"], k["slug"]))
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
    # The growth from the store before the last to the last, beside their quads': a
    # page whose CPU grows faster than the store reads more than it shows.
    growth = len(quads) > 1
    ratio = f" | CPU ratio, last two stores (quads x{quads[-1] / quads[-2]:.1f})" if growth else ""
    print()
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
