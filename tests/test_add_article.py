"""`kg add-article` as a new user meets it: where it writes when no corpus is given,
an HTML page saved from a browser, and publication dates that cannot be right."""

from __future__ import annotations

import hashlib

import yaml

from conftest import ROOT, kg_cli
from kg.resources import DEFAULT_CORPUS

PAGE = ROOT / "tests" / "data" / "extract" / "junta-chief-moscow.html"


def _snapshot(folder):
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_without_a_corpus_it_refuses_outside_a_corpus_folder_and_never_writes_the_sample(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Date: 2025-04-15\n\nThe two foreign ministers met in Geneva on Monday.\n", encoding="utf-8")
    sample = _snapshot(DEFAULT_CORPUS)
    proc = kg_cli("add-article", story, check=2, cwd=tmp_path)
    assert "no corpus to add to: give --corpus DIR (start one with 'kg init DIR')" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert _snapshot(DEFAULT_CORPUS) == sample
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


def test_in_a_corpus_folder_it_adds_to_that_corpus(tmp_path):
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    story = tmp_path / "story.txt"
    story.write_text("Date: 2025-04-15\n\nThe two foreign ministers met in Geneva on Monday.\n", encoding="utf-8")
    proc = kg_cli("add-article", story, "--id", "geneva-talks", check=0, cwd=corpus)
    assert "Added article geneva-talks: 51 code points" in proc.stdout
    assert "claims/geneva-talks.yaml" in proc.stdout
    assert (corpus / "articles" / "geneva-talks.txt").read_text(encoding="utf-8") == \
        "The two foreign ministers met in Geneva on Monday.\n"
    assert "id: geneva-talks" in (corpus / "articles.yaml").read_text(encoding="utf-8")


def test_an_html_page_is_added_as_kg_extract_reads_it(tmp_path):
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    # The page's <title> names its site beside the headline ("... | Asia Desk Daily"):
    # its publisher, to be declared as any publisher is.
    said = " ".join(kg_cli("add-article", PAGE, "--corpus", corpus, "--id", "junta-chief", check=2).stderr.split())
    assert "publisher 'Asia Desk Daily' (the page's site name, og:site_name or its <title>) is not in" in said
    with (corpus / "entities.yaml").open("a", encoding="utf-8") as f:
        f.write("\n- {id: asia-desk-daily, type: NewsOrganisation, label: Asia Desk Daily}\n")
    proc = kg_cli("add-article", PAGE, "--corpus", corpus, "--id", "junta-chief", check=0)
    assert "URL https://asiadesk.example.org/2025/03/05/junta-chief-meets-putin, published 2025-03-05" in proc.stdout
    text = (corpus / "articles" / "junta-chief.txt").read_text(encoding="utf-8")
    assert "<" not in text and "Share on Facebook" not in text and "You are here" not in text
    assert "Min Aung Hlaing" in text
    # The text kept is the one `kg extract` drafts from: its quotes fit this article.
    drafts = tmp_path / "drafts"
    kg_cli("extract", PAGE, "-o", drafts, "-q", check=0)
    [draft] = drafts.glob("*.yaml")
    quotes = [c["quote"] for c in yaml.safe_load(draft.read_text(encoding="utf-8"))["claims"]]
    assert quotes and all(q in text for q in quotes)
    entry = (corpus / "articles.yaml").read_text(encoding="utf-8")
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() in entry
    assert "title: \"Myanmar junta chief meets Putin in Moscow\"" in entry
    assert "publisher: asia-desk-daily" in entry


def test_a_date_off_the_calendar_is_named_so_and_a_future_date_is_warned_of(tmp_path):
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    story = tmp_path / "story.txt"
    story.write_text("The two foreign ministers met in Geneva on Monday.\n", encoding="utf-8")
    before = _snapshot(corpus)
    proc = kg_cli("add-article", story, "--corpus", corpus, "--published", "2025-04-31", check=2)
    assert "story.txt: publication date '2025-04-31' is not a day of the calendar" in proc.stderr
    assert _snapshot(corpus) == before
    proc = kg_cli("add-article", story, "--corpus", corpus, "--published", "2999-01-01", check=0)
    assert "Warning: " in proc.stderr and "publication date 2999-01-01 is after today" in proc.stderr


STORY = ("Japan pledges aid to Sudan\n\n"
         "TOKYO, March 3, 2025 - Japan pledged $120 million in humanitarian aid to Sudan on Monday, "
         "Foreign Minister Takeshi Iwaya said.\n")


def test_a_text_with_no_header_is_dated_by_its_dateline_and_says_so(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    kg_cli("init", tmp_path / "c", check=0)
    proc = kg_cli("add-article", story, "--corpus", tmp_path / "c", check=0)
    assert "published 2025-03-03" in proc.stdout
    entry = yaml.safe_load((tmp_path / "c" / "articles.yaml").read_text(encoding="utf-8"))[0]
    assert str(entry["published"]) == "2025-03-03"
    assert entry["published_basis"] == "the day of the article's dateline"
    assert entry["dateline"] == "TOKYO"  # where it was filed from, as printed
    # kg extract reads the same day, and dates "on Monday" by it.
    kg_cli("extract", story, "-o", tmp_path / "d", check=0)
    draft = yaml.safe_load((tmp_path / "d" / "story.yaml").read_text(encoding="utf-8"))
    assert draft["article"]["published"] == "2025-03-03" and draft["article"]["dateline"] == "TOKYO"


def test_a_dateline_without_its_year_dates_nothing_and_a_header_wins(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY.replace("March 3, 2025", "March 3"), encoding="utf-8")
    kg_cli("init", tmp_path / "c", check=0)
    proc = kg_cli("add-article", story, "--corpus", tmp_path / "c", check=0)
    assert "published unknown" in proc.stdout
    dated = tmp_path / "dated.txt"
    dated.write_text("Date: 2025-03-04\n\n" + STORY, encoding="utf-8")
    proc = kg_cli("add-article", dated, "--corpus", tmp_path / "c", check=0)
    entry = yaml.safe_load((tmp_path / "c" / "articles.yaml").read_text(encoding="utf-8"))[1]
    assert str(entry["published"]) == "2025-03-04" and "published_basis" not in entry
    # The header's Dateline: line, then the option, win over the text's own dateline; a
    # report filed from two places keeps both.
    two = tmp_path / "two.txt"
    two.write_text("Dateline: Tokyo\n\n" + STORY.replace("TOKYO", "TOKYO/KHARTOUM"), encoding="utf-8")
    kg_cli("add-article", two, "--corpus", tmp_path / "c", check=0)
    both = tmp_path / "both.txt"
    both.write_text(STORY.replace("TOKYO", "TOKYO/KHARTOUM").replace("Monday", "Tuesday"), encoding="utf-8")
    kg_cli("add-article", both, "--corpus", tmp_path / "c", check=0)
    opt = tmp_path / "opt.txt"
    opt.write_text(STORY.replace("Monday", "Wednesday"), encoding="utf-8")
    kg_cli("add-article", opt, "--corpus", tmp_path / "c", "--dateline", "Tokyo, Japan", check=0)
    entries = yaml.safe_load((tmp_path / "c" / "articles.yaml").read_text(encoding="utf-8"))
    assert [e.get("dateline") for e in entries] == ["TOKYO", "TOKYO", "Tokyo", "TOKYO/KHARTOUM", "Tokyo, Japan"]
    # kg extract reads the header's Dateline: line too; a kicker ("EXCLUSIVE -") is no place.
    kicker = tmp_path / "kicker.txt"
    kicker.write_text("EXCLUSIVE - Japan pledges aid\n\nJapan pledged aid to Sudan on Monday.\n", encoding="utf-8")
    kg_cli("extract", two, kicker, "-o", tmp_path / "d", check=0)
    assert yaml.safe_load((tmp_path / "d" / "two.yaml").read_text(encoding="utf-8"))["article"]["dateline"] == "Tokyo"
    assert "dateline" not in yaml.safe_load((tmp_path / "d" / "kicker.yaml").read_text(encoding="utf-8"))["article"]


def test_a_text_added_without_a_date_is_dated_afterwards_with_update(tmp_path):
    """A text already in the corpus is refused with the way to change its record
    (--update, or the entry to edit); --update then writes the date into that entry in
    place, keeping the file's comments and the other entries, and a bad date still
    leaves the file as it was."""
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    nile = tmp_path / "nile.txt"
    nile.write_text("Ethiopia opens its dam on the Blue Nile\n\nEthiopia inaugurated the dam on Tuesday.\n",
                    encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Date: 2025-09-10\n\nEgypt wrote to the Security Council.\n", encoding="utf-8")
    aid = kg_cli("add-article", nile, "--corpus", corpus, check=0).stdout.split()[2].rstrip(":")
    kg_cli("add-article", other, "--corpus", corpus, check=0)
    before = (corpus / "articles.yaml").read_text(encoding="utf-8")
    refused = kg_cli("add-article", nile, "--corpus", corpus, "--published", "2025-09-09", check=2).stderr
    assert f"already in the corpus as article {aid}; to change its record" in refused and "--update" in refused
    assert (corpus / "articles.yaml").read_text(encoding="utf-8") == before
    kg_cli("add-article", nile, "--corpus", corpus, "--update", "--published", "2025-13-09", check=2)
    assert (corpus / "articles.yaml").read_text(encoding="utf-8") == before
    proc = kg_cli("add-article", nile, "--corpus", corpus, "--update", "--published", "2025-09-09", check=0)
    assert proc.stdout.startswith(f"Updated article {aid} in ") and "published none -> 2025-09-09" in proc.stdout
    after = (corpus / "articles.yaml").read_text(encoding="utf-8")
    assert after == before.replace("published: null", "published: 2025-09-09", 1)
    entries = {e["id"]: e for e in yaml.safe_load(after)}
    assert str(entries[aid]["published"]) == "2025-09-09" and str(entries[next(i for i in entries if i != aid)]["published"]) == "2025-09-10"
    assert "nothing to change" in kg_cli("add-article", nile, "--corpus", corpus, "--update", check=0).stdout


def test_a_text_with_no_header_is_dated_as_kg_extract_dates_it_and_a_new_date_drops_the_old_basis(tmp_path):
    """A header-less text with a date line at its top gets that day, with its basis, as
    `kg extract` dates it; `--update --published` with another day then drops the basis
    that said how the old day was found."""
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    dam = tmp_path / "dam.txt"
    dam.write_text("Ethiopia opens its dam\n\nTuesday, September 9, 2025\n\nEthiopia inaugurated the dam on Tuesday. "
                   "Chilean President Lina Varo said on Tuesday that Chile would send an envoy.\n",
                   encoding="utf-8")
    aid = kg_cli("add-article", dam, "--corpus", corpus, check=0).stdout.split()[2].rstrip(":")
    [entry] = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))
    assert str(entry["published"]) == "2025-09-09" and "top of the text" in entry["published_basis"]
    drafted = kg_cli("extract", dam, "-o", tmp_path / "d", "-q", check=0)
    assert not drafted.stderr.strip() or "no publication date" not in drafted.stderr
    assert str(yaml.safe_load(next((tmp_path / "d").glob("*.yaml")).read_text(encoding="utf-8"))["article"]["published"]) == "2025-09-09"
    proc = kg_cli("add-article", dam, "--corpus", corpus, "--update", "--published", "2025-09-10", check=0)
    assert f"Updated article {aid}" in proc.stdout and "published_basis" in proc.stdout
    [entry] = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))
    assert str(entry["published"]) == "2025-09-10" and "published_basis" not in entry


