"""Dates and periods as analysts write them in claims files, read into XSD literals.

A date is a day, a month or a year (``2025-03-04``, ``2025-03``, ``2025``), typed
``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``. A period may also be an interval
written the ISO 8601 way, ``start/end`` (``2030-07/2031-06``), a season or part of
a year (``autumn 2023``, ``early 2024``, ``Q3 2024``), a decade or a part of one (``the
2030s``, ``the early 2030s``), a third of a month (``early
March 2023``: 1-10, ``mid-December 2024``: 11-20, ``late May 2025``: 21 to the end), or a fiscal year
(``fiscal year 2030-31``, ``FY2030-31``, ``FY 2031``), whose exact first month the
source rarely gives: it is kept as the years it spans plus the wording.

Values may arrive from YAML as strings, integers or ``datetime.date`` objects; all are
accepted, so the result does not depend on the YAML schema the loader uses.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

import pyoxigraph as ox
from text_to_num import text2num

from kg.namespaces import GKG, XSD

#: Vague parts of a year as news names them, as (first month, last month); a last month
#: past 12 runs into the next year. Seasons are the meteorological ones of the northern
#: hemisphere (autumn is September to November); 'early', 'mid' and 'late' are thirds.
_PARTS = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
    "early": (1, 4), "mid": (5, 8), "late": (9, 12),
    "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
    "first half of": (1, 6), "second half of": (7, 12), "h1": (1, 6), "h2": (7, 12),
}
_PART = re.compile(rf"^(?:the\s+)?({'|'.join(sorted(_PARTS, key=len, reverse=True))})(?:\s+of|-)?\s*(\d{{4}})$", re.IGNORECASE)
#: Thirds of a month as news names them ('early March', 'mid-December', 'late May'), as
#: (first day, last day); a last day past the month's end is its end.
_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_PART = re.compile(rf"^(early|mid|late)[-\s]+({'|'.join(_MONTHS)})\s+(\d{{4}})$", re.IGNORECASE)
#: A decade ('the 2030s') or a part of one ('the early 2030s', 'mid-2030s', 'late
#: 2030s'), as (first year, last year) counted from the decade's first: four, three and
#: three years, as news uses them (the mid-2030s are about 2034 to 2036).
_DECADE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_DECADE = re.compile(r"^(?:the\s+)?(?:(early|mid|late)[-\s]+)?(\d{3}0)s$", re.IGNORECASE)
_DURATION_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "TH", "minute": "TM", "second": "TS"}
#: A number (digits or English words, read by text2num) and a unit, after an optional
#: word that makes it approximate ('about three hours').
_DURATION = re.compile(r"^(?:(about|around|approximately|roughly|some|nearly|almost)\s+)?"
                       r"(\d+|[a-z]+(?:[\s-][a-z]+)*?)[\s-]*(decade|year|month|week|day|hour|minute|second)s?$", re.IGNORECASE)
#: A length with a half ('four and a half years', 'two and a half days',
#: 'half an hour', 'half a day'): only units whose half is a whole number of the next
#: smaller one (a year: 6 months; a day: 12 hours; an hour: 30 minutes).
_HALF = re.compile(r"^(?:(about|around|approximately|roughly|some|nearly|almost)\s+)?(?:half\s+an?|(\d+|[a-z]+(?:[\s-][a-z]+)*?)\s+and\s+a\s+half)"
                   r"\s+(year|day|hour)s?$", re.IGNORECASE)
#: The same with the unit before the half ('an hour and a half', 'a year and a half',
#: 'two years and a half'): rewritten as the form above before it is read.
_UNIT_THEN_HALF = re.compile(r"^((?:(?:about|around|approximately|roughly|some|nearly|almost)\s+)?)(\d+|[a-z]+(?:[\s-][a-z]+)*?)\s+"
                             r"(year|day|hour)s?\s+and\s+a\s+half$", re.IGNORECASE)
_ISO_DURATION = re.compile(r"^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$")

_FISCAL = re.compile(r"^(?:fiscal\s+year|fy)\s*(\d{4})(?:\s*[-/–]\s*(\d{2}|\d{4}))?$", re.IGNORECASE)


#: Dates written out in English, as an article gives them, that name one day or month
#: without ambiguity (never 03/04/2031, which is March or April by convention).
_WRITTEN_DATES = (("%d %B %Y", 10), ("%B %d, %Y", 10), ("%B %d %Y", 10), ("%d %b %Y", 10), ("%b %d, %Y", 10),
                  ("%d %B, %Y", 10), ("%B %Y", 7), ("%b %Y", 7))
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")


def written_date_as_iso(value) -> str | None:
    """The ISO 8601 form of a date written out in English ('4 March 2031' gives
    '2031-03-04', 'March 2031' gives '2031-03'), for a message that says what to write
    instead; None for anything else, numeric forms such as 03/04/2031 included (their
    day and month order varies by country).

    >>> written_date_as_iso("4 March 2031"), written_date_as_iso("Sept 2024"), written_date_as_iso("03/04/2031")
    ('2031-03-04', '2024-09', None)
    """
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", " ".join(str(value).split()))
    text = re.sub(r"\bsept\b", "sep", text, flags=re.IGNORECASE)
    for fmt, width in _WRITTEN_DATES:
        try:
            # strptime reads month names by the C locale's English ones, which Python sets by default.
            return dt.datetime.strptime(text, fmt).date().isoformat()[:width]
        except ValueError:
            continue
    return None


def parse_date(value) -> ox.Literal | None:
    """A date value as a typed literal: YYYY-MM-DD, YYYY-MM or YYYY; None if invalid.
    Year 0000 is refused in every form: XML Schema 1.0, which SPARQL and OWL tools
    follow, has no year zero.

    >>> parse_date("2021-02").datatype.value.rsplit("#")[1]
    'gYearMonth'
    >>> parse_date(2030).value
    '2030'
    >>> parse_date("2021-13") is None
    True
    >>> parse_date("0000-05") is None
    True
    """
    if isinstance(value, bool) or isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    text = str(value).strip()
    if text.startswith("0000"):
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            dt.date.fromisoformat(text)
            return ox.Literal(text, datatype=ox.NamedNode(XSD + "date"))
        if re.fullmatch(r"\d{4}-\d{2}", text) and 1 <= int(text[5:]) <= 12:
            return ox.Literal(text, datatype=ox.NamedNode(XSD + "gYearMonth"))
        if re.fullmatch(r"\d{4}", text):
            return ox.Literal(text, datatype=ox.NamedNode(XSD + "gYear"))
    except ValueError:
        return None
    return None


#: English month names and their abbreviations, as a date in words writes them.
_MONTH_WORD = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])", re.IGNORECASE)


def publication_day(value: str) -> dt.date | None:
    """The day of a publication date as a page or a wire header writes it, or None.

    Read: ISO 8601 (``2024-12-04``, or a date-time such as ``2024-12-04T10:32:00Z``:
    its date as written, not converted to another time zone), and a day written with its
    month's English name (``December 4, 2024``, ``Wed, 4 Dec 2024 10:32 GMT``,
    ``4 December 2024, 14:05 CET``), parsed by dateparser with day, month and year all
    required. Refused (None): all-numeric forms other than ISO (``04/12/2024`` is 4
    December in Britain and 12 April in the United States), a month or a year alone, and
    days off the calendar.

    >>> publication_day("December 4, 2024"), publication_day("2024-12-04T23:30:00-05:00")
    (datetime.date(2024, 12, 4), datetime.date(2024, 12, 4))
    >>> publication_day("04/12/2024") is None, publication_day("December 2024") is None
    (True, True)
    """
    text = value.strip()
    iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ]\S.*)?", text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1)) if not text.startswith("0000") else None
        except ValueError:
            return None
    if not _MONTH_WORD.search(text):
        return None
    import dateparser  # only for dates in words: its import costs about 0.3 s

    found = dateparser.parse(text, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False})
    return found.date() if found is not None else None


def date_problem(value) -> str | None:
    """What is wrong with a date written in ISO form that :func:`parse_period` refuses,
    for a message: a day or month off the calendar, year 0000, or an interval that ends
    before it starts; None when ``value`` is not of that form (or is valid).

    >>> date_problem("2025-02-30"), date_problem("2025-13"), date_problem("2025-05-01/2025-04-01")
    ('2025-02-30 is not a day of the calendar (2025-02 has 28 days)', '2025-13 has no month 13', '2025-05-01/2025-04-01 ends before it starts')
    """
    text = str(value).strip()
    if "/" in text:
        left, _, right = text.partition("/")
        parts = [date_problem(left), date_problem(right)]
        if any(parts):
            return next(filter(None, parts))
        start, end = parse_date(left), parse_date(right)
        if start is not None and end is not None and end.value[: len(start.value)] < start.value[: len(end.value)]:
            return f"{text} ends before it starts"
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", text):
        return None
    if text.startswith("0000"):
        return f"{text}: XML Schema 1.0 dates, which SPARQL and OWL tools follow, have no year 0000"
    month = int(text[5:7]) if len(text) >= 7 else 1
    if not 1 <= month <= 12:
        return f"{text} has no month {month}"
    if len(text) == 10 and parse_date(text) is None:
        days = (dt.date(int(text[:4]) + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        return f"{text} is not a day of the calendar ({text[:7]} has {days} days)"
    return None


@dataclass(frozen=True)
class Period:
    """A date, or an interval from ``start`` to ``end`` (both included) with the
    source's name for it (``label``, e.g. 'fiscal year 2030-31') where it has one."""

    start: ox.Literal
    end: ox.Literal | None = None
    label: str | None = None

    @property
    def is_interval(self) -> bool:
        return self.end is not None


