"""What three new users' unseen articles (planned trade talks, an appeal to an armed group,
an army's allegation, a referendum) asked of the canned queries and found nowhere, each
answered for its kind:

1. talks (``negotiations``): parties, negotiators with the side each speaks for, who
   reopened them, the mediator of a mediation of them, venue, round, subject, status,
   by ``party``, paged; a meeting is not talks;
2. what is said to an actor: ``statements -p about=X`` finds an appeal whose recipient is
   X, and not one addressed to another;
3. a speaker whose only words are an allegation of a fact of another kind: ``statements``
   says which, with how the speaker presents it, and where to read it; a speaker with a
   statement, or with no words at all, gets no such note;
4. a referendum held in a place is in ``elections -p place=``, marked as such, with its
   result per answer and its turnout; a parliament's vote on a motion stays out.

Each is read back from an invented article (``tests/data/query-r64-tarvia-talks``), built
once for the module by the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-r64-tarvia-talks"
TRADE = "negotiation-tarvia-quorland-trade-2026"
PEACE = "negotiation-tarvia-northern-front-peace"
REFERENDUM = "referendum-quorland-electoral-law-2026-11-15"

case = built_once_per_module(CASE, build=built_corpus)


# -- 1. talks ---------------------------------------------------------------------------------------------------------

def test_negotiations_show_parties_negotiators_mediator_venue_round_and_status(case):
    rows = query_rows(case, "negotiations")
    # In date order, undated talks last; the meeting of the same day is no negotiation.
    assert [r["fact"] for r in rows] == [TRADE, PEACE]
    trade = by_fact(rows)[TRADE]
    assert {k: trade[k] for k in ("date", "parties", "negotiators", "initiator", "mediators", "place", "round",
                                  "about", "status", "modality", "sources")} == {
        "date": "2026-12", "parties": "Quorland, Tarvia",
        "negotiators": "Oskar Lind for Tarvia, Rasa Venn for Quorland", "initiator": "Quorland",
        "mediators": "Merrow", "place": "Merrow City", "round": "3", "about": "trade", "status": "resumed",
        "modality": "asserted, planned", "sources": 1}
    peace = by_fact(rows)[PEACE]
    assert (peace["parties"], peace["status"], peace["negotiators"], peace["mediators"]) == (
        "Northern Front, Tarvia", "stalled", None, None)


def test_negotiations_by_party_take_negotiators_and_mediators_and_page(case):
    assert [r["fact"] for r in query_rows(case, "negotiations", party="Northern Front")] == [PEACE]
    assert [r["fact"] for r in query_rows(case, "negotiations", party="Oskar Lind")] == [TRADE]
    assert [r["fact"] for r in query_rows(case, "negotiations", party="Merrow")] == [TRADE]
    # The look-alike: one who only met a negotiator takes part in no talks.
    assert query_rows(case, "negotiations", party="Ada Kell") == []
    # One page of rows at a time.
    assert [r["fact"] for r in query_rows(case, "negotiations", limit=1, offset=1)] == [PEACE]


# -- 2. what is said to an actor --------------------------------------------------------------------------------------

def test_statements_about_an_actor_find_what_is_addressed_to_it(case):
    rows = by_fact(query_rows(case, "statements", about="Northern Front"))
    assert set(rows) == {"appeal-tarvia-northern-front-engineers", "accusation-holm-northern-front-smuggling"}
    appeal = rows["appeal-tarvia-northern-front-engineers"]
    assert (appeal["speaker"], appeal["kind"], appeal["details"]) == (
        "Tarvian foreign ministry", "appeal", "recipient: Northern Front")
    # The look-alike: the same ministry's appeal to Merrow is Merrow's, not the Northern Front's.
    assert [r["fact"] for r in query_rows(case, "statements", about="Merrow")] == [
        "appeal-tarvia-merrow-kessel-crossing"]


# -- 3. a speaker's allegation of a fact of another kind --------------------------------------------------------------

def test_a_speaker_with_only_an_allegation_is_told_where_it_is(case):
    proc = kg_cli("query", "statements", "--store", case, "-p", "speaker=Tarvian army", "-F", "json", check=0)
    assert json.loads(proc.stdout) == []
    assert ("No statement has Tarvian army as its speaker, but Tarvian army is the source (said_by) of 1 claim "
            "of facts of other kinds, each with how it presents it: alleged: attack attack-northern-front-dorn-2026-11."
            ) in " ".join(proc.stderr.split())
    assert "kg query evidence -p fact=ID" in proc.stderr
    # The look-alikes: a speaker with a statement has its rows and no note; one with no words
    # at all has neither.
    holm = kg_cli("query", "statements", "--store", case, "-p", "speaker=Petra Holm", "-F", "json", check=0)
    assert [r["fact"] for r in json.loads(holm.stdout)] == ["accusation-holm-northern-front-smuggling"]
    assert "No statement has" not in holm.stderr
    kell = kg_cli("query", "statements", "--store", case, "-p", "speaker=Ada Kell", "-F", "json", check=0)
    assert json.loads(kell.stdout) == [] and "No statement has" not in kell.stderr


# -- 4. a referendum among the elections of a place -------------------------------------------------------------------

def test_elections_of_a_place_show_its_referendum_marked_as_such(case):
    rows = query_rows(case, "elections", place="Quorland")
    assert [(r["election"], r["kind"]) for r in rows] == [
        (REFERENDUM, "referendum"), ("election-quorland-presidential-2027", "election")]
    referendum = rows[0]
    assert (referendum["date"], referendum["held_in"], referendum["answers"], referendum["turnout"]) == (
        "2026-11-15", "Quorland", "yes: 62.4 %", "55.1 % of registered voters who voted (turnout)")
    # The look-alike: the parliament's vote on a motion (no candidates, no answers) stays in 'votes'.
    assert "vote-quorland-parliament-trade-protocol" not in {r["election"] for r in rows}
    assert "vote-quorland-parliament-trade-protocol" in {r["fact"] for r in query_rows(case, "votes")}


def test_a_query_header_whose_if_empty_names_what_it_cannot_fill_is_refused(tmp_path):
    from kg.catalog import parse_query_file
    from kg.errors import InputError

    head = ("#+ title: t\n#+ params:\n#+   who: {type: actor}\n#+ if_empty:\n#+   - when: [who]\n"
            "#+     select: 'SELECT (COUNT(*) AS ?n) WHERE { ?c ?p ?_who }'\n#+     say: '{who}: {%s}'\n"
            "SELECT ?x WHERE { ?x ?p ?_who }\n")
    good = tmp_path / "good.rq"
    good.write_text(head % "n", encoding="utf-8")
    assert parse_query_file(good).if_empty[0].when == ("who",)
    # The look-alike: a field that is neither a parameter nor a variable of the select.
    bad = tmp_path / "bad.rq"
    bad.write_text(head % "count", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.rq.*if_empty entry 1: its text names \{count\}"):
        parse_query_file(bad)
