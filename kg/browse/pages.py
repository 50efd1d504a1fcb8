"""The evidence browser's pages: a path -> an HTML page rendered from the graph.

Paths (the same under ``/browse/`` of ``kg serve`` and, with ``.html`` added, in a
static export):

- ``index``: entities by class, articles, links to the rest;
- ``entity/KEY``: label, description, aliases, Wikidata link, positions held by it
  and positions of it (its offices with their holders), and the
  first :data:`~kg.browse.graph.FACTS_PER_KIND` facts of each kind with their sources,
  modality and quotes; ``entity/KEY/KIND`` and ``entity/KEY/KIND/N``: every fact of
  one kind (KIND is its gkg: class's local name), page by page;
- ``timeline/KEY`` and ``timeline/KEY/N``: the entity's facts in date order, page by
  page, with links to the page each year starts on;
- ``network`` and ``network/KEY``: who met, visited, sanctions, expels, arms, supports, accuses
  whom (over the whole graph or around one entity), drawn by Cytoscape.js;
- ``fact/KEY`` and ``fact/KEY/N``: the fact as each source reports it, side by side,
  disagreements marked, :data:`~kg.browse.graph.MAX_SOURCES` sources a page;
- ``article/KEY``: the article text with its quoted spans highlighted;
- ``queries`` and ``query/NAME``: the canned query catalog as forms, and a result,
  :data:`QUERY_ROWS` rows a page (``?page=N`` beside the parameters), cut as ``kg
  query`` cuts its default page (:func:`kg.query.first_rows`, or the query's own
  ``limit`` and ``offset``).

Pages of a list are paths, not query strings, so that a static export holds them all
and its links work. An entity's facts in date order and a fact's sorted sources are
read once (one row each) and kept by the :class:`Site` (those of the busiest entities
and facts read ahead by :meth:`Site.warm`); every page of them is cut from that, and
reads claims, quotes and statements for its own facts or sources only
(``bench/browse.py`` measures it). A fact's sources, claims, modalities and first
source are read from its summary in the derived graph, one row per fact however many
articles report it; a network page reads the summaries of the relations between two
entities (one row per edge: :meth:`Site.relations`, once per state of the store),
and, for the edges it draws, their tallies and listed facts and the quotes and labels
it shows. A date range is cut from the relation facts and their dates, read once.

Templates are Jinja2 with autoescaping on for every template, so a value from the
data (an article's text, a label) is always shown as text, never read as markup.
"""

from __future__ import annotations

import functools
import os
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from importlib import resources

import jinja2

from kg.browse import graph
from kg.browse.highlight import highlighted
from kg.catalog import ENTITY_TYPES, ParameterError, Runner, load_catalog
from kg.errors import KGError
from kg.output import (AGAINST_FROM_SUMMARY, FACT_ID_COLUMNS, fact_descriptions, readable_dates, readable_duration,
                       readable_durations, readable_figures, readable_periods, with_negative_sources)
from kg.query import DEFAULT_PAGE, first_rows

#: Rows a page of a canned query's result shows: the page ``kg query`` prints.
QUERY_ROWS = DEFAULT_PAGE

#: The files under static/ of this package and the vendored script, by the name the
#: pages link them as.
STATIC = {
    "browse.css": ("kg.browse", "static/browse.css"),
    "network.js": ("kg.browse", "static/network.js"),
    "article.js": ("kg.browse", "static/article.js"),
    "cytoscape.min.js": ("kg.resources", "vendor/cytoscape.min.js"),
}
#: How many rendered pages a :class:`Site` keeps (oldest dropped first).
CACHED_PAGES = 256
#: How many filters of the whole network a :class:`Site` keeps the relations of.
CACHED_NETWORKS = 8
#: How many entities a :class:`Site` keeps the facts of in date order (the entity's
#: page, its kinds' pages and its timeline's pages are all cut from them), and how many
#: facts it keeps the sources of, sorted, with their agreement (every page of the fact
#: is cut from them).
CACHED_ENTITIES = 64
CACHED_FACTS = 64
#: How many of the busiest entities and facts :meth:`Site.warm` reads those of ahead,
#: kept for the state of the store.
WARMED = 16
#: The priority (nice value, 0-19) :meth:`Site.warm_in_background` reads at.
WARM_NICENESS = 10
MEDIA_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


def static_file(name: str) -> bytes | None:
    """The bytes of the static file ``name`` (a key of :data:`STATIC`); None for any
    other name."""
    if name not in STATIC:
        return None
    package, path = STATIC[name]
    return resources.files(package).joinpath(path).read_bytes()


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("kg.browse", "templates"),
    autoescape=True,  # every template, whatever its name
    undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
# Figures of five or more digits grouped in thousands, as kg query's tables print them
# ("24,500,000,000 EUR", "about 50,000 unnamed troops"): for values and names, never quotes.
_ENV.filters["figures"] = readable_figures
# An ISO 8601 duration in words ("P8D" -> "8 days").
_ENV.filters["duration"] = readable_duration


def query_lead(description: str) -> str:
    """The opening of a canned query's description that a form is shown under: its
    first sentence (up to a '.' or '?' before a capital: "Which leaders met whom, where
    and when?"), or, when that runs past 200 characters, its words up to the first
    colon followed by "…" ("For one fact: …"); the whole text when it is one short
    sentence. The full description is shown beside it, folded."""
    found = re.search(r"[?.](?= [A-Z])", description)
    end = found.end() if found else len(description)
    if end > 200 and 0 < description.find(": ") < end:
        return description[:description.find(": ") + 1] + " …"
    return description[:end]


