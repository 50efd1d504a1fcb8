"""Statuses of drafted facts that their trigger's verb tells: an application to join is
a membership requested, a court's ruling is issued, a case filed is opened
(corpus/CLAIMS.md, 'controlled value' ``status`` and 'Stages of one fact, with their own
dates'). Each pass changes the rules' drafted facts in place and leaves alone a fact
that already has a status or a stage."""

from __future__ import annotations

#: Verbs whose infinitive is asked for, not done: "applied to join", "sought to join".
_ASKING = {"apply", "seek", "ask", "request", "bid", "petition"}


def request_stages(facts: list) -> None:
    """An application to join is the membership requested, not begun (corpus/CLAIMS.md:
    'An application to join is the Membership with status: requested (or a stage with
    that status and its date)'): a ``Membership`` whose trigger is the infinitive of a
    verb of asking ("Sweden applied to join NATO in May 2022") takes ``status:
    requested``, or, when its clause dates it, ``stage: {status: requested, date: …}``
    in place of the ``startDate`` the date pass gave it.

    ``facts`` are the rules' drafted facts (``type``, ``attrs``, ``trigger``: a spaCy
    token)."""
    for f in facts:
        t = f.trigger
        if f.type != "Membership" or t is None or "status" in f.attrs or "stage" in f.attrs:
            continue
        if not (t.dep_ == "xcomp" and t.head.lemma_ in _ASKING and t.head.pos_ == "VERB"):
            continue
        start = f.attrs.pop("startDate", None)
        if start:
            f.attrs["stage"] = {"status": "requested", "date": start}
        else:
            f.attrs["status"] = "requested"


#: Verbs of a court's decision, made public once done ("sentenced", "ruled", "ordered",
#: "handed down"): ``status: issued``; verbs that start proceedings ("filed an
#: application", "brought a case", "opened an investigation"): ``status: opened``.
_DECIDING = {"rule", "sentence", "convict", "acquit", "order", "jail", "imprison", "issue", "deliver", "hand", "give"}
_STARTING = {"file", "bring", "open", "launch", "lodge", "initiate", "institute", "sue"}
#: Auxiliaries of a clause not yet done or not done for sure.
_NOT_DONE = {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "to", "'ll"}


def _done(verb) -> bool:
    """Whether ``verb`` (a spaCy token) tells a completed act: the simple past
    ("sentenced"), or a participle after 'has', 'had' or a passive 'was' ("has filed", "was
    brought"), with no auxiliary of the future, of a possibility or of an infinitive."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _NOT_DONE for a in aux) or verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB":
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ in ("have", "be") for a in aux)


def legal_statuses(facts: list) -> None:
    """The status of a ``LegalAction`` its verb tells: ``issued`` for a court's decision
    done ("A court on Tuesday sentenced X", "The court ruled that ...", "gave an advisory
    opinion"), ``opened`` for proceedings started ("filed an application", "the case was
    brought", "opened an investigation"). The verb is the trigger, or for an action named
    by a noun ("application", "investigation", "case") the verb it is the object or
    passive subject of. Nothing for an act planned, possible or negated ("will rule",
    "did not order"), nor for a charge or an indictment, which neither issues a
    decision nor, by its word alone, opens a case the draft names.

    ``facts`` are the rules' drafted facts (``type``, ``attrs``, ``trigger``: a spaCy
    token, ``negative``)."""
    for f in facts:
        t = f.trigger
        if f.type != "LegalAction" or t is None or "status" in f.attrs or "stage" in f.attrs or f.negative:
            continue
        verb = t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "nsubjpass") else t
        if verb.pos_ != "VERB" or not _done(verb):
            continue
        if verb.lemma_ in _DECIDING:
            f.attrs["status"] = "issued"
        elif verb.lemma_ in _STARTING:
            f.attrs["status"] = "opened"


#: Verbs by which a vote is made known or called before it is held: "announced the
#: referendum on September 2", "called the election on 22 May".
_CALLING = {"announce", "call", "declare", "proclaim"}
#: Kinds of vote whose own day is the polling day, never the day they were called.
_POLLS = {"Referendum", "Election"}


def announced_stages(facts: list, cx) -> None:
    """The day a referendum or election was announced or called is a stage of it, not its
    own day (corpus/CLAIMS.md, 'Stages of one fact, with their own dates': ``stage:
    {status: announced, date: …}``): a ``Referendum`` or ``Election`` whose trigger is the
    object of a verb of :data:`_CALLING` ("President X announced the referendum on
    September 2") and whose date is that verb's own (not one opened by 'for': "called
    elections for 4 July" is the polling day) takes the stage in place of ``date``, and the
    verb's subject, a person, government or organisation, as ``calledBy``. Left without
    its day, the claim joins the one fact its article dates (the engine's merging of one
    fact told dated and undated). The article states the calling as an act, so the fact
    is marked ``_called`` for the engine not to read the verb as a saying.

    ``facts``: the rules' drafted facts (``type``, ``roles``, ``attrs``, ``trigger``: a
    spaCy token); ``cx``: the rules' context (``date_of``, ``entities``). Changes the facts
    in place."""
    from kg.extract.facts.common import subjects  # (the rules' module imports this one)

    for f in facts:
        t = f.trigger
        if f.type not in _POLLS or t is None or "stage" in f.attrs or not f.attrs.get("date"):
            continue
        verb = t.head
        if t.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_ not in _CALLING:
            continue
        day, toks = cx.date_of(verb)
        if day != f.attrs["date"] or not toks or cx.doc[toks[0] - 1].lower_ == "for":
            continue
        f.attrs["stage"] = {"status": "announced", "date": f.attrs.pop("date")}
        f.attrs.pop("_news_date", None)
        f.planned = False
        callers = [e for s in subjects(verb) if s.dep_ == "nsubj" for e in cx.entities(s)
                   if e.type in ("Person", "Government", "Organisation")]
        if callers and not f.roles.get("calledBy"):
            f.roles["calledBy"] = callers
        f.attrs["_called"] = [e.id for e in f.roles.get("calledBy", [])]
