"""Tabular results for people and for scripts: one place for every output format."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox

#: Result formats: a table for people (or its expanded display, one field a line, as
#: psql's ``\\x`` prints rows), JSON records (one object of plain values a row, as
#: sqlite-utils writes them) for scripts, and the W3C formats below.
FORMATS = ("table", "expanded", "json", "sparql-json", "xml", "csv", "tsv")


# C0 and C1 controls (ESC starts the terminal's escape sequences: colours, cursor
# moves, window titles, OSC 8 links), DEL, and the bidirectional overrides and isolates
# that reorder what a terminal shows (the "Trojan Source" characters, CVE-2021-42574).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: str) -> str:
    """``text`` with every control character, escape sequence introducer and bidi
    control shown as a Python-style escape (``\\x1b``, ``\\u202e``), so that data
    printed for a person cannot recolour, move or rewrite the terminal. Tab and line
    feed are kept. Machine formats (csv, tsv, json, xml) keep the data exact instead.

    >>> print(for_terminal("red \\x1b[31mflag"))
    red \\x1b[31mflag
    """
    return _UNSAFE.sub(lambda m: ascii(m.group())[1:-1], text)


#: Graph file extensions and the format each stands for (riot's names; Oxigraph's wider
#: table would also read .txt as N-Triples and .json as JSON-LD, which surprises). Here,
#: not in :mod:`kg.export`, so that a query's result format is chosen without loading
#: the exporter (gzip, logging).
GRAPH_EXTENSIONS = {".ttl": "turtle", ".trig": "trig", ".nt": "ntriples", ".nq": "nquads", ".jsonld": "jsonld",
                    ".rdf": "rdfxml", ".owl": "rdfxml"}

#: Result formats of the W3C, written by Oxigraph (``QuerySolutions.serialize``):
#: SPARQL 1.1 Query Results JSON and XML, and SPARQL 1.1 Query Results CSV and TSV.
W3C_FORMATS = {
    "sparql-json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
#: Other names of the result formats: arq's short names and the media types.
ALIASES = {
    "srj": "sparql-json", "application/sparql-results+json": "sparql-json",
    "srx": "xml", "sparql-xml": "xml", "application/sparql-results+xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}


def result_format(spec: str, allowed=FORMATS) -> str:
    """The name (one of ``allowed``) of a result format given by name, short name or
    media type, case-insensitively. Raises ValueError listing the accepted names.

    >>> result_format("application/sparql-results+json"), result_format("SRX")
    ('sparql-json', 'xml')
    """
    key = spec.strip().lower()
    name = ALIASES.get(key, key)
    if name not in allowed:
        others = [a for a, n in ALIASES.items() if n in allowed]
        raise ValueError(f"unknown format {spec!r}: use one of {', '.join([*allowed, *others])}")
    return name


def prefixed(iri: str) -> str:
    """An IRI as a prefixed name of :data:`kg.namespaces.PREFIXES` where one fits with a
    plain local name, else the IRI itself.

    >>> prefixed("https://w3id.org/geopolitics-kg/id/russia"), prefixed("http://example.org/x")
    ('id:russia', 'http://example.org/x')
    """
    from kg.namespaces import PREFIXES

    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    if best is None or not _LOCAL_NAME.fullmatch(iri[len(best):]):
        return iri
    return next(p for p, ns in PREFIXES.items() if ns == best) + ":" + iri[len(best):]


# Local names printed without escapes (a subset of Turtle's PN_LOCAL, so that what the
# table shows can be pasted into a query).
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_-]|[A-Za-z0-9_]")


def term_text(term) -> str:
    """A term as a person reads it: IRIs as prefixed names where a project prefix
    fits, literals as their plain value."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return prefixed(term.value)
    return str(term)


# One end of an ISO 8601 interval left open, as the canned queries build a date known
# only to lie after or before another ("2024-08-01/", "/2024-03-28"): a date standing alone,
# not part of an id ("talks-2024-08-01"), a closed interval ("2024-01/2024-10") or a path.
_OPEN_END = re.compile(r"(?<![\w/.-])(\d{4}(?:-\d{2}){0,2})/(?=$|[\s;,)])")
_OPEN_START = re.compile(r"(?:^|(?<=[\s(;,]))/(\d{4}(?:-\d{2}){0,2})(?![\w/.-])")


def readable_dates(text: str) -> str:
    """``text`` with each open interval of dates said in words: "2024-08-01/" (on or
    after that day, end unknown) as "after 2024-08-01", "/2024-03-28" as "before
    2024-03-28"; closed intervals, ids and figures are left as they are. Used for every
    result people read (the table, expanded and JSON records of ``kg query`` and the
    evidence browser's query pages); the W3C formats keep the ISO 8601 interval.

    >>> readable_dates("2024-08-01/ (after exchange-2024-08-01) / /2024-03-28; 2024-01/2024-10")
    'after 2024-08-01 (after exchange-2024-08-01) / before 2024-03-28; 2024-01/2024-10'
    """
    return _OPEN_START.sub(r"before \1", _OPEN_END.sub(r"after \1", text))


#: An ISO 8601 duration as the claims give one (kg/claims.py: "P27Y", "P8D", "PT3H").
_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")


#: Spans of years and months shorter than this many months are said in months.
MONTHS_UNDER = 24


def readable_duration(text: str) -> str:
    """An ISO 8601 duration in words ("P8D" -> "8 days", "P2Y6M" -> "2 years 6 months",
    "PT3H" -> "3 hours", ISO 8601-1 section 5.5.2); any other text unchanged (a value
    that only looks like one, "P" alone, stays as it is). A span of years and months
    shorter than :data:`MONTHS_UNDER` months is said in months, as texts give such spans
    ("a final 19 months", "18 months"): the store keeps an ``xsd:duration`` in its
    canonical form, which turns "P19M" into "P1Y7M", so the months the text gave would
    otherwise read as "1 year 7 months".

    >>> readable_duration("P1Y7M"), readable_duration("P2Y6M"), readable_duration("P1Y"), readable_duration("PT3H")
    ('19 months', '2 years 6 months', '1 year', '3 hours')
    >>> readable_duration("P")
    'P'
    """
    found = _DURATION.fullmatch(text)
    if not found or not any(found.groups()):
        return text
    years, months, *rest = found.groups()
    if years and months and not any(rest) and int(years) * 12 + int(months) < MONTHS_UNDER:
        return f"{int(years) * 12 + int(months)} months"
    return " ".join(f"{n} {unit}{'' if n == '1' else 's'}"
                    for n, unit in zip(found.groups(), _DURATION_UNITS) if n is not None)


def period_words(duration: str, per: bool = True) -> str:
    """The period a figure is counted over (gkg:perPeriod, an ISO 8601 duration) as a
    rate is said: one unit as "a day", "an hour", "a year"; more as "per 3 months",
    "per 18 months" (without ``per``: "3 months"). Any other text unchanged.

    >>> period_words("P1D"), period_words("PT1H"), period_words("P3M"), period_words("P1Y6M", per=False)
    ('a day', 'an hour', 'per 3 months', '18 months')
    """
    words = readable_duration(duration)
    if words == duration:
        return duration
    if words.startswith("1 ") and " " not in words[2:]:
        return ("an " if words[2:] == "hour" else "a ") + words[2:]
    return "per " + words if per else words


# An ISO 8601 duration with at least one figure, inside other text (the two patterns below).
_ISO_DURATION = r"P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?"


# A period the canned queries write after a figure ("USD 1.5 million per P1D", the
# figure's gkg:perPeriod) or as the fact's own detail ("per period: P1D"): an ISO 8601
# duration standing alone after "per ", not part of an id or a word.
_PER_PERIOD = re.compile(rf"(?<![\w-])per (period: )?({_ISO_DURATION})(?![\w/-])")


def readable_periods(text: str) -> str:
    """``text`` with each period a figure is counted over said in words
    (:func:`period_words`): "USD 1.5 million per P1D (exports lost)" as "USD 1.5
    million a day (exports lost)", and a fact's detail "per period: P3M" as "per
    period: 3 months". One helper for every result people read (the
    table, expanded and JSON records of ``kg query`` and the evidence browser's query
    pages), as :func:`readable_dates`; the W3C formats keep the ISO 8601 duration.

    >>> readable_periods("value: USD about 1.5 million per P1D (exports lost); per period: P3M; per period: P1D")
    'value: USD about 1.5 million a day (exports lost); per period: 3 months; per period: a day'
    >>> readable_periods("quantity: 18 per P1Y; talks-per-p1d; per Pakistan")
    'quantity: 18 a year; talks-per-p1d; per Pakistan'
    """
    return _PER_PERIOD.sub(lambda m: "per period: " + period_words(m.group(2), per=False) if m.group(1)
                           else period_words(m.group(2)), text)


# An ISO 8601 duration standing alone in a canned query's cell ("about PT1H30M", "grace
# period: P4Y6M"): at least one figure, not part of an id, a word or a path.
_ISO_DURATION_WORD = re.compile(rf"(?<![\w/.-]){_ISO_DURATION}(?![\w/-])")


def readable_durations(text: str) -> str:
    """``text`` with each ISO 8601 duration standing alone said in words
    (:func:`readable_duration`): "about PT1H30M" as "about 1 hour 30 minutes", "grace
    period: P4Y6M" as "grace period: 4 years 6 months". For the cells of the canned
    queries in the table, expanded and JSON records of ``kg query``, after
    :func:`readable_periods` has said the periods figures are counted over; the W3C
    formats, and the rows of a query written by hand (``--sparql``), keep ISO 8601.
    Ids ("talks-p1d"), words ("P5s") and paths are left as they are.

    >>> readable_durations("about PT1H30M; grace period: P4Y6M; talks-P1D; P5; by 2031-06-01")
    'about 1 hour 30 minutes; grace period: 4 years 6 months; talks-P1D; P5; by 2031-06-01'
    """
    return _ISO_DURATION_WORD.sub(lambda m: readable_duration(m.group(0)), text)


def _json_value(term, durations: bool = False):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        if dt in ("integer", "nonNegativeInteger", "positiveInteger", "int", "long"):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt in ("decimal", "double", "float"):
            try:
                return float(term.value)
            except ValueError:
                return term.value
        if dt == "boolean":
            return term.value in ("true", "1")
        text = readable_periods(readable_dates(term.value))
        return readable_durations(text) if durations else text
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def _sparql_json_term(term):
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def w3c_results(variables: list[str], rows: list[list], fmt: str) -> bytes:
    """Rows of RDF terms (or None) in a W3C result format (a key of :data:`W3C_FORMATS`),
    written by Oxigraph: the rows are handed to it as SPARQL JSON results, which it reads
    back as ``QuerySolutions`` and writes in ``fmt``.

    >>> w3c_results(["a"], [[ox.Literal("x")]], "tsv")
    b'?a\\n"x"\\n'
    """
    bindings = [{v: _sparql_json_term(t) for v, t in zip(variables, r) if t is not None} for r in rows]
    as_json = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode("utf-8")
    return ox.parse_query_results(as_json, format=ox.QueryResultsFormat.JSON).serialize(format=W3C_FORMATS[fmt])


# A figure of five or more digits standing alone, after a minus sign ("-25000"), or after
# another such figure and "-" (the upper end of a range, "4500000000-5000000000"): not a
# part of an id ("k2-tanks-180"), a date
# ("2025-04-28"), a decimal fraction, a code or an IRI.
_LONG_FIGURE = re.compile(r"(?:(?<![\w.,/:#-])|(?<=\d{5}-)|(?<=^-)|(?<=[\s(]-))\d{5,}(?![\w,/:#])")


def readable_figures(text: str) -> str:
    """``text`` with each figure of five or more digits grouped in thousands by commas
    (the English convention, as CLAIMS.md writes figures: "630,000,000,000"), so that
    a person can read a sum at a glance; figures of four digits (years among them),
    ids, dates and decimal fractions are left as they are. For the table only: JSON,
    CSV and the W3C formats keep the digits.

    >>> readable_figures("more than 630000000000 INR / about 4500000000-5000000000 USD; 2025-04-28; 1962")
    'more than 630,000,000,000 INR / about 4,500,000,000-5,000,000,000 USD; 2025-04-28; 1962'
    >>> readable_figures("arms-k2-180000; 12345.675 t; Q123456; -25000 (change)")
    'arms-k2-180000; 12,345.675 t; Q123456; -25,000 (change)'
    """
    return _LONG_FIGURE.sub(lambda m: f"{int(m.group()):,}", text)


#: The columns that name the row's own fact by its id, kept as ids in every format: the
#: id is what 'kg query evidence -p fact=ID' takes to go on from the row.
FACT_ID_COLUMNS = ("fact", "fact_ids")
#: A fact id as the claims files write it (lower-case words joined by '-', a letter among
#: them: a date such as 2025-07-24 names no fact and is not looked up), standing alone or
#: inside words ("within ten years after agreement-uk-india-ceta-2025-07-24").
_FACT_ID = re.compile(r"(?<![\w:/.-])(?=[0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w/-])")
#: Participants named in a fact's description before the rest are counted ("+2").
DESCRIBED_PARTICIPANTS = 3
#: Ids looked up per query (the VALUES clause of :data:`_FACT_WORDS_QUERY`).
_FACT_BATCH = 400

_FACT_WORDS_QUERY = """
PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?f ?kind ?title ?date ?who ?p ?notRole WHERE {
  VALUES ?f { %s }
  ?f a ?cls . ?cls rdfs:label ?kind .
  { OPTIONAL { ?f gkg:title ?title } }
  UNION { OPTIONAL { ?f gkg:date ?date } }
  UNION { ?f ?p ?e . FILTER(isIRI(?e) && STRSTARTS(STR(?e), "%s") && !STRSTARTS(STR(?e), "%s")) ?e rdfs:label ?wl
          OPTIONAL { ?e gkg:ofState|gkg:ofOrganisation ?of . ?of rdfs:label ?ofl }
          BIND(IF(BOUND(?ofl), CONCAT(STR(?wl), " (", STR(?ofl), ")"), STR(?wl)) AS ?who) }
  UNION { ?f gkg:negatedRole ?nr . ?nr gkg:roleProperty ?p ; prov:agent ?e . ?e rdfs:label ?who .
          OPTIONAL { ?p rdfs:label ?roleLabel } BIND(COALESCE(?roleLabel, "") AS ?notRole) }
}"""


def _named(who: list[str]) -> str:
    """Up to :data:`DESCRIBED_PARTICIPANTS` of the labels ``who``, the rest counted: "A, B, C, +2"."""
    return ", ".join(who[:DESCRIBED_PARTICIPANTS]) + (f", +{len(who) - DESCRIBED_PARTICIPANTS}"
                                                      if len(who) > DESCRIBED_PARTICIPANTS else "")


def _negated_words(role: str, label: str) -> str:
    """The words for a role an actor is said not to hold (a gkg:NegatedRole on gkg:roleProperty
    ``role``, an IRI, whose rdfs:label is ``label`` or ""): "not present" for gkg:attendee
    (after :data:`kg.namespaces.NON_PARTY_ROLES`), "not signatory" for gkg:signatory, "not" alone
    for gkg:participant or a role without a label, as the 'meetings' and 'agreements' queries write them."""
    from kg.namespaces import GKG, NON_PARTY_ROLES

    words = NON_PARTY_ROLES.get(role) if role == GKG + "attendee" else None if role == GKG + "participant" else label
    return f"not {words}" if words else "not"


def fact_descriptions(ids, run) -> dict[str, str]:
    """A short description of each fact among ``ids`` (fact ids, or any words that may
    be one: those no fact of the store has are left out): its title where it has one
    (gkg:title: "UK-India Comprehensive Economic and Trade Agreement (agreement,
    2025-07-24)"), else its kind, up to :data:`DESCRIBED_PARTICIPANTS` of the named
    entities in its roles and its date ("hostage-taking (Chandrika Mahato, Faljit
    Mahato, Raju Mahato, +2; 2025-04-25)"). Those in a role that takes no side
    (:data:`kg.namespaces.NON_PARTY_ROLES`) come after the parties, under the role's
    words: "referendum (Kassym-Jomart Tokayev, Kazakhstan; observers: Commonwealth of
    Independent States; 2024-10-06)". Those the sources say held no part in it (a
    gkg:NegatedRole) are said only under the negated role's words (:func:`_negated_words`):
    "ceremony (Abiy Ahmed; present: William Ruto; not present: Egypt; 2025-09-09)". Unnamed actors
    are named with the state or organisation they are of, as the queries show them: "unnamed
    president (Djibouti)". ``run`` executes a SPARQL SELECT and gives
    (variables, rows of terms), as ``kg query`` runs one on a store or an endpoint."""
    from kg.namespaces import FACT, ID, NON_PARTY_ROLES

    found: dict[str, dict] = {}
    ids = sorted(set(ids))
    for start in range(0, len(ids), _FACT_BATCH):
        terms = " ".join(f"<{FACT}{i}>" for i in ids[start:start + _FACT_BATCH])
        variables, rows = run(_FACT_WORDS_QUERY % (terms, ID, FACT))
        for row in rows:
            cell = dict(zip(variables, row))
            fact = cell["f"].value[len(FACT):]
            seen = found.setdefault(fact, {"kind": set(), "title": set(), "date": set(), "who": {}, "not": {}})
            for key in ("kind", "title", "date"):
                if cell.get(key) is not None:
                    seen[key].add(cell[key].value)
            if cell.get("who") is not None and cell.get("notRole") is not None:
                seen["not"].setdefault(cell["who"].value, set()).add(_negated_words(cell["p"].value, cell["notRole"].value))
            elif cell.get("who") is not None:
                seen["who"].setdefault(cell["who"].value, set()).add(NON_PARTY_ROLES.get(cell["p"].value))
    out = {}
    for fact, seen in found.items():
        kind = " / ".join(sorted(seen["kind"]))
        date = " / ".join(sorted(seen["date"]))
        if seen["title"]:
            out[fact] = f"{' / '.join(sorted(seen['title']))} ({kind}{', ' + date if date else ''})"
            continue
        # An actor in a party's role as well as an onlooker's is a party. One the sources
        # say held no part in it (a gkg:NegatedRole: invited and stayed away, did not
        # sign) is said only under that role's words, never among those who took part.
        roles = {w: None if None in rs else min(rs) for w, rs in seen["who"].items() if w not in seen["not"]}
        negated = {w: min(rs) for w, rs in seen["not"].items()}
        named = _named(sorted(w for w, r in roles.items() if r is None))
        onlookers = [f"{r}: {_named(sorted(w for w, r2 in group.items() if r2 == r))}"
                     for group in (roles, negated) for r in sorted({r for r in group.values() if r is not None})]
        inside = "; ".join(part for part in (named, *onlookers, date) if part)
        out[fact] = f"{kind} ({inside})" if inside else kind
    return out


def with_fact_words(variables: list[str], rows: list[list], run) -> list[list]:
    """``rows`` (of RDF terms or None, columns ``variables``) with each fact id that a
    literal names outside :data:`FACT_ID_COLUMNS` replaced by its description
    (:func:`fact_descriptions`, looked up with ``run``): 'about', 'since', 'voted_on'
    read as words, while the row's own fact keeps its id for 'kg query evidence -p
    fact=ID'; a fact that is another row of ``rows`` reads as its words and its id, "accusation
    (Russia, United States; 2024-02) (accusation-us-russia-2024-02)", so that a column
    reads the same whichever fact it names and the id finds that row. For the formats
    people read (table, expanded); JSON records and the W3C formats keep the ids for scripts."""
    shown = [i for i, v in enumerate(variables) if v not in FACT_ID_COLUMNS]
    # A fact that is a row of the answer itself ('superseded_by' the tariff two rows
    # down) keeps its id after its words: that row says it in full, and the id finds it.
    rowed = {m.group(0) for r in rows for i, v in enumerate(variables) if v in FACT_ID_COLUMNS
             and isinstance(r[i], ox.Literal) for m in _FACT_ID.finditer(r[i].value)}
    candidates = {m.group(0) for r in rows for i in shown if isinstance(r[i], ox.Literal)
                  for m in _FACT_ID.finditer(r[i].value)}
    words = fact_descriptions(candidates, run) if candidates else {}
    if not words:
        return rows
    words.update({f: f"{w} ({f})" for f, w in words.items() if f in rowed})

    def said(term):
        if not isinstance(term, ox.Literal) or not _FACT_ID.search(term.value):
            return term
        text = _FACT_ID.sub(lambda m: words.get(m.group(0), m.group(0)), term.value)
        return term if text == term.value else ox.Literal(text)

    return [[said(t) if i in shown else t for i, t in enumerate(r)] for r in rows]


#: The articles with a whole denial of each fact (a claim with modality denied and no
#: gkg:deniesValue, as kg/summaries.py counts a denial), among those given.
_DENIALS_QUERY = """
PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?f (COUNT(DISTINCT ?a) AS ?denials)
WHERE { VALUES ?f { %s } ?c gkg:supports ?f ; gkg:modality gkg:Denied ; prov:wasDerivedFrom ?a .
        FILTER NOT EXISTS { ?c gkg:deniesValue ?v } }
GROUP BY ?f
"""
#: What marks a canned query whose 'against' column counts the articles against a fact
#: (its summary's gkg:denyingSourceCount), not votes cast against a motion ('votes').
AGAINST_FROM_SUMMARY = "gkg:denyingSourceCount ?against"


def with_negative_sources(variables: list[str], rows: list[list], run) -> list[list]:
    """``rows`` (of RDF terms or None, columns ``variables``, of a canned query whose
    'against' column is :data:`AGAINST_FROM_SUMMARY`'s) with each fact that no article
    states in its favour and some state as negative in their own voice or a speaker's
    ("the Indonesian government refused visas", "Israel, with which it has no diplomatic
    relations": CLAIMS.md, Negation) shown as stated so: 'sources' "1 (negative)", as
    'votes' shows it, and 'against' only the articles that deny it (a denial, modality
    denied, is someone rejecting the fact; a negative claim states an absence). A fact
    some articles state and others say did not happen keeps its sources and counts the
    latter against it. ``run`` executes a SPARQL SELECT, as :func:`fact_descriptions`."""
    from kg.namespaces import FACT, XSD

    columns = {v: i for i, v in enumerate(variables)}
    if not {"sources", "against", "fact"} <= columns.keys():
        return rows
    s, a, f = columns["sources"], columns["against"], columns["fact"]

    def count(term) -> int:
        return int(term.value) if isinstance(term, ox.Literal) and term.value.isdigit() else 0

    ids = sorted({r[f].value for r in rows if isinstance(r[f], ox.Literal) and isinstance(r[s], ox.Literal)
                  and r[s].value == "0" and count(r[a]) > 0})
    if not ids:
        return rows
    denials: dict[str, int] = {}
    for start in range(0, len(ids), _FACT_BATCH):
        terms = " ".join(f"<{FACT}{i}>" for i in ids[start:start + _FACT_BATCH])
        names, found = run(_DENIALS_QUERY % terms)
        for row in found:
            cell = dict(zip(names, row))
            if cell.get("f") is not None:
                denials[cell["f"].value[len(FACT):]] = count(cell.get("denials"))
    integer = ox.NamedNode(XSD + "integer")
    out = []
    for r in rows:
        key = r[f].value if isinstance(r[f], ox.Literal) else None
        if key in ids and count(r[a]) > denials.get(key, 0):
            r = list(r)
            r[s] = ox.Literal(f"{count(r[a]) - denials.get(key, 0)} (negative)")
            r[a] = ox.Literal(str(denials.get(key, 0)), datatype=integer)
        out.append(r)
    return out


def render(variables: list[str], rows: list[list], fmt: str = "table", width: int | None = None,
           durations: bool = False, wrap: bool = False) -> str:
    """Render rows of RDF terms (or None) with column names ``variables``: ``table`` for
    people (prefixed names, control characters neutralised, long figures grouped in
    thousands by :func:`readable_figures`, fitted to ``width`` code points when given),
    ``expanded`` for people too, one field a line (:func:`expanded`), ``json`` as one
    object of plain values per row, or a W3C format (:func:`w3c_results`). With
    ``durations`` (a canned query's rows), ISO 8601 durations in literals are said in
    words in the table, expanded and JSON records (:func:`readable_durations`). With
    ``wrap``, a table's cell too long for its column goes on over the next lines, broken
    between words, instead of being cut (a short list whose every word counts).

    A table that would fit ``width`` only by cutting a short column (names, dates,
    kinds: one whose cells are at most :data:`SHORT` code points), or any column below
    the lesser of its own width and 12, is printed expanded instead, as psql's ``\\x
    auto`` does: cut names and dates cannot be read, and a dozen cells of four
    characters say nothing. Long columns (quotes, descriptions, ids) are cut first. Raises ValueError for an unknown ``fmt``.

    >>> print(render(["a"], [[ox.Literal("x")]], "json"), end="")
    [
      {
        "a": "x"
      }
    ]
    """
    if fmt == "json":
        return json.dumps([{v: _json_value(t, durations) for v, t in zip(variables, r)} for r in rows],
                          ensure_ascii=False, indent=2) + "\n"
    if fmt in W3C_FORMATS:
        return w3c_results(variables, rows, fmt).decode("utf-8")
    if fmt not in ("table", "expanded"):
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    # Literals only: an IRI is shown as it can be pasted back into a query.
    said = readable_durations if durations else (lambda text: text)
    cells = [[for_terminal(" ".join((readable_figures(said(readable_periods(readable_dates(term_text(t))))) if isinstance(t, ox.Literal) else term_text(t)).split()))
              for t in r] for r in rows]
    if fmt == "expanded":
        return expanded(variables, cells, width)
    natural = [len(v) for v in variables]
    for r in cells:
        natural = [max(w, len(c)) for w, c in zip(natural, r)]
    widths = natural
    if width:
        # a fact's id, long and last, may be cut as a long column is (-F expanded or json give it whole)
        keep = [n <= SHORT and v != "fact" for v, n in zip(variables, natural)]
        widths = fit(natural, width, [len(v) for v in variables], keep=keep)
        if rows and any(w < min(n, 12) or (k and w < n) for w, n, k in zip(widths, natural, keep)):
            return expanded(variables, cells, width)
    out = ["  ".join(_cut(v, w).ljust(w) for v, w in zip(variables, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    if wrap:
        import textwrap

        for r in cells:
            parts = [textwrap.wrap(c, w, break_on_hyphens=False) or [""] for c, w in zip(r, widths)]
            out += ["  ".join(_cut(p[n] if n < len(p) else "", w).ljust(w) for p, w in zip(parts, widths)).rstrip()
                    for n in range(max(map(len, parts)))]
    else:
        out += ["  ".join(_cut(c, w).ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    out.append(_row_count(len(rows)))
    return "\n".join(out) + "\n"


def expanded(variables: list[str], cells: list[list[str]], width: int | None = None) -> str:
    """Rows as records, one field a line under a ``-[ row N ]-`` rule (psql's expanded
    display): ``variables`` are the field names, ``cells`` the rows of display strings.
    Empty fields are left out (a query's optional columns are mostly empty); a long value
    wraps at word boundaries to ``width`` code points when given, its next lines
    indented under the first. Ends with the row count, as the table does.

    >>> print(expanded(["date", "quote"], [["2024-03-28", "one two three"], ["", "four"]], 20), end="")
    -[ row 1 ]----------
    date   2024-03-28
    quote  one two three
    -[ row 2 ]----------
    quote  four
    (2 rows)
    """
    import textwrap

    label = max(map(len, variables), default=0)
    rule = width or label + 20
    out = []
    for n, row in enumerate(cells, 1):
        out.append(f"-[ row {n} ]".ljust(rule, "-"))
        for name, cell in zip(variables, row):
            if not cell:
                continue
            lines = textwrap.wrap(cell, max((width or 0) - label - 2, 20), break_on_hyphens=False) if width else [cell]
            out.append(f"{name.ljust(label)}  {lines[0]}")
            out += [" " * (label + 2) + line for line in lines[1:]]
    out.append(_row_count(len(cells)))
    return "\n".join(out) + "\n"


def _row_count(n: int) -> str:
    """The line that ends a table or its records: '(1 row)', '(12 rows)'."""
    return f"({n} row{'s' if n != 1 else ''})"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(width - 1, 0)] + "…"


#: The widest column (code points) that holds names, dates or kinds rather than text: cut,
#: such a column cannot be read, so :func:`fit` cuts longer ones first.
SHORT = 32


def fit(widths: list[int], total: int, headers: list[int], gap: int = 2, keep: list[bool] | None = None) -> list[int]:
    """Column widths (code points) that fit ``total`` with ``gap`` between columns: the
    columns not kept whole (``keep``; by default those wider than :data:`SHORT`) give
    way first, widest first, down to 12;
    then the widest column of any, down to its header's width (``headers``, counted up
    to 12), then, if that is not enough, down to 4 columns each, and last down to 2 (one
    character and the ellipsis), so that a table of many columns still fits a narrow
    terminal.

    >>> fit([10, 50, 30], 60, [4, 4, 4])
    [10, 16, 30]
    >>> fit([10, 50, 30], 40, [4, 4, 4])
    [10, 12, 14]
    >>> fit([10, 10, 10], 20, [10, 10, 10])
    [5, 5, 6]
    """
    widths = list(widths)
    keep = keep if keep is not None else [w <= SHORT for w in widths]
    long_first = [w if k else min(w, 12) for w, k in zip(widths, keep)]
    for floors in (long_first, [max(4, min(h, 12)) for h in headers], [4] * len(widths), [2] * len(widths)):
        while sum(widths) + gap * (len(widths) - 1) > total:
            i = max(range(len(widths)), key=lambda k: (widths[k] - floors[k], widths[k]))
            if widths[i] <= floors[i]:
                break
            widths[i] -= 1
    return widths


def solutions(result) -> tuple[list[str], list[list]]:
    """Variables and rows of a pyoxigraph SELECT result."""
    variables = [v.value for v in result.variables]
    return variables, [[s[v] for v in variables] for s in result]


class _NoBar:
    """What :class:`Progress` holds when no bar is shown: the calls of a tqdm bar, doing nothing."""

    def reset(self, total=None) -> None:
        pass

    def update(self, n=1) -> None:
        pass

    def set_description(self, desc=None) -> None:
        pass

    def close(self) -> None:
        pass


class Progress:
    """A progress bar on standard error while a person watches it (a terminal: tqdm),
    and nothing when it is piped or captured, so logs and tests see only the messages.

    ``total`` counts ``unit`` (articles, graphs); ``shown`` False keeps it hidden
    (--quiet); :meth:`note` prints a message above the bar without tearing it. Use as a context manager; the bar is removed at the end.
    """

    def __init__(self, total: int | None, unit: str, desc: str, shown: bool = True):
        import sys

        if not (shown and sys.stderr.isatty()):
            # No bar: tqdm is not even imported (50 ms of every scripted command's start).
            self._tqdm, self.bar = None, _NoBar()
            return
        from tqdm import tqdm

        self._tqdm = tqdm
        self.bar = tqdm(total=total, unit=f" {unit}", desc=desc, file=sys.stderr, leave=False, dynamic_ncols=True)

    def set_total(self, total: int) -> None:
        """Start again from 0 of ``total`` units (once the count is known)."""
        self.bar.reset(total=total)

    def advance(self, n: int = 1) -> None:
        """``n`` more units done."""
        self.bar.update(n)

    def note(self, message: str) -> None:
        """Print ``message`` (a line) on standard error, above the bar if one is shown."""
        import sys

        if self._tqdm is None:
            print(message, file=sys.stderr)
        else:
            self._tqdm.write(message, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.bar.close()
