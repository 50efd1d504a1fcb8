"""Rule set 53, part d: a budget decided and its programme lines, through the real ``kg
extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture), each beside look-alikes that must draft nothing of the kind:

- "X's cabinet approved a draft defence budget of N for fiscal Y", "a draft state budget
  of N, which the government approved at the same meeting": an ExecutiveAction of the
  state with the budget's words as ``subject`` and the sum as ``value``;
- "A supplementary budget of N, enacted by parliament on D": a Legislation of the
  state's legislature, dated D;
- the lines of a list under "Main items of the budget:" ("- N for X;", "- N to study
  X", "including N to acquire X", "for an aircraft developed jointly with A and B"): a
  Project each, of the budget's state (and its co-developers), with ``description`` and
  ``value``;
- "A had told others that ..., an accusation B rejected": an Accusation by A (unnamed
  officials of a state too) about B with what was said as ``subject``, and B's Rejection
  of it (``aboutFact``), stated by B, not by A; a claim repeated, or not rejected, is
  neither;
- "X said Y had pressured governments to vote no": an Accusation by X about Y; "had
  not pressured", or a verb of no pressure, is a Statement;
- "X said that ...": the Statement holds what was said in ``subject``, without a second
  act joined to it ("and urged ...");
- "the government had suspended X from his post": an ExecutiveAction of X's state
  with X as target; talks or sanctions suspended, or a suspension by no government, is
  none;
- "the bureau searched the home of X, as well as that of Y, a co-owner of the Z
  company": a Raid by the bureau named before, on X and Y (not the company that describes
  Y); a search of no one's premises is none;
- "the embargo, which was first imposed in Y": a further claim of the Sanction told
  before with ``startDate`` Y; "imposed again in Y", or an embargo named anew, is none;
- "X says the embargo cost it about $N between D1 and D2": an Indicator of X, "cost of
  the embargo", with the sum and the period; a cost to no state or body, or of no sum,
  is none;
- a budget criticised, approved by a bank, not approved or of no sum is no decision; a
  list under a lead-in of no budget, or a list line of no sum or with a verb of its own,
  is no Project.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    "budget": ("WARSAW, May 2, 2031 - Poland's cabinet on Friday approved a draft defence budget of 190 billion "
               "zlotys ($48 billion) for fiscal 2032. The defence budget forms part of a draft state budget of 900 "
               "billion zlotys, also a record, which the government approved at the same meeting.\n\n"
               "A supplementary budget of 20 billion zlotys for fiscal 2031, enacted by parliament on 16 April, "
               "included 3 billion zlotys for border security.\n\n"
               "Main items of the budget:\n\n"
               "- 12 billion zlotys for coastal patrol boats to protect the Baltic coast;\n"
               "- more than 30 billion zlotys for air defence, including 4.5 billion zlotys to acquire long-range "
               "radars;\n"
               "- 2 billion zlotys for a training aircraft developed jointly with Sweden and Finland;\n"
               "- 900 million zlotys to study unmanned submarines.\n"),
    "no_decision": ("Opposition leaders on Monday criticised a draft budget of 900 billion zlotys. The central bank "
                    "approved a budget of 2 billion zlotys for its new headquarters. Poland's cabinet did not approve "
                    "a budget of 5 billion zlotys for the railways. The cabinet approved a budget for reforms on "
                    "Tuesday."),
    "no_budget_list": ("Poland pledged new aid to Ukraine on Monday.\n\nMain items of the aid package:\n\n"
                       "- 2 billion zlotys for air defence;\n- 500 million zlotys to repair power stations.\n"),
    "list_of_no_sums": ("Poland named a new army chief on Monday.\n\nMain items of the budget:\n\n"
                        "- new patrol boats for the navy;\n- 12 billion zlotys went to the army.\n"),
    "rejected": ("Chilean officials had told other delegations that up to 300 Peruvian soldiers were fighting for "
                 "Bolivia, an accusation Peru rejected."),
    "repeated": ("Chilean officials had told other delegations that up to 300 Peruvian soldiers were fighting for "
                 "Bolivia, an accusation Argentina repeated. Chile said that the talks had ended, a claim Peru did not "
                 "reject."),
    "pressured": "Chilean Foreign Minister Tomas Velk said Peru had pressured governments in Africa to vote no.",
    "not_pressured": ("Chilean Foreign Minister Tomas Velk said Peru had not pressured anyone. Velk said Peru had "
                      "pressed ahead with the vote."),
    "said_that": ("Chile said that foreign participation in the war was a flagrant breach of international law and "
                  "urged Peru to withdraw its troops."),
    "suspended": ("Peruvian Justice Minister Ana Quispe resigned on Tuesday. The government had suspended Quispe from "
                  "her post earlier the same day."),
    "not_suspended": ("Peruvian Justice Minister Ana Quispe spoke on Tuesday. The government suspended talks with the "
                      "unions. Chile suspended the sanctions. The club had suspended Quispe."),
    "searched": ("Pakistan's National Accountability Bureau said on Tuesday that it had opened a case. On Monday "
                 "the bureau searched the home of Imran Qadir, as well as that of businessman Tariq Baig, a co-owner "
                 "of the Lahore Metro Company."),
    "searched_nothing": ("Pakistan's National Accountability Bureau said on Tuesday that it had opened a case. "
                         "On Monday the bureau searched the area for evidence."),
    "first_imposed": ("The US embargo on Cuba has hurt the island for decades. Only Congress can lift the embargo, "
                      "which was first imposed in 1960."),
    "imposed_again": ("The US embargo on Cuba has hurt the island for decades. Only Congress can lift the embargo, "
                      "which was imposed again in 1996."),
    "cost": ("The US embargo on Cuba has hurt the island for decades. Cuba says the embargo cost it about $7.5 "
             "billion between March 2029 and February 2030."),
    "no_cost": ("The war cost him his job, Cuba says. The ticket cost $20. The embargo cost farmers $2 million, "
                "Cuba says."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    return draft_articles(tmp_path_factory.mktemp("r53d"), ARTICLES, {}, "2031-05-02")


# -- a budget decided ----------------------------------------------------------------------------

def test_a_cabinet_approving_a_budget_is_an_executive_action_of_its_state(drafts):
    acts = [(a["initiator"], a["subject"], a["value"], a.get("date")) for a in of(drafts["budget"]["claims"],
                                                                                   "ExecutiveAction")]
    assert acts == [("poland", "a draft defence budget", "190 billion zlotys", "2031-05-02"),
                    ("poland", "a draft state budget", "900 billion zlotys", None)], acts


def test_a_budget_enacted_by_parliament_is_legislation_dated_by_its_clause(drafts):
    laws = [(c["adoptedBy"], c["jurisdiction"], c["value"], c.get("date")) for c in of(drafts["budget"]["claims"],
                                                                                        "Legislation")]
    assert laws == [("poland", "poland", "20 billion zlotys", "2031-04-16")], laws


def test_a_budget_criticised_not_approved_or_of_no_sum_is_no_decision(drafts):
    claims = drafts["no_decision"]["claims"]
    assert not of(claims, "ExecutiveAction") and not of(claims, "Legislation"), claims


# -- a budget's programme lines ------------------------------------------------------------------

def test_each_line_of_a_budget_list_is_a_project_of_the_state(drafts):
    lines = [(c["party"], c["description"], c["value"]) for c in of(drafts["budget"]["claims"], "Project")]
    assert lines == [
        ("poland", "coastal patrol boats", "12 billion zlotys"),
        ("poland", "air defence", "more than 30 billion zlotys"),
        ("poland", "acquire long-range radars", "4.5 billion zlotys"),
        (["poland", "sweden", "finland"], "a training aircraft developed jointly with Sweden and Finland",
         "2 billion zlotys"),
        ("poland", "study unmanned submarines", "900 million zlotys")], lines


@pytest.mark.parametrize("name", ["no_budget_list", "list_of_no_sums", "no_decision"])
def test_a_list_of_no_budget_or_of_no_sums_is_no_project(drafts, name):
    assert not of(drafts[name]["claims"], "Project"), drafts[name]["claims"]


# -- an accusation its target rejects --------------------------------------------------------------

def test_an_accusation_a_target_rejects_is_two_facts_each_of_its_own_speaker(drafts):
    claims = drafts["rejected"]["claims"]
    accusations = of(claims, "Accusation")
    assert [(a["speaker"], a["about"], a["subject"]) for a in accusations] == [
        ({"actor": "unnamed officials", "of": "chile"}, "peru",
         "up to 300 Peruvian soldiers were fighting for Bolivia")], accusations
    rejections = of(claims, "Rejection")
    assert [(r["speaker"], r.get("said_by"), r["aboutFact"]) for r in rejections] == [
        ("peru", "peru", accusations[0]["fact"])], rejections


def test_a_claim_repeated_or_not_rejected_is_no_rejection(drafts):
    claims = drafts["repeated"]["claims"]
    assert not of(claims, "Accusation") and not [r for r in of(claims, "Rejection") if "aboutFact" in r], claims
    assert all(r.get("polarity") == "negative" for r in of(claims, "Rejection")), claims  # "did not reject"


def test_saying_another_pressured_governments_is_an_accusation(drafts):
    accusations = of(drafts["pressured"]["claims"], "Accusation")
    assert [(a["speaker"], a["about"], a["subject"]) for a in accusations] == [
        ("tomas-velk", "peru", "pressured governments in Africa to vote no")], accusations


def test_no_pressure_is_no_accusation(drafts):
    claims = drafts["not_pressured"]["claims"]
    assert not of(claims, "Accusation") and len(of(claims, "Statement")) == 2, claims


def test_a_statement_holds_what_was_said(drafts):
    statements = of(drafts["said_that"]["claims"], "Statement")
    assert [(s["speaker"], s["subject"]) for s in statements] == [
        ("chile", "foreign participation in the war was a flagrant breach of international law")], statements


# -- plain facts: a suspension from office, a search of homes ---------------------------------------

def test_a_government_suspending_an_official_is_an_executive_action(drafts):
    acts = [(a["initiator"], a["target"], a["subject"]) for a in of(drafts["suspended"]["claims"], "ExecutiveAction")]
    assert acts == [("peru", "ana-quispe", "suspended from her post")], acts


def test_talks_sanctions_or_a_club_suspending_are_no_executive_action(drafts):
    acts = of(drafts["not_suspended"]["claims"], "ExecutiveAction")
    assert not any("ana-quispe" in str(a.get("target")) for a in acts), acts


def test_the_bureau_searching_homes_is_a_raid_on_their_holders(drafts):
    raids = [(r["initiator"], r["target"]) for r in of(drafts["searched"]["claims"], "Raid")]
    assert raids == [("national-accountability-bureau", ["imran-qadir", "tariq-baig"])], raids


def test_searching_an_area_is_no_raid(drafts):
    assert not of(drafts["searched_nothing"]["claims"], "Raid"), drafts["searched_nothing"]["claims"]


# -- when a measure told before began ----------------------------------------------------------------

def test_the_embargo_first_imposed_in_a_year_starts_then(drafts):
    sanctions = of(drafts["first_imposed"]["claims"], "Sanction")
    assert len({s["fact"] for s in sanctions}) == 1, sanctions
    assert [s.get("startDate") for s in sanctions if "startDate" in s] == ["1960"], sanctions


def test_a_measure_imposed_again_has_no_start(drafts):
    sanctions = of(drafts["imposed_again"]["claims"], "Sanction")
    assert sanctions and not any("startDate" in s for s in sanctions), sanctions


# -- what a measure cost a state ---------------------------------------------------------------------

def test_what_an_embargo_cost_a_state_is_its_indicator_over_the_period(drafts):
    figures = [(i["observationAbout"], i["indicator"], i["amount"], i.get("startDate"), i.get("endDate"))
               for i in of(drafts["cost"]["claims"], "Indicator")]
    assert figures == [("cuba", "cost of the embargo", "about $7.5 billion", "2029-03", "2030-02")], figures


def test_a_cost_to_no_state_or_of_no_sum_is_no_indicator(drafts):
    assert not of(drafts["no_cost"]["claims"], "Indicator"), drafts["no_cost"]["claims"]
