"""Rule set 46, part a: what drafts of unseen articles missed, through the real ``kg
extract`` on invented sentences, each rule beside look-alikes that must draft nothing:

- the parts of an arms sale told after it ("The package includes three NASAMS fire units,
  123 AMRAAM missiles and radars", "A second sale covers 40 radar systems worth $828
  million"): transfers of their own, between the sale's parties, with items and counts;
- observers from a body ("Observers from the Organization of American States said the
  vote ..."): unnamed observers ``of`` the body assess the vote, not the body itself; a
  body's mission speaks for the body; the day observers spoke is ``said_on``;
- the dead of a crowd event: "at least 12 people were killed as protesters clashed with
  police" (a Protest with ``clashedWith`` and ``killed``), "22 people were killed when
  police opened fire on demonstrators" (the Repression's ``killed``), and where it was;
- a state's body the registry lacks, named by its state ("Peru's human rights commission
  said"), is proposed as a body of that state and speaks, so what it reports is drafted;
- an exercise named after its noun (", which it named Joint Sword-2024B", ", dubbed
  Ocean-2030"), and sanctions on bodies counted in words ("several U.S. defence companies");
- notice given to a named party ("notified Peru of the sale"): a Notification, about the
  sale told before;
- a law enacted by its own name ("passed the Public Order Act 2030", "approved a Royal
  Decree-Law"): a Legislation with that name as its title.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The publication day of every article here, a Wednesday.
DAY = "2030-05-22"

SALE = "The United States approved a possible sale to Chile of air-defence systems worth $2 billion. "

ARTICLES = {
    # 1. the parts of an arms sale
    "package": SALE + "The package includes three NASAMS fire units, 123 AMRAAM missiles and radars.",
    "second_sale": SALE + "A second sale covers 40 radar systems worth an estimated $828 million.",
    "share_of_package": SALE + ("The larger part of the package is three missile systems with 123 missiles, at an "
                                "estimated cost of $1.16 billion."),
    "aid_package": SALE + "The aid package includes 20 armoured vehicles.",
    "no_weapons": SALE + "The package includes training and spare parts.",
    "not_included": SALE + "The sale does not include F-35 jets.",
    "no_sale_before": "The package includes three NASAMS fire units and 123 AMRAAM missiles.",
    "two_pairs": ("The United States sold 20 F-16 jets to Chile. France sold 12 Rafale jets to Peru. "
                  "The package includes 40 missiles."),
    # 2. observers
    "observers_from": "Observers from the Organization of American States said the vote met democratic standards.",
    "mission": "The United Nations mission said the election was free and fair.",
    "observers_of_two": "Monitors from the African Union and the United Nations said the vote was flawed.",
    "observers_other_words": "Observers from the Organization of American States said they had visited 40 polling stations.",
    "mission_other_words": "The United Nations mission said the road to the border was closed.",
    "said_on_monday": ("Chile's parliamentary elections on Sunday were well run but offered voters little choice, "
                       "international observers said on Monday."),
    # 3. the dead of a crowd event
    "clash_dead": "At least 12 people were killed as protesters clashed with police in Lima on Tuesday.",
    "clash_place": "Thousands of students clashed with riot police outside the parliament in Santiago.",
    "fire_dead": "Two protesters died when police opened fire on marchers in Quito.",
    "rebels_clash": "At least 12 people were killed as rebels clashed with the army in the north.",
    "clash_nowhere": "Protesters clashed with police.",
    "clash_denied": "Protesters did not clash with police in Lima.",
    "dead_uncounted": "Five people who were killed when police fired on protesters were buried on Monday.",
    "through_lines": "Thousands of mostly young protesters pushed through police lines outside parliament in Lima.",
    "army_through_lines": "The army pushed through rebel lines near Lima.",
    "bill_through": "Protesters said the government pushed the bill through parliament in Lima.",
    # 4. a state's body the registry lacks
    "state_body": ("Peru's human rights commission said on Wednesday that 22 people were killed when police opened "
                   "fire on demonstrators."),
    # 5. an exercise's name after its noun; sanctions on bodies counted in words
    "named_which": "China held large military drills around Taiwan, which it named Strait Thunder-2030A, after a speech.",
    "named_dubbed": "Russia began naval exercises, dubbed Ocean-2030, in the Baltic Sea.",
    "called_label": "Chile held military drills, which Peru called a provocation.",
    "called_entity": "Chile held military drills with Peru, which it called Bolivia's ally.",
    "several_firms": "China imposed sanctions on several U.S. defence companies over earlier arms sales.",
    "named_unit": "China imposed sanctions on Lockheed Martin's defence unit over earlier arms sales.",
    # 6. notice given
    "notified": SALE + "The United States notified Peru of the sale on Friday.",
    "informed_sources": "Informed sources said Chile would close its border with Peru.",
    "notified_passive": SALE + "Peru was notified of the sale on Friday.",
    "informed_unnamed": "Chile informed reporters of its decision to close the border.",
    "inform_purpose": "Chile summoned Peru's ambassador, Tor Ashby, to inform him of the expulsion.",
    # 7. laws enacted by name
    "named_act": "Peru's Congress passed the Public Order Act 2030 on Tuesday.",
    "decree_law": "Chile's cabinet approved a Royal Decree-Law on Monday.",
    "act_in_passing": "The Taiwan Relations Act of 1979 commits Washington to help Taiwan.",
    "bill_unnamed": "Peru's Congress passed the bill on Tuesday.",
    "code_of": "Chile's cabinet approved the Code of Conduct on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run (no claim
    dropped, every quote the article's words: :func:`draft_articles`)."""
    return draft_articles(tmp_path_factory.mktemp("r46a"), ARTICLES, {}, DAY)


