"""The analysts' catalog of canned queries (issue 3), run through the real CLI.

Every answer checked here is read off the five sample articles in corpus/articles; the
'conflicts' query also gets a small crafted pair of articles that disagree.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import kg_cli

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTICLES = CORPUS / "articles"

QUERY_NAMES = {
    "meetings", "visits", "agreements", "sanctions", "arms-transfers", "supporters",
    "statements", "legal-actions", "leaders", "trade", "timeline", "profile", "evidence",
    "corroborated", "single-source", "conflicts", "sources",
}


def kg(*args) -> subprocess.CompletedProcess:
    """The ``kg`` command, as a user runs it: the real click group run in this process
    (:func:`conftest.kg_cli`), which spares each of the file's many commands a new
    interpreter importing the package. What is checked here is what a command prints and
    the rows it returns, never what a process does (signals, locks, pipes)."""
    return kg_cli(*args)


def ok(*args) -> str:
    proc = kg(*args)
    assert proc.returncode == 0, f"kg {' '.join(map(str, args))}: exit {proc.returncode}\n{proc.stderr}"
    return proc.stdout


def query(store, name, fmt="json", **params):
    """Rows of a canned query (JSON: a list of row objects): every row, not the first
    page 'kg query' shows by default (a query paged by its own limit keeps its page)."""
    from kg.catalog import get

    args = ["query", name, "--store", store, "--format", fmt]
    if not any(p.type == "limit" for p in get(name).params.values()):
        args.append("--all")
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    out = ok(*args)
    return json.loads(out) if fmt == "json" else out


def fails(*args) -> str:
    """stderr of a command that must fail with the usage/load exit code 2."""
    proc = kg(*args)
    assert proc.returncode == 2, f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert proc.stderr.startswith("Error: ")
    return proc.stderr


def article_text(article_id: str, directory: Path = ARTICLES) -> str:
    with open(directory / f"{article_id}.txt", encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="session")
def store(built_store) -> Path:
    """The sample corpus, built once by 'kg build' (tests/conftest.py). Tests only read it."""
    return built_store


@pytest.fixture(scope="session")
def fact_ids(store) -> set[str]:
    rows = json.loads(ok("query", "--store", store, "--format", "json", "--sparql",
                         "SELECT DISTINCT ?id WHERE { ?c gkg:supports ?f . ?f rdfs:label ?id }"))
    return {r["id"] for r in rows}


def only(rows, **match):
    """The one row whose columns equal ``match``."""
    hits = [r for r in rows if all(r.get(k) == v for k, v in match.items())]
    assert len(hits) == 1, f"{len(hits)} rows match {match}: {rows}"
    return hits[0]


def by_fact(rows, fact):
    return only(rows, fact=fact)


def dated_in_order(rows, column="date"):
    """Dated rows come first, in date order ("since 2021-02", a start, and "until 2021-02",
    an end, by the date they name); undated rows last."""
    dates = [r[column] for r in rows]
    dated = [d for d in dates if d]
    assert dates[:len(dated)] == dated, f"undated rows before dated ones: {dates}"
    assert dated == sorted(dated, key=lambda d: d.removeprefix("since ").removeprefix("until ")), \
        f"not in date order: {dated}"


# -- the catalog --------------------------------------------------------------------------

def _catalog() -> list[dict]:
    proc = kg("queries", "--format", "json")
    return json.loads(proc.stdout) if proc.returncode == 0 else []


CATALOG = _catalog()


def test_kg_queries_lists_every_query():
    assert {q["name"] for q in CATALOG} >= QUERY_NAMES
    table = ok("queries")
    for name in QUERY_NAMES:
        assert name in table
    assert "person?:person" in table  # the parameters, with their types


def test_kg_queries_name_shows_description_parameters_and_sparql():
    out = ok("queries", "supporters")
    assert out.startswith("supporters: ")
    assert "Parameters:" in out and "state (state, required)" in out
    assert "Example: kg query supporters --param state=Myanmar" in out
    assert "SELECT" in out and "PREFIX gkg:" in out and "#+" not in out
    shown = json.loads(ok("queries", "corroborated", "--format", "json"))
    assert shown["params"][0]["name"] == "min" and shown["params"][0]["default"] == 2
    assert "SELECT" in shown["sparql"]


#: Queries about kinds of fact the sample corpus does not report: their example runs on
#: a case corpus that does (an indicator's figure, a military exercise, a tariff).
EXAMPLE_CORPUS = {**{name: ROOT / "tests" / "data" / "model-v2-exercise" for name in ("exercises", "indicators")},
                  "tariffs": ROOT / "tests" / "data" / "model-v2-tariff", "loans": ROOT / "tests" / "data" / "model-v2-loan",
                  "negotiations": ROOT / "tests" / "data" / "query-r64-tarvia-talks",
                  "disqualifications": ROOT / "tests" / "data" / "query-qfix22-varnia-embargo",
                  "protecting-powers": ROOT / "tests" / "data" / "query-qfix23-varnia-mandate",
                  "awards": ROOT / "tests" / "data" / "unseen-newuser48",
                  "holdings": ROOT / "tests" / "data" / "unseen-newuser51"}


@pytest.mark.parametrize("name", sorted(q["name"] for q in CATALOG))
def test_every_query_runs_with_its_example(store, fact_ids, name, tmp_path):
    """A broken query file cannot land: each one answers its own example with rows, and
    every fact row names a real fact and its number of independent sources."""
    shown = json.loads(ok("queries", name, "--format", "json"))
    assert shown["title"] and shown["description"]
    if name in EXAMPLE_CORPUS:
        store = tmp_path / "kg-store"
        ok("build", "--corpus", EXAMPLE_CORPUS[name], "--store", store)
        fact_ids = {r["id"] for r in json.loads(ok("query", "--store", store, "--format", "json", "--sparql",
                                                   "SELECT DISTINCT ?id WHERE { ?c gkg:supports ?f . ?f rdfs:label ?id }"))}
    rows = query(store, name, **shown["example"])
    assert rows, f"{name} with {shown['example']} gave no rows"
    if "fact" in rows[0]:
        assert "sources" in rows[0], f"{name}: fact rows must say how many sources back them"
        for r in rows:
            assert r["fact"] in fact_ids
            assert isinstance(r["sources"], int) and r["sources"] >= 1
    for r in rows:
        for value in r.values():
            assert not (isinstance(value, str) and value.startswith("https://w3id.org/")), \
                f"{name} shows an IRI instead of a label: {value}"


def test_every_query_file_is_standalone_sparql():
    """Each file declares its own prefixes and parses on its own (parameters unbound)."""
    import pyoxigraph as ox

    for path in sorted((ROOT / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("#+ title: "), path.name
        ox.Store().query(text)  # raises SyntaxError if the file is not valid SPARQL


# -- meetings and visits ------------------------------------------------------------------

def test_meetings(store):
    rows = query(store, "meetings")
    talks = by_fact(rows, "talks-putin-min-aung-hlaing-2025-03-04")
    assert talks["date"] == "2025-03-04"
    assert "Vladimir Putin" in talks["participants"] and "Min Aung Hlaing" in talks["participants"]
    assert "Moscow" in talks["place"]
    assert talks["sources"] >= 3
    vladivostok = by_fact(rows, "meeting-putin-min-aung-hlaing-2022-09-vladivostok")
    assert vladivostok["date"] == "2022-09" and vladivostok["place"] == "Vladivostok"
    dated_in_order(rows)


def test_meetings_by_person_and_state(store):
    # Asked for by person, the ceremonies he took part in come too (the Victory Day parade).
    rows = query(store, "meetings", person="min aung hlaing")
    assert {r["fact"] for r in rows} == {
        "talks-putin-min-aung-hlaing-2025-03-04", "meeting-putin-min-aung-hlaing-2022-09-vladivostok",
        "parade-moscow-2025-05-09"}
    assert {r["kind"] for r in rows if r["fact"] == "parade-moscow-2025-05-09"} == {"ceremony"}
    # A state stands for its governments, armed forces and office holders: the junta's
    # officials meeting Mishustin are a Myanmar meeting, and a Russian one (he is PM).
    for state in ("Burma", "MYANMAR", "russia"):
        assert "meeting-mishustin-myanmar-junta-officials" in {
            r["fact"] for r in query(store, "meetings", state=state)}
    assert query(store, "meetings", state="China") == []


def test_visits(store):
    rows = query(store, "visits", person="Min Aung Hlaing")
    march = by_fact(rows, "visit-min-aung-hlaing-russia-2025-03")
    assert march["date"] == "2025-03" and march["ordinal"] == 4
    assert march["host_state"] == "Russia" and march["place"] == "Moscow" and march["sources"] >= 3
    september = by_fact(rows, "visit-min-aung-hlaing-russia-2022-09")
    assert september["date"].startswith("2022-09") and september["place"] == "Vladivostok"
    assert by_fact(rows, "visit-min-aung-hlaing-russia-2021-06")["ordinal"] == 1
    assert by_fact(rows, "visit-min-aung-hlaing-russia-2025-05")["modality"] == "planned"
    dated_in_order(rows)
    assert query(store, "visits", person="Vladimir Putin") == []


# -- agreements, sanctions, arms, supporters ----------------------------------------------

def test_agreements(store):
    rows = query(store, "agreements", state="Myanmar")
    nuclear = by_fact(rows, "agreement-nuclear-plant-russia-myanmar")
    assert nuclear["parties"] == "Myanmar, Russia"
    assert "nuclear" in nuclear["subject"]
    assert "signed" in nuclear["status"].split(", ")  # 004 says proposed: both are shown
    assert nuclear["sources"] == 3
    dawei = by_fact(rows, "agreement-russia-myanmar-dawei-2025-02")
    assert dawei["date"] == "2025-02" and dawei["status"] == "signed"
    assert query(store, "agreements", state="China") == []


def test_sanctions(store):
    rows = query(store, "sanctions")
    west = by_fact(rows, "sanctions-west-myanmar")
    # 001 names no authority for its claim of this sanction: its unnamed one is shown too.
    assert west["authority"] == "the West, unnamed imposers of the sanctions"
    assert "Myanmar military government" in west["target"]
    assert "repression" in west["reason"] and west["sources"] == 5
    on_myanmar = {r["fact"] for r in query(store, "sanctions", target="Burma")}
    assert on_myanmar == {"sanctions-west-myanmar", "exclusion-myanmar-junta-international-gatherings"}
    on_russia = query(store, "sanctions", target="Russia", authority="the west")
    assert [r["fact"] for r in on_russia] == ["sanctions-west-russia"]
    assert "Crimea" in on_russia[0]["reason"]


def test_arms_transfers(store):
    rows = query(store, "arms-transfers")
    jets = by_fact(rows, "arms-russia-myanmar-fighter-jets")
    assert jets["supplier"] == "Russia" and "Myanmar" in jets["recipient"]
    assert jets["items"] == "fighter jets" and jets["quantity"] == 6
    # The transfer to the junta counts as one to Myanmar; China's is not Russia's.
    to_myanmar = query(store, "arms-transfers", supplier="Russian Federation", recipient="myanmar")
    assert {r["fact"] for r in to_myanmar} == {"arms-russia-myanmar", "arms-russia-myanmar-fighter-jets"}
    assert [r["fact"] for r in query(store, "arms-transfers", supplier="China")] == ["arms-china-myanmar"]
    general = by_fact(rows, "arms-russia-myanmar")
    assert general["sources"] == 4 and "drones" in general["items"] and "alleged" in general["modality"]


@pytest.mark.parametrize("state", ["burma", "Myanmar", "MYANMAR"])
def test_supporters_of_myanmar(store, state):
    rows = query(store, "supporters", state=state)
    russia = only(rows, supporter="Russia")
    how = russia["how"].split(", ")
    assert "arms" in how and "diplomatic" in how and "military" in how
    assert russia["evidence"] >= russia["facts"] >= 5 and russia["sources"] == 5
    assert "arms-russia-myanmar-fighter-jets" in russia["fact_ids"]
    assert "arms" in only(rows, supporter="China")["how"]
    assert only(rows, supporter="Vladimir Putin")["acting_for"] == "Russia"
    # The junta and its leader are the government being backed, not its backers.
    names = {r["supporter"] for r in rows}
    assert not names & {"Myanmar", "Myanmar military government", "Min Aung Hlaing", "Myanmar Armed Forces"}
    assert rows[0]["supporter"] == "Russia"  # most sources first


def test_supporters_of_russia(store):
    names = {r["supporter"] for r in query(store, "supporters", state="Russia")}
    assert {"Myanmar military government", "Min Aung Hlaing"} <= names
    assert not names & {"Russia", "Vladimir Putin"}


# -- statements, legal actions, leaders, trade ------------------------------------------

def test_statements(store):
    rows = query(store, "statements", speaker="Min Aung Hlaing")
    victory = [r for r in rows if "I believe that victory must be yours" in r["quote"]]
    assert {r["article"] for r in victory} == {"002_79ba90339376d06f", "003_6e90dc04cbb7a4a9", "004_6755ae55a4596b3b"}
    for r in victory:
        assert r["speaker"] == "Min Aung Hlaing" and r["kind"] == "statement of support"
        assert r["fact"] == "statement-min-aung-hlaing-supports-russia-ukraine-war"
        assert r["sources"] == 4
        # one row per claim: each of its quotes, in the order of the text
        assert all(q in article_text(r["article"]) for q in r["quote"].split(" … "))
    assert only(victory, article="003_6e90dc04cbb7a4a9")["via"] == "Agence France-Presse"
    assert {r["speaker"] for r in rows} == {"Min Aung Hlaing"}
    dated_in_order(rows)


def test_statements_about_and_by_state(store):
    about = query(store, "statements", about="Argentine court")
    assert [(r["speaker"], r["kind"]) for r in about] == [("Myanmar", "rejection")]
    # Putin speaks for Russia: his praise of Myanmar is a statement by Russia about Myanmar.
    kinds = {(r["speaker"], r["kind"]) for r in query(store, "statements", speaker="Russia", about="Myanmar")}
    assert ("Vladimir Putin", "praise") in kinds and ("Russia", "statement of support") in kinds


def test_legal_actions(store):
    rows = query(store, "legal-actions")
    icc = by_fact(rows, "legal-icc-arrest-warrant-min-aung-hlaing")
    assert icc["court"] == "International Criminal Court" and icc["target"] == "Min Aung Hlaing"
    assert set(icc["status"].split(", ")) == {"requested", "under review"}
    assert icc["action"] == "arrest warrant" and "crimes against humanity" in icc["charge"]
    argentina = by_fact(rows, "legal-argentina-arrest-warrant-min-aung-hlaing")
    assert argentina["court"] == "Argentine court" and argentina["status"] == "issued"
    assert argentina["legal_basis"] == "universal jurisdiction" and argentina["date"] == "2025"
    assert [r["fact"] for r in query(store, "legal-actions", court="ICC")] == [icc["fact"]]


def test_leaders(store):
    rows = query(store, "leaders")
    putin = only(rows, holder="Vladimir Putin")
    assert (putin["of"], putin["position"], putin["title"]) == ("Russia", "head of state", "President")
    assert putin["sources"] == 4
    mishustin = only(rows, holder="Mikhail Mishustin")
    assert (mishustin["of"], mishustin["position"], mishustin["title"]) == ("Russia", "head of government", "Prime Minister")
    ruler = only(rows, holder="Min Aung Hlaing")
    assert (ruler["of"], ruler["position"], ruler["since"]) == ("Myanmar", "military ruler", "2021-02")
    assert only(rows, holder="Aung San Suu Kyi")["until"] == "2021-02"
    assert {r["holder"] for r in query(store, "leaders", of="Russia")} == {"Vladimir Putin", "Mikhail Mishustin"}


def test_trade(store):
    rows = query(store, "trade", partner="Myanmar")
    trade = by_fact(rows, "trade-russia-myanmar-2024")
    assert trade["change_percent"] == 40 and trade["period"] == "2024"
    assert trade["partners"] == "Myanmar, Russia"
    assert trade["sources"] == 4 and trade["quotes"] >= trade["sources"]
    assert "Vladimir Putin" in trade["said_by"]


# -- entities -------------------------------------------------------------------------------

def test_timeline(store):
    rows = query(store, "timeline", entity="Min Aung Hlaing")
    talks = by_fact(rows, "talks-putin-min-aung-hlaing-2025-03-04")
    assert talks["date"] == "2025-03-04" and talks["role"] == "participant" and talks["kind"] == "meeting"
    assert talks["with"] == "Vladimir Putin" and talks["sources"] >= 3
    assert by_fact(rows, "legal-icc-arrest-warrant-min-aung-hlaing")["role"] == "target"
    assert "speaker" in by_fact(rows, "praise-min-aung-hlaing-putin-king")["role"]
    # Words attributed to him by a claim count too.
    assert by_fact(rows, "arms-russia-myanmar-fighter-jets")["role"] == "said by"
    dated_in_order(rows)
    assert rows == query(store, "timeline", entity="senior general min aung hlaing")


def test_an_open_start_reads_as_a_start_in_facts_and_timeline(store):
    # Arms Russia has supplied since February 2021 (startDate, no end): "since 2021-02",
    # as 'casualties' and 'exercises' say it, not a bare month a reader takes for a
    # point in time; the coup, dated 2021 and February 2021, is a point and stays bare.
    facts = query(store, "facts", participant="Myanmar", limit=100000)
    assert by_fact(facts, "arms-russia-myanmar")["dates"] == "since 2021-02"
    assert by_fact(facts, "position-min-aung-hlaing-ruler-myanmar")["dates"] == "since 2021 / since 2021-02"
    assert by_fact(facts, "coup-myanmar-2021")["dates"] == "2021 / 2021-02"
    dated_in_order(facts, "dates")
    rows = query(store, "timeline", entity="Min Aung Hlaing")
    assert by_fact(rows, "position-min-aung-hlaing-ruler-myanmar")["date"] == "since 2021-02"
    assert by_fact(rows, "coup-myanmar-2021")["date"] == "2021-02"


OPEN_TEXT = ("Russia has supplied fuel to Myanmar since 2024, when the two signed a fuel deal. Russia supplied rice "
             "to Myanmar from 2019 to 2021. Russia supplied drones to Myanmar for six months from March 2023. Russian "
             "instructors have trained Myanmar pilots since June 2022; the training is to end in December 2026.\n")
OPEN_CLAIMS = """\
article: 903_supplies
claims:
  - {id: fuel, fact: supply-russia-myanmar-fuel-2024, type: Supply, supplier: Russia, recipient: Myanmar, item: fuel,
     startDate: 2024, quote: "Russia has supplied fuel to Myanmar since 2024"}
  - {id: deal, fact: agreement-russia-myanmar-fuel-2024, type: Agreement, party: [Russia, Myanmar], subject: fuel,
     date: 2024, quote: "the two signed a fuel deal"}
  - {id: rice, fact: supply-russia-myanmar-rice-2019, type: Supply, supplier: Russia, recipient: Myanmar, item: rice,
     startDate: 2019, endDate: 2021, quote: "Russia supplied rice to Myanmar from 2019 to 2021"}
  - {id: drones, fact: supply-russia-myanmar-drones-2023, type: Supply, supplier: Russia, recipient: Myanmar,
     item: drones, startDate: 2023-03, duration: six months,
     quote: "Russia supplied drones to Myanmar for six months from March 2023"}
  - {id: training, fact: training-russia-myanmar-pilots-2022, type: Cooperation, participant: [Russia, Myanmar],
     subject: pilot training, startDate: 2022-06, quote: "Russian instructors have trained Myanmar pilots since June 2022"}
  - {id: training-end, fact: training-russia-myanmar-pilots-2022, type: Cooperation, participant: [Russia, Myanmar],
     subject: pilot training, endDate: 2026-12, modality: planned, quote: "the training is to end in December 2026"}
