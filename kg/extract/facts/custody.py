"""A person held, with no jail named: "Whelan had been held since December 2018", "an
airline mechanic who had been held in Afghanistan since December 2022", "was held at
the air base for most of the day".

Passive 'held' with a person as its subject, told with how long ('since', 'for' a span of
time) or where ('in' or 'at' a named place), is custody: a ``Detention`` (CAMEO 173
'arrest, detain', PLOVER ARREST; corpus/CLAIMS.md, "Detention") of that person, at that
place. The detention rules (:func:`~kg.extract.facts.legal.detention_rules`) read the
jail named ("held in Luzira Prison"); this module tells them when 'held' without a jail
is custody all the same.

Input: a verb token of 'hold'. Output: :func:`held_person` gives the persons held and the
places named, or ([], []). Not custody: 'held' in the active ("held talks"), with a complement
("held responsible", "held to account"), in an idiom of esteem or force ("held in high
regard", "held at gunpoint": :data:`NOT_CUSTODY`), an event held ("the summit was held in
Lima": its subject is no person), or a person held with neither a span nor a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, preps

#: Nouns after 'in' or 'at' that make 'held' no custody ("held in high regard", "at gunpoint").
NOT_CUSTODY = {"regard", "esteem", "contempt", "gunpoint", "check", "abeyance", "reserve", "place", "position"}
#: Classes of a place one is held in.
HELD_PLACES = ("State", "City", "Region", "Place", "Site", "Asset")


def _held_subject(verb: Token) -> list[Token]:
    """The passive subject of 'held', or the one it shares with the passive verb it is
    joined to ("had been kidnapped and was being held"), or the noun a relative clause
    hangs on ("a mechanic who had been held")."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own and own[0].lower_ in ("who", "that") and verb.dep_ == "relcl":
        # "Lea Moro, a journalist who had been held": the name the described noun stands beside
        return [verb.head, verb.head.head] if verb.head.dep_ == "appos" else [verb.head]
    if own:
        return own
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return []


#: Nouns of a span of time ("for most of the day", "for three weeks").
SPAN_NOUNS = {"hour", "day", "night", "week", "month", "year"}


def held_person(verb: Token, cx: Context) -> tuple[list, list]:
    """The persons the passive 'held' ``verb`` tells kept in custody (the module
    docstring), and the named places they are held in; ([], []) when it tells none."""
    if verb.lemma_ != "hold" or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return [], []
    if any(c.dep_ in ("acomp", "oprd", "xcomp", "dobj", "attr") for c in verb.children):
        return [], []  # "held responsible", "held hostage" is read elsewhere
    people = [e for s in _held_subject(verb) for e in cx.entities(s) if e.type == "Person"]
    if not people:
        return [], []
    at = preps(verb, {"in", "at"})
    if any(o.lemma_.lower() in NOT_CUSTODY for o in at):
        return [], []
    places = [e for o in at for e in cx.entities(o) if e.type in HELD_PLACES]
    span = [o for o in preps(verb, {"since", "for"})
            if any(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in SPAN_NOUNS for t in o.subtree)]
    if not (places or span):
        return [], []
    return people, places
