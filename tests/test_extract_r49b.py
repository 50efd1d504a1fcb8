"""Rule set 49, part b: sentences of ordinary news that look like a fact the drafter knows
but tell none, through the real ``kg extract`` command on small invented articles (one run
for all, with a registry of invented states, people and a company), each beside the rule's
own case, which must still draft:

- sanctions and tariffs weighed or turned down (facts/run.py): "is weighing sanctions on
  X", "has ruled out new sanctions", "debated sanctions", "voted against sanctions" put no
  sanction in force; "imposed sanctions", "the sanctions on X have hurt ...", "did not rule
  out sanctions" and "discussed the sanctions on X" still tell sanctions;
- sanctions pressed for or warned of (speech.py): "pushed for sanctions" asks for them
  (requested), "warned of sanctions" threatens them (planned), neither imposes them;
- another's act foreseen (facts/run.py): "Analysts expect X to meet Y" is a meeting to come
  (planned), "Observers expect X to accuse Y" no accusation made;
- a deal that talks are about (facts/agreements.py): "Talks on a trade deal between X and
  Y collapsed" tells no deal; "The deal between X and Y, signed in 2019" does;
- an office sought or ended (facts/offices.py): "Valdoria's nominee for prime minister, X"
  and "The would-be president of Valdoria, X" hold no office; "Valdoria's prime minister, X"
  does; "the late president of Valdoria, X" and "ousted President X" held it (ended);
  "... fired Ostravia's ambassador, Lina Varo said" names its teller, not the ambassador;
- a price charged (facts/legal.py): "charged Ostravia 3 euros per unit" is no charge in
  law; "charged Lina Varo" is;
- teams that meet (facts/diplomacy.py): "Ostravia met Valdoria in the World Cup final" is a
  match, no meeting; "met Tor Ashby at the final session of the summit" is one;
- allies that fight a common ill (facts/military.py): "X and Y joined forces to fight
  smuggling" is no war between them; "X and Y clashed" is;
- a former member (facts/politics.py): "Valdoria, a former member of the Northern Pact," is
  a membership ended;
- a rumour (speech.py): "X is said to have met Y" is hedged and said by no one named, X no
  speaker; "X said he had met Y" is X's report;
- sides that agree on little (facts/agreements.py): "agree on little" settles nothing;
  "agreed on a ceasefire" does;
- contests without arms (facts/military.py): "launched a trade war against X", "a
  diplomatic offensive", "the trade war between X and Y" use no force; "launched an
  offensive against X" and "the war between X and Y" do;
- a milestone of an ongoing event (facts/run.py): "The war between X and Y entered its
  third year on Monday" does not date the war; "began on Monday" does.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: Invented states, people and a company.
REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: norland, type: State, label: Norland}
- {id: lina-varo, type: Person, label: Lina Varo, of: ostravia}
- {id: tor-ashby, type: Person, label: Tor Ashby, of: valdoria}
- {id: ines-moro, type: Person, label: Ines Moro, of: norland}
- {id: valdor-energy, type: Organisation, label: Valdor Energy}
- {id: northern-pact, type: InternationalOrganisation, label: Northern Pact}
"""