def parse_period(value) -> Period | None:
    """A date or an interval; None when ``value`` is neither, or an interval ends
    before it starts.

    >>> p = parse_period("fiscal year 2030-31")
    >>> (p.start.value, p.end.value, p.label)
    ('2030', '2031', 'fiscal year 2030-31')
    >>> parse_period("2030-07/2031-06").end.value
    '2031-06'
    >>> parse_period("2025-03-04").is_interval
    False
    >>> parse_period("2031/2030") is None
    True
    >>> p = parse_period("autumn 2023")
    >>> (p.start.value, p.end.value, p.label)
    ('2023-09', '2023-11', 'autumn 2023')
    >>> parse_period("winter 2023").end.value
    '2024-02'
    >>> p = parse_period("mid-December 2024")
    >>> (p.start.value, p.end.value, p.label)
    ('2024-12-11', '2024-12-20', 'mid-December 2024')
    >>> parse_period("late February 2024").end.value
    '2024-02-29'
    >>> p = parse_period("the early 2030s")
    >>> (p.start.value, p.end.value, p.label)
    ('2030', '2033', 'the early 2030s')
    >>> parse_period("1990s").end.value
    '1999'
    """
    if isinstance(value, (dt.date, int)) and not isinstance(value, bool):
        lit = parse_date(value)
        return Period(lit) if lit is not None else None
    text = " ".join(str(value).split())
    m = _PART.match(text)
    if m:
        first, last = _PARTS[m.group(1).casefold()]
        year = int(m.group(2))
        start = parse_date(f"{year:04d}-{first:02d}")
        end = parse_date(f"{year + (last - 1) // 12:04d}-{(last - 1) % 12 + 1:02d}")
        return Period(start, end, text) if start is not None and end is not None else None
    m = _MONTH_PART.match(text)
    if m:
        first, last = _MONTH_THIRDS[m.group(1).casefold()]
        year, month = int(m.group(3)), _MONTHS.index(m.group(2).casefold()) + 1
        if year == 0:
            return None
        month_end = ((dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)).day
        start = parse_date(f"{year:04d}-{month:02d}-{first:02d}")
        end = parse_date(f"{year:04d}-{month:02d}-{min(last, month_end):02d}")
        return Period(start, end, text)
    m = _DECADE.match(text)
    if m and int(m.group(2)):
        first, last = _DECADE_PARTS[(m.group(1) or "").casefold()]
        decade = int(m.group(2))
        return Period(parse_date(decade + first), parse_date(decade + last), text)
    m = _FISCAL.match(text)
    if m:
        first = int(m.group(1))
        last = m.group(2)
        if last is None:
            # 'FY2031' names the fiscal year that ends in 2031 and may start in 2030.
            return Period(parse_date(first - 1), parse_date(first), text)
        last_year = int(last) if len(last) == 4 else (first // 100) * 100 + int(last)
        if last_year < first:
            last_year += 100  # FY1999-00
        if last_year - first != 1:
            return None
        return Period(parse_date(first), parse_date(last_year), text)
    if "/" in text:
        left, _, right = text.partition("/")
        start, end = parse_date(left), parse_date(right)
        if start is None or end is None or end.value[: len(start.value)] < start.value[: len(end.value)]:
            return None
        return Period(start, end)
    lit = parse_date(text)
    return Period(lit) if lit is not None else None


def parse_duration(value) -> ox.Literal | None:
    """A length of time as an ISO 8601 duration typed ``xsd:duration``: '27 years',
    '27-year', '10 days', 'three hours' (English number words, read by text2num), or
    the ISO form itself ('P27Y', 'PT3H'); None if it is neither. An approximating word
    ('about three hours') is allowed; :func:`duration_is_approximate` tells it.

    >>> parse_duration("27 years").value, parse_duration("P1Y6M").value, parse_duration("about three hours").value
    ('P27Y', 'P1Y6M', 'PT3H')
    >>> parse_duration("five weeks").value, parse_duration("P2W").value
    ('P35D', 'P14D')
    >>> parse_duration("an hour").value, parse_duration("four and a half years").value, parse_duration("half an hour").value
    ('PT1H', 'P4Y6M', 'PT30M')
    >>> parse_duration("4,015 seconds").value, parse_duration("PT4015S").value
    ('PT4015S', 'PT4015S')
    >>> parse_duration("three decades").value, parse_duration("about 3 decades").value
    ('P30Y', 'P30Y')
    >>> parse_duration("about an hour and a half").value, parse_duration("a year and a half").value
    ('PT1H30M', 'P1Y6M')
    >>> parse_duration("a week and a half") is None
    True
    >>> parse_duration("a while") is None
    True
    """
    if isinstance(value, bool) or not isinstance(value, str):
        return None
    text = _half_last(re.sub(r"(?<=\d),(?=\d{3}\b)", "", " ".join(value.split())))  # '4,015 seconds'
    half = _HALF.match(text)
    if half:
        # 'four and a half years', 'half an hour': the half in the next smaller unit.
        whole, unit = half.group(2), half.group(3).casefold()
        count = 0 if whole is None else _count_word(whole)
        if count is None:
            return None
        years, months, days, hours, minutes = {"year": (count, 6, 0, 0, 0), "day": (0, 0, count, 12, 0),
                                               "hour": (0, 0, 0, count, 30)}[unit]
        text = "P" + "".join(f"{n}{u}" for n, u in ((years, "Y"), (months, "M"), (days, "D")) if n)
        clock = "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M")) if n)
        text += f"T{clock}" if clock else ""
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "duration"))
    m = _DURATION.match(text)
    if m:
        number = m.group(2)
        if number.casefold() in ("a", "an"):
            number = "1"  # 'an hour', 'a year'
        if not number.isdigit():
            try:
                number = text2num(number.casefold(), "en")
            except ValueError:
                return None
        if m.group(3).casefold() == "decade":
            # 'three decades' is thirty years: xsd:duration has no decade.
            number, unit = 10 * int(number), "Y"
        else:
            unit = _DURATION_UNITS[m.group(3).casefold()]
        text = f"P{unit[0]}{int(number)}{unit[1]}" if unit.startswith("T") else f"P{int(number)}{unit}"
    # xsd:duration (XML Schema 1.1 Part 2, 3.3.6) has no week designator: weeks as days.
    text = re.sub(r"^P(\d+)W$", lambda w: f"P{7 * int(w.group(1))}D", text)
    if not _ISO_DURATION.match(text):
        return None
    return ox.Literal(text, datatype=ox.NamedNode(XSD + "duration"))


