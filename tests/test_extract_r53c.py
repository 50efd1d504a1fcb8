"""Rule set 53, part c: drafting errors that mislead, through the real ``kg extract``
command on small articles written for these tests (one run for all, a module-scoped
fixture), each beside look-alikes that must draft nothing of the kind:

- "X called on / urged / demanded that A (and B) resign / step down": the resignation
  asked for is A's (and B's), requested by X, never X's own, and ends nobody's office;
  "X resigned and called on B to stay" is X's resignation alone;
- "A and B resigned": one Resignation each, each ending that person's office; "A and B
  died": one Death each; "A and B met" is neither;
- "The resolution was adopted by a recorded vote of ..." after "the Assembly adopted a
  resolution" is that vote and that resolution, and the members' sides after it too; "A
  year earlier the same text passed by ..." is another vote, dated, into which later
  abstainers and a label of "the resolution" do not fall; "the resolution" with none told
  before is a vote of its own; another body adopting "the resolution" is another vote;
- "who served as energy minister from 2021 until July 2025": the end after "until";
- "sanctions on A and another suspect, B": B is a person and a target;
- "defence-related spending reaches 2 percent of gross domestic product in fiscal 2025":
  the indicator whole, the share's whole, the fiscal year as the date;
- "the United States urged Japan to follow suit": Japan's act, requested, not the urger's.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # -- a call to resign
    "call_pair": ("Senator Ivan Petrenko called on Defence Minister Maria Kovac and Finance Minister Daniel Horvat "
                  "to resign over the procurement scandal."),
    "urge_one": "Opposition leader Olga Marchenko urged Interior Minister Pavel Sorokin to step down.",
    "demand_that": "Opposition leader Olga Marchenko demanded that Prime Minister Oskar Lindqvist step down.",
    "resigned_and_called": "Finance Minister Jonas Feldman resigned and called on Prime Minister Oskar Lindqvist to stay.",
    "resigned_after_call": ("Moldova's Justice Minister Maria Kovac and Energy Minister Daniel Horvat resigned on "
                            "Wednesday, hours after President Ivan Petrenko called on both of them to step down."),
    # -- coordinated subjects
    "pair_resigned": "Maria Kovac and Daniel Horvat resigned on Wednesday.",
    "pair_died": "Maria Kovac and Daniel Horvat died on Wednesday.",
    "one_died": "Maria Kovac died on Wednesday.",
    "pair_met": "Maria Kovac and Daniel Horvat met in Vienna on Wednesday.",
    # -- a text voted, told again
    "vote_told_again": ("The UN General Assembly on Tuesday adopted a resolution calling on Zedland to end its "
                        "blockade of Ruritania. The resolution was adopted by a recorded vote of 150 in favour to 9 "
                        "against, with 20 abstentions. Chile and Peru voted against it."),
    "vote_recalled": ("The UN General Assembly on Tuesday adopted a resolution calling on Zedland to end its blockade "
                      "of Ruritania. The resolution was adopted by a recorded vote of 150 in favour to 9 against, "
                      "with 20 abstentions. A year earlier the same text passed by 170 votes to 3, with Chile "
                      "abstaining. Peru and Bolivia were among the states that abstained. Chile's ambassador Ana "
                      "Kell said the resolution was a farce."),
    "vote_no_earlier": ("The UN General Assembly met on Tuesday to debate the blockade of Ruritania. The resolution "
                        "was adopted by a recorded vote of 150 in favour to 9 against, with 20 abstentions. Chile and "
                        "Peru voted against it."),
    "vote_other_body": ("The UN General Assembly on Tuesday adopted a resolution calling on Zedland to end its "
                        "blockade of Ruritania. On Friday the Security Council adopted the resolution by 13 votes to 2."),
    # -- a tenure's end
    "served_until": ("Police searched the home of Daniel Horvat, who served as Moldova's energy minister from 2021 "
                     "until July 2025."),
    "served_years": "Daniel Horvat, who served as Moldova's energy minister from 2016 to 2019, was questioned.",
    "served_since": "Daniel Horvat, who has served as Moldova's energy minister since 2021, was questioned.",
    # -- a person in apposition after "another suspect"
    "sanction_suspect": ("President Ivan Petrenko said he would impose sanctions on Anna Novak and another "
                         "suspect, Taras Shulman."),
    "sanction_company": ("President Ivan Petrenko said he would impose sanctions on Anna Novak and a company, "
                         "Taras Shulman."),
    # -- a share of GDP
    "share_of_gdp": "Moldova's defence-related spending reaches 2 percent of gross domestic product in fiscal 2025.",
    "share_of_gdp_year": "Spain's military spending reached 2.1 percent of GDP in 2024.",
    "count": "Chile's armed forces number about 60,000 troops.",
    # -- an act others are urged to follow
    "follow_urged": "Britain imposed sanctions on Iran on Monday. The United States urged Japan to follow suit.",
    "follow_expected": "Britain imposed sanctions on Iran on Monday. Japan is expected to follow suit.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r53c"), ARTICLES, {}, "2031-05-02")


def _resignations(d) -> list[tuple]:
    return sorted((c["resigning"], c.get("modality"), c.get("said_by")) for c in of(d["claims"], "Resignation"))


def _ended(d) -> set[str]:
    return {c["holder"] for c in of(d["claims"], "PositionHeld") if c.get("status") == "ended" or "endDate" in c}


# -- a call to resign is the ones asked's, requested -------------------------------------------

@pytest.mark.parametrize("name, asked, by", [
    ("call_pair", ["daniel-horvat", "maria-kovac"], "ivan-petrenko"),
    ("urge_one", ["pavel-sorokin"], "olga-marchenko"),
    ("demand_that", ["oskar-lindqvist"], "olga-marchenko"),
])
def test_a_call_to_resign_is_the_resignation_of_those_asked(drafts, name, asked, by):
    d = drafts[name]
    assert _resignations(d) == [(a, "requested", by) for a in asked], d["claims"]
    assert not _ended(d), d["claims"]


def test_who_resigns_and_calls_on_another_to_stay_resigns_alone(drafts):
    d = drafts["resigned_and_called"]
    assert _resignations(d) == [("jonas-feldman", None, None)], d["claims"]
    assert [c["about"] for c in of(d["claims"], "Appeal")] == ["oskar-lindqvist"], d["claims"]


def test_the_caller_keeps_his_office_when_those_called_on_resign(drafts):
    d = drafts["resigned_after_call"]
    assert _resignations(d) == [("daniel-horvat", None, None), ("maria-kovac", None, None)], d["claims"]
    assert "ivan-petrenko" not in _ended(d) and "maria-kovac" in _ended(d), d["claims"]
    assert [c.get("status") for c in of(d["claims"], "PositionHeld") if c["holder"] == "ivan-petrenko"] == [None]


# -- coordinated subjects ------------------------------------------------------------------------

def test_two_people_who_resigned_resign_each(drafts):
    d = drafts["pair_resigned"]
    assert _resignations(d) == [("daniel-horvat", None, None), ("maria-kovac", None, None)], d["claims"]
    assert {c["date"] for c in of(d["claims"], "Resignation")} == {"2031-04-30"}


@pytest.mark.parametrize("name, dead", [("pair_died", ["daniel-horvat", "maria-kovac"]), ("one_died", ["maria-kovac"]),
                                        ("pair_met", [])])
def test_two_people_who_died_die_each(drafts, name, dead):
    d = drafts[name]
    assert sorted(c["person"] for c in of(d["claims"], "Death")) == dead, d["claims"]
    assert not of(d["claims"], "Resignation")


def test_two_people_who_met_is_one_meeting(drafts):
    meetings = of(drafts["pair_met"]["claims"], "Meeting")
    assert [m["participant"] for m in meetings] == [["maria-kovac", "daniel-horvat"]], meetings


# -- a definite back-reference to a text voted ---------------------------------------------------

def _facts(d, kind) -> list[str]:
    return sorted({c["fact"] for c in of(d["claims"], kind)})


def test_the_resolution_adopted_by_a_recorded_vote_is_the_one_told_before(drafts):
    d = drafts["vote_told_again"]
    assert len(_facts(d, "Vote")) == 1 and len(_facts(d, "Resolution")) == 1, d["claims"]
    tally = [c for c in of(d["claims"], "Vote") if "votesFor" in c]
    assert [(c["votesFor"], c["votesAgainst"], c["abstentions"], c["votedOn"]) for c in tally] == \
        [(150, 9, 20, _facts(d, "Resolution")[0])], tally
    assert [c["votedNo"] for c in of(d["claims"], "Vote") if "votedNo" in c] == [["chile", "peru"]]


def test_a_vote_recalled_a_year_earlier_is_another_dated_vote(drafts):
    d = drafts["vote_recalled"]
    votes = {c["fact"]: c for c in of(d["claims"], "Vote")}
    assert len(votes) == 2, d["claims"]
    earlier = [c for c in of(d["claims"], "Vote") if c.get("votesFor") == 170]
    assert [(c.get("date"), c.get("abstained")) for c in earlier] == [("2030", "chile")], earlier
    now = next(f for f in votes if f != earlier[0]["fact"])
    sides = [c for c in of(d["claims"], "Vote") if c.get("abstained") == ["peru", "bolivia"]]
    assert [c["fact"] for c in sides] == [now], sides
    labels = of(d["claims"], "Characterisation")
    assert [c["characterised"] for c in labels] == _facts(d, "Resolution"), labels


def test_the_resolution_with_none_told_before_is_a_vote_of_its_own(drafts):
    d = drafts["vote_no_earlier"]
    assert len(_facts(d, "Vote")) == 1 and len(_facts(d, "Resolution")) == 1, d["claims"]
    assert {c.get("votesFor") for c in of(d["claims"], "Vote")} == {150, None}
    assert [c["votedNo"] for c in of(d["claims"], "Vote") if "votedNo" in c] == [["chile", "peru"]]


def test_another_body_adopting_the_resolution_is_another_vote(drafts):
    d = drafts["vote_other_body"]
    assert sorted(c["votingBody"] for c in of(d["claims"], "Vote")) == \
        ["united-nations-general-assembly", "united-nations-security-council"], d["claims"]
    assert len(_facts(d, "Vote")) == 2 and len(_facts(d, "Resolution")) == 2


# -- a tenure's end after "until" ----------------------------------------------------------------

@pytest.mark.parametrize("name, start, end", [("served_until", "2021", "2025-07"), ("served_years", "2016", "2019"),
                                              ("served_since", "2021", None)])
def test_the_end_of_a_tenure_after_until(drafts, name, start, end):
    held = of(drafts[name]["claims"], "PositionHeld")
    assert [(c.get("startDate"), c.get("endDate"), c.get("status")) for c in held] == \
        [(start, end, "ended" if end else None)], held


# -- a person in apposition after "another suspect" ----------------------------------------------

def test_another_suspect_named_in_apposition_is_a_person_and_a_target(drafts):
    d = drafts["sanction_suspect"]
    assert sorted(c["target"] for c in of(d["claims"], "Sanction")) == ["anna-novak", "taras-shulman"], d["claims"]
    assert d["entities"]["taras-shulman"]["type"] == "Person"


def test_a_company_in_apposition_is_no_person(drafts):
    d = drafts["sanction_company"]
    assert d["entities"].get("taras-shulman", {}).get("type") != "Person", d["entities"]
    assert "taras-shulman" not in {c["target"] for c in of(d["claims"], "Sanction")}


# -- a share of GDP ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("share_of_gdp", ("defence-related spending", "2 percent", "gross domestic product", "2025")),
    ("share_of_gdp_year", ("military spending", "2.1 percent", "GDP", "2024")),
    ("count", ("armed forces", "about 60000 troops", None, None)),
])
def test_a_share_of_gdp_keeps_its_indicator_whole_and_its_year(drafts, name, expected):
    figures = of(drafts[name]["claims"], "Indicator")
    assert [(c["indicator"], c["amount"], c.get("shareOf"), c.get("date")) for c in figures] == [expected], figures


# -- a state urged to follow an act --------------------------------------------------------------

@pytest.mark.parametrize("name, follower, modality", [("follow_urged", "japan", "requested"),
                                                      ("follow_expected", "japan", "planned")])
def test_the_state_urged_to_follow_suit_is_the_follower(drafts, name, follower, modality):
    followed = [c for c in of(drafts[name]["claims"], "Sanction") if c["authority"] != "united-kingdom"]
    assert [(c["authority"], c["target"], c.get("modality")) for c in followed] == [(follower, "iran", modality)], followed
