"""Push the store into an external SPARQL 1.1 store, one named graph at a time.

Every graph (the ontology, the shapes if asked, one per article) is replaced as a unit:
it is loaded beside the real graph, into a temporary graph under ``…/push-tmp/``, its
triple count is checked, and one ``MOVE`` puts it over the real graph. Readers see the
old graph or the new one, never a half, and a load that fails leaves the old graph whole.
The temporary graph is loaded by

- **Graph Store Protocol** (``gsp``): one ``PUT ?graph=IRI`` of the graph as N-Triples.
  N-Triples because every store takes it; Virtuoso's GSP endpoint refuses N-Quads and
  TriG (and has answered them with 200 and an HTML page while loading nothing).
- **SPARQL 1.1 Update** (``update``): in batches of ``batch_size`` triples. Batches stay
  small because Virtuoso refuses big requests (``INSERT DATA`` beyond a few thousand
  triples: SP030; ``INSERT … WHERE {}`` beyond about a thousand: SP031). Virtuoso also
  refuses blank nodes in ``INSERT DATA``, so a batch holding blank nodes is sent as
  ``INSERT { … } WHERE {}``, and all triples of one blank-node structure go in the same
  batch (a blank node label means a new node in every request). Virtuoso's update
  compiler misreads duration literals (``"P1D"^^xsd:duration``: "SQ200: No column
  P1DD"), so on Virtuoso they are written as ``STRDT("P1D", xsd:duration)`` bound in the
  request's ``WHERE``.

Before writing, a push checks that the store's queries see its named graphs (a probe
triple in a temporary graph, then ``ASK`` without ``GRAPH``) and that no literal exceeds
what the store keeps (:data:`LITERAL_LIMITS`); either problem stops it with nothing written.

Before and after the ``MOVE`` the store is asked how many triples the graph holds; a
count that differs from ours is a failure, which catches stores that answer "OK" and load nothing.
Virtuoso keeps numbers, booleans, dates and durations as values, so two literals of one
subject and property that are equal as values (``"2024-01"^^xsd:gYearMonth`` and
``"2024-01-01"^^xsd:date``) are one triple there: its expected count is that of the
distinct values (:func:`stored_count`), and the push says which triples it merged.
A graph whose load fails has its temporary graph dropped, so the store is as before.
Graphs under our graph prefix that the store holds and we do not (retracted articles)
are removed after the push, and so are temporary graphs an interrupted push left.

Failures: connection errors, timeouts and 5xx answers other than refusals are retried
with exponential backoff, a whole graph at a time (a retried graph starts again from an
empty temporary graph, so nothing is doubled). A permanent failure raises
:class:`PushError` naming the graph and the graphs already pushed; running the same push
again finishes the job.

HTTP goes through ``requests`` rather than urllib: it keeps connections alive across
the many batch requests, and its Digest authentication resends a request body after the
challenge (Virtuoso takes updates only with Digest).
"""

from __future__ import annotations

import contextlib
import re
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from kg.credentials import from_url, scrub
from kg.errors import KGError
from kg.namespaces import BASE, GRAPH, ONTOLOGY_GRAPH, SHAPES_GRAPH, XSD, digest
from kg.remote import connection_reason, excerpt, safe_url
from kg.store import GraphStore

PROTOCOLS = ("auto", "gsp", "update")
#: Temporary graphs live outside the graph prefix, so a half-loaded one is never taken
#: for an article (nor removed as a retracted one while in use).
TMP_PREFIX = BASE + "push-tmp/"
#: Triples per Update request: Virtuoso's SPARQL compiler gives up on large requests.
BATCH_SIZES = {"virtuoso": 500}
DEFAULT_BATCH_SIZE = 5000
#: Bytes of N-Quads per request when new graphs go to Oxigraph server in bulk: large
#: enough that requests cost little, small enough that the server's transaction (held in
#: its memory) stays small.
QUADS_BATCH_BYTES = 32 * 1024 * 1024
#: The largest literal (UTF-8 bytes) a store keeps. Virtuoso 7 refuses strings of
#: 10,000,000 bytes or more ("longer than 10Mb, thus it cannot be stored as a string",
#: SQL state 22003), over SPARQL Update, and its Graph Store endpoint hangs on them.
VIRTUOSO_STRING_LIMIT = 10_000_000
LITERAL_LIMITS = {"virtuoso": VIRTUOSO_STRING_LIMIT}
#: Duration literals, which Virtuoso 7's SPARQL Update compiler misreads as SQL column
#: names when they are written out ("SQ200: No column P1DD" for "P1D"^^xsd:duration).
DURATIONS = {XSD + "duration", XSD + "dayTimeDuration", XSD + "yearMonthDuration"}
NUMBERS = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                             "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte",
                             "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger")}
