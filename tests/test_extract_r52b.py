"""Rule set 52, part b: a deal's details an unnamed source tells, reactions to a decision
told before and a silence the article observes, drafted through the real ``kg extract``
command on small articles written for these tests (one run for all, a module-scoped
fixture, with a small registry of invented cities), each beside look-alikes that must
draft nothing of the kind:

- "the agreement was signed by Peruvian and Chilean officials in Lima in June": an
  Agreement of both states, status signed, its place the city and its month; one
  demonym ("by Peruvian officials") names one party and drafts no agreement, and a
  letter so signed is no agreement;
- "A Chilean official, speaking on condition of anonymity, said ...": the unnamed
  official speaks for the state its demonym names (``said_by: {actor, of}``);
- "X said it regretted the ruling", "X regrets the decision": a Displeasure of X about
  the decided act told before (CAMEO 110); a regret of one's own words, or denied, is none;
- "Bolivia criticised the decision": a Criticism about the act told before; with no act
  told before, it stays about nothing;
- "X did not comment immediately": a silence the article observes (asserted, negative),
  not X's own words; "did not respond to the sanctions" stays X's reported reaction.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_cases, dump_yaml
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = [
    {"id": "peru", "type": "State", "label": "Peru"},
    {"id": "chile", "type": "State", "label": "Chile"},
    {"id": "bolivia", "type": "State", "label": "Bolivia"},
    {"id": "lima", "type": "City", "label": "Lima", "of": "peru"},
    {"id": "arica", "type": "City", "label": "Arica", "of": "chile"},
]

CASES = {
    "signed_by_officials": ("A Chilean official, speaking on condition of anonymity, said the agreement was signed "
                            "by Peruvian and Chilean officials in Arica in June."),
    "signed_in_city": "Peru and Chile signed the agreement in Lima in March.",
    "signed_by_one": "The agreement was signed by Peruvian officials in Lima in June.",
    "letter_signed": "The letter was signed by Peruvian and Chilean officials in Lima in June.",
    "officials_said": "Chilean officials said Peru would close the border.",
    "regretted_ruling": ("Chile imposed sanctions on Peru on Monday. Peru's foreign ministry said it regretted the "
                         "decision and would respond."),
    "regrets_decision": "Chile imposed sanctions on Peru on Monday. Peru regrets the decision.",
    "regretted_remarks": "Chile imposed sanctions on Peru on Monday. Peru's president said he regretted his remarks.",
    "not_regretted": "Chile imposed sanctions on Peru on Monday. Peru said it did not regret the decision.",
    "criticised_decision": "Chile imposed sanctions on Peru on Monday. Bolivia criticised the decision.",
    "criticised_nothing_told": "Bolivia criticised the decision.",
    "no_comment": "Chile imposed sanctions on Peru on Monday. The Peruvian government did not comment immediately.",
    "no_answer": "Chile imposed sanctions on Peru on Monday. Peru did not respond to a request for comment.",
    "no_response_to": "Chile imposed sanctions on Peru on Monday. Peru did not respond to the sanctions.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the drafted claims of each case, drafted in one run with the registry."""
    folder = tmp_path_factory.mktemp("r52b")
    registry = dump_yaml(folder / "entities.yaml", REGISTRY)
    found, _ = drafted_cases(folder, CASES, "--entities", registry)
    return found


# -- a deal's details told by an unnamed source ------------------------------------------------

def test_signed_by_officials_of_two_states(drafts):
    deals = of(drafts["signed_by_officials"], "Agreement")
    assert len(deals) == 1, drafts["signed_by_officials"]
    deal = deals[0]
    assert sorted(deal["party"]) == ["chile", "peru"], deal
    assert (deal["status"], deal["place"], deal["date"]) == ("signed", "arica", "2030-06"), deal
    assert deal["modality"] == "reported" and deal["said_by"] == {"actor": "unnamed official", "of": "chile"}, deal


def test_signed_in_a_city_has_its_place(drafts):
    deal, = of(drafts["signed_in_city"], "Agreement")
    assert (deal["status"], deal["place"], deal["date"]) == ("signed", "lima", "2030-03"), deal


@pytest.mark.parametrize("case", ["signed_by_one", "letter_signed"])
def test_one_state_or_no_deal_is_no_agreement(drafts, case):
    assert not of(drafts[case], "Agreement"), drafts[case]


def test_unnamed_officials_speak_for_their_state(drafts):
    said = [c.get("said_by") for c in drafts["officials_said"]]
    assert {"actor": "unnamed officials", "of": "chile"} in said, drafts["officials_said"]


# -- reactions to a decision told before -------------------------------------------------------

def _sanction_id(claims):
    sanction, = of(claims, "Sanction")
    return sanction["fact"]


@pytest.mark.parametrize("case, speaker", [("regretted_ruling", "peru"), ("regrets_decision", "peru")])
def test_a_regret_is_displeasure_about_the_act(drafts, case, speaker):
    claims = drafts[case]
    displeasure, = of(claims, "Displeasure")
    assert displeasure["about"] == _sanction_id(claims), displeasure
    assert displeasure["speaker"] != "chile", displeasure


@pytest.mark.parametrize("case", ["regretted_remarks", "not_regretted"])
def test_a_regret_of_no_act_or_denied_is_no_displeasure(drafts, case):
    assert not of(drafts[case], "Displeasure"), drafts[case]


def test_criticised_the_decision_is_about_the_act_told_before(drafts):
    claims = drafts["criticised_decision"]
    criticism, = of(claims, "Criticism")
    assert criticism["speaker"] == "bolivia" and criticism["about"] == _sanction_id(claims), criticism


def test_criticised_with_no_act_told_names_none(drafts):
    assert all("about" not in c for c in of(drafts["criticised_nothing_told"], "Criticism")), \
        drafts["criticised_nothing_told"]


# -- a silence the article observes ------------------------------------------------------------

@pytest.mark.parametrize("case", ["no_comment", "no_answer"])
def test_no_comment_is_asserted_not_said_by_the_silent(drafts, case):
    silent, = of(drafts[case], "Statement")
    assert silent["polarity"] == "negative" and silent["speaker"] == "peru", silent
    assert "said_by" not in silent and silent.get("modality", "asserted") == "asserted", silent


def test_no_response_to_an_act_stays_reported(drafts):
    reaction, = of(drafts["no_response_to"], "Statement")
    assert reaction.get("said_by") == "peru", reaction
