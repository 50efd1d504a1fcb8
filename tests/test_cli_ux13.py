"""The CLI as a new user meets it: which corpus `kg build` reads from where it runs, an
article's publisher for text and HTML alike, a page's declared charset, advice that
works, the timeline's statement rows, and error messages that point to the fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

import yaml

from conftest import kg_cli, query_rows


def _snapshot(folder: Path) -> dict:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def _declaring(tmp_path: Path, entries: str) -> Path:
    """A corpus started with kg init whose entities.yaml declares ``entries`` (YAML lines)."""
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    with (corpus / "entities.yaml").open("a", encoding="utf-8") as f:
        f.write(entries)
    return corpus


#: Two articles of one corpus on meetings of invented states' ministers.
_FIRST = "Date: 2031-03-04\n\nThe foreign ministers of Ostravia and Brelia met in Velmar on Monday.\n"
_SECOND = "Date: 2031-03-05\n\nThe foreign ministers of Ostravia and Brelia met again in Velmar on Tuesday.\n"


def _claims(article: str, day: str, quote: str, ostravia: str = "{id: ostravia, type: State, label: Ostravia}") -> str:
    return f"""
    article: {article}
    entities:
      - {ostravia}
      - {{id: brelia, type: State, label: Brelia}}
    claims:
      - id: talks
        fact: meeting-ostravia-brelia-{day}
        type: Meeting
        participant: [Ostravia, Brelia]
        date: {day}
        quote: "{quote}"
    """


def _corpus(tmp_path: Path, ostravia_in_second: str | None = None) -> Path:
    """A corpus of two articles with their claims, as kg init and kg add-article make it."""
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    for aid, text in (("first", _FIRST), ("second", _SECOND)):
        source = _write(tmp_path / f"{aid}.txt", text)
        kg_cli("add-article", source, "--corpus", corpus, "--id", aid, check=0)
    _write(corpus / "claims" / "first.yaml",
           _claims("first", "2031-03-03", "The foreign ministers of Ostravia and Brelia met in Velmar on Monday"))
    _write(corpus / "claims" / "second.yaml",
           _claims("second", "2031-03-04", "The foreign ministers of Ostravia and Brelia met again in Velmar on Tuesday",
                   *([ostravia_in_second] if ostravia_in_second else [])))
    return corpus


# -- 1. kg build in a corpus folder ------------------------------------------------------------


def test_build_in_a_corpus_folder_builds_that_corpus_and_says_so(tmp_path):
    corpus = _corpus(tmp_path)
    proc = kg_cli("build", "--store", tmp_path / "store", "--no-validate", check=0, cwd=corpus)
    assert f"Corpus: {corpus.resolve()}" in proc.stderr
    assert "Built" in proc.stdout and "2 articles" in proc.stdout
    assert "sample corpus" not in proc.stderr


def test_build_above_a_corpus_folder_named_corpus_builds_that_one(tmp_path):
    # the look-alike: no articles.yaml in the current folder, one in ./corpus
    corpus = _corpus(tmp_path)
    corpus.rename(tmp_path / "corpus")
    proc = kg_cli("build", "--store", tmp_path / "store", "--no-validate", check=0, cwd=tmp_path)
    assert f"Corpus: {(tmp_path / 'corpus').resolve()}" in proc.stderr
    assert "2 articles" in proc.stdout


def test_build_help_gives_the_order_of_the_corpus_folders():
    out = " ".join(kg_cli("build", "--help", check=0).stdout.split())
    assert "the current folder when it holds an articles.yaml, else ./corpus when that does, else the sample" in out


def test_extract_in_a_corpus_folder_names_entities_with_that_corpus_registry_as_build_reads_it(tmp_path):
    corpus = _declaring(tmp_path, "- {id: brelia, type: State, label: Brelia}\n- {id: ostravia, type: State, label: Ostravia}\n"
                                  "- {id: ana-novak, type: Person, label: Ana Novak, of: ostravia}\n")
    story = _write(tmp_path / "story.txt", """
        Date: 2031-05-07

        VELMAR, May 7, 2031 - Ostravian Prime Minister Ana Novak met Brelian President Tomas Vell in Velmar on Tuesday.
        """)
    kg_cli("extract", story, "-o", tmp_path / "here", "-q", check=0, cwd=corpus)
    here = yaml.safe_load((tmp_path / "here" / "story.yaml").read_text(encoding="utf-8"))
    proposed = {e["id"] for e in here.get("entities") or []}
    assert "ana-novak" not in proposed and "tomas-vell" in proposed  # the corpus's registry knows her
    # the look-alike: from a folder that is no corpus, the sample's registry, which does not
    kg_cli("extract", story, "-o", tmp_path / "there", "-q", check=0, cwd=tmp_path)
    there = yaml.safe_load((tmp_path / "there" / "story.yaml").read_text(encoding="utf-8"))
    assert "ana-novak" in {e["id"] for e in there.get("entities") or []}


# -- 4. advice on an entity the store defines otherwise ------------------------------------------


def test_the_advice_on_an_entity_defined_otherwise_in_the_store_works_when_followed(tmp_path):
    corpus = _corpus(tmp_path, ostravia_in_second="{id: ostravia, type: State, label: Ostravia, wikidata: Q99999901}")
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, corpus / "claims" / "first.yaml", check=0)
    proc = kg_cli("ingest", "--store", store, corpus / "claims" / "second.yaml", check=0)
    warning = " ".join(proc.stderr.split())
    assert "the store's definition is kept" in warning
    assert "kg build" not in warning  # a build refuses a store holding ingested articles
    assert "give 'ostravia' this definition wherever it is declared" in warning and "article first" in warning

    # followed: the other file declares it alike, both ingested in one run; the store takes it
    first = corpus / "claims" / "first.yaml"
    first.write_text(first.read_text(encoding="utf-8").replace("label: Ostravia}", "label: Ostravia, wikidata: Q99999901}"),
                     encoding="utf-8")
    proc = kg_cli("ingest", "--store", store, first, corpus / "claims" / "second.yaml", check=0)
    assert "the store's definition is kept" not in proc.stderr
    rows = kg_cli("query", "--store", store, "-F", "json", "-e",
                  "SELECT ?w WHERE { GRAPH ?g { id:ostravia skos:exactMatch ?w } }", check=0).stdout
    assert "Q99999901" in rows


# -- 2. the publisher of a text and of a page --------------------------------------------------

#: An invented page: a news site's article, with its site name in its metadata.
_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="https://news.example.org/2031/05/07/talks">
<meta property="article:published_time" content="2031-05-07T09:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p>VELMAR, May 7, 2031 - The foreign ministers of Ostravia and Brelia met in Velmar on Tuesday to discuss {topic}.</p>
<p>Both ministers said the talks on {topic} would continue in the autumn, according to officials in the capital.</p>
</article>
<footer>Share this story</footer>
</body></html>
"""


