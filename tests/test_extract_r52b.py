"""Rule set 52, part b: a deal's details an unnamed source tells, reactions to a decision
told before and a silence the article observes, drafted through the real ``kg extract``
command on small articles written for these tests (one run for all, a module-scoped
fixture, with a small registry of invented cities), each beside look-alikes that must
draft nothing of the kind:

- "the agreement was signed by Peruvian and Chilean officials in Lima in June": an
  Agreement of both states, status signed, its place the city and its month; one
  demonym ("by Peruvian officials") names one party and drafts no agreement, and a
  letter so signed is no agreement;
- "A Chilean official, speaking on condition of anonymity, said ...": the unnamed
  official speaks for the state its demonym names (``said_by: {actor, of}``);
- "X said it regretted the ruling", "X regrets the decision": a Displeasure of X about
  the decided act told before (CAMEO 110); a regret of one's own words, or denied, is none;
- "Bolivia criticised the decision": a Criticism about the act told before; with no act
  told before, it stays about nothing;
- "X did not comment immediately": a silence the article observes (asserted, negative),
  not X's own words; "did not respond to the sanctions" stays X's reported reaction;
- "X has agreed to accept N migrants deported from Y": Y the deal's other party; migrants
  "from" a state with no sending name none; "agreed to take asylum seekers from Y, but
  that scheme was scrapped": Y a party, and the scheme's end a claim of that agreement;
- "The official said Y would pay X a grant under the deal, without giving the amount": a
  planned Payment term of the deal, its value undisclosed, said by the official of the
  state first told ("A Rwandan official"); "paid X 240 million pounds under that
  arrangement": a Payment in the payer's pounds; a grant with no word of withholding, none;
- "has already sent eight men to A and five to B" where removals are spoken of: two
  ForcedDisplacements with their counts; soldiers sent are none;
- "X's government has accused Y of plotting ...", "the Z administration": the state the
  leader acts for; an Accusation about Y;
- "could not stand against President X in the ... election": X a candidate, the subject
  none; "the opposition says its tallies show Y won; the electoral authority declared X
  the winner": two reported winners of that election; a winner of a prize is none;
- "Labour won the July 2024 election": held in the party's state;
- "She backed X in her place" after a sentence of an earlier year: asserted, and its id
  not dated by the publication; "said she backed X" stays reported;
- "which P set up with other WTO members": the unnamed others among the founders;
- "We expect Peru to comply promptly." after a quotation of a named speaker: an Appeal to
  Peru by that speaker; "we expect prices to rise", "analysts expect Peru to comply" none;
- "said it regretted the decision ..., adding that ...": the added remark stays a Statement;
- "Lima would keep the right to approve each person proposed": a planned AccessGrant term of
  the deal told before, granted by the state its capital stands for; with no deal told, or a
  right of another kind ("to fish"), none; "X said ..., adding that Lima would keep the
  right ...": said by X, whose participle of saying goes on from 'said'.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_cases, dump_yaml
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = [
    {"id": "peru", "type": "State", "label": "Peru"},
    {"id": "chile", "type": "State", "label": "Chile"},
    {"id": "bolivia", "type": "State", "label": "Bolivia"},
    {"id": "united-kingdom", "type": "State", "label": "United Kingdom", "aliases": ["Britain"]},
    {"id": "tomas-varga", "type": "Person", "label": "Tomas Varga", "of": "peru"},
    {"id": "lena-ortiz", "type": "Person", "label": "Lena Ortiz", "of": "peru"},
    {"id": "mira-quispe", "type": "Person", "label": "Mira Quispe", "of": "peru"},
    {"id": "ana-soto", "type": "Person", "label": "Ana Soto", "of": "chile"},
    {"id": "labour-party", "type": "Organisation", "label": "Labour Party", "aliases": ["Labour"],
     "of": "united-kingdom"},
    {"id": "world-trade-organization", "type": "InternationalOrganisation", "label": "World Trade Organization",
     "aliases": ["WTO"]},
    {"id": "appeal-arrangement", "type": "Organisation", "label": "Andean Appeal Arrangement", "aliases": ["AAA"]},
    {"id": "lima", "type": "City", "label": "Lima", "of": "peru"},
    {"id": "arica", "type": "City", "label": "Arica", "of": "chile"},
]

CASES = {
    "signed_by_officials": ("A Chilean official, speaking on condition of anonymity, said the agreement was signed "
                            "by Peruvian and Chilean officials in Arica in June."),
    "signed_in_city": "Peru and Chile signed the agreement in Lima in March.",
    "signed_by_one": "The agreement was signed by Peruvian officials in Lima in June.",
    "letter_signed": "The letter was signed by Peruvian and Chilean officials in Lima in June.",
    "officials_said": "Chilean officials said Peru would close the border.",
    "regretted_ruling": ("Chile imposed sanctions on Peru on Monday. Peru's foreign ministry said it regretted the "
                         "decision and would respond."),
    "regrets_decision": "Chile imposed sanctions on Peru on Monday. Peru regrets the decision.",
    "regretted_remarks": "Chile imposed sanctions on Peru on Monday. Peru's president said he regretted his remarks.",
    "not_regretted": "Chile imposed sanctions on Peru on Monday. Peru said it did not regret the decision.",
    "criticised_decision": "Chile imposed sanctions on Peru on Monday. Bolivia criticised the decision.",
    "criticised_nothing_told": "Bolivia criticised the decision.",
    "no_comment": "Chile imposed sanctions on Peru on Monday. The Peruvian government did not comment immediately.",
    "no_answer": "Chile imposed sanctions on Peru on Monday. Peru did not respond to a request for comment.",
    "no_response_to": "Chile imposed sanctions on Peru on Monday. Peru did not respond to the sanctions.",
    "accept_deported": ("Peru has agreed to accept up to 250 migrants deported from Chile, the Peruvian government "
                        "said."),
    "accept_from": "Peru has agreed to accept up to 250 migrants from Chile.",
    "scheme_scrapped": ("Peru previously agreed to take asylum seekers from Britain, but that scheme was scrapped "
                        "after Labour won the July 2024 election."),
    "grant_withheld": ("Peru has agreed with Chile to accept up to 250 migrants. A Peruvian official said the "
                       "talks had been long. The official said Chile would pay Peru a grant under the deal, "
                       "without giving the amount."),
    "grant_told": ("Peru has agreed with Chile to accept up to 250 migrants. The official said Chile would pay "
                   "Peru a grant under the deal."),
    "paid_under": "Britain had paid Lima about 240 million pounds under that arrangement.",
    "sent_removals": ("Bolivia has already sent eight men to Chile and five to Peru. Rights groups say such "
                      "removals risk sending people to countries where they could face abuses."),
    "sent_soldiers": "Bolivia has already sent eight soldiers to Chile and five to Peru.",
    "leader_government": ("President Tomas Varga spoke in Lima. Varga's government has accused Lena Ortiz of "
                          "plotting with foreign powers against Peru."),
    "winners": ("Mira Quispe could not stand against President Tomas Varga in the July 2029 presidential "
                "election. The opposition says its tallies show Lena Ortiz won; the electoral authority declared "
                "Tomas Varga the winner without publishing detailed results."),
    "prize_winner": "Lena Ortiz won the award. Her supporters say she won.",
    "party_won": "Labour won the July 2024 election.",
    "backed_then": ("Mira Quispe could not stand against President Tomas Varga in the July 2029 presidential "
                    "election. She backed the former diplomat Lena Ortiz in her place."),
    "said_backed": "Mira Quispe said she backed Lena Ortiz.",
    "set_up_with_others": "The ruling showed that the AAA, which Peru set up with other WTO members in 2020, works.",
    "expect_comply": ("Chile won the case against Peru on Monday. \"This ruling confirms our rights,\" Ana Soto "
                      "said. \"We expect Peru to comply promptly.\""),
    "expect_prices": "\"We expect prices to rise,\" Ana Soto said.",
    "analysts_expect": "Analysts expect Peru to comply soon.",
    "right_kept": ("Peru has agreed with Chile to accept up to 250 migrants. Lima would keep the right to approve "
                   "each person proposed for resettlement."),
    "right_added": ("Peru has agreed with Chile to accept up to 250 migrants. Tomas Varga said the talks were "
                    "useful, adding that Lima would keep the right to approve each person proposed for resettlement."),
    "right_no_deal": "Peru would keep the right to approve each person proposed for resettlement.",
    "right_to_fish": "Peru has agreed with Chile to share the river. Peru would keep the right to fish in the river.",
    "adding": ("Chile imposed sanctions on Peru on Monday. Peru's Ministry of Commerce said it regretted the "
               "decision and would assess it, adding that Peru had always respected the rules."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the drafted claims of each case, drafted in one run with the registry."""
    folder = tmp_path_factory.mktemp("r52b")
    registry = dump_yaml(folder / "entities.yaml", REGISTRY)
    found, _ = drafted_cases(folder, CASES, "--entities", registry)
    return found


