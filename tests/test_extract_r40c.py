"""False drafts of three articles the extractor had never seen (tests/data/unseen-newuser10/,
written by a new user), each fixed for its kind, through the real ``kg extract`` command:
one run over the three articles with the sample registry, one over small invented
articles with the development set's registry (module-scoped fixtures, one run each).

- a name the NER model tags an organisation is a person's after a role or kin word
  ("former first lady X"), before an age, or when its surname alone is a person's; the
  surname alone is then the same person, and no "organisation of" fact is drafted;
- a counted noun with "other" ("two other former presidents") or with its own apposition
  is not the pair named before: a detention told of them holds no one else;
- an organisation's country told beside a name ("Peruvian radio RPP") is never what a
  statement is about;
- states parties to a named convention keep its title and its other parties unnamed;
- an organisation's name starts at the capitalised acronym that modifies it, and a name
  the model cut in two at a foreign 'and' ("Hamburger Hafen und Logistik AG") is one;
- blaming a cause that no actor owns is no accusation; blaming an actor stays one;
- a reported statement's quote keeps an infinitive on its last noun;
- a sentence passed on several people targets them all, with its penalty and length;
- asylum granted or asked for is an AsylumGrant; an asset or stake bought from another is
  a Sale (arms bought from a state stay the arms rules');
- a kin word before a name gives the person's gender, which 'she' and 'he' respect;
- a state proposed from the gazetteer carries its Wikidata id;
- an article saved with decomposed accents drafts what its composed form drafts, quoting
  the saved text verbatim.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases, drafted_folder
from test_extract_r18 import of
from test_extract_r38c import _entities, _listed

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

UNSEEN = Path(__file__).parent / "data" / "unseen-newuser10"
REGISTRY = CORPUS / "dev" / "entities.yaml"


@pytest.fixture(scope="module")
def unseen(tmp_path_factory) -> dict[str, dict]:
    """The three articles drafted in one run with the sample registry, as the new user ran
    it (the Heredia text has no date: it is drafted undated, with a warning): article
    stem -> its claims file, parsed, and its text under 'raw'."""
    found = drafted_folder(UNSEEN, tmp_path_factory.mktemp("r40c"))
    assert set(found) == {"russia-rate-hike", "cosco-hamburg", "heredia-asylum"}, found
    return found


# -- the three articles ----------------------------------------------------------------------------


def test_the_first_lady_is_one_person_and_no_organisation(unseen):
    cf = unseen["heredia-asylum"]
    ents = _entities(cf)
    assert ents["nadine-heredia"]["type"] == "Person"
    assert ents["ilan-heredia"]["type"] == "Person"
    assert "heredia" not in ents  # the surname alone is the same woman
    assert [c["organisation"] for c in of(cf["claims"], "OrganisationCountry")
            if c["organisation"] in ("nadine-heredia", "heredia")] == []
    [denial] = of(cf["claims"], "Rejection")
    assert sorted(_listed(denial["speaker"])) == ["nadine-heredia", "ollanta-humala"]


def test_the_lawyer_is_not_detained_and_humala_still_is(unseen):
    held = [t for c in of(unseen["heredia-asylum"]["claims"], "Detention") for t in _listed(c["target"])]
    assert "julio-espinoza" not in held and "nadine-heredia" not in held
    assert held == ["ollanta-humala"]


def test_no_statement_is_about_a_fact_told_beside_a_name(unseen):
    for cf in unseen.values():
        for c in cf["claims"]:
            assert not str(c.get("about", "")).startswith("organisation-country"), c


def test_the_convention_is_named_and_open_to_other_parties(unseen):
    [conv] = of(unseen["heredia-asylum"]["claims"], "Agreement")
    assert conv["title"] == "Convention on Diplomatic Asylum"
    assert sorted(conv["party"]) == ["brazil", "peru", "unnamed other parties"]


def test_the_asylum_and_the_sentence_of_both_are_drafted(unseen):
    claims = unseen["heredia-asylum"]["claims"]
    granted = [c for c in of(claims, "AsylumGrant") if c.get("grantedBy")]
    assert [(c["grantedBy"], c["grantedTo"], c["description"]) for c in granted] == \
        [("brazil", "nadine-heredia", "diplomatic asylum")]
    assert all(c["grantedTo"] == "nadine-heredia" for c in of(claims, "AsylumGrant"))  # 'she' is not her brother
    sentences = {tuple(sorted(_listed(c["target"]))): c for c in of(claims, "LegalAction")}
    both = sentences[("nadine-heredia", "ollanta-humala")]
    assert (both["duration"], both["sentence"]) == ("15 years", "15 years in prison")
    assert both["court"] == {"actor": "unnamed court", "for": "peru"}
    assert sentences[("ilan-heredia",)]["duration"] == "12 years"


def test_the_buyer_keeps_its_whole_name_and_the_sale_is_drafted(unseen):
    cf = unseen["cosco-hamburg"]
    ents = _entities(cf)
    assert "shipping-ports" not in ents and ents["cosco-shipping-ports"]["label"] == "COSCO Shipping Ports"
    assert ents["hamburger-hafen-und-logistik-ag"]["aliases"] == ["HHLA"]
    [sale] = of(cf["claims"], "Sale")
    assert (sale["buyer"], sale["seller"], sale["sold"]) == \
        ("cosco-shipping-ports", "hamburger-hafen-und-logistik-ag", "container-terminal-tollerort")
    assert all(not c["quote"].startswith("Shipping Ports") for c in cf["claims"])
    [stake] = [c for c in of(cf["claims"], "Ownership") if c["owner"] == "cosco-shipping-ports"]
    assert stake["share"] == 24.99


def test_a_state_proposed_from_the_gazetteer_has_its_wikidata_id(unseen):
    ents = _entities(unseen["cosco-hamburg"])
    assert ents["germany"]["wikidata"] == "Q183"
    assert ents["olaf-scholz"]["wikidata"] == "Q61053"


def test_the_bank_blaming_a_cause_accuses_no_one(unseen):
    claims = unseen["russia-rate-hike"]["claims"]
    assert [c["speaker"] for c in of(claims, "Accusation")] == ["maxim-oreshkin"]
    [column] = [c for c in of(claims, "Statement") if "column" in c["quote"]]
    assert column["quote"].endswith("had the tools to normalise the situation")


# -- small invented articles ---------------------------------------------------------------------

NFC = ("Panama's President José Raúl Mulino met Brazil's President Luiz Inácio Lula da Silva in Brasília "
       "on Monday. Mulino said the talks were useful.")

ARTICLES = {
    "first_lady": "Peru's former first lady Nadia Herrera arrived in Lima on Monday. "
                  "Herrera said the case against her was political.",
    "first_lady_alone": "The former first lady Ilse Varga left Peru on Monday, her lawyer said. "
                        "Varga and her husband deny the charges.",
    "company": "Ardent Holdings said on Monday that it would open an office in Lima.",
    "others_held": "Tor Ashby met Lina Varo in Lima on Monday. Two other former presidents are held in the "
                   "same prison in Lima.",
    "pair_held": "Tor Ashby met Lina Varo in Lima on Monday. The two presidents are held in the same prison in Lima.",
    "told_radio": "Her lawyer, Piet Olander, told Peruvian radio RPP that she had left early on Wednesday.",
    "convention": "Brazil and Peru held talks on Monday. Peru said Tor Ashby had asked for asylum under the "
                  "1954 Convention on Diplomatic Asylum, to which both countries are parties.",
    "parties_to_treaty": "Brazil and Peru are parties to the treaty.",
    "blame_cause": "Chile blamed the fall of the peso on a shrinking trade surplus.",
    "blame_actor": "Chile blamed the attack on Peru.",
    "blame_dated": "Chile on Monday blamed hackers for a breach of its election office.",
    "blame_whose": "Tor Ashby blamed the weakness of the peso on the central bank's loose policy.",
    "tools_to": "In a column, Tor Ashby wrote that a strong peso was in Chile's interest and that the "
                "central bank had the tools to normalise the situation.",
    "sentenced_both": "A Lima court sentenced Tor Ashby and his wife, Lina Varo, to 15 years in prison for fraud "
                      "on Monday.",
    "asylum_active": "Brazil granted Tor Ashby political asylum on Tuesday.",
    "asylum_passive": "Lina Varo was granted asylum by Brazil on Tuesday.",
    "licence": "Brazil granted Ardent Holdings a licence to drill on Tuesday.",
    "stake_sale": "Corvane Shipping will buy a 20% stake in Kestrel Bay Terminals from Ardent Holdings.",
    "arms_buy": "India will buy 26 fighter jets from France.",
    "acronym_name": "ZENTA Marine Lines will buy a 30% stake in Kestrel Bay Terminals from Ardent Holdings.",
    "kin_gender": "Lina Varo's brother, Tor Ashby, was sentenced to 12 years. She said she had asked for asylum.",
    "nfc": NFC,
    "nfd": unicodedata.normalize("NFD", NFC),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r40c-cases"), ARTICLES, "--entities", REGISTRY)
    return found


def test_a_role_word_makes_a_person_and_a_company_stays_one(drafts):
    assert of(drafts["first_lady"], "OrganisationCountry") == []
    assert [c["speaker"] for c in of(drafts["first_lady"], "Statement")] == ["nadia-herrera"]
    assert [c["speaker"] for c in of(drafts["first_lady_alone"], "Rejection")] == ["ilse-varga"]
    assert [c["speaker"] for c in of(drafts["company"], "Statement")] == ["ardent-holdings"]


def test_two_other_presidents_are_not_the_two_named_before(drafts):
    assert of(drafts["others_held"], "Detention") == []
    assert [sorted(c["participant"]) for c in of(drafts["others_held"], "Meeting")] == [["lina-varo", "tor-ashby"]]
    # without 'other', the two presidents are the two named before
    assert [sorted(_listed(c["target"])) for c in of(drafts["pair_held"], "Detention")] == [["lina-varo", "tor-ashby"]]


def test_a_statement_is_about_what_it_tells_not_the_outlet_country(drafts):
    [said] = of(drafts["told_radio"], "Statement")
    assert said["speaker"] == "piet-olander" and "about" not in said
    assert [c["organisation"] for c in of(drafts["told_radio"], "OrganisationCountry")] == ["rpp"]


def test_a_named_convention_keeps_its_title_and_other_parties(drafts):
    [conv] = of(drafts["convention"], "Agreement")
    assert conv["title"] == "Convention on Diplomatic Asylum"
    assert sorted(conv["party"]) == ["brazil", "peru", "unnamed other parties"]
    [treaty] = of(drafts["parties_to_treaty"], "Agreement")
    assert sorted(treaty["party"]) == ["brazil", "peru"] and "title" not in treaty


def test_blaming_a_cause_is_no_accusation(drafts):
    assert of(drafts["blame_cause"], "Accusation") == []
    assert [(c["speaker"], c["about"]) for c in of(drafts["blame_actor"], "Accusation")] == [("chile", "peru")]
    assert [c["speaker"] for c in of(drafts["blame_whose"], "Accusation")] == ["tor-ashby"]
    assert [c["speaker"] for c in of(drafts["blame_dated"], "Accusation")] == ["chile"]  # 'on Monday' is when


def test_a_reported_quote_keeps_its_infinitive(drafts):
    [said] = of(drafts["tools_to"], "Statement")
    assert said["quote"].endswith("had the tools to normalise the situation")


def test_a_sentence_on_two_people_targets_both_with_its_length(drafts):
    [sentence] = of(drafts["sentenced_both"], "LegalAction")
    assert sorted(sentence["target"]) == ["lina-varo", "tor-ashby"]
    assert (sentence["sentence"], sentence["duration"], sentence["reason"]) == ("15 years in prison", "15 years", "fraud")
    assert sentence["court"] == {"actor": "unnamed court", "for": "peru"}


def test_asylum_granted_is_drafted_and_a_licence_is_not(drafts):
    [active] = of(drafts["asylum_active"], "AsylumGrant")
    assert (active["grantedBy"], active["grantedTo"], active["description"]) == ("brazil", "tor-ashby", "political asylum")
    [passive] = of(drafts["asylum_passive"], "AsylumGrant")
    assert (passive["grantedBy"], passive["grantedTo"]) == ("brazil", "lina-varo")
    assert of(drafts["licence"], "AsylumGrant") == []
    [asked] = of(drafts["convention"], "AsylumGrant")
    assert (asked["grantedTo"], asked["modality"]) == ("tor-ashby", "requested")


def test_a_stake_bought_from_a_company_is_a_sale_and_arms_are_not(drafts):
    [sale] = of(drafts["stake_sale"], "Sale")
    assert (sale["buyer"], sale["seller"]) == ("corvane-shipping", "ardent-holdings")
    assert of(drafts["arms_buy"], "Sale") == []
    [named] = of(drafts["acronym_name"], "Sale")
    assert named["buyer"] == "zenta-marine-lines"
    assert named["quote"].startswith("ZENTA Marine Lines")


def test_she_is_not_the_brother(drafts):
    [asked] = of(drafts["kin_gender"], "AsylumGrant")
    assert asked["grantedTo"] == "lina-varo"
    [sentence] = of(drafts["kin_gender"], "LegalAction")
    assert sentence["target"] == "tor-ashby"


def test_decomposed_accents_draft_as_composed_ones_and_quote_verbatim(drafts):
    def shape(claims):
        return [(c["type"], c["fact"], unicodedata.normalize("NFC", c["quote"])) for c in claims]
    assert shape(drafts["nfd"]) == shape(drafts["nfc"])
    assert len(drafts["nfc"]) >= 3
    assert any(not unicodedata.is_normalized("NFC", c["quote"]) for c in drafts["nfd"])
    assert all(unicodedata.normalize("NFD", c["quote"]) == c["quote"] for c in drafts["nfd"])
