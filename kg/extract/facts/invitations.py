"""Who invited a meeting's participants, and the capital it was held in: "X and Y met in
Ankara at the invitation of President Erdogan" is a ``Meeting`` of X and Y with
``inviter`` Erdogan (the ontology's gkg:inviter: the actor who called the meeting, CAMEO
026 'appeal to others to meet or negotiate') and ``place`` the city of Ankara, though the
mentions stage reads a capital's name as its state's government ("Ankara said ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.cities import _city
from kg.extract.facts.common import NOT_ACTORS, PLACES, Context, Fact, preps

#: Nouns of an invitation a meeting is held at: "at the invitation of", "at the request of".
INVITATION_NOUNS = {"invitation", "invite"}


def _heads(t: Token) -> list[Token]:
    """The words a meeting's phrases hang on: its trigger, and the verb that holds the
    talks a noun names ("held talks at the invitation of ...")."""
    return [t, t.head] if t.pos_ == "NOUN" and t.dep_ == "dobj" else [t]


def meeting_hosts(facts: list[Fact], cx: Context) -> None:
    """Give each ``Meeting`` of ``facts`` (changed in place) the ``inviter`` its 'at the
    invitation of' names (an actor, none of its participants), and, where it has no
    place, the city its 'in' or 'at' names by a capital's name ("met in Ankara": a City,
    the registry's or proposed, by :func:`kg.extract.facts.cities._city`). The words
    read join the fact's tokens, so the quote holds them."""
    for f in facts:
        t = f.trigger
        if f.type != "Meeting" or t is None:
            continue
        who = {e.id for es in f.roles.values() for e in es if hasattr(e, "id")}
        for h in _heads(t):
            if "inviter" in f.roles:
                break
            for noun in preps(h, {"at", "on", "upon"}):
                if noun.lemma_.lower() not in INVITATION_NOUNS:
                    continue
                inviter = [e for o in preps(noun, {"of"}) for e in cx.entities(o)
                           if e.type not in NOT_ACTORS and e.id not in who]
                if inviter:
                    f.roles["inviter"] = inviter
                    f.tokens = [*f.tokens, *(x.i for x in noun.head.subtree)]
                    break
        if f.roles.get("place") or f.roles.get("hostState"):
            continue
        for h in _heads(t):
            for o in preps(h, {"in", "at"}):
                m = cx.at.get(o.i)
                if m is None or m.form != "capital":
                    continue
                city = _city(cx.doc[m.start:m.end].text, cx)
                if city is not None and city.type in PLACES and city.id not in who:
                    f.roles["place"] = [city]
                    f.tokens = [*f.tokens, *(x.i for x in o.head.subtree)]
                    break
            if f.roles.get("place"):
                break
