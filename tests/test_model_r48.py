"""What two newcomers could not write, each fixed for its kind: the WHO's mpox emergency
(tests/data/newcomer-health-emergency) and the UK's suspension of arms export licences to
Israel (tests/data/newcomer-export-licences). For any news: a health body's alert apart
from a state of emergency (``HealthEmergencyDeclaration``), an agency of a body
(``BodyOf``, found by ``kg vocabulary agency``), a carve-out naming an entity
(``excludedEntity``), the fund money comes from (``fromFund``), a religious leader and a
shadow minister among the positions.

Each is read from the re-counts, which the real ``kg build`` writes once for the module,
through the canned queries or SPARQL; the health re-count is built with one case claim
added (aid in kind to a state, for ``supporters``). The query fixes the newcomers'
readings called for (``sanctions``: counts, carve-outs, a target's organisation, a
sanction that was not imposed; ``tariffs`` alike; ``supporters``: aid in kind; ``facts``: the fund
and the entity left out) are
checked on the first passes where those hold the facts. The wrong claims are added
together to a copy of the re-counted health claims, and one ``kg ingest --dry-run`` must
refuse each with its own message.
"""

from __future__ import annotations

import pytest

from casefiles import refused_with_the_incomplete, with_claims
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows
from conftest import fact_details as details

DATA = ROOT / "tests" / "data"
HEALTH = DATA / "newcomer-health-emergency-recount"
LICENCES_FIRST, LICENCES = DATA / "newcomer-export-licences", DATA / "newcomer-export-licences-recount"
HEALTH_CLAIMS = "claims/000_mpox_pheic.yaml"
PHEIC = "emergency-who-mpox-pheic-2024-08-14"
PHECS = "emergency-africa-cdc-mpox-phecs-2024-08-13"
SUSPENSION = "sanction-united-kingdom-israel-arms-export-licences-2024-09-02"
IRGC = "sanction-united-kingdom-irgc-targets-2024-09-02"
REFUSED = "suspension-conservative-government-israel-arms-sales-refused"
QUOTE = 'quote: "the European Union would buy and donate 175,420 doses of the MVA-BN vaccine to Africa"'
#: A case claim beside the re-count: aid in kind to a state, which 'supporters' lists.
IN_KIND = ('{id: case-in-kind, fact: support-eu-drc-vaccine-doses-case, type: Support, supporter: European Union, '
           'supported: Democratic Republic of the Congo, supportKind: humanitarian, item: MVA-BN vaccine doses, '
           'quantity: 175420, status: promised, ' + QUOTE + '}')


@pytest.fixture(scope="module")
def health(tmp_path_factory):
    path, _ = with_claims(HEALTH, HEALTH_CLAIMS, tmp_path_factory.mktemp("health-case"), [IN_KIND])
    return built_corpus(tmp_path_factory, path.parent.parent)


@pytest.fixture(scope="module")
def licences_first(tmp_path_factory):
    return built_corpus(tmp_path_factory, LICENCES_FIRST)


@pytest.fixture(scope="module")
def licences(tmp_path_factory):
    return built_corpus(tmp_path_factory, LICENCES)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted health claims: the words of its message that must be printed on its line.
WRONG = {
    "a health body's alert written as a state of emergency":
        ('{id: x0, fact: emergency-x, type: EmergencyRule, declaredBy: WHO, description: public health emergency of '
         'international concern, ' + QUOTE + '}',
         "a health body's declaration of a health emergency (a public health emergency of international concern, an "
         "epidemic declared) is type: HealthEmergencyDeclaration"),
    "an epidemic declared as a state of emergency":
        ('{id: x1, fact: emergency-y, type: EmergencyRule, declaredBy: drc, subject: the Ebola epidemic, ' + QUOTE + '}',
         "is type: HealthEmergencyDeclaration (declaredBy, aboutFact: <the outbreak's fact id>, place, legalBasis)"),
    "who declared, on a meeting":
        ('{id: x2, fact: meeting-x, type: Meeting, participant: [WHO, Africa CDC], declaredBy: WHO, ' + QUOTE + '}',
         "key 'declaredBy' does not apply to a Meeting: its domain is EmergencyRule or HealthEmergencyDeclaration"),
    "a carve-out naming no entity of the registry":
        ('{id: x3, fact: support-x, type: Support, supporter: European Union, supportedPlace: Africa, '
         'excludedEntity: ACAM2000, ' + QUOTE + '}',
         "excludedEntity: unknown entity 'ACAM2000'"),
}

#: Facts refused by the shapes once read: the words of the message naming the fact.
INCOMPLETE = {
    "a health emergency declared by no one":
        ('{id: y0, fact: emergency-z, type: HealthEmergencyDeclaration, description: public health emergency, ' + QUOTE + '}',
         "fact 'emergency-z' (HealthEmergencyDeclaration): a health emergency declaration names the health body that "
         "declared it"),
}


# -- 1. the health emergency's losses, read back ---------------------------------------------------------

def test_health_emergencies_are_declarations_of_a_health_body_not_states_of_emergency(health):
    declared = by_fact(query_rows(health, "facts", type="HealthEmergencyDeclaration"))
    assert sorted(declared) == [PHECS, PHEIC]
    assert {r["kind"] for r in declared.values()} == {"health emergency declaration"}
    assert {"legal basis: International Health Regulations",
            "description: public health emergency of international concern"} <= details(declared[PHEIC])
    assert "about (a fact): crisis-mpox-drc-2024" in declared[PHEIC]["links"]
    assert query_rows(health, "facts", type="EmergencyRule") == []
    rows = sparql_rows(health, f"SELECT ?by WHERE {{ fact:{PHECS} gkg:declaredBy/rdfs:label ?by }}")
    assert [r["by"] for r in rows] == ["Africa Centres for Disease Control and Prevention"]