def _half_last(text: str) -> str:
    """'an hour and a half' as 'an and a half hours', the order :data:`_HALF` reads
    ('about a year and a half' keeps its 'about'); any other text unchanged."""
    m = _UNIT_THEN_HALF.match(text)
    return f"{m.group(1)}{m.group(2)} and a half {m.group(3)}s" if m else text


def _count_word(word: str) -> int | None:
    """A whole number in digits or English words ('4', 'four', 'a'), or None."""
    if word.isdigit():
        return int(word)
    if word.casefold() in ("a", "an"):
        return 1
    try:
        return text2num(word.casefold(), "en")
    except ValueError:
        return None


_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)?$")


def parse_time_of_day(value) -> ox.Literal | None:
    """A time of day, typed ``xsd:time`` (XML Schema 1.1 Part 2, section 3.3.8), with
    its offset from UTC where the article gives one: '08:00+03:00' for "8:00 a.m.
    Moscow time", '05:00Z' for "0500 GMT". A clock time the article gives without a
    zone ("at about 23:30") is the local time of the fact's place; it is kept without
    a timezone, which xsd:time allows (the timezone is optional), so that no offset is
    invented for it: with the fact's date it names a local hour, not one instant.
    None for anything else (24-hour overflow, '8 am', words around the time).

    >>> parse_time_of_day("08:00+03:00").value, parse_time_of_day("05:00Z").value
    ('08:00:00+03:00', '05:00:00Z')
    >>> parse_time_of_day("23:30").value
    '23:30:00'
    >>> parse_time_of_day("25:00Z") is None, parse_time_of_day("8 am") is None
    (True, True)
    """
    if isinstance(value, bool) or not isinstance(value, str):
        return None
    m = _TIME.match(value.strip())
    if not m:
        return None
    hours, minutes, seconds, offset = m.groups()
    return ox.Literal(f"{hours}:{minutes}:{seconds or '00'}{offset or ''}", datatype=ox.NamedNode(XSD + "time"))


def duration_is_approximate(value) -> bool:
    """Whether a duration is written as approximate: 'about three hours'.

    >>> duration_is_approximate("about three hours"), duration_is_approximate("3 hours")
    (True, False)
    """
    m = _DURATION.match(_half_last(" ".join(value.split()))) if isinstance(value, str) else None
    return bool(m and m.group(1))


