"""Rules of a central bank's rate decision: "the central bank raised its key rate by 0.25
percentage points to 5.25 %", "cut its policy rate by 50 basis points to 4.5 %", "held
rates at 3.75 %" (``RateDecision``, corpus/CLAIMS.md 'A central bank's rate decision';
CAMEO has no code for it: it is a domestic economic act, which the ontology keeps beside
PLOVER's events).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, preps, subjects

#: Verbs of a rate decision -> the sign of the change they give (None: the change is
#: written with 'by', 0 for a hold with no 'by').
RATE_VERBS = {"raise": 1, "hike": 1, "increase": 1, "lift": 1, "cut": -1, "lower": -1, "reduce": -1,
              "hold": 0, "keep": 0, "leave": 0, "maintain": 0}
#: Words before 'rate' that make it a central bank's rate ("key rate", "policy rate",
#: "benchmark interest rate"); a proper noun before it names the rate too ("the Selic rate").
POLICY_RATE_WORDS = {"key", "policy", "interest", "benchmark", "base", "bank", "lending", "deposit", "repo",
                     "refinancing", "overnight", "prime", "official", "cash", "discount"}
#: Words before 'rate' of a rate no central bank sets ("the tax rate", "the unemployment rate").
OTHER_RATE_WORDS = {"tax", "tariff", "unemployment", "inflation", "exchange", "mortgage", "growth", "birth",
                    "death", "participation", "poverty", "vat", "duty", "vacancy", "savings", "fee"}
#: Classes of actor that set a rate (a bank or its monetary policy committee).
SETTER_TYPES = ("Organisation", "StateCompany", "InternationalOrganisation")

_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|percent\b|per cent\b|percentage points?\b|basis points?\b|points?\b)")


def _figure(tok: Token) -> tuple[str, str] | None:
    """The number and its unit in the phrase of ``tok`` ("0.25 percentage points" ->
    ('0.25', 'percentage points'), "15.00% per year" -> ('15.00', '%')); None if none."""
    m = _FIGURE.search(tok.doc[tok.left_edge.i: tok.right_edge.i + 1].text)
    return (m.group(1), m.group(2)) if m else None


def _rate_noun(verb: Token) -> Token | None:
    """The direct object of ``verb`` that is a central bank's rate ("its key rate", "the
    Selic rate", "interest rates", bare "rates"), or None."""
    for o in verb.children:
        if o.dep_ != "dobj" or o.lemma_.lower() != "rate":
            continue
        mods = [c for c in o.children if c.dep_ in ("compound", "amod", "nmod")]
        if any(c.lower_ in OTHER_RATE_WORDS for c in mods):
            return None
        # a capitalised modifier names the rate ("the Selic rate", which the parser may tag an adjective)
        if o.tag_ == "NNS" or any(c.lower_ in POLICY_RATE_WORDS or c.pos_ == "PROPN" or c.text[:1].isupper()
                                  and c.i != c.sent.start for c in mods):
            return o
    return None


def rate_decision_rules(tok: Token, cx: Context) -> list[Fact]:
    """A verb of :data:`RATE_VERBS` whose object is a central bank's rate (:func:`_rate_noun`)
    and whose subject (or that of the verb it completes: "decided to raise") is a
    registry organisation or a body the mentions stage proposes, or a central bank of one
    named state ("Peru's central bank": an unnamed central bank for Peru): a
    ``RateDecision`` with ``initiator`` that body, ``subject`` the rate's words, ``rate`` the level after 'to'
    or 'at' ("15.00 percent"), ``rateChange`` the change after 'by' in percentage points,
    signed by the verb (25 basis points is 0.25; a cut is negative), 0 for a hold with no
    'by'. A sentence giving neither the level nor the change states no decision and
    drafts nothing (CLAIMS.md: a rate decision needs the rate or its change); neither
    does a state or a person as subject ("Chile raised the rate")."""
    sign = RATE_VERBS.get(tok.lemma_.lower())
    if tok.pos_ != "VERB" or sign is None:
        return []
    noun = _rate_noun(tok)
    if noun is None:
        return []
    subj = subjects(tok)
    setters = [e for s_ in subj for e in cx.entities(s_) if e.type in SETTER_TYPES]
    if len(setters) > 1:  # "the Monetary Policy Committee of the central bank": the committee, named first
        first = min((s_ for s_ in subj if s_.i in cx.at and cx.at[s_.i].entity.type in SETTER_TYPES),
                    key=lambda t: t.i, default=None)
        setters = [cx.at[first.i].entity] if first is not None else []
    qualified = {}
    if not setters and len(subj) == 1 and subj[0].lemma_.lower() == "bank" and \
            any(c.lower_ in ("central", "reserve", "national") for c in subj[0].children):
        # "Peru's central bank", "the central bank of Chile": a body the registry lacks, of its state
        states = [e for c in subj[0].children if c.dep_ == "poss" for e in cx.entities(c) if e.type == "State"]
        states += [e for o in preps(subj[0], {"of"}) for e in cx.entities(o) if e.type == "State"]
        if len(states) != 1:
            return []
        qualified = {"initiator": ("unnamed central bank", states[0])}
    elif len(setters) != 1:
        return []
    level = change = None
    for o in preps(tok, {"to", "at"}) + preps(noun, {"to", "at"}):
        fig = _figure(o)
        if fig is not None and fig[1] in ("%", "percent", "per cent"):
            level = f"{fig[0]} percent"
    for o in preps(tok, {"by"}) + preps(noun, {"by"}):
        fig = _figure(o)
        if fig is not None:
            points = float(fig[0]) / 100 if fig[1].startswith("basis") else float(fig[0])
            change = round(points * (sign or 1), 4)  # 'by' after a hold verb is not written; a rise if it were
    if change is None and sign == 0:
        change = 0
    if level is None and change is None:
        return []
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss", "case", "punct")]
    attrs: dict = {"subject": " ".join(t.text for t in words)}
    if level is not None:
        attrs["rate"] = level
    if change is not None:
        attrs["rateChange"] = int(change) if change == int(change) else change
    # the quote holds the whole subject, not only the mention of the body in it
    f = Fact("RateDecision", {"initiator": setters} if setters else {}, attrs,
             tokens=[tok.i, noun.i, *(t.i for s_ in subj for t in s_.subtree)], qualified=qualified)
    if tok.dep_ == "xcomp":  # "decided on Wednesday to raise ...": the decision's verb carries the day
        f.tokens.insert(0, tok.head.i)
        f.take_date(cx.date_of(tok.head))
    return [f]
