"""What a new user's trial on an unseen article (a coup, an HTML page) showed, through
the real ``kg extract`` command on small articles written for these tests (invented
people, real states of the gazetteer): a registry name at the end of a longer name is
not that entity; soldiers the text does not name seize power; a person placed under
house arrest is detained, and a clause telling when ("minutes after the commission
declared ...") does not make the act reported; a speaker's own term is the term, not
the clause hung on it."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


@pytest.mark.parametrize("body", [
    "The African Union's Peace and Security Council on Thursday suspended Gabon from all activities of the union.",
    "The Peace and Security Council suspended Gabon on Thursday.",
])
def test_a_registry_name_ending_a_longer_name_is_not_that_entity(tmp_path, body):
    claims, out = extract(tmp_path, body, published="2030-08-31")
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.glob("*.yaml"))
    assert "united-nations-security-council" not in text, claims


def test_the_security_council_itself_is_still_found(tmp_path):
    claims, _ = extract(tmp_path, "The UN Security Council suspended Gabon on Thursday, diplomats said.",
                        published="2030-08-31")
    assert any(c.get("authority") == "united-nations-security-council" for c in of(claims, "Sanction")), claims


@pytest.mark.parametrize("body, perpetrator", [
    ("Army officers in Gabon seized power on Wednesday.", "unnamed army officers"),
    ("Mutinous soldiers seized power in Gabon on Wednesday.", "unnamed mutinous soldiers"),
])
def test_soldiers_the_text_does_not_name_seize_power(tmp_path, body, perpetrator):
    claims, _ = extract(tmp_path, body, published="2030-08-31")
    [coup] = of(claims, "SeizureOfPower")
    assert coup["perpetrator"] == perpetrator and coup["place"] == "gabon", coup
    assert coup["date"] == "2030-08-28"


def test_no_state_named_no_seizure_by_unnamed_soldiers(tmp_path):
    claims, _ = extract(tmp_path, "Soldiers seized power on Wednesday.", published="2030-08-31")
    assert not of(claims, "SeizureOfPower"), claims


def test_a_person_placed_under_house_arrest_is_detained_and_a_clause_of_time_reports_nothing(tmp_path):
    claims, _ = extract(tmp_path, "Army officers in Gabon seized power on Wednesday, placing President Tor Ashby "
                                  "under house arrest minutes after the election commission declared him the "
                                  "winner of a third term.", published="2030-08-31")
    [held] = of(claims, "Detention")
    assert held["target"] == "tor-ashby" and held.get("modality", "asserted") == "asserted", held
    assert "said_by" not in held


def test_a_speaker_s_own_term_is_the_term_not_the_clause_hung_on_it(tmp_path):
    claims, _ = extract(tmp_path, "Chile and Peru signed a trade pact on Monday. Bolivia voiced alarm at what it "
                                  "called a \"dangerous alliance\" spreading across the region, where two "
                                  "governments have now fallen.", published="2030-08-31")
    for c in of(claims, "Characterisation"):
        assert c["category"] in ('"dangerous alliance"', "dangerous alliance"), c


def test_a_capitalised_particle_inside_a_name_does_not_end_it(tmp_path):
    claims, out = extract(tmp_path, "French Foreign Minister Jean-Yves Le Drian said on Friday that the junta was "
                                    "\"out of control\".", published="2030-01-31")
    assert any(c.get("holder") == "jean-yves-le-drian" for c in of(claims, "PositionHeld")), claims
    assert "jean-yves-le," not in "\n".join(p.read_text(encoding="utf-8") for p in out.glob("*.yaml"))


def test_an_envoy_named_beside_the_noun_is_expelled_by_name(tmp_path):
    claims, _ = extract(tmp_path, "Mali's military-led transitional government on Monday ordered the French "
                                  "ambassador, Tor Ashby, to leave the country within 72 hours.", published="2030-01-31")
    [expulsion] = of(claims, "DiplomaticExpulsion")
    assert expulsion["initiator"] == "mali" and expulsion["target"] == "tor-ashby", expulsion


@pytest.mark.parametrize("body, owner", [
    ("Tor Ashby, the secretary of Armenia's Security Council, announced the truce on Tuesday.", "Armenia"),
    ("The Russian Security Council met on Friday to discuss the truce.", "Russia"),
])
def test_a_state_s_own_security_council_is_not_the_un_s(tmp_path, body, owner):
    claims, out = extract(tmp_path, body, published="2030-09-15")
    text = "\n".join(p.read_text(encoding="utf-8") for p in out.glob("*.yaml"))
    assert "united-nations-security-council" not in text, text


def test_troops_kept_somewhere_to_fight_are_no_war(tmp_path):
    claims, _ = extract(tmp_path, "France has kept thousands of troops in the Sahel since 2013 to fight Islamist "
                                  "insurgents.", published="2030-01-31")
    assert not of(claims, "ArmedConflict"), claims
