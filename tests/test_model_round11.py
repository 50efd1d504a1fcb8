"""Constructs a newcomer's claims of an unseen article could not write (the case
tests/data/model-v2-mali-algeria, its README): a post whose holder goes unnamed and whose
start is postponed, nearness without a figure ('near Tinzaouaten'), lengths in words
('long a mediator', 'for years'), the day a speaker said something, relations that have
soured, a start date relative to another fact, a stage dated vaguely, 'after' a fact
counted from its end, a vague end in the agreements query, clearer refusals, and an
inline article kept in a corpus's articles/ folder. Built by the real ``kg build`` and
read back through the canned queries or SPARQL; bad claims are refused with exit 2,
naming file, claim, line and key, and leave the store as it was.
"""

from __future__ import annotations

import shutil

import pytest
from casefiles import assert_refused, quads, store_copy, with_claims
from conftest import ROOT, built_once, kg_cli, query_rows, sparql_rows

CASE = ROOT / "tests" / "data" / "model-v2-mali-algeria"
CLAIMS = "claims/000_685ace4823822afd.yaml"
ENVOY = "position-unnamed-algerian-ambassador-burkina-faso"
PEACE = "agreement-mali-rebels-peace-2015"
RELATIONS = "relations-mali-algeria"
DOWNING = "attack-algeria-mali-drone-2025-04-01"
MEDIATION = "mediation-algeria-mali-northern-rebels"


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    return built_once(tmp_path_factory, CASE)


def values(store, fact: str, prop: str) -> list[str]:
    """The values of ``gkg:<prop>`` on ``fact`` in the derived graph, sorted."""
    rows = sparql_rows(store, f"SELECT ?o WHERE {{ fact:{fact} gkg:{prop} ?o }}")
    return sorted(r["o"] for r in rows)


def test_the_case_builds_and_validates_with_shacl_and_hermit(case):
    out = kg_cli("validate", "--store", case, check=0).stdout
    assert "conforms" in out and "does NOT conform" not in out and "HermiT" in out


# -- a post whose holder goes unnamed, its start postponed ---------------------------------

def test_an_unnamed_ambassador_holds_the_post_and_leaders_lists_it(case):
    [row] = [r for r in query_rows(case, "leaders", of="Algeria") if r["fact"] == ENVOY]
    assert (row["position"], row["holder"]) == ("ambassador to Burkina Faso", "unnamed newly appointed ambassador")
    assert row["claims"] == "planned by Algerian foreign ministry; reported by Algerian foreign ministry"
    rows = sparql_rows(case, f"""SELECT ?status ?party WHERE {{ fact:{ENVOY} gkg:stage ?s .
        ?s gkg:stageStatus/rdfs:label ?status ; gkg:stageParty/rdfs:label ?party }}""")
    assert [(r["status"], r["party"]) for r in rows] == [("postponed", "Algeria")]
    [holder] = sparql_rows(case, f"""SELECT DISTINCT ?of WHERE {{ fact:{ENVOY} gkg:holder ?h .
        ?h a gkg:UnnamedActors ; gkg:ofState/rdfs:label ?of }}""")
    assert holder["of"] == "Algeria"


def test_an_unnamed_holder_of_a_place_is_refused(case, tmp_path):
    assert_refused(CASE, CLAIMS, case, tmp_path,
                   f"{{id: x, fact: {ENVOY}, type: PositionHeld, holder: {{actor: unnamed ambassador, of: Tinzaouaten}}, "
                   "quote: \"its newly appointed ambassador to Burkina Faso\"}",
                   "holder.of: 'Tinzaouaten' is a City, but holder.of takes a State or an Organisation")


# -- nearness without a figure ----------------------------------------------------------------

def test_near_a_place_is_kept_as_proximity_from_it(case):
    assert values(case, DOWNING, "proximity") == ["near"]
    [place] = sparql_rows(case, f"SELECT ?l WHERE {{ fact:{DOWNING} gkg:distanceFrom/rdfs:label ?l }}")
    assert place["l"] == "Tinzaouaten"
    assert values(case, DOWNING, "place") == []  # near it, not at it


def test_nearness_words_the_reader_does_not_know_are_refused_with_the_ones_it_does(case, tmp_path):
    assert_refused(CASE, CLAIMS, case, tmp_path,
                   f"{{id: x, fact: {DOWNING}, type: Attack, distanceFrom: Tinzaouaten, distance: nearish, "
                   "quote: \"near Tinzaouaten\"}",
                   "(got 'nearish'); or, with no figure, how near in words: near, close to")


def test_nearness_without_the_place_it_is_measured_from_is_refused_by_the_shapes(case, tmp_path):
    path, _ = with_claims(CASE, CLAIMS, tmp_path, [
        "{id: x, fact: attack-x, type: Attack, perpetrator: Algerian forces, distance: near, "
        "quote: \"near Tinzaouaten\"}"])
    copy, before = store_copy(case, tmp_path)
    proc = kg_cli("ingest", "--store", copy, path, check=2)
    assert "fact 'attack-x' (Attack): a distance or bearing is measured from a place: give it (distanceFrom); it has none" \
        in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and quads(copy) == before


