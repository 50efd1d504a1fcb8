"""Parts of a sale that news writes away from the verb of selling (the Sale rule itself is
:func:`kg.extract.facts.transfers.sale_rules`):

- buyers named as the members of a group formed for the purchase: "to a consortium made
  up of A, B and C", "a group comprising A and B", "a consortium led by A" (the members
  are the buyers: schema.org SellAction ``buyer``, one or many);
- the seller of a holding told by its possessive: "agreed to sell its entire interest in
  X" (whose interest it is, :meth:`~kg.extract.facts.common.Context.entities` of 'its');
- the price: "sold X for $2 billion", "in a transaction valued at $22.8 billion", "a deal
  worth $5 billion" (the ``value`` of corpus/CLAIMS.md's Sale).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, _uniq, preps
from kg.extract.mentions import Known
from kg.extract.quantities import money_near

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
