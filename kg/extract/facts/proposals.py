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


#: Keys of a proposal that one run's drafts may give differently for one name: the words
#: each article writes it with, and what one article alone says of it.
MERGED_KEYS = ("aliases", "of", "description", "wikidata")


def one_proposal_per_name(entries: list[list[dict]]) -> dict[str, dict]:
    """One registry entry for each id that several drafts of one run propose under the
    same class and label but with other aliases, or with a state, a description or a
    Wikidata id only some of them give (``entries``: the proposed entries of each draft,
    in the run's order). Returns id -> the entry every draft of the run should hold: the
    aliases of all (sorted, the label left out), the other keys from the first draft that
    gives them. An id proposed under two classes or labels, or with two different states
    (two bodies that share a name), is left out: which one is meant is the reviewer's to
    say, and ``kg ingest`` names the clash."""
    by_id: dict[str, list[dict]] = {}
    for draft in entries:
        for entry in draft:
            by_id.setdefault(entry["id"], []).append(entry)
    out: dict[str, dict] = {}
    for eid, found in by_id.items():
        if len(found) < 2 or all(e == found[0] for e in found):
            continue
        first = found[0]
        if any(e.get("type") != first.get("type") or e.get("label") != first.get("label") for e in found):
            continue
        if len({e["of"] for e in found if e.get("of")}) > 1:
            continue
        merged = {k: v for k, v in first.items() if k not in MERGED_KEYS}
        aliases = sorted({a for e in found for a in e.get("aliases", ()) if a != first.get("label")})
        if aliases:
            merged["aliases"] = aliases
        for key in MERGED_KEYS[1:]:
            value = next((e[key] for e in found if e.get(key)), None)
            if value is not None:
                merged[key] = value
        out[eid] = merged
    return out
