"""Market prices of commodities told by their move: "Brent crude futures rose 5.04% to
$83.11 a barrel", "U.S. West Texas Intermediate crude gained 6.17% to $80.34", "gold prices
fell 2 percent". Each is an ``Indicator`` (schema:Observation, as ``ontology/geopolitics.ttl``
maps gkg:Indicator; ``corpus/CLAIMS.md``, 'A state's figure') of no state: ``indicator``
the price's own words, ``changePercent`` its move (negative for a fall), ``value`` the
level it reached in money ("to $83.11 a barrel": ``USD 83.11 per barrel``), dated by its
clause. A price is a figure of a market, not of an actor, so the fact names no
participant.

The subject must be a price: a commodity quoted on exchanges ("crude", "oil", "gold") or
a benchmark named for one ("Brent", "WTI"), alone or as the modifier of "price", "futures"
or "benchmark" (any good of :data:`~kg.extract.facts.common.COMMODITIES` there: "food
prices"). A move with no figure ("oil prices rose"), aid or goods named alone ("aid fell
12 percent"), a price placed in a state or place ("food prices in Peru", "prices rose 12
percent in Peru", "In Nigeria, petrol prices jumped": the state's own figure) and the flows, exports or output of a commodity ("oil exports fell 12 percent", figures
of states and trade that other rules read) make none.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.facts.common import COMMODITIES, PLACES, Context, Fact
from kg.extract.quantities import is_currency_sign, money_words, percent_near
from kg.quantities import QuantityError, parse_amount

#: Benchmarks of crude oil named as a price (the ICE and NYMEX futures contracts).
BENCHMARKS = {"brent", "wti", "urals", "intermediate"}
#: Commodities that stand for their own price when named alone as a verb's subject ("oil
#: fell 3 percent", "gold rose"), as market reports write raw materials quoted on
#: exchanges; the other goods of :data:`COMMODITIES` (aid, food, power) only with "price".
QUOTED_ALONE = {"oil", "crude", "gas", "lng", "gold", "silver", "copper", "nickel", "aluminium", "aluminum", "iron",
                "steel", "coal", "wheat", "corn", "soybean", "soy", "sugar", "cotton", "barley", "uranium", "diesel",
                "gasoline", "petrol", "naphtha", "kerosene", "potash", "timber", "rice"}
#: Nouns a commodity's price is written with ("oil prices", "Brent crude futures").
PRICE_HEADS = {"price", "future", "futures", "benchmark", "contract"}
#: Verbs of a price's move or level (the words of market reports).
PRICE_VERBS = {"rise", "fall", "gain", "lose", "drop", "climb", "jump", "surge", "soar", "slip", "dip", "tumble", "sink",
               "slide", "plunge", "rebound", "settle", "ease", "edge", "advance", "retreat", "decline", "increase",
               "decrease", "add", "shed"}
#: Verbs whose percentage is a fall.
FALL_VERBS = {"fall", "lose", "drop", "slip", "dip", "tumble", "sink", "slide", "plunge", "ease", "retreat", "decline",
              "decrease", "shed"}
#: Units after "a" / "per" that a price is quoted in.
PRICE_UNITS = {"barrel", "ounce", "tonne", "ton", "bushel", "gallon", "litre", "liter", "megawatt", "mmbtu"}
#: Prepositions on the verb that place a price's move somewhere ("rose 12 percent in Peru",
#: "across the country"), and the kinds of entity that make it a state's or a place's figure.
PLACING_PREPS = {"in", "across", "throughout"}
PLACED_IN = ("State", *PLACES)


def _placed(verb: Token, cx: Context) -> bool:
    """Whether a preposition of :data:`PLACING_PREPS` on ``verb``, after it or fronted
    ("In Nigeria, petrol prices jumped"), names a state or place (:data:`PLACED_IN`) as its
    object or that object's possessor ("in Peru", "in Egypt's bakeries"); "in early
    trading", "in London trading" (a market's session) place nothing."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in PLACING_PREPS:
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            for t in (o, *(c for c in o.children if c.dep_ == "poss")):
                m = cx.at.get(t.i)
                if m is not None and m.form != "demonym" and m.entity.type in PLACED_IN:
                    return True
    return False


