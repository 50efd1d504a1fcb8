"""What two newcomers could not write (ontology 2.48.0), each fixed for its kind and read
back from their re-counts: a fund (an Asset) as payee, payer and investor, and what an
investment goes into (``investedIn``); two ways of one act (``alternativeTo``); a draft
(``status: draft``, kept beside ``supersededBy``); a term dropped from a draft (``stage:
{status: withdrawn}`` on any fact put forward); a refusal to sign as a ``Rejection`` of the
draft; a value the source withholds (``undisclosed: value``); a stage ahead in words
(``stage: {status: completed, date: shortly}``); a state as a body's parent; unnamed
addressees (``said_to: unnamed reporters``); equal votes as a share of a ``Control``;
counts of different things on one attack (``counts``, a form that existed); equipment on a
``Support`` (``model``); airports closed (``AirspaceClosure``); a treaty's article as legal
basis (``legalBasisProvision``); a translated text (``translation``); a region as
``affected``.

Each re-count is built once for the module by the real ``kg build`` and read through SPARQL
or the canned queries. The wrong claims are added together to a copy of the re-counted
minerals claims, and one ``kg ingest --dry-run`` must refuse each with its own message.
"""

from __future__ import annotations

from casefiles import refused_each_on_its_line
from kg.output import prefixed

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows, sparql_rows

DATA = ROOT / "tests" / "data"
MINERALS = DATA / "newcomer-minerals-deal-recount"
DRONES = DATA / "newcomer-drone-incursion-recount"
MINERALS_CLAIMS = "claims/000_69d3c27feadc7baf.yaml"
DEAL = "agreement-united-states-ukraine-reconstruction-fund-2025-04-30"
DRAFT = "agreement-united-states-ukraine-minerals-draft-2025-02"
SHOOTDOWN = "attack-poland-drones-2025-09-10"
FUND = "id:reconstruction-investment-fund"
QUOTE = 'quote: "Ukraine will pay into the fund half of the revenues from new licences"'

minerals = built_once_per_module(MINERALS, build=built_corpus)
drones = built_once_per_module(DRONES, build=built_corpus)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def rows_of(store, text: str) -> list[dict]:
    """:func:`sparql_rows` with the IRIs of the project's namespaces as prefixed names
    (fact:..., id:..., claim:...; :func:`kg.output.prefixed`)."""
    return [{k: prefixed(v) if isinstance(v, str) else v for k, v in r.items()} for r in sparql_rows(store, text)]


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted minerals claims: the words of its message that must be printed on its line.
WRONG = {
    "a withheld value named by a key the kind lacks":
        ("{id: x0, fact: founding-reconstruction-investment-fund-2025, type: Founding, undisclosed: signatory, "
         + QUOTE + "}",
         "undisclosed: expected the name of a key of a Founding whose value the source says was not made public"),
    "a translation given as a number":
        ("{id: x1, fact: " + DEAL + ", type: Agreement, party: [Ukraine, United States], translation: 5, " + QUOTE + "}",
         "translation: true where the quoted words are a translation"),
    "a jurisdiction on an airport closure":
        ("{id: x2, fact: closure-x, type: AirspaceClosure, jurisdiction: Ukraine, " + QUOTE + "}",
         "key 'jurisdiction' does not apply to an AirspaceClosure"),
    "a draft meeting":
        ("{id: x3, fact: meeting-x, type: Meeting, participant: [Ukraine, United States], status: draft, " + QUOTE + "}",
         "status: 'draft' is said of an Agreement or an ExecutiveAction or a Legislation only, not of a Meeting"),
    "a channel on a payment":
        ("{id: x4, fact: payment-x, type: Payment, payer: Ukraine, medium: Telegram, " + QUOTE + "}",
         "the channel the speakers said it through is the claim's said_in"),
    "a model on an attack":
        ("{id: x5, fact: attack-x, type: Attack, perpetrator: Russia, model: Oval Office, " + QUOTE + "}",
         "key 'model' does not apply to an Attack"),
    "a city as a body's parent":
        ("{id: x6, fact: body-x, type: BodyOf, body: Verkhovna Rada, parentBody: Kyiv (city), " + QUOTE + "}",
         "'Kyiv (city)' is a City, but parentBody takes"),
    "a city paid":
        ("{id: x7, fact: payment-y, type: Payment, payer: Ukraine, payee: Kyiv (city), " + QUOTE + "}",
         "'Kyiv (city)' is a City, but payee takes an Actor or an Asset"),
    "a stage on a day in no known words":
        ("{id: x8, fact: " + DEAL + ", type: Agreement, stage: {status: ratified, date: some day}, " + QUOTE + "}",
         "one ahead in words ('soon', 'within days')"),
    "an addressee not in the registry":
        ("{id: x9, fact: " + DEAL + ", type: Agreement, modality: willing, willingParty: United States, "
         "said_by: Scott Bessent, said_to: Reporters Club, " + QUOTE + "}",
         "said_to: unknown entity 'Reporters Club'"),
}


