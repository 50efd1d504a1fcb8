"""Supplies told by what carries them and in quantities, the words of pipeline and
energy-trade news: "the X pipeline, which would carry gas from A to B across C", "the
pipeline is designed to carry 50 billion cubic metres of gas a year", "deliveries would
run for 30 years", "agreed to raise deliveries through the existing X pipeline from 38
billion to 44 billion cubic metres a year", "Peru agreed to raise gas deliveries to Kenya
from 10 billion to 12 billion cubic metres".

Each is a ``Supply`` (CAMEO 061 'cooperate economically' for a supply agreed, PLOVER's
material aid and trade; ``ontology/geopolitics.ttl`` gkg:Supply) as corpus/CLAIMS.md
writes supplies and quantities:

- ``viaAsset`` the pipeline, cable or route it goes through (a registry Asset; "the
  pipeline" the one named just before), ``item`` the commodity
  (:data:`~kg.extract.facts.common.COMMODITIES`), ``amount`` with its unit and rate
  ("50 billion cubic metres per year"), ``duration`` how long deliveries run ("30
  years"), and for a changed volume the new figure as ``amount`` with the old one in
  ``description`` ("raised from 38 billion cubic metres per year"; ``previousAmount`` is
  no key of a supply);
- ``supplier`` the state 'from' names (a region, ``origin``), ``recipient`` the actor
  'to' names (a region, ``destination``), ``transitState`` the states 'across',
  'through' or 'via' name; the one who raises its own deliveries to another supplies
  them;
- where the text leaves the supplier or the recipient to an agreement (a pipeline an
  agreement is to build, deliveries two companies agreed to raise), ``termOf`` the
  agreement, as corpus/CLAIMS.md writes a supply known as a term of one: the agreement
  told before, or the one of the same clause;
- ``modality: planned`` for what is still to come ("would carry", "is designed to
  carry", "agreed to raise").

A sentence that only adds to the supply told before ("the pipeline is designed to carry
...", "deliveries would run for 30 years") is a claim on that supply, by its id; with no
supply told before it nothing is drafted. Nothing is drafted for a carrier that is no
pipeline, line or route (a ship's cargo is :mod:`~kg.extract.facts.shipping`'s), for
goods that are no commodity, nor for a negated clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.facts.common import (
    COMMODITIES, MEASURES, NOT_ACTORS, Context, Fact, _demonym_states, _uniq, doers, objects, preps,
)
from kg.extract.mentions import Known

#: Verbs by which a pipeline or line carries goods.
CARRY_VERBS = {"carry", "transport", "pump", "deliver", "supply", "ship", "send", "move", "bring", "transmit"}
#: Nouns of what carries a supply ("the pipeline", "the interconnector").
CONDUIT_NOUNS = {"pipeline", "line", "route", "link", "interconnector", "cable", "corridor", "conduit", "branch",
                 "spur", "string"}
#: Verbs whose complement tells a supply still to come ("designed to carry", "expected to carry").
PLAN_VERBS = {"design", "expect", "intend", "plan", "set", "due", "build", "mean", "schedule"}
#: Modal auxiliaries of what is to come.
FUTURE_AUX = {"will", "would", "shall", "'ll"}
#: Nouns of deliveries whose term or volume a sentence gives.
DELIVERY_NOUNS = {"delivery", "deliveries", "supply", "supplies", "export", "exports", "shipment", "shipments",
                  "flow", "flows", "volume", "volumes", "import", "imports", "purchase", "purchases", "sale", "sales"}
#: Nouns of deliveries seen from the receiving side: their doer receives.
RECEIVING_NOUNS = {"import", "imports", "purchase", "purchases"}
#: Verbs of how long deliveries run ("would run for 30 years").
RUN_VERBS = {"run", "last", "continue", "extend"}
#: Verbs of changing a volume, and the word of the change for ``description``.
CHANGE_VERBS = {"raise": "raised", "increase": "increased", "boost": "increased", "expand": "increased",
                "lift": "raised", "cut": "cut", "reduce": "reduced", "lower": "lowered", "double": "doubled",
                "triple": "tripled", "halve": "halved"}
#: Verbs of agreeing or deciding whose complement a change is ("agreed to raise").
AGREE_VERBS = {"agree", "decide", "pledge", "promise", "commit", "plan", "undertake"}
#: Nouns of companies that, counted two or 'both', stand for the companies of the plural
#: subject told before ("the two companies").
COMPANY_NOUNS = {"company", "firm", "group", "producer", "operator", "utility", "corporation", "giant"}
#: Classes of what "the two companies" may stand for, and how many sentences back they may be named.
COMPANY_TYPES = ("Organisation", "StateCompany")
COMPANY_WINDOW = 6
#: Nouns of a time deliveries run for.
TIME_NOUNS = {"year", "decade", "month"}
#: Words of a rate after an amount.
_RATE = re.compile(r"^(?:a|per|each|every)\s+year\b|^annually\b|^yearly\b|^per\s+annum\b", re.I)
#: Scale words a figure may carry.
SCALES = {"thousand", "million", "billion", "trillion", "bn", "mn", "m"}

VOLUME_TRIGGERS = CARRY_VERBS | RUN_VERBS | set(CHANGE_VERBS)


def _commodity(tok: Token) -> bool:
    return tok.lemma_.lower() in COMMODITIES or tok.lower_ in COMMODITIES


def _goods_word(tok: Token) -> str:
    return "LNG" if tok.lower_ == "lng" else tok.lower_ if tok.pos_ != "PROPN" else tok.text


def _asset_before(noun: Token, cx: Context) -> Known | None:
    """The asset "the pipeline" (``noun``) stands for: the last asset named before it whose
    words hold the noun ("the Power of Siberia 2 gas pipeline" for "the pipeline"), else
    the one asset named in its sentence before it or the two sentences before; None
    otherwise."""
    before = [m for m in cx.mentions if m.start < noun.i and m.entity.type == "Asset"]
    own = [m for m in before if noun.lower_ in cx.doc[m.start:m.end].text.lower() or noun.lower_ in m.entity.label.lower()]
    if own:
        return max(own, key=lambda m: m.start).entity
    first = noun.sent.start
    for _ in range(2):
        if first > 0:
            first = cx.doc[first - 1].sent.start
    named = _uniq([m.entity for m in before if m.start >= first])
    return named[0] if len(named) == 1 else None


def _carrier(noun: Token, cx: Context) -> tuple[list[Known], bool]:
    """What carries the supply, named by ``noun``: (the asset, as a list; whether the noun
    is a carrier at all). A registry Asset; a conduit noun (:data:`CONDUIT_NOUNS`) inside
    or on it with no asset named ("the pipeline", "the Power of Siberia 2 gas pipeline"
    the registry lacks); "the pipeline" for the one named just before."""
    named = [e for e in cx.entities(noun, conj=False) if e.type == "Asset"]
    if named:
        return named[:1], True
    words = [t for t in noun.subtree if t.i <= noun.i or t.dep_ == "compound"]
    conduit = [t for t in words if t.lemma_.lower() in CONDUIT_NOUNS and t.i not in cx.at]
    if not conduit:
        return [], False
    if noun.lemma_.lower() in CONDUIT_NOUNS and any(c.lower_ == "the" for c in noun.children) and \
            not any(c.i in cx.at for c in noun.subtree if c.i != noun.i):
        before = _asset_before(noun, cx)
        return ([before] if before is not None else []), True
    inside = _uniq([cx.at[t.i].entity for t in noun.subtree if t.i in cx.at and cx.at[t.i].entity.type == "Asset"])
    return inside[:1], True


def _amount(measure: Token) -> tuple[str, list[int]] | None:
    """A quantity with its unit and rate, in the claims format's words: "50 billion cubic
    metres of gas a year" -> '50 billion cubic metres per year' (``measure`` the unit
    noun, its figure the numbers before it, its rate "a year" after it or after the
    goods' 'of'), with its tokens; None without a figure."""
    doc = measure.doc
    figure = [t for t in measure.subtree if t.i < measure.i and (t.like_num or t.lower_ in SCALES)]
    if not any(t.like_num for t in figure):
        return None
    start = min(t.i for t in figure)
    words = [t for t in doc[start:measure.i + 1] if not t.is_punct]
    toks = [t.i for t in words]
    text = " ".join(t.text for t in words).replace(",", "")
    # the rate: right after the unit, after its goods ("of gas a year"), or on the unit ("a year" npadvmod)
    rate = [c for c in measure.children if c.dep_ == "npadvmod" and c.lemma_ == "year"]
    after = measure.i + 1
    goods = [o for o in preps(measure, {"of"})]
    if goods:
        after = max(t.i for t in goods[0].subtree) + 1
    tail = doc[after: min(len(doc), after + 3)]
    m = _RATE.match(tail.text) if len(tail) else None
    if rate or m:
        text += " per year"
        toks += [t.i for t in rate[0].subtree] if rate else [t.i for t in tail if t.idx < tail[0].idx + m.end()]
    return text, toks


