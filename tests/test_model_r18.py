"""What held22 (Saudi Arabia and Iran restore relations in Beijing) showed the canned
queries get wrong, answered right now, and what it could not hold with ontology 2.20.0,
now in the model (2.21.0). Built from the held-out set by the real ``kg build``, read
back through the canned queries (``kg query ... --format json``) or SPARQL; bad claims
are refused with exit 2, naming file, claim, line and key, and leave the store as it was.
"""

from __future__ import annotations

import re

from casefiles import assert_refused
from conftest import ROOT, by_fact, query_rows, sparql_rows
# The held-out set built once by the real 'kg build', and its 'facts' rows by fact id.
from test_model_r12 import HELD, facts, store  # noqa: F401 (pytest fixtures)

HELD22 = "claims/held22_saudi-iran-restore-ties-beijing.yaml"
DEAL = "agreement-saudi-arabia-iran-restore-relations-2023-03-10"
TALKS = "talks-saudi-arabia-iran-beijing-2023-03"
ROUNDS = "talks-saudi-arabia-iran-iraq-oman-2021-2022"


# -- the canned queries ------------------------------------------------------------------------

def test_agreements_say_which_status_is_only_planned_and_which_agreement_was_not_reached(store):
    rows = by_fact(query_rows(store, "agreements", state="Saudi Arabia"))
    # "agreed to activate a security cooperation agreement they signed in 2001": signed, to be in force.
    assert rows["agreement-saudi-arabia-iran-security-cooperation-2001"]["status"] == "in force (planned), signed"
    assert rows["agreement-saudi-arabia-iran-general-cooperation-1998"]["status"] == "in force (planned)"
    # "this does not mean that an agreement has been reached to resolve all pending disputes"
    denied = rows["agreement-saudi-arabia-iran-resolve-all-disputes"]
    assert (denied["status"], denied["modality"], denied["sources"]) == ("not reached (negative)", "reported (negative)", 0)
    assert rows[DEAL]["status"] == "signed"
    # Every agreement of the kind, not held22's: the gas transit contract Ukraine would not extend.
    assert by_fact(query_rows(store, "agreements"))["agreement-russia-ukraine-new-gas-transit-contract"]["status"] \
        == "not reached (negative)"


def test_meetings_dated_by_a_period_show_it_and_the_negotiators_and_who_took_no_part(store):
    rows = by_fact(query_rows(store, "meetings", state="Iran"))
    assert rows[ROUNDS]["date"] == "2021/2022"
    talks = rows[TALKS]
    assert talks["negotiators"] == "Ali Shamkhani (for Iran), Musaad bin Mohammed al-Aiban (for Saudi Arabia)"
    assert talks["participants"] == "Iran, Saudi Arabia, not: United States"
    # Held20's negotiators too, and a period on held08's talks on phases two and three.
    assert rows["meeting-iran-united-states-muscat-2025-04-12"]["negotiators"] == "Abbas Araghchi (for Iran), Steve Witkoff (for United States)"
    gaza = by_fact(query_rows(store, "meetings"))["meeting-israel-hamas-negotiations-phases-2-3"]
    assert gaza["date"] == "2025-01-19/2025-03-01"


def test_statements_keep_the_reporter_out_of_the_speakers(store):
    rows = query_rows(store, "statements", speaker="John Kirby")
    [told] = [r for r in rows if r["fact"] == "notification-saudi-arabia-united-states-talks"]
    assert (told["speaker"], told["said_by"]) == ("Saudi Arabia", "John Kirby")
    # Kirby's own words: he is the speaker, not repeated as said_by.
    own = [r for r in rows if r["fact"] == "assessment-kirby-iran-honour-deal-2023-03-10"]
    assert own and all((r["speaker"], r["said_by"]) == ("John Kirby", "") for r in own)
    guterres = [r for r in query_rows(store, "statements", speaker="Antonio Guterres") if r["article"].startswith("held22")]
    assert guterres and all((r["speaker"], r["said_by"]) == ("Antonio Guterres", "unnamed spokesman") for r in guterres)
    # Every statement of the kind: Russia's criticism as Bogdanov gives it.
    [russia] = [r for r in query_rows(store, "statements", speaker="Russia") if r["fact"] == "criticism-russia-haniyeh-killing-2024-07-31"]
    assert (russia["speaker"], russia["said_by"]) == ("Russia", "Mikhail Bogdanov")


# -- what the table lost, held now (ontology 2.21.0) ---------------------------------------------

def _details(row: dict) -> list[str]:
    return (row.get("details") or "").split("; ")


def _links(row: dict) -> list[str]:
    return (row.get("links") or "").split("; ")


def test_the_mediators_envoy_signs_as_a_witness_for_it_and_a_signatory_for_the_mediator_is_refused(store, tmp_path):
    deal = by_fact(query_rows(store, "agreements", state="Saudi Arabia"))[DEAL]
    assert "witness: Wang Yi (for China)" in deal["roles"].split("; ") and "mediator: China" in deal["roles"]
    assert deal["parties"] == "Iran, Saudi Arabia"
    assert_refused(HELD, HELD22, store, tmp_path,
                   f'{{id: x, fact: {DEAL}, type: Agreement, party: [Saudi Arabia, Iran], mediator: China, '
                   'signatory: {actor: Wang Yi, for: China}, quote: "signed the statement with them"}',
                   "signatory: signs for China, the mediator, which this claim gives as no party")


