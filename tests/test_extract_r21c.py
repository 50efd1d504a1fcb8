"""Rule set 21c, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): a legal act is against the
person it is done to, never its author (the minister who approves an extradition) nor a
state its target is named by ("the court sentenced the Chilean"); "jailed for five years"
gives a term, not a reason; "opposed travelling to X", a stance on one's own course, is
no Rejection of anyone."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


# -- 1. a legal act's target is who it is against -----------------------------------------------

def test_the_minister_who_approves_an_extradition_is_not_its_target(tmp_path):
    claims, _ = extract(tmp_path, "Lin Hale, a Chilean businessman, pleaded guilty to fraud in Lima on Monday. "
                                  "Peru's interior minister, Tor Ashby, approved his extradition last month.",
                        published="2030-03-06")
    for c in of(claims, "LegalAction"):
        assert c.get("target") != "tor-ashby", c  # (the plea has no target: its defendant is its initiator)


def test_an_extradition_approved_by_name_keeps_its_target(tmp_path):
    claims, _ = extract(tmp_path, "Chile's interior minister, Tor Ashby, on Monday approved the extradition of "
                                  "Lin Hale to Peru.", published="2030-03-06")
    [legal] = of(claims, "LegalAction")
    assert legal["target"] == "lin-hale" and legal["actionType"] == "extradition", legal


@pytest.mark.parametrize("body", [
    "The court in Lima sentenced the Chilean to six years in prison.",
    "The Bolivian was sentenced to ten years in prison on Tuesday.",
    "A judge in Quito convicted the Peruvian of smuggling.",
])
def test_a_person_named_by_a_demonym_is_not_the_state_sentenced(tmp_path, body):
    claims, _ = extract(tmp_path, body, published="2030-03-06")
    for c in of(claims, "LegalAction"):
        assert c["target"] not in ("chile", "bolivia", "peru"), c


def test_a_person_sentenced_keeps_the_sentence_beside_a_demonym(tmp_path):
    claims, _ = extract(tmp_path, "A court in Lima sentenced Rao Venn, a Bolivian national, to twelve years in "
                                  "prison on Tuesday.", published="2030-03-06")
    [legal] = of(claims, "LegalAction")
    assert legal["target"] == "rao-venn" and legal["actionType"] == "sentence", legal
    assert [c["state"] for c in of(claims, "Citizenship")] == ["bolivia"]


def test_a_span_of_time_is_the_term_not_the_reason(tmp_path):
    claims, _ = extract(tmp_path, "Judge Mara Flint jailed Kit Orr for five years.", published="2030-03-06")
    [legal] = of(claims, "LegalAction")
    assert legal["target"] == "kit-orr" and "reason" not in legal, legal


# -- 2. opposing one's own course is no rejection -----------------------------------------------

@pytest.mark.parametrize("body", [
    "Mongolia's foreign minister, Sam Brill, said he had opposed travelling to Beijing last year.",
    "Sam Brill, Mongolia's foreign minister, had opposed being sent to Chile at the time.",
    "Chile's president, Ana Quill, said she had long opposed going to war.",
])
def test_opposing_one_s_own_course_drafts_no_rejection(tmp_path, body):
    claims, _ = extract(tmp_path, body, published="2030-03-06")
    assert not of(claims, "Rejection"), claims


def test_opposing_what_another_does_stays_a_rejection(tmp_path):
    claims, _ = extract(tmp_path, "Chile opposed the sanctions on Peru.", published="2030-03-06")
    assert [c["speaker"] for c in of(claims, "Rejection")] == ["chile"], claims


# -- 3. the date of the deed is not the date of the charge --------------------------------------

def test_a_date_inside_the_deed_charged_does_not_date_the_charge(tmp_path):
    claims, _ = extract(tmp_path, "Chile has charged Tor Ashby with four counts of fraud over the sale of state "
                                  "land in 2021.", published="2030-03-06")
    [legal] = of(claims, "LegalAction")
    assert legal["target"] == "tor-ashby" and "date" not in legal, legal


def test_a_charge_keeps_its_own_date(tmp_path):
    claims, _ = extract(tmp_path, "Peru charged Lin Hale with bribery on Monday.", published="2030-03-06")
    [legal] = of(claims, "LegalAction")
    assert legal["date"] == "2030-03-04", legal
