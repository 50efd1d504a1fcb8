"""A draft keeps an analyst's review, a day compared with a start, words of news that find
their kind of fact, "did you mean" from the claim's own class, and a page's site name
from its title: through the real CLI, on an invented article about a border crossing
(each rule beside a look-alike that must not trigger it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import dump_yaml, kg_cli, store_quads

TEXT = (
    "VELGRAD, May 12 - Valdoria shut the Brelsk crossing on May 2 after a clash between border guards. "
    "The border crossing reopened on May 11 after nine days.\n\n"
    "Interior Minister Karl Weber accused Ostria of sending armed smugglers across the line.\n\n"
    "Ostria's foreign ministry said the closure had stranded hundreds of lorries.\n"
)
CLOSURE_QUOTE = "Valdoria shut the Brelsk crossing on May 2"
REOPEN_QUOTE = "The border crossing reopened on May 11 after nine days"
ACCUSATION_QUOTE = "Karl Weber accused Ostria of sending armed smugglers across the line"
STRANDED_QUOTE = "Ostria's foreign ministry said the closure had stranded hundreds of lorries"
ENTITIES = [
    {"id": "valdoria", "type": "State", "label": "Valdoria"},
    {"id": "ostria", "type": "State", "label": "Ostria"},
    {"id": "karl-weber", "type": "Person", "label": "Karl Weber", "of": "valdoria"},
]
ARTICLE = "brelsk-crossing"
EXTRACTOR = {"name": "kg-rules", "version": "1.0.0"}


def closure(**dates) -> dict:
    return {"id": "closure", "fact": "border-closure-valdoria-2025-05", "type": "BorderClosure",
            "initiator": "valdoria", "place": "valdoria", "borderWith": "ostria",
            "quote": [CLOSURE_QUOTE, REOPEN_QUOTE], **dates}


ACCUSATION = {"id": "accusation", "fact": "accusation-karl-weber-ostria", "type": "Accusation",
              "speaker": "karl-weber", "about": "ostria", "quote": ACCUSATION_QUOTE}
STATEMENT = {"id": "stranded", "fact": "statement-ostria-closure", "type": "Statement", "speaker": "ostria",
             "subject": "the closure stranded lorries", "quote": STRANDED_QUOTE}


def corpus(root: Path, *claims: dict) -> Path:
    """A corpus folder with the article, its registry and hand-written claims."""
    folder = root / "corpus"
    for sub in ("articles", "claims"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        (folder / sub / "article.txt").write_text(TEXT, encoding="utf-8")
    dump_yaml(folder / "entities.yaml", ENTITIES)
    dump_yaml(folder / "claims" / f"{ARTICLE}.yaml",
          {"article": {"id": ARTICLE, "file": "article.txt"}, "claims": list(claims)})
    return folder


def claims_file(folder: Path, name: str, claims: list[dict], drafted: bool = True) -> Path:
    """Another claims file of the article in ``folder`` (beside the corpus's), with
    ``claims``; ``drafted``: written by software (an extractor), each claim's ``review``
    as given."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(TEXT, encoding="utf-8")
    data = {"article": {"id": ARTICLE, "file": "article.txt"}, "claims": claims}
    if drafted:
        data = {"extractor": EXTRACTOR, **data}
    return dump_yaml(folder / f"{name}.yaml", data)


def reviewed(claim: dict, status: str) -> dict:
    return {**claim, "review": status}


# -- 1. a draft never drops reviewed claims it does not hold ----------------------------------------


@pytest.fixture
def reviewed_store(tmp_path) -> tuple[Path, Path]:
    """A store holding the article with three hand-written (reviewed) claims, and its corpus."""
    folder = corpus(tmp_path, closure(startDate="2025-05-02", endDate="2025-05-11"), ACCUSATION, STATEMENT)
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, folder / "claims", check=0)
    return store, folder


