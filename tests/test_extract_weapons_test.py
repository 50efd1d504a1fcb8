"""Weapons tests drafted by the real ``kg extract`` from small articles written for these
tests (real states of the gazetteer, invented events): a missile launched, fired or
test-fired with no target, a test carried out or staged, with the weapon in words, how
many and where from, also when a state's forces report it; a launch at a target stays
an attack; a launch by no named state, by a group, and tests in the plural with no date
(a habit) are no test."""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

TESTS = (
    "North Korea launched a new intercontinental ballistic missile on Thursday. "
    "Iran test-fired two cruise missiles from Bushehr on Monday. "
    "Pakistan conducted a missile test on Friday. "
    "India said it would carry out a nuclear test if talks failed."
)


def test_launches_and_tests_with_no_target_are_weapons_tests(tmp_path):
    claims, _ = extract(tmp_path, TESTS, published="2030-09-06")
    drafted = {c["initiator"]: c for c in of(claims, "WeaponsTest")}
    assert set(drafted) == {"north-korea", "iran", "pakistan", "india"}, claims
    korea, iran, pakistan, india = (drafted[k] for k in ("north-korea", "iran", "pakistan", "india"))
    assert korea["weapon"] == "intercontinental ballistic missile" and korea["date"] == "2030-09-05"
    assert iran["weapon"] == "cruise missiles" and iran["quantity"] == 2 and iran["launchSite"] == "bushehr"
    assert iran["date"] == "2030-09-02"
    assert pakistan["weapon"] == "missile" and pakistan["date"] == "2030-09-06"  # the day of publication
    # A test announced on a condition is planned, with its condition, in the speaker's voice.
    assert india["weapon"] == "nuclear weapon" and india["modality"] == "planned" and india["said_by"] == "india"
    assert "condition" in india, india
    assert not of(claims, "Attack"), claims


def test_a_launch_at_a_target_is_an_attack_and_no_named_state_no_test(tmp_path):
    claims, _ = extract(tmp_path, "Russia fired missiles at Kyiv on Friday. A missile was launched on Sunday. "
                                  "The rebels launched a rocket on Monday. Chile condemned North Korea's nuclear tests.",
                           published="2030-09-06")
    assert not of(claims, "WeaponsTest"), claims
    assert [(c["perpetrator"], c["target"]) for c in of(claims, "Attack")] == [("russia", "ukraine")], claims


def test_a_states_forces_report_for_it(tmp_path):
    # Reported words need a speaker to be drafted at all: a state's military, air force or
    # coast guard that reports them is a body of the state, proposed with 'of' the state
    # where the registry lacks it, as its ministries are.
    claims, out = extract(tmp_path, "North Korea fired a ballistic missile on Sunday, South Korea's military said. "
                                    "Russia attacked Kyiv overnight, Ukraine's air force said.", published="2030-09-06")
    entities = yaml.safe_load((out / "article.yaml").read_text(encoding="utf-8"))["entities"]
    [test] = of(claims, "WeaponsTest")
    assert (test["said_by"], test["modality"], test["date"]) == ("south-korean-military", "reported", "2030-09-01"), test
    [attack] = of(claims, "Attack")
    assert (attack["said_by"], attack["modality"]) == ("ukrainian-air-force", "alleged"), attack
    forces = {e["id"]: (e["type"], e.get("of")) for e in entities if e["type"] == "ArmedForces"}
    assert forces == {"south-korean-military": ("ArmedForces", "south-korea"),
                      "ukrainian-air-force": ("ArmedForces", "ukraine")}, entities
