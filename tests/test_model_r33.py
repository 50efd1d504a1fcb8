"""What a newcomer could not write, or was misled about, for the International Court of
Justice's order of provisional measures in South Africa v. Israel
(tests/data/newcomer-court-order), and what the canned queries answered wrongly for it,
each fixed for its kind (court orders, their measures, judges' votes and findings, in news
in general): an order of several measures, each measure's subject, beneficiary and vote;
votes of equal tallies kept apart; a court's finding as a legal action of its own; who
attended a hearing; the timing a party asked for; a war's victims; 'could take years' as a
delay; a denial dated when it was made, not by what it denies.

Each new key is read from tests/data/newcomer-court-order-recount, which the real
``kg build`` writes once for the module; the queries run on it in this process. The wrong
claims are added together to a copy of the re-counted claims, and one ``kg ingest
--dry-run`` must refuse each with its own message.
"""

from __future__ import annotations

import pytest
from casefiles import with_claims
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

RECOUNT = ROOT / "tests" / "data" / "newcomer-court-order-recount"
CLAIMS = "claims/000_67bfb37f057b5da1.yaml"
ORDER = "order-icj-provisional-measures-israel-2024-01-26"
CASE = "case-south-africa-israel-genocide-convention-icj"
HALT = "measure-icj-israel-suspend-military-operations"
ACCUSATION = "accusation-south-africa-israel-genocide-convention-breach"
WAR = "war-israel-hamas-gaza"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims, built once by the real ``kg build``; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


@pytest.fixture(scope="module")
def legal(store):
    """The ``legal-actions`` rows of the re-count, by fact id."""
    return by_fact(query_rows(store, "legal-actions"))


#: Claims each refused for its own reason, added together to the re-counted claims: the
#: key, or the words of its message that must be printed.
WRONG = {
    "stage delay on a stage reached":
        ('{id: x0, fact: ' + HALT + ', type: LegalAction, court: ICJ, target: Israel, stage: {status: issued, '
         'date: 2024-01-26, delay: immediately}, quote: "asked the court to order Israel to suspend its military '
         'operations immediately"}',
         "stage.delay: only a requested stage takes a delay", "got status 'issued'"),
    "stage delay in words no reader knows":
        ('{id: x1, fact: ' + HALT + ', type: LegalAction, court: ICJ, target: Israel, stage: {status: requested, '
         'party: South Africa, delay: at once or so}, quote: "asked the court to order Israel to suspend its '
         'military operations immediately"}',
         "stage.delay: invalid delay 'at once or so'; write 'immediately'", ""),
    "victims of a protest":
        ('{id: x2, fact: protest-x, type: Protest, participant: Palestinians in Gaza, killedPeople: {actor: 3 unnamed '
         'Palestinians, of: Palestinians in Gaza}, quote: "more than 26,000 Palestinians have been killed"}',
         "key 'killedPeople' does not apply to a Protest: its domain is Accident or ArmedConflict or Attack", ""),
    "a delay no reader knows":
        ('{id: x3, fact: ruling-icj-merits-south-africa-israel, type: LegalAction, court: ICJ, target: Israel, '
         'date: {after: ' + ORDER + ', delay: ages}, quote: "a ruling on the merits could take years"}',
         "date.delay: invalid delay 'ages'", "'years' (two or more: 'could take years')"),
    "an attendee of an attack":
        ('{id: x4, fact: attack-x, type: Attack, perpetrator: Hamas, attendee: Naledi Pandor, '
         'quote: "Naledi Pandor, who attended the hearing"}',
         "key 'attendee' does not apply to an Attack: its domain is Agreement or Ceremony or Lease or LegalAction or Meeting or Statement or Vote", ""),
    "a finding in no case":
        ('{id: x5, fact: finding-x, type: LegalAction, legalActionKind: finding, court: ICJ, subject: the court had '
         'jurisdiction to hear the case, quote: "said the court had jurisdiction to hear the case"}',
         "fact 'finding-x' (LegalAction): a legal action needs a target", ""),
    "a vote on a measure no claim states":
        ('{id: x6, fact: vote-x, type: Vote, votingBody: ICJ, votedOn: measure-icj-israel-halt-everything, '
         'votesFor: 15, votesAgainst: 2, quote: "the judges decided by 15 to 2"}',
         "votedOn: 'measure-icj-israel-halt-everything' is not the id of a fact stated by a claim", ""),
}


# -- 1. the queries --------------------------------------------------------------------------------------

def test_an_orders_votes_of_equal_tallies_stay_apart_and_each_measure_shows_its_own(legal, store):
    # Three votes are part of the order, two of them 15-2: all three are shown.
    assert legal[ORDER]["vote"] == "15-2; 15-2; 16-1"
    votes = sparql_rows(store, f"SELECT ?v WHERE {{ ?v a gkg:Vote ; gkg:partOf fact:{ORDER} }}")
    assert len(votes) == 3
    # Each measure shows the vote on it (votedOn the measure), not the order's others.
    assert legal["measure-icj-israel-preserve-evidence"]["vote"] == "15-2"
    assert legal["measure-icj-israel-enable-humanitarian-assistance"]["vote"] == "16-1"
    # A measure no vote is on shows none: the halt the court declined to order.
    assert legal[HALT]["vote"] is None