"""


def test_only_a_start_with_neither_end_nor_length_is_shown_as_since(tmp_path):
    store = crafted_store(tmp_path, "- {id: 903_supplies, file: articles/903_supplies.txt, url: null, "
                                    "publisher: null, published: 2025-06-13}\n",
                          {"903_supplies": (OPEN_TEXT, OPEN_CLAIMS)})
    facts = {r["fact"]: r["dates"] for r in query(store, "facts", participant="Myanmar", limit=100000)}
    timeline = {r["fact"]: r["date"] for r in query(store, "timeline", entity="Russia")}
    for dates in (facts, timeline):
        # supplied since 2024: a start; the deal signed in 2024: a point
        assert (dates["supply-russia-myanmar-fuel-2024"], dates["agreement-russia-myanmar-fuel-2024"]) == \
            ("since 2024", "2024"), dates
        # a start with its end, a start with its length: no open start
        assert dates["supply-russia-myanmar-rice-2019"] == "2019/2021"
        assert dates["supply-russia-myanmar-drones-2023"] == "2023-03"
    # an end only planned does not close it, as 'casualties' says it
    assert timeline["training-russia-myanmar-pilots-2022"] == "since 2022-06 (end planned 2026-12)"
    # "since 2024" is placed among 2024's facts, not after every dated one
    assert list(facts)[-2:] == ["agreement-russia-myanmar-fuel-2024", "supply-russia-myanmar-fuel-2024"]
    assert list(timeline)[-2:] == ["agreement-russia-myanmar-fuel-2024", "supply-russia-myanmar-fuel-2024"]


def test_profile(store):
    rows = query(store, "profile", entity="Min Aung Hlaing")
    assert {r["fact"] for r in rows} == {r["fact"] for r in query(store, "timeline", entity="Min Aung Hlaing")}
    icc = [r for r in rows if r["fact"] == "legal-icc-arrest-warrant-min-aung-hlaing"]
    assert len(icc) == 2 and {r["role"] for r in icc} == {"target"}
    for r in rows:
        assert r["quote"] in article_text(r["article"])
        assert r["modality"] in {"asserted", "reported", "planned", "requested", "alleged", "denied"}
    keys = [(r["kind"], r["fact"]) for r in rows]
    assert keys == sorted(keys)


def test_an_entity_parameter_knows_every_name_of_every_labelled_entity(store):
    """A parameter of type `entity` is resolved among the registry's entities, found by
    their skos:prefLabel rather than by reading every label of the store: the names are
    those of every labelled node of the entity namespace (facts and claims aside), and a
    name in other case still resolves through the CLI."""
    rows = json.loads(ok("query", "--store", store, "--format", "json", "--sparql", """
        SELECT DISTINCT ?e ?name WHERE { ?e rdfs:label|skos:altLabel ?name .
          FILTER(STRSTARTS(STR(?e), STR(id:)) && !STRSTARTS(STR(?e), STR(fact:)) && !STRSTARTS(STR(?e), STR(claim:))) }"""))
    from kg.catalog import _candidates
    from kg.entities import normalise
    from kg.namespaces import ID
    from kg.output import solutions
    from kg.store import GraphStore

    db = GraphStore.open(store, read_only=True)
    try:
        found = _candidates("entity", lambda text: solutions(db.query(text, prefixes=False)))
    finally:
        db.close()
    every = {}
    for r in rows:  # each entity's names, and its id (which names it too)
        every.setdefault(r["e"], {normalise(r["e"][len(ID):])}).add(normalise(r["name"]))
    assert len(every) > 20
    assert found == every
    assert query(store, "supplies", party="MYANMAR") == query(store, "supplies", party="Myanmar")


def test_a_capital_or_seat_of_government_names_its_state_as_an_actor(store):
    """"Moscow said", "Downing Street rejected": 'kg extract' reads a capital or seat
    standing as an actor as its state, and so does an actor parameter; a name that is
    neither still fails."""
    russia = query(store, "statements", speaker="Russia")
    assert russia and query(store, "statements", speaker="Moscow") == russia
    myanmar = query(store, "statements", speaker="Myanmar")
    assert myanmar and query(store, "statements", speaker="Naypyidaw") == myanmar  # no registry entity has the name
    err = fails("query", "statements", "--store", store, "--param", "speaker=Kazan")
    assert "no actor called 'Kazan'" in err


def test_a_fact_is_found_by_its_id_in_any_case_or_its_iri(store, fact_ids):
    """A `fact` parameter is looked up by the IRI its id gives, not among every fact's
    names: every fact's only label is its id, so the same fact is found, by id in
    other case, by IRI with or without brackets, and a name that is no fact's id
    still fails with near matches."""
    rows = json.loads(ok("query", "--store", store, "--format", "json", "--sparql",
                         "SELECT ?f (COUNT(DISTINCT ?l) AS ?n) WHERE { ?c gkg:supports ?f . ?f rdfs:label ?l } GROUP BY ?f"))
    assert rows and {r["n"] for r in rows} == {1}
    assert {r["f"].rsplit("/", 1)[1] for r in rows} == fact_ids
    fact = "talks-putin-min-aung-hlaing-2025-03-04"
    expected = query(store, "evidence", fact=fact)
    assert len(expected) >= 3
    iri = f"https://w3id.org/geopolitics-kg/id/fact/{fact}"
    for name in (fact.upper(), f"  {fact} ", iri, f"<{iri}>"):
        assert query(store, "evidence", fact=name) == expected
    err = fails("query", "evidence", "--store", store, "--param", "fact=talks-putin-min-aung-hlaing-2025-03")
    assert "no fact called" in err and fact in err


def test_evidence_quotes_are_verbatim_at_their_offsets(store):
    rows = query(store, "evidence", fact="talks-putin-min-aung-hlaing-2025-03-04")
    assert len({r["article"] for r in rows}) >= 3
    for r in rows:
        text = article_text(r["article"])
        assert text[r["start"]:r["end"]] == r["quote"]
        assert r["publisher"].startswith("unknown") and r["article_date"].startswith("2025-03")
    assert {r["publisher"] for r in rows if r["article"] == "002_79ba90339376d06f"} == {
        "unknown (original source: news.az)"}
    reported = query(store, "evidence", fact="arms-russia-myanmar-fighter-jets")
    assert [(r["said_by"], r["modality"]) for r in reported] == [("Min Aung Hlaing", "reported")]


# -- sources and corroboration --------------------------------------------------------------

def test_corroborated(store):
    rows = query(store, "corroborated")
    counts = [r["sources"] for r in rows]
    assert counts == sorted(counts, reverse=True) and min(counts) >= 2
    assert counts[0] == 5
    five = {r["fact"] for r in rows if r["sources"] == 5}
    assert {"coup-myanmar-2021", "position-min-aung-hlaing-ruler-myanmar", "sanctions-west-myanmar"} <= five
    assert {r["fact"] for r in query(store, "corroborated", min=5)} == five
    assert len(by_fact(rows, "invasion-ukraine-2022")["articles"].split(", ")) == 5


def test_single_source(store):
    rows = query(store, "single-source")
    assert rows and {r["sources"] for r in rows} == {1}
    keys = [(r["kind"], r["fact"]) for r in rows]
    assert keys == sorted(keys)
    assert by_fact(rows, "legal-argentina-arrest-warrant-min-aung-hlaing")["article"] == "004_6755ae55a4596b3b"
    corroborated = {r["fact"] for r in query(store, "corroborated")}
    assert not corroborated & {r["fact"] for r in rows}
    one = query(store, "single-source", article="001_b1905f8d3f03f93f")
    assert one and {r["article"] for r in one} == {"001_b1905f8d3f03f93f"}


def test_sources(store):
    rows = query(store, "sources")
    assert len(rows) == 5
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    for r in rows:
        assert r["publisher"] == "unknown" and r["date_inferred"] is True
        assert r["claims"] > 0 and r["facts"] > 0
        assert r["corroborated"] + r["single_source"] == r["facts"]
    assert only(rows, article="002_79ba90339376d06f")["original_source"] == "news.az"
    stats = json.loads(ok("stats", "--store", store, "--format", "json"))
    assert sum(r["claims"] for r in rows) == stats["claims"]


# -- conflicts ------------------------------------------------------------------------------

def test_conflicts_in_the_sample(store):
    rows = query(store, "conflicts")
    status = [r for r in rows if r["fact"] == "agreement-nuclear-plant-russia-myanmar" and r["property"] == "status"]
    assert {r["value"]: r["articles"] for r in status} == {
        "proposed": "004_6755ae55a4596b3b", "signed": "000_0f2a5f001831298a, 003_6e90dc04cbb7a4a9"}
    assert only(status, value="proposed")["modality"] == "planned"
    # "Moscow" (three articles) and "Moscow Kremlin" (one of them, which also says Moscow)
    # do not disagree; nor do 2022-09 and 2022-09-05.
    assert not [r for r in rows if r["fact"] in ("talks-putin-min-aung-hlaing-2025-03-04",
                                                 "visit-min-aung-hlaing-russia-2022-09")]


SUMMIT_A = ("Russian President Vladimir Putin met Senior General Min Aung Hlaing in Naypyidaw on "
            "12 June 2025. Russia handed over 12 helicopters to the Myanmar military government.\n")
SUMMIT_B = ("Putin and Min Aung Hlaing held talks in Naypyidaw on 14 June 2025, state media said. "
            "Moscow delivered 10 helicopters to the junta, according to Reuters.\n")
ARTICLES_YAML = """\
- id: 901_summit_a
  file: articles/901_summit_a.txt
  url: https://example.org/901
  publisher: null
  published: 2025-06-13
