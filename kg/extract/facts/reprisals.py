"""Measures one state takes against another, as a government's release lists them after
an attack or a dispute: envoys "declared persona non grata", a border crossing "closed",
people of a state "not permitted to travel to" it, a treaty "held in abeyance". Such lists
write each measure in the passive, with no agent: the one who decided them is the subject
of the sentence that opens the list ("The committee decided the following measures:" and
numbered lines), read by :func:`decider`.

The facts are those of corpus/CLAIMS.md and ``ontology/geopolitics.ttl``:

- ``DiplomaticExpulsion`` (CAMEO 1623 'expel or withdraw diplomats', PLOVER REDUCE): the
  envoys declared persona non grata (Vienna Convention on Diplomatic Relations, art. 9),
  unnamed, of the state they serve; the ``initiator`` the state that declares them so;
- ``BorderClosure`` (CAMEO 1621-1623 'reduce or stop travel', PLOVER RESTRICT movement):
  a crossing or check post closed, the ``place`` the closing state, the crossing named as
  ``targetSite``;
- ``Sanction`` with ``measure: entry ban`` (CAMEO 1621; as
  :mod:`~kg.extract.facts.entry_bans` writes it): "Pakistani nationals will not be
  permitted to travel to India", by the state entered, on the unnamed nationals;
- ``ExecutiveAction`` with ``actionType: suspension`` and an ``Agreement`` ``status:
  suspended`` (as "suspended the treaty" drafts them): a treaty "held in abeyance".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.facts.common import Context, Fact, _uniq, objects, preps

#: Verbs that open a list of measures decided ("decided the following measures:").
DECIDE_VERBS = {"decide", "adopt", "announce", "approve", "take", "agree", "order", "resolve"}
#: Marks that open a line of a numbered or bulleted list.
_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-•*–—])\s+")
#: Classes that may decide a state's measures (a body of its government, or the state).
DECIDERS = ("State", "Government", "Organisation")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def decider(tok: Token, cx: Context) -> tuple[list, str] | None:
    """Who decided the measure ``tok`` tells, when its sentence is an item of a list
    (numbered or bulleted lines, an empty line allowed between them) opened by a line
    ending with a colon whose verb decides (:data:`DECIDE_VERBS`: "The committee decided
    the following measures:"): (the entities its subject names, of :data:`DECIDERS`;
    the words of that subject, for the reviewer), or None (no such list, no subject
    resolved)."""
    text = cx.doc.text
    start = _line_start(text, tok.sent.start_char)
    if not _ITEM.match(text[start: start + 12]):
        return None
    pos = start
    while pos > 0:  # back over the items of the list to the line that opens it
        prev = _line_start(text, pos - 1)
        line = text[prev: pos - 1]
        pos = prev
        if not line.strip() or _ITEM.match(line):
            continue
        if not line.rstrip().endswith(":"):
            return None
        opener = [s for s in cx.doc.sents if prev <= s.start_char < prev + len(line)]
        if not opener:
            return None
        root = opener[-1].root
        if root.lemma_ not in DECIDE_VERBS:
            return None
        subj = [c for c in root.children if c.dep_ == "nsubj"]
        who = [e for s_ in subj for e in cx.entities(s_) if e.type in DECIDERS] or \
            [e for s_ in subj for e in [_named_before(s_, cx)] if e is not None]
        return (_uniq(who), " ".join(t.text for t in subj[0].subtree)) if who else None
    return None


def _named_before(noun: Token, cx: Context):
    """The one body of :data:`DECIDERS` named before ``noun`` whose name holds its word
    ("the committee" after "the Cabinet Committee on Security"), or None: the definite
    description of a body a release has named in full, however far back."""
    if noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in noun.children if c.dep_ == "det"):
        return None
    word = noun.lemma_.lower()
    found = {m.entity.id: m.entity for m in cx.mentions if m.start < noun.i and m.entity.type in DECIDERS
             and m.entity.type != "State" and word in m.entity.label.lower().split()}
    return next(iter(found.values())) if len(found) == 1 else None


def _state(entities: list, cx: Context) -> list:
    """The states ``entities`` act for: a state itself, else the state of a body of its
    government (``cx.resolver.state_of``), else, for a body of a government of no known
    state, the state of the release's dateline ("NEW DELHI - ... The committee decided":
    a government speaks from its own capital); bodies of no state left out."""
    out = []
    for e in entities:
        st = cx.resolver.state_of(e)
        if st is None and e.type == "Government":
            st = cx.dateline_state
        if st is not None and st.type == "State":
            out.append(st)
    return _uniq(out)


def _agent(verb: Token, cx: Context) -> list:
    """Who does a verb's act: its active subject or its passive's 'by' agent."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    agent = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    return [e for s_ in subj + agent for e in cx.entities(s_) if e.type in DECIDERS]