_ENV.filters["lead"] = query_lead
_ENV.globals["cited"] = graph.cited  # a quote's article by title and date


def compile_templates() -> None:
    """Compile every page template now (about 0.1 s of CPU once per process; Jinja2
    keeps them), rather than on the first request for each kind of page."""
    for name in _ENV.list_templates():
        _ENV.get_template(name)


class NotFound(KGError):
    """No page at this path (an unknown entity, fact, article or query)."""


#: Characters an IRI may not hold (RFC 3987, section 2.2: space, controls, <>"{}|\^`):
#: no entity, fact or article has them in its key, which the pages put in IRIs.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')


@dataclass
class Site:
    """The pages over one graph. ``run`` runs SELECT queries on it; ``static`` makes
    links to ``.html`` files relative to each page (an export), else absolute under
    ``base`` (a server); ``editor`` is the URL of the SPARQL query page, if any."""

    run: Runner
    static: bool = False
    base: str = "/browse/"
    editor: str | None = None
    _names: list | None = field(default=None, repr=False)
    _catalog: dict | None = field(default=None, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)
    _relations: dict = field(default_factory=dict, repr=False)
    _articles: list | None = field(default=None, repr=False)
    _entities: dict = field(default_factory=dict, repr=False)
    _facts: dict = field(default_factory=dict, repr=False)
    _warmed: dict = field(default_factory=dict, repr=False)
    _behind: dict | None = field(default=None, repr=False)
    _busiest: list | None = field(default=None, repr=False)
    _dates: dict | None = field(default=None, repr=False)
    _whole: graph.Edges | None = field(default=None, repr=False)
    _classes: dict = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _reading: dict = field(default_factory=dict, repr=False)
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _ahead: dict = field(default_factory=dict, repr=False)
    _described: dict = field(default_factory=dict, repr=False)

    def warm(self, step=None) -> None:
        """Read what the pages share (the catalog, the entity names, the edges' summaries
        and their entities' classes, the article ids, the relation facts and their
        dates that a date filter cuts), the facts in date order of the :data:`WARMED`
        entities named by the most facts and the sources of the :data:`WARMED` facts
        with the most claims, compile the templates and draw the whole network's first
        page, so that later pages find them. Every step reads the store once or a
        bounded number of times (:data:`WARMED`), each read linear in what it reads.

        No page waits for the warm-up (``kg serve`` runs it in a thread of its own,
        :meth:`warm_in_background`): until a shared read is done, a page reads what it
        shows itself, and shows the same. A page asking for a read under way (the
        edges' summaries) waits for it rather than reading it again. After
        :meth:`stop_warming`, no further step starts.

        ``step``, if given, is called after each step with its name, its wall-clock and
        its CPU seconds (of this thread): ``bench/browse.py`` prints them."""
        def relations():
            edges = self.relations()
            edges.class_of(self.run, {n for k in edges.behind for n in k[:2]})

        def entities():
            for key, index in graph.entity_indexes(self.run, graph.busiest_entities(self.run, WARMED)).items():
                self._warmed[("entity", key)] = index

        def facts():
            busiest = self.busiest_facts()
            found = graph.fact_sources_of(self.run, busiest)
            for key in busiest:
                self._warmed[("fact", key)] = found.get(key)

        for name, read in (("catalog", self.catalog), ("entity names", self.names), ("templates", compile_templates),
                           ("edges' summaries and classes", relations),
                           ("whole network's first page", lambda: self.page("network")),
                           ("article ids", self.articles),
                           ("relation facts (for date filters)", self.relation_facts),
                           ("relations' dates", self.dates),
                           (f"{WARMED} busiest entities' facts", entities), (f"{WARMED} busiest facts' sources", facts)):
            if self._stop.is_set():
                return
            wall, cpu = time.perf_counter(), time.thread_time()
            read()
            if step is not None:
                step(name, time.perf_counter() - wall, time.thread_time() - cpu)

    def read_ahead(self, paths) -> None:
        """Read together what the pages at ``paths`` (as :func:`kg.browse.site.page_paths`
        gives them) show, for those drawn from many small reads otherwise, and keep it
        until each page is drawn (once): for the pages of facts' sources
        (``fact/KEY[/N]``), their facts' sources (:func:`graph.fact_sources_of`), the
        pages themselves (:func:`graph.fact_pages`), their sources' titles and dates
        (:func:`graph.articles`) and the entities the facts name
        (:func:`graph.fact_names`); for the pages of entities, of their kinds and of
        their timelines, what :meth:`_read_entities_ahead` reads: a fixed number of
        queries for all of them (and one a listed entity, its facts in date order), each
        bound by the pages' facts or entities first, instead of about fifteen a page.
        For the static export, which draws every page once and reads ahead a bounded
        number of pages at a time (what is read grows with them, not with the store);
        what was read ahead for the pages before is dropped."""
        self._ahead = {}
        wanted, overviews, listings = [], [], []
        for path in paths:
            parts = path.split("/")
            if parts[0] == "fact" and len(parts) > 1:
                key, page = "/".join(parts[1:]), 1
                if len(parts) > 2 and parts[-1].isdigit():
                    key, page = "/".join(parts[1:-1]), int(parts[-1])
                wanted.append((key, page))
            elif parts[0] == "entity" and len(parts) == 2:
                overviews.append(parts[1])
            elif (parts[0] == "entity" and len(parts) in (3, 4)) or (parts[0] == "timeline" and len(parts) in (2, 3)):
                listings.append(parts)
        self._read_entities_ahead(overviews, listings)
        if not wanted:
            return
        indexes = graph.fact_sources_of(self.run, {key for key, _ in wanted})
        wanted = [w for w in wanted if w[0] in indexes]
        found = graph.fact_pages(self.run, wanted, indexes)
        heads = {a["key"]: a for a in graph.articles(
            self.run, per_page=None, keys=sorted({a for f in found.values() for a in f["sources"]}))["articles"]}
        names = graph.fact_names(self.run, {key for key, _ in wanted})
        for (key, page), f in found.items():
            self._ahead[("fact", key, page)] = (f, {a: heads[a] for a in f["sources"]}, names.get(key, []))

    def _read_entities_ahead(self, overviews: list[str], listings: list[list[str]]) -> None:
        """:meth:`read_ahead` for the pages of entities: their overviews (``overviews``:
        entity keys) and the pages of their kinds' facts and timelines (``listings``:
        paths split at '/'): each entity's facts (:meth:`entity_facts`), the facts each
        overview lists (:func:`graph.overview_facts`), the summaries of every page's
        facts with the entity's roles in them (:func:`graph.summaries_of`) and the
        entities the timelines' facts name (:func:`graph.fact_names`)."""
        groups: list[tuple[str, list[str], int]] = []
        for key, listing in graph.overview_facts(self.run, overviews).items():
            self._ahead[("overview", key)] = listing
            groups.append((key, [f for fs in listing[1].values() for f in fs], graph.MAX_QUOTES))
        dated: set[str] = set()
        for parts in listings:
            key, kind = parts[1], parts[2] if parts[0] == "entity" else None
            rest = parts[3:] if kind else parts[2:]
            if rest and not rest[0].isdigit():
                continue  # not a page: drawn as the page says
            page = int(rest[0]) if rest else 1
            index = self.entity_facts(key, graph.GKG + kind) if kind else self.entity_facts(key, classes=False)
            self._ahead[("index", key, graph.GKG + kind if kind else None, bool(kind))] = index
            try:
                shown = graph.entity_page(index, key, page, graph.FACTS_PER_PAGE if kind else graph.TIMELINE_PER_PAGE,
                                          graph.GKG + kind if kind else None)[0]
            except ValueError:
                continue  # drawn as the page says
            groups.append((key, shown, graph.MAX_QUOTES if kind else 0))
            if not kind:
                dated.update(shown)
        for (key, fact_iris, detailed), found in zip(groups, graph.summaries_of(self.run, groups)):
            for f, summary in zip(fact_iris, found):
                self._ahead[("summary", key, detailed, f)] = summary
        named = graph.fact_names(self.run, (graph.local(f) for f in dated))
        for f in dated:
            self._ahead[("names", graph.local(f))] = named.get(graph.local(f), [])

    def entity(self, key: str) -> dict | None:
        """:func:`graph.entity` of ``key``, kept for the last :data:`CACHED_ENTITIES`
        entities asked for (its page, its kinds', timeline's and network's pages all
        show it)."""
        return self._kept(self._described, key, lambda: graph.entity(self.run, key), CACHED_ENTITIES)

    def _summary_of(self, fact_iris, detailed: int) -> dict[str, dict]:
        """:func:`graph.facts` of the facts quoting ``detailed`` claims, those read since
        the last :meth:`read_ahead` kept (the network pages of neighbouring entities
        list the same facts of the edges between them): the static export's; a
        server's pages read their own."""
        if not self.static:
            return graph.facts(self.run, fact_iris, detailed=detailed)
        kept = self._ahead.setdefault(("facts", detailed), {})
        missing = set(fact_iris) - set(kept)
        if missing:
            kept.update(graph.facts(self.run, missing, detailed=detailed))
        return {f: kept[f] for f in fact_iris}

    def _summarised(self, key: str, fact_iris: list[str], detailed: int) -> list[dict]:
        """:func:`graph.summaries_of` of the facts for the entity ``key``, from what
        :meth:`read_ahead` read if it read them all, else read now."""
        found = [self._ahead.get(("summary", key, detailed, f)) for f in fact_iris]
        if all(s is not None for s in found):
            return found
        return graph.summaries_of(self.run, [(key, fact_iris, detailed)])[0]

    def _fact_names(self, keys: list[str], besides: str) -> dict[str, list[dict]]:
        """:func:`graph.fact_names` of the facts (keys) but the entity ``besides``, from
        what :meth:`read_ahead` read if it read them all, else read now."""
        keys = list(keys)
        if not all(("names", k) in self._ahead for k in keys):
            return graph.fact_names(self.run, keys, besides=besides)
        out = {}
        for k in sorted(set(keys)):
            names = [n for n in self._ahead.get(("names", k), []) if n["key"] != besides]
            if names:
                out[k] = names
        return out

    def warm_in_background(self, niceness: int = WARM_NICENESS) -> threading.Thread:
        """:meth:`warm` in a daemon thread, started now, at ``niceness`` (Linux runs
        each thread at a priority of its own: ``setpriority`` on the thread's id) so
        that the pages asked for meanwhile get the processor first; returns the thread.
        A step that fails (the store gone, a query refused) ends the warm-up quietly:
        the pages then read it themselves on their first request, and say what fails."""
        def run() -> None:
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)
            except (AttributeError, OSError):
                pass  # not Linux, or not allowed: warm at the process's priority
            try:
                self.warm()
            except (KGError, OSError, RuntimeError, SyntaxError, ValueError):
                pass

        thread = threading.Thread(target=run, name="kg-browse-warm", daemon=True)
        thread.start()
        return thread

    def stop_warming(self) -> None:
        """Start no further step of :meth:`warm` (a step under way runs to its end)."""
        self._stop.set()

    def busiest_facts(self) -> list[str]:
        """The keys of the :data:`WARMED` facts with the most claims
        (:func:`graph.busiest_facts`), read once for this state of the store."""
        return self._once("_busiest", lambda: graph.busiest_facts(self.run, WARMED))

    def catalog(self) -> dict:
        """The canned queries (read once: parsing their headers takes a while)."""
        if self._catalog is None:
            self._catalog = load_catalog()
        return self._catalog

    def dates(self) -> dict:
        """:func:`graph.relation_dates`, read once for this state of the store."""
        return self._once("_dates", lambda: graph.relation_dates(self.run))

    def relations(self, kinds=(), start: str = "", end: str = "") -> graph.Edges:
        """The :class:`graph.Edges` over the whole graph for these filters. Without a
        date range, the edges' summaries (:func:`graph.edge_summaries`, one row per edge,
        read once for this state of the store), those of ``kinds`` cut from them; with
        one, cut in memory (:func:`graph.within`) from :meth:`relation_facts` and
        :meth:`dates`. A filter's are kept for the last :data:`CACHED_NETWORKS`
        filters."""
        if start or end:
            return self._kept(self._relations, (tuple(kinds), start, end), lambda: graph.Edges(
                graph.within(self.relation_facts(), self.dates(), set(kinds), start, end), self._classes),
                CACHED_NETWORKS)
        whole = self._once("_whole", lambda: graph.edge_summaries(self.run, classes=self._classes))
        return self._kept(self._relations, (tuple(kinds), "", ""), lambda: whole.of_kinds(kinds), CACHED_NETWORKS)

    def relation_facts(self) -> dict:
        """:func:`graph.relations` over the whole graph (every relation fact, by edge),
        read once for this state of the store: what a date range is cut from."""
        return self._once("_behind", lambda: graph.relations(self.run))

    def edges(self, around: str, kinds=(), start: str = "", end: str = "") -> graph.Edges:
        """The :class:`graph.Edges` a network page is drawn from: without a date range,
        the edges' summaries, over the whole graph (:meth:`relations`) or, until those
        are read, around the entity ``around`` alone; with one, cut from
        :meth:`relations` once the relation facts and their dates are read, else read
        for the filter alone (:func:`graph.relations`: the same edges). Those read for
        one entity or filter are kept with the filters'."""
        if start or end:
            if self._behind is not None and self._dates is not None:
                return self.relations(kinds, start, end)
            return self._kept(self._relations, (around, tuple(kinds), start, end), lambda: graph.Edges(
                graph.relations(self.run, around or None, kinds, start, end), self._classes), CACHED_NETWORKS)
        if around and self._whole is None:
            return self._kept(self._relations, (around, tuple(kinds), "", ""), lambda: graph.edge_summaries(
                self.run, around, self._classes).of_kinds(kinds), CACHED_NETWORKS)
        return self.relations(kinds)

    def entity_facts(self, key: str, kind: str | None = None, classes: bool = True) -> graph.EntityFacts:
        """:func:`graph.entity_index` of the entity ``key``, read once for this state of
        the store and kept for the last :data:`CACHED_ENTITIES` entities asked for: the
        entity's page, each page of its kinds and of its timeline are cut from it, so
        the first of them reads the entity's facts (one row each) and the others only
        what they show. Those :meth:`warm` read are kept for the state of the store.
        Until all its facts are read, a page of one ``kind`` reads that kind's facts
        only, and a timeline page its facts without their classes
        (:func:`graph.entity_index`), kept beside them."""
        if ("entity", key) in self._warmed:
            return self._warmed[("entity", key)]
        if ("index", key, kind, classes) in self._ahead:
            return self._ahead[("index", key, kind, classes)]
        if key in self._entities or (kind is None and classes):
            return self._kept(self._entities, key, lambda: graph.entity_index(self.run, key), CACHED_ENTITIES)
        return self._kept(self._entities, (key, kind, classes), lambda: graph.entity_index(
            self.run, key, kind, classes), CACHED_ENTITIES)

    def fact_sources(self, key: str) -> graph.FactSources | None:
        """:func:`graph.fact_sources` of the fact ``key``, read once for this state of
        the store and kept for the last :data:`CACHED_FACTS` facts asked for (those
        :meth:`warm` read, for the state of the store): every page of the fact's
        sources is cut from it."""
        if ("fact", key) in self._warmed:
            return self._warmed[("fact", key)]
        return self._kept(self._facts, key, lambda: graph.fact_sources(self.run, key), CACHED_FACTS)

    def _once(self, name: str, read):
        """The attribute ``name``, set by ``read()`` the first time (for the state of the
        store); a second caller meanwhile (a page while the warm-up reads it) waits for
        the first one's read instead of reading it too."""
        if getattr(self, name) is None:
            with self._lock:
                reading = self._reading.setdefault(name, threading.Lock())
            with reading:
                if getattr(self, name) is None:
                    setattr(self, name, read())
        return getattr(self, name)

    def _kept(self, kept: dict, key, read, most: int):
        """``kept[key]``, read by ``read()`` the first time; the oldest dropped beyond ``most``."""
        if key not in kept:
            found = read()
            with self._lock:
                kept[key] = found
                while len(kept) > most:
                    kept.pop(next(iter(kept)))
        return kept[key]

    def articles(self) -> list[str]:
        """Every article's id (read once for this state of the store)."""
        if self._articles is None:
            self._articles = graph.article_keys(self.run)
        return self._articles

    def names(self) -> list[dict]:
        if self._names is None:
            self._names = graph.entity_names(self.run)
        return self._names

    def render(self, path: str, params: dict[str, str] | None = None) -> str:
        """The HTML of the page at ``path`` (see :meth:`page`)."""
        return self.page(path, params)[1]

    def page(self, path: str, params: dict[str, str] | None = None) -> tuple[int, str]:
        """The HTTP status and HTML of the page at ``path`` (no leading slash, no
        ``.html``), with the query-string ``params`` (network filters, query
        parameters): 400 for a canned query's bad parameter (the page says which).
        Raises :class:`NotFound` for an unknown path or key.

        A Site reads one state of the store (``kg serve`` makes a new one when the
        store changes), so the last :data:`CACHED_PAGES` pages asked for are kept and
        answered again without reading the graph; a page asked for while another
        thread draws it waits for that drawing."""
        params = params or {}
        key = (path, tuple(sorted(params.items())))
        if key in self._cache:
            return self._cache[key]
        # A page being drawn already (the warm-up's whole network) is waited for, not
        # drawn a second time beside it.
        with self._lock:
            drawing = self._reading.setdefault(("page", key), threading.Lock())
        try:
            with drawing:
                answer = self._cache.get(key)
                if answer is None:
                    answer = self._render(path, params)
                    with self._lock:
                        self._cache[key] = answer
                        while len(self._cache) > CACHED_PAGES:
                            self._cache.pop(next(iter(self._cache)))
        finally:
            with self._lock:
                self._reading.pop(("page", key), None)
        return answer

    def _render(self, path: str, params: dict[str, str]) -> tuple[int, str]:
        parts = path.strip("/").split("/") if path.strip("/") else ["index"]
        name, key = parts[0], "/".join(parts[1:])
        # network.N and network/KEY.N: page N of a network as a file of its own (an id
        # holds no dot), which a static export links where a server adds ?page=N.
        paged = re.fullmatch(r"(network)\.(\d+)", name) if not key else \
            re.fullmatch(r"([^/]+)\.(\d+)", key) if name == "network" else None
        if paged:
            name, key = ("network", "") if not key else (name, paged.group(1))
            params = {**params, "page": paged.group(2)}
        depth = len(parts) - 1
        root = "../" * depth if self.static else self.base
        suffix = ".html" if self.static else ""

        def url(target: str, fragment: str = "") -> str:
            return root + _quoted(target) + suffix + (f"#{urllib.parse.quote(fragment, safe='')}" if fragment else "")

        def asset(file: str) -> str:
            return root + "static/" + file

        handler = {"index": self._index, "entity": self._entity, "timeline": self._timeline,
                   "network": self._network, "fact": self._fact, "article": self._article,
                   "queries": self._queries, "query": self._query}.get(name)
        if handler is None or (name in ("index", "queries") and key) or \
                (name in ("entity", "timeline", "fact", "article", "query") and not key) or \
                (name in ("entity", "timeline", "network", "fact", "article") and _NOT_IN_IRI.search(key)):
            raise NotFound(f"no page at /{path}")
        template, context = handler(key, params, url)
        html = _ENV.get_template(template).render(url=url, asset=asset, static=self.static, **context)
        return (400 if context.get("error") else 200), html

    # -- pages ---------------------------------------------------------------

    def _index(self, key, params, url):
        by_kind: dict[str, list] = {}
        for e in self.names():
            by_kind.setdefault(e["kind"], []).append(e)
        return "index.html", {"title": "Evidence browser", "by_kind": sorted(by_kind.items()),
                              # A static export has no query strings: its index lists every article.
                              "listed": _paged(lambda page: graph.articles(
                                  self.run, page, None if self.static else graph.ARTICLES_PER_PAGE, self.articles()),
                                  params)}

    def _entity(self, key, params, url):
        # entity/KEY: each kind's first facts; entity/KEY/KIND[/N]: page N of a kind's facts.
        parts = key.split("/")
        key, kind, page = parts[0], (parts[1:2] or [""])[0], _page_number(parts[2:], len(parts) > 3)
        e = self.entity(key)
        if e is None or (not kind and len(parts) > 1):
            raise NotFound(f"no entity {key!r} in the graph" if e is None else f"no page at /entity/{'/'.join(parts)}")
        if kind and not kind.isidentifier():  # a class's local name (kind pages are named by it)
            raise NotFound(f"no facts of kind {kind!r} name {key!r}")
        if not kind:
            # Its network is linked only when it has relations to draw.
            # Its bodies' facts and offices (its ministries', committees'): the 'timeline'
            # query lists their facts with its own; the page names them and lists their offices.
            bodies = graph.bodies(self.run, key)
            return "entity.html", {"title": e["label"], "e": e, "positions": graph.positions(self.run, key),
                                   "offices": graph.positions(self.run, key, "positionOf")
                                   + [p for b in bodies for p in b["offices"]],
                                   "bodies": [b for b in bodies if b["facts"]],
                                   "kinds": graph.entity_overview(self.run, key, self._ahead.get(("overview", key)),
                                                                  self._summarised),
                                   "relations": len(self.edges(key).around(graph.ID + key)),
                                   "relation_kinds": list(graph.RELATIONS)}
        index = self.entity_facts(key, graph.GKG + kind)
        found = next((k for k in graph.entity_kinds(index) if k["slug"] == kind), None)
        if found is None:
            raise NotFound(f"no facts of kind {kind!r} name {key!r}")
        listed = _listed(lambda: graph.entity_facts(self.run, key, page, kind=found["iri"], index=index,
                                                    summarise=self._summarised))
        return "kind.html", {"title": f"{e['label']}: {found['label']} facts", "e": e, "kind": found,
                             "listed": listed, "target": f"entity/{key}/{kind}"}

    def _timeline(self, key, params, url):
        # timeline/KEY[/N]: page N of the entity's facts in date order.
        parts = key.split("/")
        key, page = parts[0], _page_number(parts[1:], len(parts) > 2)
        e = self.entity(key)
        if e is None:
            raise NotFound(f"no entity {key!r} in the graph")
        index = self.entity_facts(key, classes=False)
        listed = _listed(lambda: graph.entity_facts(self.run, key, page, graph.TIMELINE_PER_PAGE, index=index,
                                                    detailed=0, summarise=self._summarised))
        facts = listed["facts"]
        # Who else each fact names, so that a line says what happened beside its id.
        names = self._fact_names([f["key"] for f in facts], besides=key)
        # Its bodies' facts, which the 'timeline' query lists with its own, are named, with their timelines.
        bodies = [b for b in graph.bodies(self.run, key) if b["facts"]] if page == 1 else []
        return "timeline.html", {"title": f"Timeline of {e['label']}", "e": e, "listed": listed, "names": names,
                                 "bodies": bodies,
                                 "target": f"timeline/{key}", "years": graph.timeline_years(index),
                                 "dated": [f for f in facts if f["date"]],
                                 "undated": [f for f in facts if not f["date"]]}

    def _network(self, key, params, url):
        e = None
        if key:
            e = self.entity(key)
            if e is None:
                raise NotFound(f"no entity {key!r} in the graph")
        kinds = [k for k in params.get("k", "").split(",") if k in graph.RELATIONS]
        start, end = _date_param(params.get("from", "")), _date_param(params.get("to", ""))
        net = _paged(lambda page: graph.network(self.run, key or None, kinds or None, start, end, page=page,
                                                edges=self.edges(key, kinds, start, end), summarise=self._summary_of),
                     params)
        target = "network/" + key if key else "network"
        # The filters a pager link keeps, as the form sends them.
        kept = "".join(f"&{n}={urllib.parse.quote(v, safe=',')}" for n, v in
                       (("k", ",".join(kinds)), ("from", start), ("to", end)) if v)

        def page_url(n: int) -> str:
            # A server's pages keep the filters; an export's are files, filtered in the page.
            if self.static:
                return url(target if n == 1 else f"{target}.{n}")
            return f"{url(target)}?page={n}{kept}"

        for n in net["nodes"]:
            n["label"] = readable_figures(n["label"])
            if n["cluster"]:
                # A cluster opens the next page of the network, which draws the entities
                # ranked after this page's (the first page again after the last).
                n["href"] = page_url(net["page"] % net["pages"] + 1)
            else:
                # Unnamed actors (named under claim/, one per claim) have no page of their own.
                n["href"] = url("entity/" + n["id"]) if graph.page_of(graph.ID + n["id"]) else None
        for edge in net["edges"]:
            edge["source_label"], edge["target_label"] = map(readable_figures, (edge["source_label"], edge["target_label"]))
            for f in edge["facts"] if not edge["cluster"] else ():
                f["href"] = url("fact/" + f["key"])
                for q in f["quotes"]:
                    q["href"] = url("article/" + q["article"], q["evidence"])
        return "network.html", {"title": f"Network around {e['label']}" if e else "Network", "e": e,
                                "net": net, "kinds": list(graph.RELATIONS), "chosen": kinds,
                                "start": start, "end": end, "target": target, "kept": kept,
                                "previous_page": page_url(net["page"] - 1) if net["page"] > 1 else None,
                                "next_page": page_url(net["page"] + 1) if net["page"] < net["pages"] else None}

    def _fact(self, key, params, url):
        # fact/KEY[/N]: page N of the fact's sources (a key may hold a slash: a page
        # number is only read from a last part of digits after one).
        parts = key.rsplit("/", 1)
        page = 1
        if len(parts) == 2 and parts[1].isdigit():
            key, page = parts[0], int(parts[1])
        read = self._ahead.pop(("fact", key, page), None)
        if read is not None:
            found, heads, names = read
        else:
            index = self.fact_sources(key)
            found = index and _listed(lambda: graph.fact_page(self.run, key, page, index=index))
            if found is None:
                raise NotFound(f"no fact {key!r} in the graph")
            # Each source column is headed by its article's title (or opening words) and date.
            heads = {a["key"]: a for a in graph.articles(self.run, per_page=None, keys=found["sources"])["articles"]}
            # Under the id, the kind and the entities the fact names, as a reader would say it.
            names = graph.fact_names(self.run, [key]).get(key, [])
        return "fact.html", {"title": f"Fact {key}", "target": "fact/" + key, "heads": heads, "names": names, **found}

    def _article(self, key, params, url):
        a = graph.article(self.run, key)
        if a is None:
            raise NotFound(f"no article {key!r} in the graph")
        html, unanchored = highlighted(a["text"], a["spans"], lambda k: url("fact/" + k))
        return "article.html", {"title": a["title"] or f"Article {key}", "a": a, "html": html,
                                "unanchored": unanchored,
                                "kinds": sorted({s["kind"] for s in a["spans"]})}

    def _queries(self, key, params, url):
        return "queries.html", {"title": "Canned queries", "catalog": sorted(self.catalog().values(),
                                                                           key=lambda q: q.name),
                                "names": self.names(), "entity_types": ENTITY_TYPES}

    def _query(self, key, params, url):
        catalog = self.catalog()
        if key not in catalog:
            raise NotFound(f"no canned query named {key!r}")
        q = catalog[key]
        # A static export shows each query run with its documented example values, and
        # the first page of its rows.
        values = {k: str(v) for k, v in (q.example if self.static else params).items()
                  if str(v).strip() and k != "page"}
        page = 1 if self.static else _page_number([params["page"]] if "page" in params else [], False)
        if page < 1:
            raise NotFound("page 0 does not exist: the first is 1")
        error, variables, rows, bound, more = "", [], [], "", False
        try:
            variables, rows, more, bound = self._query_page(q, values, page)
        except ParameterError as e:
            error = str(e)
        first = (page - 1) * QUERY_ROWS + 1
        if not error and not rows and page > 1:
            raise NotFound(f"page {page} of {key!r} has no rows")
        # The pager's links keep the parameters as the form sent them.
        kept = "".join(f"&{urllib.parse.quote(k)}={urllib.parse.quote(v)}" for k, v in sorted(values.items()))
        listed = {"page": page, "first": first, "last": first + len(rows) - 1, "more": more,
                  "total": None if more else first + len(rows) - 1, "kept": kept}
        # Oxigraph's query page (YASGUI) reads the query and the endpoint from the URL's
        # fragment, which is never sent to the server: its 8 KB limit on request
        # headers does not apply.
        editor = (self.editor + "#" + urllib.parse.urlencode({"query": bound, "endpoint": self.editor + "query"})
                  if self.editor and bound else "")
        cells = [[_cell(v, t) for v, t in zip(variables, row)] for row in rows]
        self._link_names(cells, variables)
        # A column that no row of the page fills (a meeting's mediators, observers, ...)
        # is named under the table instead of being drawn empty.
        filled = [i for i in range(len(variables)) if not cells or any(row[i]["text"] for row in cells)]
        empty = [v for i, v in enumerate(variables) if i not in filled]
        variables, cells = [variables[i] for i in filled], [[row[i] for i in filled] for row in cells]
        return "query.html", {"title": q.title, "q": q, "values": values, "error": error, "variables": variables,
                              "empty": empty, "rows": cells, "bound": bound, "editor": editor, "names": self.names(),
                              "entity_types": ENTITY_TYPES, "listed": listed, "target": "query/" + key}

    def _link_names(self, cells: list[list[dict]], variables: list[str]) -> None:
        """Give each result cell that links nowhere as a whole the pieces of its text
        that name an entity (its label, the only entity with that label) or a fact (its
        id, of a fact some claim supports) as links: ``cell["parts"]``, a list of
        ``{text, page}`` whose texts add up to the cell's text. The canned queries give
        entities by label and facts by id inside longer values ("Imran Khan, Shah
        Mahmood Qureshi", "China (denied by Chinese embassy in London)"), so a piece is
        a run between separators (:data:`_PIECE_BREAK`), or several runs with the
        separators between them when that is a label holding one ("Organ on Politics,
        Defence and Security Cooperation"), the longest first. A fact's link reads its
        words, as ``kg query``'s tables name it (:func:`kg.output.fact_descriptions`:
        "legal action (China, unnamed WTO panel; 2025-02)"), not its id, but in a column
        of the row's own facts (:data:`kg.output.FACT_ID_COLUMNS`), which keeps the ids."""
        labelled: dict[str, set] = {}
        for e in self.names():
            if "/" not in e["key"]:
                labelled.setdefault(e["label"], set()).add(e["key"])
        entities = {label: keys.pop() for label, keys in labelled.items() if len(keys) == 1}
        plain = [c for row in cells for c in row if c["page"] is None and c["text"]]
        own = {id(c) for row in cells for v, c in zip(variables, row) if v in FACT_ID_COLUMNS}
        pieces = {c["text"]: _pieces(c["text"]) for c in plain}
        # Which fact-like pieces are facts with a page: one question for the whole page.
        ids = {t for found in pieces.values() for t in found.values() if _FACT_ID.fullmatch(t) and t not in entities}
        facts = set()
        if ids:
            facts = {graph.local(r["f"].value) for r in graph.select(self.run, f"""SELECT DISTINCT ?f WHERE {{
                VALUES ?f {{ {' '.join(f'<{graph.FACT}{i}>' for i in sorted(ids))} }} ?c gkg:supports ?f }}""")}
        described = fact_descriptions(facts, self.run) if facts else {}
        for c in plain:
            text, parts, at = c["text"], [], 0
            for start, end in _spans(text, pieces[text], entities, facts):
                if start > at:
                    parts.append({"text": text[at:start], "page": None})
                piece = text[start:end]
                parts.append({"text": piece, "page": f"entity/{entities[piece]}"} if piece in entities
                             else {"text": piece if id(c) in own else described.get(piece, piece),
                                   "page": f"fact/{piece}"})
                at = end
            if parts:
                if at < len(text):
                    parts.append({"text": text[at:], "page": None})
                c["parts"] = parts

    def _query_page(self, q, values: dict[str, str], page: int) -> tuple[list[str], list[list], bool, str]:
        """Page ``page`` (from 1) of the canned query ``q`` with the parameter ``values``:
        (variables, its rows, whether more rows follow, the bound text of the whole
        query, for the SPARQL editor). A query paged by its own ``limit`` and ``offset``
        gets them set to the page (unless the form gave them: then the form's page,
        and no next page); any other is cut as ``kg query`` cuts its first rows, the
        rows before the page included (:func:`kg.query.first_rows`). Raises
        :class:`ParameterError` for a bad value, :class:`NotFound` for a page after the
        first beside a ``limit`` or ``offset`` the form gave."""
        own = {p.type: p.name for p in q.params.values() if p.type in ("limit", "offset")}
        if own:
            chosen = any(own[t] in values for t in own)
            if chosen and page > 1:
                raise NotFound("a page number goes with a query's own limit and offset only when neither is given")
            paged = values if chosen else {**values, own["limit"]: str(QUERY_ROWS),
                                           **({own["offset"]: str((page - 1) * QUERY_ROWS)} if "offset" in own else {})}
            bound = q.bind(paged, self.run)
            variables, rows = q.execute(bound, self.run)
            return variables, self._as_stated(q, variables, rows), not chosen and len(rows) == QUERY_ROWS, bound
        bound = q.bind(values, self.run)
        variables, rows, more = first_rows(bound, page * QUERY_ROWS, lambda text: q.execute(text, self.run))
        return variables, self._as_stated(q, variables, rows[(page - 1) * QUERY_ROWS:]), more, bound

    def _as_stated(self, q, variables: list[str], rows: list[list]) -> list[list]:
        """``rows`` of ``q`` with a fact only stated as negative shown so, as ``kg query``
        shows it (:func:`kg.output.with_negative_sources`)."""
        return with_negative_sources(variables, rows, self.run) if AGAINST_FROM_SUMMARY in q.sparql else rows


