"""A court's order on an asset or a company ("the commercial court in Lima ordered that the
Toquepala mine, operated by Codelco, be placed under provisional administration for six
months", "a court ordered Vell Mining put under receivership"): a ``LegalAction`` with
``legalActionKind: ruling``, ``actionType: order``, the court (``court``: named, else
``{actor: unnamed commercial court in Lima, of: <its state>}`` as corpus/CLAIMS.md writes
a court the text never names), the company the order is against (``target``: the
operator the text names for the asset, else the company itself), what it orders in
``subject`` and how long in ``duration``. The kind is the project's ``ruling``
(gkg:LegalActionKind), as corpus/CLAIMS.md writes any order of a court ("an order of
several measures").

An order by anyone but a court ("the president ordered that the mine be closed"), or a
thing placed under something else than an administration ("placed under the bridge"),
drafts nothing here.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, preps

#: Nouns of a court or judge giving the order.
COURT_NOUNS = {"court", "tribunal", "judge"}
#: Verbs of the order's clause: "be placed under", "put under".
PLACE_VERBS = {"place", "put"}
#: What an asset is placed under: a body that runs it for the court.
REGIME_NOUNS = {"administration", "receivership", "management", "supervision", "trusteeship", "control",
                "custody", "sequestration"}
#: Verbs by which a text names who runs an asset: "operated by Codelco".
OPERATE_VERBS = {"operate", "run", "own", "manage"}
#: Classes an order may be against.
TARGET_TYPES = ("Organisation", "StateCompany", "Person", "State", "Government")
ORDER_TRIGGERS = {"order"}


def _court(subj: Token, cx: Context) -> tuple[list, dict]:
    """The court the subject ``subj`` names: (roles, qualified) with the named court as
    ``court``, or the unnamed one in the qualified form with the state of the place
    'in' names ("the commercial court in Lima": ("unnamed commercial court in Lima",
    Peru)); ([], {}) when ``subj`` is no court."""
    named = [e for e in cx.entities(subj) if e.type == "Court"]
    if named:
        return [("court", named)], {}
    if subj.lemma_ not in COURT_NOUNS:
        return [], {}
    words = [t.text for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "poss", "case")]
    where = preps(subj, {"in"})
    places = [m.entity for p in where for t in p.subtree for m in [cx.at.get(t.i)] if m is not None]
    state = next((s for e in places for s in [e if e.type == "State" else cx.resolver.state_of(e)] if s), None)
    label = " ".join(["unnamed", *words, *(["in", *(t.text for t in where[0].subtree)] if where else [])])
    return [], {"court": (label, state)}


def placed_under(tok: Token) -> tuple[Token, Token, Token] | None:
    """The clause of 'order' ``tok`` that places a thing under an administration ("that the
    mine be placed under provisional administration", "Vell Mining placed under
    receivership"): (the verb of placing, the noun of :data:`REGIME_NOUNS`, the noun of the
    thing placed), or None."""
    placed = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ in PLACE_VERBS]
    placed += [a for o in tok.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl" and a.lemma_ in PLACE_VERBS]
    if not placed:
        return None
    verb = placed[0]
    regime = [o for o in preps(verb, {"under"}) if o.lemma_ in REGIME_NOUNS]
    thing = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")] or ([verb.head] if verb.dep_ == "acl" else [])
    return (verb, regime[0], thing[0]) if regime and thing else None


def court_order_rules(tok: Token, cx: Context) -> list[Fact]:
    """A court ordering an asset or company placed under an administration: ``tok`` 'order'
    with a court as subject (:func:`_court`) and a clause "that X be placed under ..." (or
    "X placed under ...") whose 'under' names a noun of :data:`REGIME_NOUNS`. Output: []
    or one LegalAction (``court``, ``target``, ``legalActionKind``, ``actionType``,
    ``subject``, ``duration`` when "for six months" says it)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ORDER_TRIGGERS:
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj:
        return []
    court, qualified = _court(subj[0], cx)
    if not (court or qualified):
        return []
    found = placed_under(tok)
    if found is None:
        return []
    verb, regime, thing = found
    run_by = [a for a in thing.children if a.dep_ in ("acl", "relcl") and a.lemma_ in OPERATE_VERBS]
    # (the operator's clause, and the clause of placing when it hangs on the thing: "Vell Mining placed under")
    aside = {t.i for a in run_by + ([verb] if verb.dep_ == "acl" else []) for t in a.subtree}
    operator = _uniq([m.entity for a in run_by for t in a.subtree for m in [cx.at.get(t.i)]
                      if m is not None and m.entity.type in TARGET_TYPES and m.entity.type != "State"])
    # (the state that owns the asset, "Peru's largest copper mine", is not what the order is aimed at)
    own = _uniq([m.entity for t in thing.subtree if t.i not in aside for m in [cx.at.get(t.i)] if m is not None])
    target = operator or [e for e in own if e.type in TARGET_TYPES and e.type != "State"]
    if not target:
        return []
    what = "".join(t.text_with_ws for t in thing.subtree if t.i not in aside and t.dep_ != "det" and not t.is_punct)
    attrs = {"legalActionKind": "ruling", "actionType": "order",
             "subject": f"{what.strip()} placed under {''.join(t.text_with_ws for t in regime.subtree).strip()}"}
    duration = [o for o in preps(verb, {"for"}) if o.lemma_ in ("day", "week", "month", "year")]
    if duration:
        attrs["duration"] = " ".join(t.text for t in duration[0].subtree)
    return [Fact("LegalAction", {"target": target, **dict(court)}, attrs,
                 tokens=[tok.i, verb.i, regime.i], qualified=qualified, members_of={"court"})]
