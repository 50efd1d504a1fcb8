"""What a newcomer could not write, or was misled about, for the expulsions of the British
and Russian defence attachés of May 2024 (tests/data/newcomer-espionage), and what the
canned queries answered wrongly for it, each fixed for its kind (espionage, expulsions,
arrests and charges, sabotage, in news in general): ``legal-actions`` finding a person
named among unnamed targets, ``leaders`` keeping a hedge and a bounded start, a negative
claim counted as a source against its fact in ``facts`` and ``legal-actions``; a
building an executive action is aimed at (``targetSite``), whom a claim's words were said
to (``said_to``), a motive imputed to an act nobody disputes and whose motive it is
(``reasonOf``); a site used (``usedItem``), an unnamed thing owned, and a recruitment.

Each is read from tests/data/newcomer-espionage-recount, which the real ``kg build``
writes once for the module; the queries run on it in this process. The wrong claims are
added together to a copy of the re-counted claims, and one ``kg ingest --dry-run`` must
refuse each with its own message.
"""

from __future__ import annotations

import shutil

import pytest
from casefiles import refused_with_the_incomplete, store_copy
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

RECOUNT = ROOT / "tests" / "data" / "newcomer-espionage-recount"
CLAIMS = "claims/x01_uk-russia-attache-expulsions.yaml"
PLEA = "plea-earl-co-defendants"
STRIP = "action-uk-strip-diplomatic-status-russian-properties-2024-05"
COGHILL = "expulsion-russia-adrian-coghill-2024-05-16"
ARSON = "attack-leyton-warehouse-arson-2024-03-20"
QUOTE = 'quote: "Cleverly also said the government would strip diplomatic status"'
UK = "initiator: Government of the United Kingdom"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims, built once by the real ``kg build``; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted claims: the words of its message that must be printed on its line.
WRONG = {
    "a building as an executive action's target":
        ('{id: x0, fact: action-x, type: ExecutiveAction, ' + UK + ', target: Seacox Heath, ' + QUOTE + '}',
         "target: 'Seacox Heath' is a Site, but target takes an Actor or an Asset; a building or site an attack or "
         "an executive action is aimed at is targetSite: Seacox Heath"),
    "a site a summons is aimed at":
        ('{id: x1, fact: summons-x, type: Summons, initiator: Foreign Office, targetSite: Seacox Heath, ' + QUOTE + '}',
         "key 'targetSite' does not apply to a Summons: its domain is AirspaceClosure or Attack or ExecutiveAction"),
    "whom words were said to, with no speaker":
        ('{id: x2, fact: action-y, type: ExecutiveAction, ' + UK + ', said_to: House of Commons, ' + QUOTE + '}',
         "said_to: whom a speaker said it to needs the speaker (said_by)"),
    "a city as whom words were said to":
        ('{id: x3, fact: action-z, type: ExecutiveAction, ' + UK + ', said_by: James Cleverly, said_to: London, '
         + QUOTE + '}',
         "said_to: 'London' is a City, but said_to takes an Actor"),
    "a region as whose motive":
        ('{id: x4, fact: action-w, type: ExecutiveAction, ' + UK + ', reason: spite, reasonOf: Sussex, ' + QUOTE + '}',
         "reasonOf: 'Sussex' is a Region, but reasonOf takes an Actor"),
    "whose motive, with no motive":
        ('{id: x7, fact: action-u, type: ExecutiveAction, ' + UK + ', reasonOf: Vladimir Putin, ' + QUOTE + '}',
         "reasonOf: whose motive it is needs the motive in the same claim (reason: <the words>)"),
    "a person as the thing used":
        ('{id: x5, fact: use-x, type: Use, usedItem: James Cleverly, usedFor: spying, ' + QUOTE + '}',
         "usedItem: 'James Cleverly' is a Person, but usedItem takes an Asset or a Place or unnamed ones"),
    "a site as what others were recruited for":
        ('{id: x6, fact: recruitment-x, type: Recruitment, recruiter: Dylan Earl, recruited: Jake Reeves, '
         'recruitedFor: Seacox Heath, ' + QUOTE + '}',
         "recruitedFor: expected the id of another fact"),
    "a start by a day that is no date":
        ('{id: x8, fact: position-x, type: PositionHeld, holder: Maxim Elovik, positionOf: Russia, '
         'position: attaché, startDate: by then, ' + QUOTE + '}',
         "or the latest it began: 'by 2014'"),
}

