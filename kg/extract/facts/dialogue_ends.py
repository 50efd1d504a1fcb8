"""A body's measure of ending its dialogue with another, and the condition that ends a
measure (corpus/CLAIMS.md, "A measure that lasts until something happens"):

- "The Executive Board decided to end any form of dialogue with the National Olympic
  Committee of X about hosting future Games", "the federation suspended all contact with
  Y": a ``Sanction`` (CAMEO 16 'reduce relations', PLOVER REDUCE) of the subject
  (``authority``) on whom 'with' names (``target``), the ``measure`` in words ('end of any
  form of dialogue about hosting future Games'), and an 'until' clause of the sentence as
  its ``untilCondition``;
- "The freeze will stay in place until the government gives adequate guarantees", "The
  state of emergency will remain in force until further notice": a claim of the measure
  told before (``refers``: a Sanction, or an EmergencyRule for an emergency's noun) with
  ``untilCondition``, the clause's words after 'until'.

A date after 'until' is an end date, read by the rules of dates, never a condition.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, preps, subjects
from kg.extract.facts.emergencies import _emergency, _emergency_before

#: Verbs of ending or halting a dialogue, and the noun of the act ("end of", "suspension of").
END_VERBS = {"end": "end", "suspend": "suspension", "freeze": "freeze", "halt": "halt", "break": "break",
             "cut": "cut", "sever": "severance"}
#: What such a verb ends when it is a measure against the partner: dialogue or contact of any
#: kind (not relations, a fact of its own kind; talks or negotiations on a subject suspended are
#: that Negotiation's status, corpus/CLAIMS.md).
DIALOGUE_NOUNS = {"dialogue", "dialog", "contact", "engagement"}
#: Verbs of a measure lasting ("will stay in place until", "remains in force until").
LAST_VERBS = {"stay", "remain", "last", "continue", "apply", "hold"}
#: Nouns of a sanction-like measure a later sentence names ("The freeze", "The suspension").
SANCTION_MEASURE_NOUNS = {"freeze", "suspension", "ban", "sanction", "embargo", "restriction", "boycott", "measure",
                          "exclusion", "suspension"}


def until_clause(verb: Token) -> tuple[str | None, list[int]]:
    """The condition an 'until' clause on ``verb`` gives ("until the government gives the
    IOC adequate guarantees ..."): its words after 'until' and its tokens; (None, []) when
    there is none, or 'until' brings a date ("until March")."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children):
            toks = [t for t in c.subtree if not (t.dep_ == "mark" and t.lower_ == "until" and t.head.i == c.i)]
            while toks and toks[-1].is_punct:
                toks.pop()
            if toks:
                return verb.doc[toks[0].i: toks[-1].i + 1].text, [t.i for t in c.subtree]
        if c.dep_ == "prep" and c.lower_ == "until":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and objs[0].ent_type_ not in ("DATE", "TIME") and objs[0].lower_ == "notice":
                return " ".join(t.text for t in objs[0].subtree), [t.i for t in c.subtree]
    return None, []


def _dialogue(obj: Token) -> Token | None:
    """The dialogue noun ``obj`` (an object) names: itself, or after "any form of", "all"."""
    if obj.lemma_.lower() in DIALOGUE_NOUNS:
        return obj
    if obj.lemma_.lower() in ("form", "kind", "type", "channel"):
        return next((o for o in preps(obj, {"of"}) if o.lemma_.lower() in DIALOGUE_NOUNS), None)
    return None


def dialogue_end_rules(tok: Token, cx: Context) -> list[Fact]:
    """``tok`` a verb of :data:`END_VERBS` whose object is a dialogue (:data:`DIALOGUE_NOUNS`,
    "any form of dialogue") with a named party ('with X'): a Sanction of the subject (or
    of the subject of the verb it hangs on: "decided to end") on X, the measure in words,
    the 'until' clause its ``untilCondition``. Nothing when the subject or the party is
    not named, or the subject is the party ("X and Y ended their talks": no measure)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in END_VERBS:
        return []
    if tok.lemma_.lower() in ("break", "cut") and not any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    talk = _dialogue(obj) if obj is not None else None
    if talk is None:
        return []
    partners = [o for h in (talk, obj, tok) for o in preps(h, {"with"})]
    target = _uniq([e for o in partners for e in cx.entities(o) if e.type not in NOT_ACTORS])
    subj = subjects(tok)
    if not subj and tok.dep_ == "xcomp":
        subj = subjects(tok.head)
    authority = _uniq([e for s_ in subj for e in cx.entities(s_) if e.type not in NOT_ACTORS + ("Person",)])
    if not target or not authority or {e.id for e in target} & {e.id for e in authority}:
        return []
    with_words = {t.i for o in partners for t in o.head.subtree}
    about = [c for h in (talk, obj, tok) for c in h.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "regarding")
             and c.i > obj.i]
    about_words = [t for a in about[:1] for t in a.subtree]
    words = [t for t in obj.subtree if t.i not in with_words and t not in about_words]
    measure = " ".join([END_VERBS[tok.lemma_.lower()], "of", *(t.text for t in words), *(t.text for t in about_words)])
    measure = measure.replace(" ,", ",")
    attrs: dict = {"measure": measure}
    toks = [tok.i, *(t.i for t in obj.subtree), *(t.i for a in about[:1] for t in a.subtree)]
    cond, ctoks = until_clause(tok)
    if cond is None and tok.dep_ == "xcomp":
        cond, ctoks = until_clause(tok.head)
    if cond:
        attrs["untilCondition"] = cond
        toks += ctoks
    return [Fact("Sanction", {"authority": authority, "target": target}, attrs, tokens=toks, split=False)]


def lasts_until_rules(tok: Token, cx: Context) -> list[Fact]:
    """``tok`` a main verb of :data:`LAST_VERBS` whose subject is the definite noun of a
    measure ("The freeze will stay in place until ..."), with an 'until' clause: a claim of
    the measure told before (``refers``) with that clause as its ``untilCondition``; an
    EmergencyRule for an emergency's noun (or "the measure" after an emergency told),
    else a Sanction."""
    if tok.dep_ != "ROOT" or tok.lemma_.lower() not in LAST_VERBS:
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those")
                               for c in subj.children):
        return []
    cond, toks = until_clause(tok)
    if not cond:
        return []
    if _emergency(subj) or subj.lemma_.lower() == "measure" and _emergency_before(tok, cx):
        kind = "EmergencyRule"
    elif subj.lemma_.lower() in SANCTION_MEASURE_NOUNS:
        kind = "Sanction"
    else:
        return []
    return [Fact(kind, {}, {"untilCondition": cond}, tokens=[tok.i, *(t.i for t in subj.subtree), *toks], split=False,
                 clause=False, undated=True, refers=("fact", (kind,)), modal_is_fact=True)]


#: The words the rules of this module start from.
DIALOGUE_TRIGGERS = set(END_VERBS) | LAST_VERBS
