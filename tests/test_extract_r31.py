"""Rule set 31, through the real ``kg extract`` command on small articles written for
these tests and read with the development set's registry (one run for all, a
module-scoped fixture):

- a sentence that tells only a stage of a relation two participants hold one at a time
  (a state's application to join a body, before the sentence of its joining) is a stage
  of that one fact, not a second fact of the same kind; a relation between other
  participants stays its own fact;
- a phrase a headline ends with ("warns of \"countermeasures\"") is taken without the
  paragraph break after it.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    "joined_then_applied": "Finland became a member of NATO on Tuesday. Finland applied to join NATO in May 2022.",
    "two_applicants": "Finland became a member of NATO on Tuesday. Sweden applied to join NATO in May 2022.",
    "headline_threat": 'Finland joins NATO as Kremlin warns of "countermeasures"\n\n'
                       "Finland became a member of NATO on Tuesday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r31"), ARTICLES, "--entities", REGISTRY)
    return found


def test_an_application_to_join_is_a_stage_of_the_membership_told_before(drafts):
    claims = of(drafts["joined_then_applied"], "Membership")
    assert len(claims) == 2, claims
    assert len({c["fact"] for c in claims}) == 1, claims
    assert [c.get("stage", {}).get("status") for c in claims] == [None, "requested"]


def test_an_application_of_another_state_is_its_own_membership(drafts):
    claims = of(drafts["two_applicants"], "Membership")
    assert sorted(c["member"] for c in claims) == ["finland", "sweden"]
    assert len({c["fact"] for c in claims}) == 2


def test_a_headline_s_last_phrase_leaves_the_paragraph_break_out(drafts):
    [threat] = of(drafts["headline_threat"], "Threat")
    assert threat["threatenedAction"] == "countermeasures"
