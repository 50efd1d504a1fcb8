"""Rules of the economy: ownership and control of companies, trade flows, exports taken
and trading partners, investment, projects, goods bought or sold by value, a state's
figures (Indicator) and population, gifts, aid cut off.

The English constructions of the structural kinds read here (X the owner or controller,
Y what is owned or run, S a state):

- Ownership: "X owns Y", "Y is owned by X", "Y, which is wholly owned by X", "Y is
  majority-owned by X", "state-owned Y", "X's state-owned oil company Y", "X holds a 20
  percent stake in Y", "X owns 49% of Y", "X acquired a 30 percent stake in Y", "Y, a
  subsidiary of X", "Y, an X subsidiary", "X's subsidiary Y", "Y, a venture of X and Z",
  "X, Y's parent company", "Y's parent, X", "X is the owner of Y", "X is the largest
  shareholder in Y";
- Control: "X controls Y", "Y, which is controlled by X", "X-controlled Y", "the X-held
  city of Y", "X seized / captured / took control of Y", "Y fell to X", "Y came under the
  control of X", "X handed over Y to Z" (Z's), "X took over / retook Y" (military.py),
  "X runs / operates Y", "Y, operated by X", "the state refiner Y", "Y,
  S's state oil company";
- OrganisationCountry: "S's Y", "S's gas company Y", "Demonym energy giant Y", "Y, a
  Demonym oil company", "Y is S's largest oil producer"."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.mentions import COMPANY_NOUNS, Known
from kg.entities import normalise
from kg.extract.gazetteer import world
from kg.extract.quantities import ANNUAL, CURRENCY_CODES, count_of, is_currency_sign, money_near, per_period, percent_near, sum_of
from kg.quantities import parse_amount, QuantityError

from kg.extract.facts.common import (
    ACQUIRE_VERBS, COMMODITIES, NOT_ACTORS, PLACES, Context, Fact, _demonym_states, _modifiers, _own_country, _poss,
    _possessors, _states, _takers, _text, _uniq, doers, governed, objects, preps, subjects,
)
from kg.extract.facts.diplomacy import HELP_NOUNS
from kg.ontology import vocabulary
from kg.extract.facts.military import BUY_VERBS
from kg.extract.facts.paid import paid_for
from kg.extract.facts.politics import _inside
from kg.extract.facts.takings import decided


def ownership_rules(tok: Token, cx: Context) -> list[Fact]:
    """'X acquired a 25% stake in Y', 'X and Z each hold 6.25% of Y', 'X owns Y'."""
    if tok.pos_ == "NOUN" and tok.lemma_ == "stake":
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
        if verb is None or verb.lemma_ not in ACQUIRE_VERBS | {"agree"}:
            return []
        owner = [e for s in subjects(verb) for e in cx.entities(s)]
        owned = [e for o in preps(tok, {"in"}) for e in _inside(o, cx)]
        share = percent_near(tok)
    elif tok.pos_ == "VERB" and tok.lemma_ in ("own", "hold", "have", "keep", "control") and objects(tok):
        obj = objects(tok)[0]
        owner = [e for s in doers(tok) for e in cx.entities(s)] or _holder_named_before(doers(tok), cx)
        share = percent_near(obj) if obj.lower_ in ("%", "percent") or obj.like_num or any(
            t.lower_ in ("%", "percent") for t in obj.subtree) else None
        if share is not None:
            owned = [e for o in preps(obj, {"of", "in"}) + preps(tok, {"of", "in"}) for e in _inside(o, cx)]
        elif obj.lemma_ in ("rest", "remainder", "balance") and not preps(obj, {"of"}) and owner:
            # "QatarEnergy keeps the rest": the remaining share of what the article's other stakes are in
            return [Fact("Ownership", {"owner": owner}, tokens=[tok.i, obj.i], open_role="owned")]
        elif tok.lemma_ in ("own", "control"):
            owned = cx.entities(obj)
        else:
            return []
        if tok.lemma_ == "control" and share is None:
            owned = [e for e in owned if e.type not in ("State", "City", "Region", "Place")]  # territory is not a stake
            if owner and owned:
                return [Fact("Control", {"controller": owner, "controlled": owned}, tokens=[tok.i])]
            return []
    else:
        return []
    if owner and not owned and share is not None:
        # "ConocoPhillips and Eni each have 3.125%": of what the article's other stakes are in, if one
        f = Fact("Ownership", {"owner": owner}, {"share": share}, tokens=[tok.i], open_role="owned")
        return [f]
    if not (owner and owned) or {e.id for e in owner} & {e.id for e in owned}:
        return []
    f = Fact("Ownership", {"owner": owner, "owned": owned}, tokens=[tok.i])
    if share is not None:
        f.attrs["share"] = share
        worth = _stake_worth(tok)
        if worth is not None:
            f.attrs["value"] = worth[0]
            f.tokens += worth[1]
    return [f]


#: Nouns of a holding an apposition calls a share's worth ("1.17 percent of X, a stake worth $2 billion").
WORTH_NOUNS = {"stake", "holding", "shareholding", "interest", "position"}


def _stake_worth(verb: Token) -> tuple[str, list[int]] | None:
    """The worth of a share held, which news gives in an apposition on what the share is
    of: "owned 1.17 percent of X, a stake worth $2.1 billion" (a noun of
    :data:`WORTH_NOUNS` with 'worth' or 'valued at'): the amount in the reader's words and
    its tokens (corpus/CLAIMS.md: ``value`` of an Ownership), else None."""
    for t in verb.subtree:
        if t.dep_ != "appos" or t.lemma_.lower() not in WORTH_NOUNS:
            continue
        for c in t.children:
            if c.lower_ == "worth" or c.lemma_ == "value":
                money = money_near(c)
                if money is not None:
                    return money[0], [t.i, *money[1]]
    return None


#: Words that give a holding's worth on 'be' ("its holdings in X were worth $661 million").
HOLDING_WORTH_TRIGGERS = {"worth"}


def holdings_worth_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Its holdings in X were worth $661 million", "the fund's stake in X and Y was worth a
    combined $2 billion": an Ownership of the holder (the possessive; a bare "the fund" the
    investor named before, :func:`_holder_named_before`) in what the holding is 'in', with
    its ``value`` (corpus/CLAIMS.md: ``value`` of an Ownership, the worth of the share held;
    as :func:`_stake_worth` reads it in an apposition). What it is in may be a group the
    article counted and then listed ("the five banks", :func:`~kg.extract.facts.listed.members_told`):
    its members are the owned. ``tok`` the 'worth' after 'be'; returns [] or one fact.
    A holding of no named holder, in nothing named, or of no amount of money drafts
    nothing ("the houses were worth $2 million", "its stake was worth more than before")."""
    from kg.extract.facts.listed import members_told

    if tok.lower_ != "worth" or tok.dep_ != "acomp" or tok.head.lemma_ != "be":
        return []
    subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].lemma_.lower() not in WORTH_NOUNS:
        return []
    holding = subj[0]
    money = money_near(tok)
    if money is None:
        return []
    poss = [c for c in holding.children if c.dep_ == "poss"]
    owner = [e for p in poss for e in cx.entities(p) if e.type not in PLACES] or _holder_named_before(poss, cx)
    if not owner and [p.lower_ for p in poss] == ["its"] and holding.sent.start > 0:
        # "The fund owned 1.17 percent of X ... Its holdings in Y were worth ...": 'its' the holder the
        # sentence before has for its subject
        before = cx.doc[holding.sent.start - 1].sent.root
        said = [c for c in before.children if c.dep_ == "nsubj"]
        owner = [e for s_ in said for e in cx.entities(s_) if e.type not in PLACES] or _holder_named_before(said, cx)
    owned = []
    for o in preps(holding, {"in"}):
        for x in [o, *o.conjuncts]:
            owned += cx.entities(x) or members_told(x, cx)
    owned = _uniq([e for e in owned if e.type not in PLACES])
    if not (owner and owned) or {e.id for e in owner} & {e.id for e in owned}:
        return []
    return [Fact("Ownership", {"owner": owner, "owned": owned}, {"value": money[0]},
                 tokens=[*(p.i for p in poss), holding.i, tok.i, *money[1]], split=False)]


def _holder_named_before(subj: list[Token], cx: Context) -> list:
    """The investor a bare "the fund" subject stands for: the organisation the article
    named before whose name ends in the same noun ("Norway's sovereign wealth fund ...
    the fund owned 1.17 percent of X"), else []."""
    from kg.extract.engine import _body_named_before
    from kg.extract.facts.sales import INVESTOR_NOUNS

    if len(subj) != 1 or subj[0].lemma_.lower() not in INVESTOR_NOUNS or subj[0].i in cx.at:
        return []
    found = _body_named_before(subj[0], cx)
    return [found] if found is not None else []


def state_owned_facts(cx: Context) -> list[Fact]:
    """'state-owned QatarEnergy', "Russia's state-owned shipping company Sovcomflot",
    'the state-controlled gas giant Gazprom': the state (named in the phrase, or the
    one the registry says the company belongs to) owns or controls the company."""
    doc, out = cx.doc, []
    for tok in doc:
        if tok.lower_ != "state" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in ("-", "–"):
            continue
        kind = {"owned": "Ownership", "controlled": "Control", "run": "Control", "backed": "Control"}.get(doc[tok.i + 2].lower_)
        if kind is None:
            continue
        company = next((cx.at[i] for i in range(tok.i + 3, min(len(doc), tok.i + 8)) if i in cx.at), None)
        if company is None or any(doc[i].is_punct for i in range(tok.i + 3, company.start)):
            company = _described_company(doc[tok.i + 2], cx)
        if company is None or company.entity.type in ("State", "Person", "City"):
            continue
        state = None
        i = tok.i - 1
        while i >= tok.sent.start and doc[i].lower_ in ("'s", "’s", "the", "a"):
            i -= 1
        if i in cx.at and cx.at[i].entity.type == "State":
            state = cx.at[i].entity
        elif company.entity.state:
            state = cx.resolver.state_of(company.entity)
        if state is None:
            continue
        roles = {"owner": [state], "owned": [company.entity]} if kind == "Ownership" else \
            {"controller": [state], "controlled": [company.entity]}
        # the name, or the description after it ("Gazprom, Russia's state-controlled gas giant")
        end = company.end if company.start > tok.i else max(doc[tok.i + 2].head.i + 1, tok.i + 3)
        span = range(min(i + 1, tok.i, company.start), end)
        out.append(Fact(kind, roles, tokens=list(span), trigger=tok, clause=False))
    return out


def _described_company(word: Token, cx: Context):
    """The company a phrase "state-owned ..." / "state-controlled ..." describes when no
    name follows it within the phrase: the name it stands in apposition to ("Gazprom,
    Russia's state-controlled gas giant, ...") or the subject it is said of ("Gazprom is
    Russia's state-controlled gas giant"). ``word`` is 'owned' or 'controlled'; returns a
    mention, or None."""
    noun = word.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in cx.at:
        return None
    if noun.dep_ == "appos":
        named = noun.head
    elif noun.dep_ in ("attr", "oprd"):
        named = next((s_ for s_ in subjects(noun.head)), None)
    else:
        return None
    return cx.at.get(named.i) if named is not None else None


#: Organisations a state's possessive or demonym may say are that state's (gkg:organisation:
#: an Organisation; not a state's own bodies, courts or forces, which are BodyOf facts).
COUNTRY_ORGS = ("Organisation", "StateCompany")
#: Words of a state's own body in an organisation's name ("South Korea's National Assembly",
#: "Washington's Treasury Department"): a BodyOf, not an organisation of the state.
STATE_BODY_WORDS = {"assembly", "parliament", "congress", "senate", "ministry", "department", "council", "court",
                    "agency", "office", "commission", "committee", "treasury", "bank", "service", "army", "forces",
                    "police", "guard", "government", "cabinet", "presidency", "duma", "legislature"}


#: Nouns of a name itself, whose demonym is the name's language ("its French acronym EIGS",
#: "the Arabic name Daesh"), not the country of what it names.
NAMING_NOUNS = {"acronym", "abbreviation", "initials", "initialism", "name", "spelling", "transliteration",
                "translation", "nickname", "term", "word", "title"}


def organisation_country_facts(cx: Context) -> list[Fact]:
    """"Russia's Gazprom", "Moldova's gas company Moldovagaz", "Russian energy giant
    Gazprom", and after the name "Gazprom, a Russian gas company", "Gazprom is Russia's
    largest gas producer" (:func:`_company_described`): an OrganisationCountry (Wikidata P17 'country'; corpus/CLAIMS.md "A state an
    organisation belongs to, as the article says it") of the organisation named and the
    state whose possessive or demonym comes right before its name, with at most four
    lower-case words between them (the kind of organisation: "gas company", "state-owned
    shipping company"), or a state's name used as a modifier of a company noun ("the US
    machinery maker Caterpillar"). Nothing when the state's word qualifies another noun
    ("Russia's war on Gazprom's assets" names none before Gazprom; "Norway's wealth fund
    drops Caterpillar": the subject's possessive, :func:`_another_phrase`) or a noun of
    the name itself ("its French acronym EIGS": :data:`NAMING_NOUNS`), or for a state's
    own bodies.
    Not for news agencies (they report, the article does not say whose they are) nor a
    state's own bodies (:data:`STATE_BODY_WORDS`, or an organisation the registry gives a
    state, which the rules read as that state's agency). An organisation the words
    between call the state's own ("Chinese state refiner Sinopec", "state-run") is a
    Control of it by that state instead (:func:`_state_run`). Returns one fact per
    organisation and state, in text order."""
    doc, out, seen = cx.doc, [], set()
    for m in cx.mentions:
        if m.entity.type not in COUNTRY_ORGS or m.form != "name" or (m.entity.type == "Organisation" and m.entity.state) \
                or set(m.entity.label.lower().split()) & STATE_BODY_WORDS:
            continue  # a state's agency (the registry's 'of'), legislature or ministry: its body, told otherwise
        described = _company_described(m, cx)
        if described is not None:  # "Rosneft, a Russian oil company", "Rosneft is Russia's largest oil producer"
            st, noun = described
            if (m.entity.id, st.entity.id) not in seen:
                seen.add((m.entity.id, st.entity.id))
                words = [*range(m.start, m.end), *(t.i for t in noun.subtree)]
                out.append(Fact("Control", {"controller": [st.entity], "controlled": [m.entity]}, tokens=words,
                                clause=False, undated=True) if _state_run(doc, noun.left_edge.i, noun.i) else
                           Fact("OrganisationCountry", {"organisation": [m.entity], "state": [st.entity]}, tokens=words,
                                clause=False, undated=True))
            continue
        i = m.start - 1
        while i >= doc[m.start].sent.start and m.start - i <= 5 and doc[i].is_lower and \
                doc[i].pos_ in ("NOUN", "ADJ", "PUNCT", "VERB") and i not in cx.at:
            i -= 1  # "gas company", "state-owned shipping company"
        if i < doc[m.start].sent.start or any(doc[j].text in (",", "(", ")") or doc[j].lower_ in ("ruling", "governing")
                                              for j in range(i + 1, m.start)):
            continue  # "Turkey's governing AK Party": the party governs the state (PartyInGovernment)
        if any(doc[j].lemma_.lower() in NAMING_NOUNS for j in range(i + 1, m.start)):
            continue  # "known by its French acronym EIGS": the demonym is the language of the name, not a country
        if _another_phrase(doc, i + 1, m):
            continue  # "Norway's wealth fund drops Caterpillar": the possessive is the subject's, not the object's
        poss = doc[i].lower_ in ("'s", "’s")
        j = i - 1 if poss else i
        st = cx.at.get(j)
        # "the US machinery maker Caterpillar": a state's name before a company noun is its country, as a
        # demonym is ("the American machinery maker")
        named = not poss and st is not None and st.form == "name" and doc[j].dep_ in ("compound", "nmod") and \
            m.start - 1 > j and doc[m.start - 1].lemma_.lower() in COMPANY_NOUNS
        if st is None or st.entity.type != "State" or (not poss and st.form != "demonym" and not named) or \
                (poss and st.form == "demonym"):
            continue
        if (m.entity.id, st.entity.id) in seen:
            continue
        seen.add((m.entity.id, st.entity.id))
        if _state_run(doc, i + 1, m.start):  # "Chinese state refiner Sinopec": the state controls it
            out.append(Fact("Control", {"controller": [st.entity], "controlled": [m.entity]},
                            tokens=list(range(st.start, m.end)), clause=False, undated=True))
            continue
        out.append(Fact("OrganisationCountry", {"organisation": [m.entity], "state": [st.entity]},
                        tokens=list(range(st.start, m.end)), clause=False, undated=True))
    return out


