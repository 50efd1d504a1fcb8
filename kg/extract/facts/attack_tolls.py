"""An attack's toll told in a clause on the attack's noun: "the terrorist attack at X on
April 22, in which 26 people were killed and 17 others were injured", "a bombing in X
that killed 12 people", "the attack on the bus, which left five people dead". The noun
need not name who carried it out, which the rules of attack nouns
(:mod:`~kg.extract.facts.casualties`) require: the dead and wounded make it a fact all the
same. Each is a gkg:Attack (CAMEO 19 'fight', PLOVER 'attack'; Wikidata "attack",
Q1174599) with the place its 'at' or 'in' names, its date, and ``killed`` /
``wounded`` as counted plainly ("more than 300" is a bound, no count: nothing drafted).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.casualties import ATTACK_NOUNS, HARM_VERBS, PERPETRATORS, _count
from kg.extract.facts.common import Context, Fact, _modifiers, _uniq, preps

#: Nouns of an attack that a toll clause may follow, besides :data:`ATTACK_NOUNS`.
TOLL_NOUNS = ATTACK_NOUNS | {"blast", "explosion", "shooting", "massacre", "ambush", "bombing"}
#: Places an attack happens at.
PLACES = ("City", "Region", "Place", "Site", "State")


def _toll_verbs(noun: Token) -> list[Token]:
    """The verbs of harm (:data:`HARM_VERBS`) of a clause on ``noun`` that tells its toll:
    a relative clause opened by 'in which' / 'during which' or by 'that' / 'which' as
    the verb's subject ("the attack, in which 26 people were killed and 17 were injured",
    "a blast that killed 12"), or a participle ("an attack killing five"); each verb of
    harm coordinated with the first."""
    out = []
    for c in noun.children:
        if c.dep_ == "relcl" and c.pos_ == "VERB":
            inside = any(p.dep_ == "prep" and p.lower_ in ("in", "during") and
                         any(o.lower_ == "which" for o in p.children) for p in c.children)
            subject = any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)
            if inside or subject and c.tag_ != "VBN":
                out.append(c)
        elif c.dep_ == "acl" and c.tag_ == "VBG":
            out.append(c)
    verbs = []
    for v in out:
        verbs += [x for x in [v, *v.conjuncts] if x.pos_ == "VERB" and x.lemma_ in HARM_VERBS]
    if verbs:
        # "in which 26 people were killed and 17 others were injured": the parser may hang the
        # second verb on the sentence's root; a verb of harm joined by 'and' right after, its
        # subject counted, is the same toll's
        last = max(t.i for v in verbs for t in v.subtree)
        for x in noun.doc[last + 1: noun.sent.end]:
            if x.pos_ == "VERB" and x.lemma_ in HARM_VERBS and x.dep_ == "conj" and x not in verbs and \
                    noun.doc[last + 1].lower_ == "and" and _count(x):
                verbs.append(x)
            break_here = x.dep_ not in ("cc", "nummod", "nsubjpass", "auxpass", "nsubj", "aux") and x.pos_ != "VERB"
            if break_here or x.pos_ == "VERB":
                break
    return verbs


def attack_toll_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Attack from a noun of :data:`TOLL_NOUNS` whose clause counts the killed or
    wounded (:func:`_toll_verbs`): ``killed`` and ``wounded`` (ints), the perpetrator its
    demonym, name or possessive names if any, the place its 'at' / 'in' phrase names
    itself, its date. Input: a token and the :class:`Context`; output: [] or one fact.
    Nothing without a plain count, and nothing for an attack only named before its toll
    as the cause of a verb of harm ("killed in an attack"): the casualty rules'."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in TOLL_NOUNS:
        return []
    counts: dict[str, int] = {}
    verbs = _toll_verbs(tok)
    for v in verbs:
        n = _count(v)
        if n:
            counts.setdefault(HARM_VERBS[v.lemma_], n)
    if not counts:
        return []
    perp = [e for e in _modifiers(tok, cx, ("poss", "compound", "amod", "nmod")) if e.type in PERPETRATORS]
    # the place the phrase itself names ("at Baisaran near Pahalgam": Baisaran, not the town near it)
    place = _uniq([m.entity for o in preps(tok, {"at", "in"}) for m in [cx.at.get(o.i)]
                   if m is not None and m.entity.type in PLACES and m.entity.id not in {p.id for p in perp}])
    roles = {**({"perpetrator": perp} if perp else {}), **({"place": place[:1]} if place else {})}
    # the quote runs from the noun to the last count's words ("... that killed 12 people")
    told = sorted(t.i for v in verbs for t in v.subtree if t.i > tok.i)
    while told and (cx.doc[told[-1]].is_punct or cx.doc[told[-1]].is_space):
        told.pop()  # the full stop the parser hangs on the last verb
    f = Fact("Attack", roles, dict(counts), tokens=[tok.i, *told], trigger=tok, clause=False,
             split=False)
    f.take_date(cx.date_of(tok))
    return [f]


ATTACK_TOLL_TRIGGERS = TOLL_NOUNS
