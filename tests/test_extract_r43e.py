"""Rule set 43's rules of exchanges, debt restructurings, mandates, prices and shares held
to what the text tells, through the real ``kg extract`` command on small articles written
for these tests and read with the development set's registry (one run for all, a
module-scoped fixture). Each form is checked beside look-alikes that must draft nothing,
or draft the fact negated where a verb of refusing or failing governs it:

- an exchange of prisoners only talked about ("talks on a prisoner swap ... collapsed"),
  denied ("denied swapping prisoners") or stopped ("stopped exchanging prisoners") is no
  Agreement; one carried out is;
- a restructuring agreement the debtor failed to reach, and a mandate to form a
  government the president refused to give, are drafted with negative polarity;
- a price's move placed in a state by the verb's 'in' or a fronted 'In X,' is the state's
  own figure, not a market price; a move "in early trading" is one;
- a share that no longer holds or that analysts doubt is no Indicator;
- a narrower claim (a DebtRestructuring) displaces a broader one (an Agreement) only when
  the two share their trigger, not because their quotes overlap.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # exchanges of prisoners
    "swapped": "Russia swapped prisoners with Ukraine on Monday.",
    "carried_out": "Russia and Ukraine carried out a prisoner swap on Monday.",
    "took_place": "A prisoner swap between Russia and Ukraine took place on Monday.",
    "talks_on_swap": "Negotiations over a prisoner exchange between Russia and Ukraine broke down on Friday.",
    "denied_swapping": "Moscow denied exchanging prisoners with Ukraine last week.",
    "stopped_swapping": "Russia and Ukraine stopped swapping prisoners in March.",
    # debt restructurings
    "debt_reached": "Ghana reached an agreement with China to restructure $2.4 billion of debt.",
    "debt_failed": "Ghana failed to reach an agreement with China to restructure $2.4 billion of debt.",
    # mandates to form a government
    "mandate_asked": "President Karl Weber asked Herbert Kickl to form a new government.",
    "mandate_refused": "President Karl Weber refused to ask Herbert Kickl to form a new government.",
    "mandate_declined": "President Karl Weber declined to ask Herbert Kickl to form a new government.",
    # market prices
    "price_market": "Brent crude fell 4 percent to $71.20 a barrel on Tuesday.",
    "price_session": "Gold gained 2 percent in early trading on Tuesday.",
    "price_in_state": "Rice prices climbed 18 percent in Bangladesh last month.",
    "price_fronted": "In Kenya, maize prices soared 30 percent on Tuesday.",
    "price_possessor": "Sugar jumped 9 percent in Pakistan's markets.",
    # shares of a whole
    "share_held": "Chile accounts for 24.5 percent of the world's copper output.",
    "share_supplied": "Norway supplies 30 percent of the bloc's gas imports.",
    "share_no_longer": "Chile no longer accounts for 24.5 percent of the world's copper output.",
    "share_doubted": "Economists doubt that Norway supplies 30 percent of the bloc's gas imports.",
    "share_denied": "Officials denied that Norway supplies 30 percent of the bloc's gas imports.",
    # a narrower kind and a broader one in one sentence
    "trade_and_debt": ("Ghana signed a trade agreement with China on Monday and agreed with China to restructure "
                       "$2.4 billion of loans."),
    "debt_agreed": "Ghana agreed with China to restructure $2.4 billion of loans.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r43e"), ARTICLES, "--entities", REGISTRY)
    return found


def _agreements(claims) -> list[tuple]:
    return sorted((tuple(sorted(c["party"])), c.get("status"), c.get("polarity")) for c in of(claims, "Agreement"))


def test_an_exchange_carried_out_is_an_agreement(drafts):
    assert _agreements(drafts["swapped"]) == [(("russia", "ukraine"), "completed", None)]
    assert _agreements(drafts["carried_out"]) == [(("russia", "ukraine"), "completed", None)]
    assert _agreements(drafts["took_place"]) == [(("russia", "ukraine"), None, None)]


def test_an_exchange_talked_of_denied_or_stopped_is_none(drafts):
    for name in ("talks_on_swap", "denied_swapping", "stopped_swapping"):
        assert of(drafts[name], "Agreement") == [], name


def _polarity(claims, kind) -> list:
    return [c.get("polarity") for c in of(claims, kind)]


def test_a_restructuring_the_debtor_failed_to_agree_is_negated(drafts):
    assert [(c["debtor"], c["creditor"], c["value"]) for c in of(drafts["debt_failed"], "DebtRestructuring")] == [
        ("ghana", "china", "USD 2.4 billion")]
    assert _polarity(drafts["debt_failed"], "DebtRestructuring") == ["negative"]
    assert _polarity(drafts["debt_reached"], "DebtRestructuring") == [None]


def test_a_mandate_refused_is_a_negated_appeal(drafts):
    assert [(c["recipient"], c["subject"]) for c in of(drafts["mandate_asked"], "Appeal")] == [
        ("herbert-kickl", "form a new government")]
    assert _polarity(drafts["mandate_asked"], "Appeal") == [None]
    assert _polarity(drafts["mandate_refused"], "Appeal") == ["negative"]
    assert _polarity(drafts["mandate_declined"], "Appeal") == ["negative"]


def _prices(claims) -> list[tuple]:
    return [(c["indicator"], c.get("changePercent")) for c in of(claims, "Indicator") if "observationAbout" not in c]


def test_a_market_price_is_drafted(drafts):
    assert _prices(drafts["price_market"]) == [("Brent crude price", -4)]
    assert _prices(drafts["price_session"]) == [("Gold price", 2)]


def test_a_price_placed_in_a_state_is_no_market_price(drafts):
    for name in ("price_in_state", "price_fronted", "price_possessor"):
        assert _prices(drafts[name]) == [], name


def _shares(claims) -> list[tuple]:
    return [(c["observationAbout"], c["share"], c["shareOf"]) for c in of(claims, "Indicator") if "share" in c]


def test_a_share_of_a_whole_is_drafted_as_its_number(drafts):
    assert _shares(drafts["share_held"]) == [("chile", 24.5, "the world's copper output")]
    assert _shares(drafts["share_supplied"]) == [("norway", 30, "the bloc's gas imports")]
    assert type(_shares(drafts["share_supplied"])[0][1]) is int  # a whole number, written without a fraction


def test_a_share_no_longer_held_or_doubted_is_none(drafts):
    for name in ("share_no_longer", "share_doubted", "share_denied"):
        assert _shares(drafts[name]) == [], name


def test_a_narrower_kind_displaces_only_the_claim_of_its_own_trigger(drafts):
    both = drafts["trade_and_debt"]
    assert _agreements(both) == [(("china", "ghana"), "signed", None)]
    assert [(c["debtor"], c["creditor"]) for c in of(both, "DebtRestructuring")] == [("ghana", "china")]
    # the agreement to restructure is the restructuring itself: no bare Agreement beside it
    assert of(drafts["debt_agreed"], "Agreement") == []
    assert len(of(drafts["debt_agreed"], "DebtRestructuring")) == 1