#: Date types Virtuoso keeps as the instant they start at: "2024"^^xsd:gYear,
#: "2024-01"^^xsd:gYearMonth and "2024-01-01"^^xsd:date are the same value there.
DATES = {XSD + t for t in ("date", "dateTime", "gYear", "gYearMonth")}

RESULTS_JSON = "application/sparql-results+json"


class PushError(KGError):
    """A push that could not finish; the message says where it stopped and what to do."""


class _Failure(Exception):
    """One failed step; ``transient`` failures are worth another try."""

    def __init__(self, message: str, transient: bool):
        super().__init__(message)
        self.transient = transient
        self.status: int | None = None  # the HTTP status, if the store answered
        self.gsp_unusable = False  # the Graph Store endpoint cannot take our graphs


@dataclass
class Target:
    """The URLs of one store: queries, updates, and the Graph Store Protocol (if any)."""

    query: str
    update: str
    gsp: str | None
    kind: str  # virtuoso, oxigraph, fuseki, graphdb or generic


@dataclass
class PushReport:
    """What a push did: the endpoint (without credentials), the protocol used, each
    graph pushed with its triple count, and the remote graphs removed."""

    endpoint: str
    protocol: str
    pushed: list[tuple[str, int]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.pushed)


def detect_kind(url: str, headers) -> str:
    """Which store answers at ``url``, from its ``Server`` header or its URL shape.

    >>> detect_kind("http://h:8890/sparql", {"Server": "Virtuoso/07.20.3229 (Linux)"})
    'virtuoso'
    >>> detect_kind("http://h:7200/repositories/kg", {})
    'graphdb'
    """
    server = (headers.get("Server") or "").lower()
    if "virtuoso" in server:
        return "virtuoso"
    if "oxigraph" in server:
        return "oxigraph"
    if "fuseki" in server or "jena" in server or "Fuseki-Request-Id" in headers:
        return "fuseki"
    if re.search(r"/repositories/[^/]+/?$", urllib.parse.urlsplit(url).path):
        return "graphdb"  # GraphDB and other RDF4J servers
    return "generic"


def derive_target(url: str, kind: str, with_credentials: bool,
                  update: str | None = None, gsp: str | None = None) -> Target:
    """The update and GSP endpoints a store of ``kind`` has beside its query endpoint
    ``url``, unless given. A generic store gets updates at ``url`` and no GSP.

    >>> t = derive_target("http://h:8890/sparql", "virtuoso", True)
    >>> t.update, t.gsp
    ('http://h:8890/sparql-auth', 'http://h:8890/sparql-graph-crud-auth')
    >>> t = derive_target("http://h:7878/query", "oxigraph", False)
    >>> t.update, t.gsp
    ('http://h:7878/update', 'http://h:7878/store')
    """
    parts = urllib.parse.urlsplit(url)
    root = f"{parts.scheme}://{parts.netloc}"
    base = re.sub(r"/(query|sparql)/?$", "", url.split("?", 1)[0].rstrip("/"))
    if kind == "virtuoso":
        # Virtuoso takes authenticated updates and graph writes at separate URLs.
        guess = (root + "/sparql-auth", root + "/sparql-graph-crud-auth") if with_credentials \
            else (url, root + "/sparql-graph-crud")
    elif kind == "oxigraph":
        guess = (base + "/update", base + "/store")
    elif kind == "fuseki":
        guess = (base + "/update", base + "/data")
    elif kind == "graphdb":
        guess = (base + "/statements", base + "/rdf-graphs/service")
    else:
        guess = (url, None)
    return Target(url, update or guess[0], gsp or guess[1], kind)


