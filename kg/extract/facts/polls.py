"""Elections an article about one state announces with their day and no state named in
the sentence: "A general election is scheduled for 29 October", "The presidential
election will take place on 12 April", "Parliamentary elections are set for March".

:func:`kg.extract.facts.politics.election_rules` finds the state of an election in its
sentence (a demonym, a possessor, 'in', a candidate's state); a news report on one state
names it in earlier sentences and then writes its election bare. An ``Election``
(Wikidata Q40231; CAMEO has no code for a vote held) is held in the state the report is
about (:func:`_own_state`: its dateline's, or the one it names far more than any other,
:func:`kg.extract.facts.offices._leading_state`), on the day the
clause gives, planned when that day is to come. Nothing when the sentence names any state
or a person (the election may be theirs), when the article leads with no one state, for an
election of a person by a body ("the election of the new speaker") or of a party or
another body ("the party's leadership election", "the works council election"), and for one not held or only possible ("was not
held", "could take place", "if an election is held").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, preps
from kg.extract.facts.offices import _leading_state
from kg.extract.facts.politics import _kind_words, is_election_word
from kg.extract.facts.venues import _not_told_as_held
from kg.extract.mentions import Known

#: Verbs of an election's day being set or the election taking place ("is scheduled for",
#: "will be held on", "takes place on", "is due on").
SCHEDULE_VERBS = {"schedule", "set", "slate", "plan", "fix", "hold", "take", "due"}

#: Words before an election noun that make it the election of a party or another body.
INTERNAL_WORDS = {"party", "leadership", "primary", "primaries", "internal", "board", "club", "union", "student",
                  "committee", "works", "company", "shareholder", "staff", "faculty", "church", "synod",
                  "association", "federation", "guild", "chapter"}


def _scheduling_verb(tok: Token) -> Token | None:
    """The verb that gives an election noun its day as its subject: "the election is
    scheduled for", "will be held on", "takes place on", "is due on"; else None."""
    verb = tok.head
    if tok.dep_ == "nsubjpass" and verb.lemma_ in SCHEDULE_VERBS:
        return verb
    if tok.dep_ == "nsubj" and verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lemma_ == "place" for c in verb.children):
        return verb
    if tok.dep_ == "nsubj" and verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
        return verb
    return None


def _own_state(cx: Context) -> Known | None:
    """The state a report on one state is about: the state of its wire dateline when the
    text names it too (by name or demonym) and no other state leads the article ("THE
    HAGUE, 22 August - ..." on Dutch politics that names Israel often); else, with no
    dateline, the state the article names far more than any other; None when the dateline's
    state and the leading one differ (a report from Washington on Venezuela)."""
    leading, filed = _leading_state(cx), cx.dateline_state
    if filed is None:
        return leading
    named = any(m.form in ("name", "demonym") and any(getattr(cx.resolver.state_of(e), "id", None) == filed.id
                                                      for e in m.entities if e.type in ("State", "Government"))
                for m in cx.mentions)
    return filed if named and (leading is None or leading.id == filed.id) else None


def scheduled_election_rules(tok: Token, cx: Context) -> list[Fact]:
    """"A general election is scheduled for 29 October", "The election will take place
    on 12 April": an Election held in the article's leading state on the clause's day.
    [] when the sentence names a state or person, the article leads with no one state,
    the clause gives no day, or the election is a body's or party's, or is not held."""
    if not is_election_word(tok) or preps(tok, {"of", "for", "to"}):
        return []  # "the election of the new speaker", "the election to the board": a body choosing
    # the words before the noun, down their own modifiers ("the works council election": 'works' on 'council')
    if any(c.lower_ in INTERNAL_WORDS or c.lemma_.lower() in INTERNAL_WORDS for m in tok.children
           if m.dep_ in ("amod", "compound", "poss", "nmod") for c in m.subtree):
        return []
    verb = _scheduling_verb(tok)
    if verb is None or _not_told_as_held(verb):
        return []
    sent = tok.sent
    if any(e.type in ("State", "Government", "Person", "MilitaryGovernment") or e.state
           for m in cx.mentions_in(sent.start, sent.end) for e in m.entities):
        return []  # a state or person named: election_rules reads it, or the election may be theirs
    state = _own_state(cx)
    if state is None:
        return []
    date, toks = cx.date_of(verb)
    if not date:
        return []
    f = Fact("Election", {"heldIn": [state]}, {"description": _kind_words(tok, "election"), "date": date},
             tokens=[*(t.i for t in tok.subtree), verb.i, *toks])
    f.read_as["heldIn"] = f"the state the article is about, {state.label}"
    f.planned = cx.published is not None and date > cx.published.isoformat()
    return [f]