def test_a_partly_reviewed_draft_that_would_drop_reviewed_claims_is_refused(reviewed_store):
    store, folder = reviewed_store
    before = store_quads(store)
    # One claim marked reviewed, the others drafted: the accusation is held but only as a
    # draft, the statement not at all.
    draft = claims_file(folder / "claims", "draft", [reviewed(closure(date="2025-05-02"), "reviewed"),
                                                      reviewed(ACCUSATION, "drafted")])
    for dry in (("--dry-run",), ()):
        proc = kg_cli("ingest", "--store", store, *dry, draft, check=2)
        said = " ".join(proc.stderr.split())
        assert (f"{draft}: 1 of the 2 claims of this file are 'review: drafted', and the store holds article "
                f"{ARTICLE} with 3 reviewed claim(s), of which it would replace 2 that it does not hold as "
                f"reviewed: accusation, stranded.") in said, said
        assert "--drop-reviewed" in said and f"kg retract {ARTICLE}" in said
        assert store_quads(store) == before
    # Every claim drafted: refused as before, now naming the claims too.
    all_drafted = claims_file(folder / "claims", "all-drafted", [reviewed(ACCUSATION, "drafted")])
    said = " ".join(kg_cli("ingest", "--store", store, "--dry-run", all_drafted, check=2).stderr.split())
    assert "every claim of this file is 'review: drafted'" in said, said
    assert "replace 3 that it does not hold as reviewed: accusation, closure, stranded" in said
    # A file with no claims (an unfilled template) would replace them with nothing: refused alike.
    empty = claims_file(folder / "claims", "empty", [], drafted=False)
    said = " ".join(kg_cli("ingest", "--store", store, empty, check=2).stderr.split())
    assert "this file holds no claims" in said and "replace 3" in said, said
    assert store_quads(store) == before
    # The analyst's explicit word lets it replace them, with and without --dry-run.
    kg_cli("ingest", "--store", store, "--dry-run", "--drop-reviewed", draft, check=0)
    assert store_quads(store) == before
    kg_cli("ingest", "--store", store, "--drop-reviewed", draft, check=0)
    assert store_quads(store) != before


def test_a_draft_that_holds_every_reviewed_claim_or_a_reviewed_file_replaces(reviewed_store):
    store, folder = reviewed_store
    # Look-alike: a draft holding the three reviewed claims as reviewed, with a new
    # drafted one beside them, drops nothing.
    extra = {**STATEMENT, "id": "stranded-2", "fact": "statement-ostria-lorries", "review": "drafted"}
    held = claims_file(folder / "claims", "held",
                       [reviewed(closure(startDate="2025-05-02", endDate="2025-05-11"), "reviewed"),
                        reviewed(ACCUSATION, "reviewed"), reviewed(STATEMENT, "reviewed"), extra])
    kg_cli("ingest", "--store", store, "--dry-run", held, check=0)
    # Look-alike: a file whose every claim is reviewed is the analyst's decision, and
    # may leave claims out.
    shorter = claims_file(folder / "claims", "shorter", [ACCUSATION], drafted=False)
    before = store_quads(store)
    kg_cli("ingest", "--store", store, shorter, check=0)
    assert store_quads(store) != before


# -- 2. a day compared with a start -----------------------------------------------------------------


def _eval(tmp_path: Path, curated: dict, drafted: dict) -> dict:
    folder = corpus(tmp_path / "gold", curated)
    draft = claims_file(tmp_path / "drafts", ARTICLE, [drafted], drafted=False)
    proc = kg_cli("eval", draft, "--corpus", folder, "--json", check=0)
    result = json.loads(proc.stdout)
    assert [m["curated"] for m in result["matches"]] == ["border-closure-valdoria-2025-05"], result["matches"]
    return result["date"]


@pytest.mark.parametrize("curated, drafted, right", [
    # the closing day drafted as a date, curated as the closure's start: the same day
    ({"startDate": "2025-05-02", "endDate": "2025-05-11"}, {"date": "2025-05-02"}, True),
    ({"startDate": "2025-05-02"}, {"date": "2025-05-02"}, True),
    # and the other way round
    ({"date": "2025-05-02"}, {"startDate": "2025-05-02"}, True),
    # look-alikes: another day; a day against the end; a curated date beside its start
    ({"startDate": "2025-05-02", "endDate": "2025-05-11"}, {"date": "2025-05-03"}, False),
    ({"startDate": "2025-05-02", "endDate": "2025-05-11"}, {"date": "2025-05-11"}, False),
    ({"date": "2025-05-01", "startDate": "2025-05-02"}, {"date": "2025-05-02"}, False),
])
def test_a_days_date_is_compared_with_a_start(tmp_path, curated, drafted, right):
    date = _eval(tmp_path, closure(**curated), {**closure(**drafted), "fact": "drafted-closure"})
    assert (date["correct"], date["wrong"]) == ((1, 0) if right else (0, 1)), date


# -- 3. words of news that find their kind ----------------------------------------------------------


def _first_kind(*words: str) -> tuple[str, str]:
    out = kg_cli("vocabulary", *words, check=0).stdout
    return out.split(" ", 1)[0], out


