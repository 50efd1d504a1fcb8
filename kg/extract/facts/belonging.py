"""Memberships told by the noun 'member' with the members listed beside it ("the African
Union's 55 members, including Bolivia", "members of NATO such as Peru", "Bolivia is one of
the members of the African Union"): Wikidata P463 'member of', as the ontology's
Membership (``member``, ``memberOf``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, objects, preps, subjects
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


# --- memberships suspended, and bids to join (rule set 28) ---------------------------------

#: Verbs by which an organisation acts on a member's membership, and the status each gives
#: it ("The African Union suspended Madagascar"; corpus/CLAIMS.md 'controlled value' status).
MEMBER_STATUS_VERBS = {"suspend": "suspended", "expel": "ended", "readmit": "resumed", "reinstate": "resumed"}
#: Nouns of a wish to join: "Ukraine's bid for membership of the EU", "its path to membership".
BID_NOUNS = {"bid", "application", "path", "candidacy", "quest", "push", "road", "aspiration", "ambition", "drive"}


def member_status_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The African Union suspended Madagascar on Wednesday", "ECOWAS readmitted Guinea":
    the member's Membership of the organisation that acts on it, with the status the verb
    gives, dated as a stage (``stage: {status: suspended, date: …}``) when the clause
    dates it. The subject must be an international organisation and the object a state."""
    status = MEMBER_STATUS_VERBS.get(tok.lemma_)
    if tok.pos_ != "VERB" or status is None:
        return []
    org = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)
           if e.type == "InternationalOrganisation"]
    # "Chile was suspended from the bloc", "expelled Peru from the union": the body 'from' names
    org = org or [e for o in preps(tok, {"from"}) for e in cx.entities(o) if e.type in MEMBER_BODIES]
    member = [e for o in objects(tok) for e in cx.entities(o) if e.type in MEMBER_CLASSES]
    if not (org and member):
        return []
    f = Fact("Membership", {"member": member, "memberOf": org}, tokens=[tok.i], undated=True)
    date, toks = cx.date_of(tok)
    if date:
        f.attrs["stage"] = {"status": status, "date": date}
        f.tokens += toks
    else:
        f.attrs["status"] = status
    return [f]


def membership_bid_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Ukraine's bid for membership of the European Union", "its path to membership of the
    EU" ('its' read as the state the sentence names before it), "Moldova's EU membership
    bid", "Georgia's application to join NATO": a Membership with status requested (an
    application to join, corpus/CLAIMS.md), of the possessor in the organisation the
    membership noun or the verb 'join' names."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BID_NOUNS:
        return []
    from kg.extract.facts.agreements import it_state

    poss = [c for c in tok.children if c.dep_ == "poss"]
    member = [e for c in poss for e in cx.entities(c, conj=False) if e.type in MEMBER_CLASSES]
    member = member or [e for c in poss for e in it_state(c, cx)]
    nouns = [c for c in tok.children if c.dep_ == "compound" and c.lemma_ == "membership"]
    nouns += [o for o in preps(tok, {"for", "to", "towards", "toward"}) if o.lemma_ == "membership"]
    org = [e for n in nouns for e in [*(e for o in preps(n, {"of", "in", "to"}) for e in cx.entities(o)),
                                       *(e for c in n.children if c.dep_ in ("compound", "amod", "nmod")
                                         for e in cx.entities(c, conj=False))]]
    joins = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ("join", "enter")]
    org += [e for v in joins for o in objects(v) for e in cx.entities(o)]
    org = _uniq([e for e in org if e.type in MEMBER_BODIES])
    if not (member and org):
        return []
    return [Fact("Membership", {"member": member, "memberOf": org}, {"status": "requested"},
                 tokens=[tok.i, *(n.i for n in nouns), *(v.i for v in joins)], undated=True)]
