"""A saying told as an accusation its target rejects: "US officials had told other
delegations that up to 5,000 soldiers might be fighting for X, an accusation Y rejected",
"A said B had armed the rebels, a claim B denies". Two facts: the ``Accusation`` (CAMEO
112 'accuse'; PLOVER ACCUSE) by the speaker of the verb of saying (a name, or unnamed
speakers of a state: ``{actor: unnamed officials, of: ...}``), ``about`` the one who
rejects it, ``subject`` the reported words without the apposition; and that one's
``Rejection`` (CAMEO 111 'reject'; PLOVER REJECT) of it, ``aboutFact`` the accusation
(corpus/CLAIMS.md, "Speakers, unnamed sources, hedging, denials"). The relative clause is
the writer's, so the rejection is stated by its rejecter, not by the accusers
(:func:`kg.extract.speech.attribute`).

Input: a token of the parsed article and its :class:`~kg.extract.facts.common.Context`;
output: a list of :class:`~kg.extract.facts.common.Fact`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, SAY_VERBS, Context, Fact, _uniq
from kg.extract.facts.diplomacy import _unnamed_speakers
from kg.extract.speech import CHARGE_NOUNS, UNNAMED

#: Verbs of rejecting what was said.
REJECT_VERBS = {"reject", "deny", "dismiss", "refute", "dispute"}


def _saying(noun: Token) -> Token | None:
    """The verb of saying whose reported clause ends in the apposition ``noun``: the
    first verb of :data:`SAY_VERBS` up the tree from the clause the apposition closes."""
    node = noun.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "ccomp" and node.head.lemma_ in SAY_VERBS:
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _officials_of(subj: Token, cx: Context) -> tuple[str, object] | None:
    """Unnamed speakers of :func:`~kg.extract.facts.diplomacy._unnamed_speakers`, or
    those a state's name before them gives a state ("US officials": ("unnamed
    officials", the United States)); None otherwise."""
    found = _unnamed_speakers(subj, cx)
    if found is not None or subj.lemma_.lower() not in UNNAMED or subj.tag_ != "NNS" or subj.i in cx.at:
        return found
    before = [c for c in subj.children if c.i < subj.i and c.dep_ in ("compound", "amod")]
    states = [e for c in before for e in cx.entities(c, conj=False) if e.type == "State"]
    if len(before) == 1 and len(states) == 1:
        return f"unnamed {subj.lower_}", states[0]
    return None


def rejected_charge_rules(tok: Token, cx: Context) -> list[Fact]:
    """"A told B that ..., an accusation C rejected": an Accusation by A about C and C's
    Rejection of it (module docstring). Nothing when the noun is no apposition closing
    a reported clause ("C rejected the accusation"), when the relative clause is no
    rejection ("an accusation C repeated") or is negated, or when neither side is
    named."""
    if tok.dep_ == "relcl" and tok.lemma_.lower() in REJECT_VERBS:  # the rejection, triggered by its own verb
        return [f for f in rejected_charge_rules(tok.head, cx) if f.type == "Rejection"] if tok.head.i < tok.i else []
    if tok.lemma_.lower() not in CHARGE_NOUNS or tok.dep_ != "appos" or tok.pos_ != "NOUN":
        return []
    rel = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in REJECT_VERBS
           and not any(g.dep_ == "neg" for g in c.children)]
    if not rel:
        return []
    rejecter = [e for s in rel[0].children if s.dep_ == "nsubj" for e in cx.entities(s) if e.type not in NOT_ACTORS]
    verb = _saying(tok)
    if not rejecter or verb is None:
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    named = _uniq([e for s in subj for e in cx.entities(s) if e.type not in NOT_ACTORS])
    unnamed = _officials_of(subj[0], cx) if subj and not named else None
    if not named and unnamed is None:
        return []
    clause = next(c for c in verb.children if c.dep_ == "ccomp" and tok in c.subtree)
    said = [t for t in clause.subtree if t not in tok.subtree and t.dep_ != "mark"]
    while said and (said[-1].is_punct or said[-1].is_space):
        said.pop()
    accusation = Fact("Accusation", {**({"speaker": named} if named else {}), "about": rejecter[:1]},
                      {"subject": cx.doc[said[0].i: said[-1].i + 1].text} if said else {},
                      tokens=[verb.i, *(t.i for s in subj for t in s.subtree), *(t.i for t in said)],
                      said=True, split=False, clause=False)
    if unnamed is not None:
        accusation.qualified["speaker"] = unnamed
        if unnamed[1] is not None:
            accusation.members_of.add("speaker")  # "US officials": officials of the United States
    rejection = Fact("Rejection", {"speaker": rejecter[:1]}, tokens=[tok.i, rel[0].i, *(
        t.i for s in rel[0].children if s.dep_ == "nsubj" for t in s.subtree)], said=True, split=False,
        clause=False, refers=("aboutFact", ("Accusation",)))
    # the noun triggers the accusation; the rejection, read here, is drafted from its verb (above)
    return [accusation, rejection]


def told_charges(tok: Token, cx: Context) -> list[Fact]:
    """The facts :func:`rejected_charge_rules` drafts from ``tok``: the accusation from its
    noun, the rejection from its verb (each fact's trigger, which its quote and its
    speaker are read from)."""
    out = rejected_charge_rules(tok, cx)
    return out if tok.dep_ == "relcl" else [f for f in out if f.type == "Accusation"]
