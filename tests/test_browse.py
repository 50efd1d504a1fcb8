"""The evidence browser (kg serve's /browse/ pages and kg export --format html), driven
in Debian's chromium through its chromedriver (Selenium): the click path from an
entity to a fact to its highlighted quote, a canned query run from its form, the
network, an axe-core accessibility check of every page, escaping, the read-only
loopback server, and the static export's determinism. Screenshots of each page go to
a temporary folder, or to $KG_SCREENSHOTS (``KG_SCREENSHOTS=docs/screenshots`` renews
the README's images), so that a test run leaves the checkout as it was."""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import html
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml
from conftest import CORPUS, ROOT, built_once, kg_cli, query_rows, sparql_rows

from kg.namespaces import FACT, FACTS_GRAPH, ID

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
AXE = Path(__file__).parent / "data" / "vendor" / "axe.min.js"
SHOTS = Path(os.environ.get("KG_SCREENSHOTS") or tempfile.mkdtemp(prefix="kg-screenshots-"))
if not os.environ.get("KG_SCREENSHOTS"):
    atexit.register(shutil.rmtree, SHOTS, True)  # screenshots nobody asked to keep leave no folder behind
MEETING = "talks-putin-min-aung-hlaing-2025-03-04"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(store: Path):
    """``kg serve`` on ``store``, on a free port, with the default host, until the block
    ends: ``{base, pid, port}``."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/browse/", timeout=5) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            assert proc.poll() is None, proc.stdout.read()
            assert time.monotonic() < deadline, "kg serve did not answer within 60 s"
            time.sleep(0.2)
        yield {"base": base, "pid": proc.pid, "port": port}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def server(built_store):
    """``kg serve`` on the sample build."""
    with serving(built_store) as served:
        yield served


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One headless chromium for the module (Debian's, through its chromedriver)."""
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("chromium and chromium-driver are not installed: apt-get install chromium chromium-driver "
                    "(.ci/run does)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--disable-gpu", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    # chromium leaves an org.chromium.Chromium.* folder in TMPDIR at every start: keep it in pytest's
    env = {**os.environ, "TMPDIR": str(tmp_path_factory.mktemp("chromium-tmp"))}
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER, env=env))
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(driver, script: str, timeout: float = 20.0):
    """Until the JavaScript expression ``script`` is truthy; returns its value."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: d.execute_script(f"return {script}"))


def axe_violations(driver) -> list[dict]:
    """axe-core's serious and critical violations on the current page (WCAG 2.x A and AA rules)."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));")
    return [v for v in result if v["impact"] in ("serious", "critical")]


def shoot(driver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def filled_columns(rows: list[dict]) -> list[str]:
    """The columns of ``kg query --format json`` rows that some row fills: those a
    result's page shows (it names the others under the table)."""
    return [k for k in (rows[0] if rows else {}) if any(r[k] not in (None, "") for r in rows)]


def as_shown(rows: list[dict]) -> list[list[str]]:
    """``kg query --format json`` rows as a result's page shows them: the filled
    columns' texts."""
    shown = filled_columns(rows)
    return [["" if r[k] is None else str(r[k]) for k in shown] for r in rows]


def claim_quote(article: str, claim: str) -> str:
    """The quote of a claim as the corpus's claims file writes it (read with PyYAML)."""
    data = yaml.safe_load((CORPUS / "claims" / f"{article}.yaml").read_text(encoding="utf-8"))
    return next(c["quote"] for c in data["claims"] if c["id"] == claim)


PAGES = ["", "entity/min-aung-hlaing", "entity/russia/Support", "timeline/min-aung-hlaing", f"fact/{MEETING}",
         "article/000_0f2a5f001831298a",
         "network/min-aung-hlaing", "queries", "query/meetings?person=Min+Aung+Hlaing"]


def test_every_page_answers_and_its_time(server, capsys):
    """Each kind of page answers 200 with HTML, the first time it is asked for (before
    any other test: nothing cached); prints the times (over HTTP, no assertion)."""
    timings = {}
    for page in PAGES:
        started = time.perf_counter()
        with urllib.request.urlopen(server["base"] + "/browse/" + page) as r:
            body = r.read()
            assert r.status == 200 and r.headers["Content-Type"] == "text/html; charset=utf-8"
        timings[page or "index"] = (time.perf_counter() - started) * 1000
        assert body.startswith(b"<!DOCTYPE html>") and b"</html>" in body
    with capsys.disabled():
        print("\nevidence browser, first answer of each page (ms): "
              + ", ".join(f"{k} {v:.0f}" for k, v in timings.items()))


def test_entity_to_fact_to_highlighted_quote(server, browser):
    """Min Aung Hlaing's page -> the 2025-03-04 meeting -> a quote in its article: the
    highlight's characters are exactly the claim's quote."""
    from selenium.webdriver.common.by import By

    browser.get(server["base"] + "/browse/entity/min-aung-hlaing")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Min Aung Hlaing"
    body = browser.find_element(By.TAG_NAME, "main").text
    assert "Senior General Min Aung Hlaing" in body  # an alias
    assert "Senior General; head of Myanmar’s military junta" in body  # a position held
    # Each quote names its article as a reader cites it: by title (or id, for an untitled one) and date.
    cites = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "a.quote-link")}
    assert "in “Myanmar junta chief’s visit fortifies relations with Russia”, 2022-09-05" in cites
    assert all(re.fullmatch(r"in “.+”, \d{4}-\d{2}-\d{2}", c) for c in cites), cites
    # an untitled article by its opening words
    assert "in “In Moscow on Tuesday, Russian President Vladimir…”, 2025-03-04" in cites
    shoot(browser, "entity")
    browser.find_element(By.LINK_TEXT, MEETING).click()
    wait_for(browser, f"document.querySelector('h1').textContent === 'Fact {MEETING}'")
    # Four sources, and the places they give differ (Moscow; Moscow, Moscow Kremlin).
    assert "4 sources" in browser.find_element(By.TAG_NAME, "main").text
    # Under its id, the fact says what it is: its kind and the entities it names, linked.
    kind_line = browser.find_element(By.CSS_SELECTOR, "main p").text
    assert kind_line.startswith("meeting naming ") and "Min Aung Hlaing" in kind_line and "Vladimir Putin" in kind_line
    assert browser.find_element(By.CSS_SELECTOR, "main p a[href$='entity/vladimir-putin']")
    differing = [r.find_element(By.TAG_NAME, "th").text for r in browser.find_elements(By.CSS_SELECTOR, "tr.differs")]
    assert "place differs" in differing
    shoot(browser, "fact")
    links = browser.find_elements(By.CSS_SELECTOR, ".evidence-grid a.quote-link")
    assert len(links) >= 4
    link = links[0]
    shown = link.find_element(By.XPATH, "preceding-sibling::q").text
    href = link.get_attribute("href")
    evidence = href.rsplit("#", 1)[1]
    link.click()
    wait_for(browser, f"document.getElementById({json.dumps(evidence)}) !== null")
    article, claim = re.fullmatch(r"ev-(\w+)\.(.+)_ev\d+", evidence).groups()
    assert browser.current_url.endswith(f"/browse/article/{article}#{evidence}")
    # Every piece of the highlight, joined, is the quote: exactly its characters.
    pieces = browser.execute_script(
        "return Array.from(document.querySelectorAll('mark[data-evidence=\"' + arguments[0] + '\"]'))"
        ".map(m => m.textContent).join('')", evidence)
    assert pieces == claim_quote(article, claim) == shown
    assert browser.execute_script("return document.getElementById(arguments[0]).tagName", evidence) == "MARK"
    assert "kind-meeting" in browser.find_element(By.ID, evidence).get_attribute("class")
    shoot(browser, "article")
    # Clicking the highlight opens its fact again (clicked on itself: quotes inside it
    # are highlights of their own, leading to their own facts).
    browser.execute_script("document.getElementById(arguments[0]).click()", evidence)
    wait_for(browser, f"document.querySelector('h1').textContent === 'Fact {MEETING}'")


def test_canned_query_from_its_form(server, browser):
    """The meetings query run from its form gives the rows kg query gives, each fact
    linked to its page, and a link to the same query in the SPARQL editor."""
    from selenium.webdriver.common.by import By

    browser.get(server["base"] + "/browse/queries")
    field = browser.find_element(By.ID, "meetings-person")
    assert field.get_attribute("list") == "entity-names"
    field.send_keys("Min Aung Hlaing")
    shoot(browser, "queries")
    browser.find_element(By.XPATH, "//button[text()='Run meetings']").click()
    wait_for(browser, "document.querySelector('table.results') !== null")
    shoot(browser, "query-result")
    rows = browser.execute_script(
        "return Array.from(document.querySelectorAll('table.results tbody tr')).map(tr =>"
        " Array.from(tr.cells).map(td => td.textContent))")
    head = browser.execute_script("return Array.from(document.querySelectorAll('table.results th')).map(t => t.textContent)")
    assert rows and "fact" in head
    assert MEETING in [r[head.index("fact")] for r in rows]
    link = browser.find_element(By.LINK_TEXT, MEETING)
    assert link.get_attribute("href").endswith(f"/browse/fact/{MEETING}")
    editor = browser.find_element(By.CSS_SELECTOR, "a.editor-link").get_attribute("href")
    browser.get(editor)
    text = wait_for(browser, "document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror.getValue()")
    assert "PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#>" in text and "VALUES (?_person)" in text


