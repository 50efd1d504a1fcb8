"""A legislature's or a government's changes to its cabinet, as a press release tells
them: resignations accepted ("accepted the resignation of Foreign Minister X"),
ministers dismissed, at their own request or not ("dismissed Minister of Justice X and
Minister of Defence Y, at their own request", "voted to dismiss X"), appointments given as
a bulleted list ("Parliament also appointed:" then "- X as Minister of Justice;" a line),
and the tallies of the votes that carried them ("X's resignation was supported by 240
members of parliament, with one voting against and 45 abstaining", "his appointment was
backed by 258 lawmakers").

As corpus/CLAIMS.md writes them: a resignation the body accepts is the ``Resignation``
(Wikidata Q796919) with a stage ``{status: accepted, date}``; a dismissal at the
minister's own request is that resignation accepted; a dismissal with no request ends
the office the title before the name gives (``status: ended``, ``endDate``); an appointment
is the ``PositionHeld`` with ``appointedBy``; a vote is a ``Vote`` (Wikidata Q189760)
with ``votingBody``, ``votedOn`` (the fact voted on), ``votesFor``, ``votesAgainst`` and
``abstentions``. The office a person leaves, named by the title before their name, is
ended (:func:`offices_left`).

Each rule takes a token of the parsed article and its :class:`Context` and returns the
facts it drafts ([] when the words are not of its shape); :func:`listed_appointment_facts`
reads the whole document.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, doers, objects
from kg.extract.mentions import LIST_MARKS, TITLES
from kg.extract.speech import REQUEST_VERBS, modal_modality

#: Verbs by which a body takes up a resignation put to it ("accepted the resignation of X").
ACCEPT_VERBS = {"accept", "approve"}
#: Verbs by which a body removes a minister from office ("dismissed X", "voted to dismiss X").
DISMISS_VERBS = {"dismiss", "sack", "fire"}
#: Words that make a dismissal the minister's own resignation accepted ("at their own request").
_OWN_REQUEST = re.compile(r"\bat\s+(?:their|his|her)\s+own\s+(?:request|wish)", re.IGNORECASE)
#: Verbs of appointing whose object a list after a colon gives ("Parliament also appointed:").
LIST_APPOINT_VERBS = {"appoint", "name", "elect", "confirm"}
#: Verbs of a motion carried by members' votes in the passive ("was supported by 240 members").
BACKED_VERBS = {"support", "back", "approve", "endorse"}
#: Nouns of members who vote ("240 members of parliament", "258 lawmakers", "300 MPs").
MEMBER_NOUNS = {"member", "lawmaker", "mp", "legislator", "deputy", "parliamentarian", "senator", "vote"}
#: Nouns of the act voted on, with the kind of fact each names.
VOTED_NOUNS = {"resignation": ("Resignation",), "appointment": ("PositionHeld",)}
#: Number words the tally's other counts are written with ("one voting against").
_WORDS = {"no": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNT = r"(\d[\d,]*|" + "|".join(_WORDS) + r")"
_AGAINST = re.compile(_COUNT + r"\s+(?:\w+\s+){0,2}?(?:voting|voted)\s+against", re.IGNORECASE)
_ABSTAINING = re.compile(_COUNT + r"\s+(?:\w+\s+){0,2}?(?:abstaining|abstained|abstentions?)", re.IGNORECASE)


def _count(words: str) -> int:
    return _WORDS[words.lower()] if words.lower() in _WORDS else int(words.replace(",", ""))


def _people(tokens: list[Token], cx: Context) -> list:
    """The persons named in the subtrees of ``tokens`` and their conjuncts ("dismissed
    Minister X and Minister Y"), once each, in text order."""
    return _uniq([cx.at[t.i].entity for o in tokens for t in o.subtree
                  if t.i in cx.at and cx.at[t.i].entity.type == "Person"])


def _stage(status: str, verb: Token, cx: Context, f: Fact) -> None:
    """Give ``f`` the stage ``status`` dated by the clause of ``verb`` (the words of the
    date quoted), or the bare status when the clause gives no date."""
    date, toks = cx.date_of(verb)
    if date:
        f.attrs["stage"] = {"status": status, "date": date}
        f.attrs["date"] = date
        f.tokens += toks
    else:
        f.attrs["status"] = status


def accepted_resignation_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Saeima accepted the resignation of Foreign Minister X", "accepted X's
    resignation": a ``Resignation`` of the one person the noun's 'of' phrase or
    possessor names, with the stage ``accepted`` dated by the clause, its party the one
    who accepts it where the subject names one. Nothing for a resignation of no named
    person, or one not accepted ("rejected his resignation")."""
    if tok.lemma_.lower() != "resignation" or tok.dep_ not in ("dobj", "nsubjpass") or \
            tok.head.lemma_ not in ACCEPT_VERBS or tok.head.pos_ != "VERB":
        return []
    owners = [c for c in tok.children if c.dep_ == "poss"] + \
        [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    people = _people(owners, cx)
    if len(people) != 1:
        return []
    f = Fact("Resignation", {"resigning": people}, tokens=[tok.head.i, tok.i, *(t.i for o in owners for t in o.subtree)],
             clause=False, undated=True)
    _stage("accepted", tok.head, cx, f)
    # the one who accepts it, a party of that stage ("The Prime Minister has accepted her resignation"):
    # the act is theirs, the resignation the resigner's, dated where the article dates it
    accepters = [e for s_ in doers(tok.head) for e in cx.entities(s_) if e.id not in {p.id for p in people}]
    if len(accepters) == 1:
        f.attrs["stage"] = {**f.attrs.get("stage", {"status": "accepted"}), "party": accepters[0]}
        f.tokens += [t.i for s_ in doers(tok.head) for t in s_.subtree if s_.i < tok.head.i]
    return [f]


def removes_officer(verb: Token, cx: Context) -> bool:
    """Whether ``verb`` (dismiss, sack, fire) takes a named person or a titled officer
    out of office ("dismissed Minister of Justice X", "sacked the defence minister"): the
    head of its object, or of a conjunct of it, is a person's name or a title of
    :data:`TITLES`; not a charge, a report or someone's words ("dismissed the
    accusations", "dismissed Mr Trump's words"), nor a verb with an 'as' label
    ("dismissed him as a puppet"), which judges and removes no one."""
    if verb.pos_ != "VERB" or verb.lemma_ not in DISMISS_VERBS or \
            any(t.lower_ == "as" and t.dep_ == "prep" for t in verb.subtree):
        return False
    heads = [h for o in objects(verb) for h in [o, *o.conjuncts]]
    return any((h.i in cx.at and cx.at[h.i].entity.type == "Person") or h.lower_ in TITLES for h in heads)


def _titled_after(verb: Token, cx: Context) -> list:
    """The persons a verb's clause lists after it, each with a title before the name
    ("dismissed Deputy Prime Minister for ... X, Minister of Justice Y and Minister for
    ... Z"), which the parser does not always hang on the verb as its objects: the
    mentions of persons after ``verb`` in its sentence, up to the first verb after it,
    each with a word of a title of :data:`TITLES` among the six words before the name."""
    title_words = {w for t in TITLES for w in t.split()}
    out, i = [], verb.i + 1
    while i < verb.sent.end and cx.doc[i].pos_ not in ("VERB", "AUX"):
        m = cx.at.get(i)
        if m is not None and m.entity.type == "Person" and \
                any(t.lower_ in title_words and t.text[:1].isupper() for t in cx.doc[max(verb.i + 1, m.start - 6):m.start]):
            out.append(m.entity)
            i = m.end
            continue
        i += 1
    return _uniq(out)


def dismissal_rules(tok: Token, cx: Context) -> list[Fact]:
    """"On 4 March the Saeima dismissed Minister of Justice X and Minister of Defence Y,
    at their own request": each person's ``Resignation`` with the stage ``accepted`` by
    the date of the clause. A dismissal with no request ("voted to dismiss X", "sacked
    X") drafts no fact of its own: the office the title before the name gives is ended
    (:func:`offices_left`), as corpus/CLAIMS.md writes a dismissal. Nothing for a verb that
    removes no named person (:func:`removes_officer`); a removal 'from office' is read by
    :func:`~kg.extract.facts.judgements.removal_rules`."""
    if not removes_officer(tok, cx) or any(c.dep_ == "prep" and c.lower_ in ("from", "of") for c in tok.children):
        return []
    objs = objects(tok)
    people = _uniq(_people(objs, cx) + _titled_after(tok, cx))
    if not people:
        return []
    if _OWN_REQUEST.search(tok.sent.text):
        out = []
        for p in people:
            f = Fact("Resignation", {"resigning": [p]}, tokens=[tok.i], clause=False, undated=True)
            f.tokens += [i for i in range(tok.i, tok.sent.end) if i in cx.at and cx.at[i].entity.id == p.id]
            _stage("accepted", tok, cx, f)
            out.append(f)
        return out
    return []  # a dismissal with no request ends the office (:func:`offices_left`), no fact of its own


def _legislature(tok: Token, cx: Context):
    """The voting body of a vote its sentence tells without naming it: the one
    legislature the article names (:func:`~kg.extract.facts.offices.one_legislature`)."""
    from kg.extract.facts.offices import one_legislature  # offices imports the modules of facts
    return one_legislature(cx)


def member_tally_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X's resignation was supported by 240 members of parliament, with one voting
    against and 45 abstaining", "his appointment was backed by 258 lawmakers": a ``Vote``
    of the one legislature the article names, ``votesFor`` the members the agent counts,
    ``votesAgainst`` and ``abstentions`` where the sentence gives them, ``votedOn`` the
    fact the subject's noun names (a resignation, an appointment) told before. ``tok`` is
    the verb of :data:`BACKED_VERBS`; nothing when its agent is no count of members, or
    the article names no single legislature."""
    if tok.pos_ != "VERB" or tok.lemma_ not in BACKED_VERBS or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    agents = [o for p in tok.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    members = [a for a in agents if a.lemma_.lower() in MEMBER_NOUNS]
    counts = [c for a in members for c in a.children if c.dep_ == "nummod" and c.like_num]
    if not counts:
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    voted = [s_ for s_ in subj if s_.lemma_.lower() in VOTED_NOUNS]
    if not voted:
        return []
    body = _legislature(tok, cx)
    if body is None:
        return []
    attrs: dict = {"votesFor": _count(counts[0].text)}
    rest = cx.doc[members[0].i + 1: tok.sent.end].text
    for key, rx in (("votesAgainst", _AGAINST), ("abstentions", _ABSTAINING)):
        m = rx.search(rest)
        if m:
            attrs[key] = _count(m.group(1))
    # the words of the counts after the agent ("with one voting against and 45 abstaining") are quoted too
    end = max([members[0].i] + [t.i for t in tok.sent if t.i > members[0].i and
                                 t.lower_ in ("against", "abstaining", "abstained", "abstention", "abstentions")])
    f = Fact("Vote", {"votingBody": [body]}, attrs, tokens=[*(t.i for t in voted[0].subtree), tok.i, *range(tok.i, end + 1)],
             split=False, clause=False, refers=("votedOn", VOTED_NOUNS[voted[0].lemma_.lower()]))
    return [f]


def listed_appointment_facts(cx: Context) -> list[Fact]:
    """A list of appointments after a colon, as a press release gives it: "Parliament
    also appointed:" then lines "- X as Deputy Prime Minister for ...;", "- Y, until now
    head of Z, as Minister for ...". Each line whose first name is a person and whose
    'as' phrase names a title of :data:`TITLES` is that person's ``PositionHeld``
    (``position``, ``title`` the words from the title to the line's comma or semicolon),
    ``appointedBy`` the one legislature the article names when the verb's subject is a
    noun of one (else the subject's entity), dated by the verb's clause (``startDate``).
    "will appoint:" makes them planned. Lines of no name, no 'as' or
    no title draft nothing."""
    from kg.extract.facts.offices import LEGISLATURE_WORDS, _title_before  # offices imports the modules of facts
    doc, out = cx.doc, []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_ not in LIST_APPOINT_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        after = next((t for t in doc[verb.i + 1: verb.i + 3] if not t.is_space), None)
        if after is None or after.text != ":":
            continue
        appointer = [e for s_ in doers(verb) for e in cx.entities(s_) if e.type != "Person"]
        if not appointer and any(s_.lemma_.lower() in LEGISLATURE_WORDS for s_ in doers(verb)):
            body = _legislature(verb, cx)
            appointer = [body] if body is not None else []
        date, date_toks = cx.date_of(verb)
        i = after.i + 1
        while i < len(doc):
            while i < len(doc) and doc[i].is_space:
                i += 1
            if i >= len(doc) or doc[i].text not in LIST_MARKS:
                break
            line_end = next((t.i for t in doc[i:] if "\n" in t.text_with_ws or t.i == len(doc) - 1), len(doc) - 1) + 1
            out += _listed_line(doc, i + 1, line_end, verb, appointer, cx, _title_before)
            i = line_end
        for f in out:
            if date and "startDate" not in f.attrs:
                f.attrs["startDate"] = date
    return out


def _listed_line(doc, start: int, end: int, verb: Token, appointer: list, cx: Context, title_before) -> list[Fact]:
    """The PositionHeld of one line of a list of appointments (tokens ``start`` to
    ``end``), or []: see :func:`listed_appointment_facts`."""
    m = cx.at.get(start)
    if m is None or m.entity.type != "Person":
        return []
    as_ = next((t for t in doc[m.end:end] if t.lower_ == "as"), None)
    if as_ is None:
        return []
    stop = next((t.i for t in doc[as_.i + 1:end] if t.text in (",", ";", ".") or t.lower_ in ("who", "succeeding")), end)
    found = None
    for last in range(stop, as_.i + 1, -1):  # the longest title that opens the 'as' phrase
        found = title_before(doc, last, as_.i + 1)
        if found is not None and found[0] == as_.i + 1:
            break
        found = None
    if found is None:
        return []
    f = Fact("PositionHeld", {"holder": [m.entity]}, {"position": TITLES[found[1]], "title": doc[as_.i + 1:stop].text},
             tokens=[*range(m.start, m.end), *range(as_.i, stop)], clause=False, undated=True)
    if appointer:
        f.roles["appointedBy"] = appointer[:1]
    f.trigger = doc[m.start]  # the line is the quote; the list's verb stands in another sentence
    f.planned = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children)
    return [f]


def dismissed(cx: Context) -> dict[tuple[str, int], str | None]:
    """The persons a verb of :data:`DISMISS_VERBS` removes from office with no request of
    their own ("voted to dismiss Minister X", "sacked Minister X on Monday"), as (person
    id, sentence start) -> the date of the verb's clause or None."""
    out = {}
    for verb in cx.doc:
        if removes_officer(verb, cx) and not _OWN_REQUEST.search(verb.sent.text) and \
                not any(c.dep_ == "neg" for c in verb.children):
            for p in _uniq(_people(objects(verb), cx) + _titled_after(verb, cx)):
                out[(p.id, verb.sent.start)] = cx.date_of(verb)[0]
    return out


#: Auxiliaries of a resignation still to come ("said he would resign", "will step down").
FUTURE_AUX = {"will", "would", "shall", "'ll"}


def _told_as_done(verb: Token) -> bool:
    """Whether the resignation verb ``verb`` tells one that happened: not one to come
    (:data:`FUTURE_AUX`, "would resign"), nor one a modal or the verb above an infinitive
    makes other than done ("offered to resign", "refused to step down", "could quit":
    :func:`kg.extract.speech.modal_modality`), nor one inside a clause of wanting or
    planning ("plans to resign"), nor one an appeal asks for ("urged him to resign")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return False
    if modal_modality(verb)[0] is not None:
        return False
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in REQUEST_VERBS:
        return False  # "called on the minister to resign", "demanded that she quit": asked for, not done
    return not (verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and verb.head.lemma_.lower() in UNDONE_HEADS)


#: Verbs whose infinitive is an act not (yet) done: "plans to resign", "wants to quit".
UNDONE_HEADS = {"plan", "intend", "want", "hope", "wish", "expect", "aim", "seek", "consider", "prepare", "threaten",
                "offer", "volunteer", "refuse", "decline", "promise", "vow", "pledge"}


def offices_left(facts: list[Fact], cx: Context) -> list[Fact]:
    """The offices people leave, ended: each ``PositionHeld`` of a person whose
    ``Resignation`` (told as done, not denied nor planned) or dismissal (:func:`dismissed`)
    the same sentence tells, with no status of its own and no appointment, takes ``status:
    ended`` and, where the resignation's stage or the dismissal is dated, ``endDate``.
    Input and output: the drafted facts, changed in place and returned."""
    doc = cx.doc

    def sentence(f: Fact) -> int | None:
        return f.trigger.sent.start if f.trigger is not None else doc[min(f.tokens)].sent.start if f.tokens else None

    left = dismissed(cx)
    for f in facts:
        if f.type != "Resignation" or f.trigger is None or f.negative or f.planned or not _told_as_done(f.trigger):
            continue
        stage = f.attrs.get("stage")
        for p in f.roles.get("resigning", []):
            if not isinstance(p, str):
                left[(p.id, sentence(f))] = stage.get("date") if isinstance(stage, dict) else f.attrs.get("date")
    for f in facts:
        holder = (f.roles.get("holder") or [None])[0]
        if f.type != "PositionHeld" or holder is None or isinstance(holder, str) or "status" in f.attrs or \
                "appointedBy" in f.roles:
            continue
        key = (holder.id, sentence(f))
        if key in left:
            f.attrs["status"] = "ended"
            if left[key]:
                f.attrs.setdefault("endDate", left[key])
    return facts
