"""What two new users' unseen articles (a uranium company nationalised, a port concession,
a court's order on a gold mine, envoys summoned over a deleted post) found refused or not
found (ontology 2.54.0), each fixed for its kind: a nationalisation is a ``Seizure`` of the
company, found by ``kg vocabulary`` in its words; a ``Lease`` takes ``attendee``;
``investedIn`` takes a ``Site``; a ``LegalAction`` takes ``about``; ``adoptedBy`` takes a
``State``; a fact taken back by no one named needs no ``withdrawing``; unnamed courts in the
plural are a court; and ``kg eval`` counts ``asserted`` and ``reported`` as one modality on
a ``Statement`` by its own speaker.

Each form is read back from an invented article written for it
(``tests/data/model-r63-concession-nationalisation``), built once for the module by the
real ``kg build``; each has a look-alike that must not be read the same way.
"""

from __future__ import annotations

from casefiles import refused_with_the_incomplete

from conftest import ROOT, built_corpus_printing, by_fact, kg_cli, query_rows, sparql_rows

import json

import pytest

CASE = ROOT / "tests" / "data" / "model-r63-concession-nationalisation"
ARTICLE = "000_09878563e8c1e5de"
CLAIMS = f"claims/{ARTICLE}.yaml"
QUOTE = 'quote: "Valdorian courts have also frozen the company\'s accounts"'
GKG = "PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#> "


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    """The store of the case built by the real 'kg build'."""
    return built_corpus_printing(tmp_path_factory, CASE)[0]


#: Claims each refused while they are read, for its own reason: the words of its message.
WRONG = {
    "unnamed actors that name no court":
        ("{id: x0, fact: legal-x, type: LegalAction, court: {actor: unnamed Valdorian officials}, legalActionKind: ruling, "
         "target: Holm Resources, " + QUOTE + "}",
         "court: takes a Court named in the registry, or unnamed actors that name a court"),
    "a state as what a withdrawal leaves (troops leaving a country end a deployment)":
        ("{id: x1, fact: withdrawal-x, type: Withdrawal, withdrawing: Brelia, withdrawnFrom: Valdoria, " + QUOTE + "}",
         "a Deployment with destination: Valdoria and its endDate"),
    "a city as what a legal action is about":
        ("{id: x2, fact: legal-y, type: LegalAction, court: unnamed Kessara court, legalActionKind: ruling, "
         "target: Holm Resources, about: Kessara, " + QUOTE + "}",
         "about: 'Kessara' is a City, but about takes"),
    "a person as who adopted a law":
        ("{id: x3, fact: legislation-x, type: Legislation, adoptedBy: Sela Morn, " + QUOTE + "}",
         "adoptedBy: 'Sela Morn' is a Person, but adoptedBy takes an Organisation or a State"),
    "a nationalisation written as a type of its own":
        ("{id: x5, fact: nationalisation-x, type: nationalisation, " + QUOTE + "}",
         "unknown fact type 'nationalisation' (did you mean 'Seizure'?)"),
    "a kind of entity's other name as a fact's type (no kind of fact is suggested)":
        ("{id: x6, fact: parliament-x, type: parliament, " + QUOTE + "}",
         "unknown fact type 'parliament'; 'kg vocabulary' lists"),
    "a company seized by a company (only a state nationalises)":
        ("{id: x7, fact: seizure-x, type: Seizure, perpetrator: Norship, seized: Tervane Mining, " + QUOTE + "}",
         "seized: 'Tervane Mining' is an Organisation, which only a state or its government seizes"),
    "a city as what capital is put into":
        ("{id: x4, fact: investment-x, type: Investment, investor: Norship, investedIn: Kessara, " + QUOTE + "}",
         "investedIn: 'Kessara' is a City"),
}
#: Claims read whole but refused by the shapes: the words of the message naming the fact.
INCOMPLETE = {
    "an organisation left by no one named (only a fact taken back may leave withdrawing out)":
        ("{id: y0, fact: withdrawal-y, type: Withdrawal, withdrawnFrom: Kessara port authority, " + QUOTE + "}",
         "a withdrawal says who leaves (withdrawing); only a fact taken back"),
}


