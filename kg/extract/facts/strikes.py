"""Attacks told by what strikes rather than by a verb of attacking: a strike that hits a
place ("A Russian missile strike hit Kyiv"), a place pounded or hit with weapons
("Russia pounded Kyiv with missiles"), weapons launched or fired at a target ("Russia
launched 100 drones at Ukraine"), and an attack by a named group's fighters ("Hamas
fighters attacked Israel"). Each is a gkg:Attack (CAMEO 19 'fight', PLOVER 'attack'), as
:func:`~kg.extract.facts.military.force_rules` drafts "Russia bombed Kyiv".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import (
    WEAPONS, Context, Fact, _demonym_states, _modifiers, _place_of, _uniq, doers, objects, preps,
)

#: Nouns of a strike from the air or from afar, which a verb of hitting may take as subject.
STRIKE_NOUNS = {"strike", "airstrike", "attack", "raid", "bombardment", "barrage", "missile", "rocket", "drone",
                "shell", "bomb"}
#: Verbs of hitting a target ("the strike hit Kyiv", "pounded Kyiv with missiles").
HIT_VERBS = {"hit", "strike", "pound", "target", "bombard", "pummel", "batter", "shell", "blast", "rock"}
#: Verbs of sending weapons at a target ("launched 100 drones at Ukraine", "fired rockets into Israel").
LAUNCH_VERBS = {"launch", "fire", "send", "lob"}
#: Plural nouns of armed men a named group's name may qualify ("Hamas fighters", "M23 rebels").
FIGHTER_NOUNS = {"fighter", "militant", "gunman", "rebel", "insurgent", "militiaman", "jihadist"}
#: Verbs of attacking whose subject may be a group's fighters.
ATTACK_VERBS = {"attack", "strike", "raid", "storm", "ambush", "assault", "overrun"}
#: The classes a perpetrator may have: a state or an armed actor, never a person or a place.
PERPETRATORS = ("State", "ArmedForces", "ArmedGroup", "Organisation", "Group", "Government", "MilitaryGovernment")
#: The classes a target may have.
TARGETS = ("State", "Region", "City", "Place", "Site", "Government", "ArmedForces", "ArmedGroup", "Group",
           "Organisation", "StateCompany", "Company", "Asset")


def _weapon(tok: Token) -> bool:
    return tok.lemma_.lower() in WEAPONS | STRIKE_NOUNS


def _attack(perp: list, target: list, tokens: list[int], cx: Context, verb: Token) -> list[Fact]:
    """An Attack of ``perp`` on ``target`` (both resolved, of the classes above, none in
    both), placed where the verb says ("in", "near", "at"); [] when either is missing."""
    perp = _uniq([e for e in perp if e.type in PERPETRATORS])
    ids = {e.id for e in perp}
    target = _uniq([e for e in target if e.type in TARGETS and e.id not in ids])
    if not perp or not target:
        return []
    roles = {"perpetrator": perp, "target": target}
    place = _place_of(verb, cx, ("in", "near", "outside"))
    if place:
        roles["place"] = place
    return [Fact("Attack", roles, tokens=tokens)]


def strike_rules(tok: Token, cx: Context) -> list[Fact]:
    """Input: a token of the parsed article and its :class:`Context`; output: Attacks.

    - a strike as the subject of a verb of hitting: "A Russian missile strike hit Kyiv",
      "Israeli air strikes pounded the Gaza Strip": the strike's demonym or possessor
      attacks the verb's object;
    - a target hit with weapons: "Russia pounded Kyiv with missiles", "Ukraine hit a
      Russian refinery with drones" (the target, else the state a demonym on it names);
    - weapons launched or fired at a target: "Russia launched 100 drones at Ukraine",
      "fired rockets into Israel";
    - a named group's fighters as the subject of a verb of attacking: "Hamas fighters
      attacked Israel" (a verb of attacking with a named subject is
      :func:`~kg.extract.facts.military.force_rules`'s).

    [] when the verb is negated by its words alone is left to the runner (polarity), and
    when the attacker or the target names no actor: "the strike hit a school" attacks no
    one named."""
    if tok.pos_ != "VERB":
        return []
    lemma = tok.lemma_.lower()
    # the object, or the subject of the passive ("Kyiv was pounded by Russian missiles"); the doer the
    # subject or the passive's agent
    objs = objects(tok)
    if lemma in HIT_VERBS:
        subj = doers(tok)
        strikes = [s_ for s_ in subj if s_.lemma_.lower() in STRIKE_NOUNS and not cx.entities(s_, conj=False)]
        if strikes:  # "A Russian missile strike hit Kyiv"
            perp = [e for s_ in strikes for e in _modifiers(s_, cx, ("poss", "amod", "compound", "nmod"))]
            perp += [e for s_ in strikes for o in preps(s_, {"by"}) for e in cx.entities(o)]
            return _attack(perp, _targets(objs, cx), [tok.i, *(s_.i for s_ in strikes)], cx, tok)
        withs = [o for o in preps(tok, {"with"}) if _weapon(o)]
        if withs and objs:  # "pounded Kyiv with missiles"
            perp = [e for s_ in subj for e in cx.entities(s_)]
            return _attack(perp, _targets(objs, cx), [tok.i, *(o.i for o in withs)], cx, tok)
        return []
    if lemma in LAUNCH_VERBS and any(_weapon(o) for o in objs):
        at = [o for o in preps(tok, {"at", "on", "into", "against", "toward", "towards"})]
        if not at:
            return []
        perp = [e for s_ in doers(tok) for e in cx.entities(s_)]
        return _attack(perp, _targets(at, cx), [tok.i, *(o.i for o in objs)], cx, tok)
    if lemma in ATTACK_VERBS:
        fighters = [s_ for s_ in doers(tok) if s_.lemma_.lower() in FIGHTER_NOUNS
                    and not cx.entities(s_, conj=False)]
        if not fighters:
            return []
        perp = [e for s_ in fighters for e in _modifiers(s_, cx, ("poss", "compound", "nmod", "amod"))]
        return _attack(perp, _targets(objs, cx), [tok.i, *(s_.i for s_ in fighters)], cx, tok)
    return []


def _targets(objs: list[Token], cx: Context) -> list:
    """What the objects name, else the state a demonym on them names ("a Russian oil
    refinery": Russia's)."""
    named = [e for o in objs for e in cx.entities(o)]
    return named or [e for o in objs for e in _demonym_states(o, cx)]
