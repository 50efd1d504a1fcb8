"""What a new user's three unseen articles (prisoners freed for an airline's sanctions
eased, an arms embargo, border clashes and a closed border) found the canned queries
showing wrongly, each fixed for its kind:

1. a toll by side that two speakers give (each side's count of its own dead and of the
   other's): ``casualties`` names the speaker of each figure (of one speaker's toll,
   'figures_by' alone does), and ``conflicts`` reports
   two speakers' counts of the same side's dead that do not meet, while one speaker's
   figures for two sides are no disagreement;
2. an end that only claims of what is to come state ("would lift its sanctions"): every
   query that shows a status, and the browser's fact page, say "end planned", while an
   end done (in the same claim or another) stays "ended";
3. a sum counted per period and what it measures (``perPeriod``, ``valueOf``): shown
   beside the value wherever a value is shown, the period in words ("a day", "per 3
   months") by one helper for every query's output, while a total has neither.

Each is read back from an invented article (``tests/data/query-r61-border-tolls``),
built once for the module by the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-r61-border-tolls"
WAR = "armed-conflict-brelia-zedland-2026-08"
SHOOTOUT = "attack-lorn-2026-08-01"

case = built_once_per_module(CASE, build=built_corpus)


# -- 1. a toll by side from two speakers ------------------------------------------------------------------------------

def test_each_figure_of_a_toll_by_side_names_who_gives_it(case):
    rows = by_fact(query_rows(case, "casualties"))
    victims = rows[WAR]["victims"].split("; ")
    assert victims == ["killed: 14 unnamed soldiers (Brelia) (said by Brelian army)",
                       "killed: 40 unnamed soldiers (Brelia) (said by Zedland defence ministry)",
                       "killed: 6 unnamed soldiers (Zedland) (said by Zedland defence ministry)",
                       "killed: more than 60 unnamed troops (Zedland) (said by Brelian army)"]
    # The column that says who gives figures keeps its form.
    assert rows[WAR]["figures_by"] == "Brelian army: killed; Zedland defence ministry: killed"
    # The look-alike, one speaker's toll: the figures stay plain, and 'figures_by' names who gives them all.
    assert rows[SHOOTOUT]["victims"] == "killed: 3 unnamed police officers (Kestria); killed: 5 unnamed gunmen (Red Hand)"
    assert rows[SHOOTOUT]["figures_by"] == "Kestria interior ministry: killed"


def test_two_speakers_counts_of_one_side_s_dead_are_a_conflict(case):
    rows = query_rows(case, "conflicts", fact=WAR)
    assert {(r["property"], r["value"], r["said_by"], r["modality"]) for r in rows} == {
        ("people killed", "14 unnamed soldiers (Brelia)", "Brelian army", "reported"),
        ("people killed", "40 unnamed soldiers (Brelia)", "Zedland defence ministry", "reported"),
        ("people killed", "6 unnamed soldiers (Zedland)", "Zedland defence ministry", "reported"),
        # "more than 60" is 61 or more: it does not meet 6.
        ("people killed", "more than 60 unnamed troops (Zedland)", "Brelian army", "reported"),
    }
    assert {r["articles"] for r in rows} == {"000_r61_border_tolls"}
    # The look-alike: one speaker's figures for two sides disagree with nothing.
    every = query_rows(case, "conflicts")
    assert {r["fact"] for r in every} == {WAR}


# -- 2. an end only planned -------------------------------------------------------------------------------------------

def test_a_planned_lifting_reads_end_planned_and_a_done_one_ended(case):
    status = {f: r["status"] for f, r in by_fact(query_rows(case, "sanctions")).items()}
    assert status == {
        "sanction-ostravia-skyline": "end planned",  # "would lift": only planned
        "sanction-zedland-brelia-banks": "ended",  # "lifted ... in March"
        "sanction-kestria-brelia-arms-embargo": "ended",  # promised, then lifted: the done end wins
    }


def test_the_timeline_says_end_planned_beside_the_planned_claim_only(case):
    modality = {f: r["modality"] for f, r in by_fact(query_rows(case, "timeline", entity="Brelia")).items()}
    assert modality["sanction-zedland-brelia-banks"] == "asserted (ended)"
    assert modality["sanction-kestria-brelia-arms-embargo"] == "asserted (ended), planned (end planned)"
    skyline = by_fact(query_rows(case, "timeline", entity="Skyline"))["sanction-ostravia-skyline"]
    assert skyline["modality"] == "planned (end planned)"


def test_the_browser_s_fact_page_says_end_planned(case, tmp_path):
    out = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", out, check=0)

    def status_row(fact: str) -> str:
        page = (out / "fact" / f"{fact}.html").read_text(encoding="utf-8")
        row = page[page.index(">status<"):]
        return row[:row.index("</tr>")]
    assert "end planned" in status_row("sanction-ostravia-skyline")
    assert "ended" in status_row("sanction-zedland-brelia-banks")
    assert "end planned" not in status_row("sanction-zedland-brelia-banks")


# -- 3. a sum's period and what it measures ---------------------------------------------------------------------------

def test_a_value_shows_its_period_in_words_and_what_it_measures(case):
    details = {r["speaker"]: r["details"] for r in query_rows(case, "statements")
               if r["kind"] == "assessment"}
    assert details == {
        "Velmora freight forwarders": "value: USD about 2 million a day (exports lost)",
        "Velmora port authority": "value: EUR 9 million per 3 months (port losses)",
        # The look-alike: a total so far has neither.
        "Brelian agriculture ministry": "value: EUR 30 million",
    }
    # The fact's own details say the period in words too.
    facts = by_fact(query_rows(case, "facts", type="Assessment"))
    assert "per period: a day" in facts["assessment-velmora-freight-forwarders-export-losses"]["details"]
    assert "per period: 3 months" in facts["assessment-velmora-port-authority-losses"]["details"]
    assert "per period" not in facts["assessment-brelian-agriculture-ministry-farm-losses"]["details"]


def test_the_w3c_formats_keep_the_iso_period(case):
    proc = kg_cli("query", "statements", "--store", case, "-F", "csv", check=0)
    assert "value: USD about 2 million per P1D (exports lost)" in proc.stdout
    assert "a day" not in proc.stdout
    # The table people read says it in words, as JSON does (above).
    table = kg_cli("query", "statements", "--store", case, "-F", "expanded", check=0).stdout
    assert "value: EUR 9 million per 3 months (port losses)" in table