def test_names_and_fact_ids_in_a_result_link_to_their_pages(server, browser):
    """A canned query gives entities by label and facts by id inside its cells ("Min
    Aung Hlaing, Vladimir Putin", a list of fact ids): each of them links to its page,
    the cell's text unchanged, and words that name nothing stay text."""
    from selenium.webdriver.common.by import By

    cells = """return Array.from(document.querySelectorAll('table.results tbody tr')).map(tr =>
        Array.from(tr.cells).map(td => [td.textContent, Array.from(td.querySelectorAll('a'))
            .map(a => [a.textContent, a.getAttribute('href')])]))"""
    browser.get(server["base"] + "/browse/query/meetings?person=Min+Aung+Hlaing")
    head = browser.execute_script("return Array.from(document.querySelectorAll('table.results th')).map(t => t.textContent)")
    row = next(r for r in browser.execute_script(cells) if r[head.index("fact")][0] == MEETING)
    assert row[head.index("participants")] == ["Min Aung Hlaing, Vladimir Putin", [
        ["Min Aung Hlaing", "/browse/entity/min-aung-hlaing"], ["Vladimir Putin", "/browse/entity/vladimir-putin"]]]
    assert row[head.index("place")][1] == [["Moscow", "/browse/entity/moscow"],
                                           ["Moscow Kremlin", "/browse/entity/moscow-kremlin"]]
    described = row[head.index("description")]
    assert "Min Aung Hlaing's first official meeting" in described[0] and described[1] == []
    browser.find_element(By.LINK_TEXT, "Moscow Kremlin").click()
    wait_for(browser, "document.querySelector('h1').textContent === 'Moscow Kremlin'")
    # A column listing fact ids links each of them.
    browser.get(server["base"] + "/browse/query/supporters?state=Myanmar")
    head = browser.execute_script("return Array.from(document.querySelectorAll('table.results th')).map(t => t.textContent)")
    listed = [r[head.index("fact_ids")] for r in browser.execute_script(cells) if ", " in r[head.index("fact_ids")][0]]
    assert listed
    for text, links in listed:
        assert [a[0] for a in links] == text.split(", ")
        assert all(href == "/browse/fact/" + key for key, href in links)
    for key, href in listed[0][1][:1]:
        browser.find_element(By.CSS_SELECTOR, f"table.results a[href='{href}']").click()
        wait_for(browser, f"document.querySelector('h1').textContent === 'Fact {key}'")


def test_each_query_s_form_is_under_its_question(server, browser):
    """The catalog page opens with a list of the queries linking to each; each query
    shows its opening sentence and its form right under its title, the whole
    description folded beside it (a description runs to thousands of characters)."""
    from kg.catalog import load_catalog

    catalog = load_catalog()
    browser.get(server["base"] + "/browse/queries")
    contents = browser.execute_script(
        "return Array.from(document.querySelectorAll('nav ul.query-contents a')).map(a => a.getAttribute('href'))")
    assert contents == [f"#q-{name}" for name in sorted(catalog)]
    shown = browser.execute_script("""return Array.from(document.querySelectorAll('section.query')).map(s => {
        const title = s.querySelector('h2').getBoundingClientRect().top;
        const details = s.querySelector('details.query-description');
        return [s.querySelector('h2').id, s.querySelector('form').getBoundingClientRect().top - title,
                s.querySelector('.query-lead').textContent, details ? details.textContent : null,
                details ? details.open : null]; })""")
    assert [s[0] for s in shown] == [f"q-{name}" for name in sorted(catalog)]
    for key, gap, lead, folded, opened in shown:
        q = catalog[key[2:]]
        assert gap < 200, (key, gap)
        assert q.description.startswith(lead.removesuffix(" …")) and len(lead) <= 200, (key, lead)
        assert q.description in folded and opened is False, key
    meetings = next(s for s in shown if s[0] == "q-meetings")
    assert meetings[2] == "Which leaders met whom, where and when?"
    # A result's page opens the same way.
    browser.get(server["base"] + "/browse/query/meetings?person=Min+Aung+Hlaing")
    assert browser.execute_script("return document.querySelector('.query-lead').textContent") == meetings[2]


def test_what_a_source_does_not_give_is_said_in_words(server, browser):
    """On a fact's page a source that does not give a property says "not given" in its
    column (two of the meeting's four sources give its date); so does a position held
    whose end no source gives, on the entity's page."""
    browser.get(f"{server['base']}/browse/fact/{MEETING}")
    rows = browser.execute_script("""return Object.fromEntries(Array.from(document.querySelectorAll(
        'table.side-by-side tbody tr')).map(tr => [tr.cells[0].textContent.split(' ')[0],
        Array.from(tr.cells).slice(1).map(td => [td.textContent, td.className])]))""")
    assert sorted(rows["date"]) == [["2025-03-04", ""]] * 2 + [["not given", "unstated"]] * 2
    assert all(text for row in rows.values() for text, _ in row)
    browser.get(f"{server['base']}/browse/entity/min-aung-hlaing")
    held = browser.execute_script("""return Array.from(document.querySelectorAll(
        'section[aria-labelledby=positions] tbody tr')).map(tr => Array.from(tr.cells).map(td => td.textContent))""")
    assert [r[2:4] for r in held] == [["2021", "not given"]]
    assert axe_violations(browser) == []


def test_query_rows_match_the_cli(server, browser, built_store):
    from selenium.webdriver.common.by import By

    browser.get(server["base"] + "/browse/query/meetings?person=Min+Aung+Hlaing")
    head = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "table.results th")]
    rows = browser.execute_script(
        "return Array.from(document.querySelectorAll('table.results tbody tr')).map(tr =>"
        " Array.from(tr.cells).map(td => td.textContent))")
    cli = json.loads(kg_cli("query", "meetings", "--param", "person=Min Aung Hlaing", "--store", built_store,
                            "--format", "json", check=0).stdout)
    assert cli and head == filled_columns(cli)
    assert rows == as_shown(cli)
    # The columns no row fills are named under the table, not drawn.
    empty = [k for k in cli[0] if k not in head]
    assert empty and browser.find_element(By.CSS_SELECTOR, "p.empty-columns").text == (
        f"Empty in every row here, so not shown: {', '.join(empty)}.")
    # A bad parameter is an error on the page, with the status 400.
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(server["base"] + "/browse/query/meetings?person=Nobody+Atall")
    assert e.value.code == 400 and "no person called 'Nobody Atall'" in html.unescape(e.value.read().decode())


def test_a_long_result_comes_in_pages_of_rows(server, browser, built_store):
    """Russia's profile (more than one page on the sample corpus) shows the first 100
    rows that kg query shows, says more follow, and its next page, clicked, shows the
    rest of what kg query --all gives, with the total; a page past the last is a 404."""
    from selenium.webdriver.common.by import By

    every = json.loads(kg_cli("query", "profile", "-p", "entity=Russia", "--store", built_store, "--all",
                              "--format", "json", check=0).stdout)
    assert len(every) > 100

    def shown():
        return browser.execute_script(
            "return Array.from(document.querySelectorAll('table.results tbody tr')).map(tr =>"
            " Array.from(tr.cells).map(td => td.textContent))")

    browser.get(server["base"] + "/browse/query/profile?entity=Russia")
    assert shown() == as_shown(every[:100])
    assert browser.find_element(By.CSS_SELECTOR, "p.count").text == "Rows 1 to 100; more follow."
    browser.find_element(By.LINK_TEXT, "Next page").click()
    wait_for(browser, "document.querySelector('a[rel=prev]') !== null")
    assert shown() == as_shown(every[100:200])
    assert browser.find_element(By.CSS_SELECTOR, "p.count").text == f"Rows 101 to {len(every)} of {len(every)}."
    assert not browser.find_elements(By.LINK_TEXT, "Next page")
    assert browser.find_element(By.CSS_SELECTOR, "input[name=entity]").get_attribute("value") == "Russia"
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(server["base"] + "/browse/query/profile?entity=Russia&page=3")
    assert e.value.code == 404


