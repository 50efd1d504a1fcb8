"""Labels of proposed entities as running prose writes them.

A wire dateline prints its place in capitals ("HONG KONG - ", "SAN SALVADOR, March 17 -"),
and a name first read there would be proposed for the registry under that label. A
label is a name as prose writes it (SKOS ``prefLabel``): a proposal whose label is in
capitals takes the form the article's own running text gives the same name in
("Hong Kong"), else the title case of each word when the name has several words; an
acronym of one word ("NATO", "CECOT") is left as it is.
"""

from __future__ import annotations

import re


def prose_label(label: str, text: str) -> str:
    """``label`` (a proposed entity's label) as the running text ``text`` writes it when
    ``label`` is all capitals: the first way ``text`` writes the same words not all in
    capitals, else, for a name of several words, each word capitalised ("SAN SALVADOR":
    'San Salvador'); any other label is returned as it is."""
    if not label.isupper() or not re.search(r"[A-Z]{2}", label):
        return label
    for m in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", text, flags=re.IGNORECASE):
        if not m.group(0).isupper():
            return m.group(0)
    words = label.split()
    return " ".join(w.capitalize() for w in words) if len(words) > 1 else label


def prose_labels(proposed: dict[str, dict], text: str) -> None:
    """Give each proposed entry of ``proposed`` (id -> registry entry, changed in place)
    the label :func:`prose_label` finds in ``text`` (the capitals need no alias: the
    registry compares names case-folded)."""
    for pid, entry in list(proposed.items()):
        label = entry.get("label")
        if isinstance(label, str):
            better = prose_label(label, text)
            if better != label:
                proposed[pid] = {**entry, "label": better}
