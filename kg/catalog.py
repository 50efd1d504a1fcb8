"""The analysts' catalog of canned queries: one standalone SPARQL file per question in
``queries/``, the file name being the query's name.

Each file opens with a metadata header of ``#+ `` lines holding YAML (so the file stays
valid SPARQL), in the spirit of grlc's decorators::

    #+ title: Meetings between leaders
    #+ description: Which leaders met whom, where and when?
    #+ params:
    #+   person: {type: person, description: a participant}
    #+ example: {person: Min Aung Hlaing}

A parameter ``name`` is the variable ``?_name`` in the query. Values are bound as RDF
terms written by the RDF library's own serialiser, so no value can change the query's
structure: the embedded store gets a ``VALUES`` block at the start of the outer
``WHERE`` group and of each subquery naming the variable; a remote endpoint gets each
term written in place of its variable (Virtuoso 7 plans by constants, not by
``VALUES``), or, for a query whose header says ``remote_binding: values``, one
``VALUES`` block at the start. Both give the same rows (tests/test_push.py).

Every query that reaches facts through the claims backing them (``gkg:supports``)
also takes ``reviewed``: with ``reviewed=true`` it follows ``gkg:supportsReviewed``
instead, which only claims an analyst has written or checked carry, so facts that only
machine-drafted claims back, and the drafted claims themselves, are left out. The
query files stay as written; one mechanism serves them all.

A header may say where else to look when the query gives no rows (``if_empty``: the
parameters it applies to, a SELECT naming them, and a note with ``{name}`` fields for
the parameters' values and the SELECT's first row): ``statements -p speaker=X`` for a
speaker whose words are all claims of facts of other kinds (an attack it alleges)
names those facts with how it presents each. ``kg query`` shows the note on standard
error (:meth:`CannedQuery.empty_hints`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.corpus import parse_yaml
from kg.entities import normalise
from kg.errors import InputError, KGError, close_matches, plural, scored_matches
from kg.namespaces import FACT, GKG, ID, XSD
from kg.resources import QUERIES_DIR

#: Parameter types: entity kinds resolve labels and aliases to the entity's IRI.
ENTITY_TYPES = {
    "entity": None,
    "actor": "Actor",
    "person": "Person",
    "state": "State",
    "organisation": "Organisation",
    "place": "Place",
    # What travels may be an actor or a ship, aircraft or other asset ('traveller: Ruen',
    # a vessel's own voyage): the journeys' traveller takes either.
    "actor-or-asset": ("Actor", "Asset"),
    # What is said may be about an actor or about a fact ('statements -p about=' takes
    # either): a fact id names the fact, any other name an actor.
    "actor-or-fact": "Actor",
}
#: ``period`` is a date, month or year as text (2031-05-02, 2031-05, 2031), matched by
#: prefix; ``class`` a class of the ontology by name or label ("Meeting", "arms
#: transfer"), as text. Both are checked before the query runs, so that a value no fact
#: could match is refused, not answered with no rows.
LITERAL_TYPES = {"string": None, "integer": XSD + "integer", "date": XSD + "date", "period": None, "class": None}
#: Paging: a ``limit`` parameter's whole number replaces the one in the query's
#: ``LIMIT`` clause, an ``offset`` parameter's the one in its ``OFFSET`` clause (see
#: :func:`set_page`). SPARQL 1.1 gives no way to bind a variable in either clause.
PAGE_TYPES = {"limit", "offset"}
#: The largest page a ``limit`` may ask for (rows).
MAX_LIMIT = 100_000
PARAM_TYPES = set(ENTITY_TYPES) | set(LITERAL_TYPES) | PAGE_TYPES | {"fact", "article"}

#: Runs a SELECT query text and returns (variables, rows of terms).
Runner = Callable[[str], tuple[list[str], list[list]]]


class ParameterError(KGError):
    """A parameter value that cannot be bound (unknown entity, wrong type, missing)."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str = "string"
    required: bool = False
    default: object = None
    description: str = ""


@dataclass(frozen=True)
class EmptyHint:
    """Where to look when a canned query gives no rows for the parameters ``when``
    (header ``if_empty``): ``sparql``, a SELECT that names those parameters as
    ``?_name``, is run with them bound as the query binds them; where it gives a row whose
    first variable is bound and not 0, ``say`` is shown with ``{name}`` replaced by each
    parameter's value as given and ``{var}`` by each of the row's variables. Where the query
    did give rows, ``say_with_rows`` (header key ``say_with_rows``, optional) is shown the same
    way instead, so that what lies elsewhere is told whether or not the query found some."""
    when: tuple[str, ...]
    sparql: str
    say: str
    say_with_rows: str | None = None


@dataclass
class CannedQuery:
    name: str
    path: Path
    title: str
    description: str
    sparql: str
    params: dict[str, Parameter] = field(default_factory=dict)
    example: dict[str, object] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    #: How a remote endpoint gets the parameters: "terms" written in place of their
    #: variables (:func:`write_terms`), or "values", one ``VALUES`` block at the start
    #: (header ``remote_binding``; for a query an endpoint answers wrongly with terms).
    remote_binding: str = "terms"
    #: Whether the outer group's first subquery chooses what the query describes (header
    #: ``selection_first: true``): :func:`execute` then evaluates it first and gives its
    #: solutions to the copies of the subqueries it joins, as it does for a page. A number
    #: (``selection_first: 2``) says how many levels down: 2, the first subquery's own
    #: first subquery is evaluated first within it too (``meetings``: the meetings of the
    #: state asked for, within the page). False or 0: none.
    selection_first: bool | int = False
    #: What to say when the query gives no rows (header ``if_empty``): :meth:`empty_hints`.
    if_empty: list[EmptyHint] = field(default_factory=list)

    def empty_hints(self, values: dict[str, str], run: Runner, inside: bool = True,
                    found_rows: bool = False) -> list[str]:
        """The notes of the query's ``if_empty`` hints (:class:`EmptyHint`) that apply
        when it gave no rows for ``values`` (parameter name -> value as given), or, with
        ``found_rows``, when it gave some (the hints with a ``say_with_rows`` text): each
        hint whose parameters were all given and whose SELECT finds something, in the
        header's order. The parameters resolve and are bound as for the query (``run`` a
        :data:`Runner`, ``inside`` as for :meth:`bind`); raises :class:`ParameterError` as
        :meth:`bind` does, and what ``run`` raises."""
        from kg.namespaces import SPARQL_PREFIXES

        notes = []
        for hint in self.if_empty:
            say = hint.say_with_rows if found_rows else hint.say
            if say is None or not all(values.get(n) not in (None, "") for n in hint.when):
                continue
            probe = CannedQuery(name=self.name, path=self.path, title=self.title, description="",
                                sparql=SPARQL_PREFIXES + hint.sparql, params={n: self.params[n] for n in hint.when})
            variables, rows = run(probe.bind({n: values[n] for n in hint.when}, run, inside=inside))
            if not rows or rows[0][0] is None or rows[0][0].value in ("", "0"):
                continue
            found = {v: (t.value if t is not None else "") for v, t in zip(variables, rows[0])}
            notes.append(say.format_map({**found, **{n: values[n] for n in hint.when}}))
        return notes

    def execute(self, text: str, run, **options) -> tuple[list[str], list[list]]:
        """:func:`execute` of ``text`` (this query with its parameters bound) by ``run``,
        its first subquery evaluated first when the query says so
        (:attr:`selection_first`); ``options`` are :func:`execute`'s others. Returns and
        raises what :func:`execute` does."""
        return execute(text, run, first=self.selection_first, **options)

    @property
    def reads_by_page(self) -> bool:
        """Whether the query chooses what it reads by the page's bounds (names
        ``?_limit`` or ``?_offset``, as single-source does: see :func:`bind_page_values`).
        Such a query is written to have its page evaluated first (:func:`execute`); run
        as written, without the bounds, it reads every row before the page."""
        return any(p.type in PAGE_TYPES and re.search(rf"\?_{re.escape(p.name)}(?!\w)", _code(self.sparql))
                   for p in self.params.values())

    def bind(self, values: dict[str, str], run: Runner, inside: bool = True, notes: list[str] | None = None) -> str:
        """The query text with ``values`` bound; labels are resolved through ``run``.
        ``notes``, where given, gets what a person should know of how a value was read
        (:func:`resolve`: a name that also names another person, who was passed over).
        ``inside``: also bind each parameter inside the subqueries that name it (see
        :func:`inject_values`); false for a remote endpoint, which gets each term
        written in place of its variable (:func:`write_terms`; Virtuoso 7 finds nothing
        when ``VALUES`` opens a subquery that is a branch of a ``UNION``), else, where
        the text cannot take that, bound once at the start.
        Raises :class:`ParameterError` for an unknown parameter, a missing required one
        or a value that does not resolve."""
        values = dict(values)
        sparql = self.sparql
        if REVIEWED in self.params and values.get(REVIEWED) is not None:
            if reviewed_only(values.pop(REVIEWED)):
                sparql = follow_reviewed(sparql)
        unknown = set(values) - set(self.params)
        if unknown:
            known = ", ".join(self.params) or "none"
            raise ParameterError(f"query {self.name!r} has no parameter {', '.join(sorted(unknown))} (its parameters: {known})")
        bindings: dict[str, ox.Term] = {}
        page: dict[str, int] = {}
        page_terms: dict[str, ox.Term] = {}
        for p in self.params.values():
            if p.name == REVIEWED:
                continue
            if p.type in PAGE_TYPES:
                page[p.type] = page_value(p, values.get(p.name, p.default))
                # Also as a value, for a query that chooses what to read by the page's
                # bounds (single-source): see bind_page_values.
                page_terms[p.name] = ox.Literal(str(page[p.type]), datatype=ox.NamedNode(XSD + "integer"))
                continue
            raw = values.get(p.name, p.default)
            if raw is None:
                if p.required:
                    raise ParameterError(
                        f"query {self.name!r} needs --param {p.name}=… ({p.type}: {p.description or 'required'})")
                continue
            raw = str(raw)
            if not raw.isprintable() and re.search("[\ud800-\udfff]", raw):
                # Bytes that are not UTF-8 reach argv as lone surrogates (PEP 383).
                raise ParameterError(f"--param {p.name}: the value is not UTF-8 text")
            bindings[p.name] = resolve(p, raw, run, self.name, self.params, notes)
        if page:
            sparql = set_page(sparql, page.get("limit"), page.get("offset"))
        if not inside and self.remote_binding == "terms":
            # A remote endpoint gets the terms written in, where the text allows it.
            written = write_terms(sparql, bindings) if bindings else sparql
            if written is not None:
                return written
        sparql = inject_values(sparql, bindings, inside)
        return bind_page_values(sparql, page_terms) if inside else sparql


