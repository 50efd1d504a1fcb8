"""A read-only SPARQL endpoint over the embedded store, with a query page.

Rather than a hand-written SPARQL server, this runs Oxigraph's own server binary (from
the ``oxigraph`` package on PyPI) in read-only mode over the store's directory: a
maintained SPARQL 1.1 protocol implementation with a YASGUI page at ``/``. It reads
the RocksDB files pyoxigraph writes, so the two must be the same version (pinned in
pyproject.toml, checked here). ``--union-default-graph`` makes queries without GRAPH
see all graphs, as ``kg query`` does.

That server listens on a private port of 127.0.0.1; the address the user asked for is
served by a small forwarding layer in front of it (:class:`Front`), for two reasons:

- **No federation by default.** Oxigraph executes ``SERVICE <url>`` by fetching from
  ``url``, and has no option to turn that off: a public endpoint would fetch from any
  address the machine can reach and hand back the answers. The front refuses (HTTP 403)
  every request whose query uses ``SERVICE`` (:func:`uses_service`), unless the server
  was started with ``allow_federation``.
- **Fresh answers.** Oxigraph's read-only mode reads the store as it was when it opened
  it. The front watches the store's folder; once a change (``kg build``, ``kg ingest``,
  ``kg retract``) has settled, it starts a server on the new state, sends new requests
  there, and stops the old one when its last request is answered.
"""

from __future__ import annotations

import http.client
import http.server
import ipaddress
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError, StoreError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


def oxigraph_binary() -> Path:
    """The ``oxigraph`` server binary: beside this Python's scripts, else on PATH."""
    here = Path(sysconfig.get_path("scripts")) / "oxigraph"
    if here.exists():
        return here
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise KGError(f"the Oxigraph server binary is not installed: pip install oxigraph=={ox.__version__}")


def binary_version(binary: Path | None = None) -> str:
    """The version of the ``oxigraph`` binary, e.g. ``0.5.13``."""
    out = subprocess.run([str(binary or oxigraph_binary()), "--version"], capture_output=True, text=True,
                         timeout=30)
    return out.stdout.strip().split()[-1] if out.stdout.strip() else ""


def check_version(binary: Path) -> None:
    """Refuse a server whose version differs from pyoxigraph's: they share the on-disk format."""
    version = binary_version(binary)
    if version != ox.__version__:
        raise KGError(f"the oxigraph server ({binary}) is version {version or 'unknown'} but pyoxigraph is "
                      f"{ox.__version__}; they must match to read the same store: "
                      f"pip install oxigraph=={ox.__version__}")


def urls(host: str, port: int) -> tuple[str, str]:
    """The query page and the SPARQL endpoint of a server at ``host:port``.

    >>> urls("127.0.0.1", 7878)
    ('http://127.0.0.1:7878/', 'http://127.0.0.1:7878/query')
    >>> urls("::1", 7878)[1]
    'http://[::1]:7878/query'
    """
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/", f"http://{shown}:{port}/query"


def is_loopback(host: str) -> bool:
    """
    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def command(location: Path, host: str, port: int, binary: Path | None = None) -> list[str]:
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [str(binary or oxigraph_binary()), "serve-read-only", "--location", str(location),
            "--bind", bind, "--union-default-graph"]


def wait_until_ready(endpoint: str, proc: subprocess.Popen | None = None, timeout: float = 30.0) -> None:
    """Wait until ``endpoint`` answers a query; fail early if ``proc`` exits."""
    deadline = time.monotonic() + timeout
    while True:
        if proc is not None and proc.poll() is not None:
            raise KGError("the server stopped before it was ready")
        try:
            with urllib.request.urlopen(endpoint + "?query=ASK%7B%7D", timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise KGError(f"the server did not answer at {endpoint} within {timeout:g} s")
        time.sleep(0.1)


# -- federation ---------------------------------------------------------------------------

#: The parts of a query where the word SERVICE is no keyword (SPARQL 1.1 §19.8 grammar:
#: STRING_LITERAL_LONG1/2, STRING_LITERAL1/2, IRIREF, comments). Long strings first.
_NOT_CODE = re.compile(r"""
    "{3}(?:(?:"|"")?(?:[^"\\]|\\.))*"{3}
  | '{3}(?:(?:'|'')?(?:[^'\\]|\\.))*'{3}
  | "(?:[^"\\\n\r]|\\.)*"
  | '(?:[^'\\\n\r]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>
  | \#[^\n\r]*
