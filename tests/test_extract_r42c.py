"""Rule set 42 (pleas, attacks told by their dead, colonial and occupying powers, land
administered, arms export licences suspended, forces present, goods flowing, periods of
mourning, cases reported and stocks held, zones declared and acts ordered), through the real ``kg extract`` command on small articles written for these
tests and read with the development set's registry (one run for all, a module-scoped
fixture). Each form is checked for what it drafts and for what it must not:

- a plea ("X pleaded guilty to C", "pleaded not guilty to all charges"): a LegalAction with
  the defendant as initiator; none for "pleaded for mercy" nor a plea naming no counts;
- a relative clause on the first names of a list ("X and Y, who had been convicted ..., and
  Z") convicts the names before it only;
- people killed in a named side's strikes: an Attack by that side; none for an air strike
  of no one named, nor for a flood;
- "X, Y's former colonial power", "X, as the occupying power in Y": a Control with its form;
  none for a power of no kind ("the great power");
- "X administers Y" (a land): a Control; none for a law that governs trade or a party that
  governs a state;
- arms export licences suspended to a state: a Sanction; none for driving licences;
- a military presence increased somewhere: a Deployment; none for one reduced, nor for a
  company's presence;
- a commodity flowing (or stopped flowing) to a receiver: a Supply; none for a river or money;
- a period of mourning declared: a Mourning with its duration; none for mourning joined or
  a public holiday;
- cases and deaths a state or region reports, a stock of uranium a state holds: an Indicator
  each; none for incidents reported nor for jets a state has;
- a land declared a military zone, a census ordered: an ExecutiveAction; none for a day
  declared a holiday, a firm's review, jets ordered or a review of cooperation (a programme's).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # pleas
    "pleaded_guilty": "Tor Ashby pleaded guilty on Monday to a single count of fraud.",
    "pleaded_not_guilty": "Lena Hart pleaded not guilty to all charges.",
    "pleaded_for_mercy": "Tor Ashby pleaded for mercy.",
    "pleaded_no_counts": "Tor Ashby pleaded guilty.",
    # a relative clause on the first names of a list
    "convicted_before": "Tor Ashby and Lena Hart, who had been convicted of fraud in Chile, and Mark Rowe were freed.",
    # attacks told by their dead
    "killed_in_strikes": "More than 300 people have been killed in Peruvian strikes since May.",
    "killed_counted": "12 people were killed in Chilean air strikes.",
    "killed_in_group_attack": "Forty people were killed in the Hamas attack on Monday.",
    "killed_in_air_strike": "Three people were killed in an air strike on Monday.",
    "killed_in_floods": "Forty people were killed in floods in Peru.",
    # colonial and occupying powers
    "colonial_power": "Peru, Chile's former colonial power, suspended aid.",
    "occupying_power": "Peru, as the occupying power in Crimea, must allow aid in.",
    "great_power": "Peru, the great power, suspended aid.",
    "power_of_pair": "Peru and Chile signed a trade deal on Monday.\n\nPeru, the former colonial power, suspended aid.",
    "power_in_region": ("Peru and Chile signed a trade deal on Monday.\n\n"
                        "Peru, the former colonial power in the region, suspended aid."),
    # land administered
    "administers": "Peru administers Crimea.",
    "law_governs": "The law governs trade with Chile.",
    "party_governs": "The ruling party governs Peru.",
    # arms export licences
    "licences_suspended": "Britain suspended 30 of its roughly 350 arms export licences to Peru on Monday.",
    "driving_licences": "Chile suspended driving licences of Peruvian citizens.",
    # forces present
    "presence_increased": "NATO will expand its naval presence in the Baltic Sea.",
    "presence_reduced": "Chile will reduce its military presence in Peru.",
    "company_presence": "The company expanded its presence in Peru.",
    "no_presence": "Chile has no military presence in Peru.",
    # goods flowing
    "gas_stopped": "Chilean gas stopped flowing to Europe via Peru on Wednesday.",
    "oil_flows": "Peruvian oil flows to Chile via the Andean pipeline.",
    "river_flows": "The river flows to Chile through Bolivia.",
    "money_flowed": "Money flowed to Chile from Peru.",
    # periods of mourning
    "days_of_mourning": "Tor Ashby proclaimed seven days of national mourning after the crash.",
    "day_of_mourning": "Peru declared Sunday a national day of mourning.",
    "joined_mourning": "Thousands joined the mourning in Lima.",
    "holiday": "Peru declared Sunday a public holiday.",
    # cases reported, stocks held
    "cases_reported": "Peru has logged more than 9,500 infections and 212 deaths since January.",
    "region_cases": "Crimea has recorded 300 cases of cholera.",
    "cases_cited": "According to WHO figures, Chile has recorded 2,863 cases.",
    "incidents_reported": "Peru reported 3 incidents on the border.",
    "deaths_of_disease": "Peru reported 50 deaths from cholera.",
    "deaths_of_attack": "Peru confirmed 3 deaths in the Chilean strike on Lima.",
    "uranium_held": "Chile holds 212.5 kilograms of uranium enriched to 20 percent purity.",
    "jets_held": "Chile has 40 fighter jets.",
    # zones declared, acts ordered
    "zone_declared": "Peru declared Crimea a closed military zone on Monday.",
    "holiday_declared": "Peru declared Sunday a holiday.",
    "census_ordered": "Peru ordered an audit of its border posts.",
    "firm_review": "The firm launched a review of its accounts.",
    "jets_ordered": "Peru ordered new fighter jets.",
    "programme_review": "Peru launched a review of its cooperation with Chile.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r42c"), ARTICLES, "--entities", REGISTRY)
    return found


def _listed(value) -> list:
    return sorted(value if isinstance(value, list) else [value])


def test_a_plea_is_the_defendants_step(drafts):
    [guilty] = of(drafts["pleaded_guilty"], "LegalAction")
    assert (guilty["initiator"], guilty["legalActionKind"], guilty["plea"]) == ("tor-ashby", "plea", "guilty")
    assert guilty["charge"] == "a single count of fraud" and "target" not in guilty
    [not_guilty] = of(drafts["pleaded_not_guilty"], "LegalAction")
    assert (not_guilty["initiator"], not_guilty["plea"], not_guilty["charge"]) == ("lena-hart", "not guilty", "all charges")


def test_no_plea_for_mercy_nor_one_naming_no_counts(drafts):
    assert of(drafts["pleaded_for_mercy"], "LegalAction") == []
    assert of(drafts["pleaded_no_counts"], "LegalAction") == []


def test_a_relative_clause_convicts_the_names_before_it_only(drafts):
    [conviction] = of(drafts["convicted_before"], "LegalAction")
    assert _listed(conviction["target"]) == ["lena-hart", "tor-ashby"]
    assert "Mark Rowe" not in conviction["quote"]


def test_people_killed_in_a_sides_strikes_make_its_attack(drafts):
    [attack] = of(drafts["killed_in_strikes"], "Attack")
    assert attack["perpetrator"] == "peru" and "killed" not in attack  # "more than 300": a bound, no count
    [counted] = of(drafts["killed_counted"], "Attack")
    assert (counted["perpetrator"], counted["killed"]) == ("chile", 12)
    [group] = of(drafts["killed_in_group_attack"], "Attack")
    assert group["perpetrator"] == "hamas"


def test_no_attack_by_no_one_named_nor_from_a_flood(drafts):
    assert of(drafts["killed_in_air_strike"], "Attack") == []
    assert of(drafts["killed_in_floods"], "Attack") == []


def test_a_colonial_or_occupying_power_controls_the_land(drafts):
    [colonial] = of(drafts["colonial_power"], "Control")
    assert (colonial["controller"], colonial["controlled"], colonial["controlForm"], colonial["status"]) == \
        ("peru", "chile", "colonial", "ended")
    [occupier] = of(drafts["occupying_power"], "Control")
    assert (occupier["controller"], occupier["controlled"], occupier["controlForm"]) == ("peru", "crimea", "occupation")
    assert "status" not in occupier
    assert of(drafts["great_power"], "Control") == []
    # a former colonial power naming no land is the other state's of the article's pair; one
    # that names a land ("in the region") the registry does not resolve is no one's
    assert [(c["controller"], c["controlled"]) for c in of(drafts["power_of_pair"], "Control")] == [("peru", "chile")]
    assert of(drafts["power_in_region"], "Control") == []


def test_land_administered_is_controlled_but_not_trade_or_a_state_governed(drafts):
    assert [(c["controller"], c["controlled"]) for c in of(drafts["administers"], "Control")] == [("peru", "crimea")]
    assert of(drafts["law_governs"], "Control") == []
    assert of(drafts["party_governs"], "Control") == []


def test_arms_export_licences_suspended_are_a_sanction(drafts):
    [sanction] = of(drafts["licences_suspended"], "Sanction")
    assert (sanction["authority"], sanction["target"], sanction["measure"]) == \
        ("united-kingdom", "peru", "suspension of arms export licences")
    assert of(drafts["driving_licences"], "Sanction") == []


def test_a_military_presence_is_a_deployment_unless_reduced(drafts):
    [deployment] = of(drafts["presence_increased"], "Deployment")
    assert (deployment["initiator"], deployment["destination"], deployment["description"]) == \
        ("nato", "baltic-sea", "naval presence")
    assert deployment["modality"] == "planned"
    assert of(drafts["presence_reduced"], "Deployment") == []
    assert of(drafts["company_presence"], "Deployment") == []
    assert of(drafts["no_presence"], "Deployment") == []  # a presence said to be none


def test_a_commodity_flowing_is_a_supply(drafts):
    [gas] = of(drafts["gas_stopped"], "Supply")
    assert (gas["supplier"], gas["destination"], gas["transitState"], gas["item"], gas["status"]) == \
        ("chile", "europe", "peru", "gas", "ended")
    assert gas["endDate"] == "2030-08-28" and "date" not in gas  # the Wednesday before publication
    [oil] = of(drafts["oil_flows"], "Supply")
    assert (oil["supplier"], oil["recipient"], oil["item"]) == ("peru", "chile", "oil") and "status" not in oil
    assert of(drafts["river_flows"], "Supply") == []
    assert of(drafts["money_flowed"], "Supply") == []


def test_a_period_of_mourning_declared(drafts):
    [days] = of(drafts["days_of_mourning"], "Mourning")
    assert (days["initiator"], days["duration"]) == ("tor-ashby", "7 days")
    [day] = of(drafts["day_of_mourning"], "Mourning")
    assert (day["initiator"], day["duration"]) == ("peru", "1 day")
    assert of(drafts["joined_mourning"], "Mourning") == []
    assert of(drafts["holiday"], "Mourning") == []


def test_cases_and_deaths_reported_are_figures_each(drafts):
    figures = sorted((c["observationAbout"], c["indicator"], c["amount"]) for c in of(drafts["cases_reported"], "Indicator"))
    assert figures == [("peru", "logged deaths", "212 deaths"), ("peru", "logged infections", "more than 9500 infections")]
    [region] = of(drafts["region_cases"], "Indicator")
    assert (region["place"], region["indicator"], region["amount"]) == ("crimea", "recorded cases of cholera", "300 cases")
    assert "observationAbout" not in region
    [cited] = of(drafts["cases_cited"], "Indicator")  # whose data the sentence cites
    assert (cited["observationAbout"], cited["dataSource"]) == ("chile", "world-health-organization")
    assert of(drafts["incidents_reported"], "Indicator") == []
    [disease] = of(drafts["deaths_of_disease"], "Indicator")
    assert (disease["observationAbout"], disease["amount"]) == ("peru", "50 deaths")
    assert of(drafts["deaths_of_attack"], "Indicator") == []  # an attack's dead: no epidemic's figure


def test_a_stock_of_uranium_held_is_a_figure_but_not_a_fleet(drafts):
    [stock] = of(drafts["uranium_held"], "Indicator")
    assert (stock["observationAbout"], stock["indicator"], stock["amount"]) == ("chile", "enriched uranium", "212.5 kilograms")
    assert of(drafts["jets_held"], "Indicator") == []


def test_a_zone_declared_or_a_census_ordered_is_an_executive_action(drafts):
    [zone] = of(drafts["zone_declared"], "ExecutiveAction")
    assert (zone["initiator"], zone["place"], zone["description"]) == \
        ("peru", "crimea", "declared Crimea a closed military zone")
    [census] = of(drafts["census_ordered"], "ExecutiveAction")
    assert (census["orderedBy"], census["description"]) == ("peru", "audit of its border posts")
    for name in ("holiday_declared", "firm_review", "jets_ordered", "programme_review"):
        assert of(drafts[name], "ExecutiveAction") == [], name
