"""Rules of armed force: supplies, purchases and reliance for arms, invasions and attacks,
armed conflict, joint operations, exercises, border closures, deployments, states of
emergency, withdrawals and incursions, seizures and control of territory, killings,
aircraft shot down."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.mentions import Known, Mention
from kg.extract.quantities import count_of, money_words
from kg.ontology import vocabulary

from kg.extract.facts.common import (
    COMMODITIES, MEASURES, NOT_ACTORS, PLACES, PROMISE_VERBS, SUPPLY_VERBS, SUPPORT_KINDS, TROOP_NOUNS,
    WEAPONS, Context, Fact, _antecedents, _demonym_states, _modifiers, _np, _place_of, _possessors, _states, _text,
    _uniq, _unnamed_people, civil_craft, doers, governed, nominal_arguments, objects, preps, subjects,
)
from kg.extract.facts.offices import _named_noun
from kg.extract.facts.stances import FORCES_WORDS, coup_makers
from kg.extract.facts.pauses import stopped_by
from kg.extract.facts.shipping import toll
from kg.extract.facts.rescues import PARTITIVE_WORDS
from kg.extract.facts.emergencies import _emergency, emergency_details


#: Nouns of supplying (as the verbs of :data:`SUPPLY_VERBS` they come from).
SUPPLY_NOUNS = {"delivery", "shipment", "transfer", "sale", "supply"}  # exports: exports_taken_rules, trade_rules


#: Verbs of taking delivery (CAMEO 0711/0712's converse, 'receive military aid'): "X received
#: jets from Y" is a transfer from Y to X.
RECEIVE_VERBS = {"receive", "obtain", "get"}  # buying and importing: BUY_VERBS

#: Verbs of a government clearing a transfer it will make: "approved the sale of missiles".
APPROVE_VERBS = {"approve", "clear", "authorise", "authorize"}


def supply_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "Norway delivered six jets to Ukraine", "pledged 19 tanks", "supply Ukraine
    with F-16s", "Norway's delivery of six jets to Ukraine": an ArmsTransfer (weapons) or Supply (commodities) with item and
    quantity (totalQuantity and status promised for a pledge)."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in SUPPLY_NOUNS:
        # the event noun with its arguments: "Norway's delivery of six jets to Ukraine", "the
        # shipment of LNG by Qatar to China"; the verb's object is the noun's 'of'
        args = nominal_arguments(tok, cx)
        objs = [o for o in preps(tok, {"of"}) if o.i not in cx.at]
        # "an arms sale to Taiwan": what is sold compounded with the noun
        objs += [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i not in cx.at
                 and (c.lemma_.lower() in WEAPONS or c.lower_ == "arms")]
        supplier = args.get("owner", []) + args.get("by", []) + args.get("from", [])
        recipient = args.get("to", [])
        approver = tok.head if tok.dep_ == "dobj" and tok.head.lemma_ in APPROVE_VERBS else None
        if not supplier and approver is not None:
            # "The United States approved the sale to Taiwan of three missile systems": the one
            # who approves its own sale supplies
            supplier = [e for s_ in subjects(approver) if s_.dep_ == "nsubj" for e in cx.entities(s_)
                        if e.type in ("State", "Government", "Person")]
    elif tok.pos_ == "VERB" and tok.lemma_ in SUPPLY_VERBS:
        objs = objects(tok)
        # a subject the parser hung on a list before (see subjects) stands alone, without that list
        supplier = [e for s in subjects(tok) if s.dep_ != "nsubjpass"
                    for e in cx.entities(s, conj=s.dep_ not in ("conj", "appos"))]
        if not supplier:
            supplier = [e for o in preps(tok, {"from", "by"}) for e in cx.entities(o)]
        recipient = [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
    elif tok.pos_ == "VERB" and tok.lemma_ in RECEIVE_VERBS and preps(tok, {"from"}):
        # "Ukraine received six jets from Norway": the converse of supplying, the giver after 'from'
        objs = [o for o in objects(tok) if o.dep_ == "dobj"]
        supplier = [e for o in preps(tok, {"from"}) for e in cx.entities(o)]
        recipient = [e for s in subjects(tok) if s.dep_ == "nsubj" for e in cx.entities(s)]
        if not recipient:
            return []
    else:
        return []
    items = [o for o in objs if o.i not in cx.at]
    if not recipient and tok.pos_ == "VERB":  # "supply Ukraine with jets"
        direct = [o for o in objs if o.i in cx.at]
        if direct:
            recipient = [e for o in direct for e in cx.entities(o)]
            items = preps(tok, {"with"})
    items = [_counted(o) for o in items]  # "hundreds of drones": the drones
    if not supplier and tok.pos_ == "NOUN" and items:
        # "a supply of Russian gas to Iran", "deliveries of Qatari LNG to China": the state the
        # goods come from (a demonym or possessive on them) supplies them
        supplier = _state_modifiers_only(items[0], cx)
    if not recipient and tok.pos_ == "NOUN" and supplier:
        recipient = _to_right_after(tok, cx)
    supplier = [cx.person_state.get(e.id) if e.type == "Person" else e for e in supplier]
    recipient = [cx.person_state.get(e.id) if e.type == "Person" else e for e in recipient]
    if not (supplier and items) or None in supplier + recipient:
        return []
    item = items[0]
    lemma = item.lemma_.lower()
    words = {t.lemma_.lower() for t in item.subtree} | {t.lower_ for t in item.subtree}
    arms_words = {"f-16", "f-16s", "missile", "missiles", "tank", "tanks", "jet", "jets", "weapon", "weapons", "arms"}
    # a commodity named by what it is for stays one ("jet fuel"), unless weapons are joined to it
    fuel = lemma in COMMODITIES and not any(c.lemma_.lower() in WEAPONS or c.lower_ in arms_words for c in item.conjuncts)
    if not fuel and not civil_craft(item) and (lemma in WEAPONS or words & arms_words):
        kind = "ArmsTransfer"
    elif lemma in COMMODITIES:
        kind = "Supply"
    elif lemma in MEASURES and words & COMMODITIES:  # "4 million tonnes of LNG a year"
        kind = "Supply"
        item = next(t for t in item.subtree if t.lemma_.lower() in COMMODITIES or t.lower_ in COMMODITIES)
    else:
        return []
    f = Fact(kind, {"supplier": supplier, "recipient": recipient}, tokens=[tok.i, item.i])
    if not recipient:  # "Denmark has pledged 19 aircraft": to whom the article's other transfers go, if to one
        del f.roles["recipient"]
        f.open_role = "recipient"
    _put_item(f, item, [t for t in item.subtree if not t.like_num and t.dep_ not in ("det", "nummod", "poss", "case", "predet")
                        and t.head.dep_ != "relcl" and t.dep_ != "relcl" and t.i <= item.i], cx,
              quantity="totalQuantity" if tok.lemma_ in PROMISE_VERBS else "quantity")
    if tok.lemma_ in PROMISE_VERBS:
        f.attrs["status"] = "promised"
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in APPROVE_VERBS:
        f.attrs["status"] = "approved"  # a sale approved is not yet a delivery
        f.tokens.append(tok.head.i)
        _sale_terms(f, tok)
    stop = stopped_by(tok) if tok.pos_ == "NOUN" else None
    if stop is not None:  # "froze deliveries of military aid to Kyiv": the supply paused (corpus/CLAIMS.md)
        f.attrs["status"] = "suspended"
        f.tokens.append(stop.i)
    return [f] + _gapped(f, tok, item, cx)


#: Words that make a sale one proposed, not concluded ("a possible Foreign Military Sale",
#: the DSCA's wording for a sale notified to Congress).
PROSPECT_WORDS = {"possible", "proposed", "potential", "prospective"}
#: Verbs by which a government tells its legislature of a sale it will make: "notified
#: Congress of the possible sale" (the US Arms Export Control Act's notification).
NOTIFY_VERBS = {"notify"}


def _sale_terms(f: Fact, sale: Token) -> None:
    """Put on ``f`` the terms of an approved ``sale``: its value ("worth $2bn", "for an
    estimated $1.16 billion": the first MONEY of its sentence after the noun, as 'USD 2
    billion'), and ``planned`` when the sale is 'possible' or 'proposed' (approved, not
    delivered: corpus/CLAIMS.md's ``modality: planned`` with ``status: approved``)."""
    for ent in sale.sent.ents:
        if ent.label_ != "MONEY" or ent.start < sale.i:
            continue
        words = money_words(ent.text)
        # "an estimated USD 1.16 billion", "close to USD 2 billion": the amount from its currency on
        cut = re.search(r"\b[A-Z]{3}(?= \d)", words)
        if cut:
            f.attrs.setdefault("value", words[cut.start():])
            f.tokens += list(range(ent.start, ent.end))
        break
    if any(c.lower_ in PROSPECT_WORDS for c in sale.children) or \
            sale.dep_ == "pobj" and any(a.lemma_ in NOTIFY_VERBS for a in sale.head.ancestors):
        f.planned = True


def cleared_sale_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "The State Department approved a possible Foreign Military Sale to Chile of
    air-defence systems for an estimated $1.16 billion", "the agency notified Congress of the
    possible sale of 40 missiles to Peru": an ArmsTransfer (CAMEO 0712-converse 'provide
    military aid'; SIPRI arms transfers) from the state of the office that clears or notifies
    it (its ``of`` in the registry), to the state after 'to', of the weapons after 'of', with
    ``status: approved``, its value, and planned when 'possible' or notified. A sale of goods
    that are no weapons, or one whose clearer belongs to no state, drafts nothing here."""
    if tok.lemma_.lower() != "sale" or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    if tok.dep_ == "dobj" and tok.head.lemma_ in APPROVE_VERBS:
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and (verb := next(
            (a for a in tok.head.ancestors if a.pos_ == "VERB"), None)) is not None and verb.lemma_ in NOTIFY_VERBS:
        pass  # "notified Congress (on Tuesday) of the possible sale": the parser may hang 'of' on the day
    else:
        return []
    if tok.pos_ == "NOUN" and supply_rules(tok, cx):
        return []  # the general rule drafts it ("Washington cleared the sale of 20 F-16s to Peru")
    supplier = []
    for s_ in subjects(verb):
        for e in cx.entities(s_) if s_.dep_ == "nsubj" else ():
            st = cx.person_state.get(e.id) if e.type == "Person" else cx.resolver.state_of(e)
            if st is not None:
                supplier.append(st)
    # the parser hangs 'to X' and 'of Y' on the verb or on X as often as on the noun
    hosts = {tok.i, verb.i}
    recipient, items = [], []
    for t in tok.sent:
        if t.lower_ == "to" and t.head.i in hosts | {x.i for x in tok.subtree} and not recipient:
            for o in t.children:
                if o.dep_ == "pobj":
                    recipient = [st for e in cx.entities(o) if (st := cx.resolver.state_of(e)) is not None]
                    hosts.add(o.i)
    for t in tok.sent:
        # the notifying verb's own 'of' is the sale itself ("notified Congress of the sale")
        own = {verb.i} if verb.lemma_ in NOTIFY_VERBS else set()
        if t.lower_ == "of" and t.i != tok.head.i and t.head.i in (hosts | {x.i for x in tok.subtree}) - own:
            items += [_counted(o) for o in t.children if o.dep_ == "pobj" and o.i not in cx.at]
    items = [o for o in items if (o.lemma_.lower() in WEAPONS or o.lower_ == "arms") and not civil_craft(o)]
    supplier, recipient = _uniq(supplier), _uniq(recipient)
    if not (supplier and recipient and items) or {e.id for e in supplier} & {e.id for e in recipient}:
        return []
    item = items[0]
    f = Fact("ArmsTransfer", {"supplier": supplier, "recipient": recipient},
             {"status": "approved"}, tokens=[verb.i, tok.i, item.i])
    _put_item(f, item, [t for t in item.subtree if not t.like_num and t.dep_ not in ("det", "nummod", "poss", "case", "predet")
                        and t.dep_ != "relcl" and t.head.dep_ != "relcl"], cx)
    _sale_terms(f, tok)
    return [f]


def _put_item(f: Fact, item: Token, words: list[Token], cx: Context, quantity: str = "quantity") -> None:
    """Write what is transferred on ``f``: ``item`` the text of ``words`` (the item's
    phrase as the caller trims it), and under ``quantity`` ("quantity", or "totalQuantity"
    for a promise) the count its number gives ("20 F-16s": 20), where it has one."""
    text = _text(cx.doc, words)
    if text:
        f.attrs["item"] = text
    nums = [t for t in item.children if t.dep_ == "nummod"]
    n = count_of(nums[0]) if nums else None
    if n is not None:
        f.attrs[quantity] = n


#: Nouns that count what follows their 'of' ("hundreds of drones", "a batch of missiles"):
#: the goods are the noun after 'of'.
COUNT_NOUNS = {"hundred", "thousand", "dozen", "million", "score", "batch", "number", "lot", "series", "range",
               "variety", "host", "fleet", "consignment", "quantity", "supply", "stock", "stockpile", "load"}


def _counted(item: Token) -> Token:
    """The goods a counting noun names by its 'of' ("hundreds of drones": drones; "a
    batch of missiles": missiles); ``item`` itself otherwise."""
    if item.lemma_.lower() in COUNT_NOUNS:
        inner = preps(item, {"of"})
        if inner:
            return inner[0]
    return item


def _state_modifiers_only(item: Token, cx: Context) -> list:
    """The one state a demonym or possessive before goods names as where they come from
    ("Russian gas", "Qatar's LNG"); empty when none or several are named."""
    found = _uniq([cx.at[c.i].entity for c in item.children if c.dep_ in ("amod", "poss", "compound", "nmod")
                   and c.i in cx.at and cx.at[c.i].entity.type == "State"])
    return found if len(found) == 1 else []


def _to_right_after(noun: Token, cx: Context) -> list:
    """The state a 'to' phrase right after the phrase of ``noun`` names ("a supply of
    Russian gas to Iran via Azerbaijan", where the parser hangs 'to Iran' on the verb
    before): the recipient the words put next to the goods; empty otherwise."""
    doc = cx.doc
    i = noun.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ != "to" or doc[i].sent.start != noun.sent.start:
        return []
    m = cx.at.get(i + 1)
    return [m.entity] if m is not None and m.entity.type == "State" and m.form in ("name", "capital") else []


def _gapped(f: Fact, verb: Token, item: Token, cx: Context) -> list[Fact]:
    """Gapped clauses after a transfer: "Denmark has pledged 19 aircraft, Norway six",
    where the verb and the item go unsaid after the second supplier (gapping, a
    coordination that keeps only the contrasting words). Each state named with a
    number of its own in the item's conjuncts or appositions is a transfer of its own,
    of that many items."""
    out = []
    for c in item.children:
        if c.dep_ not in ("appos", "conj") or c.i not in cx.at:
            continue
        nums = [n for n in c.children if n.dep_ == "nummod"]
        ents = [e for e in cx.entities(c, conj=False) if e.type == "State"]
        n = count_of(nums[0]) if nums else None
        if not ents or n is None:
            continue
        g = dataclasses.replace(f, roles={**f.roles, "supplier": ents}, attrs=dict(f.attrs), tokens=[c.i, nums[0].i])
        for key in ("quantity", "totalQuantity"):
            g.attrs.pop(key, None)
        g.attrs["totalQuantity" if verb.lemma_ in PROMISE_VERBS else "quantity"] = n
        g.clause = False
        out.append(g)
    return out


#: Words of relying on another: "relies on", "is reliant on", "depends on", "is dependent on".
RELY_WORDS = {"rely", "depend", "reliant", "dependent"}
#: Nouns that make the one relied on a giver: "Russia as its main source of military hardware".
SOURCE_NOUNS = {"source", "supplier", "provider"}
#: Hardware that is arms when 'military' says so: "military hardware", "military equipment".
MILITARY_GOODS = {"hardware", "equipment", "supplies", "technology", "aid"}


def reliance_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Myanmar relies on Russia for arms', 'depends on China for oil', 'has been reliant
    on Russia as its main source of military hardware and diplomatic support': a supply
    (arms or a commodity) from the one relied on to the subject, and a Support of each
    kind the words name (military, diplomatic, ...) for the things relied on that are
    support."""
    if not ((tok.pos_ == "VERB" and tok.lemma_ in ("rely", "depend")) or
            (tok.pos_ == "ADJ" and tok.lemma_ in ("reliant", "dependent") and tok.dep_ == "acomp")):
        return []
    # 'reliant on' hangs its phrases on the verb 'be' as often as on the adjective
    heads = [tok] + ([tok.head] if tok.pos_ == "ADJ" else [])
    taker = [e for s_ in subjects(tok.head if tok.pos_ == "ADJ" else tok) for e in cx.entities(s_)]
    giver = [e for h in heads for o in preps(h, {"on", "upon"}) for e in cx.entities(o)]
    items = [t for h in heads for t in preps(h, {"for"})]
    items += [t for h in heads for o in preps(h, {"as"}) if o.lemma_ in SOURCE_NOUNS for t in preps(o, {"of"})]
    items += [c for t in list(items) for c in t.conjuncts]
    if not (taker and giver and items):
        return []
    out = []
    for item in items:
        military = any(a.lower_ == "military" for a in item.children if a.dep_ == "amod")
        if item.lemma_ in ("support", "backing", "assistance"):
            kinds = [a.lower_ for a in item.children if a.dep_ == "amod" and a.lower_ in SUPPORT_KINDS]
            f = Fact("Support", {"supporter": giver, "supported": taker}, tokens=[tok.i, item.i])
            if kinds:
                f.attrs["supportKind"] = kinds[0]
            out.append(f)
            continue
        # goods of any trade ('equipment', 'systems') are arms when 'military' or a weapon word says so
        generic = item.lemma_ in MILITARY_GOODS | {"system", "vehicle"}
        armed = military or any(c.lemma_ in WEAPONS - MILITARY_GOODS - {"system", "vehicle"}
                                for c in item.children if c.dep_ in ("compound", "amod"))
        kind = "ArmsTransfer" if (item.lemma_ in WEAPONS and not generic and not civil_craft(item)) \
            or item.lower_ == "arms" or \
            (generic and armed) else "Supply" if item.lemma_ in COMMODITIES else None
        if kind is not None:
            words = _text(cx.doc, [t for t in item.subtree if t.dep_ not in ("cc", "conj") and t.head.dep_ != "conj"])
            out.append(Fact(kind, {"supplier": giver, "recipient": taker}, {"item": words or item.text},
                            tokens=[tok.i, item.i]))
    return out


INVASION_NOUNS = {"invasion": "Invasion", "annexation": "Invasion", "incursion": "Invasion", "occupation": "Invasion",
                  "attack": "Attack", "strike": "Attack", "bombardment": "Attack", "assault": "Attack",
                  "coup": "SeizureOfPower", "putsch": "SeizureOfPower", "takeover": "SeizureOfPower", "war": "Invasion", "offensive": "Invasion"}
INVASION_VERBS = {"invade": "Invasion", "annex": "Invasion", "occupy": "Invasion", "attack": "Attack",
                  "bomb": "Attack", "strike": "Attack", "shell": "Attack"}


#: Nouns of armed forces whose demonym names the state that attacks ("Azerbaijani forces").
ATTACKER_NOUNS = {"force", "forces", "troop", "troops", "army", "military", "unit", "soldier", "artillery", "drone", "jet",
                  "warplane", "aircraft", "navy"}
#: Nouns of what a state holds whose demonym names the state attacked ("Armenian positions",
#: "parts of Armenian territory").
HELD_NOUNS = {"position", "post", "outpost", "territory", "village", "town", "settlement", "base", "troop", "soldier",
              "force", "unit", "checkpoint", "city", "region", "land"}

#: Verbs of removing a government by force (CAMEO 'coup', PLOVER 'coup').
COUP_VERBS = {"overthrow", "topple", "depose", "oust", "unseat"}


def _owner_of(noun: Token, cx: Context) -> list[Known]:
    """The state a held noun belongs to: its possessor's state ("Peru's territory"), or,
    for 'its', the one state that is the subject of the clause the noun is told in
    ("Peru said it was defending itself after the attack on its territory")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return []
    if owners[0].lower_ != "its":
        return [e for e in governed(cx.entities(owners[0], conj=False), cx) if e.type == "State"]
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    states = [e for s_ in (subjects(verb) if verb is not None else []) for e in governed(cx.entities(s_), cx)
              if e.type == "State"]
    return states if len(states) == 1 else []


#: Nouns of a state's ground an attack lands on ("struck targets on Pakistani soil", "strikes
#: on Iranian territory"): the state is the demonym or possessor on the noun.
GROUND_NOUNS = {"soil", "territory", "land", "ground"}
#: Prepositions that put an attack inside a state, whose ground is then what it hits
#: ("strikes inside Iran", "struck within Syria").
INSIDE_PREPS = {"inside", "within"}


def _ground_struck(heads: list[Token], cx: Context) -> list[Known]:
    """The states an attack told on ``heads`` (its verb and its noun) lands in: a state
    named after 'inside' or 'within' ("carried out strikes inside Iran"), or the state
    whose ground a noun of ground after 'on', 'in' or 'into' names by its demonym or
    possessor ("struck targets on Pakistani soil", "strikes on Iran's territory")."""
    out = []
    for h in heads:
        for p in preps(h, INSIDE_PREPS):
            out += [e for e in cx.entities(p) if e.type == "State"]
        for p in preps(h, {"on", "in", "into"} | INSIDE_PREPS):
            if p.lemma_.lower() in GROUND_NOUNS:
                out += _demonym_states(p, cx) + _owner_of(p, cx)
    return _uniq(out)


#: Words before 'war', 'offensive', 'attack', 'battle' or 'conflict' that make it a contest
#: fought with other means than arms ("a trade war", "a price war", "a diplomatic offensive",
#: "a legal battle", "a propaganda war"): no use of force (CAMEO 18-20), no armed conflict.
UNARMED_MARKS = {"trade", "tariff", "price", "currency", "culture", "cultural", "turf", "bidding", "talent", "chip",
                 "tech", "technology", "propaganda", "information", "charm", "diplomatic", "media", "legal",
                 "political", "verbal", "rhetorical", "court", "courtroom", "bureaucratic", "budget", "subsidy",
                 "sanctions", "economic", "commercial", "advertising", "marketing", "pr", "public-relations"}


def unarmed(tok: Token) -> bool:
    """Whether the noun ``tok`` ('war', 'offensive', 'battle', ...) names a contest without
    arms by a word before it (:data:`UNARMED_MARKS`: "launched a trade war against
    Valdoria", "a diplomatic offensive", "a legal battle between X and Y")."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in UNARMED_MARKS for c in tok.children)


def force_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Russia's invasion of Ukraine', 'Russia invaded Ukraine', 'the Hamas-led attack on
    Israel', 'the military's seizure of power', 'the army seized power'."""
    kind = None
    perp: list[Known] = []
    target: list[Known] = []
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in INVASION_NOUNS:
        if unarmed(tok):
            return []  # "launched a trade war against X", "a diplomatic offensive": no force used
        kind = INVASION_NOUNS[tok.lemma_.lower()]
        perp = _modifiers(tok, cx, ("poss", "compound", "amod", "npadvmod"))
        perp += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]  # "the invasion of Ukraine by Russia"
        # "the Bolivian-led attack", "the Hamas-led attack": who leads it carries it out
        perp += [e for c in tok.children if c.dep_ == "amod" and c.lower_ == "led"
                 for x in c.children if x.dep_ in ("npadvmod", "compound", "amod") for e in _modifiers(c, cx, (x.dep_,))]
        if not perp:  # "Russia's annexation of Crimea and invasion of Ukraine"
            perp = [e for c in _possessors(tok) for e in cx.entities(c, conj=False)]
        if not perp and tok.dep_ == "dobj" and tok.head.lemma_ in ("launch", "carry", "conduct", "stage", "mount", "begin", "order"):
            perp = [e for s_ in subjects(tok.head) for e in cx.entities(s_)]
        target = [e for o in preps(tok, {"of", "on", "against", "into"}) for e in cx.entities(o)]
        if not target:  # "after the attack on its territory": whose territory, the subject the pronoun stands for
            target = [e for o in preps(tok, {"on", "against", "into"}) if o.lemma_.lower() in HELD_NOUNS
                      for e in _owner_of(o, cx)]
        if not target and kind == "Attack":  # "carried out strikes inside Iran", "strikes on Pakistani soil"
            target = _ground_struck([tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.lemma_ in (
                "launch", "carry", "conduct", "stage", "mount") else []), cx)
    elif tok.pos_ == "NOUN" and tok.lemma_ == "seizure" and any(
            o.lower_ == "power" for p in tok.children if p.lower_ == "of" for o in p.children):
        kind = "SeizureOfPower"
        perp = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    elif tok.pos_ == "VERB" and tok.lemma_ in INVASION_VERBS:
        kind = INVASION_VERBS[tok.lemma_]
        perp = [e for s_ in doers(tok) for e in cx.entities(s_)]
        target = [e for o in objects(tok) for e in cx.entities(o)]
        if not target and kind == "Attack":  # "attacked another bulk carrier, the Magic Seas": the vessel named beside
            target = [e for o in objects(tok) for a in o.children if a.dep_ == "appos"
                      for e in cx.entities(a) if e.type == "Asset"]
        if not target and kind == "Attack":  # "attacked a convoy of X", "attacked X's convoy": its owner
            target = [e for o in objects(tok) for t in [*preps(o, {"of"}), *(c for c in o.children if c.dep_ == "poss")]
                      for e in cx.entities(t)]
        if not perp:  # "Azerbaijani forces shelled ...": the state whose forces they are
            perp = [e for s_ in doers(tok) if s_.lemma_.lower() in ATTACKER_NOUNS for e in _demonym_states(s_, cx)]
        if not target:  # "shelled Armenian positions", "occupied parts of Armenian territory": whose they are
            held = [o for o in objects(tok) if o.lemma_.lower() in HELD_NOUNS]
            held += [p for o in objects(tok) if o.lemma_.lower() in ("part", "area", "section") for p in preps(o, {"of"})
                     if p.lemma_.lower() in HELD_NOUNS]
            target = [e for o in held for e in _demonym_states(o, cx)]
        if not target and kind == "Attack":  # "Iran struck targets on Pakistani soil", "struck inside Syria"
            target = _ground_struck([tok] + [o for o in objects(tok)], cx)
    elif tok.pos_ == "VERB" and tok.lemma_ in ("seize", "take", "grab", "assume") and any(
            o.lower_ in ("power", "control") for o in objects(tok)):
        kind = "SeizureOfPower"  # "seized power", "took control of the country"
        perp = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        target = [e for o in objects(tok) for p in preps(o, {"of"}) for e in cx.entities(p)]
        if not perp and any(o.lower_ == "power" for o in objects(tok)):
            unnamed = _unnamed_soldiers(tok, cx) or _unnamed_military(tok, cx)
            if unnamed is not None:
                return [unnamed]
        held = [p for o in objects(tok) for p in preps(o, {"of"}) if p.lemma_.lower() in PLACE_WORDS]
        if held and not target:  # "took full control of the region": a place taken, not power
            place = _last_place_before(held[0], cx)
            perp = [e for e in perp if e.type in CONTROLLERS]
            return [Fact("Control", {"controller": perp[:1], "controlled": [place]}, tokens=[tok.i, held[0].i])] \
                if place is not None and perp else []
    elif tok.pos_ == "VERB" and (tok.lemma_ in COUP_VERBS or (tok.lemma_ == "take" and any(
            c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) and any(
            e.type == "State" for o in objects(tok) for e in cx.entities(o)))):
        kind = "SeizureOfPower"  # "overthrew the government", "the military took over the country"
        perp = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        target = [e for o in objects(tok) for e in cx.entities(o)]
        if tok.lemma_ == "oust" and not preps(tok, {"in"}):
            return []  # ousting is a coup only "in a coup"; parties and boards oust people too

    elif tok.pos_ == "NOUN" and tok.lemma_ in ("operation", "action", "campaign") and any(
            c.dep_ == "amod" and c.lower_ == "military" for c in tok.children) and preps(tok, {"in", "against"}):
        kind = "Invasion"  # "Russia's military operations in Ukraine": one state's forces in another
        perp = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
        target = [e for o in preps(tok, {"in", "against"}) for e in cx.entities(o)]
        target = [e for e in target if e.type == "State" and e.id not in {p_.id for p_ in perp}]
    if kind is None:
        return []
    if tok.lemma_ == "war":  # "Putin's war in Ukraine": a war waged in another state
        perp = [cx.person_state.get(e.id, e) if e.type == "Person" else e for e in perp]
        target = [e for o in preps(tok, {"in", "on", "against"}) for e in cx.entities(o)]
        target = [e for e in target if e.type == "State"]
    if kind == "SeizureOfPower" and not perp and tok.pos_ == "NOUN":
        # "the 2021 military coup", "since the coup": the armed forces its own sentence names, when it
        # names one; another sentence's only when a possessive pronoun links them ("their seizure of power")
        sent, linked = tok.sent, any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
        forces = _uniq([m.entity for m in cx.mentions if m.entity.type == "ArmedForces" and
                        (linked or sent.start <= m.start < sent.end) and FORCES_WORDS.search(m.entity.label.lower())])  # not a branch
        perp = forces if len(forces) == 1 else []
        if perp:
            return [Fact(kind, {"perpetrator": perp}, tokens=[t.i for t in _np(tok)], clause=False)]
        perp, ousted = coup_makers(tok, cx)  # "the 2021 military coup that ousted X's government"
        if perp:
            return [Fact(kind, {"perpetrator": perp, **({"target": ousted} if ousted else {})},
                         tokens=[t.i for t in _np(tok)] + [t.i for r in tok.children if r.dep_ == "relcl"
                                                           for t in r.subtree], clause=False)]
    perp = [e for e in perp if e.type != "Person" or kind == "SeizureOfPower"]
    if kind == "SeizureOfPower" and tok.pos_ == "NOUN" and tok.tag_ in ("NNS", "NNPS") and len(_uniq(perp)) > 1:
        return []  # "the three governments ... after their coups": each had its own, no coup they shared
    if kind == "SeizureOfPower" and tok.pos_ == "VERB" and target and \
            all(e.type in ("City", "Region", "Place", "Site") for e in target):
        # "the militia took control of Tacna": a town or region held, not a state's power seized
        return [Fact("Control", {"controller": perp, "controlled": target}, tokens=[tok.i])] if perp else []
    places = ("State", "Region", "City", "Place", "Government", "MilitaryGovernment")
    # an attack may strike any actor (a company's convoy, a person); an invasion a state or a place
    target = [e for e in target if e.type in places or kind == "Attack" and e.type not in NOT_ACTORS]
    if not perp or (kind != "SeizureOfPower" and not target):
        return []
    roles = {"perpetrator": perp}
    if kind == "Invasion" and all(e.type in ("Region", "City", "Place") for e in target):
        # "Russia's annexation of Crimea": a region taken is where it happened; whose it was the text does not say
        return [Fact(kind, {"perpetrator": perp, "place": target}, tokens=[tok.i])]
    if target:
        roles["target"] = target
    if kind == "Attack":
        near = ("in", "near", "outside", "at")  # on the verb, or on what was attacked ("a convoy near Tacna")
        place = _place_of(tok, cx, near) or _uniq([e for o in objects(tok) for t in o.subtree
                                                   for e in _place_of(t, cx, near)])
        struck = [e for e in roles.get("target", []) if e.type in ("City", "Region", "Place", "Site")]
        if struck:
            # "attacked the Ukrainian city of Kharkiv": a town struck is where the attack fell (a target is
            # an actor or an asset); the state its phrase names is the one attacked
            roles["target"] = [e for e in roles["target"] if e not in struck] or _uniq(
                [m.entity for o in objects(tok) for m in cx.mentions
                 if o.left_edge.i <= m.start < o.right_edge.i + 1 and m.entity.type == "State"])
            if not roles["target"]:
                del roles["target"]
            place = place or struck[:1]
        if place:
            roles["place"] = place
        if tok.pos_ == "VERB":
            counts, words = toll(tok)  # "..., killing four people"
            return [Fact(kind, roles, counts, tokens=[tok.i, *words])]
    return [Fact(kind, roles, tokens=[tok.i])]


#: Plural nouns of soldiers who may seize power without being named ("army officers",
#: "mutinous soldiers", "putschists").
SOLDIER_NOUNS = {"officer", "soldier", "troop", "mutineer", "putschist", "serviceman", "servicemen", "general",
                 "colonel", "commander", "paratrooper", "guard"}


def _unnamed_soldiers(tok: Token, cx: Context) -> Fact | None:
    """"Army officers in Gabon seized power on Wednesday", "soldiers who seized power in
    Mali": a seizure of power by soldiers the text does not name, as corpus/CLAIMS.md
    writes it (``perpetrator: unnamed soldiers``, ``place`` the state the subject or the
    verb names: "in Gabon"); None when the subject is no plural noun of soldiers, or no
    state is named."""
    subj = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
    if not subj or subj[0].lemma_.lower() not in SOLDIER_NOUNS or subj[0].tag_ not in ("NNS", "NNPS"):
        return None
    words, state = _unnamed_people(subj[0], cx)
    if state is None:
        states = [e for o in preps(tok, {"in"}) for e in cx.entities(o) if e.type == "State"]
        state = states[0] if len(states) == 1 else None
    if state is None:
        return None
    return Fact("SeizureOfPower", {"place": [state]}, tokens=[tok.i, *(t.i for t in subj[0].subtree)],
                qualified={"perpetrator": (words, None)})


#: Nouns of a state's armed forces as a whole, written without their state ("the military
#: took power", "the army seized power", "the junta").
MILITARY_NOUNS = {"military", "army", "junta"}
#: Verbs of putting a leader out, joined to a seizure of power ("took power ... and removed
#: President X"): whom the coup was against.
OUSTING_VERBS = {"remove", "oust", "depose", "topple", "overthrow", "unseat", "detain", "arrest"}


def _unnamed_military(tok: Token, cx: Context) -> Fact | None:
    """"the military took power in Niamey on 26 July 2023 and removed President X": a
    seizure of power by a state's armed forces the text names by a common noun
    (:data:`MILITARY_NOUNS`), as corpus/CLAIMS.md writes unnamed actors (``perpetrator:
    {actor: unnamed military, of: <state>}``), ``place`` the state or town of its 'in', the
    state the place is in, ``target`` the person a joined verb of ousting
    (:data:`OUSTING_VERBS`) puts out. None when the subject is no such noun, or no state is
    known."""
    subj = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
    if not subj or subj[0].lemma_.lower() not in MILITARY_NOUNS or subj[0].i in cx.at or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in subj[0].children):
        return None
    places = [e for o in preps(tok, {"in"}) for e in cx.entities(o)
              if e.type in ("State", "City", "Region")]
    if len(places) != 1:
        return None
    state = places[0] if places[0].type == "State" else cx.resolver.state_of(places[0])
    if state is None:
        return None
    ousted = [e for v in tok.children if v.dep_ == "conj" and v.lemma_.lower() in OUSTING_VERBS
              for o in objects(v) for e in cx.entities(o) if e.type == "Person"]
    roles = {"place": places, **({"target": _uniq(ousted)} if ousted else {})}
    f = Fact("SeizureOfPower", roles, tokens=[tok.i, *(t.i for t in subj[0].subtree)],
             qualified={"perpetrator": (f"unnamed {subj[0].lower_}", state)})
    f.members_of.add("perpetrator")  # the state's own forces: "{actor: unnamed military, of: niger}"
    return f


