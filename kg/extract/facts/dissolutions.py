"""A court dissolving or banning a party or another body: "the Constitutional Court
ordered the dissolution of the X Party", "the court dissolved X", "the court banned the
X Party", "the court ordered X dissolved", "X was dissolved by the Supreme Court", "the
Constitutional Court has dissolved more than 30 parties".

As corpus/CLAIMS.md writes court rulings, each is a ``LegalAction`` with
``legalActionKind: ruling`` (CAMEO 173 / PLOVER's legal action, a court's decision
against an actor): ``court`` the court (a registry Court, "the court" for the one court
the article named before, else the unnamed court of the state its demonym, possessor or
'in' names), ``target`` the body dissolved (an organisation or a group; bodies counted
without names, "more than 30 parties", as unnamed actors), what the court did in the
text's noun (``actionType: dissolution``, ``ban``, ``closure``) and its ``outcome``
(``dissolved``, ``banned``, ``closed``). A court's ban of a body is this ruling, not a sanction
(:func:`court_ban`, which :func:`kg.extract.facts.agreements.ban_rules` leaves alone).

Nothing is drafted for a dissolution by anyone but a court (a junta dissolving
parliament is an executive act: :func:`kg.extract.facts.legal.institution_rules`), for a
negated, future or conditional clause ("could dissolve", "did not ban"), one asked of a
court ("asked the court to dissolve the party"), a ban from doing something ("banned the
party from holding rallies"), or a dissolution of a person or a state.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _unnamed_people, _uniq, doers, objects, preps
from kg.extract.facts.extraditions import _court_of
from kg.extract.facts.legal import _the_court
from kg.extract.facts.vessel_seizures import _not_done
from kg.extract.mentions import Known

#: Verbs of dissolving or banning a body -> (the noun of the act, the outcome).
DISSOLVE_VERBS = {"dissolve": ("dissolution", "dissolved"), "disband": ("dissolution", "dissolved"),
                  "ban": ("ban", "banned"), "outlaw": ("ban", "banned"), "proscribe": ("ban", "banned")}
#: Nouns of the act, as the object of a verb of ordering ("ordered the dissolution of X").
DISSOLUTION_NOUNS = {"dissolution": ("dissolution", "dissolved"), "disbandment": ("dissolution", "dissolved"),
                     "closure": ("closure", "closed"), "ban": ("ban", "banned"),
                     "banning": ("ban", "banned"), "proscription": ("ban", "banned")}
#: Verbs by which a court orders the act: as the noun's verb ("ordered the dissolution of
#: X") or the verb its clause completes ("ordered X dissolved", "voted to dissolve X").
ORDER_VERBS = {"order", "approve", "decree", "rule", "vote", "decide"}
#: Classes of the bodies a court dissolves.
BODY_TYPES = ("Organisation", "Group", "StateCompany")
#: Nouns of bodies a text counts without naming them ("more than 30 parties").
BODY_NOUNS = {"party", "movement", "organisation", "organization", "association", "group", "union"}
DISSOLUTION_TRIGGERS = set(DISSOLVE_VERBS) | set(DISSOLUTION_NOUNS)


def _court(verb: Token, cx: Context) -> tuple[dict, dict, dict]:
    """The court that does what ``verb`` says: (roles, qualified, how it was read). A
    registry Court among its doers, "the court" for the one court the article named
    before; "a Thai court", "Peruvian court" (a headline's) for the one court of that
    state the article names; else an unnamed court of the state its demonym, possessor
    or 'in' gives ("a court in Lima"); ({}, {}, {}) when no court does it."""
    found = [e for s in doers(verb) for e in cx.entities(s) if e.type == "Court"]
    found = found or _the_court(doers(verb), cx)
    if found:
        return {"court": _uniq(found)[:1]}, {}, {}
    roles, qualified, state = _court_of(verb, cx)
    if qualified and state is not None:
        # the article's one court of that state, named anywhere in it (a headline comes before its name)
        own = _uniq([m.entity for m in cx.mentions if m.entity.type == "Court"
                     and getattr(cx.resolver.state_of(m.entity), "id", None) == state.id])
        if len(own) == 1:
            return {"court": own}, {}, {"court": f"'{qualified['court'][0].removeprefix('unnamed ')}': "
                                                 f"{own[0].label}, the one court of {state.label} the article names"}
    return roles, qualified, {}


def court_doing(verb: Token, cx: Context) -> tuple[list[Known], dict[str, str]]:
    """The named court that does what ``verb`` says (:func:`_court`), with how it was read
    (role -> words); ([], {}) for none or a court left unnamed."""
    court, _, notes = _court(verb, cx)
    return court.get("court", []), {"initiator": notes["court"]} if "court" in notes else {}


def _bodies(toks: list[Token], cx: Context) -> tuple[list[Known], tuple | None]:
    """The bodies ``toks`` name (an organisation, group or company; a name the parser
    reads as an adverb of the verb too: "dissolves Move Forward"), or those a plural
    noun counts ("more than 30 parties": ('more than 30 unnamed parties', None))."""
    # the noun, its apposition ("X's predecessor, New Dawn"), or the name on a noun of a body ("the Green Dawn
    # party"; not "the Unity Party rally")
    near = [x for t in toks for x in (t, *(c for c in t.children if c.dep_ == "appos" or c.dep_ == "compound"
                                            and t.lemma_.lower() in BODY_NOUNS))]
    named = _uniq([e for t in near for e in cx.entities(t) if e.type in BODY_TYPES])
    if named:
        return named, None
    for t in toks:
        if t.lemma_.lower() in BODY_NOUNS and t.tag_ == "NNS" and t.i not in cx.at and \
                any(c.dep_ == "nummod" for c in t.children):
            return [], _unnamed_people(t, cx)
    return [], None


def ordered_dissolution(verb: Token) -> bool:
    """Whether ``verb``, a verb of ordering, orders a body dissolved or banned ("ordered
    the party dissolved", "ordered the dissolution of X"): what it orders is the ruling
    :func:`dissolution_rules` drafts, no order of its own."""
    return verb.lemma_ in ORDER_VERBS and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_ in DISSOLVE_VERBS or c.dep_ == "dobj" and c.lower_ in DISSOLUTION_NOUNS
        for c in verb.children)


def court_ban(tok: Token, cx: Context) -> bool:
    """Whether ``tok``, a verb of banning, is a court banning a body (the ruling
    :func:`dissolution_rules` drafts), no sanction."""
    return tok.pos_ == "VERB" and tok.lemma_ in DISSOLVE_VERBS and bool(dissolution_rules(tok, cx))


def dissolution_rules(tok: Token, cx: Context) -> list[Fact]:
    """A court dissolving or banning a body: ``tok`` a verb of :data:`DISSOLVE_VERBS` whose
    doer is a court (or, in a clause completing a verb of :data:`ORDER_VERBS`, whose
    governing verb's doer is: "ordered X dissolved", "voted to dissolve X"), or a noun of
    :data:`DISSOLUTION_NOUNS` the object of such a verb ("ordered the dissolution of X").
    The body is the object, the passive subject or the 'of' of the noun. Output: [] or
    one LegalAction (``court``, ``target``, ``legalActionKind: ruling``, ``actionType``,
    ``outcome``)."""
    if tok.pos_ == "VERB" and tok.lemma_ in DISSOLVE_VERBS:
        act, outcome = DISSOLVE_VERBS[tok.lemma_]
        if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
            return []  # "banned the party from holding rallies": what it may not do, the party stands
        orders = tok.head if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_ in ORDER_VERBS else None
        if orders is None and _not_done(tok) or orders is not None and _not_done(orders):
            return []
        verb = orders if orders is not None else tok
        things = objects(tok) + [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and orders is not None]
        # the parser may read a name right after the verb as its adverb ("Thai court dissolves Move Forward")
        things += [c for c in tok.children if c.dep_ in ("advmod", "npadvmod") and c.i in cx.at and c.i > tok.i]
        agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        court, qualified, notes = _court(verb, cx)
        if not (court or qualified) and agents:  # "X was dissolved by the Supreme Court", "by the court"
            found = [e for o in agents for e in cx.entities(o) if e.type == "Court"] or _the_court(agents, cx)
            court = {"court": found[:1]} if found else {}
        tokens = [tok.i, verb.i]
    elif tok.pos_ == "NOUN" and tok.lower_ in DISSOLUTION_NOUNS and tok.dep_ == "dobj" and \
            tok.head.lemma_ in ORDER_VERBS - {"vote", "decide", "rule"}:
        act, outcome = DISSOLUTION_NOUNS[tok.lower_]
        verb = tok.head
        if _not_done(verb):
            return []
        things = preps(tok, {"of", "on", "against"})
        court, qualified, notes = _court(verb, cx)
        tokens = [tok.i, verb.i, *(t.head.i for t in things)]
        if things and not _bodies(things, cx)[0]:
            # "the dissolution of the opposition X party": the parser may join the party's noun to the act's
            # noun, or to the 'of' phrase's, rather than put it inside the phrase
            things += [c for t in (tok, *things) for c in t.children if c.dep_ in ("conj", "appos")
                       and c.lemma_.lower() in BODY_NOUNS]
    else:
        return []
    if not (court or qualified.get("court", (None, None))[1]):
        return []  # no court, or "the court" of no state the text gives: nothing to name it by
    target, counted = _bodies(things, cx)
    target = [e for e in target if e.id not in {c.id for c in court.get("court", [])}]
    if not target and counted is None:
        return []
    f = Fact("LegalAction", {**court, **({"target": target} if target else {})},
             {"legalActionKind": "ruling", "actionType": act, "outcome": outcome},
             tokens=[*tokens, *(t.i for t in things)], split=False, read_as=notes)
    f.qualified.update(qualified)
    if counted is not None:
        f.qualified["target"] = counted
    return [f]
