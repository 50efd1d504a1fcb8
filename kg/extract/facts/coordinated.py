"""Coordinated infinitives: one verb of agreeing or committing that governs two or more
things to do ("agreed on Wednesday to resume military-to-military communications and to
curb the flow of fentanyl", "agreed to restore relations and to reopen their embassies").

News English joins the several undertakings of one agreement under one verb; analysts
record each undertaking as its own fact (corpus/CLAIMS.md, "one claim per fact": an
Agreement of CAMEO 057 'sign formal agreement' / PLOVER AGREE, one per thing agreed).
This module only reads the tree; the rules that draft the facts (for instance
:func:`~kg.extract.facts.agreements.agree_rules`) call it and draft one fact per part.

Input: the verb an agreeing verb governs as its ``xcomp`` ("resume"). Output: the verbs of
the undertakings in the order of the text, each with the words that tell it.

A verb joined by 'and' is a separate undertaking only when it is told in full: its own
'to' ("and to curb the flow") or its own object ("and reopen the border crossing"). A
verb that shares its object with the first ("to build and run a plant") is one
undertaking; so is a verb joined by 'or' ("to extend or renew the deal").
"""

from __future__ import annotations

from spacy.tokens import Token

#: Conjunctions that add an undertaking ("and"), never one that offers a choice ("or").
ADDING = {"and", "as well as"}
#: Dependencies of a verb's own object or complement: a conjunct that has one is told in full.
OWN_OBJECT_DEPS = {"dobj", "prep", "xcomp", "ccomp", "dative"}


def _told_in_full(verb: Token, before: int | None = None) -> bool:
    """Whether a conjoined ``verb`` has its own 'to' or its own object or complement
    (before the token ``before``, the next verb joined, when given)."""
    if before is None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return any(c.dep_ in OWN_OBJECT_DEPS and verb.i < c.i < (before or len(verb.doc)) for c in verb.children)


def undertakings(verb: Token) -> list[Token]:
    """The verbs of the things to do that ``verb`` (an infinitive governed by a verb of
    agreeing) and the verbs joined to it tell: [verb] alone when no second one is told in
    full or the verbs are joined by 'or'."""
    # a bare infinitive as the first ("and to reopen"), not a participle the parser joins ("a deal
    # brokered by China and announced in Beijing")
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and c.tag_ == "VB"]
    if not joined:
        return [verb]
    conjunctions = {c.lower_ for c in verb.children if c.dep_ == "cc"}
    for c in joined:
        conjunctions |= {x.lower_ for x in c.children if x.dep_ == "cc"}
    if not conjunctions or not conjunctions <= ADDING:
        return [verb]
    if not _told_in_full(verb, joined[0].i) or not all(_told_in_full(c) for c in joined):
        return [verb]
    return [verb, *joined]


def undertaking_words(verb: Token, parts: list[Token]) -> list[Token]:
    """The words of one undertaking ``verb`` of ``parts`` (:func:`undertakings`): its
    subtree from the verb on, without the other parts, the conjunctions joining them and
    the commas before them ("resume military-to-military communications")."""
    own = {t.i for t in verb.subtree}
    others = {t.i for p in parts if p is not verb and p.i in own for t in p.subtree}
    joints = {c.i for p in parts for c in p.children if c.dep_ in ("cc", "punct") and c.i > verb.i}
    return [t for t in verb.subtree if t.i >= verb.i and t.i not in others and t.i not in joints]
