"""Rules of a clash between two states and its truce (CAMEO 19 'fight', 'declare
ceasefire'): the fighting that breaks out between the two sides an article sets
against each other, the dead a side counts ("said it had lost 12 soldiers"), a
ceasefire reached, in force or collapsed, brokered by a third party, and a leaders'
call by telephone. The two sides are read from the article's own words: a border or
a conflict between two states ("the border between X and Y", "the X-Y border"),
never guessed from the states it names most."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.mentions import Known
from kg.extract.quantities import count_of

from kg.extract.facts.common import Context, Fact, _demonym_states, _uniq, doers, preps, subjects


#: Nouns that set two states against each other when both are named with them.
BORDER_NOUNS = {"border", "frontier", "boundary", "frontline", "front"}
#: Nouns of fighting whose outbreak an article tells without naming its sides again.
FIGHT_NOUNS = {"fighting", "clash", "clashes", "hostility", "war", "skirmish", "battle", "shelling", "conflict"}
#: Verbs of fighting starting ("broke out", "erupted", "flared up").
ONSET_VERBS = {"break": "out", "erupt": None, "flare": None, "begin": None, "start": None}
#: Nouns of a ceasefire.
TRUCE_NOUNS = {"ceasefire", "cease-fire", "truce", "armistice"}
#: What becomes of a ceasefire, as the status corpus/CLAIMS.md gives an Agreement: None for
#: one reached or announced (agreed, no status of its own).
TRUCE_VERBS = {"collapse": "ended", "fail": "ended", "unravel": "ended", "break": "ended", "hold": "in force", "reach": None,
               "agree": None, "announce": None, "declare": None, "take": "in force", "come": "in force"}
#: Verbs of a third party bringing a ceasefire about ("mediated by Brazil").
BROKER_VERBS = {"broker", "mediate", "negotiate", "facilitate"}
#: Plural nouns of soldiers an article counts the dead of.
DEAD_NOUNS = {"soldier", "serviceman", "servicemen", "troop", "personnel", "fighter",
              "officer", "conscript", "guard", "border guard"}
#: Classes that name a side, or speak for one (a ministry, a government).
SIDE_TYPES = ("State", "Government", "MilitaryGovernment", "ArmedForces", "Organisation", "Person")


def sides(cx: Context) -> tuple[Known, Known] | None:
    """The two states the article sets against each other: those named with a border or
    a conflict ("the frontier between Chile and Peru", "the Chile-Peru
    border", "fighting between X and Y"), when every such phrase names the same two; else
    None. Computed once per article."""
    if hasattr(cx, "_clash_sides"):
        return cx._clash_sides
    pairs = set()
    found: dict[str, Known] = {}
    for t in cx.doc:
        if t.lemma_.lower() not in BORDER_NOUNS | FIGHT_NOUNS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        near = [w for c in t.children if c.dep_ in ("compound", "nmod", "amod") and c.i < t.i for w in c.subtree]
        near += [w for p in t.children if p.dep_ == "prep" and p.lower_ == "between" for w in p.subtree]
        states = _uniq([cx.at[w.i].entity for w in near if w.i in cx.at and cx.at[w.i].entity.type == "State"
                        and cx.at[w.i].form != "demonym"])
        if len(states) == 2:
            pairs.add(tuple(sorted(e.id for e in states)))
            found.update({e.id: e for e in states})
    cx._clash_sides = (found[next(iter(pairs))[0]], found[next(iter(pairs))[1]]) if len(pairs) == 1 else None
    return cx._clash_sides


def _state(e: Known, cx: Context) -> Known | None:
    if e.type == "Person":
        return cx.person_state.get(e.id)
    return cx.resolver.state_of(e) if e.type != "State" else e


def outbreak_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The fighting erupted on Tuesday": an ArmedConflict of the
    article's two sides (:func:`sides`), starting on the verb's date, when the clause
    names no side of its own (a conflict between named sides is the conflict rules')."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ONSET_VERBS:
        return []
    particle = ONSET_VERBS[tok.lemma_]
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return []
    fights = [s for s in tok.children if s.dep_ == "nsubj" and s.lemma_.lower() in FIGHT_NOUNS]
    pair = sides(cx)
    if not fights or pair is None or any(p.dep_ == "prep" and p.lower_ in ("between", "with", "in")
                                         for p in fights[0].children):
        return []
    f = Fact("ArmedConflict", {"participant": list(pair)}, tokens=[tok.i, fights[0].i])
    f.take_date(cx.date_of(tok), "startDate")
    return [f]


def toll_rules(tok: Token, cx: Context) -> list[Fact]:
    """A side's dead in the article's conflict: "30 Chilean troops had been killed"
    (passive, no killer named), "said it had lost 12 soldiers": ``killed`` on the
    ArmedConflict of the article's two sides, as corpus/CLAIMS.md writes a war's toll,
    said by whoever gives the figure; the state the dead served (a demonym on them, or
    the state of who lost them) must be one of the two sides."""
    pair = sides(cx)
    if pair is None or tok.pos_ != "VERB":
        return []
    if tok.lemma_ == "kill" and any(c.dep_ == "auxpass" for c in tok.children) and \
            not any(c.dep_ == "agent" for c in tok.children):
        dead = [c for c in tok.children if c.dep_ == "nsubjpass"]
        whose = [st for d in dead for c in d.children if c.dep_ in ("amod", "compound") and c.i in cx.at
                 and cx.at[c.i].form == "demonym" for st in [cx.at[c.i].entity]]
    elif tok.lemma_ == "lose":
        dead = [c for c in tok.children if c.dep_ == "dobj"]
        whose = [st for s_ in doers(tok) for e in cx.entities(s_) if e.type in SIDE_TYPES
                 for st in [_state(e, cx)] if st is not None]
    else:
        return []
    if len(dead) != 1 or dead[0].lemma_.lower() not in DEAD_NOUNS and dead[0].lower_ not in DEAD_NOUNS:
        return []
    n = next((count_of(c) for c in dead[0].children if c.dep_ == "nummod" and count_of(c)), None)
    whose = _uniq(whose)
    if n is None or len(whose) != 1 or whose[0].id not in {e.id for e in pair}:
        return []
    # the state they served stays in the quote: 'killedPeople' is an attack's key, not a war's
    f = Fact("ArmedConflict", {"participant": list(pair)}, tokens=[tok.i, *[t.i for t in dead[0].subtree]], undated=True)
    f.attrs["killed"] = n
    return [f]


def truce_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ceasefire between the article's two sides whose clause names neither: "a
    truce has been agreed", "A ceasefire mediated by Brazil on Sunday broke down the
    next day", "A truce declared by Lima has calmed the area": an Agreement of the two sides (its subject the noun), status 'ended' for
    one that collapsed or failed, 'in force' for one that holds or took effect, the third
    party that brokered it as ``mediator``, dated by the words on its brokering or its
    verb. A ceasefire whose parties the clause names is the agreement rules'."""
    pair = sides(cx)
    if pair is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in TRUCE_NOUNS:
        return []
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = tok.head
    acls = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in BROKER_VERBS | {"announce", "agree", "reach", "declare"}]
    if verb.lemma_ not in TRUCE_VERBS and not acls:
        return []
    if verb.lemma_ == "take" and not any(o.lower_ == "effect" for o in verb.children if o.dep_ == "dobj"):
        return []
    if verb.lemma_ == "come" and not any(p.lower_ == "into" for p in verb.children):
        return []
    if verb.lemma_ == "break" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return []
    if any(p.dep_ == "prep" and p.lower_ in ("between", "with") for p in tok.children):
        return []
    f = Fact("Agreement", {"party": list(pair)}, tokens=[tok.i, verb.i])
    f.attrs["subject"] = tok.lower_
    f.attrs["_event"] = True  # one truce told in several sentences is one fact (its date or mediator tells another)
    status = TRUCE_VERBS.get(verb.lemma_)
    if status:
        f.attrs["status"] = status
    brokers = [e for a in acls if a.lemma_ in BROKER_VERBS for ag in a.children if ag.dep_ == "agent"
               for o in ag.children if o.dep_ == "pobj" for e in cx.entities(o)]
    brokers = [st for e in brokers for st in [_state(e, cx) or e] if st.id not in {p.id for p in pair}
               and st.type not in ("City", "Place", "Region")]
    if brokers:
        f.roles["mediator"] = _uniq(brokers)
    for a in acls:
        f.tokens += [t.i for t in a.subtree]
        date, toks = cx.date_of(a)
        if date and "date" not in f.attrs:
            f.attrs["date"] = date
            f.tokens += toks
    if "date" not in f.attrs and status == "ended":
        f.undated = True  # "broke down the next day": the day it ended is not the day it was agreed
    return [f]


