"""Facts a story tells in passing, as background to its news:

- solidarity declared: "NATO and the EU issued statements of solidarity with Estonia",
  "Canada expressed solidarity with Latvia": a ``Support`` (``supportKind: diplomatic``;
  CAMEO 051 'Praise or endorse' and PLOVER's SUPPORT, verbal backing) by the subject of
  the verb to the party 'with' names;
- an investigation carried out "by" someone: "an investigation by Estonian police and
  security agencies had established ...": a ``LegalAction`` of ``legalActionKind:
  investigation`` (CAMEO 115's legal action, corpus/CLAIMS.md "investigation"), its
  ``initiator`` the body named (a news outlet's inquiry is no legal step), or unnamed
  agencies of the state their demonym gives; what it is into, a named actor ('into X'),
  the one it found did the deed ("had established that the intrusion was carried out by
  X"), or the event told before (``targetFact``);
- people charged by count, not by name: "Canada and Australia charged five alleged
  members of the group": a ``LegalAction`` of ``legalActionKind: charge`` (CAMEO 173
  'arrest, detain, or charge with legal action') whose ``target`` is the unnamed people
  counted, members of the group named ('of the group': the one group the sentence or the
  one before names); "... and imposed sanctions" with no target of its own: a
  ``Sanction`` (CAMEO 163 'impose embargo, boycott, or sanctions') by the same
  authorities on that group;
- a person killed during a protest: "X was shot dead during a demonstration in Lima on
  Oct. 15, in clashes that left more than 100 people injured": a ``Death`` and the
  ``Protest`` it happened in, with its toll.

Each rule takes a token and its :class:`Context` and returns [] or the facts drafted.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _place_of, _uniq, doers, preps, subjects
from kg.extract.facts.crowds import _count
from kg.extract.quantities import count_of

#: Verbs that declare solidarity as their object ("expressed solidarity with X") or
#: give out words of it ("issued statements of solidarity with X").
SOLIDARITY_VERBS = {"issue", "express", "voice", "send", "declare", "offer", "show", "convey", "extend",
                    "reaffirm", "affirm", "publish", "make", "pledge"}
#: Nouns of words that carry solidarity ("statements of solidarity").
SOLIDARITY_CARRIERS = {"statement", "message", "expression", "declaration", "show", "gesture", "letter", "note"}
#: Nouns of an investigation.
INQUIRY_NOUNS = {"investigation", "probe", "inquiry", "enquiry"}
#: Nouns of the bodies that investigate for a state, unnamed ("Estonian police and security
#: agencies"): their inquiry is a legal step; a journalist's or a newspaper's is not.
AGENCY_NOUNS = {"agency", "police", "prosecutor", "service", "authority", "investigator", "inspector",
                "commission", "ministry", "bureau", "regulator", "intelligence", "detective", "office"}
#: Types of the named bodies whose inquiry is a legal step.
INQUIRER_TYPES = ("State", "Government", "Organisation", "Court", "ArmedForces", "StateCompany")
#: Kinds of fact an investigation with no 'into' is into (the event told before).
INQUIRED_KINDS = ("Attack", "Accident", "Damage", "Death", "Collision", "Incursion", "CyberOperation")
#: Nouns of people a charge counts without naming them ("charged five alleged members").
CHARGED_NOUNS = {"member", "person", "people", "man", "woman", "suspect", "officer", "national", "citizen",
                 "individual", "hacker", "operative", "agent", "official", "employee", "executive"}


def _actors(toks: list[Token], cx: Context) -> list:
    return _uniq([e for t in toks for e in cx.entities(t) if e.type not in NOT_ACTORS])


def solidarity_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Support (``supportKind: diplomatic``) from solidarity declared: 'solidarity' the
    object of a verb of :data:`SOLIDARITY_VERBS` ("expressed solidarity with Latvia") or
    of a noun of :data:`SOLIDARITY_CARRIERS` that verb gives out ("issued statements of
    solidarity with Estonia"); ``supporter`` the verb's subject, ``supported`` who 'with'
    names, dated by the verb. [] for solidarity asked of others ("called for solidarity
    with X": not among the verbs), of no one named, or among a group ("solidarity among
    workers")."""
    if tok.pos_ != "NOUN" or tok.lower_ != "solidarity":
        return []
    carrier = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
        tok.head.head.lemma_ in SOLIDARITY_CARRIERS else None
    noun = carrier.head if carrier is not None else tok
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or noun.head.lemma_ not in SOLIDARITY_VERBS:
        return []
    verb = noun.head
    supporter = _actors([s for s in subjects(verb) if s.dep_ == "nsubj"], cx)
    supported = _actors([o for h in (tok, noun, verb) for o in preps(h, {"with"})], cx)
    supported = [e for e in supported if e.id not in {s.id for s in supporter}]
    if not supporter or not supported:
        return []
    f = Fact("Support", {"supporter": supporter, "supported": supported}, {"supportKind": "diplomatic"},
             tokens=[tok.i, noun.i, verb.i], split=False)  # one act of several supporters, as told
    if carrier is not None:
        f.attrs["description"] = f"{noun.lower_} of solidarity"
    f.take_date(cx.date_of(verb))
    return [f]


