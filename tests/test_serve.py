"""kg serve: Oxigraph's server binary, read-only over the embedded store."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from conftest import ROOT, kg_cli
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


def read_until(proc, words: bytes, out: bytes = b"", timeout: float = 60) -> bytes:
    """What ``proc`` printed on stdout until ``words`` appeared."""
    deadline = time.monotonic() + timeout
    while words not in out:
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, f"kg serve never printed {words!r}: {out!r}"
        if select.select([proc.stdout], [], [], 0.2)[0]:
            out += os.read(proc.stdout.fileno(), 4096)
    return out


def start_serving(store, *args):
    """``kg serve`` on a free port, once it says it is ready: (process, port, output so far)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port),
                             *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc, port, read_until(proc, b"Press Ctrl-C")


def stop_serving(proc) -> bytes:
    proc.send_signal(signal.SIGTERM)  # kg serve stops its servers, then exits
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()
    return err


@pytest.mark.oxigraph_server
def test_kg_serve_answers_sparql_over_http(built_store):
    proc, port, out = start_serving(built_store)
    try:
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
        stop_serving(proc)
    deadline = time.monotonic() + 10
    while port_is_open(port):  # the Oxigraph server went with it
        assert time.monotonic() < deadline, "the server outlived kg serve"
        time.sleep(0.1)
    assert GraphStore.open(built_store, read_only=True).count() > 0  # the store is untouched


def test_serve_without_a_store_is_exit_2(tmp_path):
    proc = kg_cli("serve", "--store", tmp_path / "nowhere", "--port", free_port(), check=2)
    assert "no store at" in proc.stderr


def test_serve_on_a_busy_port_is_exit_2(built_store):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        proc = kg_cli("serve", "--store", built_store, "--port", port, check=2)
    assert "cannot serve" in proc.stderr and "in use" in proc.stderr


# -- federation ---------------------------------------------------------------------------------

SECRET = "behind the firewall"


def http_query(port: int, how: str, query: str) -> tuple[int, str]:
    """Send ``query`` to kg serve the ways the SPARQL 1.1 Protocol allows: GET, POST of
    a form, POST of the query itself."""
    url = f"http://127.0.0.1:{port}/query"
    accept = {"Accept": "application/sparql-results+json"}
    if how == "get":
        request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers=accept)
    elif how == "form":
        request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(), headers={
            **accept, "Content-Type": "application/x-www-form-urlencoded"})
    else:
        request = urllib.request.Request(url, data=query.encode(), headers={
            **accept, "Content-Type": "application/sparql-query"})
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def federated_queries(remote: str) -> list[str]:
    """SERVICE in the forms a client could write it, all valid SPARQL but the last."""
    return [
        f"SELECT ?o WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }}",
        f"select ?o where {{ service silent <{remote}> {{ ?s ?p ?o }} }}",
        f"SELECT ?o WHERE {{ ?a ?b ?c .SeRvIcE<{remote}>{{?s ?p ?o}} }}",
        f"# a comment\nPREFIX service: <urn:x:>\nSELECT ?o WHERE {{\n  BIND(<{remote}> AS ?e)\n"
        "  SERVICE ?e { ?s ?p ?o } }",
        f"SELECT ?o WHERE {{ {{ SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }} }} }}",
        f'SELECT ?o WHERE {{ ?x ?y "a\\"" SERVICE <{remote}> {{ ?s ?p ?o }} }}',
        f"SELECT ?o WHERE {{ \\u0053ERVICE <{remote}> {{ ?s ?p ?o }} }}",
    ]


@pytest.mark.oxigraph_server
def test_kg_serve_refuses_federated_queries_unless_allowed(built_store, oxigraph_server):
    import requests

    requests.post(oxigraph_server.update_url, timeout=30, data={
        "update": f'INSERT DATA {{ GRAPH <urn:fed> {{ <urn:x> <urn:note> "{SECRET}" }} }}'}).raise_for_status()
    remote = oxigraph_server.query_url
    proc, port, out = start_serving(built_store)
    try:
        assert b"Federated queries (SERVICE): refused" in out
        tried = 0
        for query in federated_queries(remote):
            for how in ("get", "form", "body"):
                status, body = http_query(port, how, query)
                assert status == 403 and "kg serve --allow-federation" in body, (how, query, status, body)
                assert SECRET not in body
                tried += 1
        assert tried == 21
        # The word in strings, IRIs, names and comments is no SERVICE clause: such queries run.
        harmless = ('PREFIX service: <urn:s#>\nSELECT (COUNT(*) AS ?n) WHERE { ?a ?service ?o . FILTER(?o != '
                    '"SERVICE" && ?a != <urn:x#SERVICE> && ?a != service:SERVICE) } # SERVICE <http://h/>')
        for how in ("get", "form", "body"):
            status, body = http_query(port, how, harmless)
            assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] != "0", body
    finally:
        stop_serving(proc)

    proc, port, out = start_serving(built_store, "--allow-federation")
    try:
        assert b"Federated queries (SERVICE): allowed" in out
        status, body = http_query(port, "form", federated_queries(remote)[0])
        assert status == 200 and SECRET in body  # the operator's choice: then it fetches
    finally:
        stop_serving(proc)


# -- a store that changes while it is served -------------------------------------------------------

ARTICLE_COUNT = SPARQL_PREFIXES + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a gkg:Article }"


def served_articles(port: int) -> int:
    _, rows = RemoteEndpoint(f"http://127.0.0.1:{port}/query").select(ARTICLE_COUNT)
    return int(rows[0][0].value)


