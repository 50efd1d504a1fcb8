"""A council's votes on texts put to it, as news of the UN Security Council and of like
bodies tells them: a draft vetoed by a member ("Russia vetoed a draft resolution in the
Security Council"), the tally a text received ("The text received 13 votes in favour"), an
amendment's own vote ("The amendment received seven votes in favour and seven against,
with one abstention, and failed"), the sponsors of a draft ("a text drafted by the United
States", "Russia and China proposed an amendment"), and a resolution extending a body's
mandate to a date ("voted unanimously ..., extending its mandate for 19 months, until 31
December 2025").

The facts are written as corpus/CLAIMS.md writes them (section "Vetoes, notices and
accessions, working days, resolutions, mandates, seats"): a ``Vote`` (Wikidata Q189760)
of the ``votingBody`` with ``vetoedBy`` (CAMEO 129 'veto', PLOVER REJECT), ``votedNo``,
``abstained``, the counts ``votesFor``/``votesAgainst``/``abstentions``/``votesNeeded``
and ``outcome``; a ``DraftResolution`` with its ``sponsor``; a ``Resolution`` with
``adoptedBy``, ``extendedTo`` (an ISO date) and ``extendedBy`` (the words of the length).

A council is the body named in the sentence, else the one body of a voting kind the
article names whose name's head word is council, board or assembly (never guessed
among two). A head of state's veto of a bill is a stage of the law (``kg vocabulary
vetoed``), not drafted here: the vetoing member must be a state and the text vetoed a
draft, resolution, amendment or motion.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract import dates
from kg.extract.facts.common import Context, Fact, _uniq, governed, preps, subjects
from kg.extract.quantities import WORDS, count_of

#: Nouns of a text a council votes on ("a draft resolution", "the text", "the amendment").
MOTION_NOUNS = {"resolution", "draft", "text", "amendment", "motion", "proposal"}
#: Kinds of entity that hold a council's vote.
COUNCIL_KINDS = ("InternationalOrganisation", "Organisation")
#: Head words of a council's name ("United Nations Security Council", "Board of Governors").
COUNCIL_HEADS = {"council", "board", "assembly"}
#: Verbs by which a text receives the votes counted ("received 13 votes in favour").
RECEIVE_VERBS = {"receive", "get", "win", "garner", "secure", "obtain", "gain"}
#: Verbs by which a state puts a text to a council ("proposed an amendment", "a text drafted by").
SPONSOR_VERBS = {"draft", "propose", "table", "submit", "sponsor", "circulate", "introduce", "put", "present"}
#: The outcome a verb joined to the tally's gives ("received seven votes ... and failed").
FATE_VERBS = {"fail": "rejected", "fall": "rejected", "pass": "adopted", "succeed": "adopted"}
#: Verbs that extend a term, and nouns of the term a body holds.
EXTEND_VERBS = {"extend", "renew", "prolong"}
MANDATE_NOUNS = {"mandate", "term"}
#: Nouns of a state's own law, which an amendment 'to' it amends ("an amendment to the
#: climate law"): a text of a legislature, not of a council.
LAW_NOUNS = {"law", "constitution", "bill", "act", "code", "budget", "statute", "legislation", "decree"}
#: Words that count texts vaguely ("several draft resolutions", "dozens of drafts"): a
#: record of vetoes over time, not one vote.
VAGUE_COUNTS = {"several", "many", "numerous", "multiple", "dozens", "scores", "countless", "repeated", "various"}

_NEEDED = re.compile(r"\b(?:the\s+)?(\d+|[a-z]+)\s+votes?\s+(?:required|needed)\b|"
                     r"\b(?:needed|required|needs|requires)\s+(?:at\s+least\s+)?(\d+|[a-z]+)\s+votes?\b", re.IGNORECASE)
_AGAINST = re.compile(r"\b(?:and\s+)?(\d+|[a-z]+)\s+(?:votes?\s+)?against\b", re.IGNORECASE)
_ABSTAIN = re.compile(r"\b(\d+|[a-z]+)\s+abstentions?\b", re.IGNORECASE)
_FOR = re.compile(r"\b(\d+|[a-z]+)\s+votes?\s+(?:in\s+favou?r|for\b)", re.IGNORECASE)


def _count(word: str | None) -> int | None:
    """The whole number a word writes ('13', 'seven', 'one'), else None."""
    if not word:
        return None
    return int(word) if word.isdigit() else WORDS.get(word.lower())


def council(sent: Span, cx: Context) -> list:
    """The council a vote in ``sent`` is held in: the body of :data:`COUNCIL_KINDS` the
    sentence names, else the one body of those kinds whose name's head word is one of
    :data:`COUNCIL_HEADS` among the article's mentions; [] when none or two."""
    own = _uniq([m.entity for m in cx.mentions if sent.start <= m.start < sent.end and m.entity.type in COUNCIL_KINDS
                 and _head(m.entity.label) in COUNCIL_HEADS])
    if own:
        return own if len(own) == 1 else []
    found = _uniq([m.entity for m in cx.mentions if m.entity.type in COUNCIL_KINDS
                   and _head(m.entity.label) in COUNCIL_HEADS])
    return found if len(found) == 1 else []


