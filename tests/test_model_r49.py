"""The kinds of fact health and arms-trade news still lacked after ontology 2.38.0, each
fixed for its kind and read back from the two re-counts (tests/data/newcomer-health-
emergency-recount, tests/data/newcomer-export-licences-recount): a disease or strain as a
registry entity (``Disease``, a strain's ``of`` stored as ``variantOf``) named by
``disease`` on an outbreak, an alert and a count; a named vaccine (``MedicalProduct``,
``product``); advice (``Recommendation``, ``recommendedFact``); a regulator's
authorisation of a product (``ProductAuthorisation``); export licences
(``ExportLicence``: issuer, licensee, destination, count, status) as the object of a
suspension (``targetFact`` on a ``Sanction``); a standing rule (``Policy``, ``appliedBy``)
the licences follow.

Each re-count is written once for the module by the real ``kg build`` and read through
the canned queries or SPARQL. The wrong claims are added together to a copy of the
re-counted health claims, and one ``kg ingest --dry-run`` must refuse each with its own
message.
"""

from __future__ import annotations

import shutil

import pytest

from casefiles import refused_with_the_incomplete
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows
from conftest import fact_details as details

DATA = ROOT / "tests" / "data"
HEALTH = DATA / "newcomer-health-emergency-recount"
LICENCES = DATA / "newcomer-export-licences-recount"
HEALTH_CLAIMS = "claims/000_mpox_pheic.yaml"
PHEIC = "emergency-who-mpox-pheic-2024-08-14"
ADVICE = "recommendation-emergency-committee-pheic-2024-08-14"
EUL = "authorisation-who-eul-mpox-vaccines-2024"
SUSPENSION = "sanction-united-kingdom-israel-arms-export-licences-2024-09-02"
SUSPENDED = "licences-united-kingdom-israel-arms-suspended-30"
ALL_LICENCES = "licences-united-kingdom-israel-arms"
F35_LICENCES = "licences-united-kingdom-israel-f35-parts"
CRITERION = "policy-united-kingdom-no-licence-clear-risk-criterion-2c"
QUOTE = 'quote: "the European Union would buy and donate 175,420 doses of the MVA-BN vaccine to Africa"'


@pytest.fixture(scope="module")
def health(tmp_path_factory):
    return built_corpus(tmp_path_factory, HEALTH)


@pytest.fixture(scope="module")
def licences(tmp_path_factory):
    return built_corpus(tmp_path_factory, LICENCES)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted health claims: the words of its message that must be printed on its line.
WRONG = {
    "an emergency use listing written as a decree":
        ('{id: x0, fact: action-x, type: ExecutiveAction, initiator: Tedros, subject: emergency use listing of the '
         'mpox vaccines, ' + QUOTE + '}',
         "a regulator's authorisation of a product (an emergency use listing, a vaccine or drug approved) is type: "
         "ProductAuthorisation"),
    "a state given as the disease":
        ('{id: x1, fact: crisis-x, type: HumanitarianCrisis, place: Kenya, disease: Kenya, ' + QUOTE + '}',
         "disease: 'Kenya' is a State"),
    "advice to a fact on a plain statement":
        ('{id: x2, fact: statement-x, type: Statement, speaker: WHO, recommendedFact: ' + PHEIC + ', ' + QUOTE + '}',
         "key 'recommendedFact' does not apply to a Statement: its domain is Recommendation"),
    "a licensee on a decree":
        ('{id: x3, fact: action-y, type: ExecutiveAction, initiator: WHO, licensee: Gavi, ' + QUOTE + '}',
         "key 'licensee' does not apply to an ExecutiveAction: its domain is ExportLicence"),
    "aid revoked":
        ('{id: x4, fact: support-x, type: Support, supporter: European Union, supportedPlace: Africa, status: revoked, '
         + QUOTE + '}',
         "revoked"),
}