@functools.lru_cache(maxsize=65536)
def _quoted(target: str) -> str:
    """``target`` (a page's path) percent-encoded part by part between its
    slashes (RFC 3986), as the pages link it; kept, since every page links the same
    entities and facts (tens of thousands of links in an export)."""
    return "/".join(urllib.parse.quote(p, safe="") for p in target.split("/"))


def _page_number(rest: list[str], extra: bool) -> int:
    """The page number a path ends with (``rest``: its parts after the page's key; 1
    when there are none); raises :class:`NotFound` when it is not a number or
    ``extra`` parts follow it."""
    if extra or (rest and not rest[-1].isdigit()):
        raise NotFound(f"page {'/'.join(rest)!r} is not a page number")
    return int(rest[-1]) if rest else 1


def _listed(read):
    """``read()``, with a page that does not exist (ValueError) as :class:`NotFound`."""
    try:
        return read()
    except ValueError as e:
        raise NotFound(str(e)) from None


def _paged(read, params: dict[str, str]):
    """``read(page)`` for the ``page`` query parameter (1 if absent); raises
    :class:`NotFound` for a page that is not a number or does not exist (``read``
    raises ValueError)."""
    text = params.get("page", "1")
    if not text.isdigit():
        raise NotFound(f"page {text!r} is not a page number")
    return _listed(lambda: read(int(text)))


