"""What the re-count of Venezuela's disputed election (tests/data/newcomer-disputed-
election-recount) still lost, and the forms added for it: to whom a speaker says a
judgement is clear (``inViewOf`` on a statement), a threat whose threatener the text does
not name and the condemnation that links to it, a speaker's fear for her life
(``Concern``), observers let in (``AccessGrant``, with "the few" kept as words), and an
unnamed place within a named one (``placePart``: the observers' four cities).

The re-counted claims are built once by the real ``kg build``; each wrong claim is added
to a copy of them and must make ``kg ingest`` exit 2 with its message, the copied store
untouched.
"""

from __future__ import annotations

from functools import partial

import pytest
from casefiles import assert_refused_apart, dry_run_apart
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

RECOUNT = ROOT / "tests" / "data" / "newcomer-disputed-election-recount"
CLAIMS = "claims/x01_venezuela-disputed-election.yaml"
ELECTION = "election-venezuela-president-2024-07-28"
CLEAR = "assessment-blinken-gonzalez-won-2024-08-01"
THREAT = "threat-arrest-venezuelan-opposition-leaders-2024"
CONDEMNATION = "condemnation-blinken-arrest-threats-2024-08-01"
FEAR = "concern-machado-her-life-2024-08-01"
ADMITTED = "access-foreign-observers-venezuela-election-2024"
FEAR_QUOTE = 'quote: "feared for her life"'
ADMITTED_QUOTE = 'quote: "The Carter Center, one of the few foreign observers admitted"'


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims built once; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


#: ``refused(store, tmp_path, claim, message)``: ``claim``, added to the re-counted claims,
#: is refused; ``dry_run(tmp_path, claim, check)``: their dry run with ``claim`` added.
refused = partial(assert_refused_apart, RECOUNT, CLAIMS)
dry_run = partial(dry_run_apart, RECOUNT, CLAIMS)


def test_those_a_judgement_is_clear_to_are_in_view_of_the_assessment(store, tmp_path):
    rows = sparql_rows(store, f"SELECT ?l WHERE {{ fact:{CLEAR} gkg:inViewOf/rdfs:label ?l }}")
    assert sorted(r["l"] for r in rows) == ["United States", "unnamed people"]
    [row] = [r for r in query_rows(store, "statements", speaker="Antony Blinken") if r["fact"] == CLEAR]
    assert (row["kind"], row["about"], row["subject"]) == ("assessment", ELECTION, "Edmundo Gonzalez Urrutia won the most votes")
    assert row["details"] == ("most importantly to the Venezuelan people; "
                              "in the view of: United States, unnamed people (Venezuela)")
    # The words lead to the key, and the audience's definition sends the reader on to it.
    assert kg_cli("vocabulary", "clear", "to", check=0).stdout.startswith("inViewOf (key")
    assert "inViewOf" in kg_cli("vocabulary", "audience", check=0).stdout
    # It is a key of statements and characterisations, not of every fact.
    refused(store, tmp_path, f'{{id: x, fact: {ELECTION}, type: Election, inViewOf: United States, '
                             'quote: "it is clear to the United States"}',
            "key 'inViewOf' does not apply to an Election: its domain is Characterisation or Statement")


def test_a_threat_by_an_unnamed_threatener_is_a_fact_the_condemnation_is_about(store, tmp_path):
    [row] = [r for r in query_rows(store, "statements", speaker="Antony Blinken") if r["fact"] == CONDEMNATION]
    assert (row["kind"], row["about"]) == ("condemnation", THREAT)
    [threat] = [r for r in query_rows(store, "statements") if r["fact"] == THREAT]
    assert (threat["speaker"], threat["about"], threat["threat"]) == ("unnamed actors", "unnamed opposition leaders", "arrest")
    [r] = sparql_rows(store, f"SELECT ?o WHERE {{ fact:{THREAT} gkg:about ?a . ?a a gkg:UnnamedActors ; "
                             "gkg:ofOrganisation/rdfs:label ?o }")
    assert r["o"] == "Venezuelan opposition"
    # A threat with no threatener at all is refused, and the message gives the form.
    refused(store, tmp_path, '{id: x, fact: threat-x, type: Threat, about: {actor: unnamed opposition leaders, '
                             'of: Venezuelan opposition}, threatenedAction: arrest, '
                             'quote: "condemned threats to arrest opposition leaders"}',
            "a threat needs who makes it (speaker): where the text does not say who threatened "
            "('condemned threats to arrest opposition leaders'), write speaker: unnamed actors")
    refused(store, tmp_path, f'{{id: x, fact: {CONDEMNATION}, type: Condemnation, about: threat-arest-x, '
                             'quote: "condemned threats to arrest opposition leaders"}', "threat-arest-x")


