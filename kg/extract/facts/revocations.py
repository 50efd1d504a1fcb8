"""A government taking back a measure of its own, as governments do after protests ("the
president revoked the lawmakers' housing allowance", "the government scrapped the fuel
price rise", "the cabinet withdrew the decree on ..."): an ``ExecutiveAction`` of the
state, government or its head or minister (``initiator``) whose ``subject`` is the
revocation and what it takes back ("revocation of a monthly housing allowance paid to
members of parliament"). CAMEO 08 ("yield": 081 "ease administrative sanctions", 0831
"accede to demands for change in leadership/policy") and PLOVER's CONCEDE name the act;
the ontology writes a government's act as an executive action (corpus/CLAIMS.md,
"Measures"). A bill its sponsor withdraws is a stage of its ``Legislation``, not this:
bills and laws are left to those rules.

The words are those of taking back a measure (revoke, rescind, scrap, withdraw, reverse,
abolish, cancel, drop, axe) and the measures, benefits and charges a government sets
(allowance, perk, subsidy, tax, levy, hike, fee, decree, policy, regulation, order,
reform), not those of one article. A measure on another state is a sanction lifted
(:mod:`~kg.extract.facts.agreements`), a court's undoing an annulment
(:mod:`~kg.extract.facts.annulments`); neither is drafted here.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _text, objects, refused
from kg.extract.facts.hits import unreal
from kg.extract.facts.measures import _acting

#: Verbs of taking a measure back -> the noun of the act in the fact's ``subject``.
REVOKE_VERBS = {"revoke": "revocation", "rescind": "rescission", "scrap": "scrapping", "withdraw": "withdrawal",
                "reverse": "reversal", "abolish": "abolition", "cancel": "cancellation", "drop": "dropping",
                "axe": "scrapping", "repeal": "repeal", "retract": "withdrawal", "annul": "annulment"}
#: Nouns of a government's own measures, benefits and charges that it may take back.
OWN_MEASURE_NOUNS = {"allowance", "perk", "benefit", "privilege", "bonus", "subsidy", "stipend", "pension",
                     "tax", "levy", "hike", "rise", "increase", "fee", "tariff", "charge", "surcharge", "toll",
                     "decree", "policy", "regulation", "order", "reform", "measure", "plan", "rule", "directive",
                     "mandate", "requirement", "curfew", "moratorium", "quota"}

#: Prepositions of the time or cause of an act, no part of the measure's words.
CIRCUMSTANCE_PREPS = {"after", "before", "amid", "following", "despite", "during", "since", "over"}

REVOKE_TRIGGERS = set(REVOKE_VERBS)


def revoked_measure_rules(tok: Token, cx: Context) -> list[Fact]:
    """A measure taken back: ``tok`` a verb of :data:`REVOKE_VERBS` whose direct object
    is a noun of :data:`OWN_MEASURE_NOUNS` with no 'on'/'against' another state (a
    sanction's) and whose subject may act for a state (a state, a government, a person
    the article gives a state: its head, a minister). Output: [] or one
    ``ExecutiveAction`` with ``initiator`` and ``subject`` ("revocation of a monthly
    housing allowance paid to members of parliament"); [] for an act only possible or
    refused, denied, or done by no one who acts for a state ("the company scrapped the
    fee"). One demanded ("protesters demanded that she revoke it") is drafted as the
    engine drafts demands, ``modality: requested``, never as done."""
    if tok.pos_ != "VERB" or tok.lemma_ not in REVOKE_VERBS or unreal(tok, plans=True) or refused(tok) or \
            any(c.dep_ == "neg" for c in tok.children):
        return []
    held = next((o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_.lower() in OWN_MEASURE_NOUNS), None)
    if held is None or any(c.dep_ == "prep" and c.lower_ in ("on", "against") and
                           any(o.i in cx.at and cx.at[o.i].entity.type == "State" for o in c.children)
                           for c in held.children):
        return []  # "scrapped the tariffs on Chinese goods": another state's measure, a sanction's rules
    who = _acting(tok, cx)
    if not who:
        return []
    # the measure's words, without a time or cause hung on them ("after a week of protests")
    aside = {t.i for p in held.subtree if p.dep_ == "prep" and p.lower_ in CIRCUMSTANCE_PREPS for t in p.subtree}
    words = [t for t in held.subtree if t.i > tok.i and t.i not in aside
             and not (t.dep_ == "punct" and t.i == held.right_edge.i)]
    return [Fact("ExecutiveAction", {"initiator": who[:1]},
                 {"subject": f"{REVOKE_VERBS[tok.lemma_]} of {_text(cx.doc, words)}"},
                 tokens=[tok.i, *(t.i for t in held.subtree)], trigger=tok)]
