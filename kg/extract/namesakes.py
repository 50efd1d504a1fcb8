"""Namesakes: a person's surname that is also a state's name.

Surnames and given names that are also states' names are common ("Luis Montenegro",
"Michael Jordan", "Chad Wolf", "Jonathan Israel"). Once an article has named the person
in full, the surname alone ("Montenegro said ...") is that person, not the state, unless
the words around it tell a state: a place ("in Montenegro", "flew to Montenegro",
"visited Montenegro"), a state's own body or land ("Montenegro's government", "Jordan's
borders") or a list of states ("Serbia and Montenegro").
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.mentions import Mention, _named_as_place

#: Nouns a state's name owns as a state ("Montenegro's government", "Jordan's borders"):
#: its government and bodies, its land and people (the properties Wikidata gives a
#: sovereign state: P6 head of government, P194 legislative body, P36 capital, P47
#: shares border with, P1082 population, P38 currency). "Montenegro's sons" or
#: "Montenegro's party" are a person's.
STATE_OWNED = {"government", "cabinet", "administration", "parliament", "legislature", "ministry", "ministries",
               "capital", "border", "borders", "territory", "territories", "coast", "coastline", "economy",
               "army", "military", "navy", "forces", "population", "citizens", "currency", "sovereignty",
               "independence", "constitution", "embassy", "president", "presidency", "authorities", "airspace",
               "waters", "ports", "port", "regions", "region", "province", "provinces", "budget", "debt",
               "central", "national", "foreign", "defence", "defense", "interior", "state", "people"}


def _told_as_state(doc: Doc, m: Mention, states: set[int]) -> bool:
    """Whether the one-word name at ``m`` is written as a state's: a place (by
    :func:`kg.extract.mentions._named_as_place`), the owner of a state's noun
    (:data:`STATE_OWNED`, the possessive's head or the word after "'s"), or joined by
    "and"/"or"/a comma to another state's name (token indices in ``states``)."""
    span = doc[m.start:m.end]
    if _named_as_place(span):
        return True
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.lower_ in ("'s", "’s"):
        root = span.root
        heads = {root.head.lower_} if root.dep_ == "poss" else set()
        heads |= {t.lower_ for t in doc[m.end + 1:m.end + 3]}
        if heads & STATE_OWNED:
            return True
    root = span.root
    joined = {t.i for t in root.conjuncts}
    if root.dep_ == "conj":
        joined.add(root.head.i)
    return bool(joined & states)


def persons_over_states(doc: Doc, found: list[Mention]) -> list[Mention]:
    """``found`` (mentions in text order) with each one-word mention of a state whose word
    is the last word of a person named in full before it ("Prime Minister Luis Montenegro
    ... Montenegro said") made a mention of that person (form 'surname'), unless it is
    told as a state's (:func:`_told_as_state`). The person named last before it wins
    where two share the surname."""
    full = [f for f in found if f.entity.type == "Person" and f.end - f.start >= 2]
    if not full:
        return found
    states = {i for f in found if f.entity.type == "State" for i in range(f.start, f.end)}
    out = []
    for m in found:
        if m.entity.type == "State" and m.end - m.start == 1 and m.form == "name":
            word = doc[m.start].lower_
            named = [f for f in full if f.end <= m.start and doc[f.end - 1].lower_ == word]
            if named and not _told_as_state(doc, m, states - {m.start}):
                out.append(Mention(m.start, m.end, named[-1].entity, "surname"))
                continue
        out.append(m)
    return out
