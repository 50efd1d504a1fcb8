"""Rule set 43 (fewer false drafts), through the real ``kg extract`` command on small
articles written for these tests and read with the development set's registry (one run
for all, a module-scoped fixture). Each form is checked for what it must not draft and,
beside it, for the look-alike that still drafts:

- a body's unquoted words told before its verb of saying ("Repairs will take months,
  the Commission said") are what it reports, not a Statement of its own; the same words
  said first ("The Commission said repairs would take months"), quoted, or by a person
  stay a Statement;
- a rejection of "the accusations" names no accuser the sentence does not name; one
  whose object names the accuser ("the accusations by Peru") is about that accuser;
- kin greeted ("flew to Berlin to greet his wife, Brigitte Macron") are no Meeting; a
  guest greeted is;
- "may not travel" tells no journey; "may travel" a hedged one, "did not travel" a
  negative one;
- a person who leaves a prison is let out, no Travel; leaving a city for another is one;
- a month in what someone is urged to do lies ahead ("urged supporters to prepare for the
  election in October"); told as past, the most recent one.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # a body's words told before its saying
    "body_after": "Repairs to the pipeline will take months, the European Commission said.",
    "body_after_dated": "The first review of the programme is scheduled for June, the European Commission said on Friday.",
    "body_before": "The European Commission said repairs to the pipeline would take months.",
    "body_quoted_after": "\"Repairs to the pipeline will take months,\" the European Commission said.",
    "person_after": "Repairs to the pipeline will take months, Emmanuel Macron said.",
    # rejections of an accusation
    "denied_accusation": "Peru accused Chile of spying on Monday. Chile rejected the accusations as baseless.",
    "rejected_by": "Chile rejected the accusations by Peru.",
    # greetings
    "greet_kin": "Emmanuel Macron flew to Berlin on Monday to greet his wife, Brigitte Macron.",
    "greet_guest": "Xi Jinping greeted Vladimir Putin in Beijing on Tuesday.",
    # journeys
    "may_not": "Imran Khan may not travel to Britain without permission.",
    "may": "Imran Khan may travel to Britain next week.",
    "did_not": "Imran Khan did not travel to Britain.",
    "left_prison": "Imran Khan left Adiala Jail on Monday after two years there.",
    "left_city": "Imran Khan left Islamabad for Lahore on Monday.",
    # a month ahead
    "urged_month": "Imran Khan urged supporters on Saturday to prepare for Pakistan's general election in October.",
    "held_month": "Pakistan held a general election in October.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r43a"), ARTICLES, "--entities", REGISTRY)
    return found


def test_a_bodys_unquoted_words_told_before_the_saying_are_no_statement(drafts):
    assert of(drafts["body_after"], "Statement") == []
    assert of(drafts["body_after_dated"], "Statement") == []
    for case, speaker in (("body_before", "european-commission"), ("body_quoted_after", "european-commission"),
                          ("person_after", "emmanuel-macron")):
        assert [s["speaker"] for s in of(drafts[case], "Statement")] == [speaker], case


def test_a_rejection_of_the_accusations_names_only_the_accuser_its_sentence_names(drafts):
    [r] = of(drafts["denied_accusation"], "Rejection")
    assert r["speaker"] == "chile" and "about" not in r, r
    assert [(a["speaker"], a["about"]) for a in of(drafts["denied_accusation"], "Accusation")] == [("peru", "chile")]
    [r] = of(drafts["rejected_by"], "Rejection")
    assert (r["speaker"], r["about"]) == ("chile", "peru")


def test_kin_greeted_are_no_meeting_a_guest_is(drafts):
    assert of(drafts["greet_kin"], "Meeting") == []
    assert [v["hostState"] for v in of(drafts["greet_kin"], "Visit")] == ["germany"]  # the flight is still a visit
    [m] = of(drafts["greet_guest"], "Meeting")
    assert sorted(m["participant"]) == ["vladimir-putin", "xi-jinping"]


def test_may_not_travel_tells_no_journey(drafts):
    assert of(drafts["may_not"], "Visit") == [] and of(drafts["may_not"], "Travel") == []
    [v] = of(drafts["may"], "Visit")
    assert v.get("hedged") is True and "polarity" not in v
    [v] = of(drafts["did_not"], "Visit")
    assert v["polarity"] == "negative"


def test_leaving_a_prison_is_no_journey(drafts):
    assert of(drafts["left_prison"], "Travel") == []
    [t] = of(drafts["left_city"], "Travel")
    assert (t["traveller"], t["destination"]) == ("imran-khan", "lahore")


def test_a_month_in_what_someone_is_urged_to_do_lies_ahead(drafts):
    assert [e["date"] for e in of(drafts["urged_month"], "Election")] == ["2030-10"]
    assert [e["date"] for e in of(drafts["held_month"], "Election")] == ["2029-10"]