#: Facts refused by the shapes once read: the words of the message naming the fact.
INCOMPLETE = {
    "a recruitment of no one":
        ('{id: y0, fact: recruitment-y, type: Recruitment, recruiter: Dylan Earl, ' + QUOTE + '}',
         "fact 'recruitment-y' (Recruitment): a recruitment needs who was recruited"),
    "a use of nothing named":
        ('{id: y1, fact: use-y, type: Use, usedFor: spying, ' + QUOTE + '}',
         "fact 'use-y' (Use): a use names the thing used, in words (item: gallium) or as a site or asset of the "
         "registry (usedItem: Seacox Heath)"),
}


# -- 1. the queries --------------------------------------------------------------------------------------

def test_legal_actions_finds_a_person_named_among_unnamed_targets(store):
    facts = {r["fact"] for r in query_rows(store, "legal-actions", target="Jake Reeves")}
    # The hearing and the sending of the case name Reeves among "4 unnamed other men".
    assert {"hearing-old-bailey-earl-2024-05-10", "sending-earl-case-old-bailey-2024"} <= facts
    assert facts == {r["fact"] for r in query_rows(store, "legal-actions")
                     if "Reeves" in (r["target"] or "") or "4 unnamed other men" in (r["target"] or "")
                     or r["fact"] == PLEA}
    # Someone named in none of them is not matched through the group.
    assert {r["fact"] for r in query_rows(store, "legal-actions", target="Dominic Murphy")} == set()


def test_a_negative_claim_states_its_fact_as_negative_and_denies_nothing(store):
    legal = by_fact(query_rows(store, "legal-actions"))
    assert (legal[PLEA]["sources"], legal[PLEA]["against"], legal[PLEA]["modality"]) == ("1 (negative)", 0, "asserted (negative)")
    assert (legal["charge-dylan-earl-leyton-arson"]["sources"], legal["charge-dylan-earl-leyton-arson"]["against"]) == (1, 0)
    facts = by_fact(query_rows(store, "facts", type="LegalAction"))
    assert (facts[PLEA]["sources"], facts[PLEA]["against"], facts[PLEA]["polarity"]) == ("1 (negative)", 0, "negative")
    # A denial counts against, beside the sources that allege it.
    spying = by_fact(query_rows(store, "facts", type="Espionage"))["espionage-maxim-elovik-russia"]
    assert (spying["sources"], spying["against"]) == (1, 1)


def test_leaders_keeps_a_hedge_and_shows_a_start_known_by_its_bounds(store, tmp_path):
    [elovik] = query_rows(store, "leaders", person="Maxim Elovik")
    assert elovik["claims"] == "asserted; asserted, hedged"
    [cleverly] = query_rows(store, "leaders", person="James Cleverly")
    assert "hedged" not in cleverly["claims"]
    # "since at least 2014": a start no later than 2014 (startDate: by 2014), shown as such,
    # not as an exact year; one known by both bounds shows them with its words.
    assert elovik["since"] == "by 2014"
    rows = sparql_rows(store, "SELECT ?latest ?words WHERE { fact:position-maxim-elovik-defence-attache-uk "
                              "gkg:startLatest ?latest ; gkg:startLabel ?words }")
    assert [(str(r["latest"]), r["words"]) for r in rows] == [("2014-12-31", "by 2014")]
    [spying_post] = [r for r in query_rows(store, "facts", type="PositionHeld", participant="Maxim Elovik")]
    assert spying_post["dates"] == "since before 2014-12-31 (by 2014)"
    copy, _ = store_copy(store, tmp_path)
    folder = tmp_path / "vague"
    shutil.copytree(RECOUNT, folder)
    claims = folder / CLAIMS
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("    startDate: by 2014\n", "    startDate: late 2013\n"), encoding="utf-8")
    kg_cli("ingest", "--store", copy, claims)
    [vague] = query_rows(copy, "leaders", person="Maxim Elovik")
    assert (vague["since"], vague["tenure"]) == ("2013-09/2013-12 (late 2013)", "current")


# -- 2. docs and messages ----------------------------------------------------------------------------------

def test_claims_md_shows_each_documented_form(tmp_path):
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("`targetSite: [Seacox Heath, trade and defence section in Highgate]`", "`said_to: House of Commons`",
                  "`reasonOf: Vladimir Putin`", "`usedItem: [Seacox Heath, trade and defence section in Highgate]`",
                  "`owned: {group: warehouse}`", "`type: Recruitment`", "`recruiter: Dylan Earl`",
                  "`recruited: {group: recruits}`", "`recruitedFor: <the act's fact id>`",
                  "| `Site` | a building or site: Peace Palace, a base, a port, an embassy's premises",
                  "it is a source against it"):
        assert shown in text, shown
    # The registry 'kg init' writes says an id is never another entity's name, with the clash as example.
    kg_cli("init", tmp_path / "mine")
    registry = (tmp_path / "mine" / "entities.yaml").read_text(encoding="utf-8")
    assert "never a\n#              name (label or alias) of another entity" in registry
    assert "{id: moscow-city, type: City, label: Moscow (city)}" in registry


