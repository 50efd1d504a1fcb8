"""Envoys expelled and recalled as a ministry's press release tells them: the persons
listed after the sentence ("decided to expel the following six diplomats:" and one line
per person), the office holder a title names ("withdraw the High Commissioner", whose
name the release gives with the title), the day of a decision told with 'today' ("Later
today, the Government decided to expel ..."), and the day by which the expelled must
leave ("They have been asked to leave India by 19 October").

The facts are corpus/CLAIMS.md's ``DiplomaticExpulsion`` (CAMEO 1623 'expel or withdraw
diplomats', PLOVER REDUCE) and ``EnvoyRecall``: ``target``/``recalled`` the persons,
``deadline`` an ISO date (corpus/CLAIMS.md: "by 19 October" as the expulsion's own
claim). Nothing is guessed: a list is read only when its lines count as many persons as
the sentence says, a title only when one drafted office of the state bears it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.facts.common import Context, Fact, objects
from kg.extract.quantities import count_of

#: Kinds of fact whose persons a list or a title may name, and the role that holds them.
ENVOY_ROLES = {"DiplomaticExpulsion": "target", "EnvoyRecall": "recalled"}
#: Verbs of a decision whose infinitive is the act decided ("decided to expel").
DECIDE_VERBS = {"decide", "resolve"}
#: The marks that open a line of a list.
_BULLET = re.compile(r"^\s*(?:[-•*–—]|\d+[.)])\s+")


def listed_persons(f: Fact, cx: Context) -> list | None:
    """The persons a list after the sentence of ``f`` names, one per line, when the
    sentence ends with a colon and its role's unnamed actors are "the following ..."
    (with as many lines as the count it gives, if it gives one); else None."""
    sent = f.trigger.sent
    text = cx.doc.text
    if not text[sent.start_char: sent.end_char].rstrip().endswith(":"):
        return None
    noun = next((t for t in sent if t.lower_ == "following" and t.dep_ == "amod"), None)
    if noun is None:
        return None
    count = next((count_of(c) for c in noun.head.children if c.dep_ == "nummod"), None)
    persons, pos = [], sent.end_char
    for line in text[sent.end_char:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            if persons:
                break
            continue
        if not _BULLET.match(line):
            break
        found = next((m.entity for m in cx.mentions if start <= cx.doc[m.start].idx < start + len(line)
                      and m.entity.type == "Person"), None)
        if found is None:
            return None  # a line naming no person: not a list of persons
        persons.append(found)
    if not persons or (count is not None and count != len(persons)):
        return None
    return persons


def titled_holder(f: Fact, key: str, out: list[Fact]) -> list | None:
    """The one person a drafted office names by the title the fact's unnamed actor
    bears ("withdraw the High Commissioner" and "the High Commissioner, Mr. X" told
    before): the office of the unnamed actor's state whose title begins with the words of
    the object ("High Commissioner to Ostravia" for "the High Commissioner"); else None."""
    words, party = f.qualified[key]
    objs = [o for o in objects(f.trigger) if o.lower_ == words.split()[-1].lower()]
    if len(objs) != 1 or party is None:
        return None
    title = " ".join(t.text for t in sorted([*(c for c in objs[0].children if c.dep_ in ("compound", "amod")), objs[0]],
                                            key=lambda t: t.i)).lower()
    holders = {p.roles["holder"][0].id: p.roles["holder"][0] for p in out if p.type == "PositionHeld"
               and (str(p.attrs.get("title", "")).lower() + " ").startswith(title + " ")
               and any(getattr(e, "id", None) == party.id for e in p.roles.get("positionOf", []))}
    return list(holders.values()) if len(holders) == 1 else None


def envoys_named(out: list[Fact], cx: Context) -> None:
    """Name the persons of expulsions and recalls (:data:`ENVOY_ROLES`) drafted as
    unnamed actors when the text names them in a list after the sentence
    (:func:`listed_persons`) or by a title held (:func:`titled_holder`), and date those
    told as decided ("decided to expel") with the decision's day, 'today' in a release
    being its publication day. ``out``: the drafted facts, changed in place."""
    for f in out:
        key = ENVOY_ROLES.get(f.type)
        if key is None or f.trigger is None:
            continue
        if key in f.qualified and key not in f.roles:
            named = listed_persons(f, cx)
            if named is not None:
                f.read_as[key] = "the persons listed after the colon"
            else:
                named = titled_holder(f, key, out)
                if named is not None:
                    f.read_as[key] = f"the holder of the title the text gives, named with it elsewhere"
            if named is not None:
                f.roles[key] = named
                del f.qualified[key]
        verb = f.trigger
        if "date" not in f.attrs and verb.dep_ == "xcomp" and verb.head.lemma_ in DECIDE_VERBS:
            day, toks = _decision_day(verb.head, cx)
            if day:
                f.attrs["date"] = day
                f.tokens += toks


def _decision_day(verb: Token, cx: Context) -> tuple[str | None, list[int]]:
    """The day of the decision ``verb``: its clause's date, or its publication day where
    an adverb of 'today' modifies it ("Later today, the Government decided")."""
    day, toks = cx.date_of(verb)
    if day:
        return day, toks
    today = [c for c in verb.children if c.dep_ == "npadvmod" and c.lower_ == "today"]
    if today and cx.published and verb.tag_ in ("VBD", "VBN"):
        return cx.published.isoformat(), [t.i for t in today[0].subtree]
    return None, []


#: Verbs that tell someone to go ("asked to leave", "ordered to leave") and the verb of going.
ORDER_VERBS = {"ask", "order", "tell", "instruct", "give", "direct", "require"}
LEAVE_VERBS = {"leave", "depart", "go"}
#: Nouns of the staff of a mission that may be the ones ordered to go ("the diplomats were
#: told to leave"); tourists, residents or journalists told to leave are no expulsion.
ENVOY_NOUNS = {"diplomat", "envoy", "ambassador", "attache", "attaché", "consul", "official", "staff", "personnel",
               "member", "representative", "chargé", "charge", "officer", "agent", "employee", "spy"}

#: Nouns of the time an order gives, its object beside those told ("given 72 hours to leave").
TIME_GIVEN = {"hour", "day", "week", "month", "time", "deadline", "notice", "ultimatum"}


def _envoys_ordered(order: Token, cx: Context) -> bool:
    """Whether those the order ``order`` tells to go may be the envoys expelled before:
    the subject of its passive ("They have been asked to leave") or its object ("ordered
    the two attachés to leave") a pronoun, a number ("the six"), a person named or a noun
    of :data:`ENVOY_NOUNS`; True when the sentence names no one ordered."""
    # "given 72 hours to leave": the time given is no one told
    told = [c for c in order.children if c.dep_ in ("nsubjpass", "dobj", "dative") and c.lemma_.lower() not in TIME_GIVEN]
    if not told:
        return True
    # the lemma, or the word less its plural 's' where the lemmatiser keeps an accent's plural ("attachés")
    return all(t.pos_ in ("PRON", "NUM") or t.lemma_.lower() in ENVOY_NOUNS or t.lower_.removesuffix("s") in ENVOY_NOUNS
               or any(e.type == "Person" for e in cx.entities(t)) for t in told)


def leave_by_rules(tok: Token, cx: Context) -> list[Fact]:
    """"They have been asked to leave India by or before 11:59 PM on Saturday, 19 October
    2024": the ``deadline`` of the expulsion told before (``refers``; none before: nothing
    drafted), from a verb of ordering (:data:`ORDER_VERBS`) whose infinitive is a verb of
    going (:data:`LEAVE_VERBS`) with 'by' or 'before' and a date after it. Returns [] or
    one claim."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ORDER_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    # the order is the trigger, so that the deadline is the expulsion's own, not a request of it
    leave = [c for c in tok.children if c.dep_ == "xcomp" and c.lemma_ in LEAVE_VERBS
             and not any(n.dep_ == "neg" for n in c.children)]
    if len(leave) != 1 or not _envoys_ordered(tok, cx):
        return []
    by = [c for c in leave[0].subtree if c.lower_ in ("by", "before") and c.dep_ in ("prep", "cc")]
    if not by:
        return []
    sent = tok.sent
    # the last date after 'by' ("by 11:59 PM on Saturday, 19 October 2024": the day, written whole)
    days = [(ent, day) for ent in cx.dates_in(sent.start, sent.end) if ent.start > by[0].i
            for day in [dates.resolve(ent.text, cx.published, True)] if day and len(day) == 10]
    if not days:
        return []
    ent, day = days[-1]
    toks = list(range(tok.left_edge.i, ent.end))
    return [Fact("DiplomaticExpulsion", {}, {"deadline": day}, tokens=toks, split=False, clause=False,
                 undated=True, refers=("fact", ("DiplomaticExpulsion",)))]


LEAVE_TRIGGERS = ORDER_VERBS
