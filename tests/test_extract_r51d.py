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
  killed ..." still are.
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
