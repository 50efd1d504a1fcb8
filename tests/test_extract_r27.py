"""Rule set 27, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states and bodies of the gazetteer):

- a label a speaker gives that praises or blames ("called the sanctions a sham") is a
  Characterisation beside the Praise, Criticism or Rejection drafted of it;
- labels given with 'as' by verbs that give one only so ("portrayed Peru as a partner"),
  in the passive with the speaker as agent ("was described as a sham by Tor Ashby"), in a
  relative clause on a fact's noun ("the agreement, which Bolivia called a betrayal"); an
  opinion in a reported clause ("said Peru was a rogue state") stays a statement;
- memberships listed beside the noun 'member' ("the African Union's 55 members, including
  Bolivia", "is one of the founding members of");
- the kind of group a noun right before a group's name gives it ("the Islamist group
  Hamas") and the status a word gives a place ("the disputed region of Kashmir"), both
  in the article's voice;
- an organisation a state's word calls the state's own ("Chinese state refiner Sinopec")
  is under its control;
- an office taken in a relative clause ("who became president of Peru"), the office
  'succeeded ... as' names for both people, and a post the text does not name ("Hamas
  official Tor Ashby").
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

SANCTIONS = "Chile imposed sanctions on Peru on Monday. "


def _labels(claims):
    return sorted((c.get("characterised"), c["category"], c.get("said_by")) for c in of(claims, "Characterisation"))


# -- judgement labels -----------------------------------------------------------------------

def test_a_label_that_blames_a_measure_is_its_rejection_and_no_label(tmp_path):
    # corpus/CLAIMS.md, "Which kind a judgement is": one fact per judgement
    claims, _ = extract(tmp_path, SANCTIONS + "Tor Ashby called the sanctions a sham.")
    assert _labels(claims) == [] and [r["speaker"] for r in of(claims, "Rejection")] == ["tor-ashby"], claims


def test_a_label_that_blames_a_named_state_characterises_the_state(tmp_path):
    claims, _ = extract(tmp_path, "Chile called Peru a hostile state.")
    assert _labels(claims) == [("peru", "hostile state", "chile")], claims
    assert of(claims, "Criticism") == [], claims


# -- labels with 'as', in the passive, in a relative clause; opinions reported ---------------

@pytest.mark.parametrize("text, expected", [
    ("Chile portrayed Peru as a reliable partner.", [("peru", "reliable partner", "chile")]),
    ("Chile characterised Peru as a rogue state.", [("peru", "rogue state", "chile")]),
    ("Peru has been called a rogue state by Chile.", [("peru", "a rogue state", "chile")]),
])
def test_labels_given_with_as_or_in_the_passive(tmp_path, text, expected):
    claims, _ = extract(tmp_path, text)
    assert _labels(claims) == expected, claims


@pytest.mark.parametrize("text, category, speaker", [
    (SANCTIONS + "The sanctions were described as a sham by Tor Ashby.", "a sham", "tor-ashby"),
    ("Peru and Chile signed an agreement on Monday. The agreement, which Bolivia called a betrayal, takes effect "
     "in May.", "a betrayal", "bolivia"),
    ("Peru and Chile signed an agreement on Monday. The agreement, dubbed a milestone by Bolivia, takes effect "
     "in May.", "a milestone", "bolivia"),
])
def test_a_fact_told_before_labelled_in_the_passive_or_a_relative_clause(tmp_path, text, category,
                                                                                     speaker):
    claims, _ = extract(tmp_path, text)
    told = [c["fact"] for c in claims if c["type"] in ("Sanction", "Agreement")]
    assert told, claims
    assert _labels(claims) == [(told[0], category, speaker)], claims


@pytest.mark.parametrize("text", [
    "Chile called on Peru to end the sanctions.",  # an appeal, no label
    "Tor Ashby called the sanctions a sham.",  # no sanctions told before: which ones, nothing says
    "Chile painted the wall.",  # 'paint' without 'as' gives no label
    "The president was dismissed by the parliament.",  # a removal, no label
    "Peru has been called a rogue state.",  # no agent: no one's label
    "Peru and Chile signed an agreement on Monday. The agreement, which Bolivia signed, takes effect in May.",
    "Peru and Chile signed an agreement on Monday. The agreement, which Bolivia called, takes effect in May.",
])
def test_no_label_no_speaker_or_no_fact_told_before_gives_no_characterisation(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not of(claims, "Characterisation"), claims


def test_an_opinion_in_a_reported_clause_stays_a_statement(tmp_path):
    claims, _ = extract(tmp_path, "Bolivia said Peru was a rogue state.")
    assert not of(claims, "Characterisation"), claims
    assert [c["speaker"] for c in of(claims, "Statement")] == ["bolivia"], claims


# -- descriptions in the article's voice ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Islamist group Hamas said the talks had failed.", [("hamas", "Islamist group", None)]),
    ("Palestinian militant group Hamas said the talks had failed.", [("hamas", "Palestinian militant group", None)]),
    ("Troops entered the disputed region of Kashmir.", [("kashmir", "disputed", None)]),
    ("Russia holds the disputed Crimea peninsula.", [("crimea", "disputed", None)]),
])
def test_a_group_kind_before_its_name_and_a_disputed_place(tmp_path, text, expected):
    claims, _ = extract(tmp_path, text)
    assert _labels(claims) == expected, claims


@pytest.mark.parametrize("text", [
    "The group Hamas said the talks had failed.",  # a bare noun says nothing of it
    "Peru held a disputed election on Monday.",  # the word qualifies no place
])
def test_a_bare_kind_or_a_disputed_fact_is_no_description(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not of(claims, "Characterisation"), claims


# -- memberships listed beside 'member' ------------------------------------------------------

def _members(claims):
    return sorted((c["member"], c["memberOf"]) for c in of(claims, "Membership"))


@pytest.mark.parametrize("text, expected", [
    ("The African Union's 55 members, including Bolivia, voted.", [("bolivia", "african-union")]),
    ("Members of the African Union such as Bolivia and Peru voted.",
     [("bolivia", "african-union"), ("peru", "african-union")]),
    ("NATO members including Peru objected.", [("peru", "north-atlantic-treaty-organization")]),
    ("Bolivia is one of the founding members of the African Union.", [("bolivia", "african-union")]),
])
def test_members_listed_beside_the_noun_member(tmp_path, text, expected):
    claims, _ = extract(tmp_path, text)
    assert _members(claims) == expected, claims


@pytest.mark.parametrize("text", [
    "Members, including Bolivia, voted.",  # members of what, nothing names
    "Bolivia is not one of the members of the African Union.",  # denied
])
def test_no_body_or_a_denial_gives_no_membership(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not of(claims, "Membership"), claims


# -- a state's own organisation ------------------------------------------------------------------

def test_a_state_refiner_is_under_the_states_control(tmp_path):
    claims, _ = extract(tmp_path, "Chinese state refiner Sinopec bought a stake.")
    assert [(c["controller"], c["controlled"]) for c in of(claims, "Control")] == [("china", "sinopec")], claims
    assert not of(claims, "OrganisationCountry"), claims


def test_an_organisation_of_a_state_not_called_its_own_is_no_control(tmp_path):
    claims, _ = extract(tmp_path, "Russian energy giant Gazprom cut supplies.")
    assert not of(claims, "Control"), claims
    assert [(c["organisation"], c["state"]) for c in of(claims, "OrganisationCountry")] == [("gazprom", "russia")]


# -- offices ---------------------------------------------------------------------------------------

def _offices(claims):
    return sorted((c["holder"], c.get("positionOf"), c["position"], c.get("status")) for c in of(claims, "PositionHeld"))


@pytest.mark.parametrize("text, expected", [
    ("Tor Ashby, who became president of Peru in 2020, spoke.", [("tor-ashby", "peru", "head of state", None)]),
    ("Tor Ashby succeeded Lea Moro as Peru's president in May.",
     [("lea-moro", "peru", "head of state", "ended"), ("tor-ashby", "peru", "head of state", None)]),
    ("Hamas official Tor Ashby spoke on Monday.", [("tor-ashby", "hamas", "official", None)]),
])
def test_offices_taken_in_a_relative_clause_by_succession_and_unnamed_posts(tmp_path, text, expected):
    claims, _ = extract(tmp_path, text)
    assert _offices(claims) == expected, claims


def test_an_office_that_may_be_taken_is_none(tmp_path):
    claims, _ = extract(tmp_path, "Tor Ashby, who could become president of Peru, spoke.")
    assert not of(claims, "PositionHeld"), claims
