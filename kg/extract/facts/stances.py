"""Stances toward another's act, and where a party stands: a state that defends another's
invasion backs it ("Peru rushed to defend Chile's invasion of Bolivia"); a speaker who
calls sanctions illegitimate rejects them; facing scrutiny for alleged crimes, or drawing
international criticism for one's act, is being accused; "viewed as pariahs by X" is X's
assessment; a person "representing" a body holds a post in it; a person in attendance at
an event abroad, or meeting someone in another state's city, visits that state; "another
visit" repeats the visits told before; "with X being a provider of gas" supplies the one
who depends on X; a supplier the sentence names without a recipient supplies the party
its sentence says it supports; a military coup that ousted a government was carried out
by that state's armed forces.

Each rule takes a trigger token and the document's :class:`~kg.extract.facts.common.Context`
and returns the facts it drafts (a list, empty when its construct is not there); the
passes over drafted facts take and return the list of facts. None raises. Each reads the
dependency parse of ``en_core_web_sm``; the kinds are those of
``ontology/geopolitics.ttl`` (``StatementOfSupport``, ``Rejection``, ``Accusation``,
``Assessment``, ``PositionHeld``, ``Ceremony``, ``Visit``, ``Supply``, ``ArmsTransfer``,
``SeizureOfPower``), keyed as ``corpus/CLAIMS.md`` writes them.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.mentions import Known
from kg.extract import lexicon
from kg.ontology import vocabulary
from kg.extract.facts.diplomacy import ARRIVE_VERBS, TRAVEL_VERBS, _fact_referred, _host_states
from kg.extract.facts.common import (
    COMMODITIES, GOVERNMENT_TYPES, NOT_ACTORS, SAY_VERBS, WEAPONS, Context, Fact, _place_of, _uniq, civil_craft, objects, preps, subjects,
)

#: Verbs of standing up for an act of another (PLOVER SUPPORT, CAMEO 051 "praise or
#: endorse"): "defended Russia's invasion", "justified China's crackdown". Praise of an act
#: ("hailed", "applauded") is left to the praise rules.
DEFEND_VERBS = {"defend", "justify", "endorse"}
#: Nouns of an act a party does to others, whose defence is a statement of support for the
#: party that does it (its possessor), not for a party it is done to.
ACT_NOUNS = {"invasion", "annexation", "war", "offensive", "occupation", "incursion", "operation", "action",
             "crackdown", "strike", "attack", "intervention", "campaign", "policy", "decision", "move", "conduct"}


def defend_act_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Myanmar leapt at the opportunity to defend Russia's invasion of Ukraine', 'Chile
    justified Peru's crackdown': a StatementOfSupport (speaker: who defends; about: the
    act's possessor, a state, body or person), the trigger the verb. An act no one owns
    ("defended the invasion") names no one backed: nothing."""
    if tok.pos_ != "VERB" or tok.lemma_ not in DEFEND_VERBS:
        return []
    acts = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_ in ACT_NOUNS]
    acts += [c for o in acts for c in o.conjuncts if c.lemma_ in ACT_NOUNS]
    about = [e for o in acts for c in o.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)
             if e.type not in NOT_ACTORS]
    speaker = [e for s_ in subjects(tok) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    about = [e for e in _uniq(about) if e.id not in {s_.id for s_ in speaker}]
    if not (speaker and about):
        return []
    return [Fact("StatementOfSupport", {"speaker": _uniq(speaker), "about": about}, tokens=[tok.i, *(o.i for o in acts)],
                 statement=True, said=True)]


#: Words by which a speaker denies sanctions their right: "the illegitimate sanctions".
UNLAWFUL_WORDS = {"illegitimate", "illegal", "unlawful", "unjust", "unjustified", "unfair"}
#: Nouns of measures a speaker may reject so.
MEASURE_NOUNS = {"sanction", "sanctions", "embargo", "tariff", "restriction"}


def rejected_measure_rules(tok: Token, cx: Context) -> list[Fact]:
    """'"Despite the illegitimate sanctions against Russia and Myanmar, our trade is
    growing," Mishustin said': a Rejection (CAMEO 12 'reject') of the measures by the
    speaker of the words that call them so (the subject of the verb of saying the
    measures' clause is reported by), about those who impose them when the words name
    them ("illegal sanctions by the West"). The narrator's own adjective, with no verb of
    saying above it, is no one's rejection: nothing."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in MEASURE_NOUNS or \
            not any(c.dep_ == "amod" and c.lower_ in UNLAWFUL_WORDS for c in tok.children):
        return []
    say = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_ in SAY_VERBS), None)
    if say is None:
        return []
    speaker = [e for s_ in subjects(say) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    if not speaker:
        return []
    imposers = [e for p in tok.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                for o in p.children if o.dep_ == "pobj" for e in cx.entities(o)]
    roles = {"speaker": _uniq(speaker)}
    if imposers:
        roles["about"] = _uniq(imposers)
    words = [c.i for c in tok.children if c.dep_ == "amod" and c.lower_ in UNLAWFUL_WORDS]
    return [Fact("Rejection", roles, tokens=[tok.i, *words], clause=False)]


#: Verbs of being under a charge: "faces scrutiny for", "confronts accusations over".
FACE_VERBS = {"face", "confront"}
#: Nouns of wrongs alleged: "alleged crimes", "alleged abuses".
WRONG_NOUNS = {"crime", "abuse", "atrocity", "violation", "fraud", "corruption", "genocide", "misconduct",
               "wrongdoing", "torture", "killing", "persecution"}


def alleged_wrong_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Hlaing faces scrutiny and potential legal action for alleged crimes against the
    Rohingya', 'Tor Ashby confronts questions over alleged abuses': an Accusation about
    the subject of the verb of facing, its subject the wrong alleged (the noun phrase of
    'alleged'), the trigger the word 'alleged'. Who alleges it the sentence does not say:
    no speaker."""
    if tok.lower_ != "alleged" or tok.dep_ != "amod" or tok.head.lemma_ not in WRONG_NOUNS:
        return []
    wrong = tok.head
    face = next((a for a in wrong.ancestors if a.pos_ == "VERB"), None)
    if face is None or face.lemma_ not in FACE_VERBS:
        return []
    about = [e for s_ in subjects(face) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    if not about:
        return []
    words = cx.doc[tok.i:wrong.right_edge.i + 1].text
    return [Fact("Accusation", {"about": _uniq(about)}, {"subject": words}, tokens=[face.i, tok.i, wrong.i],
                 clause=False)]


def representative_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Nay Phone Latt, representing Myanmar's opposition National Unity Government,
    explained ...': a PositionHeld of the person named before the participle for the
    body (an organisation or government, not a state: a person representing a state is
    an envoy the title rules read) it governs, as ``spokesperson`` when the clause the
    person is the subject of is a verb of saying (one who speaks for the body), else
    ``envoy``."""
    if tok.lemma_ != "represent" or tok.tag_ != "VBG" or tok.dep_ != "acl":
        return []
    m = cx.at.get(tok.head.i)
    if m is None or m.entity.type != "Person":
        return []
    bodies = [e for o in tok.children if o.dep_ == "dobj" for e in cx.entities(o, conj=False)
              if e.type not in ("Person", "State") + NOT_ACTORS]
    if len(bodies) != 1:
        return []
    verb = tok.head.head
    position = "spokesperson" if verb.lemma_ in SAY_VERBS or verb.lemma_ in ("explain", "elaborate") else "envoy"
    return [Fact("PositionHeld", {"holder": [m.entity], "positionOf": bodies}, {"position": position, "title": "representative"},
                 tokens=[m.start, tok.i, *(o.i for o in tok.children if o.dep_ == "dobj")], clause=False)]


#: For a kind of fact whose recipient the sentence leaves out, the kind of fact of the
#: same sentence whose actor role gives it, and the roles read: actor, other party.
PARTNER_ROLES = {("ArmsTransfer", "recipient"): ("Support", "supporter", "supported"),
                 ("Supply", "recipient"): ("Support", "supporter", "supported")}


def sentence_partners(found: list[Fact]) -> list[Fact]:
    """A transfer whose recipient its sentence leaves out ("Myanmar has been supported by
    Russia and China, with Russia serving as a key arms supplier") takes the one party
    that a support drafted from the same sentence says its supplier supports (Myanmar).
    A fact the sentence gives no such partner is left as it is (the article's other
    facts may still fill it)."""
    for f in found:
        key = (f.type, f.open_role)
        if key not in PARTNER_ROLES or f.trigger is None:
            continue
        kind, actor, other = PARTNER_ROLES[key]
        mine = {e.id for es in f.roles.values() for e in es}
        sent = f.trigger.sent
        given = _uniq([e for g in found if g.type == kind and g.trigger is not None and g.trigger.sent == sent
                       and {x.id for x in g.roles.get(actor, [])} & mine for e in g.roles.get(other, [])])
        if len(given) == 1 and given[0].id not in mine:
            f.roles[f.open_role] = given
            f.open_role = None
    return found


#: Words that set an actor among others of its kind ("the only Southeast Asian government
#: to do so", "one of the first countries to voice support").
RANK_WORDS = {"only", "first", "sole", "last"}
#: Kinds of actor such words name: a state, or the government that speaks for it.
STATE_WORDS = {"country", "state", "nation"}
GOVERNMENT_WORDS = {"government", "regime", "administration", "junta"}


def _government_of(state: Known, cx: Context) -> Known | None:
    """The government (or military government) of ``state``: the one the registry gives
    it, or of several (a junta and the government it deposed) the one the article names;
    else None."""
    govs = [e for e in cx.resolver.registry.entities.values() if e.of == state.id and e.type in GOVERNMENT_TYPES]
    if len(govs) > 1:
        named = {m.entity.id for m in cx.mentions}
        govs = [e for e in govs if e.id in named]
    return Known(govs[0].id, govs[0].type, govs[0].label, state=state.id) if len(govs) == 1 else None


def described_speakers(found: list[Fact], cx: Context) -> list[Fact]:
    """The speaker of a statement its sentence sets among others of a kind: "Moscow was
    one of the first countries to voice support" is Russia, the state ("Moscow" alone
    would be its government); "Myanmar leapt at the opportunity to defend Russia's
    invasion, the only Southeast Asian government to do so" is Myanmar's government, when
    the registry gives the state one. The kind is a noun of :data:`STATE_WORDS` or
    :data:`GOVERNMENT_WORDS` with an adjective of :data:`RANK_WORDS`, after the trigger
    in its sentence."""
    for f in found:
        if f.trigger is None or not f.roles.get("speaker") or f.type not in ("StatementOfSupport", "Rejection",
                                                                             "Criticism", "Praise"):
            continue
        t = f.trigger
        kinds = [w.lemma_ for w in t.doc[t.i + 1:t.sent.end] if w.pos_ == "NOUN" and
                 any(c.dep_ == "amod" and c.lower_ in RANK_WORDS for c in w.children) and
                 w.lemma_ in STATE_WORDS | GOVERNMENT_WORDS and w.i not in cx.at]
        kinds += [w.lemma_ for w in t.doc[t.sent.start:t.i] if w.lemma_ in STATE_WORDS and w.dep_ == "pobj" and
                  w.head.lower_ == "of" and w.head.head.lemma_ == "one" and w in t.ancestors]
        if len(set(kinds)) != 1:
            continue
        if kinds[0] in STATE_WORDS:
            f.roles["speaker"] = _uniq([cx.resolver.state_of(e) or e if e.type in GOVERNMENT_TYPES else e
                                        for e in f.roles["speaker"]])
        else:
            f.roles["speaker"] = _uniq([_government_of(e, cx) or e if e.type == "State" else e
                                        for e in f.roles["speaker"]])
    return found


#: Nouns of censure for an act: "international rebuke for its mishandling of opposition
#: figures", "condemnation over its use of force".
CENSURE_NOUNS = {"rebuke", "condemnation", "censure", "outcry", "opprobrium", "criticism", "denunciation"}


def censure_rules(tok: Token, cx: Context) -> list[Fact]:
    """'increasing international rebuke for its mishandling of opposition figures',
    'condemnation by Chile over Peru's use of force': an Accusation (the act censured is
    what the party is accused of), about the possessor of the act (a possessive or 'its'
    read as the clause's subject), by those 'by' or 'from' name, or the international
    community when 'international' qualifies the censure and the registry has it. Either
    side named is enough; neither, nothing."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in CENSURE_NOUNS:
        return []
    acts = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "over") for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    about = [e for o in acts for c in o.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)
             if e.type not in NOT_ACTORS]
    speaker = [e for p in tok.children if p.dep_ == "prep" and p.lower_ in ("by", "from") for o in p.children
               if o.dep_ == "pobj" for e in cx.entities(o) if e.type not in NOT_ACTORS]
    if not speaker and any(c.dep_ == "amod" and c.lower_ == "international" for c in tok.children):
        community = cx.resolver.entity_known("international community")
        speaker = [community] if community is not None else []
    about = [e for e in _uniq(about) if e.id not in {s_.id for s_ in speaker}]
    if not acts or not (about or speaker):
        return []
    roles = {k: v for k, v in (("speaker", _uniq(speaker)), ("about", about)) if v}
    act = acts[0]
    return [Fact("Accusation", roles, {"subject": cx.doc[act.left_edge.i:act.right_edge.i + 1].text},
                 tokens=[tok.i, *(c.i for c in tok.children if c.dep_ == "amod"), act.left_edge.i, act.right_edge.i],
                 clause=False)]