def batches(triples: list[ox.Triple], size: int) -> list[list[ox.Triple]]:
    """Split ``triples`` into batches of at most ``size``, keeping every structure of
    blank nodes in one batch (a structure larger than ``size`` gets a batch to itself).

    >>> b = [ox.BlankNode("x"), ox.BlankNode("y")]
    >>> p, o = ox.NamedNode("http://p"), ox.NamedNode("http://o")
    >>> ts = [ox.Triple(o, p, b[0]), ox.Triple(b[0], p, b[1]), ox.Triple(b[1], p, o), ox.Triple(o, p, o)]
    >>> [len(x) for x in batches(ts, 2)]
    [3, 1]
    """
    parent: dict[ox.BlankNode, ox.BlankNode] = {}

    def find(b):
        while parent.setdefault(b, b) != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        return b

    for t in triples:
        ends = [x for x in (t.subject, t.object) if isinstance(x, ox.BlankNode)]
        if len(ends) == 2:
            parent[find(ends[0])] = find(ends[1])
        elif ends:
            find(ends[0])
    units: dict[object, list[ox.Triple]] = {}
    for i, t in enumerate(triples):
        bnode = next((x for x in (t.subject, t.object) if isinstance(x, ox.BlankNode)), None)
        units.setdefault(find(bnode) if bnode is not None else i, []).append(t)
    out: list[list[ox.Triple]] = []
    for unit in units.values():
        if out and len(out[-1]) + len(unit) <= size:
            out[-1].extend(unit)
        else:
            out.append(list(unit))
    return out


class LocalGraphs(Mapping):
    """What to push, by graph IRI: the ontology, the shapes if asked, then each article's
    graph and the facts graph. A graph's triples (a sorted list) are read from the store
    only when asked for, one graph at a time, so memory holds one graph, not the store;
    :meth:`write_nquads` streams graphs as N-Quads without making Python objects."""

    def __init__(self, store: GraphStore, with_shapes: bool = False):
        self.store = store
        names = store.graphs()
        first = [ONTOLOGY_GRAPH] if ONTOLOGY_GRAPH in names else []
        if with_shapes:
            first.append(SHAPES_GRAPH)
        self.names = first + [g for g in names if g not in first]

    def __getitem__(self, graph: str) -> list[ox.Triple]:
        if graph not in self.names:
            raise KeyError(graph)
        if graph == SHAPES_GRAPH:  # from the shapes file: the store holds no shapes
            return shapes_triples()
        node = ox.NamedNode(graph)
        return sorted((q.triple for q in self.store.store.quads_for_pattern(None, None, None, node)), key=str)

    def __iter__(self):
        return iter(self.names)

    def __contains__(self, graph) -> bool:
        return graph in self.names

    def __len__(self) -> int:
        return len(self.names)

    def write_nquads(self, graph: str, out) -> int:
        """``graph`` as N-Quads into the binary file ``out``; returns its triple count."""
        from kg.export import write_nquads

        if graph == SHAPES_GRAPH:  # from the shapes file: the store holds no shapes
            node = ox.NamedNode(graph)
            quads = [ox.Quad(*t, node) for t in shapes_triples()]
            ox.serialize(quads, out, ox.RdfFormat.N_QUADS)
            return len(quads)
        return write_nquads(self.store, graph, out)


def local_graphs(store: GraphStore, with_shapes: bool = False) -> LocalGraphs:
    """What to push: the ontology, the shapes if asked, then each article's graph."""
    return LocalGraphs(store, with_shapes)


def shapes_triples() -> list[ox.Triple]:
    from kg.validate import SHAPES_FILE

    return sorted((q.triple for q in ox.parse(path=str(SHAPES_FILE), format=ox.RdfFormat.TURTLE)), key=str)


def _temp_graph(graph: str) -> str:
    local = graph[len(GRAPH):] if graph.startswith(GRAPH) else ""
    return TMP_PREFIX + (local if re.fullmatch(r"[A-Za-z0-9._-]+", local or "-!") else digest(graph))


def _has_bnode(triples: Iterable[ox.Triple]) -> bool:
    return any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)


def _ntriples(triples: list[ox.Triple]) -> str:
    return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")


_DATE = re.compile(r"(-?\d{4,})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d):(\d\d(?:\.\d+)?))?)?)?")
_DURATION = re.compile(r"(-?)P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?")


