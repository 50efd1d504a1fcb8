"""A new user's trial on grid synchronisation, a dam's inauguration and a nationalisation,
on an invented case (``tests/data/qfix28-grid``) built once by the real ``kg build``:

- a state joining or leaving an infrastructure network (a power grid) is a Membership or
  Withdrawal of an InfrastructureNetwork, which ``kg vocabulary grid`` finds;
- a Ceremony names what it inaugurates, and the entity's page lists the ceremony;
- ``meetings`` finds a ceremony by who performed it (``-p person=``), not with no parameter;
- a ceremony's words keep an unnamed attendee's state;
- roles apart: a seizure from the seizer itself is refused by ``kg ingest``, from one
  claim (the reader) or from two (the shapes);
- ``kg eval``: a wrong speaker on an unmatched statement with the curated quote counts in
  speaker accuracy, and another statement of the same speaker and day is no repeat.
"""

from __future__ import annotations

import html
import re
import shutil

import yaml

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "qfix28-grid"
ARTICLE = "000_44ea32c8d9bf7ccb"

case = built_once_per_module(CASE, build=built_corpus)


def test_joining_and_leaving_a_grid_is_a_membership_and_a_withdrawal(case):
    out = kg_cli("vocabulary", "grid", check=0).stdout
    assert "InfrastructureNetwork (kind of entity" in out and "power grid" in out and "Membership" in out
    assert "InfrastructureNetwork" in kg_cli("vocabulary", "synchronise", check=0).stdout
    timeline = by_fact(query_rows(case, "timeline", entity="Continental Grid"))
    assert "membership-continental-grid" in timeline
    assert "withdrawal-northern-ring" in by_fact(query_rows(case, "timeline", entity="Northern Ring"))


def test_a_ceremony_names_what_it_inaugurates_and_its_page_lists_it(case, tmp_path):
    site = tmp_path / "site"
    kg_cli("export", "--store", case, "-F", "html", "-o", site, check=0)
    page = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", (site / "entity" / "ostra-dam.html").read_text())).split())
    assert "ceremony-ostra-dam" in page and "inaugurates" in page, page
    out = kg_cli("vocabulary", "inaugurates", check=0).stdout
    assert "Ceremony" in out and "P793" in out


def test_meetings_finds_a_ceremony_by_who_performed_it_and_only_when_asked(case):
    performed = by_fact(query_rows(case, "meetings", person="Anja Morell"))
    assert performed["ceremony-ostra-dam"]["kind"] == "ceremony"
    assert performed["ceremony-ostra-dam"]["attendees"] == "Pavel Dran, unnamed president (Moravel)"
    assert "ceremony-ostra-dam" in by_fact(query_rows(case, "meetings", attendee="Pavel Dran"))
    assert "ceremony-ostra-dam" not in by_fact(query_rows(case, "meetings", person="Pavel Dran"))
    assert query_rows(case, "meetings") == []


def test_a_ceremony_described_keeps_its_unnamed_attendee_state(case):
    out = kg_cli("query", "statements", "--store", case, "-p", "speaker=Moravel", check=0).stdout
    assert "ceremony (Anja Morell, Ostra Dam, Torvik; present: Pavel Dran, unnamed president (Moravel); 2031-03-02)" \
        in " ".join(out.split())


def _corpus_with(tmp_path, extra: list[dict]):
    corpus = tmp_path / "corp"
    shutil.copytree(CASE, corpus)
    path = corpus / "claims" / f"{ARTICLE}.yaml"
    data = yaml.safe_load(path.read_text())
    data["claims"] += extra
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return corpus, path


