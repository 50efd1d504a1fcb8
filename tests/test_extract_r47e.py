"""Rule set 47, part e: votes, closures and deployments as an article states them, through
the real ``kg extract`` on invented sentences, each beside look-alikes that must draft
nothing (or nothing more):

- a confidence vote told in the headline, the lead, a tally of its own and the parties'
  votes: one Vote (one fact id), its outcome from the target's verb ("lost"), its counts
  from "301 voted against the government and 210 voted for it, with 12 abstentions", the
  parties that voted against in ``votedNo`` (never the ``votingBody``); a tally with no
  vote told before drafts nothing; elections someone calls on another to hold are the
  appeal's, never an Election;
- an airspace declared closed ("told airlines to consider the airspace above and around
  Peru closed", "declared the airspace over Peru closed"): an AirspaceClosure by the one
  who declares it, of the state named after 'airspace'; a matter considered closed, or an
  airspace considered safe, drafts none;
- a deployment's destination where the force stays ("a brigade stationed in Peru"), its
  size beside a ship ("the frigate X and about 2,000 troops"), and the size and full
  strength the next sentence gives ("The brigade is to grow to about 3,000 soldiers and to
  reach full strength by 2031"), a claim on the deployment told before;
- an event placed 'after' a dated clause ("announced in June 2029, more than a year after
  Chile's invasion of Peru in February 2028") takes its own date, never the clause's;
- "The ministry noted" said by the ministry named before, unnamed only when none is;
- proposed classes: "<name> of <party> told ..." a person, "Russia's Kaliningrad exclave" a
  territory (no site), a chamber with no state that votes in a vote held in one state
  that state's body.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The publication day of every article here, a Wednesday.
DAY = "2030-05-22"
MONDAY = "2030-05-20"
#: The headline of the confidence vote, which names fewer of its participants than the lead.
HEADLINE = "Ana Ruiz loses confidence vote in Peru"
#: A first sentence that drafts a claim (a position), so that every article has a draft file.
LEAD = "Peru's Prime Minister Ana Ruiz spoke on Monday. "

ARTICLES = {
    # 1. a confidence vote
    "confidence": (HEADLINE + "\n\n"
                   "Peru's Prime Minister Ana Ruiz lost a confidence vote in the National Assembly on Monday, "
                   "bringing down her government.\n\n"
                   "Of the deputies present, 301 voted against the government and 210 voted for it, with 12 "
                   "abstentions.\n\n"
                   "The Popular Front, the Green Union and the Socialists voted against the government."),
    "survived": "Peru's Prime Minister Ana Ruiz survived a confidence vote in the National Assembly on Monday.",
    "no_vote_before": LEAD + "Of the deputies present, 301 voted against the plan and 210 voted for it.",
    "asked_elections": LEAD + ("Opposition leader Jorge Sala called on Ruiz to dissolve the National Assembly and "
                               "call new elections."),
    "demanded_elections": LEAD + "Jorge Sala demanded early elections in Peru.",
    # 2. an airspace declared closed
    "airspace": ("Chile's President Tor Ashby told airlines and pilots to consider the airspace above and around "
                 "Peru \"closed in its entirety\" on Monday."),
    "airspace_declared": "Chile's President Tor Ashby declared the airspace over Peru closed on Monday.",
    "matter_closed": "Chile's President Tor Ashby told reporters to consider the matter closed on Monday.",
    "airspace_safe": "Chile's President Tor Ashby told airlines to consider the airspace above Peru safe on Monday.",
    # 3. deployments
    "sent_ship_troops": "Chile has sent the frigate Almirante Cochrane and about 2,000 troops to Peru.",
    "stationed": "Chile's President Tor Ashby on Monday visited a Chilean brigade stationed in Peru.",
    "stationed_when": "Chile's President Tor Ashby on Monday visited a Chilean brigade stationed in March.",
    "strength": ("Chile deployed a brigade to Peru on Monday. The brigade is to grow to about 3,000 soldiers and "
                 "to reach full strength by 2031, the Chilean defence ministry said."),
    "strength_indef": LEAD + "A brigade is to grow to about 3,000 soldiers by 2031.",
    "strength_no_deploy": LEAD + "The brigade is to grow to about 3,000 soldiers by 2031.",
    # 4. a date of its own
    "after_invasion": ("The decision to send a brigade to Peru was announced by Chile's President Tor Ashby in June "
                       "2029, more than a year after Chile's invasion of Peru in February 2028."),
    "after_invasion_undated": ("The decision to send a brigade to Peru was announced by Chile's President Tor Ashby "
                               "in June 2029, more than a year after Chile's invasion of Peru."),
    # 5. the ministry named before
    "ministry": ("In a statement, the Chilean Foreign Ministry condemned Peru's decision. The ministry noted that "
                 "Peru had suspended the weekly flights to Chile."),
    "ministry_unnamed": LEAD + "The ministry noted that Peru had suspended the weekly flights to Chile.",
    # 6. classes of proposed names
    "of_party": LEAD + "Marta Quispe of Peru Forward told Ruiz that the day was one of relief for millions.",
    "exclave": LEAD + "Lithuania, which borders Russia's Kaliningrad exclave and Belarus, will build barracks.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run (no claim
    dropped, every quote the article's words: :func:`draft_articles`)."""
    return draft_articles(tmp_path_factory.mktemp("r47e"), ARTICLES, {}, DAY)