def test_the_vocabulary_finds_the_new_forms_by_the_words_of_the_news():
    for words, first in [(("recruiting",), "Recruitment (kind of fact"),
                         (("whose", "motive"), "reasonOf (key"),
                         (("premises", "used"), "usedItem (key")]:
        assert kg_cli("vocabulary", *words, check=0).stdout.startswith(first), words


# -- 3. the losses, read back ---------------------------------------------------------------------------------

def test_a_building_stripped_of_status_and_a_site_used_are_sites_of_the_registry(store):
    rows = sparql_rows(store, f"SELECT ?l WHERE {{ fact:{STRIP} gkg:targetSite ?s . ?s a gkg:Site ; rdfs:label ?l }} ORDER BY ?l")
    assert [r["l"] for r in rows] == ["Seacox Heath", "trade and defence section in Highgate"]
    assert sparql_rows(store, f"SELECT ?t WHERE {{ fact:{STRIP} gkg:target ?t }}") == []
    rows = sparql_rows(store, "SELECT ?l WHERE { fact:use-russian-properties-intelligence gkg:usedItem/rdfs:label ?l } ORDER BY ?l")
    assert [r["l"] for r in rows] == ["Seacox Heath", "trade and defence section in Highgate"]
    use = by_fact(query_rows(store, "facts", type="Use"))["use-russian-properties-intelligence"]
    assert "Seacox Heath" in use["participants"] and use["details"] == "used for: intelligence purposes"


def test_whom_words_were_said_to_and_whose_motive_a_reason_is(store):
    [row] = sparql_rows(store, "SELECT ?to ?at WHERE { ?c gkg:saidTo/rdfs:label ?to ; prov:wasAttributedTo/rdfs:label ?by "
                               "OPTIONAL { ?c gkg:saidAt ?at } FILTER(STR(?by) = 'James Cleverly') }")
    assert (row["to"], row.get("at")) == ("House of Commons", None)
    said = {r["said_in"] for r in query_rows(store, "evidence", fact="expulsion-uk-maxim-elovik-2024-05")}
    assert "to House of Commons" in said
    coghill = by_fact(query_rows(store, "facts", type="DiplomaticExpulsion"))[COGHILL]
    details = coghill["details"].split("; ")
    assert "reason of: Vladimir Putin" in details
    # The motive Shapps imputes leaves the undisputed expulsion unalleged.
    assert coghill["modality"] == "asserted, reported (said by Grant Shapps)"
    [row] = sparql_rows(store, f"SELECT ?w WHERE {{ ?c gkg:supports fact:{COGHILL} ; gkg:statesValue ?s ; "
                               "prov:wasAttributedTo/rdfs:label ?w . ?s rdf:predicate gkg:reasonOf }")
    assert row["w"] == "Grant Shapps"


def test_an_unnamed_warehouse_owned_and_others_recruited_for_the_arson(store):
    [row] = sparql_rows(store, "SELECT ?o ?st ?w WHERE { fact:ownership-leyton-warehouse-ukrainian gkg:owner ?x ; gkg:owned ?y . "
                               "?x gkg:ofState/rdfs:label ?st ; rdfs:label ?o . ?y a gkg:UnnamedActors ; rdfs:label ?w }")
    assert (row["o"], row["st"], row["w"]) == ("unnamed Ukrainian owner", "Ukraine", "unnamed warehouse")
    # The warehouse the attack targeted is the one owned; it is no longer "of Ukraine".
    [row] = sparql_rows(store, f"SELECT ?w WHERE {{ fact:{ARSON} gkg:targetSite ?w . "
                               "fact:ownership-leyton-warehouse-ukrainian gkg:owned ?w FILTER NOT EXISTS { ?w gkg:ofState ?s } }")
    assert row["w"]
    [row] = sparql_rows(store, "SELECT ?r ?who ?for WHERE { ?f a gkg:Recruitment ; gkg:recruiter/rdfs:label ?r ; "
                               "gkg:recruited/rdfs:label ?who ; gkg:recruitedFor ?for }")
    assert (row["r"], row["who"], row["for"].rsplit("/", 1)[1]) == ("Dylan Earl", "unnamed others", ARSON)
    rec = by_fact(query_rows(store, "facts", type="Recruitment"))["recruitment-dylan-earl-arsonists"]
    assert rec["modality"] == "alleged" and f"recruited for: {ARSON}" in rec["links"]


# -- refusals -------------------------------------------------------------------------------------------

def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    # The re-counted claims themselves are refused nowhere: every line named is an added claim's.
    refused_with_the_incomplete(RECOUNT, CLAIMS, tmp_path, WRONG, INCOMPLETE)
