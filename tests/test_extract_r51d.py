"""Rule set 51, part d: cyber operations blamed on another, summonses by an official whose
title names no state, a headline restated by its lead, and attacks only supposed, through
the real ``kg extract`` command on small articles written for these tests (one run for
all, a module-scoped fixture), each beside look-alikes that must draft nothing of the kind:

- "accused X of a cyber espionage campaign against Y", "blames X state hackers for Y
  breach": a CyberOperation (perpetrator, target) alleged, said by the accuser; a smear
  campaign, a breach of a deal or a campaign of no cyber kind is none;
- "Foreign Minister A summoned the X ambassador, B": a Summons of A for the state the
  article's offices give A (a named ambassador's state is never A's); with no state for A
  anywhere, none;
- a headline's accusation restated by the lead is one fact with two claims (and its
  cyber operation one fact), a later accusation by the same side another fact;
- "a X attack on Y could threaten ...", "would respond to any attack", "if there were a X
  invasion of Y": no Attack or Invasion; "X's attack on Y killed ...", "A X attack on Y
  killed ..." still are;
- "decided to introduce a visa-free policy for citizens of Y", "has extended visa-free entry
  to ... since 2023": a Policy applied by the state, and "The policy will apply from D1 to
  D2" its period; a trade policy, visa-free travel no one grants, or "the tariff policy will
  apply from ..." are none;
- "X's cabinet approved a record defence budget of N yen ($M) for the fiscal year starting
  in April Y": an Indicator with both figures and the twelve months as period, and "The
  draft is P percent larger than the N yen ..." its change; a budget of no sum in a
  currency is none.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    "accused": "Britain on Monday formally accused Russia of a cyber espionage campaign against NATO.",
    "hacking_op": "Canada accused Iran of a hacking operation against the World Health Organization.",
    "smear": "Chile accused Peru of a smear campaign against its president.",
    "deal_breach": "Chile blamed the union for the breach of the deal.",
    "plain_campaign": "Chile accused Peru of a bombing campaign against Bolivia.",
    "headline": ("Warsaw blames Russian state hackers for NATO breach\n\n"
                 "WARSAW, May 2, 2031 - Poland on Friday formally accused Russia of a cyber espionage campaign "
                 "against NATO.\n\n"
                 "Officials said the networks were restored. Poland accused Russia of spying on its army in 2029."),
    "summons_bare_title": ("Chilean Foreign Minister Tomas Velk said on Monday that the flights were a provocation.\n\n"
                           "Foreign Minister Tomas Velk summoned the Peruvian ambassador, Jorge Sala, on Tuesday."),
    "summons_no_state": "Foreign Minister Tomas Velk summoned the Peruvian ambassador, Jorge Sala, on Tuesday.",
    "supposed": ("Prime Minister Sanae Takaichi told parliament on Monday that a Chinese attack on Taiwan could "
                 "threaten Japan's survival. Japan would respond to any Chinese attack on its territory, she said. "
                 "If there were a Russian invasion of Estonia, NATO would act."),
    "visa_policy": ("The Government of Peru has decided to introduce, on a trial basis, a visa-free policy for "
                    "citizens of Chile holding ordinary passports.\n\n"
                    "The policy will apply from 15 September 2031 to 14 September 2032. Peru has extended unilateral "
                    "visa-free entry to citizens of 40 countries since 2029."),
    "no_policy": ("Chile adopted a new trade policy on Monday. Visa-free travel remains rare, Peru said.\n\n"
                  "The tariff policy will apply from 1 June 2031 to 1 June 2032."),
    "budget": ("Japan's cabinet on Friday approved a record defence budget of 9.04 trillion yen ($58 billion) for "
               "the fiscal year starting in April 2032.\n\n"
               "The draft is 9.4 percent larger than the 8.7 trillion yen set aside for the current fiscal year."),
    "no_budget": "Chile's cabinet approved a budget of reforms on Friday. The plan is 9 percent larger than expected.",
    "happened": ("Russia's attack on Ukraine killed thousands of people. A Russian attack on Kyiv killed 12 people "
                 "on Monday."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r51d"), ARTICLES, {}, "2031-05-02")


# -- a cyber operation one side blames on another --------------------------------------------------

@pytest.mark.parametrize("name, perpetrator, target, accuser", [
    ("accused", "russia", "north-atlantic-treaty-organization", "united-kingdom"),
    ("hacking_op", "iran", "world-health-organization", "canada")])
def test_an_accusation_of_a_cyber_campaign_drafts_the_operation_alleged(drafts, name, perpetrator, target, accuser):
    ops = of(drafts[name]["claims"], "CyberOperation")
    assert [(c["perpetrator"], c["target"], c["modality"], c["said_by"]) for c in ops] == \
        [(perpetrator, target, "alleged", accuser)], ops
    assert "date" not in ops[0], ops  # the accusation's day is not the operation's
    assert of(drafts[name]["claims"], "Accusation"), drafts[name]["claims"]


@pytest.mark.parametrize("name", ["smear", "deal_breach", "plain_campaign"])
def test_a_campaign_or_breach_of_no_cyber_kind_is_no_cyber_operation(drafts, name):
    assert not of(drafts[name]["claims"], "CyberOperation"), drafts[name]["claims"]


def test_hackers_blamed_in_a_headline_act_for_their_state(drafts):
    ops = of(drafts["headline"]["claims"], "CyberOperation")
    unnamed = [c for c in ops if isinstance(c["perpetrator"], dict)]
    assert [c["perpetrator"] for c in unnamed] == [{"actor": "unnamed state hackers", "for": "russia"}], ops
    assert all(c["modality"] == "alleged" and c["said_by"] == "poland" for c in ops), ops


# -- a headline restated by its lead ---------------------------------------------------------------

def test_a_headline_restated_by_its_lead_is_one_fact(drafts):
    claims = drafts["headline"]["claims"]
    accusations = of(claims, "Accusation")
    head, lead = accusations[0], accusations[1]
    assert head["quote"].startswith("Warsaw blames") and lead["quote"].startswith("Poland on Friday"), accusations
    assert head["fact"] == lead["fact"], accusations
    assert head["fact"].endswith("2031-05-02"), accusations  # the lead's day, not the publication's appended again
    later = [c for c in accusations if "spying" in c["quote"]]
    assert later and all(c["fact"] != head["fact"] for c in later), accusations
    ops = of(claims, "CyberOperation")
    assert len(ops) == 2 and len({c["fact"] for c in ops}) == 1, ops


# -- a summons by an official whose title names no state -------------------------------------------

def test_a_summons_by_a_bare_title_takes_the_officials_state(drafts):
    summonses = of(drafts["summons_bare_title"]["claims"], "Summons")
    assert [(c["initiator"], c["target"]) for c in summonses] == [
        ({"actor": "tomas-velk", "for": "chile"}, {"actor": "jorge-sala", "for": "peru"})], summonses


def test_a_summoned_ambassador_gives_the_official_no_state(drafts):
    claims = drafts["summons_no_state"]["claims"]
    assert not of(claims, "Summons"), claims
    offices = [c for c in of(claims, "PositionHeld") if c["holder"] == "tomas-velk"]
    assert all(c.get("positionOf") != "peru" for c in offices), offices


# -- an attack only supposed -----------------------------------------------------------------------

def test_a_supposed_attack_or_invasion_is_not_drafted(drafts):
    claims = drafts["supposed"]["claims"]
    assert not of(claims, "Attack") and not of(claims, "Invasion"), claims


def test_an_attack_told_as_done_is_still_drafted(drafts):
    attacks = of(drafts["happened"]["claims"], "Attack")
    assert len(attacks) >= 2 and all(c["perpetrator"] == "russia" and "modality" not in c for c in attacks), attacks


# -- a state's visa-free regime --------------------------------------------------------------------

def test_a_visa_free_regime_a_state_introduces_is_its_policy(drafts):
    policies = of(drafts["visa_policy"]["claims"], "Policy")
    assert all(c["appliedBy"] == "peru" for c in policies), policies
    decided = [c for c in policies if "decided" in c["quote"]]
    assert [c["subject"] for c in decided] == [
        "visa-free policy for citizens of Chile holding ordinary passports"], policies
    period = [c for c in policies if "endDate" in c]
    assert [(c["startDate"], c["endDate"]) for c in period] == [("2031-09-15", "2032-09-14")], policies
    since = [c for c in policies if "countries" in c["subject"]]
    assert [c.get("startDate") for c in since] == ["2029"], policies


def test_a_policy_of_no_visa_free_regime_granted_is_none(drafts):
    assert not of(drafts["no_policy"]["claims"], "Policy"), drafts["no_policy"]["claims"]


# -- a state's budget as a sum ---------------------------------------------------------------------

def test_a_budget_approved_is_an_indicator_with_its_sum_and_period(drafts):
    figures = of(drafts["budget"]["claims"], "Indicator")
    approved = [c for c in figures if "value" in c]
    assert [(c["observationAbout"], c["indicator"], c["value"], c["period"]) for c in approved] == [
        ("japan", "defence budget", ["9.04 trillion yen", "$58 billion"], "2032-04/2033-03")], figures
    assert approved[0]["quote"].startswith("Japan's cabinet"), approved
    changed = [c for c in figures if "changePercent" in c]
    assert [(c["observationAbout"], c["indicator"], c["changePercent"], c["previousAmount"]) for c in changed] == [
        ("japan", "defence budget", 9.4, "8.7 trillion yen")], figures


def test_a_budget_of_no_sum_is_no_indicator(drafts):
    assert not of(drafts["no_budget"]["claims"], "Indicator"), drafts["no_budget"]["claims"]
