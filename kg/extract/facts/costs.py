"""What a measure or an event cost a state, as a sum: "Cuba says the embargo cost it about
$7.5 billion between March 2024 and February 2025", "the blockade cost Qatar $10 billion".
An ``Indicator`` (a state's figure, schema:Observation; corpus/CLAIMS.md, "A state's
figure") with ``observationAbout`` the state it cost (the dative: a name, or 'it'/'them'
for the subject of the verb of saying the clause is reported by), ``indicator`` "cost of"
the subject's words, ``amount`` the sum (:func:`kg.extract.facts.budgets._money`, parsed as
the claims reader parses money) and, for "between D1 and D2", ``startDate`` and ``endDate``.

Input: a token of the parsed article and its :class:`~kg.extract.facts.common.Context`;
output: a list of :class:`~kg.extract.facts.common.Fact`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.facts.budgets import _money
from kg.extract.facts.common import SAY_VERBS, Context, Fact

#: Pronouns a dative stands for the speaker's own side by ("cost it", "cost them", "cost us").
SPEAKER_PRONOUNS = {"it", "them", "us"}
#: Classes a cost can be about.
PAYERS = ("State", "Government", "Organisation", "StateCompany")


def _payer(verb: Token, dative: Token, cx: Context) -> list:
    """Whom the dative of 'cost' names: its state or body, or, for a pronoun of
    :data:`SPEAKER_PRONOUNS`, the named subject of the verb of saying that reports the
    clause ("Cuba says the embargo cost it ..."); [] for anyone else."""
    if dative.lower_ in SPEAKER_PRONOUNS:
        if verb.dep_ != "ccomp" or verb.head.lemma_ not in SAY_VERBS:
            return []
        return [e for s in verb.head.children if s.dep_ == "nsubj" for e in cx.entities(s) if e.type in PAYERS][:1]
    return [e for e in cx.entities(dative) if e.type in PAYERS][:1]


def cost_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X says the embargo cost it about $7.5 billion between March 2024 and February
    2025": the module's Indicator. Nothing without a sum in a currency ("cost him his
    job"), without a payer that is a state or body ("the ticket cost $20", "cost the
    farmers $2 million"), or for a negated verb."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "cost" or any(c.dep_ == "neg" for c in tok.children):
        return []
    dative = [c for c in tok.children if c.dep_ in ("dative", "iobj")]
    sums = [c for c in tok.children if c.dep_ == "dobj"]
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(dative) != 1 or len(sums) != 1 or len(subj) != 1 or subj[0].pos_ != "NOUN":
        return []
    figure = _money(sums[0])
    payer = _payer(tok, dative[0], cx) if figure is not None else []
    if not payer:
        return []
    what = [t for t in subj[0].subtree if t.dep_ != "det" or t.head != subj[0]]
    f = Fact("Indicator", {"observationAbout": payer},
             {"indicator": "cost of the " + cx.doc[what[0].i: what[-1].i + 1].text, "amount": figure[0]},
             tokens=[tok.i, dative[0].i, *(t.i for t in subj[0].subtree), *figure[1]])
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "between":
            first = [o for o in p.children if o.dep_ == "pobj"][:1]
            second = [c for e in first for c in e.children if c.dep_ == "conj"][:1]
            if not first or not second:
                continue
            apart = {t.i for t in second[0].subtree} | {c.i for c in first[0].children if c.dep_ == "cc"}
            spans = [[t for t in first[0].subtree if t.i not in apart], list(second[0].subtree)]
            when = [dates.resolve(" ".join(t.text for t in sp), cx.published) for sp in spans]
            if len(when) == 2 and all(when):
                f.attrs["startDate"], f.attrs["endDate"] = when
                f.tokens += [t.i for t in p.subtree]
                f.undated = True
    f.split = False
    return [f]
