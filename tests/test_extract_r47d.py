"""Rule set 47, part d: drafts an analyst could let through wrong, through the real
``kg extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture), each beside look-alikes that must not change:

- a name after a company's or news outlet's noun ("the Canadian company Norvale Gold")
  is proposed as that body, never as a person, and its first word alone after it
  ("Norvale said") names it; a person after a role noun stays one;
- a federal state's first-level division ("flew to Tennessee") is proposed as a Region,
  a town ("flew to Memphis") as a City;
- "I want to express my gratitude" is said, not hoped; "we want to sign" is hoped;
- an office named after the fall of its holder ends then; one whose holder acted in a
  year before the publication's is dated then, not current; one of today's news is
  neither;
- a national landing in their own state makes no Visit of it; a foreigner landing there does;
- a saying is not dated by the clause joined to it with its own subject ("..., and the
  Lima Herald reported in February");
- a dateline without its year that disagrees with the header's date is warned about;
- a file nothing is drafted from (a saved table) is left out with a warning, exit 2
  when it is all that was given.
"""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import kg_cli
from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # 1. a body's name after its noun, a person's after a role noun
    "company": ("The Canadian company Norvale Gold said on Monday that it would appeal the ruling. Norvale said on "
                "Tuesday that talks with Chile would continue."),
    "company_lookalike": "Her lawyer Anna Norvale said on Monday that she would appeal the ruling.",
    # 2. a division of a federal state, a town
    "division": "Chilean President Lina Varo flew to Tennessee on Monday to meet investors.",
    "division_lookalike": "Chilean President Lina Varo flew to Memphis on Monday to meet investors.",
    # 3. thanks said, a wish
    "thanks": '"I want to express my gratitude to the mediators," Chilean President Lina Varo said on Monday.',
    "thanks_lookalike": '"We want to sign the deal soon," Chilean President Lina Varo said on Monday.',
    # 4. an office ended by its holder's fall, one placed in a past year, one of today
    "fall": "The deal is the largest since the fall of Chilean President Omar Kadir in December 2030.",
    "past_year": "US President Tom Hale revoked the order in 2029, and Chilean President Lina Varo restored it.",
    "today": "Chilean President Omar Kadir said on Monday that talks would continue.",
    "end_asked": "Thousands marched on Monday and called for the removal of Chilean President Omar Kadir.",
    # 5. a national landing in their own state, a foreigner landing there
    "home": "The Italian journalist Vera Lotti landed in Italy on Monday.",
    "home_lookalike": "The Chilean journalist Vera Lotti landed in Italy on Monday.",
    # 6. a date of the clause joined to a saying, the saying's own date
    "other_clause": ("Chile has said that it lost control of the port in December 2029, and the Lima Herald "
                     "reported in February that Peru was weighing a sale."),
    "other_clause_lookalike": "Chile said in February that it lost control of the port in December 2029.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r47d"), ARTICLES, {}, "2031-03-05")


def _posts(drafts, name) -> dict[str, dict]:
    return {c["holder"]: c for c in of(drafts[name]["claims"], "PositionHeld")}


@pytest.mark.parametrize("name, eid, kind", [("company", "norvale-gold", "Organisation"),
                                             ("company_lookalike", "anna-norvale", "Person"),
                                             ("division", "tennessee", "Region"),
                                             ("division_lookalike", "memphis", "City")])
def test_a_proposed_entity_takes_the_class_its_noun_or_gazetteer_gives(drafts, name, eid, kind):
    entities = drafts[name]["entities"]
    assert entities[eid]["type"] == kind, entities


def test_a_company_named_by_its_first_word_after_its_full_name_is_that_company(drafts):
    claims = drafts["company"]["claims"]
    assert {c.get("speaker") for c in of(claims, "Statement")} == {"norvale-gold"}, claims
    assert "norvale" not in drafts["company"]["entities"]


@pytest.mark.parametrize("name, modality", [("thanks", "reported"), ("thanks_lookalike", "hoped")])
def test_thanks_said_now_are_no_hope(drafts, name, modality):
    [said] = of(drafts[name]["claims"], "Statement")
    assert said["modality"] == modality, said


def test_an_office_named_after_its_holders_fall_ended_then(drafts):
    post = _posts(drafts, "fall")["omar-kadir"]
    assert post["endDate"] == "2030-12" and "fall of" in post["quote"], post


def test_an_office_whose_holder_acted_in_a_past_year_is_dated_then(drafts):
    posts = _posts(drafts, "past_year")
    assert str(posts["tom-hale"]["date"]) == "2029", posts
    assert not {"date", "endDate", "status"} & set(posts["lina-varo"]), posts


@pytest.mark.parametrize("name", ["today", "end_asked"])
def test_an_office_of_todays_news_is_neither_ended_nor_dated(drafts, name):
    # an end asked for ("called for the removal of President X") has not come
    post = _posts(drafts, name)["omar-kadir"]
    assert not {"date", "endDate", "status"} & set(post), post


@pytest.mark.parametrize("dateline, warned", [("BEIJING, Nov 15 (Wire) - ", True),
                                              ("BEIJING, Nov 2 (Wire) - ", False),
                                              ("BEIJING, Nov 15, 2030 (Wire) - ", True)])
def test_a_dateline_without_its_year_is_checked_against_the_header(tmp_path, dateline, warned):
    article = tmp_path / "wire.txt"
    article.write_text(f"Date: 2030-11-02\n\n{dateline}China said on Thursday it had summoned "
                       "Japan's ambassador.\n", encoding="utf-8")
    proc = kg_cli("extract", article, "-o", tmp_path / "out", check=0)
    assert ("the header's date 2030-11-02 is before the dateline's day 2030-11-15" in proc.stderr) is warned, \
        proc.stderr


def test_a_file_nothing_is_drafted_from_is_left_out(tmp_path):
    table = tmp_path / "stats.txt"
    table.write_text("kind        count\n----------  -----\narticles        5\nclaims        188\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Date: 2030-11-02\n\nChilean President Lina Varo met US President Tom Hale in Lima on "
                     "Monday.\n", encoding="utf-8")
    alone = kg_cli("extract", table, "-o", tmp_path / "a", check=2)
    assert f"{table}: no claims were drafted from it" in alone.stderr and "Drafted nothing" in alone.stderr
    assert not (tmp_path / "a").exists() or not list((tmp_path / "a").iterdir())
    both = kg_cli("extract", table, story, "-o", tmp_path / "b", check=0)
    assert f"{table}: no claims were drafted from it" in both.stderr and "Drafted 1 file(s)" in both.stdout
    assert sorted(p.name for p in (tmp_path / "b").glob("*.yaml")) == ["story.yaml"]
    assert yaml.safe_load((tmp_path / "b" / "story.yaml").read_text(encoding="utf-8"))["claims"]


@pytest.mark.parametrize("name, visited", [("home", False), ("home_lookalike", True)])
def test_a_national_landing_at_home_makes_no_visit(drafts, name, visited):
    visits = [c for c in of(drafts[name]["claims"], "Visit") if c.get("hostState") == "italy"]
    assert bool(visits) is visited, drafts[name]["claims"]


@pytest.mark.parametrize("name, date", [("other_clause", None), ("other_clause_lookalike", "2031-02")])
def test_a_saying_takes_no_date_of_the_clause_joined_to_it(drafts, name, date):
    [said] = [c for c in of(drafts[name]["claims"], "Statement") if c.get("speaker") == "chile"]
    assert said.get("date") == date, said
