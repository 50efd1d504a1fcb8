"""Reading an article for drafting: the text that claims will quote, and what is known
of its publication.

Three kinds of input are read:

- an article of a corpus (a file listed in the ``articles.yaml`` of the folder above
  it, such as ``corpus/dev/articles/x.txt``): its text exactly as ``kg ingest`` reads
  it, and its id, URL, title and date from that metadata;
- plain text, optionally with a header of ``URL:``, ``Date:`` (or ``Published:``),
  ``Title:`` lines up to a blank line, read by the same code as ``kg add-article``
  (:func:`kg.addarticle.split_header`); the header is not part of the text;
- an HTML page (``.html``/``.htm``, or text that starts as HTML): the main text
  without navigation, share bars, related posts or comment forms, and the URL, title
  and date from the page's metadata, by trafilatura.

Page furniture that survives in a plain text (a pasted "You are here / Home > News"
breadcrumb, share bars, tags, "Leave a Reply" and the comment form below it, related
headlines, an "Original Source: …" line) stays in the text, since quotes count code
points into it, but is listed in :attr:`SourceText.boilerplate` for engines to skip.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from kg.addarticle import authors, check_header, split_header
from kg.corpus import MAX_TEXT_BYTES, is_html, load_articles, read_text
from kg.errors import InputError
from kg.namespaces import ARTICLE, GRAPH, reserved_names

_NOT_ID = re.compile(r"[^A-Za-z0-9_-]+")
# A sentence: five words or more, then a full stop, question or exclamation mark
# (possibly inside a closing quotation mark).
_SENTENCE = re.compile(r"(?:\S+\s+){4,}\S*[.!?][\"'”’)]?(?:\s|$)")


@dataclass(frozen=True)
class SourceText:
    """An article as drafting engines read it.

    ``text`` is what claims quote (offsets count its Unicode code points); ``article_id``
    a valid id for ``articles.yaml``; ``published`` the date relative dates ("on
    Tuesday", "last year") resolve against, None when unknown; ``sha256`` the hex
    SHA-256 of ``text`` encoded as UTF-8. ``in_corpus`` is the ``articles.yaml`` that
    lists the file, None for a text from outside any corpus. ``boilerplate`` holds the
    (start, end) code-point spans of lines that are page furniture, not the article's
    report; ``original_source`` where a re-published article says it first appeared.
    """

    path: Path
    text: str
    article_id: str
    url: str | None
    title: str | None
    published: dt.date | None
    sha256: str
    in_corpus: Path | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()
    original_source: str | None = None
    dateline: str | None = None  # where the report was filed from: its header's or corpus entry's, else the text's own
    #: Why the header's date is doubtful, when the text's own dateline gives a day after
    #: it or more than :data:`DATELINE_LAG` days before it; None otherwise.
    date_conflict: str | None = None
    #: Who wrote it: an ``Author:`` header line's names or a page's author metadata, else
    #: its byline's (:func:`kg.addarticle.authors`), as ``kg add-article`` records them.
    author: tuple[str, ...] = ()
    #: Who published it, as a ``Publisher:`` header line or a page's site name gives it (a
    #: corpus article: its entry's registry id); None when neither does.
    publisher: str | None = None

    def is_boilerplate(self, start: int, end: int) -> bool:
        """Whether the span ``[start, end)`` (code points) overlaps page furniture."""
        return any(s < end and start < e for s, e in self.boilerplate)


def read_source(path: Path) -> SourceText:
    """Read the article at ``path`` (see the module docstring for the kinds of input).

    Raises :class:`~kg.errors.InputError` naming the file for one that is missing, not
    a regular file, over :data:`kg.corpus.MAX_TEXT_BYTES` bytes, not UTF-8 or binary
    (a control character other than tab, line feed, carriage return), empty once its
    header or page boilerplate is removed, or with a header date not in YYYY-MM-DD form.

    >>> from kg.resources import DEFAULT_CORPUS
    >>> src = read_source(DEFAULT_CORPUS / "articles" / "000_0f2a5f001831298a.txt")
    >>> src.article_id, src.published.isoformat(), src.text[:10]
    ('000_0f2a5f001831298a', '2025-03-04', 'In Moscow ')
    """
    path = Path(path)
    listed = _corpus_article(path)
    if listed is not None:
        return listed
    raw, _ = read_text(path, declared=True)
    if is_html(path, raw):
        return _from_html(path, raw)
    fields, text = split_header(raw)
    if not text.strip():
        raise InputError(path, "the article has no text" + (" after its header" if fields else ""))
    check_header(fields, path)
    # Else the day of a dateline ("TOKYO, March 3, 2025 -"), which the text itself states.
    # Without a header: a date line at the top, or the weekday and full date of the lead.
    published = dt.date.fromisoformat(fields["published"]) if fields.get("published") else \
        (dateline_day(text) if fields else header_day(text))
    source = _source(path, text, fields.get("url") or None, fields.get("title") or text_headline(text), published,
                     fields.get("dateline") or None, tuple(authors(fields.get("author"), text)),
                     fields.get("publisher") or None)
    if fields.get("published"):
        filed = dateline_day(text) or dateline_day_near(text, published)
        source = replace(source, date_conflict=date_conflict(published, filed))
    return source


#: How many days a report may be published after the day its dateline gives (a weekly
#: prints a report filed up to a week before) before the two dates are said to disagree.
DATELINE_LAG = 7


def date_conflict(published: dt.date, filed: dt.date | None) -> str | None:
    """Why a header's publication date ``published`` and the day ``filed`` a dateline
    gives disagree (the report filed after it was published, or more than
    :data:`DATELINE_LAG` days before), in words; None when they agree or there is no
    dateline day.

    >>> date_conflict(dt.date(2024, 12, 4), dt.date(2025, 5, 14))
    "the header's date 2024-12-04 is before the dateline's day 2025-05-14"
    >>> date_conflict(dt.date(2025, 5, 15), dt.date(2025, 5, 14)) is None
    True
    """
    if filed is None or 0 <= (published - filed).days <= DATELINE_LAG:
        return None
    where = "before" if published < filed else f"more than {DATELINE_LAG} days after"
    return f"the header's date {published.isoformat()} is {where} the dateline's day {filed.isoformat()}"


def _corpus_article(path: Path) -> SourceText | None:
    """The article of the corpus whose ``articles.yaml`` (in the folder above the
    file's) lists ``path``; None when there is none."""
    metadata = path.resolve().parent.parent / "articles.yaml"
    if not metadata.is_file():
        return None
    target = path.resolve()
    for article in load_articles(metadata).values():
        if article.path == target:
            text = article.text
            return SourceText(
                path=path, text=text, article_id=article.id, url=article.url, title=article.title,
                published=article.published, sha256=_sha256(text), in_corpus=metadata,
                boilerplate=furniture(text), original_source=article.original_source,
                dateline=article.dateline or dateline_place(text), author=article.author,
                publisher=article.publisher,
            )
    return None


def _from_html(path: Path, html: str) -> SourceText:
    """The main text of an HTML page and its metadata, by trafilatura."""
    import trafilatura  # imported here: it takes a second to load, and only HTML needs it

    # Dates only from the page's metadata (no search of the whole page), and no upper
    # bound from today's clock, so the same page always gives the same date.
    dates = {"original_date": True, "extensive_search": False, "max_date": "2999-12-31"}
    doc = trafilatura.bare_extraction(
        html, favor_precision=True, include_comments=False, include_tables=False, include_images=False,
        include_links=False, with_metadata=True, date_extraction_params=dates, deduplicate=False,
    )
    # One paragraph a line from trafilatura; a blank line between them, as in the
    # corpus's plain texts, so that no sentence runs across two paragraphs.
    body = "\n\n".join(line.strip() for line in (doc.text or "").splitlines() if line.strip()) if doc else ""
    if not _SENTENCE.search(body):
        # What is left of a page without an article is menu entries and link labels.
        raise InputError(path, "no article text found in this HTML page (only navigation or boilerplate)")
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    url = doc.url if doc.url and re.match(r"^https?://\S+$", doc.url) else None
    # trafilatura falls back on the address's host name where the page names no site: no name of a publisher
    publisher = page_publisher(html, doc.sitename, doc.title)
    return _source(path, body + "\n", url, (doc.title or "").strip() or None, published,
                   author=tuple(authors(doc.author, body + "\n")), publisher=publisher)


#: A host name ("sealedger.example.com"), which a page's site name may be only for want of one.
_HOST = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)

#: What sets a site's name off a headline in a page's <title>: a bar, a dash, a colon pair.
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7)\s+")