def test_agencies_of_a_body_a_fund_and_a_purpose(health):
    bodies = {(r["body"], r["parent"]) for r in sparql_rows(
        health, "SELECT ?body ?parent WHERE { ?f a gkg:BodyOf ; gkg:body/rdfs:label ?body ; gkg:parentBody/rdfs:label ?parent }")}
    assert bodies == {("Africa Centres for Disease Control and Prevention", "African Union"),
                      ("Health Emergency Preparedness and Response Authority", "European Commission")}
    assert query_rows(health, "facts", type="Membership") == []
    release = by_fact(query_rows(health, "facts", type="Support"))["support-who-cfe-mpox-2024"]
    assert "from fund: its Contingency Fund for Emergencies" in details(release)
    appeal = by_fact(query_rows(health, "facts", type="FundingAppeal"))["appeal-who-mpox-regional-plan-2024"]
    assert "purpose: surveillance, preparedness and response" in details(appeal)


def test_supporters_show_aid_in_kind_with_how_many_of_what(health):
    [row] = [r for r in query_rows(health, "supporters", state="Democratic Republic of the Congo")
             if r["supporter"] == "European Union"]
    assert "humanitarian (promised, 175420 MVA-BN vaccine doses)" in row["how"], row


# -- 2. the licences' losses and the sanctions query ---------------------------------------------------

def test_a_carve_out_naming_an_entity_and_the_counts_of_a_sanction(licences):
    row = by_fact(query_rows(licences, "sanctions"))[SUSPENSION]
    assert row["excluding"] == "Parts for the F-35 combat jet (F-35)"
    assert row["counts"] == "30 arms export licences suspended / about 350 arms export licences to Israel"
    facts = by_fact(query_rows(licences, "facts", type="Sanction"))[SUSPENSION]
    assert {"excluding: Parts for the F-35 combat jet", "excluded (an entity): F-35"} <= details(facts)
    [hit] = sparql_rows(licences, f"SELECT ?m WHERE {{ fact:{SUSPENSION} gkg:excludedEntity ?e . ?e a gkg:EquipmentModel ; rdfs:label ?m }}")
    assert hit["m"] == "F-35"


def test_sanctions_show_a_targets_organisation_and_one_not_imposed(licences_first):
    rows = by_fact(query_rows(licences_first, "sanctions"))
    assert rows[IRGC]["targets_of"] == "4 unnamed targets: Islamic Revolutionary Guard Corps"
    assert [r["fact"] for r in query_rows(licences_first, "sanctions", target="Islamic Revolutionary Guard Corps")] == [IRGC]
    assert rows[REFUSED]["status"] == "not imposed"
    assert rows[SUSPENSION]["status"] is None
    # The first pass wrote the exclusion in words only: the column shows them.
    assert rows[SUSPENSION]["excluding"] == "Parts for the F-35 combat jet"


def test_arms_transfers_read_exporter_importer_and_a_share_of_a_whole(licences_first):
    share = "arms-united-kingdom-israel-exports-share"
    row = by_fact(query_rows(licences_first, "arms-transfers"))[share]
    assert (row["supplier"], row["recipient"], row["share"]) == ("United Kingdom", "Israel",
                                                                  "less than 1 percent of the arms Israel receives")
    assert share in [r["fact"] for r in query_rows(licences_first, "arms-transfers", supplier="United Kingdom")]
    facts = by_fact(query_rows(licences_first, "facts", type="ArmsTransfer"))[share]
    assert "share of: the arms Israel receives" in details(facts)


def test_a_religious_leader_and_a_shadow_minister(licences):
    posts = {r["holder"]: (r["position"], r["of"], r["title"]) for r in query_rows(licences, "leaders")}
    assert posts["Ephraim Mirvis"] == ("religious leader", "unnamed religious community", "chief rabbi")
    # A post of the opposition held of the state: the state's opposition's, not its government's.
    assert posts["Andrew Mitchell"] == ("shadow minister", "United Kingdom (opposition)", "shadow foreign secretary")
    assert sparql_rows(licences, "SELECT ?p WHERE { ?p a gkg:PositionHeld ; gkg:positionOf ?s . ?s a gkg:State ; "
                                 "rdfs:label ?l FILTER(CONTAINS(STR(?l), 'unnamed')) }") == []


# -- 3. docs, vocabulary and refusals ----------------------------------------------------------------------

def test_claims_md_and_the_vocabulary_show_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("`type: HealthEmergencyDeclaration`", "`excludedEntity: F-35`", "`fromFund: its Contingency Fund for Emergencies`",
                  "`position: religious leader`", "`position: shadow minister`", "`type: BodyOf`, `body: Africa CDC`"):
        assert shown in text, shown
    for words, first_line in [(("agency",), "BodyOf (kind of fact"), (("public", "health", "emergency"), "HealthEmergencyDeclaration (kind"),
                              (("outbreak",), "HumanitarianCrisis (kind"), (("chief", "rabbi"), "religious leader (value")]:
        out = kg_cli("vocabulary", *words, check=0).stdout
        assert out.startswith(first_line), (words, out[:300])


def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_with_the_incomplete(HEALTH, HEALTH_CLAIMS, tmp_path, WRONG, INCOMPLETE)