# --- purchases of arms (CAMEO 'receive military aid' / PLOVER 'buy weapons') ----------

BUY_VERBS = {"buy", "purchase", "order", "acquire", "procure", "import"}
#: Nouns of a purchase; "a contract for 180 tanks", "an order for 30 jets", "a deal for F-16s".
BUY_NOUNS = {"contract", "deal", "order", "purchase", "agreement", "acquisition", "sale", "procurement"}
_ARMS_WORDS = {"arms", "weapons", "weaponry", "f-16", "f-16s", "f-35", "f-35s"}


def _is_arms(item: Token) -> bool:
    """The head noun of an item phrase names weapons ('180 K2 tanks', 'Rafale fighter jets'),
    not civil craft ('20 wide-body aircraft': :func:`~kg.extract.facts.common.civil_craft`)."""
    if civil_craft(item):
        return False
    return item.lemma_.lower() in WEAPONS - {"system", "vehicle", "equipment", "ship", "boat", "plane"} or \
        item.lower_ in _ARMS_WORDS or (item.lemma_.lower() in ("system", "vehicle", "equipment") and any(
            t.lemma_.lower() in WEAPONS - {"system", "vehicle", "equipment"} or t.lower_ in _ARMS_WORDS
            or t.lemma_ in ("defence", "defense", "military", "air-defence") for t in item.children))