""", re.VERBOSE | re.DOTALL)
#: SERVICE as a keyword: not part of a variable, prefixed name, blank node label or
#: language tag (which SERVICE may start or end, but never as the keyword).
_SERVICE = re.compile(r"(?<![\w?$:@\-])SERVICE(?![\w:\-])", re.IGNORECASE)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def uses_service(query: str) -> bool:
    """Whether the SPARQL ``query`` has a ``SERVICE`` clause (a federated query).

    The query is read as the SPARQL lexer reads it: strings, IRIs and comments are set
    aside, and SERVICE counts as a keyword wherever it stands apart from a name. Errors
    go one way only: a query Oxigraph would run with SERVICE is always caught; a query
    that merely names something ``ex:a.SERVICE`` may be caught too. The query is read
    both as written and with ``\\u``/``\\U`` escapes decoded (SPARQL 1.1 §19.2 lets a
    parser decode them first), and counts if either reading has the keyword.

    >>> uses_service("SELECT * WHERE { SERVICE <http://h/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT * WHERE { ?s ?p "SERVICE" . ?service ex:SERVICE <a#SERVICE> } # SERVICE')
    False
    >>> uses_service("SELECT * WHERE { ?s ?p ?o .service<http://h/sparql>{} }")
    True
    """
    def decode(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return any(_SERVICE.search(_NOT_CODE.sub(" ", text)) for text in (query, _CODEPOINT.sub(decode, query)))


def queries_in(target: str, content_type: str, body: bytes) -> list[str]:
    """Every text in an HTTP request that a SPARQL server could take for a query: the
    ``query`` parameters of the URL (``target``), and the body, read as its
    ``content_type`` says (SPARQL 1.1 Protocol §2.1.2-3: a form's ``query`` field, or
    the query itself); a body of any other type is read both ways.

    >>> queries_in("/query?query=ASK%20%7B%7D", "", b"")
    ['ASK {}']
    >>> queries_in("/query", "application/x-www-form-urlencoded; charset=UTF-8", b"query=ASK+%7B%7D")
    ['ASK {}']
    """
    found = [v for k, v in urllib.parse.parse_qsl(urllib.parse.urlsplit(target).query, keep_blank_values=True)
             if k == "query"]
    if body:
        text = body.decode("utf-8", "replace")
        media = content_type.split(";", 1)[0].strip().lower()
        if media != "application/x-www-form-urlencoded":
            found.append(text)
        if media != "application/sparql-query":
            found += [v for k, v in urllib.parse.parse_qsl(text, keep_blank_values=True) if k == "query"]
    return found


# -- the server behind the front ----------------------------------------------------------


class Backend:
    """One ``oxigraph serve-read-only`` process on a private port of 127.0.0.1, with a
    count of the requests it is answering (it is stopped only when that reaches 0)."""

    def __init__(self, location: Path, binary: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(command(location, "127.0.0.1", self.port, binary), stdout=self.log,
                                     stderr=self.log, stdin=subprocess.DEVNULL)
        self.active = 0
        self.lock = threading.Lock()

    def wait_until_ready(self) -> None:
        """Raises :class:`KGError` with the server's own error line if it does not start."""
        try:
            wait_until_ready(f"http://127.0.0.1:{self.port}/query", self.proc)
        except KGError as e:
            self.log.seek(0)
            lines = self.log.read().decode("utf-8", "replace").splitlines()
            self.stop()
            why = next((x.removeprefix("Error: ") for x in lines if x.startswith("Error:")), str(e))
            raise KGError(why) from None

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def fingerprint(location: Path) -> tuple | None:
    """What changes when a store is written or replaced: the folder's identity and each
    file's name, size and modification time (nanoseconds); None if there is no store.
    RocksDB's own LOG files are left out: a reader writes them too."""
    try:
        st = location.stat()
        files = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(location)
                       if e.is_file() and not e.name.startswith("LOG"))
    except OSError:
        return None
    return (st.st_dev, st.st_ino, tuple(files)) if any(f[0] == "CURRENT" for f in files) else None


# -- the front ---------------------------------------------------------------------------------

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
               "transfer-encoding", "upgrade", "host", "content-length"}
#: The largest request body the front reads: a query, even with a long VALUES list.
MAX_BODY = 16 * 1024 * 1024  # bytes


