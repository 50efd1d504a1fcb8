"""An investor's exclusion of companies from what it holds ("the fund's board excluded
Caterpillar and five Israeli banks", "the pension fund blacklisted two miners"): an
``ExecutiveAction`` of the investor (``initiator``) aimed at each company excluded
(``target``), ``actionType: exclusion from the fund``; the sale of the holdings the text
tells apart is a ``Sale`` (:mod:`~kg.extract.facts.transfers`), and so is a divestment
("the bank divested from three arms makers", :func:`kg.extract.facts.sales.divest_rules`).
CAMEO 16 (reduce relations) and PLOVER's REDUCE RELATIONS name such a step between actors;
what makes it an investor's is that the excluding actor or what it excludes from is a
fund, a bank or a portfolio.

A state or a person excluded ("excluded Russia from the talks", "excluded him from the
party") is no investor's exclusion: nothing is drafted.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, doers, objects, preps

#: Verbs of an investor putting companies out of its holdings, with the action's words.
EXCLUDE_VERBS = {"exclude": "exclusion from the fund", "blacklist": "exclusion from the fund"}
#: Words that make the excluding actor, or what it excludes from, an investor's holdings.
INVESTOR_WORDS = {"fund", "funds", "bank", "investor", "investors", "pension", "portfolio", "investment",
                  "investments", "holdings", "index", "wealth", "asset", "assets", "manager"}
#: Classes of what an investor holds: companies and other bodies, not states or people.
HELD_TYPES = ("Organisation", "StateCompany")
DIVEST_TRIGGERS = set(EXCLUDE_VERBS)


def _investor(verb: Token, doer: list, cx: Context) -> bool:
    """Whether the step ``verb`` names is an investor's: the excluding actor's name or
    the words of its subject, or what the verb excludes from ("from its portfolio"),
    hold a word of :data:`INVESTOR_WORDS`."""
    words = {w.lower() for e in doer for w in e.label.split()}
    words |= {t.lower_ for s_ in doers(verb) for t in s_.subtree}
    words |= {t.lower_ for p in preps(verb, {"from"}) for t in p.subtree}
    return bool(words & INVESTOR_WORDS)


def exclusion_rules(tok: Token, cx: Context) -> list[Fact]:
    """An investor excluding companies: ``tok`` a verb of :data:`EXCLUDE_VERBS` whose
    objects name companies or other bodies of
    :data:`HELD_TYPES`, done by an actor :func:`_investor` finds to be one. Output: [] or
    one ExecutiveAction per company excluded (``initiator``, ``target``, ``actionType``)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in EXCLUDE_VERBS:
        return []
    held = objects(tok)
    # every body the list names ("Caterpillar, Bank Hapoalim, ... and its holding company FIBI Holdings")
    target = _uniq([cx.at[t.i].entity for o in held for t in o.subtree if t.i in cx.at
                    and cx.at[t.i].entity.type in HELD_TYPES])
    subj = doers(tok)
    if all(s_.pos_ == "PRON" and not cx.entities(s_) for s_ in subj) and tok.dep_ == "ccomp":
        # "the board of Norges Bank announced that it had excluded": the announcer's subject
        subj = doers(tok.head)
    # (not a body a clause or apposition on the subject names: "the central bank that manages the fund
    # through Norges Bank Investment Management")
    aside = {t.i for s_ in subj for c in s_.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    # (else the first body the subject names: "the board of Norges Bank, the central bank that ...")
    # ('it' read as one body: the first of those it may stand for)
    doer = _uniq([e for s_ in subj for e in [x for x in cx.entities(s_) if x.type in HELD_TYPES + ("Government",)]
                  [:1 if s_.pos_ == "PRON" else None]] or
                 [cx.at[t.i].entity for s_ in subj for t in s_.subtree if t.i in cx.at and t.i not in aside
                  and cx.at[t.i].entity.type in HELD_TYPES + ("Government",)][:1])
    target = [e for e in target if e.id not in {d.id for d in doer}]
    if not target or not doer or not _investor(tok, doer, cx):
        return []
    return [Fact("ExecutiveAction", {"initiator": doer, "target": target},
                 {"actionType": EXCLUDE_VERBS[tok.lemma_]}, tokens=[tok.i, *(o.i for o in held)], split=False)]
