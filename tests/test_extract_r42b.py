"""Rule set 42 (offices, memberships, bodies, places, meetings and kin the text names
around them), through the real ``kg extract`` command on small articles written for
these tests and read with a small registry of their own (one run for all, a
module-scoped fixture). Each form is checked for what it drafts and for what it must not:

- a state office with no state near it: of the state the article names far more than
  any other; none when the sentence names another state, when the article names two
  states about as often, or when someone else already holds that state's office;
- 'Its prime minister, X' opening a sentence: of the subject of the sentence before, not
  of the name last read in its clauses;
- a clerical rank between a title and a name ("Supreme Leader Ayatollah X");
- "the group's military chief" for a group the registry holds as an organisation;
- memberships from "the committee, which includes Peru and Chile" and "Peru and other
  members of the X group"; none from "the package includes sanctions on Peru", a modal
  "could include" or a subject that is no body;
- a body's parent named at the start of its own name ("the Andean Forum Monitoring
  Committee", "the Coast Front's political bureau") and on its own in the article; none
  for a state's own body, nor for a parent named only inside the body's name;
- "Judge X of Peru": X a citizen of Peru, the judge of the one court the article names
  (none of a court when it names two);
- places: "Belmonte, in Altiplano province", an asset "in" a region, a court whose name as
  one mention ends "in Belmonte"; none for a person before the comma, nor for a body's
  name;
- "The leaders of Peru, Chile and Bolivia met": a meeting of the three states; none for
  one state's leaders;
- a brother or a sister: a FamilyTie of siblings (corpus/CLAIMS.md), not an Association.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: peru, type: State, label: Peru}
- {id: chile, type: State, label: Chile}
- {id: bolivia, type: State, label: Bolivia}
- {id: qatar, type: State, label: Qatar}
- {id: iran, type: State, label: Iran}
- {id: reza-tabrizi, type: Person, label: Reza Tabrizi}
- {id: icj, type: Court, label: International Court of Justice, aliases: [ICJ]}
- {id: andean-court, type: Court, label: Andean Court of Justice}
- {id: andean-forum, type: InternationalOrganisation, label: Andean Forum}
- {id: andean-monitoring-committee, type: InternationalOrganisation, label: Andean Forum Monitoring Committee}
- {id: coast-front, type: Organisation, label: Coast Front}
- {id: coast-front-bureau, type: Organisation, label: Coast Front political bureau, aliases: ["Coast Front's political bureau"]}
- {id: peru-security-council, type: Organisation, label: Security Council of Peru, aliases: ["Peru's Security Council"], of: peru}
- {id: belmonte, type: City, label: Belmonte}
- {id: altiplano, type: Region, label: Altiplano province}
- {id: sella-station, type: Asset, label: Sella metering station}
- {id: belmonte-court, type: Court, label: Supreme Court, aliases: [Supreme Court in Belmonte]}
"""

#: Sentences that name Peru, and no other state, to make an article about Peru.
ABOUT_PERU = ("Peru held a vote on Sunday. Turnout in Peru was high. Peru has a new parliament. "
              "Observers praised Peru.")

