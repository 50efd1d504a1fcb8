"""The gazetteer shipped with the drafting engine (``world.yaml``), read without the
parser, so that ``kg query`` can read a seat of government as its state without
loading spaCy."""

from __future__ import annotations

import functools
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
