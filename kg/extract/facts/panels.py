"""Rulings and findings of bodies that decide disputes without being courts of the registry
(trade dispute panels, appellate bodies, arbitrators, arbitral tribunals, commissions of
inquiry), cases won in a dispute, and disputes launched before an organisation: CAMEO 115
"Bring lawsuit against" and PLOVER ACCUSE (legal); gkg:LegalActionKinds ("arbitral
award", "ruling", "finding", "complaint"); corpus/CLAIMS.md ("A complaint brought before an
organisation that is no court": ``forum``; an unnamed court: ``court: {actor: unnamed
..., of: ...}``).

- :func:`body_ruling_rules`: "the three arbitrators concluded that X's policy is
  inconsistent with ...", "the panel found that X breached ...", "the arbitral tribunal
  ruled that ...";
- :func:`won_case_rules`: "X has won its appeal in the dispute with Y";
- :func:`dispute_launch_rules`: "X launched a dispute against Y at the WTO", "X requested
  consultations with Y under the WTO", "the EU launched the dispute in 2022" (the dispute
  named before with its parties), "X has a second dispute pending against Y".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _possessors, _uniq, doers, preps, subjects
from kg.extract.mentions import Known
from kg.extract.quantities import count_of

#: Verbs by which a deciding body gives its conclusion in a clause.
DECIDE_VERBS = {"conclude", "find", "rule", "hold", "determine", "decide"}
#: Words before or in a body's name that make it an arbitral one ("the three arbitrators",
#: "an arbitration panel", "the arbitral tribunal").
ARBITRAL_WORDS = {"arbitrator", "arbiter", "arbitration", "arbitral"}
#: Words that make a panel or body one that settles disputes ("a dispute settlement panel",
#: "the appellate body", "a trade panel"), not a panel of experts or of judges at a fair.
DISPUTE_WORDS = {"dispute", "settlement", "appeal", "appellate", "trade", "compliance"}
#: Classes of entity an unnamed deciding body belongs to ("a WTO panel": of the WTO).
BODY_OWNERS = ("InternationalOrganisation", "Organisation")
#: Classes of entity a ruling, a case or a dispute is against or for.
PARTIES = ("State", "Government", "Organisation", "InternationalOrganisation", "StateCompany", "Person", "Group")
#: What a case or an appeal is called when it is won ("won its appeal", "won the case").
CASE_NOUNS = {"appeal", "case", "arbitration", "challenge", "lawsuit", "dispute"}
#: Verbs of starting a dispute before an organisation.
LAUNCH_VERBS = {"launch", "bring", "file", "lodge", "initiate", "open", "start"}
#: Nouns of a dispute brought before an organisation (consultations are its first step).
DISPUTE_NOUNS = {"dispute", "consultation"}


def body_kind(noun: Token, cx: Context) -> str | None:
    """What the decision of the body ``noun`` names is, as a gkg:LegalActionKind label:
    'arbitral award' for arbitrators and arbitral panels or tribunals, 'ruling' for a
    dispute panel, an appellate or dispute settlement body or an unnamed tribunal,
    'investigation' for a commission of inquiry (no court: its finding is that of an
    inquiry, the commission its ``initiator``); None for any other noun, or for a body the
    registry names (a Court's rulings are read by :mod:`kg.extract.facts.legal`)."""
    if noun.i in cx.at:
        return None
    lemma = noun.lemma_.lower()
    before = {t.lemma_.lower() for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod")}
    if lemma in ("arbitrator", "arbiter"):
        return "arbitral award"
    if lemma in ("panel", "tribunal", "body", "board") and before & ARBITRAL_WORDS:
        return "arbitral award"
    if lemma == "tribunal" and noun.pos_ == "NOUN":
        return "ruling"
    if lemma in ("panel", "body") and any(o.lemma_.lower() in ("expert", "judge", "scientist", "advisor", "adviser")
                                          for o in preps(noun, {"of"})):
        return None  # "a UN panel of experts": a report, no ruling
    if lemma in ("panel", "body") and (before & DISPUTE_WORDS or any(
            cx.at[t.i].entity.type in BODY_OWNERS for t in noun.subtree if t.i < noun.i and t.i in cx.at)):
        return "ruling"
    if lemma == "commission" and ("inquiry" in before or any(o.lemma_.lower() in ("inquiry", "enquiry")
                                                             for o in preps(noun, {"of"}))):
        return "investigation"
    return None


def _owner(noun: Token, cx: Context) -> Known | None:
    """The organisation an unnamed body belongs to: named before it ("a WTO panel", "the
    WTO's appellate body") or after 'of' ("the panel of the WTO")."""
    near = [t for t in noun.subtree if t.i < noun.i] + preps(noun, {"of"})
    found = [cx.at[t.i].entity for t in near if t.i in cx.at and cx.at[t.i].entity.type in BODY_OWNERS]
    return found[0] if found else None


def _parties_of(clause: Token, cx: Context) -> list[Known]:
    """The parties a clause tells of: its subjects and their possessors ("X's policy is
    inconsistent": X), named as states, governments, bodies or people."""
    nouns = subjects(clause)
    nouns += [p for n in nouns for p in _possessors(n)]
    return _uniq([e for n in nouns for e in cx.entities(n) if e.type in PARTIES])


def body_ruling_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The three arbitrators concluded that X's policy is inconsistent with the
    agreement", "a WTO panel found that X breached ...", "the arbitral tribunal ruled that
    ...": a LegalAction of the unnamed body (``court: {actor: 3 unnamed arbitrators, of:
    <the organisation named with it>}``; a commission of inquiry is its ``initiator``),
    ``legalActionKind`` of :func:`body_kind`,
    ``target`` the parties of the clause decided (for a commission's finding, what it is
    about), what it decided in ``subject``, dated by its clause. Input: a verb of
    :data:`DECIDE_VERBS` with a clause and a subject naming such a body, or a pronoun
    standing for the body the sentence before has as its subject ("They found that ..."):
    a further ``finding``, ``partOf`` the decision told before; output: the fact, or [] (a
    court of the registry, a panel of experts, a clause naming no party)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DECIDE_VERBS:
        return []
    bodies = [s for s in doers(tok) if s.pos_ == "NOUN"]
    kind = body_kind(bodies[0], cx) if bodies else None
    further = False
    if kind is None and any(s.lower_ in ("they", "it") for s in doers(tok)):
        # "The arbitrators reversed ... They found that ...": a further finding of the body the sentence
        # before has as its subject, part of its decision told before
        bodies = _body_before(tok, cx)
        kind, further = ("finding", True) if bodies else (None, False)
    if kind is None:
        return []
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return []
    body = bodies[0]
    target = [e for e in _parties_of(clauses[0], cx) if e.type not in NOT_ACTORS]
    owner = _owner(body, cx)
    target = [e for e in target if owner is None or e.id != owner.id]
    if not target:
        return []
    words = [t for t in clauses[0].subtree if t.dep_ != "mark"]
    subject = cx.doc[words[0].i: clauses[0].right_edge.i + 1].text.strip(" ,.") if words else ""
    attrs = {"legalActionKind": kind}
    if subject and len(subject.split()) <= 30:
        attrs["subject"] = subject
    f = Fact("LegalAction", {"target": target}, attrs, tokens=[tok.i, body.i, *(t.i for t in clauses[0].subtree)],
             split=False)
    count = [c for c in body.children if c.dep_ == "nummod"]
    number = count_of(count[0]) if count else None
    actor = f"{str(number) + ' ' if number is not None else ''}unnamed {body.lower_}"
    # a commission of inquiry is no court (corpus/CLAIMS.md: a court's words name one): it investigates
    role = "initiator" if kind == "investigation" else "court"
    if role == "initiator":
        actor = f"{actor} of inquiry" if "inquiry" not in actor else actor
    f.qualified[role] = (actor, owner)
    if owner is not None:
        f.members_of.add(role)
    f.take_date(cx.date_of(tok))
    if further:
        f.refers = ("partOf", ("LegalAction",))
    return [f]