def _agency_words(o: Token, cx: Context) -> tuple[str, object] | None:
    """("unnamed police and security agencies", Estonia) for "Estonian police and security
    agencies": unnamed bodies of :data:`AGENCY_NOUNS` (the noun or one joined to it), the
    state a demonym among them gives (else None); None when the words name no such body."""
    if not any(x.lemma_.lower() in AGENCY_NOUNS for x in [o, *o.conjuncts]):
        return None
    state = None
    words = []
    for x in o.subtree:
        m = cx.at.get(x.i)
        if m is not None:
            if m.form == "demonym" and m.entity.type == "State" and state is None:
                state = m.entity
                continue
            return None  # a named body: read as a name, not as unnamed agencies
        if x.dep_ in ("det", "poss", "punct"):
            continue
        words.append(x.lower_)
    return "unnamed " + " ".join(words), state


def inquiry_by_rules(tok: Token, cx: Context) -> list[Fact]:
    """A LegalAction of ``legalActionKind: investigation`` from an investigation noun with a
    'by' phrase naming who carries it out: a named state, government, body or court
    (``initiator``), or unnamed agencies of a state ("by Estonian police and security
    agencies": ``{actor: unnamed police and security agencies, of: Estonia}``). Its
    ``target`` the actor 'into' or 'of' names, else the doer the investigation found
    (:func:`_found_doers`); with none, the event told before
    (``targetFact``). [] for an inquiry by a news outlet, a person or anyone else
    ("an investigation by the Daily Courier", "by journalists"), and for one ordered or
    led (:func:`~kg.extract.facts.cases.investigation_rules` reads those)."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in INQUIRY_NOUNS:
        return []
    by = preps(tok, {"by"})
    if len(by) != 1:
        return []
    named = [e for e in cx.entities(by[0]) if e.type in INQUIRER_TYPES]
    unnamed = _agency_words(by[0], cx) if not named and not cx.entities(by[0]) else None
    if not named and unnamed is None:
        return []
    into = preps(tok, {"into", "of"})
    target = [e for e in _actors(into, cx) if e.type != "NewsOrganisation" and e.id not in {n.id for n in named}]
    found = _found_doers(tok, cx) if not target else []
    target = target or [e for e in found if e.id not in {n.id for n in named}]
    f = Fact("LegalAction", {"initiator": named} if named else {},
             {"legalActionKind": "investigation", "actionType": "investigation"},
             tokens=[tok.i, *(t.i for t in by[0].head.subtree), *(t.i for o in into for t in o.subtree)])
    if unnamed is not None:
        f.qualified["initiator"] = unnamed
        if unnamed[1] is not None:
            f.members_of = {"initiator"}
    if target:
        f.roles["target"] = target
    else:
        f.refers = ("targetFact", INQUIRED_KINDS)
    return [f]


#: Verbs by which an investigation tells what it found ("had established that ...").
FINDING_VERBS = {"establish", "find", "conclude", "determine", "show", "reveal", "confirm", "prove"}


def _found_doers(noun: Token, cx: Context) -> list:
    """Who an investigation found did what it was into: the investigation the subject of a
    verb of :data:`FINDING_VERBS` whose clause names the doer ("an investigation ... had
    established that the intrusion was carried out by APT31": APT31; "found that Peru
    had fired the shots": Peru); [] otherwise."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ not in FINDING_VERBS:
        return []
    for clause in noun.head.children:
        if clause.dep_ == "ccomp" and clause.pos_ in ("VERB", "AUX"):
            return _actors(doers(clause), cx)
    return []


def _group_named(o: Token, cx: Context):
    """The group unnamed people belong to: the one 'of' names ("members of APT31"), or, for
    "of the group", the one group the same or the previous sentence names; else None."""
    for p in preps(o, {"of"}):
        named = [e for e in cx.entities(p) if e.type in ("Group", "Organisation")]
        if named:
            return named[0]
        if p.lemma_.lower() == "group" and any(c.lower_ == "the" for c in p.children):
            sent = o.sent
            start = o.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            groups = _uniq([m.entity for m in cx.mentions_in(start, o.i) if m.entity.type == "Group"])
            if len(groups) == 1:
                return groups[0]
    return None


def counted_charge_rules(tok: Token, cx: Context) -> list[Fact]:
    """A LegalAction of ``legalActionKind: charge`` from "charged five alleged members of
    the group": the verb 'charge' whose object counts people of :data:`CHARGED_NOUNS`
    without naming them (``target: {actor: 5 unnamed alleged members, of: <the group>}``),
    its ``initiator`` the verb's named subject, dated by the verb; and, for "... and
    imposed sanctions" with no target of their own, a Sanction by the same authorities on
    that group. [] for a charge of named people (the legal rules read those), of no count
    ("charged members of the group"), or by no one named."""
    if tok.pos_ != "VERB" or tok.lemma_ != "charge":
        return []
    obj = [c for c in tok.children if c.dep_ == "dobj"]
    if len(obj) != 1 or obj[0].lemma_.lower() not in CHARGED_NOUNS or cx.entities(obj[0], conj=False):
        return []
    n = next((count_of(c) for c in obj[0].children if c.dep_ == "nummod" and count_of(c)), None)
    if not n:
        return []
    who = [e for e in _actors(doers(tok), cx) if e.type in INQUIRER_TYPES]
    if not who:
        return []
    words = [x.lower_ for x in obj[0].subtree if x.i <= obj[0].i and x.dep_ not in ("det", "poss", "nummod")]
    group = _group_named(obj[0], cx)
    f = Fact("LegalAction", {"initiator": who}, {"legalActionKind": "charge", "actionType": "charge"},
             tokens=[tok.i, *(t.i for t in obj[0].subtree)])
    f.qualified["target"] = (f"{n} unnamed {' '.join(words)}", group)
    if group is not None:
        f.members_of = {"target"}
    date = cx.date_of(tok)
    f.take_date(date)
    out = [f]
    for v in tok.conjuncts:
        sanctions = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("sanction", "sanctions")]
        if v.lemma_ != "impose" or not sanctions or group is None or \
                preps(v, {"on", "against"}) or preps(sanctions[0], {"on", "against"}):
            continue
        g = Fact("Sanction", {"authority": who, "target": [group]}, tokens=[v.i, sanctions[0].i], clause=False)
        g.take_date(date)
        out.append(g)
    return out


