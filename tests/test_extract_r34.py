"""Rule set 34, through the real ``kg extract`` command on small articles written for
these tests and read with the development set's registry (one run for all, a
module-scoped fixture). Each form is checked for what it drafts and for what it must
not (no invented participant, nothing from a look-alike sentence):

- offices: "X, the leader of the League" (the body after the title's 'of', where the
  words were read as a description of X), "X, who heads the Jewish Power party" and
  "the commander of the CAPSAT unit" (a name before a noun of its kind), a portfolio of
  two words ("National Security Minister", no body proposed for it), a commissioner's
  portfolio ("the EU's trade commissioner"), a national security adviser's state, "X's
  government, led by Y" (the state's head of government), a rank between a title and
  its comma and the name ("Its spokesman, Colonel X"), "The country's president, X" (the
  state the dateline gives; none when two states stand out), "At the United Nations,
  deputy spokesman X" (the body the sentence opens with, never an event);
- sanctions: a ban from entering or travelling to a territory (an entry ban, a sanction;
  from leaving, an exit ban still), "have imposed the same measures" (the targets of the
  sanction before), "listed X in its 18th sanctions package", no authority read from a
  misparsed list of clauses;
- a bar from standing for office: a Disqualification, neither a sanction nor a court's
  order; no bar from running elsewhere;
- appeals: "appealed against her conviction" with the ruling named in its own words,
  which the appeal's date does not date; "X was fined" (the passive's subject, a weekday
  no charge);
- meetings: "was due to meet" (planned; "ready to", "unable to" are none), "discussed the
  sanctions with X" where the parser hangs 'with' on the object.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases, listed, offices
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    "leader_of": "Matteo Salvini, the leader of the League, spoke on Monday.",
    "leader_of_party": "Bezalel Smotrich, the leader of the Religious Zionism party, spoke on Monday.",
    "leader_of_none": "Tor Ashby, the leader of the opposition, spoke on Monday.",
    "heads_party": "Itamar Ben-Gvir, who heads the Jewish Power party, spoke on Monday.",
    "heads_none": "Tor Ashby, who heads the Peruvian delegation, spoke on Monday.",
    "commander_unit": "Colonel Michael Randrianirina, the commander of the CAPSAT unit, spoke on Monday.",
    "government_led_by": "Poland's government, led by Donald Tusk, objected on Monday.",
    "rank_after_comma": "The Kenyan foreign ministry rejected the claim. Its spokesman, Colonel Tor Ashby, said so.",
    "country_s_title": "LIMA, March 3 (Staff) - Peru held talks with Chile. The country's president, Tor Ashby, "
                       "spoke on Monday.",
    "country_s_title_none": "Peru held talks with Chile. The country's president, Tor Ashby, spoke on Monday.",
    "fronted_body": "At the United Nations, deputy spokesman Farhan Haq described the court as a pillar of justice.",
    "fronted_event": "At the summit, spokesman Tor Ashby described the court as a pillar of justice.",
    "two_word_portfolio": "Britain imposed sanctions on Itamar Ben-Gvir, Israel's National Security Minister, "
                          "on Tuesday.",
    "commissioner": "The EU and Mercosur concluded a deal. Maros Sefcovic, the EU's trade commissioner, arrived "
                    "on Thursday.",
    "security_adviser": "National security adviser Jake Sullivan described the package as a step.",
    "senior_adviser": "Senior adviser Tor Ashby described the package as a step.",
    "entry_ban": "Norway and New Zealand have banned Itamar Ben-Gvir and Bezalel Smotrich from travelling to their "
                 "territory.",
    "exit_ban": "The justice ministry of Peru barred Tor Ashby from leaving the country.",
    "same_measures": "The United Kingdom froze the assets of Itamar Ben-Gvir and Bezalel Smotrich. Canada and "
                     "Australia have imposed the same measures.",
    "same_measures_none": "Chile adopted new measures on health. Peru adopted the same measures.",
    "listed_in_package": "The European Union listed Nayara Energy in its 18th sanctions package in July.",
    "listed_in_report": "The European Union listed Nayara Energy in its annual report in July.",
    "listed_clauses": "On 20 May the United Kingdom suspended talks with Israel, summoned Israel's ambassador, "
                      "Tzipi Hotovely, and sanctioned Daniella Weiss, a settler leader.",
    "barred_from_office": "A Paris criminal court barred Marine Le Pen from standing for public office on Monday.",
    "barred_running_away": "Police barred the protesters from running into the square.",
    "barred_leaving": "The court barred Tor Ashby from leaving the country.",
    "appeal_own_words": "Marine Le Pen appealed on Tuesday against her conviction for embezzlement.",
    "appeal_for_calm": "Marine Le Pen appealed on Tuesday for calm.",
    "fined_passive": "The National Rally was fined by the Paris criminal court on Monday.",
    "fined_prices": "Prices were fined down.",
    "due_to_meet": "Xi Jinping was due to meet Fumio Kishida on Thursday.",
    "ready_to_meet": "Xi Jinping is ready to meet Fumio Kishida.",
    "unable_to_meet": "Xi Jinping was unable to meet Fumio Kishida on Thursday.",
    "discussed_with": "Gideon Saar said he had discussed the sanctions with Benjamin Netanyahu.",
    "discussed_state": "Japan discussed its trade with China.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r34"), ARTICLES, "--entities", REGISTRY)
    return found


# -- offices -----------------------------------------------------------------------------------


def test_the_leader_of_a_named_body_holds_its_office_an_unnamed_body_none(drafts):
    assert offices(drafts["leader_of"]) == [("matteo-salvini", "league-italy", "head of organisation")]
    assert offices(drafts["leader_of_party"]) == [("bezalel-smotrich", "religious-zionism", "party leader")]
    assert offices(drafts["leader_of_none"]) == []


def test_a_name_before_a_noun_of_its_kind_is_the_body_led_or_commanded(drafts):
    assert offices(drafts["heads_party"]) == [("itamar-ben-gvir", "jewish-power", "party leader")]
    assert offices(drafts["heads_none"]) == []
    assert offices(drafts["commander_unit"]) == [("michael-randrianirina", "capsat", "military commander")]


def test_who_leads_a_government_heads_its_state_s_government_a_rank_after_the_comma_is_no_title(drafts):
    assert offices(drafts["government_led_by"]) == [("donald-tusk", "poland", "head of government")]
    assert offices(drafts["rank_after_comma"]) == [("tor-ashby", "kenyan-foreign-ministry", "spokesperson")]


def test_the_country_s_title_before_a_comma_and_a_body_the_sentence_opens_with(drafts):
    assert offices(drafts["country_s_title"]) == [("tor-ashby", "peru", "head of state")]
    assert offices(drafts["country_s_title_none"]) == []
    assert offices(drafts["fronted_body"]) == [("farhan-haq", "united-nations", "spokesperson")]
    assert offices(drafts["fronted_event"]) == []


def test_a_portfolio_of_two_words_is_a_minister_s_title_and_no_body(drafts):
    claims = drafts["two_word_portfolio"]
    assert offices(claims) == [("itamar-ben-gvir", "israel", "minister")]
    assert of(claims, "OrganisationCountry") == []
    assert all("national-security" not in listed(v) for c in claims for k, v in c.items() if k != "fact")


def test_a_commissioner_s_portfolio_and_a_national_security_adviser_s_state(drafts):
    assert offices(drafts["commissioner"]) == [("maros-sefcovic", "european-union", "commissioner")]
    assert offices(drafts["security_adviser"]) == [("jake-sullivan", "united-states", "adviser")]
    assert offices(drafts["senior_adviser"]) == []


# -- sanctions -------------------------------------------------------------------------------------


def test_a_ban_from_entering_is_a_sanction_a_ban_from_leaving_an_exit_ban(drafts):
    [ban] = of(drafts["entry_ban"], "Sanction")
    assert (sorted(ban["authority"]), ban["measure"]) == (["new-zealand", "norway"], "entry ban")
    assert set(listed(ban["target"])) <= {"itamar-ben-gvir", "bezalel-smotrich"}
    assert of(drafts["entry_ban"], "ExecutiveAction") == []
    assert of(drafts["exit_ban"], "Sanction") == []
    [exit_ban] = of(drafts["exit_ban"], "ExecutiveAction")
    assert exit_ban["actionType"] == "travel ban"


def test_the_same_measures_are_imposed_on_the_targets_of_the_sanction_before(drafts):
    same = [c for c in of(drafts["same_measures"], "Sanction") if "canada" in listed(c["authority"])]
    assert same and all(sorted(listed(c["authority"])) == ["australia", "canada"] for c in same)
    assert {t for c in same for t in listed(c["target"])} == {"itamar-ben-gvir", "bezalel-smotrich"}
    assert of(drafts["same_measures_none"], "Sanction") == []


def test_listed_in_a_package_of_sanctions_is_a_sanction_in_a_report_none(drafts):
    [listed] = of(drafts["listed_in_package"], "Sanction")
    assert (listed["authority"], listed["target"], str(listed["date"])) == ("european-union", "nayara-energy", "2030-07")
    assert of(drafts["listed_in_report"], "Sanction") == []


def test_no_authority_is_read_from_a_misparsed_list_of_clauses(drafts):
    # the parser hangs the first clause on 'summoned' and makes the ambassador its subject: the
    # sanction is the United Kingdom's, the list's subject, not the ambassador's
    [sanction] = of(drafts["listed_clauses"], "Sanction")
    assert (sanction["authority"], sanction["target"]) == ("united-kingdom", "daniella-weiss")


# -- a bar from office -------------------------------------------------------------------------------


def test_a_bar_from_standing_for_office_is_a_disqualification_not_a_sanction_nor_an_order(drafts):
    claims = drafts["barred_from_office"]
    [bar] = of(claims, "Disqualification")
    assert (bar["target"], bar["initiator"]) == ("marine-le-pen", "paris-criminal-court")
    assert of(claims, "Sanction") == [] and of(claims, "LegalAction") == []
    assert of(drafts["barred_running_away"], "Disqualification") == []
    assert of(drafts["barred_leaving"], "Disqualification") == []


# -- appeals -------------------------------------------------------------------------------------------


def test_an_appeal_against_a_ruling_named_in_its_own_words_points_to_it_undated(drafts):
    claims = drafts["appeal_own_words"]
    [appeal] = [c for c in of(claims, "LegalAction") if c["actionType"] == "appeal"]
    [ruling] = [c for c in of(claims, "LegalAction") if c["actionType"] == "conviction"]
    assert (appeal["initiator"], appeal["targetFact"]) == ("marine-le-pen", ruling["fact"])
    assert ruling["target"] == "marine-le-pen" and "date" not in ruling
    assert of(drafts["appeal_for_calm"], "LegalAction") == []


def test_the_subject_of_a_passive_fine_is_its_target_and_its_day_no_charge(drafts):
    [fine] = of(drafts["fined_passive"], "LegalAction")
    assert (fine["target"], fine["court"], fine["actionType"], str(fine["date"])) == (
        "national-rally", "paris-criminal-court", "fine", "2030-09-02")
    assert "charge" not in fine
    assert of(drafts["fined_prices"], "LegalAction") == []


# -- meetings ------------------------------------------------------------------------------------------


def test_due_to_meet_is_a_meeting_planned_ready_or_unable_to_meet_none(drafts):
    [meeting] = of(drafts["due_to_meet"], "Meeting")
    assert (sorted(meeting["participant"]), meeting["modality"]) == (["fumio-kishida", "xi-jinping"], "planned")
    assert of(drafts["ready_to_meet"], "Meeting") == []
    assert of(drafts["unable_to_meet"], "Meeting") == []


def test_discussed_with_a_person_where_with_hangs_on_the_object(drafts):
    [meeting] = of(drafts["discussed_with"], "Meeting")
    assert sorted(meeting["participant"]) == ["benjamin-netanyahu", "gideon-saar"]
    assert of(drafts["discussed_state"], "Meeting") == []