def purchase_rules(tok: Token, cx: Context) -> list[Fact]:
    """A purchase of weapons as an arms transfer from seller to buyer, of a commodity as a
    supply ("India buys Russian oil"): "Egypt ordered 30
    Rafale jets from France", "India will buy fighters from France", "Poland signed
    contracts with South Korea for 180 tanks", "a deal to buy tanks from X". The buyer
    is the subject, the seller the object of 'from' or 'with' or the state of a demonym
    on the item; status 'signed' for a contract or order signed."""
    signed = False
    if tok.pos_ == "VERB" and tok.lemma_ in BUY_VERBS:
        verb, items = tok, [o for o in objects(tok) if o.dep_ == "dobj"]
        sellers = preps(tok, {"from"})
    elif tok.pos_ == "NOUN" and tok.lemma_ in BUY_NOUNS and tok.dep_ == "dobj" and \
            tok.head.lemma_ in ("sign", "conclude", "ink", "seal", "place", "award", "finalise", "finalize", "clinch"):
        verb, items = tok.head, preps(tok, {"for"}) + preps(tok.head, {"for"}) + [o for x in tok.children if x.dep_ == "acl" and x.lemma_ in BUY_VERBS
                                                       for o in objects(x)]
        sellers = preps(tok, {"with", "from"}) + preps(verb, {"with", "from"}) + \
            [s for x in tok.children if x.dep_ == "acl" for s in preps(x, {"from"})]
        signed = tok.head.lemma_ != "award"
    else:
        return []
    kind = "ArmsTransfer" if items and _is_arms(items[0]) else None
    if kind is None and items and tok.pos_ == "VERB":  # "buys Russian oil", "bought 2 million tonnes of LNG from Qatar"
        goods = [x for x in items[0].subtree if x.lemma_.lower() in COMMODITIES or x.lower_ in COMMODITIES]
        if goods and (items[0].lemma_.lower() in COMMODITIES or items[0].lemma_.lower() in MEASURES):
            kind, items = "Supply", goods[:1]
    if kind is None:
        return []
    sellers += [s for i in items for s in preps(i, {"from", "with"})]  # the parser may hang 'with X' on the item
    buyer = _states([e for s_ in subjects(verb) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)], cx)
    seller = [e for s_ in sellers for e in cx.entities(s_)]
    if not seller:  # "American tanks", "Russian oil": the state of the demonym
        seller = _demonym_states(items[0], cx)
    seller = [e for e in _states(seller, cx) if e.id not in {b.id for b in buyer}]
    if not (buyer and seller):
        return []
    item = items[0]
    f = Fact(kind, {"supplier": seller, "recipient": buyer}, tokens=[tok.i, verb.i, item.i])
    _put_item(f, item, [t for t in item.subtree if t.i <= item.i and not t.like_num and (t.i == item.i or (
        t.dep_ not in ("det", "nummod", "poss", "prep", "pobj", "relcl", "acl") and t.head.dep_ not in ("relcl", "acl")))], cx)
    if signed:
        f.attrs["status"] = "signed"
    return [f]