def _sales(d) -> list[dict]:
    return of(d["claims"], "ArmsTransfer")


# -- 1. the parts of an arms sale ---------------------------------------------------------------


def test_each_part_of_a_package_is_a_transfer_between_the_sales_parties(drafts):
    sale, part = _sales(drafts["package"])
    assert (part["supplier"], part["recipient"]) == ("united-states", "chile")
    assert part["item"] == ["three NASAMS fire units", "123 AMRAAM missiles", "radars"]
    assert "quantity" not in part  # three items, three counts: none is the transfer's
    # approved and possible as the sale is, and a fact of its own
    assert (part["status"], part["modality"]) == ("approved", "planned")
    assert part["fact"] != sale["fact"]


def test_a_second_sale_and_a_share_of_the_package_keep_their_counts_and_values(drafts):
    second = _sales(drafts["second_sale"])[1]
    assert (second["item"], second["quantity"], second["value"]) == ("40 radar systems", 40, "USD 828 million")
    share = _sales(drafts["share_of_package"])[1]
    assert share["item"] == ["three missile systems", "123 missiles"]
    assert share["value"] == "USD 1.16 billion"


@pytest.mark.parametrize("name", ["aid_package", "no_weapons", "not_included"])
def test_no_part_is_drafted_of_aid_of_goods_that_are_no_arms_or_of_what_is_left_out(drafts, name):
    assert len(_sales(drafts[name])) == 1, _sales(drafts[name])


def test_a_part_needs_one_sale_told_before_it(drafts):
    assert _sales(drafts["no_sale_before"]) == []
    # two sales between different parties: whose package it is goes unsaid
    assert [s["recipient"] for s in _sales(drafts["two_pairs"])] == ["chile", "peru"]


# -- 2. observers --------------------------------------------------------------------------------


def _assessments(d) -> list[dict]:
    return of(d["claims"], "Assessment")


def test_observers_from_a_body_are_unnamed_observers_of_it(drafts):
    d = drafts["observers_from"]
    [a] = _assessments(d)
    body = a["speaker"]["of"]
    assert a["speaker"] == {"actor": "unnamed observers", "of": body} == a["said_by"]
    assert d["entities"][body]["label"] == "Organization of American States"
    assert a["subject"] == "met democratic standards"


def test_a_bodys_mission_speaks_for_the_body_and_two_bodies_stay_named(drafts):
    assert [a["speaker"] for a in _assessments(drafts["mission"])] == ["united-nations"]
    [two] = _assessments(drafts["observers_of_two"])
    assert isinstance(two["speaker"], list) and "united-nations" in two["speaker"]


@pytest.mark.parametrize("name", ["observers_other_words", "mission_other_words"])
def test_observers_words_of_anything_but_a_vote_are_no_assessment(drafts, name):
    assert _assessments(drafts[name]) == []


def test_the_day_observers_spoke_is_said_on_and_the_election_keeps_its_day(drafts):
    d = drafts["said_on_monday"]
    [a] = _assessments(d)
    assert a["said_on"] == "2030-05-20" and "date" not in a
    assert [e.get("date") for e in of(d["claims"], "Election")] == ["2030-05-19"]


# -- 3. the dead of a crowd event ----------------------------------------------------------------


