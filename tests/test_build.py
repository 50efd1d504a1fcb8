"""kg build on the sample corpus: the store, its provenance, corroboration, determinism."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib

from conftest import ARTICLES, CORPUS, ROOT, kg_cli, kg_json, run_kg

OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
GKG = rdflib.Namespace("https://w3id.org/geopolitics-kg/ontology#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


def test_build_prints_a_summary(tmp_path):
    proc = kg_cli("build", "--store", tmp_path / "s", check=0)
    assert re.search(r"Built .*: 5 articles, \d{3} claims, \d+ facts", proc.stdout)
    assert "Facts by number of independent sources" in proc.stdout
    assert "conforms" in proc.stdout


def test_store_answers_sparql(built_store):
    rows = kg_json("query", "--store", built_store, "--sparql",
                   "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a gkg:Claim }")
    assert rows[0]["n"] > 150  # several dozen claims per article


def test_stats(built_store):
    s = json.loads(kg_cli("stats", "--store", built_store, "--format", "json", check=0).stdout)
    assert s["articles"] == 5
    assert s["claims"] > 150 and s["facts"] > 60
    assert dict(s["entities_by_class"])["person"] >= 6
    by_sources = dict(s["facts_by_sources"])
    assert max(by_sources) >= 4  # the talks, the visit, the elephants ...
    assert sum(by_sources.values()) == s["facts"]


def _turtle(store):
    data = kg_cli("export", "--store", store, "--format", "turtle", "--no-ontology", check=0).stdout
    return rdflib.Graph().parse(data=data, format="turtle")


def test_every_quote_is_in_its_article_at_its_offsets(built_store):
    g = _turtle(built_store)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in ARTICLES.glob("*.txt")}
    n = 0
    for target in g.subjects(OA.hasSource, None):
        article = g.value(g.value(target, OA.hasSource), DCT.identifier)
        sels = list(g.objects(target, OA.hasSelector))
        quote = next(g.value(s, OA.exact) for s in sels if g.value(s, OA.exact) is not None)
        pos = next(s for s in sels if g.value(s, OA.start) is not None)
        start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
        assert texts[str(article)][start:end] == str(quote)
        n += 1
    assert n > 150


def test_plain_turtle_keeps_full_provenance(built_store):
    """Merged into one graph, every claim still names its article, fact and evidence."""
    g = _turtle(built_store)
    claims = set(g.subjects(rdflib.RDF.type, GKG.Claim))
    assert claims
    for c in claims:
        assert g.value(c, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) is not None
        assert g.value(c, GKG.supports) is not None
        assert g.value(c, GKG.hasEvidence) is not None
        assert g.value(c, GKG.modality) is not None


def _sources(store, fact):
    return kg_json("query", "--store", store, "--sparql", f"""
        SELECT DISTINCT ?article WHERE {{ ?c gkg:supports <https://w3id.org/geopolitics-kg/id/fact/{fact}> ;
                                           prov:wasDerivedFrom/dcterms:identifier ?article }} ORDER BY ?article""")


def test_moscow_talks_are_one_event_with_three_or_more_sources(built_store):
    rows = kg_json("query", "--store", built_store, "--sparql", """
        SELECT DISTINCT ?m WHERE {
          ?m a gkg:Meeting ; gkg:date "2025-03-04"^^xsd:date ; gkg:participant id:vladimir-putin , id:min-aung-hlaing .
          ?m gkg:place/rdfs:label ?place . FILTER(STR(?place) = "Moscow") }""")
    assert len(rows) == 1
    fact = rows[0]["m"].rsplit("/", 1)[1]
    articles = [r["article"] for r in _sources(built_store, fact)]
    assert len(articles) >= 3 and "001_b1905f8d3f03f93f" not in articles


def test_september_2022_trip_is_a_different_event(built_store):
    rows = kg_json("query", "--store", built_store, "--sparql", """
        SELECT DISTINCT ?v ?date WHERE { ?v a gkg:Visit ; gkg:visitor id:min-aung-hlaing ; gkg:date ?d .
                                         BIND(STR(?d) AS ?date) } ORDER BY ?date""")
    dates = {r["date"]: r["v"] for r in rows}
    assert "2022-09" in dates and "2025-03" in dates
    assert dates["2022-09"] != dates["2025-03"]
    assert "001_b1905f8d3f03f93f" in [r["article"] for r in _sources(built_store, dates["2022-09"].rsplit("/", 1)[1])]


def test_reported_speech_names_the_speaker_apart_from_the_publisher(built_store):
    rows = kg_json("query", "--store", built_store, "--sparql", """
        SELECT DISTINCT ?speaker ?via WHERE {
          ?c gkg:modality gkg:Reported ; prov:wasAttributedTo/rdfs:label ?speaker ;
             gkg:hasEvidence/oa:hasTarget/oa:hasSelector/oa:exact ?q .
          OPTIONAL { ?c gkg:reportedVia/rdfs:label ?via }
          FILTER(CONTAINS(?q, "victory must be yours")) }""")
    assert {r["speaker"] for r in rows} == {"Min Aung Hlaing"}
    assert "Agence France-Presse" in {r["via"] for r in rows}


def test_exports_are_byte_identical(tmp_path):
    outs = {}
    for n in (1, 2):
        store = tmp_path / f"s{n}"
        kg_cli("build", "--store", store, "--no-validate", check=0)
        for fmt in ("turtle", "trig", "nquads", "jsonld"):
            out = tmp_path / f"{n}.{fmt}"
            kg_cli("export", "--store", store, "--format", fmt, "-o", out, check=0)
            outs.setdefault(fmt, []).append(out.read_bytes())
    for fmt, (a, b) in outs.items():
        assert a == b, fmt
        assert len(a) > 10000


def test_trig_keeps_one_graph_per_article(built_store):
    data = kg_cli("export", "--store", built_store, "--format", "trig", check=0).stdout
    ds = rdflib.Dataset()
    ds.parse(data=data, format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {f"https://w3id.org/geopolitics-kg/graph/{p.stem}" for p in ARTICLES.glob("*.txt")} <= names
    assert "https://w3id.org/geopolitics-kg/graph/ontology" in names


# -- Claims files read by worker processes ------------------------------------------------

def _nquads(tmp_path, corpus, jobs: int) -> bytes:
    store = tmp_path / f"j{jobs}"
    run_kg("build", "--corpus", corpus, "--store", store, "--no-validate", "--jobs", jobs, check=0)
    return kg_cli("export", "--store", store, "--format", "nquads", check=0).stdout.encode()


def test_workers_build_the_same_store_as_one_process(tmp_path):
    corpus = tmp_path / "c"
    kg_cli("bench", "generate", "--articles", 24, "--seed", 3, "-o", corpus, check=0)
    one, two = _nquads(tmp_path, corpus, 1), _nquads(tmp_path, corpus, 2)
    assert one == two
    assert one.count(b"\n") > 24 * 100


def _refused_corpus(tmp_path) -> Path:
    """The sample corpus with three bad claims files: one claiming an article another
    file claims, one that is no YAML, and one giving a fact of another file another type."""
    corpus = tmp_path / "bad"
    shutil.copytree(CORPUS, corpus)
    claims = sorted((corpus / "claims").glob("*.yaml"))
    first = claims[0].read_text(encoding="utf-8")
    shutil.copy(claims[0], corpus / "claims" / "zz-copy.yaml")
    (corpus / "claims" / "zz-not-yaml.yaml").write_text("article: [\n", encoding="utf-8")
    fact, ftype = (re.search(rf"\n    {k}: (\S+)", first).group(1) for k in ("fact", "type"))
    last = claims[-1].read_text(encoding="utf-8")
    blocks = last.split("\n  - id: ")
    other = next(i for i, b in enumerate(blocks[1:], 1) if re.search(r"\n    type: (\S+)", b).group(1) != ftype)
    blocks[other] = re.sub(r"\n    fact: \S+", f"\n    fact: {fact}", blocks[other], count=1)
    claims[-1].write_text("\n  - id: ".join(blocks), encoding="utf-8")
    return corpus


def test_workers_report_the_same_problems_in_the_same_order(tmp_path):
    corpus = _refused_corpus(tmp_path)
    outs = [run_kg("build", "--corpus", corpus, "--store", tmp_path / f"s{j}", "--jobs", j, check=2).stderr
            for j in (1, 2)]
    assert outs[0] == outs[1]
    last = sorted((corpus / "claims").glob("0*.yaml"))[-1].name
    places = [outs[0].index(f"{name}: ") for name in (last, "zz-copy.yaml", "zz-not-yaml.yaml")]
    assert places == sorted(places), outs[0]
    assert "one fact has one type" in outs[0] and "one claims file per article" in outs[0]
    assert not (tmp_path / "s2").exists()


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _gone(pids: list[int], within: float = 30) -> bool:
    """Whether every process of ``pids`` has ended (or is a zombie) within ``within`` s."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(pid)
        if not alive:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize("stop", ["kill", "ctrl-c"])