def test_a_query_paged_by_its_own_limit_takes_the_page_as_its_offset(server, built_store):
    """facts (paged by its limit and offset parameters) shows its rows 100 a page: the
    page of ?page=N is kg query's --param offset=(N-1)*100 page; a limit given in the
    form is the form's page, without pager."""
    def rows_of(path):
        with urllib.request.urlopen(server["base"] + path, timeout=60) as r:
            page = r.read().decode()
        return [[html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td>(.*?)</td>", tr, re.S)]
                for tr in re.findall(r"<tr>(.*?)</tr>", page.split("<tbody>")[1], re.S)], page

    cli = json.loads(kg_cli("query", "facts", "--store", built_store, "-p", "limit=7", "-p", "offset=3",
                            "--format", "json", check=0).stdout)
    rows, page = rows_of("/browse/query/facts?limit=7&offset=3")
    assert rows == as_shown(cli)
    assert 'rel="next"' not in page
    first, page = rows_of("/browse/query/facts")
    every = json.loads(kg_cli("query", "facts", "--store", built_store, "--all", "--format", "json", check=0).stdout)
    assert len(first) == min(100, len(every))
    assert ('rel="next"' in page) == (len(every) >= 100)


def test_network(server, browser):
    """The network around Min Aung Hlaing: edge widths by sources, alleged edges dashed,
    an edge's facts and quotes on click, the kind filter."""
    browser.get(server["base"] + "/browse/network/min-aung-hlaing")
    wait_for(browser, "window.kgNetwork && window.kgNetwork.edges().length > 0")
    edges = browser.execute_script(
        "return window.kgNetwork.edges().map(e => ({id: e.id(), kind: e.data('kind'), sources: e.data('sources'),"
        " modality: e.data('modality'), style: e.style('line-style'), width: parseFloat(e.style('width'))}))")
    meeting = next(e for e in edges if e["id"] == "meeting:min-aung-hlaing:vladimir-putin")
    assert meeting["sources"] >= 4 and meeting["style"] == "solid"
    assert all(e["style"] == "dashed" for e in edges if e["modality"] == "alleged")
    assert meeting["width"] > min(e["width"] for e in edges)
    shoot(browser, "network-entity")
    browser.execute_script("window.kgNetwork.getElementById(arguments[0]).emit('tap')", meeting["id"])
    panel = wait_for(browser, "document.querySelector('#edge-panel .edge-fact') && document.getElementById('edge-panel').innerText")
    assert MEETING in panel and re.search(r"in (“.+”|article \S+), 2025-03-0\d", panel)
    browser.execute_script("document.querySelector('input[name=k][value=meeting]').click()")
    hidden = browser.execute_script("return window.kgNetwork.getElementById(arguments[0]).hasClass('hidden')", meeting["id"])
    assert hidden
    browser.get(server["base"] + "/browse/network")
    wait_for(browser, "window.kgNetwork && window.kgNetwork.edges().length > 0")
    shoot(browser, "network")


def test_accessibility(server, browser):
    """axe-core finds no serious or critical violation on any page."""
    failures = {}
    for page in PAGES:
        browser.get(server["base"] + "/browse/" + page)
        if page.startswith("network"):
            wait_for(browser, "window.kgNetwork !== undefined")
        bad = axe_violations(browser)
        if bad:
            failures[page] = bad
    shoot_pages = {"": "index", "timeline/min-aung-hlaing": "timeline"}
    for page, name in shoot_pages.items():
        browser.get(server["base"] + "/browse/" + page)
        shoot(browser, name)
    assert not failures, json.dumps(failures, indent=1)


def test_serves_loopback_only_and_read_only(server):
    """Bound to 127.0.0.1 by default; pages refuse writes (405), and so does the
    SPARQL endpoint (an update changes nothing)."""
    import psutil

    listening = {c.laddr.ip for c in psutil.Process(server["pid"]).net_connections(kind="inet")
                 if c.status == psutil.CONN_LISTEN and c.laddr.port == server["port"]}
    assert listening == {"127.0.0.1"}
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def triples() -> str:
        url = server["base"] + "/query?query=" + urllib.parse.quote(count)
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req) as r:
            return json.loads(r.read())["results"]["bindings"][0]["n"]["value"]

    before = triples()
    for method in ("POST", "PUT", "DELETE"):
        req = urllib.request.Request(server["base"] + "/browse/entity/min-aung-hlaing", method=method, data=b"x=1")
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req)
        assert e.value.code == 405 and e.value.headers["Allow"] == "GET, HEAD"
    update = urllib.request.Request(server["base"] + "/update", method="POST",
                                    data=b"INSERT DATA { <http://x/s> <http://x/p> <http://x/o> }",
                                    headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(update)
    assert e.value.code >= 400
    assert triples() == before


def test_markup_in_the_data_is_text(tmp_path, browser):
    """An article text and a label holding HTML are shown as those characters: no
    element of theirs reaches the page, and the highlight still covers the quote."""
    import pyoxigraph as ox

    from kg.browse.pages import Site
    from kg.namespaces import ARTICLE, CLAIM, DCTERMS, FACT, FACTS_GRAPH, GKG, GRAPH, ID, OA, PROV, RDF, RDFS
    from kg.output import solutions
    from kg.store import GraphStore

    text = 'Intro <script>window.pwned = 1</script> and <img src=x onerror="window.pwned=2"> then <b>talks</b> end.'
    quote = '<b>talks</b>'
    start = text.index(quote)
    n = ox.NamedNode
    a, c, ev, tgt, pos, fact, who = (n(ARTICLE + "x1"), n(CLAIM + "x1.c"), n(CLAIM + "x1.c_ev1"), n(CLAIM + "x1.t"),
                                     n(CLAIM + "x1.p"), n(FACT + "m1"), n(ID + "evil"))
    triples = [
        (a, n(RDF + "type"), n(GKG + "Article")), (a, n(GKG + "articleText"), ox.Literal(text)),
        (a, n(DCTERMS + "identifier"), ox.Literal("x1")), (a, n(DCTERMS + "title"), ox.Literal("<i>Title</i>")),
        (c, n(GKG + "supports"), fact), (c, n(PROV + "wasQuotedFrom"), a), (c, n(GKG + "hasEvidence"), ev),
        (c, n(GKG + "modality"), n(GKG + "Alleged")), (n(GKG + "Alleged"), n(RDFS + "label"), ox.Literal("alleged")),
        (ev, n(OA + "hasTarget"), tgt), (tgt, n(OA + "hasSelector"), pos),
        (pos, n(OA + "start"), ox.Literal(str(start), datatype=n("http://www.w3.org/2001/XMLSchema#integer"))),
        (pos, n(OA + "end"), ox.Literal(str(start + len(quote)), datatype=n("http://www.w3.org/2001/XMLSchema#integer"))),
        (pos, n(OA + "exact"), ox.Literal(quote)),
    ]
    # As docs/layout.md lays a store out: what the claim states of its fact, reified in
    # the article's graph; the fact and the entity once, in the derived graph.
    for i, (p, o) in enumerate([(n(RDF + "type"), n(GKG + "Meeting")), (n(GKG + "participant"), who)]):
        st = n(CLAIM + f"x1.c_v{i}")
        triples += [(c, n(GKG + "statesValue"), st), (st, n(RDF + "type"), n(GKG + "ClaimedStatement")),
                    (st, n(RDF + "subject"), fact), (st, n(RDF + "predicate"), p), (st, n(RDF + "object"), o)]
    derived = [
        (fact, n(RDF + "type"), n(GKG + "Meeting")), (n(GKG + "Meeting"), n(RDFS + "label"), ox.Literal("meeting")),
        (fact, n(GKG + "participant"), who), (who, n(RDFS + "label"), ox.Literal('<img src=y onerror="window.pwned=3">')),
        (who, n(RDF + "type"), n(GKG + "Person")), (n(GKG + "Person"), n(RDFS + "label"), ox.Literal("person")),
    ]
    store = GraphStore.in_memory()
    store.replace_graphs({n(GRAPH + "x1"): [ox.Triple(*t) for t in triples],
                          n(FACTS_GRAPH): [ox.Triple(*t) for t in derived]})
    site = Site(lambda q: solutions(store.query(q, prefixes=False)), static=True)
    for path in ("article/x1", "entity/evil", "fact/m1"):
        page = tmp_path / (path + ".html")
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(site.render(path), encoding="utf-8")
    browser.get((tmp_path / "article" / "x1.html").as_uri())
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('main script, main img, main b, main i').length") == 0
    assert browser.execute_script("return document.querySelector('.article-text').textContent") == text
    assert browser.execute_script("return document.querySelector('h1').textContent") == "<i>Title</i>"
    marks = browser.execute_script("return Array.from(document.querySelectorAll('mark[data-evidence]')).map(m => m.textContent)")
    assert marks == [quote]
    browser.get((tmp_path / "entity" / "evil.html").as_uri())
    assert browser.execute_script("return window.pwned === undefined && document.querySelectorAll('main img').length === 0")
    assert browser.execute_script("return document.querySelector('h1').textContent") == '<img src=y onerror="window.pwned=3">'
    # The fact page links its participant to the entity's page, the label as text.
    browser.get((tmp_path / "fact" / "m1.html").as_uri())
    assert browser.execute_script("return window.pwned === undefined && document.querySelectorAll('main img').length === 0")
    assert browser.execute_script("""return Array.from(document.querySelectorAll('table.side-by-side td a'))
        .map(a => [a.getAttribute('href'), a.textContent])""") == [["../entity/evil.html", '<img src=y onerror="window.pwned=3">']]


def test_static_export_is_deterministic_and_browsable(built_store, tmp_path, browser):
    """A second export of the same store over the first is byte-identical; the pages
    link to each other as files; a folder that is not an earlier export is refused,
    unchanged; no -o is a usage error."""
    from selenium.webdriver.common.by import By

    first = tmp_path / "site"
    out = kg_cli("export", "--store", built_store, "--format", "html", "-o", first, check=0)
    assert "files to" in out.stderr + out.stdout

    def digest(folder: Path) -> dict[str, str]:
        return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    one = digest(first)
    assert f"fact/{MEETING}.html" in one and "static/cytoscape.min.js" in one and len(one) > 200
    browser.get((first / "entity" / "min-aung-hlaing.html").as_uri())
    browser.find_element(By.LINK_TEXT, MEETING).click()
    wait_for(browser, f"document.querySelector('h1').textContent === 'Fact {MEETING}'")
    browser.get((first / "network.html").as_uri())
    assert wait_for(browser, "window.kgNetwork && window.kgNetwork.edges().length") > 0
    # Exported again over the first export: it is replaced, byte for byte the same.
    kg_cli("export", "--store", built_store, "--format", "html", "-o", first, check=0)
    assert digest(first) == one
    # The export reads what its pages of facts, entities, timelines and networks show
    # ahead, for many pages at once: each page it wrote is the page as drawn alone,
    # reading its own, as kg serve draws it.
    from kg.browse.pages import Site
    from kg.browse.site import page_paths
    from kg.output import solutions
    from kg.store import GraphStore

    store = GraphStore.open(built_store, read_only=True)
    try:
        run = lambda text: solutions(store.query(text, prefixes=False))  # noqa: E731
        alone, compared = Site(run, static=True), 0
        for path in page_paths(run):
            if path.split("/")[0].split(".")[0] in ("fact", "entity", "timeline", "network"):
                assert alone.render(path).encode("utf-8") == (first / f"{path}.html").read_bytes(), path
                compared += 1
    finally:
        store.close()
    assert compared > 100
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    bad = kg_cli("export", "--store", built_store, "--format", "html", "-o", foreign, check=2)
    assert str(foreign) in bad.stderr and "Traceback" not in bad.stderr
    assert [p.name for p in foreign.iterdir()] == ["notes.txt"]
    kg_cli("export", "--store", built_store, "--format", "html", check=2)


def test_vendored_scripts_match_their_manifests():
    """The vendored Cytoscape.js and axe-core are the files their READMEs name."""
    for manifest, file in ((ROOT / "kg" / "resources" / "vendor" / "README.md", ROOT / "kg" / "resources" / "vendor" / "cytoscape.min.js"),
                           (AXE.parent / "README.md", AXE)):
        recorded = re.search(rf"\| {re.escape(file.name)} \|.*\| ([0-9a-f]{{64}}) \|", manifest.read_text()).group(1)
        assert hashlib.sha256(file.read_bytes()).hexdigest() == recorded


class _Marks:
    """Reads highlighted HTML back: the plain text, and each evidence's characters
    (the text of all its <mark> pieces, in order)."""

    def __init__(self, markup: str):
        from html.parser import HTMLParser

        self.text, self.by_evidence, self.ids = [], {}, []
        stack = []
        outer = self

        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                attrs = dict(attrs)
                stack.append(attrs["data-evidence"])
                if "id" in attrs:
                    outer.ids.append(attrs["id"])

            def handle_endtag(self, tag):
                stack.pop()

            def handle_data(self, data):
                outer.text.append(data)
                for e in stack:
                    outer.by_evidence[e] = outer.by_evidence.get(e, "") + data

        parser = Parser(convert_charrefs=True)
        parser.feed(markup)
        parser.close()
        assert not stack, "every <mark> is closed"


def test_highlights_cover_exactly_their_quotes_whatever_the_overlaps():
    """Generated texts (markup characters, astral code points, line breaks) and spans
    that nest, overlap, coincide or touch: the page's text is the article text, each
    span's pieces join to exactly its characters, each span has one anchor."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from kg.browse.highlight import highlighted

    @st.composite
    def cases(draw):
        text = draw(st.text(alphabet="ab <>&\"'é😀\n", min_size=1, max_size=40))
        spans = []
        for i in range(draw(st.integers(0, 7))):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            spans.append({"evidence": f"ev-{i}", "start": start, "end": end, "exact": text[start:end],
                          "kind": "meeting", "modality": "alleged", "speakers": [], "facts": [{"key": "f"}]})
        return text, spans

    @settings(max_examples=400, deadline=None, database=None)
    @given(cases())
    def check(case):
        text, spans = case
        markup, unanchored = highlighted(text, spans, lambda key: "fact/" + key)
        read = _Marks(str(markup))
        assert "".join(read.text) == text and not unanchored
        assert {e: read.by_evidence.get(e) for e in (s["evidence"] for s in spans)} == \
            {s["evidence"]: s["exact"] for s in spans}
        assert sorted(read.ids) == sorted(s["evidence"] for s in spans)

    check()
    # Offsets that do not hold the quote are not drawn, and are reported.
    markup, unanchored = highlighted("abc", [{"evidence": "ev-x", "start": 1, "end": 3, "exact": "zz", "kind": "visit",
                                             "modality": "asserted", "speakers": [], "facts": []}], str)
    assert "<mark" not in str(markup) and [s["evidence"] for s in unanchored] == ["ev-x"]


def test_network_filters_from_the_address(server):
    """The network page's kind and date filters given in its address (as its form
    sends them): only meetings from 2025 to the end of March 2025 are embedded."""
    url = server["base"] + "/browse/network?k=meeting&from=2025&to=2025-03"
    with urllib.request.urlopen(url) as r:
        page = r.read().decode("utf-8")
    data = json.loads(html.unescape(re.search(r'<script type="application/json" id="network-data">(.*?)</script>',
                                              page, re.S).group(1)))
    assert {e["kind"] for e in data["edges"]} == {"meeting"}
    assert [e["id"] for e in data["edges"]] == ["meeting:min-aung-hlaing:vladimir-putin"]
    assert all(f["date"][:7] <= "2025-03" and f["date"] >= "2025" for e in data["edges"] for f in e["facts"])


def facts_naming(store: Path, key: str, kind: str = "") -> list[str]:
    """The keys of the facts naming the entity ``key`` in any role (of the gkg: class
    ``kind`` only, if given), in the browser's date order (the earliest date any
    source gives, undated last, then by key), found by a SPARQL query of the test's
    own through kg query."""
    typed = f"?f a gkg:{kind} ." if kind else ""
    rows = sparql_rows(store, f"""PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#>
        SELECT ?f (MIN(STR(?d)) AS ?date) WHERE {{ GRAPH <{FACTS_GRAPH}> {{ ?f ?role <{ID}{key}> . {typed} }}
          FILTER(STRSTARTS(STR(?f), "{FACT}"))
          OPTIONAL {{ GRAPH <{FACTS_GRAPH}> {{ ?f gkg:date|gkg:startDate ?d }} }}
        }} GROUP BY ?f""")
    return [k for _, k in sorted((r.get("date") or "9999", r["f"][len(FACT):]) for r in rows)]


def busiest_in(store: Path, kind: str) -> str:
    """The key of the person named by the most facts of the gkg: class ``kind`` (ties
    broken by key), found by a SPARQL query of the test's own."""
    rows = sparql_rows(store, f"""PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#>
        SELECT ?e (COUNT(DISTINCT ?f) AS ?n) WHERE {{ GRAPH <{FACTS_GRAPH}> {{ ?f a gkg:{kind} ; ?role ?e . ?e a gkg:Person }}
          FILTER(STRSTARTS(STR(?f), "{FACT}")) }} GROUP BY ?e""")
    return min((-int(r["n"]), r["e"][len(ID):]) for r in rows)[1]


