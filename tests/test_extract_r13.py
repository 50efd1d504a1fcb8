"""Rule set 13, through the real drafting engine, on small sentences written for these
tests about invented people (the registry of tests/test_extract_rules.py) and real
states: a vote's body only from the text, a span of time between two events read as no
date, a negated modal bounded in time read as no negation, and statements the article
tells in its own voice drafted as asserted. Each with the wrong draft it must not make."""

from __future__ import annotations

import pytest

from kg.entities import Entity, EntityRegistry
from kg.extract.engine import RuleEngine, default_engine
from kg.extract.pipeline import model_path

from test_extract_rules import REG, facts, only, source

# test_extract_rules.PUBLISHED, the day the sentences are published: Wednesday 5 March 2031

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    return default_engine(True)


def draft(engine, text: str, registry=REG):
    d = engine.draft(source(text), registry)
    for c in d.claims:
        assert c["quote"] in text, c  # verbatim, always
    return d


def with_legislature() -> EntityRegistry:
    """The registry of the rule tests, with a state's legislature and a body of the UN."""
    reg = EntityRegistry()
    for e in REG.entities.values():
        reg.add(e)
    reg.add(Entity("korean-assembly", "Organisation", "National Assembly", of="south-korea"))
    reg.add(Entity("un-general-assembly", "InternationalOrganisation", "UN General Assembly"))
    return reg


# -- A vote's body comes from the text -------------------------------------------------

MOTIONS = ("Opposition lawmakers filed two motions of censure against the government of Lina Varo. "
           "Because the first motion passed, a second one was not put to a vote.")


def test_a_vote_the_text_gives_no_body_for_is_not_given_one_named_elsewhere(engine):
    # the UN General Assembly is named, twice, but in paragraphs about something else
    text = ("PARIS, March 4 (Reuters) - Lina Varo spoke at the UN General Assembly last year.\n\n"
            "She praised the UN General Assembly for its work.\n\nThe debate lasted all night.\n\n" + MOTIONS)
    d = draft(engine, text, with_legislature())
    assert not [v for v in facts(d, "Vote") if v.get("votingBody") == "un-general-assembly"], d.claims


def test_a_vote_takes_the_dateline_state_s_legislature_when_the_article_names_it(engine):
    text = ("SEOUL, March 4 (Reuters) - The National Assembly met on Tuesday.\n\n"
            "Lina Varo addressed the National Assembly.\n\nThe debate lasted all night.\n\n" + MOTIONS)
    d = draft(engine, text, with_legislature())
    assert {v.get("votingBody") for v in facts(d, "Vote")} == {"korean-assembly"}


def test_a_vote_takes_the_body_its_own_sentence_names(engine):
    d = draft(engine, "The National Assembly voted to impeach Lina Varo on Monday.", with_legislature())
    vote = only(d, "Vote")
    assert (vote["votingBody"], vote["date"]) == ("korean-assembly", "2031-03-03")


# -- "a year after <event>" is a relation, not a date -----------------------------------

ELECTIONS = ("Tor Ashby cannot call a fresh election in Peru before July, a year after the snap election "
             "that followed his dissolution of the Congress on June 9.")


def test_a_span_after_another_event_and_a_day_of_another_clause_date_no_election(engine):
    d = draft(engine, ELECTIONS)
    elections = facts(d, "Election")
    assert elections and all(e["heldIn"] == "peru" for e in elections)
    # not the year before the article ('a year'), not the day of the dissolution (June 9)
    assert [e["date"] for e in elections if "date" in e] == []


def test_a_negated_modal_bounded_in_time_is_no_negative_election(engine):
    d = draft(engine, ELECTIONS)
    assert all(e.get("polarity") != "negative" for e in facts(d, "Election")), d.claims


def test_a_plain_negation_still_makes_the_election_negative(engine):
    d = draft(engine, "Tor Ashby did not call an election in Peru in June.")
    assert only(d, "Election")["polarity"] == "negative"


def test_a_date_of_the_election_s_own_clause_still_dates_it(engine):
    d = draft(engine, "Peru held a general election last year, a month after the riots.")
    assert only(d, "Election")["date"] == "2030"


# -- Statements the article tells in its own voice ---------------------------------------


@pytest.mark.parametrize("text, kind", [
    ("Chile also condemned it.", "Criticism"),
    ("Peru has rejected such calls.", "Rejection"),
    ("Tor Ashby declined to comment.", "Statement"),
])
def test_a_reaction_told_as_an_act_is_asserted(engine, text, kind):
    claim = only(draft(engine, text), kind)
    assert claim.get("modality", "asserted") == "asserted" and "said_by" not in claim, claim


@pytest.mark.parametrize("text, kind, said_by", [
    ("Peru rejected the accusation as absurd.", "Rejection", "peru"),
    ("Chile condemned the coup, saying it was illegal.", "Criticism", "chile"),
    ("Tor Ashby said Peru had rejected such calls.", "Rejection", "tor-ashby"),
])
def test_a_reaction_with_words_of_its_own_stays_reported(engine, text, kind, said_by):
    claim = only(draft(engine, text), kind)
    assert (claim["modality"], claim["said_by"]) == ("reported", said_by)


# -- A person's party ---------------------------------------------------------------------


