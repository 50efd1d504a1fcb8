"""Rescues: people taken out of danger by others, as news of ships, wrecks and hostages
tells it: "The coast guard rescued 40 people from the ferry X", "all 12 crew members were
taken off the ship by a navy helicopter", "Five of the injured were picked up by a
passing tanker", "Eight sailors were rescued, the navy said".

A ``Rescue`` (a kind of ``Travel``, ``ontology/geopolitics.ttl``; corpus/CLAIMS.md,
"Attacks ... rescues") names who was rescued (``traveller``: people named, or counted
unnamed as "17 unnamed crew members"), who or what carried them (``carrier``: a force,
a state's unnamed navy vessel, a named ship), the vessel they left (``originAsset``) and
where they were brought (``destination``). A rescue needs people on one side and a
rescuer on the other: "rescued the economy", "a rescue package", "the deal was rescued"
name no people and draft nothing; neither does a rescue denied, hoped for or still to
come ("were not rescued", "will evacuate", "could be airlifted"), nor a running total
("has rescued more than 100,000 people since 2014").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, count_of, PLACES, Context, Fact, _demonym_states, _unnamed_people, _uniq, preps

#: Verbs that take people out of danger; 'pick', 'pull' and 'take' only in their phrasal
#: senses ("picked up", "pulled from the water", "taken off the ship").
RESCUE_VERBS = {"rescue", "evacuate", "airlift", "winch", "pick", "pull", "take"}

#: Nouns of people a rescue carries: crews, passengers, hostages, the injured.
PEOPLE_NOUNS = {"crew", "crewman", "crewmen", "crewmember", "member", "sailor", "seafarer", "fisherman", "fishermen",
                "passenger", "people", "person", "hostage", "survivor", "national", "citizen", "migrant", "tourist",
                "worker", "injured", "wounded", "pilot", "diver", "civilian", "child", "children", "refugee"}

#: Words that count part of a group of people its 'of' names ("a number of the crew", "most of the passengers").
PARTITIVE_WORDS = {"all", "some", "many", "most", "dozens", "hundreds", "number", "rest", "several", "few"}

#: Nouns of the craft and forces that carry the rescued: "a navy vessel", "a coast guard
#: ship", "a passing tanker", "a helicopter" (CLAIMS.md: an unnamed one of a state).
CARRIER_NOUNS = {"navy", "coastguard", "guard", "vessel", "ship", "warship", "destroyer", "frigate", "boat", "tanker",
                 "tug", "helicopter", "aircraft", "plane", "lifeboat", "rescuer", "team", "force", "forces", "military",
                 "army", "marines", "freighter", "carrier"}

#: Auxiliaries and verbs that make a rescue a possibility or a plan, not an event told.
NOT_DONE_AUX = {"will", "would", "could", "may", "might", "should", "must", "shall", "ca", "can"}


def _people(noun: Token, cx: Context) -> tuple[list, tuple | None]:
    """Who a noun phrase says was rescued: (the persons it names, None), or ([], the
    unnamed people it counts, as :func:`_unnamed_people` writes them) for "17 crew
    members", "five of the injured"; ([], None) for a phrase of no people ("the
    economy", "the ship")."""
    named = [e for e in cx.entities(noun) if e.type == "Person"]
    if named:
        return named, None
    head = noun
    if noun.pos_ == "NUM" or noun.lemma_ in PARTITIVE_WORDS:
        # "five of the injured", "all of the crew": the people are the 'of' phrase's
        of = preps(noun, {"of"})
        if not of or not {of[0].lemma_.lower(), of[0].lower_} & PEOPLE_NOUNS:
            return [], None
        head = of[0]
        # a number is the count; "dozens", "hundreds", "several" are counts in words; "a number of",
        # "most of", "all of" give none (corpus/CLAIMS.md writes such people "unnamed passengers")
        count = count_of(noun) if noun.pos_ == "NUM" else noun.lower_ if noun.lower_ in ("dozens", "hundreds", "several") \
            else None
        return [], (f"{count} unnamed {head.lower_}" if count is not None else f"unnamed {head.lower_}", None)
    if head.lemma_.lower() not in PEOPLE_NOUNS and head.lower_ not in PEOPLE_NOUNS:
        return [], None
    if head.lemma_ == "member" and not any(c.lemma_ == "crew" for c in head.children):
        return [], None  # "members of parliament were evacuated": a crew's members only
    words, state = _unnamed_people(head, cx)
    # "all 17 crew members": the count is 17, 'all' says no one was left (CLAIMS.md writes the count alone)
    return [], (words[4:] if words.startswith("all ") and words[4:5].isdigit() else words, state)


def _carrier(noun: Token, cx: Context) -> tuple[list, tuple | None]:
    """Who or what carried the rescued: (the actors or vessels named, None), or ([], an
    unnamed craft or force of the state its demonym names: ("unnamed navy vessel",
    India)); ([], None) for anything else."""
    named = [e for e in cx.entities(noun) if e.type not in PLACES and e.type != "NewsOrganisation"]
    if named:
        return named, None
    if noun.lemma_.lower() not in CARRIER_NOUNS:
        return [], None
    # whose craft it is: a state its demonym or possessor names, or a force named before the noun
    # ("an Ostravian Navy helicopter": {actor: unnamed helicopter, of: the Ostravian Navy})
    states = _demonym_states(noun, cx) + [e for c in noun.children if c.dep_ in ("poss", "compound", "amod")
                                          for e in cx.entities(c) if e.type in ("State", "ArmedForces")]
    words = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss", "case", "nummod")
                     and t.i not in cx.at and t.pos_ not in ("NUM", "PROPN"))
    forces = [e for e in states if e.type == "ArmedForces"]
    return [], (f"unnamed {words}", (forces or states)[0] if states else None)


