"""Price caps a bloc and its allies set on a state's exports ("the EU lowered the price
cap on Valdorian crude from $60 to $45 a barrel", "the Group of Seven agreed a price cap
of $60 on Valdorian oil", "the cap of $60 had been agreed by the G7"): a ``Sanction`` of
the body or states that set it (``authority``) on the state whose goods are capped
(``target``), the cap in ``measure``, its figure in ``value`` with what it is the value of
(``valueOf``), as corpus/CLAIMS.md writes a sanction's figures. CAMEO 163 ("impose
embargo, boycott, or sanctions") and PLOVER's SANCTION name the act; a cap on the price
paid for a state's oil is one of its economic sanctions.

The target is the state the capped goods are of (a demonym or possessive on them:
"Russian crude oil", "Russia's oil", "oil from Russia"); when the cap's own words name
none ("The cap of $60 had been agreed by ..."), the state of the nearest cap named
before it in the article. A cap of no price ("a cap on the number of visas") or a
price with no bloc or state to set it ("oil prices hit their cap") drafts nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.facts.common import COMMODITIES, Context, Fact, _uniq, doers, subjects

#: Nouns of a price cap.
CAP_NOUNS = {"cap", "ceiling"}
#: Verbs of setting or changing a cap -> the participle a measure's words use for a change.
CAP_VERBS = {"lower": "lowered", "cut": "cut", "reduce": "reduced", "slash": "slashed", "raise": "raised",
             "set": "set", "impose": "imposed", "introduce": "introduced", "agree": "agreed", "adopt": "adopted",
             "tighten": "tightened", "approve": "approved", "put": "put", "place": "placed", "keep": "kept"}
#: Who may set a cap: states, blocs and their governments.
CAP_SETTERS = ("State", "InternationalOrganisation", "Government")
#: A sum of money as news copy writes it ("$47.60", "US$60", "€50", "60 dollars").
_MONEY = r"(?:US\$|\$|€|£)\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s(?:dollars|euros)"
#: The unit a price is per ("a barrel", "per tonne").
_UNIT = r"(?:\s(?:a|per)\s(?P<unit>barrel|tonne|ton|cubic metre|cubic meter|megawatt hour|MWh))?"
_FROM_TO = re.compile(rf"^\s*from\s(?P<old>{_MONEY})\sto\s(?P<new>{_MONEY}){_UNIT}")
_TO = re.compile(rf"^\s*to\s(?P<new>{_MONEY}){_UNIT}")
_OF = re.compile(rf"^\s*(?:of|at)\s(?P<new>{_MONEY}){_UNIT}")

CAP_TRIGGERS = set(CAP_NOUNS)


def _reader_money(words: str) -> str:
    """A sum as the claims reader writes it: '$47.60' -> 'USD 47.60', '60 euros' -> 'EUR 60'."""
    w = words.replace(",", "")
    for sign, code in (("US$", "USD "), ("$", "USD "), ("€", "EUR "), ("£", "GBP ")):
        if w.startswith(sign):
            return " ".join((code + w[len(sign):]).split())
    number, currency = w.split()
    return f"{'USD' if currency == 'dollars' else 'EUR'} {number}"


def _price_cap(noun: Token) -> bool:
    """Whether ``noun`` is a cap on a price: "price cap", "a cap on Russian oil" (goods of
    :data:`COMMODITIES` after 'on'), "the cap of $60"."""
    if noun.lemma_.lower() not in CAP_NOUNS or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() == "price" for c in noun.children):
        return True
    if _goods(noun) is not None:
        return True
    return bool(_OF.match(noun.doc[noun.i + 1: min(len(noun.doc), noun.i + 8)].text))


def _goods(noun: Token) -> Token | None:
    """The goods a cap's 'on' names, when they are a commodity ("on Russian crude oil")."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "on":
            for o in p.children:
                if o.dep_ == "pobj" and (o.lemma_.lower() in COMMODITIES or o.lower_ in COMMODITIES):
                    return o
    return None


