"""The canned queries `facts`, `timeline` and `meetings` on newcomers' articles and their
re-counts (tests/data/newcomer-*): each reads a kind of value the way the other queries
read it, through the real ``kg build`` and ``kg query``."""

from __future__ import annotations

from conftest import ROOT, built_once_per_module, by_fact, query_rows

DATA = ROOT / "tests" / "data"
raid = built_once_per_module(DATA / "newcomer-embassy-raid")
pact = built_once_per_module(DATA / "newcomer-migration-pact")
ceasefire = built_once_per_module(DATA / "newcomer-ceasefire-recount")
assassination = built_once_per_module(DATA / "newcomer-assassination-recount")
missile = built_once_per_module(DATA / "newcomer-missile-test-recount")
succession = built_once_per_module(DATA / "newcomer-succession-recount")
tariffs = built_once_per_module(DATA / "newcomer-tariffs-recount")
agents_law = built_once_per_module(DATA / "newcomer-agents-law-recount")


def details(row: dict) -> list[str]:
    return (row["details"] or "").split("; ")


def test_facts_read_a_dated_end_stage_as_the_end_and_a_soon_date_as_after(raid):
    """Relations broken off on 5 April (endDate and a dated 'ended' stage) end that day and
    did not begin then; a win predicted 'soon' is after the day it was said (7 April), with its words,
    as `timeline` shows it."""
    rows = by_fact(query_rows(raid, "facts"))
    assert rows["relations-mexico-ecuador"]["dates"] == "until 2024-04-05"
    assert rows["ruling-icj-mexico-ecuador-win"]["dates"] == "after 2024-04-07 (soon)"


def test_facts_give_a_stage_date_with_its_stage(tariffs):
    """The EU's counter-tariffs were announced on 12 March and take effect on 1 and 13
    April: the announcement's day says it is the announcement's."""
    row = by_fact(query_rows(tariffs, "facts", type="Tariff"))["tariff-european-union-united-states-counter-tariffs-2025-04"]
    assert row["dates"].split(" / ") == ["2025-03-12 (announced)", "2025-04-01", "2025-04-13"]


def test_facts_show_where_people_were_driven_or_went(pact, raid):
    """A displacement's destinations (Libya, Algeria) and a journey's end are details of
    the fact, as a march's destination is."""
    displaced = by_fact(query_rows(pact, "facts", type="ForcedDisplacement"))["displacement-migrants-libya-algeria-borders-2023-07"]
    assert {"destination: Algeria", "destination: Libya"} <= set(details(displaced))
    home = by_fact(query_rows(raid, "facts", type="Travel"))["travel-mexican-diplomats-home-2024-04-07"]
    assert "destination: Mexico" in details(home)


def test_facts_show_distance_part_of_day_trajectory_and_weather(ceasefire, assassination, missile, succession):
    """'some 30 km' from the border; 'early morning' beside the clock time; a 'lofted'
    test flight; fog at a crash."""
    border = by_fact(query_rows(ceasefire, "facts", type="Location"))["location-litani-river-border"]
    assert "distance: some 30 km" in details(border)
    attack = by_fact(query_rows(assassination, "facts", type="Attack"))["attack-tehran-haniyeh-2024-07-31"]
    assert {"part of day: early morning", "time of day: 02:00:00+03:30"} <= set(details(attack))
    test = by_fact(query_rows(missile, "facts"))["weaponstest-north-korea-hwasong-15-2023-02-18"]
    assert "trajectory: lofted" in details(test)
    crash = by_fact(query_rows(succession, "facts"))["accident-raisi-helicopter-2024-05-19"]
    assert "weather: fog" in details(crash)


def test_facts_show_a_role_the_sources_say_was_not_taken(agents_law):
    """The rally did not clash with the riot police: "not clashed with: ...", as
    `agreements` shows "not signatory: ..."; the police are no participant."""
    rally = by_fact(query_rows(agents_law, "facts", type="Protest"))["protest-tbilisi-parliament-foreign-influence-2024-05-28"]
    assert "not clashed with: unnamed riot police" in details(rally)
    assert "riot police" not in rally["participants"]


essequibo = built_once_per_module(DATA / "newcomer-essequibo-recount")


def test_meetings_show_the_party_a_mediator_acted_for(essequibo):
    """Celso Amorim mediated at Argyle as Lula's envoy ({actor: Celso Amorim, for: Lula}):
    "(for ...)", as negotiators show it; the other mediators acted for no one named."""
    rows = by_fact(query_rows(essequibo, "meetings"))
    argyle = rows["meeting-ali-maduro-argyle-2023-12-14"]
    assert argyle["mediators"].split(", ") == ["Celso Amorim (for Luiz Inacio Lula da Silva)", "Ralph Gonsalves",
                                               "Roosevelt Skerrit"]


def test_timeline_shows_the_owner_of_a_target_site_as_struck(raid):
    """The raid struck the Mexican embassy, which Mexico owns (an ownership fact): Mexico's
    timeline gives the raid with its role through the embassy, not only as "said by"."""
    rows = {r["fact"]: r for r in query_rows(raid, "timeline", entity="Mexico")}
    roles = rows["attack-ecuador-mexican-embassy-quito-2024-04-05"]["role"]
    assert "target site, through Mexican embassy in Quito" in roles
    assert rows["ownership-mexico-embassy-quito"]["role"] == "owner"
