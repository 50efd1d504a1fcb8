"""Surrenders into custody: "Thirty-five pirates surrendered to the navy", "the gunmen gave
themselves up to the police".

Those who surrender to a force are in its custody: a ``Detention`` (PLOVER ARREST, CAMEO
173) whose ``initiator`` is who they surrendered to and whose ``target`` the ones who
surrendered, named or counted unnamed ("35 unnamed pirates", corpus/CLAIMS.md, "Unnamed
actors"), as the vocabulary writes it (``kg vocabulary surrender`` gives no kind of its
own for people; weapons given up are a ``Demobilisation``). A surrender of a place or of
weapons ("surrendered the city", "surrendered their arms") has an object and is no
custody; a surrender to no one named drafts nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _demonym_states, _place_of, _unnamed_people, _uniq, preps, subjects
from kg.extract.facts.crowds import SECURITY_NOUNS, _force

#: Nouns of the forces people surrender to: a state's security forces, its navy or coast guard.
CAPTOR_NOUNS = SECURITY_NOUNS | {"navy", "coastguard", "marines"}

#: Verbs by which people put themselves in another's custody; 'give' only with 'themselves up'.
SURRENDER_VERBS = {"surrender", "give"}


def surrender_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X surrendered to Y", "X gave themselves up to Y": a Detention of X by Y, with
    the place its 'in' names. X: the subject's actors, or people it counts without
    naming them; Y: the actors of the 'to' phrase. [] for a verb with an object (a
    place or weapons surrendered), a negated or passive one, or no one on either side."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SURRENDER_VERBS or \
            any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in tok.children):
        return []
    if tok.lemma_ == "give":
        if not (any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
                and any(c.dep_ == "dobj" and c.lower_ in ("themselves", "himself", "herself") for c in tok.children)):
            return []
    elif any(c.dep_ == "dobj" for c in tok.children):
        return []  # "surrendered the city", "surrendered their weapons": no custody
    to = preps(tok, {"to"})
    if len(to) != 1:
        return []
    captors, force = _force(to[0], cx)  # a force named, or one the text calls by its noun ("the Peruvian navy")
    if not captors and force is None and to[0].lemma_.lower() in CAPTOR_NOUNS:
        states = _demonym_states(to[0], cx) + [e for c in to[0].children if c.dep_ == "poss"
                                               for e in cx.entities(c) if e.type == "State"]
        force = (f"unnamed {to[0].lower_}", states[0] if states else None)
    if not captors and force is None:
        return []
    subj = [s_ for s_ in subjects(tok)]
    if not subj:
        return []
    named = [e for s_ in subj for e in cx.entities(s_) if e.type not in NOT_ACTORS + ("State",)]
    f = Fact("Detention", {"initiator": _uniq(captors)} if captors else {},
             tokens=[tok.i, *(t.i for s_ in subj for t in s_.subtree), *(t.i for o in preps(tok, {"to"}) for t in o.subtree)])
    if force is not None:
        f.qualified["initiator"] = force
    counted = subj[0].tag_ == "NNS" and any(c.dep_ == "nummod" for c in subj[0].children)
    if counted:  # "Thirty-five Somali pirates": counted, not named (a group's name among the words stays theirs)
        f.qualified["target"] = _unnamed_people(subj[0], cx)
    elif named:
        f.roles["target"] = _uniq(named)
    else:
        return []
    place = _place_of(tok, cx)
    if place:
        f.roles["place"] = place
    return [f]
