"""Parts of a sale that news writes away from the verb of selling (the Sale rule itself is
:func:`kg.extract.facts.transfers.sale_rules`):

- buyers named as the members of a group formed for the purchase: "to a consortium made
  up of A, B and C", "a group comprising A and B", "a consortium led by A" (the members
  are the buyers: schema.org SellAction ``buyer``, one or many);
- the seller of a holding told by its possessive: "agreed to sell its entire interest in
  X" (whose interest it is, :meth:`~kg.extract.facts.common.Context.entities` of 'its');
- the price: "sold X for $2 billion", "in a transaction valued at $22.8 billion", "a deal
  worth $5 billion" (the ``value`` of corpus/CLAIMS.md's Sale);
- the share of a company sold: "sold its 5 percent stake in X" (``share``, in percent);
- an investor the article does not name: "Norway's sovereign wealth fund said it had sold
  its holdings in X", "the fund sold its stake in Y" (``{actor: unnamed sovereign wealth
  fund, of: Norway}``, corpus/CLAIMS.md's unnamed actors of a state);
- a divestment: "the pension fund divested from X", "divested its stake in X" (a ``Sale``
  of the holding, schema.org SellAction; ``kg vocabulary divest``); a state divested from
  ("divested from Russia") is a market left, no company sold.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, doers, objects, preps
from kg.extract.mentions import Known
from kg.extract.quantities import money_near, percent_near

#: Nouns of a group of buyers formed for a purchase.
GROUP_NOUNS = {"consortium", "group", "partnership", "venture", "alliance", "coalition", "syndicate"}
#: Verbs that list a group's members ("made up of", "comprising", "consisting of",
#: "formed by", "including", "composed of", "led by").
MEMBER_VERBS = {"make", "comprise", "consist", "form", "include", "compose", "lead"}
#: Nouns of the deal a price is told of ("in a transaction valued at", "a deal worth").
DEAL_NOUNS = {"transaction", "deal", "sale", "acquisition", "purchase", "agreement"}
#: Words that give a deal's price ("valued at", "worth").
PRICE_WORDS = {"value", "worth", "price"}


def group_members(noun: Token, cx: Context, classes: tuple[str, ...]) -> list[Known]:
    """The entities of ``classes`` a group noun of :data:`GROUP_NOUNS` is said to be made
    of ("a consortium made up of BlackRock, GIP and TiL"), in text order; [] for any
    other noun or a group whose members are not named."""
    if noun.lemma_.lower() not in GROUP_NOUNS:
        return []
    found: list[Known] = []
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in MEMBER_VERBS:
            heads = preps(c, {"of", "by"}) + [o for o in c.children if o.dep_ == "dobj"]
        elif c.dep_ == "prep" and c.lower_ in ("including", "of"):
            heads = [o for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        # every name inside the phrase: the parser may hang "A and B Partners" as modifiers of one name
        found += [e for h in heads for m in cx.mentions_in(h.left_edge.i, h.right_edge.i + 1) for e in m.entities]
    return _uniq([e for e in found if e.type in classes])


def holder_of(obj: Token, cx: Context, classes: tuple[str, ...]) -> list[Known]:
    """Whose holding the object ``obj`` of a verb of selling is, by its possessive ("its
    entire interest", "the company's stake"): those entities of ``classes``, or []."""
    return _uniq([e for c in obj.children if c.dep_ == "poss" for e in cx.entities(c) if e.type in classes])


def price_of(verb: Token) -> tuple[str, list[int]] | None:
    """The price of the sale ``verb`` tells, in the reader's words with its tokens: its
    own 'for' ("sold X for $2 billion"), else a deal noun of :data:`DEAL_NOUNS` with a
    price word (:data:`PRICE_WORDS`) on the verb or a clause it hangs on, three heads up
    at most ("... to sell X to Y, in a transaction valued at $22.8 billion"); None."""
    for o in preps(verb, {"for"}):
        money = money_near(o)
        if money is not None:
            return money
    node = verb
    for _ in range(4):
        for o in preps(node, {"in", "under", "through"}):
            if o.lemma_.lower() in DEAL_NOUNS:
                for c in o.children:
                    if c.lemma_.lower() in PRICE_WORDS:
                        money = money_near(c)
                        if money is not None:
                            return money
        if node.head.i == node.i:
            break
        node = node.head
    return None


#: Nouns of an investor that sells or divests its holdings ("the fund", "the pension fund",
#: "Norway's sovereign wealth fund"), which an article may leave unnamed.
INVESTOR_NOUNS = {"fund", "investor", "insurer"}
#: Nouns of a holding in a company ("its holdings in X", "its 5 percent stake in X").
HOLDING_NOUNS = {"stake", "share", "shares", "holding", "holdings", "interest", "shareholding"}
#: Classes of what an investor holds and sells: companies and other bodies, assets.
HELD_TYPES = ("Organisation", "StateCompany", "Asset")


def seller_subjects(verb: Token, cx: Context) -> list[Token]:
    """The words of the one who sells by ``verb``: its subject, or, for a pronoun subject
    of a clause a verb of saying reports ("Norway's fund said that it had sold ..."), the
    saying's subject when it names no person: the pronoun stands for it (not for the
    state its possessive names)."""
    subj = doers(verb)
    if subj and all(s_.pos_ == "PRON" for s_ in subj) and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
        outer = [o for o in doers(verb.head) if o.pos_ != "PRON"]
        if outer and not any(e.type == "Person" for o in outer for e in cx.entities(o)):
            return outer
    return subj


def unnamed_investor(subj: list[Token], cx: Context) -> tuple[str, Known | None] | None:
    """An investor the subject ``subj`` describes without naming it ("Norway's sovereign
    wealth fund", "the Norwegian pension fund", "the fund" after "Norway's wealth fund"):
    ('unnamed ' and its words, the state a possessive, demonym or 'of' gives it, or the
    state of the phrase of the same noun told before it), or None for a named subject or
    another noun (:data:`INVESTOR_NOUNS`)."""
    if len(subj) != 1 or subj[0].lemma_.lower() not in INVESTOR_NOUNS or subj[0].i in cx.at or subj[0].tag_ != "NN":
        return None
    noun = subj[0]
    words = [c.lower_ for c in noun.subtree if c.i < noun.i and c.dep_ in ("amod", "compound") and c.head.i == noun.i
             and c.i not in cx.at and c.is_lower and c.is_alpha]
    state = _state_on(noun, cx)
    if state is None and any(c.lower_ == "the" for c in noun.children):
        # "the fund": the one told before whose words gave its state ("Norway's sovereign wealth fund")
        for t in reversed(cx.doc[:noun.i]):
            if t.lemma_.lower() == noun.lemma_.lower() and t.i not in cx.at and _state_on(t, cx) is not None:
                state = _state_on(t, cx)
                words = words or [c.lower_ for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i
                                  and c.i not in cx.at and c.is_lower and c.is_alpha]
                break
    return "unnamed " + " ".join([*words, noun.lower_]), state


def _state_on(noun: Token, cx: Context) -> Known | None:
    """The one state a noun's possessive, demonym or 'of' names ("Norway's fund", "the
    Norwegian fund", "the fund of Norway"), else None."""
    states = _uniq([e for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in cx.at
                    for e in cx.at[c.i].entities if e.type == "State"] +
                   [e for o in preps(noun, {"of"}) for e in cx.entities(o) if e.type == "State"])
    return states[0] if len(states) == 1 else None


def named_by(noun: Token, cx: Context) -> list[Known]:
    """The entities a holding's 'in' object names: its own ("in Gazprom"), or the name
    right after a common noun that the parser left out of its phrase ("in the US
    machinery maker Caterpillar", 'Caterpillar' hung on the verb)."""
    found = cx.entities(noun)
    nxt = cx.at.get(noun.i + 1)
    if not found and noun.pos_ == "NOUN" and nxt is not None and nxt.start == noun.i + 1:
        found = list(nxt.entities)
    return found


def share_sold(obj: Token) -> float | int | None:
    """The share of a company a holding sold is ("its 5 percent stake": 5), from the words
    before the holding's noun; None for none."""
    if obj.lemma_.lower() not in HOLDING_NOUNS:
        return None
    for t in obj.subtree:
        if t.i < obj.i and t.like_num and t.doc[t.i + 1].lower_ in ("percent", "%", "per"):
            return percent_near(t)
    return None


def divest_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The pension fund divested from Caterpillar", "X has divested its stake in Y": a
    ``Sale`` of the holding (``kg vocabulary divest``: sold, divested, divestment),
    ``seller`` the verb's subject (or an investor it leaves unnamed,
    :func:`unnamed_investor`), ``sold`` the companies 'from' (or the holding's 'in') names
    (:data:`HELD_TYPES`). A state divested from ("divested from Russia after the
    invasion") is a market left, no sale: nothing drafted."""
    if tok.pos_ != "VERB" or tok.lemma_ != "divest":
        return []
    held = preps(tok, {"from"})
    for o in objects(tok):
        held += preps(o, {"in", "of"}) if o.lemma_.lower() in HOLDING_NOUNS else [o]
    named = [e for h in held for t in h.subtree if t.i in cx.at for e in cx.at[t.i].entities]
    if any(e.type == "State" for e in named):
        return []
    sold = _uniq([e for e in named if e.type in HELD_TYPES])
    if not sold:
        return []
    subj = seller_subjects(tok, cx)
    seller = [e for s_ in subj for e in cx.entities(s_) if e.type not in NOT_ACTORS + ("Person",)]
    seller = [e for e in seller if e.id not in {x.id for x in sold}]
    unnamed = unnamed_investor(subj, cx) if not seller else None
    if not seller and unnamed is None:
        return []
    f = Fact("Sale", {"seller": seller, "sold": sold} if seller else {"sold": sold},
             tokens=[tok.i, *(h.i for h in held), *(t.i for s_ in subj for t in s_.subtree)], split=False)
    if unnamed is not None:
        f.qualified["seller"] = unnamed
        if unnamed[1] is not None:
            f.members_of.add("seller")
    return [f]