- id: 902_summit_b
  file: articles/902_summit_b.txt
  url: null
  publisher: reuters
  published: 2025-06-15
"""
CLAIMS_A = """\
article: 901_summit_a
claims:
  - id: summit
    fact: talks-putin-min-aung-hlaing-2025-06
    type: Meeting
    participant: [Vladimir Putin, Min Aung Hlaing]
    place: Naypyidaw
    date: 2025-06-12
    quote: "Vladimir Putin met Senior General Min Aung Hlaing in Naypyidaw on 12 June 2025"
  - id: trip
    fact: visit-putin-myanmar-2025-06
    type: Visit
    visitor: Vladimir Putin
    hostState: Myanmar
    place: Naypyidaw
    date: 2025-06
    quote: "Vladimir Putin met Senior General Min Aung Hlaing in Naypyidaw"
  - id: helicopters
    fact: arms-russia-myanmar-helicopters-2025-06
    type: ArmsTransfer
    supplier: Russia
    recipient: Myanmar military government
    item: helicopters
    quantity: 12
    quote: "Russia handed over 12 helicopters to the Myanmar military government"
"""
CLAIMS_B = """\
article: 902_summit_b
claims:
  - id: talks
    fact: talks-putin-min-aung-hlaing-2025-06
    type: Meeting
    participant: [Vladimir Putin, Min Aung Hlaing]
    place: Naypyidaw
    date: 2025-06-14
    quote: "Putin and Min Aung Hlaing held talks in Naypyidaw on 14 June 2025"
  - id: trip
    fact: visit-putin-myanmar-2025-06
    type: Visit
    visitor: Vladimir Putin
    hostState: Myanmar
    date: 2025-06-14
    quote: "held talks in Naypyidaw on 14 June 2025"
  - id: helicopters
    fact: arms-russia-myanmar-helicopters-2025-06
    type: ArmsTransfer
    supplier: Russia
    recipient: Myanmar military government
    item: helicopters
    quantity: 10
    modality: reported
    said_by: Myanmar state media
    via: Reuters
    quote: "Moscow delivered 10 helicopters to the junta, according to Reuters"