RELEASE = ("PRESS RELEASE - FOR IMMEDIATE USE\n\n"
           "Seoul lifts martial law after parliament's vote\n\n"
           "Lawmakers voted before dawn; the cabinet met at once.\n\n"
           "Harbourline Wire, by Mira Solberg and Jon Ek\n\n"
           "SEOUL, Dec. 4, 2024 - South Korea's cabinet lifted martial law on Wednesday, hours after "
           "Yoon Suk Yeol declared it.\n")


def test_a_press_release_gets_the_dateline_after_its_headline_and_byline_and_its_authors(tmp_path):
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    story = tmp_path / "release.txt"
    story.write_text(RELEASE, encoding="utf-8")
    proc = kg_cli("add-article", story, "--corpus", corpus, "--id", "seoul", check=0)
    assert "published 2024-12-04, by Mira Solberg and Jon Ek" in proc.stdout
    [entry] = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))
    # Not the label line in capitals, but the place before the report's first sentence.
    assert (entry["dateline"], entry["author"]) == ("SEOUL", ["Mira Solberg", "Jon Ek"])
    proc = kg_cli("add-article", story, "--corpus", corpus, "--update", "--author", "Mira Solberg", check=0)
    assert "author ['Mira Solberg', 'Jon Ek'] -> Mira Solberg" in proc.stdout
    # The author reaches the graph as schema:author and the evidence browser's page.
    (corpus / "claims" / "seoul.yaml").write_text("""article: seoul
claims:
  - id: c
    fact: characterisation-cabinet
    type: Characterisation
    characterised: South Korea
    category: country that lifted martial law
    quote: "South Korea's cabinet lifted martial law"
""", encoding="utf-8")
    (corpus / "entities.yaml").write_text("- {id: south-korea, type: State, label: South Korea}\n", encoding="utf-8")
    store = tmp_path / "store"
    kg_cli("build", "-q", "--corpus", corpus, "--store", store, check=0)
    rows = kg_cli("query", "--store", store, "-F", "tsv", "-e",
                  "SELECT ?n WHERE { article:seoul schema:author ?n }", check=0).stdout
    assert rows.splitlines()[1:] == ['"Mira Solberg"'], rows
    kg_cli("export", "-q", "--store", store, "-F", "html", "-o", tmp_path / "site", check=0)
    assert "<p>By Mira Solberg. Published <time>2024-12-04</time>" in \
        (tmp_path / "site" / "article" / "seoul.html").read_text(encoding="utf-8")


