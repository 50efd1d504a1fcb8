"""Rule set 22a, through the real ``kg extract`` command: each construct on a small article
written for these tests (invented people, real states of the gazetteer), then on the
sample corpus's article where it was missed. A state that defends another's act backs it;
"one of the first countries to voice support" is the state, a government "the only ... to
do so" its government; a speaker who calls sanctions illegitimate rejects them; facing
scrutiny for alleged crimes is being accused of them; international criticism for "its"
act accuses its subject; "viewed as pariahs by X" is X's assessment; "X, representing a
body" speaks for it; a person in attendance at an event abroad takes part and visits; a
meeting in another state's city is a visit there when the journey or an event attended is told; "another visit" repeats the visits
told before; "with X being a provider of gas" supplies the party that depends on X; a
supplier with no recipient supplies the party its sentence says it supports; a military
coup that ousted a government was its state's armed forces'; "due to its annexation" is
the subject's; "said that A and B were bound by ties" is about A and B."""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import CORPUS, kg_cli
from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> dict[str, list[dict]]:
    """The sample corpus drafted with its own registry: article id -> drafted claims."""
    out = tmp_path_factory.mktemp("sample")
    proc = kg_cli("extract", *sorted((CORPUS / "articles").glob("*.txt")), "--corpus", CORPUS, "-o", out, "-q")
    assert proc.returncode == 0, proc.stderr
    return {p.stem[:3]: yaml.safe_load(p.read_text(encoding="utf-8"))["claims"] for p in sorted(out.glob("*.yaml"))}


def roles(claims, kind, *keys):
    """(values of ``keys``) of each claim of ``kind``, lists as tuples."""
    return [tuple(tuple(v) if isinstance(v, list) else v for v in (c.get(k) for k in keys)) for c in of(claims, kind)]


