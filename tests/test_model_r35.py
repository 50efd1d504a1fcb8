"""What a newcomer could not write, or was misled about, for the Israel-Hezbollah ceasefire
of November 2024 (tests/data/newcomer-ceasefire), and what the canned queries answered
wrongly for it, each fixed for its kind (ceasefires and truces, their terms, monitoring and
violations, wars' tolls, in news in general): a war's end that is only to come; "all
parties" as a party; a war's toll by place and by side, and who gave each figure; the hour
a stage was reached; a monitor still to come; a deadline counted from an agreement and
the ways claims present one deployment; two accusations going opposite ways; troops
withdrawn found under the deployment.

Each is read from tests/data/newcomer-ceasefire-recount, which the real ``kg build``
writes once for the module; the queries run on it in this process. The wrong claims are
added together to a copy of the re-counted claims, and one ``kg ingest --dry-run`` must
refuse each with its own message.
"""

from __future__ import annotations

import pytest
from casefiles import built_with_claims, refused_each_on_its_line, with_claims
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

RECOUNT = ROOT / "tests" / "data" / "newcomer-ceasefire-recount"
CLAIMS = "claims/x01_israel-hezbollah-ceasefire.yaml"
TRUCE = "agreement-israel-hezbollah-ceasefire-2024-11"
WAR = "conflict-israel-hezbollah-2023"
IDF = "deployment-israel-forces-southern-lebanon-2024"
QUOTE = 'quote: "Israel and Hezbollah accused each other on Thursday of breaking a ceasefire"'


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims, built once by the real ``kg build``; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


#: Claims each refused for its own reason, added together to the re-counted claims: the
#: key, or the words of its message that must be printed.
WRONG = {
    "all parties as a party":
        ('{id: x0, fact: ' + WAR + ', type: ArmedConflict, party: all unnamed parties, ' + QUOTE + '}',
         "party: 'all unnamed parties' names no one but the fact's own parties"),
    "a place on named victims":
        ('{id: x1, fact: ' + WAR + ', type: ArmedConflict, killedPeople: {actor: Benjamin Netanyahu, in: Lebanon}, '
         + QUOTE + '}',
         "killedPeople.in: only unnamed victims"),
    "a place no registry holds":
        ('{id: x2, fact: ' + WAR + ', type: ArmedConflict, killedPeople: {actor: 3 unnamed people, in: Atlantis}, '
         + QUOTE + '}',
         "killedPeople.in: unknown entity 'Atlantis'"),
    "an hour on a stage without a day":
        ('{id: x3, fact: ' + TRUCE + ', type: Agreement, stage: {status: in force, date: 2024-11, time: "02:00Z"}, '
         + QUOTE + '}',
         "stage.time: the hour a stage was reached"),
    "an hour without an offset":
        ('{id: x4, fact: ' + TRUCE + ', type: Agreement, stage: {status: in force, date: 2024-11-27, time: 4 a.m.}, '
         + QUOTE + '}',
         "stage.time: the hour a stage was reached"),
    "a place said at with no speaker":
        ('{id: x5, fact: ' + TRUCE + ', type: Agreement, said_at: White House, ' + QUOTE + '}',
         "said_at: where a speaker said it needs the speaker (said_by)"),
    "a place said at that is a person":
        ('{id: x6, fact: ' + TRUCE + ', type: Agreement, said_by: Joe Biden, said_at: Joe Biden, modality: reported, '
         + QUOTE + '}',
         "said_at: 'Joe Biden' is a Person, but said_at takes a Place or a State"),
    "an unnamed site of an accusation":
        ('{id: x7, fact: accusation-x, type: Accusation, speaker: Israel, about: Hezbollah, '
         'targetSite: {actor: unnamed facility, of: Hezbollah}, ' + QUOTE + '}',
         "key 'targetSite' does not apply to an Accusation"),
}


# -- 1. the queries --------------------------------------------------------------------------------------

def test_a_wars_end_only_planned_does_not_end_it(store):
    war = by_fact(query_rows(store, "casualties"))[WAR]
    # 'all fire will stop' is planned: the war runs since October 2023, its end to come.
    assert war["date"] == "since 2023-10 (end planned 2024-11-27)"
    assert war["modality"] == "asserted, planned, reported"
    dated = {r["fact"]: r["date"] for r in query_rows(store, "timeline", entity="Hezbollah")}
    assert dated[WAR] == "since 2023-10 (end planned 2024-11-27)"  # as 'casualties' says it
    # Its only end is the planned claim's.
    rows = sparql_rows(store, f"SELECT ?m WHERE {{ ?c gkg:supports fact:{WAR} ; gkg:statesValue ?s ; gkg:modality ?m . "
                              "?s rdf:predicate gkg:endDate }")
    assert [r["m"].rsplit("#", 1)[1] for r in rows] == ["Planned"]


