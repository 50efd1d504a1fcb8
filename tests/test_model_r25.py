"""What a newcomer could not write for the IAEA Board of Governors' resolution on Iran of
20 November 2025 (tests/data/newcomer-nuclear-report) with ontology 2.26.0, now in the
model (2.28.0), and what the canned queries answered wrongly: refusals that did not say
how to write unnamed speakers, "since" and a post in the article's words; the members not
voting; the grade of a stockpile and what it is enough for; inspections and the sites an
attack struck; a measure reimposed; why a source is unnamed; formal notices;
condemnations; the votes query's subject, the timeline's negative facts and dates said,
and the agreements query's start beside a date.

Each new key is read from tests/data/newcomer-nuclear-report-recount, which the real ``kg
build`` writes once for the module; the answers come from ``kg query`` (canned queries as
JSON, or SPARQL). Each wrong claim is added to a copy and must make ``kg ingest`` exit 2
with the message for its file, claim, line and key, the copied store untouched.
"""

from __future__ import annotations

from functools import partial

import pytest
from casefiles import assert_refused_apart, dry_run_apart
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

FIRST = ROOT / "tests" / "data" / "newcomer-nuclear-report"
RECOUNT = ROOT / "tests" / "data" / "newcomer-nuclear-report-recount"
CLAIMS = "claims/x01_iaea-board-iran-resolution.yaml"
VOTE = "vote-iaea-board-iran-2025-11-20"
CENSURE = "vote-iaea-board-iran-censure-2024-06"
STOCK = "indicator-iran-uranium-60-2025-11"
ATTACK = "attack-israel-us-iran-nuclear-sites-2025-06"
INSPECTION = "inspection-iaea-iran-bombed-sites"
SNAPBACK = "sanction-un-iran-snapback-2025"
NOTICE = "notification-iran-iaea-cairo-void-2025-11"
CONDEMNED = "criticism-najafi-iaea-resolution-2025-11"
PROTOCOL = "agreement-iran-iaea-additional-protocol"
QUOTE = 'quote: "Nineteen of the 35 members of the board voted for the text"'


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims built once, every claim in the graph; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


#: ``refused(store, tmp_path, claim, message)``: ``claim``, added to the re-counted claims,
#: is refused (:func:`assert_refused_apart`); ``dry_run(tmp_path, claim, check)``: their
#: ``kg ingest --dry-run`` with ``claim`` added (:func:`dry_run_apart`).
refused = partial(assert_refused_apart, RECOUNT, CLAIMS)
dry_run = partial(dry_run_apart, RECOUNT, CLAIMS)


def local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# -- 1. messages that misled ---------------------------------------------------------------------

def test_unnamed_speakers_with_no_tie_read_as_the_plain_string_and_a_bad_mapping_says_so(store, tmp_path):
    dry_run(tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, votingBody: IAEA Board of Governors, modality: reported, '
                      f'said_by: {{actor: unnamed diplomats}}, {QUOTE}}}', 0)
    err = dry_run(tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, votingBody: IAEA Board of Governors, modality: reported, '
                            f'said_by: {{actor: unnamed diplomats, at: Vienna}}, {QUOTE}}}', 2)
    assert "or the plain string (said_by: unnamed diplomats)" in err, err
    # The speakers of the built vote are one unnamed group, whichever way it is written.
    [row] = sparql_rows(store, f"SELECT ?l WHERE {{ ?c gkg:supports fact:{VOTE} ; prov:wasAttributedTo/rdfs:label ?l }}")
    assert row["l"] == "unnamed diplomats"


def test_a_bound_by_a_date_after_points_to_start_date_and_a_post_in_words_to_title(tmp_path):
    err = dry_run(tmp_path, f'{{id: x, fact: {PROTOCOL}, type: Agreement, party: [Iran, IAEA], status: suspended, '
                            'date: {after: 2021}, quote: "has not applied since 2021"}', 2)
    assert "for 'since 2021'" in err and "write startDate: 2021" in err, err
    # 'before' is no 'since': no start date is suggested for it.
    err = dry_run(tmp_path, f'{{id: x, fact: {PROTOCOL}, type: Agreement, party: [Iran, IAEA], status: suspended, '
                            'date: {before: 2021}, quote: "has not applied since 2021"}', 2)
    assert "is a date, and 'before' takes the id of another fact" in err and "startDate" not in err, err
    err = dry_run(tmp_path, '{id: x, fact: position-abbas-araqchi-foreign-minister-iran, type: PositionHeld, holder: Abbas Araqchi, '
                            'position: foreign minister, positionOf: Iran, quote: "Foreign Minister Abbas Araqchi"}', 2)
    assert ("position: unknown value 'foreign minister'" in err
            and "write position: minister with the article's words in title: foreign minister" in err), err
    err = dry_run(tmp_path, '{id: x, fact: position-abbas-araqchi-foreign-minister-iran, type: PositionHeld, holder: Abbas Araqchi, '
                            'position: top diplomat, positionOf: Iran, quote: "Foreign Minister Abbas Araqchi"}', 2)
    assert "the article's own words for the post go in title: top diplomat" in err, err


