"""Rule set 23b, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): facts the development set's
drafts told wrongly. "Peru denies it", "Peru rejects that account" after a fact told is
a denial of that fact (the same fact, ``modality: denied``, said by the denier), not a
rejection of no one; a legislature or court the registry gives a state the article never
names ("the National Assembly" of a report on Peru, where the registry's is South
Korea's) is the body of that name of the state the article is about."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of
from test_extract_r21a import extract_dev

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


# -- a denial of the fact told just before --------------------------------------------------

@pytest.mark.parametrize("text, reporter, date", [
    ("Chile says Peruvian drones entered Chilean airspace on Monday. Peru denies it.", "chile", "2030-09-02"),
    ("Chile's defence ministry said on Monday that Peruvian drones had entered Chilean airspace. "
     "Peru rejects that account.", "chile-defence-ministry", None),
    ("According to Chile, Peruvian troops crossed into Chilean territory on Sunday. Peru has rejected that account.",
     "chile", "2030-09-01"),
])
def test_denying_what_was_just_told_is_that_fact_denied(tmp_path, text, reporter, date):
    claims, _ = extract(tmp_path, text)
    told = of(claims, "Incursion")
    assert [c.get("modality") for c in told] == ["reported", "denied"], claims
    reported, denied = told
    # one fact, two accounts: the same participants and id, the denier as its source
    assert denied["fact"] == reported["fact"] and (denied["origin"], denied["target"]) == ("peru", "chile"), told
    assert (reported["said_by"], denied["said_by"]) == (reporter, "peru"), told
    assert reported.get("date") == date and "date" not in denied, told
    assert not of(claims, "Rejection"), claims


@pytest.mark.parametrize("text", [
    "Reports said Peruvian troops crossed into Chile last week. Lima has dismissed the reports.",
    "Chile said on Monday that Peru had shipped weapons to the rebels. Lima denied the report.",
])
def test_a_denial_of_nothing_drafted_is_no_rejection(tmp_path, text):
    # the account denied states no fact the rules draft: a rejection by Peru of nothing named is no fact
    claims, _ = extract(tmp_path, text)
    assert not of(claims, "Rejection"), claims
    assert not [c for c in claims if c.get("modality") == "denied"], claims


@pytest.mark.parametrize("text", [
    "Peru imposed sanctions on Chile on Monday. Chile rejected it as illegal.",
    "Peru imposed sanctions on Chile on Monday. Chile rejected it.",
    "Peru imposed sanctions on Chile on Monday. Chile dismissed the sanctions.",
])
def test_rejecting_a_measure_is_no_denial_that_it_was_taken(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    [sanction] = of(claims, "Sanction")
    assert (sanction["authority"], sanction["target"], sanction.get("modality")) == ("peru", "chile", None), claims
    assert [c["speaker"] for c in of(claims, "Rejection")] == ["chile"], claims
