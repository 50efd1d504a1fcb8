"""Compare the rows of canned queries written two ways, on built stores.

Usage: python bench/compare_queries.py --before DIR [--sample N] NAME[,NAME…] STORE…

For each store (opened read-only) and each query named, runs the query file of the
folder ``DIR`` (the catalog as it was) and the one of the installed catalog (as it
is) with the same parameters, bound and evaluated as ``kg query`` does
(:meth:`kg.catalog.CannedQuery.bind` then :meth:`kg.catalog.CannedQuery.execute`), and compares
the answers as TSV text (SPARQL 1.1 TSV: terms in N-Triples form, in order). The
parameter sets: none (the defaults), the catalog example when every entity of it
resolves, and every entity of the store of each entity parameter's kind, one
parameter at a time (by IRI, so no name is ambiguous); with ``--sample N``, every
k-th of them so that about N are run per parameter. Prints one line per store and
query (sets run, sets that differ, rows compared, seconds before and after) and
exits 1 when any answer differs. A query that pages by its own ``limit`` now but did
not before is asked for its largest page (``limit`` 100,000), to be compared with the
whole answer of before. With ``--pages 1,7,100``, the first rows that ``kg query``
shows of a query without a ``limit`` of its own (:func:`kg.query.first_rows`, which may
cut a page of what the rows describe first) are compared too, for each number of rows,
with as many first rows of the whole answer of before. ``--with 'limit=50&offset=120'``
(repeatable) runs each set once more with those parameters added (pages across a
paged query's answer, ``reviewed=true``); ``article=FIRST`` stands for the first
article of the store with a claim (by IRI), ``article=EACH`` for every tenth one.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.catalog import MAX_LIMIT, ENTITY_TYPES, ParameterError, _candidates, load_catalog, parse_query_file
from kg.output import solutions
from kg.query import first_rows
from kg.store import GraphStore


def tsv(variables: list[str], rows: list[list]) -> str:
    """The answer as SPARQL 1.1 TSV text (an unbound value as an empty field)."""
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def parameter_sets(query, run, sample: int | None) -> list[dict[str, str]]:
    """The parameter sets to run ``query`` with (see the module docstring)."""
    sets: list[dict[str, str]] = [{}]
    if query.example:
        sets.append({k: str(v) for k, v in query.example.items()})
    for p in query.params.values():
        if p.type not in ENTITY_TYPES:
            continue
        iris = sorted(_candidates(p.type, run))
        if sample and len(iris) > sample:
            iris = iris[::len(iris) // sample]
        sets += [{p.name: f"<{iri}>"} for iri in iris]
    return sets


def answer(query, values: dict[str, str], run, rows: int | None = None) -> str:
    """The TSV answer of ``query`` with ``values`` (with ``rows``, its first rows as ``kg
    query`` shows them), or the error it raises as text."""
    try:
        bound = query.bind(values, run)
        if rows is None:
            return tsv(*query.execute(bound, run))
        variables, found, _ = first_rows(bound, rows, lambda text: query.execute(text, run))
        return tsv(variables, found)
    except ParameterError as e:
        return f"ParameterError: {e}\n"


def head(answer_text: str, rows: int) -> str:
    """The header and first ``rows`` rows of a TSV answer (an error text as it is)."""
    lines = answer_text.splitlines(keepends=True)
    return answer_text if answer_text.startswith("ParameterError") else "".join(lines[:rows + 1])


def extras(specs: list[str], run) -> list[dict[str, str]]:
    """The parameter sets of ``--with`` (see the module docstring)."""
    out = []
    articles = None
    for spec in specs:
        values = dict(part.split("=", 1) for part in spec.split("&") if part)
        if values.get("article") in ("FIRST", "EACH"):
            if articles is None:
                _, rows = run("SELECT DISTINCT ?a WHERE { ?c <https://w3id.org/geopolitics-kg/ontology#supports> ?f ; "
                              "<http://www.w3.org/ns/prov#wasDerivedFrom> ?a } ORDER BY ?a")
                articles = [r[0].value for r in rows]
            chosen = articles[:1] if values["article"] == "FIRST" else articles[::10]
            out += [{**values, "article": f"<{a}>"} for a in chosen]
        else:
            out.append(values)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, type=Path, help="folder of the query files as they were")
    ap.add_argument("--sample", type=int, default=None, help="about this many entities per parameter")
    ap.add_argument("--pages", default="", help="comma-separated row counts: compare the first rows kg query shows too")
    ap.add_argument("--with", dest="extra", action="append", default=[],
                    help="parameters added to each set for one more run, as k=v&k=v (repeatable)")
    ap.add_argument("names", help="comma-separated query names")
    ap.add_argument("stores", nargs="+")
    args = ap.parse_args()
    after = load_catalog()
    pages = [int(n) for n in args.pages.split(",") if n.strip()]
    failed = False
    for path in args.stores:
        store = GraphStore.open(Path(path), read_only=True, create=False)

        def run(text: str, store=store):
            return solutions(store.query(text, prefixes=False))

        for name in args.names.split(","):
            old, new = parse_query_file(args.before / f"{name}.rq"), after[name]
            differ, rows, t_old, t_new = [], 0, 0.0, 0.0
            sets = parameter_sets(new, run, args.sample)
            sets += [{**values, **extra} for extra in extras(args.extra, run) for values in sets]
            paged = {p.name: str(MAX_LIMIT) for p in new.params.values()
                     if p.type == "limit" and not any(q.type == "limit" for q in old.params.values())}
            for values in sets:
                t0 = time.perf_counter()
                a = answer(old, values, run)
                t1 = time.perf_counter()
                b = answer(new, {**values, **paged}, run)
                t_old, t_new = t_old + t1 - t0, t_new + time.perf_counter() - t1
                rows += a.count("\n") - 1
                if a != b:
                    differ.append(values)
                for n in pages if not any(p.type == "limit" for p in new.params.values()) else ():
                    if head(a, n) != answer(new, values, run, n):
                        differ.append({**values, "(first rows)": n})
            failed = failed or bool(differ)
            print(f"{Path(path).name}\t{name}\t{len(sets)} sets\t{len(differ)} differ\t{rows} rows"
                  f"\t{t_old:.2f} s before\t{t_new:.2f} s after" + (f"\tfirst differing: {differ[0]}" if differ else ""),
                  flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