class Front(http.server.ThreadingHTTPServer):
    """Listens at ``host:port``, passes each request to the current :class:`Backend`,
    refuses federated queries unless ``allow_federation``, and switches to a fresh
    backend when the store changes (polled every ``poll`` seconds; ``on_reload(message)``
    says so). Raises :class:`OSError` if the address cannot be bound."""

    daemon_threads = True

    def __init__(self, location: Path, host: str, port: int, binary: Path, allow_federation: bool = False,
                 poll: float = 1.0, on_reload: Callable[[str], None] | None = None):
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.location, self.binary, self.allow_federation = location, binary, allow_federation
        self.poll, self.on_reload = poll, on_reload or (lambda msg: None)
        self.backend: Backend | None = None
        self.retired: list[Backend] = []
        self._site = None
        self.switch = threading.Lock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        super().__init__((host, port), _Handler)

    def start(self) -> None:
        """Answer requests from now on, in a thread of their own."""
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()

    def start_backend(self) -> None:
        """Start a backend on the store as it is now and send new requests to it."""
        backend = Backend(self.location, self.binary)
        backend.wait_until_ready()
        # Requests go to the new store at once; its pages warm in a thread of their own
        # (Site.warm: the edges' summaries first, then the relation facts and dates a
        # date range is cut from, the busiest entities' facts and the busiest facts'
        # sources), and each page reads what it shows until then.
        from kg.browse.pages import compile_templates

        site = self._new_site(backend)
        compile_templates()
        with self.switch:
            if self.backend is not None:
                self.retired.append(self.backend)
            if self._site is not None:
                self._site[1].stop_warming()
            self.backend = backend
            self._site = (backend, site)
        site.warm_in_background()

    def site(self, backend: Backend):
        """The evidence browser's pages, one :class:`kg.browse.pages.Site` per backend
        (a new backend, on a changed store, gets fresh pages). They read the store in
        this process, opened read-only like the backend's, which spares each of a
        page's queries a round trip; through the backend if that open fails."""
        with self.switch:
            if self._site is None or self._site[0] is not backend:
                self._site = (backend, self._new_site(backend))
            return self._site[1]

    def _new_site(self, backend: Backend):
        from kg.browse.pages import Site
        from kg.output import solutions
        from kg.remote import RemoteEndpoint

        try:
            store = ox.Store.read_only(str(self.location))
            run = lambda text: solutions(store.query(text, use_default_graph_as_union=True))  # noqa: E731
        except OSError:
            run = RemoteEndpoint(f"http://127.0.0.1:{backend.port}/query").select
        return Site(run, editor="/")

    def acquire(self) -> Backend | None:
        with self.switch:
            backend = self.backend
            if backend is not None:
                with backend.lock:
                    backend.active += 1
            return backend

    @staticmethod
    def release(backend: Backend) -> None:
        with backend.lock:
            backend.active -= 1

    def _settled(self) -> tuple | None:
        """The store's fingerprint once it stays the same over one poll (no write under way)."""
        before = fingerprint(self.location)
        if before is None or self._stopping.wait(self.poll):
            return None
        return before if fingerprint(self.location) == before else None

    def watch(self) -> None:
        """Until :meth:`close`: start a new backend on a settled change of the store, or
        when the current one died; stop retired backends once idle."""
        seen = fingerprint(self.location)
        while not self._stopping.wait(self.poll):
            now = fingerprint(self.location)
            changed = now is not None and now != seen and self._settled() == now
            dead = self.backend is not None and not self.backend.alive()
            if (changed or dead) and not self._stopping.is_set():
                try:
                    self.start_backend()
                    if changed:
                        seen = now
                    self.on_reload("the store changed: serving its new content" if changed
                                   else "the server behind stopped: started it again")
                except KGError as e:
                    self.on_reload(f"cannot open the store now ({e}); still serving what it held before")
            for old in list(self.retired):
                if old.active == 0:
                    old.stop()
                    self.retired.remove(old)

    def close(self) -> None:
        """Stop listening, then stop every backend (waiting for each to exit)."""
        self._stopping.set()
        if self._site is not None:
            self._site[1].stop_warming()
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
        self.server_close()
        for backend in [*self.retired, *([self.backend] if self.backend else [])]:
            backend.stop()


