"""kg serve: Oxigraph's server binary, read-only over the embedded store."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pyoxigraph as ox
import pytest

from conftest import ROOT, run_kg
from kg.namespaces import SPARQL_PREFIXES
from kg.remote import RemoteEndpoint
from kg.serve import binary_version, oxigraph_binary
from kg.store import GraphStore
from servers import free_port

pytestmark = pytest.mark.timeout(120)

CLAIMS_PER_ARTICLE = SPARQL_PREFIXES + """
SELECT ?article (COUNT(DISTINCT ?claim) AS ?claims)
WHERE { ?claim gkg:claimId ?id ; prov:wasDerivedFrom ?article } GROUP BY ?article ORDER BY ?article"""


def test_server_binary_is_the_version_of_pyoxigraph():
    # They share the on-disk format: a mismatch could misread (or refuse) the store.
    assert oxigraph_binary().exists()
    assert binary_version() == ox.__version__


def port_is_open(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.oxigraph_server
def test_kg_serve_answers_sparql_over_http(built_store):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(built_store), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = b""
    try:
        # kg serve says where it listens once its server answers: wait for that.
        deadline = time.monotonic() + 60
        while b"Press Ctrl-C" not in out:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, f"kg serve never said it was ready: {out!r}"
            if select.select([proc.stdout], [], [], 0.2)[0]:
                out += os.read(proc.stdout.fileno(), 4096)
        endpoint = f"http://127.0.0.1:{port}/query"
        assert f"SPARQL endpoint: {endpoint}".encode() in out
        assert f"Query page:      http://127.0.0.1:{port}/".encode() in out

        remote = RemoteEndpoint(endpoint).select(CLAIMS_PER_ARTICLE)
        r = GraphStore.open(built_store, read_only=True).query(CLAIMS_PER_ARTICLE, prefixes=False)
        local = [[s[v] for v in r.variables] for s in r]
        assert remote[0] == ["article", "claims"] and len(remote[1]) == 5
        assert remote[1] == local  # the union of the graphs, as 'kg query' sees it

        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert page.status == 200 and "text/html" in page.headers["Content-Type"]  # the query page
        with pytest.raises(urllib.error.HTTPError):  # read-only: no updates
            urllib.request.urlopen(urllib.request.Request(
                f"http://127.0.0.1:{port}/update", data=b"update=CLEAR%20ALL",
                headers={"Content-Type": "application/x-www-form-urlencoded"}), timeout=10)
    finally:
        proc.send_signal(signal.SIGTERM)  # kg serve stops its server, then exits
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()
    deadline = time.monotonic() + 10
    while port_is_open(port):  # the Oxigraph server went with it
        assert time.monotonic() < deadline, "the server outlived kg serve"
        time.sleep(0.1)
    assert GraphStore.open(built_store, read_only=True).count() > 0  # the store is untouched


def test_serve_without_a_store_is_exit_2(tmp_path):
    proc = run_kg("serve", "--store", tmp_path / "nowhere", "--port", free_port(), check=2)
    assert "no store at" in proc.stderr


def test_serve_on_a_busy_port_is_exit_2(built_store):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        proc = run_kg("serve", "--store", built_store, "--port", port, check=2)
    assert "cannot serve" in proc.stderr and "in use" in proc.stderr