#: The most words a site's name in a <title> may have: a name, not a second headline.
_SITE_WORDS = 6


def _page_title(html: str) -> str | None:
    """The text of the page's <title> element as written (trafilatura's title is the
    headline, from og:title where there is one), or None."""
    import lxml.html

    try:
        found = lxml.html.fromstring(html).find(".//title")
    except (ValueError, lxml.etree.ParserError):
        return None
    return found.text_content().strip() if found is not None else None


def _meta_site_name(html: str) -> str | None:
    """The page's own ``og:site_name`` (Open Graph protocol, ogp.me), or None."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").strip().casefold() == "og:site_name":
            name = " ".join((meta.get("content") or "").split())
            if name:
                return name
    return None


def page_publisher(html: str, sitename: str | None, headline: str | None) -> str | None:
    """The name of the site that published an HTML page, or None: its ``og:site_name``;
    else the name its ``<title>`` sets off the headline (:func:`site_in_title`); else the
    site name trafilatura found (``sitename``, from the page's other metadata), unless
    that is a host name or the headline itself. trafilatura takes a ``<title>`` of
    'headline | Site' apart on its own and may give the headline as the site's name: no
    headline is a publisher.

    >>> page_publisher("<title>Port shut | Bay Post</title>", "Port shut", "Port shut")
    'Bay Post'
    >>> page_publisher('<meta property="og:site_name" content="Bay Post"><title>x</title>', None, "x")
    'Bay Post'
    >>> page_publisher("<title>Port shut</title>", "Port shut", "Port shut") is None
    True
    """
    own = _meta_site_name(html)
    if own and not _HOST.fullmatch(own):
        return own
    titled = site_in_title(_page_title(html), headline)
    if titled:
        return titled
    site = " ".join((sitename or "").split())
    if not site or _HOST.fullmatch(site):
        return None
    title = _page_title(html) or ""
    heads = {" ".join(h.split()).casefold() for h in [headline or "", *_TITLE_SEPARATOR.split(title)[:-1]] if h}
    return None if site.casefold() in heads else site


def site_in_title(page_title: str | None, headline: str | None) -> str | None:
    """The site's name a page's <title> gives beside its headline, the form most news
    sites write where they set no og:site_name ('Floods close the port | Coastline
    Daily', or 'Coastline Daily - Floods close the port'), or None: the <title> must be
    the headline (its og:title, compared without case or spacing) and one name set off
    by a separator (:data:`_TITLE_SEPARATOR`) of at most :data:`_SITE_WORDS` words, not a
    host name.

    >>> site_in_title("Floods close the port | Coastline Daily", "Floods close the port")
    'Coastline Daily'
    >>> site_in_title("Coastline Daily - Floods close the port", "Floods close the port")
    'Coastline Daily'
    >>> site_in_title("Floods close the port - again", "Floods close the port - again"), site_in_title("A | B", None)
    (None, None)
    """
    if not page_title or not headline:
        return None

    def fold(text: str) -> str:
        return " ".join(text.split()).casefold()
    parts = _TITLE_SEPARATOR.split(page_title.strip())
    if len(parts) < 2:
        return None
    for site, rest in ((parts[-1], " - ".join(parts[:-1])), (parts[0], " - ".join(parts[1:]))):
        rest_parts = _TITLE_SEPARATOR.split(headline.strip())
        if fold(" - ".join(rest_parts)) == fold(rest) and fold(site) != fold(headline) \
                and 0 < len(site.split()) <= _SITE_WORDS and not _HOST.fullmatch(site.strip()):
            return site.strip()
    return None


def _source(path: Path, text: str, url, title, published, dateline: str | None = None,
            author: tuple[str, ...] = (), publisher: str | None = None) -> SourceText:
    sha = _sha256(text)
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:  # unreachable from a file within the limit; kept for callers
        raise InputError(path, f"article text is over the limit of {MAX_TEXT_BYTES:,} bytes")
    return SourceText(
        path=path, text=text, article_id=derive_id(path, sha), url=url, title=title, published=published,
        sha256=sha, boilerplate=furniture(text), original_source=_original_source(text),
        dateline=dateline or dateline_place(text), author=author, publisher=publisher,
    )


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def derive_id(path: Path, sha256: str) -> str:
    """An article id from a file name: its stem with every run of characters other than
    letters, digits, ``_`` and ``-`` made one ``-``; ``article-`` and the first 16 hex
    digits of ``sha256`` when nothing is left, and ``article-`` before a name the tool
    reserves for its own graphs.

    >>> derive_id(Path("news/Putin & Min Aung Hlaing.html"), "ab" * 32)
    'Putin-Min-Aung-Hlaing'
    >>> derive_id(Path("ontology.txt"), "ab" * 32), derive_id(Path("¿¿.txt"), "ab" * 32)
    ('article-ontology', 'article-abababababababab')
    """
    stem = _NOT_ID.sub("-", Path(path).stem).strip("-")
    if not stem:
        return f"article-{sha256[:16]}"
    if stem.casefold() in reserved_names(GRAPH) | reserved_names(ARTICLE):
        return f"article-{stem}"
    return stem


# -- Page furniture in a text ----------------------------------------------------------------

# Lines that are site navigation or widgets, not reporting. Conservative: a sentence of
# the article never matches (each pattern needs the whole line to be the widget).
_FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        you\ are\ here\b.*
      | home\s*(?:>|»|/|›)\s*.*
      | \[?share(?:\ (?:on|this|via)\b[^.!?]*|:.*)\]?(?:\s*\[[^\]]*\])*
      | (?:\[[^\]]{1,40}\]\s*){2,}
      | tags?\s*:.*
      | (?:filed\ under|categories|category)\s*:.*
      | posted\ (?:on|by|in)\b[^.!?]*
      | original\ source\s*:.*
      | (?:subscribe|sign\ up)\b[^.!?]{0,80}
      | (?:\(c\)|©|copyright\b).*
      | (?:read\ more|see\ also|print|email\ this\ article)\s*
      | (?:related(?:\ (?:stories|articles|coverage|posts|news|content))?|read\ more|see\ also|read\ also|more\ on\ this)\s*:.*
      | \d+\ min(?:ute)?s?\ read\s*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A line of short pieces between bars: a byline ("13 January 2025 | Desk | Reading
# time: 5 minutes"), a footer ("Privacy | Terms | Cookies"), a share bar.
_BARRED = re.compile(r"^[^|.!?]{1,60}(?:\|[^|.!?]{1,60}){2,}$")
# Headings after which the rest of the block (to a blank line) is a list of links.
_LIST_HEADING = re.compile(r"^\s*(?:related|more\ from|most\ read|recommended|you\ may\ also\ like|read\ next)\b[^.!?]{0,40}$",
                           re.IGNORECASE | re.VERBOSE)
# Headings after which everything to the end of the page is the comment section.
_COMMENTS = re.compile(r"^\s*(?:leave\ a\ (?:reply|comment)|\d*\s*comments?|post\ a\ comment|join\ the\ discussion)\s*:?\s*$",
                       re.IGNORECASE | re.VERBOSE)
# The end of a sentence's last word: its full stop, then at most one closing quote or bracket.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")


def _long_sentence(line: str) -> bool:
    """Whether ``line`` holds a sentence long enough to be reporting: eight words or more
    (runs of characters other than white space and "|") ending in a full stop, "!" or
    "?". A line holding one is the article's, even after a share bar pasted on the same
    line. One pass over the words: a pattern with a repeated group read this line in time
    growing with the square of its length (minutes for a line of a million code points).

    >>> _long_sentence("Putin and Xi met in Moscow on Monday for talks."), _long_sentence("Share | Tweet | Email")
    (True, False)
    """
    run = 0  # words since the last "|", each followed by white space
    for word in line.split():
        if "|" in word:
            run = 1 if word.rsplit("|", 1)[1] else 0  # the word after the last bar starts a run
            continue
        if run >= 7 and _SENTENCE_END.search(word):
            return True
        run += 1
    return False


_ORIGINAL_SOURCE = re.compile(r"^\s*original\s+source\s*:\s*(\S.*?)\s*$", re.IGNORECASE | re.MULTILINE)


def furniture(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) code-point spans of the lines of ``text`` that are page
    furniture: breadcrumbs, share bars, bylines and footers of bar-separated pieces,
    tags, "Original Source:" lines, lists of related links (from their heading to the
    next blank line) and the comment section (from "Leave a Reply" to the end). A line
    holding a sentence of eight words or more is never furniture, except in the
    comment section.

    >>> t = "You are here\\nHome > News\\n\\nPutin met Xi.\\n\\nLeave a Reply\\nName *\\n"
    >>> [t[s:e] for s, e in furniture(t)]
    ['You are here', 'Home > News', 'Leave a Reply\\nName *\\n']
    """
    spans: list[tuple[int, int]] = []
    offset, in_list = 0, False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start, end = offset, offset + len(body)
        offset += len(line)
        if not body.strip():
            in_list = False
            continue
        if _COMMENTS.match(body):
            spans.append((start, len(text)))
            break
        if _long_sentence(body):
            in_list = False
        elif in_list or _LIST_HEADING.match(body):
            in_list = True
            spans.append((start, end))
        elif _FURNITURE_LINE.match(body) or _BARRED.match(body):
            spans.append((start, end))
    return tuple(spans)


def _original_source(text: str) -> str | None:
    m = _ORIGINAL_SOURCE.search(text)
    return m.group(1) if m else None


# The opening of a report that says where (and often when) it was filed, before its
# first sentence; the forms of the wire services' and press offices' style guides:
#
# | form | example | used by |
# |---|---|---|
# | place in capitals, dash | "MOSCOW — ", "MOSCOW - " | AP, Reuters, AFP's English wire |
# | ... with the agency | "WASHINGTON (Reuters) - ", "NAIROBI (AP) — " | Reuters, AP |
# | ... with its region | "ANCHORAGE, Alaska (Reuters) - " | Reuters, AP (US states, provinces) |
# | ... two places | "WASHINGTON/BUENOS AIRES, April 12 - " | Reuters |
# | ... with a date, month first | "KUALA LUMPUR, July 28 - ", "TOKYO, March 3, 2025 - " | Reuters, AP |
# | ... with a date, day first | "KYIV, 9 May - ", "MADRID, 23 September 2025 - " | British and European agencies |
# | place in capitals, colon | "ISLAMABAD: ", "NEW DELHI, Jan 6: " | South Asian press (Dawn, The Hindu, PTI) |
# | place as written, full date with its year, dash | "Brasilia, January 6, 2025 - ", "Brussels, 6 January 2025 – " | government and EU press releases |
# | place as written, agency | "Paris (AFP) - " | AFP |
# | ... with a newswire between slashes | "NEW YORK, Jan. 6, 2025 /PRNewswire/ -- " | PR Newswire, Business Wire |
#
# (group ``place``, ``date``, ``agency``). A place in capitals has three capital letters
# at least; a place not in capitals counts only before a full date with its year or an
# agency, and is never a weekday, a month or a kicker word ("Note", "Update"); the
# sentence after the dash or colon starts with a capital. So "US - China talks", "NATO -
# the alliance's chief", "Note: figures are provisional" and "Talks on 9 May - a
# Friday - ended" are no datelines; a capitals kicker ("UPDATE: ", "EXCLUSIVE - ") is left
# out by :data:`KICKERS` where the place is read.
_DATELINE_DATE = r"(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?|\d{1,2}[ ][A-Z][a-z]{2,8}\.?(?:[ ]\d{4})?)"
_DATELINE_FULL_DATE = r"(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2},[ ]\d{4}|\d{1,2}[ ][A-Z][a-z]{2,8}\.?[ ]\d{4})"
_DATELINE_AGENCY = r"(?:[ ]?\([A-Z][A-Za-z .&/-]{1,40}\)|[ ]/[A-Z][A-Za-z .&-]{1,40}/)"
_NOT_A_PLACE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                r"September|October|November|December|On|In|At|By|This|Last|Note|Notes|Update|Updated|Editor|"
                r"Correction|Source|Sources|Photo|Read|Watch|Related)")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_WEEKDAYS_WORD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DATELINE = re.compile(
    r"(?P<place>(?=[A-Z .'’/-]*[A-Z]{3})[A-Z][A-Z.'’-]*(?:(?:[ ]|/)[A-Z][A-Z.'’-]*)*"
    r"(?:,[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?=[ ]?\(|,[ ](?:[A-Z][a-z]{2,8}\.?[ ]\d|\d{1,2}[ ][A-Z][a-z]{2,8})))?"
    rf"|(?!{_NOT_A_PLACE}\b)[{_UPPER}][{_LOWER}'’.-]+(?:[ ](?:[{_UPPER}][{_LOWER}'’.-]+|de|do|da|del|la|el)){{0,3}}"
    rf"(?=,[ ]{_DATELINE_FULL_DATE}|{_DATELINE_AGENCY}))"
    rf"(?P<date>,[ ]{_DATELINE_DATE})?"
    rf"(?P<agency>{_DATELINE_AGENCY})?"
    r"(?:[ ]+(?:-{1,2}|–|—)[ ]+|:[ ]+)(?=[A-Z\"“‘'])")


#: A press release's date line: the place it was issued from and its full date, on a line of
#: their own ("London, 14 January 2025", "Doha, 28 September 2025", "WASHINGTON, March 3,
#: 2025", "Geneva, Switzerland, Tuesday, 3 March 2025"), as government and company releases
#: print it under their label and headline. The place is one to four capitalised words (a
#: country's name may follow it after a comma), never a weekday, a month or a kicker word;
#: the date has its year, so a line such as "Prime Minister's Office, 10 Downing Street"
#: or "Ministerial appointments: January 2025" is none. Groups ``place`` and ``date``, as
#: :data:`DATELINE`'s.
_PLACE_WORD = rf"(?:[{_UPPER}][{_LOWER}'’.-]+|[{_UPPER}][{_UPPER}'’.-]+)"
PLACE_DATE_LINE = re.compile(
    rf"[ \t]*(?P<place>(?!{_NOT_A_PLACE}\b){_PLACE_WORD}(?:[ ](?:{_PLACE_WORD}|de|do|da|del|la|el)){{0,3}}"
    rf"(?:,[ ](?!{_NOT_A_PLACE}\b){_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}})?)"
    rf"(?P<date>,[ ](?:{_WEEKDAYS_WORD},[ ])?{_DATELINE_FULL_DATE})[ \t]*(?=\n|$)")


def _dateline_at(text: str, start: int) -> re.Match | None:
    """The dateline opening the line at code point ``start`` of ``text``: a wire dateline
    (:data:`DATELINE`) or a release's date line alone on its line (:data:`PLACE_DATE_LINE`);
    None when there is none."""
    return DATELINE.match(text, start) or _place_date_line(text, start)


def _place_date_line(text: str, start: int) -> re.Match | None:
    """The release's date line (:data:`PLACE_DATE_LINE`) at code point ``start`` of
    ``text``, unless its place is a kicker word ("Statement, 14 January 2025")."""
    m = PLACE_DATE_LINE.match(text, start)
    return m if m and m.group("place").split(",")[0].upper() not in KICKERS else None


def dateline_end(text: str, start: int) -> int:
    """Where the sentence starting at code point ``start`` of ``text`` begins its own
    words: after a dateline opening its paragraph ("KUALA LUMPUR, July 28 - ",
    "WASHINGTON (Reuters) -", "MOSCOW —", or a release's "London, 14 January 2025" on a
    line of its own), else ``start`` itself. A dateline says
    where and when the report was filed, not a fact, so no quote starts with it and
    its place names no participant. Only a sentence at the start of the text or of a
    line can carry one. Returns a code-point offset into ``text``."""
    if start and text[start - 1] != "\n":
        return start
    m = _dateline_at(text, start)
    return m.end() if m else start


#: What follows a dateline's dash is the report's first sentence, never a line in
#: capitals alone ("PRESS RELEASE - FOR IMMEDIATE USE" is a label, not a place and its story).
_CAPITALS_LINE = re.compile(r"[^a-z\n]*$", re.MULTILINE)


#: How many lines that are not blank a dateline with a date or an agency may come after:
#: a wire follow-up may open only after a statement, a communiqué or a list it quotes
#: whole ("STATEMENT OF THE COUNCIL OF MINISTERS ..." and its paragraphs, then "WARSAW,
#: Sept 12 (Amber Coast Wire) - ..."). Past the first lines, a place in capitals before a
#: dash alone ("NATO - The alliance ...") is a paragraph's words, not a dateline.
LATE_DATELINE_LINES = 25


def _datelines(text: str, lines: int):
    """The dateline matches opening the first ``lines`` lines of ``text`` that are not
    blank (a headline, a standfirst and a byline may come first), then those with a date
    or an agency opening the lines up to :data:`LATE_DATELINE_LINES`; those whose dash is
    followed by capitals alone left out. A release's date line alone on its line
    (:data:`PLACE_DATE_LINE`) counts above the report only: under it, "Lima, 12 March
    2031" is a letter's or a statement's signature."""
    start, seen, report = 0, 0, False
    while seen < max(lines, LATE_DATELINE_LINES):
        line = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
        if line.strip():
            seen += 1
            m = DATELINE.match(text, start)
            if m and not _CAPITALS_LINE.match(text, m.end()) and (seen <= lines or m.group("date") or m.group("agency")):
                yield m
            elif m is None and seen <= lines and not report and (m := _place_date_line(text, start)):
                yield m  # a release's "London, 14 January 2025" under its label and headline, above its report
            report = report or _long_sentence(line)
        start = text.find("\n", start) + 1
        if start == 0:
            return


def dateline_place(text: str, lines: int = 5) -> str | None:
    r"""The place a wire dateline in the first ``lines`` lines of ``text`` (or, with a
    date or an agency, up to :data:`LATE_DATELINE_LINES`: after a statement quoted whole),
    or a release's date line there (:data:`PLACE_DATE_LINE`), names, as the text prints it: where the report was filed from ("KRAMATORSK, Ukraine, May 3 -" gives
    'KRAMATORSK, Ukraine'; "WASHINGTON/BUENOS AIRES, April 12 -" gives both places); None
    when no line there opens with a dateline. A place, not an entity: nothing is resolved.

    >>> dateline_place("Headline\n\nWASHINGTON/BUENOS AIRES, April 12 - The IMF ..."), dateline_place("Body.")
    ('WASHINGTON/BUENOS AIRES', None)
    >>> dateline_place("EXCLUSIVE - Russia plans talks"), dateline_place("ANALYSIS - Why\nKYIV, May 3 - The ...")
    (None, 'KYIV')
    >>> dateline_place("PRESS RELEASE - FOR IMMEDIATE USE\n\nTitle\n\nBy A. Writer\n\nSEOUL, Dec. 4 - Yoon ...")
    'SEOUL'
    >>> dateline_place("A\nB\nC\nD\nE\nNATO - The alliance met.\nRIGA, 9 May (Baltic Wire) - It ...")
    'RIGA'
    >>> dateline_place("PRESS RELEASE\n\nMinisters appointed\n\nLondon, 14 January 2025\n\nThe King has ...")
    'London'
    """
    return next((m.group("place") for m in _datelines(text, lines) if m.group("place").split(",")[0] not in KICKERS),
                None)


#: Words a wire story may open with in capitals before a dash that say what kind of story it
#: is, not where it was filed ("EXCLUSIVE - ", "ANALYSIS - "): never a dateline's place.
KICKERS = {"EXCLUSIVE", "ANALYSIS", "UPDATE", "UPDATED", "FACTBOX", "EXPLAINER", "BREAKING", "OPINION", "COMMENT",
           "INTERVIEW", "WRAPUP", "INSIGHT", "FEATURE", "EDITORIAL", "CORRECTED", "REFILE", "FOCUS", "POLL",
           "SPECIAL REPORT", "BREAKINGVIEWS", "LIVE", "WATCH", "VIDEO", "PHOTOS", "TIMELINE", "FACT CHECK",
           "PRESS RELEASE", "NEWS RELEASE", "MEDIA RELEASE", "STATEMENT", "NOTE", "EDITOR'S NOTE", "CORRECTION",
           "CLARIFICATION", "ADVISORY", "WARNING", "READ MORE", "SEE ALSO", "ALSO READ", "RELATED", "LISTEN", "PHOTO",
           "FILE PHOTO", "SOURCE", "SOURCES"}


_DATELINE_DAY = re.compile(r",[ ]([A-Z][a-z]{2,8}\.?[ ]\d{1,2},[ ]\d{4}|\d{1,2}[ ][A-Z][a-z]{2,8}\.?[ ]\d{4})")


def dateline_day(text: str, lines: int = 5) -> dt.date | None:
    r"""The day a wire dateline in the first ``lines`` lines of ``text`` (or, with a date,
    up to :data:`LATE_DATELINE_LINES`), or a release's date line there, gives with its year, month first or day first
    ("TOKYO, March 3, 2025 - ..." and "KYIV, 9 May 2025 - ..." give 2025-03-03 and
    2025-05-09; read by :func:`kg.periods.publication_day`), the day the report was filed;
    None when none of them opens with a dateline that has a full date ("MOSCOW, July
    28 -" has no year: which year is a guess, so no date).

    >>> dateline_day("Headline\n\nTOKYO, March 3, 2025 - Japan said ..."), dateline_day("MOSCOW, July 28 - It ...")
    (datetime.date(2025, 3, 3), None)
    >>> dateline_day("Headline\n\nKYIV, 9 May 2025 - Ukraine ...")
    datetime.date(2025, 5, 9)
    >>> dateline_day("PRESS RELEASE\n\nHeadline\n\nDoha, 28 September 2025\n\nThe Ministry ...")
    datetime.date(2025, 9, 28)
    """
    from kg.periods import publication_day

    for m in _datelines(text, lines):
        day = _DATELINE_DAY.search(m.group(0))
        if day:
            return publication_day(day.group(1).replace(".", ""))
    return None


#: A dateline's day without its year, month first or day first (", Nov 15 -", ", 15 November (Reuters) -").
_DATELINE_MONTH_DAY = re.compile(r",[ ](?:([A-Z][a-z]{2,8})\.?[ ](\d{1,2})|(\d{1,2})[ ]([A-Z][a-z]{2,8})\.?)[ ]*(?:\(|[-–—])")


def dateline_day_near(text: str, published: dt.date, lines: int = 5) -> dt.date | None:
    r"""The day a wire dateline without its year gives ("BEIJING, Nov 15 -", "KYIV, 9 May
    (Reuters) -"), in the year that puts it nearest to ``published`` (the header's date:
    "Dec 30" under 2025-01-02 is 2024-12-30); None when no dateline of the first ``lines``
    lines has a month's name and a day. The header's date gives the year, so a day that
    disagrees with it is said to (:func:`date_conflict`), as with a full-date dateline.

    >>> dateline_day_near("BEIJING, Nov 15 (Wire) - China said ...", dt.date(2025, 11, 2))
    datetime.date(2025, 11, 15)
    >>> dateline_day_near("KYIV, Dec 30 - Ukraine said ...", dt.date(2025, 1, 2))
    datetime.date(2024, 12, 30)
    """
    from kg.periods import publication_day

    for m in _datelines(text, lines):
        day = _DATELINE_MONTH_DAY.search(m.group(0))
        if not day:
            continue
        month, number = (day.group(1), day.group(2)) if day.group(1) else (day.group(4), day.group(3))
        found = [publication_day(f"{month} {number}, {year}")
                 for year in (published.year - 1, published.year, published.year + 1)]
        found = [d for d in found if d is not None]
        if found:
            return min(found, key=lambda d: abs((d - published).days))
    return None


_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

#: A line opening like a dateline that :data:`DATELINE` does not read: capitalised words
#: (the place), a comma or a number, then within a few words a date with its month's name
#: or an agency in brackets, then a dash ("Kyiv, 9th May 2025 - ", "KYIV, 9th May 2025 - ",
#: "KYIV 9 May 2025 - "). A sentence with a dash ("Talks on 9 May - a Friday - ...") has
#: lower-case words before its date, and a line of words before a dash with no date or
#: agency ("NATO - The alliance ...") is none.
_DATELINE_LIKE = re.compile(
    r"[ \t]*(?P<words>[A-Z][\w.'’/-]*(?:[ ][A-Z][\w.'’/-]*){0,3}(?:,[ ]*|[ ]+(?=\d))[^\n.!?]{0,40}?)"
    r"[ ]*(?:-{1,2}|–|—)[ ]")
_MONTH_OR_AGENCY = re.compile(rf"\b{_MONTHS}(?![a-z])|\([A-Z][^)\n]{{1,40}}\)")


def dateline_unread(text: str, lines: int = LATE_DATELINE_LINES) -> str | None:
    r"""The opening of the first of the first ``lines`` lines of ``text`` that are not blank
    that looks like a wire dateline (:data:`_DATELINE_LIKE`: a place, a date with its
    month's name or an agency in brackets, a dash) but that :func:`dateline_place` does not
    read, up to its dash ("Kyiv, 9th May 2025 -"); None when there is none, or when a dateline
    is read. For a note that the text seems to have a dateline nobody recorded.

    >>> dateline_unread("Headline\n\nKyiv, 9th May 2025 - Ukraine ..."), dateline_unread("Kyiv, 9 May 2025 - Ukraine ...")
    ('Kyiv, 9th May 2025 -', None)
    >>> dateline_unread("Talks on 9 May - a Friday - ended."), dateline_unread("NATO - The alliance met.")
    (None, None)
    """
    if dateline_place(text, lines) is not None:
        return None
    start, seen = 0, 0
    while seen < lines:
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)]
        if line.strip():
            seen += 1
            m = _DATELINE_LIKE.match(line)
            if m and _MONTH_OR_AGENCY.search(m.group("words")):
                return line[:m.end()].strip()
        if end < 0:
            return None
        start = end + 1
    return None

