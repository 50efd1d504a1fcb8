"""Data model 2 on the Bolsonaro conviction and SCO summit articles newcomers wrote as
claims with corpus/CLAIMS.md only (tests/data/model-v2-conviction, model-v2-summit): a
state holding an organisation's rotating presidency, unnamed actors counted in words,
unnamed speakers acting for a party, an appeal's target ruling, a court's panel in
words, the rapporteur and the deciding vote, a plan others allege, presence at a
session, a meeting on the sidelines of a summit, and the statuses decided, resumed and
accepted. Built by the real ``kg build`` and read back through the canned queries; bad
claims are refused naming file, claim and key, with nothing written.
"""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT, by_fact, kg_cli, query_rows, sparql_rows

SUMMIT = ROOT / "tests" / "data" / "model-v2-summit"
CONVICTION = ROOT / "tests" / "data" / "model-v2-conviction"
QUOTE = '"whose country holds the rotating presidency"'


@pytest.fixture(scope="module")
def summit(tmp_path_factory):
    store = tmp_path_factory.mktemp("summit") / "kg-store"
    kg_cli("build", "--corpus", SUMMIT, "--store", store, check=0)
    return store


@pytest.fixture(scope="module")
def conviction(tmp_path_factory):
    store = tmp_path_factory.mktemp("conviction") / "kg-store"
    kg_cli("build", "--corpus", CONVICTION, "--store", store, check=0)
    return store


@pytest.mark.parametrize("case", ["conviction", "summit"])
def test_both_cases_validate_with_shacl_and_hermit(case, request):
    # HermiT finds a range the new constructs break (a state as a position's holder).
    out = kg_cli("validate", "--store", request.getfixturevalue(case), check=0).stdout
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
    assert [(r["target"], r["target_fact"], r["court"], r["initiator"], r["modality"]) for r in rows] == [
        (None, "conviction-stf-bolsonaro-coup-2025-09-11", None, "unnamed lawyers for Jair Bolsonaro", "planned")]


def test_unnamed_lawyers_speak_for_the_party_they_act_for(conviction):
    # 'His lawyers said they would appeal': the speakers are unnamed, acting for Bolsonaro.
    rows = sparql_rows(conviction, """SELECT ?speaker ?party WHERE {
        claim:x01_bolsonaro_conviction.appeal prov:wasAttributedTo ?s .
        ?s rdfs:label ?speaker ; prov:actedOnBehalfOf/rdfs:label ?party }""")
    assert rows == [{"speaker": "unnamed lawyers", "party": "Jair Bolsonaro"}]


CONVICTION_REFUSALS = [
    ('{id: x, fact: appeal-x, type: LegalAction, initiator: Jair Bolsonaro, modality: planned, '
     'said_by: {actor: Luiz Fux, for: Jair Bolsonaro}, quote: "His lawyers said they would appeal."}',
     "said_by.for: only unnamed speakers take 'for'; write said_by: 'Luiz Fux' alone; a tie to 'Jair Bolsonaro' "
     "is not the registry's (its 'of' names a state only)"),
    ('{id: x, fact: appeal-x, type: LegalAction, initiator: Jair Bolsonaro, modality: planned, '
     'said_by: {actor: unnamed lawyers, for: Bolsonaro Jr}, quote: "His lawyers said they would appeal."}',
     "said_by.for: unknown entity 'Bolsonaro Jr'"),
    ('{id: x, fact: appeal-x, type: LegalAction, initiator: Jair Bolsonaro, modality: planned, '
     'said_by: {actor: unnamed lawyers, for: Jair Bolsonaro, of: Brazil}, quote: "His lawyers said they would appeal."}',
     "said_by: a mapping is {actor: unnamed …, of: STATE}"),
    ('{id: x, fact: appeal-x, type: LegalAction, target: appeal-of-no-such-ruling, actionType: appeal, '
     'quote: "His lawyers said they would appeal."}', "target: 'appeal-of-no-such-ruling' is neither an entity of the registry nor the id of a fact stated by a "
     "claim of this file or of another claims file in claims"),
    ('{id: x, fact: attack-x, type: Attack, target: conviction-stf-bolsonaro-coup-2025-09-11, '
     'quote: "His lawyers said they would appeal."}', "target: a fact id ('conviction-stf-bolsonaro-coup-2025-09-11') as target is the key 'targetFact', which "
     "applies to LegalAction or Sanction only; an Attack's target is an actor of the registry"),
    # A judge's role belongs to a legal action, a deciding vote to a vote; both name a person.
    ('{id: x, fact: vote-x, type: Vote, votingBody: Supreme Court of Brazil, rapporteur: Alexandre de Moraes, '
     'quote: "Justice Carmen Lucia cast the deciding vote."}',
     "key 'rapporteur' does not apply to a Vote: its domain is LegalAction"),
    ('{id: x, fact: case-x, type: LegalAction, court: Supreme Court of Brazil, target: Jair Bolsonaro, rapporteur: Brazil, '
     'quote: "Justice Alexandre de Moraes, who oversaw the case"}', "rapporteur: 'Brazil' is a State, but rapporteur takes a Person"),
    ('{id: x, fact: case-x, type: LegalAction, court: Supreme Court of Brazil, target: Jair Bolsonaro, decidingVoter: Carmen Lucia, '
     'quote: "Justice Carmen Lucia cast the deciding vote."}',
     "key 'decidingVoter' does not apply to a LegalAction: its domain is Vote"),
    ('{id: x, fact: case-x, type: LegalAction, court: Supreme Court of Brazil, target: Jair Bolsonaro, presidingJudge: unnamed judge, '
     'quote: "Justice Alexandre de Moraes, who oversaw the case"}',
     "presidingJudge: takes a Person named in the registry, not 'unnamed judge'"),
    ('{id: x, fact: attack-x, type: Attack, target: Lula, modality: alleged plans, said_by: unnamed prosecutors, '
     'quote: "the plot included plans to kill"}',
     "unknown modality 'alleged plans'; use asserted, reported, planned, requested, alleged, alleged plan, denied"),
]


