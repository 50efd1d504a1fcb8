"""Deadlines to comply (gkg:Compliance with modality obliged; CAMEO 08 "Yield" covers
complying with demands, PLOVER has no event of its own; corpus/CLAIMS.md, "A time window
or a deadline counted from another fact": ``deadline: {after: <fact id>, delay: 90
days}``):

- "Y now has 90 days to bring its measures into conformity with the ruling", "Y has six
  months to comply": the time a ruling or a rule leaves Y to comply;
- "Y must withdraw the measures within 30 days": a duty with a window;
- "X gave Y 48 hours to leave": an ultimatum, whatever Y is told to do.

The act to be done is one of complying (:data:`COMPLY_VERBS`) except in an ultimatum;
"has 90 days of reserves", "has 30 days to decide", "within days" with no duty draft
nothing. Where the act's words name a ruling ("with the award"), the Compliance keeps to
the legal action told before (``compliesWith``) and its deadline counts from it.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, subjects
from kg.extract.quantities import count_of

#: Verbs of complying, whose infinitive makes a window a deadline to comply.
COMPLY_VERBS = {"comply", "conform", "abide", "adhere", "implement", "withdraw", "repeal", "rescind", "revoke",
                "remove", "lift", "align", "amend", "bring"}
#: What 'bring ... into' must reach to be complying ("into conformity", "into line").
INTO_NOUNS = {"conformity", "compliance", "line", "accordance"}
#: Nouns of a span of time a window is counted in.
SPAN_NOUNS = {"hour", "day", "week", "month", "year"}
#: Nouns by which the act's words name the ruling complied with ("with the award").
RULING_NOUNS = {"award", "ruling", "decision", "judgment", "judgement", "verdict", "finding", "report"}
#: Classes of entity that may be bound to comply.
COMPLIERS = ("State", "Government", "Organisation", "InternationalOrganisation", "StateCompany", "Person", "Group",
             "MilitaryGovernment")


def _window(noun: Token) -> str | None:
    """The window a span noun with its count names, in words ("90 days", "48 hours",
    "six months"), or None when the noun counts nothing."""
    if noun.lemma_.lower() not in SPAN_NOUNS:
        return None
    count = [c for c in noun.children if c.dep_ == "nummod" and count_of(c) is not None]
    if not count:
        return None
    return f"{count[0].text} {noun.text}"


def _complying_act(verb: Token) -> bool:
    """Whether ``verb`` (an infinitive) tells an act of complying: a verb of
    :data:`COMPLY_VERBS` ('bring' only "into conformity / compliance / line")."""
    lemma = verb.lemma_.lower()
    if lemma not in COMPLY_VERBS:
        return False
    if lemma == "bring":
        return any(p.lower_ == "into" and any(o.lemma_.lower() in INTO_NOUNS for o in p.children)
                   for p in verb.children if p.dep_ == "prep")
    return True


def _act_words(verb: Token, cx: Context) -> tuple[str, list[int]]:
    """The words of the act to be done, from the verb to the end of its phrase, without a
    'within' window: "bring its measures into conformity with the award"."""
    skip = {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "within" for t in p.subtree}
    toks = [t for t in verb.subtree if t.i >= verb.i and t.i not in skip and not (t.is_punct and t.i == verb.right_edge.i)]
    if not toks:
        return "", []
    end = max(t.i for t in toks)
    return cx.doc[verb.i: end + 1].text.strip(" ,."), [t.i for t in toks]


def _ruling_named(verb: Token) -> bool:
    """Whether the act's words name a ruling complied with by a definite noun ("into
    conformity with the award", "comply with the ruling")."""
    return any(t.lemma_.lower() in RULING_NOUNS and t.dep_ == "pobj" and
               any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) for t in verb.subtree)


def _compliance(who: list, verb: Token, window: str, extra: list[int], cx: Context, within: bool = False) -> Fact:
    words, toks = _act_words(verb, cx)
    f = Fact("Compliance", {"complying": _uniq(who)}, {"subject": words} if words else {},
             tokens=[verb.i, *toks, *extra], split=False)
    f.own_modality = "obliged"
    delay = f"within {window}" if within else window
    if _ruling_named(verb):
        f.refers = ("compliesWith", ("LegalAction",))
        f.attrs["deadline"] = {"after": None, "delay": delay}
    return f