#: A page's section trail or kicker line ("World | Business", "ANALYSIS | West Africa", "Home >
#: News"): words separated by bars or arrows, with no sentence; neither a headline nor a line
#: whose names are actors of the article.
TRAIL_LINE = re.compile(r"[^.!?\n]{0,80}\s(?:\||>|»|›)\s[^.!?\n]{0,80}")
#: A label line of a release or a wire ("PRESS RELEASE - FOR IMMEDIATE USE", "EMBARGOED UNTIL
#: 00:01", "NEWS RELEASE"): no lower-case letter. A headline in capitals is read as one too,
#: and is no title: its words are left to the analyst.
_LABEL_LINE = re.compile(r"[^a-zß-öø-ÿ]*")


def _reads_as_headline(line: str) -> bool:
    """Whether ``line`` (stripped) reads as a headline: two to 25 words, at most 200 code
    points, a lower-case letter (no label in capitals), no full stop, colon, comma or
    semicolon at its end (a sentence or a lead-in), no run of spaces or tab (a table's
    row), and neither a byline ("By Mira Solberg"), a date alone, a release's date line
    nor a section trail (:data:`TRAIL_LINE`)."""
    words = line.split()
    return 2 <= len(words) <= 25 and len(line) <= 200 and not _LABEL_LINE.fullmatch(line) and \
        not line.endswith((".", ":", ",", ";")) and not re.match(r"(?:[Bb]y|BY)[ ]", line) and \
        not _DATE_LINE.fullmatch(line) and PLACE_DATE_LINE.fullmatch(line) is None and \
        not line.startswith(("(", "http://", "https://", "www.")) and "   " not in line and "\t" not in line and \
        not TRAIL_LINE.fullmatch(line)


