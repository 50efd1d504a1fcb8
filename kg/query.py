"""The default page of ``kg query NAME``: the first rows of a canned query, in its order.

A canned query such as ``votes`` or ``profile`` can answer thousands of rows at 10,000
articles; printed whole, they are more than a person reads and cost time to compute and
write. ``kg query NAME`` therefore shows the first :data:`DEFAULT_PAGE` rows on standard
output (the terminal or a pipe) and says on standard error that more rows exist and how
to get them, as command-line clients of web services page their lists (``gh issue list
--limit``). ``--limit N`` asks for N rows, ``--all`` for every row; a file written with
``-o FILE`` holds every row unless ``--limit`` is given, since a file is asked for as data.

How the page is cut:

- a query with a ``limit`` parameter of its own (``facts``, ``timeline``, ...) already
  pages in its text (:func:`kg.catalog.set_page`): ``--limit N`` is its ``limit=N``,
  ``--all`` its largest page, :data:`kg.catalog.MAX_LIMIT`;
- any other query gets ``LIMIT N+1`` after its outer ``ORDER BY`` (every canned query
  ends on one, so the page is the first N rows of the whole answer, the same rows as the
  first N of ``--all``); the extra row only tells whether more exist. When the outer
  group's first subquery sorts the things the rows describe in the order the rows begin
  with (``profile``: the entity's facts by kind and fact), that subquery is cut first
  (:func:`first_rows`), so that only the first things are described.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.errors import KGError

#: Rows of a canned query shown on standard output when neither ``--limit`` nor ``--all``
#: is given.
DEFAULT_PAGE = 100
#: The most rows ``--all`` gives a query paged by its own ``limit`` parameter: the largest
#: page it takes (:data:`kg.catalog.MAX_LIMIT`, kept equal by a test; not imported here,
#: so that the command line's options need no RDF library).
MAX_ROWS = 100_000


def with_limit(sparql: str, rows: int) -> str:
    """``sparql`` (a SELECT query text, str) with ``LIMIT rows`` appended to its outer
    query, which must have no ``LIMIT`` or ``OFFSET`` of its own. The limit goes on a new
    line, so a comment on the last line does not swallow it. Raises :class:`KGError`
    when the outer query already has one (a paged query takes its ``limit`` parameter
    instead).

    >>> with_limit("SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x # end", 101)
    'SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x # end\\nLIMIT 101'
    """
    from kg.catalog import _code

    code = _code(sparql)
    if re.search(r"\b(LIMIT|OFFSET)\b", code[code.rfind("}") + 1:], re.IGNORECASE):
        raise KGError("this query already has a LIMIT or OFFSET of its own: page it with its limit and offset parameters")
    return f"{sparql}\nLIMIT {rows}"


def page_note(shown: int, more: bool, next_offset: int | None = None) -> str | None:
    """The line (str) telling a user that the answer goes on, or None when it does not.
    ``shown``: rows printed; ``more``: whether rows beyond them exist (for a query paged by
    its own parameters: whether the page came back full, so more may exist);
    ``next_offset``: for such a query, the ``offset`` of the next page (None otherwise)."""
    if not more:
        return None
    if next_offset is not None:
        return (f"Showed a page of {shown} rows; more may follow: --param offset={next_offset} for the next page, "
                f"--limit N for a longer one, --all for up to {MAX_ROWS:,} rows.")
    return f"Showed the first {shown} rows; more rows: use --all, or --limit N (a file written with -o holds every row)."


def page_first(sparql: str, count: int) -> str | None:
    """``sparql`` (a SELECT text ending on ``ORDER BY`` and a ``LIMIT`` from
    :func:`with_limit`) with its outer group's first subquery cut to its first ``count``
    solutions, or None when it has no subquery that can be cut so.

    The subquery qualifies when it is joined in the outer group (not in an ``OPTIONAL``,
    ``UNION`` or ``MINUS``), has no ``LIMIT`` or ``OFFSET`` of its own and ends on
    ``ORDER BY ?k1 … ?kn``, plain variables it projects, with which the outer ``ORDER
    BY`` begins. The canned query writing one promises that those keys differ from one
    solution to the next (``profile``: a fact's kind and id). Every row joins one of its
    solutions and is sorted first by that solution's keys, so the rows of its first
    ``count`` solutions come before all others: whenever they are ``count`` rows or
    more, the first ``count`` of them are the first ``count`` rows of the whole answer.
    :func:`kg.catalog.execute` then evaluates that page first and describes only its
    solutions.

    When the subquery orders by more keys than the outer ``ORDER BY`` begins with, and
    the outer one begins with its first key (``statements``: ``ORDER BY ?order ?claim``
    inside, ``ORDER BY ?order ?speaker …`` outside), the first key may tie between
    solutions whose rows interleave: the subquery then keeps every solution whose first
    key is at most that of its ``count``-th solution (a ``FILTER`` against the ``MAX`` of
    the first ``count`` keys, its group written twice alike), a prefix of its solutions
    in the outer order, so the same holds. The query writing one promises that the
    first key is bound in every solution (a solution without it would fail the
    ``FILTER``: ``statements`` gives ``?order`` a default). Such a cut has no ``LIMIT``: the query names
    it as evaluated first (header ``selection_first``), else ``execute`` evaluates it
    where it is joined."""
    from kg.catalog import _closing, _code, _subqueries, _where

    code = _code(sparql)
    outer = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE)
    if not outer:
        return None
    end = _closing(code, outer.end())
    first = _subqueries(code, outer.end(), end)[:1]
    group = first and _where(code, *first[0])
    if not group:
        return None
    start, close = first[0]
    tail = code[group[1] + 1:close - 1]
    order = re.fullmatch(r"\s*(?:GROUP\s+BY[^{}]*?)?\s*ORDER\s+BY((?:\s+\?\w+)+)\s*", tail, re.IGNORECASE | re.DOTALL)
    outer_order = re.search(r"\bORDER\s+BY\s+(.*?)\s*(?:LIMIT\s+\d+\s*)?$", code[end + 1:], re.IGNORECASE | re.DOTALL)
    if not order or not outer_order:
        return None
    from kg.catalog import _projected

    keys, outer_keys = order.group(1).split(), outer_order.group(1).split()
    if not {k[1:] for k in keys} <= set(_projected(code[start:close])):
        return None
    if outer_keys[:len(keys)] == keys:
        at = close - 1  # before the subquery's closing brace
        return f"{sparql[:at].rstrip()} LIMIT {count} {sparql[at:]}"
    if len(keys) < 2 or outer_keys[:1] != keys[:1]:
        return None
    # Ties on the first key: the solutions whose first key is at most that of the
    # count-th solution (a prefix of the solutions in the outer order, so their rows come
    # before all others). The group is written twice alike: kg.catalog.execute evaluates
    # a subquery it repeats once.
    # The count-th solution is counted over the distinct keys (a group's rows, one per
    # solution), not over the rows of the group before its GROUP BY (one per claim).
    key, body, all_keys = keys[0], sparql[group[0]:group[1]], " ".join(keys)
    bound = "?page_first_bound"
    cut = (f"{body}\n{{ SELECT (MAX({key}) AS {bound}) WHERE {{ {{ SELECT DISTINCT {all_keys} WHERE {{{body}\n}} ORDER BY {all_keys} LIMIT {count} }} }} }}\n"
           f"FILTER({key} <= {bound})\n")
    return sparql[:group[0]] + cut + sparql[group[1]:]


def first_rows(sparql: str, rows: int, execute: Callable[[str], tuple[list[str], list[list]]]
               ) -> tuple[list[str], list[list], bool]:
    """The first ``rows`` rows of the SELECT text ``sparql`` (a bound canned query with
    no ``LIMIT`` of its own after its outer ``ORDER BY``), in its order, run through
    ``execute`` (text -> (variables, rows)): ``(variables, rows, more)``, ``more`` telling
    whether the answer goes on. When :func:`page_first` can cut the query's first
    subquery, the cut text is run first; it gives the answer only when it finds more
    than ``rows`` rows (else the whole text is run: a short answer, or things that give
    no rows at all). Raises what ``execute`` raises."""
    text = with_limit(sparql, rows + 1)  # one row more tells whether the answer goes on
    cut = page_first(text, rows + 1)
    if cut is not None:
        variables, found = execute(cut)
        if len(found) > rows:
            return variables, found[:rows], True
    variables, found = execute(text)
    return variables, found[:rows], len(found) > rows
