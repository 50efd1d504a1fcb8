"""Data model 2 on the SCO summit article newcomers wrote as claims with
corpus/CLAIMS.md only (tests/data/model-v2-summit): a state holding an organisation's
rotating presidency. Built by the real ``kg build`` and read back through the canned
queries; bad claims are refused naming file, claim and key, with nothing written.
"""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT, query_rows, run_kg, sparql_rows

SUMMIT = ROOT / "tests" / "data" / "model-v2-summit"
CONVICTION = ROOT / "tests" / "data" / "model-v2-conviction"
QUOTE = '"whose country holds the rotating presidency"'


@pytest.fixture(scope="module")
def summit(tmp_path_factory):
    store = tmp_path_factory.mktemp("summit") / "kg-store"
    run_kg("build", "--corpus", SUMMIT, "--store", store, check=0)
    return store


@pytest.fixture(scope="module")
def conviction(tmp_path_factory):
    store = tmp_path_factory.mktemp("conviction") / "kg-store"
    run_kg("build", "--corpus", CONVICTION, "--store", store, check=0)
    return store


@pytest.mark.parametrize("case", ["conviction", "summit"])
def test_both_cases_validate_with_shacl_and_hermit(case, request):
    # HermiT finds a range the new constructs break (a state as a position's holder).
    out = run_kg("validate", "--store", request.getfixturevalue(case), check=0).stdout
    assert "conforms" in out and "does NOT conform" not in out and "HermiT" in out


def test_several_unnamed_co_defendants_are_at_least_three_with_their_counted_part(conviction):
    # 'sentenced several co-defendants, including two former defence ministers'
    rows = sparql_rows(conviction, """SELECT ?label ?least ?approx ?part ?n WHERE {
        fact:sentencing-stf-co-defendants-2025-09-11 gkg:target ?g .
        ?g rdfs:label ?label ; gkg:minCount ?least ; gkg:approximate ?approx .
        FILTER NOT EXISTS { ?g gkg:count ?any }
        ?p gkg:subgroupOf ?g ; rdfs:label ?part ; gkg:count ?n }""")
    assert rows == [{"label": "several unnamed co-defendants", "least": 3, "approx": True,
                     "part": "2 unnamed former defence ministers", "n": 2}]


def test_an_appeal_targets_the_ruling_it_challenges_and_names_no_court(conviction):
    # 'His lawyers said they would appeal': the conviction is appealed; no court is named.
    rows = [r for r in query_rows(conviction, "legal-actions") if r["fact"] == "appeal-bolsonaro-conviction-2025"]
    assert [(r["target"], r["court"], r["initiator"], r["modality"]) for r in rows] == [
        ("conviction-stf-bolsonaro-coup-2025-09-11", None, "unnamed lawyers for Jair Bolsonaro", "planned")]


def test_unnamed_lawyers_speak_for_the_party_they_act_for(conviction):
    # 'His lawyers said they would appeal': the speakers are unnamed, acting for Bolsonaro.
    rows = sparql_rows(conviction, """SELECT ?speaker ?party WHERE {
        claim:x01_bolsonaro_conviction.appeal prov:wasAttributedTo ?s .
        ?s rdfs:label ?speaker ; prov:actedOnBehalfOf/rdfs:label ?party }""")
    assert rows == [{"speaker": "unnamed lawyers", "party": "Jair Bolsonaro"}]


CONVICTION_REFUSALS = [
    ('{id: x, fact: appeal-x, type: LegalAction, initiator: Jair Bolsonaro, modality: planned, '
     'said_by: {actor: Luiz Fux, for: Jair Bolsonaro}, quote: "His lawyers said they would appeal."}',
     "said_by.for: only unnamed speakers take 'for'; the registry gives 'Luiz Fux' its state or affiliation "
     "('of' in entities.yaml, or an Affiliation fact)"),
    ('{id: x, fact: appeal-x, type: LegalAction, initiator: Jair Bolsonaro, modality: planned, '
     'said_by: {actor: unnamed lawyers, for: Bolsonaro Jr}, quote: "His lawyers said they would appeal."}',
     "said_by.for: unknown entity 'Bolsonaro Jr'"),
    ('{id: x, fact: appeal-x, type: LegalAction, initiator: Jair Bolsonaro, modality: planned, '
     'said_by: {actor: unnamed lawyers, for: Jair Bolsonaro, of: Brazil}, quote: "His lawyers said they would appeal."}',
     "said_by: a mapping is {actor: unnamed …, of: STATE}"),
    ('{id: x, fact: appeal-x, type: LegalAction, target: appeal-of-no-such-ruling, actionType: appeal, '
     'quote: "His lawyers said they would appeal."}', "target: 'appeal-of-no-such-ruling' is neither an entity of the registry nor the id of a fact stated by a "
     "claim of this file or of another claims file in claims"),
    ('{id: x, fact: sanction-x, type: Sanction, target: conviction-stf-bolsonaro-coup-2025-09-11, '
     'quote: "His lawyers said they would appeal."}', "target: a fact id ('conviction-stf-bolsonaro-coup-2025-09-11') as target is the key 'targetFact', which "
     "applies to LegalAction only; a Sanction's target is an actor of the registry"),
]


