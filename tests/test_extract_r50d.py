"""Rule set 50, part d: court dissolutions and bans from politics, supplies told by their
pipelines and volumes, through the real ``kg extract`` command on small articles written
for these tests (one run for all, a module-scoped fixture, with an invented registry),
each beside look-alikes that must draft nothing of the kind:

- a court that orders the dissolution of a party, dissolves or bans it, orders it
  dissolved, or by whom it was dissolved: a LegalAction ruling against the party (never a
  sanction, nor a second 'order'); a headline's "Peruvian court" the one court of Peru
  the article names; bodies counted unnamed; no ruling for a government's dissolution, a
  possible, asked-for or negated one, a ministry's ban, nor a ban on a party's rally or
  from holding rallies;
- "banned 11 of its executives from politics for ten years": a Disqualification of
  counted unnamed members of the party (``of``), with its ``duration`` and the court as
  ``initiator``; "Among those barred are A and B" a claim of that bar naming them; a
  headline's "bars X from politics for a decade", the bar the body tells of X and
  others; no bar from a building or a room, a party's own elections or exports, nor
  "among those barred" with no bar told before;
- "the X pipeline, which would carry gas from A to B across C": a planned Supply through
  the pipeline; "the pipeline is designed to carry 50 billion cubic metres of gas a year"
  and "deliveries would run for 30 years" claims of that supply (amount per year,
  duration); a supply the words leave to an agreement (``termOf``); "agreed to raise
  deliveries ... from 38 billion to 44 billion cubic metres a year" the new amount with
  the old one in words, the agreement of "the two companies" being its ``termOf``;
  deliveries cut to a region, imports of a state's goods halved; nothing for a pipeline
  carrying no goods, prices raised, talks that run for days, a term told with no supply
  before it, nor a named pipeline's capacity after a supply through another asset.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: peru, type: State, label: Peru}
- {id: kenya, type: State, label: Kenya}
- {id: constitutional-court-of-peru, type: Court, label: Constitutional Court of Peru, aliases: [Peru's Constitutional Court], of: peru}
- {id: supreme-court-of-kenya, type: Court, label: Supreme Court of Kenya, aliases: [Kenya's Supreme Court], of: kenya}
- {id: interior-ministry-of-kenya, type: Government, label: Interior Ministry of Kenya, aliases: [Kenya's interior ministry], of: kenya}
- {id: green-dawn-party, type: Organisation, label: Green Dawn Party, aliases: [Green Dawn], of: peru}
- {id: unity-party, type: Organisation, label: Unity Party, of: kenya}
- {id: tor-ashby, type: Person, label: Tor Ashby, aliases: [Ashby], of: peru}
- {id: lina-varo, type: Person, label: Lina Varo, aliases: [Varo], of: peru}
- {id: mira-holt, type: Person, label: Mira Holt, aliases: [Holt], of: kenya}
- {id: ostragaz, type: StateCompany, label: Ostragaz, of: peru}
- {id: norgas, type: StateCompany, label: Norgas, of: kenya}
- {id: blue-line, type: Asset, label: Blue Line, aliases: [Blue Line gas pipeline, Blue Line pipeline]}
- {id: northern-star, type: Asset, label: Northern Star, aliases: [Northern Star pipeline]}
"""

ORDERED = "Peru's Constitutional Court on Wednesday ordered the dissolution of the opposition Green Dawn Party."
BANNED = ("Peru's Constitutional Court on Wednesday ordered the dissolution of the opposition Green Dawn Party and "
          "banned 11 of its executives from politics for ten years.\n\nAmong those barred are former party leader "
          "Tor Ashby and the current leader, Lina Varo.")
SIGNED = "Ostragaz and Norgas signed a memorandum on Tuesday to build the Blue Line gas pipeline"

