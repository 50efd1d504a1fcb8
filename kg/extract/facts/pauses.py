"""Support paused or taken up again: "The United States has stopped sharing intelligence
with Ukraine", "Chile paused intelligence sharing with Peru", "resumed sharing
intelligence with Kyiv". Sharing intelligence with a state is military support of it
(corpus/CLAIMS.md ``Support``, ``supportKind: military``; CAMEO 0331 'provide military
aid' covers intelligence, and NATO doctrine counts intelligence sharing among military
assistance): a ``Support`` of the state shared with, its ``description`` 'intelligence
sharing', with ``status: suspended`` when it is stopped, paused or frozen, ``resumed``
when taken up again, as corpus/CLAIMS.md writes a supply stopped ("the Supply with
status: ended (suspended for a pause)"). Aid cut off is a sanction
(:func:`~kg.extract.facts.economy.aid_cut_rules`); aid resumed is support given again,
drafted here too.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, doers, preps

#: Verbs that stop or restart a flow of support, and the status they give it.
PAUSE_STATUS = {"stop": "suspended", "pause": "suspended", "halt": "suspended", "suspend": "suspended",
                "freeze": "suspended", "cease": "suspended", "end": "suspended", "resume": "resumed",
                "restart": "resumed", "restore": "resumed"}
#: Words of what is shared, and of sharing it.
SHARED_WORDS = {"intelligence"}
SHARE_WORDS = {"share", "sharing", "exchange"}
#: Nouns of aid given again ("resumed military aid to Ukraine").
AID_WORDS = {"aid", "assistance"}
#: Who supports or is supported: states and their governments.
PARTIES = ("State", "Government")


def stopped_by(noun: Token) -> Token | None:
    """The verb that stops the flow the noun ``noun`` names ("froze deliveries of aid",
    "halted the shipments", "deliveries were suspended"; the parser may make the verb a
    modifier of the noun: "Trump froze deliveries" read as 'froze' an amod), or None.
    Such a supply is paused, ``status: suspended``, as corpus/CLAIMS.md writes a supply
    stopped, not one made."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and PAUSE_STATUS.get(head.lemma_) == "suspended":
        return head
    return next((c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBD"
                 and PAUSE_STATUS.get(c.lemma_) == "suspended"), None)


def _shared(verb: Token) -> Token | None:
    """The sharing of intelligence ``verb`` stops or restarts: its gerund ("stopped sharing
    intelligence", the parser's xcomp) or its object noun ("paused intelligence sharing");
    the token whose 'with' names the other side, or None."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in SHARE_WORDS and c.tag_ == "VBG" or \
                c.dep_ == "xcomp" and c.lemma_.lower() in SHARE_WORDS:
            if any(o.dep_ == "dobj" and o.lemma_.lower() in SHARED_WORDS for o in c.children):
                return c
        if c.dep_ == "dobj" and c.lower_ in ("sharing", "exchange", "exchanges") and \
                any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in SHARED_WORDS for m in c.children):
            return c
    return None


def _with(shared: Token) -> list[Token]:
    """The 'with' phrases of the sharing and of its object ("sharing intelligence with X")."""
    return preps(shared, {"with"}) + [p for o in shared.children if o.dep_ == "dobj" for p in preps(o, {"with"})]


def pause_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Support whose flow the verb ``tok`` (:data:`PAUSE_STATUS`) stops or restarts:
    intelligence shared with the state its 'with' names, or ("resumed military aid to
    Ukraine") aid to the state its 'to' names, given again; the supporter the verb's
    subject (a person for the state they act for). ``status`` from the verb; the date its
    clause gives as the stage's (``stage: {status, date}``). Output: [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PAUSE_STATUS:
        return []
    status = PAUSE_STATUS[tok.lemma_]
    shared = _shared(tok)
    if shared is not None:
        other = _with(shared)
        attrs = {"supportKind": "military", "description": "intelligence sharing"}
        words = [shared.i]
    elif status == "resumed":
        aid = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in AID_WORDS]
        if not aid:
            return []
        other = preps(aid[0], {"to"}) + preps(tok, {"to"})
        kind = next((m.lower_ for m in aid[0].children if m.dep_ == "amod" and m.lower_ in
                     ("military", "economic", "humanitarian", "financial")), None)
        attrs = {"supportKind": {"financial": "economic"}.get(kind, kind)} if kind else {}
        words = [aid[0].i]
    else:
        return []
    given = [e for s_ in doers(tok) for e in cx.entities(s_)]
    given = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in given])
    given = [e for e in given if e.type in PARTIES]
    to = [e for o in other for e in cx.entities(o) if e.type in PARTIES and e.id not in {g.id for g in given}]
    if not given or not to:
        return []
    f = Fact("Support", {"supporter": given[:1], "supported": _uniq(to)[:1]}, {**attrs, "status": status},
             tokens=[tok.i, *words, *(o.i for o in other)], split=False)
    day, toks = cx.date_of(tok)
    if day:
        f.attrs["stage"] = {"status": status, "date": day}
        f.tokens += toks
    f.undated = True  # the day it stopped is the stage's, not the support's own
    return [f]


PAUSE_TRIGGERS = set(PAUSE_STATUS)
