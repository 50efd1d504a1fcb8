"""Attacks on ships and the people aboard them: a named vessel sunk or attacked ("Houthi
rebels sank the Eternity C", "Yemen's Houthi rebels have sunk the bulk carrier X"), a
vessel named before and attacked by men the text does not name ("The vessel was attacked
by men in speedboats"), a crew taken ("accused the Houthis of kidnapping many of the
crew"), and the dead and wounded an attack's participle counts ("..., killing at least
four people"). Each attack is a gkg:Attack (CAMEO 19 'fight', PLOVER 'attack'), as
corpus/CLAIMS.md writes attacks on vessels (``perpetrator``, ``target`` the vessel,
``place`` the sea, ``killed``, ``wounded``); a crew seized a gkg:HostageTaking (CAMEO 181
'abduct, hijack, or take hostage'), ``perpetrator`` and ``target``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import (
    Context, Fact, _modifiers, _place_of, _uniq, _unnamed_people, doers, objects, preps,
)
from kg.extract.mentions import VESSEL_NOUNS, Known
from kg.extract.quantities import count_of

#: Verbs of sending a vessel to the bottom: an Attack when an actor does it to a named vessel.
SINK_VERBS = {"sink", "scuttle", "torpedo"}
#: Verbs of attacking a vessel told in the passive ("was attacked", "was struck", "was hit").
ATTACKED_VERBS = {"attack", "strike", "hit", "target", "sink", "ram"}
#: Verbs of taking people by force (CAMEO 181).
KIDNAP_VERBS = {"kidnap", "abduct"}
#: Nouns of unnamed people who take hostages ("armed men", "gunmen", "kidnappers").
TAKER_NOUNS = {"man", "men", "gunman", "gunmen", "kidnapper", "assailant", "attacker", "militant", "fighter", "jihadist",
               "rebel", "insurgent", "pirate", "bandit", "abductor"}
#: Verbs whose 'of' clause tells what the accused did ("accused X of kidnapping").
BLAME_VERBS = {"accuse", "blame", "suspect", "charge"}
#: Classes of actors that may attack or take hostages: a state, an armed actor, a body.
PERPETRATORS = ("State", "ArmedForces", "ArmedGroup", "Group", "Organisation", "Government", "MilitaryGovernment")
#: Classes of armed actors that are not states: named beside a state's possessor ("Yemen's
#: Houthi rebels") they are the ones who act, the state only where they are from.
NON_STATE = ("ArmedGroup", "Group", "Organisation")
#: Plural nouns of armed men a group's name may qualify ("Houthi rebels").
FIGHTER_NOUNS = {"fighter", "militant", "gunman", "rebel", "insurgent", "militiaman", "jihadist", "pirate"}
#: Verbs of harm to people an attack's participle counts -> the key corpus/CLAIMS.md gives them.
HARM_KEYS = {"kill": "killed", "wound": "wounded", "injure": "wounded"}
#: Nouns of people who may be taken hostage, unnamed ("12 aid workers", "the crew").
PEOPLE_NOUNS = {"crew", "member", "worker", "sailor", "seafarer", "seaman", "passenger", "hostage", "civilian",
                "people", "person", "tourist", "journalist", "student", "schoolgirl", "schoolboy", "child", "girl",
                "boy", "woman", "man", "villager", "national", "citizen", "soldier", "officer", "employee",
                "engineer", "missionary", "pilgrim", "fisherman", "fishermen", "survivor", "staff", "volunteer"}
#: Words of how many, before 'of' ("many of the crew"): the people are a part of a group.
PART_WORDS = {"many", "some", "several", "most", "all", "dozens", "hundreds", "scores", "few"}


def attackers(verb: Token, cx: Context) -> list[Known]:
    """Who does ``verb``: the actors its subject or passive agent names, or the group a
    noun of fighters names ("Houthi rebels", "Yemen's Houthi rebels": the Houthis, not
    Yemen, where a group is named beside a state); [] when none is named."""
    named = [e for s_ in doers(verb) for e in cx.entities(s_) if e.type in PERPETRATORS]
    if not named:
        named = [e for s_ in doers(verb) if s_.lemma_.lower() in FIGHTER_NOUNS
                 for e in _modifiers(s_, cx, ("poss", "compound", "nmod", "amod")) if e.type in PERPETRATORS]
    return prefer_armed(_uniq(named))


def prefer_armed(perp: list[Known]) -> list[Known]:
    """``perp`` without its states when it also names a group or armed body: "Yemen's
    Houthi rebels" are the Houthis', Yemen only where they are from."""
    groups = [e for e in perp if e.type in NON_STATE]
    return groups if groups and any(e.type == "State" for e in perp) else perp


