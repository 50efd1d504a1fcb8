"""A government taking a company or its assets into state hands ("Peru's government has
nationalised Vell Mining", "Chile expropriated the Toquepala mine", "the mine was
nationalised by the junta"): a ``Seizure`` by authority, the state or government its
``perpetrator``, the company or asset ``seized``, ``actionType: nationalisation`` (or
``expropriation``), dated by its clause, as corpus/CLAIMS.md writes a nationalisation
(the ontology's gkg:Seizure: CAMEO 171 and PLOVER's SEIZE, Wikidata's nationalization).
A taking decided and still to come ("has decided to nationalise X") is ``status: decided``
with ``modality: planned``, as corpus/CLAIMS.md writes "decided to establish".
The state's resulting holding is the ``Ownership`` of
:func:`~kg.extract.facts.economy.owned_by_rules`.

A state, a person or a place as the object ("nationalised the debate") is no company
taken: nothing is drafted; nor is a taking with no government named as its doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, doers, objects, preps

#: Verbs of a state taking a company or an asset, with the action's words.
TAKE_VERBS = {"nationalise": "nationalisation", "nationalize": "nationalisation",
              "expropriate": "expropriation"}
#: Classes of who takes: a state or its government (a junta included).
TAKER_TYPES = ("State", "Government", "MilitaryGovernment")
#: Classes of what is taken: companies and assets, not states, people or places.
TAKEN_TYPES = ("Organisation", "StateCompany", "Site", "Asset")
TAKE_TRIGGERS = set(TAKE_VERBS)


def nationalisation_rules(tok: Token, cx: Context) -> list[Fact]:
    """A government taking a company: ``tok`` a verb of :data:`TAKE_VERBS`, its doer (the
    subject, or 'by' of a passive) a state or government of :data:`TAKER_TYPES`, its object
    (the passive's subject) companies or assets of :data:`TAKEN_TYPES`. Output: [] or one
    Seizure (``perpetrator``, ``seized``, ``actionType``) per company taken."""
    if tok.pos_ != "VERB" or tok.lemma_ not in TAKE_VERBS:
        return []
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    by = preps(tok, {"by"}) if passive else doers(tok)
    taken = [c for c in tok.children if c.dep_ == "nsubjpass"] if passive else objects(tok)
    # "Peru's military government": the state the government is of stands for it when the
    # registry has no government of its own
    initiator = _uniq([e for s_ in by for e in cx.entities(s_) if e.type in TAKER_TYPES])[:1]
    target = _uniq([e for o in taken for e in cx.entities(o) if e.type in TAKEN_TYPES])
    target = [e for e in target if e.id not in {i.id for i in initiator}]
    if not (initiator and target):
        return []
    f = Fact("Seizure", {"perpetrator": initiator, "seized": target},
             {"actionType": TAKE_VERBS[tok.lemma_]}, tokens=[tok.i, *(o.i for o in taken)], trigger=tok)
    if decided(tok):
        # "it has decided to nationalise X": a decision, the taking still to come (corpus/CLAIMS.md,
        # "decided to establish": status decided, modality planned)
        f.attrs["status"], f.planned = "decided", True
        f.tokens.append(tok.head.i)
    return [f]


#: Verbs of a decision taken to do what their infinitive says ("has decided to nationalise").
DECIDE_VERBS = {"decide", "resolve", "vote"}


def decided(tok: Token) -> bool:
    """Whether ``tok`` (a verb) is the infinitive of a verb of :data:`DECIDE_VERBS` ("the
    government has decided to nationalise Vell Mining", "the cabinet voted to
    expropriate the mine"): the act is decided, not yet done. A decision not to act
    ("decided not to nationalise") is none: the act is told as not done."""
    return tok.dep_ == "xcomp" and tok.head.lemma_ in DECIDE_VERBS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
        not any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children))  # "decided not to": no taking
