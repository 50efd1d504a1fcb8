"""Seats won or held in a chamber: "the alliance took 89 of the 230 seats in the
Assembly", "the Labour Party won 52 seats", "the Greens rose to 14 seats", "the
Socialists fell from 78 seats to 58". Each is a ``Membership`` of the chamber
(corpus/CLAIMS.md, "Seats held in a chamber"): ``member`` the party or alliance,
``memberOf`` the chamber, ``seats`` the count (Wikidata P1410 "number of seats of the
organization in legislature") and ``totalSeats`` the chamber's size where the words give
it ("of the 230 seats", P1342 "number of seats").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, subjects
from kg.extract.facts.politics import LEGISLATURES, named_chamber
from kg.extract.quantities import count_of

SEAT_NOUNS = {"seat", "seats"}
#: Verbs of seats won, kept or held, and of a count of them that moved ("rose to 58 seats").
SEAT_VERBS = {"win", "take", "hold", "secure", "gain", "get", "capture", "obtain", "keep", "retain", "claim",
              "control", "rise", "fall", "drop", "slip", "climb", "increase", "grow", "jump", "end"}
#: Classes of entity that hold no seats as a party does.
NO_MEMBER_TYPES = (*NOT_ACTORS, "State", "Person", "City", "Place", "Region", "Site")


def _count_and_total(tok: Token) -> tuple[int | None, int | None, Token, Token]:
    """The seats counted by the noun ``tok`` (a parsed token of :data:`SEAT_NOUNS`), the
    chamber's size where told, and the token the count hangs from towards its verb:
    "89 of the 230 seats" (89, 230), "won 52 seats" (52, None), "from 78 seats to 58"
    (58: the count it reached, None); last, the token that writes the count."""
    nums = [c for c in tok.children if c.dep_ == "nummod" and count_of(c) is not None]
    own = [count_of(c) for c in nums]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        part = count_of(tok.head.head)
        return part, (own[0] if own else None), tok.head.head, tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        to = [o for p in [*tok.head.children, *tok.head.head.children] if p.dep_ == "prep" and p.lower_ == "to"
              for o in p.children if o.dep_ == "pobj" and o.like_num]
        return (count_of(to[0]) if to else None), None, tok.head, (to[0] if to else tok)
    return (own[0] if own else None), None, tok, (nums[0] if nums else tok)


def _verb(tok: Token) -> Token | None:
    """The verb of seats won or held the count hangs on, climbing through conjuncts,
    prepositions and objects (at most four heads); None when it is no verb of
    :data:`SEAT_VERBS`."""
    node = tok
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node if node.lemma_ in SEAT_VERBS else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _members(verb: Token, cx: Context) -> list:
    """The party or alliance the subject of ``verb`` names, or a definite noun standing
    for the one organisation named before whose name ends in that noun ("the alliance"
    for the Democratic Alliance)."""
    out = []
    for s_ in subjects(verb):
        named = [e for e in cx.entities(s_) if e.type not in NO_MEMBER_TYPES]
        if not named and s_.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in s_.children):
            word = s_.lemma_.lower()
            found = {m.entity.id: m.entity for m in cx.mentions if m.start < s_.i and m.entity.type == "Organisation"
                     and m.entity.label.lower().split()[-1:] == [word]}
            named = list(found.values()) if len(found) == 1 else []
        out += named
    return _uniq(out)


def seats_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Membership`` of a chamber with its seats: ``tok`` a noun of :data:`SEAT_NOUNS`
    counted by a number ("89 of the 230 seats", "52 seats", "from 78 seats to 58") on a
    verb of :data:`SEAT_VERBS` whose subject names a party or alliance; the chamber the
    noun's 'in' names, else the one legislature the article names
    (:func:`kg.extract.facts.politics.named_chamber`). [] when any is missing: "a
    230-seat chamber" (a size, no holder), "seats on the board" (no chamber)."""
    if tok.lower_ not in SEAT_NOUNS or tok.pos_ != "NOUN":
        return []
    seats, total, top, written = _count_and_total(tok)
    if seats is None:
        return []
    verb = _verb(top)
    if verb is None:
        return []
    members = _members(verb, cx)
    if len(members) != 1:
        return []
    told = [e for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
            for e in cx.entities(o) if e.type not in NO_MEMBER_TYPES
            and set(e.label.lower().replace("-", " ").split()) & LEGISLATURES]
    chamber = told[:1] or named_chamber(cx)
    if len(chamber) != 1 or chamber[0].id == members[0].id:
        return []
    attrs: dict = {"seats": seats}
    if total is not None and total > seats:
        attrs["totalSeats"] = total
    return [Fact("Membership", {"member": members, "memberOf": chamber}, attrs,
                 tokens=[verb.i, tok.i, top.i, written.i], split=False, undated=True)]  # "its worst since 1985": a comparison, no date
