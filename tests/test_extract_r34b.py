"""Agreements and the labels speakers give, through the real ``kg extract`` command on
small articles written for these tests and read with the development set's registry
(one run for all, a module-scoped fixture). Each form is checked for what it drafts and
for what it must not (no invented party, nothing from a look-alike sentence):

- agreements: "entered into an agreement with", "came to an agreement", "reached an
  understanding" (not "a better understanding of"), an MoU signed, "agreed terms",
  "signed what X called a historic deal", a headline's "Peru, Chile sign gas deal", a
  letter of intent, "the deal Peru signed with Chile";
- labels: a relative clause of naming after a date ("signed a deal on Monday, which X
  hailed as a milestone"), its pronoun subject standing for the clause's subject ("X
  welcomed the accord, which he called historic"; not a pronoun that does not fit), a
  noun that sums up the clause ("imposed sanctions, a move X called illegal"), an
  adjective after 'as', and a saying between commas ("the sanctions, Peskov said, were
  \"illegal\"").
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of
from test_extract_r33 import _labels

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

DEAL = "Peru and Chile signed a trade deal on Monday. "
SANCTIONS = "The European Union imposed sanctions on Russia on Friday. "
ARTICLES = {
    "entered": "Peru entered into an agreement with Chile on energy.",
    "entered_one": "Peru entered into an agreement on energy.",
    "entered_talks": "Peru entered into talks with Chile on energy.",
    "came_to": "Peru and Chile came to an agreement on fishing quotas.",
    "came_to_not": "Peru came to the defence of Chile.",
    "understanding": "Peru and Chile reached an understanding on the border.",
    "understanding_not": "Peru and Chile reached a better understanding of the risks.",
    "mou": "Peru signed an MoU with Chile.",
    "mou_one": "Peru signed an MoU.",
    "terms": "Peru and Chile have agreed terms for a gas deal.",
    "headline": "Peru, Chile sign gas deal",
    "headline_agree": "Peru, Chile agree to cut tariffs.",
    "headline_not": "Peru, Chile's neighbour, signed a gas deal.",
    "headline_city": "Lima, Peru sign deal.",
    "letter_of_intent": "Peru and Chile signed a letter of intent on lithium.",
    "letter_not": "Peru signed a letter to Chile on lithium.",
    "deal_signed_with": "The deal Peru signed with Chile last year covers gas.",
    "deal_signed_alone": "The deal Peru signed last year covers gas.",
    "what_called_deal": "Peru and Chile signed what Joe Biden called a historic deal on Monday.",
    "what_called_not": "Peru signed what Chile called an illegal decree.",
    "which_after_date": "Peru and Chile signed a trade deal on Monday, which Joe Biden hailed as a milestone.",
    "which_after_date_sanctions": "The European Union imposed sanctions on Russia on Friday, which Moscow called "
                                  "illegal.",
    "which_he": DEAL + "Joe Biden welcomed the accord, which he called historic.",
    "which_he_not": "The European Union imposed sanctions on Russia on Friday, which he called necessary.",
    "a_move": SANCTIONS + 'The measures were agreed in Brussels, a move Dmitry Peskov called "illegal".',
    "a_move_apposition": 'The European Union imposed sanctions on Russia, a move Dmitry Peskov called "illegal".',
    "a_move_adjective": "Peru and Chile signed a trade deal on Monday, a move Joe Biden hailed as historic.",
    "a_move_none_before": "A move Joe Biden hailed as historic was announced.",
    "said_between_commas": SANCTIONS + 'The sanctions, Dmitry Peskov said, were "illegal".',
    "said_between_commas_modal": SANCTIONS + 'The sanctions, Dmitry Peskov said, would be "illegal".',
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r34b"), ARTICLES, "--entities", REGISTRY)
    return found


def _deals(claims) -> list[tuple]:
    return [(sorted(c["party"]), c.get("status")) for c in of(claims, "Agreement")]


# -- agreements ------------------------------------------------------------------------------------


def test_entering_into_or_coming_to_an_agreement_is_one_agreed_by_both(drafts):
    [deal] = of(drafts["entered"], "Agreement")
    assert (sorted(deal["party"]), deal["status"], deal["subject"]) == (["chile", "peru"], "agreed", "energy")
    [deal] = of(drafts["came_to"], "Agreement")
    assert (sorted(deal["party"]), deal["status"], deal["subject"]) == (["chile", "peru"], "agreed", "fishing quotas")
    for name in ("entered_one", "entered_talks", "came_to_not"):
        assert of(drafts[name], "Agreement") == [], name  # one party, talks, a defence: no agreement


def test_an_understanding_reached_is_agreed_a_better_understanding_of_is_not(drafts):
    assert _deals(drafts["understanding"]) == [(["chile", "peru"], "agreed")]
    assert of(drafts["understanding_not"], "Agreement") == []


def test_an_mou_signed_with_another_is_an_agreement_alone_it_is_none(drafts):
    assert _deals(drafts["mou"]) == [(["chile", "peru"], "signed")]
    assert of(drafts["mou_one"], "Agreement") == []


def test_terms_agreed_between_two_are_their_agreement(drafts):
    [deal] = of(drafts["terms"], "Agreement")
    assert sorted(deal["party"]) == ["chile", "peru"] and deal["subject"] == "terms for a gas deal"


def test_a_headline_s_comma_joins_two_parties_a_description_or_a_city_does_not(drafts):
    assert _deals(drafts["headline"]) == [(["chile", "peru"], "signed")]
    assert [sorted(c["party"]) for c in of(drafts["headline_agree"], "Agreement")] == [["chile", "peru"]]
    for name in ("headline_not", "headline_city"):
        assert of(drafts[name], "Agreement") == [], name


def test_a_letter_of_intent_signed_is_an_agreement_a_letter_to_another_is_not(drafts):
    assert _deals(drafts["letter_of_intent"]) == [(["chile", "peru"], "signed")]
    assert of(drafts["letter_not"], "Agreement") == []


def test_the_deal_one_signed_with_another_is_theirs_signed_alone_it_names_one(drafts):
    [deal] = of(drafts["deal_signed_with"], "Agreement")
    assert (sorted(deal["party"]), deal["status"], str(deal["date"])) == (["chile", "peru"], "signed", "2029")
    assert of(drafts["deal_signed_alone"], "Agreement") == []


def test_signing_what_a_speaker_called_a_deal_is_the_deal_and_the_speaker_s_label(drafts):
    assert _deals(drafts["what_called_deal"]) == [(["chile", "peru"], "signed")]
    [(of_deal, category, speaker)] = _labels(drafts["what_called_deal"])
    assert (category, speaker) == ("historic deal", "joe-biden") and of_deal.startswith("agreement-")
    assert of(drafts["what_called_not"], "Agreement") == []  # a decree is no agreement


# -- labels a speaker gives -----------------------------------------------------------------------


def test_a_relative_clause_of_naming_after_a_date_labels_the_clause_s_object(drafts):
    [(of_deal, category, speaker)] = _labels(drafts["which_after_date"])
    assert (category, speaker) == ("a milestone", "joe-biden") and of_deal.startswith("agreement-")
    [(of_sanction, category, speaker)] = _labels(drafts["which_after_date_sanctions"])
    assert (category, speaker) == ("illegal", "government-of-russia") and of_sanction.startswith("sanction-")


def test_the_pronoun_of_a_relative_clause_stands_for_the_clause_s_subject_when_it_fits(drafts):
    [(of_deal, category, speaker)] = _labels(drafts["which_he"])
    assert (category, speaker) == ("historic", "joe-biden") and of_deal.startswith("agreement-")
    assert _labels(drafts["which_he_not"]) == []  # 'he' for the European Union: no speaker guessed


def test_a_move_a_speaker_labels_is_the_fact_told_before_it(drafts):
    for name in ("a_move", "a_move_apposition"):
        [(of_sanction, category, speaker)] = _labels(drafts[name])
        assert (category, speaker) == ("illegal", "dmitry-peskov") and of_sanction.startswith("sanction-"), name
    [(of_deal, category, speaker)] = _labels(drafts["a_move_adjective"])
    assert (category, speaker) == ("historic", "joe-biden") and of_deal.startswith("agreement-")
    assert _labels(drafts["a_move_none_before"]) == []


def test_a_saying_between_commas_reports_the_label_of_the_clause_it_interrupts_unless_a_modal(drafts):
    [(of_sanction, category, speaker)] = _labels(drafts["said_between_commas"])
    assert (category, speaker) == ("illegal", "dmitry-peskov") and of_sanction.startswith("sanction-")
    assert _labels(drafts["said_between_commas_modal"]) == []

