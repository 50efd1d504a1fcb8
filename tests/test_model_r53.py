"""The forms the re-counts still lacked (ontology 2.43.0), each fixed for its kind and read
back from the re-counts (tests/data/newcomer-agents-law-recount, -essequibo-recount,
-assassination-recount, -nato-accession-recount, -missile-test-recount): a date counted
from a stage of another fact (``stage`` in a relative date and in ``said_on``:
gkg:relativeStage, gkg:saidRelativeStage), relatives of unnamed people (``kinOf: {group:
…}``), what a court's order forbids (``prohibits`` on a ``LegalAction``), clashes at a
protest (``clashedWith``, whose ``not`` may name unnamed actors), the members of a body
(a ``Membership`` with unnamed members), a post in a body of an organisation found under
the organisation by ``leaders``, an assistant secretary-general, the threshold of an obligation (``threshold``,
``thresholdOf``), a byline (``Occupation``s), and someone's words about a plan
(``planned`` with ``said_by``); and what ``statements`` and ``exercises`` misread.

Each re-count is built once for the module by the real ``kg build`` and read through the
canned queries or SPARQL. The wrong claims are added together to a copy of the re-counted
agents-law claims (with one wrong group), and one ``kg ingest --dry-run`` must refuse each
with its own message.
"""

from __future__ import annotations

import shutil

import pytest

from casefiles import refused_each_on_its_line
from conftest import ROOT, built_corpus, built_once_per_module, by_fact, query_rows, sparql_rows

DATA = ROOT / "tests" / "data"
AGENTS = DATA / "newcomer-agents-law-recount"
ESSEQUIBO = DATA / "newcomer-essequibo-recount"
KILLING = DATA / "newcomer-assassination-recount"
NATO = DATA / "newcomer-nato-accession-recount"
MISSILE = DATA / "newcomer-missile-test-recount"
HEALTH = DATA / "newcomer-health-emergency-recount"
SUCCESSION = DATA / "newcomer-succession-recount"
CROCUS = DATA / "newcomer-attack-claim-recount"
AGENTS_CLAIMS = "claims/000_9225d27bda7ad4db.yaml"
LAW = "legislation-georgia-transparency-of-foreign-influence-2024"
RALLY = "protest-tbilisi-parliament-foreign-influence-2024-05-28"
RULING = "ruling-icj-venezuela-2023-12-01"
QUOTE = 'quote: "The party says the new law is needed"'


agents = built_once_per_module(AGENTS, build=built_corpus)
essequibo = built_once_per_module(ESSEQUIBO, build=built_corpus)
nato = built_once_per_module(NATO, build=built_corpus)
missile = built_once_per_module(MISSILE, build=built_corpus)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted agents-law claims: the words of its message that must be printed on its line.
WRONG = {
    "a date counted from a stage that is no status":
        ("{id: x0, fact: statement-x, type: Statement, speaker: Georgia, "
         "date: {after: " + LAW + ", stage: overturned}, " + QUOTE + "}",
         "date.stage: the status of the other fact's stage the date counts from ('vetoed' for 'two days after the "
         "veto'); unknown value 'overturned'"),
    "a saying counted from a stage that is no status":
        ("{id: x1, fact: statement-y, type: Statement, speaker: Georgia, said_by: Georgia, "
         "said_on: {after: " + LAW + ", stage: overturned, delay: two days}, " + QUOTE + "}",
         "said_on.stage: the status of the other fact's stage the saying counts from; unknown value 'overturned'"),
    "clashes at a meeting":
        ("{id: x2, fact: meeting-x, type: Meeting, participant: [Georgia, European Union], "
         "clashedWith: unnamed riot police, " + QUOTE + "}",
         "key 'clashedWith' does not apply to a Meeting: its domain is Protest"),
    "a threshold that is no figure":
        ("{id: x4, fact: executiveaction-x, type: ExecutiveAction, jurisdiction: Georgia, target: Georgian Dream, "
         "threshold: most of their funding, " + QUOTE + "}",
         "threshold: no number found: write the figure in digits"),
    "unnamed actors who did not sign":
        ("{id: x3, fact: agreement-x, type: Agreement, party: [Georgia, European Union], "
         "signatory: {not: unnamed officials}, " + QUOTE + "}",
         "signatory.not: names an entity of the registry, not unnamed actors"),
}

