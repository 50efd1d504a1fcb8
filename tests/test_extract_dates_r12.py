"""Dates, statuses and speakers of rule set 12, through the real drafting engine, on small
sentences written for these tests about invented people (the registry of
tests/test_extract_rules.py) and real states: each rule with a case it dates and a
look-alike it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import dates
from kg.extract.engine import RuleEngine, default_engine
from kg.extract.pipeline import model_path

from test_extract_rules import draft, facts, only

# test_extract_rules.PUBLISHED, the day the sentences are published: Wednesday 5 March 2031

needs_parser = pytest.mark.skipif(model_path() is None, reason="the rules read dates from the trained parser's tree")


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    return default_engine(True)


# -- Words of a date -------------------------------------------------------------------


@pytest.mark.parametrize("words, published, value", [
    ("December 29 last year", dt.date(2024, 1, 27), "2023-12-29"),
    ("3 March next year", dt.date(2024, 1, 27), "2025-03-03"),
    ("late on Saturday", dt.date(2024, 1, 27), "2024-01-27"),  # Saturday's paper: that Saturday
    ("at 4 p.m. on Saturday", dt.date(2024, 1, 27), "2024-01-27"),
    ("last Saturday", dt.date(2024, 1, 27), "2024-01-20"),  # not the day of the paper
    ("late on Friday", dt.date(2024, 1, 27), "2024-01-26"),
    ("20 this year", dt.date(2025, 2, 3), "2025"),  # "the Group of 20 this year", as the NER cut it
    ("February 30 last year", dt.date(2024, 1, 27), None),
])
def test_words_of_a_date_resolve_against_the_publication_date(words, published, value):
    assert dates.resolve(words, published) == value


# -- A clause dated by another ---------------------------------------------------------


@needs_parser
def test_a_clause_of_when_takes_the_day_of_the_clause_it_hangs_on(engine):
    d = draft(engine, "The complaint was lodged on February 12 last year, when Peru filed an application "
                      "accusing Chile of breaching the treaty.")
    assert only(d, "LegalAction")["date"] == "2030-02-12"


@needs_parser
def test_a_day_of_another_event_does_not_date_the_filing(engine):
    d = draft(engine, "Peru filed an application accusing Chile of breaching the treaty after the talks of "
                      "February 12 last year.")
    assert "date" not in only(d, "LegalAction")


@needs_parser
def test_a_day_below_a_time_of_day_dates_the_clause(engine):
    # 'after' governs the hour, not another event: the closure is Monday's
    d = draft(engine, "Chile closed its border with Peru shortly after 2 a.m. on Monday.")
    assert only(d, "BorderClosure")["date"] == "2031-03-03"


@needs_parser
def test_a_day_of_an_event_the_clause_follows_does_not_date_it(engine):
    d = draft(engine, "Chile closed its border with Peru shortly after the riots on Monday.")
    assert "date" not in only(d, "BorderClosure")


@needs_parser
def test_a_visit_takes_the_day_of_what_the_visitor_did_where_they_went(engine):
    d = draft(engine, "Lina Varo flew home after visiting Lima, where she met Tor Ashby on Monday.")
    assert only(d, "Visit")["date"] == "2031-03-03"


@needs_parser
def test_what_the_visitor_had_done_there_before_does_not_date_the_visit(engine):
    d = draft(engine, "Lina Varo flew home after visiting Lima, where she had met Tor Ashby in 2029.")
    assert only(d, "Visit").get("date") != "2029"
    assert only(d, "Meeting")["date"] == "2029"


@needs_parser
def test_relations_established_in_a_year_start_then(engine):
    d = draft(engine, "Chile and Peru celebrated their diplomatic relations established in 1981.")
    assert only(d, "DiplomaticRelations")["startDate"] == "1981"



@needs_parser
def test_a_state_of_affairs_since_a_dated_event_starts_then(engine):
    d = draft(engine, "Chile has provided military backing to Peru since its border war in March 2029.")
    assert only(d, "Support")["startDate"] == "2029-03"


@needs_parser
def test_an_event_since_a_dated_one_is_not_dated_by_it(engine):
    # the coup's year is not the visit's
    d = draft(engine, "It was Tor Ashby's fourth visit to Peru since the 2029 military coup.")
    assert "date" not in only(d, "Visit")


@needs_parser
def test_a_trading_partner_in_a_past_year_is_reported_for_that_year(engine):
    past = only(draft(engine, "Chile was Peru's second-largest trading partner last year."), "TradeReport")
    assert (past["rank"], past["period"]) == (2, "2030")
    now = only(draft(engine, "Chile is Peru's second-largest trading partner."), "TradeReport")
    assert "period" not in now


@needs_parser
def test_a_deadline_counted_from_the_day_of_the_order(engine):
    d = draft(engine, "Peru on Tuesday ordered a Chilean diplomat to leave the country within five days.")
    expulsion = only(d, "DiplomaticExpulsion")
    assert (expulsion["date"], expulsion["deadline"]) == ("2031-03-04", "2031-03-09")
    assert expulsion["quote"].endswith("within five days")


@needs_parser
def test_a_deadline_counted_from_another_event_is_left_alone(engine):
    d = draft(engine, "Peru on Tuesday ordered a Chilean diplomat to leave the country within 30 days of the ruling.")
    assert "deadline" not in only(d, "DiplomaticExpulsion")

# -- A statement that continues a dated one --------------------------------------------


@needs_parser
def test_a_statement_that_takes_up_the_speaker_of_a_dated_one_is_that_day_s(engine):
    d = draft(engine, 'Tor Ashby announced on Monday that Peru would leave the forum. "We are leaving," he told '
                      'reporters.')
    told = next(c for c in facts(d, "Statement") if "told" in c["quote"])
    assert told["date"] == "2031-03-03"


@pytest.mark.parametrize("text", [
    # another speaker
    'Tor Ashby announced on Monday that Peru would leave the forum. "We are leaving," Kesh Amon told reporters.',
    # another paragraph
    'Tor Ashby announced on Monday that Peru would leave the forum.\n\n"We are leaving," he told reporters.',
    # a month is no day of one act
    'Tor Ashby announced in March that Peru would leave the forum. "We are leaving," he told reporters.',
])
@needs_parser
def test_a_statement_of_another_speaker_paragraph_or_time_stays_undated(engine, text):
    d = draft(engine, text)
    told = [c for c in facts(d, "Statement") if "told" in c["quote"]]
    assert told and all("date" not in c for c in told)


# -- Statuses and stages ---------------------------------------------------------------


@needs_parser
def test_an_application_to_join_is_a_dated_stage_requested_not_the_start(engine):
    d = draft(engine, "Bolivia applied to join the World Trade Organization in May 2029.")
    m = only(d, "Membership")
    assert m["stage"] == {"status": "requested", "date": "2029-05"} and "startDate" not in m


@needs_parser
def test_joining_is_still_the_start(engine):
    m = only(draft(engine, "Bolivia joined the World Trade Organization in May 2029."), "Membership")
    assert m["startDate"] == "2029-05" and "stage" not in m and "status" not in m


@needs_parser
def test_a_court_s_decision_done_is_issued_and_a_case_filed_is_opened(engine):
    ruling = only(draft(engine, "The Harbour District Court on Tuesday sentenced Tor Ashby to five years in prison."),
                  "LegalAction")
    assert ruling["status"] == "issued"
    filing = only(draft(engine, "Peru filed an application accusing Chile of breaching the treaty."), "LegalAction")
    assert filing["status"] == "opened"


@pytest.mark.parametrize("text", [
    "The Harbour District Court will sentence Tor Ashby on Friday.",
    "The Harbour District Court did not sentence Tor Ashby.",
    "The Harbour District Court charged Tor Ashby with fraud.",  # a charge issues no decision
])
@needs_parser
def test_a_decision_to_come_refused_or_a_charge_has_no_status(engine, text):
    assert "status" not in only(draft(engine, text), "LegalAction")


# -- Speakers ----------------------------------------------------------------------------


@needs_parser
def test_a_noun_naming_what_the_names_beside_it_are_is_the_writer_s(engine):
    d = draft(engine, "Tor Ashby said envoys of 12 states attended, including World Trade Organization members "
                      "Chile and Peru.")
    assert len(facts(d, "Membership")) == 2
    assert all("said_by" not in c and "modality" not in c for c in facts(d, "Membership"))


@needs_parser
def test_a_membership_told_by_a_clause_of_saying_stays_reported(engine):
    m = only(draft(engine, "Tor Ashby said Chile joined the World Trade Organization in 2029."), "Membership")
    assert (m["modality"], m["said_by"]) == ("reported", "tor-ashby")
