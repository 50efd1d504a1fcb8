"""Canned queries that show the values newcomers' claims give and the queries dropped, on
invented claims (tests/data/query-r58) built and queried through the real CLI: an
investment's share, what it leaves out, how long it runs and the fund it goes into, with a
speaker credited only with the terms they gave; a damage with no one hurt and several
counts of one attack in `casualties`; a contribution to a named operation with the
operation's name and dates, and a part of a place without a place, in `exercises`; counts
kept with what they count in `facts`; an agreement's count, what its items include and the
agreement it is part of in `agreements`."""

from __future__ import annotations

from conftest import ROOT, built_once_per_module, by_fact, query_rows

store = built_once_per_module(ROOT / "tests" / "data" / "query-r58")

ACCORD = "agreement-kestria-ostravia-port-accord-2031-12-02"


def test_investments_show_a_share_what_it_leaves_out_and_how_long_it_runs(store):
    """'40 percent of its port fees, leaving out fees already pledged to creditors, for 15
    years' (an amount in percent with shareOf, excluding, duration): the share with its
    whole, the exclusion, P15Y and the fund; a `share` keeps its whole too. The pier works,
    with none of these, show none."""
    rows = by_fact(query_rows(store, "investments"))
    fees = rows["investment-ostravia-vell-harbour-fund-port-fees"]
    assert (fees["share"], fees["excluding"], fees["duration"], fees["invested_in"]) == (
        "40 of its port fees", "fees already pledged to creditors", "15 years", "Vell Harbour Fund")
    assert rows["investment-kestria-vell-harbour-fund-dredging"]["share"] == "30 of the fund's capital"
    piers = rows["investment-ostravia-vell-harbour-fund-pier-works"]
    assert (piers["share"], piers["excluding"], piers["duration"]) == (None, None, None)


def test_investments_credit_a_speaker_only_with_the_terms_they_gave(store):
    """Varn said only that Kestria would invest first (one of the dredging investment's
    two claims): she is shown with the terms her claim gives, not as the source of the 30
    percent. The pier works, whose only claim is hers, name her plain."""
    rows = by_fact(query_rows(store, "investments"))
    assert rows["investment-kestria-vell-harbour-fund-dredging"]["said_by"] == "Ilsa Varn (investor, ordinal)"
    assert rows["investment-ostravia-vell-harbour-fund-pier-works"]["said_by"] == "Ilsa Varn"
    assert rows["investment-ostravia-vell-harbour-fund-port-fees"]["said_by"] is None


def test_casualties_list_a_damage_with_no_one_hurt_and_each_count_of_an_attack(store):
    """'no one was hurt' (wounded: 0) is a count: the warehouse has a row with 0 wounded;
    the barn, with no count of people, has none. The depot strike's two counts (counts:)
    each show with what it counts and who gives it; an attack without them shows none."""
    rows = by_fact(query_rows(store, "casualties"))
    assert rows["damage-selm-warehouse-2031-12-03"]["wounded"] == "0"
    assert "damage-tarnby-barn-2031-12-03" not in rows
    assert rows["attack-ostravia-kestria-harbin-ford-depot-2031-12-03"]["counts"] == (
        "2 drones jammed (said by Kestria); 6 drones shot down (said by Kestria)")
    assert rows["attack-kestria-ostravia-barge-2031-12-01"]["counts"] is None


def test_exercises_give_a_contribution_the_operations_name_and_dates(store):
    """Brelia's patrol boats, part of Grey Wall with no dates of their own, show "part of
    Grey Wall" and the operation's days; Zedland's frigate, with its own start, keeps it.
    Grey Wall, given only the part of a place ("northern coast"), shows it without a
    leading ": "."""
    rows = by_fact(query_rows(store, "exercises"))
    boats = rows["deployment-brelia-grey-wall-patrol-boats"]
    assert (boats["name"], boats["dates"]) == ("part of Grey Wall", "2031-12-08/2031-12-20 (of Grey Wall)")
    frigate = rows["deployment-zedland-grey-wall-frigate"]
    assert (frigate["name"], frigate["dates"]) == ("part of Grey Wall", "since 2031-12-10")
    wall = rows["deployment-kestria-zedland-grey-wall-2031-12"]
    assert (wall["name"], wall["place"]) == ("Grey Wall", "northern coast")


def test_facts_keep_each_count_with_what_it_counts(store):
    """Two claims of one attack each give a count and what it counts (3 boats hit, 5
    sailors rescued): each count is shown with its own words, not "quantity: 3; quantity:
    5" beside two "quantity of". An attack with a single count keeps the plain keys."""
    facts = by_fact(query_rows(store, "facts", type="Attack"))
    boats = facts["attack-kestria-ostravia-boats-2031-12-01"]["details"].split("; ")
    assert [d for d in boats if d.startswith(("count", "quantity"))] == ["count: 3 boats hit", "count: 5 sailors rescued"]
    barge = facts["attack-kestria-ostravia-barge-2031-12-01"]["details"].split("; ")
    assert [d for d in barge if d.startswith(("count", "quantity"))] == ["quantity of: crew detained", "quantity: 2"]


def test_agreements_show_a_count_what_its_items_include_and_what_it_is_part_of(store):
    """'covers 12 harbours, among them Tarnby and Selm': "count: 12 harbours" and each
    harbour it includes; the customs protocol, part of the accord, says so."""
    rows = by_fact(query_rows(store, "agreements"))
    assert rows[ACCORD]["context"].split("; ") == [
        "count: 12 harbours", "includes: Selm", "includes: Tarnby", "item: harbours"]
    assert rows["agreement-kestria-ostravia-customs-protocol-2031-12-02"]["context"] == f"part of: {ACCORD}"
