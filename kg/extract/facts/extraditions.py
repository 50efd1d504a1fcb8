"""A court's ruling on an extradition: "Italy's Court of Cassation approved the extradition
of X to Germany", "the top court clears extradition of the suspect to Germany", "a court in
Poland refused to extradite another suspect wanted by Germany", "the extradition of X was
blocked by the High Court".

As corpus/CLAIMS.md writes an extradition and a court's step on it, two facts are drafted
(CAMEO 173 and PLOVER's legal action for the request, CAMEO 115/173 for the ruling):

- the extradition asked, a ``LegalAction`` with ``actionType: extradition request``: ``target``
  the person sought (a named person, or the unnamed one in the text's words),
  ``initiator`` the state asking (the one the person is sent 'to', or whom the person
  is 'wanted by'), ``recipient`` the state asked (the court's);
- the ruling, a ``LegalAction`` with ``legalActionKind: ruling``, ``court`` (a court of the
  registry, or the unnamed one of a state: ``{actor: unnamed court in Poland, for:
  Poland}``), its ``outcome`` in words ("extradition approved", "extradition refused"),
  and the extradition asked as its ``target`` (the fact's id, as corpus/CLAIMS.md's example
  of a ruling on an extradition writes it). With no person sought told, there is no
  extradition to rule on and nothing is drafted.

Nothing is drafted when the one who approves or refuses is no court (a minister approving an
extradition is an executive act: :mod:`~kg.extract.facts.legal`), for a negated, future or
conditional clause ("will rule on the extradition", "could approve"), nor for the verbs
with another object ("the court approved the merger").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _demonym_states, _uniq, doers, objects, preps
from kg.extract.facts.court_orders import _court
from kg.extract.facts.vessel_seizures import _not_done

#: Verbs of a court deciding on an extradition, with the outcome they give it.
RULING_VERBS = {"approve": "approved", "clear": "approved", "authorise": "approved", "authorize": "approved",
                "allow": "approved", "grant": "approved", "order": "ordered", "uphold": "approved",
                "endorse": "approved", "refuse": "refused", "reject": "refused", "block": "refused",
                "deny": "refused", "bar": "refused", "halt": "refused"}
EXTRADITION_TRIGGERS = set(RULING_VERBS)
#: Nouns of a person sought that name no one ("a Ukrainian man", "the suspect").
SOUGHT_NOUNS = {"man", "woman", "suspect", "national", "citizen", "businessman", "officer", "fugitive", "person"}


def _extradition(verb: Token) -> tuple[Token | None, Token | None]:
    """What ``verb`` rules on: (the noun 'extradition' as its object or passive subject,
    None), or (None, the verb 'extradite' it governs: "refused to extradite X"), or
    (None, None)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "extradition":
            return c, None
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "extradite":
            return None, c
    return None, None


def _court_of(verb: Token, cx: Context) -> tuple[dict, dict, object]:
    """The court that rules (roles, qualified, its state): a court of the registry or an
    unnamed court (:func:`kg.extract.facts.court_orders._court`), its state that of the
    place 'in' names or of its possessor or demonym ("Italy's top court")."""
    for d in doers(verb):
        roles, qualified = _court(d, cx)
        if not roles and not qualified:
            continue
        owners = _demonym_states(d, cx) + [e for c in d.children if c.dep_ == "poss"
                                          for e in cx.entities(c) if e.type == "State"]
        if roles:
            court = roles[0][1][0]
            return dict(roles), {}, owners[0] if owners else cx.resolver.state_of(court)
        label, state = qualified["court"]
        state = state or (owners[0] if owners else None)
        return {}, {"court": (label, state)}, state
    return {}, {}, None


def _sought(noun_or_verb: Token, to: list[Token], cx: Context, is_verb: bool) -> tuple[list, Token | None]:
    """The person sought: (named persons, None), or ([], the noun of an unnamed one). ``to``:
    the nouns of the 'to' phrases, on which the parser may hang the 'of' phrase ("the
    extradition to Germany of a Ukrainian man")."""
    toks = objects(noun_or_verb) if is_verb else preps(noun_or_verb, {"of"}) + [
        c for c in noun_or_verb.children if c.dep_ == "poss"] + [o for t in to for o in preps(t, {"of"})]
    named = [e for t in toks for e in cx.entities(t, conj=True) if e.type == "Person"]
    if named:
        return _uniq(named), None
    unnamed = next((t for t in toks if t.lemma_.lower() in SOUGHT_NOUNS), None)
    return [], unnamed


def extradition_ruling_rules(tok: Token, cx: Context) -> list[Fact]:
    """A court's ruling on an extradition: ``tok`` a verb of :data:`RULING_VERBS` whose doer
    is a court (named or unnamed) and whose object is the noun 'extradition' or a clause
    of 'extradite'. Output: [] or [the ruling (``court``, ``legalActionKind: ruling``,
    ``outcome``, ``target`` the extradition's id), the extradition asked (``actionType:
    extradition request``, ``target``, ``initiator``, ``recipient``)], or [] when no person
    sought is told."""
    if tok.pos_ != "VERB" or tok.lemma_ not in RULING_VERBS or _not_done(tok):
        return []
    noun, verb = _extradition(tok)
    if noun is None and verb is None:
        return []
    roles, qualified, state = _court_of(tok, cx)
    if not roles and not qualified:
        return []
    outcome = f"extradition {RULING_VERBS[tok.lemma_]}"
    # the ruling is on the extradition drafted beside it (its ``target``, by id; without one, none)
    ruling = Fact("LegalAction", roles, {"legalActionKind": "ruling", "outcome": outcome},
                  tokens=[tok.i, (noun or verb).i], trigger=tok, refers=("target", ("LegalAction",)))
    ruling.qualified.update(qualified)
    out = []
    head = noun if noun is not None else verb
    to = preps(head, {"to"}) + preps(tok, {"to"})
    named, unnamed = _sought(head, to, cx, verb is not None)
    sought = [*preps(head, {"of"}), *(o for t in to for o in preps(t, {"of"}))] if noun is not None else objects(verb)
    wanted_by = [b for t in sought
                 for a in t.children if a.dep_ == "acl" and a.lemma_ in ("want", "seek", "request")
                 for b in preps(a, {"by"})]
    asking = _uniq([e for t in to + wanted_by for e in cx.entities(t) if e.type == "State"])
    if not (named or unnamed is not None):
        return out
    f = Fact("LegalAction", {"initiator": asking[:1]} if asking else {}, {"actionType": "extradition request"},
             tokens=[tok.i, head.i, *(t.i for t in to + wanted_by)], trigger=tok, undated=True)
    if named:
        f.roles["target"] = named
    else:
        words = [t.lower_ for t in unnamed.subtree if t.i <= unnamed.i and t.dep_ in ("amod", "compound")
                 and t.i not in cx.at] + [unnamed.lower_]
        f.qualified["target"] = (f"unnamed {' '.join(words)}", None)
    if state is not None and not any(state.id == a.id for a in asking):
        f.roles["recipient"] = [state]
    return [f, ruling]
