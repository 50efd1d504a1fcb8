"""Damaged infrastructure: "the anchor of a container ship damaged the Balticconnector gas
pipeline", "four telecommunications cables had also been damaged", "two data cables were
cut": a ``Damage`` (the ontology's gkg:Damage, an asset damaged or put out of service,
neutral about intent; CAMEO and PLOVER have no event for it) of the cable, pipeline or
line, named (an asset of the registry) or counted in words ("4 unnamed
telecommunications cables"), with what happened to it (``damage``: the verb's words) and
the vessel its 'of' phrase names as the cause (``byAsset``, the instrument in words).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _unnamed_people, _uniq, objects, preps, subjects

#: Verbs of damaging an asset or putting it out of service.
DAMAGE_VERBS = {"damage", "sever", "cut", "rupture", "break"}
#: Head nouns of the infrastructure a Damage is of: cables, pipelines, power lines,
#: interconnectors ("cut" with any other object is a cut of rates, ties or supplies).
INFRA_NOUNS = {"cable", "pipeline", "interconnector", "interconnection", "connector", "pipe"}


def damage_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Damage`` from a verb of :data:`DAMAGE_VERBS` whose object (or the subject of
    its passive) is infrastructure: an asset of the registry with a head noun of
    :data:`INFRA_NOUNS` or no common head at all ("damaged the Balticconnector gas
    pipeline", "Estlink 2 was severed"), else such a noun unnamed, counted in words
    ("four telecommunications cables had been damaged"). ``damage`` is the verb as
    written when it is a past form; ``byAsset`` the asset the active subject is or whose
    part it is ("the anchor of the ship X damaged ...": ``instrument`` 'the anchor').
    Returns [] or one fact: nothing for rates, ties or supplies cut, nor for a person
    or a state 'damaged' (reputations, relations)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in DAMAGE_VERBS:
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    things = [o for o in objects(tok) if o.dep_ in ("dobj", "nsubjpass")]
    if not things or any(c.dep_ == "prt" for c in tok.children):
        return []  # "cut off supplies", "broke down": another verb
    thing = things[0]
    # "the Balticconnector gas pipeline": the name may stand before the common head
    named = _uniq([e for h in (thing, *thing.conjuncts) for t in h.subtree if t.i <= h.i
                   for e in cx.entities(t) if e.type == "Asset"])
    if named and thing.lemma_.lower() not in INFRA_NOUNS and thing.pos_ != "PROPN":
        return []  # "damaged the ship": a vessel struck or collided, read by other rules
    if not named and (thing.lemma_.lower() not in INFRA_NOUNS or thing.i in cx.at or
                      any(t.pos_ == "PROPN" for t in thing.subtree if t.i < thing.i)):
        return []  # "the Balticconnector gas pipeline" the registry lacks: a name, not an unnamed pipeline
    f = Fact("Damage", {"damaged": named} if named else {}, tokens=[tok.i, thing.i])
    if not named:
        # no owner: a state named in the phrase ("one between Finland and Germany") is what it connects
        f.qualified["damaged"] = (_unnamed_people(thing, cx)[0], None)
    if tok.tag_ in ("VBD", "VBN"):
        f.attrs["damage"] = tok.lower_
    if not passive:
        for s_ in (c for c in tok.children if c.dep_ == "nsubj"):
            own = [e for e in cx.entities(s_) if e.type == "Asset"]
            # "the anchor of the container ship Newnew Polar Bear": the ship's name may be in apposition
            of = [e for o in preps(s_, {"of"}) for t in (o, *(c for c in o.children if c.dep_ == "appos"))
                  for e in cx.entities(t) if e.type == "Asset"]
            if own:
                f.roles["byAsset"] = own
            elif of:
                f.roles["byAsset"] = _uniq(of)
                f.attrs["instrument"] = " ".join(t.lower_ for t in s_.subtree if t.i <= s_.i)
    return [f]


#: Prepositions of the path an anchor is dragged along ("across the cable", "over the pipeline").
DRAG_PREPS = {"across", "over", "along", "through"}


def dragged_anchor_rules(tok: Token, cx: Context) -> list[Fact]:
    """"the tanker X, which investigators suspect of dragging its anchor across the Y
    cable", "the ship X dragged its anchor over the Y pipeline": a ``Damage`` of the
    infrastructure the anchor was dragged across (``damaged``: an asset of the registry
    named there), by the vessel that dragged it (``byAsset``: the subject, or the noun a
    relative clause's 'which' stands for), ``instrument`` the anchor. How sure it is comes
    from the words around it ("suspect of": alleged, as corpus/CLAIMS.md writes what
    investigators suspect). ``tok`` is the verb 'drag'; nothing without an anchor as its
    object ("dragged the talks across the line") or a named asset dragged across."""
    if tok.pos_ != "VERB" or tok.lemma_ != "drag":
        return []
    anchor = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_ == "anchor"]
    if not anchor:
        return []
    paths = preps(tok, DRAG_PREPS)
    damaged = _uniq([e for p in paths for t in p.subtree if t.i <= p.i for e in cx.entities(t) if e.type == "Asset"])
    if not damaged:
        return []
    by = []
    for s_ in subjects(tok):
        if s_.lower_ in ("which", "that") and s_.head.dep_ == "relcl":
            s_ = s_.head.head  # "the tanker X, which investigators suspect of dragging ...": the tanker
        by += [e for e in cx.entities(s_) if e.type == "Asset" and e.id not in {d.id for d in damaged}]
    f = Fact("Damage", {"damaged": damaged, **({"byAsset": _uniq(by)[:1]} if by else {})},
             {"instrument": " ".join(t.lower_ for t in anchor[0].subtree)},
             tokens=[tok.i, anchor[0].i, *(t.i for p in paths for t in p.subtree if t.i <= p.i)], split=False)
    return [f]