def _body_before(tok: Token, cx: Context) -> list[Token]:
    """The deciding body a pronoun subject of ``tok`` stands for: the subject of the
    sentence before, when :func:`body_kind` reads it as one (and it is plural for 'they')."""
    sent = tok.sent
    if sent.start == 0:
        return []
    prev = cx.doc[sent.start - 1].sent
    subj = [c for c in prev.root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and body_kind(c, cx)]
    plural = any(s.lower_ == "they" for s in doers(tok))
    return [s for s in subj if (s.tag_ == "NNS") == plural]


def won_case_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X has won its appeal in the dispute with Y", "X won the case against Y": the
    decision in X's favour, a LegalAction with ``beneficiary`` X (the subject), ``target``
    Y (named after 'with' or 'against' in the object's phrase) and ``outcome: won``; the
    deciding body and the kind of decision are left to the reviewer. Output: the fact, or
    [] when the object is no case ("won the election") or no other party is named."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "win":
        return []
    cases = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in CASE_NOUNS]
    if not cases:
        return []
    winner = [e for s in doers(tok) for e in cx.entities(s) if e.type in PARTIES]
    near = [t for t in cases[0].subtree] + [t for p in tok.children if p.dep_ == "prep" for t in p.subtree]
    against = [o for t in near if t.dep_ == "prep" and t.lower_ in ("with", "against") for o in t.children
               if o.dep_ == "pobj"]
    target = [e for o in against for e in cx.entities(o) if e.type in PARTIES and e.id not in {w.id for w in winner}]
    if not winner or not target:
        return []
    return [Fact("LegalAction", {"beneficiary": _uniq(winner), "target": _uniq(target)}, {"outcome": "won"},
                 tokens=[tok.i, cases[0].i, *(o.i for o in against)], split=False)]


