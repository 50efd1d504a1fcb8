"""What a new user's three unseen articles (a funeral, a rate rise, embassies closed) found
missing (ontology 2.50.0), each fixed for its kind: a diplomatic mission closed or its
operations suspended (``MissionClosure``, the counterpart of ``MissionOpening``, CAMEO
161); every quantity a claim key gives shown among a fact's details in ``facts`` (a rate
decision's rate set, not only its change); ``indicators -p state=`` finding a figure given
only for a place by that place, as its 'about' column shows it; the articles against a
fact (a negative claim, a denial) counted in an ``against`` column beside ``sources`` and
in the browser; and a draft refused for replacing reviewed claims neither kept in
``drafts/`` nor followed by advice that gives the same refusal.

Each form is read back from an invented article written for it
(``tests/data/model-r60-embassy-closures``), built once for the module by the real ``kg
build`` and read through the canned queries, the browser's pages or SPARQL. Wrong claims
are added together to a copy of the case, and one ``kg ingest --dry-run`` must refuse
each on its own line with its own message.
"""

from __future__ import annotations

import shutil

from casefiles import refused_each_on_its_line

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows, run_kg, sparql_rows

CASE = ROOT / "tests" / "data" / "model-r60-embassy-closures"
ARTICLE = "000_02e2d0b912bf49e4"
CLAIMS = f"claims/{ARTICLE}.yaml"
QUOTE = 'quote: "Kestria suspended the work of its consulate in Port Vale"'

case = built_once_per_module(CASE, build=built_corpus)


def details(store, kind: str) -> dict[str, str]:
    """The ``details`` column of each fact of kind ``kind`` in the canned ``facts`` query."""
    return {f: r["details"] for f, r in by_fact(query_rows(store, "facts", type=kind)).items()}


#: Claims each refused for its own reason while they are read: the words of its message.
WRONG = {
    "a closure in a city, not a state":
        ("{id: x0, fact: mission-closure-x, type: MissionClosure, sendingState: Kestria, receivingState: Port Vale, "
         + QUOTE + "}",
         "receivingState"),
    "a mission kind on a visit":
        ("{id: x1, fact: visit-x, type: Visit, visitor: Kestria, hostState: Ostravia, missionKind: consulate, "
         + QUOTE + "}",
         "key 'missionKind' does not apply to a Visit"),
    "a closure without whose mission it is":
        ("{id: x2, fact: mission-closure-y, type: MissionClosure, receivingState: Ostravia, " + QUOTE + "}",
         "sendingState"),
}


# -- 1. a diplomatic mission closed ----------------------------------------------------------------------------------

def test_each_state_s_closure_is_a_mission_closure_and_a_reopening_stays_an_opening(case):
    closures = details(case, "MissionClosure")
    assert sorted(closures) == ["mission-closure-brelia-ostravia-2026-07-14", "mission-closure-kestria-ostravia-consulate",
                                "mission-closure-zedland-ostravia-2026-07-14"]
    # "temporarily closed", "suspended the work of": status suspended; "for good": none.
    assert "status: suspended" in closures["mission-closure-zedland-ostravia-2026-07-14"]
    assert "mission kind: consulate" in closures["mission-closure-kestria-ostravia-consulate"]
    assert "status" not in closures["mission-closure-brelia-ostravia-2026-07-14"]
    rows = by_fact(query_rows(case, "facts", type="MissionClosure"))
    # A closure is a fact the article asserts, with its source for it: not a denied opening.
    assert {(r["sources"], r["against"], r["polarity"]) for r in rows.values()} == {(1, 0, "positive")}
    # The look-alike: "reopened its embassy" is an opening, and no opening is a closure.
    assert list(details(case, "MissionOpening")) == ["mission-opening-ostravia-kestria-2025"]
    assert sorted(details(case, "closure of a diplomatic mission")) == sorted(closures)  # by its label too


def test_a_closure_is_cameo_161_and_shows_in_the_state_s_timeline(case):
    [row] = sparql_rows(case, "SELECT ?code ?plover WHERE { gkg:MissionClosure gkg:cameoCode ?code ; "
                              "gkg:ploverEventType ?plover }")
    assert (row["code"], row["plover"]) == ("161", "REDUCE_RELATIONS")
    timeline = by_fact(query_rows(case, "timeline", entity="Ostravia"))
    closed = {f: r for f, r in timeline.items() if r["kind"] == "closure of a diplomatic mission"}
    assert sorted(closed) == sorted(details(case, "MissionClosure"))
    assert closed["mission-closure-zedland-ostravia-2026-07-14"]["date"] == "2026-07-14"
    assert "receiving state" in closed["mission-closure-zedland-ostravia-2026-07-14"]["role"]


def test_the_vocabulary_finds_the_closure_by_the_words_an_analyst_would_try():
    for words in ("embassy closed", "closure", "withdrew embassy staff"):
        out = kg_cli("vocabulary", words, check=0).stdout
        assert "MissionClosure (kind of fact" in out, (words, out[:500])
    # The look-alike: an opening is still found as one, and first, by its own words.
    assert kg_cli("vocabulary", "embassy opened", check=0).stdout.startswith("MissionOpening")


