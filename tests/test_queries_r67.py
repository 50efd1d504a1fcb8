"""What three new users' unseen articles (a referendum with its observers, a council's vote
on an amendment, a visa-free stay of a bounded length) read wrongly in the canned queries,
each answered for its kind:

1. a result per answer that gives both figures shows both, the share in percent
   ("yes: 412,806 votes (64.3 %)"); a turnout or share alone is in percent too; a vote
   on an amendment says what the amendment would change and which draft it amends;
2. observers of a vote are named as observers, apart from its parties, in the words a
   table gives a fact and on the browser's fact page;
3. an agreement's length given only as a bound in words ("no more than 21 days") fills
   the ``duration`` column; a fact that is itself a row of ``statements`` reads as its
   words and its id, as the facts of other rows do;
4. ingesting an unchanged claims file again says nothing changed, even where a value
   (a relative date's delay of zero days) is stored in another canonical form; a claim
   changed at an equal count is still reported.

Each is read back from an invented article (``tests/data/query-r67-velmar-vote``), built
once for the module by the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

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
    assert "delay the charter by a year; amendment to draft resolution (unnamed members)" in field(table, "subject")
    # The look-alike: the vote on the draft itself amends nothing.
    assert rows[CHARTER_VOTE]["subject"] is None


# -- 2. observers named as observers ----------------------------------------------------------------------------------

def test_a_vote_s_observers_are_named_as_observers_not_as_its_parties(case, tmp_path):
    table = expanded(case, "elections", "-p", "place=Velmar")
    assert field(table, "election") == [
        "referendum (Ilka Moor, Velmar; observers: Corvan Institute, Lakeland Assembly; 2026-03-08)"]
    site = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", site, check=0)
    page = (site / "fact" / f"{REFERENDUM}.html").read_text(encoding="utf-8")
    head = unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.search(r'<span class="kind">.*?</p>', page, re.S)[0])))
    assert head.startswith("referendum naming Ilka Moor, Velmar; observers: Corvan Institute, Lakeland Assembly · 2026-03-08")
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


# -- 4. an unchanged file ingested again ------------------------------------------------------------------------------

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
    assert "claims changed (12 before and after)" in changed.stdout + changed.stderr
