"""What three new users' unseen articles (a referendum with its observers, a council's vote
on an amendment, a visa-free stay of a bounded length) read wrongly in the canned queries,
each answered for its kind:

1. a result per answer that gives both figures shows both, the share in percent
   ("yes: 412,806 votes (64.3 %)"); a turnout or share alone is in percent too; a vote
   on an amendment says what the amendment would change and which draft it amends;
2. observers of a vote are named as observers, apart from its parties, in the words a
   table gives a fact and on the browser's fact page;
3. an agreement's length given only as a bound in words ("no more than 21 days") fills
   the ``duration`` column, and a span under two years reads in months ("19 months", which
   the store keeps as P1Y7M); a fact that is itself a row of ``statements`` reads as its
   words and its id, as the facts of other rows do; ``statements -p about=`` takes a fact
   id; a speaker with statements is still told of its claims of facts of other kinds;
4. a diplomat expelled is a measure: ``sanctions`` by target (the diplomats' state) and
   authority, the diplomats' state's ``timeline``, and the network's relations;
5. ingesting an unchanged claims file again says nothing changed, even where a value
   (a relative date's delay of zero days) is stored in another canonical form; a claim
   changed at an equal count is still reported.

Each is read back from an invented article (``tests/data/query-r67-velmar-vote``), built
once for the module by the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import json
import re
import shutil
from html import unescape

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-r67-velmar-vote"
REFERENDUM = "referendum-velmar-water-charter-2026-03-08"
AMENDMENT_VOTE = "vote-velmar-council-charter-amendment"
CHARTER_VOTE = "vote-velmar-council-charter"

case = built_once_per_module(CASE, build=built_corpus)


def expanded(store, *args: str) -> str:
    """The expanded table people read of ``kg query ARGS`` on ``store``."""
    return kg_cli("query", *args, "--store", store, "-F", "expanded", check=0).stdout


def field(table: str, name: str) -> list[str]:
    """Every value of the field ``name`` in an expanded table, in row order."""
    return re.findall(rf"^{name} +(.*)$", table, re.M)


# -- 1. votes and shares together, in percent; an amendment says what it amends ---------------------------------------

def test_a_result_with_votes_and_share_shows_both_with_the_share_in_percent(case):
    table = expanded(case, "elections", "-p", "place=Velmar")
    assert field(table, "answers") == [
        "no: 229,114 votes (35.7 %) / yes: 412,806 votes (64.3 %) / yes: 58.1 % (Drava)"]
    # 'votes' gives the same results; JSON records keep the digits for scripts.
    assert by_fact(query_rows(case, "votes"))[REFERENDUM]["results"] == (
        "no: 229114 votes (35.7 %) / yes: 412806 votes (64.3 %) / yes: 58.1 % (Drava)")


def test_a_vote_on_an_amendment_says_what_it_amends(case):
    rows = by_fact(query_rows(case, "votes", body="Velmar Council"))
    assert rows[AMENDMENT_VOTE]["subject"] == "delay the charter by a year; amendment to draft-velmar-water-charter"
    table = expanded(case, "votes", "-p", "body=Velmar Council")
    assert "delay the charter by a year; amendment to draft resolution (unnamed members (Velmar Council))" in field(table, "subject")
    # The look-alike: the vote on the draft itself amends nothing.
    assert rows[CHARTER_VOTE]["subject"] is None


# -- 2. observers named as observers ----------------------------------------------------------------------------------

def test_a_vote_s_observers_are_named_as_observers_not_as_its_parties(case, tmp_path):
    table = expanded(case, "elections", "-p", "place=Velmar")
    assert field(table, "election") == [
        "referendum (Velmar; called by: Ilka Moor; observers: Corvan Institute, Lakeland Assembly; 2026-03-08)"]
    site = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", site, check=0)
    page = (site / "fact" / f"{REFERENDUM}.html").read_text(encoding="utf-8")
    head = unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.search(r'<span class="kind">.*?</p>', page, re.S)[0])))
    # (Who called it is no party either: named under its role.)
    assert head.startswith("referendum naming Velmar; called by: Ilka Moor; observers: Corvan Institute, Lakeland Assembly · 2026-03-08"), head
    # The look-alike: a fact with no observer names its parties alone.
    page = (site / "fact" / "agreement-velmar-quessia-river-treaty.html").read_text(encoding="utf-8")
    head = unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.search(r'<span class="kind">.*?</p>', page, re.S)[0])))
    assert head.startswith("agreement naming Quessia, Velmar ·") and "observers" not in head


# -- 3. a bounded length; a fact that is a row ------------------------------------------------------------------------

def test_an_agreement_length_given_as_a_bound_fills_the_duration_column(case):
    rows = by_fact(query_rows(case, "agreements", state="Quessia"))
    assert rows["agreement-velmar-quessia-visa-free-stay"]["duration"] == "no more than 21 days"
    # The look-alike: an exact length keeps its own value.
    assert rows["agreement-velmar-quessia-river-treaty"]["duration"] == "10 years"


def test_statements_name_a_fact_that_is_a_row_in_words_and_by_its_id(case):
    table = expanded(case, "statements")
    assert field(table, "about")[field(table, "fact").index("rejection-drava-rell-accusation")] == (
        "accusation (Drava provincial government, Tomas Rell) (accusation-rell-drava-delay)")
    # The look-alike: an actor the accusation is about stays its label.
    assert field(table, "about")[field(table, "fact").index("accusation-rell-drava-delay")] == "Drava provincial government"


def test_a_span_under_two_years_reads_in_months_as_the_text_gives_it(case):
    durations = field(expanded(case, "agreements", "-p", "state=Quessia"), "duration")
    assert "19 months" in durations
    # The look-alike: a span of whole years stays in years.
    assert "10 years" in durations and not any("year" in d and "month" in d for d in durations)


def test_statements_about_a_fact_take_its_id(case):
    rows = query_rows(case, "statements", about="accusation-rell-drava-delay")
    assert [r["fact"] for r in rows] == ["rejection-drava-rell-accusation"]
    # The look-alike: an id no fact has is refused, naming what the parameter takes.
    proc = kg_cli("query", "statements", "--store", case, "-p", "about=accusation-rell-nobody-delay", check=2)
    assert "no actor or fact called 'accusation-rell-nobody-delay'" in proc.stderr


def test_a_speaker_with_statements_is_told_of_its_claims_of_other_kinds(case):
    proc = kg_cli("query", "statements", "--store", case, "-p", "speaker=Tomas Rell", "-F", "json", check=0)
    assert [r["fact"] for r in json.loads(proc.stdout)] == ["accusation-rell-drava-delay"]
    note = " ".join(proc.stderr.split())
    assert ("Tomas Rell is also the source (said_by) of 1 claim of facts of other kinds, not listed here, each with "
            "how it presents it: alleged: attack attack-drava-militiamen-pumping-station.") in note
    assert "kg query timeline -p entity=Tomas Rell" in note
    # The look-alike: a speaker whose words are all statements gets no note.
    moor = kg_cli("query", "statements", "--store", case, "-p", "speaker=Drava provincial government", "-F", "json", check=0)
    assert json.loads(moor.stdout) and "also the source" not in moor.stderr


# -- 4. a diplomat expelled is a measure ------------------------------------------------------------------------------

EXPULSION = "diplomatic-expulsion-velmar-quessia-2026-03-09"


def test_sanctions_list_an_expulsion_by_the_diplomats_state_and_by_the_expelling_one(case):
    [row] = query_rows(case, "sanctions", target="Quessia")
    assert {k: row[k] for k in ("fact", "authority", "target", "targets_of", "measure", "deadline", "since")} == {
        "fact": EXPULSION, "authority": "Velmar", "target": "Anna Berg, Pavel Kost",
        "targets_of": "Anna Berg: Quessia, Pavel Kost: Quessia", "measure": "diplomatic expulsion",
        "deadline": "2026-03-16", "since": "2026-03-09"}
    assert [r["fact"] for r in query_rows(case, "sanctions", authority="Velmar")] == [EXPULSION]
    # The look-alikes: the expelling state is no target, the diplomats' state no authority.
    assert query_rows(case, "sanctions", target="Velmar") == []
    assert query_rows(case, "sanctions", authority="Quessia") == []


def test_the_diplomats_state_has_the_expulsion_on_its_timeline_and_network(case, tmp_path):
    rows = by_fact(query_rows(case, "timeline", entity="Quessia"))
    assert rows[EXPULSION]["role"] == "target, through Anna Berg and Pavel Kost"
    site = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", site, check=0)
    network = unescape((site / "network" / "velmar.html").read_text(encoding="utf-8"))
    assert "Velmar → Anna Berg: expulsion" in network and "Velmar → Pavel Kost: expulsion" in network


# -- 5. an unchanged file ingested again ------------------------------------------------------------------------------

def test_ingesting_an_unchanged_file_again_says_nothing_changed(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CASE, corpus)
    store = tmp_path / "store"
    kg_cli("build", "-q", "--corpus", corpus, "--store", store, check=0)
    claims = corpus / "claims" / "000_r67_velmar_vote.yaml"
    again = kg_cli("ingest", "--store", store, claims, check=0)
    assert "nothing changed: the same metadata, text and claims" in again.stdout + again.stderr
    # The look-alike: one value changed, the claims as many as before.
    claims.write_text(claims.read_text(encoding="utf-8").replace("votesAgainst: 6\n", "votesAgainst: 5\n"), encoding="utf-8")
    changed = kg_cli("ingest", "--store", store, claims, check=None)
    assert "claims changed (15 before and after)" in changed.stdout + changed.stderr
