"""Rule set 49, part k: what a desk byline, a trip to a summit, two capitals, two titled
names, an exercise's own name and a notice of leaving draft, through the real ``kg
extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture), each beside look-alikes that must draft nothing of the kind:

- a byline of a newsroom desk names no author, and a "Published ..." piece ends the names;
- a trip to a state for a summit is no meeting with that state; a trip for talks still is;
- "between Beijing and Moscow" names two states, as "between China and Russia" does;
- "Kenyan President A and Somali President B attended ..." has both attend;
- "the Joint Shield-2031 drill" keeps 'Joint' in its name; a drill "in the Sea of X" is
  held there; "Joint Naval drill" (marks only) is no name, a state is no place held in;
- "gave formal notice ... that it is withdrawing from X" is a planned Withdrawal of the
  notice's giver; a notice of staying, or of something else, is none.
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
    "summit_trip": "Brazilian President Lula da Silva will travel to Russia for a summit of the BRICS group next month.",
    "talks_trip": "Indian Prime Minister Narendra Modi will travel to Japan for talks next week.",
    "capitals": "Analysts said the drill showed the deepening security partnership between Beijing and Moscow.",
    "states": "Analysts said the drill showed the deepening security partnership between China and Russia.",
    "titled_pair": ("Kenyan President Amos Kiprono and Somali President Farah Gedi attended the ceremony near "
                    "the border on Monday."),
    "titled_one": "Kenyan President Amos Kiprono attended the ceremony near the border on Monday.",
    "named_drill": "Iran and Russia open Joint Shield-2031 naval drill near Bandar Abbas",
    "title_case_drill": "India and France open Joint Naval drill near Goa",
    "drill_at_sea": "Egypt and Greece began a naval exercise in the Sea of Crete on Tuesday.",
    "drill_in_state": "Egypt and Greece began a naval exercise in Greece on Tuesday.",
    "notice": ("Lima, 2 May 2031 - Peru has given formal notice to Chile that it is withdrawing from the "
               "International Criminal Court."),
    "notice_initiative": "Honduras has given formal notice to Taiwan that it is withdrawing from the Coastal Roads Initiative.",
    "notified": "Bolivia notified the United Nations that it would leave the World Health Organization.",
    "notice_staying": ("Chile has given formal notice to Peru that it is not withdrawing from the International "
                       "Criminal Court."),
    "notice_other": "Chile has given formal notice to Peru that it will host the summit.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r49k"), ARTICLES, {}, "2031-05-02")


# -- a desk is no author; "Published" ends the byline ----------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<article><h1>{title}</h1>
<p class="byline">By {byline} | Published 3 June 2031</p>
<p>Chilean President Lina Varo met Peruvian President Omar Kadir in Lima on Monday to discuss the border.</p>
<p>The two leaders agreed to meet again in July, Varo said after the talks in the Peruvian capital.</p>
</article></body></html>
"""


@pytest.mark.parametrize("byline, author", [("our Andean desk", None), ("Anna Lind", "Anna Lind"),
                                            ("the News Bureau", None)])
def test_a_desk_is_no_author_and_published_ends_the_byline(tmp_path, byline, author):
    page = tmp_path / "story.html"
    page.write_text(PAGE.format(title="Chile and Peru leaders meet in Lima", byline=byline), encoding="utf-8")
    kg_cli("extract", page, "-o", tmp_path / "out", check=0)
    article = yaml.safe_load((tmp_path / "out" / "story.yaml").read_text(encoding="utf-8"))["article"]
    assert article.get("author") == author, article


# -- a trip's destination is no participant of a summit --------------------------------------

def test_a_trip_to_a_summit_is_no_meeting_with_its_host(drafts):
    meetings = of(drafts["summit_trip"]["claims"], "Meeting")
    assert not any("russia" in str(m["participant"]) for m in meetings), meetings


def test_a_trip_for_talks_still_meets_the_host(drafts):
    meetings = of(drafts["talks_trip"]["claims"], "Meeting")
    assert [m["participant"] for m in meetings] == [["narendra-modi", "japan"]], meetings


# -- capitals joined read alike -------------------------------------------------------------------

@pytest.mark.parametrize("name", ["capitals", "states"])
def test_two_capitals_name_two_states(drafts, name):
    ties = of(drafts[name]["claims"], "Cooperation")
    assert [sorted(c["participant"]) for c in ties] == [["china", "russia"]], ties


# -- two titled names joined ----------------------------------------------------------------------

@pytest.mark.parametrize("name, who", [("titled_pair", ["amos-kiprono", "farah-gedi"]), ("titled_one", "amos-kiprono")])
def test_both_titled_names_attend(drafts, name, who):
    ceremonies = of(drafts[name]["claims"], "Ceremony")
    assert [c["participant"] for c in ceremonies] == [who], ceremonies


# -- an exercise's name and where it is held ------------------------------------------------------

def test_joint_begins_an_exercise_name(drafts):
    drills = of(drafts["named_drill"]["claims"], "MilitaryExercise")
    assert [d.get("eventName") for d in drills] == ["Joint Shield-2031"], drills


def test_title_case_marks_are_no_name(drafts):
    drills = of(drafts["title_case_drill"]["claims"], "MilitaryExercise")
    assert drills and not any("eventName" in d for d in drills), drills


@pytest.mark.parametrize("name, place", [("drill_at_sea", "sea-of-crete"), ("drill_in_state", None)])
def test_the_sea_an_exercise_is_held_in(drafts, name, place):
    drills = of(drafts[name]["claims"], "MilitaryExercise")
    assert [d.get("place") for d in drills] == [place], drills
    assert drills[0]["participant"] == ["egypt", "greece"]


# -- a notice of leaving -------------------------------------------------------------------------

@pytest.mark.parametrize("name, leaver, body", [
    ("notice", "peru", "international-criminal-court"),
    ("notice_initiative", "honduras", "coastal-roads-initiative"),
    ("notified", "bolivia", "world-health-organization"),
])
def test_a_notice_of_leaving_is_a_planned_withdrawal(drafts, name, leaver, body):
    exits = of(drafts[name]["claims"], "Withdrawal")
    assert [(w["withdrawing"], w["withdrawnFrom"], w.get("modality")) for w in exits] == [(leaver, body, "planned")], exits


def test_an_initiative_left_is_proposed_as_an_organisation(drafts):
    entity = drafts["notice_initiative"]["entities"]["coastal-roads-initiative"]
    assert (entity["type"], entity["label"]) == ("Organisation", "Coastal Roads Initiative"), entity


@pytest.mark.parametrize("name", ["notice_staying", "notice_other"])
def test_a_notice_of_staying_or_of_else_is_no_withdrawal(drafts, name):
    assert of(drafts[name]["claims"], "Withdrawal") == []
