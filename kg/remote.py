"""Queries against a remote SPARQL 1.1 endpoint, through ``requests`` (the HTTP stack
of ``kg push`` too: Basic and Digest authentication, proxies from the environment).

Results come back as pyoxigraph terms, so :func:`kg.output.render` prints remote rows
exactly as it prints rows of the embedded store.

Our queries (like the canned catalogue) match triples without ``GRAPH``, so the remote
store must answer them over the union of its named graphs, as the embedded store does:
start Oxigraph server with ``--union-default-graph``; Virtuoso's default graph already
is the union of all graphs; Fuseki needs ``tdb2:unionDefaultGraph true`` on its dataset;
GraphDB and RDF4J read all graphs when no dataset is given. rdflib's SPARQLUpdateStore
is deliberately not used: it sends ``default-graph-uri=urn:x-rdflib:default``, which
hides every named graph from such queries.
"""

from __future__ import annotations

import hashlib
import json
import re

import pyoxigraph as ox

from kg.credentials import from_url, scrub, split_userinfo
from kg.errors import KGError

AUTH_METHODS = ("basic", "digest")


class RemoteError(KGError):
    """A remote endpoint could not be reached or refused a request."""


def safe_url(url: str) -> str:
    """``url`` without any ``user:password@`` part, for messages.

    >>> safe_url("http://bob:secret@example.org:8890/sparql")
    'http://example.org:8890/sparql'
    """
    return split_userinfo(url)[0]


def read_results(body: bytes, source: str) -> tuple[list[str], list[list]] | bool:
    """SPARQL 1.1 Query Results JSON (bytes) as Oxigraph reads them
    (``pyoxigraph.parse_query_results``): a SELECT's variables and rows (pyoxigraph
    terms, None where unbound), or an ASK's answer.

    Virtuoso names blank nodes ``nodeID://b10003``, which is no valid blank node label:
    such names are replaced first by a stable label derived from them, so the same node
    keeps the same name in a result; cells of variables the head does not declare are
    dropped, as before Oxigraph read the results. Raises :class:`RemoteError` naming ``source`` when
    the body is not SPARQL JSON results.

    >>> r = read_results(b'{"head": {"vars": ["b"]}, "results": {"bindings": '
    ...                  b'[{"b": {"type": "bnode", "value": "nodeID://b10003"}}]}}', "here")
    >>> r[0], r[1][0][0].value
    (['b'], 'bf0377fcb89a2fdbe')
    """
    try:
        data = json.loads(body)
        if "results" in data:
            data.pop("boolean", None)  # a malformed answer holding both is read as rows, not as ASK
        declared = set(data.get("head", {}).get("vars", []))
        for binding in data.get("results", {}).get("bindings", []):
            for name in set(binding) - declared:  # Oxigraph refuses cells of undeclared variables
                del binding[name]
            for cell in binding.values():
                if cell.get("type") == "bnode":
                    try:
                        ox.BlankNode(cell["value"])
                    except ValueError:
                        cell["value"] = "b" + hashlib.sha1(cell["value"].encode("utf-8")).hexdigest()[:16]
        result = ox.parse_query_results(json.dumps(data).encode("utf-8"), format=ox.QueryResultsFormat.JSON)
        if isinstance(result, ox.QuerySolutions):
            # Read every row now: a bad term is a syntax error found while reading.
            variables = result.variables
            return [v.value for v in variables], [[s[v] for v in variables] for s in result]
        return bool(result)
    except (ValueError, AttributeError, KeyError, TypeError, SyntaxError) as e:
        raise RemoteError(f"{source} did not answer with SPARQL JSON results: {e}") from None


