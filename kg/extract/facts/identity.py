"""What a drafted fact's id says of it, when no participant of the fact is named.

A drafted fact id is the fact's kind, its participants role by role and its date or
period (:func:`kg.extract.engine._fact_id`), so that one event drafted from two
articles takes one id, and ``kg ingest`` gives it two sources (corpus/CLAIMS.md,
``fact``: every claim with the same id is about the same fact, across files). A fact
that names no participant ("more than 50 people have been arrested", "a bomb blast
killed 12 people", "officials said") has only its kind and perhaps a day left: two
unrelated arrests would then share ``detention`` (or ``detention-2025-06-02``) and be
shown as one corroborated fact. Such a fact's id takes the places it names and then the
article's id, which scopes it to the article it was drafted from. So does an event its
claims give no date and no person takes part in (a state's payment, removal or
election): states and bodies pay, remove and elect again and again, and only a day tells
one such event from another (an undated event is not linked across articles either);
a named person's detention or trial is told by that person. One article may still
tell it twice under one id, and an analyst who knows two articles report one event
gives both claims one id by hand. Cross-article linking
(:func:`kg.extract.linking.link`) already leaves facts without participants alone, for
the same reason.
"""

from __future__ import annotations

import re

from kg.extract.linking import LASTING, _dates, _participants, _repoint
from kg.ontology import vocabulary

#: An entity's or fact's id as a claim names it; an unnamed actor is words ("more than 40
#: unnamed people", "dozens of unnamed demonstrators").
_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")

#: Longest fact id the engine writes (:func:`kg.extract.engine._fact_id`).
MAX_ID = 120


def article_slug(article_id: str) -> str:
    """An article id as it may end a fact id: lower case, runs of other characters than
    ``a-z0-9`` made one hyphen (``000_54e0c6`` -> ``000-54e0c6``)."""
    return re.sub(r"[^a-z0-9]+", "-", article_id.lower()).strip("-")


def scope_unidentified(claims: list[dict], article_id: str, people: set[str] = frozenset()) -> int:
    """Give every drafted fact of ``claims`` (claim dicts as the engine drafts them,
    changed in place) that names no participant (:func:`kg.extract.linking._participants`:
    no entity in any role but ``place``; unnamed actors, however counted, are none), and
    every event (gkg:Event; statements, and the lasting kinds of
    :data:`kg.extract.linking.LASTING`, aside) that no claim dates and no person of
    ``people`` (the ids of the persons the draft names) takes part in, an id that ends with
    the ids of the places it names and the article's id (:func:`article_slug` of
    ``article_id``), the fact's kind and date staying in front; claims naming the fact
    by its old id (``about``, ``characterised``, ...) follow it. Returns the number of
    facts renamed. A fact whose id already ends with the article's id is left as it is."""
    own = article_slug(article_id)
    by_fact: dict[str, list[dict]] = {}
    for claim in claims:
        by_fact.setdefault(claim["fact"], []).append(claim)
    taken = set(by_fact)
    renamed = 0
    vocab = vocabulary()
    for fact_id, group in by_fact.items():
        if not own or fact_id.endswith(own):
            continue
        kind = group[0].get("type", "")
        named = {p for p in _participants(group) if _ID.fullmatch(p)}
        # an event of no day ("the United States is paying $6 million"): a state or a body does
        # the same again and again, and its id would join its other payments (a statement's id ends
        # with its day already; a state of affairs lasts, and is one fact whenever told)
        undated_event = vocab.is_a(kind, "Event") and not vocab.is_a(kind, "Statement") and kind not in LASTING \
            and not _dates(group) and not (named & people)
        if named and not undated_event:
            continue
        places: list[str] = []
        for claim in group:
            for place in claim.get("place") if isinstance(claim.get("place"), list) else [claim.get("place")]:
                if isinstance(place, str) and place not in places and place not in fact_id.split("-"):
                    places.append(place)
        tail = "-".join([*places, own])
        base = fact_id[:max(MAX_ID - len(tail) - 1, 1)].rstrip("-")
        new = f"{base}-{tail}"[:MAX_ID].rstrip("-")
        n = 2
        while new in taken:  # (two facts of the article cut to one id stay two)
            new = f"{base}-{tail}"[:MAX_ID - 2 - len(str(n))].rstrip("-") + f"-{n}"
            n += 1
        taken.add(new)
        for claim in group:
            claim["fact"] = new
        _repoint(claims, fact_id, new)
        renamed += 1
    return renamed