def test_a_first_sentence_opening_with_by_is_no_byline(tmp_path):
    """'By Christmas Eve, the talks had collapsed' opens the report: the words after its
    comma are a sentence, not an outlet, so no author is recorded; a byline with its
    outlet after the comma still is."""
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    story = tmp_path / "story.txt"
    story.write_text("Date: 2024-12-27\n\nBy Christmas Eve, the talks in Geneva had collapsed.\n\n"
                     "GENEVA, Dec. 27 - The envoys left the city on Friday.\n", encoding="utf-8")
    proc = kg_cli("add-article", story, "--corpus", corpus, "--id", "geneva", check=0)
    assert "published 2024-12-27, to " in proc.stdout, proc.stdout
    signed = tmp_path / "signed.txt"
    signed.write_text("Date: 2024-12-27\n\nBy Mira Solberg, The Times of Malta\n\n"
                      "GENEVA, Dec. 27 - The envoys left the city on Friday.\n", encoding="utf-8")
    kg_cli("add-article", signed, "--corpus", corpus, "--id", "signed", check=0)
    entries = {e["id"]: e for e in yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))}
    assert "author" not in entries["geneva"] and entries["geneva"]["dateline"] == "GENEVA"
    assert entries["signed"]["author"] == "Mira Solberg"


