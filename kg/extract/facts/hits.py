"""Attacks told by the weapon that hits, not by the one who fires it: "Israeli tank fire hit
five border towns", "Russian missiles struck Kharkiv", "Hezbollah rockets hit Haifa". The
demonym, possessor or name on the weapon is the ``perpetrator`` (CAMEO 19 'fight', PLOVER
ASSAULT / ATTACK), the weapon's words ``weapon``, what is hit the ``target`` when it is
named, else an unnamed target in the text's words ("5 unnamed border towns"), its owner's
party when a name or demonym gives one; an ``Attack`` as corpus/CLAIMS.md writes it.

Nothing is drafted where the strike is only possible, denied or asked about ("could hit",
"if rockets hit", "did not hit", "did Russian missiles hit ...?") or where no one fires it
("the strike hit").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _demonym_states, _text, _uniq, _unnamed_people, objects

#: Verbs of a weapon landing on its target.
HIT_VERBS = {"hit", "strike", "pound", "slam", "smash", "rain"}
#: Nouns of fire and munitions that may be the subject of a verb of hitting.
WEAPON_NOUNS = {"fire", "shelling", "missile", "rocket", "drone", "strike", "airstrike", "air-strike", "shell",
                "artillery", "bomb", "mortar", "projectile", "barrage", "salvo", "bombardment", "munition"}
#: Auxiliaries and marks that make the hit only possible, wished for or asked about.
UNREAL_AUX = {"could", "might", "may", "can", "ca", "should", "must"}
#: Auxiliaries of a plan: unreal for an event told as done, not for a measure announced.
PLAN_AUX = {"would", "will", "'ll", "'d"}
UNREAL_MARKS = {"if", "unless", "whether", "lest"}


def unreal(verb: Token, plans: bool = False) -> bool:
    """Whether the clause of ``verb`` tells an event that has not been said to happen: a
    modal auxiliary ("could hit", "would strike"; "would" and "will" pass when ``plans``,
    a measure announced being a plan), a condition or a doubt on it or on the clause it
    hangs on ("if rockets hit", "whether missiles struck"), or a question (its sentence
    ends with '?')."""
    modal = UNREAL_AUX if plans else UNREAL_AUX | PLAN_AUX
    if any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children):
        return True
    for node in (verb, *list(verb.ancestors)[:2]):
        if any(c.dep_ == "mark" and c.lower_ in UNREAL_MARKS for c in node.children):
            return True
    return verb.sent.text.rstrip().rstrip("\"'”’").endswith("?")


def _firers(weapon: Token, cx: Context) -> list:
    """Who fires ``weapon``: the state of a demonym on it or on a noun compounded with it
    ("Israeli tank fire", "Russian missiles"), else the actor a possessor or a name before
    it names ("Russia's missiles", "Hezbollah rockets"); no places, no persons."""
    heads = [weapon, *(c for c in weapon.children if c.dep_ == "compound")]
    found = [e for h in heads for e in _demonym_states(h, cx)]
    if not found:
        found = [e for c in weapon.children if c.dep_ in ("poss", "compound") for e in cx.entities(c, conj=False)]
    return [e for e in _uniq(found) if e.type not in NOT_ACTORS and e.type != "Person"]


def weapon_hit_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Attack from a verb of :data:`HIT_VERBS` whose subject is a weapon of
    :data:`WEAPON_NOUNS` its firer is named on ("Israeli tank fire hit five border
    towns"): ``perpetrator`` the firer (:func:`_firers`), ``weapon`` the subject's
    words, ``target`` the object's actors, or the object as unnamed ("5 unnamed border
    towns"; its party the state a demonym in it names); a place hit ("struck Kharkiv")
    is the ``target``, as the attack rules of :mod:`~kg.extract.facts.military` write a
    town struck. Returns [] or one fact; [] for an unreal or denied hit (:func:`unreal`,
    "did not hit"), a weapon no one is named firing, or a verb with no object."""
    if tok.pos_ != "VERB" or tok.lemma_ not in HIT_VERBS or unreal(tok) or any(c.dep_ == "neg" for c in tok.children):
        return []
    weapon = next((c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in WEAPON_NOUNS), None)
    if weapon is None:
        return []
    perp = _firers(weapon, cx)
    hit = [o for o in objects(tok) if o.dep_ == "dobj"]
    if not perp or not hit:
        return []
    # any actor or place may be hit ("struck Kharkiv", "hit the convoy of X"), not a news outlet's name
    target = [e for o in hit for e in cx.entities(o) if e.type != "NewsOrganisation"]
    target = [e for e in _uniq(target) if e.id not in {p.id for p in perp}]
    words = [t for t in weapon.subtree if t.dep_ not in ("det", "case") and t.i not in cx.at]
    f = Fact("Attack", {"perpetrator": perp, **({"target": target} if target else {})},
             {"weapon": _text(cx.doc, words)}, tokens=[tok.i, weapon.i, *(t.i for t in hit[0].subtree)], trigger=tok)
    if not target:
        unnamed, party = _unnamed_people(hit[0], cx)
        f.qualified["target"] = (unnamed, party)
    return [f]
