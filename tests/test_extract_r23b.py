"""Rule set 23b, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): facts the development set's
drafts told wrongly. "Peru denies it", "Peru rejects that account" after a fact told is
a denial of that fact (the same fact, ``modality: denied``, said by the denier), not a
rejection of no one; a legislature or court the registry gives a state the article never
names ("the National Assembly" of a report on Peru, where the registry's is South
Korea's) is the body of that name of the state the article is about."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of
from test_extract_r21a import extract_dev

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


# -- a denial of the fact told just before --------------------------------------------------

@pytest.mark.parametrize("text, reporter, date", [
    ("Chile says Peruvian drones entered Chilean airspace on Monday. Peru denies it.", "chile", "2030-09-02"),
    ("Chile's defence ministry said on Monday that Peruvian drones had entered Chilean airspace. "
     "Peru rejects that account.", "chile-defence-ministry", None),
    ("According to Chile, Peruvian troops crossed into Chilean territory on Sunday. Peru has rejected that account.",
     "chile", "2030-09-01"),
])
def test_denying_what_was_just_told_is_that_fact_denied(tmp_path, text, reporter, date):
    claims, _ = extract(tmp_path, text)
    told = of(claims, "Incursion")
    assert [c.get("modality") for c in told] == ["reported", "denied"], claims
    reported, denied = told
    # one fact, two accounts: the same participants and id, the denier as its source
    assert denied["fact"] == reported["fact"] and (denied["origin"], denied["target"]) == ("peru", "chile"), told
    assert (reported["said_by"], denied["said_by"]) == (reporter, "peru"), told
    assert reported.get("date") == date and "date" not in denied, told
    assert not of(claims, "Rejection"), claims


@pytest.mark.parametrize("text", [
    "Reports said Peruvian troops crossed into Chile last week. Lima has dismissed the reports.",
    "Chile said on Monday that Peru had shipped weapons to the rebels. Lima denied the report.",
])
def test_a_denial_of_nothing_drafted_is_no_rejection(tmp_path, text):
    # the account denied states no fact the rules draft: a rejection by Peru of nothing named is no fact
    claims, _ = extract(tmp_path, text)
    assert not of(claims, "Rejection"), claims
    assert not [c for c in claims if c.get("modality") == "denied"], claims


@pytest.mark.parametrize("text", [
    "Peru imposed sanctions on Chile on Monday. Chile rejected it as illegal.",
    "Peru imposed sanctions on Chile on Monday. Chile rejected it.",
    "Peru imposed sanctions on Chile on Monday. Chile dismissed the sanctions.",
])
def test_rejecting_a_measure_is_no_denial_that_it_was_taken(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    [sanction] = of(claims, "Sanction")
    assert (sanction["authority"], sanction["target"], sanction.get("modality")) == ("peru", "chile", None), claims
    assert [c["speaker"] for c in of(claims, "Rejection")] == ["chile"], claims


# -- a shared body name of the state the article is about -----------------------------------

@pytest.mark.parametrize("text, body", [
    ("Peru's president Lina Varo left the country on Sunday. Hours later, the National Assembly voted to impeach "
     "Lina Varo. Peru's army then took power.", "Peru"),
    ("The Supreme Court of Chile has no say here. In Bolivia, the Supreme Court ruled on Monday against Tor Ashby, "
     "and Bolivia's government said it would appeal. Bolivia's president Lina Varo called the ruling unjust.",
     None),
])
def test_a_body_the_registry_gives_an_unnamed_state_is_the_article_state_s(tmp_path, text, body):
    # the development set's registry has one "National Assembly", South Korea's
    claims = extract_dev(tmp_path, text)
    votes = of(claims, "Vote")
    if body is None:
        assert not any(c.get("votingBody") == "national-assembly" for c in votes), claims
        return
    assert [c["votingBody"] for c in votes] == ["national-assembly-of-peru"], claims
    assert [c["target"] for c in votes] == ["lina-varo"], votes


@pytest.mark.parametrize("text", [
    # the registry's own state named: its body
    "South Korea's president Tor Ashby declared martial law on Tuesday. Hours later, the National Assembly voted to "
    "lift the order. South Korea's army withdrew.",
    # two states named alike: no state of the article, nothing guessed
    "Peru and Chile met on Monday. The National Assembly voted to impeach Lina Varo. Peru and Chile said nothing.",
])
def test_a_body_of_a_state_named_or_of_no_clear_state_stays(tmp_path, text):
    claims = extract_dev(tmp_path, text)
    bodies = {c["votingBody"] for c in of(claims, "Vote")}
    assert bodies <= {"national-assembly"}, claims


# -- a state recalls its envoys, whichever ministry announces it ---------------------------

@pytest.mark.parametrize("text, away", [
    ("Chile's foreign ministry said it regretted the move. It recalled its ambassadors to Peru and Bolivia.",
     ["peru", "bolivia"]),
    ("Chile's Foreign Ministry recalled the country's ambassador to Peru for consultations.", ["peru"]),
    ("The Chilean government recalled its envoy from Lima on Monday.", ["peru"]),
])
def test_the_state_recalls_its_envoys_not_the_ministry_that_announces_it(tmp_path, text, away):
    claims, _ = extract(tmp_path, text)
    [recall] = of(claims, "EnvoyRecall")
    assert (recall["initiator"], recall["recalledFrom"]) == ("chile", away if len(away) > 1 else away[0]), recall
    assert recall["recalled"]["for"] == "chile", recall
