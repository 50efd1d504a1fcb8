"""Leaving an office: "Prime Minister António Costa resigned on Tuesday", "the minister
stepped down", "quit as prime minister", "handed in his resignation": a ``Resignation``
whose ``resigning`` is the person who leaves (corpus/CLAIMS.md, "A resignation, or a
refusal to resign"; PLOVER has no event of its own for it, Wikidata's "resignation",
Q796919). A refusal, a call or a plan to resign ("refused to resign", "urged him to
resign", "will step down") takes its modality from the words around the verb
(:mod:`kg.extract.speech`), like every fact.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, asked_to_act, objects, subjects

#: Verbs whose subject leaves an office by themselves: "resigned", "quit as".
RESIGN_VERBS = {"resign", "quit"}
#: Verbs of giving up an office with the particle that makes them so: "stepped down".
STEP_VERBS = {"step": "down", "stand": "down"}
#: Verbs whose object 'resignation' makes the subject resign: "handed in his resignation",
#: "submitted his resignation", "tendered", "offered" (an offer accepted or not: still given).
HAND_VERBS = {"hand", "submit", "tender", "announce", "give"}
#: Words of the verbs above, for :data:`kg.extract.facts.run.TRIGGERS`.
DEPARTURE_TRIGGERS = RESIGN_VERBS | set(STEP_VERBS) | HAND_VERBS


def _leaves(tok: Token) -> bool:
    """Whether verb ``tok`` tells its subject leaving an office: "resigned" (not "resigned
    himself to", which is accepting), "quit" with no object or 'as' (not "quit the talks"),
    "stepped down", "handed in his resignation"."""
    if tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if tok.lemma_ == "resign":
        return not any(c.dep_ == "dobj" for c in kids)
    if tok.lemma_ == "quit":
        return not any(c.dep_ == "dobj" for c in kids) and any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)
    if tok.lemma_ in STEP_VERBS:
        return any(c.dep_ == "prt" and c.lower_ == STEP_VERBS[tok.lemma_] for c in kids) or \
            any(c.dep_ == "advmod" and c.lower_ == STEP_VERBS[tok.lemma_] for c in kids)
    if tok.lemma_ in HAND_VERBS:
        return any(o.lemma_ == "resignation" for o in objects(tok)) and \
            not any(c.dep_ == "poss" and c.lower_ not in ("his", "her", "their") for o in objects(tok)
                    for c in o.children)
    return False


def _own_resignation(tok: Token, person, cx: Context) -> bool:
    """Whether the resignation the verb ``tok`` hands in or announces is ``person``'s own
    (True for a verb of resigning itself): its possessive is no one else's ("announced
    her resignation", 'her' read as another person: that person's, told by the
    subject), and 'announced' needs one read as the subject ("the general announced the
    resignation": whose, the noun does not say; "announced his resignation" does)."""
    if tok.lemma_ not in HAND_VERBS:
        return True
    poss = [c for o in objects(tok) if o.lemma_ == "resignation" for c in o.children if c.dep_ == "poss"]
    if not poss:
        return tok.lemma_ != "announce"
    owners = {e.id for c in poss for e in cx.entities(c)}
    return person.id in owners if tok.lemma_ == "announce" else not owners or person.id in owners


def resignation_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Resignation`` of the person who is the subject of a verb of :func:`_leaves`
    ("Portuguese Prime Minister António Costa resigned on Tuesday"): a person named or
    read from a pronoun, or each of a coordinated subject ("A and B resigned": one fact
    each); of a resignation an appeal asks for ("called on A and B to step down"), the
    ones asked (:func:`~kg.extract.facts.common.asked_to_act`), never the one who asks.
    A state, a party or a body that "quits" is no resignation (leaving a treaty or a
    body is a ``Withdrawal``). Returns [] or one fact per person."""
    if not _leaves(tok):
        return []
    asked = asked_to_act(tok)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if infinitive and tok.dep_ != "xcomp" and asked is None:
        return []  # "faces calls from rivals to resign": whose call, not a resignation of anyone's telling
    # its own subject, or the one of the verb it is joined to ("who led the country and resigned")
    own = any(c.dep_ == "nsubj" for c in tok.children) or tok.dep_ == "conj"
    subj = [s for s in subjects(tok) if s.dep_ != "nsubjpass"] if own else []
    if asked is not None:  # "called on A and B to step down", "urged the minister to resign": A and B would leave
        subj = asked
    elif not subj and tok.dep_ == "xcomp":  # "refused to resign", "was forced to step down": the subject above
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")] or \
            [s for s in subjects(tok.head) if tok.head.dep_ == "conj"]
    people = list({e.id: e for s in subj for e in cx.entities(s) if e.type == "Person"}.values())
    people = [p for p in people if _own_resignation(tok, p, cx)]
    if not people or (len(people) > 1 and tok.lemma_ in HAND_VERBS):
        return []
    # "who led the country from 2010 to 2016 and resigned after ...": the dates of the verb it is
    # joined to are the office's, not the day of leaving it
    undated = tok.dep_ == "conj" and not any(t.ent_type_ == "DATE" for t in tok.subtree)
    # "A and B resigned": each leaves an office of their own, one Resignation each
    return [Fact("Resignation", {"resigning": [p]}, {},
                 tokens=[tok.i, *(t.i for s in subj for t in s.subtree if s.i < tok.i)], trigger=tok, undated=undated)
            for p in people]

