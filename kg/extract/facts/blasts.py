"""Attacks told by their toll with no one named as their author: "A bomb blast killed 12
people at a market in Qarat on Saturday, police said", "a car bomb wounded 30 people in
the capital", "an explosion killed four soldiers near the border".

The rule of attacks told by their dead (:mod:`kg.extract.facts.casualties`) needs the
perpetrator a demonym, name or possessive gives ("Israeli strikes killed ..."); news of
a bombing often names none, and the toll is then the fact: a gkg:Attack ("a use of force
against people or property on one occasion: a strike, a shelling, a bombing, a blast";
CAMEO 180, PLOVER ASSAULT) with the place its 'in' / 'at' phrases name and ``killed`` or
``wounded`` when the text counts them plainly, and ``perpetrator: unnamed attackers``
(nothing is guessed; the reviewer names one where the text does elsewhere). A blast not of a bomb
("a gas explosion", "an explosion at a chemical plant") is an accident, no attack: the
noun must be a bomb's or an attack's, or 'blast' / 'explosion' with a bomb named beside
it ("a bomb blast", "a car bomb explosion", "a suicide blast").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.casualties import HARM_VERBS, PERPETRATORS, _count, _harm
from kg.extract.facts.common import PLACES, Context, Fact, _modifiers, _place_of, _uniq, preps
from kg.extract.mentions import Known

#: Nouns of a bomb or a bombing, an attack by themselves ("a car bomb killed ..."). An air
#: strike, a missile or a shell is a force's, which the article names when it tells it:
#: killed "in an air strike" by no one named drafts no attack (the casualties rule's own).
BOMB_NOUNS = {"bomb", "bombing", "car-bomb", "ied", "grenade"}
#: Nouns of a blast, an attack only with a bomb or an attacker's word beside them.
BLAST_NOUNS = {"blast", "explosion", "detonation"}
#: Words beside a blast noun that make it an attack's ("a bomb blast", "a suicide blast").
ATTACK_MODIFIERS = BOMB_NOUNS | {"suicide", "terrorist", "terror", "militant", "insurgent", "bomber"}
#: Words beside a blast noun that make it an accident's ("a gas explosion").
ACCIDENT_MODIFIERS = {"gas", "boiler", "pipeline", "mine", "factory", "plant", "chemical", "industrial", "fuel",
                      "accidental", "tanker", "firework", "fireworks", "dust"}
#: What the trigger words of this rule are.
BLAST_TRIGGERS = BOMB_NOUNS | BLAST_NOUNS


def toll_attack_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Attack with no named perpetrator from a noun of a bomb, a bombing or a bomb's
    blast (:data:`BOMB_NOUNS`, :data:`BLAST_NOUNS` with :data:`ATTACK_MODIFIERS`) that killed or wounded people
    (the subject of 'killed', or 'killed in a blast'), with the count the text gives and
    the place its 'in' / 'at' phrases name. Returns [] or one fact; [] when the noun
    names its perpetrator or target (the attack rules draft those), an accident's blast
    ("a gas explosion"), no one harmed, or a definite noun ("the strike killed two
    children": an attack the article told before, not a new one)."""
    if tok.pos_ != "NOUN":
        return []
    lemma = tok.lemma_.lower()
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in BLAST_NOUNS:
        if not mods & ATTACK_MODIFIERS or mods & ACCIDENT_MODIFIERS:
            return []
    elif lemma not in BOMB_NOUNS:
        return []
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children):
        return []  # "the strike killed two children": the attack told before, whose own rule drafted it
    verb = _harm(tok)
    if verb is None:
        return []
    if [e for e in _modifiers(tok, cx, ("poss", "compound", "amod", "nmod")) if e.type in PERPETRATORS] or \
            [e for o in preps(tok, {"by"}) for e in cx.entities(o)]:
        return []  # "Israeli strikes killed ...": the perpetrator's rule
    if any(e.type not in PLACES for o in preps(tok, {"on", "against", "targeting"}) for e in cx.entities(o)):
        return []  # "a strike on X's convoy": the target's rule
    n = _count(verb)
    if not n:
        return []  # "killed people", "killed dozens": no toll counted, too little to tell one attack
    f = Fact("Attack", {}, tokens=[*(c.i for c in tok.children if c.dep_ in ("compound", "amod")), tok.i, verb.i],
             trigger=tok)
    f.qualified["perpetrator"] = ("unnamed attackers", None)  # as corpus/CLAIMS.md writes actors not named
    place = _uniq([e for o in preps(tok, {"in", "at", "near"}) for e in cx.entities(o) if e.type in PLACES]) \
        or _place_of(verb, cx, ("in", "at", "near")) or _place_within(verb, cx)
    if place:
        f.roles["place"] = place
    f.attrs[HARM_VERBS[verb.lemma_]] = n
    return [f]


def _place_within(verb: Token, cx: Context) -> list[Known]:
    """The named places inside the 'in' / 'at' / 'near' phrases of ``verb`` when the
    phrase's own noun names none: "at a market in the town of Qarat" gives Qarat."""
    return _uniq([e for o in preps(verb, {"in", "at", "near"}) for t in o.subtree if t.i != o.i and t.pos_ == "PROPN"
                  for e in cx.entities(t) if e.type in PLACES])
