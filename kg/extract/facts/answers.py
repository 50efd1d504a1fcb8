"""A referendum's answers counted as a results release writes them: "A total of 5,561,937
voters, or 71.12 percent of those who took part, answered yes to the question", "2,045,271
voters, or 26.15 percent, answered no", "61 percent of voters said yes".

Each is the ``result`` of the referendum the article told before (corpus/CLAIMS.md: a
``Referendum``'s ``result`` with ``option``, ``votes`` and ``share``, as "kg vocabulary
referendum" writes it), a claim on that fact, undated (the day the figures are given is
not the vote's). Nothing in an article with no referendum drafted before it, nor where
the sentence names an election (a candidate's votes are another fact), an opinion poll
("61 percent of voters said yes in a survey") or a date over a year before publication
("In the 2016 vote, 59 percent said no": another vote told in passing).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.facts.common import Context, Fact

#: Verbs by which voters give their answer ("answered yes", "voted no", "said yes").
ANSWER_VERBS = {"answer", "vote", "say", "choose", "tick", "mark"}

_COUNT = r"(\d{1,3}(?:,\d{3})+|\d+)"
_SHARE = r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|per\s*cent|percent)"
#: "5,561,937 voters, or 71.12 percent of those who took part, answered yes"
_COUNTED_ANSWER = re.compile(_COUNT + r"\s+(?:voters|citizens|people|ballots|votes|electors)"
                             r"(?:\s*,\s*or\s+" + _SHARE + r"[^,.;]*,)?\s+(?:answered|voted|said|chose|ticked|marked)"
                             r"\s+[\"“'‘]?(yes|no)\b", re.IGNORECASE)
#: "61 percent of voters said yes"
_SHARE_ANSWER = re.compile(_SHARE + r"\s+of\s+(?:the\s+)?(?:voters|those\s+who\s+(?:voted|took\s+part)|ballots|votes)"
                           r"\s+(?:answered|voted|said|chose)\s+[\"“'‘]?(yes|no)\b", re.IGNORECASE)
#: Words of an election, whose counts are a candidate's.
ELECTION_WORDS = {"election", "elections", "candidate", "runoff", "presidential", "parliamentary"}
#: Words of an opinion poll, whose shares are of those asked, not of those who voted
#: ("61 percent of voters said yes in a survey").
POLL_WORDS = {"poll", "polls", "survey", "surveys", "pollster", "pollsters", "respondents", "surveyed", "polled",
              "questioned", "interviewed"}


def _earlier_vote(sent, cx: Context) -> bool:
    """Whether the sentence ``sent`` dates what it counts more than a year before the
    publication ("In the 2016 vote, 59 percent said no"): a past vote told in passing,
    not the referendum of the article."""
    if cx.published is None:
        return False
    for ent in cx.dates_in(sent.start, sent.end):
        day = dates.resolve(ent.text, cx.published)
        if day and int(day[:4]) < cx.published.year - 1:
            return True
    return False


def _number(text: str) -> int | float:
    """A figure as written ('5,561,937', '71.12', '26,15' with a decimal comma)."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        return int(text.replace(",", ""))
    v = float(text.replace(",", "."))
    return int(v) if v == int(v) else v


def answer_rules(tok: Token, cx: Context) -> list[Fact]:
    """The answers a sentence counts (:data:`_COUNTED_ANSWER`, :data:`_SHARE_ANSWER`), as
    the ``result`` of the last referendum drafted before it: ``[{option: yes, votes:
    5561937, share: 71.12}]``. ``tok``: the sentence's first verb of :data:`ANSWER_VERBS`
    followed by 'yes' or 'no'; returns [] or one claim."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ANSWER_VERBS or not cx.referendums:
        return []
    sent = tok.sent
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    first = next((t for t in sent if t.lemma_ in ANSWER_VERBS and t.pos_ == "VERB"
                  and t.i + 1 < sent.end and t.doc[t.i + 1].lower_.strip("\"“'‘") in ("yes", "no")), None)
    if nxt is None or first is None or first.i != tok.i:
        return []
    if any(t.lower_ in ELECTION_WORDS | POLL_WORDS for t in sent) or _earlier_vote(sent, cx):
        return []
    text = sent.text
    results, spans = [], []
    for m in _COUNTED_ANSWER.finditer(text):
        r = {"option": m.group(3).lower(), "votes": _number(m.group(1))}
        if m.group(2):
            r["share"] = _number(m.group(2))
        results.append(r)
        spans.append(m.span())
    for m in _SHARE_ANSWER.finditer(text):
        results.append({"option": m.group(2).lower(), "share": _number(m.group(1))})
        spans.append(m.span())
    if not results:
        return []
    toks = []
    for a, b in spans:
        span = cx.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
        toks += [t.i for t in span] if span is not None else []
    return [Fact("Referendum", {"heldIn": cx.referendums[-1:]}, {"result": results}, tokens=toks, split=False,
                 clause=False, undated=True)]
