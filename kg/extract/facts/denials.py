"""Denials of a fact told just before: "Peruvian troops have been supporting the rebels;
Lima denies it", "Chile said Peruvian drones had entered its airspace. Peru rejects that
account". The denier does not reject a party or a statement but the fact itself, which
corpus/CLAIMS.md writes as a claim of that fact with ``modality: denied`` and the deniers
under ``said_by`` ("A denial needs no accuser"); the rejection the statement rules draft
from the verb is then no fact of its own.

The pass takes and returns the list of drafted facts of one document (in the order the
rules found them) and raises nothing. It reads the dependency parse of
``en_core_web_sm``; the kinds are those of ``ontology/geopolitics.ttl``.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kg.extract.facts.common import Fact, subjects
from kg.extract.lexicon import STATEMENT_VERBS
from kg.extract.speech import REPORT_NOUNS
from kg.ontology import vocabulary

#: Verbs of denying whose object may be a fact told before (CAMEO 12 "Reject"; the
#: denial verbs of kg/extract/speech.py, which make a clause under them ``denied``).
DENY_VERBS = {"deny", "reject", "dismiss", "refute", "dispute"}
#: Objects that point back to a telling of what happened: a pronoun, or a noun of an
#: account ("that account", "the report", "this version"). Nouns of a charge against
#: the denier ("the accusation") are left to the rejection rules, which name the accuser.
BACK_PRONOUNS = {"it", "this", "that"}
#: The verbs whose pronoun object is the fact denied ("denies it"); "rejected it" refuses a measure.
PRONOUN_VERBS = {"deny", "refute"}
ACCOUNT_NOUNS = {"account", "accounts", "report", "reports", "version", "story"}


def _denied_object(verb: Token) -> Token | None:
    """The object of a verb of denying that points back to a fact told before ("denies
    it", "rejects that account"), or None."""
    if verb.lemma_ not in DENY_VERBS or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None  # "rejected it as illegal": a judgement of the act, not a denial that it happened
    for o in verb.children:
        # "rejected it", "dismissed this" most often refuse a measure; "denies it" says it did not happen
        if o.dep_ == "dobj" and o.pos_ == "PRON" and o.lower_ in BACK_PRONOUNS and verb.lemma_ in PRONOUN_VERBS:
            return o
        # "rejects that account" is parsed at times as a clause ("that" its subject, "account" a verb)
        if o.dep_ in ("dobj", "ccomp") and (o.lower_ in ACCOUNT_NOUNS or o.lemma_.lower() in ACCOUNT_NOUNS) and any(
                c.dep_ in ("det", "nsubj") and c.lower_ in ("the", "that", "this", "these", "those") and c.i < o.i
                for c in o.children):
            return o
    return None


def _told(f: Fact) -> bool:
    """Whether ``f`` is an event or state the text tells (not a speech act, a label or a
    title), which a denial may be of."""
    from kg.extract.engine import BACKGROUND  # titles and descriptions beside a name; the engine imports this module
    return f.trigger is not None and not f.statement and not f.voiced_by and f.refers is None and \
        f.type not in BACKGROUND and STATEMENT_VERBS.get(f.trigger.lemma_) is None and \
        not vocabulary().is_a(f.type, "Statement")


#: Verbs of denying whose clause or gerund is the fact denied ("denied that the dissenters
#: came from its ranks", "denies ever seeking nuclear weapons"): CAMEO 12 "deny", not a
#: rejection of anyone.
CLAUSE_DENY_VERBS = {"deny", "refute"}


def _no_rejection(f: Fact) -> bool:
    """Whether a drafted Rejection is no rejection of anyone: a denial of a clause or
    gerund ("the party denied that its members voted against", "Iran denies ever
    seeking weapons"), or of reports a clause tells ("denied reports that she had
    asked for asylum": :data:`~kg.extract.speech.REPORT_NOUNS`), that names no one rejected (the fact denied, with ``modality:
    denied``, is the claim; corpus/CLAIMS.md "A denial needs no accuser"), or "dismiss"
    with a person as its object and no 'as' label ("decided to dismiss the general"): a
    removal from office, not a rejection."""
    t = f.trigger
    if f.type != "Rejection" or t is None:
        return False
    if t.lemma_ in CLAUSE_DENY_VERBS and not f.roles.get("about") and any(
            c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in t.children):
        return True
    if t.lemma_ in CLAUSE_DENY_VERBS and not f.roles.get("about") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in REPORT_NOUNS and
            any(k.dep_ in ("acl", "ccomp") and k.pos_ in ("VERB", "AUX") for k in c.children) for c in t.children):
        return True  # "denied reports that she had asked for asylum": the fact reported, denied, is the claim
    about = f.roles.get("about", [])
    return t.lemma_ == "dismiss" and bool(about) and all(e.type == "Person" for e in about) and \
        not any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children)


