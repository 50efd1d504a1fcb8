"""What three newcomers could not write (ontology 2.46.0), each fixed for its kind and read
back from their re-counts (tests/data/newcomer-martial-law-recount, -recognition-recount,
-exodus-recount): a state of affairs a speaker says must or should hold (modality
``envisaged``); a force disbanded, disarmed or handing over its weapons
(``Demobilisation``, ``demobilised``) and who supervises any fact (``monitor``); the toll
of an explosion on its ``Damage``; who started and won a war (``initiator``, ``winner``,
``loser`` on an ``ArmedConflict``); the land of a recognised state (``territory``) and
whom a recognition is not aimed at; a criminal complaint (``legalActionKind:
complaint``); whom an accusation says the accused favours (``sidingWith``); a central
bank's rate decision (``RateDecision``, ``rateChange``); delays on the same day, decades,
an end's approximate hour, and ``date: immediately`` counted from ``said_on``.

Each re-count is built once for the module by the real ``kg build`` and read through the
canned queries or SPARQL. The wrong claims are added together to a copy of the re-counted
martial-law claims, and one ``kg ingest --dry-run`` must refuse each with its own message.
"""

from __future__ import annotations

from casefiles import refused_each_on_its_line
from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows, sparql_rows

DATA = ROOT / "tests" / "data"
MARTIAL = DATA / "newcomer-martial-law-recount"
RECOGNITION = DATA / "newcomer-recognition-recount"
EXODUS = DATA / "newcomer-exodus-recount"
MARTIAL_CLAIMS = "claims/000_ce666a2c94c4ab56.yaml"
SPAIN = "recognition-spain-palestine-2024-05-28"
WAR = "conflict-azerbaijan-nagorno-karabakh-2023-09"
BLAST = "damage-fuel-depot-stepanakert-2023-09-25"
QUOTE = 'quote: "The assembly has 300 seats."'

martial = built_once_per_module(MARTIAL, build=built_corpus)
recognition = built_once_per_module(RECOGNITION, build=built_corpus)
exodus = built_once_per_module(EXODUS, build=built_corpus)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted martial-law claims: the words of its message that must be printed on its line.
WRONG = {
    "a rate change in words":
        ("{id: x0, fact: rate-x, type: RateDecision, initiator: National Assembly, rateChange: 25 basis points, "
         + QUOTE + "}",
         "rateChange: the change in percentage points as a signed number (0.25 for 'raised by 25 basis points'"),
    "siding with, on a statement":
        ("{id: x1, fact: statement-x, type: Statement, speaker: Yoon Suk Yeol, sidingWith: North Korea, " + QUOTE + "}",
         "key 'sidingWith' does not apply to a Statement"),
    "a misspelt modality":
        ("{id: x2, fact: vote-x, type: Vote, votingBody: National Assembly, modality: envisioned, " + QUOTE + "}",
         "envisaged ('must be', 'should be': a speaker's condition or vision)"),
}

#: Facts refused by the shapes, each for missing what its kind needs: the words of the message.
INCOMPLETE = {
    "a demobilisation of no force":
        ("{id: y0, fact: demobilisation-y, type: Demobilisation, monitor: North Korea, " + QUOTE + "}",
         "a demobilisation names the force disbanded, disarmed or handing over its weapons (demobilised"),
    "a rate decision of no rate":
        ("{id: y1, fact: rate-decision-y, type: RateDecision, initiator: National Assembly, " + QUOTE + "}",
         "a rate decision gives the rate set (rate: 5.25 percent) or the change in percentage points"),
}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# -- 1. the recognition: what a speaker says must be, its land, whom it is not aimed at, same-day delays -------

def test_a_capital_a_state_must_have_is_envisaged_not_requested(recognition):
    rows = sparql_rows(recognition, "SELECT ?f ?m WHERE { ?c gkg:supports ?f ; gkg:modality ?m . "
                                    "FILTER(?f IN (fact:capital-east-jerusalem-palestine, "
                                    "fact:control-palestinian-authority-palestine)) } ORDER BY ?f")
    assert [(_local(r["f"]), _local(r["m"])) for r in rows] == [
        ("capital-east-jerusalem-palestine", "Envisaged"), ("control-palestinian-authority-palestine", "Envisaged")]
    capital = by_fact(query_rows(recognition, "facts", type="Capital"))["capital-east-jerusalem-palestine"]
    assert capital["modality"] == "envisaged"