#: Nouns of the street protest a death happens during ("shot dead during a demonstration").
UNREST_NOUNS = {"protest", "demonstration", "rally", "march", "riot", "unrest", "sit-in"}
#: Verbs of a violent death ('shoot' with 'dead': "was shot dead"; "was shot" alone wounds).
KILL_VERBS = {"kill", "shoot", "die"}


def _protest_of(verb: Token) -> Token | None:
    """The protest noun of ``verb``'s 'during' or 'at' phrase ("shot dead during a
    demonstration", "killed at a rally"), or None."""
    for o in preps(verb, {"during", "at"}):
        if o.lemma_.lower() in UNREST_NOUNS:
            return o
    return None


def _injured_in_clashes(verb: Token) -> tuple[object, list[int]] | None:
    """The wounded an 'in clashes that left N people injured' phrase counts on ``verb``: (the
    count, a bound in its words: "more than 100"; the phrase's tokens), or None."""
    for o in preps(verb, {"in", "amid"}):
        if o.lemma_.lower() not in ("clash", "violence", "confrontation"):
            continue
        for rel in o.children:
            if rel.dep_ != "relcl" or rel.lemma_ != "leave":
                continue
            for d in rel.children:
                hurt = [c for c in d.children if c.dep_ in ("acl", "amod", "oprd") and
                        c.lemma_.lower() in ("injure", "injured", "wound", "wounded")]
                hurt += [c for c in rel.children if c.dep_ in ("oprd", "xcomp", "acomp") and
                         c.lemma_.lower() in ("injure", "injured", "wound", "wounded")]
                if d.dep_ == "dobj" and hurt:
                    n = _count(d)
                    if n is not None:
                        return n, [t.i for t in o.head.subtree]
    return None


