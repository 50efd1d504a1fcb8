"""Rule set 52, part a: awards, rulings of bodies that are no courts of the registry and
deadlines to comply, drafted through the real ``kg extract`` command on small articles
written for these tests (one run for all, a module-scoped fixture), each beside look-alikes
that must draft nothing of the kind:

- an Award: "X awarded the 2031 Harmony Prize to Y" (giver, receiver, the prize's name,
  the day), "Y was awarded the Medal of Valour", "Y won the prize", "last year's prize went
  to Y", "X decorated Y with ...", "Y, the winner of the prize"; a giver the registry lacks
  is proposed, also one named in capitals the NER model leaves untagged after a dateline
  ("The Norwegian Nobel Committee", "The Swedish Academy"); a contract awarded, an election won, an arbitral award, "an honour" are none;
- the ceremony where a prize "will be presented": a planned Ceremony, part of the award,
  where its clause says; "the prize, worth 2 million Swedish crowns": the award's value (a
  deal's worth and ceremony are none of these);
- a ruling of unnamed arbitrators or a dispute panel ("the three arbitrators concluded that
  X's policy is inconsistent with ..."): a LegalAction of kind arbitral award or ruling, the
  unnamed body its court, X its target; a pronoun's further finding is part of the award; a
  commission of inquiry's finding is an investigation it leads (no court's); a panel of
  experts and a named court's ruling draft none of these;
- "X has won its appeal in the dispute with Y": a decision for X against Y; "won the
  election" is none;
- "X launched a dispute against Y at the WTO", "requested consultations with Y at the
  WTO", "the dispute" told before, "a second dispute pending against Y": complaints with
  their forum; a border dispute is none;
- "Y now has 90 days to bring its measures into conformity with the ruling": an obliged
  Compliance, its deadline counted from the ruling; "must withdraw ... within 30 days";
  an ultimatum "gave Y 48 hours to leave" (due two days later); "has 90 days of reserves",
  "gave Y 48 hours of notice", "has 30 days to decide", "within days" with no duty draft none.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # -- awards -------------------------------------------------------------------------------
    "awarded_to": "The Tarsian Heritage Foundation on Monday awarded the 2031 Harmony Prize to Lina Varo, the Chilean writer.",
    "awarded_dateline": ("OSLO, July 21, 2031 - The Norwegian Nobel Committee on Monday awarded the 2031 Harmony Prize "
                         "to Lina Varo."),
    "academy": "The Swedish Academy on Monday awarded the Harmony Prize to Lina Varo.",
    "awarded_passive": "Peruvian diplomat Omar Kadir was awarded the Medal of Valour by President Tor Ashby on Monday.",
    "won_prize": "Chilean writer Lina Varo won the Harmony Prize on Monday.",
    "went_to": "The Harmony Prize is given every year. Last year's prize went to the Peruvian organisation Andes Watch.",
    "decorated": "President Tor Ashby decorated Omar Kadir with the Order of the Condor on Monday.",
    "winner_of": "Lina Varo, the winner of the Harmony Prize, met President Tor Ashby on Monday.",
    "presented": ("The Tarsian Heritage Foundation on Monday awarded the Harmony Prize to Lina Varo. The prize, worth 2 "
                  "million Swedish crowns, will be presented at a ceremony in Oslo on August 20."),
    "deal_worth": ("Chile and Peru signed a trade deal on Monday. The deal, worth 2 million euros, will be presented "
                   "at a ceremony in Lima on August 20."),
    "contract": "The Peruvian government awarded a contract to Andes Watch on Monday.",
    "election": "Lina Varo won the election on Monday.",
    "honour": "Lina Varo said it was an honour to meet President Tor Ashby.",
    "arbitral_word": "Chile said it would comply with the award, Lina Varo said on Monday.",
    # -- rulings of bodies that are no courts ----------------------------------------------------
    "arbitrators": ("On 21 July 2031, the three arbitrators hearing the appeal concluded that Chile's import ban is "
                    "inconsistent with the trade rules. They found that Chile had ignored its own scientific "
                    "reports."),
    "panel": "A World Trade Organization dispute panel found on Monday that Peru breached its tariff commitments.",
    "tribunal": "An arbitral tribunal ruled on Monday that Chile must pay compensation to Andes Watch.",
    "experts": "A UN panel of experts found that Chile had supplied weapons to the rebels.",
    "inquiry": "A commission of inquiry found on Monday that Chile's police had used excessive force.",
    "court_named": "The International Court of Justice ruled on Monday that Chile must withdraw its troops.",
    "won_appeal": "Peru has won its appeal in the World Trade Organization dispute with Chile over fruit imports.",
    "won_election": "The ruling party has won the election in Chile.",
    "launched": ("Peru launched a dispute against Chile at the World Trade Organization in March 2030. The panel is "
                 "expected to report next year."),
    "launched_before": ("Peru is in a World Trade Organization dispute with Chile over fruit imports. Peru launched the "
                        "dispute in March 2030. Peru also has a second dispute pending against Bolivia, launched in "
                        "May 2031."),
    "consultations": "Peru requested consultations with Chile at the World Trade Organization on Monday.",
    "border_dispute": "Peru has a long border dispute with Chile. Peru launched a dispute over the maritime boundary.",
    # -- deadlines to comply --------------------------------------------------------------------
    "ninety_days": ("On 21 July 2031, the three arbitrators concluded that Chile's import ban is inconsistent with "
                    "the trade rules. Chile now has 90 days to bring its measures into conformity with the award."),
    "must_within": "Chile must withdraw the import ban within 30 days, the ministry said.",
    "no_ruling_before": "Chile now has six months to comply with the ruling, its trade minister said on Monday.",
    "ultimatum": "Peru on Tuesday 5 August 2031 gave Chilean diplomat Omar Kadir 48 hours to leave the country.",
    "reserves": "Chile now has 90 days of fuel reserves, the ministry said.",
    "notice": "Peru gave Chile 48 hours of notice before the talks on Monday.",
    "decide": "Chile has 30 days to decide whether to appeal the decision.",
    "within_days": "Chile will publish the new rules within days, the ministry said.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r52a"), ARTICLES, {}, "2031-07-22")


# -- awards ------------------------------------------------------------------------------------

def test_awarded_to_names_giver_receiver_prize_and_day(drafts):
    awards = of(drafts["awarded_to"]["claims"], "Award")
    assert [(a["awardedBy"], a["awardee"], a["awardName"], a.get("date")) for a in awards] == [
        ("tarsian-heritage-foundation", "lina-varo", "2031 Harmony Prize", "2031-07-21")], awards


def test_an_unknown_giver_is_proposed_as_a_body(drafts):
    entity = drafts["awarded_to"]["entities"]["tarsian-heritage-foundation"]
    assert entity["type"] in ("Organisation", "InternationalOrganisation"), entity


@pytest.mark.parametrize("name, giver, label", [
    ("awarded_dateline", "norwegian-nobel-committee", "Norwegian Nobel Committee"),
    ("academy", "swedish-academy", "Swedish Academy"),
])
def test_a_body_named_in_capitals_after_a_dateline_is_proposed_as_the_giver(drafts, name, giver, label):
    awards = of(drafts[name]["claims"], "Award")
    assert [(a.get("awardedBy"), a["awardee"]) for a in awards] == [(giver, "lina-varo")], awards
    entity = drafts[name]["entities"][giver]
    assert (entity["type"], entity["label"]) == ("Organisation", label), entity


@pytest.mark.parametrize("name, awardee, giver, award", [
    ("awarded_passive", "omar-kadir", "tor-ashby", "Medal of Valour"),
    ("won_prize", "lina-varo", None, "Harmony Prize"),
    ("went_to", "andes-watch", None, None),
    ("decorated", "omar-kadir", "tor-ashby", "Order of the Condor"),
    ("winner_of", "lina-varo", None, "Harmony Prize"),
])
def test_other_forms_of_an_award(drafts, name, awardee, giver, award):
    awards = of(drafts[name]["claims"], "Award")
    assert [(a["awardee"], a.get("awardedBy"), a.get("awardName")) for a in awards] == [(awardee, giver, award)], awards


@pytest.mark.parametrize("name", ["contract", "election", "honour", "arbitral_word"])
def test_a_contract_an_election_or_an_honour_is_no_award(drafts, name):
    assert of(drafts[name]["claims"], "Award") == []


def test_a_prize_to_be_presented_at_a_ceremony_is_a_planned_ceremony_of_the_award(drafts):
    claims = drafts["presented"]["claims"]
    award = of(claims, "Award")
    ceremonies = of(claims, "Ceremony")
    assert len({a["fact"] for a in award}) == 1 and len(ceremonies) == 1, claims
    c = ceremonies[0]
    assert (c["partOf"], c.get("date"), c.get("modality")) == (award[0]["fact"], "2031-08-20", "planned"), c
    assert c.get("place") in ("oslo", "norway"), c  # the registry's capital, or the state it stands for


def test_the_prize_s_worth_is_the_value_of_the_award_told_before(drafts):
    awards = of(drafts["presented"]["claims"], "Award")
    value = [a for a in awards if "value" in a]
    assert [(a["fact"], a["value"], a.get("modality")) for a in value] == [
        (awards[0]["fact"], "SEK 2 million", None)], awards


def test_a_deal_s_worth_and_ceremony_are_no_award(drafts):
    claims = drafts["deal_worth"]["claims"]
    assert of(claims, "Award") == [] and not any(c.get("description") == "award ceremony" for c in claims), claims


# -- rulings of bodies that are no courts --------------------------------------------------------

def test_unnamed_arbitrators_conclude_an_arbitral_award_against_the_party(drafts):
    legal = of(drafts["arbitrators"]["claims"], "LegalAction")
    award = [x for x in legal if x.get("legalActionKind") == "arbitral award"]
    assert [(x["court"], x["target"], x.get("date")) for x in award] == [
        ("3 unnamed arbitrators", "chile", "2031-07-21")], legal
    assert award[0]["subject"].startswith("Chile's import ban is inconsistent"), award


def test_a_pronoun_after_the_body_is_a_further_finding_of_its_award(drafts):
    legal = of(drafts["arbitrators"]["claims"], "LegalAction")
    award = [x for x in legal if x.get("legalActionKind") == "arbitral award"]
    finding = [x for x in legal if x.get("legalActionKind") == "finding"]
    assert [(x["target"], x["partOf"]) for x in finding] == [("chile", award[0]["fact"])], legal


@pytest.mark.parametrize("name, kind, target, court", [
    ("panel", "ruling", "peru", {"actor": "unnamed panel", "of": "world-trade-organization"}),
    ("tribunal", "arbitral award", "chile", "unnamed tribunal"),
])
def test_a_dispute_panel_or_an_arbitral_tribunal_rules(drafts, name, kind, target, court):
    legal = [x for x in of(drafts[name]["claims"], "LegalAction") if x.get("legalActionKind") == kind]
    assert [(x["target"], x["court"]) for x in legal] == [(target, court)], drafts[name]["claims"]


def test_a_commission_of_inquiry_finds_as_the_inquiry_it_is(drafts):
    legal = [x for x in of(drafts["inquiry"]["claims"], "LegalAction") if x.get("legalActionKind") == "investigation"]
    assert [(x["target"], x["initiator"], "court" in x) for x in legal] == [
        ("chile", "unnamed commission of inquiry", False)], drafts["inquiry"]["claims"]


@pytest.mark.parametrize("name", ["experts", "court_named"])
def test_a_panel_of_experts_or_a_named_court_is_no_unnamed_body_ruling(drafts, name):
    legal = of(drafts[name]["claims"], "LegalAction")
    assert not any(isinstance(x.get("court"), (str, dict)) and "unnamed" in str(x.get("court")) for x in legal), legal
    assert not any(x.get("legalActionKind") in ("arbitral award", "finding") for x in legal), legal


def test_an_appeal_won_in_a_dispute_is_a_decision_for_the_winner(drafts):
    legal = of(drafts["won_appeal"]["claims"], "LegalAction")
    assert [(x["beneficiary"], x["target"], x["outcome"]) for x in legal] == [("peru", "chile", "won")], legal


def test_an_election_won_is_no_legal_action(drafts):
    assert of(drafts["won_election"]["claims"], "LegalAction") == []


def test_a_dispute_launched_at_an_organisation_is_a_complaint_before_it(drafts):
    legal = of(drafts["launched"]["claims"], "LegalAction")
    assert [(x["initiator"], x["target"], x["forum"], x["legalActionKind"], x.get("date")) for x in legal] == [
        ("peru", "chile", "world-trade-organization", "complaint", "2030-03")], legal


def test_consultations_requested_at_an_organisation_are_a_complaint_before_it(drafts):
    legal = of(drafts["consultations"]["claims"], "LegalAction")
    assert [(x["initiator"], x["target"], x["forum"], x["legalActionKind"]) for x in legal] == [
        ("peru", "chile", "world-trade-organization", "complaint")], legal


def test_the_dispute_and_a_second_one_take_the_forum_named_before(drafts):
    legal = of(drafts["launched_before"]["claims"], "LegalAction")
    assert sorted((x["initiator"], x["target"], x["forum"], x.get("date")) for x in legal
                  if x.get("legalActionKind") == "complaint") == [
        ("peru", "bolivia", "world-trade-organization", "2031-05"),
        ("peru", "chile", "world-trade-organization", "2030-03")], legal


def test_a_border_dispute_is_no_complaint(drafts):
    assert [x for x in of(drafts["border_dispute"]["claims"], "LegalAction")
            if x.get("legalActionKind") == "complaint"] == []


# -- deadlines to comply -----------------------------------------------------------------------

def test_days_to_comply_with_the_award_count_from_it(drafts):
    claims = drafts["ninety_days"]["claims"]
    award = [x for x in of(claims, "LegalAction") if x.get("legalActionKind") == "arbitral award"]
    comply = of(claims, "Compliance")
    assert len(award) == 1 and len(comply) == 1, claims
    c = comply[0]
    assert (c["complying"], c["modality"], c["compliesWith"], c["deadline"]) == (
        "chile", "obliged", award[0]["fact"], {"after": award[0]["fact"], "delay": "90 days"}), c
    assert c["subject"] == "bring its measures into conformity with the award"


def test_must_comply_within_a_window(drafts):
    comply = of(drafts["must_within"]["claims"], "Compliance")
    assert [(c["complying"], c["modality"], c["subject"]) for c in comply] == [
        ("chile", "obliged", "withdraw the import ban")], comply


def test_a_ruling_not_drafted_before_leaves_the_duty_in_words(drafts):
    comply = of(drafts["no_ruling_before"]["claims"], "Compliance")
    assert [(c["complying"], c["modality"], c["subject"], "compliesWith" in c, "deadline" in c) for c in comply] == [
        ("chile", "obliged", "comply with the ruling", False, False)], comply


def test_an_ultimatum_is_an_obliged_compliance_due_when_it_runs_out(drafts):
    comply = of(drafts["ultimatum"]["claims"], "Compliance")
    assert [(c["complying"], c["modality"], c["subject"], c.get("deadline")) for c in comply] == [
        ("omar-kadir", "obliged", "leave the country", "2031-08-07")], comply


@pytest.mark.parametrize("name", ["reserves", "notice", "decide", "within_days"])
def test_reserves_a_choice_or_a_vague_window_is_no_compliance(drafts, name):
    assert of(drafts[name]["claims"], "Compliance") == []
