"""The canned queries and the build on three newcomers' articles (a migration deal with a
conditional loan, tests/data/newcomer-migration-pact; the raid on an embassy and the vote
that followed, tests/data/newcomer-embassy-raid; a mutiny, tests/data/newcomer-mutiny):
what a reader of their claims expects back, through the real ``kg build`` and ``kg query``."""

from __future__ import annotations

import shutil

from conftest import ROOT, built_once_per_module, by_fact, kg_cli, query_rows

PACT = ROOT / "tests" / "data" / "newcomer-migration-pact"
RAID = ROOT / "tests" / "data" / "newcomer-embassy-raid"
MUTINY = ROOT / "tests" / "data" / "newcomer-mutiny"
ACCESSION = ROOT / "tests" / "data" / "newcomer-nato-accession-recount"

pact = built_once_per_module(PACT)
raid = built_once_per_module(RAID)
mutiny = built_once_per_module(MUTINY)
accession = built_once_per_module(ACCESSION)


def test_two_statements_at_times_of_day_apart_do_not_look_like_one(tmp_path):
    """A video posted at 7:30 a.m. and words said that evening, by one speaker on one day,
    are two statements: the build does not warn that they look like one."""
    proc = kg_cli("build", "--corpus", MUTINY, "--store", tmp_path / "s", check=0)
    assert "statement-prigozhin-video-rostov-2023-06-24" in (ROOT / MUTINY / "claims" / "000_e6f133361ac476c5.yaml").read_text()
    assert "look like one Statement" not in proc.stderr, proc.stderr
    facts = {r["fact"] for r in query_rows(tmp_path / "s", "statements", speaker="Yevgeny Prigozhin")}
    assert {"statement-prigozhin-video-rostov-2023-06-24", "statement-prigozhin-blood-could-be-spilled-2023-06-24"} <= facts


def test_loans_show_what_a_loan_depends_on_and_where_an_outline_stands(pact):
    """The EU's offer depends on an IMF programme and on conditions in words: both are
    shown, with the lending programme it falls under. The IMF loan was only agreed in principle (a stage, no status of its own): its
    status says so, with the stage's date, and the stage's unnamed parties say whose
    they are."""
    rows = by_fact(query_rows(pact, "loans"))
    eu = rows["loan-eu-tunisia-macro-financial-assistance"]
    assert eu["terms"].split("; ") == ["condition: loan-imf-tunisia-2022-10",
                                       "condition: once the necessary conditions are met"]
    assert eu["status"] is None  # offered (modality willing), no stage: nothing to show
    assert eu["debt"] == "programme: macro-financial assistance"
    imf = rows["loan-imf-tunisia-2022-10"]
    assert imf["status"] == "agreed in principle (2022-10)"
    assert "agreed in principle 2022-10 (unnamed staff (International Monetary Fund))" in imf["stages"].split("; ")


def test_votes_show_an_envoy_casting_a_states_vote_once_and_an_absent_member(raid):
    """Ecuador alone voted against, its vote cast by its deputy foreign minister: one voter
    against, beside a tally of 29-1; Mexico did not attend, and the row says so."""
    vote = by_fact(query_rows(raid, "votes"))["vote-oas-permanent-council-embassy-2024-04-10"]
    assert vote["tally"] == "29-1, 1 abstention"
    assert vote["members"].split("; ") == ["against: Alejandro Dávalos (for Ecuador)", "abstained: El Salvador",
                                           "absent: Mexico"]


def test_legal_actions_tell_a_promise_to_drop_a_case_from_its_closure(mutiny):
    """The Kremlin's promise that the case will be dropped (planned) and the FSB's closure
    of it (dated, by the FSB) are two entries of the status, the promise marked planned."""
    case = by_fact(query_rows(mutiny, "legal-actions"))["case-fsb-prigozhin-armed-mutiny-2023"]
    assert case["status"] == "opened, terminated, terminated (Federal Security Service, 2023-06-27), terminated (planned)"


def test_statements_date_a_remark_said_during_another_fact_by_that_fact(raid):
    """Dávalos called Glas "a convicted fugitive" during the council's session of the day
    before the vote (said_on: {during: <the session>}): the row gives the session's day and
    the session, not the article's publication day."""
    rows = [r for r in query_rows(raid, "statements") if r["fact"] == "characterisation-davalos-glas-convicted-fugitive"]
    assert [r["date"] for r in rows] == ["2024-04-09 (said during meeting-oas-permanent-council-2024-04-09)"]


