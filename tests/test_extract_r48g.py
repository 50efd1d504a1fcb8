"""Rule set 48, part g: one event is one fact, and the details the sentences after an
attack or a vote give are claims on it, through the real ``kg extract`` command on small
invented articles, each beside look-alikes that must not trigger:

- the day a referendum or election was announced or called is a stage of it
  (``stage: {status: announced, date}``), never its own day, and its mentions are one fact;
  a vote called *for* a day keeps that day;
- an event told again with fewer participants, or a meeting told again by its sides'
  states ("the two sides"), is the one dated fact told before; a converse act of another
  state ("Chile expelled Peruvian diplomats" after "Peru expelled Chilean ones") stays
  another fact, as does a chamber's second vote;
- "Russia voted against it and China abstained", misparsed, is China's abstention;
- an attack's further wounded ("at least five other people were injured, two of them
  critically"), its dead by nationality and its place given as an offset from a port.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: peru, type: State, label: Peru}
- {id: chile, type: State, label: Chile}
- {id: bolivia, type: State, label: Bolivia}
- {id: russia, type: State, label: Russia}
- {id: china, type: State, label: China}
- {id: callao, type: City, label: Callao}
- {id: lima, type: City, label: Lima}
- {id: sea-lark, type: Asset, label: Sea Lark}
- {id: harbour-front, type: Group, label: Harbour Front, aliases: [the Harbour Front]}
- {id: peruvian-navy, type: Organisation, label: Peruvian Navy, of: peru}
- {id: pacific-ocean, type: Region, label: Pacific Ocean, aliases: [the Pacific]}
- {id: security-council, type: Organisation, label: Security Council, aliases: [the Security Council]}
"""