# -- 1. a confidence vote ------------------------------------------------------------------------


def test_a_confidence_vote_told_four_times_is_one_vote_with_its_tally_and_outcome(drafts):
    votes = of(drafts["confidence"]["claims"], "Vote")
    assert len({c["fact"] for c in votes}) == 1, votes
    main = [c for c in votes if "votingBody" in c]
    assert [(c["target"], c.get("outcome"), c.get("date")) for c in main] == [("ana-ruiz", "lost", MONDAY)]
    assert [(c["votesFor"], c["votesAgainst"], c["abstentions"]) for c in votes if "votesFor" in c] == [(210, 301, 12)]
    # the parties that voted are voters in the vote, never a voting body of their own
    assert all(c.get("votingBody") == "national-assembly" for c in votes if "votingBody" in c)
    assert [c["votedNo"] for c in votes if "votedNo" in c] == [["popular-front", "green-union"]]
    # the headline's short telling is the same vote
    assert any(c["quote"] in HEADLINE for c in votes), votes


def test_a_target_that_survives_has_that_outcome_and_a_tally_with_no_vote_before_drafts_none(drafts):
    assert [c.get("outcome") for c in of(drafts["survived"]["claims"], "Vote")] == ["survived"]
    assert of(drafts["no_vote_before"]["claims"], "Vote") == []


def test_elections_asked_for_are_no_election(drafts):
    for name in ("asked_elections", "demanded_elections"):
        assert of(drafts[name]["claims"], "Election") == [], name
    assert [c["speaker"] for c in of(drafts["asked_elections"]["claims"], "Appeal")] == ["jorge-sala"]


# -- 2. an airspace declared closed ----------------------------------------------------------------


def test_an_airspace_declared_closed_is_an_airspace_closure_of_the_state_named(drafts):
    for name in ("airspace", "airspace_declared"):
        closures = of(drafts[name]["claims"], "AirspaceClosure")
        assert [(c["initiator"], c["place"], c["placePart"]) for c in closures] == [("tor-ashby", "peru", "airspace")], name


def test_a_matter_closed_or_an_airspace_safe_is_no_closure(drafts):
    for name in ("matter_closed", "airspace_safe"):
        claims = drafts[name]["claims"]
        assert of(claims, "AirspaceClosure") == [] and of(claims, "BorderClosure") == [], name


# -- 3. deployments ----------------------------------------------------------------------------------


def test_a_deployment_takes_its_size_beside_a_ship_and_where_it_is_stationed(drafts):
    assert [(c["initiator"], c["destination"], c["personnel"]) for c in
            of(drafts["sent_ship_troops"]["claims"], "Deployment")] == [("chile", "peru", "about 2000 troops")]
    assert [c.get("destination") for c in of(drafts["stationed"]["claims"], "Deployment")] == ["peru"]
    # 'in' a month is no place
    assert [c.get("destination") for c in of(drafts["stationed_when"]["claims"], "Deployment")] == [None]


def test_the_size_the_next_sentence_gives_is_the_deployment_told_before(drafts):
    deployments = of(drafts["strength"]["claims"], "Deployment")
    assert len({c["fact"] for c in deployments}) == 1, deployments
    assert [(c["personnel"], c["fullEffectDate"]) for c in deployments if "personnel" in c] == [
        ("about 3000 soldiers", "2031")]
    for name in ("strength_indef", "strength_no_deploy"):
        assert of(drafts[name]["claims"], "Deployment") == [], name


# -- 4. a date of its own ------------------------------------------------------------------------------


def test_an_event_placed_after_a_dated_clause_keeps_its_own_date(drafts):
    [invasion] = of(drafts["after_invasion"]["claims"], "Invasion")
    assert (invasion["date"], invasion["quote"]) == ("2028-02", "Chile's invasion of Peru in February 2028")
    [undated] = of(drafts["after_invasion_undated"]["claims"], "Invasion")
    assert "date" not in undated


# -- 5. the ministry named before -------------------------------------------------------------------------


def test_the_ministry_is_the_one_named_before_else_unnamed(drafts):
    said = [c.get("said_by") for c in of(drafts["ministry"]["claims"], "ExecutiveAction")]
    assert said == ["chile-foreign-ministry"]
    said = [c.get("said_by") for c in of(drafts["ministry_unnamed"]["claims"], "ExecutiveAction")]
    assert said == ["unnamed ministry"]


# -- 6. classes of proposed names -------------------------------------------------------------------------


def test_proposed_names_take_the_class_their_words_give(drafts):
    assert drafts["of_party"]["entities"]["marta-quispe"]["type"] == "Person"
    assert drafts["exclave"]["entities"]["kaliningrad"]["type"] not in ("Site", "Person", "Organisation")
    # the chamber a vote held in Peru is taken in is Peru's
    assert drafts["confidence"]["entities"]["national-assembly"].get("of") == "peru"
    # a chamber named in no vote keeps no state
    assert "of" not in drafts["asked_elections"]["entities"].get("national-assembly", {})
