"""Rule set 21d, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): names listed after a plural
title with a state hold their own titles in that state, never in a state the clause names
elsewhere, and a portfolio ("national security") is no body; a court named as where an act
is done is not who speaks in the participle after it; a bare judgement ("called the
decision outrageous") is said of what it judges, never alone."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


def positions(claims):
    return {c["holder"]: c.get("positionOf") for c in of(claims, "PositionHeld")}


# -- 1. names listed after a plural title hold their offices in its state -------------------------

def test_names_listed_after_a_plural_title_hold_office_in_its_state(tmp_path):
    claims, _ = extract(tmp_path, "QUITO, March 6 - Peru, Chile and Bolivia on Tuesday barred two Argentine "
                                  "ministers, Energy Minister Lin Hale and Finance Minister Tor Ashby, from "
                                  "entering their territory.", published="2030-03-06")
    assert positions(claims) == {"lin-hale": "argentina", "tor-ashby": "argentina"}, claims


def test_a_portfolio_before_a_title_is_no_body(tmp_path):
    claims, _ = extract(tmp_path, "Chile on Friday fined two Peruvian ministers, National Security Minister "
                                  "Kit Orr and Trade Minister Ana Quill.", published="2030-03-06")
    assert positions(claims) == {"kit-orr": "peru", "ana-quill": "peru"}, claims


@pytest.mark.parametrize("body", [
    "National Security Minister Kit Orr resigned on Monday.",
    "National Security Minister Kit Orr and Trade Minister Ana Quill met on Monday.",
])
def test_a_portfolio_alone_gives_no_office(tmp_path, body):
    claims, _ = extract(tmp_path, body, published="2030-03-06")
    assert not of(claims, "PositionHeld"), claims


def test_a_list_of_titles_without_a_plural_title_takes_no_state_from_the_sentence(tmp_path):
    claims, _ = extract(tmp_path, "Peru and Chile on Tuesday praised Energy Minister Lin Hale and Finance "
                                  "Minister Tor Ashby.", published="2030-03-06")
    for c in of(claims, "PositionHeld"):
        assert c["holder"] not in ("lin-hale", "tor-ashby") or c.get("positionOf") not in ("chile",), c


# -- 2. a court where an act is done does not speak -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Rao Venn said he would challenge the ruling in the Supreme Court, arguing that the law was void.",
    "The party will contest the result at the Constitutional Court, saying that the count was flawed.",
])
def test_a_court_named_as_the_place_of_an_act_is_not_the_speaker(tmp_path, body):
    claims, _ = extract(tmp_path, body, published="2030-03-06")
    for c in claims:
        assert "court" not in str(c.get("speaker", "")), c


def test_a_name_before_the_participle_still_speaks(tmp_path):
    claims, _ = extract(tmp_path, "The ruling was read out by the court's president, Judge Lin Hale, saying "
                                  "that the treaty bound both states.", published="2030-03-06")
    assert [c["speaker"] for c in of(claims, "Statement")] == ["lin-hale"], claims


# -- 3. a bare judgement is said of what it judges ------------------------------------------------

def test_a_bare_judgement_is_said_of_what_it_judges(tmp_path):
    claims, _ = extract(tmp_path, "Chile's foreign minister, Lin Hale, called the charges outrageous on Monday.",
                        published="2030-03-06")
    [rejection] = of(claims, "Rejection")
    assert rejection["speaker"] == "lin-hale" and rejection["subject"] == "the charges are outrageous", rejection


def test_a_label_of_nothing_told_is_no_judgement(tmp_path):
    # corpus/CLAIMS.md, "Which kind a judgement is": a label is a Characterisation of what it labels; with
    # nothing told that it labels, nothing is drafted, no Praise nor Criticism in its place
    claims, _ = extract(tmp_path, "Peru called it disgraceful. Lin Hale called the treaty a historic victory.",
                        published="2030-03-06")
    assert of(claims, "Criticism") == of(claims, "Praise") == of(claims, "Characterisation") == [], claims


# -- 4. sanctions on people a plural noun lists, told once ---------------------------------------

def test_a_sanction_on_people_a_plural_noun_lists_is_against_each(tmp_path):
    claims, _ = extract(tmp_path, "Peru and Chile on Monday imposed sanctions on two Argentine generals, Kit Orr "
                                  "and Rao Venn, over the killings.", published="2030-03-06")
    assert sorted(c["target"] for c in of(claims, "Sanction")) == ["kit-orr", "rao-venn"], claims


def test_a_sanction_on_ministers_joined_by_titles_is_against_each(tmp_path):
    claims, _ = extract(tmp_path, "Peru and Chile on Monday imposed sanctions on two Argentine ministers, Energy "
                                  "Minister Kit Orr and Trade Minister Rao Venn, over the killings.",
                        published="2030-03-06")
    assert sorted(c["target"] for c in of(claims, "Sanction")) == ["kit-orr", "rao-venn"], claims
    assert positions(claims) == {"kit-orr": "argentina", "rao-venn": "argentina"}, claims


def test_one_named_in_a_prepositional_phrase_of_the_list_is_not_sanctioned(tmp_path):
    claims, _ = extract(tmp_path, "Peru on Monday imposed sanctions on two aides, Kit Orr and Rao Venn of "
                                  "Lin Hale's office.", published="2030-03-06")
    assert "lin-hale" not in [c["target"] for c in of(claims, "Sanction")], claims


@pytest.mark.parametrize("second", [
    "The measures freeze any assets the two men hold in Peru.",
    "The measures freeze their assets and bar them from entering Peru.",
])
def test_the_measures_told_again_for_the_same_people_are_no_second_sanction(tmp_path, second):
    claims, _ = extract(tmp_path, "Peru on Monday imposed sanctions on two Chilean generals, Kit Orr and Rao "
                                  "Venn. " + second, published="2030-03-06")
    assert sorted(c["target"] for c in of(claims, "Sanction")) == ["kit-orr", "rao-venn"], claims


def test_a_package_s_own_named_target_stays_a_sanction(tmp_path):
    claims, _ = extract(tmp_path, "The European Union adopted new sanctions against Russia on Monday. The package "
                                  "also bans imports of Belarusian potash.", published="2030-03-06")
    assert "belarus" in [c["target"] for c in of(claims, "Sanction")], claims