def linked_facts(page: str) -> list[str]:
    """The facts a page's main content links to, in order (each once)."""
    main = page[page.index("<main"):page.index("</main>")]
    return list(dict.fromkeys(re.findall(r'href="(?:/browse/|(?:\.\./)*)fact/([^"/#]+?)(?:\.html)?"', main)))


def test_an_entity_s_page_lists_each_kind_of_fact(server, built_store):
    """Russia's page lists each kind of fact naming it with its number (counted here
    by a query of the test's own) and its first facts in date order; a kind with more
    links to its own page, which lists them all; the timeline lists every fact in date
    order; a page past the last, or not a number, is a 404 that says so."""
    from kg.browse import graph

    page = fetch(server["base"] + "/browse/entity/russia")
    shown = re.findall(r'<h3 id="kind-\d+">([^<]+) \((\d+)\)</h3>', page)
    kinds = {r["kind"].rsplit("#", 1)[-1]: int(r["n"]) for r in sparql_rows(built_store, f"""
        PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#> SELECT ?kind (COUNT(DISTINCT ?f) AS ?n) WHERE {{
        GRAPH <{FACTS_GRAPH}> {{ ?f ?role <{ID}russia> ; a ?kind }} FILTER(STRSTARTS(STR(?f), "{FACT}")) }} GROUP BY ?kind""")}
    assert sorted(int(n) for _, n in shown) == sorted(kinds.values()) and len(kinds) > 5
    every = facts_naming(built_store, "russia")
    assert sum(kinds.values()) == len(every)
    listed = linked_facts(page)
    more = {k: n for k, n in kinds.items() if n > graph.FACTS_PER_KIND}
    assert more and len(listed) == sum(min(n, graph.FACTS_PER_KIND) for n in kinds.values())
    for kind, n in more.items():
        of_kind = facts_naming(built_store, "russia", kind)
        assert [f for f in listed if f in of_kind] == of_kind[:graph.FACTS_PER_KIND]
        assert f'href="/browse/entity/russia/{kind}">All {n} ' in page
        assert linked_facts(fetch(server["base"] + f"/browse/entity/russia/{kind}")) == of_kind
    assert linked_facts(fetch(server["base"] + "/browse/timeline/russia")) == every
    for path, message in (("timeline/russia/2", "page 2 of the facts naming &#39;russia&#39; does not exist: there are 1"),
                          ("timeline/russia/two", "page &#39;two&#39; is not a page number"),
                          ("entity/russia/Nothing", "no facts of kind &#39;Nothing&#39; name &#39;russia&#39;")):
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(server["base"] + "/browse/" + path)
        assert caught.value.code == 404 and message in caught.value.read().decode("utf-8")


@pytest.fixture(scope="module")
def busy_store(tmp_path_factory) -> Path:
    """A generated corpus of 80 articles (``kg bench generate``), built: more entities
    in relations than a network page draws, a fact reported by more articles than a fact
    page lists, and a person in more meetings than a kind's page lists."""
    root = tmp_path_factory.mktemp("busy")
    kg_cli("bench", "generate", "--articles", 80, "--seed", 1, "-o", root / "corpus", check=0)
    kg_cli("build", "-q", "--corpus", root / "corpus", "--store", root / "store", "--no-validate", check=0)
    return root / "store"


@pytest.fixture(scope="module")
def busy_server(busy_store):
    """``kg serve`` on the generated store, for the tests of its long pages."""
    with serving(busy_store) as served:
        yield served


def embedded_network(page: str) -> dict:
    return json.loads(html.unescape(re.search(r'<script type="application/json" id="network-data">(.*?)</script>',
                                              page, re.S).group(1)))


def fetch(url: str) -> str:
    with urllib.request.urlopen(url) as r:
        return r.read().decode("utf-8")


def following(url: str):
    """The page at ``url`` and each page its "Next page" link leads to, in turn (as
    text); each page's "Previous page" link leads back."""
    previous = None
    while url:
        page = fetch(url)
        back = re.search(r'<a rel="prev" href="([^"]+)"', page)
        assert (back and urllib.parse.urljoin(url, back.group(1))) == previous or (back is None and previous is None)
        yield page
        found = re.search(r'<a rel="next" href="([^"]+)"', page)
        previous, url = url, found and urllib.parse.urljoin(url, found.group(1))


def test_what_is_read_once_matches_the_store(busy_store):
    """On a generated store, the facts of the busiest entities read together in one
    query are, entity by entity, the facts the store finds naming it (its own query,
    one entity at a time) with each one's class, in date order; the tallies the pages
    read from each fact's summary (reporting articles, claims, modalities, first
    source) are what the store counts from the fact's claims; and each edge's summary
    (facts, reporting articles, modalities, listed facts) is what the store counts
    from the relation facts and their claims, for every edge of the graph."""
    from kg.browse import graph
    from kg.namespaces import GKG, ID, SPARQL_PREFIXES
    from kg.output import solutions
    from kg.store import GraphStore

    store = GraphStore.open(busy_store, read_only=True)
    try:
        run = lambda text: solutions(store.query(text, prefixes=False))  # noqa: E731
        keys = graph.busiest_entities(run, 6)
        together = graph.entity_indexes(run, keys)
        assert sorted(together) == sorted(keys) and len(keys) == 6
        for key in keys:
            # The facts naming it found first (a sub-select): Oxigraph joins the group
            # of unions with each typed fact of the graph otherwise, seconds a query.
            rows = run(f"{SPARQL_PREFIXES} SELECT DISTINCT ?f ?c WHERE {{ "
                       f"{{ SELECT DISTINCT ?f WHERE {graph.naming(f'<{ID + key}>')} }} "
                       f"GRAPH <{graph.FACTS_GRAPH}> {{ ?f a ?c }} FILTER(STRSTARTS(STR(?c), \"{GKG}\")) }}")[1]
            assert {(f.value, c.value) for f, c in rows} == {(f, c) for _, f, c in together[key].ordered}, key
            dates = [d or "9999" for d, _, _ in together[key].ordered]
            assert dates == sorted(dates) and len(rows) > 0
        whole = graph.relations(run)
        relation_facts = sorted({f for fs in whole.values() for f in fs})
        chosen = sorted(set([graph.FACT + k for k in graph.busiest_facts(run, 6)] + relation_facts[::3]))
        summarised = graph.facts(run, chosen, detailed=0)
        denied = 0
        for f in chosen:
            _, claims, shown = graph._tally(run, [[f]])[0]
            assert (summarised[f]["claim_count"], set(summarised[f]["modalities"])) == (claims, shown), f
            # Its sources as the CLI counts them: the articles with a claim that is neither
            # negative nor a whole denial (a denial of some values only still grants the fact).
            [(sources,)] = run(f"{SPARQL_PREFIXES} SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?c gkg:supports <{f}> ; "
                               "prov:wasQuotedFrom ?a FILTER NOT EXISTS { ?c gkg:polarity gkg:Negative } "
                               "FILTER NOT EXISTS { ?c gkg:modality gkg:Denied FILTER NOT EXISTS { ?c gkg:deniesValue ?dv } } }")[1]
            assert summarised[f]["sources"] == int(sources.value), f
            denied += "denied" in shown
        assert denied > 0 and len(chosen) > 50
        for f in chosen[:40]:
            first = min(a.value for (a,) in run(f"{SPARQL_PREFIXES} SELECT ?a WHERE {{ ?c gkg:supports <{f}> ; "
                                                "prov:wasQuotedFrom ?a }")[1])
            stored = run(f"{SPARQL_PREFIXES} SELECT ?a WHERE {{ <{f}> gkg:firstSource ?a }}")[1]
            assert [[t.value for t in row] for row in stored] == [[first]], f
        edges = graph.edge_summaries(run)
        assert set(edges.behind) == set(whole) and len(whole) > 100
        details = graph.edge_details(run, [edges.nodes[k] for k in whole])
        groups = list(whole)
        counted = graph._tally(run, [sorted(whole[k]) for k in groups])
        for i, k in enumerate(groups):
            sources, shown, listed = details[edges.nodes[k]]
            assert edges.behind[k] == len(whole[k]), k
            assert (sources, shown) == (counted[i][0], counted[i][2]), k
            assert listed == sorted(whole[k])[:graph.EDGE_FACTS], k
        assert max(len(fs) for fs in whole.values()) > 1
    finally:
        store.close()