def _is_price(noun: Token) -> bool:
    """Whether ``noun`` (a verb's subject) names a commodity's price: the commodity or a
    benchmark itself, or "price" / "futures" with one among its modifiers."""
    words = {noun.lemma_.lower(), noun.lower_}
    mods = {c.lemma_.lower() for c in noun.subtree if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")}
    if any(c.dep_ == "prep" for c in noun.children):
        return False  # "oil from Russia", "food prices in Peru": goods, or a state's own figure
    if words & (QUOTED_ALONE | BENCHMARKS):
        return True
    return bool(words & PRICE_HEADS) and bool(mods & (COMMODITIES | BENCHMARKS))


def _level(verb: Token) -> tuple[str, list[int]] | None:
    """The money a price reached ("to $83.11 a barrel", "at $80"), in the reader's words
    with its unit ("USD 83.11 per barrel"), and its tokens; None when the verb names none
    the claims reader parses."""
    doc = verb.doc
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("to", "at"):
            continue
        inside = {t.i for t in p.subtree}
        for ent in doc.ents:
            if ent.label_ != "MONEY" or ent.start not in inside:
                continue
            start, end = ent.start, ent.end
            if start > 0 and is_currency_sign(doc[start - 1].text):
                start -= 1  # "$" left out of the entity by the model
            if end + 1 < len(doc) and doc[end].lower_ in ("a", "an", "per") and \
                    doc[end + 1].lemma_.lower() in PRICE_UNITS:
                end += 2  # "$83.11 a barrel": the unit the price is quoted in
            words = money_words(doc[start:end].text)
            # "a barrel" -> "per barrel", the unit in the singular ("a tonne", not "tonnes")
            words = re.sub(r"\s(?:a|an|per)\s\w+$", f" per {doc[end - 1].lemma_.lower()}", words)
            try:
                parse_amount(words, money=True)
            except (QuantityError, TypeError):
                continue
            return words, list(range(start, end))
    return None


def price_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Indicator of a commodity's price from a verb of :data:`PRICE_VERBS` whose subject
    is a price (:func:`_is_price`) and whose clause gives a percentage or a level in money;
    see the module's description for the keys. Input: a token and its :class:`Context`;
    output: [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PRICE_VERBS:
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not _is_price(subj):
        return []
    if _placed(tok, cx):
        return []  # "food prices rose 12 percent in Peru": a state's own figure, not a market's price
    named = {t.lower_ for t in subj.subtree} & BENCHMARKS  # "U.S. West Texas Intermediate": a benchmark's name
    if not named and any(t.i in cx.at and cx.at[t.i].entity.type not in ("Place", "Region") for t in subj.subtree):
        return []  # "Russia's oil fell": a state's goods, not a market's price
    change = None
    for c in tok.children:  # the move: "rose 5.04%", "fell by 2 percent", not the level "to 9%"
        if c.dep_ in ("dobj", "npadvmod", "advmod", "attr") or c.dep_ == "prep" and c.lower_ == "by":
            change = percent_near(c)
            if change is not None:
                break
    level = _level(tok)
    if change is None and level is None:
        return []
    words = [t for t in subj.subtree if t.dep_ not in ("det", "punct")]
    f = Fact("Indicator", {}, {"indicator": " ".join(t.text for t in words) + ("" if subj.lemma_ in PRICE_HEADS
                                                                             else " price")},
             tokens=[tok.i, *(t.i for t in subj.subtree)], trigger=tok)
    if change is not None:
        f.attrs["changePercent"] = -abs(change) if tok.lemma_ in FALL_VERBS else change
    if level is not None:
        f.attrs["value"] = level[0]
        f.tokens += level[1]
    return [f]