#: Verbs of a view held of someone ("viewed as pariahs by the United States").
VIEW_AS_VERBS = {"view", "see", "regard", "perceive", "consider"}
#: Quantifiers of part of a group ("most of the West").
PART_WORDS = {"most", "much", "many", "all", "part"}


def viewed_as_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Moscow and Naypyidaw, both viewed as pariahs by the United States and most of the
    West': an Assessment (a speaker's judgement) by those the passive's agent names
    ("most of the West": the West), about its subject when a name is its subject, or the
    two names joined right before a subject 'both'. No agent named, no one judges:
    nothing."""
    if tok.pos_ != "VERB" or tok.lemma_ not in VIEW_AS_VERBS or tok.tag_ not in ("VBN", "VBD") or \
            not any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return []
    agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not agents:
        return []
    # "by the United States and most of the West": the parser may hang the second on the verb
    parts = [c for c in tok.children if c.dep_ == "conj" and c.lower_ in PART_WORDS]
    agents += [o for c in parts for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    speaker = _uniq([e for o in agents for e in cx.entities(o) if e.type not in NOT_ACTORS])
    if not speaker:
        return []
    subj = [s_ for s_ in tok.children if s_.dep_ in ("nsubj", "nsubjpass")]
    about = [cx.at[s_.i].entity for s_ in subj if s_.i in cx.at]
    for s_ in subj:
        # "Moscow and Naypyidaw, both viewed as ...": 'both' is the pair named right before it
        before = cx.doc[s_.i - 2] if s_.i > 1 and cx.doc[s_.i - 1].is_punct else None
        if s_.lower_ == "both" and before is not None and before.dep_ == "conj" and before.i in cx.at:
            about += cx.entities(before.head)
    about = [e for e in _uniq(about) if e.type not in NOT_ACTORS and e.id not in {x.id for x in speaker}]
    roles = {"speaker": speaker, **({"about": about} if about else {})}
    return [Fact("Assessment", roles, tokens=[tok.i, *(a.i for a in agents)], statement=True)]


# --- being there: attending an event, meeting abroad ------------------------------------

#: Nouns of an event one attends: ceremonies and gatherings.
EVENT_NOUNS = {"ceremony", "parade", "inauguration", "funeral", "commemoration", "celebration", "summit", "forum",
               "conference", "festival", "games", "coronation", "procession"}


def _where(heads: list[Token], cx: Context) -> tuple[list[Known], Known] | None:
    """The places the 'in' / 'at' phrases of ``heads`` name and the one state they lie in
    (a state, its capital or seat of power, a place the registry puts in a state: see
    :func:`~kg.extract.facts.diplomacy._host_states`), else None."""
    objs = [o for h in heads for o in preps(h, {"in", "at"})]
    states = _host_states(objs, cx)
    if len(states) != 1:
        return None
    return [e for h in heads for e in _place_of(h, cx, ("in", "at"))], states[0]


def _abroad(person: Known, state: Known, cx: Context) -> bool:
    """Whether ``person`` acts for a known state other than ``state`` (a visitor there)."""
    own = cx.person_state.get(person.id)
    return own is not None and own.id != state.id


def attendance_rules(tok: Token, cx: Context) -> list[Fact]:
    """'... would participate in the military parade in Moscow on May 9 to commemorate
    ..., with Hlaing also in attendance': the person 'with X in attendance' names takes
    part in the event of the clause it hangs on (a Ceremony for a parade or ceremony, at
    its place, on its clause's date), and visits the state of that place when the
    article gives the person another state (a Visit, hostState that state, the city its
    place)."""
    if tok.lower_ != "attendance" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return []
    who_tok = tok.head.head
    if who_tok.dep_ == "pobj" and who_tok.head.lower_ == "with":
        verb = who_tok.head.head
    else:  # "..., with X also in attendance": the parser may hang 'in attendance' on the verb beside 'with X'
        verb = who_tok
        who_tok = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and p.i < tok.i
                        for o in p.children if o.dep_ == "pobj"), None)
        if who_tok is None:
            return []
    who = [e for e in cx.entities(who_tok) if e.type == "Person"]
    event = None
    for _ in range(3):  # the clause 'with' hangs on, or the clause that one tells the purpose of
        event = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                      for o in p.children if o.dep_ == "pobj" and o.lemma_ in EVENT_NOUNS), None) or \
            next((o for o in verb.children if o.dep_ == "dobj" and o.lemma_ in EVENT_NOUNS), None)
        if event is not None or verb.head.i == verb.i:
            break
        verb = verb.head
    if not who or event is None:
        return []
    toks = [who_tok.i, tok.i, event.i]
    out = []
    where = _where([event], cx) or _where([verb], cx)
    places = where[0] if where else []
    if event.lemma_ in ("ceremony", "parade", "inauguration", "funeral", "commemoration", "celebration",
                        "coronation", "procession"):
        f = Fact("Ceremony", {"participant": who}, tokens=list(toks), clause=False, split=False)
        if places:
            f.roles["place"] = places
        f.take_date(cx.date_of(verb))
        out.append(f)
    if where is not None:
        for person in who:
            if _abroad(person, where[1], cx):
                narrow = [e for e in places if e.type != "State"]  # a place, not the state visited again
                v = Fact("Visit", {"visitor": [person], "hostState": [where[1]], **({"place": narrow} if narrow else {})},
                         tokens=list(toks), clause=False)
                v.take_date(cx.date_of(verb))
                out.append(v)
    return out


#: Verbs and nouns that state a journey: a meeting abroad is a visit only where they tell it.
JOURNEY_VERBS = TRAVEL_VERBS | ARRIVE_VERBS | {"visit", "tour", "come"}
JOURNEY_NOUNS = {"visit", "trip", "journey", "tour", "arrival", "stay", "stopover"}


def _travelled(person: Known, meet: Token, cx: Context) -> bool:
    """Whether the sentence of the verb ``meet`` says that ``person`` travelled
    (:data:`JOURNEY_VERBS`, :data:`JOURNEY_NOUNS`) or came for an event held there (met
    "on the sidelines of a forum", "at a summit": :data:`EVENT_NOUNS`, as
    :func:`attendance_rules` reads those in attendance): a verb of journey whose subject names
    the person, or that hangs on ``meet`` with no subject of its own while the person is
    a subject of ``meet`` ("met Lin Hale after arriving in Lima"); a noun of journey whose
    possessor names the person, or one hung on ``meet`` with no possessor or a possessive
    pronoun while the person is a subject of ``meet`` ("met Hale during his visit to Lima")."""
    own = person.id in {e.id for s_ in subjects(meet) for e in cx.entities(s_)}
    if any(o.lemma_ in EVENT_NOUNS for p in meet.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "during")
           for o in p.subtree if o.dep_ == "pobj"):
        return True  # "met on the sidelines of a trade forum in Lima": there for the event, as those in attendance
    for tok in meet.sent:
        if tok.pos_ == "VERB" and tok.lemma_ in JOURNEY_VERBS:
            subj = subjects(tok)
            if any(person.id == e.id for s_ in subj for e in cx.entities(s_)):
                return True
            if not subj and own and meet in (tok.head, tok.head.head):
                return True
        elif tok.pos_ == "NOUN" and tok.lemma_ in JOURNEY_NOUNS:
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if any(person.id == e.id for p in poss for e in cx.entities(p)):
                return True
            if own and meet in list(tok.ancestors)[:2] and all(p.pos_ == "PRON" for p in poss):
                return True
    return False


def met_abroad_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Tor Ashby met Lin Hale in Lima during his visit to Peru', 'the pair met in
    Vladivostok after arriving for the forum': each person at the meeting whom the article
    gives another state than the city's, and whom the sentence says travelled
    (:func:`_travelled`), visits that state (hostState), the city its place, on the
    meeting's date. A meeting in a city says nothing of who came there ("Iwaya met
    Sudan's minister in Tokyo" is no visit of the minister to Japan by itself); a
    meeting in no named city, or whose people the article gives no state, is no visit
    here either."""
    if tok.pos_ != "VERB" or tok.lemma_ != "meet":
        return []
    people = [e for s_ in subjects(tok) for e in cx.entities(s_)]
    people += [e for o in objects(tok) + preps(tok, {"with"}) for e in cx.entities(o)]
    people = [e for e in _uniq(people) if e.type == "Person"]
    # the city of an 'in' phrase on the verb, or inside 'on the sidelines of ... in Vladivostok'
    heads = [tok] + [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "during")
                     for o in p.children if o.dep_ == "pobj"]
    heads += [o for h in heads[1:] for o in preps(h, {"of"})]  # "on the sidelines of a forum in Lima"
    heads += [o for o in objects(tok) if o.pos_ == "PROPN"]  # "met Lin Hale in Lima": 'in' hung on the name
    where = _where(heads, cx)
    if where is None or len(people) < 2:
        return []
    out = []
    for person in people:
        if _abroad(person, where[1], cx) and _travelled(person, tok, cx):
            narrow = [e for e in where[0] if e.type != "State"]
            out.append(Fact("Visit", {"visitor": [person], "hostState": [where[1]], **({"place": narrow} if narrow else {})},
                            tokens=[tok.i, *(h.i for h in heads)], clause=True))
    return out