class RemoteEndpoint:
    """A SPARQL 1.1 query endpoint: ``select``, ``ask`` and ``construct`` return
    pyoxigraph terms and triples. The query text must carry its own PREFIX lines.

    Credentials, given as ``user``/``password`` or in a ``user:password@`` URL (not
    both: :class:`kg.errors.KGError`), are sent with HTTP Basic or Digest (``auth``)
    and never appear in a message (:func:`kg.credentials.scrub`).
    """

    def __init__(self, url: str, user: str | None = None, password: str | None = None,
                 auth: str | None = "basic", timeout: float = 60.0):
        auth = (auth or "basic").lower()
        if auth not in AUTH_METHODS:
            raise RemoteError(f"unknown authentication {auth!r}; use one of {', '.join(AUTH_METHODS)}")
        # Credentials of a user:password@ URL move to the Authorization header.
        self.url, self.user, self._password = from_url(url, user, password)
        self.auth = auth
        self.timeout = timeout

    def __repr__(self) -> str:  # never shows the password
        return f"RemoteEndpoint({safe_url(self.url)!r}, user={self.user!r}, auth={self.auth!r})"

    # -- queries ------------------------------------------------------------------

    def select(self, query: str) -> tuple[list[str], list[list]]:
        """Variables and rows (cells are pyoxigraph terms, or None where unbound)."""
        result = self._results(query)
        if not isinstance(result, tuple):
            raise RemoteError(f"{safe_url(self.url)} did not answer with SELECT results (is the query a SELECT?)")
        return result

    def ask(self, query: str) -> bool:
        result = self._results(query)
        if not isinstance(result, bool):
            raise RemoteError(f"{safe_url(self.url)} did not answer with an ASK result (is the query an ASK?)")
        return result

    def hides_named_graphs(self) -> bool:
        """Whether a query without GRAPH fails to see our graphs here: true when the
        ontology graph holds a triple the default graph lacks (a store started without
        a union default graph). Two small queries; meant for when a query found nothing."""
        from kg.namespaces import ONTOLOGY_GRAPH

        _, rows = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} "
                              "FILTER(isIRI(?s) && isIRI(?o)) } LIMIT 1")
        if not rows:
            return False
        s, p, o = rows[0]
        return not self.ask(f"ASK {{ <{s.value}> <{p.value}> <{o.value}> }}")

    def construct(self, query: str) -> list[ox.Triple]:
        """The triples of a CONSTRUCT (or DESCRIBE) query."""
        body, content_type = self._run(query, RDF_ACCEPT)
        media = (content_type or "text/turtle").split(";")[0].strip()
        fmt = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.TURTLE
        try:
            return [q.triple for q in ox.parse(body, format=fmt)]
        except SyntaxError as e:
            raise RemoteError(f"{safe_url(self.url)} answered with unreadable {media}: {e}") from None

    # -- plumbing -----------------------------------------------------------------

    def _results(self, query: str):
        body, _ = self._run(query, RESULTS_JSON)
        try:
            return read_results(body, safe_url(self.url))
        except RemoteError:
            raise RemoteError(f"{safe_url(self.url)} did not answer with SPARQL JSON results: "
                              f"{excerpt(body)}") from None

    def _run(self, query: str, accept: str) -> tuple[bytes, str | None]:
        """POST the query (SPARQL 1.1 Protocol, form-encoded: no URL length limit) with
        the credentials, by HTTP Basic or Digest; the answer's bytes and media type."""
        import requests
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        auth = None
        if self.user is not None and self._password is not None:
            auth = (HTTPDigestAuth if self.auth == "digest" else HTTPBasicAuth)(self.user, self._password)
        where = safe_url(self.url)
        try:
            r = requests.post(self.url, data={"query": query}, headers={"Accept": accept}, auth=auth,
                              timeout=self.timeout)
        except requests.ReadTimeout:
            raise RemoteError(f"{where} did not answer within {self.timeout:g} s; a slow query on a large "
                              "store may need a longer --timeout (KG_ENDPOINT_TIMEOUT)") from None
        except (requests.ConnectionError, requests.Timeout) as e:
            raise RemoteError(f"cannot reach {where}: {scrub(connection_reason(e))}") from None
        except requests.RequestException as e:
            raise RemoteError(f"request to {where} failed ({type(e).__name__})") from None
        if r.status_code >= 400:
            hint = HTTP_HINTS.get(r.status_code, f"HTTP {r.status_code}")
            detail = excerpt(r.content)
            raise RemoteError(f"{where}: {hint}" + (f": {detail}" if detail else ""))
        return r.content, r.headers.get("Content-Type")


#: What an endpoint's refusal most likely means, by HTTP status.
HTTP_HINTS = {
    400: "HTTP 400: the endpoint rejected the query",
    401: "HTTP 401: the endpoint refused the credentials; check --user, --password and --auth",
    403: "HTTP 403: the endpoint refused the credentials or the query",
    404: "HTTP 404: no SPARQL endpoint at this URL",
    414: "HTTP 414: the request was too long",
    500: "HTTP 500: the endpoint failed to answer",
}
RESULTS_JSON = "application/sparql-results+json"
RDF_ACCEPT = "text/turtle, application/n-triples;q=0.9, application/rdf+xml;q=0.5"


def excerpt(body, limit: int = 300) -> str:
    """The start (``limit`` characters) of an answer's text (bytes or str), for
    messages: scrubbed first (the server may echo the credentials, and cutting tags or
    lines could split them), HTML tags dropped, Virtuoso's echo of the whole request cut."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or "")
    text = re.sub(r"<[^>]+>", " ", scrub(text))
    text = re.sub(r"SPARQL query:.*", "", " ".join(text.split()))
    return text[:limit].strip()


def connection_reason(e: Exception) -> str:
    """The gist of a connection error, without the request URL that requests repeats."""
    text = str(e)
    for words in ("Connection refused", "Connection reset", "Connection aborted", "Read timed out",
                  "timed out", "Name or service not known", "Remote end closed connection"):
        if words.lower() in text.lower():
            return words.lower()
    m = re.search(r"\[Errno -?\d+\] ([^'\")]+)", text)
    return m.group(1).strip() if m else type(e).__name__
