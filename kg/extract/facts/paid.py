"""What a sum of money is paid for, which tells a payment from a grant.

A sum one actor hands another is economic Support when nothing is said in return (the
ontology: "A grant that is not repaid is a gkg:Support (economic)"), and a Payment when
the text says what it buys (corpus/CLAIMS.md: "will pay compensation of", "a fee"). Read
by both rules: :func:`kg.extract.facts.economy.payment_rules` (Support) and
:func:`kg.extract.facts.deportations.fee_payment_rules` (Payment).
"""

from __future__ import annotations

from spacy.tokens import Token


#: Nouns of money owed, whose payment settles a debt rather than grants aid ("paid its debts").
DEBT_NOUNS = {"debt", "arrears", "bill", "dues"}
#: Verbs of a service a payment buys when its infinitive follows 'pay' ("paying Valdoria to
#: hold the detainees"): keeping, taking or housing people.
SERVICE_VERBS = {"hold", "detain", "house", "host", "keep", "take", "accept", "receive", "jail", "imprison", "shelter"}


#: Nouns of a deal a sum is paid under ("would pay Rwanda a grant under the deal"): a term of
#: that deal (:func:`kg.extract.facts.deportations.fee_payment_rules`).
DEAL_NOUNS = {"deal", "agreement", "arrangement", "accord", "scheme", "contract", "pact", "treaty", "partnership",
              "memorandum", "programme", "program"}


def under_deal(verb: Token) -> list[Token]:
    """The nouns of a deal (:data:`DEAL_NOUNS`) that a payment's verb or its object is
    made 'under' ("would pay Rwanda a grant under the deal")."""
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    return [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "under"
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in DEAL_NOUNS]


def paid_for(verb: Token) -> bool:
    """Whether the verb of paying ``verb`` says what the money buys: a 'for' phrase ("paid
    $5 million for the grain", "an arrangement for which X is paying"), "in exchange for",
    an infinitive of a service (:data:`SERVICE_VERBS`: "paying Valdoria to hold the
    detainees"), or a debt: a sum the payer owes ("the $40 million it owes") or a noun of
    :data:`DEBT_NOUNS` ("paid its debts"). Such a sum is a Payment (corpus/CLAIMS.md: "a fee"), not the economic
    Support a sum handed over for nothing in return is."""
    # (the parser hangs the phrase on the verb or on the sum: "paid [$5 million for the grain]")
    sums = [o for o in verb.children if o.dep_ == "dobj"]
    if any(o.lemma_.lower() in DEBT_NOUNS for o in sums):
        return True
    for c in [*verb.children, *(c for o in sums for c in o.children)]:
        if c.dep_ == "prep" and c.lower_ == "for":
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "as") and any(
                o.lemma_.lower() in ("exchange", "return", "payment", "fee") for o in c.children if o.dep_ == "pobj"):
            return True
        if c.dep_ == "relcl" and c.lemma_ == "owe" and c.head in sums:
            return True  # a sum owed ("the $40 million it owes") settles a debt, no free grant
        if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and c.lemma_ in SERVICE_VERBS and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
    return False
