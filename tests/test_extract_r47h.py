"""Rule set 47, part h: the office and the roles a draft gives, through the real ``kg
extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture, with a corpus registry naming an invented party, state firm and electoral council),
each beside look-alikes that must not change:

- who heads or leads a political party, or is "the party's president", is its party
  leader; who heads a firm is its head, and the party's vice-president no leader;
- who chairs a state firm chairs its board;
- the president or chair of an international council or a legislature is its presiding
  officer (a state's electoral council's its head), the chair of a commission its
  commission president;
- a chancellor in London is a minister, one in Berlin the head of government;
- "Chile suggested that Peru was to blame" is Chile's accusation of Peru; with no one
  saying it, "Peru was to blame" is nobody's accusation.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_in_corpus
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The corpus registry of the run: an invented party, state-owned firm and electoral council.
ENTITIES = """\
- {id: chile, type: State, label: Chile}
- {id: green-dawn, type: Organisation, label: Green Dawn, of: chile, description: Chilean political party}
- {id: vell-petroleum, type: StateCompany, label: Vell Petroleum, of: chile}
- {id: chile-electoral-council, type: Organisation, label: National Electoral Council, of: chile}
"""

ARTICLES = {
    # 1. a party's head, a firm's head, a party's deputy
    "party_heads": "Lina Varo, who heads Green Dawn, said on Monday that the vote would go ahead.",
    "party_leads": "Lina Varo, who leads Green Dawn, said on Monday that the vote would go ahead.",
    "party_president": ("Green Dawn held a rally in Lima on Monday. Tor Ashby, the party's president, said the "
                        "vote would go ahead."),
    "party_vice": ("Green Dawn held a rally in Lima on Monday. Tor Ashby, the party's vice-president, said the "
                   "vote would go ahead."),
    "firm_heads": "Vell Petroleum, headed by Tor Ashby, said on Monday it would cut output.",
    # 2. a state firm's chair
    "firm_chair": "Vell Petroleum, chaired by Tor Ashby, said on Monday it would cut output.",
    # 3. the chair of a council of states, a state's council, a legislature, a commission
    "council": "European Council President Tor Ashby said on Monday that the summit would go ahead.",
    "electoral_council": ("Tor Ashby, the president of the National Electoral Council, said on Monday that the "
                          "vote would go ahead."),
    "assembly": ("Tor Ashby, the chairman of Peru's National Assembly, said on Monday that the vote would go "
                 "ahead."),
    "commission_chair": ("Tor Ashby, the chairperson of the African Union Commission, said on Monday that the "
                         "summit would go ahead."),
    "commission_president": ("European Commission President Tor Ashby said on Monday that the summit would go "
                             "ahead."),
    # 4. a chancellor in London, one in Berlin
    "london": ("LONDON, March 4 (Reuters) - Britain will raise taxes on banks, Chancellor Tor Ashby said on "
               "Monday. The British government said the money would go to hospitals."),
    "berlin": ("BERLIN, March 4 (Reuters) - Germany will raise taxes on banks, Chancellor Tor Ashby said on "
               "Monday. The German government said the money would go to hospitals."),
    # 5. who is to blame, said by someone, by no one; the verb's own accuser
    "to_blame": "Chile suggested on Monday that Peru was to blame for the war.",
    "to_blame_unsaid": "Peru was to blame for the war, according to the report.",
    "blamed": "Chile blamed Peru for the war on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from each article (none when no draft was written), in
    one ``kg extract`` run with the corpus registry :data:`ENTITIES`."""
    found = drafted_in_corpus(tmp_path_factory.mktemp("r47h"), ARTICLES, ENTITIES, "2031-03-05")
    return {name: draft["claims"] for name, draft in found.items()}


def _posts(drafts, name) -> dict[str, dict]:
    """holder id -> the PositionHeld drafted from article ``name``."""
    return {c["holder"]: c for c in of(drafts[name], "PositionHeld")}


@pytest.mark.parametrize("name, holder, body, position", [
    ("party_heads", "lina-varo", "green-dawn", "party leader"),
    ("party_leads", "lina-varo", "green-dawn", "party leader"),
    ("party_president", "tor-ashby", "green-dawn", "party leader"),
    ("firm_heads", "tor-ashby", "vell-petroleum", "head of organisation"),
    ("firm_chair", "tor-ashby", "vell-petroleum", "board chair"),
    ("council", "tor-ashby", "european-council", "presiding officer"),
    ("electoral_council", "tor-ashby", "chile-electoral-council", "head of organisation"),
    ("assembly", "tor-ashby", "national-assembly-of-peru", "presiding officer"),
    ("commission_chair", "tor-ashby", "african-union-commission", "commission president"),
    ("commission_president", "tor-ashby", "european-commission", "commission president"),
    ("london", "tor-ashby", "united-kingdom", "minister"),
    ("berlin", "tor-ashby", "germany", "head of government"),
])
def test_an_office_takes_the_position_its_body_gives(drafts, name, holder, body, position):
    post = _posts(drafts, name)[holder]
    assert (post["positionOf"], post["position"]) == (body, position), post


def test_a_partys_vice_president_is_no_party_leader(drafts):
    assert not [p for p in of(drafts["party_vice"], "PositionHeld") if p["position"] == "party leader"], \
        drafts["party_vice"]


@pytest.mark.parametrize("name", ["to_blame", "blamed"])
def test_who_is_to_blame_is_accused_by_who_says_it(drafts, name):
    [accusation] = of(drafts[name], "Accusation")
    assert (accusation["speaker"], accusation["about"]) == ("chile", "peru"), accusation


def test_who_is_to_blame_with_no_one_saying_it_accuses_no_one(drafts):
    assert not of(drafts["to_blame_unsaid"], "Accusation"), drafts["to_blame_unsaid"]