#: A group of the file refused for its own reason: its words.
WRONG_GROUP = ("  - {id: lost-kin, actor: unnamed family members, kinOf: {group: nobody}}\n",
               "group 'lost-kin': kinOf takes a person of the registry (kinOf: Mohamed Bazoum) or {group: <id>}, a group "
               "declared above it")


# -- 1. dates counted from a stage of another fact ----------------------------------------------------------

def test_a_saying_two_days_after_a_veto_is_dated_from_the_vetoed_stage(agents):
    [said] = sparql_rows(agents, "SELECT ?d ?st ?w ?f WHERE { ?c gkg:saidRelativeStage ?st ; dcterms:date ?d ; "
                                 "gkg:saidDelayLabel ?w ; gkg:saidAfter ?f }")
    assert (said["d"], said["st"], said["w"]) == ("2024-05-20", "https://w3id.org/geopolitics-kg/ontology#Vetoed",
                                                  "two days")
    assert said["f"].endswith(LAW)
    # The day comes from the stage (18 May), not from the law's own first stage (14 May).
    vetoed = [r for r in query_rows(agents, "stages") if r["fact"] == LAW and r["status"] == "vetoed"]
    assert [r["date"] for r in vetoed] == ["2024-05-18"]


def test_a_welcome_of_a_signature_is_counted_from_the_signed_stage(nato):
    store = nato
    [row] = sparql_rows(store, "SELECT ?lo ?st ?f WHERE { fact:praise-blinken-erdogan-signature gkg:relativeDate ?r ; "
                               "gkg:dateEarliest ?lo . ?r gkg:relativeStage/rdfs:label ?st ; gkg:afterFact ?f }")
    assert (row["lo"], row["st"]) == ("2024-01-25", "signed")
    assert row["f"].endswith("membership-sweden-nato")
    # No latest day: 'after' with no delay bounds nothing; the vote two days earlier is no anchor now.
    assert sparql_rows(store, "SELECT ?hi WHERE { fact:praise-blinken-erdogan-signature gkg:dateLatest ?hi }") == []


# -- 2. relatives of unnamed people, clashes at a protest ------------------------------------------------------

def test_the_family_members_of_unnamed_people_are_their_kin(agents):
    [kin] = sparql_rows(agents, "SELECT ?a ?k WHERE { ?f a gkg:Sanction ; gkg:target ?x . ?x rdfs:label ?a ; "
                                "gkg:kinOf/rdfs:label ?k }")
    assert (kin["a"], kin["k"]) == ("unnamed family members",
                                    "unnamed individuals responsible for undermining democracy in Georgia")
    # Not a part of that group, as the first re-count had it.
    assert sparql_rows(agents, "SELECT ?x WHERE { ?x gkg:subgroupOf ?w }") == []


def test_the_threshold_of_an_obligation_is_a_bounded_figure_with_what_it_measures(agents):
    [row] = sparql_rows(agents, "SELECT ?l ?lo ?of WHERE { fact:registration-georgia-foreign-funded-media-ngos "
                                "gkg:threshold ?q ; gkg:thresholdOf ?of . ?q rdfs:label ?l ; schema:minValue ?lo }")
    assert (row["l"], float(row["lo"]), row["of"]) == ("more than 20 percent", 20.0, "their funding from abroad")
    assert sparql_rows(agents, "SELECT ?c WHERE { fact:registration-georgia-foreign-funded-media-ngos gkg:condition ?c }") == []


def test_a_rally_without_clashes_names_the_police_it_did_not_clash_with(agents):
    [row] = sparql_rows(agents, "SELECT ?f ?a WHERE { ?f gkg:negatedRole ?n . ?n gkg:roleProperty gkg:clashedWith ; "
                                "prov:agent/rdfs:label ?a }")
    assert (row["f"].rsplit("/", 1)[1], row["a"]) == (RALLY, "unnamed riot police")
    # The police are no party of the rally, and no armed conflict is written for a protest.
    roles = sparql_rows(agents, f"SELECT ?l WHERE {{ fact:{RALLY} ?role ?x . ?x a gkg:UnnamedActors ; rdfs:label ?l }}")
    assert "thousands of unnamed demonstrators" in [r["l"] for r in roles]
    assert "unnamed riot police" not in [r["l"] for r in roles]
    assert query_rows(agents, "facts", type="ArmedConflict") == []