def test_a_stopped_build_leaves_no_worker_behind(tmp_path, stop):
    pause = tmp_path / "pause"
    pause.mkdir()
    env = {**os.environ, "KG_TEST_PAUSE": "build-locked", "KG_TEST_PAUSE_DIR": str(pause)}
    # A session of its own, so that Ctrl-C can go to the whole group as a terminal sends it.
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", "--store", tmp_path / "s", "--jobs", "2"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    while not (pause / "build-locked.paused").exists() and proc.poll() is None:
        time.sleep(0.01)
    workers = _children(proc.pid)
    assert len(workers) == 2, proc.communicate()
    if stop == "kill":
        os.kill(proc.pid, signal.SIGKILL)
    else:
        os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert _gone(workers)
    if stop == "ctrl-c":
        assert proc.returncode == 130 and "Traceback" not in err, err
    assert not (tmp_path / "s").exists() or not any((tmp_path / "s").iterdir())


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_corpus_of_three_files_is_read_without_workers(tmp_path):
    corpus = tmp_path / "three"
    shutil.copytree(CORPUS, corpus)
    for extra in sorted((corpus / "claims").glob("*.yaml"))[3:]:
        extra.unlink()
    pause = tmp_path / "pause"
    pause.mkdir()
    env = {**os.environ, "KG_TEST_PAUSE": "build-locked", "KG_TEST_PAUSE_DIR": str(pause)}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", "--corpus", corpus, "--store", tmp_path / "s",
                             "--no-validate", "--jobs", "2"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    while not (pause / "build-locked.paused").exists() and proc.poll() is None:
        time.sleep(0.01)
    assert _children(proc.pid) == []
    (pause / "build-locked.go").touch()
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "Built" in out and ": 3 articles" in out