"""


def crafted_store(root: Path, articles_yaml: str, files: dict[str, tuple[str, str]]) -> Path:
    """Build a store under ``root`` from a crafted corpus with the sample registry:
    ``files`` maps an article id to (its text, its claims file)."""
    corpus = root / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "claims").mkdir()
    shutil.copy(CORPUS / "entities.yaml", corpus / "entities.yaml")
    (corpus / "articles.yaml").write_text(articles_yaml, encoding="utf-8")
    for article, (text, claims) in files.items():
        (corpus / "articles" / f"{article}.txt").write_text(text, encoding="utf-8")
        (corpus / "claims" / f"{article}.yaml").write_text(claims, encoding="utf-8")
    path = root / "kg-store"
    ok("build", "--store", path, "--corpus", corpus)
    return path


@pytest.fixture(scope="module")
def summit_store(tmp_path_factory) -> Path:
    """Two crafted reports of one summit that disagree on its date and on a number."""
    return crafted_store(tmp_path_factory.mktemp("summit"), ARTICLES_YAML,
                         {"901_summit_a": (SUMMIT_A, CLAIMS_A), "902_summit_b": (SUMMIT_B, CLAIMS_B)})


def test_conflicts_between_crafted_articles(summit_store):
    rows = query(summit_store, "conflicts")
    got = {(r["fact"], r["property"], r["value"]): r["articles"] for r in rows}
    assert got == {
        ("arms-russia-myanmar-helicopters-2025-06", "quantity", "10"): "902_summit_b",
        ("arms-russia-myanmar-helicopters-2025-06", "quantity", "12"): "901_summit_a",
        ("talks-putin-min-aung-hlaing-2025-06", "date", "2025-06-12"): "901_summit_a",
        ("talks-putin-min-aung-hlaing-2025-06", "date", "2025-06-14"): "902_summit_b",
    }  # the place agrees, and the visit's month 2025-06 agrees with its day 2025-06-14
    assert only(rows, value="10")["modality"] == "reported"
    assert {r["sources"] for r in rows} == {2}
    assert [r["fact"] for r in query(summit_store, "conflicts", fact="talks-putin-min-aung-hlaing-2025-06")] == [
        "talks-putin-min-aung-hlaing-2025-06"] * 2


POLARITY_ARTICLES = """\
- id: 903_deal_yes
  file: articles/903_deal_yes.txt
  url: null
  publisher: null
  published: 2025-06-13
- id: 904_deal_no
  file: articles/904_deal_no.txt
  url: null
  publisher: reuters
  published: 2025-06-15
"""
DEAL_YES = "Russia handed over 12 helicopters to the Myanmar military government.\n"
DEAL_NO = "Myanmar state media said that Russia did not deliver any helicopters to the junta.\n"
DEAL = """\
    fact: arms-russia-myanmar-helicopters-2025-06
    type: ArmsTransfer
    supplier: Russia
    recipient: Myanmar military government
    item: helicopters
"""


def test_conflicts_flag_a_fact_said_to_happen_and_not_to_happen(tmp_path):
    """One article says the helicopters were delivered, another quotes state media saying
    they were not: the conflict is the fact's polarity, one row per side, with the
    speaker of the negative claim; a fact with one polarity is not listed."""
    yes = ("article: 903_deal_yes\nclaims:\n  - id: delivered\n" + DEAL
           + '    quote: "Russia handed over 12 helicopters to the Myanmar military government"\n')
    no = ("article: 904_deal_no\nclaims:\n  - id: not-delivered\n" + DEAL
          + "    modality: reported\n    said_by: Myanmar state media\n    polarity: negative\n"
          + '    quote: "Russia did not deliver any helicopters to the junta"\n')
    store = crafted_store(tmp_path, POLARITY_ARTICLES, {"903_deal_yes": (DEAL_YES, yes), "904_deal_no": (DEAL_NO, no)})
    rows = query(store, "conflicts")
    assert {(r["fact"], r["property"], r["value"]): (r["articles"], r["said_by"], r["modality"]) for r in rows} == {
        ("arms-russia-myanmar-helicopters-2025-06", "polarity", "negative"): ("904_deal_no", "Myanmar state media", "reported"),
        ("arms-russia-myanmar-helicopters-2025-06", "polarity", "positive"): ("903_deal_yes", "", "asserted"),
    }
    assert {r["sources"] for r in rows} == {1}  # the negative claim does not back the fact
    assert query(store, "conflicts", fact="arms-russia-myanmar-helicopters-2025-06") == rows
    ok("retract", "--store", store, "904_deal_no")
    assert query(store, "conflicts") == []


def test_a_statement_without_a_single_date_shows_its_interval(tmp_path):
    """A statement the article dates to a season (an interval) is listed under that
    interval as start/end, not under the article's publication date."""
    text = "Vladimir Putin praised Min Aung Hlaing for the talks held in autumn 2031.\n"
    claims = ("article: 905_praise\nclaims:\n  - id: praise\n    fact: praise-putin-min-aung-hlaing-2031\n"
              "    type: Praise\n    speaker: Vladimir Putin\n    about: Min Aung Hlaing\n    date: autumn 2031\n"
              '    quote: "Vladimir Putin praised Min Aung Hlaing"\n')
    articles = "- id: 905_praise\n  file: articles/905_praise.txt\n  url: null\n  publisher: null\n  published: 2031-12-02\n"
    store = crafted_store(tmp_path, articles, {"905_praise": (text, claims)})
    (row,) = query(store, "statements", speaker="Vladimir Putin")
    assert (row["date"], row["fact"], row["kind"]) == ("2031-09/2031-11", "praise-putin-min-aung-hlaing-2031", "praise")