#: The means of a call, and the meetingMode it gives.
CALL_MEANS = {"phone": "by telephone", "telephone": "by telephone", "video": "by video link", "videolink": "by video link"}


def phone_call_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Ashby later talked by telephone with Kesh Amon on Friday", where the parser hangs
    the 'with' on the means rather than on the verb: a Meeting of the subject and those
    after 'with', ``meetingMode`` from the means (the call rules read the 'with' on the
    verb)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("speak", "talk", "confer"):
        return []
    means = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("by", "over", "via", "on")
             for o in p.children if o.dep_ == "pobj" and o.lower_ in CALL_MEANS]
    if len(means) != 1:
        return []
    others = [e for o in preps(means[0], {"with"}) for e in cx.entities(o)]
    if not others:
        return []
    people = _uniq([e for s_ in doers(tok) for e in cx.entities(s_)] + others)
    people = [e for e in people if e.type in ("Person", "State", "Government")]
    if len(people) < 2:
        return []
    f = Fact("Meeting", {"participant": people}, tokens=[tok.i, means[0].i])
    f.attrs["meetingMode"] = CALL_MEANS[means[0].lower_]
    return [f]


#: Prepositions of a call told as what came before the main clause ("After a call with X, Y said").
BEFORE_PREPS = {"after", "following"}


