"""What a newcomer could not write, or was misled about, for the end of the UN mission in
Mali in 2023 (tests/data/newcomer-peacekeeping), and what the canned queries answered
wrongly for it, each fixed for its kind (peacekeeping and military missions, mandates,
withdrawals and handovers of bases, seizures of sites, deadlines and things done "by" a
date, in news in general): an end only demanded, planned or allowed shown as the end in
``exercises`` and ``facts``, and a deployment's deadline missing from ``exercises``; a
fact done by a day, a state as employer, a governor whose region the text does not give,
a mandate a resolution ends, a member's own reason for its vote; a base handed over from
one holder to another, a site seized, a legal basis that is a fact of the file, what a
fact leaves out and how it was done, "the last convoy".

Each is read from tests/data/newcomer-peacekeeping-recount, which the real ``kg build``
writes once for the module; the queries run on it in this process. The wrong claims are
added together to a copy of the re-counted claims, and one ``kg ingest --dry-run`` must
refuse each with its own message.
"""

from __future__ import annotations

import pytest
from casefiles import refused_each_on_its_line
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

RECOUNT = ROOT / "tests" / "data" / "newcomer-peacekeeping-recount"
CLAIMS = "claims/p01_minusma-timbuktu-handover.yaml"
MISSION = "deployment-minusma-mali"
DEMAND = "appeal-diop-minusma-leave"
QUOTE = 'quote: "The pullout has been dangerous."'


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims, built once by the real ``kg build``; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted claims: the words of its message that must be printed on its line.
WRONG = {
    "a city as employer":
        ('{id: x0, fact: occupation-x, type: Occupation, person: Jeffrey DeLaurentis, occupation: diplomat, '
         'employer: Timbuktu, ' + QUOTE + '}',
         "employer: 'Timbuktu' is a City, but employer takes an Organisation or a State"),
    "an organisation as the site seized":
        ('{id: x1, fact: seizure-x, type: Seizure, perpetrator: CMA, seized: MINUSMA, ' + QUOTE + '}',
         "seized: 'MINUSMA' is an Organisation, which only a state or its government seizes"),
    "a former holder on a seizure":
        ('{id: x2, fact: seizure-y, type: Seizure, perpetrator: CMA, seized: Kidal camp, transferredFrom: MINUSMA, '
         + QUOTE + '}',
         "key 'transferredFrom' does not apply to a Seizure: its domain is Control or TerritorialTransfer"),
    "a day done by, in words":
        ('{id: x3, fact: travel-x, type: Travel, traveller: MINUSMA, origin: Mali, date: by the start of November, '
         + QUOTE + '}',
         "date: invalid date 'by the start of November'; use YYYY-MM-DD, YYYY-MM or YYYY, or an interval start/end, "
         "'fiscal year 2030-31', 'autumn 2023', 'in recent years', 'in the past two years' or 'in the past two "
         "decades', or a day ahead in words: 'within days', 'next week', 'soon', 'immediately', or the day it was "
         "done by: 'by 2023-11-01', or the earliest: 'as soon as 2024-12-06', 'after 2030'"),
    "a place as the former holder":
        ('{id: x4, fact: control-y, type: Control, controller: CMA, controlled: Kidal camp, transferredFrom: Timbuktu, '
         + QUOTE + '}',
         "transferredFrom: 'Timbuktu' is a City, but transferredFrom takes an Actor"),
    "a group as what a fact leaves out":
        ('{id: x5, fact: travel-z, type: Travel, traveller: MINUSMA, origin: Mali, excluding: {group: liquidation-team}, '
         + QUOTE + '}',
         "excluding: expected text, got {'group': 'liquidation-team'}"),
    "a manner read as a boolean":
        ('{id: x6, fact: travel-y, type: Travel, traveller: MINUSMA, origin: Mali, manner: true, ' + QUOTE + '}',
         'manner: expected text, got the YAML boolean true'),
    "a legal basis that is no fact of the file":
        ('{id: x7, fact: control-z, type: Control, controller: CMA, controlled: Kidal camp, '
         'legalBasis: agreement-mali-peace-2016, ' + QUOTE + '}',
         "legalBasis: 'agreement-mali-peace-2016' is not the id of a fact stated by a claim of this file"),
}


# -- 1. the queries --------------------------------------------------------------------------------------

