"""What held23 (Assange's guilty plea in Saipan and return to Australia) showed the canned
queries get wrong, answered right now, and what it could not hold with ontology 2.21.0,
now in the model (2.22.0). Built from the held-out set by the real ``kg build``, read
back through the canned queries (``kg query ... --format json``) or SPARQL; bad claims
are refused with exit 2, naming file, claim, line and key, and leave the store as it was.
"""

from __future__ import annotations

from casefiles import assert_refused
from conftest import ROOT, by_fact, query_rows, sparql_rows
# The held-out set built once by the real 'kg build', and its 'facts' rows by fact id.
from test_model_r12 import HELD, facts, store  # noqa: F401 (pytest fixtures)
from test_model_r18 import _links

HELD23 = "claims/held23_assange-plea-deal-saipan.yaml"
PLEA = "plea-assange-saipan-2024-06-26"
EXTRADITION = "extradition-us-assange"
DEAL = "agreement-assange-us-justice-department-plea-2024"


# -- the canned queries ------------------------------------------------------------------------

def test_legal_actions_show_the_maximum_penalty_a_stage_reached_what_ended_it_and_its_length(store):
    rows = by_fact(query_rows(store, "legal-actions"))
    plea = rows[PLEA]
    assert plea["max_penalty"] == "up to 10 years in prison"
    # The judge's acceptance is a stage: the status column names it, who took it and when.
    assert plea["status"] == "accepted (Ramona Manglona, 2024-06-26)"
    fight = rows[EXTRADITION]
    assert (fight["ended_by"], fight["length"]) == (DEAL, "more than five years")
    assert fight["status"] == "approved (Priti Patel, 2022-06-17), ended"
    # A duration as a person reads it, not ISO 8601: the 62 months served.
    assert rows["sentence-assange-saipan-2024-06-26"]["sentence"] == "time served in Belmarsh prison, 5 years 2 months"
    assert not any("P5Y" in (r.get("sentence") or "") + (r.get("length") or "") for r in rows.values())


def test_legal_actions_against_a_person_include_rulings_on_a_fact_about_him(store):
    rows = by_fact(query_rows(store, "legal-actions", target="Julian Assange"))
    # Baraitser's refusal targets the extradition request; the High Court's reversal, her ruling.
    assert rows["ruling-baraitser-assange-extradition-2021-01"]["target_fact"] == EXTRADITION
    assert "ruling-high-court-assange-extradition-2021-12" in rows
    assert {PLEA, EXTRADITION} <= set(rows)
    # Not every ruling on a fact: none of the others' targets is about Assange.
    assert all("assange" in fact or "sweden" in fact or "saipan" in fact for fact in rows)


def test_journeys_bound_a_relative_start_by_the_landing_day(store):
    rows = by_fact(query_rows(store, "journeys", traveller="Julian Assange"))
    # "After the hearing he flew on to Canberra, where he landed on Wednesday evening."
    assert rows["travel-assange-saipan-canberra-2024-06-26"]["date"] == "2024-06-26"
    assert rows["travel-assange-stansted-2024-06-24"]["date"] == "2024-06-24"


def test_leaders_show_where_an_envoy_is_posted(store):
    rows = by_fact(query_rows(store, "leaders", of="Australia"))
    # "Australia's ambassador to the United States, Kevin Rudd, and its high commissioner in London"
    assert rows["position-kevin-rudd-ambassador-united-states"]["position"] == "ambassador to United States"
    assert rows["position-stephen-smith-high-commissioner-united-kingdom"]["position"] == "high commissioner to United Kingdom"
    assert rows["position-anthony-albanese-pm-australia"]["position"] == "head of government"


# -- what the table lost, held now (ontology 2.22.0) ---------------------------------------------

def test_family_ties_say_who_is_married_to_whom_and_who_is_the_parent(store, tmp_path):
    rows = sparql_rows(store, "SELECT ?f ?p ?c WHERE { VALUES ?f { fact:family-tie-john-shipton-julian-assange } "
                              "?f a gkg:FamilyTie ; gkg:parent/rdfs:label ?p ; gkg:child/rdfs:label ?c }")
    assert [(r["p"], r["c"]) for r in rows] == [("John Shipton", "Julian Assange")]
    spouses = sparql_rows(store, "SELECT ?s WHERE { fact:family-tie-julian-stella-assange a gkg:FamilyTie ; gkg:spouse/rdfs:label ?s }")
    assert {r["s"] for r in spouses} == {"Julian Assange", "Stella Assange"}
    assert_refused(HELD, HELD23, store, tmp_path,
                   '{id: x, fact: family-tie-x, type: FamilyTie, spouse: Stella Assange, quote: "his wife Stella"}',
                   "a family tie needs two spouses (spouse: [A, B]), two siblings (sibling: [A, B]), or a parent and a child (parent, child)")


def test_the_publication_is_an_act_with_its_publisher_and_size_and_the_charge_is_over_it(store, facts):
    pub = facts["publication-wikileaks-war-documents-2010"]
    assert pub["kind"] == "publication of documents" and "WikiLeaks" in pub["participants"]
    [row] = sparql_rows(store, "SELECT ?p ?m ?q WHERE { fact:publication-wikileaks-war-documents-2010 gkg:publisher/rdfs:label ?p ; "
                               "gkg:material ?m ; gkg:quantityOf ?q }")
    assert (row["p"], row["q"]) == ("WikiLeaks", "classified military documents and diplomatic cables")
    assert row["m"].startswith("classified military documents")
    assert "conduct charged: publication-wikileaks-war-documents-2010" in _links(facts["charge-us-assange-indictment"])
    assert not any(link.startswith("in response to") for link in _links(facts["charge-us-assange-indictment"]))


