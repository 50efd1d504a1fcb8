"""What a new user's articles on a visa refusal, a swap line and a state of emergency
found: a fact the article states as negative in its own voice or a speaker's ("refused
visas", "has no diplomatic relations") is stated so, '1 (negative)' sources and no
article against it, never shown as denied, while a denial (modality denied) keeps
'against' and "denied"; a state's page in the browser names the facts and offices of its
bodies (its committee, treasury, ministry), which 'timeline' lists through them; a start
with no end reads "since 2029" there too; a loan's deadline only a speaker predicts reads
with how and by whom, and the terms kept confidential are listed; an emergency approved
by a council of ministers and a request to a court naming no respondent are accepted; and
``kg eval`` of drafts and curated files kept beside the corpus of their articles reads
that corpus, run from their folder.

Everything is read back from an invented article (``tests/data/qfix24-refusal``), built
once for the module by the real ``kg build``, through the canned queries and the
browser's pages as ``kg export -F html`` writes them.
"""

from __future__ import annotations

import html
import re
import shutil

import pytest

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows, run_kg, sparql_rows

CASE = ROOT / "tests" / "data" / "qfix24-refusal"
REFUSAL = "access-ostravia-brelian-gymnastics-team-2031-10"
RELATIONS = "diplomatic-relations-ostravia-brelia"
DENIED = "meeting-ostravian-games-committee-brelian-gymnastics-union-2031"
LOAN = "loan-ostravian-treasury-central-bank-of-zedland-2031-10-20"

case = built_once_per_module(CASE, build=built_corpus)


@pytest.fixture(scope="module")
def site(case, tmp_path_factory):
    """The browser's pages of the case, written by ``kg export -F html``."""
    out = tmp_path_factory.mktemp("site") / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", out, check=0)
    return out


