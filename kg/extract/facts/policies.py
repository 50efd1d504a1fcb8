"""A state's visa-free regime for another's citizens: "The Government of X has decided to
introduce a visa-free policy for citizens of Y", "X has extended unilateral visa-free
entry to citizens of 75 countries since 2023", and its period told after it: "The policy
will apply from 15 September 2030 to 14 September 2031". A ``Policy`` (``corpus/CLAIMS.md``,
"A visa exemption agreement": a state letting others' citizens in without a visa on its
own is a ``Policy`` with ``appliedBy`` and ``subject``; ``kg vocabulary visa-free``) with
``appliedBy`` (who grants it), ``subject`` (the regime and whom it is for, in the text's
words) and ``startDate`` / ``endDate`` (its period). An exemption two states agree is an
``Agreement`` (agreements.py), not drafted here.

Input: a token of the parsed article and its :class:`~kg.extract.facts.common.Context`;
output: a list of :class:`~kg.extract.facts.common.Fact`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.facts.common import Context, Fact, _text, _uniq, subjects

#: Nouns of a regime a state applies ("a visa-free policy", "visa-free entry", "a visa-free regime").
REGIME_NOUNS = {"policy", "entry", "regime", "travel", "access", "scheme", "programme", "program", "waiver"}
#: Verbs that put such a regime in place, whose subject applies it.
GRANT_VERBS = {"introduce", "extend", "grant", "offer", "adopt", "launch", "implement", "allow", "announce",
               "approve", "expand", "give", "trial", "pilot", "open", "apply"}
#: Verbs of a regime's period told after it ("the policy will apply from ... to ...").
PERIOD_VERBS = {"apply", "run", "last", "remain", "stay", "operate"}
#: Who can apply a regime.
APPLIERS = ("State", "Government", "Organisation", "InternationalOrganisation")
#: Most words of a regime's subject kept.
SUBJECT_WORDS = 16


def _visa_free(noun: Token) -> bool:
    """Whether ``noun`` is qualified as visa-free: "visa-free" written as one word or as
    the parser splits it ("visa - free"), or "visa-exempt" / "visa-waiver"."""
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "nmod"):
            continue
        words = {w.lower_ for w in c.subtree}
        if c.lower_ in ("visa-free", "visa-exempt") or ("visa" in words and words & {"free", "exempt", "waiver"}):
            return True
    return noun.lemma_.lower() == "waiver" and any(c.lower_ == "visa" for c in noun.children)


def _granting_verb(noun: Token) -> Token | None:
    """The verb that puts the regime ``noun`` in place: the first verb above it (the parser
    may hang the object of "decided to introduce, on a trial basis, a ... policy" on
    'decided'), when it or the verb it governs is a verb of :data:`GRANT_VERBS` or of deciding."""
    node = noun
    for _ in range(3):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    if node.pos_ not in ("VERB", "AUX"):
        return None
    if node.lemma_ in GRANT_VERBS:
        return node
    if node.lemma_ in ("decide", "agree", "plan", "move") and any(
            c.dep_ == "xcomp" and c.lemma_ in GRANT_VERBS for c in node.children):
        return node
    return None


def visa_policy_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X has decided to introduce a visa-free policy for citizens of Y", "X has extended
    unilateral visa-free entry to citizens of 75 countries since 2023", "X's visa-free
    regime for Y's citizens": a Policy applied by the verb's subject (or the noun's
    possessor), its ``subject`` the regime's words with whom it is for. Nothing for a
    regime no one named applies, one a verb does not put in place ("visa-free travel
    remains rare"), nor a noun not visa-free ("a new trade policy")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REGIME_NOUNS or not _visa_free(tok):
        return []
    by = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c)]
    verb = None
    if not by:
        verb = _granting_verb(tok)
        if verb is None:
            return []
        by = [e for s in subjects(verb) if s.dep_ != "nsubjpass" for e in cx.entities(s)]
    by = _uniq([e for e in by if e.type in APPLIERS])
    if len(by) != 1:
        return []
    words = [t for t in tok.subtree if t.dep_ not in ("det", "poss", "case") and t.i - tok.left_edge.i < SUBJECT_WORDS
             and not (t.ent_type_ == "DATE" and t.head.lower_ in ("since", "from", "until"))]
    words = [t for t in words if t.i >= tok.i or t.head.i == tok.i or t.head.head.i == tok.i]
    f = Fact("Policy", {"appliedBy": by}, {"subject": _text(cx.doc, words)},
             tokens=[tok.i, *(t.i for t in words), *([verb.i] if verb is not None else [])])
    f.split = False
    return [f]


def policy_period_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The policy will apply from 15 September 2030 to 14 September 2031": the period of
    the regime told before (a subject noun of :data:`REGIME_NOUNS` with 'the' or 'this' and
    no other kind named, "the tariff policy" being another,
    a verb of :data:`PERIOD_VERBS`, a 'from' and a 'to' / 'until' date): a Policy with
    ``startDate`` and ``endDate``, its ``appliedBy`` and ``subject`` those of the last
    visa-free regime told before it (none drafted when there is none). A sentence with
    no date, or one date only as the verb's ("applied on Monday"), drafts nothing."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in PERIOD_VERBS:
        return []
    subj = [s for s in subjects(tok) if s.lemma_.lower() in REGIME_NOUNS and s.dep_ == "nsubj"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in s.children)
            and (_visa_free(s) or not any(c.dep_ in ("amod", "compound", "nmod") for c in s.children))]
    if not subj:
        return []
    found: dict[str, str] = {}
    toks: list[int] = []
    for p in tok.children:
        key = {"from": "startDate", "to": "endDate", "until": "endDate", "till": "endDate", "through": "endDate"}.get(p.lower_)
        if p.dep_ != "prep" or key is None:
            continue
        span = [t for t in p.subtree if t.i != p.i]
        when = dates.resolve(" ".join(t.text for t in span), cx.published, future=True) if span else None
        if when and len(when) >= 4 and when[:4].isdigit():
            found[key] = when
            toks += [t.i for t in p.subtree]
    if "startDate" not in found or "endDate" not in found:
        return []
    told = next((g for t in reversed(cx.doc[:tok.sent.start]) if t.lemma_.lower() in REGIME_NOUNS and _visa_free(t)
                 for g in visa_policy_rules(t, cx)), None)
    if told is None:
        return []  # no regime told before whose period this is
    f = Fact("Policy", dict(told.roles), {"subject": told.attrs["subject"], **found}, tokens=[tok.i, subj[0].i, *toks])
    f.read_as["appliedBy"] = f"the regime told before: {told.attrs['subject']}"
    f.split = False
    return [f]
