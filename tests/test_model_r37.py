"""What a newcomer could not write, or was misled about, for the G7 summit in Apulia of June
2024 and its communique (tests/data/newcomer-summit-communique), and what the canned
queries answered wrongly for it, each fixed for its kind (summits and their guests,
communiques and what they omit, loans and what repays them, reactions of foreign
ministries, in news in general): those named among unnamed attendees or participants; a
session dated by its summit; a loan's description, what services it and a key still to be
settled; a communique's speakers beside those who report on it; a set of named states
written once; words said at an organisation's seat; grounds beside a statement's speaker;
training as support; a threat whose act is left open.

The re-counted claims (tests/data/newcomer-summit-communique-recount) and the first pass are
each built once for the module by the real ``kg build``; the queries run on them in this
process. The wrong claims are added together to a copy of the re-counted claims, and one
``kg ingest --dry-run`` must refuse each with its own message.
"""

from __future__ import annotations

import pytest
from casefiles import built_with_claims, newcomer_stores, refused_each_on_its_line, with_claims
from conftest import ROOT, by_fact, kg_cli, query_rows, sparql_rows

FIRST = ROOT / "tests" / "data" / "newcomer-summit-communique"
RECOUNT = ROOT / "tests" / "data" / "newcomer-summit-communique-recount"
CLAIMS = "claims/000_ea5ed6b5a5eedfab.yaml"
SUMMIT = "meeting-g7-summit-apulia-2024"
SESSION = "meeting-g7-summit-apulia-2024-session-ukraine"
COMMUNIQUE = "statement-g7-apulia-communique-2024"
OMISSION = "statement-g7-apulia-communique-abortion-reference-2024"
LOAN = "loan-g7-ukraine-era-2024"
FREEZE = "sanction-g7-russia-sovereign-assets-immobilised"
SEVEN = "Canada, France, Germany, Italy, Japan, United Kingdom, United States"
QUOTE = ('quote: "A U.S. official said the details of the loan, including which lenders would take part, '
         'would be settled in the coming months."')
SESSION_QUOTE = 'quote: "Ukrainian President Volodymyr Zelenskiy attended the session on Ukraine."'


first, store = newcomer_stores(FIRST, RECOUNT)

#: Added to the re-counted claims for :func:`extended`: the session given a date of its own
#: and a participant named among unnamed ones; words of the Pope's statement attributed to
#: him by a claim that names no speaker.
EXTRA = [("{id: x-among, fact: " + SESSION + ", type: Meeting, participant: {actor: unnamed leaders, "
          "among: [Giorgia Meloni]}, date: 2024-06-13, " + SESSION_QUOTE + "}"),
         ("{id: x-pope, fact: statement-pope-francis-g7-artificial-intelligence-2024-06-14, type: Statement, "
          "said_by: Pope Francis, modality: reported, description: on artificial intelligence, "
          'quote: "speaking on artificial intelligence on Friday"}')]


@pytest.fixture(scope="module")
def extended(tmp_path_factory):
    """The re-counted claims with :data:`EXTRA`, built once; tests must not modify it."""
    return built_with_claims(RECOUNT, CLAIMS, tmp_path_factory.mktemp("extended"), EXTRA)


#: Claims each refused for its own reason, added together to the re-counted claims: the
#: words of the message that must be printed on the claim's line.
WRONG = {
    "a word that is no key": ("{id: x0, fact: " + LOAN + ", type: Loan, toBeDecided: lenders, " + QUOTE + "}",
                              "toBeDecided: expected the name of a key of a Loan that is still to be settled"),
    "a key of another kind": ("{id: x1, fact: " + LOAN + ", type: Loan, toBeDecided: visitor, " + QUOTE + "}",
                              "got 'visitor'"),
    "a guest of a loan": ("{id: x2, fact: " + LOAN + ", type: Loan, guest: Narendra Modi, " + QUOTE + "}",
                          "key 'guest' does not apply to a Loan: its domain is Ceremony or Gathering"),
    "what repays a grant": ("{id: x3, fact: support-united-states-ukraine-training-2024, type: Support, repaidFrom: "
                            + LOAN + ", " + QUOTE + "}",
                            "key 'repaidFrom' does not apply to a Support: its domain is DebtRestructuring or Loan"),
    "an unstated act of no threat": ("{id: x4, fact: statement-x, type: Statement, speaker: Vladimir Putin, "
                                     "actionUnstated: true, " + QUOTE + "}",
                                     "key 'actionUnstated' does not apply to a Statement: its domain is Threat"),
    "an unstated act in words": ("{id: x5, fact: threat-putin-asset-freeze-2024-06-14, type: Threat, "
                                 "actionUnstated: perhaps, " + QUOTE + "}",
                                 "actionUnstated: expected true or false, got 'perhaps'"),
    "a kind of support not in the list": ("{id: x6, fact: support-united-states-ukraine-training-2024, type: Support, "
                                          "supportKind: drills, " + QUOTE + "}",
                                          "use one of: diplomatic, economic, humanitarian, military, political, training"),
    "said at a person": ("{id: x7, fact: characterisation-x, type: Characterisation, characterised: " + LOAN
                         + ", category: theft, said_by: Vladimir Putin, said_at: Joe Biden, modality: reported, " + QUOTE + "}",
                         "said_at: 'Joe Biden' is a Person, but said_at takes a Place or a State or an Organisation"),
    "grounds with no one to say them": ("{id: x8, fact: " + LOAN + ", type: Loan, grounds: the details are open, " + QUOTE + "}",
                                        "grounds: where or why a speaker said it needs the speaker (said_by), or on a "
                                        "Statement its speaker"),
    "said at an organisation by no one": ("{id: x9, fact: " + LOAN + ", type: Loan, said_at: Russian Foreign Ministry, "
                                          + QUOTE + "}",
                                          "said_at: where a speaker said it needs the speaker (said_by)"),
}


