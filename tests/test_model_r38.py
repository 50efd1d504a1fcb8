"""What a newcomer could not write, or was misled about, for the IPC's famine finding in
Gaza governorate of August 2025 (tests/data/newcomer-famine), and what the canned
queries answered wrongly for it, each fixed for its kind (humanitarian crises, famine and
food-security findings, aid access, tolls, funding appeals, official denials, in news in
general): a crisis's toll in ``facts``, an appeal's sum and a repeated call in
``statements``; a figure for a region, the UN's informal titles; a funding appeal and its
funded share, the phase of the IPC scale, a crisis spreading, the children among a
famine's dead, an area a report leaves out, whose data it relies on, a figure's earlier
value, words said late in a month, access that names no grantee and a supply whose
supplier the text does not give.

Each is read from tests/data/newcomer-famine-recount, which the real ``kg build`` writes
once for the module; the queries run on it in this process. The wrong claims are added
together to a copy of the re-counted claims, and one ``kg ingest --dry-run`` must refuse
each with its own message.
"""

from __future__ import annotations

import pytest
from casefiles import dry_run_apart, refused_with_the_incomplete
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

RECOUNT = ROOT / "tests" / "data" / "newcomer-famine-recount"
CLAIMS = "claims/000_87555d74add3278b.yaml"
FAMINE = "crisis-famine-gaza-governorate-2025"
HUNGER = "crisis-hunger-gaza-strip-2023"
REPORT = "publication-ipc-gaza-2025-08-22"
FLASH = "appeal-un-flash-palestinian-territories-2025"
THRESHOLD = "indicator-ipc-famine-threshold-2025"
QUOTE = 'quote: "Access remains limited."'


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims, built once by the real ``kg build``; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted claims: the words of its message that must be printed on its line.
WRONG = {
    "a figure for changeFrom":
        ('{id: x0, fact: ' + THRESHOLD + ', type: Indicator, changeFrom: 30 percent, ' + QUOTE + '}',
         "changeFrom: invalid date '30 percent'; use YYYY-MM-DD, YYYY-MM or YYYY; the figure it changed from is "
         "previousAmount: 30 percent"),
    "a phase the IPC scale has not":
        ('{id: x1, fact: ' + FAMINE + ', type: HumanitarianCrisis, classificationPhase: phase 6, ' + QUOTE + '}',
         "classificationPhase: unknown value 'phase 6'; use one of: IPC phase 1, IPC phase 2, IPC phase 3, "
         "IPC phase 4, IPC phase 5"),
    "a region as whom a figure is about":
        ('{id: x2, fact: indicator-x, type: Indicator, observationAbout: Gaza Strip, indicator: people in need, '
         + QUOTE + '}',
         "observationAbout: 'Gaza Strip' is a Region, but observationAbout takes an Actor; a figure given for a place "
         "is written place: Gaza Strip"),
    "an organisation a famine spread to":
        ('{id: x3, fact: ' + FAMINE + ', type: HumanitarianCrisis, spreadTo: IPC, ' + QUOTE + '}',
         "spreadTo: 'IPC' is an InternationalOrganisation, but spreadTo takes a Place or a State"),
    "an area left out of an appeal":
        ('{id: x4, fact: appeal-x, type: FundingAppeal, speaker: United Nations, coverageExcludes: Rafah, ' + QUOTE + '}',
         "key 'coverageExcludes' does not apply to a FundingAppeal"),
    "a part of a month said on a day":
        ('{id: x5, fact: appeal-y, type: FundingAppeal, speaker: United Nations, said_by: United Nations, '
         'said_on: 2025-07-03, said_partOfMonth: late, ' + QUOTE + '}',
         "said_partOfMonth: the part of a month needs that month in said_on"),
    "the children among one person's death":
        ('{id: x6, fact: death-x, type: Death, person: Benjamin Netanyahu, killedPeople: {actor: 96 unnamed children}, '
         + QUOTE + '}',
         "key 'killedPeople' does not apply to a Death"),
    "a funded share on an appeal that seeks no funds":
        ('{id: x9, fact: appeal-fletcher-netanyahu-aid-2025-08-22, type: Appeal, deliveredShare: 5, ' + QUOTE + '}',
         "key 'deliveredShare' does not apply to an Appeal"),
    "the humanitarian chief as a post":
        ('{id: x7, fact: position-x, type: PositionHeld, holder: Tom Fletcher, position: humanitarian chief, '
         'positionOf: United Nations, ' + QUOTE + '}',
         "for 'humanitarian chief' write position: under-secretary-general with the article's words in title: "
         "humanitarian chief"),
    "the human rights chief as a post":
        ('{id: x8, fact: position-y, type: PositionHeld, holder: Volker Turk, position: human rights chief, '
         'positionOf: United Nations, ' + QUOTE + '}',
         "for 'human rights chief' write position: high commissioner with the article's words in title: "
         "human rights chief"),
}