def _forums(toks: list[Token], cx: Context) -> list[Known]:
    return _uniq([cx.at[t.i].entity for t in toks if t.i in cx.at and cx.at[t.i].entity.type in BODY_OWNERS])


def _dispute_parties(noun: Token, verb: Token, cx: Context) -> tuple[list[Known], list[Known], list[int]]:
    """The target and the forum of the dispute ``noun``: 'against' / 'with' and 'at' /
    'before' / 'under' phrases of the noun, of the verb or of a participle on the noun
    ("pending against Y"), a body named before the noun ("a WTO dispute"); for "the
    dispute" naming neither, those of the last dispute the article named before with its
    parties. Returns (target, forum, the tokens that name them)."""
    heads = [noun, verb, *(c for c in noun.children if c.dep_ in ("amod", "acl") and c.pos_ in ("ADJ", "VERB"))]
    against = [o for h in heads for o in preps(h, {"against", "with"})]
    at = [o for h in heads for o in preps(h, {"at", "before", "under"})]
    target = [e for o in against for e in cx.entities(o) if e.type in PARTIES]
    forum = _forums([t for o in at for t in o.subtree] + [t for t in noun.subtree if t.i < noun.i], cx)
    target = [e for e in target if e.id not in {f.id for f in forum}]
    toks = [t.i for o in against + at for t in o.subtree]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if (not target and definite) or not forum:
        # "the dispute": the one named before with its parties; "a second dispute against Y": before the
        # same organisation as the one named before
        for before in reversed(cx.doc[:noun.i]):
            if before.lemma_.lower() == "dispute" and before.pos_ == "NOUN":
                t2, f2, _ = _dispute_parties(before, before.head, cx)
                if t2 and f2:
                    return target or (t2 if definite else []), forum or f2, toks
    return target, forum, toks


def dispute_launch_rules(tok: Token, cx: Context) -> list[Fact]:
    """A complaint brought before an organisation that is no court: "X launched a dispute
    against Y at the WTO", "X requested consultations with Y under the WTO", "X launched the
    dispute in 2022" (the dispute the article named before, with its parties), "X has a
    second dispute pending against Y" (the forum, when the sentence names none, that of the
    dispute named before). A LegalAction of kind
    'complaint', ``initiator`` X, ``target`` Y, ``forum`` the organisation, dated by its
    clause (or the participle on the dispute: "launched in January 2025"). Output: the
    fact, or [] without a target and a forum ("a border dispute with Y" names no forum)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in LAUNCH_VERBS | {"request"}:
        nouns = [c for c in tok.children if c.dep_ == "dobj" and (
            c.lemma_.lower() == "dispute" and lemma in LAUNCH_VERBS or c.lemma_.lower() == "consultation" and lemma == "request")]
        if not nouns:
            return []
        noun, verb = nouns[0], tok
    elif tok.pos_ == "NOUN" and lemma == "dispute" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "have" and \
            any(c.lower_ == "pending" for c in tok.children):
        noun, verb = tok, tok.head
    else:
        return []
    initiator = [e for s in doers(verb) for e in cx.entities(s) if e.type in PARTIES]
    target, forum, toks = _dispute_parties(noun, verb, cx)
    initiator = [e for e in initiator if e.id not in {f.id for f in forum}]
    target = [e for e in target if e.id not in {i.id for i in initiator}]
    if not initiator or not target or len(forum) != 1:
        return []
    f = Fact("LegalAction", {"initiator": _uniq(initiator), "target": _uniq(target), "forum": forum},
             {"legalActionKind": "complaint"}, tokens=[verb.i, noun.i, *toks], split=False)
    launched = [c for c in [*noun.children, *verb.children] if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in LAUNCH_VERBS]
    if not f.take_date(cx.date_of(verb)) and launched:
        f.take_date(cx.date_of(launched[0]))
    return [f]