#: Words that bound a duration, and which bound they give: 'more than six hours' is a
#: lower bound (the delay exceeds it), 'within days' or 'up to 7 days' an upper one.
_DURATION_BOUNDS = {"more than": "min", "over": "min", "at least": "min", "longer than": "min",
                    "up to": "max", "within": "max", "less than": "max", "under": "max", "at most": "max",
                    # 'within a maximum of 50 days' (a constitution's words), 'no more than', 'a minimum of'
                    "within a maximum of": "max", "a maximum of": "max", "no more than": "max", "not more than": "max",
                    "a minimum of": "min", "no less than": "min", "not less than": "min"}
_BOUNDED_DURATION = re.compile(rf"^({'|'.join(sorted(_DURATION_BOUNDS, key=len, reverse=True))})\s+(.+)$", re.IGNORECASE)
#: A count of units the source does not give ('within days', 'hours later') is read as
#: fewer than the next larger unit: minutes under an hour, hours under a day, days under
#: a week, weeks under a month, months under a year. A convention of this tool, stated in corpus/CLAIMS.md.
#: A range of lengths in one unit: '18 to 24 months', '18-24 months', 'between two and three years'.
_DURATION_RANGE = re.compile(r"^(?:between\s+)?(\w+)\s*(?:to|-|–|and)\s*(\w+)\s+([a-z]+)$", re.IGNORECASE)
_UNCOUNTED = {"minutes": "PT1H", "hours": "P1D", "days": "P7D", "weeks": "P1M", "months": "P1Y"}
#: A count the source leaves vague ('several years', 'a few months', 'a couple of
#: weeks') under a bound: 'within several years' is at most fewer than the next larger
#: unit, as :data:`_UNCOUNTED` reads 'within days' (years: under a decade, decades:
#: under a century, as :data:`_UNIT_PLURALS`); 'more than a few days' at least two
#: (:data:`_AT_LEAST_TWO`). 'Many' gives no bound ('many years' may be fifty).
_VAGUE_COUNT = re.compile(r"^(?:several|a\s+few|a\s+couple\s+of|some)\s+(minutes|hours|days|weeks|months|years|decades)$",
                          re.IGNORECASE)
_VAGUE_COUNT_MOST = {**_UNCOUNTED, "years": "P10Y", "decades": "P99Y"}
#: The plural of a long unit with no count ('for decades') is read as vague amounts are
#: (kg.quantities.MAGNITUDES: 'hundreds' is 200 to 999): at least two of the unit and
#: fewer than the next larger one, so 'decades' is 20 to 99 years. Marked approximate
#: by the words kept beside the bounds.
_UNIT_PLURALS = {"decades": ("P20Y", "P99Y"), "centuries": ("P200Y", "P999Y")}
#: 'For years', 'for months': the plural of a unit with no count and no bound word is
#: at least two of the unit, with no upper bound (years of mediation may be twenty).
_AT_LEAST_TWO = {"years": "P2Y", "months": "P2M", "weeks": "P14D", "days": "P2D", "hours": "PT2H"}
#: Lengths in words with no figure at all ('long a mediator', 'for some time'), and
#: short delays in words ('shortly after', 'moments after', 'soon after', 'immediately
#: after'): kept as the words only, neither bound invented.
_VAGUE_LENGTH = re.compile(r"^(?:for\s+)?(?:long|a long time|long-standing|longstanding|some time|a short time|"
                           r"brief|briefly|short|lengthy|prolonged|protracted|a while|years on end|"
                           # 'several hours', 'a few days', 'many years': a count the source does not give
                           r"(?:many|several|a\s+few|a\s+couple\s+of|some)\s+(?:minutes|hours|days|weeks|months|years|decades)|"
                           r"shortly|soon|moments|a moment|a short while|a little while|not long|"
                           r"immediately|at once|right away|without delay)$",
                           re.IGNORECASE)


#: On the same day as the fact it is counted from, earlier or later ('later that day',
#: 'earlier that day', 'the same day'): at most no whole day, the words kept.
_SAME_DAY = re.compile(r"^(?:(?:later|earlier)\s+)?(?:on\s+)?(?:that|the\s+same)\s+day$|^same\s+day$", re.IGNORECASE)
#: A night next to the fact it is counted from ('decided overnight' before a signing, 'a
#: night', 'the night before', 'the previous evening'): the night runs across the change
#: of day, so at most one day, the words kept. (The day before is 'a day', exactly one.)
_OVERNIGHT = re.compile(r"^(?:overnight|(?:a|one)\s+night|(?:on\s+)?the\s+(?:night|evening)\s+(?:before|after)|"
                        r"(?:on\s+)?the\s+(?:previous|preceding|next|following)\s+(?:night|evening))$", re.IGNORECASE)


#: The day next to the fact it is counted from ('the next day', 'the following day', 'the
#: day before'): exactly one day, the words kept.
_NEXT_DAY = re.compile(r"^(?:on\s+)?the\s+(?:next|following|previous|preceding)\s+day$|^the\s+day\s+(?:after|before)$",
                       re.IGNORECASE)


#: A count of working days ('within ten working days', '5 business days'), bound or not.
_WORKING_DAYS = re.compile(rf"^(?:({'|'.join(sorted(_DURATION_BOUNDS, key=len, reverse=True))})\s+)?(\w+)\s+"
                           r"(?:working|business)\s+days?$", re.IGNORECASE)


