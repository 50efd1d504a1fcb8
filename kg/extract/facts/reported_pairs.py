"""A second reported clause joined to the verb of saying: "X said Iran had taken no
serious steps to avoid the sanctions, but that diplomacy should continue", "X said on
Monday the talks had failed, and that a new round would follow".

News English reports two things one speaker said with one verb of saying and a second
clause opened by 'and that' or 'but that'. When the parser joins that second clause to
the verb of saying itself (not to the first clause, where the statement rules quote both
as one), the second clause is a statement of its own by the same speaker (corpus/CLAIMS.md,
"one claim per fact"; CAMEO 010 'make statement', PLOVER none): a Statement whose quote
is the second clause, drafted beside the first as its second part.

Input: the 'that' opening a clause joined to a verb of saying
(:data:`~kg.extract.facts.common.SAY_VERBS`). Output: one Statement for the clause, its
speaker the first statement's (its roles copied from
:func:`~kg.extract.facts.diplomacy.said_rules`), ``about`` the entities the clause's own
subject names, if any. Nothing when the joined verb opens no clause with 'that' (a
second act of the speaker, "said ... and left", is not words said) or when the first
statement names no speaker.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kg.extract.facts.common import SAY_VERBS, Context, Fact, _uniq

#: Words that open a reported clause.
CLAUSE_MARKS = {"that"}
#: Conjunctions that join a second thing said.
JOINING = {"and", "but"}


def _joined_clauses(verb: Token) -> list[Token]:
    """The verbs of clauses joined to the verb of saying ``verb`` after it, each opened by
    'that' (its first word) and joined by 'and' or 'but' ("..., but that diplomacy should
    continue")."""
    out = []
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or c.i < verb.i:
            continue
        if c.left_edge.lower_ not in CLAUSE_MARKS:  # the parser may read 'that' as a determiner there
            continue
        joints = [t for t in verb.doc[verb.i + 1:c.left_edge.i] if t.dep_ == "cc" and t.head.i == verb.i]
        if joints and joints[-1].lower_ in JOINING:
            out.append(c)
    return out


def second_clause_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Statement for an 'and that' / 'but that' clause joined to a verb of saying, read
    from ``tok``, the clause's 'that' (the fact's trigger, so that its quote is the clause
    alone and not the first thing said again); the module docstring gives its roles."""
    if tok.lower_ not in CLAUSE_MARKS:
        return []
    clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.left_edge.i != tok.i:
        return []
    verb = clause.head
    if clause.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_ not in SAY_VERBS or clause not in _joined_clauses(verb):
        return []
    from kg.extract.facts.diplomacy import said_rules

    first = [f for f in said_rules(verb, cx) if f.type == "Statement" and f.roles.get("speaker")]
    if not first:
        return []
    words = [t for t in clause.subtree if t.i >= tok.i]
    while words and words[-1].is_punct:
        words.pop()
    own = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    speakers = {e.id for e in first[0].roles["speaker"]}
    about = _uniq([e for s in own for e in cx.entities(s) if e.id not in speakers])
    roles = {k: list(v) for k, v in first[0].roles.items() if k != "about"}
    if about:
        roles["about"] = about
    n = 2 + _joined_clauses(verb).index(clause)
    return [dataclasses.replace(first[0], roles=roles, attrs={}, tokens=[t.i for t in words], clause=False, part=n,
                                from_context=dict(first[0].from_context), read_as=dict(first[0].read_as))]


#: The words the rule is asked about: the 'that' of the joined clause.
SECOND_CLAUSE_TRIGGERS = set(CLAUSE_MARKS)