# -- 2. members not voting; the votes query's subject ---------------------------------------------

def test_members_not_voting_are_a_count_in_the_tally_and_the_subject_column_shows_the_subject(store, tmp_path):
    votes = by_fact(query_rows(store, "votes"))
    vote, censure = votes[VOTE], votes[CENSURE]
    assert (vote["not_voting"], vote["tally"]) == (1, "19-3, 12 abstentions, 1 not voting")
    assert (censure["not_voting"], censure["tally"]) == (None, "20-2, 12 abstentions")
    assert censure["subject"] == ("censure of Iran over its failure to explain traces of uranium found at two "
                                  "undeclared sites, Turquzabad and Varamin; against Iran; concerning Turquzabad; "
                                  "concerning Varamin")
    assert vote["subject"] is None
    refused(store, tmp_path, '{id: x, fact: meeting-x, type: Meeting, participant: [Iran, IAEA], notVoting: 1, '
                             f'{QUOTE}}}', "key 'notVoting' does not apply to a Meeting")
    refused(store, tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, votingBody: IAEA Board of Governors, notVoting: one member, {QUOTE}}}',
            "notVoting")


def test_the_first_pass_wrote_not_voting_as_a_description_which_votes_still_shows_without_a_subject(tmp_path_factory):
    # Older claims wrote the motion in 'description': shown where the vote has no subject.
    votes = by_fact(query_rows(built_corpus(tmp_path_factory, FIRST), "votes"))
    assert votes[VOTE]["subject"] == "one member did not vote"
    assert votes[VOTE]["tally"] == "19-3, 12 abstentions"


# -- 3. the grade of a quantity, what it is enough for ---------------------------------------------

def test_a_stockpile_has_its_grade_and_what_it_suffices_for_as_bounded_quantities(store, tmp_path):
    rows = sparql_rows(store, f"SELECT ?p ?max ?v ?u WHERE {{ fact:{STOCK} ?p ?q . VALUES ?p {{ gkg:grade gkg:sufficientFor }} "
                              "OPTIONAL { ?q schema:maxValue ?max } OPTIONAL { ?q schema:value ?v } OPTIONAL { ?q schema:unitText ?u } }")
    got = {local(r["p"]): (float(r["max"]), r["v"], r["u"]) for r in rows}
    assert got == {"grade": (60.0, None, "percent"), "sufficientFor": (10.0, None, "nuclear bombs")}
    [row] = sparql_rows(store, f"SELECT ?i ?c WHERE {{ fact:{STOCK} gkg:indicator ?i ; gkg:condition ?c }}")
    assert (row["i"], row["c"]) == ("enriched uranium", "if enriched further")
    refused(store, tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, votingBody: IAEA Board of Governors, grade: up to 60 percent, {QUOTE}}}',
            "key 'grade' does not apply to a Vote")
    refused(store, tmp_path, f'{{id: x, fact: {ATTACK}, type: Attack, perpetrator: Israel, sufficientFor: up to 10 nuclear bombs, '
                             'quote: "enough for up to 10 nuclear bombs"}', "key 'sufficientFor' does not apply to an Attack")


# -- 4. inspections, the sites an attack struck ---------------------------------------------------

def test_an_inspection_refused_names_its_inspector_and_the_attack_whose_sites_it_covers(store, tmp_path):
    [row] = sparql_rows(store, f"SELECT ?i ?h ?s ?pol WHERE {{ fact:{INSPECTION} a gkg:Inspection ; gkg:inspector/rdfs:label ?i ; "
                               f"gkg:inspected/rdfs:label ?h ; gkg:sitesOf ?s . ?c gkg:supports fact:{INSPECTION} ; gkg:polarity ?pol }}")
    assert (row["i"], row["h"], local(row["s"]), local(row["pol"])) == (
        "International Atomic Energy Agency", "Iran", ATTACK, "Negative")
    [row] = sparql_rows(store, f"SELECT ?v ?u WHERE {{ fact:{ATTACK} gkg:siteCount ?q . ?q schema:value ?v ; schema:unitText ?u }}")
    assert (float(row["v"]), row["u"]) == (3.0, "enrichment plants")
    # The timeline marks the refusal of access, not as if the inspection happened.
    [line] = [r for r in query_rows(store, "timeline", entity="Iran") if r["fact"] == INSPECTION]
    assert (line["kind"], line["modality"]) == ("inspection", "asserted (negative)")
    refused(store, tmp_path, f'{{id: x, fact: {INSPECTION}, type: Inspection, inspector: IAEA, sitesOf: attack-israel-iran-2025-07, '
                             'quote: "Inspectors have not been allowed into the sites"}', "attack-israel-iran-2025-07")
    refused(store, tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, votingBody: IAEA Board of Governors, siteCount: 3 sites, {QUOTE}}}',
            "key 'siteCount' does not apply to a Vote")


# -- 5. a measure reimposed ---------------------------------------------------------------------------