# -- lengths in words ---------------------------------------------------------------------

def test_long_a_mediator_keeps_the_words_and_invents_no_bound(case):
    assert values(case, MEDIATION, "durationLabel") == ["long"]
    assert values(case, MEDIATION, "minDuration") == values(case, MEDIATION, "maxDuration") == []


def test_for_years_is_at_least_two_years(case, tmp_path):
    from casefiles import built_with_claims
    store = built_with_claims(CASE, CLAIMS, tmp_path, [
        f"{{id: x, fact: {MEDIATION}, type: Mediation, duration: for years, quote: \"long a mediator\"}}"])
    assert values(store, MEDIATION, "minDuration") == ["P2Y"]
    assert values(store, MEDIATION, "maxDuration") == []
    assert values(store, MEDIATION, "durationLabel") == ["for years", "long"]


def test_a_length_in_unknown_words_is_refused_with_the_forms(case, tmp_path):
    assert_refused(CASE, CLAIMS, case, tmp_path,
                   f"{{id: x, fact: {MEDIATION}, type: Mediation, duration: ages and ages, quote: \"long a mediator\"}}",
                   "duration: invalid duration 'ages and ages'; write '27 years'")


# -- the day a speaker said it ----------------------------------------------------------------

def test_said_on_dates_the_claim_not_the_fact(case):
    rows = sparql_rows(case, """SELECT ?id ?on ?who WHERE { ?c gkg:claimId ?id ; dcterms:date ?on ;
        prov:wasAttributedTo/rdfs:label ?who }""")
    assert [(r["id"], r["on"], r["who"]) for r in rows] == [("drone-incursion-dz", "2025-04-01", "Algerian defence ministry")]
    assert values(case, "incursion-mali-drone-algeria-2025-04-01", "startDate") == ["2025-03-31"]


@pytest.mark.parametrize("extra, message", [
    ("said_on: 2025-04-01", "said_on: the date a speaker said it needs the speaker (said_by)"),
    ("modality: reported, said_by: Algerian defence ministry, said_on: early April 2025",
     "said_on: takes the one day, month or year the speakers said it, not 'early April 2025'"),
    ("modality: reported, said_by: Algerian defence ministry, said_on: 1 April 2025",
     "write said_on: 2025-04-01"),
])
def test_a_misused_said_on_is_refused(case, tmp_path, extra, message):
    assert_refused(CASE, CLAIMS, case, tmp_path,
                   f"{{id: x, fact: incursion-mali-drone-algeria-2025-04-01, type: Incursion, target: Algeria, {extra}, "
                   "quote: \"Algeria's defence ministry said on April 1\"}", message)


# -- relations that soured, since a fact that ended -------------------------------------------

def test_soured_relations_are_deteriorated_since_the_agreement_ended(case):
    [row] = [r for r in query_rows(case, "facts", type="DiplomaticRelations") if r["fact"] == RELATIONS]
    assert row["details"] == "status: deteriorated"
    # 'After' the agreement is after its end (early 2024), not its start in 2015.
    assert values(case, RELATIONS, "startEarliest") == ["2024-01-01"]
    [rel] = sparql_rows(case, f"SELECT ?other WHERE {{ fact:{RELATIONS} gkg:relativeStartDate/gkg:afterFact ?other }}")
    assert rel["other"].endswith(PEACE)


def test_after_a_fact_with_no_end_counts_from_its_start(case, tmp_path):
    from casefiles import built_with_claims
    # The founding of the alliance (2023) has no end: 'after' it runs from 2023-01-01.
    store = built_with_claims(CASE, CLAIMS, tmp_path, [
        "{id: x, fact: relations-x, type: DiplomaticRelations, party: [Mali, Algeria], status: soured, "
        "startDate: {after: founding-aes-2023}, quote: \"have soured since\"}"])
    assert values(store, "relations-x", "startEarliest") == ["2023-01-01"]


@pytest.mark.parametrize("claim, message", [
    (f"{{id: x, fact: {PEACE}, type: Agreement, status: soured, quote: \"have soured since\"}}",
     "status: 'deteriorated' is said of diplomatic relations (type: DiplomaticRelations"),
    (f"{{id: x, fact: {PEACE}, type: Agreement, stage: {{status: improved}}, quote: \"have soured since\"}}",
     "status: 'improved' is said of diplomatic relations (type: DiplomaticRelations"),
    (f"{{id: x, fact: {RELATIONS}, type: DiplomaticRelations, startDate: {{after: {PEACE}, delay: a while or so}}, "
     "quote: \"have soured since\"}",
     "startDate.delay: invalid delay 'a while or so'"),
])
def test_misused_relations_statuses_and_start_dates_are_refused(case, tmp_path, claim, message):
    assert_refused(CASE, CLAIMS, case, tmp_path, claim, message)


# -- a stage dated vaguely; a vague end in the agreements query --------------------------------

