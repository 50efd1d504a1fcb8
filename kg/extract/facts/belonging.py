"""Memberships told by the noun 'member' with the members listed beside it ("the African
Union's 55 members, including Bolivia", "members of NATO such as Peru", "Bolivia is one of
the members of the African Union"): Wikidata P463 'member of', as the ontology's
Membership (``member``, ``memberOf``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, preps
from kg.extract.facts.politics import MEMBER_BODIES

#: Prepositions that list some of a group ("members, including Bolivia", "members like Peru").
LISTING = {"including", "like", "notably", "among"}
#: Classes a member of an international organisation listed so may be.
MEMBER_CLASSES = ("State",)


def _body(noun: Token, cx: Context) -> list:
    """The one organisation whose members ``noun`` names: its possessor ("the African
    Union's members"), the object of its 'of' ("members of NATO") or a name before it
    ("NATO members"); empty when none or several are named, or the name is no body."""
    heads = [c for c in noun.children if c.dep_ in ("poss", "compound")] + preps(noun, {"of"})
    found = _uniq([cx.at[h.i].entity for h in heads if h.i in cx.at and cx.at[h.i].form == "name"
                   and cx.at[h.i].entity.type in MEMBER_BODIES])
    return found if len(found) == 1 else []


def _listed(noun: Token, cx: Context) -> list:
    """The states a listing preposition on ``noun`` names ("including Bolivia and Peru",
    "such as Peru"), in text order."""
    objs = [o for p in noun.children if p.dep_ == "prep" and (p.lower_ in LISTING or (
        p.lower_ == "as" and any(c.lower_ == "such" for c in p.children))) for o in p.children if o.dep_ == "pobj"]
    return [e for o in objs for e in cx.entities(o) if e.type in MEMBER_CLASSES]


def _one_of(noun: Token, cx: Context) -> list:
    """The states the subject of 'be' names when ``noun`` is what they are one of or among
    ("Bolivia is one of the members of the African Union", "Peru is among its members");
    nothing under a negation or a modal ("is not one of", "could be among")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "among"):
        return []
    top = prep.head
    if prep.lower_ == "of":
        if top.lower_ != "one" or top.dep_ != "attr":
            return []
        top = top.head
    if top.lemma_ != "be" or any(c.dep_ in ("neg", "aux") for c in top.children):
        return []
    return [e for s_ in top.children if s_.dep_ == "nsubj" for e in cx.entities(s_) if e.type in MEMBER_CLASSES]


def members_listed_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The African Union's 55 members, including Bolivia", "members of NATO such as Peru
    and Chile", "Bolivia is one of the founding members of the African Union": a
    Membership of each state listed in the organisation the noun 'member' names (its
    possessor, its 'of' or a name before it); nothing when no one organisation is named
    (":members, including Peru" of what?) or the listed names are no states."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "member":
        return []
    body = _body(tok, cx)
    if not body:
        return []
    members = _listed(tok, cx) or _one_of(tok, cx)
    members = [e for e in _uniq(members) if e.id != body[0].id]
    if not members:
        return []
    return [Fact("Membership", {"member": members, "memberOf": body}, tokens=[tok.i], undated=True)]
