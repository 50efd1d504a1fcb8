"""What three new users' unseen articles (a prime minister removed by a court, a veto at the
Security Council, a visa exemption and a hostage freed) could not write, or found the guide
and the reader disagreeing on (ontology 2.56.0), each fixed for its kind: a statement's
speaker is its ``said_by`` where that is left out, so ``modality: reported`` needs no more
on any kind of ``Statement`` (and still does on every other kind of fact); a relative
beyond parent, child, sibling and spouse is a ``FamilyTie`` with ``relative``,
``relativeOf`` and ``kinship`` (Wikidata P1038 with P1039); ``kg vocabulary`` finds the
kind and form of a nomination, a visa exemption, a wrongful-detention designation and a
war-risk premium; and CLAIMS.md opens with contents generated from its headings.

Each form is read back from an invented article written for it
(``tests/data/model-r64-relatives-visas-designations``), built once for the module by the
real ``kg build``; each has a look-alike that must not be read the same way.
"""

from __future__ import annotations

import re

import pytest
from casefiles import dry_run_apart

from conftest import ROOT, built_corpus_printing, kg_cli, query_rows, sparql_rows

CASE = ROOT / "tests" / "data" / "model-r64-relatives-visas-designations"
ARTICLE = "000_b8b339855ed1ea80"
CLAIMS = f"claims/{ARTICLE}.yaml"
CRITICISM = 'quote: "Sundrian Interior Minister Dela Marrin criticised the designation as interference in Sundria\'s courts"'
PREFIXES = ("PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    """The store of the case built by the real 'kg build'."""
    return built_corpus_printing(tmp_path_factory, CASE)[0]


def attributed(store, fact: str) -> set[str]:
    """The labels of whom the claims of ``fact`` are attributed to (said_by, prov:wasAttributedTo)."""
    rows = sparql_rows(store, PREFIXES + "SELECT ?who WHERE { ?c gkg:supports ?f ; prov:wasAttributedTo/rdfs:label ?who . "
                                         f'?f rdfs:label ?l . FILTER(STRENDS(STR(?f), "/{fact}")) }}')
    return {r["who"] for r in rows}


def test_a_reported_statement_is_said_by_its_speaker_where_said_by_is_left_out(case):
    # The criticism writes its speaker and 'reported', no said_by; the characterisation,
    # not a statement, names its own.
    assert attributed(case, "criticism-dela-marrin-wrongful-detention-designation") == {"Dela Marrin"}
    assert attributed(case, "characterisation-detention-arlen-vosk-wrongful") == {"Corvanan foreign ministry"}


@pytest.mark.parametrize("claim", [
    "{id: x, fact: criticism-x, type: Criticism, speaker: Dela Marrin, modality: reported, " + CRITICISM + "}",
    "{id: x, fact: accusation-x, type: Accusation, speaker: Dela Marrin, about: Corvana, modality: reported, " + CRITICISM + "}",
    "{id: x, fact: statement-x, type: Statement, speaker: {actor: Dela Marrin, for: Sundria}, modality: reported, " + CRITICISM + "}",
    # Someone else relaying the words keeps said_by of its own.
    "{id: x, fact: criticism-y, type: Criticism, speaker: Dela Marrin, said_by: Sundria, modality: reported, " + CRITICISM + "}",
])
def test_any_kind_of_statement_with_its_speaker_is_read_reported_without_said_by(tmp_path, claim):
    assert "said_by" not in dry_run_apart(CASE, CLAIMS, tmp_path, claim, 0)


@pytest.mark.parametrize("claim", [
    # Not a statement: a detention names no speaker of its own.
    "{id: x, fact: detention-x, type: Detention, target: Arlen Vosk, modality: reported, "
    'quote: "Arlen Vosk, a Corvanan teacher held in Sundria since 2030"}',
    # A statement that names no speaker has no one to stand in for said_by.
    "{id: x, fact: criticism-z, type: Criticism, about: Corvana, modality: reported, " + CRITICISM + "}",
])
def test_a_reported_claim_naming_no_speaker_still_needs_said_by(tmp_path, claim):
    err = dry_run_apart(CASE, CLAIMS, tmp_path, claim, 2)
    assert f"{ARTICLE}.yaml: claim 'x' (line " in err and "a reported claim needs 'said_by'" in err, err


def test_the_guide_states_the_rule_of_a_statements_speaker_as_the_reader_holds_it():
    doc = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    [row] = [line for line in doc.splitlines() if line.startswith("| `said_by` |")]
    assert "`said_by` left out is its `speaker`" in row and "`speaker: Dela Marrin, modality: reported` needs no `said_by`" in row
    assert "its reported claim needs `said_by`" in row


def test_relatives_are_family_ties_with_their_kinship(case):
    rows = sparql_rows(case, PREFIXES + "SELECT ?r ?of ?k WHERE { ?f a gkg:FamilyTie ; gkg:relative/rdfs:label ?r ; "
                                        "gkg:relativeOf/rdfs:label ?of ; gkg:kinship/rdfs:label ?k } ORDER BY ?r")
    assert [(r["r"], r["of"], r["k"]) for r in rows] == [
        ("Ina Marrin", "Ola Marrin", "grandparent"), ("Ola Marrin", "Dela Marrin", "niece or nephew"),
        ("Teo Marrin", "Ola Marrin", "cousin")]
    facts = {r["fact"]: r for r in query_rows(case, "facts", type="FamilyTie")}
    assert facts["family-tie-ola-marrin-dela-marrin"]["details"] == "description: niece"


@pytest.mark.parametrize("claim, message", [
    # A relative alone ties no one: the shapes want the one it is related to.
    ("{id: x, fact: family-tie-x, type: FamilyTie, relative: Teo Marrin, kinship: cousin, quote: \"Her cousin Teo Marrin\"}",
     "a relative and the one it is related to"),
    # A kinship not of the scheme is refused with the values it takes.
    ("{id: x, fact: family-tie-y, type: FamilyTie, relative: Teo Marrin, relativeOf: Ola Marrin, kinship: friend, "
     "quote: \"Her cousin Teo Marrin\"}", "cousin"),
    # A relative is a person: a party is not one.
    ("{id: x, fact: family-tie-z, type: FamilyTie, relative: Civic Union, relativeOf: Ola Marrin, kinship: cousin, "
     "quote: \"Her cousin Teo Marrin\"}", "relative: 'Civic Union' is an Organisation"),
])
def test_a_relative_needs_the_one_it_is_related_to_and_a_kinship_of_the_scheme(tmp_path, claim, message):
    err = dry_run_apart(CASE, CLAIMS, tmp_path, claim, 2)
    assert message in err, err


def test_a_nomination_a_visa_exemption_and_a_designation_read_back(case):
    facts = {r["fact"]: r for r in query_rows(case, "facts")}
    assert "Ola Marrin" in facts["election-mayor-sundria-city"]["participants"]
    assert facts["election-mayor-sundria-city"]["modality"] == "planned"
    [agreement] = [r for r in query_rows(case, "agreements", state="Sundria")
                   if r["fact"] == "agreement-corvana-sundria-visa-exemption-2025-05-14"]
    assert "visa exemption" in str(agreement)
    assert "Characterisation" in facts["characterisation-detention-arlen-vosk-wrongful"]["kind"].title().replace(" ", "")
    # The look-alike: the designation lists nobody as sanctioned.
    assert query_rows(case, "sanctions") == []


@pytest.mark.parametrize("words, kind", [
    ("nominated", "candidate (key"), ("visa-free", "Agreement (kind of fact"), ("visa exemption", "Agreement (kind of fact"),
    ("wrongfully detained", "Characterisation (kind of fact"), ("war-risk premium", "Indicator (kind of fact"),
    ("aunt", "FamilyTie (kind of fact"), ("nephew", "FamilyTie (kind of fact"),
])
def test_kg_vocabulary_finds_the_kind_for_the_words(words, kind):
    assert kg_cli("vocabulary", words).stdout.startswith(kind)


def test_kg_vocabulary_still_finds_nothing_for_a_look_alike():
    # 'visor' is close to no name of the new ones: no visa agreement by spelling.
    out = kg_cli("vocabulary", "visor", check=None)
    assert "Agreement (kind of fact" not in out.stdout


def test_claims_md_opens_with_its_generated_contents_linking_every_section():
    from kg.lookup import CONTENTS_END, CONTENTS_START, guide_contents, heading_anchor

    doc = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    block = doc.split(CONTENTS_START + "\n", 1)[1].split("\n" + CONTENTS_END, 1)[0]
    assert block == guide_contents(), "regenerate the contents of corpus/CLAIMS.md:\n" + guide_contents()
    assert doc.index(CONTENTS_END) < doc.index("| the article says |")
    seen: dict[str, int] = {}
    anchors = [heading_anchor(m.group(1), seen) for m in re.finditer(r"^#{2,3} (.+)$", doc, re.M)]
    assert re.findall(r"\]\(#([^)]+)\)", block) == anchors
    # A kind's line names the section kg vocabulary points to for it, as the lookup finds
    # it (a section, the first table, no example), and for one through the real command.
    from kg.lookup import GUIDE, guide_section, terms

    sampled = {"FamilyTie", "Agreement", "Indicator", "Characterisation", "Criticism", "Meeting", "Accident", "Age",
               "PositionHeld", "Detention"}

    listed = {kind: (line.split("[", 1)[1].split("]", 1)[0] if "](#" in line else None)
              for line in block.splitlines() for kind in re.findall(r"`([A-Z]\w+)`", line)}
    for term in terms():
        if term.role == "kind of fact" and term.name in sampled:
            sampled.remove(term.name)
            where = guide_section(term, GUIDE)
            assert listed[term.name] == (where[1] if where and where[1] != "Writing claims" else None), term.name
    assert not sampled and set(listed) == {t.name for t in terms() if t.role == "kind of fact"} - {"Fact", "Event"}
    line = next(x for x in block.splitlines() if "`FamilyTie`" in x)
    out = kg_cli("vocabulary", "FamilyTie").stdout
    assert f'(section "{line.split("[", 1)[1].split("]", 1)[0]}")' in out