def test_a_busy_graph_is_drawn_in_bounded_pages(busy_store, busy_server, browser):
    """On a store with more entities in relations than a page draws, the whole network
    draws at most MAX_NODES entities and one grey node per class for the others, says
    "page k of n", and its pages draw every entity of the relations (found here by a
    SPARQL query of the test's own, through kg query) exactly once; a click on a group
    opens the next page. Around one entity, with five neighbours a page, every
    neighbour is drawn on exactly one page and the entity on all of them. The fact
    reported by the most articles lists its sources 24 a page, all of them once."""
    from kg.browse import graph
    from kg.namespaces import FACTS_GRAPH
    from kg.output import solutions
    from kg.store import GraphStore

    # Every entity at one end of a relation whose other end is another entity.
    branches = " UNION ".join(
        f"{{ ?f a gkg:{cls} ; {src} ?s ; {dst} ?o }}" for cls, src, dst, _ in graph.RELATIONS.values())
    query = (f"SELECT DISTINCT ?e WHERE {{ GRAPH <{FACTS_GRAPH}> {{ {branches} }} "
             "FILTER(?s != ?o && isIRI(?s) && isIRI(?o)) VALUES ?end { 1 2 } BIND(IF(?end = 1, ?s, ?o) AS ?e) }")
    rows = json.loads(kg_cli("query", "--store", busy_store, "-e", query, "-F", "srj", check=0).stdout)
    expected = {b["e"]["value"].rsplit("/", 1)[-1] for b in rows["results"]["bindings"]}
    assert len(expected) > graph.MAX_NODES

    base = busy_server["base"] + "/browse/"
    first = embedded_network(fetch(base + "network"))
    pages = first["pages"]
    assert pages == -(-len(expected) // graph.MAX_NODES) > 1 and first["entities"] == len(expected)
    drawn_on: dict[str, int] = {}
    for k in range(1, pages + 1):
        text = fetch(base + f"network?page={k}")
        net = embedded_network(text)
        assert f"{len(expected)} entities, page {k} of {pages}." in text
        assert f"{len(expected)} entities in {net['total']} relations. Drawn: " in page_text(text)
        entities = [n["id"] for n in net["nodes"] if not n["cluster"]]
        groups = [n for n in net["nodes"] if n["cluster"]]
        assert len(entities) <= graph.MAX_NODES and groups
        assert all(re.fullmatch(r"\d+ more: [a-z ]+", n["label"]) for n in groups)
        assert len(entities) + sum(n["members"] for n in groups) == len(expected)
        ends = {n["id"] for n in net["nodes"]}
        plain = [e for e in net["edges"] if not e["cluster"]]
        assert len(plain) <= graph.MAX_EDGES and all({e["source"], e["target"]} <= set(entities) for e in plain)
        assert all({e["source"], e["target"]} <= ends and (e["source"].startswith("more:")
                   or e["target"].startswith("more:")) for e in net["edges"] if e["cluster"])
        for e in entities:
            drawn_on[e] = drawn_on.get(e, 0) + 1
    assert set(drawn_on) == expected and set(drawn_on.values()) == {1}
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(base + f"network?page={pages + 1}")
    assert caught.value.code == 404

    browser.get(base + "network")
    wait_for(browser, "window.kgNetwork && window.kgNetwork.nodes().length > 0")
    counts = browser.execute_script("return [window.kgNetwork.nodes('[cluster = \"no\"]').length,"
                                    " window.kgNetwork.nodes('[cluster = \"yes\"]').length]")
    assert counts[0] <= graph.MAX_NODES and counts[1] >= 1
    shoot(browser, "network-clustered")
    group = next(n["id"] for n in first["nodes"] if n["cluster"])
    browser.execute_script("window.kgNetwork.getElementById(arguments[0]).emit('tap')", group)
    wait_for(browser, "window.location.search === '?page=2'")
    assert f"page 2 of {pages}" in browser.find_element("css selector", "nav.pager").text

    store = GraphStore.open(busy_store, read_only=True)
    try:
        run = lambda text: solutions(store.query(text, prefixes=False))  # noqa: E731
        whole = graph.network(run, "russia", max_nodes=10_000)
        neighbours = {n["id"] for n in whole["nodes"]} - {"russia"}
        assert len(neighbours) > 10
        seen = []
        for k in range(1, -(-len(neighbours) // 5) + 1):
            net = graph.network(run, "russia", page=k, max_nodes=5)
            entities = {n["id"] for n in net["nodes"] if not n["cluster"]}
            assert "russia" in entities and len(entities) <= 6 and net["pages"] == -(-len(neighbours) // 5)
            assert any(n["cluster"] for n in net["nodes"])  # the other neighbours, by class
            seen += sorted(entities - {"russia"})
        assert sorted(seen) == sorted(neighbours)
        busiest = graph.select(run, """SELECT ?f (COUNT(DISTINCT ?a) AS ?n) WHERE {
            ?c gkg:supports ?f ; prov:wasQuotedFrom ?a } GROUP BY ?f ORDER BY DESC(?n) ?f LIMIT 1""")[0]
        key, sources = graph.local(busiest["f"].value), int(busiest["n"].value)
    finally:
        store.close()
    assert sources > graph.MAX_SOURCES
    listed, n = [], -(-sources // graph.MAX_SOURCES)
    for k, text in enumerate(following(base + f"fact/{key}"), 1):
        assert f"{sources} sources, page {k} of {n}." in text
        section = text[text.index('id="evidence"'):]
        listed += re.findall(r'<h3 id="src-\d+"><a href="/browse/article/([^"]+)"', section)
    assert k == n and len(listed) == len(set(listed)) == sources
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(base + f"fact/{key}/{n + 1}")
    assert caught.value.code == 404 and f"page {n + 1} of the sources" in caught.value.read().decode("utf-8")


def test_long_lists_come_in_linked_pages(busy_store, busy_server, tmp_path, browser):
    """On a store where an entity has more facts of one kind than a page lists, and
    more facts than a timeline page lists: the entity's page links the kind's pages,
    whose "Next page" links lead, page after page, through exactly that kind's facts
    (found by a query of the test's own) in date order; the timeline's pages through
    all its facts, and each year's link to the page its first fact is on; axe-core
    finds no serious violation on them. The static export holds the same pages, and
    its links lead through them in a browser; so do the whole network's pages
    (network.2.html, ...), reached by its pager and its grey groups."""
    from selenium.webdriver.common.by import By

    from kg.browse import graph

    every = facts_naming(busy_store, "russia")
    person = busiest_in(busy_store, "Meeting")  # whoever the generator's draw put in most meetings
    meetings = facts_naming(busy_store, person, "Meeting")
    assert len(meetings) > graph.FACTS_PER_PAGE and len(every) > graph.TIMELINE_PER_PAGE
    base = busy_server["base"] + "/browse/"
    entity = fetch(base + f"entity/{person}")
    assert f'<a href="/browse/entity/{person}/Meeting">All {len(meetings)} meeting facts</a>' in entity
    assert [f for f in linked_facts(entity) if f in meetings] == meetings[:graph.FACTS_PER_KIND]
    pages = list(following(base + f"entity/{person}/Meeting"))
    assert len(pages) == -(-len(meetings) // graph.FACTS_PER_PAGE) > 1
    assert [linked_facts(p) for p in pages] == [meetings[i:i + graph.FACTS_PER_PAGE]
                                               for i in range(0, len(meetings), graph.FACTS_PER_PAGE)]
    timeline = [linked_facts(p) for p in following(base + "timeline/russia")]
    assert len(timeline) == -(-len(every) // graph.TIMELINE_PER_PAGE) > 1
    assert sum(timeline, []) == every
    years = re.findall(r'<a href="/browse/timeline/russia(?:/(\d+))?">(\d{4}|undated)</a> \((\d+)\)',
                       fetch(base + "timeline/russia"))
    assert sum(int(n) for *_, n in years) == len(every) and len(years) > 1
    seen = 0
    for page, year, n in years:
        assert sum(len(t) for t in timeline[:int(page or 1) - 1]) <= seen < sum(len(t) for t in timeline[:int(page or 1)])
        seen += int(n)
    served_pages = {p: fetch(base + p) for p in (f"entity/{person}/Meeting/2", "timeline/russia/2")}
    network_page_2 = embedded_network(fetch(base + "network?page=2"))
    for page in served_pages:  # the pagers and the year links pass axe-core too
        browser.get(base + page)
        assert not axe_violations(browser), page

    site = tmp_path / "site"
    kg_cli("export", "--store", busy_store, "--format", "html", "-o", site, check=0)
    browser.get((site / "entity" / f"{person}.html").as_uri())
    browser.find_element(By.LINK_TEXT, f"All {len(meetings)} meeting facts").click()
    browser.find_element(By.LINK_TEXT, "Next page").click()
    assert browser.current_url.endswith(f"/entity/{person}/Meeting/2.html")
    assert linked_facts(browser.page_source) == linked_facts(served_pages[f"entity/{person}/Meeting/2"])
    browser.find_element(By.CSS_SELECTOR, ".fact-link").click()
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Fact ")
    browser.get((site / "timeline" / "russia.html").as_uri())
    browser.find_element(By.LINK_TEXT, "Next page").click()
    assert linked_facts(browser.page_source) == linked_facts(served_pages["timeline/russia/2"])
    browser.find_element(By.LINK_TEXT, "Previous page").click()
    assert browser.current_url.endswith("/timeline/russia.html")
    # The whole network's pages are files too: its pager and a grey group lead to page 2,
    # which draws the entities the server's page 2 draws.
    browser.get((site / "network.html").as_uri())
    browser.find_element(By.LINK_TEXT, "Next page").click()
    assert browser.current_url.endswith("/network.2.html")
    wait_for(browser, "window.kgNetwork && window.kgNetwork.nodes().length > 0")
    drawn = browser.execute_script("return window.kgNetwork.nodes('[cluster = \"no\"]').map(n => n.id()).sort()")
    assert drawn == sorted(n["id"] for n in network_page_2["nodes"] if not n["cluster"])
    browser.get((site / "network.html").as_uri())
    wait_for(browser, "window.kgNetwork && window.kgNetwork.nodes().length > 0")
    browser.execute_script("window.kgNetwork.nodes('[cluster = \"yes\"]')[0].emit('tap')")
    wait_for(browser, "window.location.href.endsWith('/network.2.html')")
    pages = embedded_network((site / "network.html").read_text(encoding="utf-8"))["pages"]
    assert pages > 1 and (site / f"network.{pages}.html").is_file() and not (site / f"network.{pages + 1}.html").exists()


def test_network_pages_cut_from_what_the_site_keeps_match_the_store_s_answer(built_store, busy_store):
    """The served network pages are drawn from what a state of the store keeps (the
    edges' summaries; for a date range, the whole graph's relations and their facts'
    dates) instead of reading the store per page. For each filter of kind and date
    range tried, on the sample (dates of a year, a month or a day) and on the busy
    store: the relations cut in memory equal those the store's SPARQL filter reads,
    over the whole graph and around the busiest entity; and the page the site serves
    holds the same network as one drawn straight from the store's relation facts."""
    from kg.browse import graph
    from kg.browse.pages import Site
    from kg.output import solutions
    from kg.store import GraphStore

    filters = [(None, "", ""), (["meeting"], "2024", "2024"), (None, "2024-03", ""), (None, "2025-03", "2025-03"),
               (["visit", "sanction"], "", "2024-06-15"), (None, "2025-03-04", "2025-03-04"), (None, "2023", "2024-02"),
               (["arms", "support", "accusation"], "2024-07", "2025")]
    for location in (built_store, busy_store):
        store = GraphStore.open(location, read_only=True)
        try:
            run = lambda text: solutions(store.query(text, prefixes=False))  # noqa: E731
            whole, dates = graph.relations(run), graph.relation_dates(run)
            narrowed = 0
            for kinds, start, end in filters:
                cut = graph.within(whole, dates, kinds, start, end)
                assert cut == graph.relations(run, None, kinds, start, end), (location.name, kinds, start, end)
                around = graph.Edges(cut).around(ID + "russia")
                assert around == graph.relations(run, "russia", kinds, start, end), (location.name, kinds, start, end)
                narrowed += 0 < len(cut) < len(whole)
            assert narrowed >= 3 and any(k[0] == ID + "russia" or k[1] == ID + "russia" for k in whole)

            site = Site(run)
            site.warm()
            for path, around, params in (("network", None, {}), ("network/russia", "russia", {}),
                                         ("network/russia", "russia", {"k": "meeting,visit", "from": "2024-03"}),
                                         ("network", None, {"from": "2024", "to": "2025-03"}),
                                         ("network", None, {"k": "visit,sanction"}), ("network", None, {"page": "2"})):
                if params.get("page") and location == built_store:
                    continue  # the sample's network is drawn on one page
                served = embedded_network(site.page(path, params)[1])
                for item in served["nodes"] + [f for e in served["edges"] if not e["cluster"] for f in e["facts"]]:
                    item.pop("href", None)
                    for q in item.get("quotes", ()):
                        q.pop("href")
                kinds = params.get("k", "").split(",") if "k" in params else None
                direct = graph.network(run, around, kinds, params.get("from", ""), params.get("to", ""),
                                       page=int(params.get("page", 1)),
                                       edges=graph.Edges(graph.relations(run, around, kinds, params.get("from", ""),
                                                                         params.get("to", ""))))
                assert served == json.loads(json.dumps(direct, default=sorted)), (location.name, path, params)
        finally:
            store.close()


def test_pages_asked_for_before_the_warm_up_are_those_after_it(busy_store, thai_store):
    """kg serve answers before its warm-up ends, each page reading what it shows (a
    network around an entity from its own edges' summaries, for a date range from its
    own relations) until what the pages share is read. Each
    kind of page, asked of a site that has read nothing yet, is byte for byte the page
    a warmed site serves, on the generated store and on the sample with the ceasefire
    article (unnamed actors, a meeting dated by an interval); and a warm-up stopped
    before it starts reads nothing."""
    from kg.browse import graph
    from kg.browse.pages import Site
    from kg.output import solutions
    from kg.store import GraphStore

    for location in (busy_store, thai_store):
        store = GraphStore.open(location, read_only=True)
        try:
            run = lambda text: solutions(store.query(text, prefixes=False))  # noqa: E731
            entity = graph.busiest_entities(run, 1)[0]
            fact = graph.busiest_facts(run, 1)[0]
            kind = max(graph.entity_kinds(graph.entity_index(run, entity)), key=lambda k: (k["count"], k["slug"]))
            article = graph.article_keys(run)[0]
            paths = [("index", {}), (f"entity/{entity}", {}), (f"entity/{entity}/{kind['slug']}", {}),
                     (f"timeline/{entity}", {}), (f"fact/{fact}", {}), (f"article/{article}", {}), ("queries", {}),
                     ("network", {}), ("network", {"page": "2"}), (f"network/{entity}", {}),
                     (f"network/{entity}", {"k": "meeting,visit", "from": "2024-03"}),
                     ("network", {"from": "2024", "to": "2025-03"}), ("network", {"k": "meeting"})]
            paths += [(f"entity/{e['key']}", {}) for e in graph.entity_names(run)[::40]]
            warmed = Site(run)
            warmed.warm()
            compared = 0
            for path, params in paths:
                cold = Site(run)
                try:
                    expected = warmed.page(path, params)
                except Exception as e:  # a page 2 the graph is too small for
                    assert type(e).__name__ == "NotFound" and params.get("page") == "2", (path, params)
                    continue
                assert cold.page(path, params) == expected, (location.name, path, params)
                assert cold._behind is None and cold._dates is None, (path, "read what every page shares")
                compared += 1
            assert compared >= len(paths) - 1
            stopped = Site(run)
            stopped.stop_warming()
            stopped.warm_in_background().join()
            assert stopped._names is None and stopped._whole is None
        finally:
            store.close()


#: An article written for this project from public reports (tests/data/thai-cambodia/README.md):
#: unnamed actors of a state and acting for one, and a meeting dated by an interval.
THAI = Path(__file__).parent / "data" / "thai-cambodia"


@pytest.fixture(scope="module")
def thai_store(built_store, tmp_path_factory) -> Path:
    """The sample build with the Thai-Cambodian ceasefire article ingested from its folder."""
    store = tmp_path_factory.mktemp("thai") / "kg-store"
    shutil.copytree(built_store, store)
    kg_cli("ingest", "--store", store, "thai-cambodia-ceasefire.yaml", cwd=THAI, check=0)
    return store


def page_text(page: str) -> str:
    """A page's visible words, tags removed and spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def crawl(site: Path, facts: set[str]) -> tuple[int, int, int]:
    """Every page of the static export ``site``: (pages, internal links, links to no
    file of the export), each broken link printed. Links are those of the markup and
    those the network's script follows (its embedded JSON); every link to a fact page
    must name one of ``facts``, and no page may show a "qualified role" of its own, nor
    name a node minted from a fact or a claim (a stage, unnamed actors) by its IRI."""
    pages = sorted(site.rglob("*.html"))
    links = broken = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"]*)"', text) + re.findall(r'"href": "([^"]*)"', text):
            target = html.unescape(href).split("#")[0]
            if not target or urllib.parse.urlparse(target).scheme:
                continue
            links += 1
            if not (page.parent / target).resolve().is_file():
                broken += 1
                print("broken:", page.relative_to(site), href)
        for fact in re.findall(r'href="(?:\.\./)*fact/([^"#]+)\.html', text):
            assert fact in facts, (page.relative_to(site), fact)
        # (A query page also shows its SPARQL text, comments included, in a <pre>.)
        shown = page_text(re.sub(r"<script.*?</script>|<pre>.*?</pre>", " ", text, flags=re.S))
        assert "qualified role" not in shown, page.relative_to(site)
        # No node minted from a fact or a claim (a stage, an unnamed actor) is shown by its IRI.
        assert not re.findall(r"\S*(?:claim/|_[a-z][0-9a-f]{12}\b)\S*", shown), page.relative_to(site)
    return len(pages), links, broken


def test_only_facts_are_listed_as_facts_and_every_link_resolves(thai_store, tmp_path):
    """In the static export of the sample corpus plus the ceasefire article, every
    internal link (of the markup, or of a network node or fact in the network's data)
    names a file of the export; the fact pages are exactly the facts
    claims support (no page for a qualified role, an amount or a stage, which are
    nodes minted from a fact's IRI); the fact links of every page are among them."""
    site = tmp_path / "site"
    kg_cli("export", "--store", thai_store, "--format", "html", "-o", site, check=0)
    supported = {r["f"].removeprefix(FACT) for r in sparql_rows(
        thai_store, "SELECT DISTINCT ?f WHERE { ?c <https://w3id.org/geopolitics-kg/ontology#supports> ?f }")}
    assert len(supported) == 85 + 28 and all("_" not in f for f in supported)
    assert {p.stem for p in (site / "fact").glob("*.html")} == supported
    pages, links, broken = crawl(site, supported)
    print(f"{pages} pages, {links} internal links, {broken} broken")
    assert broken == 0 and links > 3000  # 4,461 in 313 pages when written


def test_roles_for_a_state_and_unnamed_actors_of_one(thai_store):
    """Cambodia's page lists every fact naming it, also through an actor acting for it
    (a qualified role) or unnamed actors of its own, each with that role and actor;
    the expulsion's page shows its target acting for Cambodia, the meeting's its two
    ambassadors apart; a period is shown whole. kg serve's links resolve."""
    with serving(thai_store) as served:
        def get(path: str) -> str:
            with urllib.request.urlopen(served["base"] + "/browse/" + path, timeout=60) as r:
                return r.read().decode("utf-8")

        cambodia = get("entity/cambodia")
        listed = set(re.findall(r'class="fact-link" href="/browse/fact/([^"]+)"', cambodia))
        by_participant = {r["fact"] for r in query_rows(thai_store, "facts", participant="Cambodia")}
        assert listed == by_participant and len(listed) == 18
        assert "18 facts of 12 kinds" in page_text(cambodia)
        for fact in sorted(listed):
            assert f"Fact {fact}" in page_text(get("fact/" + fact))  # a 404 would raise
        text = page_text(cambodia)
        for role in ("(role: target: unnamed ambassador, for Cambodia)",
                     "(role: perpetrator: unnamed forces (Cambodia))",
                     "(role: initiator, recalled: unnamed ambassador (Cambodia))"):
            assert role in text
        assert "qualified role" not in text and "on behalf of" not in text
        timeline = set(re.findall(r'href="/browse/fact/([^"]+)"', get("timeline/cambodia")))
        assert timeline == listed
        expulsion = page_text(get("fact/diplomatic-expulsion-thailand-cambodia-2025-07"))
        assert "target unnamed ambassador, for Cambodia Evidence" in expulsion and "qualified role" not in expulsion
        talks = page_text(get("fact/meeting-anwar-hun-manet-phumtham-2025-07-28"))
        assert "observer unnamed ambassador (China); unnamed ambassador (United States)" in talks
        trump = get("entity/donald-trump")
        assert re.search(r'href="/browse/fact/meeting-trump-hun-manet-phumtham-2025-07">[^<]*</a>\s*'
                         r'<span class="date">2025-07-26/2025-07-27</span>', trump)
        assert "2025-07-26/2025-07-27" in get("fact/meeting-trump-hun-manet-phumtham-2025-07")


def test_meetings_tell_unnamed_actors_of_different_states_apart(thai_store):
    """kg query meetings names each unnamed actor with the state it is of."""
    rows = {r["fact"]: r for r in query_rows(thai_store, "meetings")}
    talks = rows["meeting-anwar-hun-manet-phumtham-2025-07-28"]
    assert talks["observers"] == "unnamed ambassador (China), unnamed ambassador (United States)"
    commanders = rows["meeting-thailand-cambodia-commanders-2025-07-29"]
    assert commanders["participants"] == "unnamed military commanders (Cambodia), unnamed military commanders (Thailand)"
    assert rows["meeting-trump-hun-manet-phumtham-2025-07"]["date"] == "2025-07-26/2025-07-27"


def test_a_role_not_held_and_roles_through_other_nodes(tmp_path_factory, tmp_path):
    """A role the text says an actor did not have ({not: M23}) is shown on its fact's
    role row ("not M23") and on the actor's page as the role ("not signatory"), never
    as a fact; every link of the case corpus's export resolves."""
    store = built_once(tmp_path_factory, ROOT / "tests" / "data" / "model-v2-peace")
    site = tmp_path / "site"
    kg_cli("export", "--store", store, "--format", "html", "-o", site, check=0)
    supported = {r["f"].removeprefix(FACT) for r in sparql_rows(
        store, "SELECT DISTINCT ?f WHERE { ?c <https://w3id.org/geopolitics-kg/ontology#supports> ?f }")}
    assert {p.stem for p in (site / "fact").glob("*.html")} == supported
    pages, links, broken = crawl(site, supported)
    assert broken == 0 and links > 500
    m23 = page_text((site / "entity" / "m23.html").read_text(encoding="utf-8"))
    assert "agreement-drc-rwanda-peace-2025-06-27 2025-06-27 (role: not signatory)" in m23
    # (Links inside a cell are inline: removed whole, not read as a gap between words.)
    deal = page_text(re.sub(r"</?a\b[^>]*>", "", (site / "fact" / "agreement-drc-rwanda-peace-2025-06-27.html")
                            .read_text(encoding="utf-8")))
    assert ("signatory Olivier Nduhungirehe, for Rwanda; Thérèse Kayikwamba Wagner, for Democratic Republic of the "
            "Congo; not M23") in deal and "negated role" not in deal


def test_a_fact_page_links_the_facts_and_entities_it_names(tmp_path_factory, tmp_path):
    """On the summit case corpus's export, a fact's page links each value naming another
    fact (gkg:partOf: a banquet part of the summit) or an entity (a participant, the
    host) to that page, whose file exists; a literal (a date) and a class are text."""
    store = built_once(tmp_path_factory, ROOT / "tests" / "data" / "model-v2-summit")
    site = tmp_path / "site"
    kg_cli("export", "--store", store, "--format", "html", "-o", site, check=0)
    parts = sparql_rows(store, f"""SELECT ?f ?whole WHERE {{ GRAPH <{FACTS_GRAPH}> {{
        ?f <https://w3id.org/geopolitics-kg/ontology#partOf> ?whole }} }}""")
    assert len(parts) >= 3
    for r in parts:
        page = (site / "fact" / (r["f"].removeprefix(FACT) + ".html")).read_text(encoding="utf-8")
        row = re.search(r'<th scope="row">part of</th>(.*?)</tr>', page, re.S).group(1)
        links = re.findall(r'<a href="\.\./fact/([^"]+)\.html">', row)
        assert links == [r["whole"].removeprefix(FACT)] * len(links) and links, row
        assert (site / "fact" / (links[0] + ".html")).is_file()
    summit = (site / "fact" / "meeting-sco-summit-tianjin-2025.html").read_text(encoding="utf-8")
    named = sparql_rows(store, f"""SELECT DISTINCT ?e WHERE {{ GRAPH <{FACTS_GRAPH}> {{
        <{FACT}meeting-sco-summit-tianjin-2025> ?p ?e . ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }}
        FILTER(STRSTARTS(STR(?e), "{ID}") && !CONTAINS(STRAFTER(STR(?e), "{ID}"), "/")) }}""")
    linked = set(re.findall(r'<td>(?:[^<]|<a [^>]*>[^<]*</a>)*', summit))
    hrefs = {h for cell in linked for h in re.findall(r'href="\.\./entity/([^"]+)\.html"', cell)}
    assert len(named) >= 3 and hrefs == {r["e"].removeprefix(ID) for r in named}
    for key in hrefs:
        assert (site / "entity" / (key + ".html")).is_file()
    date = re.search(r'<th scope="row">start date</th>(.*?)</tr>', summit, re.S).group(1)
    assert "2025" in date and "<a " not in date


@pytest.mark.parametrize("path", ["entity/%3Cscript%3E", "entity/a%22b", "timeline/a%3Eb", "article/foo%20bar",
                                  "fact/x%20y", "network/a%7Bb"])
def test_a_key_no_iri_may_hold_is_a_404(server, path):
    """A key with a character no IRI may hold (a space, <, ", {) names nothing: the page
    is a 404 that says so, as for an unknown key, and the server keeps answering."""
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(f"{server['base']}/browse/{path}", timeout=30)
    assert caught.value.code == 404 and "no page at" in caught.value.read().decode("utf-8")
    with urllib.request.urlopen(f"{server['base']}/browse/", timeout=30) as r:
        assert r.status == 200


def test_a_refused_claim_shows_as_refused_and_is_no_source(tmp_path_factory, tmp_path):
    """The coup case's refusal to resign ('modality: refused', negative): its fact's page
    and its article's highlight show it as refused, not denied, and count its article as
    stating it negative, no source in its favour, as 'kg query facts' does ("1 (negative)"
    sources, "refused (negative)")."""
    store = built_once(tmp_path_factory, ROOT / "tests" / "data" / "model-v2-coup")
    key = "resignation-rajoelina-president-madagascar-2025-10"
    [row] = [r for r in query_rows(store, "facts", type="Resignation") if r["fact"] == key]
    assert (row["modality"], row["sources"], row["against"]) == ("refused (negative)", "1 (negative)", 0)
    site = tmp_path / "site"
    kg_cli("export", "--store", store, "--format", "html", "-o", site, check=0)
    page = (site / "fact" / f"{key}.html").read_text(encoding="utf-8")
    assert "1 source (negative)" in page_text(page) and "against" not in page_text(page).split("What each source says")[0]
    assert re.findall(r'class="badge modality-(\w+)"', page) == ["refused", "refused"]
    article = (site / "article" / "x01_madagascar_au_suspension.html").read_text(encoding="utf-8")
    assert re.search(r'<mark [^>]*class="[^"]*modality-refused', article), "the refusal is not highlighted as refused"


#: One article whose relations mix modalities: sanctions imposed beside one the text says
#: was not, talks asked for, a meeting considered, a meeting held (and China, named by no fact).
EDGES = ROOT / "tests" / "data" / "browse-edges"


@pytest.fixture(scope="module")
def edges_server(tmp_path_factory):
    """``kg serve`` on the build of the browse-edges case corpus."""
    with serving(built_once(tmp_path_factory, EDGES)) as served:
        yield served


def test_an_edge_is_drawn_as_its_claims_present_its_facts(edges_server, browser):
    """The European Union's sanctions on Russia (two imposed, one the text says was not)
    are drawn asserted and partly denied (dash-dot), not as denied; a meeting only asked
    for or considered is drawn hollow (not said to have happened), not as held; a meeting
    held is solid; the clicked edge says how its claims present it (the sanction not
    imposed as negative: stated not to have happened, which is no denial)."""
    browser.get(edges_server["base"] + "/browse/network")
    wait_for(browser, "window.kgNetwork && window.kgNetwork.edges().length > 0")
    edges = {e["id"]: e for e in browser.execute_script(
        "return window.kgNetwork.edges().map(e => ({id: e.id(), modality: e.data('modality'),"
        " style: e.style('line-style'), dash: e.style('line-dash-pattern'), colour: e.style('line-color'),"
        " outline: parseFloat(e.style('line-outline-width'))}))")}
    sanctions = edges["sanction:european-union:russia"]
    assert (sanctions["modality"], sanctions["style"]) == ("partly denied", "dashed"), sanctions
    for held_or_not in ("meeting:russia:ukraine", "meeting:vladimir-putin:volodymyr-zelensky"):
        assert edges[held_or_not]["modality"] == "planned" and edges[held_or_not]["outline"] > 0, edges[held_or_not]
        assert edges[held_or_not]["colour"] == "rgb(255,255,255)"
    held = edges["meeting:vladimir-putin:xi-jinping"]
    assert (held["modality"], held["style"], held["outline"]) == ("asserted", "solid", 0)
    browser.execute_script("window.kgNetwork.getElementById('sanction:european-union:russia').emit('tap')")
    panel = wait_for(browser, "document.querySelector('#edge-panel .edge-fact') && document.getElementById('edge-panel').innerText")
    assert "1 source; drawn as partly denied; its claims: asserted, negative" in panel and "sanction-eu-russia-gas" in panel
    listed = page_text(fetch(edges_server["base"] + "/browse/network"))
    assert "Russia → Ukraine: meeting, 1 source, drawn as planned (its claims: requested)" in listed


def test_network_labels_do_not_cover_one_another(server, browser):
    """On the sample's whole network no entity's name overlaps another's, and hardly any
    edge runs over an entity it does not join (its straight line within 9 px of that
    entity's centre): the entities are drawn in rings, each wide enough for its names,
    not in a column where every edge between two of them crosses those in between
    (16 such crossings before)."""
    browser.get(server["base"] + "/browse/network")
    wait_for(browser, "window.kgNetwork && window.kgNetwork.nodes().length > 0")
    boxes = browser.execute_script(
        "return window.kgNetwork.nodes().map(n => [n.data('label'), n.boundingBox({includeLabels: true,"
        " includeNodes: false, includeEdges: false})])")
    overlaps = [(a, b) for i, (a, p) in enumerate(boxes) for b, q in boxes[i + 1:]
                if p["x1"] < q["x2"] and q["x1"] < p["x2"] and p["y1"] < q["y2"] and q["y1"] < p["y2"]]
    assert len(boxes) >= 15 and not overlaps, overlaps
    crossed = browser.execute_script("""const cy = window.kgNetwork, out = [];
        cy.edges().forEach(e => { const a = e.source().position(), b = e.target().position();
          cy.nodes().forEach(n => { if (n.same(e.source()) || n.same(e.target())) return;
            const p = n.position(), dx = b.x - a.x, dy = b.y - a.y, l = dx * dx + dy * dy;
            const t = l ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l)) : 0;
            if (Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y) < 9) out.push([e.id(), n.id()]); }); });
        return out;""")
    assert len(crossed) < 5, crossed


def test_an_entity_without_relations_has_no_empty_network(edges_server):
    """China, named by no fact: its page says there is no network to draw nor timeline,
    and links neither; its network page says why, with no empty canvas, and its timeline
    that it is empty. Russia's links its network with the number of its relations;
    counts are in the singular for one."""
    china = fetch(edges_server["base"] + "/browse/entity/china")
    assert "/browse/network/china" not in china
    assert ("No network to draw: no meeting, visit, sanction, expulsion, arms, support or accusation facts name China."
            in page_text(china))
    network = fetch(edges_server["base"] + "/browse/network/china")
    assert 'id="cy"' not in network and "cytoscape" not in network
    assert "No relations to draw: no meeting, visit, sanction, expulsion, arms, support or accusation facts name China" \
        in page_text(network)
    assert "No timeline: no facts name China" in page_text(china) and "/browse/timeline/china" not in china
    assert "No facts name China: its timeline is empty." in page_text(fetch(edges_server["base"] + "/browse/timeline/china"))
    assert "Network around Russia (2 relations)" in page_text(fetch(edges_server["base"] + "/browse/entity/russia"))
    assert "1 fact of 1 kind;" in page_text(fetch(edges_server["base"] + "/browse/entity/xi-jinping"))
    only_meetings = page_text(fetch(edges_server["base"] + "/browse/network/xi-jinping?k=meeting"))
    assert "2 entities in 1 relation." in only_meetings


def test_long_figures_are_grouped_in_thousands(edges_server):
    """A sum in a query's result is printed as kg query's table prints it
    (24,500,000,000), not as a run of eleven digits."""
    page = page_text(fetch(edges_server["base"] + "/browse/query/sanctions?target=Russia"))
    assert "24,500,000,000 EUR" in page and "24500000000" not in page


def test_an_untitled_article_is_listed_by_its_opening_words(server):
    """On the index an article with no title (four of the sample's five) is listed by the
    opening words of its text, quoted, with its id beside, not by its id alone; a titled
    one by its title."""
    index = page_text(fetch(server["base"] + "/browse/"))
    assert ("“In Moscow on Tuesday, Russian President Vladimir Putin engaged in discussions…” 2025-03-04 "
            "000_0f2a5f001831298a") in index
    assert "Myanmar junta chief’s visit fortifies relations with Russia 2022-09-05 " in index


def test_a_fact_of_one_source_says_there_is_nothing_to_compare(edges_server, server):
    """A fact one article gives says so, not how disagreements between its sources are
    marked; a fact of four sources still explains the mark."""
    single = page_text(fetch(edges_server["base"] + "/browse/fact/sanction-eu-russia-diamonds"))
    assert "One source gives this fact: there is no other to compare it with." in single
    assert "Rows marked differs" not in single
    assert "Rows marked differs are given differently" in page_text(fetch(server["base"] + f"/browse/fact/{MEETING}"))


def test_a_fact_s_sources_are_headed_by_their_articles_titles(server):
    """The 2025-03-04 meeting's page heads each source's column, and its evidence, with
    the article's title or, for one with none, its opening words, and its date; the id
    is beside the evidence, not in place of a name."""
    page = fetch(server["base"] + f"/browse/fact/{MEETING}")
    heads = [page_text(h) for h in re.findall(r'<th scope="col">(.*?)</th>', page, re.S)[1:]]
    assert heads[0] == "“In Moscow on Tuesday, Russian President Vladimir Putin engaged in discussions…” 2025-03-04"
    assert len(heads) == 4 and not any(re.search(r"\d{3}_[0-9a-f]{16}", h) for h in heads), heads
    assert "2025-03-04 000_0f2a5f001831298a" in page_text(page)


def test_a_duration_is_shown_in_words(thai_store):
    """A fact's duration (stored as ISO 8601, "five days" as P5D) reads "5 days" on its
    page, not the ISO code."""
    from kg.browse.pages import Site
    from kg.output import solutions
    from kg.store import GraphStore

    store = GraphStore.open(thai_store, read_only=True)
    try:
        page = Site(lambda text: solutions(store.query(text, prefixes=False))).render(
            "fact/conflict-thailand-cambodia-border-2025-07")
    finally:
        store.close()
    rows = {page_text(th): page_text(td) for th, td in re.findall(
        r'<tr[^>]*><th scope="row">(.*?)</th>\s*(.*?)</tr>', page, re.S)}
    assert rows["duration"] == "5 days", rows
    assert "P5D" not in page_text(page)


def test_a_timeline_line_names_who_else_took_part(server, browser):
    """Each line of an entity's timeline names, beside the fact's id, the other
    entities the fact names, each linked to its page: the 2025-03-04 meeting on Min
    Aung Hlaing's timeline names Vladimir Putin and where they met, not Min Aung Hlaing."""
    from selenium.webdriver.common.by import By

    browser.get(server["base"] + "/browse/timeline/min-aung-hlaing")
    lines = browser.execute_script("""return Object.fromEntries(Array.from(document.querySelectorAll(
        'ol.timeline li')).map(li => [li.querySelector('a').textContent, Array.from(li.querySelectorAll(
        '.names a')).map(a => [a.textContent, a.getAttribute('href')])]))""")
    assert lines[MEETING] == [["Moscow", "/browse/entity/moscow"], ["Moscow Kremlin", "/browse/entity/moscow-kremlin"],
                              ["Vladimir Putin", "/browse/entity/vladimir-putin"]]
    assert all("/browse/entity/min-aung-hlaing" not in [h for _, h in names] for names in lines.values())
    assert sum(1 for names in lines.values() if names) >= len(lines) // 2
    browser.find_element(By.CSS_SELECTOR, ".names a[href='/browse/entity/vladimir-putin']").click()
    wait_for(browser, "document.querySelector('h1').textContent === 'Vladimir Putin'")


def test_a_value_only_a_negative_claim_states_is_marked_negative(edges_server):
    """On a fact's page, a value a source states only in a claim saying the fact did
    not happen (the EU's gas sanction, "not affected by the ban") reads "(negative)" (no one denies it),
    but for the fact's class; a value some claim says happened (the diamond ban) is
    shown as it is."""
    def rows(fact: str) -> dict[str, str]:
        with urllib.request.urlopen(f"{edges_server['base']}/browse/fact/{fact}", timeout=60) as r:
            page = r.read().decode("utf-8")
        return {page_text(th): page_text(td) for th, td in re.findall(
            r'<tr[^>]*><th scope="row">(.*?)</th>\s*(.*?)</tr>', page, re.S)}

    gas = rows("sanction-eu-russia-gas")
    assert gas["type"] == "sanction"
    assert gas["target"] == "Russia (negative)" and gas["measure"] == "ban on imports of Russian gas (negative)", gas
    assert all(v.endswith("(negative)") for k, v in gas.items() if k != "type"), gas
    diamonds = rows("sanction-eu-russia-diamonds")
    assert diamonds["target"] == "Russia" and "(negative)" not in " ".join(diamonds.values()), diamonds