def test_a_folder_that_is_no_corpus_is_named_and_no_store_is_made(tmp_path):
    (tmp_path / "notes").mkdir()
    proc = kg_cli("build", "--corpus", tmp_path / "notes", "--store", tmp_path / "store", check=2)
    assert f"Error: {tmp_path / 'notes'}: is not a corpus: it has no claims/ folder" in proc.stderr
    assert "'kg init" in proc.stderr and not (tmp_path / "store").exists()


def test_a_build_that_would_drop_ingested_articles_is_refused_without_replace(store_copy, tmp_path):
    # An article added with 'kg ingest' is not in the sample corpus: a plain 'kg build'
    # would drop it, so it keeps the store and says what it would drop.
    text = "Lavrov met Wang Yi in Beijing on 1 April 2025, the ministry said."
    (tmp_path / "new.txt").write_text(text, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(
        'article: {id: 900_new, file: new.txt, url: "https://example.org/a", published: 2025-04-02}\n'
        "entities:\n  - {id: sergei-lavrov, type: Person, label: Sergei Lavrov, aliases: [Lavrov]}\n"
        "  - {id: wang-yi, type: Person, label: Wang Yi}\nclaims:\n"
        "  - {id: m, fact: meeting-lavrov-wang-2025-04-01, type: Meeting, participant: [Lavrov, Wang Yi],\n"
        '     date: 2025-04-01, quote: "Lavrov met Wang Yi in Beijing on 1 April 2025"}\n', encoding="utf-8")
    kg_cli("ingest", "--store", store_copy, tmp_path / "new.yaml", check=0)
    before = kg_cli("export", "--store", store_copy, "--format", "nquads", check=0).stdout
    err = kg_cli("build", "--store", store_copy, check=2).stderr
    assert "holds 1 article(s) this corpus does not (900_new)" in err and "--replace" in err, err
    assert kg_cli("export", "--store", store_copy, "--format", "nquads", check=0).stdout == before
    # The same corpus again drops nothing; --replace drops the article, as asked.
    kg_cli("retract", "--store", store_copy, "900_new", check=0)
    kg_cli("build", "--store", store_copy, "--no-validate", check=0)
    kg_cli("ingest", "--store", store_copy, tmp_path / "new.yaml", check=0)
    proc = kg_cli("build", "--store", store_copy, "--no-validate", "--replace", check=0)
    assert "5 articles" in proc.stdout
    assert json.loads(kg_cli("stats", "--store", store_copy, "--format", "json", check=0).stdout)["articles"] == 5
