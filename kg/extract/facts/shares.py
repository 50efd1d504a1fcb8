"""A state's share of a world or market whole: "China accounted for 98.8 percent of the
world's refined gallium output", "Ukraine holds an estimated 5 percent of the world's
mineral deposits", "Russia supplies 40 percent of the bloc's gas imports". Each is an
``Indicator`` (schema:Observation; ``corpus/CLAIMS.md``, 'A state's figure' and the share
keys) with ``observationAbout`` the state, ``share`` the percentage, ``shareOf`` the whole
in the text's words and ``indicator`` "share of" that whole, dated by its clause.

The whole must be a quantity of production, trade or resources (:data:`WHOLE_WORDS`:
output, reserves, exports, the world's ...), named in words, not an entity: "holds 49
percent of Nayara" is a stake (an Ownership, read by
:func:`~kg.extract.facts.economy.share_owned_rules`) and "won 40 percent of the vote" an
election's result.
"""

from __future__ import annotations

from decimal import Decimal

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact
from kg.extract.speech import DENY
from kg.quantities import QuantityError, parse_amount

#: Verbs that give the subject's part of a whole: "accounted for", "holds", "makes up",
#: "produces", "supplies", "controls".
SHARE_OF_VERBS = {"account", "hold", "make", "produce", "supply", "control", "represent", "possess"}
#: Words of a whole that is a quantity of production, trade or resources (the measures of
#: the USGS Mineral Commodity Summaries and trade statistics), or the world it is of.
WHOLE_WORDS = {"world", "global", "output", "production", "supply", "supplies", "demand", "reserves", "deposits",
               "exports", "imports", "market", "consumption", "mining", "capacity", "refining", "processing"}
#: Who a share is observed about.
HOLDERS = ("State",)
#: Verbs above a share's clause that deny or doubt it ("analysts doubt that Russia supplies
#: 40 percent"): the verbs of denial of :mod:`kg.extract.speech` and those of doubt.
DOUBTING = DENY | {"doubt", "question", "dispute"}


def _percent(noun: Token) -> tuple[Decimal, list[int]] | None:
    """The number of "98.8 percent" / "5%" whose unit is ``noun``, read by
    :func:`kg.quantities.parse_amount` (a Decimal in percent), with its tokens; None when
    there is none or it is no number the claims reader takes."""
    if noun.lower_ not in ("percent", "%", "per"):
        return None
    num = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
    if num is None and noun.i > 0 and noun.doc[noun.i - 1].like_num:
        num = noun.doc[noun.i - 1]
    if num is None:
        return None
    try:
        value = parse_amount(f"{num.text} percent", money=False).value
    except QuantityError:
        return None
    return (value, [num.i, noun.i]) if value is not None else None


def _not_held(verb: Token) -> bool:
    """Whether the share ``verb`` tells no longer holds or is doubted: "no longer accounts
    for" (a 'no' on its 'longer'), or a verb of :data:`DOUBTING` whose clause it is
    ("analysts doubt that Russia supplies")."""
    if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children)
           for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DOUBTING


def share_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Indicator of a state's share from a verb of :data:`SHARE_OF_VERBS` whose subject
    names one state and whose object ('for' after "account", 'up' after "make") is a
    percentage 'of' a whole of :data:`WHOLE_WORDS` that names no entity; see the
    module's description for the keys; none for a share that no longer holds or is
    doubted (:func:`_not_held`). Input: a token and its :class:`Context`; output: [] or
    one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SHARE_OF_VERBS or _not_held(tok):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    owner = [e for s_ in subj for e in cx.entities(s_, conj=False) if e.type in HOLDERS]
    if len(subj) != 1 or len(owner) != 1 or subj[0].i not in cx.at:
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lemma_ in ("account", "make"):  # "accounted for 98.8 percent", "makes up 40 percent"
        objs = [o for p in tok.children if p.dep_ in ("prep", "prt") and p.lower_ in ("for", "up")
                for o in [*p.children, *tok.children] if o.dep_ in ("pobj", "dobj")]
    for obj in objs:
        figure = _percent(obj)
        whole = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj"]
        if figure is None or len(whole) != 1:
            continue
        words = list(whole[0].subtree)
        if any(t.i in cx.at and cx.at[t.i].form != "demonym" for t in words):
            return []  # "holds 49 percent of Nayara": a stake in a company, not a share of a whole
        # the whole's own words, up to a comma ("..., including graphite"): what the share is of
        cut = next((t.i for t in words if t.text == "," and t.i > whole[0].i), words[-1].i + 1)
        words = [t for t in words if t.i < cut]
        if not {t.lower_ for t in words} & WHOLE_WORDS:
            return []
        text = cx.doc[words[0].i:words[-1].i + 1].text
        f = Fact("Indicator", {"observationAbout": owner}, {"indicator": f"share of {text}", "share": figure[0],
                                                            "shareOf": text},
                 tokens=[tok.i, *(t.i for t in subj[0].subtree), *figure[1], *(t.i for t in words)], trigger=tok)
        return [f]
    return []
