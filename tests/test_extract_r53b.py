"""Rule set 53, part b: general constructions of news English, drafted through the real
``kg extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture), each beside look-alikes that must draft nothing of the kind:

- "agreed to reopen X and to resume Y" is two Agreements, one per undertaking; a choice
  ("to extend or renew"), one object shared ("to build and run"), or a participle the
  parser joins ("a deal brokered by X and announced in Y") is one;
- an object pronoun is not the subject its joined verbs share ("X had spoken to Y and
  expressed his support for him": support for Y);
- talks told as a process ("began talks on a deal", "suspended talks with X on Y",
  "resumed talks with X") are a Negotiation with its initiator, status and matter;
  "held talks", talks begun with no matter named, and accession talks are none;
- "said A, but that B": the second thing said is a statement of its own, quoted alone;
  "said A and left" is one statement;
- "denies all the charges against him" is not about him; "denied the accusation" points
  back to the accusation told before (aboutFact), and to nothing when none was told;
- a person held since a date, for a span or in a named place, is in custody; "held in
  high regard", an event held, "held responsible" are no detention.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # -- undertakings agreed
    "two_undertakings": "Kenya and Ethiopia agreed on Monday to reopen the border crossing and to resume direct flights.",
    "choice": "Chile and Peru agreed on Monday to extend or renew the fisheries deal.",
    "shared_object": "Ghana and Togo agreed on Monday to build and run a power plant.",
    "participle": ("Saudi Arabia and Iran agreed to restore relations under a deal brokered by China and announced in "
                   "Beijing on Friday."),
    # -- an object pronoun
    "pronoun_object": ("Prime Minister Tor Ashby had spoken to President Omar Kadir and expressed his support for him "
                       "as the elected leader."),
    "no_pronoun": "Prime Minister Tor Ashby had spoken to President Omar Kadir and expressed his support for the plan.",
    # -- talks over time
    "talks_begun": "Chile and Peru began talks on a fisheries deal in February.",
    "talks_suspended": "On 20 May Brazil suspended talks with Argentina on a new trade agreement.",
    "talks_resumed": "Ghana resumed talks with Togo on Tuesday.",
    "talks_held": "Kenya held talks with Ethiopia on Monday.",
    "talks_opened_on_a_day": "Uruguay began talks with Paraguay on Monday.",
    "accession_talks": "Moldova opened accession negotiations with the European Union in June.",
    # -- a second thing said
    "but_that": ("Peruvian Foreign Minister Omar Kadir said Chile had taken no serious steps to avoid the sanctions, "
                 "but that diplomacy should continue."),
    "said_and_left": "Peruvian Foreign Minister Omar Kadir said the talks had failed and left the hall.",
    # -- charges and accusations denied
    "charges_denied": ("A court in Lima sentenced Omar Kadir to ten years in prison on Monday. He denies all the "
                       "charges against him."),
    "accusation_denied": "Peru accused Bolivia of spying on Monday. Bolivia has repeatedly denied the accusation.",
    "nothing_told": "Uruguay has repeatedly denied the accusation.",
    "claim_of": "Peru accused Bolivia of spying on Monday. Ecuador rejected the claim of fraud.",
    # -- held in custody
    "held_since_in": ("Lea Moro, a journalist who had been held in Afghanistan since December 2029, was freed on "
                      "Monday."),
    "held_since": "The journalist Tor Ashby had been held since December 2028.",
    "held_regard": "The journalist Ana Kell is held in high regard in Peru.",
    "event_held": "The summit was held in Lima on Monday.",
    "held_responsible": "The journalist Lina Varo was held responsible for the crash.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r53b"), ARTICLES, {}, "2031-05-21")


# -- undertakings agreed --------------------------------------------------------------------------

def test_two_undertakings_are_two_agreements(drafts):
    deals = of(drafts["two_undertakings"]["claims"], "Agreement")
    assert [(sorted(d["party"]), d.get("subject")) for d in deals] == [
        (["ethiopia", "kenya"], "reopen the border crossing"), (["ethiopia", "kenya"], "resume direct flights")], deals
    assert len({d["fact"] for d in deals}) == 2, deals


@pytest.mark.parametrize("name, subject", [
    ("choice", "extend or renew the fisheries deal"),
    ("shared_object", "build and run a power plant"),
])
def test_a_choice_or_a_shared_object_is_one_agreement(drafts, name, subject):
    deals = of(drafts[name]["claims"], "Agreement")
    assert [d.get("subject") for d in deals] == [subject], deals


def test_a_joined_participle_is_no_undertaking(drafts):
    deals = of(drafts["participle"]["claims"], "Agreement")
    assert len({d["fact"] for d in deals}) == 1, deals


# -- an object pronoun ---------------------------------------------------------------------------

def test_an_object_pronoun_is_not_the_shared_subject(drafts):
    support = of(drafts["pronoun_object"]["claims"], "StatementOfSupport")
    assert [(s["speaker"], s["about"]) for s in support] == [("tor-ashby", "omar-kadir")], support


def test_support_for_a_plan_names_no_person(drafts):
    assert of(drafts["no_pronoun"]["claims"], "StatementOfSupport") == []


# -- talks over time ------------------------------------------------------------------------------

def test_talks_begun_on_a_matter_are_a_negotiation(drafts):
    talks = of(drafts["talks_begun"]["claims"], "Negotiation")
    assert [(sorted(t["party"]), t.get("subject"), str(t.get("startDate")), t.get("initiator")) for t in talks] == [
        (["chile", "peru"], "a fisheries deal", "2031-02", None)], talks
    assert of(drafts["talks_begun"]["claims"], "Meeting") == []


@pytest.mark.parametrize("name, parties, initiator, status", [
    ("talks_suspended", ["argentina", "brazil"], "brazil", "suspended"),
    ("talks_resumed", ["ghana", "togo"], "ghana", "resumed"),
])
def test_talks_suspended_or_resumed(drafts, name, parties, initiator, status):
    talks = of(drafts[name]["claims"], "Negotiation")
    assert [(sorted(t["party"]), t.get("initiator"), t.get("status")) for t in talks] == [(parties, initiator, status)], talks


def test_the_matter_of_suspended_talks(drafts):
    talks = of(drafts["talks_suspended"]["claims"], "Negotiation")
    assert talks[0]["subject"] == "a new trade agreement" and "on a new trade agreement" in talks[0]["quote"], talks


@pytest.mark.parametrize("name", ["talks_held", "talks_opened_on_a_day"])
def test_talks_held_or_opened_on_a_day_stay_a_meeting(drafts, name):
    assert of(drafts[name]["claims"], "Negotiation") == []
    assert len(of(drafts[name]["claims"], "Meeting")) == 1


def test_accession_talks_are_no_negotiation(drafts):
    assert of(drafts["accession_talks"]["claims"], "Negotiation") == []


# -- a second thing said --------------------------------------------------------------------------

def test_but_that_is_a_second_statement(drafts):
    said = of(drafts["but_that"]["claims"], "Statement")
    assert [s["speaker"] for s in said] == ["omar-kadir", "omar-kadir"], said
    assert said[1]["quote"] == "that diplomacy should continue", said
    assert "diplomacy" not in said[0]["quote"] and said[0]["fact"] != said[1]["fact"], said


def test_an_act_joined_to_saying_is_no_second_statement(drafts):
    said = of(drafts["said_and_left"]["claims"], "Statement")
    assert len(said) == 1, said


# -- charges and accusations denied --------------------------------------------------------------

def test_charges_denied_are_not_about_the_one_charged(drafts):
    denials = of(drafts["charges_denied"]["claims"], "Rejection")
    assert [(d["speaker"], d.get("about")) for d in denials] == [("omar-kadir", None)], denials


def test_the_accusation_denied_is_the_one_told_before(drafts):
    claims = drafts["accusation_denied"]["claims"]
    accusation = of(claims, "Accusation")
    denials = of(claims, "Rejection")
    assert [(d["speaker"], d.get("aboutFact"), d.get("about")) for d in denials] == [
        ("bolivia", accusation[0]["fact"], None)], denials


@pytest.mark.parametrize("name, speaker", [("nothing_told", "uruguay"), ("claim_of", "ecuador")])
def test_no_accusation_told_or_a_claim_of_its_own_points_back_to_none(drafts, name, speaker):
    denials = of(drafts[name]["claims"], "Rejection")
    assert [(d["speaker"], d.get("aboutFact")) for d in denials] == [(speaker, None)], denials


# -- held in custody ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, target, place, date", [
    ("held_since_in", "lea-moro", "afghanistan", "2029-12"),
    ("held_since", "tor-ashby", None, "2028-12"),
])
def test_a_person_held_is_in_custody(drafts, name, target, place, date):
    held = of(drafts[name]["claims"], "Detention")
    assert [(d["target"], d.get("place"), str(d.get("date"))) for d in held] == [(target, place, date)], held


@pytest.mark.parametrize("name", ["held_regard", "event_held", "held_responsible"])
def test_held_in_regard_an_event_held_or_held_responsible_is_no_detention(drafts, name):
    assert of(drafts[name]["claims"], "Detention") == []
