"""Losses counted per period, as a speaker gives them: "Pakistan was losing about $1.5
million in exports every day the border stays shut", "the closure costs Peru about $2
million a day in lost exports". Each is an ``Assessment`` (a speaker's estimate;
corpus/CLAIMS.md) with ``speaker`` who says it, ``affected`` who loses, ``value`` the sum
in the reader's words, ``valueOf`` what is lost ("exports lost") and ``perPeriod`` the
period it is counted over ("a day", CLAIMS.md: a figure counted per period). A loss no one
is said to estimate, or with no period, is left out: a total lost is told many other ways.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, SAY_VERBS, Context, Fact, _text, _uniq, preps
from kg.extract.quantities import per_period, sum_of

#: Verbs of a loss to the subject ("was losing") or to the object ("costs Peru").
LOSS_VERBS = {"lose", "cost"}
#: Periods a loss is counted over, by their noun: "every day", "each week", "a month".
PERIODS = {"day": "a day", "week": "a week", "month": "a month", "year": "a year"}


def _period(verb: Token, money_end: int) -> tuple[str, list[int]] | None:
    """The period a sum is counted over: the rate words right after it ("$1.5 million a
    day") or a noun of time with 'every', 'each' or 'per' on the verb ("every day the border
    stays shut"); (words, their tokens) or None."""
    words, toks = per_period(verb.doc, money_end)
    if words:
        return words.strip(), toks
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in PERIODS and \
                any(d.lower_ in ("every", "each", "per") for d in c.children if d.dep_ == "det"):
            return PERIODS[c.lemma_.lower()], [c.i, *(d.i for d in c.children if d.dep_ == "det")]
    return None


def _speaker(verb: Token, cx: Context) -> list:
    """Who says the loss: the subject of the verb of saying the loss's clause is the
    complement of ("X said Pakistan was losing ..."), else []."""
    node = verb
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.lemma_ in SAY_VERBS | {"estimate"} and node.pos_ == "VERB":
            return [e for s in node.children if s.dep_ == "nsubj" for e in cx.entities(s) if e.type not in NOT_ACTORS]
    return []


def loss_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X said Pakistan was losing about $1.5 million in exports every day", "the closure
    costs Peru $2 million a day in lost exports, X said": an Assessment (see the module)
    of the loss per period. [] with no sum of money, no period, no one who loses, or no
    speaker."""
    if tok.pos_ != "VERB" or tok.lemma_ not in LOSS_VERBS:
        return []
    objs = [o for o in tok.children if o.dep_ == "dobj"]
    money = next(((o, m) for o in objs for m in [sum_of(o)] if m), None)
    if money is None:
        return []
    obj, (value, value_toks) = money
    period = _period(tok, max(value_toks) + 1)
    if period is None:
        return []
    if tok.lemma_ == "lose":
        losers = [e for s in tok.children if s.dep_ == "nsubj" for e in cx.entities(s)]
    else:  # "costs Peru $2 million": the one it costs, the dative or the object before the sum
        losers = [e for o in tok.children if o.dep_ in ("dative", "dobj") and o.i != obj.i for e in cx.entities(o)]
    losers = [e for e in _uniq(losers) if e.type not in NOT_ACTORS and e.type != "Person"]
    speaker = _speaker(tok, cx)
    if not losers or not speaker:
        return []
    f = Fact("Assessment", {"speaker": speaker, "affected": losers}, {"value": value, "perPeriod": period[0]},
             tokens=[tok.i, *value_toks, *period[1]], voiced_by=speaker)
    what = [p for p in preps(obj, {"in"}) + preps(tok, {"in"}) if p.pos_ == "NOUN"]
    if what:  # "in exports", "in lost exports": what is lost
        words = [t for t in what[0].subtree if t.i <= what[0].i and t.dep_ not in ("det", "poss")
                 and t.lower_ != "lost"]
        f.attrs["valueOf"] = f"{_text(cx.doc, words)} lost"
        f.tokens += [t.i for t in what[0].subtree if t.i <= what[0].i]
    return [f]