#: Things done jointly (CAMEO 'engage in material cooperation'): "joint military exercises", "joint patrols".
JOINT_NOUNS = {"exercise", "drill", "patrol", "operation", "manoeuvre", "maneuver", "project", "venture", "production",
               "research", "development", "training"}


def joint_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Russia and Myanmar have conducted joint military exercises", "X held joint drills
    with Y", "France and Germany will work together", "X teamed up with Y": Cooperation
    of the states or bodies that do it (at least two)."""
    if tok.pos_ == "NOUN" and tok.lemma_ in JOINT_NOUNS and any(c.lower_ == "joint" for c in tok.children) \
            and tok.dep_ in ("dobj", "nsubjpass"):
        if _exercise(tok, cx):
            return []  # one exercise, an event: exercise_rules
        verb = tok.head
    elif tok.pos_ == "VERB" and (tok.lemma_ in ("work", "act") and any(c.lower_ == "together" for c in tok.children) or
                                 tok.lemma_ == "team" and any(c.lower_ == "up" for c in tok.children)):
        verb = tok
    else:
        return []
    who = [e for s_ in subjects(verb) for e in cx.entities(s_)] + [e for o in preps(verb, {"with"}) for e in cx.entities(o)]
    who = [e for e in _uniq(_states(who, cx)) if e.type not in ("Person", "City", "Place")]
    if len(who) < 2:
        return []
    return [Fact("Cooperation", {"participant": who}, tokens=[tok.i, verb.i])]


#: Armed conflict (CAMEO 'fight', PLOVER 'fight'): nouns of fighting between parties, and verbs.
CONFLICT_NOUNS = {"war", "conflict", "fighting", "clash", "hostility", "battle", "confrontation", "insurgency"}
CONFLICT_VERBS = {"fight", "clash", "battle", "combat"}
#: Verbs whose subject is a side of the war they take as object: "Israel was fighting a war",
#: "the junta faces a civil war", "Ruritania waged war on ...".
WAGE_VERBS = {"fight", "wage", "face", "lose", "win", "escalate"}
#: Armed opponents a side fights without naming them: "fighting 'terrorists'", "combats rebels".
FOES = {"terrorist", "rebel", "insurgent", "militant", "separatist", "guerrilla", "fighter", "militia", "jihadist",
        "group", "faction", "force", "army", "insurgency"}
#: Classes that can be a side of an armed conflict on their own.
SIDES = ("State", "ArmedForces", "MilitaryGovernment", "Government", "ArmedGroup", "Group", "OppositionGovernment")


#: Nouns of a state's armed forces, which a demonym before them makes that state's: "the Sudanese army".
ARMY_NOUNS = {"army", "military", "navy", "forces"}


def _sides_between(tok: Token, cx: Context) -> list[Known]:
    """The sides a 'between' phrase on ``tok`` names ("fighting between the Sudanese army
    and the Rapid Support Forces"): each conjunct's entities, and for an armed force the
    registry does not name, the state of the demonym before it ("the Sudanese army":
    Sudan, the party it fights for)."""
    out = []
    for o in preps(tok, {"between"}):
        for side in [o, *o.conjuncts]:
            named = cx.entities(side, conj=False)
            if not named and side.lemma_.lower() in ARMY_NOUNS:
                named = _demonym_states(side, cx)
            out += named
    return out


def conflict_rules(tok: Token, cx: Context) -> list[Fact]:
    """"the war between Russia and Ukraine", "fighting between the army and X" (a noun, or a
    gerund the tagger reads as a verb), "X's
    conflict with Y", "X clashed with Y", "X fought Y", "X combats Y": an ArmedConflict of
    its participants (at least two, states or armed bodies, not persons). One side alone
    when the sentence says it is at war with no one named: "X was fighting a war", "X
    faces a civil war", "the army is fighting 'terrorists'" (a state, armed force, junta
    or armed group; fighting corruption or a disease is no war). Several subjects fighting
    an unnamed foe ("X and Y are fighting insurgents", "an insurgency") are one side: no
    fact."""
    alone = False
    if tok.pos_ == "NOUN" and tok.lemma_ in CONFLICT_NOUNS:
        if unarmed(tok):
            return []  # "the trade war between X and Y", "a legal battle": no arms
        who = [e for o in preps(tok, {"with"}) for e in cx.entities(o)] + _sides_between(tok, cx)
        verb = tok.head if tok.dep_ == "dobj" else None
        if not who and verb is not None and verb.lemma_ in WAGE_VERBS and not preps(tok, {"on", "against"}):
            # (a 'war on drugs' is no armed conflict)
            who = [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_)]
            alone = True
            if tok.lemma_ in FOES and len(_uniq(who)) > 1:
                # "X, Y and Z have been fighting an insurgency": allies on one side against foes left unnamed
                # ("X and Y fought a war": the two sides)
                return []
        if not who:
            return []
        who = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)] + who
    elif tok.pos_ == "VERB" and tok.lemma_ in CONFLICT_VERBS:
        who = [e for s_ in doers(tok) for e in cx.entities(s_)]
        if tok.tag_ == "VBG":  # "as fighting between the army and the RSF enters its third year": a gerund, the noun
            who += _sides_between(tok, cx)
        foes = [o for o in objects(tok) if o.dep_ == "dobj"] + preps(tok, {"with", "against"})
        named = [e for o in foes for e in cx.entities(o)]
        alone = not named and any(o.lemma_ in FOES for o in foes)  # 'fighting a war': the noun's rule
        if alone and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return []  # "kept troops in the Sahel to fight insurgents": what they are there for, no war told
        if alone and len(_uniq(who)) > 1:
            # "Niger, Mali and Burkina Faso have been fighting an insurgency": allies on one side against a
            # foe left unnamed, whom the participants would leave out; not a war between the allies
            return []
        if foes and not named and not alone and not any(t.i in cx.at for o in foes for t in o.subtree):
            # "X and Y joined forces to fight smuggling", "fighting corruption": what they fight is no
            # side named, and those fighting it are on one side, no war between them
            return []
        who += named
    else:
        return []
    who = [e for e in _uniq(who) if e.type not in ("Person", "City", "Place", "Region", "NewsOrganisation")]
    if len(who) < 2 and not (alone and len(who) == 1 and who[0].type in SIDES):
        return []
    return [Fact("ArmedConflict", {"participant": who}, tokens=[tok.i])]



# --- armed forces and states of exception (data model 2.7) ---------------------------

#: Nouns of a military exercise (CAMEO 150 'demonstrate military power'); 'war games' by its compound.
EXERCISE_NOUNS = {"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war-game"}
#: Words before the noun that make an exercise military ("joint naval drills", "live-fire exercises").
EXERCISE_MARKS = {"military", "joint", "naval", "army", "air", "war", "live-fire", "nuclear", "missile", "combat",
                  "tactical", "strategic", "amphibious", "anti-submarine", "air-defence", "air-defense", "navy",
                  "command-staff", "large-scale", "massive", "snap"}
#: Who holds an exercise, closes a border, sends troops.
FORCE_ACTORS = ("State", "ArmedForces", "InternationalOrganisation", "MilitaryGovernment", "Government")


def _exercise_name(tok: Token, cx: Context) -> tuple[str | None, list[int]]:
    """The name an exercise goes by, as its capitalised modifiers write it ("their joint
    Zapad-2025 military exercise" -> 'Zapad-2025'), with its tokens; no name when the
    capitalised words name an entity ("Russian drills")."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    named = [t for m in mods for t in m.subtree if t.i < tok.i and (t.text[:1].isupper() or
                                                                    any(ch.isdigit() for ch in t.text))
             and (t.i not in cx.at or cx.at[t.i].entity.type in PLACES + ("Event",) and cx.at[t.i].entity.proposed)
             and (t.lower_ not in EXERCISE_MARKS or _mark_of_name(t, tok)) and t.pos_ in ("PROPN", "ADJ", "NOUN", "NUM")]
    if not named or not any(t.text[:1].isupper() for t in named):
        return _named_after(tok, cx)
    named.sort(key=lambda t: t.i)
    if named[-1].i - named[0].i + 1 != len(named):
        return None, []  # not one run of words
    return cx.doc[named[0].i: named[-1].i + 1].text, [t.i for t in named]


def _mark_of_name(t: Token, noun: Token) -> bool:
    """Whether the capitalised exercise word ``t`` ('Joint', 'Naval') begins or runs in an
    exercise's own name, as "Joint" does in "the Joint Sea-2025 drill": the word after it,
    before the exercise ``noun``, is a capitalised word that is no such mark ('Sea').
    "Joint Naval Drill" in a headline has none: its capitals are the headline's style."""
    nxt = t.doc[t.i + 1] if t.i + 1 < noun.i else None
    return t.text[:1].isupper() and t.i > t.sent.start and nxt is not None and \
        nxt.text[:1].isupper() and nxt.lower_ not in EXERCISE_MARKS


#: Verbs by which an exercise is given its name after the noun ("drills, dubbed Ocean-2024",
#: "..., which it named Joint Sword-2024B", "war games code-named Great Prophet").
NAMING_VERBS = {"name", "dub", "call", "codename", "code-name", "christen", "title"}