SUMMIT_REFUSALS = [
    (f"{{id: x, fact: position-x, type: PositionHeld, holder: China, position: head of state, positionOf: SCO, quote: {QUOTE}}}",
     "holder: 'China' is a State; a state or organisation holds only a body's rotating presidency or chair "
     "(position: rotating presidency), other positions are held by a person"),
    (f"{{id: x, fact: position-x, type: PositionHeld, holder: Xi Jinping, position: rotating presidency, positionOf: SCO, "
     f"quote: {QUOTE}}}",
     "holder: 'Xi Jinping' is a person, but a rotating presidency is held by a state or organisation (holder: China); "
     "a person chairing the sittings is position: presiding officer"),
    (f"{{id: x, fact: meeting-x, type: Meeting, participant: {{actor: Xi Jinping, among: [António Guterres]}}, "
     f"quote: {QUOTE}}}", "participant.among: the parts of unnamed actors are unnamed actors themselves ('8 unnamed heads of state'), "
     "the states or organisations the article names among them ('representatives of 23 countries, including Turkey': "
     "among: Turkey) or the people it names among them ('heads of 10 organisations, among them Guterres'), of an "
     "'actor' that is unnamed; got 'António Guterres'"),
]


def refused(tmp_path, case, cases) -> str:
    """Build a copy of the ``case`` corpus with ``cases`` (claim, message) added as
    claims file x9.yaml, claim ``x<n>`` on line n + 2; the build exits 2 with no
    traceback and writes no store. Returns its messages."""
    corpus = tmp_path / case.name
    shutil.copytree(case, corpus)
    article = next((case / "claims").glob("*.yaml")).stem
    claims = "".join("  - " + c.replace("{id: x,", f"{{id: x{n},", 1) + "\n" for n, (c, _) in enumerate(cases, 1))
    (corpus / "claims" / "x9.yaml").write_text(f"article: {article}\nclaims:\n{claims}", encoding="utf-8")
    store = tmp_path / "kg-store"
    err = run_kg("build", "--corpus", corpus, "--store", store, check=2).stderr
    assert "Traceback" not in err
    assert not store.exists() or not any(store.iterdir())
    return err


@pytest.mark.parametrize("case, cases", [(CONVICTION, CONVICTION_REFUSALS), (SUMMIT, SUMMIT_REFUSALS)],
                         ids=["conviction", "summit"])
def test_bad_new_constructs_are_refused_naming_file_claim_and_key_and_nothing_is_written(tmp_path, case, cases):
    err = refused(tmp_path, case, cases)
    for n, (_, message) in enumerate(cases, 1):
        assert f"x9.yaml: claim 'x{n}' (line {n + 2}): {message}" in err, err


def test_a_person_named_among_unnamed_heads_is_one_of_them(summit):
    # 'the heads of 10 international organisations, among them UN Secretary-General António Guterres'
    rows = sparql_rows(summit, """SELECT ?group ?n ?member WHERE {
        fact:meeting-sco-summit-tianjin-2025 gkg:participant ?g .
        ?g gkg:namedMember/rdfs:label ?member ; rdfs:label ?group ; gkg:count ?n }""")
    assert rows == [{"group": "10 unnamed heads of international organisations", "n": 10, "member": "António Guterres"}]


def test_a_state_holds_the_sco_rotating_presidency_and_leaders_show_it(summit):
    rows = [r for r in query_rows(summit, "leaders", of="SCO") if r["position"] == "rotating presidency"]
    assert [(r["holder"], r["tenure"], r["fact"]) for r in rows] == [
        ("China", "current", "position-china-rotating-presidency-sco")]
    # The person heading the state is still its head of state, not the SCO's president.
    xi = [r for r in query_rows(summit, "leaders", of="China")]
    assert [(r["holder"], r["position"]) for r in xi] == [("Xi Jinping", "head of state")]