#: An invented report dated day first, British style, after its headline, standfirst and byline.
DAY_FIRST = """Brelia ratifies the Vell accord

The parliament voted on Thursday; the accord's fund opens in June.

By Ana Kell, Lindor Courier

LINDOR, 14 March 2031 - Brelia's parliament ratified the Vell river accord on Thursday by 210 votes to 4.
Chilean President Lina Varo said on Friday that Chile would join the accord.
"""

#: An invented wire follow-up that quotes a government statement whole before its own dateline,
#: the statement's paragraphs (one of them opening with a name in capitals and a dash) first.
AFTER_A_STATEMENT = """Ostravia closes the Tarn crossing; Brelia protests

Lindor's account of the night; the border ministry answers.

By Jon Ek, Vell Wire

STATEMENT OF THE GOVERNMENT OF OSTRAVIA
(issued in Port Vale on 11 March 2031)

During the night the Tarn crossing was closed to trucks.

The closure will be reviewed within seven days.

The Government has informed its neighbours.

NATO - The alliance was told of the closure, officials said.

LINDOR, March 12 (Vell Wire) - Brelia's foreign ministry protested on Thursday against the closure.
"""


def _added(tmp_path, text: str, aid: str, *options: str):
    """``text`` added as article ``aid`` (with ``options``) by the real 'kg add-article' to the
    corpus ``tmp_path``/c, made by 'kg init' on the first call: the process, and the corpus's
    entries by id."""
    corpus = tmp_path / "c"
    if not corpus.exists():
        kg_cli("init", corpus, check=0)
    story = tmp_path / f"{aid}.txt"
    story.write_text(text, encoding="utf-8")
    proc = kg_cli("add-article", *options, story, "--corpus", corpus, "--id", aid, check=0)
    return proc, {e["id"]: e for e in yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))}


