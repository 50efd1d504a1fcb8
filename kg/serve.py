"""A read-only SPARQL endpoint over the embedded store, with a query page.

Rather than a hand-written HTTP server, this runs Oxigraph's own server binary (from
the ``oxigraph`` package on PyPI) in read-only mode over the store's directory: a
maintained SPARQL 1.1 protocol implementation with a YASGUI page at ``/``. It reads
the RocksDB files pyoxigraph writes, so the two must be the same version (pinned in
pyproject.toml, checked here). ``--union-default-graph`` makes queries without GRAPH
see all graphs, as ``kg query`` does.
"""

from __future__ import annotations

import ipaddress
import shutil
import signal
import subprocess
import sysconfig
import tempfile
import time
import urllib.error
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


class _Stop(Exception):
    pass


def serve(location: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          on_ready: Callable[[str, str], None] | None = None) -> int:
    """Serve the store at ``location`` until interrupted (Ctrl-C or SIGTERM), then stop
    the server and wait for it. ``on_ready(page_url, endpoint_url)`` is called once the
    endpoint answers. Returns the exit code."""
    location = Path(location)
    if not (location / "CURRENT").exists():
        raise StoreError(f"no store at {location}: run 'kg build' first, or give --store / KG_STORE")
    binary = oxigraph_binary()
    check_version(binary)
    page, endpoint = urls(host, port)

    def stop(signum, frame):
        raise _Stop()

    # The server is our child: on SIGTERM or SIGHUP stop it too, rather than orphan it.
    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGHUP)}
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(command(location, host, port, binary), stdout=log, stderr=log,
                                stdin=subprocess.DEVNULL)
        try:
            try:
                wait_until_ready(endpoint, proc)
            except KGError as e:
                log.seek(0)
                lines = log.read().decode("utf-8", "replace").splitlines()
                why = next((x.removeprefix("Error: ") for x in lines if x.startswith("Error:")), str(e))
                raise KGError(f"cannot serve {location} at {host}:{port}: {why}") from None
            if on_ready:
                on_ready(page, endpoint)
            return proc.wait()
        except (KeyboardInterrupt, _Stop):
            return 0
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            for s, handler in previous.items():
                signal.signal(s, handler)
