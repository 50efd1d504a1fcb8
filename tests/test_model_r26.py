"""What newcomers still lost writing claims for unseen articles with ontology 2.28.0, now in
the model (2.29.0): a speaker who neither asserts nor denies a fact ('does not mean Iran has
built such weapons', modality uncommitted), aid channelled through agencies
(implementingAgency on Support, Disbursement and Supply), actors not invited to a
conference (notInvited), the share of a role's values ('most of them to Chad and Egypt'),
a threatened act written as a planned fact (threatenedFact), what a vote's reason concerns
(concerning), and a figure compared with another fact's (comparedWith, comparison).

The re-counted claims of the IAEA resolution article (tests/data/newcomer-nuclear-report-
recount) and of the Sudan pledging conference (tests/data/newcomer-aid-pledges-recount),
and the short aid article of tests/data/model-r26-aid-channels, are each built once by the
real ``kg build``; the answers come from ``kg query`` (canned queries as JSON, or SPARQL).
Each wrong claim is added to a copy and must make ``kg ingest`` exit 2 with the message for
its file, claim, line and key, the copied store untouched.
"""

from __future__ import annotations

import shutil

import pytest
from casefiles import assert_refused_apart
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

NUCLEAR = ROOT / "tests" / "data" / "newcomer-nuclear-report-recount"
NUCLEAR_FIRST = ROOT / "tests" / "data" / "newcomer-nuclear-report"
NUCLEAR_CLAIMS = "claims/x01_iaea-board-iran-resolution.yaml"
AID = ROOT / "tests" / "data" / "newcomer-aid-pledges-recount"
AID_CLAIMS = "claims/000_197f9397b37dbaee.yaml"
CHANNELS = ROOT / "tests" / "data" / "model-r26-aid-channels"
CHANNELS_CLAIMS = "claims/r26_ostravia-aid-brelia-channels.yaml"

WEAPONS = "project-iran-nuclear-weapons"
THREAT = "threat-iran-reconsider-relations-iaea"
RELATIONS = "relations-iran-iaea-reconsidered"
CENSURE = "vote-iaea-board-iran-censure-2024-06"
CONFERENCE = "conference-sudan-paris-2024-04-15"
ABROAD = "displacement-sudan-abroad-2024"
PLEDGE = "support-ostravia-brelia-floods-2026-03"
PAYMENT = "disbursement-ostravia-brelia-floods-first"
FLOUR = "supply-ostravia-brelia-flour-2026-03"
WITHHOLD = "threat-ostravia-brelia-withhold-aid"
WEAPONS_QUOTE = 'quote: "but added that it does not mean Iran has built such weapons"'
INVITED_QUOTE = 'quote: "Neither of the warring parties was invited."'
ABROAD_QUOTE = 'quote: "About 1.6 million have fled abroad, most of them to Chad and Egypt."'
DONORS = "support-donors-sudan-2024-04-15"
MOBILISED_QUOTE = 'quote: "The amount that we mobilised today is still probably less than was mobilised by several powers"'


@pytest.fixture(scope="module")
def nuclear(tmp_path_factory):
    """The re-counted IAEA article built once; tests must not modify it."""
    return built_corpus(tmp_path_factory, NUCLEAR)


@pytest.fixture(scope="module")
def aid(tmp_path_factory):
    """The re-counted Sudan conference article built once; tests must not modify it."""
    return built_corpus(tmp_path_factory, AID)


@pytest.fixture(scope="module")
def channels(tmp_path_factory):
    """The aid-through-agencies article built once; tests must not modify it."""
    return built_corpus(tmp_path_factory, CHANNELS)


def refused(case, store, tmp_path, claim: str, message: str) -> None:
    """``claim``, added to the claims file of ``case`` (NUCLEAR, AID or CHANNELS), is
    refused (:func:`assert_refused_apart`) with ``message``."""
    files = {NUCLEAR: NUCLEAR_CLAIMS, AID: AID_CLAIMS, CHANNELS: CHANNELS_CLAIMS}
    assert_refused_apart(case, files[case], store, tmp_path, claim, message)


