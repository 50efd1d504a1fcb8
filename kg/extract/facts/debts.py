"""Debt restructurings: "Zambia has reached an agreement with its official creditors to
restructure $6.3 billion of debt", "X has reached an agreement in principle with holders of
its bonds on the restructuring of about US$13.1 billion of international bonds", "X agreed
with the committee to restructure about $5.4 billion of bilateral loans": a
``DebtRestructuring`` (ontology gkg:DebtRestructuring; PLOVER AID, CAMEO 071 "provide
economic aid") whose ``debtor`` is the subject of the verb of agreeing, whose ``creditor``
is who it agreed 'with', whose ``value`` is the sum treated, with ``status: agreed in
principle`` where the text says "in principle" (corpus/CLAIMS.md, "Debt").

A restructuring of anything but debt ("restructure its armed forces", "the restructuring
of the ministry") is no debt restructuring: the thing treated must be a sum of money or a
noun of debt (:data:`DEBT_NOUNS`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _states, _uniq, objects, preps, refused, subjects
from kg.extract.quantities import count_of, money_near

#: Words of restructuring a debt (lemmas): the verb and its noun.
RESTRUCTURE_WORDS = {"restructure", "restructuring", "reschedule", "rescheduling"}
#: Nouns of money owed (lemmas): what a restructuring treats when no sum is given.
DEBT_NOUNS = {"debt", "loan", "bond", "eurobond", "obligation", "liability", "borrowing", "arrears", "credit"}
#: Verbs of agreeing whose subject is the debtor ("reached an agreement ... on the
#: restructuring", "agreed to restructure"); 'agreement' and 'deal' as nouns carry 'with'.
AGREE_VERBS = {"agree", "reach", "strike", "conclude", "seal", "secure", "finalise", "finalize", "sign"}
AGREE_NOUNS = {"agreement", "deal", "accord"}
#: Who owes or is owed a state's debt: states, their governments, bodies, firms.
DEBT_PARTIES = ("State", "Government", "InternationalOrganisation", "Organisation", "StateCompany")
#: Head nouns of creditors the text does not name ("its official creditors", "two committees
#: of holders of its Eurobonds"): kept as unnamed actors in their own words.
CREDITOR_NOUNS = {"creditor", "bondholder", "holder", "lender", "committee", "investor", "bank", "group"}


def _debt_treated(tok: Token) -> list[Token] | None:
    """The tokens of what a restructuring word treats when it is debt: the verb's object
    or the noun's 'of' phrase, a sum of money or a noun of :data:`DEBT_NOUNS` (also as a
    compound, "debt restructuring"); None when it is anything else."""
    if tok.pos_ == "VERB":
        treated = [o for o in objects(tok) if o.dep_ == "dobj"]
    else:
        treated = preps(tok, {"of"}) + [c for c in tok.children if c.dep_ == "compound"]
    for o in treated:
        words = {t.lemma_.lower() for t in o.subtree}
        if o.ent_type_ == "MONEY" or words & DEBT_NOUNS:
            return list(o.subtree)
    return None


def _agreeing(tok: Token) -> tuple[Token, Token | None] | None:
    """The verb of agreeing a restructuring word depends on (a few steps up its heads:
    "agreed ... to restructure", "reached an agreement ... on the restructuring") and the
    agreement noun on the way, if any; None when there is none."""
    node, noun = tok, None
    for _ in range(5):
        if node.dep_ in ("ROOT", "ccomp", "conj") and node.i != tok.i:
            break
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in AGREE_NOUNS:
            noun = node
        if node.pos_ == "VERB" and node.lemma_.lower() in AGREE_VERBS:
            if node.lemma_.lower() != "agree" and noun is None:
                return None  # "reached ... to restructure": no agreement named
            return node, noun
    return None


def _unnamed_creditors(o: Token) -> str | None:
    """Creditors the text does not name, in its own words ("2 unnamed committees of holders
    of its Eurobonds"), for a phrase headed by a noun of :data:`CREDITOR_NOUNS`."""
    if o.lemma_.lower() not in CREDITOR_NOUNS:
        return None
    # the noun's own words and its 'of' phrases ("committees of holders of its Eurobonds"),
    # not what it is about ("on the restructuring ...")
    toks = [t for t in o.subtree if not (t.i < o.i and t.dep_ in ("det", "nummod", "poss"))
            and not any(p.dep_ == "prep" and p.lower_ != "of" and t in p.subtree for p in o.subtree)]
    counts = [count_of(t) for t in o.children if t.dep_ == "nummod" and t.i < o.i]
    words = o.doc[toks[0].i: toks[-1].i + 1].text if toks else o.text
    count = f"{counts[0]} " if counts and counts[0] is not None else ""
    return f"{count}unnamed {words}"


def debt_restructuring_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``DebtRestructuring`` told by a verb or noun of :data:`RESTRUCTURE_WORDS` whose
    object is debt (:func:`_debt_treated`) under a verb of agreeing (:func:`_agreeing`):
    ``debtor`` the agreeing verb's subject (a state or body; a person stands for the
    state they serve), ``creditor`` the named parties or unnamed creditors 'with' whom it
    agreed, ``value`` the sum treated, ``status: agreed in principle`` for "in principle";
    negated when the agreeing is what the debtor failed or refused to do ("failed to reach
    an agreement with China to restructure", :func:`~kg.extract.facts.common.refused`).
    Returns [] or one fact; nothing without a named debtor."""
    if tok.lemma_.lower() not in RESTRUCTURE_WORDS or tok.pos_ not in ("VERB", "NOUN"):
        return []
    treated = _debt_treated(tok)
    if treated is None:
        return []
    found = _agreeing(tok)
    if found is None:
        return []
    verb, noun = found
    debtor = _uniq([e for e in _states([e for s in subjects(verb) for e in cx.entities(s)], cx)
                    if e.type in DEBT_PARTIES])
    if not debtor:
        return []
    roles: dict[str, list] = {"debtor": debtor}
    withs = preps(verb, {"with"}) + (preps(noun, {"with"}) if noun is not None else [])
    named = _uniq([e for o in withs for e in _states(cx.entities(o), cx)
                   if e.type in DEBT_PARTIES and e.id not in {d.id for d in debtor}])
    unnamed = [u for o in withs for u in [_unnamed_creditors(o)] if u] if not named else []
    if withs and not named and not unnamed:
        return []  # agreed with someone the text names but no rule resolves: leave it to the analyst
    if named:
        roles["creditor"] = named
    attrs: dict[str, object] = {}
    money = money_near(treated[0].head if treated[0].head.i != tok.i else tok) or money_near(tok)
    if money:
        attrs["value"] = money[0]
    principle = [c for h in (verb, noun) if h is not None for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "principle" for p in c.children)]
    if principle:
        attrs["status"] = "agreed in principle"
    tokens = [tok.i, verb.i, *(t.i for t in treated), *(t.i for o in withs for t in o.subtree),
              *(t.i for c in principle for t in c.subtree)]
    f = Fact("DebtRestructuring", roles, attrs, tokens=tokens, trigger=verb, split=False, negative=refused(verb))
    if not named:  # the shapes ask for creditors: those the text describes, else the debtor's, unnamed
        f.qualified["creditor"] = ((unnamed or ["unnamed creditors"])[0], None)
    f.take_date(cx.date_of(verb))
    return [f]
