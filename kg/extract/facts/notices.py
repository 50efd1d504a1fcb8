"""A state's formal notice that it leaves an organisation or initiative: "Peru has given
formal notice to Chile that it is withdrawing from the Andean Community", "Bolivia
notified the United Nations that it would leave the World Health Organization".

The clause the notice announces is a ``Withdrawal`` (CAMEO 0874 'retreat or surrender',
PLOVER RETREAT; corpus/CLAIMS.md, "A withdrawal from an agreement or organisation"):
``withdrawing`` the state that gives the notice, for the clause's 'it' or 'we' stands
for it (the pronoun alone names no one the other rules could read), ``withdrawnFrom`` the
body after 'from' (or the object of 'leave', 'quit', 'exit'). A notice of leaving is
given before the exit takes effect, so the fact is drafted as planned; the notice itself
(to whom it went) is the Notification rules' work.

Nothing is drafted when the clause's subject is a name (the withdrawal rules of
:mod:`~kg.extract.facts.military` read it), when what is left is no body of
:data:`LEFT_TYPES` (troops, a place), when the notice is not given by a state or
government, or for a negated clause ("that it would not leave").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, objects, preps, subjects
from kg.extract.facts.military import WITHDRAW_VERBS
from kg.extract.mentions import Known, slug

#: Nouns of a formal notice ("gave formal notice", "sent a notification").
NOTICE_NOUNS = {"notice", "notification"}
#: Verbs of giving notice to someone ("notified the UN that ...", "informed Chile that ...").
NOTIFY_VERBS = {"notify", "inform"}
#: Subjects of the announced clause that stand for the notice's giver.
GIVER_PRONOUNS = {"it", "we"}
#: Classes of what is left: an organisation, an initiative run as one, or a court.
LEFT_TYPES = ("InternationalOrganisation", "Organisation", "Court")
#: Classes of who gives the notice and leaves.
LEAVER_TYPES = ("State", "Government")
NOTICE_TRIGGERS = set(WITHDRAW_VERBS)
#: Head words of the name of a programme states take part in without a treaty body of its
#: own ("the Belt and Road Initiative", "the Global Gateway Partnership").
INITIATIVE_WORDS = {"Initiative", "Programme", "Program", "Partnership"}


def _initiative(o: Token, cx: Context) -> list[Known]:
    """An initiative the registry lacks, named by ``o`` and the capitalised words before it
    ("the Belt and Road Initiative"): a proposed Organisation (the class corpus/CLAIMS.md
    gives what a state leaves); [] when ``o`` is no such name or its id is taken."""
    if o.text not in INITIATIVE_WORDS:
        return []
    words = [t for t in o.subtree if t.i <= o.i and t.dep_ != "det"]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in ("and", "of", "for") for t in words) \
            or words[-1].i - words[0].i + 1 != len(words):
        return []
    name = cx.doc[words[0].i: o.i + 1].text
    eid = slug(name)
    if eid in cx.resolver.registry.entities:
        return []
    return [Known(eid, "Organisation", name, {"id": eid, "type": "Organisation", "label": name})]


def _giver(verb: Token) -> Token | None:
    """The word of the notice whose announced clause ``verb`` heads: the verb of
    :data:`NOTIFY_VERBS`, or the verb ('give', 'serve', 'send') of a noun of
    :data:`NOTICE_NOUNS`; None when ``verb`` is no such clause."""
    if verb.dep_ not in ("ccomp", "acl", "relcl"):
        return None
    head = verb.head
    if head.pos_ == "VERB" and head.lemma_.lower() in NOTIFY_VERBS:
        return head
    if head.pos_ == "VERB" and any(o.dep_ == "dobj" and o.lemma_.lower() in NOTICE_NOUNS for o in head.children):
        return head  # "gave formal notice to X that it ...": the parser hangs the clause on 'give'
    if head.pos_ == "NOUN" and head.lemma_.lower() in NOTICE_NOUNS and head.head.pos_ == "VERB":
        return head.head
    return None


def notice_withdrawal_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Withdrawal announced by a notice: ``tok`` a verb of leaving
    (:data:`~kg.extract.facts.military.WITHDRAW_VERBS`) heading the clause of a notice
    (:func:`_giver`), its subject 'it' or 'we'. Output: [] or one planned Withdrawal
    (``withdrawing`` the states or governments giving the notice, ``withdrawnFrom`` the
    bodies left)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WITHDRAW_VERBS:
        return []
    if any(c.dep_ == "neg" for c in tok.children):
        return []
    own = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(own) != 1 or own[0].lower_ not in GIVER_PRONOUNS:
        return []
    notice = _giver(tok)
    if notice is None:
        return []
    froms = preps(tok, {"from"})
    if tok.lemma_.lower() in ("quit", "leave", "exit"):
        froms += [o for o in objects(tok) if o.dep_ == "dobj"]
    left = _uniq([e for o in froms for e in cx.entities(o) or _initiative(o, cx) if e.type in LEFT_TYPES])
    who = _uniq([e for s in subjects(notice) if s.dep_ == "nsubj" for e in cx.entities(s) if e.type in LEAVER_TYPES])
    if not left or not who:
        return []
    f = Fact("Withdrawal", {"withdrawing": who, "withdrawnFrom": left}, tokens=[notice.i, tok.i], split=False)
    f.planned = True  # notice given ahead of the exit: the exit itself is still to come
    return [f]