def _named_after(tok: Token, cx: Context) -> tuple[str | None, list[int]]:
    """The name given to an exercise by a naming verb (:data:`NAMING_VERBS`) a few words
    after its noun, in a participle after a comma (", dubbed X"; "code-named X") or a
    relative clause (", which it named X"), as its capitalised words run after the verb;
    (None, []) when there is none or the words name an entity of the registry."""
    sent = tok.sent
    for verb in cx.doc[tok.i + 1: min(tok.i + 10, sent.end)]:
        if verb.lemma_.lower() not in NAMING_VERBS or verb.pos_ != "VERB":
            continue
        before = cx.doc[tok.i + 1: verb.i]
        lead = [t.lower_ for t in before]
        told = "," in lead and (lead[-1] == "," or lead[-1] in ("-", "code") or
                                "which" in lead and lead.index("which") >= len(lead) - 3)
        if not told and not (lead and lead[-2:] == ["code", "-"]):
            return None, []
        run = []
        for t in cx.doc[verb.i + 1: sent.end]:
            if not (t.text[:1].isupper() or t.text[:1].isdigit()) or t.is_punct:
                break
            if t.i in cx.at and not cx.at[t.i].entity.proposed:
                return None, []  # "named Russia", "called China": an entity, no exercise's name
            run.append(t)
            if t.text.endswith("."):
                break  # "Joint Sword-2024B." : the tokenizer may keep the sentence's stop on the name
        after = cx.doc[run[-1].i + 1] if run and run[-1].i + 1 < sent.end else None
        if after is not None and (after.lower_ in ("'s", "’s") or after.pos_ in ("NOUN", "PROPN", "ADJ")):
            return None, []  # "which it called Bolivia's ally": the words go on past the capitals, no name
        if run:
            return cx.doc[run[0].i: run[-1].i + 1].text.rstrip("."), [t.i for t in run]
        return None, []
    return None, []


def _exercise(tok: Token, cx: Context) -> bool:
    """Whether ``tok`` is the noun of one military exercise, an event: a military word
    before it (or 'war games'), and a name, the singular, or a date on its clause.
    "Both have conducted joint military exercises" (plural, no name, no date) is a habit
    of cooperating, which :func:`joint_rules` reads."""
    if tok.pos_ != "NOUN" or (tok.lemma_ not in EXERCISE_NOUNS and not (
            tok.lemma_ == "game" and any(c.lower_ == "war" for c in tok.children))):
        return False
    marks = {t.lower_ for c in tok.children if c.i < tok.i for t in c.subtree}
    name, _ = _exercise_name(tok, cx)
    # 'joint' alone is military unless another noun says what is drilled ("a joint evacuation drill")
    other = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in EXERCISE_MARKS]
    if not (marks & (EXERCISE_MARKS - {"joint"}) or "joint" in marks and not other or tok.lemma_ == "game" or name):
        return False
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj") else tok
    return bool(name) or tok.tag_ == "NN" or cx.date_of(verb)[0] is not None


#: Verbs that date an exercise's start or end.
EXERCISE_DATE_KEYS = {"begin": "startDate", "start": "startDate", "launch": "startDate", "open": "startDate",
                      "end": "endDate", "conclude": "endDate", "complete": "endDate", "finish": "endDate",
                      "wrap": "endDate"}


def exercise_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Russia and Belarus ended their joint Zapad-2025 military exercise on Tuesday",
    "Chile held naval drills with Peru on Monday", "Kenya's army began a live-fire
    exercise": a MilitaryExercise (CAMEO 150, PLOVER MOBILIZE) of the states or forces
    that hold it (the subject, 'with', a possessor or a demonym before the noun), with
    its name when it has one (``eventName``)."""
    if not _exercise(tok, cx):
        return []
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else None
    who = _modifiers(tok, cx, ("poss", "amod", "compound", "nmod"))
    if verb is not None:
        who += [e for s_ in subjects(verb) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        who += [e for o in preps(verb, {"with", "alongside"}) for e in cx.entities(o)]
    who += [e for o in preps(tok, {"with", "between", "by", "of"}) for e in cx.entities(o)]
    who = [e for e in _uniq(who) if e.type in FORCE_ACTORS]
    if not who:
        return []
    name, name_toks = _exercise_name(tok, cx)
    f = Fact("MilitaryExercise", {"participant": who}, tokens=[tok.i] + ([verb.i] if verb is not None else []) + name_toks,
             split=False)
    if name:
        f.attrs["eventName"] = name
    # "began a naval exercise in the Sea of Japan", "drills off the coast of X": the waters or
    # region it was held in (a place narrower than a state only: "drills in Russia" may be
    # a state's own exercise of which the text says no more)
    held = [e for x in ([tok] + ([verb] if verb is not None else [])) for e in _place_of(x, cx, ("in", "off"))
            if e.type in PLACES]
    if held:
        f.roles["place"] = _uniq(held)[:1]
    key = EXERCISE_DATE_KEYS.get(verb.lemma_) if verb is not None else None
    if key:  # "ended their exercise on Tuesday": the day it ended
        f.take_date(cx.date_of(verb), key)
    return [f]


#: Verbs of closing a border, and the nouns of what is closed (CAMEO 1721 'impose restrictions on movement').
CLOSE_VERBS = {"close", "shut", "seal"}
BORDER_NOUNS = {"border", "frontier", "crossing", "checkpoint", "boundary", "airspace"}


def border_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Poland shut its entire border with Belarus", "Chile closed the border with Peru",
    "the closure of Kenya's border with Somalia": a BorderClosure by the state that
    closes it (``initiator``), of its own border (``place``: the border's possessor, else
    the initiator), with the state on the other side (``borderWith``: 'with' on the
    border or the verb). An airspace closed to another state's flights ("closed its
    airspace to all flights to and from Mali") is a BorderClosure too; one closed with no
    other side named ("Iran and Iraq closed their airspace") is an AirspaceClosure
    (``place`` and ``placePart: airspace``)."""
    if tok.pos_ == "VERB" and tok.lemma_ in CLOSE_VERBS and _declared_closed(tok) is not None:
        # "declared the airspace over X closed", "told airlines to consider the airspace above X closed"
        borders = [s_ for s_ in subjects(tok) if s_.lemma_ in BORDER_NOUNS] or \
            [t for t in tok.head.subtree if t.i < tok.i and t.lemma_ == "airspace"][-1:]  # a misparsed small clause
        who = [e for s_ in doers(_declared_closed(tok)) for e in cx.entities(s_)]
        other_toks = []
    elif tok.pos_ == "VERB" and tok.lemma_ in CLOSE_VERBS:
        # "closed all of its border crossings with X": the crossings a quantifier's 'of' names
        borders = [_partitive_border(o) or o for o in objects(tok)]
        borders = [o for o in borders if o.lemma_ in BORDER_NOUNS]
        who = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        if not who and tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
            # "Poland answered by shutting its entire border": who answered shut it
            who = [e for s_ in doers(tok.head.head) for e in cx.entities(s_)]
        other_toks = preps(tok, {"with"})
    elif tok.pos_ == "NOUN" and tok.lemma_ == "closure":
        borders = [o for o in preps(tok, {"of"}) if o.lemma_ in BORDER_NOUNS]
        who = [e for c in _possessors(tok) for e in cx.entities(c, conj=False)]
        other_toks = []
    else:
        return []
    if not borders:
        return []
    border = borders[0]
    declared = tok.pos_ == "VERB" and _declared_closed(tok) is not None
    # a state closes its border; a leader who declares another's airspace closed is named as himself
    who = [e for e in who if e.type in ("Person", "State", "Government")] if declared else \
        [e for e in _states(who, cx) if e.type == "State"]
    own = [e for e in _states(_modifiers(border, cx, ("poss", "amod", "compound")), cx) if e.type == "State"]
    other = [e for o in preps(border, {"with", "to"}) + other_toks for e in cx.entities(o)]
    if not other and border.lemma_ == "airspace":
        # "closed its airspace to all flights to and from Mali", "to Peruvian aircraft": whose flights
        other = [cx.at[t.i].entity for o in preps(border, {"to"}) + preps(tok, {"to"}) if tok.pos_ == "VERB"
                 for t in o.subtree if t.i in cx.at]
    if not own and border.lemma_ == "airspace":  # "the airspace over the region", "above and around Venezuela"
        after = [t for o in border.children if o.dep_ == "prep" and o.lower_ in AIRSPACE_PREPS for t in o.subtree]
        if not after and declared and border.i + 1 < tok.i and border.nbor().lower_ in AIRSPACE_PREPS:
            after = list(cx.doc[border.i + 1: tok.i])  # "the airspace above and around Peru closed", however parsed
        own = _uniq([e for t in after if t.i in cx.at for e in _states([cx.at[t.i].entity], cx) if e.type == "State"])
    place = own or ([] if declared else who)
    other = [e for e in _states(other, cx) if e.type == "State" and e.id not in {p.id for p in place}]
    if not (who or own) or not (place or other):
        return []
    roles = {"initiator": who, "place": place, "borderWith": other}
    # an airspace closed to all flights, no other side named, is an AirspaceClosure: a
    # BorderClosure closes a border to one neighbour (the ontology's definitions)
    kind = "AirspaceClosure" if border.lemma_ == "airspace" and not other else "BorderClosure"
    f = Fact(kind, {k: v for k, v in roles.items() if v}, tokens=[tok.i, border.i], split=False)
    if border.dep_ == "pobj" and border.head.head.lemma_ in PARTITIVE_WORDS and border.lemma_ != "airspace":
        whole = border.head.head  # "all of its border crossings": the part of the border closed, in its words
        f.attrs["placePart"] = cx.doc[whole.i: border.i + 1].text
        f.tokens += list(range(whole.i, border.i + 1))
    if border.lemma_ == "airspace":
        f.attrs["placePart"] = "airspace"
        f.tokens += [t.i for o in preps(border, {"to"}) + (preps(tok, {"to"}) if tok.pos_ == "VERB" else [])
                     for t in o.subtree]
    return [f]


def _partitive_border(noun: Token) -> Token | None:
    """The border noun a quantifier's 'of' names ("all of its border crossings", "most
    of the checkpoints": the crossings, the checkpoints), or None when ``noun`` is no
    quantifier (:data:`kg.extract.facts.rescues.PARTITIVE_WORDS`) over a border noun."""
    if noun.lemma_ not in PARTITIVE_WORDS and noun.pos_ != "NUM":
        return None
    of = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return of[0] if of and of[0].lemma_ in BORDER_NOUNS else None


#: Verbs by which whoever has the say declares a thing to be in a state ("declared the airspace
#: closed", "consider the airspace closed"), and the verbs of telling others to take it so.
DECLARE_AS_VERBS = {"declare", "consider", "deem", "regard", "treat", "pronounce"}
TELL_VERBS = {"tell", "order", "instruct", "ask", "warn", "urge", "advise"}
#: Prepositions that give the state an airspace is of ("over Ukraine", "above and around Venezuela").
AIRSPACE_PREPS = {"over", "above", "around", "of"}


def _declared_closed(verb: Token) -> Token | None:
    """The verb whose doer declares closed what ``verb`` ("closed", in a small clause:
    "declared the airspace closed") says is closed: the verb of
    declaring it hangs on, or the verb of telling others to take it so ("he told airlines
    to consider the airspace closed": 'told'); None when it is no such clause."""
    if verb.dep_ not in ("ccomp", "xcomp", "oprd"):
        return None
    head = verb.head
    if head.lemma_ not in DECLARE_AS_VERBS:
        return None
    if head.dep_ == "xcomp" and head.head.lemma_ in TELL_VERBS:
        return head.head
    return head


#: Verbs of sending forces and the nouns of forces (CAMEO 154 'mobilize or increase armed forces').
DEPLOY_VERBS = {"deploy", "send", "dispatch", "station", "mass", "move", "redeploy", "mobilise", "mobilize", "rush",
                "position"}


#: Verbs of deploying that say where the force stays ("stationed in Lithuania"): 'in' gives its destination.
STAY_DEPLOY_VERBS = {"station", "position", "deploy", "redeploy"}


#: Verbs of deploying that troops do themselves ("the troops deployed to the border"): their
#: subject is what is deployed.
SELF_DEPLOY_VERBS = {"deploy", "redeploy", "station", "mass"}


