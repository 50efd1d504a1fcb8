"""What a new user's report (tests/data/unseen-newuser50: a UN General Assembly vote, a
government's press release, ministers resigning) found shown or said wrongly, each read
back through the real CLI:

13. an end of a sanction that others only asked for ("calling on the United States to end
    its embargo": ``status: ended``, ``modality: requested``, ``said_by`` the Assembly):
    ``sanctions`` says "end requested (by United Nations General Assembly)", not "end
    planned", which reads as the authority's own plan; so do ``timeline``'s modality
    column, the browser's fact page and ``exercises`` (a demand that troops withdraw);
14. a speaker who speaks for several parties (``speaker: {actor: poland, for: [czechia,
    estonia, latvia, lithuania]}``) is named once with all of them, by ``statements``
    and by ``facts``;
9.  a press release whose label line carries words in capitals beside the label
    ("PRESS RELEASE - FOR IMMEDIATE USE") and names its issuer on the next line:
    ``kg add-article`` gives the note naming the entry to declare, as for a byline's
    outlet, and records the issuer once declared;
15. ``kg ingest --extract`` run in a corpus folder whose claims/ holds files it cannot
    read: one short note for all of them, not each file's problem.
"""

from __future__ import annotations

import shutil

import yaml
from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "unseen-newuser50"
RELEASE = CASE / "articles" / "japan-defence-budget-pressrelease.txt"
EMBARGO = "sanction-united-states-cuba"
POLAND = "criticism-poland-cuba-un-charter-2025-10-29"

case = built_once_per_module(CASE, build=built_corpus)


# -- 13. an end requested by others --------------------------------------------------------------------------------

def test_an_end_only_requested_reads_end_requested_by_whom(case):
    rows = by_fact(query_rows(case, "sanctions"))
    assert rows[EMBARGO]["status"] == "end requested (by United Nations General Assembly)"
    assert rows[EMBARGO]["modality"] == "asserted, requested"
    # The look-alike: a sanction only planned, with no status of its own, gets none.
    assert rows["sanction-ukraine-mindich-tsukerman"]["status"] is None
    assert rows["sanction-ukraine-mindich-tsukerman"]["modality"] == "planned"


def test_the_timeline_s_modality_says_the_end_was_requested_and_by_whom(case):
    rows = by_fact(query_rows(case, "timeline", entity="Cuba"))
    assert rows[EMBARGO]["modality"] == "asserted, requested (end requested (by United Nations General Assembly))"
    # The look-alike: a sanction only planned, with no status, reads its modality alone.
    assert by_fact(query_rows(case, "timeline", entity="Ukraine"))["sanction-ukraine-mindich-tsukerman"]["modality"] == "planned"


def test_the_browser_s_fact_page_says_end_requested_by_whom(case, tmp_path):
    out = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", out, check=0)
    page = (out / "fact" / f"{EMBARGO}.html").read_text(encoding="utf-8")
    row = page[page.index(">status<"):]
    row = row[:row.index("</tr>")]
    assert ('<td>end requested (by <a href="../entity/united-nations-general-assembly.html">'
            'United Nations General Assembly</a>)</td>') in row
    assert "end planned" not in row and ">ended<" not in row


def test_a_withdrawal_only_demanded_reads_end_requested_by_whom(tmp_path_factory):
    # The ceasefire corpus, with the Lebanese prime minister's demand that Israel withdraw
    # read as what it asks: the deployment's end.
    corpus = tmp_path_factory.mktemp("ceasefire") / "corpus"
    shutil.copytree(ROOT / "tests" / "data" / "newcomer-ceasefire-recount", corpus)
    claims = corpus / "claims" / "x01_israel-hezbollah-ceasefire.yaml"
    demand = "  - id: mikati-withdraw-requested\n    fact: deployment-israel-forces-southern-lebanon-2024\n" \
             "    type: Deployment\n    initiator: Israel\n    modality: requested\n"
    text = claims.read_text(encoding="utf-8")
    assert demand in text
    claims.write_text(text.replace(demand, demand + "    status: ended\n"), encoding="utf-8")
    store = built_corpus(tmp_path_factory, corpus)
    deployment = "deployment-israel-forces-southern-lebanon-2024"
    assert by_fact(query_rows(store, "exercises"))[deployment]["modality"] == (
        "planned, reported (continuing; said by Israel Defense Forces), "
        "requested (end requested (by Najib Mikati); said by Najib Mikati)")
    assert by_fact(query_rows(store, "timeline", entity="Israel"))[deployment]["modality"] == (
        "planned, reported (continuing), requested (end requested (by Najib Mikati))")


