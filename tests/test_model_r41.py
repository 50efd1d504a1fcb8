"""What a newcomer could not write, or had to invent, for a plea deal (Julian Assange,
Saipan, June 2024: tests/data/newcomer-plea-deal), each fixed for its kind (court cases,
releases, debts and journeys in news in general): a sentence credited with a detention
served (``creditedDetention``), bail and a pardon as kinds of legal action granted to
someone (``beneficiary``, no invented ``target``), leave to appeal granted as a stage, a
debt of anyone (``Debt``), a conspiracy and its conspirators (``Conspiracy``), the
document a stage was reached in (a stage's ``medium``), a saying dated by another fact
(``said_on: {after: ...}``), a journey's conveyance, a stop's purpose and the time it
arrived (``endTimeOfDay``), and "not all" of unnamed actors.

Each is read from tests/data/newcomer-plea-deal-recount, which the real ``kg build``
writes once for the module, through the canned queries or SPARQL. The wrong claims are
added together to a copy of the re-counted claims, and one ``kg ingest --dry-run`` must
refuse each with its own message.
"""

from __future__ import annotations

import pytest
from casefiles import refused_with_the_incomplete
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

RECOUNT = ROOT / "tests" / "data" / "newcomer-plea-deal-recount"
CLAIMS = "claims/000_795f7a36b7c8706c.yaml"
SENTENCE = "sentence-julian-assange-2024-06-26"
BELMARSH = "detention-julian-assange-belmarsh"
FLIGHT_OUT = "travel-julian-assange-stansted-saipan-2024-06-24"
FLIGHT_HOME = "travel-julian-assange-saipan-canberra-2024-06-26"
HEARING = "hearing-julian-assange-saipan-2024-06-26"
QUOTE = 'quote: "once the High Court in London had granted him bail"'


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims, built once by the real ``kg build``; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted claims: the words of its message that must be printed on its line.
WRONG = {
    "time served credited with words, not a fact":
        ('{id: x0, fact: sentence-x, type: LegalAction, legalActionKind: ruling, target: Julian Assange, '
         'creditedDetention: the time in Belmarsh, ' + QUOTE + '}',
         "creditedDetention: expected the id of another fact"),
    "what a debt is owed for, on a payment":
        ('{id: x1, fact: payment-x, type: Payment, payer: Julian Assange, owedFor: ' + FLIGHT_OUT + ', ' + QUOTE + '}',
         "key 'owedFor' does not apply to a Payment"),
    "a stop whose purpose is under another name":
        ('{id: x2, fact: travel-x, type: Travel, traveller: Julian Assange, stop: [{place: Bangkok, why: refuel}], '
         + QUOTE + '}',
         "stop: a stop is a place, or a mapping of its place and why the journey stopped there in words"),
    "a saying dated by a fact, with no speaker":
        ('{id: x3, fact: access-x, type: AccessGrant, grantedTo: Julian Assange, accessTo: the United States, '
         'said_on: {after: ' + HEARING + '}, ' + QUOTE + '}',
         "said_on: when a speaker said it needs the speaker (said_by)"),
    "a saying dated 'since' a fact":
        ('{id: x4, fact: access-y, type: AccessGrant, grantedTo: Julian Assange, accessTo: the United States, '
         'said_by: U.S. Justice Department, said_on: {since: ' + HEARING + '}, ' + QUOTE + '}',
         "said_on: a saying dated by another fact is a mapping with one of 'after', 'before' or 'during'"),
    "an arrival time written as words":
        ('{id: x5, fact: travel-y, type: Travel, traveller: Julian Assange, destination: Canberra, endDate: 2024-06-26, '
         'endTimeOfDay: "7.30 pm", ' + QUOTE + '}',
         "endTimeOfDay: invalid time of day '7.30 pm'"),
    "a stage's medium that is no words":
        ('{id: x6, fact: agreement-x, type: Agreement, party: [Julian Assange, United States], '
         'stage: {status: announced, date: 2024-06-24, medium: [court, papers]}, ' + QUOTE + '}',
         "stage.medium: the document or medium the stage was reached in, in words"),
    "leave to appeal granted of a meeting":
        ('{id: x7, fact: meeting-x, type: Meeting, participant: [Julian Assange, Stephen Smith], '
         'stage: {status: leave granted, date: 2024-05}, ' + QUOTE + '}',
         "status: 'leave granted' is said of a LegalAction only, not of a Meeting"),
    "a place as a conspirator":
        ('{id: x8, fact: conspiracy-x, type: Conspiracy, conspirator: [Julian Assange, Saipan], ' + QUOTE + '}',
         "conspirator: 'Saipan' is a Place, but conspirator takes an Actor"),
}