# -- 1. the queries -------------------------------------------------------------------------------------

def test_guests_named_among_unnamed_ones_are_shown_and_found_as_attendees_not_participants(store, first):
    summit = by_fact(query_rows(store, "meetings"))[SUMMIT]
    assert summit["attendees"] == ("guest: unnamed invited guests, "
                                   "guest: Luiz Inacio Lula da Silva (among unnamed invited guests), "
                                   "guest: Narendra Modi (among unnamed invited guests), "
                                   "guest: Recep Tayyip Erdogan (among unnamed invited guests), "
                                   "guest: William Ruto (among unnamed invited guests)")
    # Guests are no members: the participants are the seven only.
    assert summit["participants"] == SEVEN
    assert [r["fact"] for r in query_rows(store, "meetings", attendee="Narendra Modi")] == [SUMMIT]
    # 'person' finds those who took part, as documented (round 7: an attendee gives no row).
    assert query_rows(store, "meetings", person="Narendra Modi") == []
    # The first pass wrote them as attendees among unnamed ones: named in the cell, found too.
    old = by_fact(query_rows(first, "meetings"))[SUMMIT]
    assert "Narendra Modi (among unnamed invited guests)" in old["attendees"].split(", ")
    assert [r["fact"] for r in query_rows(first, "meetings", attendee="William Ruto")] == [SUMMIT]
    assert query_rows(first, "meetings", attendee="Volodymyr Zelenskiy")[0]["fact"] == SESSION


def test_a_session_is_dated_by_its_summit_and_a_participant_among_unnamed_ones_is_found(store, extended):
    rows = by_fact(query_rows(store, "meetings"))
    assert rows[SUMMIT]["date"] == "2024-06-13/2024-06-15"
    assert rows[SESSION]["date"] == f"2024-06-13/2024-06-15 (part of {SUMMIT})"
    built = extended
    session = by_fact(query_rows(built, "meetings"))[SESSION]
    # A session with a date of its own keeps it.
    assert session["date"] == "2024-06-13"
    assert session["participants"] == "unnamed leaders, Giorgia Meloni (among unnamed leaders)"
    assert [r["fact"] for r in query_rows(built, "meetings", person="Giorgia Meloni")] == [SESSION]
    assert query_rows(built, "meetings", person="Volodymyr Zelenskiy") == []


def test_a_loan_shows_what_repays_it_what_is_still_open_and_each_claims_description(store, first):
    loan = by_fact(query_rows(store, "loans"))[LOAN]
    assert (loan["status"], loan["deadline"]) == ("promised", "2024-12-31")
    assert loan["repaid_from"] == FREEZE
    assert loan["to_be_decided"] == "lender"
    # The official's remark is his, the servicing the seven's: each description with its speakers.
    assert loan["description"] == (
        "details to be settled in the coming months (said by unnamed official (United States)); "
        "paid for with the profits of Russian central bank assets frozen in the West; "
        f"serviced by the extraordinary revenues of the immobilised Russian sovereign assets (said by {SEVEN})")
    [row] = sparql_rows(store, f"SELECT ?f WHERE {{ fact:{LOAN} gkg:repaidFrom ?f }}")
    assert row["f"].endswith(FREEZE)
    details = by_fact(query_rows(store, "facts", type="Loan"))[LOAN]["details"].split("; ")
    assert "to be decided: lender" in details
    # The first pass, without the keys, shows neither.
    old = by_fact(query_rows(first, "loans"))[LOAN]
    assert (old["repaid_from"], old["to_be_decided"]) == (None, None)


def test_a_communique_keeps_its_speakers_beside_those_who_report_what_it_omits(store, first):
    rows = [r for r in query_rows(store, "statements") if r["fact"] == OMISSION]
    assert [(r["speaker"], r["said_by"], r["subject"], r["modality"]) for r in rows] == [
        (SEVEN, "unnamed diplomats", "explicit reference to abortion", "reported, negative")]
    macron = [r for r in query_rows(store, "statements", speaker="Emmanuel Macron")]
    assert [r["about"] for r in macron] == [OMISSION]
    # The first pass's description on the communique itself, attributed to the diplomats:
    # the communique's speakers stay the seven, the diplomats under said_by.
    old = [r for r in query_rows(first, "statements") if r["fact"] == COMMUNIQUE]
    assert {(r["speaker"], r["said_by"]) for r in old} == {(SEVEN, ""), (SEVEN, "unnamed diplomats")}


