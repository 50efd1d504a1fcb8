"""What two new users' unseen articles (a referendum with partial and final figures, a
cabinet reshuffle, a cross-border exodus, a president removed, a sunk ship, a border
treaty) found the canned queries and the browser showing wrongly, each fixed for its kind:

1. one fact with two shares, each with its own what-of and speaker (a final turnout and a
   partial one from part of the polling stations): ``votes`` and the fact page pair each
   figure with its own what-of, and name who gives it where there are several;
2. figures of one quantity that differ by speaker (two results for one answer of a
   referendum, two counts of one crossing): each with its speaker in ``votes`` and
   ``journeys``, and a row per figure in ``conflicts``; one speaker's two groups are no
   disagreement;
3. an end of office that only a planned claim gives ("will lead the government until
   June 2026"), past by now: ``leaders`` shows it as planned and the holder current, while
   an end the article asserts, and a removal from office, make the holder former;
4. the missing of an attack (``casualties``), the day an agreement takes effect
   (``agreements``), a rescue from a ship found by the ship (``journeys``), and the static
   export's page names under ``kg serve``.

Each is read back from an invented article (``tests/data/query-r63-solvaria-vote``),
built once for the module by the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.request
from html import unescape

import pytest
from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows
from test_serve import start_serving, stop_serving

CASE = ROOT / "tests" / "data" / "query-r63-solvaria-vote"
CHARTER = "referendum-solvaria-2026-10-04"
VOTING_AGE = "referendum-dremland-voting-age-2026-10-04"
CROSSING = "travel-solvaria-to-dremland-2026-09"
TWO_GROUPS = "travel-solvaria-to-quessia-2026"

case = built_once_per_module(CASE, build=built_corpus)


# -- 1. two shares, each with its own what-of -------------------------------------------------------------------------

def test_each_share_goes_with_its_own_what_of_and_speaker(case):
    rows = by_fact(query_rows(case, "votes"))
    assert rows[CHARTER]["share"].split(" / ") == [
        "64.8 % of registered voters who voted (turnout) (said by Ilse Varga)",
        "69.1 % of registered voters who voted (turnout) at 60 percent of polling stations (said by Tomas Berec)"]
    # The look-alike: one source's one turnout stays as it was, with no speaker.
    assert rows[VOTING_AGE]["share"] == "48.3 % of registered voters who voted (turnout)"


def test_the_fact_page_pairs_each_share_with_its_what_of(case, tmp_path):
    out = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", out, check=0)

    def text(fact: str) -> str:
        page = (out / "fact" / f"{fact}.html").read_text(encoding="utf-8")
        return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))
    charter = text(CHARTER)
    assert ("64.8 of registered voters who voted (turnout) (said by Ilse Varga); 69.1 of registered voters who voted "
            "(turnout) at 60 percent of polling stations (said by Tomas Berec)") in charter
    assert "share of" not in charter  # each what-of is beside its figure, not in a row of its own
    # The look-alike: one share keeps the rows it had.
    voting_age = text(VOTING_AGE)
    assert "share (percent) 48.3 share of registered voters who voted (turnout)" in voting_age


# -- 2. figures that differ by speaker --------------------------------------------------------------------------------

def test_two_results_for_one_answer_each_name_their_speaker(case):
    rows = by_fact(query_rows(case, "votes"))
    assert rows[CHARTER]["results"] == "yes: 71.2 % (said by Ilse Varga) / yes: 74.5 % (said by Tomas Berec)"
    assert rows[VOTING_AGE]["results"] == "yes: 55 %"


def test_two_counts_of_one_crossing_each_name_their_speaker(case):
    rows = by_fact(query_rows(case, "journeys"))
    assert rows[CROSSING]["traveller"] == ("about 30000 unnamed people (said by Amal Roshdi), "
                                           "more than 45000 unnamed people (said by Dremland border service)")
    # The look-alike: one source counting two groups of one crossing.
    assert rows[TWO_GROUPS]["traveller"] == "1200 unnamed people of Solvaria, 300 unnamed people of Quessia"


def test_conflicts_reports_rival_results_and_counts_by_speaker(case):
    rows = query_rows(case, "conflicts")
    assert {(r["fact"], r["property"], r["value"], r["said_by"]) for r in rows} == {
        (CHARTER, "result", "yes: 71.2", "Ilse Varga"),
        (CHARTER, "result", "yes: 74.5", "Tomas Berec"),
        (CHARTER, "share (percent)", "64.8", "Ilse Varga"),
        (CHARTER, "share (percent)", "69.1", "Tomas Berec"),
        (CROSSING, "traveller", "about 30000 unnamed people", "Amal Roshdi"),
        (CROSSING, "traveller", "more than 45000 unnamed people", "Dremland border service"),
    }
    # The look-alikes, one source's two groups and another referendum's one result, are not in it;
    # a fact asked for alone gives its own rows.
    assert {r["value"] for r in query_rows(case, "conflicts", fact=CROSSING)} == {
        "about 30000 unnamed people", "more than 45000 unnamed people"}


# -- 3. a planned end, an asserted one, a removal ---------------------------------------------------------------------

def test_a_planned_end_past_by_now_leaves_the_holder_current(case):
    rows = {r["holder"]: r for r in query_rows(case, "leaders", of="Solvaria")}
    assert (rows["Ivo Markan"]["tenure"], rows["Ivo Markan"]["until"]) == ("current", "2026-06 (planned)")
    # The look-alikes: an end the article asserts, and a removal from office with its successor.
    assert (rows["Lena Kovac"]["tenure"], rows["Lena Kovac"]["until"]) == ("former", "2026-08")
    # An end to come that the article asserts ("whose mandate runs until 2040") is scheduled;
    # once that year is over, it ends the term.
    if dt.date.today().year <= 2040:
        assert (rows["Karl Imre"]["tenure"], rows["Karl Imre"]["until"]) == ("current", "2040 (scheduled)")
    else:
        assert (rows["Karl Imre"]["tenure"], rows["Karl Imre"]["until"]) == ("former", "2040")
    assert (rows["Anton Selic"]["tenure"], rows["Anton Selic"]["until"]) == ("former", "2026-10-01")
    assert (rows["Mila Dorn"]["tenure"], rows["Mila Dorn"]["since"], rows["Mila Dorn"]["until"]) == (
        "current", "2026-10-01", None)


# -- 4. the missing, an agreement's effect, a rescue from a ship, the export's page names ----------------------------

def test_casualties_has_a_column_for_the_missing(case):
    rows = by_fact(query_rows(case, "casualties"))
    assert (rows["attack-kelt-border-post-2026-10-08"]["killed"], rows["attack-kelt-border-post-2026-10-08"]["missing"]) == (
        "2", "4")
    assert rows["attack-kelt-bridge-2026-10-09"]["missing"] is None


def test_agreements_show_the_day_they_take_effect(case):
    rows = by_fact(query_rows(case, "agreements"))
    transit = rows["agreement-solvaria-dremland-transit-2026-10-10"]
    assert (transit["date"], transit["effective_date"]) == ("2026-10-10", "2026-11-01")
    assert rows["agreement-solvaria-dremland-border-policing-2026-10-10"]["effective_date"] is None


def test_the_hint_for_a_ship_as_traveller_leads_to_its_rescue(case):
    # The ship made no voyage of its own (a traveller may be an asset): no rows, and a note
    # naming the parameter that lists the journeys that left it.
    proc = kg_cli("query", "journeys", "--store", case, "-p", "traveller=Blue Heron")
    assert "1 journey(s) left from it: use --param place=Blue Heron" in " ".join(proc.stderr.split())
    rows = query_rows(case, "journeys", place="Blue Heron")
    assert [(r["fact"], r["origin"]) for r in rows] == [("rescue-blue-heron-2026-10-11", "Blue Heron")]
    # The look-alike: a place's journeys are those of the place, not the ship's.
    assert {r["fact"] for r in query_rows(case, "journeys", place="Dremland")} == {CROSSING}


@pytest.mark.oxigraph_server
def test_serve_answers_the_static_export_s_page_names(case):
    proc, port, _ = start_serving(case)
    base = f"http://127.0.0.1:{port}/browse/"
    try:
        for asked, landed in (("network.html", "network"), (f"fact/{CHARTER}.html", f"fact/{CHARTER}"),
                              ("entity/solvaria.html", "entity/solvaria"), ("index.html", "")):
            with urllib.request.urlopen(base + asked, timeout=30) as page:
                assert (page.status, page.geturl()) == (200, base + landed)
                assert "text/html" in page.headers["Content-Type"]
        # The look-alike: a static file keeps its name.
        with urllib.request.urlopen(base + "static/browse.css", timeout=30) as page:
            assert (page.status, page.geturl()) == (200, base + "static/browse.css")
    finally:
        stop_serving(proc)
