"""Rules of relations between actors: visits and travel, meetings, calls and hosting,
support, diplomatic relations made or ended, envoys expelled, summoned or
recalled, recognition, mediation; and what actors say of one another: statements,
praise, criticism, accusations, labels, threats, warnings, comments declined."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.mentions import Known
from kg.extract.quantities import CURRENCY_WORDS, count_of, money_near, ordinal_of, per_period, sum_of
from kg.extract.lexicon import MEET_REACTION_VERBS, STATEMENT_NOUNS, STATEMENT_VERBS
from kg.extract.speech import UNNAMED, reported_act
from kg.ontology import vocabulary

from kg.extract.facts.reshuffles import removes_officer
from kg.extract.facts.disputes import disputes_land
from kg.extract.facts.politics import tally
from kg.extract.facts.thanks import split_addressees
from kg.extract.facts.negotiations import negotiated
from kg.extract.facts.common import (
    _QUOTES, AGREEMENT_NOUNS, LABEL_VERBS, MEET_NOUNS, NOT_ACTORS, PLACES, PRISON_NOUNS, PROMISE_VERBS, REFUSE_VERBS,
    RELATIVE, SANCTION_NOUNS,
    SAY_VERBS, SUPPLY_VERBS, SUPPORT_KINDS, TIES_ENDED, VISIT_NOUNS, WEAPONS, Context, Fact, _bare_ties, governed,
    _antecedents, _both_of_pair, _buyer, _capital, _capital_city, _modifiers, _or_appos, _own_country, _place_of, _poss,
    _prep_words, _speech_after_report, _state_modifiers, _states, _text, _uniq, _unnamed_people, _words, doers,
    nominal_arguments, objects, label_text, preps, subjects,
)
from kg.extract.facts.offices import KIN_NOUNS, _named_noun
from kg.extract.facts.appeals import GENERIC_ADDRESSEES

#: Nouns of an act done to a thing the 'of' phrase names ("the signing of the treaty", "the
#: adoption of the resolution"): the fact they point at is the thing's, named by its noun.
ACT_OF_NOUNS = {"signing", "adoption", "ratification", "conclusion", "approval", "passage", "passing",
                "implementation", "entry", "renewal", "extension", "launch"}


# --- visits and meetings -----------------------------------------------------------


def visit_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "Lina Varo visited Japan", "arrived in France", "his visit to Moscow", "during a
    visit from X": a Visit (visitor, hostState), the place a capital or a state."""
    out = []
    if tok.pos_ == "VERB" and tok.lemma_ == "visit":
        who = [e for s in subjects(tok) for e in cx.entities(s)]
        where = objects(tok)  # the object, or the subject of the passive: "Peru was visited by X", "Peru, visited by X"
        host = [e for o in where for e in cx.entities(o)]
        if who and host:
            f = Fact("Visit", tokens=[tok.i])
            f.roles["visitor"] = who
            states = _host_states(where, cx)
            places = [e for e in host if e.type in ("City", "Place", "Site", "Region")]
            if states:
                f.roles["hostState"] = states
            elif places:
                f.roles["place"] = places
            else:
                return []
            if tok.dep_ == "xcomp" and tok.head.lemma_ == "invite":
                # "Xi invited Trump to visit China": a visit invited, not made (corpus/CLAIMS.md:
                # the invited Visit is planned, its inviter the one who invites)
                f.planned = True
                f.undated = True  # the day of the invitation, not of the visit
                inviter = [e for s_ in tok.head.children if s_.dep_ == "nsubj" for e in cx.entities(s_)]
                if inviter:
                    f.roles["inviter"] = inviter
                f.tokens.append(tok.head.i)
            out.append(f)
    if tok.pos_ == "VERB" and tok.lemma_ in ("arrive", "land", "travel", "fly"):
        if any(c.lower_ == "home" for c in tok.children):
            return out  # "flew home": a journey back, no visit (travel_rules)
        who_toks = doers(tok)
        if not who_toks and tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that")
                                                          for c in tok.children):
            who_toks = [tok.head]  # "talks with President X, who arrived in Y": the noun the clause hangs on
        who = [e for s_ in who_toks for e in cx.entities(s_)]
        who = [e for e in who if e.type == "Person"]
        where = preps(tok, {"in", "to", "at"})
        # "the Chilean minister arrived in Santiago", "the Italian journalist landed in Rome": a journey
        # home (travel_rules), no visit
        own = {cx.person_state[p.id].id for p in who if p.id in cx.person_state} | \
            {s for p in who for s in cx.nationals(p)}
        host = [s for s in _host_states(where, cx) if s.id not in own]
        if who and host:
            f = Fact("Visit", {"visitor": who, "hostState": host}, tokens=[tok.i])
            span = visit_span(tok)
            if span is not None:
                # "arrived in China on 31 August for a four-day visit": the arrival begins a visit of
                # that length (its day, dated as any arrival, the visit's first; the length its duration)
                f.attrs["duration"], toks = span
                f.tokens += toks
            out.append(f)
        return out
    if tok.pos_ == "NOUN" and tok.lemma_ in VISIT_NOUNS:
        who = [e for p in _poss(tok) if p.dep_ == "poss" for e in cx.entities(p)]
        to = [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
        if not who and tok.dep_ == "dobj" and tok.head.lemma_ in ("make", "pay", "begin", "start", "conclude", "end", "wrap"):
            who = [e for s_ in subjects(tok.head) for e in cx.entities(s_)]
        if not who and tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_ in (
                "be", "embark", "go", "set", "leave", "arrive", "begin", "start", "travel"):
            who = [e for s_ in subjects(tok.head.head) for e in cx.entities(s_)]  # "X is on a visit to Japan"
        if not who:  # "the visit of Myanmar's junta chief to Moscow"
            who = [e for o in preps(tok, {"of", "by", "from"}) for e in cx.entities(o) if e.type == "Person"]
        host_verb = tok.head.head.lemma_ in ("host", "receive", "welcome", "greet", "meet")
        if not who and tok.dep_ == "pobj" and tok.head.lower_ == "during" and not host_verb:
            who = [e for s_ in subjects(tok.head.head) for e in cx.entities(s_)] if tok.head.head.pos_ in ("VERB", "AUX") else []
        if not who and tok.dep_ in ("nsubj", "attr") and tok.head.lemma_ == "be":  # "It was his first visit to the country"
            who = []
        to_states = _host_states(preps(tok, {"to"}), cx)
        if who and not to and tok.dep_ == "pobj" and tok.head.lower_ == "during" and host_verb is False:
            # "Putin praised ... during a visit from Min Aung Hlaing": the visit is to the speaker's state
            hosts = [e for s_ in subjects(tok.head.head) for e in cx.entities(s_)]
            to_states = [cx.person_state.get(h.id) if h.type == "Person" else h for h in hosts
                         if h.type in ("Person", "State")]
            to_states = _uniq([e for e in to_states if e is not None and e.type == "State"])
            to = to_states
        if who and to and all(e.type == "Person" or e.type == "State" for e in who):
            f = Fact("Visit", tokens=[tok.i])
            f.roles["visitor"] = who
            states = to_states or [e for e in to if e.type == "State"]
            if states:
                f.roles["hostState"] = states
            else:
                f.roles["place"] = [e for e in to if e.type in ("City", "Place", "Site", "Region")]
                if not f.roles["place"]:
                    return out
            if tok.dep_ == "pobj" and tok.head.lower_ == "during" and tok.head.head.pos_ in ("VERB", "AUX"):
                # "met him on Monday during a visit to Kyiv": the visit spans the act's day; "Signed on
                # 16 January, during his visit to Kyiv, the treaty builds on ...": the participle's
                # act, the parser hanging 'during' on the main verb
                verb = tok.head.head
                acts = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and
                                 c.right_edge.i + 2 >= tok.head.i > c.i]
                date, toks = next((d for d in (cx.date_of(a) for a in acts) if d[0]), (None, []))
                if date:
                    f.attrs["date"] = date
                    f.tokens += toks
            out.append(f)
    return out


#: Nouns of the span a stay lasts ("a four-day visit", "a two-week tour").
SPAN_UNITS = {"day": "days", "week": "weeks", "month": "months"}


def visit_span(verb: Token) -> tuple[str, list[int]] | None:
    """The length of the visit a verb of arrival begins, from its 'for' phrase: "arrived
    ... for a four-day visit" gives ``("4 days", [token indices])``, "for a two-week
    trip" ``("2 weeks", [...])``; None when the phrase names no visit of a counted length
    ("for talks", "for a visit")."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for o in p.children:
            if o.dep_ != "pobj" or o.lemma_ not in VISIT_NOUNS:
                continue
            for unit in o.children:
                if unit.lemma_.lower() not in SPAN_UNITS or unit.dep_ not in ("compound", "amod", "nmod"):
                    continue
                n = next((count_of(c) for c in unit.children if c.dep_ == "nummod" and count_of(c)), None)
                if n:
                    word = SPAN_UNITS[unit.lemma_.lower()] if n > 1 else unit.lemma_.lower()
                    return f"{n} {word}", [p.i, *(t.i for t in o.subtree)]
    return None


def _host_states(toks: list[Token], cx: Context) -> list[Known]:
    """The states places name: a state itself, a capital or seat of government
    ('Pyongyang', 'the Kremlin'), a place in a state ('Russia's Far East')."""
    out = []
    for t in toks:
        for x in [t, *t.conjuncts]:
            m = cx.at.get(x.i)
            if m is not None and m.entity.type == "State":
                out.append(m.entity)
            elif m is not None and m.form == "capital":
                out.append(cx.resolver.state_of(m.entity))
            elif m is not None and m.entity.type in ("City", "Region", "Place", "Site"):
                # "Russia's Far East", a city the registry places in a state
                st = cx.resolver.state_of(m.entity)
                owners = [cx.resolver.entity_known(c.text) for c in x.children if c.dep_ == "poss"]
                out += [st] if st is not None else [o for o in owners if o is not None and o.type == "State"]
            elif m is None:
                out += [cx.at[c.i].entity for c in x.children if c.dep_ in ("poss", "amod", "compound") and c.i in cx.at
                        and cx.at[c.i].entity.type == "State"]
    return _uniq([e for e in out if e is not None])


#: Plural nouns of the unnamed people who meet for a body ("NATO leaders met", "the court's officials met").
BODY_MEMBERS = {"leader", "minister", "official", "envoy", "diplomat", "representative", "delegate", "head",
                "ambassador", "member", "judge"}
#: What a body is, that its own people meet for it (not a state: "Russian officials met" names no one).
BODIES = ("InternationalOrganisation", "Organisation", "Court", "Group")


def _body_meeting(verb: Token, cx: Context, others: list[Known] | None = None) -> list[Fact]:
    """"NATO leaders meet in Washington next Tuesday", "ASEAN foreign ministers met",
    "the court's officials met in The Hague": a meeting of a body whose members go
    unnamed (corpus/CLAIMS.md, "A meeting of a body"): ``organiser`` the body, and the
    people as an unnamed ``participant`` in the text's words ("unnamed NATO leaders"),
    beside ``others``, the persons or states they met ("EU foreign ministers met Yulia
    Navalnaya"). Nothing when the subject names its people, or names no body or several."""
    subj = [s_ for s_ in subjects(verb) if s_.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].tag_ != "NNS" or subj[0].lemma_ not in BODY_MEMBERS or cx.entities(subj[0]):
        return []
    noun = subj[0]
    # "ECOWAS leaders": the parser may read the body's name as an adjective (a demonym names a state, no body)
    bodies = _uniq([e for c in noun.children if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i in cx.at
                    and cx.at[c.i].form != "demonym" for e in cx.at[c.i].entities if e.type in BODIES])
    if not bodies and any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
        # "the court said it stood by its staff, and its officials met": the one actor the sentence
        # names before 'its', when that is a body
        before = _uniq([m.entity for m in cx.mentions if noun.sent.start <= m.start < noun.i
                        and m.entity.type not in NOT_ACTORS + ("Person",)])
        bodies = before if len(before) == 1 and before[0].type in BODIES else []
    if len(bodies) != 1:
        return []
    owner = {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}  # "the court's": not their words
    words = " ".join(t.text for t in noun.subtree if t.dep_ not in ("det", "case") and t.i <= noun.i and t.i not in owner)
    met = [e for e in others or [] if e.type in ("Person", "State") and e.id not in {b.id for b in bodies}]
    if others and not met:
        return []
    f = Fact("Meeting", {"organiser": bodies, **({"participant": met} if met else {})},
             tokens=[verb.i, *(t.i for t in noun.subtree)], split=False)
    f.qualified["participant"] = (f"unnamed {words}", None)
    return [f]


#: Bodies whose members meet in session (a court sits and hears; it holds no meeting of its own).
SESSION_BODIES = ("InternationalOrganisation", "Organisation", "Group")


def _body_met(verb: Token, who: list[Known], other: list[Known]) -> list[Fact]:
    """"The Security Council met in New York", "the Emergency Committee met earlier in the
    day": a body that meets, no one else named, is the organiser of its own session
    (corpus/CLAIMS.md, "A meeting of a body"), with no participant (its members go
    unnamed). Nothing for a state or a person alone, who have no members who meet, nor for
    a court (:data:`SESSION_BODIES`)."""
    if other or len(who) != 1 or who[0].type not in SESSION_BODIES or \
            not any(s_.dep_ == "nsubj" for s_ in subjects(verb)) or any(c.dep_ == "neg" for c in verb.children):
        return []
    return [Fact("Meeting", {"organiser": who}, tokens=[verb.i])]


def talked_aside(verb: Token) -> bool:
    """Whether a verb of speaking says a talk held in person aside from a gathering: 'on
    the sidelines of' it, or over a meal ("spoke on the sidelines of the summit", "talked
    over dinner"); not by telephone or video, not to an audience ("spoke to reporters"),
    and not "spoke at the summit" (each may have addressed it)."""
    if preps(verb, {"by", "over", "via", "to"}) or any(
            o.lemma_ in ("phone", "telephone", "video", "call", "line") for o in preps(verb, {"on"})):
        return False
    return any(o.lemma_ in ("sideline", "sidelines") for o in preps(verb, {"on"})) or any(
        o.lemma_ in MEAL_NOUNS for o in preps(verb, {"at", "during", "over"}))


def _called_on_person(tok: Token, cx: Context) -> list[Known]:
    """The people a visitor "called on" in a courtesy call ("the crown prince called on
    President Murmu at Rashtrapati Bhavan"): the persons after 'on' of a verb 'call' that
    asks nothing of them, with no 'to' clause ("called on Putin to release ..."), no 'for'
    ("called on Putin for restraint") and no quotation after it; empty otherwise."""
    if tok.pos_ != "VERB" or tok.lemma_ != "call":
        return []
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           for c in tok.children) or preps(tok, {"for"}) or any(c.dep_ in ("dobj", "oprd") for c in tok.children):
        return []
    doc = tok.doc
    if any(t.text in _QUOTES for t in doc[tok.i: tok.sent.end]):
        return []
    return [e for o in preps(tok, {"on", "upon"}) for e in cx.entities(o) if e.type == "Person"]


#: Nouns of a sports contest, in which national teams bearing their states' names "meet"
#: ("met Valdoria in the final", "will meet Peru in the semi-final"): a match, no meeting.
CONTEST_NOUNS = {"final", "semi-final", "semifinal", "quarter-final", "quarterfinal", "match", "game", "tournament",
                 "cup", "championship", "championships", "league", "playoff", "play-off", "qualifier",
                 "fixture", "derby", "olympics"}


def _contest(verb: Token) -> bool:
    """Whether the verb ``verb`` ('meet') is told of a contest: a word of
    :data:`CONTEST_NOUNS` after it in its clause, 'in' or 'at' up to three words before
    that word ("met Valdoria in the World Cup final", "will meet Peru in the semi-final",
    which the parser may split)."""
    doc = verb.doc
    return any(t.i > verb.i and t.lower_ in CONTEST_NOUNS and t.dep_ != "amod" and  # not "the final session"
               any(w.lower_ in ("in", "at") for w in doc[max(verb.i, t.i - 4): t.i]) for t in verb.subtree)


#: Verbs of talks coming to an end: "the talks ended on Tuesday without an agreement".
END_VERBS = {"end", "conclude", "close", "collapse", "break"}
#: Nouns of what talks may end without: "without an agreement", "without a deal".
DEAL_NOUNS = {"agreement", "deal", "accord", "breakthrough", "settlement", "truce"}


def _ended(f: Fact, tok: Token, cx: Context) -> None:
    """Talks the clause says ended ("Talks between X and Y in Istanbul ended on Tuesday
    without an agreement"): the verb's date is the meeting's ``endDate``, 'without an
    agreement' (or a deal, an accord) its ``outcome: no agreement``, and a place 'in' or
    'at' on the noun its ``place``. Changes ``f`` in place; talks that only began, or a
    noun that is no subject of an ending verb, are left alone."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ not in END_VERBS or \
            (verb.lemma_ == "break" and not any(c.lower_ == "down" for c in verb.children)):
        return
    f.take_date(cx.date_of(verb), "endDate")
    f.tokens.append(verb.i)
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "without"):
        if any(o.lemma_ in DEAL_NOUNS for o in p.children if o.dep_ == "pobj"):
            f.attrs["outcome"] = "no agreement"
            f.tokens += [t.i for t in p.subtree]
    # "Talks between X and Y's government in Dorn": the parser may hang the place on a noun inside
    place = [cx.at[o.i].entity for p in tok.subtree if p.dep_ == "prep" and p.lower_ in ("in", "at")
             for o in p.children if o.dep_ == "pobj" and o.i in cx.at and cx.at[o.i].entity.type in PLACES]
    if place and "place" not in f.roles:
        f.roles["place"] = place[:1]


def _between_owners(tok: Token, cx: Context) -> list[Known]:
    """"Talks between Pakistan and Afghanistan's government": the parser makes both names
    owners of the one noun after 'between'; 'between' needs two sides, so each owner
    listed is one (the states of a conjoined possessor beside the first, which
    :meth:`Context.entities` gives for the noun). Empty when the noun after 'between' has
    no conjoined owner. Shape: a meeting noun in, the further sides' entities out."""
    out = []
    for o in preps(tok, {"between"}):
        for p in (c for c in o.children if c.dep_ == "poss"):
            out += [cx.at[c.i].entity for c in p.conjuncts if c.i in cx.at and cx.at[c.i].entity.type == "State"]
    return out