def deployment_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Poland is sending 40,000 troops to its eastern frontier", "Chile deployed two
    battalions to the border with Peru", "Kenya massed soldiers near Somalia": a
    Deployment by the state that sends them (``initiator``), of unnamed troops (their
    count in ``personnel``), to where ('to' / 'near' / 'along' / 'at': a state or place,
    else the words of the place in ``placePart``)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in DEPLOY_VERBS:
        return []
    # troops counted or named by a noun of a force, an army ("the Kenyan army was deployed"), or armed
    # forces by their name ("deploying the Kenya Defence Forces"), deployed themselves
    named = [e for o in objects(tok) for e in cx.entities(o) if e.type == "ArmedForces"]
    forces = [o for o in objects(tok) if o.lemma_ in TROOP_NOUNS | {"army"} and not (
        o.lemma_ in ("force", "unit") and not any(c.lower_ in ("armed", "military", "ground", "special", "combat")
                                                  or count_of(c) for c in o.children))
              or any(e.type == "ArmedForces" for e in cx.entities(o))]
    if not forces:  # "sent the aircraft carrier USS Gerald R. Ford and about 15,000 troops": troops listed after a ship
        forces = [t for o in objects(tok) for t in o.subtree if t.dep_ == "conj" and t.lemma_ in TROOP_NOUNS
                  and any(c.dep_ == "nummod" and count_of(c) for c in t.children)][:1]
    if not forces and tok.lemma_ in SELF_DEPLOY_VERBS and not any(c.dep_ == "dobj" for c in tok.children):
        # "Chilean troops deployed to Peru (on Monday clashed ...)": troops that deploy are deployed
        forces = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_ in TROOP_NOUNS]
    if not forces:
        return []
    force = forces[0]
    who = [e for e in _states([e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" and s_.i != force.i
                               for e in cx.entities(s_)], cx) if e.type in FORCE_ACTORS and e not in named]
    if not who and not [d for d in doers(tok) if d.i != force.i]:
        # the passive with no agent, the reduced relative, the troops as subject ("Chilean troops
        # were deployed to Peru", "Chile's troops deployed to Peru"): the state whose troops they are
        who = _uniq(_demonym_states(force, cx) + [e for c in force.children if c.dep_ == "poss"
                                                  for e in cx.entities(c) if e.type in FORCE_ACTORS])
    if not who and named:  # "deploying the Kenya Defence Forces": the state whose forces they are
        who = _uniq([Known(e.state, "State", e.state) for e in named if e.state])
    if not who:
        return []
    if named:
        return [Fact("Deployment", {"initiator": who, "deployed": named}, tokens=[tok.i, force.i], split=False)]
    f = Fact("Deployment", {"initiator": who}, tokens=[tok.i, force.i], split=False)
    count = next((c for c in force.children if c.dep_ == "nummod" and count_of(c)), None)
    approx = next((c.lower_ for c in (count.children if count is not None else []) if c.dep_ in ("quantmod", "advmod")
                   and c.lower_ in ("about", "some", "around", "nearly", "almost", "roughly")), None)
    words = force.text.lower()
    if count is not None:
        value = f"{approx + ' ' if approx else ''}{count_of(count)} {words}"
        f.attrs["personnel"] = value
        f.qualified["deployed"] = (f"{approx + ' ' if approx else ''}{count_of(count)} unnamed {words}", None)
        f.tokens.append(count.i)
    else:
        f.qualified["deployed"] = (f"unnamed {words}", None)
    where = preps(tok, {"to", "into", "near", "along", "at", "on"}) or preps(force, {"to"})  # "troops to the Caribbean"
    dest = [e for w in where for e in cx.entities(w) if e.type in ("State",) + PLACES]
    if not dest and tok.lemma_ in STAY_DEPLOY_VERBS:  # "a brigade stationed in Lithuania": where it stays
        dest = [e for w in preps(tok, {"in"}) for e in cx.entities(w) if e.type in ("State",) + PLACES]
    if where and not dest and where[0].pos_ == "NOUN":
        # "to its northern frontier": the frontier of the state 'its' stands for, the part in words
        dest = [e for c in where[0].children if c.dep_ == "poss" for e in cx.entities(c) if e.type == "State"]
        part = " ".join(t.lower_ for t in where[0].subtree if t.dep_ not in ("poss", "det", "punct") and t.i not in cx.at
                        and t.i <= where[0].i)
        if part:
            f.attrs["placePart"] = part
    if dest:
        f.roles["destination"] = dest
    return [f]


DECLARE_VERBS = {"declare", "impose", "proclaim", "introduce", "announce", "order"}
LIFT_VERBS = {"lift", "end", "revoke", "rescind", "suspend", "cancel"}


