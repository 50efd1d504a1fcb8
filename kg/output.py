"""Tabular results for people and for scripts: one place for every output format."""

from __future__ import annotations

import csv
import io
import json
import re

import pyoxigraph as ox

FORMATS = ("table", "csv", "tsv", "json", "sparql-json")


# C0 and C1 controls (ESC starts the terminal's escape sequences: colours, cursor
# moves, window titles, OSC 8 links), DEL, and the bidirectional overrides and isolates
# that reorder what a terminal shows (the "Trojan Source" characters, CVE-2021-42574).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: str) -> str:
    """``text`` with every control character, escape sequence introducer and bidi
    control shown as a Python-style escape (``\\x1b``, ``\\u202e``), so that data
    printed for a person cannot recolour, move or rewrite the terminal. Tab and line
    feed are kept. Machine formats (csv, tsv, json) keep the data exact instead.

    >>> print(for_terminal("red \\x1b[31mflag"))
    red \\x1b[31mflag
    """
    return _UNSAFE.sub(lambda m: ascii(m.group())[1:-1], text)


def term_text(term) -> str:
    """A term as a person reads it: IRIs in full, literals as their plain value."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def _json_value(term):
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
    return term_text(term)


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


def render(variables: list[str], rows: list[list], fmt: str = "table") -> str:
    """Render rows of RDF terms (or None) with column names ``variables``.

    >>> print(render(["a"], [[ox.Literal("x")]], "csv"), end="")
    a
    x
    """
    if fmt == "json":
        return json.dumps([{v: _json_value(t) for v, t in zip(variables, r)} for r in rows],
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "sparql-json":
        bindings = [{v: _sparql_json_term(t) for v, t in zip(variables, r) if t is not None} for r in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=2) + "\n"
    text = [[term_text(t) for t in r] for r in rows]
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        if fmt == "csv":
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(variables)
            w.writerows(text)
        else:
            # TSV as IANA defines it: no quoting, so tabs and newlines in values become spaces.
            for r in [variables, *text]:
                buf.write("\t".join(" ".join(c.split()) if ("\t" in c or "\n" in c) else c for c in r) + "\n")
        return buf.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    cells = [[for_terminal(" ".join(c.split())) for c in r] for r in text]
    widths = [len(v) for v in variables]
    for r in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, r)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(v.ljust(w) for v, w in zip(variables, widths)).rstrip(), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def solutions(result) -> tuple[list[str], list[list]]:
    """Variables and rows of a pyoxigraph SELECT result."""
    variables = [v.value for v in result.variables]
    return variables, [[s[v] for v in variables] for s in result]