class _Handler(http.server.BaseHTTPRequestHandler):
    server: Front
    protocol_version = "HTTP/1.0"  # one request per connection: a body ends when it closes

    def log_message(self, *args):  # quiet, like the server behind
        pass

    def _refuse(self, code: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _browse(self) -> None:
        """A page of the evidence browser (kg.browse), read from the current backend."""
        from kg.browse.site import respond

        parts = urllib.parse.urlsplit(self.path)
        # The static export's file names (kg export -F html: network.html, entity/russia.html)
        # lead to the same pages here, whose paths have no suffix; index.html to the index.
        if parts.path == "/browse" or parts.path.startswith("/browse/") and parts.path.endswith(".html") \
                and not parts.path.startswith("/browse/static/"):
            page = parts.path[:-len(".html")] if parts.path.endswith(".html") else parts.path
            page = "/browse/" if page in ("/browse", "/browse/index") else page
            self.send_response(301)
            self.send_header("Location", urllib.parse.urlunsplit(("", "", page, parts.query, "")))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        backend = self.server.acquire()
        if backend is None:
            return self._refuse(503, "the store is not being served")
        try:
            status, media_type, body = respond(self.server.site(backend), self.command, self.path)
        except KGError as e:
            status, media_type, body = 502, "text/plain; charset=utf-8", f"{e}\n".encode("utf-8")
        except Exception as e:  # a fault of this page: answer it, keep serving, log the traceback
            traceback.print_exc(file=sys.stderr)
            status, media_type = 500, "text/plain; charset=utf-8"
            body = (f"this page failed: {type(e).__name__}: {e}. The server's log has the traceback; other "
                    f"pages and the SPARQL endpoint still answer. If the package was reinstalled while "
                    f"kg serve ran, restart kg serve.\n").encode("utf-8")
        finally:
            self.server.release(backend)
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        if status == 405:
            self.send_header("Allow", "GET, HEAD")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _forward(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path == "/browse" or path.startswith("/browse/"):
            return self._browse()
        # Read the body exactly as the server behind would, so both see the same query.
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._refuse(411, "send the request body with a Content-Length")
        if (self.headers.get("Content-Encoding") or "identity").lower() != "identity":
            return self._refuse(415, "compressed request bodies are not accepted")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._refuse(400, "bad Content-Length")
        if not 0 <= length <= MAX_BODY:
            return self._refuse(413, f"request bodies are limited to {MAX_BODY} bytes")
        body = self.rfile.read(length) if length else b""
        if not self.server.allow_federation and any(uses_service(q) for q in queries_in(
                self.path, self.headers.get("Content-Type", ""), body)):
            return self._refuse(403, "federated queries (SERVICE) are disabled on this endpoint: it does not "
                                     "fetch from other addresses. Its operator can allow them with "
                                     "kg serve --allow-federation.")
        backend = self.server.acquire()
        if backend is None:
            return self._refuse(503, "the store is not being served")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", backend.port)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            if body or self.command in ("POST", "PUT", "PATCH"):
                headers["Content-Length"] = str(len(body))
            conn.request(self.command, self.path, body=body or None, headers=headers)
            r = conn.getresponse()
            self.send_response(r.status, r.reason)
            for k, v in r.getheaders():
                if k.lower() not in _HOP_BY_HOP:
                    self.send_header(k, v)
            self.end_headers()
            while chunk := r.read(65536):
                self.wfile.write(chunk)
            conn.close()
        except OSError:
            self.close_connection = True  # the client or the server behind went away
        finally:
            self.server.release(backend)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = _forward


class _Stop(Exception):
    pass


def serve(location: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          on_ready: Callable[[str, str], None] | None = None, allow_federation: bool = False,
          on_reload: Callable[[str], None] | None = None, poll: float = 1.0) -> int:
    """Serve the store at ``location`` until interrupted (Ctrl-C or SIGTERM), then stop
    the servers and wait for them. ``on_ready(page_url, endpoint_url)`` is called once
    the endpoint answers, ``on_reload(message)`` when it switches to a changed store
    (looked at every ``poll`` seconds). Federated queries are refused unless
    ``allow_federation``. Returns the exit code; raises :class:`KGError` if there is no
    store or the address cannot be used."""
    location = Path(location)
    if not (location / "CURRENT").exists():
        raise StoreError(f"no store at {location}: 'kg build' builds one from a corpus (the sample corpus by default), 'kg ingest FILE' starts one with your own claims; or give --store / KG_STORE")
    binary = oxigraph_binary()
    check_version(binary)
    page, endpoint = urls(host, port)

    def stop(signum, frame):
        raise _Stop()

    try:
        front = Front(location, host, port, binary, allow_federation, poll, on_reload)
    except OSError as e:
        why = "address already in use" if e.errno == 98 else (e.strerror or str(e))
        raise KGError(f"cannot serve {location} at {host}:{port}: {why}") from None
    # The servers are our children: on SIGTERM or SIGHUP stop them too, rather than orphan them.
    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        try:
            front.start_backend()
        except KGError as e:
            raise KGError(f"cannot serve {location}: {e}") from None
        front.start()
        if on_ready:
            on_ready(page, endpoint)
        front.watch()
        return 0
    except (KeyboardInterrupt, _Stop):
        return 0
    finally:
        front.close()
        for s, handler in previous.items():
            signal.signal(s, handler)
