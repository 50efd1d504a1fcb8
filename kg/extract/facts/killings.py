"""A killing told with the strike that did it: "X was killed in an Israeli strike in
Beirut", "died in a drone strike by Chad". The verb of killing drafts an Attack on its
victim and the noun of the strike an Attack by its perpetrator; the words tell one
attack (CAMEO 18 'assault' / 19 'fight', PLOVER 'attack'), so the two are drafted as one
Attack with the victim, the perpetrator and the place.

The pass takes and returns the drafted facts of one document and raises nothing.
"""

from __future__ import annotations

from kg.extract.facts.common import Fact

#: Verbs of killing or wounding whose 'in' or 'by' phrase may name the attack that did it.
KILL_VERBS = {"kill", "wound", "injure", "die", "assassinate", "slay", "eliminate"}
#: Prepositions that put the attack beside the killing ("killed in a strike", "killed by a drone strike").
BY_PREPS = {"in", "by", "during"}


def one_attack_per_killing(facts: list[Fact]) -> list[Fact]:
    """``facts`` with each Attack triggered by a noun hung on a verb of killing of
    :data:`KILL_VERBS` through 'in', 'by' or 'during' merged into the Attack that verb
    triggered: the victim's Attack takes the roles it lacks (perpetrator, place) and
    the noun's words; the noun's Attack is dropped. Attacks of other clauses are left alone."""
    by_trigger = {f.trigger.i: f for f in facts if f.type == "Attack" and f.trigger is not None
                  and f.trigger.lemma_ in KILL_VERBS}
    dropped: set[int] = set()
    for f in facts:
        t = f.trigger
        if f.type != "Attack" or t is None or t.pos_ != "NOUN" or t.dep_ != "pobj" or \
                t.head.lower_ not in BY_PREPS or t.head.head.i not in by_trigger:
            continue
        victim = by_trigger[t.head.head.i]
        if victim is f:
            continue
        for key, value in f.roles.items():
            if key not in victim.roles:
                victim.roles[key] = value
                if key in f.qualified:
                    victim.qualified[key] = f.qualified[key]
        for key, value in f.attrs.items():
            victim.attrs.setdefault(key, value)
        victim.tokens += [i for i in f.tokens if i not in victim.tokens]
        dropped.add(id(f))
    return [f for f in facts if id(f) not in dropped]
