"""Mutinies and armed rebellions: armed forces, a militia or a private army turning
against the state or the command they serve ("the Wagner Group staged a mutiny", "an
armed rebellion by the presidential guard", "soldiers mutinied against the army
command"): a ``Mutiny`` (corpus/CLAIMS.md, "A mutiny or armed rebellion"; the
ontology's gkg:Mutiny, Wikidata mutiny Q170023 and rebellion Q124734; CAMEO has no code
of its own for it) with ``participant`` (who rebels), ``ledBy`` (a person who leads
them), ``target`` (the state, government or command rebelled against) and
``destination`` (where they march to).

The words are those of the codebooks and dictionaries for the act, not of an article:
the nouns mutiny, rebellion, revolt, uprising and insurrection, the verbs mutiny, rebel
and revolt. Only "mutiny" says on its own that armed forces turn on their command; the
other nouns need 'armed' or 'military' before them ("a popular uprising" is a protest,
"a backbench rebellion" a vote), and the verbs a rebel the registry names. A march of armed forces on a city of their own
state is one too (:func:`march_rules`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities import normalise
from kg.extract.facts.common import Context, Fact, _uniq, preps, subjects

#: Nouns of an armed rebellion; only the first is one without an adjective saying it is armed.
MUTINY_NOUNS = {"mutiny", "rebellion", "revolt", "uprising", "insurrection"}
#: Adjectives that make a rebellion, revolt or uprising an armed one.
ARMED_WORDS = {"armed", "military", "army"}
#: Verbs of rebelling against a command.
MUTINY_VERBS = {"mutiny", "rebel", "revolt"}
#: Verbs whose object is the rebellion its subject carries out ("staged a mutiny").
#: ("stag" is the parser's lemma of "staged").
STAGE_VERBS = {"stage", "stag", "launch", "lead", "mount", "start", "begin", "spark", "instigate", "carry"}
#: Verbs by which rebels end the rebellion they staged ("called off" too).
END_VERBS = {"end", "halt", "abandon", "stop", "abort", "suspend"}
#: Nouns of armed men, who march for the group a word before them names ("Wagner fighters").
FIGHTER_NOUNS = {"fighter", "troop", "soldier", "mercenary", "force", "column", "convoy", "unit", "militia", "army"}
#: Classes of entity that can rebel under arms.
ARMED_TYPES = {"Group", "ArmedForces", "Organisation"}
#: Classes a mutiny is aimed at: a state, its government or its command.
AGAINST_TYPES = {"State", "Government", "MilitaryGovernment", "ArmedForces", "Person"}
#: Verbs of moving on a place, whose destination is where the rebels march.
MARCH_VERBS = {"march", "advance"}
#: Words for the triggers of :data:`kg.extract.facts.run.TRIGGERS`.
MUTINY_TRIGGERS = MUTINY_NOUNS | MUTINY_VERBS | MARCH_VERBS


def _ends(verb: Token) -> bool:
    """Whether ``verb`` is one by which rebels end their own rebellion: "called off the
    mutiny", "ended", "halted", "abandoned"."""
    return verb.lemma_ in END_VERBS or verb.lemma_ == "call" and any(c.dep_ == "prt" and c.lower_ == "off"
                                                                      for c in verb.children)


def _rebels(toks: list[Token], cx: Context) -> tuple[list, list]:
    """(participants, leaders) named by the tokens ``toks``: an armed group, armed forces
    or an organisation rebels; a person leads."""
    ents = _uniq([e for t in toks for e in cx.entities(t)])
    return [e for e in ents if e.type in ARMED_TYPES], [e for e in ents if e.type == "Person"]