def _page(path: Path, site: str = "Velmar Courier", charset: str = "utf-8", encoding: str = "utf-8",
          topic: str = "river trade") -> Path:
    path.write_bytes(_PAGE.format(charset=charset, site=site, title="Ministers meet in Velmar", topic=topic)
                     .encode(encoding))
    return path


def _release(tmp_path: Path) -> Path:
    """An invented press release of a ministry, with its Publisher: line."""
    return _write(tmp_path / "release.txt", """
        Date: 2031-05-07
        Publisher: Brelian Ministry of Finance

        VELMAR, May 7, 2031 - The Brelian Ministry of Finance announced an agreement with its creditors on Tuesday.
        """)


def _add_refused(corpus: Path, source: Path) -> str:
    """What kg add-article says refusing ``source`` (exit 2), the corpus left as it was."""
    before = _snapshot(corpus)
    said = " ".join(kg_cli("add-article", source, "--corpus", corpus, check=2).stderr.split())
    assert _snapshot(corpus) == before
    return said


def test_a_pages_unknown_site_name_is_refused_as_a_texts_publisher_line_is_with_the_entry_to_declare(tmp_path):
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    said = _add_refused(corpus, _page(tmp_path / "talks.html"))
    assert "publisher 'Velmar Courier' (the page's site name, og:site_name or its <title>) is not in" in said
    # a site's name suggests a news outlet first
    assert said.index("type: NewsOrganisation") < said.index("type: Organisation")
    assert "- {id: velmar-courier, type: NewsOrganisation, label: Velmar Courier}" in said

    # a ministry's press release: declared as a body of its state first, not as news
    said = _add_refused(corpus, _release(tmp_path))
    assert "publisher 'Brelian Ministry of Finance' (its 'Publisher:' line) is not in" in said
    assert said.index("type: Organisation") < said.index("type: NewsOrganisation")
    assert "of: <its state's id>" in said


