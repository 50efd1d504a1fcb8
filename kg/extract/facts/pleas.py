"""A defendant's answer to a charge: "Tor Ashby pleaded guilty to fraud", "pleaded not
guilty to all charges", "entered a plea of not guilty", "pleaded no contest". Each is a
``LegalAction`` with ``legalActionKind: plea`` and ``plea: guilty`` (``not guilty``, ``no
contest``), the defendant its ``initiator`` (corpus/CLAIMS.md, "Plea deals"; a step of
CAMEO 17 'coerce' / PLOVER's legal action no codebook names apart): never its ``target``,
which is the charge's fact (the claims reader refuses a defendant in both roles). The
counts pleaded to go in ``charge`` ("to a single count of fraud"), a court the clause
names in ``court``. A plea not entered ("has not entered a plea", "refused to plead")
takes the polarity and modality the words around the verb give, like every fact.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _words, objects, preps, subjects

#: The answers a defendant may give, as the words after 'pleaded' (or 'plea of') read.
PLEAS = {"guilty": "guilty", "innocent": "not guilty", "contest": "no contest"}
#: Verbs of entering a plea: "pleaded guilty", "entered a plea of not guilty".
PLEA_VERBS = {"plead", "enter"}
#: Who may plead: a person or a body charged (a company pleads guilty too).
DEFENDANTS = ("Person", "Organisation", "StateCompany")


def _answer(words: list[Token]) -> str | None:
    """The plea ``words`` give ("guilty", "not guilty", "no contest", "innocent": not
    guilty), or None when they give none."""
    for w in words:
        low = w.lower_
        if low in PLEAS:
            negated = any(c.dep_ == "neg" or c.lower_ in ("not", "no") for c in w.children) or \
                (w.i > 0 and w.doc[w.i - 1].lower_ in ("not", "no"))
            if low == "contest":
                return "no contest" if negated else None
            if low == "innocent":
                return "not guilty"
            return "not guilty" if negated else "guilty"
    return None


def plea_rules(tok: Token, cx: Context) -> list[Fact]:
    """A plea from "X pleaded guilty / not guilty / no contest (to C)" or "X entered a plea
    of not guilty": ``initiator`` the defendant (a named person or body, the subject),
    ``plea``, ``charge`` the words after 'to' ("a single count of fraud"), ``court`` a
    court the clause names ("in a federal court" when the registry names it). Returns []
    or one fact; [] for "pleaded for mercy" (no answer to a charge) or a subject that
    names no defendant or no counts."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in PLEA_VERBS:
        return []
    if tok.lemma_ == "plead":
        answer = _answer([c for c in tok.children if c.dep_ in ("oprd", "acomp", "advmod", "dobj", "attr")])
    else:  # "entered a plea of not guilty", "entered pleas of guilty"
        pleas = [o for o in objects(tok) if o.lemma_ == "plea"]
        answer = _answer([t for o in pleas for p in preps(o, {"of"}) for t in [p, *p.subtree]]
                         + [c for o in pleas for c in o.children if c.dep_ == "amod"]) if pleas else None
    if answer is None:
        return []
    # the counts answered: 'to' on the verb or on the answer ("pleaded not guilty to all charges");
    # a plea that names none is left out: its target is the charge's fact, which the rule cannot tell
    counts = preps(tok, {"to"}) + [o for c in tok.children if c.dep_ in ("oprd", "acomp") for o in preps(c, {"to"})]
    if not counts:
        return []
    subj = [s for s in subjects(tok) if s.dep_ != "nsubjpass"]
    who = [e for s in subj for e in cx.entities(s) if e.type in DEFENDANTS]
    if not who:
        return []
    f = Fact("LegalAction", {"initiator": who}, {"legalActionKind": "plea", "plea": answer}, tokens=[tok.i],
             trigger=tok)
    f.attrs["charge"] = _words(cx.doc, counts)
    courts = [e for o in preps(tok, {"in", "before", "at"}) for e in cx.entities(o) if e.type == "Court"]
    if courts:
        f.roles["court"] = courts[:1]
    return [f]