def test_a_plea_is_the_defendants_step_on_the_charge_and_a_self_target_is_refused(store, tmp_path):
    rows = by_fact(query_rows(store, "legal-actions"))
    plea = rows[PLEA]
    assert (plea["action"], plea["initiator"], plea["target_fact"]) == ("plea; guilty plea", "Julian Assange", "charge-us-assange-indictment")
    [kind] = sparql_rows(store, f"SELECT ?p WHERE {{ fact:{PLEA} gkg:legalActionKind gkg:Plea ; gkg:plea ?p }}")
    assert kind["p"] == "guilty"
    assert_refused(HELD, HELD23, store, tmp_path,
                   '{id: x, fact: plea-x, type: LegalAction, actionType: guilty plea, initiator: Julian Assange, '
                   'target: Julian Assange, quote: "pleaded guilty"}',
                   "target: Julian Assange is also the initiator; a legal action is brought by one party against "
                   "another. Where Julian Assange takes a step in a case of their own: a plea ('pleaded guilty') is "
                   "legalActionKind: plea, plea: guilty, initiator: Julian Assange, target: <the charge's fact id>")


def test_a_plea_is_guilty_not_guilty_or_no_contest(store, tmp_path):
    assert_refused(HELD, HELD23, store, tmp_path,
                   '{id: x, fact: plea-x, type: LegalAction, legalActionKind: plea, plea: maybe, initiator: Julian Assange, '
                   'target: charge-us-assange-indictment, quote: "pleaded guilty"}',
                   "a plea is guilty, not guilty or no contest")


def test_an_unnamed_court_holds_the_ruling_and_the_judges_post(store):
    ruling = by_fact(query_rows(store, "legal-actions", target="Julian Assange"))["ruling-baraitser-assange-extradition-2021-01"]
    assert ruling["court"] == "unnamed district court in London (United Kingdom)"
    [post] = sparql_rows(store, "SELECT ?st WHERE { fact:position-vanessa-baraitser-district-judge gkg:positionOf ?c . "
                                "fact:ruling-baraitser-assange-extradition-2021-01 gkg:court ?c . ?c a gkg:UnnamedActors ; gkg:ofState/rdfs:label ?st }")
    assert post["st"] == "United Kingdom"


def test_a_case_pressed_the_state_asked_whom_a_speaker_told_and_a_case_dropped_as_a_stage(store, facts):
    assert facts["advocacy-australia-assange-leader-level"]["kind"] == "advocacy"
    [pressed] = sparql_rows(store, "SELECT ?s ?l ?c WHERE { fact:advocacy-australia-assange-leader-level a gkg:Advocacy ; "
                                   "gkg:speaker/rdfs:label ?s ; gkg:level ?l ; gkg:aboutFact/rdfs:label ?c }")
    assert (pressed["s"], pressed["l"], pressed["c"]) == ("Government of Australia", "at leader level", EXTRADITION)
    [asked] = sparql_rows(store, f"SELECT ?r WHERE {{ fact:{EXTRADITION} gkg:recipient/rdfs:label ?r }}")
    assert asked["r"] == "United Kingdom"
    told = {r["fact"]: r for r in query_rows(store, "statements", speaker="Julian Assange")}
    assert told["statement-assange-encouraged-source-2024-06-26"]
    [to] = sparql_rows(store, "SELECT ?r WHERE { fact:statement-assange-encouraged-source-2024-06-26 gkg:recipient/rdfs:label ?r }")
    assert to["r"] == "federal court in Saipan"
    warrant = by_fact(query_rows(store, "legal-actions", target="Julian Assange"))["warrant-sweden-assange-2010"]
    assert warrant["status"].startswith("terminated")
    assert "investigation-sweden-assange-sexual-assault" not in facts


# -- the ontology and CLAIMS.md ----------------------------------------------------------------------

def test_the_new_terms_have_labels_definitions_and_the_version_is_2_22(store):
    terms = "gkg:FamilyTie gkg:spouse gkg:parent gkg:child gkg:Publication gkg:publisher gkg:material gkg:conduct gkg:Plea gkg:plea gkg:Advocacy gkg:level"
    rows = sparql_rows(store, f"SELECT ?t ?d WHERE {{ VALUES ?t {{ {terms} }} ?t rdfs:label ?l ; skos:definition ?d }}")
    assert len({r["t"] for r in rows}) == 12 and all(len(r["d"]) > 80 for r in rows)
    [v] = sparql_rows(store, "SELECT ?v WHERE { ?o a owl:Ontology ; owl:versionInfo ?v }")
    assert tuple(map(int, v["v"].split("."))) >= (2, 22, 0)


def test_the_new_keys_and_the_forms_missed_are_in_the_index():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    index = text[:text.index("## ")]
    for words, key in (("his wife stella", "spouse: [Julian Assange, Stella Assange]"), ("his father john shipton", "parent: John Shipton"),
                       ("wikileaks' publication", "type: Publication"), ("charged assange over", "conduct:"),
                       ("pleaded guilty to a single count", "legalActionKind: plea"), ("a london district judge", "court: {group: london-court}"),
                       ("pressed the case at leader level", "type: Advocacy"), ("his extradition from britain", "recipient: United Kingdom"),
                       ("assange told the court", "recipient:"), ("later dropped the case", "stage: {status: terminated")):
        row = next((r for r in index.splitlines() if words in r.casefold()), "")
        assert key in row, (words, key)
    # A spouse the text leaves unnamed ('his wife') is unnamed actors: the role takes them.
    assert "| `spouse` | FamilyTie | Person | yes |" in text and "| `FamilyTie` | at least 2 `spouse` or at least 2 `sibling` or at least 1 `parent`" in text