def bind_page_values(sparql: str, terms: dict[str, ox.Term]) -> str:
    """``sparql`` with ``VALUES`` for the page parameters ``terms`` (name -> integer
    literal) at the start of each subquery group that names ``?_name`` in its own
    patterns (not only in a subquery nested in it), so that a query can choose what it
    reads by the page's bounds. Only there: a ``VALUES`` row joined at the start of a
    group that aggregates changes the order in which Oxigraph 0.5 feeds its rows to
    ``GROUP_CONCAT``. A remote endpoint gets no such binding (the query must then read
    as if it did not know the page).

    >>> bind_page_values("SELECT ?x WHERE { { SELECT ?x WHERE { { SELECT ?x WHERE { BIND(?_limit AS ?x) } } } } }",
    ...                  {"limit": ox.Literal("5")})
    'SELECT ?x WHERE { { SELECT ?x WHERE { { SELECT ?x WHERE { VALUES (?_limit) { ("5") }\\n BIND(?_limit AS ?x) } } } } }'
    """
    body = _code(sparql)
    inserts = []
    for sub in re.finditer(r"\bWHERE\s*\{", body, re.IGNORECASE):
        start = sub.end()
        end = _closing(body, start)
        own = body[start:end]
        for nested in reversed(list(re.finditer(r"\{\s*SELECT\b", own, re.IGNORECASE))):
            close = _closing(own, nested.start() + 1)
            own = own[:nested.start()] + " " * (close + 1 - nested.start()) + own[close + 1:]
        named = [n for n in terms if re.search(rf"\?_{re.escape(n)}(?!\w)", own)]
        if named:
            inserts.append((start, named))
    return _with_values(sparql, inserts, terms)


#: The parameter every query reading facts through their claims takes (see the module
#: docstring), and the properties it swaps.
REVIEWED = "reviewed"
_SUPPORTS = re.compile(rf"gkg:supports(?![\w.-]*[\w-])|<{re.escape(GKG)}supports>")
_REVIEWED_PARAM = Parameter(REVIEWED, "boolean", False, None,
                            "true: only facts and claims an analyst has reviewed, not machine-drafted ones")


def reviewed_only(raw: str) -> bool:
    """``reviewed``'s value: true or false (also yes/no, 1/0). Raises
    :class:`ParameterError` for anything else."""
    text = str(raw).strip().casefold()
    if text in ("true", "yes", "1"):
        return True
    if text in ("false", "no", "0"):
        return False
    raise ParameterError(f"--param {REVIEWED}: expected true or false, got {raw!r}")


def follow_reviewed(sparql: str) -> str:
    """``sparql`` with every use of the property ``gkg:supports`` (prefixed or as a full
    IRI, in triple patterns and paths; not in comments or strings) replaced by
    ``gkg:supportsReviewed``, its sub-property that only reviewed claims carry.

    >>> follow_reviewed('SELECT ?f WHERE { ?c gkg:supports ?f } # gkg:supports')
    'SELECT ?f WHERE { ?c gkg:supportsReviewed ?f } # gkg:supports'
    """
    code = _code(sparql)
    out, last = [], 0
    for m in _SUPPORTS.finditer(code):
        out += [sparql[last:m.start()], "gkg:supportsReviewed" if m.group().startswith("gkg:") else f"<{GKG}supportsReviewed>"]
        last = m.end()
    return "".join(out) + sparql[last:]


def page_value(p: Parameter, raw: object) -> int:
    """The whole number of a ``limit`` (1 to :data:`MAX_LIMIT` rows) or ``offset`` (0 or
    more rows) parameter. Raises :class:`ParameterError` for anything else."""
    text = str(raw).strip()
    low = 1 if p.type == "limit" else 0
    if not re.fullmatch(r"\+?\d+", text) or not low <= int(text) <= (MAX_LIMIT if p.type == "limit" else 10**12):
        bounds = f"from 1 to {MAX_LIMIT}" if p.type == "limit" else "0 or more"
        raise ParameterError(f"--param {p.name}: expected a whole number of rows, {bounds}, got {raw!r}")
    return int(text)


#: What closes the group of a subquery that chooses a page: its modifiers and a LIMIT.
_PAGED = re.compile(r"(?:\s*(?:GROUP\s+BY|HAVING|ORDER\s+BY)\b[^{}]*?)*\s*LIMIT\s+\d+", re.IGNORECASE)
_LIMIT = re.compile(r"\bLIMIT\s+(\d+)", re.IGNORECASE)
_OFFSET = re.compile(r"\s*OFFSET\s+(\d+)", re.IGNORECASE)  # right after its LIMIT


def set_page(sparql: str, limit: int | None, offset: int | None) -> str:
    """``sparql`` with the number of every ``LIMIT`` clause replaced by ``limit`` and
    that of every ``OFFSET`` clause by ``offset`` (an ``OFFSET`` is added after a
    ``LIMIT`` that has none). A query that repeats its page selection in several
    subqueries (each subquery is evaluated on its own) pages them all alike. SPARQL 1.1
    (§15.4, §15.5) takes only an integer there, never a variable, so the validated
    number is written into the text; the file keeps its default page and stays a query
    of its own. Raises :class:`KGError` when the query has no ``LIMIT`` (comments and
    strings are not read).

    >>> set_page("SELECT ?x WHERE { ?x ?p ?o } LIMIT 100 # LIMIT 5", 20, 40)
    'SELECT ?x WHERE { ?x ?p ?o } LIMIT 20 OFFSET 40 # LIMIT 5'
    """
    code = _code(sparql)
    limits = list(_LIMIT.finditer(code))
    if not limits:
        raise KGError("a paged query needs a LIMIT clause")
    edits = []
    for m in limits:
        if limit is not None:
            edits.append((m.start(1), m.end(1), str(limit)))
        after = _OFFSET.match(code, m.end())
        if offset is not None:
            if after:
                edits.append((after.start(1), after.end(1), str(offset)))
            else:
                edits.append((m.end(1), m.end(1), f" OFFSET {offset}"))
    for start, end, text in sorted(edits, reverse=True):
        sparql = sparql[:start] + text + sparql[end:]
    return sparql


