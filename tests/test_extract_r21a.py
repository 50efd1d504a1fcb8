"""Rule set 21a, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): a warrant names one person,
so warrants against two people are a warrant each; states that follow the act told just
before ("are expected to follow", "followed suit") do that act, each its own fact."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


def test_warrants_against_two_people_are_a_warrant_each(tmp_path):
    claims, _ = extract(tmp_path, "Chile criticised the arrest warrants the International Criminal Court issued in "
                                  "November against Tor Ashby and his former defence minister, Lee Hart.",
                        published="2030-09-03")
    warrants = of(claims, "LegalAction")
    assert sorted(c["target"] for c in warrants) == ["lee-hart", "tor-ashby"], warrants
    for c in warrants:
        assert c["court"] == "international-criminal-court" and c["status"] == "issued", c
        assert c["date"] == "2029-11", c


def test_states_expected_to_follow_recognise_as_the_state_before(tmp_path):
    claims, _ = extract(tmp_path, "Later on Sunday, Portugal's foreign minister, Tor Ashby, announced that his country "
                                  "had also recognised Palestine. France, Belgium and Malta are expected to follow at "
                                  "a summit in New York on Monday.", published="2030-09-01")
    recognitions = of(claims, "Recognition")
    assert sorted(c["recogniser"] for c in recognitions) == ["belgium", "france", "malta", "portugal"], recognitions
    for c in recognitions:
        assert c["recognised"] == "palestine", c
        if c["recogniser"] != "portugal":
            assert c["modality"] == "planned" and c["date"] == "2030-09-02", c


def test_a_state_that_followed_suit_imposed_the_same_sanctions(tmp_path):
    claims, _ = extract(tmp_path, "Canada imposed sanctions on Tor Ashby on Monday. Australia followed suit on Tuesday.",
                        published="2030-09-03")
    assert sorted((c["authority"], c["target"], c["date"]) for c in of(claims, "Sanction")) == [
        ("australia", "tor-ashby", "2030-09-03"), ("canada", "tor-ashby", "2030-09-02")], claims


@pytest.mark.parametrize("after", [
    "Australia followed the talks closely.",
    "Chile followed with a statement.",
    "The talks were followed by a dinner.",
])
def test_following_something_else_is_no_act(tmp_path, after):
    claims, _ = extract(tmp_path, "Canada imposed sanctions on Tor Ashby on Monday. " + after, published="2030-09-03")
    assert [c["authority"] for c in of(claims, "Sanction")] == ["canada"], claims
