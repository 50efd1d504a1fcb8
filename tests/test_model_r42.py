"""What a newcomer could not write, or had to invent, for a state's accession to NATO
(Sweden, 2022-2024: tests/data/newcomer-nato-accession), each fixed for its kind
(accessions, ratifications, linkage and treaties in news in general): a span between two
stages of a fact (a stage's ``after`` and ``elapsed``), a stage reached after another
fact beside its own date, how long a stage lasted (a stage's ``duration``), an objection
given up (the stage ``objection lifted``), a fact one actor made conditional on another
(``conditionFact``, ``conditionSetBy``), evidence a speaker cites (``groundsFact``), a
statement or publication about one stage of a fact (``aboutStage``; ``aboutFact`` on a
publication, as its definition says), ``relatedFact`` as a key, and a treaty known only
by its depositary, with no parties invented.

Each is read from tests/data/newcomer-nato-accession-recount, which the real ``kg build``
writes once for the module, through the canned queries or SPARQL. The wrong claims are
added together to a copy of the re-counted claims, and one ``kg ingest --dry-run`` must
refuse each with its own message.
"""

from __future__ import annotations

import pytest
from casefiles import dry_run_apart, refused_with_the_incomplete
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

RECOUNT = ROOT / "tests" / "data" / "newcomer-nato-accession-recount"
CLAIMS = "claims/000_da4156070969f410.yaml"
MEMBERSHIP = "membership-sweden-nato"
INVASION = "invasion-russia-ukraine-2022"
F16 = "arms-united-states-turkey-f-16"
VOTE = "vote-turkish-parliament-sweden-nato-2024-01-23"
QUOTE = 'quote: "The road to Thursday\'s ceremony ran through Ankara and Budapest."'
SWEDEN = "member: sweden, memberOf: nato"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims, built once by the real ``kg build``; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


def stage_rows(store, prop: str) -> list[tuple[str, str]]:
    """(status label, value) of each stage of the membership that has ``prop`` (a gkg
    local name); a value that is an IRI is given by its last segment."""
    rows = sparql_rows(store, f"SELECT ?st ?v WHERE {{ fact:{MEMBERSHIP} gkg:stage ?s . ?s gkg:stageStatus/rdfs:label ?st ; "
                              f"gkg:{prop} ?v }} ORDER BY ?st")
    return [(r["st"], r["v"].rsplit("/", 1)[-1].rsplit("#", 1)[-1]) for r in rows]


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted claims: the words of its message that must be printed on its line.
WRONG = {
    "a span with nothing it is counted from":
        ('{id: x0, fact: membership-x, type: Membership, ' + SWEDEN + ', stage: {status: acceded, elapsed: twenty months}, '
         + QUOTE + '}',
         "stage.elapsed: the time between an earlier fact or stage and this stage needs what it is counted from"),
    "a stage reached after itself":
        ('{id: x1, fact: membership-y, type: Membership, ' + SWEDEN + ', stage: {status: acceded, after: acceded}, '
         + QUOTE + '}',
         "stage.after: a stage is not reached after itself"),
    "a stage after a date":
        ('{id: x2, fact: membership-z, type: Membership, ' + SWEDEN + ', stage: {status: requested, after: May 2022}, '
         + QUOTE + '}',
         "stage.after: the id of the fact the stage was reached after"),
    "a stage's length in no words of time":
        ('{id: x3, fact: membership-w, type: Membership, ' + SWEDEN + ', stage: {status: stalled, duration: forever}, '
         + QUOTE + '}',
         "stage.duration: invalid duration 'forever'"),
    "who tied a deal, with no condition":
        ('{id: x4, fact: arms-x, type: ArmsTransfer, supplier: united-states, recipient: turkey, '
         'conditionSetBy: recep-tayyip-erdogan, ' + QUOTE + '}',
         "conditionSetBy: who made the fact conditional needs the condition in the same claim"),
    "a stage spoken of, of no fact":
        ('{id: x5, fact: praise-x, type: Praise, speaker: antony-blinken, aboutStage: signed, ' + QUOTE + '}',
         "aboutStage: the stage a statement or characterisation is about needs the fact whose stage it is"),
    "a stage spoken of that is no status":
        ('{id: x6, fact: praise-y, type: Praise, speaker: antony-blinken, aboutFact: ' + MEMBERSHIP + ', '
         'aboutStage: the signature, ' + QUOTE + '}',
         "aboutStage: unknown value 'the signature'"),
    "evidence cited by an arms sale":
        ('{id: x7, fact: arms-y, type: ArmsTransfer, supplier: united-states, recipient: turkey, groundsFact: '
         + MEMBERSHIP + ', ' + QUOTE + '}',
         "key 'groundsFact' does not apply to an ArmsTransfer"),
    "an objection lifted from a meeting":
        ('{id: x8, fact: meeting-x, type: Meeting, participant: [ulf-kristersson, viktor-orban], '
         'stage: {status: objection lifted, party: hungary}, ' + QUOTE + '}',
         "status: 'objection lifted' is said of"),
}

#: Facts refused by the shapes once read: the words of the message naming the fact.
INCOMPLETE = {
    "a treaty of no one, kept by no one":
        ('{id: y0, fact: agreement-y, type: Agreement, description: the alliance\'s founding treaty, ' + QUOTE + '}',
         "fact 'agreement-y' (Agreement): an agreement needs at least two parties"),
}


# -- 1. the losses, read back ------------------------------------------------------------------------------

