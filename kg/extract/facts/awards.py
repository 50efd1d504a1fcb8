"""Awards, prizes and decorations (gkg:Award, Wikidata award received P166 and conferred by
P1027; CAMEO and PLOVER have no event of their own for it): "the committee awarded the
2031 Harmony Prize to X", "X was awarded the Medal of Valour", "X won (received) the
Harmony Prize", "last year's prize went to X", "the president decorated X with the Order
of Merit", "X, the winner of the Harmony Prize"; and the ceremony where a prize "will be
presented" (a planned Ceremony, ``partOf`` the award told before; corpus/CLAIMS.md,
"Loans, seizures, awards").

An award is told by its thing: a noun of :data:`PRIZE_NOUNS` ("prize", "medal"), or a
named award ("the Sakharov Award", "the Kennedy Center Honors": a proper name before
'award' / 'honour'); a contract, a grant or damages awarded are no Award
(:mod:`kg.extract.facts.agreements`, :mod:`kg.extract.facts.contracts`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _place_of, _uniq, doers, objects, preps, subjects
from kg.extract.mentions import Known
from kg.extract.quantities import money_near, sum_of

#: Nouns that name an award by themselves ("the prize", "a gold medal").
PRIZE_NOUNS = {"prize", "medal", "trophy", "decoration"}
#: Nouns that name an award only with a proper name before them ("the Sakharov Award",
#: "the Kennedy Center Honors"), as "award" and "honour" also name other things (an
#: arbitral award, "an honour to be here").
NAMED_PRIZE_NOUNS = {"award", "honour", "honor"}
#: Verbs by which a giver confers an award on a receiver: "awarded the prize to X",
#: "gave X the medal", "conferred the prize on X", "presented X with the medal".
GIVE_VERBS = {"award", "give", "confer", "bestow", "present"}
#: Verbs by which the receiver gets an award: "X won the prize", "X received the medal".
WIN_VERBS = {"win", "receive", "accept", "collect", "earn", "get"}
#: Nouns of the one who won an award: "X, the winner of the Harmony Prize".
WINNER_NOUNS = {"winner", "laureate", "recipient"}
#: Verbs by which a prize is handed over at a ceremony ("will be presented at a ceremony").
HAND_VERBS = {"present", "award", "hand", "give"}
#: Classes of entity that give or receive an award.
AWARD_ACTORS = ("Person", "Organisation", "InternationalOrganisation", "Government", "State", "Group", "Court",
                "StateCompany", "MilitaryUnit")


def prize(noun: Token | None) -> bool:
    """Whether ``noun`` names an award: a noun of :data:`PRIZE_NOUNS`, or one of
    :data:`NAMED_PRIZE_NOUNS` with a proper name compounded before it."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    if lemma in PRIZE_NOUNS:
        return True
    return lemma in NAMED_PRIZE_NOUNS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _modifies(t: Token, noun: Token) -> bool:
    """Whether ``t`` is a word of ``noun``'s name: a compound, number or adjective of it, or
    of such a word ("2031", "Harmony" of "the 2031 Harmony Prize"), not of a possessor."""
    while t.i != noun.i:
        if t.dep_ not in ("compound", "nummod", "amod"):
            return False
        t = t.head
    return True


def award_name(noun: Token) -> str | None:
    """The award's name in the text's words, without its article, possessor or clauses:
    "2031 Harmony Prize" of "the 2031 Harmony Prize", "Medal of Valour"; None for a bare
    common noun ("the prize", "last year's prize"), which names no award."""
    keep = [t for t in noun.subtree if t.i < noun.i and _modifies(t, noun)]
    after = []
    for c in noun.children:  # "the Medal of Valour": an 'of' phrase of proper names belongs to the name
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1:
            sub = list(c.subtree)
            if all(t.pos_ in ("PROPN", "ADP", "DET", "CCONJ") for t in sub[1:]) and any(t.pos_ == "PROPN" for t in sub):
                after = sub
    if not any(t.pos_ == "PROPN" for t in keep + after) and noun.pos_ != "PROPN":
        return None
    toks = sorted(keep + [noun] + after, key=lambda t: t.i)
    if toks[0].lower_ == "the":
        toks = toks[1:]
    return noun.doc[toks[0].i: toks[-1].i + 1].text if toks else None