def test_a_claim_with_no_speaker_said_by_the_statements_own_speaker_names_him(extended):
    rows = [r for r in query_rows(extended, "statements", speaker="Pope Francis")]
    assert {(r["speaker"], r["said_by"]) for r in rows} == {("Pope Francis", "")}


def test_words_said_at_a_ministry_grounds_beside_a_speaker_and_a_threat_left_open(store):
    rows = query_rows(store, "statements")
    theft = [r for r in rows if r["fact"] == "characterisation-putin-asset-freeze-theft-2024-06-14"]
    assert [r["said_in"] for r in theft] == ["at Russian Foreign Ministry"]
    [row] = sparql_rows(store, "SELECT ?p WHERE { ?c gkg:saidAt ?x . ?x rdfs:label ?p ; a gkg:Organisation }")
    assert row["p"] == "Russian Foreign Ministry"
    lin = [r for r in rows if r["fact"] == "rejection-china-g7-communique-2024-06-17"]
    # One claim with two quotes: one row, its quotes joined.
    assert len(lin) == 1 and " … " in lin[0]["quote"] and {r["grounds"] for r in lin} == {
        "repeated stale claims that had no factual, legal or moral basis and was full of arrogance, prejudice and lies"}
    assert {(r["speaker"], r["said_by"], r["date"]) for r in lin} == {("Lin Jian (for China)", "", "2024-06-17")}
    # The speaker is whom the words are attributed to, without the party he speaks for.
    [row] = sparql_rows(store, "SELECT ?w WHERE { ?c gkg:claimId 'lin-rejects' ; prov:wasAttributedTo/rdfs:label ?w }")
    assert row["w"] == "Lin Jian"
    details = by_fact(query_rows(store, "facts", type="Threat"))["threat-putin-asset-freeze-2024-06-14"]["details"]
    assert details == "action not stated: true; threatened action: it will not go unpunished"
    threat = {r["threat"] for r in rows if r["fact"] == "threat-putin-asset-freeze-2024-06-14"}
    assert threat == {"it will not go unpunished (action not stated)"}
    # No other statement is marked.
    assert [r for r in rows if "action not stated" in r["threat"] and r["kind"] != "threat"] == []


def test_training_is_a_kind_of_support_and_the_omission_is_no_look_alike_of_its_text(store, tmp_path):
    [row] = sparql_rows(store, "SELECT ?k WHERE { fact:support-united-states-ukraine-training-2024 gkg:supportKind/rdfs:label ?k }")
    assert row["k"] == "training"
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", RECOUNT / CLAIMS, check=0)
    assert "look like one" not in proc.stderr, proc.stderr
    # The same statement not part of the communique does look like it.
    apart = ("{id: x-apart, fact: statement-g7-other-2024, type: Statement, speaker: *seven, date: 2024-06-15, "
             'quote: "The final text dropped an explicit reference to abortion"}')
    path, _ = with_claims(RECOUNT, CLAIMS, tmp_path, [apart])
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none2", path, check=0)
    assert proc.stderr.count("look like one Statement") == 1, proc.stderr
    assert f"'{COMMUNIQUE}'" in proc.stderr and "'statement-g7-other-2024'" in proc.stderr


# -- 2. docs, vocabulary and messages ------------------------------------------------------------------------

@pytest.mark.parametrize("words, first_line", [
    ("communique", "Statement (kind of fact"),
    ("guest", "guest (key"),
    ("omitted", "negative (value"),
    ("opposed", "Criticism (kind of fact"),
    ("regretted", "Displeasure (kind of fact"),
    ("collateral", "repaidFrom (key"),
    ("train forces", "training (value"),
    ("did not say what", "actionUnstated (key"),
    ("to be settled", "toBeDecided (key"),
])
def test_the_newcomers_words_find_the_construct(words, first_line):
    out = kg_cli("vocabulary", words, check=0).stdout.splitlines()
    assert out and out[0].startswith(first_line), (words, out[:3])


def test_claims_md_shows_each_documented_form():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("`participant: &seven [Canada, France, ...]`", "`speaker: *seven`",
                  "`guest: {actor: unnamed invited guests, among: [Narendra Modi, ...]}`",
                  "`repaidFrom: <the fact's id>`", "`toBeDecided: lender`", "`actionUnstated: true`",
                  "`supportKind: training`", "`said_at: Russian Foreign Ministry`",
                  "`partOf: <the text's id>`, `polarity: negative`"):
        assert shown in text, shown


def test_a_group_of_named_states_is_refused_with_the_anchor_to_use(tmp_path):
    path, _ = with_claims(RECOUNT, CLAIMS, tmp_path, [])
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("claims:\n", "groups: [{id: g7-states, actor: Canada}]\nclaims:\n", 1), encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", path, check=2)
    assert "group 'g7-states': a group names unnamed actors" in proc.stderr
    assert "participant: &seven [Canada, France], then speaker: *seven" in proc.stderr


# -- refusals -------------------------------------------------------------------------------------------

def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_each_on_its_line(RECOUNT, CLAIMS, tmp_path, WRONG)
