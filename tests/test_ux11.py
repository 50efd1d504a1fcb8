"""What a new user met on unseen articles: a long article drafted in bounded windows,
the author and publisher carried from an article into its draft and the graph, the
refusal of 'status: acting' pointing to the title, and which corpus `kg build` reads."""

from __future__ import annotations

import shutil

import yaml

from conftest import kg_cli, query_rows
from kg.extract.pipeline import PARSE_WINDOW, windows
from kg.resources import DEFAULT_CORPUS

STORY = """Ministers meet in Lima

By Clara Vendt, Harbourline Wire

LIMA, March 4 - Peru and Chile signed a fisheries agreement in Lima on Tuesday, the two foreign ministries said.

The agreement sets quotas for anchovy catches along the maritime border, Peru's foreign minister told reporters.

Chile's president called the accord "a step towards a common sea" and said she would visit Lima in April.
"""


def _draft(folder, name: str, text: str, *options, suffix: str = ".txt") -> tuple[dict, str]:
    article = folder / f"{name}{suffix}"
    article.write_text(text, encoding="utf-8")
    proc = kg_cli("extract", article, "-o", folder / "drafts", "-q", *options, check=0)
    return yaml.safe_load((folder / "drafts" / f"{name}.yaml").read_text(encoding="utf-8")), proc.stderr


# -- 1. a long article ---------------------------------------------------------------------------


def test_windows_cut_at_paragraphs_and_join_back_into_the_text():
    text = "".join(f"Paragraph {n} tells of talks in Lima. It has two sentences.\n\n" for n in range(2000))
    pieces = windows(text)
    assert "".join(pieces) == text
    assert len(pieces) > 1 and all(len(p) <= PARSE_WINDOW for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # never inside a paragraph
    # one line with no paragraph break: cut after a sentence's stop, never inside a word
    line = "Peru and Chile met in Lima. " * 4000
    cut = windows(line)
    assert "".join(cut) == line and all(p.endswith(". ") for p in cut[:-1])
    assert windows(STORY) == [STORY]  # an article within the window is one piece


SECOND = """Brazil and Argentina signed a trade agreement in Brasilia on Monday.
"""


def test_an_article_longer_than_the_parse_window_drafts_what_each_of_its_parts_states(tmp_path):
    header = "Date: 2025-03-04\n\n"
    one, _ = _draft(tmp_path, "one", header + STORY)
    two, _ = _draft(tmp_path, "two", header + SECOND)
    # paragraphs that state no fact, enough to put the second story past the first window
    filler = "".join(f"The weather in the region stayed mild for the season, forecasters wrote in note {n}.\n\n"
                     for n in range(PARSE_WINDOW // 80 + 10))
    body = STORY + "\n" + filler + SECOND
    assert len(windows(body)) > 1 and body.index(SECOND) > PARSE_WINDOW
    long, _ = _draft(tmp_path, "long", header + body)
    assert (tmp_path / "drafts" / "long.body.txt").read_text(encoding="utf-8") == body  # code point for code point

    def told(draft):
        return sorted((c["type"], c["quote"]) for c in draft["claims"])

    assert told(one) and told(two)
    # each story is drafted as it is alone, the one past the window too
    assert told(long) == sorted(told(one) + told(two))


# -- 2. author and publisher ---------------------------------------------------------------------


def test_the_header_names_author_and_publisher_and_an_unknown_outlet_is_proposed(tmp_path):
    header = "URL: https://example.org/lima\nDate: 2025-03-04\nPublisher: Harbourline Wire\nAuthor: Clara Vendt; Tor Ashby\n\n"
    draft, _ = _draft(tmp_path, "lima", header + STORY)
    article = draft["article"]
    assert article["author"] == ["Clara Vendt", "Tor Ashby"]  # the header's names, not the byline's
    assert article["publisher"] == "harbourline-wire"
    assert {"id": "harbourline-wire", "type": "NewsOrganisation", "label": "Harbourline Wire"} in draft["entities"]

    # a publisher the registry has is named by its id, and nothing is proposed for it
    known, _ = _draft(tmp_path, "known", header.replace("Harbourline Wire", "Reuters") + STORY)
    assert known["article"]["publisher"] == "reuters"
    assert not any(e["type"] == "NewsOrganisation" for e in known.get("entities", []))


def test_the_byline_gives_the_author_and_a_sentence_opening_with_by_does_not(tmp_path):
    draft, _ = _draft(tmp_path, "byline", "Date: 2025-03-04\n\n" + STORY)
    assert draft["article"]["author"] == "Clara Vendt"
    assert draft["article"]["publisher"] is None  # a byline's outlet is no header or metadata
    lookalike = STORY.replace("By Clara Vendt, Harbourline Wire", "By Tuesday, the talks had ended.")
    plain, _ = _draft(tmp_path, "plain", "Date: 2025-03-04\n\n" + lookalike)
    assert "author" not in plain["article"]


PAGE = """<!DOCTYPE html><html><head><title>Ministers meet in Lima</title>
<meta property="og:title" content="Ministers meet in Lima">
<meta property="og:url" content="https://example.org/lima">
<meta property="article:published_time" content="2025-03-04T10:00:00Z">
{meta}
</head><body><article><h1>Ministers meet in Lima</h1>
{paragraphs}
</article></body></html>
"""


def _page(meta: str) -> str:
    body = STORY.split("\n\n", 2)[2]
    return PAGE.format(meta=meta, paragraphs="\n".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip()))


def test_a_pages_author_and_site_name_reach_the_draft_and_the_graph(tmp_path):
    meta = '<meta name="author" content="Clara Vendt">\n<meta property="og:site_name" content="Harbourline Wire">'
    draft, _ = _draft(tmp_path, "page", _page(meta), suffix=".html")
    assert draft["article"]["author"] == "Clara Vendt"
    assert draft["article"]["publisher"] == "harbourline-wire"

    # reviewed and ingested: the sources query names the publisher, the graph the author
    path = tmp_path / "drafts" / "page.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("review: drafted", "review: reviewed"), encoding="utf-8")
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, path, check=0)
    rows = {r["article"]: r for r in query_rows(store, "sources")}
    assert rows["page"]["publisher"] == "Harbourline Wire"
    authors = kg_cli("query", "--store", store, "--format", "json", "--sparql",
                     "SELECT ?n WHERE { GRAPH ?g { ?a <https://schema.org/author> ?n } }", check=0).stdout
    assert "Clara Vendt" in authors


def test_a_site_name_that_is_only_the_host_name_is_no_publisher(tmp_path):
    # no og:site_name: the page's metadata names no publisher (the host is no name of one)
    draft, _ = _draft(tmp_path, "host", _page('<meta name="author" content="Clara Vendt">'), suffix=".html")
    assert draft["article"]["publisher"] is None
    assert not any(e["type"] == "NewsOrganisation" for e in draft.get("entities", []))


def test_add_article_records_a_pages_author_metadata(tmp_path):
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    page = tmp_path / "lima.html"
    page.write_text(_page('<meta name="author" content="Clara Vendt; Tor Ashby">'), encoding="utf-8")
    kg_cli("add-article", page, "--corpus", corpus, check=0)
    entry = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))[0]
    assert entry["author"] == ["Clara Vendt", "Tor Ashby"]