def test_the_same_end_stated_as_done_does_end_the_war(tmp_path):
    ended = ('{id: x-ended, fact: ' + WAR + ', type: ArmedConflict, endDate: 2024-11-27, status: ended, '
             'quote: "more than a year of fighting in Lebanon"}')
    store = built_with_claims(RECOUNT, CLAIMS, tmp_path, [ended])
    assert by_fact(query_rows(store, "casualties"))[WAR]["date"] == "2023-10/2024-11-27"
    dated = {r["fact"]: r["date"] for r in query_rows(store, "timeline", entity="Hezbollah")}
    assert dated[WAR] == "2023-10/2024-11-27"


def test_a_wars_parties_are_its_own_and_the_toll_by_place_and_side_is_no_whole_toll(store):
    war = by_fact(query_rows(store, "casualties"))[WAR]
    assert war["parties"] == "Hezbollah, Israel"
    # Neither side's toll is shown as the whole war's.
    assert war["killed"] is None
    # Killed in Lebanon (where), and on the Israeli side (whose): told apart, each with who counts it.
    assert war["victims"] == ("killed: more than 3760 unnamed people in Lebanon (said by Lebanese health ministry); "
                              "killed: more than 70 unnamed soldiers and civilians (Israel) (said by unnamed authorities (Israel))")
    # Each source of a figure is named, the Israeli authorities too.
    assert war["figures_by"] == "Lebanese health ministry: killed; unnamed authorities (Israel): killed"
    [row] = sparql_rows(store, f"SELECT ?l ?n ?in WHERE {{ fact:{WAR} gkg:killedPeople ?k . ?k rdfs:label ?l ; "
                               "gkg:minCount ?n ; gkg:victimsPlace/rdfs:label ?in }")
    assert (row["l"], int(row["n"]), row["in"]) == ("more than 3760 unnamed people", 3761, "Lebanon")
    # The place of death is not nationality: the dead in Lebanon are nobody's nationals here.
    assert sparql_rows(store, f"SELECT ?k WHERE {{ fact:{WAR} gkg:killedPeople ?k . ?k gkg:victimsPlace ?p ; "
                              "gkg:ofState|gkg:ofOrganisation ?o }") == []


def test_an_agreement_shows_its_monitor_to_come_and_the_hour_it_took_effect(store):
    truce = by_fact(query_rows(store, "agreements"))[TRUCE]
    assert truce["status"] == "approved by Israeli security cabinet on 2024-11-26, in force on 2024-11-27 at 02:00:00Z"
    # The monitor is planned ('will monitor'); the mediators, asserted, are not marked.
    assert truce["roles"] == ("mediator: France; mediator: United States; "
                              "monitor: Israel-Lebanon ceasefire monitoring committee (planned)")
    stages = [r for r in query_rows(store, "stages", fact=TRUCE)]
    assert [(r["date"], r["status"]) for r in stages] == [("2024-11-26", "approved"), ("2024-11-27 02:00:00Z", "in force")]
    [row] = sparql_rows(store, f"SELECT ?t WHERE {{ fact:{TRUCE} gkg:stage/gkg:stageTimeOfDay ?t }}")
    assert row["t"] == "02:00:00Z"
    # The hour is the stage's, not the fact's: the agreement has no time of day of its own.
    assert sparql_rows(store, f"SELECT ?t WHERE {{ fact:{TRUCE} gkg:timeOfDay ?t }}") == []


def test_a_deployment_shows_its_deadline_and_each_way_a_claim_gives_it(store):
    rows = by_fact(query_rows(store, "exercises"))
    idf = rows[IDF]
    # The withdrawal is only planned: its end is shown as planned, not as the deployment's end.
    assert idf["dates"] == f"planned: until within 60 days after {TRUCE}"
    # The planned withdrawal, the presence reported and the demand stay apart.
    assert idf["modality"] == ("planned, reported (continuing; said by Israel Defense Forces), "
                               "requested (said by Najib Mikati)")
    # The cabinet's decision shows as decided.
    assert rows["deployment-lebanese-army-south-strengthen-2024-11"]["modality"] == "planned (decided)"
    # A deployment with no end relative to another fact shows no deadline.
    assert rows["deployment-lebanese-army-south-litani-2024"]["dates"] is None
    facts = by_fact(query_rows(store, "facts", type="Deployment"))
    assert facts[IDF]["dates"] == f"planned: until (within 60 days after {TRUCE})"
    assert facts["deployment-lebanese-army-south-litani-2024"]["dates"] is None


