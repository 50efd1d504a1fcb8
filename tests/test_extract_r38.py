"""Rule set 38, through the real ``kg extract`` command on small articles written for
these tests and read with the development set's registry (one run for all, a
module-scoped fixture). Each form is checked for what it drafts and for what it must not
(no invented participant, nothing from a look-alike sentence):

- votes: a decision carried by a tally hung on its verb is a Vote of the verb's body,
  whatever was decided ("ratified the treaty by 287 votes to 55", "by a vote of 10 to 1",
  "by 188 votes to six"); a definite "Parliament" stands for the one parliament the
  article names; the object is the vote's target only when it is a name and the verb
  passes judgement on it ("censured Peru", not "ordered Peru to ..."); a state's or a
  person's decision, or a share cut "by 40 to 50 percent", is no vote;
- releases: in the passive only the agent frees ("X called for Y to be released": X
  asks, frees no one);
- deaths: a killing no one does in an accident ("was killed when his helicopter
  crashed", "killed in a plane crash") is a Death, no Attack; one with a doer stays an
  Attack;
- context: the subject of a relative clause in a sentence before ("the sites that Peru
  and Chile bombed") signs no agreement a later passive leaves without parties, as a
  main clause's subject does; talks whose parties are described ("between the warring
  parties") or that resume are no meeting of the article's two states, talks that begin
  are;
- weapons tests: a missile fired into open water is a test with its ``landingArea``, not
  an attack (fired into a state is); a participle of launching takes the subject of the
  firing verb it hangs on ("fired again, launching two projectiles");
- tariffs: the goods behind an amount are the tariff's ("on $3 billion worth of Chilean
  goods", "on 26 billion euros of Chilean goods"), and an amount is no count of unnamed
  targets (people counted are: "a travel ban on two Chilean generals");
- seizures: a thing seized with no name ("seized an oil tanker", "at least five
  commercial ships") is a Seizure of it in words, a named site seized a Seizure of the
  site; a city seized stays Control, and power or a person seized is no Seizure;
- damage: a cable or pipeline damaged or cut is a Damage of it, counted in words when
  unnamed ("four telecommunications cables had been damaged"), with the vessel whose
  anchor did it (``byAsset``, ``instrument``); rates or ties cut, a reputation damaged
  are none;
- bodies: an organisation's possessive before a body whose name's head is a council,
  authority or command ("the UN's Security Council") is that body's parent; a state's own
  council ("Peru's Security Council") is no BodyOf; so is an apposition of an arm, a
  branch or an agency to a named body, its parent after 'of' or before the noun ("X, an
  arm of the United Nations"), not a state.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # votes
    "ratified_tally": "The Verkhovna Rada ratified the treaty with Peru by 287 votes to 55 on Monday.",
    "vote_of_tally": "The Zedland parliament backed the deal by a vote of 10 to 1 on Monday.",
    "word_tally": "The European Parliament approved Sweden's accession by 188 votes to six on Monday.",
    "definite_body": "The European Parliament met in Brussels on Monday. Parliament censured Peru by 20 votes to two.",
    "state_tally": "Peru approved the deal by 20 votes to two on Monday.",
    "ordered_tally": "By 16 votes to 1, the European Parliament ordered Peru to release the prisoners.",
    "share_cut": "The Verkhovna Rada cut spending by 40 to 50 percent on Monday.",
    # releases
    "called_for_release": "Tor Ashby condemned the coup and called for Lina Varo to be released.",
    "released_by_agent": "Lina Varo was released by Tor Ashby on Monday.",
    # deaths
    "killed_when_crashed": "Tor Ashby was killed when his helicopter crashed in the mountains.",
    "killed_in_crash": "Tor Ashby was killed in a plane crash on Monday.",
    "killed_by_gunmen": "Tor Ashby was killed by Lina Varo on Monday.",
    # context
    "relative_subject": "Inspectors were kept out of the sites that Peru and Chile bombed in June. "
                        "An agreement to resume inspections was reached in Lima in September.",
    "main_subject": "Peru and Chile held talks in Lima in June. An agreement was signed in September.",
    "talks_between_described": "Peru and Chile sent aid on Monday. Peru said Chile would help. "
                               "Talks between the warring parties would begin in Lima within three weeks.",
    "talks_resume": "Peru and Chile sent aid on Monday. Peru said Chile would help. Talks would resume in Lima.",
    "talks_begin": "Peru and Chile sent aid on Monday. Peru said Chile would help. Formal talks began in Lima.",
    # weapons tests
    "fired_into_sea": "Peru fired a ballistic missile into the sea off Chile on Monday.",
    "fired_into_state": "Peru fired a ballistic missile into Chile on Monday.",
    "launching_participle": "Peru fired again on Monday, launching two projectiles from rocket launchers.",
    # tariffs
    "tariff_worth": "Peru imposed 25 percent tariffs on $3 billion worth of Chilean goods on Monday.",
    "tariff_of_amount": "Peru imposed tariffs on 26 billion euros of Chilean goods on Monday.",
    "ban_on_counted": "Peru imposed a travel ban on two Chilean generals on Monday.",
    # seizures
    "seized_tanker": "Peru seized an oil tanker in the Pacific on Monday.",
    "seized_counted": "Peru had seized at least five commercial ships in the past two years.",
    "seized_site": "Peru seized the Kumsusan residence on Monday.",
    "seized_city": "Peru seized the city of Kharkiv on Monday.",
    "seized_power": "Peru seized power on Monday.",
    "seized_person": "Peru seized Tor Ashby on Monday.",
    # damage
    "cables_damaged": "Peru said on Monday that four telecommunications cables had also been damaged.",
    "anchor_damaged": "The anchor of the aircraft Air Force One damaged two power cables on Monday.",
    "rates_cut": "Peru cut interest rates and cut ties with Chile on Monday. The row damaged Peru's reputation.",
    # bodies
    "body_head": "The UN's Security Council met on Monday.",
    "state_body": "Peru's Security Council met on Monday.",
    "arm_of": "The UN Security Council, an arm of the United Nations, met on Monday.",
    "arm_of_state": "The UN Security Council, an arm of Peru, met on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r38"), ARTICLES, "--entities", REGISTRY)
    return found


def _votes(claims) -> list[tuple]:
    """(votingBody, target, votesFor, votesAgainst, outcome) of each drafted Vote, sorted."""
    return sorted((c["votingBody"], c.get("target"), c.get("votesFor"), c.get("votesAgainst"), c.get("outcome"))
                  for c in of(claims, "Vote"))


# -- votes -------------------------------------------------------------------------------------------


def test_a_decision_carried_by_a_tally_is_a_vote_of_its_body(drafts):
    assert _votes(drafts["ratified_tally"]) == [("verkhovna-rada", None, 287, 55, "adopted")]
    assert _votes(drafts["vote_of_tally"]) == [("zedland-parliament", None, 10, 1, "adopted")]
    assert _votes(drafts["word_tally"]) == [("european-parliament", None, 188, 6, "adopted")]


def test_a_definite_body_noun_is_the_one_body_of_that_kind_the_article_names(drafts):
    assert _votes(drafts["definite_body"]) == [("european-parliament", "peru", 20, 2, None)]
    assert _votes(drafts["ordered_tally"]) == [("european-parliament", None, 16, 1, None)]


def test_a_state_s_decision_or_a_share_cut_is_no_vote(drafts):
    assert _votes(drafts["state_tally"]) == []
    assert _votes(drafts["share_cut"]) == []


# -- releases and deaths --------------------------------------------------------------------------------


def _released(claims) -> list[tuple]:
    """(released, releasedBy) of each drafted Release, sorted."""
    return sorted((c["released"], c.get("releasedBy")) for c in of(claims, "Release"))


def test_in_the_passive_only_the_agent_releases(drafts):
    assert _released(drafts["called_for_release"]) == [("lina-varo", None)]
    assert _released(drafts["released_by_agent"]) == [("lina-varo", "tor-ashby")]


def test_a_killing_in_an_accident_is_a_death_not_an_attack(drafts):
    for case in ("killed_when_crashed", "killed_in_crash"):
        assert [c["person"] for c in of(drafts[case], "Death")] == ["tor-ashby"]
        assert of(drafts[case], "Attack") == []
    [attack] = of(drafts["killed_by_gunmen"], "Attack")
    assert (attack["target"], attack["perpetrator"]) == ("tor-ashby", "lina-varo")


# -- context ----------------------------------------------------------------------------------------------


def test_a_relative_clause_s_subject_signs_no_agreement_told_after_it(drafts):
    assert of(drafts["relative_subject"], "Agreement") == []
    assert [sorted(c["party"]) for c in of(drafts["main_subject"], "Agreement")] == [["chile", "peru"]]


def test_described_or_resumed_talks_are_no_meeting_of_the_article_s_two_states(drafts):
    assert of(drafts["talks_between_described"], "Meeting") == []
    assert of(drafts["talks_resume"], "Meeting") == []
    assert [sorted(c["participant"]) for c in of(drafts["talks_begin"], "Meeting")] == [["chile", "peru"]]


# -- weapons tests ----------------------------------------------------------------------------------------


def test_a_missile_fired_into_open_water_is_a_test_landing_there(drafts):
    [test] = of(drafts["fired_into_sea"], "WeaponsTest")
    assert (test["initiator"], test["weapon"], test["landingArea"]) == ("peru", "ballistic missile", "the sea")
    assert of(drafts["fired_into_state"], "WeaponsTest") == []
    [launch] = of(drafts["launching_participle"], "WeaponsTest")
    assert (launch["initiator"], launch["quantity"]) == ("peru", 2)


# -- tariffs ----------------------------------------------------------------------------------------------


def test_the_goods_behind_an_amount_are_the_tariff_s_and_the_amount_no_one_counted(drafts):
    for case in ("tariff_worth", "tariff_of_amount"):
        assert [(c["authority"], c["target"]) for c in of(drafts[case], "Tariff")] == [("peru", "chile")]
        assert of(drafts[case], "Sanction") == []
    [ban] = of(drafts["ban_on_counted"], "Sanction")
    assert (ban["authority"], ban["target"]) == ("peru", {"actor": "2 unnamed generals", "for": "chile"})


# -- seizures ---------------------------------------------------------------------------------------------


def _seized(claims) -> list[tuple]:
    """(perpetrator, seized, item, quantity) of each drafted Seizure, sorted."""
    return sorted((c["perpetrator"], c.get("seized"), c.get("item"), c.get("quantity")) for c in of(claims, "Seizure"))


def test_a_thing_or_a_site_seized_is_a_seizure_a_city_control(drafts):
    assert _seized(drafts["seized_tanker"]) == [("peru", None, "oil tanker", None)]
    assert _seized(drafts["seized_counted"]) == [("peru", None, "commercial ships", 5)]
    assert _seized(drafts["seized_site"]) == [("peru", "kumsusan-residence", None, None)]
    assert of(drafts["seized_site"], "Control") == []
    assert _seized(drafts["seized_city"]) == []
    assert [(c["controller"], c["controlled"]) for c in of(drafts["seized_city"], "Control")] == [("peru", "kharkiv")]
    assert _seized(drafts["seized_power"]) == [] and _seized(drafts["seized_person"]) == []


# -- damage -----------------------------------------------------------------------------------------------


def test_a_cable_damaged_or_cut_is_a_damage_of_it_and_rates_cut_are_not(drafts):
    [counted] = of(drafts["cables_damaged"], "Damage")
    assert (counted["damaged"], counted["damage"]) == ("4 unnamed telecommunications cables", "damaged")
    [anchor] = of(drafts["anchor_damaged"], "Damage")
    assert (anchor["damaged"], anchor["byAsset"], anchor["instrument"]) == \
        ("2 unnamed power cables", "air-force-one", "the anchor")
    assert of(drafts["rates_cut"], "Damage") == []


# -- bodies -----------------------------------------------------------------------------------------------


def test_a_body_whose_name_s_head_is_a_council_belongs_to_the_organisation_before_it(drafts):
    assert [(c["body"], c["parentBody"]) for c in of(drafts["body_head"], "BodyOf")] == \
        [("un-security-council", "united-nations")]
    assert of(drafts["state_body"], "BodyOf") == []


def test_an_arm_or_branch_in_apposition_belongs_to_the_body_after_of(drafts):
    assert [(c["body"], c["parentBody"]) for c in of(drafts["arm_of"], "BodyOf")] == \
        [("un-security-council", "united-nations")]
    assert of(drafts["arm_of_state"], "BodyOf") == []
