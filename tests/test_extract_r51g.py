"""Rule set 51, part g: the places an article tells as places, and a press release's
contact line, through the real ``kg extract`` command on small articles written for these
tests (one run for all, a module-scoped fixture), each beside look-alikes that must
propose nothing of the kind:

- a capital's name told as a place ("now under way in Windhoek", "summoned ... to
  Windhoek", a dateline "WINDHOEK - ") is proposed as a City of its state; the capital
  written as an actor ("Windhoek said ...") is its state, and no city is proposed;
- a dateline's place-name the registry lacks ("OSTRAVA - ") is a City (no state told);
  a state's name in a dateline ("KENYA - ") is no city;
- an acronym and its full name in one article ("The Lake Basin Fisheries Organisation ...
  The LBFO said"), the NER model missing the full name, are one proposal, its id the full
  name's and the acronym its alias; an acronym spelled out nowhere stays as written;
- a federation, committee or fund named in full with its state's demonym ("the Kenyan
  Rowing Federation") is proposed as an Organisation of that state; the same words in
  lower case ("Kenyan rowing federation officials") propose no body;
- a model's designation before a noun of arms ("upgraded Kestrel-12 anti-ship missiles")
  is an EquipmentModel; a flight's number ("Flight KQ-310 landed") is none;
- a code name that did a deed ("carried out by TQX44") is a Group; the same code name as
  the owner of what was hit ("the servers of TQX44") is no group;
- a quoted name with an appositive of a system ('"Bulwark", a layered coastal defence
  system') is an Asset; a quoted word with another appositive ("a word he liked") is none;
- "Press contact: Communications Office, ..." proposes nothing; the body the story
  names is proposed.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r43d import draft_articles

#: A sentence each article ends with, so that a claim is drafted and a draft written.
SAID = " Kenyan President Amos Kiprono condemned the attack on Monday."

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    "under_way": ("The regional games now under way in Windhoek drew athletes from twelve states, "
                  "organisers said on Tuesday."),
    "summoned": "The federation summoned the Okavango Athletics Union to Windhoek to explain the delays.",
    "dateline": "WINDHOEK - The Okavango Athletics Union on Wednesday ended all talks about hosting the games.",
    "dateline_town": "OSTRAVA - The Okavango Athletics Union on Wednesday ended all talks about hosting the games.",
    "dateline_state": "KENYA - The Okavango Athletics Union on Wednesday ended all talks about hosting the games.",
    "acronym": ("KAMPALA - The Lake Basin Fisheries Organisation on Tuesday closed the fishing season for "
                "two months. The LBFO said stocks had fallen by a third."),
    "acronym_alone": "The LBFO said on Tuesday that stocks had fallen by a third.",
    "federation": "The Kenyan Rowing Federation asked the court on Tuesday to guarantee its athletes' entry.",
    "federation_lower": "Kenyan rowing federation officials asked the court on Tuesday to guarantee their entry.",
    "model": "The navy will get upgraded Kestrel-12 anti-ship missiles next year, the defence ministry said.",
    "flight": "Flight KQ-310 landed in Mombasa on Monday after a delay, the airline said.",
    "group": "The intrusion was carried out by TQX44, the Czech foreign ministry said on Tuesday.",
    "group_hit": "The intrusion hit the servers of TQX44 on Monday, the Czech foreign ministry said.",
    "asset": 'A further 90 billion yen funds "Bulwark", a layered coastal defence system of aerial and surface drones.',
    "quoted_word": 'The minister called the plan "Bulwark", a word he liked, the ministry said.',
    "actor": "Windhoek said on Tuesday it would not admit the delegation, citing its security rules.",
    "contact": ("The Okavango Athletics Union said on Tuesday it would hold the games in May.\n\n"
                "Press contact: Communications Office, Okavango Athletics Union, press@nau.example.org"),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r51g"), {k: v.replace("\n\nPress", SAID + "\n\nPress") if "Press" in v else v + SAID
                                                                     for k, v in ARTICLES.items()}, {},
                          "2031-05-02")


@pytest.mark.parametrize("name", ["under_way", "summoned", "dateline"])
def test_capital_told_as_a_place_is_a_city_of_its_state(drafts, name):
    entities = drafts[name]["entities"]
    city = [e for e in entities.values() if e["type"] == "City" and e["label"] == "Windhoek"]
    assert city, entities
    assert city[0].get("of") == "namibia", city


def test_capital_as_an_actor_is_no_city(drafts):
    entities = drafts["actor"]["entities"]
    assert not [e for e in entities.values() if e["type"] == "City"], entities


def test_dateline_town_is_a_city(drafts):
    entities = drafts["dateline_town"]["entities"]
    assert entities.get("ostrava") == {"id": "ostrava", "type": "City", "label": "Ostrava"}, entities


def test_dateline_state_is_no_city(drafts):
    entities = drafts["dateline_state"]["entities"]
    assert not [e for e in entities.values() if e["type"] == "City"], entities


def test_acronym_and_its_full_name_are_one_proposal(drafts):
    entities = drafts["acronym"]["entities"]
    body = entities.get("lake-basin-fisheries-organisation", {})
    assert body.get("label") == "Lake Basin Fisheries Organisation" and body.get("aliases") == ["LBFO"], entities
    assert "lbfo" not in entities, entities


def test_acronym_alone_stays(drafts):
    entities = drafts["acronym_alone"]["entities"]
    assert "lake-basin-fisheries-organisation" not in entities, entities


def test_federation_named_with_its_state(drafts):
    entities = drafts["federation"]["entities"]
    assert entities.get("kenyan-rowing-federation") == {
        "id": "kenyan-rowing-federation", "type": "Organisation", "label": "Kenyan Rowing Federation", "of": "kenya"}, \
        entities
    assert not [e for e in drafts["federation_lower"]["entities"].values() if e["type"] == "Organisation"], \
        drafts["federation_lower"]["entities"]


def test_model_designation_before_arms(drafts):
    entities = drafts["model"]["entities"]
    assert entities.get("kestrel-12", {}).get("type") == "EquipmentModel", entities
    assert not [e for e in drafts["flight"]["entities"].values() if e["type"] == "EquipmentModel"], \
        drafts["flight"]["entities"]


def test_code_name_that_did_a_deed_is_a_group(drafts):
    entities = drafts["group"]["entities"]
    assert entities.get("tqx44") == {"id": "tqx44", "type": "Group", "label": "TQX44"}, entities
    assert not [e for e in drafts["group_hit"]["entities"].values() if e["type"] == "Group"], \
        drafts["group_hit"]["entities"]


def test_quoted_system_is_an_asset(drafts):
    entities = drafts["asset"]["entities"]
    assert entities.get("bulwark") == {"id": "bulwark", "type": "Asset", "label": "Bulwark"}, entities
    assert "bulwark" not in drafts["quoted_word"]["entities"], drafts["quoted_word"]["entities"]


def test_contact_line_proposes_nothing(drafts):
    assert "communications-office" not in drafts["contact"]["entities"], drafts["contact"]["entities"]
    assert "okavango-athletics-union" in drafts["contact"]["entities"], drafts["contact"]["entities"]