def _measure_of(verb: Token) -> tuple[Token | None, Token | None]:
    """What ``verb`` carries: (the commodity, the unit noun of its quantity) for "carry 50
    billion cubic metres of gas" or "carry gas"; (None, None) when no commodity."""
    for o in objects(verb):
        if _commodity(o):
            return o, None
        if o.lemma_.lower() in MEASURES or o.lower_ in ("bcm", "tonnes", "barrels"):
            goods = [g for g in preps(o, {"of"}) if _commodity(g)]
            if goods:
                return goods[0], o
    return None, None


def _ends(verb: Token, cx: Context) -> dict[str, list[Known]]:
    """Where a supply goes, from the verb's prepositions: 'from' a state (``supplier``) or a
    region or place (``origin``), 'to' an actor (``recipient``) or a region or place
    (``destination``), 'across' / 'through' / 'via' states (``transitState``)."""
    roles: dict[str, list[Known]] = {}
    came = [e for o in preps(verb, {"from"}) for e in cx.entities(o)]
    went = [e for o in preps(verb, {"to", "into"}) for e in cx.entities(o)]
    roles["supplier"] = [e for e in came if e.type not in NOT_ACTORS and e.type not in ("Region", "Asset")]
    roles["origin"] = [e for e in came if e.type in ("Region", "Place", "City")]
    roles["recipient"] = [e for e in went if e.type not in NOT_ACTORS and e.type not in ("Region", "Asset")]
    roles["destination"] = [e for e in went if e.type in ("Region", "Place", "City")]
    roles["transitState"] = [e for o in preps(verb, {"across", "through", "via"}) for e in cx.entities(o)
                             if e.type == "State"]
    return {k: _uniq(v) for k, v in roles.items() if v}