# -- 1. a fund that money goes into and comes out of; two ways of one act -----------------------------------------

def test_a_fund_is_invested_in_invests_and_pays_out(minerals):
    rows = rows_of(minerals, "SELECT ?f ?p WHERE { ?f ?p " + FUND + " . VALUES ?p { gkg:investedIn gkg:investor "
                                 "gkg:payer gkg:payee } }")
    assert sorted((r["f"], _local(r["p"])) for r in rows) == [
        ("fact:investment-reconstruction-investment-fund-ukraine-first-ten-years", "investor"),
        ("fact:investment-ukraine-reconstruction-investment-fund-licence-revenues", "investedIn"),
        ("fact:investment-united-states-reconstruction-investment-fund", "investedIn"),
        ("fact:payment-reconstruction-investment-fund-profits-payout", "payer")]


def test_direct_money_or_military_aid_are_alternatives_not_parts(minerals):
    rows = rows_of(minerals, "SELECT ?a ?b WHERE { ?a gkg:alternativeTo ?b }")
    assert [(r["a"], r["b"]) for r in rows] == [("fact:support-united-states-ukraine-military-aid-air-defence",
                                                 "fact:investment-united-states-reconstruction-investment-fund")]
    assert rows_of(minerals, "SELECT ?a WHERE { fact:support-united-states-ukraine-military-aid-air-defence "
                                 "gkg:partOf ?a }") == []


# -- 2. drafts, terms dropped, refusals to sign, withheld values, stages ahead ---------------------------------------

def test_a_draft_replaced_by_the_final_text_stays_a_draft(minerals):
    rows = rows_of(minerals, "SELECT ?f ?s ?by WHERE { ?f gkg:status ?s . OPTIONAL { ?f gkg:supersededBy ?by } "
                                 "FILTER(?s = gkg:Draft) }")
    assert sorted((r["f"], r.get("by")) for r in rows) == [
        ("fact:agreement-united-states-ukraine-limited-partnership", None), (f"fact:{DRAFT}", f"fact:{DEAL}")]


def test_a_demand_dropped_from_the_final_text_is_a_withdrawn_term_of_the_draft(minerals):
    [row] = rows_of(minerals, "SELECT ?d ?draft WHERE { ?d gkg:stage/gkg:stageStatus gkg:Withdrawn ; "
                                  "gkg:termOf ?draft }")
    assert (row["d"], row["draft"]) == ("fact:debt-ukraine-united-states-wartime-assistance-draft", f"fact:{DRAFT}")


def test_a_refusal_to_sign_rejects_the_draft_without_negating_it(minerals):
    [row] = rows_of(minerals, "SELECT ?r ?t WHERE { ?r a gkg:Rejection ; gkg:aboutFact fact:" + DRAFT + " ; "
                                  "gkg:speaker ?t }")
    assert (row["r"], row["t"]) == ("fact:rejection-zelensky-minerals-draft-2025-02-23", "id:volodymyr-zelensky")
    assert rows_of(minerals, "SELECT ?c WHERE { ?c gkg:supports fact:" + DRAFT + " ; gkg:polarity gkg:Negative }") == []
    assert by_fact(query_rows(minerals, "facts", type="Agreement"))[DRAFT]["sources"] == 1


def test_a_withheld_value_is_undisclosed_not_to_be_decided(minerals):
    rows = rows_of(minerals, "SELECT ?p ?v WHERE { fact:founding-reconstruction-investment-fund-2025 ?p ?v . "
                                 "VALUES ?p { gkg:undisclosed gkg:toBeDecided } }")
    assert [(_local(r["p"]), r["v"]) for r in rows] == [("undisclosed", "value")]
    founding = by_fact(query_rows(minerals, "facts", type="Founding"))["founding-reconstruction-investment-fund-2025"]
    assert "undisclosed: value" in founding["details"] and "to be decided" not in founding["details"]


def test_a_stage_expected_shortly_counts_from_the_article_day_with_no_latest(minerals):
    rows = rows_of(minerals, "SELECT ?s ?e ?l ?w WHERE { fact:project-reconstruction-fund-technical-work gkg:stage ?n . "
                                 "?n gkg:stageStatus ?s ; gkg:stageDateEarliest ?e ; gkg:stageDateLabel ?w . "
                                 "OPTIONAL { ?n gkg:stageDateLatest ?l } }")
    assert [(_local(r["s"]), r["e"], r.get("l"), r["w"]) for r in rows] == [("Completed", "2025-05-09", None, "shortly")]


# -- 3. who: a state as a parent, unnamed addressees, equal votes ------------------------------------------------------

def test_a_parliament_is_a_body_of_its_state(minerals):
    [row] = rows_of(minerals, "SELECT ?b ?p WHERE { fact:body-verkhovna-rada-ukraine gkg:body ?b ; gkg:parentBody ?p }")
    assert (row["b"], row["p"]) == ("id:verkhovna-rada", "id:ukraine")