def test_statements_give_one_row_per_claim_with_its_quotes_in_text_order(pact, mutiny):
    """Amnesty's criticism is one claim with two quotes: one row, both quotes in the order
    of the article. Putin's "stab in the back" is one row too."""
    rows = [r for r in query_rows(pact, "statements", speaker="Eve Geddie") if r["kind"] == "criticism"]
    assert len(rows) == 1
    first, second = rows[0]["quote"].split(" … ")
    assert first == "The memorandum has drawn criticism." and second.startswith("On 17 July Amnesty International's")
    text = next((PACT / "articles").glob("*.txt")).read_text()
    assert text.index(first) < text.index(second)
    stab = [r for r in query_rows(mutiny, "statements", speaker="Vladimir Putin") if "stab in the back" in r["quote"]]
    assert len(stab) == 1


def test_conflicts_set_two_speakers_distances_against_each_other(tmp_path):
    """Written as one fact, as a reader would (the columns' closest point to Moscow),
    Prigozhin's "within 200 kilometres" and ISW's 330 kilometres are two sources
    disagreeing on the distance, each row with its speaker."""
    corpus = tmp_path / "mutiny"
    shutil.copytree(MUTINY, corpus)
    claims = next((corpus / "claims").glob("*.yaml"))
    one = "location-wagner-columns-closest-to-moscow-by-prigozhin"
    claims.write_text(claims.read_text().replace("fact: location-wagner-columns-closest-to-moscow-by-isw", f"fact: {one}"))
    kg_cli("build", "--corpus", corpus, "--store", tmp_path / "s", check=0)
    rows = [r for r in query_rows(tmp_path / "s", "conflicts", fact=one) if r["property"] == "distance"]
    assert sorted((r["value"], r["said_by"]) for r in rows) == [("330 kilometres", "Institute for the Study of War"),
                                                               ("at most 200 kilometres", "Yevgeny Prigozhin")]


def test_a_claims_condition_that_is_another_fact_is_shown_by_its_id(accession):
    """The F-16 sale is tied to Turkey's parliament ratifying Sweden's accession (a claim
    with conditionFact): the way that claim presents the sale names the vote."""
    f16 = by_fact(query_rows(accession, "arms-transfers"))["arms-united-states-turkey-f-16"]
    assert "asserted (condition: vote-turkish-parliament-sweden-nato-2024-01-23)" in f16["modality"].split(", ")


def test_legal_actions_date_a_ruling_expected_soon_from_the_articles_day(raid):
    """"We can win this case quickly" (date: soon), said on Sunday 7 April (said_on) in an
    article of 12 April: the predicted ruling is dated from the day it was said on, with
    the words, not left undated nor counted from the article's day."""
    win = by_fact(query_rows(raid, "legal-actions"))["ruling-icj-mexico-ecuador-win"]
    assert win["date"] == "after 2024-04-07 (soon)"



def test_an_unnamed_stage_party_says_whose_it_is(heldout_store):
    """As loans' stages do: the Swedish warrant was dropped by unnamed prosecutors, which
    legal-actions names with their state."""
    warrant = by_fact(query_rows(heldout_store, "legal-actions"))["warrant-sweden-assange-2010"]
    assert warrant["status"] == "terminated (unnamed prosecutors (Sweden))"


def test_within_days_said_on_an_earlier_day_counts_from_that_day(tmp_path):
    """The same prediction written 'within days': the week after the day it was said
    (2024-04-07), not after the article's day (2024-04-12)."""
    corpus = tmp_path / "raid"
    shutil.copytree(RAID, corpus)
    claims = next((corpus / "claims").glob("*.yaml"))
    text = claims.read_text(encoding="utf-8")
    assert "date: soon, modality: predicted" in text
    claims.write_text(text.replace("date: soon, modality: predicted", "date: within days, modality: predicted"),
                      encoding="utf-8")
    kg_cli("build", "--corpus", corpus, "--store", tmp_path / "s")
    win = by_fact(query_rows(tmp_path / "s", "legal-actions"))["ruling-icj-mexico-ecuador-win"]
    assert win["date"] == "2024-04-07/2024-04-14 (within days)"


def test_two_statements_at_one_instant_in_two_zones_look_like_one(tmp_path):
    """The evening remark written at 04:30 GMT, the same instant as the video's 07:30
    Moscow time: compared in UTC, the two statements of one speaker on one day may be
    one, and the build says so."""
    corpus = tmp_path / "mutiny"
    shutil.copytree(MUTINY, corpus)
    claims = next((corpus / "claims").glob("*.yaml"))
    text = claims.read_text(encoding="utf-8")
    evening = "    subject: Now the moment has come when blood could be spilled\n    date: 2023-06-24\n    partOfDay: evening\n"
    assert text.count(evening) == 1 and 'timeOfDay: "07:30+03:00"' in text
    claims.write_text(text.replace(evening, evening.replace("partOfDay: evening", 'timeOfDay: "04:30Z"')),
                      encoding="utf-8")
    proc = kg_cli("build", "--corpus", corpus, "--store", tmp_path / "s", check=0)
    assert "look like one Statement" in proc.stderr, proc.stderr
