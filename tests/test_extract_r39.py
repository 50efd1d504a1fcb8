"""Rule set 39, through the real ``kg extract`` command on small articles written for
these tests and read with the development set's registry (one run for all, a
module-scoped fixture). Each form is checked for what it drafts and for what it must not:

- occupations: an analyst, researcher, fellow, professor or correspondent of a named body
  is an Occupation with that body as ``employer`` (corpus/CLAIMS.md), no PositionHeld; a
  place after 'from' employs no one, and an expert of no named body is no fact;
- 'the two sides' opening a sentence after one that names two bodies and no state are
  those bodies, not the two states the article names most;
- assets frozen 'in' a place: the place is no target of the freeze;
- a fact whose noun the clause calls untrue ("the attacks ... are fabricated") is a
  denial, not drafted as told;
- counted sanction targets tied to a named body ("four targets linked to Hamas") stand
  for that body; a place they are in is none;
- a complaint lodged with an organisation is a LegalAction before it (``forum``), its
  target the one actor named in what it is about; with no target, or no organisation,
  nothing.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # occupations
    "analyst_at": "Tor Ashby, an analyst at Port Vale University, said the talks had stalled.",
    "professor_at": "Lina Varo, a professor at Port Vale University, said the deal was weak.",
    "correspondent_for": "Mira Sandel, a correspondent for Al Jazeera, said the vote was close.",
    "expert_from_state": "Piet Olander, an expert from Norway, said the talks had stalled.",
    "expert_alone": "Piet Olander, an expert, said the talks had stalled.",
    "minister_of": "Peru's foreign minister, Tor Ashby, said the talks had stalled.",
    # the two sides
    "two_bodies": "Peru and Chile held talks in Lima in June. The Democratic Alliance won the vote on Sunday, "
                  "while the Labour Party came second. The two sides signed their coalition agreement on Monday.",
    "two_states": "Peru and Chile held talks in Lima in June. The two sides signed an agreement on Monday.",
    # frozen in a place
    "frozen_in": "The summit promised Peru $50 billion, paid for with the profits of Central Bank of Russia "
                 "assets frozen in Chile.",
    # untrue
    "called_fabricated": '"The so-called attacks by Peru against Chile are completely fabricated," the embassy said.',
    "attack_told": "Peru launched attacks against Chile on Monday.",
    # counted targets tied to a body
    "linked_to": "Peru announced sanctions on four targets linked to Hamas on Tuesday.",
    "tied_to": "Peru imposed an asset freeze on 11 individuals tied to Hamas.",
    "in_place": "Peru imposed sanctions on four targets in Chile on Tuesday.",
    # complaints before an organisation
    "complaint_with": "Chile lodged a complaint with the European Union over the Peruvian tariffs on Thursday.",
    "complaint_compound": "Chile filed a separate NATO complaint on March 4 over the earlier Peruvian tariffs.",
    "complaint_no_target": "Chile lodged a complaint with the European Union on Thursday.",
    "complaint_with_police": "Chile filed a complaint with the police in Lima over Peru's tariffs.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r39"), ARTICLES, "--entities", REGISTRY)
    return found


def _jobs(claims) -> list[tuple]:
    """(person, occupation, employer) of each drafted Occupation, sorted."""
    return sorted((c["person"], c["occupation"], c.get("employer")) for c in of(claims, "Occupation"))


# -- occupations ------------------------------------------------------------------------------------


def test_an_employee_of_a_named_body_is_an_occupation_with_its_employer(drafts):
    assert _jobs(drafts["analyst_at"]) == [("tor-ashby", "analyst", "port-vale-university")]
    assert _jobs(drafts["professor_at"]) == [("lina-varo", "professor", "port-vale-university")]
    assert _jobs(drafts["correspondent_for"]) == [("mira-sandel", "correspondent", "al-jazeera")]
    for case in ("analyst_at", "professor_at", "correspondent_for"):
        assert of(drafts[case], "PositionHeld") == []


def test_a_place_employs_no_one_and_an_expert_alone_is_no_fact(drafts):
    assert _jobs(drafts["expert_from_state"]) == []
    assert _jobs(drafts["expert_alone"]) == []


def test_a_minister_stays_a_position_held(drafts):
    assert _jobs(drafts["minister_of"]) == []
    assert [(c["holder"], c["positionOf"]) for c in of(drafts["minister_of"], "PositionHeld")] == [("tor-ashby", "peru")]


# -- the two sides ------------------------------------------------------------------------------------


def test_the_two_sides_after_two_bodies_are_those_bodies(drafts):
    assert [sorted(c["party"]) for c in of(drafts["two_bodies"], "Agreement")] == \
        [["democratic-alliance", "labour-party-uk"]]
    assert [sorted(c["party"]) for c in of(drafts["two_states"], "Agreement")] == [["chile", "peru"]]


# -- frozen in a place ------------------------------------------------------------------------------


def test_assets_frozen_in_a_place_do_not_make_it_a_target(drafts):
    targets = [c["target"] for c in of(drafts["frozen_in"], "Sanction")]
    assert targets == ["central-bank-of-russia"]


# -- untrue ---------------------------------------------------------------------------------------------


def test_a_fact_the_clause_calls_fabricated_is_not_drafted(drafts):
    assert of(drafts["called_fabricated"], "Attack") == []
    assert [(c["perpetrator"], c["target"]) for c in of(drafts["attack_told"], "Attack")] == [("peru", "chile")]


# -- counted targets tied to a body ---------------------------------------------------------------------


def test_counted_targets_tied_to_a_body_stand_for_it(drafts):
    [linked] = of(drafts["linked_to"], "Sanction")
    assert (linked["authority"], linked["target"]) == ("peru", {"actor": "4 unnamed targets", "for": "hamas"})
    [tied] = of(drafts["tied_to"], "Sanction")
    assert (tied["authority"], tied["target"]) == ("peru", {"actor": "11 unnamed individuals", "for": "hamas"})
    assert all(not isinstance(c["target"], dict) or c["target"].get("for") != "chile"
               for c in of(drafts["in_place"], "Sanction"))


# -- complaints before an organisation ----------------------------------------------------------------


def _cases(claims) -> list[tuple]:
    """(initiator, forum, target) of each drafted LegalAction, sorted."""
    return sorted((c.get("initiator"), c.get("forum"), c.get("target")) for c in of(claims, "LegalAction"))


def test_a_complaint_lodged_with_an_organisation_is_a_case_before_it(drafts):
    assert _cases(drafts["complaint_with"]) == [("chile", "european-union", "peru")]
    assert _cases(drafts["complaint_compound"]) == [("chile", "nato", "peru")]


def test_a_complaint_with_no_target_or_no_organisation_is_no_case(drafts):
    assert _cases(drafts["complaint_no_target"]) == []
    assert _cases(drafts["complaint_with_police"]) == []
