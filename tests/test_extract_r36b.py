"""Judgements, reported statements and projects, through the real ``kg extract`` command
on small articles written for these tests and read with the development set's registry
(one run for all, a module-scoped fixture). Each form is checked for what it drafts and
for what it must not (no invented participant, nothing from a look-alike sentence):

- which kind a judgement is (corpus/CLAIMS.md, "Which kind a judgement is"): a label
  given with a verb of naming is a Characterisation, whatever its tone, and no Praise or
  Criticism beside it; a label of any definite thing told before labels that fact ("the
  decision", "the proceedings"); a blaming label on a charge or a measure, and "null
  and void", is a Rejection and no label; "hailed X as Y" is the verb's own Praise, the
  label in its subject;
- speakers the text does not name: "Rights groups criticised ...", "Western officials
  accused X of ...", "Analysts urged X to ..."; no such fact when they judge nothing
  named ("Critics complained.");
- a reaction framing an act: "In a rebuke to Peru, Chile recalled its ambassador";
- a bare statement whose words are drafted as the fact its speaker reports is that
  fact's claim, not a second fact;
- projects: "the port was built by X", "X plans to open a factory in Y", "the
  construction of the pipeline by X" (not "the construction of the port began");
- indicators: "Peru's budget deficit widened to 4 percent of GDP".
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    "label_praise": "Chile and Peru signed a trade deal on Monday. Joe Biden called the deal a historic victory.",
    "label_blame": "Chile and Peru signed a trade deal on Monday. Joe Biden called the deal a dangerous mistake.",
    "label_actor": "Joe Biden described Vladimir Putin as a dangerous man.",
    "label_any_noun": "Peru imposed sanctions on Chile on Monday. Gabriel Boric called the decision a strategic "
                      "mistake.",
    "label_no_fact": "Gabriel Boric called the decision a strategic mistake.",
    "label_charges": "Chile charged Evo Morales with fraud on Monday. Evo Morales called the charges baseless.",
    "label_void": 'Peru imposed sanctions on Chile on Monday. Gabriel Boric called the decision "null and void".',
    "hailed_as": "Chile and Peru signed a trade deal on Monday. Joe Biden hailed the deal as historic.",
    "unnamed_criticism": "Peru imposed sanctions on Chile on Monday. Rights groups criticised Peru.",
    "unnamed_accusation": "Western officials accused Peru of spying.",
    "unnamed_appeal": "Analysts urged Chile to lower its tariffs.",
    "unnamed_nothing": "Critics complained. Officials said the weather was cold.",
    "rebuke_frame": "In a rebuke to Peru, Chile recalled its ambassador.",
    "rebuke_no_doer": "In a rebuke to Peru, the ambassador was recalled.",
    "reported_fact": "Chile said Peru had imposed sanctions on Bolivia.",
    "built_by": "The port was built by Gazprom for about $2 billion.",
    "plans_to_open": "Gazprom plans to open a $1.6 billion factory in Peru.",
    "construction_by": "The construction of the pipeline by Gazprom began in 2022.",
    "construction_alone": "The construction of the port began in 2022.",
    "deficit_widened": "Peru's budget deficit widened to 4 percent of GDP last year.",
    "gap_widened": "The gap between the two parties widened last year.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted in one run: name -> its claims."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r36b"), ARTICLES, "--entities", REGISTRY)
    return found


def _judgements(claims):
    return of(claims, "Praise") + of(claims, "Criticism")


# -- which kind a judgement is -------------------------------------------------------------------

@pytest.mark.parametrize("name, category", [("label_praise", "historic victory"),
                                            ("label_blame", "dangerous mistake")])
def test_a_label_of_a_fact_is_a_characterisation_whatever_its_tone(drafts, name, category):
    claims = drafts[name]
    [deal] = {c["fact"] for c in of(claims, "Agreement")}
    assert [(c["characterised"], c["category"], c["said_by"]) for c in of(claims, "Characterisation")] == \
        [(deal, category, "joe-biden")], claims
    assert _judgements(claims) == [], claims  # one fact per judgement


def test_a_label_of_an_actor_characterises_the_actor(drafts):
    claims = drafts["label_actor"]
    assert [(c["characterised"], c["category"]) for c in of(claims, "Characterisation")] == \
        [("vladimir-putin", "dangerous man")], claims
    assert _judgements(claims) == [], claims


def test_a_label_of_any_definite_thing_told_labels_the_fact_told(drafts):
    claims = drafts["label_any_noun"]
    [sanction] = {c["fact"] for c in of(claims, "Sanction")}
    assert [(c["characterised"], c["category"], c["said_by"]) for c in of(claims, "Characterisation")] == \
        [(sanction, "strategic mistake", "gabriel-boric")], claims
    assert of(drafts["label_no_fact"], "Characterisation") == [], drafts["label_no_fact"]  # nothing told: nothing


@pytest.mark.parametrize("name", ["label_charges", "label_void"])
def test_a_label_that_denies_a_charge_or_a_vote_force_is_a_rejection(drafts, name):
    claims = drafts[name]
    assert [c["speaker"] for c in of(claims, "Rejection")] == ["evo-morales" if name == "label_charges"
                                                                 else "gabriel-boric"], claims
    assert of(claims, "Characterisation") == [], claims


def test_hailed_as_is_the_verb_s_praise_with_the_label_in_its_words(drafts):
    claims = drafts["hailed_as"]
    [praise] = of(claims, "Praise")
    assert (praise["speaker"], praise["subject"]) == ("joe-biden", "historic"), praise
    assert of(claims, "Characterisation") == [], claims


# -- speakers the text does not name -----------------------------------------------------------

@pytest.mark.parametrize("name, kind, speaker, about", [
    ("unnamed_criticism", "Criticism", "unnamed rights groups", "peru"),
    ("unnamed_accusation", "Accusation", {"actor": "unnamed officials", "for": "the-west"}, "peru"),
    ("unnamed_appeal", "Appeal", "unnamed analysts", "chile"),
])
def test_a_judgement_by_speakers_the_text_does_not_name(drafts, name, kind, speaker, about):
    [c] = of(drafts[name], kind)
    assert (c["speaker"], c["about"], c["modality"]) == (speaker, about, "reported"), c


def test_unnamed_speakers_judging_nothing_named_draft_no_judgement(drafts):
    claims = drafts["unnamed_nothing"]
    assert _judgements(claims) == of(claims, "Accusation") == [], claims


# -- a reaction framing an act ---------------------------------------------------------------------

def test_a_rebuke_framing_an_act_is_the_doer_s_criticism(drafts):
    [c] = of(drafts["rebuke_frame"], "Criticism")
    assert (c["speaker"], c["about"]) == ("chile", "peru"), c
    assert of(drafts["rebuke_no_doer"], "Criticism") == [], drafts["rebuke_no_doer"]  # no doer named: no speaker


# -- a reported fact is no second statement ----------------------------------------------------------

def test_a_statement_reporting_a_drafted_fact_is_that_fact_s_claim(drafts):
    claims = drafts["reported_fact"]
    assert [(c["authority"], c["target"], c["said_by"]) for c in of(claims, "Sanction")] == \
        [("peru", "bolivia", "chile")], claims
    assert [c for c in of(claims, "Statement") if c.get("said_by") == "chile"] == [], claims


# -- projects ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, description", [("built_by", "port"), ("construction_by", "pipeline")])
def test_works_built_by_an_agency(drafts, name, description):
    [p] = of(drafts[name], "Project")
    assert (p["implementingAgency"], p["description"]) == ("gazprom", description), p


def test_a_factory_planned_abroad(drafts):
    [p] = of(drafts["plans_to_open"], "Project")
    assert (p["implementingAgency"], p["place"], p["modality"]) == ("gazprom", "peru", "planned"), p
    assert "factory" in p["description"], p


def test_construction_without_a_builder_is_no_project(drafts):
    assert of(drafts["construction_alone"], "Project") == [], drafts["construction_alone"]


# -- indicators --------------------------------------------------------------------------------

def test_a_deficit_that_widened_is_an_indicator(drafts):
    [i] = of(drafts["deficit_widened"], "Indicator")
    assert (i["observationAbout"], i["indicator"], i["amount"]) == ("peru", "budget deficit", "4 percent"), i
    assert of(drafts["gap_widened"], "Indicator") == [], drafts["gap_widened"]
