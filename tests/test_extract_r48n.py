"""Rule set 48, part n: look-alikes of a referendum's answers, an expulsion's deadline and
a vessel boarded, through the real ``kg extract`` command on small invented articles (one
run for all, with a registry of invented states and ships), each beside the rule's own
case, which must still draft:

- a referendum's answers (facts/answers.py): "61 percent of voters said yes in a survey"
  (an opinion poll) and "In the 2016 vote, 58 percent said no" (another vote, told in
  passing) are no result of the referendum the article told before;
- an expulsion's deadline (facts/expulsions.py): "Tourists were told to go home by 12
  September" or "Journalists were ordered to leave the courtroom by ..." after an expulsion
  are no deadline of it; "They have been asked to leave" and "The two attachés were
  ordered to leave" are;
- a vessel boarded (facts/vessel_seizures.py): a navy boarding a ship "for a port visit"
  or "during the exercise" holds no vessel; the coast guard boarding a tanker does;
- a council's texts (facts/councils.py): "has vetoed several draft resolutions over the
  years" is a record, no one vote; "proposed an amendment to the tax law" in an article on
  a council's vote is a state's own law, no draft resolution; "proposed an amendment" to
  the council's text is one;
- an election of the article's state (facts/polls.py): "The works council election is
  scheduled for ..." is a body's; "A general election is scheduled for ..." is the state's;
- a rescue (facts/rescues.py): "has rescued more than 100,000 people since 2014" and "2,000
  people so far this year" are running totals, no one rescue; "rescued 40 people from the
  tanker X on Monday" is one.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: Invented states and ships.
REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: sea-lark, type: Asset, label: Sea Lark}
- {id: nordhavn, type: Asset, label: Nordhavn}
- {id: council-of-nations, type: InternationalOrganisation, label: Council of Nations}
"""

#: The sentence that tells the referendum the answers are counted for.
REFERENDUM = "Ostravians voted on Sunday in a referendum on a new constitution. "
#: The sentence that tells the expulsion a deadline may belong to.
EXPULSION = "Valdoria expelled two Ostravian diplomats on Monday. "
#: The sentence that tells a council's vote, which a sponsor may put a text to.
COUNCIL_VOTE = "The Council of Nations voted on a text on arms sales on Tuesday. "
#: A report that names Valdoria three times before its election (its one state).
VALDORIA = ("Valdoria's government fell on Monday. Valdoria has had four governments in two years. "
            "The opposition in Valdoria welcomed the fall. ")