#: Facts refused by the shapes once read: the words of the message naming the fact.
INCOMPLETE = {
    "access naming neither a grantee nor a place":
        ('{id: y0, fact: access-x, type: AccessGrant, accessTo: the crossings, ' + QUOTE + '}',
         "fact 'access-x' (AccessGrant): an access grant needs who is let in or given access (grantedTo), or, where "
         "the text names no one, the place access is to or within (place)"),
    "a supply with no supplier and no origin":
        ('{id: y1, fact: supply-x, type: Supply, item: aid trucks, recipient: United Nations, ' + QUOTE + '}',
         "fact 'supply-x' (Supply): a supply or arms transfer needs a supplier (or exporter), or where the goods were "
         "loaded (origin) or made (madeIn: Russia for 'Russian oil'), or the agreement it is a term of (termOf); where the text names none of them, write supplier: unnamed supplier rather than guess an origin"),
}


# -- 1. the queries --------------------------------------------------------------------------------------

def test_facts_shows_a_crisis_toll_and_statements_an_appeals_sum_and_a_repeated_call(store):
    crises = by_fact(query_rows(store, "facts", type="HumanitarianCrisis"))
    assert "killed: 197" in crises[HUNGER]["details"].split("; ")
    # A crisis no source gives a toll for shows none.
    assert "killed" not in crises[FAMINE]["details"]
    said = {r["fact"]: r for r in query_rows(store, "statements")}
    assert said[FLASH]["details"] == "value: USD 4.07 billion"
    assert said[FLASH]["kind"] == "funding appeal"
    assert said["appeal-agencies-gaza-ceasefire-2025-08-22"]["details"] == "repeated: true"
    assert said["appeal-agencies-gaza-access-2025-08-22"]["details"] == "repeated: true"
    # An appeal that neither seeks a sum nor is said again shows neither.
    assert said["appeal-fletcher-netanyahu-aid-2025-08-22"]["details"] == ""


def test_casualties_and_indicators_answer_for_a_famine(store):
    hunger = by_fact(query_rows(store, "casualties"))[HUNGER]
    assert (hunger["killed"], hunger["place"]) == ("197", "Gaza Strip")
    assert hunger["victims"] == "killed: 96 unnamed children"
    rows = by_fact(query_rows(store, "indicators"))
    phase5 = rows["indicator-gaza-ipc-phase5-2025-08"]
    assert (phase5["about"], phase5["date"]) == ("Gaza Strip", "2025-08-22")
    assert rows["indicator-gaza-displaced-2025-03-08"]["date"] == "2025-03-18/2025-08-12"
    assert rows["indicator-gaza-food-entry-share-2025"]["date"] == "since 2025-07-20"
    assert rows["indicator-gaza-ipc-phase5-2025-09"]["date"] == "by 2025-09-30"
    # The earlier figure beside the change; a change with neither period nor figure has none.
    assert rows[THRESHOLD]["change_percent"] == "-50 (from 30 percent)"
    assert rows["indicator-gaza-ipc-phase5-2025-09"]["change_percent"] == "at least 0 (rise)"