def text_headline(text: str, lines: int = 6) -> str | None:
    r"""The headline of a plain text, as a page's title gives an HTML page's: the first
    line that is not blank, when it reads as a headline (:func:`_reads_as_headline`) and
    a blank line or a line of its own follows it (a section trail above it, "World |
    Business", and the date line a release opens with, "Washington, 24 July 2025", left out); after a label line in capitals (a
    press release's "PRESS RELEASE - FOR IMMEDIATE USE"), the last such line above the
    release's date line, byline or first paragraph (an issuer's name and address may
    stand between the label and the headline). Only the ``lines`` first lines that are
    not blank are looked at, up to the first that opens with a wire dateline or reads as
    a sentence; None when none of them is a headline (a text that opens with its report).

    >>> text_headline("Thai court dissolves party\n\nBy Ana Kell, Wire\n\nBANGKOK, Aug. 7, 2024 - The ...")
    'Thai court dissolves party'
    >>> text_headline("PRESS RELEASE\n\nMinistry of X, 1 Main Street\n\nMinisters appointed\n\nLondon, 14 January 2025\n\nThe King has approved two appointments.")
    'Ministers appointed'
    >>> text_headline("Washington, 24 July 2025\n\nSenegal signs the Artemis Accords\n\nSenegal today became the 56th nation to sign.")
    'Senegal signs the Artemis Accords'
    >>> text_headline("Putin met Xi in Moscow on Monday for talks on trade.\n\nThey agreed ..."), text_headline("One line")
    (None, None)
    """
    top: list[str] = []
    rest = [line.strip() for line in text.splitlines() if line.strip()]
    for line in rest[:lines]:
        wire = DATELINE.match(line)
        if wire and not _CAPITALS_LINE.match(line, wire.end()) or _long_sentence(line) or \
                line.endswith((".", "!", "?")) and len(line.split()) >= 5:
            break  # the report begins
        top.append(line)
    if top and (PLACE_DATE_LINE.fullmatch(top[0]) or _DATE_LINE.fullmatch(top[0])):
        top.pop(0)  # a release that opens with its date line ("Washington, 24 July 2025"): its date, no title
    while top and TRAIL_LINE.fullmatch(top[0]):
        top.pop(0)  # "World | Business" above the headline: the page's section, no title
    if not top or len(top) == len(rest):
        return None  # no line above the report, or nothing below the line: no headline of a text
    if not _LABEL_LINE.fullmatch(top[0]):
        return top[0] if _reads_as_headline(top[0]) else None
    above = []
    for line in top[1:]:
        if PLACE_DATE_LINE.fullmatch(line) or _DATE_LINE.fullmatch(line) or re.match(r"(?:[Bb]y|BY)[ ]", line):
            break
        above.append(line)
    return above[-1] if above and _reads_as_headline(above[-1]) else None