def _another_phrase(doc, start: int, m) -> bool:
    """Whether the words from token ``start`` to the organisation's mention ``m`` hold a
    verb of their own or close another noun phrase that the name is the object of
    ("Norway's wealth fund drops Caterpillar": 'drops' between, the name its object):
    what comes before such words qualifies the subject, no property of the name."""
    if any(doc[j].tag_ in ("VBZ", "VBD", "VBP", "MD") for j in range(start, m.start)):
        return True
    head = doc[m.end - 1]
    return head.dep_ in ("dobj", "pobj", "attr", "dative") and start <= head.head.i < m.start and \
        head.head.pos_ in ("VERB", "AUX", "ADP")


def _company_described(m, cx: Context):
    """The state and the noun of a company (:data:`~kg.extract.mentions.COMPANY_NOUNS`)
    an organisation's name is said to be after it: in apposition ("Rosneft, a Russian oil
    company,") or as the complement of 'be' ("Rosneft is Russia's largest oil producer"),
    the state a demonym or possessive on that noun names (one state). Returns (the state's
    mention, the noun), or None: for no such noun, a state not named on it, a negation
    ("is not a Russian company") or a company of another's ("a subsidiary of")."""
    if not cx.has_parser:
        return None
    head = cx.doc[m.end - 1]
    nouns = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in head.head.children):
        nouns += [c for c in head.head.children if c.dep_ == "attr"]
    for noun in nouns:
        if noun.lemma_.lower() not in COMPANY_NOUNS or noun.i in cx.at or preps(noun, {"of"}):
            continue
        states = [cx.at[c.i] for c in noun.children if c.i in cx.at and cx.at[c.i].entity.type == "State" and (
            c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and cx.at[c.i].form == "demonym")]
        if len(states) == 1:
            return states[0], noun
    return None


