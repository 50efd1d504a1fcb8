"""A border reopened is the end of its closure: "Chile and Peru reopened the Kelt crossing
on Wednesday, ending a closure of 12 days" gives the article's BorderClosure of that
crossing its ``endDate`` (and ``duration``), the day it closed its ``startDate``
(corpus/CLAIMS.md, "A border closure"; Wikidata P582 'end time' on the closure). The
reopening is drafted as a claim of the same fact, quoting its own words, never as an act
of its own: the ontology has no class of reopening a border.
"""

from __future__ import annotations

import copy
import re

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _states, objects, subjects
from kg.extract.facts.military import BORDER_NOUNS

#: Verbs of reopening what was closed.
REOPEN_VERBS = {"reopen"}
#: "ending a closure of 27 days", "after 25 days": the length of the closure the reopening ends.
_DAYS = re.compile(r"\b(?:closure|shutdown) of (\d+|[a-z]+(?:-[a-z]+)?) (days?|weeks?|months?)\b|"
                   r"\bafter (\d+|[a-z]+(?:-[a-z]+)?) (days?|weeks?|months?)\b", re.IGNORECASE)


def _reopened_border(tok: Token) -> Token | None:
    """The border noun ``tok`` (a verb of :data:`REOPEN_VERBS`) reopens ("reopened the
    Torkham border crossing", "the crossing was reopened"), or None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in REOPEN_VERBS:
        return None
    return next((o for o in objects(tok) if o.lemma_.lower() in BORDER_NOUNS), None)


def _duration(tok: Token) -> str | None:
    """The closure's length its reopening's sentence gives ("ending a closure of 27 days":
    '27 days'), or None."""
    m = _DAYS.search(tok.sent.text)
    if not m:
        return None
    number, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"{number} {unit}"


def reopened_closures(out: list[Fact], cx: Context) -> list[Fact]:
    """Claims of the closures ``out`` holds that the article's reopenings end: for each
    verb of :data:`REOPEN_VERBS` whose object is a border noun (:data:`BORDER_NOUNS`),
    dated by its clause, the one dated BorderClosure of ``out`` of a state among those
    reopening it (or of any, when the subject names none) takes ``startDate`` (its
    date), ``endDate`` (the reopening's) and the ``duration`` the sentence gives; a copy
    of it quoting the reopening is returned (its roles the closure's: one fact, whose
    id its roles make). Changes the closures of ``out`` in place; none is
    changed when the article drafts none, or several (which one ended is not said), or the
    reopening is undated or not after the closing."""
    added: list[Fact] = []
    closures = [f for f in out if f.type == "BorderClosure" and f.attrs.get("date") and not f.negative]
    for tok in cx.doc:
        border = _reopened_border(tok)
        if border is None:
            continue
        ended, toks = cx.date_of(tok)
        if not ended:
            continue
        who = [e for e in _states([e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)], cx)
               if e.type == "State"]
        ids = {e.id for e in who}
        mine = [f for f in closures if not ids or ids & {e.id for e in f.roles.get("place", []) +
                                                         f.roles.get("initiator", [])}]
        if len(mine) != 1 or str(mine[0].attrs["date"]) >= str(ended) or len(str(ended)) != 10:
            continue
        f = mine[0]
        f.attrs["startDate"] = f.attrs.pop("date")
        f.attrs["endDate"] = ended
        length = _duration(tok)
        if length:
            f.attrs["duration"] = length
        g = copy.copy(f)
        g.roles, g.attrs = dict(f.roles), dict(f.attrs)
        g.trigger, g.tokens = tok, [tok.i, border.i, *toks]
        added.append(g)
        closures.remove(f)
    return added
