"""An accusation rejected by the accused: "Khan has accused Washington of plotting his
ouster ... Washington has repeatedly denied the accusation", "Peru accused Chile of
spying. Chile rejected the allegations".

A ``Rejection`` (CAMEO 1 'reject', PLOVER REJECT; corpus/CLAIMS.md, "Rejection") of
"the accusation" names no one it answers; the words point back to the accusation told
before, and the rejection is ``about`` whoever made it. This module fills that role
after the rules have drafted the article's facts.

Input: the drafted facts of one document, in text order. A Rejection is read when its
trigger is a verb of rejecting whose object is a noun of :data:`ACCUSATION_NOUNS` with a
determiner that points back ('the', 'that', 'these', 'such'), it names no one it is
about, and an Accusation drafted before it in the article has the rejecting party (or
its state) among the accused: ``about`` becomes that accusation's speakers (the latest
such accusation). Output: none; the facts are changed in place. Nothing is filled when
no accusation told before accuses the one rejecting.
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
    """Fill ``about`` of each Rejection of an accusation told before (the module
    docstring) with the accusers of the latest Accusation drafted before it that accuses
    the rejecting party."""
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
        g = max(told, key=lambda x: x.trigger.i)
        accusers = [e for e in g.roles["speaker"] if hasattr(e, "id") and e.id not in mine]
        if not accusers:
            continue
        f.roles["about"] = accusers
        f.read_as["about"] = f"'{noun.text}': made by {', '.join(e.label for e in accusers)}, who accused " \
                             f"{', '.join(e.label for e in f.roles['speaker'])} before"