def test_the_dead_of_clashes_are_the_protests_killed(drafts):
    [p] = of(drafts["clash_dead"]["claims"], "Protest")
    assert (p["participant"], p["clashedWith"], p["killed"]) == ("unnamed protesters", "unnamed police", "at least 12")
    assert p["place"] and p["date"] == "2030-05-21"
    [q] = of(drafts["clash_place"]["claims"], "Protest")
    assert (q["participant"], q["clashedWith"]) == ("thousands of unnamed students", "unnamed riot police")
    assert q["place"] and "killed" not in q


def test_the_dead_of_a_firing_on_a_crowd_are_the_repressions_killed_with_its_place(drafts):
    [r] = of(drafts["fire_dead"]["claims"], "Repression")
    assert (r["target"], r["killed"]) == ("unnamed marchers", 2) and r["place"]
    # the dead a relative clause tells are counted by no one
    [r] = of(drafts["dead_uncounted"]["claims"], "Repression")
    assert "killed" not in r


def test_a_crowd_breaking_through_police_lines_clashes_with_the_police(drafts):
    [p] = of(drafts["through_lines"]["claims"], "Protest")
    assert (p["participant"], p["clashedWith"]) == ("thousands of unnamed mostly young protesters", "unnamed police")
    assert p["place"]


@pytest.mark.parametrize("name", ["rebels_clash", "clash_nowhere", "clash_denied", "army_through_lines", "bill_through"])
def test_no_protest_of_armed_sides_of_clashes_nowhere_or_of_clashes_denied(drafts, name):
    assert of(drafts[name]["claims"], "Protest") == []


# -- 4. a state's body the registry lacks --------------------------------------------------------


def test_a_states_unnamed_body_reports_the_dead(drafts):
    [r] = of(drafts["state_body"]["claims"], "Repression")
    assert (r["killed"], r["modality"], r["said_by"]) == (22, "reported", "peru-human-rights-commission")
    body = drafts["state_body"]["entities"]["peru-human-rights-commission"]
    assert (body["type"], body["of"]) == ("Organisation", "peru")


# -- 5. an exercise's name after its noun; sanctions on bodies counted in words -------------------


def test_a_name_given_after_the_exercise_noun_is_its_name(drafts):
    for name, words in (("named_which", "Strait Thunder-2030A"), ("named_dubbed", "Ocean-2030")):
        [x] = of(drafts[name]["claims"], "MilitaryExercise")
        assert x["eventName"] == words, name
    # a label or an entity after 'called' names no exercise; plural drills with no name, date
    # or article are a habit, not one exercise
    for name in ("called_label", "called_entity"):
        assert of(drafts[name]["claims"], "MilitaryExercise") == [], name


def test_sanctions_on_bodies_counted_in_words_name_their_state_as_party(drafts):
    [s] = of(drafts["several_firms"]["claims"], "Sanction")
    assert (s["authority"], s["target"]) == ("china", {"actor": "several unnamed defence companies",
                                                       "for": "united-states"})
    # a body the text names is no unnamed target
    assert all(isinstance(c.get("target"), str) or c.get("target") is None
               for c in of(drafts["named_unit"]["claims"], "Sanction"))


# -- 6. notice given -------------------------------------------------------------------------------


def test_notice_of_a_sale_is_a_notification_about_the_sale(drafts):
    d = drafts["notified"]
    [n] = of(d["claims"], "Notification")
    assert (n["speaker"], n["recipient"], n["date"]) == ("united-states", "peru", "2030-05-17")
    assert n["about"] == _sales(d)[0]["fact"]


@pytest.mark.parametrize("name", ["informed_sources", "notified_passive", "informed_unnamed", "inform_purpose"])
def test_no_notification_without_a_named_giver_and_receiver(drafts, name):
    assert of(drafts[name]["claims"], "Notification") == []


# -- 7. laws enacted by name -----------------------------------------------------------------------


def test_a_law_enacted_by_its_name_is_legislation_with_that_title(drafts):
    for name, title, state in (("named_act", "Public Order Act 2030", "peru"), ("decree_law", "Royal Decree-Law", "chile")):
        [law] = of(drafts[name]["claims"], "Legislation")
        assert (law["title"], law["jurisdiction"]) == (title, state), name
        assert title in law["quote"]


@pytest.mark.parametrize("name", ["act_in_passing", "bill_unnamed", "code_of"])
def test_no_legislation_of_a_law_named_in_passing_or_unnamed(drafts, name):
    assert of(drafts[name]["claims"], "Legislation") == []
