"""What the newest re-counts could not write (ontology 2.47.0), each fixed for its kind and
read back from the re-counts: a fact known only to come on a day or later ("a vote could
come as soon as Friday": ``date: as soon as 2024-12-06``, kept as ``dateEarliest`` with its
words and no latest day), the counterpart of ``date: by …``; a person held or named as a
suspect, short of a formal charge (``legalActionKind: suspicion``); an estimated figure
(``amount: an estimated 120000 people``, a form that existed, now shown in CLAIMS.md).

Each re-count is built once for the module by the real ``kg build`` and read through the
canned queries or SPARQL. The wrong claims are added together to a copy of the re-counted
martial-law claims, and one ``kg ingest --dry-run`` must refuse each with its own message.
"""

from __future__ import annotations

from casefiles import refused_each_on_its_line
from conftest import ROOT, built_corpus, built_once_per_module, by_fact, query_rows, sparql_rows

DATA = ROOT / "tests" / "data"
MARTIAL = DATA / "newcomer-martial-law-recount"
EXODUS = DATA / "newcomer-exodus-recount"
MARTIAL_CLAIMS = "claims/000_ce666a2c94c4ab56.yaml"
VOTE = "vote-national-assembly-impeach-yoon-suk-yeol"
QUOTE = 'quote: "The assembly has 300 seats."'

martial = built_once_per_module(MARTIAL, build=built_corpus)
exodus = built_once_per_module(EXODUS, build=built_corpus)

#: Claims each refused for its own reason while they are read, added together to the
#: re-counted martial-law claims: the words of its message that must be printed on its line.
WRONG = {
    "an earliest day named by its weekday":
        ("{id: x0, fact: vote-x, type: Vote, votingBody: National Assembly, date: as soon as Friday, " + QUOTE + "}",
         "or the earliest: 'as soon as 2024-12-06'"),
    "an earliest start in no date's words":
        ("{id: x1, fact: vote-y, type: Vote, votingBody: National Assembly, startDate: as soon as possible, "
         + QUOTE + "}",
         "startDate: invalid date 'as soon as possible'"),
    "a suspicion misspelt":
        ("{id: x2, fact: legal-x, type: LegalAction, legalActionKind: suspected, target: Yoon Suk Yeol, " + QUOTE + "}",
         "suspicion"),
}


# -- 1. the earliest day a fact can come on ----------------------------------------------------------------------

def test_as_soon_as_a_day_is_the_earliest_day_with_its_words_and_no_latest(martial):
    rows = sparql_rows(martial, f"SELECT ?e ?l ?w WHERE {{ fact:{VOTE} gkg:dateEarliest ?e ; gkg:dateLabel ?w . "
                                f"OPTIONAL {{ fact:{VOTE} gkg:dateLatest ?l }} }}")
    assert [(r["e"], r.get("l"), r["w"]) for r in rows] == [("2024-12-06", None, "as soon as 2024-12-06")]


def test_the_queries_show_the_earliest_day(martial):
    assert by_fact(query_rows(martial, "facts", type="Vote"))[VOTE]["dates"] == "after 2024-12-06 (as soon as 2024-12-06)"
    assert by_fact(query_rows(martial, "votes"))[VOTE]["date"] == "after 2024-12-06"


# -- 2. a suspect, not yet charged -------------------------------------------------------------------------------

def test_held_on_suspicion_is_a_suspicion_not_a_charge(exodus):
    row = by_fact(query_rows(exodus, "legal-actions"))["suspicion-arayik-harutyunyan-aggressive-war"]
    assert (row["action"], row["target"], row["charge"]) == (
        "suspicion", "Arayik Harutyunyan", "waging an aggressive war; war crimes")
    [kind] = sparql_rows(exodus, "SELECT ?k WHERE { fact:suspicion-arayik-harutyunyan-aggressive-war "
                                 "gkg:legalActionKind ?k }")
    assert kind["k"].rsplit("#", 1)[-1].rsplit("/", 1)[-1] == "Suspicion"


def test_an_estimated_figure_keeps_its_words_and_is_approximate(exodus):
    [row] = sparql_rows(exodus, "SELECT ?l ?v ?a WHERE { fact:indicator-nagorno-karabakh-population-2023 gkg:amount ?q . "
                                "?q rdfs:label ?l ; schema:value ?v ; gkg:approximate ?a }")
    assert (row["l"], float(row["v"]), row["a"]) == ("an estimated 120000 people", 120000.0, True)


def test_claims_md_shows_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("`date: as soon as 2024-12-06`", "(kept as the earliest day, `dateEarliest`, with its words",
                  "legalActionKind: suspicion", "charge, suspicion (held or named as a suspect",
                  "`amount: an estimated 120000 people`"):
        assert shown in text, shown


# -- 3. the docs and the refusals ---------------------------------------------------------------------------------------------

def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_each_on_its_line(MARTIAL, MARTIAL_CLAIMS, tmp_path, WRONG)