def _doer(verb: Token, cx: Context, f: Fact) -> list:
    """The agent of ``verb`` (:func:`_agent`), else the decider of its list
    (:func:`decider`), noted in ``f.from_context``; [] when neither."""
    who = _agent(verb, cx)
    if who:
        return who
    found = decider(verb, cx)
    if found is None:
        return []
    f.from_context["initiator"] = found[1]
    return found[0]


# --- envoys declared persona non grata --------------------------------------------------------

#: Nouns of the staff of a mission whom a state may declare persona non grata.
ENVOY_WORDS = {"diplomat", "envoy", "ambassador", "attache", "attaché", "adviser", "advisor", "official", "staff",
               "consul", "counsellor", "counselor", "secretary", "officer", "representative", "member"}
#: Nouns of a mission abroad, whose 'in' names the host's city ("the High Commission of
#: Pakistan in New Delhi").
MISSION_WORDS = {"embassy", "commission", "consulate", "mission", "legation"}


def _served(envoy: Token, cx: Context) -> list:
    """The states the envoys of the noun ``envoy`` serve: a demonym or possessor on it, or
    the state of its mission ("advisers in the High Commission of Pakistan")."""
    out = []
    for t in envoy.subtree:
        m = cx.at.get(t.i)
        if m is None or m.entity.type != "State" or m.form == "capital" or t.i != m.end - 1:
            continue  # (a capital is where the mission is; a name's words are judged by its last)
        if t.head.i == envoy.i or t.dep_ in ("poss", "amod", "compound") or \
                t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and t.head.head.lemma_.lower() in MISSION_WORDS:
            out.append(m.entity)
    return _uniq(out)


def _host(envoy: Token, served: list, cx: Context) -> list:
    """The state the envoys of ``envoy`` serve in: the state of the city the 'in' of
    their mission names ("the High Commission of Pakistan in New Delhi": India)."""
    out = []
    for t in envoy.subtree:
        m = cx.at.get(t.i)
        if m is None or t.dep_ != "pobj" or t.head.lower_ != "in" or not (
                m.entity.type in ("City", "Region") or m.form == "capital"):
            continue  # ("in New Delhi": a capital stands for its state)
        st = cx.resolver.state_of(m.entity) or (m.entity if m.entity.type == "State" else None)
        if st is not None and st.id not in {s.id for s in served}:
            out.append(st)
    return _uniq(out)


