"""Rule set 49, part f: false drafts of names, pairs, labels and days, and plain facts
missed, through the real ``kg extract`` command on small invented articles (one run for
all, published 2030-09-03, with a registry of invented states, people and bodies), each
rule beside look-alikes that must draft nothing of it:

- a surname that is also a state's name (kg/extract/namesakes.py): "Mara Jordan ...
  Jordan said" is the person; "flew to Jordan", "Jordan's government", "Jordan and Egypt"
  and a "Jordan" with no person of that name before are the state;
- "both sides" (kg/extract/mentions.py): the two states of the declaration they adopted,
  named by their formal names ("the Republic of Ostravia"), not the host of the talks;
- "that deal" (kg/extract/engine.py): the deal told just before, never the article's main
  one told further back; "the deal" is still the main one;
- a day to come in reported speech (kg/extract/facts/common.py): "announced on June 10
  that he would set the election for September 1" is the next September 1 after June 10,
  not after publication;
- a motion rejected "by 70 votes to 45, with no abstentions" by "parliament" (the one
  chamber named), and a ratification "carried by 80 votes" (facts/politics.py, tallies.py);
- seats won in a chamber (facts/seats.py);
- a warrant that charges (facts/charging_papers.py);
- a meeting's inviter and its capital city (facts/invitations.py).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: Invented states, people and bodies (real states come from the engine's gazetteer).
REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia, aliases: [Republic of Ostravia]}
- {id: valdoria, type: State, label: Valdoria}
- {id: mara-jordan, type: Person, label: Mara Jordan, of: valdoria}
- {id: elias-chad, type: Person, label: Elias Chad, of: ostravia}
- {id: tor-ashby, type: Person, label: Tor Ashby, of: ostravia}
- {id: lina-varo, type: Person, label: Lina Varo, of: valdoria}
- {id: national-assembly-ostravia, type: Organisation, label: National Assembly of Ostravia, of: ostravia}
- {id: senate-ostravia, type: Organisation, label: Senate of Ostravia, of: ostravia}
- {id: labour-party-ostravia, type: Organisation, label: Ostravian Labour Party, of: ostravia}
- {id: green-party-ostravia, type: Organisation, label: Ostravian Green Party, of: ostravia}
- {id: international-criminal-court, type: Court, label: International Criminal Court, aliases: [ICC]}
"""

#: Mara Jordan, named in full first.
JORDAN = "Prime Minister Mara Jordan of Valdoria won a vote of confidence on Monday. "
#: A treaty of Ostravia and Valdoria, the article's main agreement.
TREATY = "Ostravia and Valdoria signed a border treaty on Monday. Ostravia praised Valdoria. Valdoria praised Ostravia.\n\n"
#: The one chamber an article names.
ASSEMBLY = "The National Assembly of Ostravia has 120 members. "

