"""Rule set 46, part d: what a new user's drafts of three unseen articles (a referendum
wire story, a parliament's press release on a cabinet reshuffle, a web page on people
fleeing strikes) drafted wrongly or left out, through the real ``kg extract`` command on
small articles written for these tests (one run for all, a module-scoped fixture), each
with look-alikes that must draft nothing:

- "dismissed the referendum as a sham", "rejected the election as rigged", "denied the
  vote was fair": a rejection or a label of a fact that happened, never its denial; a
  denial of a charge ("dismissed the accusation that X attacked Y") still denies it;
- "has not said whether he will run": a Statement of negative polarity, asserted;
- "was killed in a Chadian strike": one Attack with the victim and the perpetrator;
- "a career diplomat who served as ambassador from 2016": the occupation is not dated;
- "accepted the resignation of Foreign Minister X", "dismissed Minister X ... at their own
  request": the Resignation accepted (its stage dated), the office ended, no Rejection;
  "voted to dismiss Minister X": that office ended;
- a press release's bulleted list of appointments ("Parliament also appointed:" then
  "- X as Minister of ...;"): each person's PositionHeld appointed by the legislature;
- "X's resignation was supported by 240 members, with one voting against and 45
  abstaining", "backed by 258 lawmakers": the legislature's Vote with its counts, on the
  fact voted on;
- a referendum's figures: "approved ... by 61.5 percent", "Turnout stood at 58.2 percent"
  (a sentence of its own, with its speaker), a partial count with what part it is of.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # 1. rejected or labelled, not denied
    "sham": ("Chile held a referendum on a new constitution on Sunday. The opposition leader Marta Kowalczyk "
             "dismissed the referendum as a sham."),
    "rigged": "Bolivia held a presidential election on Sunday. Peru rejected the election as rigged.",
    "unfair": "Bolivia held a presidential election on Sunday. Peru denied that the election was fair.",
    "charge_denied": "Peru dismissed the accusation that Chile attacked Bolivia.",
    # 2. a saying not made
    "not_said": ("General Anton Berger seized power in Chad in 2029. Berger will be free to run for president, "
                 "although he has not said whether he will."),
    "said": "General Anton Berger seized power in Chad in 2029. Berger said he will run for president.",
    # 3. a killing and the strike that did it
    "killed_in_strike": "The rebel commander Anton Berger was killed in a Chadian strike in Khartoum on May 3.",
    "strike_then_killing": ("A Chadian strike hit Khartoum on May 3. The rebel commander Anton Berger was killed "
                            "in Omdurman on May 4."),
    # 4. an occupation beside a dated post
    "diplomat": ("Marta Kowalczyk is a career diplomat who served as Ambassador of Poland to Chile from 2016 to "
                 "2019."),
}

RELEASES = {
    # 5. resignations accepted, dismissals, 6. a bulleted list, 7. the tallies
    "reshuffle": ("Knesset Press Office",
                  "JERUSALEM, 5 March 2031 - Israel's parliament, the Knesset, today accepted the resignation of Foreign Minister Anton "
                  "Berger and appointed Marta Kowalczyk as Minister of Foreign Affairs. Berger's resignation was "
                  "supported by 70 members of the Knesset, with one voting against and 12 abstaining. Kowalczyk's "
                  "appointment was backed by 81 lawmakers.\n\n"
                  "The Knesset also appointed:\n"
                  "- Dana Livnat as Minister of Justice;\n"
                  "- Yoram Shaked, until now head of the state water company, as Minister of Energy.\n\n"
                  "On 4 March the Knesset dismissed Minister of Defence David Cohen and Minister of Health "
                  "Sarah Levy, at their own request.\n"),
    "removal": ("Knesset Press Office",
                "JERUSALEM, 5 March 2031 - Israel's Knesset voted to dismiss Minister of Tourism David Cohen on "
                "Tuesday.\n"),
    "reshuffle_lookalikes": ("Knesset Press Office",
                             "JERUSALEM, 5 March 2031 - The Knesset dismissed the accusations as lies. Israel's "
                             "Knesset dismissed Minister Anton Berger's remarks. The proposal "
                             "was supported by 70 companies. The Knesset rejected the resignation of Foreign Minister "
                             "Anton Berger.\n\n"
                             "The Knesset also debated:\n"
                             "- Dana Livnat as a candidate for Minister of Justice;\n"
                             "- the budget.\n"),
    # 8. a referendum's figures
    "referendum": ("Electoral Commission of Chile",
                   "SANTIAGO, 5 March 2031 - Voters in Chile approved a new constitution by 61.5 percent in "
                   "Sunday's referendum, the commission said.\n\n"
                   "Turnout stood at 58.2 percent, Marta Kowalczyk told reporters.\n\n"
                   "On Monday the commission's head, Carlos Rojas, had given partial results from more than 70 "
                   "percent of polling stations, with 63.1 percent of votes in favour and a turnout of 55.9 percent.\n"),
    "figures_lookalikes": ("Ministry of Economy of Chile",
                           "SANTIAGO, 5 March 2031 - Turnout stood at 58.2 percent at the trade fair, the "
                           "ministry said. Exports approved by the ministry rose by 4 percent.\n"),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r46d"), ARTICLES, RELEASES, "2031-03-05")


# -- 1. rejected or labelled, not denied ------------------------------------------------------


@pytest.mark.parametrize("name, kind", [("sham", "Referendum"), ("rigged", "Election"), ("unfair", "Election")])
def test_a_fact_called_a_sham_or_rejected_is_not_denied(drafts, name, kind):
    found = of(drafts[name]["claims"], kind)
    assert found and all(c.get("modality") != "denied" for c in found), found


def test_a_rejection_of_a_charge_still_denies_what_it_charges(drafts):
    [attack] = of(drafts["charge_denied"]["claims"], "Attack")
    assert (attack["perpetrator"], attack["target"], attack["modality"], attack["said_by"]) == (
        "chile", "bolivia", "denied", "peru")


# -- 2. a saying not made ---------------------------------------------------------------------


def test_a_saying_not_made_is_a_negative_statement_the_writer_asserts(drafts):
    [st] = of(drafts["not_said"]["claims"], "Statement")
    assert (st["speaker"], st["polarity"], st.get("modality"), st.get("said_by")) == (
        "anton-berger", "negative", None, None)
    assert st["subject"].startswith("whether he will")


def test_a_saying_made_stays_positive(drafts):
    [st] = of(drafts["said"]["claims"], "Statement")
    assert "polarity" not in st and st["said_by"] == "anton-berger"


# -- 3. a killing and the strike that did it ---------------------------------------------------


def test_a_killing_in_a_strike_is_one_attack(drafts):
    [attack] = of(drafts["killed_in_strike"]["claims"], "Attack")
    assert (attack["target"], attack["perpetrator"], attack["date"]) == ("anton-berger", "chad", "2030-05-03")


def test_a_strike_and_a_killing_told_apart_stay_two(drafts):
    attacks = of(drafts["strike_then_killing"]["claims"], "Attack")
    assert sorted(a["date"] for a in attacks) == ["2030-05-03", "2030-05-04"]
    assert [a.get("perpetrator") for a in attacks if a["date"] == "2030-05-04"] == [None]


# -- 4. an occupation beside a dated post --------------------------------------------------------


def test_an_occupation_takes_no_date_from_the_post_its_clause_tells(drafts):
    [job] = of(drafts["diplomat"]["claims"], "Occupation")
    assert job["occupation"] == "career diplomat" and "date" not in job and "2016" not in job["quote"]


# -- 5. resignations accepted, dismissals ---------------------------------------------------------


def test_a_resignation_accepted_is_dated_and_ends_the_office(drafts):
    claims = drafts["reshuffle"]["claims"]
    resigned = {c["resigning"]: c for c in of(claims, "Resignation")}
    # the Knesset accepts it: the party of that stage (rule set 50, part c)
    assert resigned["anton-berger"]["stage"] == {"status": "accepted", "date": "2031-03-05", "party": "knesset"}
    [post] = [c for c in of(claims, "PositionHeld") if c["holder"] == "anton-berger"]
    assert (post["title"], post["status"], post["endDate"]) == ("Foreign Minister", "ended", "2031-03-05")


def test_ministers_dismissed_at_their_own_request_resigned_and_none_is_a_rejection(drafts):
    claims = drafts["reshuffle"]["claims"]
    resigned = {c["resigning"]: c for c in of(claims, "Resignation")}
    for who in ("david-cohen", "sarah-levy"):
        assert resigned[who]["stage"] == {"status": "accepted", "date": "2031-03-04"}
    assert not of(claims, "Rejection") and not of(claims, "ExecutiveAction")


def test_a_vote_to_dismiss_a_minister_ends_the_office_the_title_gives(drafts):
    claims = drafts["removal"]["claims"]
    [post] = [c for c in of(claims, "PositionHeld") if c["holder"] == "david-cohen"]
    assert (post["title"], post["status"], post["endDate"]) == ("Minister of Tourism", "ended", "2031-03-04")
    assert not of(claims, "Rejection") and not of(claims, "Resignation")


def test_a_charge_dismissed_and_a_resignation_rejected_are_no_departure(drafts):
    claims = drafts["reshuffle_lookalikes"]["claims"]
    assert not of(claims, "Resignation") and not of(claims, "ExecutiveAction")
    assert all(c.get("status") != "ended" for c in of(claims, "PositionHeld"))


# -- 6. a bulleted list of appointments -------------------------------------------------------------


def test_each_line_of_a_list_of_appointments_is_a_post_the_legislature_gave(drafts):
    d = drafts["reshuffle"]
    posts = {c["holder"]: c for c in of(d["claims"], "PositionHeld") if c.get("appointedBy") == "knesset"}
    assert (posts["dana-livnat"]["title"], posts["dana-livnat"]["positionOf"]) == ("Minister of Justice", "israel")
    assert posts["yoram-shaked"]["title"] == "Minister of Energy"
    assert posts["yoram-shaked"]["quote"].startswith("Yoram Shaked, until now head")
    assert d["entities"]["dana-livnat"]["type"] == "Person"


def test_a_list_after_another_verb_gives_no_post(drafts):
    d = drafts["reshuffle_lookalikes"]
    assert not [c for c in of(d["claims"], "PositionHeld") if c["holder"] == "dana-livnat"]


# -- 7. the tallies of members' votes --------------------------------------------------------------


def test_members_votes_are_the_legislatures_vote_on_the_fact_voted_on(drafts):
    claims = drafts["reshuffle"]["claims"]
    votes = {c.get("votesFor"): c for c in of(claims, "Vote")}
    [resignation] = [c for c in of(claims, "Resignation") if c["resigning"] == "anton-berger"]
    assert (votes[70]["votingBody"], votes[70]["votesAgainst"], votes[70]["abstentions"], votes[70]["votedOn"]) == (
        "knesset", 1, 12, resignation["fact"])
    [post] = [c for c in of(claims, "PositionHeld") if c["holder"] == "marta-kowalczyk"]
    assert (votes[81]["votingBody"], votes[81]["votedOn"]) == ("knesset", post["fact"])
    assert "votesAgainst" not in votes[81]


def test_a_proposal_supported_by_companies_is_no_vote(drafts):
    assert not of(drafts["reshuffle_lookalikes"]["claims"], "Vote")


# -- 8. a referendum's figures ----------------------------------------------------------------------


def test_a_referendums_result_turnout_and_partial_count_each_with_its_speaker(drafts):
    claims = of(drafts["referendum"]["claims"], "Referendum")
    assert {c["fact"] for c in claims} == {claims[0]["fact"]} and all(c["heldIn"] == "chile" for c in claims)
    results = [c for c in claims if "result" in c]
    # (a YAML 1.1 reader reads the option 'yes' as true)
    assert [[(r["option"] in ("yes", True), r["share"]) for r in c["result"]] for c in results] == [
        [(True, 61.5)], [(True, 63.1)]]
    turnout = {c["share"]: c for c in claims if "share" in c}
    assert turnout[58.2]["shareOf"] == "registered voters who voted (turnout)"
    assert turnout[58.2]["said_by"] == "marta-kowalczyk"
    assert turnout[55.9]["shareOf"] == ("registered voters who voted (turnout) at more than 70 percent of polling "
                                        "stations")
    assert turnout[55.9]["said_by"] == "carlos-rojas" and "date" not in turnout[55.9]


def test_figures_of_no_referendum_are_no_referendum(drafts):
    assert not of(drafts["figures_lookalikes"]["claims"], "Referendum")