def comply_window_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Y has 90 days to bring its measures into conformity with the ruling" (the
    infinitive on a span noun that is the object of 'have'), "Y must withdraw the
    measures within 30 days" ('must' and a 'within' window): a Compliance of Y
    (``complying``), ``modality: obliged``, what Y must do in ``subject``; where the
    words name a ruling, ``compliesWith`` and ``deadline: {after: <the ruling>, delay:
    ...}``. Input: a verb of :data:`COMPLY_VERBS`; output: the fact, or []."""
    if tok.pos_ != "VERB" or not _complying_act(tok):
        return []
    span = tok.head
    if tok.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            span.dep_ == "dobj" and span.head.lemma_.lower() == "have" and _window(span):
        have = span.head
        who = [e for s in subjects(have) for e in cx.entities(s) if e.type in COMPLIERS]
        if not who:
            return []
        f = _compliance(who, tok, _window(span), [have.i, span.i, *(c.i for c in span.children)], cx)
        return [f]
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in tok.children):
        windows = [(o, _window(o)) for p in tok.children if p.dep_ == "prep" and p.lower_ == "within"
                   for o in p.children if o.dep_ == "pobj" and _window(o)]
        if not windows:
            return []
        who = [e for s in subjects(tok) for e in cx.entities(s) if e.type in COMPLIERS]
        if not who:
            return []
        noun, window = windows[0]
        return [_compliance(who, tok, window, [noun.head.i, noun.i, *(c.i for c in noun.children)], cx, within=True)]
    return []


def ultimatum_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X gave Y 48 hours to leave the country": an ultimatum, a Compliance of Y with
    ``modality: obliged``, what Y is told to do in ``subject``, due when the window runs
    out from the day of the clause (``deadline``, a day). Input: the verb 'give' with a
    span noun of :data:`SPAN_NOUNS` counted as its object (or as an adverbial noun), an
    infinitive on it or on the verb, and an actor it is given to; output: the fact, or []."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "give":
        return []
    # "gave Y 48 hours to leave": the parser makes the span the object (Y the dative) or an adverbial
    # noun (Y the object)
    spans = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod") and _window(c)]
    if not spans:
        return []
    acts = [c for c in spans[0].children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    acts += [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    told = [c for c in tok.children if c.dep_ == "dative" or (c.dep_ == "dobj" and c.i != spans[0].i)]
    who = [e for t in told for e in cx.entities(t) if e.type in COMPLIERS and e.type not in NOT_ACTORS]
    if not acts or not who:
        return []
    window = _window(spans[0])
    f = _compliance(who, acts[0], window, [tok.i, spans[0].i, *(c.i for c in spans[0].children), *(t.i for t in told)], cx)
    day, toks = cx.date_of(tok)
    due = _due(day, spans[0])
    if "deadline" not in f.attrs and due:
        f.attrs["deadline"] = due
        f.tokens += toks
    return [f]


#: ISO 8601 durations of a span noun's unit, for a window counted from a day.
UNIT_DURATION = {"hour": "PT{}H", "day": "P{}D", "week": "P{}W"}


def _due(day: str | None, span: Token) -> str | None:
    """The day a window runs out, counted from ``day`` (an ISO date of a day): "48
    hours" from 14 April is 16 April (hours rounded up to whole days, as the claims
    reader's :func:`kg.claims.window_end` derives a deadline from its window); None for a
    day not given to the day, or a window in months or years."""
    from kg.claims import window_end

    if not day or len(day) != 10 or span.lemma_.lower() not in UNIT_DURATION:
        return None
    count = next(count_of(c) for c in span.children if c.dep_ == "nummod" and count_of(c) is not None)
    return window_end(dt.date.fromisoformat(day), UNIT_DURATION[span.lemma_.lower()].format(count)).isoformat()
