"""A state's budget told as a sum: "X's cabinet approved a record defence budget of 9.04
trillion yen ($58 billion) for the fiscal year starting in April 2031", and its change
told after it: "The draft is 9.4 percent larger than the 8.7 trillion yen set aside for
the current fiscal year". An ``Indicator`` (a state's figure, schema:Observation;
``corpus/CLAIMS.md``, "A state's figure" and "Money, quantities and time") with
``observationAbout`` the state, ``indicator`` the budget's words ("defence budget"),
``value`` the sum as printed (with its conversion as a second figure: ``[9.04 trillion
yen, $58 billion]``), ``period`` the fiscal year ("2031-04/2032-03") and, for the change,
``changePercent`` (negative for a smaller one) with ``previousAmount``.

Input: a token of the parsed article and its :class:`~kg.extract.facts.common.Context`;
output: a list of :class:`~kg.extract.facts.common.Fact`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.facts.common import Context, Fact, _uniq, subjects
from kg.quantities import QuantityError, parse_amount

#: Nouns of a sum a state sets aside ("defence budget", "military spending", "an allocation").
BUDGET_NOUNS = {"budget", "spending", "allocation", "outlay", "expenditure"}
#: Modifiers of a budget noun that say nothing of what it is for ("a record budget").
PLAIN_WORDS = {"record", "new", "draft", "proposed", "annual", "total", "overall", "first", "largest", "biggest",
               "initial", "this", "that", "its", "their", "the", "a", "an"}
#: Adjectives of a comparison of sizes, with the sign of the change they tell.
COMPARED = {"large": 1, "high": 1, "big": 1, "great": 1, "more": 1, "small": -1, "low": -1, "less": -1}
#: Subjects that stand for the budget told before ("The draft is 9.4 percent larger ...").
STANDS_FOR = BUDGET_NOUNS | {"draft", "plan", "bill", "figure", "sum", "amount", "it", "package", "increase"}
#: Who a budget can be of: a state, or a body whose state it is.
OWNERS = ("State", "Government", "Organisation", "Court")


def _money(tok: Token) -> tuple[str, list[int]] | None:
    """The sum the noun phrase of ``tok`` writes ("9.04 trillion yen", "$58 billion",
    "more than 970 billion yen"), parenthesised conversions and clauses left out, when the
    claims reader parses it as money (:func:`kg.quantities.parse_amount`): (its words, its
    tokens), else None."""
    toks = [t for t in tok.subtree if t.i <= tok.i and not t.is_punct and t.dep_ not in ("det",)]
    if not toks:
        return None
    toks = [t for t in toks if t.i >= toks[0].i and (t.like_num or t.ent_type_ == "MONEY" or t.lower_ in
                                                      ("more", "than", "about", "some", "nearly", "almost", "over"))]
    words = " ".join(t.text for t in toks).replace("$ ", "$").replace("€ ", "€").replace("£ ", "£").replace("¥ ", "¥")
    words = re.sub(r"(?<=\d),(?=\d{3})", "", words)
    try:
        amount = parse_amount(words, money=True)
    except (QuantityError, TypeError):
        return None
    return (words, [t.i for t in toks]) if amount.currency else None


def _owner(noun: Token, cx: Context):
    """The state a budget noun is of: a state or body before it ("Japan's defence
    budget"), else the one the subject of its verb names ("Japan's cabinet approved a
    budget": Japan); None when none or several."""
    named = [e for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") for e in cx.entities(c)]
    if not named and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        named = [e for s in subjects(noun.head) if s.dep_ != "nsubjpass" for e in cx.entities(s)]
    states = _uniq([st for e in named if e.type in OWNERS
                    for st in [e if e.type == "State" else cx.resolver.state_of(e)] if st is not None])
    return states[0] if len(states) == 1 else None


def _fiscal_period(noun: Token, cx: Context) -> tuple[str, list[int]] | None:
    """The period a 'for' phrase on the budget or its verb names: "for the fiscal year
    starting in April 2031" (twelve months from then: '2031-04/2032-03'), "for 2031" (the
    year). None for any other words."""
    fors = [o for h in (noun, noun.head) for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj"]
    for o in fors:
        if o.lemma_.lower() == "year" and any(c.lower_ in ("fiscal", "financial") for c in o.children):
            for acl in (c for c in o.children if c.dep_ == "acl" and c.lemma_ in ("start", "begin")):
                month = [t for p in acl.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                         for t in p.subtree if t.ent_type_ == "DATE"]
                when = dates.resolve(" ".join(t.text for t in month), cx.published) if month else None
                if when and re.fullmatch(r"\d{4}-\d{2}", when):
                    y, m = int(when[:4]), int(when[5:])
                    end_y, end_m = (y, m + 11) if m == 1 else (y + 1, m - 1)
                    return f"{when}/{end_y:04d}-{end_m:02d}", [t.i for t in o.subtree]
        if re.fullmatch(r"\d{4}", o.text) and o.ent_type_ == "DATE":
            return o.text, [o.i]
    return None


def budget_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X's cabinet approved a record defence budget of 9.04 trillion yen ($58 billion) for
    the fiscal year starting in April 2031", "Peru's defence budget of 2 billion soles": an
    Indicator of the state (:func:`_owner`), ``indicator`` the noun with what it is for
    ("defence budget"), ``value`` the sum after 'of' (with a conversion in brackets as a
    second figure) and ``period`` the fiscal year (:func:`_fiscal_period`). Nothing when
    no sum in a currency follows ("a budget of reforms") or no one state owns it."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BUDGET_NOUNS:
        return []
    sums = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    figure = _money(sums[0]) if sums else None
    if figure is None:
        return []
    owner = _owner(tok, cx)
    if owner is None:
        return []
    what = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ not in PLAIN_WORDS
            and c.i not in cx.at and c.i < tok.i]
    indicator = " ".join([*(c.text.lower() for c in sorted(what, key=lambda t: t.i)), tok.text.lower()])
    values = [figure[0]]
    tokens = [tok.i, *figure[1]]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("poss", "amod", "compound", "nmod") and cx.entities(c) for c in tok.children):
        tokens += [s.i for s in subjects(tok.head) if s.dep_ != "nsubjpass"]  # whose budget: the verb's subject
    for c in sums[0].children:  # "9.04 trillion yen ($58 billion)": the same sum converted
        if c.dep_ == "appos":
            other = _money(c)
            if other is not None:
                values.append(other[0])
                tokens += other[1]
    f = Fact("Indicator", {"observationAbout": [owner]}, {"indicator": indicator,
                                                          "value": values if len(values) > 1 else values[0]},
             tokens=tokens)
    period = _fiscal_period(tok, cx)
    if period is not None:
        f.attrs["period"] = period[0]
        f.tokens += period[1]
    f.undated = True  # the day the budget is approved is not the figure's period
    f.split = False
    return [f]


def budget_change_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The draft is 9.4 percent larger than the 8.7 trillion yen set aside for the current
    fiscal year": the change of the budget told before (the last sentence before with a
    budget of :func:`budget_rules`), its subject a word of :data:`STANDS_FOR`: an
    Indicator of the same state and words with ``changePercent`` (negative for "smaller",
    "lower") and ``previousAmount`` (the sum after 'than', when one is written). Nothing
    with no budget told before or no percentage."""
    sign = COMPARED.get(tok.lemma_.lower())
    if sign is None or tok.pos_ not in ("ADJ", "ADV") or tok.dep_ != "acomp":
        return []
    subj = [s for s in subjects(tok.head) if s.lemma_.lower() in STANDS_FOR]
    pct = [c for c in tok.children if c.dep_ == "npadvmod" and c.lower_ in ("percent", "%", "per")]
    if not subj or not pct:
        return []
    num = [c for c in pct[0].children if c.like_num]
    try:
        change = float(num[0].text) if num else None
    except ValueError:
        change = None
    if change is None:
        return []
    told = next((g for t in reversed(cx.doc[:tok.sent.start]) if t.lemma_.lower() in BUDGET_NOUNS
                 for g in budget_rules(t, cx)), None)
    if told is None:
        return []
    f = Fact("Indicator", dict(told.roles), {"indicator": told.attrs["indicator"],
                                             "changePercent": (change if change % 1 else int(change)) * sign},
             tokens=[tok.i, subj[0].i, pct[0].i, *(n.i for n in num)])
    than = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "than" for o in p.children if o.dep_ == "pobj"]
    before = _money(than[0]) if than else None
    if before is not None:
        f.attrs["previousAmount"] = before[0]
        f.tokens += before[1]
    f.read_as["observationAbout"] = f"the budget told before: {told.attrs['indicator']}"
    f.undated = True
    f.split = False
    return [f]
