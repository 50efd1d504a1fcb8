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
  of the charge or reason drafted from 'on', 'for' or 'over' (kg/extract/facts/common.py);
- an amnesty announced for counted prisoners is a pardon (``LegalAction``,
  ``legalActionKind: pardon``) of the state for them (kg/extract/facts/amnesties.py); one
  urged, or an amnesty of no one counted, is none;
- talks that ended without an agreement are a Meeting with ``endDate``, ``outcome`` and
  place; "Talks" opening a sentence is the common noun and "between A and B's
  government" names both sides (kg/extract/facts/diplomacy.py, kg/extract/pipeline.py);
  talks that began have neither ``endDate`` nor ``outcome``;
- the head of a state's delegation, and a person whose title a demonym opens ("Valdorian
  Harbour Front spokesman X"), are proposed with ``of`` that state; heads of "the
  delegations" and a title with no demonym get none (kg/extract/facts/delegations.py);
- a ceremony held "in the capital, Dorn" takes that city as its place, however the
  parser hangs the name; "in the capital" with no name and no capital known gives none
  (kg/extract/facts/common.py).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_proposals, registry_options
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia, aliases: [Ostravian]}
- {id: valdoria, type: State, label: Valdoria, aliases: [Valdorian]}
- {id: kestria, type: State, label: Kestria, aliases: [Kestrian]}
- {id: tor-ashby, type: Person, label: Tor Ashby, of: valdoria}
- {id: lina-varo, type: Person, label: Lina Varo, of: ostravia}
- {id: dorn, type: City, label: Dorn, of: kestria}
- {id: harbour-front, type: Group, label: Harbour Front, aliases: [the Harbour Front]}
"""

ARTICLES = {
    # 1. the two neighbours
    "mediated": ("Talks between Ostravia and Valdoria in Dorn ended on Monday without a deal, Ostravia said. "
                 "The round, mediated by Kestria, was meant to firm up a truce brokered by Kestria in May after "
                 "the worst fighting between the two neighbours in years."),
    "mediator_and_one_side": ("Kestria mediated talks with Ostravia in Dorn on Monday, Ostravia said. Kestria "
                              "brokered a truce in May after the worst fighting between the two neighbours in years."),
    "unmediated": ("Ostravia and Valdoria agreed on Monday to reopen their border, officials in Ostravia and "
                   "Valdoria said. Kestria welcomed the deal, which came after the worst border fighting between "
                   "the two neighbours in years."),
    # 2. a headline's remark
    "headline_remark": ("Ostravia says it tracked and warned the Valdorian frigate\n\n"
                        "A Valdorian frigate sailed along Ostravia's coast on Wednesday. Ostravia's navy said it had "
                        "tracked and warned the ship. Foreign ministry spokesman Lina Varo said Ostravia firmly "
                        "rejected the voyage."),
    # 3. charges
    "charges_denied": ("Tor Ashby remains in prison serving a 12-year sentence on nine corruption charges, "
                       "all of which he denies."),
    "charges_restrictive": "Tor Ashby remains in prison serving a 12-year sentence on charges that he denies.",
    # 4. amnesties
    "amnesty": "Valdoria's government announced on Monday an amnesty for 1,200 prisoners to mark its national day.",
    "amnesty_urged": "Rights groups urged Valdoria's government to grant an amnesty for political prisoners.",
    "amnesty_law": "Valdoria's parliament passed a tax amnesty law on Monday, the finance ministry said.",
    # 5. talks that ended
    "talks_ended": ("Talks between Ostravia and Valdoria's government in Dorn ended on Monday without an "
                    "agreement on a truce, officials said."),
    "talks_began": "Talks between Ostravia and Valdoria began in Dorn on Monday, officials said.",
    # 6. heads of delegations
    "delegation_heads": ("Ostravia and Valdoria held talks in Dorn on Monday. Ostravia's delegation was led by "
                         "General Adam Novak. The Valdorian side was headed by Maria Keller. Adam Novak said "
                         "the talks were useful. Maria Keller said the talks were hard."),
    # other names than above: one run proposes one entry per name, whatever article gives its state
    "delegations_unowned": ("Ostravia and Valdoria held talks in Dorn on Monday. The delegations were led by "
                            "Pavel Rusk and Elena Brandt. Pavel Rusk said the talks were useful. Elena Brandt "
                            "said the talks were hard."),
    "demonym_title": ("Valdorian Harbour Front spokesman Maria Keller said on Monday the port would stay closed."),
    "title_no_demonym": "Harbour Front spokesman Irena Vasko said on Monday the port would stay closed.",
    # 7. a ceremony's place
    "ceremony_capital": ("Kestria's government held its National Day ceremony in the capital, Dorn, attended by "
                         "about 300 officials."),
    "ceremony_unnamed": "Kestria's government held its National Day ceremony in the capital, attended by 300 officials.",
}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """(name -> drafted claims, name -> proposed entities) of :data:`ARTICLES`, drafted in
    one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r49g")
    return drafted_with_proposals(folder, ARTICLES, *registry_options(folder, REGISTRY))