@pytest.mark.parametrize("words, kind, said", [
    (("reopen", "border", "crossing"), "BorderClosure", "reopened is its endDate"),
    (("earthquake",), "HumanitarianCrisis", "natural disaster"),
    (("natural", "disaster"), "HumanitarianCrisis", "description"),
    (("swap", "line"), "Loan", "currency swap line"),
    # look-alikes keep their kinds
    (("reopen", "embassy"), "MissionOpening", "status resumed"),
    (("famine",), "HumanitarianCrisis", "famine"),
    (("credit",), "Loan", "credit"),
])
def test_vocabulary_finds_the_kind_by_the_words_of_news(words, kind, said):
    first, out = _first_kind(*words)
    assert first == kind, out
    assert said in " ".join(out.split()), out


def test_the_guide_shows_how_to_write_a_reopening_a_disaster_and_a_swap_line():
    out = " ".join(kg_cli("vocabulary", "reopened", "crossing", check=0).stdout.split())
    assert "endDate: <the day it reopened>" in out, out
    out = " ".join(kg_cli("vocabulary", "earthquake", check=0).stdout.split())
    assert "type: HumanitarianCrisis (no kind of its own" in out, out


# -- 4. did you mean, from the claim's class ---------------------------------------------------------


@pytest.mark.parametrize("kind, roles, meant", [
    ("Accusation", {"speaker": "karl-weber"}, "about"),      # a statement's target is 'about'
    ("Espionage", {}, "spy"),                                 # a key of the class before one of every fact
    ("LegalAction", {}, "target"),
])
def test_an_unknown_key_is_answered_from_the_keys_of_the_claims_class(tmp_path, kind, roles, meant):
    folder = corpus(tmp_path, {"id": "c", "fact": "f", "type": kind, "accused": "ostria", **roles,
                               "quote": ACCUSATION_QUOTE})
    said = " ".join(kg_cli("ingest", "--dry-run", folder / "claims", check=2).stderr.split())
    assert f"unknown relation 'accused'; did you mean '{meant}'?" in said, said


def test_a_misspelt_key_is_still_answered_by_spelling(tmp_path):
    # look-alike: no name of a key of the class, but spelt near one
    misspelt = {("bordrWith" if k == "borderWith" else k): v for k, v in closure(startDate="2025-05-02").items()}
    folder = corpus(tmp_path, misspelt)
    said = " ".join(kg_cli("ingest", "--dry-run", folder / "claims", check=2).stderr.split())
    assert "unknown relation 'bordrWith'; did you mean 'borderWith'?" in said, said


# -- 5. a page's site name from its title -------------------------------------------------------------


PAGE = """<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:title" content="{headline}">
<meta property="og:url" content="https://coastline.example.com/2025/05/12/brelsk">
<meta property="article:published_time" content="2025-05-12T10:00:00Z">
</head><body><article><h1>{headline}</h1>
{paragraphs}
</article></body></html>
"""


def _page_draft(tmp_path: Path, title: str, headline: str) -> dict:
    page = tmp_path / "page.html"
    paragraphs = "\n".join(f"<p>{p}</p>" for p in TEXT.split("\n\n") if p.strip())
    page.write_text(PAGE.format(title=title, headline=headline, paragraphs=paragraphs), encoding="utf-8")
    kg_cli("extract", page, "-o", tmp_path / "drafts", "-q", check=0)
    y = YAML(typ="safe")
    return y.load((tmp_path / "drafts" / "page.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("title, headline, publisher", [
    ("Valdoria reopens the Brelsk crossing | Coastline Daily", "Valdoria reopens the Brelsk crossing", "coastline-daily"),
    ("Coastline Daily - Valdoria reopens the Brelsk crossing", "Valdoria reopens the Brelsk crossing", "coastline-daily"),
    # look-alikes: a headline with a dash in it, a title that is not the headline, a host name
    ("Valdoria reopens the crossing - for now", "Valdoria reopens the crossing - for now", None),
    ("Border news | Coastline Daily", "Valdoria reopens the Brelsk crossing", None),
    ("Valdoria reopens the Brelsk crossing | coastline.example.com", "Valdoria reopens the Brelsk crossing", None),
])
def test_a_pages_site_name_is_read_from_its_title(tmp_path, title, headline, publisher):
    draft = _page_draft(tmp_path, title, headline)
    assert draft["article"]["publisher"] == publisher, draft["article"]
    outlets = [e for e in draft.get("entities") or [] if e["type"] == "NewsOrganisation"]
    assert outlets == ([{"id": "coastline-daily", "type": "NewsOrganisation", "label": "Coastline Daily"}]
                       if publisher else []), outlets