def persona_non_grata_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The military advisers in the High Commission of Pakistan in New Delhi are declared
    persona non grata", "Chile declared two Peruvian diplomats persona non grata": a
    DiplomaticExpulsion of the envoys (unnamed, ``{actor, of: <the state they serve>}``)
    by the state that declares them so: the verb's subject or agent, else the decider of
    the list it stands in (:func:`decider`), else the state their mission is in (only
    that state can declare its guests unwelcome). Input: a token and the
    :class:`Context`; output: [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ != "declare":
        return []
    words = [t.lower_ for t in tok.subtree if t.i > tok.i]
    if not any(words[k: k + 3] == ["persona", "non", "grata"] for k in range(len(words))):
        return []
    # the subject of the passive, or the object ("declared two diplomats persona non grata")
    envoys = [o for o in tok.children if o.dep_ in ("nsubjpass", "dobj")
              and (o.lemma_.lower() in ENVOY_WORDS or o.lower_.rstrip("s") in ENVOY_WORDS)]
    if not envoys:
        return []
    envoy = envoys[0]
    served = _served(envoy, cx)
    f = Fact("DiplomaticExpulsion", {}, tokens=[tok.i, envoy.i], split=False)
    who = _state(_doer(tok, cx, f), cx) or _host(envoy, served, cx)
    who = [e for e in who if e.id not in {s.id for s in served}]
    if not who or not served:
        return []
    f.roles["initiator"] = who[:1]
    named = [e for c in envoy.children if c.dep_ == "appos" for e in cx.entities(c) if e.type == "Person"]
    if named:
        f.roles["target"] = named[:1]
        return [f]
    first = min((t.i for t in envoy.subtree if t.dep_ in ("amod", "compound", "nmod", "conj", "cc", "punct")
                 and t.i < envoy.i and (t.i not in cx.at or cx.at[t.i].entity.type != "State")), default=envoy.i)
    f.qualified["target"] = ("unnamed " + cx.doc[first: envoy.i + 1].text.lower(), served[0])
    f.members_of.add("target")
    return [f]


# --- crossings closed -------------------------------------------------------------------------

#: Verbs of closing a crossing.
CLOSE_WORDS = {"close", "shut", "seal"}
#: Nouns of a border crossing ("the Integrated Check Post at Attari", "the Rafah crossing").
CROSSING_WORDS = {"crossing", "post", "checkpoint", "check-post", "checkpost", "gate", "terminal", "border"}


def crossing_closed_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Integrated Check Post at Attari will be closed with immediate effect": a
    BorderClosure of a crossing closed in the passive with no agent, by the decider of
    the list it stands in (:func:`decider`): ``initiator`` that body or state, ``place``
    its state (a state closes crossings on its own border), ``borderWith`` the state the
    crossing's 'with' or 'to' names, ``targetSite`` the crossing when the text names it.
    (A crossing a named state closes is the rule of borders,
    :func:`~kg.extract.facts.military.border_rules`.) Output: [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CLOSE_WORDS:
        return []
    crossing = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in CROSSING_WORDS]
    if not crossing or _agent(tok, cx):
        return []
    f = Fact("BorderClosure", {}, tokens=[tok.i, *(t.i for t in crossing[0].subtree)], split=False)
    found = decider(tok, cx)
    if found is None:
        return []
    who, words = found
    place = _state(who, cx)
    other = [e for o in preps(crossing[0], {"with", "to"}) for e in cx.entities(o) if e.type == "State"]
    other = [e for e in _uniq(other) if e.id not in {p.id for p in place}]
    if not place:
        return []
    f.roles.update({"initiator": who[:1], "place": place[:1], **({"borderWith": other} if other else {})})
    f.from_context["initiator"] = words
    site = [m.entity for t in crossing[0].subtree for m in [cx.at.get(t.i)]
            if m is not None and m.entity.type in ("Site", "Place", "City")]
    if site:
        f.roles["targetSite"] = site[:1]
    return [f]


# --- travel to a state not permitted ----------------------------------------------------------

#: Verbs of letting people go somewhere, negated: "will not be permitted to travel to".
PERMIT_WORDS = {"permit", "allow"}
#: Verbs of going into a state.
GO_WORDS = {"travel", "enter", "come", "go", "visit"}
#: Nouns of people a state keeps out (as :data:`kg.extract.facts.entry_bans.PEOPLE_NOUNS`).
PEOPLE_WORDS = {"national", "citizen", "traveller", "traveler", "visitor", "holder"}


def travel_barred_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Pakistani nationals will not be permitted to travel to India": a Sanction by the
    state entered (``authority``) on the unnamed nationals of the state their demonym or
    'of' names (``target: {actor: unnamed nationals, of: <state>}``), ``measure: entry
    ban``. ``tok`` is the verb of going (:data:`GO_WORDS`) under a negated verb of
    letting (:data:`PERMIT_WORDS`); the fact is the ban, not the travel the sentence
    denies. Output: [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in GO_WORDS or tok.dep_ != "xcomp":
        return []
    permit = tok.head
    if permit.lemma_ not in PERMIT_WORDS or not any(c.dep_ == "neg" for c in permit.children):
        return []
    people = [c for c in permit.children if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in PEOPLE_WORDS]
    if not people:
        return []
    of = _uniq([m.entity for t in people[0].subtree for m in [cx.at.get(t.i)] if m is not None and m.entity.type == "State"])
    into = [e for o in preps(tok, {"to", "into"}) + [c for c in tok.children if c.dep_ == "dobj"]
            for e in cx.entities(o) if e.type == "State"]
    into = [e for e in _uniq(into) if e.id not in {s.id for s in of}]
    if not of or not into:
        return []
    return [Fact("Sanction", {"authority": into[:1]}, {"measure": "entry ban"},
                 tokens=[permit.i, tok.i, *(t.i for t in people[0].subtree)], trigger=tok, split=False,
                 qualified={"target": ("unnamed " + people[0].lower_, of)}, members_of={"target"},
                 modal_is_fact=True)]


# --- treaties held in abeyance ----------------------------------------------------------------

#: Nouns of an agreement whose suspension a treaty's name carries.
TREATY_WORDS = {"treaty", "agreement", "accord", "pact", "convention", "deal", "protocol"}


def abeyance_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Indus Waters Treaty will be held in abeyance", "Chile put the accord in
    abeyance": a suspension of the agreement, as "suspended the treaty" drafts it: an
    ExecutiveAction (``actionType: suspension``) on the treaty the text names (its
    ``initiator`` the subject or agent, else the decider of its list), and the Agreement
    itself ``status: suspended``, its parties those of the agreement told before
    (``open_role``). ``tok`` is the verb 'hold', 'put' or 'place' with 'in abeyance'.
    Output: [] or the facts."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("hold", "put", "place", "keep"):
        return []
    if not any(p.lower_ == "in" and any(o.lower_ == "abeyance" for o in p.children) for p in tok.children
               if p.dep_ == "prep"):
        return []
    docs = [o for o in objects(tok) if o.lemma_.lower() in TREATY_WORDS or
            any(t.lemma_.lower() in TREATY_WORDS for t in o.subtree if t.i <= o.i)]
    if not docs:
        return []
    treaty = [m.entity for t in docs[0].subtree for m in [cx.at.get(t.i)] if m is not None
              and m.entity.type not in ("State", "Person", "City", "Region")]
    # (undated by its clause's words: "the Indus Waters Treaty of 1960" gives the treaty's year, not the act's)
    out = [Fact("Agreement", {}, {"status": "suspended"}, tokens=[tok.i, docs[0].i], trigger=tok, open_role="party",
                undated=True)]
    if treaty:
        act = Fact("ExecutiveAction", {"target": treaty[:1]}, {"actionType": "suspension"}, tokens=[tok.i, docs[0].i],
                   trigger=tok, split=False, undated=True)
        who = _doer(tok, cx, act)
        if who:  # an executive action says who takes it: none named, none drafted
            act.roles["initiator"] = who[:1]
            out.append(act)
    return out


# --- missions cut down -----------------------------------------------------------------------

#: Verbs of making a mission smaller ("brought down", "reduced", "cut").
CUT_WORDS = {"reduce", "cut", "lower", "bring", "slash", "trim"}
#: Nouns of a mission's size.
SIZE_WORDS = {"strength", "staff", "staffing", "size", "personnel", "number"}


def _list_other_state(tok: Token, own: list, cx: Context) -> list:
    """The one state other than ``own`` that the items of the list holding ``tok`` name
    (by name, demonym or capital: "the High Commission of Pakistan", "in Islamabad"):
    the state the list's measures are taken against; [] when none or several."""
    text = cx.doc.text
    start = _line_start(text, tok.sent.start_char)
    end = text.find("\n\n", tok.sent.end_char)
    lo = start
    while lo > 0:  # the items before, back to the line that opens the list
        prev = _line_start(text, lo - 1)
        if text[prev: lo - 1].strip() and not _ITEM.match(text[prev: lo - 1]):
            break
        lo = prev
    hi = len(text) if end < 0 else end
    others = {st.id: st for m in cx.mentions if lo <= cx.doc[m.start].idx < hi
              for st in [cx.resolver.state_of(m.entity) or (m.entity if m.entity.type == "State" else None)]
              if st is not None and st.type == "State" and st.id not in {o.id for o in own}}
    return list(others.values()) if len(others) == 1 else []


def mission_cut_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The overall strength of the two High Commissions will be brought down from 55 to
    30 by May 1": a Sanction (CAMEO 1621-1623 'reduce relations', PLOVER REDUCE) by the
    decider of the list it stands in (:func:`decider`) against the one other state its
    items name (:func:`_list_other_state`), its ``measure`` the words of the cut, its
    ``deadline`` the day 'by' gives. Output: [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CUT_WORDS:
        return []
    if tok.lemma_ == "bring" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children):
        return []
    size = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in SIZE_WORDS]
    if not size or not any(o.lemma_.lower().rstrip("s") in MISSION_WORDS or o.lower_.rstrip("s") in MISSION_WORDS
                           for o in preps(size[0], {"of"})) or _agent(tok, cx):
        return []
    found = decider(tok, cx)
    own = _state(found[0], cx) if found else []
    other = _list_other_state(tok, own, cx) if own else []
    if not other:
        return []
    figures = [t for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "to") for t in p.subtree]
    words = "reduction of the " + " ".join(t.text for t in size[0].subtree if t.dep_ != "det" or t.i > size[0].i)
    if figures:
        words += " " + cx.doc[figures[0].i: figures[-1].i + 1].text
    f = Fact("Sanction", {"authority": own[:1], "target": other}, {"measure": words},
             tokens=[tok.i, *(t.i for t in size[0].subtree), *(t.i for t in figures)], split=False)
    f.from_context["authority"] = found[1]
    for p in tok.children:
        if p.dep_ in ("prep", "agent") and p.lower_ == "by":  # "by May 1, 2025": the day the cut is due
            ent = [e for e in cx.dates_in(tok.sent.start, tok.sent.end) if e.start > p.i]
            if ent:
                value = dates.resolve(ent[0].text, cx.published, True)
                if value and len(value) == 10:
                    f.attrs["deadline"] = value
                    f.tokens += list(range(p.i, ent[0].end))
    f.undated = True
    return [f]


REPRISAL_RULES = (persona_non_grata_rules, crossing_closed_rules, travel_barred_rules, abeyance_rules,
                  mission_cut_rules)
REPRISAL_TRIGGERS = {"declare", "hold", "put", "place", "keep"} | CLOSE_WORDS | GO_WORDS | CUT_WORDS