# -- 2. docs and messages ----------------------------------------------------------------------------------

def test_claims_md_shows_each_documented_form():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("`type: FundingAppeal`", "shareOf: appeal-un-sudan-2024      # the fact id of a FundingAppeal",
                  "`classificationPhase: IPC phase 5`", "`spreadTo: [Deir al-Balah governorate, Khan Younis governorate]`",
                  "`killedPeople: {actor: 96 unnamed children}`", "`coverageExcludes: Rafah`", "`dataSource: Hamas`",
                  "`previousAmount: 30 percent`", "`said_partOfMonth: late`", "`supplier: unnamed supplier`",
                  "`position: under-secretary-general`", "with the region as its `place` (`place: Gaza"):
        assert shown in text, shown


def test_the_vocabulary_finds_the_new_kinds_by_the_words_of_the_news():
    for words, first in [(("flash", "appeal"), "FundingAppeal (kind of fact"),
                         (("IPC", "phase"), "classificationPhase (key"),
                         (("relied", "on", "data", "from"), "dataSource (key")]:
        assert kg_cli("vocabulary", *words, check=0).stdout.startswith(first), words


# -- 3. the losses, read back ---------------------------------------------------------------------------------

def test_a_funding_appeal_keeps_its_sum_period_area_and_kind(store, tmp_path):
    [row] = sparql_rows(store, f"SELECT ?v ?c ?p ?pl WHERE {{ fact:{FLASH} a gkg:FundingAppeal ; gkg:value ?q ; "
                               "gkg:period ?p ; gkg:place/rdfs:label ?pl . ?q schema:value ?v ; schema:currency ?c }")
    assert (float(row["v"]), row["c"], row["p"], row["pl"]) == (4.07e9, "USD", "2025", "Palestinian territories")
    # How much of it donors funded ('only 5 percent of the appeal had been funded') is its own.
    funded = ('{id: funded, fact: ' + FLASH + ', type: FundingAppeal, deliveredShare: 5, '
              'quote: "The UN\'s 2025 flash appeal for the Palestinian territories sought $4.07 billion."}')
    assert "Error" not in dry_run_apart(RECOUNT, CLAIMS, tmp_path, funded, 0)
    # A funding appeal is an appeal: a request for aid in CAMEO's terms.
    [row] = sparql_rows(store, "SELECT ?code ?sup WHERE { gkg:FundingAppeal gkg:cameoCode ?code ; rdfs:subClassOf ?sup }")
    assert (row["code"], row["sup"].rsplit("#", 1)[1]) == ("0233", "Appeal")


def test_the_ipc_phase_a_famine_spreading_and_the_children_among_its_dead(store):
    phases = sparql_rows(store, "SELECT ?f ?n WHERE { ?f gkg:classificationPhase ?p . ?p skos:notation ?n }")
    got = sorted((r["f"].rsplit("/", 1)[1], r["n"]) for r in phases)
    assert got == [(FAMINE, "5"), ("indicator-gaza-ipc-phase4-2025-08", "4"),
                   ("indicator-gaza-ipc-phase5-2025-08", "5"), ("indicator-gaza-ipc-phase5-2025-09", "5")]
    # The phase, not a characterisation of the IPC, holds "the fifth and worst phase".
    assert sparql_rows(store, "SELECT ?c WHERE { ?c a gkg:Characterisation ; gkg:category ?w "
                              "FILTER(CONTAINS(STR(?w), 'phase')) }") == []
    spread = sparql_rows(store, f"SELECT ?l WHERE {{ fact:{FAMINE} gkg:spreadTo/rdfs:label ?l }} ORDER BY ?l")
    assert [r["l"] for r in spread] == ["Deir al-Balah governorate", "Khan Younis governorate"]
    # One famine, not a second predicted crisis for the new areas.
    crises = sparql_rows(store, "SELECT ?f WHERE { ?f a gkg:HumanitarianCrisis }")
    assert sorted(r["f"].rsplit("/", 1)[1] for r in crises) == [FAMINE, HUNGER]
    [row] = sparql_rows(store, "SELECT ?m WHERE { ?c gkg:supports fact:" + FAMINE + " ; gkg:statesValue ?s ; "
                               "gkg:modality ?m . ?s rdf:predicate gkg:spreadTo } LIMIT 1")
    assert row["m"].rsplit("#", 1)[1] == "Predicted"
    [row] = sparql_rows(store, f"SELECT ?k ?l ?n WHERE {{ fact:{HUNGER} gkg:killed ?k ; gkg:killedPeople ?x . "
                               "?x rdfs:label ?l ; gkg:count ?n }")
    assert (int(row["k"]), row["l"], int(row["n"])) == (197, "96 unnamed children", 96)