@pytest.fixture(scope="module")
def drafts(drafted) -> dict[str, list[dict]]:
    return drafted[0]


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


# -- 4. amnesties ---------------------------------------------------------------------------------


def test_an_amnesty_for_counted_prisoners_is_a_pardon_of_the_state(drafts):
    pardons = [c for c in of(drafts["amnesty"], "LegalAction") if c.get("legalActionKind") == "pardon"]
    assert [(c.get("initiator"), c["beneficiary"]) for c in pardons] == [("valdoria", "1200 unnamed prisoners")], \
        drafts["amnesty"]


@pytest.mark.parametrize("name", ["amnesty_urged", "amnesty_law"])
def test_an_amnesty_urged_or_of_no_one_counted_is_no_pardon(drafts, name):
    assert [c for c in of(drafts[name], "LegalAction") if c.get("legalActionKind") == "pardon"] == [], drafts[name]


# -- 5. talks that ended --------------------------------------------------------------------------


def test_talks_that_ended_without_agreement_are_a_meeting_with_its_end_and_outcome(drafts):
    meetings = of(drafts["talks_ended"], "Meeting")
    assert len(meetings) == 1, drafts["talks_ended"]
    m = meetings[0]
    assert _ids(m["participant"]) == ["ostravia", "valdoria"]
    assert m["outcome"] == "no agreement" and m["place"] == "dorn" and m["endDate"] == "2030-09-02"
    assert "date" not in m and m["quote"].endswith("without an agreement on a truce")


def test_talks_that_began_have_no_end_nor_outcome(drafts):
    meetings = of(drafts["talks_began"], "Meeting")
    assert meetings, drafts["talks_began"]
    assert all("outcome" not in m and "endDate" not in m for m in meetings)


# -- 6. heads of delegations ----------------------------------------------------------------------


def test_the_head_of_a_state_s_delegation_is_proposed_of_that_state(drafted):
    proposed = {e["id"]: e for e in drafted[1]["delegation_heads"]}
    assert proposed["adam-novak"].get("of") == "ostravia", proposed
    assert proposed["maria-keller"].get("of") == "valdoria", proposed


def test_heads_of_no_one_state_s_delegation_get_no_state(drafted):
    proposed = {e["id"]: e for e in drafted[1]["delegations_unowned"]}
    assert "pavel-rusk" in proposed and "elena-brandt" in proposed, proposed
    assert "of" not in proposed["pavel-rusk"] and "of" not in proposed["elena-brandt"], proposed


def test_a_title_a_demonym_opens_gives_the_person_that_state(drafted):
    proposed = {e["id"]: e for e in drafted[1]["demonym_title"]}
    assert proposed["maria-keller"].get("of") == "valdoria", proposed


def test_a_title_with_no_demonym_gives_no_state(drafted):
    proposed = {e["id"]: e for e in drafted[1]["title_no_demonym"]}
    assert "irena-vasko" in proposed and "of" not in proposed["irena-vasko"], proposed


# -- 7. a ceremony's place ------------------------------------------------------------------------


def test_a_ceremony_in_the_capital_named_beside_it_takes_that_city(drafts):
    ceremonies = of(drafts["ceremony_capital"], "Ceremony")
    assert [(c.get("host"), c.get("place")) for c in ceremonies] == [("kestria", "dorn")], drafts["ceremony_capital"]


def test_a_ceremony_in_an_unnamed_capital_takes_no_place(drafts):
    ceremonies = of(drafts["ceremony_unnamed"], "Ceremony")
    assert ceremonies and all("place" not in c for c in ceremonies), drafts["ceremony_unnamed"]
