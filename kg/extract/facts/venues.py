"""Ceremonies told by where they are held, by how a guest is received, or by an act done
in them: "The ceremony took place at the base in Morag", "X's funeral will be held in
Tehran on Thursday", "the inauguration, attended by President Y, was held at the palace",
"X received Y with a welcoming ceremony on Z Square", "X took the oath of office in a
ceremony at the palace attended by Y".

:func:`kg.extract.facts.politics.ceremony_rules` reads a ceremony that is the object of a
verb of attending or hosting ("attended the funeral of X"); these rules read the
sentences whose verb is the ceremony's own taking place ("take place", "be held",
"be staged") or a verb of receiving a guest whose 'with' names the ceremony. A
``Ceremony`` (CAMEO 0 has no code for it; Wikidata's ceremony Q2627975) has its
``participant``\\ s, the ``host`` who receives a guest, the dead a funeral honours
(``commemorates``, corpus/CLAIMS.md) and its ``place``. A ceremony cancelled, not held or
held only on a condition ("was not held", "if the weather allows") drafts nothing; one
still to come ("will be held") is drafted and the engine makes it planned.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, PLACES, Context, Fact, _place_of, _uniq, objects, preps, subjects
from kg.extract.mentions import Known
from kg.extract.facts.politics import CEREMONY_NOUNS, MOURNING_CEREMONIES

#: Nouns of ceremonies these rules read: those of :data:`CEREMONY_NOUNS` and a burial, a
#: swearing-in, an investiture (not a dinner or a reception, which need a "state" before them).
VENUE_CEREMONY_NOUNS = (CEREMONY_NOUNS - {"dinner", "reception", "banquet", "festivities"}) | {
    "burial", "swearing-in", "investiture", "interment"}

#: Verbs by which a ceremony is held: "was held", "was staged", "took place".
HELD_VERBS = {"hold", "stage", "take"}

#: Verbs of receiving a guest whose 'with' phrase may name a ceremony ("received X with a
#: welcoming ceremony", "greeted him with a military parade").
WELCOME_VERBS = {"receive", "welcome", "greet", "honour", "honor"}

#: Auxiliaries of a ceremony only possible or required; 'will' is left to the engine (planned).
MAYBE_AUX = {"could", "may", "might", "would", "should", "must"}

#: Those who take part in a ceremony: people, states, bodies; not places or outlets.
ACTOR_TYPES_LEFT_OUT = NOT_ACTORS


def _not_told_as_held(verb: Token) -> bool:
    """Whether the verb says no event was held: negated, with a modal of possibility, or
    under 'if', 'unless' or 'whether' (a ceremony, an election: facts/polls.py)."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MAYBE_AUX) or
               (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")) for c in verb.children)


def _venue(tok: Token, cx: Context) -> list[Known]:
    """The place of an 'in', 'at' or 'on' phrase of ``tok``, or of the phrase's own 'in'
    phrase when the venue itself is unnamed ("at the military base in Morag": Morag)."""
    place = [e for e in _place_of(tok, cx, ("in", "at", "on")) if e.type in PLACES]
    if place:
        return place
    inner = [q for p in preps(tok, {"in", "at", "on"}) for q in preps(p, {"in"})]
    return _uniq([e for q in inner for e in cx.entities(q) if e.type in PLACES])


def held_ceremony_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The ceremony took place at X", "Y's funeral will be held in X", "the inauguration
    of Y was held at X": a Ceremony at the place X, honouring the dead whose funeral it
    is (``commemorates``) or with the person it is for as a participant ("the
    inauguration of Y"), and those an 'attended by' phrase names as attendees. [] when
    the ceremony is not said to be held, or neither a place nor anyone named is given."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in VENUE_CEREMONY_NOUNS:
        return []
    verb = tok.head
    if tok.dep_ == "nsubjpass" and verb.lemma_ in ("hold", "stage"):
        pass
    elif tok.dep_ == "nsubj" and verb.lemma_ == "take" and any(o.lemma_ == "place" for o in objects(verb)):
        pass
    else:
        return []
    if _not_told_as_held(verb):
        return []
    whose = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c) if e.type == "Person"]
    whose += [e for o in preps(tok, {"of", "for"}) for e in cx.entities(o) if e.type == "Person"]
    attended = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ == "attend"]
    attendees = [e for a in attended for p in preps(a, {"by"}) for e in cx.entities(p) if e.type not in ACTOR_TYPES_LEFT_OUT]
    roles: dict[str, list] = {}
    if tok.lemma_.lower() in MOURNING_CEREMONIES | {"burial", "interment"}:
        # a funeral honours the dead, who take no part (corpus/CLAIMS.md); who came attend it
        roles = {"commemorates": _uniq(whose), "attendee": _uniq(attendees)}
    else:
        roles = {"participant": _uniq(whose + attendees)}
    place = _venue(verb, cx) or _venue(tok, cx)
    if place:
        roles["place"] = place
    roles = {k: v for k, v in roles.items() if v}
    if not roles:
        return []
    f = Fact("Ceremony", roles, tokens=[tok.i, verb.i, *(t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree)],
             split=False)
    if tok.lemma_.lower() != "ceremony":
        f.attrs["description"] = tok.lemma_.lower()
    return [f]