def wait_for_articles(proc, port: int, n: int, out: bytes) -> bytes:
    """Wait (60 s at most) for the served store to show ``n`` articles, reading what
    kg serve prints meanwhile."""
    deadline = time.monotonic() + 60
    while served_articles(port) != n:
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, f"still {served_articles(port)} articles served, not {n}: {out!r}"
        if select.select([proc.stdout], [], [], 0.2)[0]:
            out += os.read(proc.stdout.fileno(), 4096)
    return out


@pytest.mark.oxigraph_server
def test_kg_serve_serves_what_retract_ingest_and_build_wrote(store_copy):
    store = GraphStore.open(store_copy, read_only=True)
    articles = sorted(store.article_ids())
    del store
    proc, port, out = start_serving(store_copy)
    try:
        assert b"Changes to the store are served" in out
        assert served_articles(port) == len(articles) == 5
        kg_cli("retract", "--store", store_copy, articles[0], check=0)  # written in place
        out = wait_for_articles(proc, port, 4, out)
        out = read_until(proc, b"the store changed", out)
        kg_cli("build", "--store", store_copy, "--no-validate", check=0)  # a new folder swapped in
        wait_for_articles(proc, port, 5, out)
        kg_cli("retract", "--store", store_copy, *articles[:2], check=0)
        wait_for_articles(proc, port, 3, out)
        kg_cli("ingest", "--store", store_copy, ROOT / "corpus" / "claims", check=0)  # all back
        wait_for_articles(proc, port, 5, out)
    finally:
        stop_serving(proc)


# -- the SERVICE detector on generated queries ------------------------------------------------------

from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.serve import uses_service  # noqa: E402

SERVICE_EXAMPLES = 500
#: Oxigraph refuses to connect to port 9 (discard) and says so: the sign that it tried.
NOWHERE = "http://127.0.0.1:9/sparql"

#: Pieces of a group graph pattern that mention SERVICE without being a SERVICE clause.
HARMLESS = st.sampled_from([
    '?s ?p "SERVICE" .', "?s ?p 'a SERVICE <x> {}' .", '?s ?p """SERVICE\n<http://h/> { }""" .',
    "?s <urn:SERVICE> ?o .", "?service ?p ?o .", "$SERVICE ?p ?o .", "?s ex:SERVICE ?o .",
    "?s service:x ?o .", "_:SERVICE ?p ?o .", '?s ?p "x"@service .', "# SERVICE <http://h/> {}\n",
    "?s ?p ?o .", "OPTIONAL { ?s ?p ?o }", "FILTER(?o < 3)", '?s ?p "a\\"SERVICE" .',
    "{ ?s ?p ?o } UNION { ?s ?q ?o }", "BIND(<urn:x#SERVICE> AS ?g)"])
KEYWORD = st.sampled_from(["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "service silent"])
SPACE = st.sampled_from([" ", "", "\n", "\t", " # SERVICE?\n"])


@st.composite
def queries(draw):
    pieces = draw(st.lists(HARMLESS, max_size=5))
    federated = draw(st.booleans())
    if federated:
        clause = (draw(KEYWORD) + draw(SPACE) + f"<{NOWHERE}>" + draw(SPACE) + "{ ?a ?b ?c }")
        pieces.insert(draw(st.integers(0, len(pieces))), clause)
    body = draw(SPACE).join(pieces)
    prefixes = "PREFIX ex: <urn:ex#>\nPREFIX service: <urn:service#>\n"
    return federated, prefixes + "SELECT * WHERE { " + body + " }"


@settings(max_examples=SERVICE_EXAMPLES, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(queries())
def test_uses_service_agrees_with_oxigraph(generated):
    """Oxigraph itself is the judge: on an empty store, a query it federates tries to
    reach port 9 and fails saying so; one it does not federate just answers."""
    federated, query = generated
    try:
        list(ox.Store().query(query))
        tried = False
    except SyntaxError:
        assume(False)  # not SPARQL: nothing to judge
    except OSError as e:
        tried = "port 9" in str(e)
        assert tried or "SILENT" in query.upper(), e
    if tried:
        assert uses_service(query), query
    if not federated:
        assert not uses_service(query), query
    if federated:
        assert uses_service(query), query


def test_a_page_that_fails_is_answered_500_and_serving_goes_on(built_store, monkeypatch, capfd):
    # A fault inside one page of the browser (here: a page function that raises, as a
    # template removed under a running server did) must answer 500 with what failed,
    # log its traceback, and leave the other pages and the endpoint answering.
    import kg.browse.site
    from kg.serve import Front

    front = Front(built_store, "127.0.0.1", free_port(), oxigraph_binary(), poll=60)
    try:
        front.start_backend()
        front.start()
        port = front.server_address[1]
        real = kg.browse.site.respond

        def failing(site, method, target):
            if urllib.parse.urlsplit(target).path == "/browse/":
                raise RuntimeError("template entity.html not found")
            return real(site, method, target)

        monkeypatch.setattr(kg.browse.site, "respond", failing)
        with pytest.raises(urllib.error.HTTPError) as failed:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/browse/", timeout=30)
        assert failed.value.code == 500
        text = failed.value.read().decode("utf-8")
        assert text.startswith("this page failed: RuntimeError: template entity.html not found."), text
        assert "Traceback" in capfd.readouterr().err
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/browse/queries", timeout=30) as page:
            assert page.status == 200  # another page still answers
        remote = RemoteEndpoint(f"http://127.0.0.1:{port}/query").select(CLAIMS_PER_ARTICLE)
        assert len(remote[1]) == 5
    finally:
        front.close()