def test_two_accusations_going_opposite_ways_are_not_one_fact_but_the_same_way_are(tmp_path):
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", RECOUNT / CLAIMS, check=0)
    assert "look like one" not in proc.stderr, proc.stderr
    again = ('{id: x9, fact: accusation-israel-hezbollah-truce-breach, type: Accusation, speaker: Israel, about: Hezbollah, '
             'subject: breaking the ceasefire, date: 2024-11-28, ' + QUOTE + '}')
    path, _ = with_claims(RECOUNT, CLAIMS, tmp_path, [again])
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", path, check=0)
    assert proc.stderr.count("look like one Accusation") == 1, proc.stderr
    assert "'accusation-israel-hezbollah-ceasefire-breach-2024-11-28'" in proc.stderr
    assert "'accusation-israel-hezbollah-truce-breach'" in proc.stderr


# -- 2. docs and vocabulary ---------------------------------------------------------------------------------

def test_withdrawing_troops_finds_the_deployment_first_and_leaving_a_treaty_the_withdrawal():
    first = kg_cli("vocabulary", "withdraw troops", check=0).stdout.splitlines()[0]
    assert first.startswith("Deployment (kind of fact")
    first = kg_cli("vocabulary", "withdraw from the agreement", check=0).stdout.splitlines()[0]
    assert first.startswith("Withdrawal (kind of fact")


def test_claims_md_shows_each_documented_form():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ('`{status: in force, date: 2024-11-27, time: "02:00Z"}`',
                  "`killedPeople: {actor: more than 3760 unnamed people, in: Lebanon}`",
                  "`said_by: {actor: unnamed media, of: Israel}`",
                  "`quantity: several`", "`distanceFrom: Litani", "`modality: permitted`, `status:"):
        assert shown in text, shown


# -- 3. the losses ---------------------------------------------------------------------------------------------

def test_an_unnamed_site_struck_and_the_place_words_were_said_at_are_linked(store):
    strike = by_fact(query_rows(store, "casualties"))["attack-israel-hezbollah-rocket-facility-2024-11-28"]
    assert strike["targets"] == "unnamed facility (Hezbollah)"
    [row] = sparql_rows(store, "SELECT ?l ?of WHERE { fact:attack-israel-hezbollah-rocket-facility-2024-11-28 gkg:targetSite ?s . "
                               "?s a gkg:UnnamedActors ; rdfs:label ?l ; gkg:ofOrganisation/rdfs:label ?of }")
    assert (row["l"], row["of"]) == ("unnamed facility", "Hezbollah")
    # No actor made up as the target beside the site.
    assert sparql_rows(store, "SELECT ?t WHERE { fact:attack-israel-hezbollah-rocket-facility-2024-11-28 gkg:target ?t }") == []
    [row] = sparql_rows(store, "SELECT ?c ?p WHERE { ?c gkg:saidAt ?x . ?x rdfs:label ?p ; a gkg:Site }")
    assert (row["c"].rsplit(".", 1)[1], row["p"]) == ("biden-permanent", "White House")
    assert sparql_rows(store, "SELECT ?c WHERE { ?c gkg:saidIn ?w FILTER(CONTAINS(?w, 'White House')) }") == []


def test_repeated_violations_a_landmark_and_unnamed_media_read_back(store):
    [row] = sparql_rows(store, "SELECT ?q ?of WHERE { fact:accusation-lebanese-army-israel-violations-2024-11 "
                               "gkg:quantityOf ?of ; gkg:quantityBounds ?b . ?b rdfs:label ?q }")
    assert (row["q"], row["of"]) == ("several", "violations")
    [row] = sparql_rows(store, "SELECT ?r ?b WHERE { fact:deployment-lebanese-army-south-litani-2024 "
                               "gkg:distanceFrom/rdfs:label ?r ; gkg:bearing ?b }")
    assert (row["r"], row["b"]) == ("Litani River", "south")
    [row] = sparql_rows(store, "SELECT ?who ?of WHERE { ?c gkg:claimId 'ben-gvir-no' ; prov:wasAttributedTo ?w . "
                               "?w rdfs:label ?who ; gkg:ofState/rdfs:label ?of }")
    assert (row["who"], row["of"]) == ("unnamed media", "Israel")


# -- refusals -------------------------------------------------------------------------------------------

def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_each_on_its_line(RECOUNT, CLAIMS, tmp_path, WRONG)
