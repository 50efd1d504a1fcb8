"""Acts a law, bill, ban or order keeps from happening are not events: "the bill, which
would bar the Treasury from using the fund to support Argentina" tells of no support
given, and "the order forbids ministers to visit Taiwan" of no visit. The measure itself
is what happened (a Legislation or ExecutiveAction with ``prohibits``, corpus/CLAIMS.md),
never the act it bars: FactBank reads an event under a verb of preventing as
counterfactual (Saurí and Pustejovsky 2009, "CT-" source-introducing predicates).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import KEEP_FROM_VERBS

#: Verbs that keep their clause's act from happening: 'from' brings the act in ("bar X
#: from using"), or an infinitive does ("forbids X to visit").
BARRING_VERBS = KEEP_FROM_VERBS | {"forbid", "outlaw", "preclude", "restrict", "stop"}
#: Dependencies through which an act hangs on the clause above it inside one barred
#: act: the purpose or manner of the act ("using the fund to support Argentina") or its
#: object. A conjoined verb is left out: the parser joins a second measure to the barred
#: act ("barring citizens from entering Chile and restricting entry for others").
WITHIN_ACT = {"xcomp", "advcl", "dobj", "pobj", "prep", "acl"}


def barred_act(trigger: Token) -> bool:
    """Whether the trigger ``trigger`` (a token of a parsed sentence) names an act a verb
    of :data:`BARRING_VERBS` keeps from happening: it lies in the clause that verb's
    'from' brings in ("would bar the Treasury from using the fund *to support*
    Argentina", "prevents troops from *entering*"), or in its infinitive ("forbids
    ministers *to visit*"). The barring verb itself is no barred act ("barred Yoon from
    leaving the country" is the exit ban). Climbs at most eight heads, through
    :data:`WITHIN_ACT` only: a clause of its own (a relative clause, a reported one) is
    another fact."""
    if trigger.lemma_.lower() in BARRING_VERBS:
        return False  # a measure of its own ("... and partially restricting entry"), whatever it hangs on
    node = trigger
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "pcomp" and head.lower_ == "from" and head.dep_ == "prep" and \
                head.head.pos_ == "VERB" and head.head.lemma_ in BARRING_VERBS:
            return True
        if node.dep_ == "xcomp" and node.pos_ in ("VERB", "AUX") and head.pos_ == "VERB" and \
                head.lemma_ in BARRING_VERBS - {"stop"}:
            return True  # "forbids ministers to visit": 'stop to visit' is a pause, no ban
        if node.dep_ not in WITHIN_ACT and node.dep_ != "pcomp":
            return False
        node = head
    return False
