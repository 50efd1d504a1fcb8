"""The gazetteer shipped with the drafting engine (``world.yaml``), read without the
parser, so that ``kg query`` can read a seat of government as its state without
loading spaCy."""

from __future__ import annotations

import functools
import re
from pathlib import Path

WORLD = Path(__file__).with_name("world.yaml")


@functools.lru_cache(maxsize=1)
def world() -> dict:
    """The gazetteer (``world.yaml``): ``states`` (code, label, aliases, demonyms,
    capital, seats) and ``organisations`` (label, aliases, type), read as every input
    file is (YAML 1.2 core schema: Norway's code ``NO`` stays a string)."""
    from kg.corpus import load_yaml

    return load_yaml(WORLD)


WORLD_WIKIDATA = Path(__file__).with_name("world-wikidata.yaml")


@functools.lru_cache(maxsize=1)
def state_wikidata() -> dict[str, str]:
    """The Wikidata ids of the gazetteer's states (``world-wikidata.yaml``): ISO 3166
    code -> Q-id, for the states the project's curated registries identify; a state
    without one is absent."""
    from kg.corpus import load_yaml

    return {str(code): str(q) for code, q in (load_yaml(WORLD_WIKIDATA).get("states") or {}).items()}


def state_proposal(state: dict) -> dict:
    """The registry entry proposed for a state of the gazetteer (an item of
    ``world()["states"]``): ``{id, type: State, label, aliases?, wikidata?}``, its id the
    slug of its label, as a draft proposes it and as ``entities.yaml`` takes it."""
    from kg.entities import id_for_name

    return {"id": id_for_name(state["label"]), "type": "State", "label": state["label"],
            **({"aliases": list(state["aliases"])} if state.get("aliases") else {}),
            **({"wikidata": state_wikidata()[state["code"]]} if state["code"] in state_wikidata() else {})}


def state_entry(name: str) -> dict | None:
    """The entry :func:`state_proposal` gives the gazetteer's state that ``name`` names
    (its label or an alias, with or without "the", compared as the registry compares names); None for a name of
    no state of the gazetteer."""
    from kg.entities import normalise

    keys = {normalise(str(name)), normalise(re.sub(r"(?i)^the\s+", "", str(name)))}
    return next((state_proposal(s) for s in world()["states"]
                 if keys & {normalise(n) for n in (s["label"], *s.get("aliases", ()))}), None)