# -- 14. a speaker for several parties ----------------------------------------------------------------------------

def test_a_speaker_for_several_parties_is_named_once(case):
    speakers = {r["fact"]: r["speaker"] for r in query_rows(case, "statements", about="Cuba")}
    assert speakers[POLAND] == "Poland (for Czechia, Estonia, Latvia, Lithuania)"
    # The look-alike: a speaker for itself alone stays plain.
    assert speakers["appeal-romania-cuba-2025-10-29"] == "Romania"


def test_the_facts_participants_name_such_a_speaker_once(case):
    rows = by_fact(query_rows(case, "facts", type="Criticism"))
    assert rows[POLAND]["participants"] == "Cuba, Poland (for Czechia, Estonia, Latvia, Lithuania)"


# -- 9. a release's issuer below a label with words beside it ------------------------------------------------------

def test_a_release_s_issuer_is_noted_and_recorded_once_declared(tmp_path):
    corpus = tmp_path / "corpus"
    kg_cli("init", corpus, check=0)
    text = tmp_path / RELEASE.name
    shutil.copy(RELEASE, text)
    added = kg_cli("add-article", text, "--corpus", corpus, check=0)
    assert "'Cabinet Public Relations Office' is named in its release's label lines" in added.stderr
    assert "{id: cabinet-public-relations-office, type: Organisation, label: Cabinet Public Relations Office" in added.stderr
    record = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))[0]
    assert record["publisher"] is None
    assert record["title"] == "Cabinet approves record defence budget for fiscal 2026"
    # Declared, the issuer is recorded as the release's publisher.
    with (corpus / "entities.yaml").open("a", encoding="utf-8") as f:
        f.write("\n- {id: japan, type: State, label: Japan}\n"
                "- {id: cabinet-public-relations-office, type: Organisation, label: Cabinet Public Relations Office, of: japan}\n")
    updated = kg_cli("add-article", text, "--corpus", corpus, "--update", check=0)
    assert "release's label lines" not in updated.stderr
    record = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))[0]
    assert record["publisher"] == "cabinet-public-relations-office"


# -- 15. unreadable claims files of the corpus, not of the article ------------------------------------------------

def test_ingest_extract_says_once_which_claims_files_it_could_not_read(tmp_path):
    corpus = tmp_path / "corpus"
    kg_cli("init", corpus, check=0)
    (corpus / "claims" / "000_broken.yaml").write_text("article: 000_x\nclaims:\n\t- broken\n", encoding="utf-8")
    (corpus / "claims" / "000_elsewhere.yaml").write_text(
        "article: 000_y\nclaims:\n  - {id: a, fact: f-x, type: Meeting, participant: nowhere, quote: x}\n",
        encoding="utf-8")
    # An article of no corpus, drafted with the registry of the corpus it is run in.
    text = tmp_path / RELEASE.name
    shutil.copy(RELEASE, text)
    proc = kg_cli("ingest", "--store", tmp_path / "store", "--extract", text, cwd=corpus, check=0)
    notes = [line for line in proc.stderr.splitlines() if "000_broken.yaml" in line or "000_elsewhere.yaml" in line]
    assert notes == ["Note: 2 claims file(s) of claims/ could not be read (000_broken.yaml, 000_elsewhere.yaml; "
                     "'kg ingest --dry-run FILE' says why): the drafts take no fact ids from them."]
    # Each file's own problem is for 'kg ingest --dry-run', not this run.
    assert "malformed YAML" not in proc.stderr and "left out of the facts" not in proc.stderr
    assert "Ingested 1 article(s)" in proc.stdout
    # The look-alike: with claims/ readable, nothing is said of it.
    for f in (corpus / "claims").glob("000_*.yaml"):
        f.unlink()
    again = kg_cli("ingest", "--store", tmp_path / "store2", "--extract", text, cwd=corpus, check=0)
    assert "could not be read" not in again.stderr