def inject_values(sparql: str, bindings: dict[str, ox.Term], inside: bool = True) -> str:
    """Insert ``VALUES`` for ``bindings`` at the start of the outer WHERE group, and
    (``inside``) at the start of every subquery's WHERE group that names the parameter's
    variable; without ``inside``, only in the subqueries that choose a page of rows
    (a ``LIMIT`` after their group), which a parameter bound outside would reach too
    late.

    A subquery is evaluated on its own and joined afterwards (SPARQL 1.1 §18.2.1: its
    variables are its own unless projected), so a parameter bound outside it does not
    restrict what it reads; bound inside as well, a subquery that starts from the
    parameter (an entity's facts, say) reads those rows only. A subquery that projects
    the variable gives the same rows after the join either way; one that does not
    project it now sees it bound, which is what its author means by naming it. A
    subquery that assigns the variable itself (``BIND(… AS ?_name)``) is left alone.

    >>> inject_values("SELECT ?x WHERE { ?x ?p ?_o }", {"o": ox.Literal('a"}')})
    'SELECT ?x WHERE { VALUES (?_o) { ("a\\\\"}") }\\n ?x ?p ?_o }'
    >>> inject_values("SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?_o } } }", {"o": ox.Literal("a")})
    'SELECT ?x WHERE { VALUES (?_o) { ("a") }\\n { SELECT ?x WHERE { VALUES (?_o) { ("a") }\\n ?x ?p ?_o } } }'
    """
    if not bindings:
        return sparql
    body = _code(sparql)
    m = re.search(r"\bWHERE\s*\{", body, re.IGNORECASE) or re.search(r"\{", body)
    if not m:
        raise KGError("cannot bind parameters: the query has no WHERE group")
    inserts = [(m.end(), list(bindings))]
    for sub in re.finditer(r"\bWHERE\s*\{", body[m.end():], re.IGNORECASE):
        start = m.end() + sub.end()
        end = _closing(body, start)
        group = body[start:end]
        # A subquery that chooses a page of rows (ORDER BY ... LIMIT after its group)
        # must see the parameter everywhere, or the page would be cut before it.
        if not inside and not _PAGED.match(body, end + 1):
            continue
        # (Not where the group assigns the variable itself, "AS ?_name": a variable
        # bound by VALUES may not be assigned again in its group.)
        named = [n for n in bindings if re.search(rf"\?_{re.escape(n)}(?!\w)", group)
                 and not re.search(rf"\bAS\s+\?_{re.escape(n)}(?!\w)", group, re.IGNORECASE)]
        if named:
            inserts.append((start, named))
    return _with_values(sparql, inserts, bindings)


def write_terms(sparql: str, bindings: dict[str, ox.Term]) -> str | None:
    """``sparql`` with each bound parameter's variable ``?_name`` replaced by its term
    (``bindings``: name -> term) wherever it occurs, or None when the text cannot take
    it so. The same rows as :func:`inject_values` with ``inside``: every subquery that
    names the variable sees it bound. For a remote endpoint: Virtuoso 7 plans a query
    by its constants, not by a ``VALUES`` block (the timeline of Min Aung Hlaing on the
    sample corpus: 88 s with the block at the start, refused as estimated at 641,234 s
    with blocks inside, 3 s with the IRI written in).

    A subquery's projection, ``GROUP BY`` and ``ORDER BY`` drop the variable: it would
    join or group on one value everywhere. The outer projection gives it as ``(term AS
    ?_name)``, as does a subquery that projects nothing else. ``BOUND(?_name)`` becomes
    ``true``. None when the query assigns the variable itself (``AS ?_name``), or a
    ``GROUP BY`` or ``ORDER BY`` would be left empty.

    >>> write_terms("SELECT ?_o ?n WHERE { { SELECT ?_o (COUNT(?x) AS ?n) WHERE { ?x ?p ?_o FILTER(BOUND(?_o)) } "
    ...             "GROUP BY ?_o ?p } }", {"o": ox.NamedNode("http://e/a")})
    'SELECT (<http://e/a> AS ?_o) ?n WHERE { { SELECT  (COUNT(?x) AS ?n) WHERE { ?x ?p <http://e/a> FILTER(true) } GROUP BY  ?p } }'
    >>> write_terms("SELECT ?x WHERE { BIND(1 AS ?_o) }", {"o": ox.Literal("a")}) is None
    True
    """
    code = _code(sparql)
    names = "|".join(re.escape(n) for n in bindings)
    if not names or re.search(rf"\bAS\s+\?_(?:{names})(?!\w)", code, re.IGNORECASE):
        return None
    first = re.search(r"\bSELECT\b", code, re.IGNORECASE)
    # Where each clause keyword or brace starts: the clause an occurrence is in is the
    # last of them before it (found by bisection, the text read once).
    clauses = list(_CLAUSE.finditer(code))
    starts = [c.start() for c in clauses]
    out, last, assigned = [], 0, set()
    for m in re.finditer(rf"\bBOUND\s*\(\s*\?_(?:{names})\s*\)|\?_({names})(?!\w)", code, re.IGNORECASE):
        if m.group(1) is None:
            out += [sparql[last:m.start()], "true"]
            last = m.end()
            continue
        name, term = m.group(1), str(bindings[m.group(1)])
        at = bisect.bisect_left(starts, m.start()) - 1
        clause = clauses[at] if at >= 0 else None
        word = clause.group(1).upper().split()[0] if clause and clause.group(1) else ""
        tail = code[clause.end():m.start()] if clause else ""
        if word == "SELECT" and tail.count("(") == tail.count(")"):
            head = code[clause.end():_HEAD_END.search(code, m.end()).start()]
            alone = not re.sub(rf"\?_{name}(?!\w)|\bDISTINCT\b|\bREDUCED\b", "", head, flags=re.IGNORECASE).strip()
            if clause.start() == first.start() or alone:
                if name in assigned and clause.start() == first.start():
                    return None  # in scope already from a subquery: cannot be assigned again
                assigned.add(name)
                term = f"({term} AS ?_{name})"
            else:
                term = ""
        elif word in ("GROUP", "ORDER") and tail.count("(") == tail.count(")"):
            term = ""
        out += [sparql[last:m.start()], term]
        last = m.end()
    written = "".join(out) + sparql[last:]
    if re.search(r"\b(GROUP|ORDER)\s+BY\s*(\}|\b(?:HAVING|ORDER|LIMIT|OFFSET)\b|$)", _code(written), re.IGNORECASE):
        return None
    return written


#: What :func:`write_terms` reads: the clause keywords and braces, and where a
#: projection ends.
_CLAUSE = re.compile(r"\b(SELECT|GROUP\s+BY|ORDER\s+BY|WHERE|HAVING)\b|[{}]", re.IGNORECASE)
_HEAD_END = re.compile(r"\bWHERE\b|\{", re.IGNORECASE)


def _with_values(sparql: str, inserts: list[tuple[int, list[str]]], bindings: dict[str, ox.Term]) -> str:
    """``sparql`` with a one-row ``VALUES`` block for the parameters ``names`` inserted
    at each offset ``at`` of ``inserts`` (in increasing order)."""
    out, last = [], 0
    for at, names in inserts:
        values = " ".join(f"?_{n}" for n in names)
        terms = " ".join(str(bindings[n]) for n in names)
        out += [sparql[last:at], f" VALUES ({values}) {{ ({terms}) }}\n"]
        last = at
    return "".join(out) + sparql[last:]