ARTICLES = {
    # -- court dissolutions ----------------------------------------------------------------------
    "ordered_dissolution": ORDERED,
    "court_ban": "Kenya's Supreme Court on Tuesday banned the Unity Party.",
    "ordered_dissolved": "Kenya's Supreme Court ordered the Unity Party dissolved.",
    "dissolved_by": "The Unity Party was dissolved by Kenya's Supreme Court in 2021.",
    "headline": f"Peruvian court dissolves Green Dawn, bars Tor Ashby from politics for a decade\n\n{BANNED}",
    "counted_parties": "Peru's Constitutional Court has dissolved more than 30 parties since 1990.",
    "government_dissolved": "Peru's government dissolved the Green Dawn Party on Wednesday.",
    "court_could": "Peru's Constitutional Court could dissolve the Green Dawn Party next year.",
    "court_asked": "The electoral board asked Peru's Constitutional Court to dissolve the Green Dawn Party.",
    "court_did_not": "Peru's Constitutional Court did not dissolve the Green Dawn Party.",
    "ministry_ban": "Kenya's interior ministry banned the Unity Party on Tuesday.",
    "rally_ban": "Peru's Constitutional Court approved a ban on the Green Dawn Party's rally.",
    "ban_from_rallies": "Kenya's Supreme Court banned the Unity Party from holding rallies.",
    # -- bans from politics -------------------------------------------------------------------
    "ban_counted": BANNED,
    "ban_of_party": "Kenya's Supreme Court banned 40 members of the Unity Party from politics for five years.",
    "ban_passive": "Mira Holt was barred from public office for five years.",
    "ban_members_passive": "Twelve members of the Unity Party were banned from politics for five years.",
    "ban_for_life": "Kenya's Supreme Court barred Mira Holt from politics for life.",
    "ban_from_building": "The Unity Party banned Mira Holt from its headquarters for ten years.",
    "ban_party_elections": "The Unity Party barred Mira Holt from the party's elections.",
    "ban_exports": "Peru banned exports of copper to Kenya for ten years.",
    "ban_from_room": "Kenya's Supreme Court barred Mira Holt from the office for a week.",
    "among_present": "Among those present were Tor Ashby and Lina Varo.",
    "among_no_bar": "Among those barred are Tor Ashby and Lina Varo.",
    # -- supplies in quantities ---------------------------------------------------------------------
    "pipeline": (f"{SIGNED}, which would carry gas from Peru to Kenya across Chile.\n\nThe pipeline is designed "
                 "to carry 50 billion cubic metres of gas a year, and Ostragaz said deliveries would run for 30 years."),
    "pipeline_term": f"{SIGNED}, which would carry gas to Kenya across Chile.",
    "raise_agreed": ("Ostragaz and Norgas signed a memorandum on Tuesday.\n\nThe two companies also agreed to raise "
                     "deliveries through the existing Northern Star pipeline from 38 billion to 44 billion cubic "
                     "metres a year."),
    "raise_to": "Peru agreed to raise gas deliveries to Kenya from 10 billion to 12 billion cubic metres a year.",
    "imports_cut": "Kenya cut gas imports from Peru from 12 billion to 8 billion cubic metres last year.",
    "cut_to_region": "Peru cut gas deliveries to Europe from 150 billion to 40 billion cubic metres a year.",
    "imports_halved": "Kenya will halve imports of Peruvian oil from 10 million to 5 million barrels a year.",
    "other_pipeline": ("The Blue Line cable would carry electricity from Peru to Chile.\n\nThe Northern Star pipeline "
                       "is designed to carry 20 billion cubic metres of gas a year."),
    "pipeline_cost": "The Blue Line pipeline would carry a heavy political cost for Peru.",
    "raise_prices": "Peru agreed to raise gas prices for Kenya from 10 to 12 dollars.",
    "talks_run": "Peru and Kenya said the talks would run for two days.",
    "term_alone": "Ostragaz said deliveries would run for 30 years.",
    "not_raised": "Peru did not raise gas deliveries to Kenya from 10 billion to 12 billion cubic metres a year.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the drafted claims of each article, drafted in one run with the registry."""
    return drafted_with_registry(tmp_path_factory.mktemp("r50d"), ARTICLES, REGISTRY)


def rulings(claims: list[dict]) -> list[dict]:
    return [c for c in of(claims, "LegalAction") if c.get("legalActionKind") == "ruling"]


# -- a court dissolves or bans a body --------------------------------------------------------------

@pytest.mark.parametrize("name, court, party, act", [
    ("ordered_dissolution", "constitutional-court-of-peru", "green-dawn-party", "dissolution"),
    ("court_ban", "supreme-court-of-kenya", "unity-party", "ban"),
    ("ordered_dissolved", "supreme-court-of-kenya", "unity-party", "dissolution"),
    ("dissolved_by", "supreme-court-of-kenya", "unity-party", "dissolution"),
])
def test_a_court_dissolving_a_party_is_a_ruling_against_it(drafts, name, court, party, act):
    [ruling] = rulings(drafts[name])
    assert (ruling["court"], ruling["target"], ruling["actionType"], ruling["outcome"]) == (
        court, party, act, "dissolved" if act == "dissolution" else "banned"), ruling
    assert len(of(drafts[name], "LegalAction")) == 1, drafts[name]  # no second 'order' of the same words
    assert of(drafts[name], "Sanction") == [], drafts[name]


def test_the_ruling_takes_its_day_and_bodies_counted_are_unnamed(drafts):
    [ruling] = rulings(drafts["ordered_dissolution"])
    assert str(ruling["date"]) == "2030-08-28", ruling  # the Wednesday before Tuesday 3 September
    [counted] = rulings(drafts["counted_parties"])
    assert counted["target"] == "more than 30 unnamed parties", counted


@pytest.mark.parametrize("name", ["government_dissolved", "court_could", "court_asked", "court_did_not", "ministry_ban",
                                  "rally_ban", "ban_from_rallies"])
def test_no_ruling_but_a_courts_own_dissolution_done(drafts, name):
    assert rulings(drafts[name]) == [], drafts[name]
    assert not any(c.get("outcome") in ("dissolved", "banned") for c in drafts[name]), drafts[name]


def test_a_headline_court_of_a_state_is_the_court_the_article_names(drafts):
    headline = drafts["headline"]
    found = rulings(headline)
    assert {(c["court"], c["target"]) for c in found} == {("constitutional-court-of-peru", "green-dawn-party")}, found
    assert len({c["fact"] for c in found}) == 1, found  # the headline's ruling is the body's
    bar, *body = of(headline, "Disqualification")
    assert (bar["target"], bar["initiator"], bar["duration"]) == ("tor-ashby", "constitutional-court-of-peru",
                                                                  "a decade"), bar
    # the headline's bar of one of them is the bar the body tells of eleven, among them Tor Ashby
    assert len(body) == 2 and {c["fact"] for c in [bar, *body]} == {body[0]["fact"]}, body


# -- bans from politics ----------------------------------------------------------------------------

def test_executives_banned_from_politics_are_counted_members_of_the_party(drafts):
    claims = drafts["ban_counted"]
    counted, among = of(claims, "Disqualification")
    assert (counted["initiator"], counted["target"], counted["duration"]) == (
        "constitutional-court-of-peru", {"actor": "11 unnamed executives", "of": "green-dawn-party"}, "ten years")
    assert (among["target"], among["fact"]) == (["tor-ashby", "lina-varo"], counted["fact"]), among
    assert [r["target"] for r in rulings(claims)] == ["green-dawn-party"]  # the dissolution beside it


@pytest.mark.parametrize("name, target, initiator, duration", [
    ("ban_of_party", {"actor": "40 unnamed members", "of": "unity-party"}, "supreme-court-of-kenya", "five years"),
    ("ban_passive", "mira-holt", None, "five years"),
    ("ban_members_passive", {"actor": "12 unnamed members", "of": "unity-party"}, None, "five years"),
    ("ban_for_life", "mira-holt", "supreme-court-of-kenya", None),
])
def test_a_bar_from_politics_or_office_and_its_length(drafts, name, target, initiator, duration):
    [bar] = of(drafts[name], "Disqualification")
    assert (bar["target"], bar.get("initiator"), bar.get("duration")) == (target, initiator, duration), bar
    assert of(drafts[name], "Sanction") == [] and rulings(drafts[name]) == [], drafts[name]


@pytest.mark.parametrize("name", ["ban_from_building", "ban_party_elections", "ban_exports", "ban_from_room",
                                  "among_present", "among_no_bar"])
def test_no_bar_from_politics(drafts, name):
    assert of(drafts[name], "Disqualification") == [], drafts[name]


# -- supplies told by their pipelines and volumes ------------------------------------------------------

def test_a_pipeline_that_would_carry_gas_and_what_it_is_designed_to_carry(drafts):
    route, volume, term = of(drafts["pipeline"], "Supply")
    assert (route["supplier"], route["recipient"], route["transitState"], route["viaAsset"], route["item"],
            route["modality"]) == ("peru", "kenya", "chile", "blue-line", "gas", "planned"), route
    assert (volume["fact"], volume["viaAsset"], volume["amount"], volume["modality"]) == (
        route["fact"], "blue-line", "50 billion cubic metres per year", "planned"), volume
    assert (term["fact"], term["duration"], term["modality"]) == (route["fact"], "30 years", "planned"), term


def test_a_supply_left_to_the_agreement_to_build_its_pipeline(drafts):
    [agreement] = of(drafts["pipeline_term"], "Agreement")
    [supply] = of(drafts["pipeline_term"], "Supply")
    assert (supply["termOf"], supply["recipient"], supply["transitState"]) == (agreement["fact"], "kenya", "chile")
    assert "supplier" not in supply, supply


def test_deliveries_two_companies_agreed_to_raise(drafts):
    claims = drafts["raise_agreed"]
    signed, agreed = of(claims, "Agreement")
    assert agreed["party"] == ["ostragaz", "norgas"] and agreed["fact"] != signed["fact"], agreed
    [supply] = of(claims, "Supply")
    assert (supply["termOf"], supply["viaAsset"], supply["amount"], supply["description"], supply["modality"]) == (
        agreed["fact"], "northern-star", "44 billion cubic metres per year", "raised from 38 billion cubic metres per year",
        "planned"), supply


@pytest.mark.parametrize("name, supplier, recipient, amount, old", [
    ("raise_to", "peru", "kenya", "12 billion cubic metres per year", "raised from 10 billion cubic metres per year"),
    ("imports_cut", "peru", "kenya", "8 billion cubic metres", "cut from 12 billion cubic metres"),
])
def test_a_volume_changed_between_two_states(drafts, name, supplier, recipient, amount, old):
    [supply] = of(drafts[name], "Supply")
    assert (supply["supplier"], supply["recipient"], supply["item"], supply["amount"], supply["description"]) == (
        supplier, recipient, "gas", amount, old), supply


def test_deliveries_cut_to_a_region_and_imports_halved(drafts):
    [cut] = of(drafts["cut_to_region"], "Supply")
    assert (cut["supplier"], cut["destination"], cut["amount"], cut["description"]) == (
        "peru", "europe", "40 billion cubic metres per year", "cut from 150 billion cubic metres per year"), cut
    [halved] = of(drafts["imports_halved"], "Supply")
    assert (halved["supplier"], halved["recipient"], halved["item"], halved["amount"], halved["modality"]) == (
        "peru", "kenya", "oil", "5 million barrels per year", "planned"), halved


def test_a_named_pipeline_s_capacity_is_no_claim_on_another_supply(drafts):
    [cable] = of(drafts["other_pipeline"], "Supply")
    assert (cable["viaAsset"], cable["item"]) == ("blue-line", "electricity"), cable


@pytest.mark.parametrize("name", ["pipeline_cost", "raise_prices", "talks_run", "term_alone", "not_raised"])
def test_no_supply_without_goods_a_volume_or_a_supply_before(drafts, name):
    assert of(drafts[name], "Supply") == [], drafts[name]