# -- defending another's act -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In response, Peru rushed to defend Chile's invasion of Bolivia on Monday.",
    "Peru seized the chance to justify Chile's crackdown on protesters.",
])
def test_defending_a_state_s_act_is_support_for_that_state(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert roles(claims, "StatementOfSupport", "speaker", "about") == [("peru", "chile")], claims


def test_defending_an_act_no_one_owns_backs_no_one(tmp_path):
    claims, _ = extract(tmp_path, "Peru rushed to defend the invasion on Monday.")
    assert not of(claims, "StatementOfSupport"), claims


def test_sample_myanmar_s_government_defended_russia_s_invasion(sample):
    assert ("myanmar-junta", "russia") in roles(sample["003"], "StatementOfSupport", "speaker", "about")


def test_one_of_the_first_countries_to_voice_support_is_the_state(tmp_path, sample):
    claims, _ = extract(tmp_path, "Brasilia was one of the first countries to voice support for Peru.")
    assert roles(claims, "StatementOfSupport", "speaker", "about") == [("brazil", "peru")], claims
    # "Moscow was one of the first countries to voice support for the junta": Russia, not its government
    assert ("russia", "myanmar-junta") in roles(sample["001"], "StatementOfSupport", "speaker", "about")


# -- rejections, accusations, assessments ------------------------------------------------

def test_sanctions_a_speaker_calls_unlawful_are_rejected_by_the_speaker(tmp_path, sample):
    claims, _ = extract(tmp_path, '"The unlawful sanctions against Iran will fail," Chilean Foreign Minister Tor Ashby '
                                  'said.')
    assert roles(claims, "Rejection", "speaker") == [("tor-ashby",)], claims
    assert ("mikhail-mishustin",) in roles(sample["003"], "Rejection", "speaker")


def test_the_narrator_s_adjective_rejects_nothing(tmp_path):
    claims, _ = extract(tmp_path, "The illegal sanctions hurt Iran's economy.")
    assert not of(claims, "Rejection"), claims


def test_facing_questions_over_alleged_abuses_is_an_accusation(tmp_path, sample):
    claims, _ = extract(tmp_path, "Peruvian President Tor Ashby confronts questions over alleged abuses against "
                                  "protesters.")
    [acc] = of(claims, "Accusation")
    assert acc["about"] == "tor-ashby" and acc["subject"] == "alleged abuses against protesters", acc
    assert any(c["about"] == "min-aung-hlaing" and "Rohingya" in c["subject"] for c in of(sample["004"], "Accusation"))


def test_international_criticism_for_its_act_accuses_the_subject(tmp_path, sample):
    claims, _ = extract(tmp_path, "Chile drew sharp international criticism for its treatment of migrants.")
    assert roles(claims, "Accusation", "speaker", "about") == [("international-community", "chile")], claims
    # "increasing international rebuke for its mishandling of opposition figures": about that mishandling, drafted
    # as a fact of its own (the repression), which the accusation points to
    assert any(c.get("speaker") == "international-community" and "mishandling" in c["quote"]
               for c in of(sample["001"], "Accusation"))


def test_viewed_as_by_someone_is_their_assessment_of_the_pair_before_both(tmp_path, sample):
    claims, _ = extract(tmp_path, "Chile and Peru, both viewed as rivals by Brazil, met on Monday.")
    assert roles(claims, "Assessment", "speaker", "about") == [("brazil", ("chile", "peru"))], claims
    assert ("the-west", ("government-of-russia", "myanmar-junta")) in roles(sample["003"], "Assessment", "speaker",
                                                                              "about")


def test_viewed_as_by_no_one_named_is_no_assessment(tmp_path):
    claims, _ = extract(tmp_path, "Chile and Peru, both viewed as rivals, met on Monday.")
    assert not of(claims, "Assessment"), claims


# -- representatives ---------------------------------------------------------------------

@pytest.mark.parametrize("verb, position", [("said the talks would resume", "spokesperson"),
                                            ("attended the summit", "envoy")])
def test_a_person_representing_a_body_holds_a_post_in_it(tmp_path, verb, position):
    claims, _ = extract(tmp_path, f"Lin Hale, representing the African Union, {verb}.")
    assert roles(claims, "PositionHeld", "holder", "positionOf", "position") == [
        ("lin-hale", "african-union", position)], claims


def test_sample_nay_phone_latt_speaks_for_the_nug(sample):
    assert ("nay-phone-latt", "national-unity-government", "spokesperson") in roles(
        sample["000"], "PositionHeld", "holder", "positionOf", "position")


# -- being there -------------------------------------------------------------------------

def test_a_person_in_attendance_at_a_parade_abroad_takes_part_and_visits(tmp_path, sample):
    claims, _ = extract(tmp_path, "Chilean President Tor Ashby announced that troops from Peru would march in the "
                                  "military parade in Santiago on September 18, with Peruvian President Lin Hale also "
                                  "in attendance.")
    assert roles(claims, "Ceremony", "participant", "date") == [("lin-hale", "2030-09-18")], claims
    assert roles(claims, "Visit", "visitor", "hostState", "date") == [("lin-hale", "chile", "2030-09-18")], claims
    assert ("min-aung-hlaing", "moscow", "2025-05-09") in roles(sample["004"], "Ceremony", "participant", "place", "date")
    assert ("min-aung-hlaing", "russia", "2025-05-09") in roles(sample["004"], "Visit", "visitor", "hostState", "date")


@pytest.mark.parametrize("text, date", [
    # the journey told (a meeting in a city alone is no visit: tests/test_extract_r25.py)
    ("Chilean President Tor Ashby met Peruvian President Lin Hale in Lima on Tuesday after flying in from Santiago.",
     "2030-09-03"),
    ("Chilean President Tor Ashby and Peruvian President Lin Hale met on the sidelines of a trade forum in Lima in "
     "June.", "2030-06"),
])
def test_a_meeting_in_another_state_s_city_is_a_visit_there(tmp_path, text, date):
    claims, _ = extract(tmp_path, text)
    assert roles(claims, "Visit", "visitor", "hostState", "date") == [("tor-ashby", "peru", date)], claims


def test_another_visit_repeats_the_visits_told_before(tmp_path, sample):
    claims, _ = extract(tmp_path, "Chilean President Tor Ashby arrived in Peru on Monday. Another visit took place in "
                                  "July.")
    assert sorted(roles(claims, "Visit", "visitor", "hostState", "date")) == [
        ("tor-ashby", "peru", "2030-07"), ("tor-ashby", "peru", "2030-09-02")], claims
    assert ("min-aung-hlaing", "russia", "2022-07") in roles(sample["001"], "Visit", "visitor", "hostState", "date")


def test_another_visit_of_several_visitors_before_is_no_one_s(tmp_path):
    claims, _ = extract(tmp_path, "Chilean President Tor Ashby arrived in Peru on Monday. Peruvian President Lin Hale "
                                  "visited Chile in May. Another visit took place in July.")
    assert not [c for c in of(claims, "Visit") if c.get("date") == "2030-07"], claims


# -- suppliers -----------------------------------------------------------------------------

def test_a_provider_supplies_the_party_that_depends_on_it(tmp_path, sample):
    claims, _ = extract(tmp_path, "Peru's reliance on Chile extends to energy, with Santiago being a provider of "
                                  "natural gas.")
    assert roles(claims, "Supply", "supplier", "recipient", "item") == [("chile", "peru", "natural gas")], claims
    assert ("russia", "myanmar", "coronavirus vaccines") in roles(sample["001"], "Supply", "supplier", "recipient",
                                                                  "item")


def test_a_supplier_with_no_recipient_supplies_whom_its_sentence_says_it_backs(tmp_path, sample):
    claims, _ = extract(tmp_path, "Peru has been backed by Chile, with Chile serving as a key arms supplier.")
    assert roles(claims, "ArmsTransfer", "supplier", "recipient") == [("chile", "peru")], claims
    assert ("russia", "myanmar") in roles(sample["000"], "ArmsTransfer", "supplier", "recipient")


# -- coups, annexations, what was said -----------------------------------------------------

def test_a_military_coup_that_ousted_a_government_was_its_state_s_armed_forces(tmp_path, sample):
    claims, _ = extract(tmp_path, "Thailand criticised the 2021 military coup that ousted Myanmar's government.")
    assert roles(claims, "SeizureOfPower", "perpetrator", "date") == [("myanmar-armed-forces", "2021")], claims
    assert ("myanmar-armed-forces", "myanmar-democratic-government") in roles(sample["004"], "SeizureOfPower",
                                                                             "perpetrator", "target")
    # "Myanmar's military administration since its seizure of power in February 2021"
    assert ("myanmar-armed-forces", "2021-02") in roles(sample["003"], "SeizureOfPower", "perpetrator", "date")


def test_an_annexation_due_to_its_subject_is_the_subject_s(tmp_path, sample):
    claims, _ = extract(tmp_path, "Peru faces isolation due to its annexation of Crimea.")
    assert roles(claims, "Invasion", "perpetrator", "place") == [("peru", "crimea")], claims
    assert ("russia", "crimea") in roles(sample["002"], "Invasion", "perpetrator", "place")


def test_said_that_two_states_were_bound_is_about_both(tmp_path):
    claims, _ = extract(tmp_path, "Tor Ashby said that Peru and Chile were bound by close ties.")
    assert roles(claims, "Statement", "speaker", "about") == [("tor-ashby", ("peru", "chile"))], claims