def test_a_fear_for_ones_life_is_a_concern_findable_by_its_words(store, tmp_path):
    [row] = [r for r in query_rows(store, "statements", speaker="Maria Corina Machado") if r["fact"] == FEAR]
    assert (row["kind"], row["about"], row["subject"], row["modality"]) == (
        "fear or concern", "Maria Corina Machado", "her life", "reported")
    [r] = sparql_rows(store, f"SELECT ?c WHERE {{ fact:{FEAR} a gkg:Concern . gkg:Concern rdfs:subClassOf ?c }}")
    assert r["c"].endswith("Statement")
    for words in (("fear",), ("afraid",), ("concern",), ("worried",), ("fear", "afraid", "concern")):
        assert kg_cli("vocabulary", *words, check=0).stdout.startswith("Concern (kind of fact"), words
    refused(store, tmp_path, f'{{id: x, fact: concern-x, type: Concern, subject: her life, {FEAR_QUOTE}}}',
            "a fear or concern needs who fears (speaker)")
    refused(store, tmp_path, f'{{id: x, fact: concern-x, type: Concern, speaker: Maria Corina Machado, '
                             f'threatenedAction: her life, {FEAR_QUOTE}}}', "key 'threatenedAction' does not apply to a Concern")


def test_observers_let_in_are_an_access_grant_and_the_few_is_no_count(store, tmp_path):
    facts = by_fact(query_rows(store, "facts", type="AccessGrant"))
    assert facts[ADMITTED]["kind"] == "access granted"
    assert "the few unnamed foreign observers" in facts[ADMITTED]["participants"]
    assert "Carter Center" in facts[ADMITTED]["participants"]
    [r] = sparql_rows(store, f"SELECT ?a ?w WHERE {{ fact:{ADMITTED} gkg:accessTo ?a ; gkg:grantedTo ?g . "
                             "?g rdfs:label ?w }")
    assert (r["a"], r["w"]) == ("the presidential election", "the few unnamed foreign observers")
    # "the few" keeps its words: no count and no lower bound is made up.
    assert not sparql_rows(store, f"SELECT ?n WHERE {{ fact:{ADMITTED} gkg:grantedTo ?g . "
                                  "{ ?g gkg:count ?n } UNION { ?g gkg:minCount ?n } }")
    for words in (("admitted",), ("accredited",), ("let", "in")):
        assert kg_cli("vocabulary", *words, check=0).stdout.startswith("AccessGrant (kind of fact"), words
    # 'allowed' is first the modality permitted (a legal permission); the kind follows it.
    assert "\nAccessGrant (kind of fact" in "\n" + kg_cli("vocabulary", "allowed", "in", check=0).stdout
    refused(store, tmp_path, f'{{id: x, fact: access-x, type: AccessGrant, grantedBy: Venezuela, '
                             f'accessTo: the election, {ADMITTED_QUOTE}}}',
            "an access grant needs who is let in or given access (grantedTo)")
    refused(store, tmp_path, f'{{id: x, fact: {ELECTION}, type: Election, accessTo: the election, {ADMITTED_QUOTE}}}',
            "key 'accessTo' does not apply to an Election")
    # 'a few' is still at least two; a word before 'unnamed' the reader does not know is refused.
    dry_run(tmp_path, f'{{id: x, fact: access-x, type: AccessGrant, grantedTo: a few unnamed foreign observers, '
                      f'{ADMITTED_QUOTE}}}', 0)
    refused(store, tmp_path, f'{{id: x, fact: access-x, type: AccessGrant, grantedTo: the scarce unnamed observers, '
                             f'{ADMITTED_QUOTE}}}', "the words before 'unnamed' are not a count")


def test_an_unnamed_place_within_a_named_one_is_the_place_and_its_part_in_words(store, tmp_path):
    # "had deployed 17 experts and observers in four cities from June 29": the observers
    # (the election's, one group of the file) located in four unnamed cities of Venezuela.
    located = by_fact(query_rows(store, "facts", type="Location"))["location-carter-center-observers-venezuela-2024"]
    assert (located["participants"], located["details"], located["dates"]) == (
        "17 unnamed experts and observers (Carter Center)", "part of place: four cities; place: Venezuela",
        "since 2024-06-29")  # deployed from June 29, no end given
    [r] = sparql_rows(store, "SELECT ?g WHERE { fact:location-carter-center-observers-venezuela-2024 gkg:located ?g . "
                             f"fact:{ELECTION} gkg:observer ?g }}")
    assert r["g"]
    out = kg_cli("vocabulary", "district", check=0).stdout
    assert out.startswith("placePart (key"), out
    claim = ('{id: x, fact: residence-machado-parents-x, type: Residence, resident: unnamed parents, PLACE'
             'quote: "feared for her life"}')
    built = dry_run(tmp_path, claim.replace("PLACE", "place: Caracas, placePart: a district, "), 0)
    assert "Error" not in built
    # The named place is still needed: the part alone says nowhere.
    refused(store, tmp_path, claim.replace("PLACE", "placePart: a district, "), "a residence needs its place")
