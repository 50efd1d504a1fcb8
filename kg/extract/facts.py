"""Facts: one rule set per kind of fact of the ontology (``ontology/geopolitics.ttl``,
keys as ``corpus/CLAIMS.md`` writes them), each reading a trigger word and the actors the
dependency parse attaches to it.

A rule drafts a fact only when its trigger, its participants and (when it gives one) its
date are clear: the participants must be mentions resolved to entities, and a role's
entity must be of a class the role accepts. Words of a trigger are lemmas, so a rule
covers every inflection; the lexicons hold the general vocabulary of news about states
(verbs of visiting, signing, sanctioning, supplying, ...), not the words of one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract import dates
from kg.extract.mentions import Known, Mention
from kg.extract.quantities import count_of, money_near, percent_near

# --- lexicons (lemmas) -------------------------------------------------------------

AGREEMENT_NOUNS = {"agreement", "treaty", "accord", "deal", "pact", "memorandum", "convention", "protocol",
                   "declaration", "partnership", "contract", "charter"}
SANCTION_NOUNS = {"sanction", "embargo", "ban", "restriction", "tariff", "freeze", "penalty"}
WEAPONS = {"jet", "aircraft", "fighter", "f-16", "f-16s", "missile", "rocket", "tank", "drone", "weapon", "arm",
           "munition", "ammunition", "shell", "artillery", "howitzer", "helicopter", "warship", "frigate",
           "submarine", "bomb", "rifle", "gun", "launcher", "system", "vehicle", "boat", "interceptor",
           "plane", "bomber", "ship", "armour", "armor", "mortar", "grenade", "warplane", "equipment"}
COMMODITIES = {"oil", "gas", "lng", "coal", "grain", "wheat", "fuel", "electricity", "crude", "diesel", "fertiliser",
               "fertilizer", "uranium", "food", "medicine", "vaccine", "aid", "petroleum", "power", "energy", "chip",
               "semiconductor", "corn", "rice", "steel", "iron", "copper", "gold", "timber"}
SUPPLY_VERBS = {"deliver", "supply", "send", "provide", "transfer", "ship", "export", "sell", "give", "hand",
                "pledge", "promise", "donate"}
PROMISE_VERBS = {"pledge", "promise"}
STATEMENT_VERBS = {
    "praise": "Praise", "hail": "Praise", "laud": "Praise", "commend": "Praise", "thank": "Praise",
    "congratulate": "Praise", "applaud": "Praise",
    "criticise": "Criticism", "criticize": "Criticism", "condemn": "Criticism", "denounce": "Criticism",
    "slam": "Criticism", "decry": "Criticism", "censure": "Criticism", "rebuke": "Criticism", "blast": "Criticism",
    "accuse": "Accusation", "blame": "Accusation",
    "reject": "Rejection", "dismiss": "Rejection", "deny": "Rejection", "refute": "Rejection",
    "urge": "Appeal", "appeal": "Appeal", "implore": "Appeal",
    "welcome": "StatementOfSupport", "endorse": "StatementOfSupport",
}
LEGAL_VERBS = {"sentence": "sentence", "convict": "conviction", "charge": "charge", "indict": "indictment",
               "arrest": "arrest", "acquit": "acquittal", "jail": "sentence", "imprison": "sentence",
               "prosecute": "prosecution", "sue": "lawsuit", "detain": "detention", "extradite": "extradition"}
LEGAL_NOUNS = {"warrant": "arrest warrant", "verdict": "verdict", "ruling": "ruling", "indictment": "indictment",
               "conviction": "conviction", "sentence": "sentence", "lawsuit": "lawsuit", "case": "case"}
MEET_NOUNS = {"talk", "meeting", "summit", "negotiation"}
VISIT_NOUNS = {"visit", "trip", "tour"}
MEMBERSHIP_VERBS = {"join", "accede"}
STAKE_NOUNS = {"stake", "share", "holding", "interest"}
ACQUIRE_VERBS = {"acquire", "buy", "purchase", "take", "hold", "own"}

# --- positions ---------------------------------------------------------------------

#: Title words -> the concept of the positions scheme (ontology's PositionType). Longest
#: titles are tried first; a bare 'president' is a head of state only for a state.
TITLES = {
    "prime minister": "head of government", "premier": "head of government", "chancellor": "head of government",
    "president": "head of state", "king": "head of state", "queen": "head of state", "emir": "head of state",
    "sultan": "head of state", "leader": "head of state", "supreme leader": "head of state",
    "crown prince": "head of state",
    "vice president": "head of state", "vice-president": "head of state",
    "deputy prime minister": "minister", "first deputy prime minister": "minister",
    "minister": "minister", "foreign minister": "minister", "defence minister": "minister",
    "defense minister": "minister", "finance minister": "minister", "interior minister": "minister",
    "trade minister": "minister", "energy minister": "minister", "economy minister": "minister",
    "secretary of state": "minister", "foreign secretary": "minister", "home secretary": "minister",
    "defence secretary": "minister", "defense secretary": "minister", "treasury secretary": "minister",
    "secretary": "minister", "deputy minister": "deputy minister", "deputy foreign minister": "deputy minister",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "ambassador": "ambassador", "envoy": "envoy", "special envoy": "envoy", "high commissioner": "ambassador",
    "adviser": "adviser", "advisor": "adviser", "aide": "adviser", "national security adviser": "adviser",
    "secretary general": "secretary-general", "secretary-general": "secretary-general",
    "high representative": "high representative", "commissioner": "commissioner",
    "judge": "judge", "chief justice": "judge", "prosecutor": "prosecutor", "chief prosecutor": "prosecutor",
    "attorney general": "prosecutor",
    "governor": "governor", "mayor": "mayor", "senator": "legislator", "lawmaker": "legislator",
    "chairman": "board chair", "chairwoman": "board chair", "chair": "board chair",
    "chief executive": "chief executive", "ceo": "chief executive", "director": "director",
    "director general": "director", "director-general": "director",
    "commander": "military commander", "army chief": "military commander", "commander-in-chief": "commander-in-chief",
    "general": "military commander", "senior general": "military ruler", "senior gen.": "military ruler",
    "gen.": "military commander",
}
_TITLE_WORDS = {w for t in TITLES for w in t.split()}
FORMER = {"former", "ex", "ex-", "then"}
ELECT = {"elect", "president-elect", "incoming"}


@dataclass
class Fact:
    """A drafted fact as one claim: its class, roles (key -> entities, or 'unnamed …'
    strings), attributes (key -> value), the tokens (indices) the quote must cover, the
    trigger, and its date when the text gives one."""

    type: str
    roles: dict[str, list] = field(default_factory=dict)
    attrs: dict[str, object] = field(default_factory=dict)
    tokens: list[int] = field(default_factory=list)
    trigger: Token | None = None
    statement: bool = False  # the trigger is a verb of saying: its subject speaks
    clause: bool = True  # quote the trigger's clause (else just the tokens)


class Context:
    """What the rules read of one document: the doc, its mentions by token, the
    resolver (for demonyms, capitals), and the publication date."""

    def __init__(self, doc: Doc, mentions: list[Mention], resolver, published, has_parser: bool):
        self.doc = doc
        self.mentions = mentions
        self.at = {i: m for m in mentions for i in range(m.start, m.end)}
        self.resolver = resolver
        self.published = published
        self.has_parser = has_parser

    # -- entities of a token ----------------------------------------------------------

    def entities(self, tok: Token | None, conj: bool = True) -> list[Known]:
        """The entities ``tok`` (a head word) names: its mention, a state named in a
        'Dutch government' / 'Russia's government' phrase, and its conjuncts."""
        if tok is None:
            return []
        out = []
        for t in ([tok, *tok.conjuncts] if conj else [tok]):
            m = self.at.get(t.i)
            if m is not None:
                if m.form == "demonym" and t.dep_ in ("amod", "compound") and t.head.i not in self.at:
                    continue  # 'Russian companies': the adjective is not the actor
                out.append(m.entity)
                continue
            if t.lemma_ in ("government", "authority", "administration", "state", "cabinet", "regime", "leadership"):
                for c in t.children:
                    cm = self.at.get(c.i)
                    if cm is not None and c.dep_ in ("amod", "poss", "compound", "nmod") and cm.entity.type == "State":
                        out.append(cm.entity)
                        break
                else:
                    for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
                        out += [self.at[o.i].entity for o in p.children if o.i in self.at and self.at[o.i].entity.type == "State"]
        seen, uniq = set(), []
        for e in out:
            if e.id not in seen:
                seen.add(e.id)
                uniq.append(e)
        return uniq

    def date_of(self, tok: Token) -> tuple[str | None, list[int]]:
        """The date attached to the clause of ``tok``: a DATE entity among the tokens its
        parse governs (not inside a nested clause), resolved against the publication
        date; with the tokens it spans."""
        future = any(c.lower_ in ("will", "'ll") for c in tok.children)
        for ent in self.doc.ents:
            if ent.label_ != "DATE" or not (tok.sent.start <= ent.start < tok.sent.end):
                continue
            head = ent.root
            if self.has_parser:
                node, ok = head, False
                for _ in range(4):
                    if node.i == tok.i:
                        ok = True
                        break
                    if node.dep_ in ("ccomp", "relcl", "acl", "advcl", "parataxis") or node.head is node:
                        break
                    node = node.head
                if not ok:
                    continue
            value = dates.resolve(ent.text, self.published, future)
            if value:
                return value, list(range(ent.start, ent.end))
        return None, []


