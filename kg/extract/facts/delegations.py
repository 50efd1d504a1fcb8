"""Whom a person acts for, where no office of a state says it: the head of a state's
delegation ("Pakistan's delegation was led by General X", "the Afghan side was headed by
Y", "Z led Ostravia's delegation") and the holder of a title a demonym opens ("Afghan
Taliban spokesman X": a body's spokesman of that state) act for that state
(``Context.person_state``), so that a person the registry lacks is proposed with ``of``
that state, as one given a state's office is (kg/extract/engine.py)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context
from kg.extract.mentions import TITLES

#: Verbs of heading a group of negotiators.
HEAD_VERBS = {"lead", "head"}
#: Nouns of a state's negotiators at talks: "Pakistan's delegation", "the Afghan side".
DELEGATION_NOUNS = {"delegation", "side", "team", "negotiators"}


def _state_of_delegation(noun: Token, cx: Context):
    """The one state a delegation noun's possessor or adjective names ("Pakistan's
    delegation", "the Afghan side"), else None."""
    if noun.lemma_ not in DELEGATION_NOUNS and noun.lower_ not in DELEGATION_NOUNS:
        return None
    states = {cx.at[c.i].entity.id: cx.at[c.i].entity for c in noun.children
              if c.dep_ in ("poss", "amod", "compound") and c.i in cx.at and cx.at[c.i].entity.type == "State"}
    return next(iter(states.values())) if len(states) == 1 else None


def delegation_heads(cx: Context) -> None:
    """Fill ``cx.person_state`` (person id -> state) with the heads of the states'
    delegations the article names: the agent of a passive 'led' or 'headed' whose subject
    is a state's delegation, or the subject of an active one whose object is. A state the
    person already acts for (registry ``of``, an office) is kept; a delegation of no one
    state ("the delegations", "the two sides") names none."""
    for tok in cx.doc:
        if tok.pos_ != "VERB" or tok.lemma_ not in HEAD_VERBS:
            continue
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive:
            noun, heads = passive[0], [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        else:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            noun, heads = (objs[0] if objs else None), [c for c in tok.children if c.dep_ == "nsubj"]
        st = _state_of_delegation(noun, cx) if noun is not None else None
        if st is None:
            continue
        for h in heads:
            m = cx.at.get(h.i)
            if m is not None and m.entity.type == "Person":
                cx.person_state.setdefault(m.entity.id, st)


def demonym_titles(cx: Context) -> None:
    """Fill ``cx.person_state`` with the state a demonym opening a person's title names:
    "Afghan Taliban spokesman X", "Ostravian rebel commander Y" (a body's office whose
    words start with the state's adjective). The title is the run of adjectives and
    nouns right before the name, joined to it (compound, amod), holding a word of
    :data:`~kg.extract.mentions.TITLES`; its first word must name exactly one state, as
    its adjective or its name ("US envoy X"); a state after a preposition ("envoy to
    Afghanistan X") is outside the run. A state the person already acts for is kept."""
    for m in cx.mentions:
        if m.entity.type != "Person" or m.form != "name" or m.entity.id in cx.person_state:
            continue
        i = m.start - 1
        run = []
        while i >= 0 and i >= m.start - 6 and cx.doc[i].pos_ in ("PROPN", "NOUN", "ADJ") and \
                cx.doc[i].dep_ in ("compound", "amod", "nmod"):
            run.insert(0, cx.doc[i])
            i -= 1
        if len(run) < 2 or not any(t.lower_ in TITLES for t in run):
            continue
        first = cx.at.get(run[0].i)
        if first is None or first.form not in ("demonym", "name") or first.entity.type != "State":
            continue
        if any(x.entity.type == "State" and x.entity.id != first.entity.id for t in run
               for x in [cx.at.get(t.i)] if x is not None):
            continue  # two states in one title: no one of them
        cx.person_state.setdefault(m.entity.id, first.entity)
