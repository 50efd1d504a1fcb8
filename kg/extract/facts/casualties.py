"""Attacks told by their dead: "40 people were killed in Chilean strikes", "killed in the
Hamas attack of October 7", "Peruvian air strikes killed 12 people". The noun of the
attack names who carried it out by a demonym, a name or a possessive and often names no
target, which the rule of attack nouns (:func:`~kg.extract.facts.military.force_rules`)
requires; the dead make it a fact all the same. Each is a gkg:Attack (CAMEO 19 'fight',
PLOVER 'attack'; Wikidata "attack", Q1174599) with ``perpetrator``, the place its 'in' or
'on' phrase names, and ``killed`` (or ``wounded``) when the text counts them plainly.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _modifiers, _place_of, _uniq, preps
from kg.extract.quantities import count_of

#: Nouns of an attack by arms ("strikes", "the attack", "shelling"); an "offensive" or a
#: "war" is a campaign, not one attack, and stays the rule of conflicts.
ATTACK_NOUNS = {"attack", "strike", "airstrike", "air-strike", "bombardment", "shelling", "bombing", "raid", "assault",
                "barrage"}
#: Verbs of harm to people whose cause an attack noun may be ("killed in X's strikes").
HARM_VERBS = {"kill": "killed", "wound": "wounded", "injure": "wounded"}
#: Who may carry out an attack: a state or an armed actor, never a person or a place.
PERPETRATORS = ("State", "ArmedForces", "Group", "Organisation", "MilitaryGovernment", "Government")


def _harm(noun: Token) -> Token | None:
    """The verb of harm ``noun`` is the cause of: the subject of "killed" ("strikes killed
    40 people") or the object of its 'in' / 'by' ("were killed in strikes"); else None."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ in HARM_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("in", "by") and head.head.pos_ == "VERB" and \
            head.head.lemma_ in HARM_VERBS:
        return head.head
    return None


def _count(verb: Token) -> int | None:
    """The plain number of people ``verb`` tells harmed ("killed 40 people", "12 people were
    killed"), or None when the text gives none or a bound ("more than 300": not a count)."""
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for p in people:
        nums = [c for c in p.children if c.dep_ == "nummod"]
        if len(nums) == 1 and not any(c.dep_ in ("quantmod", "advmod") for c in nums[0].children) and \
                not any(c.dep_ == "amod" and c.lower_ in ("more", "fewer", "least") for c in p.children):
            return count_of(nums[0])
    return None


def casualty_attack_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Attack from a noun of :data:`ATTACK_NOUNS` that killed or wounded people (see
    :func:`_harm`), its ``perpetrator`` the state or armed actor its demonym, name or
    possessive names ("Israeli strikes", "the Hamas attack", "Russia's shelling"). Returns
    [] or one fact; [] when the noun names its target ('on X', 'against X': the rule of
    attack nouns drafts it) or names no perpetrator ("killed in an air strike")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ATTACK_NOUNS:
        return []
    verb = _harm(tok)
    if verb is None:
        return []
    aimed = [o for o in preps(tok, {"on", "against", "into", "of"}) if cx.entities(o)]
    if any(e.type not in ("City", "Region", "Place", "Site") for o in aimed for e in cx.entities(o)):
        return []  # "strikes on Ukraine": a target named, the attack nouns' rule
    perp = [e for e in _modifiers(tok, cx, ("poss", "compound", "amod", "nmod")) if e.type in PERPETRATORS]
    if not perp:
        return []
    f = Fact("Attack", {"perpetrator": perp}, tokens=[tok.i, verb.i], trigger=tok)
    place = _uniq([e for o in preps(tok, {"on", "in"}) for e in cx.entities(o)
                   if e.type in ("City", "Region", "Place", "Site", "State") and e.id not in {p.id for p in perp}])
    place = place or [e for e in _place_of(verb, cx) if e.id not in {p.id for p in perp}]
    if place:
        f.roles["place"] = place
    n = _count(verb)
    if n:
        f.attrs[HARM_VERBS[verb.lemma_]] = n
    return [f]
