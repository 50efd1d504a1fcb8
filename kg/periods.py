"""Dates and periods as analysts write them in claims files, read into XSD literals.

A date is a day, a month or a year (``2025-03-04``, ``2025-03``, ``2025``), typed
``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``. A period may also be an interval
written the ISO 8601 way, ``start/end`` (``2030-07/2031-06``), or a fiscal year
(``fiscal year 2030-31``, ``FY2030-31``, ``FY 2031``), whose exact first month the
source rarely gives: it is kept as the years it spans plus the wording.

Values may arrive from YAML as strings, integers or ``datetime.date`` objects; all are
accepted, so the result does not depend on the YAML schema the loader uses.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import XSD

_FISCAL = re.compile(r"^(?:fiscal\s+year|fy)\s*(\d{4})(?:\s*[-/–]\s*(\d{2}|\d{4}))?$", re.IGNORECASE)


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
    """
    if isinstance(value, (dt.date, int)) and not isinstance(value, bool):
        lit = parse_date(value)
        return Period(lit) if lit is not None else None
    text = " ".join(str(value).split())
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
