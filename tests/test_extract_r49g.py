"""Rule set 49, part g: false drafts of sides, headlines and charges, through the real
``kg extract`` command on small invented articles (one run for all, with a registry of
invented states and people), each rule beside look-alikes that must draft nothing or
stay as they were:

- "the two neighbours" (and any counted pair of states) are never a state the article
  names as the go-between of others' talks ("mediated by Kestria", "a truce brokered by
  Kestria"): with the mediator left out, the two sides; with only one side left, no one;
  a state that hosts another's leader is still a side (kg/extract/mentions.py);
- a headline's remark ("Ostravia says it tracked and warned the frigate") keeps its own
  act and fact, never the kind and fact id of the body's other act (kg/extract/engine.py);
- a relative clause after a comma ("nine charges, all of which he denies") is no part
  of the charge or reason drafted from 'on', 'for' or 'over' (kg/extract/facts/common.py).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia, aliases: [Ostravian]}
- {id: valdoria, type: State, label: Valdoria, aliases: [Valdorian]}
- {id: kestria, type: State, label: Kestria, aliases: [Kestrian]}
- {id: tor-ashby, type: Person, label: Tor Ashby, of: valdoria}
- {id: lina-varo, type: Person, label: Lina Varo, of: ostravia}
- {id: dorn, type: City, label: Dorn, of: kestria}
"""

ARTICLES = {
    # 1. the two neighbours
    "mediated": ("Talks between Ostravia and Valdoria in Dorn ended on Monday without a deal, Ostravia said. "
                 "The round, mediated by Kestria, was meant to firm up a truce brokered by Kestria in May after "
                 "the worst fighting between the two neighbours in years."),
    "mediator_and_one_side": ("Kestria mediated talks with Ostravia in Dorn on Monday, Ostravia said. Kestria "
                              "brokered a truce in May after the worst fighting between the two neighbours in years."),
    "unmediated": ("Ostravia and Valdoria agreed on Monday to reopen their border, Ostravia said. Kestria "
                   "welcomed the step, which follows the worst fighting between the two neighbours in years."),
    # 2. a headline's remark
    "headline_remark": ("Ostravia says it tracked and warned the Valdorian frigate\n\n"
                        "A Valdorian frigate sailed along Ostravia's coast on Wednesday. Ostravia's navy said it had "
                        "tracked and warned the ship. Foreign ministry spokesman Lina Varo said Ostravia firmly "
                        "rejected the voyage."),
    # 3. charges
    "charges_denied": ("Tor Ashby remains in prison serving a 12-year sentence on nine corruption charges, "
                       "all of which he denies."),
    "charges_restrictive": "Tor Ashby remains in prison serving a 12-year sentence on charges that he denies.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    folder = tmp_path_factory.mktemp("r49g")
    (folder / "entities.yaml").write_text(REGISTRY, encoding="utf-8")
    return drafted_cases(folder, ARTICLES, "--entities", folder / "entities.yaml")[0]


def _ids(value) -> list:
    return sorted(value if isinstance(value, list) else [value])


# -- 1. the two neighbours ------------------------------------------------------------------------


def test_the_two_neighbours_are_the_two_sides_not_their_mediator(drafts):
    wars = of(drafts["mediated"], "ArmedConflict")
    assert [_ids(w["participant"]) for w in wars] == [["ostravia", "valdoria"]], drafts["mediated"]


def test_a_mediator_with_one_side_makes_no_pair(drafts):
    for c in drafts["mediator_and_one_side"]:
        assert not (c["type"] == "ArmedConflict" and "kestria" in _ids(c.get("participant", []))), c


def test_a_state_that_only_welcomes_a_step_does_not_move_the_pair(drafts):
    wars = of(drafts["unmediated"], "ArmedConflict")
    assert wars and all(_ids(w["participant"]) == ["ostravia", "valdoria"] for w in wars), drafts["unmediated"]


# -- 2. a headline's remark -----------------------------------------------------------------------


def test_a_headline_remark_keeps_its_own_kind_and_fact(drafts):
    claims = drafts["headline_remark"]
    headline = [c for c in claims if c["quote"].startswith("Ostravia says it tracked")]
    body = [c for c in claims if c["type"] == "Rejection" and "firmly rejected" in c["quote"]]
    assert body, claims  # the body's rejection still drafts
    for c in headline:
        assert c["type"] == "Statement", c
        assert c["fact"] not in {b["fact"] for b in body}, (c, body)


# -- 3. charges -----------------------------------------------------------------------------------


def test_a_remark_after_a_comma_is_no_part_of_the_charges(drafts):
    legal = [c for c in of(drafts["charges_denied"], "LegalAction") if "reason" in c]
    assert [c["reason"] for c in legal] == ["nine corruption charges"], drafts["charges_denied"]


def test_a_restrictive_clause_stays_in_the_charges(drafts):
    legal = [c for c in of(drafts["charges_restrictive"], "LegalAction") if "reason" in c]
    assert [c["reason"] for c in legal] == ["charges that he denies"], drafts["charges_restrictive"]
