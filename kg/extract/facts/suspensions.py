"""An official suspended from office by a government: "The government had suspended X
from his post", "the cabinet suspended board member X". An ``ExecutiveAction`` (corpus/
CLAIMS.md, "An executive or regulatory action that is not a law"; CAMEO 1721 'impose
administrative sanctions', PLOVER SANCTION has no such act on one's own official) with
``initiator`` the government's state (or the Government entity its subject names),
``target`` the person and ``subject`` the words of the act ("suspended from his post").

Input: a token of the parsed article and its :class:`~kg.extract.facts.common.Context`;
output: a list of :class:`~kg.extract.facts.common.Fact`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, doers, objects, preps
from kg.extract.facts.judgements import OFFICE_WORDS, REMOVERS

#: Common nouns of a state's executive that suspends its officials.
GOVERNMENT_WORDS = {"government", "cabinet", "administration", "presidency", "ministry"}


def suspension_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The government had suspended X from his post": the module's ExecutiveAction.
    Nothing for a thing suspended ("suspended talks", "suspended the sanctions"), a
    passive with no one suspending, a negated verb, or a subject that is no government
    (a name of the registry of class Government, or a word of :data:`GOVERNMENT_WORDS`),
    nor where :func:`~kg.extract.facts.judgements.removal_rules` drafts the act: "suspended
    X from office" by a doer it resolves (one fact, with its ``actionType``)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "suspend" or any(c.dep_ == "neg" for c in tok.children):
        return []
    persons = [(o, e) for o in objects(tok) for e in cx.entities(o) if e.type == "Person"]
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not persons or len(subj) != 1:
        return []
    if any(o.lemma_.lower() in OFFICE_WORDS for o in preps(tok, {"from", "of"})) and any(
            e.type in REMOVERS for s_ in doers(tok) for e in cx.entities(s_)):
        return []
    named = [e for e in cx.entities(subj[0]) if e.type == "Government"]
    if not named and subj[0].lemma_.lower() not in GOVERNMENT_WORDS:
        return []
    state = named[:1] or [st for st in [cx.person_state.get(persons[0][1].id) or cx.office_state.get(persons[0][1].id)
                                         or cx.resolver.state_of(persons[0][1])] if st is not None]
    if not state:
        return []
    whence = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"]
    words = "suspended" + (" " + cx.doc[whence[0].i: whence[0].right_edge.i + 1].text if whence else "")
    f = Fact("ExecutiveAction", {"initiator": state, "target": [e for _, e in persons[:1]]}, {"subject": words},
             tokens=[tok.i, subj[0].i, *(t.i for t in persons[0][0].subtree)])
    f.split = False
    return [f]