#: Facts refused by the shapes once read: the words of the message naming the fact.
INCOMPLETE = {
    "an export licence issued by no one":
        ('{id: y0, fact: licences-x, type: ExportLicence, destination: Kenya, item: arms, ' + QUOTE + '}',
         "fact 'licences-x' (ExportLicence): an export licence names who issues it"),
    "advice that recommends nothing":
        ('{id: y1, fact: recommendation-x, type: Recommendation, speaker: Emergency Committee, ' + QUOTE + '}',
         "fact 'recommendation-x' (Recommendation): a recommendation says what it recommends"),
    "an authorisation of no product":
        ('{id: y2, fact: authorisation-x, type: ProductAuthorisation, issuedBy: WHO, ' + QUOTE + '}',
         "fact 'authorisation-x' (ProductAuthorisation): a product authorisation names the product"),
    "a policy with no rule":
        ('{id: y3, fact: policy-x, type: Policy, appliedBy: WHO, ' + QUOTE + '}',
         "fact 'policy-x' (Policy): a policy gives its rule in words"),
}


# -- 1. diseases and strains ------------------------------------------------------------------------------

def test_a_disease_and_its_strain_are_entities_named_by_the_outbreak_the_alert_and_the_counts(health):
    named = {(r["f"], r["d"]) for r in sparql_rows(
        health, "SELECT ?f ?d WHERE { ?x gkg:disease ?e . ?e a gkg:Disease ; rdfs:label ?d . ?x rdfs:label ?f }")}
    assert {("crisis-mpox-drc-2024", "mpox"), (PHEIC, "mpox"), ("emergency-africa-cdc-mpox-phecs-2024-08-13", "mpox"),
            ("crisis-mpox-clade-ib", "clade Ib"), ("indicator-who-clade-ib-cases-neighbours-2024", "clade Ib")} <= named
    assert sum(1 for f, d in named if f.startswith("indicator-") and d == "mpox") == 4
    [strain] = sparql_rows(health, "SELECT ?s ?of WHERE { ?x a gkg:Disease ; rdfs:label ?s ; gkg:variantOf/rdfs:label ?of }")
    assert (strain["s"], strain["of"]) == ("clade Ib", "mpox")
    crises = by_fact(query_rows(health, "facts", type="HumanitarianCrisis"))
    assert {"disease: clade Ib", "mode of transmission: mainly through sexual networks",
            "spread to: Kenya"} <= details(crises["crisis-mpox-clade-ib"])
    assert "hedged" in crises["crisis-mpox-clade-ib"]["modality"]
    assert "disease: mpox" in details(crises["crisis-mpox-drc-2024"])


# -- 2. advice, a product's authorisation, a named vaccine -------------------------------------------------

def test_advice_is_a_recommendation_of_a_fact_that_the_decision_follows(health):
    advice = by_fact(query_rows(health, "facts", type="Recommendation"))
    assert sorted(advice) == [ADVICE, "recommendation-who-vaccine-advisers-mpox-vaccines"]
    assert advice[ADVICE]["kind"] == "recommendation"
    assert f"recommended (a fact): {PHEIC}" in advice[ADVICE]["links"]
    assert advice[ADVICE]["participants"] == "Emergency Committee, Tedros Adhanom Ghebreyesus"
    assert "subject: the two mpox vaccines" in details(advice["recommendation-who-vaccine-advisers-mpox-vaccines"])
    assert query_rows(health, "facts", type="Recommendation", participant="World Health Organization") != []
    # 'I have accepted that advice': the declaration follows it.
    [caused] = sparql_rows(health, f"SELECT ?k WHERE {{ fact:{PHEIC} gkg:causedBy ?x . ?x a gkg:Recommendation ; rdfs:label ?k }}")
    assert caused["k"] == ADVICE


def test_an_emergency_use_listing_is_a_product_authorisation_and_mva_bn_a_medical_product(health):
    [row] = query_rows(health, "facts", type="ProductAuthorisation")
    assert (row["fact"], row["kind"], row["participants"]) == (EUL, "product authorisation", "Tedros Adhanom Ghebreyesus")
    assert {"description: emergency use listing", "status: opened"} <= details(row)
    assert query_rows(health, "facts", type="ExecutiveAction") == []
    [sale] = sparql_rows(health, f"SELECT ?s WHERE {{ ?s a gkg:Sale ; gkg:causedBy fact:{EUL} }}")
    bought = {r["k"] for r in sparql_rows(
        health, "SELECT ?k WHERE { ?f gkg:product ?p . ?p a gkg:MedicalProduct ; rdfs:label 'MVA-BN'@en . ?f a ?c . "
                "?c rdfs:label ?k FILTER(?c IN (gkg:Sale, gkg:Support)) }")}
    assert bought == {"sale", "support"}


