"""Rule set 48, part b: the main event of an article drafted where the sentence tells it in
a form the earlier rules did not read, through the real ``kg extract`` command on small
invented articles (one run for all, with a registry of invented states, cities, forces,
ships and people), each rule beside look-alikes that must draft nothing:

- rescues (facts/rescues.py): "the navy rescued 12 crew members from the Selka", "were
  taken off the ship by a navy helicopter", "five of the injured were picked up by
  Valdoria's coast guard", "eight sailors were rescued, the navy said", "the Selka, whose
  22 crew were all rescued by a passing tanker", "a number of the passengers"; not "were not
  rescued", "will rescue", "could evacuate ... if", "rescued the economy", "took off his
  jacket", nor a rescue a ministry reports;
- ceremonies told by their venue or a guest's welcome (facts/venues.py): "X's funeral will
  be held in Kessan", "the ceremony took place at the naval base in Port Varn", "the
  inauguration of X, attended by Y, was held at the palace in Kessan", "X received Y with a
  welcoming ceremony on Liberty Square", "took the oath of office ... in a ceremony at the
  palace in Kessan attended by Y"; not "did not take place", "could be held ... if", "the
  talks took place", "welcomed the decision with a statement", "lost his phone at a ceremony";
- a summit's place and its body (facts/summits.py, common._capital_of_state): "held an
  emergency summit in the Ostravian capital" (the gazetteer's capital of the state, as the
  registry has it), "the Andean Council announced sanctions after an emergency summit in
  Kessan"; not "will decide ... after a summit", "flew home after the other body's summit";
- an election of the article's one state with its day (facts/polls.py): "A general
  election is scheduled for 29 October", "The presidential election will take place on
  12 November"; not "was not held", "could take place", "the election of the new
  speaker", "the party's leadership election", nor one with no day; in a report filed from
  the state it is about (its dateline's state named in the text, no other state far ahead),
  that state's; none in a report filed from one state about another.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: Invented states and people; Oman and Muscat are real so that the gazetteer's capital applies.
REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: oman, type: State, label: Oman}
- {id: muscat, type: City, label: Muscat, of: oman}
- {id: port-varn, type: City, label: Port Varn, of: valdoria}
- {id: kessan, type: City, label: Kessan, of: ostravia}
- {id: liberty-square, type: Place, label: Liberty Square}
- {id: selka, type: Asset, label: Selka}
- {id: ostravian-navy, type: ArmedForces, label: Ostravian Navy, of: ostravia}
- {id: andean-council, type: InternationalOrganisation, label: Andean Council}
- {id: coastal-union, type: InternationalOrganisation, label: Coastal Union}
- {id: lina-varo, type: Person, label: Lina Varo}
- {id: tor-ashby, type: Person, label: Tor Ashby}
- {id: ines-moro, type: Person, label: Ines Moro}
"""

#: The opening of a report on Valdoria, the state it names far more than any other.
VALDORIA = ("Valdoria's government fell on Monday. Valdoria has had four governments in two years. "
            "The opposition in Valdoria welcomed the fall.")

