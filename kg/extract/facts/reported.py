"""Reported speech in the forms :func:`~kg.extract.facts.diplomacy.said_rules` does not
read: a saying in a participle after another act ("rejected the claims, adding that
...", "..., saying the talks were over"), a speaker who
would not comment or did not mention someone ("Moscow did not comment on the incident",
"Chile made no comment"), a briefing given to a named body ("X briefed the Security
Council"),
and a warning given to someone with nothing more said of it ("Washington had warned
Moscow"). Each is a ``Statement`` (corpus/CLAIMS.md, "Speakers, unnamed sources,
hedging, denials"; CAMEO 01 "make public statement", PLOVER has no event for it) by
its speaker, about whom the words name where one is clear; a refusal to comment is one
of negative polarity. The class stays the general Statement: these words do not say
which kind.

Words that tell an event ("adding that the deal had been signed") are that event's
claim, reported by the speaker, not a statement of their own: the same test as the
main rule (:func:`~kg.extract.facts.diplomacy._eventful`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, SAY_VERBS, Context, Fact, _poss, _uniq, doers, objects, preps, subjects
from kg.extract.facts.diplomacy import PUNITIVE_NOUNS, _direct, _eventful, _unnamed_speakers
from kg.extract.mentions import Known

#: Verbs of commenting, which negated say the speaker would not speak of something.
COMMENT_VERBS = {"comment", "respond", "reply", "react"}
#: Nouns of a comment ("made no comment", "had no immediate response").
COMMENT_NOUNS = {"comment", "response", "reaction"}
#: Words for the triggers of :data:`kg.extract.facts.run.TRIGGERS`.
REPORTED_TRIGGERS = SAY_VERBS | COMMENT_VERBS | COMMENT_NOUNS | {"mention", "brief"}


def _speakers(subj: list[Token], cx: Context) -> tuple[list, tuple | None]:
    """(named speakers, unnamed speakers as ("unnamed officials", their state) or None)
    of the subject tokens ``subj``: names that are no place nor news outlet, else a plural
    noun of people of :data:`kg.extract.speech.UNNAMED`."""
    if not subj:
        return [], None
    named = _uniq([e for s_ in subj for e in cx.entities(s_) if e.type not in NOT_ACTORS])
    return named, None if named or len(subj) != 1 else _unnamed_speakers(subj[0], cx)


def _about(clause: Token, speaker: list, cx: Context) -> list:
    """Whom the reported clause is about: the names its subject gives (or the subject's
    possessor's), leaving out the speakers and their own states."""
    about = [e for s_ in subjects(clause) + [c for c in clause.children if c.dep_ == "nsubjpass"]
             for e in cx.entities(s_) or [e for c in _poss(s_) for e in cx.entities(c, conj=False)]]
    own = {e.id for e in speaker} | {e.state for e in speaker if e.state} | \
        {cx.person_state[e.id].id for e in speaker if e.id in cx.person_state}
    return [e for e in _uniq(about) if e.id not in own and e.type not in NOT_ACTORS]


def _statement(tok: Token, named: list, unnamed: tuple | None, about: list, extra: list[int],
               negative: bool = False) -> list[Fact]:
    """One Statement of the speakers, or [] when none is named nor described."""
    if not named and unnamed is None:
        return []
    roles = {"speaker": named} if named else {}
    if about:
        roles["about"] = about
    f = Fact("Statement", roles, tokens=[tok.i, *extra], statement=False, said=True, negative=negative)
    if unnamed is not None:
        f.qualified["speaker"] = unnamed
    return [f]


def _observers_from(subj: Token, named: list, cx: Context) -> tuple[str, Known] | None:
    """("unnamed observers", the body) when ``subj`` is people who observe
    (:data:`OBSERVER_PEOPLE`) whose 'from' or 'of' names the one body they belong to,
    and no name stands elsewhere in the subject ("Observers from the Commonwealth of
    Independent States", "monitors of the African Union"); None otherwise, so that "the
    OSCE observers" and "the observation mission of ODIHR" stay the bodies' own words."""
    if subj.lemma_.lower() not in OBSERVER_PEOPLE or subj.tag_ != "NNS" or len(named) != 1:
        return None
    inner = {t.i for o in preps(subj, {"from", "of"}) for t in o.subtree}
    if not inner or any(t.i in cx.at and t.i not in inner for t in subj.subtree):
        return None
    words = " ".join(t.lower_ for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "poss", "case"))
    return f"unnamed {words}", named[0]