def toll(verb: Token) -> tuple[dict[str, object], list[int]]:
    """The people a participle of harm on ``verb`` counts: "..., killing four people",
    "..., killing at least four people on board and wounding two": ({'killed': 4,
    'wounded': 2} with a bound kept in words, 'at least 4'; the indices of the
    participles' words). Numbers only: "killing several" counts nobody."""
    out: dict[str, object] = {}
    words: list[int] = []
    parts = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]
    parts += [x for p in parts for x in p.conjuncts if x.tag_ == "VBG"]
    for p in parts:
        key = HARM_KEYS.get(p.lemma_.lower())
        if key is None or key in out:
            continue
        for o in (o for o in p.children if o.dep_ == "dobj"):
            num = o if o.pos_ == "NUM" else next((n for n in o.children if n.dep_ == "nummod"), None)
            n = count_of(num) if num is not None else None
            if n is None:
                continue
            bound = [t for t in num.subtree if t.i < num.i and not t.is_punct]
            out[key] = n if not bound else f"{' '.join(t.lower_ for t in bound)} {n}"
            words += [t.i for t in p.subtree if t.i <= o.right_edge.i]
            break
    return out, words


def _vessels(toks: list[Token], cx: Context) -> list[Known]:
    """The vessels (Assets) ``toks`` name."""
    return [e for t in toks for e in cx.entities(t) if e.type == "Asset"]


def sinking_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Houthi rebels sank the Eternity C on Wednesday", "Yemen's Houthi rebels have sunk the
    bulk carrier X in the Red Sea, killing at least four people on board": an Attack by who
    sinks it (:func:`attackers`) on the named vessel, ``place`` the sea or town its 'in',
    'near' or 'off' names, ``killed`` and ``wounded`` its participles count (:func:`toll`).
    [] for a vessel that sank by itself ("the ship sank": a Damage), for anything sunk that
    is no vessel of the registry or the article ("sank the bill", "prices sank") and when no
    attacker is named."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SINK_VERBS:
        return []
    target = _vessels([o for o in objects(tok) if o.dep_ == "dobj"], cx)
    perp = attackers(tok, cx)
    if not target or not perp:
        return []
    return [_with_place_and_toll(Fact("Attack", {"perpetrator": perp, "target": _uniq(target)}, tokens=[tok.i]), tok, cx)]


def _with_place_and_toll(f: Fact, verb: Token, cx: Context) -> Fact:
    """``f`` with the place the verb names ('in', 'near', 'off', 'outside') and the toll its
    participles count."""
    place = [e for e in _place_of(verb, cx, ("in", "near", "off", "outside"))
             if e.id not in {x.id for v in f.roles.values() for x in v}]
    if place:
        f.roles["place"] = place[:1]
    counts, words = toll(verb)
    f.attrs.update(counts)
    f.tokens += words
    return f


def _vessel_before(noun: Token, cx: Context) -> Known | None:
    """The one vessel the article names in the sentence of ``noun`` before it or in the two
    sentences before that, for "the vessel", "the ship"; None when none is named or several."""
    first = noun.sent.start
    for _ in range(2):
        if first > 0:
            first = cx.doc[first - 1].sent.start
    seen = _uniq([m.entity for m in cx.mentions if first <= m.start < noun.i and m.entity.type == "Asset"])
    return seen[0] if len(seen) == 1 else None


def _unnamed_attackers(agent: Token) -> str:
    """The words of attackers the text does not name, as corpus/CLAIMS.md writes them:
    "men in speedboats" -> 'unnamed men in speedboats' (the noun, its adjectives and what
    they ride in or on; no participle clause)."""
    words = [t for t in agent.subtree if t.i <= agent.i and t.dep_ not in ("det", "poss", "case", "predet")]
    for p in (c for c in agent.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "aboard")):
        words += [p, *(t for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.i <= o.i)]
    words = sorted(set(words), key=lambda t: t.i)
    return "unnamed " + " ".join(t.lower_ for t in words)