# -- 3. what an order forbids, the members of a body, a plan in someone's words ---------------------------------

def test_what_a_court_order_forbids_is_held_on_the_order_with_who_reads_it_so(essequibo):
    [row] = sparql_rows(essequibo, f"SELECT ?p ?who ?m WHERE {{ ?c gkg:supports fact:{RULING} ; gkg:modality ?m ; "
                                   f"prov:wasAttributedTo/rdfs:label ?who . fact:{RULING} gkg:prohibits ?p "
                                   f"FILTER EXISTS {{ ?c gkg:claimId 'ali-prohibited' }} }}")
    assert (row["p"], row["who"]) == ("annexing or invading the territory of Guyana", "Irfaan Ali")
    assert row["m"].endswith("#Reported")
    row = [r for r in query_rows(essequibo, "legal-actions") if r["fact"] == RULING][0]
    assert row["target"] == "Venezuela"


def test_the_members_of_a_commission_and_a_plan_in_someone_s_words(essequibo):
    members = sparql_rows(essequibo, "SELECT ?m ?s WHERE { fact:membership-argyle-joint-commission-foreign-ministers "
                                     "gkg:member ?x ; gkg:memberOf/rdfs:label ?b FILTER(STR(?b) = 'joint commission of foreign ministers') "
                                     "?x rdfs:label ?m ; gkg:ofState/rdfs:label ?s } ORDER BY ?s")
    assert [(r["m"], r["s"]) for r in members] == [("1 unnamed foreign minister", "Guyana"),
                                                    ("1 unnamed foreign minister", "Venezuela")]
    rows = sparql_rows(essequibo, "SELECT ?m WHERE { ?c gkg:supports fact:term-argyle-no-force ; gkg:modality ?m ; "
                                  "prov:wasAttributedTo/rdfs:label ?who FILTER(STR(?who) = 'Ralph Gonsalves') }")
    assert [r["m"].rsplit("#", 1)[1] for r in rows] == ["Planned"]


# -- 4. posts: a body of an organisation, an assistant secretary-general ----------------------------------------

def test_leaders_of_an_organisation_include_the_posts_of_its_bodies(tmp_path_factory):
    store = built_corpus(tmp_path_factory, KILLING)
    rows = {r["holder"]: r for r in query_rows(store, "leaders", of="Hamas")}
    assert rows["Ismail Haniyeh"]["of"] == "Hamas political bureau"
    assert rows["Ismail Haniyeh"]["position"] == "head of organisation"
    assert "Yahya Sinwar" in rows
    # The body is tied to Hamas by a fact with its quote, not by the registry.
    [body] = sparql_rows(store, "SELECT ?b ?p WHERE { fact:bodyof-hamas-political-bureau gkg:body/rdfs:label ?b ; "
                                "gkg:parentBody/rdfs:label ?p }")
    assert body["b"] == "Hamas political bureau"
    assert body["p"] == "Hamas"
    assert [r["holder"] for r in query_rows(store, "leaders", of="Iran") if r["position"] == "head of organisation"] == []


def test_an_assistant_secretary_general_is_no_under_secretary_general(missile):
    store = missile
    rows = {r["holder"]: r["position"] for r in query_rows(store, "leaders", of="United Nations")}
    assert rows["Khaled Khiari"] == "assistant secretary-general"
    [usg] = sparql_rows(store, "SELECT (COUNT(*) AS ?n) WHERE { gkg:UnderSecretaryGeneral skos:altLabel ?l "
                               "FILTER(STR(?l) = 'assistant secretary-general') }")
    assert int(usg["n"]) == 0


def test_a_byline_is_the_occupations_of_its_reporter_and_editor(tmp_path_factory):
    store = built_corpus(tmp_path_factory, HEALTH)
    rows = sparql_rows(store, "SELECT ?p ?o ?e WHERE { ?f a gkg:Occupation ; gkg:person/rdfs:label ?p ; gkg:occupation ?o . "
                              "OPTIONAL { ?f gkg:employer/rdfs:label ?e } } ORDER BY ?p")
    assert [(r["p"], r["o"], r.get("e")) for r in rows] == [("Clara Osei", "reporter", "Meridian Wire"),
                                                            ("Tomas Lind", "editor", None)]