#: The most solutions a repeated subquery may have to be written into the query as a
#: ``VALUES`` table (see :func:`execute`); beyond it the query runs as written (a table
#: of 100,000 facts repeated in ten places would cost more to parse than it saves).
MAX_INLINED = 20_000

_SUBQUERY = re.compile(r"\{\s*SELECT\b", re.IGNORECASE)
_STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')


def execute(sparql: str, run: Runner, max_rows: int = MAX_INLINED, once: bool = True,
            first: bool | int = False) -> tuple[list[str], list[list]]:
    """Run the SELECT text ``sparql`` (a bound canned query) through ``run`` and return
    its (variables, rows), evaluating each subquery the text repeats only once, and a
    page chosen first before what describes it.

    A canned query repeats the subquery that chooses its facts (an entity's facts, the
    facts a filter asks for) at the start of each subquery that describes them, since
    a subquery is evaluated on its own (SPARQL 1.1 §18.2.1) and Oxigraph passes no
    binding into it: written once and joined, the others would read every fact of the
    store. Evaluated as written, the store computes that choice once per copy, and
    describes every fact chosen before the page keeps a few. Two rewrites give the
    same rows with less work:

    - **The page first** (:func:`_page`): when the first subquery of the outer group
      chooses a page (a ``LIMIT`` after its group), it is evaluated first, and every
      copy outside it of a subquery S that it joins (written in its group, not in an
      ``OPTIONAL``, ``UNION`` or ``MINUS``, or so within one it joins, each projecting
      S's variables) is given the page's solutions on S's variables instead. The
      page's solutions are among S's, and joined with each copy, so a copy that starts
      a subquery describing its facts one by one (grouped by the fact, no ``LIMIT`` of
      its own: what the canned queries write) gives the same rows after the join;
      ``tests/test_queries.py`` compares them with the text as written. The text stays
      standard SPARQL with the page written once, which a remote endpoint runs as it
      is. With ``first`` (a canned query's ``selection_first``) the outer group's first
      subquery is taken as such a page whether or not it ends on a ``LIMIT``: it chooses
      what the query describes (``casualties``: the facts asked for). ``first`` a
      number n > 1: the page is itself evaluated with ``first`` n - 1 (its own first
      subquery first: ``meetings``, the state's meetings, which Oxigraph 0.5 joins with
      the meetings' claims row by row when written in the page). Every copy of the page
      written elsewhere in the text gets its solutions too.
    - **Repeated subqueries once**: each other subquery that occurs two or more times
      (compared token by token, comments and layout ignored) is run once, and every
      copy is replaced by its solutions. Outermost subqueries first (a repeated one
      inside a repeated one goes with it, and is evaluated once within it, the same
      way).

    Solutions replace a subquery as a ``VALUES`` table inside a subquery of its own
    (``{ SELECT ?v WHERE { VALUES ?v { … } } }``: a bare ``VALUES`` group let Oxigraph
    0.5 reorder the joins around it and read every triple of a later ``?f ?r ?x``). A
    subquery with more than ``max_rows`` solutions (rows), or a blank node among them
    (which ``VALUES`` cannot hold), is left as written. ``once`` false skips the second
    rewrite (for a remote endpoint: Virtuoso 7's cost estimate for a query holding many
    such tables exceeds its limit, while the page alone as a table passes it). Raises
    what ``run`` raises (a syntax error, a store error); nothing of its own."""
    code = _code(sparql)  # structure: comments and string contents blanked
    text = _code(sparql, strings=False)  # comments blanked: what copies are compared on
    groups: dict[tuple, list[tuple[int, int]]] = {}
    for m in _SUBQUERY.finditer(code):
        end = _closing(code, m.start() + 1) + 1
        groups.setdefault(_tokens(text[m.start():end]), []).append((m.start(), end))
    form = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", code, re.IGNORECASE)
    prologue = sparql[:form.start()] if form else ""
    done: list[tuple[int, int, str]] = []

    def inline(copies: list[tuple[int, int]], variables: list[str], rows: list[list]) -> bool:
        if len(rows) > max_rows or any(isinstance(t, ox.BlankNode) for row in rows for t in row):
            return False
        table = " ".join("(" + " ".join("UNDEF" if t is None else str(t) for t in row) + ")" for row in rows)
        names = " ".join(f"?{v}" for v in variables)
        done.extend((s, e, f"{{ SELECT {names} WHERE {{ VALUES ({names}) {{ {table} }} }} }}") for s, e in copies)
        return True

    page = _page(code, first)
    if page:
        p_start, p_end = page
        # (One level down when the query asks for more, the page's own first subquery first.)
        variables, rows = execute(prologue + sparql[p_start + 1:p_end - 1], run, max_rows, once, max(int(first) - 1, 0))
        # The page's solutions also replace the copies of the page written elsewhere
        # (kg.query.page_first writes its group twice).
        if inline(groups[_tokens(text[p_start:p_end])], variables, rows):
            # (Outermost first: a copy inside one already given the page's solutions goes with it.)
            for s_start, s_end in sorted(_joined(code, p_start, p_end, set(variables)), key=lambda span: span[0] - span[1]):
                wanted = _projected(code[s_start:s_end])
                copies = [(s, e) for s, e in groups[_tokens(text[s_start:s_end])]
                          if not any(s0 <= s < e0 or s <= s0 < e for s0, e0, _ in done)]
                if copies:
                    at = [variables.index(v) for v in wanted]
                    inline(copies, wanted, [list(r) for r in dict.fromkeys(tuple(row[i] for i in at) for row in rows)])
    for copies in sorted(groups.values(), key=lambda c: c[0][0] - c[0][1]) if once else ():
        # Not inside a part already replaced, nor around one.
        copies = [(s, e) for s, e in copies if not any(s0 <= s < e0 or s <= s0 < e for s0, e0, _ in done)]
        if len(copies) < 2:
            continue
        start, end = copies[0]
        inline(copies, *execute(prologue + sparql[start + 1:end - 1], run, max_rows))
    for start, end, table in sorted(done, reverse=True):
        sparql = sparql[:start] + table + sparql[end:]
    return run(sparql)


def _subqueries(code: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans (``{`` to ``}`` included) of the subqueries written directly in the
    group ``code[start:end]`` (comments and strings blanked) and joined with it: not
    nested in another group of it, nor the group of an ``OPTIONAL``, ``MINUS``,
    ``GRAPH``, ``SERVICE`` or ``EXISTS``, nor a branch of a ``UNION``."""
    spans = []
    for m in _SUBQUERY.finditer(code, start, end):
        if code.count("{", start, m.start()) != code.count("}", start, m.start()):
            continue
        close = _closing(code, m.start() + 1) + 1
        before = code[start:m.start()].rstrip()
        if re.search(r"(?:\b(?:OPTIONAL|MINUS|UNION|EXISTS)|\bGRAPH\s+\S+|\bSERVICE\s+(?:SILENT\s+)?\S+)$", before, re.IGNORECASE) \
                or re.match(r"\s*UNION\b", code[close:end], re.IGNORECASE):
            continue
        spans.append((m.start(), close))
    return spans


def _where(code: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the WHERE group of the subquery ``code[start:end]``, or None."""
    where = re.compile(r"\bWHERE\s*\{", re.IGNORECASE).search(code, start, end)
    return (where.end(), _closing(code, where.end())) if where else None


def _page(code: str, first: bool = False) -> tuple[int, int] | None:
    """The span of the outer group's first subquery when it chooses a page (``ORDER
    BY … LIMIT`` after its group) or, with ``first``, whatever it ends on, in a query
    whose comments and strings are blanked; else None."""
    span = _first_subquery(code)
    group = span and _where(code, *span)
    return span if group and (first or _PAGED.match(code, group[1] + 1)) else None


def _first_subquery(code: str) -> tuple[int, int] | None:
    """The span of the first subquery joined in the outer group of a query whose
    comments and strings are blanked (see :func:`_subqueries`), or None."""
    outer = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE)
    first = outer and _subqueries(code, outer.end(), _closing(code, outer.end()))[:1]
    return first[0] if first else None


