"""Rule set 17, through the real drafting engine, on small sentences written for these
tests (invented people, real states of the gazetteer): a description naming a state
resolves only to a holder of that title of that state; words inside another speaker's
quotation are that speaker's only; an agreement to meet again is a planned meeting; "the
two sides" are the parties of the talks told before, not their host; a region before an
envoy's title is his portfolio; a runoff someone faces is one planned election; and
referendums. Each with the wrong draft it must not make."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import kg_cli
from test_extract_r15 import engine  # noqa: F401  (the engine fixture)
from test_extract_rules import REG, facts, source

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

LONDON = "LONDON, March 4 (Reuters) - "


def draft(engine, text: str, published: dt.date | None = None):
    d = engine.draft(source(text, published) if published else source(text), REG)
    for c in d.claims:
        assert c["quote"] in text, c  # verbatim, always
    return d


# -- 1. a description naming a state -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "French President Jean Morel met Gulf leaders on Monday. Lina Varo, a diplomatic adviser to the president "
    "of the United Arab Emirates, said the talks were useful.",
    "Chilean President Tor Ashby spoke on Monday. The president of Argentina later called for calm.",
])
def test_a_description_naming_a_state_is_no_holder_of_that_title_of_another_state(engine, text):
    d = draft(engine, LONDON + text)
    held = [(c["holder"], c["positionOf"]) for c in facts(d, "PositionHeld")]
    assert not [h for h in held if h[1] in ("united-arab-emirates", "argentina")], held


def test_a_description_naming_the_state_of_its_holder_still_resolves(engine):
    d = draft(engine, LONDON + "French President Jean Morel met Gulf leaders on Monday. Lina Varo, an adviser to "
                               "the president of France, said the talks were useful.")
    held = {(c["holder"], c["positionOf"]) for c in facts(d, "PositionHeld")}
    assert [c for c in facts(d, "PositionHeld") if c["quote"] == "the president of France"], d.claims
    assert {h for h in held if h[0] == "jean-morel"} == {("jean-morel", "france")}


# -- 2. words inside another speaker's quotation ---------------------------------------------


@pytest.mark.parametrize("text", [
    "Lina Varo accused Russia of interference. “If she believes some criminal organisations cost her votes, "
    "she should provide proof,” Tor Ashby told reporters.",
    "Lina Varo accused Russia of interference. \"If Varo thinks gangs bought votes, she should say who,\" "
    "Tor Ashby said on Monday.",
])
def test_words_inside_a_quotation_are_its_speaker_s_only(engine, text):
    d = draft(engine, LONDON + text)
    said = [c for c in d.claims if "speaker" in c]
    inside = [c for c in said if "If" in c["quote"] or "she should" in c["quote"]]
    assert all(c["speaker"] == "tor-ashby" for c in inside), said  # no statement of Varo's from 'she believes'
    assert [c for c in said if c["speaker"] == "lina-varo"] == [c for c in said if c["type"] == "Accusation"]


def test_a_speaker_s_own_quotation_is_still_a_statement(engine):
    d = draft(engine, LONDON + "“I believe we will win,” Tor Ashby told reporters on Monday.")
    assert [c["speaker"] for c in d.claims if "speaker" in c] == ["tor-ashby"]


# -- 3. an agreement to meet again -----------------------------------------------------------


@pytest.mark.parametrize("text, date", [
    ("Armenia and Azerbaijan hold first talks, agree to meet again", None),
    (LONDON + "Peru and Chile held talks in Lima on Monday and agreed to meet again on April 19.", "2031-04-19"),
    (LONDON + "Peru and Chile agreed on Monday to resume talks.", None),
])
def test_an_agreement_to_meet_is_a_planned_meeting_not_an_agreement(engine, text, date):
    d = draft(engine, text)
    assert not facts(d, "Agreement"), d.claims
    planned = [c for c in facts(d, "Meeting") if c.get("modality") == "planned"]
    assert len(planned) == 1 and planned[0].get("date") == date, d.claims
    held = [c for c in facts(d, "Meeting") if c.get("modality") != "planned"]
    assert all(c["fact"] != planned[0]["fact"] for c in held)  # the meeting held is another fact


def test_an_agreement_to_do_something_else_stays_an_agreement(engine):
    d = draft(engine, LONDON + "Peru and Chile agreed on Monday to build a railway.")
    assert facts(d, "Agreement") and not facts(d, "Meeting")


# -- 4. "the two sides" ----------------------------------------------------------------------


@pytest.mark.parametrize("text, pair", [
    ("Iran and the United States held talks in Muscat on Saturday, mediated by Oman. Oman's foreign minister "
     "Lina Varo said the two sides would meet again on March 28.", {"iran", "united-states"}),
    ("Turkey hosted talks on Friday. Russia held talks with Ukraine in Istanbul, hosted by Turkey. Turkish "
     "Foreign Minister Tor Ashby said the two sides would meet again on March 28.", {"russia", "ukraine"}),
    ("Qatar welcomed the talks between Russia and Ukraine in Doha. Qatar said both sides would meet again on "
     "March 28.", {"russia", "ukraine"}),
])
def test_the_two_sides_are_the_parties_of_the_talks_not_their_host(engine, text, pair):
    d = draft(engine, LONDON + text)
    [again] = [c for c in facts(d, "Meeting") if c.get("date") == "2031-03-28"]
    assert set(again["participant"]) == pair and again["modality"] == "planned"


# -- 5. a region before an envoy's title -------------------------------------------------------


def test_a_region_is_an_envoy_s_portfolio_not_the_state_of_his_office(engine):
    d = draft(engine, LONDON + "Middle East envoy Tor Ashby arrived in Cairo on Monday.")
    assert not [c for c in facts(d, "PositionHeld") if c.get("positionOf") == "middle-east"], d.claims


@pytest.mark.parametrize("text", [
    "United States Middle East envoy Tor Ashby arrived in Cairo on Monday.",
    "American President Jean Morel's Middle East envoy Tor Ashby arrived in Cairo on Monday.",
])
def test_an_envoy_s_office_is_of_the_state_he_serves_with_the_region_in_the_title(engine, text):
    d = draft(engine, LONDON + text)
    [envoy] = [c for c in facts(d, "PositionHeld") if c["holder"] == "tor-ashby"]
    assert (envoy["positionOf"], envoy["position"], envoy["title"]) == ("united-states", "envoy", "Middle East envoy")


# -- 6. a runoff someone faces ----------------------------------------------------------------

OCT = dt.date(2030, 10, 21)
CHISINAU = "CHISINAU, Oct 21 (Reuters) - "


@pytest.mark.parametrize("text", [
    "Moldova's Lina Varo faces runoff after close first round",
    CHISINAU + "Moldova's President Lina Varo faces a runoff. President Lina Varo, who faces a runoff on "
               "3 November, said criminal groups had bought votes.",
    CHISINAU + "President Lina Varo, who faces a runoff on 3 November, said criminal groups had bought votes. "
               "Moldova's Lina Varo faces a runoff against Tor Ashby.",
])
def test_a_runoff_someone_faces_is_one_planned_election(engine, text):
    d = draft(engine, text, OCT)
    runoffs = facts(d, "Election")
    assert runoffs and all(c["modality"] == "planned" and c["heldIn"] == "moldova" for c in runoffs), runoffs
    assert len({c["fact"] for c in runoffs}) == 1, runoffs
    assert all(c.get("date", "2030-11-03") == "2030-11-03" for c in runoffs)  # forward, never the year before


def test_an_election_held_stays_asserted(engine):
    d = draft(engine, CHISINAU + "Moldova held a presidential election on Sunday.", OCT)
    [e] = facts(d, "Election")
    assert "modality" not in e and e["date"] == "2030-10-20"


# -- 7. referendums ---------------------------------------------------------------------------


def test_a_referendum_with_each_answer_s_share(engine):
    d = draft(engine, CHISINAU + "Moldovans narrowly voted in a referendum on Sunday to secure the country's path "
                                 "towards EU membership, with the yes vote at 50.41 per cent against 49.59 per cent "
                                 "for no, and turnout at 51 per cent.", OCT)
    [r] = facts(d, "Referendum")
    assert (r["heldIn"], r["date"]) == ("moldova", "2030-10-20")
    assert r["result"] == [{"option": "yes", "share": 50.41}, {"option": "no", "share": 49.59}]
    assert (r["share"], r["shareOf"]) == (51, "registered voters who voted (turnout)")
    assert not facts(d, "Vote")  # the referendum, not a second, plain vote


def test_a_referendum_told_in_three_sentences_is_one_fact_with_who_called_it(engine):
    d = draft(engine, CHISINAU + "Moldovans voted in a referendum on joining the European Union. The electoral "
                                 "commission put the “yes” vote at 50.41 per cent against 49.59 per cent for “no”. "
                                 "Lina Varo, who called the referendum, said criminal groups had bought votes.", OCT)
    found = facts(d, "Referendum")
    assert len(found) == 3 and len({c["fact"] for c in found}) == 1, found
    assert {c["heldIn"] for c in found} == {"moldova"}
    assert [c["calledBy"] for c in found if "calledBy" in c] == ["lina-varo"]
    assert [c["result"][0] for c in found if "result" in c] == [{"option": "yes", "share": 50.41}]


@pytest.mark.parametrize("text, state, modality", [
    ("Chile will hold a referendum to approve a new constitution.", "chile", "planned"),
    ("Kazakhstan's plebiscite on nuclear power passed with 71 per cent voting yes.", "kazakhstan", None),
])
def test_a_referendum_to_do_something_and_a_plebiscite(engine, text, state, modality):
    d = draft(engine, LONDON + text)
    [r] = facts(d, "Referendum")
    assert (r["heldIn"], r.get("modality")) == (state, modality)


def test_a_vote_of_a_body_stays_a_vote(engine):
    d = draft(engine, LONDON + "Lina Varo lost a no-confidence vote in Peru's parliament on Monday.")
    assert facts(d, "Vote") and not facts(d, "Referendum")


def test_a_drafted_referendum_ingests(tmp_path):
    art = tmp_path / "referendum.txt"
    art.write_text("URL: https://example.org/news/referendum\nPublished: 2030-10-21\n\n"
                   "CHISINAU, Oct 21 (Reuters) - Moldovans narrowly voted in a referendum on Sunday to secure the "
                   "country's path towards EU membership, with the yes vote at 50.41 per cent against 49.59 per "
                   "cent for no. Moldova's President Lina Varo, who faces a runoff on 3 November, called the "
                   "referendum.\n", encoding="utf-8")
    out = tmp_path / "drafts"
    proc = kg_cli("extract", art, "-o", out, "-q")
    assert proc.returncode == 0, proc.stderr
    [drafted] = sorted(out.glob("*.yaml"))
    claims = yaml.safe_load(drafted.read_text(encoding="utf-8"))["claims"]
    assert [c for c in claims if c["type"] == "Referendum" and c.get("result")], claims
    assert [c for c in claims if c["type"] == "Election" and c.get("modality") == "planned"], claims
    kg_cli("ingest", "--dry-run", out, check=0)  # the reader and the shapes take a referendum's results


# -- the development set's misses --------------------------------------------------------------


def test_a_state_s_chief_before_a_longer_title_is_that_title_not_its_leader(engine):
    d = draft(engine, "TOKYO, March 4 (Reuters) - Lina Varo, Japan's chief trade negotiator, arrived in Washington "
                      "on Monday.")
    [p] = facts(d, "PositionHeld")
    assert (p["holder"], p["positionOf"], p["position"], p["title"]) == \
        ("lina-varo", "japan", "envoy", "chief trade negotiator")
    assert "_resolved" not in str(d.claims)  # "Japan's chief" is no description of anyone


def test_a_plural_title_before_a_list_of_names_is_each_name_s_office(engine):
    d = draft(engine, LONDON + "The two foreign ministers, Lina Varo of Chile and Tor Ashby of Peru, signed the accord "
                               "on Friday.")
    held = {(c["holder"], c["positionOf"], c["position"], c["title"]) for c in facts(d, "PositionHeld")}
    assert held == {("lina-varo", "chile", "minister", "foreign minister"),
                    ("tor-ashby", "peru", "minister", "foreign minister")}


def test_all_three_countries_are_the_three_named_before(engine):
    d = draft(engine, LONDON + "Mali, Niger and Chad left ECOWAS on Monday. ECOWAS said it regretted the move. "
                               "ECOWAS suspended all three countries after their coups.")
    assert {c["target"] for c in facts(d, "Sanction")} == {"mali", "niger", "chad"}


def test_the_first_of_two_reported_clauses_with_no_fact_of_its_own_is_a_statement(engine):
    d = draft(engine, LONDON + "Lina Varo spoke on Monday. Varo told reporters she was ready to discuss the details of "
                               "peace proposals but opposed a temporary ceasefire.")
    [said] = facts(d, "Statement")
    assert said["speaker"] == "lina-varo"
    assert said["quote"] == "Varo told reporters she was ready to discuss the details of peace proposals"
    assert [c["speaker"] for c in facts(d, "Rejection")] == ["lina-varo"]  # the second clause, its own fact


def test_a_reported_clause_that_is_all_another_fact_is_no_statement(engine):
    d = draft(engine, LONDON + "Lina Varo said Chile had imposed sanctions on Peru.")
    assert facts(d, "Sanction") and not facts(d, "Statement")


def test_a_speaker_s_own_state_is_not_what_the_statement_is_about(engine):
    # the junta is Chad's government (the registry's `of`), whom a Chadian minister speaks for
    d = draft(engine, LONDON + "Chadian Foreign Minister Lina Varo highlighted the position of Chad's junta on Monday.")
    assert all(c.get("about") != "chad-junta" for c in d.claims), d.claims


def test_a_criticism_of_one_s_own_government_is_about_it(engine):
    d = draft(engine, LONDON + "Chadian opposition leader Lina Varo criticised Chad's junta for the arrests.")
    [c] = facts(d, "Criticism")
    assert (c["speaker"], c["about"]) == ("lina-varo", "chad-junta")