def test_wrong_closures_are_refused_each_on_its_line(tmp_path):
    refused_each_on_its_line(CASE, CLAIMS, tmp_path, WRONG)


# -- 2. every quantity among a fact's details ----------------------------------------------------------------------------

def test_a_rate_decision_shows_the_rate_set_beside_its_change(case):
    hike = details(case, "RateDecision")["rate-decision-ostravia-central-bank-2026-07-15"]
    assert "rate: 12.25 percent" in hike and "rate change: 0.5" in hike, hike


def test_every_claim_key_whose_value_is_a_quantity_is_among_the_details(case):
    # Read from the ontology's ranges, not a list: each such key the store's ontology has.
    keys = {r["k"] for r in sparql_rows(case, "SELECT ?k WHERE { ?k rdfs:range schema:QuantitativeValue ; "
                                              "gkg:claimKey true }")}
    assert {"https://w3id.org/geopolitics-kg/ontology#" + k for k in ("rate", "capacity", "grade", "threshold")} <= keys
    text = (ROOT / "queries" / "facts.rq").read_text(encoding="utf-8")
    assert "?dp rdfs:range schema:QuantitativeValue ; gkg:claimKey true" in text
    # The look-alike: an indicator's amount is shown once, not twice (listed and a quantity).
    prices = details(case, "Indicator")["indicator-ostravia-consumer-prices-2026-06"]
    assert prices.count("7.1 percent") == 1, prices


# -- 3. indicators by the place a figure is given for ----------------------------------------------------------------

def test_the_state_filter_finds_what_the_about_column_shows(case):
    everything = by_fact(query_rows(case, "indicators"))
    assert everything["indicator-ostravia-consumer-prices-2026-06"]["about"] == "Ostravia"
    assert list(by_fact(query_rows(case, "indicators", state="Ostravia"))) == ["indicator-ostravia-consumer-prices-2026-06"]
    # The look-alike: a figure about another state is not found by Ostravia, and is by its own.
    assert list(by_fact(query_rows(case, "indicators", state="Zedland"))) == ["indicator-zedland-jobless-rate-2026-06"]
    assert query_rows(case, "indicators", state="Kestria") == []


# -- 4. the articles against a fact ----------------------------------------------------------------------------------

def test_a_fact_only_a_negative_claim_states_is_shown_negative_in_every_listing(case):
    [visit] = query_rows(case, "visits")
    assert (visit["modality"], visit["sources"], visit["against"]) == ("reported (negative)", "1 (negative)", 0)
    [fact] = query_rows(case, "facts", type="Visit")
    assert (fact["sources"], fact["against"]) == ("1 (negative)", 0)
    timeline = by_fact(query_rows(case, "timeline", entity="Ana Novak"))
    assert (timeline[visit["fact"]]["sources"], timeline[visit["fact"]]["against"]) == ("1 (negative)", 0)
    # The look-alike: a fact the article asserts has its source and none against.
    hike = by_fact(query_rows(case, "facts", type="RateDecision"))["rate-decision-ostravia-central-bank-2026-07-15"]
    assert (hike["sources"], hike["against"]) == (1, 0)


def test_the_browser_says_a_fact_stated_not_to_have_happened_has_one_negative_source(case, tmp_path):
    out = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", out, check=0)
    page = (out / "fact" / "visit-ana-novak-ostravia-2026-07.html").read_text(encoding="utf-8")
    assert "1 source (negative)" in page and "against" not in page.split("<table")[0]
    closure = (out / "fact" / "mission-closure-kestria-ostravia-consulate.html").read_text(encoding="utf-8")
    assert "1 source</span>" in closure and "against" not in closure.split("<table")[0]


# -- 5. a draft that would replace reviewed claims ----------------------------------------------------------------------

def test_a_draft_over_reviewed_claims_is_refused_without_drafts_or_advice_that_fails(case, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(case, store)
    work = tmp_path / "work"
    work.mkdir()
    text = CASE / "articles" / f"{ARTICLE}.txt"
    proc = run_kg("ingest", "--extract", text, "--store", store, "--published", "2026-07-15", cwd=work, check=2, in_process=True)
    assert f"the store holds article {ARTICLE} with reviewed claims" in proc.stderr
    assert f"'kg extract {text} -o DIR'" in proc.stderr and f"'kg retract {ARTICLE}'" in proc.stderr
    assert "kg ingest drafts/" not in proc.stderr and "The drafts are kept" not in proc.stderr
    assert list(work.iterdir()) == []  # no drafts/ left where the user ran it
    # What it says works: a draft reviewed in a folder replaces the article.
    drafts = tmp_path / "drafts"
    run_kg("extract", text, "-o", drafts, "--corpus", CASE, "--published", "2026-07-15", check=0, in_process=True)
    [draft] = drafts.glob("*.yaml")
    draft.write_text(draft.read_text(encoding="utf-8").replace("review: drafted", "review: reviewed"), encoding="utf-8")
    done = run_kg("ingest", drafts, "--store", store, "--entities", CASE / "entities.yaml", check=0, in_process=True)
    assert f"Replaced the version of {ARTICLE}" in done.stdout