def test_a_stage_takes_a_vague_date_and_agreements_shows_it_and_the_vague_end(case):
    [row] = [r for r in query_rows(case, "agreements", state="Mali") if r["fact"] == PEACE]
    assert row["end_date"] == "2024-01/2024-04 (early 2024)"
    assert row["status"] == "terminated by Mali in early 2024"
    rows = sparql_rows(case, f"""SELECT ?lo ?hi ?words WHERE {{ fact:{PEACE} gkg:stage ?s .
        ?s gkg:stageDateEarliest ?lo ; gkg:stageDateLatest ?hi ; gkg:stageDateLabel ?words }}""")
    assert [(r["lo"], r["hi"], r["words"]) for r in rows] == [("2024-01", "2024-04", "early 2024")]


def test_a_stage_date_the_reader_cannot_read_is_refused_with_the_forms(case, tmp_path):
    assert_refused(CASE, CLAIMS, case, tmp_path,
                   f"{{id: x, fact: {PEACE}, type: Agreement, stage: {{status: terminated, date: around then}}, "
                   "quote: \"early last year\"}",
                   "stage.date: invalid date 'around then'; use YYYY-MM-DD, YYYY-MM or YYYY, a vague one ('early 2024'")


# -- messages ----------------------------------------------------------------------------------

@pytest.mark.parametrize("claim, message", [
    # YAML reads an unquoted false as a boolean.
    ("{id: x, fact: characterisation-malian-accusations-false, type: Characterisation, "
     "characterised: accusation-mali-algeria-sponsoring-terrorism-2025-04-06, category: false, "
     "quote: \"dismissed the Malian accusations as false\"}",
     "category: expected text, got the YAML boolean false: YAML reads an unquoted true or false as a boolean, "
     "not as the word; write it in quotes (category: \"false\")"),
    # A mapping under a date key that takes none: its keys named, not a Python dict.
    (f"{{id: x, fact: {PEACE}, type: Agreement, fullEffectDate: {{after: founding-aes-2023}}, "
     "quote: \"early last year\"}",
     "fullEffectDate: invalid date: a mapping with 'after'; the forms fullEffectDate takes are YYYY-MM-DD, YYYY-MM or "
     "YYYY; fullEffectDate takes no date relative to another fact: date, startDate, endDate"),
    # A holder of the wrong class: the message shows how to write one left unnamed.
    (f"{{id: x, fact: {ENVOY}, type: PositionHeld, holder: Tinzaouaten, quote: \"its newly appointed ambassador\"}}",
     "holder: 'Tinzaouaten' is a City, but holder takes a Person or unnamed ones ({actor: unnamed …, of: <their state or body>})"),
    # Unnamed actors where a role takes registry entities only: what to do instead.
    ("{id: x, fact: closure-algeria-airspace-mali-2025-04-07, type: BorderClosure, borderWith: unnamed neighbour, "
     "quote: \"Algeria closed its airspace\"}",
     "borderWith: takes a State named in the registry, not 'unnamed neighbour'; declare it in entities.yaml"),
])
def test_refusals_say_what_to_write(case, tmp_path, claim, message):
    assert_refused(CASE, CLAIMS, case, tmp_path, claim, message)


# -- an inline article in a corpus's articles/ folder ------------------------------------------

def _inline(tmp_path, file: str):
    """A corpus folder with articles/ and claims/ but no articles.yaml, whose claims file
    gives its article inline with ``file``; returns the claims file."""
    corpus = tmp_path / "dup"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "claims").mkdir()
    shutil.copy(CASE / "articles" / "000_685ace4823822afd.txt", corpus / "articles" / "900_copy.txt")
    path = corpus / "claims" / "900_copy.yaml"
    path.write_text(f"""article:
  id: 900_copy
  file: {file}
  url: https://example.org/syndicated-copy
  publisher: null
  published: 2025-04-08
entities:
  - {{id: algeria, type: State, label: Algeria}}
  - {{id: mali, type: State, label: Mali}}
claims:
  - {{id: closed, fact: closure-algeria-airspace-mali-2025-04-07, type: BorderClosure, initiator: Algeria,
     borderWith: Mali, date: 2025-04-07, quote: "Algeria closed its airspace to all flights to and from Mali"}}
""", encoding="utf-8")
    return path


def test_an_inline_article_may_lie_in_the_corpus_articles_folder(tmp_path):
    path = _inline(tmp_path, "../articles/900_copy.txt")
    store = tmp_path / "kg-store"
    kg_cli("ingest", "--store", store, path, check=0)
    assert [r["fact"] for r in query_rows(store, "facts", type="BorderClosure")] == [
        "closure-algeria-airspace-mali-2025-04-07"]


def test_an_inline_article_outside_the_corpus_folder_is_refused(tmp_path):
    outside = tmp_path / "elsewhere.txt"
    shutil.copy(CASE / "articles" / "000_685ace4823822afd.txt", outside)
    path = _inline(tmp_path, "../../elsewhere.txt")
    store = tmp_path / "kg-store"
    proc = kg_cli("ingest", "--store", store, path, check=2)
    assert "file: '../../elsewhere.txt' leads outside the corpus folder" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and not store.exists()
