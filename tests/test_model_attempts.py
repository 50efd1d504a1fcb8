"""Constructs a newcomer could not write for a report of a failed coup attempt
(tests/data/model-attempts, an invented wire report): an attempt that did not achieve its
aim (status attempted), a swearing-in of unnamed commanders by a named president
(appointedBy, a stage sworn in), the heaviest penalty a law sets for a charge
(maximumPenalty, beside the sentence a court imposes), a law adopted by a named body
(adoptedBy on a Legislation), rivals (Rivalry) and a short delay in words ("moments
after"). Built by the real ``kg build`` and read back through the canned queries; a key
outside its class is refused with exit 2 and leaves the store as it was. Also what a new
user met in the queries on the same kind of report: a sanction's status given only as a
dated stage, candidates named without results, a deployment by a state's army, a fact
type or a date no fact could have (refused, not answered with no rows), and rows written
to a file named as a graph.
"""

from __future__ import annotations

import pytest
from casefiles import assert_refused
from conftest import ROOT, built_once, by_fact, kg_cli, query_rows, sparql_rows

from kg.namespaces import FACT, GKG

CASE = ROOT / "tests" / "data" / "model-attempts"
CLAIMS = "claims/000_attempt-ostravia.yaml"
COUP, COMMAND = "coup-attempt-ostravia-2029-06-26", "army-command-ostravia-2029-06-26"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return built_once(tmp_path_factory, CASE)


@pytest.fixture(scope="module")
def facts(store):
    return by_fact(query_rows(store, "facts", limit=100))


def test_the_case_validates_with_shacl_and_hermit(store):
    out = kg_cli("validate", "--store", store, check=0).stdout
    assert "conforms" in out and "does NOT conform" not in out and "HermiT" in out


def test_a_failed_coup_is_an_attempted_seizure_of_power_not_a_seizure(store, facts):
    row = facts[COUP]
    assert row["kind"] == "seizure of power"
    assert set(row["details"].split("; ")) == {"status: attempted", "outcome: failed"}
    [status] = sparql_rows(store, f"""PREFIX gkg: <{GKG}>
        SELECT ?label WHERE {{ <{FACT}{COUP}> gkg:status ?s . ?s rdfs:label ?label }}""")
    assert status["label"] == "attempted"


def test_a_swearing_in_names_who_appointed_the_unnamed_commanders(store, facts):
    row = facts[COMMAND]
    assert row["participants"] == "Ostravia, Tomas Varga, unnamed army commanders (Ostravia)"
    roles = {r["fact"]: r["role"] for r in query_rows(store, "timeline", entity="Tomas Varga")}
    assert roles[COMMAND] == "appointed by"
    [stage] = [r for r in query_rows(store, "stages") if r["fact"] == COMMAND]
    assert (stage["status"], stage["date"]) == ("sworn in", "2029-06-26")
    [leader] = query_rows(store, "leaders", of="Ostravia")
    assert (leader["position"], leader["holder"]) == ("military commander", "unnamed army commanders")


def test_the_penalty_a_law_sets_is_not_a_sentence(store, facts):
    row = facts["case-ostravia-rusk-armed-uprising"]
    assert "maximum penalty: up to 20 years in prison" in row["details"].split("; ")
    [action] = query_rows(store, "legal-actions")
    assert (action["charge"], action["sentence"]) == ("armed uprising", None)


def test_a_law_adopted_by_a_named_assembly(store, facts):
    row = facts["law-ostravia-army-command-2029-06-27"]
    assert row["participants"] == "National Assembly of Ostravia, Ostravia"
    roles = {r["fact"]: r["role"] for r in query_rows(store, "timeline", entity="National Assembly of Ostravia")}
    assert roles["law-ostravia-army-command-2029-06-27"] == "adopted by"


def test_rivals_are_a_rivalry_of_both(store, facts):
    assert (facts["rivalry-rusk-varga"]["kind"], facts["rivalry-rusk-varga"]["participants"]) == \
        ("rivalry", "Pavel Rusk, Tomas Varga")


def test_moments_after_keeps_the_words_and_makes_up_no_bound(store, facts):
    assert facts["detention-rusk-2029-06-26"]["dates"] == f"(moments after {COMMAND})"
    rows = sparql_rows(store, f"""PREFIX gkg: <{GKG}>
        SELECT ?words ?min ?max WHERE {{ ?rt gkg:delayLabel ?words OPTIONAL {{ ?rt gkg:minDelay ?min }} OPTIONAL {{ ?rt gkg:maxDelay ?max }} }}""")
    assert [(r["words"], r.get("min"), r.get("max")) for r in rows] == [("moments", None, None)]


def test_a_rival_on_another_class_is_refused_naming_the_keys_it_takes(store, tmp_path):
    assert_refused(CASE, CLAIMS, store, tmp_path,
                   '{id: x, fact: meeting-x, type: Meeting, rival: [Pavel Rusk, Tomas Varga], quote: "now his rival"}',
                   "key 'rival' does not apply to a Meeting: its domain is Rivalry")


