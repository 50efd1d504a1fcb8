"""Dates in article text ("on Tuesday", "yesterday", "last year", "next month", "in
February 2021", "May 9", "Oct 7") resolved against the article's publication date, at
the precision the words state: a day, a month or a year, written as the claims format
writes dates (``2025-03-04``, ``2025-03``, ``2025``).

Parsing is dateparser's (English only, no network): its ``period`` tells the
precision, its ``RELATIVE_BASE`` the day relative words count from. News convention:
a weekday or a month without a year is the most recent one on or before the
publication date unless its clause looks forward (:func:`looks_forward`, then
``future=True``): "would meet again on April 19", "will face X in a runoff on 3
November", "is due to meet on June 2", "is scheduled for May 14", "the next round on
May 6".

Which clause a date belongs to is read from the parse: :func:`shared_date` gives a
fact whose own clause has none the date of the clause it hangs on, or one the parser
hung on a noun of its phrases; :func:`effect_dates` gives facts the day a later
sentence says they take effect ("Their membership will take effect on January 1");
:func:`since_event` starts a state of affairs at the event it has lasted since,
:func:`deadlines` counts a deadline from the day of its order, and
:func:`continued_statement_dates` gives a statement the day of the dated one of the same
speaker it continues.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateparser.date import DateDataParser

from kg.extract.speech import PLAN_AUX
from kg.ontology import vocabulary

#: Words around a date expression that dateparser does not need.
_LEAD = re.compile(r"^(?:on|in|since|from|until|by|during|at|the|of|early|late|mid|earlier|later)\s+", re.I)
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
#: Expressions too vague to date a fact ("recent years", "the coming months", "this week" ...),
#: a decade among them ("the early 1990s", "the '90s"), which no date of the claims format
#: (a day, a month or a year) writes.
_VAGUE = re.compile(r"\b(years|months|weeks|days|decades?|century|recent|coming|past|ago|times?|era|"
                    r"season|summer|winter|spring|autumn|fall|week|weekend|today|tonight|now|"
                    r"quarter|half|fiscal|anniversary|end|beginning|start|age|old|(?:1[89]|20)?\d0'?s)\b", re.I)
#: Whole years counted back from the article's day ("a year earlier", "two years ago", "a
#: year before"): the year so many before its year, as "last year" is the one before.
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
_YEARS_BACK = re.compile(r"(?:just\s+|some\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                         r"years?\s+(?:earlier|ago|before)", re.I)
#: A fiscal year named by its calendar year ("fiscal 2025", "the fiscal year 2026", "FY2026"):
#: the claims format writes it as that year (a government's or a company's accounts name
#: their year so, whichever months it spans).
_FISCAL_YEAR = re.compile(r"(?:the\s+)?(?:(?:fiscal|financial)(?:\s+year)?\s+|FY\s?)((?:1[89]|20)\d\d)", re.I)
#: A part of a named year ("the end of 2024", "the beginning of 2023", "mid-2022" is read
#: by dateparser): the year, the precision the words give (no month is named).
_PART_OF_YEAR = re.compile(r"(?:the\s+)?(?:end|beginning|start|middle|close|turn|first half|second half)\s+of\s+"
                           r"((?:1[89]|20)\d\d)", re.I)
#: A month, or a day of it, in a year named relative to the publication's: "July last year",
#: "December 29 last year", "3 March next year".
_RELATIVE_MONTH = re.compile(rf"^(?:(\d{{1,2}})\s+)?({'|'.join(_MONTHS)})\.?(?:\s+(\d{{1,2}}))?,?\s+(last|this|next)\s+year$",
                             re.I)
#: A number the NER ran into the relative date after it: "the Group of 20 this year".
_NUMBER_BEFORE = re.compile(r"^\d+\s+(?=(?:last|this|next)\s+(?:year|month)$)", re.I)
#: Words of a time of day around a weekday ("late on Saturday", "Saturday night", "midnight
#: GMT on Saturday", "at 4 p.m. on Friday"): the day is the weekday's.
_TIME_OF_DAY = re.compile(r"\b(?:early|late|on|at|about|around|shortly|before|after|morning|afternoon|evening|"
                          r"night|midnight|noon|midday|dawn|dusk|gmt|utc|local|time|\d{1,2}(?::\d\d)?|[ap]\.?m\.?)"
                          r"(?=\W|$)", re.I)
_LAST_MONTH = re.compile(rf"^(last|next)\s+({'|'.join(_MONTHS)})\.?$", re.I)
#: Dates written in full need no parser: "26 December 2023", "December 26, 2023", "December 2023".
_FULL = re.compile(rf"^(?:(\d{{1,2}})\s+({'|'.join(_MONTHS)})\.?|({'|'.join(_MONTHS)})\.?(?:\s+(\d{{1,2}}),?)?)"
                   r"\s+((?:1[89]|20)\d\d)$", re.I)


@functools.lru_cache(maxsize=8)
def _parser(base: dt.date, future: bool) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": [],
        "STRICT_PARSING": False,
    })


#: A length of time used as an adjective ("a 14-year contract", "the five-year deal", "a
#: 100-day plan"): no date, though dateparser reads "five-year" as May and "14-year" as a day.
_SPAN_ADJECTIVE = re.compile(r"(?i)^(?:an?\s+|the\s+)?[\w.]+[-\u2010\u2011]"
                             r"(?:year|month|week|day|hour|decade|century)s?(?:[-\u2010\u2011](?:old|long))?$")


#: A month's name as a word ("September 3", "in Oct."): what a past plan's nearest date needs.
_MONTH_WORD = re.compile(rf"\b(?:{'|'.join(_MONTHS)})\b\.?", re.I)
_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _first_day(value: str) -> dt.date:
    """The first day a date of the claims format (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) covers."""
    return dt.date.fromisoformat({4: value + "-01-01", 7: value + "-01"}.get(len(value), value))


@functools.lru_cache(maxsize=4096)  # a pure function of its arguments; each fact of a sentence asks again
def resolve(words: str, published: dt.date | None, future: bool = False, nearest: bool = False) -> str | None:
    """The date ``words`` state, as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (the precision
    of the words), or None when they are vague, need a publication date that is unknown,
    or do not parse. With ``nearest`` (a plan told in the past: :func:`past_plan`), a
    month or a day of a month without a year is the one nearest the publication date,
    before or after it ("was due to attend a parade on September 3" in a paper of 1
    September: two days later, not a year back); a weekday keeps the news convention.

    >>> resolve("on Tuesday", dt.date(2025, 3, 5))
    '2025-03-04'
    >>> resolve("in February 2021", None)
    '2021-02'
    >>> resolve("last year", dt.date(2025, 3, 5))
    '2024'
    >>> resolve("July last year", dt.date(2024, 10, 7))
    '2023-07'
    >>> resolve("December 29 last year", dt.date(2024, 1, 27))
    '2023-12-29'
    >>> resolve("late on Saturday", dt.date(2024, 1, 27))
    '2024-01-27'
    >>> resolve("last September", dt.date(2024, 5, 6))
    '2023-09'
    >>> resolve("at the end of 2024", dt.date(2025, 7, 17))
    '2024'
    >>> resolve("in fiscal 2025", dt.date(2025, 12, 26))
    '2025'
    >>> resolve("A year earlier", dt.date(2025, 10, 29))
    '2024'
    """
    if nearest and published is not None and _MONTH_WORD.search(words) and not _YEAR_WORD.search(words):
        options = [v for v in (resolve(words, published, False), resolve(words, published, True)) if v]
        return min(options, key=lambda v: abs((_first_day(v) - published).days), default=None)
    text = " ".join(words.replace("\u2019", "'").split())
    while _LEAD.match(text):
        text = _LEAD.sub("", text, count=1)
    text = text.rstrip(".,;")
    part = _PART_OF_YEAR.fullmatch(text)
    if part:
        return part.group(1)  # "the end of 2024": within that year, its month unstated
    back = _YEARS_BACK.fullmatch(text)
    if back:  # "a year earlier", "two years ago": the year that many before the article's
        if published is None:
            return None
        n = back.group(1).lower()
        return str(published.year - (int(n) if n.isdigit() else _COUNT_WORDS[n]))
    fiscal = _FISCAL_YEAR.fullmatch(text)
    if fiscal:
        return fiscal.group(1)  # "fiscal 2025", "FY2025": the year that names the fiscal year
    if not text or _VAGUE.search(text):
        return None
    if re.fullmatch(r"(1[89]|20)\d\d", text):
        return text  # a year alone needs no base
    if re.fullmatch(r"\d{4,}", text):
        return None  # "2790": four digits outside 1800-2099 count or number something; dateparser takes them as a year
    if re.fullmatch(r"\d{1,3}", text):
        return None  # "Duterte, 79,": an age the NER took for a date, which dateparser reads as 1979
    if _SPAN_ADJECTIVE.match(text):
        return None  # "a 14-year contract", "the five-year plan": a length of time, which dateparser reads as a date
    full = _FULL.match(text)
    if full:  # the common case of news copy, read without dateparser (the slow part of drafting)
        day, month = full.group(1) or full.group(4), full.group(2) or full.group(3)
        m = next(i for i, name in enumerate(_MONTHS) if month.lower().startswith(name[:3])) % 12 + 1
        if not day:
            return f"{full.group(5)}-{m:02d}"
        try:
            return dt.date(int(full.group(5)), m, int(day)).isoformat()
        except ValueError:
            return None  # "31 February 2024": no such day
    text = _NUMBER_BEFORE.sub("", text)
    rel = _RELATIVE_MONTH.match(text)
    if rel:
        if published is None:
            return None
        year = published.year + {"last": -1, "this": 0, "next": 1}[rel.group(4).lower()]
        month = next(i for i, m in enumerate(_MONTHS) if rel.group(2).lower().startswith(m[:3])) % 12 + 1
        day = rel.group(1) or rel.group(3)
        if not day:
            return f"{year:04d}-{month:02d}"
        try:
            return dt.date(year, month, int(day)).isoformat()
        except ValueError:
            return None
    last = _LAST_MONTH.match(text)
    if last:  # "last September": the latest September before the publication month; "next March" the first after
        if published is None:
            return None
        month = next(i for i, m in enumerate(_MONTHS) if last.group(2).lower().startswith(m[:3])) % 12 + 1
        if last.group(1).lower() == "last":
            year = published.year if month < published.month else published.year - 1
        else:
            year = published.year if month > published.month else published.year + 1
        return f"{year:04d}-{month:02d}"
    has_year = re.search(r"\b(1[89]|20)\d\d\b", text)
    if published is None and not has_year:
        return None
    base = published or dt.date(int(has_year.group(0)), 1, 1)
    if published and _TIME_OF_DAY.sub(" ", text).strip(" ,.").lower() == published.strftime("%A").lower():
        return published.isoformat()  # "on Wednesday", "late on Wednesday" in Wednesday's paper: that day
    data = _parser(base, future).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj.date(), data.period
    if not future and published and not has_year and d > published and period == "day":
        return None  # a past event dated after the article: the parse went wrong
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if period == "day":
        return d.isoformat()
    return None


#: Words a plan is told with, as a participle or adjective governing it: "is scheduled for
#: May 14", "is due to meet", "are expected to sign", "is set to visit", "is slated for".
_SCHEDULE = {"schedule", "due", "expect", "set", "slate", "plan"}
#: Modifiers of an event noun that put it ahead: "the next round", "the upcoming summit".
_AHEAD = {"next", "upcoming", "forthcoming", "coming", "planned", "scheduled"}
#: Verbs whose present tense tells an event still to come: "faces a runoff", "awaits a verdict".
_AWAIT = {"face", "await"}
#: Verbs whose infinitive tells what is still to come: "agreed to meet again on April 19", and
#: what others are urged to do ("urged protesters to prepare for the election in October").
_COMMIT = {"agree", "promise", "pledge", "vow", "urge", "encourage", "exhort"}
#: Dependencies that open a clause with a time of its own, which a look forward does not cross.
_OWN_TIME = ("ccomp", "relcl", "advcl", "acl", "parataxis")


def _past_copula(word) -> bool:
    """Whether ``word`` (a spaCy token: an adjective or participle of a schedule) is the
    complement of a 'be' in the past ("He was due to meet", "They had been due to sign"):
    the parser hangs 'due' under 'was' as its complement, so the past tense sits on its
    head, not among its children."""
    if word.dep_ not in ("acomp", "attr", "xcomp") or word.head.lemma_ != "be":
        return False
    be = word.head
    return be.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in be.children)


def past_plan(tok) -> bool:
    """Whether the clause of ``tok`` (a parsed spaCy token) tells a plan in the past
    tense: it hangs on a word of a schedule (:data:`_SCHEDULE`) under a past auxiliary
    or a past 'be' ("had been due to attend", "was scheduled for", "had planned to
    visit"). Whether the plan was carried out or not, its day lies near the report's,
    on either side: :func:`resolve` with ``nearest``. Climbs as :func:`looks_forward`."""
    node = tok
    for _ in range(4):
        kids = list(node.children)
        past = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in kids) or _past_copula(node)
        if node.lemma_ in _SCHEDULE and node.tag_ in ("VBN", "JJ", "VBD") and past and \
                any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in kids):
            return True
        if node.dep_ in _OWN_TIME or node.head.i == node.i:
            return False
        node = node.head
    return False


def looks_forward(tok) -> bool:
    """Whether the clause of ``tok`` (a parsed spaCy token: a verb, or the noun of an
    event) tells something still to come, so that a day or a month without a year in it
    lies on or after the publication date: the clause's verb has an auxiliary of the
    future (:data:`kg.extract.speech.PLAN_AUX`: "will", "would" of reported speech,
    "shall"), or the clause hangs on a word of a schedule ("is due to", "is scheduled
    for", "are expected to") or on a verb of waiting in the present ("faces a runoff"),
    or the event's noun is modified by "next", "upcoming" ... . Climbs from ``tok`` through
    objects, prepositions and infinitives, at most four heads, never out of a clause
    with a time of its own (a clause of saying, a relative or adverbial clause); an
    auxiliary or a 'be' in the past ("was due to meet", "was expected to sign") looks
    back: a schedule told in the past is the report's frame, and its weekday the latest
    one on or before the publication date, as for a plain past."""
    node = tok
    for _ in range(4):
        kids = list(node.children)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in PLAN_AUX for c in kids):
            return True
        if node.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in kids):
            return True
        past = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in kids) or node.tag_ == "VBD" or \
            _past_copula(node)
        if node.lemma_ in _SCHEDULE and node.tag_ in ("VBN", "JJ") and not past and \
                any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in kids):
            return True
        if node.lemma_ in _AWAIT and node.tag_ in ("VBZ", "VBP"):
            return True
        if node.head.lemma_ in _COMMIT and (node.dep_ == "xcomp" or node.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids)):  # the parser may make the infinitive advcl
            return True  # "agreed to meet again on April 19", "urged them to vote in October": still to come
        if node.dep_ == "xcomp" and node.head.lemma_ == "be" and node.head.tag_ in ("VBZ", "VBP") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            return True  # "Three women are to be released on Sunday": 'be to', a plan
        if node.dep_ in _OWN_TIME or node.head.i == node.i:
            return False
        node = node.head
    return False


def said_before_clause(ent, clause) -> bool:
    """Whether the date span ``ent`` (a spaCy span) tells when the words of a verb of
    saying were said rather than when the act of its reported clause ``clause`` (a token,
    the clause's verb) happens: ``clause`` is the object clause (``ccomp``) of a verb of
    saying (:data:`kg.extract.speech.SPEECH`, "announce" ...), and the date stands
    between that verb and the clause's subject, with no "that" before it ("X said on
    Friday it would revoke the visa": the parser hangs 'on Friday' on 'revoke', but
    the weekday is the saying's; "X said that on Friday it would ..." and "X said it
    would revoke it on Friday" date the act)."""
    from kg.extract.speech import SPEECH

    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_ not in SPEECH or not verb.i < ent.start:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or ent.end > subject.left_edge.i:
        return False
    return not any(c.dep_ == "mark" and c.i < ent.start for c in clause.children)


def has_year(words: str) -> bool:
    """Whether date words name their year ("May 18, 2025", "in 2024"), not only a month or day."""
    return re.search(r"\b(1[89]|20)\d\d\b", words) is not None


def speech_verb(tok):
    """The verb of saying whose reported words hold ``tok`` (a parsed spaCy token): the
    head of the first clausal complement (``ccomp``) met climbing from ``tok``, at most
    five heads ("announced that he would dissolve parliament and set the election for
    May 18": 'announced'); None when the climb meets none."""
    node = tok
    for _ in range(5):
        if node.dep_ == "ccomp" and node.head.pos_ in ("VERB", "AUX"):
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


#: Verbs that set an event for a later day ("called a meeting for Thursday", "set the vote
#: for Sunday", "scheduled talks for Friday"): a day after their 'for' is still to come.
_SET_FOR = {"call", "set", "schedule", "plan", "convene", "summon", "fix", "slate", "book", "arrange", "postpone",
            "delay", "move", "reschedule", "announce"}


def set_for(ent) -> bool:
    """Whether the date entity ``ent`` (a spaCy span) is the object of a 'for' that sets an
    event for that day: on the noun of the event ("a meeting of the committee for
    Thursday") or on a verb of setting one (:data:`_SET_FOR`: "set the vote for Sunday").
    A day an event is set for lies on or after the day it was set: a weekday there is the
    next such day, not the last (``resolve(..., future=True)``)."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return False
    head = root.head.head
    return head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("DATE", "TIME") or \
        head.pos_ == "VERB" and head.lemma_.lower() in _SET_FOR


def after_publication(value, published: dt.date | None) -> bool:
    """Whether a date value of the claims format (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``)
    lies wholly after ``published``; False when either is missing or the value is no
    such date."""
    if published is None or not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d\d){0,2}", value):
        return False
    return value > published.isoformat()[: len(value)]


#: Dependency labels of a phrase inside the clause of its verb: prepositions, their
#: objects, the verb's object, a list of nouns.
_IN_CLAUSE = ("prep", "pobj", "dobj", "conj", "cc", "appos", "npadvmod")
#: Prepositions of a date that tells when a clause happened ("on Monday", "in March").
_DAY_PREPS = ("on", "in", "at", "during")
#: Words that set a phrase's date apart from its clause's: "after the attack of October 7".
_ELSEWHEN = ("after", "before", "since", "until", "till", "following", "ahead", "prior", "of", "than")
#: Nouns of a time of day.
_HOURS = {"dawn", "dusk", "midnight", "noon", "midday", "daybreak", "nightfall", "sunrise", "sunset"}


def _of_clock(prep) -> bool:
    """Whether the preposition ``prep`` (a spaCy token) is about a time of day ("shortly
    after 1 a.m. on December 4", "before dawn on Monday"): its object is a TIME entity or
    a word of the hour, so a day hung below it is the day of its clause, not of another
    event."""
    return any(c.dep_ == "pobj" and (c.ent_type_ == "TIME" or c.lower_ in _HOURS) for c in prep.children)


def relative_before_verb(span):
    """The verb of a relative clause on a subject when ``span`` (a spaCy span: a date, with its
    preposition) stands between that clause and the subject's own verb with no comma
    ("The soldiers who seized power in July detained Ashby"): English puts the main
    verb's adjuncts before the subject or after the verb, not there, so they close the
    relative clause whatever the parser hung them on. None otherwise."""
    doc, root = span.doc, span.root
    first = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    verb = first.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < span.end or first.i > span.start:
        return None
    if any(t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in doc[span.end: verb.i]):
        return None  # something other than the verb's auxiliaries follows the date
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i]
    rel = [r for s_ in subj for r in s_.children if r.dep_ == "relcl" and r.i < first.i]
    if len(rel) != 1 or any(t.is_punct for t in doc[rel[0].i: verb.i]):
        return None
    return rel[0]


#: Nouns of a time 'at the' or 'at that' sets a clause in ("apologised at the time").
_THAT_TIME = {"time", "moment", "point", "stage", "juncture"}


def told_of_another_time(verb) -> bool:
    """Whether the clause of ``verb`` (a spaCy token), or a clause it is joined to or
    reported in, is set at a time other than the report's and names no date: "Wong said
    then", "apologised at the time", "at that meeting", or a clause of 'when' on a date
    ("since September 2023, when X told"). ("said after the vote" is left alone: the
    vote is most often the day's news.) Such an act has no
    date of its own the text gives; it is never the day of the publication. Climbs
    through ``conj`` and ``ccomp`` heads and from a participle of circumstance
    ("withdrew, saying ..."), at most three steps."""
    node = verb
    for _ in range(3):
        for c in node.children:
            if c.lower_ == "then" and c.dep_ == "advmod" and (c.i > node.i or any(
                    b.lower_ == "back" for b in c.children)):
                return True  # "said then" (a 'then' before the verb tells a sequence: "then signed")
            objs = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" else []
            if c.lower_ == "at" and any(o.lemma_.lower() in _THAT_TIME and any(d.lower_ in ("the", "that") for d in o.children)
                                        or any(d.lower_ == "that" and d.dep_ == "det" for d in o.children) for o in objs):
                return True  # "at the time", "at that meeting"
        if node.dep_ == "relcl" and node.head.ent_type_ == "DATE" and any(c.lower_ == "when" for c in node.children):
            return True  # "since September 2023, when X told": the time of the date's clause
        participle = node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ == "mark" for c in node.children)
        if node.dep_ not in ("conj", "ccomp") and not participle or node.head.i == node.i:
            break
        node = node.head  # "withdrew, saying ...": the participle's act is its clause's, at its time
    return False


def next_conjunct(span):
    """The verb of the next conjunct when ``span`` (a spaCy span: a date) is set between
    the coordinator of a list of verbs and that verb ("ended their pacts, turned to
    Russia and, in July 2024, signed a treaty"): the date opens the conjunct it stands
    in, whatever verb the parser hung it on, and dates no other. Skips the date's
    preposition and commas on either side; None when the words around are not so."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].text == "," or doc[i].dep_ == "prep" and span.root.head.i == doc[i].i):
        i -= 1
    if i < 0 or doc[i].dep_ != "cc" or doc[i].lower_ not in ("and", "but", "or", "then"):
        return None
    j = span.end
    while j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or doc[j].pos_ not in ("VERB", "AUX") or doc[j].dep_ != "conj":
        return None
    return doc[j]


#: Nouns a number after them names an item of ("Resolution 2790", "Flight 752", "Article
#: 5", "Section 301", "Highway 1", "Protocol 6", "No. 12", "Decree 14/2024"): the numbering
#: of UN documents, legal citations (article, section, paragraph), transport routes and
#: units. Such a number is never a date, whatever its digits.
_NUMBERED = {"resolution", "resolutions", "flight", "flights", "article", "articles", "section", "sections",
             "highway", "route", "road", "motorway", "interstate", "protocol", "protocols", "number",
             "decree", "decrees", "ordinance", "directive", "regulation",
             "chapter", "clause", "paragraph", "annex", "amendment", "item", "docket",
             "convention", "brigade", "battalion", "division", "regiment", "squadron", "unit", "corps", "platform",
             "gate", "terminal", "sector", "camp", "checkpoint", "district", "precinct", "ward", "building",
             "volume", "phase", "category", "version", "vessel", "hull", "hangar", "pier"}
#: A number written as an item's number: digits, perhaps in parts ("14/2024", "1701", "2-B").
_ITEM_NUMBER = re.compile(r"\d+(?:[/.\-]\w+)*")
#: Words before a bare year that make it a date ("in 2031", "by 2040", "since 1978").
_YEAR_PREPS = {"in", "on", "since", "by", "until", "till", "from", "to", "through", "before", "after", "of",
               "during", "around", "circa", "between", "and", "early", "late", "mid", "end", "year"}
#: How far ahead (years) of the publication's year a bare year unmarked by such a word may
#: lie and still be read as a date: a few decades, beyond which it is a count or a number.
#: Past years are spared: news dates what was founded or fought long ago with a bare year
#: ("established 1978").
YEAR_REACH = 30


def number_in_name(span, published: dt.date | None = None) -> bool:
    """Whether ``span`` (a spaCy span: a DATE entity) is no date but the number of a named
    item, or a year too far from ``published`` (a ``datetime.date`` or None) for its words.

    True for a number after a noun that numbers items (:data:`_NUMBERED`: "Resolution
    2790", "Flight 752", "Decree 14/2024", "No. 12"), also when the tagger took the noun
    into the entity; and for a bare four-digit year that no preposition marks as a date
    lying more than :data:`YEAR_REACH` years after the publication year ("ordered 2090
    drones"). "in 2031", "by 2090" and "since 1948" are dates whatever their distance."""
    words = span.text.split()
    if len(words) >= 2 and (words[0].lower() in _NUMBERED or words[0].lower() in ("no.", "nos.")) and _ITEM_NUMBER.fullmatch(words[-1]) \
            and len(words) <= 3:
        return True  # the tagger took "Resolution 2790" whole
    if not _ITEM_NUMBER.fullmatch(span.text.replace(" ", "")):
        return False
    first = span[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and (before.lower_ in _NUMBERED or before.lower_ in ("no.", "nos.")):
        return True
    if published is not None and re.fullmatch(r"\d{4}", span.text) and \
            int(span.text) - published.year > YEAR_REACH and \
            (before is None or before.lower_ not in _YEAR_PREPS):
        return True
    return False


def year_in_name(span) -> bool:
    """Whether ``span`` (a spaCy span: a DATE entity) is a year alone that is part of a
    proper name: the number of a law, a budget or a plan written with its name ("the
    Finance Bill 2024", "Budget 2025", "Vision 2030", "the 2024 Act"). Such a year
    names the thing, as a bill's short title carries its year (the UK and Commonwealth
    convention for Acts and Bills), and is no date of what is done with it: a clause
    "passed the Finance Bill 2024 on Tuesday" is dated Tuesday. The year hangs on a
    capitalised proper noun (tag NNP) as its number or modifier, or follows one right
    after it whatever the parser hung it on (it may make "2030" of "passed the Revenue
    Bill 2030 by 150 votes" the verb's adverb); a year with a preposition of its own ("in
    2024"), after a month's name ("June 2020") or on a common noun ("the 2024 election")
    is none."""
    if len(span) != 1 or not re.fullmatch(r"(1[89]|20)\d\d", span.text):
        return False
    year = span[0]
    noun = year.head
    if year.dep_ in ("nummod", "compound", "amod", "nmod", "appos") and noun.tag_ in ("NNP", "NNPS") and \
            noun.text[:1].isupper() and noun.i != year.i:
        return True
    before = year.doc[year.i - 1] if year.i > year.sent.start else None
    return before is not None and before.tag_ in ("NNP", "NNPS") and before.text[:1].isupper() and \
        before.ent_type_ != "DATE" and before.lower_.rstrip(".") not in _MONTHS and not before.is_sent_start


def _date_in_phrase(verb, cx) -> tuple[str | None, list[int]]:
    """A date of ``verb``'s clause that the parser hung on a noun of its phrases ("closed
    its airspace to all flights to and from Mali on Monday": 'on Monday' on 'flights'):
    a DATE entity after a preposition whose path up to ``verb`` runs through prepositions
    and their nouns only, resolved against the publication date."""
    sent = verb.sent
    for ent in cx.dates_in(sent.start, sent.end):
        root = ent.root
        if not (sent.start <= root.i < sent.end) or root.dep_ != "pobj" or root.head.lower_ not in _DAY_PREPS:
            continue
        node = root
        while node.head.i != node.i and node.i != verb.i and node.dep_ in _IN_CLAUSE and \
                (node.pos_ != "VERB" or node.i == root.i) and (node.lower_ not in _ELSEWHEN or _of_clock(node)):
            node = node.head
        closing = relative_before_verb(ent) or next_conjunct(ent)
        if node.i == verb.i and (closing is None or closing.i == verb.i):
            forward = looks_forward(verb)
            if forward and said_before_clause(ent, verb):
                continue  # "said on Friday it would revoke": the saying's day, not the act's
            value = resolve(ent.text, cx.published, forward, not forward and past_plan(verb))
            if value:
                return value, list(range(ent.start, ent.end))
    return None, []


#: Participles that tell an event named by a noun as it happened ("the agreement reached on
#: July 22", "the treaty signed in 1961", "sanctions imposed last month").
_MAKING = {"reach", "sign", "conclude", "strike", "seal", "agree", "announce", "adopt", "impose", "hold",
           "launch", "carry", "stage", "pass", "approve", "issue", "make", "deliver", "order", "declare",
           "establish", "found", "form", "create", "open", "file", "bring", "introduce", "enact"}


def _date_of_participle(noun, cx) -> tuple[str | None, list[int]]:
    """The date of a participle that makes the event ``noun`` names, in a reduced relative
    clause ("the Japan-U.S. agreement reached on July 22", "the treaty signed in 1961"):
    a DATE entity after 'on', 'in' or 'at', or one with no preposition ("imposed last
    month"), hanging right on the participle, resolved against the publication date.
    Any other word before the date ("imposed after the invasion in 2022") dates
    something else: nothing."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None, []
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_ not in _MAKING:
            continue
        for ent in cx.dates:
            root = ent.root
            on_verb = root.head.i == acl.i and root.dep_ == "npadvmod"
            in_prep = root.dep_ == "pobj" and root.head.lower_ in ("on", "in", "at") and root.head.head.i == acl.i
            if on_verb or in_prep:
                value = resolve(ent.text, cx.published)
                if value:
                    return value, list(range(ent.start, ent.end))
    return None, []


#: Kinds of a stay somewhere, whose place a clause of 'where' may date.
_STAYS = ("Visit", "Travel")


def _date_of_stay(trigger, cx) -> tuple[str | None, list[int]]:
    """The date of a visit told by the clause of 'where' on the place it names ("three
    days after visiting Kyiv, where he met Zelensky on Tuesday"): what the visitor did
    there, on that day, is part of the visit; not what the visitor "had done" there
    before. ``trigger`` is the visit's verb or noun; the
    place is its object or the object of its 'to'; the clause's own date (``cx.date_of``)."""
    places = [c for c in trigger.children if c.dep_ == "dobj"]
    places += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    for place in places:
        for rel in place.children:
            if rel.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in rel.children) and \
                    not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in rel.children):  # "where she had met": before
                value, toks = cx.date_of(rel)
                if value:
                    return value, toks
    return None, []


#: Adverbs that put an act after the time of the one before it ("arrested in June 2020 and
#: later sentenced", "was subsequently released"): the earlier act's date is only the
#: earliest the later one can have happened, never its day.
AFTERWARDS = {"later", "subsequently", "afterwards", "afterward", "thereafter", "eventually"}


def comes_after(verb) -> bool:
    """Whether ``verb`` (a spaCy token) carries an adverb of :data:`AFTERWARDS` ("later
    sentenced", "two months later sentenced"): the verb's act follows the dated one it
    is joined to."""
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in AFTERWARDS:
            return True
    return False


def shared_date(trigger, kind: str, cx, steps: int = 3) -> tuple[str | None, list[int]]:
    """The date of a fact of class ``kind`` whose trigger's clause the rules found none
    in: a date of the clause the parser hung on one of its nouns (:func:`_date_in_phrase`),
    or of a participle that makes the event its noun names (:func:`_date_of_participle`),
    or, for a visit, of the clause of 'where' on its place (:func:`_date_of_stay`);
    or the date of the clause it hangs on: a clause of 'when' on a dated verb ("the case
    was brought on December 29, when Pretoria filed an application"), a verb joined to a dated one ("arrived on
    Thursday ... and met Trump", "closed its airspace on Monday and recalled its
    ambassadors"), a noun governed by a preposition of a dated verb ("engaged in
    discussions on Tuesday", "travelled to Moscow in March for talks"), and, for a
    statement (``Statement`` or a subclass), the content clause of a dated verb of
    saying ("said on Monday that his government had not confiscated any land": the
    rejection was said on Monday).

    ``trigger`` is a parsed spaCy token, ``cx`` the rules' context (``date_of(token)``
    -> (value, token indices), ``dates``: DATE entities, ``published``). Returns the
    value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) and its token indices for the first
    clause up the tree that is dated, at most ``steps`` clauses up, or ``(None, [])``.
    A verb joined with "later", "subsequently", "afterwards" (:func:`comes_after`)
    takes no date from the verb it is joined to, nor does one with its own 'that' ("said
    that he met X in May and that the two sides signed a memorandum": two things
    reported, each of its own time). Another subordinate clause (``advcl``,
    ``xcomp``, ``relcl``) keeps its own time and is never climbed out of: "agreed on Thursday, inviting six states to join" dates no
    joining; but a statement told by a bare participle after its verb ("met Y in February,
    demanding changes") is made then; nor is a joined verb of another tense ("Iran today is isolated, and the EU
    imposes sanctions")."""
    statement = vocabulary().is_a(kind, "Statement")
    node = trigger
    value, toks = _date_in_phrase(node, cx)
    if not value:
        value, toks = _date_of_participle(trigger, cx)
    if not value and kind in _STAYS:
        value, toks = _date_of_stay(trigger, cx)
    for _ in range(steps):
        if value:
            return value, toks
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ == "VERB" and node.tag_ == node.head.tag_:
            if comes_after(node):
                break  # "arrested in June 2020 and later sentenced": after that date, not on it
            if any(c.dep_ == "mark" for c in node.children):
                break  # "recalled that he met X in May and that the two sides signed": two reported events, two times
            node = node.head  # verbs joined in one tense tell one time ("arrived ... and met")
        elif node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("nsubj", "nsubjpass", "dobj") and \
                node.head.pos_ in ("VERB", "AUX"):
            node = node.head  # an event named by the subject or object of its verb ("filed an application")
        elif node.dep_ == "advcl" and node.head.pos_ in ("VERB", "AUX") and \
                any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children):
            node = node.head  # "was brought on December 29, when Pretoria filed an application": that day
        elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in _PLACED_BY and node.pos_ == "NOUN":
            # "announced in June 2023, more than a year after Russia's invasion of Ukraine in February 2022":
            # an event placed before or after the verb's time never has it; its own date is the one the
            # parser hung on the verb right after the event's words
            return _date_after_phrase(node, cx)
        elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
            node = node.head.head
        elif statement and node.dep_ == "ccomp" and node.head.pos_ == "VERB":
            node = node.head
        elif statement and node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.pos_ == "VERB" and \
                node.i > node.head.i and not any(c.dep_ in ("mark", "nsubj", "advmod") for c in node.children):
            # "In February, X visited Panama City and met Y, demanding changes": a saying told by a participle
            # after its verb, with no word of its own time, is made while doing what that verb tells
            node = node.head
        else:
            break
        value, toks = cx.date_of(node)
        if not value:
            value, toks = _date_in_phrase(node, cx)
    return (value, toks) if value else (None, [])


#: Prepositions that place an event before or after the time of the clause they hang on.
_PLACED_BY = {"after", "before", "since", "following", "until", "till"}


def _date_after_phrase(noun, cx) -> tuple[str | None, list[int]]:
    """The date written right after the words of ``noun`` (a spaCy token) and its
    dependents, as "in February 2022", "on 24 February" or a bare date ("the invasion of
    Ukraine in February 2022"): the date nearest the noun's phrase is its own, wherever
    the parser hung it. Returns the value resolved against the publication date and the
    token indices of the date and its preposition, or ``(None, [])``."""
    end = max(t.i for t in noun.subtree) + 1
    doc = noun.doc
    prep = end if end < len(doc) and doc[end].lower_ in ("in", "on") else None
    start = end + 1 if prep is not None else end
    for ent in cx.dates:
        if ent.start == start:
            value = resolve(ent.text, cx.published)
            if value:
                return value, list(range(end, ent.end))
    return None, []


#: Nouns that name a measure or state of affairs by its kind, as the subject of "takes
#: effect" ("The invited countries' membership will take effect on January 1"): the
#: ontology class of the facts they refer back to.
EFFECT_NOUNS = {"membership": "Membership", "accession": "Membership", "withdrawal": "Withdrawal",
                "exit": "Withdrawal", "closure": "BorderClosure", "sanction": "Sanction", "ban": "Sanction",
                "embargo": "Sanction", "tariff": "Tariff", "levy": "Tariff", "duty": "Tariff",
                "agreement": "Agreement", "deal": "Agreement", "treaty": "Agreement", "accord": "Agreement",
                "pact": "Agreement", "recognition": "Recognition", "suspension": "Sanction"}
#: The date key "takes effect" sets: a membership starts then; anything else is in effect
#: from then (gkg:effectiveDate, the ontology's key for "when it takes effect").
_EFFECT_KEY = {"Membership": "startDate"}
#: Words saying a measure applies from the day it is taken.
_IMMEDIATE = re.compile(r"\b(?:with immediate effect|effective immediately|takes? effect immediately|"
                        r"with effect from today)\b", re.I)


def _takes_effect(verb) -> bool:
    """Whether ``verb`` (a spaCy token) is "take(s) effect", "enter(s) / come(s) into
    force" or "become(s) effective"."""
    kids = list(verb.children)
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in kids)
    if verb.lemma_ in ("enter", "come"):
        return any(c.dep_ == "prep" and c.lower_ == "into" and any(o.lower_ == "force" for o in c.children)
                   for c in kids)
    if verb.lemma_ == "become":
        return any(c.dep_ == "acomp" and c.lower_ == "effective" for c in kids)
    return False


def effect_dates(facts: list, cx) -> None:
    """Give facts the day they take effect, where the article says it apart from them.

    ``facts`` are the rules' drafted facts (``type``, ``attrs``, ``trigger``, ``roles``),
    changed in place; ``cx`` the rules' context (``doc``, ``date_of``, ``entities``).

    - "X takes effect on D" (or enters into force, becomes effective), where X is a noun
      of :data:`EFFECT_NOUNS`: the facts of that class drafted from the latest sentence
      before it that has any, and naming the entity X's possessor names if it has one
      ("Finland's membership"), start (``startDate`` for a membership) or take effect
      (``effectiveDate``) on D, unless they state that key already: "... inviting
      Argentina and Egypt to become full members. Their membership will take effect on
      January 1, 2024."
    - A fact dated in its own sentence that also says it applies "with immediate effect"
      ("suspended Madagascar with immediate effect on Wednesday") takes effect that day.
    """
    vocab = vocabulary()
    for f in facts:
        if f.trigger is not None and "date" in f.attrs and "effectiveDate" not in f.attrs and \
                f.type != "Membership" and _IMMEDIATE.search(f.trigger.sent.text):
            f.attrs["effectiveDate"] = f.attrs["date"]
    for verb in cx.doc:
        if verb.pos_ not in ("VERB", "AUX") or not _takes_effect(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        kind = EFFECT_NOUNS.get(subj.lemma_) if subj is not None else None
        if kind is None:
            continue
        value, toks = cx.date_of(verb)
        if not value:
            continue
        if verb.tag_ in ("VBZ", "VBP"):  # "takes effect in May": the next May, as "will take effect" reads it
            value = resolve(cx.doc[toks[0]: toks[-1] + 1].text, cx.published, future=True) or value
        key = _EFFECT_KEY.get(kind, "effectiveDate")
        owners = {e.id for c in subj.children if c.dep_ == "poss" for e in cx.entities(c)}
        earlier = [f for f in facts if f.trigger is not None and vocab.is_a(f.type, kind)
                   and f.trigger.sent.start < verb.sent.start and key not in f.attrs
                   and (not owners or owners & {getattr(e, "id", None) for es in f.roles.values() for e in es})]
        if not earlier:
            continue
        last = max(f.trigger.sent.start for f in earlier)
        for f in earlier:
            if f.trigger.sent.start == last:
                f.attrs[key] = value


#: Periods relative to the publication date that a day of an event lies within and
#: that :func:`resolve` leaves out as vague ("a visit to Minsk last week"): the claims
#: reader takes these words under ``date`` and stores the days they bound
#: (``dateEarliest``, ``dateLatest``; :mod:`kg.periods`, ``corpus/CLAIMS.md`` 'Vague
#: periods relative to the article's date').
_WITHIN = re.compile(r"^(?:(?:in|during|over)\s+)?(?:the\s+)?(last week|earlier this month|earlier this year|"
                     r"recent weeks|recent days)$", re.I)
#: Words before a period that make it a bound of a span, not the time of an event.
_BOUND_WORDS = ("since", "from", "until", "till", "by", "before", "after")


def relative_period(trigger, cx) -> tuple[str | None, list[int]]:
    """The words of a period relative to the publication date ("last week", "earlier
    this month") that date the clause of ``trigger`` (a spaCy token), for a fact whose
    clause states no day: a DATE entity of its sentence whose head reaches the trigger,
    or the noun or verb the trigger hangs on, through at most four heads without
    leaving its clause. Returns the words in the form the claims reader takes under
    ``date`` ("last week") and their token indices, or ``(None, [])``; nothing when the
    article has no publication date or a word of a bound precedes ("since last week")."""
    if cx.published is None:
        return None, []
    anchors = {trigger.i, trigger.head.i} if trigger.pos_ in ("NOUN", "PROPN") else {trigger.i}
    sent = trigger.sent
    for ent in cx.dates:
        if not (sent.start <= ent.start < sent.end):
            continue
        m = _WITHIN.match(" ".join(ent.text.split()))
        if m is None or (ent.start > 0 and cx.doc[ent.start - 1].lower_ in _BOUND_WORDS):
            continue
        node = ent.root
        for _ in range(4):
            if node.i in anchors:
                return m.group(1).lower(), list(range(ent.start, ent.end))
            if node.dep_ in ("ccomp", "relcl", "advcl", "acl", "parataxis") or node.head.i == node.i:
                break
            node = node.head
    return None, []


#: Pronouns that refer back to the subject of the sentence before.
_BACK = ("he", "she", "they", "it")  # "it": a body speaking again ("The ministry ... It said")


def continued_statement_dates(facts: list, cx) -> None:
    """Date a statement told right after a dated sentence of the same speaker, in the
    same paragraph, whose subject a pronoun takes up: "Colonel Ravo announced on Tuesday
    that the army had taken power. 'We are in charge,' he told reporters." (the second
    saying is Tuesday's too; so is "It said ..." after "The ministry on Tuesday rejected
    the claim."). The day of a news report's event is the time of the words
    that follow it only when they continue one act of one speaker; a statement by
    anyone else, one naming its speaker again, one in the next paragraph, or after a
    sentence dated coarser than a day keeps no date.

    ``facts`` are the rules' drafted facts (``type``, ``attrs``, ``trigger``), changed in
    place: ``date`` set (``YYYY-MM-DD``) on a statement (``Statement`` or a subclass)
    that has no date key; ``cx`` the rules' context (``doc``, ``text``, ``date_of``,
    ``entities``)."""
    vocab = vocabulary()
    for f in facts:
        t = f.trigger
        if t is None or not vocab.is_a(f.type, "Statement") or \
                any(k in f.attrs for k in ("date", "startDate", "endDate", "period")):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in _BACK or t.sent.start == 0:
            continue
        before = cx.doc[t.sent.start - 1].sent
        last = next((w for w in reversed(before) if not w.is_space), None)
        if last is None or "\n" in cx.text[last.idx + len(last.text): t.sent.start_char]:
            continue  # a new paragraph (the parser may hold its line break in the sentence before)
        root, earlier = before.root, next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if root.pos_ in ("PROPN", "NOUN"):  # "Colonel X, the unit's commander, announced on Tuesday ...", parsed
            verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)  # as a phrase
            root, earlier = (verb, root) if verb is not None else (root, None)
        speaker = {e.id for e in cx.entities(subj)}
        if earlier is None or not speaker or {e.id for e in cx.entities(earlier)} != speaker:
            continue
        value, _ = cx.date_of(root)
        if value and len(value) == 10:
            f.attrs["date"] = value


def since_event(trigger, cx) -> tuple[str | None, list[int]]:
    """The date of the event a state of affairs has lasted since ("has provided backing
    for the junta since its seizure of power in February 2021", "sanctions in place since
    the 2014 annexation"): a DATE entity on the noun after 'since' (after 'in', 'of' or
    'on', or as its modifier), on ``trigger``'s clause or, for a noun trigger (or a list of
    nouns it ends), on the verb whose subject or object it is.
    Returns the value the words state, resolved against the publication date, and their
    token indices, or ``(None, [])``. The caller makes it the fact's start; a date that
    follows 'since' itself ("since 2021") is the clause's own date, read by ``date_of``."""
    head = trigger
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "provided military and diplomatic backing": the list's first noun
    verbs = [trigger] + ([head.head] if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubj", "nsubjpass")
                         else [])
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "since":
                continue
            for event in prep.children:
                if event.dep_ != "pobj" or event.pos_ != "NOUN":
                    continue
                near = {event.i} | {c.i for c in event.children if c.dep_ in ("compound", "nummod", "nmod", "amod", "npadvmod")} | \
                    {o.i for c in event.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "on") for o in c.children}
                for ent in cx.dates:
                    if ent.root.i in near:
                        value = resolve(ent.text, cx.published)
                        if value:
                            return value, list(range(ent.start, ent.end))
    return None, []


def opening_word(toks: list[int], cx) -> str:
    """The word that opens the phrase of a date (``toks``: its token indices in
    ``cx.doc``), lower-cased: the word right before it ("since 2021": 'since'), or, for a
    date that modifies a noun, the preposition governing that noun ("since the 2021
    military coup": 'since', where the date is the coup's, so a visit "since" it is not
    dated by it); '' at the start of the text."""
    doc = cx.doc
    node = doc[toks[0]: toks[-1] + 1].root
    if node.dep_ in ("compound", "nummod", "amod", "nmod") and node.head.pos_ in ("NOUN", "PROPN"):
        head = node.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.i > toks[-1]:
            return head.head.lower_
    return doc[toks[0] - 1].lower_ if toks[0] > 0 else ""


#: A span of time a deadline counts: "five days", "a month", "two weeks".
_SPAN = re.compile(r"^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty)\s+"
                   r"(?:days?|weeks?|months?)$", re.I)


def deadlines(facts: list, cx) -> None:
    """Give a fact dated to the day the deadline its clause sets: "ordered a senior
    Canadian diplomat on Tuesday to leave the country within five days" is due five days
    after that Tuesday (``deadline``, at the precision dateparser gives the span: a day
    for days and weeks, a month for months). The span follows 'within' and hangs on the
    trigger or on the infinitive it governs; a deadline counted from anything else
    ("within 60 days of his removal") is left alone.

    ``facts`` are the rules' drafted facts (``attrs``, ``trigger``, ``tokens``), changed in
    place; ``cx`` the rules' context (``dates``, ``doc``)."""
    for f in facts:
        t, day = f.trigger, f.attrs.get("date")
        if t is None or "deadline" in f.attrs or not isinstance(day, str) or len(day) != 10:
            continue
        sent = t.sent
        for ent in cx.dates_in(sent.start, sent.end):
            if not sent.start < ent.start < sent.end:
                continue
            within = cx.doc[ent.start - 1]
            if within.lower_ != "within" or not _SPAN.match(ent.text.strip()) or \
                    any(c.dep_ == "prep" for c in ent.root.children):  # "within 60 days of his removal"
                continue
            verb = within.head
            if verb.i != t.i and not (verb.dep_ == "xcomp" and verb.head.i == t.i):
                continue
            data = _parser(dt.date.fromisoformat(day), True).get_date_data(f"in {ent.text}")
            if data is not None and data.date_obj is not None:
                d = data.date_obj.date()
                f.attrs["deadline"] = f"{d.year:04d}-{d.month:02d}" if data.period == "month" else d.isoformat()
                f.tokens += list(range(ent.start - 1, ent.end))  # the quote holds the words of the deadline
            break
