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

from spacy.tokens import Token

from kg.extract.facts.common import (PLACES, Context, Fact, _capital, _capital_city, _unnamed_people, _uniq, doers,
                                     preps)
from kg.extract.facts.diplomacy import _host_states
from kg.extract.mentions import Known
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