def test_a_rivalry_of_one_is_refused_by_the_shapes(store, tmp_path):
    from casefiles import with_claims
    path, first = with_claims(CASE, CLAIMS, tmp_path, ['{id: x, fact: rivalry-x, type: Rivalry, rival: Pavel Rusk, quote: "now his rival"}'])
    proc = kg_cli("build", "--corpus", path.parent.parent, "--store", tmp_path / "s", check=2)
    assert f"claim 'x' (line {first}): fact 'rivalry-x' (Rivalry): a rivalry needs two or more rivals" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


# -- the canned queries read stages, candidates without results and a state's forces ---------

def test_sanctions_show_a_status_given_only_as_a_dated_stage(store):
    row = by_fact(query_rows(store, "sanctions", authority="Brelia"))["sanction-brelia-ostravia-trade"]
    assert (row["status"], row["measure"]) == ("suspended (2029-02)", "trade sanctions")


def test_elections_list_candidates_the_sources_name_without_a_result(store):
    rows = query_rows(store, "elections", place="Ostravia")
    assert sorted(r["candidate"] for r in rows) == ["Pavel Rusk", "Tomas Varga"]
    assert [r["candidate"] for r in query_rows(store, "elections", candidate="Rusk")] == ["Pavel Rusk"]


def test_exercises_of_a_state_include_its_armed_forces_deployments(store):
    [row] = query_rows(store, "exercises", state="Ostravia")
    assert (row["fact"], row["held_by"]) == ("deployment-ostravian-army-airport-2029-06-26", "Ostravian Army")


# -- parameters and outputs a query cannot answer are refused, not answered with no rows -----

@pytest.mark.parametrize("param, message", [
    ("type=Coup", "--param type: 'Coup' is not a kind of fact of the ontology; did you mean 'seizure of power'?"),
    # The nearest kind first ('greeting or gesture' may follow it).
    ("type=meting", "did you mean 'meeting'"),
    ("date=June-2029", "--param date: expected a date, month or year (2031-05-02, 2031-05 or 2031), got 'June-2029'"),
    ("date=26/06/2029", "got '26/06/2029'"),
    ("date=2029-13", "--param date: 2029-13 has no month 13"),
])
def test_a_fact_type_or_date_no_fact_could_have_is_refused(store, param, message):
    proc = kg_cli("query", "facts", "--store", store, "-p", param, check=2)
    assert message in proc.stderr and "Traceback" not in proc.stderr and not proc.stdout


@pytest.mark.parametrize("param, fact", [("type=seizure of power", COUP), ("type=SeizureOfPower", COUP),
                                         ("type=event", COUP), ("date=2029-06", COUP), ("date=2029", COUP)])
def test_class_names_labels_and_periods_are_still_accepted(store, param, fact):
    key, value = param.split("=")
    assert fact in {r["fact"] for r in query_rows(store, "facts", **{key: value})}


def test_rows_written_to_a_graph_file_are_refused(store, tmp_path):
    out = tmp_path / "s.ttl"
    proc = kg_cli("query", "sanctions", "--store", store, "-o", out, check=2)
    assert "a turtle file holds a graph, and these results are rows" in proc.stderr and not out.exists()
    kg_cli("query", "sanctions", "--store", store, "-o", tmp_path / "s.csv", check=0)
    assert (tmp_path / "s.csv").read_text().startswith("since,effective,authority")


def test_a_claims_file_with_the_everyday_word_for_a_class_is_told_the_class(store, tmp_path):
    assert_refused(CASE, CLAIMS, store, tmp_path, '{id: x, fact: coup-x, type: Coup, quote: "failed coup attempt"}',
                   "unknown fact type 'Coup' (did you mean 'SeizureOfPower'?)")


# -- an organisation named among unnamed ones of its own kind is one of them -----------------

def test_an_organisation_among_unnamed_entities_is_one_of_them(store):
    [row] = query_rows(store, "sanctions", target="Ostravian State Bank")
    assert (row["fact"], row["target"]) == ("sanction-brelia-ostravian-entities-asset-freeze", "12 unnamed entities")
    [member] = sparql_rows(store, f"""PREFIX gkg: <{GKG}>
        SELECT ?m WHERE {{ <{FACT}sanction-brelia-ostravian-entities-asset-freeze> gkg:target ?g . ?g gkg:namedMember ?m }}""")
    assert member["m"].endswith("ostravian-state-bank")
    profile = query_rows(store, "profile", entity="Ostravian State Bank")
    assert [(r["fact"], r["role"]) for r in profile] == [("sanction-brelia-ostravian-entities-asset-freeze",
                                                          "target: among 12 unnamed entities")]


def test_the_entity_page_lists_a_fact_that_names_it_among_unnamed_ones(store, tmp_path):
    kg_cli("export", "-F", "html", "-o", tmp_path / "site", "--store", store, check=0)
    page = (tmp_path / "site" / "entity" / "ostravian-state-bank.html").read_text(encoding="utf-8")
    assert "sanction-brelia-ostravian-entities-asset-freeze" in page and "one of 12 unnamed entities" in page
