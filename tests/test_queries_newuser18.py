"""What a new user looked for in the canned queries and did not find, on an invented
article (tests/data/newuser18-queries), through the real ``kg build`` and ``kg query``:
the status and quantity of an approved arms sale, who invited a visitor, a call's
length in words (ISO 8601 kept in CSV and in hand-written SPARQL), and what was said
about a state's election found under ``about`` that state, not under another's."""

from __future__ import annotations

import csv
import io

from conftest import ROOT, built_once_per_module, by_fact, kg_cli, query_rows, sparql_rows

CASE = ROOT / "tests" / "data" / "newuser18-queries"
SALE = "arms-ostravia-zedland-halcyon-2031-03"
CALL = "meeting-ana-novak-ivo-kral-2031-03-10"

store = built_once_per_module(CASE)


def test_arms_transfers_show_the_status_and_quantity_the_claims_give(store):
    row = by_fact(query_rows(store, "arms-transfers", recipient="Zedland"))[SALE]
    assert (row["status"], row["quantity"], row["model"], row["modality"]) == ("approved", 2, "Halcyon", "planned")


def test_visits_show_who_invited_the_visitor_and_nobody_where_no_one_did(store):
    rows = by_fact(query_rows(store, "visits"))
    assert rows["visit-ana-novak-ostravia-2031-03-03"]["invited_by"] == "Ivo Kral"
    assert rows["visit-tomas-reny-brelia-2031-03-05"]["invited_by"] is None


def test_a_duration_reads_in_words_in_json_and_table_and_stays_iso_elsewhere(store):
    assert by_fact(query_rows(store, "meetings", person="Ana Novak"))[CALL]["duration"] == "about 1 hour 30 minutes"
    table = kg_cli("query", "meetings", "--store", store, "-F", "expanded", check=0).stdout
    assert "about 1 hour 30 minutes" in table and "PT1H30M" not in table
    # The W3C formats and a query written by hand keep the ISO 8601 duration.
    [row] = csv.DictReader(io.StringIO(kg_cli("query", "meetings", "--store", store, "-F", "csv", check=0).stdout))
    assert row["duration"] == "about PT1H30M"
    assert sparql_rows(store, f"SELECT ?d WHERE {{ fact:{CALL} gkg:duration ?d }}") == [{"d": "PT1H30M"}]


def test_statements_about_a_state_include_those_about_a_fact_held_in_it(store):
    about = {state: [(r["fact"], r["about"]) for r in query_rows(store, "statements", about=state)]
             for state in ("Brelia", "Zedland", "Ostravia")}
    assert about == {
        "Brelia": [("assessment-northern-assembly-brelia-election-2031", "election-brelia-parliament-2031-03-02")],
        "Zedland": [("assessment-zedland-electoral-commission-local-elections-2031", "election-zedland-local-2031-03-09")],
        # Ostravia takes part in no fact spoken about (it supplies the arms nobody spoke of).
        "Ostravia": []}
