"""Rule set 30 (fewer wrong drafts), through the real ``kg extract`` command, on small
articles written for these tests and read with the development set's registry. All the
articles are drafted in one run (a module-scoped fixture) and each test reads its own
article's draft:

- short names of others: a person's one-word registry alias ("Khan", Imran Khan's)
  after another person of that surname named in full ("Karim Khan") is that person; a
  party's one-word alias ("Conservatives", the Conservative Party of Canada's) in an
  article that names another state and never the party's is the party of that word of
  the state named; "the leader of" something no name resolves is no state's head;
- a name the NER model cut short at 'of' ("Allegations of Government of") is no entity;
- events asked about (a question, 'whether', 'if' after 'ask') are not drafted; 'yet to'
  and 'neither ... nor' negate;
- an event a noun names as what a verb of appeal asks for ("demanded the release of")
  is requested, not done;
- a capital named as the place of the act ("praised the agreement in Lima") is no
  participant of a statement;
- elections in general ("to suspend elections in wartime") are no Election.

Each rule has a case it must change and a case it must leave alone.
"""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

#: article name -> its text; each is drafted as of 2030-09-03 (a Tuesday).
ARTICLES = {
    "surname_other": "Karim Khan, the chief prosecutor of the International Criminal Court, arrived in Lima on Monday. "
                     "Khan, a British lawyer, met officials.",
    "surname_owner": "Khan, a British lawyer, met officials in Lima on Monday.",
    "party_named_state": "In Britain, the leader of the opposition Conservatives, Kemi Badenoch, spoke on Monday.",
    "party_own_state": "In Canada, the leader of the opposition Conservatives, Pierre Poilievre, spoke on Monday.",
    "leader_of_unnamed": "In Britain, the leader of the opposition Greens, Carla Denyer, spoke on Monday.",
    "cut_short": "India's Ministry of External Affairs expelled a Canadian diplomat on Monday.\n\n"
                 "\"Allegations of Government of India's involvement in any act of violence in Canada "
                 "are absurd and motivated,\" the ministry said in a statement.",
    "question": "Will Chile accuse Peru of spying?",
    "asserted": "Chile accused Peru of spying on Monday.",
    "whether": "It was unclear whether Chile would accuse Peru of spying.",
    "released": "Peru released Tom Ray on Monday.",
    "yet_to": "Peru has yet to release Tom Ray.",
    "neither": "Neither Chile nor Peru condemned the attack.",
    "condemned": "Chile condemned the attack on Monday.",
    "demanded": "Chile demanded the release of Tom Ray on Monday.",
    "called_for": "Lina Varo called for the release of Tom Ray.",
    "praised_in_capital": "Lina Varo praised the agreement in Lima on Monday.",
    "praised_seat": "Lina Varo praised the Kremlin on Monday.",
    "elections_general": "Tor Ashby, Peru's president, said it was reasonable to suspend elections in wartime.",
    "elections_promised": "Tor Ashby, Peru's president, promised elections within 18 months.",
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Every article of :data:`ARTICLES` drafted in one ``kg extract`` run with the
    development registry: (name -> its claims, the drafts' folder)."""
    folder = tmp_path_factory.mktemp("p1")
    found, _ = drafted_cases(folder, ARTICLES, "--entities", REGISTRY)
    return found, folder / "drafts"


def kinds(claims: list[dict], kind: str) -> list[dict]:
    return [c for c in claims if c["type"] == kind]


def values(claims: list[dict]) -> set[str]:
    """Every entity id or string a claim gives under any key but its quote and ids."""
    out = set()
    for c in claims:
        for k, v in c.items():
            if k in ("id", "fact", "quote", "review"):
                continue
            out |= {str(x) for x in (v if isinstance(v, list) else [v])}
    return out


def test_surname_of_the_person_named_in_full(run):
    found, _ = run
    claims = found["surname_other"]
    assert "imran-khan" not in values(claims)
    assert [c["citizen"] for c in kinds(claims, "Citizenship")] == ["karim-khan"]
    # no one of that surname named in full: the registry's alias stands
    assert [c["citizen"] for c in kinds(found["surname_owner"], "Citizenship")] == ["imran-khan"]


def test_party_alias_of_the_state_the_article_names(run):
    found, _ = run
    (post,) = kinds(found["party_named_state"], "PositionHeld")
    assert (post["holder"], post["positionOf"], post["position"]) == ("kemi-badenoch", "conservative-party-uk", "party leader")
    (post,) = kinds(found["party_own_state"], "PositionHeld")
    assert post["positionOf"] == "conservative-party-of-canada"


def test_leader_of_something_unresolved_is_no_head_of_state(run):
    found, _ = run
    assert kinds(found["leader_of_unnamed"], "PositionHeld") == []
    assert "head of state" not in values(found["leader_of_unnamed"])


def test_name_cut_short_at_of_is_no_entity(run):
    found, drafts = run
    (st,) = kinds(found["cut_short"], "Statement")
    assert st["speaker"] == "india-mea" and "about" not in st
    proposed = {e["id"] for e in yaml.safe_load((drafts / "cut_short.yaml").read_text(encoding="utf-8")).get("entities") or []}
    assert not any(p.startswith("allegations") for p in proposed)


def test_questions_are_not_drafted(run):
    found, _ = run
    assert kinds(found["question"], "Accusation") == []
    assert kinds(found["whether"], "Accusation") == []
    (acc,) = kinds(found["asserted"], "Accusation")
    assert (acc["speaker"], acc["about"]) == ("chile", "peru") and "polarity" not in acc


def test_yet_to_and_neither_negate(run):
    found, _ = run
    (rel,) = kinds(found["yet_to"], "Release")
    assert rel["polarity"] == "negative"
    (rel,) = kinds(found["released"], "Release")
    assert "modality" not in rel and "polarity" not in rel
    (crit,) = kinds(found["neither"], "Criticism")
    assert crit["polarity"] == "negative"
    (crit,) = kinds(found["condemned"], "Criticism")
    assert "polarity" not in crit


def test_release_asked_for_is_requested(run):
    found, _ = run
    for name in ("demanded", "called_for"):
        (rel,) = kinds(found[name], "Release")
        assert rel["modality"] == "requested", name
    (appeal,) = kinds(found["demanded"], "Appeal")
    assert appeal["speaker"] == "chile"


def test_capital_where_it_was_said_is_no_participant(run):
    found, _ = run
    (praise,) = kinds(found["praised_in_capital"], "Praise")
    assert praise["speaker"] == "lina-varo" and "about" not in praise
    (praise,) = kinds(found["praised_seat"], "Praise")
    assert praise["about"] == "government-of-russia"


def test_elections_in_general_are_no_election(run):
    found, _ = run
    assert kinds(found["elections_general"], "Election") == []
    (el,) = kinds(found["elections_promised"], "Election")
    assert el["heldIn"] == "peru"