def call_before_rules(tok: Token, cx: Context) -> list[Fact]:
    """"After what he described as a lengthy call with Tor Ashby, Kesh Amon said ...",
    "Following a phone call with X, Y announced ...": a Meeting by telephone of the
    one person the main clause's subject names and those after 'with' (a call, unless
    its words say video). Undated: the main clause's date is what came after it."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in ("call", "conversation"):
        return []
    means = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    mode = next((CALL_MEANS[c.lower_] for c in means if c.lower_ in CALL_MEANS), None)
    if mode is None and (tok.lemma_ != "call" or any(c.lower_ in ("conference", "video") for c in means)):
        return []
    others = [e for o in preps(tok, {"with"}) for e in cx.entities(o) if e.type in ("Person", "State")]
    node, verb = tok, None
    for _ in range(5):
        if node.dep_ == "prep" and node.lower_ in BEFORE_PREPS and node.head.pos_ == "VERB":
            verb = node.head
            break
        if node.head.i == node.i:
            break
        node = node.head
    if not others or verb is None:
        return []
    callers = [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_) if e.type == "Person"]
    people = _uniq(callers + others)
    if len(callers) != 1 or len(people) < 2:
        return []
    said = [t.i for s_ in subjects(verb) if s_.dep_ == "nsubj" for t in s_.subtree]
    f = Fact("Meeting", {"participant": people}, tokens=[t.i for t in tok.subtree] + said, undated=True, clause=False)
    f.attrs["meetingMode"] = mode or "by telephone"
    return [f]


CLASH_RULES = (outbreak_rules, toll_rules, truce_rules, phone_call_rules, call_before_rules)
CLASH_TRIGGERS = set(ONSET_VERBS) | TRUCE_NOUNS | {"kill", "lose", "speak", "talk", "confer", "call", "conversation"}


#: Verbs of a side asking another for help ("asked Germany for military assistance",
#: "appealed to the European Union"); "turned to Germany for security assistance" tells
#: a shift of partners more than a request, and is left alone.
HELP_VERBS = {"ask", "appeal"}
#: What a side asks another for when it asks for help.
HELP_NOUNS = {"help", "support", "assistance", "aid", "backing", "protection", "intervention", "weapons", "arms",
              "troops", "reinforcements"}


def _subject_side(verb: Token, cx: Context, read: dict[str, str]) -> list[Known]:
    """Who asks: the subject's entities, or, for "his government" / "its government",
    the state of the person or body the possessive stands for (how, in ``read``)."""
    out = []
    for s_ in doers(verb):
        named = [e for e in cx.entities(s_) if e.type not in ("Person", "City", "Place", "Region")]
        if named:
            out += named
            continue
        if s_.lemma_ in ("government", "country", "leadership", "administration"):
            for c in s_.children:
                if c.dep_ == "poss" and c.i in cx.at:
                    st = _state(cx.at[c.i].entity, cx)
                    if st is not None:
                        out.append(st)
                        read[st.id] = f"'{c.text} {s_.text}': the state of {cx.at[c.i].entity.id}"
    return _uniq(out)


def help_request_rules(tok: Token, cx: Context) -> list[Fact]:
    """A side's request for help (CAMEO 02 'appeal', 'request military aid'): "his
    government had asked Germany for military assistance", "had also appealed to the
    European Union": an Appeal by the state that
    asks (a possessive "his government" standing for the state of whom it names) to
    the state or organisation asked, what for as its subject. An appeal whose subject is
    named is the statement rules' (they read 'appeal'; 'ask' they leave alone, as a
    question asked is no appeal: here it takes 'for' and a noun of help)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in HELP_VERBS:
        return []
    named_subject = any(cx.entities(s_) for s_ in doers(tok))
    if tok.lemma_ == "ask":
        asked = [o for o in tok.children if o.dep_ in ("dobj", "dative")]
        wanted = [o for o in preps(tok, {"for"}) if o.lemma_.lower() in HELP_NOUNS]
        if not wanted:
            return []
    else:
        if named_subject and tok.lemma_ == "appeal":
            return []  # the statement rules draft it
        asked = preps(tok, {"to"})
        wanted = [o for o in preps(tok, {"for"}) if o.lemma_.lower() in HELP_NOUNS]
    about = [e for o in asked for e in cx.entities(o)
             if e.type in ("State", "Government", "InternationalOrganisation", "Organisation", "MilitaryAlliance")]
    read: dict[str, str] = {}
    speaker = _subject_side(tok, cx, read)
    speaker = [e for e in speaker if e.id not in {a.id for a in about}]
    if not (about and speaker):
        return []
    f = Fact("Appeal", {"speaker": speaker, "about": _uniq(about)}, tokens=[tok.i], statement=True, said=True)
    if len(speaker) == 1 and speaker[0].id in read:
        f.read_as["speaker"] = read[speaker[0].id]
    if wanted:
        w = wanted[0]
        f.attrs["subject"] = cx.doc[w.left_edge.i:w.i + 1].text  # "military support", without what follows
        f.tokens.append(w.i)
    return [f]


