"""Rule set 42 (support pledged in money), through the real ``kg extract`` command on
small articles written for these tests and read with the development set's registry (one
run for all, a module-scoped fixture). Each form is checked for what it drafts and for
what it must not:

- a sum pledged, promised or provided ("Norway pledged 200 million euros to Ukraine",
  "Japan would provide $4.5 billion to Ukraine"): a Support with the sum as ``value``,
  ``status: promised`` for a pledge; the gapped clauses of a donors' conference
  ("..., France 110 million euros and Germany 244 million euros") are pledges of their
  own, and a pledge that names no recipient goes to the one state the article's aid is
  for; none for a sum that is an investment or a loan by name, for arms pledged (a
  transfer, not money), for a person named as recipient, nor for a pledge with no
  recipient when the article's aid is for two states.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # money pledged
    "pledged_to": "Norway pledged 200 million euros to Ukraine on Monday.",
    "would_provide": "The prime minister said Canada would provide $4.5 billion to Ukraine this year.",
    "conference": ("Donors promised more than 2 billion euros in aid for Egypt at a meeting in Paris on Monday.\n\n"
                   "The European Union pledged 350 million euros, France 110 million euros and Germany 244 million "
                   "euros. The United States pledged $147 million and Britain $110 million."),
    "two_recipients": ("Donors promised aid for Egypt and Ethiopia at a meeting in Paris on Monday.\n\n"
                       "France pledged 110 million euros."),
    # look-alikes
    "investment": "Qatar pledged $1 billion in investment in Egypt.",
    "loan_named": "China promised a $2 billion loan to Pakistan.",
    "arms": "Norway promised 20 tanks to Ukraine.",
    "person": "Norway pledged 200 million euros to Volodymyr Zelensky.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r42a"), ARTICLES, "--entities", REGISTRY)
    return found


def _supports(claims) -> list[tuple]:
    return sorted((c["supporter"], c["supported"], c.get("value"), c.get("status"))
                  for c in of(claims, "Support") if "value" in c)


def test_a_sum_pledged_or_provided_is_support(drafts):
    assert _supports(drafts["pledged_to"]) == [("norway", "ukraine", "200 million euros", "promised")]
    assert _supports(drafts["would_provide"]) == [("canada", "ukraine", "USD 4.5 billion", None)]


def test_gapped_pledges_go_where_the_articles_aid_goes(drafts):
    assert _supports(drafts["conference"]) == [
        ("european-union", "egypt", "350 million euros", "promised"),
        ("france", "egypt", "110 million euros", "promised"),
        ("germany", "egypt", "244 million euros", "promised"),
        ("united-kingdom", "egypt", "USD 110 million", "promised"),
        ("united-states", "egypt", "USD 147 million", "promised"),
    ]


def test_no_recipient_is_guessed_among_two(drafts):
    assert _supports(drafts["two_recipients"]) == []


def test_investments_loans_arms_and_people_are_no_pledged_sum(drafts):
    assert _supports(drafts["investment"]) == []
    assert _supports(drafts["loan_named"]) == []
    assert of(drafts["arms"], "Support") == []
    assert _supports(drafts["person"]) == []
