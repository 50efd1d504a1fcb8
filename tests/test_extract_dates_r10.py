"""Dates and speakers of rule set 10, through the real drafting engine, on small
sentences written for these tests about invented people (the registry of
tests/test_extract_rules.py): a clause that takes the date of the clause it joins or
of the phrase the parser hung it on, and the look-alikes that must stay undated."""

from __future__ import annotations

import pytest

from kg.extract.engine import RuleEngine, default_engine
from kg.extract.pipeline import model_path

from test_extract_rules import draft, facts, forum_registry, only, source

# test_extract_rules.PUBLISHED, the day the sentences are published: Wednesday 5 March 2031

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read dates from the trained parser's tree")


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    return default_engine(True)


def test_a_verb_joined_to_a_dated_one_shares_its_date(engine):
    d = draft(engine, "Lina Varo arrived in Lisbon on Monday for a second round of talks and met Tor Ashby.")
    assert only(d, "Meeting")["date"] == "2031-03-03"


def test_a_recall_joined_to_a_dated_closure_shares_its_date(engine):
    d = draft(engine, "Chile closed its airspace to all flights from Peru on Tuesday and recalled its ambassador "
                      "from Lima.")
    assert only(d, "EnvoyRecall")["date"] == "2031-03-04"


def test_a_day_the_parser_hung_on_a_noun_of_the_clause_dates_the_clause(engine):
    # 'on Tuesday' hangs on 'flights', three phrases below the verb of the closure
    d = draft(engine, "Chile closed its airspace to all flights to and from Peru on Tuesday.")
    assert only(d, "BorderClosure")["date"] == "2031-03-04"


def test_a_date_after_a_word_of_another_time_is_not_the_clause_s(engine):
    # "after the attack of 7 October": that day is the attack's, not the accusation's
    d = draft(engine, 'Tor Ashby accused Peru of "rewarding violence" after the attack of October 7, 2029.')
    assert all("date" not in c for c in facts(d, "Accusation"))


def forum_draft(engine, text: str):
    """The draft of ``text`` with the registry that knows the invented Coral Sea Forum."""
    d = engine.draft(source(text), forum_registry())
    assert all(c["quote"] in text for c in d.claims)
    return d


def test_a_subordinate_clause_keeps_its_own_time(engine):
    # agreed on Thursday; when the states join is not said in that sentence
    d = forum_draft(engine, "Chile and Peru will join the Coral Sea Forum, its leaders agreed on Thursday.")
    assert len(facts(d, "Membership")) == 2
    assert all("startDate" not in c and "date" not in c for c in facts(d, "Membership"))


# -- "takes effect": a date told in a sentence of its own ----------------------------


def test_membership_taking_effect_later_in_the_article_starts_then(engine):
    d = forum_draft(engine, "Chile and Peru will join the Coral Sea Forum, its leaders agreed on Thursday. "
                            "Their membership will take effect on January 1, 2032, the chair said.")
    assert sorted((c["member"], c["startDate"]) for c in facts(d, "Membership")) == \
        [("chile", "2032-01-01"), ("peru", "2032-01-01")]


def test_a_possessor_says_whose_membership_takes_effect(engine):
    # present tense looks forward: the next May after the article, not the last one
    d = forum_draft(engine, "Chile and Peru will join the Coral Sea Forum. Peru's membership takes effect in May.")
    assert sorted((c["member"], c.get("startDate")) for c in facts(d, "Membership")) == \
        [("chile", None), ("peru", "2031-05")]


def test_another_kind_taking_effect_dates_no_membership(engine):
    d = forum_draft(engine, "Chile and Peru will join the Coral Sea Forum. The tariff takes effect on June 1.")
    assert len(facts(d, "Membership")) == 2
    assert all("startDate" not in c for c in facts(d, "Membership"))


def test_a_start_the_text_gives_is_kept(engine):
    d = forum_draft(engine, "Chile and Peru joined the Coral Sea Forum in 2020. "
                            "Their membership took effect on January 1, 2021.")
    assert {c["startDate"] for c in facts(d, "Membership")} == {"2020"}


def test_with_immediate_effect_takes_effect_on_the_day(engine):
    s = only(forum_draft(engine, "The Coral Sea Forum suspended Peru with immediate effect on Monday."), "Sanction")
    assert (s["date"], s["effectiveDate"]) == ("2031-03-03", "2031-03-03")
    s = only(forum_draft(engine, "The Coral Sea Forum suspended Peru on Monday."), "Sanction")
    assert "effectiveDate" not in s


# -- Speakers ---------------------------------------------------------------------------


def test_an_official_of_a_named_state_is_an_unnamed_speaker(engine):
    # 'U.S.' names a state, not who speaks: the speaker is an unnamed official
    m = only(draft(engine, "Lina Varo met Tor Ashby in Lisbon on Thursday, according to a U.S. official."), "Meeting")
    assert (m["modality"], m["said_by"]) == ("reported", "unnamed official")
    m = only(draft(engine, "Lina Varo met Tor Ashby in Lisbon on Thursday, according to Kesh Amon."), "Meeting")
    assert (m["modality"], m["said_by"]) == ("reported", "kesh-amon")