def _head(label: str) -> str:
    """The head word of a body's name, lower-case: the last word before its first 'of'."""
    words = label.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def _motion(tok: Token) -> bool:
    """Whether ``tok`` is a noun of a text put to a council (:data:`MOTION_NOUNS`), not a
    law ('bill', 'law': a head of state's veto is a stage of the law)."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in MOTION_NOUNS


def _amends_law(text: Token) -> bool:
    """Whether the text ``text`` is told as amending a law of :data:`LAW_NOUNS` ("an
    amendment to the climate law")."""
    return any(p.lower_ == "to" and any(o.lemma_.lower() in LAW_NOUNS for o in p.children if o.dep_ == "pobj")
               for p in text.children if p.dep_ == "prep")


def veto_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Russia vetoed a draft resolution in the Security Council", "the text was vetoed by
    Russia": a ``Vote`` of the council (:func:`council`) on the text, ``vetoedBy`` the
    state(s) that vetoed it (a government for its state, :func:`governed`), ``outcome``
    vetoed. [] for a negated veto, a vetoer that is no state (a president vetoing a bill),
    an object that is no text of a council, or texts counted vaguely ("has vetoed several
    draft resolutions": a record, not one vote, :data:`VAGUE_COUNTS`)."""
    if tok.pos_ != "VERB" or tok.lemma_ != "veto" or any(c.dep_ == "neg" for c in tok.children):
        return []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    if passive:
        texts = [c for c in tok.children if c.dep_ == "nsubjpass"]
        who = preps(tok, {"by"})
    else:
        texts = [c for c in tok.children if c.dep_ == "dobj"]
        who = [s for s in subjects(tok) if s.dep_ == "nsubj"]
    if len(texts) != 1 or not _motion(texts[0]) or \
            any(c.lower_ in VAGUE_COUNTS for c in texts[0].children if c.dep_ in ("amod", "nummod", "det", "quantmod")):
        return []
    vetoers = _uniq([e for w in who for e in governed(cx.entities(w), cx) if e.type == "State"])
    body = council(tok.sent, cx)
    if not vetoers or not body:
        return []
    toks = [tok.i, *(t.i for w in who for t in w.subtree), *(t.i for t in texts[0].subtree if t.dep_ != "relcl"
                                                               and t.i <= _np_end(texts[0]))]
    return [Fact("Vote", {"votingBody": body, "vetoedBy": vetoers}, {"outcome": "vetoed"}, tokens=toks, split=False,
                 clause=False)]


def _np_end(noun: Token) -> int:
    """The last token of ``noun``'s phrase before a relative clause hangs on it ("a draft
    resolution in the Council that would have ...": 'Council')."""
    stop = min([c.left_edge.i for c in noun.children if c.dep_ == "relcl"] or [noun.sent.end])
    return max(t.i for t in noun.subtree if t.i < stop)


def received_votes_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The text received 13 votes in favour in the council": the tally of the vote on a
    text, from a verb of :data:`RECEIVE_VERBS` whose subject is a text
    (:data:`MOTION_NOUNS`) and whose object counts votes. Its counts (``votesFor``,
    ``votesAgainst``, ``abstentions``, ``votesNeeded``) and the outcome a joined verb
    gives ("and failed"). An amendment's tally is a vote of its own in the council, with
    the members the sentence names for a side (:func:`named_sides`); any other text's is a
    claim of its counts on the vote drafted before it (``refers``; none before: nothing
    drafted). [] when the subject is a person or party (an election)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in RECEIVE_VERBS:
        return []
    subj = [s for s in subjects(tok) if s.dep_ == "nsubj"]
    votes = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_ == "vote"
             and any(n.dep_ == "nummod" and count_of(n) is not None for n in c.children)]
    if len(subj) != 1 or not _motion(subj[0]) or not votes or subj[0].i in cx.at:
        return []
    body = council(tok.sent, cx)
    if not body:
        return []
    text = tok.sent.text
    attrs: dict = {"votesFor": count_of(next(n for n in votes[0].children if n.dep_ == "nummod"))}
    after = tok.doc[votes[0].i + 1: tok.sent.end].text
    for key, pattern in (("votesAgainst", _AGAINST), ("abstentions", _ABSTAIN)):
        m = pattern.search(after)
        if m and _count(m.group(1)) is not None:
            attrs[key] = _count(m.group(1))
    needed = _NEEDED.search(text)
    if needed and _count(needed.group(1) or needed.group(2)) is not None:
        attrs["votesNeeded"] = _count(needed.group(1) or needed.group(2))
    fate = [c for c in tok.children if c.dep_ == "conj" and c.lemma_ in FATE_VERBS]
    if fate:
        attrs["outcome"] = FATE_VERBS[fate[0].lemma_]
    end = max(fate[0].i if fate else tok.i, votes[0].i, *(t.i for t in tok.sent if t.lemma_.lower() in ("abstention", "against")
                                                        or (needed and t.lower_ in ("required", "needed"))))
    start = min(subj[0].left_edge.i, tok.i)
    if subj[0].lemma_.lower() == "amendment":
        sides, last = named_sides(tok.sent, cx)
        toks = list(range(start, max(end, last) + 1))
        return [Fact("Vote", {"votingBody": body, **sides}, attrs, tokens=toks, split=False, clause=False)]
    # the tally of the vote told before: its counts, on that fact; the members named for each side
    # are read with the sentences that name them (vote_stance_rules)
    return [Fact("Vote", {}, attrs, tokens=list(range(start, end + 1)), split=False, clause=False, undated=True,
                 refers=("fact", ("Vote",)))]


def named_sides(sent: Span, cx: Context) -> tuple[dict[str, list], int]:
    """The states ``sent`` names for a side of a vote, read on the words: a state (or a
    list of states joined by commas and 'and') followed by 'voted against' (``votedNo``),
    'voted for' or 'voted in favour' (``votedYes``), or 'abstained' (``abstained``).
    Returns (key -> states, the index of the last token read, -1 when none)."""
    out: dict[str, list] = {}
    last = -1
    states = [m for m in cx.mentions if sent.start <= m.start < sent.end and m.entity.type == "State"]
    for m in states:
        k = m.end
        doc = sent.doc
        # skip the states listed after it ("Russia and China abstained")
        while k < sent.end:
            nxt = next((o for o in states if o.start == k or (o.start == k + 1 and doc[k].lower_ in (",", "and"))), None)
            if nxt is None:
                break
            k = nxt.end
        words = [t.lower_ for t in doc[k: min(k + 3, sent.end)]]
        key = None
        if words[:1] == ["abstained"]:
            key, end = "abstained", k
        elif words[:2] == ["voted", "against"]:
            key, end = "votedNo", k + 1
        elif words[:2] == ["voted", "for"] or words[:3] == ["voted", "in", "favour"] or words[:3] == ["voted", "in", "favor"]:
            key, end = "votedYes", k + (2 if words[1] == "in" else 1)
        if key:
            out.setdefault(key, [])
            out[key] = _uniq(out[key] + [m.entity])
            last = max(last, end)
    return out, last


def sponsor_rules(tok: Token, cx: Context) -> list[Fact]:
    """"a text drafted by the United States", "The text, put forward by the United States
    and Japan", "Russia and China proposed an amendment": a ``DraftResolution`` whose
    ``sponsor`` are the states that put the text to a council. Only in an article that
    tells a vote of a council (:func:`council`, a vote or veto named), so that a
    government proposing an amendment to its own law is left alone, as is an amendment told
    as one to a law (:func:`_amends_law`). [] for no state."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SPONSOR_VERBS:
        return []
    if tok.lemma_ == "put" and not any(c.lower_ == "forward" for c in tok.children):
        return []
    if tok.dep_ == "acl" and _motion(tok.head):
        text, who = tok.head, preps(tok, {"by"})
    elif tok.dep_ != "acl" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        text, who = (objs[0] if len(objs) == 1 else None), [s for s in subjects(tok) if s.dep_ == "nsubj"]
    else:
        return []
    if text is None or not _motion(text) or not who or _amends_law(text):
        return []
    if not council(tok.sent, cx) or not any(t.lemma_ in ("vote", "veto") for t in cx.doc):
        return []
    sponsors = _uniq([e for w in who for e in governed(cx.entities(w), cx) if e.type == "State"])
    if not sponsors:
        return []
    toks = [t.i for t in text.subtree if t.i <= tok.i or t.i in {x.i for x in tok.subtree}] if tok.dep_ == "acl" else \
        [tok.i, *(t.i for w in who for t in w.subtree), *(t.i for t in text.subtree if t.i <= _np_end(text))]
    if tok.dep_ == "acl":
        toks = [text.i, *(d.i for d in text.children if d.dep_ == "det" and d.i < text.i), *(t.i for t in tok.subtree)]
    return [Fact("DraftResolution", {"sponsor": sponsors}, tokens=toks, split=False, clause=False, undated=True)]


def mandate_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Security Council voted to ..., extending its mandate for 19 months, until 31
    December 2025", "the Council extended the mission's mandate until 30 June": a
    ``Resolution`` adopted by the council, with ``extendedTo`` the date after
    'until'/'to'/'through' and ``extendedBy`` the words of the length after 'for'. The
    extender is the verb's subject, or the subject of the clause a participle hangs on; it
    must be a council (:func:`council`), never a state or a person. [] with no end date."""
    if tok.pos_ != "VERB" or tok.lemma_ not in EXTEND_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in MANDATE_NOUNS]
    if len(objs) != 1:
        return []
    who = [s for s in subjects(tok) if s.dep_ == "nsubj"]
    if not who and tok.dep_ == "advcl" and tok.tag_ == "VBG":
        who = [s for s in subjects(tok.head) if s.dep_ == "nsubj"]
    bodies = _uniq([e for w in who for e in cx.entities(w) if e.type in COUNCIL_KINDS])
    body = council(tok.sent, cx)
    if not bodies or not body or bodies[0].id != body[0].id:
        return []
    until = preps(tok, {"until", "till", "through", "to"})
    if len(until) != 1:
        return []
    end = dates.resolve(" ".join(t.text for t in until[0].subtree), cx.published, True)
    if not end or len(end) != 10:
        return []
    attrs: dict = {"extendedTo": end}
    length = [o for o in preps(tok, {"for"}) if o.lemma_ in ("month", "year", "week", "day")
              and any(c.dep_ == "nummod" for c in o.children)]
    toks = [tok.i, *(t.i for t in objs[0].subtree), *(t.i for t in until[0].head.subtree)]
    if length:
        attrs["extendedBy"] = " ".join(t.text for t in length[0].subtree)
        toks += [t.i for t in length[0].head.subtree]
    # the day of the decision: its clause's, or that of a clause it hangs on ("voted on Friday ...,
    # extending"), never the end date after 'until'
    bound = {t.i for t in until[0].head.subtree}
    for verb in (tok, *(a for a in tok.ancestors if a.pos_ in ("VERB", "AUX"))):
        day, where = cx.date_of(verb)
        if day and not bound & set(where):
            attrs["date"] = day
            toks += where
            break
    return [Fact("Resolution", {"adoptedBy": body}, attrs, tokens=toks, split=False, clause=False)]


#: The rules of this module, in the order they run, and the words that trigger them.
COUNCIL_RULES = (veto_rules, received_votes_rules, sponsor_rules, mandate_rules)
COUNCIL_TRIGGERS = {"veto"} | RECEIVE_VERBS | SPONSOR_VERBS | EXTEND_VERBS