def summary(store, fact: str) -> dict[str, int]:
    """The fact's source counts from the derived graph, by the property's local name."""
    rows = sparql_rows(store, f"SELECT ?p ?n WHERE {{ fact:{fact} ?p ?n . VALUES ?p {{ gkg:sourceCount "
                              "gkg:supportingSourceCount gkg:denyingSourceCount gkg:articleCount } }")
    return {r["p"].rsplit("#", 1)[-1]: int(r["n"]) for r in rows}


# -- 1. a claim that neither asserts nor denies ------------------------------------------------------

def test_an_uncommitted_claim_is_neither_a_source_nor_a_denial_and_is_shown_as_uncommitted(nuclear, tmp_path_factory):
    assert summary(nuclear, WEAPONS) == {"sourceCount": 0, "supportingSourceCount": 0, "denyingSourceCount": 0,
                                         "articleCount": 1}
    [row] = [r for r in query_rows(nuclear, "facts", type="Project") if r["fact"] == WEAPONS]
    assert (row["modality"], row["polarity"], row["sources"]) == ("uncommitted", "uncommitted", 0)
    [line] = [r for r in query_rows(nuclear, "timeline", entity="Iran") if r["fact"] == WEAPONS]
    # No longer "party (denied by International Atomic Energy Agency)".
    # The status the claim leaves open is given with it, as 'journeys' gives a claim's status.
    assert (line["role"], line["modality"], line["sources"]) == ("party", "uncommitted (completed)", 0)
    # corroborated ranks by sources in the fact's favour: it has none.
    assert WEAPONS not in {r["fact"] for r in query_rows(nuclear, "corroborated", min=1)}
    # The first pass wrote the same words as a denial, which counted against the fact.
    first = built_corpus(tmp_path_factory, NUCLEAR_FIRST)
    assert summary(first, WEAPONS)["denyingSourceCount"] == 1
    [row] = [r for r in query_rows(first, "facts", type="Project") if r["fact"] == WEAPONS]
    assert (row["modality"], row["polarity"]) == ("denied", "positive")


def test_an_uncommitted_claim_beside_a_negative_one_disputes_nothing_and_ingest_agrees_with_build(nuclear, tmp_path):
    # Uncommitted and negative claims of one fact: the negative one is the only side taken.
    store = tmp_path / "store"
    path = tmp_path / NUCLEAR.name
    shutil.copytree(NUCLEAR, path)
    claims = path / NUCLEAR_CLAIMS
    claims.write_text(claims.read_text(encoding="utf-8") + (
        f"  - {{id: x, fact: {WEAPONS}, type: Project, party: Iran, item: nuclear weapons, polarity: negative, "
        'said_by: Iran, modality: reported, quote: "Iran denies ever seeking nuclear weapons"}\n'), encoding="utf-8")
    kg_cli("build", "--corpus", path, "--store", store, check=0)
    assert summary(store, WEAPONS) == {"sourceCount": 0, "supportingSourceCount": 0, "denyingSourceCount": 1,
                                       "articleCount": 1}
    assert not sparql_rows(store, f"SELECT ?p WHERE {{ fact:{WEAPONS} gkg:disputedProperty ?p }}")
    [row] = [r for r in query_rows(store, "facts", type="Project") if r["fact"] == WEAPONS]
    assert row["polarity"] == "uncommitted, negative"
    # The same claims ingested one by one into the first store agree with the build.
    copy = tmp_path / "ingested"
    shutil.copytree(nuclear, copy)
    kg_cli("ingest", "--store", copy, claims, check=0)
    assert summary(copy, WEAPONS) == summary(store, WEAPONS)


def test_an_uncommitted_claim_takes_no_polarity_and_its_words_find_it(nuclear, tmp_path):
    refused(NUCLEAR, nuclear, tmp_path,
            f"{{id: x, fact: {WEAPONS}, type: Project, party: Iran, item: nuclear weapons, "
            f"modality: uncommitted, polarity: negative, said_by: IAEA, {WEAPONS_QUOTE}}}",
            "polarity: a claim with modality uncommitted neither says the fact holds nor that it does not")
    refused(NUCLEAR, nuclear, tmp_path,
            f"{{id: x, fact: {WEAPONS}, type: Project, party: Iran, modality: uncommited, said_by: IAEA, "
            f"{WEAPONS_QUOTE}}}", "unknown modality 'uncommited'")
    out = kg_cli("vocabulary", "not implied", check=0).stdout
    assert out.startswith("uncommitted (value;") and "a value of Modality" in out, out


