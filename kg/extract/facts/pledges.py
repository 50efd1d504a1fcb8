"""Pledges of money: "Norway pledged 200 million euros to Ukraine", "Japan would provide
$4.5 billion to Ukraine", and the gapped clauses of a donors' conference ("The European
Union pledged 350 million euros, France 110 million euros and Germany 244 million euros").

A sum of money a state or body pledges, promises, donates, contributes or provides is a
``Support`` (corpus/CLAIMS.md, "Aid and pledges": ``supporter``, ``supported``,
``value``, ``status: promised`` for a pledge; CAMEO 033 'express intent to provide
material aid' for the pledge, 07 'provide aid' for the gift). Aid named as such ("$500
million in military aid") is :func:`~kg.extract.facts.diplomacy.support_rules`' own, and a
sum paid or granted :func:`~kg.extract.facts.economy.payment_rules`'.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, PROMISE_VERBS, Context, Fact, _uniq, objects, preps, refused, subjects
from kg.extract.facts.hits import unreal
from kg.extract.quantities import sum_of

#: Verbs that give or promise a sum of money as support (not 'pay', 'give', 'grant',
#: 'allocate': :data:`~kg.extract.facts.economy.PAY_VERBS`, read by ``payment_rules``).
PLEDGE_VERBS = {"pledge", "promise", "donate", "contribute", "provide", "commit", "earmark", "offer"}
#: Words in a sum's phrase that make it another fact or another rule's: aid named as such,
#: a loan, an investment, a purchase.
NOT_GIFTS = {"aid", "assistance", "support", "help", "backing", "funding", "financing", "loan", "loans", "credit",
             "investment", "investments", "bailout", "purchase", "deal", "contract"}
#: Nouns of aid whose 'for X' or 'to X' names whom an article's pledges are for ("promised
#: more than 2 billion euros in aid for Sudan").
AID_NOUNS = {"aid", "assistance", "support", "help", "funding", "pledge", "pledges", "relief", "donation"}
#: Who may give or receive a sum: states and bodies, not people (a person pledges for the
#: state they serve, which the rule leaves to the reviewer).
GIVERS = ("State", "Organisation", "InternationalOrganisation", "Government")


def _actors(tok: Token, cx: Context) -> list:
    """The states and bodies ``tok`` names, or none."""
    return [e for e in cx.entities(tok) if e.type not in NOT_ACTORS and e.type != "Person"]


def _aid_recipient(verb: Token, cx: Context) -> list:
    """The one state the article's aid nouns before ``verb``'s sentence are for ("International
    donors promised more than 2 billion euros in aid for Sudan"), when they name exactly one
    (its neighbours, or none, or two: nothing is guessed)."""
    found = []
    for t in cx.doc[:verb.sent.start]:
        if t.lemma_.lower() in AID_NOUNS and t.pos_ == "NOUN":
            # 'for' on the noun, or on the verb whose object holds it ("promised 2 billion euros in aid for X")
            given = [a for a in t.ancestors if a.pos_ == "VERB"][:1]
            found += [e for h in [t, *given] for o in preps(h, {"for", "to"})
                      for e in cx.entities(o) if e.type == "State"]
    found = _uniq(found)
    return found if len(found) == 1 else []


def _gapped_sums(verb: Token, first: list[int], cx: Context) -> list[tuple[list, str, list[int]]]:
    """The gapped clauses after a pledge's sum: each state named right after a comma or
    'and' that follows the sum, with a sum of its own straight after its name and no verb
    between ("..., France 110 million euros and Germany 244 million euros"; "$147 million and
    Britain $110 million"): (the state, the sum's words, its tokens) in text order."""
    out, doc, i = [], cx.doc, first[-1] + 1
    end = verb.sent.end
    while i < end:
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            break
        m = cx.at.get(i)
        if m is None or m.start != i or doc[i - 1].lower_ not in (",", "and"):
            i += 1
            continue
        whose = [e for e in cx.entities(doc[m.end - 1], conj=False) if e.type in GIVERS]
        money = next((s for j in range(m.end, min(m.end + 5, end)) for s in [sum_of(doc[j])]
                      if s is not None and s[1] and s[1][0] == m.end), None)
        if whose and money is not None:
            out.append((whose[:1], money[0], [*range(m.start, m.end), *money[1]]))
            i = money[1][-1] + 1
        else:
            i = m.end
    return out


def money_pledge_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Support`` of the sum a verb of :data:`PLEDGE_VERBS` has as its object: the
    subject's states or bodies give it (``supporter``) to the states or bodies 'to' or 'for'
    names (``supported``), or, when the sentence names none, to the one state the article's
    aid is for (:func:`_aid_recipient`); ``value`` the sum in the reader's words ("EUR 350
    million"), ``status: promised`` for 'pledge' and 'promise'. Gapped clauses after it
    are more pledges of their own (:func:`_gapped_sums`). Nothing for a sum that is aid,
    a loan or an investment by name (:data:`NOT_GIFTS`), nor for a person alone as giver or
    recipient, nor for a sum the verb's 'as' names so ("as a loan") or its 'in' a loan or an
    investment ("in loans"; 'in aid' stays). Returns [] or
    the facts."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PLEDGE_VERBS or any(c.dep_ == "nsubjpass" for c in tok.children):
        return []
    sums = [(o, s) for o in objects(tok) if o.dep_ == "dobj" for s in [sum_of(o)] if s is not None]
    if len(sums) != 1 or any(x.lemma_.lower() in NOT_GIFTS for x in sums[0][0].subtree):
        return []
    if any(o.lemma_.lower() in NOT_GIFTS for o in preps(tok, {"as"})) or \
            any(o.lemma_.lower() in NOT_GIFTS - AID_NOUNS for o in preps(tok, {"in"})):
        return []  # "provided $1 billion to Egypt as a loan", "in loans": another fact, not a gift
    supporter = _uniq([e for s in subjects(tok) for e in _actors(s, cx) if e.type in GIVERS])
    if not supporter:
        return []
    obj, (words, toks) = sums[0]
    supported = _uniq([e for h in (tok, obj) for o in preps(h, {"to", "for"}) for e in _actors(o, cx)])
    supported = [e for e in supported if e.id not in {s.id for s in supporter}] or \
        ([] if preps(tok, {"to"}) or preps(obj, {"to"}) else _aid_recipient(tok, cx))
    if not supported:
        return []
    f = Fact("Support", {"supporter": supporter, "supported": supported}, {"value": words},
             tokens=[tok.i, *toks])
    if tok.lemma_ in PROMISE_VERBS | {"offer"}:
        f.attrs["status"] = "promised"  # a pledge or an offer is not yet a payment
    f.take_date(cx.date_of(tok))
    out = [f]
    for whose, more, where in _gapped_sums(tok, toks, cx):
        if whose[0].id in {e.id for e in supported}:
            continue
        out.append(dataclasses.replace(f, roles={**f.roles, "supporter": whose}, attrs={**f.attrs, "value": more},
                                       tokens=where, clause=False))
    return out


#: Nouns of a bundle of help one party gives another ("an aid package", "a support package").
PACKAGE_NOUNS = {"package", "tranche"}
#: Words that make a package one of help, and the kind of support each tells (None: unsaid).
PACKAGE_MARKS = {"aid": None, "assistance": None, "support": None, "relief": "humanitarian",
                 "humanitarian": "humanitarian", "military": "military", "security": "military", "arms": "military",
                 "weapons": "military", "economic": "economic", "financial": "economic", "budget": "economic"}
#: Verbs by which a party gives, promises or makes public a package of its own.
PACKAGE_VERBS = {"announce", "approve", "unveil", "pledge", "promise", "offer", "provide", "send", "adopt", "agree"}


def _package_sum(package: Token) -> tuple[str, list[int]] | None:
    """The sum a package is worth, as the reader writes it: a sum before the noun ("a $5
    billion aid package"), after 'worth' or after 'of' ("worth some $12 billion", "of 10
    billion euros"); None when no sum is given."""
    after = [o for c in package.children if c.lower_ in ("worth", "of") for o in [c, *c.children]
             if o.dep_ in ("pobj", "npadvmod", "dobj")]
    for t in [*after, *(t for t in package.subtree if t.i < package.i and t.dep_ in ("nmod", "compound", "nummod"))]:
        found = sum_of(t)
        if found is not None:
            return found
    return None


def package_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Support`` from a package of help (a noun of :data:`PACKAGE_NOUNS` marked by a
    word of :data:`PACKAGE_MARKS`) that a verb of :data:`PACKAGE_VERBS` has as its object:
    "The United States announced a $5 billion aid package for Ukraine", "the World Bank
    announced a support package worth some $12 billion for Argentina". ``supporter`` the
    subject's states or bodies, ``supported`` those 'for' or 'to' names, ``value`` the sum
    (:func:`_package_sum`) when given, ``supportKind`` the mark's kind, ``status:
    promised`` for a pledge, promise or offer (CAMEO 033 'express intent to provide
    material aid'; 07 'provide aid' otherwise). Returns [] or one fact; [] for a package
    only possible, asked about, denied or refused, a giver or recipient that is a person
    alone, or no recipient named."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PACKAGE_VERBS or unreal(tok, plans=True) or refused(tok) or \
            any(c.dep_ in ("neg", "nsubjpass") for c in tok.children):
        return []
    package = next((o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_.lower() in PACKAGE_NOUNS), None)
    # the marks before the noun, on it or on its compound ("a humanitarian aid package")
    marks = [t.lower_ for t in package.subtree if t.i < package.i and t.dep_ in ("compound", "amod")
             and t.lower_ in PACKAGE_MARKS] if package is not None else []
    if not marks:
        return []
    supporter = _uniq([e for s in subjects(tok) for e in _actors(s, cx) if e.type in GIVERS])
    # 'for' on the verb, the noun or the sum after it ("a package of 10 billion euros for Ukraine")
    heads = [tok, package, *(o for c in package.children if c.lower_ in ("of", "worth") for o in [c, *c.children])]
    supported = _uniq([e for h in heads for o in preps(h, {"to", "for"}) for e in _actors(o, cx)])
    supported = [e for e in supported if e.id not in {s.id for s in supporter}]
    if not supporter or not supported:
        return []
    f = Fact("Support", {"supporter": supporter, "supported": supported}, tokens=[tok.i, package.i], trigger=tok)
    found = _package_sum(package)
    if found is not None:
        f.attrs["value"] = found[0]
        f.tokens += found[1]
    kind = next((PACKAGE_MARKS[m] for m in marks if PACKAGE_MARKS[m]), None)
    if kind:
        f.attrs["supportKind"] = kind
    if tok.lemma_ in PROMISE_VERBS | {"offer"}:
        f.attrs["status"] = "promised"
    return [f]