ARTICLES = {
    # 1. a surname that is also a state's name
    "surname_said": JORDAN + "Jordan said the result showed trust in her government.",
    "surname_denied": "Defence Minister Elias Chad of Ostravia met Valdoria's army chief on Monday. "
                      "Chad said the talks had been useful.",
    "state_travel": JORDAN + "Jordan's government said on Tuesday that it welcomed the result.",
    "state_listed": JORDAN + "Jordan and Egypt signed a trade agreement on Tuesday.",
    "no_person": "Valdoria's president visited Amman on Monday. Jordan said the talks had been useful.",
    # 2. both sides
    "both_sides": "The Republic of Ostravia and the Kingdom of Valdoria adopted the Lake Declaration on Monday "
                  "after talks hosted by Norway's prime minister. Norway's king praised Norway's diplomats. "
                  "Norway will host the next round. Both sides agreed to reopen the border.",
    "union_of": "The Union of Ostravian Journalists adopted a declaration on press freedom on Monday.",
    # 3. that deal
    "that_deal_near": TREATY + "In 2028, Valdoria signed a deal with Norway on fishing. Ostravia called that deal illegitimate.",
    "that_deal_far": TREATY + "Relations broke down in 2028, when Valdoria signed a memorandum with the breakaway "
                              "region of Kessa.\n\nOstravia later withdrew its ambassador.\n\nOstravia called that deal "
                              "illegitimate.",
    "the_deal": TREATY + "Norway called the deal historic.",
    # 4. a day to come in reported speech
    "set_for": "Ostravia's Labour Party won Sunday's election. On June 10, President Tor Ashby announced that he "
               "would dissolve parliament and set the election for September 1.",
    "set_for_later": "On June 10, President Tor Ashby announced that he would set the referendum for March 3.",
    "said_no_day": "President Tor Ashby said that the next election would be held on May 4.",
    # 5. votes
    "rejected": ASSEMBLY + "On Monday, parliament rejected a motion of confidence in the government by 70 votes to "
                           "45, with no abstentions.",
    "adopted": ASSEMBLY + "Parliament adopted a motion on the budget on Monday by 70 votes to 45.",
    "two_chambers": ASSEMBLY + "The Senate of Ostravia met on Monday. On Tuesday parliament rejected a motion "
                               "of confidence by 70 votes to 45.",
    "carried": ASSEMBLY + "It ratified the border treaty with Valdoria on Monday. The ratification was carried by "
                          "80 votes.",
    "won_by": ASSEMBLY + "The football match on Monday was won by 3 votes of the jury.",
    # 6. seats
    "seats_of": "The Ostravian Labour Party won 52 of the 120 seats in the National Assembly of Ostravia.",
    "seats_rose": ASSEMBLY + "The Ostravian Green Party rose to 14 seats on Sunday.",
    "seats_fell": ASSEMBLY + "The Ostravian Labour Party fell from 60 seats to 52 on Sunday.",
    "chamber_size": "The 120-seat National Assembly of Ostravia met on Monday.",
    "vote_share": ASSEMBLY + "The Ostravian Labour Party won 52 percent of the vote on Sunday.",
    # 7. a warrant that charges
    "warrant": "Police in Valdoria arrested Tor Ashby on Tuesday. The warrant, issued by the International "
               "Criminal Court on August 20, charges Ashby with murder.",
    "court_charges": "A court in Valdoria charged Lina Varo with fraud on Monday.",
    # 8. a meeting's inviter and its capital city
    "invited": "President Tor Ashby of Ostravia and President Lina Varo of Valdoria met in Bern on Monday at the "
               "invitation of Swiss President Karin Keller-Sutter.",
    "no_invitation": "President Tor Ashby of Ostravia met President Lina Varo of Valdoria on Monday. "
                     "Bern said it welcomed the meeting.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article, all drafted in one run with
    :data:`REGISTRY`."""
    return drafted_with_registry(tmp_path_factory.mktemp("r49f"), ARTICLES, REGISTRY)


def _named(claims: list[dict]) -> set[str]:
    """Every entity id a list of claims names in a role or a speaker."""
    out = set()
    for c in claims:
        for k, v in c.items():
            if k in ("id", "fact", "type", "quote", "review", "date"):
                continue
            out |= {x for x in (v if isinstance(v, list) else [v]) if isinstance(x, str)}
    return out


# -- 1. a surname that is also a state's name ----------------------------------------------------


def test_a_surname_after_the_full_name_is_the_person_not_the_state(drafts):
    said = [c for c in drafts["surname_said"] if c["quote"].startswith("Jordan said")]
    assert [c["speaker"] for c in said] == ["mara-jordan"]
    assert "jordan" not in _named(drafts["surname_said"])
    chad = [c for c in drafts["surname_denied"] if c["quote"].startswith("Chad said")]
    assert [c["speaker"] for c in chad] == ["elias-chad"]
    assert "chad" not in _named(drafts["surname_denied"])


def test_the_state_s_name_told_as_a_state_stays_the_state(drafts):
    # a state's government, a list of states, and no person of that name before: the state
    assert "jordan" in _named(drafts["state_travel"])
    assert "mara-jordan" not in {c.get("speaker") for c in drafts["state_travel"] if "welcomed" in c["quote"]}
    assert [sorted(c["party"]) for c in of(drafts["state_listed"], "Agreement")] == [["egypt", "jordan"]]
    assert [c["speaker"] for c in drafts["no_person"] if c["quote"].startswith("Jordan said")] == ["jordan"]


# -- 2. both sides -------------------------------------------------------------------------------


def test_both_sides_are_the_two_states_of_the_declaration_not_its_host(drafts):
    agreed = [c for c in of(drafts["both_sides"], "Agreement") if "reopen" in c["quote"]]
    assert [sorted(c["party"]) for c in agreed] == [["ostravia", "valdoria"]]
    # the declaration itself, adopted by the states' formal names, on its day
    adopted = [c for c in of(drafts["both_sides"], "Agreement") if "Lake Declaration" in c["quote"]]
    assert [(sorted(c["party"]), c.get("date")) for c in adopted] == [(["ostravia", "valdoria"], "2030-09-02")]


def test_a_union_of_a_state_s_people_is_no_state(drafts):
    assert [c for c in drafts["union_of"] if "ostravia" in _named([c])] == []


# -- 3. that deal --------------------------------------------------------------------------------


def _labelled(drafts, name: str) -> list[str]:
    return [c["characterised"] for c in of(drafts[name], "Characterisation")]


def test_that_deal_is_the_deal_told_just_before(drafts):
    treaty = {c["fact"] for c in of(drafts["that_deal_near"], "Agreement") if "border treaty" in c["quote"]}
    fishing = {c["fact"] for c in of(drafts["that_deal_near"], "Agreement") if "fishing" in c["quote"]}
    assert len(treaty) == 1 and len(fishing) == 1
    assert _labelled(drafts, "that_deal_near") == list(fishing)


def test_that_deal_told_far_back_labels_nothing_and_the_deal_labels_the_main_one(drafts):
    assert _labelled(drafts, "that_deal_far") == []
    treaty = [c["fact"] for c in of(drafts["the_deal"], "Agreement")]
    assert _labelled(drafts, "the_deal") == treaty[:1]


# -- 4. a day to come in reported speech ---------------------------------------------------------


def test_a_day_set_in_reported_speech_is_the_next_one_after_the_saying(drafts):
    planned = [c.get("date") for c in of(drafts["set_for"], "Election") if "September 1" in c["quote"]]
    assert planned == ["2030-09-01"]  # not 2031: the result of Sunday, 1 September, is reported


def test_a_day_before_the_saying_or_with_no_saying_day_is_the_next_one(drafts):
    assert {c.get("date") for c in drafts["set_for_later"] if "March 3" in c["quote"]} <= {"2031-03-03"}
    assert [c.get("date") for c in of(drafts["said_no_day"], "Election")] == ["2031-05-04"]


# -- 5. votes ------------------------------------------------------------------------------------


def _tallies(drafts, name: str) -> list[tuple]:
    return [(c.get("votingBody"), c.get("votesFor"), c.get("votesAgainst"), c.get("abstentions"), c.get("outcome"))
            for c in of(drafts[name], "Vote")]


def test_a_motion_rejected_by_parliament_is_a_vote_of_the_chamber_with_the_majority_against(drafts):
    assert _tallies(drafts, "rejected") == [("national-assembly-ostravia", 45, 70, 0, "rejected")]
    assert _tallies(drafts, "adopted") == [("national-assembly-ostravia", 70, 45, None, "adopted")]


def test_parliament_among_two_chambers_or_a_vote_of_no_chamber_is_no_vote(drafts):
    assert _tallies(drafts, "two_chambers") == []
    assert _tallies(drafts, "won_by") == []


def test_a_ratification_carried_by_a_count_is_a_vote_of_the_chamber(drafts):
    assert _tallies(drafts, "carried") == [("national-assembly-ostravia", 80, None, None, "adopted")]


# -- 6. seats ------------------------------------------------------------------------------------


def _seats(drafts, name: str) -> list[tuple]:
    return [(c["member"], c["memberOf"], c.get("seats"), c.get("totalSeats"))
            for c in of(drafts[name], "Membership") if "seats" in c]


def test_seats_won_in_a_chamber_are_a_membership_with_the_count(drafts):
    assert _seats(drafts, "seats_of") == [("labour-party-ostravia", "national-assembly-ostravia", 52, 120)]
    assert _seats(drafts, "seats_rose") == [("green-party-ostravia", "national-assembly-ostravia", 14, None)]
    assert _seats(drafts, "seats_fell") == [("labour-party-ostravia", "national-assembly-ostravia", 52, None)]


def test_a_chamber_s_size_or_a_share_of_the_vote_is_no_seat_count(drafts):
    assert _seats(drafts, "chamber_size") == []
    assert _seats(drafts, "vote_share") == []


# -- 7. a warrant that charges -------------------------------------------------------------------


def test_a_warrant_that_charges_is_the_court_s_warrant_of_its_day(drafts):
    legal = [(c.get("court"), c["target"], c["actionType"], c.get("charge"), c.get("date"))
             for c in of(drafts["warrant"], "LegalAction")]
    assert legal == [("international-criminal-court", "tor-ashby", "arrest warrant", "murder", "2030-08-20")]


def test_a_court_that_charges_still_charges(drafts):
    assert [(c["target"], c["actionType"]) for c in of(drafts["court_charges"], "LegalAction")] == [
        ("lina-varo", "charge")]


# -- 8. a meeting's inviter and its capital city -------------------------------------------------


def test_a_meeting_at_someone_s_invitation_has_its_inviter_and_city(drafts):
    met = [(sorted(c["participant"]), c.get("inviter"), c.get("place")) for c in of(drafts["invited"], "Meeting")]
    assert met == [(["lina-varo", "tor-ashby"], "karin-keller-sutter", "bern")]


def test_a_meeting_with_no_invitation_has_no_inviter_and_a_capital_s_statement_is_no_place(drafts):
    met = of(drafts["no_invitation"], "Meeting")
    assert met and all("inviter" not in c and "place" not in c for c in met)