def protest_death_rules(tok: Token, cx: Context) -> list[Fact]:
    """A person killed during a protest ("X was shot dead during a demonstration in Lima
    on Oct. 15", "X was killed at a rally", "X died during a protest"): a ``Death`` (its
    ``person``, ``place``, ``date``, ``causeOfDeath`` the words from the verb to the
    protest) and the ``Protest`` of unnamed protesters it happened in (corpus/CLAIMS.md:
    the dead counted as ``killed`` on the Protest; CAMEO 14 and PLOVER's PROTEST), with
    the same place and date and, for "in clashes that left more than 100 people
    injured", ``wounded``. [] for a death elsewhere ("shot dead in Lima"), a shooting
    that wounds ("was shot during a protest"), or a killer named ("police killed X during
    a protest": an attack's rules read it)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in KILL_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    if tok.lemma_ == "shoot" and not any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod") for c in tok.children):
        return []
    protest = _protest_of(tok)
    if protest is None:
        return []
    if tok.lemma_ == "die":
        who_toks = [c for c in tok.children if c.dep_ == "nsubj"]
    else:
        who_toks = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if any(c.dep_ == "agent" for c in tok.children):
            return []
    who = [e for t in who_toks for e in cx.entities(t) if e.type == "Person"]
    if not who:
        return []
    cause = [t for t in tok.doc[tok.i: protest.i + 1] if not t.is_punct]
    date = cx.date_of(tok)
    place = _place_of(protest, cx) or _place_of(tok, cx)
    death = Fact("Death", {"person": who[:1]}, {"causeOfDeath": " ".join(t.text for t in cause)},
                 tokens=[t.i for t in cause])
    protest_fact = Fact("Protest", {}, {"killed": len(who[:1])}, tokens=[tok.i, protest.i], clause=False)
    protest_fact.qualified["participant"] = ("unnamed protesters", None)
    for f in (death, protest_fact):
        f.take_date(date)
        if place:
            f.roles["place"] = place[:1]
            f.tokens += [t.i for t in protest.subtree]
    hurt = _injured_in_clashes(tok)
    if hurt is not None:
        protest_fact.attrs["wounded"] = hurt[0]
        protest_fact.tokens += hurt[1]
    return [death, protest_fact]


BACKGROUND_RULES = (solidarity_rules, inquiry_by_rules, counted_charge_rules, protest_death_rules)
BACKGROUND_TRIGGERS = {"solidarity", "charge", "charged"} | INQUIRY_NOUNS | KILL_VERBS | {"killed", "shot", "died"}
