"""An article's text as HTML with every quoted span in a ``<mark>``.

Spans come from the Web Annotation TextPositionSelectors of the evidence: ``start``
and ``end`` count Unicode code points from the start of the article text (the W3C Web
Annotation Data Model, §4.2.4, counts characters; the project counts code points), so
they index a Python string directly. Spans may nest or overlap: a span that crosses the
end of another is cut into pieces, each a ``<mark>`` with the same ``data-evidence``,
so the text of all the pieces of a span, joined, is exactly its quote. The first piece
carries the span's ``id`` (its anchor).
"""

from __future__ import annotations

from markupsafe import Markup, escape


def _open(span: dict, first: bool, href) -> str:
    kind = "".join(ch if ch.isalnum() else "-" for ch in span["kind"])
    who = f"; said by {', '.join(span['speakers'])}" if span["speakers"] else ""
    facts = ", ".join(f["key"] for f in span["facts"]) or "no fact"
    title = f"{span['kind']} ({span['modality']}{who}): {facts}"
    target = href(span["facts"][0]["key"]) if span["facts"] else ""
    ident = f' id="{escape(span["evidence"])}"' if first else ""
    return (f'<mark{ident} class="kind-{escape(kind)} modality-{escape(span["modality"])}" '
            f'data-evidence="{escape(span["evidence"])}" data-fact-href="{escape(target)}" '
            f'title="{escape(title)}">')


def highlighted(text: str, spans: list[dict], href) -> tuple[Markup, list[dict]]:
    """``text`` escaped, with a ``<mark>`` per span (see the module docstring).

    ``spans`` are dicts with ``evidence`` (the anchor id), ``start``, ``end`` (code
    points, end exclusive), ``exact``, ``kind``, ``modality``, ``speakers``, ``facts``
    (``[{key}]``); ``href(fact_key)`` gives a fact page's URL. A span whose offsets fall
    outside the text or whose characters there are not its ``exact`` quote is not
    drawn; it is returned in the second element (the page lists it as unanchored).

    >>> html, bad = highlighted("a <b> c", [{"evidence": "e1", "start": 2, "end": 5, "exact": "<b>",
    ...     "kind": "meeting", "modality": "asserted", "speakers": [], "facts": []}], lambda k: k)
    >>> str(html).split(">", 1)[1]
    '&lt;b&gt;</mark> c'
    """
    good, bad = [], []
    for s in spans:
        ok = 0 <= s["start"] < s["end"] <= len(text) and (not s["exact"] or text[s["start"]:s["end"]] == s["exact"])
        (good if ok else bad).append(s)
    bounds = sorted({0, len(text)} | {s["start"] for s in good} | {s["end"] for s in good})
    starting: dict[int, list[dict]] = {}
    for s in good:
        starting.setdefault(s["start"], []).append(s)
    out: list[str] = []
    stack: list[dict] = []  # the open spans, innermost last
    for i, pos in enumerate(bounds):
        # Close the spans ending here; spans opened inside one of them are closed
        # with it and reopened as continuation pieces.
        if any(s["end"] == pos for s in stack):
            keep = []
            while stack:
                s = stack.pop()
                out.append("</mark>")
                if s["end"] != pos:
                    keep.append(s)
                if not any(t["end"] == pos for t in stack):
                    break
            for s in reversed(keep):
                out.append(_open(s, False, href))
                stack.append(s)
        # Longer spans open first, so they are the outer ones.
        for s in sorted(starting.get(pos, []), key=lambda s: (-s["end"], s["evidence"])):
            out.append(_open(s, True, href))
            stack.append(s)
        if i + 1 < len(bounds):
            out.append(str(escape(text[pos:bounds[i + 1]])))
    return Markup("".join(out)), bad