def test_an_end_only_demanded_or_allowed_is_not_shown_as_the_end_and_the_deadline_is(store):
    rows = by_fact(query_rows(store, "exercises"))
    # Diop's demand is no end of the deployment; the Council's deadline is in the row.
    assert rows[MISSION]["dates"] == f"since 2013 / deadline 2023-12-31 / requested: until immediately after {DEMAND}"
    assert rows["deployment-minusma-mali-protection-of-civilians"]["dates"] == "permitted: until 2023-09-30"
    facts = by_fact(query_rows(store, "facts", type="Deployment"))
    assert facts[MISSION]["dates"] == f"2013 / requested: until (immediately after {DEMAND})"
    # An end the article asserts is the end, as before.
    controls = by_fact(query_rows(store, "facts", type="Control"))
    assert controls["control-minusma-camp-timbuktu"]["dates"] == "until 2023-12-28"
    timeline = by_fact(query_rows(store, "timeline", entity="MINUSMA"))
    assert timeline["deployment-minusma-mali-protection-of-civilians"]["date"] == "until 2023-09-30 (end permitted)"
    assert timeline["control-minusma-camp-timbuktu"]["date"] == "until 2023-12-28"


def test_a_fact_done_by_a_day_keeps_that_day_as_its_latest_with_the_words(store):
    staff = "travel-minusma-staff-leave-mali-2023"
    [row] = sparql_rows(store, f"SELECT ?l ?w WHERE {{ fact:{staff} gkg:dateLatest ?l ; gkg:dateLabel ?w }}")
    assert (row["l"], row["w"]) == ("2023-11-01", "by 2023-11-01")
    # No start invented: the first pass's 2023-06-30 is gone.
    assert sparql_rows(store, f"SELECT ?d WHERE {{ fact:{staff} gkg:dateEarliest|gkg:startDate|gkg:date ?d }}") == []
    assert by_fact(query_rows(store, "facts", type="Travel"))[staff]["dates"] == "before 2023-11-01 (by 2023-11-01)"
    [journey] = [r for r in query_rows(store, "journeys") if r["fact"] == staff]
    assert journey["date"] == "before 2023-11-01"


# -- 2. docs and messages ----------------------------------------------------------------------------------

def test_claims_md_shows_each_documented_form():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("`date: by 2023-11-01`", "`employer: United States`", "`positionOf: unnamed region`",
                  "`reason: it agreed with the timeline`", "`mandateEnd: 2023-06-30`", "`transferredFrom: MINUSMA`",
                  "`seized: Kidal camp`", "`legalBasis: [the 2015 peace deal, agreement-mali-peace-2015]`",
                  "`excluding: a liquidation team`", "`manner: hurried`", "`rankFromBottom: 1`",
                  "`countedOver: convoys from Kidal`", "`votesFor: 15`", "`actionType: obstruction`",
                  "`actionType: destruction`", "`item: liquidation phase`",
                  "| `transferredFrom` | TerritorialTransfer, Control | Actor | yes |",
                  "| `seized` | Seizure | Asset, Site, Organisation (a company nationalised, by a state or its government only) | no |"):
        assert shown in text, shown


def test_the_vocabulary_finds_the_words_of_a_mission_s_end():
    for words, found in [(("hand", "over", "base"), "transferredFrom (key"),
                         (("handed", "over"), "transferredFrom (key"),
                         (("liquidation",), "liquidation phase"),
                         (("destroyed", "equipment"), "actionType: destruction"),
                         (("obstruct",), "actionType: obstruction"),
                         (("except", "for"), "excluding (key"),
                         (("hurried",), "manner (key"),
                         (("had", "left", "by"), "date: by 2023-11-01")]:
        assert found in kg_cli("vocabulary", *words, check=0).stdout, words


# -- 3. the losses, read back ---------------------------------------------------------------------------------