def _joined(code: str, start: int, end: int, variables: set[str]) -> list[tuple[int, int]]:
    """The subqueries that the subquery ``code[start:end]``, projecting ``variables``,
    joins: those written in its group (see :func:`_subqueries`) that project only
    variables among them, and so on within each. Every solution of the subquery,
    restricted to such a subquery's variables, is one of its solutions."""
    group = _where(code, start, end)
    found = []
    for s, e in _subqueries(code, *group) if group else []:
        own = _projected(code[s:e])
        if own and set(own) <= variables:
            found += [(s, e)] + _joined(code, s, e, set(own))
    return found


def _projected(subquery: str) -> list[str]:
    """The variables a subquery's SELECT clause projects (``?x`` and ``… AS ?x``), in
    order; for ``SELECT *``, none."""
    clause = re.match(r"\{\s*SELECT\s+(.*?)\bWHERE\b", subquery, re.IGNORECASE | re.DOTALL)
    if not clause:
        return []
    head, inner = clause.group(1), re.compile(r"\(([^()]*)\)")
    while inner.search(head):  # innermost parentheses first: (MIN(STR(?l)) AS ?kind) is ?kind
        head = inner.sub(lambda m: f" ?{a.group(1)} " if (a := re.search(r"\bAS\s+\?(\w+)\s*$", m.group(1), re.IGNORECASE))
                         else " ", head)
    return re.findall(r"\?(\w+)", head)


def _tokens(code: str) -> tuple:
    """A query fragment (comments blanked) as a tuple of its string literals and of the
    text between them with its whitespace collapsed: equal for two fragments that
    differ in layout only."""
    out, last = [], 0
    for m in _STRING.finditer(code):
        out += [" ".join(code[last:m.start()].split()), m.group()]
        last = m.end()
    return tuple(out + [" ".join(code[last:].split())])


def _closing(code: str, start: int) -> int:
    """The index of the ``}`` that closes the group opened just before ``start`` in
    ``code`` (comments and strings already blanked by :func:`_code`), or its length."""
    depth = 1
    for brace in _BRACE.finditer(code, start):  # only the braces: the text between is skipped in C
        depth += 1 if brace.group() == "{" else -1
        if depth == 0:
            return brace.start()
    return len(code)


_BRACE = re.compile(r"[{}]")


def _code(sparql: str, strings: bool = True) -> str:
    """The query with comments and (``strings``) string contents blanked (same
    length), so that searching for syntax finds no false matches. One regular
    expression reads the text left to right (a '#' inside a string or an IRI starts no
    comment); an unterminated string runs to the end of the text."""
    def blank(m: re.Match) -> str:
        if m.group(1) is not None:
            return " " * len(m.group(1))
        body = next((g for g in (2, 3, 4, 5) if m.group(g) is not None), None)
        if body is None or not strings:
            return m.group()
        start, end = m.start(body) - m.start(), m.end(body) - m.start()
        return m.group()[:start] + " " * (end - start) + m.group()[end:]

    return _LEXEME.sub(blank, sparql)


#: What :func:`_code` reads: a comment (1), a string in each of SPARQL's four quotes
#: (2-5: its contents; a backslash escapes the next character), an IRI.
_LEXEME = re.compile(
    r'(#[^\n]*)'
    r'|"""((?:\\[\s\S]?|(?!""")[^\\])*)(?:"""|\Z)'
    r"|'''((?:\\[\s\S]?|(?!''')[^\\])*)(?:'''|\Z)"
    r'|"((?:\\[\s\S]?|[^"\\])*)(?:"|\Z)'
    r"|'((?:\\[\s\S]?|[^'\\])*)(?:'|\Z)"
    r'|<[^\s<>"{}|^`]*>')


