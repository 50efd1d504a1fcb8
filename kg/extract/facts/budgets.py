"""A state's budget told as a sum: "X's cabinet approved a record defence budget of 9.04
trillion yen ($58 billion) for the fiscal year starting in April 2031", and its change
told after it: "The draft is 9.4 percent larger than the 8.7 trillion yen set aside for
the current fiscal year". An ``Indicator`` (a state's figure, schema:Observation;
``corpus/CLAIMS.md``, "A state's figure" and "Money, quantities and time") with
``observationAbout`` the state, ``indicator`` the budget's words ("defence budget"),
``value`` the sum as printed (with its conversion as a second figure: ``[9.04 trillion
yen, $58 billion]``), ``period`` the fiscal year ("2031-04/2032-03") and, for the change,
``changePercent`` (negative for a smaller one) with ``previousAmount``.

Input: a token of the parsed article and its :class:`~kg.extract.facts.common.Context`;
output: a list of :class:`~kg.extract.facts.common.Fact`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.facts.common import Context, Fact, _uniq, subjects
from kg.quantities import QuantityError, parse_amount

#: Nouns of a sum a state sets aside ("defence budget", "military spending", "an allocation").
BUDGET_NOUNS = {"budget", "spending", "allocation", "outlay", "expenditure"}
#: Modifiers of a budget noun that say nothing of what it is for ("a record budget").
PLAIN_WORDS = {"record", "new", "draft", "proposed", "annual", "total", "overall", "first", "largest", "biggest",
               "initial", "this", "that", "its", "their", "the", "a", "an"}
#: Adjectives of a comparison of sizes, with the sign of the change they tell.
COMPARED = {"large": 1, "high": 1, "big": 1, "great": 1, "more": 1, "small": -1, "low": -1, "less": -1}
#: Subjects that stand for the budget told before ("The draft is 9.4 percent larger ...").
STANDS_FOR = BUDGET_NOUNS | {"draft", "plan", "bill", "figure", "sum", "amount", "it", "package", "increase"}
#: Who a budget can be of: a state, or a body whose state it is.
OWNERS = ("State", "Government", "Organisation", "Court")


def _money(tok: Token) -> tuple[str, list[int]] | None:
    """The sum the noun phrase of ``tok`` writes ("9.04 trillion yen", "$58 billion",
    "more than 970 billion yen"), parenthesised conversions and clauses left out, when the
    claims reader parses it as money (:func:`kg.quantities.parse_amount`): (its words, its
    tokens), else None."""
    toks = [t for t in tok.subtree if t.i <= tok.i and not t.is_punct and t.dep_ not in ("det",)]
    if not toks:
        return None
    toks = [t for t in toks if t.i >= toks[0].i and (t.like_num or t.ent_type_ == "MONEY" or t == tok or t.lower_ in
                                                      ("more", "than", "about", "some", "nearly", "almost", "over"))]
    words = " ".join(t.text for t in toks).replace("$ ", "$").replace("€ ", "€").replace("£ ", "£").replace("¥ ", "¥")
    words = re.sub(r"(?<=\d),(?=\d{3})", "", words)
    try:
        amount = parse_amount(words, money=True)
    except (QuantityError, TypeError):
        return None
    return (words, [t.i for t in toks]) if amount.currency else None


def _owner(noun: Token, cx: Context):
    """The state a budget noun is of: a state or body before it ("Japan's defence
    budget"), else the one the subject of its verb names ("Japan's cabinet approved a
    budget": Japan); None when none or several."""
    named = [e for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") for e in cx.entities(c)]
    if not named and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        named = [e for s in subjects(noun.head) if s.dep_ != "nsubjpass" for e in cx.entities(s)]
    states = _uniq([st for e in named if e.type in OWNERS
                    for st in [e if e.type == "State" else cx.resolver.state_of(e)] if st is not None])
    return states[0] if len(states) == 1 else None


def _fiscal_period(noun: Token, cx: Context) -> tuple[str, list[int]] | None:
    """The period a 'for' phrase on the budget or its verb names: "for the fiscal year
    starting in April 2031" (twelve months from then: '2031-04/2032-03'), "for 2031" (the
    year). None for any other words."""
    fors = [o for h in (noun, noun.head) for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj"]
    for o in fors:
        if o.lemma_.lower() == "year" and any(c.lower_ in ("fiscal", "financial") for c in o.children):
            for acl in (c for c in o.children if c.dep_ == "acl" and c.lemma_ in ("start", "begin")):
                month = [t for p in acl.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                         for t in p.subtree if t.ent_type_ == "DATE"]
                when = dates.resolve(" ".join(t.text for t in month), cx.published) if month else None
                if when and re.fullmatch(r"\d{4}-\d{2}", when):
                    y, m = int(when[:4]), int(when[5:])
                    end_y, end_m = (y, m + 11) if m == 1 else (y + 1, m - 1)
                    return f"{when}/{end_y:04d}-{end_m:02d}", [t.i for t in o.subtree]
        if re.fullmatch(r"\d{4}", o.text) and o.ent_type_ == "DATE":
            return o.text, [o.i]
    return None


def budget_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X's cabinet approved a record defence budget of 9.04 trillion yen ($58 billion) for
    the fiscal year starting in April 2031", "Peru's defence budget of 2 billion soles": an
    Indicator of the state (:func:`_owner`), ``indicator`` the noun with what it is for
    ("defence budget"), ``value`` the sum after 'of' (with a conversion in brackets as a
    second figure) and ``period`` the fiscal year (:func:`_fiscal_period`). Nothing when
    no sum in a currency follows ("a budget of reforms") or no one state owns it."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BUDGET_NOUNS:
        return []
    sums = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    figure = _money(sums[0]) if sums else None
    if figure is None:
        return []
    owner = _owner(tok, cx)
    if owner is None:
        return []
    what = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ not in PLAIN_WORDS
            and c.i not in cx.at and c.i < tok.i]
    indicator = " ".join([*(c.text.lower() for c in sorted(what, key=lambda t: t.i)), tok.text.lower()])
    values = [figure[0]]
    tokens = [tok.i, *figure[1]]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("poss", "amod", "compound", "nmod") and cx.entities(c) for c in tok.children):
        tokens += [s.i for s in subjects(tok.head) if s.dep_ != "nsubjpass"]  # whose budget: the verb's subject
    for c in sums[0].children:  # "9.04 trillion yen ($58 billion)": the same sum converted
        if c.dep_ == "appos":
            other = _money(c)
            if other is not None:
                values.append(other[0])
                tokens += other[1]
    f = Fact("Indicator", {"observationAbout": [owner]}, {"indicator": indicator,
                                                          "value": values if len(values) > 1 else values[0]},
             tokens=tokens)
    period = _fiscal_period(tok, cx)
    if period is not None:
        f.attrs["period"] = period[0]
        f.tokens += period[1]
    f.undated = True  # the day the budget is approved is not the figure's period
    f.split = False
    return [f]


def budget_change_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The draft is 9.4 percent larger than the 8.7 trillion yen set aside for the current
    fiscal year": the change of the budget told before (the last sentence before with a
    budget of :func:`budget_rules`), its subject a word of :data:`STANDS_FOR`: an
    Indicator of the same state and words with ``changePercent`` (negative for "smaller",
    "lower") and ``previousAmount`` (the sum after 'than', when one is written). Nothing
    with no budget told before or no percentage."""
    sign = COMPARED.get(tok.lemma_.lower())
    if sign is None or tok.pos_ not in ("ADJ", "ADV") or tok.dep_ != "acomp":
        return []
    subj = [s for s in subjects(tok.head) if s.lemma_.lower() in STANDS_FOR]
    pct = [c for c in tok.children if c.dep_ == "npadvmod" and c.lower_ in ("percent", "%", "per")]
    if not subj or not pct:
        return []
    num = [c for c in pct[0].children if c.like_num]
    try:
        change = float(num[0].text) if num else None
    except ValueError:
        change = None
    if change is None:
        return []
    told = next((g for t in reversed(cx.doc[:tok.sent.start]) if t.lemma_.lower() in BUDGET_NOUNS
                 for g in budget_rules(t, cx)), None)
    if told is None:
        return []
    f = Fact("Indicator", dict(told.roles), {"indicator": told.attrs["indicator"],
                                             "changePercent": (change if change % 1 else int(change)) * sign},
             tokens=[tok.i, subj[0].i, pct[0].i, *(n.i for n in num)])
    than = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "than" for o in p.children if o.dep_ == "pobj"]
    before = _money(than[0]) if than else None
    if before is not None:
        f.attrs["previousAmount"] = before[0]
        f.tokens += before[1]
    f.read_as["observationAbout"] = f"the budget told before: {told.attrs['indicator']}"
    f.undated = True
    f.split = False
    return [f]


#: Verbs of a body deciding a budget ("approved a draft budget", "a budget enacted by parliament").
APPROVE_VERBS = {"approve", "adopt", "endorse", "pass", "enact"}
#: Common nouns of a state's executive body ("the Cabinet approved", "the government adopted").
EXECUTIVE_WORDS = {"cabinet", "government", "administration", "council"}
#: Legislatures by the word for their kind (:data:`kg.extract.facts.offices.LEGISLATURE_WORDS`,
#: Wikidata Q11204 'legislature'), "house" and "chamber" left out as too common alone.
LEGISLATURE_WORDS = {"parliament", "assembly", "congress", "senate", "duma", "rada", "knesset", "bundestag",
                     "majlis", "legislature", "sejm", "diet", "cortes", "storting", "riksdag", "lawmakers"}
#: Currency nouns and the multipliers that head a sum ("100 billion yen", "$5 billion").
SUM_HEADS = {"yen", "dollar", "euro", "pound", "yuan", "renminbi", "rouble", "ruble", "rupee", "won", "franc", "peso",
             "lira", "shekel", "real", "rand", "naira", "zloty", "krona", "krone", "hryvnia", "dinar", "riyal",
             "dirham", "ringgit", "baht", "rupiah", "million", "billion", "trillion", "$", "€", "£", "¥"}
#: Words that mark a line of a list ("- 100 billion yen for ...", "• ...").
BULLETS = {"-", "•", "*", "–", "—", "·"}


def _approval(noun: Token) -> tuple[Token, Token] | None:
    """The verb of :data:`APPROVE_VERBS` that decides the budget noun ``noun`` and the word
    of the body deciding it: the object of an active verb ("the Cabinet approved a draft
    budget of ..."), the subject of a passive one or a participle after it ("a budget of N
    was approved by parliament", "a budget of N, enacted by the Diet on D"), or a relative
    clause on the noun or on its sum ("a budget of N, also a record, which the Cabinet
    approved"). None without such a verb, a negated one, or no body named."""
    cands: list[Token] = []
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        cands.append(noun.head)
    for t in noun.subtree:  # a relative clause or participle on the noun or on its sum
        if t.dep_ in ("relcl", "acl") and t.pos_ == "VERB" and (t.head == noun or t.head.head in (noun, *noun.children)
                                                                or t.head.dep_ in ("appos", "pobj")):
            cands.append(t)
    for verb in cands:
        if verb.lemma_.lower() not in APPROVE_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
            continue  # "a budget of N, which the Cabinet criticised" / "which passed": the budget must be its object
        if verb.dep_ == "acl" and verb.tag_ != "VBN":
            continue
        body = [s for s in subjects(verb) if s.dep_ != "nsubjpass" and s != noun and s.lower_ not in ("which", "that")]
        if verb.dep_ == "acl" or noun.dep_ == "nsubjpass":
            body = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if body:
            return verb, body[0]
    return None


def _body_state(body: Token, noun: Token, cx: Context):
    """The state whose body ``body`` is: its entity's state (the Cabinet "of Prime Minister
    X": X's state), else the budget's owner (:func:`_owner`), else the state of the
    article's dateline. None when none is known."""
    for e in cx.entities(body):
        st = e if e.type == "State" else (cx.person_state.get(e.id) or cx.office_state.get(e.id)
                                          or cx.resolver.state_of(e))
        if st is not None:
            return st
    return _owner(noun, cx) or cx.dateline_state


def _budget_words(noun: Token, cx: Context) -> str:
    """The budget's own words, its sum left out: "a draft defence budget" and, when a 'for'
    phrase names its fiscal year on the noun, that phrase ("for fiscal 2025")."""
    toks = [t for t in noun.children if t.i < noun.i and t.dep_ in ("det", "amod", "compound", "nmod")]
    toks = [t2 for t in toks for t2 in t.subtree] + [noun]
    words = cx.doc[min(t.i for t in toks): noun.i + 1].text
    fors = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
            and any(t.ent_type_ == "DATE" for t in p.subtree)]
    if fors:
        words += " " + cx.doc[fors[0].i: fors[0].right_edge.i + 1].text
    return re.sub(r"^(?:the|its|their|a|an)\s+", lambda m: m.group(0).lower() if m.group(0).lower().startswith("a")
                  else "a ", words, flags=re.I)


def budget_act_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Cabinet approved a draft defence budget of 9.04 trillion yen for fiscal 2031",
    "a draft state budget of 122 trillion yen, which the Cabinet approved at the same
    meeting", "A supplementary budget of 18 trillion yen, enacted by parliament on 16
    December": the body's decision on the budget (:func:`_approval`), beside the figure
    :func:`budget_rules` drafts. A legislature's (a word of :data:`LEGISLATURE_WORDS`
    in its name) is a ``Legislation`` (``adoptedBy`` the body, ``jurisdiction`` its
    state); a government's (a Government entity, or the common words of
    :data:`EXECUTIVE_WORDS`) an ``ExecutiveAction`` with ``initiator`` the government or
    its state (corpus/CLAIMS.md, "An executive or regulatory action that is not a law";
    CAMEO 0871 'ease administrative sanctions' is no match: PLOVER has no budget event).
    Both give ``subject`` the budget's words (:func:`_budget_words`) and ``value`` the sum
    after 'of' (:func:`_money`). Nothing without a sum in a currency ("approved a budget
    for reforms"), a verb that is no decision ("criticised a budget of ..."), a body of
    neither kind ("the bank approved a budget of ...") or a state for it."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "budget":
        return []
    sums = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    figure = _money(sums[0]) if sums else None
    found = _approval(tok) if figure is not None else None
    if found is None:
        return []
    verb, body = found
    named = [e for e in cx.entities(body, conj=False) if e.type in OWNERS]
    body_words = {body.lower_, *(c.lower_ for c in body.children if c.dep_ == "compound")}
    legislature = [e for e in named if set(re.findall(r"[a-z]+", e.label.lower())) & LEGISLATURE_WORDS]
    state = _body_state(body, tok, cx)
    if state is None:
        return []
    attrs = {"subject": _budget_words(tok, cx), "value": figure[0]}
    tokens = [tok.left_edge.i, tok.i, verb.i, body.i, *figure[1]]
    if legislature or body_words & LEGISLATURE_WORDS:
        f = Fact("Legislation", {"adoptedBy": legislature[:1] or [state], "jurisdiction": [state]}, attrs,
                 tokens=tokens)
    elif body_words & EXECUTIVE_WORDS or any(e.type == "Government" for e in named):
        gov = [e for e in named if e.type == "Government"]
        f = Fact("ExecutiveAction", {"initiator": gov[:1] or [state]}, attrs, tokens=tokens)
    else:
        return []
    if verb.dep_ in ("acl", "relcl"):  # "enacted by the Diet on 16 December": the day of its own clause
        day = [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for t in p.subtree
               if t.ent_type_ == "DATE"]
        when = dates.resolve(" ".join(t.text for t in day), cx.published) if day else None
        if when:
            f.attrs["date"] = when
            f.tokens += [t.i for t in day]
    f.split = False
    return [f]


def _listed_budget(line_start: Token, cx: Context):
    """The state whose budget a list line starting at ``line_start`` itemises: the list's
    lead-in line ends in ':' and names a budget ("Main items of the budget:"), or the
    sentence before names one; its state that of the budget's decision or owner
    (:func:`budget_act_rules`, :func:`_owner`), else the dateline's. None otherwise."""
    doc = cx.doc
    sent = line_start.sent
    k = sent.start - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_punct and doc[k].text != ":"):
        k -= 1
    prev = doc[k].sent if k >= 0 else None
    while prev is not None and prev.text.strip()[:1] in BULLETS:  # an earlier line of the same list
        k = prev.start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        prev = doc[k].sent if k >= 0 else None
    if prev is None or not prev.text.rstrip().endswith(":"):
        return None
    nouns = [t for t in prev if t.lemma_.lower() in ("budget", "spending", "allocation", "expenditure")]
    if not nouns:
        return None
    for t in reversed(doc[:nouns[0].i]):  # the budget told before in full: its decision's state
        if t.lemma_.lower() == "budget":
            for f in budget_act_rules(t, cx):
                return f.roles.get("jurisdiction", f.roles.get("initiator"))[0]
    return _owner(nouns[0], cx) or cx.dateline_state


