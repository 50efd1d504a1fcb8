"""A state's force turned on crowds in the street, told without naming one person: "police
fired tear gas and live rounds at protesters, killing at least 19", "troops opened fire on
demonstrators", "hundreds of protesters were detained", "the army was deployed to the
capital". corpus/CLAIMS.md writes these with the kinds the model has for them: the firing
a ``Repression`` (CAMEO 175 'use tactics of violent repression', which PLOVER files under
ASSAULT) with ``perpetrator``, ``target`` the crowd unnamed, ``weapon`` and ``killed``; the arrests a ``Detention`` (CAMEO 173, PLOVER ARREST) of the crowd unnamed;
the soldiers sent a ``Deployment`` (of the named armed forces or an unnamed army); a crowd
clashing with a force, or breaking through its lines, a ``Protest`` with ``clashedWith``
(CAMEO 145 'protest violently, riot'). The dead the clause counts ("at least 12 people were
killed as ...", "22 died when ...") are the fact's ``killed``, and where it was its ``place``.

Who fires or arrests is the named actor of the subject, else the unnamed police or troops
with the state their demonym names ("Kenyan police": ``{actor: unnamed police, for:
Kenya}``); a crowd is never named, so it is written as the text counts it ("hundreds of
unnamed protesters"). Nothing is drafted for a firing only possible, denied or asked about.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import (
    NOT_ACTORS, SAY_VERBS, Context, Fact, _demonym_states, _place_of, _text, _uniq, _unnamed_people, doers, objects,
    preps)
from kg.extract.facts.hits import unreal
from kg.extract.facts.shipping import toll
from kg.extract.quantities import count_of

#: Nouns of people gathered in the street (PLOVER PROTEST's participants).
CROWD_NOUNS = {"protester", "protestor", "demonstrator", "crowd", "marcher", "rioter", "student", "mourner",
               "supporter", "activist", "opponent", "people", "civilian"}
#: Nouns of a state's force that may fire on or detain a crowd, unnamed.
SECURITY_NOUNS = {"police", "policeman", "officer", "troop", "soldier", "army", "military", "gendarme",
                  "gendarmerie", "guard", "force", "forces"}
#: Nouns of what is fired at a crowd (its ``weapon``): "tear gas", "live rounds", "rubber bullets".
FIRED_NOUNS = {"gas", "round", "bullet", "ammunition", "cannon", "grenade", "shot", "pellet", "shell"}


def _crowd(tok: Token | None) -> bool:
    """Whether ``tok`` is a noun of people gathered (:data:`CROWD_NOUNS`)."""
    return tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in CROWD_NOUNS


def _force(subj: Token, cx: Context, nouns: set[str] = SECURITY_NOUNS) -> tuple[list, tuple | None]:
    """Who acts by ``subj``: (the actors it names, None), or ([], (the unnamed force in
    the text's words, the state its demonym or possessor names)) for "Kenyan police",
    "security forces" (a noun of ``nouns``); ([], None) for anything else."""
    named = [e for e in cx.entities(subj) if e.type not in NOT_ACTORS and e.type != "Person"]
    if named:
        return named, None
    if subj.lemma_.lower() not in nouns:
        return [], None
    states = _demonym_states(subj, cx) + [e for c in subj.children if c.dep_ == "poss" for e in cx.entities(c)
                                          if e.type == "State"]
    words = " ".join(t.lower_ for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "poss", "case")
                     and t.i not in cx.at)
    return [], (f"unnamed {words}", states[0] if states else None)


def _count(dead: Token) -> str | int | None:
    """The count of the dead a noun phrase gives ("at least 19", "12 people", "three"):
    a plain number as a number, a bound in its words ("at least 12"); None without one."""
    num = dead if dead.pos_ == "NUM" else next((n for n in dead.children if n.dep_ == "nummod"), None)
    n = count_of(num) if num is not None else None
    if n is None:
        return None
    bound = [t for t in num.subtree if t.i < num.i and not t.is_punct]
    return n if not bound else f"{' '.join(t.lower_ for t in bound)} {n}"


#: Verbs of dying whose subject counts the dead ("12 people died", "were killed").
DIE_VERBS = {"die", "kill"}


def _harmed(verb: Token) -> tuple[dict[str, object], list[int]]:
    """The dead and wounded of a firing or a clash: told by its participles ("..., killing
    at least 19 and wounding 40": :func:`kg.extract.facts.shipping.toll`), or by the clause
    it is the time of ("at least 12 people were killed as protesters clashed with police",
    "22 died when police opened fire": :func:`_clause_dead`): ({'killed': ..., 'wounded':
    ...}, the indices of the words that tell them)."""
    counts, words = toll(verb)
    if "killed" not in counts:
        dead = _clause_dead(verb)
        if dead is not None:
            counts["killed"] = dead[0]
            words = [*words, *dead[1]]
    return counts, words


def _clause_dead(verb: Token) -> tuple[str | int, list[int]] | None:
    """The dead the clause counts that ``verb`` is the time of ("at least 12 people were
    killed as protesters clashed", "two died when police fired"): (the count as
    :func:`_count` gives it; the indices of its words), or None."""
    head = verb.head
    if verb.dep_ == "advcl" and head.lemma_ in DIE_VERBS and head.i < verb.i and \
            any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "after") for m in verb.children) and \
            not any(c.dep_ == "neg" for c in head.children):
        # the passive's subject for 'killed', the subject for 'died' ("who were killed" counts no one)
        dead = [c for c in head.children if c.dep_ == ("nsubjpass" if head.lemma_ == "kill" else "nsubj")]
        n = _count(dead[0]) if dead else None
        if n is not None:
            return n, [*(t.i for t in dead[0].subtree), head.i]
    return None


def crowd_fire_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Police fired tear gas and live rounds at protesters, killing at least 19", "Kenyan
    troops opened fire on demonstrators": a Repression of the crowd (``target`` unnamed in the
    text's words), by who fires (:func:`_force`), ``weapon`` what is fired, ``killed``
    the dead its participle counts. [] when no crowd is fired on, no one is said to fire,
    or the firing is unreal or denied ("could fire", "did not fire")."""
    if tok.pos_ != "VERB" or unreal(tok) or any(c.dep_ == "neg" for c in tok.children):
        return []
    opened = tok.lemma_ == "open" and any(o.dep_ == "dobj" and o.lemma_ == "fire" for o in tok.children)
    if tok.lemma_ != "fire" and not opened:
        return []
    at = [o for o in preps(tok, {"at", "on", "into"}) if _crowd(o)]
    subj = [s for s in doers(tok) if s.dep_ == "nsubj"]
    if not at or not subj:
        return []
    named, unnamed = _force(subj[0], cx)
    if not named and unnamed is None:
        return []
    target, _ = _unnamed_people(at[0], cx)
    # a crowd is of a state only by its demonym ("Kenyan protesters"), not by the town it is in
    party = next(iter(_demonym_states(at[0], cx)), None)
    f = Fact("Repression", {"perpetrator": named} if named else {}, tokens=[tok.i, at[0].i, subj[0].i])
    if unnamed is not None:
        f.qualified["perpetrator"] = unnamed
    f.qualified["target"] = (target, party)
    fired = [o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_.lower() in FIRED_NOUNS]
    weapons = [w for o in fired for w in (o, *o.conjuncts) if w.lemma_.lower() in FIRED_NOUNS]
    if weapons:
        f.attrs["weapon"] = [_text(cx.doc, [t for t in w.subtree if t.i <= w.i and (t.i == w.i or t.dep_ not in (
            "det", "cc", "conj", "punct"))]) for w in weapons]
        if len(weapons) == 1:
            f.attrs["weapon"] = f.attrs["weapon"][0]
    counts, words = _harmed(tok)  # "..., killing at least 19"; "12 were killed when police fired"
    f.attrs.update(counts)
    f.tokens += words
    _put_place(f, tok, at[0], cx)
    return [f]


#: Prepositions of where a crowd was ("in Nairobi", "outside parliament", "across the country").
CROWD_PLACES = ("in", "at", "outside", "near", "across")


def _put_place(f: Fact, verb: Token, crowd: Token, cx: Context, other: Token | None = None) -> None:
    """Put on ``f`` where a crowd event was: the places the 'in', 'at', 'outside' phrases
    of the verb, the crowd or the ``other`` side name (the parser hangs "in Nairobi" on
    any of them: "opened fire on protesters in Nairobi", "clashed with police in
    Nairobi"; "outside parliament in central Nairobi": the site and the city it is in),
    as ``place``; nothing when none is named."""
    heads = [verb, crowd] + ([other] if other is not None else [])
    # "outside parliament in central Nairobi": the city the site is in, told on the site
    heads += [o for h in list(heads) for o in preps(h, set(CROWD_PLACES))]
    place = _uniq([e for h in heads for e in _place_of(h, cx, CROWD_PLACES)])
    if place:
        f.roles["place"] = place


#: Verbs of a crowd clashing with a force ("protesters clashed with police"; CAMEO 145
#: 'protest violently, riot').
CLASH_VERBS = {"clash", "scuffle", "fight", "battle"}


#: Verbs of a crowd breaking through a force's lines ("pushed through police lines"), a clash too.
BREACH_VERBS = {"push", "break", "force", "surge", "storm"}
#: What a force holds a crowd back with.
LINE_NOUNS = {"line", "cordon", "barricade", "barrier"}


def crowd_clash_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Protesters clashed with police in Nairobi", "at least 12 people were killed as
    demonstrators clashed with riot police", "thousands of protesters pushed through police
    lines outside parliament": a Protest (PLOVER PROTEST, CAMEO 145) of the
    crowd unnamed (``participant``), ``clashedWith`` the force it clashed with (named, or
    unnamed in the text's words: corpus/CLAIMS.md, "Clashes at a protest"), where it was,
    and the dead of the clashes as its ``killed`` (:func:`_harmed`). [] when the subject is
    no crowd (armed sides clashing are a conflict, another rule's), the other side no force,
    the clash unreal or denied, or nothing tells the crowd apart (no force named, no place,
    no dead)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CLASH_VERBS | BREACH_VERBS or unreal(tok) or \
            any(c.dep_ == "neg" for c in tok.children):
        return []
    subj = [s for s in doers(tok) if s.dep_ == "nsubj"]
    crowd = subj[0] if subj else None
    if crowd is not None and crowd.lemma_.lower() in ("thousand", "hundred", "dozen") and preps(crowd, {"of"}):
        crowd = preps(crowd, {"of"})[0]  # "thousands of protesters"
    if not _crowd(crowd) or crowd.lemma_.lower() in ("people", "civilian") or cx.entities(crowd):
        return []
    if tok.lemma_ in CLASH_VERBS:
        foes = preps(tok, {"with"})
    else:  # "pushed through police lines": the force whose lines a crowd breaks through
        lines = preps(tok, {"through", "past"})
        if any(c.dep_ == "prt" and c.lower_ in ("through", "past") for c in tok.children):
            lines += [o for o in objects(tok) if o.dep_ == "dobj"]  # "broke through" as one verb
        foes = [c for o in lines if o.lemma_.lower() in LINE_NOUNS
                for c in o.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < o.i]
    if not foes:
        return []
    named, unnamed = _force(foes[0], cx)
    if not named and unnamed is None:
        return []
    f = Fact("Protest", {"clashedWith": named} if named else {}, tokens=[tok.i, *(t.i for t in subj[0].subtree)])
    if unnamed is not None:
        f.qualified["clashedWith"] = unnamed
    # "thousands of mostly young protesters": the count, then 'unnamed', then who they are
    count = [t for t in subj[0].subtree if t.i < crowd.i and t.i not in {x.i for x in crowd.subtree}
             and t.dep_ not in ("det", "poss")]
    who = [t for t in crowd.subtree if t.i <= crowd.i and t.dep_ not in ("det", "poss")]
    words = " ".join(x for x in (_text(cx.doc, count), "unnamed", _text(cx.doc, who)) if x)
    f.qualified["participant"] = (words[:1].lower() + words[1:], None)
    counts, words = _harmed(tok)
    f.attrs.update(counts)
    f.tokens += words
    _put_place(f, tok, crowd, cx, foes[0])
    if not (named or "place" in f.roles or counts):
        return []  # "protesters clashed with police", nowhere and no one named: too vague to draft
    return [f]


#: Verbs of taking a crowd into custody.
CROWD_DETAIN_VERBS = {"arrest", "detain", "round"}


def crowd_detention_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Hundreds of protesters were detained", "Police arrested more than 300 demonstrators",
    "troops rounded up dozens of students": a Detention of the crowd unnamed, as the text
    counts it (``target``), by who arrests them when the subject or 'by' says (:func:`_force`).
    [] for a named person or body held (the rules of detentions draft those), a crowd no
    count or quantity word gives, or a detention unreal or denied."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CROWD_DETAIN_VERBS or unreal(tok) or \
            any(c.dep_ == "neg" for c in tok.children):
        return []
    if tok.lemma_ == "round" and not any(c.lower_ == "up" for c in tok.children):
        return []
    held = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    # "hundreds of protesters": the crowd after 'of' on a count noun; "300 people", counted
    crowd = next((o for h in held for o in [h, *preps(h, {"of"})] if _crowd(o)), None)
    if crowd is None or not held or held[0].i in cx.at or cx.entities(crowd):
        return []
    # "many protesters" counts no one: a crowd held by a force is drafted only as the text counts it
    counted = held[0].i != crowd.i or any(c.dep_ == "nummod" or c.lower_ in ("several", "dozens", "hundreds")
                                          for c in crowd.children)
    if not counted:
        return []
    f = Fact("Detention", {}, tokens=[tok.i, *(t.i for t in held[0].subtree)])
    words = _text(cx.doc, [t for t in held[0].subtree if t.i <= crowd.i and t.dep_ not in ("det", "poss")])
    f.qualified["target"] = (_unnamed_words(words[:1].lower() + words[1:], crowd.text), None)
    subj = [s for s in doers(tok)]
    if subj and subj[0].lower_ in ("they", "we") and tok.dep_ == "ccomp" and tok.head.lemma_ in SAY_VERBS:
        subj = doers(tok.head) or subj  # "Police said they had arrested ...": the force that says it
    if subj:
        named, unnamed = _force(subj[0], cx)
        if named:
            f.roles["initiator"] = named
        elif unnamed is not None:
            f.qualified["initiator"] = unnamed
        else:
            return []
    return [f]


def _unnamed_words(words: str, noun: str) -> str:
    """"hundreds of protesters" -> "hundreds of unnamed protesters": 'unnamed' before the
    crowd's noun, as corpus/CLAIMS.md writes people the text does not name."""
    head, _, _ = words.rpartition(noun)
    return f"{head}unnamed {noun}".strip() if head else f"unnamed {noun}"