def virtuoso_value(term):
    """What Virtuoso 7 keeps of ``term``: numbers, booleans, dates without a time zone
    and durations of months only or of seconds only are values there, whatever their
    datatype or lexical form; any other term is itself.

    >>> lit = lambda v, t: ox.Literal(v, datatype=ox.NamedNode(XSD + t))
    >>> virtuoso_value(lit("2024-01", "gYearMonth")) == virtuoso_value(lit("2024-01-01", "date"))
    True
    >>> virtuoso_value(lit("P1D", "duration")) == virtuoso_value(lit("PT24H", "dayTimeDuration"))
    True
    >>> virtuoso_value(lit("1.0", "decimal")) == virtuoso_value(lit("1", "integer"))
    True
    >>> virtuoso_value(lit("2024", "gYear")) == virtuoso_value(lit("2024", "integer"))
    False
    """
    if not isinstance(term, ox.Literal) or term.language:
        return term
    datatype, value = term.datatype.value, term.value.strip()
    try:
        if datatype in NUMBERS:
            return "number", Decimal(value)
        if datatype == XSD + "boolean" and value in ("true", "false", "1", "0"):
            return "boolean", value in ("true", "1")
        if datatype in DATES and (m := _DATE.fullmatch(value)):
            year, month, day, hour, minute, second = m.groups()
            return ("instant", int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0),
                    Decimal(second or 0))
        if datatype in DURATIONS and (m := _DURATION.fullmatch(value)) and value[-1] != "T":
            sign = -1 if m[1] else 1
            years, months, days, hours, minutes, seconds = (Decimal(x or 0) for x in m.groups()[1:])
            if not (days or hours or minutes or seconds):
                return "months", sign * (12 * years + months)
            if not (years or months):
                return "seconds", sign * (((days * 24 + hours) * 60 + minutes) * 60 + seconds)
    except InvalidOperation:
        pass
    return term


def stored_count(triples: list[ox.Triple], kind: str) -> int:
    """How many of ``triples`` a store of ``kind`` holds once loaded (fewer on Virtuoso,
    which merges literals of equal value, :func:`virtuoso_value`)."""
    return len(triples) - len(merged(triples, kind))


def merged(triples: list[ox.Triple], kind: str) -> list[tuple[ox.Triple, ox.Triple]]:
    """The triples of ``triples`` a store of ``kind`` merges into an earlier one, each
    with that earlier one."""
    if kind != "virtuoso":
        return []
    seen: dict = {}
    out = []
    for t in triples:
        key = (t.subject, t.predicate, virtuoso_value(t.object))
        if key in seen:
            out.append((seen[key], t))
        else:
            seen[key] = t
    return out


def insert_request(graph: str, triples: list[ox.Triple], kind: str) -> str:
    """A SPARQL Update inserting ``triples`` into ``graph``: ``INSERT DATA``, or where
    Virtuoso cannot take that (blank nodes, duration literals) ``INSERT { … } WHERE { … }``,
    each duration bound in ``WHERE`` as ``STRDT`` of its lexical form.

    >>> d = ox.Literal("P1D", datatype=ox.NamedNode(XSD + "duration"))
    >>> print(insert_request("http://g", [ox.Triple(ox.NamedNode("http://s"), ox.NamedNode("http://p"), d)],
    ...                      "virtuoso"))
    INSERT { GRAPH <http://g> {
    <http://s> <http://p> ?v0 .
    } } WHERE { BIND(STRDT("P1D", <http://www.w3.org/2001/XMLSchema#duration>) AS ?v0) }
    """
    plain, bound, binds = [], [], []
    for t in triples:
        if kind == "virtuoso" and isinstance(t.object, ox.Literal) and t.object.datatype.value in DURATIONS:
            var = f"?v{len(binds)}"
            binds.append(f"BIND(STRDT({ox.Literal(t.object.value)}, {t.object.datatype}) AS {var})")
            bound.append(f"{t.subject} {t.predicate} {var} .\n")
        else:
            plain.append(t)
    body = _ntriples(plain) + "".join(bound)
    if binds:
        return f"INSERT {{ GRAPH <{graph}> {{\n{body}}} }} WHERE {{ {' '.join(binds)} }}"
    # Virtuoso refuses blank nodes in INSERT DATA; INSERT … WHERE {} takes them everywhere.
    if _has_bnode(triples):
        return f"INSERT {{ GRAPH <{graph}> {{\n{body}}} }} WHERE {{}}"
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}"


