"""A fact dated implausibly far from its article, every speaker in 'profile', facts named
in words in query tables, a dry run of 'ingest --extract' that writes nothing, 'kg eval'
without curated claims, and the weekday warning for the day a speaker spoke; each with a
look-alike that must not trigger. Invented articles, through the real CLI."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import kg_cli, query_rows

#: A council, two states and a mission of an invented article.
ENTITIES = """entities:
  - {id: ostravia, type: State, label: Ostravia}
  - {id: velmaria, type: State, label: Velmaria}
  - {id: harbour-council, type: InternationalOrganisation, label: Harbour Council}
  - {id: lakeside-mission, type: InternationalOrganisation, label: Lakeside Mission}
"""

TEXT = ("The Harbour Council on Tuesday renewed the Lakeside Mission. Resolution 2790, drafted by Ostravia, "
        "was adopted by all nine members. Ostravia and Velmaria said the mission had failed to protect the lake. "
        "Velmaria said the mission had been slow.\n")


def article(folder, claims: str, name: str = "a", published: str = "2025-06-05", text: str = TEXT):
    """A claims file ``name``.yaml in ``folder`` with its article ``text`` inline and the
    entities of :data:`ENTITIES`; returns its path."""
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    path = folder / f"{name}.yaml"
    path.write_text(f"article: {{id: 917_{name}, file: {name}.txt, url: null, publisher: null, published: {published}}}\n"
                    + ENTITIES + "claims:\n" + claims, encoding="utf-8")
    return path


def vote_claim(date: str, key: str = "date") -> str:
    return ("  - id: vote-far\n    fact: vote-harbour-council\n    type: Vote\n    votingBody: harbour-council\n"
            f"    outcome: adopted\n    {key}: '{date}'\n    modality: planned\n"
            "    quote: Resolution 2790, drafted by Ostravia, was adopted by all nine members\n")


# -- 1. a date centuries from the article --------------------------------------------------


def test_a_resolution_number_read_as_a_year_is_warned_of_at_ingest_and_by_validate(tmp_path):
    path = article(tmp_path, vote_claim("2790"))
    store = tmp_path / "store"
    proc = kg_cli("ingest", "--store", store, path, check=0)
    # The file, the line of the date (line 13: the header, 5 lines of entities, 'claims:'
    # and the claim's first five keys come before it), the claim and both dates.
    assert (f"{path}, line 13: claim 'vote-far': date 2790 is 765 years after the article's publication date "
            f"(2025-06-05): a number read as a year" in proc.stderr), proc.stderr
    report = kg_cli("validate", "--store", store, "--format", "json", check=0)
    assert "date 2790 is 765 years after the article's publication date (2025-06-05)" in report.stdout, report.stdout


def test_a_start_before_1800_is_warned_of_and_a_plan_45_years_ahead_or_a_treaty_of_1854_is_not(tmp_path):
    proc = kg_cli("ingest", "--dry-run", article(tmp_path, vote_claim("1701", key="startDate")), check=0)
    assert "claim 'vote-far': startDate 1701 is before 1800, long before the article's publication date" in proc.stderr
    for plausible in ("2070", "1854", "2025-06-03"):
        proc = kg_cli("ingest", "--dry-run", article(tmp_path, vote_claim(plausible)), check=0)
        assert "a number read as a year" not in proc.stderr, (plausible, proc.stderr)


# -- 2. every speaker of a claim in 'profile' -----------------------------------------------

SPEAKERS = """  - id: failed
    fact: accusation-lakeside
    type: Accusation
    speaker: [ostravia, velmaria]
    about: lakeside-mission
    subject: failed to protect the lake
    modality: reported
    said_by: [ostravia, velmaria]
    quote: Ostravia and Velmaria said the mission had failed to protect the lake
  - id: slow
    fact: accusation-lakeside-slow
    type: Accusation
    speaker: velmaria
    about: lakeside-mission
    subject: slow
    modality: reported
    said_by: velmaria
    quote: Velmaria said the mission had been slow