ARTICLES = {
    # 1. a referendum's answers
    "answered": REFERENDUM + "A total of 1,204,311 voters, or 61.5 percent of those who took part, answered yes.",
    "survey": REFERENDUM + "Separately, 61 percent of voters said yes in a survey on the currency.",
    "poll_found": REFERENDUM + "A poll found that 55 percent of voters said no when asked about the army.",
    "past_vote": REFERENDUM + "In the 2016 vote, 58 percent of voters said no to the reform.",
    # 2. an expulsion's deadline
    "they_asked": EXPULSION + "They have been asked to leave Valdoria by 12 September.",
    "attaches_ordered": EXPULSION + "The two attachés were ordered to leave the country by 12 September.",
    "tourists_told": EXPULSION + "Tourists were told to go home by 12 September after the storm.",
    "journalists_ordered": EXPULSION + "Journalists were ordered to leave the courtroom by 5 pm on 9 September.",
    "residents_asked": EXPULSION + "The mayor asked residents to leave the valley by 12 September.",
    # 3. a vessel boarded
    "guard_boards": "The Valdorian coast guard boarded the tanker Sea Lark in the Gulf of Valdor on Monday.",
    "port_visit": "Valdoria's navy boarded the frigate Nordhavn for a port visit on Monday.",
    "ceremony": "Valdoria's navy boarded the training ship Nordhavn for a ceremony on Monday.",
    "exercise": "The Valdorian navy boarded the tanker Sea Lark during the exercise on Monday.",
    # 4. a council's texts
    "vetoed_one": "Ostravia on Tuesday vetoed a draft resolution in the Council of Nations.",
    "vetoed_several": "Ostravia has vetoed several draft resolutions in the Council of Nations over the years.",
    "amendment_to_text": COUNCIL_VOTE + "Before the vote, Ostravia and Valdoria proposed an amendment.",
    "amendment_to_law": COUNCIL_VOTE + "At home, Ostravia and Valdoria proposed an amendment to the tax law.",
    # 5. an election of the article's state
    "general_election": VALDORIA + "A general election is scheduled for 29 October.",
    "works_council": VALDORIA + "The works council election is scheduled for 29 October.",
    # 6. a rescue
    "rescued": "The Valdorian coast guard rescued 40 people from the tanker Sea Lark on Monday.",
    "rescued_since": "The Valdorian coast guard has rescued more than 100,000 people since 2014.",
    "rescued_so_far": "The Valdorian coast guard has rescued 2,000 people so far this year.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article (published 2030-09-03), all drafted
    in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r48n")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def _results(drafts, name: str) -> list:
    """The ``result`` of each Referendum claim drafted from ``name`` that counts answers, its
    options in words (a YAML 1.1 reader takes the drafts' bare yes and no for booleans)."""
    return [[{**r, "option": {True: "yes", False: "no"}.get(r["option"], r["option"])} for r in c["result"]]
            for c in of(drafts[name], "Referendum") if "result" in c]


def _deadlines(drafts, name: str) -> list:
    """The ``deadline`` of each DiplomaticExpulsion claim drafted from ``name``."""
    return [c["deadline"] for c in of(drafts[name], "DiplomaticExpulsion") if "deadline" in c]


# -- 1. a referendum's answers -------------------------------------------------------------------


def test_the_answers_counted_after_a_referendum_are_its_result(drafts):
    assert _results(drafts, "answered") == [[{"option": "yes", "votes": 1204311, "share": 61.5}]]


def test_an_opinion_poll_or_an_earlier_vote_is_no_result_of_the_referendum(drafts):
    for name in ("survey", "poll_found", "past_vote"):
        assert _results(drafts, name) == [], name
        # the referendum itself is still drafted from the sentence before
        assert of(drafts[name], "Referendum"), name


# -- 2. an expulsion's deadline ------------------------------------------------------------------


def test_the_expelled_told_to_leave_by_a_day_give_the_expulsion_its_deadline(drafts):
    assert _deadlines(drafts, "they_asked") == ["2030-09-12"]
    assert _deadlines(drafts, "attaches_ordered") == ["2030-09-12"]


def test_others_told_to_leave_by_a_day_give_no_deadline(drafts):
    for name in ("tourists_told", "journalists_ordered", "residents_asked"):
        assert _deadlines(drafts, name) == [], name
        # the expulsion told before is still drafted
        assert [c.get("initiator") for c in of(drafts[name], "DiplomaticExpulsion")] == ["valdoria"], name


# -- 3. a vessel boarded -------------------------------------------------------------------------


def test_a_coast_guard_boarding_a_tanker_holds_it(drafts):
    assert [c.get("seized") for c in of(drafts["guard_boards"], "Seizure")] == ["sea-lark"]


def test_a_navy_boarding_a_ship_for_a_visit_a_ceremony_or_an_exercise_holds_nothing(drafts):
    for name in ("port_visit", "ceremony", "exercise"):
        assert of(drafts[name], "Seizure") == [], name


# -- 4. a council's texts ------------------------------------------------------------------------


def _votes(drafts, name: str) -> list[tuple]:
    """(votingBody, vetoedBy) of each Vote drafted from ``name`` that tells a veto."""
    return [(c.get("votingBody"), c.get("vetoedBy")) for c in of(drafts[name], "Vote") if "vetoedBy" in c]


def test_a_veto_of_one_draft_is_a_vote_vetoed_and_a_record_of_several_is_none(drafts):
    assert _votes(drafts, "vetoed_one") == [("council-of-nations", "ostravia")]
    assert _votes(drafts, "vetoed_several") == []


def test_an_amendment_to_a_law_has_no_sponsor_of_a_council_text(drafts):
    assert [sorted(c["sponsor"]) for c in of(drafts["amendment_to_text"], "DraftResolution")] == [
        ["ostravia", "valdoria"]]
    assert of(drafts["amendment_to_law"], "DraftResolution") == []


# -- 5. an election of the article's state -------------------------------------------------------


def test_a_works_council_election_is_no_election_of_the_state(drafts):
    assert [(c.get("heldIn"), c.get("date")) for c in of(drafts["general_election"], "Election")] == [
        ("valdoria", "2030-10-29")]
    assert of(drafts["works_council"], "Election") == []


# -- 6. a rescue ---------------------------------------------------------------------------------


def test_a_running_total_of_people_rescued_is_no_rescue(drafts):
    assert [(c.get("traveller"), c.get("carrier"), c.get("date")) for c in of(drafts["rescued"], "Rescue")] == [
        ("40 unnamed people", {"actor": "unnamed coast guard", "of": "valdoria"}, "2030-09-02")]
    for name in ("rescued_since", "rescued_so_far"):
        assert of(drafts[name], "Rescue") == [], name