#: Facts refused by the shapes once read: the words of the message naming the fact.
INCOMPLETE = {
    "bail granted to no one":
        ('{id: y0, fact: bail-y, type: LegalAction, legalActionKind: bail, court: High Court, ' + QUOTE + '}',
         "fact 'bail-y' (LegalAction): a legal action needs a target, unless it is an advisory opinion "
         "or an arbitral award whose parties the text does not name (legalActionKind: advisory opinion, arbitral award), granted to someone (beneficiary: bail, a pardon, interim relief), an "
         "investigation of an offence whose suspect the text does not name (charge: aggravated criminal mischief) "
         "or a request its initiator put to a court naming no respondent (initiator and court)"),
    "a debt owed by no one":
        ('{id: y1, fact: debt-y, type: Debt, creditor: Government of Australia, value: USD 520000, ' + QUOTE + '}',
         "fact 'debt-y' (Debt): a debt needs who owes it (debtor)"),
    "a conspiracy of no one":
        ('{id: y2, fact: conspiracy-y, type: Conspiracy, purpose: obtain records, ' + QUOTE + '}',
         "fact 'conspiracy-y' (Conspiracy): a conspiracy needs its conspirators"),
}


# -- 1. the losses, read back ------------------------------------------------------------------------------

def test_a_sentence_to_time_served_names_the_detention_it_credits(store):
    legal = by_fact(query_rows(store, "facts", type="LegalAction"))
    assert f"credited detention: {BELMARSH}" in legal[SENTENCE]["links"].split("; ")
    # The ruling's 62 months are among the detention's lengths, read from both sides
    # (the detention also lasted '1,901 days', as WikiLeaks counts it).
    rows = sparql_rows(store, f"SELECT ?s ?d WHERE {{ fact:{SENTENCE} gkg:creditedDetention ?det ; gkg:duration ?s . "
                              "?det a gkg:Detention ; gkg:duration ?d }")
    assert {r["s"] for r in rows} == {"P5Y2M"} and {r["d"] for r in rows} == {"P5Y2M", "P1901D"}


def test_bail_and_a_pardon_sought_are_granted_to_him_not_aimed_at_him(store):
    legal = by_fact(query_rows(store, "legal-actions"))
    bail = legal["bail-julian-assange-uk-high-court-2024"]
    assert (bail["action"], bail["court"], bail["beneficiary"], bail["target"]) == ("bail", "High Court", "Julian Assange", None)
    pardon = legal["pardon-julian-assange"]
    assert (pardon["action"], pardon["beneficiary"], pardon["modality"]) == ("pardon", "Julian Assange", "planned")
    # "would seek a pardon": the request itself is planned, and the stage says so.
    assert pardon["status"] == "requested (planned, Stella Assange, unnamed family members)"
    # Nothing invented: neither names a target, nor the pardon a grantor.
    assert sparql_rows(store, "SELECT ?t WHERE { VALUES ?f { fact:bail-julian-assange-uk-high-court-2024 "
                              "fact:pardon-julian-assange } ?f gkg:target|gkg:initiator ?t }") == []


def test_leave_to_appeal_is_its_own_stage_and_court_papers_the_medium_of_one(store):
    [leave] = query_rows(store, "stages", fact="appeal-julian-assange-extradition-uk-high-court")
    assert (leave["status"], leave["date"], leave["party"]) == ("leave granted", "2024-05", "High Court")
    rows = sparql_rows(store, "SELECT ?st ?m WHERE { fact:agreement-assange-united-states-plea-2024 gkg:stage ?s . "
                              "?s gkg:stageStatus/rdfs:label ?st ; gkg:stageMedium ?m }")
    assert [(r["st"], r["m"]) for r in rows] == [("announced", "court papers")]