def _destination(verb: Token, cx: Context) -> list:
    """Where a rebellion's verb, or a verb of marching joined to it, heads: "marched on
    the capital", "advanced toward Moscow" (a place or state the registry names)."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.lemma_ in MARCH_VERBS)]
    if verb.dep_ == "conj" and verb.head.lemma_ in MARCH_VERBS:
        verbs.append(verb.head)
    return _uniq([e for v in verbs if v.lemma_ in MARCH_VERBS
                  for o in preps(v, {"on", "toward", "towards", "to"}) for e in cx.entities(o)
                  if e.type in ("City", "Place", "State", "Region")])


def march_rules(tok: Token, cx: Context) -> list[Fact]:
    """A march on a capital of the rebels' own state ("Wagner fighters marched on Moscow",
    "the Malian army advanced on Bamako"): a ``Mutiny`` whose ``participant`` is the
    armed force the subject names (armed forces or a unit of the registry, or a group
    whose fighters march), ``target`` its state and ``destination`` the city marched on,
    when the city is the capital of that force's own state in the gazetteer (marching on
    another state's capital is an invasion, a protest march no armed force's). Input: a token and its :class:`Context`; output:
    [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in MARCH_VERBS:
        return []
    subj = [s_ for s_ in subjects(tok) if s_.dep_ == "nsubj"]
    armed = [e for s_ in subj for e in cx.entities(s_) if e.type == "ArmedForces" or
             e.type in ARMED_TYPES and s_.lemma_.lower() in FIGHTER_NOUNS]
    own = cx.resolver.state_of(armed[0]) if len(armed) == 1 else None
    if own is None:
        return []
    towards = preps(tok, {"on", "toward", "towards"})
    # a capital of the gazetteer names its state's seat of power ("marched on Moscow")
    seats = [cx.resolver.capitals.get(normalise(o.text)) for o in towards]
    if not any(g is not None and (cx.resolver.state_of(g) or g).id == own.id for g in seats):
        return []
    cities = _uniq([e for o in towards for e in cx.entities(o) if e.type in ("City", "Place")])
    roles = {"participant": armed, "target": [own], **({"destination": cities} if cities else {})}
    return [Fact("Mutiny", roles, tokens=[tok.i, *(t.i for s_ in subj for t in s_.subtree),
                                          *(t.i for o in towards for t in o.subtree)], trigger=tok)]


def mutiny_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Mutiny`` from a noun of :data:`MUTINY_NOUNS` ("the mutiny by the Wagner Group",
    "Wagner's armed rebellion", "staged a mutiny against the army command", "called off the
    armed rebellion") or a verb of
    :data:`MUTINY_VERBS` ("the presidential guard mutinied against the government"): the
    rebels the possessor, a compound, 'by' or 'of', or the subject of the verb (or of the
    verb that stages the noun) name, a person among them its ``ledBy`` ("led by X" too),
    ``target`` whom 'against' names, ``destination`` where a joined verb of marching
    heads. Input: a token of the parsed article and its :class:`Context`; output: [] or
    one fact. Nothing when no rebel or leader is named, when a noun other than 'mutiny'
    has no 'armed' or 'military' before it, or when the verb's subject is neither of an
    armed kind ('rebel' and 'revolt' want a rebel of an armed kind, not a person alone)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in MUTINY_NOUNS:
        if lemma != "mutiny" and not any(c.dep_ in ("amod", "compound") and c.lower_ in ARMED_WORDS for c in tok.children):
            return []
        holders = [c for c in tok.children if c.dep_ in ("poss", "compound")] + preps(tok, {"by", "of"})
        head = tok.head if tok.dep_ in ("dobj", "nsubjpass") and (tok.head.lemma_ in STAGE_VERBS or _ends(tok.head)) \
            else None
        if head is not None:
            holders += [s_ for s_ in subjects(head) if s_.dep_ != "nsubjpass"] + preps(head, {"by"})
        holders += [o for c in tok.children if c.dep_ == "acl" and c.lemma_ == "lead" for o in preps(c, {"by"})]
        participant, leader = _rebels(holders, cx)
        against = preps(tok, {"against"}) + (preps(head, {"against"}) if head is not None else [])
        verb = head if head is not None else tok.head
    elif tok.pos_ == "VERB" and lemma in MUTINY_VERBS:
        subj = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
        participant, leader = _rebels(subj, cx)
        if lemma != "mutiny" and not participant:
            return []  # "lawmakers rebelled against the party line", "X rebelled": no armed rebellion named
        against = preps(tok, {"against"})
        verb, head = tok, None
    else:
        return []
    target = _uniq([e for o in against for e in cx.entities(o) if e.type in AGAINST_TYPES])
    if not participant and not leader:
        return []
    roles = {k: v for k, v in (("participant", participant), ("ledBy", leader), ("target", target),
                               ("destination", _destination(verb, cx))) if v}
    f = Fact("Mutiny", roles, tokens=[tok.i, *(t.i for o in against for t in o.subtree)], trigger=tok)
    if tok.pos_ == "NOUN" and head is not None and _ends(head):
        f.attrs["status"] = "ended"  # "called off the mutiny": it took place and ended, nothing cancelled before it began
    return [f]
