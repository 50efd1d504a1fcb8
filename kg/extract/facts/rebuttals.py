"""An accusation rejected by the accused: "Peru accused Chile of spying ...
Chile rejected the allegations", "The Czech government accused China of ... The Chinese
embassy rejected the accusation as groundless".

A ``Rejection`` (CAMEO 1 'reject', PLOVER REJECT) of "the accusation" names no one it
answers; its words point back to the accusation told before, the fact the rejection is
about (corpus/CLAIMS.md: a reaction ``aboutFact: <the fact>``, "Facts as objects"). This
module marks that reference after the rules have drafted the article's facts; the engine
gives ``aboutFact`` the accusation's id.

Input: the drafted facts of one document, in text order. A Rejection is read when its
trigger is a verb of rejecting whose object is a noun of :data:`ACCUSATION_NOUNS` with a
determiner that points back ('the', 'that', 'these', 'such'), it names no one it is
about, and an Accusation drafted before it in the article has the rejecting party (or
its state) among the accused: the Rejection points back (``refers``) to the Accusation
told last before it. Output: none; the facts are changed in place. Nothing is marked
when no accusation told before accuses the one rejecting.
"""

from __future__ import annotations

from kg.extract.facts.common import Context, Fact, objects

#: Nouns of an accusation a party may reject.
ACCUSATION_NOUNS = {"accusation", "allegation", "claim", "charge"}
#: Determiners that point back to something told before.
BACK_DETERMINERS = {"the", "that", "these", "those", "this", "such"}


def _answered_noun(f: Fact):
    """The object of ``f``'s verb that is an accusation told before ("denied the
    accusation"), or None."""
    verb = f.trigger
    if verb is None or verb.pos_ != "VERB":
        return None
    for o in objects(verb):
        if o.lemma_.lower() in ACCUSATION_NOUNS and any(c.dep_ in ("det", "predet") and c.lower_ in BACK_DETERMINERS
                                                         for c in o.children):
            if any(c.dep_ == "prep" for c in o.children):
                continue  # "the allegations against him", "the claim of fraud": the noun says whose or what
            return o
    return None


def _sides(entities: list, cx: Context) -> set[str]:
    """Ids of ``entities`` and of the states they stand for (a government, a ministry)."""
    out = set()
    for e in entities:
        if not hasattr(e, "id"):
            continue
        out.add(e.id)
        st = cx.resolver.state_of(e)
        if st is not None:
            out.add(st.id)
    return out


def accusers_answered(found: list[Fact], cx: Context) -> None:
    """Point each Rejection of an accusation told before (the module docstring) back to
    the Accusation told last before it, when one drafted before accuses the rejecting
    party."""
    for f in found:
        if f.type != "Rejection" or f.roles.get("about") or not f.roles.get("speaker"):
            continue
        noun = _answered_noun(f)
        if noun is None:
            continue
        mine = _sides(f.roles["speaker"], cx)
        told = [g for g in found if g.type == "Accusation" and g.trigger is not None and g.trigger.i < f.trigger.i
                and g.roles.get("speaker") and mine & _sides(g.roles.get("about", []), cx)]
        if not told:
            continue
        f.refers = ("aboutFact", ("Accusation",))  # the engine gives it the accusation's id