def test_a_debt_owed_for_the_flight_and_a_conspiracy_the_charge_is_over(store):
    [debt] = query_rows(store, "facts", type="Debt")
    assert (debt["kind"], debt["modality"], debt["links"]) == ("debt", "planned", f"owed for: {FLIGHT_OUT}")
    assert debt["participants"] == "Government of Australia, Julian Assange"
    [row] = sparql_rows(store, "SELECT ?who ?to WHERE { ?d a gkg:Debt ; gkg:debtor/rdfs:label ?who ; "
                               "gkg:creditor/rdfs:label ?to }")
    assert (row["who"], row["to"]) == ("Julian Assange", "Government of Australia")
    [plot] = query_rows(store, "facts", type="Conspiracy")
    assert plot["participants"] == "Chelsea Manning, Julian Assange" and plot["modality"] == "alleged"
    assert plot["links"] == "conspired to: publication-assange-manning-records-2010 (alleged by U.S. Justice Department)"
    charge = by_fact(query_rows(store, "facts", type="LegalAction"))["charge-julian-assange-2019"]
    assert charge["links"] == "conduct charged: conspiracy-assange-manning-records-2010"


def test_what_the_defendant_admits_and_the_question_he_answers_are_facts(store):
    plea = by_fact(query_rows(store, "facts", type="LegalAction"))["plea-julian-assange-saipan-2024-06-26"]
    assert "conduct charged: appeal-assange-source-classified-information" in plea["links"].split("; ")
    [row] = sparql_rows(store, "SELECT ?asker WHERE { fact:statement-assange-explains-plea-2024-06-26 gkg:inResponseTo ?q . "
                               "?q a gkg:Appeal ; gkg:speaker ?u . ?u a gkg:UnnamedActors ; rdfs:label ?asker }")
    assert row["asker"] == "unnamed questioner"


def test_a_saying_dated_after_the_hearing_and_not_all_of_unnamed_people(store):
    [row] = sparql_rows(store, "SELECT ?after ?day WHERE { ?c gkg:supports fact:access-julian-assange-united-states ; "
                               "gkg:saidAfter ?after OPTIONAL { ?c dcterms:date ?day } }")
    assert (row["after"].rsplit("/", 1)[1], row.get("day")) == (HEARING, None)
    [row] = sparql_rows(store, "SELECT ?p ?max WHERE { fact:praise-assange-outcome-not-all gkg:speaker ?u . "
                               "?u gkg:proportion ?p ; gkg:maxShare ?max }")
    assert (row["p"], float(row["max"])) == ("not all", 100.0)


def test_a_chartered_jet_a_refuelling_stop_and_the_time_it_landed(store):
    [out] = [r for r in query_rows(store, "journeys") if r["fact"] == FLIGHT_OUT]
    assert (out["stops"], out["conveyance"]) == ("Bangkok (refuel)", "chartered jet")
    [row] = sparql_rows(store, f"SELECT ?how ?why WHERE {{ fact:{FLIGHT_OUT} gkg:conveyance ?how ; "
                               "gkg:stop/gkg:stopPurpose ?why }")
    assert (row["how"], row["why"]) == ("chartered jet", "refuel")
    [row] = sparql_rows(store, f"SELECT ?t ?w WHERE {{ fact:{FLIGHT_HOME} gkg:earliestEndTimeOfDay ?t ; "
                               "gkg:endTimeOfDayLabel ?w }")
    assert (row["t"], row["w"]) == ("19:30:00+10:00", "shortly after 19:30+10:00")
    # The landing is no start time of the journey.
    assert sparql_rows(store, f"SELECT ?t WHERE {{ fact:{FLIGHT_HOME} gkg:timeOfDay|gkg:earliestTimeOfDay ?t }}") == []


# -- 2. docs, vocabulary and refusals ----------------------------------------------------------------------

def test_claims_md_and_the_vocabulary_show_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("`creditedDetention: <the detention's fact id>`", "`legalActionKind: bail`", "`legalActionKind: pardon`",
                  "`{status: leave granted, date: 2024-05, party: High Court}`", "`type: Debt`", "`type: Conspiracy`",
                  "`medium: court papers`", "`said_on: {after: <the hearing's fact id>}`", "`conveyance: chartered jet`",
                  "`stop: [{place: Bangkok, purpose: refuel}]`", "`endTimeOfDay: \"shortly after 19:30+10:00\"`",
                  "`speaker: not all unnamed people`"):
        assert shown in text, shown
    for words, first in [(("bail",), "bail (value;"), (("owe",), "Debt (kind of fact"),
                         (("time", "served"), "creditedDetention (key"), (("conspiring",), "Conspiracy (kind of fact"),
                         (("arrival", "time"), "endTimeOfDay (key")]:
        assert kg_cli("vocabulary", *words, check=0).stdout.startswith(first), words


def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_with_the_incomplete(RECOUNT, CLAIMS, tmp_path, WRONG, INCOMPLETE)