#: Verbs an act done "in a ceremony" is told by that make its doer a participant: taking an
#: oath, signing, handing over, opening, receiving an award; not those of attending or
#: hosting (:func:`~kg.extract.facts.politics.ceremony_rules` reads them).
CEREMONY_ACT_VERBS = {"take", "swear", "sign", "hand", "open", "inaugurate", "receive", "present", "unveil", "lay",
                      "accept", "award", "decorate", "install", "crown", "launch", "commission"}


def act_in_ceremony_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X took the oath of office in a ceremony at Y attended by Z", "X and W signed the
    treaty at a ceremony in Y": a Ceremony with the act's doers (and those 'attended by'
    names) as participants, at the place the ceremony's 'at' / 'in' / 'on' names. [] for
    an act not told as done, one of no one named, or a verb of attending or hosting."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in VENUE_CEREMONY_NOUNS or tok.dep_ != "pobj" or \
            tok.head.lower_ not in ("in", "at", "during"):
        return []
    verb = tok.head.head
    while verb.dep_ == "advcl" and verb.lemma_ not in CEREMONY_ACT_VERBS:
        verb = verb.head  # "took the oath on Tuesday, becoming the first woman ..., in a ceremony at X"
    if verb.pos_ != "VERB" or verb.lemma_ not in CEREMONY_ACT_VERBS or _not_told_as_held(verb):
        return []
    if verb.lemma_ == "take" and not any(o.lemma_ in ("oath", "salute", "power", "office") for o in objects(verb)):
        return []  # "took the oath", "took the salute"; not any act of taking
    doers = [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_)
             if e.type not in ACTOR_TYPES_LEFT_OUT]
    # "attended by X" on the ceremony, or hung by the parser on the act's verb
    attended = [c for c in (*tok.children, *verb.children) if c.dep_ in ("acl", "advcl") and c.lemma_ == "attend"
                and c.tag_ == "VBN"]
    attendees = [e for a in attended for p in preps(a, {"by"}) for e in cx.entities(p) if e.type not in ACTOR_TYPES_LEFT_OUT]
    if not doers:
        return []
    roles = {"participant": _uniq(doers + attendees)}
    place = _venue(tok, cx)
    if place:
        roles["place"] = place
    return [Fact("Ceremony", roles, tokens=[verb.i, tok.head.i, tok.i], split=False)]


def welcome_ceremony_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X received Y with a welcoming ceremony on Z Square", "X greeted Y with a military
    parade": a Ceremony of X and Y, X its ``host``, at the place the ceremony's or the
    verb's 'on' / 'at' / 'in' names. [] when the verb names no guest and host, or says no
    such welcome took place."""
    if tok.pos_ != "VERB" or tok.lemma_ not in WELCOME_VERBS or _not_told_as_held(tok):
        return []
    with_ = [o for o in preps(tok, {"with"}) if o.lemma_.lower() in VENUE_CEREMONY_NOUNS]
    if len(with_) != 1:
        return []
    noun = with_[0]
    hosts = [e for s_ in subjects(tok) for e in cx.entities(s_) if e.type not in ACTOR_TYPES_LEFT_OUT]
    guests = [e for o in objects(tok) if o.dep_ == "dobj" for e in cx.entities(o) if e.type not in ACTOR_TYPES_LEFT_OUT]
    if not hosts or not guests:
        return []
    roles = {"participant": _uniq(hosts + guests), "host": _uniq(hosts)}
    place = _venue(noun, cx) or _venue(tok, cx)
    if place:
        roles["place"] = place
    f = Fact("Ceremony", roles, tokens=[tok.i, noun.i], split=False)
    f.attrs["description"] = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss"))
    return [f]
