"""Visits in forms the visit rule does not read (:func:`visit_form_rules`), and journeys
of travellers the text counts or describes without naming them: "two of the
three helicopters landed in Tabriz", "13 of the freed prisoners were flown on to
Germany", "almost 6,000 staff had left Mali", "a convoy left Kidal": a ``Travel``
(Wikidata Q61509 'travel'; corpus/CLAIMS.md, ``type: Travel``) whose ``traveller`` is
unnamed (``13 unnamed freed prisoners``) and whose ``destination`` or ``origin`` is a
named state or place. A named person's journey is :func:`~kg.extract.facts.diplomacy.travel_rules`'s.

The verbs are those of moving oneself (arriving, landing, leaving, flying, travelling,
returning, heading) and, in the passive, of being carried ("were flown to", "were taken
to", "were brought to", "were evacuated to"); the words of PLOVER's and CAMEO's
descriptions of movement and displacement, not of an article. Sending troops is a
``Deployment`` (:func:`~kg.extract.facts.military.deployment_rules`), not read here.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.facts.common import (PLACES, Context, Fact, _antecedents, _capital, _capital_city, _unnamed_people,
                                     _uniq, doers, preps)
from kg.extract.facts.diplomacy import _host_states
from kg.entities import normalise
from kg.extract.mentions import Known
from kg.extract.text import dateline_place
from kg.extract.quantities import count_of

#: Verbs of moving oneself, with the prepositions of where the mover ends up.
MOVE_VERBS = {"arrive": {"in", "at"}, "land": {"in", "at"}, "fly": {"to", "into"}, "travel": {"to"},
              "return": {"to"}, "head": {"to", "for", "towards", "toward"}, "leave": {"for"},
              "depart": {"for"}, "sail": {"to", "for"}, "drive": {"to"}, "cross": {"into"},
              "flee": {"to", "into"}, "move": {"to", "into"}}
#: Verbs of carrying someone or something, read in the passive ("were flown to Germany"):
#: the subject of the passive travels.
CARRY_VERBS = {"fly", "take", "bring", "transfer", "move", "evacuate", "repatriate", "transport", "ferry",
               "airlift", "escort", "deport", "return"}
#: Nouns of travellers the text need not name: people counted or described, their
#: vehicles and convoys. Nouns of troops are left to deployments.
TRAVELLER_NOUNS = {"prisoner", "detainee", "hostage", "captive", "refugee", "migrant", "evacuee", "passenger",
                   "civilian", "people", "person", "lawmaker", "legislator", "member", "delegate", "delegation",
                   "official", "diplomat", "staff", "worker", "employee", "peacekeeper", "observer", "inspector",
                   "suspect", "crew", "convoy", "national", "citizen", "journalist", "fighter", "militant",
                   "child", "minor", "survivor", "pilgrim", "athlete"}
#: Nouns of vehicles and convoys that travel: a vehicle that arrives from a state with no
#: destination named is as likely delivered (an ``ArmsTransfer``) as travelling, so only
#: a named destination makes it a journey.
VEHICLE_NOUNS = {"helicopter", "aircraft", "plane", "jet", "flight", "drone", "ship", "vessel", "tanker",
                 "boat"}
TRAVELLER_NOUNS |= VEHICLE_NOUNS
#: Words that count a group out of a larger one ("dozens of lawmakers").
COUNT_WORDS = {"some", "many", "most", "all", "several", "dozens", "hundreds", "thousands", "scores"}
#: Prepositions of where a journey starts.
FROM_PREPS = {"from"}


def _traveller(tok: Token) -> Token | None:
    """The noun of the unnamed mover of verb ``tok``: its active subject (or, for a verb of
    carrying, its passive subject), when it is a noun of :data:`TRAVELLER_NOUNS` or a
    count of one ("two of the three helicopters": the noun after 'of'); else None."""
    active = tok.lemma_ in MOVE_VERBS and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    passive = tok.lemma_ in CARRY_VERBS and any(c.dep_ == "auxpass" for c in tok.children)
    if not (active or passive):
        return None
    dep = "nsubj" if active else "nsubjpass"
    subj = next((c for c in tok.children if c.dep_ == dep), None)
    if subj is None:
        return None
    noun = _counted(subj)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in TRAVELLER_NOUNS:
        return None
    return subj


def _places(toks: list[Token], cx: Context) -> list[Known]:
    """The states and places ``toks`` (and the nouns joined to them) name, each once; a
    capital the mentions read as its government is the city, where the registry has it
    ("flew back to Washington": the city, not the United States)."""
    out = []
    for t in toks:
        for x in [t, *t.conjuncts]:
            out += _capital_city(x, cx) if _capital(x, cx) else [e for e in cx.entities(x) if e.type in ("State",) + PLACES]
    return _uniq(out)


def _counted(subj: Token) -> Token | None:
    """The noun a count stands for ("13 of the freed prisoners", "two of the three
    helicopters", "dozens of lawmakers": the noun after 'of'); ``subj`` itself when it is
    no count; None for a count of nothing named."""
    if subj.pos_ != "NUM" and subj.lower_ not in COUNT_WORDS:
        return subj
    return next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


def unnamed_travel_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Travel`` of unnamed travellers (:func:`_traveller`) to or from a named state or
    place: ``traveller`` the words of the noun phrase as corpus/CLAIMS.md writes unnamed
    actors ("2 unnamed helicopters", the state a demonym among them gives as their
    party), ``destination`` the place after the verb's preposition of arrival
    (:data:`MOVE_VERBS`; 'to' / 'into' for a carrying verb), ``origin`` the place after
    'from' or the object of 'leave' ("had left Mali"); "the country" never stands for the
    travellers' own state ("12 Brazilian citizens have left the country": they left the
    state the article is about, not Brazil). Returns [] when no place is named,
    when a vehicle (:data:`VEHICLE_NOUNS`) has only an origin, or when a named entity is the
    subject (a named mover is another rule's)."""
    if tok.pos_ != "VERB":
        return []
    subj = _traveller(tok)
    if subj is None or subj.i in cx.at:
        return []

    into = MOVE_VERBS.get(tok.lemma_, set()) if tok.lemma_ in MOVE_VERBS and not any(
        c.dep_ == "auxpass" for c in tok.children) else {"to", "into"}
    dest = _places(preps(tok, into), cx)
    for c in tok.children:  # "were flown on to Germany": the particle carries the preposition
        if c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "back", "out", "off"):
            dest += _places([o for p in c.children if p.dep_ == "prep" and p.lower_ in into
                             for o in p.children if o.dep_ == "pobj"], cx)
    origin = _places(preps(tok, FROM_PREPS), cx)
    if tok.lemma_ == "leave":
        origin += _places([c for c in tok.children if c.dep_ == "dobj"], cx)
    dest, origin = _uniq(dest), _uniq(origin)
    if not dest and (not origin or _counted(subj).lemma_.lower() in VEHICLE_NOUNS):
        return []
    noun = _counted(subj)
    if noun.i == subj.i:
        words, party = _unnamed_people(subj, cx)
    else:  # "13 of the freed prisoners": 13 unnamed freed prisoners
        _, party = _unnamed_people(noun, cx)
        rest = " ".join(x.lower_ for x in noun.subtree if x.i <= noun.i and x.i not in cx.at
                        and x.dep_ not in ("det", "poss", "case", "nummod", "punct"))
        n = count_of(subj)  # the group's own count, not the larger one's ("two of the three")
        words = f"{n} unnamed {rest}" if n is not None else f"{subj.lower_} of unnamed {rest}"
    if party is not None and any(t.lemma_ in ("country", "nation") and t.pos_ == "NOUN"
                                 for t in [*preps(tok, FROM_PREPS), *(c for c in tok.children if c.dep_ == "dobj")]):
        # "12 Brazilian citizens have left the country": the country is the one the article
        # is about, never the travellers' own that their demonym names
        origin = [e for e in origin if e.id != party.id]
        dest = [e for e in dest if e.id != party.id]
        if not dest and not origin:
            return []
    roles: dict[str, list] = {}
    if dest:
        roles["destination"] = dest
    if origin:
        roles["origin"] = origin
    return [Fact("Travel", roles, tokens=[tok.i, *(t.i for t in subj.subtree)], split=False,
                 qualified={"traveller": (words, party)})]