def test_statements_show_an_uncommitted_claim_under_those_who_would_not_commit_to_it(channels):
    # "The ministry would neither confirm nor deny that Ostravia had threatened to withhold the aid."
    [row] = [r for r in query_rows(channels, "statements", about="Brelia") if r["fact"] == WITHHOLD]
    assert (row["speaker"], row["kind"], row["modality"], row["sources"], row["threat"]) == (
        "Ostravian foreign ministry", "uncommitted on threat", "uncommitted", 0, "withhold the aid")
    assert summary(channels, WITHHOLD) == {"sourceCount": 0, "supportingSourceCount": 0, "denyingSourceCount": 0,
                                           "articleCount": 1}


# -- 2. aid channelled through agencies --------------------------------------------------------------

def test_the_agency_aid_is_delivered_through_is_its_implementing_agency_and_no_party(channels, tmp_path):
    rows = by_fact(query_rows(channels, "facts"))
    assert rows[PLEDGE]["participants"] == ("Brelia, Ostravia, beneficiary: unnamed people displaced by the floods, "
                                            "implementing agency: UNICEF, implementing agency: World Food Programme")
    assert rows[PAYMENT]["participants"] == "Brelia, Ostravia, implementing agency: International Committee of the Red Cross"
    assert rows[FLOUR]["participants"] == "Brelia, Ostravia, implementing agency: World Food Programme"
    assert {r["fact"]: r["role"] for r in query_rows(channels, "timeline", entity="World Food Programme")} == {
        PLEDGE: "implementing agency", FLOUR: "implementing agency"}
    # The donor is still the only supporter.
    [row] = query_rows(channels, "supporters", state="Brelia")
    assert row["supporter"] == "Ostravia"
    refused(CHANNELS, channels, tmp_path,
            '{id: x, fact: meeting-ostravia-wfp, type: Meeting, participant: [Ostravia, Brelia], '
            'implementingAgency: World Food Programme, quote: "The funds will be delivered through"}',
            "key 'implementingAgency' does not apply to a Meeting")
    out = kg_cli("vocabulary", "delivered through", check=0).stdout
    assert out.startswith("implementingAgency (key"), out


# -- 3. not invited -------------------------------------------------------------------------------------

def test_actors_not_invited_are_listed_apart_from_those_who_took_part(aid, tmp_path):
    [row] = [r for r in query_rows(aid, "meetings") if r["fact"] == CONFERENCE]
    assert row["participants"] == ("about 60 unnamed states, dozens of unnamed aid organisations, unnamed agencies "
                                   "(United Nations), not invited: Rapid Support Forces, not invited: Sudanese army")
    assert not sparql_rows(aid, f"SELECT ?x WHERE {{ fact:{CONFERENCE} gkg:participant|gkg:involves ?x . "
                                "VALUES ?x { id:rsf id:sudanese-army } }")
    refused(AID, aid, tmp_path,
            '{id: x, fact: support-eu-sudan-2024-04-15, type: Support, notInvited: Rapid Support Forces, '
            f'{INVITED_QUOTE}}}', "key 'notInvited' does not apply to a Support")
    refused(AID, aid, tmp_path,
            f'{{id: x, fact: {CONFERENCE}, type: Conference, notInvited: the warring parties, {INVITED_QUOTE}}}',
            "notInvited")


# -- 4. a share of a role's values --------------------------------------------------------------------------

def test_most_of_them_to_chad_and_egypt_is_a_share_of_each_destination(aid, tmp_path):
    [row] = [r for r in query_rows(aid, "facts", type="ForcedDisplacement") if r["fact"] == ABROAD]
    # Where they fled from is among the details too ('origin').
    assert row["details"] == "destination: Chad (most); destination: Egypt (most); displaced: about 1600000; origin: Sudan"
    rows = sparql_rows(aid, f"SELECT ?d ?w WHERE {{ fact:{ABROAD} gkg:destination ?d ; gkg:roleShare ?s . "
                            "?s a gkg:RoleShare ; gkg:roleProperty gkg:destination ; prov:agent ?d ; gkg:shareWords ?w }")
    assert sorted((r["d"].rsplit("/", 1)[-1], r["w"]) for r in rows) == [("chad", "most"), ("egypt", "most")]
    refused(AID, aid, tmp_path,
            f'{{id: x, fact: {CONFERENCE}, type: Conference, participant: {{actor: Chad, share: most}}, '
            f'{ABROAD_QUOTE}}}', "participant: 'share' qualifies a value of beneficiary, destination,")
    refused(AID, aid, tmp_path,
            f'{{id: x, fact: {ABROAD}, type: ForcedDisplacement, destination: {{actor: Chad, share: []}}, '
            f'{ABROAD_QUOTE}}}', "destination.share: the part in the source's words")


