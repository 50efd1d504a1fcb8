"""The evidence browser served over HTTP (under ``/browse/`` of ``kg serve``) and
written as static files (``kg export --format html -o DIR``).

The server side only reads: it answers GET and HEAD, and any other method with 405.
The export writes every page of the graph into a new folder beside ``DIR`` and then
puts it in place, so ``DIR`` holds either the previous export or the new one, never a
mix; the same graph gives byte-identical files (sorted content, no timestamps).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import urllib.parse
from pathlib import Path

from kg.browse import graph
from kg.browse.pages import MEDIA_TYPES, STATIC, NotFound, Site, static_file
from kg.catalog import Runner, load_catalog
from kg.errors import KGError

#: The path the pages are served under by ``kg serve``.
PREFIX = "/browse/"
#: A file every export holds, so that a later export may replace its folder (and no
#: other folder).
MARKER = ".kg-html-export"
HTML = "text/html; charset=utf-8"
#: How many pages the export reads ahead for at a time (:meth:`Site.read_ahead`): what
#: it keeps in memory grows with them, not with the store.
READ_AHEAD = 500


def respond(site: Site, method: str, target: str) -> tuple[int, str, bytes]:
    """The answer to an HTTP request for ``target`` (a path under :data:`PREFIX`, with
    its query string): ``(status, media type, body)``. Read-only: GET and HEAD only
    (405 otherwise); 404 for an unknown page, 400 for a canned query's bad parameter."""
    if method not in ("GET", "HEAD"):
        return 405, "text/plain; charset=utf-8", b"the evidence browser is read-only: only GET and HEAD\n"
    parts = urllib.parse.urlsplit(target)
    path = urllib.parse.unquote(parts.path)[len(PREFIX):] if parts.path.startswith(PREFIX) else ""
    params: dict[str, str] = {}
    for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True):
        params[k] = f"{params[k]},{v}" if k in params else v
    if path.startswith("static/"):
        body = static_file(path[len("static/"):])
        if body is None:
            return 404, "text/plain; charset=utf-8", b"no such file\n"
        return 200, MEDIA_TYPES[Path(path).suffix], body
    try:
        status, html = site.page(path, params)
        return status, HTML, html.encode("utf-8")
    except NotFound as e:
        return 404, HTML, _error_page(str(e))


def _error_page(message: str) -> bytes:
    from markupsafe import escape

    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>'
            f'<body><main><h1>Not found</h1><p>{escape(message)}</p><p><a href="{PREFIX}">All entities</a></p>'
            f"</main></body></html>\n").encode("utf-8")


