"""Rule set 44 (events and relations told in more forms), through the real ``kg extract``
command on small articles written for these tests and read with the development set's
registry (one run for all, a module-scoped fixture). Each form is checked beside the
look-alikes that must draft nothing:

- an attack told by the weapon that hits ("Israeli tank fire hit five border towns"),
  not one only possible, asked about, denied or fired by no one named;
- a body's whole membership counted ("the Security Council's 15 members"), not some of
  its members counted ("three members of ..."), member states a tally counts ("140 of
  the 193 UN member states") nor a body's size as an adjective;
- a state's economic controls imposed, eased or lifted ("lifted its exchange controls"),
  not a ban lifted, nor controls that could be, were refused or asked about;
- a standing a state strips from others ("would strip diplomatic status from ..."), not
  one it could strip or did not;
- a place told in apposition as a region of a state ("Crimea, a breakaway region of
  Ukraine") or as an island off a coast ("an island off Hokkaido"), not a region "of
  importance", nor a ship off a coast;
- a producer's cut in output announced by a minister ("Iran's oil minister, Javad Owji,
  announced a cut of 128,000 bpd") or told as 'his country' by one, cut by the state they
  serve; not a fall in output a minister only speaks of, nor a cut in taxes;
- a package of help announced for a state ("announced a $5 billion aid package for
  Ukraine"), not one that could be, was not or is asked about, nor a package of sanctions.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # attacks told by the weapon
    "tank_fire": "Israeli tank fire hit five border towns on Thursday.",
    "barrage": "Russia's missile barrage pounded Ukraine's power grid on Monday.",
    "fire_could": "Israeli tank fire could hit the border towns.",
    "fire_if": "If Israeli tank fire hits the border towns, the villagers will leave.",
    "fire_asked": "Did Israeli tank fire hit the border towns?",
    "fire_denied": "Israeli tank fire did not hit the border towns.",
    "fire_no_one": "The tank fire hit five border towns on Thursday.",
    # a body's members counted
    "council_members": "Thirteen of the Security Council's 15 members backed the draft.",
    "member_states": "More than 140 of the 193 UN member states recognise Palestine.",
    "union_members": "The European Union's 27 members agreed on the text on Monday.",
    "some_members": "Three members of the European Union abstained on Monday.",
    "sized_body": "The 15-member Security Council voted on the draft on Friday.",
    # controls
    "lifted": "Argentina lifted its exchange controls on Monday.",
    "imposed": "Nigeria imposed capital controls in 2019.",
    "lift_could": "Argentina could lift its exchange controls.",
    "lift_refused": "Argentina refused to lift its exchange controls.",
    "lift_denied": "Argentina did not lift its exchange controls.",
    "lift_asked": "Will Argentina lift its exchange controls?",
    "lifted_ban": "Argentina lifted its ban on wheat exports on Monday.",
    # standings stripped
    "strip": "Britain would strip diplomatic status from two Russian-owned properties.",
    "strip_could": "Britain could strip diplomatic status from two Russian-owned properties.",
    "strip_denied": "Britain did not strip diplomatic status from the properties.",
    # places in apposition
    "region_of": "Crimea, a Russian-backed breakaway region of Ukraine, voted on Sunday.",
    "island_off": "Crimea, a peninsula off Ukraine, was annexed in 2014.",
    "region_of_importance": "Crimea is a region of great importance to Russia.",
    "ship_off": "A tanker off Ukraine was seized.",
    # output cut by the state a minister serves
    "minister_cut": "Iran's oil minister, Javad Owji, announced a cut of 128,000 bpd on Sunday.",
    "his_country_cut": "Javad Owji, Iran's oil minister, said his country would reduce output by 144,000 bpd.",
    "output_falls": "Javad Owji, Iran's oil minister, said output would fall.",
    "tax_cut": "Emmanuel Macron announced a cut of 20 percent in taxes.",
    # packages of help
    "package": "The United States announced a $5 billion aid package for Ukraine on Monday.",
    "package_of": "The European Union approved a military aid package of 10 billion euros for Ukraine.",
    "package_pledged": "Germany pledged a humanitarian aid package to Sudan.",
    "package_could": "The United States could announce an aid package for Ukraine.",
    "package_denied": "The United States did not announce an aid package for Ukraine.",
    "package_asked": "Will the United States announce an aid package for Ukraine?",
    "package_sanctions": "The United States announced a package of sanctions against Russia.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r44c"), ARTICLES, "--entities", REGISTRY)
    return found


def test_an_attack_told_by_the_weapon_that_hits(drafts):
    [a] = of(drafts["tank_fire"], "Attack")
    assert (a["perpetrator"], a["target"], a["weapon"], a["date"]) == (
        "israel", "5 unnamed border towns", "tank fire", "2030-08-29")
    [a] = of(drafts["barrage"], "Attack")
    assert (a["perpetrator"], a["target"], a["weapon"]) == (
        "russia", {"actor": "unnamed power grid", "for": "ukraine"}, "missile barrage")
    for case in ("fire_could", "fire_if", "fire_asked", "fire_denied", "fire_no_one"):
        assert of(drafts[case], "Attack") == [], case


def test_a_bodys_whole_membership_counted(drafts):
    [m] = of(drafts["council_members"], "Membership")
    assert (m["member"], m["memberOf"]) == ("15 unnamed members", "un-security-council")
    [m] = of(drafts["union_members"], "Membership")
    assert (m["member"], m["memberOf"]) == ("27 unnamed members", "european-union")
    for case in ("member_states", "some_members"):  # a tally of member states; some members counted
        assert of(drafts[case], "Membership") == [], case
    assert of(drafts["sized_body"], "Membership") == []
    assert [v["votingBody"] for v in of(drafts["sized_body"], "Vote")] == ["un-security-council"]


def test_a_states_economic_controls_imposed_or_lifted(drafts):
    [e] = of(drafts["lifted"], "ExecutiveAction")
    assert (e["initiator"], e["subject"], e["date"]) == ("argentina", "lifted its exchange controls", "2030-09-02")
    [e] = of(drafts["imposed"], "ExecutiveAction")
    assert (e["initiator"], e["subject"], e["date"]) == ("nigeria", "imposed capital controls", "2019")
    for case in ("lift_could", "lift_refused", "lift_denied", "lift_asked", "lifted_ban"):
        assert of(drafts[case], "ExecutiveAction") == [], case


def test_a_standing_a_state_strips(drafts):
    [e] = of(drafts["strip"], "ExecutiveAction")
    assert (e["initiator"], e["subject"], e.get("modality")) == (
        "united-kingdom", "strip diplomatic status from two Russian-owned properties", "planned")
    for case in ("strip_could", "strip_denied"):
        assert of(drafts[case], "ExecutiveAction") == [], case


def test_a_package_of_help_announced_for_a_state(drafts):
    [s] = of(drafts["package"], "Support")
    assert (s["supporter"], s["supported"], s["value"], s["date"]) == ("united-states", "ukraine", "USD 5 billion", "2030-09-02")
    [s] = of(drafts["package_of"], "Support")
    assert (s["supporter"], s["supported"], s["value"], s["supportKind"]) == (
        "european-union", "ukraine", "10 billion euros", "military")
    [s] = of(drafts["package_pledged"], "Support")
    assert (s["supporter"], s["supported"], s["supportKind"], s["status"]) == ("germany", "sudan", "humanitarian", "promised")
    for case in ("package_could", "package_denied", "package_asked", "package_sanctions"):
        assert of(drafts[case], "Support") == [], case


def test_a_place_in_apposition_lies_in_the_state_its_noun_names(drafts):
    for case in ("region_of", "island_off"):
        assert [(f["located"], f["place"]) for f in of(drafts[case], "Location")] == [("crimea", "ukraine")], case
    for case in ("region_of_importance", "ship_off"):
        assert of(drafts[case], "Location") == [], case


def test_a_producers_cut_announced_by_the_minister_who_serves_it(drafts):
    [e] = of(drafts["minister_cut"], "ExecutiveAction")
    assert (e["initiator"], e["amount"], e["said_by"]) == ("iran", "128000 barrels per day", "javad-owji")
    [e] = of(drafts["his_country_cut"], "ExecutiveAction")
    assert (e["initiator"], e["amount"], e["modality"]) == ("iran", "144000 barrels per day", "planned")
    for case in ("output_falls", "tax_cut"):
        assert of(drafts[case], "ExecutiveAction") == [], case