#: Words that make a visit one more of those told before: "another visit", "an earlier trip".
ANOTHER_WORDS = {"another", "earlier", "previous", "second", "third", "later"}


def another_visits(found: list[Fact], cx: Context) -> list[Fact]:
    """'Another visit, which Moscow labelled as "a private one", took place in July': a
    visit the words tie to those told before and name no one in is a Visit of the same
    visitor to the same state, when every visit drafted before it has that one visitor
    and host; dated by its own clause. A visit whose words name its visitor or place is
    left to the visit rules."""
    out = []
    triggers = {f.trigger.i for f in found if f.trigger is not None}
    for tok in cx.doc:
        if tok.pos_ != "NOUN" or tok.lemma_ not in ("visit", "trip") or tok.i in triggers or \
                not any(c.lower_ in ANOTHER_WORDS and c.dep_ in ("det", "amod") for c in tok.children) or \
                any(c.dep_ in ("poss", "prep", "compound") for c in tok.children):
            continue
        before = [f for f in found if f.type == "Visit" and f.trigger is not None and f.trigger.i < tok.i]
        pairs = {(tuple(e.id for e in f.roles.get("visitor", [])), tuple(e.id for e in f.roles.get("hostState", [])))
                 for f in before}
        if len(pairs) != 1 or not all(next(iter(pairs))):
            continue
        last = before[-1]
        f = Fact("Visit", {"visitor": list(last.roles["visitor"]), "hostState": list(last.roles["hostState"])},
                 tokens=[tok.i], trigger=tok)
        f.read_as = {k: f"the visits told before: {last.trigger.sent.text.strip()[:80]!r}" for k in ("visitor", "hostState")}
        out.append(f)
    return out


