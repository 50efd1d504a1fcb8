"""Rule set 19, judgements and measures, through the real ``kg extract`` command, on
small articles written for these tests (invented people, real states of the gazetteer):
a speaker's own term for a fact told before ("what Moscow calls ..."), a label unnamed
officials give a fact, a proposal or request an actor backs, a removal from office."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract as draft, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

DATELINE = "LONDON, March 4 (Reuters) - "


def extract(tmp_path, body: str):
    """The claims ``kg extract`` drafts from one article of 4 March 2030."""
    return draft(tmp_path, body, published="2030-03-04")[0]


# -- 1. a speaker's own term: "what X calls Y" ---------------------------------------------------

@pytest.mark.parametrize("sentence, category, speaker", [
    ("Tor Ashby said any settlement must remove what Moscow calls the root causes of the conflict.",
     "root causes of the conflict", "government-of-russia"),
    ("Mira Holt warned Peru not to undo what she called lasting progress.", "lasting progress", "mira-holt"),
    ("Peru said the aircraft turned back on what it described as an attack trajectory.", "attack trajectory", "peru"),
])
def test_what_a_speaker_calls_a_fact_is_its_characterisation(tmp_path, sentence, category, speaker):
    claims = extract(tmp_path, DATELINE + "Chile sent troops into Peru on Monday. " + sentence)
    [deployment] = of(claims, "Deployment")
    [label] = of(claims, "Characterisation")
    assert label["category"] == category
    assert label["characterised"] == deployment["fact"]
    assert label["said_by"] == speaker and label["modality"] == "reported"
    assert label["quote"].startswith("what ")


def test_an_own_term_with_no_fact_told_before_is_not_drafted(tmp_path):
    claims = extract(tmp_path, DATELINE + "Tor Ashby said any settlement must remove what Moscow calls the root "
                                          "causes of the conflict.")
    assert not of(claims, "Characterisation"), claims


def test_an_own_term_of_an_unresolved_pronoun_is_not_drafted(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile sent troops into Peru on Monday. The move must not undo what "
                                          "she called lasting progress.")
    assert not of(claims, "Characterisation"), claims


def test_two_terms_for_one_fact_are_two_characterisations(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile sent troops into Peru on Monday. Peru said it would resist what it "
                                          "called an invasion. Tor Ashby said any settlement must remove what "
                                          "Moscow calls the root causes of the conflict.")
    labels = of(claims, "Characterisation")
    assert sorted(c["category"] for c in labels) == ["invasion", "root causes of the conflict"]
    assert len({c["fact"] for c in labels}) == 2


# -- 2. a label unnamed officials give a fact ---------------------------------------------------

@pytest.mark.parametrize("sentence, category", [
    ("Officials in Lima had called the meeting historic.", "historic"),
    ("Western diplomats described the talks as a turning point.", "turning point"),
])
def test_a_label_unnamed_officials_give_a_fact_is_its_characterisation(tmp_path, sentence, category):
    claims = extract(tmp_path, DATELINE + "Chile and Peru met in Lima on Tuesday. " + sentence)
    [meeting] = of(claims, "Meeting")
    [label] = of(claims, "Characterisation")
    assert label["characterised"] == meeting["fact"]
    assert label["category"] == category
    assert label["said_by"].startswith("unnamed ")


def test_unnamed_officials_labelling_what_no_fact_told_is_not_drafted(tmp_path):
    claims = extract(tmp_path, DATELINE + "Officials in Lima had called the meeting historic.")
    assert not of(claims, "Characterisation"), claims


# -- 3. a request or a proposal an actor backs --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The request was championed by Chile.",
    "Chile sponsored the request.",
])
def test_backing_a_request_told_before_is_support_of_that_fact(tmp_path, sentence):
    claims = extract(tmp_path, DATELINE + "The International Court of Justice gave an advisory opinion on Monday. "
                     + sentence)
    [opinion] = of(claims, "LegalAction")
    [support] = of(claims, "Support")
    assert support["supporter"] == "chile"
    assert support["supported"] == opinion["fact"]
    assert support["supportKind"] == "diplomatic"


def test_backing_a_named_actor_s_bid_is_support_of_that_actor(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile endorsed Peru's bid on Monday.")
    [support] = of(claims, "Support")
    assert support["supporter"] == "chile" and support["supported"] == "peru"


def test_a_request_backed_with_no_fact_told_before_is_not_drafted(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile and Peru met in Lima on Tuesday. The request was championed by Chile.")
    assert not of(claims, "Support"), claims


# -- 4. a removal from office -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Peruvian interior ministry removed Tor Ashby from his post on Monday.",
    "On Monday the mayor, Tor Ashby, was removed from office by Peru.",
])
def test_a_removal_from_office_is_an_executive_action(tmp_path, sentence):
    claims = extract(tmp_path, DATELINE + sentence)
    [action] = of(claims, "ExecutiveAction")
    assert action["target"] == "tor-ashby"
    assert action["actionType"] == "removal from office"


def test_removing_sanctions_is_no_removal_from_office(tmp_path):
    claims = extract(tmp_path, DATELINE + "Chile removed Tor Ashby from its sanctions list on Monday.")
    assert not of(claims, "ExecutiveAction"), claims


# -- 5. members' votes on a draft ---------------------------------------------------------------

VOTES = ("The Security Council rejected a draft resolution by Russia and China on Friday. Algeria, China, Pakistan "
         "and Russia voted in favour; Denmark, France and the United States voted against; Guyana and South Korea "
         "abstained.")


def test_members_votes_on_a_draft_are_roles_of_the_vote(tmp_path):
    # corpus/CLAIMS.md "How each member voted": votedYes, votedNo and abstained on the Vote
    claims = extract(tmp_path, "NEW YORK, March 4 (Reuters) - " + VOTES)
    votes = of(claims, "Vote")
    assert len({c["fact"] for c in votes}) == 1, votes
    [yes] = [c for c in votes if "votedYes" in c]
    [no] = [c for c in votes if "votedNo" in c]
    [abstained] = [c for c in votes if "abstained" in c]
    assert yes["votedYes"] == ["algeria", "china", "pakistan", "russia"]
    assert no["votedNo"] == ["denmark", "france", "united-states"]
    assert abstained["abstained"] == ["guyana", "south-korea"]
    assert yes["quote"] == "Algeria, China, Pakistan and Russia voted in favour"
    assert no["quote"] == "Denmark, France and the United States voted against"
    assert not of(claims, "Support"), claims
    assert not [c for c in of(claims, "Rejection") if c["speaker"] != votes[0]["votingBody"]], claims


def test_votes_with_nothing_voted_on_told_before_are_not_drafted(tmp_path):
    claims = extract(tmp_path, "NEW YORK, March 4 (Reuters) - Algeria and Russia voted in favour; Guyana abstained.")
    assert not of(claims, "Support") and not of(claims, "Rejection") and not of(claims, "Vote"), claims


def test_a_vote_for_a_candidate_is_no_support_of_a_draft(tmp_path):
    claims = extract(tmp_path, "NEW YORK, March 4 (Reuters) - The Security Council rejected a draft resolution on "
                               "Friday. Tor Ashby voted for Mira Holt.")
    assert not of(claims, "Support"), claims


# -- 6. a name a speaker gives what a relative clause hangs on; a label hung on a fact's noun ----

def test_what_a_speaker_calls_a_named_place_is_its_characterisation(tmp_path):
    claims = extract(tmp_path, DATELINE + "Peru sent troops to Arica, which Chile describes as its own territory.")
    [label] = of(claims, "Characterisation")
    assert label["characterised"] == "arica"
    assert label["category"] == "its own territory"
    assert label["said_by"] == "chile" and label["quote"] == "which Chile describes as its own territory"


def test_a_label_hung_on_the_noun_of_a_fact_is_its_characterisation(tmp_path):
    claims = extract(tmp_path, DATELINE + 'Turkish police detained Tor Ashby on Monday. Chile called the jailing '
                                          '"totally unacceptable". Peru called the detention a mistake.')
    [detention] = of(claims, "Detention")
    label, judged = sorted(of(claims, "Characterisation"), key=lambda c: c["said_by"])
    assert label["characterised"] == detention["fact"]
    assert label["category"] == "totally unacceptable" and label["said_by"] == "chile"
    # a judging label the verb carries is a characterisation of the fact, and no Criticism beside it
    # (corpus/CLAIMS.md, "Which kind a judgement is")
    assert judged["characterised"] == detention["fact"] and judged["said_by"] == "peru"
    assert judged["category"] == "mistake" and of(claims, "Criticism") == [], claims


# -- 7. bans on assembling ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, banned, state", [
    ("Crowds gathered every night despite bans on gatherings in Istanbul, Ankara and Izmir.", "gatherings", "turkey"),
    ("Authorities banned political protests in Lima on Monday.", "political protests", "peru"),
])
def test_a_ban_on_assembling_is_an_executive_action_of_unnamed_authorities(tmp_path, sentence, banned, state):
    claims = extract(tmp_path, DATELINE + sentence)
    [ban] = of(claims, "ExecutiveAction")
    assert ban["prohibits"] == banned and ban["jurisdiction"] == state
    assert ban["initiator"] == "unnamed authorities"


def test_a_ban_on_what_is_no_assembly_is_no_ban_on_assembling(tmp_path):
    claims = extract(tmp_path, DATELINE + "Crowds gathered despite a ban on imports in Lima.")
    assert not of(claims, "ExecutiveAction"), claims