def test_a_declared_publisher_is_recorded_from_a_page_and_from_a_text_alike(tmp_path):
    corpus = _declaring(tmp_path, "- {id: brelia, type: State, label: Brelia}\n"
                                  "- {id: velmar-courier, type: NewsOrganisation, label: Velmar Courier}\n"
                                  "- {id: brelian-ministry-of-finance, type: Organisation, label: Brelian Ministry of Finance, of: brelia}\n")
    kg_cli("add-article", _page(tmp_path / "talks.html"), "--corpus", corpus, "--id", "page", check=0)
    kg_cli("add-article", _release(tmp_path), "--corpus", corpus, "--id", "release", check=0)
    entries = {e["id"]: e for e in yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))}
    assert entries["page"]["publisher"] == "velmar-courier"
    assert entries["release"]["publisher"] == "brelian-ministry-of-finance"


# -- 3. a page's declared charset -------------------------------------------------------------


def test_a_page_in_the_charset_it_declares_is_read_as_a_browser_reads_it(tmp_path):
    corpus = _declaring(tmp_path, "- {id: velmar-courier, type: NewsOrganisation, label: Velmar Courier}\n")
    latin = _page(tmp_path / "latin.html", charset="iso-8859-1", encoding="cp1252", topic="the Ärzte café’s “rules”")
    kg_cli("add-article", latin, "--corpus", corpus, "--id", "latin", check=0)
    stored = (corpus / "articles" / "latin.txt").read_text(encoding="utf-8")
    # iso-8859-1 read as Windows-1252, as browsers do: the curly quotes survive
    assert "the Ärzte café’s “rules”" in stored
    # the same page converted to UTF-8 (its declaration left as it was) is the same article
    converted = _page(tmp_path / "converted.html", charset="iso-8859-1", topic="the Ärzte café’s “rules”")
    proc = kg_cli("add-article", converted, "--corpus", corpus, check=2)
    assert "this text is already in the corpus as article latin" in proc.stderr
    # drafts quote the decoded text
    kg_cli("extract", latin, "-o", tmp_path / "drafts", "-q", check=0)
    assert (tmp_path / "drafts" / "latin.body.txt").read_text(encoding="utf-8") == stored


def test_a_page_not_in_the_charset_it_declares_and_a_latin1_text_stay_refused(tmp_path):
    page = _page(tmp_path / "wrong.html", charset="utf-8", encoding="cp1252", topic="the Ärzte café")
    proc = kg_cli("extract", page, "-o", tmp_path / "d1", check=2)
    assert "wrong.html: article text is not UTF-8 (the charset the page declares)" in proc.stderr
    assert "iconv -f CP1252 -t UTF-8" in proc.stderr
    # a plain text says no charset: UTF-8 only, even with words that look like a declaration
    text = tmp_path / "story.txt"
    text.write_bytes('Date: 2031-05-07\n\n<meta charset="iso-8859-1"> The Ärzte café met on Tuesday.\n'.encode("cp1252"))
    proc = kg_cli("extract", text, "-o", tmp_path / "d2", check=2)
    assert "story.txt: article text is not UTF-8 (invalid" in proc.stderr
    assert not (tmp_path / "d1").exists() and not (tmp_path / "d2").exists()