def test_a_base_handed_over_and_a_camp_seized(store):
    [row] = sparql_rows(store, "SELECT ?c ?s ?from ?d WHERE { fact:control-mali-minusma-camp-timbuktu gkg:controller/rdfs:label ?c ; "
                               "gkg:controlled/rdfs:label ?s ; gkg:transferredFrom/rdfs:label ?from ; gkg:startDate ?d }")
    assert (row["c"], row["s"], row["from"], row["d"]) == (
        "Government of Mali", "MINUSMA camp in Timbuktu", "MINUSMA", "2023-12-28")
    controls = by_fact(query_rows(store, "facts", type="Control"))
    assert "transferred from: MINUSMA" in controls["control-mali-minusma-camp-timbuktu"]["participants"]
    # The ceremony is the handover's.
    ceremonies = by_fact(query_rows(store, "facts", type="Ceremony"))
    assert "part of: control-mali-minusma-camp-timbuktu" in ceremonies["ceremony-handover-timbuktu-2023-12-28"]["links"]
    # A control the text does not say was handed over names no former holder.
    assert "transferred from" not in controls["control-malian-army-tessalit-base"]["participants"]
    [row] = sparql_rows(store, "SELECT ?p ?s ?k WHERE { ?f a gkg:Seizure ; gkg:perpetrator/rdfs:label ?p ; "
                               "gkg:seized ?x . ?x rdfs:label ?s ; a ?k }")
    assert (row["p"], row["s"], row["k"].rsplit("#", 1)[1]) == ("CMA", "MINUSMA camp in Kidal", "Site")
    # The seizure is the CMA's claim, not a control the article asserts.
    assert [r for r in query_rows(store, "facts", type="Control") if "CMA" in r["participants"]] == []


def test_a_legal_basis_that_is_a_fact_what_a_withdrawal_leaves_out_and_how_it_was_done(store):
    [row] = sparql_rows(store, "SELECT ?w ?f WHERE { fact:control-malian-army-kidal-camp gkg:legalBasis ?w ; "
                               "gkg:legalBasisFact ?x . ?x rdfs:label ?f }")
    assert (row["w"], row["f"]) == ("the 2015 peace deal", "agreement-mali-peace-2015")
    controls = by_fact(query_rows(store, "facts", type="Control"))
    assert "legal basis (a fact): agreement-mali-peace-2015" in controls["control-malian-army-kidal-camp"]["links"]
    details = by_fact(query_rows(store, "facts", type="Deployment"))[MISSION]["details"].split("; ")
    # (the team left behind is the plan's, on a deployment the article asserts)
    assert "excluding, planned: a liquidation team" in details and "manner: hurried" in details
    assert "description: except for a liquidation team" not in details
    [row] = sparql_rows(store, f"SELECT ?m WHERE {{ ?c gkg:supports fact:{MISSION} ; gkg:statesValue ?s ; gkg:modality ?m . "
                               "?s rdf:predicate gkg:excluding }")
    assert row["m"].rsplit("#", 1)[1] == "Planned"


def test_a_state_employs_a_governor_s_region_is_not_invented_a_mandate_ends_by_a_resolution(store):
    [row] = sparql_rows(store, "SELECT ?p ?o ?e WHERE { fact:occupation-jeffrey-delaurentis-diplomat a gkg:Occupation ; "
                               "gkg:person/rdfs:label ?p ; gkg:occupation ?o ; gkg:employer ?x . ?x a gkg:State ; rdfs:label ?e }")
    assert (row["p"], row["o"], row["e"]) == ("Jeffrey DeLaurentis", "diplomat", "United States")
    # No post invented for him, so 'leaders' does not list him.
    assert not [r for r in query_rows(store, "leaders") if "DeLaurentis" in str(r)]
    [row] = sparql_rows(store, "SELECT ?l WHERE { fact:position-bakoun-kante-governor gkg:positionOf ?x . "
                               "?x a gkg:UnnamedActors ; rdfs:label ?l }")
    assert row["l"] == "unnamed region"
    [row] = sparql_rows(store, "SELECT ?d ?r WHERE { fact:bodyof-minusma-united-nations gkg:mandateEnd ?d ; "
                               "gkg:causedBy/rdfs:label ?r }")
    assert (row["d"], row["r"]) == ("2023-06-30", "resolution-unsc-2690")
    assert sparql_rows(store, "SELECT ?s WHERE { fact:bodyof-minusma-united-nations gkg:stage ?s }") == []
    [row] = sparql_rows(store, "SELECT ?n ?o WHERE { fact:travel-last-convoy-kidal-2023-10-31 gkg:rankFromBottom ?n ; "
                               "gkg:countedOver ?o }")
    assert (int(row["n"]), row["o"]) == (1, "convoys from Kidal")


# -- refusals -------------------------------------------------------------------------------------------

def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    lines = refused_each_on_its_line(RECOUNT, CLAIMS, tmp_path, WRONG)
    # The re-counted claims themselves are refused nowhere: every line named is an added claim's.
    named = [int(line.split("(line ")[1].split(")")[0]) for line in lines if "(line " in line]
    first = (RECOUNT / CLAIMS).read_text(encoding="utf-8").count("\n") + 1
    assert len(named) == len(WRONG) and min(named) == first, named