def test_a_seizure_from_the_seizer_itself_is_refused(case, tmp_path):
    quote = "Teskia nationalised Kelvor Mining, taking it from the Orvane Group"
    store = tmp_path / "store"
    shutil.copytree(case, store)
    before = kg_cli("export", "--store", store, "-F", "nquads", check=0).stdout
    # One claim naming Teskia as seizer and owner: the reader refuses it.
    _, path = _corpus_with(tmp_path / "one", [{"id": "self", "fact": "seizure-self", "type": "Seizure",
                                               "perpetrator": "Teskia", "seized": "Kelvor Mining",
                                               "seizedFrom": "Teskia", "quote": quote}])
    proc = kg_cli("ingest", "--store", store, path, check=2)
    assert "perpetrator and seizedFrom both name Teskia" in proc.stderr, proc.stderr
    # Two claims of one fact, each with one of the roles: the shapes refuse it.
    _, path = _corpus_with(tmp_path / "two", [
        {"id": "self-a", "fact": "seizure-self", "type": "Seizure", "perpetrator": "Teskia", "seized": "Kelvor Mining",
         "quote": quote},
        {"id": "self-b", "fact": "seizure-self", "type": "Seizure", "seizedFrom": "Teskia", "quote": quote}])
    proc = kg_cli("ingest", "--store", store, path, check=2)
    assert "claim 'self-a'" in proc.stderr and \
        "who seized (perpetrator) is not whom it was seized from (seizedFrom)" in proc.stderr, proc.stderr
    assert kg_cli("export", "--store", store, "-F", "nquads", check=0).stdout == before


def test_eval_counts_a_wrong_speaker_on_the_curated_quote_and_no_other_statement_as_repeat(tmp_path):
    corpus = tmp_path / "drafted"
    shutil.copytree(CASE, corpus)
    drafts = corpus / "claims"
    curated = yaml.safe_load((CASE / "claims" / f"{ARTICLE}.yaml").read_text())
    draft = {"article": ARTICLE, "extractor": {"name": "kg-rules", "version": "1.0.0"}, "claims": [
        # The curated quote, given to the wrong speaker: its fact matches nothing.
        {"id": "wrong-speaker", "review": "drafted", "fact": "statement-dran-dam", "type": "Statement",
         "speaker": "Pavel Dran", "quote": "\"The dam is no threat to anyone downstream,\" Morell said"},
        # Another statement of the same speaker on the same day: not the curated one.
        {"id": "other-words", "review": "drafted", "fact": "statement-morell-line", "type": "Statement",
         "speaker": "Anja Morell", "date": "2031-03-02",
         "quote": "Morell said the next goal was a new line to Moravel by 2035"},
        {"id": "same-statement", "review": "drafted", "fact": "statement-morell-dam", "type": "Statement",
         "speaker": "Anja Morell", "date": "2031-03-02",
         "quote": "\"The dam is no threat to anyone downstream,\" Morell said"}]}
    assert curated["article"] == ARTICLE
    (drafts / f"{ARTICLE}.yaml").write_text(yaml.safe_dump(draft, sort_keys=False, allow_unicode=True))
    out = kg_cli("eval", drafts / f"{ARTICLE}.yaml", "--gold", CASE / "claims", "--misses", check=0).stdout
    assert "speaker accuracy   0.50  (1/2 drafted claims aligned to a curated claim by quote, of matched facts or " \
           "with the same quote)" in out, out
    assert "speaker   " + ARTICLE + "  wrong-speaker: pavel-dran; curated no-threat: anja-morell" in out
    assert "repeat" not in out.split("articles:")[1].split("\n", 1)[1]
    assert ("statement-morell-line (Statement): another statement of the same speaker: its quotes are none of "
            "this one's (words)") in out


def test_a_permit_revoked_from_a_company_is_an_operating_licence_no_agreement(case):
    out = kg_cli("vocabulary", "operating permit", check=0).stdout
    assert "OperatingLicence (kind of fact" in out
    licence = by_fact(query_rows(case, "timeline", entity="Orvane Group"))["licence-orvane-lask"]
    assert licence["kind"] == "operating licence" and licence["role"] == "licensee"
    assert query_rows(case, "agreements") == []