def test_a_course_preferred_over_another_is_two_envisaged_facts(recognition):
    rows = by_fact(query_rows(recognition, "facts", type="Recognition"))
    rejected = rows["recognition-unilateral-palestinian-state"]
    assert (rejected["modality"], rejected["polarity"]) == ("envisaged (negative)", "negative")
    preferred = by_fact(query_rows(recognition, "facts", type="Negotiation"))["negotiation-parties-palestinian-state"]
    assert preferred["modality"] == "envisaged"


def test_a_recognised_state_has_its_territory_and_a_recognition_not_aimed_at_israel(recognition):
    rows = sparql_rows(recognition, f"SELECT ?t WHERE {{ fact:{SPAIN} gkg:territory/rdfs:label ?t }} ORDER BY ?t")
    assert [r["t"] for r in rows] == ["Gaza", "West Bank"]
    details = by_fact(query_rows(recognition, "facts", type="Recognition"))[SPAIN]["details"]
    assert "not target: Israel" in details and "territory: West Bank" in details
    [row] = [r for r in query_rows(recognition, "timeline", entity="West Bank") if r["fact"] == SPAIN]
    assert row["role"] == "territory"


def test_a_statement_supports_a_named_plan_of_the_registry(recognition):
    [row] = sparql_rows(recognition, "SELECT ?k ?s WHERE { fact:statement-store-norway-supports-arab-peace-plan-2024-05-22 "
                                     "gkg:about ?p . ?p a ?k ; rdfs:label ?s }")
    assert (_local(row["k"]), row["s"]) == ("Framework", "Arab peace plan")


def test_later_that_day_and_earlier_that_day_keep_the_day(recognition):
    recall = by_fact(query_rows(recognition, "facts", type="EnvoyRecall"))["envoy-recall-israel-spain-2024-05-22"]
    assert recall["dates"].startswith("2024-05-22 (later that day after "), recall["dates"]
    [view] = [r for r in query_rows(recognition, "statements")
              if r["fact"] == "statement-sanchez-state-of-palestine-view-2024-05-28"]
    assert view["date"].startswith("2024-05-28 (earlier that day before meeting-spanish-cabinet-2024-05-28"), view["date"]


def test_immediately_counts_from_the_day_the_words_were_said(recognition):
    [row] = sparql_rows(recognition, "SELECT ?e ?l WHERE { fact:release-hostages-gaza-2024 gkg:dateEarliest ?e ; "
                                     "gkg:dateLatest ?l }")
    assert (row["e"], row["l"]) == ("2024-05-22", "2024-05-22")  # said on 22 May; the article is of 28 May


def test_a_reprimand_is_found_as_a_criticism():
    out = kg_cli("vocabulary", "reprimand", check=0).stdout
    assert "Criticism" in out, out


# -- 2. the exodus: a force disbanded and disarmed, a war's initiator and winner, a blast's toll ---------------

def test_a_force_dissolved_and_weapons_handed_over_are_demobilisations(exodus):
    rows = sparql_rows(exodus, "SELECT ?d ?who ?m WHERE { ?d a gkg:Demobilisation ; gkg:demobilised/rdfs:label ?who "
                               "OPTIONAL { ?d gkg:monitor/rdfs:label ?m } } ORDER BY ?d")
    assert [(_local(r["d"]), r["who"], r.get("m")) for r in rows] == [
        ("demobilisation-karabakh-separatists-weapons-2023-09", "unnamed separatists", "Russia"),
        ("demobilisation-nagorno-karabakh-defence-army", "Nagorno-Karabakh Defence Army", None)]
    assert sparql_rows(exodus, "SELECT ?t WHERE { ?t a gkg:ArmsTransfer }") == []
    terms = by_fact(query_rows(exodus, "agreements"))["ceasefire-azerbaijan-karabakh-2023-09-20"]["terms"]
    assert "demobilisation-nagorno-karabakh-defence-army" in terms


def test_a_war_has_its_initiator_winner_and_loser(exodus):
    [row] = sparql_rows(exodus, f"SELECT ?i ?w ?l WHERE {{ fact:{WAR} gkg:initiator/rdfs:label ?i ; "
                                f"gkg:winner/rdfs:label ?w ; gkg:loser/rdfs:label ?l }}")
    assert (row["i"], row["w"], row["l"]) == ("Azerbaijan", "Azerbaijan", "ethnic Armenian forces")


def test_a_depot_blast_has_its_dead_missing_and_wounded(exodus):
    row = by_fact(query_rows(exodus, "casualties"))[BLAST]
    assert (row["killed"], row["wounded"], row["place"]) == ("at least 68", "290", "outside Stepanakert")
    [missing] = sparql_rows(exodus, f"SELECT ?m WHERE {{ fact:{BLAST} gkg:missing ?m }}")
    assert missing["m"] == 105
    assert sparql_rows(exodus, "SELECT ?d WHERE { ?d a gkg:Death }") == []


