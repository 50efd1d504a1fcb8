"""Real SPARQL servers for the tests: Oxigraph server and OpenLink Virtuoso 7, each
started on free ports of 127.0.0.1 with its database in a temporary directory, and
stopped by process id (waiting for the process to exit) before that directory goes.

Both can be killed and started again on the same database, for the tests of a push
interrupted halfway.
"""

from __future__ import annotations

import base64
import json
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.serve import oxigraph_binary

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")
VIRTUOSO_PASSWORD = "kg-test-Secret-7"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, timeout: float, log: Path | None = None) -> None:
    """Wait until ``url`` answers 200; fail at once if the server process exits."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            detail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}\n{detail}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"no answer from {url} within {timeout} s")
        time.sleep(0.1)


class Server:
    """A server process we started: stop it politely, or kill it, always waiting for it."""

    proc: subprocess.Popen | None = None

    def stop(self, timeout: float = 60) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def kill(self) -> None:
        """SIGKILL, as a crash would: no checkpoint, no goodbye."""
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            self.proc = None


class OxigraphServer(Server):
    """``oxigraph serve`` in read-write mode, querying the union of its graphs. It takes
    the Graph Store Protocol (N-Quads too) and ignores credentials."""

    kind = "oxigraph"

    def __init__(self, directory: Path, union: bool = True):
        self.union = union  # False: a plain 'oxigraph serve', whose default graph is its own
        self.location = directory / "db"
        self.log = directory / "oxigraph.log"
        self.port = free_port()
        self.query_url = f"http://127.0.0.1:{self.port}/query"
        self.update_url = f"http://127.0.0.1:{self.port}/update"

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [str(oxigraph_binary()), "serve", "--location", str(self.location),
                 "--bind", f"127.0.0.1:{self.port}", *(["--union-default-graph"] if self.union else [])],
                stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        # 120 s as for Virtuoso: after a SIGKILL the database recovers first, which on a
        # loaded machine took longer than 30 s.
        wait_for_http(self.query_url + "?query=ASK%7B%7D", self.proc, 120, self.log)

    # No credentials: Oxigraph server has no authentication.
    user = password = None
    auth = "basic"

    def push_args(self) -> list[str]:
        return ["--endpoint", self.query_url]


INI = """\
; Written by the tests: a private Virtuoso listening on 127.0.0.1 only.
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort          = 127.0.0.1:{sql_port}
DisableUnixSocket   = 1
DisableTcpSocket    = 0
MaxClientConnections = 10
CheckpointInterval  = 60
CaseMode            = 2
DirsAllowed         = ., {d}
NumberOfBuffers     = 10000
MaxDirtyBuffers     = 6000
ThreadsPerQuery     = 2
MaxMemPoolSize      = 2000000000

[HTTPServer]
ServerPort          = 127.0.0.1:{http_port}
ServerRoot          = {d}/vsp
MaxClientConnections = 10
ServerThreads       = 10
Charset             = UTF-8
EnabledDavVSP       = 0