def test_a_threat_shows_what_is_threatened_on_what_condition_and_by_when(tmp_path):
    text = "Russia threatened Myanmar with sanctions if the junta did not free the prisoners by June.\n"
    claims = ("article: 906_threat\nclaims:\n  - id: threat\n    fact: threat-russia-myanmar-2031\n    type: Threat\n"
              "    speaker: Russia\n    about: Myanmar\n    threatenedAction: sanctions\n"
              "    condition: if the junta does not free the prisoners\n    deadline: 2031-06\n"
              '    quote: "Russia threatened Myanmar with sanctions if the junta did not free the prisoners by June"\n')
    articles = "- id: 906_threat\n  file: articles/906_threat.txt\n  url: null\n  publisher: null\n  published: 2031-05-02\n"
    store = crafted_store(tmp_path, articles, {"906_threat": (text, claims)})
    (row,) = query(store, "statements", about="Myanmar")
    assert (row["kind"], row["threat"]) == ("threat", "sanctions, if the junta does not free the prisoners, by 2031-06")
    assert {r["threat"] for r in query(store, "statements", quote="prisoners")} == {row["threat"]}


def test_disagreeing_values_show_in_the_fact_queries(summit_store):
    meeting = only(query(summit_store, "meetings"), fact="talks-putin-min-aung-hlaing-2025-06")
    assert meeting["date"] == "2025-06-12 / 2025-06-14" and meeting["sources"] == 2
    arms = only(query(summit_store, "arms-transfers"), fact="arms-russia-myanmar-helicopters-2025-06")
    assert arms["quantity"] == "10 / 12"
    visit = only(query(summit_store, "visits"), fact="visit-putin-myanmar-2025-06")
    assert visit["date"] == "2025-06-14"  # the most precise of 2025-06 and 2025-06-14
    evidence = query(summit_store, "evidence", fact="arms-russia-myanmar-helicopters-2025-06")
    b = only(evidence, article="902_summit_b")
    assert (b["publisher"], b["via"], b["said_by"]) == ("Reuters", "Reuters", "Myanmar state media")
    for r in evidence:
        directory = summit_store.parent / "corpus" / "articles"
        assert article_text(r["article"], directory)[r["start"]:r["end"]] == r["quote"]


# -- parameters -----------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    'x" } ; DROP ALL #',
    "x' } } ; CLEAR ALL ; #",
    "Min Aung Hlaing\" }\nSELECT * WHERE { ?s ?p ?o } #",
    "<https://w3id.org/geopolitics-kg/id/vladimir-putin> } #",
])
def test_a_parameter_cannot_change_the_query(store, value):
    err = fails("query", "meetings", "--store", store, "--param", f"person={value}")
    assert "no person called" in err
    assert query(store, "meetings")  # the store is untouched


@pytest.mark.parametrize("value", [
    'victory" ) } ; DROP ALL #',
    "victory') } #",
    "victory\n} UNION { ?s ?p ?o } #",
    "{ } ; #",
])
def test_a_string_parameter_is_one_literal(store, value):
    assert query(store, "statements", quote=value) == []
    rows = query(store, "statements", quote="victory must be yours")
    assert len(rows) == 3 and all("victory must be yours" in r["quote"] for r in rows)  # 002, 003, 004
    # Straight and curly quotes alike; any case.
    assert query(store, "statements", quote="“I BELIEVE") == query(store, "statements", quote='"i believe')
    assert {r["quote"] for r in query(store, "statements", quote="Myanmar's military")} >= {
        "But Myanmar’s military follows through claiming it is fighting “terrorists”, seeking to bring back "
        "peace and re-establish democratic rule"}


def test_entities_by_label_alias_any_case_or_iri(store):
    expected = query(store, "visits", person="Min Aung Hlaing")
    for name in ("min aung hlaing", "SENIOR GENERAL MIN AUNG HLAING", "Hlaing", "min-aung-hlaing",
                 "https://w3id.org/geopolitics-kg/id/min-aung-hlaing",
                 "<https://w3id.org/geopolitics-kg/id/min-aung-hlaing>"):
        assert query(store, "visits", person=name) == expected


def test_unknown_value_lists_near_matches(store):
    err = fails("query", "visits", "--store", store, "--param", "person=min aung hlain")
    assert "no person called 'min aung hlain'" in err and "near matches: Min Aung Hlaing" in err
    err = fails("query", "supporters", "--store", store, "--param", "state=Burmah")
    assert "burma" in err
    # A name of the wrong kind says what it is and which parameter takes it.
    assert "'Russia' is a state, not a person: use --param state=Russia" in \
        fails("query", "visits", "--store", store, "--param", "person=Russia")
    assert "no fact called" in fails("query", "evidence", "--store", store, "--param", "fact=no-such-fact")
    assert "whole number" in fails("query", "corroborated", "--store", store, "--param", "min=two")


def test_missing_required_parameter(store):
    for name, param in (("supporters", "state"), ("timeline", "entity"), ("profile", "entity"), ("evidence", "fact")):
        assert f"needs --param {param}=" in fails("query", name, "--store", store)


def test_unknown_query_or_parameter_name(store):
    assert "no canned query named 'meeting'" in fails("query", "meeting", "--store", store)
    assert "did you mean meetings" in fails("query", "meeting", "--store", store)
    assert "no canned query named 'nope'" in fails("queries", "nope")
    assert "has no parameter country" in fails("query", "meetings", "--store", store, "--param", "country=Russia")


# -- output formats -------------------------------------------------------------------------