def test_sanctions_reimposed_have_that_status_and_a_link_to_the_measure_they_bring_back(store, tmp_path):
    [row] = sparql_rows(store, f"SELECT ?l WHERE {{ fact:{SNAPBACK} gkg:status/rdfs:label ?l }}")
    assert row["l"] == "reimposed"
    [row] = sparql_rows(store, "SELECT ?s ?r WHERE { gkg:reinstates rdfs:subPropertyOf ?s ; rdfs:range ?r }")
    assert (local(row["s"]), local(row["r"])) == ("relatedFact", "Fact")
    refused(store, tmp_path, f'{{id: x, fact: {SNAPBACK}, type: Sanction, authority: United Nations, target: Iran, '
                             'reinstates: sanction-un-iran-2006, quote: "United Nations sanctions were reimposed"}',
            "sanction-un-iran-2006")
    refused(store, tmp_path, f'{{id: x, fact: {SNAPBACK}, type: Sanction, authority: United Nations, target: Iran, '
                             'status: snapbacked, quote: "United Nations sanctions were reimposed"}',
            "status: unknown value 'snapbacked'")


# -- 6. why a source is unnamed; a formal notice ----------------------------------------------------

def test_the_reason_for_anonymity_is_kept_on_the_claim_and_a_notice_is_formal(store, tmp_path):
    [row] = sparql_rows(store, f"SELECT ?r WHERE {{ ?c gkg:supports fact:{VOTE} ; gkg:anonymityReason ?r }}")
    assert row["r"] == "the vote took place behind closed doors in Vienna"
    assert not sparql_rows(store, f"SELECT ?r WHERE {{ fact:{VOTE} gkg:anonymityReason ?r }}")
    [row] = sparql_rows(store, f"SELECT ?f WHERE {{ fact:{NOTICE} gkg:formal ?f }}")
    assert row["f"] is True
    refused(store, tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, votingBody: IAEA Board of Governors, '
                             f'anonymity: closed doors, {QUOTE}}}', "anonymity: where or why a speaker said it needs the speaker")
    refused(store, tmp_path, f'{{id: x, fact: {VOTE}, type: Vote, votingBody: IAEA Board of Governors, formal: true, {QUOTE}}}',
            "key 'formal' does not apply to a Vote")


# -- 7. condemned ---------------------------------------------------------------------------------------

def test_a_condemnation_is_a_criticism_with_one_description_per_charge(store):
    [row] = sparql_rows(store, f"SELECT ?t WHERE {{ fact:{CONDEMNED} a ?t FILTER(?t = gkg:Condemnation) }}")
    [row] = sparql_rows(store, "SELECT ?s ?code WHERE { gkg:Condemnation rdfs:subClassOf ?s ; gkg:cameoCode ?code }")
    assert (local(row["s"]), row["code"]) == ("Criticism", "111")
    rows = sparql_rows(store, f"SELECT ?d WHERE {{ fact:{CONDEMNED} gkg:description ?d }}")
    assert sorted(r["d"] for r in rows) == ["gave a misleading picture of the situation", "undue pressure"]
    # An accusation is no condemnation.
    assert not sparql_rows(store, "SELECT ?f WHERE { fact:accusation-najafi-authors-ignore-attacks a gkg:Condemnation }")
    # 'condemned' finds the kind.
    out = kg_cli("vocabulary", "condemned", check=0).stdout
    assert out.startswith("Condemnation (kind of fact"), out


# -- 8. queries: dates said, a start beside a date -------------------------------------------------------

def test_timeline_dates_a_fact_by_the_day_it_was_said_only_where_it_has_no_date(store):
    lines = by_fact(query_rows(store, "timeline", entity="Iran"))
    assert lines[NOTICE]["date"] == "2025-11-20 (said)"
    # The Cairo agreement's claim has said_on too, but the agreement has a date of its own.
    assert lines["agreement-iran-iaea-cairo-2025-09"]["date"] == "2025-09"
    # A fact whose claims give no said_on stays undated.
    assert lines[SNAPBACK]["date"] is None


def test_agreements_show_the_start_of_a_later_state_beside_the_date(store):
    rows = by_fact(query_rows(store, "agreements"))
    assert (rows[PROTOCOL]["date"], rows[PROTOCOL]["start_date"], rows[PROTOCOL]["status"]) == ("2003", "2021", "signed, suspended")
    assert (rows["agreement-iran-iaea-cairo-2025-09"]["date"], rows["agreement-iran-iaea-cairo-2025-09"]["start_date"]) == ("2025-09", None)


def test_the_actor_a_statement_is_directed_at_is_about_not_target(store, tmp_path):
    # "target" applies to every fact by the ontology (no rdfs:domain), but a criticism,
    # accusation or threat names the one it is directed at by its own key, "about".
    refused(store, tmp_path, f'{{id: x, fact: {CONDEMNED}, type: Criticism, speaker: Iran, target: IAEA, '
                             'quote: "Nineteen of the 35 members of the board voted for the text"}',
            "key 'target' does not apply to a Criticism, a statement: the actor a statement praises, threatens, "
            "criticises or is about is 'about' (write about: IAEA)")
