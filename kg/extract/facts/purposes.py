"""Purposes and capabilities: an act named only as what a means serves or what an actor
is able to do ("Ukraine relies on satellite imagery to fire rockets at Russian positions",
"the drones enable the army to strike targets deep inside Russia") is no act done.

The rules of acts (attacks first) ask :func:`unrealised` of their verb. The verbs whose
infinitive is such a purpose or capability are those of reliance, need, means and
ability (the heads of a purpose or capability clause in English grammar: Huddleston &
Pullum, *The Cambridge Grammar of the English Language*, ch. 14, catenative verbs that
do not entail their complement), not the aspectual ones that do ("began to fire",
"continued to shell"), which stay acts.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Heads whose to-infinitive is only a purpose served or an ability held: "relies on X to
#: fire", "needs the jets to strike", "able to hit", "enables Kyiv to strike", "the means
#: to attack". Not 'use' ("used drones to strike Kyiv" tells the strike done) nor the
#: verbs of intent ("plans to strike"), whose acts the runner drafts as planned.
CAPABILITY_HEADS = {"rely", "depend", "need", "require", "able", "unable", "capable", "enable", "allow",
                    "permit", "help", "equip", "train", "ability", "capability", "capacity", "means", "power",
                    "reliant", "dependent", "design"}


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive (its own 'to', or the 'to' of the first verb of
    a coordination it belongs to: "to track ... and to fire", "to track ... and fire")."""
    while True:
        if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head


def unrealised(verb: Token) -> bool:
    """Whether the act of ``verb`` (a verb token of a parsed sentence) is only a purpose
    or an ability: a to-infinitive (:func:`_infinitive`) whose governing word, up the
    coordination it stands in, is one of :data:`CAPABILITY_HEADS` ("relies on imagery
    to track troops and to fire rockets at X"). False for a finite verb ("fired rockets
    at X") and for an aspectual head ("began to fire rockets at X")."""
    if not _infinitive(verb):
        return False
    top = verb
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    if top.dep_ not in ("xcomp", "advcl", "acl", "relcl", "ccomp", "prep", "pcomp", "amod"):
        return False
    # the head, and the verbs it is coordinated with: the parser may hang the clause on a
    # second verb ("relies on imagery and targeting data to fire": 'targeting' a verb
    # coordinated with 'relies')
    head = top.head
    heads = [head]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        heads.append(head)
    return any(h.lemma_.lower() in CAPABILITY_HEADS or h.lower_ in CAPABILITY_HEADS for h in heads)