def test_each_measure_shows_what_it_orders_and_whom_it_protects_apart_from_who_brought_it(legal):
    measures = {f: r for f, r in legal.items() if f.startswith("measure-")}
    # Six measures ordered and the one declined: each told apart by what it orders.
    assert len({r["subject"] for r in measures.values()}) == len(measures) == 7
    aid = legal["measure-icj-israel-enable-humanitarian-assistance"]
    assert aid["subject"] == "enable the provision of urgently needed humanitarian assistance to Palestinians in Gaza"
    # The people a measure protects are its beneficiary, not its initiator.
    assert (aid["beneficiary"], aid["initiator"]) == ("Palestinians in Gaza", None)
    assert not any("granted to" in (r["initiator"] or "") for r in legal.values())
    # Who did bring it stays the initiator: South Africa on the order.
    assert (legal[ORDER]["initiator"], legal[ORDER]["beneficiary"]) == ("South Africa", None)


def test_a_denial_is_dated_when_it_was_made_not_by_the_accusation_it_denies(store):
    rows = [r for r in query_rows(store, "statements") if r["fact"] == ACCUSATION]
    denials = [r for r in rows if r["kind"] == "denial of accusation"]
    assert {r["speaker"] for r in denials} == {"Benjamin Netanyahu", "unnamed spokesman (United States Department of State)"}
    # Said on the article's day (no said_on given): never the accusation's 2023-12-29.
    assert {r["date"] for r in denials} == {"2024-01-26 (published)"}
    # The accusation itself keeps its own date.
    assert {r["date"] for r in rows if r["kind"] != "denial of accusation"} == {"2023-12-29"}


# -- 2. orders, findings, hearings ------------------------------------------------------------------------

def test_a_courts_finding_is_a_legal_action_part_of_the_ruling(legal, store):
    finding = legal["finding-icj-jurisdiction-south-africa-israel"]
    assert (finding["action"], finding["subject"], finding["target_fact"], finding["court"]) == (
        f"finding; part of {ORDER}", "the court had jurisdiction to hear the case", CASE, "International Court of Justice")
    rows = sparql_rows(store, f"SELECT ?f WHERE {{ ?f gkg:legalActionKind gkg:Finding ; gkg:partOf fact:{ORDER} }} ORDER BY ?f")
    assert [r["f"].rsplit("/", 1)[1] for r in rows] == ["finding-icj-jurisdiction-south-africa-israel", "finding-icj-rights-plausible"]
    # No longer an analyst's Assessment.
    assert sparql_rows(store, "SELECT ?f WHERE { ?f a gkg:Assessment ; gkg:speaker ?c . ?c a gkg:Court }") == []


def test_who_attended_a_hearing_is_an_attendee_of_the_ruling(store):
    rows = sparql_rows(store, f"SELECT ?a WHERE {{ fact:{ORDER} gkg:attendee/rdfs:label ?a }}")
    assert [r["a"] for r in rows] == ["Naledi Pandor"]
    # No meeting made up to carry her.
    assert sparql_rows(store, "SELECT ?m WHERE { ?m a gkg:Meeting ; gkg:attendee ?a }") == []


# -- 3. the two losses and 'could take years' -------------------------------------------------------------

def test_the_timing_a_party_asked_for_is_on_the_requested_stage(legal, store):
    assert legal[HALT]["status"] == "requested (South Africa, 2023-12-29), to take effect immediately"
    [row] = sparql_rows(store, f"SELECT ?w ?lo ?hi WHERE {{ fact:{HALT} gkg:stage ?s . ?s gkg:stageDelayLabel ?w "
                               "OPTIONAL { ?s gkg:stageMinDelay ?lo } OPTIONAL { ?s gkg:stageMaxDelay ?hi } }")
    # 'immediately' keeps its word, no bound invented.
    assert (row["w"], row.get("lo"), row.get("hi")) == ("immediately", None, None)
    [stage] = [r for r in query_rows(store, "stages", fact=HALT) if r["status"] == "requested"]
    assert (stage["party"], stage["timing"]) == ("South Africa", "immediately")


def test_a_wars_victims_are_its_killed_people(store):
    [row] = sparql_rows(store, f"SELECT ?l ?n ?of WHERE {{ fact:{WAR} gkg:killedPeople ?k . ?k rdfs:label ?l ; "
                               "gkg:minCount ?n ; gkg:ofOrganisation/rdfs:label ?of }")
    assert (row["l"], int(row["n"]), row["of"]) == ("more than 26000 unnamed Palestinians", 26001, "Palestinians in Gaza")
    toll = by_fact(query_rows(store, "casualties"))[WAR]
    assert toll["victims"] == "killed: more than 26000 unnamed Palestinians (Palestinians in Gaza)"
    # The attack's toll names no victims: none are invented for it.
    assert by_fact(query_rows(store, "casualties"))["attack-hamas-israel-2023-10-07"]["victims"] is None


def test_could_take_years_is_a_delay_of_two_years_or_more(legal, store):
    [row] = sparql_rows(store, "SELECT ?w ?lo ?e WHERE { fact:ruling-icj-merits-south-africa-israel gkg:relativeDate ?r ; "
                               "gkg:dateEarliest ?e . ?r gkg:delayLabel ?w ; gkg:minDelay ?lo "
                               "FILTER NOT EXISTS { ?r gkg:maxDelay ?hi } }")
    assert (row["w"], row["lo"], row["e"]) == ("years", "P2Y", "2026-01-26")
    assert legal["ruling-icj-merits-south-africa-israel"]["date"] == f"after 2026-01-26 (years after {ORDER})"


# -- refusals -------------------------------------------------------------------------------------------

def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    path, first = with_claims(RECOUNT, CLAIMS, tmp_path, [claim for claim, _, _ in WRONG.values()])
    proc = kg_cli("ingest", "--dry-run", path, check=2)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    for n, (name, (_, message, detail)) in enumerate(WRONG.items()):
        where = f"(line {first + n})"
        said = [line for line in lines if where in line or (name == "a finding in no case" and "finding-x" in line)]
        assert said and message in said[0] and detail in said[0], (name, said, proc.stderr)
