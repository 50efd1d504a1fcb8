"""Mandates to form a government: "President X on Tuesday asked Chancellor Y to form the
next government", "the king tasked Y with forming a cabinet", "Y was asked by the president
to form a coalition", "X gave Y the mandate to form a government". A head of state (or
whoever the text says asks) asking a party leader to form a government is an ``Appeal``
(CAMEO 02 "make an appeal or request"; corpus/CLAIMS.md, "Which kind a judgement is": "X
asked Y to Z" is an Appeal) whose ``speaker`` asks, whose ``recipient`` is asked and whose
``subject`` is the words of what is asked ("form the next government").

Only the forming of a government is read here: "asked Y to form a committee", "agreed to
form a coalition" (no one asked) and "asked Y about forming a government" draft nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, objects, preps, refused, subjects

#: Nouns of an executive to be formed (the object of 'form').
GOVERNMENT_NOUNS = {"government", "cabinet", "coalition", "administration", "ministry"}
#: Verbs of asking someone to form it: "asked/invited/called on Y to form", "tasked/charged/
#: entrusted Y with forming".
ASK_TO_VERBS = {"ask", "invite", "request", "urge", "nominate", "designate", "mandate", "task", "charge", "entrust",
                "commission"}
#: Nouns of the mandate given ("gave Y the mandate to form"), and the verbs that give it.
MANDATE_NOUNS = {"mandate", "task", "job", "invitation"}
GIVE_VERBS = {"give", "hand", "grant", "offer", "award"}
#: Who may be asked: a person, a party or body.
ASKED = ("Person", "Organisation")


def _asking(form: Token) -> tuple[Token, list[Token]] | None:
    """The verb that asks for the forming (``form``, the verb 'form') and the words that
    name who is asked, for the shapes "asked Y to form" (an xcomp), "tasked Y with forming"
    (a 'with' phrase), "gave Y the mandate to form" (a noun's clause); None otherwise."""
    head = form.head
    if form.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in ASK_TO_VERBS:
        asked = [o for o in objects(head) if o.dep_ == "dobj"] or \
            [c for c in head.children if c.dep_ == "nsubjpass"]
        return head, asked
    if form.dep_ == "pcomp" and head.lower_ == "with" and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in ASK_TO_VERBS:
        verb = head.head
        return verb, [o for o in objects(verb) if o.dep_ == "dobj"] or \
            [c for c in verb.children if c.dep_ == "nsubjpass"]
    if form.dep_ == "acl" and head.lemma_.lower() in MANDATE_NOUNS and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in GIVE_VERBS:
        verb = head.head
        return verb, [c for c in verb.children if c.dep_ in ("dative", "iobj")] + preps(verb, {"to"})
    return None


def mandate_rules(tok: Token, cx: Context) -> list[Fact]:
    """An ``Appeal`` to form a government: the verb 'form' with an object of
    :data:`GOVERNMENT_NOUNS`, asked for by a verb of :data:`ASK_TO_VERBS` or a mandate
    given (:func:`_asking`); ``speaker`` the asking verb's subject (or a passive's agent),
    ``recipient`` the one asked (a person, a party), ``subject`` "form the next
    government" in the text's words, dated by the asking verb; negated when the asking
    is what the speaker refused or failed to do ("refused to ask Y to form a government",
    :func:`~kg.extract.facts.common.refused`). Returns [] or one fact; nothing when
    either side is unnamed or is a pronoun."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "form":
        return []
    what = [o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_.lower() in GOVERNMENT_NOUNS]
    if not what:
        return []
    found = _asking(tok)
    if found is None:
        return []
    verb, asked_toks = found
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "did not ask Y to form": no appeal made
    subj = [s for s in subjects(verb) if s.dep_ != "nsubjpass"] + preps(verb, {"by"})
    if not subj or any(s.pos_ == "PRON" for s in subj + asked_toks):
        return []  # who a pronoun stands for is too often misread to name either side by it
    speaker = _uniq([e for s in subj for e in cx.entities(s) if e.type not in NOT_ACTORS])
    recipient = _uniq([e for t in asked_toks for e in cx.entities(t) if e.type in ASKED
                       and e.id not in {s.id for s in speaker}])
    if not speaker or not recipient:
        return []
    words = sorted([tok, *(t for o in what for t in o.subtree)], key=lambda t: t.i)
    f = Fact("Appeal", {"speaker": speaker, "recipient": recipient},
             {"subject": cx.doc[words[0].i: words[-1].i + 1].text},
             tokens=[verb.i, *(t.i for a in asked_toks for t in a.subtree), *(t.i for t in words)],
             trigger=verb, statement=True, said=True, split=False, negative=refused(verb))
    f.take_date(cx.date_of(verb))
    return [f]