def test_a_nationalisation_is_a_seizure_found_by_its_words():
    for words in ("nationalisation", "nationalised", "expropriation", "nationalized"):
        out = kg_cli("vocabulary", words).stdout
        assert out.startswith("Seizure (kind of fact"), (words, out)
    # The look-alike: a word that shares the stem is not a seizure first (a close spelling
    # may still list it after the kinds it names).
    nationality = kg_cli("vocabulary", "nationality", check=None).stdout
    assert nationality and not nationality.startswith("Seizure"), nationality


def test_a_demarche_is_a_summons_and_a_party_an_organisation():
    assert kg_cli("vocabulary", "demarche").stdout.startswith("Summons (kind of fact")
    party = kg_cli("vocabulary", "party").stdout
    assert party.startswith("party (key)") and "\nOrganisation (kind of entity" in party, party
    # The look-alike: a key no class is also named by is shown alone.
    assert "Organisation (kind of entity" not in kg_cli("vocabulary", "lessee").stdout


def test_the_nationalised_company_is_seized_and_the_state_owns_it(case):
    [row] = query_rows(case, "facts", type="Seizure")
    assert "Tervane Mining" in row["participants"] and row["details"] == "action type: nationalisation", row
    [own] = sparql_rows(case, GKG + """SELECT ?by WHERE { ?f a gkg:Ownership ; gkg:owner ?o ; gkg:causedBy ?by }""")
    assert own["by"].endswith("seizure-valdoria-tervane-mining-2031"), own


def test_a_courts_order_is_in_the_profile_of_the_mine_it_concerns(case):
    rows = query_rows(case, "profile", entity="Ardel mine")
    assert [(r["fact"], r["role"]) for r in rows] == [("ruling-kessara-court-ardel-mine-2031-10-31", "about")], rows


def test_unnamed_courts_in_the_plural_are_a_court(case):
    [row] = sparql_rows(case, GKG + """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label WHERE { ?f gkg:actionType "asset freeze" ; gkg:court ?c . ?c rdfs:label ?label }""")
    assert "Valdorian courts" in row["label"], row


def test_a_lease_witnessed_an_investment_in_a_site_a_law_a_state_adopted(case):
    [lease] = query_rows(case, "facts", type="Lease")
    assert "Sela Morn" in lease["participants"], lease
    [investment] = query_rows(case, "facts", type="Investment")
    assert "Kessara container terminal" in investment["participants"], investment
    [law] = query_rows(case, "facts", type="Legislation")
    assert law["participants"] == "Valdoria", law


def test_a_deleted_post_is_withdrawn_by_no_one_named(case):
    [row] = query_rows(case, "facts", type="Withdrawal")
    assert row["participants"] is None and row["links"] == "withdrawn from (a fact): statement-ivo-lanz-takeover-theft", row


def test_wrong_claims_are_refused_each_with_what_fits(tmp_path):
    refused_with_the_incomplete(CASE, CLAIMS, tmp_path, WRONG, INCOMPLETE)


def test_eval_counts_a_statement_by_its_own_speaker_reported_as_asserted(tmp_path):
    # The curated claims leave the post's modality out (asserted); a draft writes it
    # reported by its own speaker, and the law's claim reported by the state (the
    # look-alike: not a Statement, so the two modalities still disagree there).
    text = (CASE / CLAIMS).read_text(encoding="utf-8")
    for before, after in (("subject: the takeover was theft,",
                           "subject: the takeover was theft, modality: reported, said_by: Ivo Lanz,"),
                          ("subject: raised the state's share in mines,",
                           "subject: raised the state's share in mines, modality: reported, said_by: Valdoria,")):
        assert before in text
        text = text.replace(before, after)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / f"{ARTICLE}.yaml").write_text(text, encoding="utf-8")
    result = json.loads(kg_cli("eval", tmp_path / "drafts", "--gold", "claims", "--json", check=0, cwd=CASE).stdout)
    modality = [(d["drafted"], d["drafted_value"], d["curated_value"])
                for d in result["disagreements"] if d["on"] == "modality"]
    assert modality == [("code", "Reported", "Asserted")], result["disagreements"]
    assert result["modality"]["wrong"] == 1, result["modality"]