def added_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The embassy rejected the claims, adding that China does not condone attacks", "...,
    saying the talks were over": a verb of saying in a participle (VBG) hung on another
    verb that is no verb of saying (then the remark is that verb's), with a clause of its
    own; the speaker is the subject of the verb it hangs on (not
    a relative clause's, nor that of a verb a clause or an apposition stands apart from).
    Input: a token and its :class:`Context`; output: [] or one Statement."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG" or tok.lemma_ not in SAY_VERBS or \
            tok.dep_ not in ("advcl", "xcomp", "conj") or any(c.dep_ == "nsubj" for c in tok.children):
        return []
    comp = [c for c in tok.children if c.dep_ == "ccomp"]
    if not comp or (not _direct(tok, comp[0]) and _eventful(comp[0])):
        return []
    if tok.head.lemma_ in SAY_VERBS:
        return []  # "X said ..., adding that ...": one remark, the verb of saying's (said_rules)
    between = tok.doc[min(tok.head.i, tok.i) + 1: tok.i]
    if tok.head.dep_ in ("relcl", "acl") or any(t.dep_ in ("relcl", "acl", "appos", "npadvmod") for t in between):
        return []  # "..., an accusation China rejects, insisting ...": whose saying it is, the parse cannot tell
    subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    named, unnamed = _speakers(subj, cx)
    return _statement(tok, named, unnamed, _about(comp[0], named, cx), [s_.i for s_ in subj])


def no_comment_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Moscow did not comment on the incident", "Israel has not responded", "the ministry
    made no comment", "Putin did not mention the Islamic State": a Statement of negative
    polarity by the subject (a name, or unnamed speakers of a state), about whom it names. A refusal to comment ("declined to comment") is read by
    :func:`~kg.extract.facts.diplomacy.declined_comment_rules`. Input: a token and its
    :class:`Context`; output: [] or one Statement."""
    if tok.pos_ == "VERB" and tok.lemma_ in COMMENT_VERBS | {"mention"} and any(c.dep_ == "neg" for c in tok.children):
        verb = tok
    elif tok.pos_ == "NOUN" and tok.lemma_ in COMMENT_NOUNS and tok.dep_ == "dobj" and \
            any(c.lower_ == "no" for c in tok.children) and tok.head.lemma_ in ("make", "have", "give", "offer"):
        verb = tok.head
    else:
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    named, unnamed = _speakers(subj, cx)
    spoken_of = preps(tok, {"on", "to"}) + ([o for o in objects(tok) if o.dep_ == "dobj"] if tok.lemma_ == "mention" else [])
    if tok.lemma_ == "mention" and not spoken_of:
        return []
    about = [e for o in spoken_of for e in cx.entities(o) if e.type not in NOT_ACTORS]
    about = [e for e in _uniq(about) if e.id not in {x.id for x in named}]
    return _statement(tok, named, unnamed, about, [verb.i, *(s_.i for s_ in subj)], negative=tok.i != verb.i)


def warned_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Washington had warned Moscow", "Chile warned Peru about the risks": a warning
    given to a named party with no words reported (a clause is read by the main rule, a
    penalty warned of is a Threat, a warning 'against' an act an Appeal): a Statement by
    the subject about whom it warned. Input: a token and its :class:`Context`; output:
    [] or one Statement."""
    if tok.pos_ != "VERB" or tok.lemma_ != "warn" or \
            any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in tok.children) or preps(tok, {"against"}) or \
            any(o.lemma_.lower() in PUNITIVE_NOUNS for o in preps(tok, {"of"})):
        return []
    about = _uniq([e for o in objects(tok) if o.dep_ == "dobj" for e in cx.entities(o) if e.type not in NOT_ACTORS])
    subj = doers(tok)
    named, unnamed = _speakers(subj, cx)
    about = [e for e in about if e.id not in {x.id for x in named}]
    if not about:
        return []
    return _statement(tok, named, unnamed, about, [s_.i for s_ in subj])


def briefed_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X briefed the Security Council on the launch": a briefing (CAMEO 010 "make
    statement") is a Statement by the subject, its ``recipient`` the named body or person
    briefed. In a participle ("Briefing the council, X said ..."), the speaker is the
    subject of the verb of saying it hangs on. Input: a token and its :class:`Context`;
    output: [] or one Statement."""
    if tok.pos_ != "VERB" or tok.lemma_ != "brief":
        return []
    briefed = [o for o in objects(tok) if o.dep_ == "dobj"]
    recipient = _uniq([e for o in briefed for e in cx.entities(o) if e.type not in NOT_ACTORS])
    if tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.lemma_ in SAY_VERBS:
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    elif recipient:
        subj = doers(tok)
    else:
        return []
    named, unnamed = _speakers(subj, cx)
    recipient = [e for e in recipient if e.id not in {x.id for x in named}]
    facts = _statement(tok, named, unnamed, [], [*(s_.i for s_ in subj), *(o.i for o in briefed)])
    for f in facts:
        if recipient:
            f.roles["recipient"] = recipient
    return facts


#: Words that make a speaker an election observer ("international observers", "the joint
#: observation mission of ODIHR", "election monitors", "the CIS mission": a body's mission
#: speaks for the body, and only of a vote is it read as observing).
OBSERVER_WORDS = {"observer", "observation", "monitor", "monitoring", "mission"}
#: Nouns of the people who observe, who belong to the body their 'from' or 'of' names
#: ("observers from the CIS": unnamed observers of the CIS, corpus/CLAIMS.md's ``of``).
OBSERVER_PEOPLE = {"observer", "monitor"}
#: Nouns of an election or a vote whose conduct observers judge.
POLL_NOUNS = {"election", "elections", "vote", "poll", "polls", "ballot", "referendum", "voting"}
#: Verbs of observers giving their findings.
FINDING_VERBS = {"say", "conclude", "find", "state", "report", "note", "assess"}


def observed_poll_rules(tok: Token, cx: Context) -> list[Fact]:
    """An election observation mission's findings: "the OSCE/ODIHR observers said the
    election took place in a restrictive environment", "international observers said the
    vote lacked genuine competition", "Sunday's elections were efficiently prepared,
    observers said". An ``Assessment`` (corpus/CLAIMS.md: a speaker's judgement, here of
    the election, the fact its ``about`` names; CAMEO 01 'make public statement', PLOVER
    has no event for it) by the bodies the subject names (ODIHR, the OSCE Parliamentary
    Assembly), or unnamed observers when it names none, with the clause in ``subject``;
    people from a body ("observers from the CIS") are unnamed observers ``of`` it
    (:func:`_observers_from`), and the day they spoke is the claim's ``said_on``, not a
    date of the election. The speaker must be an observer (:data:`OBSERVER_WORDS` in the subject's words) and the
    clause's subject an election or vote (:data:`POLL_NOUNS`); anyone else's words about a
    vote, and observers' words about anything else, are left to the other rules."""
    if tok.pos_ != "VERB" or tok.lemma_ not in FINDING_VERBS:
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or not {t.lemma_.lower() for t in subj[0].subtree} & OBSERVER_WORDS:
        return []
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses and tok.dep_ in ("parataxis", "ccomp") and tok.head.pos_ in ("VERB", "AUX"):
        clauses = [tok.head]  # "The elections were efficiently prepared, observers said"
    clause = next((c for c in clauses if any(s_.dep_ in ("nsubj", "nsubjpass") and s_.lower_ in POLL_NOUNS
                                             for s_ in c.children)), None)
    if clause is None:
        return []
    named = _uniq([cx.at[t.i].entity for t in subj[0].subtree if t.i in cx.at
                   and cx.at[t.i].entity.type in ("Organisation", "InternationalOrganisation", "State", "Person")])
    unnamed = None if named else _unnamed_speakers(subj[0], cx)
    body = _observers_from(subj[0], named, cx)
    if body is not None:  # "observers from the CIS": people of the body speak, not the body itself
        named, unnamed = [], body
    if not named and unnamed is None:
        words = " ".join(t.lower_ for t in subj[0].subtree if t.dep_ not in ("det", "poss", "case"))
        unnamed = (f"unnamed {words}", None)
    poll = next(s_ for s_ in clause.children if s_.dep_ in ("nsubj", "nsubjpass") and s_.lower_ in POLL_NOUNS)
    # what they found: the clause after its subject ("took place in a restrictive environment")
    found = [t for t in clause.subtree if t.i > poll.right_edge.i and t.i not in {x.i for x in tok.subtree} - {
        x.i for x in clause.subtree}]
    f = Fact("Assessment", {"speaker": named} if named else {}, tokens=[tok.i, clause.i], said=True,
             about_kinds=(poll.lemma_.lower(), ("Election", "Vote", "Referendum")), said_dated=True)
    if found:
        f.attrs["subject"] = cx.doc[found[0].i:found[-1].i + 1].text.strip(" ,")
    if unnamed is not None:
        f.qualified["speaker"] = unnamed
        if body is not None:
            f.members_of.add("speaker")
    return [f]