# -- 5. what the queries misread: the qualifiers of a statement, a test's count and place in a series ------------

def test_statements_show_the_stage_spoken_of_the_manner_and_the_recipient(nato, missile):
    [welcome] = [r for r in query_rows(nato, "statements", speaker="Antony Blinken")
                 if r["fact"] == "praise-blinken-erdogan-signature"]
    assert welcome["details"] == "about the stage: signed"
    rows = by_fact(query_rows(missile, "statements"))
    assert rows["condemnation-antonio-guterres-hwasong-15-2023"]["details"] == "manner: strongly"
    assert rows["formalprotest-japan-north-korea-2023-02-18"]["details"] == "manner: strong; recipient: North Korea"


def test_exercises_show_how_many_were_fired_and_a_test_s_place_in_a_series(missile):
    weapons = {r["fact"]: r["weapons"] for r in query_rows(missile, "exercises")}
    assert weapons["weaponstest-north-korea-rockets-2023-02-20"] == "projectiles from multiple rocket launchers (quantity: 2)"
    assert weapons["weaponstest-north-korea-hwasong-15-2017"] == "Hwasong-15 (ordinal: 1)"
    assert weapons["weaponstest-north-korea-hwasong-17-2022-11-18"] == "Hwasong-17, intercontinental ballistic missile"


def test_casualties_count_the_dead_of_an_accident_with_who_they_were(tmp_path_factory):
    store = built_corpus(tmp_path_factory, SUCCESSION)
    [crash] = [r for r in query_rows(store, "casualties") if r["kind"] == "accident"]
    assert crash["killed"] == "8"
    assert crash["victims"].startswith("killed: Ebrahim Raisi; killed: Hossein Amir-Abdollahian")
    # The council of Article 131 is made of the unnamed holders of three posts.
    parts = sparql_rows(store, "SELECT ?l WHERE { fact:election-iran-president-2024-06-28 gkg:organiser ?c . "
                               "?c rdfs:label ?cl FILTER(STR(?cl) = '1 unnamed council') ?p gkg:subgroupOf ?c ; rdfs:label ?l } "
                               "ORDER BY ?l")
    assert [r["l"] for r in parts] == ["1 unnamed first vice-president", "1 unnamed head of the judiciary",
                                       "1 unnamed speaker of parliament"]


def test_a_venue_s_capacity_and_a_hostage_taking_s_toll(tmp_path_factory):
    store = built_corpus(tmp_path_factory, CROCUS)
    [venue] = sparql_rows(store, "SELECT ?s ?v ?u ?k WHERE { ?f a gkg:AssetParticulars ; gkg:describedAsset ?s ; "
                                 "gkg:assetKind ?k ; gkg:capacity ?q . ?s a gkg:Site . ?q schema:value ?v ; schema:unitText ?u }")
    assert (float(venue["v"]), venue["u"], venue["k"]) == (6200.0, "seats", "venue")
    [siege] = [r for r in query_rows(store, "casualties") if r["kind"] == "hostage-taking"]
    assert (siege["killed"], siege["place"]) == ("129", "Moscow")


# -- 6. docs and refusals -----------------------------------------------------------------------------------------

def test_claims_md_shows_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("date: {after: <the law>,\n  stage: vetoed, delay: two days}", "kinOf: {group: underminers}",
                  "clashedWith: {not: unnamed riot police}", "prohibits: annexing or invading the territory of Guyana",
                  "parentBody: Hamas", "position: assistant secretary-general", "| `clashedWith` | Protest |",
                  "`said_on: {after: <the law>, stage: vetoed, delay: two days}`"):
        assert shown in text, shown


def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    # The wrong group goes first among the file's groups, in a copy of the case.
    case = tmp_path / "src" / AGENTS.name
    shutil.copytree(AGENTS, case)
    path = case / AGENTS_CLAIMS
    path.write_text(path.read_text(encoding="utf-8").replace("groups:\n", "groups:\n" + WRONG_GROUP[0], 1),
                    encoding="utf-8")
    lines = refused_each_on_its_line(case, AGENTS_CLAIMS, tmp_path, WRONG)
    assert any(WRONG_GROUP[1] in line for line in lines), lines
    # The case's own claims are refused nowhere: one line for each wrong claim and the group.
    assert len([line for line in lines if "(line " in line]) == len(WRONG) + 1, lines
