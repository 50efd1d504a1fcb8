"""What a newcomer could not write for the General Assembly's Gaza ceasefire vote of 12
December 2023 (tests/data/newcomer-un-vote) with ontology 2.24.0, now in the model
(2.26.0), and what the canned queries answered wrongly: a non-binding resolution, a
similar text, co-sponsors and "nearly" on unnamed actors, amendments, the majority
required, the draft a resolution was adopted from, a part of what is supported, rules of
a body's decisions, a dateline naming a body's seat, a post whose state goes unnamed; the
votes query's intervals, bounds and named members among unnamed ones, the casualties
query's "since"; homonyms a role's range cannot tell apart and the ``PUBLISHED:`` header.

The rewritten claims (tests/data/newcomer-un-vote-recount) are built by the real ``kg
build`` and read back through the canned queries (``kg query ... --format json``) or
SPARQL; bad claims are refused with exit 2, naming file, claim, line and key, and leave
the store as it was.
"""

from __future__ import annotations

import shutil

import pytest
import yaml
from casefiles import assert_refused_apart, with_claims
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

from kg.attribution import parse_unnamed

FIRST = ROOT / "tests" / "data" / "newcomer-un-vote"
RECOUNT = ROOT / "tests" / "data" / "newcomer-un-vote-recount"
CLAIMS = "claims/x01_un-ga-gaza-ceasefire.yaml"
VOTE = "vote-un-general-assembly-gaza-ceasefire-2023-12-12"
RESOLUTION = "resolution-un-general-assembly-gaza-ceasefire-2023-12-12"
DRAFT = "draft-egypt-gaza-ceasefire-2023-12"
US_AMENDMENT = "amendment-united-states-condemn-hamas-2023-12-12"
UAE_DRAFT = "draft-united-arab-emirates-gaza-ceasefire-2023-12"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims built once, every claim in the graph; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


@pytest.fixture(scope="module")
def votes(store):
    return by_fact(query_rows(store, "votes"))


def refused(store, tmp_path, claim: str, message: str) -> None:
    """``claim`` added to a copy of the re-counted claims is refused by the real ``kg
    ingest`` (exit 2, the message after file, claim and line; the store unchanged); each
    call in a folder of its own under ``tmp_path``."""
    assert_refused_apart(RECOUNT, CLAIMS, store, tmp_path, claim, message)


def refused_dry(case, tmp_path, claim: str, message: str) -> None:
    """``claim`` added to a copy of ``case``'s claims is refused by ``kg ingest --dry-run``."""
    path, first = with_claims(case, CLAIMS, tmp_path, [claim])
    proc = kg_cli("ingest", "--dry-run", path, check=2)
    assert f"claim 'x' (line {first}): " in proc.stderr and message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


# -- 1. binding on a resolution -----------------------------------------------------------------

def test_a_non_binding_resolution_is_said_of_the_resolution_and_shown_on_its_vote(store, votes, tmp_path):
    [row] = sparql_rows(store, f"SELECT ?b WHERE {{ fact:{RESOLUTION} gkg:binding ?b }}")
    assert row["b"] is False
    assert not sparql_rows(store, f"SELECT ?b WHERE {{ fact:{VOTE} gkg:binding ?b }}")
    assert votes[VOTE]["binding"] == "non-binding"
    # A vote whose text the store says nothing of shows nothing.
    assert votes["vote-un-security-council-gaza-ceasefire-2023-12-08"]["binding"] is None
    refused(store, tmp_path, '{id: x, fact: meeting-x, type: Meeting, participant: [Egypt, Israel], binding: false, '
                             'quote: "adopting a non-binding resolution"}',
            "key 'binding' does not apply to a Meeting")


# -- 2. a similar text ----------------------------------------------------------------------------