def vessel_attacked_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The vessel was attacked on Monday by men in speedboats", "the tanker was struck by
    a Houthi drone": an Attack on the one vessel the article named just before (the
    passive's subject is a noun of vessels: :func:`_vessel_before`), by the actors the
    agent names or, when it names none, by the unnamed people it describes
    (:func:`_unnamed_attackers`). [] without an agent, when the vessel named before is not
    one, or when the subject names a vessel itself (the rules of attacks read those)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ATTACKED_VERBS or \
            not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if len(subj) != 1 or subj[0].lemma_.lower() not in VESSEL_NOUNS | {"carrier"} or cx.entities(subj[0]):
        return []
    vessel = _vessel_before(subj[0], cx)
    agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if vessel is None or not agents:
        return []
    perp = prefer_armed(_uniq([e for o in agents for e in cx.entities(o) if e.type in PERPETRATORS]))
    f = Fact("Attack", {"target": [vessel]}, tokens=[tok.i, subj[0].i, agents[0].i])
    if perp:
        f.roles["perpetrator"] = perp
    elif agents[0].pos_ == "NOUN" and agents[0].tag_ in ("NNS", "NNPS"):
        f.qualified["perpetrator"] = (_unnamed_attackers(agents[0]), None)
        f.tokens += [t.i for t in agents[0].subtree if t.i <= agents[0].i]
    else:
        return []
    return [_with_place_and_toll(f, tok, cx)]


def _hostages(obj: Token, cx: Context) -> tuple[list[Known], str | None]:
    """Who is taken: the people the object names, else its words unnamed, as
    corpus/CLAIMS.md writes people it does not name ("12 aid workers" -> '12 unnamed aid
    workers', "many of the surviving crew members" -> 'many unnamed surviving crew
    members'); ([], None) when the object is no noun of people (:data:`PEOPLE_NOUNS`:
    "kidnapping the talks" takes no one)."""
    named = [e for e in cx.entities(obj) if e.type == "Person"]
    if named:
        return named, None
    if obj.lower_ in PART_WORDS or obj.pos_ == "NUM":
        inner = preps(obj, {"of"})
        if not inner or inner[0].lemma_.lower() not in PEOPLE_NOUNS:
            return [], None
        words = [t.lower_ for t in inner[0].subtree if t.i <= inner[0].i and t.dep_ not in ("det", "poss", "case")]
        part = obj.lower_ if count_of(obj) is None else str(count_of(obj))
        return [], f"{part} unnamed {' '.join(words)}"
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in PEOPLE_NOUNS:
        return [], None
    return [], _people_as_written(obj, cx)


def _people_as_written(noun: Token, cx: Context) -> str:
    """Unnamed people of a noun phrase in the claims format's words, their nationality as
    written kept in them ("five Indian nationals" -> '5 unnamed Indian nationals', "Peruvian
    rebels" -> 'unnamed Peruvian rebels'): whose people they are, not whom they act for."""
    words = _unnamed_people(noun, cx)[0]
    demonyms = [x.text for x in noun.subtree if x.i < noun.i and x.i in cx.at and cx.at[x.i].form == "demonym"]
    return words.replace("unnamed ", "unnamed " + " ".join(demonyms) + " ", 1) if demonyms else words


def kidnap_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The rebels kidnapped the crew", "The embassy accused the Houthis of kidnapping many
    of the surviving crew members": a HostageTaking whose ``perpetrator`` is the subject
    or, in an accusation's 'of' clause, the one accused (the claim is then an allegation
    of the accuser: kg.extract.speech), or unnamed takers the subject describes ("Armed
    men abducted ...": unnamed armed men, of the state a demonym gives), its ``target``
    the people taken, named or in the text's words unnamed (:func:`_hostages`). [] when
    neither is told."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in KIDNAP_VERBS:
        return []
    perp = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type in PERPETRATORS]
    tokens = [tok.i]
    if not perp and tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.lemma_ in BLAME_VERBS:
        blamer = tok.head.head
        accused = [o for o in blamer.children if o.dep_ == "dobj"]
        perp = [e for o in accused for e in cx.entities(o) if e.type in PERPETRATORS]
        # the quote holds who accuses, whose allegation the claim is
        tokens += [o.i for o in accused] + [blamer.i] + [t.i for s_ in doers(blamer) for t in s_.subtree]
    objs = [o for o in objects(tok) if o.dep_ == "dobj"]
    unnamed = None
    if not perp:  # "Armed men abducted ...", "Gunmen kidnapped ...": takers the text counts or describes, unnamed
        takers = [s_ for s_ in doers(tok) if s_.dep_ == "nsubj" and s_.pos_ == "NOUN"
                  and s_.lemma_.lower() in TAKER_NOUNS and s_.i not in cx.at]
        unnamed = (_people_as_written(takers[0], cx), None) if takers else None
    if not (perp or unnamed) or not objs:
        return []
    named, words = _hostages(objs[0], cx)
    if not named and words is None:
        return []
    f = Fact("HostageTaking", {"perpetrator": prefer_armed(_uniq(perp))} if perp else {},
             tokens=tokens + [t.i for t in objs[0].subtree])
    if unnamed is not None:
        f.qualified["perpetrator"] = unnamed
    if named:
        f.roles["target"] = named
    else:
        f.qualified["target"] = (words, None)
    return [f]
