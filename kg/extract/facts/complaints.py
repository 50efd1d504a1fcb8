"""Complaints and cases brought before an organisation that is no court: "Canada lodged a
complaint with the World Trade Organization", "Ottawa filed a separate WTO complaint",
"submitted a petition to the UN Human Rights Committee". The organisation is the
``forum`` of the LegalAction (gkg:forum; corpus/CLAIMS.md), a court of the registry its
``court``. CAMEO 115 "Bring lawsuit against"; the verbs are those of bringing a case
(:data:`~kg.extract.facts.legal.BRING_VERBS`), the nouns the papers filed
(:data:`~kg.extract.facts.legal.FILED_PAPERS`). A paper that accuses someone in its own
clause ("filed an application accusing X of ...") or is brought "against" someone is
left to :func:`~kg.extract.facts.legal.filed_paper_rules` and the legal noun rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, doers, preps
from kg.extract.facts.legal import ALLEGE_VERBS, BRING_VERBS, FILED_PAPERS

#: Prepositions that name where a paper is filed: "with the WTO", "to the committee",
#: "before the tribunal", "at the court".
FORUM_PREPS = {"with", "to", "before", "at"}
#: Prepositions that give what a complaint is about: "over the tariffs", "about the ban".
ABOUT_PREPS = {"over", "about", "regarding", "concerning"}
#: Classes of entity a complaint may be brought before.
FORUM_TYPES = {"InternationalOrganisation", "Organisation", "Court"}


def forum_complaint_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Canada lodged a complaint with the WTO", "Canada filed a WTO complaint": a
    LegalAction of the subject (``initiator``; a person's state where the registry gives
    one) before the organisation named after a preposition of :data:`FORUM_PREPS` or as a
    name compounded before the paper (``forum``, or ``court`` for a registry Court),
    ``actionType`` the paper, ``target`` the one actor named in what it is about ("over
    the U.S. tariffs": the United States). Input: a token of the parsed article and its
    :class:`Context`; output: the facts, or [] when the token is no paper filed by a verb
    of bringing, the paper accuses or is brought against someone, or no forum or no
    initiator is named, or not one target."""
    action = FILED_PAPERS.get(tok.lemma_)
    if action is None or tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.lemma_ not in BRING_VERBS | {"submit"}:
        return []
    verb = tok.head
    if preps(tok, {"against"}) or preps(verb, {"against"}) or any(
            c.dep_ == "acl" and c.lemma_ in ALLEGE_VERBS for c in tok.children):
        return []
    places = preps(verb, FORUM_PREPS) + preps(tok, FORUM_PREPS) + \
        [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    forums = _uniq([e for p in places for e in cx.entities(p, conj=False) if e.type in FORUM_TYPES])
    initiator = [e for s_ in doers(verb) for e in cx.entities(s_) if e.type not in NOT_ACTORS + ("Court",)]
    initiator = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in initiator])
    initiator = [e for e in initiator if e.id not in {f.id for f in forums}]
    if len(forums) != 1 or not initiator:
        return []
    # "over the earlier U.S. tariffs": the one whose measure the complaint is about is its target
    about = preps(verb, ABOUT_PREPS) + preps(tok, ABOUT_PREPS)
    taken = {e.id for e in initiator + forums}
    target = _uniq([cx.at[t.i].entity for a in about for t in a.subtree if t.i in cx.at
                    and cx.at[t.i].entity.type not in NOT_ACTORS and cx.at[t.i].entity.id not in taken])
    if len(target) != 1:
        return []  # a LegalAction needs its target; none or several named: no reading
    key = "court" if forums[0].type == "Court" else "forum"
    return [Fact("LegalAction", {"initiator": initiator, key: forums, "target": target}, {"actionType": action},
                 tokens=[verb.i, tok.i, *(p.i for p in places), *(t.i for a in about for t in a.subtree)], split=False)]


#: Verbs by which an act draws a reaction from others ("drawing a protest from Egypt",
#: "prompted a protest from Peru", "sparked protests from Chile").
DRAW_VERBS = {"draw", "prompt", "trigger", "provoke", "spark", "elicit"}
#: Nouns of a protest or complaint made by a state or body (CAMEO 111 'criticize or
#: denounce', PLOVER ACCUSE/DISAPPROVE).
PROTEST_WORDS = {"protest", "complaint", "rebuke", "condemnation"}


def drawn_protest_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Peru opened the dam, drawing an immediate protest from Chile to the UN Security
    Council": a Criticism of the actor of the act the participle hangs on (``about``: its
    doer, a person's state), spoken by the actor 'from' names (``speaker``), addressed to
    the body or state 'to' names (the claims format's ``said_to``, whom the speakers said
    it to). ``tok`` is the noun of :data:`PROTEST_WORDS`,
    object of a verb of :data:`DRAW_VERBS`. Nothing when 'from' names no actor ("a
    protest from students", "crowds from Peru"). Source: CAMEO 111; corpus/CLAIMS.md
    Criticism. Output: [] or one Criticism."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in PROTEST_WORDS or tok.dep_ != "dobj" or tok.head.lemma_ not in DRAW_VERBS:
        return []
    verb = tok.head
    froms = preps(tok, {"from"}) or preps(verb, {"from"})
    speaker = _uniq([e for o in froms for e in cx.entities(o) if e.type not in NOT_ACTORS + ("Person",)])
    if not speaker:
        return []
    to = preps(tok, {"to"}) + [o for f in froms for o in preps(f.head if f.dep_ == "pobj" else f, {"to"})] + \
        preps(verb, {"to"})
    recipient = _uniq([e for o in to for e in cx.entities(o) if e.type in FORUM_TYPES | {"State"}])
    # the act that draws it: the clause the participle hangs on, its doer what the protest is about
    act = verb.head if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i else verb
    about = [e for s_ in doers(act) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    about = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in about])
    about = [e for e in about if e.id not in {s.id for s in speaker + recipient}]
    roles = {"speaker": speaker[:1], **({"about": about[:1]} if about else {})}
    # the quote holds the act's doer when it is dated by the act's clause ("Peru on Tuesday opened ...")
    whole = [t.i for s_ in doers(act) for t in s_.subtree] if act.i != verb.i else []
    return [Fact("Criticism", roles, tokens=[verb.i, tok.i, *(o.i for o in froms + to), *whole], said=True,
                 clause=False, split=False, said_to=recipient[:1])]
