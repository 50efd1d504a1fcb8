"""Rule set 41 (control that changes hands), through the real ``kg extract`` command on
small articles written for these tests and read with the development set's registry (one
run for all, a module-scoped fixture). Each form is checked for what it drafts and for
what it must not:

- ground handed over ("X handed over P to Y", "P was handed over to Y"): a Control of P
  by the receiver; none for a negated handover, for a thing that is no place, site or
  asset ("handed a letter to Y"), nor for "turned to Y" (no particle of handing);
- ground taken over or taken back ("X took over P", "P, which X said it had taken over",
  "X retook P"): a Control of P by the taker; none for an office taken over ("took over
  the chairmanship").
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # handed over
    "handed_over": "Peru handed over Crimea to Chile on Monday.",
    "handed_over_passive": "Crimea was handed over to Peru last year.",
    "not_handed": "Peru did not hand Crimea to Chile.",
    "letter_handed": "The minister handed a letter to Chile on Monday.",
    "turned_to": "Peru turned to Chile for help.",
    # taken over, taken back
    "took_over": "Chile took over Kharkiv in June.",
    "relative_taken_over": "A convoy left Kharkiv, which Peru said it had taken over.",
    "retook": "Peru retook Crimea in May.",
    "office_taken_over": "Chile took over the chairmanship of the bloc.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r41"), ARTICLES, "--entities", REGISTRY)
    return found


def _controls(claims) -> list[tuple]:
    return sorted((c["controller"], c["controlled"]) for c in of(claims, "Control"))


def test_ground_handed_over_is_controlled_by_the_receiver(drafts):
    assert _controls(drafts["handed_over"]) == [("chile", "crimea")]
    assert _controls(drafts["handed_over_passive"]) == [("peru", "crimea")]


def test_no_control_from_a_negated_handover_a_thing_handed_or_a_turn_to(drafts):
    assert _controls(drafts["not_handed"]) == []
    assert _controls(drafts["letter_handed"]) == []
    assert _controls(drafts["turned_to"]) == []


def test_ground_taken_over_or_back_is_controlled_by_the_taker(drafts):
    assert _controls(drafts["took_over"]) == [("chile", "kharkiv")]
    assert _controls(drafts["relative_taken_over"]) == [("peru", "kharkiv")]
    assert _controls(drafts["retook"]) == [("peru", "crimea")]


def test_an_office_taken_over_is_no_control(drafts):
    assert _controls(drafts["office_taken_over"]) == []
