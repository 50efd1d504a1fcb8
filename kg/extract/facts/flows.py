"""Goods told as flowing: "Russian gas stopped flowing to Europe through Ukraine", "Kazakh
oil flows to Germany via the Druzhba pipeline", "gas from Norway continued to flow to
Poland". Each is a ``Supply`` (CAMEO 070 'provide aid', PLOVER AID, as
``ontology/geopolitics.ttl`` maps gkg:Supply) of the commodity: ``supplier`` the state a
demonym on it or its 'from' names, ``recipient`` the actor its 'to' names (a region such as
Europe in ``destination``), the state its 'through' / 'via' names in ``transitState``, and
``status: ended`` when the flow stopped ("stopped flowing", "ceased to flow"), as
corpus/CLAIMS.md writes a supply lost. Rivers, money and people also flow; only the
commodities of trade news (:data:`~kg.extract.facts.common.COMMODITIES`) make a supply.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import COMMODITIES, NOT_ACTORS, Context, Fact, _demonym_states, _uniq, governed, preps

#: Verbs whose complement 'flowing' / 'to flow' tells the flow ended.
STOP_VERBS = {"stop", "cease", "halt", "end"}
#: Places that receive goods without being an actor (a continent, a region).
REGIONS = ("Region", "Place")


def flow_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Supply from the verb 'flow' whose subject (or the subject of the verb it completes:
    "gas stopped flowing") is a commodity: see the module's description for the roles.
    Returns [] or one fact; [] when no supplier or no receiver is named, or the supplier is
    also the receiver."""
    if tok.pos_ != "VERB" or tok.lemma_ != "flow":
        return []
    head = tok.head if tok.dep_ == "xcomp" else tok
    subj = [c for c in head.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lemma_.lower() not in COMMODITIES:
        return []
    item = subj[0]
    supplier = _demonym_states(item, cx) + [e for o in preps(item, {"from"}) + preps(tok, {"from"})
                                            for e in governed(cx.entities(o), cx) if e.type == "State"]
    supplier += [e for c in item.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)
                 if e.type not in NOT_ACTORS]
    supplier = _uniq(supplier)
    to = _uniq([e for o in preps(tok, {"to", "into"}) for e in cx.entities(o)])
    recipient = [e for e in to if e.type not in NOT_ACTORS and e.type not in REGIONS]
    destination = [e for e in to if e.type in REGIONS]
    if not supplier or not (recipient or destination):
        return []
    if {e.id for e in supplier} & {e.id for e in recipient + destination}:
        return []
    roles = {"supplier": supplier}
    if recipient:
        roles["recipient"] = recipient
    if destination:
        roles["destination"] = destination
    transit = [e for o in preps(tok, {"through", "via", "across"}) for e in cx.entities(o) if e.type == "State"]
    if transit:
        roles["transitState"] = _uniq(transit)
    f = Fact("Supply", roles, {"item": item.text}, tokens=[tok.i, head.i, *(t.i for t in item.subtree)], trigger=tok)
    if head.i != tok.i and head.lemma_ in STOP_VERBS:
        f.attrs["status"] = "ended"
        f.take_date(cx.date_of(head), "endDate")  # "stopped flowing on Wednesday": the day it ended
    return [f]