#: The words :func:`unnamed_travel_rules` starts from, for :data:`kg.extract.facts.run.TRIGGERS`.
JOURNEY_TRIGGERS = set(MOVE_VERBS) | CARRY_VERBS


#: Adverbs of a journey back that carry the preposition of its end: "flew back to Karachi",
#: "returned home to Peru" (the parser hangs 'to' on the adverb, not the verb).
BACK_WORDS = {"back", "home"}


def journey_back_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Tor Ashby flew back to Lima", "was flying home to Beijing": a ``Travel`` of the
    named person who is the subject of a verb of :data:`MOVE_VERBS`, ``destination`` the
    state or place after the 'to' that hangs on 'back' or 'home' (a journey back is no
    visit, whoever's the place), ``origin`` the place after the verb's 'from'. A 'to' on
    the verb itself is read by :func:`~kg.extract.facts.diplomacy.travel_rules`; returns
    [] then, and when no person or no place is named."""
    if tok.pos_ != "VERB" or tok.lemma_ not in MOVE_VERBS or any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") for c in tok.children):
        return []
    ends = [o for c in tok.children if c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in BACK_WORDS
            for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "into") for o in p.children
            if o.dep_ == "pobj"]
    dest = _places(ends, cx)
    # the subject of a verb it is joined to too ("X cut short a trip and flew back to Y")
    who = _uniq([e for c in doers(tok) for e in cx.entities(c) if e.type == "Person"])
    if not dest or not who:
        return []
    roles = {"traveller": who, "destination": dest}
    origin = _places(preps(tok, FROM_PREPS), cx)
    if origin:
        roles["origin"] = origin
    return [Fact("Travel", roles, tokens=[tok.i, *(t.i for e in ends for t in e.subtree)], split=False)]


#: Words that put a named person somewhere at a time to come: "X is due in Paris on
#: Wednesday", "X is expected in Tokyo next week" (a visit planned).
DUE_WORDS = {"due", "expected"}
#: Verbs of a journey's arrival with 'into' ("flew into Tokyo"), a form the visit rule's
#: 'in' / 'to' / 'at' leaves out.
INTO_VERBS = {"fly", "arrive", "travel", "sail", "drive"}


def visit_form_rules(tok: Token, cx: Context) -> list[Fact]:
    """Visits in forms :func:`~kg.extract.facts.diplomacy.visit_rules` does not read (CAMEO
    042 'make a visit'; PLOVER CONSULT, mode 'visit'): "X is due in Paris on Wednesday",
    "X is expected in Tokyo" (planned), "X toured Japan", "X flew into Tokyo", "X is
    expected to arrive in Paris" (an arrival whose subject is the verb's above): a Visit of
    the named person in ``visitor``, ``hostState`` the state the place is or lies in (a
    capital or a city of the registry), ``place`` the city when one is named. Nothing for
    a place in the visitor's own state (a journey home) or of no state the registry
    knows, nor for a subject that is no person."""
    if tok.lower_ in DUE_WORDS and tok.pos_ in ("ADJ", "VERB"):
        if tok.lower_ == "expected":
            if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                return []  # "X is expected to visit": the visit rule reads the verb after
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] or \
            ([c for c in tok.head.children if c.dep_ == "nsubj"] if tok.dep_ == "acomp" else [])
        where = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in p.children
                 if o.dep_ == "pobj"]
        planned = True
    elif tok.lemma_ == "tour" and tok.pos_ == "VERB":
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        where = [c for c in tok.children if c.dep_ == "dobj"]
        planned = False
    elif tok.lemma_ in INTO_VERBS and tok.pos_ == "VERB" and tok.dep_ == "xcomp" and \
            not any(c.dep_ == "nsubj" for c in tok.children):
        # "X is expected to arrive in Paris", "X plans to fly to Tokyo": the subject of the verb above
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        where = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "at", "into")
                 for o in p.children if o.dep_ == "pobj"]
        planned = False  # the words above say how (speech: "expected to", "plans to")
    elif tok.lemma_ in INTO_VERBS and tok.pos_ == "VERB":
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        where = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "into" for o in p.children
                 if o.dep_ == "pobj"]
        planned = False
    else:
        return []
    who = _uniq([e for s in subj for e in cx.entities(s) if e.type == "Person"])
    if not who or not where:
        return []
    own = {cx.person_state[p.id].id for p in who if p.id in cx.person_state}
    host = [s for s in _host_states(where, cx) if s.id not in own]
    if not host:
        return []
    roles = {"visitor": who, "hostState": host}
    city = [e for e in _places(where, cx) if e.type != "State"]
    if city:
        roles["place"] = city
    f = Fact("Visit", roles, tokens=[tok.i, *(t.i for w in where for t in w.subtree)])
    f.planned = planned
    return [f]


#: The words :func:`visit_form_rules` starts from.
VISIT_FORM_TRIGGERS = DUE_WORDS | {"tour"} | INTO_VERBS


#: Prepositions that set a journey told by a gerund beside the act of the clause: "before
#: flying home to Beijing", "after flying in from New Delhi", "on arriving in Lima".
GERUND_PREPS = {"before", "after", "on", "upon", "while"}
#: Prepositions that set a journey's end after the journey ("after flying in from X": the
#: clause's act is where it ended) and its start before it ("before flying home to Y").
ENDED_BEFORE = {"after", "on", "upon"}
#: Nouns of a journey that is not a visit by its word ('visit' is the visit rule's).
TRIP_NOUNS = {"trip", "journey"}
#: Verbs whose subject makes the trip that is their object: "made a trip", "cut short a
#: trip", "continuing his journey" (not "described the journey").
TRIP_VERBS = {"make", "take", "begin", "start", "continue", "resume", "end", "cut", "undertake", "complete",
              "wrap", "interrupt", "break"}
#: Place roles: the classes a journey's origin or destination may be.
PLACE_TYPES = ("State",) + PLACES


def _places_within(toks: list[Token], cx: Context) -> list[Known]:
    """The places ``toks`` name (:func:`_places`) or, for a token that names none, the place
    of its own 'in' or 'at' ("the summit in New Delhi", "a trade fair in Peru",
    "the party's headquarters in Hanoi": where the event or building is); a capital the
    registry has no city of stands for its state, as the mentions read it."""
    def named(t: Token) -> list[Known]:
        return _places([t], cx) or [e for e in cx.entities(t) if e.type in PLACE_TYPES]
    out = []
    for t in toks:
        found = named(t)
        if not found:  # the first 'in' or 'at' inside the phrase ("the Group of 20 summit in New Delhi")
            found = next((hit for p in t.subtree if p.dep_ == "prep" and p.lower_ in ("in", "at")
                          for hit in [[e for o in p.children if o.dep_ == "pobj" for e in named(o)]] if hit), [])
        out += found
    return _uniq(out)


def _clause_subjects(verb: Token) -> list[Token]:
    """The subject of the clause ``verb`` is in: its own (:func:`doers`), else that of the
    verb or adjective it completes ("was due to meet": the subject of 'was')."""
    seen = 0
    while verb is not None and seen < 4:
        found = doers(verb)
        if found:
            return found
        if verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head.i == verb.i:
            return []
        verb, seen = verb.head, seen + 1
    return []


def _particle(tok: Token, word: str) -> bool:
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == word for c in tok.children)


def _ends(tok: Token, cx: Context) -> tuple[list[Known], list[Known], bool]:
    """Where the journey verb ``tok`` goes (its 'to', 'into', 'for' after leave, head or
    depart, 'in' or 'at' after arrive or land, the 'to' after 'home' or 'back') and where
    it comes from (its 'from', the object of 'leave'); and whether it goes home or back."""
    into = {"to", "into"} | ({"for"} if tok.lemma_ in ("leave", "head", "depart") else set()) | \
        ({"in", "at"} if tok.lemma_ in ("arrive", "land") else set())
    ends = preps(tok, into) + [o for c in tok.children if c.dep_ in ("advmod", "prt", "npadvmod")
                               and c.lower_ in BACK_WORDS | {"on", "in"}
                               for p in c.children if p.dep_ == "prep" and p.lower_ in into
                               for o in p.children if o.dep_ == "pobj"]
    starts = preps(tok, FROM_PREPS) + [o for c in tok.children if c.dep_ in ("advmod", "prt")
                                       and c.lower_ in ("in", "back", "home")
                                       for p in c.children if p.dep_ == "prep" and p.lower_ in FROM_PREPS
                                       for o in p.children if o.dep_ == "pobj"]
    if tok.lemma_ == "leave":
        starts += [c for c in tok.children if c.dep_ == "dobj"]
    back = any(c.lower_ in BACK_WORDS for c in tok.children if c.dep_ in ("advmod", "prt", "npadvmod"))
    return _places_within(ends, cx), _places_within(starts, cx), back


def _where_done(verb: Token, cx: Context) -> list[Known]:
    """The places where the act of ``verb`` is done: its 'in' or 'at' ("met X at the
    party's headquarters in Hanoi": Hanoi), a building's own place taken as its city."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]  # "to meet X in Lima": the parser hangs 'in' on X
    return _places_within(preps(verb, {"in", "at"}) + [o for x in objs for o in preps(x, {"in", "at"})], cx)


def _journey(who: list[Known], origin: list[Known], dest: list[Known], tokens: list[int], **how) -> list[Fact]:
    """The ``Travel`` of ``who`` from ``origin`` to ``dest`` (either may be empty, not
    both: [] then), quoting ``tokens`` (``how``: other fields of :class:`Fact`)."""
    if not who or not origin and not dest:
        return []
    roles = {"traveller": who}
    if origin:
        roles["origin"] = origin
    if dest:
        roles["destination"] = dest
    return [Fact("Travel", roles, tokens=tokens, split=False, **how)]


def gerund_journey_rules(tok: Token, cx: Context) -> list[Fact]:
    """A journey told by a gerund after 'before', 'after', 'on' or 'upon', beside the act of
    its clause: "X was due to meet Y in San Francisco before flying home to Beijing", "X
    met Y in Hanoi, a few hours after flying in from the summit in New Delhi", "X spoke
    before leaving for Washington" (Wikidata Q61509 'travel'; corpus/CLAIMS.md, a journey
    that is not a visit): a ``Travel`` of the named people who are the subject of the
    clause (the gerund has none of its own), ``destination`` and ``origin`` from the
    gerund's prepositions; where one end is missing, the place the clause's act is done
    in stands for it: the end of a journey made before the act ('after', 'on'), the start
    of one made after it ('before'). A journey abroad with no origin and not home is a
    visit (the visit rule's "flew to Japan"), not drafted here; nothing without a person
    or a place."""
    if tok.pos_ != "VERB" or tok.lemma_ not in MOVE_VERBS or tok.dep_ != "pcomp" or \
            tok.head.lower_ not in GERUND_PREPS or tok.head.head.pos_ not in ("VERB", "AUX"):
        return []
    clause = tok.head.head
    who = _uniq([e for s in _clause_subjects(clause) for e in cx.entities(s) if e.type == "Person"])
    if not who:
        return []
    dest, origin, back = _ends(tok, cx)
    if not dest and tok.head.lower_ in ENDED_BEFORE and (_particle(tok, "in") or tok.lemma_ in ("arrive", "land")):
        dest = _where_done(clause, cx)  # "met X in Hanoi after flying in from Y": he flew into Hanoi
    if not dest and not origin:
        return []
    own = {cx.person_state[p.id].id for p in who if p.id in cx.person_state}
    abroad = [s for s in _host_states([t for t in preps(tok, {"to", "in", "at"})], cx) if s.id not in own]
    if abroad and not origin and not back:
        return []  # "before flying to Japan": a visit, told by the visit's own words
    if dest and not origin and tok.head.lower_ == "before" and tok.lemma_ not in ("arrive", "land"):
        origin = [e for e in _where_done(clause, cx) if e.id not in {d.id for d in dest}]
    return _journey(who, origin, dest, [tok.head.i, tok.i])


def _dateline_places(cx: Context) -> list[Known]:
    """The place the article's wire dateline names first ("MONTEVIDEO, 6 December - ":
    the city where the registry or gazetteer has it, else the state whose seat of power
    it is); [] when there is no dateline or its place is unknown."""
    place = dateline_place(cx.text, 12)
    if place is None:
        return []
    name = normalise(re.split(r",|\s\(|\s[-–—]|/", place, maxsplit=1)[0])
    hit = cx.resolver.names.get(name)
    if hit is not None and hit.type in PLACE_TYPES:
        return [hit]
    seat = cx.resolver.capitals.get(name)
    state = cx.resolver.state_of(seat) if seat is not None else None
    return [state] if state is not None else []


def flew_in_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X flew in on Thursday with Y", "X flew in from Brussels": an arrival told with no
    place of arrival, which news leaves to the dateline (the place the report is filed
    from). A ``Travel`` of the named subject and of the people it flew 'with',
    ``destination`` the dateline's place where the registry or gazetteer knows it,
    ``origin`` the verb's 'from'. Nothing without a person, or with neither a dateline
    place nor an origin, nor for a gerund (:func:`gerund_journey_rules`) or a verb with a
    place of its own ("flew in to Lima" is the travel and visit rules')."""
    if tok.pos_ != "VERB" or tok.lemma_ != "fly" or not _particle(tok, "in") or tok.dep_ == "pcomp":
        return []
    if preps(tok, {"to", "into", "at"}) or any(p.dep_ == "prep" and p.lower_ in ("to", "into", "at")
                                                for c in tok.children if c.lower_ == "in" for p in c.children):
        return []
    who = [e for s in doers(tok) for e in cx.entities(s) if e.type == "Person"]
    if not who:
        return []
    who = _uniq(who + [e for o in preps(tok, {"with"}) for x in [o, *o.conjuncts] for e in cx.entities(x)
                       if e.type == "Person"])
    _, origin, _ = _ends(tok, cx)
    dest = [e for e in _dateline_places(cx) if e.id not in {o.id for o in origin}]
    return _journey(who, origin, dest, [tok.i])


def trip_to_event_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X cut short a trip to a trade fair in Peru", "during his trip to a summit in Lima",
    "her journey to the talks in Geneva": a trip to an event or a building, whose place
    is given inside it, is a journey there (``Travel``, ``destination`` that place), not a
    visit to a state (its purpose is the event: rule set 49's trip to a summit). The
    traveller is the possessor ('his trip'), the subject of the verb the trip is the
    object of ('made a trip', 'cut short a trip'), or of the clause 'during a trip' is
    in. A trip to a place itself ("a trip to Peru") is the visit rule's; a journey to it
    ("before continuing his journey to the United States") is a journey by its word.
    Nothing without a named person."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in TRIP_NOUNS:
        return []
    to = preps(tok, {"to"})
    if not to and tok.dep_ == "dobj" and tok.head.lemma_ in TRIP_VERBS:
        to = preps(tok.head, {"to"})  # "continuing his journey to Chile": the parser hangs 'to' on the verb
    if not to or tok.lemma_ != "journey" and any(
            _places([t], cx) or any(e.type in PLACE_TYPES for e in cx.entities(t)) for t in to):
        return []
    dest = _places_within(to, cx)
    if not dest:
        return []
    who = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c) if e.type == "Person"]
    if not who and tok.dep_ == "dobj" and tok.head.lemma_ in TRIP_VERBS:
        verb = tok.head.head.head if tok.head.dep_ == "pcomp" else tok.head  # "before continuing his journey"
        who = [e for s in _clause_subjects(verb) for e in cx.entities(s) if e.type == "Person"]
    if not who and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "on") and tok.head.head.pos_ in ("VERB", "AUX"):
        who = [e for s in _clause_subjects(tok.head.head) for e in cx.entities(s) if e.type == "Person"]
    if not who:
        return []
    return [Fact("Travel", {"traveller": _uniq(who), "destination": dest},
                 tokens=[tok.i, *(t.i for x in to for t in x.subtree)], split=False)]


def return_from_rules(tok: Token, cx: Context) -> list[Fact]:
    """"after his return from Washington", "on her return to Lima": the noun of a journey
    back with its possessor named (a ``Travel`` of that person, ``origin`` the place after
    'from', ``destination`` the place after 'to'). The return of things ("the return of
    the hostages", "returns on investment") has no personal possessor: nothing; nor
    without a place."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "return":
        return []
    who = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c) if e.type == "Person"]
    if not who:
        return []
    return _journey(_uniq(who), _places_within(preps(tok, FROM_PREPS), cx), _places_within(preps(tok, {"to"}), cx),
                    [*(t.i for t in tok.subtree), *([tok.head.i] if tok.dep_ == "pobj" else [])], clause=False)


#: The words the rules of journeys told by a gerund, an arrival 'in', a trip to an event and
#: a return start from.
JOURNEY_FORM_TRIGGERS = set(MOVE_VERBS) | TRIP_NOUNS | {"return"}


#: Positions whose holders travel on no state's or international body's business: a party's
#: leader, an opposition figure, a company's executive (positions scheme of the ontology).
PRIVATE_POSITIONS = {"party leader", "opposition leader", "parliamentary group leader", "shadow minister", "chief executive",
                     "board chair", "board member", "analyst"}
#: Positions that go with a private one without making its holder's journeys visits: the head
#: of the party or company itself.
NEUTRAL_POSITIONS = {"head of organisation", "deputy head of organisation", "director"}
#: Verbs of going somewhere that tell a journey, not a visit by their own word.
GOING_VERBS = {"travel", "fly", "arrive", "land", "head", "go"}


def private_journeys(found: list[Fact], cx: Context) -> None:
    """A journey abroad told by a verb of going ("X travelled to Nairobi for the launch of a
    book") whose travellers the article gives only positions of no state or international
    body (:data:`PRIVATE_POSITIONS`: an opposition party's leader, a company's chief) is
    a ``Travel`` (Wikidata Q61509), not a ``Visit``: CAMEO 042 and PLOVER CONSULT's visit
    is made by a state's or body's representative. Turns such a Visit of ``found`` into
    the Travel in place (``traveller`` the visitors, ``destination`` the city where the
    visit names one, else the state). A visit told by its own noun ("during a visit by
    X"), or by anyone the article gives no position or a state's office, stays a Visit."""
    positions: dict[str, set[str]] = {}
    for g in found:
        if g.type == "PositionHeld" and g.attrs.get("status") != "ended":
            for h in g.roles.get("holder", []):
                if not isinstance(h, str):
                    positions.setdefault(h.id, set()).add(str(g.attrs.get("position", "")))
    for f in found:
        if f.type != "Visit" or f.trigger is None or f.trigger.pos_ != "VERB" or f.trigger.lemma_ not in GOING_VERBS:
            continue
        visitors = f.roles.get("visitor", [])
        if not visitors or any(isinstance(v, str) or v.type != "Person" for v in visitors):
            continue
        held = [positions.get(v.id, set()) for v in visitors]
        if not all(p and p <= PRIVATE_POSITIONS | NEUTRAL_POSITIONS and p & PRIVATE_POSITIONS for p in held):
            continue
        # the place the verb names, a capital as its city ("travelled to Nairobi"), else the visit's
        dest = _places_within(preps(f.trigger, {"to", "into", "in", "at"}), cx) or \
            f.roles.get("place") or f.roles.get("hostState")
        if not dest:
            continue
        f.type = "Travel"
        f.roles = {"traveller": visitors, "destination": list(dest)}
        f.split = False


def _last_journey(found: list[Fact], tok: Token, ids: set[str], every: bool) -> Fact | None:
    """The last Visit or Travel of ``found`` told before ``tok`` whose visitors or
    travellers are all of ``ids`` (``every``) or include one of them; None if none."""
    before = [f for f in found if f.type in ("Visit", "Travel") and f.trigger is not None and f.trigger.i < tok.i]
    for f in reversed(before):
        went = {e.id for e in f.roles.get("visitor", []) + f.roles.get("traveller", []) if not isinstance(e, str)}
        if (ids <= went) if every else (ids & went):
            return f
    return None


#: Verbs of going with someone: "X travelled with the president", "X flew with him".
WITH_VERBS = {"travel", "fly", "go"}


def companions_journeys(found: list[Fact], cx: Context) -> list[Fact]:
    """"Secretary of State X travelled with the president": the people who went with a
    traveller or visitor named before made the same journey, a ``Travel`` of the
    sentence's subject whose ``destination`` is that of the companion's last visit or
    journey told before (the visit's state, the journey's destination). Nothing when
    the verb names a place of its own (the travel rules read it), when the companion has
    no visit or journey before, or when the subject is the companion."""
    out = []
    for tok in cx.doc:
        if tok.pos_ != "VERB" or tok.lemma_ not in WITH_VERBS or preps(tok, {"to", "into", "for", "from"}):
            continue
        mates = [e for o in preps(tok, {"with"}) for e in cx.entities(o) if e.type == "Person"]
        who = [e for s in doers(tok) for e in cx.entities(s) if e.type == "Person"]
        who = [e for e in _uniq(who) if e.id not in {m.id for m in mates}]
        if not mates or not who:
            continue
        last = _last_journey(found, tok, {m.id for m in mates}, every=False)
        if last is None:
            continue
        dest = last.roles.get("hostState") or last.roles.get("destination") or last.roles.get("place")
        if not dest:
            continue
        f = Fact("Travel", {"traveller": who, "destination": list(dest)}, tokens=[tok.i], trigger=tok, split=False)
        f.read_as = {"destination": f"the journey of {mates[0].label} told before: {last.trigger.sent.text.strip()[:80]!r}"}
        out.append(f)
    return out


def returns_from_trips(found: list[Fact], cx: Context) -> list[Fact]:
    """"after his return", "on her return": a return whose words name no place
    (:func:`return_from_rules` reads "his return from Washington") is the way back from
    the possessor's last journey or visit told before it: a ``Travel`` of that person,
    ``origin`` where that journey went (its destination, else the visit's city, else its
    state). Nothing when the article tells no journey of that person before."""
    out = []
    for tok in cx.doc:
        if tok.pos_ != "NOUN" or tok.lemma_ != "return" or preps(tok, FROM_PREPS | {"to"}):
            continue
        who = _uniq([e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c) if e.type == "Person"])
        if not who:
            continue
        last = _last_journey(found, tok, {w.id for w in who}, every=True)
        if last is None:
            continue
        origin = last.roles.get("destination") or last.roles.get("place") or last.roles.get("hostState")
        if not origin:
            continue
        f = Fact("Travel", {"traveller": who, "origin": list(origin)}, trigger=tok, split=False, clause=False,
                 tokens=[*(t.i for t in tok.subtree), *([tok.head.i] if tok.dep_ == "pobj" else [])])
        f.read_as = {"origin": f"the journey told before: {last.trigger.sent.text.strip()[:80]!r}"}
        out.append(f)
    return out


#: Verbs of carrying a named person somewhere, read in the passive ("X has been transferred
#: from Afghanistan to Doha"); flying and returning are the travel rule's, deporting and
#: extraditing facts of their own.
PERSON_CARRY_VERBS = CARRY_VERBS - {"fly", "return", "deport"}


def carried_person_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X was released and has been transferred from Afghanistan to Doha", "X was taken to
    Lima": a named person carried by others makes a journey (``Travel``, corpus/CLAIMS.md
    "a ship moved by others" for people alike): ``traveller`` the passive's subject (or
    that of the passive verb it is joined to), ``origin`` and ``destination`` from 'from'
    and 'to' / 'into'. Nothing for an active verb ("Chile transferred funds to Peru"),
    for a subject that is no person, or with no place named."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PERSON_CARRY_VERBS or not any(c.dep_ == "auxpass" for c in tok.children) \
            and not (tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.head.children)):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not subj and tok.dep_ == "conj":
        subj = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    who = _uniq([e for s in _antecedents(subj) for e in cx.entities(s) if e.type == "Person"])
    if not who:
        return []
    return _journey(who, _places_within(preps(tok, FROM_PREPS), cx), _places_within(preps(tok, {"to", "into"}), cx),
                    [tok.i])