def _to_come(verb: Token) -> bool:
    """Whether the supply ``verb`` tells is still to come: a future or conditional
    auxiliary on it ("would carry"), or the complement of a verb of planning or design
    ("is designed to carry", "agreed to raise")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lemma_ in PLAN_VERBS | AGREE_VERBS or _to_come(verb.head))


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or verb.dep_ in ("xcomp", "conj") and _negated(verb.head)


def _built_under_agreement(noun: Token) -> bool:
    """Whether the asset noun ``noun`` is what an agreement is made to build ("signed a
    memorandum to build the pipeline"): the object of 'build' / 'construct' / 'lay' in a
    clause on a verb or noun of signing or agreeing."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_ not in ("build", "construct", "lay", "develop"):
        return False
    up = verb.head
    return up.lemma_ in ("sign", "agree", "conclude", "reach", "seal", "ink") or \
        up.lower_ in ("memorandum", "agreement", "deal", "contract", "accord") or \
        (up.dep_ == "dobj" and up.head.lemma_ in ("sign", "conclude", "reach", "seal", "ink"))


def carried_supply_rules(tok: Token, cx: Context) -> list[Fact]:
    """A supply told by what carries it: ``tok`` a verb of :data:`CARRY_VERBS` whose subject
    is a pipeline, line or route (:func:`_carrier`: the noun a relative clause hangs on,
    "the X pipeline, which would carry gas ...", or the subject of the verb it completes,
    "the pipeline is designed to carry ..."), carrying a commodity, with or without its
    quantity. Output: [] or one Supply (``viaAsset``, ``item``, ``amount``, the ends of
    :func:`_ends`; ``termOf`` the agreement when the words name no supplier or no
    recipient and the pipeline is what an agreement is to build; a claim on the supply of
    the same goods told before when they name neither and the subject is a pipeline)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CARRY_VERBS or _negated(tok):
        return []
    if tok.dep_ == "relcl":
        subj = tok.head
    else:
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and tok.dep_ == "xcomp":
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    asset, carrier = _carrier(subj, cx)
    if not carrier:
        return []
    item, measure = _measure_of(tok)
    if item is None:
        return []
    roles = _ends(tok, cx)
    if asset:
        roles["viaAsset"] = asset
    attrs: dict[str, object] = {"item": _goods_word(item)}
    # the subject (but for a relative clause's noun) and the phrases that name its ends
    ends = [t.i for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "to", "into", "across", "through", "via")
            for t in p.subtree]
    tokens = [tok.i, item.i, *ends, *(t.i for t in subj.subtree if tok.dep_ != "relcl"),
              *(c.i for c in tok.children if c.dep_ in ("aux", "nsubj"))]  # "which would"
    if measure is not None:
        found = _amount(measure)
        if found is not None:
            attrs["amount"] = found[0]
            tokens += found[1]
    planned = _to_come(tok)
    supplier = any(k in roles for k in ("supplier", "origin"))
    receiver = any(k in roles for k in ("recipient", "destination", "transitState"))
    if "supplier" in roles and ("recipient" in roles or "destination" in roles):
        return [Fact("Supply", roles, attrs, tokens=tokens, split=False, clause=False, planned=planned)]
    if (supplier or receiver) and _built_under_agreement(subj):
        # "signed a memorandum to build the X pipeline, which would carry gas to China across
        # Mongolia": the supplier the words leave out is the agreement's (corpus/CLAIMS.md termOf)
        return [Fact("Supply", roles, attrs, tokens=tokens, split=False, clause=False, planned=planned,
                     refers=("termOf", ("Agreement",)))]
    if not (supplier or receiver) and subj.lemma_.lower() in CONDUIT_NOUNS and "amount" in attrs:
        # "The pipeline is designed to carry 50 billion cubic metres of gas a year": the supply told before
        return [Fact("Supply", roles, attrs, tokens=tokens, split=False, clause=False, planned=planned,
                     undated=True, refers=("fact", ("Supply",), item.lemma_.lower()))]
    return []


def delivery_term_rules(tok: Token, cx: Context) -> list[Fact]:
    """How long the supply told before runs: ``tok`` a verb of :data:`RUN_VERBS` whose
    subject is a noun of deliveries (:data:`DELIVERY_NOUNS`: "deliveries would run for 30
    years", "supplies will last for two decades") with 'for' a time. Output: [] or one
    Supply claim on the supply told before (``duration``, planned for a future or
    conditional one)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in RUN_VERBS or _negated(tok):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in DELIVERY_NOUNS and c.i not in cx.at]
    if not subj or any(c.dep_ in ("poss", "compound") and c.i in cx.at for c in subj[0].children):
        return []  # "Peru's exports ran for ...": the state's own, not the supply told before
    term = [o for o in preps(tok, {"for"}) if o.lemma_.lower() in TIME_NOUNS
            and any(c.dep_ in ("nummod", "det") for c in o.children)]
    if not term:
        return []
    words = [t for t in term[0].subtree if not t.is_space]
    return [Fact("Supply", {}, {"duration": " ".join(t.text for t in words)},
                 tokens=[subj[0].i, tok.i, term[0].head.i, *(t.i for t in words)], split=False, clause=False,
                 planned=_to_come(tok), undated=True, refers=("fact", ("Supply",)))]


def _is_unit(t: Token) -> bool:
    return t.lemma_.lower() in MEASURES or t.lower_ in ("bcm", "mtpa", "bpd")


def _number(t: Token) -> bool:
    return t.like_num or t.lower_ in SCALES


def _figures(verb: Token) -> dict | None:
    """The figures of a change ``verb`` tells, read in the words after its 'from' or 'to'
    ("from 38 billion to 44 billion cubic metres a year", "from 150 billion cubic metres
    to 40 billion cubic metres", "to 44 billion cubic metres"), wherever the parser hangs
    them: {'amount': the new figure with its unit and rate ('44 billion cubic metres per
    year'), 'before': the old one likewise or None, 'tokens': their indices}; None
    without a figure and its unit."""
    doc = verb.doc
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to")):
        k, old, new, unit_words = p.i + 1, [], [], []
        if p.lower_ == "from":
            while k < len(doc) and _number(doc[k]):
                old.append(doc[k])
                k += 1
            while k < len(doc) and k - p.i < 8 and doc[k].lower_ != "to" and not doc[k].is_punct:
                k += 1  # the old figure's own unit ("from 38 billion cubic metres to ...")
            if not old or k >= len(doc) or doc[k].lower_ != "to":
                continue
            k += 1
        while k < len(doc) and _number(doc[k]):
            new.append(doc[k])
            k += 1
        while k < len(doc) and len(unit_words) < 3 and not doc[k].is_punct and not _is_unit(doc[k]) and \
                doc[k].pos_ in ("ADJ", "NOUN"):
            unit_words.append(doc[k])  # "cubic"
            k += 1
        if not new or k >= len(doc) or not _is_unit(doc[k]):
            continue
        while k + 1 < len(doc) and _is_unit(doc[k + 1]) and not doc[k + 1].is_punct:
            unit_words.append(doc[k])  # "cubic metres"
            k += 1
        unit = doc[k]
        unit_words.append(unit)
        tail = doc[unit.i + 1: min(len(doc), unit.i + 4)]
        rate = _RATE.match(tail.text) if len(tail) else None
        per = " per year" if rate else ""
        toks = [t.i for t in [*old, *new, *unit_words]] + ([t.i for t in tail if t.idx < tail[0].idx + rate.end()]
                                                           if rate else [])
        figure = " ".join(t.text for t in new).replace(",", "")
        what = " ".join(t.text for t in unit_words)
        before = " ".join(t.text for t in old).replace(",", "")
        return {"amount": f"{figure} {what}{per}", "before": f"{before} {what}{per}" if old else None,
                "tokens": [p.i, *toks], "unit": unit}
    return None


def companies_told_before(tok: Token, cx: Context) -> tuple[list[Known], str]:
    """The companies "the two companies" or "both firms" (``tok``) stand for: the two
    companies or bodies of the nearest subject naming two such (and nothing else) in its
    sentence before it or the :data:`COMPANY_WINDOW` sentences before ("Ostragaz and Norgas
    signed ... The two companies also agreed to ..."), with the words naming them there;
    ([], "") otherwise."""
    if tok.lemma_.lower() not in COMPANY_NOUNS or tok.tag_ != "NNS" or tok.i in cx.at or \
            not any(c.lower_ in ("two", "both") for c in tok.children):
        return [], ""
    if any(c.dep_ in ("poss", "prep", "compound", "amod") and c.lower_ not in ("two", "both") for c in tok.children):
        return [], ""  # "the two Russian companies", "the two companies of X": not just the pair told before
    start = tok.sent.start
    for _ in range(COMPANY_WINDOW + 1):
        sent = cx.doc[start].sent
        for head in reversed([t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i
                              and t.head.dep_ != "relcl" and t.dep_ != "conj"]):
            found = _uniq([e for x in (head, *head.conjuncts) for e in cx.entities(x, conj=False)])
            if len(found) == 2 and all(e.type in COMPANY_TYPES for e in found):
                named = [t.i for x in (head, *head.conjuncts) for t in x.subtree]
                return found, cx.doc[min(named): max(named) + 1].text
        if start == 0:
            break
        start = cx.doc[start - 1].sent.start
    return [], ""


def changed_volume_rules(tok: Token, cx: Context) -> list[Fact]:
    """A supply whose volume is raised or cut: ``tok`` a verb of :data:`CHANGE_VERBS` with a
    noun of deliveries as its object ("raise deliveries", "increase the volume planned
    for the X route", "gas deliveries") and a new figure with its unit (:func:`_figures`).
    The asset: 'through' / 'via' / 'for' on the verb, the noun or the noun's participle.
    Who supplies: the doer (of the verb, or of the verb of agreeing it completes) when one
    actor raises its deliveries 'to' another ("imports" the converse); when two agree to
    it, the agreement of the clause (``termOf``); else nothing. Output: [] or one Supply
    (``amount``, the old figure in ``description``, planned when agreed or to come)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CHANGE_VERBS or _negated(tok):
        return []
    noun = next((o for o in objects(tok) if o.dep_ == "dobj" and (o.lower_ in DELIVERY_NOUNS or
                                                                 o.lemma_.lower() in DELIVERY_NOUNS)), None)
    if noun is None:
        return []
    figures = _figures(tok)
    if figures is None:
        return []
    unit, toks = figures["unit"], figures["tokens"]
    attrs: dict[str, object] = {"amount": figures["amount"]}
    if figures["before"]:
        attrs["description"] = f"{CHANGE_VERBS[tok.lemma_]} from {figures['before']}"
    goods = [c for c in noun.children if c.dep_ in ("compound", "amod") and _commodity(c)] + \
        [o for o in preps(noun, {"of"}) if _commodity(o)] + [o for o in preps(unit, {"of"}) if _commodity(o)]
    if goods:
        attrs["item"] = _goods_word(goods[0])
    heads = [tok, noun, *(c for c in noun.children if c.dep_ == "acl")]
    assets = [e for h in heads for o in preps(h, {"through", "via", "for"}) for e in _carrier(o, cx)[0]]
    roles: dict[str, list] = {}
    if assets:
        roles["viaAsset"] = _uniq(assets)[:1]
    agreeing = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_ in AGREE_VERBS else \
        tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "xcomp" and tok.head.head.lemma_ in AGREE_VERBS else None
    actor_verb = agreeing if agreeing is not None else tok
    subj = doers(actor_verb)
    who = _uniq([e for s in subj for e in cx.entities(s) if e.type not in NOT_ACTORS] +
                [e for s in subj for e in companies_told_before(s, cx)[0]])
    receiving = noun.lower_ in RECEIVING_NOUNS or noun.lemma_.lower() in RECEIVING_NOUNS
    # the other side: whom deliveries go 'to', or whom imports come 'from' (never the figures' 'from ... to'),
    # or the state a demonym on the goods names ("imports of Russian gas"); a region they go to is a destination
    ends = [e for h in (tok, noun) for o in preps(h, {"from" if receiving else "to"}) if o.i != unit.i and not o.like_num
            for e in cx.entities(o) if e.type != "Asset"]
    if receiving:
        ends += [e for g in goods for e in _demonym_states(g, cx)]
    to = [e for e in ends if e.type not in NOT_ACTORS]
    regions = [e for e in ends if e.type in ("Region", "Place") and not receiving]
    tokens = [tok.i, noun.i, *toks,
              *(t.i for h in heads for o in preps(h, {"through", "via", "for"}) for t in o.subtree if t.i <= o.i)]
    planned = agreeing is not None or _to_come(tok)
    if len(who) == 1 and to and to[0].id != who[0].id:
        roles.update({"supplier": to[:1], "recipient": who} if receiving else {"supplier": who, "recipient": to[:1]})
        return [Fact("Supply", roles, attrs, tokens=[*tokens, *(t.i for s in subj for t in s.subtree)],
                     split=False, clause=False, planned=planned)]
    if len(who) == 1 and regions and not receiving:  # "cut gas deliveries to Europe": a region receives them
        roles.update({"supplier": who, "destination": regions[:1]})
        return [Fact("Supply", roles, attrs, tokens=[*tokens, *(t.i for s in subj for t in s.subtree)],
                     split=False, clause=False, planned=planned)]
    if len(who) >= 2 and agreeing is not None and "viaAsset" in roles:
        # "the two companies agreed to raise deliveries through X": a term of what they agreed
        return [Fact("Supply", roles, attrs, tokens=tokens, split=False, clause=False, planned=True,
                     refers=("termOf", ("Agreement",)))]
    return []