# -- a deal's details told by an unnamed source ------------------------------------------------

def test_signed_by_officials_of_two_states(drafts):
    deals = of(drafts["signed_by_officials"], "Agreement")
    assert len(deals) == 1, drafts["signed_by_officials"]
    deal = deals[0]
    assert sorted(deal["party"]) == ["chile", "peru"], deal
    assert (deal["status"], deal["place"], deal["date"]) == ("signed", "arica", "2030-06"), deal
    assert deal["modality"] == "reported" and deal["said_by"] == {"actor": "unnamed official", "of": "chile"}, deal


def test_signed_in_a_city_has_its_place(drafts):
    deal, = of(drafts["signed_in_city"], "Agreement")
    assert (deal["status"], deal["place"], deal["date"]) == ("signed", "lima", "2030-03"), deal


@pytest.mark.parametrize("case", ["signed_by_one", "letter_signed"])
def test_one_state_or_no_deal_is_no_agreement(drafts, case):
    assert not of(drafts[case], "Agreement"), drafts[case]


def test_unnamed_officials_speak_for_their_state(drafts):
    said = [c.get("said_by") for c in drafts["officials_said"]]
    assert {"actor": "unnamed officials", "of": "chile"} in said, drafts["officials_said"]


# -- reactions to a decision told before -------------------------------------------------------

