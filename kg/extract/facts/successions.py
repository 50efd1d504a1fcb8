"""Appointments, successions and resignations as government notices and news write them:
an office taken or left told by a noun ("The King has approved the appointment of X as
Economic Secretary to the Treasury", "following the resignation of X as Secretary of
State for Transport on 29 November"), a resignation so told, and who held the office
before or after ("..., succeeding Y", "replacing Y", "X, who succeeds Y, was sworn in",
"Y is replaced by X", "X was named chairman in place of Y", "named X as her successor").

As corpus/CLAIMS.md writes them ("Attempts, appointments": an appointment is a
``PositionHeld`` of the new holder, dated by its ``startDate``; "Who held the post before
or after": ``predecessor`` on the new holder's ``PositionHeld``, Wikidata P1365 'replaces',
``successor`` on the outgoing holder's, P1366 'replaced by', whose term, ended, is a
``PositionHeld`` of its own with ``status: ended``; a ``Resignation`` with ``resigning``
and ``resignedFrom``, Wikidata Q796919). PLOVER and CAMEO have no event of their own for
an appointment or a resignation; the facts are Wikidata's 'position held' (P39) with its
qualifiers.

:func:`office_noun_facts` reads the whole document (the offices, before their states are
read by :func:`~kg.extract.facts.run.find_facts`); :func:`resignation_noun_rules` is a
rule of one token (the noun 'resignation'); :func:`succession_facts` adds the predecessors
and successors to the offices drafted, and drafts the outgoing holder's term ended.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities import normalise
from kg.extract.facts.common import Context, Fact, _uniq
from kg.extract.facts.reshuffles import ACCEPT_VERBS, _told_as_done
from kg.extract.mentions import POSTNOMINALS, TITLES, Known

#: Nouns of an office taken by the person their 'of' phrase or possessive names, in the
#: office their 'as' phrase names ("the appointment of X as ...").
APPOINT_NOUNS = {"appointment", "reappointment"}
#: Nouns of an office left so ("the resignation of X as ...", "his dismissal as ...").
LEAVE_NOUNS = {"resignation", "dismissal", "sacking"}
#: Prepositions whose noun tells an event that happened ("following the resignation of X",
#: "after his appointment as ...").
DONE_PREPS = {"following", "after", "since", "upon", "with", "before"}
#: Verbs whose object or subject such a noun names an event that has not come, or is not
#: told as having happened ("called for the resignation of X", "rejected the appointment
#: of Y", "opposed", "would block"): no fact (:data:`~kg.extract.facts.run.END_NOT_COME_VERBS`
#: and verbs of wanting, fearing, discussing).
NOT_COME_VERBS = {"reject", "refuse", "decline", "block", "veto", "oppose", "demand", "call", "seek", "urge", "ask",
                  "request", "press", "push", "threaten", "offer", "tender", "propose", "plan", "fear", "want",
                  "consider", "discuss", "debate", "rule", "deny", "expect", "await", "hope", "challenge", "contest"}
#: Verbs of approving an appointment, whose subject is the approver ("The King has approved
#: the appointment of X as ...", "the Senate confirmed ..."): a stage ``approved`` by them.
APPROVE_VERBS = {"approve", "confirm", "ratify", "endorse"}


def _told_done(noun: Token) -> bool:
    """Whether the noun ``noun`` (of :data:`APPOINT_NOUNS` or :data:`LEAVE_NOUNS`) tells an
    appointment or a departure that happened: the object of a preposition of
    :data:`DONE_PREPS` ("following the resignation of X"), or the object or subject of a
    verb told as done (not future, modal or planned: :func:`~kg.extract.facts.reshuffles._told_as_done`),
    not negated, not one of :data:`NOT_COME_VERBS` ("called for the resignation of X")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in DONE_PREPS:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head  # "called for the resignation of X"
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj") or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.lemma_.lower() in NOT_COME_VERBS or any(c.dep_ == "neg" for c in head.children):
        return False
    if not _told_as_done(head):
        return False
    verb = head
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        verb = verb.head  # "has been pleased to approve": the tense of the verb above
        if verb.lemma_.lower() in NOT_COME_VERBS or verb.pos_ in ("VERB", "AUX") and not _told_as_done(verb):
            return False
    return True


