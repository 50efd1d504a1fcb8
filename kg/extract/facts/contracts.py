"""Long-term supply contracts between companies or states ("Petrona Ltd signed a 15-year
sale and purchase agreement with Norgas for the supply of 2 million tonnes a year of LNG
to Ostravia", "X signed a contract with Y for the purchase of 5 million barrels of
crude"): beside the ``Agreement`` the signing rules draft (:mod:`~kg.extract.facts.agreements`,
which take its term from :func:`contract_term`: ``duration: twenty years``), the
``Supply`` it is for (corpus/CLAIMS.md: ``supplier``, ``recipient``, ``item``, ``amount``
with its rate, ``modality: planned`` for deliveries still to come).

Which party supplies is read from the words, never guessed: the noun the contract is
for ("the purchase of" makes the signer the buyer, "the sale of" the seller), or for
"the supply of ... to Z" the party that is Z or belongs to Z (its ``of``, a possessive
in its apposition: "Petrona, Ostravia's largest importer"). With none of these, no
supply is drafted. CAMEO 061 ("cooperate economically") and PLOVER's cooperate/
material aid name the act; Wikidata P2283-like "uses" is no part of it.

The words are those of commodity contracts in general (agreement, contract, deal; supply,
purchase, sale, delivery; tonnes, barrels, cubic metres a year), not of one article.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.facts.common import COMMODITIES, MEASURES, Context, Fact, _uniq, doers, preps, subjects
from kg.extract.mentions import Known

#: Nouns of a contract whose 'for' names what it is for.
CONTRACT_NOUNS = {"agreement", "contract", "deal", "spa", "accord"}
#: What a contract is for -> the side the signer takes: the buyer ('recipient'), the seller
#: ('supplier'), or None when the words after 'to' must tell (:func:`_recipient_by_place`).
TRADE_NOUNS = {"purchase": "recipient", "import": "recipient", "sale": "supplier", "export": "supplier",
               "supply": None, "delivery": None, "deliveries": None, "supplies": None}
#: Verbs by which a contract is signed or made.
CONTRACT_VERBS = {"sign", "conclude", "ink", "seal", "strike", "reach", "agree", "finalise", "finalize", "renew"}
#: Words of a rate after an amount ("per annum", "a year") and the form the claims reader
#: writes it in.
_RATE = re.compile(r"\b(?:per\s+annum|per\s+year|a\s+year|each\s+year|annually|yearly)\b", re.I)
#: A term of years in words or digits: "for twenty years", "a 20-year", "15-year".
_TERM = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                   r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-five|thirty|forty|fifty)$", re.I)

CONTRACT_TRIGGERS = set(CONTRACT_NOUNS)


def _trade_noun(contract: Token) -> Token | None:
    """The noun after the contract's 'for' that names a trade ("for the supply of")."""
    for o in preps(contract, {"for"}):
        if o.lemma_.lower() in TRADE_NOUNS or o.lower_ in TRADE_NOUNS:
            return o
    return None


def _item(trade: Token) -> tuple[Token, Token | None] | None:
    """The commodity a trade noun's 'of' names and the measure noun before it: "the supply
    of about 7.5 million tonnes per annum of LNG" -> (LNG, tonnes); "of LNG" -> (LNG, None)."""
    for o in preps(trade, {"of"}):
        if o.lemma_.lower() in COMMODITIES or o.lower_ in COMMODITIES:
            return o, None
        if o.lemma_.lower() in MEASURES:
            goods = [g for g in preps(o, {"of"}) if g.lemma_.lower() in COMMODITIES or g.lower_ in COMMODITIES]
            if not goods:  # the parser may hang the goods' 'of' on a rate word after the measure
                goods = [g for t in o.subtree if t.lower_ == "of" and t.i > o.i for g in t.children
                         if g.dep_ == "pobj" and (g.lemma_.lower() in COMMODITIES or g.lower_ in COMMODITIES)]
            if goods:
                return goods[0], o
    return None


def _amount(measure: Token) -> tuple[str, list[int]] | None:
    """The amount a measure noun writes with its number and rate, in the claims format's
    words ("about 7.5 million tonnes per annum (MTPA)" -> 'about 7.5 million tonnes per
    year'), with its tokens; None without a number."""
    doc = measure.doc
    nums = [t for t in measure.subtree if t.i < measure.i and (t.like_num or t.dep_ in ("quantmod", "nummod", "advmod"))]
    if not any(t.like_num for t in nums):
        return None
    start = min(t.i for t in nums)
    words = [t.text for t in doc[start:measure.i + 1] if t.lower_ not in ("(", ")")]
    if words and words[0].lower() in ("around", "approximately", "roughly", "some"):
        words[0] = "about"
    text = " ".join(words).replace(",", "")
    after = doc[measure.i + 1: min(len(doc), measure.i + 4)].text
    toks = list(range(start, measure.i + 1))
    rate = _RATE.match(after.strip())
    if rate:
        text += " per year"
        toks += [t.i for t in doc[measure.i + 1: min(len(doc), measure.i + 4)] if t.idx < doc[measure.i].idx + len(
            doc[measure.i].text) + 1 + rate.end()]
    return text, toks


