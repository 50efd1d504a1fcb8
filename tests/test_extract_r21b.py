"""The events of a clash between two states and its truce, and who says them, through the
real ``kg extract`` command on small articles written for these tests (invented people,
real states of the gazetteer): fighting that breaks out between the two states the
article sets against each other, an attack told by a demonym on each side, the dead a
side counts, ceasefires reached, collapsed or brokered by a third party, a call by
telephone, a request for help and the allies it is made to; a ministry that speaks "in
response", the envoy a state recalls, the target of a condemnation named by surname."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

FRONT = "Tension has risen on the frontier between Chile and Peru. "


def test_fighting_breaking_out_is_a_conflict_of_the_two_states_the_border_sets_apart(tmp_path):
    claims, _ = extract(tmp_path, FRONT + "The fighting erupted on Tuesday.", published="2030-09-05")
    [war] = of(claims, "ArmedConflict")
    assert sorted(war["participant"]) == ["chile", "peru"], war
    assert "2030-09-03" in (war.get("startDate"), war.get("date")), war


def test_no_sides_no_conflict_from_an_outbreak(tmp_path):
    claims, _ = extract(tmp_path, "Chile and Peru traded goods. The fighting erupted on Tuesday.", published="2030-09-05")
    assert not of(claims, "ArmedConflict"), claims


def test_the_dead_a_side_counts_are_the_conflict_s_toll_with_who_gives_the_figure(tmp_path):
    claims, _ = extract(tmp_path, FRONT + "The fighting erupted on Tuesday. Peru's Defence Ministry said it had lost "
                                          "12 soldiers. President Tor Ashby told reporters that 30 Chilean troops had "
                                          "been killed.", published="2030-09-05")
    wars = of(claims, "ArmedConflict")
    assert len({w["fact"] for w in wars}) == 1, wars
    tolls = {w["killed"]: w for w in wars if "killed" in w}
    assert set(tolls) == {12, 30}, wars
    assert tolls[12]["said_by"] == "peru-defence-ministry" and tolls[30]["said_by"] == "tor-ashby", tolls


def test_the_dead_of_a_third_state_are_no_toll_of_the_two_sides(tmp_path):
    claims, _ = extract(tmp_path, FRONT + "Bolivia's Defence Ministry said it had lost 12 soldiers.",
                        published="2030-09-05")
    assert not [c for c in of(claims, "ArmedConflict") if "killed" in c], claims


def test_an_attack_told_by_demonyms_is_the_attack_of_one_state_on_the_other(tmp_path):
    claims, _ = extract(tmp_path, "Peru's Defence Ministry said Chilean forces had shelled Peruvian border posts.",
                        published="2030-09-05")
    [attack] = of(claims, "Attack")
    assert attack["perpetrator"] == "chile" and attack["target"] == "peru", attack
    assert attack["said_by"] == "peru-defence-ministry" and attack["modality"] == "alleged", attack


def test_an_attack_told_by_a_third_party_is_reported_not_alleged(tmp_path):
    claims, _ = extract(tmp_path, "Brazil's foreign ministry said Chilean forces had shelled Peruvian border posts.",
                        published="2030-09-05")
    [attack] = of(claims, "Attack")
    assert attack["modality"] == "reported", attack


def test_an_attack_led_by_a_group_on_its_territory(tmp_path):
    claims, _ = extract(tmp_path, "Peru was defending itself after the Bolivian-led attack on its territory on "
                                  "October 7.", published="2030-11-01")
    [attack] = of(claims, "Attack")
    assert attack["perpetrator"] == "bolivia" and attack["target"] == "peru" and attack["date"] == "2030-10-07", attack


def test_a_ceasefire_brokered_by_a_third_state_and_broken(tmp_path):
    claims, _ = extract(tmp_path, FRONT + "A ceasefire mediated by Brazil on Sunday broke down the next day.",
                        published="2030-09-05")
    [truce] = of(claims, "Agreement")
    assert sorted(truce["party"]) == ["chile", "peru"] and truce["mediator"] == "brazil", truce
    assert truce["status"] == "ended" and truce["date"] == "2030-09-01", truce


def test_one_truce_told_in_several_sentences_is_one_fact(tmp_path):
    claims, _ = extract(tmp_path, FRONT + "A truce declared by Lima has calmed the area. \"A truce has been agreed,\" "
                                          "President Tor Ashby said.", published="2030-09-05")
    truces = of(claims, "Agreement")
    assert len(truces) == 2 and len({t["fact"] for t in truces}) == 1, truces
    assert all(sorted(t["party"]) == ["chile", "peru"] for t in truces), truces


def test_a_call_whose_with_hangs_on_the_telephone(tmp_path):
    claims, _ = extract(tmp_path, "President Tor Ashby of Chile thanked Peru. Ashby later talked by telephone with "
                                  "Kesh Amon on Friday.", published="2030-09-05")
    [call] = of(claims, "Meeting")
    assert sorted(call["participant"]) == ["kesh-amon", "tor-ashby"] and call["meetingMode"] == "by telephone", call
    assert call["date"] == "2030-08-30", call


def test_a_government_asking_for_help_through_its_leader(tmp_path):
    claims, _ = extract(tmp_path, "Estonian Prime Minister Tor Ashby said his government had asked Germany for military "
                                  "assistance, and had also appealed to the European Union.", published="2030-09-05")
    appeals = {c["about"]: c for c in of(claims, "Appeal")}
    assert set(appeals) == {"germany", "european-union"}, claims
    assert all(a["speaker"] == "estonia" and a["said_by"] == "tor-ashby" for a in appeals.values()), appeals


def test_asking_without_help_is_no_appeal(tmp_path):
    claims, _ = extract(tmp_path, "Estonia asked Germany about the weather on Monday.", published="2030-09-05")
    assert not of(claims, "Appeal"), claims


def test_an_appeal_to_a_state_and_its_allies_names_the_alliance_it_leads(tmp_path):
    claims, _ = extract(tmp_path, "Estonia is pressing Berlin and its allies for weapons. The German-led European Union "
                                  "has not answered.", published="2030-09-05")
    [appeal] = of(claims, "Appeal")
    assert "european-union" in appeal["about"], appeal


def test_a_ministry_saying_in_response_that_its_state_recalls_its_named_envoy(tmp_path):
    claims, _ = extract(tmp_path, "Peru on Tuesday ordered Chile's ambassador, Tor Ashby, to leave within 48 hours. "
                                  "The Chilean foreign ministry said in reply that Chile was recalling its ambassador.",
                        published="2030-09-05")
    [recall] = of(claims, "EnvoyRecall")
    assert recall["recalled"] == "tor-ashby" and recall["recalledFrom"] == "peru", recall
    assert recall["modality"] == "reported" and recall["said_by"] == "chile-foreign-ministry", recall


def test_a_condemnation_of_a_person_s_remarks_named_by_surname(tmp_path):
    claims, _ = extract(tmp_path, "Chilean Interior Minister Kesh van Amon said on Monday that Peru was a threat. Peru "
                                  "said it \"firmly condemned\" Van Amon's remarks.", published="2030-09-05")
    [criticism] = [c for c in of(claims, "Criticism") if c["speaker"] == "peru"]
    assert criticism["about"] == "kesh-van-amon", criticism


def test_a_person_proposed_with_an_office_of_a_state_is_proposed_with_that_state(tmp_path):
    import yaml

    _, out = extract(tmp_path, "Peruvian Defence Minister Ana Kell said on Monday that Chile was a threat.",
                     published="2030-09-05")
    [drafted] = sorted(out.glob("*.yaml"))
    entities = yaml.safe_load(drafted.read_text(encoding="utf-8"))["entities"]
    ids = [e["id"] for e in entities]
    [kell] = [e for e in entities if e["id"] == "ana-kell"]
    assert kell.get("of") == "peru", entities
    assert "peru" in ids and ids.index("peru") < ids.index("ana-kell"), ids


def test_a_call_told_before_the_main_clause_is_a_meeting_by_telephone(tmp_path):
    claims, _ = extract(tmp_path, "After what he described as a long call with Tor Ashby, Kesh Amon said he would fly "
                                  "to Lima on Monday.", published="2030-09-05")
    [call] = of(claims, "Meeting")
    assert sorted(call["participant"]) == ["kesh-amon", "tor-ashby"] and call["meetingMode"] == "by telephone", call
    assert "date" not in call and "Kesh Amon" in call["quote"], call


def test_a_call_for_action_is_no_meeting(tmp_path):
    claims, _ = extract(tmp_path, "After a call for calm by Tor Ashby, Kesh Amon said he would fly to Lima on Monday.",
                        published="2030-09-05")
    assert not of(claims, "Meeting"), claims