ARTICLES = {
    # 1. sanctions and tariffs weighed or turned down
    "imposed": "Norland imposed sanctions on Ostravia on Monday.",
    "have_hurt": "The sanctions on Ostravia have hurt Norland's farmers, Ines Moro said.",
    "not_ruled_out": "Norland did not rule out sanctions on Ostravia on Monday.",
    "discussed_the": "Norland discussed the sanctions on Ostravia with its allies on Monday.",
    "weighing": "Norland is weighing sanctions against Ostravia.",
    "mulling": "Norland is mulling fresh sanctions on Ostravia, Ines Moro said.",
    "ruled_out": "Valdoria has ruled out new sanctions against Ostravia.",
    "debated": "Norland debated sanctions on Ostravia on Monday.",
    "voted_against": "Norland's parliament voted against sanctions on Ostravia on Monday.",
    "tariffs_ruled_out": "Norland ruled out tariffs on Ostravian steel.",
    "tariffs_studied": "Norland is studying tariffs on Ostravian steel.",
    # 2. sanctions pressed for or warned of
    "pushed_for": "Lina Varo pushed for sanctions against Valdoria on Monday.",
    "warned_of": "Norland warned of sanctions against Ostravia on Monday.",
    # 3. another's act foreseen
    "met": "Lina Varo met Tor Ashby on Monday.",
    "expect_meet": "Analysts expect Lina Varo to meet Tor Ashby next week.",
    "expect_impose": "Analysts expect Norland to impose sanctions on Ostravia.",
    "accused": "Ostravia accused Valdoria on Monday of shelling the border.",
    "expect_accuse": "Observers expect Ostravia to accuse Valdoria of fraud.",
    "expect_reject": "Analysts expect Ostravia to reject Valdoria's proposal.",
    # 4. a deal that talks are about
    "deal_signed": "The deal between Ostravia and Valdoria, signed in 2019, lowered tariffs.",
    "talks_on_deal": "Talks on a trade deal between Ostravia and Valdoria collapsed on Monday.",
    "negotiations_over": "Negotiations over a peace agreement between Ostravia and Valdoria stalled.",
    "hopes_for": "Hopes for a deal between Ostravia and Valdoria faded on Monday.",
    # 5. an office sought
    "prime_minister": "Valdoria's prime minister, Tor Ashby, spoke on Monday.",
    "minister_for": "The Norland Minister for Foreign Affairs, Ines Moro, spoke on Monday.",
    "nominee_for": "Valdoria's nominee for prime minister, Tor Ashby, spoke on Monday.",
    "candidate_for": "The party's candidate for president, Tor Ashby, spoke on Monday in Valdoria.",
    "would_be": "The would-be president of Valdoria, Tor Ashby, spoke on Monday.",
    "would_be_title": "Would-be President Tor Ashby spoke in Valdoria on Monday.",
    "aspiring": "Valdoria's aspiring president, Tor Ashby, spoke on Monday.",
    "late": "The late president of Valdoria, Tor Ashby, was buried on Monday.",
    "ousted": "Valdoria's ousted president, Tor Ashby, spoke on Monday.",
    "president_of": "The president of Valdoria, Tor Ashby, spoke on Monday.",
    "ambassador_said": "Valdoria's president fired Ostravia's ambassador, Lina Varo said.",
    "minister_told": "The army detained Valdoria's foreign minister, Tor Ashby told reporters on Monday.",
    "president_said_that": "Valdoria's president, Tor Ashby said that the talks had failed.",
    # 6. a price charged
    "charged": "Valdoria charged Lina Varo on Monday.",
    "charged_with": "Valdoria's prosecutors charged Tor Ashby with fraud on Monday.",
    "charged_price": "Valdor Energy charged Ostravia 3 euros per unit of gas.",
    "charged_fee": "The port of Valdoria charges Ostravian ships a fee of 2 percent.",
    # 7. teams that meet
    "met_session": "Lina Varo met Tor Ashby at the final session of the summit on Monday.",
    "met_round": "Lina Varo met Tor Ashby in a new round of talks on Monday.",
    "met_final": "Ostravia met Valdoria in the World Cup final on Monday.",
    "meet_semi": "Ostravia will meet Norland in the semi-final on Friday.",
    # 8. allies that fight a common ill
    "clashed": "Ostravia and Valdoria clashed on Monday.",
    "joined_forces": "Ostravia and Valdoria joined forces to fight smuggling.",
    "fighting_corruption": "Ostravia and Valdoria are fighting corruption together.",
    # 9. a former member
    "member": "Valdoria, a member of the Northern Pact, voted on Monday.",
    "former_member": "Valdoria, a former member of the Northern Pact, left in 2015.",
    # 10. a rumour
    "said_he_met": "Tor Ashby said he had met Lina Varo in secret.",
    "is_said_to": "Tor Ashby is said to have met Lina Varo in secret.",
    "is_reported_to": "Valdoria is reported to have signed a deal with Ostravia.",
    # 11. sides that agree on little
    "agreed_on": "Ostravia and Valdoria agreed on a ceasefire on Monday.",
    "agree_on_little": "Ostravia and Valdoria agree on little, analysts said.",
    "agreed_on_nothing": "Ostravia and Valdoria agreed on nothing at the summit on Monday.",
    # 12. contests without arms
    "offensive": "Ostravia launched an offensive against Valdoria on Monday.",
    "war_between": "The war between Ostravia and Valdoria entered its third year.",
    "trade_war": "Ostravia launched a trade war against Valdoria on Monday.",
    "price_war": "Valdor Energy launched a price war in Ostravia.",
    "diplomatic_offensive": "Ostravia launched a diplomatic offensive against Valdoria on Monday.",
    "trade_war_between": "The trade war between Ostravia and Valdoria entered its third year.",
    "legal_battle": "Ostravia and Valdoria are locked in a legal battle over the dam.",
    # 13. a milestone of an ongoing event
    "war_began": "The war between Ostravia and Valdoria began on Monday.",
    "war_third_year": "The war between Ostravia and Valdoria entered its third year on Monday.",
    "invasion_second_month": "Ostravia's invasion of Valdoria entered its second month on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article (published 2030-09-03), all drafted
    in one run with :data:`REGISTRY`."""
    return drafted_with_registry(tmp_path_factory.mktemp("r49b"), ARTICLES, REGISTRY)


def _sanctions(drafts, name: str, kind: str = "Sanction") -> list[tuple]:
    """(target, modality) of each claim of ``kind`` drafted from ``name``."""
    return [(c.get("target"), c.get("modality", "asserted")) for c in of(drafts[name], kind)]


# -- 1. sanctions and tariffs weighed or turned down ---------------------------------------------


def test_sanctions_imposed_or_in_force_are_still_drafted(drafts):
    assert [(c.get("authority"), c.get("target")) for c in of(drafts["imposed"], "Sanction")] == [("norland", "ostravia")]
    for name in ("have_hurt", "not_ruled_out", "discussed_the"):
        assert [t for t, _ in _sanctions(drafts, name)] == ["ostravia"], name


def test_sanctions_or_tariffs_weighed_ruled_out_or_voted_down_are_none(drafts):
    for name in ("weighing", "mulling", "ruled_out", "debated", "voted_against"):
        assert _sanctions(drafts, name) == [], name
    for name in ("tariffs_ruled_out", "tariffs_studied"):
        assert _sanctions(drafts, name, "Tariff") == [], name
    # the vote itself is still drafted
    assert [c.get("votingBody") for c in of(drafts["voted_against"], "Vote")] == ["parliament-of-norland"]


# -- 2. sanctions pressed for or warned of -------------------------------------------------------


def test_sanctions_pushed_for_are_requested_and_warned_of_are_planned(drafts):
    assert _sanctions(drafts, "pushed_for") == [("valdoria", "requested")]
    assert [c.get("said_by") for c in of(drafts["pushed_for"], "Sanction")] == ["lina-varo"]
    assert of(drafts["pushed_for"], "Appeal"), drafts["pushed_for"]
    assert _sanctions(drafts, "warned_of") == [("ostravia", "planned")]


# -- 3. another's act foreseen -------------------------------------------------------------------


def test_an_act_others_expect_is_planned_and_an_expected_accusation_is_none(drafts):
    assert [c.get("modality", "asserted") for c in of(drafts["met"], "Meeting")] == ["asserted"]
    assert [(sorted(c["participant"]), c.get("modality")) for c in of(drafts["expect_meet"], "Meeting")] == [
        (["lina-varo", "tor-ashby"], "planned")]
    assert _sanctions(drafts, "expect_impose") == [("ostravia", "planned")]
    assert [c.get("about") for c in of(drafts["accused"], "Accusation")] == ["valdoria"]
    assert of(drafts["expect_accuse"], "Accusation") == []
    assert of(drafts["expect_reject"], "Rejection") == []


# -- 4. a deal that talks are about --------------------------------------------------------------


def test_a_deal_talks_are_about_is_no_agreement(drafts):
    assert [(sorted(c["party"]), c.get("status")) for c in of(drafts["deal_signed"], "Agreement")] == [
        (["ostravia", "valdoria"], "signed")]
    for name in ("talks_on_deal", "negotiations_over", "hopes_for"):
        assert of(drafts[name], "Agreement") == [], name


# -- 5. an office sought -------------------------------------------------------------------------


def _posts(drafts, name: str) -> list[tuple]:
    """(holder, positionOf, position, status) of each PositionHeld drafted from ``name``."""
    return [(c["holder"], c.get("positionOf"), c["position"], c.get("status")) for c in of(drafts[name], "PositionHeld")]


def test_a_nominee_candidate_or_would_be_holder_of_an_office_holds_none(drafts):
    assert _posts(drafts, "prime_minister") == [("tor-ashby", "valdoria", "head of government", None)]
    assert _posts(drafts, "minister_for") == [("ines-moro", "norland", "minister", None)]
    assert _posts(drafts, "president_of") == [("tor-ashby", "valdoria", "head of state", None)]
    for name in ("nominee_for", "candidate_for", "would_be", "would_be_title", "aspiring"):
        assert _posts(drafts, name) == [], name


def test_the_teller_after_a_reported_clause_holds_no_office_the_clause_names(drafts):
    for name in ("ambassador_said", "minister_told"):
        assert _posts(drafts, name) == [], name
    # the reported clause after the verb leaves the name an apposition to the title
    assert _posts(drafts, "president_said_that") == [("tor-ashby", "valdoria", "head of state", None)]


def test_the_late_or_ousted_holder_of_an_office_held_it_no_longer(drafts):
    for name in ("late", "ousted"):
        assert _posts(drafts, name) == [("tor-ashby", "valdoria", "head of state", "ended")], name


# -- 6. a price charged --------------------------------------------------------------------------


def test_a_price_charged_is_no_charge_in_law(drafts):
    assert [(c["target"], c["actionType"]) for c in of(drafts["charged"], "LegalAction")] == [("lina-varo", "charge")]
    assert [(c["target"], c.get("charge")) for c in of(drafts["charged_with"], "LegalAction")] == [("tor-ashby", "fraud")]
    for name in ("charged_price", "charged_fee"):
        assert of(drafts[name], "LegalAction") == [], name


# -- 7. teams that meet --------------------------------------------------------------------------


def test_teams_meeting_in_a_final_hold_no_meeting(drafts):
    for name in ("met_session", "met_round"):
        assert [sorted(c["participant"]) for c in of(drafts[name], "Meeting")] == [["lina-varo", "tor-ashby"]], name
    for name in ("met_final", "meet_semi"):
        assert of(drafts[name], "Meeting") == [], name


# -- 8. allies that fight a common ill -----------------------------------------------------------


def test_allies_fighting_a_common_ill_are_at_no_war(drafts):
    assert [sorted(c["participant"]) for c in of(drafts["clashed"], "ArmedConflict")] == [["ostravia", "valdoria"]]
    for name in ("joined_forces", "fighting_corruption"):
        assert of(drafts[name], "ArmedConflict") == [], name


# -- 9. a former member --------------------------------------------------------------------------


def test_a_former_member_is_a_membership_ended(drafts):
    assert [(c["member"], c["memberOf"], c.get("status")) for c in of(drafts["member"], "Membership")] == [
        ("valdoria", "northern-pact", None)]
    assert [(c["member"], c["memberOf"], c.get("status")) for c in of(drafts["former_member"], "Membership")] == [
        ("valdoria", "northern-pact", "ended")]


# -- 10. a rumour --------------------------------------------------------------------------------


def test_what_one_is_said_to_have_done_is_hedged_and_said_by_no_one_named(drafts):
    assert [(c.get("modality"), c.get("said_by")) for c in of(drafts["said_he_met"], "Meeting")] == [
        ("reported", "tor-ashby")]
    for name, kind in (("is_said_to", "Meeting"), ("is_reported_to", "Agreement")):
        claims = of(drafts[name], kind)
        assert [(c.get("modality"), c.get("said_by"), c.get("hedged")) for c in claims] == [(None, None, True)], name


# -- 11. sides that agree on little --------------------------------------------------------------


def test_sides_that_agree_on_little_settle_nothing(drafts):
    assert [c.get("subject") for c in of(drafts["agreed_on"], "Agreement")] == ["a ceasefire"]
    for name in ("agree_on_little", "agreed_on_nothing"):
        assert of(drafts[name], "Agreement") == [], name


# -- 12. contests without arms -------------------------------------------------------------------


def test_a_trade_war_or_a_diplomatic_offensive_uses_no_force(drafts):
    assert [(c["perpetrator"], c["target"]) for c in of(drafts["offensive"], "Invasion")] == [("ostravia", "valdoria")]
    assert [sorted(c["participant"]) for c in of(drafts["war_between"], "ArmedConflict")] == [["ostravia", "valdoria"]]
    for name in ("trade_war", "price_war", "diplomatic_offensive", "trade_war_between", "legal_battle"):
        assert of(drafts[name], "Invasion") == of(drafts[name], "ArmedConflict") == [], name


# -- 13. a milestone of an ongoing event ---------------------------------------------------------


def test_a_war_entering_its_third_year_is_not_dated_by_that_day(drafts):
    assert [c.get("date") for c in of(drafts["war_began"], "ArmedConflict")] == ["2030-09-02"]
    assert [(sorted(c["participant"]), c.get("date")) for c in of(drafts["war_third_year"], "ArmedConflict")] == [
        (["ostravia", "valdoria"], None)]
    assert [(c["perpetrator"], c.get("date")) for c in of(drafts["invasion_second_month"], "Invasion")] == [
        ("ostravia", None)]
