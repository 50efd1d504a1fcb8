"""Rule set 48, part d: a council's votes on texts, resolutions extending a mandate, a
referendum's answers counted, a missile striking a merchant ship, and envoys expelled
or recalled as a press release names them, through the real ``kg extract`` command on
small invented articles (one run for all, with a registry of invented states, bodies and
people), each rule beside look-alikes that must draft nothing (or nothing more):

- votes: a draft vetoed in a council ("Ostravia vetoed a draft resolution in the Council
  of Nations": ``vetoedBy``, not an appeal of the draft), the tally the text received on
  that vote, an amendment's own vote with its counts, votes needed and outcome, the
  sponsors of a text put forward, tallies in words and with three counts ("voted six to
  three", "voted 13-1-1"), one unanimous vote told twice as one fact; a president's veto
  of a bill, a candidate's votes, an amendment to a law and a range of percentages draft
  none of these;
- resolutions: a council extending a mandate to a date, dated by its vote; a state
  extending its envoy's mandate is no resolution; a resolution's request ("asks X to draw
  up, in consultation with the government, a plan by 31 December") drafts no appeal by an
  unnamed body and no meeting, while consultations held with someone remain a meeting;
- a referendum's answers counted in voters and shares, on the referendum told before; a
  survey's answers are none;
- a missile fired by a named group striking a named ship, with the dead the clause counts;
  a warehouse struck is no attack on a ship;
- statements: a named state's assessment reported by its adviser is about what it
  assesses ("Valdoria assesses that Ostravia is building ..."), not about the state;
  "he did not think" keeps no one as what it is about;
- expulsions: the persons a list names after "the following three diplomats:", the day
  'today' gives and the leave-by date of the next sentence; a list that does not count as
  the sentence says names no one; leaving a room by a date is no expulsion; the holder of
  the title recalled ("withdraw the High Commissioner").
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The registry the articles are drafted with: invented states, bodies and people.
REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: norland, type: State, label: Norland}
- {id: council-of-nations, type: InternationalOrganisation, label: Council of Nations}
- {id: supreme-court-of-valdoria, type: Court, label: Supreme Court of Valdoria, of: valdoria}
- {id: harbour-front, type: Group, label: Harbour Front, aliases: [the Harbour Front]}
- {id: tor-ashby, type: Person, label: Tor Ashby}
- {id: lina-varo, type: Person, label: Lina Varo}
- {id: anton-berger, type: Person, label: Anton Berger}
- {id: ines-moro, type: Person, label: Ines Moro}
"""

LIST = ("- Mr. Tor Ashby, First Secretary\n- Ms. Lina Varo, Counsellor\n- Mr. Anton Berger, Attache")

