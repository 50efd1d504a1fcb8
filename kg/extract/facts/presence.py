"""Forces kept or sent somewhere, told as a "presence": "NATO will increase its military
presence in the Baltic Sea", "Russia's naval presence in Syria", "Chile boosted its troop
presence on the border with Peru". Each is a ``Deployment`` (CAMEO 154 'mobilize or
increase armed forces', PLOVER MOBILIZE; Wikidata "military deployment", Q1996635) with
``initiator`` the owner of the presence and ``destination`` where it is, ``description``
the noun's words. A presence cut, ended or withdrawn is a withdrawal, not drafted here.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _text, _uniq, preps, subjects

#: Words that make a presence one of armed forces ("military presence", "naval presence").
FORCE_MARKS = {"military", "naval", "troop", "army", "armed", "security", "defence", "defense", "nato"}
#: Verbs whose object presence is reduced or ended: a withdrawal, not a deployment.
REDUCE_VERBS = {"reduce", "cut", "end", "withdraw", "scale", "wind", "halve", "pull", "lose", "decrease", "shrink"}
#: Who may keep forces somewhere.
DEPLOYERS = ("State", "InternationalOrganisation", "ArmedForces", "Government", "MilitaryGovernment")
#: Where forces may be.
WHERE = ("State", "Region", "City", "Place", "Site")


def presence_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Deployment from a noun 'presence' marked as one of forces (:data:`FORCE_MARKS`):
    ``initiator`` its possessor ("Russia's", "its": the subject it stands for) or, with none,
    the subject of the verb it is the object of ("NATO increased the military presence");
    ``destination`` the place of its 'in' / 'on' / 'at' phrase. Returns [] or one fact; []
    for a presence reduced or ended (:data:`REDUCE_VERBS`), one said to be none ("has no
    military presence"), one with no owner or place named,
    or one whose place is its owner ("Chile's military presence in Chile")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "presence":
        return []
    marks = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in FORCE_MARKS]
    if not marks or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return []  # "Chile has no military presence in Peru": a presence denied, none kept
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and verb.lemma_.lower() in REDUCE_VERBS:
        return []
    owner = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    if not owner and verb is not None and tok.dep_ == "dobj":
        owner = [e for s in subjects(verb) if s.dep_ != "nsubjpass" for e in cx.entities(s)]
    owner = [e for e in _uniq(owner) if e.type in DEPLOYERS]
    place = [e for o in preps(tok, {"in", "on", "at", "across"}) for e in cx.entities(o)
             if e.type in WHERE and e.id not in {x.id for x in owner}]
    if not owner or not place:
        return []
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("amod", "compound")] + [tok]
    f = Fact("Deployment", {"initiator": owner, "destination": _uniq(place)}, {"description": _text(cx.doc, words)},
             tokens=[tok.i, *(t.i for t in tok.subtree)] + ([verb.i] if verb is not None else []), trigger=tok)
    return [f]