def page_paths(run: Runner) -> list[str]:
    """Every page of the graph, as paths without ``.html``: the index, the whole
    network (its later pages as ``network.N``), the catalog, one page per entity (and
    every page of its kinds of fact and of its timeline, and of its network,
    ``network/KEY.N``), every page of each fact's sources, one page per article and
    canned query. The numbers of pages are counted by the store, in one query each for
    the facts naming each entity (:func:`graph.naming`), the facts' classes, the facts'
    sources and the relations' summaries (:func:`graph.network_pages`)."""
    # The whole network's pages and each entity's, as files: network.2, network/KEY.2.
    edges = graph.edge_summaries(run)
    paths = ["index", *_network_pages("network", graph.network_pages(edges)), "queries"]
    # Which facts name which entity (as an entity's pages count them) and each fact's
    # class, counted here: a join of the two in the store re-reads the union per fact.
    named: dict[str, set] = {}
    for e, f in run(f'{graph.SPARQL_PREFIXES} SELECT DISTINCT ?e ?f WHERE {{ {graph.naming("?e")} }}')[1]:
        named.setdefault(e.value, set()).add(f.value)
    classes: dict[str, set] = {}
    for f, c in run(f"""{graph.SPARQL_PREFIXES} SELECT DISTINCT ?f ?c WHERE {{ GRAPH <{graph.FACTS_GRAPH}> {{ ?f a ?c }}
            FILTER(STRSTARTS(STR(?c), "{graph.GKG}")) {graph.FACT_FILTER} }}""")[1]:
        classes.setdefault(f.value, set()).add(c.value[len(graph.GKG):])
    kinds: dict[str, list[tuple[str, int]]] = {}
    totals = {e: len(fs) for e, fs in named.items()}
    for e, fs in named.items():
        counted: dict[str, int] = {}
        for f in fs:
            if f in classes:  # under its first class, as graph.entity_index files it
                c = min(classes[f])
                counted[c] = counted.get(c, 0) + 1
        kinds[e] = sorted(counted.items())
    for e in graph.entity_names(run):
        if "/" not in e["key"]:
            paths.append(f"entity/{e['key']}")
            for slug, count in sorted(kinds.get(e["iri"], ())):
                if count > graph.FACTS_PER_KIND:
                    paths += _pages(f"entity/{e['key']}/{slug}", count, graph.FACTS_PER_PAGE)
            paths += _pages(f"timeline/{e['key']}", totals.get(e["iri"], 0), graph.TIMELINE_PER_PAGE)
            paths += _network_pages(f"network/{e['key']}", graph.network_pages(edges, e["key"]))
    facts = graph.select(run, f'SELECT DISTINCT ?f WHERE {{ ?c gkg:supports ?f . FILTER(STRSTARTS(STR(?f), "{graph.FACT}")) }}')
    sources = {r["f"].value: int(r["n"].value) for r in graph.select(
        run, f"""SELECT ?f (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?st rdf:subject ?f }}
                 FILTER(STRSTARTS(STR(?f), "{graph.FACT}")) }} GROUP BY ?f""")}
    for f in sorted(r["f"].value for r in facts):
        if "/" not in graph.local(f):
            paths += _pages(f"fact/{graph.local(f)}", sources.get(f, 0), graph.MAX_SOURCES)
    paths += [f"article/{a['key']}" for a in graph.articles(run, per_page=None)["articles"]]
    paths += [f"query/{name}" for name in sorted(load_catalog())]
    return paths


def _network_pages(target: str, pages: int) -> list[str]:
    """The paths of a network's ``pages`` pages: ``target``, then ``target.2``, ``target.3``, ..."""
    return [target] + [f"{target}.{n}" for n in range(2, pages + 1)]


def _pages(target: str, count: int, per_page: int) -> list[str]:
    """The paths of the pages listing ``count`` items ``per_page`` a page: ``target``,
    then ``target/2``, ``target/3``, ... (one page when there are none)."""
    return [target] + [f"{target}/{n}" for n in range(2, -(-count // per_page) + 1)]


def export_site(run: Runner, directory: Path, timings: dict | None = None) -> int:
    """Write every page (:func:`page_paths`) and the static files into ``directory``;
    returns the number of files written. ``timings``, if given, receives each page's
    rendering time in seconds by path.

    Raises :class:`KGError` when ``directory`` exists and is neither empty nor an
    earlier export (nothing is written), or cannot be written.
    """
    directory = Path(directory)
    if directory.exists() and (not directory.is_dir() or (any(directory.iterdir())
                                                          and not (directory / MARKER).is_file())):
        raise KGError(f"{directory}: exists and is not an earlier 'kg export --format html' folder; "
                      "give a new or empty folder")
    site = Site(run, static=True)
    # Every page is written: what the pages share is read once, first, rather than
    # counted again from each page's own claims.
    site.warm()
    directory.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=directory.parent))
    try:
        count = 0
        paths = page_paths(run)
        for i, path in enumerate(paths):
            if i % READ_AHEAD == 0:
                site.read_ahead(paths[i:i + READ_AHEAD])
            started = time.perf_counter()
            html = site.render(path)
            if timings is not None:
                timings[path] = time.perf_counter() - started
            target = work / (path + ".html")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(html.encode("utf-8"))
            count += 1
        (work / "static").mkdir()
        for name in sorted(STATIC):
            (work / "static" / name).write_bytes(static_file(name))
            count += 1
        (work / MARKER).write_text("written by kg export --format html; the next export replaces this folder\n")
        os.chmod(work, 0o755)  # mkdtemp makes it private; an export is for publishing
        if directory.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{directory.name}.old.", dir=directory.parent))
            os.replace(directory, old / "site")
            os.replace(work, directory)
            shutil.rmtree(old)
        else:
            os.replace(work, directory)
        return count
    except OSError as e:
        raise KGError(f"cannot write the pages to {directory}: {e.strerror or e}") from None
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
