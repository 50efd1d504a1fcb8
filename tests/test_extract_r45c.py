"""Rule set 45, part c: an article's main fact in forms drafts missed, and words inside
another's appeal or account read as facts of their own, through the real ``kg extract``
command on small articles written for these tests (one run for all, a module-scoped
fixture), each with look-alikes that must draft nothing:

- an arms sale a state's office approves or notifies to its legislature ("approved a
  possible Foreign Military Sale to X of ...", "notified Congress of the possible sale of
  ... to X", "cleared the sale of ... to X worth $2bn"): an ArmsTransfer from that state,
  ``status: approved``, its value, planned while possible; a sale of grain or a sale nobody
  clears is none;
- an election observation mission's findings: an Assessment of the vote by ODIHR and the
  OSCE Parliamentary Assembly (proposed as organisations), or by unnamed observers; other
  speakers' words on a vote, and observers' words on anything else, are no assessment;
- "urged X to stop arming Y": the appeal only, no Support of Y by X;
- "invited X to visit Y": a planned Visit with its inviter, undated by the call;
- "The Chinese account said ... It did not mention ...": 'it' is the account's teller;
- a headline's bare "X vote" is the election the body tells, no fact of its own.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # 1. arms sales cleared or notified
    "fms": ("The State Department approved a possible Foreign Military Sale to Chile of six coastal missile "
            "launchers for an estimated $310 million, the Pentagon said on Friday."),
    "notified": ("The Defense Security Cooperation Agency notified Congress on Tuesday of the possible sale of 40 "
                 "Patriot missiles to Peru."),
    "cleared": "Washington cleared the sale of 12 attack helicopters to Bolivia worth $900 million on Monday.",
    "sale_lookalikes": ("The State Department approved the sale of the embassy building in Lima on Friday. Peru "
                        "notified Chile of the sale of wheat to Bolivia. Peru's minister approved a possible "
                        "sale of the state airline on Monday."),
    # 2. observers' findings
    "observers": ("The OSCE/ODIHR observers said the election took place in a restrictive environment. "
                  "Observers from the OSCE Parliamentary Assembly said the vote lacked genuine competition."),
    "unnamed_observers": ("Ecuador held a presidential election on Sunday. International observers said the vote "
                          "was well organised but offered voters little choice."),
    "observer_lookalikes": ("Ecuador held a presidential election on Sunday. The ruling party said the vote was "
                            "free and fair. International observers said the weather was cold. Observers said "
                            "the talks in Quito had stalled."),
    # 3. an appeal's content, an invitation, an account's 'it', a headline's noun
    "appeal": ("Chile's foreign ministry firmly opposed the move. It urged the United States to stop arming Peru. "
               "Bolivia called on Brazil to halt its support for Paraguay."),
    "appeal_lookalike": "The United States stopped arming Peru in May. Brazil supports Paraguay.",
    "invited": "Xi Jinping invited Donald Trump to visit China during a phone call on Thursday.",
    "invited_lookalike": "Donald Trump visited China on Thursday, at the invitation of nobody in particular.",
    "account": ("The Chinese account said the two leaders discussed trade at the U.S. side's request. It did not "
                "mention rare earths."),
    "account_lookalike": ("Peru recalled its ambassador from Chile at the request of Bolivia. It did not "
                          "mention the border."),
    "headline": ("Ecuador vote\n\nEcuador held a parliamentary election on Sunday, the electoral council said. "
                 "Voters said the election held across the whole of Ecuador was calm."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r45c"), ARTICLES, {}, "2030-09-03")


# -- 1. arms sales cleared or notified ---------------------------------------------------------


def test_a_foreign_military_sale_approved_by_a_state_office_is_its_states_planned_transfer(drafts):
    [sale] = of(drafts["fms"]["claims"], "ArmsTransfer")
    assert (sale["supplier"], sale["recipient"], sale["status"], sale.get("modality")) == (
        "united-states", "chile", "approved", "planned")
    assert sale["value"] == "USD 310 million" and "launchers" in sale["item"]


def test_a_sale_notified_to_congress_is_a_planned_transfer_with_its_quantity(drafts):
    [sale] = of(drafts["notified"]["claims"], "ArmsTransfer")
    assert (sale["supplier"], sale["recipient"], sale["status"], sale.get("modality"), sale.get("quantity")) == (
        "united-states", "peru", "approved", "planned", 40)
    assert "Patriot missiles" in sale["item"]


def test_a_sale_cleared_takes_its_value(drafts):
    [sale] = of(drafts["cleared"]["claims"], "ArmsTransfer")
    assert (sale["supplier"], sale["recipient"], sale["status"], sale.get("quantity")) == (
        "united-states", "bolivia", "approved", 12)
    assert sale["value"] == "USD 900 million"


def test_sales_of_buildings_grain_or_firms_are_no_arms_transfers(drafts):
    claims = drafts["sale_lookalikes"]["claims"]
    assert not of(claims, "ArmsTransfer") and not of(claims, "Supply"), claims


# -- 2. observers' findings ----------------------------------------------------------------


def test_an_observation_missions_findings_are_its_assessment_and_its_bodies_proposed(drafts):
    found = drafts["observers"]
    assessments = of(found["claims"], "Assessment")
    speakers = [a["speaker"] for a in assessments]
    # (rule set 46: observers *from* a body are its unnamed people, corpus/CLAIMS.md's 'of')
    assert speakers == ["osce-office-for-democratic-institutions-and-human-rights",
                        {"actor": "unnamed observers", "of": "osce-parliamentary-assembly"}]
    assert {a["subject"] for a in assessments} == {"took place in a restrictive environment",
                                                   "lacked genuine competition"}
    for body in ("osce-office-for-democratic-institutions-and-human-rights", "osce-parliamentary-assembly"):
        assert found["entities"][body]["type"] == "Organisation"


def test_unnamed_observers_assess_the_election_told_before(drafts):
    claims = drafts["unnamed_observers"]["claims"]
    [election] = of(claims, "Election")
    [assessment] = of(claims, "Assessment")
    assert assessment["speaker"] == "unnamed international observers"
    assert assessment["about"] == election["fact"]
    assert assessment["subject"] == "was well organised but offered voters little choice"
    assert not of(claims, "Statement"), claims  # the judgement is what was said, once


def test_others_words_on_a_vote_and_observers_words_on_other_things_are_no_assessment(drafts):
    assert not of(drafts["observer_lookalikes"]["claims"], "Assessment"), drafts["observer_lookalikes"]["claims"]


# -- 3. appeals, invitations, accounts, headlines -----------------------------------------------


def test_an_act_someone_is_urged_to_stop_is_no_fact_of_its_own(drafts):
    claims = drafts["appeal"]["claims"]
    assert not of(claims, "Support"), claims
    [appeal] = [c for c in of(claims, "Appeal") if c.get("about") == "united-states"]
    assert appeal["speaker"] == "chile-foreign-ministry"


def test_arming_told_as_done_is_still_support(drafts):
    claims = drafts["appeal_lookalike"]["claims"]
    assert any(c["supporter"] == "brazil" and c["supported"] == "paraguay" for c in of(claims, "Support")), claims


def test_an_invitation_to_visit_is_a_planned_visit_with_its_inviter(drafts):
    [visit] = of(drafts["invited"]["claims"], "Visit")
    assert (visit["visitor"], visit["hostState"], visit["inviter"], visit["modality"]) == (
        "donald-trump", "china", "xi-jinping", "planned")
    assert "date" not in visit  # the day of the call is not the day of the visit


def test_a_visit_made_is_no_planned_one(drafts):
    [visit] = of(drafts["invited_lookalike"]["claims"], "Visit")
    assert visit.get("modality") in (None, "asserted") and "inviter" not in visit


def test_it_after_an_account_is_the_accounts_teller(drafts):
    [said] = [c for c in drafts["account"]["claims"] if "rare earths" in c["quote"]]
    assert said["speaker"] == "china" and said.get("polarity") == "negative"


def test_it_after_a_subject_that_is_no_account_keeps_the_usual_reading(drafts):
    claims = [c for c in drafts["account_lookalike"]["claims"] if "border" in c["quote"]]
    assert all(c.get("speaker") == "peru" for c in claims), claims


def test_a_headlines_bare_vote_is_the_election_the_body_tells(drafts):
    claims = drafts["headline"]["claims"]
    assert not of(claims, "Vote"), claims
    headline = [c for c in claims if c["quote"] == "Ecuador vote"]
    dated = [c for c in of(claims, "Election") if c.get("date")]
    assert dated and all(c["fact"] == dated[0]["fact"] and c["type"] == "Election" for c in headline), claims