def resolve(p: Parameter, raw: str, run: Runner, query: str, params: dict[str, Parameter] | None = None,
            notes: list[str] | None = None) -> ox.Term:
    """Turn a parameter's text into an RDF term of its type. An entity is named by its
    IRI, a label, an alias or its id (compared case-folded, see
    :func:`kg.entities.normalise`), or, for a parameter that may name a person, by a
    surname alone (the last words of a label or alias: "ruto", "da silva") when one person has it. Raises
    :class:`ParameterError` for a value of the wrong form, a name several entities have
    (each with its label, description and IRI), a name of an entity of another class
    (saying its class and which of the query's ``params`` takes it: "'Iran' is a
    state, not a person: use --param state=Iran"), or a name no entity has (with the near
    names by :func:`kg.errors.close_matches`, the matcher of the claims reader's "did
    you mean", and, for a single word, the surnames near it: "Sandoo" -> maia sandu).
    A name that is one entity's own (a label, an alias, an id) is taken for it, though it is
    also the surname or first name of another person of the graph ("Miller", Alexei Miller's
    alias, is also the surname of Matthew Miller); ``notes``, where given, then gets a note
    that says which was taken and how to name the other (:func:`_passed_over`)."""
    if p.type in LITERAL_TYPES:
        dt = LITERAL_TYPES[p.type]
        if p.type == "integer" and not re.fullmatch(r"[+-]?\d+", raw.strip()):
            raise ParameterError(f"--param {p.name}: expected a whole number, got {raw!r}")
        if p.type == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw.strip()):
            raise ParameterError(f"--param {p.name}: expected a date YYYY-MM-DD, got {raw!r}")
        from kg.periods import date_problem  # text2num's import, only where a period is given

        problem = date_problem(raw.strip()) if p.type == "period" else None
        if p.type == "period" and (problem or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", raw.strip())):
            raise ParameterError(f"--param {p.name}: {problem}" if problem else
                                 f"--param {p.name}: expected a date, month or year (2031-05-02, 2031-05 or 2031), got {raw!r}")
        if p.type == "class":
            return ox.Literal(ontology_class(p.name, raw))
        return ox.Literal(raw.strip(), datatype=ox.NamedNode(dt)) if dt else ox.Literal(raw)
    if p.type in ("fact", "actor-or-fact"):
        hit = _fact_by_id(raw, run)
        if hit is not None:
            return hit
    text = raw.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    key = normalise(text)
    # The registry's entities first: an actor, organisation or place of the registry is
    # found among its own kind's 2,000 names, not among the 21,000 unnamed actors of
    # 10,000 articles (0.5 s); the others are read only when no registry entity has the name.
    candidates = _candidates(p.type, run, registry=True)
    hits = {iri for iri, names in candidates.items() if key in names or text == iri}
    if not hits:
        candidates = _candidates(p.type, run)
        hits = {iri for iri, names in candidates.items() if key in names or text == iri}
    if not hits and p.type in _SURNAMED:
        # A surname alone ("ruto", "van klaveren", "da silva") names the one person whose
        # label or alias ends with it; failing that, a single word names the one whose name
        # begins with it, as names with the family name first are written ("yoon" for Yoon
        # Suk Yeol, "xi" for Xi Jinping).
        people = {iri: names for iri, names in _candidates("person", run).items() if iri in candidates}
        hits = {iri for iri, names in people.items() if any(n.endswith(" " + key) for n in names)}
        if not hits and " " not in key:
            hits = {iri for iri, names in people.items()
                    if any(n.split(" ", 1)[0] == key for n in names if " " in n)}
    if not hits and ENTITY_TYPES.get(p.type) in (None, "Actor", "State", ENTITY_TYPES["actor-or-asset"]):
        # "Downing Street", "the Kremlin", "Kyiv": a seat of government or a capital stands for
        # its state, as the drafting engine reads it in an article ('kg extract' drafts
        # "Downing Street rejected ..." as the United Kingdom's).
        state = _state_of_seat(key)
        if state is not None:
            hits = {iri for iri, names in candidates.items() if state in names}
    if len(hits) != 1 and ENTITY_TYPES.get(p.type, "") in (None, "Actor", ENTITY_TYPES["actor-or-asset"]):
        # Unnamed actors ("35 unnamed pirates") are described claim by claim, each claim's
        # its own node: one such node is matched by its label, as an entity is; a label
        # several claims give names no single one, so the message lists their facts.
        unnamed = _unnamed_actors(key, run)
        if unnamed and set(hits) <= set(unnamed):
            if len(unnamed) == 1:
                return ox.NamedNode(next(iter(unnamed)))
            facts = sorted({f for fs in unnamed.values() for f in fs})
            raise ParameterError(
                f"--param {p.name}: {raw!r} are unnamed actors that {len(unnamed)} claims describe each on its own, "
                f"not one entity of the registry, so no parameter can name them all; their facts: {', '.join(facts[:10])}"
                f"{' ...' if len(facts) > 10 else ''} (read each with kg query evidence -p fact=ID, or run this query without "
                f"--param {p.name}; to follow them across claims, give them an id in the registry)")
    if len(hits) == 1:
        hit = hits.pop()
        if notes is not None and p.type in _SURNAMED:
            notes.extend(_passed_over(p, raw, key, hit, candidates, run))
        return ox.NamedNode(hit)
    if len(hits) > 1:
        raise ParameterError(f"--param {p.name}: {raw!r} names several {plural(p.type)}: {'; '.join(_described(sorted(hits), run))}; "
                             f"give a full name, an alias or an IRI")
    other = _of_another_kind(p, raw, key, run, params or {})
    if other:
        raise ParameterError(f"--param {p.name}: {other}")
    all_names = sorted({n for names in candidates.values() for n in names})
    # one near match per entity, the longest of its names that come close ('yoon suk yeol',
    # not also 'yoon suk-yeol', its id and 'yoon'), in the order the entities come close
    owner = {n: iri for iri, names in candidates.items() for n in names}
    best: dict[str, str] = {}
    came_close: dict[str, set[str]] = {}
    score: dict[str, float] = {}  # IRI -> the best score of its names
    for n, s in scored_matches(key, all_names, n=15):
        came_close.setdefault(owner[n], set()).add(n)
        score[owner[n]] = max(score.get(owner[n], 0), s)
        if len(n) > len(best.get(owner[n], "")):
            best[owner[n]] = n
    if not best and p.type in _SURNAMED and " " not in key:
        # A misspelt surname ("Sandoo"): the people whose name's first or last word comes
        # close, whole word to whole word (a word of one letter wrong in five scores about
        # 73, under the cutoff for whole names; "an" of "an argentine court" is no surname).
        people = _candidates("person", run) if p.type != "person" else candidates
        words: dict[str, set[str]] = {}
        for iri, names in candidates.items():
            for n in names if iri in people else ():
                if " " in n:
                    for w in (n.split(" ", 1)[0], n.rsplit(" ", 1)[-1]):
                        words.setdefault(w, set()).add(iri)
        # Only a word of the key's first letter: a misspelling seldom changes a name's first
        # letter (the one a reader hears and writes first), while at this cutoff two edits in a
        # short word pass: 'narnia' / 'maria' scores 73, as 'sandoo' / 'sandu' does.
        for w, s in scored_matches(key, sorted(w for w in words if w[:1] == key[:1]), n=5, cutoff=SURNAME_CUTOFF,
                                   whole=True):
            for iri in sorted(words[w]):
                name = max(candidates[iri], key=lambda n: ("-" not in n, len(n), n))  # a label, not the id
                best.setdefault(iri, name)
                score.setdefault(iri, s)
    # Only the matches about as close as the closest ("rusia": Russia at 91, not also
    # "usa" at 75), those of the kind the parameter is named for first (a state for
    # --param state=), then the registry's entities before unnamed actors.
    top = max(score.values(), default=0)
    close = [iri for iri in best if score[iri] >= top - NEAR_SPREAD]
    if p.type in ENTITY_TYPES:
        close = _fitting_first(p, close, run)
    near = (_labelled({iri: best[iri] for iri in close[:5]}, came_close, run) if p.type in ENTITY_TYPES
            else [best[iri] for iri in close[:5]])
    hint = f"; near matches: {', '.join(near)}" if near else ""
    raise ParameterError(f"--param {p.name}: no {p.type.replace('-', ' ')} called {raw!r} in the graph{hint}")


#: rapidfuzz ratio from which a word is offered as a misspelt surname (0-100), among the
#: words of the key's first letter: "sandoo" / "sandu" 73, "putn" / "putin" 89; "sandoo" /
#: "sudan" 55 (and "narnia" / "maria", 73, is of another first letter).
SURNAME_CUTOFF = 70
#: How far under the closest near match (rapidfuzz points, 0-100) another is still
#: offered: "rusia" gives Russia (91), not also "usa" (75).
NEAR_SPREAD = 10


def _fitting_first(p: Parameter, iris: list[str], run: Runner) -> list[str]:
    """``iris`` (entity IRIs, closest first) reordered for a "did you mean": first those
    of the class the parameter is named for, where its name is a class's label in the
    ontology ("state" for --param state=, "court", "organisation"), then the registry's
    entities (with a skos:prefLabel) before the unnamed actors articles describe, each
    group in the order given."""
    if not iris:
        return iris
    from kg.ontology import vocabulary

    wanted = [c for c, label in vocabulary().labels.items()
              if c.startswith(GKG) and label.casefold() == p.name.replace("_", " ").casefold()]
    values = " ".join(f"<{i}>" for i in iris)
    fits: set[str] = set()
    if wanted:
        _, rows = run(f"SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {values} }} "
                      f"?e a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <{wanted[0]}> }}")
        fits = {e.value for (e,) in rows}
    _, rows = run(f"SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {values} }} ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }}")
    named = {e.value for (e,) in rows}
    return sorted(iris, key=lambda i: (i not in fits, i not in named))


def _unnamed_actors(key: str, run: Runner) -> dict[str, set[str]]:
    """The unnamed actors (gkg:UnnamedActors, the nodes the claims reader writes for
    "35 unnamed pirates") whose label, normalised by :func:`kg.entities.normalise`, is
    ``key``: {IRI: {id of each fact naming it in a role, or backed by a claim it is the
    speaker of}}. Read only where a name matched no single entity."""
    # (Compared in lower case in the store first, then as normalise() compares: a label
    # the claims reader wrote has its white space collapsed already.)
    literal = key.replace("\\", "\\\\").replace('"', '\\"')
    _, rows = run(f"SELECT DISTINCT ?e ?l WHERE {{ ?e a <{GKG}UnnamedActors> ; "
                  f"<http://www.w3.org/2000/01/rdf-schema#label> ?l . FILTER(LCASE(STR(?l)) = \"{literal}\") }}")
    out: dict[str, set[str]] = {e.value: set() for e, label in rows if normalise(label.value) == key}
    if not out:
        return out
    # Their facts, bound by the actors found: in a role of a fact, or the speakers of its claims.
    values = " ".join(f"<{e}>" for e in sorted(out))
    # (One query each: Oxigraph plans the two as a UNION joined with the label in minutes.)
    for pattern in (f"?f ?role ?e . ?f <{GKG}sourceCount> ?n .",
                    f"?c <http://www.w3.org/ns/prov#wasAttributedTo> ?e ; <{GKG}supports> ?f ."):
        _, rows = run(f"SELECT DISTINCT ?e ?fid WHERE {{ VALUES ?e {{ {values} }} {pattern} "
                      f"?f <http://www.w3.org/2000/01/rdf-schema#label> ?fid }}")
        for e, fid in rows:
            out[e.value].add(fid.value)
    return out


def _of_another_kind(p: Parameter, raw: str, key: str, run: Runner, params: dict[str, Parameter]) -> str | None:
    """When ``key`` (a normalised name) names an entity of the registry that is not of
    ``p``'s kind, what it is and which parameter of the query takes it: "'Iran' is a
    state, not a person: use --param state=Iran"; or, when no parameter does, the
    query's entity parameters. None when no entity of another kind has the name."""
    if ENTITY_TYPES.get(p.type) is None:
        return None  # an 'entity' parameter takes any entity: nothing of another kind
    found = sorted(iri for iri, names in _candidates("entity", run, registry=True).items() if key in names)
    if not found:
        return None
    from kg.ontology import vocabulary

    vocab = vocabulary()
    _, rows = run(f"SELECT DISTINCT ?c WHERE {{ <{found[0]}> a ?c }}")
    kinds = sorted(vocab.labels.get(c.value, c.value.rsplit("#", 1)[-1]) for (c,) in rows if c.value.startswith(GKG))
    what = " and ".join(kinds) or "an entity"
    article = "an" if what[:1] in "aeiou" else "a"
    takers = [q.name for q in params.values() if q.name != p.name and q.type in ENTITY_TYPES and
              (ENTITY_TYPES[q.type] is None or any(iri in _candidates(q.type, run, registry=True) for iri in found))]
    if takers:
        return (f"{raw!r} is {article} {what}, not {'an' if p.type[0] in 'aeiou' else 'a'} {p.type}: use "
                + " or ".join(f"--param {q}={raw}" for q in takers))
    entity_params = [f"{q.name} ({q.type})" for q in params.values() if q.type in ENTITY_TYPES]
    return (f"{raw!r} is {article} {what}, not {'an' if p.type[0] in 'aeiou' else 'a'} {p.type}, and no parameter of "
            f"this query takes one (its entity parameters: {', '.join(entity_params) or 'none'})")


def _passed_over(p: Parameter, raw: str, key: str, hit: str, candidates: dict[str, set[str]], run: Runner) -> list[str]:
    """A note, in a list of at most one, where ``key`` (the normalised name given for
    parameter ``p``, taken for the entity ``hit`` among ``candidates``) is not a name of
    another person of ``candidates`` but their surname or, a single word, their first name,
    as :func:`resolve` reads a name no entity has: "'Miller' names Alexei Miller, who is
    taken; it is also a word of the name of Matthew Miller: give --param speaker="Matthew
    Miller" for that one." Nothing where no other person's name has it so."""
    def named_so(names: set[str]) -> bool:
        return key not in names and any(n.endswith(" " + key) or (" " not in key and n.split(" ", 1)[0] == key)
                                         for n in names if " " in n)

    others = [iri for iri, names in candidates.items() if iri != hit and named_so(names)]
    if not others:
        return []
    people = _candidates("person", run, registry=True)
    others = [iri for iri in others if iri in people]
    if not others:
        return []
    labels = dict(zip(others + [hit], _labels(others + [hit], run)))
    them = sorted(labels[o] for o in others)
    how = "; ".join(f'--param {p.name}="{label}"' for label in them)
    return [f"Note: --param {p.name}: {raw.strip()!r} names {labels[hit]}, who is taken; it is also a word of the "
            f"name of {' and of '.join(them)}: give {how} for {'that one' if len(them) == 1 else 'each of them'}."]


def _labels(iris: list[str], run: Runner) -> list[str]:
    """The rdfs:label of each IRI of ``iris``, in order (the IRI where it has none)."""
    values = " ".join(f"<{i}>" for i in iris)
    _, rows = run(f"SELECT ?e (MIN(STR(?l)) AS ?label) WHERE {{ VALUES ?e {{ {values} }} "
                  f"?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }} GROUP BY ?e")
    found = {e.value: label.value for e, label in rows if label is not None}
    return [found.get(i, i) for i in iris]


def _state_of_seat(key: str) -> str | None:
    """The normalised label of the state whose capital or other seat of government
    ``key`` (a normalised name) is, by the drafting engine's gazetteer
    (:func:`kg.extract.gazetteer.world`, ``capital`` and ``seats``): "downing street" -> "united
    kingdom"; None for any other name."""
    from kg.extract.gazetteer import world

    for st in world().get("states") or []:
        seats = [st.get("capital"), *(st.get("seats") or [])]
        if any(s and normalise(str(s)) == key for s in seats):
            return normalise(str(st["label"]))
    return None


_FACT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _fact_by_id(raw: str, run: Runner) -> ox.NamedNode | None:
    """The fact ``raw`` names (its IRI, with or without ``<>``, or its id in any case),
    found by its IRI alone, or None when no claim backs a fact of that IRI. A fact's
    only label is its id (``kg/mapping.py``), a slug (checked in ``kg/claims.py``), so the
    id compared case-folded names one fact at most, the one :func:`resolve` finds
    among every fact's names: this lookup reads one fact, not the 216,000 facts of
    10,000 articles (4 s). On None, :func:`resolve` compares every fact's names and
    gives the error with near matches."""
    text = raw.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    local = text[len(FACT):] if text.startswith(FACT) else normalise(text)
    if not _FACT_ID.fullmatch(local):
        return None
    fact = ox.NamedNode(FACT + local)
    _, rows = run(f"SELECT ?c WHERE {{ ?c <{GKG}supports> {fact} }} LIMIT 1")
    return fact if rows else None


def ontology_class(param: str, raw: str) -> str:
    """The label (str) of the kind of fact of the ontology (or of a class above one, such as
    Event) that ``raw`` names by its local name or its label, case and spaces ignored
    ("ArmsTransfer", "arms transfer", "EmergencyRule"): the name the canned queries
    compare. Raises :class:`ParameterError`
    otherwise, with the nearest names and, where ``raw`` is an alternative label of a
    class (skos:altLabel: "coup"), that class."""
    from kg.ontology import class_alt_labels, vocabulary

    vocab = vocabulary()
    names: dict[str, str] = {}
    # The kinds of fact and the classes above them (Event, Fact), not value classes (MeetingMode)
    for cls in set(vocab.fact_types).union(*(vocab.superclasses.get(t, ()) for t in vocab.fact_types)):
        label = vocab.labels.get(GKG + cls, cls)
        for name in (cls, label):
            names.setdefault(name.casefold().replace(" ", ""), label)
    text = raw.strip()
    if text.casefold().replace(" ", "") in names:
        # the label, which the queries compare: a local name need not be the label spaced
        # out (EmergencyRule: "state of emergency or martial law")
        return names[text.casefold().replace(" ", "")]
    meant = class_alt_labels().get(text.casefold())
    near = [vocab.labels.get(GKG + meant, meant)] if meant else close_matches(text.casefold(), sorted(set(names.values())), n=5)
    hint = f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
    raise ParameterError(f"--param {param}: {raw!r} is not a kind of fact of the ontology{hint} "
                         f"('kg query facts' lists the kinds the graph holds; corpus/CLAIMS.md lists every fact type)")


#: Parameter types that may name a person, and so take a surname alone.
_SURNAMED = ("person", "actor", "entity", "actor-or-asset", "actor-or-fact")


def _labelled(near: dict[str, str], came_close: dict[str, set[str]], run: Runner) -> list[str]:
    """Near matches ({IRI: the longest normalised name of it that came close}) as a person
    would type them: each entity's label as the registry spells it, alone when the label
    came close too (``came_close``: {IRI: every name of it that did}), else with the name
    that came close in brackets: 'Vladimir Putin ("putin")'. An entity without a label keeps
    the name that came close."""
    values = " ".join(f"<{i}>" for i in near)
    _, rows = run(f"SELECT ?e ?l WHERE {{ VALUES ?e {{ {values} }} ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }}")
    labels: dict[str, str] = {}
    for e, label in rows:
        labels.setdefault(e.value, label.value)
    out = []
    for iri, name in near.items():
        label = labels.get(iri)
        out.append(name if label is None else label if normalise(label) in came_close.get(iri, {name})
                   else f"{label} (\"{name}\")")
    return out


def _described(iris: list[str], run: Runner) -> list[str]:
    """Each IRI as "label (description) <IRI>", to tell homonyms apart in a message."""
    values = " ".join(f"<{i}>" for i in iris)
    _, rows = run(f"SELECT ?e ?l ?d WHERE {{ VALUES ?e {{ {values} }} OPTIONAL {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }} "
                  f"OPTIONAL {{ ?e <https://schema.org/description> ?d }} }}")
    seen = {}
    for e, label, desc in rows:
        text = label.value if label is not None else e.value
        seen.setdefault(e.value, f"{text} ({desc.value}) <{e.value}>" if desc is not None else f"{text} <{e.value}>")
    return [seen.get(i, f"<{i}>") for i in iris]


def _candidates(ptype: str, run: Runner, registry: bool = False) -> dict[str, set[str]]:
    """IRIs of the parameter's kind, each with its normalised names (labels, aliases,
    id): {IRI: {name}}. ``registry``: of an entity kind, only the entities of the
    registry (those with a skos:prefLabel, which kg/mapping.py writes for each), not the
    unnamed actors an article describes ("unnamed officials")."""
    if ptype == "fact":
        # Each fact once before its labels, not once per claim (half the time at 9,000 claims).
        return _names(run, f"SELECT ?e ?name WHERE {{ {{ SELECT DISTINCT ?e WHERE {{ ?c <{GKG}supports> ?e }} }} "
                           f"?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }}", FACT)
    if ptype == "article":
        return _names(run, f"SELECT DISTINCT ?e ?name WHERE {{ ?e a <{GKG}Article> ; <http://purl.org/dc/terms/identifier> ?name }}", "")
    cls = ENTITY_TYPES[ptype]
    # A parameter of several classes (an actor or an asset) reads one class at a time,
    # each as fast as a parameter of that class alone.
    out: dict[str, set[str]] = {}
    for c in cls if isinstance(cls, tuple) else (cls,):
        # Any entity: those of the registry, found by their skos:prefLabel (kg/mapping.py
        # writes one for each), not by reading every label of the store, where the facts'
        # outnumber the entities' 60 to 1 (2.2 s at 10,000 articles).
        typing = (("?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?preferred . " if registry else "")
                  + f"?e a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <{GKG}{c}> ."
                  if c else f"?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?preferred . "
                            f"FILTER(STRSTARTS(STR(?e), \"{ID}\") && !STRSTARTS(STR(?e), \"{ID}fact/\") && !STRSTARTS(STR(?e), \"{ID}claim/\"))")
        for iri, names in _names(run, f"SELECT DISTINCT ?e ?name WHERE {{ ?e <http://www.w3.org/2000/01/rdf-schema#label>|"
                                      f"<http://www.w3.org/2004/02/skos/core#altLabel> ?name . {typing} }}", ID).items():
            out.setdefault(iri, set()).update(names)
    return out


def _names(run: Runner, query: str, prefix: str) -> dict[str, set[str]]:
    """The rows (?e, ?name) of ``query`` as {IRI: {normalised name}}, each IRI under
    ``prefix`` also named by the rest of it (its id)."""
    _, rows = run(query)
    out: dict[str, set[str]] = {}
    for e, name in rows:
        names = out.setdefault(e.value, set())
        names.add(normalise(name.value))
        if prefix and e.value.startswith(prefix):
            names.add(normalise(e.value[len(prefix):]))
    return out


_HEADER = re.compile(r"^#\+ ?(.*)$")


def parse_query_file(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        m = _HEADER.match(line)
        if m:
            header.append(m.group(1))
        elif line.strip() and not line.startswith("#"):
            break
    # The header is YAML read by the corpus's reader (YAML 1.2 core schema, its limits).
    meta = parse_yaml("\n".join(header), path) or {}
    if not isinstance(meta, dict) or "title" not in meta:
        raise InputError(path, "the '#+' header needs at least a title")
    params = {}
    for name, spec in (meta.get("params") or {}).items():
        spec = spec or {}
        ptype = spec.get("type", "string")
        if ptype not in PARAM_TYPES:
            raise InputError(path, f"parameter {name!r}: unknown type {ptype!r}; use one of {', '.join(sorted(PARAM_TYPES))}")
        if ptype in PAGE_TYPES:
            if not _LIMIT.search(_code(text)):
                raise InputError(path, f"parameter {name!r} pages the rows: the query needs a LIMIT clause")
        elif f"?_{name}" not in text:
            raise InputError(path, f"parameter {name!r} is declared but the query never uses ?_{name}")
        params[name] = Parameter(name, ptype, bool(spec.get("required", False)), spec.get("default"),
                                 str(spec.get("description", "")))
    if REVIEWED not in params and _SUPPORTS.search(_code(text)):
        params[REVIEWED] = _REVIEWED_PARAM
    remote_binding = str(meta.get("remote_binding", "terms"))
    if remote_binding not in ("terms", "values"):
        raise InputError(path, f"remote_binding: expected 'terms' or 'values', got {remote_binding!r}")
    selection_first = meta.get("selection_first", False)
    if not isinstance(selection_first, int) or selection_first < 0:
        raise InputError(path, f"selection_first: expected true, false or a number of levels, got {selection_first!r}")
    if selection_first and not _first_subquery(_code(text)):
        raise InputError(path, "selection_first: the query's outer group has no subquery joined in it to evaluate first")
    return CannedQuery(
        name=path.stem, path=path, title=str(meta["title"]), description=str(meta.get("description", "")).strip(),
        sparql=text, params=params, example=dict(meta.get("example") or {}), tags=list(meta.get("tags") or []),
        remote_binding=remote_binding, selection_first=selection_first, if_empty=_empty_hints(path, meta, params),
    )


def _empty_hints(path: Path, meta: dict, params: dict[str, Parameter]) -> list[EmptyHint]:
    """The ``if_empty`` entries of a query file's header (``meta``), each ``{when: [param,
    ...], select: SPARQL, say: text}`` and optionally ``say_with_rows: text``, as :class:`EmptyHint`. Raises :class:`InputError`
    naming ``path`` for an entry that is not such a mapping, names a parameter the query
    does not declare or that its SELECT never uses, or whose text names a ``{field}``
    that is neither a parameter nor a variable of the SELECT."""
    hints = []
    for i, entry in enumerate(meta.get("if_empty") or [], 1):
        if not isinstance(entry, dict) or not {"when", "select", "say"} <= set(entry) <= {"when", "select", "say", "say_with_rows"}:
            raise InputError(path, f"if_empty entry {i}: expected keys when, select and say (and say_with_rows, optional)")
        when = tuple(str(n) for n in (entry["when"] if isinstance(entry["when"], list) else [entry["when"]]))
        sparql, say = str(entry["select"]), str(entry["say"])
        with_rows = str(entry["say_with_rows"]) if entry.get("say_with_rows") is not None else None
        for n in when:
            if n not in params or f"?_{n}" not in sparql:
                raise InputError(path, f"if_empty entry {i}: {n!r} is not a parameter of the query used by its select")
        for name in re.findall(r"{(\w+)}", say + (with_rows or "")):
            if name not in when and f"?{name}" not in sparql:
                raise InputError(path, f"if_empty entry {i}: its text names {{{name}}}, neither a parameter nor a variable")
        hints.append(EmptyHint(when, sparql, say, with_rows))
    return hints


def load_catalog(directory: Path = QUERIES_DIR) -> dict[str, CannedQuery]:
    """Every ``*.rq`` file of ``directory``, by name.

    Raises :class:`InputError` naming the folder when it is missing or holds no query:
    an empty catalog is a broken installation or a wrong folder, never "no rows".

    >>> "meetings" in load_catalog()
    True
    """
    files = sorted(Path(directory).glob("*.rq"))
    if not files:
        problem = "no canned queries (*.rq files) here" if Path(directory).is_dir() else "no such folder"
        raise InputError(directory, f"{problem}: the query catalog is empty")
    return {p.stem: parse_query_file(p) for p in files}


def _singular(name: str) -> str:
    """A canned query's name with its last word in the singular, as a user may type it.

    >>> _singular("supplies"), _singular("arms-transfers"), _singular("profile")
    ('supply', 'arms-transfer', 'profile')
    """
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def get(name: str, directory: Path = QUERIES_DIR) -> CannedQuery:
    """The canned query ``name`` of ``directory``. Only its own file is read (reading the
    YAML headers of the whole catalog would double the start-up of ``kg query NAME``);
    an unknown name raises :class:`KGError` with the near matches in the catalog.
    """
    own = Path(directory) / f"{name}.rq"
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", name) and own.is_file():
        return parse_query_file(own)
    catalog = load_catalog(directory)
    if name not in catalog:
        # Also against each name in the singular: 'supply' for 'supplies', 'meeting'.
        singular = {_singular(q): q for q in catalog}
        near = list(dict.fromkeys([*(singular[w] for w in close_matches(name, list(singular), n=3)),
                                   *close_matches(name, list(catalog), n=3)]))[:3]
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise KGError(f"no canned query named {name!r}{hint} ('kg queries' lists them)")
    return catalog[name]