"""


def test_profile_names_every_speaker_of_a_claim_and_one_where_there_is_one(tmp_path):
    store = tmp_path / "store"
    kg_cli("ingest", "-q", "--store", store, article(tmp_path, SPEAKERS), check=0)
    rows = query_rows(store, "profile", entity="Lakeside Mission")
    said = {r["fact"]: r["said_by"] for r in rows}
    assert said == {"accusation-lakeside": "Ostravia, Velmaria", "accusation-lakeside-slow": "Velmaria"}, rows


# -- 3. facts named in words in the tables ---------------------------------------------------

VOTED = """  - id: vote
    fact: vote-harbour-council-2025-06-03
    type: Vote
    votingBody: harbour-council
    votedOn: draft-resolution-2790-lakeside
    outcome: adopted
    date: 2025-06-03
    quote: The Harbour Council on Tuesday renewed the Lakeside Mission
  - id: draft
    fact: draft-resolution-2790-lakeside
    type: DraftResolution
    sponsor: ostravia
    quote: Resolution 2790, drafted by Ostravia
"""


def test_a_table_names_the_fact_a_column_refers_to_in_words_and_keeps_the_rows_own_id(tmp_path):
    store = tmp_path / "store"
    kg_cli("ingest", "-q", "--store", store, article(tmp_path, VOTED), check=0)
    table = kg_cli("query", "votes", "--store", store, "-p", "body=Harbour Council", "-F", "expanded", check=0).stdout
    assert re.search(r"^voted_on +draft resolution \(Ostravia\)$", table, re.M), table
    # The row's own fact keeps its id, the one 'kg query evidence -p fact=' takes.
    assert re.search(r"^fact +vote-harbour-council-2025-06-03$", table, re.M), table
    assert "draft-resolution-2790-lakeside" not in table
    # JSON records, for scripts, keep the id.
    [row] = query_rows(store, "votes", body="Harbour Council")
    assert row["voted_on"] == "draft-resolution-2790-lakeside", row


# -- 4. a dry run writes nothing; kg eval's second path; said on a weekday --------------------


def test_a_refused_dry_run_of_ingest_extract_keeps_no_drafts_and_says_how_to_write_them(store_copy, tmp_path):
    # An entity the store holds as a Person, which a registry given here calls an
    # Organisation: the drafts are refused, as a real ingest would refuse them.
    (tmp_path / "one.txt").write_text("Nadine Heredia, the wife of Ollanta Humala, was sentenced.\n", encoding="utf-8")
    (tmp_path / "one.yaml").write_text(
        "article: {id: 951_one, file: one.txt, published: 2025-04-15}\n"
        "entities:\n  - {id: heredia-n, type: Person, label: Nadine Heredia}\n"
        "claims:\n  - {id: c, fact: characterisation-heredia-n, type: Characterisation, characterised: Nadine Heredia,\n"
        "     category: wife of Ollanta Humala, quote: \"Nadine Heredia, the wife of Ollanta Humala\"}\n", encoding="utf-8")
    kg_cli("ingest", "-q", "--store", store_copy, tmp_path / "one.yaml", check=0)
    (tmp_path / "reg.yaml").write_text("- {id: heredia-n, type: Organisation, label: Nadine Heredia}\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Heredia leaves Peru\n\nLIMA, April 16, 2025 - Nadine Heredia met President Luiz "
                                      "Inacio Lula da Silva in Brasilia on Wednesday.\n", encoding="utf-8")
    (work := tmp_path / "work").mkdir()
    proc = kg_cli("ingest", "--dry-run", "--extract", "--store", store_copy, tmp_path / "two.txt", "--entities",
                  tmp_path / "reg.yaml", check=2, cwd=work)
    assert "is an Organisation here but a Person in the store" in proc.stderr, proc.stderr
    assert "draft two.yaml" in proc.stderr and "A dry run keeps no drafts" in proc.stderr, proc.stderr
    assert "kg extract ARTICLE... -o drafts/" in proc.stderr
    assert list(work.iterdir()) == []
    # The same refusal without --dry-run keeps them: in a temporary folder it names, not
    # in the folder it was run from, unless -o says where.
    proc = kg_cli("ingest", "--extract", "--store", store_copy, tmp_path / "two.txt", "--entities",
                  tmp_path / "reg.yaml", check=2, cwd=work)
    kept = re.search(r"The drafts are kept in (\S*kg-drafts-[^/\s]+)/", proc.stderr)
    assert kept and (Path(kept.group(1)) / "two.yaml").is_file() and list(work.iterdir()) == [], proc.stderr
    shutil.rmtree(kept.group(1))
    proc = kg_cli("ingest", "--extract", "--store", store_copy, tmp_path / "two.txt", "--entities",
                  tmp_path / "reg.yaml", "-o", "drafts", check=2, cwd=work)
    assert "The drafts are kept in drafts/" in proc.stderr and (work / "drafts" / "two.yaml").is_file()


def test_eval_shows_the_curated_claims_in_its_usage_and_says_what_the_second_path_was_taken_as(tmp_path):
    (drafts := tmp_path / "drafts").mkdir()
    (claims := tmp_path / "claims").mkdir()
    proc = kg_cli("eval", drafts, claims, check=2)
    assert "Usage: kg eval DRAFTED... (--gold CURATED | --corpus DIR) [OPTIONS]" in proc.stderr, proc.stderr
    assert (f"{drafts} and {claims} were taken as DRAFTED; if {claims} holds the curated claims, run: kg eval {drafts} "
            f"--gold {claims}") in proc.stderr, proc.stderr
    # One path alone: no second path to suggest as --gold.
    proc = kg_cli("eval", drafts, check=2)
    assert f"{drafts} was taken as DRAFTED; name the curated claims with --gold" in proc.stderr, proc.stderr
    assert "run: kg eval" not in proc.stderr


SAID_ON = """  - id: slow
    fact: accusation-lakeside-slow
    type: Accusation
    speaker: velmaria
    about: lakeside-mission
    subject: slow
    date: DATE
    modality: reported
    said_by: velmaria
    quote: QUOTE