SUMMIT_REFUSALS = [
    (f"{{id: x, fact: position-x, type: PositionHeld, holder: China, position: head of state, positionOf: SCO, quote: {QUOTE}}}",
     "holder: 'China' is a State; a state or organisation holds only a body's rotating presidency or chair "
     "(position: rotating presidency), other positions are held by a person"),
    (f"{{id: x, fact: position-x, type: PositionHeld, holder: Xi Jinping, position: rotating presidency, positionOf: SCO, "
     f"quote: {QUOTE}}}",
     "holder: 'Xi Jinping' is a person, but a rotating presidency is held by a state or organisation (holder: China), "
     "or by a person for the one whose turn it is, where the text gives it to the person (holder: {actor: Xi Jinping, "
     "for: <the state>}); a person chairing the sittings is position: presiding officer"),
    (f"{{id: x, fact: meeting-x, type: Meeting, participant: {{actor: Xi Jinping, among: [António Guterres]}}, "
     f"quote: {QUOTE}}}", "participant.among: the parts of unnamed actors are unnamed actors themselves ('8 unnamed heads of state'), "
     "the states or organisations the article names among them ('representatives of 23 countries, including Turkey': "
     "among: Turkey) or the people it names among them ('heads of 10 organisations, among them Guterres'), of an "
     "'actor' that is unnamed; got 'António Guterres'"),
    # Presence is at a meeting or ceremony; 'on the sidelines of' names an event's fact id.
    ('{id: x, fact: visit-x, type: Visit, visitor: Xi Jinping, hostState: India, attendee: Shehbaz Sharif, '
     'quote: "where Pakistan\'s Prime Minister Shehbaz Sharif was present"}',
     "key 'attendee' does not apply to a Visit: its domain is Agreement or Ceremony or Lease or LegalAction or Meeting or Statement or Vote"),
    ('{id: x, fact: meeting-x, type: Meeting, participant: [Narendra Modi, Xi Jinping], '
     'besideEvent: meeting-sco-summit-tianjin-2052, quote: "on the sidelines of the summit"}',
     "besideEvent: 'meeting-sco-summit-tianjin-2052' is not the id of a fact stated by a claim of this file or of "
     "another claims file in claims/ (did you mean 'meeting-sco-summit-tianjin-2025'"),
    ('{id: x, fact: meeting-x, type: Meeting, participant: [Narendra Modi, Xi Jinping], besideEvent: Tianjin, '
     'quote: "on the sidelines of the summit"}', "besideEvent: expected the id of another fact"),
    ('{id: x, fact: tariff-x, type: Tariff, authority: United States, target: India, '
     'besideEvent: meeting-sco-summit-tianjin-2025, quote: "on the sidelines of the summit"}',
     "key 'besideEvent' does not apply to a Tariff: its domain is Agreement or Ceremony or Conference or Cooperation or Handover or Investment or Loan or Meeting or Negotiation or Protest or Statement or Support"),
    ('{id: x, fact: flights-x, type: Cooperation, party: [India, China], status: resuming, quote: "were being resumed"}',
     "status: unknown value 'resuming'; use one of: acceded, accepted, adopted"),
    # Present without taking part, and a deciding vote cast for or against, within one claim.
    ('{id: x, fact: meeting-x, type: Meeting, participant: [Narendra Modi, Shehbaz Sharif], attendee: Shehbaz Sharif, '
     'quote: "where Pakistan\'s Prime Minister Shehbaz Sharif was present"}',
     "attendee: Shehbaz Sharif is also a participant in this claim; an attendee was present without taking part"),
    ('{id: x, fact: vote-x, type: Vote, votingBody: SCO, abstained: [India], decidingVoter: India, '
     'quote: "where Pakistan\'s Prime Minister Shehbaz Sharif was present"}',
     "decidingVoter: India abstained in this claim; a deciding vote is cast for or against (votedYes or votedNo)"),
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
    err = kg_cli("build", "--corpus", corpus, "--store", store, check=2).stderr
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




# -- Courts' panels, judges' roles, deciding votes, alleged plans (conviction case) ------

def test_a_court_panel_in_words_and_the_rapporteur_show_in_legal_actions(conviction):
    # 'A panel of Brazil's Supreme Court ... convicted'; 'Justice Alexandre de Moraes, who oversaw the case'
    rows = by_fact(query_rows(conviction, "legal-actions", target="Jair Bolsonaro"))
    assert (rows["conviction-stf-bolsonaro-coup-2025-09-11"]["court"],
            rows["conviction-stf-bolsonaro-coup-2025-09-11"]["bench"]) == (
        "Supreme Court of Brazil", "a panel of Brazil's Supreme Court")
    assert rows["trial-stf-bolsonaro-coup-2025"]["bench"] == "rapporteur: Alexandre de Moraes"


def test_the_deciding_vote_is_shown_beside_how_each_justice_voted(conviction):
    # 'Justice Carmen Lucia cast the deciding vote.'
    [vote] = [r for r in query_rows(conviction, "votes") if r["fact"] == "vote-stf-panel-bolsonaro-2025-09-11"]
    assert vote["members"] == "for: Alexandre de Moraes, Carmen Lucia; against: Luiz Fux; deciding vote: Carmen Lucia"
    assert (vote["for"], vote["against"]) == (4, 1)


def test_a_plan_others_allege_is_an_alleged_plan_and_never_counted_as_done(conviction):
    # 'According to prosecutors, the plot included plans to kill President Luiz Inacio Lula da Silva'
    rows = sparql_rows(conviction, """SELECT ?modality ?speaker WHERE {
        claim:x01_bolsonaro_conviction.kill-plan gkg:modality/rdfs:label ?modality ;
            prov:wasAttributedTo/rdfs:label ?speaker }""")
    assert rows == [{"modality": "alleged plan", "speaker": "unnamed prosecutors"}]
    [fact] = [r for r in query_rows(conviction, "facts", type="Attack") if r["fact"] == "attack-plot-kill-lula-2022"]
    assert fact["modality"] == "alleged plan"


# -- Sessions, sidelines, decided, resumed and accepted (summit case) --------------------

def test_a_meeting_on_the_sidelines_of_a_summit_and_an_attendee_of_a_session(summit):
    rows = by_fact(query_rows(summit, "meetings"))
    # 'held talks with Xi on Sunday on the sidelines of the summit': beside it, not part of it
    talks = rows["meeting-narendra-modi-xi-jinping-2025-08-31"]
    assert talks["beside"] == "meeting-sco-summit-tianjin-2025"
    assert sparql_rows(summit, "SELECT ?x WHERE { fact:meeting-narendra-modi-xi-jinping-2025-08-31 gkg:partOf ?x }") == []
    # 'the plenary session, where Pakistan's Prime Minister Shehbaz Sharif was present'
    plenary = rows["meeting-sco-plenary-2025-09-01"]
    # Unnamed actors are shown with the body they belong to ('of: SCO').
    assert (plenary["attendees"], plenary["participants"]) == (
        "Shehbaz Sharif", "Narendra Modi, unnamed leaders (Shanghai Cooperation Organisation)")
    assert [r["fact"] for r in query_rows(summit, "meetings", person="Shehbaz Sharif")] == []
    # His timeline shows the session with the role he had there.
    timeline = by_fact(query_rows(summit, "timeline", entity="Shehbaz Sharif"))
    assert timeline["meeting-sco-plenary-2025-09-01"]["role"] == "attendee"


@pytest.mark.parametrize("fact, status", [
    ("founding-sco-development-bank", "decided"),           # 'decided to establish an SCO Development Bank'
    ("cooperation-india-china-direct-flights", "resumed"),   # 'direct flights ... were being resumed'
    ("visit-xi-jinping-india-brics-summit-2026", "accepted"),  # 'and Xi accepted'
])
def test_decided_resumed_and_accepted_are_statuses(summit, fact, status):
    rows = sparql_rows(summit, f"SELECT ?s WHERE {{ fact:{fact} gkg:status/rdfs:label ?s }}")
    assert rows == [{"s": status}]


def test_an_accepted_invitation_shows_in_visits(summit):
    [visit] = [r for r in query_rows(summit, "visits") if r["fact"] == "visit-xi-jinping-india-brics-summit-2026"]
    assert visit["status"] == "accepted" and "planned" in visit["modality"]
