"""What a new user found outside drafting, on their own three articles
(``tests/data/unseen-newuser48``: a Nobel Peace Prize wire story, a WTO press release, a
deportation deal), through the real CLI:

- a folder of claims files holding the registry beside them (``claims/entities.yaml``) is
  read alike by ``kg eval --gold DIR``, ``kg ingest`` and ``kg build``: the registry is
  skipped, never read as a claims file;
- "the Venezuelan opposition leader" is an opposition leader, and ``leaders`` shows her post
  as Venezuela's opposition's, never beside the head of state as a post of the state;
- a name that comes close to nothing gets no "near matches" ('Narnia' is offered no 'Maria');
- ``kg add-article`` records the publisher a byline or a release's label lines name;
- ``legal-actions`` shows a fact an action targets in a column of its own and whom a
  complaint is put to; ``agreements`` says whose unnamed signatories are; ``negotiations``
  dates talks by the day a claim says they were spoken of; ``statements`` shows a fact it is
  about in words; ``awards`` lists who gave what to whom.
"""

from __future__ import annotations

import re
import shutil
import urllib.request

import yaml

from conftest import ROOT, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "unseen-newuser48"
AWARD = "award-nobel-peace-prize-2025-machado"
PANEL = "panel-report-wto-ds611-2025-02"
RULING = "ruling-wto-arbitrators-ds611-2025-07-21"

case = built_once_per_module(CASE)


def _copy(tmp_path):
    """The case corpus copied, its registry also kept inside claims/ as a reviewer keeps it."""
    corpus = tmp_path / "corp"
    shutil.copytree(CASE, corpus)
    shutil.copy(corpus / "entities.yaml", corpus / "claims" / "entities.yaml")
    return corpus


# -- one rule for the claims files of a folder ---------------------------------------------


def test_eval_ingest_and_build_skip_a_registry_kept_among_the_claims(tmp_path):
    corpus = _copy(tmp_path)
    drafts = corpus / "drafts"
    drafts.mkdir()
    for f in (corpus / "claims").glob("*-*.yaml"):
        shutil.copy(f, drafts / f.name)
    proc = kg_cli("eval", "drafts/", "--gold", "claims/", cwd=corpus, check=0)
    assert "entities.yaml" not in proc.stdout + proc.stderr, proc.stderr
    overall = next(line for line in proc.stdout.splitlines() if "overall" in line)
    assert "1.00" in overall, overall
    proc = kg_cli("ingest", "--dry-run", "claims/", cwd=corpus, check=0)
    assert "Checked 3 article(s)" in proc.stdout, proc.stdout + proc.stderr
    proc = kg_cli("build", "--corpus", corpus, "--store", tmp_path / "store", check=0)
    assert "3 articles" in proc.stdout, proc.stdout


def test_a_registry_named_on_its_own_is_still_read_as_a_claims_file(tmp_path):
    corpus = _copy(tmp_path)
    proc = kg_cli("ingest", "--dry-run", "claims/entities.yaml", cwd=corpus, check=2)
    assert "claims/entities.yaml: a claims file is a mapping with 'article', 'claims'" in proc.stderr, proc.stderr


