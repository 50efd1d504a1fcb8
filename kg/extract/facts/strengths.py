"""The size a deployed force is to reach, told after the deployment: "The brigade is to
grow to about 4,800 soldiers ... and to reach full strength by the end of 2027". The
force is named by a definite noun of a unit ("the brigade", "the contingent"), so the
figures are those of the Deployment told before: a claim on that fact (its ``fact`` the
Deployment's id, as corpus/CLAIMS.md writes further claims on one fact) with
``personnel`` (the count and its noun, "about 4800 soldiers") and ``fullEffectDate``
(when the deployment is complete: gkg:fullEffectDate).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import TROOP_NOUNS, Context, Fact
from kg.extract.quantities import count_of

#: Verbs of a force growing to a size ("is to grow to 4,800 soldiers", "will expand to ...").
GROW_VERBS = {"grow", "expand", "increase", "rise", "swell"}
#: Nouns of a force's unit that a definite description refers back to ("the brigade").
UNIT_NOUNS = TROOP_NOUNS | {"contingent", "deployment", "mission", "battlegroup", "corps"}
#: Words before a count that make it approximate ("about 4,800").
APPROX_WORDS = {"about", "some", "around", "nearly", "almost", "roughly", "approximately", "up"}
STRENGTH_TRIGGERS = GROW_VERBS


def force_strength_rules(tok: Token, cx: Context) -> list[Fact]:
    """``tok`` a verb of :data:`GROW_VERBS` whose subject is "the" and a unit noun
    (:data:`UNIT_NOUNS`; directly or as the subject of "is to", "will"), with 'to' and
    a counted noun of troops: a Deployment claim referring back to the last Deployment
    drafted before it (none: nothing drafted), with ``personnel`` ("about 4800 soldiers")
    and, where a verb joined to it says the force reaches full strength "by" a date,
    ``fullEffectDate`` (the date's value as :meth:`Context.date_of` resolves it).
    Returns [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in GROW_VERBS:
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"] or \
        ([c for c in tok.head.children if c.dep_ == "nsubj"] if tok.dep_ == "xcomp" else [])
    if len(subj) != 1 or subj[0].lemma_.lower() not in UNIT_NOUNS or subj[0].i in cx.at or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in subj[0].children):
        return []  # a named force, or "a brigade": not one told before
    size = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in TROOP_NOUNS), None)
    count = next((c for c in size.children if c.dep_ == "nummod" and count_of(c)), None) if size is not None else None
    if count is None:
        return []
    approx = next((c.lower_ for c in count.children if c.lower_ in APPROX_WORDS), None)
    attrs: dict = {"personnel": f"{approx + ' ' if approx else ''}{count_of(count)} {size.lower_}"}
    tokens = [subj[0].i, tok.i, count.i, size.i]
    full = next((v for v in tok.children if v.dep_ == "conj" and v.lemma_ == "reach" and any(
        o.lemma_.lower() == "strength" for o in v.children if o.dep_ == "dobj")), None)
    if full is not None:
        date, toks = cx.date_of(full)
        if date:
            attrs["fullEffectDate"] = date
            tokens += [full.i, *toks]
    return [Fact("Deployment", {}, attrs, tokens=list(range(min(tokens), max(tokens) + 1)), split=False,
                 clause=False, undated=True, refers=("fact", ("Deployment",)))]