def test_a_similar_text_is_a_symmetric_link_between_two_facts(store, tmp_path):
    rows = sparql_rows(store, f"SELECT ?a ?b WHERE {{ ?a gkg:similarTo ?b }}")
    assert {(r["a"].rsplit("/", 1)[-1], r["b"].rsplit("/", 1)[-1]) for r in rows} == {(UAE_DRAFT, RESOLUTION)}
    assert not sparql_rows(store, "SELECT ?c WHERE { ?c a gkg:Characterisation ; gkg:category ?w FILTER(CONTAINS(?w, 'similar')) }")
    [row] = sparql_rows(store, "SELECT ?s WHERE { gkg:similarTo a owl:SymmetricProperty ; rdfs:subPropertyOf ?s }")
    assert row["s"].endswith("#relatedFact")
    refused(store, tmp_path, f'{{id: x, fact: {UAE_DRAFT}, type: DraftResolution, similarTo: resolution-un-general-assembly-gaza-2023, '
                             'quote: "a similar text in the Security Council"}',
            "resolution-un-general-assembly-gaza-2023")


# -- 3. co-sponsors; "nearly" on unnamed actors ---------------------------------------------------

def test_nearly_on_unnamed_actors_is_an_upper_bound_and_co_sponsors_follow_the_sponsor(store, votes, tmp_path):
    [row] = sparql_rows(store, f"SELECT ?max ?n ?a WHERE {{ fact:{DRAFT} gkg:coSponsor ?g . ?g gkg:maxCount ?max ; gkg:approximate ?a "
                               "OPTIONAL { ?g gkg:count ?n } }")
    assert (row["max"], row["n"], row["a"]) == (100, None, True)
    [row] = sparql_rows(store, f"SELECT ?s WHERE {{ fact:{DRAFT} gkg:sponsor/rdfs:label ?s }}")
    assert row["s"] == "Egypt"
    assert votes[VOTE]["sponsors"] == "Egypt; co-sponsors: nearly 100 unnamed member states"
    assert votes["vote-un-security-council-gaza-ceasefire-2023-12-08"]["sponsors"] == "United Arab Emirates"
    # "about" stays an approximate count; "nearly" is never read as it.
    about, nearly = parse_unnamed("about 100 unnamed member states"), parse_unnamed("almost 1,000 unnamed people")
    assert (about.count, about.maximum) == (100, None) and (nearly.count, nearly.maximum) == (None, 1000)
    refused(store, tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, coSponsor: Egypt, quote: "co-sponsored by nearly 100 member states"}}',
            "key 'coSponsor' does not apply to a Vote")


# -- 4. amendments ---------------------------------------------------------------------------------

def test_an_amendment_names_the_draft_it_amends(store, votes, tmp_path):
    rows = sparql_rows(store, f"SELECT ?a WHERE {{ ?a a gkg:DraftResolution ; gkg:amends fact:{DRAFT} }}")
    assert {r["a"].rsplit("/", 1)[-1] for r in rows} == {US_AMENDMENT, "amendment-austria-hostages-held-by-hamas-2023-12-12"}
    assert not sparql_rows(store, f"SELECT ?n WHERE {{ fact:{US_AMENDMENT} gkg:note ?n }}")
    assert votes["vote-un-general-assembly-us-amendment-hamas-2023-12-12"]["voted_on"] == US_AMENDMENT
    refused(store, tmp_path, f'{{id: x, fact: amendment-x, type: DraftResolution, sponsor: Austria, amends: {VOTE}, '
                             'quote: "an Austrian text"}',
            f"an amendment amends a draft: the fact named by amends is a DraftResolution; '{VOTE}' is a Vote")


def test_a_misspelt_amendment_key_is_refused_with_the_key_meant(store, tmp_path):
    refused(store, tmp_path, f'{{id: x, fact: {US_AMENDMENT}, type: DraftResolution, amend: {DRAFT}, quote: "A U.S. proposal to condemn"}}',
            "unknown relation 'amend'; did you mean 'amends'?")
    refused(store, tmp_path, f'{{id: x, fact: {US_AMENDMENT}, type: DraftResolution, amendment to: {DRAFT}, '
                             'quote: "A U.S. proposal to condemn"}',
            "did you mean 'amends'?")