def _state_run(doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` (token indices) call an organisation a
    state's own ("state refiner", "state-run broadcaster", "state-controlled airline"):
    Wikidata P1830 / the ontology's Control by that state, as corpus/CLAIMS.md writes "the
    state airline Belavia". "State-owned" is an Ownership, read by its own rule."""
    for j in range(start, end):
        if doc[j].lower_ not in ("state", "state-run", "state-controlled"):
            continue
        after = doc[j + 2].lower_ if j + 2 < end and doc[j + 1].text == "-" else ""
        if after in ("", "run", "controlled"):
            return True
    return False


def controlled_by_rules(tok: Token, cx: Context) -> list[Fact]:
    """'NIS, a Serbian company controlled by Gazprom Neft', 'Y, owned by X'."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("control", "own") or tok.dep_ not in ("acl", "relcl"):
        return []
    agent = [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
    head = tok.head
    owned = cx.entities(head) or (cx.entities(head.head) if head.dep_ == "appos" else [])
    if not (agent and owned):
        return []
    if tok.lemma_ == "control":
        return [Fact("Control", {"controller": agent, "controlled": owned}, tokens=[tok.i, head.i])]
    return [Fact("Ownership", {"owner": agent, "owned": owned}, tokens=[tok.i, head.i])]


def trade_rules(tok: Token, cx: Context) -> list[Fact]:
    """'trade between X and Y rose 12% to $4.5 billion', 'X-Y trade', 'bilateral trade'
    (the article's two states), 'the two countries traded goods worth $190 billion',
    'Chinese exports to Russia jumped 46.9%' (exporter and importer)."""
    if tok.lemma_ in ("export", "import") and tok.pos_ == "NOUN":
        return _flow_rules(tok, cx)
    if tok.lemma_ != "trade" or tok.pos_ not in ("NOUN", "PROPN", "VERB"):
        return []
    if tok.pos_ == "VERB":
        parties = [e for s_ in subjects(tok) for e in cx.entities(s_)] + \
            [e for o in preps(tok, {"with"}) for e in cx.entities(o)]
    else:
        parties = [e for h in [tok, *tok.conjuncts] for o in preps(h, {"between", "with"}) for e in cx.entities(o)]
        parties += [e for p in _poss(tok) for e in cx.entities(p)]
        if not parties and cx.pair is not None and not any(c.dep_ in ("amod", "compound", "poss") and c.i in cx.at
                                                            for c in tok.children):
            # "bilateral trade", or "trade, which rose 40 percent": the article's two states, when it gives a figure
            bilateral = any(c.lower_ in ("bilateral", "two-way", "mutual") for c in tok.children)
            probe = Fact("TradeReport")
            _figures(probe, tok if tok.dep_ not in ("nsubj", "nsubjpass") else tok, cx)
            for r in (c for c in tok.children if c.dep_ == "relcl"):
                _figures(probe, r, cx)
            if bilateral or probe.attrs:
                parties = list(cx.pair)
    parties = [e for e in _uniq(governed(parties, cx)) if e.type == "State"]
    if len(parties) < 2:
        return []
    f = Fact("TradeReport", {"party": parties}, tokens=[tok.i])
    _figures(f, tok, cx)
    for r in (c for c in tok.children if c.dep_ == "relcl" and not f.attrs):
        _figures(f, r, cx)  # "trade, which rose 40 percent last year"
        f.tokens += [t.i for t in r.subtree]
    return [f]


def _figures(f: Fact, tok: Token, cx: Context) -> None:
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    money = money_near(clause)
    if money:
        f.attrs["value"] = money[0]
        f.tokens += money[1]
    change = percent_near(clause, change=True)
    if change is not None:
        f.attrs["changePercent"] = change


def _flow_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chinese exports to Russia jumped 46.9%", "Russia's imports from China": a trade
    report with exporter and importer, when the clause gives a figure."""
    own = [cx.at[c.i].entity for c in tok.children if c.dep_ in ("amod", "poss", "compound") and c.i in cx.at]
    if tok.lemma_ == "export":
        exporter, importer = own, [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
    else:
        importer, exporter = own, [e for o in preps(tok, {"from"}) for e in cx.entities(o)]
    exporter = [e for e in governed(exporter, cx) if e.type == "State"]
    importer = [e for e in governed(importer, cx) if e.type == "State"]
    if not (exporter and importer) or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    f = Fact("TradeReport", {"exporter": exporter, "importer": importer}, tokens=[tok.i])
    _figures(f, tok, cx)
    return [f] if f.attrs else []


def _money_object(verb: Token) -> tuple[str, list[int]] | None:
    """The sum an object of ``verb`` writes in words the tagger did not mark as money
    ("invest about 200 million euros"): (its words, its tokens) when the reader parses
    them as an amount in a currency (:func:`kg.quantities.parse_amount`), else None."""
    for o in objects(verb):
        toks = [t for t in o.subtree if not t.is_punct]
        words = " ".join(t.text for t in toks)
        try:
            amount = parse_amount(words, money=True)
        except (QuantityError, TypeError):
            continue
        if amount.currency:
            return words, [t.i for t in toks]
    return None


def investment_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Vell Petroleum invested USD 450 million in Peru", "Chile will invest $2 billion in
    Kenya's ports": an Investment by the subject (``investor``) in the state, company or
    place 'in' names (``recipient``: the name, else its possessor), of the amount of
    money the clause gives (``value``)."""
    if tok.pos_ != "VERB" or tok.lemma_ != "invest":
        return []
    investor = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)
                if e.type not in NOT_ACTORS + ("Person",)]
    # 'in' on the verb, or on the amount the parser makes its object ("invested EUR 120 million in X")
    into = preps(tok, {"in", "into"}) + [p for o in objects(tok) if o.like_num or o.ent_type_ == "MONEY"
                                         for p in preps(o, {"in", "into"})]
    recipient = [e for o in into for e in cx.entities(o) or [e for c in _possessors(o) for e in cx.entities(c, conj=False)]]
    recipient = [e for e in _uniq(recipient) if e.id not in {i.id for i in investor}]
    money = money_near(tok) or _money_object(tok)
    # "will invest about EUR 200 million in a new quay": a sum pledged for a thing no entity names,
    # the thing in words as the investment's item
    item = [o for o in into if not recipient and money and o.pos_ == "NOUN" and not cx.entities(o)][:1]
    if not (investor and (recipient or item)):
        return []
    f = Fact("Investment", {"investor": investor, **({"recipient": recipient} if recipient else {})},
             tokens=[tok.i], split=False)
    if item:
        f.attrs["item"] = cx.doc[item[0].left_edge.i:item[0].right_edge.i + 1].text.rstrip(" ,;")
        f.tokens += [t.i for t in item[0].subtree]
    if money:
        f.attrs["value"] = money[0]
        f.tokens += money[1]
    return [f]


def gift_rules(tok: Token, cx: Context) -> list[Fact]:
    """'a gift of six elephants from Myanmar', 'X gave Y ... as a gift', 'X gifted ... to Y'."""
    giver: list[Known] = []
    recipient: list[Known] = []
    item = None
    if tok.pos_ == "NOUN" and tok.lemma_ == "gift":
        giver = [e for o in preps(tok, {"from", "by"}) for e in cx.entities(o)]
        if not giver:  # "the gift of six elephants sent by Myanmar"
            giver = [e for t in tok.subtree if t.dep_ == "agent" for o in t.children if o.dep_ == "pobj"
                     for e in cx.entities(o)]
        giver += [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
        recipient = [e for o in preps(tok, {"to", "for"}) for e in cx.entities(o)]
        item = next((o for o in preps(tok, {"of"})), None)
        if not giver and item is not None:  # "a gift of six elephants from Myanmar"
            giver = [e for o in preps(item, {"from"}) for e in cx.entities(o)]
    elif tok.pos_ == "VERB" and tok.lemma_ in ("gift", "donate"):
        giver = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        recipient = [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
        item = next((o for o in objects(tok) if o.i not in cx.at), None)
    giver = [cx.person_state.get(e.id, e) if e.type == "Person" else e for e in giver]
    if not giver:
        return []
    if tok.pos_ == "VERB" and tok.lemma_ == "donate":
        return _donation(tok, giver, recipient, item, cx)
    roles = {"giver": giver}
    if recipient:
        roles["recipient"] = recipient
    f = Fact("Gift", roles, tokens=[tok.i])
    if item is not None:
        words = [t for t in item.subtree if not t.like_num and t.dep_ not in ("det", "nummod", "prep", "pobj")
                 or t.i == item.i]
        f.attrs["item"] = _text(cx.doc, [t for t in words if t.i <= item.i])
        nums = [count_of(n) for n in item.children if n.dep_ == "nummod"]
        if nums and nums[0] is not None:
            f.attrs["quantity"] = nums[0]
    return [f]


#: Words of relief to people in need (corpus/CLAIMS.md, "Aid": food, water, health,
#: shelter, refugees): aid of them is ``supportKind: humanitarian``.
RELIEF_WORDS = {"dose", "vaccine", "food", "medicine", "medical", "drug", "water", "shelter", "tent", "blanket",
                "grain", "wheat", "flour", "rice", "relief", "humanitarian", "hospital", "ambulance", "kit"}


def _donation(tok: Token, giver: list, recipient: list, item: Token | None, cx: Context) -> list[Fact]:
    """"The EU will donate 175,420 doses to Africa", "donated $2 million to the WHO": a
    donation is aid, a Support (corpus/CLAIMS.md, "Aid (... donation ...) is a Support"),
    not a present (a Gift): ``supporter`` the giver, ``supported`` the actor it goes to or
    ``supportedPlace`` the place, ``item`` and ``quantity`` what is given, ``supportKind``
    humanitarian for relief (:data:`RELIEF_WORDS`). Nothing when it goes to no one named."""
    places = [e for e in recipient if e.type in PLACES]
    actors = [e for e in recipient if e.type not in PLACES and e.id not in {g.id for g in giver}]
    if not (actors or places):
        return []
    roles = {"supporter": giver, **({"supported": actors} if actors else {"supportedPlace": places})}
    f = Fact("Support", roles, tokens=[tok.i])
    if item is not None:
        words = [t for t in item.subtree if t.i <= item.i and not t.like_num and t.dep_ not in ("det", "nummod")]
        if words:
            f.attrs["item"] = _text(cx.doc, words)
        nums = [count_of(n) for n in item.children if n.dep_ == "nummod"]
        if nums and nums[0] is not None:
            f.attrs["quantity"] = nums[0]
        if any(t.lemma_.lower() in RELIEF_WORDS or t.lower_.rstrip("s") in RELIEF_WORDS for t in item.subtree):
            f.attrs["supportKind"] = "humanitarian"
    return [f]


#: Verbs of taking in another's exports: "China took half of Russia's exports of oil".
TAKE_VERBS = {"take", "buy", "absorb", "import", "purchase", "receive"}
#: Shares a quantity of exports is given in: "half of", "a third of", "most of".
SHARE_WORDS = {"half", "third", "quarter", "share", "most", "bulk", "%", "percent", "majority", "part"}


def exports_taken_rules(tok: Token, cx: Context) -> list[Fact]:
    """'China took half of Russia's exports of oil', 'India bought most of Russia's crude
    exports': a Supply of the commodity (or arms) from the exporter (the possessor of
    'exports') to the subject."""
    if tok.pos_ != "VERB" or tok.lemma_ not in TAKE_VERBS:
        return []
    objs = [o for o in tok.children if o.dep_ == "dobj"]
    if not objs:
        return []
    noun = objs[0]
    if noun.lemma_ in SHARE_WORDS or noun.like_num:
        noun = next(iter(preps(noun, {"of"})), noun)
    if noun.lemma_ not in ("export", "shipment", "output", "production", "sale"):
        return []
    seller = [e for c in noun.children if c.dep_ == "poss" for e in governed(cx.entities(c, conj=False), cx)
              if e.type == "State"]
    taker = [e for s_ in doers(tok) for e in cx.entities(s_)
             if e.type in ("State", "Government", "StateCompany")]
    goods = preps(noun, {"of"}) + [c for c in noun.children if c.dep_ in ("compound", "amod")]
    item = next((g for g in goods for t in g.subtree if t.lemma_ in COMMODITIES or t.lower_ in COMMODITIES), None)
    if not (seller and taker and item):
        return []
    kind = "Supply"
    words = next(t for t in item.subtree if t.lemma_ in COMMODITIES or t.lower_ in COMMODITIES)
    return [Fact(kind, {"supplier": seller, "recipient": taker}, {"item": words.text}, tokens=[tok.i, noun.i, item.i])]


# --- projects (infrastructure and programmes a body carries out) -----------------------

BUILD_VERBS = {"build", "construct", "develop", "operate", "launch", "complete", "expand", "upgrade", "modernise",
               "modernize", "design", "implement", "run", "open"}
#: Nouns of building works, whose 'of' names the works and 'by' who carries them out ("the
#: construction of the pipeline by Gazprom").
BUILD_NOUNS = {"construction", "building", "development", "expansion", "modernisation", "modernization"}
#: What is built or run: works, plants and programmes (not weapons, which are supplied).
PROJECT_NOUNS = {"project", "plant", "port", "pipeline", "railway", "railroad", "refinery", "terminal", "facility",
                 "dam", "bridge", "corridor", "mine", "reactor", "station", "road", "highway", "hub", "complex",
                 "factory", "programme", "program", "expansion", "network", "line", "zone", "cable", "airport",
                 "train", "field", "service", "platform", "system"}


def project_rules(tok: Token, cx: Context) -> list[Fact]:
    """Works a body carries out: "QatarEnergy will build four LNG trains", "Rosatom is
    constructing a nuclear plant in Myanmar", "a messaging service developed by the
    Central Bank of Russia". The implementing agency is an organisation (a state is not
    one); the object's words are the description, a place named with 'in'/'at' the place."""
    if tok.pos_ != "VERB" or tok.lemma_ not in BUILD_VERBS:
        return []
    if tok.dep_ == "acl" and tok.head.lemma_ in PROJECT_NOUNS:  # "a service developed by X"
        works = [tok.head]
        agency = [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
    elif any(c.dep_ == "agent" for c in tok.children):  # "the port was built by Rosatom": the passive's agent
        works = [s_ for s_ in tok.children if s_.dep_ == "nsubjpass" and s_.lemma_ in PROJECT_NOUNS and s_.i not in cx.at]
        agency = [e for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                  for e in cx.entities(o)]
    else:
        works = [o for o in objects(tok) if o.lemma_ in PROJECT_NOUNS and o.i not in cx.at]
        agency = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
    states = [e for e in governed(agency, cx) if e.type == "State"]
    agency = [e for e in agency if e.type in ("Organisation", "StateCompany", "InternationalOrganisation")]
    if not agency and tok.dep_ != "acl":  # "Russia is considering building ...": who considers builds
        states = states or _uniq([e for s_ in subjects(tok.head) if tok.dep_ == "xcomp" and s_.dep_ == "nsubj"
                                  for e in governed(cx.entities(s_), cx) if e.type == "State"])
        if states:
            return _built_abroad(tok, states, cx)
    if not (works and agency):
        return []
    if works[0].lemma_ in ("system", "service", "platform", "network", "line") and \
            not any(c.dep_ in ("amod", "compound") for c in works[0].children):
        return []  # "a system", "the service": too vague to name a project
    work = works[0]
    f = Fact("Project", {"implementingAgency": agency}, tokens=[tok.i, work.i])
    owners = {t.i for c in work.children if c.dep_ == "poss" for t in c.subtree}  # "Egypt's": not the works' words
    words = [t for t in work.subtree if t.i <= work.i and t.dep_ not in ("det", "poss") and t.i not in owners
             or t.i == work.i]
    f.attrs["description"] = _text(cx.doc, words)
    place = [e for o in preps(tok, {"in", "at"}) + preps(work, {"in", "at"}) for e in cx.entities(o)]
    place = place or _possessor_states(work, cx)  # "is building Egypt's first nuclear power plant"
    if place:
        f.roles["place"] = place
    return [f]


def build_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The construction of the pipeline by Gazprom", "the expansion of the port by
    Rosatom in Peru": works named by a noun of building (:data:`BUILD_NOUNS`), a Project
    as :func:`project_rules` drafts one from its verb: the works the 'of' phrase names
    (:data:`PROJECT_NOUNS`), the implementing agency the organisation 'by' names, the
    place an 'in' or 'at' phrase names. No agency named: nothing ("the construction of the
    port began")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BUILD_NOUNS:
        return []
    works = [o for o in preps(tok, {"of"}) if o.lemma_ in PROJECT_NOUNS and o.i not in cx.at]
    agency = [e for o in preps(tok, {"by"}) for e in cx.entities(o)
              if e.type in ("Organisation", "StateCompany", "InternationalOrganisation")]
    if not (works and agency):
        return []
    work = works[0]
    words = [t for t in work.subtree if t.i <= work.i and t.dep_ not in ("det", "poss")]
    f = Fact("Project", {"implementingAgency": agency}, {"description": _text(cx.doc, words)}, tokens=[tok.i, work.i])
    place = [e for o in preps(tok, {"in", "at"}) + preps(work, {"in", "at"}) for e in cx.entities(o)]
    if place:
        f.roles["place"] = place
    return [f]


def _possessor_states(work: Token, cx: Context) -> list[Known]:
    """The state whose possessive names where works stand: "Egypt's first nuclear power
    plant", "Kenya's new railway" (the works are in that state, whoever builds them)."""
    return [e for c in work.children if c.dep_ == "poss" for e in cx.entities(c, conj=False) if e.type == "State"]


#: Works a state may build in another, beyond :data:`PROJECT_NOUNS`, when words before them
#: say what kind they are ("new nuclear power units", "two reactor blocks").
UNIT_NOUNS = {"unit", "block", "reactor", "base"}


def _built_abroad(verb: Token, builders: list, cx: Context) -> list[Fact]:
    """"Russia is considering building new nuclear power units in Iran", "China will build a
    port in Peru": a state's works in another state, a Project of the builder (``party``; a
    state is no implementing agency) with the other state as its place, the works' words
    its description. Only works abroad: a state building at home is its own programme."""
    works = [o for o in objects(verb) if o.i not in cx.at and (o.lemma_ in PROJECT_NOUNS or (
        o.lemma_ in UNIT_NOUNS and any(c.dep_ in ("amod", "compound") for c in o.children)))]
    if not works:
        return []
    work = works[0]
    place = [e for o in preps(verb, {"in"}) + preps(work, {"in"}) for e in cx.entities(o) if e.type == "State"]
    place = place or _possessor_states(work, cx)  # "Russia will build Egypt's first nuclear plant"
    place = [e for e in _uniq(place) if e.id not in {b.id for b in builders}]
    if len(place) != 1:
        return []
    owners = {t.i for c in work.children if c.dep_ == "poss" for t in c.subtree}  # "Egypt's": not the works' words
    words = [t for t in work.subtree if t.i <= work.i and t.dep_ not in ("det", "poss", "nummod") and
             t.i not in owners or t.i == work.i]
    f = Fact("Project", {"party": builders, "place": place}, {"description": _text(cx.doc, words)},
             tokens=[verb.i, work.i])
    return [f]


def trade_verb_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile exported $14 billion of goods to Peru last year", "Peru imported $3 billion
    worth of Chilean copper": a TradeReport of the flow the verb tells (CAMEO 061 "cooperate
    economically"; the ontology's exporter and importer), when its object is an amount of
    money (:func:`money_near`), with the item after 'of' and the period its clause dates.
    The exporter is the subject of 'export' (the state of a demonym on the goods for
    'import'), the importer the subject of 'import' or the object of 'to'; a government
    named there trades for its state (:func:`governed`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("export", "import"):
        return []
    objs = objects(tok)
    money = money_near(tok)
    # the amount is the object ("$14 billion of goods") or the goods' worth ("goods worth $14 billion"),
    # not a figure of a clause of its own
    near = {t.i for c in tok.children if c.dep_ not in ("ccomp", "advcl", "relcl", "conj") for t in c.subtree}
    if not objs or not money or not set(money[1]) <= near:
        return []
    doer = [e for s_ in doers(tok) for e in governed(cx.entities(s_), cx) if e.type == "State"]
    goods = [g for o in objs for p in preps(o, {"of"}) for g in [p, *p.conjuncts]] or \
        [o for o in objs if o.i not in money[1] and o.pos_ == "NOUN"]

    def after(word: str) -> list[Known]:  # "to Peru" on the verb, or hung by the parser on the goods' worth
        return [e for t in sorted(near) if cx.doc[t].lower_ == word and cx.doc[t].dep_ == "prep"
                for o in cx.doc[t].children if o.dep_ == "pobj" for e in governed(cx.entities(o), cx) if e.type == "State"]
    if tok.lemma_ == "export":
        exporter, importer = doer, after("to")
    else:
        importer = doer
        exporter = after("from") or \
            [e for g in goods for e in _modifiers(g, cx, ("amod", "compound")) if e.type == "State"]
    if not (exporter and importer) or {e.id for e in exporter} & {e.id for e in importer}:
        return []
    f = Fact("TradeReport", {"exporter": exporter, "importer": importer}, {"value": money[0]},
             tokens=[tok.i, *money[1]])
    if goods:
        # the goods' own words: "Chilean copper" -> "copper", "goods worth $14 billion" -> "goods"
        f.attrs["item"] = _text(cx.doc, [t for g in goods for t in g.subtree if (t.i <= g.i or t.head.i in
                                         {x.i for x in g.conjuncts} | {g.i} and t.dep_ in ("cc", "conj"))
                                         and t.dep_ not in ("det", "poss") and not (t.dep_ == "amod" and t.i in cx.at)])
    return [f]


#: Ordinal words of a rank among trading partners ("the fifth-largest trading partner").
RANK_WORDS = {"largest": 1, "biggest": 1, "top": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
              "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def trading_partner_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile is Peru's largest trading partner", "Chile, the fifth-largest trading partner
    of Peru": a TradeReport whose parties are the state the sentence says the partner is
    (the copula's subject, or the name the phrase stands in apposition to) and the state
    whose partner it is (the possessive, or 'of'); ``rank`` from an ordinal ("largest": 1,
    "fifth-largest": 5). A partner in anything else ("security partner") is no trade."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "partner" or not any(
            c.lower_ in ("trading", "trade", "commercial") for c in tok.children if c.dep_ in ("amod", "compound")):
        return []
    whose = [e for p in _poss(tok) for e in cx.entities(p, conj=False)] + \
        [e for o in preps(tok, {"of"}) for e in cx.entities(o)]
    who = _said_of(tok, cx)
    if who is None:
        return []
    parties = _uniq([e for e in who + whose if e.type == "State"])
    if len(parties) != 2 or not who or not whose:
        return []
    f = Fact("TradeReport", {"party": parties}, tokens=[tok.i, *(c.i for c in tok.children if c.dep_ in ("amod", "compound"))])
    before = [w for t in tok.subtree if t.i < tok.i for w in t.lower_.split("-")]
    ranks = [RANK_WORDS[w] for w in before if w in RANK_WORDS and RANK_WORDS[w] > 1]
    if ranks or {"largest", "biggest", "top"} & set(before):
        f.attrs["rank"] = ranks[0] if ranks else 1  # "fifth-largest": 5; "largest": 1
    # a standing, not an event of the clause's date; a past one ("was Peru's largest trading partner
    # last year") holds for the period its clause dates
    f.undated = not (tok.dep_ == "attr" and tok.head.tag_ == "VBD")
    return [f]


# --- a state's figures (Indicator) ----------------------------------------------------

#: Nouns of what a figure of a state or body measures ("Peru's economy grew 3 percent",
#: "Chile's armed forces number 60,000 troops", "75 percent of Peru's population").
MEASURED_NOUNS = {"economy", "gdp", "inflation", "unemployment", "population", "currency", "debt", "deficit",
                  "output", "budget", "force", "army", "military", "navy", "reserve", "growth", "spending",
                  "production", "workforce", "fleet", "arsenal",
                  # a state's flows of people as its statistics office counts them ("net migration to
                  # Britain rose to 745,000"; exports and imports are a TradeReport's)
                  "migration", "immigration", "emigration"}
#: Nouns measured through a rate their compound names ("the inflation rate", "Peru's jobless rate").
RATE_NOUNS = {"rate"}
RATE_OF = MEASURED_NOUNS | {"interest", "jobless", "poverty", "birth", "employment", "savings"}
#: Nouns of prices, measured as a state's figure through the index their modifier names
#: ("consumer prices rose 3.7 percent", "producer prices"): the price indices of statistics
#: offices (the ILO/IMF Consumer Price Index Manual's consumer and producer price indices).
PRICE_NOUNS = {"price"}
PRICE_OF = {"consumer", "producer", "retail", "wholesale"}
#: Measured nouns whose state a 'to' phrase names (the state people move to).
MEASURED_TO = {"migration", "immigration"}
#: Verbs that state a figure: a size ("number", "total", "stand at") or a change ("grew", "fell").
FIGURE_VERBS = {"number", "total", "stand", "reach", "grow", "shrink", "contract", "expand", "rise", "fall", "drop",
                "climb", "decline", "slow", "jump", "plunge", "slump", "live",
                # more verbs of a figure's change or level (PLOVER has none; the words of statistics reports)
                "ease", "edge", "soar", "surge", "increase", "decrease", "slip", "dip", "tumble", "sink", "rebound",
                "accelerate", "hit", "top", "exceed",
                # a balance's change ("the budget deficit widened to 4 percent of GDP")
                "widen", "narrow", "double", "halve"}
#: Verbs of :data:`FIGURE_VERBS` that state a level, not a change ("stood at 9 percent",
#: "hit a record 745,000"): the figure is an amount.
LEVEL_VERBS = {"number", "total", "stand", "reach", "hit", "top", "exceed"}
#: Words before a number that say how exact it is, kept in the amount ("about 60,000 troops").
APPROX = {"about", "around", "nearly", "almost", "some", "roughly", "approximately", "over", "more", "less", "fewer",
          "than", "under", "below", "above", "up", "to", "at", "least", "most"}


def _measured_owner(noun: Token, cx: Context) -> list[Known]:
    """The state or body whose figure ``noun`` (a noun of :data:`MEASURED_NOUNS`) is: its
    possessor or a demonym or name before it ("Peru's economy", "the Peruvian army",
    "the Peru economy")."""
    out = []
    for c in noun.children:
        if c.dep_ not in ("poss", "amod", "compound", "nmod") or c.i not in cx.at:
            continue
        m = cx.at[c.i]
        out += [e for e in m.entities if e.type in ("State", "InternationalOrganisation", "Organisation", "Court")]
    return _uniq(out)


def _measured_owner_elsewhere(noun: Token, cx: Context) -> list[Known]:
    """The state whose figure a measured noun with no owner before it is: the state of
    its 'in' or 'of' phrase ("unemployment in Peru", "the debt of Chile"), else the one
    state its sentence names, when it names one and no body of states ("Inflation rose to
    9 percent, Turkey's statistics office said"); [] when none or several."""
    named = [e for o in preps(noun, {"in", "of"} | ({"to"} if noun.lemma_.lower() in MEASURED_TO else set()))
             for e in cx.entities(o) if e.type == "State"]
    if named:
        return _uniq(named)
    sent = noun.sent
    inside = [m.entity for m in cx.mentions if sent.start <= m.start < sent.end]
    if any(e.type == "InternationalOrganisation" for e in inside):
        return []
    states = _uniq([e for e in inside if e.type == "State"])
    if not states:
        states = _body_states(inside, cx)
    if not states and sent.start > 0:
        return _measured_before(noun, cx)
    return states if len(states) == 1 else []


def _body_states(inside: list[Known], cx: Context) -> list[Known]:
    """The state of the one state body a sentence names with no state ("Inflation eased
    to 55.9 percent, the INDEC statistics institute said"): a national office counts its
    own state's figures. The state must be named somewhere in the article (its mention
    gives the entity); [] when the sentence names no such body, several states' bodies,
    or a body of no state."""
    of = {e.state for e in inside if e.state and e.type != "Person"}
    if len(of) != 1 or any(e.type != "Person" and not e.state for e in inside):
        return []
    return _uniq([m.entity for m in cx.mentions if m.entity.id in of and m.entity.type == "State"])[:1]


def _measured_before(noun: Token, cx: Context) -> list[Known]:
    """The state of a measured noun its own sentence gives none for, told in the sentence
    before by the same noun with its state ("... net migration to the UK in 2022 up to
    745,000. Net migration in the year to June eased to 672,000"): that state, when the
    noun there has one by possessive, demonym or 'in' / 'of' / 'to' phrase; else []."""
    before = cx.doc[noun.sent.start - 1].sent
    for t in before:
        if t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == "NOUN":
            owner = _measured_owner(t, cx) or [
                e for o in preps(t, {"in", "of"} | ({"to"} if t.lemma_.lower() in MEASURED_TO else set()))
                for e in cx.entities(o) if e.type == "State"]
            owner = _uniq(owner)
            if len(owner) == 1:
                return owner
    return []


def _amount_words(verb: Token, skip: set[int]) -> tuple[str, list[int]] | None:
    """A number with its unit in ``verb``'s clause, outside the tokens ``skip`` (the
    subject): "about 60,000 active troops", "1.1 million rials", "75 percent"; checked
    with the claims reader's parser (:func:`kg.quantities.parse_amount`) so a drafted
    amount is one the reader accepts."""
    for t in verb.subtree:
        if t.i in skip or not t.like_num or t.ent_type_ in ("DATE", "TIME", "MONEY"):
            continue
        unit = t.head if t.dep_ == "nummod" and t.head.i > t.i else None
        if unit is None and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("percent", "%"):
            unit = t.doc[t.i + 1]
        if unit is None:
            continue
        start = t.left_edge.i  # "about 60,000", "1.1 million": the number's own words
        if start in skip or not all(w.like_num or w.lower_ in APPROX for w in t.doc[start:t.i]):
            continue
        words = " ".join(w.text for w in t.doc[start:unit.i + 1] if w.dep_ != "punct" or w.text == "%")
        words = re.sub(r"(?<=\d),(?=\d{3})", "", words).replace(" %", " percent")
        try:
            parse_amount(words, money=False)
        except (QuantityError, TypeError):
            continue
        return words, list(range(start, unit.i + 1))
    return None


def _hyphenated(kept: list[Token]) -> list[Token]:
    """The tokens ``kept`` with the rest of each hyphenated word one of them is part of:
    "defence-related spending" whole, where the parser hangs 'defence' on 'related'
    (a compound adjective of news English: "defence-related", "state-owned")."""
    doc = kept[0].doc if kept else None
    out = {t.i: t for t in kept}
    for t in kept:
        a = b = t.i
        while a > 0 and not doc[a - 1].whitespace_ and (doc[a - 1].text == "-" or doc[a].text == "-"):
            a -= 1
        while b + 1 < len(doc) and not doc[b].whitespace_ and (doc[b + 1].text == "-" or doc[b].text == "-"):
            b += 1
        out.update({x.i: x for x in doc[a:b + 1]})
    return list(out.values())


def _share_whole(unit: Token) -> str | None:
    """The whole a percentage is of: the words of the 'of' phrase on ``unit`` ('percent'):
    "2 percent of gross domestic product" -> "gross domestic product", "of GDP" -> "GDP"
    (corpus/CLAIMS.md, "A state's figure": ``shareOf: GDP``); None for another unit or
    no such phrase."""
    if unit.lower_ not in ("percent", "%", "per"):
        return None
    if unit.lower_ == "per" and unit.i + 1 < len(unit.doc):
        unit = unit.doc[unit.i + 1]  # "per cent"
    whole = [o for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if not whole:
        return None
    words = [t for t in whole[0].subtree if t.dep_ not in ("det", "punct") and t.i >= whole[0].left_edge.i]
    words = [t for t in words if t.i <= whole[0].i]  # its own words, not a phrase after it
    return " ".join(t.text for t in words) if 0 < len(words) <= 5 else None


def indicator_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Peru's economy grew 3 percent last year", "Chile's armed forces number about
    60,000 troops", "About 40 percent of Peru's population lives in poverty": an
    Indicator (a state's or a body's figure, schema:Observation; ``corpus/CLAIMS.md``, 'A
    state's figure') with ``observationAbout`` the owner of the measured noun,
    ``indicator`` its words, and the figure: ``changePercent`` for a change ("grew 3
    percent"), else ``amount`` (a number with its unit), with ``shareOf`` for a share
    of a whole ("40 percent of Peru's population", "spending reaches 2 percent of GDP"). A sentence that gives no figure
    ("Peru's economy grew") states none and is left out."""
    if tok.lemma_ not in FIGURE_VERBS:
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or tok.pos_ not in ("VERB", "AUX") and tok.lemma_ != "number":
        return []  # "the armed forces number 60,000 troops": the parser may take 'number' for a noun
    share_of = None
    noun = subj
    if subj.lower_ in ("percent", "%") or subj.like_num:  # "75 percent of Peru's population lives in poverty"
        noun = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"), None)
        if noun is None:
            return []
        share_of = noun
    if noun.lemma_.lower() in RATE_NOUNS and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in RATE_OF
                                                 for c in noun.children):
        pass  # "Peru's inflation rate rose to 9 percent": the rate of what its compound names
    elif noun.lemma_.lower() in PRICE_NOUNS and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in PRICE_OF
                                                   for c in noun.children):
        pass  # "consumer prices rose 3.7 percent": a price index, a state's figure
    elif noun.lemma_.lower() not in MEASURED_NOUNS:
        return []
    owner = _measured_owner(noun, cx) or _measured_owner_elsewhere(noun, cx)
    if len(owner) != 1:
        return []
    f = Fact("Indicator", {"observationAbout": owner}, tokens=[tok.i, *(t.i for t in subj.subtree)])
    sent = noun.sent
    if not any(m.entity.id == owner[0].id and sent.start <= m.start < sent.end for m in cx.mentions):
        f.read_as["observationAbout"] = f"not named in the quote: the state of '{noun.text}' in the sentence before"
    kept = [t for t in noun.subtree if t.i not in cx.at and t.dep_ not in ("det", "case", "punct", "prep", "pobj")
            and t.i >= noun.left_edge.i and (t.i == noun.i or t.head.i == noun.i)]
    f.attrs["indicator"] = _text(cx.doc, _hyphenated(kept)) or noun.text
    if share_of is not None:
        figure = _amount_words(subj, set())
        if figure is None:
            return []
        f.attrs["amount"], f.attrs["shareOf"] = figure[0], share_of.lemma_.lower()
        return [f]
    if tok.lemma_ in LEVEL_VERBS:
        figure = _amount_words(tok, {t.i for t in subj.subtree})
        if figure is None:
            return []
        f.attrs["amount"] = figure[0]
        f.tokens += figure[1]
        whole = _share_whole(cx.doc[figure[1][-1]])
        if whole:  # "reaches 2 percent of gross domestic product": a share of that whole
            f.attrs["shareOf"] = whole
        return [f]
    # "inflation rose to 9 percent": the level reached, not a change (which 'by' or a bare figure gives:
    # "rose 3 percent", "rose by 3 percent to 9 percent")
    to_level = any(p.dep_ == "prep" and p.lower_ == "to" and any(t.lower_ in ("percent", "%") for t in p.subtree)
                   for p in tok.children) and not any(
        (c.dep_ == "prep" and c.lower_ == "by") or (c.dep_ in ("dobj", "npadvmod") and any(t.like_num for t in c.subtree))
        for c in tok.children)
    change = None if to_level else percent_near(tok, change=True)
    if change is not None:
        f.attrs["changePercent"] = change
        return [f]
    # "the currency fell below 1.1 million soles to the dollar": the level it reached
    for p in tok.children:
        level = _amount_words(p, set()) if p.dep_ == "prep" and p.lower_ in ("to", "below", "above", "at") else None
        if level is not None:
            f.attrs["amount"] = level[0] if level[0].split()[0].lower() in APPROX or p.lower_ == "to" \
                else f"{p.lower_} {level[0]}"  # "rose to 9 percent": 9 percent
            f.tokens += level[1]
            return [f]
        if p.dep_ == "prep" and p.lower_ == "to" and noun.lemma_.lower() in MEASURED_TO:
            # "net migration rose to 745,000": a count of people with no noun after it
            num = [o for o in p.children if o.dep_ == "pobj" and o.like_num and o.ent_type_ not in ("DATE", "TIME")]
            if num:
                words = " ".join(t.text for t in cx.doc[num[0].left_edge.i:num[0].i + 1])
                words = re.sub(r"(?<=\d),(?=\d{3})", "", words)
                try:
                    parse_amount(f"{words} people", money=False)
                except (QuantityError, TypeError):
                    return []
                f.attrs["amount"] = f"{words} people"
                f.tokens += list(range(num[0].left_edge.i, num[0].i + 1))
                return [f]
    return []


# --- a population told in apposition --------------------------------------------------

#: Nouns of the people a place numbers ("a state of about 320,000 people").
POPULATION_NOUNS = {"people", "inhabitant", "resident", "citizen", "person", "soul"}
#: Nouns an apposition describes a state or place by ("Vanuatu, a Pacific island state of …").
PLACE_KIND_NOUNS = {"state", "country", "nation", "island", "archipelago", "city", "town", "region", "province",
                    "territory", "republic", "kingdom", "enclave", "monarchy"}


def population_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Peru, a Pacific state of about 320,000 people": an Indicator of the population
    (``indicator: population``, ``amount`` the number and its noun) of the state or
    place the apposition describes. A number of people that no apposition ties to a
    named state ("a crowd of 5,000 people") is none."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in POPULATION_NOUNS or tok.dep_ != "pobj" or \
            tok.head.lower_ != "of":
        return []
    kind = tok.head.head
    if kind.lemma_.lower() not in PLACE_KIND_NOUNS or kind.dep_ != "appos":
        return []
    owner = [e for e in cx.entities(kind.head, conj=False) if e.type in ("State", "City", "Region", "Place")]
    figure = _amount_words(tok.head, set())
    if len(owner) != 1 or figure is None:
        return []
    f = Fact("Indicator", {"observationAbout": owner}, tokens=[kind.head.i, kind.i, *figure[1]], clause=False)
    f.attrs["indicator"], f.attrs["amount"] = "population", figure[0]
    return [f]


#: Nouns of goods in general, bought or sold as an amount of money's worth ("$8 billion of
#: American agricultural products"); a commodity of :data:`COMMODITIES` counts too.
GOODS_NOUNS = {"product", "goods", "commodity", "produce", "export", "import", "good"}


def goods_worth_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Tokyo said it would buy $8 billion of American agricultural products", "Chile
    bought $2 billion worth of Peruvian copper": a Supply of the goods from the state the
    demonym (or 'from') names to the buyer, its ``value`` the amount. Weapons are
    purchase_rules' own; a buyer that is no state (or a state's body) drafts nothing."""
    if tok.pos_ != "VERB" or tok.lemma_ not in BUY_VERBS:
        return []
    amounts = [o for o in objects(tok) if o.dep_ == "dobj" and (o.lemma_ in ("billion", "million", "trillion", "worth")
                                                                or any(is_currency_sign(c.text) for c in o.subtree))]
    goods = [g for a in amounts for g in preps(a, {"of"}) if g.lemma_.lower() in GOODS_NOUNS | COMMODITIES]
    if not goods:
        return []
    item = goods[0]
    buyer = _states([e for s_ in doers(tok) for e in cx.entities(s_)], cx)
    seller = [e for o in preps(tok, {"from"}) + preps(item, {"from"}) for e in cx.entities(o)]
    if not seller:
        seller = _demonym_states(item, cx)
    seller = [e for e in _states(seller, cx) if e.id not in {b.id for b in buyer}]
    if not (buyer and seller):
        return []
    f = Fact("Supply", {"supplier": seller, "recipient": buyer}, tokens=[tok.i, amounts[0].i, item.i])
    f.attrs["item"] = " ".join(t.text for t in item.subtree if t.i <= item.i and t.dep_ in ("amod", "compound")
                               and t.i not in cx.at) + (" " if any(t.dep_ in ("amod", "compound") and t.i not in cx.at
                                                                   for t in item.children) else "") + item.text
    money = money_near(amounts[0])
    if money:
        f.attrs["value"] = money[0]
        f.tokens += money[1]
    return [f]


def imports_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Japan agreed to increase its rice imports from the United States", "Chile's
    copper exports to Peru": a Supply between the possessor and the state after
    'from' (imports) or 'to' (exports), the goods its noun modifier or 'of' words."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("import", "export") or tok.tag_ != "NNS":
        return []
    own = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    other = [e for o in preps(tok, {"from" if tok.lemma_.lower() == "import" else "to"}) for e in cx.entities(o)]
    own, other = _states(own, cx), _states(other, cx)
    goods = [c for c in tok.children if c.dep_ == "compound" and (c.lemma_.lower() in COMMODITIES | GOODS_NOUNS)]
    goods += [g for g in preps(tok, {"of"}) if g.lemma_.lower() in COMMODITIES | GOODS_NOUNS]
    if not (own and other and goods) or {e.id for e in own} & {e.id for e in other}:
        return []
    supplier, recipient = (other, own) if tok.lemma_.lower() == "import" else (own, other)
    f = Fact("Supply", {"supplier": supplier, "recipient": recipient}, {"item": goods[0].text},
             tokens=[tok.i, goods[0].i])
    return [f]


#: Verbs of cutting off help, and the help: "cut off all future funding to the country",
#: "suspended military aid to Niger" (CAMEO 162 "reduce or stop material aid", under 16
#: "reduce relations").
CUT_VERBS = {"cut": "cut", "suspend": "suspension", "halt": "halt", "freeze": "freeze", "withhold": "withholding",
             "stop": "stop", "end": "end", "pause": "pause", "slash": "cut", "terminate": "termination"}
CUT_AID_NOUNS = HELP_NOUNS - {"backing", "protection"} | {"fund", "grant"}  # help that can be cut off


#: Words that make a licence one to export arms ("arms export licences", "export licenses").
LICENCE_MARKS = {"export", "arms", "weapons", "weapon"}


def _arms_licence(noun: Token) -> bool:
    """Whether ``noun`` is an export licence ("arms export licences", "export licenses"):
    a licence whose compounds or modifiers say it is for exports or arms; suspending such
    licences to a state is an arms embargo's measure (CAMEO 163 'impose embargo')."""
    return noun.lemma_.lower() in ("licence", "license") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in LICENCE_MARKS for c in noun.children)


def aid_cut_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Washington suspended military aid to Niger", "he would cut off all future
    funding to the country", "Britain suspended 30 arms export licences to Israel": a Sanction (its ``measure`` the cut, in words) by the one
    who cuts the help (a person for the state they act for) against its recipient."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CUT_VERBS:
        return []
    # the object, or the subject of the passive: "military aid to Niger was suspended (by X)"
    help_ = [o for o in objects(tok) if o.lemma_.lower() in CUT_AID_NOUNS]
    # "suspended 30 of its arms export licences to Israel": a part of them, the licences its 'of' names
    help_ = help_ or [p for o in objects(tok) if o.like_num or o.lower_ in ("some", "most", "all", "many")
                      for p in preps(o, {"of"}) if _arms_licence(p)] or [o for o in objects(tok) if _arms_licence(o)]
    if not help_:
        return []
    passive = not any(c.dep_ == "dobj" for c in tok.children)
    notes: dict[str, str] = {}
    auth = [e for e in _takers(tok, cx, "authority", notes) if e.type not in NOT_ACTORS]
    auth = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in auth])
    auth = [e for e in auth if e.type != "Person"]
    target = [e for o in preps(tok, {"to", "for"}) + preps(help_[0], {"to", "for"}) for e in cx.entities(o)
              if e.type not in NOT_ACTORS and e.type != "Person"]
    target = [e for e in _uniq(target) if e.id not in {a.id for a in auth}]
    if not target or not auth and not (passive and not doers(tok)):
        return []  # with no agent, a passive's help is cut by an authority the text leaves unnamed
    words = [t for t in help_[0].subtree if t.i <= help_[0].i and t.dep_ != "det"]
    if _arms_licence(help_[0]):  # "its roughly 350 arms export licences": the kind of licence, not the count
        words = [t for t in help_[0].subtree if t.i <= help_[0].i and t.dep_ in ("compound", "amod", "nmod")] + [help_[0]]
    noun = CUT_VERBS[tok.lemma_] + ("-off" if any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) else "")
    f = Fact("Sanction", {"authority": auth, "target": target} if auth else {"target": target},
             {"measure": f"{noun} of {_text(cx.doc, words)}"}, tokens=[tok.i, help_[0].i], read_as=notes)
    return [f]


#: Verbs of handing money over that is not lent: a payment or grant is economic support
#: (ontology: "A grant that is not repaid is a gkg:Support (economic)").
PAY_VERBS = {"pay", "give", "grant", "allocate", "transfer", "disburse"}


def payment_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Britain will pay France £101m a year to curb crossings", "Japan gave Kenya $20
    million": a sum one state or body hands another, not as a loan, is economic Support
    (``supporter``, ``supported``, ``supportKind: economic``), its sum ``value`` with the
    rate the text gives ("GBP 101m a year"). Aid named as such ("$500 million in military
    aid") is :func:`~kg.extract.facts.diplomacy.support_rules`' own."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PAY_VERBS:
        return []
    if tok.lemma_ == "pay" and paid_for(tok):
        return []  # "paid $5 million for the grain": a Payment for something (facts/paid.py)
    sums = [(o, m) for o in objects(tok) for m in [sum_of(o)] if m is not None]
    if not sums or any(x.lemma_ in HELP_NOUNS | {"aid", "assistance", "support", "loan", "credit"}
                       for o, _ in sums for x in o.subtree):
        return []
    payer = [e for e in _takers(tok, cx, "supporter", {}) if e.type not in NOT_ACTORS]
    payer = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in payer])
    payee = [e for c in tok.children if c.dep_ in ("dative", "iobj") for e in cx.entities(c)]
    payee += [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
    payee = [e for e in _uniq(payee) if e.type not in ("Person",) + NOT_ACTORS and e.id not in {p.id for p in payer}]
    if not (payer and payee):
        return []
    words, toks = sums[0][1]
    rate, per = per_period(cx.doc, toks[-1] + 1)
    if not rate:  # "paid $5 million to Peru annually"
        rate, per = next(((f" {ANNUAL[c.lower_]}", [c.i]) for c in tok.children if c.lower_ in ANNUAL), ("", []))
    f = Fact("Support", {"supporter": payer, "supported": payee}, {"supportKind": "economic", "value": words + rate},
             tokens=[tok.i, *toks, *per])
    return [f]


# --- loans ----------------------------------------------------------------------------------

#: Verbs of lending (CAMEO 0712 "provide economic aid", a loan to be repaid; Wikidata
#: Q189539 'loan'): the subject lends to the indirect object or the object of 'to'.
LEND_VERBS = {"lend", "loan"}
#: Nouns of money lent (the ontology's gkg:Loan label and altLabels: "credit", "bailout").
LOAN_NOUNS = {"loan", "bailout"}
#: Verbs that give or take a loan named as their object ("China granted Pakistan a loan",
#: "Pakistan secured a loan from China"): giving -> the subject lends; taking -> borrows.
LOAN_GIVE_VERBS = {"grant", "extend", "provide", "give", "offer", "approve", "disburse", "sign", "agree", "announce",
                   "pledge", "promise", "finalize", "finalise", "conclude", "open", "establish"}
LOAN_TAKE_VERBS = {"secure", "obtain", "receive", "take", "get", "win", "seek", "request"}
#: Who lends or borrows: states, bodies, firms (a person: the state they serve).
LOAN_PARTIES = ("State", "InternationalOrganisation", "Organisation", "Government", "StateCompany")


def loan_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Loan (``lender``, ``borrower``) of named parties: "China lent Pakistan $2
    billion", "China lent $2 billion to Pakistan", "a $3 billion loan from China to
    Pakistan", "China's loan to Pakistan", "China granted Pakistan a loan", "Pakistan
    secured a loan from China". Both parties must be named (a state, a body, a firm; a
    person stands for the state they serve) and differ; an asked-for loan ("sought",
    "requested") is drafted as the rules draft any plan, by the verb's modality. Nothing
    for a loan with one side unnamed."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in LEND_VERBS:
        lender = [e for s_ in doers(tok) for e in cx.entities(s_)]
        borrower = [e for c in tok.children if c.dep_ in ("dative", "iobj") for e in cx.entities(c)]
        borrower += [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
        if not borrower:  # "lent Pakistan $2 billion": the parser may read the borrower as the object
            borrower = [e for o in objects(tok) for e in cx.entities(o)]
        tokens = [tok.i]
    elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in LOAN_NOUNS or credit_line(tok) is not None):
        lender = [e for o in preps(tok, {"from", "by"}) for e in cx.entities(o)]
        lender += [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
        verb = tok.head if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ == "VERB" else None
        if credit_line(tok) is not None and verb is not None and verb.lemma_.lower() in LINE_HOLD_VERBS:
            # "the bank holds a yuan swap line with the People's Bank of China": the holder draws on
            # it, the one it is held with provides the currency
            lender += [e for o in preps(tok, {"with"}) for e in cx.entities(o)]
            borrower = [e for s_ in doers(verb) for e in cx.entities(s_)]
            return _line(tok, verb, lender, borrower, cx)
        # "a swap line with Argentina's central bank": the line is opened with the one who draws on it
        borrower = [e for o in preps(tok, {"to", "for"} | ({"with"} if credit_line(tok) is not None else set()))
                    for e in cx.entities(o)]
        # "a loan of £2.2 billion to Ukraine": the parser may hang 'to' on the sum
        borrower += [e for o in preps(tok, {"of"}) if o.like_num or o.ent_type_ == "MONEY" or o.lemma_ in (
            "billion", "million") for x in preps(o, {"to", "for"}) for e in cx.entities(x)]
        if verb is not None and verb.lemma_.lower() in LOAN_GIVE_VERBS:
            lender = lender or [e for s_ in doers(verb) for e in cx.entities(s_)]
            borrower = borrower or [e for c in verb.children if c.dep_ in ("dative", "iobj")
                                    for e in cx.entities(c)] + [e for o in preps(verb, {"to"}) for e in cx.entities(o)]
        elif verb is not None and verb.lemma_.lower() in LOAN_TAKE_VERBS:
            borrower = borrower or [e for s_ in doers(verb) for e in cx.entities(s_)]
            lender = lender or [e for o in preps(verb, {"from"}) for e in cx.entities(o)]
        if credit_line(tok) is not None:
            return _line(tok, verb, lender, borrower, cx)
        tokens = [tok.i] + ([verb.i] if verb is not None else [])
    else:
        return []
    lender = _uniq([e for e in _states(lender, cx) if e.type in LOAN_PARTIES])
    borrower = _uniq([e for e in _states(borrower, cx) if e.type in LOAN_PARTIES and e.id not in {x.id for x in lender}])
    if not lender or not borrower:
        return []
    return [Fact("Loan", {"lender": lender, "borrower": borrower}, tokens=tokens)]


#: Verbs whose subject has a standing line it draws on ("already holds a swap line with
#: the People's Bank of China", "has a credit line with the IMF", "renewed its swap line
#: with the Fed"): the subject borrows, the one the line is held 'with' lends.
LINE_HOLD_VERBS = {"hold", "have", "maintain", "keep", "renew", "use", "tap", "draw", "activate"}


def _line(tok: Token, verb: Token | None, lender: list[Known], borrower: list[Known], cx: Context) -> list[Fact]:
    """The Loan of a credit or swap line ``tok`` (:func:`credit_line`) of ``lender`` and
    ``borrower`` as the words give them, with its ``programme`` ("currency swap line" for a
    line or agreement of currency swaps, as CLAIMS.md writes it; the line's own words
    otherwise) and its ``value``: the sum the line's clause names ("for up to USD 5
    billion", "a $20 billion swap line", "equivalent to about USD 18 billion"). A swap
    line lends the currency of the side that issues it (CLAIMS.md, Loans: the lender is
    the one providing the currency): where the line's sum or its words name a currency
    (ISO 4217, whose first two letters are the issuing state's ISO 3166 code: "USD",
    "yuan") and exactly one side belongs to that state, that side lends and the other
    borrows, whatever the verb. [] when a side is missing, or both are the same."""
    value = _line_value(tok, verb)
    sides = _uniq([e for e in _states(lender + borrower, cx) if e.type in LOAN_PARTIES])
    issuer = _currency_issuer(tok, value[0] if value else None, sides, cx)
    if issuer is not None and len(sides) == 2:
        lender, borrower = [issuer], [e for e in sides if e.id != issuer.id]
    else:
        lender = _uniq([e for e in _states(lender, cx) if e.type in LOAN_PARTIES])
        borrower = _uniq([e for e in _states(borrower, cx) if e.type in LOAN_PARTIES
                          and e.id not in {x.id for x in lender}])
    if not lender or not borrower:
        return []
    f = Fact("Loan", {"lender": lender, "borrower": borrower}, tokens=[tok.i] + ([verb.i] if verb is not None else []))
    start = credit_line(tok)
    words = [t for t in tok.doc[start:tok.i + 1]]
    swap = tok.lemma_.lower() in CURRENCY_DEAL_NOUNS or any(t.lemma_.lower() == "swap" for t in words)
    f.attrs["programme"] = "currency swap line" if swap else " ".join(t.text for t in words)
    if verb is not None and verb.lemma_.lower() == "sign" and verb.tag_ in ("VBD", "VBN"):
        f.attrs["status"] = "signed"  # "has signed a currency swap agreement"
    if value is not None:
        f.attrs["value"] = value[0]
        f.tokens += value[1]
    return [f]


#: Words before a sum that bound or round it, kept in the value as the reader takes them
#: ("up to USD 20 billion", "about USD 18 billion").
SUM_BOUNDS = (("up", "to"), ("as", "much", "as"), ("about",), ("around",), ("some",), ("nearly",), ("almost",))


def _line_value(tok: Token, verb: Token | None) -> tuple[str, list[int]] | None:
    """The sum of a credit line ``tok``: a sum of money in the line's own words or the
    clauses on it ("a $2 billion swap line", "equivalent to about USD 18 billion"), or on
    its verb's 'for' ("signed a swap agreement ... for up to USD 5 billion"), with a bound
    before it (:data:`SUM_BOUNDS`); None when none is named."""
    heads = [c for c in tok.children if c.dep_ in ("nummod", "compound", "quantmod", "amod", "prep", "acl")
             and c.i != tok.i]
    heads += [o for o in preps(verb, {"for"})] if verb is not None else []
    for h in heads:
        found = money_near(h)
        if found is None:
            continue
        words, toks = found
        doc = tok.doc
        start = toks[0]
        for bound in SUM_BOUNDS:
            n = len(bound)
            if start - n >= 0 and tuple(t.lower_ for t in doc[start - n:start]) == bound:
                return " ".join(bound) + " " + words, list(range(start - n, toks[-1] + 1))
        return words, toks
    return None


def _currency_issuer(tok: Token, value: str | None, sides: list[Known], cx: Context) -> Known | None:
    """The side of a line that issues its currency: the currency of its words ("a yuan
    swap line") or of its sum ("USD 20 billion"), read as ISO 4217 (whose code begins with
    the issuing state's ISO 3166 code), and the one of ``sides`` that is that state or
    belongs to it; None when no currency is named, or none or both sides belong to it."""
    codes = [CURRENCY_CODES[t.lower_] for t in tok.doc[credit_line(tok):tok.i] if t.lower_ in CURRENCY_CODES]
    if value:
        codes += [w for w in value.split() if re.fullmatch(r"[A-Z]{3}", w)]
    if not codes:
        return None
    state = next((s for s in world()["states"] if s["code"] == codes[0][:2]), None)
    if state is None:
        return None
    home = cx.resolver.names.get(normalise(state["label"]))
    if home is None:
        return None
    owned = [e for e in sides if e.id == home.id or _belongs(e, cx) == home.id]
    return owned[0] if len(owned) == 1 else None


def _belongs(e: Known, cx: Context) -> str | None:
    """The id of the state a body ``e`` belongs to: its registry entry's or proposal's ``of``."""
    if e.state:
        return e.state
    if e.proposed and e.proposed.get("of"):
        return e.proposed["of"]
    entry = cx.resolver.registry.entities.get(e.id)
    return entry.of if entry is not None else None


#: Words before 'line' or 'facility' that make it money lent: "a currency swap line", "a credit
#: line", "a swap facility" (a central bank's swap line lends its currency against the
#: other's, to be swapped back: a loan, as the IMF and the Federal Reserve describe them).
CREDIT_LINE_WORDS = {"swap", "credit", "lending"}
#: Nouns of a standing loan drawn on when needed.
CREDIT_LINE_NOUNS = {"line", "facility", "arrangement"}
#: Nouns of an agreement that is a line of currencies when a currency word qualifies it
#: ("a currency swap agreement", "an exchange rate stabilisation agreement": the US
#: Treasury's Exchange Stabilization Fund lends through such agreements).
CURRENCY_DEAL_NOUNS = {"agreement", "deal", "accord", "pact"}
#: Words that make a swap one of currencies.
CURRENCY_DEAL_WORDS = {"currency", "exchange", "stabilisation", "stabilization", "yuan", "renminbi", "yen", "dollar",
                       "euro", "rouble", "ruble"}


def credit_line(tok: Token) -> int | None:
    """The first token of a credit or swap line's name ending in ``tok`` ("currency swap
    *line*": the index of 'currency'), when ``tok`` is a noun of :data:`CREDIT_LINE_NOUNS`
    with a word of :data:`CREDIT_LINE_WORDS` compounded on it, or a noun of agreement
    (:data:`CURRENCY_DEAL_NOUNS`) whose words make it a swap of currencies ("a currency
    swap agreement", "an exchange rate stabilisation agreement"; never "a prisoner swap
    deal"); None otherwise."""
    words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if tok.lemma_.lower() in CURRENCY_DEAL_NOUNS:
        # "a currency swap agreement", "an exchange rate stabilisation agreement": a line of
        # currencies; a swap of anything else ("a prisoner swap deal") is none
        named = {t.lemma_.lower() for c in words for t in c.subtree if t.i < tok.i}
        if not (named & CURRENCY_DEAL_WORDS and "swap" in named or {"exchange", "stabilisation"} <= named
                or {"exchange", "stabilization"} <= named):
            return None
    elif tok.lemma_.lower() not in CREDIT_LINE_NOUNS:
        return None
    elif not any(c.lemma_.lower() in CREDIT_LINE_WORDS for c in words):
        return None
    return min(min(t.i for t in c.subtree if t.dep_ in ("compound", "amod") or t.i == c.i) for c in words)


# --- ownership and control told by nouns and passives (rule set 28) -----------------------

#: Nouns of a company another owns ("X, a subsidiary of Y", "X is the oil arm of Y"):
#: Wikidata P749 'parent organization' / P127 'owned by', the ontology's Ownership.
SUBSIDIARY_NOUNS = {"subsidiary", "arm", "unit", "offshoot", "venture"}
#: Classes of the companies 'arm' and 'unit' relate ("the oil arm of Gazprom"); an armed
#: group's 'military arm' is no ownership.
COMPANIES = ("StateCompany",)


def subsidiary_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Gazprom Neft, a subsidiary of Gazprom", "Gazprom Neft is the oil arm of Gazprom",
    "Gazprom Neft, a Gazprom subsidiary", "Urja Bharat, a joint venture of Indian Oil and
    Bharat PetroResources" (each of the venture's owners, 'of' or 'between'): an Ownership of the company named (the noun's
    apposition head, or the subject of 'be') by the one the 'of' phrase (or a name or
    possessive before the noun) names. 'arm', 'unit' and 'offshoot' only between companies;
    'subsidiary' of any organisation; "Rosneft's subsidiary Lukoil" (the possessive on the
    name); and the converse, "Rosneft, Lukoil's parent company", "the owner of Lukoil"
    (:func:`_parent`)."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PARENT_NOUNS:
        return _parent(tok, cx)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SUBSIDIARY_NOUNS:
        return []
    venture = tok.lemma_.lower() == "venture"
    owner = [e for o in preps(tok, {"of", "between"} if venture else {"of"}) for e in cx.entities(o)]
    # "Gazprom Neft, a Gazprom subsidiary": the owner's name compounded with the noun
    owner = owner or [e for c in tok.children if c.dep_ in ("compound", "poss", "nmod") for e in cx.entities(c, conj=False)]
    if tok.dep_ == "appos":
        owned = cx.entities(tok.head, conj=False)
    elif tok.dep_ == "attr" and tok.head.lemma_ in ("be", "become", "remain"):
        owned = [e for s_ in subjects(tok.head) for e in cx.entities(s_, conj=False)]
    elif tok.dep_ in ("compound", "nmod") and tok.head.i in cx.at and tok.head.i not in {t.i for t in tok.subtree}:
        # "Rosneft's subsidiary Lukoil": the possessive hangs on the name the noun qualifies
        owner = [e for c in tok.head.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
        owned = cx.entities(tok.head, conj=False)
    else:
        return []
    kinds = COMPANIES if tok.lemma_.lower() != "subsidiary" else COMPANIES + ("Organisation",)
    if venture:  # "Urja Bharat, a venture of Indian Oil and Bharat PetroResources": its owners, companies or states
        kinds = COMPANIES + ("Organisation", "State", "Government")
    owner = [e for e in owner if e.type in kinds]
    owned = [e for e in owned if e.type in kinds and e.id not in {o.id for o in owner}]
    if not (owner and owned):
        return []
    return [Fact("Ownership", {"owner": owner, "owned": owned}, tokens=[tok.i, tok.head.i], undated=True,
                 split=not venture)]  # a venture's owners own it together


#: Nouns of the company that owns another ("Rosneft, Lukoil's parent company", "Rosneft,
#: the owner of Lukoil"): the converse of :data:`SUBSIDIARY_NOUNS`.
PARENT_NOUNS = {"parent", "owner"}


def _parent(tok: Token, cx: Context) -> list[Fact]:
    """"Rosneft, Lukoil's parent company", "Rosneft is the owner of Lukoil", "Lukoil's
    parent, Rosneft": an Ownership of the company the possessive or 'of' names by the one
    the noun describes (its apposition head, its own apposition, or the subject of 'be');
    "A and its parent B": 'its' the nearest name before it (:func:`_nearest_before`), not
    one further back in a list; companies and organisations on both sides, nothing for a
    person ("the owner of the club") or an asset owned, which its own rules read."""
    kinds = COMPANIES + ("Organisation",)
    owned = [e for c in tok.children if c.dep_ == "poss" for e in
             (_nearest_before(c, cx, kinds) if c.lower_ in ("its", "their") else cx.entities(c, conj=False))]
    owned += [e for o in preps(tok, {"of"}) for e in cx.entities(o, conj=False)]
    head = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in COMPANY_NOUNS else tok
    if head.dep_ == "appos":
        owner = cx.entities(head.head, conj=False)
    elif head.dep_ == "attr" and head.head.lemma_ in ("be", "become", "remain"):
        owner = [e for s_ in subjects(head.head) for e in cx.entities(s_, conj=False)]
    else:
        owner = [e for c in head.children if c.dep_ == "appos" for e in cx.entities(c, conj=False)]
    owner = [e for e in _uniq(owner) if e.type in kinds]
    owned = [e for e in _uniq(owned) if e.type in kinds and e.id not in {o.id for o in owner}]
    if not (owner and owned):
        return []
    # (for "A and its parent B", A's own words: not the head of a list further back)
    its = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
    return [Fact("Ownership", {"owner": owner, "owned": owned}, tokens=[tok.i, head.i] + ([] if its else [head.head.i]),
                 undated=True)]


def _nearest_before(pronoun: Token, cx: Context, kinds: tuple[str, ...]) -> list[Known]:
    """What 'its' (or 'their') stands for in "A and its parent B", "A, B and its owner C":
    the nearest noun phrase before it, past the 'and' or comma that joins the two; from
    a name's 'of' phrase ("First Bank of Peru"), the name it belongs to. That phrase's
    entity when it is of ``kinds``, else nothing: a name the text gives but the draft does
    not know is no licence to reach further back to another company."""
    k = pronoun.i - 1
    while k >= pronoun.sent.start and cx.doc[k].lower_ in ("and", ",", "or", "as", "well"):
        k -= 1
    if k < pronoun.sent.start:
        return []
    t = cx.doc[k]
    while True:
        m = cx.at.get(t.i)
        if m is not None and m.entity.type in kinds:
            return [m.entity]
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i < t.i:
            t = t.head.head  # "First International Bank of Israel": from 'Israel' to the name it ends
            continue
        return []


def property_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The mine remains the property of Peru", "the terminal is the property of Vell
    Petroleum": an Ownership of the subject (an asset, organisation or place that is no
    state) by the actor 'of' names."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "property" or tok.dep_ != "attr" or \
            tok.head.lemma_ not in ("be", "remain", "become", "stay"):
        return []
    owner = [e for o in preps(tok, {"of"}) for e in cx.entities(o) if e.type not in NOT_ACTORS]
    owned = [e for s_ in subjects(tok.head) for e in cx.entities(s_)
             if e.type in ("Asset", "Organisation", "StateCompany", "Site")]
    owned = [e for e in owned if e.id not in {o.id for o in owner}]
    if not (owner and owned):
        return []
    return [Fact("Ownership", {"owner": owner, "owned": owned}, tokens=[tok.i, tok.head.i])]


#: Nouns of a share of a company or project held ("a 5% interest in", "a 20 percent holding in").
STAKE_NOUNS = {"stake", "interest", "holding"}
#: Verbs that pass a stake to someone: its new owner is the one it goes to.
HAND_VERBS = {"transfer", "sell", "give", "hand", "cede", "offer", "grant", "award", "allocate"}


def stake_transfer_rules(tok: Token, cx: Context) -> list[Fact]:
    """"QatarEnergy will transfer to Sinopec a 5% interest in the project", "Chile sold
    Peru a 20 percent stake in the port", "acquired a 49% interest in Vell Petroleum": an
    Ownership of the stake's receiver (the verb's dative or 'to' object; with a verb of
    acquiring, its subject) in what 'in' names, with its share in percent. 'interest' and
    'holding' count only with a percentage ("national interest" is no stake)."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in STAKE_NOUNS or tok.dep_ != "dobj":
        return []
    share = percent_near(tok)
    if tok.lemma_ != "stake" and share is None:
        return []
    verb = tok.head
    if verb.lemma_ in HAND_VERBS:
        owner = [e for o in preps(verb, {"to"}) for e in cx.entities(o)]
    elif verb.lemma_ in ACQUIRE_VERBS and tok.lemma_ != "stake":
        owner = [e for s_ in subjects(verb) for e in cx.entities(s_)]
    else:
        return []
    owned = [e for o in preps(tok, {"in"}) for e in _inside(o, cx)]
    owner = [e for e in owner if e.type not in NOT_ACTORS]
    if not (owner and owned) or {e.id for e in owner} & {e.id for e in owned}:
        return []
    f = Fact("Ownership", {"owner": owner, "owned": owned}, tokens=[tok.i, verb.i])
    if share is not None:
        f.attrs["share"] = share
    return [f]


#: Verbs of running a body or asset: "the fund will be governed by Chile and Peru".
RUN_VERBS = {"run", "govern", "manage", "operate", "administer", "oversee", "direct"}
#: Classes of what a Control's passive may say is run (not a state or territory, which
#: are an occupation or a government).
RUN_CLASSES = ("Organisation", "Asset", "StateCompany", "Site")


def run_by_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The fund will be governed by the two countries", "the terminal, operated by Vell
    Petroleum": a Control of the body or asset (the passive's subject, or the noun a
    participle qualifies) by the actors of 'by'; in the active voice ("Vell Petroleum
    operates the terminal", "which runs the refinery"), by its subject, a body; and a place
    that "fell to" an actor (:func:`_fallen_to`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in RUN_VERBS | {"fall"}:
        return []
    if tok.lemma_ == "fall":
        return _fallen_to(tok, cx)
    agent = [e for o in preps(tok, {"by"}) for e in cx.entities(o) if e.type not in NOT_ACTORS]
    if not agent and not any(c.dep_ == "auxpass" for c in tok.children) and tok.tag_ != "VBN":
        # "Nayara, which runs a refinery at Vadinar", "Rosneft operates the terminal": the active voice,
        # a body (not a person, whose running is an office) running a named body or asset
        agent = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type not in NOT_ACTORS + ("Person",)]
        run = [e for o in objects(tok) if o.dep_ == "dobj" for e in cx.entities(o)]
        run = [e for e in run if e.type in RUN_CLASSES and e.id not in {a.id for a in agent}]
        if not (agent and run) or any(c.dep_ in ("neg", "aux") and c.lemma_ != "have" for c in tok.children):
            return []
        return [Fact("Control", {"controller": agent, "controlled": run}, tokens=[tok.i])]
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        head = tok.head
        run = cx.entities(head, conj=False) or (cx.entities(head.head, conj=False) if head.dep_ == "appos" else [])
    else:
        run = [e for c in tok.children if c.dep_ == "nsubjpass" for e in cx.entities(c)]
    run = [e for e in run if e.type in RUN_CLASSES and e.id not in {a.id for a in agent}]
    if not (agent and run):
        return []
    return [Fact("Control", {"controller": agent, "controlled": run}, tokens=[tok.i])]


def _fallen_to(verb: Token, cx: Context) -> list[Fact]:
    """"Goma fell to the M23 in January": a place or asset (the subject of 'fall') taken by
    the actor 'to' names, a Control from the verb's date; nothing for a level or a share
    that falls ("prices fell to a low"), a role that falls to someone, or a negation."""
    taker = [e for o in preps(verb, {"to"}) for e in cx.entities(o) if e.type not in NOT_ACTORS + ("Person",)]
    taken = [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_)
             if e.type in ("City", "Region", "Place", "Site", "Asset")]
    if not (taker and taken) or any(c.dep_ in ("neg", "aux") and c.lemma_ != "have" for c in verb.children):
        return []
    return [Fact("Control", {"controller": taker, "controlled": taken}, {"description": "fell to"},
                 tokens=[verb.i])]


#: Verbs that put something under another's control ("placed the media under the control of").
PLACE_UNDER_VERBS = {"place", "put", "bring", "keep", "fall", "come", "remain", "be"}


def under_control_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The decree placed the state broadcaster under the control of the army", "the port
    came under the control of Vell Petroleum", "Goma fell under M23 control": a Control of
    the object of the verb (the subject of 'fall', 'come', 'remain' or 'be'; a body, an
    asset, a city or a region) by the actor 'of', or the word before 'control', names."""
    if tok.lower_ != "control" or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return []
    controller = [e for o in preps(tok, {"of"}) for e in cx.entities(o) if e.type not in NOT_ACTORS]
    # "fell under M23 control", "is now under Russian control", "under the M23's control"
    controller = controller or [e for e in _modifiers(tok, cx, ("poss", "compound", "amod", "nmod"))
                                if e.type not in NOT_ACTORS]
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in PLACE_UNDER_VERBS:
        return []
    held = objects(verb) if verb.lemma_ in ("place", "put", "bring", "keep") else subjects(verb)
    controlled = [e for h in held for e in cx.entities(h) if e.type in RUN_CLASSES + ("Government", "City", "Region")]
    controlled = [e for e in controlled if e.id not in {c.id for c in controller}]
    if not (controller and controlled):
        return []
    return [Fact("Control", {"controller": controller, "controlled": controlled}, tokens=[tok.i, verb.i])]


def state_company_facts(cx: Context) -> list[Fact]:
    """"the state airline Belavia", "the state oil company Vell Petroleum": a company the
    word 'state' before its kind calls the state's own is under the control of the state
    the registry says it belongs to (as corpus/CLAIMS.md writes "the state airline
    Belavia"). A state's possessive or demonym before the phrase is read by
    :func:`organisation_country_facts`, and "state-owned" by :func:`state_owned_facts`."""
    doc, out = cx.doc, []
    for tok in doc:
        if tok.lower_ != "state" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text in ("-", "–"):
            continue
        prev = tok.i - 1
        if prev >= 0 and (prev in cx.at or doc[prev].lower_ in ("'s", "’s")):
            continue  # "Belarus's state airline Belavia", "Chinese state refiner Sinopec": the state named
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 3 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") and j not in cx.at:
            j += 1
        company = cx.at.get(j)
        if j == tok.i + 1 or company is None or company.entity.type not in COUNTRY_ORGS or not company.entity.state:
            continue
        state = cx.resolver.state_of(company.entity)
        if state is None:
            continue
        out.append(Fact("Control", {"controller": [state], "controlled": [company.entity]},
                        tokens=list(range(tok.i, company.end)), trigger=tok, clause=False, undated=True))
    return out


#: Verbs by which a state takes a company or asset into its ownership, or passes it on.
NATIONALISE_VERBS = {"nationalise", "nationalize", "expropriate"}


def _relative_owned(verb: Token) -> Token | None:
    """The noun a relative clause "which is (in turn) owned by ..." hangs on, when ``verb``
    is that clause's participle: the clause itself ("which is owned": relcl with 'which' as
    its passive subject), or the 'is' of the clause when the parser hangs the participle on
    a phrase of it ("which is in turn wholly owned by": 'owned' on 'turn'). None otherwise."""
    node = verb
    while node.dep_ != "relcl":
        if node.head.i == node.i or node.dep_ not in ("acl", "pobj", "prep") or node.head.pos_ == "VERB" and node.i != verb.i:
            return None
        node = node.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in node.children):
        return None
    if node.i != verb.i and node.lemma_ != "be":
        return None
    return node.head


def owned_by_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Vell Petroleum is majority-owned by Chile", "the port is owned by Peru", "Chile
    nationalised Vell Petroleum last year": an Ownership of the passive's subject by the
    actors of 'by' (a participle on a noun is :func:`controlled_by_rules`' own), or of the
    object of a verb of nationalising by its subject, from the clause's date."""
    if tok.pos_ != "VERB":
        return []
    if tok.lemma_ == "own" and tok.dep_ not in ("acl", "relcl"):
        owner = [e for o in preps(tok, {"by"}) for e in cx.entities(o) if e.type not in NOT_ACTORS]
        owned = [e for c in tok.children if c.dep_ == "nsubjpass" for e in cx.entities(c)]
        if not owned and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
            # "Gazprom Neft is majority-owned by Gazprom": the parser makes the participle the complement of 'is'
            owned = [e for c in tok.head.children if c.dep_ == "nsubj" for e in cx.entities(c)]
        start = False
    elif tok.lemma_ == "own" and _relative_owned(tok) is not None:
        # "ADQ, which is in turn wholly owned by the government": the noun the clause hangs on is owned
        owner = [e for o in preps(tok, {"by"}) for e in cx.entities(o) if e.type not in NOT_ACTORS]
        noun = _relative_owned(tok)
        owned = cx.entities(noun, conj=False)
        if not owned and noun.dep_ == "appos":  # "ADQ, the Abu Dhabi holding company, which is owned by": ADQ
            owned = cx.entities(noun.head, conj=False)
        start = False
    elif tok.lemma_ in NATIONALISE_VERBS:
        owner = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type in ("State", "Government")]
        owned = [e for o in objects(tok) for e in cx.entities(o)]
        start = True
    else:
        return []
    owned = [e for e in owned if e.type not in ("State", "Person", *NOT_ACTORS) and e.id not in {o.id for o in owner}]
    if not (owner and owned):
        return []
    f = Fact("Ownership", {"owner": owner, "owned": owned}, tokens=[tok.i], undated=not start)
    if start and decided(tok):
        f.planned = True  # "has decided to nationalise X": the holding still to come
    if start:
        date, toks = cx.date_of(tok)
        if date:
            f.attrs["startDate"], f.undated = date, True
            f.tokens += toks
    return [f]


def investment_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chinese investment in Peru reached $5 billion", "Chile's investments in Peru's ports",
    "a $3 billion investment by Vell Petroleum in Peru": an Investment of the actor its
    possessive, demonym, name or 'by' phrase names (``investor``) in the state, company or
    place 'in' names (``recipient``: the name, else its possessor), with the sum near it."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "investment":
        return []
    investor = _modifiers(tok, cx, ("poss", "amod", "compound", "nmod"))
    investor += [e for o in preps(tok, {"by", "from"}) for e in cx.entities(o)]
    investor = [e for e in investor if e.type not in NOT_ACTORS + ("Person",)]
    into = preps(tok, {"in", "into", "to"})
    if not into and tok.dep_ == "dobj":  # "attract more Chinese investment to France": 'to' on the verb
        into = preps(tok.head, {"to", "into"})
    recipient = [e for o in into for e in cx.entities(o) or
                 [e for c in _possessors(o) for e in cx.entities(c, conj=False)]]
    recipient = [e for e in _uniq(recipient) if e.id not in {i.id for i in investor} and e.type not in ("Person",)]
    if not (investor and recipient):
        return []
    f = Fact("Investment", {"investor": _uniq(investor), "recipient": recipient}, tokens=[tok.i], split=False)
    money = money_near(tok)
    if money:
        f.attrs["value"] = money[0]
        f.tokens += money[1]
    return [f]


#: Nouns of a state's undertaking named with its kind ("Iran's nuclear programme", "the
#: Russian space project"): an actor's pursuit is its Project (ontology gkg:Project).
PROGRAMME_NOUNS = {"programme", "program"}
#: Verbs of a state pursuing a weapon, and the weapons so pursued.
PURSUE_VERBS = {"seek", "pursue", "develop"}
PURSUED_ARMS = {"weapon", "bomb", "missile", "warhead", "arsenal"}


def state_programme_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Iran's nuclear programme", "North Korea's ballistic missile program", "the Russian
    space programme" (not "Russian LNG projects", which other facts name): a Project of the
    state (``party``) its possessive or demonym names, when a word before the noun says what
    kind of undertaking it is (not "its programme"), its words the description; "Iran denies
    seeking nuclear weapons", "North Korea is developing new missiles": the state's pursuit
    of a weapon, the weapon its ``item``. A state that builds a port is no implementing
    agency (:func:`project_rules`: organisations only). A government named as the party
    stands for its state (:func:`governed`)."""
    if tok.pos_ == "NOUN" and tok.lemma_ in PROGRAMME_NOUNS:
        kinds = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i not in cx.at and c.is_lower]
        if not kinds:
            return []
        party = [e for e in governed(_modifiers(tok, cx, ("poss", "amod", "compound", "nmod")), cx) if e.type == "State"]
        if not party:
            return []
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "poss", "case")
                 and t.i not in cx.at]
        return [Fact("Project", {"party": party}, {"description": _text(cx.doc, words)}, tokens=[tok.i], undated=True)]
    if tok.pos_ == "VERB" and tok.lemma_ in PURSUE_VERBS:
        # "Iran denies seeking nuclear weapons", "North Korea is developing long-range missiles": the state's
        # pursuit of a weapon is its project (ontology gkg:Project, with the weapon as item)
        arms = [o for o in objects(tok) if o.lemma_ in PURSUED_ARMS and o.i not in cx.at]
        party = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in governed(cx.entities(s_), cx)
                 if e.type == "State"]
        if not (arms and party):
            return []
        words = [t for t in arms[0].subtree if t.i <= arms[0].i and t.dep_ not in ("det", "poss")]
        return [Fact("Project", {"party": party}, {"item": _text(cx.doc, words)}, tokens=[tok.i, arms[0].i])]
    return []


#: Participles that, joined by a hyphen to an actor's name or demonym, say it holds what
#: follows ("Russian-controlled Crimea", "the M23-held city of Goma"), and the kind of
#: control each gives (gkg:description).
HELD_BY_WORDS = {"controlled": None, "held": None, "run": None, "administered": None, "occupied": "occupation",
                 "owned": None}


def held_by_facts(cx: Context) -> list[Fact]:
    """"Russian-controlled Crimea", "the M23-held city of Goma", "Houthi-run Sanaa": a
    Control ("the Chinese-owned Harbor Fuel terminal": an Ownership, of a body or asset
    only) of the place, body or asset named right after the phrase (or after "city of",
    "port of") by the actor or the demonym's state before the hyphen, "occupied" giving
    the description occupation. The name must follow within five words, with no
    punctuation between."""
    doc, out = cx.doc, []
    for tok in doc:
        if tok.lower_ not in HELD_BY_WORDS or tok.i < 2 or doc[tok.i - 1].text not in ("-", "–"):
            continue
        who = cx.at.get(tok.i - 2)
        if who is None or who.entity.type in ("City", "Region", "Place") and who.form != "demonym":
            continue
        controller = [e for e in who.entities if e.type not in NOT_ACTORS]
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 5 and j not in cx.at and not doc[j].is_punct:
            j += 1
        held = cx.at.get(j)
        if held is None or doc[j].is_punct or held.form == "demonym" or \
                held.entity.type not in RUN_CLASSES + ("City", "Region", "Place"):
            continue
        controller = [e for e in controller if e.id != held.entity.id]
        if not controller:
            continue
        if tok.lower_ == "owned":  # "the Chinese-owned port": an Ownership (rule set 29)
            if held.entity.type not in RUN_CLASSES:
                continue
            f = Fact("Ownership", {"owner": controller, "owned": [held.entity]},
                     tokens=list(range(who.start, held.end)), trigger=tok, clause=False, undated=True)
        else:
            f = Fact("Control", {"controller": controller, "controlled": [held.entity]},
                     tokens=list(range(who.start, held.end)), trigger=tok, clause=False, undated=True)
        if HELD_BY_WORDS[tok.lower_]:
            f.attrs["description"] = HELD_BY_WORDS[tok.lower_]
        out.append(f)
    return out


def annexation_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Russia annexed Crimea in 2014": a Control of the territory by the annexing state,
    described as an annexation, from the clause's date (corpus/CLAIMS.md: "Zedland annexed
    the Kessel peninsula in 2014"). The noun ("its annexation of Crimea") is left to the
    Invasion the older curated files record it as."""
    if tok.pos_ == "VERB" and tok.lemma_ == "annex":
        controller = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type in ("State", "Government")]
        controlled = [e for o in objects(tok) for e in cx.entities(o)]
    else:
        return []
    controlled = [e for e in controlled if e.type in ("Region", "City", "Place", "State")
                  and e.id not in {c.id for c in controller}]
    if not (controller and controlled):
        return []
    f = Fact("Control", {"controller": _uniq(controller), "controlled": controlled}, {"description": "annexation"},
             tokens=[tok.i], undated=True)
    date, toks = cx.date_of(tok)
    if date:
        f.attrs["startDate"] = date
        f.tokens += toks
    return [f]


# --- territory held, run or controlled, in part or whole (rule set 29) ----------------------

#: Verbs of holding territory, and the description each gives the Control (corpus/CLAIMS.md:
#: ``controlled`` takes a territory for an occupation, the kind in ``description``).
HOLD_VERBS = {"hold": None, "control": None, "occupy": "occupation", "run": None, "govern": None,
              "administer": None}
#: Classes of territory a Control may hold.
TERRITORY = ("City", "Region", "Place", "State")
#: Words that take a part of what their 'of' names ("a fifth of Ukraine", "most of the region").
PART_WORDS = {"fifth", "third", "quarter", "half", "part", "parts", "most", "much", "swathe", "swathes", "chunk",
              "percent", "%", "tenth", "sixth", "portion", "share", "bulk", "majority", "area", "areas"}


def territory_held_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Goma, held by M23 rebels since January", "Gaza is run by Hamas", "Russia controls
    about a fifth of Ukraine", "Russian troops occupy parts of the region": a Control of the
    territory by those who hold it (the 'by' of a passive or participle, else the subject),
    a part held described by its words ("about a fifth"), an occupation so described. The
    holder must be an actor, the held a city, region, place or state (people held are
    detained, not controlled: :mod:`~kg.extract.facts.legal`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in HOLD_VERBS:
        return []
    passive = any(c.dep_ == "auxpass" for c in tok.children) or (tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN")
    part = None
    if passive:
        holder = [e for o in preps(tok, {"by"}) for e in cx.entities(o) or _demonym_states(o, cx)]
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            held = cx.entities(tok.head, conj=False)
        else:
            held = [e for c in tok.children if c.dep_ == "nsubjpass" for e in cx.entities(c)]
    else:
        holder = [e for s_ in subjects(tok) if s_.dep_ == "nsubj" for e in cx.entities(s_) or _demonym_states(s_, cx)]
        objs = objects(tok)
        held = [e for o in objs for e in cx.entities(o)]
        parts = [o for o in objs if o.lower_ in PART_WORDS or o.lemma_ in PART_WORDS]
        if not held and parts:  # "controls about a fifth of Ukraine", "occupies parts of the region"
            held = [e for o in parts for x in preps(o, {"of"}) for e in cx.entities(x)]
            part = parts[0]
        if tok.lemma_ in ("hold", "run", "govern", "administer") and not part:
            return []  # "Chile holds talks", "Peru runs a deficit": held territory is said with 'by' or a part
    holder = [e for e in _uniq(holder) if e.type not in NOT_ACTORS and e.type not in ("City", "Region", "Place")]
    held = [e for e in _uniq(held) if e.type in TERRITORY and e.id not in {h.id for h in holder}]
    if tok.lemma_ in ("hold", "run", "govern", "administer") and any(e.type == "State" for e in held) and not part:
        return []  # "Peru is governed by its president": a state governed is its government, no control
    if not (holder and held):
        return []
    f = Fact("Control", {"controller": holder, "controlled": held}, tokens=[tok.i], undated=True)
    if part is not None:
        words = [t for t in part.subtree if t.i <= part.i]
        f.attrs["description"] = _text(cx.doc, words)
        f.tokens += [t.i for t in words]
    elif HOLD_VERBS[tok.lemma_]:
        f.attrs["description"] = HOLD_VERBS[tok.lemma_]
    date, toks = cx.date_of(tok)
    if date and any(c.lower_ == "since" for c in tok.subtree):
        f.attrs["startDate"] = date  # "held by M23 since January"
        f.tokens += toks
    return [f]


# --- shareholders (rule set 29) ---------------------------------------------------------------

#: Nouns of one who holds shares in a company or asset ("QatarEnergy's largest shareholder").
SHAREHOLDER_NOUNS = {"shareholder", "stakeholder", "stockholder", "co-owner", "owner"}


def shareholder_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Sinopec is QatarEnergy's largest shareholder", "Sinopec, the largest shareholder in
    QatarEnergy", "the owner of the Harbor Fuel terminal, Vell Petroleum": an Ownership of
    what the possessive, 'in' or 'of' names (a company, an organisation or an asset; not a
    state, person or place) by the actor the noun is said of (a copula's subject, or the
    name it stands in apposition with)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SHAREHOLDER_NOUNS:
        return []
    owned = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    owned += [e for o in preps(tok, {"in", "of"}) for e in cx.entities(o)]
    owned = [e for e in _uniq(owned) if e.type in RUN_CLASSES]
    if tok.dep_ == "appos":
        owner = cx.entities(tok.head, conj=False)
    elif tok.dep_ in ("attr", "oprd") and tok.head.lemma_ in ("be", "become", "remain"):
        owner = [e for s_ in subjects(tok.head) for e in cx.entities(s_)]
    else:
        owner = [cx.at[c.i].entity for c in tok.children if c.dep_ == "appos" and c.i in cx.at]
    owner = [e for e in _uniq(owner) if e.type not in NOT_ACTORS and e.type not in ("City", "Region", "Place")]
    owned = [e for e in owned if e.id not in {o.id for o in owner}]
    if not (owner and owned):
        return []
    return [Fact("Ownership", {"owner": owner, "owned": owned}, tokens=[tok.i], undated=True)]


# --- shares held, told by a participle or a possessive ---------------------------------------

def _said_of(noun: Token, cx: Context) -> list[Known] | None:
    """The entities a describing noun is said of: the subject of 'be' it is the attribute
    of ("X is Peru's largest trading partner", "X is 49 percent owned by Y"), or the name
    it stands in apposition to ("X, 49 percent owned by Y,"); None when it is neither."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return [e for s_ in subjects(noun.head) for e in cx.entities(s_)]
    if noun.dep_ == "appos":
        return cx.entities(noun.head, conj=False)
    return None


def share_owned_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Nayara Energy is 49 percent owned by Rosneft", "Nayara, 49 percent owned by
    Rosneft,": an Ownership of the share ``share`` (percent) by the participle's agent,
    of what the share is said of (the subject of 'be', or the name the phrase stands in
    apposition to); and "Rosneft's 49 percent stake in Nayara Energy" (the possessor owns
    the share of the company 'in' names; a stake a verb of acquiring takes is
    :func:`ownership_rules`' own). ``tok`` is the participle 'owned' or the noun 'stake'.
    A passive with the shares after the verb is :func:`_shares_by_owner`'s: "X was held 63.4
    percent by A, and 36.6 percent by B" (one Ownership per owner)."""
    if tok.lemma_ in ("own", "hold") and tok.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in tok.children):
        return _shares_by_owner(tok, cx)
    if tok.lemma_ == "own" and tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and tok.head.lower_ in ("%", "percent"):
        share = percent_near(tok.head)
        owner = [e for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                 for e in cx.entities(o) if e.type not in NOT_ACTORS]
        noun = tok.head
        owned = _said_of(noun, cx)
        if owned is None:
            return []
        tokens = [tok.i, noun.i]
    elif tok.lemma_ == "stake" and tok.pos_ == "NOUN":
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
        if verb is not None and verb.lemma_ in ACQUIRE_VERBS | {"agree"}:
            return []
        share = percent_near(tok)
        owner = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)
                 if e.type not in NOT_ACTORS]
        owned = [e for o in preps(tok, {"in"}) for e in _inside(o, cx)]
        tokens = [tok.i]
    else:
        return []
    owned = [e for e in owned if e.type not in ("State", "Person", *NOT_ACTORS)]
    if share is None or not (owner and owned) or {e.id for e in owner} & {e.id for e in owned}:
        return []
    return [Fact("Ownership", {"owner": owner, "owned": owned}, {"share": share}, tokens=tokens, undated=True)]


def _shares_by_owner(verb: Token, cx: Context) -> list[Fact]:
    """"SOMAIR was held 63.4 percent by Orano, and 36.6 percent by Sopamin", "the company
    is owned 51% by the state": the passive 'held' or 'owned' with each share written after
    it, its owner in the 'by' after the share (or the verb's agent for the first): one
    Ownership per owner with its ``share`` (corpus/CLAIMS.md, Ownership), of the verb's
    subject. A state or a person is owned by nobody; nothing without a share."""
    subject = next(c for c in verb.children if c.dep_ == "nsubjpass")
    owned = [e for e in cx.entities(subject) if e.type not in ("State", "Person", *NOT_ACTORS)]
    if not owned:
        return []
    def verb_of(t: Token) -> Token | None:
        while t.head.i != t.i:
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t
        return None
    shares = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "conj", "advmod") and c.lower_ in ("percent", "%")]
    seen = {c.i for c in shares}
    # "... by the group Orano, a company owned by the state, and 36.6 percent by Sopamin": the parser may
    # join the next share to a name of the list; it is still this verb's, no other verb coming between
    shares += [t for t in verb.subtree if t.dep_ == "conj" and t.lower_ in ("percent", "%") and t.i not in seen
               and getattr(verb_of(t), "i", None) == verb.i]
    agent = [c for c in verb.children if c.dep_ == "agent"]
    out = []
    for noun in shares:
        by = [c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
        if not by and agent and noun.i < agent[0].i:
            by = agent  # "held 63.4 percent by A": the verb's agent
        # "by the French group Orano": the name in apposition to the noun of its kind
        objects = [x for b in by for o in b.children if o.dep_ == "pobj"
                   for x in (o, *(c for c in o.children if c.dep_ == "appos"))]
        owner = list({e.id: e for o in objects for e in cx.entities(o, conj=False)
                      if e.type not in NOT_ACTORS and e.id not in {x.id for x in owned}}.values())
        if len(owner) > 1 and len([e for e in owner if e.type != "State"]) == 1:
            owner = [e for e in owner if e.type != "State"]  # "the Chilean state company Borex": Borex, not Chile
        share = percent_near(noun)
        if share is None or len(owner) != 1:
            continue
        out.append(Fact("Ownership", {"owner": owner, "owned": owned}, {"share": share},
                        tokens=[verb.i, noun.i], undated=True))
    return out


# --- a producer's cut in output ---------------------------------------------------------

#: Verbs of lowering a producer's own output ("would reduce its production by 500,000 bpd").
OUTPUT_CUT_VERBS = {"cut", "reduce", "lower", "curb", "trim", "slash"}
#: Nouns of a cut told as a noun ("announced a cut of 128,000 bpd").
OUTPUT_CUT_NOUNS = {"cut", "reduction", "curb"}
#: Nouns of what a producer makes as a flow ("its production", "crude output").
OUTPUT_NOUNS = {"output", "production"}
#: Units of a flow of output a cut is measured in, as reporters write them.
FLOW_UNITS = {"bpd", "b/d"}


def _flow(head: Token) -> tuple[str, list[int]] | None:
    """A rate of output in ``head``'s subtree ("500,000 bpd", "1.16 million barrels per
    day"), written as the claims reader parses it: ("500000 barrels per day", tokens)."""
    for t in head.subtree:
        if not t.like_num or t.ent_type_ in ("DATE", "TIME", "MONEY"):
            continue
        after = t.doc[t.i + 1:t.i + 4]
        unit = next((u for u in after if u.lower_ in FLOW_UNITS or u.lower_ == "barrels"), None)
        if unit is None or any(u.i < unit.i and not (u.like_num or u.lower_ in ("million", "thousand")) for u in after):
            continue
        if unit.lower_ == "barrels" and not (unit.i + 2 < len(t.doc) and t.doc[unit.i + 1].lower_ == "per"
                                             and t.doc[unit.i + 2].lower_ == "day"):
            continue
        start = t.i
        while start > 0 and (t.doc[start - 1].like_num or t.doc[start - 1].lower_ in ("million", "thousand")):
            start -= 1
        words = re.sub(r"(?<=\d),(?=\d{3})", "", " ".join(w.text for w in t.doc[start:unit.i]))
        amount = f"{words} barrels per day"
        try:
            parse_amount(amount, money=False)
        except (QuantityError, TypeError):
            continue
        return amount, list(range(start, unit.i + (3 if unit.lower_ == "barrels" else 1)))
    return None


def _state_known(state: str, cx: Context) -> Known | None:
    """The state of id ``state`` as the article's registry knows it, or None."""
    known = next((m.entity for m in cx.mentions if m.entity.id == state), None) or cx.resolver.entity_known(state)
    return known if known is not None and known.type == "State" else None


def output_cut_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Saudi Arabia would voluntarily reduce its production by 500,000 bpd", "Iraq would
    cut 211,000 bpd", "Kuwait announced a cut of 128,000 bpd": a producer's cut in its
    own output, an ExecutiveAction (corpus/CLAIMS.md, "a producers' cut, quota or
    pledge") with ``initiator`` the producer (a state or an organisation, the subject of
    the verb, or of the verb the noun or an infinitive hangs on: "pledged to cut"),
    ``subject`` the verb and its object in words, ``amount`` the rate in barrels per day,
    ``voluntary: true`` for "voluntarily"; a state's government or ministry cuts for the
    state, and so does a person the article gives a state ("Kuwait's oil minister, Badr
    al-Mulla, announced a cut") or 'his country' in what a person reports. Only with a
    noun of output or a rate of flow:
    "cut taxes", "reduced its forces", "cut ties" are none."""
    if tok.lemma_ in OUTPUT_CUT_VERBS and tok.pos_ == "VERB":
        verb, scope = tok, tok
    elif tok.lemma_ in OUTPUT_CUT_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        verb, scope = tok.head, tok
    else:
        return []
    flow = _flow(scope) if scope.i == tok.i else next((x for p in preps(tok, {"of"}) for x in [_flow(p)] if x), None)
    output = [o for o in scope.children if o.dep_ in ("dobj", "compound") and o.lemma_.lower() in OUTPUT_NOUNS]
    if flow is None and not output:
        return []
    subj = [s_ for s_ in subjects(verb) if s_.dep_ == "nsubj"]
    if not subj and verb.dep_ in ("xcomp", "conj"):  # "pledged to cut their output"
        subj = [s_ for s_ in subjects(verb.head) if s_.dep_ == "nsubj"]
    vocab = vocabulary()
    initiator = _uniq([e for s_ in subj for e in cx.entities(s_)
                       if e.type == "State" or vocab.is_a(e.type, "Organisation") and e.type != "NewsOrganisation"])
    read_as = {}
    if not initiator:
        # "Kuwait's oil minister, Badr al-Mulla, announced a cut", "the minister said his country would
        # reduce output": the state a person acts for cuts its output
        acting = [(e, cx.person_state[e.id]) for s_ in subj for e in cx.entities(s_)
                  if e.type == "Person" and e.id in cx.person_state]
        initiator = _uniq([state for _, state in acting] + [e for s_ in subj for e in _own_country(s_, cx)])
        read_as = {"initiator": f"the state {acting[0][0].label} acts for"} if acting else \
            {"initiator": "'his country': the state of the one who reports it"}
    if not initiator:
        return []
    # "Iraq's oil ministry said it would cut ...": a state's government or ministry cuts the state's output
    initiator = _uniq([_state_known(e.state, cx) or e if e.state and (e.type == "Government" or "ministry" in
                                                                   e.label.lower()) else e for e in initiator])
    f = Fact("ExecutiveAction", {"initiator": initiator}, tokens=[tok.i, *(flow[1] if flow else [o.i for o in output])],
             read_as=read_as)
    what = output[0] if output else None
    f.attrs["subject"] = f"{tok.lemma_} {what.text if what is not None else 'output'}"
    if flow is not None:
        f.attrs["amount"] = flow[0]
    if any(c.lower_ == "voluntarily" for c in verb.children):
        f.attrs["voluntary"] = True
    return [f]
