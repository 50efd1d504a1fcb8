"""A city's offices are the city's: "Rafael López Aliaga, the mayor of Lima" holds an office
of Lima, not of Peru, although the mentions stage reads a capital's name as its state
("Lima said ..."). corpus/CLAIMS.md writes a mayor's ``positionOf`` as the city (Wikidata
P6 'head of government' on a city, P1313 'office held by head of government': mayor).
"""

from __future__ import annotations

from kg.entities import normalise
from kg.extract.facts.common import PLACES, Context, Fact
from kg.extract.mentions import Known, slug

#: Positions (of the positions scheme) held in a city, not in the state around it.
CITY_POSITIONS = {"mayor"}


def _city(name: str, cx: Context) -> Known | None:
    """The city a capital's name stands for: the registry's or gazetteer's place of that
    name, else a City proposed under it; None when its id is taken by another entity."""
    known = cx.resolver.names.get(normalise(name))
    if known is not None and known.type in PLACES:
        return known
    eid = slug(name)
    if eid in cx.resolver.registry.entities:
        entity = cx.resolver.registry.entities[eid]
        return Known(eid, entity.type, entity.label) if entity.type in PLACES else None
    return Known(eid, "City", name, {"id": eid, "type": "City", "label": name})


def city_offices(facts: list[Fact], cx: Context) -> None:
    """Give each office of :data:`CITY_POSITIONS` in ``facts`` (PositionHeld, changed in
    place) the city whose capital's name its quote holds in place of the state that name
    was read as ("the mayor of Lima": Lima, not Peru); a mayor's office of a state its
    quote names by no capital is left of no one (the position is then not drafted: a role
    left out rather than filled wrongly)."""
    for f in facts:
        if f.type != "PositionHeld" or f.attrs.get("position") not in CITY_POSITIONS:
            continue
        held = f.roles.get("positionOf", [])
        if not held or any(e.type != "State" for e in held):
            continue
        toks = set(f.tokens)
        capitals = [m for m in cx.mentions if m.form == "capital" and m.start in toks
                    and getattr(cx.resolver.state_of(m.entity), "id", None) in {e.id for e in held}]
        city = _city(cx.doc[capitals[0].start:capitals[0].end].text, cx) if capitals else None
        if city is not None:
            f.roles["positionOf"] = [city]
        else:
            del f.roles["positionOf"]