def subjects(verb: Token) -> list[Token]:
    subj = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if not subj:
        for c in verb.children:
            if c.dep_ == "agent":
                subj += [o for o in c.children if o.dep_ == "pobj"]
    if not subj and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb:
        return subjects(verb.head)  # "agreed to supply": the subject of agreed
    if not subj and verb.dep_ in ("relcl", "acl") and verb.head is not verb:
        return [verb.head]  # "the Netherlands, which delivered ..."
    return subj


def objects(verb: Token) -> list[Token]:
    obj = [c for c in verb.children if c.dep_ in ("dobj",)]
    if not obj:
        obj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return obj


def preps(tok: Token, words: set[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in words:
            out += [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN") and "to" in words:
            out.append(c)
    return out


def _poss(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]


def _text(doc: Doc, toks) -> str:
    toks = sorted(toks, key=lambda t: t.i)
    return doc[toks[0].i: toks[-1].i + 1].text if toks else ""


def _np(tok: Token) -> list[Token]:
    """The noun phrase of ``tok`` without relative clauses and apposition."""
    return [t for t in tok.subtree if not any(a.dep_ in ("relcl", "appos", "acl", "punct") and a.head.i >= tok.i
                                                 for a in [t, *t.ancestors] if a.i != tok.i and a in tok.subtree)]


# --- rules -------------------------------------------------------------------------


def visit_rules(tok: Token, cx: Context) -> list[Fact]:
    out = []
    if tok.pos_ == "VERB" and tok.lemma_ == "visit":
        who = [e for s in subjects(tok) for e in cx.entities(s)]
        where = [o for o in objects(tok) if o.dep_ == "dobj"]
        host = [e for o in where for e in cx.entities(o)]
        if who and host:
            f = Fact("Visit", tokens=[tok.i])
            f.roles["visitor"] = who
            states = [e for e in host if e.type == "State"]
            places = [e for e in host if e.type in ("City", "Place", "Site", "Region")]
            if states:
                f.roles["hostState"] = states
            elif places:
                f.roles["place"] = places
            else:
                return []
            out.append(f)
    if tok.pos_ == "NOUN" and tok.lemma_ in VISIT_NOUNS:
        who = [e for p in _poss(tok) if p.dep_ == "poss" for e in cx.entities(p)]
        to = [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
        if not who and tok.dep_ in ("dobj", "pobj") :
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
            if verb.lemma_ in ("make", "pay", "begin", "start", "conclude", "end", "arrive", "wrap", "during"):
                who = [e for s in subjects(verb) for e in cx.entities(s)]
        if who and to and all(e.type == "Person" or e.type == "State" for e in who):
            f = Fact("Visit", tokens=[tok.i])
            f.roles["visitor"] = who
            states = [e for e in to if e.type == "State"]
            if states:
                f.roles["hostState"] = states
            else:
                f.roles["place"] = [e for e in to if e.type in ("City", "Place", "Site", "Region")]
                if not f.roles["place"]:
                    return out
            out.append(f)
    return out


def meeting_rules(tok: Token, cx: Context) -> list[Fact]:
    if tok.pos_ == "VERB" and tok.lemma_ == "meet":
        who = [e for s in subjects(tok) for e in cx.entities(s)]
        other = [e for o in objects(tok) + preps(tok, {"with"}) for e in cx.entities(o)]
        people = _uniq(who + other)
        if len(people) >= 2 and all(e.type != "City" for e in people):
            return [Fact("Meeting", {"participant": people}, tokens=[tok.i])]
    if tok.pos_ == "NOUN" and tok.lemma_ in MEET_NOUNS:
        between = [e for o in preps(tok, {"between", "with"}) for e in cx.entities(o)]
        owners = [e for p in _poss(tok) if p.dep_ == "poss" for e in cx.entities(p)]
        verb = tok.head if tok.dep_ == "dobj" else None
        subj = [e for s in subjects(verb) for e in cx.entities(s)] if verb is not None and verb.lemma_ in ("hold", "have", "conduct") else []
        people = _uniq(owners + subj + between)
        if len(people) >= 2 and all(e.type in ("Person", "State", "Government") for e in people):
            return [Fact("Meeting", {"participant": people}, tokens=[tok.i])]
    return []


def agreement_rules(tok: Token, cx: Context) -> list[Fact]:
    if tok.pos_ != "VERB" or tok.lemma_ not in ("sign", "conclude", "ink", "ratify"):
        return []
    docs = [o for o in objects(tok) if o.lemma_ in AGREEMENT_NOUNS]
    if not docs:
        return []
    parties = [e for s in subjects(tok) for e in cx.entities(s)]
    for d in docs:
        parties += [e for o in preps(d, {"between", "with"}) for e in cx.entities(o)]
    parties += [e for o in preps(tok, {"with"}) for e in cx.entities(o)]
    parties = [e for e in _uniq(parties) if e.type in ("State", "InternationalOrganisation", "Government", "Organisation",
                                                         "StateCompany", "MilitaryGovernment")]
    if len(parties) < 2:
        return []
    status = "ratified" if tok.lemma_ == "ratify" else "signed"
    f = Fact("Agreement", {"party": parties}, {"status": status}, tokens=[tok.i])
    subject = _about(docs[0])
    if subject:
        f.attrs["subject"] = subject
    return [f]


def _about(noun: Token) -> str | None:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "for", "to"):
            words = list(c.subtree)[1:]
            if 0 < len(words) <= 12:
                return noun.doc[words[0].i: words[-1].i + 1].text
    return None


def sanction_rules(tok: Token, cx: Context) -> list[Fact]:
    out = []
    if tok.pos_ == "VERB" and tok.lemma_ in ("impose", "announce", "adopt", "approve", "slap", "unveil", "levy", "extend", "expand"):
        for o in objects(tok):
            if o.lemma_ not in SANCTION_NOUNS:
                continue
            auth = [e for s in subjects(tok) for e in cx.entities(s)]
            target = [e for x in preps(tok, {"on", "against"}) + preps(o, {"on", "against"}) for e in cx.entities(x)]
            if auth and target:
                out.append(Fact("Sanction", {"authority": auth, "target": target}, tokens=[tok.i, o.i]))
    if tok.pos_ == "VERB" and tok.lemma_ == "sanction":
        auth = [e for s in subjects(tok) for e in cx.entities(s)]
        target = [e for o in objects(tok) for e in cx.entities(o)]
        if auth and target:
            out.append(Fact("Sanction", {"authority": auth, "target": target}, tokens=[tok.i]))
    return out


def supply_rules(tok: Token, cx: Context) -> list[Fact]:
    if tok.pos_ != "VERB" or tok.lemma_ not in SUPPLY_VERBS:
        return []
    objs = objects(tok)
    supplier = [e for s in subjects(tok) if s.dep_ != "nsubjpass" for e in cx.entities(s)]
    if not supplier:
        supplier = [e for o in preps(tok, {"from", "by"}) for e in cx.entities(o)]
    recipient = [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
    items = [o for o in objs if o.i not in cx.at]
    if not recipient:  # "supply Ukraine with jets"
        direct = [o for o in objs if o.i in cx.at]
        if direct:
            recipient = [e for o in direct for e in cx.entities(o)]
            items = preps(tok, {"with"})
    if not (supplier and recipient and items):
        return []
    item = items[0]
    lemma = item.lemma_.lower()
    words = {t.lemma_.lower() for t in item.subtree} | {t.lower_ for t in item.subtree}
    if lemma in WEAPONS or words & {"f-16", "f-16s", "missile", "missiles", "tank", "tanks", "jet", "jets", "weapon", "weapons", "arms"}:
        kind = "ArmsTransfer"
    elif lemma in COMMODITIES:
        kind = "Supply"
    else:
        return []
    role_from, role_to = ("supplier", "recipient")
    f = Fact(kind, {role_from: supplier, role_to: recipient}, tokens=[tok.i, item.i])
    phrase = [t for t in item.subtree if t.dep_ not in ("relcl",) and t.i >= item.left_edge.i]
    nums = [t for t in item.children if t.dep_ == "nummod"]
    text = _text(cx.doc, [t for t in item.subtree if not t.like_num and t.dep_ not in ("det", "nummod", "poss", "case", "predet")
                          and t.head.dep_ != "relcl" and t.dep_ != "relcl" and t.i <= item.i])
    if text:
        f.attrs["item"] = text
    if nums:
        n = count_of(nums[0])
        if n is not None:
            f.attrs["totalQuantity" if tok.lemma_ in PROMISE_VERBS else "quantity"] = n
    if tok.lemma_ in PROMISE_VERBS:
        f.attrs["status"] = "promised"
    return [f]


def statement_rules(tok: Token, cx: Context) -> list[Fact]:
    kind = STATEMENT_VERBS.get(tok.lemma_)
    if tok.pos_ != "VERB" or kind is None:
        return []
    speaker = [e for s in subjects(tok) if s.dep_ == "nsubj" for e in cx.entities(s)]
    about = [e for o in objects(tok) for e in cx.entities(o)]
    if not speaker:
        return []
    obj = [o for o in objects(tok)]
    if not about and obj:
        about = [e for o in obj for c in _poss(o) for e in cx.entities(c, conj=False)]
    if not about:
        return []
    f = Fact(kind, {"speaker": speaker, "about": about}, tokens=[tok.i], statement=True)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "over") and kind in ("Accusation", "Praise", "Criticism"):
            words = list(c.subtree)[1:]
            if 0 < len(words) <= 15:
                f.attrs["subject"] = cx.doc[words[0].i: words[-1].i + 1].text
    return [f]


def legal_rules(tok: Token, cx: Context) -> list[Fact]:
    action = LEGAL_VERBS.get(tok.lemma_)
    if tok.pos_ != "VERB" or action is None:
        return []
    actor = [e for s in subjects(tok) if s.dep_ == "nsubj" for e in cx.entities(s)]
    actor += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
    target = [e for o in objects(tok) for e in cx.entities(o)]
    target = [e for e in target if e.type in ("Person", "Organisation", "StateCompany", "Group", "State")]
    if not target:
        return []
    f = Fact("LegalAction", {"target": target}, {"actionType": action}, tokens=[tok.i])
    courts = [e for e in actor if e.type == "Court"]
    bodies = [e for e in actor if e.type != "Court" and e.type not in ("Person",)]
    if courts:
        f.roles["court"] = courts
    elif bodies:
        f.roles["initiator"] = bodies
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "for", "of") and action in ("charge", "conviction", "indictment", "sentence"):
            words = list(c.subtree)[1:]
            if 0 < len(words) <= 12:
                f.attrs["charge" if action != "sentence" else "reason"] = cx.doc[words[0].i: words[-1].i + 1].text
    return [f]


def membership_rules(tok: Token, cx: Context) -> list[Fact]:
    if tok.pos_ != "VERB" or tok.lemma_ not in MEMBERSHIP_VERBS:
        return []
    member = [e for s in subjects(tok) for e in cx.entities(s)]
    org = [e for o in objects(tok) + preps(tok, {"to"}) for e in cx.entities(o)]
    org = [e for e in org if e.type in ("InternationalOrganisation", "Organisation")]
    member = [e for e in member if e.type in ("State", "Organisation", "InternationalOrganisation", "StateCompany")]
    if member and org:
        return [Fact("Membership", {"member": member, "memberOf": org}, tokens=[tok.i])]
    return []


def ownership_rules(tok: Token, cx: Context) -> list[Fact]:
    if tok.pos_ != "NOUN" or tok.lemma_ != "stake":
        return []
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.lemma_ not in ACQUIRE_VERBS | {"sell", "agree"}:
        return []
    owner = [e for s in subjects(verb) for e in cx.entities(s)]
    owned = [e for o in preps(tok, {"in"}) for e in cx.entities(o)]
    if verb.lemma_ == "sell":
        return []
    if not (owner and owned):
        return []
    f = Fact("Ownership", {"owner": owner, "owned": owned}, tokens=[tok.i, verb.i])
    share = percent_near(tok)
    if share is not None:
        f.attrs["share"] = share
    return [f]


def trade_rules(tok: Token, cx: Context) -> list[Fact]:
    if tok.lemma_ != "trade" or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    parties = [e for o in preps(tok, {"between", "with"}) for e in cx.entities(o)]
    parties += [e for p in _poss(tok) for e in cx.entities(p)]
    parties = [e for e in _uniq(parties) if e.type == "State"]
    if len(parties) < 2:
        return []
    f = Fact("TradeReport", {"party": parties}, tokens=[tok.i])
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    money = money_near(clause)
    if money:
        f.attrs["value"] = money[0]
        f.tokens += money[1]
    change = percent_near(clause, change=True)
    if change is not None:
        f.attrs["changePercent"] = change
    if len(f.attrs) == 0:
        return []
    return [f]


def support_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X provided military and diplomatic backing for Y": one Support per kind named."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in ("support", "backing", "assistance", "aid"):
        return []
    verb = tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.lemma_ not in ("provide", "give", "offer", "extend", "lend"):
        return []
    supporter = [e for s in subjects(verb) for e in cx.entities(s)]
    supported = [e for o in preps(tok, {"for", "to"}) + preps(verb, {"to", "for"}) for e in cx.entities(o)]
    if not (supporter and supported):
        return []
    kinds = [a.lower_ for a in tok.children if a.dep_ == "amod"]
    kinds += [c.lower_ for a in tok.children if a.dep_ == "amod" for c in a.conjuncts]
    kinds = [k for k in ("military", "diplomatic", "economic", "political", "humanitarian") if k in kinds]
    out = []
    for k in kinds or [None]:
        f = Fact("Support", {"supporter": supporter, "supported": supported}, tokens=[tok.i, verb.i])
        if k:
            f.attrs["supportKind"] = k
        out.append(f)
    return out


RULES = (visit_rules, meeting_rules, agreement_rules, sanction_rules, supply_rules, statement_rules, legal_rules,
         membership_rules, ownership_rules, trade_rules, support_rules)


def _uniq(entities: list[Known]) -> list[Known]:
    seen, out = set(), []
    for e in entities:
        if e.id not in seen:
            seen.add(e.id)
            out.append(e)
    return out


# --- positions ----------------------------------------------------------------------


def _title_before(doc: Doc, end: int, floor: int) -> tuple[int, str] | None:
    """The longest title ending right before token ``end`` (tokens >= ``floor``): its
    start and its words."""
    best = None
    for start in range(max(floor, end - 5), end):
        words = " ".join(t.lower_ for t in doc[start:end])
        if words in TITLES:
            best = (start, words)
            break
    return best


def position_facts(cx: Context) -> list[Fact]:
    """PositionHeld from a title before a person's name ("Dutch Defence Minister Ruben
    Brekelmans", "Russia's Foreign Minister Sergei Lavrov", "President Joe Biden") and
    from an apposition after it ("Ma Yongsheng, chairman of Sinopec")."""
    doc, out = cx.doc, []
    for m in cx.mentions:
        if m.entity.type != "Person" or m.form not in ("name", "surname"):
            continue
        start = m.start
        # titles that are part of the registry name ("President Vladimir Putin") are inside the mention
        inner = None
        for k in range(m.start + 1, min(m.end, m.start + 5)):
            words = " ".join(t.lower_ for t in doc[m.start:k])
            if words in TITLES:
                inner = (m.start, words, k)
        if inner:
            tstart, title, _ = inner
            of_tok = None
        else:
            t = _title_before(doc, start, doc[start].sent.start)
            if t is None:
                out += _appositive(m, cx)
                continue
            tstart, title = t
        fact = Fact("PositionHeld", {"holder": [m.entity]}, tokens=list(range(tstart, m.end)), clause=False)
        fact.attrs["position"] = TITLES[title]
        fact.attrs["title"] = doc[tstart: tstart + len(title.split())].text
        # the state or body before the title: "Dutch", "Russia's", "NATO", "Kremlin"
        i = tstart - 1
        while i >= doc[start].sent.start and doc[i].lower_ in ("'s", "’s", "the"):
            i -= 1
        before = cx.at.get(i)
        if before is not None and before.entity.type != "Person":
            fact.roles["positionOf"] = [before.entity]
            fact.tokens = list(range(before.start, m.end))
            i = before.start - 1
        if i >= doc[start].sent.start and doc[i].lower_ in FORMER:
            fact.attrs["status"] = "ended"
            fact.tokens.insert(0, i)
        if not _position_fits(fact):
            continue
        out.append(fact)
    return out


def _appositive(m: Mention, cx: Context) -> list[Fact]:
    """'NAME, (the|a) [former] [Demonym|State's] TITLE [of ORG]'."""
    doc = cx.doc
    i = m.end
    if i >= len(doc) or doc[i].text != ",":
        return []
    j = i + 1
    former = False
    while j < len(doc) and doc[j].lower_ in ("the", "a", "an", "its", "his", "her"):
        j += 1
    if j < len(doc) and doc[j].lower_ in FORMER:
        former, j = True, j + 1
    of = None
    owner = cx.at.get(j)
    if owner is not None and owner.entity.type != "Person":
        of, j = owner.entity, owner.end
        while j < len(doc) and doc[j].lower_ in ("'s", "’s"):
            j += 1
    title = None
    for k in range(min(len(doc), j + 5), j, -1):
        words = " ".join(t.lower_ for t in doc[j:k])
        if words in TITLES:
            title = (words, k)
            break
    if title is None:
        return []
    words, k = title
    end = k
    if of is None and k + 1 < len(doc) and doc[k].lower_ == "of" and (k + 1) in cx.at:
        of, end = cx.at[k + 1].entity, cx.at[k + 1].end
    if of is None:
        return []
    f = Fact("PositionHeld", {"holder": [m.entity], "positionOf": [of]},
             {"position": TITLES[words], "title": doc[j:k].text}, tokens=list(range(m.start, end)), clause=False)
    if former:
        f.attrs["status"] = "ended"
    return [f] if _position_fits(f) else []


def _position_fits(f: Fact) -> bool:
    """A head of state or government is of a state; a bare 'president' of an
    organisation is its president (commission or court president), not a head of
    state; a minister or spokesperson may be of a state or its government."""
    of = f.roles.get("positionOf", [])
    pos = f.attrs["position"]
    if of and pos in ("head of state", "head of government") and of[0].type not in ("State",):
        if of[0].type in ("Government", "MilitaryGovernment") and of[0].state:
            return True
        if pos == "head of state" and f.attrs["title"].lower() == "president":
            f.attrs["position"] = "court president" if of[0].type == "Court" else "commission president" \
                if "commission" in of[0].label.lower() else "director"
            return of[0].type in ("Court", "InternationalOrganisation", "Organisation")
        return False
    return True


# --- running the rules ------------------------------------------------------------------


def find_facts(cx: Context) -> list[Fact]:
    """Every fact the rules draft from the document of ``cx``, in text order."""
    out = position_facts(cx)
    if cx.has_parser:
        for tok in cx.doc:
            for rule in RULES:
                for f in rule(tok, cx):
                    f.trigger = tok
                    out.append(f)
    else:
        out += surface_facts(cx)
    for f in out:
        if f.trigger is not None and "date" not in f.attrs and f.type != "PositionHeld":
            date, toks = cx.date_of(f.trigger)
            if date:
                f.attrs["date"] = date
                f.tokens += toks
    return out


#: Verbs read without a parse (blank pipeline): the form -> (kind, subject role, object role).
SURFACE = {}
for _forms, _spec in (
        (("visited", "visits", "visit", "visiting"), ("Visit", "visitor", "hostState")),
        (("met", "meets", "meet", "meeting"), ("Meeting", "participant", "participant")),
        (("sanctioned", "sanctions", "sanction"), ("Sanction", "authority", "target")),
        (("joined", "joins", "join"), ("Membership", "member", "memberOf")),
        (("praised", "praises", "hailed", "hails", "thanked", "thanks"), ("Praise", "speaker", "about")),
        (("criticised", "criticized", "condemned", "condemns", "denounced"), ("Criticism", "speaker", "about")),
        (("accused", "accuses"), ("Accusation", "speaker", "about")),
):
    for _f in _forms:
        SURFACE[_f] = _spec


def surface_facts(cx: Context) -> list[Fact]:
    """Without a parse: 'ENTITY VERB ENTITY' with nothing but modifiers between, for the
    verbs of :data:`SURFACE`."""
    doc, out = cx.doc, []
    for tok in doc:
        spec = SURFACE.get(tok.lower_)
        if spec is None:
            continue
        kind, srole, orole = spec
        left = next((cx.at[i] for i in range(tok.i - 1, max(tok.sent.start, tok.i - 4) - 1, -1) if i in cx.at), None)
        right = next((cx.at[i] for i in range(tok.i + 1, min(tok.sent.end, tok.i + 4)) if i in cx.at), None)
        if left is None or right is None or left.entity.id == right.entity.id:
            continue
        roles = {srole: [left.entity]}
        roles.setdefault(orole, []).append(right.entity)
        f = Fact(kind, roles, tokens=list(range(left.start, right.end)), trigger=tok, clause=False,
                 statement=kind in ("Praise", "Criticism", "Accusation"))
        out.append(f)
    return out
