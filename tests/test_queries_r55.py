"""The canned queries `exercises`, `legal-actions`, `supplies`, `casualties` and `journeys`
on two newcomers' articles (tests/data/newcomer-martial-law, newcomer-exodus; the third,
newcomer-recognition, found no query reading its facts wrongly):
each shows a value the way the other queries show it, through the real ``kg build`` and
``kg query``."""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, built_once, built_once_per_module, by_fact, query_rows

DATA = ROOT / "tests" / "data"
martial_law = built_once_per_module(DATA / "newcomer-martial-law")
exodus = built_once_per_module(DATA / "newcomer-exodus")


@pytest.fixture(scope="module")
def exodus_counted(tmp_path_factory):
    """The exodus article with the peacekeepers' size written as a count (`quantity: about
    2000`, `quantityOf: peacekeepers`) instead of `personnel`, built by the real CLI."""
    copy = tmp_path_factory.mktemp("exodus-counted") / "corpus"
    shutil.copytree(DATA / "newcomer-exodus", copy)
    [claims] = [p for p in (copy / "claims").glob("*.yaml") if "personnel: about 2000 peacekeepers" in p.read_text(encoding="utf-8")]
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("    personnel: about 2000 peacekeepers\n",
                                   "    quantity: about 2000\n    quantityOf: peacekeepers\n"), encoding="utf-8")
    return built_once(tmp_path_factory, copy)


def test_exercises_date_an_end_known_only_before_or_after_another_fact(martial_law):
    """Police and troops left after the vote to lift martial law (4 December), and Yoon said
    before his second address that he had withdrawn the troops: the ends show the day they
    lie on where known, with the other fact, as `facts` and `timeline` show them; the
    helicopters' deployment has no end and stays undated."""
    rows = by_fact(query_rows(martial_law, "exercises"))
    assert rows["deployment-soldiers-national-assembly-2024-12-03"]["dates"].split(" / ") == [
        "until 2024-12-04 (after vote-national-assembly-lift-martial-law-2024-12-04)",
        "until 2024-12-04 (before statement-yoon-second-address-2024-12-04)"]
    police = rows["deployment-police-national-assembly-2024-12-03"]["dates"]
    assert police.endswith("(after vote-national-assembly-lift-martial-law-2024-12-04)") and "2024-12-04" in police
    assert not rows["deployment-helicopters-national-assembly-2024-12-03"]["dates"]


def test_exercises_show_whose_unnamed_forces_are_and_a_count_of_them(exodus, exodus_counted):
    """'remaining Armenian troops' ({actor: unnamed remaining troops, of: Armenia}) say
    whose they are, as `casualties` and `journeys` show unnamed actors; Russia's 'about
    2,000 peacekeepers' is the deployment's size whether written as personnel or as a count."""
    rows = by_fact(query_rows(exodus, "exercises"))
    assert rows["deployment-armenian-troops-nagorno-karabakh"]["deployed"] == "unnamed remaining troops (Armenia)"
    assert rows["deployment-russia-peacekeepers-nagorno-karabakh"]["personnel"] == "about 2000 peacekeepers"
    counted = by_fact(query_rows(exodus_counted, "exercises"))
    assert counted["deployment-russia-peacekeepers-nagorno-karabakh"]["personnel"] == "about 2000 peacekeepers"


def test_legal_actions_show_whose_an_unnamed_initiator_is(exodus):
    """'Azerbaijan's prosecutor general' ({actor: unnamed prosecutor general, of: Azerbaijan})."""
    row = by_fact(query_rows(exodus, "legal-actions"))["charge-arayik-harutyunyan-aggressive-war"]
    assert "unnamed prosecutor general (Azerbaijan)" in row["initiator"].split(", ")


def test_supplies_show_a_transit_state_beside_the_route_and_what_it_is_the_first_since(exodus):
    """The Red Cross convoy passed the Armenian border post at Kornidzor (route: Kornidzor,
    transitState: Armenia), the first since the offensive of 19 September."""
    row = by_fact(query_rows(exodus, "supplies"))["supply-icrc-convoy-nagorno-karabakh-2023-09-23"]
    assert row["transit"] == "1. Kornidzor, Armenia"
    assert row["status"] == "first since 2023-09-19"


def test_casualties_give_a_place_measured_from_another(exodus):
    """The peacekeepers' vehicle came under fire near Janyatag (distanceFrom, distance: near)."""
    row = by_fact(query_rows(exodus, "casualties"))["attack-russian-peacekeepers-janyatag-2023-09-20"]
    assert row["place"] == "near Janyatag"


def test_journeys_say_a_journey_was_only_tried(exodus):
    """Vardanyan tried to leave for Armenia (status: attempted) and was taken to Baku: the
    first journey is not shown as one made."""
    rows = by_fact(query_rows(exodus, "journeys"))
    assert rows["travel-ruben-vardanyan-to-armenia-2023-09-27"]["modality"] == "asserted (attempted)"
    assert rows["travel-ruben-vardanyan-to-baku-2023-09-27"]["modality"] == "asserted"

