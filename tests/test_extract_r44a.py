"""Rule set 44 (fewer false drafts on unseen text), through the real ``kg extract``
command on small articles written for these tests and read with the development set's
registry (one run for all, a module-scoped fixture). Each form is checked for what it
must not draft and, beside it, for the look-alike that still drafts:

- an act a speaker says was done is that act, the speaker its source, not a Statement,
  also when a word of the clause is quoted ('said soldiers had opened fire on
  "intruders"'), when the whole clause is quoted and the act is under way ('"The enemy
  is attacking our villages," X said'), and when 'carry out' tells it ("had carried out
  the seizure"); a quoted view, or 'carried out its duty', stays a Statement;
- a sum in a currency the model tags only as a number ("about 900 million euros") makes
  the reported words a figure told, not a view;
- a Statement is never about the body its speaker holds a post in ("UN Secretary-General
  X said the United Nations would ...");
- in a list of names, an office between two names ("President X, the foreign minister
  of Iran, Y, and ...") is the next name's when the one before has its title in front;
- a place and a body the model cut apart ("Africa CDC Director General X": 'Africa' a
  place, 'CDC' a body) are one body where the article names it whole elsewhere ("the
  Africa CDC"); with no such name, the body keeps the name the model gave it;
- a registry name with an abbreviation ("U.S. Court of Appeals for the Ninth Circuit") is
  found whole, not cut to the shorter name the model read inside it ("U.S. Court of
  Appeals", which would be proposed as a body of its own).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # acts said to be done
    "scare_fire": 'Emmanuel Macron said on Monday that soldiers had opened fire on "intruders" near the border.',
    "scare_view": 'Emmanuel Macron said on Monday that the "intruders" had been calm.',
    "quoted_attack": '"The enemy is attacking our villages," Emmanuel Macron said.',
    "quoted_watch": '"The enemy is watching our villages," Emmanuel Macron said.',
    "carried_out": "Emmanuel Macron said the navy had carried out the seizure of the tanker.",
    "carried_duty": "Emmanuel Macron said the navy had carried out its duty.",
    "fired": "Emmanuel Macron said guards at the embassy had fired tear gas at the crowd.",
    "feared": "Emmanuel Macron said guards at the embassy had feared the crowd.",
    # a sum told
    "sum": "Emmanuel Macron said European states together accounted for about 900 million euros of the total.",
    "share": "Emmanuel Macron said European states together accounted for most of the total.",
    # the speaker's own body
    "own_body": "UN Secretary-General Antonio Guterres said the United Nations would stay in Mali.",
    "other_body": "UN Secretary-General Antonio Guterres said the European Union would stay in Mali.",
    # offices in a list of names
    "listed": "The crash killed President Ebrahim Raisi, the foreign minister of Iran, Hossein Amir-Abdollahian, "
              "and three crew members.",
    "listed_untitled": "The crash killed Hossein Amir-Abdollahian, the foreign minister of Iran, and three crew members.",
    # a body's name cut in two
    "named_whole": "According to the Africa CDC, cases rose sharply this year.\n\n"
                   '"This is a call to action," Africa CDC Director General Amara Ndiaye told reporters in Nairobi on Tuesday.',
    "never_whole": "Cases rose sharply in Africa this year.\n\n"
                   '"This is a call to action," CDC Director General Amara Ndiaye told reporters in Nairobi on Tuesday.',
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r44a"), ARTICLES, "--entities", REGISTRY)
    return found


@pytest.mark.parametrize("act, view", [("scare_fire", "scare_view"), ("quoted_attack", "quoted_watch"),
                                       ("carried_out", "carried_duty"), ("fired", "feared"), ("sum", "share")])
def test_an_act_or_a_sum_said_to_be_done_is_no_statement(drafts, act, view):
    assert of(drafts[act], "Statement") == [], drafts[act]
    [s] = of(drafts[view], "Statement")
    assert (s["speaker"], s["said_by"]) == ("emmanuel-macron", "emmanuel-macron"), s


def test_a_statement_is_not_about_the_body_its_speaker_serves(drafts):
    for case in ("own_body", "other_body"):
        [p] = of(drafts[case], "PositionHeld")
        assert (p["holder"], p["positionOf"]) == ("antonio-guterres", "united-nations"), p
    [s] = of(drafts["own_body"], "Statement")
    assert s["speaker"] == "antonio-guterres" and "about" not in s, s
    [s] = of(drafts["other_body"], "Statement")
    assert (s["speaker"], s["about"]) == ("antonio-guterres", "european-union"), s


def test_an_office_between_two_names_of_a_list_is_not_the_titled_name_before_it(drafts):
    held = {(p["holder"], p["position"]) for p in of(drafts["listed"], "PositionHeld")}
    assert ("ebrahim-raisi", "minister") not in held, held
    assert ("ebrahim-raisi", "head of state") in held, held
    assert {(p["holder"], p["position"]) for p in of(drafts["listed_untitled"], "PositionHeld")} == \
        {("hossein-amir-abdollahian", "minister")}


def test_a_body_cut_in_two_by_the_model_is_the_one_the_article_names_whole(drafts):
    [p] = of(drafts["named_whole"], "PositionHeld")
    assert (p["holder"], p["positionOf"]) == ("amara-ndiaye", "africa-cdc"), p
    [p] = of(drafts["never_whole"], "PositionHeld")
    assert (p["holder"], p["positionOf"]) == ("amara-ndiaye", "cdc"), p


def test_a_registry_name_with_an_abbreviation_is_found_whole(tmp_path):
    registry = tmp_path / "entities.yaml"
    registry.write_text(REGISTRY.read_text(encoding="utf-8") + "- {id: ninth-circuit, type: Court, label: U.S. Court of "
                        "Appeals for the Ninth Circuit, of: united-states}\n", encoding="utf-8")
    (tmp_path / "run").mkdir()
    found, _ = drafted_cases(tmp_path / "run", {
        "whole": "Chief Judge Lina Varo of the U.S. Court of Appeals for the Ninth Circuit rejected the appeal on Monday.",
        "short": "Chief Judge Lina Varo of the U.S. Court of Appeals rejected the appeal on Monday.",
    }, "--entities", registry)
    assert [p["positionOf"] for p in of(found["whole"], "PositionHeld")] == ["ninth-circuit"], found["whole"]
    assert [p["positionOf"] for p in of(found["short"], "PositionHeld")] == ["u-s-court-of-appeals"], found["short"]
