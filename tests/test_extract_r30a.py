"""Rule set 30 (agreements, sanctions, memberships, ownership, projects), through the real
``kg extract`` command, on small articles written for these tests and read with the
development set's registry. All the articles are drafted in one run (a module-scoped
fixture) and each test reads its own article's draft:

- sanctions on those an 'including' or 'such as' phrase names ("sanctions on 20
  companies, including X and Y"), on those 'the sanctions target' (the authority from the
  article's other sanctions), and those 'those sanctioned ... include';
- a treaty named by its proper name with one party named ("withdraw from the Paris
  Agreement"): ``party: [X, unnamed other parties]`` and its ``title``;
- one agreement signed by each party in its own clause ("X signed the agreement on
  Monday, and Y signed it on Tuesday");
- a state's firm keeps its place as a party of a contract ("a contract with South
  Korea's Hyundai Rotem"), where a state's agency stands for its state;
- a person's party named before the word 'party' ("Khan's Pakistan Tehreek-e-Insaf
  party");
- shares told by a participle or a possessive ("49 percent owned by", "Rosneft's 49
  percent stake in"); a project's place from the possessive of its works ("Egypt's first
  nuclear power plant").

Each rule has a case it must draft and a case it must leave alone.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"
DATELINE = "LIMA, Sept 3 (Wire) - "

#: article name -> its text (after a headline); each is drafted as of 2030-09-03 (a Tuesday).
ARTICLES = {name: DATELINE + text for name, text in {
    "including": "The United States imposed sanctions on 20 companies, including Rosneft and Lukoil.",
    "including_sanctioned": "Britain sanctioned 90 targets, including Nayara Energy and Sovcomflot.",
    "including_conj": "The EU imposed sanctions on 20 individuals and 10 entities, including Rosneft and Igor Sechin.",
    "such_as": "Britain imposed sanctions on Russian firms such as Sovcomflot.",
    "including_no_actor": "Britain imposed sanctions on 20 firms, including ones in China.",
    "including_no_sanction": "The United States signed deals with 20 companies, including Rosneft.",
    "target_open": "Britain imposed sanctions on Iran on Monday. The sanctions also target Sovcomflot.",
    "target_no_authority": "The new sanctions target Rosneft and Lukoil.",
    "those_sanctioned": "Those sanctioned by the EU include Rosneft and Igor Sechin.",
    "include_not_sanction": "The countries at the talks include Chile and Peru.",
    "both_companies": "Britain sanctioned Rosneft and Lukoil on Wednesday. "
                      "The United States sanctioned both companies a week later.",
    "both_of_three": "Britain sanctioned Rosneft, Lukoil and Sovcomflot on Wednesday. "
                     "The United States sanctioned both companies a week later.",
    "administration": "Sovcomflot was sanctioned by the Biden administration.",
    "in_a_meeting": "In a meeting with Xi Jinping on Friday, Vladimir Putin praised ties.",
    "in_a_meeting_no_person": "In a meeting with Xi Jinping on Friday, Russia was not discussed.",
    "paris": "The United States will withdraw from the Paris Agreement.",
    "rome": "Hungary signed the Rome Statute in 1999.",
    "common_pact": "Hungary signed a defence pact on Monday.",
    "treaty_said": "Trump said the United States would leave the Paris Agreement.",
    "each_signed": "Chile signed the agreement on Monday, and Peru signed it on Tuesday.",
    "signed_again": "Chile signed the agreement on Monday and signed it again on Tuesday.",
    "firm_party": "Poland signed a contract with South Korea's Hyundai Rotem on Friday for 180 K2 tanks.",
    "agency_party": "Poland's Armament Agency signed a contract with Hyundai Rotem on Friday for 180 K2 tanks.",
    "party_named": "Imran Khan's Pakistan Tehreek-e-Insaf party called protests on Monday.",
    "party_not_org": "Imran Khan's Pakistan visit ended on Monday.",
    "owned_percent": "Nayara Energy is 49 percent owned by Rosneft.",
    "stake_possessive": "Rosneft's 49 percent stake in Nayara Energy is for sale.",
    "stake_no_share": "Rosneft's stake in Nayara Energy is for sale.",
    "works_possessive": "QatarEnergy is building Egypt's first nuclear power plant.",
}.items()}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted in one ``kg extract`` run with the
    development set's registry: article name -> its claims (each quote checked verbatim)."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r30a"), ARTICLES, "--entities", REGISTRY,
                             heading="Deals and sanctions")
    return found


def listed(value) -> list:
    return value if isinstance(value, list) else [value]


def sanctions(claims) -> set[tuple]:
    """(authority, target) of each Sanction drafted."""
    return {(c["authority"], c["target"]) for c in of(claims, "Sanction")}


# -- sanctions on those named after 'including' --------------------------------------------------

def test_including_names_the_targets_of_sanctions_on_a_counted_set(drafts):
    assert sanctions(drafts["including"]) >= {("united-states", "rosneft"), ("united-states", "lukoil")}
    assert sanctions(drafts["including_sanctioned"]) >= {("united-kingdom", "nayara-energy"),
                                                         ("united-kingdom", "sovcomflot")}
    # the phrase hung on the last of two counted nouns names members of both
    assert sanctions(drafts["including_conj"]) >= {("european-union", "rosneft"), ("european-union", "igor-sechin")}
    assert ("united-kingdom", "sovcomflot") in sanctions(drafts["such_as"])


def test_including_needs_a_sanction_and_an_actor(drafts):
    # a place in the phrase says where, not who
    assert not any(c["target"] == "china" for c in of(drafts["including_no_actor"], "Sanction"))
    # deals with a set are no sanction on its members
    assert of(drafts["including_no_sanction"], "Sanction") == []


def test_the_sanctions_target_takes_the_articles_authority(drafts):
    assert ("united-kingdom", "sovcomflot") in sanctions(drafts["target_open"])
    # no other sanction to say whose they are: nothing is invented
    assert of(drafts["target_no_authority"], "Sanction") == []


def test_those_sanctioned_include(drafts):
    assert sanctions(drafts["those_sanctioned"]) == {("european-union", "rosneft"), ("european-union", "igor-sechin")}
    assert of(drafts["include_not_sanction"], "Sanction") == []


def test_both_companies_takes_back_the_two_named_before(drafts):
    assert {("united-states", "rosneft"), ("united-states", "lukoil")} <= sanctions(drafts["both_companies"])
    # three named before: 'both' has no antecedent, and none is guessed
    assert not any(a == "united-states" for a, _ in sanctions(drafts["both_of_three"]))


def test_a_leaders_administration_sanctions_for_its_state(drafts):
    assert sanctions(drafts["administration"]) == {("united-states", "sovcomflot")}


def test_in_a_meeting_with_meets_the_clauses_subject(drafts):
    [meeting] = of(drafts["in_a_meeting"], "Meeting")
    assert sorted(meeting["participant"]) == ["vladimir-putin", "xi-jinping"]
    assert of(drafts["in_a_meeting_no_person"], "Meeting") == []


# -- agreements --------------------------------------------------------------------------------

def test_a_named_treaty_with_one_party_named(drafts):
    [paris] = of(drafts["paris"], "Agreement")
    assert paris["party"] == ["united-states", "unnamed other parties"]
    assert paris["title"] == "Paris Agreement" and "date" not in paris
    [rome] = of(drafts["rome"], "Agreement")
    assert rome["party"] == ["hungary", "unnamed other parties"] and rome["title"] == "Rome Statute"
    assert rome["status"] == "signed" and rome["date"] == "1999"


def test_a_common_noun_or_a_speakers_words_name_no_treaty(drafts):
    assert of(drafts["common_pact"], "Agreement") == []
    # what a speaker says a state will do is the speaker's statement, not drafted as the treaty
    assert of(drafts["treaty_said"], "Agreement") == []


def test_each_party_signs_in_its_own_clause(drafts):
    [deal] = of(drafts["each_signed"], "Agreement")
    assert deal["party"] == ["chile", "peru"] and deal["status"] == "signed"
    assert "Peru signed it" in deal["quote"]
    assert of(drafts["signed_again"], "Agreement") == []


def test_a_states_firm_is_a_party_of_its_own_where_its_agency_is_the_state(drafts):
    assert [listed(c["party"]) for c in of(drafts["firm_party"], "Agreement")] == [["poland", "hyundai-rotem"]]
    assert all("south-korea" not in listed(c["party"]) for c in of(drafts["firm_party"], "Agreement"))
    [deal] = of(drafts["agency_party"], "Agreement")
    assert sorted(listed(deal["party"])) == ["hyundai-rotem", "poland"]


# -- memberships, ownership, projects ----------------------------------------------------------

def test_a_persons_party_named_before_the_word_party(drafts):
    assert [(c["member"], c["memberOf"]) for c in of(drafts["party_named"], "Membership")] == [("imran-khan", "pti")]
    assert of(drafts["party_not_org"], "Membership") == []


def test_shares_told_by_a_participle_or_a_possessive(drafts):
    for name in ("owned_percent", "stake_possessive"):
        assert [(c["owner"], c["owned"], c["share"]) for c in of(drafts[name], "Ownership")] == \
            [("rosneft", "nayara-energy", 49)], name
    # no share told: the possessive alone is not read as ownership here
    assert of(drafts["stake_no_share"], "Ownership") == []


def test_a_projects_place_from_the_possessive_of_its_works(drafts):
    [work] = of(drafts["works_possessive"], "Project")
    assert work["place"] == "egypt" and work["description"] == "first nuclear power plant"
