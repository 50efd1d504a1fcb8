"""Rules of a body's own summit or session, told by its noun: "an ECOWAS summit in Abuja
opened", "Mercosur's summit in Rio de Janeiro", "the summit of the African Union", "ECOWAS
held an emergency summit on Sunday", "at an emergency summit in Abuja, ECOWAS leaders ...";
not a summit that is only the setting of another act ("met Wang Yi at the NATO summit"). The
gathering of an international organisation's members is a ``Meeting`` whose ``organiser``
is the organisation, its members unnamed (``corpus/CLAIMS.md``, "A meeting of a body"),
with its place and date.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.agreements import _leaders_of
from kg.extract.facts.common import Context, Fact, _place_of, _uniq, preps, subjects
from kg.extract.facts.diplomacy import _accession_talks
from kg.extract.mentions import Known

#: Nouns of a body's gathering of its members.
SUMMIT_NOUNS = {"summit", "meeting", "session"}
#: Verbs whose subject holds the gathering that is their object ("ECOWAS held a summit",
#: "the African Union convened an emergency session").
HOLD_VERBS = {"hold", "convene", "call", "host", "open", "stage"}
#: Prepositions putting an act at a gathering ("at a summit in Abuja, ECOWAS leaders ...").
AT_PREPS = {"at", "during"}
#: Prepositions of an act that follows a gathering ("ECOWAS announced sanctions after an
#: emergency summit"): the body that acts right after a summit of no other body held it.
AFTER_PREPS = {"after", "following"}
#: The bodies a summit is of: organisations of states (a court sits; a state or a party's
#: gatherings are told otherwise).
SUMMIT_BODIES = ("InternationalOrganisation",)


def _body(x: Token, cx: Context) -> list[Known]:
    """The organisation ``x`` names by its own mention (no demonym)."""
    m = cx.at.get(x.i)
    return [m.entity] if m is not None and m.form != "demonym" and m.entity.type in SUMMIT_BODIES else []


def _organisers(tok: Token, cx: Context) -> list[Known]:
    """The organisation whose gathering ``tok`` is: a name compounded with it or owning it
    ("an ECOWAS summit", "Mercosur's summit"), its 'of' for a summit ("the summit of the
    African Union"; a meeting's or session's 'of' is
    :func:`~kg.extract.facts.diplomacy.meeting_rules`'), the subject of the verb that holds
    it ("ECOWAS held a summit"). A gathering that is only the setting of another act ("met
    at the NATO summit in Vilnius", "on the sidelines of the G20 summit") is the body's
    only when its own leaders or ministers act at it ("at a summit in Abuja, ECOWAS
    leaders demanded ...")."""
    verb = tok.head
    if tok.dep_ == "pobj":
        # the setting of another act ("met at the NATO summit", "on the sidelines of the G20 summit"): a
        # mention of the gathering, not told as a fact, unless the body's own people act at it
        if verb.lower_ in AFTER_PREPS and verb.head.pos_ in ("VERB", "AUX") and tok.lemma_ == "summit" and \
                not any(c.dep_ in ("compound", "nmod", "poss") and (c.i in cx.at or c.ent_type_) for c in tok.children) and \
                not preps(tok, {"of"}) and not any(c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "have", "had", "did")
                                                    for c in verb.head.children):
            # "ECOWAS announced the measures after an emergency summit": the body itself, or its leaders
            return _uniq([e for s_ in subjects(verb.head) if s_.dep_ == "nsubj"
                          for e in _body(s_, cx) + _leaders_of(s_, cx) if e.type in SUMMIT_BODIES])
        if verb.lower_ not in AT_PREPS or verb.head.pos_ not in ("VERB", "AUX"):
            return []
        return _uniq([e for s_ in subjects(verb.head) if s_.dep_ == "nsubj" for e in _leaders_of(s_, cx)
                      if e.type in SUMMIT_BODIES])
    found = [e for c in tok.children if c.dep_ in ("compound", "nmod", "poss") for e in _body(c, cx)]
    if tok.lemma_ == "summit":
        found += [e for o in preps(tok, {"of"}) for e in cx.entities(o, conj=False) if e.type in SUMMIT_BODIES]
    if not found and tok.dep_ == "dobj" and verb.lemma_ in HOLD_VERBS:
        found = [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_, conj=False)
                 if e.type in SUMMIT_BODIES]
    return _uniq(found)


def body_summit_rules(tok: Token, cx: Context) -> list[Fact]:
    """"an ECOWAS summit in Abuja on Sunday", "Mercosur's summit in Rio de Janeiro",
    "ECOWAS held an emergency summit", "at an emergency summit in Abuja, ECOWAS leaders
    ...": a Meeting organised by the one organisation (:func:`_organisers`), with the
    place its 'in' or 'at' names. None for talks 'with' or 'between' others (a meeting of
    those named, :func:`~kg.extract.facts.diplomacy.meeting_rules`), accession talks, a
    summit of a state or of no body named ("the summit in Abuja"), nor of two bodies at
    once ("an EU-China summit": a meeting of both, not one's own)."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in SUMMIT_NOUNS or preps(tok, {"with", "between"}) or _accession_talks(tok):
        return []
    if tok.lemma_ != "summit" and preps(tok, {"of"}):
        return []  # "a meeting of the OPEC+ committee": meeting_rules reads its 'of'
    if any(t.text in ("-", "–") for t in cx.doc[tok.left_edge.i: tok.i]):
        return []  # "the EU-China summit": two sides meeting
    bodies = _organisers(tok, cx)
    if len(bodies) != 1:
        return []
    f = Fact("Meeting", {"organiser": bodies}, tokens=[tok.i], split=False)
    place = [e for e in _place_of(tok, cx) if e.id != bodies[0].id]
    if place:
        f.roles["place"] = place[:1]
    return [f]