def test_told_reporters_names_unnamed_addressees_of_the_claim(minerals):
    [row] = rows_of(minerals, "SELECT ?c ?l WHERE { ?c gkg:saidTo ?to . ?to a gkg:UnnamedActors ; rdfs:label ?l }")
    assert (row["c"], row["l"]) == ("claim:000_69d3c27feadc7baf.bessent-ready", "unnamed reporters")


def test_equal_votes_are_a_share_of_the_votes_on_the_control(minerals):
    [row] = rows_of(minerals, "SELECT ?s ?of WHERE { fact:control-united-states-ukraine-reconstruction-investment-fund "
                                  "gkg:share ?s ; gkg:shareOf ?of }")
    assert (float(row["s"]), row["of"]) == (50.0, "votes in running the fund")


# -- 4. the drone incursion: counts, equipment, closures, treaty articles, translations ------------------------------

def test_each_count_of_the_shoot_down_keeps_what_it_counts(drones):
    details = by_fact(query_rows(drones, "facts", type="Attack"))[SHOOTDOWN]["details"]
    for count in ("count: 3-4 drones shot down", "count: 3 drones destroyed", "count: 1 further drones hit",
                  "count: 2 further drones still being analysed"):
        assert count in details, details
    assert "quantity:" not in details


def test_a_support_names_the_model_it_flew(drones):
    rows = rows_of(drones, "SELECT ?f ?m WHERE { ?f a gkg:Support ; gkg:model ?m }")
    assert sorted((r["f"], r["m"]) for r in rows) == [("fact:support-italy-poland-shootdown-awacs", "id:awacs"),
                                                      ("fact:support-netherlands-poland-shootdown-f-35", "id:f-35")]


def test_airports_closed_in_the_passive_name_no_closer(drones):
    rows = rows_of(drones, "SELECT ?f ?s WHERE { ?f a gkg:AirspaceClosure ; gkg:targetSite ?s }")
    assert {r["f"] for r in rows} == {"fact:closure-polish-airports-2025-09-10"}
    assert len(rows) == 4
    assert rows_of(drones, "SELECT ?p WHERE { fact:closure-polish-airports-2025-09-10 ?p ?o . "
                               "VALUES ?p { gkg:initiator gkg:orderedBy gkg:jurisdiction } }") == []


def test_an_article_of_a_treaty_is_the_legal_basis_with_the_treaty_linked(drones):
    [row] = rows_of(drones, "SELECT ?t ?a WHERE { fact:meeting-north-atlantic-council-article-4-2025-09-10 "
                                "gkg:legalBasisFact ?t ; gkg:legalBasisProvision ?a }")
    assert (row["t"], row["a"]) == ("fact:agreement-north-atlantic-treaty", "Article 4")
    meeting = by_fact(query_rows(drones, "facts", type="Meeting"))["meeting-north-atlantic-council-article-4-2025-09-10"]
    assert "Article 4" in meeting["details"], meeting


def test_the_translated_statement_s_claims_are_marked_and_the_wire_s_own_are_not(drones):
    marked = {r["c"].rsplit(".", 1)[1] for r in sparql_rows(
        drones, "SELECT ?c WHERE { ?c gkg:translated true ; gkg:translationNote \"unofficial translation\" }")}
    assert {"statement", "incursion", "shootdown", "airports"} <= marked
    assert not marked & {"statement-standfirst", "incursion-headline", "tusk-shootdown", "przydacz-21"}


def test_a_region_is_affected(drones):
    [row] = rows_of(drones, "SELECT ?a WHERE { fact:concern-zelenskiy-dangerous-precedent-europe gkg:affected ?a }")
    assert row["a"] == "id:europe"


# -- 5. the docs and the refusals ---------------------------------------------------------------------------------

def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_each_on_its_line(MINERALS, MINERALS_CLAIMS, tmp_path, WRONG)


def test_kg_vocabulary_finds_the_new_forms_and_no_longer_calls_medium_a_claim_key():
    for words, first in ((["airports", "closed"], "AirspaceClosure (kind of fact"),
                         (["not", "disclosed"], "undisclosed (key"),
                         (["legal", "basis", "provision"], "legalBasisProvision (key"),
                         (["translation"], "translation (key of a claim)")):
        out = kg_cli("vocabulary", *words, check=0).stdout
        assert out.startswith(first), (words, out[:300])
    assert "medium (key of a claim)" not in kg_cli("vocabulary", "telegram", check=0).stdout
    assert "counts (key" in kg_cli("vocabulary", "shot", "down", check=0).stdout


def test_claims_md_shows_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("investedIn: Brelia Reconstruction Fund", "alternativeTo: investment-brelia-reconstruction-fund",
                  "status: draft", "stage: {status: withdrawn}", "type: Rejection", "undisclosed: value",
                  "stage: {status: completed, date: shortly}", "type: AirspaceClosure", "legalBasisProvision: Article 4",
                  "counts: [{quantity: 3-4, of: drones shot down}]", "translation: unofficial translation",
                  "said_to: unnamed reporters", "affected: Europe", "parentBody: Brelia"):
        assert shown in text, shown