def contract_term(contract: Token, verb: Token | None) -> tuple[str, list[int]] | None:
    """The term of a contract or agreement (``duration``, the words as written): "for
    twenty years" on the contract, the noun its 'for' names or the verb signing it, or
    "a 20-year agreement"; with the tokens, or None when neither is written."""
    doc = contract.doc
    heads = [contract, *(preps(contract, {"for"})), *([verb] if verb is not None else [])]
    for h in heads:
        for o in preps(h, {"for"}):
            if o.lemma_ == "year":
                num = [c for c in o.children if c.dep_ == "nummod" and _TERM.match(c.text)]
                if num:
                    return f"{num[0].text} years", [num[0].i, o.i]
    for t in contract.subtree:
        if t.i < contract.i and t.lower_ == "year" and t.i >= 2 and doc[t.i - 1].text in ("-", "\u2010", "\u2011") \
                and _TERM.match(doc[t.i - 2].text):
            return f"{doc[t.i - 2].text} years", [t.i - 2, t.i - 1, t.i]
    return None


def _recipient_by_place(trade: Token, heads: list[Token], parties: list[Known], cx: Context) -> Known | None:
    """For "the supply of ... to Z": the one party that is Z, belongs to Z (its state), or
    is described as Z's in an apposition ("Petrona, Ostravia's largest importer"). The
    parser may hang 'to Z' on the contract or its verb (``heads``) rather than the trade."""
    dest = _uniq([e for h in [trade, *heads] for o in preps(h, {"to"}) for e in cx.entities(o) if e.type == "State"])
    if len(dest) != 1:
        return None
    z = dest[0].id
    found = []
    for p in parties:
        state = cx.resolver.state_of(p)
        if p.id == z or (state is not None and state.id == z) or _described_as_of(p, z, cx):
            found.append(p)
    return found[0] if len(found) == 1 else None


def _described_as_of(party: Known, state: str, cx: Context) -> bool:
    """Whether a mention of ``party`` has an apposition whose possessor is ``state``
    ("Petrona, Ostravia's largest importer of gas")."""
    for m in cx.mentions:
        if m.entity.id != party.id:
            continue
        head = cx.doc[m.end - 1]
        for ap in head.children:
            if ap.dep_ == "appos" and any(c.dep_ == "poss" and c.i in cx.at and cx.at[c.i].entity.id == state
                                          for c in ap.children):
                return True
    return False


def supply_contract_rules(tok: Token, cx: Context) -> list[Fact]:
    """A supply a signed contract is for: ``tok`` a noun of :data:`CONTRACT_NOUNS`, the
    object of a verb of making it (:data:`CONTRACT_VERBS`) or its passive subject, with
    'for' a trade noun (:data:`TRADE_NOUNS`) whose 'of' names a commodity. The parties are
    the verb's doers and the 'with' of the contract or the verb, two of them, companies,
    states or bodies. Output: [] or one ``Supply`` (supplier, recipient, ``item``, the
    ``amount`` with its rate, planned: the deliveries the contract is for are to come,
    undated: the day of signing is the agreement's; the signing rules draft the
    ``Agreement`` itself, with its term: :func:`contract_term`). Who supplies comes from
    the words (see the module); when they do not tell, nothing is drafted."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in CONTRACT_NOUNS and tok.lemma_.lower() not in CONTRACT_NOUNS:
        return []
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in CONTRACT_VERBS else None
    if verb is None:
        return []
    trade = _trade_noun(tok) or _trade_noun(verb)  # the parser may hang 'for the supply' on the verb
    if trade is None:
        return []
    found = _item(trade)
    if found is None:
        return []
    item, measure = found
    signers = [e for s in (subjects(verb) if tok.dep_ == "dobj" else doers(verb)) for e in cx.entities(s)]
    others = [e for o in preps(tok, {"with"}) + preps(verb, {"with"}) for e in cx.entities(o)]
    signers, others = _uniq(signers), _uniq(others)
    kinds = ("State", "StateCompany", "Organisation", "Government")
    if len(signers) != 1 or len(others) != 1 or signers[0].id == others[0].id or \
            signers[0].type not in kinds or others[0].type not in kinds:
        return []
    side = TRADE_NOUNS.get(trade.lemma_.lower(), TRADE_NOUNS.get(trade.lower_))
    if side == "recipient":
        supplier, recipient = others[0], signers[0]
    elif side == "supplier":
        supplier, recipient = signers[0], others[0]
    else:
        recipient = _recipient_by_place(trade, [tok, verb], [signers[0], others[0]], cx)
        if recipient is None:
            return []
        supplier = others[0] if recipient.id == signers[0].id else signers[0]
    goods = "LNG" if item.lower_ == "lng" else item.text
    supply = Fact("Supply", {"supplier": [supplier], "recipient": [recipient]}, {"item": goods},
                  tokens=[verb.i, tok.i, trade.i, item.i], planned=True, undated=True)
    if measure is not None and (amount := _amount(measure)) is not None:
        supply.attrs["amount"] = amount[0]
        supply.tokens += amount[1]
    return [supply]
