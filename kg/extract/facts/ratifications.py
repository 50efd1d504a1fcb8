"""Ratifications: a legislature that ratifies agreements with several partners, "the House
passed five bills ratifying defence agreements that the government has concluded with A, B
and C", "the Senate ratified the treaties with A and B". The agreements are bilateral, one
per partner: an ``Agreement`` of the legislature's state and the partner, with the
ratification as its stage (``stage: {status: ratified, date, party: <the legislature>}``, the body proposed
as an entity when the registry lacks it,
as ``corpus/CLAIMS.md`` writes a stage of an agreement), not one agreement of all the
partners without the ratifying state. Source: Vienna Convention on the Law of Treaties,
art. 14 (consent by ratification); CAMEO 057 'sign formal agreement'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.agreements import AGREEMENT_WORDS, SIGN_VERBS
from kg.extract.facts.common import Context, Fact, objects, preps, subjects

#: Verbs by which a legislature passes the bills of a ratification ("passed five bills ratifying").
PASS_VERBS = {"pass", "adopt", "approve", "endorse"}
#: Classes of a ratifying body: a legislature and the bodies a draft proposes for one.
BODY_TYPES = {"Legislature", "Organisation", "Government"}


def _ratifier(tok: Token, cx: Context):
    """The legislature that ratifies by ``tok`` ('ratify'): the verb's subject, or, for
    "passed bills ratifying X", the subject of the verb that passes the bills; with the
    state it belongs to (the resolver's ``of``); a state as the subject ratifies itself.
    Returns (body or None, state) or None."""
    subj = [s for s in subjects(tok) if s.dep_ != "nsubjpass"]
    if tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.head.lemma_ in PASS_VERBS:
        if any(c.dep_ == "neg" for c in tok.head.head.children):
            return None  # "did not pass the bills ratifying X"
        # "passed bills ratifying X": the bills' own reading as the subject is no ratifier
        subj = [s for s in subjects(tok.head.head) if s.dep_ != "nsubjpass"]
    for e in (e for s in subj for e in cx.entities(s, conj=False)):
        if e.type == "State":
            return None, e  # "Valdoria ratified the agreements with A and B": the state itself
        state = cx.resolver.home_state(e) if e.type in BODY_TYPES else None
        if state is not None and state.id != e.id:
            return e, state
    return None


def ratification_rules(tok: Token, cx: Context) -> list[Fact]:
    """One ``Agreement`` per partner of the agreements a legislature ratifies (``tok`` the
    verb 'ratify', not negated): parties the legislature's state and the partner (each name
    of the 'with' list on the agreements' noun or on the clause that signed or concluded
    them), ``status: ratified``, ``stage`` the ratification by the legislature on the
    clause's date, ``description`` the agreements' kind ('defence cooperation agreement').
    Only plural agreements with two partners or more: one agreement ratified with one
    partner is :func:`~kg.extract.facts.agreements.agreement_rules`' own. Returns a list of
    facts, possibly empty."""
    if tok.pos_ != "VERB" or tok.lemma_ != "ratify" or any(c.dep_ == "neg" for c in tok.children):
        return []
    docs = [o for o in objects(tok) if o.lemma_ in AGREEMENT_WORDS and o.tag_ == "NNS"]
    found = _ratifier(tok, cx) if docs else None
    if found is None:
        return []
    body, state = found
    clauses = [c for d in docs for c in d.children if c.dep_ in ("acl", "relcl") and c.lemma_ in SIGN_VERBS]
    phrases = [o for h in [*docs, *clauses] for o in preps(h, {"with"})]
    partners = [e for o in phrases for x in [o, *o.conjuncts] for e in cx.entities(x, conj=False)
                if e.type == "State" and e.id != state.id]
    partners = list({e.id: e for e in partners}.values())
    if len(partners) < 2:
        return []
    kind = [t for t in docs[0].subtree if t.i <= docs[0].i and t.dep_ in ("compound", "amod", "nmod") or t.i == docs[0].i]
    description = " ".join(t.lemma_ if t.i == docs[0].i else t.lower_ for t in kind)
    date, dtoks = cx.date_of(tok.head.head if tok.dep_ == "acl" else tok)
    out = []
    for p in partners:
        stage = {"status": "ratified", **({"date": date} if date else {}), **({"party": body} if body else {})}
        f = Fact("Agreement", {"party": [state, p]}, {"status": "ratified", "stage": stage},
                 tokens=[tok.i, *(d.i for d in docs), *dtoks], split=False)
        if len(kind) > 1:  # a kind named ("defence cooperation"), not the bare noun
            f.attrs["description"] = description
        out.append(f)
    return out
