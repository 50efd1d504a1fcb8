"""Rule set 48, part l: wrong drafts of an election and a resignation story, each fixed
for its kind, through the real ``kg extract`` command on small invented articles (one
run), each beside a look-alike that must still draft:

- a title only one state's government has ("Homeland Security Secretary") gives that
  state, not the dateline's; a sentence naming two other states gives the dateline's
  state to no office (the dateline alone still gives it);
- a subject pronoun continues the person the previous sentence's subject pronoun was
  read as, not a person that sentence names as an object;
- a title before a name is current when the holder only says he will resign from another
  post; 'former' before portfolio words ("former economic affairs minister") ends it;
- a party's leadership election is held in the party, an election of a chamber names it
  (``electedBody``): two facts, not one of the state;
- a proposed acronym whose letters are the initials of a name the article proposes is
  that entity's alias, not an entity of its own;
- "offered to resign" is an offer (``modality: willing``), "threatened to resign" no
  resignation done; "resigned" still ends the office.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_proposals
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

WARSAW = "WARSAW, Sept 2 (Example Wire) - "
ARTICLES = {
    "department_title": (WARSAW + "Poland's opposition candidate Jan Borek won the vote on Sunday. He was received by "
                         "U.S. President Mark Dane at the White House in August, and Homeland Security Secretary "
                         "Lara Voss spoke in his support at a rally in Warsaw last week."),
    "department_only": WARSAW + "Homeland Security Secretary Lara Voss told a rally in Poland on Monday that the border was safe.",
    "two_states": (WARSAW + "Poland's opposition candidate Jan Borek won the vote on Sunday. He was received by "
                   "Chilean President Arlo Venn in August, and Interior Minister Tomas Lind met Peruvian President "
                   "Ada Ruiz last week."),
    "dateline_state": WARSAW + "Interior Minister Tomas Lind said on Monday that Poland would tighten checks on its eastern border.",
    "kept_subject": ("Tor Ashby conceded defeat on Monday morning. In a post on X he congratulated Mark Vane and said "
                     "the victory carried great responsibility. He told supporters he was sorry he had not convinced "
                     "a majority of voters."),
    "new_subject": ("Tor Ashby conceded defeat on Monday morning. In a post on X Mark Vane thanked the voters of Chile "
                    "for their trust. He told supporters he was grateful for the result."),
    "titles": ("SANTIAGO, Sept 2 (Example Wire) - Chilean President Arlo Venn said on Sunday that he would resign as "
               "leader of the Civic Union Party after its defeat. Chilean Finance Minister Omar Feld, 61, is seen as "
               "the favourite. He faces former economic affairs minister Lina Varo, 58."),
    "resigned": "Chilean President Arlo Venn resigned on Sunday after the defeat of his party.",
    "offered": ("Chilean Defence Minister Omar Feld and two other ministers had earlier offered to resign. Peruvian "
                "Interior Minister Ada Ruiz threatened to resign on Monday."),
    "resigned_minister": "Chilean Defence Minister Omar Feld resigned on Monday.",
    "elections": ("Chile's ruling Civic Union Party lost its majority after a heavy loss in the Chamber of Deputies "
                  "election. Party chairman Arlo Venn asked the party to start a leadership election under the "
                  "party's rules."),
    "state_election": "Chile will hold a presidential election in November, the electoral commission said on Monday.",
    "acronym": ("The Civic Union Party won the most seats in Chile's election on Sunday. The CUP leader, Arlo Venn, "
                "thanked voters in Santiago."),
    "acronym_alike": ("The Civic Union Party won the most seats in Chile's election on Sunday. The NRA leader, Arlo "
                      "Venn, thanked voters in Santiago."),
}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """(name -> the claims drafted from that article, name -> the entities its draft
    proposes), all in one run with the sample registry."""
    return drafted_with_proposals(tmp_path_factory.mktemp("r48l"), ARTICLES)


def _held(claims: list[dict], holder: str) -> list[dict]:
    return [c for c in of(claims, "PositionHeld") if c["holder"] == holder]


def test_a_title_one_state_has_gives_it_and_two_other_states_give_none(drafted):
    claims, entities = drafted
    [voss] = _held(claims["department_title"], "lara-voss")
    assert voss["positionOf"] == "united-states"
    assert {e["id"]: e.get("of") for e in entities["department_title"]}["lara-voss"] == "united-states"
    # the title alone, in a report from Warsaw about Poland: still the state whose title it is
    [alone] = _held(claims["department_only"], "lara-voss")
    assert alone["positionOf"] == "united-states"
    # Chile and Peru in the sentence: the dateline's Poland is no evidence of the minister's state
    assert _held(claims["two_states"], "tomas-lind") == []
    # the dateline alone still gives it
    [lind] = _held(claims["dateline_state"], "tomas-lind")
    assert lind["positionOf"] == "poland"


def test_a_subject_pronoun_keeps_the_subject_of_the_sentence_before(drafted):
    claims, _ = drafted
    [sorry] = [c for c in of(claims["kept_subject"], "Statement") if "sorry" in c["quote"]]
    assert sorry["speaker"] == "tor-ashby"
    # the sentence before has a named subject: the pronoun takes that person
    [grateful] = [c for c in of(claims["new_subject"], "Statement") if "grateful" in c["quote"]]
    assert grateful["speaker"] == "mark-vane"


def test_a_title_is_current_unless_former_says_otherwise(drafted):
    claims, _ = drafted
    [venn] = [c for c in _held(claims["titles"], "arlo-venn") if c["positionOf"] == "chile"]
    assert "status" not in venn and "endDate" not in venn
    [varo] = _held(claims["titles"], "lina-varo")
    assert varo["status"] == "ended" and varo["quote"].startswith("former economic affairs minister")
    [feld] = _held(claims["titles"], "omar-feld")
    assert "status" not in feld
    # a resignation done ends the office it leaves
    [done] = _held(claims["resigned"], "arlo-venn")
    assert done["status"] == "ended"


def test_an_offer_to_resign_is_no_resignation_done(drafted):
    claims, _ = drafted
    [offer] = of(claims["offered"], "Resignation")
    assert offer["resigning"] == "omar-feld" and offer["modality"] == "willing"
    assert all(c.get("modality") not in (None, "asserted", "reported") for c in of(claims["offered"], "Resignation"))
    assert all("status" not in c for c in of(claims["offered"], "PositionHeld"))
    [resigned] = of(claims["resigned_minister"], "Resignation")
    assert resigned["resigning"] == "omar-feld" and resigned.get("modality", "asserted") == "asserted"
    [left] = _held(claims["resigned_minister"], "omar-feld")
    assert left["status"] == "ended"


def test_a_party_leadership_vote_and_a_chamber_election_are_two_facts(drafted):
    claims, _ = drafted
    elections = of(claims["elections"], "Election")
    facts = {c["fact"]: c for c in elections}
    assert len(facts) == 2
    [party] = [c for c in elections if c["heldIn"] == "civic-union-party"]
    assert party["description"] == "party leadership election"
    [chamber] = [c for c in elections if c["heldIn"] == "chile"]
    assert chamber["electedBody"] == "chamber-of-deputies"
    # a state's own election names no chamber and stays the state's
    [presidential] = of(claims["state_election"], "Election")
    assert presidential["heldIn"] == "chile" and "electedBody" not in presidential
    assert presidential["description"] == "presidential election"


def test_an_acronym_of_a_proposed_name_is_its_alias(drafted):
    claims, entities = drafted
    ids = {e["id"]: e for e in entities["acronym"]}
    assert "cup" not in ids and ids["civic-union-party"]["aliases"] == ["CUP"]
    [leader] = _held(claims["acronym"], "arlo-venn")
    assert leader["positionOf"] == "civic-union-party"
    # letters that are no initials of the name: an entity of its own
    others = {e["id"]: e for e in entities["acronym_alike"]}
    assert "aliases" not in others.get("civic-union-party", {})
    assert all(c.get("positionOf") != "civic-union-party" for c in _held(claims["acronym_alike"], "arlo-venn"))