def _ahead(batches: Iterator[tuple]) -> Iterator[tuple]:
    """The items of ``batches`` (graph IRIs, temporary file, counts), each next one made
    in a thread while the caller sends the current one: the store's dump and the server's
    load overlap. A file made but not handed out is removed."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(next, batches, None)
        try:
            while (item := pending.result()) is not None:
                pending = pool.submit(next, batches, None)
                yield item
        finally:
            left = pending.result() if not pending.cancel() else None
            if left is not None:
                left[1].unlink(missing_ok=True)


class Pusher:
    """Pushes graphs to one store. ``auth=None`` picks Digest for Virtuoso and otherwise
    what the store's challenge asks for (Basic if it never asks)."""

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None, gsp_endpoint: str | None = None,
                 protocol: str = "auto", user: str | None = None, password: str | None = None,
                 auth: str | None = None, batch_size: int | None = None, timeout: float = 60.0,
                 retries: int = 4, backoff: float = 0.5, progress: Callable[[str], None] | None = None):
        if protocol not in PROTOCOLS:
            raise PushError(f"unknown protocol {protocol!r}; use one of {', '.join(PROTOCOLS)}")
        if auth not in (None, "basic", "digest"):
            raise PushError(f"unknown authentication {auth!r}; use basic or digest")
        # Credentials of a user:password@ URL move to the Authorization header.
        endpoint, user, password = from_url(endpoint, user, password)
        if (user is None) != (password is None):
            raise PushError("give both a user and a password (--user/--password or "
                            "KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD), or neither")
        self.endpoint = endpoint
        self._given = (update_endpoint, gsp_endpoint)
        self.protocol = protocol
        self.user = user
        self._password = password
        self.auth = auth
        self.batch_size = batch_size
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.progress = progress or (lambda msg: None)
        self.session = requests.Session()
        self._auth_in_use: str | None = None
        self.target: Target | None = None
        self.using: str | None = None  # the protocol in use: gsp or update

    # -- the push -----------------------------------------------------------------

    def push(self, graphs: Mapping[str, list[ox.Triple]], keep: Iterable[str] = (SHAPES_GRAPH,)) -> PushReport:
        """Replace each of ``graphs`` remotely, then remove the remote graphs under our
        prefix that ``graphs`` lacks (except those in ``keep``) and stale temporary graphs."""
        self._step("reaching the store", self._connect)
        self._check_sizes(graphs)
        remote = self._step("listing the store's graphs", self._remote_graphs)
        self._step("checking that queries see the named graphs", self._check_union_default_graph)
        report = PushReport(safe_url(self.endpoint), self.using or "")
        done: list[str] = []
        order = list(graphs)
        if self._loads_quads() and isinstance(graphs, LocalGraphs):
            # Graphs the store lacks have no old version to keep whole: they go in as
            # N-Quads, a few megabytes per request, each request one transaction.
            new = [g for g in order if g not in set(remote)]
            order = [g for g in order if g not in set(new)]
            for batch, path, counts in _ahead(self._quad_batches(graphs, new)):
                try:
                    self._step(f"pushing graph <{batch[0]}>" + (f" and {len(batch) - 1} more" if len(batch) > 1
                                                                 else ""),
                               lambda path=path, counts=counts: self._post_quads(path, counts), done)
                finally:
                    path.unlink(missing_ok=True)
                for g in batch:
                    done.append(g)
                    report.pushed.append((g, counts[g]))
                    self.progress(f"pushed <{g}> ({counts[g]} triples, {self.using})")
        for g in order:
            triples = graphs[g]
            self._step(f"pushing graph <{g}>", lambda: self._push_graph(g, triples), done)
            done.append(g)
            report.pushed.append((g, len(triples)))
            self.progress(f"pushed <{g}> ({len(triples)} triples, {self.using})")
        report.protocol = self.using or ""
        keep = set(keep)
        stale = [g for g in remote if g.startswith(GRAPH) and g not in graphs and g not in keep]
        temps = [g for g in remote if g.startswith(TMP_PREFIX)]
        for g in stale + temps:
            self._step(f"removing graph <{g}>", lambda: self._drop(g), done)
            if g in stale:
                report.removed.append(g)
                self.progress(f"removed <{g}> (no longer in the local store)")
        return report

    def _step(self, what: str, fn: Callable, done: list[str] | None = None):
        """Run ``fn``, retrying transient failures with exponential backoff."""
        for attempt in range(self.retries + 1):
            try:
                return fn()
            except _Failure as f:
                if not f.transient or attempt == self.retries:
                    raise PushError(self._failure_message(what, f, attempt + 1, done)) from None
                delay = min(self.backoff * 2 ** attempt, 30.0)
                self.progress(scrub(f"{what}: {f}; retrying in {delay:g} s"))
                time.sleep(delay)

    def _failure_message(self, what: str, f: _Failure, attempts: int, done: list[str] | None) -> str:
        tries = f" (after {attempts} attempts)" if attempts > 1 else ""
        msg = f"push to {safe_url(self.endpoint)} failed {what}: {f}{tries}."
        if done is not None:
            msg += (f"\nAlready pushed ({len(done)}): " + ", ".join(f"<{g}>" for g in done) if done
                    else "\nNo graph was pushed.")
            msg += ("\nRun the same kg push again to finish" + (" once the cause is fixed" if not f.transient else "")
                    + ": each graph is replaced as a whole, so nothing is duplicated.")
        return scrub(msg)

    # -- connecting -----------------------------------------------------------------

    def _connect(self) -> None:
        """Ask the query endpoint a trivial question: it tells which store this is."""
        r = self._http("GET", self.endpoint, params={"query": "ASK {}"}, headers={"Accept": RESULTS_JSON})
        kind = detect_kind(self.endpoint, r.headers)
        update, gsp = self._given
        self.target = derive_target(self.endpoint, kind, self.user is not None, update, gsp)
        if self.user is not None and self._auth_in_use is None:
            self._set_auth(self.auth or ("digest" if kind == "virtuoso" else "basic"))
        if self.batch_size is None:
            self.batch_size = BATCH_SIZES.get(kind, DEFAULT_BATCH_SIZE)
        if self.using is None:
            self.using = "update" if self.protocol == "update" or (self.protocol == "auto" and not self.target.gsp) \
                else "gsp"
        if self.using == "gsp" and not self.target.gsp:
            raise _Failure("no Graph Store Protocol endpoint is known for this store: give --gsp-endpoint, "
                           "or use --protocol update", transient=False)

    def _check_sizes(self, graphs: Mapping[str, list[ox.Triple]]) -> None:
        """Refuse, before writing anything, a literal longer than the store keeps."""
        limit = LITERAL_LIMITS.get(self.target.kind)
        if limit is None:
            return
        for g, triples in graphs.items():
            for t in triples:
                if isinstance(t.object, ox.Literal) and len(t.object.value) * 4 >= limit:
                    size = len(t.object.value.encode("utf-8"))
                    if size >= limit:
                        store = self.target.kind.capitalize()
                        raise PushError(
                            f"cannot push to {safe_url(self.endpoint)}: graph <{g}> holds a literal of {size:,} "
                            f"bytes (<{t.subject.value}> <{t.predicate.value}>), and {store} keeps "
                            f"strings of less than {limit:,} bytes only. Nothing was pushed; the store is "
                            "unchanged. Shorten or leave out that article (kg retract), or use another store.")

    def _check_union_default_graph(self) -> None:
        """Our queries match triples without GRAPH: ask whether a triple in a named graph
        is seen from the default graph, with one probe triple in a temporary graph."""
        probe = f"<{TMP_PREFIX}probe> <{TMP_PREFIX}probe> <{TMP_PREFIX}probe>"
        self._update(f"INSERT DATA {{ GRAPH <{TMP_PREFIX}probe> {{ {probe} }} }}")
        try:
            r = self._http("POST", self.target.query, data={"query": f"ASK {{ {probe} }}"},
                           headers={"Accept": RESULTS_JSON})
            try:
                seen = bool(r.json()["boolean"])
            except (ValueError, KeyError, TypeError):
                raise _Failure(f"{safe_url(self.target.query)} did not answer an ASK query with SPARQL JSON "
                               "results", transient=False) from None
        finally:
            self._update(f"DROP SILENT GRAPH <{TMP_PREFIX}probe>")
        if not seen:
            hint = {"oxigraph": "start Oxigraph server with --union-default-graph "
                                "(oxigraph serve --location DIR --union-default-graph)",
                    "fuseki": "set tdb2:unionDefaultGraph true on the dataset"}.get(
                self.target.kind, "make the store's default graph the union of its named graphs")
            raise _Failure(f"the store's default graph is not the union of its named graphs, so kg query "
                           f"--endpoint and the canned queries would find nothing there: {hint} "
                           "(see docs/external-stores.md). Nothing was pushed", transient=False)

    def _set_auth(self, method: str) -> None:
        self.session.auth = (HTTPDigestAuth if method == "digest" else HTTPBasicAuth)(self.user, self._password)
        self._auth_in_use = method

    # -- new graphs, as N-Quads ----------------------------------------------------

    def _loads_quads(self) -> bool:
        """Whether the store takes a whole dataset (N-Quads) in one transaction at its Graph
        Store endpoint: Oxigraph server's ``POST /store`` (its loader without
        ``no_transaction`` is atomic, https://github.com/oxigraph/oxigraph, cli/src/main.rs)."""
        return self.using == "gsp" and self.target.kind == "oxigraph" and self.protocol in ("auto", "gsp")

    def _quad_batches(self, graphs: LocalGraphs, names: list[str]):
        """Yield (graph IRIs, N-Quads file, triples per graph) for ``names`` in order, each
        file holding whole graphs and about :data:`QUADS_BATCH_BYTES` (a larger graph gets
        a file of its own). The files are temporary: the caller removes them."""
        import tempfile
        from pathlib import Path

        i = 0
        while i < len(names):
            fd, tmp = tempfile.mkstemp(prefix="kg-push-", suffix=".nq")
            batch, counts = [], {}
            with open(fd, "wb") as f:
                while i < len(names) and (not batch or f.tell() < QUADS_BATCH_BYTES):
                    counts[names[i]] = graphs.write_nquads(names[i], f)
                    batch.append(names[i])
                    i += 1
            yield batch, Path(tmp), counts

    def _post_quads(self, path, counts: dict[str, int]) -> None:
        """POST the N-Quads file ``path`` to the Graph Store endpoint, then check that each
        graph of ``counts`` holds that many triples. A request sent twice (a retry after a
        lost answer) changes nothing: RDF holds each triple once."""
        with open(path, "rb") as body:
            self._http("POST", self.target.gsp, data=body, headers={"Content-Type": "application/n-quads"})
        values = " ".join(f"<{g}>" for g in counts)
        rows = self._select(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} "
                            "GROUP BY ?g")
        found = {r["g"]["value"]: int(r["n"]["value"]) for r in rows if "g" in r and "n" in r}
        for g, expected in counts.items():
            if found.get(g, 0) != expected:
                raise _Failure(f"the store holds {found.get(g, 0)} triples in <{g}> after the push of its N-Quads, "
                               f"not {expected}; try --protocol update", transient=False)

    # -- one graph -----------------------------------------------------------------

    def _push_graph(self, graph: str, triples: list[ox.Triple]) -> None:
        """Load ``triples`` beside ``graph`` in its temporary graph, check the count, then
        MOVE it over ``graph``: a load that fails leaves the old graph whole, and a refused
        one has its temporary graph dropped (queries of a union default graph see it)."""
        tmp = _temp_graph(graph)
        same = merged(triples, self.target.kind)
        expected = len(triples) - len(same)
        if same:
            kept, gone = same[0]
            self.progress(f"<{graph}>: the store will hold {expected} of its {len(triples)} triples: it keeps "
                          f"numbers, booleans, dates and durations as values, so a literal equal in value to "
                          f"another of the same subject and property is the same triple there "
                          f"({len(same)} here; e.g. {gone.subject} {gone.predicate} {kept.object} and {gone.object})")
        try:
            if self.using == "gsp":
                try:
                    self._put_graph(tmp, triples)
                    self._verify(tmp, expected, "its Graph Store endpoint")
                except _Failure as f:
                    if self.protocol != "auto" or not f.gsp_unusable:
                        raise
                    self.progress(f"the Graph Store endpoint {safe_url(self.target.gsp)} did not take the graph "
                                  f"({f}); using SPARQL Update at {safe_url(self.target.update)} instead")
                    self.using = "update"
            if self.using == "update":
                self._load_by_update(tmp, triples)
                self._verify(tmp, expected, "SPARQL Update")
        except _Failure as f:
            if not f.transient:  # a retry starts from an empty temporary graph anyway
                with contextlib.suppress(_Failure):
                    self._update(f"DROP SILENT GRAPH <{tmp}>")
            raise
        # Not SILENT: should the temporary graph be missing, fail rather than empty the graph.
        self._update(f"MOVE GRAPH <{tmp}> TO GRAPH <{graph}>")
        self._verify(graph, expected, "MOVE")

    def _put_graph(self, graph: str, triples: list[ox.Triple]) -> None:
        try:
            self._http("PUT", self.target.gsp, params={"graph": graph}, data=_ntriples(triples).encode("utf-8"),
                       headers={"Content-Type": "application/n-triples"})
        except _Failure as f:
            f.gsp_unusable = f.status in (404, 405, 415, 501)
            raise

    def _load_by_update(self, tmp: str, triples: list[ox.Triple]) -> None:
        for i, batch in enumerate(batches(triples, self.batch_size)):
            insert = insert_request(tmp, batch, self.target.kind)
            self._update(f"DROP SILENT GRAPH <{tmp}> ;\n{insert}" if i == 0 else insert)

    def _verify(self, graph: str, expected: int, how: str) -> None:
        found = self._count(graph)
        if found != expected:
            hint = "; try --protocol update" if how.startswith("its Graph Store") else ""
            f = _Failure(f"the store holds {found} triples in <{graph}> after the push by {how}, "
                         f"not {expected}{hint}", transient=False)
            f.gsp_unusable = how.startswith("its Graph Store")
            raise f

    def _drop(self, graph: str) -> None:
        if self.using == "gsp" and not graph.startswith(TMP_PREFIX):
            self._http("DELETE", self.target.gsp, params={"graph": graph}, ok=(404,))
        else:
            self._update(f"DROP SILENT GRAPH <{graph}>")

    # -- queries and updates ---------------------------------------------------------

    def _update(self, text: str) -> None:
        self._http("POST", self.target.update, data={"update": text})

    def _select(self, text: str) -> list[dict]:
        r = self._http("POST", self.target.query, data={"query": text}, headers={"Accept": RESULTS_JSON})
        try:
            return r.json()["results"]["bindings"]
        except (ValueError, KeyError):
            raise _Failure(f"{safe_url(self.target.query)} did not answer with SPARQL JSON results",
                           transient=False) from None

    def _count(self, graph: str) -> int:
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(rows[0]["n"]["value"]) if rows and "n" in rows[0] else 0

    def _remote_graphs(self) -> list[str]:
        rows = self._select(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{GRAPH}") || STRSTARTS(STR(?g), "{TMP_PREFIX}")) }}')
        return sorted(r["g"]["value"] for r in rows if "g" in r)

    def _http(self, method: str, url: str, ok: tuple[int, ...] = (), retry_auth: bool = True,
              **kwargs) -> requests.Response:
        """One request; raises :class:`_Failure` saying whether to try again."""
        where = safe_url(url)
        try:
            r = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except (requests.ConnectionError, requests.Timeout) as e:
            raise _Failure(f"cannot reach {where} ({connection_reason(e)})", transient=True) from None
        except requests.RequestException as e:
            raise _Failure(f"request to {where} failed ({type(e).__name__})", transient=False) from None
        if r.status_code in ok or r.status_code < 400:
            return r
        if r.status_code == 401 and retry_auth and self.user is not None and self.auth is None:
            # No method asked for: answer the store's own challenge, Digest or Basic.
            challenge = r.headers.get("WWW-Authenticate", "").lower()
            wanted = "digest" if challenge.startswith("digest") else "basic"
            if wanted != self._auth_in_use:
                self._set_auth(wanted)
                return self._http(method, url, ok=ok, retry_auth=False, **kwargs)
        raise self._refusal(r, where)

    def _refusal(self, r: requests.Response, where: str) -> _Failure:
        text = excerpt(r.text) or "(no message)"
        code = r.status_code
        # Virtuoso's SQL states are five letters or digits: 22003, 42000, S0022.
        virtuoso = re.search(r"\b([0-9A-Z]{5}) Error (\w+)", r.text or "")
        if code in (401, 403):
            if self.user is None:
                msg = (f"{where} needs credentials (HTTP {code}): give --user and --password, or set "
                       "KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD")
            else:
                msg = (f"{where} refused the credentials (HTTP {code}): check the user and password, and --auth "
                       "(Virtuoso takes Digest only)")
            f = _Failure(msg, transient=False)
        elif virtuoso and virtuoso.group(1) == "22003" and "longer than" in text:
            f = _Failure(f"{where} refused a string of {VIRTUOSO_STRING_LIMIT:,} bytes or more, Virtuoso's "
                         f"limit for a literal (HTTP {code}: {text})", transient=False)
        elif virtuoso and virtuoso.group(2).startswith("SR1") or re.search(r"permission|not authori[sz]ed",
                                                                             text, re.I):
            # Virtuoso answers an update without the right to update with 500, not 401.
            f = _Failure(f"{where} refused the update for lack of permission (HTTP {code}: {text}): give --user "
                         "and --password of an account allowed to update (Virtuoso: SPARQL_UPDATE role, "
                         "at /sparql-auth)", transient=False)
        elif virtuoso and virtuoso.group(2) in ("SP030", "SP031"):
            f = _Failure(f"{where} found a request too large (HTTP {code}: {text}): use a smaller --batch-size",
                         transient=False)
        elif code in (502, 503, 504, 429) or (code >= 500 and not virtuoso) or (
                # 40001: deadlock; S1T00: a transaction timed out. Both worth another try.
                virtuoso and virtuoso.group(1) in ("40001", "S1T00")):
            f = _Failure(f"{where} answered HTTP {code}: {text}", transient=True)
        else:
            f = _Failure(f"{where} answered HTTP {code}: {text}", transient=False)
        f.status = code
        return f


def push(store: GraphStore, endpoint: str, *, with_shapes: bool = False, **options) -> PushReport:
    """Push ``store`` to the SPARQL store at ``endpoint``; ``options`` go to :class:`Pusher`."""
    return Pusher(endpoint, **options).push(local_graphs(store, with_shapes))