def _sanction_id(claims):
    sanction, = of(claims, "Sanction")
    return sanction["fact"]


@pytest.mark.parametrize("case, speaker", [("regretted_ruling", "peru"), ("regrets_decision", "peru")])
def test_a_regret_is_displeasure_about_the_act(drafts, case, speaker):
    claims = drafts[case]
    displeasure, = of(claims, "Displeasure")
    assert displeasure["about"] == _sanction_id(claims), displeasure
    assert displeasure["speaker"] != "chile", displeasure


@pytest.mark.parametrize("case", ["regretted_remarks", "not_regretted"])
def test_a_regret_of_no_act_or_denied_is_no_displeasure(drafts, case):
    assert not of(drafts[case], "Displeasure"), drafts[case]


def test_criticised_the_decision_is_about_the_act_told_before(drafts):
    claims = drafts["criticised_decision"]
    criticism, = of(claims, "Criticism")
    assert criticism["speaker"] == "bolivia" and criticism["about"] == _sanction_id(claims), criticism


def test_criticised_with_no_act_told_names_none(drafts):
    assert all("about" not in c for c in of(drafts["criticised_nothing_told"], "Criticism")), \
        drafts["criticised_nothing_told"]


# -- a silence the article observes ------------------------------------------------------------

@pytest.mark.parametrize("case", ["no_comment", "no_answer"])
def test_no_comment_is_asserted_not_said_by_the_silent(drafts, case):
    silent, = of(drafts[case], "Statement")
    assert silent["polarity"] == "negative" and silent["speaker"] == "peru", silent
    assert "said_by" not in silent and silent.get("modality", "asserted") == "asserted", silent


def test_no_response_to_an_act_stays_reported(drafts):
    reaction, = of(drafts["no_response_to"], "Statement")
    assert reaction.get("said_by") == "peru", reaction


# -- the deal's other party, its end, its payments ---------------------------------------------

def test_people_deported_from_a_state_make_it_the_other_party(drafts):
    deal, = of(drafts["accept_deported"], "Agreement")
    assert sorted(deal["party"]) == ["chile", "peru"] and deal["said_by"] == "peru", deal
    assert not of(drafts["accept_from"], "Agreement"), drafts["accept_from"]


def test_a_scheme_scrapped_is_a_claim_of_the_agreement_told(drafts):
    claims = drafts["scheme_scrapped"]
    deals = of(claims, "Agreement")
    assert len({c["fact"] for c in deals}) == 1, deals
    assert sorted(deals[0]["party"]) == ["peru", "united-kingdom"], deals
    assert [c.get("status") for c in deals] == [None, "terminated"], deals
    election, = of(claims, "Election")
    assert (election["winner"], election["heldIn"], election["date"]) == ("labour-party", "united-kingdom", "2024-07")


def test_a_grant_withheld_is_a_planned_payment_term_of_the_deal(drafts):
    claims = drafts["grant_withheld"]
    deal, = of(claims, "Agreement")
    pay, = of(claims, "Payment")
    assert (pay["payer"], pay["payee"], pay["undisclosed"], pay["termOf"]) == ("chile", "peru", "value", deal["fact"])
    assert pay["modality"] == "planned" and pay["said_by"] == {"actor": "unnamed official", "of": "peru"}, pay
    assert not of(drafts["grant_told"], "Payment"), drafts["grant_told"]


