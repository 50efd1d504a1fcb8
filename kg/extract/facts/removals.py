"""The end of an office a removal tells: "Peru's Congress removed President Dina Boluarte
from office on Friday", "President X was ousted from power by parliament". corpus/CLAIMS.md
writes the office of the person removed as the ``PositionHeld`` it was (``holder``,
``position``, ``title``, ``positionOf``) with its ``endDate`` the day of the removal, so that
the office's tenure ends where the text says (Wikidata P582 'end time' on P39 'position
held'). The removal as an act of a body is drafted by the rules of votes and of executive
actions (:mod:`kg.extract.facts.politics`, :func:`~kg.extract.facts.judgements.removal_rules`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, doers, objects, preps
from kg.extract.mentions import TITLES

#: Verbs of putting someone out of an office against their will.
REMOVE_VERBS = {"remove", "oust", "depose", "unseat", "topple"}
#: Nouns of the office after 'from' ("removed from office", "ousted from power").
FROM_WORDS = {"office", "power", "presidency", "post", "position"}


def _title_before(person_start: int, cx: Context) -> str | None:
    """The title written just before a person's name ("President Dina Boluarte":
    'President'), one of :data:`~kg.extract.mentions.TITLES`; None when there is none."""
    doc = cx.doc
    for n in (2, 1):
        if person_start - n < 0:
            continue
        words = doc[person_start - n:person_start].text.lower()
        if words in TITLES:
            return doc[person_start - n:person_start].text
    return None


def removed_office_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Peru's Congress removed President Dina Boluarte from office on Friday", "President
    X was removed from office by lawmakers": the removed person's office, ended, as a
    PositionHeld (``holder``; ``position`` and ``title`` the title written before the
    name; ``positionOf`` the state the remover's possessor or demonym names, else the
    person's own; ``endDate`` the clause's date, else ``status: ended``). [] when the
    verb has no 'from office' (or power, presidency), the person is not one named person,
    no title before the name says which office ("removed Lea Moro from office"), or no
    state is known for it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in REMOVE_VERBS:
        return []
    office = [o for o in preps(tok, {"from"}) if o.lemma_.lower() in FROM_WORDS]
    coup = _seizure_joined(tok)
    if not office and coup is None:
        return []
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    removed = [c for c in tok.children if c.dep_ == "nsubjpass"] if passive else \
        [o for o in objects(tok) if o.dep_ == "dobj"]
    people = [cx.at[t.i] for r in removed for t in r.subtree if t.i in cx.at and cx.at[t.i].entity.type == "Person"]
    if len({m.entity.id for m in people}) != 1 or people[0].form not in ("name", "surname"):
        return []
    title = _title_before(people[0].start, cx)
    if title is None:
        return []
    person = people[0].entity
    removers = [d for d in doers(tok) if d.dep_ != "nsubjpass"]
    states = [cx.at[t.i].entity for d in removers for t in d.subtree
              if t.i in cx.at and cx.at[t.i].entity.type == "State"]
    state = states[0] if states else cx.person_state.get(person.id)
    if state is None and coup is not None:  # "took power in Bamako ... and removed President X": that state's
        seized = [e if e.type == "State" else cx.resolver.state_of(e) for o in preps(coup, {"in"}) for e in cx.entities(o)]
        state = seized[0] if len(seized) == 1 else None
    if state is None:
        return []  # an office of no state named: left out rather than filled wrongly
    f = Fact("PositionHeld", {"holder": [person], "positionOf": [state]},
             {"position": TITLES[title.lower()], "title": title},
             tokens=[tok.i, *(t.i for o in office for t in o.head.subtree if t.i <= o.i and t.i >= o.head.i),
                     *range(people[0].start - len(title.split()), people[0].end),
                     *(t.i for d in removers for t in d.subtree)], clause=False, undated=True)
    f.trigger = tok
    if not f.take_date(cx.date_of(tok), "endDate") and not (coup is not None and f.take_date(cx.date_of(coup), "endDate")):
        f.attrs["status"] = "ended"
    return [f]


def _seizure_joined(tok: Token) -> Token | None:
    """The verb of a seizure of power ("took power", "seized power") the verb of removing
    ``tok`` is joined to ("the military took power ... and removed President X"): the
    coup is what put the person out of office, whose day it ends on. None otherwise."""
    head = tok.head if tok.dep_ == "conj" else None
    if head is None or head.lemma_.lower() not in ("take", "seize", "grab", "assume"):
        return None
    return head if any(o.lower_ == "power" for o in objects(head)) else None