def test_a_folder_holding_only_a_registry_says_so(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    shutil.copy(CASE / "entities.yaml", folder / "entities.yaml")
    proc = kg_cli("ingest", "--dry-run", folder, check=2)
    assert "folder holds no claims files (*.yaml or *.yml, other than articles.yaml" in proc.stderr, proc.stderr


# -- an opposition leader --------------------------------------------------------------------


def test_an_opposition_leader_is_the_oppositions_not_a_post_of_the_state(case):
    rows = query_rows(case, "leaders", of="Venezuela")
    shown = {(r["of"], r["position"], r["holder"]) for r in rows}
    assert ("Venezuela (opposition)", "opposition leader", "Maria Corina Machado") in shown, rows
    assert ("Venezuela", "head of state", "Nicolás Maduro") in shown, rows
    assert not any(r["position"] == "party leader" for r in rows), rows
    # The head of state stays the one current holder of the state's one-holder post.
    maduro = next(r for r in rows if r["holder"] == "Nicolás Maduro")
    assert maduro["tenure"] == "current", maduro


def test_the_vocabulary_has_the_opposition_leader():
    proc = kg_cli("vocabulary", "opposition leader", check=0)
    assert proc.stdout.startswith("opposition leader (value; also: leader of the opposition)\n  a value of PositionType"), proc.stdout
    assert "party leader (value)" in proc.stdout  # beside it, the leader of one party


# -- near matches only when near -------------------------------------------------------------


def test_a_name_near_nothing_gets_no_suggestion_and_a_misspelt_one_its_entity(case):
    proc = kg_cli("query", "leaders", "--store", case, "-p", "of=Narnia", check=2)
    assert proc.stderr.rstrip().endswith("no entity called 'Narnia' in the graph"), proc.stderr
    proc = kg_cli("query", "leaders", "--store", case, "-p", "person=Machdo", check=2)
    assert "near matches: Maria Corina Machado" in proc.stderr, proc.stderr
    proc = kg_cli("query", "leaders", "--store", case, "-p", "person=Madurro", check=2)
    assert "near matches: Nicolás Maduro" in proc.stderr, proc.stderr


# -- the publisher of a byline or a release's label lines ----------------------------------


def test_add_article_records_the_publisher_of_a_byline_and_of_a_release(tmp_path):
    corpus = tmp_path / "c"
    kg_cli("init", corpus, check=0)
    wire, release = CASE / "articles" / "nobel-machado-wire.txt", CASE / "articles" / "wto-china-injunctions-pressrelease.txt"
    proc = kg_cli("add-article", wire, "--corpus", corpus, check=0)
    assert "no publisher recorded, though 'Northgate Wire' is named in its byline" in proc.stderr, proc.stderr
    assert "{id: northgate-wire, type: NewsOrganisation, label: Northgate Wire}" in proc.stderr, proc.stderr
    with (corpus / "entities.yaml").open("a", encoding="utf-8") as f:
        f.write("- {id: northgate-wire, type: NewsOrganisation, label: Northgate Wire}\n"
                "- {id: european-commission, type: Organisation, label: European Commission}\n")
    proc = kg_cli("add-article", wire, "--corpus", corpus, "--update", check=0)
    assert "publisher none -> northgate-wire" in proc.stdout, proc.stdout
    proc = kg_cli("add-article", release, "--corpus", corpus, check=0)
    assert "no publisher recorded" not in proc.stderr, proc.stderr
    entries = {e["title"][:3]: e for e in yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))}
    assert entries["Ven"]["publisher"] == "northgate-wire" and entries["Ven"]["author"] == "Ingrid Halvorsen"
    assert entries["WTO"]["publisher"] == "european-commission", entries["WTO"]


def test_a_writers_post_after_the_byline_is_no_publisher(tmp_path):
    corpus = tmp_path / "c"
    kg_cli("init", corpus, check=0)
    story = tmp_path / "story.txt"
    story.write_text("Talks resume in Oslo\n\nBy Ana Kell, Staff Writer\n\nOSLO, October 10, 2025 - Talks resumed "
                     "in Oslo on Friday between the two delegations.\n", encoding="utf-8")
    proc = kg_cli("add-article", story, "--corpus", corpus, check=0)
    assert "no publisher recorded" not in proc.stderr, proc.stderr
    [entry] = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))
    assert entry["publisher"] is None and entry["author"] == "Ana Kell"


# -- the queries -----------------------------------------------------------------------------