def text(page) -> str:
    """A page's words, its markup removed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).split())


def test_a_fact_stated_as_negative_has_one_negative_source_and_none_against(case):
    timeline = by_fact(query_rows(case, "timeline", entity="Ostravia"))
    for fact in (REFUSAL, RELATIONS):
        assert (timeline[fact]["sources"], timeline[fact]["against"], timeline[fact]["modality"]) == \
            ("1 (negative)", 0, "asserted (negative)"), timeline[fact]
    facts = by_fact(query_rows(case, "facts"))
    assert (facts[REFUSAL]["sources"], facts[REFUSAL]["against"], facts[REFUSAL]["polarity"]) == ("1 (negative)", 0, "negative")
    # The look-alike: a meeting its participant denies has the article against it, and no negative source.
    assert (facts[DENIED]["sources"], facts[DENIED]["against"]) == (0, 1)
    # A fact stated as it happened is untouched.
    assert (facts[LOAN]["sources"], facts[LOAN]["against"]) == (1, 0)


def test_the_browser_says_negative_for_a_refusal_and_denied_for_a_denial(site):
    state = text(site / "entity" / "ostravia.html")
    refusal = state.split(REFUSAL, 1)[1].split("diplomatic relations", 1)[0]
    assert "1 source (negative) negative" in refusal and "denied" not in refusal and "against" not in refusal, refusal
    assert "Ostravia has no diplomatic relations with Brelia negative" in state
    assert "denied" not in state
    fact = text(site / "fact" / f"{RELATIONS}.html")
    assert "participant Brelia (negative); Ostravia (negative)" in fact and "denied" not in fact
    committee = text(site / "entity" / "ostravian-games-committee.html")
    assert re.search(rf"{DENIED} \(role: participant\) 0 sources, 1 against denied", committee), committee
    marks = (site / "article" / "000_5945bf5b9df70748.html").read_text(encoding="utf-8")
    assert re.search(r'<mark [^>]*class="[^"]*modality-negative', marks)


def test_a_state_s_page_names_its_bodies_facts_and_offices(site):
    state = text(site / "entity" / "ostravia.html")
    assert "No network to draw" in state and "name Ostravia itself (its bodies' facts: below)" in state
    assert "sports minister, via its Ministry of Sport of Ostravia Teodor Lind 2029 not given" in state
    assert "None recorded" not in state
    bodies = state.split("Through its bodies", 1)[1]
    assert "Ostravian Games Committee : 2 facts" in bodies and "Ostravian Treasury : 1 fact" in bodies
    page = (site / "entity" / "ostravia.html").read_text(encoding="utf-8")
    assert 'href="ostravian-games-committee.html"' in page or "entity/ostravian-games-committee" in page
    timeline = text(site / "timeline" / "ostravia.html")
    assert "Facts through its bodies, which the query timeline lists with these, are on their timelines:" in timeline
    assert "Ostravian Games Committee (2)" in timeline
    # The look-alike: a body with no bodies of its own says nothing of them.
    assert "Through its bodies" not in text(site / "entity" / "ostravian-games-committee.html")


def test_a_start_with_no_end_reads_since_in_the_browser(site):
    assert "position-teodor-lind-ministry-of-sport-of-ostravia-minister since 2029 (role: holder)" in \
        text(site / "entity" / "teodor-lind.html")
    # A fact with its own date keeps it.
    assert "sanction-continental-games-council-ostravian-games-committee-2031-10-22 2031-10-22 (role: target)" in \
        text(site / "entity" / "ostravian-games-committee.html")


def test_a_deadline_only_a_speaker_predicts_says_so_and_confidential_terms_are_listed(case):
    [loan] = query_rows(case, "loans")
    assert (loan["deadline"], loan["terms"], loan["figures_by"]) == \
        ("2031-10-30 (predicted, Mara Vell)", "undisclosed: rate", "Mara Vell: deadline")
    assert loan["modality"] == "asserted, predicted"


def test_an_emergency_approved_by_a_council_and_a_request_naming_no_respondent(case):
    [row] = sparql_rows(case, "SELECT ?a WHERE { fact:emergency-rule-ostravia-halden-2031-10-21 gkg:approvedBy ?a }")
    assert row["a"].endswith("/id/council-of-ministers-of-ostravia")
    legal = by_fact(query_rows(case, "legal-actions"))["legal-brelian-gymnastics-union-continental-court-of-sport-2031"]
    assert (legal["initiator"], legal["court"], legal["target"]) == ("Brelian Gymnastics Union", "Continental Court of Sport", None)
    assert sparql_rows(case, "SELECT ?t WHERE { fact:legal-brelian-gymnastics-union-continental-court-of-sport-2031 gkg:target ?t }") == []


def test_a_request_to_no_court_naming_no_respondent_is_still_refused(tmp_path):
    corpus = tmp_path / "case"
    shutil.copytree(CASE, corpus)
    claims = corpus / "claims" / "000_5945bf5b9df70748.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("    court: Continental Court of Sport\n", ""),
                      encoding="utf-8")
    proc = run_kg("build", "--corpus", corpus, "--store", tmp_path / "store", check=2)
    assert "a legal action needs a target" in proc.stderr and "(initiator and court)" in proc.stderr


def test_eval_of_files_kept_beside_their_corpus_reads_that_corpus(tmp_path):
    shutil.copytree(CASE, tmp_path / "corpus24")
    for side in ("claims", "drafts"):
        shutil.copytree(CASE / "claims", tmp_path / side)
    proc = run_kg("eval", "drafts/", "--gold", "claims/", cwd=tmp_path, check=0)
    assert f"from {(tmp_path / 'corpus24').resolve()}, which lists their articles" in proc.stderr
    assert re.search(r"^overall\s+8\s+8\s+8\s+8\s+1\.00\s+1\.00\s+1\.00", proc.stdout, re.M), proc.stdout
    # Two corpora beside them listing the article: neither is guessed, both are named.
    shutil.copytree(CASE, tmp_path / "corpus24-copy")
    proc = run_kg("eval", "drafts/", "--gold", "claims/", cwd=tmp_path, check=2)
    assert "listed by 2 corpora" in proc.stderr and "corpus24-copy" in proc.stderr
    assert f"cd {(tmp_path / 'corpus24').resolve()} && kg eval" in proc.stderr