ARTICLES = {
    # 1. rescues
    "navy_rescued": "The Ostravian Navy rescued 12 crew members from the Selka on Monday.",
    "taken_off": "All 17 crew members of the Selka were taken off the ship by an Ostravian Navy helicopter on Tuesday.",
    "picked_up": "Five of the injured were picked up by Valdoria's coast guard on Monday.",
    "navy_said": "Eight sailors were rescued on Monday, the Ostravian Navy said.",
    "ministry_said": "Eight sailors were rescued on Monday, the ministry said.",
    "not_rescued": "The crew members were not rescued by the Ostravian Navy.",
    "will_rescue": "The Ostravian Navy will rescue the 12 crew members of the Selka on Monday.",
    "could_evacuate": "The Ostravian Navy could evacuate the sailors if the storm worsens.",
    "rescued_economy": "Valdoria's government rescued the economy of Ostravia in 2029.",
    "took_off_jacket": "Tor Ashby took off his jacket before he spoke to the sailors.",
    "whose_crew": "Raiders attacked the Selka, whose 22 crew were all rescued by a passing tanker before it sank.",
    "number_of": "The Ostravian Navy rescued a number of the passengers on Monday.",
    # 2. ceremonies told by their venue or a guest's welcome
    "funeral_held": "Tor Ashby's funeral will be held in Kessan on Thursday.",
    "took_place": "The ceremony took place at the naval base in Port Varn on Monday.",
    "inauguration_attended": "The inauguration of Lina Varo, attended by Ines Moro, was held at the palace in Kessan on Sunday.",
    "welcoming": "Lina Varo received Tor Ashby with a welcoming ceremony on Liberty Square on Monday.",
    "did_not_take_place": "The ceremony did not take place in Port Varn.",
    "could_be_held": "The funeral could be held in Kessan if the family agrees.",
    "talks_took_place": "The talks took place in Port Varn on Monday.",
    "welcomed_decision": "Lina Varo welcomed the decision with a statement on Monday.",
    "oath_in_ceremony": ("Lina Varo took the oath of office on Tuesday, becoming the first woman in the post, in a "
                         "ceremony at the palace in Kessan attended by Ines Moro."),
    "phone_at_ceremony": "Tor Ashby lost his phone at a ceremony at the palace in Kessan on Tuesday.",
    # 3. a summit's place and its body
    "capital_by_demonym": "The Coastal Union held an emergency summit in the Omani capital on Sunday.",
    "capital_of": "The Coastal Union held an emergency summit in the capital of Oman on Sunday.",
    "after_summit": "The Andean Council announced sanctions after an emergency summit in Kessan on Sunday.",
    "will_decide_after": "The Andean Council will decide on sanctions after a summit in Kessan next week.",
    "after_other_summit": "Andean Council leaders flew home after the Coastal Union summit in Kessan.",
    # 4. an election of the article's one state with its day (a report that names Valdoria three times first)
    **{name: f"{VALDORIA} {sentence}" for name, sentence in {
        "scheduled": "A general election is scheduled for 29 October.",
        "take_place": "The presidential election will take place on 12 November.",
        "not_held": "An election was not held on 29 October.",
        "could_take_place": "An election could take place on 29 October.",
        "of_speaker": "The election of the new speaker is scheduled for 29 October.",
        "leadership": "The party's leadership election is set for 29 October.",
        "no_day": "A general election is scheduled for the autumn.",
    }.items()},
    # a report filed from Muscat on Oman, which names Valdoria more often but not far more
    "dateline_own": ("MUSCAT, 2 September (Wire) - Oman's cabinet resigned on Monday after a dispute over Valdoria. "
                     "Valdoria and Oman quarrelled over fishing. Valdoria recalled its envoy. "
                     "A general election is scheduled for 29 October."),
    # a report filed from Muscat on Valdoria: the election may be either state's
    "dateline_other": ("MUSCAT, 2 September (Wire) - Oman said on Monday that it hoped for calm in Valdoria. "
                       f"{VALDORIA} A general election is scheduled for 29 October."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article, all drafted in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r48b")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def _rescues(drafts, name: str) -> list[tuple]:
    """(traveller, carrier, originAsset, date) of each Rescue drafted from ``name``."""
    return [(c.get("traveller"), c.get("carrier"), c.get("originAsset"), c.get("date")) for c in of(drafts[name], "Rescue")]


def _ceremonies(drafts, name: str) -> list[dict]:
    """Each Ceremony drafted from ``name``, without its review, id, fact id and quote."""
    return [{k: v for k, v in c.items() if k not in ("review", "id", "fact", "quote")} for c in of(drafts[name], "Ceremony")]


# -- 1. rescues -------------------------------------------------------------------------------------


def test_a_force_that_rescues_people_from_a_ship_is_the_carrier(drafts):
    assert _rescues(drafts, "navy_rescued") == [("12 unnamed crew members", "ostravian-navy", "selka", "2030-09-02")]


def test_people_taken_off_a_ship_by_a_forces_craft(drafts):
    # 'all 17': the count alone; the helicopter is the navy's, the crew's ship the vessel left
    assert _rescues(drafts, "taken_off") == [
        ("17 unnamed crew members", {"actor": "unnamed helicopter", "of": "ostravian-navy"}, "selka", "2030-09-03")]


def test_people_picked_up_by_a_states_unnamed_coast_guard(drafts):
    assert _rescues(drafts, "picked_up") == [
        ("5 unnamed injured", {"actor": "unnamed coast guard", "of": "valdoria"}, None, "2030-09-02")]


def test_a_navy_that_reports_a_rescue_in_the_passive_carried_out_its_rescue(drafts):
    assert _rescues(drafts, "navy_said") == [("8 unnamed sailors", "ostravian-navy", None, "2030-09-02")]
    # a ministry that reports a rescue is no rescuer: no one named carried them
    assert _rescues(drafts, "ministry_said") == []


def test_a_crew_whose_ship_a_relative_clause_hangs_on_and_a_number_of_people(drafts):
    assert _rescues(drafts, "whose_crew") == [("22 unnamed crew", "unnamed passing tanker", "selka", None)]
    assert _rescues(drafts, "number_of") == [("unnamed passengers", "ostravian-navy", None, "2030-09-02")]


def test_no_rescue_denied_still_to_come_conditional_or_of_no_people(drafts):
    for name in ("not_rescued", "will_rescue", "could_evacuate", "rescued_economy", "took_off_jacket"):
        assert _rescues(drafts, name) == [], name


# -- 2. ceremonies told by their venue or a guest's welcome ----------------------------------------


def test_a_funeral_to_be_held_somewhere_honours_the_dead_and_is_planned(drafts):
    assert _ceremonies(drafts, "funeral_held") == [
        {"type": "Ceremony", "commemorates": "tor-ashby", "place": "kessan", "description": "funeral",
         "date": "2030-09-05", "modality": "planned"}]


def test_a_ceremony_that_took_place_at_an_unnamed_site_in_a_named_city(drafts):
    assert _ceremonies(drafts, "took_place") == [{"type": "Ceremony", "place": "port-varn", "date": "2030-09-02"}]


def test_an_inauguration_held_somewhere_with_those_attending_it(drafts):
    assert _ceremonies(drafts, "inauguration_attended") == [
        {"type": "Ceremony", "participant": ["lina-varo", "ines-moro"], "place": "kessan", "description": "inauguration",
         "date": "2030-09-01"}]


def test_a_guest_received_with_a_ceremony(drafts):
    assert _ceremonies(drafts, "welcoming") == [
        {"type": "Ceremony", "participant": ["lina-varo", "tor-ashby"], "host": "lina-varo", "place": "liberty-square",
         "description": "welcoming ceremony", "date": "2030-09-02"}]


def test_an_oath_taken_in_a_ceremony_somewhere(drafts):
    assert _ceremonies(drafts, "oath_in_ceremony") == [
        {"type": "Ceremony", "participant": ["lina-varo", "ines-moro"], "place": "kessan", "date": "2030-09-03"}]


def test_no_ceremony_not_held_only_possible_of_another_noun_or_welcome(drafts):
    for name in ("did_not_take_place", "could_be_held", "talks_took_place", "welcomed_decision", "phone_at_ceremony"):
        assert _ceremonies(drafts, name) == [], name


# -- 3. a summit's place and its body ---------------------------------------------------------------


def _meetings(drafts, name: str) -> list[tuple]:
    return [(c.get("organiser"), c.get("place"), c.get("date")) for c in of(drafts[name], "Meeting")]


def test_a_states_capital_named_by_its_demonym_or_of_phrase_is_the_registrys_city(drafts):
    assert _meetings(drafts, "capital_by_demonym") == [("coastal-union", "muscat", "2030-09-01")]
    assert _meetings(drafts, "capital_of") == [("coastal-union", "muscat", "2030-09-01")]


def test_a_body_acting_after_a_summit_of_no_other_body_held_it(drafts):
    assert _meetings(drafts, "after_summit") == [("andean-council", "kessan", "2030-09-01")]
    # a summit still to come, and another body's summit, are no meeting of the body
    assert _meetings(drafts, "will_decide_after") == []
    assert ("andean-council", "kessan", None) not in _meetings(drafts, "after_other_summit")


# -- 4. an election of the article's one state with its day ----------------------------------------


def _elections(drafts, name: str) -> list[tuple]:
    return [(c.get("heldIn"), c.get("description"), c.get("date"), c.get("modality")) for c in of(drafts[name], "Election")]


def test_an_election_scheduled_with_no_state_named_is_the_articles_states(drafts):
    assert _elections(drafts, "scheduled") == [("valdoria", "general election", "2030-10-29", "planned")]
    assert _elections(drafts, "take_place") == [("valdoria", "presidential election", "2030-11-12", "planned")]


def test_an_election_in_a_report_filed_from_the_state_it_is_about(drafts):
    assert _elections(drafts, "dateline_own") == [("oman", "general election", "2030-10-29", "planned")]
    # filed from one state about another that leads the article: neither is sure to hold it
    assert _elections(drafts, "dateline_other") == []


def test_no_election_not_held_only_possible_of_a_body_or_with_no_day(drafts):
    for name in ("not_held", "could_take_place", "of_speaker", "leadership", "no_day"):
        assert _elections(drafts, name) == [], name