def with_parties() -> EntityRegistry:
    """The registry of the rule tests, with a party known by its description only, and a ministry."""
    reg = EntityRegistry()
    for e in REG.entities.values():
        reg.add(e)
    reg.add(Entity("unity", "Organisation", "Unity Alliance", ("UA",), of="peru", description="Peruvian political party"))
    reg.add(Entity("peru-foreign-ministry", "Government", "Peruvian foreign ministry", of="peru"))
    return reg


def test_a_person_of_a_party_is_its_member_in_the_article_s_voice(engine):
    d = draft(engine, "Tor Ashby, also of the UA, said the vote was unfair.", with_parties())
    m = only(d, "Membership")
    assert (m["member"], m["memberOf"], m["quote"]) == ("tor-ashby", "unity", "Tor Ashby, also of the UA")
    assert "said_by" not in m


def test_the_party_of_a_person_is_theirs(engine):
    d = draft(engine, "Polls favour the Unity Alliance party of Tor Ashby.", with_parties())
    m = only(d, "Membership")
    assert (m["member"], m["memberOf"]) == ("tor-ashby", "unity")


def test_a_person_of_a_body_that_is_no_party_is_no_member(engine):
    d = draft(engine, "Tor Ashby of the Peruvian foreign ministry said the vote was unfair.", with_parties())
    assert facts(d, "Membership") == []


# -- The office of a body named by a description --------------------------------------------


def test_the_president_of_the_court_the_article_named_is_its_president(engine):
    d = draft(engine, "The Harbour District Court ruled on Monday. The court's president, Judge Kesh Amon, "
                      "read the ruling.")
    pos = only(d, "PositionHeld")
    assert (pos["holder"], pos["positionOf"], pos["position"]) == ("kesh-amon", "harbour-court", "court president")


def test_a_body_s_possession_that_is_no_office_names_no_body(engine):
    # "the court's ruling" is no person's office: no position, and 'the court' stays unread
    d = draft(engine, "The Harbour District Court ruled on Monday. Kesh Amon praised the court's ruling.")
    assert facts(d, "PositionHeld") == []


# -- Agreeing, and what is done 'without' ---------------------------------------------------


def test_an_accord_agreed_as_the_object_is_an_agreement(engine):
    d = draft(engine, "Chile and Peru agreed a ceasefire on Monday.")
    a = only(d, "Agreement")
    assert (a["party"], a["subject"], a["date"]) == (["chile", "peru"], "a ceasefire", "2031-03-03")
    assert "polarity" not in a


def test_parting_without_agreeing_is_a_negative_agreement_of_who_parted(engine):
    d = draft(engine, "Chile and Peru parted without agreeing a ceasefire.")
    a = only(d, "Agreement")
    assert (a["party"], a["polarity"]) == (["chile", "peru"], "negative")


def test_agreeing_to_something_that_is_no_accord_is_no_agreement(engine):
    assert facts(draft(engine, "Chile and Peru agreed a date."), "Agreement") == []


# -- An undated mention of an event told before a dated one ---------------------------------


def test_talks_told_before_a_dated_earlier_summit_do_not_take_its_date(engine):
    d = draft(engine, "Lina Varo and Tor Ashby held talks at the palace. Varo had travelled to Peru for a summit "
                      "with Ashby in September last year.")
    meetings = facts(d, "Meeting")
    undated = [m for m in meetings if "date" not in m]
    assert undated and all(not m["fact"].endswith("2030-09") for m in undated), meetings


def test_talks_told_after_their_dated_first_mention_are_that_meeting(engine):
    d = draft(engine, "Lina Varo and Tor Ashby held talks in Lima on Monday. The talks between Varo and Ashby "
                      "lasted three hours.")
    meetings = facts(d, "Meeting")
    assert len({m["fact"] for m in meetings}) == 1 and meetings[0]["fact"].endswith("2031-03-03"), meetings


# -- Crowds gathering -------------------------------------------------------------------------


def test_a_crowd_gathering_somewhere_is_a_protest(engine):
    d = draft(engine, "Thousands of students gathered in Lima on Monday.")
    p = only(d, "Protest")
    assert (p["participant"], p["place"], p["date"]) == ("unnamed students", "peru", "2031-03-03")


@pytest.mark.parametrize("text", ["Leaders of Chile and Peru gathered in Lima.", "Lawmakers gathered in Lima.",
                                  "Tor Ashby gathered evidence in Lima."])
def test_leaders_lawmakers_or_one_person_gathering_is_no_protest(engine, text):
    assert facts(draft(engine, text), "Protest") == []


# -- A body's name that several states' bodies share ------------------------------------

def test_a_shared_body_name_after_another_state_is_that_state_s_body(engine):
    # the registry's "National Assembly" is South Korea's; these sentences are about France's
    text = ("France's National Assembly voted on Wednesday to bring down the government of Lina Varo. "
            "The French National Assembly met again on Thursday.")
    d = draft(engine, text, with_legislature())
    named = {e["id"]: e for e in d.entities}
    assert "korean-assembly" not in str(d.claims), d.claims
    assert named["national-assembly-of-france"]["of"] == "france", d.entities
    assert any(v.get("votingBody") == "national-assembly-of-france" for v in facts(d, "Vote")), d.claims


def test_a_shared_body_name_after_its_own_state_stays_the_registry_s(engine):
    text = "South Korea's National Assembly voted on Wednesday to impeach Lina Varo."
    d = draft(engine, text, with_legislature())
    assert any(v.get("votingBody") == "korean-assembly" for v in facts(d, "Vote")), d.claims
    assert "national-assembly-of-south-korea" not in str(d.entities)