def working_days_span(count: int) -> tuple[int, int]:
    """The fewest and most calendar days that ``count`` working days (Monday to Friday)
    can span, counted from the day after any start day: a run starting on a Sunday
    crosses the fewest weekends, one starting on a Friday the most. Public holidays,
    which differ by country and are not known here, can only lengthen it; the upper
    bound leaves them out.

    >>> working_days_span(10), working_days_span(1), working_days_span(6)
    ((12, 14), (1, 3), (8, 10))
    """
    return count + 2 * ((count - 1) // 5), count + 2 * math.ceil(count / 5)


@dataclass(frozen=True)
class DurationBounds:
    """A length of time the source gives as a bound or a range of lengths: ``least``
    and ``most`` are ``xsd:duration`` literals (either may be None), ``words`` the
    source's wording. 'more than six hours' has least PT6H and no most; 'within
    days' has most P7D (see :data:`_UNCOUNTED`); an exact '6 hours' has both PT6H."""

    least: ox.Literal | None
    most: ox.Literal | None
    words: str


def parse_duration_bounds(value) -> DurationBounds | None:
    """A duration with its bound, for delays and lengths the source bounds rather than
    states: 'more than six hours', 'at least 2 days', 'up to 10 years', 'within days',
    'decades' (P20Y to P99Y, see :data:`_UNIT_PLURALS`), a night ('overnight', 'the
    night before': at most P1D), 'for years' (at least P2Y,
    :data:`_AT_LEAST_TWO`), lengths and short delays in words without a figure ('long', 'for some time', 'shortly',
    :data:`_VAGUE_LENGTH`: neither bound, the words only),
    a range in one unit ('18 to 24 months', 'within 18 to 24 months': at most 24; a
    range whose first end is the longer is refused), or a plain duration (:func:`parse_duration`, both bounds equal). None if the words
    are none of these.

    >>> b = parse_duration_bounds("more than six hours")
    >>> (b.least.value, b.most)
    ('PT6H', None)
    >>> parse_duration_bounds("within days").most.value
    'P7D'
    >>> r = parse_duration_bounds("within 18 to 24 months")
    >>> (r.least, r.most.value)
    (None, 'P24M')
    >>> parse_duration_bounds("18-24 months").least.value
    'P18M'
    >>> d = parse_duration_bounds("decades")
    >>> (d.least.value, d.most.value)
    ('P20Y', 'P99Y')
    >>> y = parse_duration_bounds("for years")
    >>> (y.least.value, y.most)
    ('P2Y', None)
    >>> parse_duration_bounds("years").least.value
    'P2Y'
    >>> v = parse_duration_bounds("long")
    >>> (v.least, v.most, v.words)
    (None, None, 'long')
    >>> parse_duration_bounds("later that day").most.value
    'P0D'
    >>> n = parse_duration_bounds("overnight")
    >>> (n.least, n.most.value, n.words)
    (None, 'P1D', 'overnight')
    >>> d = parse_duration_bounds("the next day")
    >>> (d.least.value, d.most.value, d.words)
    ('P1D', 'P1D', 'the next day')
    >>> parse_duration_bounds("moments").words
    'moments'
    >>> parse_duration_bounds("several hours").words
    'several hours'
    >>> s = parse_duration_bounds("within several years")
    >>> (s.least, s.most.value, s.words)
    (None, 'P10Y', 'within several years')
    >>> parse_duration_bounds("within a few months").most.value, parse_duration_bounds("more than a few days").least.value
    ('P1Y', 'P2D')
    >>> parse_duration_bounds("within many years") is None
    True
    >>> parse_duration_bounds("yesterday") is None
    True
    >>> w = parse_duration_bounds("within ten working days")
    >>> (w.least, w.most.value, w.words)
    (None, 'P14D', 'within ten working days')

    Working days are counted in calendar days (:func:`working_days_span`): ten of
    them are 12 to 14 days, the words kept.
    """
    if isinstance(value, bool) or not isinstance(value, str):
        return None
    text = " ".join(value.split())
    working = _WORKING_DAYS.match(text)
    if working:
        count = _count_word(working.group(2))
        if not count:
            return None
        bound = _DURATION_BOUNDS[working.group(1).casefold()] if working.group(1) else None
        least, most = (ox.Literal(f"P{n}D", datatype=ox.NamedNode(XSD + "duration")) for n in working_days_span(count))
        return DurationBounds(least if bound != "max" else None, most if bound != "min" else None, text)
    if _SAME_DAY.match(text):
        return DurationBounds(None, ox.Literal("P0D", datatype=ox.NamedNode(XSD + "duration")), text)
    if _NEXT_DAY.match(text):
        day = ox.Literal("P1D", datatype=ox.NamedNode(XSD + "duration"))
        return DurationBounds(day, day, text)
    if _OVERNIGHT.match(text):
        return DurationBounds(None, ox.Literal("P1D", datatype=ox.NamedNode(XSD + "duration")), text)
    if _VAGUE_LENGTH.match(text):
        return DurationBounds(None, None, text)
    # 'for years'; 'in years' as 'the first such engagement in years' says it: the span since.
    # 'Years' alone ('could take years') is the same; a bare smaller unit ('days') is not:
    # it reads as a window below the next unit (:data:`_UNCOUNTED`).
    plural = re.match(r"^(?:(for|in)\s+)?(\w+)$", text, re.IGNORECASE)
    if plural and plural.group(2).casefold() in _AT_LEAST_TWO and (plural.group(1) or plural.group(2).casefold() not in _UNCOUNTED):
        return DurationBounds(ox.Literal(_AT_LEAST_TWO[plural.group(2).casefold()], datatype=ox.NamedNode(XSD + "duration")),
                              None, text)
    m = _BOUNDED_DURATION.match(text)
    bound, rest = (_DURATION_BOUNDS[m.group(1).casefold()], m.group(2)) if m else (None, text)
    if rest.casefold().startswith(("for ", "in ")) and rest.split(" ", 1)[1].casefold() in _UNIT_PLURALS:
        rest = rest.split(" ", 1)[1]  # 'for decades' (or 'in decades') is 'decades'
    if rest.casefold() in _UNIT_PLURALS:
        least, most = (ox.Literal(v, datatype=ox.NamedNode(XSD + "duration")) for v in _UNIT_PLURALS[rest.casefold()])
        return DurationBounds(least if bound != "max" else None, most if bound != "min" else None, text)
    vague = _VAGUE_COUNT.match(rest)
    if vague and bound is not None:
        unit = vague.group(1).casefold()
        figure = _VAGUE_COUNT_MOST.get(unit) if bound == "max" else _AT_LEAST_TWO.get(unit, _UNIT_PLURALS.get(unit, (None,))[0])
        if figure is None:
            return None
        length = ox.Literal(figure, datatype=ox.NamedNode(XSD + "duration"))
        return DurationBounds(length if bound == "min" else None, length if bound == "max" else None, text)
    if rest.casefold() in _UNCOUNTED and bound != "min":
        return DurationBounds(None, ox.Literal(_UNCOUNTED[rest.casefold()], datatype=ox.NamedNode(XSD + "duration")), text)
    span = _DURATION_RANGE.match(rest)
    if span and bound in (None, "max"):
        # '18 to 24 months': both ends in the unit of the second; 'within 18 to 24
        # months' bounds only the greatest, as 'within' does.
        low, high = parse_duration(f"{span.group(1)} {span.group(3)}"), parse_duration(f"{span.group(2)} {span.group(3)}")
        if low is not None and high is not None:
            # '24 to 18 months' is a slip, not a range: refused rather than reordered.
            day = dt.date(2000, 1, 1)
            if add_duration(day, low.value) > add_duration(day, high.value):
                return None
            return DurationBounds(low if bound is None else None, high, text)
    length = parse_duration(rest)
    if length is None:
        return None
    return DurationBounds(length if bound != "max" else None, length if bound != "min" else None, text)


def add_duration(day: dt.date, duration: str, later: bool = True) -> dt.date:
    """``day`` moved by an ISO 8601 duration of whole units (P1Y2M, P7D, PT6H), later
    or earlier; hours and minutes are whole days rounded down, since the graph dates
    facts to the day. Months past a short month's end land on its last day.

    >>> add_duration(dt.date(2022, 2, 1), "P7D"), add_duration(dt.date(2024, 1, 31), "P1M")
    (datetime.date(2022, 2, 8), datetime.date(2024, 2, 29))
    """
    sign = 1 if later else -1
    parts = dict((u, int(n)) for n, u in re.findall(r"(\d+)([YMWDH])", duration.split("T")[0]))
    hours = sum(int(n) for n, u in re.findall(r"(\d+)([H])", duration.split("T")[1])) if "T" in duration else 0
    months = day.month - 1 + sign * (12 * parts.get("Y", 0) + parts.get("M", 0))
    year, month = day.year + months // 12, months % 12 + 1
    last = ((dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)).day
    moved = dt.date(year, month, min(day.day, last))
    return moved + sign * dt.timedelta(days=7 * parts.get("W", 0) + parts.get("D", 0) + hours // 24)


def first_day(lit: ox.Literal) -> dt.date:
    """The first day of a date, month or year literal (xsd:date, gYearMonth, gYear)."""
    v = lit.value
    return dt.date(int(v[:4]), int(v[5:7]) if len(v) >= 7 else 1, int(v[8:10]) if len(v) >= 10 else 1)


def last_day(lit: ox.Literal) -> dt.date:
    """The last day of a date, month or year literal (xsd:date, gYearMonth, gYear)."""
    v = lit.value
    if len(v) >= 10:
        return dt.date.fromisoformat(v[:10])
    year, month = int(v[:4]), int(v[5:7]) if len(v) >= 7 else 12
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


#: Periods named relative to the article's date, as (words, how to find the interval
#: from the publication date). 'Recent years' is read as the three calendar years
#: before the article's and its own, 'recent months' as the six months before and its
#: own: conventions of this tool (news gives no figure), stated in corpus/CLAIMS.md.
_RECENT_YEARS, _RECENT_MONTHS = 3, 6


def _month(day: dt.date, back: int) -> str:
    n = day.year * 12 + day.month - 1 - back
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


_RELATIVE = {
    "recent years": lambda d: (f"{d.year - _RECENT_YEARS:04d}", f"{d.year:04d}"),
    "recent months": lambda d: (_month(d, _RECENT_MONTHS), _month(d, 0)),
    "recent weeks": lambda d: ((d - dt.timedelta(weeks=6)).isoformat(), d.isoformat()),
    "recent days": lambda d: ((d - dt.timedelta(days=6)).isoformat(), d.isoformat()),
    "last year": lambda d: (f"{d.year - 1:04d}", None),
    "this year": lambda d: (f"{d.year:04d}", None),
    "earlier this year": lambda d: (f"{d.year:04d}-01", _month(d, 0)),
    "last month": lambda d: (_month(d, 1), None),
    "this month": lambda d: (_month(d, 0), None),
    "earlier this month": lambda d: (d.replace(day=1).isoformat(), d.isoformat()),
    "last week": lambda d: ((d - dt.timedelta(days=d.weekday() + 7)).isoformat(),
                            (d - dt.timedelta(days=d.weekday() + 1)).isoformat()),
    "yesterday": lambda d: ((d - dt.timedelta(days=1)).isoformat(), None),
}
_RELATIVE_WORDS = re.compile(rf"^(?:in\s+|over\s+|during\s+)?(?:the\s+)?({'|'.join(sorted(_RELATIVE, key=len, reverse=True))})$",
                             re.IGNORECASE)
#: A span counted back from the article's date ('in the past two years', 'over the last
#: six months', 'in the past two decades', 'over the past decade'): from the same day
#: that many units earlier to the publication date. A decade is ten years (xsd:duration
#: has no decade); it alone is read without a count ('the past decade'), since 'the
#: last year' and 'the last month' name calendar ones (:data:`_RELATIVE`).
_PAST_SPAN = re.compile(r"^(?:in\s+|over\s+|during\s+|within\s+)?the\s+(?:past|last|previous)\s+"
                        r"(?:(\w+)\s+(years?|months?|weeks?|days?|decades)|(decade))$", re.IGNORECASE)
_SPAN_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y"}


def parse_relative_period(value, published: dt.date | None) -> Period | None:
    """A period named relative to the article's publication date ('in recent years',
    'last year', 'earlier this month'), resolved against ``published`` into a date or
    an interval (of one year or month for 'last year', 'last month'), with the words
    kept as its label. None when the words are not one of
    :data:`_RELATIVE` or the article has no date.

    >>> p = parse_relative_period("in recent years", dt.date(2025, 1, 1))
    >>> (p.start.value, p.end.value, p.label)
    ('2022', '2025', 'in recent years')
    >>> parse_relative_period("last year", dt.date(2025, 1, 1)).start.value
    '2024'
    >>> p = parse_relative_period("in the past two years", dt.date(2023, 4, 28))
    >>> (p.start.value, p.end.value, p.label)
    ('2021-04-28', '2023-04-28', 'in the past two years')
    >>> p = parse_relative_period("in the past two decades", dt.date(2024, 8, 7))
    >>> (p.start.value, p.end.value, p.label)
    ('2004-08-07', '2024-08-07', 'in the past two decades')
    """
    if published is None or not isinstance(value, str):
        return None
    text = " ".join(value.split())
    span = _PAST_SPAN.match(text)
    count = (_count_word(span.group(1)) if span.group(1) else 1) if span else None
    if count:
        word = (span.group(2) or span.group(3)).casefold().rstrip("s")
        unit = _SPAN_UNITS[word]
        count *= 10 if word == "decade" else 1
        days = count * 7 if unit == "W" else None
        back = (published - dt.timedelta(days=days) if days is not None
                else add_duration(published, f"P{count}{unit}", later=False))
        return Period(parse_date(back.isoformat()), parse_date(published.isoformat()), text)
    m = _RELATIVE_WORDS.match(text)
    if not m:
        return None
    start, end = _RELATIVE[m.group(1).casefold()](published)
    # Always an interval, even of one year or month, so that the words are kept beside it.
    return Period(parse_date(start), parse_date(end or start), text)


#: A span ahead of the article's date with an upper bound only: 'within days', 'within
#: two weeks', 'in the coming days'.
_AHEAD = re.compile(r"^(?:within\s+(.+)|in\s+the\s+(?:coming|next)\s+(minutes|hours|days|weeks|months))$", re.IGNORECASE)
#: At once, from the article's day: 'should resign immediately', 'called for an immediate ceasefire'.
_AT_ONCE = re.compile(r"^(?:immediately|at once|right away|without delay)$", re.IGNORECASE)
#: A calendar unit after the day it was said, or the rest of its own: 'will meet next week'
#: (Monday to Sunday of the following ISO 8601 week), 'next month', 'next year', 'tomorrow',
#: 'later this week' (from the day to its Sunday), 'later this month', 'later this year'.
#: Words -> (first day, last day) from that day.
_NEXT = {
    "next week": lambda d: (d + dt.timedelta(days=7 - d.weekday()), d + dt.timedelta(days=13 - d.weekday())),
    "next month": lambda d: (last_day(ox.Literal(_month(d, 0), datatype=ox.NamedNode(XSD + "gYearMonth"))) + dt.timedelta(days=1),
                             last_day(ox.Literal(_month(d, -1), datatype=ox.NamedNode(XSD + "gYearMonth")))),
    "next year": lambda d: (dt.date(d.year + 1, 1, 1), dt.date(d.year + 1, 12, 31)),
    "tomorrow": lambda d: (d + dt.timedelta(days=1), d + dt.timedelta(days=1)),
    "later this week": lambda d: (d, d + dt.timedelta(days=6 - d.weekday())),
    "later this month": lambda d: (d, last_day(ox.Literal(_month(d, 0), datatype=ox.NamedNode(XSD + "gYearMonth")))),
    "later this year": lambda d: (d, dt.date(d.year, 12, 31)),
}


def parse_period_ahead(value, published: dt.date | None) -> Period | None:
    """A period from the article's date to the latest day a bounded delay allows,
    for an act the article expects 'within days' or 'in the coming weeks' and dates
    no other way: from ``published`` to ``published`` plus the delay's upper bound
    (:func:`parse_duration_bounds`: 'within days' is under a week), the words kept as
    the label; 'immediately' ('at once', 'right away', 'without delay': an act asked
    for or promised at once) is the article's day alone, with its words; 'next week',
    'next month', 'tomorrow', 'later this year' (:data:`_NEXT`) the days of that unit. None when the words are no such span or the article has no date.
    Unlike :func:`parse_relative_period`, not read under ``deadline`` where a window
    counted from the fact itself fits ('48 hours to leave').

    >>> p = parse_period_ahead("within days", dt.date(2025, 6, 28))
    >>> (p.start.value, p.end.value, p.label)
    ('2025-06-28', '2025-07-05', 'within days')
    >>> parse_period_ahead("within ten working days", dt.date(2024, 3, 28)).end.value
    '2024-04-11'
    >>> parse_period_ahead("within 2024", dt.date(2024, 3, 28)) is None
    True
    >>> n = parse_period_ahead("immediately", dt.date(2025, 5, 6))
    >>> (n.start.value, n.end.value, n.label)
    ('2025-05-06', '2025-05-06', 'immediately')

    A calendar unit after that day, or the rest of its own (:data:`_NEXT`): 'next week'
    said on a Wednesday is the Monday to Sunday after it.

    >>> w = parse_period_ahead("next week", dt.date(2025, 3, 5))
    >>> (w.start.value, w.end.value, w.label)
    ('2025-03-10', '2025-03-16', 'next week')
    >>> m = parse_period_ahead("Next month", dt.date(2025, 12, 15))
    >>> (m.start.value, m.end.value)
    ('2026-01-01', '2026-01-31')
    """
    if published is None or not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if _AT_ONCE.match(text):
        return Period(parse_date(published.isoformat()), parse_date(published.isoformat()), text)
    if text.casefold() in _NEXT:
        first, last = _NEXT[text.casefold()](published)
        return Period(parse_date(first.isoformat()), parse_date(last.isoformat()), text)
    m = _AHEAD.match(text)
    if not m:
        return None
    bounds = parse_duration_bounds(f"within {m.group(1) or m.group(2)}")
    if bounds is None or bounds.most is None:
        return None
    end = add_duration(published, bounds.most.value)
    return Period(parse_date(published.isoformat()), parse_date(end.isoformat()), text)


def is_relative_period(value) -> bool:
    """Whether ``value`` names a period relative to the article's date ('last year',
    'in the past two years')."""
    text = " ".join(value.split()) if isinstance(value, str) else ""
    return bool(_RELATIVE_WORDS.match(text) or _PAST_SPAN.match(text))


#: A day ahead of the article that the source gives in words with no bound: 'expected
#: the crew to be released soon'. Read as on or after the publication date, no latest
#: day invented; the words are kept. 'Immediately' is the article's day
#: (:func:`parse_period_ahead`).
_SOON = re.compile(r"^(?:soon|very soon|shortly|forthwith|promptly)$", re.IGNORECASE)


def is_soon(value) -> bool:
    """Whether ``value`` is a date word with no bound ahead of the article ('soon',
    'shortly'; :data:`_SOON`).

    >>> is_soon("soon"), is_soon(" Shortly "), is_soon("immediately"), is_soon("within days")
    (True, True, False, False)
    """
    return isinstance(value, str) and bool(_SOON.match(" ".join(value.split())))


#: The modalities that present a fact as done (corpus/CLAIMS.md, "Keys of a claim":
#: ``asserted``, and ``reported``, "for an act done"); a fact so presented cannot have
#: happened after the article that reports it.
DONE_MODALITIES = (GKG + "Asserted", GKG + "Reported")
#: Days a fact may fall after its article's publication day and still be told as done:
#: time zones (an article of Washington's evening reports Tokyo's next morning).
ZONE_DAYS = 1


def after_publication(day: dt.date, published: dt.date, inferred: bool = False) -> str | None:
    """How sure it is that a fact presented as done (:data:`DONE_MODALITIES`), whose
    first possible day is ``day``, is misdated in an article published on ``published``:
    ``"wrong"`` when it falls more than :data:`ZONE_DAYS` after a publication date the
    article states; ``"suspicious"`` when it falls within that day (time zones), or
    after a publication date that was only inferred (``inferred``: the article's date
    may be the error); None when it falls on or before the publication day. Dates
    long past (a treaty of 1854) are never doubted: news recalls history.

    >>> p = dt.date(2025, 4, 16)
    >>> after_publication(dt.date(2031, 4, 15), p), after_publication(dt.date(2025, 4, 17), p)
    ('wrong', 'suspicious')
    >>> after_publication(dt.date(2031, 4, 15), p, inferred=True), after_publication(dt.date(1854, 4, 15), p)
    ('suspicious', None)
    """
    days = (day - published).days
    if days <= 0:
        return None
    return "wrong" if days > ZONE_DAYS and not inferred else "suspicious"


def done_date_after_publication(values, modality: str, polarity: str | None, published: dt.date | None,
                                inferred: bool = False) -> tuple[str, str] | None:
    """(verdict of :func:`after_publication`, the date as written) for a claim whose
    ``date`` (among ``values``: (key with a ``name``, RDF term) pairs; a day, month or
    year literal, counted from its first day) falls after its article's publication
    day ``published`` while its ``modality`` (IRI) presents the fact as done and its
    ``polarity`` (IRI or None) does not deny it; None otherwise, and for an undated
    article. Only the fact's own ``date`` is weighed: a start, end or deadline may lie
    ahead of a fact that is done (a deal signed whose supplies begin in 2026)."""
    if published is None or modality not in DONE_MODALITIES or (polarity or "").endswith("#Negative"):
        return None
    for key, term in values:
        if key.name == "date" and isinstance(term, ox.Literal) and term.datatype.value in (
                XSD + "date", XSD + "gYearMonth", XSD + "gYear"):
            try:
                verdict = after_publication(first_day(term), published, inferred)
            except ValueError:
                return None
            return (verdict, term.value) if verdict else None
    return None


#: Years after its article's publication beyond which a fact's date is implausible: the
#: longest horizons news states as plans or targets are some 45 years ahead (net-zero
#: pledges for 2060 and 2070 in articles of the 2020s; the UN's 2030 and the EU's 2050
#: targets fall well within), so a date further ahead is more likely a number read as a
#: year (resolution 2790, a budget of 2,500) than a plan. A rule of thumb, not a source's.
FAR_AHEAD_YEARS = 50
#: The earliest year a fact's date plausibly has: the facts this graph holds are of the
#: modern state system (states, treaties, votes and offices of the 19th century onward),
#: so an earlier date is more likely a resolution or article number (resolution 1701)
#: than history. A rule of thumb, not a source's; history older than this warns, and the
#: analyst may keep it.
EARLIEST_YEAR = 1800
#: The keys whose value dates the fact itself, weighed by :func:`implausible_dates`.
FACT_DATE_KEYS = ("date", "startDate", "endDate")


def implausible_dates(values, published: dt.date | None) -> list[tuple[str, str, str]]:
    """(key, the date as written, why) for each of the fact's own dates among ``values``
    ((key with a ``name``, RDF term) pairs; keys :data:`FACT_DATE_KEYS`, a day, month or
    year literal) that lies more than :data:`FAR_AHEAD_YEARS` years after its article's
    publication day ``published`` (whatever the modality: a plan 765 years ahead is as
    unlikely as a deed), or before :data:`EARLIEST_YEAR`; [] when none does. ``why``
    reads "765 years after" or "before 1800". Suspicious, not refused: the caller warns.

    >>> from kg.ontology import Key
    >>> k = Key("date", "", "date", None)
    >>> implausible_dates([(k, ox.Literal("2790", datatype=ox.NamedNode(XSD + "gYear")))], dt.date(2025, 8, 28))
    [('date', '2790', '765 years after')]
    >>> implausible_dates([(k, ox.Literal("2070", datatype=ox.NamedNode(XSD + "gYear")))], dt.date(2025, 8, 28))
    []
    """
    out = []
    for key, term in values:
        if key.name not in FACT_DATE_KEYS or not isinstance(term, ox.Literal) or term.datatype.value not in (
                XSD + "date", XSD + "gYearMonth", XSD + "gYear"):
            continue
        try:
            day = first_day(term)
        except ValueError:
            continue
        if day.year < EARLIEST_YEAR:
            out.append((key.name, term.value, f"before {EARLIEST_YEAR}"))
        elif published is not None and day.year - published.year > FAR_AHEAD_YEARS:
            out.append((key.name, term.value, f"{day.year - published.year} years after"))
    return out


def far_date_words(why: str, published: dt.date | None) -> str:
    """The end of a warning for a date :func:`implausible_dates` found (``why`` as it
    gives it), naming the article's publication date ``published``: the same words for
    ``kg ingest`` and ``kg validate``."""
    on = published.isoformat() if published is not None else "undated"
    when = f"{why}, long before" if why.startswith("before") else why
    return (f"{when} the article's publication date ({on}): a number read as a year (a resolution or "
            f"article number)? Correct the date, or drop it if the text gives none")


def future_publication(published: dt.date | None, today: dt.date | None = None) -> int | None:
    """Days the publication date ``published`` lies after ``today`` (the machine's date
    by default) beyond :data:`ZONE_DAYS`, or None: an article cannot have been
    published yet, so a later date is a typo or a wrong clock. Suspicious, not refused:
    a fictional test corpus may be dated ahead on purpose."""
    if published is None:
        return None
    days = (published - (today or dt.date.today())).days
    return days if days > ZONE_DAYS else None