"""


def test_the_weekday_warning_names_said_on_where_the_quote_dates_the_speaking(tmp_path):
    # Published Thursday 2025-06-05: "said on Wednesday" is 2025-06-04 at the latest.
    text = "Velmaria said on Wednesday the mission had been slow. The mission was slow on Wednesday.\n"
    claim = SAID_ON.replace("DATE", "2025-06-02").replace("QUOTE", "Velmaria said on Wednesday the mission had been slow")
    proc = kg_cli("ingest", "--dry-run", article(tmp_path, claim, text=text), check=0)
    assert ("its quote says 'Wednesday', but date 2025-06-02 is a Monday: a typo in the date? Or is 'Wednesday' the "
            "day the speakers spoke? Then give that day as said_on: 2025-06-04 (the last Wednesday on or before the "
            "publication date)") in proc.stderr, proc.stderr
    # The weekday of the fact itself, with no verb of speech: the plain warning.
    claim = SAID_ON.replace("DATE", "2025-06-02").replace("QUOTE", "The mission was slow on Wednesday")
    proc = kg_cli("ingest", "--dry-run", article(tmp_path, claim, text=text), check=0)
    assert "date 2025-06-02 is a Monday: a typo in the date?" in proc.stderr and "said_on" not in proc.stderr
    # With said_on given, the words are dated and nothing is said.
    claim = SAID_ON.replace("DATE", "2025-06-02").replace(
        "QUOTE", "Velmaria said on Wednesday the mission had been slow").replace("    modality", "    said_on: 2025-06-04\n    modality")
    proc = kg_cli("ingest", "--dry-run", article(tmp_path, claim, text=text), check=0)
    assert "Wednesday" not in proc.stderr, proc.stderr
