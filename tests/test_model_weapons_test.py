"""A weapons test (a missile launch, a nuclear test), from the invented article of
tests/data/model-v2-weapons-test: who fired what, from where, where it came down, how
long, far and high it flew, who oversaw it, a test threatened on a condition and the
condemnation about it. The real ``kg build`` writes the case once for the module; the
answers come from ``kg query``; a key used outside its kind, and a test naming neither
who fired it nor from where, are refused with the file, claim and key, the store
untouched."""

from __future__ import annotations

import pytest
from casefiles import assert_refused_apart
from conftest import ROOT, built_corpus, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "model-v2-weapons-test"
CLAIMS = "claims/w1.yaml"
LAUNCH = "weapons-test-zedland-icbm-2031-10-30"
THREAT = "weapons-test-zedland-nuclear-threatened"
QUOTE = 'quote: "Tarsia and Brelia condemned the launch."'


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The case built once; tests must not modify it."""
    return built_corpus(tmp_path_factory, CASE)


def test_the_exercises_query_lists_a_missile_test_with_its_flight(store):
    rows = {r["fact"]: r for r in query_rows(store, "exercises")}
    launch = rows[LAUNCH]
    assert launch["kind"] == "weapons test" and launch["held_by"] == "Zedland" and launch["dates"] == "2031-10-30"
    assert launch["place"] == "Port Vale: a site near Port Vale"
    assert launch["weapons"] == "Grom, intercontinental ballistic missile"
    assert launch["flight"] == ("1 hour 26 minutes; about 1000 km; apogee more than 7000 km; came down in the sea east of "
                                "the Tarsian coast, outside Tarsia's exclusive economic zone")
    assert launch["observers"] == "Oren Voss" and launch["modality"] == "reported"
    # A test threatened on a condition is planned, not done.
    assert rows[THREAT]["modality"] == "planned (condition: if Tarsian warships entered its waters)" and rows[THREAT]["weapons"] == "nuclear weapon"


def test_a_state_s_exercises_include_the_weapons_it_tested_and_not_those_it_condemned(store):
    assert {r["fact"] for r in query_rows(store, "exercises", state="Zedland")} == {LAUNCH, THREAT}
    assert query_rows(store, "exercises", state="Tarsia") == []


def test_the_condemnation_is_about_the_test_and_the_timeline_lists_it(store):
    rows = query_rows(store, "timeline", entity="Zedland")
    kinds = {r["fact"]: r["kind"] for r in rows}
    assert kinds[LAUNCH] == "weapons test" and kinds[THREAT] == "weapons test"
    statements = query_rows(store, "statements", speaker="Tarsia")
    assert any(LAUNCH in (r.get("about") or "") for r in statements), statements


def test_a_key_of_a_weapons_test_on_an_attack_and_a_test_with_no_one_firing_are_refused(store, tmp_path):
    assert_refused_apart(CASE, CLAIMS, store, tmp_path,
                         f"{{id: x, fact: attack-zedland-x, type: Attack, perpetrator: Zedland, landingArea: the sea, {QUOTE}}}",
                         "key 'landingArea' does not apply to an Attack: its domain is WeaponsTest")
    assert_refused_apart(CASE, CLAIMS, store, tmp_path,
                         f"{{id: x, fact: weapons-test-x, type: WeaponsTest, weapon: missile, {QUOTE}}}",
                         "a weapons test says who carried it out (initiator) or where it was launched from (launchSite)")


def test_the_vocabulary_finds_the_kind_by_the_words_of_the_news():
    for words in (["missile", "test"], ["nuclear", "test"], ["test-fire"]):
        out = kg_cli("vocabulary", *words, check=0).stdout
        assert out.startswith("WeaponsTest (kind of fact"), (words, out[:300])
