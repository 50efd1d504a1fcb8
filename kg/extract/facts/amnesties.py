"""An amnesty or pardon granted to many at once ("the junta announced an amnesty for 5,864
prisoners", "the president granted a pardon to 300 inmates"): a ``LegalAction`` with
``legalActionKind: pardon`` (corpus/CLAIMS.md, "Plea deals, bail and pardons"; CAMEO 0841
"return, release persons" is the release that follows, drafted by the release rules), its
``initiator`` the subject of the verb that grants or announces it and its ``beneficiary``
the people counted after 'for' or 'to', unnamed ("5864 unnamed prisoners").

An amnesty only called for, demanded or refused ("urged an amnesty for", "rejected an
amnesty") grants no one anything and drafts nothing; nor does an amnesty with no people
counted or named ("an amnesty law", "a tax amnesty").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, _unnamed_people, doers, preps
from kg.extract.facts.legal import CAPTIVES

#: Nouns of a pardon granted to many.
AMNESTY_NOUNS = {"amnesty", "pardon", "clemency"}
#: Verbs whose subject grants the amnesty its object names ("announced an amnesty for ...").
GRANT_VERBS = {"announce", "grant", "declare", "order", "issue", "give", "approve", "sign", "extend"}
AMNESTY_TRIGGERS = AMNESTY_NOUNS


def amnesty_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X announced an amnesty for 5,864 prisoners", "X granted a pardon to 300 inmates":
    a ``LegalAction`` (pardon) of the verb's subject (initiator; the state, body or person
    the mention names) for the people counted in the 'for' or 'to' phrase, as unnamed
    beneficiaries; a named person there is the beneficiary by id. Shape: a noun token of
    :data:`AMNESTY_NOUNS` in, one fact or none out."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in AMNESTY_NOUNS or tok.dep_ != "dobj":
        return []
    verb = tok.head
    if verb.lemma_ not in GRANT_VERBS:
        return []
    # "an amnesty for 1,200 prisoners": the parser may hang 'for' on the noun or on the verb
    objs = preps(tok, {"for", "to"}) or preps(verb, {"for", "to"})
    named = _uniq([e for o in objs for e in cx.entities(o) if e.type == "Person"])
    counted = [o for o in objs if not cx.entities(o) and o.lemma_ in CAPTIVES and o.tag_ == "NNS"
               and any(c.dep_ == "nummod" for c in o.children)]
    if not named and not counted:
        return []
    by = _uniq([e for s_ in doers(verb) for e in cx.entities(s_)])
    roles = {k: v for k, v in (("initiator", by), ("beneficiary", named)) if v}
    f = Fact("LegalAction", roles, {"legalActionKind": "pardon"}, tokens=[verb.i, tok.i, *(o.i for o in objs)])
    if not named:
        f.qualified["beneficiary"] = _unnamed_people(counted[0], cx)
    return [f]
