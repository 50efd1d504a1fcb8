"""What the canned queries left out of reviewed claims of a new user's unseen articles (an
arms sale with its contractor, an election with observers, a leaders' call), each shown
for its kind:

1. ``arms-transfers`` names the contractor a sale is carried out through
   (``implementingAgency``, with its state) and, where a claim counts several items
   (``counts``), each count with what it counts, while a single quantity stays a number;
2. ``elections`` shows the turnout (``share`` with ``shareOf``), the counts it gives, and
   each assessment of the vote with its assessors and its words (its subject, else its
   quote), not a criticism of it nor another election's;
3. ``statements -p about=STATE`` finds what is said about a fact the state takes part in
   through its leader (an office holder) or an organ of it, not through a citizen who
   holds no office, and an actor other than a state still finds only what is said about
   it;
4. ``meetings`` names who invited to a meeting or asked for a call (``inviter``).

Each is read back from an invented article (``tests/data/query-r62-sale-vote-calls``),
built once for the module by the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, query_rows

CASE = ROOT / "tests" / "data" / "query-r62-sale-vote-calls"
LAUNCHERS = "arms-kestria-zedland-talon-2031-09"
BOATS = "arms-kestria-brelia-patrol-boats-2031-05"
BRELIA_VOTE = "election-brelia-president-2031-09-07"
OSTRAVIA_VOTE = "election-ostravia-local-2031-09-04"
CALL_CRITICISED = "criticism-brelia-foreign-ministry-varga-novak-call"
DETENTIONS_CONDEMNED = "criticism-northern-assembly-ostravia-detentions"
TRADERS_PRAISED = "praise-zedland-foreign-ministry-orn-moss-meeting"

case = built_once_per_module(CASE, build=built_corpus)


# -- 1. the contractor and the counts of several items ---------------------------------------------------------------

def test_a_sale_shows_its_contractor_and_each_item_s_count(case):
    rows = by_fact(query_rows(case, "arms-transfers"))
    assert rows[LAUNCHERS]["contractor"] == "Arkwright Systems (Kestria)"
    assert rows[LAUNCHERS]["quantity"] == "160 interceptor missiles; 4 Talon launchers"
    # The look-alike: one item with one count, no contractor named.
    assert rows[BOATS]["contractor"] is None
    assert rows[BOATS]["quantity"] == 12


def test_the_contractor_is_shown_for_drafted_and_reviewed_claims_alike(case):
    rows = by_fact(query_rows(case, "arms-transfers", reviewed="true"))
    assert rows[LAUNCHERS]["contractor"] == "Arkwright Systems (Kestria)"


# -- 2. an election's turnout and its assessments --------------------------------------------------------------------

def test_an_election_shows_its_turnout_counts_and_assessments(case):
    rows = {r["election"]: r for r in query_rows(case, "elections")}
    vote = rows[BRELIA_VOTE]
    assert vote["turnout"] == "about 58 percent of registered voters who voted (turnout)"
    assert vote["counts"] == "about 4200000 registered voters"
    # Each assessment with its assessors and its words: the subject a claim gives it, else
    # its quote; Zedland's criticism of the vote is no assessment.
    assert vote["assessments"] == (
        'Harbour Institute: "Election monitors from the Harbour Institute said that counting had been transparent"; '
        "Northern Assembly: orderly but lacking genuine competition")
    # The look-alike: an election the article gives neither for.
    other = rows[OSTRAVIA_VOTE]
    assert (other["turnout"], other["counts"], other["assessments"]) == (None, None, None)


# -- 3. statements about a state: through its leaders and organs -----------------------------------------------------

def about(case, actor: str) -> set[str]:
    return {r["fact"] for r in query_rows(case, "statements", about=actor)}


def test_about_a_state_finds_what_is_said_of_its_leader_s_and_organs_acts(case):
    # The call of Kestria's and Zedland's presidents (office holders): found under both states.
    assert CALL_CRITICISED in about(case, "Kestria")
    assert CALL_CRITICISED in about(case, "Zedland")
    # The detentions by Ostravia's interior ministry (an organisation of the state).
    assert about(case, "Ostravia") == {DETENTIONS_CONDEMNED}


def test_about_a_state_leaves_out_citizens_without_office_and_about_a_person_stays_itself(case):
    # The look-alike: a meeting of a Brelian and an Ostravian who hold no office.
    assert TRADERS_PRAISED not in about(case, "Brelia") | about(case, "Ostravia")
    # Brelia's own election's statements stay found, through the election held in it.
    assert about(case, "Brelia") == {"assessment-harbour-institute-brelia-count-2031",
                                     "assessment-northern-assembly-brelia-election-2031",
                                     "criticism-zedland-brelia-election-2031"}
    # A person given as about: what is said about her, not about the call she took part in.
    assert about(case, "Ilse Varga") == set()


# -- 4. who asked for a call -----------------------------------------------------------------------------------------

def test_a_meeting_shows_who_asked_for_it(case):
    rows = by_fact(query_rows(case, "meetings"))
    assert rows["meeting-ilse-varga-ana-novak-2031-09-09"]["invited_by"] == "Kestria"
    # The look-alike: a meeting nobody is said to have asked for.
    assert rows["meeting-pavel-orn-lena-moss-2031-09-10"]["invited_by"] is None
