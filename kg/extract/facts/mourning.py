"""Periods of mourning declared: "Khamenei declared five days of public mourning", "the
president declared Sunday a national day of mourning", "Peru announced three days of
national mourning". Each is a ``Mourning`` (a kind of ``ExecutiveAction``; corpus/CLAIMS.md,
"A period of mourning"; Wikidata "national day of mourning", Q1148465) whose ``initiator``
is who declares it (a head of state or government, a state, a government) and, for a
counted period, ``duration`` ("5 days"). A funeral is a ``Ceremony``, not drafted here.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, subjects
from kg.extract.quantities import count_of

#: Verbs that put a period of mourning in force.
DECLARE_VERBS = {"declare", "announce", "proclaim", "order", "decree"}
#: Nouns of the span a period of mourning lasts.
SPAN_NOUNS = {"day", "week"}


def _mourning(verb: Token) -> Token | None:
    """The word 'mourning' in a phrase ``verb`` takes as object or complement ("declared five
    days of mourning", "declared Sunday a national day of mourning", "ordered national
    mourning"), or None."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "npadvmod", "oprd", "attr", "ccomp", "xcomp"):
            continue
        if c.lower_ == "mourning":
            return c
        if c.lemma_.lower() in SPAN_NOUNS:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    m = next((o for o in p.children if o.dep_ == "pobj" and o.lower_ == "mourning"), None)
                    if m is not None:
                        return m
    return None


def mourning_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Mourning from a verb of :data:`DECLARE_VERBS` whose object is a period of mourning
    (:func:`_mourning`), its ``initiator`` the verb's named subject (not a place), its
    ``duration`` the days counted ("five days of mourning": 5 days; "a day of mourning":
    1 day). Returns [] or one fact; [] for mourning no one named declares ("thousands
    joined the mourning")."""
    if tok.pos_ != "VERB" or tok.lemma_ not in DECLARE_VERBS:
        return []
    word = _mourning(tok)
    if word is None:
        return []
    who = [e for s in subjects(tok) if s.dep_ != "nsubjpass" for e in cx.entities(s) if e.type not in NOT_ACTORS]
    if not who:
        return []
    f = Fact("Mourning", {"initiator": who[:1]}, tokens=[tok.i, word.i, *(t.i for t in word.head.head.subtree
                                                                           if word.head.lower_ == "of")])
    span = word.head.head if word.head.lower_ == "of" else None
    if span is not None and span.lemma_.lower() in SPAN_NOUNS:
        n = next((count_of(c) for c in span.children if c.dep_ == "nummod" and count_of(c)), None)
        if n is None and any(c.lower_ in ("a", "one") for c in span.children if c.dep_ == "det"):
            n = 1
        if n:
            f.attrs["duration"] = f"{n} {span.lemma_.lower()}{'s' if n > 1 else ''}"
    return [f]
