"""A court's ruling that undoes a vote, a law or a decision ("Romania's Constitutional
Court annulled the presidential election", "the Supreme Court struck down the decree",
"the result was invalidated by the Constitutional Court"): a ``LegalAction`` with the
``court``, ``legalActionKind: ruling``, the undoing in ``actionType`` ("annulment of the
presidential election") and the fact it undoes as ``targetFact`` (corpus/CLAIMS.md: a
ruling about a fact, not a person, names it by its id). CAMEO 115/173 and PLOVER's legal
action name the court's step; what it undoes is the fact of its own kind the other rules
draft (an ``Election``, a ``Legislation``), undated by the ruling's day.

The words are those of courts undoing acts (annul, invalidate, nullify, void, quash,
overturn, strike down), not of an article.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, doers

#: Verbs of a court undoing an act, with the noun of the ruling's ``actionType``.
ANNUL_VERBS = {"annul": "annulment", "invalidate": "invalidation", "nullify": "annulment", "void": "annulment",
               "quash": "quashing", "overturn": "overturning", "strike": "striking down"}
#: The kinds of fact a court's undoing is about (``targetFact``): votes, laws, decisions, rulings.
UNDONE_KINDS = ("Election", "Vote", "Legislation", "ExecutiveAction", "Resolution", "LegalAction", "Agreement")
#: Nouns of the acts a court undoes: an annulled election is one, an annulled marriage is not.
UNDONE_NOUNS = {"election", "vote", "runoff", "referendum", "result", "ballot", "poll", "law", "decree", "order",
                "decision", "ruling", "verdict", "conviction", "sentence", "amendment", "act", "bill", "appointment",
                "process", "round", "contract", "deal", "agreement", "treaty", "measure"}
ANNUL_TRIGGERS = set(ANNUL_VERBS)


def _undone(verb: Token) -> Token | None:
    """The noun of the act ``verb`` undoes: its object ("annulled the election"), its
    passive subject ("the election was annulled"); for 'strike', only with 'down'."""
    if verb.lemma_ == "strike" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in UNDONE_NOUNS:
            return c
    return None


def annulment_rules(tok: Token, cx: Context) -> list[Fact]:
    """A court annulling an act: ``tok`` a verb of :data:`ANNUL_VERBS` whose doer (subject,
    or the passive's agent) names a court of the registry or gazetteer, and whose object
    is a noun of :data:`UNDONE_NOUNS`. Output: [] or one LegalAction with ``court``, the
    ruling's kind and words, and a reference to the undone fact (``targetFact``; the
    engine gives it the id of the fact of :data:`UNDONE_KINDS` drafted up to the quote's
    end, and drops the ruling when there is none). A government, a party or a person
    that "annuls" or "cancels" something is no court: nothing is drafted."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ANNUL_VERBS:
        return []
    obj = _undone(tok)
    if obj is None:
        return []
    court = _uniq([e for d in doers(tok) for e in cx.entities(d) if e.type == "Court"])
    if len(court) != 1:
        return []
    # the noun and its kind words, without its article or possessor ("the country's presidential election")
    lead = [t.right_edge.i for t in obj.children if t.dep_ in ("det", "poss") and t.i < obj.i]
    words = cx.doc[max(lead, default=obj.left_edge.i - 1) + 1: obj.i + 1].text
    return [Fact("LegalAction", {"court": court},
                 {"legalActionKind": "ruling", "actionType": f"{ANNUL_VERBS[tok.lemma_]} of the {words}"},
                 tokens=[tok.i, obj.i], refers=("targetFact", UNDONE_KINDS))]
