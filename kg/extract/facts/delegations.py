"""Who a delegation's head acts for: "Pakistan's delegation was led by General X", "the
Afghan side was headed by Y", "Z led Ostravia's delegation" make the person one who acts
for that state (``Context.person_state``), so that a person the registry lacks is proposed
with ``of`` that state, as one given a state's office is (kg/extract/engine.py)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context

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