def emergency_rules(tok: Token, cx: Context) -> list[Fact]:
    """"President X of Chile declared martial law on Tuesday", "Peru imposed a state of
    emergency", "X lifted the curfew": an EmergencyRule declared by the subject
    (``declaredBy``) over its state (``jurisdiction``: the subject's state, 'of X' on it,
    or 'in X', else the state of the places it holds in), with the parts
    :func:`kg.extract.facts.emergencies.emergency_details` reads (places, duration, legal
    basis, stages); lifting it dates its end (``endDate``)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in DECLARE_VERBS | LIFT_VERBS:
        return []
    what = next((w for o in objects(tok) for w in [_emergency(o)] if w), None)
    if what is None:
        return []
    subj = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
    who = [e for s_ in subj for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    # where it holds: 'in X' first ("Russia's government declared a state of emergency in Geidekania"),
    # then the subject's 'of X', then the subject's own state
    noun = next(o for o in objects(tok) if _emergency(o))
    where = [e for h in (tok, noun) for o in preps(h, {"in", "across", "throughout"}) for e in cx.entities(o)
             if e.type == "State"]
    where += [e for s_ in subj for o in preps(s_, {"of"}) for e in cx.entities(o) if e.type == "State"]
    for e in who:
        st = cx.person_state.get(e.id) or cx.resolver.state_of(e)
        if st is not None:
            where.append(st)
    who = [e for e in who if e.type != "State"]
    where = _uniq(where)
    f = Fact("EmergencyRule", {**({"jurisdiction": where[:1]} if where else {}), **({"declaredBy": who} if who else {})},
             {"description": what}, tokens=[tok.i], split=False)
    emergency_details(f, tok, noun, cx)  # where, how long, under what law; its stages
    if not f.roles.get("jurisdiction"):
        return []
    if tok.lemma_ in LIFT_VERBS:
        date, toks = cx.date_of(tok)
        if not date:
            return []  # a lifting with no date says nothing the declaration does not
        f.attrs["endDate"] = date
        f.tokens += toks
    return [f]


#: Verbs of leaving a treaty or an organisation (Wikidata P582 end time of membership).
WITHDRAW_VERBS = {"withdraw", "quit", "leave", "exit", "pull"}


def withdrawal_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile withdrew from the International Criminal Court", "Peru will quit the World
    Health Organization", "X ordered Peru to pull out of the OPEC": a Withdrawal of the
    state (``withdrawing``) from the organisation named (``withdrawnFrom``), ordered by
    whoever orders it ('X ordered Y to withdraw': ``orderedBy``)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in WITHDRAW_VERBS:
        return []
    if tok.lemma_ == "pull" and not any(c.lower_ == "out" for c in tok.children):
        return []
    froms = preps(tok, {"from", "of"}) + [p for c in tok.children if c.lower_ == "out" for p in preps(c, {"of"})]
    if tok.lemma_ in ("quit", "leave", "exit"):
        froms += [o for o in objects(tok) if o.dep_ == "dobj"]
    left = [e for o in froms for e in cx.entities(o) if e.type in ("InternationalOrganisation", "Court")]
    if not left or any(o.lemma_ in TROOP_NOUNS for o in objects(tok)):
        return []  # troops pulled back are no withdrawal from a body
    who = [e for e in _states([e for s_ in subjects(tok) for e in cx.entities(s_)], cx) if e.type == "State"]
    if not who:
        return []
    f = Fact("Withdrawal", {"withdrawing": who, "withdrawnFrom": left}, tokens=[tok.i], split=False)
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("order", "direct", "instruct"):
        by = [e for s_ in subjects(tok.head) for e in cx.entities(s_) if e.type in ("Person", "Government")]
        if by:
            f.roles["orderedBy"] = by
            f.tokens.append(tok.head.i)
    return [f]


#: What an incursion enters (Wikidata Q1337869 airspace violation).
SPACE_NOUNS = {"airspace", "territory", "waters", "water"}
ENTER_VERBS = {"enter", "violate", "breach", "penetrate", "intrude", "cross", "stray"}


def incursion_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Five Russian drones entered Polish airspace on Tuesday", "a Chinese vessel
    violated Japan's territorial waters", "drones strayed into Peru's airspace": an
    Incursion into the state whose space it is (``target``, ``place``), from the state
    the craft belong to (``origin``), with their number and what they were (``quantity``,
    ``item``) and the space in words (``placePart``)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ENTER_VERBS:
        return []
    spaces = [o for o in objects(tok) + preps(tok, {"into"}) if o.lemma_ in SPACE_NOUNS]
    if not spaces:
        return []
    space = spaces[0]
    # "Peruvian airspace", "Peru's airspace", "the airspace of Peru"; "Chilean drones", "drones from Chile"
    target = _modifiers(space, cx, ("poss", "amod", "compound", "nmod")) + [e for o in preps(space, {"of"})
                                                                            for e in cx.entities(o)]
    target = [e for e in _states(target, cx) if e.type == "State"]
    craft = doers(tok)
    if not (target and craft):
        return []
    origin = _modifiers(craft[0], cx, ("poss", "amod", "compound", "nmod")) + [e for o in preps(craft[0], {"from"})
                                                                               for e in cx.entities(o)]
    origin = [e for e in _states(origin, cx) if e.type == "State" and e.id not in {t.id for t in target}]
    if not origin or craft[0].lemma_ not in WEAPONS | {"troop", "soldier", "vessel", "jet", "balloon", "craft"}:
        return []
    f = Fact("Incursion", {"origin": origin, "target": target, "place": target},
             {"placePart": space.lower_, "item": craft[0].lower_}, tokens=[tok.i, space.i, craft[0].i], split=False)
    count = next((count_of(c) for c in craft[0].children if c.dep_ == "nummod" and count_of(c)), None)
    if count:
        f.attrs["quantity"] = count
    return [f]


#: An opinion a court gives without a party to bind (Wikidata Q2920856 advisory opinion).
GIVE_VERBS = {"give", "deliver", "issue", "render", "hand", "publish", "release"}


def advisory_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The International Court of Justice gave an advisory opinion on Tuesday that ...",
    "the tribunal delivered its advisory opinion": a LegalAction of the court, of the
    kind 'advisory opinion', with no target (an advisory opinion binds no party)."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "opinion" or not any(c.lower_ == "advisory" for c in tok.children):
        return []
    verb = tok.head if tok.dep_ == "dobj" else None
    courts = [e for e in _modifiers(tok, cx, ("poss",)) if e.type == "Court"]
    if verb is not None and verb.lemma_ in GIVE_VERBS:
        courts += [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_) if e.type == "Court"]
    courts = _uniq(courts)
    if not courts:
        return []
    f = Fact("LegalAction", {"court": courts}, {"legalActionKind": "advisory opinion", "actionType": "advisory opinion"},
             tokens=[tok.i] + ([verb.i] if verb is not None else []), split=False)
    if verb is not None:
        f.attrs["status"] = "issued"
    return [f]


#: Verbs of taking control of a place by force (CAMEO 1951 'seize territory' as told of a
#: place's new holder; 'occupy' stays an Invasion).
SEIZE_VERBS = {"seize", "capture", "overrun"}
#: Verbs of taking goods or a vessel, never a town: "customs confiscated the cargo".
TAKE_GOODS_VERBS = {"confiscate", "impound", "commandeer"}
#: Things, not places nor people, a force or authority seizes: a Seizure with the thing
#: in words (``item``) when no name is given ("Iran's navy seized an oil tanker").
SEIZED_GOODS = {"ship", "tanker", "vessel", "boat", "freighter", "cargo", "shipment", "consignment", "aircraft",
                "plane", "jet", "asset", "property", "weapon", "rifle", "gun", "arm", "ammunition", "drone",
                "oil", "crude", "fuel", "grain", "goods", "equipment", "container", "truck", "vehicle"}
CONTROLLERS = ("ArmedGroup", "Organisation", "State", "ArmedForces", "MilitaryGovernment", "Group")


#: Common nouns that name a place taken, standing for the place named last before them.
PLACE_WORDS = {"region", "territory", "enclave", "province", "area", "city", "town", "district", "exclave"}


def _last_place_before(tok: Token, cx: Context) -> Known | None:
    """The city, region or place a noun of :data:`PLACE_WORDS` at ``tok`` stands for
    ("fought over Nagorno-Karabakh ... took control of the region"): the one named last
    before it in its own sentence or the one before, or None when none is named there,
    or when a noun of the same word after that name and before ``tok`` names a place the
    registry lacks ("fought over the Nagorno-Karabakh region ... took full control of the
    region": that region, not one named before it)."""
    doc = cx.doc
    floor = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    places = [m for m in cx.mentions_in(floor, tok.i) if m.end <= tok.i and m.entity.type in ("City", "Region", "Place")]
    if not places:
        return None
    last = places[-1]
    if any(t.lemma_.lower() == tok.lemma_.lower() and t.i not in cx.at for t in doc[last.end:tok.i]):
        return None
    return last.entity


def seizure_rules(tok: Token, cx: Context) -> list[Fact]:
    """Control (controller, controlled, its startDate from the sentence) from "the rebels
    seized the city of Goma": a group, force or state as the subject (or the agent of a
    passive), a named city, region or place as the object (and its conjuncts). A named
    site or asset seized ("seized the camp", "seized the tanker X") is a Seizure of it
    (``seized``, as corpus/CLAIMS.md writes it); a thing of :data:`SEIZED_GOODS` with no
    name ("Iran's navy seized an oil tanker", "customs confiscated the cargo") a Seizure
    with the thing in words (``item``) and how many (``quantity``). "seized power" names
    no place nor thing: nothing. Persons captured are detentions (:mod:`legal`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SEIZE_VERBS | TAKE_GOODS_VERBS:
        return []
    who = [e for s in subjects(tok) if s.dep_ != "nsubjpass" for e in cx.entities(s) if e.type in CONTROLLERS]
    who += [e for o in preps(tok, {"by"}) for e in cx.entities(o) if e.type in CONTROLLERS]
    places, sites, goods = [], [], []
    for o in objects(tok):
        for t in [o, *o.conjuncts]:
            m = _named_noun(t, cx)
            if m is not None and m.entity.type in ("City", "Region", "Place"):
                places.append(m.entity)
            elif m is not None and m.entity.type in ("Site", "Asset"):
                sites.append(m.entity)  # "seized the camp", "seized the tanker X": a Seizure (corpus/CLAIMS.md)
            elif m is None and t.lemma_.lower() in SEIZED_GOODS and t.i not in cx.at:
                goods.append(t)
    if not who:
        return []
    if tok.lemma_ not in SEIZE_VERBS:
        places = []  # "confiscated the town" is no conquest
    out = [Fact("Control", {"controller": who[:1], "controlled": [p]}, tokens=[tok.i]) for p in _uniq(places)]
    out += [Fact("Seizure", {"perpetrator": who[:1], "seized": [x]}, tokens=[tok.i]) for x in _uniq(sites)]
    for t in goods[:1] if not sites else []:
        f = Fact("Seizure", {"perpetrator": who[:1]}, tokens=[tok.i, t.i])
        words = [w for w in t.subtree if w.i <= t.i and w.dep_ in ("amod", "compound", "nmod") and w.i not in cx.at]
        f.attrs["item"] = " ".join([*(w.lower_ for w in words), t.lower_])
        n = next((count_of(c) for c in t.children if c.dep_ == "nummod" and count_of(c)), None)
        if n and n > 1:
            f.attrs["quantity"] = n
        out.append(f)
    return out


# --- aircraft shot down ---------------------------------------------------------------

#: Nouns of the aircraft a force shoots down.
AIRCRAFT = {"drone", "jet", "plane", "aircraft", "helicopter", "airliner", "fighter", "warplane", "bomber", "missile",
            "uav", "balloon"}


def shoot_down_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Algerian forces shot down a Malian military drone", "a Malian drone that Algerian
    forces shot down": an Attack (CAMEO 19, PLOVER ASSAULT) by the subject on the
    aircraft, unnamed, for the state that owns it (a demonym or a possessive before it).
    No attacker named (a passive without 'by'), no fact: who shot it down is what the
    fact is about."""
    if tok.pos_ != "VERB" or tok.lemma_ != "shoot" or not any(c.lower_ == "down" and c.dep_ in ("prt", "advmod")
                                                               for c in tok.children):
        return []
    who = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    craft = [o for o in objects(tok) if o.lemma_ in AIRCRAFT]
    if not (who and craft):
        return []
    obj = craft[0]
    owners = _uniq([cx.resolver.state_of(cx.at[c.i].entity) or cx.at[c.i].entity for c in obj.children
                    if c.dep_ in ("amod", "poss", "compound") and c.i in cx.at])
    owners = [e for e in owners if e.type == "State"]  # "a Chilean drone", "Chile's drone"
    words = [t.lower_ for t in obj.subtree if t.i <= obj.i and t.dep_ in ("amod", "compound") and t.i not in cx.at] + \
        [obj.lower_]
    f = Fact("Attack", {"perpetrator": who}, tokens=[tok.i, obj.i])
    if len(owners) == 1:
        f.qualified["target"] = ("unnamed " + " ".join(words), owners[0])
    else:
        return []  # an aircraft of no state named: no target to tell the attack by
    return [f]


# --- control --------------------------------------------------------------------------

#: Verbs of taking control ("took full control of the region"): the Control starts then.
TAKE_CONTROL_VERBS = {"take", "gain", "seize", "assume", "establish", "regain", "win", "wrest"}
#: Verbs of keeping control ("has control of", "retains control over"): no start the clause dates.
HOLD_CONTROL_VERBS = {"have", "hold", "retain", "keep", "maintain", "exercise"}
#: What a Control may hold (gkg:controlled): places, states, bodies and assets.
CONTROLLABLE = ("Place", "State", "Organisation", "Asset", "Group")


#: Nouns of armed forces that hold ground for their state ("Russian forces control ...").
HOLDING_FORCE_NOUNS = {"force", "forces", "troop", "troops", "army", "military", "soldier", "soldiers"}
#: Words of a part of a territory held ("control about a fifth of Ukraine", "most of the
#: region", "parts of the east"): the whole is what the Control names, the part its description.
HELD_PART_WORDS = {"fifth", "quarter", "third", "half", "tenth", "most", "part", "parts", "much", "swathe", "swathes",
              "percent", "%", "majority", "bulk", "area", "areas", "portion"}


#: Verbs whose subject holds what they take as object: "controls two provinces", "Guyana
#: administers the region" (Wikidata P1830's sense of de facto control); 'administer' and
#: 'govern' of a land only.
CONTROL_VERBS = {"control", "administer", "govern"}


def _controllable(toks: list[Token], cx: Context) -> list[Known]:
    vocab = vocabulary()
    return _uniq([e for t in toks for e in cx.entities(t) if any(vocab.is_a(e.type, k) for k in CONTROLLABLE)])


def control_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Control (Wikidata P1830 'owner of' / de facto control; ``ontology/geopolitics.ttl``)
    of a named place, state, body or asset by a named actor: "the rebels control two
    provinces" (and "the opposition, which controls parliament"), "Chile took full
    control of the region in 2029" (its ``startDate`` the clause's date), "Peru retains
    control over the port", "placed the port under the control of the army", "the
    region is under Chile's control". A controller that is also the controlled, control
    lost ("lost control of"), or control taken of a state (a seizure of power) is no
    fact here."""
    if tok.lemma_ in CONTROL_VERBS and tok.pos_ == "VERB":
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or tok.dep_ == "acl":
            return []  # "controlled by X": controlled_by_rules
        controller = [e for s_ in subjects(tok) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
        if not controller and tok.dep_ == "conj" and tok.head.lemma_ in CONTROL_VERBS:
            controller = [e for s_ in subjects(tok.head) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
        if not controller:  # "Russian forces control ...", "Chile's army controls ...": the forces' state
            controller = [e for s_ in subjects(tok) if s_.lemma_.lower() in HOLDING_FORCE_NOUNS
                          for e in _modifiers(s_, cx, ("amod", "poss", "compound")) if e.type == "State"]
        held = [o for o in tok.children if o.dep_ == "dobj"]
        if not held and tok.dep_ == "conj" and tok.head.lemma_ in CONTROL_VERBS:
            held = [o for o in tok.head.children if o.dep_ == "dobj"]  # "which X administers and controls"
        controlled = _controllable(_antecedents(held), cx)
        if tok.lemma_ != "control":  # "administers the region": a land, not a state (a party governs a state)
            controlled = [e for e in controlled if e.type in ("Region", "City", "Place", "Site")]
        part = None
        if not controlled:  # "control about a fifth of Ukraine", "most of the Donetsk region": the whole named
            part = next((o for o in [*(c for c in tok.children if c.dep_ == "dobj"), *preps(tok, {"about", "around"})]
                         if o.lemma_.lower() in HELD_PART_WORDS and preps(o, {"of"})), None)
            controlled = _controllable(preps(part, {"of"}), cx) if part is not None else []
        verb, start = tok, False
    elif tok.lemma_ == "control" and tok.pos_ == "NOUN":
        of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "over") for o in p.children
              if o.dep_ == "pobj"]
        owners = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
        if tok.dep_ == "dobj" and tok.head.lemma_ in TAKE_CONTROL_VERBS | HOLD_CONTROL_VERBS:
            verb, start = tok.head, tok.head.lemma_ in TAKE_CONTROL_VERBS
            controller = [e for s_ in subjects(verb) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
            # "took control of Peru": a state taken over is a seizure of power (force_rules), no Control
            controlled = [e for e in _controllable(of, cx) if not (start and e.type == "State")]
        elif tok.dep_ == "pobj" and tok.head.lower_ == "under":
            # "placed the port under the control of the army"; "the region is under Chile's control"
            verb, start = tok.head.head, False
            controller = [e for o in of for e in cx.entities(o) if e.type not in NOT_ACTORS] + owners
            held = [o for o in verb.children if o.dep_ in ("dobj", "nsubj", "nsubjpass")] if verb.pos_ in ("VERB", "AUX") \
                else [verb]
            controlled = _controllable(held, cx)
        else:
            return []
    else:
        return []
    controller = _uniq(controller)
    controlled = [e for e in controlled if e.id not in {c.id for c in controller}]
    if not (controller and controlled):
        return []
    f = Fact("Control", {"controller": controller, "controlled": controlled}, tokens=[tok.i, verb.i])
    f.undated = not start  # "controls parliament": a state of affairs its clause's date does not start
    if tok.pos_ == "VERB" and part is not None:
        head = ([part.head] if part.dep_ == "pobj" else []) + [t for t in part.subtree if t.i <= part.i]
        f.attrs["description"] = _text(cx.doc, head)  # "about a fifth": how much of it
        f.tokens.append(part.i)
    return [f]


#: Verbs of handing ground or a site over to another (CAMEO 0871/0874 'retreat or
#: surrender militarily', 'return, release property'; PLOVER RETREAT/YIELD): "handed the base
#: to the army", "turned over the port to Peru", "ceded the region to Chile", "gave the town
#: back to ...". The receiver holds it from then.
HANDOVER_VERBS = {"hand", "turn", "transfer", "cede", "surrender", "return", "relinquish", "yield", "give"}
#: Verbs a handover needs a particle for ("turned over", "gave back"); the rest hand over alone.
HANDOVER_NEEDS_PARTICLE = {"turn", "give", "return"}
#: Phrasal verbs of taking ground or a site ("took over the base", "moved into the camp").
TAKE_OVER_VERBS = {"take"}
#: Verbs of taking ground back (PLOVER SEIZE): "retook the town", "recaptured the port".
RETAKE_VERBS = {"retake", "recapture", "reclaim"}
#: Forms of :data:`RETAKE_VERBS` the parser leaves unlemmatised.
RETAKE_FORMS = {"retook", "retaken", "retakes", "retaking"}


def _held_things(toks: list[Token], cx: Context) -> list[Known]:
    """The named places, sites and assets among ``toks`` and their conjuncts: what ground
    changes hands (a state taken is a seizure of power, a person a detention)."""
    vocab = vocabulary()
    out = []
    for t in toks:
        for u in [t, *t.conjuncts]:
            out += [e for e in cx.entities(u, conj=False)
                    if e.type != "State" and any(vocab.is_a(e.type, k) for k in ("Place", "Site", "Asset"))]
    return _uniq(out)


#: Verbs of giving up control to another ("lost control of X to Y", "ceded control of X to Y").
CONTROL_LOST_VERBS = {"lose", "cede", "hand", "surrender", "relinquish", "transfer", "yield"}
#: Classes of what is controlled (the vocabulary's range of `controlled`): not a state, which
#: one "lost control of" to another is a seizure of power or an occupation.
CONTROLLED_TYPES = ("Organisation", "StateCompany", "Site", "Asset", "Place")
#: Plural nouns of a state's unnamed holders of power ("the Nigerien authorities").
UNNAMED_HOLDERS = {"authority", "official", "force", "troop"}


def control_lost_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Vell Mining lost (operational) control of Andes Copper to the Peruvian authorities",
    "ceded control of the port to Chile": a Control of the one 'to' names (``controller``;
    unnamed people of a state as ``{actor: unnamed authorities, of: <state>}``, as
    corpus/CLAIMS.md writes unnamed actors) over the company, site or place 'control of'
    names (``controlled``), ``transferredFrom`` the verb's subject, who held it before
    (the vocabulary's transferredFrom, 'taken over from'). Told as the subject's words
    ("said it had lost control ...") it is reported by the subject. No fact without a
    receiver ("lost control of the car"), a negated verb, or a state as what is held.
    Source: PLOVER YIELD, CAMEO 0874; gkg:Control. Input: a parsed token; output: [] or
    one Control per thing held."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CONTROL_LOST_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    control = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_ == "control"]
    if not control:
        return []
    held = [e for o in preps(control[0], {"of", "over"}) for e in cx.entities(o)
            if e.type in CONTROLLED_TYPES and e.type != "State"]
    receivers = preps(tok, {"to"}) + preps(control[0], {"to"})
    controller, unnamed = [], None
    if receivers and receivers[0].tag_ == "NNS" and receivers[0].i not in cx.at and \
            receivers[0].lemma_.lower() in UNNAMED_HOLDERS:
        # "to the Nigerien authorities": unnamed people of a state ({actor: unnamed authorities, of: Niger})
        unnamed = _unnamed_people(receivers[0], cx)
        if unnamed[1] is None:
            return []
    else:
        controller = [e for o in receivers for e in cx.entities(o) if e.type not in NOT_ACTORS + ("Person",)]
    giver = [e for s_ in subjects(tok) if s_.dep_ == "nsubj" for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    held = [e for e in _uniq(held) if e.id not in {x.id for x in controller + giver}]
    if not held or not (controller or unnamed):
        return []
    out = []
    for h in held:
        roles = {"controlled": [h], **({"controller": controller[:1]} if controller else {}),
                 **({"transferredFrom": giver[:1]} if giver else {})}
        f = Fact("Control", roles, tokens=[tok.i, control[0].i, *(r.i for r in receivers)])
        if unnamed:
            f.qualified["controller"] = unnamed
            f.members_of.add("controller")
        date, toks = cx.date_of(tok)
        if date:
            f.attrs["startDate"] = date
            f.tokens += toks
        out.append(f)
    return out


def handover_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Control that starts when ground changes hands (gkg:controller, gkg:controlled, its
    startDate the clause's date, gkg:transferredFrom the one who hands it over): "the mission
    handed its camp in X to the army" / "handed over the base to the army" / "returned the
    base to the army" / "the base was handed over to the army" (the receiver
    controls it); "the army took over the base" / "the base, which the army said it had
    taken over" (the taker controls it); "the army retook / recaptured the town". The
    held thing must be a named place, site or asset (not a state: a state taken is a
    seizure of power); the controller a named actor. A negated clause is no fact. Source:
    CAMEO 0871 (surrender militarily), PLOVER SEIZE/YIELD; English phrasal verbs."""
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return []
    particle = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("over", "back")}
    giver = []
    if tok.lemma_ in HANDOVER_VERBS:
        # "handed the camp back to the army": the parser may hang 'to' on the particle
        heads = [tok, *(c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("over", "back"))]
        controller = [e for h in heads for o in preps(h, {"to"}) for e in cx.entities(o) if e.type not in NOT_ACTORS]
        # "returned the base to the army": 'to' a named receiver is enough for 'return' ("returned to Paris" has no object)
        if tok.lemma_ in HANDOVER_NEEDS_PARTICLE and not particle and not (tok.lemma_ == "return" and controller):
            return []
        held = _held_things(objects(tok), cx)
        # the one who hands it over held it before: gkg:transferredFrom
        giver = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    elif tok.lemma_ in TAKE_OVER_VERBS | RETAKE_VERBS or tok.lower_ in RETAKE_FORMS:
        if tok.lemma_ in TAKE_OVER_VERBS and "over" not in particle:
            return []
        held = _held_things(objects(tok), cx)
        if not held and tok.dep_ == "ccomp" and tok.head.dep_ == "relcl" and any(
                o.lower_ in ("which", "that") for o in tok.children if o.dep_ == "dobj"):
            held = _held_things([tok.head.head], cx)  # "Kharkiv, which Peru said it had taken over"
        controller = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)
                      if e.type not in NOT_ACTORS]
        controller += [e for o in preps(tok, {"by"}) for e in cx.entities(o) if e.type not in NOT_ACTORS]
        if not controller and tok.dep_ == "ccomp" and tok.head.dep_ == "relcl":
            # "the base, which the army said it had taken over": the speaker took it
            controller = [e for s_ in subjects(tok.head) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    else:
        return []
    controller = _uniq(controller)
    held = [e for e in held if e.id not in {c.id for c in controller}]
    if not (controller and held):
        return []
    giver = [e for e in _uniq(giver) if e.id not in {c.id for c in controller} | {h.id for h in held}]
    return [Fact("Control", {"controller": controller[:1], "controlled": [h], **({"transferredFrom": giver[:1]} if giver else {})},
                 tokens=[tok.i]) for h in held]


# --- attacks on named people ----------------------------------------------------------

#: Nouns of a violent act against a person ("the killing of Tor Ashby").
KILLING_NOUNS = {"killing", "assassination", "murder", "shooting", "stabbing", "poisoning"}
#: Verbs of the same act ("Tor Ashby was shot dead", "gunmen killed Tor Ashby").
KILLING_VERBS = {"kill", "assassinate", "murder", "shoot", "stab", "poison", "gun"}


def killing_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Attack (CAMEO 18 'assault', PLOVER ASSAULT) on a named person: "the killing of
    Tor Ashby", "Tor Ashby was shot dead on Monday", "the assassination of X by Y",
    "Y killed Tor Ashby": ``target`` the person, ``perpetrator`` the agent or subject
    when named. A person named nowhere in the act ("killed 40 people") is no target. A
    killing no one does in an accident ("was killed when his helicopter crashed",
    :func:`_accident`) is the person's Death instead."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in KILLING_NOUNS:
        target = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        perp = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    elif tok.pos_ == "VERB" and tok.lemma_ in KILLING_VERBS:
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        target = passive or [o for o in tok.children if o.dep_ == "dobj"]
        perp = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"] if passive \
            else [s_ for s_ in doers(tok)]
    else:
        return []
    victims = [e for t in target for e in cx.entities(t) if e.type == "Person"]
    if not victims:
        return []
    if tok.pos_ == "VERB" and not perp and _accident(tok):
        # "X was killed when his helicopter crashed", "killed in a car accident": a death, no assault
        return [Fact("Death", {"person": [v]}, tokens=[tok.i, *(t.i for t in target)]) for v in victims]
    doers_ = [e for t in perp for e in cx.entities(t) if e.type not in NOT_ACTORS and e.id not in {v.id for v in victims}]
    roles = {"target": victims, **({"perpetrator": doers_} if doers_ else {})}
    return [Fact("Attack", roles, tokens=[tok.i, *(t.i for t in target)])]


#: Words of an accident (Wikidata Q171558): a killing told with one of them and no one
#: doing it is a death, not an assault.
ACCIDENT_WORDS = {"crash", "accident", "collision", "collide", "derail", "derailment", "capsize", "sink",
                  "avalanche", "landslide", "earthquake", "flood", "storm"}


def _accident(verb: Token) -> bool:
    """Whether the killing ``verb`` tells is an accident's: a clause or phrase hanging on
    it (a 'when' clause, an 'in' phrase) has a word of :data:`ACCIDENT_WORDS` for its
    head ("was killed when his helicopter crashed", "killed in a plane crash")."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.lemma_ in ACCIDENT_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "after") and \
                any(o.dep_ == "pobj" and o.lemma_ in ACCIDENT_WORDS for o in c.children):
            return True
    return False


def listed_coup_rules(tok: Token, cx: Context) -> list[Fact]:
    """"soldiers who seized power in coups, in Mali in 2020, in Burkina Faso in 2022 and in
    Niger last July": a seizure of power by unnamed soldiers (``perpetrator`` as
    :func:`_unnamed_soldiers` writes it) in each state the rest of the sentence lists with
    'in' and dates right after it ("in X in 2020", "in X last July"), each dated by its
    own words (PLOVER 'coup', one event per state and date). At least two such pairs make
    a list; one ("officers who seized power in Gabon in 2023") is the single seizure
    :func:`force_rules` drafts. Nothing when the subject is no plural noun of soldiers
    (:data:`SOLDIER_NOUNS`), nor for a state whose coup the article tells with a named
    person seizing power or overthrowing someone (that coup is drafted with its leader)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("seize", "take", "grab") or \
            not any(o.lower_ == "power" for o in objects(tok)):
        return []
    subj = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
    if not subj or subj[0].lemma_.lower() not in SOLDIER_NOUNS or subj[0].tag_ not in ("NNS", "NNPS"):
        return []
    doc, sent = cx.doc, tok.sent
    starts = {d.start: d for d in cx.dates if sent.start <= d.start < sent.end}
    pairs = []
    for m in _uniq_mentions_after(tok, cx):
        if m.entity.type != "State" or doc[m.start - 1].lower_ != "in":
            continue
        # the date right after the state: "in Mali in 2020", "in Niger last July"
        when = starts.get(m.end) or (starts.get(m.end + 1) if m.end < sent.end and doc[m.end].lower_ == "in" else None)
        value = dates.resolve(when.text, cx.published) if when is not None else None
        if value:
            pairs.append((m, when, value))
    if len(pairs) < 2:
        return []
    # a state whose coup the article tells with its leader named ("Tiani overthrew Bazoum") has
    # that coup drafted with him: the list's unnamed soldiers would make a second, false one
    led = {st.id for v in cx.doc if v.pos_ == "VERB" and (v.lemma_ in COUP_VERBS or v.lemma_ in ("seize", "take"))
           for s_ in subjects(v) for e in cx.entities(s_) if e.type == "Person"
           for st in [cx.person_state.get(e.id) or cx.resolver.home_state(e)] if st is not None}
    pairs = [p for p in pairs if p[0].entity.id not in led]
    words, _ = _unnamed_people(subj[0], cx)
    return [Fact("SeizureOfPower", {"place": [m.entity]}, {"date": value},
                 tokens=[tok.i, *(t.i for t in subj[0].subtree if t.i <= tok.i), *range(m.start - 1, when.end)],
                 qualified={"perpetrator": (words, None)}, clause=False)
            for m, when, value in pairs]