CLASH_RULES = CLASH_RULES + (help_request_rules,)
CLASH_TRIGGERS = CLASH_TRIGGERS | HELP_VERBS


# --- roles the rules of other kinds leave open, filled from the article's other facts ---------

#: Nouns of a state's allies ("pressing Berlin and its allies").
ALLY_NOUNS = {"ally", "allies", "partner", "partners"}


def _led_by(cx: Context, state: Known) -> list[Known]:
    """The organisations the article calls led by ``state`` ("the German-led European
    Union")."""
    out = []
    for m in cx.mentions:
        if m.entity.type in ("State", "Person", "City", "Place", "Region"):
            continue
        head = cx.doc[m.end - 1]
        for c in head.children:
            if c.dep_ == "amod" and c.lower_ == "led" and any(w.i in cx.at and cx.at[w.i].entity.id == state.id
                                                                 for w in c.subtree):
                out.append(m.entity)
    return _uniq(out)


def clash_roles(found: list[Fact], cx: Context) -> list[Fact]:
    """Roles another kind's rules leave open, from the article's other facts and words:
    the allies an appeal is made to ("pressing Berlin and its allies": the
    alliance the article calls led by that state); the envoy a state recalls ("recalling
    its envoy": the one person the article names as that state's ambassador, and the
    state that expelled him as where he is recalled from)."""
    for f in found:
        if f.type == "Appeal" and f.trigger is not None and "about" in f.roles:
            allies = [c for o in f.trigger.children if o.dep_ in ("dobj", "pobj") for c in [o, *o.conjuncts]
                      if c.lemma_.lower() in ALLY_NOUNS and any(p.dep_ == "poss" and p.lower_ in ("its", "their")
                                                                for p in c.children)]
            if allies and len(f.roles["about"]) == 1:
                st = _state(f.roles["about"][0], cx) or f.roles["about"][0]
                led = _led_by(cx, st)
                if len(led) == 1:
                    f.roles["about"] = _uniq(f.roles["about"] + led)
                    f.read_as["about"] = f"'{cx.doc[allies[0].left_edge.i:allies[0].i + 1].text}': " \
                                         f"{led[0].id}, which the article calls led by {st.id}"
        if f.type == "EnvoyRecall" and "recalled" in f.qualified and "recalled" not in f.roles:
            words, state = f.qualified["recalled"]
            if state is None or words.split()[-1] not in ("ambassador", "envoy"):
                continue
            held = _uniq([p.roles["holder"][0] for p in found if p.type == "PositionHeld"
                          and p.attrs.get("position") == "ambassador" and p.attrs.get("status") != "ended"
                          and [e.id for e in p.roles.get("positionOf", [])] == [state.id]])
            if len(held) != 1:
                continue
            f.roles["recalled"] = held
            del f.qualified["recalled"]
            if "recalledFrom" not in f.roles:
                away = _uniq([e for x in found if x.type == "DiplomaticExpulsion" and held[0] in x.roles.get("target", [])
                              for e in x.roles.get("initiator", []) if e.type == "State"])
                if len(away) == 1:
                    f.roles["recalledFrom"] = away
    return found