def test_the_first_convoy_since_the_offensive_names_the_war(exodus):
    supply = by_fact(query_rows(exodus, "supplies"))["supply-icrc-convoy-nagorno-karabakh-2023-09-23"]
    assert f"first since {WAR}" in supply.values(), supply


def test_three_decades_is_thirty_years_and_a_ceasefire_has_its_hour(exodus):
    [row] = sparql_rows(exodus, "SELECT ?d WHERE { fact:control-armenians-nagorno-karabakh gkg:duration ?d }")
    assert row["d"] == "P30Y"
    ceasefire = by_fact(query_rows(exodus, "agreements"))["ceasefire-azerbaijan-karabakh-2023-09-20"]
    assert ceasefire["status"] == "in force on 2023-09-20 at 13:00:00+04:00"


# -- 3. martial law: whom the accused favour, a chamber's size, who ended a deployment, a complaint ------------

def test_an_accusation_names_whom_the_accused_are_said_to_favour(martial):
    [row] = sparql_rows(martial, "SELECT ?a ?s WHERE { fact:accusation-yoon-opposition-sympathising-north-korea-2024-12-03 "
                                 "gkg:about/rdfs:label ?a ; gkg:sidingWith/rdfs:label ?s }")
    assert (row["a"], row["s"]) == ("National Assembly", "North Korea")


def test_a_report_to_prosecutors_is_a_complaint(martial):
    row = by_fact(query_rows(martial, "legal-actions"))["legal-democratic-party-report-treason-2024-12"]
    assert (row["action"], row["initiator"], row["charge"]) == ("complaint", "Democratic Party", "treason")
    [kind] = sparql_rows(martial, "SELECT ?k WHERE { fact:legal-democratic-party-report-treason-2024-12 "
                                  "gkg:legalActionKind ?k }")
    assert _local(kind["k"]) == "Complaint"


def test_the_chamber_size_a_majority_the_end_hour_and_who_withdrew_the_troops(martial):
    [seats] = sparql_rows(martial, "SELECT ?n WHERE { fact:membership-democratic-party-national-assembly-majority "
                                   "gkg:totalSeats ?n }")
    assert seats["n"] == 300
    [share] = sparql_rows(martial, "SELECT ?o ?min WHERE { fact:membership-democratic-party-national-assembly-majority "
                                   "gkg:shareOf ?o ; gkg:shareBounds/schema:minValue ?min }")
    assert (share["o"], float(share["min"])) == ("seats of the National Assembly", 50.0)
    [end] = sparql_rows(martial, "SELECT ?t ?l WHERE { fact:emergency-south-korea-martial-law-2024-12 "
                                 "gkg:endTimeOfDay ?t ; gkg:endTimeOfDayLabel ?l }")
    assert (end["t"], end["l"]) == ("04:30:00+09:00", "about 04:30+09:00")
    [party] = sparql_rows(martial, "SELECT ?p WHERE { fact:deployment-soldiers-national-assembly-2024-12-03 "
                                   "gkg:stage ?s . ?s gkg:stageStatus gkg:Ended ; gkg:stageParty/rdfs:label ?p }")
    assert party["p"] == "Yoon Suk Yeol"


# -- 4. the docs and the refusals ---------------------------------------------------------------------------------

def test_claims_md_shows_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("modality: envisaged", "`envisaged` (a state of affairs", "type: Demobilisation",
                  "| `demobilised` | Demobilisation | Actor | yes |", "| `sidingWith` | Accusation | Actor | yes |",
                  "killed: at least 68, missing: 105, wounded: 290", "winner: Azerbaijan, loser: ethnic Armenian forces",
                  "legalActionKind: complaint", "territory: [West Bank, Gaza]", "target: {not: Israel}",
                  "delay: later that day", "duration: three decades", 'endTimeOfDay: "about 04:30+09:00"',
                  "type: RateDecision", "rateChange: 0.25", "sidingWith: North Korea", "`totalSeats: 300`", "share: more than 50",
                  "| `monitor` | every fact"):
        assert shown in text, shown


def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    lines = refused_each_on_its_line(MARTIAL, MARTIAL_CLAIMS, tmp_path, WRONG,
                                     tuple(claim for claim, _ in INCOMPLETE.values()))
    for name, (_, message) in INCOMPLETE.items():
        assert any(message in line for line in lines), (name, lines)