def _holder(noun: Token, cx: Context) -> tuple[Known | None, int]:
    """The one person whose appointment or departure ``noun`` names, by its 'of' phrase or
    possessive ("the appointment of Emma Reynolds MP", "her resignation", "X's
    resignation"), and the token after the name (after letters such as 'MP' too); (None,
    -1) when none or several persons are named so."""
    doc = cx.doc
    found: list[tuple[Known, int]] = []
    for c in noun.children:
        if c.dep_ == "poss" and c.i in cx.at and cx.at[c.i].entity.type == "Person":
            found.append((cx.at[c.i].entity, noun.i + 1))
        elif c.dep_ == "prep" and c.lower_ == "of":
            i = c.i + 1 + (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "the")
            m = cx.at.get(i)
            if m is not None and m.start == i and m.entity.type == "Person":
                end = m.end + (m.end < len(doc) and doc[m.end].text in POSTNOMINALS)
                found.append((m.entity, end))
    people = _uniq([e for e, _ in found])
    return (found[0][0], found[0][1]) if len(people) == 1 else (None, -1)


def title_after_as(as_i: int, cx: Context, holder: Known | None = None) -> tuple[int, int, str, list[Known]] | None:
    """The office an 'as' phrase at token ``as_i`` names ("as Economic Secretary to the
    Treasury", "as Peru's foreign minister", "as Secretary of State for Transport"): the
    longest title of :data:`TITLES` that opens the phrase, after 'the', a state's or
    body's name or demonym and its possessive, with the capitalised words of a formal
    title around it (:func:`~kg.extract.facts.offices._formal_title`). Returns (start, end,
    the title's key in :data:`TITLES`, the bodies it is held in: the name before it, an
    'of' name after it or the ministry of a formal title that may be ``holder``'s,
    :func:`~kg.extract.facts.offices.home_bodies`), or None when the phrase opens with no
    title."""
    from kg.extract.facts.offices import _formal_title, _title_at, home_bodies  # offices imports the modules of facts
    doc = cx.doc
    k = as_i + 1
    if k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    owner = cx.at.get(k)
    of: list[Known] = []
    if owner is not None and owner.start == k and owner.entity.type != "Person":
        of = list(owner.entities)[:1]
        k = owner.end + (owner.end < len(doc) and doc[owner.end].lower_ in ("'s", "’s"))
    stop = min(doc[as_i].sent.end, k + 8)
    for end in range(stop, k, -1):
        for start in range(k, end):
            title = _title_at(doc, start, end)
            if title is None:
                continue
            if any(not (doc[i].is_alpha and doc[i].text[:1].isupper()) or i in cx.at for i in range(k, start)):
                break  # "as foreign minister and deputy prime minister": the first title only
            fstart, fend, bodies = _formal_title(start, end, k, cx)
            if fstart > k:
                break
            if not of and fend < len(doc) and doc[fend].lower_ == "of" and (m := cx.at.get(fend + 1 + (
                    fend + 1 < len(doc) and doc[fend + 1].lower_ == "the"))) is not None and m.entity.type != "Person":
                of = list(m.entities)[:1]  # "as foreign minister of Peru"
                fend = m.end
            return fstart, fend, title, of or home_bodies(bodies, holder, cx)
    return None