ARTICLES = {
    # 1. the calling of a vote is its stage
    "referendum_announced": (
        "Voters in Peru approved a new constitution in a referendum held on August 30, the electoral commission "
        "said. Turnout in the referendum was 61 percent. President Tor Ashby announced the referendum on June 2 "
        "in an address to parliament."),
    "referendum_called_for": "President Tor Ashby of Peru on Monday called a referendum for October 12.",
    "referendum_to_be_held": "President Tor Ashby of Peru announced a referendum to be held on October 12.",
    # 2. one event told again
    "release_retold": (
        "The Harbour Front on Tuesday released Ana Lopez, a Chilean engineer held in Peru since May. "
        "Lopez was freed on humanitarian grounds, the Peruvian Navy said."),
    "meeting_by_sides": (
        "Chilean envoy Tor Ashby met Peru's foreign minister, Lina Varo, in Lima on Monday. "
        "The two sides discussed trade and fishing rights, the Peruvian Navy said."),
    "expulsions_each_way": (
        "Peru expelled four Chilean diplomats on Monday. The Peruvian Navy said Chile was expelling "
        "Peruvian diplomats in turn."),
    # 3. an abstention the parser hangs on the clause before
    "abstention_misparsed": (
        "The Security Council on Monday voted on a draft resolution on fishing rights. The text received 13 votes "
        "in favour. Russia voted against it and China abstained."),
    "abstention_no_vote": "Russia criticised the plan and China abstained from comment.",
    # 4. an attack's details told after it
    "attack_details": (
        "A drone launched by the Harbour Front struck the tanker Sea Lark in the Pacific on Tuesday, about 40 "
        "nautical miles west of the port of Callao, killing three sailors. At least five other people were "
        "injured, two of them critically. The Peruvian Navy said the dead were one Bolivian and two Chilean "
        "sailors."),
    "victims_listed": (
        "A drone launched by the Harbour Front struck the tanker Sea Lark in the Pacific on Tuesday, killing three "
        "crew members. The victims were two Chilean crew members and a Bolivian."),
    "injured_no_attack": (
        "Peru and Chile signed a fishing pact in Callao on Tuesday. At least five other people were injured, "
        "two of them critically."),
    "injured_by_cause": (
        "A drone launched by the Harbour Front struck the tanker Sea Lark in the Pacific on Tuesday. Four people "
        "were injured in a bus crash in Callao on Wednesday."),
    "offset_of_a_town": "Tor Ashby met Lina Varo in Callao on Monday, about 12 km from Lima.",
    "offset_no_event": "The port of Callao lies about 40 nautical miles west of the Pacific shelf of Peru.",
    "winners_by_nationality": (
        "A drone launched by the Harbour Front struck the tanker Sea Lark in the Pacific on Tuesday. "
        "The winners of the regatta were one Bolivian and two Chilean sailors."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article, all in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r48g")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def test_the_day_a_referendum_was_announced_is_a_stage_of_the_one_referendum(drafts):
    votes = of(drafts["referendum_announced"], "Referendum")
    assert len(votes) >= 3
    assert {c["fact"] for c in votes} == {"referendum-peru-2030-08-30"}
    assert [c.get("date") for c in votes if c.get("date")] == ["2030-08-30"]
    called = [c for c in votes if "stage" in c]
    assert [c["stage"] for c in called] == [{"status": "announced", "date": "2030-06-02"}]
    assert called[0]["calledBy"] == "tor-ashby" and "said_by" not in called[0]


def test_a_referendum_called_on_a_day_is_staged_and_one_to_be_held_on_a_day_is_dated(drafts):
    called = of(drafts["referendum_called_for"], "Referendum")
    assert [(c.get("date"), c.get("stage"), c.get("calledBy")) for c in called] == [
        (None, {"status": "announced", "date": "2030-09-02"}, "tor-ashby")]
    # look-alike: the day in the clause is the polling day ('to be held on'), not the announcing verb's
    held = of(drafts["referendum_to_be_held"], "Referendum")
    assert [("stage" in c, str(c.get("date"))[-5:]) for c in held] == [(False, "10-12")]


def test_a_release_told_again_without_its_captor_is_the_one_release(drafts):
    releases = of(drafts["release_retold"], "Release")
    assert len(releases) == 2
    assert {c["fact"] for c in releases} == {"release-ana-lopez-harbour-front-2030-09-03"}


def test_the_two_sides_of_a_meeting_told_before_are_its_participants(drafts):
    meetings = of(drafts["meeting_by_sides"], "Meeting")
    assert len(meetings) == 2
    assert {c["fact"] for c in meetings} == {"meeting-lina-varo-tor-ashby-2030-09-02"}
    assert [sorted(c["participant"]) for c in meetings] == [["lina-varo", "tor-ashby"]] * 2


def test_a_converse_act_of_another_state_stays_another_fact(drafts):
    expulsions = of(drafts["expulsions_each_way"], "DiplomaticExpulsion")
    assert sorted(c["initiator"] for c in expulsions) == ["chile", "peru"]
    assert len({c["fact"] for c in expulsions}) == 2


def test_an_abstention_the_parser_hangs_on_the_clause_before_is_the_states(drafts):
    votes = of(drafts["abstention_misparsed"], "Vote")
    assert {c["fact"] for c in votes} == {"vote-security-council-2030-09-02"}
    assert [c["abstained"] for c in votes if "abstained" in c] == ["china"]
    assert [c["votedNo"] for c in votes if "votedNo" in c] == ["russia"]
    assert of(drafts["abstention_no_vote"], "Vote") == []


def test_an_attacks_details_told_after_it_are_claims_on_it(drafts):
    attacks = of(drafts["attack_details"], "Attack")
    assert {c["fact"] for c in attacks} == {"attack-harbour-front-pacific-ocean-sea-lark-2030-09-03"}
    first = attacks[0]
    assert (first["distance"], first["bearing"], first["distanceFrom"]) == ("about 40 nautical miles", "west", "callao")
    assert "about 40 nautical miles west of the port of Callao" in first["quote"]
    wounded = [c for c in attacks if "wounded" in c]
    assert [(c["wounded"], c["criticallyWounded"]) for c in wounded] == [("at least 5", 2)]
    dead = [c for c in attacks if "killedPeople" in c]
    assert [c["killedPeople"] for c in dead] == [{
        "actor": "3 unnamed sailors", "among": [{"actor": "1 unnamed sailor", "of": "bolivia"},
                                                {"actor": "2 unnamed sailors", "of": "chile"}]}]
    assert dead[0]["said_by"] == "peruvian-navy"
    listed = [c["killedPeople"] for c in of(drafts["victims_listed"], "Attack") if "killedPeople" in c]
    assert listed == [{"actor": "3 unnamed crew members", "among": [{"actor": "2 unnamed crew members", "of": "chile"},
                                                                   {"actor": "1 unnamed crew member", "of": "bolivia"}]}]


def test_no_attack_detail_without_an_attack_or_with_a_cause_of_its_own(drafts):
    assert of(drafts["injured_no_attack"], "Attack") == []
    assert [c.get("wounded") for c in of(drafts["injured_by_cause"], "Attack")] == [None]
    assert all("distance" not in c for c in drafts["offset_no_event"])
    # an offset right after a town's name says where the town lies, not the meeting
    assert [c.get("distanceFrom") for c in of(drafts["offset_of_a_town"], "Meeting")] == [None]
    assert all("killedPeople" not in c for c in of(drafts["winners_by_nationality"], "Attack"))