def worth(noun: Token) -> tuple[str, list[int]] | None:
    """The value a prize's phrase gives it ("the prize, worth 11 million Swedish crowns"),
    as the claims reader writes money ("SEK 11 million"), with the tokens of "worth" and
    the sum; None without one."""
    for w in noun.children:
        if w.lower_ != "worth":
            continue
        sums = [c for c in w.children if c.dep_ in ("npadvmod", "pobj", "dobj", "attr") and c.pos_ in ("NOUN", "NUM", "SYM")]
        found = (sum_of(sums[0]) if sums else None) or money_near(w)
        if found:
            return found[0], [w.i, *found[1]]
    return None


def _actors(toks: list[Token], cx: Context) -> list[Known]:
    """The actors ``toks`` name that may give or receive an award (:data:`AWARD_ACTORS`)."""
    return _uniq([e for t in toks for e in cx.entities(t) if e.type in AWARD_ACTORS and e.type not in NOT_ACTORS])


def _award(giver: list, receiver: list, noun: Token, tokens: list[int], cx: Context) -> list[Fact]:
    """The Award of ``receiver`` given by ``giver`` (either may be empty, not the
    receiver), named by ``noun`` and its value when the noun phrase gives one."""
    receiver = [e for e in receiver if e.id not in {g.id for g in giver}]
    if not receiver:
        return []
    roles = {"awardee": receiver, **({"awardedBy": giver} if giver else {})}
    attrs = {}
    name = award_name(noun)
    if name:
        attrs["awardName"] = name
    money = worth(noun)
    if money:
        attrs["value"] = money[0]
        tokens = tokens + money[1]
    return [Fact("Award", roles, attrs, tokens=[*tokens, noun.i], split=False)]


