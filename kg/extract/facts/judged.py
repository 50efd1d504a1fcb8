"""Judgements of facts by their nouns: more of the nouns a speaker's label points back to
a fact with ("called the seizure an act of piracy", "described the killing as a dangerous
escalation", "the halt, which Warsaw called a victory"), the events of the PLOVER and
CAMEO codebooks by the common English nouns for them (PLOVER SEIZE, ASSAULT, COERCE,
MOBILIZE, RELEASE; CAMEO 17x, 18x, 19x), each with the kinds of fact
(``ontology/geopolitics.ttl``) it may name. The label rules
(:func:`~kg.extract.facts.diplomacy.characterisation_rules` and
:mod:`~kg.extract.facts.labels`) read them from
:data:`~kg.extract.facts.diplomacy.FACT_NOUNS`, which this module extends when imported.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, label_text
from kg.extract.facts.diplomacy import CHARACTERISE_VERBS, FACT_NOUNS, _label_words
from kg.extract.facts.labels import which_called_fact_rules

#: Nouns of events by their codebook meaning -> the kinds of fact they may name. Plural
#: nouns of attacks are left out, as :mod:`~kg.extract.facts.labels` leaves them: a label on
#: "the strikes" names no one strike told.
EVENT_NOUNS = {
    # seizing and taking (PLOVER SEIZE; CAMEO 1711 'confiscate property', 181 'abduct')
    **dict.fromkeys(("seizure", "capture", "confiscation", "hijacking", "boarding"), ("Seizure", "Detention")),
    "takeover": ("SeizureOfPower", "Control"), "putsch": ("SeizureOfPower",),
    # force against people (PLOVER ASSAULT; CAMEO 18x, 19x)
    **dict.fromkeys(("killing", "assassination", "murder", "bombing", "shelling", "airstrike", "raid", "assault",
                     "shooting", "offensive"), ("Attack",)),
    "execution": ("Execution",), "blockade": ("Attack", "Sanction"),
    # showing and moving force (PLOVER MOBILIZE; CAMEO 15x)
    **dict.fromkeys(("launch", "test", "firing"), ("WeaponsTest",)),
    **dict.fromkeys(("deployment", "intervention", "mobilisation", "mobilization"), ("Deployment", "Invasion")),
    # giving back and letting go (PLOVER RELEASE; CAMEO 0841 'return, release person')
    **dict.fromkeys(("release", "swap", "exchange"), ("Release",)), "handover": ("Handover",),
    # coercion short of force (PLOVER COERCE, REDUCE; CAMEO 16x)
    "suspension": ("Sanction", "ExecutiveAction", "Withdrawal"), "halt": ("Supply", "Sanction", "Withdrawal"),
    # a cut in supplies or aid, or in a state's own output (an ExecutiveAction: "the kingdom's cut of 500,000 bpd")
    **dict.fromkeys(("cut", "cuts"), ("Supply", "Support", "ExecutiveAction")), "freeze": ("Sanction",),
    "recall": ("EnvoyRecall",), "summons": ("Summons",), "summoning": ("Summons",),
    # votes and texts
    "referendum": ("Referendum", "Vote"), "resolution": ("Resolution", "Vote"), "report": ("Publication",),
}
for _noun, _kinds in EVENT_NOUNS.items():
    FACT_NOUNS.setdefault(_noun, _kinds)


#: Nouns in apposition to a clause that stand for the act it tells ("..., an act Chile
#: described as piracy", "..., a move the president called a betrayal").
ACT_NOUNS = {"act", "move", "step", "decision", "measure", "action"}


def clause_label_rules(tok: Token, cx: Context) -> list[Fact]:
    """A label a speaker gives the act a whole clause tells, in a relative clause after it:
    "Peru attacked Chile on Monday, which Chile called an act of terror" ('which' after a
    comma, hung by the parser on the date or time that ends the clause), "Peru seized a
    ship, an act Chile described as piracy" (a noun of :data:`ACT_NOUNS` in apposition to
    the clause): a Characterisation of the fact told last (``refers``, as for "called it a
    turning point"), ``category`` the label, said by the named subject of the verb of
    naming (corpus/CLAIMS.md: "what X called Z", "Y, which X calls Z"). Nothing when the
    relative clause hangs on a named or fact noun (the labels of
    :func:`~kg.extract.facts.diplomacy.characterisation_rules` and
    :mod:`~kg.extract.facts.labels`), when
    :func:`~kg.extract.facts.labels.which_called_fact_rules` labels the clause's object
    already ("signed a deal on Monday, which X hailed as a milestone": the deal), or when
    no speaker or label is named."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CHARACTERISE_VERBS or tok.dep_ != "relcl":
        return []
    if which_called_fact_rules(tok, cx):
        return []  # "signed a deal on Monday, which X hailed as a milestone": the label of the deal, drafted there
    head = tok.head
    which = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "which"), None)
    if which is not None:  # "..., which Chile called an act of terror"
        if which.i == 0 or cx.doc[which.i - 1].text != "," or head.i in cx.at or \
                head.ent_type_ not in ("DATE", "TIME"):
            return []
        obj = which
    elif head.pos_ == "NOUN" and head.lemma_.lower() in ACT_NOUNS and head.dep_ in ("npadvmod", "appos") and \
            head.i > 0 and cx.doc[head.left_edge.i - 1].text == ",":  # "..., an act Chile described as piracy"
        obj = head
    else:
        return []
    label = _label_words(tok, obj)
    speaker = [e for s in tok.children if s.dep_ == "nsubj" for e in cx.entities(s) if e.type not in NOT_ACTORS]
    if not label or not speaker or all(t.ent_type_ in ("DATE", "TIME") for t in label):
        return []
    return [Fact("Characterisation", {}, {"category": label_text(cx.doc, label)},
                 tokens=[obj.i, tok.i, *(t.i for t in label)], statement=True, voiced_by=speaker,
                 refers=("characterised", ()))]