def office_noun_facts(cx: Context) -> list[Fact]:
    """``PositionHeld`` of an office a noun says a person took or left, with its 'as'
    phrase: "The King has been pleased to approve the appointment of Emma Reynolds MP as
    Economic Secretary to the Treasury" (the office taken; ``startDate`` the day of the
    approval where the clause dates it; a stage ``approved`` by the approver the subject
    names, where it names one), "following the resignation of Louise Haigh as Secretary of
    State for Transport on 29 November 2024" (the office ended, ``endDate`` its day). The
    office's body is the name before the title or after its 'of', or the ministry of a
    formal title; else the state :func:`~kg.extract.facts.run.find_facts` reads for any
    state office. Nothing for a noun of an event not told as done (:func:`_told_done`:
    "called for the resignation of X as ..."), nor one of no single person or no title.
    Returns the facts in text order."""
    from kg.extract.facts.offices import _position_fits, body_words  # offices imports the modules of facts
    doc, out = cx.doc, []
    for noun in doc:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in APPOINT_NOUNS | LEAVE_NOUNS or not _told_done(noun):
            continue
        person, after = _holder(noun, cx)
        if person is None or after >= len(doc) or doc[after].lower_ != "as":
            continue
        found = title_after_as(after, cx, person)
        if found is None:
            continue
        start, end, title, of = found
        position = TITLES[title]
        if title == "secretary" and "to" in [t.lower_ for t in doc[start:end]]:
            position = "junior minister"  # "Economic Secretary to the Treasury": a secretary to a ministry
        f = Fact("PositionHeld", {"holder": [person], **({"positionOf": of} if of else {})},
                 {"position": position, "title": doc[start:end].text},
                 tokens=[noun.i, *range(noun.i, end), *body_words(end, of, cx)], clause=False)
        f.trigger = noun
        date, toks = _noun_date(noun, cx)
        if lemma in LEAVE_NOUNS:
            f.attrs["status"] = "ended"
            if date:
                f.attrs["endDate"] = date
                f.tokens += toks
        else:
            if date:
                f.attrs["startDate"] = date
                f.tokens += toks
            approver = _approver(noun, cx)
            if approver is not None:
                f.attrs["stage"] = {"status": "approved", **({"date": date} if date else {}), "party": approver}
        if _position_fits(f):
            out.append(f)
    return out