def test_twenty_months_from_the_application_and_an_application_after_the_invasion(store):
    assert stage_rows(store, "stageAfterStatus") == [("acceded", "Requested")]
    assert stage_rows(store, "stageElapsedLabel") == [("acceded", "twenty months")]
    assert stage_rows(store, "stageMinElapsed") == [("acceded", "P1Y8M")]
    assert stage_rows(store, "stageAfterFact") == [("requested", INVASION)]
    # The wait is no length of the membership, which goes on.
    assert sparql_rows(store, f"SELECT ?d WHERE {{ fact:{MEMBERSHIP} gkg:duration|gkg:durationLabel ?d }}") == []
    # The application keeps its own month beside the order.
    by_status = {r["status"]: r for r in query_rows(store, "stages", fact=MEMBERSHIP)}
    assert by_status["requested"]["date"] == "2022-05" and by_status["acceded"]["date"] == "2024-03-07"


def test_a_stage_held_for_more_than_a_year_and_objections_lifted(store):
    assert stage_rows(store, "stageDurationLabel") == [("stalled", "more than a year")]
    assert stage_rows(store, "stageMinDuration") == [("stalled", "P1Y")]
    lifted = [r["party"] for r in query_rows(store, "stages", fact=MEMBERSHIP) if r["status"] == "objection lifted"]
    assert sorted(lifted) == ["Hungary", "Turkey"]


def test_a_deal_tied_to_the_vote_by_erdogan(store):
    sale = by_fact(query_rows(store, "facts", type="ArmsTransfer"))[F16]
    assert f"condition (a fact): {VOTE}" in sale["links"].split("; ")
    assert "Recep Tayyip Erdogan" in sale["participants"]
    [row] = sparql_rows(store, f"SELECT ?who WHERE {{ fact:{F16} gkg:conditionSetBy/rdfs:label ?who ; "
                               f"gkg:conditionFact fact:{VOTE} }}")
    assert row["who"] == "Recep Tayyip Erdogan"


def test_evidence_cited_and_statements_about_one_stage(store):
    debacle = by_fact(query_rows(store, "facts", type="Assessment"))["assessment-blinken-invasion-strategic-debacle"]
    links = debacle["links"].split("; ")
    assert f"grounds (a fact): {MEMBERSHIP}" in links and f"about (a fact): {INVASION}" in links
    rows = sparql_rows(store, f"SELECT ?f ?st WHERE {{ ?f gkg:aboutFact fact:{MEMBERSHIP} ; gkg:aboutStage/rdfs:label ?st }} "
                              "ORDER BY ?st")
    assert [(r["f"].rsplit("/", 1)[1], r["st"]) for r in rows] == [
        ("publication-turkey-official-gazette-sweden-ratification-2024-01-26", "ratified"),
        ("praise-blinken-erdogan-signature", "signed")]
    # The stage spoken of is one the membership has.
    assert ("signed", "Signed") in stage_rows(store, "stageStatus")


def test_a_treaty_known_by_its_depositary_has_no_invented_parties(store):
    [row] = sparql_rows(store, "SELECT ?dep ?words WHERE { fact:agreement-north-atlantic-treaty gkg:depositary/rdfs:label ?dep ; "
                               "gkg:description ?words }")
    assert (row["dep"], row["words"]) == ("US State Department", "the alliance's founding treaty")
    assert sparql_rows(store, "SELECT ?p WHERE { fact:agreement-north-atlantic-treaty gkg:party ?p }") == []


# -- 2. docs, vocabulary and refusals ----------------------------------------------------------------------

def test_claims_md_and_the_vocabulary_show_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("`after: requested, elapsed: twenty months`", "`{status: stalled, party: Turkey, duration: more than a year}`",
                  "`{status: requested, date: 2022-05, after: invasion-russia-ukraine-2022}`",
                  "`{status: objection lifted, party: Turkey}`", "`conditionFact: <the vote's fact id>`",
                  "`conditionSetBy: Recep Tayyip Erdogan`", "`groundsFact: <the cited fact's id>`", "`aboutStage: signed`",
                  "`relatedFact: <fact id>`", "an `Agreement` with `depositary`"):
        assert shown in text, shown
    for words, first in [(("relent",), "objection lifted (value"), (("tied", "to"), "conditionFact (key"),
                         (("example",), "groundsFact (key")]:
        out = kg_cli("vocabulary", *words, check=0).stdout
        assert out.startswith(first), (words, out[:200])
    # A stage's keys are found through the guide's table of an article's words.
    out = kg_cli("vocabulary", "twenty", "months", "of", "waiting", check=0).stdout
    assert out.startswith("Where CLAIMS.md maps an article's words to a claim's:") and "elapsed: twenty months" in out


def test_related_fact_named_by_the_definitions_is_read(tmp_path):
    # 'kg vocabulary Alliance' and 'Competition' name relatedFact; the reader takes it.
    claim = ('{id: x, fact: arms-united-states-greece-f-35, type: ArmsTransfer, supplier: united-states, '
             f'recipient: greece, relatedFact: {F16}, ' + QUOTE + '}')
    assert "Error" not in dry_run_apart(RECOUNT, CLAIMS, tmp_path, claim, check=0)
    assert kg_cli("vocabulary", "relatedFact", check=0).stdout.startswith("relatedFact (key")


def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_with_the_incomplete(RECOUNT, CLAIMS, tmp_path, WRONG, INCOMPLETE)