# -- 5. a threatened act as a planned fact ----------------------------------------------------------------

def test_a_threat_names_the_act_it_threatens_as_a_planned_fact_with_its_condition(nuclear, tmp_path):
    [row] = [r for r in query_rows(nuclear, "statements", speaker="Iran") if r["fact"] == THREAT]
    assert row["threat"] == (f"reconsider its relations with the agency (act: {RELATIONS}), "
                             "the board passed a resolution against it")
    [row] = sparql_rows(nuclear, f"SELECT ?m ?s ?c WHERE {{ ?cl gkg:supports fact:{RELATIONS} ; gkg:modality ?m . "
                                 f"fact:{RELATIONS} gkg:status/rdfs:label ?s ; gkg:condition ?c }}")
    assert (row["m"].rsplit("#", 1)[-1], row["s"], row["c"]) == ("Planned", "under review",
                                                                  "the board passed a resolution against it")
    refused(NUCLEAR, nuclear, tmp_path,
            f'{{id: x, fact: {THREAT}, type: Threat, speaker: Iran, threatenedFact: relations-iran-iaea-cut, '
            'quote: "it would reconsider its relations with the agency"}', "relations-iran-iaea-cut")
    refused(NUCLEAR, nuclear, tmp_path,
            f'{{id: x, fact: {CENSURE}, type: Vote, votingBody: IAEA Board of Governors, threatenedFact: {RELATIONS}, '
            'quote: "it would reconsider its relations with the agency"}', "key 'threatenedFact' does not apply to a Vote")


# -- 6. what a vote's reason concerns ------------------------------------------------------------------------

def test_the_sites_a_censure_is_over_are_what_the_vote_concerns(nuclear, tmp_path):
    votes = by_fact(query_rows(nuclear, "votes"))
    assert votes[CENSURE]["subject"] == ("censure of Iran over its failure to explain traces of uranium found at two "
                                         "undeclared sites, Turquzabad and Varamin; against Iran; concerning Turquzabad; "
                                         "concerning Varamin")
    refused(NUCLEAR, nuclear, tmp_path,
            f'{{id: x, fact: {THREAT}, type: Threat, speaker: Iran, concerning: Turquzabad, '
            'quote: "it would reconsider its relations with the agency"}', "key 'concerning' does not apply to a Threat")
    refused(NUCLEAR, nuclear, tmp_path,
            f'{{id: x, fact: {CENSURE}, type: Vote, votingBody: IAEA Board of Governors, concerning: Fordow, '
            'quote: "two undeclared sites, Turquzabad and Varamin"}', "concerning")


# -- 7. a figure compared with another fact's --------------------------------------------------------------

def test_a_pledge_less_than_what_powers_mobilised_is_compared_with_that_fact(aid, tmp_path):
    [row] = [r for r in query_rows(aid, "facts", type="Support") if r["fact"] == DONORS]
    assert "compared with (a fact): arms-foreign-powers-sudan-war" in row["links"].split("; "), row["links"]
    assert "comparison: less than" in row["details"].split("; "), row["details"]
    refused(AID, aid, tmp_path,
            f'{{id: x, fact: {DONORS}, type: Support, comparison: less than, {MOBILISED_QUOTE}}}',
            "comparison: says how the fact's figure compares with another fact's; name that fact with comparedWith")
    refused(AID, aid, tmp_path,
            f'{{id: x, fact: {DONORS}, type: Support, comparedWith: arms-powers-sudan, comparison: less than, '
            f'{MOBILISED_QUOTE}}}', "arms-powers-sudan")
