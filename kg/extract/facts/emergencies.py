"""A state of emergency told in full (corpus/CLAIMS.md, "States of emergency, time windows,
approximate times"; CAMEO 1724 'impose state of emergency or martial law'): besides who
declared it over which state (:func:`kg.extract.facts.military.emergency_rules`), the
parts of an ``EmergencyRule`` the declaring sentence and the sentences after it give:

- where it holds, each place by itself (``place``): "in A and the neighbouring province
  of B", "in the provinces of C and D" (a name after a noun of a territory is a
  ``Region``, and two names the tagger ran into one, "C and D", are two), a capital's
  name the city (a ``City``), "Fourteen districts of A were under a partial emergency"
  (the districts in words, ``placePart``: 'fourteen districts');
- how long (``duration``): "a 30-day state of emergency", "for 60 days";
- the law it rests on (``legalBasis``): "formalised in Supreme Decree 12-2030-PCM",
  "under Article 137 of the Constitution";
- its stages as stages (``stage``): "approved by the Council of Ministers on Tuesday"
  (``{status: approved, party: …, date: …}``), "which was extended several times"
  (``{status: extended, description: several times}``);
- its start told apart (``startDate``, ``timeOfDay``): "took effect at midnight";
- what it restricts (``prohibits``): "restricts the rights of assembly and movement",
  "Four rights are restricted: A, B, C and D" (each one listed).

A later sentence whose subject is the measure ("The measure", "The decree", "The state of
emergency") gives its claim of the emergency told before (``refers``), only where that
emergency was told in its own sentence or the two before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.entities import normalise
from kg.extract.facts.cities import _city
from kg.extract.facts.common import PLACES, Context, Fact, _uniq, preps
from kg.extract.mentions import Known, slug
from kg.extract.quantities import count_of

#: What a state of emergency is called (Wikidata Q1066400 state of emergency, Q214441 martial
#: law); "a partial emergency" is one over part of a state.
EMERGENCY_WORDS = {("martial", "law"): "martial law", ("state", "emergency"): "state of emergency",
                   ("state", "siege"): "state of siege", ("emergency", "rule"): "emergency rule",
                   ("emergency", "partial"): "partial emergency", ("curfew", None): "curfew"}


def _emergency(noun: Token) -> str | None:
    """'martial law', 'state of emergency', 'curfew' when ``noun`` heads one of them."""
    for (head, mod), words in EMERGENCY_WORDS.items():
        if noun.lemma_ != head:
            continue
        if mod is None:
            return words
        if any(c.lower_ == mod for c in noun.children if c.dep_ in ("amod", "compound")) or \
                any(o.lower_ == mod for o in preps(noun, {"of"})):
            return words
        if head == "martial" and noun.head.lemma_ == "law":
            return words
    if noun.lemma_ == "law" and any(c.lower_ == "martial" for c in noun.children):
        return "martial law"
    return None


#: Nouns of a territory whose names follow 'of' ("the provinces of A and B", "the port
#: province of B", "districts of A"): the names are places (Wikidata Q56061 administrative
#: territorial entity).
TERRITORY_WORDS = {"province", "region", "district", "department", "county", "municipality", "oblast",
                   "governorate", "prefecture", "canton", "commune", "state", "territory"}
#: Units of a length of time written before the noun ("a 30-day state of emergency") or after
#: 'for' ("for 60 days").
TIME_UNITS = {"hour", "day", "week", "month", "year"}
#: Nouns of an instrument a measure rests on, when named ("Supreme Decree 12-2030", "Article 137").
INSTRUMENT_NOUNS = {"decree", "law", "act", "article", "ordinance", "proclamation", "order", "resolution", "regulation"}
#: Verbs by which a measure is set down in an instrument ("formalised in", "published in",
#: "enacted by", "issued under").
SET_DOWN_VERBS = {"formalise", "formalize", "publish", "enact", "issue", "set", "establish", "lay", "make", "declare",
                  "impose", "decree", "base", "adopt"}
#: Verbs of restricting what people may do, whose object (or passive subject) is what an
#: emergency prohibits.
RESTRICT_VERBS = {"restrict", "suspend", "curb", "limit", "ban", "prohibit", "curtail"}
#: Nouns of what such a verb restricts when it is an emergency's ("the rights of assembly",
#: "freedom of movement", "gatherings", "protests").
RESTRICTED_NOUNS = {"right", "freedom", "liberty", "gathering", "assembly", "movement", "protest", "demonstration",
                    "rally", "meeting", "guarantee", "inviolability", "travel", "strike"}
#: Nouns by which a later sentence names the emergency told before ("The measure took effect").
MEASURE_NOUNS = {"measure", "decree", "declaration", "emergency", "curfew", "order"}
#: Verbs of approving, whose agent approves the measure ("approved by the Council of Ministers").
APPROVE_VERBS = {"approve", "endorse", "ratify", "authorise", "authorize", "back"}
#: Verbs of prolonging a measure ("which was extended several times").
EXTEND_VERBS = {"extend", "prolong", "renew"}
#: Clock words a measure takes effect at ("at midnight"), as times of day.
CLOCK_WORDS = {"midnight": "00:00", "noon": "12:00", "midday": "12:00"}


def _region(e: Known) -> Known:
    """``e`` (an entity of a name after a noun of a territory) as a place: a proposed name
    of another class (a city, a body the tagger guessed) becomes a ``Region``; a known one
    is kept."""
    if e.proposed is None or e.type == "Region":
        return e
    return Known(e.id, "Region", e.label, {**e.proposed, "type": "Region"}, e.state)


def _split_pair(tok: Token, cx: Context) -> list[Known] | None:
    """Two places the tagger ran into one proposed name ("the provinces of Guayas and
    Manabi": 'Guayas and Manabi'): each a ``Region`` of its own; None when the name is no
    such pair (a registry's or gazetteer's name, "Trinidad and Tobago", stays whole)."""
    m = cx.at.get(tok.i)
    if m is None or m.entity.proposed is None or m.form != "name":
        return None
    words = cx.doc[m.start:m.end]
    cut = [t.i for t in words if t.lower_ == "and"]
    if len(cut) != 1 or cut[0] in (m.start, m.end - 1):
        return None
    out = []
    for a, b in ((m.start, cut[0]), (cut[0] + 1, m.end)):
        name = cx.doc[a:b].text
        if not all(t.text[:1].isupper() for t in cx.doc[a:b]):
            return None
        known = cx.resolver.names.get(normalise(name))
        if known is not None:
            out.append(known)
            continue
        eid = slug(name)
        if eid in cx.resolver.registry.entities:
            return None
        out.append(Known(eid, "Region", name, {"id": eid, "type": "Region", "label": name}))
    return out


def _unmentioned_region(tok: Token, cx: Context) -> Known | None:
    """A name after a noun of a territory that no mention holds ("the port province of
    Callao", the tagger having read 'Callao' as a body it does not propose): a ``Region``
    of that name (its proper nouns), the registry's or gazetteer's place where one has it."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()] + [tok]
    if any(t.i in cx.at for t in words) or words[-1].i - words[0].i + 1 != len(words):
        return None
    name = cx.doc[words[0].i: tok.i + 1].text
    known = cx.resolver.names.get(normalise(name))
    if known is not None:
        return known if known.type in PLACES else None
    eid = slug(name)
    if not eid or eid in cx.resolver.registry.entities:
        return None
    return Known(eid, "Region", name, {"id": eid, "type": "Region", "label": name})


def _named(tok: Token, cx: Context, territory: bool) -> tuple[list[Known], list[Known]]:
    """(places, states) the name ``tok`` gives: a capital's name its city, a state its
    state, a place its place; after a noun of a territory (``territory``) a proposed name
    is a region, two names run into one are two."""
    m = cx.at.get(tok.i)
    if m is None:
        return ([region] if territory and (region := _unmentioned_region(tok, cx)) is not None else []), []
    if m.form == "capital":
        city = _city(cx.doc[m.start:m.end].text, cx)
        st = cx.resolver.state_of(m.entity)
        return ([city] if city is not None else []), ([st] if st is not None else [])
    if territory:
        pair = _split_pair(tok, cx)
        if pair is not None:
            return pair, []
    places, states = [], []
    for e in m.entities:
        if e.type == "State":
            states.append(e)
        elif territory and e.type not in ("Person",):
            places.append(_region(e))  # "the province of Huaura": a region, whatever class the tagger guessed
        elif e.type in PLACES:
            places.append(e)
    return places, states


def place_heads(phrase: Token) -> list[tuple[Token, bool, Token | None]]:
    """The name tokens a place phrase (the object of 'in', or a subject) lists, each with
    whether a noun of a territory introduces it and that noun ("the provinces of A and B":
    A and B, both after 'provinces')."""
    out = []
    for item in (phrase, *phrase.conjuncts):
        if item.lemma_.lower() in TERRITORY_WORDS and item.pos_ == "NOUN":
            for o in preps(item, {"of"}):
                out += [(n, True, item) for n in (o, *o.conjuncts)]
            # "the Loreto region", "Ucayali province": the name before the noun
            out += [(c, True, item) for c in item.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        else:
            out.append((item, False, None))
    return out


def emergency_places(phrases: list[Token], cx: Context) -> tuple[list[Known], list[Known], list[int], str | None]:
    """Where an emergency holds, from ``phrases`` (the objects of its 'in', or the subject
    of "were under"): (places, states, the tokens read, the counted part in words:
    'fourteen districts' for "Fourteen districts of A and B")."""
    places, states, toks, part = [], [], [], None
    for phrase in phrases:
        for name, territory, noun in place_heads(phrase):
            p, s = _named(name, cx, territory)
            if not p and not s:
                continue
            places += p
            states += s
            toks += [t.i for t in name.subtree]
            if noun is not None:
                toks.append(noun.i)
                counted = [c for c in noun.children if c.dep_ == "nummod" and count_of(c) is not None]
                if counted and noun.tag_ == "NNS":
                    part = f"{counted[0].lower_} {noun.lower_}"
                    toks.append(counted[0].i)
    return _uniq(places), _uniq(states), toks, part


def duration_of(noun: Token, verb: Token | None) -> tuple[str | None, list[int]]:
    """How long an emergency lasts: "a 30-day state of emergency" (a unit with a count
    before the noun) or "for 60 days" on the noun or its verb; ('30 days', tokens)."""
    for t in noun.subtree:
        if t.i >= noun.i:
            break
        if t.lemma_.lower() in TIME_UNITS:
            n = next((c for c in t.children if c.dep_ == "nummod" and count_of(c) is not None), None)
            if n is not None:
                k = count_of(n)
                return f"{k} {t.lemma_.lower()}{'s' if k != 1 else ''}", [n.i, t.i]
    for h in (noun, verb):
        for o in preps(h, {"for"}) if h is not None else []:
            n = next((c for c in o.children if c.dep_ == "nummod" and count_of(c) is not None), None)
            if o.lemma_.lower() in TIME_UNITS and n is not None:
                k = count_of(n)
                return f"{k} {o.lemma_.lower()}{'s' if k != 1 else ''}", [o.head.i, n.i, o.i]
    return None, []


def instrument_words(o: Token) -> tuple[str | None, list[int]]:
    """The name of an instrument ``o`` (the object of 'in', 'under', 'by') writes, when it
    names one ("Supreme Decree 124-2030-PCM", "Article 137 of the Constitution"): its words
    up to a comma or a clause of its own; None for an instrument not named ("the decree")."""
    if o.lemma_.lower() not in INSTRUMENT_NOUNS:
        return None, []
    clause = {t.i for c in o.children if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
    words = []
    for t in o.subtree:
        if t.i in clause or (t.text in (",", ";", "(") and t.i > o.i):
            if t.i > o.i:
                break
            continue
        words.append(t)
    while words and (words[0].dep_ == "det" or words[0].is_punct):
        words = words[1:]
    if not words:
        return None, []
    text = o.doc[words[0].i: words[-1].i + 1].text
    named = any(t.like_num or any(ch.isdigit() for ch in t.text) for t in words) or \
        (o.text[:1].isupper() and len(words) > 1)
    return (text if named and len(text) <= 80 else None), [t.i for t in words]


def legal_basis(heads: list[Token]) -> tuple[str | None, list[int]]:
    """The instrument a measure rests on, from the 'under' / 'by' / 'in' phrases of
    ``heads`` (its noun and verb): "declared ... under Article 137 of the Constitution",
    "formalised in Supreme Decree N"; (words, tokens) or (None, [])."""
    for h in heads:
        words = ("under",) if h.lemma_.lower() not in SET_DOWN_VERBS else ("under", "in", "by", "through")
        for o in preps(h, set(words)):
            found, toks = instrument_words(o)
            if found:
                return found, [o.head.i, *toks]
    return None, []


def _listed_after_colon(tok: Token) -> tuple[list[str], list[int]]:
    """The items a list after a colon in ``tok``'s sentence gives ("are restricted for the
    duration: A, B, C and D"): each item's words (a leading 'the' dropped), and the tokens."""
    sent = tok.sent
    colon = next((t for t in sent if t.text == ":" and t.i > tok.i), None)
    if colon is None:
        return [], []
    end = sent.end - 1 if sent[-1].is_punct and sent[-1].text in ".;" else sent.end
    text = tok.doc[colon.i + 1: end].text.strip().rstrip(" .;")
    if not text or len(text) > 300:
        return [], []
    items = [x.strip() for x in text.split(",") if x.strip()]
    if len(items) >= 2 and " and " in items[-1]:
        a, b = items[-1].rsplit(" and ", 1)
        items[-1:] = [a.strip(), b.strip()]
    items = [re.sub(r"^(?:and|or)\s+", "", x) for x in items]
    items = [re.sub(r"^the\s+", "", x) for x in items if x]
    return items, list(range(colon.i, end))


def restricted(verb: Token) -> tuple[list[str] | str | None, list[int]]:
    """What ``verb`` (of :data:`RESTRICT_VERBS`) restricts, as an emergency's
    ``prohibits``: the items listed after a colon ("Four rights are restricted: A, B and
    C"), else the object's words ("restricts the rights of assembly and movement")."""
    if verb.lemma_.lower() not in RESTRICT_VERBS:
        return None, []
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs or objs[0].lemma_.lower() not in RESTRICTED_NOUNS:
        return None, []
    items, toks = _listed_after_colon(verb)
    obj = objs[0]
    if items and any(c.dep_ == "nummod" for c in obj.children):
        return items, [verb.i, *(t.i for t in obj.subtree), *toks]
    words = [t for t in obj.subtree if not (t.dep_ == "det" and t.i == obj.left_edge.i)]
    if not words:
        return None, []
    return obj.doc[words[0].i: words[-1].i + 1].text, [verb.i, *(t.i for t in obj.subtree)]


def start_told(verb: Token, cx: Context) -> tuple[dict, list[int]]:
    """"took effect at midnight", "came into force at midnight on Friday": the start
    (``startDate``, where the clause gives a date: none is guessed, the declaration's date
    stands) and the clock time (``timeOfDay``)."""
    if verb.lemma_.lower() == "take" and not any(c.lemma_.lower() == "effect" for c in verb.children):
        return {}, []
    if verb.lemma_.lower() in ("come", "enter") and not any(
            o.lemma_.lower() in ("force", "effect") for o in preps(verb, {"into"})):
        return {}, []
    out, toks = {}, [verb.i, *(c.i for c in verb.children if c.lemma_.lower() in ("effect",))]
    toks += [t.i for p in preps(verb, {"into"}) for t in p.head.subtree]
    clock = next((o for o in preps(verb, {"at"}) if o.lower_ in CLOCK_WORDS), None)
    date, dtoks = cx.date_of(verb)
    if clock is not None:
        out["timeOfDay"] = CLOCK_WORDS[clock.lower_]
        toks += [clock.head.i, clock.i]
    if date:
        out["startDate"] = date
        toks += dtoks
    return out, toks


def approval(verb: Token, cx: Context) -> tuple[dict | None, list[int]]:
    """"approved by the Council of Ministers on Tuesday": a stage ``{status: approved,
    party, date}`` (the agent the one party named), or None."""
    if verb.lemma_.lower() not in APPROVE_VERBS:
        return None, []
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    party = [e for o in agents for e in cx.entities(o) if e.type not in PLACES]
    if len(party) != 1:
        return None, []
    date, dtoks = cx.date_of(verb)
    stage = {"status": "approved", "party": party[0], **({"date": date} if date else {})}
    return stage, [verb.i, *(t.i for o in agents for t in o.head.subtree), *dtoks]


def extension(verb: Token, cx: Context) -> tuple[dict | None, list[int]]:
    """"which was extended several times", "was extended on Friday": a stage ``{status:
    extended}`` with its date or, as the text gives it, how often (``description``)."""
    if verb.lemma_.lower() not in EXTEND_VERBS:
        return None, []
    stage: dict = {"status": "extended"}
    toks = [verb.i]
    often = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "time"), None)
    if often is not None:
        stage["description"] = " ".join(t.lower_ for t in often.subtree)
        toks += [t.i for t in often.subtree]
    date, dtoks = cx.date_of(verb)
    if date and often is None:
        stage["date"] = date
        toks += dtoks
    return stage, toks


def emergency_details(f: Fact, verb: Token, noun: Token, cx: Context) -> None:
    """Add to ``f`` (an EmergencyRule whose declaring ``verb`` has the emergency ``noun``)
    its places, duration, legal basis and the stages its noun's clauses give."""
    phrases = [o for h in (verb, noun) for o in preps(h, {"in", "across", "throughout"})]
    # "in Lima and the neighbouring province of Huaura": the parser may join the province to the emergency's noun
    phrases += [c for c in noun.conjuncts if c.lemma_.lower() in TERRITORY_WORDS and c.pos_ == "NOUN"]
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("AUX", "VERB"):
        # "Fourteen districts of A and B were already under a partial emergency"
        phrases += [s for s in noun.head.head.children if s.dep_ in ("nsubj", "nsubjpass")]
    places, states, toks, part = emergency_places(phrases, cx)
    if places:
        f.roles["place"] = places
        f.tokens += toks
        if part:
            f.attrs["placePart"] = part
    if not f.roles.get("jurisdiction"):
        own = states or _uniq([s for p in places for s in [cx.resolver.state_of(p)] if s is not None])
        if own:
            f.roles["jurisdiction"] = own[:1]
    if places and f.roles.get("jurisdiction"):
        # a province or city proposed for the claim lies in the state the emergency is declared over
        st = f.roles["jurisdiction"][0]
        f.roles["place"] = [Known(p.id, p.type, p.label, {**p.proposed, "of": st.id}, p.state)
                            if p.proposed is not None and "of" not in p.proposed and st.type == "State" else p
                            for p in f.roles["place"]]
    length, ltoks = duration_of(noun, verb)
    if length:
        f.attrs["duration"] = length
        f.tokens += ltoks
    # "for 60 days under Article 164": the parser may hang the instrument on the length
    basis, btoks = legal_basis([verb, noun, *preps(verb, {"for"}), *preps(noun, {"for"})])
    if basis:
        f.attrs["legalBasis"] = basis
        f.tokens += btoks
    # "declared in March 2030, which was extended several times": the parser may hang the clause on the date
    for c in noun.subtree:
        if c.dep_ in ("relcl", "acl") and c.i != verb.i and (c.head.i == noun.i or any(
                s_.lower_ in ("which", "that") for s_ in c.children if s_.dep_ in ("nsubj", "nsubjpass"))):
            stage, stoks = extension(c, cx)
            if stage is not None:
                f.attrs["stage"] = stage
                f.tokens += stoks


def _pointing(t: Token) -> bool:
    """Whether ``t`` names a measure told before by a definite noun ("the decree", "the
    measure", "this declaration")."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in MEASURE_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)


def _emergency_before(tok: Token, cx: Context) -> bool:
    """Whether a state of emergency (:func:`_emergency`) is told before ``tok``: in its own
    sentence, or in a sentence before it with at most two sentences between that neither
    name the emergency nor point back to a measure ("the decree", "the measure")."""
    sents = cx.memo.get("sents")
    if sents is None:
        sents = cx.memo["sents"] = list(cx.doc.sents)
    here = next((k for k, s_ in enumerate(sents) if s_.start <= tok.i < s_.end), None)
    if here is None:
        return False
    if any(t.pos_ == "NOUN" and _emergency(t) for t in cx.doc[sents[here].start: tok.i]):
        return True
    gap = 0
    for k in range(here - 1, max(-1, here - 12), -1):
        words = sents[k]
        if any(t.pos_ == "NOUN" and _emergency(t) for t in words):
            return True
        if sum(t.is_alpha for t in words) < 3:
            continue  # a stray quotation mark or line the splitter made a sentence of
        gap = 0 if any(_pointing(t) for t in words) else gap + 1
        if gap > 2:
            return False
    return False


def _measure_subject(verb: Token) -> Token | None:
    """The noun by which the main clause of ``verb`` names the measure told before ("The
    measure, approved ..., took effect": 'measure'; "It restricts ...": 'It')."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    return subj if subj.lemma_.lower() in MEASURE_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children) or subj.lower_ == "it" else None


#: Verbs of holding command under a measure ("the police keep control of internal order").
COMMAND_VERBS = {"keep", "take", "assume", "have", "retain", "hold", "exercise"}


def _under_measure(verb: Token) -> Token | None:
    """The measure a clause's 'Under the decree, ...' names: the definite noun of a measure
    (or an emergency's noun) after 'under' on ``verb``."""
    return next((o for o in preps(verb, {"under"}) if _pointing(o) or _emergency(o)), None)


def _command(verb: Token, cx: Context) -> list[Known]:
    """"Under the decree, the National Police keeps control of internal order": who holds
    command under the measure (the subject of a verb of :data:`COMMAND_VERBS` whose object
    is 'control' or 'command'), as an emergency's ``commandedBy``."""
    if verb.lemma_.lower() not in COMMAND_VERBS or _under_measure(verb) is None or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("control", "command", "charge") for c in verb.children):
        return []
    return [e for s_ in verb.children if s_.dep_ == "nsubj" for e in cx.entities(s_) if e.type not in PLACES]


def _told_by(verb: Token, cx: Context) -> tuple[dict, list[int]]:
    """What one verb of a sentence about the measure tells of it: a stage (approval,
    extension), its start, what it restricts or the instrument it was set down in."""
    lemma = verb.lemma_.lower()
    if lemma in APPROVE_VERBS:
        stage, toks = approval(verb, cx)
        return ({"stage": stage}, toks) if stage is not None else ({}, [])
    if lemma in EXTEND_VERBS:
        stage, toks = extension(verb, cx)
        return ({"stage": stage}, toks) if stage is not None else ({}, [])
    if lemma in RESTRICT_VERBS:
        what, toks = restricted(verb)
        return ({"prohibits": what}, toks) if what else ({}, [])
    if lemma in ("take", "come", "enter"):
        return start_told(verb, cx)
    if lemma in SET_DOWN_VERBS:
        basis, toks = legal_basis([verb])
        return ({"legalBasis": basis}, toks) if basis else ({}, [])
    return {}, []


def emergency_told_rules(tok: Token, cx: Context) -> list[Fact]:
    """A sentence after a state of emergency that tells more of it, its subject the
    measure ("The measure, approved by the Council of Ministers on Tuesday, took effect at
    midnight and was formalised in Supreme Decree N"; "It restricts the rights of assembly
    and movement"; "The state of emergency was extended on Friday"), or the rights it
    restricts ("Four constitutional rights are restricted for the duration: A, B and C"):
    one claim of the ``EmergencyRule`` told before (``refers``) with what the sentence's
    main verb, the verbs joined to it and the participle on its subject tell (a stage of
    approval or extension, its start and clock time, its legal basis, what it restricts).
    ``tok``: the sentence's main verb. Nothing where no emergency was told in its
    sentence or the two before (a decree of another kind), nor from the declaring clause
    itself (:func:`emergency_details`)."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("VERB", "AUX"):
        return []
    subj = _measure_subject(tok) or _under_measure(tok)
    rights = subj is None and tok.lemma_.lower() in RESTRICT_VERBS and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in RESTRICTED_NOUNS for c in tok.children)
    if subj is None and not rights:
        return []
    if any(c.dep_ == "dobj" and _emergency(c) for c in tok.children):
        return []  # the declaration itself ("The government declared a state of emergency")
    if not _emergency_before(tok, cx):
        return []
    roles = {}
    command = _command(tok, cx)
    if command:
        roles["commandedBy"] = command
    verbs = [tok, *(c for c in tok.conjuncts if c.pos_ == "VERB")]
    verbs += [c for c in (subj.children if subj is not None else ()) if c.dep_ == "acl" and c.pos_ == "VERB"]
    attrs: dict = {}
    toks: list[int] = []
    for v in sorted(verbs, key=lambda t: t.i):
        told, vtoks = _told_by(v, cx)
        told = {k: w for k, w in told.items() if k not in attrs}
        if told:
            attrs.update(told)
            toks += vtoks
    if not attrs and not roles:
        return []
    if subj is not None:
        toks += [t.i for t in subj.subtree if t.i <= subj.i]  # "The measure", not "measure"
    if roles:
        toks += [t.i for c in tok.children if c.dep_ in ("nsubj", "dobj") for t in c.subtree]
        toks += [subj.head.i] if subj is not None and subj.head.lower_ == "under" else []
    return [Fact("EmergencyRule", roles, attrs, tokens=[tok.i, *toks], split=False, clause=False, undated=True,
                 refers=("fact", ("EmergencyRule",)))]


#: The words :func:`emergency_told_rules` starts from (lemmas of a sentence's main verb).
EMERGENCY_TOLD_TRIGGERS = (APPROVE_VERBS | EXTEND_VERBS | SET_DOWN_VERBS | RESTRICT_VERBS | COMMAND_VERBS
                           | {"take", "come", "enter"})