def _state_of_goods(goods: Token, cx: Context) -> list:
    """The state whose goods they are: its demonym or possessive on them ("Russian crude
    oil", "Russia's oil"), or 'from' ("oil from Russia")."""
    found = []
    for c in goods.children:
        near = [c] + ([o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "from" else [])
        for t in near:
            m = cx.at.get(t.i)
            if m is not None and m.entity.type == "State" and (t.dep_ in ("amod", "poss", "compound", "pobj")):
                found.append(m.entity)
    return _uniq(found)


def _cap_told_before(noun: Token, cx: Context) -> bool:
    """Whether a bare cap noun ("would lower their own caps") stands for a price cap: one
    named before it in the article, whose words name the state of its goods."""
    return noun.lemma_.lower() in CAP_NOUNS and noun.pos_ == "NOUN" and bool(_earlier_target(noun, cx))


def _earlier_target(noun: Token, cx: Context) -> list:
    """The state of the nearest price cap named before ``noun`` in the article whose words
    name one ("the price cap on Russian crude ... The cap of $60 had been agreed")."""
    for t in reversed(cx.doc[: noun.i]):
        if t.lemma_.lower() in CAP_NOUNS and _price_cap(t) and (goods := _goods(t)) is not None:
            state = _state_of_goods(goods, cx)
            if state:
                return state
    return []


def _setters(verb: Token, cx: Context) -> list:
    """Who sets the cap: the verb's doers, or for a participle with none of its own
    ("adopted a package, lowering the price cap") those of the verb it hangs on."""
    who = [e for s in doers(verb) for e in cx.entities(s)]
    if not who and verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VB", "VBN"):
        who = [e for s in subjects(verb.head) for e in cx.entities(s)]
    return _uniq([e for e in who if e.type in CAP_SETTERS])


def price_cap_rules(tok: Token, cx: Context) -> list[Fact]:
    """A price cap set or changed: ``tok`` a cap noun (:func:`_price_cap`) that is the
    object or passive subject of a verb of :data:`CAP_VERBS`, whose doers (or, for a
    participle, its head verb's subject) are states or blocs. Output: [] or one
    ``Sanction`` per :func:`price_cap` of the setters on the state whose goods are capped
    (:func:`_state_of_goods`, else :func:`_earlier_target`; a bare cap noun stands for a
    price cap when one was named before: :func:`_cap_told_before`), with ``measure`` (the cap's
    words, and the change "lowered from USD 60 to USD 47.60 a barrel" when both figures
    are written), ``value`` (the new figure, "per" its unit) and ``valueOf``."""
    if not (_price_cap(tok) or _cap_told_before(tok, cx)) or tok.dep_ not in ("dobj", "nsubjpass") or tok.head.lemma_ not in CAP_VERBS:
        return []
    verb = tok.head
    setters = _setters(verb, cx)
    if not setters:
        return []
    goods = _goods(tok)
    target = _state_of_goods(goods, cx) if goods is not None else []
    if not target:
        target = _earlier_target(tok, cx)
    target = [t for t in target if t.id not in {s.id for s in setters}]
    if not target:
        return []
    doc = cx.doc
    cap_words = [t for t in tok.subtree if t.dep_ not in ("det", "poss") and not (t.i > tok.i and t.like_num)]
    cap_words = [t for t in cap_words if t.i <= (goods.i if goods is not None else tok.i)]
    words = doc[cap_words[0].i: cap_words[-1].i + 1].text if cap_words else tok.text
    if "price" not in words.lower().split():
        words = f"price {tok.text}"  # "their own caps": the price caps named before
    after_cap = doc[(goods.i if goods is not None else tok.i) + 1: min(len(doc), tok.sent.end)].text
    after_verb = doc[max(t.i for t in verb.subtree if t.i <= (goods.i if goods is not None else tok.i)) + 1:
                     min(len(doc), tok.sent.end)].text
    attrs: dict[str, object] = {"measure": words}
    change = _FROM_TO.match(after_cap) or _FROM_TO.match(after_verb)
    figure = change or _OF.match(doc[tok.i + 1: tok.sent.end].text) or _TO.match(after_cap) or _TO.match(after_verb)
    tokens = [verb.i, tok.i] + ([goods.i] if goods is not None else [])
    if figure is not None:
        new = _reader_money(figure.group("new"))
        unit = figure.group("unit")
        attrs["value"] = f"{new} per {unit}" if unit else new
        attrs["valueOf"] = words
        if change is not None:
            attrs["measure"] = f"{words} {CAP_VERBS[verb.lemma_]} from {_reader_money(change.group('old'))} to {new}" \
                               + (f" a {unit}" if unit else "")
        # the figure's words, up to its unit, belong to the quote
        at = doc.text.find(figure.group(0).strip(), doc[tok.i].idx)
        if at >= 0:
            stop = at + len(figure.group(0).strip())
            tokens += [t.i for t in doc[tok.i: tok.sent.end] if t.idx < stop]
    return [Fact("Sanction", {"authority": setters, "target": target}, attrs, tokens=sorted(set(tokens)), clause=False)]