# -- 3. status: acting ---------------------------------------------------------------------------


def _claims(tmp_path, status: str) -> str:
    kg_cli("init", tmp_path / "c", check=0)
    article = tmp_path / "c" / "story.txt"
    article.write_text("Date: 2025-03-04\n\n" + STORY, encoding="utf-8")
    kg_cli("add-article", article, "--corpus", tmp_path / "c", "--id", "lima", check=0)
    (tmp_path / "c" / "entities.yaml").write_text(
        "- {id: peru, type: State, label: Peru}\n- {id: ana-ruiz, type: Person, label: Ana Ruiz, of: peru}\n",
        encoding="utf-8")
    claims = tmp_path / "c" / "claims" / "lima.yaml"
    claims.write_text(f"""article: lima
claims:
  - id: office-1
    review: reviewed
    fact: ruiz-foreign-minister
    type: PositionHeld
    holder: Ana Ruiz
    position: minister
    title: foreign minister
    positionOf: Peru
    status: {status}
    quote: "Peru's foreign minister told reporters"
""", encoding="utf-8")
    return kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", claims, check=None).stderr


def test_status_acting_is_refused_pointing_to_the_title(tmp_path):
    err = _claims(tmp_path, "acting")
    assert "status: unknown value 'acting'; 'acting' is no status but part of the post's name: write it in title " \
           "(title: acting president)" in err, err
    assert "use one of" not in err.split("status:")[1]  # no list of statuses to read past


def test_another_unknown_status_still_lists_the_statuses(tmp_path):
    err = _claims(tmp_path, "actived")
    assert "status: unknown value 'actived'; use one of: acceded" in err, err
    assert "part of the post's name" not in err


# -- 4. the corpus kg build reads ----------------------------------------------------------------


def _sample_copy(folder, keep: int):
    """A copy of the sample corpus in ``folder``/corpus with the claims files of its
    first ``keep`` articles only: an analyst's edit of the checkout's corpus/."""
    shutil.copytree(DEFAULT_CORPUS, folder / "corpus", ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    for path in sorted((folder / "corpus" / "claims").glob("*.yaml"))[keep:]:
        path.unlink()


def test_build_reads_the_corpus_folder_of_the_current_folder_and_names_it(tmp_path):
    _sample_copy(tmp_path, keep=2)
    proc = kg_cli("build", "--store", tmp_path / "store", "--no-validate", cwd=tmp_path, check=0)
    assert f"Corpus: {(tmp_path / 'corpus').resolve()}\n" in proc.stderr
    assert ": 2 articles," in proc.stdout  # the edited copy, not the five of the sample


def test_a_corpus_folder_without_articles_yaml_leaves_the_sample(tmp_path):
    _sample_copy(tmp_path, keep=2)
    (tmp_path / "corpus" / "articles.yaml").unlink()  # a look-alike: a folder of that name, but no corpus
    proc = kg_cli("build", "--store", tmp_path / "store", "--no-validate", cwd=tmp_path, check=0)
    assert f"Corpus: {DEFAULT_CORPUS.resolve()} (the sample corpus installed with kg)" in proc.stderr
    assert ": 5 articles," in proc.stdout


# -- 5. smaller things ---------------------------------------------------------------------------


def test_the_conversion_advice_for_a_claims_file_keeps_its_yaml_suffix(tmp_path):
    claims = tmp_path / "lima-claims.yaml"
    claims.write_bytes("article: lima\nclaims:\n  - id: a\n    quote: \"Perú's minister\"\n".encode("cp1252"))
    err = kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", claims, check=2).stderr
    assert f"iconv -f CP1252 -t UTF-8 {claims} > {tmp_path / 'lima-claims.utf8.yaml'}" in err, err
    assert ".utf8.txt" not in err


def test_extract_help_says_where_the_article_id_comes_from():
    shown = " ".join(kg_cli("extract", "--help", check=0).stdout.split())
    assert "the article id is the file's name without its suffix ('lima-talks.txt' gives lima-talks" in shown