# -- 5. the timeline's statement rows -----------------------------------------------------------

_RELEASE = ("Date: 2031-06-12\n\nVELMAR, June 12, 2031 - The Brelian foreign ministry and the Brelian Energy Agency "
            "called the vote a political decision and said the country had no choice but to respond. Brelian "
            "ministers met Ostravian envoys in Velmar on June 10.\n")


def _timeline(tmp_path: Path) -> dict[str, dict]:
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    kg_cli("add-article", _write(tmp_path / "release.txt", _RELEASE), "--corpus", corpus, "--id", "release", check=0)
    _write(corpus / "claims" / "release.yaml", """
        article: release
        entities:
          - {id: brelia, type: State, label: Brelia}
          - {id: ostravia, type: State, label: Ostravia}
          - {id: brelian-foreign-ministry, type: Organisation, label: Brelian foreign ministry, of: brelia}
          - {id: brelian-energy-agency, type: Organisation, label: Brelian Energy Agency, of: brelia}
        claims:
          - id: said
            fact: statement-brelia-vote-2031-06
            type: Statement
            speaker: [Brelian foreign ministry, Brelian Energy Agency]
            modality: reported
            said_by: [Brelian foreign ministry, Brelian Energy Agency]
            quote: "The Brelian foreign ministry and the Brelian Energy Agency called the vote a political decision"
          - id: met
            fact: meeting-brelia-ostravia-2031-06-10
            type: Meeting
            participant: [Brelia, Ostravia]
            date: 2031-06-10
            quote: "Brelian ministers met Ostravian envoys in Velmar on June 10"
        """)
    store = tmp_path / "store"
    kg_cli("build", "--corpus", corpus, "--store", store, "--no-validate", check=0)
    return {r["fact"]: r for r in query_rows(store, "timeline", entity="Brelia")}


def test_a_statement_in_the_timeline_is_dated_by_its_article_and_each_role_given_once(tmp_path):
    rows = _timeline(tmp_path)
    said = rows["statement-brelia-vote-2031-06"]
    # the date 'statements' gives it, marked as the article's
    assert said["date"] == "2031-06-12 (published)"
    # one entry per role: the speakers it speaks through together, no "said by" repeating "speaker"
    assert said["role"] == "speaker, through Brelian Energy Agency and Brelian foreign ministry"
    # the look-alike: a fact with a date of its own keeps it, unmarked
    met = rows["meeting-brelia-ostravia-2031-06-10"]
    assert met["date"] == "2031-06-10" and met["role"] == "participant"


# -- 6. error messages that point to the fix ---------------------------------------------------


