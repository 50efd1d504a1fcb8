"""When a measure told before began: "the embargo, which was first imposed in 1960", "the
sanctions, first introduced in March 2014". A further claim of the ``Sanction`` told
before (``refers``: its authority and target are that fact's) with ``startDate`` the date
its clause gives (corpus/CLAIMS.md, "Money, quantities and time": a state of affairs'
``startDate``).

Input: a token of the parsed article and its :class:`~kg.extract.facts.common.Context`;
output: a list of :class:`~kg.extract.facts.common.Fact`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.facts.common import Context, Fact

#: Nouns of a measure a definite noun phrase names again ("the embargo", "the sanctions").
MEASURE_NOUNS = {"embargo", "sanction", "blockade", "boycott"}
#: Verbs that put a measure in place.
IMPOSE_VERBS = {"impose", "introduce", "enact", "declare"}


def first_imposed_rules(tok: Token, cx: Context) -> list[Fact]:
    """"the embargo, which was first imposed in 1960": the module's further claim. Nothing
    without 'first' (a renewal, "imposed again in 1996", is no start), an indefinite noun
    ("an embargo first imposed in 1960" is another measure), a verb of no imposing, or
    no date in the clause."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in IMPOSE_VERBS or tok.dep_ not in ("relcl", "acl"):
        return []
    noun = tok.head
    if noun.lemma_.lower() not in MEASURE_NOUNS or not any(
            d.dep_ in ("det", "poss") and d.lower_ in ("the", "its", "their", "this", "that") for d in noun.children):
        return []
    if not any(c.lower_ == "first" and c.dep_ == "advmod" for c in tok.children):
        return []
    day = [t for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "on", "since")
           for t in p.subtree if t.ent_type_ == "DATE"]
    when = dates.resolve(" ".join(t.text for t in day), cx.published) if day else None
    if not when:
        return []
    return [Fact("Sanction", {}, {"startDate": when}, tokens=[noun.left_edge.i, noun.i, *(t.i for t in tok.subtree)],
                 split=False, clause=False, undated=True, refers=("fact", ("Sanction",)))]