def test_legal_actions_show_a_targeted_fact_apart_and_whom_a_complaint_is_put_to(case):
    rows = by_fact(query_rows(case, "legal-actions"))
    award = rows[RULING]
    assert (award["target"], award["target_fact"]) == ("China", PANEL), award
    appeal = next(r for r in rows.values() if r["action"] == "appeal")
    assert (appeal["target"], appeal["target_fact"]) == (None, PANEL), appeal
    complaints = [r for r in rows.values() if r["action"] == "complaint"]
    assert len(complaints) == 2 and all(r["recipient"] == "World Trade Organization" for r in complaints), complaints
    # The table names the targeted fact in words (and its id, as it is a row of the answer).
    proc = kg_cli("query", "legal-actions", "--store", case, "-F", "expanded", check=0)
    shown = [line for line in proc.stdout.splitlines() if line.startswith("target_fact")]
    assert shown and all(f"legal action (China, unnamed WTO panel (World Trade Organization); 2025-02) ({PANEL})" in line for line in shown), shown
    assert not any(line.startswith("target ") and PANEL in line for line in proc.stdout.splitlines())


def test_agreements_say_whose_unnamed_signatories_are(case):
    [deal] = [r for r in query_rows(case, "agreements", state="Rwanda") if "signatory" in (r["roles"] or "")
              and r["status"] and "signed" in r["status"]]
    assert "signatory: unnamed officials (Rwanda); signatory: unnamed officials (United States)" in deal["roles"], deal


def test_negotiations_with_no_date_are_dated_by_the_day_they_were_spoken_of(case):
    [talks] = query_rows(case, "negotiations", party="Rwanda")
    assert talks["date"] == "2025-05 (said)", talks


def test_statements_show_a_fact_they_are_about_in_words(case):
    proc = kg_cli("query", "statements", "--store", case, "-p", "about=China", "-F", "expanded", check=0)
    about = [line for line in proc.stdout.splitlines() if line.startswith("about")]
    assert "about     legal action (China, European Union, unnamed WTO appeal arbitrators (World Trade Organization); 2025-07-21)" in about, about
    assert not any(RULING in line for line in about), about


def test_the_browsers_query_page_links_a_fact_by_its_words(case):
    from test_browse import serving

    with serving(case) as served:
        with urllib.request.urlopen(served["base"] + "/browse/query/statements?about=China", timeout=30) as r:
            page = r.read().decode("utf-8")
    links = re.findall(rf'<a href="/browse/fact/{RULING}">([^<]*)</a>', page)
    assert links and set(links) == {"legal action (China, European Union, unnamed WTO appeal arbitrators (World Trade Organization); 2025-07-21)"}, links


def test_awards_list_who_gave_what_to_whom_when(case):
    rows = by_fact(query_rows(case, "awards"))
    nobel = rows[AWARD]
    assert (nobel["date"], nobel["awarded_by"], nobel["awardee"], nobel["award"]) == (
        "2025-10-10", "Norwegian Nobel Committee", "Maria Corina Machado", "2025 Nobel Peace Prize"), nobel
    assert nobel["value"] == "SEK 11000000" and nobel["ordinal"] == "1" and nobel["sources"] == 1, nobel
    assert nobel["part"] == "ceremony-nobel-peace-prize-2025-12-10", nobel
    assert nobel["modality"] == "asserted, reported (said by Norwegian Nobel Committee)", nobel
    hidankyo = rows["award-nobel-peace-prize-2024-nihon-hidankyo"]
    assert (hidankyo["date"], hidankyo["awardee"], hidankyo["awarded_by"]) == ("2024", "Nihon Hidankyo", None)
    # The earlier award first; by awardee (a state matches its citizens) and by giver.
    assert list(rows) == ["award-nobel-peace-prize-2024-nihon-hidankyo", AWARD]
    assert [r["fact"] for r in query_rows(case, "awards", awardee="Venezuela")] == [AWARD]
    assert [r["fact"] for r in query_rows(case, "awards", awarded_by="Norwegian Nobel Committee")] == [AWARD]
    # Nihon Hidankyo, "the Japanese organisation" (an OrganisationCountry), is Japan's.
    assert [r["fact"] for r in query_rows(case, "awards", awardee="Japan")] == ["award-nobel-peace-prize-2024-nihon-hidankyo"]