def test_a_dateline_with_the_day_before_the_month_gives_its_place_and_day(tmp_path):
    """'LINDOR, 14 March 2031 -' (day, month, year) after a headline, a standfirst and a
    byline: the place recorded, and the text with no header dated by it, as kg extract dates it."""
    proc, entries = _added(tmp_path, DAY_FIRST, "lindor")
    assert "published 2031-03-14, by Ana Kell" in proc.stdout
    assert "no dateline recorded" not in proc.stderr
    entry = entries["lindor"]
    assert (entry["dateline"], str(entry["published"]), entry["published_basis"]) == (
        "LINDOR", "2031-03-14", "the day of the article's dateline")
    kg_cli("extract", tmp_path / "lindor.txt", "-o", tmp_path / "d", check=0)
    draft = yaml.safe_load((tmp_path / "d" / "lindor.yaml").read_text(encoding="utf-8"))
    assert (draft["article"]["dateline"], draft["article"]["published"]) == ("LINDOR", "2031-03-14")


def test_a_dateline_after_a_statement_quoted_whole_is_found_and_a_bare_capitals_line_is_not(tmp_path):
    """The wire's own dateline opens the eleventh line that is not blank, after a statement
    and its paragraphs: found, as it carries a date and an agency. The paragraph opening
    'NATO - The alliance ...' before it is no dateline (no date, no agency, past the first lines)."""
    proc, entries = _added(tmp_path, AFTER_A_STATEMENT, "wire", "--published", "2031-03-12")
    assert "no dateline recorded" not in proc.stderr
    assert entries["wire"]["dateline"] == "LINDOR"
    # Without the wire's dateline, the capitals line alone gives none, and nothing there looks like one.
    proc, entries = _added(tmp_path, AFTER_A_STATEMENT.replace("LINDOR, March 12 (Vell Wire) - ", ""), "bare",
                           "--published", "2031-03-12")
    assert "dateline" not in entries["bare"]
    assert "no dateline recorded" not in proc.stderr


def test_a_dateline_not_read_is_said_so_with_how_to_give_it(tmp_path):
    """'Lindor, 14th March 2031 -' (the place not in capitals, an ordinal day) and 'LINDOR, PORT
    VALE AND ARNE, 14 March 2031 -' are not read as datelines: add-article records none and
    says which line looks like one, and how to give the place; -q silences the note. A
    look-alike, a sentence with a date between dashes, gets no note. (A place not in
    capitals before a full date, 'Lindor, 14 March 2031 -', is read: test_extract_r45a.py.)"""
    for aid, line in (("mixed", "Lindor, 14th March 2031 - "), ("two", "LINDOR, PORT VALE AND ARNE, 14 March 2031 - ")):
        proc, entries = _added(tmp_path, DAY_FIRST.replace("LINDOR, 14 March 2031 - ", line), aid, "--published", "2031-03-14")
        assert f"Note: {tmp_path / (aid + '.txt')}: no dateline recorded, though '{line.strip()}' looks like one" in proc.stderr
        assert "--update --dateline PLACE" in proc.stderr
        assert "dateline" not in entries[aid]
    proc, _ = _added(tmp_path, DAY_FIRST.replace("LINDOR, 14 March 2031 - ", "Lindor, 15th March 2031 - "), "quiet",
                     "-q", "--published", "2031-03-15")
    assert "Note:" not in proc.stderr
    proc, _ = _added(tmp_path, DAY_FIRST.replace("LINDOR, 14 March 2031 - ", "Talks on 14 March - a Friday - ended. "),
                     "plain", "--published", "2031-03-14")
    assert "no dateline recorded" not in proc.stderr
