"""Rule set 47, part c: the main event of an article, through the real ``kg extract`` on
invented sentences, each beside look-alikes that must draft nothing:

- a government nationalising or expropriating a company ("Peru's military government has
  nationalised Vell Mining"): an ExecutiveAction of the state aimed at the company,
  ``actionType: nationalisation``, besides the state's Ownership; an object that is no
  company, or a doer that is no government, drafts no such act;
- an ambassador summoned by a named official ("Chile's Deputy Foreign Minister Ana Ruiz
  summoned Peru's ambassador, Jorge Sala, on Thursday"): one Summons, each side in the
  ``{actor, for}`` form with its own state; two sides summoning "each other's envoys"
  make no fact with both as initiators.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The publication day of every article here, a Wednesday.
DAY = "2030-05-22"
THURSDAY_BEFORE = "2030-05-16"

ARTICLES = {
    # 1. nationalisation
    "nationalised": ("Peru's military government has nationalised Vell Mining, the copper company run by the "
                     "Chilean group Codelco, on Thursday."),
    "expropriated": "Vell Mining was expropriated by Peru in 2029.",
    "not_a_company": "Peru nationalised the debate over mining.",
    "no_doer": "Vell Mining was nationalised last year.",
    "company_doer": "Codelco nationalised Vell Mining.",
    # 2. summonses
    "official": "Chile's Deputy Foreign Minister Ana Ruiz summoned Peru's ambassador Jorge Sala on Thursday.",
    "posted_to": ("Chilean Vice Foreign Minister Ana Ruiz summoned Peru's ambassador to Chile, Jorge Sala, "
                  "on Thursday."),
    "unnamed_envoy": "Peru's Vice Foreign Minister Luis Vega summoned Chile's ambassador.",
    "each_other": "Peru and Chile summoned each other's envoys over the border dispute.",
    "state_summons": "Peru summoned the Chilean ambassador on Monday.",
    "own_envoy": "Chile's minister Ana Ruiz summoned Chile's ambassador Jorge Sala home.",
    "staff": "Ana Ruiz summoned her staff on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run (no claim
    dropped, every quote the article's words: :func:`draft_articles`)."""
    return draft_articles(tmp_path_factory.mktemp("r47c"), ARTICLES, {}, DAY)


def _acts(d) -> list[tuple]:
    return [(c["initiator"], c["target"], c.get("actionType"), c.get("date"))
            for c in of(d["claims"], "ExecutiveAction")]


def _summons(d) -> list[tuple]:
    return [(c["initiator"], c["target"], c.get("date")) for c in of(d["claims"], "Summons")]


# -- 1. a government taking a company ---------------------------------------------------------


def test_a_government_nationalising_a_company_is_its_executive_action(drafts):
    assert _acts(drafts["nationalised"]) == [("peru", "vell-mining", "nationalisation", THURSDAY_BEFORE)]
    assert _acts(drafts["expropriated"]) == [("peru", "vell-mining", "expropriation", "2029")]
    # the state's holding stays drafted beside the act
    assert [(c["owner"], c["owned"]) for c in of(drafts["nationalised"]["claims"], "Ownership")] == [
        ("peru", "vell-mining")]


def test_no_company_taken_or_no_government_taking_drafts_no_nationalisation(drafts):
    for name in ("not_a_company", "no_doer", "company_doer"):
        assert _acts(drafts[name]) == [], name


# -- 2. envoys summoned --------------------------------------------------------------------------


def test_an_official_summoning_an_envoy_gives_each_side_its_own_state(drafts):
    both = ({"actor": "ana-ruiz", "for": "chile"}, {"actor": "jorge-sala", "for": "peru"}, THURSDAY_BEFORE)
    assert _summons(drafts["official"]) == [both]
    # the state an ambassador is posted to is not the one they serve
    assert _summons(drafts["posted_to"]) == [both]
    assert _summons(drafts["unnamed_envoy"]) == [
        ({"actor": "luis-vega", "for": "peru"}, {"actor": "unnamed ambassador", "for": "chile"}, None)]
    # a state summoning an envoy stays as it was
    assert _summons(drafts["state_summons"]) == [
        ("peru", {"actor": "unnamed ambassador", "for": "chile"}, "2030-05-20")]


def test_each_others_envoys_or_ones_own_staff_draft_no_summons(drafts):
    for name in ("each_other", "own_envoy", "staff"):
        assert _summons(drafts[name]) == [], name
