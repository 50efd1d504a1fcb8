"""Reported speech and appeals, through the real ``kg extract`` command on small articles
written for these tests and read with the development set's registry (one run for all, a
module-scoped fixture). Each form is checked for what it drafts and for what it must not:

- a material act a speaker reports as done ("said its air force had struck a depot",
  "said all exchanges had been halted") is that act's attribution, no Statement beside
  it (corpus/CLAIMS.md, ``said_on``); a plan or a view said stays a Statement, and so
  does a change of state told with a verb of an act ("the economy had recovered");
- appeals asked 'for' ("called for the immediate release of the prisoners", "called for
  X to be released") and demanded 'that' ("demanded that Chile withdraw its troops") are
  Appeals of the verb's subject; what a 'for ... to' clause asks for is requested and has
  no doer invented from the caller; "called for the first time", "had not asked for
  money", what a court is asked for, "insisted that Chile had withdrawn / withdrew" or
  "that the talks are going well" (a tensed clause, a claim of what is so) and a pronoun's
  demand draft no Appeal;
- "assistant secretary-general" is that post of the organisation, not a government's
  under secretary;
- a donation is aid, a Support (corpus/CLAIMS.md, "Aid"), humanitarian for relief such as
  vaccine doses, to an actor or a place; a present stays a Gift.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # reported acts
    "act_struck": "Peru said its air force had struck a depot in Chile.",
    "act_halted": "Peru said all exchanges of information with Chile had been halted.",
    "act_plan": "Peru said it would keep its soldiers at the border.",
    "view": "Peru said its soldiers had shown restraint.",
    "view_recovered": "Peru said the economy had recovered strongly in March.",
    "act_recovered": "Peru said its soldiers had recovered the bodies of two pilots.",
    # appeals
    "call_for_noun": "Peru called for the immediate release of the prisoners.",
    "call_for_to": "Chile called for Tor Ashby to be released immediately.",
    "demanded_that": "Peru demanded that Chile withdraw its troops.",
    "call_first_time": "Peru called for the first time on Monday.",
    "not_asked": "Peru had not asked for any new money.",
    "court_ask": "Peru asked for an advisory opinion.",
    "insisted_claim": "Peru insisted that Chile had withdrawn its troops.",
    "insisted_past": "Peru insisted that Chile withdrew its troops in 2014.",
    "insisted_present": "Peru insisted that the talks with Chile are going well.",
    "demanded_be": "Peru demanded that Tor Ashby be released.",
    "pronoun": "Tor Ashby spoke on Monday. He demanded that Chile withdraw its troops.",
    # posts
    "asg": "Tor Ashby, the United Nations assistant secretary-general for the Middle East, told the council "
           "that the talks had stalled.",
    "assistant_secretary": "Tor Ashby, Peru's assistant secretary of state, told reporters that the talks had stalled.",
    # donations
    "donated_place": "The European Union will donate 175,420 doses of the vaccine to Africa.",
    "donated_actor": "Peru donated 40,000 doses to Chile.",
    "gifted": "Peru gifted two pandas to Chile.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r38b"), ARTICLES, "--entities", REGISTRY)
    return found


# -- reported acts -----------------------------------------------------------------------------------


def test_an_act_reported_as_done_is_no_statement_beside_it(drafts):
    assert of(drafts["act_struck"], "Statement") == []
    assert of(drafts["act_halted"], "Statement") == []
    assert of(drafts["act_recovered"], "Statement") == []


def test_a_plan_or_a_view_said_stays_a_statement_of_its_speaker(drafts):
    for name in ("act_plan", "view", "view_recovered"):
        [said] = of(drafts[name], "Statement")
        assert (said["speaker"], said["said_by"]) == ("peru", "peru")


# -- appeals -------------------------------------------------------------------------------------------


def test_what_is_called_for_is_an_appeal_of_the_caller(drafts):
    [appeal] = of(drafts["call_for_noun"], "Appeal")
    assert (appeal["speaker"], appeal["subject"], "about" in appeal) == \
        ("peru", "the immediate release of the prisoners", False)


def test_a_for_to_clause_is_appealed_for_and_its_act_requested_with_no_doer_invented(drafts):
    [appeal] = of(drafts["call_for_to"], "Appeal")
    assert (appeal["speaker"], appeal["subject"]) == ("chile", "Tor Ashby to be released immediately")
    [release] = of(drafts["call_for_to"], "Release")
    assert (release["released"], release["modality"], release["said_by"]) == ("tor-ashby", "requested", "chile")
    assert "releasedBy" not in release


def test_a_demand_that_another_act_is_an_appeal_about_who_is_to_act(drafts):
    [appeal] = of(drafts["demanded_that"], "Appeal")
    assert (appeal["speaker"], appeal["about"], appeal["subject"]) == ("peru", "chile", "withdraw its troops")
    [appeal] = of(drafts["demanded_be"], "Appeal")
    assert (appeal["speaker"], appeal["subject"]) == ("peru", "be released")


def test_look_alikes_of_an_appeal_draft_none(drafts):
    for name in ("call_first_time", "not_asked", "court_ask", "insisted_claim", "insisted_past",
                 "insisted_present", "pronoun"):
        assert of(drafts[name], "Appeal") == [], name


# -- posts ----------------------------------------------------------------------------------------------------


def test_an_assistant_secretary_general_is_that_post_not_an_under_secretary(drafts):
    [post] = of(drafts["asg"], "PositionHeld")
    assert (post["holder"], post["position"], post["positionOf"]) == \
        ("tor-ashby", "assistant secretary-general", "united-nations")
    # a government's assistant secretary stays an under secretary of that government
    assert [p["position"] for p in of(drafts["assistant_secretary"], "PositionHeld")] == ["under secretary"]


# -- donations ---------------------------------------------------------------------------------------------


def test_a_donation_is_aid_to_an_actor_or_a_place_not_a_gift(drafts):
    [aid] = of(drafts["donated_place"], "Support")
    assert (aid["supporter"], aid["supportedPlace"], aid["quantity"], aid["supportKind"]) == \
        ("european-union", "africa", 175420, "humanitarian")
    [aid] = of(drafts["donated_actor"], "Support")
    assert (aid["supporter"], aid["supported"], aid["quantity"]) == ("peru", "chile", 40000)
    assert of(drafts["donated_place"], "Gift") == of(drafts["donated_actor"], "Gift") == []
    [gift] = of(drafts["gifted"], "Gift")
    assert (gift["giver"], gift["recipient"], of(drafts["gifted"], "Support")) == ("peru", "chile", [])