def _uniq_mentions_after(tok: Token, cx: Context) -> list[Mention]:
    """The mentions after ``tok`` in its sentence, in text order, each span once."""
    seen, out = set(), []
    for m in cx.mentions:
        if tok.i < m.start < tok.sent.end and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return sorted(out, key=lambda m: m.start)


#: Verbs whose object is an invasion made to happen, and verbs of its beginning: "where
#: Russia launched its invasion", "where Russia's invasion began" (not "was discussed").
LAUNCH_VERBS = {"launch", "begin", "start", "mount", "stage", "order", "carry"}
BEGIN_VERBS = {"begin", "start", "unfold", "continue"}


def invasion_where_rules(tok: Token, cx: Context) -> list[Fact]:
    """"in Ukraine, where Russia launched its full-scale invasion in February 2022", "in
    Georgia, where Russia's invasion began in 2008": an invasion noun with no 'of' or 'on'
    phrase, told in a relative clause opened by 'where' that hangs on a state, invades
    that state. The perpetrator is the noun's possessor or the subject of the verb that
    launches it (as :func:`force_rules` reads them); the date is the clause's. Nothing when
    the noun names its target itself (:func:`force_rules` drafts it), when the clause
    only speaks of it ("where Russia's invasion was discussed"), or the 'where' clause
    hangs on no state (a capital is a city here), or on the perpetrator's own."""
    if tok.pos_ != "NOUN" or INVASION_NOUNS.get(tok.lemma_.lower()) != "Invasion" or \
            preps(tok, {"of", "on", "against", "into"}):
        return []
    clause = tok.head if (tok.dep_ == "dobj" and tok.head.lemma_ in LAUNCH_VERBS) or \
        (tok.dep_ == "nsubj" and tok.head.lemma_ in BEGIN_VERBS) else None
    if clause is None or clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                                           for c in clause.children):
        return []
    named = cx.at.get(clause.head.i)
    if named is None or named.form == "capital":  # "in Paris, where ...": a city, not the state it is the capital of
        return []
    place = [e for e in cx.entities(clause.head, conj=False) if e.type == "State"]
    perp = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    if not perp and tok.dep_ == "dobj":
        perp = [e for s_ in subjects(clause) for e in cx.entities(s_)]
    perp = [e for e in governed(perp, cx) if e.type == "State"]
    if not perp or len(place) != 1 or place[0].id in {p_.id for p_ in perp}:
        return []
    return [Fact("Invasion", {"perpetrator": perp, "target": place}, tokens=[clause.head.i, tok.i])]