def _purpose(money: Token) -> tuple[str, list[Token]] | None:
    """What a listed sum is for: the object of its 'for' ("for long-range missiles",
    relative clauses and appositions kept) or its infinitive ("to acquire missiles"): (the
    words, their tokens); None for neither."""
    fors = [o for p in money.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    if fors:
        toks = sorted(fors[0].subtree, key=lambda t: t.i)
    else:
        inf = [c for c in money.children if c.dep_ in ("relcl", "acl", "advcl") and c.pos_ == "VERB"
               and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
        nxt = money.doc[money.i + 1] if money.i + 1 < len(money.doc) else None
        if not inf and nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "aux" and nxt.head.pos_ == "VERB":
            inf = [nxt.head]  # "including 30 billion yen to acquire missiles": the clause hung on the outer sum
        if not inf:
            return None
        toks = [t for t in sorted(inf[0].subtree, key=lambda t: t.i) if not (t.lower_ == "to" and t.head == inf[0]
                                                                          and t.i < inf[0].i)]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return (money.doc[toks[0].i: toks[-1].i + 1].text, toks) if toks else None


def budget_item_rules(tok: Token, cx: Context) -> list[Fact]:
    """A budget's programme lines in a list: "- 100 billion yen for SHIELD, a coastal
    defence system ...;", "- 1.1 billion yen to study long-endurance drones", "more than
    970 billion yen for stand-off missiles, including 30 billion yen to acquire hypersonic
    missiles" (the sum after 'including' a line of its own), under a lead-in naming the
    budget ("Main items of the budget:", :func:`_listed_budget`). Each a ``Project``
    (corpus/CLAIMS.md, ``Project``: ``party``, ``description``, ``value``) of the budget's
    state, with the states it is "developed jointly with" as further parties,
    ``description`` what the sum is for (:func:`_purpose`) and ``value`` the sum
    (:func:`_money`). Nothing for a line of a list of no budget, a sum told inside a
    sentence with a verb of its own, or a line with no purpose."""
    if tok.pos_ not in ("NOUN", "NUM", "SYM") or tok.i + 1 < len(cx.doc) and tok.nbor().lower_ == "of":
        return []
    line = tok.sent
    first = next((t for t in line if not t.is_space), None)
    if first is None or first.text not in BULLETS:
        return []
    lead = [t for t in line if not t.is_space and not t.is_punct]
    nested = tok.dep_ == "pobj" and tok.head.lower_ == "including"
    if not nested and (not lead or lead[0] not in list(tok.subtree) or tok.dep_ not in ("ROOT", "nsubj")):
        return []
    if tok.dep_ == "nsubj" and not (tok.head.tag_ in ("VBN", "VBD") and tok.head.dep_ == "ROOT"):
        return []  # "- 100 billion yen went to ...": a sentence, no line of a list
    figure = _money(tok)
    if figure is None:
        return []
    purpose = _purpose(tok)
    if purpose is None:
        return []
    state = _listed_budget(first, cx)
    if state is None:
        return []
    parties = [state]
    # "for the fighter aircraft developed jointly with the United Kingdom and Italy": its co-developers
    devs = [v for v in (*purpose[1], tok.head) if v.pos_ == "VERB" and v.tag_ == "VBN"
            and any(c.lower_ in ("jointly", "together") for c in v.children)]
    for v in devs[:1]:
        for p in v.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                for o in p.children:
                    if o.dep_ == "pobj":
                        parties += [e for e in cx.entities(o) if e.type == "State"]
    tokens = [*figure[1], *(t.i for t in purpose[1])]
    words = purpose[0]
    if devs and devs[0] not in purpose[1]:
        tokens += [t.i for t in devs[0].subtree if t.i > tok.i]
    f = Fact("Project", {"party": _uniq(parties)}, {"description": words, "value": figure[0]}, tokens=tokens)
    f.clause = False
    f.split = False
    f.undated = True
    f.part = 2 if nested else 1  # "..., including N for Y": a second programme of the line, no part of the first
    return [f]