# -- 5. the majority required -----------------------------------------------------------------------

def test_the_majority_required_is_a_rule_in_words_beside_the_votes_needed(store, votes, tmp_path):
    for fact in ("vote-un-general-assembly-us-amendment-hamas-2023-12-12", "vote-un-general-assembly-austria-amendment-hamas-2023-12-12"):
        assert (votes[fact]["majority"], votes[fact]["needed"], votes[fact]["outcome"]) == ("two-thirds majority", None, "rejected")
    assert votes[VOTE]["majority"] is None
    refused(store, tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, votesNeeded: two-thirds majority, '
                             'quote: "Both fell short of the two-thirds majority required."}',
            "votesNeeded: expected a whole number, got 'two-thirds majority'; votesNeeded is a number of votes "
            "('the nine needed': 9); a majority given as a share or rule goes in majorityRequired: two-thirds majority")


# -- 6. the draft a resolution was adopted from ------------------------------------------------------

def test_a_resolution_names_the_draft_it_was_adopted_from_and_keeps_no_sponsor_of_its_own(store, tmp_path):
    [row] = sparql_rows(store, f"SELECT ?s WHERE {{ fact:{RESOLUTION} gkg:adoptedFrom/gkg:sponsor/rdfs:label ?s }}")
    assert row["s"] == "Egypt"
    assert not sparql_rows(store, f"SELECT ?s WHERE {{ fact:{RESOLUTION} gkg:sponsor ?s }}")
    refused(store, tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, adoptedFrom: {DRAFT}, quote: "adopting a non-binding resolution"}}',
            "key 'adoptedFrom' does not apply to a Vote")
    refused(store, tmp_path, f'{{id: x, fact: resolution-x, type: Resolution, adoptedBy: UN General Assembly, adoptedFrom: {VOTE}, '
                             'quote: "adopting a non-binding resolution"}',
            "a resolution is adopted from a draft: the fact named by adoptedFrom is a DraftResolution")


# -- 7. a part of what is supported -----------------------------------------------------------------

def test_support_of_a_part_keeps_the_part_beside_the_whole(store, tmp_path):
    [row] = sparql_rows(store, "SELECT ?p ?w WHERE { fact:support-united-states-gaza-resolution-parts gkg:part ?p ; gkg:supportedFact ?w }")
    assert (row["p"], row["w"].rsplit("/", 1)[-1]) == ("the call to free the hostages", RESOLUTION)
    refused(store, tmp_path, '{id: x, fact: meeting-x, type: Meeting, participant: [Egypt, Israel], part: the call to free the hostages, '
                             'quote: "supported parts of the text"}',
            "key 'part' does not apply to a Meeting")


# -- 8. rules of a body's decisions ------------------------------------------------------------------

def test_what_holds_of_all_of_a_bodys_decisions_is_a_rule_of_that_body(store, tmp_path):
    rows = sparql_rows(store, "SELECT ?body ?b ?v WHERE { ?r a gkg:DecisionRule ; gkg:ruleOf/rdfs:label ?body "
                              "OPTIONAL { ?r gkg:binding ?b } OPTIONAL { ?r gkg:vetoHeld ?v } }")
    assert sorted((r["body"], r["b"], r["v"]) for r in rows) == [("UN General Assembly", False, False),
                                                                   ("UN Security Council", True, None)]
    assert not sparql_rows(store, "SELECT ?c WHERE { ?c a gkg:Characterisation ; gkg:characterised ?b . ?b a gkg:Organisation }")
    refused(store, tmp_path, '{id: x, fact: rule-x, type: DecisionRule, binding: false, '
                             'quote: "General Assembly resolutions are not binding"}',
            "a rule of a body's decisions needs the body (ruleOf: the assembly or council whose decisions it is about)")