#: Nouns of what a party is to another's supply: "a provider of coronavirus vaccines".
PROVIDER_NOUNS = {"provider", "supplier", "source"}
#: Nouns of needing another: "Myanmar's dependence on Russia".
DEPENDENCE_NOUNS = {"dependence", "reliance", "dependency"}


def provider_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Myanmar's dependence on Russia extends into the anti-COVID-19 realm with Moscow
    being a provider of coronavirus vaccines': a Supply (ArmsTransfer for weapons) of the
    goods 'of' names, by the party 'with X being' names (a capital standing for its
    state), to the party whose dependence on that supplier the same sentence tells.
    Goods neither a commodity nor arms, or no dependence told, give nothing."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in PROVIDER_NOUNS or tok.dep_ != "attr" or \
            tok.head.lower_ != "being" or tok.head.i == 0:
        return []
    # "with Moscow being a provider": the parser makes the name the subject of 'being' or the object of 'with'
    before = next((c for c in tok.head.children if c.dep_ == "nsubj"), cx.doc[tok.head.i - 1])
    m = cx.at.get(before.i)
    if m is None or not (before.dep_ == "nsubj" and tok.head.dep_ == "pcomp" and tok.head.head.lower_ == "with" or
                         before.dep_ == "pobj" and before.head.lower_ == "with"):
        return []
    supplier = cx.resolver.state_of(m.entity) if m.form == "capital" else m.entity
    items = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if supplier is None or not items:
        return []
    item = items[0]
    kind = "ArmsTransfer" if item.lemma_ in WEAPONS and not civil_craft(item) else "Supply" if item.lemma_ in COMMODITIES else None
    if kind is None:
        return []
    same = {supplier.id, supplier.state}
    takers = [e for n in tok.sent if n.lemma_ in DEPENDENCE_NOUNS
              and any({x.id, x.state, (cx.resolver.state_of(x) or x).id} & same
                      for o in preps(n, {"on", "upon"}) for x in cx.entities(o))
              for c in n.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    takers = [e for e in _uniq(takers) if e.id != supplier.id]
    if len(takers) != 1:
        return []
    words = cx.doc[item.left_edge.i:item.i + 1].text
    return [Fact(kind, {"supplier": [supplier], "recipient": takers}, {"item": words},
                 tokens=[before.i, tok.i, item.left_edge.i, item.i], clause=False)]


# --- who carried out a coup the sentence gives no perpetrator ----------------------------

#: Words of a state's armed forces as a whole (not one branch: "Myanmar Air Force").
FORCES_WORDS = re.compile(r"\b(armed forces|military|army)\b")


def _forces_of(state_id: str | None, cx: Context) -> list[Known]:
    """The one armed force as a whole the registry gives the state ``state_id``, else none."""
    found = [e for e in cx.resolver.registry.entities.values()
             if e.type == "ArmedForces" and e.of == state_id and FORCES_WORDS.search(e.label.lower())]
    return [Known(found[0].id, found[0].type, found[0].label, state=state_id)] if state_id and len(found) == 1 else []


def coup_makers(tok: Token, cx: Context) -> tuple[list[Known], list[Known]]:
    """Perpetrator and target of a coup noun that names no one who carried it out
    (SeizureOfPower, CAMEO 1223 / Wikidata Q45382 'coup d'état'), read from the state
    whose armed forces the article's registry gives: "the 2021 military coup that ousted
    Aung San Suu Kyi's government" (the armed forces of that government's state; the
    government, its target); "Myanmar's military administration since its seizure of
    power" (a military government 'its' points back to, in the same sentence: the
    armed forces of its state). Returns (perpetrators, targets), both empty when the words
    give no one state."""
    objs = [o for r in tok.children if r.dep_ == "relcl" and r.lemma_ in ("oust", "overthrow", "topple", "depose")
            for o in r.children if o.dep_ == "dobj"]
    # "Aung San Suu Kyi's government": a government the registry knows by the whole phrase
    ousted = [e for o in objs for e in cx.entities(o) or
              [cx.resolver.entity_known(cx.doc[o.left_edge.i:o.i + 1].text)] if e is not None]
    military = any(c.lower_ == "military" and c.dep_ == "amod" for c in tok.children)
    if ousted and military:
        states = {getattr(cx.resolver.state_of(e), "id", None) for e in ousted}
        if len(states) == 1:
            forces = _forces_of(next(iter(states)), cx)
            if forces:
                return forces, [e for e in ousted if e.type in ("Government", "State", "MilitaryGovernment")]
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        sent = tok.sent
        juntas = _uniq([m.entity for m in cx.mentions if m.entity.type == "MilitaryGovernment" and
                        sent.start <= m.start < tok.i])
        if len(juntas) == 1:
            return _forces_of(juntas[0].state, cx), []
    return [], []


#: Kinds of reaction a thing done may meet ("the decision drew criticism from Washington").
MET_REACTIONS = {"Criticism", "Praise"}


def met_reaction_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The decision drew criticism from Washington", "the move won praise from Peru": a
    Criticism or Praise (CAMEO 111 "criticize or denounce", 051 "praise or endorse"; the
    noun of :data:`kg.extract.lexicon.STATEMENT_NOUNS`) by whoever 'from' or 'by' names,
    object of a verb of meeting a reaction (:data:`kg.extract.lexicon.MEET_REACTION_VERBS`)
    whose subject is a thing done, named by its common noun: that fact, told before, is
    what it is about (``about`` its id, as the engine finds it), else it is about nothing
    named. A subject that names an actor ("Orban drew criticism from Brussels") is the
    statement-noun rule's; a reaction from no one named ("drew criticism") is none."""
    kind = lexicon.STATEMENT_NOUNS.get(tok.lemma_)
    if tok.pos_ != "NOUN" or kind not in MET_REACTIONS or tok.dep_ != "dobj" or \
            tok.head.lemma_ not in lexicon.MEET_REACTION_VERBS:
        return []
    verb = tok.head
    clause = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    subj = [s_ for s_ in clause.children if s_.dep_ == "nsubj"]
    if len(subj) == 1 and subj[0].lower_ in ("that", "which") and clause.dep_ == "relcl":
        subj = [clause.head]  # "a move that sent prices higher and drew criticism from Washington"
    if len(subj) != 1 or subj[0].pos_ != "NOUN" or cx.entities(subj[0]) or \
            any(cx.entities(c, conj=False) for c in subj[0].children if c.dep_ == "poss"):
        return []  # an actor meets it (the statement-noun rule), or nothing done is named
    speaker = _uniq([e for h in (tok, verb) for o in preps(h, {"from", "by"}) for e in cx.entities(o)
                     if e.type not in NOT_ACTORS])
    if not speaker:
        return []
    f = Fact(kind, {"speaker": speaker}, tokens=[tok.i, verb.i], statement=True)
    kinds = _fact_referred(subj[0])
    f.about_kinds = (subj[0].lemma_.lower(), kinds) if kinds else None
    return [f]


#: Nouns of a span of time given to act by ("gave Peru 15 days to leave"); 'until' a date too.
GRACE_NOUNS = {"day", "hour", "week", "month", "deadline", "ultimatum"}


def _to_clause(heads: list[Token]) -> Token | None:
    """The first infinitive with 'to' hung on one of ``heads`` ("to return the ship")."""
    for h in heads:
        for c in h.children:
            if c.dep_ in ("advcl", "xcomp", "relcl", "acl", "ccomp") and c.tag_ == "VB" and \
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return c
    return None


def demand_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The African Union gave Peru 15 days to return the ship", "gave Peru until Friday
    to reinstate the president" (an ultimatum: a span of time or 'until' a date, and an
    infinitive): an Appeal (CAMEO 10 "demand"; the ontology's Appeal takes in
    urging and demanding) by the verb's subject, ``about`` the actor asked to act,
    ``subject`` what it is to do, in the article's words. Both must be named actors and
    not the same; "gave Peru a loan to build roads" (no time given) is none. A demand
    with a 'that' clause ("demanded that Peru release the prisoners") is the Appeal of
    :func:`kg.extract.facts.appeals.asked_for_rules`, beside the clause's fact, requested
    (kg/extract/speech.py)."""
    if tok.pos_ != "VERB":
        return []
    if tok.lemma_ == "give":
        asked_tok = [c for c in tok.children if c.dep_ in ("dative", "dobj") and cx.entities(c)]
        grace = [c for c in tok.children if (c.dep_ == "dobj" and c.lemma_.lower() in GRACE_NOUNS) or
                 (c.dep_ == "prep" and c.lower_ == "until")]
        if not (asked_tok and grace):
            return []
        clause = _to_clause([tok, *grace, *(o for g in grace for o in g.children if o.dep_ == "pobj")])
        asked = [e for e in cx.entities(asked_tok[0]) if e.type not in NOT_ACTORS]
        words = [t for t in clause.subtree if t.i >= clause.i and not t.is_punct] if clause is not None else []
    else:
        return []
    speaker = [e for s_ in subjects(tok) if s_.dep_ == "nsubj" for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    asked = [e for e in _uniq(asked) if e.id not in {s_.id for s_ in speaker}]
    if clause is None or not (speaker and asked and words):
        return []
    f = Fact("Appeal", {"speaker": _uniq(speaker), "about": asked}, tokens=[tok.i, clause.i], statement=True,
             said=True)
    f.attrs["subject"] = cx.doc[words[0].i:words[-1].i + 1].text
    return [f]


#: Participles of backing one party gives another (CAMEO 05 "engage in diplomatic
#: cooperation", the ontology's Support): "Iran-backed", "backed by the United Nations".
BACKED_WORDS = {"backed", "sponsored", "funded", "supported", "armed"}


def _backed_party(noun: Token, cx: Context) -> list[Known]:
    """The named party a noun the participle describes stands for: its own name ("the
    Iran-backed Houthis"), the name it is in apposition to ("Transnistria, a
    Russian-backed region"), or the name right by it ("a state-backed group, APT40")."""
    from kg.extract.facts.judgements import _named_by  # judgements imports this module's neighbours
    if noun.i in cx.at:
        return list(cx.at[noun.i].entities)
    if noun.dep_ == "appos" and noun.head.i in cx.at and noun.head.i < noun.i:
        return list(cx.at[noun.head.i].entities)
    after = cx.at.get(noun.i + 1)
    if after is not None and after.start == noun.i + 1 and after.form == "name" and (
            noun.dep_ == "compound" and cx.at.get(noun.head.i) is after
            or any(t.head.i == noun.head.i and t.dep_ == noun.dep_ for t in cx.doc[after.start:after.end])):
        return list(after.entities)  # "the Iranian-backed group Hamas", the parser's two ways
    named = _named_by(noun, cx)
    return [named.entity] if named is not None else []


def backed_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Iran-backed Houthis", "Transnistria, a Russian-backed breakaway region", "a
    Chinese state-backed group, APT40", "the IPC, a monitor backed by the United Nations":
    a Support (``supporter`` the backer, ``supported`` the party backed, or
    ``supportedPlace`` for a region) in the article's voice. The backer is the name or
    demonym joined to the participle by a hyphen ("state-backed" takes the demonym before
    'state'), or what 'by' names; both must be named and not the same. "Backed the
    plan", "a plan backed by Peru" (no party backed) are none."""
    if tok.lower_ not in BACKED_WORDS or tok.dep_ not in ("amod", "acl"):
        return []
    noun = tok.head
    if tok.dep_ == "acl":
        backers = [e for p in tok.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"
                   for e in cx.entities(o)]
    else:
        if tok.i < 2 or cx.doc[tok.i - 1].text not in ("-", "‑", "–"):
            return []
        left = cx.doc[tok.i - 2]
        if left.lower_ in ("state", "government") and tok.i >= 3:
            left = cx.doc[tok.i - 3]  # "Chinese state-backed": the state the demonym names
        backers = list(cx.at[left.i].entities) if left.i in cx.at else []
    vocab = vocabulary()
    backers = [e for e in _uniq(backers) if e.type not in NOT_ACTORS]
    backed = [e for e in _backed_party(noun, cx) if e.id not in {b.id for b in backers}]
    if not (backers and backed):
        return []
    place = all(vocab.is_a(e.type, "Place") and e.type != "State" for e in backed)
    f = Fact("Support", {"supporter": backers, ("supportedPlace" if place else "supported"): backed},
             tokens=[tok.i, noun.i], clause=False, undated=True)
    return [f]
