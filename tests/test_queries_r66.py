"""What a new user's reviewed claims (a donor's pledge given with its conversion, relief
flown in as goods, a freed ship and its crew, unnamed pirates) found misread by the canned
queries and the evidence browser, each answered for its kind beside a look-alike that keeps
its rows:

1. ``conflicts``: a sum given with its conversion into another currency, in one claim or in
   two, is one amount, not two rival figures; two sources giving different sums in one
   currency still disagree;
2. ``journeys -p traveller=``: a ship making its own voyage is a traveller; a person's
   journey is still found by the person alone;
3. ``supporters``: relief sent as goods that states its kind (``supportKind: humanitarian``)
   is humanitarian; goods that state none read "supply", not a guessed "economic";
4. unnamed actors as parameters: a label one claim's unnamed actors have names them; one
   several claims give is refused, naming the facts where they are;
5. the browser's fact page (here its static export): unnamed actors with parts counted
   apart within them ("among") show those parts with their states, as ``facts`` does; the
   same actors without parts stay bare.

Read back from an invented article (``tests/data/query-r66-selka-relief``), built once for
the module by the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import re

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-r66-selka-relief"

case = built_once_per_module(CASE, build=built_corpus)


# -- 1. a sum with its conversion -------------------------------------------------------------------------------------

def test_a_sum_and_its_conversion_are_no_conflict_but_two_sums_in_one_currency_are(case):
    rows = query_rows(case, "conflicts")
    disputed = {(r["fact"], r["property"]) for r in rows}
    # "2 billion yuan (about $275 million)" in one claim, and "900 million yuan ... That is
    # about $125 million" in two (the speaker's sum, the article's conversion): no rows.
    assert not {f for f, _ in disputed} & {"support-tessaly-morvane-floods-2026-10-08", "support-ostrel-morvane-roads"}
    # The look-alike: the donor's 40 million euros against the recipient's 45 million.
    assert sorted((r["value"], r["said_by"]) for r in rows if r["fact"] == "support-kessan-morvane-floods") == [
        ("EUR 40 million", "Kessan development agency"), ("EUR 45 million", "Morvane finance ministry")]
    # Both figures stay on the fact.
    tessaly = [r for r in query_rows(case, "supporters", state="Morvane") if r["supporter"] == "Tessaly"]
    assert tessaly[0]["how"] == "humanitarian (promised, CNY 2 billion), humanitarian (promised, about USD 275 million)"


# -- 2. a ship as traveller -------------------------------------------------------------------------------------------

def test_a_ship_making_its_own_voyage_is_a_traveller(case):
    assert [(r["fact"], r["destination"], r["modality"]) for r in query_rows(case, "journeys", traveller="Selka")] == [
        ("travel-selka-port-varn", "Port Varn", "planned")]
    # The look-alike: a person's journey, found by the person alone.
    assert [r["fact"] for r in query_rows(case, "journeys", traveller="Ada Vell")] == ["travel-ada-vell-port-varn-2026-10-09"]
    # A misspelt ship is refused with the ship among the near matches.
    bad = kg_cli("query", "journeys", "--store", case, "--param", "traveller=Selkaa", check=2)
    assert "no actor or asset called 'Selkaa'" in bad.stderr and "Selka" in bad.stderr.split("near matches:")[1]


# -- 3. relief sent as goods ------------------------------------------------------------------------------------------

def test_relief_goods_stating_their_kind_are_humanitarian_and_others_are_a_supply(case):
    rows = {r["supporter"]: r for r in query_rows(case, "supporters", state="Morvane")}
    assert rows["Kessan"]["how"].split(", ")[0] == "humanitarian"
    assert "supply-kessan-morvane-relief-2026-10-03" in rows["Kessan"]["fact_ids"]
    # The look-alike: cement that states no kind is a supply, not economic support.
    assert rows["Ostrel"]["how"] == "economic (promised, CNY 900 million), economic (promised, about USD 125 million), supply"


# -- 4. unnamed actors as parameters ----------------------------------------------------------------------------------

def test_unnamed_actors_of_one_claim_are_a_parameter_and_those_of_several_are_refused_by_their_facts(case):
    assert [r["fact"] for r in query_rows(case, "legal-actions", target="unnamed smugglers")] == ["legal-action-morvane-smugglers"]
    for query, param in (("legal-actions", "target"), ("journeys", "traveller"), ("facts", "participant")):
        bad = kg_cli("query", query, "--store", case, "--param", f"{param}=40 unnamed fishermen", check=2)
        assert "'40 unnamed fishermen' are unnamed actors that 2 claims describe" in bad.stderr, bad.stderr
        assert "legal-action-morvane-fishermen, travel-fishermen-tessaly" in bad.stderr
    # A name nobody has is still refused as before.
    missing = kg_cli("query", "legal-actions", "--store", case, "--param", "target=unnamed pirates", check=2)
    assert "no entity called 'unnamed pirates'" in missing.stderr


# -- 5. the fact page's parts of a group ------------------------------------------------------------------------------

def test_the_fact_page_shows_the_parts_of_a_group_with_their_states(case, tmp_path):
    kg_cli("export", "--store", case, "-F", "html", "-o", tmp_path / "html", check=0)
    page = (tmp_path / "html" / "fact" / "rescue-selka-crew-2026-10-07.html").read_text(encoding="utf-8")
    cells = dict(re.findall(r'<th scope="row">([^<]+)</th>\s*<td>(.*?)</td>', page, flags=re.S))
    assert cells["aboard"] == ("12 unnamed crew members (among them: those of Kessan (Kessan), those of Tessaly (Tessaly))")
    # The look-alike: the crew as travellers (another claim's actors, without parts) stays bare.
    assert cells["traveller"] == "12 unnamed crew members"
    # As 'facts' names them.
    facts = by_fact(query_rows(case, "facts", type="Rescue"))["rescue-selka-crew-2026-10-07"]
    assert "those of Kessan (Kessan; among 12 unnamed crew members)" in facts["participants"]