[SPARQL]
ResultSetMaxRows         = 100000
; the largest canned queries take Virtuoso 7 up to 35 s on the sample on a loaded machine,
; most of it compiling them (docs/external-stores.md); a test runner's load can double it.
MaxQueryExecutionTime    = 300
MaxQueryCostEstimationTime = 36000
"""


class VirtuosoServer(Server):
    """Virtuoso 7 from Debian. Its quirks are the point: updates only with Digest auth
    at /sparql-auth (an anonymous update gets 500), Graph Store Protocol at
    /sparql-graph-crud-auth without N-Quads, and small limits on one update request."""

    kind = "virtuoso"
    user = "dba"
    password = VIRTUOSO_PASSWORD
    auth = "digest"

    def __init__(self, directory: Path):
        self.dir = directory
        self.sql_port = free_port()
        self.http_port = free_port()
        self.ini = directory / "virtuoso.ini"
        self.log = directory / "stdout.log"
        self.query_url = f"http://127.0.0.1:{self.http_port}/sparql"
        self.update_url = f"http://127.0.0.1:{self.http_port}/sparql-auth"
        self._fresh = True

    def start(self) -> None:
        if not self.ini.exists():
            (self.dir / "vsp").mkdir(parents=True, exist_ok=True)
            self.ini.write_text(INI.format(d=self.dir, sql_port=self.sql_port, http_port=self.http_port))
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(self.ini)],
                                         cwd=self.dir, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        wait_for_http(self.query_url + "?query=ASK%7B%7D", self.proc, 120, self.log)
        if self._fresh:
            # A new database starts as dba/dba: set a real password, as an operator would.
            self.isql(f"USER_SET_PASSWORD('dba', '{VIRTUOSO_PASSWORD}');", password="dba")
            self._fresh = False

    def isql(self, sql: str, password: str | None = None) -> str:
        out = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", password or VIRTUOSO_PASSWORD,
                              f"exec={sql}"], capture_output=True, text=True, timeout=120)
        if out.returncode != 0 or "*** Error" in out.stdout + out.stderr:
            raise RuntimeError(f"isql failed on {sql!r}:\n{out.stdout}\n{out.stderr}")
        return out.stdout

    def push_args(self) -> list[str]:
        return ["--endpoint", self.query_url, "--user", self.user, "--password", self.password]


def running_virtuoso(folder: Path):
    """A :class:`VirtuosoServer` in ``folder`` (a fresh directory), started, yielded, and
    stopped when the generator is closed: the body of the Virtuoso fixtures. Skips the
    test (never passes it) where Virtuoso is not installed."""
    import pytest

    if not VIRTUOSO or not ISQL:
        pytest.skip("Virtuoso is not installed: apt-get install virtuoso-opensource (.ci/run does)")
    server = VirtuosoServer(folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()


class EchoServer:
    """A misbehaving SPARQL endpoint on 127.0.0.1 that echoes each request back in its
    error page, as some servers and proxies do: the request line, the decoded Basic
    credentials, the header value broken over lines as MIME does, its URL-encoding,
    then every header. The first path segment picks the answer:

    - ``/basic/...`` and ``/digest/...``: a request without credentials gets 401 with
      that challenge; one with credentials gets 500 and the echo;
    - ``/json/...``: 200 with SPARQL JSON results whose cells (``?x``, ``?n``, ``?g``)
      hold the echo (and ``true`` for ASK): a row for ``kg query``, and for ``kg push``
      a triple count that is no number (it ends in an exception, not a refusal).

    ``seen`` holds every ``Authorization`` header the server got.
    """

    def __init__(self):
        import http.server
        import threading

        outer = self
        self.seen: list[str] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                self._answer()

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._answer()

            do_PUT = do_POST

            def _answer(self):
                mode = self.path.strip("/").split("/", 1)[0]
                auth = self.headers.get("Authorization")
                if auth is None and mode in ("basic", "digest"):
                    challenge = ('Basic realm="echo"' if mode == "basic"
                                 else 'Digest realm="echo", nonce="0123456789abcdef", qop="auth"')
                    return self._send(401, "text/plain", b"credentials please", {"WWW-Authenticate": challenge})
                if auth:
                    outer.seen.append(auth)
                echo = self._echo(auth or "")
                if mode == "json":
                    cell = {"type": "literal", "value": echo}
                    body = json.dumps({"head": {"vars": ["x"]}, "boolean": True, "results": {"bindings": [
                        {v: cell for v in ("x", "n", "g")}]}})
                    return self._send(200, "application/sparql-results+json", body.encode())
                self._send(500, "text/plain", echo.encode())

            def _echo(self, auth: str) -> str:
                scheme, _, value = auth.partition(" ")
                lines = [f"Error: cannot serve {self.command} {self.path}"]
                if scheme == "Basic":
                    decoded = base64.b64decode(value).decode("latin-1")
                    lines += [f"credentials {decoded}", f"as a form {urllib.parse.quote_plus(decoded)}",
                              "wrapped " + "\n ".join(value[i:i + 8] for i in range(0, len(value), 8))]
                lines += [f"{k}: {v}" for k, v in self.headers.items()]
                return "\n".join(lines)

            def _send(self, code, content_type, body, headers=None):
                self.send_response(code)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.port}/{mode}/sparql"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