def test_embassies_reopened_each_way_are_two_openings_of_a_mission(store, facts):
    saudi, iranian = "mission-opening-saudi-arabia-embassy-iran-2023", "mission-opening-iran-embassy-saudi-arabia-2023"
    row = facts[saudi]
    assert row["kind"] == "opening of a diplomatic mission" and row["modality"] == "planned"
    assert {"mission kind: embassy", "status: resumed",
            f"deadline: within two months after {DEAL}"} <= set(_details(row))
    assert f"reciprocal of: {iranian}" in _links(row) and f"reciprocal of: {saudi}" in _links(facts[iranian])
    [ways] = sparql_rows(store, f"SELECT ?from ?in WHERE {{ fact:{saudi} gkg:sendingState/rdfs:label ?from ; "
                                "gkg:receivingState/rdfs:label ?in }")
    assert (ways["from"], ways["in"]) == ("Saudi Arabia", "Iran")
    assert "reopening-saudi-arabia-iran-embassies-2023" not in facts


def test_an_execution_is_a_death_sentence_carried_out(store):
    deaths = by_fact(query_rows(store, "facts", type="Death", participant="Nimr al-Nimr"))
    assert deaths["death-nimr-al-nimr-execution-2016"]["kind"] == "execution"
    [cls] = sparql_rows(store, "SELECT ?m WHERE { gkg:Execution rdfs:subClassOf gkg:Death ; skos:closeMatch ?m }")
    assert cls["m"].endswith("Q8454")


def test_secret_talks_and_rounds_not_counted(store, facts, tmp_path):
    assert "secret: true" in _details(facts[TALKS])
    assert "rounds: several" in _details(facts[ROUNDS])
    assert_refused(HELD, HELD22, store, tmp_path,
                   f'{{id: x, fact: {ROUNDS}, type: Meeting, ordinal: several, quote: "hosted rounds of talks"}}',
                   "how many rounds a meeting was held in, counted or not, is rounds: several")


def test_a_role_that_continues_a_coalition_led_and_a_contributing_cause(store, facts, tmp_path):
    assert "status: continuing" in _details(facts["mediation-china-saudi-arabia-iran"])
    assert "leads: true" in _details(facts["membership-saudi-arabia-saudi-led-coalition"])
    war = facts["conflict-yemen-war"]
    assert f"contributing factor: {DEAL}" in _links(war) and f"caused by: {DEAL}" not in _links(war)
    assert_refused(HELD, HELD22, store, tmp_path,
                   '{id: x, fact: membership-saudi-arabia-saudi-led-coalition, type: Membership, member: Saudi Arabia, '
                   'memberOf: Saudi-led coalition, title: leader, quote: "a Saudi-led coalition"}',
                   "a member that leads the body ('a Saudi-led coalition') is leads: true on the Membership")


def test_visits_and_ambassadors_each_way(store, facts):
    one, other = facts["visit-saudi-arabia-iran-future"], facts["visit-iran-saudi-arabia-future"]
    assert "reciprocal of: visit-iran-saudi-arabia-future" in _links(one)
    assert "reciprocal of: visit-saudi-arabia-iran-future" in _links(other)
    rows = sparql_rows(store, "SELECT ?v ?h WHERE { VALUES ?f { fact:visit-saudi-arabia-iran-future fact:visit-iran-saudi-arabia-future } "
                              "?f gkg:visitor/rdfs:label ?v ; gkg:hostState/rdfs:label ?h }")
    assert {(r["v"], r["h"]) for r in rows} == {("Saudi Arabia", "Iran"), ("Iran", "Saudi Arabia")}
    assert "reciprocal of: position-iran-ambassador-saudi-arabia-2023" in _links(facts["position-saudi-arabia-ambassador-iran-2023"])


# -- the ontology and CLAIMS.md ----------------------------------------------------------------------

def test_the_new_terms_have_labels_definitions_and_the_version_is_2_21(store):
    terms = ("gkg:MissionOpening gkg:sendingState gkg:receivingState gkg:missionKind gkg:Execution gkg:secret gkg:rounds "
             "gkg:Continuing gkg:leads gkg:contributingFactor gkg:reciprocalOf")
    rows = sparql_rows(store, f"SELECT ?t ?d WHERE {{ VALUES ?t {{ {terms} }} ?t rdfs:label ?l ; skos:definition ?d }}")
    assert len({r["t"] for r in rows}) == 11 and all(len(r["d"]) > 80 for r in rows)
    [v] = sparql_rows(store, "SELECT ?v WHERE { ?o a owl:Ontology ; owl:versionInfo ?v }")
    assert tuple(map(int, v["v"].split("."))) >= (2, 21, 0)


def test_the_new_keys_are_documented_with_an_index_row_and_an_example():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    index = text[:text.index("## ")]
    for words, key in (("signed the statement with them", "witness: {actor: Wang Yi, for: China}"),
                       ("reopen their embassies", "type: MissionOpening"), ("the execution of", "type: Execution"),
                       ("after secret talks", "secret: true"), ("hosted rounds of talks", "rounds: several"),
                       ("will continue to", "status: continuing"), ("saudi-led coalition", "leads: true"),
                       ("could help end the war", "contributingFactor:"), ("exchange visits", "reciprocalOf"),
                       ("return of ambassadors", "postedTo: Iran")):
        row = next((r for r in index.splitlines() if words in r.casefold()), "")
        assert key in row, (words, key)
    # (the role table's row names every kind the key applies to: MissionClosure since ontology 2.50.0)
    assert re.search(r"^\| `sendingState` \| [^|]*\bMissionOpening\b[^|]*\|", text, re.M) \
        and "| `MissionOpening` | at least 1 `sendingState`" in text
