"""Who a bar from political life holds and for how long: the parts of a
``Disqualification`` (CAMEO 1722, corpus/CLAIMS.md "Diplomacy": ``target``, ``initiator``,
``duration``) that :func:`kg.extract.facts.legal.disqualification_rules` reads beside
the barred names.

- People a ban counts without naming them ("banned 11 of its executives from politics",
  "barred 450 of its members", "banned 11 executives of the X Party"): an unnamed target
  as corpus/CLAIMS.md writes unnamed actors, ``{actor: 11 unnamed executives, of: X
  Party}``, the body they belong to named by 'of', a possessor, or for 'its' / 'their'
  the last body the sentence names before it (a party, a group), never the court
  barring them (:func:`counted_barred`).
- How long the bar lasts, written after 'for' ("for ten years", "for a decade"):
  ``duration`` in the text's words (:func:`bar_duration`); "for life" is no length.
- "Among those barred are A and B", "Those banned include A": the people named are
  targets of the bar told before (a claim on that fact, by its id), as news lists
  the best-known of a group it first counted (:func:`among_barred_rules`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import BAR_VERBS, Context, Fact, _uniq, preps
from kg.extract.mentions import Known
from kg.extract.quantities import count_of

#: Nouns of the people of a party or body a ban may count ("11 of its executives",
#: "450 members", "its leaders").
BARRED_PEOPLE = {"executive", "member", "leader", "official", "lawmaker", "legislator", "politician", "mp",
                 "deputy", "candidate", "founder", "activist", "figure", "senator", "councillor", "councilor",
                 "mayor", "minister", "cadre", "representative"}
#: Classes of what counted people belong to.
BODY_TYPES = ("Organisation", "Group", "State", "Government", "StateCompany")
#: Nouns of a time a bar lasts for.
TIME_NOUNS = {"year", "decade", "month", "week", "day"}
#: Words that list some of those a bar holds, before the verb's participle.
AMONG_WORDS = {"among"}
#: Pronouns standing for those barred ("those barred", "the people banned").
THOSE_WORDS = {"those", "people", "politicians", "others"}


def _body_of(noun: Token, skip: set[str], cx: Context) -> Known | None:
    """The body the people ``noun`` counts belong to: named after 'of' ("executives of the
    X Party"), by a possessor ("the party's leaders" is left alone: no name), or for
    'its' / 'their' the last body of :data:`BODY_TYPES` named before it in the sentence
    that is not one of ``skip`` (the court or state barring them); None otherwise."""
    named = [e for o in preps(noun, {"of"}) for e in cx.entities(o, conj=False) if e.type in BODY_TYPES]
    if named:
        return named[0]
    for c in noun.children:
        if c.dep_ != "poss":
            continue
        if c.lower_ in ("its", "their"):
            before = [m.entity for m in cx.mentions if noun.sent.start <= m.start < c.i
                      and m.entity.type in BODY_TYPES and m.entity.id not in skip and m.form != "demonym"]
            return before[-1] if before else None
        owners = [e for e in cx.entities(c, conj=False) if e.type in BODY_TYPES]
        return owners[0] if owners else None
    return None


def counted_barred(obj: Token, skip: set[str], cx: Context) -> tuple[str, Known | None, list[int]] | None:
    """The people a ban counts without naming them, ``obj`` being the barring verb's object
    or passive subject: "11 of its executives" (a number whose 'of' names a plural noun of
    :data:`BARRED_PEOPLE`), "450 members of the X Party" (the noun with its count), "its
    leaders" (no count). Returns (the words, "11 unnamed executives"; the body they
    belong to, or None; the tokens to quote), or None for a name or another noun."""
    if obj.i in cx.at:
        return None
    count = None
    noun = obj
    if obj.pos_ == "NUM" and count_of(obj) is not None:
        people = [o for o in preps(obj, {"of"}) if o.tag_ in ("NNS", "NNPS")]
        if not people:
            return None
        count, noun = obj, people[0]
    if noun.lemma_.lower() not in BARRED_PEOPLE or noun.tag_ not in ("NNS", "NNPS"):
        return None
    if count is None:
        count = next((c for c in noun.children if c.dep_ == "nummod" and count_of(c) is not None), None)
    words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and c.i not in cx.at]
    label = " ".join([*([str(count_of(count))] if count is not None else []), "unnamed", *words, noun.lower_])
    body = _body_of(noun, skip, cx)
    toks = [t.i for t in obj.subtree]
    return label, body, toks


def bar_duration(verb: Token, stand: Token) -> tuple[str, list[int]] | None:
    """How long a bar lasts: the 'for' phrase of a time noun (:data:`TIME_NOUNS`) on the
    barring verb ``verb`` or in the words of what it bars (``stand``: "from standing for
    public office for five years"), as written ("ten years", "a decade"), with its
    tokens; None without one ("for life" is no length the graph can hold)."""
    for head in (verb, *(t for t in stand.subtree if t.pos_ in ("VERB", "NOUN"))):
        for o in preps(head, {"for"}):
            if o.lemma_.lower() in TIME_NOUNS:
                toks = [t for t in o.subtree if t.i <= o.i and not t.is_space]  # not "with immediate effect"
                return " ".join(t.text for t in toks), [o.head.i, *(t.i for t in toks)]
    return None


def among_barred_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Among those barred are A and B", "those banned include A": ``tok`` the participle
    of a verb of :data:`~kg.extract.facts.common.BAR_VERBS` on 'those' (or 'people',
    'politicians'), which 'among' brings in before a copula whose subject names people,
    or which is the subject of 'include' naming them. Output: [] or one Disqualification
    claim of the named people (``target``) on the bar told before (``refers``: the fact
    of that bar, by its id); none is drafted when no bar was told before."""
    if tok.lemma_ not in BAR_VERBS or tok.tag_ != "VBN" or tok.dep_ != "acl" or tok.head.lower_ not in THOSE_WORDS:
        return []
    those = tok.head
    named: list[Token] = []
    if those.dep_ == "pobj" and those.head.lower_ in AMONG_WORDS and those.head.head.lemma_ == "be":
        named = [c for c in those.head.head.children if c.dep_ in ("nsubj", "attr")]
    elif those.dep_ == "nsubj" and those.head.lemma_ == "include":
        named = [c for c in those.head.children if c.dep_ == "dobj"]
    target = _uniq([e for n in named for e in cx.entities(n) if e.type == "Person"])
    if not target:
        return []
    toks = [those.head.i if those.dep_ == "pobj" else those.i, tok.i, those.head.head.i if those.dep_ == "pobj"
            else those.head.i, *(t.i for n in named for t in n.subtree)]
    return [Fact("Disqualification", {"target": target}, tokens=toks, split=False, clause=False, undated=True,
                 refers=("fact", ("Disqualification",)))]


def disqualified_people(tok: Token, barred: list[Token], skip: set[str], cx: Context) -> tuple[list, tuple | None, list[int]]:
    """The named targets among the nouns ``barred`` (the object or passive subject of the
    barring verb ``tok``) and the counted unnamed ones (:func:`counted_barred`): (named
    entities, (words, body) or None, tokens to quote)."""
    named = [e for b in barred for e in cx.entities(b) if e.type in ("Person", "Organisation", "Group")]
    if named:
        return _uniq(named), None, []
    for b in barred:
        found = counted_barred(b, skip, cx)
        if found is not None:
            label, body, toks = found
            return [], (label, body), toks
    return [], None, []

