"""Dates in article text ("on Tuesday", "yesterday", "last year", "next month", "in
February 2021", "May 9", "Oct 7") resolved against the article's publication date, at
the precision the words state: a day, a month or a year, written as the claims format
writes dates (``2025-03-04``, ``2025-03``, ``2025``).

Parsing is dateparser's (English only, no network): its ``period`` tells the
precision, its ``RELATIVE_BASE`` the day relative words count from. News convention:
a weekday or a month without a year is the most recent one on or before the
publication date unless the verb looks forward (``future=True``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateparser.date import DateDataParser

#: Words around a date expression that dateparser does not need.
_LEAD = re.compile(r"^(?:on|in|since|from|until|by|during|at|the|of|early|late|mid|earlier|later)\s+", re.I)
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
#: Expressions too vague to date a fact ("recent years", "the coming months", "this week" ...).
_VAGUE = re.compile(r"\b(years|months|weeks|days|decades?|century|recent|coming|past|ago|times?|era|"
                    r"season|summer|winter|spring|autumn|fall|week|weekend|today|tonight|now|"
                    r"quarter|half|fiscal|anniversary|end|beginning|start|age|old)\b", re.I)
_RELATIVE_MONTH = re.compile(rf"^({'|'.join(_MONTHS)})\.?\s+(last|this|next)\s+year$", re.I)
_LAST_MONTH = re.compile(rf"^(last|next)\s+({'|'.join(_MONTHS)})\.?$", re.I)
#: Dates written in full need no parser: "26 December 2023", "December 26, 2023", "December 2023".
_FULL = re.compile(rf"^(?:(\d{{1,2}})\s+({'|'.join(_MONTHS)})\.?|({'|'.join(_MONTHS)})\.?(?:\s+(\d{{1,2}}),?)?)"
                   r"\s+((?:1[89]|20)\d\d)$", re.I)


@functools.lru_cache(maxsize=8)
def _parser(base: dt.date, future: bool) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": [],
        "STRICT_PARSING": False,
    })


@functools.lru_cache(maxsize=4096)  # a pure function of its arguments; each fact of a sentence asks again
def resolve(words: str, published: dt.date | None, future: bool = False) -> str | None:
    """The date ``words`` state, as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (the precision
    of the words), or None when they are vague, need a publication date that is unknown,
    or do not parse.

    >>> resolve("on Tuesday", dt.date(2025, 3, 5))
    '2025-03-04'
    >>> resolve("in February 2021", None)
    '2021-02'
    >>> resolve("last year", dt.date(2025, 3, 5))
    '2024'
    >>> resolve("July last year", dt.date(2024, 10, 7))
    '2023-07'
    >>> resolve("last September", dt.date(2024, 5, 6))
    '2023-09'
    """
    text = " ".join(words.replace("\u2019", "'").split())
    while _LEAD.match(text):
        text = _LEAD.sub("", text, count=1)
    text = text.rstrip(".,;")
    if not text or _VAGUE.search(text):
        return None
    if re.fullmatch(r"(1[89]|20)\d\d", text):
        return text  # a year alone needs no base
    if re.fullmatch(r"\d{1,3}", text):
        return None  # "Duterte, 79,": an age the NER took for a date, which dateparser reads as 1979
    full = _FULL.match(text)
    if full:  # the common case of news copy, read without dateparser (the slow part of drafting)
        day, month = full.group(1) or full.group(4), full.group(2) or full.group(3)
        m = next(i for i, name in enumerate(_MONTHS) if month.lower().startswith(name[:3])) % 12 + 1
        if not day:
            return f"{full.group(5)}-{m:02d}"
        try:
            return dt.date(int(full.group(5)), m, int(day)).isoformat()
        except ValueError:
            return None  # "31 February 2024": no such day
    rel = _RELATIVE_MONTH.match(text)
    if rel:
        if published is None:
            return None
        year = published.year + {"last": -1, "this": 0, "next": 1}[rel.group(2).lower()]
        month = next(i for i, m in enumerate(_MONTHS) if rel.group(1).lower().startswith(m[:3])) % 12 + 1
        return f"{year:04d}-{month:02d}"
    last = _LAST_MONTH.match(text)
    if last:  # "last September": the latest September before the publication month; "next March" the first after
        if published is None:
            return None
        month = next(i for i, m in enumerate(_MONTHS) if last.group(2).lower().startswith(m[:3])) % 12 + 1
        if last.group(1).lower() == "last":
            year = published.year if month < published.month else published.year - 1
        else:
            year = published.year if month > published.month else published.year + 1
        return f"{year:04d}-{month:02d}"
    has_year = re.search(r"\b(1[89]|20)\d\d\b", text)
    if published is None and not has_year:
        return None
    base = published or dt.date(int(has_year.group(0)), 1, 1)
    if published and text.lower() == published.strftime("%A").lower():
        return published.isoformat()  # "on Wednesday" in Wednesday's paper: that day
    data = _parser(base, future).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj.date(), data.period
    if not future and published and not has_year and d > published and period == "day":
        return None  # a past event dated after the article: the parse went wrong
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if period == "day":
        return d.isoformat()
    return None