# -- 3. export licences, the suspension's object, the rule they follow ----------------------------------------

def test_export_licences_with_issuer_licensee_destination_count_and_status(licences):
    rows = by_fact(query_rows(licences, "facts", type="ExportLicence"))
    assert sorted(rows) == [ALL_LICENCES, SUSPENDED, F35_LICENCES]
    assert {"destination: Israel", "quantity: about 350", "status: issued"} <= details(rows[ALL_LICENCES])
    assert rows[ALL_LICENCES]["participants"] == "United Kingdom, unnamed British companies"
    assert f"legal basis (a fact): {CRITERION}" in rows[ALL_LICENCES]["links"]
    assert {"quantity: 30", "status: suspended", "item: items that help with ground targeting"} <= details(rows[SUSPENDED])
    assert f"part of: {ALL_LICENCES}" in rows[SUSPENDED]["links"]
    assert "F-35 (combat jet)" in rows[F35_LICENCES]["participants"]
    [holder] = sparql_rows(licences, f"SELECT ?l WHERE {{ fact:{ALL_LICENCES} gkg:licensee/rdfs:label ?l }}")
    assert holder["l"] == "unnamed British companies"


def test_the_suspension_applies_to_the_licences_and_the_criterion_is_a_policy(licences):
    row = by_fact(query_rows(licences, "sanctions"))[SUSPENSION]
    assert row["applies_to"] == f"export licence (30): {SUSPENDED}"
    assert row["target"] == "Israel"
    assert by_fact(query_rows(licences, "sanctions", target="Israel"))[SUSPENSION]["applies_to"] == row["applies_to"]
    [policy] = query_rows(licences, "facts", type="Policy")
    assert (policy["fact"], policy["participants"]) == (CRITERION, "Government of the United Kingdom")
    assert "legal basis: criterion 2C of the strategic export licensing criteria" in details(policy)
    # The licensing the first passes wrote as a decree is an export licence now.
    assert "permission-united-kingdom-british-companies-arms-israel" not in by_fact(query_rows(licences, "facts"))


# -- 4. docs, vocabulary and refusals ------------------------------------------------------------------------

def test_claims_md_and_the_vocabulary_show_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("`type: Disease`", "type: ExportLicence\n", "`type: Policy`", "`type: Recommendation`",
                  "type: ProductAuthorisation\n", "`type: MedicalProduct`", "stored as\n  `targetFact`", "`of: mpox`",
                  "No\n  modality `proposed` is needed"):
        assert shown in text, shown
    for words, first_line in [(("advised",), "Recommendation (kind of fact"), (("export", "licence"), "ExportLicence (kind"),
                              (("emergency", "use", "listing"), "ProductAuthorisation (kind"),
                              (("criterion",), "Policy (kind"), (("strain",), "Disease (kind of entity"),
                              (("vaccine",), "MedicalProduct (kind of entity")]:
        out = kg_cli("vocabulary", *words, check=0).stdout
        assert out.startswith(first_line), (words, out[:300])


def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_with_the_incomplete(HEALTH, HEALTH_CLAIMS, tmp_path, WRONG, INCOMPLETE)


def test_a_strains_of_must_name_a_disease(tmp_path):
    folder = tmp_path / HEALTH.name
    shutil.copytree(HEALTH, folder)
    path = folder / HEALTH_CLAIMS
    path.write_text(path.read_text(encoding="utf-8").replace("of: mpox}", "of: drc}"), encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "s", path, check=2)
    assert "'of' must be the id of a Disease of the registry, not 'drc': it is a State" in proc.stderr, proc.stderr