# -- 9. a dateline naming a body's seat ---------------------------------------------------------------

def test_a_dateline_names_the_seat_a_place_and_the_organisation_stays_an_actor(store, tmp_path):
    [row] = sparql_rows(store, f"SELECT ?p ?c ?b WHERE {{ fact:{VOTE} gkg:place ?p . ?p a ?c . fact:{VOTE} gkg:votingBody/rdfs:label ?b }}")
    assert (row["p"].rsplit("/", 1)[-1], row["c"].rsplit("#", 1)[-1], row["b"]) == ("united-nations-headquarters", "Site", "UN General Assembly")
    # Without the seat in the registry, the refusal says how to declare it.
    refused_dry(FIRST, tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, place: United Nations, quote: "UNITED NATIONS, Dec 12"}}',
                "place: 'United Nations' is an InternationalOrganisation, but place takes an Asset or a Place or a State; "
                "for where the body sits (a dateline 'UNITED NATIONS'), declare its seat as a place in entities.yaml")


# -- 10. a post whose state the text does not name -----------------------------------------------------

def test_a_post_whose_state_goes_unnamed_is_held_in_an_unnamed_state(store, tmp_path):
    [row] = sparql_rows(store, "SELECT ?h ?o WHERE { fact:position-eli-cohen-foreign-minister gkg:holder/rdfs:label ?h ; "
                               "gkg:positionOf ?u . ?u a gkg:UnnamedActors ; rdfs:label ?o }")
    assert (row["h"], row["o"]) == ("Eli Cohen", "unnamed state")
    refused(store, tmp_path, '{id: x, fact: position-x, type: PositionHeld, holder: Eli Cohen, position: minister, '
                             'quote: "Foreign Minister Eli Cohen"}',
            "a position is held in a state or organisation (or a place: a mayor of a city); where the text does not name it, "
            "write positionOf: unnamed state (nothing invented); it has none")


# -- 11. the canned queries ----------------------------------------------------------------------------

def test_votes_show_an_interval_a_bound_and_sort_by_them(store, votes):
    assert votes["vote-un-general-assembly-gaza-truce-2023-10"]["date"] == "2023-10-21/2023-10-31"
    assert votes["vote-un-general-assembly-us-amendment-hamas-2023-12-12"]["date"] == "before 2023-12-12 (before vote-un-general-assembly-gaza-ceasefire-2023-12-12)"
    assert votes[VOTE]["date"] == "2023-12-12"
    assert [r["fact"] for r in query_rows(store, "votes")] == [
        "vote-un-general-assembly-gaza-truce-2023-10", "vote-un-security-council-gaza-ceasefire-2023-12-08",
        "vote-un-general-assembly-austria-amendment-hamas-2023-12-12", VOTE,
        "vote-un-general-assembly-us-amendment-hamas-2023-12-12"]


def test_votes_name_the_members_among_unnamed_ones(votes):
    members = votes[VOTE]["members"].split("; ")
    assert "abstained: Germany, Italy, Ukraine, United Kingdom, unnamed countries" in members
    assert members[0] == "for: China, France, Japan, Russia"


def test_casualties_since_a_date_say_since_and_a_dated_attack_keeps_its_day(store):
    rows = by_fact(query_rows(store, "casualties"))
    assert rows["attack-israel-gaza-strikes-2023"]["date"] == "since 2023-10-07"
    assert rows["attack-hamas-southern-israel-2023-10-07"]["date"] == "2023-10-07"
    assert list(rows) == ["attack-hamas-southern-israel-2023-10-07", "attack-israel-gaza-strikes-2023"]


# -- 12. homonyms a range takes both of; the PUBLISHED: header -----------------------------------------