def meeting_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "X met Y", "talks between X and Y", "held talks with Y", "wanted to discuss it
    with Y": a Meeting of its participants."""
    sat_down = tok.lemma_ == "sit" and any(c.lower_ == "down" for c in tok.children)  # "sat down with Xi"
    # "talked with Xi" in person; "talked by telephone with Xi" is the call's own rule (its mode)
    talked = tok.lemma_ == "talk" and not preps(tok, {"by", "over", "via"}) and \
        not any(o.lemma_ in ("phone", "telephone", "video", "call", "line") for o in preps(tok, {"on"}))
    if tok.pos_ == "VERB" and (tok.lemma_ in ("discuss", "negotiate", "confer", "consult", "raise") or sat_down or talked) \
            and preps(tok, {"with"}):
        who = [e for s in subjects(tok) for e in cx.entities(s)]
        other = [e for o in preps(tok, {"with"}) for e in cx.entities(o)]
        people = _uniq(who + other)
        if who and other and len(people) >= 2 and all(e.type in ("Person", "State", "Government") for e in people):
            return [Fact("Meeting", {"participant": people}, tokens=[tok.i])]
    if tok.pos_ == "VERB" and tok.lemma_ in ("discuss", "raise") and not preps(tok, {"with"}):
        # "Saar said he had discussed the sanctions with Netanyahu": the parser hangs 'with' on the
        # object; between two people named, the talk is theirs (not "Japan's trade with China")
        withs = [o for d in objects(tok) if d.dep_ == "dobj" and d.pos_ == "NOUN" for o in preps(d, {"with"})]
        who = [e for s in subjects(tok) for e in cx.entities(s)]
        other = [e for o in withs for e in cx.entities(o)]
        people = _uniq(who + other)
        if who and other and len(people) >= 2 and all(e.type == "Person" for e in people):
            return [Fact("Meeting", {"participant": people}, tokens=[tok.i, *(o.i for o in withs)])]
    if tok.pos_ == "VERB" and tok.lemma_ in ("discuss", "negotiate") and not preps(tok, {"with"}):
        # "Chile and Peru discussed border security", "the two leaders discussed trade": a joined subject
        # (or a pair) discussing is a meeting of them all
        people = _uniq([e for s in doers(tok) for e in cx.entities(s)])
        if len(people) >= 2 and all(e.type in ("Person", "State", "Government") for e in people):
            return [Fact("Meeting", {"participant": people}, tokens=[tok.i])]
    if tok.pos_ == "VERB" and tok.lemma_ in ("speak", "talk") and talked_aside(tok):
        # "Biden and Xi spoke on the sidelines of the summit": a joined subject talking aside, in person
        people = _uniq([e for s in doers(tok) for e in cx.entities(s)])
        if len(people) >= 2 and all(e.type in ("Person", "State", "Government") for e in people):
            return [Fact("Meeting", {"participant": people}, tokens=[tok.i])]
    called_on = _called_on_person(tok, cx)
    if called_on:  # "the crown prince called on President Murmu": a courtesy call, a meeting of the two
        who = [e for s in subjects(tok) if s.dep_ != "nsubjpass" for e in cx.entities(s) if e.type == "Person"]
        people = _uniq(who + called_on)
        if who and len(people) >= 2:
            return [Fact("Meeting", {"participant": people}, tokens=[tok.i])]
        return []
    if tok.pos_ == "VERB" and tok.lemma_ == "meet":
        if tok.dep_ == "xcomp" and tok.head.lemma_ == "agree":
            return []  # "agreed to meet again": a meeting planned, the agreeing's own rule (agree_rules)
        if _contest(tok):
            return []  # "Ostravia met Valdoria in the World Cup final": teams that play, no states that consult
        if any(c.dep_ == "auxpass" for c in tok.children) and _met_by(tok, cx):
            return _met_by(tok, cx)
        who = [e for s in subjects(tok) for e in cx.entities(s)]
        if not who and tok.dep_ in ("pcomp", "advcl") and tok.tag_ == "VBG" and \
                (tok.dep_ == "advcl" or tok.head.lower_ in ("after", "before", "while", "when", "since")):
            # "Biden told reporters after meeting Xi", "Meeting Xi in Lima, Biden said": the clause's subject meets
            clause = tok.head.head if tok.dep_ == "pcomp" else tok.head
            who = [e for s in subjects(clause) if s.dep_ == "nsubj" for e in cx.entities(s)]
        if not who:  # "The leaders of Canada, France and Japan met": the states their plural heads meet for
            who = _sent_by_states(subjects(tok), cx)
        other = [e for o in objects(tok) + preps(tok, {"with"}) for e in cx.entities(o)]
        if not who and not other:  # "they last met in Kazan": the two people named just before
            who = [e for s in subjects(tok) if s.lower_ == "they" for e in they_people(s, cx)]
        people = _uniq(who + other)
        if len(people) >= 2 and all(e.type != "City" for e in people):
            return [Fact("Meeting", {"participant": people}, tokens=[tok.i])]
        return _body_meeting(tok, cx, other) or _body_met(tok, who, other)
    if tok.pos_ == "NOUN" and tok.lemma_ in ("meeting", "session") and not preps(tok, {"with", "between"}):
        # "an online meeting of the OPEC+ Joint Ministerial Monitoring Committee": the body's own session
        bodies = _uniq([e for o in preps(tok, {"of"}) for e in cx.entities(o, conj=False)])
        if len(bodies) == 1 and bodies[0].type in SESSION_BODIES:
            return [Fact("Meeting", {"organiser": bodies}, tokens=[tok.i, *(t.i for o in preps(tok, {"of"}) for t in o.subtree)],
                         clause=False)]
    courtesy = tok.lemma_ == "call" and any(c.lower_ == "courtesy" for c in tok.children)
    if tok.pos_ == "NOUN" and negotiated(tok):
        return []  # "suspended talks with Israel on a trade deal": talks over time (negotiations.negotiation_rules)
    if tok.pos_ == "NOUN" and tok.lemma_ in MEET_NOUNS and _accession_talks(tok):
        return []  # "accession talks with Ukraine": a bid to join (belonging.accession_talks_rules)
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return []  # "there are no talks between X and Y": a state of no meeting, no act to draft
    if tok.pos_ == "NOUN" and tok.lemma_ == "consultation" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
            not any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
        return []  # "to draw up, in consultation with the government, a plan": how a task is done, no meeting
    # "had lunch with Xi", "hosted a dinner for Modi": a meal shared is a meeting (CAMEO 040 'consult')
    shared = preps(tok, {"with", "for"}) + (preps(tok.head, {"with", "for"}) if tok.dep_ == "dobj" else [])
    meal = tok.lemma_ in MEAL_NOUNS and bool(shared)
    if tok.pos_ == "NOUN" and (tok.lemma_ in MEET_NOUNS or courtesy or meal):
        # "a courtesy call on Marcos": the one called on meets the callers
        # "a meeting in the Oval Office between X and Y": the parser may hang 'between' on the place
        parties = preps(tok, {"between", "with"}) + [b for p in preps(tok, {"in", "at"}) for b in preps(p, {"between"})]
        between = [e for o in (shared if meal else parties)
                   for e in cx.entities(o) or _members_for(o, cx)]
        between += _between_owners(tok, cx)
        if courtesy and tok.dep_ == "dobj":
            between += [e for o in preps(tok, {"on"}) + preps(tok.head, {"on"}) for e in cx.entities(o)]
        if not between:  # "a meeting of Aliyev and Pashinyan", "the meeting of the two countries' ministers"
            between = _joint_participants(preps(tok, {"of"}), cx)
        owners = [e for p in _poss(tok) if p.dep_ == "poss" for e in cx.entities(p)]
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "for") else None
        if verb is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in ROUND_NOUNS \
                and tok.head.head.dep_ == "dobj":
            verb = tok.head.head.head  # "held a second round of talks": the round's verb
        light = ("hold", "have", "conduct", "engage", "open", "begin", "start", "attend", "join", "travel", "fly", "go",
                 "come", "arrive", "head", "pay")
        during = tok.dep_ == "pobj" and tok.head.lower_ in ("during", "at", "after", "before", "in") and \
            tok.head.head.pos_ in ("VERB", "AUX") and bool(between)
        # "said during a meeting with X", "In a meeting with X, Y praised ...": whoever said it was at the meeting
        if during:
            verb = tok.head.head
        subj = [e for s in subjects(verb) for e in cx.entities(s)] if verb is not None and (verb.lemma_ in light or during) else []
        if not subj and verb is not None and verb.lemma_ in light and not during:
            subj = _sent_by_states(subjects(verb), cx)  # "officials from Armenia and Azerbaijan held talks"
        they = []  # "They last held talks in Bali": the two people named just before (as "they last met")
        if not subj and not between and verb is not None and verb.lemma_ in light and not during:
            they = [s for s in subjects(verb) if s.lower_ == "they"]
            subj = [e for s in they for e in they_people(s, cx)]
        subj = [e for e in subj if e.type == "Person"] if during else subj
        subj += [e for o in preps(verb, {"with"}) for e in cx.entities(o)] if subj else []
        people = _uniq(owners + subj + between)
        arranged = None
        if any(p.head.lower_ == "between" for p in parties):  # the sides named: who brought them together is neither
            arranged = next(((v, *a) for v in [verb, *(c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")]
                             if v is not None for a in [_arranger(v, cx)] if a is not None), None)
        if arranged is not None:  # "Qatari officials arranged a meeting between A and B": A and B meet
            mine = {e.id for e in arranged[2]} | ({arranged[3][1].id} if arranged[3] and arranged[3][1] else set())
            people = [e for e in people if e.id not in mine]
        if len(people) >= 2 and all(e.type in ("Person", "State", "Government", "MilitaryGovernment") for e in people) \
                and _talks_over_time(tok) is not None and arranged is None:
            return _negotiation(tok, people, cx)
        if len(people) >= 2 and all(e.type in ("Person", "State", "Government", "MilitaryGovernment") for e in people):
            f = Fact("Meeting", {"participant": people}, tokens=[tok.i, *(t.i for t in they), *([verb.i] if they else [])])
            if arranged is not None:
                by, role, named, unnamed = arranged
                if named:
                    f.roles[role] = named
                else:
                    f.qualified[role] = unnamed
                    if unnamed[1] is not None:
                        f.members_of.add(role)  # "Qatari officials": {actor: unnamed officials, of: Qatar}
                f.tokens += [by.i, *(t.i for d in doers(by) for t in d.subtree)]
            rank = _ordinal(tok)
            if rank:  # "a first meeting", "a second round of talks"
                f.attrs["ordinal"] = rank
            if verb is not None and tok.head.lower_ == "of":  # "held a round of talks on Monday": the verb's date
                f.take_date(cx.date_of(verb))
            _ended(f, tok, cx)
            return [f]
    return []


#: Nouns of a stretch of time talks go on for ("a decade of talks", "months of negotiations").
SPAN_NOUNS = {"year", "decade", "month", "week"}
#: Verbs of a third party's part in others' talks ("rounds mediated by the African Union").
MEDIATING_VERBS = {"mediate", "broker", "facilitate", "host"}


def _talks_over_time(tok: Token) -> Token | None:
    """The noun of the stretch of time a talks noun is told over ("more than a decade of
    talks", "years of negotiations": talks over time, corpus/CLAIMS.md's `Negotiation`,
    not one meeting), or None."""
    if tok.lemma_ not in ("talk", "negotiation") or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    span = tok.head.head
    return span if span.lemma_ in SPAN_NOUNS and span.tag_ in ("NN", "NNS") else None


def _negotiation(tok: Token, parties: list[Known], cx: Context) -> list[Fact]:
    """"More than a decade of talks between A, B and C, including rounds mediated by O and
    P": a Negotiation of the sides (``party``; CAMEO 046, corpus/CLAIMS.md "talks over
    time, not one meeting"), its ``duration`` the words of the stretch of time, and a
    Mediation of the third parties the rounds were mediated by (``mediator``,
    ``mediationOf`` the negotiation). Input: the talks noun and its sides; output: the facts."""
    span = _talks_over_time(tok)
    words = cx.doc[span.left_edge.i: span.i + 1].text
    f = Fact("Negotiation", {"party": parties}, {"duration": words} if words.lower() != span.lower_ else {},
             tokens=[tok.i, *range(span.left_edge.i, span.i + 1), *(t.i for b in preps(tok, {"between"}) for t in b.subtree
                                                                   if t.i < (_including(b) or (t.i + 1)))],
             clause=False, split=False, undated=True)
    out = [f]
    for inc in [o for x in [tok, *preps(tok, {"between"})] for p in x.subtree if p.lower_ == "including" and p.dep_ == "prep"
                for o in p.children if o.dep_ == "pobj"]:
        by = [m for a in inc.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_ in MEDIATING_VERBS
              for ag in a.children if ag.dep_ == "agent" for m in ag.children if m.dep_ == "pobj"]
        who = [e for m in by for e in cx.entities(m) if e.type not in NOT_ACTORS and e.id not in {p.id for p in parties}]
        if who:
            out.append(Fact("Mediation", {"mediator": _uniq(who)}, tokens=[t.i for t in inc.head.subtree], clause=False,
                            undated=True, split=False, refers=("mediationOf", ("Negotiation",))))
    return out


def _including(tok: Token) -> int | None:
    """The index of the 'including' phrase inside ``tok``'s subtree (where the sides end), or None."""
    return next((t.i for t in tok.subtree if t.lower_ == "including" and t.dep_ == "prep"), None)


#: Verbs of a third party bringing two sides to meet, and the role it has in their meeting:
#: who arranges it organises it (schema:organizer); who brokers it is its mediator
#: (corpus/CLAIMS.md "brokered by", "mediated by"; CAMEO 045). Hosting is the host's
#: (:func:`hosted_meeting_rules`).
ARRANGE_VERBS = {"arrange": "organiser", "facilitate": "organiser", "set": "organiser", "broker": "mediator",
                 "mediate": "mediator"}
#: Nouns of people who act unnamed for a state or body in arranging talks ("Qatari
#: officials arranged a meeting").
ARRANGER_NOUNS = {"official", "diplomat", "mediator", "negotiator", "envoy", "intermediary", "authority"}


def _arranger(verb: Token, cx: Context) -> tuple[str, list[Known], tuple | None] | None:
    """Who ``verb`` (the verb of a meeting noun with 'between') says brought the two sides
    together, not being one of them: "Qatar arranged a meeting between A and B", "talks
    between A and B brokered by Oman", "Qatari officials set up a first meeting between A
    and B". (role, the actors named, None) or, for unnamed officials of a state, (role,
    [], ("unnamed officials", the state)); None when the verb is of no such kind or names
    no one."""
    role = ARRANGE_VERBS.get(verb.lemma_)
    if role is None or verb.pos_ != "VERB" or \
            verb.lemma_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    named = [e for s_ in doers(verb) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    if named:
        return role, _uniq(named), None
    officials = [s_ for s_ in doers(verb) if s_.lemma_ in ARRANGER_NOUNS and s_.i not in cx.at]
    return (role, [], _unnamed_people(officials[0], cx)) if officials else None


def _ordinal(noun: Token) -> int | None:
    """The place in a series the ordinal on a meeting noun gives ("a first meeting": 1),
    or on the round it is of ("a second round of talks": 2); else None."""
    nouns = [noun] + ([noun.head.head] if noun.head.lower_ == "of" and noun.head.head.lemma_ in ROUND_NOUNS else [])
    return next((n for x in nouns for c in x.children if c.dep_ == "amod" for n in [ordinal_of(c)] if n), None)


def brought_together_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The summit brought together Lula, Milei and Peña", "the talks gathered the
    ministers of Chile and Peru": a meeting whose noun is the subject of 'bring together'
    or 'gather' is a Meeting of the persons and states its objects name (two at least; a
    government for its state, :func:`governed`);
    the body whose meeting it is ("the Mercosur summit", "the bloc's summit" after the
    bloc was named) is not guessed."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("bring", "gather", "unite", "assemble"):
        return []
    if tok.lemma_ == "bring" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in tok.children):
        return []
    subj = [s_ for s_ in subjects(tok) if s_.dep_ == "nsubj"]
    if not subj and tok.dep_ == "acl" and tok.head.i < tok.i:
        subj = [tok.head]  # "The summit brought together ...", parsed as a clause on the noun
    if not subj or subj[0].lemma_ not in MEET_NOUNS | {"conference", "gathering", "forum"}:
        return []
    # the persons named after the verb (the parser may hang a long list anyhow: "Brazil's Lula, Argentina's
    # Milei, at his first summit, Paraguay's Pena and ..."), else the states its objects name
    people = _uniq([e for t in cx.doc[tok.i + 1: tok.sent.end] if t.i in cx.at and cx.at[t.i].form in ("name", "surname")
                    for e in [cx.at[t.i].entity] if e.type == "Person"])
    if not people:
        people = _uniq([e for o in objects(tok) for x in [o, *o.conjuncts]
                        for e in governed(cx.entities(x, conj=False), cx) if e.type == "State"])
    if len(people) < 2:
        return []
    return [Fact("Meeting", {"participant": people}, tokens=[subj[0].i, tok.i])]


#: Meals that, shared with someone ("had lunch with Xi"), are a meeting with them.
MEAL_NOUNS = {"lunch", "dinner", "breakfast", "banquet", "supper"}


def _accession_talks(noun: Token) -> bool:
    """Whether talks are those of a state joining a body ("accession talks", "membership
    negotiations"): no meeting of the states they are 'with'."""
    from kg.extract.facts.belonging import _accession_word

    return _accession_word(noun)


def they_people(pron: Token, cx: Context) -> list:
    """The people 'they' stands for: those of the nearest phrase before it, in its sentence
    or the one before, that names two or more people and nothing else ("the third meeting
    between the two presidents ...; they last met in Kazan", "Putin and Xi met on Monday.
    They last met in October"); empty when that phrase names anything else (English
    anaphora takes the nearest plural antecedent: a phrase of states is no antecedent of
    people who meet, and then none is guessed)."""
    if pron.lower_ != "they" or pron.pos_ != "PRON":
        return []
    start = cx.doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else pron.sent.start
    for t in reversed(cx.doc[start:pron.i]):
        if t.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj") or t.pos_ not in ("NOUN", "PROPN"):
            continue
        ents = cx.entities(t)
        if len(ents) >= 2:
            return ents if all(e.type == "Person" for e in ents) else []
    return []


#: Verbs of going somewhere that, "for talks", make the journey a meeting with the host.
ARRIVAL_VERBS = {"arrive", "land", "travel", "fly", "come", "go", "head", "return"}


def trip_for_talks_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X arrived in Washington for talks", "X flew to Beijing for a second round of
    negotiations": a Meeting of the traveller and the state of the place reached, when
    the talks name no one else (:func:`meeting_rules` reads "for talks with Y", and "for
    talks and met Y") and the place is not the traveller's own state."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in MEET_NOUNS or preps(tok, {"with", "between"}):
        return []
    head, noun = tok.head, tok
    if head.lower_ == "of" and head.dep_ == "prep" and head.head.pos_ == "NOUN" and head.head.dep_ == "pobj":
        if preps(head.head, {"with", "between"}):
            return []
        head, noun = head.head.head, head.head  # "for a second round of talks"
    if tok.dep_ != "pobj" or head.lower_ != "for" or head.dep_ != "prep" or head.head.lemma_ not in ARRIVAL_VERBS:
        return []
    verb = head.head
    if any(c.lemma_ in ("meet", "hold", "discuss", "talk", "negotiate") for c in verb.conjuncts):
        return []  # "arrived for talks and met X": the meeting with X is the talks (meeting_rules)
    if _gathering(noun, cx):
        return []  # "travelled to China for a summit of the SCO": the host is no counterpart
    who = _uniq([e for s_ in doers(verb) for e in cx.entities(s_) if e.type == "Person"])
    if not who:
        return []
    own = {cx.person_state[p.id].id for p in who if p.id in cx.person_state}
    host = [s for s in _host_states(preps(verb, {"in", "to", "at"}), cx) if s.id not in own]
    if len(host) != 1:
        return []
    f = Fact("Meeting", {"participant": who + host}, tokens=[verb.i, tok.i])
    date, toks = cx.date_of(verb)  # "arrived on Thursday for talks": the day of the journey
    if not date:
        date, toks = cx.date_of(noun)  # "for a second round of talks on Tuesday"
    if date:
        f.attrs["date"] = date
        f.tokens += toks
    return [f]


def _gathering(noun: Token, cx: Context) -> bool:
    """Whether ``noun`` (a noun of :data:`MEET_NOUNS`) is a gathering of many rather
    than talks with the place's hosts: a summit, or a meeting of an organisation ("a
    meeting of the African Union"), which the state reached only hosts."""
    if noun.lemma_ == "summit":
        return True
    return any(e.type == "InternationalOrganisation" for o in preps(noun, {"of"}) for e in cx.entities(o))


#: Prepositions that put talks before what a clause tells ("agreed X after four hours of talks").
AFTER_PREPS = {"after", "following"}


def talks_after_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile and Peru agreed on Wednesday to resume flights after four hours of talks",
    "the two presidents, following talks in Lima, signed ...": talks after which the
    clause's subject acted are a Meeting of that subject's parties (a joined subject of
    two or more persons, states or governments), dated as the clause is. Talks that name
    their own sides ("after talks with Y") are :func:`meeting_rules`'."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in MEET_NOUNS or tok.dep_ != "pobj" or preps(tok, {"with", "between"}):
        return []
    head = tok.head
    if head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.dep_ == "pobj":
        head = head.head.head  # "after four hours of talks", "after two rounds of negotiations"
    if head.lower_ not in AFTER_PREPS or head.dep_ != "prep" or head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = head.head
    while not subjects(verb) and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "agreed to resume X and to curb Y, after talks": who agreed
    people = _uniq([e for s_ in subjects(verb) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)])
    if len(people) < 2 or not all(e.type in ("Person", "State", "Government") for e in people):
        return []
    f = Fact("Meeting", {"participant": people}, tokens=[verb.i, tok.i, head.i], clause=False)
    date, toks = cx.date_of(verb)
    if date:
        f.attrs["date"] = date
        f.tokens += toks
    return [f]


def _met_by(tok: Token, cx: Context) -> list[Fact]:
    """"X was met at the airport by Y and Z": a Meeting of the one met and those who met
    them. The parser often hangs the 'by' phrase on the place before it ("at the
    station by the ambassador, Y, and ..."), so the persons are read from 'by' to the end
    of the clause: names, or titles in apposition to names."""
    met = [e for c in tok.children if c.dep_ == "nsubjpass" for e in cx.entities(c) if e.type == "Person"]
    if not met:
        return []
    by = next((t for t in tok.doc[tok.i + 1: tok.sent.end] if t.lower_ == "by" and t.dep_ in ("agent", "prep")), None)
    if by is None or by.i - tok.i > 8:
        return []
    people, last = [], by.i
    for t in tok.doc[by.i + 1: tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or t.text in (";", ":"):
            break  # another clause
        m = cx.at.get(t.i)
        if m is not None and m.entity.type == "Person":
            people.append(m.entity)
            last = t.i
    people = _uniq([p for p in people if p.id not in {e.id for e in met}])
    if not people:
        return []
    return [Fact("Meeting", {"participant": _uniq(met + people)}, tokens=[tok.i, by.i, last])]


#: Who a body's or a government's people stand for in a meeting ("talks with junta officials").
MEMBERS_FOR = ("Government", "MilitaryGovernment", "OppositionGovernment")


#: Plural nouns of those who meet for their states ("the leaders of Canada and Japan met").
HEADS_OF_STATES = {"leader", "president", "head", "minister", "premier", "prime minister", "foreign minister"}
#: Nouns that count or measure talks held ("held a second round of talks", "after two days of talks").
ROUND_NOUNS = {"round", "series", "day", "hour", "week"}
#: Plural nouns of the people states send to talks ("officials from Armenia and Azerbaijan
#: met", "delegations from Chile and Peru held talks"), besides :data:`HEADS_OF_STATES`.
SENT_NOUNS = {"official", "delegation", "delegate", "representative", "negotiator", "envoy", "diplomat"}


def _sent_by_states(subj: list[Token], cx: Context) -> list[Known]:
    """The states a plural subject of heads or envoys meets for, two or more joined by
    'and' after its 'of' or 'from' ("the leaders of Canada, France and Japan met",
    "officials from Armenia and Azerbaijan held talks"; :func:`_joint_participants`);
    none for one state ("officials from Armenia met": who else, the clause does not say)."""
    return [e for s in subj if s.dep_ == "nsubj" and s.tag_ == "NNS" and s.lemma_ in HEADS_OF_STATES | SENT_NOUNS
            for e in _joint_participants(preps(s, {"of", "from"}), cx) if e.type == "State"]


def _members_for(noun: Token, cx: Context) -> list[Known]:
    """The government whose unnamed people a plural noun names ("junta officials", "the
    government's negotiators"): they meet for it. A demonym names no one ("Russian
    officials"), nor a state ("Chile's officials" may be anyone's of Chile)."""
    if noun.tag_ != "NNS" or noun.lemma_ not in BODY_MEMBERS | {"negotiator"}:
        return []
    return _uniq([cx.at[c.i].entity for c in noun.children if c.dep_ in ("compound", "nmod", "poss", "amod")
                  and c.i in cx.at and cx.at[c.i].form != "demonym" and cx.at[c.i].entity.type in MEMBERS_FOR])


def _joint_participants(objs: list[Token], cx: Context) -> list[Known]:
    """The participants an 'of' phrase gives a joint event ("a meeting of Aliyev and
    Pashinyan", "the second meeting of the two countries' ministers"): two or more
    people or states joined by 'and', or the article's two states (:attr:`Context.pair`)
    for 'the two countries' (:func:`_both_of_pair`); else none: "a meeting of the
    council" names a body, not who met."""
    found = _uniq([e for o in objs for e in cx.entities(o) if e.type in ("Person", "State")])
    if len(found) >= 2:
        return found
    if cx.pair and any(_both_of_pair(t) for o in objs for t in o.subtree):
        return list(cx.pair)
    return []


#: Statements that need no addressee to be facts: "Moscow has dismissed the charge",
#: "Washington denied the accusation", "Pretoria hailed the ruling" judge what the
#: article names elsewhere; an appeal or an endorsement is made to someone.
UNADDRESSED = {"Rejection", "Accusation", "Criticism", "Praise"}


def statement_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "X praised/condemned/accused/rejected/urged Y": the Statement kind of the verb,
    speaker and what it is about (with the subject of an accusation)."""
    if tok.pos_ == "VERB" and tok.lemma_ in WISH_VERBS:
        return _wanted(tok, cx)
    kind = STATEMENT_VERBS.get(lexicon.lemma(tok))
    if tok.pos_ != "VERB" or kind is None:
        return []
    if any(o.lemma_ == "vote" for o in preps(tok, {"by"})):
        return []  # "the board censured Iran by 20 votes to two": a body's vote (vote_outcome_rules), no statement
    if tok.lemma_ == "oppose" and not objects(tok) and tally(tok.sent):
        return []  # "passed by 187 votes to 2, with only X and Y opposed": votes against (ballots.with_sides)
    if removes_officer(tok, cx):
        return []  # "dismissed Minister of Justice X": a removal from office (reshuffles.dismissal_rules), no rejection
    if disputes_land(tok, cx):
        return []  # "have disputed parts of their border": a territorial dispute, no words rejected
    if kind == "Rejection" and tok.dep_ == "relcl" and tok.head.dep_ == "appos":
        from kg.extract.facts.disputed import rejected_charge_rules
        if rejected_charge_rules(tok.head, cx):
            return []  # "..., an accusation Cuba rejected": the accusation's and its rejection (facts/disputed.py)
    speaker = [e for s in subjects(tok) if s.dep_ != "nsubjpass" for e in cx.entities(s)]  # or the agent of a passive
    to_blame = _to_blame(tok, cx)
    if to_blame is not None:
        return to_blame
    welcomed = [e for o in objects(tok) for e in cx.entities(o)] if tok.lemma_ == "welcome" else []
    if welcomed and all(e.type == "Person" for e in welcomed):
        return []  # "Putin welcomed Min Aung Hlaing": a person welcomed is greeted, not praised
    if tok.lemma_ == "welcome" and any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                       for t in (tok, *objects(tok)) for c in t.children):
        return []  # "welcomed investors to set up businesses": an invitation to come, no judgement of anything
    if tok.lemma_ == "call" and _called_on_person(tok, cx):
        return []  # "called on President Murmu": a courtesy call (meeting_rules), no appeal
    if tok.lemma_ == "call":  # "called on Hamas to release": an appeal to whom it calls on
        about = [e for o in preps(tok, {"on", "upon"}) for e in cx.entities(o)]
        if not about:  # "called on supporters to stay calm": people not named
            return _urged_people(tok, speaker, cx)
    else:
        about = [e for o in objects(tok) for e in cx.entities(o)]
    if not about and kind in ("Criticism", "Rejection") and not objects(tok):
        # "hit out at Brussels", "railed against the EU", "complained about Chile": what the words are aimed at
        about = [e for o in preps(tok, {"at", "against", "about"}) for e in cx.entities(o)]
    unnamed = None
    if not speaker:  # "Rights groups criticised the decision", "Western officials accused Peru of ...": unnamed
        subj = [s for s in subjects(tok) if s.dep_ != "nsubjpass"]
        unnamed = _unnamed_speakers(subj[0], cx) if len(subj) == 1 else None
        if unnamed is None and len(subj) == 1:
            unnamed = _state_mission(subj[0], cx)  # "The Chinese embassy in Prague rejected the accusation"
        if unnamed is None:
            # "Chile was accused of spying": no accuser, no accusing told as an event (CAMEO 112 needs its
            # source); what Chile is accused of is the claim, alleged by whoever the article says alleges it
            return []
    obj = [o for o in objects(tok)]
    if not about and obj:
        about = [e for o in obj for c in _poss(o) for e in cx.entities(c, conj=False)]
    if not about and obj:  # 'hailed the talks with Min Aung Hlaing': the one entity the object names
        # not inside the charge or the grounds ('accusing the opposition of being sympathetic to
        # North Korea': the opposition is accused, North Korea is in what it is accused of)
        charge = {t.i for c in obj[0].children if kind == "Accusation" and c.dep_ == "prep"
                  and c.lower_ in ("of", "for", "over") for t in c.subtree}  # elsewhere 'of' owns: 'the concerns of Chile'
        # nor inside a relative clause on it ('the accusations, which she called groundless': she speaks of them)
        charge |= {t.i for c in obj[0].children if c.dep_ == "relcl" for t in c.subtree}
        # nor the accused of charges denied ('denies all the charges against him': he is the one charged,
        # the rejection is not about him)
        charge |= {t.i for c in obj[0].children if kind == "Rejection" and c.dep_ == "prep" and c.lower_ == "against"
                   for t in c.subtree}
        inside = _uniq([cx.at[t.i].entity for t in obj[0].subtree if t.i in cx.at and t.i not in charge])
        about = inside if len(inside) == 1 else []
    if tok.lemma_ == "blame":
        about = _blamed(tok, cx, about)
        if about is None:
            return []  # "blamed the currency's fall on a shrinking trade surplus": a cause, no one accused
    about = [e for e in about if e.id not in {x.id for x in speaker}]
    if not about and kind == "Appeal":
        return _urged_people(tok, speaker, cx)
    if not about and kind not in UNADDRESSED:
        return []
    if not about and kind == "Rejection" and any(c.dep_ == "ccomp" for c in tok.children) and \
            any(_eventful(c) for c in tok.children if c.dep_ == "ccomp"):
        return []  # "X denied that Y met Z": the meeting, denied (modality), is the claim; no rejection of no one
    # "Moscow dismissed the charge as baseless": a rejection by Moscow, of something the article names elsewhere
    # the verb is the speech act itself ("Putin hailed the talks"): its speaker said it
    f = Fact(kind, {**({"speaker": speaker} if speaker else {}), **({"about": about} if about else {})},
             tokens=[tok.i], statement=True, said=True)
    if not about and obj and (kind in ("Praise", "Criticism") or kind == "Rejection" and unnamed is not None):
        # (an unnamed body's rejection, "the Chinese embassy rejected the accusation": of the accusation told)
        # "Guterres welcomed the pledge", "condemned the strike": the fact the object names, told before
        kinds = _fact_referred(obj[0])
        # "criticised the decision", "welcomed the outcome": a decided act told before, of any kind
        kinds = DECISION_KINDS if kinds == () and obj[0].pos_ == "NOUN" else kinds
        f.about_kinds = (obj[0].lemma_.lower(), kinds) if kinds else None
        named = [o for o in preps(obj[0], {"of"}) if o.pos_ in ("NOUN", "PROPN")] if obj[0].lemma_.lower() in ACT_OF_NOUNS else []
        if kinds and named:
            # "welcomed the signing of the treaty": the treaty told before, whose words name it, or none
            f.about_kinds = (named[0].lemma_.lower(), kinds, True)
    if unnamed is not None:
        if not about and not getattr(f, "about_kinds", None):
            return []  # an unnamed speaker's words about nothing named nor told say too little to be a fact
        f.qualified["speaker"] = unnamed
    subject = _prep_words(tok, ("of", "for", "over"), 15) if kind in ("Accusation", "Praise", "Criticism") else None
    if subject and kind in ("Praise", "Criticism"):
        # "thanked X for his support and Y for her leadership": a thanks to each, with its own grounds
        f.attrs["subject"] = subject
        return split_addressees(f, tok, cx)
    if subject:
        f.attrs["subject"] = subject
    elif kind in JUDGING_KINDS and obj and tok.lemma_ in AS_LABEL_VERBS and _as_label(tok, obj[0]):
        # "hailed Kell as a hero", "dismissed the report as lies": the verb's judgement, in the words 'as' gives
        said = label_text(cx.doc, _label_words(tok, obj[0])) if _label_words(tok, obj[0]) else ""
        if said:
            f.attrs["grounds" if kind == "Rejection" else "subject"] = said
    return [f]


def _to_blame(tok: Token, cx: Context) -> list[Fact] | None:
    """The Accusation of "X is to blame (for Y)", where ``tok`` is 'blame' after 'be': X is
    the one blamed (``about``), not who blames. Whoever says it ("Chile suggested that Peru
    was to blame for the war") is the speaker (CAMEO 112 needs its source); with no one
    saying it in the sentence, no fact (an empty list). None for any other 'blame'."""
    if tok.lemma_ != "blame" or tok.dep_ != "xcomp" or tok.head.lemma_ != "be":
        return None
    blamed = [e for s in subjects(tok.head) for e in cx.entities(s) if e.type not in NOT_ACTORS]
    say = tok.head.head if tok.head.dep_ == "ccomp" else None
    speaker = [e for s in subjects(say) if s.dep_ != "nsubjpass" for e in cx.entities(s)] \
        if say is not None and say.lemma_ in SAY_VERBS else []
    blamed = [e for e in blamed if e.id not in {x.id for x in speaker}]
    if not blamed or not speaker:
        return []
    f = Fact("Accusation", {"speaker": speaker, "about": blamed}, tokens=[tok.i], statement=True, said=True)
    subject = _prep_words(tok, ("for", "over"), 15)
    if subject:
        f.attrs["subject"] = subject
    return [f]


def _blamed(tok: Token, cx: Context, about: list[Known]) -> list[Known] | None:
    """Who the verb 'blame' ``tok`` blames: in "blamed the fall on Hamas" the one named in
    the 'on' phrase (the object is what went wrong), else the actors of ``about`` (its
    object: "blamed Hamas for the attack"). An empty list when the 'on' phrase names no one
    but says whose act it was ("on the central bank's soft policy": a possessor noun);
    None when the blame falls on a cause and no actor ("blamed the currency's fall on a
    shrinking trade surplus"), which is no Accusation (CAMEO 112 accuses an actor)."""
    # the parser may hang the 'on' phrase on the object: "blamed [the fall on a surplus]"
    on = preps(tok, {"on"}) + [c for o in objects(tok) for p in o.children if p.dep_ == "prep" and p.lower_ == "on"
                               for c in p.children if c.dep_ == "pobj"]
    on = [o for o in on if o.ent_type_ not in ("DATE", "TIME")]  # "blamed hackers on Monday": when, not on whom
    if not on:
        return [e for e in about if e.type not in NOT_ACTORS]
    named = [e for e in _uniq([cx.at[t.i].entity for o in on for t in o.subtree if t.i in cx.at])
             if e.type not in NOT_ACTORS]
    if named:
        return named
    whose = any(t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN") for o in on for t in o.subtree) or \
        any(c.dep_ == "pobj" and c.lemma_.lower() in BLAMED_AGENTS for o in on for c in [o, *o.children])
    return [] if whose else None


#: Nouns of someone unnamed whom a blame can fall on ("blames on a senior intelligence
#: officer", "blamed it on the government"): people and bodies, not causes.
BLAMED_AGENTS = UNNAMED | {"officer", "government", "military", "army", "regime", "rebel", "militant", "leader",
                           "president", "opposition", "agent", "force", "troop", "soldier", "administration",
                           "bank", "ministry", "party", "state", "country", "authorities", "officials", "enemy"}


#: Verbs of wanting someone else to act: "Azerbaijan wants Armenia to change its constitution".
WISH_VERBS = {"want", "wish"}


def _wanted(verb: Token, cx: Context) -> list[Fact]:
    """"X wants Y to do Z": an Appeal by X to Y (CAMEO 'make an appeal or request'), what
    Y is to do as its subject; X and Y named, and not the same. "X wants to do Z" (no
    one else to act) is no appeal."""
    clause = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
              and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
    if not clause:
        return []
    doer = [s_ for s_ in clause[0].children if s_.dep_ == "nsubj"] or \
        [o for o in verb.children if o.dep_ == "dobj"]  # "want Armenia to change": the parser's two readings
    speaker = [e for s_ in subjects(verb) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    about = [e for d in doer for e in cx.entities(d) if e.type not in NOT_ACTORS]
    about = [e for e in about if e.id not in {x.id for x in speaker}]
    if not (speaker and about):
        return []
    f = Fact("Appeal", {"speaker": speaker, "about": about}, tokens=[verb.i, clause[0].i], statement=True, said=True)
    f.attrs["subject"] = _text(cx.doc, [t for t in clause[0].subtree if t.i >= clause[0].i])  # "change its constitution"
    return [f]


#: Nouns of people an appeal may address without naming anyone ("urged people to protest").
#: Bodies addressed without a name count too ("urged governments to help", "urged the authorities to act").
PUBLIC_NOUNS = {"people", "citizen", "supporter", "voter", "resident", "member", "follower", "protester", "public",
                "everyone", "compatriot", "worker", "student", "youth", "crowd"} | GENERIC_ADDRESSEES


def _urged_people(verb: Token, speaker: list, cx: Context) -> list[Fact]:
    """"Ozel urged people to protest", "called on supporters to stay calm": an Appeal by
    the speaker to people the text does not name, what they are to do as its ``subject``
    (as corpus/CLAIMS.md writes such a call: speaker and subject, no addressee). Only a
    noun of :data:`PUBLIC_NOUNS` as the one urged and an infinitive of what to do; a
    named addressee is :func:`statement_rules`' own."""
    urged = [o for o in objects(verb) if o.dep_ == "dobj"] + preps(verb, {"on", "upon"})
    urged = [o for o in urged if o.lemma_.lower() in PUBLIC_NOUNS and not cx.entities(o)]
    clause = [c for c in [*verb.children, *(x for o in urged for x in o.children)]
              if c.dep_ in ("xcomp", "ccomp", "acl") and c.tag_ == "VB"
              and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
    speaker = [e for e in speaker if e.type not in NOT_ACTORS]
    if not (urged and clause and speaker):
        return []
    f = Fact("Appeal", {"speaker": speaker}, tokens=[verb.i, urged[0].i, clause[0].i], statement=True, said=True)
    f.attrs["subject"] = _text(cx.doc, [t for t in clause[0].subtree if t.i >= clause[0].i and not t.is_punct])
    return [f]


#: Labels that judge: praise ("a strategic victory", "the dearest friend") or blame ("unfounded", "a sham").
PRAISE_LABELS = {"friend", "victory", "success", "triumph", "milestone", "breakthrough", "historic", "king", "hero",
                 "landmark", "achievement", "excellent", "outstanding", "brother",
                 "strongest", "best", "greatest", "finest"}  # a superlative of merit ("the strongest ever concluded")
BLAME_LABELS = {"unfounded", "unlawful", "illegal", "illegitimate", "baseless", "absurd", "motivated", "unacceptable",
                "sham", "farce", "provocation", "mistake", "violation", "outrageous", "groundless", "false",
                "fabricated", "lie", "hostile", "shameful", "disgraceful", "unjustified", "unjust", "propaganda",
                "travesty", "blackmail"}
#: Labels that deny what they judge any force, whatever it is: "called the impeachment null and void".
VOID_WORDS = {"void", "null"}
#: What a blame label rejects rather than criticises: a claim or a measure taken against the speaker.
REJECTED = {"accusation", "allegation", "claim", "charge", "report", "sanction", "measure", "statement", "assertion",
            "designation", "restriction"}


def _quoted_after(obj: Token) -> list[Token]:
    """The words of a quotation that follows ``obj`` right away, after at most an article
    ('the deal a "significant step forward"'), up to its closing mark in the same
    sentence; empty when no quotation follows."""
    doc, i = obj.doc, obj.right_edge.i + 1
    end = obj.sent.end
    if i < len(doc) and i == end and doc[i].text in _QUOTES:
        end = doc[i].sent.end  # 'dubbed Putin "the last imperialist"': the parser may start a sentence at the mark
    if i < end and doc[i].lower_ in ("a", "an", "the"):
        i += 1
    if i >= end or doc[i].text not in _QUOTES:
        return []
    close = next((j for j in range(i + 1, end) if doc[j].text in _QUOTES), None)
    return list(doc[i + 1:close]) if close is not None and close > i + 1 else []


def label_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X called the sanctions unfounded and unlawful", "called the charges baseless": a
    label that blames (:data:`BLAME_LABELS`) given to a claim or a measure
    (:data:`REJECTED`) is a Rejection, said by the subject, about what the object names.
    Any other label, praise or blame ("called the invitation a strategic victory",
    "called the trial a farce"), is the speaker's Characterisation
    (:func:`characterisation_rules`), not a Praise or a Criticism beside it
    (corpus/CLAIMS.md, "Which kind a judgement is"): nothing here."""
    if tok.pos_ != "VERB" or tok.lemma_ not in LABEL_VERBS:
        return []
    objs = [o for o in tok.children if o.dep_ == "dobj"]
    if not objs or any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and
                       not any(o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in tok.children):
        return []  # "called on X to ...", "called for talks": an appeal, read by its own rule ("on Saturday" is a date)
    obj = objs[0]
    labels = [c for c in tok.children if c.dep_ in ("oprd", "acomp", "xcomp")]
    labels += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    labels += [a for a in obj.children if a.i > obj.i and (a.dep_ == "amod" or a.dep_ == "acl" and a.pos_ == "ADJ")]
    # "the sanctions unfounded", 'the decision "null and void"' (an adjective the parser hangs as a clause)
    quoted = [] if labels else _quoted_after(obj)
    if quoted:  # 'called the deal a "significant step forward"', parsed as adverbs: the quoted words
        labels = quoted
    words = {t.lemma_ for lab in labels for t in lab.subtree} | {t.lower_ for lab in labels for t in lab.subtree}
    if not (words & BLAME_LABELS and obj.lemma_ in REJECTED or words & VOID_WORDS):
        return []  # a label that praises or blames is the speaker's Characterisation (corpus/CLAIMS.md)
    kind = "Rejection"
    speaker = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
    speaker = [e for e in speaker if e.type not in NOT_ACTORS]
    if not speaker:
        return []
    about = cx.entities(obj) or [e for c in _poss(obj) for e in cx.entities(c, conj=False)]
    modified = _name_before_fact_noun(obj)
    if modified is not None:
        about = []  # "called the Peru-Chile deal a milestone": the deal is praised, not a state named in it
    about = [e for e in about if e.id not in {x.id for x in speaker} and e.type not in NOT_ACTORS]
    f = Fact(kind, {"speaker": speaker, **({"about": about} if about else {})}, tokens=[tok.i, obj.i],
             statement=True, said=True)
    after = [t for lab in labels for t in lab.subtree if modified is not None and t.i > modified.i]
    if after:
        f.attrs["subject"] = _text(cx.doc, sorted(after, key=lambda t: t.i))
    elif quoted:
        f.attrs["subject"] = cx.doc[quoted[0].i:quoted[-1].i + 1].text
    elif _judged(obj, labels, cx):
        f.attrs["subject"] = _judged(obj, labels, cx)
    return [f]


def _judged(obj: Token, labels: list[Token], cx: Context) -> str:
    """What a label says, in words: a label naming something is said as written ("a
    strategic victory"); a bare judgement, an adjective, is said of what it judges ("called
    the decision outrageous": "the decision is outrageous"), never alone: a judgement of
    something a pronoun stands for ("called it outrageous") gives no words."""
    if any(lab.pos_ != "ADJ" for lab in labels):
        return _words(cx.doc, labels)
    # the adjectives and their adverbs and conjuncts ("completely unfounded", "unfounded and
    # unlawful"), without a phrase the parser hangs on them ("outrageous on Monday")
    said = [t for lab in labels for t in lab.subtree
            if not any(a.dep_ in ("prep", "npadvmod", "punct", "advcl") for a in [t, *t.ancestors][:_depth(t, lab)])]
    inside = {t.i for lab in labels for t in lab.subtree}
    judged = [t for t in obj.subtree if t.i not in inside]
    if obj.pos_ == "PRON" or not judged:
        return ""
    return f"{_text(cx.doc, judged)} {'are' if obj.tag_ in ('NNS', 'NNPS') else 'is'} {_text(cx.doc, said)}"


def _depth(tok: Token, top: Token) -> int:
    """How many steps up from ``tok`` its ancestor ``top`` is (0 for ``top`` itself)."""
    return next((k + 1 for k, a in enumerate(tok.ancestors) if a.i == top.i), 0)


def support_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "X provided military and diplomatic backing for Y": one Support per kind named."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in ("support", "backing", "assistance", "aid", "funding"):
        return []
    verb = tok.head if tok.dep_ == "dobj" else None
    joined = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "dobj" else None  # 'military and diplomatic backing'
    amount = money_obj = None
    if verb is None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.dep_ == "dobj" and \
            tok.head.head.head.lemma_ in AID_VERBS:
        # "pledged $500 million in military aid to Peru", "will provide £3 billion of military aid a year":
        # the money is the object, the aid what it is in or of
        verb = tok.head.head.head
        money_obj = tok.head.head  # "obligated $25 million in assistance to Peru": 'to' may hang on the money
        amount = sum_of(money_obj)
        if amount is not None:  # "a year" after the aid: how often it is given
            rate, per = per_period(tok.doc, max(t.i for t in tok.subtree) + 1)
            amount = (amount[0] + rate, amount[1] + per)
    if verb is None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.pos_ == "VERB" and \
            tok.head.head.lemma_ in AID_VERBS:
        # "promised 1 billion yuan (about $137 million) in emergency assistance to Peru": the parser hangs
        # the aid's 'in' on the verb, whose object is the money
        sums = [(o, sum_of(o)) for o in tok.head.head.children if o.dep_ == "dobj"]
        sums = [(o, a) for o, a in sums if a is not None]
        if len(sums) == 1:
            verb, (money_obj, amount) = tok.head.head, sums[0]
    if joined is not None:
        verb = joined.head
    if verb is None and preps(tok, {"from"}):  # "Support from Russia is critical for Myanmar's military"
        giver = [e for o in preps(tok, {"from"}) for e in cx.entities(o)]
        to = preps(tok, {"for", "to"}) + (preps(tok.head, {"for", "to"}) if tok.dep_ == "nsubj" else [])
        if tok.dep_ == "nsubj":  # "... is increasingly critical for Myanmar's military": 'for' on the adjective
            to += [o for a in tok.head.children if a.dep_ == "acomp" for o in preps(a, {"for", "to"})]
        taker = [e for o in to for e in _or_appos(o, cx)]
        if giver and taker:
            return [Fact("Support", {"supporter": giver, "supported": taker}, tokens=[tok.i])]
        return []
    if verb is None or verb.lemma_ not in AID_VERBS:
        return []
    supporter = [e for s in subjects(verb) for e in cx.entities(s)]
    if not supporter and verb.dep_ == "acl":  # "Russia's willingness to provide backing": whose willingness it is
        supporter = [e for c in verb.head.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    supported = [e for h in (tok, verb, joined, money_obj) if h is not None for o in preps(h, {"for", "to"})
                 for e in _or_appos(o, cx)]
    # "the United Kingdom will provide £3 billion of military aid a year": a sum given, to whom the
    # article's other support goes when it names one
    open_role = "supported" if supporter and not supported and amount is not None and \
        all(e.type == "State" for e in supporter) else None
    if not (supporter and (supported or open_role)):
        return []
    kinds = [a.lower_ for a in tok.children if a.dep_ == "amod"]
    kinds += [c.lower_ for a in tok.children if a.dep_ == "amod" for c in a.conjuncts]
    if joined is not None:
        kinds += [joined.lower_] + [a.lower_ for a in joined.children if a.dep_ == "amod"]
    kinds = [k for k in ("military", "diplomatic", "economic", "political", "humanitarian") if k in kinds]
    out = []
    for k in kinds or [None]:
        f = Fact("Support", {"supporter": supporter, **({"supported": supported} if supported else {})},
                 tokens=[tok.i, verb.i], open_role=open_role)
        if k:
            f.attrs["supportKind"] = k
        if amount is not None and len(kinds) <= 1:
            f.attrs["value"] = amount[0]
            f.tokens += amount[1]
        if verb.lemma_ in PROMISE_VERBS | AID_OFFERED:
            # a pledge or an offer is not yet a delivery; aid announced is a decision made public
            f.attrs["status"] = "announced" if verb.lemma_ == "announce" else "promised"
        if verb.i != tok.head.i:  # the date on the verb the aid hangs under ("pledged ... on Monday")
            f.take_date(cx.date_of(verb))
        out.append(f)
    return out


#: Verbs of giving support ("provided backing for", "pledged $500 million in aid to").
AID_VERBS = {"provide", "give", "offer", "extend", "lend", "pledge", "promise", "grant", "allocate", "announce",
             "release", "disburse"}
#: Verbs of aid said to come, not yet given ("offered $2 million", "announced 100 million
#: yuan of emergency aid"): a Support with ``status: promised`` as for a pledge (CAMEO 033),
#: or ``announced`` (corpus/CLAIMS.md: a decision made public) for 'announce'.
AID_OFFERED = {"offer", "announce"}


LIGHT_NOUNS = {"support": "StatementOfSupport", "backing": "StatementOfSupport", "solidarity": "StatementOfSupport",
               "gratitude": "Praise", "thanks": "Praise", "admiration": "Praise", "appreciation": "Praise",
               "congratulations": "Praise", "concern": "Criticism", "outrage": "Criticism", "regret": "Criticism",
               "disappointment": "Criticism", "condemnation": "Criticism", "opposition": "Criticism"}


#: Verbs that make a stance of their object noun (:data:`LIGHT_NOUNS`): "expressed support
#: for", "voiced concern over", "reaffirmed its support for" (said again is said).
LIGHT_VERBS = {"express", "voice", "convey", "extend", "offer", "reiterate", "pledge", "reaffirm", "restate"}


def light_statement_rules(tok: Token, cx: Context) -> list[Fact]:
    """'X expressed support for Y', 'X voiced concern over Y', 'X conveyed its gratitude to Y',
    'X reaffirmed its support for Y' (CAMEO 05 'engage in diplomatic cooperation': 051 praise
    or endorse; 'concern' and the like CAMEO 11 'disapprove')."""
    kind = LIGHT_NOUNS.get(tok.lemma_.lower())
    if kind is None or tok.dep_ != "dobj" or tok.head.lemma_ not in LIGHT_VERBS:
        return []
    verb = tok.head
    speaker = [e for s_ in subjects(verb) for e in cx.entities(s_)]
    about = []
    objs = preps(tok, {"for", "to", "over", "about", "at", "with"}) + preps(verb, {"to", "for", "over"})
    for o in objs:
        about += cx.entities(o) or [e for c in _poss(o) for e in cx.entities(c, conj=False)]
    if not about:  # "gratitude for the gift of six elephants sent by Myanmar": the giver named inside
        about = [cx.at[t.i].entity for o in objs for t in o.subtree if t.i in cx.at and t.dep_ == "pobj"
                 and t.head.lower_ == "by" and cx.at[t.i].entity.type not in NOT_ACTORS]
    about = [e for e in _uniq(about) if e.id not in {x.id for x in speaker}]
    if not (speaker and about):
        return []
    return [Fact(kind, {"speaker": speaker, "about": about}, tokens=[tok.i, verb.i], statement=True, said=True)]

#: Words that make reported words a report of an event (a deal, a visit, a figure)
#: rather than an opinion: such a statement is drafted only as the event's attribution.
EVENT_WORDS = AGREEMENT_NOUNS | SUPPLY_VERBS | {"sign", "visit", "meet", "discuss", "expel", "sanction", "invest", "trade",
                                                "join", "membership", "talk", "summit", "export", "import", "arrest",
                                                "sentence", "replace", "deploy", "launch", "appoint", "elect"}


def _broken_subject(verb: Token, subj: list[Token]) -> Token | None:
    """The subject of the clause a parenthetical saying breaks into, when the parser gave
    the verb of saying two subjects ("Ukraine, Dmitry Peskov said, was not ready": 'Ukraine'
    and 'Peskov'): the farther one, set off from the verb by a comma after it, is the
    clause's subject, not a speaker; the nearer one speaks. None otherwise."""
    before = sorted((c for c in subj if c.i < verb.i), key=lambda c: c.i)
    if len(before) < 2:
        return None
    far, near = before[0], before[-1]
    doc = verb.doc
    if any(doc[j].text == "," for j in range(far.i + 1, near.left_edge.i)):
        return far
    return None



#: Verbs of holding a view, whose clause says what the holder judges ("the United States
#: assesses that Russia is developing ...").
JUDGE_VERBS = {"assess", "believe", "judge", "conclude", "estimate"}


def _judged_clause(comp: Token) -> Token:
    """The clause a statement is about: ``comp``, or, when ``comp`` only says that a named
    state or body holds a view ("that the United States assesses that Russia is ..."),
    the clause of that view."""
    holder = [c for c in comp.children if c.dep_ == "nsubj"]
    if comp.lemma_ in JUDGE_VERBS and holder and holder[0].pos_ == "PROPN":  # a named state or body, not "he"
        inner = [c for c in comp.children if c.dep_ == "ccomp"]
        if len(inner) == 1:
            return inner[0]
    return comp


#: Words that open a clause of condition ("whenever it believes that ...", "if it finds
#: that ..."): a verb of saying or thinking there tells when a rule applies, not what
#: anyone said (a past "when he said" stays a statement).
CONDITION_MARKS = {"whenever", "if", "unless", "wherever"}


def said_rules(tok: Token, cx: Context) -> list[Fact]:
    """'X said (that) ...', '"...," X said', 'he told Putin': a Statement by X, about the
    entity the statement's clause is about (its subject, or whom X told), when one is
    clear. The class stays the general Statement: the words do not say which kind."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SAY_VERBS:
        return []
    if _reported_inside(tok):
        return []  # "Modi said India had always believed ...": one statement, Modi's
    if tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_MARKS for c in tok.children):
        return []  # "may ask for talks whenever it believes that ...": the condition of a rule, no words said
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    broken = _broken_subject(tok, subj)
    if broken is not None:  # "Ukraine, Peskov said, was ...": the saying's own subject speaks
        subj = [c for c in subj if c.i != broken.i]
    if not subj and tok.dep_ == "conj":  # "Putin hailed the talks, and said that ...": the first verb's subject
        # "Iran denies that it has ever sought weapons and says ...": the parser joins 'says' to the
        # denied clause; the one who denies says it, not the subject inside the denial
        first = tok.head.head if _speech_after_report(tok) else tok.head
        subj = [c for c in first.children if c.dep_ == "nsubj"]
    if not subj:
        subj = _name_before(tok, cx)
    if not subj:
        return []
    speaker = [e for e in cx.entities(subj[0]) if e.type != "NewsOrganisation"]
    unnamed = None if speaker else _unnamed_speakers(subj[0], cx)
    if not speaker and unnamed is None:
        return []
    about: list[Known] = []
    if tok.lemma_ == "tell":  # "he told Putin": addressed to a person; telling a parliament is not about it
        about += [e for o in objects(tok) + [c for c in tok.children if c.dep_ == "dative"] for e in cx.entities(o)
                  if e.type == "Person"]
    comp = _reported_clause(tok)
    if not comp and tok.lemma_ in VIEW_VERBS:
        return _view(tok, subj[0], speaker, cx)
    if not comp and tok.lemma_ == "tell" and tok.dep_ in ("conj", "parataxis") and tok.head.i < tok.i and \
            not _direct(tok, tok.head) and any(_eventful(v) for v in _told_before(tok, tok.head)):
        # "Police boarded the tanker ..., the police chief told reporters": the parser hangs 'told' on the
        # clauses told as one more of them; one reporting an act makes the telling that fact's source
        return []
    if not comp and tok.lemma_ != "tell":
        return []  # 'announced sanctions': not a statement of content
    if comp and any(reported_act(v) if _direct(tok, comp[0]) else _eventful(v) for v in _told_before(tok, comp[0])):
        # what is said to have been done is that act, the speaker its source; in words quoted, wholly or in
        # part, only an act told as done or under way ('"The enemy is attacking us," he said', 'said troops
        # had opened fire on "suspects"'): quoted words of a plan or a view stay the speaker's statement
        return []
    if comp and comp[0].i < tok.i and speaker and all(e.type != "Person" for e in speaker) and \
            not any(t.text in _QUOTES for t in tok.doc[max(tok.sent.start, comp[0].left_edge.i - 1):tok.i]):
        # "Chad has taken in 700,000 refugees, the council said": a body's words, unquoted and told before
        # the saying, are what it reports (the source of those facts), not a statement of its own view
        return []
    if broken is not None:  # "Ukraine, Peskov said, was not ready": what the words broken into are about
        about += cx.entities(broken) or [e for c in _poss(broken) for e in cx.entities(c, conj=False)]
    if not about and comp:
        # "said that Myanmar and Russia were bound by ...": the subject of a passive clause too; "said that
        # the United States assesses that Russia is developing ...": what the view holder judges, Russia
        said = _judged_clause(comp[0])
        for s_ in subjects(said) + [c for c in said.children if c.dep_ == "nsubjpass"] \
                if comp[0].dep_ == "ccomp" else []:
            about += cx.entities(s_) or [e for c in _poss(s_) for e in cx.entities(c, conj=False)]
    ids = _own_sides(speaker, cx)
    # "said that all three countries were ready": a group the clause's subject counts is read whole,
    # the speaker's own state among them (no two of "the three countries")
    heads = [s_ for c in comp[:1] for v in {c, _judged_clause(c)}
             for s_ in subjects(v) + [x for x in v.children if x.dep_ == "nsubjpass"]] if comp else []
    grouped = {x.id for s_ in heads for t in s_.subtree for m in [cx.at.get(t.i)]
               if m is not None and m.form == "pair" for x in m.entities}
    about = [e for e in _uniq(about) if e.id not in ids or e.id in grouped]
    if not about and comp and cx.pair and any(_both_of_pair(t) for t in comp[0].subtree):
        # "Teodoro said the pact was a milestone in the two countries' effort": both, his own state too
        about = [e for e in cx.pair if e.id not in {x.id for x in speaker}]
    roles = {"speaker": speaker} if speaker else {}
    if about:
        roles["about"] = about
    if tok.lemma_ == "tell":  # "told the House of Commons": the body addressed by its name (corpus/CLAIMS.md)
        addressed = [e for o in objects(tok) + [c for c in tok.children if c.dep_ == "dative"] if o.pos_ == "PROPN"
                     for e in cx.entities(o) if e.type not in NOT_ACTORS + ("Person",) and e.id not in ids]
        if addressed:
            roles["recipient"] = _uniq(addressed)
    f = Fact("Statement", roles, tokens=[tok.i, subj[0].i], statement=False, said=True)
    if any(c.dep_ == "neg" for c in tok.children):
        # "has not said whether he will run", "did not say when": what the speaker has not said,
        # a Statement of negative polarity (corpus/CLAIMS.md 'Negation: polarity'; CAMEO 014)
        f.negative = True
        f.attrs["_unsaid"] = True  # asserted by the writer, not reported by the speaker (kg/extract/engine.py)
        if comp and comp[0].i > tok.i:
            words = [t for t in comp[0].subtree if t.i > tok.i]
            f.attrs["subject"] = "".join(t.text_with_ws for t in words).strip(" ,.")
            f.tokens += [t.i for t in words]
    elif comp and comp[0].dep_ == "ccomp" and comp[0].i > tok.i:
        # "Romania said that foreign participation in the war was a breach of law": what was said (corpus/CLAIMS.md:
        # a Statement's content in ``subject``), without its 'that'
        apart = {t.i for c in comp[0].children if c.dep_ in ("conj", "cc") and c.i > comp[0].i for t in c.subtree}
        words = [t for t in comp[0].subtree if t.i > tok.i and t.i not in apart
                 and not (t.dep_ == "mark" and t.head == comp[0])]  # "... and urged X to ...": a second act
        while words and (words[-1].is_punct or words[-1].is_space):
            words.pop()
        if words and not any(t.text in ('"', "“", "”") for t in words) and words[-1].i < tok.sent.end:
            f.attrs["subject"] = cx.doc[words[0].i: words[-1].i + 1].text
        coerced = _coerced(comp[0], about, cx)
        if coerced is not None:  # "said the United States had pressured governments to vote no": an accusation
            f.type = "Accusation"
            f.attrs["subject"] = coerced
    if comp and comp[0].i == tok.head.i:  # "Cooperation, he added, would help": the words broken into are quoted
        words = [t for t in comp[0].subtree]
        while words and (words[-1].is_punct or words[-1].is_space):
            words.pop()
        f.tokens += [t.i for t in words]
        f.clause = False
    if unnamed is not None:
        f.qualified["speaker"] = unnamed
    return [f]


#: Verbs of wrongful pressure a speaker says another used ("had pressured governments to vote no").
COERCE_VERBS = {"pressure", "coerce", "blackmail", "bully", "intimidate", "bribe", "strong-arm", "browbeat"}


def _coerced(clause: Token, about: list, cx: Context) -> str | None:
    """The words of a reported clause that say its subject, one the statement is about,
    pressed others wrongfully ("the United States had pressured governments, especially
    in Europe, to vote no": "pressured governments, especially in Europe, to vote no"), an
    accusation (CAMEO 112 'accuse'; PLOVER ACCUSE); None for any other clause, a negated
    one ("had not pressured anyone") or one whose subject is not named."""
    if clause.lemma_.lower() not in COERCE_VERBS or any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = [e for s in clause.children if s.dep_ == "nsubj" for e in cx.entities(s)]
    if not subj or not {e.id for e in subj} & {e.id for e in about}:
        return None
    words = [t for t in clause.subtree if t.i >= clause.i]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    return cx.doc[clause.i: words[-1].i + 1].text if words else None


def _own_sides(speaker: list[Known], cx: Context) -> set[str]:
    """Ids of the speakers, their own states and the bodies the article says they hold a
    post in: what their words are never about ("Modi said India ...", "the court's
    president said the court had ..."), since a Statement's participants are its speaker
    and the parties it speaks of (corpus/CLAIMS.md, "Statements")."""
    return {e.id for e in speaker} | {e.state for e in speaker if e.state} | \
        {cx.person_state[e.id].id for e in speaker if e.id in cx.person_state} | \
        {b for e in speaker for b in cx.own_bodies.get(e.id, ())}


#: Nouns of a state's mission abroad, which speaks for its state with no name of its own.
MISSION_NOUNS = {"embassy", "consulate", "mission"}


def _state_mission(subj: Token, cx: Context) -> tuple[str, Known] | None:
    """A state's mission with no name of its own as a speaker ("The Chinese embassy in
    Prague rejected the accusation", "Peru's embassy said"): ``("unnamed embassy in
    Prague", the state)``, as the rules of appeals and of saying write it (``{actor:
    unnamed embassy in Prague, of: China}``); None when ``subj`` is no such noun or names
    no one state (its possessive, demonym or a name before it)."""
    if subj.lemma_.lower() not in MISSION_NOUNS or subj.i in cx.at:
        return None
    states = _uniq([cx.at[c.i].entity for c in subj.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                    and c.i < subj.i and c.i in cx.at and cx.at[c.i].entity.type == "State"])
    if len(states) != 1:
        return None
    where = [o for p_ in subj.children if p_.dep_ == "prep" and p_.lower_ == "in" for o in p_.children
             if o.dep_ == "pobj"]
    words = f"unnamed {subj.lower_}" + (f" in {_text(cx.doc, list(where[0].subtree))}" if where else "")
    return words, states[0]


def _unnamed_speakers(subj: Token, cx: Context) -> tuple[str, Known | None] | None:
    """Speakers a subject describes without naming them ("legal experts", "Western
    diplomats", "Russian officials"), as corpus/CLAIMS.md writes unnamed actors: the
    words after 'unnamed', and the state a demonym before the noun gives them to act
    for ("Russian officials": ``{actor: unnamed officials, for: Russia}``); None when
    the subject is not a plural noun of :data:`kg.extract.speech.UNNAMED` or names
    someone ("the ministry's officials")."""
    if subj.lemma_.lower() not in UNNAMED or subj.tag_ != "NNS" or subj.i in cx.at:
        return None
    words, party = [], None
    for c in subj.children:
        if c.dep_ not in ("amod", "compound") or c.i > subj.i:
            if c.dep_ in ("poss", "prep", "nummod"):
                return None  # "the ministry's officials", "officials of the EU", "two officials": said otherwise
            continue
        m = cx.at.get(c.i)
        if m is not None and m.form == "demonym" and party is None:
            party = cx.resolver.state_of(m.entity) or m.entity
        elif m is None and (c.is_lower or c.i == c.sent.start):  # "Legal experts said" opens its sentence
            words.append(c.lower_)
        else:
            return None
    return "unnamed " + " ".join(words + [subj.lower_]), party


#: Verbs of saying whose object is the view itself: "highlighted the potential for trade with Peru".
VIEW_VERBS = {"highlight", "acknowledge", "note", "stress", "emphasise", "emphasize", "underline", "underscore",
              "recognise", "recognize", "cite", "point"}
#: Nouns of the ties between two parties: a view of them is about the two the article is about.
TIE_NOUNS = {"tie", "relation", "relationship", "cooperation", "trade", "partnership", "friendship", "bond", "link"}


def _view(verb: Token, subj: Token, speaker: list[Known], cx: Context) -> list[Fact]:
    """"Varo highlighted the potential for trade with Peru", "Putin noted the strong bonds
    between the two nations": a Statement (the view, which the class does not narrow) by
    the subject about the parties its object names, or, for the ties of two parties
    named by no name ("opportunities for advancing ties"), the two states the article
    is about; the speaker's own state is not what they speak about. Nothing when the
    object names no one: "stressed the need for calm" is about nobody in particular."""
    objs = [o for o in objects(verb) if o.dep_ == "dobj"] + preps(verb, {"to"}) if verb.lemma_ == "point" else \
        [o for o in objects(verb) if o.dep_ == "dobj"]
    if not objs or objs[0].lemma_ in EVENT_WORDS:
        return []
    if verb.lemma_ in RECOGNISE_VERBS and _recognised(verb, cx)[0]:
        return []  # "recognised Palestine": an act of recognition (recognition_rules), not a view
    about = [e for o in objs for t in o.subtree for e in cx.entities(t, conj=False) if e.type not in NOT_ACTORS]
    if not about and cx.pair and any(t.lemma_ in TIE_NOUNS for o in objs for t in o.subtree):
        about = list(cx.pair)
    ids = _own_sides(speaker, cx)
    about = [e for e in _uniq(about) if e.id not in ids]
    if not about:
        return []
    return [Fact("Statement", {"speaker": speaker, "about": about}, tokens=[verb.i, subj.i, objs[0].i], said=True)]


def _reported_clause(verb: Token) -> list[Token]:
    """The head of the words a verb of saying reports, as a one-item list (or empty):
    its clausal complement, or a clause marked 'that' which the parser hung on the verb
    as an adverbial clause, as it does when a phrase of time or place stands between
    them ("Peskov said in August, after the first reports, that the aircraft would be
    shot down"), or the clause a parenthetical speaker breaks into ("Cooperation, he
    added, would help")."""
    comp = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if not comp:
        comp = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)][:1]
    if not comp and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i > verb.i and \
            any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        # "Cooperation with Peru, he added, would help Chile": the clause the speaker's words break into
        comp = [verb.head]
    if not comp and verb.dep_ == "conj" and verb.head.i < verb.i and _after_closing_quote(verb):
        # '"... not only for Ethiopia, but for all black people," Abiy said': the parser joins the
        # saying to the quoted words by their 'but'; the words quoted are what is said
        comp = [verb.head]
    return comp


def _after_closing_quote(verb: Token) -> bool:
    """Whether the verb of saying ``verb`` has its own subject right after a closing quote
    mark, which closes words opened by a quote mark at the start of its sentence ('"...,"
    Abiy said'): the speaker of the words quoted before it."""
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subj:
        return False
    first = subj[0].left_edge.i
    sent = verb.sent
    return first > sent.start and verb.doc[first - 1].text in _QUOTES and \
        verb.doc[sent.start].text in _QUOTES and first - 1 > sent.start


def _reported_inside(verb: Token) -> bool:
    """Whether a verb of saying stands in the reported words of another one ("Modi said
    India had always believed that ..."): the words are the outer speaker's."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:  # "said ... and added ...": siblings, not nested
        node = node.head
    while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.lemma_ in SAY_VERBS and node.pos_ == "VERB":
            return True
    return False


def _told_before(verb: Token, comp: Token) -> list[Token]:
    """The heads of the clauses a verb of saying reports: ``comp``, and when the saying
    comes after the words ("Police boarded the tanker and took over its bridge, the chief
    told reporters"), the verbs joined to ``comp`` before it too, each a clause told."""
    if comp.i > verb.i:
        return [comp]
    return [comp, *(v for v in comp.conjuncts if v.i < verb.i and v.pos_ in ("VERB", "AUX"))]


def _direct(verb: Token, comp: Token) -> bool:
    """Whether the reported words are quoted, wholly or in part ('"...," he said', 'said
    Russia would give an "appropriate response"')."""
    doc = verb.doc
    span = doc[comp.left_edge.i: comp.right_edge.i + 1]
    before = doc[max(verb.sent.start, comp.left_edge.i - 1)]
    return any(c in span.text for c in _QUOTES) or before.text in _QUOTES


#: Modal verbs which, negated, say what cannot or could not happen: a view, not a report of an event.
CANNOT_MODALS = {"can", "could", "ca"}


def _eventful(comp: Token) -> bool:
    """Reported words that give a figure, or whose clause is an event: its verb, or what
    the verb is done to, is an event word ("the deal was signed", "Argentina would
    join"). An event word the clause only talks about ("the sanctions had weakened
    the economy"), or one it says cannot happen ("Israel could not deliver aid without
    halting the fighting": a negated modal), leaves it an opinion."""
    if any(c.dep_ == "neg" for c in comp.children) and \
            any(c.dep_ == "aux" and c.lower_ in CANNOT_MODALS for c in comp.children):
        return False
    if any(t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or t.lower_ in CURRENCY_WORDS and
           any(c.like_num for c in t.children) for t in comp.subtree):
        return True  # a sum the model tags only as a number: "about 900 million euros"
    if any(c.dep_ == "nummod" and c.like_num for s_ in comp.children if s_.dep_ in ("nsubj", "nsubjpass")
           and s_.ent_type_ not in ("DATE", "TIME") and not _group_phrase(s_)  # not "the next 60 days would show"
           for c in s_.children):
        return True  # "said 20,000 servicemen took part": a count of those who did something, an event
    core = [comp, *(c for c in comp.children if c.dep_ in ("dobj", "nsubjpass", "xcomp"))]
    return any(t.lemma_ in EVENT_WORDS for t in core) or reported_act(comp) or \
        any(_act_of_a_kind(t) for t in core if t.pos_ in ("VERB", "AUX"))


#: Words before a number that make its noun a group named as a whole ("all three countries",
#: "the two sides", "both governments"), no count of people who did something.
GROUP_DETERMINERS = {"all", "both", "the", "these", "those", "each"}


def _group_phrase(subject: Token) -> bool:
    """Whether the subject ``subject`` with a number is a group named as a whole: a word of
    :data:`GROUP_DETERMINERS` before the number ("all three countries were ready", "the two
    sides had agreed"), which says who, not how many did something ("20,000 servicemen took
    part")."""
    nums = [c for c in subject.children if c.dep_ == "nummod"]
    return bool(nums) and any(c.lower_ in GROUP_DETERMINERS and c.i < nums[0].i for c in subject.children
                              if c.dep_ in ("det", "predet", "amod"))


#: Nouns of people held that an exchange swaps ("prisoners were exchanged"), not views
#: ("the delegations exchanged positions").
PEOPLE_EXCHANGED = frozenset({"prisoner", "detainee", "captive", "hostage", "individual", "person", "people",
                              "citizen", "national", "soldier", "body"})
#: What a recognition recognises (gkg:Recognition), besides a place the parser tags as one
#: (GPE): not "recognised the need for talks", a view.
RECOGNISED = frozenset({"state", "statehood", "independence", "sovereignty", "government", "annexation"})
#: Verbs of acts the ontology has a class for, with the nouns of what each is done to
#: (None: any object), that make reported words the report of that act, done or planned,
#: whether or not its participants are named: closing a border, an embassy or a case, opening
#: an inquiry (gkg:BorderClosure, gkg:MissionClosure, gkg:LegalAction), recognising a state
#: (gkg:Recognition, CAMEO 057), exchanging prisoners, targeting a site (gkg:Attack, CAMEO
#: 19), rescuing people, leaving a treaty (gkg:Withdrawal).
ACT_VERBS: dict[str, frozenset[str] | None] = {
    "close": frozenset({"border", "airspace", "embassy", "consulate", "crossing", "case", "investigation", "port"}),
    "recognise": RECOGNISED, "recognize": RECOGNISED, "exchange": PEOPLE_EXCHANGED, "swap": PEOPLE_EXCHANGED,
    "target": None, "rescue": None,
    "open": frozenset({"investigation", "inquiry", "probe", "case"})}
#: Nouns of measures, whose "targeting" is whom they apply to, no attack.
MEASURE_NOUNS = SANCTION_NOUNS | {"rule", "law", "policy", "order", "decree", "proclamation", "regulation", "control"}
#: Verbs of leaving with the particle or preposition that makes them a withdrawal ("is
#: pulling out of the treaty", "would withdraw from the pact").
LEAVE_VERBS = {"pull": "out", "withdraw": "from", "quit": None}
#: Nouns of an attack something "came under" ("a vehicle came under fire").
UNDER_ATTACK = {"fire", "attack", "shelling", "bombardment"}


def _act_of_a_kind(verb: Token) -> bool:
    """Whether the head ``verb`` of reported words tells an act of :data:`ACT_VERBS`
    (with an object of its nouns, or the subject of its passive: "would close their
    borders", "prisoners were exchanged", "had targeted depots", "we recognise the
    state"), a withdrawal (:data:`LEAVE_VERBS`: "is pulling out of the treaty"), or
    an attack suffered ("came under fire"); not negated. Such words report the act,
    of which the speaker is the source; the curated fact is the act, not a Statement."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in ACT_VERBS:
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            return False  # "still recognised X as president": whom the speaker holds to be in office, a view
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in MEASURE_NOUNS for c in verb.children):
            return False  # "the restrictions targeted people by nationality": whom a measure covers, a view
        done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns = ACT_VERBS[lemma]
        return bool(done_to) and (nouns is None or any(
            c.lemma_.lower() in nouns or nouns is RECOGNISED and c.ent_type_ == "GPE" for c in done_to))
    if lemma in LEAVE_VERBS:
        word = LEAVE_VERBS[lemma]
        return word is None or any(c.lower_ == word and c.dep_ in ("prt", "prep") for c in verb.children)
    return lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "under" and
                                   any(o.lemma_.lower() in UNDER_ATTACK for o in c.children) for c in verb.children)


def relations_rules(tok: Token, cx: Context) -> list[Fact]:
    """'diplomatic relations between X and Y', 'X established diplomatic ties with Y', and
    ties or relations cut, restored or normalised with no adjective ('Peru severed ties
    with Chile': CAMEO 161-164 and 064 are diplomatic acts)."""
    if tok.lemma_ not in ("relation", "tie") or not (any(a.lower_ == "diplomatic" for a in tok.children) or _bare_ties(tok)):
        return []
    parties = [e for o in preps(tok, {"between", "with"}) for e in cx.entities(o)]
    if tok.dep_ == "dobj":
        parties += [e for s_ in subjects(tok.head) for e in cx.entities(s_)]
        parties += [e for o in preps(tok.head, {"with"}) for e in cx.entities(o)]
        parties += _relative_party(tok.head, cx)
    parties = [e for e in _uniq(governed(parties, cx)) if e.type == "State"]
    if len(parties) < 2:
        return []
    f = Fact("DiplomaticRelations", {"party": parties}, tokens=[tok.i])
    # "has no diplomatic relations with Y": the relation noun under 'no' says they do not
    # hold (polarity negative, corpus/CLAIMS.md 'Negation: polarity')
    f.negative = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    verb = tok.head if tok.dep_ == "dobj" else None
    status = TIES_ENDED.get(verb.lemma_) if verb is not None else None
    if status is not None:
        # "cut diplomatic ties with Y" (CAMEO 161-164): the relations end (or are put on hold) then;
        # the date is when they ended, not when they began
        f.attrs["status"] = status
        f.take_date(cx.date_of(verb), "endDate" if status == "terminated" else "date")
        f.undated = True
        return [f]
    anniversary = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if anniversary is not None and anniversary.lemma_ == "anniversary":
        n = [a for a in anniversary.children if a.dep_ == "amod" and re.match(r"\d+", a.text)]
        if n:
            f.attrs["anniversary"] = int(re.match(r"\d+", n[0].text).group(0))
    return [f]


def _relative_party(verb: Token, cx: Context) -> list[Known]:
    """The parties a relative clause of relations names outside it: "contact with Israel,
    with which it has no diplomatic relations" gives Israel (the noun 'with which' stands
    for) and, for a pronoun subject ('it'), the state the clause above names as its
    subject ("Jakarta refused contact with Israel, with which it has ..."); [] for any
    other clause."""
    which = [o for o in preps(verb, {"with"}) if o.lower_ in ("which", "whom")]
    if verb.dep_ != "relcl" or not which:
        return []
    out = list(cx.entities(verb.head, conj=False))
    before = which[0].head.i - 1
    while before > verb.sent.start and verb.doc[before].is_punct:
        before -= 1
    if not out and verb.doc[before].pos_ == "PROPN":
        # the parser hangs the clause on the noun above the name ("contact with Israel, with which")
        out = list(cx.entities(verb.doc[before], conj=False))
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj and subj[0].lower_ == "it" and not cx.entities(subj[0]):
        node = verb.head
        while node.head.i != node.i:
            node = node.head
            named = [e for c in node.children if c.dep_ == "nsubj" for e in cx.entities(c)] \
                if node.pos_ in ("VERB", "AUX") else []
            if named:
                out += named[:1]
                break
    return out


def host_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Putin hosted Myanmar's military leader, General Min Aung Hlaing', 'Xi played host to
    Putin': the guest met the host and, when the host's state is known (a government's
    is the state it governs, :func:`governed`), visited it."""
    played = tok.pos_ == "NOUN" and tok.lemma_ == "host" and tok.dep_ == "dobj" and tok.head.lemma_ == "play"
    if not played and (tok.pos_ != "VERB" or tok.lemma_ not in ("host", "receive", "welcome", "greet")):
        return []
    if played:  # "Xi played host to Putin": the verb's subject hosts whom 'to' names
        host = [e for s_ in doers(tok.head) for e in cx.entities(s_)]
        guests = [e for o in preps(tok, {"to"}) + preps(tok.head, {"to"}) for e in cx.entities(o)]
    else:
        host = [e for s_ in doers(tok) for e in cx.entities(s_)]
        # "landed to greet his wife and his father, John Shipton": kin welcomed home are no guests of state
        guests = [e for o in objects(tok) if not any(t.lemma_.lower() in KIN_NOUNS for t in (o, *o.conjuncts))
                  for e in cx.entities(o)]
    host = [e for e in host if e.type in ("Person", "State", "Government")]
    guests = [e for e in guests if e.type == "Person" and e.id not in {h.id for h in host}]
    if not (host and guests):
        return []
    out = [Fact("Meeting", {"participant": _uniq(host + guests)}, tokens=[tok.i])]
    states = _uniq([st for h in governed(host, cx) for st in ([h] if h.type == "State" else [cx.person_state.get(h.id)])
                     if st])
    guest_states = {cx.person_state.get(g.id).id for g in guests if cx.person_state.get(g.id)}
    if states and not guest_states & {s_.id for s_ in states}:
        out.append(Fact("Visit", {"visitor": guests, "hostState": states}, tokens=[tok.i]))
    return out


ROLE_NOUNS = {"supporter": "Support", "backer": "Support", "ally": "Support", "supplier": "ArmsTransfer",
              "provider": "ArmsTransfer", "buyer": "Supply", "importer": "Supply", "customer": "Supply",
              "purchaser": "Supply", "lifeline": "Support", "patron": "Support", "protector": "Support",
              "benefactor": "Support"}
#: Verbs through which a subject takes a role named after 'as': "Russia serving as a key arms supplier".
AS_VERBS = {"serve", "act", "emerge", "remain", "stand", "function"}


def role_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Russia and China remain significant supporters and arms suppliers to Myanmar',
    'Russia, Myanmar's main arms supplier': what a state is to another."""
    kind = ROLE_NOUNS.get(tok.lemma_)
    if tok.pos_ != "NOUN" or kind is None:
        return []
    head = tok
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ == "attr" and head.head.lemma_ in ("be", "remain", "become"):
        who = [e for s_ in subjects(head.head) for e in cx.entities(s_)]
    elif head.dep_ == "appos":
        who = cx.entities(head.head)
    elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.lemma_ in AS_VERBS:
        who = [e for s_ in subjects(head.head.head) for e in cx.entities(s_)]  # "Russia serving as a key arms supplier"
    else:
        return []
    if kind == "Supply":
        return _buyer(tok, who, cx)
    hosts = {tok.i: tok, head.i: head}
    if head.dep_ == "attr":
        hosts[head.head.i] = head.head  # "remain supporters ... to Myanmar": the parser hangs 'to' on the verb
    of = [e for h in hosts.values() for o in preps(h, {"to", "of", "for"}) for e in cx.entities(o)]
    of += [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    who = [e for e in who if e.type != "Person"]
    of = [e for e in _uniq(of) if e.id not in {w.id for w in who}]
    items = [c for c in tok.children if c.dep_ in ("compound", "nmod") and (c.lemma_ in WEAPONS or c.lower_ == "arms")]
    if who and not of and kind == "ArmsTransfer" and items:
        # "Russia serving as a key arms supplier": to whom the article's other transfers go, if to one
        f = Fact("ArmsTransfer", {"supplier": who}, {"item": items[0].text}, tokens=[tok.i], open_role="recipient")
        return [f]
    if not (who and of):
        return []
    if kind == "Support":
        f = Fact("Support", {"supporter": who, "supported": of}, tokens=[tok.i])
        kinds = [a.lower_ for a in tok.children if a.dep_ == "amod" and a.lower_ in SUPPORT_KINDS]
        if kinds:  # "an economic lifeline for Russia"
            f.attrs["supportKind"] = kinds[0]
        return [f]
    if not items:
        return []
    return [Fact("ArmsTransfer", {"supplier": who, "recipient": of}, {"item": items[0].text}, tokens=[tok.i])]


def support_verb_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Russia and China support Myanmar', 'Myanmar has been supported by Russia': support
    given by a state or body; the same words from a person are a statement of support."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("support", "back", "bolster", "arm", "prop", "defend", "shield", "help",
                                                "assist"):
        return []
    if tok.lemma_ in ("help", "assist") and not (preps(tok, {"with"}) and [o for o in objects(tok) if o.i in cx.at]):
        return []  # "help end the war": only helping someone with something is support
    supporter = [e for s_ in subjects(tok) for e in cx.entities(s_)] or _forces_of(subjects(tok), cx)
    supported = [e for o in objects(tok) for e in cx.entities(o)]
    if not supported:
        supported = [e for o in objects(tok) for c in _poss(o) for e in cx.entities(c, conj=False)]
        statement_only = True
    else:
        statement_only = False
    ids = {e.id for e in supporter}
    supported = [e for e in supported if e.id not in ids]
    if not (supporter and supported):
        return []
    if any(e.type == "Person" for e in supporter) or statement_only:
        return [Fact("StatementOfSupport", {"speaker": supporter, "about": supported}, tokens=[tok.i], statement=True,
                     said=True)]
    return [Fact("Support", {"supporter": supporter, "supported": supported}, tokens=[tok.i])]


#: Envoys whose expulsion is a measure against the state they serve.
ENVOY_NOUNS = {"diplomat", "ambassador", "envoy", "attaché", "attache", "consul", "official", "head", "chief",
               "agent", "officer", "staff", "representative", "commissioner", "spy"}


def expel_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Ottawa expelled a senior Indian diplomat", "India expelled Canada's envoy", "India
    ordered a senior Canadian diplomat to leave the country": a DiplomaticExpulsion
    (PLOVER REDUCE_RELATIONS, CAMEO 166) by the expelling state (``initiator``) of the
    envoy, unnamed, acting for the state they serve (a demonym, a possessor or 'of' /
    'from' the state): ``target: {actor: unnamed diplomat, for: India}``; an envoy the
    text names beside the noun ("the French ambassador, Joel Meyer") by name."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "expulsion":
        # "Peru's expulsion of two Chilean diplomats": the possessor expels, the 'of' is expelled
        envoys = [o for o in preps(tok, {"of"}) if o.lemma_ in ENVOY_NOUNS]
        by = nominal_arguments(tok, cx)
        auth = [e for e in _states(by.get("owner", []) + by.get("by", []), cx) if e.type == "State"]
        return _expelled(tok, envoys, auth, cx)
    if tok.pos_ != "VERB" or tok.lemma_ not in ("expel", "oust", "kick", "order", "tell"):
        return []
    if tok.lemma_ == "kick" and not [c for c in tok.children if c.dep_ == "prt" and c.lower_ == "out"]:
        return []
    if tok.lemma_ in ("order", "tell") and not any(c.dep_ == "xcomp" and c.lemma_ == "leave" for c in tok.children):
        return []  # "ordered a diplomat to leave the country": an expulsion; any other order is not
    envoys = [o for o in objects(tok) if o.lemma_ in ENVOY_NOUNS]
    auth = [e for e in _states([e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)], cx)
            if e.type == "State"]
    return _expelled(tok, envoys, auth, cx)


def _expelled(tok: Token, envoys: list[Token], auth: list[Known], cx: Context) -> list[Fact]:
    """The DiplomaticExpulsion by the states ``auth`` of the first of ``envoys`` (tokens
    of envoy nouns), unnamed, for the state they serve; none when either is missing."""
    if not envoys:
        return []
    served = []
    for x in envoys[0].subtree:
        m = cx.at.get(x.i)
        if m is not None and m.entity.type == "State" and (m.form == "demonym" or x.dep_ in ("poss", "pobj", "compound")):
            served.append(m.entity)
    served = [e for e in _uniq(served) if e.id not in {a.id for a in auth}]
    if not (auth and served):
        return []
    envoy = envoys[0]
    named = [e for c in envoy.children if c.dep_ == "appos" for e in cx.entities(c) if e.type == "Person"]
    if named:  # "ordered the French ambassador, Joel Meyer, to leave": the envoy by name
        return [Fact("DiplomaticExpulsion", {"initiator": auth, "target": named[:1]}, tokens=[tok.i, envoy.i])]
    words = [x.lower_ for x in envoy.subtree if x.i <= envoy.i and x.dep_ not in ("det", "poss", "case", "nummod")
             and x.i not in cx.at]
    f = Fact("DiplomaticExpulsion", {"initiator": auth}, tokens=[tok.i, envoy.i],
             qualified={"target": ("unnamed " + " ".join(words), served[0])})
    return [f]


def summons_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The foreign ministry summoned Canada's High Commissioner, Cameron MacKay", "Peru
    summoned the Chilean ambassador": a Summons (PLOVER REDUCE_RELATIONS) by the subject
    (a state, its government or ministry) of the envoy, named or unnamed for the state
    they serve."""
    if tok.pos_ != "VERB" or tok.lemma_ != "summon":
        return []
    objs = objects(tok)  # also the noun a relative or participial clause hangs on: "Peru's envoy, who was summoned"
    if objs and _reciprocal(objs[0]):
        # "Peru and Chile summoned each other's envoys": two summonses, each side's own, which the
        # sentences telling each one draft; one fact with both sides as initiators would be wrong
        return []
    subj = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
    who = [e for s_ in subj for e in cx.entities(s_)]
    official = [e for e in who if e.type == "Person"][:1]
    who = [e for e in who if e.type in ("State", "Government", "Organisation")]
    if official and objs:
        # "Chile's Deputy Foreign Minister Ana Ruiz summoned Peru's ambassador, Jorge Sala": each side
        # an official by name acting for the state their title names (the claims' {actor, for} form)
        return _summons_by_official(tok, official[0], subj, objs[0], cx)
    if not (who and objs):
        return []
    obj = objs[0]
    person = [e for e in cx.entities(obj) if e.type == "Person"]
    if person:  # "summoned Canada's High Commissioner, Cameron MacKay": the envoy by name
        return [Fact("Summons", {"initiator": who, "target": person}, tokens=[tok.i, obj.i])]
    if obj.lemma_ not in ENVOY_NOUNS:
        return []
    served = [m.entity for x in obj.subtree for m in [cx.at.get(x.i)] if m is not None and m.entity.type == "State"]
    served = [e for e in _uniq(served) if e.id not in {w.id for w in who}]
    if not served:
        return []
    words = [x.lower_ for x in obj.subtree if x.i <= obj.i and x.dep_ not in ("det", "poss", "case") and x.i not in cx.at]
    return [Fact("Summons", {"initiator": who}, tokens=[tok.i, obj.i],
                 qualified={"target": ("unnamed " + " ".join(words), served[0])})]


def _reciprocal(obj: Token) -> bool:
    """Whether ``obj`` is what two sides do to one another ("each other's envoys", "one
    another's ambassadors")."""
    words = [t.lower_ for t in obj.subtree]
    return any(a in ("each", "one") and b in ("other", "another", "other's") for a, b in zip(words, words[1:]))


def _served_state(noun: Token, cx: Context) -> Known | None:
    """The state an official or envoy serves as the words of ``noun`` name it: a state's name
    or demonym before the title ("Japan's ambassador", "Chinese Vice Foreign Minister"), not
    the state an envoy is posted to ("ambassador to China"). None when no state is named."""
    posted = {t.i for p in noun.subtree if p.dep_ == "prep" and p.lower_ in ("to", "in") for t in p.subtree}
    states = [m.entity for t in noun.subtree if t.i not in posted
              for m in [cx.at.get(t.i)] if m is not None and m.entity.type == "State"]
    return states[0] if states else None


def _summons_by_official(tok: Token, official: Known, subj: list[Token], obj: Token, cx: Context) -> list[Fact]:
    """A Summons (PLOVER REDUCE_RELATIONS, CAMEO 111) whose initiator is ``official`` (the
    subject of 'summon', a Person) acting for the state the subject's words name, and whose
    target is the envoy ``obj`` names: by name for the state their title names ("Japan's
    ambassador to China, Kenji Kanasugi"), or unnamed ("Peru's ambassador"). A title that
    names no state ("Foreign Minister Jan Lipavsky summoned the Chinese ambassador", as wire
    copy writes a home minister) gives the state the article's offices resolve the person
    to (:attr:`Context.person_state`, from the office drafted for the same name). Output:
    [] when either side's state is unknown, else one fact with both roles in the {actor,
    for} form."""
    mine = next((s for s_ in subj for s in [_served_state(s_, cx)] if s is not None), None)
    read = mine is None
    if read:
        mine = cx.person_state.get(official.id)
    if mine is None:
        return []
    theirs = _served_state(obj, cx)
    if theirs is None or theirs.id == mine.id:
        return []
    envoy = [e for e in cx.entities(obj) if e.type == "Person"]
    if envoy:
        target = (envoy[0], theirs)
    elif obj.lemma_ in ENVOY_NOUNS:
        words = [x.lower_ for x in obj.subtree if x.i <= obj.i and x.dep_ not in ("det", "poss", "case") and x.i not in cx.at]
        target = ("unnamed " + " ".join(words), theirs)
    else:
        return []
    f = Fact("Summons", {}, tokens=[tok.i, obj.i], qualified={"initiator": (official, mine), "target": target})
    if read:
        f.read_as["initiator"] = f"the state of {official.label}'s office in the article: {mine.label}"
    return [f]


#: Nouns of statements, with their kind: "Moscow's condemnation of the strikes", "accusations by X against Y".


def statement_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """A statement named by a noun with who made it and about whom: "India's accusations
    against Canada", "the condemnation of Israel by Turkey", "Moscow's praise for Minsk";
    also a frame of an act ("in a rebuke to Peru, Chile recalled ...": the act's subject
    speaks).
    Both must be named (a possessor or 'by'/'from' for the speaker; 'against'/'of'/'for'/
    'on'/'to' for what it is about); 'charge' only with 'against' (else a legal charge)."""
    kind = STATEMENT_NOUNS.get(tok.lemma_)
    if tok.pos_ != "NOUN" or kind is None:
        return []
    if tok.lemma_ == "charge" and not preps(tok, {"against"}):
        return []
    speaker = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    speaker += [e for o in preps(tok, {"by", "from"}) for e in cx.entities(o)]
    about = [e for o in preps(tok, {"against", "of", "for", "on", "to"}) for e in cx.entities(o)]
    tokens = [tok.i]
    if not about and tok.dep_ == "dobj" and tok.head.lemma_ in MEET_REACTION_VERBS:
        # "Orban's trip drew rebukes from EU leaders": a reaction from whoever 'from' names (the parser
        # hangs it on the verb), to whoever the subject names
        speaker += [e for o in preps(tok.head, {"by", "from"}) for e in cx.entities(o)]
        about = _reaction_target(tok.head, cx) if speaker else []
        tokens.append(tok.head.i)
    if not speaker and about and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "as") and tok.head.head.pos_ == "VERB":
        # "In a rebuke to Peru, Chile recalled its ambassador": the act is the rebuke, its doer the speaker
        act = tok.head.head
        speaker = [e for s_ in subjects(act) if s_.dep_ == "nsubj" for e in cx.entities(s_) if e.type not in NOT_ACTORS]
        tokens.append(act.i)
    about = [e for e in about if e.id not in {s_.id for s_ in speaker}]
    if not (speaker and about):
        return []
    return [Fact(kind, {"speaker": speaker, "about": about}, tokens=tokens, statement=True)]


def _reaction_target(verb: Token, cx: Context) -> list[Known]:
    """Who meets the reaction ``verb`` takes as object ("drew criticism", "faced a
    backlash"): the actors its subject names, or, for a thing done ("the visit", "his
    decision"), its possessor; for a relative clause ("a trip that drew rebukes"), the
    same read from the noun it describes."""
    subj = [s_ for s_ in verb.children if s_.dep_ == "nsubj"]
    if subj and subj[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        subj = [verb.head]
    who = [e for s_ in subj for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    if not who:
        who = [e for s_ in subj for c in _poss(s_) for e in cx.entities(c, conj=False) if e.type not in NOT_ACTORS]
    return _uniq(who)


def threat_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X threatened Y with sanctions", "X threatened to cut off gas", "X's threat to
    impose tariffs on Y": a Threat by the speaker, about whom it threatens, with the
    threatened action in the article's words (PLOVER THREATEN, CAMEO 13)."""
    if tok.pos_ == "VERB" and tok.lemma_ == "threaten":
        speaker = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        speaker += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
        about = [e for o in objects(tok) for e in cx.entities(o)]
        action_toks = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                       if o.dep_ in ("pobj", "pcomp")] + [c for c in tok.children if c.dep_ == "xcomp"]
        if not action_toks and not about:
            action_toks = [o for o in objects(tok) if o.dep_ == "dobj"]  # "threatened retaliation"
    elif tok.pos_ == "NOUN" and tok.lemma_ in ("threat", "ultimatum"):
        speaker = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
        speaker += [e for o in preps(tok, {"by", "from"}) for e in cx.entities(o)]
        about = [e for o in preps(tok, {"against", "to"}) for e in cx.entities(o)]
        action_toks = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"]
        action_toks += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                        if o.dep_ in ("pobj", "pcomp")]
    else:
        return []
    speaker = [e for e in speaker if e.type not in NOT_ACTORS]
    action = _words(cx.doc, action_toks)
    action = re.sub(r"^to\s+", "", action)
    if not speaker or not action or len(action.split()) > 14:
        return []
    about = [e for e in about if e.id not in {s.id for s in speaker}]
    f = Fact("Threat", {"speaker": speaker, **({"about": about} if about else {})}, {"threatenedAction": action},
             tokens=[tok.i, *(t.i for x in action_toks for t in x.subtree)], statement=True, said=True)
    return [f]


#: Journeys (Wikidata 'travel', P1427 start point, P1444 destination).
TRAVEL_VERBS = {"fly", "travel", "return", "head", "leave", "depart", "sail", "drive", "journey"}
#: Verbs of arriving: a journey to a place of the traveller's own state, or to a place of
#: no known state ("arrived in Anchorage"); one abroad is a visit (:func:`visit_rules`).
ARRIVE_VERBS = {"arrive", "land"}
ARRIVE_PREPS = {"in", "at", "to"}


def travel_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X flew from Manila to Rotterdam", "X returned to Peru", "X left Kyiv for Warsaw",
    "X flew home via Dubai": a Travel of the person, with origin, stops and destination.
    A journey to another state the visit rule reads ("X flew to Japan") is a Visit, not
    drafted again here."""
    if tok.pos_ != "VERB" or tok.lemma_ not in TRAVEL_VERBS | ARRIVE_VERBS:
        return []
    who = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type == "Person"]
    if not who and tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children):
        # "X was removed from office in August and left the country": the passive's subject went
        who = [e for s_ in _antecedents([c for c in tok.head.children if c.dep_ == "nsubjpass"])
               for e in cx.entities(s_) if e.type == "Person"]
    # "Tor Ashby was flown to The Hague", "Krasikov, who was flown to Moscow": the one carried travels
    # (no visit of his own making)
    passive = _antecedents([c for c in tok.children if c.dep_ == "nsubjpass"])
    carried = [] if who else [e for c in passive for e in cx.entities(c) if e.type == "Person"]
    who = who or carried
    remains = [] if who else _remains_carried(passive, cx)  # "Haniyeh's body was flown to Doha"
    if not who and not remains:
        return []
    places = ("State",) + PLACES

    def named(toks: list[Token]) -> list[Known]:
        # "left for Lima": a capital is where one goes, the city (when the registry has it), not its state
        return _uniq([e for t in toks for e in (_capital_city(t, cx) if _capital(t, cx) else cx.entities(t))
                      if e.type in places])
    origin = named(preps(tok, {"from"}) + ([o for o in objects(tok) if o.dep_ == "dobj"] if tok.lemma_ == "leave" else []))
    if not origin and tok.lemma_ == "leave" and who and any(
            o.dep_ == "dobj" and o.lemma_ in ("country", "nation") and not cx.entities(o) for o in objects(tok)):
        # "Sheikh Hasina, the former prime minister of Bangladesh, ... left the country": the state
        # whose office the leaver holds or held (a national's, in another state's story, may be that state)
        origin = _uniq([cx.office_state[p.id] for p in who if p.id in cx.office_state])
    dest = named(preps(tok, {"to", "for"} if tok.lemma_ in ("leave", "head", "depart") else
                        ARRIVE_PREPS if tok.lemma_ in ARRIVE_VERBS else {"to"}))
    stops = named(preps(tok, {"via", "through"}))
    if not origin and not dest and not stops:
        return []
    if origin and not dest and not stops and all(set(e.label.lower().split()) & PRISON_NOUNS for e in origin):
        return []  # "Assange left Belmarsh prison": let out of custody (a Release), no journey told
    own = {cx.person_state[p.id].id for p in who if p.id in cx.person_state} | \
        {s for p in who for s in cx.nationals(p)}
    if any(c.lower_ == "home" for c in tok.children):  # "flew home to Peru": the traveller's own state
        own |= {e.id for e in dest if e.type == "State"}
    abroad = [s for s in _host_states(preps(tok, ARRIVE_PREPS if tok.lemma_ in ARRIVE_VERBS else {"to"}), cx)
              if s.id not in own]
    if tok.lemma_ in ("travel", "fly", *ARRIVE_VERBS) and abroad and not stops and not carried and not remains:
        return []  # "X flew to Japan", "X arrived in Tokyo": a visit (visit_rules)
    # a body carried is no traveller: the dead person is 'remainsOf' (corpus/CLAIMS.md, "A body or remains carried")
    roles = {"traveller": who} if who else {"remainsOf": remains}
    for key, ents in (("origin", origin), ("stop", stops), ("destination", dest)):
        if ents:
            roles[key] = ents
    return [Fact("Travel", roles, tokens=[tok.i], split=False)]


#: Nouns of a dead person's remains, carried to a burial or home ("his body was flown to
#: Doha", "the remains of the soldiers were repatriated", "the coffin was taken to").
REMAINS_NOUNS = {"body", "remains", "coffin", "casket"}


def _remains_carried(passive: list[Token], cx: Context) -> list[Known]:
    """The persons whose remains the passive subjects ``passive`` name: a noun of
    :data:`REMAINS_NOUNS` owned by the person or with the person after 'of' ("Haniyeh's
    body", "the remains of Ismail Haniyeh"); empty for a body of people or things ("the
    body of the ship", "a body of experts": no person named)."""
    found = []
    for n in passive:
        if n.lemma_.lower() not in REMAINS_NOUNS and n.lower_ not in REMAINS_NOUNS:
            continue
        owners = [c for c in n.children if c.dep_ == "poss"] + preps(n, {"of"})
        found += [e for o in owners for e in cx.entities(o) if e.type == "Person"]
    return _uniq(found)


def _name_before(verb: Token, cx: Context) -> list[Token]:
    """The last token of a name of a person or body that ends right before ``verb`` (or
    before the comma before it) when the parser gave the verb no subject: it tags a name
    it does not know as an adverb ("Nduhungirehe warned that ...") or hangs an
    apposition on the noun before ("..., the court's president, Judge Iwasawa Yuji,
    said ..."). A name that is an object of the clause before, of a preposition or of a
    verb ("would challenge it in the Supreme Court, arguing that ...", "vowed to avenge
    Haniyeh, saying ..."), is where or on whom the act before is done: none."""
    i = verb.i - 1
    if i >= verb.sent.start and verb.doc[i].text == ",":
        i -= 1
    m = cx.at.get(i)
    if m is None or m.end != i + 1 or m.entity.type in NOT_ACTORS:
        return []
    if verb.doc[i].dep_ in ("pobj", "dobj", "dative", "iobj", "attr", "oprd"):
        # "challenge it in the Supreme Court, arguing that ...", "vowed to avenge Haniyeh, saying ...":
        # an object of the clause before is a place or a target of its act, not the speaker
        return []
    return [verb.doc[i]]


def quoted_label_rules(tok: Token, cx: Context) -> list[Fact]:
    """'X called the case "the most consequential case in history"': a Statement by X,
    about what was called so (an entity, if one is named), when the label is quoted and
    is neither praise nor blame (a praising or blaming label is the speaker's
    Characterisation, :func:`characterisation_rules`, or a Rejection, :func:`label_rules`)."""
    if tok.lemma_ not in ("call", "describe") or tok.pos_ != "VERB":
        return []
    label = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")] + \
        [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    if not label:
        return []
    span = cx.doc[label[0].left_edge.i: label[0].right_edge.i + 1]
    before = cx.doc[max(tok.sent.start, span.start - 1)]
    if not (any(q in span.text for q in _QUOTES) or before.text in _QUOTES):
        return []
    if {t.lower_ for t in span} & (PRAISE_LABELS | BLAME_LABELS):
        return []
    if any(f.roles.get("characterised") for f in characterisation_rules(tok, cx)):
        return []  # the label is the speaker's Characterisation of the actor called so (corpus/CLAIMS.md)
    subj = [c for c in tok.children if c.dep_ == "nsubj"] or _name_before(tok, cx)
    speaker = [e for s_ in subj for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    if not speaker:
        return []
    about = [e for o in objects(tok) for e in cx.entities(o) if e.id not in {x.id for x in speaker}]
    roles = {"speaker": speaker, **({"about": about} if about else {})}
    return [Fact("Statement", roles, tokens=[tok.i, subj[0].i], statement=False, said=True)]


def visit_by_rules(tok: Token, cx: Context) -> list[Fact]:
    """"a visit to Minsk last week by John Coale", "a visit to Lima by the Chilean envoy
    Tor Ashby": the visitor named in a 'by' phrase that :func:`visit_rules` does not read,
    because the parser hangs it on the verb as a passive's agent (an active verb has
    none) or because its object is a title with the name in apposition. The host is the
    state of the place visited."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in VISIT_NOUNS or any(c.dep_ == "poss" for c in tok.children):
        return []
    by = [o for p_ in tok.children if p_.dep_ == "prep" and p_.lower_ == "by" for o in p_.children if o.dep_ == "pobj"]
    if by and cx.entities(by[0]):
        return []  # visit_rules reads it
    verb = tok.head
    if not by and tok.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in verb.children):
        by = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    m = _named_noun(by[0], cx) if by else None
    if m is None or m.entity.type != "Person":
        return []
    host = _host_states(preps(tok, {"to"}), cx)
    # a city of no known state: the place visited, as visit_rules drafts it
    places = [e for o in preps(tok, {"to"}) for e in cx.entities(o) if e.type in PLACES]
    if not host and not places:
        return []
    where = {"hostState": host} if host else {"place": places}
    return [Fact("Visit", {"visitor": [m.entity], **where}, tokens=list(range(tok.i, m.end)), clause=False)]


# Labels that judge, beyond those of label_rules: the wording of CAMEO 111 ('criticize or
# denounce') and 051 ('praise or endorse') as reporters quote it.
BLAME_LABELS |= {"irresponsible", "reckless", "hollow", "provocative", "dangerous", "destabilising", "destabilizing",
                 "cynical", "hypocritical", "unjustifiable", "aggressive", "unprecedented", "escalation", "betrayal"}
PRAISE_LABELS |= {"important", "tremendous", "positive", "constructive", "welcome", "great", "momentous",
                  "forward"}  # "a step forward"



# --- recognitions ---------------------------------------------------------------------

#: Verbs of granting recognition (CAMEO 054 "grant diplomatic recognition").
RECOGNISE_VERBS = {"recognise", "recognize"}
#: What a recognition recognises (gkg:recognised): a state or a government.
RECOGNISABLE = {"State", "Government", "MilitaryGovernment", "OppositionGovernment"}


#: Nouns of who governs, which make a group named with them a government recognised ("the
#: Taliban government", "Afghanistan's government under the Taliban").
GOVERNMENT_NOUNS = {"government", "administration", "authorities", "regime", "rule", "rulers"}


def _group_government(o: Token, cx: Context) -> list[Known]:
    """The one armed or political group a noun of governing names as those who govern
    (:data:`GOVERNMENT_NOUNS`): by a compound or possessive ("the Taliban government", "the
    Houthis' administration") or by 'under' / 'of' / 'led by' ("Afghanistan's government under
    the Taliban"); a group so named is recognised as a government (gkg:recognised, 'another
    actor of the registry'), not the state whose government it is. [] when the noun is none
    of those or names no group, or several."""
    if o.lemma_.lower() not in GOVERNMENT_NOUNS:
        return []
    near = [c for c in o.children if c.dep_ in ("compound", "poss", "amod")]
    near += [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("under", "of") for p in c.children if p.dep_ == "pobj"]
    near += [p for c in o.children if c.dep_ == "acl" and c.lemma_ == "lead" for a in c.children if a.dep_ == "agent"
             for p in a.children if p.dep_ == "pobj"]
    found = _uniq([e for t in near for e in cx.entities(t, conj=False) if e.type == "Group"])
    return found if len(found) == 1 else []


def _recognised(verb: Token, cx: Context) -> tuple[list[Known], Token | None]:
    """The states or governments ``verb`` recognises and the head of the phrase naming
    them: its object ("recognised Palestine"), the one name inside a title that is its
    object ("recognised 'the independent and sovereign State of Palestine'"), or the
    passive's subject. A common noun's phrase is no title: "recognised the importance
    of trade with Peru" recognises nothing."""
    for o in objects(verb):
        found = _group_government(o, cx) or [e for e in cx.entities(o) if e.type in RECOGNISABLE]
        if not found and o.pos_ == "PROPN":  # a name inside a title: "the (sovereign) State of Palestine"
            inside = _uniq([cx.at[t.i].entity for t in o.subtree if t.i in cx.at and cx.at[t.i].form == "name"])
            found = inside if len(inside) == 1 and inside[0].type in RECOGNISABLE else []
        if found:
            return found, o
    return [], None


def recognition_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Britain, Canada and Australia recognised the State of Palestine": a Recognition
    (CAMEO 054, PLOVER SUPPORT; ``ontology/geopolitics.ttl``) by each state or government
    of the subject (one fact each, as analysts record them) of the state or government
    its object names, with the object's words as ``recognisedAs`` when they say more
    than the name. The same verb with any other object ("recognised the importance of
    trade") is a view, left to :func:`said_rules`."""
    if tok.pos_ != "VERB" or tok.lemma_ not in RECOGNISE_VERBS:
        return []
    recognised, obj = _recognised(tok, cx)
    subj = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
    if not subj and tok.dep_ == "xcomp":  # "Chile is expected to recognise Palestine": the raised subject
        subj = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    # "by only one state, Russia": the name in apposition to a common noun; "Russia became the first
    # country to recognise": the subject of the copula whose attribute the noun is
    subj = subj + [c for s_ in subj if not cx.entities(s_) for c in s_.children if c.dep_ == "appos"] + \
        [c for s_ in subj if not cx.entities(s_) and s_.dep_ == "attr" and s_.head.lemma_ in ("be", "become")
         for c in s_.head.children if c.dep_ == "nsubj"]
    recognisers = [e for s_ in subj for e in cx.entities(s_)
                   if e.type in RECOGNISABLE or e.type in ("InternationalOrganisation", "Organisation")]
    notes = {}
    for s_ in subjects(tok):
        for st in _own_country(s_, cx):
            recognisers.append(st)
            notes["recogniser"] = f"{_text(cx.doc, list(s_.subtree))!r} read as {st.id}: the state of the person who reports it"
    recognisers = [e for e in _uniq(recognisers) if e.id not in {r.id for r in recognised}]
    if not (recognised and recognisers):
        return []
    f = Fact("Recognition", {"recogniser": recognisers, "recognised": recognised}, tokens=[tok.i, obj.i], read_as=notes)
    for s_ in subj:  # "by only one state, Russia, which did so on July 3": the day the recogniser did
        for rel in (c for c in s_.children if c.dep_ == "relcl" and c.lemma_ == "do" and
                    any(a.lower_ == "so" for a in c.children)):
            date, toks = cx.date_of(rel)
            if date:
                f.attrs["date"], f.tokens = date, [*f.tokens, rel.i, *toks]
    words = _text(cx.doc, [t for t in obj.subtree if t.dep_ != "punct" and t.text not in _QUOTES])
    if len(recognised) == 1 and words.lower().removeprefix("the ") != recognised[0].label.lower():
        f.attrs["recognisedAs"] = words
    return [f]


# --- envoys recalled ------------------------------------------------------------------

#: Verbs by which a state calls its own envoys home (CAMEO 161 "reduce or break
#: diplomatic relations", PLOVER REDUCE_RELATIONS).
RECALL_VERBS = {"recall", "withdraw"}


def recall_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Iran's Foreign Ministry recalled the country's ambassadors to Britain, France and
    Germany for consultations", "Algeria recalled its ambassadors from Bamako and
    Niamey": an EnvoyRecall by the subject's state (the subject a state, its government or
    ministry) of its own envoys (``recalled``, unnamed, for the subject's state) from the states or
    capitals after 'to', 'from' or 'in' (``recalledFrom``), the reason 'for
    consultations' when said. The envoys must be the subject's own ('its', 'their', 'the
    country's', or no possessor at all); another state's envoy sent home is a
    DiplomaticExpulsion."""
    if tok.pos_ != "VERB" or tok.lemma_ not in RECALL_VERBS:
        return []
    who = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)
           if e.type in ("State", "Government", "Organisation", "MilitaryGovernment")]
    # the object, or the subject of the passive: "Chile's ambassador to Peru was recalled"
    objs = [o for o in objects(tok) if o.lemma_ in ENVOY_NOUNS]
    if not who and objs and not doers(tok) and not any(c.dep_ == "dobj" for c in tok.children):
        # a passive naming no one who recalls: the state whose envoy it is ("Chile's ambassador")
        who = [e for c in objs[0].children if c.dep_ == "poss" for e in cx.entities(c) if e.type == "State"]
    states = _uniq([st for e in who for st in [cx.resolver.state_of(e)] if st is not None])
    if not (who and len(states) == 1 and objs):
        return []
    obj = objs[0]
    owners = [c for c in obj.children if c.dep_ == "poss"]
    if owners and not all(o.lower_ in ("its", "their") or o.lemma_ == "country" or
                          {e.id for e in cx.entities(o)} <= {s.id for s in states + who} for o in owners):
        return []  # "withdrew Chile's ambassador": not its own envoy
    if any(c.dep_ == "amod" and c.i in cx.at for c in obj.children):
        return []  # "recalled the Peruvian ambassador": another state's envoy
    places = preps(obj, {"to", "from", "in"}) + preps(tok, {"from", "to"})
    away = _uniq([st for p in places for e in cx.entities(p) for st in [cx.resolver.state_of(e) or e]
                  if st.type == "State" and st.id != states[0].id])
    n = next((c for c in obj.children if c.dep_ == "nummod"), None)
    noun = obj.lemma_ + ("s" if obj.tag_ == "NNS" else "")
    # the state recalls its envoys, whichever of its ministries announces it, as the state expels (_expelled)
    f = Fact("EnvoyRecall", {"initiator": states, **({"recalledFrom": away} if away else {})},
             tokens=[tok.i, obj.i], split=False,
             qualified={"recalled": (f"{n.text + ' ' if n is not None else ''}unnamed {noun}", states[0])})
    reason = [p for p in preps(tok, {"for"}) + preps(obj, {"for"}) if p.lemma_ == "consultation"]
    if reason:
        f.attrs["reason"] = "for consultations"
        f.tokens.append(reason[0].i)
    return [f]


# --- mediation (CAMEO 045) ------------------------------------------------------------


def mediation_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Russia has long been the main mediator between the two neighbours", "Algeria,
    long a mediator between the Malian state and northern rebel groups", "Chile mediated
    between Peru and Bolivia": a Mediation (CAMEO 045, PLOVER MEDIATE) by the subject of
    the copula, the name the noun is in apposition to, or the verb's subject, between the
    parties after 'between'. Talks mediated by someone are a Meeting with its mediator,
    left to the meeting rules."""
    if tok.lemma_ == "mediator" and tok.pos_ == "NOUN":
        if tok.dep_ == "attr":
            who = [e for s_ in subjects(tok.head) for e in cx.entities(s_)]
        elif tok.dep_ == "appos":
            who = cx.entities(tok.head, conj=False)
        else:
            return []
        between = preps(tok, {"between"})
    elif tok.lemma_ == "mediate" and tok.pos_ == "VERB" and not objects(tok):
        who = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        between = preps(tok, {"between"})
    else:
        return []
    parties = [e for b in between for e in cx.entities(b)]
    if not parties and cx.pair and any(_both_of_pair(b) for b in between):
        parties = list(cx.pair)  # "between the two neighbours": the article's two states
    who = [e for e in _uniq(who) if e.type not in NOT_ACTORS]
    parties = [e for e in _uniq(parties) if e.id not in {w.id for w in who} and e.type not in NOT_ACTORS]
    if not (who and parties):
        return []
    return [Fact("Mediation", {"mediator": who, "party": parties}, tokens=[tok.i, *(b.i for b in between)])]


# --- comments declined, meetings hosted, acts of the actor-verb lexicon ----------------

#: Verbs of speaking that a speaker declines ("declined to comment", "refused to confirm the
#: report"): what was not said is a Statement of negative polarity (CAMEO 0 "make public
#: statement", its "decline comment" code 014; corpus/CLAIMS.md 'Negation: polarity').
UNSAID_VERBS = {"comment", "confirm", "speak", "say", "elaborate", "discuss", "answer", "respond", "reply",
                "specify", "disclose", "reveal", "give"}


def declined_comment_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile declined to comment", "Peruvian officials refused to confirm the report": a
    Statement by the subject of the
    verb of refusing (a name, or unnamed speakers of a state: :func:`_unnamed_speakers`),
    of negative polarity (the trigger is the infinitive, which :func:`_negated` reads as
    refused), its ``subject`` the words refused. 'give' only with 'details' or 'comment'."""
    if tok.pos_ != "VERB" or tok.lemma_ not in UNSAID_VERBS or tok.dep_ != "xcomp" or \
            tok.head.lemma_ not in REFUSE_VERBS | {"decline"}:
        return []
    if tok.lemma_ == "give" and not any(o.lemma_ in ("detail", "comment", "reason") for o in objects(tok)):
        return []
    subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not subj:
        return []
    speaker = [e for e in cx.entities(subj[0]) if e.type not in NOT_ACTORS]
    unnamed = None if speaker else _unnamed_speakers(subj[0], cx)
    if not speaker and unnamed is None:
        return []
    dated = {i for e in cx.dates for i in range(e.start, e.end)}
    said = [t for t in tok.subtree if t.i not in dated and not (t.dep_ == "aux" and t.lower_ == "to")]
    said = [t for t in said if not (t.dep_ == "prep" and all(c.i in dated for c in t.children))]  # "on Monday"
    f = Fact("Statement", {"speaker": speaker} if speaker else {}, {"subject": "".join(t.text_with_ws for t in sorted(said, key=lambda t: t.i)).strip()},
             tokens=[tok.head.i, tok.i, subj[0].i, *(t.i for t in tok.subtree)], said=True)
    if unnamed is not None:
        f.qualified["speaker"] = unnamed
    return [f]


#: Verbs of hosting an occasion of talks: "Chile hosted talks with Peru", "France and Saudi
#: Arabia are co-hosting a summit" (CAMEO 043 "host a visit"; the ontology's Meeting ``host``).
HOST_MEETING_VERBS = {"host", "co-host", "cohost", "convene", "chair", "organise", "organize"}


def hosted_meeting_rules(tok: Token, cx: Context) -> list[Fact]:
    """A meeting noun (:data:`MEET_NOUNS`) that is the object of a verb of hosting, active
    or passive ("Chile hosted talks with Peru", "a summit hosted by Chile"): a Meeting whose
    ``host`` is the verb's doer (:func:`doers`), its participants the hosts and whoever 'with'
    names, or only the two sides or more 'between' names ("hosted talks between Chile and
    Peru"), and its place the city or site 'in' or 'at' names."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in MEET_NOUNS:
        return []
    if tok.dep_ in ("dobj", "nsubjpass") and _hosting(tok.head):  # "hosted talks", "the talks were hosted by"
        verb = tok.head
        hosts = [e for s_ in doers(verb) for e in cx.entities(s_)]
    else:  # "a summit hosted by Chile"; a relative clause: "a summit that Chile hosted", "which was hosted by Chile"
        verb = next((c for c in tok.children if _hosting(c) and (
            c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "relcl" and tok.i in {o.i for o in objects(c)})), None)
        if verb is None:
            return []
        hosts = [e for p in (preps(verb, {"by"}) if verb.dep_ == "acl" else doers(verb)) for e in cx.entities(p)]
    hosts = [e for e in hosts if e.type in ("Person", "State", "Government", "InternationalOrganisation")]
    if not hosts:
        return []
    guests = [e for o in preps(tok, {"with", "between"}) + preps(verb, {"with"}) for e in cx.entities(o)]
    guests = [e for e in guests if e.type in ("Person", "State", "Government", "InternationalOrganisation")]
    sides = [e for o in preps(tok, {"between"}) for e in cx.entities(o) if e.id not in {h.id for h in hosts}]
    # "Qatar hosted talks between Chile and Peru": the two sides meet, their host is no third side
    participants = _uniq(sides) if len(_uniq(sides)) >= 2 else _uniq(hosts + guests)
    if len(participants) < 2:
        return []  # "Chile will host a summit": who else attends, the sentence does not say
    roles = {"participant": participants, "host": hosts}
    # a city or site; a capital the resolver reads as its state is the state's, not a place
    place = [e for e in _place_of(verb, cx, ("in", "at")) or _place_of(tok, cx, ("in", "at")) if e.type in PLACES]
    if place:
        roles["place"] = place
    return [Fact("Meeting", roles, tokens=[verb.i, tok.i])]


#: Verbs of talks getting under way: "Formal negotiations began in Tokyo".
BEGIN_VERBS = {"begin", "start", "open", "resume"}


def begun_talks_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Formal negotiations began in Tokyo on November 29": talks that begin with no one
    named in them, in an article about two states (:attr:`Context.pair`), are a Meeting of
    those two, where the clause says; not talks whose parties the words describe ("talks
    between the warring parties") nor talks that resume (their parties are those of the
    talks told before)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_ not in ("negotiation", "talk") or tok.dep_ != "nsubj" or \
            tok.head.lemma_ not in BEGIN_VERBS or not cx.pair:
        return []
    if any(t.i in cx.at for t in tok.subtree):
        return []  # "talks with Peru began", "Chile's talks": the talks' own parties, read by the meeting rules
    if any(c.dep_ == "prep" and c.lower_ in ("between", "with", "among") for c in tok.children):
        return []  # "talks between the warring parties": parties the words describe, not the article's two
    if tok.head.lemma_ == "resume":
        return []  # "talks would resume": the parties of talks told before, not the article's two states
    roles = {"participant": list(cx.pair)}
    place = [e for e in _place_of(tok.head, cx, ("in", "at")) if e.type in PLACES]
    if place:
        roles["place"] = place
    return [Fact("Meeting", roles, tokens=[tok.i, tok.head.i])]


def hosted_act_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X and Y signed a declaration at the White House, hosted by Z": an act the clause's
    subjects performed at a meeting someone hosted is a Meeting of them and the host
    (``host``). A noun hosted ("a summit hosted by Z") is :func:`hosted_meeting_rules`'."""
    if not _hosting(tok) or tok.tag_ != "VBN" or tok.dep_ != "advcl" or tok.head.pos_ != "VERB" or _hosting(tok.head):
        return []
    if any(o.lemma_ in MEET_NOUNS for o in objects(tok.head)):
        return []  # "held talks, hosted by Z": the talks' rules read it
    hosts = [e for p in preps(tok, {"by"}) for e in cx.entities(p) if e.type in ("Person", "State", "Government")]
    guests = [e for s_ in doers(tok.head) for e in cx.entities(s_) if e.type in ("Person", "State", "Government")]
    guests = [e for e in guests if e.id not in {h.id for h in hosts}]
    if not hosts or not guests:
        return []
    f = Fact("Meeting", {"participant": _uniq(guests + hosts), "host": hosts}, tokens=[tok.head.i, tok.i])
    f.take_date(cx.date_of(tok.head))  # "signed ... on Friday, hosted by Z": the act's day
    return [f]


def presence_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Netanyahu, who was in Washington when the order was signed", "X is in Beijing this
    week": a person whose own state is known, in a place of another state, is visiting it.
    Only 'be' with the place as its own complement; the person's state must be known (else
    a minister at home would be a visitor)."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.lemma_ != "be" or tok.head.pos_ not in ("AUX", "VERB"):
        return []
    if any(c.dep_ in ("acomp", "attr", "xcomp") for c in tok.head.children):
        return []  # "was instrumental in Lima", "was the envoy in Lima": no presence said
    who = [e for s_ in subjects(tok.head) for e in cx.entities(s_) if e.type == "Person"]
    if not who or any(p.id not in cx.person_state for p in who):
        return []
    own = {cx.person_state[p.id].id for p in who}
    host = [s for s in _host_states([o for o in tok.children if o.dep_ == "pobj"], cx) if s.id not in own]
    if len(host) != 1:
        return []
    return [Fact("Visit", {"visitor": who, "hostState": host}, tokens=[tok.head.i, tok.i])]


#: Verbs of taking part in a gathering the sentence does not name ("X, Y and Z attended in person").
ATTEND_VERBS = {"attend", "participate"}


def attended_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X, Y and Z attended in person", "X and Y attended as observers": two or more
    persons attending, with no object (the gathering is the article's, not named in the
    clause), met there: a Meeting of them. An object or an 'in' phrase naming what they
    attended leaves the sentence to the rules of that noun; "X and Y also attended" joins
    them to the attendees of a gathering told before (a funeral, a ceremony), which is no
    meeting between them: nothing."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ATTEND_VERBS or objects(tok):
        return []
    if any(o.lemma_ != "person" for o in preps(tok, {"in"})):
        return []  # "participated in the talks": the meeting noun's rules; "attended in person": none
    if any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in tok.children):
        return []  # "X and Y also attended": the gathering told before (a funeral, a ceremony), not a meeting of theirs
    people = _uniq([e for s_ in doers(tok) for e in cx.entities(s_)])
    if len(people) < 2 or any(e.type != "Person" for e in people):
        return []
    return [Fact("Meeting", {"participant": people}, tokens=[tok.i])]


def _hosting(verb: Token) -> bool:
    """Whether ``verb`` is a verb of hosting (:data:`HOST_MEETING_VERBS`), spelt with a hyphen or not."""
    return verb.pos_ == "VERB" and verb.lemma_.lower().replace("-", "") in {v.replace("-", "") for v in HOST_MEETING_VERBS}


#: Classes of actor that can take part in an act of :data:`lexicon.ACTOR_VERBS`.
ACTOR_TYPES = ("Person", "State", "Government", "MilitaryGovernment", "OppositionGovernment", "InternationalOrganisation",
               "Organisation", "ArmedForces", "ArmedGroup", "Group", "StateCompany")


def actor_verb_rules(tok: Token, cx: Context) -> list[Fact]:
    """A verb of the CAMEO-coded lexicon of acts between two actors
    (:data:`lexicon.ACTOR_VERBS`) whose doer (:func:`doers`: subject or passive agent) and
    other actor (direct object or passive subject, or the object of the lexicon's
    preposition) both name actors: "Chile negotiated with Peru" (Meeting), "Peru was funded
    by Chile" (Support, economic), "Chile trains Peru's army" (Support, military: the state
    of a force named through it). The fact takes the lexicon's class, roles and attributes."""
    entry = lexicon.ACTOR_VERBS.get(tok.lemma_)
    if tok.pos_ != "VERB" or entry is None:
        return []
    kind, doer_role, other_role, prep, attrs = entry
    doer = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type in ACTOR_TYPES]
    if prep is None:
        toks = objects(tok)
    else:
        toks = preps(tok, {prep}) or [p for c in tok.children if c.dep_ == "prt"
                                      for p in preps(c, {prep})]  # "sided squarely with Peru"
    other = [e for o in toks for e in cx.entities(o) or
             (_state_modifiers(o, cx) if o.lemma_ in FORCE_NOUNS else []) if e.type in ACTOR_TYPES]
    other = [e for e in _uniq(other) if e.id not in {d.id for d in doer}]
    if not doer or not other:
        return []
    roles = {doer_role: doer} if doer_role == other_role else {doer_role: doer, other_role: other}
    if doer_role == other_role:
        roles[doer_role] = _uniq(doer + other)
    return [Fact(kind, roles, dict(attrs), tokens=[tok.i, *(o.i for o in toks)])]


#: Nouns of a state's forces, which act for the state that the words before name ("Peru's army", "Peruvian troops").
FORCE_NOUNS = {"army", "military", "force", "troop", "soldier", "officer", "pilot", "navy", "police", "guard"}


#: Event nouns whose possessor and one preposition name the two actors of a fact, by the
#: verb they nominalise (Grimshaw 1990; see :func:`nominal_arguments`): noun lemma ->
#: (class, role of the possessor, preposition, role of its object). "Chile's deal with
#: Peru" (CAMEO 057 "sign formal agreement"), "Chile's support for Peru" (CAMEO 05,
#: PLOVER SUPPORT), "Chile's recognition of Palestine" (CAMEO 054).
NOMINAL_EVENTS = {
    **dict.fromkeys(("deal", "agreement", "pact", "treaty", "accord"), ("Agreement", "party", "with", "party")),
    **dict.fromkeys(("support", "backing"), ("Support", "supporter", "for", "supported")),
    "recognition": ("Recognition", "recogniser", "of", "recognised"),
}
#: Words before an event noun that say the event has not happened ("a proposed deal", "a possible pact").
UNREAL_WORDS = {"proposed", "possible", "potential", "planned", "prospective", "future", "draft", "hoped", "mooted",
                "envisaged", "new"}


def nominal_event_rules(tok: Token, cx: Context) -> list[Fact]:
    """An event noun of :data:`NOMINAL_EVENTS` with a possessor and the noun's preposition,
    both naming actors: "Chile's deal with Peru was signed on Monday", "Chile's support
    for Peru angered Bolivia", "Chile's recognition of Palestine". A deal not yet made
    ("Chile's proposed deal with Peru": :data:`UNREAL_WORDS`) drafts nothing; a
    recognition takes states and governments only."""
    entry = NOMINAL_EVENTS.get(tok.lemma_)
    if tok.pos_ != "NOUN" or entry is None or any(c.lower_ in UNREAL_WORDS for c in tok.children):
        return []
    kind, owner_role, word, other_role = entry
    owner = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c)]
    owner = [cx.person_state.get(e.id, e) if e.type == "Person" and kind == "Recognition" else e for e in owner]
    other = [e for o in preps(tok, {word}) for e in cx.entities(o)]
    fit = RECOGNISABLE if kind == "Recognition" else ACTOR_TYPES
    owner = [e for e in _uniq(owner) if e.type in fit]
    other = [e for e in _uniq(other) if e.type in fit and e.id not in {o.id for o in owner}]
    if not owner or not other:
        return []
    roles = {owner_role: _uniq(owner + other)} if owner_role == other_role else {owner_role: owner, other_role: other}
    if kind == "Agreement" and any(e.type == "Person" for e in roles[owner_role]):
        return []  # a person's deal is a bargain, not a treaty between parties
    f = Fact(kind, roles, tokens=[tok.i, *(c.i for c in tok.children if c.dep_ == "poss")])
    # the clause's date is what befell the event ("the deal expires in 2032", "the support angered"),
    # the event's own only when the clause makes it ("the deal was signed on Monday")
    f.undated = not (tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.lemma_ in ("sign", "conclude", "ink", "seal",
                                                                                       "reach", "strike", "ratify"))
    return [f]


#: Nouns of what a speaker may do to another, which a warning 'of' them threatens.
PUNITIVE_NOUNS = {"penalty", "consequence", "sanction", "sanctions", "retaliation", "reprisal", "countermeasure",
                  "measure", "response", "action", "force", "tariff", "strike", "punishment", "repercussion"}


def warn_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile warned of severe penalties if Peru broke the deal", "Chile warned Peru of
    consequences": a warning of something the speaker would do is a Threat (CAMEO 13
    "threaten", PLOVER THREATEN), its ``threatenedAction`` the words after 'of', about
    whom it warns (the object) or the subject of its condition ('if'). A warning against
    an act ("warned Peru against sending troops") is an appeal, left to the other rules."""
    if tok.pos_ != "VERB" or tok.lemma_ != "warn":
        return []
    # what the speaker would do ("penalties", "retaliation"), not an outcome it foresees ("a famine", "a recession")
    action = [o for o in preps(tok, {"of"}) if o.lemma_.lower() in PUNITIVE_NOUNS]
    if not action:
        return []
    speaker = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    if not speaker:
        return []
    about = [e for o in objects(tok) for e in cx.entities(o)]
    cond = [c for c in tok.children if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)]
    if not about:
        about = [e for c in cond for s_ in subjects(c) for e in cx.entities(s_)]
        if not about and cx.pair and any(_both_of_pair(s_) or s_.lower_ == "either" or
                                         any(x.lower_ == "either" for x in s_.children) for c in cond for s_ in subjects(c)):
            about = list(cx.pair)  # "if either side broke the deal": the article's two states
    about = [e for e in _uniq(about) if e.id not in {s.id for s in speaker}]
    words = _text(cx.doc, [t for o in action for t in o.subtree])
    words = words.strip("\"“”'")
    if not words or len(words.split()) > 14:
        return []
    f = Fact("Threat", {"speaker": speaker, **({"about": about} if about else {})}, {"threatenedAction": words},
             tokens=[tok.i, *(t.i for o in action for t in o.subtree), *(t.i for c in cond for t in c.subtree)],
             statement=True, said=True)
    if cond:
        f.attrs["condition"] = _text(cx.doc, list(cond[0].subtree))
    return [f]



# --- relations and characterisations --------------------------------------------------

#: Verbs that give something a label only with 'as' ("portrayed X as Y", "dismissed X as Y"):
#: without it they tell another act ("dismissed the minister", "painted the wall").
AS_LABEL_VERBS = {"dismiss", "characterise", "characterize", "portray", "depict", "paint", "present",
                  # a class a state puts an actor in: "lists the PKK as a terrorist group", "classified X as"
                  "list", "classify",
                  # judgements that label with 'as': "hailed the deal as historic", "denounced the arrest as a coup"
                  "hail", "denounce", "condemn", "decry", "slam", "criticise", "criticize", "praise",
                  "blast", "laud", "celebrate"}
#: Kinds of statement whose verb judges by itself: "hailed X as Y" is a Praise, "denounced X as Y"
#: a Criticism, "dismissed X as Y" a Rejection, not a label (corpus/CLAIMS.md, "Which kind a judgement is").
JUDGING_KINDS = {"Praise", "Criticism", "Rejection"}
#: Verbs that give something a label ("described X as Y", "called X a Y", "dismissed X as Y").
CHARACTERISE_VERBS = LABEL_VERBS | AS_LABEL_VERBS
#: What a Characterisation may characterise by name (gkg:characterised: an actor, a place or an asset).
CHARACTERISED = ("Actor", "Place", "Asset")


def _as_label(verb: Token, obj: Token) -> bool:
    """Whether ``verb`` gives ``obj`` a label with 'as', however the parser hangs it: a
    preposition on the verb or on the object ("hailed the deal as historic"), or an
    adverb of a clause ("denounced the arrest as politically motivated")."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i for p in [*verb.children, *obj.children]) or \
        any(c.dep_ == "advcl" and c.i > obj.i and any(a.lower_ == "as" for a in c.children) for c in verb.children)


def _label_words(verb: Token, obj: Token) -> list[Token]:
    """The label ``verb`` gives ``obj``: an object predicate ("called Peru a rogue
    state"), the object of 'as' ("described Peru as a partner"), an adjective after the
    object ("called the move illegal"), or a quotation right after it; the tokens of
    its phrase, without a leading article, or empty."""
    heads = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    # "branded Peru a rogue state", "labelled the talks a failure": the parser gives the label as a second object
    heads += [c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i and c.pos_ == "NOUN"
              and c.lower_ not in ("which", "that", "what")]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    heads += [a for a in obj.children if a.dep_ in ("amod", "appos") and a.i > obj.i]
    # "described the talks as constructive": the parser hangs an adjective on 'as' (on the verb or
    # on the object) as a modifier, not as its object
    # (not for a verb of rejecting: "dismissed the accusations as false" is a Rejection's ground, no label)
    rejecting = verb.lemma_ in ("dismiss", "reject")
    heads += [o for p in [*verb.children, *obj.children] if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i
              and not rejecting for o in p.children if o.dep_ in ("amod", "acomp", "advmod", "pobj", "pcomp")
              and o.pos_ == "ADJ"]
    heads += [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i
              for o in p.children if o.dep_ == "pobj"]
    # "denounced the arrest as politically motivated": a participle clause that 'as' opens
    heads += [c for c in verb.children if c.dep_ == "advcl" and c.i > obj.i and c.pos_ in ("VERB", "ADJ")
              and not rejecting and any(a.lower_ == "as" and a.i < c.i for a in c.children)]
    heads = [h for h in heads if h.i != obj.i]  # the object itself when parsed as a predicate ("called Zelensky a ...")
    toks = sorted({t.i: t for h in heads for t in h.subtree}.values(), key=lambda t: t.i) or _quoted_after(obj)
    toks = _quoted_part(toks)
    # "hailed X as a hero on Monday": the date is the saying's, not the label's
    dated = {t.i for p in toks if p.dep_ in ("prep", "npadvmod") and any(
        o.ent_type_ in ("DATE", "TIME") for o in [p, *p.children]) for t in p.subtree}
    toks = [t for t in toks if t.dep_ != "punct" and t.text not in _QUOTES and t.i not in dated]
    while toks and toks[0].lower_ in ("a", "an", "the", "as"):
        toks = toks[1:]
    return toks


def _quoted_part(toks: list[Token]) -> list[Token]:
    """A label that opens with the speaker's quoted words ends where they close: 'as
    "another turn of the crank" against what he termed ...' is 'another turn of the
    crank'; quoted words joined to it by 'and', 'but' or 'or' are more of it ('"a win"
    and "a milestone"'). ``toks`` in text order; unchanged when no quotation opens it."""
    if not toks:
        return toks
    doc, first = toks[0].doc, toks[0].i
    start = first if doc[first].text in _QUOTES else first + 1 if first + 1 < len(doc) and \
        doc[first].lower_ in ("a", "an", "the") and doc[first + 1].text in _QUOTES else None
    if start is None:
        start = first - 1 if first > 0 and doc[first - 1].text in _QUOTES else None
    if start is None:
        return toks
    end = toks[-1].i
    close = next((j for j in range(start + 1, end + 1) if doc[j].text in _QUOTES), None)
    while close is not None and close + 2 <= end and doc[close + 1].pos_ == "CCONJ" and doc[close + 2].text in _QUOTES:
        close = next((j for j in range(close + 3, end + 1) if doc[j].text in _QUOTES), None)
    if close is None:
        return toks
    return [t for t in toks if t.i <= close]


#: Common nouns that refer back to a named actor of their class ("Hamas ... calling the group
#: a terror organisation"): the noun -> the classes (ontology) of what it may name.
BACK_NOUNS = {"group": ("Group", "Organisation"), "organisation": ("Organisation", "Group"),
              "organization": ("Organisation", "Group"), "movement": ("Group", "Organisation"),
              "country": ("State",), "nation": ("State",), "state": ("State",), "company": ("Company",),
              "firm": ("Company",), "court": ("Court",), "man": ("Person",), "woman": ("Person",),
              "bloc": ("InternationalOrganisation",), "alliance": ("InternationalOrganisation",)}


#: Nouns for the way a state is run that stand for that state when a speaker labels them
#: ("called the Russian system oppressive", "branded Iran's regime a threat").
SYSTEM_NOUNS = {"system", "regime", "leadership"}


def _system_of(noun: Token, cx: Context) -> list[Known]:
    """The one state whose system, regime or leadership ``noun`` (:data:`SYSTEM_NOUNS`)
    names by a demonym, a possessive or a name before it ("the Russian system", "Iran's
    regime"); else nothing."""
    if noun.lemma_.lower() not in SYSTEM_NOUNS:
        return []
    found = _uniq([m.entity for c in noun.children if c.dep_ in ("amod", "poss", "compound") and c.i < noun.i
                   for m in [cx.at.get(c.i)] if m is not None and m.entity.type == "State"])
    return found if len(found) == 1 else []


def _person_pronoun(obj: Token, speaker: list[Known], cx: Context) -> list[Known]:
    """The person 'him' or 'her' stands for when a speaker labels them ("Xi met Biden on
    Monday. Biden later called him 'a dictator'"): the one person other than the speaker
    named in the pronoun's sentence before it, or else in the sentence before; nothing when
    there are none or several (nothing is guessed)."""
    if obj.lower_ not in ("him", "her"):
        return []
    own = {e.id for e in speaker}
    windows = [[t for t in obj.sent if t.i < obj.i]]
    if obj.sent.start > 0:
        windows.append(list(obj.doc[obj.sent.start - 1].sent))
    for window in windows:
        found = _uniq([e for t in window if t.i in cx.at for e in cx.at[t.i].entities
                       if e.type == "Person" and e.id not in own])
        if found:
            return found if len(found) == 1 else []
    return []


def _named_before(noun: Token, cx: Context) -> list[Known]:
    """The one actor of the class ``noun`` names (:data:`BACK_NOUNS`) named earlier in
    its sentence, when ``noun`` is a definite description ("the group") that names no
    entity itself; else nothing (none or several: nothing is guessed)."""
    kinds = BACK_NOUNS.get(noun.lemma_.lower())
    if kinds is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return []
    vocab = vocabulary()
    found = _uniq([e for t in noun.sent if t.i < noun.i and t.i in cx.at for e in cx.at[t.i].entities
                   if any(vocab.is_a(e.type, k) for k in kinds)])
    if not found and noun.sent.start > 0:
        # "Bolivia joined Mercosur in July. Its foreign minister has called the bloc ...": none of the
        # class before it in its sentence, the one the sentence before names
        before = cx.doc[noun.sent.start - 1].sent
        found = _uniq([e for t in before if t.i in cx.at for e in cx.at[t.i].entities
                       if any(vocab.is_a(e.type, k) for k in kinds)])
    return found if len(found) == 1 else []


#: Nouns that name a fact an article has told ("the talks", "the jailing") -> the kinds of
#: fact they may name; an empty tuple: any kind ("the move", "it").
FACT_NOUNS = {
    "talk": ("Meeting",), "talks": ("Meeting",), "meeting": ("Meeting",), "summit": ("Meeting",),
    "visit": ("Visit",), "trip": ("Visit", "Travel"), "sanction": ("Sanction",), "sanctions": ("Sanction",),
    "measure": ("Sanction", "ExecutiveAction", "Legislation"), "detention": ("Detention",), "jailing": ("Detention",),
    "arrest": ("Detention", "LegalAction"), "imprisonment": ("Detention",), "verdict": ("LegalAction",),
    "ruling": ("LegalAction",), "opinion": ("LegalAction",), "order": ("ExecutiveAction", "LegalAction"),
    "agreement": ("Agreement",), "deal": ("Agreement",), "treaty": ("Agreement",), "accord": ("Agreement",),
    "pact": ("Agreement",), "signing": ("Agreement",),
    # a written instrument: the text agreed, adopted or enacted, never the event it was signed at
    **dict.fromkeys(("document", "memorandum", "charter", "declaration", "communique", "communiqué"),
                    ("Agreement", "Resolution", "Legislation")), "recognition": ("Recognition",), "invasion": ("Invasion",),
    "attack": ("Attack",), "strike": ("Attack",), "closure": ("BorderClosure",), "exercise": ("MilitaryExercise",),
    "exercises": ("MilitaryExercise",), "election": ("Election",), "vote": ("Vote", "Election"),
    "expulsion": ("DiplomaticExpulsion",), "move": (), "step": (), "decision": (), "outcome": (),
    "accusation": ("Accusation",), "allegation": ("Accusation",), "warrant": ("LegalAction",),
    # talks by other names, a court's case by its steps, a crowd's act
    **dict.fromkeys(("discussion", "discussions", "negotiation", "negotiations", "conversation"), ("Meeting",)),
    **dict.fromkeys(("case", "trial", "conviction", "sentence", "prosecution", "indictment"), ("LegalAction",)),
    "charges": ("LegalAction", "Accusation"), "protest": ("Protest",), "protests": ("Protest",),
    "crackdown": ("Repression",),
    # a text under negotiation or adopted, by the words reporters use for it ("called the draft
    # unacceptable", "described the text as outdated"); a set of measures ("the package")
    **dict.fromkeys(("draft", "text"), ("Agreement", "Legislation", "Resolution")),
    "package": ("Sanction", "Support", "Legislation"), "bill": ("Legislation",), "law": ("Legislation",),
    "decree": ("ExecutiveAction",), "designation": ("Sanction",), "listing": ("Sanction",),
    **dict.fromkeys(("pledge", "aid", "assistance", "support", "donation", "contribution"), ("Support", "Gift", "Loan")),
}


#: The kinds of fact a reaction to "the decision", "the move" or "the outcome" (a noun of
#: :data:`FACT_NOUNS` of no kind of its own) may be about: acts a body or state decides or
#: gives, never a statement or a background fact, nor an election (the voters' choice, no decision
#: of one body).
DECISION_KINDS = ("LegalAction", "Agreement", "Sanction", "Tariff", "ExecutiveAction", "Legislation", "Resolution",
                  "Vote", "Award", "Recognition", "DiplomaticExpulsion", "Withdrawal", "Disqualification")


def _name_before_fact_noun(obj: Token) -> Token | None:
    """The noun of a fact right after a name the parser took for the object of a verb of
    naming ("called the Peru-Chile deal a milestone", parsed with 'Chile' as the object
    and 'deal' as a verb): a definite name phrase ('the', 'this', a possessive before it)
    whose next word is a lower-case noun of :data:`FACT_NOUNS` modifies that noun, and the
    noun's fact is what is labelled, not the state named inside it. None otherwise."""
    doc = obj.doc
    nxt = obj.i + 1
    if obj.pos_ != "PROPN" or nxt >= len(doc) or not doc[nxt].is_lower or doc[nxt].is_punct:
        return None
    noun = doc[nxt]
    if FACT_NOUNS.get(noun.lower_, FACT_NOUNS.get(noun.lemma_.lower())) is None or obj.is_ancestor(noun):
        return None
    start = obj.left_edge.i
    while start < obj.i and (doc[start].pos_ == "PROPN" or doc[start].text in ("-", "–")):
        start += 1  # "the Peru-Chile deal": past the other names of the compound and their hyphen
    while start > 0 and start == obj.left_edge.i and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text in ("-", "–")) \
            and doc[start - 1].i != obj.head.i:
        start -= 1  # the same names when the parser hung them elsewhere
    lead = doc[start] if start < obj.i and doc[start].pos_ in ("DET", "PRON") else (doc[start - 1] if start > 0 else None)
    if lead is None or not (lead.lower_ in ("the", "this", "that") or lead.tag_ == "PRP$"):
        return None
    return noun


def _definite_thing(obj: Token) -> bool:
    """Whether ``obj`` is a definite common noun that names no person ("the invitation",
    "the proceedings", "Russia's plan", not "the minister", "a plan"): a label given it
    labels something the article told before, whatever its noun."""
    from kg.extract.speech import UNNAMED
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "some", "no", "every")
                   for c in obj.children)
    return obj.pos_ == "NOUN" and definite and obj.lemma_.lower() not in UNNAMED | PUBLIC_NOUNS and \
        obj.ent_type_ not in ("PERSON", "NORP", "DATE", "TIME")


#: Adjectives that make a noun of a fact the doing of many ("the international response",
#: "the global effort"): it points back to no one fact of the article.
COLLECTIVE_WORDS = {"international", "global", "worldwide", "collective"}


def _collective(noun: Token) -> bool:
    """Whether a noun is modified by one of :data:`COLLECTIVE_WORDS`."""
    return any(c.dep_ == "amod" and c.lower_ in COLLECTIVE_WORDS for c in noun.children)


def _fact_referred(obj: Token) -> tuple[str, ...] | None:
    """The kinds of fact a definite object points back to ("the talks", "this deal",
    "the EU's move", "it"), or None when it names no fact told before (an indefinite
    noun, a noun of no fact)."""
    if obj.pos_ == "PRON":
        return () if obj.lower_ in ("it", "this", "them") else None
    kinds = FACT_NOUNS.get(obj.lower_, FACT_NOUNS.get(obj.lemma_.lower()))
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "some", "no")
                   for c in obj.children)
    if _collective(obj):
        return None  # "called the international response pitiful": the acts of many, no one fact told before
    return kinds if kinds is not None and definite else None


def characterisation_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile described Peru as a reliable partner", "Tor Ashby called the group a
    terrorist organisation", "dismissed Kell as a mere messenger": a Characterisation
    (Wikidata P31 'instance of', as a speaker states it; ``ontology/geopolitics.ttl``) of
    the actor, place or asset the object names, ``category`` the label's words, said by
    the subject (modality reported). A label that praises or blames ("called the vote a
    sham") is a Characterisation too, as corpus/CLAIMS.md writes a speaker's label; not
    a label that rejects a claim or a measure ("called the charges baseless": the
    Rejection of :func:`label_rules`) nor the 'as' of a verb that judges by itself
    ("hailed the deal as historic": the Praise of :func:`statement_rules`); an
    object that names no entity but a fact told before ("called the talks extremely
    productive", "called it a turning point") characterises that fact (corpus/CLAIMS.md:
    ``characterised: <fact id>``), which the engine finds among the facts drafted before."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CHARACTERISE_VERBS | {"refer"}:
        return []
    objs = [o for o in tok.children if o.dep_ == "dobj"]
    if tok.lemma_ == "refer":  # "referred to Xi as 'my dear friend'": what 'to' names, labelled by 'as'
        objs = [o for o in preps(tok, {"to"}) if any(p.dep_ == "prep" and p.lower_ == "as" for p in tok.children)]
    if not objs and tok.dep_ == "acl" and tok.lemma_ in LABEL_VERBS:
        # "Trump called Zelensky a dictator", parsed with the name as an object predicate and the label in
        # apposition to it: the name is what is labelled
        objs = [o for o in tok.children if o.dep_ == "oprd" and o.pos_ == "PROPN"
                and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in o.children)]
    if not objs or objs[0].lower_ in ("what", "which") or any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and c.i < objs[0].i and
            not any(o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in tok.children):
        # "called on X to ...", "called for talks"; "what it described as": no named object. A 'for'
        # after the object ("called the vote a disgrace for the world body") is the label's, not an appeal
        return []
    if tok.lemma_ in AS_LABEL_VERBS and not _as_label(tok, objs[0]):
        return []  # "dismissed the minister": a removal from office, no label
    if lexicon.STATEMENT_VERBS.get(lexicon.lemma(tok)) in JUDGING_KINDS:
        return []  # "hailed the ruling as a win", "dismissed the report as lies": the verb's own judgement (corpus/CLAIMS.md)
    obj = objs[0]
    label = _label_words(tok, obj)
    said = {t.lemma_ for t in label} | {t.lower_ for t in label}
    if obj.lemma_ in REJECTED and said & BLAME_LABELS or said & VOID_WORDS:
        return []  # "called the charges baseless", "the impeachment null and void": a Rejection (label_rules)
    modified = _name_before_fact_noun(obj)
    if modified is not None:  # "called the Peru-Chile deal a milestone": the deal, labelled by what follows it
        label = [t for t in label if t.i > modified.i]
        while label and label[0].lower_ in ("a", "an", "the"):
            label = label[1:]
        kinds = FACT_NOUNS.get(modified.lower_, FACT_NOUNS.get(modified.lemma_.lower()))
        speaker = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)
                   if e.type not in NOT_ACTORS]
        if not (label and speaker) or all(t.ent_type_ in ("DATE", "TIME") for t in label):
            return []
        return [Fact("Characterisation", {}, {"category": label_text(cx.doc, label)},
                     tokens=[tok.i, modified.i, *(t.i for t in label)], statement=True, voiced_by=speaker,
                     refers=("characterised", kinds))]
    if not label or all(t.ent_type_ in ("DATE", "TIME") for t in label):
        return []
    vocab = vocabulary()
    characterised = [e for e in cx.entities(obj) if any(vocab.is_a(e.type, k) for k in CHARACTERISED)
                     and e.type not in ("NewsOrganisation",)]
    speaker = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
    if not speaker and tok.dep_ == "acl" and obj.dep_ == "oprd":  # "Trump called Zelensky a dictator" (as parsed)
        speaker = cx.entities(tok.head, conj=False)
    if not speaker and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB":
        # "the ministry dismissed the accusations, calling them a poor attempt ...": who did the first
        head = tok.head
        subj = [c for c in head.children if c.dep_ == "nsubj"] or \
            ([c for c in head.head.children if c.dep_ == "nsubj"] if head.dep_ == "conj" else [])
        speaker = [e for s_ in subj for e in cx.entities(s_)]
    speaker = [e for e in speaker if e.type not in NOT_ACTORS]
    # "called the London marches 'hate marches'", "called Chile's decision unacceptable": the noun of a
    # fact told before, whatever names modify it, is what is labelled, not the place or actor named
    fact_noun = obj.pos_ == "NOUN" and obj.i not in cx.at and bool(_fact_referred(obj))
    if obj.lower_ in ("him", "her"):  # never the speaker itself: the person named before
        characterised = _person_pronoun(obj, speaker, cx)
    characterised = [] if fact_noun else characterised or _named_before(obj, cx) or _system_of(obj, cx)
    characterised = [e for e in characterised if e.id not in {s.id for s in speaker}]
    if not characterised and speaker and (fact_noun or not cx.entities(obj)):
        kinds = _fact_referred(obj)  # ("described the trip as part of a mission": a label too, corpus/CLAIMS.md)
        noun: tuple[str, ...] = ()
        if kinds is None and _definite_thing(obj) and label[0].lower_ not in ("something", "anything") and \
                not _collective(obj):
            # "called the invitation a victory": the fact told last, only if the noun names it or its kind
            # ("invited", Invitation); "called the storming of parliament treasonous" after a vote: none
            kinds, noun = (), (obj.lemma_.lower(),)
        if obj.pos_ == "PRON" and tok.dep_ == "advcl" and tok.tag_ == "VBG":
            # "dismissed the accusations, calling them ...": 'them' is what the first verb was done to
            named = [_fact_referred(o) for o in tok.head.children if o.dep_ == "dobj"]
            kinds = named[0] if named and named[0] is not None else kinds
        if kinds is not None:  # "Trump called the talks 'extremely productive'": the talks told before
            f = Fact("Characterisation", {}, {"category": label_text(cx.doc, label)},
                     tokens=[tok.i, obj.i, *(t.i for t in label)], statement=True, voiced_by=speaker,
                     refers=("characterised", kinds, *noun))
            return [f]
    if not (characterised and speaker):
        return []
    f = Fact("Characterisation", {"characterised": characterised}, tokens=[tok.i, obj.i, *(t.i for t in label)],
             statement=True, voiced_by=speaker)
    f.attrs["category"] = label_text(cx.doc, label)
    return [f]



# --- support --------------------------------------------------------------------------

#: Nouns of help one party asks another for ("turned to Russia for security assistance").
HELP_NOUNS = {"assistance", "help", "support", "aid", "backing", "protection", "loan", "funding", "financing"}
#: Words of a kind of support (gkg:supportKind) and the kind they say.
HELP_KINDS = {"military": "military", "security": "military", "defence": "military", "defense": "military",
              "diplomatic": "diplomatic", "economic": "economic", "financial": "economic",
              "political": "political", "humanitarian": "humanitarian"}
# "obligated $440 million in assistance to Peru", "disbursed", "earmarked", "committed": verbs of giving aid
AID_VERBS |= {"obligate", "disburse", "earmark", "commit"}


def _forces_of(subjects_: list[Token], cx: Context) -> list[Known]:
    """The states whose forces a subject names by a demonym or possessive ("Rwandan troops
    have been supporting the M23", "Chile's army backs the rebels"): an armed force acts
    for its state (PROV-O delegation, as ``corpus/CLAIMS.md`` reads the party of an
    unnamed actor)."""
    return _uniq([e for s_ in subjects_ if s_.lemma_.lower() in FORCE_NOUNS
                  for e in _modifiers(s_, cx, ("amod", "poss", "compound")) if e.type == "State"])


def turn_to_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Peru turned to Chile for military assistance", "looked to Beijing for help": a
    Support (CAMEO 07 'provide aid' as the asking party reports it; ``supportKind`` from
    the help's adjective) by the actor after 'to' of the subject."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("turn", "look"):
        return []
    help_ = [o for o in preps(tok, {"for"}) if o.lemma_.lower() in HELP_NOUNS]
    if not help_:
        return []
    supporter = [e for o in preps(tok, {"to"}) for e in cx.entities(o) if e.type not in NOT_ACTORS]
    supported = [e for s_ in subjects(tok) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    supported = [e for e in supported if e.id not in {s.id for s in supporter}]
    if not (supporter and supported):
        return []
    f = Fact("Support", {"supporter": supporter, "supported": supported}, tokens=[tok.i, help_[0].i])
    kind = next((HELP_KINDS[a.lower_] for a in help_[0].children if a.dep_ in ("amod", "compound")
                 and a.lower_ in HELP_KINDS), None)
    if kind:
        f.attrs["supportKind"] = kind
    return [f]


# --- meetings held by telephone or video ----------------------------------------------

#: Words of the means of a call, and the meetingMode they give (corpus/CLAIMS.md, 'How a
#: meeting or a signing was held').
CALL_MODES = {"phone": "by telephone", "telephone": "by telephone", "video": "by video link",
              "videoconference": "by video link", "videolink": "by video link"}


def _call_mode(toks: list[Token]) -> str | None:
    return next((CALL_MODES[t.lower_] for t in toks if t.lower_ in CALL_MODES), None)


def call_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Meeting held by telephone or video (CAMEO 040 'consult'): "Tor Ashby spoke by
    phone with Kesh Amon", "the two ministers talked by video link", "Ashby had a phone
    call with Amon", "a telephone conversation between Ashby and Amon"; the participants
    the subject, the people or states after 'with', 'to' or 'between', two at least;
    ``meetingMode`` from the means."""
    if tok.pos_ == "VERB" and tok.lemma_ in ("speak", "talk", "confer"):
        means = [t for p in tok.children if p.dep_ == "prep" and p.lower_ in ("by", "over", "via", "on")
                 for o in p.children if o.dep_ == "pobj" for t in o.subtree]
        mode = _call_mode(means)
        people = [e for s_ in doers(tok) for e in cx.entities(s_)]
        people += [e for o in preps(tok, {"with", "to"}) for e in cx.entities(o)]
    elif tok.pos_ == "NOUN" and tok.lemma_ in ("call", "conversation", "conference"):
        mode = _call_mode([c for c in tok.children if c.dep_ in ("compound", "amod")] + [tok])
        people = [e for o in preps(tok, {"with", "between"}) for e in cx.entities(o)]
        if tok.dep_ == "dobj" and tok.head.lemma_ in ("have", "hold", "make", "conduct"):
            people = [e for s_ in doers(tok.head) for e in cx.entities(s_)] + people
            people += [e for o in preps(tok.head, {"with"}) for e in cx.entities(o)]
    else:
        return []
    people = [e for e in _uniq(people) if e.type in ("Person", "State", "Government")]
    if mode is None or len(people) < 2:
        return []
    f = Fact("Meeting", {"participant": people}, tokens=[tok.i])
    f.attrs["meetingMode"] = mode
    return [f]
