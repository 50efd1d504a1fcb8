"""Rule set 23a, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): a person's occupation news
states beside the name ("Lea Moro, a British lawyer", "journalist Tor Ashby", "Ivo Kell is
a retired diplomat"), and the citizenship a demonym on that occupation gives; attacks told
by what strikes ("A Russian missile strike hit Kyiv", "pounded Kyiv with missiles",
"launched drones at Ukraine", "Hamas fighters attacked Israel"); a trial stood and a
verdict found ("went on trial", "was found guilty of fraud")."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


@pytest.mark.parametrize("text, person, occupation, status", [
    ("Lea Moro, a lawyer, arrived in Lima on Monday.", "lea-moro", "lawyer", None),
    ("Journalist Tor Ashby was detained in Moscow on Monday.", "tor-ashby", "journalist", None),
    ("Ivo Kell is a retired diplomat who lives in Chile.", "ivo-kell", "diplomat", "retired"),
    ("Former banker Nils Berg said on Monday that Chile would act.", "nils-berg", "banker", "ended"),
    ("Lea Moro, a human rights lawyer, said on Monday that Chile would act.", "lea-moro", "human rights lawyer", None),
])
def test_an_occupation_beside_a_name_is_the_persons_occupation(tmp_path, text, person, occupation, status):
    claims, _ = extract(tmp_path, text)
    [occ] = of(claims, "Occupation")
    assert (occ["person"], occ["occupation"], occ.get("status")) == (person, occupation, status), occ


@pytest.mark.parametrize("text, person, state", [
    ("Lea Moro, a British lawyer, arrived in Lima on Monday.", "lea-moro", "united-kingdom"),
    ("American reporter Tor Ashby was detained in Moscow on Monday.", "tor-ashby", "united-states"),
    ("Police in Lima questioned Ivo Kell, a Chilean economist, on Monday.", "ivo-kell", "chile"),
])
def test_a_demonym_on_the_occupation_gives_the_persons_citizenship(tmp_path, text, person, state):
    claims, _ = extract(tmp_path, text)
    assert [(c["citizen"], c["state"]) for c in of(claims, "Citizenship")] == [(person, state)], claims
    assert [c["person"] for c in of(claims, "Occupation")] == [person], claims


@pytest.mark.parametrize("text", [
    # a post in a named body is a position, not an occupation
    "Ana Ruiz, an analyst at the International Crisis Group, said the talks would fail.",
    "Lea Moro, a lawyer for Chile, told the court the case was closed.",
    # people not named, or many
    "Police in Lima detained ten journalists on Monday.",
    "A lawyer said on Monday that the case against Chile was closed.",
    # no occupation noun
    "Lea Moro, a close friend of the president, arrived in Lima on Monday.",
])
def test_no_occupation_where_the_noun_is_a_post_or_names_no_one(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Occupation") == [], claims


def test_a_former_occupation_gives_no_citizenship_of_today(tmp_path):
    claims, _ = extract(tmp_path, "Former Peruvian diplomat Ivo Kell said on Monday that Chile would act.")
    [occ] = of(claims, "Occupation")
    assert (occ["person"], occ["status"]) == ("ivo-kell", "ended"), occ


# -- attacks told by what strikes ----------------------------------------------------------

@pytest.mark.parametrize("text, perpetrator, target", [
    ("A Russian missile strike hit Kyiv on Monday.", "russia", "ukraine"),
    ("Israeli air strikes pounded Lebanon overnight.", "israel", "lebanon"),
    ("Russia pounded Kyiv with missiles on Monday.", "russia", "ukraine"),
    ("Ukraine hit a Russian oil refinery with drones on Monday.", "ukraine", "russia"),
    ("Russia launched 100 drones at Ukraine overnight.", "russia", "ukraine"),
    ("Iran fired rockets into Israel on Monday.", "iran", "israel"),
    ("Hamas fighters attacked Israel on Monday.", "hamas", "israel"),
])
def test_what_strikes_a_target_is_an_attack_by_whose_it_is(tmp_path, text, perpetrator, target):
    claims, _ = extract(tmp_path, text)
    [attack] = of(claims, "Attack")
    assert (attack["perpetrator"], attack["target"]) == (perpetrator, target), attack


@pytest.mark.parametrize("text", [
    # the strike or the weapons are no one's, or hit no one named
    "A missile strike hit Kyiv on Monday.",
    # hitting with no weapon, launching no weapon
    "Chile hit Peru with new tariffs on Monday.",
    "Chile launched a campaign at Peru's border on Monday.",
    # a word of hitting said of a market or a record
    "The crisis hit Chile hard in May.",
])
def test_no_attack_without_a_named_attacker_target_and_weapon(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Attack") == [], claims


def test_a_strike_on_a_target_the_text_does_not_name_records_it_unnamed(tmp_path):
    # Nothing invented, nothing dropped (corpus/CLAIMS.md, "Nothing invented"): the school hit is
    # an unnamed target of the attacker the weapon names.
    claims, _ = extract(tmp_path, "A Russian missile strike hit a school on Monday.")
    [attack] = of(claims, "Attack")
    assert (attack["perpetrator"], attack["target"]) == ("russia", "unnamed school"), attack


# -- a trial stood, a verdict found ---------------------------------------------------------

@pytest.mark.parametrize("text, target, action, charge", [
    ("Lea Moro went on trial in Lima on Monday.", "lea-moro", "trial", None),
    ("Tor Ashby stood trial for fraud in Chile last year.", "tor-ashby", "trial", "fraud"),
    ("Lea Moro was found guilty of fraud on Monday.", "lea-moro", "conviction", "fraud"),
    ("A Lima court found Tor Ashby guilty of treason on Monday.", "tor-ashby", "conviction", "treason"),
    ("The court found Lea Moro not guilty on Monday.", "lea-moro", "acquittal", None),
])
def test_a_trial_stood_or_a_verdict_found_is_a_legal_action_against_the_defendant(tmp_path, text, target, action,
                                                                                   charge):
    claims, _ = extract(tmp_path, text)
    [legal] = of(claims, "LegalAction")
    assert (legal["target"], legal["actionType"], legal.get("charge")) == (target, action, charge), legal


def test_a_trial_faced_is_planned(tmp_path):
    claims, _ = extract(tmp_path, "Lea Moro faces trial on charges of treason.")
    [legal] = of(claims, "LegalAction")
    assert (legal["target"], legal["actionType"], legal["modality"]) == ("lea-moro", "trial", "planned"), legal


@pytest.mark.parametrize("text", [
    "Investigators found the documents in Lima on Monday.",
    "Lea Moro found the talks with Chile useful.",
    "The court said the trial would begin in May.",
])
def test_no_legal_action_without_a_defendant_or_a_verdict(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "LegalAction") == [], claims
