"""Places near, not in, another: "Vnukovo airport outside Moscow", "the conference centre
near the Kremlin", "a base just outside the city of Goma": a ``Location`` whose
``located`` is the named place and whose ``distanceFrom`` is the place it is near, with
``distance`` the word of nearness (corpus/CLAIMS.md: "Vnukovo airport outside Moscow" ->
``located: Vnukovo airport``, ``distanceFrom: Moscow (city)``, ``distance: outside``, no
``place``). Wikidata P131's neighbour for vicinity, 'near' (P706's spatial relation); the
'in' of a place is :func:`~kg.extract.facts.offices.location_rules`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _capital, _capital_city
from kg.extract.facts.offices import _compound_named, _named_noun

#: Prepositions of nearness, as the distance they give.
NEAR_WORDS = {"near": "near", "outside": "outside", "beside": "next to", "nearby": "near"}
#: What may lie near a place: named sites, places and cities (a state or region is not
#: "near" a city in this sense: "troops near Kyiv" are a fact's place, not a location).
NEAR_LOCATED = ("Site", "Place", "City")
#: What a place may be near: a settlement or region ("outside Moscow"); not a state, which
#: a capital's name may stand for ("outside Moscow" is near the city, not Russia). A site
#: beside a site ("the Wall of Remembrance outside St Michael's Monastery") is written with
#: the building as its ``place`` and the nearness as ``placePart`` (corpus/CLAIMS.md), not
#: drafted here.
NEAR_WHERE = ("Place", "City", "Region")


def near_location_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Location of the named site, place or city (:data:`NEAR_LOCATED`) that the noun
    before a preposition of :data:`NEAR_WORDS` names ("Vnukovo airport outside Moscow":
    the phrase the preposition hangs on), near the place its object names (a capital
    read as its city, where the registry has it). Nothing when the preposition hangs on a
    verb ("fighting near Kyiv": an event's place), when either side names no place, or
    both name the same."""
    if tok.lower_ not in NEAR_WORDS or tok.dep_ != "prep" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return []
    what = _named_noun(tok.head, cx) or _compound_named(tok.head, cx)
    obj = next((o for o in tok.children if o.dep_ == "pobj"), None)
    if what is None or obj is None or what.entity.type not in NEAR_LOCATED:
        return []
    where = _capital_city(obj, cx) if _capital(obj, cx) else [m.entity for m in [_named_noun(obj, cx)] if m is not None]
    where = [e for e in where if e.type in NEAR_WHERE and e.id != what.entity.id]
    if not where:
        return []
    ends = [t.i for t in obj.subtree]
    return [Fact("Location", {"located": [what.entity], "distanceFrom": where[:1]},
                 {"distance": NEAR_WORDS[tok.lower_]}, tokens=list(range(min(what.start, tok.i), max(ends) + 1)),
                 clause=False)]