def denied_facts(found: list[Fact]) -> list[Fact]:
    """A rejection whose object points back ("Lima denies it", "Peru rejects that
    account") is a denial of the last fact told before it in its sentence or the one
    before: a copy of each claim of that fact (same kind, roles and values, so the same
    fact id; its date not stated again), triggered by the object, so that the speech reading gives it ``modality:
    denied`` and the denier as ``said_by``; the rejection is dropped. With no such fact
    (nothing told, or only speech and titles), the rejection of an unnamed something is
    dropped too: it names no one and nothing a reader could check. A rejection that is
    none (:func:`_no_rejection`) is dropped. Other facts are returned unchanged, in their
    order."""
    out: list[Fact] = []
    for f in found:
        if _no_rejection(f):
            continue
        obj = _denied_object(f.trigger) if f.type == "Rejection" and f.trigger is not None and \
            not f.roles.get("about") else None
        if obj is None:
            out.append(f)
            continue
        verb = obj.head
        sent = verb.sent
        before = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        told = [g for g in found if _told(g) and before <= g.trigger.i < verb.i]
        if not told:
            continue
        last = max(g.trigger.i for g in told)
        words = sorted({verb.i, *(t.i for t in obj.subtree), *(t.i for s in subjects(verb) for t in s.subtree)})
        for g in told:
            if g.trigger.i != last:
                continue
            out.append(dataclasses.replace(
                g, roles={k: list(v) for k, v in g.roles.items()}, attrs=dict(g.attrs), tokens=words, trigger=obj,
                clause=False, split=False, negative=False, undated=True, planned=False, from_context={},
                read_as={}))
            out[-1].attrs["_event"] = True  # the fact told before, not another of its sentence (run.aspect)
    return out


#: Words that call what their subject names untrue (CAMEO 12 "Reject", its "deny
#: responsibility" and "deny an accusation" forms): "the attacks are fabricated", "the
#: allegations are baseless lies", "the so-called strikes were invented".
FALSITY_WORDS = {"fabricated", "fabricate", "false", "untrue", "baseless", "groundless", "unfounded", "fake", "invented",
                 "invent", "fictitious", "imaginary", "lie", "slander", "fabrication", "smear", "fiction", "myth",
                 "nonsense", "hoax", "disinformation", "falsehood"}


def _called_false(trigger: Token) -> bool:
    """Whether the noun phrase a fact's noun trigger heads is the subject of a clause
    that calls it untrue (:data:`FALSITY_WORDS`): "the cyber attacks by X against Y are
    completely fabricated" (a predicate adjective or noun after 'be', or a passive of
    'fabricate' or 'invent'), or "X called the attacks a fabrication" is left to the
    label rules. Verbs never are (their clause tells the fact)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = trigger.head
    if head.lemma_.lower() in FALSITY_WORDS or head.lower_ in FALSITY_WORDS:
        return True  # "the attacks were fabricated" (a passive participle)
    if head.lemma_ != "be":
        return False
    preds = [c for c in head.children if c.dep_ in ("acomp", "attr")]
    preds += [x for p in preds for x in p.conjuncts]
    return any(p.lemma_.lower() in FALSITY_WORDS or p.lower_ in FALSITY_WORDS for p in preds)


def disowned_facts(found: list[Fact]) -> list[Fact]:
    """The drafted facts less those told by a noun the same clause calls untrue ("The
    so-called cyber attacks by X against Y are completely fabricated": a denial, no
    attack reported; see :func:`_called_false`). Input and output: the facts of one
    document, in their order; raises nothing."""
    return [f for f in found if f.trigger is None or not _told(f) or not _called_false(f.trigger)]