#: Nouns of the fighters a side counts among its own or the other side's dead.
SIDE_DEAD_NOUNS = DEAD_NOUNS | {"militant", "rebel", "insurgent", "militiaman", "combatant"}


def _side_dead(verb: Token, speaker: list[Known], cx: Context) -> tuple[str, Known] | None:
    """One side's dead a clause counts: "23 of its soldiers were killed", "more than 200
    Taliban militants died" (a passive 'kill' with no killer named, or 'die'): (the dead
    unnamed as counted, "23 unnamed soldiers"; the side they fought for: the speaker's for
    'its'/'their', else the actor named or the state a demonym names on the noun), or None."""
    if not (verb.lemma_ == "die" or verb.lemma_ == "kill" and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children)):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    # the count on the noun or on a name before it ("more than 200 Taliban and allied militants")
    noun, num = subj, next((c for c in subj.subtree if c.dep_ == "nummod" and c.i < subj.i), None)
    if subj.pos_ == "NUM":  # "23 of its soldiers"
        noun = next((o for o in preps(subj, {"of"}) if o.pos_ == "NOUN"), None)
        num = subj
    if noun is None or num is None or count_of(num) is None or noun.lemma_.lower() not in SIDE_DEAD_NOUNS:
        return None
    count = " ".join([*(t.lower_ for t in num.subtree if t.i < num.i and not t.is_punct), str(count_of(num))])
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        side = speaker[0] if speaker else None
        words = noun.lower_
    else:
        named = [cx.at[t.i].entity for t in noun.subtree if t.i < noun.i and t.i in cx.at]
        side = _state(named[0], cx) if named and named[0].type == "State" or named and cx.at[
            next(t.i for t in noun.subtree if t.i in cx.at)].form == "demonym" else (named[0] if named else None)
        words = " ".join(t.text for t in noun.subtree if num.i < t.i <= noun.i and not t.is_punct)
    if side is None:
        return None
    return f"{count} unnamed {words}", side


def side_toll_rules(tok: Token, cx: Context) -> list[Fact]:
    """A speaker's toll of both sides of a fight: "The Pakistani military said 23 of its
    soldiers were killed and that more than 200 Taliban militants died": the
    ArmedConflict of the two sides with ``killedPeople`` for each (``{actor: 23 unnamed
    soldiers, of: Pakistan}``), as corpus/CLAIMS.md writes a toll by side (no ``killed``,
    the whole war's toll), said by the speaker. The parties are the article's two sides
    (:func:`sides`) when known, else the two sides the tolls name; nothing when the tolls
    name fewer than two sides and the article none."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("say", "report", "claim"):
        return []
    speaker = [e for s in tok.children if s.dep_ == "nsubj" for e in cx.entities(s) or _demonym_states(s, cx)
               if e.type in SIDE_TYPES]
    speaker = [_state(e, cx) or e for e in speaker]
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [x for c in clauses for x in c.conjuncts]
    tolls = [t for c in clauses for t in [_side_dead(c, speaker, cx)] if t is not None]
    if not tolls:
        return []
    pair = sides(cx)
    parties = list(pair) if pair is not None else _uniq([side for _, side in tolls])
    if len(parties) != 2 or any(side.id not in {p.id for p in parties} for _, side in tolls):
        return []
    f = Fact("ArmedConflict", {"party": parties}, tokens=[tok.i, *(c.i for c in clauses)], undated=True,
             voiced_by=speaker)
    f.attrs["killedPeople"] = [{"actor": actor, "of": side.id} for actor, side in tolls]
    return [f]