_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A full date in words with its weekday: "Tuesday, September 9, 2025", "Tuesday 9 September 2025".
_FULL_DAY = (rf"{_WEEKDAYS},?[ ](?:{_MONTHS}[ ]\d{{1,2}}|\d{{1,2}}[ ]{_MONTHS}),?[ ]\d{{4}}")
#: A line that is a date alone ("Tuesday, September 9, 2025", "9 September 2025").
_DATE_LINE = re.compile(rf"[ \t]*(?:{_WEEKDAYS},?[ ])?(?:{_MONTHS}[ ]\d{{1,2}}|\d{{1,2}}[ ]{_MONTHS}),?[ ]\d{{4}}[ \t]*$",
                        re.MULTILINE)
#: A lead telling its news on a weekday with a full date ("inaugurated the dam on Tuesday,
#: September 9, 2025").
_LEAD_DAY = re.compile(rf"\b(?:on|On)[ ]({_FULL_DAY})\b")


def header_day(text: str, lines: int = 5) -> dt.date | None:
    r"""The day a text with no header gives at its top, the day it reports from: a
    wire dateline with a full date (:func:`dateline_day`), else a line of the first
    ``lines`` that is a date alone ("Tuesday, September 9, 2025"), else a full date with
    its weekday that the first paragraph of the text (after a title line) tells its news
    on ("... inaugurated the dam on Tuesday, September 9, 2025, ..."): a news lead tells
    the day's news, and a weekday with the full date names that day. None when there is
    none of these (a date without its year, or told later in the text, is no date of the
    report).

    >>> header_day("Title\n\nTuesday, September 9, 2025\n\nEthiopia opened ..."), header_day("Body.")
    (datetime.date(2025, 9, 9), None)
    >>> header_day("Title\n\nThe dam opened on Tuesday, September 9, 2025, after ...")
    datetime.date(2025, 9, 9)
    """
    from kg.periods import publication_day

    day = dateline_day(text, lines)
    if day is not None:
        return day
    top = text.split("\n")[:lines]
    for line in top:
        if _DATE_LINE.fullmatch(line):
            return publication_day(line.replace(".", "").strip())
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()][:2]
    for p in paragraphs:
        m = _LEAD_DAY.search(p)
        if m:
            return publication_day(m.group(1).replace(".", ""))
    return None


