"""A count named, then its members listed in a later sentence: "the fund sold its holdings
in X and in five Israeli banking groups. The five banks are A, B, C, D and E, the fund
said". News English names a group by its number first and spells it out in a sentence of
its own ("The three companies are A, B and C"); what the first sentence tells of the group
holds of each member. corpus/CLAIMS.md drafts one fact per company sold or excluded
(``Sale`` ``sold``, schema.org SellAction; ``ExecutiveAction`` ``target``, CAMEO 16):

- input: the verb 'be' of a listing sentence whose subject is "the <number> <noun>" and
  whose complement lists as many companies or other held bodies as the number says;
- the earlier sentence (up to :data:`LOOKBACK` back) that counts the same number of
  things without naming them ("in five Israeli banking groups"), on a verb of selling,
  divesting or excluding: its fact as the sale, divestment and exclusion rules draft it
  (:func:`~kg.extract.facts.transfers.sale_rules`, :func:`~kg.extract.facts.sales.divest_rules`,
  :func:`~kg.extract.facts.divestments.exclusion_rules`);
- output: one fact of that kind per listed member, its other roles those of the earlier
  fact, its date the earlier clause's, quoted from the listing sentence (whose reporter,
  "the fund said", speaks it).

A listing with no counted antecedent ("The two banks are rivals"), a list whose length is
not the number, and a counted group on a verb of another kind ("met five ministers")
draft nothing here.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact
from kg.extract.facts.divestments import exclusion_rules
from kg.extract.facts.sales import HELD_TYPES, divest_rules
from kg.extract.facts.transfers import sale_rules
from kg.extract.quantities import count_of

#: How many sentences before the listing the counted group may be named.
LOOKBACK = 3
#: The role each kind of fact gives the companies it is about.
MEMBER_ROLE = {"Sale": "sold", "ExecutiveAction": "target"}
#: The rules whose facts a listing spells out, on the verb of the counted group.
ANTECEDENT_RULES = (sale_rules, divest_rules, exclusion_rules)
LISTED_TRIGGERS = {"be"}


def _counted(noun: Token) -> int | None:
    """The number a plural noun is counted by ("five banks": 5), 2 or more, else None."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    for c in noun.children:
        if c.dep_ == "nummod":
            n = count_of(c)
            return n if n is not None and n >= 2 else None
    return None


def listing(tok: Token, cx: Context) -> tuple[int, list, list[int]] | None:
    """(the number, the members in text order, the tokens of the list) when ``tok`` is the
    'be' of "The five banks are A, B, C, D and E": a subject "the <number> <noun>" naming
    no entity, a complement whose names are exactly that many bodies of
    :data:`~kg.extract.facts.sales.HELD_TYPES`; else None."""
    if tok.lemma_ != "be":
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    attr = [c for c in tok.children if c.dep_ == "attr"]
    if len(subj) != 1 or len(attr) != 1 or subj[0].i in cx.at:
        return None
    n = _counted(subj[0])
    if n is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj[0].children):
        return None
    lo, hi = attr[0].left_edge.i, attr[0].right_edge.i + 1
    members = []
    for m in cx.mentions_in(lo, hi):
        for e in m.entities:
            if e.id not in {x.id for x in members}:
                members.append(e)
    if len(members) != n or any(e.type not in HELD_TYPES for e in members):
        return None
    return n, members, list(range(lo, hi))


def _antecedent(n: int, sent, cx: Context) -> Token | None:
    """The last counted noun naming no entity, counted by ``n``, in the sentences up to
    :data:`LOOKBACK` before ``sent``, else None."""
    doc = cx.doc
    start = sent.start
    for _ in range(LOOKBACK):
        if start == 0:
            return None
        before = doc[start - 1].sent
        found = [t for t in before if _counted(t) == n and t.i not in cx.at]
        if found:
            return found[-1]
        start = before.start
    return None


def _verb_of(noun: Token) -> Token | None:
    """The verb a counted noun hangs on: through its preposition(s) ("sold its holdings in
    A and in five banks"), the noun it modifies, or directly as its object."""
    node = noun
    for _ in range(5):
        node = node.head
        if node.pos_ == "VERB":
            return node
        if node.head.i == node.i:
            return None
    return None


def listed_rules(tok: Token, cx: Context) -> list[Fact]:
    """One fact per member a listing sentence spells out (the module docstring): ``tok``
    the 'be' of the listing. Output: [] or facts of the antecedent's kind, the member in
    its :data:`MEMBER_ROLE` role, the other roles as the antecedent's fact gives them."""
    found = listing(tok, cx)
    if found is None:
        return []
    n, members, span = found
    noun = _antecedent(n, tok.sent, cx)
    verb = _verb_of(noun) if noun is not None else None
    if verb is None:
        return []
    out: list[Fact] = []
    date, _ = cx.date_of(verb)  # "said on Monday it had sold ...": the day of the counted group's act
    for rule in ANTECEDENT_RULES:
        for f in rule(verb, cx):
            key = MEMBER_ROLE.get(f.type)
            if key is None:
                continue
            others = {k: v for k, v in f.roles.items() if k != key}
            if not others and not f.qualified:
                continue
            for m in members:
                g = Fact(f.type, {**others, key: [m]}, dict(f.attrs), tokens=[tok.i, *span], split=False)
                g.attrs.pop("item", None)
                g.attrs.pop("share", None)
                if date and "date" not in g.attrs:
                    g.attrs["date"] = date
                g.qualified = dict(f.qualified)
                g.members_of = set(f.members_of)
                out.append(g)
        if out:
            return out
    return out


def members_told(noun: Token, cx: Context) -> list:
    """The members a listing sentence before spelled out for a back-reference to the same
    counted group ("The five banks are A, B, C, D and E. ... Its holdings in the five banks
    were worth ..."): ``noun`` the plural noun of "the <number> <noun>", naming no entity;
    the entities of the last listing (:func:`listing`) before it in the article, whose
    subject is the same noun counted by the same number ("the five banks" names that group
    wherever it comes back); else []."""
    n = _counted(noun)
    if n is None or noun.i in cx.at or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    for t in reversed(cx.doc[:noun.sent.start]):
        found = listing(t, cx) if t.lemma_ == "be" else None
        if found is not None and found[0] == n and \
                any(c.dep_ == "nsubj" and c.lemma_ == noun.lemma_ for c in t.children):
            return found[1]
    return []