def test_a_sum_paid_under_an_arrangement_is_a_payment_in_the_payers_pounds(drafts):
    pay, = of(drafts["paid_under"], "Payment")
    assert (pay["payer"], pay["payee"], pay["value"]) == ("united-kingdom", "peru", "about GBP 240 million"), pay


def test_people_sent_where_removals_are_told_are_removed_per_destination(drafts):
    moved = sorted((c["destination"], c["displaced"], c["target"]) for c in of(drafts["sent_removals"],
                                                                                "ForcedDisplacement"))
    assert moved == [("chile", 8, "8 unnamed men"), ("peru", 5, "5 unnamed men")], moved
    assert not of(drafts["sent_soldiers"], "ForcedDisplacement"), drafts["sent_soldiers"]


# -- accusations, elections, background --------------------------------------------------------

def test_a_leaders_government_is_its_state(drafts):
    accusation, = of(drafts["leader_government"], "Accusation")
    assert (accusation["speaker"], accusation["about"]) == ("peru", "lena-ortiz"), accusation
    assert accusation["subject"].startswith("plotting with foreign powers"), accusation


def test_candidates_and_reported_winners_of_one_election(drafts):
    elections = of(drafts["winners"], "Election")
    assert len({c["fact"] for c in elections}) == 1, elections
    assert [c.get("candidate") for c in elections if "candidate" in c] == ["tomas-varga"], elections
    winners = {c["winner"]: c.get("said_by") for c in elections if "winner" in c}
    assert winners == {"lena-ortiz": "unnamed opposition", "tomas-varga": "unnamed electoral authority"}, elections
    assert all(c["date"] == "2029-07" and c["heldIn"] == "peru" for c in elections), elections
    assert not of(drafts["prize_winner"], "Election"), drafts["prize_winner"]


def test_a_party_wins_an_election_of_its_state(drafts):
    election, = of(drafts["party_won"], "Election")
    assert (election["winner"], election["heldIn"]) == ("labour-party", "united-kingdom"), election


def test_a_backing_after_an_earlier_year_is_asserted_and_not_dated_today(drafts):
    backed, = of(drafts["backed_then"], "StatementOfSupport")
    assert "said_by" not in backed and "modality" not in backed, backed
    assert not backed["fact"].endswith("2030-09-03"), backed
    said, = of(drafts["said_backed"], "StatementOfSupport")
    assert said["said_by"] == "mira-quispe", said


def test_a_body_set_up_with_unnamed_others(drafts):
    founding, = of(drafts["set_up_with_others"], "Founding")
    assert founding["founder"] == ["peru", "unnamed other WTO members"], founding


# -- an expectation said as a demand; a remark added ---------------------------------------------

def test_we_expect_x_to_comply_is_an_appeal_of_the_quotations_speaker(drafts):
    appeal, = of(drafts["expect_comply"], "Appeal")
    assert (appeal["speaker"], appeal["about"], appeal["subject"]) == ("ana-soto", "peru", "comply promptly"), appeal
    assert appeal["said_by"] == "ana-soto", appeal


@pytest.mark.parametrize("case", ["expect_prices", "analysts_expect"])
def test_a_foreseen_act_is_no_appeal(drafts, case):
    assert not of(drafts[case], "Appeal"), drafts[case]


def test_a_remark_added_after_a_regret_stays_a_statement(drafts):
    claims = drafts["adding"]
    assert len(of(claims, "Displeasure")) == 1, claims
    remark, = of(claims, "Statement")
    assert remark["quote"].endswith("adding that Peru had always respected the rules"), remark


def test_a_right_kept_to_approve_people_is_a_planned_term_of_the_deal(drafts):
    claims = drafts["right_kept"]
    deal, = of(claims, "Agreement")
    grant, = of(claims, "AccessGrant")
    assert (grant["grantedBy"], grant["termOf"], grant["modality"]) == ("peru", deal["fact"], "planned"), grant
    assert grant["grantedTo"] == "unnamed people", grant


@pytest.mark.parametrize("case", ["right_no_deal", "right_to_fish"])
def test_no_deal_or_no_admission_is_no_access_grant(drafts, case):
    assert not of(drafts[case], "AccessGrant"), drafts[case]


def test_a_term_added_after_said_is_said_by_the_speaker(drafts):
    grant, = of(drafts["right_added"], "AccessGrant")
    assert (grant["said_by"], grant["modality"]) == ("tomas-varga", "planned"), grant