#: Double quotation marks: curly ones say which side they stand on; a straight one is read
#: from its neighbours (opening after a space or bracket and before a word).
_OPENING, _CLOSING, _STRAIGHT = "“„", "”", '"'


def _opens(text: str, i: int) -> bool:
    """Whether the double quotation mark at ``text[i]`` opens a quotation."""
    ch = text[i]
    if ch in _OPENING:
        return True
    if ch in _CLOSING:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


def balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of ``text[start:end]`` moved so that its double quotation marks pair
    up: a closing mark whose opening one lies before ``start`` pulls the start back to
    that opening mark, and an opening mark whose closing one lies after ``end`` pushes the
    end on past it, both within the same paragraph; where the partner is not there, the
    unpaired mark and the words on its far side are left out instead.

    Input: character offsets into ``text`` (end exclusive); output: the new offsets, still
    a verbatim span of ``text`` (no error is raised). Rule: a quotation quoted in part must
    show where the speaker's words begin and end (Web Annotation's TextQuoteSelector
    quotes exactly; an unpaired mark would misquote)."""
    for _ in range(4):  # each move may take in another mark; a paragraph holds few
        depth, first_unopened, last_unclosed = 0, None, None
        for i in range(start, end):
            if text[i] not in _OPENING + _CLOSING + _STRAIGHT:
                continue
            if _opens(text, i):
                depth += 1
                last_unclosed = i if depth == 1 else last_unclosed
            elif depth:
                depth -= 1
            elif first_unopened is None:
                first_unopened = i
        if depth == 0:
            last_unclosed = None
        if first_unopened is None and last_unclosed is None:
            return start, end
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        if first_unopened is not None:
            back = next((j for j in range(start - 1, para_start - 1, -1)
                         if text[j] in _OPENING + _STRAIGHT and _opens(text, j)), None)
            if back is not None:
                start = back
            else:  # no opening mark in the paragraph: begin after the unpaired closing one
                start = first_unopened + 1
                while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
                    start += 1
        elif last_unclosed is not None:
            ahead = next((j for j in range(end, para_end) if text[j] in _CLOSING + _STRAIGHT and not _opens(text, j)),
                         None)
            if ahead is not None:
                end = ahead + 1
            else:  # no closing mark in the paragraph: end before the unpaired opening one
                end = last_unclosed
                while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
                    end -= 1
    return start, end


def quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text``: (offset of the opening double mark, offset just past
    the closing one) for each pair of marks within a paragraph, outermost pairs only, in
    text order. A mark without its partner in the paragraph opens or closes nothing."""
    out: list[tuple[int, int]] = []
    para = 0
    while para <= len(text):
        stop = text.find("\n", para)
        stop = len(text) if stop < 0 else stop
        opened = None
        for i in range(para, stop):
            if text[i] not in _OPENING + _CLOSING + _STRAIGHT:
                continue
            if _opens(text, i):
                opened = i if opened is None else opened
            elif opened is not None:
                out.append((opened, i + 1))
                opened = None
        para = stop + 1
    return out
