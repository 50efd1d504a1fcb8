"""Adding an article to a corpus from a text file: the text goes to ``articles/<id>.txt``
byte for byte, and an entry with its SHA-256 goes to ``articles.yaml``, so an analyst
never computes a digest or edits the metadata by hand.

The URL, publication date, title and publisher come from options, or from a header at
the top of the file: lines ``URL: …``, ``Date: …`` (or ``Published: …``), ``Title: …``,
``Publisher: …``, ``Published-Inferred: true|false`` and ``Published-Basis: …`` (why the
date is what it is) up to the first blank line. The header is not part of the article's
text, which is what claims quote and offsets count into. An HTML page gives them from its
metadata, the publisher from its site name (``og:site_name``, else its ``<title>``'s:
:func:`kg.extract.text.site_in_title`). A publisher must be an
entity of the corpus's registry, from a text file or a page alike: one it lacks is refused
with the entry to declare (:func:`declare_publisher`), never dropped.

The entry is written in the form of the corpora's own ``articles.yaml``: the date as a
YAML date (``published: 2031-05-07``, not a quoted string), then ``published_inferred``
and ``published_basis`` when given, the title and the basis in double quotes.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from kg.corpus import is_html, load_articles, load_yaml, read_text
from kg.entities import id_for_name, load_registry
from kg.errors import InputError
from kg.files import write_atomically
from kg.periods import publication_day

_HEADER_LINE = re.compile(r"^(url|date|published|title|publisher|author|dateline|published[-_ ]inferred|published[-_ ]basis):[ \t]*(.*?)[ \t]*$",
                          re.IGNORECASE)
_FIELD = {"url": "url", "date": "published", "published": "published", "title": "title", "publisher": "publisher",
          "dateline": "dateline", "author": "author",
          "published-inferred": "published_inferred", "published-basis": "published_basis"}
#: Words for a yes/no header or option value (YAML 1.2's own booleans).
_BOOLEAN = {"true": True, "false": False}
_ID = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class Added:
    """What :func:`add_article` wrote: the entry appended to articles.yaml, the text
    file, and the text's length in Unicode code points."""

    entry: dict
    text_path: Path
    length: int
    #: For an update (``update=True`` on a text already in the corpus): the keys whose
    #: values changed, each with (old value, new value); None for an article added.
    changed: dict | None = None
    #: For an article added with no dateline: the opening of a line that looks like one but
    #: was not read as one ("Kyiv, 9th May 2025 -"; :func:`kg.extract.text.dateline_unread`),
    #: for a note; None otherwise.
    dateline_unread: str | None = None
    #: For an article added with ``separate_source``: the earlier article it is a near
    #: copy of (a :class:`kg.nearcopies.Match`); None otherwise.
    near_copy_of: object | None = None
    #: For an article added with no publisher: the outlet its byline or the issuer its
    #: release's label lines name (:func:`named_publisher`) that the corpus registry lacks,
    #: and where it was read, for a note with the entry to declare; None otherwise.
    publisher_unrecorded: tuple[str, str] | None = None


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The header fields of ``text`` (url, published, title, publisher, dateline) and the text
    after it; no header when the first line is not one.

    >>> split_header("URL: https://example.org/a\\nDate: 2031-05-06\\n\\nBody.\\n")
    ({'url': 'https://example.org/a', 'published': '2031-05-06'}, 'Body.\\n')
    >>> split_header("Body.\\n")
    ({}, 'Body.\\n')
    """
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for n, line in enumerate(lines):
        if line.strip() == "" and fields:
            return fields, "\n".join(lines[n + 1:])
        m = _HEADER_LINE.match(line.rstrip("\r"))
        if not m:
            break
        fields[_FIELD[re.sub(r"[_ ]", "-", m.group(1).lower())]] = m.group(2)
    return {}, text


@functools.cache
def _null_representer():
    """A ruamel.yaml round-trip representer that writes None as ``null``. A subclass of
    its own: ``add_representer`` is a class method, and adding to
    ``RoundTripRepresenter`` itself would change every YAML document the process
    writes afterwards (a draft's ``publisher:`` would become ``publisher: null``)."""
    from ruamel.yaml.representer import RoundTripRepresenter

    class NullRepresenter(RoundTripRepresenter):
        pass

    NullRepresenter.add_representer(type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null"))
    return NullRepresenter


def _yaml_block(items: list[dict]) -> str:
    """``items`` as a YAML block sequence (ruamel.yaml, the corpus reader's library):
    keys in the order given, one line each, None as ``null``; a ``datetime.date`` as a
    plain YAML date, the free-text fields (title, published_basis) double-quoted."""
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    items = [{k: DoubleQuotedScalarString(v) if k in ("title", "published_basis") and v is not None else v
              for k, v in item.items()} for item in items]

    yaml = YAML()
    yaml.width = 1000
    yaml.Representer = _null_representer()
    out = io.StringIO()
    yaml.dump(items, out)
    return out.getvalue()


def _no_calendar_reading(text: str) -> str | None:
    """Why a date of numbers alone (``30.13.2025``, ``31/04/2025``) is no day read either
    way, day first (as in Britain) or month first (as in the United States): 'read day
    first, month 13 does not exist; read month first, month 30 does not exist'. None for
    text of another form, or a date one of the two orders reads.

    >>> _no_calendar_reading("30.13.2025")
    'read day first, month 13 does not exist; read month first, month 30 does not exist'
    >>> _no_calendar_reading("04/12/2024") is None
    True
    """
    m = re.fullmatch(r"\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*", text)
    if not m:
        return None
    a, b, year = map(int, m.groups())
    why = []
    for order, day, month in (("day first", a, b), ("month first", b, a)):
        if not 1 <= month <= 12:
            why.append(f"read {order}, month {month} does not exist")
            continue
        try:
            dt.date(year, month, day)
        except ValueError:
            why.append(f"read {order}, {calendar.month_name[month]} {year} has no day {day}")
            continue
        return None
    return "; ".join(why)


def check_header(fields: dict[str, str], path: Path) -> None:
    """Refuse a header's publication date unless it is a day (:func:`kg.periods.publication_day`:
    ISO 8601, or a day with its month's name, as pages and wire headers write it), and its
    URL unless it is an http(s) address; a date in words is rewritten in ``fields`` as
    YYYY-MM-DD. Raises :class:`InputError` naming ``path``.

    >>> fields = {"published": "Wed, 4 Dec 2024 10:32 GMT"}; check_header(fields, Path("a.txt")); fields
    {'published': '2024-12-04'}
    >>> check_header({"published": "04/12/2024"}, Path("a.txt"))
    Traceback (most recent call last):
    ...
    kg.errors.InputError: a.txt: publication date '04/12/2024': write it as YYYY-MM-DD or with the month's name ('4 December 2024'); a date of numbers alone reads differently in Britain and the United States
    """
    published = fields.get("published")
    if published:
        day = publication_day(published)
        if day is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
            raise InputError(path, f"publication date {published!r} is not a day of the calendar "
                                   "(a month of 1-12, a day the month has)")
        impossible = _no_calendar_reading(published) if day is None else None
        if impossible:
            raise InputError(path, f"publication date {published!r} is not a day of the calendar: {impossible}")
        if day is None:
            numeric = not re.search(r"[A-Za-z]", published)
            raise InputError(path, f"publication date {published!r}: write it as YYYY-MM-DD or with the month's name "
                                   "('4 December 2024')" + ("; a date of numbers alone reads differently in Britain "
                                                             "and the United States" if numeric else
                                                             ": a day, its month and its year"))
        fields["published"] = day.isoformat()
    url = fields.get("url")
    if url and not re.match(r"^https?://\S+$", url):
        raise InputError(path, f"URL {url!r}: use an http(s) address")
    inferred = fields.get("published_inferred")
    if inferred is not None and not isinstance(inferred, bool) and inferred.casefold() not in _BOOLEAN:
        raise InputError(path, f"published_inferred {inferred!r}: use true or false")


def _page(text_file: Path) -> tuple[dict[str, str], str, bool]:
    """The header fields and text of an article file, and whether it is an HTML page; for
    a page, the text and metadata ``kg extract`` reads from it (boilerplate stripped, by
    trafilatura; the publisher is the site's name), so that a page added here and a page
    drafted from are the same article. A plain text with no
    date in its header is dated by its dateline's day, where it gives one with its year
    (:func:`kg.extract.text.dateline_day`), and one with no header at all also by a date
    line at its top or its lead's weekday and full date (:func:`kg.extract.text.header_day`),
    as ``kg extract`` dates it, with that as the date's basis; one with no title in its
    header takes its headline (:func:`kg.extract.text.text_headline`: its first line, or
    a release's line above its date line) as its title, as a page takes its own."""
    raw = read_text(text_file, declared=True)[0]
    from kg.extract.text import dateline_day, dateline_place, header_day, read_source, text_headline  # only HTML needs trafilatura

    page = is_html(text_file, raw)
    if not page:
        fields, text = split_header(raw)
        day = None if fields.get("published") else dateline_day(text)
        if day:  # the day the dateline gives ("TOKYO, March 3, 2025 -"), said so
            fields.update(published=day.isoformat(), published_basis="the day of the article's dateline")
        elif not fields and (day := header_day(text)):  # no header: a date line at the top, or the lead's
            # weekday and full date, as kg extract dates such a text
            fields.update(published=day.isoformat(),
                          published_basis="the date at the top of the text, or the weekday and date of its lead")
        if not fields.get("title") and (headline := text_headline(text)):
            fields["title"] = headline  # its first line, where that reads as a headline, as a page's title
    else:
        source = read_source(text_file)
        found = {"url": source.url, "title": source.title, "published": source.published and source.published.isoformat(),
                 "author": list(source.author),  # the page's author metadata, else its byline
                 "publisher": source.publisher}  # its site name (og:site_name or its title's), never dropped unsaid
        fields, text = {k: v for k, v in found.items() if v}, source.text
    names = authors(fields.get("author"), text)
    if names:  # who wrote it: the header's names, else its byline's ("By Mira Solberg, Harbourline Wire")
        fields["author"] = names
    place = None if fields.get("dateline") else dateline_place(text)
    if place:  # where the report was filed from, as printed ("WASHINGTON/BUENOS AIRES")
        fields["dateline"] = place
    return fields, text, page


#: Words naming a public body in a publisher's name ("Ghana Ministry of Finance", "Office of
#: the President"): a body issuing its own press release, which is no news organisation.
_PUBLIC_BODY = re.compile(r"\b(?:ministr(?:y|ies)|minister|department|government|office|presidency|embassy|agency|"
                          r"council|commission|parliament|senate|assembly|cabinet|treasury|bank|authority|"
                          r"secretariat|mission|army|police|armed forces)\b", re.IGNORECASE)


def declare_publisher(name: str) -> str:
    """How to declare a publisher ``name`` in a corpus's ``entities.yaml``, in words with
    the entries to paste: a news outlet as a ``NewsOrganisation`` (gkg:NewsOrganisation:
    a newspaper, website, wire service, state media); a ministry, agency or other public
    body issuing its own release as an ``Organisation`` of its state (the registry's way
    with ministries, ``of:`` the state), the government itself a ``Government``. The
    entry that the name's words suggest (:data:`_PUBLIC_BODY`) comes first; both are given,
    since words alone cannot tell an outlet named "The Senate Times" from a senate.

    >>> declare_publisher("Harbourline Wire").split(";")[0]
    'a news outlet (newspaper, website, wire service, state media) is a NewsOrganisation: - {id: harbourline-wire, type: NewsOrganisation, label: Harbourline Wire}'
    """
    try:
        slug = id_for_name(name)  # "Süddeutsche Zeitung": 'suddeutsche-zeitung', not 's-ddeutsche-zeitung'
    except ValueError:
        slug = "publisher"
    label = name if re.fullmatch(r"[\w .'’&()-]+", name) else f'"{name}"'
    news = (f"a news outlet (newspaper, website, wire service, state media) is a NewsOrganisation: "
            f"- {{id: {slug}, type: NewsOrganisation, label: {label}}}")
    body = (f"a ministry, agency or other public body issuing its own release is an Organisation of its state "
            f"(the government itself a Government): - {{id: {slug}, type: Organisation, label: {label}, "
            f"of: <its state's id>}}")
    return "; ".join((body, news) if _PUBLIC_BODY.search(name) else (news, body))


def _metadata(corpus: Path, text_file: Path, fields: dict, publisher_from: str = "its 'Publisher:' line") -> dict:
    """The entry keys the header fields and options ``fields`` give, checked
    (:func:`check_header`) and in the entry's form: url, publisher (the registry's id),
    published (a date), published_inferred (a bool), published_basis, title, dateline,
    author (a name, or a list of names);
    a key only where ``fields`` gives it. Raises :class:`InputError` for a bad value or
    a publisher the corpus registry lacks, saying where it came from (``publisher_from``)
    and how to declare it (:func:`declare_publisher`)."""
    check_header(fields, text_file)
    out: dict = {}
    if fields.get("url"):
        out["url"] = fields["url"]
    publisher = fields.get("publisher")
    if publisher:
        registry = load_registry(corpus / "entities.yaml", missing_ok=True)
        found = registry.resolve(publisher)
        if found is None:
            missing = "" if registry.source_exists else " (no such file)"
            raise InputError(text_file, f"publisher {publisher!r} ({publisher_from}) is not in "
                                        f"{corpus / 'entities.yaml'}{missing}: declare it there and add the article again "
                                        f"({declare_publisher(publisher)}), or give --publisher with the id of an "
                                        "entity declared there")
        out["publisher"] = found.id
    if fields.get("published"):
        out["published"] = dt.date.fromisoformat(fields["published"])
    inferred = fields.get("published_inferred")
    if inferred is not None:
        out["published_inferred"] = inferred if isinstance(inferred, bool) else _BOOLEAN[inferred.casefold()]
    for key in ("published_basis", "title", "dateline"):
        if fields.get(key):
            out[key] = fields[key]
    names = fields.get("author")
    if names:  # one name as a string, several as a list (a header line separates them by ';' or ' and ')
        names = _split_names(names) if isinstance(names, str) else list(names)
        out["author"] = names[0] if len(names) == 1 else names
    return out


#: A byline: 'By Mira Solberg', 'By Mira Solberg, Harbourline Wire', 'Meridian Press
#: Service, by Clara Vendt', 'By A. Writer and B. Other'; the names are two to four
#: capitalised words each, and what follows them after a comma is the outlet or the
#: writer's post, a name in capitals with its small words ('The Times of Malta', 'Staff
#: Writer'), never a sentence ('By Christmas Eve, the talks had collapsed.').
_NAME = r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){1,3}"
_OUTLET = r"[A-Z][\w.'’&-]*(?:[ ](?:[A-Z][\w.'’&-]*|of|the|for|and|de|del|la|le|el|al|in))*"
_BYLINE = re.compile(rf"^(?:([^\n,]{{1,60}}),[ ])?[Bb]y[ ]({_NAME}(?:(?:[ ]and[ ]|[ ]&[ ]){_NAME})*)(?:,[ ]({_OUTLET}))?[ \t]*$")
#: Words of a writer's post in a byline ('By Ana Kell, Staff Writer', 'By Tor Ash, Senior
#: Correspondent'): what follows the names there is then no outlet.
_POST_WORDS = re.compile(r"(?i)\b(?:writer|correspondent|reporter|editor|contributor|columnist|journalist|staff|"
                         r"special[ ]to|desk|bureau|chief|analyst|producer)\b")


def _split_names(names: str) -> list[str]:
    """Names written in one line ('A and B', 'A; B', 'A, B and C') one by one."""
    return [n.strip() for n in re.split(r";|,[ ]|[ ]and[ ]|[ ]&[ ]", names) if n.strip()]


def authors(stated: str | list[str] | None, text: str) -> list[str]:
    r"""Who wrote an article: the names ``stated`` by an ``Author:`` header line or a
    page's author metadata (one string, names separated by ';', ', ' or 'and', or a
    list), else those of the byline of ``text`` (:func:`byline`); [] when neither
    names anyone. ``kg add-article`` records them as ``author``, ``kg extract`` writes
    them in a draft's article.

    >>> authors("Mira Solberg; Tor Ashby", ""), authors(None, "By Clara Vendt\n\nText.\n"), authors("", "Text.")
    (['Mira Solberg', 'Tor Ashby'], ['Clara Vendt'], [])

    A piece of the metadata that is a date is no author (:data:`_DATE_PIECE`):

    >>> authors("Anna Lind; June", ""), authors("Theresa May", "")
    (['Anna Lind'], ['Theresa May'])

    A newsroom's desk is no writer, and a date stamp ends the names:

    >>> authors("Our Asia-Pacific Desk; Published", ""), authors("Lima desk; June", "")
    ([], [])
    >>> authors("Ann Varo; Updated; Tom Kell", "")
    ['Ann Varo']
    """
    if stated:
        names = _split_names(stated) if isinstance(stated, str) else [str(n) for n in stated]
        for i, name in enumerate(names):  # "Published 3 August 2025": the byline's date line begins
            if _STAMP.match(name.strip()):
                names = names[:i]
                break
        return [n for n in names if not _DATE_PIECE.fullmatch(n.strip()) and not _DESK.search(n)]
    return [n for n in byline(text) or [] if not _DESK.search(n)]


#: A piece of a byline that stamps the article's date ('Published 3 August 2025',
#: 'Updated', 'Last updated 4 May'): it and what follows it are no authors.
_STAMP = re.compile(r"(?i)(?:last[ ])?(?:published|updated|posted|modified)\b")
#: A newsroom's team credited in place of a writer ('Our Asia-Pacific desk', 'Lima
#: Desk', 'News Bureau', 'Staff'): no person, so no author (schema:author names writers).
_DESK = re.compile(r"(?i)\b(?:desk|bureau|newsroom|staff)\b")


#: A piece of a byline that is a date, not a name: a month or weekday alone or with a day
#: and year ('May', 'May 28, 2024', 'Tuesday', '28 May 2024', '2024-05-28'); page metadata
#: read from "By Asia desk | May 28, 2024" cuts the date there into such a piece.
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
_DATE_PIECE = re.compile(rf"(?i)(?:(?:{_WEEKDAYS})\.?,?[ ]?)?(?:\d{{1,2}}[ ])?(?:{_MONTHS})\.?(?:[ ]\d{{1,2}})?(?:,?[ ]\d{{4}})?"
                         rf"|(?:{_WEEKDAYS})\.?|[\d/.:-]+")


def byline(text: str, lines: int = 5) -> list[str] | None:
    r"""The names of a byline among the first ``lines`` non-blank lines of ``text``
    (a line of its own: 'By Mira Solberg, Harbourline Wire'), or None.

    >>> byline("Title\n\nBy Mira Solberg, Harbourline Wire\n\nSEOUL, Dec. 4 - ...")
    ['Mira Solberg']
    >>> byline("Meridian Press Service, by Clara Vendt\n"), byline("By John Smith and Jane Doe\n")
    (['Clara Vendt'], ['John Smith', 'Jane Doe'])
    >>> byline("Stood by Ukraine, Biden said on Monday.\n")
    >>> byline("By Christmas Eve, the talks had collapsed.\n"), byline("By Air Force One, Trump flew on\n")
    (None, None)
    """
    seen = [line.strip() for line in text.splitlines() if line.strip()][:lines]
    for line in seen:
        m = _BYLINE.match(line)
        if m:
            return _split_names(m.group(2))
    return None


def byline_outlet(text: str, lines: int = 5) -> str | None:
    r"""The outlet a byline among the first ``lines`` non-blank lines of ``text`` names
    beside its writers ('By Ingrid Halvorsen, Northgate Wire'; 'Meridian Press Service,
    by Clara Vendt'), or None: none named, or the words are the writer's post ('By Ana
    Kell, Staff Writer': :data:`_POST_WORDS`).

    >>> byline_outlet("Title\n\nBy Ingrid Halvorsen, Northgate Wire\n\nOSLO - ..."), byline_outlet("Meridian Press Service, by Clara Vendt\n")
    ('Northgate Wire', 'Meridian Press Service')
    >>> byline_outlet("By Ana Kell, Staff Writer\n"), byline_outlet("By Ana Kell\n")
    (None, None)
    """
    for line in [line.strip() for line in text.splitlines() if line.strip()][:lines]:
        m = _BYLINE.match(line)
        if m:
            outlet = (m.group(3) or m.group(1) or "").strip()
            return outlet if outlet and re.fullmatch(_OUTLET, outlet) and not _POST_WORDS.search(outlet) else None
    return None


#: The label of a press release ("PRESS RELEASE", "News release", "Media statement").
_RELEASE_LABEL = re.compile(r"(?i)(?:press|news|media)[ ](?:release|statement|communiqu[eé])|communiqu[eé]")
#: What separates a label from the issuer on one line: "PRESS RELEASE / European Commission".
_LABEL_PARTS = re.compile(r"[ ]+[/|–—-][ ]+")


def release_issuer(text: str, lines: int = 4) -> str | None:
    r"""The body that issues a press release, as its label lines name it: beside the label
    on its line ("PRESS RELEASE / European Commission", "European Commission - Press
    release"), else the line below the label where that line is a name and not the
    release's headline ("PRESS RELEASE

European Commission

Headline ..."), up to a
    comma ("Ministry of X, 1 Main Street"), also below a label with words in capitals beside it
    ("PRESS RELEASE - FOR IMMEDIATE USE"); None for a text that opens with no release label,
    or whose label lines name no one.

    >>> release_issuer("PRESS RELEASE\n\nEuropean Commission\n\nWTO arbitrators find for the EU\n\nBrussels, 22 July 2025\n\nThe ...")
    'European Commission'
    >>> release_issuer("PRESS RELEASE / Ministry of Finance\n\nBudget tabled\n\nThe ..."), release_issuer("Press release\n\nBudget tabled\n\nThe ...")
    ('Ministry of Finance', None)
    >>> release_issuer("PRESS RELEASE - FOR IMMEDIATE USE\n\nBudget tabled\n\nThe ..."), release_issuer("Budget tabled\n\nThe ...")
    (None, None)
    >>> release_issuer("PRESS RELEASE - FOR IMMEDIATE USE\nCabinet Public Relations Office, Government of Japan\n\nCabinet approves the budget\n\nTokyo, 26 December 2025\n\nThe ...")
    'Cabinet Public Relations Office'
    """
    from kg.extract.text import text_headline

    seen = [line.strip() for line in text.splitlines() if line.strip()][:lines]
    if not seen:
        return None
    parts = [p.strip() for p in _LABEL_PARTS.split(seen[0])]
    if not any(_RELEASE_LABEL.fullmatch(p) for p in parts):
        return None

    def name(words: str) -> str | None:
        words = words.split(",", 1)[0].strip()
        # a name in capitals and small words, not a label in capitals alone ("FOR IMMEDIATE USE")
        return words if re.fullmatch(_OUTLET, words) and re.search(r"[a-z]", words) else None

    beside = [n for p in parts if not _RELEASE_LABEL.fullmatch(p) and (n := name(p))]
    if beside:
        return beside[0]
    # The label alone, or with words in capitals that name no one ("PRESS RELEASE - FOR
    # IMMEDIATE USE"): the issuer is on the line below.
    if all(_RELEASE_LABEL.fullmatch(p) or not re.search(r"[a-z]", p) for p in parts) \
            and len(seen) > 2 and seen[1] != text_headline(text):
        return name(seen[1])
    return None


def named_publisher(text: str) -> tuple[str, str] | None:
    """The publisher a plain text names in its opening lines, with where: the outlet of its
    byline (:func:`byline_outlet`), else the issuer its release label lines name
    (:func:`release_issuer`); None when neither names one."""
    outlet = byline_outlet(text)
    if outlet:
        return outlet, "its byline"
    issuer = release_issuer(text)
    return (issuer, "its release's label lines") if issuer else None


def _update(corpus: Path, text_file: Path, aid: str, article_id: str | None, fields: dict, text: str,
            publisher_from: str) -> Added:
    """Replace the metadata of article ``aid``, whose text ``text_file`` holds, with what
    ``fields`` gives (:func:`_metadata`), in place in the corpus's ``articles.yaml``
    (:func:`_replace_entry`); a new publication date drops the old date's basis and
    inferred flag unless ``fields`` gives them again. Raises :class:`InputError` when
    ``article_id`` names another id, or for a bad value; nothing is written then."""
    if article_id and article_id != aid:
        raise InputError(text_file, f"this text is article {aid} in the corpus, not {article_id}: "
                                    "an update keeps the article's id; leave out --id")
    metadata = corpus / "articles.yaml"
    new = _metadata(corpus, text_file, fields, publisher_from)
    entries = load_yaml(metadata)
    index = next(i for i, e in enumerate(entries) if isinstance(e, dict) and str(e.get("id")) == aid)
    entry = dict(entries[index])
    changed = {k: (entry.get(k), v) for k, v in new.items() if entry.get(k) is None or str(entry[k]) != str(v)}
    if "published" in changed:  # a new date: what said how the old one was found says nothing of it
        for key in ("published_basis", "published_inferred"):
            if key not in new and entry.get(key) is not None:
                changed[key] = (entry.pop(key), None)
    entry.update(new)
    if changed:
        before = metadata.read_bytes()
        _replace_entry(metadata, index, entry)
        try:
            load_articles(metadata)  # the file as written reads back (its checks raise otherwise)
        except BaseException:
            write_atomically(metadata, before)
            raise
    return Added(entry, corpus / str(entry.get("file") or f"articles/{aid}.txt"), len(text), changed)


def _replace_entry(metadata: Path, index: int, entry: dict) -> None:
    """Rewrite the ``index``-th entry (0-based) of the list in ``metadata`` as ``entry``
    (in :func:`_yaml_block`'s form), leaving every other line of the file, its comments
    and the other entries, as it was: the entry's lines are found by the YAML parser's
    marks (PyYAML's composer), from the line of its ``-`` to the end of its last value.
    The file is replaced at once (:func:`kg.files.write_atomically`)."""
    import yaml

    text = metadata.read_text(encoding="utf-8")
    item = yaml.compose(text, Loader=yaml.SafeLoader).value[index]
    start = text.rfind("\n", 0, item.start_mark.index) + 1
    last = item.end_mark.index if item.flow_style or not item.value else item.value[-1][1].end_mark.index
    end = last if text[last - 1:last] == "\n" else (text.find("\n", last) + 1 or len(text))
    indent = text[start:item.start_mark.index].split("-")[0]
    block = "".join(indent + line for line in _yaml_block([entry]).splitlines(keepends=True))
    write_atomically(metadata, (text[:start] + block + text[end:]).encode("utf-8"))


def _check_near_copies(text_file: Path, text: str, articles: dict, separate_source: bool):
    """Refuse ``text`` when it is a corpus article's text once normalised, or (unless
    ``separate_source``) a near copy of one (:mod:`kg.nearcopies`), naming the article
    and the resemblance. Returns the :class:`kg.nearcopies.Match` of the near copy
    accepted, None when there is none. Raises :class:`InputError`."""
    from kg.nearcopies import NearCopyIndex, sign

    index = NearCopyIndex(None)
    try:
        for a in articles.values():
            index.add(a.id, a.sha256, sign(a.text))
        found = index.match(sign(text))
    finally:
        index.close()
    if found and (found.identical or not separate_source):
        how = "" if found.identical else (
            "; if it is another outlet's copy (a syndicated story) that you checked, run again with "
            "--separate-source to add it as a source of its own")
        raise InputError(text_file, f"this text {found.describe()} in the corpus: one text is one source, or a "
                                    f"fact would count it twice{how}")
    return found


def add_article(corpus: Path, text_file: Path, article_id: str | None = None, update: bool = False,
                separate_source: bool = False, **given: str | None) -> Added:
    """Copy ``text_file`` into ``corpus`` and record it in its ``articles.yaml``. An
    HTML page (by suffix or content) is read as ``kg extract`` reads it: its main text
    without page furniture, and its URL, title and date from the page's metadata.

    ``given`` holds url, published (YYYY-MM-DD), published_inferred ('true'/'false' or a
    bool), published_basis, title, publisher (an entity of the corpus registry), dateline (the place, as printed) and
    author (the byline's names; several separated by ';' or 'and'), each
    overriding the file's header. Without ``article_id`` the id
    is ``<NNN>_<first 16 hex digits of the SHA-256>``, NNN the next number in the corpus.
    A text already at ``articles/<id>.txt`` with no entry in ``articles.yaml`` (put there
    by hand) is adopted in place when it holds this text, the given file itself included.
    With ``update``, a text already in the corpus has its entry's metadata replaced by
    what the options and the file's header give (the keys they give only; its id, file
    and SHA-256 stay), in place in ``articles.yaml``; :attr:`Added.changed` says what
    changed. Without it, such a text is refused, naming ``--update``. A text that is
    another article's but for spacing, line endings, quotation marks or dashes, or that
    shares nearly all its word shingles with one (:mod:`kg.nearcopies`), is refused
    naming it; a near copy is added with ``separate_source`` (recorded in its entry as
    ``separate_source: true``, and in :attr:`Added.near_copy_of`), for another outlet's
    copy an analyst checked.
    Raises :class:`InputError` naming the file and the problem (not UTF-8, an empty
    text, a bad date or URL, an unknown publisher, an id or a text already in the
    corpus, another text at the id's path); nothing is written then.
    """
    corpus, text_file = Path(corpus), Path(text_file)
    metadata = corpus / "articles.yaml"
    header, text, page = _page(text_file)
    publisher_from = "given with --publisher" if given.get("publisher") is not None else \
        "the page's site name, og:site_name or its <title>" if page else "its 'Publisher:' line"
    if given.get("published") is not None and given.get("published_basis") is None:
        header.pop("published_basis", None)  # the basis the text gave is that of its own date, not of the one given
    fields = {**header, **{k: v for k, v in given.items() if v is not None}}
    if not text.strip():
        raise InputError(text_file, "the article has no text (after its header)")
    # A text that names its publisher only in its byline ("By A, Northgate Wire") or a
    # release's label lines ("PRESS RELEASE" then "European Commission"): recorded where the
    # registry has it; else said, with the entry to declare (the words may be no outlet).
    unrecorded = None
    if not page and not fields.get("publisher") and (named := named_publisher(text)):
        found = load_registry(corpus / "entities.yaml", missing_ok=True).resolve(named[0])
        if found is not None:
            fields["publisher"], publisher_from = found.id, named[1]
        else:
            unrecorded = named
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    articles = load_articles(metadata) if metadata.exists() else {}
    same = [a.id for a in articles.values() if a.sha256 == sha]
    if same and not update:
        raise InputError(text_file, f"this text is already in the corpus as article {same[0]}; to change its record "
                                    "(date, URL, title, publisher, dateline), run again with --update and the options, "
                                    f"or edit the entry 'id: {same[0]}' in {metadata}")
    if same:
        updated = _update(corpus, text_file, same[0], article_id, fields, text, publisher_from)
        return dataclasses.replace(updated, publisher_unrecorded=None if updated.entry.get("publisher") else unrecorded)
    near = _check_near_copies(text_file, text, articles, separate_source)
    aid = article_id or f"{len(articles):03d}_{sha[:16]}"
    if not _ID.match(aid):
        raise InputError(text_file, f"article id {aid!r} may hold only letters, digits, '_' and '-'")
    target = corpus / "articles" / f"{aid}.txt"
    if aid in articles:
        raise InputError(metadata, f"article {aid} already exists in articles.yaml: choose another id")
    # A text already sitting in articles/ with no entry (copied there by hand) is
    # adopted in place when it is this text; another text there is never overwritten.
    adopted = target.read_bytes() if target.exists() else None
    if adopted is not None and target.resolve() != text_file.resolve() \
            and split_header(read_text(target)[0])[1] != text:
        raise InputError(target, f"a different text is already at articles/{aid}.txt, with no entry in articles.yaml: "
                                 f"to add that file, run kg add-article {target} --id {aid}; else choose another id")
    entry = {"id": aid, "file": f"articles/{aid}.txt", "sha256": sha, "url": None, "publisher": None, "published": None}
    entry.update(_metadata(corpus, text_file, fields, publisher_from))
    if near is not None:  # recorded only where it decides something: kg ingest and kg build read it
        entry["separate_source"] = True

    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, text.encode("utf-8"))
    try:
        # The entry is appended (the file's comments and order stay); the
        # whole file is replaced at once, so a crash leaves the old list or the new one.
        block = _yaml_block([entry])
        before = metadata.read_bytes() if metadata.exists() else b""
        write_atomically(metadata, before + (b"\n" if before else b"") + block.encode("utf-8"))
    except BaseException:
        if adopted is None:
            target.unlink(missing_ok=True)
        else:
            write_atomically(target, adopted)
        raise
    unread = None
    if not entry.get("dateline"):  # a text that seems to have a dateline nobody recorded: said so, not left silent
        from kg.extract.text import dateline_unread

        unread = dateline_unread(text)
    return Added(entry, target, len(text), dateline_unread=unread, near_copy_of=near, publisher_unrecorded=unrecorded)