def _date_param(text: str) -> str:
    """A network filter's date, kept only if it is YYYY, YYYY-MM or YYYY-MM-DD."""
    import re

    text = text.strip()
    return text if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) else ""


#: What separates the names inside a result cell: "; ", ", ", " / ", ": ", " and ",
#: parentheses, and the words that open one before a name ("Israel (alleged by
#: Hamas, Iran)", "Ana Kell (for Brelia)", "a collision (said by China Coast Guard)").
_PIECE_BREAK = re.compile(r"; |, | / |: | and | ?\((?:for |beside |part of |(?:said|alleged|denied|led) by )?|\) ?")
#: The longest piece of a cell looked up as a name, in characters.
_PIECE_LONGEST = 160
#: A fact id (kg/claims.py): lower-case words and digits joined by '-'.
_FACT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def _pieces(text: str) -> dict[tuple[int, int], str]:
    """Every candidate name in a cell's ``text``: (start, end) -> the text there, for
    each run from the text's start or a separator's end to the text's end or a
    separator's start (:data:`_PIECE_BREAK`), runs across separators included."""
    breaks = list(_PIECE_BREAK.finditer(text))
    starts = sorted({0, *(m.end() for m in breaks)})
    ends = sorted({len(text), *(m.start() for m in breaks)})
    return {(s, e): text[s:e] for s in starts for e in ends
            if s < e <= s + _PIECE_LONGEST and text[s:e].strip() == text[s:e]}