def _refused(tmp_path: Path, claims: str) -> str:
    corpus = _corpus(tmp_path)
    path = corpus / "claims" / "first.yaml"
    path.write_text(textwrap.dedent(claims).lstrip(), encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", path, check=2)
    assert "Traceback" not in proc.stderr
    return proc.stderr


def test_an_unknown_fact_type_gets_a_few_suggestions_and_kg_vocabulary_once(tmp_path):
    said = _refused(tmp_path, _claims("first", "2031-03-03", "The foreign ministers of Ostravia and Brelia met in Velmar on Monday")
                    .replace("type: Meeting", "type: Meetings") + """
      - id: again
        fact: meeting-ostravia-brelia-again
        type: Meetings
        participant: [Ostravia, Brelia]
        quote: "met in Velmar"
    """)
    assert "claim 'talks' (line 6): unknown fact type 'Meetings' (did you mean 'Meeting'" in said
    assert "'kg vocabulary' lists the" in said and "'kg vocabulary WORDS' finds the one" in said
    assert "claim 'again' (line 13): unknown fact type 'Meetings' (as in claim 'talks' (line 6))" in said
    assert said.count("kg vocabulary") == 2  # once, at the first claim
    assert "ArmsTransfer" not in said and "the ontology has" not in said  # no list of every kind


def test_an_empty_claims_file_says_it_is_empty_and_a_near_empty_one_does_not(tmp_path):
    said = _refused(tmp_path, "\n# nothing yet\n")
    assert "first.yaml: the file is empty: a claims file is a mapping with 'article', 'claims'" in said
    said = _refused(tmp_path / "other", "article: first\n")  # the look-alike: not empty, no claims
    assert "the file is empty" not in said and "a claims file is a mapping with 'article', 'claims'" in said


def test_an_unknown_key_points_to_kg_vocabulary_with_its_words(tmp_path):
    said = _refused(tmp_path, _claims("first", "2031-03-03", "The foreign ministers of Ostravia and Brelia met in Velmar on Monday")
                    .replace("    date: 2031-03-03", "    date: 2031-03-03\n        venueCity: Velmar"))
    assert "unknown relation 'venueCity'" in said
    assert "to find the key for what it says, run: kg vocabulary 'venue city'" in said


def test_a_bad_date_is_reported_at_the_line_of_its_key(tmp_path):
    said = _refused(tmp_path, _claims("first", "03/03/2031", "The foreign ministers of Ostravia and Brelia met in Velmar on Monday"))
    # the claim starts at line 6; its date: is at line 10
    assert "claim 'talks', date (line 10): date: invalid date '03/03/2031'" in said
    # the look-alike: a problem of the whole claim stays at the claim's line
    said = _refused(tmp_path / "other", _claims("first", "2031-03-03", "not in the article at all"))
    assert "claim 'talks' (line 6):" in said


# -- 7. everyday words kg vocabulary did not know ------------------------------------------------


def _found(*words: str) -> list[str]:
    import json

    proc = kg_cli("vocabulary", "--format", "json", *words, check=None)
    return [t["name"] for t in json.loads(proc.stdout)["terms"]] if proc.returncode == 0 else []


def test_everyday_words_of_news_find_the_terms_that_say_them():
    assert _found("haircut")[0] == "haircut"  # DebtRestructuring's key for the share given up
    assert _found("non-compliance")[:2] == ["Compliance", "negative"]
    assert _found("form", "a", "government")[0] == "Appeal"
    # the look-alikes: a word of a phrase alone is no phrase; the entity kind keeps its name
    assert _found("government")[0] == "Government" and "Appeal" not in _found("government")
    assert "DebtRestructuring" not in _found("hair")
    # a fugitive taken again, and declining to comment on a fact
    assert _found("recaptured")[0] == "Detention"
    assert _found("declined to comment")[0] == "negative"
    assert "negative" not in _found("comment")


# -- 8. the README's add-article entry and data-model bullet, in short sentences --------------


def test_the_readmes_long_entries_are_short_with_their_facts_in_sections_below():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `kg add-article"))
    assert len(row) < 400 and "(#adding-an-article)" in row
    section = readme[readme.index("### Adding an article"):]
    section = section[:section.index("\n## ")]
    for fact in ("TOKYO, March 3, 2025 -", "PRESS RELEASE - FOR IMMEDIATE USE", "`--update`", "`og:site_name`",
                 "`schema:author`", "`NewsOrganisation`", "`Dateline:`", "charset"):
        assert fact in section, fact
    bullet = readme[readme.index("- **What news reports contain**"):]
    bullet = bullet[:bullet.index("\n- **")]
    assert len(bullet) < 300 and "(#what-the-data-model-holds)" in bullet
    model = readme[readme.index("### What the data model holds"):]
    model = model[:model.index("\n## ")]
    for fact in ("`gkg:QualifiedRole`", "UN/CEFACT", "\"M23 did not sign\"", "docs/model-history.md", "\"about 04:30\""):
        assert fact in model, fact
    # short sentences: no line of the new sections' bullets runs on past the text's width
    assert max(len(line) for line in (section + model).splitlines()) <= 92
