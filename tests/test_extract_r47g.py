"""Rule set 47, part g: one person under two names, acts done beside a day fixed, and aid
given with other verbs than 'pledge', through the real ``kg extract`` command on small
articles written for these tests (one run for all, a module-scoped fixture), each beside
look-alikes that must not change:

- an honorific and a surname ("Ms Varo", "Dr Ashby") after the person's full name is that
  person, as the bare surname is; an honorific and a surname of no one named before stays
  the name proposed;
- an act joined to a verb that fixes a day ("dissolved the Chamber and fixed 4 May as the
  date of the election") is not dated by the day fixed, nor planned for it; an act said to
  come on a day is;
- an appointment to an office ("appointed Lina Varo, ..., as Prime Minister", "appointed
  Lina Varo prime minister on Monday") is the PositionHeld starting on the day of the act;
  an election is not its start, and an appointment to no office is none;
- a bare national body ("the Supreme Court of Justice") in a report on one state is
  proposed as that state's ("Supreme Court of Justice of Chile", ``of: chile``); in a
  report on several it stays as named;
- a possessive in what a verb congratulates or thanks its object on ("congratulated Ms
  Varo on her appointment") is the object's, never the congratulating subject's;
- people surrendering to a force ("Twelve gunmen surrendered to the Peruvian Navy") are in
  its custody: a Detention by the force of those counted or named; a town surrendered or a
  surrender to pressure is none;
- a sum promised, announced, released or offered as aid ("promised 2 billion yen in
  emergency assistance to Peru") is a Support with its value in the reader's currency
  code, promised when pledged or offered, announced when announced, neither when
  released; a report released or an investment announced is none.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # 1. an honorific and a surname
    "honorific": ("Chilean President Lina Varo met Tor Ashby on Monday. Ms Varo, 61, said the talks were useful. "
                  "Dr Ashby thanked Ms Varo for her support."),
    "honorific_lookalike": "Chilean President Lina Varo met Tor Ashby on Monday. Ms Ortega, 61, said the talks were useful.",
    # 2. an act beside a day fixed, an act to come on a day
    "fixed": ("President Lina Varo of Chile said the talks had failed. On the advice of the cabinet, the President "
              "dissolved the Chamber of Deputies and fixed 4 May 2031 as the date of the election."),
    "fixed_set": "President Lina Varo of Chile dissolved the Chamber of Deputies and set elections for 4 May 2031.",
    "fixed_lookalike": "President Lina Varo of Chile will dissolve the Chamber of Deputies on 4 May 2031.",
    # 3. aid promised, announced, released, offered
    "promised": "Japan has promised 2 billion yen (about $13 million) in emergency assistance to Peru after the floods.",
    "announced": "Japan on Tuesday announced 500 million yen of emergency aid for Peru.",
    "released": "The European Union released 3 million euros in initial emergency aid to Peru.",
    "offered": "Canada offered $4 million to Peru after the floods.",
    "announced_lookalike": "Japan on Tuesday announced 500 million yen of new investment in Peru.",
    "released_lookalike": "The European Union released a report on the floods in Peru.",
    "offered_lookalike": "Chile offered to mediate between Peru and Bolivia.",
    # 4. an appointment to an office, on its day
    "appointed_as": ("President Omar Kadir on Friday appointed Lina Varo, former Chief Justice of the Supreme Court, "
                     "as Prime Minister of Chile."),
    "appointed_bare": "Chilean President Omar Kadir appointed Lina Varo prime minister on Monday.",
    "appointed_lookalike": "Chilean President Omar Kadir appointed Lina Varo to a panel on water on Monday.",
    "elected_lookalike": "Lina Varo was elected prime minister of Chile on Monday.",
    # 5. a national body named bare in a report on one state, and in one on several
    "body": ("Chile's president dissolved the Chamber of Deputies on Monday. Chile has been in crisis since May. "
             "The Supreme Court of Justice said the move was lawful. Protests spread across Chile, and Peru urged calm."),
    "body_lookalike": ("Chile's president dissolved the Chamber of Deputies on Monday. Peru and Bolivia urged calm, and "
                       "the Supreme Court of Justice said the move was lawful."),
    # 6. a possessive in what one is congratulated on, and one that is the subject's
    "her": ("Chilean President Omar Kadir met Peruvian Prime Minister Lina Varo on Monday. Ms Varo, 61, said the talks "
            "were useful. Prime Minister Tor Ashby of Bolivia congratulated Ms Varo on her appointment and said "
            "Bolivia would stand with Peru."),
    "her_lookalike": ("Chilean President Omar Kadir met Peruvian Prime Minister Lina Varo on Monday. Prime Minister "
                      "Tor Ashby of Bolivia welcomed Ms Varo to his office and said Bolivia would stand with Peru."),
    # 7. people surrendering to a force, and look-alikes with no custody
    "surrender": "Twelve gunmen surrendered to the Peruvian Navy on Saturday in the Gulf of Aden.",
    "surrender_named": "The rebel commander Tor Ashby surrendered to the Chilean Army on Monday.",
    "surrender_town": "The rebels surrendered the town of Arica on Monday after a week of fighting.",
    "surrender_pressure": "Chile refused to surrender to pressure from Peru.",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("r47g")


@pytest.fixture(scope="module")
def drafts(folder) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(folder, ARTICLES, {}, "2031-03-05")


def test_an_honorific_and_surname_is_the_person_named_in_full_before(drafts):
    found = drafts["honorific"]
    assert not [e for e in found["entities"] if e.startswith(("ms-", "dr-"))], found["entities"]
    [age] = of(found["claims"], "Age")
    assert age["person"] == "lina-varo" and age["years"] == 61, age
    [thanks] = of(found["claims"], "Praise")
    assert (thanks["speaker"], thanks["about"]) == ("tor-ashby", "lina-varo"), thanks


def test_an_honorific_and_surname_of_no_one_named_before_stays_a_name(drafts):
    found = drafts["honorific_lookalike"]
    [age] = of(found["claims"], "Age")
    assert age["person"] == "ms-ortega" and found["entities"]["ms-ortega"]["type"] == "Person", found
    assert "lina-varo" not in {c.get("person") for c in found["claims"]}


@pytest.mark.parametrize("name", ["fixed", "fixed_set"])
def test_an_act_beside_a_day_fixed_is_done_not_planned_for_that_day(drafts, name):
    [act] = of(drafts[name]["claims"], "ExecutiveAction")
    assert act["actionType"] == "dissolution" and act["target"] == "chamber-of-deputies", act
    assert "modality" not in act and not str(act.get("date", "")).startswith("2031-05"), act


def test_the_day_fixed_for_elections_is_the_elections(drafts):
    [vote] = of(drafts["fixed_set"]["claims"], "Election")
    assert (vote["date"], vote["modality"]) == ("2031-05-04", "planned"), vote


def test_an_act_said_to_come_on_a_day_is_planned_for_it(drafts):
    [act] = of(drafts["fixed_lookalike"]["claims"], "ExecutiveAction")
    assert (act["date"], act["modality"]) == ("2031-05-04", "planned"), act


@pytest.mark.parametrize("name, supporter, value, status", [
    ("promised", "japan", "JPY 2 billion", "promised"),
    ("announced", "japan", "JPY 500 million", "announced"),
    ("released", "european-union", "3 million euros", None),
    ("offered", "canada", "USD 4 million", "promised"),
])
def test_aid_given_with_other_verbs_is_a_support_with_its_sum(drafts, name, supporter, value, status):
    [aid] = of(drafts[name]["claims"], "Support")
    assert (aid["supporter"], aid["supported"], aid["value"], aid.get("status")) == \
        (supporter, "peru", value, status), aid


@pytest.mark.parametrize("name", ["announced_lookalike", "released_lookalike", "offered_lookalike"])
def test_an_investment_a_report_or_an_offer_to_mediate_is_no_aid(drafts, name):
    assert not of(drafts[name]["claims"], "Support"), drafts[name]["claims"]


@pytest.mark.parametrize("name, start", [("appointed_as", "2031-02-28"), ("appointed_bare", "2031-03-03")])
def test_an_appointment_to_an_office_starts_it_that_day(drafts, name, start):
    posts = {c["holder"]: c for c in of(drafts[name]["claims"], "PositionHeld") if c["position"] == "head of government"}
    post = posts["lina-varo"]
    assert (post["positionOf"], post.get("startDate")) == ("chile", start), post


def test_an_appointment_to_no_office_or_an_election_starts_none(drafts):
    assert "lina-varo" not in {c["holder"] for c in of(drafts["appointed_lookalike"]["claims"], "PositionHeld")}
    [post] = of(drafts["elected_lookalike"]["claims"], "PositionHeld")
    assert post["holder"] == "lina-varo" and "startDate" not in post, post


def test_the_day_fixed_for_the_election_is_the_planned_elections(drafts):
    [vote] = of(drafts["fixed"]["claims"], "Election")
    assert (vote["date"], vote["modality"], vote["calledBy"], vote["heldIn"]) == \
        ("2031-05-04", "planned", "lina-varo", "chile"), vote


def test_a_bare_national_body_in_a_report_on_one_state_is_that_states(drafts):
    court = drafts["body"]["entities"]["supreme-court-of-justice-of-chile"]
    assert (court["type"], court["label"], court["of"]) == ("Court", "Supreme Court of Justice of Chile", "chile"), court
    [said] = of(drafts["body"]["claims"], "Statement")
    assert said["speaker"] == "supreme-court-of-justice-of-chile", said


def test_a_bare_national_body_in_a_report_on_several_states_stays_as_named(drafts):
    court = drafts["body_lookalike"]["entities"]["supreme-court-of-justice"]
    assert "of" not in court, court


def test_a_possessive_in_what_one_is_congratulated_on_is_the_objects(drafts, folder):
    text = (folder / "drafts" / "her.yaml").read_text(encoding="utf-8")
    assert "'her' (a pronoun) read as tor-ashby" not in text and "read as omar-kadir" not in text, text
    [praise] = of(drafts["her"]["claims"], "Praise")
    assert (praise["speaker"], praise["about"]) == ("tor-ashby", "lina-varo"), praise
    assert {c["person"] for c in of(drafts["her"]["claims"], "Age")} == {"lina-varo"}


def test_a_possessive_of_the_subjects_own_stays_the_subjects(folder, drafts):
    text = (folder / "drafts" / "her_lookalike.yaml").read_text(encoding="utf-8")
    assert "'his' (a pronoun) read as tor-ashby" in text, text


def test_people_surrendering_to_a_force_are_in_its_custody(drafts):
    [held] = of(drafts["surrender"]["claims"], "Detention")
    assert held["initiator"] == {"actor": "unnamed navy", "for": "peru"}, held
    assert (held["target"], held["place"], held["date"]) == ("12 unnamed gunmen", "gulf-of-aden", "2031-03-01"), held
    [named] = of(drafts["surrender_named"]["claims"], "Detention")
    assert (named["target"], named["initiator"]) == ("tor-ashby", {"actor": "unnamed army", "for": "chile"}), named


@pytest.mark.parametrize("name", ["surrender_town", "surrender_pressure"])
def test_a_place_surrendered_or_a_surrender_to_pressure_is_no_custody(drafts, name):
    assert not of(drafts[name]["claims"], "Detention"), drafts[name]["claims"]
