"""Rule set 30 (legal actions, detentions, attacks, executive measures, labels, locations
and figures), through the real ``kg extract`` command, on small articles written for these
tests and read with the development set's registry. All the articles are drafted in one
run (a module-scoped fixture) and each test reads its own article's draft:

- attacks inside a state or on its soil ("carried out strikes inside Peru", "struck
  targets on Chilean soil"); weapons launched at a district of a province: the state named
  beside it is the target, the district where the attack fell;
- detentions told by seizing or jailing a person (not a town seized);
- "the court" read as the one court the article named before (not when it named two);
- orders to a named recipient ("ordered X to close the border"), suspensions from office;
- labels in relative clauses ("a group that Chile describes as ...", "which Peru lists
  as ...") and "called X a Y" as the parser reads it;
- locations from "the Kenyan city of Kisumu" and "the Panjgur district of Pakistan's
  Balochistan province";
- a state's figure named beside the noun ("inflation in Peru"), a level reached ("rose
  to 9 percent") kept as the amount, a change ("by 2 percent") as the change.

Each rule has a case it must draft and a case it must leave alone.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

#: article name -> its text (after a headline); each is drafted as of 2030-09-03 (a Tuesday).
ARTICLES = {
    "inside": "Chile carried out air strikes inside Peru on Monday.",
    "no_target": "Chile carried out air strikes on Monday.",
    "soil": "Peru struck targets on Chilean soil on Monday.",
    "struck_deal": "Peru struck a deal on Chilean copper on Monday.",
    "district": "Chile launched missiles at the Panjgur district of Pakistan's Balochistan province on Monday.",
    "launch_alone": "Chile launched a missile on Monday.",
    "seized_person": "Soldiers seized Kizza Besigye in Kisumu on Monday.",
    "seized_town": "Soldiers seized Kisumu on Monday.",
    "jailed": "Uganda jailed Hajj Obeid Lutale on Monday.",
    "the_court": "Lutale appeared before the Northern Court on Monday. The court remanded him until Friday.",
    "no_court_before": "The court remanded Hajj Obeid Lutale until Friday.",
    "two_courts": "Lutale appeared before the Northern Court and then the Port Vale court on Monday. "
                  "The court remanded him until Friday.",
    "ordered": "Yoweri Museveni ordered Felix Kulayigye to close the border with Kenya.",
    "ordered_inquiry": "Yoweri Museveni ordered an inquiry into the crash.",
    "suspended_from_office": "The Kenyan foreign ministry suspended Martha Karua from office on Monday.",
    "suspended_talks": "Kenya suspended talks with Uganda on Monday.",
    "relative_label": "Jaish al-Adl, a militant group that Chile describes as a terrorist organisation, denied the claim.",
    "relative_no_label": "Jaish al-Adl, a militant group that Chile fought for years, denied the claim.",
    "lists_as": "The Balochistan Liberation Army, which Peru lists as a terrorist group, denied it.",
    "listed": "The Balochistan Liberation Army, which Peru listed on Monday, denied it.",
    "called_a": "Donald Trump called Volodymyr Zelensky a dictator on Wednesday.",
    "called_phone": "Donald Trump called Volodymyr Zelensky on Wednesday.",
    "city_of": "Protesters gathered in the Kenyan city of Kisumu on Monday.",
    "city_of_no_state": "Protesters gathered in the city of Kisumu on Monday.",
    "rose_to": "Inflation in Peru rose to 9 percent in August.",
    "rose_by_to": "Inflation in Peru rose by 2 percent to 9 percent in August.",
    "two_states": "Inflation in Peru and Chile rose to 9 percent in August.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted in one ``kg extract`` run with the
    development set's registry: article name -> its claims (each quote checked verbatim)."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r30b"), ARTICLES, "--entities", REGISTRY,
                             heading="Courts, strikes and words")
    return found


def roles(claims, kind, *keys) -> list[tuple]:
    """The values of ``keys`` (None where absent) of each claim of ``kind`` drafted."""
    return [tuple(c.get(k) for k in keys) for c in of(claims, kind)]


# -- attacks ------------------------------------------------------------------------------------

def test_strikes_inside_a_state_attack_it(drafts):
    assert roles(drafts["inside"], "Attack", "perpetrator", "target") == [("chile", "peru")]
    assert of(drafts["no_target"], "Attack") == []  # strikes on no one named


def test_targets_on_a_states_soil_attack_that_state(drafts):
    assert roles(drafts["soil"], "Attack", "perpetrator", "target") == [("peru", "chile")]
    assert of(drafts["struck_deal"], "Attack") == []  # a deal struck on copper is no attack


def test_a_district_struck_is_the_place_and_its_state_the_target(drafts):
    claims = drafts["district"]
    assert roles(claims, "Attack", "perpetrator", "target", "place") == [("chile", "pakistan", "panjgur")]
    assert of(claims, "WeaponsTest") == []  # launched at a target: no test
    assert roles(drafts["launch_alone"], "WeaponsTest", "initiator") == [("chile",)]
    assert of(drafts["launch_alone"], "Attack") == []


# -- detentions and courts ----------------------------------------------------------------------

def test_a_person_seized_or_jailed_is_detained(drafts):
    assert roles(drafts["seized_person"], "Detention", "target") == [("kizza-besigye",)]
    assert of(drafts["seized_town"], "Detention") == []  # a town seized is not a detention
    assert roles(drafts["jailed"], "Detention", "initiator", "target") == [("uganda", "obeid-lutale")]


def test_the_court_is_the_one_court_named_before(drafts):
    assert roles(drafts["the_court"], "LegalAction", "court", "target", "actionType") == [
        ("northern-court", "obeid-lutale", "remand")]
    # no court named before, or two: the court stays unnamed
    for name in ("no_court_before", "two_courts"):
        assert roles(drafts[name], "LegalAction", "court", "target") == [("unnamed court", "obeid-lutale")], name


# -- executive measures ----------------------------------------------------------------------------

def test_an_order_to_a_named_recipient(drafts):
    [order] = of(drafts["ordered"], "ExecutiveAction")
    assert (order["orderedBy"], order["initiator"], order["recipient"], order["description"]) == (
        "yoweri-museveni", "uganda", "felix-kulayigye", "close the border with Kenya")
    assert of(drafts["ordered_inquiry"], "ExecutiveAction") == []  # no one instructed to act


def test_a_suspension_from_office(drafts):
    assert roles(drafts["suspended_from_office"], "ExecutiveAction", "initiator", "target", "actionType") == [
        ("kenyan-foreign-ministry", "martha-karua", "suspension from office")]
    assert of(drafts["suspended_talks"], "ExecutiveAction") == []


# -- labels ---------------------------------------------------------------------------------------

def test_a_label_in_a_relative_clause(drafts):
    said = [(c["characterised"], c["category"], c["said_by"]) for c in of(drafts["relative_label"], "Characterisation")
            if "said_by" in c]
    assert said == [("jaish-al-adl", "terrorist organisation", "chile")]
    assert [c for c in of(drafts["relative_no_label"], "Characterisation") if "said_by" in c] == []


def test_a_state_lists_a_group_as(drafts):
    assert roles(drafts["lists_as"], "Characterisation", "characterised", "category", "said_by") == [
        ("balochistan-liberation-army", "terrorist group", "peru")]
    assert of(drafts["listed"], "Characterisation") == []


def test_called_x_a_y(drafts):
    assert roles(drafts["called_a"], "Characterisation", "characterised", "category", "said_by") == [
        ("volodymyr-zelensky", "dictator", "donald-trump")]
    assert of(drafts["called_phone"], "Characterisation") == []  # a call, no label


# -- locations and figures ------------------------------------------------------------------------

def test_a_kind_of_place_of_a_name(drafts):
    assert roles(drafts["city_of"], "Location", "located", "place") == [("kisumu", "kenya")]
    assert of(drafts["city_of_no_state"], "Location") == []
    assert sorted(roles(drafts["district"], "Location", "located", "place")) == [
        ("balochistan", "pakistan"), ("panjgur", "balochistan")]


def test_a_level_reached_and_a_change(drafts):
    assert roles(drafts["rose_to"], "Indicator", "observationAbout", "amount", "changePercent") == [
        ("peru", "9 percent", None)]
    assert roles(drafts["rose_by_to"], "Indicator", "observationAbout", "changePercent") == [("peru", 2)]
    assert of(drafts["two_states"], "Indicator") == []  # whose figure, the sentence does not say
