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
  first N of ``--all``); the extra row only tells whether more exist.
"""

from __future__ import annotations

import re

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