def award_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Award (``awardee``, ``awardedBy``, ``awardName``; the date of its clause):

    - "X awarded the prize to Y", "X awarded Y the prize", "X conferred the prize on Y",
      "X presented Y with the medal"; passive "Y was awarded the prize (by X)", "the prize
      was awarded to Y";
    - "Y won / received / accepted the prize" (the receiver alone);
    - "the prize went to Y";
    - "X decorated Y (with the Order of Merit)": any noun after 'with' is the award's name;
    - "Y, the winner of the prize" (also 'laureate', 'recipient').

    Input: a token of the parsed article and its :class:`Context`; output: the facts, or []
    for no award (a contract awarded, "won the election") or no receiver named."""
    lemma = tok.lemma_.lower()
    things: list[Token] = []
    if tok.pos_ == "VERB" and lemma in GIVE_VERBS:
        things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and prize(c)]
    if tok.pos_ == "VERB" and lemma in GIVE_VERBS and things:
        noun = things[0]
        giver = _actors([s for s in doers(tok)], cx)
        if noun.dep_ == "nsubjpass":  # "the prize was awarded to Y (by X)"
            receiver = _actors(preps(tok, {"to", "on", "upon"}), cx)
        else:
            receiver = _actors(preps(tok, {"to", "on", "upon"}) +
                               [c for c in tok.children if c.dep_ in ("dative", "nsubjpass") and c.i != noun.i], cx)
        return _award(giver, receiver, noun, [tok.i], cx)
    if tok.pos_ == "VERB" and lemma == "present":  # "presented Y with the medal"
        withs = [w for w in preps(tok, {"with"}) if prize(w)]
        if not withs:
            return []
        return _award(_actors(doers(tok), cx), _actors(objects(tok), cx), withs[0], [tok.i], cx)
    if tok.pos_ == "VERB" and lemma in WIN_VERBS:
        things = [c for c in tok.children if c.dep_ == "dobj" and prize(c)]
        if not things or any(c.dep_ == "nsubjpass" for c in tok.children):
            return []
        receiver = _actors([s for s in subjects(tok) if s.dep_ == "nsubj"], cx)
        return _award([], receiver, things[0], [tok.i], cx)
    if tok.pos_ == "VERB" and lemma == "go":  # "the prize went to Y"
        things = [c for c in tok.children if c.dep_ == "nsubj" and prize(c)]
        if not things:
            return []
        return _award([], _actors(preps(tok, {"to"}), cx), things[0], [tok.i], cx)
    if tok.pos_ == "VERB" and lemma == "decorate":  # "X decorated Y with the Order of Merit"
        receiver = _actors(objects(tok), cx)
        giver = _actors(doers(tok), cx)
        withs = preps(tok, {"with"})
        receiver = [e for e in receiver if e.id not in {g.id for g in giver}]
        if not receiver:
            return []
        f = Fact("Award", {"awardee": receiver, **({"awardedBy": giver} if giver else {})}, tokens=[tok.i], split=False)
        if withs:
            toks = [t for t in withs[0].subtree if t.dep_ not in ("det",) or t.i != withs[0].left_edge.i]
            name = cx.doc[toks[0].i: withs[0].right_edge.i + 1].text if toks else ""
            if name and len(name.split()) <= 8:
                f.attrs["awardName"] = name
                f.tokens += [t.i for t in withs[0].subtree]
        return [f]
    if tok.pos_ == "NOUN" and lemma in WINNER_NOUNS:  # "Y, the winner of the prize"
        things = [o for o in preps(tok, {"of"}) if prize(o)]
        if not things:
            return []
        if tok.dep_ == "appos":
            named = [tok.head]
        else:
            named = [c for c in tok.children if c.dep_ == "appos"]
        receiver = _actors(named, cx)
        return _award([], receiver, things[0], [tok.i, *(n.i for n in named)], cx)
    return []


def presentation_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The prize will be presented at a ceremony in Oslo on 10 December": the Ceremony at
    which an award is handed over, ``partOf`` the Award told before (none told: no claim),
    where and when its clause says (a date after the article's makes it planned). Input: a
    verb of :data:`HAND_VERBS` whose passive subject is a prize and whose 'at' phrase is a
    ceremony; output: the fact, or []."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in HAND_VERBS:
        return []
    if not any(c.dep_ == "nsubjpass" and prize(c) for c in tok.children):
        return []
    ceremonies = [o for o in preps(tok, {"at", "during"}) if o.lemma_.lower() in ("ceremony", "gala", "banquet")]
    if not ceremonies:
        return []
    place = _place_of(ceremonies[0], cx) or _place_of(tok, cx)
    f = Fact("Ceremony", {"place": place} if place else {}, {"description": "award ceremony"},
             tokens=[tok.i, ceremonies[0].i], split=False)
    f.refers = ("partOf", ("Award",))
    return [f]


def prize_value_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The prize, worth 11 million Swedish crowns, will be presented ...": the value of
    the award told before (a further claim on its fact, ``value``), where the prize's
    clause tells no award of its own (an award's own clause gives its value with it:
    :func:`award_rules`). Input: the word 'worth' on a prize noun; output: the claim, or
    [] (no award told before: nothing)."""
    if tok.lower_ != "worth" or not prize(tok.head):
        return []
    noun = tok.head
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in GIVE_VERBS | WIN_VERBS and \
            award_rules(verb, cx) or noun.dep_ == "nsubj" and verb.lemma_.lower() == "go" and award_rules(verb, cx):
        return []
    money = worth(noun)
    if not money:
        return []
    # the value is the prize's now, whatever the clause says is still to come ("will be presented")
    return [Fact("Award", {}, {"value": money[0]}, tokens=[noun.left_edge.i, noun.i, *money[1]], split=False,
                 clause=False, refers=("fact", ("Award",)), undated=True, own_modality="asserted")]