def test_a_reports_coverage_and_data_source_an_earlier_figure_and_a_late_saying(store):
    [row] = sparql_rows(store, f"SELECT ?out ?src WHERE {{ fact:{REPORT} gkg:coverageExcludes/rdfs:label ?out ; "
                               "gkg:dataSource/rdfs:label ?src }")
    assert (row["out"], row["src"]) == ("Rafah", "Hamas")
    # Whose data it is is COGAT's allegation, not the article's.
    [row] = sparql_rows(store, f"SELECT ?m ?w WHERE {{ ?c gkg:supports fact:{REPORT} ; gkg:statesValue ?s ; "
                               "gkg:modality ?m ; prov:wasAttributedTo/rdfs:label ?w . ?s rdf:predicate gkg:dataSource }")
    assert (row["m"].rsplit("#", 1)[1], row["w"]) == ("Alleged", "COGAT")
    facts = by_fact(query_rows(store, "facts", type="Publication"))
    assert "data source: Hamas" in facts[REPORT]["participants"]
    assert "left out of coverage: Rafah" in facts[REPORT]["details"]
    [row] = sparql_rows(store, f"SELECT ?was ?now WHERE {{ fact:{THRESHOLD} gkg:previousAmount/rdfs:label ?was ; "
                               "gkg:amount/rdfs:label ?now }")
    assert (row["was"], row["now"]) == ("30 percent", "15 percent")
    said = sparql_rows(store, "SELECT ?d ?p WHERE { ?c gkg:saidPartOfMonth ?p ; dcterms:date ?d }")
    assert [(r["d"], r["p"]) for r in said] == [("2025-07", "late"), ("2025-07", "late")]
    [ev] = {r["said_on"] for r in query_rows(store, "evidence", fact="action-israel-starvation-policy")}
    assert ev == "2025-07 (late)"


def test_access_without_a_grantee_and_a_supply_without_a_named_supplier_invent_no_one(store):
    [row] = sparql_rows(store, "SELECT ?p ?a WHERE { fact:access-gaza-strip-limited-2025-08 a gkg:AccessGrant ; "
                               "gkg:place/rdfs:label ?p ; gkg:accessTo ?a }")
    assert (row["p"], row["a"]) == ("Gaza Strip", "the Gaza Strip")
    assert sparql_rows(store, "SELECT ?g WHERE { fact:access-gaza-strip-limited-2025-08 gkg:grantedTo ?g }") == []
    trucks = "supply-aid-trucks-gaza-uncollected-2025-08"
    assert sparql_rows(store, f"SELECT ?o WHERE {{ fact:{trucks} gkg:origin ?o }}") == []
    [row] = sparql_rows(store, f"SELECT ?s WHERE {{ fact:{trucks} gkg:supplier ?x . ?x a gkg:UnnamedActors ; rdfs:label ?s }}")
    assert row["s"] == "unnamed supplier"


# -- refusals -------------------------------------------------------------------------------------------

def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    # The re-counted claims themselves are refused nowhere: every line named is an added claim's.
    refused_with_the_incomplete(RECOUNT, CLAIMS, tmp_path, WRONG, INCOMPLETE)