def _approver(noun: Token, cx: Context) -> Known | None:
    """The one entity that approves the appointment ``noun`` names: the subject of the verb
    of :data:`APPROVE_VERBS` whose object it is, or of the verb that verb's infinitive
    hangs on ("The King has been pleased to approve the appointment"); the agent of a
    passive one ("was approved by the Senate"). None when none or several."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in APPROVE_VERBS:
        return None
    if noun.dep_ == "nsubjpass":
        who = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    else:
        node, who = verb, []
        while not who:
            who = [c for c in node.children if c.dep_ == "nsubj"]
            if node.dep_ != "xcomp" and not (node.dep_ == "acomp" and node.head.pos_ == "AUX") or node.head.i == node.i:
                break
            node = node.head
    found = _uniq([e for w in who for e in cx.entities(w)])
    return found[0] if len(found) == 1 else None


def _noun_date(noun: Token, cx: Context) -> tuple[str | None, list[int]]:
    """The date of the event a noun names: its clause's or its own phrase's ("the
    resignation of X as Secretary of State for Transport on 29 November 2024", where the
    parser may hang the day on a word of the title), resolved against the publication date;
    (None, []) when none."""
    date, toks = cx.date_of(noun)
    if date:
        return date, toks
    inside = {t.i for t in noun.subtree}
    for ent in cx.dates_in(noun.sent.start, noun.sent.end):
        if ent.start in inside and ent.end - 1 in inside and ent.start > noun.i:
            found = cx.date_of(ent.root.head.head if ent.root.dep_ == "pobj" else ent.root)
            if found[0]:
                return found
    return None, []


def resignation_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """"following the resignation of Louise Haigh as Secretary of State for Transport on 29
    November 2024", "after his resignation as finance minister in May": a ``Resignation``
    of the one person the noun's 'of' phrase or possessive names, dated by the noun's
    clause or phrase, where the noun, no subject (which takes up one told before: "Berger's
    resignation was supported by 70 members"), tells a resignation that happened
    (:func:`_told_done`) and no other rule reads it: one accepted ("accepted the resignation of X",
    :func:`~kg.extract.facts.reshuffles.accepted_resignation_rules`) or handed in or
    announced by its own subject ("announced his resignation",
    :func:`~kg.extract.facts.departures.resignation_rules`). Returns [] or one fact."""
    from kg.extract.facts.departures import HAND_VERBS
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "resignation" or not _told_done(tok) or \
            tok.dep_ in ("nsubj", "nsubjpass"):
        return []  # "Berger's resignation was supported by 70 members": one told before, taken up
    head = tok.head
    if head.pos_ == "VERB" and (head.lemma_ in ACCEPT_VERBS or head.lemma_ in HAND_VERBS and
                                any(c.dep_ == "poss" for c in tok.children)):
        return []
    person, after = _holder(tok, cx)
    if person is None:
        return []
    end = after
    if after < len(cx.doc) and cx.doc[after].lower_ == "as" and (found := title_after_as(after, cx)) is not None:
        end = found[1]
    f = Fact("Resignation", {"resigning": [person]}, tokens=list(range(tok.i, end)), clause=False, undated=True)
    f.take_date(_noun_date(tok, cx))
    return [f]


# --- who held the office before or after --------------------------------------------------

#: Verbs whose subject takes an office from their object ("X succeeded Y", "replacing Y").
SUCCEED_VERBS = {"succeed", "replace"}
#: Nouns of the one who takes an office after the possessor ("named X as her successor").
SUCCESSOR_NOUNS = {"successor", "replacement"}
#: Verbs that put someone in an office ("named X as her successor").
CHOOSE_VERBS = {"appoint", "name", "nominate", "designate", "choose", "pick", "select", "tap"}
#: Offices one person holds after another: a successor named so holds the same.
SUCCEEDED_POSITIONS = {"head of state", "head of government", "minister", "junior minister", "deputy minister",
             "military ruler", "party leader", "opposition leader", "presiding officer", "head of organisation", "secretary-general"}


def _person(tok: Token | None, cx: Context) -> Known | None:
    """The one person ``tok``'s words name (a name, a pronoun read as one, letters after a
    name), or None."""
    if tok is None:
        return None
    found = [e for e in cx.entities(tok, conj=False) if e.type == "Person"]
    return found[0] if len(found) == 1 else None


def _taken(f: Fact) -> bool:
    """Whether ``f`` is an office held now or taken (no status ended)."""
    return f.type == "PositionHeld" and f.attrs.get("status") != "ended" and bool(f.roles.get("holder"))


def _in_sentence(f: Fact, sent, cx: Context) -> bool:
    """Whether the words of ``f`` (its trigger and quoted tokens) begin in the sentence
    ``sent`` (a span of ``cx.doc``)."""
    toks = [f.trigger.i] if f.trigger is not None else []
    toks += f.tokens
    return bool(toks) and sent.start <= min(toks) < sent.end


def _offices_of(person: Known, facts: list[Fact], sent=None, cx: Context | None = None,
                taken: bool = True) -> list[Fact]:
    """The offices ``facts`` give ``person`` (held or taken when ``taken``, any else), in the
    sentence ``sent`` when given."""
    return [f for f in facts if f.type == "PositionHeld" and f.roles.get("holder")
            and getattr(f.roles["holder"][0], "id", None) == person.id and (not taken or _taken(f))
            and "positionOf" in f.roles and (sent is None or _in_sentence(f, sent, cx))]


def _one_office(facts: list[Fact]) -> Fact | None:
    """The one office (position, body and title's office:
    :func:`~kg.extract.facts.offices.office_key`) ``facts`` give, the first fact of it;
    None when they give none or several ("was appointed finance minister and trade
    minister")."""
    from kg.extract.facts.offices import office_key  # offices imports the modules of facts
    keys = {(f.attrs.get("position"), tuple(getattr(e, "id", e) for e in f.roles.get("positionOf", [])),
             office_key(f) or str(f.attrs.get("title", "")).lower()) for f in facts}
    return facts[0] if len(keys) == 1 else None


def _named_body(end: int, office: Fact, cx: Context) -> tuple[list[Known], int]:
    """Which of the bodies of ``office`` the words after a predecessor's name (ending at
    token ``end``) say the predecessor left ("succeeding Ms Reynolds at the Department",
    where the office is held at HM Treasury and at the Department for Work and Pensions):
    'at' or 'in', [the], a name of one of them or the first words of one's label. Returns
    ([that body], the end of the words), or (all the office's bodies, ``end``)."""
    doc, bodies = cx.doc, list(office.roles["positionOf"])
    if len(bodies) < 2 or end >= len(doc) or doc[end].lower_ not in ("at", "in"):
        return bodies, end
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    if k in cx.at and cx.at[k].entity.id in {b.id for b in bodies}:
        return [cx.at[k].entity], cx.at[k].end
    last = k
    while last < len(doc) and doc[last].is_alpha and doc[last].text[:1].isupper():
        last += 1
    words = " ".join(t.lower_ for t in doc[k:last])
    fits = [b for b in bodies if words and (normalise(b.label) + " ").startswith(words + " ")]
    return (fits, last) if len(fits) == 1 else (bodies, end)


def _ended_term(office: Fact, holder: Known, successor: Known, tokens: list[int], trigger: Token,
                cx: Context) -> Fact:
    """The term of ``holder`` in the office of ``office`` (the same position, title and
    bodies, or the one body the words after the name give: :func:`_named_body`), ended,
    with ``successor`` after them; quoting ``tokens``."""
    bodies, end = _named_body(max(tokens) + 1, office, cx)
    f = Fact("PositionHeld", {"holder": [holder], "positionOf": bodies, "successor": [successor]},
             {"position": office.attrs["position"], "title": office.attrs.get("title", ""), "status": "ended"},
             tokens=[*tokens, *range(max(tokens) + 1, end)], clause=False, undated=True)
    f.trigger = trigger
    return f


def succession_facts(facts: list[Fact], cx: Context) -> list[Fact]:
    """Who held an office before or after, added to the offices drafted (``facts``, with
    their states and bodies read), and the outgoing holder's term drafted ended with its
    ``successor``, quoting the words that name them:

    - "was appointed Transport Secretary, succeeding Y", "approve the appointment of X as
      ..., succeeding Y", "X, who replaced Y as foreign minister", "X, who succeeds Y, was
      sworn in as president": the one office taken in the sentence by the new holder (the
      subject of the verb, the person the participle's clause is about, the noun a relative
      clause hangs on) takes ``predecessor: Y``;
    - "X was named chairman in place of Y", "taking over from Y": the same;
    - "Y is replaced by X", "Y was succeeded by X": Y's one office in the article is X's,
      with ``predecessor: Y``;
    - "named X as her successor": X holds the possessor's one office, ``predecessor`` the
      possessor.

    Each Y's term in that office is drafted ended, with ``successor: X``. Nothing where
    the new holder or the office is not one (two offices taken in the sentence, none), or
    the two are one person. Returns the facts to add (the offices given a predecessor are
    changed in place)."""
    doc, out = cx.doc, []
    for tok in doc:
        lemma = tok.lemma_.lower()
        found = None
        if lemma in SUCCEED_VERBS and tok.pos_ == "VERB" and not any(c.dep_ == "neg" for c in tok.children):
            found = _succeeding(tok, facts, cx)
        elif lemma == "take" and tok.pos_ == "VERB" and \
                any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
            found = _taking_over(tok, facts, cx)
        elif lemma == "place" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
                tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            found = _in_place_of(tok, facts, cx)
        elif lemma in SUCCESSOR_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "as" and \
                tok.head.head.lemma_.lower() in CHOOSE_VERBS:
            found = _named_successor(tok, facts, cx)
        if found is None:
            continue
        office, new, old, words, made = found
        if new.id == old.id:
            continue
        if made:
            out.append(office)
        office.roles["predecessor"] = [old]
        office.tokens += words
        key = (office.attrs.get("position"), tuple(e.id for e in office.roles["positionOf"]))
        told = [f for f in _offices_of(old, facts + out, tok.sent, cx, taken=False) if f.attrs.get("status") == "ended"
                and (f.attrs.get("position"), tuple(getattr(e, "id", e) for e in f.roles["positionOf"])) == key]
        if told:  # "X succeeded Y as president": Y's term, ended, drafted with X's
            told[0].roles["successor"] = [new]
        else:
            out.append(_ended_term(office, old, new, words, tok, cx))
    _same_day_successions(facts + out)
    return out


#: Words of a minister's title that name no portfolio ("Secretary of State for Transport").
TITLE_FRAME_WORDS = {"secretary", "minister", "of", "state", "for", "the", "to", "and", "deputy", "junior", "cabinet"}


def _portfolio_words(f: Fact) -> set[str]:
    """The words of ``f``'s title that name its portfolio ("transport" of both "Transport
    Secretary" and "Secretary of State for Transport")."""
    return set(normalise(str(f.attrs.get("title", ""))).split()) - TITLE_FRAME_WORDS


def _same_day_successions(facts: list[Fact]) -> None:
    """"... following the resignation of Louise Haigh as Secretary of State for Transport on
    29 November 2024. Heidi Alexander was appointed Transport Secretary on the same day.":
    an office taken on a day (a ``startDate`` to the day, by a verb or noun of taking) that
    the article ends for another holder that very day (``endDate``), the same position in
    the same body with a portfolio word in common, is the office that holder left: the new
    holder's ``predecessor``, and their ``successor``, each noted as read from the other
    fact (where exactly one such holder left it). ``facts`` are changed in place."""
    ended = [g for g in facts if g.type == "PositionHeld" and g.attrs.get("status") == "ended"
             and len(str(g.attrs.get("endDate", ""))) == 10 and g.roles.get("holder") and "positionOf" in g.roles]
    for f in facts:
        if not _taken(f) or "predecessor" in f.roles or len(str(f.attrs.get("startDate", ""))) != 10 or \
                f.trigger is None or f.trigger.lemma_.lower() not in TAKING_TRIGGERS or "positionOf" not in f.roles:
            continue
        key = (f.attrs.get("position"), tuple(getattr(e, "id", e) for e in f.roles["positionOf"]))
        mine = _portfolio_words(f)
        left = [g for g in ended if g.attrs["endDate"] == f.attrs["startDate"] and mine & _portfolio_words(g)
                and (g.attrs.get("position"), tuple(getattr(e, "id", e) for e in g.roles["positionOf"])) == key
                and getattr(g.roles["holder"][0], "id", None) != getattr(f.roles["holder"][0], "id", None)]
        holders = _uniq([g.roles["holder"][0] for g in left])
        if len(holders) != 1:
            continue
        f.roles["predecessor"] = holders
        f.read_as["predecessor"] = (f"not named in the quote: {holders[0].label}, whose term as "
                                    f"{left[0].attrs.get('title')} the article ends that day")
        for g in left:
            g.roles["successor"] = [f.roles["holder"][0]]
            g.read_as["successor"] = (f"not named in the quote: {f.roles['holder'][0].label}, whom the article has "
                                      f"take the office that day")


#: Triggers of an office taken (verbs of :data:`~kg.extract.facts.offices.OFFICE_TAKEN_VERBS`
#: that put one in an office, and the nouns of :data:`APPOINT_NOUNS`).
TAKING_TRIGGERS = {"appoint", "reappoint", "name", "nominate", "designate", "elect", "re-elect", "reelect", "swear",
                   "install", "take", "become", "promote", "elevate", "return", "replace", "succeed", "choose",
                   "pick", "tap", "bring", *APPOINT_NOUNS}


def _new_office(holder: Known | None, sent, facts: list[Fact], cx: Context, held_too: bool = False) -> Fact | None:
    """The one office ``holder`` takes in the sentence ``sent`` (of ``facts``): of those a
    verb or noun of taking one tells (:data:`TAKING_TRIGGERS`: "was promoted to chief
    secretary" beside "Laura Trott, the pensions minister"); with ``held_too``, where there
    is none, of those the sentence says the holder holds ("Prime Minister X, who succeeded
    Y")."""
    if holder is None:
        return None
    held = _offices_of(holder, facts, sent, cx)
    taken = [f for f in held if f.trigger is not None and f.trigger.lemma_.lower() in TAKING_TRIGGERS]
    return _one_office(taken or (held if held_too else []))


def _clause_holder(verb: Token, facts: list[Fact], cx: Context) -> Known | None:
    """The person a clause of succeeding is about: its subject ("X succeeded Y"), the noun
    its relative pronoun stands for ("X, who succeeds Y"), the subject of the clause a
    participle hangs on ("X was appointed ..., succeeding Y"), else the one person who takes
    an office in the sentence ("The King approved the appointment of X as ..., succeeding
    Y")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].lower_ in ("who", "that") and verb.dep_ == "relcl":
        return _person(verb.head, cx)
    if subj:
        return _person(subj[0], cx)
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl", "conj"):
        main = verb.head
        who = _person(next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None), cx)
        if who is not None and _offices_of(who, facts, verb.sent, cx):
            return who
        takers = _uniq([f.roles["holder"][0] for f in facts if _taken(f) and _in_sentence(f, verb.sent, cx)
                        and f.trigger is not None and f.trigger.i != verb.i
                        and f.trigger.lemma_.lower() in TAKING_TRIGGERS])
        return takers[0] if len(takers) == 1 else None
    return None


def _succeeding(verb: Token, facts: list[Fact], cx: Context):
    """"X succeeded Y", "succeeding Y", "replacing Y", "who succeeds Y", "Y is replaced by
    X": (X's office, X, Y, the words to quote, whether the office is a new fact) or None."""
    doc = cx.doc
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):  # "Y is replaced by X"
        old = _person(next((c for c in verb.children if c.dep_ == "nsubjpass"), None), cx)
        new = _person(next((o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"),
                           None), cx)
        if old is None or new is None:
            return None
        held = _one_office(_offices_of(old, facts, taken=False))
        if held is None or _offices_of(new, facts, verb.sent, cx):
            return None
        named = [i for i in range(verb.sent.start, verb.sent.end)
                 if i in cx.at and cx.at[i].entity.id in (old.id, new.id)]
        words = list(range(min(named + [verb.i]), max(named + [verb.i]) + 1))  # "She is replaced by Tomas Vidal"
        office = Fact("PositionHeld", {"holder": [new], "positionOf": list(held.roles["positionOf"])},
                      {"position": held.attrs["position"], "title": held.attrs.get("title", "")},
                      tokens=words, clause=False, undated=True)
        office.trigger = verb
        return office, new, old, words, True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    old = _person(objs[0], cx) if objs else None
    if old is None:
        return None
    new = _clause_holder(verb, facts, cx)
    # "X, who succeeded Y": the office the sentence gives X; a participle hanging on another verb, the one it takes
    office = _new_office(new, verb.sent, facts, cx, held_too=verb.tag_ != "VBG")
    if office is None:
        return None
    words = [verb.i, *(t.i for t in objs[0].subtree if cx.at.get(t.i) is not None and cx.at[t.i].entity.id == old.id)]
    return office, new, old, list(range(min(words), max(words) + 1)), False


def _taking_over(verb: Token, facts: list[Fact], cx: Context):
    """"taking over from Y", "X took over from Y as ...": as :func:`_succeeding`."""
    src = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    old = _person(src[0], cx) if src else None
    if old is None:
        return None
    new = _clause_holder(verb, facts, cx)
    office = _new_office(new, verb.sent, facts, cx)
    if office is None:
        return None
    name = [t.i for t in src[0].subtree if t.i in cx.at and cx.at[t.i].entity.id == old.id]
    return office, new, old, list(range(verb.i, max(name) + 1)), False


def _in_place_of(place: Token, facts: list[Fact], cx: Context):
    """"X was named chairman ... in place of Y": as :func:`_succeeding`, the verb the phrase
    hangs on telling who took the office."""
    of = cx.doc[place.i + 1]
    objs = [o for o in of.children if o.dep_ == "pobj"]
    old = _person(objs[0], cx) if objs else None
    verb = place.head.head
    if old is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    new = _clause_holder(verb, facts, cx)
    office = _new_office(new, place.sent, facts, cx)
    if office is None:
        return None
    name = [t.i for t in objs[0].subtree if t.i in cx.at and cx.at[t.i].entity.id == old.id]
    return office, new, old, list(range(place.head.i, max(name) + 1)), False


def _named_successor(noun: Token, facts: list[Fact], cx: Context):
    """"Prime Minister X named Adam Bodnar as her successor": the person the verb names
    holds the one office (of :data:`SUCCEEDED_POSITIONS`) the article gives the possessor,
    under its title; a possessive pronoun no one is read as, or read as the one named or
    as the subject whose office the article does not end, is the one person whose office
    the article ended before ("Y resigned on Monday. X named Z as her successor").
    Returns (the office, the new holder, the possessor, the words, True) or None."""
    verb = noun.head.head
    poss = [c for c in noun.children if c.dep_ == "poss"]
    old = _person(poss[0], cx) if poss else None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    new = _person(objs[0], cx) if objs else None
    subject = _person(next((c for c in verb.children if c.dep_ == "nsubj"), None), cx)
    # one who names their own successor leaves the office: a subject whose office the article has not
    # ended is read so only by the pronoun's reading, which may have missed its gender
    own = old is not None and subject is not None and old.id == subject.id and \
        not any(f.attrs.get("status") == "ended" for f in _offices_of(old, facts, taken=False))
    if poss and (poss[0].i not in cx.at or own or old is not None and new is not None and old.id == new.id):
        # "Y resigned ... X named Z as her successor": 'her', read as no one, as the one named (who cannot
        # succeed themselves) or as the one who names and stays, is the one person whose office the
        # article has ended before the sentence
        left = _uniq([f.roles["holder"][0] for f in facts
                      if f.type == "PositionHeld" and f.attrs.get("status") == "ended"
                      and f.roles.get("holder") and f.tokens and max(f.tokens) < verb.sent.start])
        old = left[0] if len(left) == 1 and poss[0].tag_ == "PRP$" else None
    if old is None or new is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    held = _one_office([f for f in _offices_of(old, facts, taken=False)
                        if f.attrs.get("position") in SUCCEEDED_POSITIONS])
    if held is None:
        return None
    words = sorted({verb.i, *(t.i for t in objs[0].subtree), noun.head.i, *(t.i for t in noun.subtree)})
    office = Fact("PositionHeld", {"holder": [new], "positionOf": list(held.roles["positionOf"])},
                  {"position": held.attrs["position"], "title": held.attrs.get("title", "")},
                  tokens=list(range(words[0], words[-1] + 1)), clause=False, undated=True)
    office.trigger = verb
    return office, new, old, list(range(words[0], words[-1] + 1)), True