def _phrasal(tok: Token) -> bool:
    """Whether a 'pick', 'pull' or 'take' is used in the sense of taking people out of
    danger: "picked up", "pulled from the water / out of the sea", "taken off the ship"."""
    if tok.lemma_ == "pick":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
    if tok.lemma_ == "pull":
        return any(c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out") for c in tok.children) and \
            any(t.lemma_ in ("water", "sea", "rubble", "wreckage", "river") for t in tok.subtree)
    if tok.lemma_ == "take":
        return any(c.lower_ == "off" and c.dep_ in ("prt", "prep") for c in tok.children)
    return True


def _not_done(tok: Token) -> bool:
    """Whether the verb tells no rescue that took place: negated, with a modal, under
    'if', or the complement of another verb ("plans to evacuate", "tried to rescue")."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in NOT_DONE_AUX) for c in tok.children):
        return True
    if tok.dep_ == "xcomp" or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return True
    if _running_total(tok):
        return True
    return tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in NOT_DONE_AUX for c in tok.head.children)


def _running_total(tok: Token) -> bool:
    """Whether the verb counts the people rescued over a span up to now, a record and no
    one rescue ("has rescued more than 100,000 people since 2014", "so far this year", "to
    date"): a 'since' phrase or clause, 'so far' or 'to date' on it."""
    for c in tok.children:
        if c.lower_ == "since" and c.dep_ in ("prep", "mark", "advmod"):
            return True
        if c.lower_ == "far" and any(g.lower_ == "so" for g in c.children):
            return True
        if c.lower_ == "to" and c.dep_ == "prep" and any(o.lower_ == "date" for o in c.children):
            return True
    return False


def _reporting_force(tok: Token, cx: Context) -> tuple[list, tuple | None]:
    """The force that reports a rescue it tells in the passive ("eight sailors were
    rescued, the navy said"): a named armed force, or a navy or coast guard named by its
    noun; ([], None) for any other speaker (a ministry, an agency)."""
    while tok.dep_ == "conj":  # "pirates surrendered ..., and the crew were taken off the ship, the navy said"
        tok = tok.head
    say = tok.head if tok.dep_ in ("ccomp", "parataxis") else next(
        (c for c in tok.children if c.dep_ == "parataxis" and c.lemma_ in ("say", "report", "announce")), None)
    if say is None or say.lemma_ not in ("say", "report", "announce"):
        return [], None
    for s_ in (c for c in say.children if c.dep_ == "nsubj"):
        forces = [e for e in cx.entities(s_) if e.type == "ArmedForces"]
        if forces:
            return forces, None
        if s_.lemma_.lower() in ("navy", "coastguard") or (s_.lemma_ == "guard" and
                                                           any(c.lower_ == "coast" for c in s_.children)):
            return _carrier(s_, cx)
    return [], None


def rescue_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Y rescued X (from Z)", "X were rescued / picked up / taken off Z by Y", "X were
    rescued, the navy said": a Rescue of X (``traveller``) by Y (``carrier``), from the
    vessel Z (``originAsset``) and to the place its 'to' names (``destination``). [] when
    X names no people, no rescuer is named (by the clause or by a reporting navy), or the
    rescue is denied, conditional or still to come."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in RESCUE_VERBS or not _phrasal(tok) or _not_done(tok):
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if passive:
        rescued = [c for c in tok.children if c.dep_ == "nsubjpass"]
        by = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        rescued = [c for c in tok.children if c.dep_ == "dobj"]
        by = [c for c in tok.children if c.dep_ == "nsubj"]
    # the parser may hang a vessel's name after "the crew of the bulk carrier X" as a second subject:
    # the people are the one subject that names people, a vessel beside them the one they left
    read = [(r, _people(r, cx)) for r in rescued]
    read = [(r, p) for r, p in read if p[0] or p[1] is not None]
    if len(read) != 1:
        return []
    others = [r for r in rescued if r.i != read[0][0].i]
    rescued, (people, unnamed) = [read[0][0]], read[0][1]
    carriers, craft = _carrier(by[0], cx) if by else ([], None)
    if passive and not by:
        carriers, craft = _reporting_force(tok, cx)
    if not carriers and craft is None:
        return []
    carriers = [e for e in carriers if e.type not in NOT_ACTORS or e.type == "Asset"]
    f = Fact("Rescue", {"traveller": _uniq(people)} if people else {},
             tokens=[tok.i, *(t.i for t in rescued[0].subtree), *(t.i for b in by for t in b.subtree)], split=False)
    if unnamed is not None:
        f.qualified["traveller"] = unnamed
    if carriers:
        f.roles["carrier"] = _uniq(carriers)
    elif craft is not None:
        f.qualified["carrier"] = craft
        f.members_of.add("carrier")  # the craft belongs to the force or state: written 'of'
    # the vessel left: "from the Selka", "off the Ruen", "the crew of the Ruen"
    sources = preps(tok, {"from", "off"}) + preps(rescued[0], {"of"}) + others
    vessels = [e for o in sources for e in cx.entities(o) if e.type == "Asset"]
    if not vessels and any(c.dep_ == "poss" and c.lower_ == "whose" for c in rescued[0].children) and tok.dep_ == "relcl":
        # "the Magic Seas, whose 22 crew were all rescued": the vessel the clause hangs on
        vessels = [e for e in cx.entities(tok.head, conj=False) if e.type == "Asset"]
        sources.append(tok.head)
    if vessels:
        f.roles["originAsset"] = _uniq(vessels)
        f.tokens += [t.i for o in sources for t in o.subtree]
    to = [e for o in preps(tok, {"to"}) for e in cx.entities(o) if e.type in PLACES + ("State",)]
    if to:
        f.roles["destination"] = _uniq(to)
    return [f]