def _spans(text: str, pieces: dict, entities: dict, facts: set) -> list[tuple[int, int]]:
    """The (start, end) of the names in ``text`` to link, in order, none overlapping:
    from left to right, at each start the longest piece (:func:`_pieces`) that is an
    entity's label (a key of ``entities``) or a fact id in ``facts``."""
    found, at = [], 0
    for (start, end), piece in sorted(pieces.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if start >= at and (piece in entities or piece in facts):
            found.append((start, end))
            at = end
    return found


def _cell(variable: str, term) -> dict:
    """A result cell: its text and, for an IRI of an entity, fact or article (or a fact
    id in a ``fact`` column), the page it links to."""
    if term is None:
        return {"text": "", "page": None, "parts": None}
    page = graph.page_of(term.value) if type(term).__name__ == "NamedNode" else None
    if page is None and variable == "fact" and term.value and "/" not in term.value and " " not in term.value:
        page = ("fact", term.value)
    # Dates as kg query's tables say them: "after 2024-08-01", not an open interval.
    # Long figures grouped in thousands, as there too: "24,500,000,000", not "24500000000".
    # Periods and durations in words, as there too: "USD 1.5 million a day", not "per P1D";
    # "about 1 hour 30 minutes", not "about PT1H30M".
    text = (readable_figures(readable_durations(readable_periods(readable_dates(term.value))))
            if type(term).__name__ == "Literal" else term.value)
    return {"text": text, "page": f"{page[0]}/{page[1]}" if page else None, "parts": None}
