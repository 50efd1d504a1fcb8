"""Rule set 42 (what a speaker reports drafted as that fact, not as a bare statement beside
it), through the real ``kg extract`` command on small articles written for these tests and
read with the development set's registry (one run for all, a module-scoped fixture). Each
form is checked for what it drafts and for what it must not:

- a fact a speaker denies, plans or alleges in its reported words is that fact's claim (its
  modality and ``said_by``): no bare Statement of the same words beside it, as for a fact
  reported done; a denial of no fact drafted stays the speaker's statement;
- a label given with 'called X a Y' keeps a phrase with 'for' after it ("called the vote a
  disgrace for the world body"): a Characterisation of the fact told before; an appeal
  ("called for talks", "called on X to ...") gives none.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # a fact denied in the words of a speaker who goes on to say more
    "denied_and_said": "Tor Ashby was detained in Lima on Monday. Chile denied that Santiago had any role in his "
                       "detention and said it had begun investigating how he was taken from the country.",
    "denied_nothing_drafted": "Chile denied that it had any role in the crisis and said it had begun investigating "
                              "how the talks failed.",
    "said_weather": "Chile said the weather was fine.",
    # a label with 'for' after it
    "disgrace_for": "The UN General Assembly adopted a resolution on Monday. Tor Ashby called the vote "
                    "\"a mark of disgrace\" for the world body.",
    "victory_for": "The UN General Assembly adopted a resolution on Monday. Chile called the vote a victory for "
                   "democracy.",
    "called_for_talks": "The UN General Assembly adopted a resolution on Monday. Chile called for talks with Peru.",
    "called_on": "The UN General Assembly adopted a resolution on Monday. Chile called on Peru to release the prisoners.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r42e"), ARTICLES, "--entities", REGISTRY)
    return found


def test_a_denied_fact_is_the_claim_of_the_words_that_deny_it(drafts):
    claims = drafts["denied_and_said"]
    denied = [c for c in of(claims, "Detention") if c.get("modality") == "denied"]
    assert [(c["target"], c["said_by"]) for c in denied] == [("tor-ashby", "chile")]
    assert of(claims, "Statement") == []


def test_a_denial_of_no_drafted_fact_stays_a_statement(drafts):
    [statement] = of(drafts["denied_nothing_drafted"], "Statement")
    assert statement["said_by"] == "chile"
    [weather] = of(drafts["said_weather"], "Statement")
    assert weather["said_by"] == "chile"


def test_a_label_keeps_a_phrase_with_for_after_it(drafts):
    [vote] = of(drafts["disgrace_for"], "Vote")
    [label] = of(drafts["disgrace_for"], "Characterisation")
    assert (label["category"], label["characterised"], label["said_by"]) == ("mark of disgrace", vote["fact"], "tor-ashby")
    assert of(drafts["disgrace_for"], "Statement") == []
    [victory] = of(drafts["victory_for"], "Characterisation")
    assert victory["said_by"] == "chile" and victory["category"].startswith("victory")


def test_an_appeal_gives_no_label(drafts):
    assert of(drafts["called_for_talks"], "Characterisation") == []
    assert of(drafts["called_on"], "Characterisation") == []
    assert of(drafts["called_for_talks"], "Appeal") != []