ARTICLES = {
    # 1. votes on texts put to a council
    "veto": ("Ostravia on Tuesday vetoed a draft resolution in the Council of Nations that would have called on all "
             "states to cut arms sales to Norland."),
    "president_veto": "President Lina Varo of Valdoria vetoed the budget bill on Tuesday, saying it was too costly.",
    "tally": ("Ostravia on Tuesday vetoed a draft resolution in the Council of Nations. The text, put forward by "
              "Valdoria and Norland, received 12 votes in favour in the 15-member council."),
    "amendment": ("The Council of Nations voted on a text on arms sales on Tuesday. Before the vote, Ostravia and "
                  "Norland proposed an amendment. The amendment received six votes in favour and eight against, with "
                  "one abstention, and failed because it did not reach the nine votes required."),
    "candidate_votes": "The Council of Nations elected a new chair on Tuesday. Tor Ashby received 12 votes in favour.",
    "law_amendment": "The government of Valdoria proposed an amendment to the tax law on Tuesday.",
    "words_tally": "The nine judges of the Supreme Court of Valdoria voted six to three on Friday to remove the minister.",
    "dash_tally": "The Council of Nations voted 13-1-1 on Friday to adopt the text on arms sales.",
    "percent_range": "The Council of Nations voted on Friday to cut the budget by 10 to 15 percent.",
    "unanimous": ("The Council of Nations on Friday voted unanimously to close its mission in Valdoria. All 15 members "
                  "of the council voted for resolution 2801."),
    # 2. resolutions
    "mandate": ("The Council of Nations on Friday voted unanimously to wind down its mission in Valdoria, extending "
                "its mandate for 12 months, until 30 June 2031."),
    "state_extends": "Ostravia on Friday extended the mandate of its envoy to Valdoria until 30 June 2031.",
    "request": ("The Council of Nations on Friday voted for resolution 2801. The resolution asks Secretary-General "
                "Ines Moro to draw up, in consultation with the government of Valdoria, a plan by 31 December 2030."),
    "consultations": "Tor Ashby held consultations with Lina Varo in Valdoria on Monday.",
    # 3. a referendum's answers
    "referendum": ("Ostravians voted on Sunday in a referendum on a new constitution. A total of 1,204,311 voters, or "
                   "61.5 percent of those who took part, answered yes to the question. A total of 741,002 voters, or "
                   "37.8 percent, answered no."),
    "survey": "A total of 1,204,311 people answered yes to the survey question on Sunday.",
    # 4. a ship struck
    "ship": ("Two crew members of the bulk carrier Ocean Lark were killed on Monday when an anti-ship missile fired "
             "by the Harbour Front struck the ship in the Gulf of Valdor."),
    "warehouse": "A missile fired by the Harbour Front struck a warehouse in Valdoria on Monday.",
    # 5. statements
    "assesses": ("National security adviser Tor Ashby said in a statement that Valdoria assesses that Ostravia is "
                 "building a new satellite."),
    "he_thinks": "Tor Ashby told reporters on Sunday that he did not think Ostravia should be rewarded.",
    # 6. expulsions and recalls
    "listed": ("Later today, the Government of Valdoria decided to expel the following three Ostravian diplomats:\n"
               f"{LIST}\n\nThey have been asked to leave Valdoria by 7 September 2030."),
    "listed_miscount": ("The Government of Valdoria today decided to expel the following four Ostravian diplomats:\n"
                        f"{LIST}"),
    "leave_room": "The chairman asked the guests to leave the room by 7 September 2030.",
    "titled": ("Valdoria's High Commissioner to Ostravia, Tor Ashby, was named in the inquiry on Monday. The "
               "Government of Valdoria has therefore decided to withdraw the High Commissioner from Ostravia."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article (published 2030-09-03, a Tuesday), all
    drafted in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r48d")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def _keys(claim: dict, *keys: str) -> tuple:
    return tuple(claim.get(k) for k in keys)


# -- 1. votes on texts put to a council -----------------------------------------------------------


def test_a_draft_vetoed_in_a_council_is_a_vote_vetoed_by_the_state_and_no_appeal(drafts):
    votes = of(drafts["veto"], "Vote")
    assert [_keys(c, "votingBody", "vetoedBy", "outcome", "date") for c in votes] == [
        ("council-of-nations", "ostravia", "vetoed", "2030-09-03")]
    assert of(drafts["veto"], "Appeal") == []  # what the draft would have called for was never asked of anyone
    # a president vetoing a bill is a stage of the law, no council's vote
    assert of(drafts["president_veto"], "Vote") == []


def test_the_tally_a_vetoed_text_received_is_a_claim_on_the_veto_and_its_sponsors_a_draft(drafts):
    votes = of(drafts["tally"], "Vote")
    assert len(votes) == 2 and len({c["fact"] for c in votes}) == 1
    assert votes[1]["votesFor"] == 12 and "vetoedBy" in votes[0]
    assert [c["sponsor"] for c in of(drafts["tally"], "DraftResolution")] == [["valdoria", "norland"]]


def test_an_amendment_has_its_own_vote_with_its_counts_and_outcome(drafts):
    votes = of(drafts["amendment"], "Vote")
    tallied = [c for c in votes if "votesFor" in c]
    assert [_keys(c, "votingBody", "votesFor", "votesAgainst", "abstentions", "votesNeeded", "outcome")
            for c in tallied] == [("council-of-nations", 6, 8, 1, 9, "rejected")]
    assert len({c["fact"] for c in votes}) == 2  # the vote on the text and the amendment's own
    assert [c["sponsor"] for c in of(drafts["amendment"], "DraftResolution")] == [["ostravia", "norland"]]
    # a person's votes are an election's; a government's amendment to its law is no text of a council
    assert [c for c in of(drafts["candidate_votes"], "Vote") if c.get("votesFor")] == []
    assert of(drafts["law_amendment"], "DraftResolution") == []


def test_tallies_in_words_and_with_three_counts(drafts):
    assert [_keys(c, "votingBody", "votesFor", "votesAgainst") for c in of(drafts["words_tally"], "Vote")] == [
        ("supreme-court-of-valdoria", 6, 3)]
    assert {_keys(c, "votesFor", "votesAgainst", "abstentions") for c in of(drafts["dash_tally"], "Vote")} == {(13, 1, 1)}
    # a range of percentages after 'by' is no tally
    assert [c for c in of(drafts["percent_range"], "Vote") if "votesFor" in c] == []


def test_one_unanimous_vote_told_twice_is_one_fact(drafts):
    votes = of(drafts["unanimous"], "Vote")
    assert len(votes) == 2 and len({c["fact"] for c in votes}) == 1


# -- 2. resolutions -------------------------------------------------------------------------------


def test_a_council_extending_a_mandate_adopts_a_resolution_to_the_date(drafts):
    assert [_keys(c, "adoptedBy", "extendedTo", "extendedBy", "date") for c in of(drafts["mandate"], "Resolution")] == [
        ("council-of-nations", "2031-06-30", "12 months", "2030-08-30")]
    assert of(drafts["state_extends"], "Resolution") == []  # a state's envoy: no council's resolution


def test_a_resolutions_request_is_no_appeal_by_an_unnamed_body_nor_a_meeting(drafts):
    assert of(drafts["request"], "Appeal") == [] and of(drafts["request"], "Meeting") == []
    # consultations held with someone are a meeting
    assert [c["participant"] for c in of(drafts["consultations"], "Meeting")] == [["tor-ashby", "lina-varo"]]


# -- 3. a referendum's answers ----------------------------------------------------------------------


def test_a_referendums_answers_counted_are_its_results(drafts):
    claims = of(drafts["referendum"], "Referendum")
    assert len({c["fact"] for c in claims}) == 1
    # (the test's YAML 1.1 loader reads a bare yes/no as a boolean; the project's reader, YAML 1.2, as words)
    results = [[{**r, "option": {True: "yes", False: "no"}.get(r["option"], r["option"])} for r in c["result"]]
               for c in claims if "result" in c]
    assert results == [[{"option": "yes", "votes": 1204311, "share": 61.5}],
                       [{"option": "no", "votes": 741002, "share": 37.8}]]
    assert drafts["survey"] == []  # no referendum told: a survey's answers are none


# -- 4. a ship struck -------------------------------------------------------------------------------


def test_a_missile_fired_by_a_group_striking_a_ship(drafts):
    attacks = of(drafts["ship"], "Attack")
    assert [_keys(c, "perpetrator", "target", "place", "weapon", "killed", "date") for c in attacks] == [
        ("harbour-front", "ocean-lark", "gulf-of-valdor", "anti-ship missile", 2, "2030-09-02")]
    assert of(drafts["warehouse"], "Attack") == []


# -- 5. statements ----------------------------------------------------------------------------------


def test_a_states_assessment_is_about_what_it_assesses(drafts):
    assert [c.get("about") for c in of(drafts["assesses"], "Statement")] == ["ostravia"]
    assert [c.get("about") for c in of(drafts["he_thinks"], "Statement")] == [None]


# -- 6. expulsions and recalls ----------------------------------------------------------------------


def test_the_diplomats_listed_after_the_colon_are_the_targets_with_today_and_the_leave_by_date(drafts):
    claims = of(drafts["listed"], "DiplomaticExpulsion")
    assert len({c["fact"] for c in claims}) == 1
    assert [_keys(c, "initiator", "target", "date") for c in claims if "target" in c] == [
        ("valdoria", ["tor-ashby", "lina-varo", "anton-berger"], "2030-09-03")]
    assert [c["deadline"] for c in claims if "deadline" in c] == ["2030-09-07"]
    assert [c.get("modality") for c in claims if "deadline" in c] == [None]  # the order to leave, no request
    # four announced, three listed: the list is not read
    assert [c["target"] for c in of(drafts["listed_miscount"], "DiplomaticExpulsion")] == [
        {"actor": "unnamed following diplomats", "for": "ostravia"}]
    assert drafts["leave_room"] == []


def test_the_title_recalled_is_its_holder_named_before(drafts):
    assert [_keys(c, "initiator", "recalled") for c in of(drafts["titled"], "EnvoyRecall")] == [
        ("valdoria", "tor-ashby")]