def test_output_formats(store):
    rows = query(store, "leaders", of="Russia")
    table = query(store, "leaders", fmt="table", of="Russia")
    # A table fits the terminal's width ($COLUMNS) where one is set: a header cut to fit
    # ends in "…" and begins as the column's name; where names would be cut, each row is
    # a record of its non-empty fields.
    assert "(2 rows)" in table
    if table.startswith("-[ row 1 ]"):
        fields = {line.split()[0] for line in table.splitlines() if not line.startswith(("-[", "(", " "))}
        assert fields == {k for k, v in rows[0].items() if v not in (None, "")} | {
            k for k, v in rows[1].items() if v not in (None, "")}
    else:
        header = table.splitlines()[0].split()
        assert len(header) == len(rows[0])
        assert all(name.startswith(cell.rstrip("…")) and (cell == name or cell.endswith("…"))
                   for cell, name in zip(header, rows[0]))
    parsed = list(csv.DictReader(io.StringIO(query(store, "leaders", fmt="csv", of="Russia"))))
    assert [r["holder"] for r in parsed] == [r["holder"] for r in rows]
    assert parsed[0]["sources"] == str(rows[0]["sources"])
    tsv = query(store, "leaders", fmt="tsv", of="Russia").splitlines()
    assert tsv[0].split("\t") == [f"?{v}" for v in rows[0]] and len(tsv) == 3  # W3C TSV
    sj = json.loads(query(store, "leaders", fmt="sparql-json", of="Russia"))
    assert sj["head"]["vars"] == list(rows[0])
    bindings = sj["results"]["bindings"]
    assert len(bindings) == 2
    assert bindings[0]["holder"] == {"type": "literal", "value": rows[0]["holder"]}
    assert bindings[0]["sources"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_order_is_stable(store):
    for name, params in (("statements", {}), ("profile", {"entity": "Russia"}), ("single-source", {})):
        assert query(store, name, fmt="csv", **params) == query(store, name, fmt="csv", **params)


ID = "https://w3id.org/geopolitics-kg/id/"


@pytest.mark.parametrize("name, param, iri", [
    ("timeline", "entity", ID + "min-aung-hlaing"),
    ("profile", "entity", ID + "russia"),
    ("supporters", "state", ID + "myanmar"),
    ("evidence", "fact", ID + "fact/talks-putin-min-aung-hlaing-2025-03-04"),
    ("meetings", "person", ID + "vladimir-putin"),
    ("facts", "participant", ID + "vladimir-putin"),
    ("statements", "speaker", ID + "min-aung-hlaing"),
    ("leaders", "of", ID + "russia"),
])
def test_a_parameter_bound_inside_subqueries_changes_no_rows(store, tmp_path, name, param, iri):
    """'kg query' binds a parameter at the start of the query and of every subquery that
    names it, so a subquery can start from the entity instead of reading every fact. Read
    by SPARQL's scoping (a subquery's variables are its own unless projected), the same
    file with the parameter bound once, outside, gives the same rows: the binding inside
    buys speed only. (A subquery that chooses a page gets it too: bound outside only,
    the page would be cut before the parameter applies.) So does the term written in
    place of the variable everywhere, as a remote endpoint gets it."""
    import pyoxigraph as ox

    from kg.catalog import _code, inject_values, write_terms

    text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    assert text.count("\nWHERE {") == 1
    outside_only = tmp_path / f"{name}.rq"
    outside_only.write_text(inject_values(text, {param: ox.NamedNode(iri)}, inside=False), encoding="utf-8")
    rows = query(store, name, **{param: iri})
    assert rows, f"{name} has no rows for {iri}: the comparison would prove nothing"
    assert json.loads(ok("query", outside_only, "--store", store, "--format", "json")) == rows
    # As a remote endpoint gets it: the term written in place of the variable.
    written = tmp_path / f"{name}-written.rq"
    written.write_text(write_terms(text, {param: ox.NamedNode(iri)}), encoding="utf-8")
    assert f"?_{param}" not in _code(written.read_text(encoding="utf-8")).split("\nWHERE {", 1)[1]
    assert json.loads(ok("query", written, "--store", store, "--format", "json")) == rows


def test_a_repeated_subquery_is_evaluated_once_with_the_same_rows(store):
    """'kg query' evaluates a subquery that a canned query repeats (the page of
    `corroborated`, written twice) once, and gives each copy its solutions as a VALUES
    table; a page chosen first (`facts`: the facts asked for, cut to a page, then each
    subquery describing them) is evaluated before the rest, which starts from its
    solutions instead of every fact asked for. The rows are those of the text evaluated
    as written."""
    import re

    import pyoxigraph as ox

    from kg.catalog import _code, execute, get
    from kg.output import solutions

    db = ox.Store.read_only(str(store))
    texts = []

    def run(text):
        texts.append(text)
        return solutions(db.query(text, use_default_graph_as_union=True))

    cases = [("corroborated", {"min": "1", "limit": "5", "offset": "1"}, 2), ("corroborated", {}, 2),
             # The facts asked for (twice in the page), the page, the whole.
             ("facts", {"participant": "Russia", "limit": "7", "offset": "2"}, 3), ("facts", {}, 3),
             ("facts", {"type": "Meeting", "limit": "1"}, 3),
             # The entity's facts (three times in the page), the page, the whole.
             ("timeline", {"entity": "Myanmar"}, 3), ("timeline", {"entity": "Russia", "limit": "4", "offset": "1"}, 3),
             # The trips asked for (selection_first), then the whole.
             ("journeys", {"traveller": "Min Aung Hlaing"}, 2), ("journeys", {}, 2),
             # The state's meetings, the page, the whole (selection_first: 2).
             ("meetings", {"person": "Min Aung Hlaing"}, 3), ("meetings", {"state": "Russia"}, 3)]
    for name, params, evaluations in cases:
        query = get(name)
        bound = query.bind(params, run)
        as_written = run(bound)
        texts.clear()
        # (journeys and meetings describe the facts their first subquery chooses: as 'kg
        # query' runs them, that subquery first, their header's selection_first.)
        first = query.selection_first if name in ("journeys", "meetings") else False
        assert execute(bound, run, first=first) == as_written and as_written[1], (name, params)
        assert len(texts) == evaluations, (name, params)
        if name in ("facts", "timeline"):
            # No subquery of the whole chooses facts any more: each starts from the page.
            assert "SELECT DISTINCT ?ft" not in texts[-1] and "?pe ?_entity" not in texts[-1]
            assert "VALUES (?f)" in texts[-1]
            assert len(as_written[1]) <= int(params.get("limit", 100))
        if name in ("journeys", "meetings"):
            # Every subquery starts from the facts chosen first (one a row), not from the
            # subquery of the classes, which reads every trip or gathering of the store.
            assert not re.search(r"VALUES \?(tq|gathering_class)\b", _code(texts[-1]))
            tables = re.findall(r"VALUES \(\?(?:trip|meeting)\) \{([^}]*)\}", texts[-1])
            assert len(tables) > 10 and {t.count("(<") for t in tables} == {len(as_written[1])}, (name, params)


def test_a_state_reaches_organisations_linked_to_it(tmp_path):
    """An organisation whose name does not mention its state still answers for it when
    the registry links them ('of'), here in a claims file for a new article."""
    store = tmp_path / "kg-store"
    ok("build", "--store", store, "--no-validate")
    (tmp_path / "a.txt").write_text("China delivered drones to the Office of the Commander-in-Chief, "
                                    "the ministry said.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("""
article: {id: 910_drones, file: a.txt, url: null, published: 2025-04-01}
entities:
  - {id: office-of-the-commander-in-chief, type: ArmedForces, label: Office of the Commander-in-Chief, of: myanmar}
claims:
  - id: drones
    fact: arms-china-myanmar-drones-2025
    type: ArmsTransfer
    supplier: China
    recipient: Office of the Commander-in-Chief
    item: drones
    quote: "China delivered drones to the Office of the Commander-in-Chief"
""", encoding="utf-8")
    ok("ingest", "--store", store, tmp_path / "a.yaml")
    rows = query(store, "arms-transfers", recipient="Burma")
    assert "arms-china-myanmar-drones-2025" in {r["fact"] for r in rows}
    supporters = {r["supporter"] for r in query(store, "supporters", state="myanmar")}
    assert "China" in supporters


def test_of_must_name_a_state(tmp_path):
    (tmp_path / "entities.yaml").write_text(
        "- {id: x, type: Person, label: X}\n- {id: y, type: Government, label: Y, of: x}\n", encoding="utf-8")
    from kg.entities import load_registry
    from kg.errors import InputError

    with pytest.raises(InputError, match="'of' must be the id of a State"):
        load_registry(tmp_path / "entities.yaml")


# -- per-fact summaries and pages ---------------------------------------------------------

SUMMARY = """SELECT ?p ?o WHERE { GRAPH <https://w3id.org/geopolitics-kg/graph/facts> {
  fact:arms-russia-myanmar-helicopters-2025-06 ?p ?o .
  VALUES ?p { gkg:sourceCount gkg:supportingSourceCount gkg:denyingSourceCount gkg:claimCount gkg:quoteCount
              gkg:firstReported gkg:lastReported gkg:disputedProperty } } } ORDER BY ?p ?o"""


def summary(store) -> dict[str, list]:
    """The summary of the helicopter deal in the derived graph: property -> values."""
    rows = json.loads(ok("query", "--store", store, "--format", "json", "--sparql", SUMMARY))
    out: dict[str, list] = {}
    for r in rows:
        out.setdefault(r["p"].rsplit("#", 1)[-1], []).append(r["o"])
    return out


def test_summaries_follow_each_ingest_and_retract(tmp_path):
    """The summary of a fact in the derived graph changes with the articles backing it,
    in the same write: a second article saying the deal did not happen adds a claim and a
    denying source (not a source), a later report date and a dispute on the polarity;
    retracting it gives back what the first article alone gave; ingested again as a
    denial, it is a source but not one in the fact's favour, and there is no dispute."""
    yes = ("article: 903_deal_yes\nclaims:\n  - id: delivered\n" + DEAL
           + '    quote: "Russia handed over 12 helicopters to the Myanmar military government"\n')
    no = ("article: 904_deal_no\nclaims:\n  - id: not-delivered\n" + DEAL
          + "    modality: reported\n    said_by: Myanmar state media\n    polarity: negative\n"
          + '    quote: "Russia did not deliver any helicopters to the junta"\n')
    first, second = POLARITY_ARTICLES.split("- id: 904_deal_no")
    store = crafted_store(tmp_path / "one", first, {"903_deal_yes": (DEAL_YES, yes)})
    alone = summary(store)
    assert alone == {"sourceCount": [1], "supportingSourceCount": [1], "denyingSourceCount": [0], "claimCount": [1],
                     "quoteCount": [1], "firstReported": ["2025-06-13"], "lastReported": ["2025-06-13"]}

    corpus = tmp_path / "one" / "corpus"
    claims = corpus / "claims" / "904_deal_no.yaml"
    claims.write_text(no, encoding="utf-8")
    (corpus / "articles" / "904_deal_no.txt").write_text(DEAL_NO, encoding="utf-8")
    (corpus / "articles.yaml").write_text(first + "- id: 904_deal_no" + second, encoding="utf-8")
    ok("ingest", "--store", store, claims)
    assert summary(store) == {
        "sourceCount": [1], "supportingSourceCount": [1], "denyingSourceCount": [1], "claimCount": [2],
        "quoteCount": [2], "firstReported": ["2025-06-13"], "lastReported": ["2025-06-15"],
        "disputedProperty": ["https://w3id.org/geopolitics-kg/ontology#polarity"]}
    assert [r["fact"] for r in query(store, "corroborated", min=1)] == ["arms-russia-myanmar-helicopters-2025-06"]
    assert query(store, "corroborated", min=1)[0]["denied_in"] == "904_deal_no"

    ok("retract", "--store", store, "904_deal_no")
    assert summary(store) == alone
    assert query(store, "conflicts") == []

    # Read again as a denial by state media: a source of the fact, not one in its favour.
    claims.write_text(no.replace("    polarity: negative\n", "").replace("modality: reported", "modality: denied"),
                      encoding="utf-8")
    ok("ingest", "--store", store, claims)
    denied = summary(store)
    assert (denied["sourceCount"], denied["supportingSourceCount"], denied["denyingSourceCount"]) == ([2], [1], [1])
    assert "disputedProperty" not in denied
    assert [r["fact"] for r in query(store, "single-source")] == []


def test_summaries_of_a_build_name_the_disputed_properties(summit_store):
    """A build writes the summaries too: the crafted summit reports disagree on the
    helicopters' number and on the talks' date (not on their place), exactly the pairs
    'conflicts' lists."""
    rows = json.loads(ok("query", "--store", summit_store, "--format", "json", "--sparql",
                         "SELECT ?f ?p WHERE { ?f gkg:disputedProperty ?p }"))
    pairs = {(r["f"].rsplit("/", 1)[-1], r["p"].rsplit("#", 1)[-1]) for r in rows}
    assert pairs == {("arms-russia-myanmar-helicopters-2025-06", "quantity"), ("talks-putin-min-aung-hlaing-2025-06", "date")}
    assert {(r["fact"], r["property"]) for r in query(summit_store, "conflicts")} == pairs


PAGED = ["corroborated", "single-source", "sources", "conflicts", "timeline"]


@pytest.mark.parametrize("name", PAGED)
def test_pages_split_the_rows_in_their_order(store, name):
    """limit and offset cut the full list, in its order, into pages that neither overlap
    nor leave a row out; the default page is 100 rows."""
    params = {"corroborated": {"min": 1}, "timeline": {"entity": "Russia"}}.get(name, {})
    everything = query(store, name, limit=100000, **params)
    assert len(everything) >= 2, f"{name}: too few rows to page"
    assert query(store, name, **params) == everything[:100]
    size = max(1, len(everything) // 3)
    pages = [query(store, name, limit=size, offset=start, **params) for start in range(0, len(everything), size)]
    assert [r for page in pages for r in page] == everything
    assert query(store, name, limit=5, offset=len(everything), **params) == []


def test_single_source_pages_beyond_the_default(store):
    """A page of 10 from the 41st row is the 41st to 50th of the whole list."""
    everything = query(store, "single-source", limit=1000)
    assert query(store, "single-source", limit=10, offset=40) == everything[40:50]


def test_single_source_pages_across_kinds(store):
    """The page is chosen by the kind's rank first and the fact id only within the
    page's kinds: a page straddling the end of one kind and the start of the next, or
    starting on a kind's first row, is that slice of the whole list."""
    everything = query(store, "single-source", limit=1000)
    starts = [i for i in range(1, len(everything)) if everything[i]["kind"] != everything[i - 1]["kind"]]
    assert len(starts) >= 5
    for i in starts[::3]:  # every third boundary: each query is a run of the CLI
        assert query(store, "single-source", limit=3, offset=i - 1) == everything[i - 1:i + 2]
        assert query(store, "single-source", limit=1, offset=i) == everything[i:i + 1]


@pytest.mark.parametrize("value, message", [
    ("limit=0", "--param limit: expected a whole number of rows, from 1 to 100000, got '0'"),
    ("limit=-3", "--param limit: expected a whole number of rows, from 1 to 100000, got '-3'"),
    ("limit=100001", "--param limit: expected a whole number of rows, from 1 to 100000, got '100001'"),
    ("limit=ten", "--param limit: expected a whole number of rows, from 1 to 100000, got 'ten'"),
    ("offset=-1", "--param offset: expected a whole number of rows, 0 or more, got '-1'"),
    ("offset=1.5", "--param offset: expected a whole number of rows, 0 or more, got '1.5'"),
    ("offset=1 OFFSET 2", "--param offset: expected a whole number of rows, 0 or more, got '1 OFFSET 2'"),
])
def test_a_bad_page_is_refused(store, value, message):
    assert message in fails("query", "sources", "--store", store, "--param", value)


def test_the_page_parameters_are_shown(store):
    shown = ok("queries", "single-source")
    assert "limit (limit, optional, default 100)" in shown and "offset (offset, optional, default 0)" in shown
    assert "LIMIT and OFFSET clauses, since SPARQL cannot bind them" in " ".join(ok("query", "--help").split())


@pytest.fixture(scope="module")
def exercise_store(tmp_path_factory) -> Path:
    """The case corpus of a military exercise, a deployment and an indicator
    (tests/data/model-v2-exercise), built once by 'kg build'."""
    path = tmp_path_factory.mktemp("exercise") / "kg-store"
    ok("build", "--corpus", ROOT / "tests" / "data" / "model-v2-exercise", "--store", path)
    return path


def test_facts_show_names_sizes_amounts_and_who_gave_the_figures(exercise_store):
    """`facts` says what an exercise is called and how big it is, an indicator's amount,
    and which speaker gave a figure (the claims stating it name them: 'said_by')."""
    rows = {r["fact"]: r for r in query(exercise_store, "facts", limit=100000)}
    drills = rows["exercise-zedland-brelia-northern-shield-2031"]["details"].split("; ")
    assert "event name: Northern Shield-2031" in drills
    assert "personnel: 20000 servicemen (said by Zedland defence ministry)" in drills
    assert "equipment count: about 1500 weapons and pieces of equipment (said by Zedland defence ministry)" in drills
    # A figure the article gives in its own voice names nobody.
    # (Where the forces were sent is a detail, as a journey's or a displacement's destination is.)
    assert rows["deployment-tarsia-northern-frontier-2031-09"]["details"] == ("destination: Tarsia; part of place: northern frontier; "
                                                                             "personnel: some 12000 troops")
    assert rows["indicator-zedland-active-troops-2031"]["details"] == (
        "amount: about 60000 active troops (said by Zedland defence ministry); indicator: active troops")


def test_facts_of_a_state_include_its_unnamed_actors(exercise_store):
    """`facts participant=Tarsia` finds the facts whose actor is an unnamed group of
    Tarsia ('two Tarsian officers', 'three Tarsian journalists'), beside those Tarsia is
    in a role of; a state no unnamed group belongs to gains nothing."""
    tarsia = {r["fact"] for r in query(exercise_store, "facts", participant="Tarsia")}
    assert {"rank-tarsian-officers-major-2031-09", "legal-port-vale-court-tarsian-journalists-2031-09",
            "exercise-zedland-brelia-northern-shield-2031"} <= tarsia  # officers of Tarsia observed the drills
    assert {"incursion-zedland-drones-tarsia-2031-09-10", "border-closure-tarsia-brelia-2031-09"} <= tarsia
    assert "release-brelia-12-prisoners-2031-09" not in tarsia
    zedland = {r["fact"] for r in query(exercise_store, "facts", participant="Zedland")}
    assert "rank-tarsian-officers-major-2031-09" not in zedland


#: An article written for this project from public reports (tests/data/thai-cambodia/README.md):
#: its claims name actors the article leaves unnamed, tied to a state ({actor: unnamed
#: ambassador, of: United States}) or acting for one ({actor: ..., for: cambodia}).
THAI = ROOT / "tests" / "data" / "thai-cambodia"


@pytest.fixture(scope="module")
def thai_store(store, tmp_path_factory) -> Path:
    """The sample build with the Thai-Cambodian ceasefire article ingested."""
    path = tmp_path_factory.mktemp("thai") / "kg-store"
    shutil.copytree(store, path)
    proc = kg_cli("ingest", "--store", path, "thai-cambodia-ceasefire.yaml", cwd=THAI)
    assert proc.returncode == 0, proc.stderr
    return path


def test_unnamed_actors_are_named_with_their_state(thai_store):
    """facts and timeline name an unnamed actor with the state it is of, as 'meetings'
    and the evidence browser do; facts finds a fact through unnamed actors of the
    participant asked for."""
    observed = "meeting-anwar-hun-manet-phumtham-2025-07-28"
    facts = {r["fact"]: r for r in query(thai_store, "facts", participant="United States")}
    # Anwar Ibrahim hosted the talks and mediated them: a participant, and the mediator named as such.
    assert facts[observed]["participants"] == (
        "Anwar Ibrahim, Hun Manet, Phumtham Wechayachai, mediator: Anwar Ibrahim, unnamed ambassador (China), "
        "unnamed ambassador (United States)")
    cambodia = {r["fact"]: r for r in query(thai_store, "facts", participant="Cambodia")}
    assert len(cambodia) == 18
    assert cambodia["attack-cambodia-sisaket-2025-07"]["participants"] == "unnamed forces (Cambodia)"
    timeline = {r["fact"]: r for r in query(thai_store, "timeline", entity="Cambodia")}
    assert timeline["envoy-recall-thailand-cambodia-2025-07"] == {
        "date": "2025-07", "kind": "envoy recall", "fact": "envoy-recall-thailand-cambodia-2025-07",
        "role": "recalled from", "with": "Thailand, unnamed ambassador (Thailand)", "modality": "asserted",
        "sources": 1, "against": 0, "first_reported": "2025-07-28"}
    # Facts naming Cambodia directly, through an actor acting for it, or only through
    # unnamed actors of its own ("unnamed forces (Cambodia)"): the same facts as 'facts'.
    assert set(timeline) == set(cambodia)
    assert timeline["attack-cambodia-sisaket-2025-07"]["role"] == "perpetrator, through unnamed forces"


def test_unnamed_speakers_are_named_with_their_state(thai_store):
    """The speaker columns name an unnamed speaker with the state it is of: the war's
    toll, said by officials of both governments the article does not name."""
    toll = "conflict-thailand-cambodia-border-2025-07"
    evidence = query(thai_store, "evidence", fact=toll)
    assert sorted(r["said_by"] or "" for r in evidence) == [
        "", "unnamed officials (Cambodia), unnamed officials (Thailand)",
        "unnamed officials (Cambodia), unnamed officials (Thailand)"]
    # Every speaker of the claim, as evidence gives them (not the first alone).
    profile = [r for r in query(thai_store, "profile", entity="Cambodia") if r["fact"] == toll and r["said_by"]]
    assert {r["said_by"] for r in profile} == {"unnamed officials (Cambodia), unnamed officials (Thailand)"}


def test_statements_list_what_a_speaker_calls_a_fact(tmp_path_factory):
    """A characterisation a claim attributes to a speaker is a statement of that speaker
    (corpus/CLAIMS.md: "what Rwanda calls 'defensive measures'", "It wasn't a coup"):
    `statements` lists it with its category as the subject, and a label the speaker
    rejects as a denial. The text's own characterisation ("the M23 rebel group") names
    no speaker and is not listed."""
    from conftest import built_once

    coup = built_once(tmp_path_factory, ROOT / "tests" / "data" / "model-v2-coup")
    rows = [(r["speaker"], r["kind"], r["about"], r["subject"], r["modality"], r["fact"])
            for r in query(coup, "statements", speaker="Michael Randrianirina") if "characterisation" in r["kind"]]
    seizure = "seizure-capsat-madagascar-2025-10-14"
    assert rows == [
        ("Michael Randrianirina", "denial of characterisation", seizure, "coup", "denied",
         "characterisation-randrianirina-coup-label-2025-10"),
        ("Michael Randrianirina", "characterisation", seizure, "a case of taking responsibility", "reported",
         "characterisation-randrianirina-taking-responsibility-2025-10")]
    peace = built_once(tmp_path_factory, ROOT / "tests" / "data" / "model-v2-peace")
    facts = {r["fact"] for r in query(peace, "statements")}
    assert facts and not facts & {"characterisation-m23-rebel-group", "characterisation-fdlr-hutu-militia"}


@pytest.mark.parametrize("text, code, comments_only", [
    # A '#' in an IRI or a string starts no comment; a comment's quotes open no string.
    ('SELECT ?x # a "comment"\nWHERE { ?x <http://e.org/a#b> "x # y" }',
     'SELECT ?x              \nWHERE { ?x <http://e.org/a#b> "     " }',
     'SELECT ?x              \nWHERE { ?x <http://e.org/a#b> "x # y" }'),
    # A long string runs over lines and past an escaped quote.
    ('FILTER(?a = """multi\nline \\""" ok""")', 'FILTER(?a = """                  """)',
     'FILTER(?a = """multi\nline \\""" ok""")'),
    ("'it''s' 'a\\'b' # end", "'  '' ' '    '      ", "'it''s' 'a\\'b'      "),
    # An unterminated string runs to the end of the text.
    ('"unterminated # not a comment', '"                            ', '"unterminated # not a comment'),
])
def test_query_syntax_is_read_past_comments_strings_and_iris(text, code, comments_only):
    """What the catalog searches for syntax in (LIMIT clauses, subqueries, gkg:supports):
    the text with comments and string contents blanked, of the same length."""
    from kg.catalog import _code

    assert _code(text) == code and _code(text, strings=False) == comments_only


def test_an_actor_is_looked_up_in_the_registry_first_then_among_unnamed_actors(store):
    """An actor parameter resolves among the registry's entities first (kg/catalog.py,
    resolve); a name only unnamed actors have is still looked up among them, so its
    answer is the same as before: here several claims' unnamed groups share it, and the
    message says so with their facts."""
    rows = query(store, "statements", speaker="min aung hlaing")
    assert rows and all("Min Aung Hlaing" in r["speaker"] for r in rows)
    err = fails("query", "statements", "--store", store, "--param", "speaker=Unnamed imposers of the sanctions")
    assert "'Unnamed imposers of the sanctions' are unnamed actors that" in err and "their facts: " in err, err


@pytest.mark.parametrize("name, var, tops", [("agreements", "agreement_class", ("Agreement", "Lease")),
                                             ("meetings", "meeting_class", ("Gathering",)),
                                             # (what every subquery starts from: ceremonies too,
                                             # which 'meetings -p attendee=' lists)
                                             ("meetings", "gathering_class", ("Gathering", "Ceremony"))])
def test_class_lists_hold_every_subclass_in_the_ontology(name, var, tops):
    """agreements and meetings list a fact's classes in VALUES (Virtuoso 7 answers
    a/rdfs:subClassOf* wrongly, docs/external-stores.md): every list in the query is the
    top classes (agreements: agreements and leases, concessions among them) and all their
    subclasses in the ontology, so a new subclass is not missed."""
    import re

    import rdflib

    gkg = "https://w3id.org/geopolitics-kg/ontology#"
    g = rdflib.Graph().parse(ROOT / "ontology" / "geopolitics.ttl")
    wanted = {str(c)[len(gkg):] for top in tops
              for c in g.transitive_subjects(rdflib.RDFS.subClassOf, rdflib.URIRef(gkg + top))}
    text = (ROOT / "queries" / f"{name}.rq").read_text()
    lists = re.findall(rf"VALUES \?{var} {{([^}}]*)}}", text)
    assert lists and len(lists) == text.count(f"?{var}") // 2
    for found in lists:
        assert {t.removeprefix("gkg:") for t in found.split()} == wanted
    assert "rdfs:subClassOf*" not in text


# A resignation ends the office it names (facts as reported by The Hindu and EFE,
# 7 November 2023; the text is ours).
RESIGNATION_TEXT = ("Portugal's prime minister resigns over an investigation\n\n"
                    "LISBON, Nov 7 - Portugal's Prime Minister António Costa resigned on Tuesday, hours "
                    "after prosecutors said he was the target of an investigation into lithium and hydrogen "
                    "deals. Costa, in office since 2015, said his conscience was clear. President Marcelo "
                    "Rebelo de Sousa accepted the resignation.\n")
RESIGNATION_ARTICLES = """\
- id: 905_costa_resigns
  file: articles/905_costa_resigns.txt
  url: null
  publisher: null
  published: 2023-11-07
"""
RESIGNATION_CLAIMS = """\
article: 905_costa_resigns
entities:
  - {id: portugal, type: State, label: Portugal}
  - {id: antonio-costa, type: Person, label: António Costa, aliases: [Costa], of: portugal}
  - {id: marcelo-rebelo-de-sousa, type: Person, label: Marcelo Rebelo de Sousa, of: portugal}
claims:
  - id: costa-pm
    fact: position-antonio-costa-prime-minister-portugal
    type: PositionHeld
    holder: António Costa
    position: head of government
    title: Prime Minister
    positionOf: Portugal
    startDate: 2015
    quote: "Portugal's Prime Minister António Costa"
  - id: president
    fact: position-marcelo-rebelo-de-sousa-president-portugal
    type: PositionHeld
    holder: Marcelo Rebelo de Sousa
    position: head of state
    title: President
    positionOf: Portugal
    quote: "President Marcelo Rebelo de Sousa"
  - id: resigned
    fact: resignation-antonio-costa-2023-11-07
    type: Resignation
    resigning: António Costa
    resignedFrom: position-antonio-costa-prime-minister-portugal
    date: 2023-11-07
    quote: "Portugal's Prime Minister António Costa resigned on Tuesday"
"""


def test_a_resignation_ends_the_office_in_leaders_and_in_the_browser(tmp_path):
    """A reported resignation from an office (gkg:resignedFrom) ends it as 'leaders'
    reads it, though no claim of the office gives an end: former, until the
    resignation's date with its kind; the holder's page in the browser shows that end.
    (The browser's index names the untitled article by its headline line.)"""
    store = crafted_store(tmp_path, RESIGNATION_ARTICLES, {"905_costa_resigns": (RESIGNATION_TEXT, RESIGNATION_CLAIMS)})
    rows = query(store, "leaders", of="Portugal")
    costa = only(rows, holder="António Costa")
    assert (costa["tenure"], costa["since"], costa["until"]) == ("former", "2015", "2023-11-07 (resignation)")
    assert only(rows, holder="Marcelo Rebelo de Sousa")["tenure"] == "current"
    ok("export", "--store", store, "-F", "html", "-o", tmp_path / "site")
    page = (tmp_path / "site" / "entity" / "antonio-costa.html").read_text(encoding="utf-8")
    row = page[page.index("position-antonio-costa-prime-minister-portugal") - 400:]
    assert "<td>2015</td><td>2023-11-07 (resignation)</td>" in row
    # The untitled article is named by its headline line alone, not run into its lead.
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "“Portugal&#39;s prime minister resigns over an investigation”" in index


def test_a_did_you_mean_offers_close_names_of_the_fitting_kind_or_none(store):
    """An unknown name gets near matches only about as close as the closest, those of
    the kind the parameter is named for first; a short name inside the word typed ("us"
    in "rusia", "an" of "an argentine court" in "atlantis") is no near match."""
    err = fails("query", "leaders", "--store", store, "--param", "of=atlantis")
    assert err.rstrip().endswith("no entity called 'atlantis' in the graph")
    err = fails("query", "meetings", "--store", store, "--param", "state=rusia")
    assert err.rstrip().endswith("no state called 'rusia' in the graph; near matches: Russia")
    err = fails("query", "exercises", "--store", store, "--param", "state=rusian")  # an actor parameter
    assert "near matches: Russia, " in err and "United States" not in err
    err = fails("query", "leaders", "--store", store, "--param", "person=putn")
    assert err.rstrip().endswith("near matches: Vladimir Putin (\"putin\")")
