"""Evaluative, reported and economic kinds, through the real ``kg extract`` command on
small articles written for these tests and read with the development set's registry
(one run for all, a module-scoped fixture). Each form is the general construction of
its kind, checked for what it drafts and for what it must not (no invented
participant, nothing from a look-alike sentence):

- a named group or body described by a noun of its kind (a militia, an agency, a force):
  in apposition ("Hamas, a Palestinian militant group"), before the name ("the rebel
  group M23"), after 'known as'; not a business's trade ("Rosneft,
  a Russian oil company"), a noun owned by someone ("Russia's oil company Rosneft"), a
  bare noun ("Rosneft, the company") nor a counted one;
- a name right after its common noun is the speaker ("the oil company Rosneft
  criticised ...");
- a speaker's label on an accession characterises the membership told before; with none
  told, nothing;
- a price index is a state's figure, and the state of the body that gives a figure is
  its owner ("consumer prices rose 3.7 percent, the ONS said"); not world prices;
- "the sanctions drew criticism from China": China's Criticism of the sanctions told
  before; from no one named, none;
- "gave Peru 15 days / until Friday to return the ship": an Appeal to the one asked;
  "gave Chile a loan to build roads" is none;
- "would voluntarily reduce its production by 500,000 bpd", "announced a cut of 128,000
  barrels per day": the producer's ExecutiveAction with its amount; "cut taxes",
  "reduced its forces" are none;
- "the Iranian-backed group Hamas", "a group backed by Iran", "a Chinese state-backed
  group, Hamas": Support of the backer for the named party; "a plan backed by Peru"
  backs no party;
- "denied that ..." and "denies ever seeking ..." reject no one; "decided to dismiss X"
  is a removal, no rejection; "dismissed X as a puppet" and "rejected the accusations
  by X" stay rejections.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # a group or body described by a noun of its kind
    "body_apposition": "Hamas, a Palestinian militant group, objected.",
    "body_before": "The rebel group M23 objected.",
    "trade_apposition": "Rosneft, a Russian oil company, objected.",
    "trade_before": "The Russian oil company Rosneft objected.",
    "known_as": "Britain blamed the militant group known as Hamas for the attack.",
    "body_owned": "Russia's oil company Rosneft objected.",
    "body_bare": "Rosneft, the company, objected.",
    "body_counted": "Two companies, Rosneft and Lukoil, objected.",
    # close apposition as the speaker
    "close_speaker": "The oil company Rosneft criticised the sanctions.",
    # a label on a fact told before
    "label_accession": "Sweden joined NATO on Monday. Joe Biden called the accession a victory for freedom.",
    "label_nothing_told": "Joe Biden called the accession a victory for freedom.",
    # figures
    "price_index": "Britain faces a slowdown. Consumer prices rose 3.7 percent in March, the Office for National Statistics said.",
    "world_prices": "Britain faces a slowdown. Oil prices rose 5 percent, the Office for National Statistics said.",
    # rejections that are none, and rejections
    "denied_that": "Rosneft denied that its managers had met Tor Ashby.",
    "denies_gerund": "Iran denies ever seeking nuclear weapons.",
    "dismiss_person": "Joe Biden decided to dismiss Tor Ashby.",
    "dismiss_as": "Russia dismissed Tor Ashby as a puppet.",
    "rejected_accusations": "China rejected the accusations by Joe Biden.",
    # reactions met by a thing done
    "drew_criticism": "Peru imposed sanctions on Chile on Monday. The sanctions drew sharp criticism from China.",
    "drew_nobody": "Peru imposed sanctions on Chile on Monday. The sanctions drew sharp criticism.",
    # demands and ultimatums
    "ultimatum_days": "The African Union gave Peru 15 days to return the ship.",
    "ultimatum_until": "Nigeria gave Peru until Friday to reinstate Tor Ashby.",
    "gave_loan": "Peru gave Chile a loan to build roads.",
    # a producer's cut in output
    "cut_production": "Russia said it would voluntarily reduce its production by 500,000 bpd from May.",
    "cut_noun": "Peru announced a cut of 128,000 barrels per day.",
    "cut_taxes": "Peru cut taxes by 5 percent.",
    "cut_forces": "Russia reduced its forces by 5,000 troops.",
    # backing told by a participle
    "backed_hyphen": "The Iranian-backed group Hamas objected.",
    "backed_by": "Hamas, a group backed by Iran, objected.",
    "state_backed": "Britain named a Chinese state-backed group, Hamas.",
    "backed_plan": "A plan backed by Peru failed.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r37b"), ARTICLES, "--entities", REGISTRY)
    return found


def _labels(claims) -> list[tuple]:
    """(characterised, category) of each drafted Characterisation, sorted."""
    return sorted((c["characterised"], c["category"]) for c in of(claims, "Characterisation"))


def test_a_group_or_body_described_by_a_noun_of_its_kind_is_characterised(drafts):
    assert _labels(drafts["body_apposition"]) == [("hamas", "Palestinian militant group")]
    assert _labels(drafts["body_before"]) == [("m23", "rebel group")]
    assert _labels(drafts["known_as"]) == [("hamas", "militant group")]


def test_a_trade_an_owned_bare_or_counted_noun_describes_no_one(drafts):
    for case in ("trade_apposition", "trade_before", "body_owned", "body_bare", "body_counted"):
        assert of(drafts[case], "Characterisation") == [], case


def test_a_name_right_after_its_common_noun_is_the_speaker(drafts):
    [criticism] = of(drafts["close_speaker"], "Criticism")
    assert criticism["speaker"] == "rosneft" and criticism["said_by"] == "rosneft"


def test_a_label_on_an_accession_characterises_the_membership_told_before(drafts):
    [membership] = of(drafts["label_accession"], "Membership")
    [label] = of(drafts["label_accession"], "Characterisation")
    assert (label["characterised"], label["said_by"]) == (membership["fact"], "joe-biden")
    assert "victory for freedom" in label["category"]
    assert of(drafts["label_nothing_told"], "Characterisation") == []


def test_a_price_index_is_the_state_of_the_body_that_gives_it(drafts):
    [figure] = of(drafts["price_index"], "Indicator")
    assert (figure["observationAbout"], figure["changePercent"]) == ("united-kingdom", 3.7)
    # A world price a statistics office cites is no figure of its state (a market's price,
    # of no actor, at most: facts/prices.py).
    world = of(drafts["world_prices"], "Indicator")
    assert world and all("observationAbout" not in f for f in world), world


def test_a_denied_clause_or_a_dismissed_official_is_no_rejection(drafts):
    for case in ("denied_that", "denies_gerund", "dismiss_person"):
        assert of(drafts[case], "Rejection") == [], case
    [dismissed] = of(drafts["dismiss_as"], "Rejection")
    assert (dismissed["speaker"], dismissed["about"]) == ("russia", "tor-ashby")
    [rejected] = of(drafts["rejected_accusations"], "Rejection")
    assert (rejected["speaker"], rejected["about"]) == ("china", "joe-biden")


def test_a_thing_done_that_draws_criticism_from_a_named_actor_is_its_criticism(drafts):
    [sanction] = of(drafts["drew_criticism"], "Sanction")
    [criticism] = of(drafts["drew_criticism"], "Criticism")
    assert (criticism["speaker"], criticism["about"]) == ("china", sanction["fact"])
    assert of(drafts["drew_nobody"], "Criticism") == []


def test_an_ultimatum_is_an_appeal_to_the_one_given_time(drafts):
    for case, speaker, about, subject in (("ultimatum_days", "african-union", "peru", "return the ship"),
                                          ("ultimatum_until", "nigeria", "peru", "reinstate Tor Ashby")):
        [appeal] = of(drafts[case], "Appeal")
        assert (appeal["speaker"], appeal["about"]) == (speaker, about), case
        assert subject in appeal["subject"], case
    assert of(drafts["gave_loan"], "Appeal") == []


def test_a_producer_s_cut_in_output_is_its_executive_action_with_the_rate(drafts):
    [cut] = of(drafts["cut_production"], "ExecutiveAction")
    assert (cut["initiator"], cut["amount"], cut["voluntary"]) == ("russia", "500000 barrels per day", True)
    [cut] = of(drafts["cut_noun"], "ExecutiveAction")
    assert (cut["initiator"], cut["amount"]) == ("peru", "128000 barrels per day")
    for case in ("cut_taxes", "cut_forces"):
        assert of(drafts[case], "ExecutiveAction") == [], case


def test_a_party_told_as_backed_by_another_is_supported_by_it(drafts):
    for case, backer in (("backed_hyphen", "iran"), ("backed_by", "iran"), ("state_backed", "china")):
        [support] = of(drafts[case], "Support")
        assert (support["supporter"], support["supported"]) == (backer, "hamas"), case
    assert of(drafts["backed_plan"], "Support") == []