def test_a_name_the_range_cannot_tell_apart_is_refused_naming_the_ids(store, tmp_path):
    refused(store, tmp_path, '{id: x, fact: statement-joe-biden-israel-losing-support-2023-12-12, type: Statement, '
                             'speaker: Joe Biden, place: Washington, quote: "told donors in Washington"}',
            "place takes each of them, so its range cannot choose: write place: united-states or place: washington-city")
    [row] = sparql_rows(store, "SELECT ?p WHERE { fact:statement-joe-biden-israel-losing-support-2023-12-12 gkg:place ?p }")
    assert row["p"].rsplit("/", 1)[-1] == "washington-city"


def test_a_published_header_gives_the_publication_date(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(FIRST, corpus)
    story = tmp_path / "story.txt"
    story.write_text("PUBLISHED: Tue, 12 Dec 2023\nURL: https://example.org/un-vote\n\nThe assembly voted.\n", encoding="utf-8")
    kg_cli("add-article", story, "--corpus", corpus, check=0)
    entry = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))[-1]
    assert (str(entry["published"]), entry["url"]) == ("2023-12-12", "https://example.org/un-vote")
    assert (corpus / "articles" / f"{entry['id']}.txt").read_text(encoding="utf-8") == "The assembly voted.\n"


# -- the ontology, CLAIMS.md and the re-count ----------------------------------------------------------

def test_the_new_terms_have_labels_other_names_definitions_and_the_version_is_2_26(store):
    terms = "gkg:amends gkg:coSponsor gkg:adoptedFrom gkg:similarTo gkg:majorityRequired gkg:part gkg:DecisionRule gkg:ruleOf gkg:vetoHeld"
    rows = sparql_rows(store, f"SELECT ?t ?d ?a WHERE {{ VALUES ?t {{ {terms} }} ?t rdfs:label ?l ; skos:definition ?d ; skos:altLabel ?a }}")
    assert len({r["t"] for r in rows}) == 9 and all(len(r["d"]) > 60 for r in rows)
    [v] = sparql_rows(store, "SELECT ?v WHERE { ?o a owl:Ontology ; owl:versionInfo ?v }")
    assert tuple(map(int, v["v"].split("."))) >= (2, 26, 0)


def test_the_new_keys_are_in_the_index_and_have_a_section():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    index = text[:text.index("## ")]
    for words, key in (("adopting a non-binding resolution", "binding: false"), ("co-sponsored by nearly 100", "coSponsor:"),
                       ("an amendment to", "amends:"), ("the resolution, put forward by egypt", "adoptedFrom:"),
                       ("vetoed a similar text", "similarTo:"), ("two-thirds majority required", "majorityRequired:"),
                       ("supported parts of the text", "part:"), ("resolutions are not binding", "type: DecisionRule"),
                       ("united nations, dec 12", "place: United Nations"), ("foreign minister eli cohen", "positionOf: unnamed state")):
        row = next((r for r in index.splitlines() if words in r.casefold()), "")
        assert key in row, (words, key)
    section = text.split("### Texts put to a vote", 1)[1].split("\n### ", 1)[0]
    assert "amends: draft-egypt-gaza-ceasefire-2023-12" in section and "type: DecisionRule" in section
    assert "`PUBLISHED:`" in text and "only the id can" in text and "and write `place: washington-city`" in text
    assert "| `DecisionRule` | at least 1 `ruleOf` |" in text


def test_the_first_pass_is_unchanged_and_the_recount_holds_every_claim(store):
    first = yaml.safe_load((FIRST / CLAIMS).read_text(encoding="utf-8"))["claims"]
    assert any(c.get("note", "").startswith("an amendment to") for c in first)
    recount = yaml.safe_load((RECOUNT / CLAIMS).read_text(encoding="utf-8"))["claims"]
    assert not any("note" in c for c in recount)
    [row] = sparql_rows(store, "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?c gkg:supports ?f }")
    assert row["n"] == len({c["fact"] for c in recount})