ARTICLES = {
    # a state office, of the state the article is about
    "article_state": ABOUT_PERU + " Foreign Minister Lina Varo said on Monday that the count had been fair.",
    "article_state_other_named": ABOUT_PERU + " Foreign Minister Lina Varo said on Monday that Chile had "
                                              "accepted the count.",
    "article_state_two_states": "Peru held a vote on Sunday. Chile watched. Peru and Chile talked. Chile and Peru "
                                "agreed. Foreign Minister Lina Varo said the count had been fair.",
    "article_state_office_held": ABOUT_PERU + " Peru's foreign minister, Tor Ashby, welcomed it. Foreign Minister "
                                              "Lina Varo said the count had been fair.",
    # 'Its' opening a sentence
    "its_subject": "Qatar, which has mediated between Peru and Chile, condemned the attack. Its prime minister, "
                   "Lina Varo, said talks would go on.",
    # a clerical rank between title and name
    "clerical_rank": "Iran's Supreme Leader Ayatollah Reza Tabrizi vowed to respond.",
    # the group's chief, the group an organisation
    "group_chief": "Analysts said the Coast Front would step back, but that the decision lay with Tor Ashby, the "
                   "group's military chief in Belmonte.",
    # memberships
    "which_includes": "Officials met at the Andean Forum Monitoring Committee, which includes Peru and Chile.",
    "package_includes": "The Andean Forum adopted a package, which includes sanctions on Peru.",
    "could_include": "The Andean Forum could include Bolivia next year.",
    "other_members": "Peru and several other members of the Andean Forum group pledged to cut output.",
    "members_no_other": "Peru and members of the Andean Forum group pledged to cut output.",
    # bodies named after their parent
    "named_parent": "The Andean Forum set up a panel in May. The Andean Forum Monitoring Committee met on Monday. "
                    "The Coast Front named a leader, and the Coast Front's political bureau met too.",
    "parent_only_in_name": "The Andean Forum Monitoring Committee met on Monday.",
    "state_body": "Peru's Security Council met on Monday.",
    # judges
    "judge_of_state": "The International Court of Justice ruled on Friday. Judge Lina Varo of Peru dissented.",
    "judge_two_courts": "The International Court of Justice and the Andean Court of Justice ruled on Friday. "
                        "Judge Lina Varo of Peru dissented.",
    # places
    "comma_in": "The helicopter came down near Belmonte, in Altiplano province, on Sunday.",
    "asset_in": "Gas flowed through the Sella metering station in Altiplano province until January.",
    "person_comma_in": "The talks ended with Lina Varo, in Altiplano province, on Sunday.",
    "named_in": "He lost his appeal at the Supreme Court in Belmonte in May.",
    "body_named_in": "The Andean Forum Monitoring Committee in Peru met on Monday.",
    # leaders meeting
    "leaders_met": "The leaders of Peru, Chile and Bolivia met on Friday in Belmonte.",
    "one_state_leaders": "The leaders of Peru met on Friday in Belmonte.",
    # siblings
    "sibling": "Lina Varo's brother, Tor Ashby, arrived in Belmonte.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    folder = tmp_path_factory.mktemp("r42b")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def _posts(claims, holder: str) -> list[str]:
    return sorted(c.get("positionOf", "") for c in of(claims, "PositionHeld") if c["holder"] == holder)


def _members(claims) -> list[tuple]:
    return sorted((c["member"], c["memberOf"]) for c in of(claims, "Membership"))


def test_a_bare_state_office_is_of_the_state_the_article_is_about(drafts):
    assert _posts(drafts["article_state"], "lina-varo") == ["peru"]


def test_no_state_of_the_article_when_another_is_near_or_the_office_is_taken(drafts):
    assert "peru" not in _posts(drafts["article_state_other_named"], "lina-varo")
    assert _posts(drafts["article_state_two_states"], "lina-varo") == []
    assert _posts(drafts["article_state_office_held"], "tor-ashby") == ["peru"]
    assert _posts(drafts["article_state_office_held"], "lina-varo") == []


def test_its_opening_a_sentence_is_the_subject_before(drafts):
    assert _posts(drafts["its_subject"], "lina-varo") == ["qatar"]


def test_a_clerical_rank_between_title_and_name(drafts):
    assert _posts(drafts["clerical_rank"], "reza-tabrizi") == ["iran"]


def test_the_group_s_chief_of_a_group_held_as_an_organisation(drafts):
    assert _posts(drafts["group_chief"], "tor-ashby") == ["coast-front"]


def test_a_body_that_includes_states_has_them_as_members(drafts):
    assert _members(drafts["which_includes"]) == [("chile", "andean-monitoring-committee"),
                                                  ("peru", "andean-monitoring-committee")]
    assert _members(drafts["other_members"]) == [("peru", "andean-forum")]


def test_no_membership_from_a_package_a_modal_or_members_not_called_others(drafts):
    assert _members(drafts["package_includes"]) == []
    assert _members(drafts["could_include"]) == []
    assert _members(drafts["members_no_other"]) == []


def test_a_body_named_after_its_parent_is_its_body(drafts):
    ties = sorted((c["body"], c["parentBody"]) for c in of(drafts["named_parent"], "BodyOf"))
    assert ties == [("andean-monitoring-committee", "andean-forum"), ("coast-front-bureau", "coast-front")]
    assert of(drafts["state_body"], "BodyOf") == []
    assert of(drafts["parent_only_in_name"], "BodyOf") == []  # the parent no news of the article


def test_a_judge_of_a_state_is_its_citizen_and_sits_on_the_one_court(drafts):
    claims = drafts["judge_of_state"]
    assert [(c["citizen"], c["state"]) for c in of(claims, "Citizenship")] == [("lina-varo", "peru")]
    assert _posts(claims, "lina-varo") == ["icj"]
    assert _posts(drafts["judge_two_courts"], "lina-varo") == []


def test_a_place_before_in_and_an_asset_in_a_region(drafts):
    assert [(c["located"], c["place"]) for c in of(drafts["comma_in"], "Location")] == [("belmonte", "altiplano")]
    assert [(c["located"], c["place"]) for c in of(drafts["asset_in"], "Location")] == [("sella-station", "altiplano")]
    assert of(drafts["person_comma_in"], "Location") == []


def test_a_name_read_as_one_that_holds_where_it_lies(drafts):
    assert [(c["located"], c["place"]) for c in of(drafts["named_in"], "Location")] == [("belmonte-court", "belmonte")]
    assert of(drafts["body_named_in"], "Location") == []  # a body's name: where it meets, not where it lies


def test_the_leaders_of_several_states_meeting(drafts):
    meetings = of(drafts["leaders_met"], "Meeting")
    assert [sorted(c["participant"]) for c in meetings] == [["bolivia", "chile", "peru"]]
    assert of(drafts["one_state_leaders"], "Meeting") == []


def test_a_brother_is_a_sibling(drafts):
    ties = of(drafts["sibling"], "FamilyTie")
    assert [(sorted(c["sibling"]), c["description"]) for c in ties] == [(["lina-varo", "tor-ashby"], "brother")]
    assert of(drafts["sibling"], "Association") == []
