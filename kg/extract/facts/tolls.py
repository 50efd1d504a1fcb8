"""The toll of protests or unrest the text gives in a clause on its noun ("a week of
street protests in which at least six people have died", "the unrest, in which 12 people
were killed"): a ``Protest`` of unnamed protesters with its dead (``killed``), as
corpus/CLAIMS.md writes a protest's toll (``killed: at least 6``). CAMEO 14 ("protest")
and PLOVER's PROTEST name the act; the dead are counted on it, not as an attack of
their own, since the words name no one who killed them.

The fact is undated: the clause tells how many died over the protests, not the day they
began (the rules of protests date that from "the protests began in Jakarta on August
25"). Nouns are those of street protest in general, not of one article.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact
from kg.extract.facts.crowds import DIE_VERBS, _count

#: Nouns of protest and unrest whose relative clause may count the dead.
UNREST_NOUNS = {"protest", "demonstration", "unrest", "riot", "rally", "march", "uprising", "clash"}

TOLL_TRIGGERS = set(UNREST_NOUNS)


def protest_toll_rules(tok: Token, cx: Context) -> list[Fact]:
    """A protest's dead: ``tok`` a noun of :data:`UNREST_NOUNS` with a relative clause
    "in which" / "during which" whose verb is one of dying (:data:`DIE_VERBS`: the
    subject of 'died', the passive subject of 'were killed') counted by a number ("at
    least six people", "12"). Output: [] or one undated ``Protest`` of "unnamed
    protesters" with ``killed`` the count (a bound in its words: "at least 6"); [] when
    the clause is negated, counts no one, or tells of the protesters' own killings of
    others ("protests in which police killed ..." has a killer: an attack's rules)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in UNREST_NOUNS:
        return []
    for rel in tok.children:
        if rel.dep_ != "relcl" or rel.lemma_ not in DIE_VERBS or any(c.dep_ == "neg" for c in rel.children):
            continue
        if not any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(o.lower_ == "which" for o in c.children)
                   for c in rel.children):
            continue
        if rel.lemma_ == "kill" and any(c.dep_ in ("nsubj", "agent") for c in rel.children):
            continue  # a killer named: not a toll of the protests alone
        dead = [c for c in rel.children if c.dep_ == ("nsubjpass" if rel.lemma_ == "kill" else "nsubj")]
        n = _count(dead[0]) if dead else None
        if n is None:
            continue
        f = Fact("Protest", {}, {"killed": n}, tokens=[tok.i, rel.i, *(t.i for t in dead[0].subtree)],
                 clause=False, undated=True)
        f.qualified["participant"] = ("unnamed protesters", None)
        return [f]
    return []
