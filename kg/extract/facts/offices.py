"""Facts about persons and bodies: positions held (titles before a name, appositions, a
title then a comma), the state an office belongs to, kinship, citizenship and age; who
leads or chairs a body, and where a named place lies.

The English constructions that state a PositionHeld, each read here (Y a person, X the
state or body, T a title of :data:`~kg.extract.mentions.TITLES` and :data:`MORE_TITLES`,
the common titles of each concept of the positions scheme):

- a title before the name: "X Foreign Minister Y", "Peruvian Foreign Minister Y", "the
  Peruvian foreign minister Y", "Rosneft chief executive Y", "Foreign Minister Y of X"; a
  formal title written whole with its 'of' or 'for' phrase: "Speaker of the X Y",
  "Minister for Strategic Industries Y" (:func:`_phrased_title`);
- appositions both ways: "Y, the foreign minister of X", "Y, X's ambassador to Z", "Y,
  chief executive of X", "Y, a Peruvian lawmaker", "Y, who is X's defence minister", "Y,
  who had been health minister" (ended), "Y, the commander of X's army"; "X's foreign
  minister, Y", "the head of X, Y", "X's new foreign minister, Y"; "the UN High Commissioner
  for Refugees, Y" (the office named after the post), "Y, Asia director at X" (regions a
  portfolio), "Y, formerly deputy head of X" (ended), "Their chief spokesman, Y" (a group);
- relative clauses and verbs of leading: "Y, who heads X", "Y, who chairs X", "Y, who
  leads X" (:func:`leadership_rules`);
- copulas and verbs of taking office: "Y is the chief executive of X", "Y serves as X's
  defence minister", "Y was appointed chief executive of X", "X named Y as its foreign
  minister", "Y was sworn in as X's president", "Y, a lawyer who became president of
  Congress in July", "Y served as ambassador from 2016 to 2019" (:func:`office_taken_facts`);
- a title 'for' or 'of' a body: "Y, the spokesperson for X", "Y, the general secretary of
  the X party" (a party's leader);
- a body named by its kind or a relative pronoun: "Y, the bloc's foreign policy chief" (the
  bloc named before), "X, whose president Y", with a portfolio word before a head's title
  ("the UN's humanitarian chief").

A Location of a named place or body: "P, a city in Q", "the Kora training ground in the
Vell region", "Q's Atacama region", "the city of P", "P is in Q", "P lies in Q", "P, which
is located in Q" (:func:`location_rules`), "X, based in P", "the P-based X", "which is
headquartered in P" (:func:`based_rules`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.entities import normalise
from kg.extract.mentions import NAME_HONORIFICS, Known, Mention, TITLES, party_ids

from kg.extract.facts.common import (
    FORMER, LABEL_VERBS, RELATIVE, SAY_VERBS, Context, Fact, _antecedents, _np, _state_modifiers, _time_named, _uniq, objects,
    preps, subjects,
)


#: Citizenship (Wikidata P27): nouns that say which state a person belongs to.
CITIZEN_NOUNS = {"citizen", "national", "citizenship", "nationality", "passport"}


def citizenship_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X, a Canadian citizen", "X is a citizen of Peru", "British national X", "X holds
    French citizenship", "X's Russian passport": a Citizenship of the person in the state
    a demonym or an 'of' phrase names; "British-Iranian dual national X" (the parser reads
    'national' as an adjective of the name): a Citizenship in each state named before it."""
    named = cx.at.get(tok.i + 1)
    if tok.lower_ == "national" and tok.pos_ == "ADJ" and named is not None and named.start == tok.i + 1 and \
            named.start <= tok.head.i < named.end:
        # "French national X", "dual national X": the words before 'national', in the name's phrase, name the states
        name = tok.head
        states = _uniq([cx.at[t.i].entity for t in cx.doc[name.left_edge.i: tok.i] if t.i in cx.at
                        and cx.at[t.i].entity.type == "State"])
        people = [e for e in cx.entities(name, conj=False) if e.type == "Person"]
        if not states or not people:
            return []
        return [Fact("Citizenship", {"citizen": people, "state": [st]}, tokens=[name.left_edge.i, tok.i, name.i],
                     clause=False) for st in states]  # a dual national's two: two facts
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in CITIZEN_NOUNS:
        return []
    states = [e for e in _state_modifiers(tok, cx) if e.type == "State"]
    if not states:
        return []
    person: list[Token] = []
    if tok.dep_ == "appos":  # "Nijjar, a Canadian citizen"
        person = [tok.head]
    elif tok.dep_ == "attr":  # "X is a citizen of Peru"
        person = subjects(tok.head)
    elif tok.dep_ == "compound":  # "British national X"
        person = [tok.head]
    elif tok.dep_ == "dobj" and tok.head.lemma_ in ("hold", "have", "acquire", "obtain", "receive", "take", "carry"):
        person = subjects(tok.head)  # "X holds French citizenship"
    person += [c for c in tok.children if c.dep_ in ("appos", "poss")]  # "a Canadian citizen, X", "X's passport"
    people = [e for p in person for e in cx.entities(p, conj=False) if e.type == "Person"]
    if not people or tok.lemma_.lower() in ("national", "passport") and not any(c.dep_ == "amod" for c in tok.children):
        return []
    words = [t.i for t in _np(tok)] + [t.i for p in person for t in _np(p) if cx.at.get(t.i) and
                                        cx.at[t.i].entity.type == "Person"]
    return [Fact("Citizenship", {"citizen": _uniq(people), "state": states}, tokens=words, clause=False)]


def age_facts(cx: Context) -> list[Fact]:
    """"Rodrigo Duterte, 79, ...", "X (62)", "X, aged 45,", "the 79-year-old X", "X, a
    79-year-old ...": an Age of the person (``years``), dated the publication date (the
    day the age holds, as CLAIMS.md has it)."""
    doc, out = cx.doc, []
    for m in cx.mentions:
        if m.entity.type != "Person" or m.form not in ("name", "surname") or m.end + 2 >= len(doc):
            continue
        i = m.end
        if doc[i].text not in (",", "("):
            continue
        j = i + 1 + (doc[i + 1].lower_ == "aged")
        num = doc[j] if j < len(doc) else None
        after = doc[j + 1].text if num is not None and j + 1 < len(doc) else ""
        if num is None or not num.text.isdigit() or not 0 < int(num.text) < 120 or \
                after not in ((",", ".", ";") if doc[i].text == "," else (")",)):
            continue
        out.append(_age(m, int(num.text), range(m.start, j + 1 + (doc[i].text == "(")), cx))
    for t in doc:  # "the 79-year-old X", "X, a 79-year-old former minister"
        if not (t.text.isdigit() and 0 < int(t.text) < 120 and t.i + 4 < len(doc)
                and [x.lower_ for x in doc[t.i + 1: t.i + 5]] == ["-", "year", "-", "old"]):
            continue
        after = cx.at.get(t.i + 5)
        before = next((cx.at[k] for k in range(t.i - 1, max(t.i - 4, -1), -1) if k in cx.at), None)
        if after is not None and after.entity.type == "Person":
            out.append(_age(after, int(t.text), range(t.i, after.end), cx))
        elif before is not None and before.entity.type == "Person" and \
                [x.text for x in doc[before.end: t.i]] in ([",", "a"], [",", "the"], [",", "an"]):
            out.append(_age(before, int(t.text), range(before.start, t.i + 5), cx))
    return out


def _age(m: Mention, years: int, tokens, cx: Context) -> Fact:
    """An Age of the person of ``m`` (``years`` whole years), quoting ``tokens``."""
    f = Fact("Age", {"person": [m.entity]}, {"years": years}, tokens=list(tokens), clause=False)
    if cx.published:
        f.attrs["date"] = cx.published.isoformat()
    return f


# --- titles beyond those of the mentions stage ------------------------------------------

#: Titles the positions scheme (ontology, gkg:Positions) has a concept for but TITLES
#: lacked: the head of a body ("African Union chairperson"), a legislature's presiding
#: officer, a state's representatives and negotiators (envoys). Added to TITLES (which
#: the mentions stage reads too), so that every rule of titles knows them.
MORE_TITLES = {
    "chairperson": "head of organisation", "chairperson of the commission": "head of organisation",
    "speaker": "presiding officer", "deputy speaker": "presiding officer",
    "representative": "envoy", "deputy representative": "envoy", "permanent representative": "ambassador",
    "deputy ambassador": "ambassador", "deputy envoy": "envoy", "un envoy": "envoy",
    "negotiator": "envoy", "trade negotiator": "envoy", "chief negotiator": "envoy", "chief trade negotiator": "envoy",
    "human rights chief": "head of organisation", "foreign affairs chief": "high representative",
    # a junior minister, a bloc's foreign policy chief, a deputy's words and a head of state's aide
    "minister of state": "minister", "foreign policy chief": "high representative",
    "deputy spokesman": "spokesperson", "deputy spokeswoman": "spokesperson", "deputy spokesperson": "spokesperson",
    "press secretary": "spokesperson", "presidential aide": "adviser", "presidential adviser": "adviser",
    # the head of a named body ("Tor Ashby, the head of the African Union"); a head of no body
    # named is no office (:func:`_position_fits`)
    "head": "head of organisation",
    # a post in a body the text does not name (gkg:Official: "senior Hamas official Sami Abu Zuhri")
    "official": "official", "senior official": "official",
    "central bank governor": "governor", "chief of staff": "chief of staff",
    # the deputy of a body's head (positions scheme: deputy head of organisation, "his deputy")
    "deputy chairman": "deputy head of organisation", "deputy chairwoman": "deputy head of organisation",
    "deputy chair": "deputy head of organisation", "vice-chairman": "deputy head of organisation",
    "vice chairman": "deputy head of organisation", "vice-chair": "deputy head of organisation",
    "deputy head": "deputy head of organisation", "deputy leader": "deputy head of organisation",
    # cabinet offices named without a portfolio word ("paymaster general", "minister without portfolio")
    "chancellor of the exchequer": "minister", "paymaster general": "minister", "chief secretary": "minister",
    "financial secretary": "minister", "minister without portfolio": "minister", "cabinet minister": "minister",
    "junior minister": "junior minister", "state secretary": "junior minister",
    "parliamentary secretary": "junior minister", "parliamentary under-secretary": "junior minister",
    "parliamentary under secretary": "junior minister",
    # the labels and other names of the positions scheme's concepts (ontology/geopolitics.ttl,
    # gkg:Positions, rdfs:label and skos:altLabel) that name an office as news writes it
    "permanent secretary": "permanent secretary", "principal secretary": "permanent secretary",
    "secretary of the ministry": "permanent secretary",
    "consul": "consul", "consul general": "consul", "consul-general": "consul", "vice-consul": "consul",
    "attaché": "attaché", "attache": "attaché", "defence attaché": "attaché", "defense attaché": "attaché",
    "military attaché": "attaché", "defence attache": "attaché", "military attache": "attaché",
    "judge ad hoc": "judge ad hoc", "assistant secretary": "under secretary",
    # the head of a body's executive by its usual names (a UN agency's, a fund's, a bank's) and
    # a deputy governor (of a province or a central bank: the governor's office, the title kept)
    "executive director": "head of organisation", "managing director": "head of organisation",
    "deputy governor": "governor",
    # the common titles of each office of the positions scheme, as government directories and
    # Wikidata's position classes (Q4164871 'position' and its subclasses: minister, head of
    # government of a subdivision, chief of staff of armed forces, presiding officer,
    # military officer in command...) name them, beyond the forms above
    "general secretary": "secretary-general", "party general secretary": "party leader",
    "chief judge": "judge", "presiding judge": "judge", "associate justice": "judge",
    "chief of the general staff": "military commander", "chief of general staff": "military commander",
    "chief of the defence staff": "military commander", "chief of defence staff": "military commander",
    "chief of the defense staff": "military commander", "chief of defense staff": "military commander",
    "chief of army staff": "military commander", "chief of the army staff": "military commander",
    "army commander": "military commander", "navy commander": "military commander",
    "air force commander": "military commander", "supreme commander": "military commander",
    "military commander": "military commander",
    "leader of the opposition": "opposition leader", "majority leader": "parliamentary group leader",
    "minority leader": "parliamentary group leader", "parliamentary leader": "parliamentary group leader",
    "speaker of parliament": "presiding officer", "parliament speaker": "presiding officer",
    "house speaker": "presiding officer", "senate president": "presiding officer",
    "deputy secretary of state": "deputy minister", "deputy secretary": "deputy minister",
    "vice minister": "deputy minister", "vice foreign minister": "deputy minister",
    "state minister": "minister", "secretary of defense": "minister", "secretary of defence": "minister",
    "secretary of the treasury": "minister", "attorney-general": "prosecutor", "prosecutor general": "prosecutor",
    "prosecutor-general": "prosecutor", "public prosecutor": "prosecutor",
    "chief minister": "head of government", "first minister": "head of government",
    # Spain's and Italy's heads of government by their official titles (the King, the President
    # of the Republic are the heads of state)
    "president of the government": "head of government", "president of the council of ministers": "head of government",
    "lieutenant governor": "governor", "deputy mayor": "mayor", "regional governor": "governor",
    "provincial governor": "governor", "state governor": "governor",
    "member of the european parliament": "legislator", "mep": "legislator", "parliamentarian": "legislator",
    "member of congress": "legislator", "legislator": "legislator", "assemblyman": "legislator",
    "assemblywoman": "legislator",
    "chief executive officer": "chief executive", "president and chief executive": "chief executive",
    "chairman and chief executive": "chief executive", "board chairman": "board chair",
    "chairman of the board": "board chair",
    "special representative": "envoy", "special adviser": "adviser", "national security advisor": "adviser",
    "commission president": "commission president", "president of the commission": "commission president",
    "under-secretary-general": "under-secretary-general", "undersecretary-general": "under-secretary-general",
    "assistant secretary-general": "assistant secretary-general",
    "assistant secretary general": "assistant secretary-general",
    "deputy secretary-general": "deputy head of organisation",
    "deputy secretary general": "deputy head of organisation",
    # a spokesperson named by the branch or rank of the post ("Houthi military spokesman X",
    # "their chief spokesman, X") and a deputy ranked first among several (Ukraine's, Russia's
    # "First Deputy Minister", "First Deputy Prime Minister")
    "military spokesman": "spokesperson", "military spokeswoman": "spokesperson",
    "military spokesperson": "spokesperson", "army spokesman": "spokesperson", "army spokeswoman": "spokesperson",
    "chief spokesman": "spokesperson", "chief spokeswoman": "spokesperson", "chief spokesperson": "spokesperson",
    "first deputy minister": "deputy minister", "first deputy foreign minister": "deputy minister",
    "first deputy prime minister": "deputy head of government",
}
for _title, _concept in MORE_TITLES.items():
    TITLES.setdefault(_title, _concept)


#: What a Location may place, and where (corpus/CLAIMS.md, "located": Asset, Organisation,
#: Place, State; "place": a place or a state).
LOCATED = ("Site", "Region", "City", "Place", "State")
WHERE = ("Region", "City", "Place", "State")
#: What 'at' a named place lies there: a court sits where it sits ("the General Court
#: Martial at Makindye"), a site stands there; people and talks 'at' a place are events.
SITTING = ("Court", "Site")


def _named_noun(tok: Token, cx: Context) -> Mention | None:
    """The mention ``tok`` heads, or the one named in its apposition or in an 'of' phrase
    ("the eastern city of Goma"), or the one a describing apposition hangs on ("Brelia,
    a small island state")."""
    if tok.i in cx.at:
        return cx.at[tok.i]
    if tok.dep_ == "appos" and tok.head.i in cx.at:
        return cx.at[tok.head.i]
    for c in tok.children:
        if c.dep_ == "appos" and c.i in cx.at:
            return cx.at[c.i]
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = [o for o in c.children if o.dep_ == "pobj" and o.i in cx.at]
            if obj:
                return cx.at[obj[0].i]
    return None


#: Verbs of leading a body, and the office each gives its leader (corpus/CLAIMS.md
#: "Positions"): who leads or heads a body is its head (a party's, its party leader); who chairs it or presides
#: over it its presiding officer (a court's president); who commands forces their commander.
LEAD_VERBS = {"lead": "head of organisation", "head": "head of organisation", "chair": "presiding officer",
              "preside": "presiding officer", "command": "military commander"}
#: Bodies a person may lead in the sense of these verbs (a state led is a government's
#: business, told by titles).
LED_BODIES = ("Organisation", "InternationalOrganisation", "Court", "ArmedForces", "Group",
              "StateCompany", "ResearchInstitute", "Government", "MilitaryGovernment", "OppositionGovernment")
#: Nouns of a presidency or chair held in turn or for a term ("took over the rotating
#: presidency of the Council", "assumed the chairmanship of ASEAN").
CHAIR_NOUNS = {"presidency", "chairmanship", "chair", "chairship", "helm"}
TAKE_OVER_VERBS = {"take", "assume", "hold", "inherit", "hand"}


def _led_body(tok: Token, cx: Context) -> Known | None:
    """The body a noun phrase names: its own mention, or one in its apposition or 'of'
    phrase ("the student group Pacific Islands Students ..."), of a class a person leads."""
    m = _named_noun(tok, cx)
    if m is None and tok.lower_ in BODY_KIND_NOUNS and tok.i - 1 in cx.at and cx.at[tok.i - 1].end == tok.i and \
            cx.at[tok.i - 1].form == "name":
        m = cx.at[tok.i - 1]  # "who heads the Jewish Power party": the name before the noun of its kind
    if m is None:
        inside = _uniq([cx.at[t.i].entity for t in tok.subtree if t.i in cx.at and t.i >= tok.i])
        m = None if len(inside) != 1 else next(x for x in cx.mentions if x.entity.id == inside[0].id)
    return m.entity if m is not None and m.entity.type in LED_BODIES else None


def leadership_rules(tok: Token, cx: Context) -> list[Fact]:
    """An office told by a verb of leading (:data:`LEAD_VERBS`): "X leads / heads /
    chairs Y", "X, who chairs the bloc", "Y, presided over by X", "a panel led by X" give
    X (a person) the office of Y (a body); "X took over the rotating presidency of Y"
    gives a state or body the rotating presidency of Y (a person, Y's presiding officer),
    from the date of the clause. A verb in the simple past ("X, who led the party") is an
    office held no longer."""
    if tok.pos_ == "NOUN" and tok.lemma_ in CHAIR_NOUNS:
        return _chair_taken(tok, cx)
    pos = LEAD_VERBS.get(tok.lemma_)
    if pos is None or tok.pos_ != "VERB":
        return []
    passive = tok.tag_ == "VBN" and (tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children))
    if passive:
        holders = preps(tok, {"by"})
        if tok.lemma_ == "preside":  # "presided over by X": the parser may hang 'by' on 'over'
            holders += [o for p_ in tok.children if p_.lower_ == "over" for o in preps(p_, {"by"})]
        bodies = [tok.head] if tok.dep_ == "acl" else [c for c in tok.children if c.dep_ == "nsubjpass"]
    else:
        holders = subjects(tok)
        if holders and holders[0].lower_ in RELATIVE and tok.dep_ == "relcl":
            holders = [tok.head]  # "Bola Tinubu, who chairs the bloc"
        bodies = preps(tok, {"over"}) if tok.lemma_ == "preside" else objects(tok)
    people = [e for h in holders for e in cx.entities(h) if e.type == "Person"]
    led = [b for b in (_led_body(t, cx) for t in bodies) if b is not None]
    if len(people) != 1 or len(led) != 1:
        return []
    body = led[0]
    position = "court president" if body.type == "Court" and pos == "presiding officer" else pos
    if pos == "presiding officer" and body.type == "StateCompany":
        position = "board chair"  # "Rosneft, chaired by X": a company's chair chairs its board
    if pos == "military commander" and body.type != "ArmedForces":
        return []
    if pos == "head of organisation" and body.type == "ArmedForces":
        position = "military commander"  # "had led the army": who heads an armed force commands it
    if pos == "head of organisation" and body.type in ("Government", "MilitaryGovernment") and body.state:
        # "Poland's government, led by Donald Tusk": who leads a government leads its state (as the
        # head of government; a military government's leader as its military ruler)
        position = "military ruler" if body.type == "MilitaryGovernment" else "head of government"
        body = Known(body.state, "State", body.state)
    elif position in ("head of organisation", "presiding officer") and \
            body.id in party_ids(cx.doc, cx.mentions, cx.resolver.registry):
        position = "party leader"  # "who heads the X party", "who leads Renaissance": who leads a party
    f = Fact("PositionHeld", {"holder": people, "positionOf": [body]}, {"position": position},
             tokens=[tok.i, *(t.i for h in holders for t in h.subtree), *(t.i for b in bodies for t in b.subtree)],
             clause=False)
    if not passive and tok.tag_ == "VBD":
        f.attrs["status"] = "ended"
    return [f]


def _chair_taken(noun: Token, cx: Context) -> list[Fact]:
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in TAKE_OVER_VERBS or \
            (verb.lemma_ in ("take", "hand") and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)):
        return []
    of = preps(noun, {"of"})
    body = _led_body(of[0], cx) if of else None
    holders = [e for s_ in subjects(verb) for e in cx.entities(s_)]
    if body is None or len(holders) != 1 or holders[0].id == body.id:
        return []
    holder = holders[0]
    if holder.type == "Person":
        position = "presiding officer"
    elif holder.type in ("State", "InternationalOrganisation", "Organisation"):
        position = "rotating presidency"
    else:
        return []
    f = Fact("PositionHeld", {"holder": [holder], "positionOf": [body]}, {"position": position},
             tokens=[verb.i, noun.i, *(t.i for t in of[0].subtree)], clause=True)
    if verb.lemma_ != "hold":
        f.take_date(cx.date_of(verb), "startDate")
    elif verb.dep_ == "relcl" and _time_named(verb.head):
        # "in 2022, the year Prague held the rotating presidency of X": held in that year
        f.take_date(cx.date_of(verb))
    return [f]


#: Verbs of lying somewhere: "X is in Y", "X lies in Y", "X is located in Y".
LIE_VERBS = {"be", "lie", "sit", "locate", "situate"}


def location_rules(tok: Token, cx: Context) -> list[Fact]:
    """Location (Wikidata P131/P706) of a named place or state from 'PLACE in WHERE' ("the
    Kora training ground in the Vell region", "Brelia, an island state in the Eastern
    Sea", "the Sudzha metering station in the Kursk region", "Varzaqan, in East Azerbaijan
    province"), from a verb of lying there ("Goma is in eastern Congo", "the site lies in the
    Vell region", "which is located in") and from a state's possessive before a region or city ("Chile's Atacama
    region"). Only named places on both sides: "protests in Lima" or "talks in Lima"
    place no event here."""
    doc = cx.doc
    if tok.lower_ in ("in", "at", "off") and tok.dep_ == "prep":
        where = [o for o in tok.children if o.dep_ == "pobj"]
        what = _named_noun(tok.head, cx) or _compound_named(tok.head, cx)
        if tok.lower_ == "at" and (what is None or what.entity.type not in SITTING):
            return []  # "at" places a court or a site ("the General Court Martial at Makindye"), not a talk
        if tok.lower_ == "off" and (what is None or what.entity.type not in ("Place", "Region") or tok.head.pos_ != "NOUN"):
            return []  # "off" places an island by a coast ("Oshima-Oshima, an island off Hokkaido"), not a ship or a talk
        sits = tok.lower_ == "at" or tok.head.pos_ in ("NOUN", "PROPN")  # "the High Court in London": the court's seat
        before = cx.at.get(tok.i - 1)
        if what is None and before is not None and before.entity.type in ("Site", "Region"):
            what = before  # the parser hangs 'in' on the verb: a site or region right before it is what lies there
        if what is None and tok.i > 0:
            what = _compound_named(doc[tok.i - 1], cx)  # "held in the Adiala Jail complex in Rawalpindi", the same
        if what is None and tok.lower_ == "in" and tok.i >= 2 and doc[tok.i - 1].text == "," and \
                (named := cx.at.get(tok.i - 2)) is not None and named.end == tok.i - 1 and \
                named.entity.type in ("City", "Place", "Site"):
            what = named  # "near Varzaqan, in East Azerbaijan province": the place before the comma lies in it
        if what is None and tok.lower_ == "in" and tok.head.lemma_ in LIE_VERBS and \
                not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_ != "have" for c in tok.head.children):
            # "Goma is in eastern Congo", "the site lies in the Vell region", "which is located in": its subject
            said = _antecedents(subjects(tok.head) + [c for c in tok.head.children if c.dep_ == "nsubjpass"])
            what = next((n for n in (_named_noun(s_, cx) for s_ in said) if n is not None), None)
        nearer = cx.at.get(tok.i - 1)
        if nearer is not None and nearer.end == tok.i and (
                what is not None and nearer.start >= what.end or
                what is None and tok.lower_ == "in" and nearer.entity.type in ("City", "Place", "Site")):
            # "Dahej in Gujarat and Kochi in Kerala": the parser may hang the second 'in' on the first
            # name or on the noun before the list; what lies in a place is the name right before its 'in'
            what = nearer
        place = _named_noun(where[0], cx) if where else None
    elif tok.lower_ in ("'s", "’s") and tok.dep_ == "case" and tok.head.dep_ == "poss" and tok.head.i in cx.at:
        place, what = cx.at[tok.head.i], cx.at.get(tok.head.head.i)
        if what is None and tok.head.head.lemma_.lower() in PLACE_KIND_NOUNS:
            what = _compound_place(tok.head.head, cx)  # "Pakistan's Balochistan province"
        city = _city_named(place, cx)
        if city is not None and what is not None and what.entity.type in ("Site", "Place"):
            place = city  # "London's Belmarsh prison": the city, not the state its capital's name stands for
        elif place.entity.type != "State" or what is None or what.entity.type not in ("Region", "City", "Site", "Place"):
            return []
        sits = False
    elif tok.lower_ == "of" and tok.dep_ == "prep" and tok.head.lemma_.lower() in PLACE_KIND_NOUNS:
        return _place_kind_of(tok, cx)
    elif tok.lower_ in COMPASS_WORDS and tok.i >= 2 and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc):
        # "Leyton, east London", "Tessalit, northern Mali": a place, then the part of a city or region it lies in
        what, place = cx.at.get(tok.i - 2), cx.at.get(tok.i + 1)
        if what is None or place is None or what.entity.type not in ("Place", "Site", "City") or \
                place.start != tok.i + 1 or (place.form == "capital" and _city_named(place, cx) is None):
            return []
        place = _city_named(place, cx) or place
        sits = False
    else:
        return []
    if what is not None and place is not None and place.form == "capital":
        place = _city_named(place, cx) or place  # "the High Court in London": the city, not its state
    if what is None or place is None or what.entity.id == place.entity.id or \
            what.entity.type not in LOCATED + (("Court", "Asset") if sits else ()) or \
            place.entity.type not in WHERE or \
            (what.entity.type == "State" and place.entity.type != "Region"):  # a state lies in a sea, not a city
        return []
    a, b = min(what.start, place.start), max(what.end, place.end)
    if b - a > 14:
        return []
    return [Fact("Location", {"located": [what.entity], "place": [place.entity]}, tokens=list(range(a, b)),
                 clause=False)]


#: Words of a direction that name a part of a place ("east London", "northern Mali").
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
                 "southwest", "northeastern", "northwestern", "southeastern", "southwestern"}


def _compound_named(noun: Token, cx: Context) -> Mention | None:
    """The site or place a common noun is named by in a compound before it ("the Borgo
    Egnazia resort", "the Sudzha metering station"): that named mention, else None."""
    if noun.pos_ != "NOUN":
        return None
    names = [cx.at[c.i] for c in noun.children if c.dep_ == "compound" and c.i in cx.at]
    return names[-1] if names and names[-1].entity.type in ("Site", "Place") else None


def _city_named(m: Mention, cx: Context) -> Mention | None:
    """The city a capital's mention names when the registry or gazetteer has that city
    ("London" read as the United Kingdom's seat of power), else None."""
    if m.entity.type == "City":
        return m
    if m.form != "capital":
        return None
    city = cx.resolver.lookup(cx.doc[m.start:m.end].text)
    return Mention(m.start, m.end, city, "name") if city is not None and city.type == "City" else None


#: Participles that place a body where it sits ("Rosneft, based in Moscow", "the
#: Moscow-based oil giant", "which is headquartered in Riyadh").
SEAT_WORDS = {"based", "headquartered"}
#: What such a word places: bodies and companies, courts, sites (Wikidata P159 'headquarters location').
BASED_LOCATED = ("Organisation", "StateCompany", "Court", "InternationalOrganisation", "Government",
                 "NewsOrganisation", "Site", "ArmedForces", "Group")


#: What a state it is based in is the country of (OrganisationCountry), not a seat in it.
COMPANY_TYPES = ("Organisation", "StateCompany", "NewsOrganisation")


def based_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Rosneft, based in Moscow", "Lukoil, which is headquartered in Moscow", "the
    Hague-based court", "Rosneft, the Moscow-based oil giant": a Location of the body
    (named, or the one a describing noun stands for) in the place (a city, region or
    state) named with 'in' or before the hyphen. Nothing for a body or place not named:
    "a Moscow-based analyst" places no one the registry knows; a company based in a state
    is of that state (:func:`_seat`)."""
    if tok.lower_ not in SEAT_WORDS or tok.pos_ not in ("VERB", "ADJ") or _based(tok, cx):
        return []  # (a body and city :func:`based_facts` reads already: its fact alone)
    doc = cx.doc
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–"):
        place = cx.at.get(tok.i - 2)  # "the Moscow-based oil giant"
        if place is None and tok.i >= 3 and doc[tok.i - 3].lower_ == "the":  # "the Hague-based court"
            known = cx.resolver.lookup(doc[tok.i - 3:tok.i - 1].text)
            place = Mention(tok.i - 3, tok.i - 1, known, "name") if known is not None else None
        noun = tok.head if tok.dep_ == "amod" else None
    else:
        where = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
        place = _named_noun(where[0], cx) if where else None
        noun = tok.head if tok.dep_ in ("acl", "relcl", "amod") else None
    if place is None or noun is None:
        return []
    where_ = place.entity
    if where_.type not in WHERE:  # "based in Moscow": the city, not the government its name stands for elsewhere
        where_ = cx.resolver.lookup(doc[place.start:place.end].text)
        if where_ is None or where_.type not in WHERE:
            return []
    what = cx.at.get(noun.i) or (cx.at.get(noun.head.i) if noun.dep_ == "appos" else None)
    if what is None and noun.pos_ == "NOUN":
        what = next((cx.at[c.i] for c in noun.children if c.dep_ == "appos" and c.i in cx.at), None)
    if what is None and noun.pos_ == "NOUN":  # "the Hague-based court": the one court named just before
        from kg.extract.facts.diplomacy import _named_before  # (diplomacy imports this module)
        named = _named_before(noun, cx)
        what = Mention(noun.i, noun.i + 1, named[0], "name") if named else None
    if what is None or what.entity.type not in BASED_LOCATED or what.entity.id == where_.id:
        return []
    a, b = min(what.start, place.start, tok.i), max(what.end, place.end, tok.i + 1)
    if b - a > 14:
        return []
    return [_seat(what.entity, where_, list(range(a, b)))]


def _seat(body: Known, where: Known, tokens: list[int]) -> Fact:
    """Where ``body`` is based: a Location in ``where`` (Wikidata P159), or, for a company
    or organisation based in a state ("Caravella LLC, a company based in the United Arab
    Emirates"), an OrganisationCountry (Wikidata P17), as CLAIMS.md has "Russia's Gazprom"."""
    if where.type == "State" and body.type in COMPANY_TYPES:
        return Fact("OrganisationCountry", {"organisation": [body], "state": [where]}, tokens=tokens, clause=False)
    return Fact("Location", {"located": [body], "place": [where]}, tokens=tokens, clause=False)


#: Nouns of a kind of place a name is given with ("the Kenyan city of Kisumu", "Pakistan's
#: Balochistan province", "the Panjgur district of ...").
PLACE_KIND_NOUNS = {"city", "town", "village", "province", "region", "district", "state", "county", "port",
                    "capital", "island", "enclave", "exclave", "oblast", "governorate", "prefecture", "municipality"}


def _compound_place(noun: Token, cx: Context) -> Mention | None:
    """The named place a noun of a kind of place carries before it ("the Panjgur district",
    "Balochistan province"): a compound of the noun that is a mention of a region, city or
    place; None otherwise."""
    for c in noun.children:
        m = cx.at.get(c.i)
        if c.dep_ == "compound" and m is not None and m.entity.type in ("Region", "City", "Place", "Site"):
            return m
    return None


def _place_kind_of(of: Token, cx: Context) -> list[Fact]:
    """Location from 'the KIND of NAME' (``of`` the preposition): "the Kenyan city of
    Kisumu" (the demonym's or possessor's state holds the named place), "the Panjgur
    district of Pakistan's Balochistan province" (the place the noun names before 'of' lies
    in the one named after it), "Transnistria, a breakaway region of Moldova" (the named
    place the noun is in apposition to lies in the place or state named after it).
    Wikidata P131 (located in the administrative territorial entity). [] unless both
    sides are named places (a state for the holder)."""
    kind = of.head
    objs = [o for o in of.children if o.dep_ == "pobj"]
    if not objs:
        return []
    after = cx.at.get(objs[0].i) or (_compound_place(objs[0], cx) if objs[0].lemma_.lower() in PLACE_KIND_NOUNS else None)
    if after is None or after.entity.type not in ("Region", "City", "Place", "Site", "State"):
        return []
    before = _compound_place(kind, cx)
    named = cx.at.get(kind.head.i) if kind.dep_ == "appos" else None
    if before is None and named is not None and named.entity.type in ("Region", "City", "Place"):
        # "Transnistria, a Russian-backed breakaway region of Moldova": the name the noun stands beside
        before = named
    if (before is not None and after.entity.type != "State") or (named is not None and before is named):
        # "the Panjgur district of ... Balochistan province", "Transnistria, a ... region of Moldova"
        what, place = before.entity, after.entity
    elif before is None and after.entity.type in ("Region", "City", "Place", "Site"):  # "the Kenyan city of Kisumu"
        holders = [cx.at[c.i] for c in kind.children if c.i in cx.at and c.dep_ in ("amod", "compound", "poss")
                   and cx.at[c.i].entity.type == "State"]
        if len(holders) != 1:
            return []
        what, place = after.entity, holders[0].entity
    else:
        return []
    if what.id == place.id:
        return []
    a = min(t.i for t in kind.subtree if t.i <= kind.i and t.dep_ != "det")
    b = max(t.i for t in objs[0].subtree) + 1
    if b - a > 14:
        return []
    return [Fact("Location", {"located": [what], "place": [place]}, tokens=list(range(a, b)), clause=False)]


#: Participles that give where a body has its seat ("the Hague-based court", "Sinopec,
#: headquartered in Beijing").
BASED_WORDS = {"base", "based", "headquarter", "headquartered"}
#: What may be based somewhere: bodies, firms and groups (gkg:located: an Organisation too).
BASED_BODIES = ("Organisation", "InternationalOrganisation", "Court", "StateCompany", "Group",
                "NewsOrganisation")


def based_facts(cx: Context) -> list[Fact]:
    """The Location of every body the article says is based somewhere (:func:`_based`),
    in text order. Like a title beside a name, the participle is no act: the fact is not
    the speech of a sentence it stands in ("the Vienna-based agency said ...") and takes
    no date from it."""
    return [f for tok in cx.doc if tok.lemma_.lower() in BASED_WORDS or tok.lower_ in BASED_WORDS
            for f in _based(tok, cx)]


def _city_of(m: Mention, cx: Context) -> Known | None:
    """The city mention ``m`` names: its entity when it is a city, else, for a capital the
    mentions read as its state or government ("Moscow said"), the registry's city of that
    name; None otherwise."""
    if m.entity.type == "City":
        return m.entity
    if m.form != "capital":
        return None
    e = cx.resolver.registry.resolve(cx.doc[m.start:m.end].text)
    return Known(e.id, e.type, e.label) if e is not None and e.type == "City" else None


def bordering_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Poland borders Belarus", "Algeria, which borders Mali", "Mali, bordering Algeria":
    a SharedBorder (Wikidata P47 'shares border with') of the subject's state with the
    object's states (``borderWith``). Only states on both sides, and the verb 'border'
    itself: a border noun ("its border with Belarus") is the place of another fact, closed
    or crossed, more often than a statement that the two states touch."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "border" or any(c.dep_ == "neg" for c in tok.children):
        return []
    subj = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
    if not subj and tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBG":
        subj = [tok.head]  # "Mali, bordering Algeria"
    of = [e for s_ in subj for e in cx.entities(s_) if e.type == "State"]
    # the object; a name the parser hangs on the verb as a noun phrase adverbial ("which borders Mali")
    objs = objects(tok) or [c for c in tok.children if c.dep_ == "npadvmod" and c.i > tok.i]
    wth = [e for o in objs for e in cx.entities(o) if e.type == "State"]
    wth = [e for e in wth if e.id not in {x.id for x in of}]
    if len(of) != 1 or not wth:
        return []
    return [Fact("SharedBorder", {"borderOf": of, "borderWith": wth}, tokens=[tok.i], undated=True)]


def living_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Tor Ashby has lived in France since 2016", "Lea Moro, who lives in Lima": a
    Residence (corpus/CLAIMS.md "Where a person lives or is based") of the one named
    person the verb 'live' is said of, in the named city, state or region after 'in';
    'since' gives its start as for any lasting fact. Nothing for a negated verb, a person
    not named, or "lived through the war" (no place)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "live" or any(c.dep_ == "neg" for c in tok.children):
        return []
    who = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
    people = _uniq([e for w in who for e in cx.entities(w) if e.type == "Person"])
    places = [m for o in preps(tok, {"in"}) for m in [_named_noun(o, cx)] if m is not None and m.entity.type in WHERE]
    if len(people) != 1 or len(places) != 1:
        return []
    return [Fact("Residence", {"resident": people, "place": [places[0].entity]}, tokens=[tok.i], undated=True)]


def capital_facts(cx: Context) -> list[Fact]:
    """"The Russian capital, Moscow", "Kyiv, the Ukrainian capital", "Ukraine's capital
    Kyiv": a Capital (Wikidata P36 'capital'; corpus/CLAIMS.md "A capital") of the state a
    demonym or possessive on 'capital' names, the city the name beside it (an apposition
    either way, or a name right after the noun) names. Like a title, no act: no speaker or
    date from the sentence. Nothing when either is not named, or the name resolves to no
    city ("the capital" alone, a capital the mentions read as its state)."""
    doc, out, seen = cx.doc, [], set()
    for tok in doc:
        if tok.lower_ not in ("capital", "capitals") or tok.pos_ != "NOUN":
            continue
        states = [cx.at[c.i] for c in tok.children if c.dep_ in ("amod", "poss", "compound") and c.i in cx.at
                  and cx.at[c.i].entity.type == "State"]
        near = [c for c in tok.children if c.dep_ in ("appos", "compound") and c.i > tok.i]
        if tok.dep_ == "appos":
            near.append(tok.head)
        cities = [(cx.at[c.i], city) for c in near if c.i in cx.at
                  for city in [_city_of(cx.at[c.i], cx)] if city is not None]
        if len(states) != 1 or len(cities) != 1:
            continue
        st, (named, city) = states[0], cities[0]
        if (city.id, st.entity.id) in seen:
            continue
        seen.add((city.id, st.entity.id))
        a, b = min(st.start, named.start, tok.i), max(st.end, named.end, tok.i + 1)
        out.append(Fact("Capital", {"capital": [city], "capitalOf": [st.entity]}, tokens=list(range(a, b)),
                        clause=False, undated=True))
    return out


def _based(tok: Token, cx: Context) -> list[Fact]:
    """Location of a body from where it is based ("the Hague-based International Criminal
    Court", "the Vienna-based IAEA", "the court, based in The Hague"): ``located`` the
    body the participle ``tok`` describes, ``place`` the named city, state or region
    before the hyphen or after 'in' (a capital the mentions read as its state: that
    state, where the city lies). Wikidata P159 'headquarters location'. A person so based
    ("the London-based dissident Tor Ashby") lives there: a Residence (corpus/CLAIMS.md
    "Where a person lives or is based"). Returns one fact, or none when either side names
    no entity of those classes."""
    if tok.dep_ not in ("amod", "acl", "advcl", "compound") or tok.head.i == tok.i:
        return []
    where = [c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < tok.i]
    where += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    place = _named_noun(where[0], cx) if where else None
    what = _named_noun(tok.head, cx)
    if what is None and tok.head.pos_ == "NOUN":  # "the London-based dissident Tor Ashby"
        what = next((cx.at[c.i] for c in tok.head.children if c.dep_ in ("appos", "compound") and c.i > tok.head.i
                     and c.i in cx.at and cx.at[c.i].entity.type == "Person"), None)
    if what is None and tok.head.dep_ in ("compound", "amod") and tok.head.head.i in cx.at:
        what = cx.at[tok.head.head.i]  # "London-based dissident Tor Ashby": the word before the name
    if place is None or what is None or place.entity.type not in WHERE:
        return []
    a, b = min(what.start, place.start, tok.i), max(what.end, place.end, tok.i + 1, tok.head.i + 1)
    if b - a > 14:
        return []
    if what.entity.type == "Person":  # where a person is based is where they live (a Residence, no Location)
        return [Fact("Residence", {"resident": [what.entity], "place": [place.entity]}, tokens=list(range(a, b)),
                     clause=False, undated=True)]
    if what.entity.type not in BASED_BODIES:
        return []
    return [_seat(what.entity, place.entity, list(range(a, b)))]


#: First words of the name of a body inside an organisation: "the Treasury Department's
#: Office of Foreign Assets Control", "the bloc's Organ on Politics, Defence and Security".
BODY_WORDS = {"office", "organ", "commission", "council", "committee", "department", "agency", "bureau",
              "directorate", "secretariat", "panel", "board", "division", "unit", "service"}
#: Head nouns of a body's name that make it a body of the organisation before it, beside
#: :data:`BODY_WORDS`: "the African Union's Peace and Security Council", "the Commission's
#: Health Emergency Preparedness and Response Authority", "the police's counter-terrorism command".
BODY_HEADS = {"authority", "command", "council", "committee", "commission", "agency", "directorate", "unit"}


def _name_head(span) -> str:
    """The head word of a name, lower-case: its last word before an 'of' or a bracket
    ("Peace and Security Council": 'council'; "Office of Foreign Assets Control": 'office')."""
    words = []
    for t in span:
        if t.lower_ == "of" or t.text in ("(", ","):
            break
        words.append(t.lower_)
    return words[-1] if words else ""


#: Classes of entity a body belongs to, and of the body itself.
PARENT_TYPES = ("Organisation", "InternationalOrganisation", "Government", "Group")


def body_of_rules(tok: Token, cx: Context) -> list[Fact]:
    """BodyOf (Wikidata P749 parent organisation) from an organisation's possessive before
    the name of a body ("the Treasury Department's Office of Foreign Assets Control"): a
    name whose first word is an office, organ, commission... (:data:`BODY_WORDS`), or whose
    head is one of :data:`BODY_HEADS` ("the African Union's Peace and Security Council"). A
    state's own body ("Armenia's Security Council") is that state's, not a BodyOf."""
    if tok.lower_ not in ("'s", "’s") or tok.dep_ != "case" or tok.head.dep_ != "poss" or tok.head.i not in cx.at:
        return []
    parent, body = cx.at[tok.head.i], cx.at.get(tok.head.head.i)
    if body is None or body.start != tok.i + 1 or body.entity.id == parent.entity.id or \
            parent.entity.type not in PARENT_TYPES or body.entity.type != "Organisation" or \
            not {cx.doc[body.start].lower_, _name_head(cx.doc[body.start:body.end])} & (BODY_WORDS | BODY_HEADS):
        return []
    return [Fact("BodyOf", {"body": [body.entity], "parentBody": [parent.entity]},
                 tokens=list(range(parent.start, body.end)), clause=False)]


def named_parent_facts(cx: Context) -> list[Fact]:
    """BodyOf (Wikidata P749 parent organisation) from a body's own name, as the text writes
    it, when it opens with the name of another body it belongs to: "the OPEC+ Joint
    Ministerial Monitoring Committee", "the African Union's Peace and Security Council"
    matched as one name, "Hamas's political bureau". The name's head must be a word of a
    body (:data:`BODY_WORDS`, :data:`BODY_HEADS`), the part before it the exact name of
    another organisation, group or government (a state's own body is that state's, not a
    BodyOf) that the article also names on its own: the parent of a body whose name alone
    carries it ("the UN Security Council" in a report that never names the UN) is no news of
    the article. Like a title, the name is no act: undated, told by no one."""
    doc, out = cx.doc, []
    for m in cx.mentions:
        if m.entity.type not in ("Organisation", "InternationalOrganisation") or m.end - m.start < 2 or m.others:
            continue
        span = doc[m.start:m.end]
        if _name_head(span) not in BODY_WORDS | BODY_HEADS:
            continue
        for k in range(m.end - 1, m.start, -1):  # the longest opening that names another body
            cut = k - 1 if doc[k - 1].lower_ in ("'s", "’s") else k
            if cut <= m.start or doc[k].lower_ in ("of", "and", "&"):
                continue
            parent = cx.resolver.names.get(normalise(doc[m.start:cut].text))
            if parent is not None and parent.type in PARENT_TYPES and parent.id != m.entity.id and \
                    any(n.entity.id == parent.id and not m.start <= n.start < m.end for n in cx.mentions):
                out.append(Fact("BodyOf", {"body": [m.entity], "parentBody": [parent]},
                                tokens=list(range(m.start, m.end)), clause=False, undated=True))
                break
    return out


#: What a name may place with its own 'in' ("the High Court in London"): courts, sites, assets.
NAMED_IN = ("Court", "Site", "Place", "Asset")


def named_in_facts(cx: Context) -> list[Fact]:
    """Location (Wikidata P131) from a name that holds where it lies, read as one name
    ("the High Court in London", "the Kora training ground in Vell"): a court, site,
    place or asset whose name as the text writes it ends in 'in' and the exact name of a
    city, region or state (not the one it is). Undated and told by no one, as a title."""
    doc, out = cx.doc, []
    for m in cx.mentions:
        if m.entity.type not in NAMED_IN or m.others:
            continue
        for k in range(m.start + 1, m.end - 1):
            if doc[k].lower_ != "in":
                continue
            place = cx.resolver.names.get(normalise(doc[k + 1:m.end].text))
            if place is not None and place.type == "State" and (city := cx.resolver.lookup(doc[k + 1:m.end].text)) \
                    is not None and city.type == "City":
                place = city  # "London": the city, not the state its capital's name stands for
            if place is not None and place.type in WHERE and place.id != m.entity.id:
                out.append(Fact("Location", {"located": [m.entity], "place": [place]},
                                tokens=list(range(m.start, m.end)), clause=False, undated=True))
            break
    return out


#: Nouns that make a body part of another in an apposition: "X, a provincial arm of Y",
#: "X, the African Union agency", "X, Y's armed wing".
BRANCH_NOUNS = {"arm", "branch", "wing", "affiliate", "agency", "subsidiary", "offshoot", "division"}


def branch_rules(tok: Token, cx: Context) -> list[Fact]:
    """BodyOf (Wikidata P749 parent organisation) from an apposition of a noun of
    :data:`BRANCH_NOUNS` to a named body, the parent named after 'of', as a possessive
    or in a compound before the noun: "the Hubei State Security Department, a provincial
    arm of the Ministry of State Security", "Africa CDC, the African Union agency",
    "Hamas's armed wing". The body and the parent are organisations, groups or
    governments (not states: a state's agency is its own, see :func:`body_of_rules`),
    and two. An affiliate, or a group (no organisation a BodyOf's body can be), is an
    Affiliation (affiliate, affiliatedWith) instead: "the Islamic State in the Greater
    Sahara, an affiliate of Islamic State". Returns [] or one fact."""
    if tok.lemma_.lower() not in BRANCH_NOUNS or tok.dep_ != "appos" or tok.head.i not in cx.at:
        return []
    named = cx.at[tok.head.i]
    body = named.entity
    parents = [e for o in preps(tok, {"of"}) for e in cx.entities(o)]
    parents += [e for c in tok.children if c.dep_ in ("poss", "compound") for e in cx.entities(c)]
    parents = [e for e in _uniq(parents) if e.type in PARENT_TYPES and e.id != body.id]
    if body.type not in PARENT_TYPES or len(parents) != 1:
        return []
    if tok.lemma_.lower() == "affiliate" or body.type == "Group":
        # "X, an affiliate of Islamic State": tied to the other, not its organ (CLAIMS.md: a wing, an
        # affiliate is an Affiliation); a group is no organisation a BodyOf's body can be
        return [Fact("Affiliation", {"affiliate": [body], "affiliatedWith": parents},
                     tokens=[*range(named.start, named.end), *(t.i for t in tok.subtree)], clause=False, undated=True)]
    return [Fact("BodyOf", {"body": [body], "parentBody": parents},
                 tokens=[*range(named.start, named.end), *(t.i for t in tok.subtree)], clause=False)]


#: Offices of a state one person holds after another: a successor holds the same.
SUCCEEDED = {"head of state", "head of government", "minister", "military ruler"}


def successor_facts(positions: list[Fact], cx: Context) -> list[Fact]:
    """"his successor, Shehbaz Sharif", "Khan's successor Joe Biden": the person named
    beside 'successor' holds the state office the article gives the possessor (one such
    office, held in a state), under the title the text uses; "her predecessor, Pedro
    Castillo" held it before the possessor (status ended)."""
    out = []
    for m in cx.mentions:
        if m.entity.type != "Person" or m.form not in ("name", "surname"):
            continue
        head = cx.doc[m.end - 1]
        noun = head.head
        if head.dep_ != "appos" or noun.lemma_ not in ("successor", "predecessor"):
            continue
        before = [e for c in noun.children if c.dep_ == "poss" for e in cx.entities(c, conj=False) if e.type == "Person"]
        held = [f for f in positions if before and f.type == "PositionHeld" and f.roles["holder"][0].id == before[0].id
                and f.attrs.get("position") in SUCCEEDED and "positionOf" in f.roles]
        offices = {(f.attrs["position"], f.roles["positionOf"][0].id) for f in held}
        if len(offices) != 1 or before[0].id == m.entity.id:
            continue
        f = Fact("PositionHeld", {"holder": [m.entity], "positionOf": held[0].roles["positionOf"]},
                 {"position": held[0].attrs["position"], "title": noun.text},
                 tokens=[noun.i, *range(m.start, m.end)], clause=False)
        if noun.lemma_ == "predecessor":
            f.attrs["status"] = "ended"  # "her predecessor, Pedro Castillo": held it before her, no longer
        out.append(f)
    return out


# --- positions ----------------------------------------------------------------------


def _title_at(doc: Doc, start: int, end: int) -> str | None:
    """The title ``doc[start:end]`` writes, singular ('Presidents' -> 'president'), or None;
    a hyphen joins its words as written ('Secretary-General' is three tokens)."""
    words = " ".join(t.lower_ for t in doc[start:end]).replace(" - ", "-")
    if words in TITLES:
        return words
    if words.endswith("s") and words[:-1] in TITLES:
        return words[:-1]
    return None


def _title_before(doc: Doc, end: int, floor: int) -> tuple[int, str] | None:
    """The longest title ending right before token ``end`` (tokens >= ``floor``): its
    start and its words (singular)."""
    for start in range(max(floor, end - 5), end):
        title = _title_at(doc, start, end)
        if title:
            return start, title
    return None


#: Prepositions that join a formal title to the body or portfolio it is written with
#: ("Economic Secretary to the Treasury", "Parliamentary Secretary at the Department for
#: Work and Pensions", "Secretary of State for Transport", "Minister of Finance").
TITLE_PHRASE_WORDS = ("to", "at", "for", "of")
#: Classes of a body a formal title's 'to' or 'at' phrase names as the one the office is
#: held in (a ministry, a department, an agency), not a state or organisation one is sent to.
TITLE_PHRASE_BODIES = ("Organisation", "Government")


def _formal_title(start: int, end: int, floor: int, cx: Context) -> tuple[int, int, list[Known]]:
    """The whole of a formal title found at tokens ``start``..``end`` (a title of
    :data:`TITLES`), as government notices write it: capitalised words before it that no
    name claims ("Economic Secretary", "Parliamentary Secretary"; tokens >= ``floor``), and
    a phrase after a capitalised title ("... to the Treasury", "... at the Department for
    Work and Pensions", "... for Transport", "... of Finance", "... and City Minister") or
    after any secretary's ("chief secretary to the Treasury"): a run of capitalised words
    and the small words between them. A phrase of 'of' that names a state or body ("Foreign
    Minister of Peru") is the office's state, read by the callers, and stays out. Returns
    (start, end, the bodies a 'to' or 'at' phrase names, of :data:`TITLE_PHRASE_BODIES`:
    one, or for "at A and at B" each); an 'at' phrase names where the office is held and
    stays out of the title."""
    doc = cx.doc

    def portfolio_word(k: int) -> bool:
        return k >= floor and doc[k].is_alpha and doc[k].is_title and k not in cx.at and \
            doc[k].pos_ in ("ADJ", "PROPN", "NOUN") and \
            doc[k].lower_ not in ENDED_TITLE_WORDS | TENURE_WORDS | STANDING_WORDS | NAME_HONORIFICS

    if doc[start].text[:1].isupper():
        while portfolio_word(start - 1) or (start - 2 >= floor and doc[start - 1].lower_ == "and" and
                                            portfolio_word(start - 2) and start - 1 not in cx.at):
            start -= 1  # "Mines and Energy Minister", "Youth and Sports Minister": one portfolio of two fields
    if end >= len(doc) or doc[end].lower_ not in TITLE_PHRASE_WORDS or \
            not (doc[end - 1].text[:1].isupper() or doc[end - 1].lower_ == "secretary" and doc[end].lower_ == "to"):
        return start, end, []
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    last = k
    while last < len(doc) and (doc[last].is_alpha and doc[last].text[:1].isupper() or
                               doc[last].lower_ in ("of", "and", "for", "the") and last + 1 < len(doc) and
                               doc[last + 1].text[:1].isupper() and doc[last + 1].is_alpha):
        last += 1
    while last > k and doc[last - 1].lower_ in ("of", "and", "for", "the"):
        last -= 1
    if last == k:
        return start, end, []
    named = [m for m in cx.mentions_in(k, last) if m.end <= last]
    if doc[end].lower_ == "of" and named:
        return start, end, []  # "Foreign Minister of Peru": the state, not words of the title
    if doc[end].lower_ == "to" and any(m.entity.type not in TITLE_PHRASE_BODIES for m in named):
        return start, end, []  # "Secretary to the United Nations", "envoy to Chile": sent to, no portfolio
    bodies = [m.entity for m in named if m.start == k and m.entity.type in TITLE_PHRASE_BODIES][:1] \
        if doc[end].lower_ in ("to", "at") else []
    if doc[end].lower_ == "at":
        # "Parliamentary Secretary at HM Treasury and at the Department for Work and Pensions": held in both
        j = last
        while bodies and j + 1 < len(doc) and doc[j].lower_ == "and":
            j += 1 + (doc[j + 1].lower_ == "at")
            j += j < len(doc) and doc[j].lower_ == "the"
            m = cx.at.get(j)
            if m is None or m.start != j or m.entity.type not in TITLE_PHRASE_BODIES:
                break
            bodies.append(m.entity)
            j = m.end
        return start, end, bodies  # where it is held, no words of the title
    return start, last, bodies


def home_bodies(bodies: list[Known], holder: Known | None, cx: Context) -> list[Known]:
    """The ``bodies`` a formal title's phrase names that may be the holder's: not one of
    another state than the one the holder serves (the registry's ``of`` for the person) or
    than the report's wire dateline names ("LONDON - ... was promoted to chief secretary to
    the Treasury", where the registry's Treasury is another state's department)."""
    own = {st.id for st in (cx.person_state.get(holder.id) if holder is not None else None, cx.dateline_state)
           if st is not None}
    return [b for b in bodies if (st := cx.resolver.home_state(b)) is None or not own or st.id in own]


def body_words(end: int, bodies: list[Known], cx: Context) -> list[int]:
    """The tokens from ``end`` (a title's end) to the end of the last mention of one of
    ``bodies`` among the twelve after it ("... at HM Treasury and at the Department for
    Work and Pensions"), for a quote to hold them; [] when none stands there."""
    ids = {b.id for b in bodies}
    last = max((m.end for m in cx.mentions_in(end, min(end + 12, len(cx.doc))) if m.entity.id in ids), default=None)
    return list(range(end, last)) if last is not None else []


#: Words of a holder's tenure written before a title ("acting president", "the interim prime
#: minister", "the outgoing chancellor", "the newly appointed envoy"): part of the title
#: (corpus/CLAIMS.md, "Positions": acting is written in the title), between it and the
#: state or body named before it.
TENURE_WORDS = {"acting", "interim", "caretaker", "outgoing", "incoming", "new", "newly", "appointed",
                "newly-appointed", "current", "sitting", "incumbent"}
#: Adjectives of standing before a title in apposition ("X, a senior aide to Y", "X, a close
#: adviser of Y", "X, Peru's top envoy"): kept in the title.
STANDING_WORDS = {"senior", "top", "close", "longtime", "long-time", "veteran", "chief"}


#: Military ranks that a title of office may come before ("Prime Minister General X").
RANK_TITLES = {"general", "gen.", "colonel", "col.", "lieutenant", "lt.", "major", "admiral", "adm.", "brigadier",
               "captain", "commander", "senior general", "senior gen.", "lieutenant general", "major general"}


def _office_before_rank(fact: Fact, tstart: int, floor: int, m: Mention, cx: Context) -> list[Fact]:
    """An office held by someone named with a rank right before the name ("Prime Minister
    General Abdoulaye Maiga", "Defence Minister Colonel X"): the office is a position of its
    own (the rank's is read as usual); its state or body the one named before it, else
    left for :func:`~kg.extract.facts.run.find_facts` to read from the sentence or the
    dateline. Nothing when the title before the name is no rank."""
    doc = cx.doc
    if fact.attrs["title"].lower() not in RANK_TITLES:
        return []
    office = _title_before(doc, tstart, floor)
    if office is None or office[1] in RANK_TITLES or TITLES[office[1]] == "military commander":
        return []
    f = Fact("PositionHeld", {"holder": [m.entity]}, {"position": TITLES[office[1]], "title": doc[office[0]:tstart].text},
             tokens=list(range(office[0], m.end)), clause=False)
    i = office[0] - 1
    while i >= floor and doc[i].lower_ in ("'s", "’s", "the"):
        i -= 1
    before = cx.at.get(i)
    if before is not None and before.entity.type != "Person" and not _portfolio(before, cx):
        f.roles["positionOf"] = list(before.entities)
        f.tokens = list(range(before.start, m.end))
    return [f] if _position_fits(f) else []


def _body_by_word(word: str, cx: Context) -> Known | None:
    """The organisation a body's last word stands for before a title ("Commission" in
    "Commission President"): the one the article names whose label ends in that word, else
    the one of the registry; None when none or several."""
    def ends(label: str) -> bool:
        return label.lower().split()[-1:] == [word]
    kinds = ("Organisation", "InternationalOrganisation", "Court")
    named = _uniq([m.entity for m in cx.mentions if m.entity.type in kinds and ends(m.entity.label)])
    if not named:
        named = _uniq([Known(e.id, e.type, e.label, state=e.of) for e in cx.resolver.registry.entities.values()
                       if e.type in kinds and ends(e.label)])
    return named[0] if len(named) == 1 else None


#: Portfolios a ministry is named by before an official's title ("foreign ministry
#: spokesman"), with the words of the ministry's formal name ("Ministry of Foreign Affairs").
MINISTRY_PORTFOLIOS = {"foreign": ("foreign", "foreign affairs", "external affairs"), "defence": ("defence", "defense"),
                       "defense": ("defence", "defense"), "interior": ("interior", "internal affairs"),
                       "finance": ("finance",), "justice": ("justice",), "health": ("health",), "trade": ("trade",)}


def _own_ministry(i: int, floor: int, m: Mention, cx: Context) -> Known | None:
    """The ministry a portfolio and 'ministry' name before a title with no state ("foreign
    ministry spokesman Lin Jian", "Defence Ministry spokesman X"): the one ministry of the
    registry of the state the registry places the holder in (its ``of``), whose name says
    that portfolio ("Chinese Foreign Ministry", "Ministry of Foreign Affairs of China").
    None when the words are not these, the holder has no state, or the registry holds no
    such ministry or several (no body is guessed)."""
    doc = cx.doc
    if i - 1 < floor or doc[i].lower_ != "ministry" or doc[i - 1].lower_ not in MINISTRY_PORTFOLIOS or \
            (i - 2 >= floor and (i - 2) in cx.at) or not m.entity.state:
        return None
    words = MINISTRY_PORTFOLIOS[doc[i - 1].lower_]
    forms = {f"{w} ministry" for w in words} | {f"ministry of {w}" for w in words}
    found = _uniq([Known(e.id, e.type, e.label, state=e.of) for e in cx.resolver.registry.entities.values()
                   if e.type in ("Organisation", "Government") and e.of == m.entity.state
                   and any(f in normalise(name).replace("’", "'") for name in e.names for f in forms)])
    return found[0] if len(found) == 1 else None


#: Classes of a body a legislator's title may be preceded by as the legislator's party.
PARTY_TYPES = ("Organisation", "Group")


def _party_of_legislator(body: Known) -> bool:
    """Whether ``body``, named before a legislator's title ("Republican Congressman",
    "SNP MP"), is the legislator's party rather than the legislature: a party or group,
    its name holding no word of a legislature (:data:`LEGISLATURE_WORDS`)."""
    return body.type in PARTY_TYPES and not set(normalise(body.label).split()) & LEGISLATURE_WORDS


def position_facts(cx: Context) -> list[Fact]:
    """PositionHeld from a title before a person's name ("Dutch Defence Minister Ruben
    Brekelmans", "Russia's Foreign Minister Sergei Lavrov", "President Joe Biden",
    "Presidents Xi Jinping and Vladimir Putin"), the state or body named before the
    title or after the name ("Foreign Minister Lina Varo of Ostravia"), and from an
    apposition after the name ("Ma Yongsheng, chairman of Sinopec"). A party named before
    a legislator's title ("Republican Congressman X") gives X's Membership of it instead."""
    doc, out, parties = cx.doc, [], []
    shared: dict[int, tuple[int, str, list]] = {}  # token of a conjoined name -> the plural title before the first
    for m in cx.mentions:
        if m.entity.type == "Person" and m.form == "description":
            out += _described_position(m, cx)
        if m.entity.type != "Person" or m.form not in ("name", "surname"):
            continue
        floor = doc[m.start].sent.start
        found = None
        # a title inside the matched name ("Russian President Vladimir Putin" is a registry alias)
        for a in range(m.start, m.end - 1):
            for b in range(min(m.end - 1, a + 5), a, -1):
                title = _title_at(doc, a, b)
                if title:
                    found = (a, title, b)
                    break
            if found:
                break
        if found is None and (phrased := _phrased_title(m, floor, cx)) is not None:
            out += phrased  # "Speaker of the Verkhovna Rada Ruslan Stefanchuk", "Minister for Energy X"
            continue
        if found is None:
            t = _title_before(doc, m.start, floor)
            if t is not None:
                found = (t[0], t[1], m.start)
            elif m.start - 1 > floor and doc[m.start - 1].lower_ in NAME_HONORIFICS and \
                    (t := _title_before(doc, m.start - 1, floor)) is not None:
                found = (t[0], t[1], m.start - 1)  # "Prime Minister Sir Keir Starmer": an honorific between
            elif m.start - 1 > floor and doc[m.start - 1].lower_ in RANK_TITLES:
                # "Defence Minister Colonel Lina Varo": a rank of no office of its own between title and name
                t = _title_before(doc, m.start - 1, floor)
                if t is not None and TITLES[t[1]] != "military commander":
                    found = (t[0], t[1], m.start - 1)
        if found is None and m.start in shared:
            tstart, title, of = shared[m.start]
            f = Fact("PositionHeld", {"holder": [m.entity], **({"positionOf": of} if of else {})},
                     {"position": TITLES[title], "title": title.capitalize()},
                     tokens=[tstart, *range(m.start, m.end)], clause=False, plural=True)
            if _position_fits(f):
                out.append(f)
            continue
        if found is None:
            before = _title_then_comma(m, cx) or _listed_after_plural_title(m, cx)
            if before is not None and before.plural:
                _state_after_name(before, m, cx)
            out += [before] if before is not None else _appositive(m, cx)
            continue
        tstart, title, tend = found
        if tstart - 2 > floor and doc[tstart - 1].text in ("-", "–") and doc[tstart - 2].lower_ == "co" and \
                tstart <= m.start:
            tstart -= 2  # "AfD co-leader X", "the summit's co-chair X": one of several holding the office
        if tstart <= m.start:
            tstart = _fields_before(tstart, floor, cx)  # "Youth and Sports Minister": the whole portfolio
        while tstart - 1 > floor and doc[tstart - 1].lower_ in TENURE_WORDS and tstart <= m.start:
            tstart -= 1  # "Peru's acting president X", "the outgoing prime minister X": kept in the title
        fact = Fact("PositionHeld", {"holder": [m.entity]}, tokens=list(range(tstart, m.end)), clause=False)
        fact.attrs["position"] = TITLES[title]
        fact.attrs["title"] = doc[tstart:tend].text
        # the state or body before the title: "Dutch", "Russia's", "NATO", "Kremlin"
        i = tstart - 1
        while i >= floor and doc[i].lower_ in ("'s", "’s", "the"):
            i -= 1
        before = cx.at.get(i) if not (m.start <= i < m.end) else None
        if before is None and tstart > m.start:  # inside the alias: 'Russian' of 'Russian President Vladimir Putin'
            key = " ".join(t.lower_ for t in doc[m.start:tstart]).replace(" 's", "'s")
            known = cx.resolver.demonyms.get(key) or cx.resolver.names.get(key.removesuffix("'s"))
            if known is not None:
                fact.roles["positionOf"] = [known]
            i = m.start - 1
        elif before is not None and _portfolio(before, cx):
            # "Foreign Affairs Secretary Enrique Manalo": the office's portfolio, not a body it is held in
            fact.attrs["title"] = doc[before.start:tend].text
            fact.tokens = list(range(before.start, m.end))
            i = before.start - 1
        elif before is not None and before.entity.type in REGION_TYPES and title in REGIONAL_TITLES:
            fact.roles["positionOf"] = [before.entity]  # "Ontario Premier Doug Ford": the region's own office
            fact.tokens = list(range(before.start, m.end))
            i = before.start - 1
        elif before is not None and before.entity.type in REGION_TYPES:
            # "Middle East envoy Steve Witkoff": a region is the envoy's portfolio, kept in the title;
            # the office is of the state or body named before it ("U.S. Middle East envoy"), if any
            fact.attrs["title"] = doc[before.start:tend].text
            fact.tokens = list(range(before.start, m.end))
            i = before.start - 1
            while i >= floor and doc[i].lower_ in ("'s", "’s", "the"):
                i -= 1
            served = cx.at.get(i)
            if served is not None and served.entity.type in ("State", "Government", "InternationalOrganisation"):
                fact.roles["positionOf"] = list(served.entities)
                fact.tokens = list(range(served.start, m.end))
                i = served.start - 1
        elif before is not None and TITLES[title] == "legislator" and _party_of_legislator(before.entity):
            # "Republican Congressman X", "Hezbollah lawmaker X": the member's party, not the body the seat is in
            fact.tokens = list(range(before.start, m.end))
            parties.append(Fact("Membership", {"member": [m.entity], "memberOf": [before.entity]},
                            tokens=list(range(before.start, m.end)), clause=False, undated=True))
            i = before.start - 1
        elif before is not None and before.entity.type != "Person":
            fact.roles["positionOf"] = list(before.entities)
            fact.tokens = list(range(before.start, m.end))
            i = before.start - 1
        elif before is None and (own := _own_ministry(i, floor, m, cx)) is not None:
            fact.roles["positionOf"] = [own]  # "foreign ministry spokesman Lin Jian": his state's ministry
            fact.attrs["title"] = doc[i - 1:tend].text
            fact.tokens = list(range(i - 1, m.end))
            i -= 2
        elif before is None and i >= floor and doc[i].lower_ in BODY_WORDS and doc[i].is_title:
            # "Commission President Ursula von der Leyen": the office is the body's its word names, the one
            # organisation of the article (else of the registry) whose name ends in it; none: no office guessed
            body = _body_by_word(doc[i].lower_, cx)
            if body is None:
                continue
            fact.roles["positionOf"] = [body]
            fact.attrs["title"] = doc[i:tend].text
            fact.tokens = list(range(i, m.end))
            i -= 1
        elif before is None and (its := _its_body(i, title, cx)) is not None:
            fact.roles["positionOf"] = [its]  # "its spokesman Nasser Kanaani": the body named before
            fact.tokens = list(range(i, m.end))
            i -= 1
        elif before is None and (whose := _whose_body(i, cx)) is not None:
            fact.roles["positionOf"] = [whose]  # "the National Electoral Council, whose president X"
            i -= 1
        k = m.end + 2 if m.end + 2 < len(doc) and doc[m.end + 1].lower_ == "the" else m.end + 1  # "of the X Party"
        if "positionOf" not in fact.roles and k < len(doc) and doc[m.end].lower_ == "of" and k in cx.at:
            of = cx.at[k]
            # "Judge X of the United States": a state after 'the' is where an international judge comes from
            # "Judge X of Uganda": the state a judge comes from, not whose office it is
            if of.entity.type != "Person" and not (k > m.end + 1 and of.entity.type == "State") and \
                    not (TITLES[title] == "judge" and of.entity.type == "State"):
                fact.roles["positionOf"] = [of.entity]
                fact.tokens += list(range(m.end, of.end))
            elif TITLES[title] == "judge" and of.entity.type == "State" and k == m.end + 1:
                # "Judge Julia Sebutinde of Uganda": the state an international judge is a national of
                parties.append(Fact("Citizenship", {"citizen": [m.entity], "state": [of.entity]},
                                    tokens=list(range(tstart, of.end)), clause=False, undated=True))
        if "positionOf" not in fact.roles:
            # "two Ecuadorian ministers, Interior Minister Lin Hale and Finance Minister Tor Ashby":
            # each name listed after a plural title holds its office in the plural title's state
            listed = _listed_state(m, fact.tokens[0], cx)
            if listed is not None and listed.attrs["position"] == fact.attrs["position"]:
                fact.roles["positionOf"] = listed.roles["positionOf"]
                fact.tokens = list(range(listed.tokens[0], m.end))
        if "positionOf" not in fact.roles and tstart > floor and _leader_of_unnamed(title, doc[tstart - 1]):
            continue  # "Conservative leader Kemi Badenoch": a party's leader, not the state's
        i = _past_portfolio_words(i, floor, cx)  # "former economic security minister X": 'former' before the portfolio
        if i - 1 >= floor and doc[i].text in ("-", "–") and doc[i - 1].lower_ == "ex":
            i -= 1  # "ex-president Imran Khan": 'ex' is a word of its own, the hyphen between
        if _sought_title(i + 1, floor, cx):
            continue  # "would-be President X": an office sought
        if i >= floor and doc[i].lower_ in ENDED_TITLE_WORDS:  # "former", "ousted President X"
            fact.attrs["status"] = "ended"
            fact.tokens.insert(0, i)
        if " ".join(t.lower_ for t in doc[tstart:tend]) != title:  # a plural title: the names joined to this one share it
            fact.plural = True
            for c in doc[m.end - 1].conjuncts:
                shared[cx.at[c.i].start if c.i in cx.at else c.i] = (tstart, title, fact.roles.get("positionOf"))
        if "positionOf" not in fact.roles and min(m.start, tstart) > floor and doc[min(m.start, tstart) - 1].text == ",":
            # "Myanmar's military leader, General Min Aung Hlaing": a rank before the name, the office before the comma
            before = _title_then_comma(m, cx, min(m.start, tstart))
            if before is not None and "positionOf" in before.roles:
                out.append(before)
        if _position_fits(fact):
            out.append(fact)
        out += _office_before_rank(fact, tstart, floor, m, cx)
        # "General Min Aung Hlaing, the leader of Myanmar's military government": a second title after the name
        out += [f for f in _appositive(m, cx) if f.attrs["position"] != fact.attrs["position"] or "positionOf" not in fact.roles]
    for m in cx.mentions:  # "Wang Yi met his Russian counterpart Sergei Lavrov": the same office, of Russia
        if m.entity.type == "Person" and m.form in ("name", "surname"):
            out += _counterpart(m, out, cx)
            out += _joined_office(m, out, cx)
    for f in out:  # "President-elect Tor Ashby": elected, not yet in office
        f.planned = f.planned or str(f.attrs.get("title", "")).lower().replace(" - ", "-").endswith(("-elect",
                                                                                                  "-designate"))
    _bare_title_of_office(out)
    return out + parties


def _bare_title_of_office(found: list[Fact]) -> None:
    """A later bare title of one office told whole before ("US Treasury Secretary Scott
    Bessent" ... "Secretary Bessent"; "Interior Minister X" ... "Minister X"): the bare
    title (:data:`BARE_MINISTER_TITLES`) names no body or state of its own, so it is the
    same office, held in the body or state of the one whole title of the same position
    that ends in its word and names where it is held (its ``positionOf``, set on the bare
    fact in place: one fact told twice). Left alone when the person holds no such office,
    or several."""
    for f in found:
        title = str(f.attrs.get("title", "")).lower()
        if f.type != "PositionHeld" or title not in BARE_MINISTER_TITLES or not f.tokens:
            continue
        holder = f.roles["holder"][0]
        whole = {tuple(e.id for e in g.roles["positionOf"]): g for g in found
                 if g is not f and g.type == "PositionHeld" and g.roles["holder"][0].id == holder.id
                 and "positionOf" in g.roles and g.attrs.get("position") == f.attrs.get("position")
                 and g.tokens and min(g.tokens) < min(f.tokens)
                 and str(g.attrs.get("title", "")).lower().split()[-1:] == title.split()[-1:]
                 and str(g.attrs.get("title", "")).lower() != title}
        if len(whole) == 1:
            f.roles["positionOf"] = list(next(iter(whole.values())).roles["positionOf"])


#: Bodies an 'of' in a formal title before a name may name as the one the office is held in
#: (a place or region there is a portfolio: "Minister of Northern Affairs").
PHRASE_BODIES = ("State", "Organisation", "InternationalOrganisation", "Government", "Court", "StateCompany",
                 "Group", "ArmedForces")


def _phrased_title(m: Mention, floor: int, cx: Context) -> list[Fact] | None:
    """A formal title written whole, with its 'of' or 'for' phrase, right before the name of
    mention ``m`` (tokens >= ``floor``): "Speaker of the Verkhovna Rada Ruslan Stefanchuk",
    "Minister for Strategic Industries Lina Varo", "Deputy Prime Minister for the
    Reintegration of the Occupied Territories Tor Ashby", "former Minister of Defence X".
    The title is capitalised, each word of its phrase too but 'the', 'of', 'and', 'for';
    the state or body the phrase opens with ('of [the] NAME') is the office's, a portfolio
    ('for Energy') leaves it to :func:`~kg.extract.facts.run.find_facts` (a minister's
    state, a speaker's one legislature). Returns the PositionHeld (or none when it does not
    fit, :func:`_position_fits`), or None when no such title stands there."""
    doc = cx.doc
    k = m.start
    while k - 1 >= floor and (k - 1 not in cx.at or cx.at[k - 1].entity.type != "Person") and \
            (doc[k - 1].is_title and doc[k - 1].is_alpha or doc[k - 1].lower_ in ("the", "of", "and", "for")) and \
            m.start - k < 14:
        k -= 1
    for a in range(k, m.start - 2):
        if not doc[a].is_title:
            continue
        if _title_at(doc, a, m.start):
            return None  # "Secretary of State X": a title of its own, read as any title before a name
        for b in range(min(a + 5, m.start - 2), a, -1):
            title = _title_at(doc, a, b)
            if not title or doc[b].lower_ not in ("of", "for") or not doc[m.start - 1].is_title:
                continue
            if _title_at(doc, m.start - 1, m.start) and doc[m.start - 2].lower_ not in ("the", "of", "for", "and"):
                continue  # "Minister of Finance and Economy President X"? a second title of its own
            c = b + 1 + (doc[b + 1].lower_ == "the")
            body = cx.at.get(c) if doc[b].lower_ == "of" else None
            if body is not None and (body.start != c or body.entity.type not in PHRASE_BODIES):
                body = None
            i = a - 1
            while i >= floor and doc[i].lower_ in ("'s", "’s", "the"):
                i -= 1
            owner = cx.at.get(i)  # "Ukraine's Minister for Strategic Industries X", "UN High Commissioner for ..."
            owner = owner.entity if owner is not None and owner.entity.type in PHRASE_BODIES else None
            body = (body.entity if body else None) or _office_named_for(a, m.start, cx) or owner
            position = "high commissioner" if title == "high commissioner" and doc[b].lower_ == "for" \
                else TITLES[title]  # "High Commissioner for Refugees": an international office, no ambassador
            f = Fact("PositionHeld", {"holder": [m.entity], **({"positionOf": [body]} if body else {})},
                     {"position": position, "title": doc[a:m.start].text}, tokens=list(range(a, m.end)), clause=False)
            if body is not None and body is owner:
                f.tokens = list(range(cx.at[i].start, m.end))
            if a - 1 >= floor and doc[a - 1].lower_ in ENDED_TITLE_WORDS:
                f.attrs["status"] = "ended"
                f.tokens.insert(0, a - 1)
            return [f] if _position_fits(f) else []
        return None  # the first capitalised word opens no title: the words before the name are a name's
    return None


#: Words of a state's mission abroad ("the head of the Palestinian mission in London"): its
#: head is the state's envoy there, no head of an organisation of that name.
MISSION_WORDS = {"mission", "embassy", "delegation", "consulate"}


def armed_forces_of(f: Fact, cx: Context) -> None:
    """A military spokesperson's office given a state ("Uganda's army spokesman, X"): the
    state's armed forces instead, when the registry holds one such body of that state
    (ArmedForces whose ``of`` is the state); ``f`` changed in place, else left as it is."""
    of = f.roles.get("positionOf") or []
    words = str(f.attrs.get("title", "")).lower().split()
    if f.attrs.get("position") != "spokesperson" or not words or words[0] not in ("military", "army") or \
            len(of) != 1 or of[0].type != "State":
        return
    forces = [r for r in cx.resolver.registry.entities.values() if r.type == "ArmedForces" and r.of == of[0].id]
    if len(forces) == 1:
        f.roles["positionOf"] = [Known(forces[0].id, forces[0].type, forces[0].label, state=forces[0].of)]


def _office_named_for(start: int, end: int, cx: Context) -> Known | None:
    """The body named after the office whose title, with its field, is ``doc[start:end]``
    ("High Commissioner for Refugees": the Office of the United Nations High Commissioner
    for Refugees): the one organisation of the registry with a name that ends in those words after 'office of' and a few words (its
    parent's name). None when the title has no 'for' phrase or none or several match."""
    words = normalise(cx.doc[start:end].text).replace(" - ", "-")
    if " for " not in f" {words} " and not words.startswith("high commissioner"):
        return None
    found = _uniq([Known(e.id, e.type, e.label, state=e.of) for e in cx.resolver.registry.entities.values()
                   if e.type in ("InternationalOrganisation", "Organisation") and
                   any((n := normalise(name)).startswith("office of") and n.endswith(" " + words) for name in e.names)])
    return found[0] if len(found) == 1 else None


def state_body_named(e: Known, cx: Context) -> Known:
    """The registry's body that a name the registry lacks stands for when the text leaves
    out the state the body's name ends with ("the Office of the President": the Office of
    the President of Ukraine, of Ukraine): the one body of the registry named ``e``'s label
    then 'of' and the label of the state it belongs to (its ``of``). ``e`` itself when it is
    in the registry, or no such body or several are."""
    if not e.proposed or e.type not in ("Organisation", "Government"):
        return e
    registry, label = cx.resolver.registry.entities, normalise(e.label)
    found = _uniq([Known(r.id, r.type, r.label, state=r.of) for r in registry.values()
                   if r.type in ("Organisation", "Government") and r.of in registry and
                   normalise(r.label) == f"{label} of {normalise(registry[r.of].label)}"])
    return found[0] if len(found) == 1 else e


def office_key(f: Fact) -> str | None:
    """The office a PositionHeld's title names, as a key of :data:`TITLES` ("pensions
    minister", "chief secretary"), without case, words of tenure or standing, 'former' and
    a leading article: two titles of one person and one state with different keys are
    two offices ("Laura Trott, the pensions minister, was promoted to chief secretary"),
    the same key one office told twice ("Interior Minister X" ... "X, the interior
    minister"). None when the title is no key of TITLES (a title in the text's own words)."""
    words = str(f.attrs.get("title", "")).lower().replace(" - ", "-").split()
    while words and " ".join(words) not in TITLES and words[0] in STANDING_WORDS | TENURE_WORDS | FORMER | {"the", "a",
                                                                                                          "an"}:
        words = words[1:]  # "chief secretary" is a title, "senior aide" an aide's
    key = " ".join(words)
    return key if key in TITLES else None


#: Titles of a minister that name no portfolio: the same office as any minister's title.
BARE_MINISTER_TITLES = {"minister", "secretary", "cabinet minister", "junior minister", "deputy minister",
                        "minister of state", "state secretary"}


def another_office(f: Fact, cx: Context) -> str | None:
    """The aspect of a minister's office that is not the first one the article gives the
    same person in the same state ("Laura Trott, the pensions minister, was promoted to
    chief secretary": two offices, two facts): '2' for the second portfolio (by
    :func:`office_key`), '3' for the third; None for the first, for an office named
    without a portfolio ("minister") and for any other position (a head of state's
    titles, "president" and "leader", name one office)."""
    if f.type != "PositionHeld" or f.attrs.get("position") not in ("minister", "deputy minister", "junior minister"):
        return None
    key = office_key(f)
    words = str(f.attrs.get("title", "")).lower().split()
    if key is None and len(words) > 1 and any(" ".join(words[:n]) in TITLES or " ".join(words[n:]) in TITLES
                                              for n in range(1, len(words))):
        # a title in the text's own words, around one of TITLES ("Economic Secretary to the Treasury", "chief
        # secretary to the Treasury"): an office of its own
        key = " ".join(words)
    if key is None or key in BARE_MINISTER_TITLES:
        return None
    # who held it before or after is no part of which office it is
    base = ("offices", tuple(sorted((k, e.id) for k, es in f.roles.items() if k not in ("predecessor", "successor")
                                    for e in es if isinstance(e, Known))), f.attrs["position"])
    offices = cx.aspects.setdefault(base, [])
    if key not in offices:
        offices.append(key)
    n = offices.index(key)
    return str(n + 1) if n else None


def _joined_office(m: Mention, found: list[Fact], cx: Context) -> list[Fact]:
    """The second of two offices joined by 'and' in apposition to a name ("Sheikh X,
    Qatar's prime minister and foreign minister", "Ukraine's First Deputy Prime Minister
    and Minister of Economy, Yulia Svyrydenko"): the person ``m`` names holds it too, in
    the state or body of the first (``found``: the PositionHeld facts drafted so far, the
    first office among them); nothing when the first office was not drafted or the words
    after 'and' are no title of :data:`TITLES` ending the phrase."""
    doc = cx.doc
    sent = doc[m.start].sent
    first = [f for f in found if f.roles["holder"][0].id == m.entity.id and "positionOf" in f.roles
             and f.tokens and (min(f.tokens) == m.start or max(f.tokens) == m.end - 1)]
    spans: list[tuple[int, int]] = []
    for f in first:
        words = str(f.attrs["title"]).split()
        lo = min(f.tokens) if max(f.tokens) == m.end - 1 else m.end
        for s in range(lo, min(sent.end, m.end + 12)):  # where the first title's words are
            if [t.text for t in doc[s:s + len(words)]] == words:
                e = s + len(words)
                if e < sent.end and doc[e].lower_ == "and":
                    k2 = next((k for k in range(min(sent.end, e + 7), e + 1, -1)
                               if _title_at(doc, e + 1, k) and (k >= sent.end or doc[k].lower_ in APPOSITION_ENDS)),
                              None)
                    if k2 is not None:
                        spans.append((e + 1, k2))
                break
    out = []
    for (a, b), f in zip(spans, first):
        title = _title_at(doc, a, b)
        second = Fact("PositionHeld", {"holder": [m.entity], "positionOf": list(f.roles["positionOf"])},
                      {"position": TITLES[title], "title": doc[a:b].text},
                      tokens=sorted(set(f.tokens) | set(range(a, b))), clause=False)
        if _position_fits(second) and (TITLES[title] != f.attrs["position"] or office_key(second) != office_key(f)):
            out.append(second)
    return out


#: The noun by which a text names the holder of the same office in another state.
COUNTERPART_NOUNS = {"counterpart"}


def _counterpart(m: Mention, found: list[Fact], cx: Context) -> list[Fact]:
    """"Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov",
    "President Tor Ashby spoke with his Chilean counterpart, Lea Moro", "Lea Moro, his
    Chilean counterpart": the person ``m`` names holds, in the state the demonym or
    possessive before 'counterpart' names, the office (position and title) of the last
    other person given one earlier in the sentence (``found``, the PositionHeld facts so
    far) in another state. Nothing when no state is named before 'counterpart', or no
    office of another person in another state comes before it in the sentence."""
    doc = cx.doc
    sent = doc[m.start].sent
    if m.start - 1 > sent.start and doc[m.start - 1].text == ",":
        c = m.start - 2  # "his Chilean counterpart, Lea Moro"
    elif m.start - 1 > sent.start and doc[m.start - 1].lower_ in COUNTERPART_NOUNS:
        c = m.start - 1
    elif m.end + 2 < sent.end and doc[m.end].text == ",":
        c = next((k for k in range(m.end + 1, min(sent.end, m.end + 5)) if doc[k].lower_ in COUNTERPART_NOUNS), None)
        if c is None or any(doc[k].is_punct for k in range(m.end + 1, c)):
            return []  # "Lea Moro, his Chilean counterpart": the words after the name
    else:
        return []
    if c is None or c <= sent.start or doc[c].lower_ not in COUNTERPART_NOUNS:
        return []
    i = c - 1
    while i >= sent.start and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    state = cx.at.get(i)
    if state is None or state.entity.type != "State" or state.end != (i + 1):
        return []
    start = min(c, m.start)

    def served(f: Fact) -> list[str]:
        # the office's state or body; a state office named with none ("Prime Minister Viktor
        # Orban welcomed his Israeli counterpart") is of the state the registry places its holder in
        of = [e.id for e in f.roles.get("positionOf", [])]
        if of or f.attrs["position"] not in DATELINE_POSITIONS:
            return of
        holder = f.roles["holder"][0]
        st = cx.resolver.state_of(holder) or registry_state(holder, cx)
        return [st.id] if st is not None else []

    office = [f for f in found if f.tokens and sent.start <= min(f.tokens) < start
              and f.roles["holder"][0].id != m.entity.id
              and served(f) not in ([], [state.entity.id])]
    if not office:
        return []
    last = max(office, key=lambda f: min(f.tokens))
    tokens = [*range(state.start, c + 1), *range(m.start, m.end)]
    return [Fact("PositionHeld", {"holder": [m.entity], "positionOf": [state.entity]},
                 {"position": last.attrs["position"], "title": last.attrs["title"]},
                 tokens=sorted(set(tokens)), clause=False)]


#: Places no office is held in: a region before a title is its portfolio ("Middle East envoy").
REGION_TYPES = {"Place", "Region"}

#: Titles of the offices that govern a region of a state, held in the region named before
#: them ("Ontario Premier Doug Ford", "Texas Governor Greg Abbott", "Punjab Chief Minister
#: X"): a province's or federated state's head of government (Wikidata P6 "head of
#: government" on a first-level subdivision), its governor, a city's mayor.
REGIONAL_TITLES = {"premier", "chief minister", "first minister", "governor", "state governor", "mayor"}


#: Words before a bare "leader" that keep it a state's leader: "military leader", "de facto
#: leader", "the country's longtime leader". Any other word there names what is led.
STATE_LEADER_WORDS = {"military", "supreme", "de", "facto", "new", "longtime", "long-time", "veteran", "current",
                      "late", "interim", "acting", "transitional", "undisputed", "paramount", "top", "national",
                      "authoritarian", "elected", "ailing", "reclusive", "defiant", "ousted", "deposed", "exiled",
                      "the", "a", "its", "their", "his", "her", *FORMER}


def _leader_of_unnamed(title: str, before: Token) -> bool:
    """Whether a title "leader" (a state's head by :data:`TITLES`) is, by the word written
    before it, the leader of a party, group or movement the text names by a word the
    registry lacks: "Conservative leader", "opposition leader", "Hamas leader" (Hamas
    unknown), "union leader"; a co-leader ("AfD co-leader") is one of a party's. Such a leader is of no state, so no state office is
    drafted; a registry body before the title is read as its owner before this."""
    if TITLES.get(title) != "head of state" or title.split()[-1] not in ("leader", "leaders"):
        return False
    if before.text in ("-", "–") and before.i > 0:  # "co-leader", "AfD co-leader": one of a party's leaders
        return True
    return before.is_alpha and before.lower_ not in STATE_LEADER_WORDS


#: Words of a minister's portfolio written before the title ("Foreign Affairs Secretary", "Home
#: Affairs Minister"): a name made of them alone, which the registry lacks, is no body.
PORTFOLIO_WORDS = {"foreign", "affairs", "home", "defence", "defense", "finance", "interior", "trade", "energy",
                   "economy", "justice", "health", "education", "external", "internal", "security", "agriculture",
                   # the other common cabinet portfolios ("Public Works Minister", "Labour and Employment Minister")
                   "public", "works", "infrastructure", "transport", "labour", "labor", "employment", "environment",
                   "climate", "culture", "tourism", "housing", "land", "reform", "mines", "mining", "water",
                   "science", "technology", "communications", "industry", "commerce", "fisheries", "forestry", "national",
                   "and", "social", "development", "planning", "immigration", "information", "sport", "youth"}


#: Portfolios written as one word before 'minister' or 'secretary' ("the environment secretary",
#: "the pensions minister", "a junior transport minister"): with PORTFOLIO_WORDS but the
#: joining and qualifying ones, the title of a minister (a junior one's, a deputy minister).
PORTFOLIOS = (PORTFOLIO_WORDS - {"and", "affairs", "public", "works", "national", "social", "external", "internal",
                                 "land", "reform", "security", "development"}) | {
    "pensions", "business", "welfare", "migration", "veterans", "digital", "regions", "europe", "treasury",
    "culture", "media", "farming", "equalities", "children", "women", "family", "budget", "oil", "petroleum",
    "aviation", "railways", "shipping", "ports"}
for _word in sorted(PORTFOLIOS | {"foreign affairs", "home affairs", "internal affairs", "external affairs",
                                   "economic affairs", "veterans affairs", "foreign", "home", "interior", "external",
                                   # portfolios of two words joined ("Work and Pensions Secretary")
                                   "work and pensions", "business and trade", "science and technology",
                                   "trade and industry", "labour and employment", "culture and tourism",
                                   # portfolios whose qualifying word is no portfolio alone ("National Security
                                   # Minister", "Homeland Security Secretary", "Public Security Minister")
                                   "national security", "homeland security", "public security", "internal security",
                                   "state security", "national defence", "national defense", "social affairs",
                                   "public works", "land reform", "economic development"}):
    for _office in ("minister", "secretary"):
        TITLES.setdefault(f"{_word} {_office}", "minister")
    TITLES.setdefault(f"{_word} commissioner", "commissioner")  # "the EU's trade commissioner"
    for _prep in ("of", "for"):  # "Minister of Foreign Affairs", "Minister for Pensions", "Secretary of State for Health"
        TITLES.setdefault(f"minister {_prep} {_word}", "minister")
        TITLES.setdefault(f"deputy minister {_prep} {_word}", "deputy minister")
    TITLES.setdefault(f"secretary of state for {_word}", "minister")
    TITLES.setdefault(f"junior {_word} minister", "deputy minister")
    TITLES.setdefault(f"deputy {_word} minister", "deputy minister")
#: Offices a person is elected to and not yet in ("President-elect Tor Ashby"): the title with
#: '-elect', the office planned (corpus/CLAIMS.md, "Positions": a holder-elect is planned).
ELECT_TITLES = ("president", "prime minister", "vice president", "vice-president", "chancellor", "governor", "mayor",
                "premier", "senator")
for _title in ELECT_TITLES:
    TITLES.setdefault(f"{_title}-elect", TITLES[_title])
    TITLES.setdefault(f"{_title}-designate", TITLES[_title])
#: The head of a body by a word of leading ("IAEA chief Rafael Grossi", "the agency's boss"):
#: of a body named, never of a state or a person (:func:`_position_fits`).
TITLES.setdefault("chief", "head of organisation")
TITLES.setdefault("boss", "head of organisation")
#: A diplomat who heads a mission in the ambassador's absence (the positions scheme's
#: chargé d'affaires), written with or without the accent and as the tokenizer splits it.
for _form in ("chargé d'affaires", "charge d'affaires", "chargé d' affaires", "charge d' affaires",
              "chargé d’affaires", "charge d’affaires"):
    TITLES.setdefault(_form, "chargé d'affaires")
#: An opposition party's spokesperson for a minister's portfolio ("Labour's shadow home
#: secretary", "the shadow chancellor"): an official of the party, not a minister of the
#: state (corpus/CLAIMS.md, "Positions": a post in a party is an official's). Every
#: minister's title with 'shadow' before it; held in the party named before it, else in
#: nothing the text names (no fact: an official's office is of no state by default).
SHADOW_TITLES = {f"shadow {_title}": "official" for _title, _concept in TITLES.items()
                 if _concept in ("minister", "deputy minister") and _title.endswith(("minister", "secretary"))}
SHADOW_TITLES.update({"shadow chancellor": "official", "shadow minister": "official", "shadow secretary": "official"})
for _title, _concept in SHADOW_TITLES.items():
    TITLES.setdefault(_title, _concept)


def _portfolio(m: Mention, cx: Context) -> bool:
    """Whether mention ``m`` is a portfolio read as a name: an entity the registry lacks
    (proposed) whose words are all :data:`PORTFOLIO_WORDS`."""
    return m.entity.proposed is not None and all(t.lower_ in PORTFOLIO_WORDS for t in cx.doc[m.start:m.end])


def _described_position(m: Mention, cx: Context) -> list[Fact]:
    """'the French president', 'the Russian leader', 'the leader of Myanmar's junta',
    'the junta chief' standing for a person: the office the words give, of the state
    (or the government, whose leader leads its state) they name."""
    doc = cx.doc
    words = doc[m.start:m.end]
    state = next((st for t in words for st in [cx.resolver.demonyms.get(normalise(t.text))]
                  if st is not None and st.type == "State"), None)
    # "the leader of Myanmar's junta", "the junta chief": the government the words name, else the state
    end = m.end
    # the names inside the words, longest first: "Chad's junta" (a registry name) before "Chad"
    spans = sorted(((a, b) for a in range(len(words)) for b in range(a + 1, min(len(words), a + 4) + 1)),
                   key=lambda ab: ab[0] - ab[1])
    named = [k for a, b in spans for k in [cx.resolver.names.get(normalise(words[a:b].text))]
             if k is not None and k.type in ("State", "Government", "MilitaryGovernment")]
    k = m.end + 2 if m.end + 2 < len(doc) and doc[m.end + 1].lower_ == "the" else m.end + 1
    if k < len(doc) and doc[m.end].lower_ == "of" and k in cx.at and \
            cx.at[k].entity.type in ("State", "Government", "MilitaryGovernment"):
        named.append(cx.at[k].entity)  # "the leader of Myanmar's junta", "the head of the junta"
        end = cx.at[k].end
    named.sort(key=lambda k: k.type == "State")
    state = (named[0] if named else None) or state
    title = next((w for k in range(len(words)) for w in [_title_at(doc, m.start + k, m.end)] if w), None)
    if title is None and state is not None and state.type != "State" and \
            any(t.lower_ in ("leader", "head", "chief", "ruler", "strongman") for t in words):
        title = "leader"  # the one who leads a government leads its state (a junta's, as military ruler)
    if state is None or title is None:
        return []
    f = Fact("PositionHeld", {"holder": [m.entity], "positionOf": [state]},
             {"position": TITLES[title], "title": title}, tokens=list(range(m.start, end)), clause=False)
    return [f] if _position_fits(f) else []


#: Bodies 'its' may stand for before a title ("Its spokesman, Nasser Kanaani"): those that
#: hold offices of their own (a state only for a state's office, :func:`_its_body`).
ITS_BODIES = ("Organisation", "InternationalOrganisation", "Court", "StateCompany", "Government",
              "ArmedForces", "Group", "ResearchInstitute", "NewsOrganisation")


#: Bodies 'their' may stand for before a title: groups a text names by their members, in the
#: plural ("The Taliban rejected the decision. Their chief spokesman, X, said"); 'their'
#: before a title is else most often people's ("their lawyer").
THEIR_BODIES = ("Group",)


def _its_body(i: int, title: str, cx: Context, holder: Known | None = None) -> Known | None:
    """The body the possessive 'its' (or 'their', of a group: :data:`THEIR_BODIES`) at token
    ``i`` stands for when it owns a title ("Iran's Foreign Ministry summoned the envoy. Its spokesman, Nasser Kanaani, said ..."; "Rosneft
    signed. X, its chief executive, said"): the body named last before it, in its own
    sentence or the one before, of a class of :data:`ITS_BODIES` (a state too when the
    title is a state's office, :data:`DATELINE_POSITIONS`), or rather, when its own
    sentence names no one before it, the subject of the sentence before if that is such
    a body too (:func:`_subject_before`). None when 'its' is not at
    ``i``, no body is named there, or a person (other than ``holder``, the one the title
    is given to), place or other thing is named after that body, or the body's name only
    modifies a common noun ("the Preah Vihear temple"): the nearest antecedent is then
    not a body."""
    doc = cx.doc
    if i < 0 or doc[i].lower_ not in ("its", "their"):
        return None
    floor = doc[i].sent.start
    for _ in range(3):  # the sentence before: a name the parser split off as a sentence of its own is part of it
        if floor == 0:
            break
        before = doc[floor - 1].sent
        floor = before.start
        if len(before) >= 4:
            break
    kinds = ITS_BODIES + (("State",) if TITLES.get(title) in DATELINE_POSITIONS else ())
    if doc[i].lower_ == "their":
        kinds = THEIR_BODIES  # "The Taliban rejected it. Their chief spokesman, X": a body named as its members
    if i == doc[i].sent.start and i > 0:
        # 'Its' opening a sentence stands for the subject of the one before ("Qatar, which has mediated
        # with Egypt and the United States, condemned the killing. Its prime minister, ..."), not for
        # the name last read in that sentence's clauses
        root = doc[i - 1].sent.root
        # a subject with conjuncts ("Peru and Qatar met") is two bodies: neither is taken up
        said = [cx.at[c.i] for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in cx.at
                and not c.conjuncts]
        if len(said) == 1 and not said[0].others and said[0].entity.type in kinds and \
                (holder is None or said[0].entity.id != holder.id):
            return said[0].entity
    before = [m for m in cx.mentions if floor <= m.start and m.end <= i and m.form != "demonym"
              and (holder is None or m.entity.id != holder.id)]
    if not before:
        return None
    last = before[-1]
    main = _main_subject(i, kinds, cx)
    if main is not None and main.entity.id != last.entity.id and main.start < i and cx.has_parser and \
            _in_other_clause(doc[last.end - 1], doc[i]) and (holder is None or main.entity.id != holder.id):
        # "The U.S. State Department said the decision disenfranchised those who voted for Move Forward,
        # and its spokesman X urged ...": 'its' takes up the subject of the sentence, not a name of the
        # clause it reports
        return main.entity
    if last.entity.type not in kinds or last.others:
        return None
    subject = _subject_before(i, cx)
    if subject is not None and subject.entity.type in kinds and not subject.others and \
            not any(m.start >= doc[i].sent.start for m in before):
        # "Qatar, which has mediated with Egypt and the United States, condemned it. Its prime
        # minister ...": of two bodies, the pronoun takes up the subject of the sentence before
        return subject.entity
    end = doc[last.end - 1]
    if end.dep_ in ("compound", "nmod", "amod") and end.head.i >= last.end and end.head.pos_ == "NOUN" \
            and end.head.i < i:
        return None  # "a road near the Preah Vihear temple. Its spokeswoman": the name is the temple's, no body
    return last.entity


def party_offices(facts: list[Fact], parties: set[str], cx: Context) -> None:
    """The party of a party office written without its name: "former party leader X" (a
    title that says 'party') is of the one political party (``parties``, entity ids) the
    article names before it ("the court dissolved the opposition Unity Party ... former
    party leader X"); "the current leader, Y" joined by 'and' to such an office in the
    same sentence ("former party leader X, 43, and the current leader, Y") is that office
    too: the party's leader, not a state's head (of no party where the first's is not
    plain). ``facts`` (offices with no state read yet) are changed in place."""
    doc = cx.doc
    for f in facts:
        if f.type != "PositionHeld" or "positionOf" in f.roles or f.attrs.get("position") != "party leader" or \
                "party" not in str(f.attrs.get("title", "")).lower().split() or not f.tokens:
            continue
        named = _uniq([m.entity for m in cx.mentions if m.entity.id in parties and m.end <= min(f.tokens)])
        if len(named) == 1:
            f.roles["positionOf"] = named
            f.read_as["positionOf"] = f"not named in the quote: {named[0].label}, the one party the article names before"
    for g in facts:
        if g.type != "PositionHeld" or g.attrs.get("position") != "party leader" or not g.tokens:
            continue
        for f in facts:
            title = str(f.attrs.get("title", "")).lower().split()
            if f is g or f.type != "PositionHeld" or "positionOf" in f.roles or title[-1:] != ["leader"] or \
                    len(title) > 1 or not f.tokens or doc[min(f.tokens)].sent.start != doc[max(g.tokens)].sent.start:
                continue
            between = doc[max(g.tokens) + 1:min(f.tokens)]
            if min(f.tokens) > max(g.tokens) and any(t.lower_ == "and" for t in between) and \
                    not any(t.pos_ in ("VERB", "AUX") for t in between):
                # "former party leader X, 43, and the current leader, Y": the same party's leader (of a party
                # the article does not make plain, none: no state's head)
                f.attrs["position"] = g.attrs["position"]
                if "positionOf" in g.roles:
                    f.roles["positionOf"] = list(g.roles["positionOf"])
                    f.read_as["positionOf"] = f"not named in the quote: {g.roles['positionOf'][0].label}, whose " \
                                              f"{g.attrs.get('title')} the sentence names before"


def _main_subject(i: int, kinds: tuple, cx: Context):
    """The mention that is the one subject of the main verb of the sentence holding token
    ``i``, a body of ``kinds``, or None."""
    root = cx.doc[i].sent.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or subj[0].conjuncts:
        return None
    m = cx.at.get(subj[0].i)
    return m if m is not None and m.end - 1 == subj[0].i and m.entity.type in kinds and not m.others else None


def _subject_before(i: int, cx: Context):
    """The mention that is the subject of the main verb of the sentence before the one
    holding token ``i`` (a pronoun there most often takes up that subject: the centre a
    sentence prefers is its subject), or None."""
    start = cx.doc[i].sent.start
    if start == 0:
        return None
    root = cx.doc[start - 1].sent.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].conjuncts:
        return None  # "Peru and Chile met": two subjects, neither the one the pronoun takes up
    m = cx.at.get(subj[0].i)
    return m if m is not None and m.end - 1 == subj[0].i else None


#: Nouns a possessive names a body by its kind with ("the bloc's foreign policy chief", "the
#: group's military chief"), and the classes of body each may stand for.
KIND_BODIES = {
    "bloc": ("InternationalOrganisation",), "alliance": ("InternationalOrganisation", "Group"),
    "union": ("InternationalOrganisation",), "organisation": ("InternationalOrganisation", "Organisation"),
    "organization": ("InternationalOrganisation", "Organisation"), "agency": ("Organisation", "InternationalOrganisation"),
    "body": ("Organisation", "InternationalOrganisation"), "group": ("Group", "Organisation"),
    "movement": ("Group", "Organisation"),
    "militia": ("Group",), "faction": ("Group",), "court": ("Court",), "tribunal": ("Court",),
    "company": ("Organisation", "StateCompany"), "firm": ("Organisation", "StateCompany"),
    "bank": ("Organisation", "StateCompany"),
    "ministry": ("Government",), "council": ("Organisation", "InternationalOrganisation"),
    "commission": ("Organisation", "InternationalOrganisation"),
    "institute": ("ResearchInstitute", "Organisation"),
}
#: Titles of a head whose portfolio a word before them names ("humanitarian chief", "trade
#: commissioner"): the word is part of the title, no office of its own.
PORTFOLIO_HEADS = {"chief", "head", "commissioner", "coordinator", "envoy", "czar", "tsar"}


def _portfolio_head(j: int, cx: Context) -> tuple[str, int] | None:
    """'humanitarian chief', 'foreign aid coordinator' at token ``j``: one or two lowercase
    words of no name, then a title of :data:`PORTFOLIO_HEADS`. Returns (the title, the
    token after it) or None."""
    doc = cx.doc
    for n in (1, 2):
        k = j + n
        if k >= len(doc) or any(not t.is_alpha or not t.is_lower or t.i in cx.at for t in doc[j:k]):
            return None
        if doc[k].lower_ in PORTFOLIO_HEADS and _title_at(doc, k, k + 1):
            return _title_at(doc, k, k + 1), k + 1
    return None


def _kind_body(i: int, cx: Context, holder: Known | None = None) -> Known | None:
    """The body "the bloc's", "the group's" at token ``i`` (the kind's noun) stands for: the
    body named last before it, in its sentence or the one before, when it is of a class the
    noun may name (:data:`KIND_BODIES`) and no person other than ``holder``, place or
    other thing is named after it. None otherwise."""
    doc = cx.doc
    floor = doc[i].sent.start
    if floor > 0:
        floor = doc[floor - 1].sent.start
    before = [m for m in cx.mentions if floor <= m.start and m.end <= i and m.form != "demonym"
              and (holder is None or m.entity.id != holder.id)]
    if not before or before[-1].others or before[-1].entity.type not in KIND_BODIES[doc[i].lower_]:
        return None
    return before[-1].entity


def _body_named_by_kind(i: int, cx: Context) -> Known | None:
    """The body "the institute", "the commission" at token ``i`` (the kind's noun) stands
    for when the article named it earlier with that noun as the last word of its name
    ("The Meridian Policy Institute published ... the institute's Asia programme"): the one
    such body named before token ``i``, of a class the noun may name
    (:data:`KIND_BODIES`); None when none or several are."""
    noun = cx.doc[i].lower_
    named = _uniq([m.entity for m in cx.mentions if m.end <= i and m.entity.type in KIND_BODIES.get(noun, ())
                   and normalise(m.entity.label).split()[-1:] == [noun]])
    return named[0] if len(named) == 1 else None


def _whose_body(i: int, cx: Context) -> Known | None:
    """The body or state a 'whose' at token ``i`` stands for when it owns a title ("the
    National Electoral Council (CNE), whose president Elvis Amoroso"): the one named right
    before the comma before it, a parenthesis of its initials skipped. None when 'whose' is
    not at ``i`` or no body is named there (a person's "whose aide" is an aide's office, left
    out)."""
    doc = cx.doc
    if i < 1 or doc[i].lower_ != "whose" or doc[i - 1].text != ",":
        return None
    j = i - 2
    if j >= 0 and doc[j].text == ")":  # "the National Electoral Council (CNE), whose"
        while j >= 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    m = cx.at.get(j)
    if m is None or m.end != j + 1 or m.entity.type not in ITS_BODIES + ("State",):
        return None
    return m.entity


def _place_named_with_kind(obj: Token, cx: Context) -> Known | None:
    """The named place a noun of a kind of place stands with ("the governor of Sindh
    province": Sindh; "the mayor of Kharkiv city"): the mention of its compound, a Region,
    City or Place; None otherwise."""
    if obj.lemma_.lower() not in PLACE_KIND_NOUNS:
        return None
    named = [cx.at[c.i].entity for c in obj.children if c.dep_ in ("compound", "nmod", "amod") and c.i in cx.at
             and cx.at[c.i].entity.type in ("Region", "City", "Place")]
    return named[0] if len(named) == 1 else None


#: Words before a name after a title and a comma ("the Emir of Qatar, Sheikh Tamim ..."):
#: honorifics (also those written between a title and the name: "Prime Minister Sir Keir
#: Starmer", "Supreme Leader Ayatollah Ali Khamenei") and royal styles.
HONORIFICS = NAME_HONORIFICS | {"prince", "princess", "crown", "emir", "king", "queen"}


#: Nouns of one who seeks an office ("the nominee for prime minister", "its candidate for
#: president", "his pick for defence minister"): the office after their 'for' is not held.
ASPIRANT_NOUNS = {"nominee", "candidate", "pick", "choice", "contender", "frontrunner", "front-runner", "hopeful"}

#: Words before a title that say its holder holds it no longer ("the late president of
#: Valdoria, X", "ousted President X"): as 'former', the office ended (corpus/CLAIMS.md,
#: "Positions": a former holder, ``status: ended``).
ENDED_TITLE_WORDS = FORMER | {"late", "ousted", "deposed", "toppled", "overthrown"}


def _speaker_after_report(m: Mention, cx: Context) -> bool:
    """Whether the name of ``m``, after a comma, is the subject of a verb of saying whose
    reported clause stands before it ("Valdoria's president fired Ostravia's ambassador,
    Lina Varo said"): the speaker who tells the clause, no apposition to the title that
    ends it. ("Valdoria's president, Tor Ashby said that ...", its clause after the verb,
    stays an apposition.)"""
    name = cx.doc[m.end - 1]
    verb = name.head
    return name.dep_ == "nsubj" and verb.lemma_ in SAY_VERBS and verb.i >= m.end and \
        any(c.dep_ in ("ccomp", "parataxis") and c.i < m.start for c in verb.children)


def _subject_after_phrase(m: Mention, comma: int, cx: Context) -> bool:
    """Whether the comma at token ``comma`` ends a phrase set before the clause whose
    subject is the name of ``m`` ("In his letter to the Prime Minister, Sir Laurie said
    ...", "After meeting the president, Lina Varo flew home"): the word before the comma
    lies in a prepositional or verbal phrase (the object of a preposition or a verb, not
    a subject), and the name, with no comma after it, is the subject of the verb right
    after it. "Replying, the Prime Minister, Keir Starmer, said" (the name between commas)
    and "The Prime Minister, Keir Starmer said" (the title the subject) stay appositions."""
    doc = cx.doc
    name = doc[m.end - 1]
    if m.end >= len(doc) or doc[m.end].text in (",", "(") or name.dep_ not in ("nsubj", "nsubjpass") or \
            name.head.i < m.end or name.head.pos_ not in ("VERB", "AUX"):
        return False
    node = doc[comma - 1]
    while node.dep_ in ("compound", "amod", "flat") and node.head.i > node.i:
        node = node.head
    return node.dep_ in ("pobj", "dobj") and node.head.i < comma and node.head.head.i != name.i


def _sought_title(a: int, floor: int, cx: Context) -> bool:
    """Whether the title at token ``a`` is one its holder only seeks, by the words just
    before it: "aspiring", "prospective", "would-be" (the parser's three tokens 'would',
    '-', 'be'): "The would-be president of Valdoria, X" holds no office."""
    doc = cx.doc
    if a - 1 >= floor and doc[a - 1].lower_ in ("aspiring", "prospective", "would-be"):
        return True
    return a - 3 >= floor and doc[a - 1].lower_ == "be" and doc[a - 2].text in ("-", "–") and doc[a - 3].lower_ == "would"


def _title_then_comma(m: Mention, cx: Context, start: int | None = None) -> Fact | None:
    """'[STATE's] TITLE [of STATE|of a few words], [Sheikh] NAME': "the Emir of Qatar,
    Sheikh Tamim bin Hamad Al Thani", "South Africa's minister of international
    relations, Naledi Pandor". ``start``: where the name begins with a rank before it
    ('General' of "…, General Tor Ashby"), by default the mention's start."""
    doc = cx.doc
    floor = doc[m.start].sent.start
    j = (m.start if start is None else start) - 1
    while j > floor and (doc[j].lower_ in HONORIFICS or doc[j].lower_ in RANK_TITLES and doc[j].text[:1].isupper()):
        j -= 1  # "Its head, Colonel Vadim Kalinin": a rank of no office of its own before the name
    if j <= floor or doc[j].text != ",":
        return None
    comma = j
    if any(doc[k].lower_ == "for" and doc[k - 1].lemma_.lower() in ASPIRANT_NOUNS for k in range(max(floor + 1, comma - 6), comma)):
        return None  # "Valdoria's nominee for prime minister, X": the office is sought, not held
    if cx.has_parser and _speaker_after_report(m, cx):
        return None  # "... fired Ostravia's ambassador, Lina Varo said": she tells it, she is not the ambassador
    if cx.has_parser and _subject_after_phrase(m, comma, cx):
        return None  # "In his letter to the Prime Minister, Sir Laurie said": the phrase ends at the comma
    for a in range(max(floor, comma - 9), comma):  # the longest title first: 'High Commissioner', not 'Commissioner'
        for b in range(min(comma, a + 5), a, -1):
            title = _title_at(doc, a, b)
            if not title:
                continue
            tail = doc[b:comma]
            of = None
            joined = len(tail) > 1 and tail[0].lower_ == "and" and _title_at(doc, b + 1, comma) is not None
            # "The UN High Commissioner for Refugees, X", "Ukraine's Minister for Strategic Industries, X"
            field = len(tail) > 1 and tail[0].lower_ == "for" and _portfolio_after(b, cx) == comma
            # "the head of the General Directorate of Elections, X": a long name after 'of [the]' ends at the comma
            named = len(tail) > 1 and tail[0].lower_ == "of" and (last := cx.at.get(comma - 1)) is not None and \
                last.end == comma and last.start == b + 1 + (tail[1].lower_ == "the") and \
                not set(normalise(last.entity.label).split()) & MISSION_WORDS
            described = None
            if len(tail) > 1 and tail[0].lower_ == "of" and last is not None and last.form == "description" and \
                    last.entity.id == m.entity.id:
                # the mentions read the title and its body as a description of the person named after it
                described, after = _body_after_of(a, comma, cx)
                named = described is not None and after == comma
                named = named and not set(normalise(described.label).split()) & MISSION_WORDS
                described = described if named else None
            if len(tail) and not joined and not field and (tail[0].lower_ not in ("of", "to") or len(tail) > 5 and not named
                                                           or any(t.is_punct for t in tail)):
                continue
            if field:
                of = _office_named_for(a, comma, cx)
            if described is not None:
                of = described
            elif len(tail) > 1 and tail[0].lower_ == "of" and tail[1].i in cx.at and cx.at[tail[1].i].end == comma:
                of = cx.at[tail[1].i].entity
            elif len(tail) > 1 and tail[0].lower_ == "of":
                of = _named_last(tail, comma, cx)  # "the leader of the opposition Conservatives, X"
                if of is None and cx.has_parser:  # "The governor of Sindh province, X"
                    of = _place_named_with_kind(doc[comma - 1], cx)
                if of is None and title.split()[-1] == "leader":
                    return None  # the leader of something no name resolves: no state's head by default
            if _sought_title(a, floor, cx):
                return None  # "The would-be president of Valdoria, X": an office sought
            first, military, own, region = a, False, False, None
            if of is None:
                i = a - 1
                while i >= floor and doc[i].pos_ == "ADJ" and doc[i].is_lower:  # "Myanmar's military leader"
                    first, military = i, military or doc[i].lower_ == "military"
                    i -= 1
                while i >= floor and doc[i].lower_ in ("'s", "’s", "the"):
                    i -= 1
                owner = cx.at.get(i)
                region = None
                if owner is not None and owner.entity.type in REGION_TYPES and title not in REGIONAL_TITLES:
                    k = owner.start - 1  # "Oxfam's Africa director, X": the region is the portfolio, the body owns it
                    while k >= floor and doc[k].lower_ in ("'s", "’s", "the"):
                        k -= 1
                    body = cx.at.get(k)
                    region = owner.start
                    if body is not None and k < owner.start - 1 and body.entity.type not in ("Person",) + tuple(REGION_TYPES):
                        owner, i = body, k
                    else:
                        owner = None  # "X's Asia director, Y" of a body no name resolves: a region holds no such office
                of = owner.entity if owner is not None and (owner.entity.type != "Person" or _aide(title)) else None
                first = owner.start if of is not None else a
                if of is None and (its := _its_body(i, title, cx)) is not None:
                    of, first = its, i  # "Its spokesman, Nasser Kanaani": the body named before
                if of is None and i >= floor and doc[i].lower_ in ("his", "her"):
                    first = i  # "his former foreign minister, X": the state comes from whose he is (find_facts)
                own = of is None and i - 1 >= floor and doc[i].lower_ in OWN_STATE_NOUNS and \
                    doc[i - 1].lower_ == "the" and doc[i + 1].lower_ in ("'s", "’s") and TITLES[title] in OWN_STATE_OFFICES
                if own:  # "The country's president, X": the state the text is about (find_facts), as in apposition
                    first = i - 1
            # a state's military leader is its military ruler (a junta's head), as corpus/CLAIMS.md words it
            position = "military ruler" if military and of is not None and TITLES[title] == "head of state" \
                else "high commissioner" if field and title == "high commissioner" else TITLES[title]
            f = Fact("PositionHeld", {"holder": [m.entity], **({"positionOf": [of]} if of else {})},
                     {"position": position, "title": doc[a:b if joined else comma].text},
                     tokens=list(range(first, m.end)), clause=False)
            if of is not None and region is not None and region < a:
                f.attrs["title"] = doc[region:b if joined else comma].text  # "Asia director": the portfolio kept
            if of is None and own:
                f.read_as["positionOf"] = f"'{doc[first + 1].text}'s': the state the text is about"
            # "The two foreign ministers, Lina Varo of Chile and Tor Ashby of Peru": a title the list shares
            f.plural = doc[b - 1].tag_ == "NNS" and any(c.dep_ == "conj" for c in doc[m.end - 1].children)
            if a > floor and doc[a - 1].lower_ in ENDED_TITLE_WORDS:  # "former", "the late president of X, Y"
                f.attrs["status"] = "ended"
            return f if _position_fits(f) else None
    return None


#: How many lower-case portfolio words may stand between 'former' and a title ("former
#: economic security minister").
PORTFOLIO_SPAN = 3


def _past_portfolio_words(i: int, floor: int, cx: Context) -> int:
    """The index of the word before the lower-case portfolio words that end at token ``i``
    ("economic security" in "former economic security minister Sanae Takaichi"), where
    that word is one of :data:`FORMER`: a title qualified by 'former' is held no longer,
    however many words name its portfolio (corpus/CLAIMS.md, "Positions": a former
    holder, ``status: ended``). ``i`` itself when no such word stands there (up to
    :data:`PORTFOLIO_SPAN` words back; never past ``floor`` nor into a named mention)."""
    doc = cx.doc
    j = i
    while j >= floor and i - j < PORTFOLIO_SPAN and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN") \
            and doc[j].lower_ not in FORMER and j not in cx.at:
        j -= 1
    return j if j != i and j >= floor and doc[j].lower_ in FORMER else i


def _named_last(tail, comma: int, cx: Context) -> Known | None:
    """The state or body an 'of' phrase before a comma names with lower-case words before
    its name ("of the opposition Conservatives", "of the ruling Harbour Movement"): the
    mention that ends at the comma, when only 'the' and lower-case words stand between
    'of' and it; else None."""
    last = cx.at.get(comma - 1)
    if last is None or last.end != comma or last.start <= tail[0].i or last.entity.type == "Person":
        return None
    between = cx.doc[tail[0].i + 1:last.start]
    return last.entity if all(t.is_lower and t.is_alpha for t in between) else None


def _state_after_name(f: Fact, m: Mention, cx: Context) -> None:
    """A plural title shared by a list of names ("The two foreign ministers, Lina Varo
    of Chile and ..."): each name's own 'of <state>' is the state of its office, and the
    title is said of one holder ("foreign minister")."""
    doc = cx.doc
    if "positionOf" not in f.roles and m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
        of = cx.at.get(m.end + 1)
        if of is not None and of.start == m.end + 1 and of.entity.type in ("State", "InternationalOrganisation"):
            f.roles["positionOf"] = [of.entity]
            f.tokens += list(range(m.end, of.end))
    words = str(f.attrs["title"]).split()
    if words and words[-1].lower().endswith("s"):
        f.attrs["title"] = " ".join(words[:-1] + [words[-1][:-1]])


def _listed_after_plural_title(m: Mention, cx: Context) -> Fact | None:
    """The second and later names of a list after a plural title and a comma ("The two
    foreign ministers, Lina Varo of Chile and Tor Ashby of Peru"): each holds the title,
    in the state named after it by 'of' (else the state find_facts gives the holder)."""
    doc = cx.doc
    tok = doc[m.end - 1]
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i == tok.i or first.i not in cx.at:
        return None
    lead = cx.at[first.i]
    shared = _title_then_comma(lead, cx) if lead.entity.type == "Person" else None
    if shared is None or not shared.plural:
        return None
    return Fact("PositionHeld", {"holder": [m.entity]}, {"position": shared.attrs["position"],
                                                          "title": shared.attrs["title"]},
                tokens=list(range(shared.tokens[0], m.end)), clause=False, plural=True)


def _listed_state(m: Mention, start: int, cx: Context) -> Fact | None:
    """The plural title, with its state or body, that a list of names with titles of
    their own follows after a comma ("two Ecuadorian ministers, Interior Minister Lin Hale
    and Finance Minister Tor Ashby"): the list's first name's, ``start`` being where this
    name's own title begins. None when no such title with a state or body comes first."""
    doc = cx.doc
    first = doc[m.end - 1]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    lead = m
    if first.i != m.end - 1:
        lead = cx.at.get(first.i)
        if lead is None or lead.entity.type != "Person":
            return None
        start = _title_start(lead, cx)
    else:
        # the parser may join the list into one name ("Energy Minister X and Finance Minister Y"):
        # back over 'and' / a comma to the name with a title before this one
        while start - 2 >= doc[m.start].sent.start and doc[start - 1].lower_ in ("and", ",") \
                and (start - 2) in cx.at and cx.at[start - 2].entity.type == "Person" \
                and cx.at[start - 2].end == start - 1:
            lead = cx.at[start - 2]
            start = _title_start(lead, cx)
    shared = _title_then_comma(lead, cx, start)
    if shared is None or "positionOf" not in shared.roles:
        return None
    if not (shared.plural or lead is not m and str(shared.attrs["title"]).lower().endswith("s")):
        return None
    return shared


def _fields_before(tstart: int, floor: int, cx: Context) -> int:
    """Where a title starting at token ``tstart`` begins with the portfolio of two fields
    joined by "and" written before it ("Indonesia's *Youth and Sports* Minister", "Brazil's
    *Mines and* Energy Minister", "the *Trade and Industry* Secretary"): the first field's
    token, the fields being capitalised words no mention claims (tokens > ``floor``);
    ``tstart`` itself when no "and" joins two such words right before it ("Kenya's Sports
    Minister": no fields joined, the title as found)."""
    doc = cx.doc

    def field(k: int) -> bool:
        return k > floor and doc[k].is_alpha and doc[k].is_title and k not in cx.at and \
            doc[k].lower_ not in ENDED_TITLE_WORDS | TENURE_WORDS | STANDING_WORDS | NAME_HONORIFICS | {"and"}

    k = tstart - 1
    while field(k) and tstart - k < 4:
        k -= 1
    if k <= floor or doc[k].lower_ not in ("and", "&") or not field(k - 1) or k == tstart - 1 and \
            not doc[tstart].text[:1].isupper():
        return tstart
    k -= 1
    while field(k - 1) and tstart - k < 6:
        k -= 1
    return k


def _title_start(m: Mention, cx: Context) -> int:
    """Where the title before the name of ``m`` begins, with a portfolio before it
    ("National Security Minister"); the name's start when no title comes before it."""
    doc = cx.doc
    t = _title_before(doc, m.start, doc[m.start].sent.start)
    start = t[0] if t is not None else m.start
    if start - 1 in cx.at and _portfolio(cx.at[start - 1], cx):
        start = cx.at[start - 1].start
    return start


def _appositive(m: Mention, cx: Context) -> list[Fact]:
    """'NAME, [AGE,] (the|a) [former] [Demonym|State's] TITLE [of ORG]'."""
    doc = cx.doc
    i = m.end
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 2  # "Tor Ashby, 62, the foreign minister": an age between the name and its title
    if i >= len(doc) or doc[i].text != ",":
        return []
    j = i + 1
    former = False
    if j + 1 < len(doc) and doc[j].lower_ == "who" and doc[j + 1].lower_ in ("is", "was", "serves", "served"):
        j += 2  # "Lina Varo, who is Kenya's defence minister" ('who was' alone does not say the office ended)
        if j < len(doc) and doc[j].lower_ in ("also", "now", "currently"):
            j += 1  # "who is also Kenya's defence minister"
        if j < len(doc) and doc[j].lower_ == "as":
            j += 1
    elif j + 2 < len(doc) and doc[j].lower_ == "who" and doc[j + 1].lower_ == "had" and doc[j + 2].lower_ == "been":
        j, former = j + 3, True  # "Tor Ashby, who had been health minister": held before, no longer
    elif j + 1 < len(doc) and doc[j].lower_ == "until" and doc[j + 1].lower_ in ("now", "recently", "then"):
        j, former = j + 2, True  # "Lina Varo, until now finance minister"
    elif j < len(doc) and doc[j].lower_ in FORMERLY:
        j, former = j + 1, True  # "Tor Ashby, formerly deputy head of the agency"
    its = None
    while j < len(doc) and doc[j].lower_ in ("the", "a", "an", "its", "his", "her"):
        its = j if doc[j].lower_ == "its" else its
        j += 1
    if j < len(doc) and doc[j].lower_ in FORMER:
        former, j = True, j + 1
    own = False
    if j + 1 < len(doc) and doc[j].lower_ in OWN_STATE_NOUNS and doc[j + 1].lower_ in ("'s", "’s") and j not in cx.at:
        j += 2  # "Lina Varo, the country's finance minister": the state is the one the text is about (find_facts)
        own = True
    kind_noun = None
    if j + 1 < len(doc) and doc[j].lower_ in KIND_BODIES and doc[j + 1].lower_ in ("'s", "’s") and j not in cx.at \
            and j > 0 and doc[j - 1].lower_ == "the":
        kind_noun, j = j, j + 2  # "Kaja Kallas, the bloc's foreign policy chief": the bloc named before
    t0 = j  # where the title's words begin, with a word of standing or tenure before it ("a senior aide to")
    while j < len(doc) and doc[j].lower_ in STANDING_WORDS | TENURE_WORDS and j not in cx.at and \
            not _title_at(doc, j, j + 1):
        j += 1
    of, of_end = None, None
    owner = cx.at.get(j)
    if owner is not None and owner.entity.type in REGION_TYPES and (after := _after_regions(owner, cx)) is not None \
            and _title_at(doc, after, after + 1):
        # "Lina Varo, Asia director at Oxfam", "X, Middle East and North Africa director of Y": the
        # regions are the post's portfolio, kept in the title; the body is the one after 'at' or 'of'
        owner, j = None, after
    if owner is not None and owner.form == "description" and owner.entity.id == m.entity.id:
        # "Ozgur Ozel, the CHP leader": the apposition the mentions read as a description of the same
        # person; the body it names before the title is read from its words
        owner = None
        owner_end = cx.at[j].end
        for k in range(owner_end, j, -1):
            known = cx.resolver.names.get(normalise(doc[j:k].text))
            if known is not None and known.type != "Person" and _title_at(doc, k, owner_end):
                of, j = known, k
                t0 = j
                break
        if of is None:  # "Matteo Salvini, the leader of the League": the body named after the title's 'of'
            of, of_end = _body_after_of(j, owner_end, cx)
    if owner is not None and (owner.entity.type != "Person" or j + 1 < len(doc) and owner.end < len(doc)
                              and doc[owner.end].lower_ in ("'s", "’s") and _aide_after(doc, owner.end + 1)):
        of, j = owner.entity, owner.end  # "Tor Ashby, Lina Varo's spokesman": a person's aide
        while j < len(doc) and doc[j].lower_ in ("'s", "’s"):
            j += 1
        t0 = j  # "Chile's new finance minister", "Peru's top envoy"
        while j < len(doc) and doc[j].lower_ in STANDING_WORDS | TENURE_WORDS and not _title_at(doc, j, j + 1):
            j += 1
    title = None
    for k in range(min(len(doc), j + 5), j, -1):
        words = _title_at(doc, j, k)
        if words and words == " ".join(t.lower_ for t in doc[j:k]).replace(" - ", "-"):
            title = (words, k)
            break
    if title is None and (of is not None or kind_noun is not None):
        title = _portfolio_head(j, cx)  # "Tom Fletcher, the UN's humanitarian chief"
    if title is None:
        return []
    words, k = title
    if k in cx.at and cx.at[k].entity.type == "Person" and (of_end is None or cx.at[k].start >= k):
        head = cx.at[k]
        if not (of is not None and of.type == "State" and TITLES[words] in SOLE_POSITIONS and head.end + 1 < len(doc)
                and doc[head.end].lower_ in ("'s", "’s")):
            return []  # "Lula da Silva, Indian Prime Minister Narendra Modi": the next name's title
        # "Keith Kellogg, U.S. President Donald Trump's special envoy for Ukraine": the aide of a state's
        # head, in the state's service
        j = t0 = head.end + 1
        title = next(((w, e) for e in range(min(len(doc), j + 5), j, -1) if (w := _title_at(doc, j, e))
                      and _aide(w) and w == " ".join(t.lower_ for t in doc[j:e])), None)
        if title is None:
            return []
        words, k = title
    end = k
    if of_end is not None:
        if doc[k].lower_ != "of":
            of = None  # the body named after some other word than the title's 'of'
        else:
            end = of_end
    if of is None and k < len(doc) and (doc[k].lower_ in ("of", "for", "at", "from", "with", "in")
                                        or doc[k].lower_ == "to" and _aide(words)):
        # the body after the title: the head of the preposition's object ("spokesperson for
        # Myanmar's opposition National Unity Government"), not a state named inside it;
        # an aide's person ("an adviser to Lina Varo", "an envoy of President Lina Varo")
        obj = [c for c in doc[k].children if c.dep_ == "pobj"] if cx.has_parser else \
            ([doc[cx.at[k + 1].end - 1]] if k + 1 in cx.at else [])
        found = [e for e in (cx.entities(obj[0], conj=False) if obj else []) if e.type != "Person" or _aide(words)]
        if doc[k].lower_ == "in":  # "an official in Peru's foreign ministry": a body, not a place ("a judge in Lima")
            found = [e for e in found if e.type not in LOCATED]
        if not found and obj and obj[0].lower_ in BODY_KIND_NOUNS and obj[0].i - 1 in cx.at and \
                cx.at[obj[0].i - 1].end == obj[0].i and cx.at[obj[0].i - 1].entity.type not in ("Person", *LOCATED):
            found = [cx.at[obj[0].i - 1].entity]  # "the commander of the CAPSAT unit": the name before its kind
        if not found and obj and obj[0].pos_ == "NOUN" and (named := cx.at.get(obj[0].i + 1)) is not None and \
                named.start == obj[0].i + 1 and named.entity.type not in ("Person", *LOCATED):
            found = [named.entity]  # "head of the state arms maker Ukroboronprom": the name after its kind
            obj = [doc[named.end - 1]]
        if not found and obj and (kind := [c for c in obj[0].children if c.dep_ == "poss" and c.lower_ in KIND_BODIES
                                           and c.i > 0 and doc[c.i - 1].lower_ == "the"]):
            # "director of the institute's Asia programme": a part of the body the kind's noun stands for
            b = _kind_body(kind[0].i, cx, m.entity) or _body_named_by_kind(kind[0].i, cx)
            found = [b] if b is not None else []
        elif not found and obj and cx.has_parser and (place := _place_named_with_kind(obj[0], cx)) is not None:
            found = [place]  # "Kamran Tessori, the governor of Sindh province"
        if not found and obj and obj[0].lemma_.lower() in FORCES_OF_STATE and TITLES[words] == "military commander":
            # "the commander of Uganda's army", "the chief of the Peruvian navy": the state's forces, named by
            # the state, as "Uganda's army chief" is
            found = [e for e in _state_modifiers(obj[0], cx) if e.type == "State"][:1]
        if found:
            of = found[0]
            end = max(t.i for t in obj[0].subtree) + 1 if cx.has_parser else obj[0].i + 1
    if of is None and TITLES[words] in DATELINE_POSITIONS and (after := _portfolio_after(k, cx)) is not None:
        k = end = after  # "X, until now First Deputy Minister of Foreign Affairs,": the portfolio is part of the title
    if of is None and its is not None and k < len(doc) and doc[k].lower_ in APPOSITION_ENDS:
        of = _its_body(its, words, cx, m.entity)  # "Igor Sechin, its chief executive, said": the body named before
    if of is None and kind_noun is not None and k < len(doc) and (doc[k].lower_ in APPOSITION_ENDS or doc[k].lower_ == "in"):
        of = _kind_body(kind_noun, cx, m.entity)  # "X, the group's military chief in Gaza": the group named before
        if of is None:
            return []
    nxt = [n for i in range(k + 1, min(end + 2, len(doc))) if doc[i - 1].text == "," and (n := cx.at.get(i)) is not None
           and n.start == i and n.entity.type == "Person" and n.entity.id != m.entity.id]
    if nxt and _title_before(doc, m.start, doc[m.start].sent.start) is not None:
        # "with Foreign Minister X, the governor of Y province, Z, and ...": a list of titled names, where X
        # has his title before him and the office between two names introduces the next one
        return []
    owned = own and of is None and TITLES[words] in OWN_STATE_OFFICES and \
        (k >= len(doc) or doc[k].lower_ in APPOSITION_ENDS)
    if of is None and not owned and not _unowned_office(doc, k, words):
        return []
    f = Fact("PositionHeld", {"holder": [m.entity], **({"positionOf": [of]} if of is not None else {})},
             {"position": TITLES[words], "title": doc[t0:k].text},
             tokens=list(range(m.start, end)), clause=False)
    if owned and TITLES[words] not in DATELINE_POSITIONS:
        # "Jorge Messias, the country's attorney general": an office of the state the text is
        # about, though not one a dateline gives; find_facts reads that state as for a minister
        f.read_as["positionOf"] = f"'{doc[j - 2].text}'s': the state the text is about"
    over = _tenure_over(doc, end, cx)
    if over:  # "Imran Khan, Pakistan's prime minister from 2018 to 2022": held until a year gone by
        former = True
        f.tokens += list(range(end, over))
    if former:
        f.attrs["status"] = "ended"
    if not _position_fits(f):
        return []
    if of_end is not None and of is not None and doc[of_end - 1].lower_ == "party" and \
            f.attrs["position"] == "head of organisation":
        f.attrs["position"] = "party leader"  # "the leader of the Religious Zionism party"
    return [f]


#: Nouns of a state's armed forces, whose commander a title 'of' them names ("the commander
#: of Uganda's army").
FORCES_OF_STATE = {"army", "military", "navy", "force", "forces"}


#: Nouns that say what kind of body a name before them is ("the Jewish Power party", "the
#: Wagner group"): the name and the noun are one phrase naming that body.
BODY_KIND_NOUNS = {"party", "movement", "group", "alliance", "coalition", "bloc", "faction", "union", "front",
                   "organisation", "organization", "council", "committee", "commission", "agency", "court",
                   "tribunal", "company", "firm", "bank", "unit", "regiment", "brigade", "battalion", "militia"}


def _body_after_of(j: int, end: int, cx: Context) -> tuple[Known | None, int | None]:
    """The body named after 'TITLE of [the]' in the words ``[j, end)`` that the mentions
    stage read as a description of the person in apposition ("Matteo Salvini, the leader
    of the League", "Smotrich, the leader of the Religious Zionism party"): the longest
    registry name of a body (no person, place or state) that the words after 'of' begin
    with, and the token after it (after a noun of the body's kind that follows the name,
    :data:`BODY_KIND_NOUNS`, as in "the X party"). (None, None) when the words hold no
    title then 'of', or no such name."""
    doc = cx.doc
    at = next((k for k in range(j + 1, end) if doc[k].lower_ == "of" and _title_at(doc, j, k)), None)
    if at is None:
        return None, None
    a = at + 1 + (at + 1 < len(doc) and doc[at + 1].lower_ == "the")
    for b in range(min(len(doc), a + 6), a, -1):
        known = cx.resolver.names.get(normalise(doc[a:b].text))
        if known is None or known.type in ("Person", "State", *LOCATED):
            continue
        if b < len(doc) and doc[b].lower_ in BODY_KIND_NOUNS:
            b += 1
        return known, b
    return None, None


def _tenure_over(doc: Doc, k: int, cx: Context) -> int:
    """Whether the words from token ``k`` (right after an office's title) bound its
    tenure by an end already past: "from 2018 to 2022", "until 2022", "between 2010 and
    2015" with the last year before the article's (its publication date's) year: the
    token after that year (for the quote), else 0: with no publication date, no word of
    an end ('until', 'till', 'to', 'and' after 'between') or no year before the phrase
    ends (a comma or a full stop)."""
    if cx.published is None or k >= len(doc) or doc[k].lower_ not in ("from", "until", "till", "between"):
        return 0
    span = []
    for t in doc[k:k + 8]:
        if t.is_punct and t.text not in ("-", "–"):
            break
        span.append(t)
    ends = any(t.lower_ in ("until", "till", "to", "-", "–") or t.lower_ == "and" and span[0].lower_ == "between"
               for t in span)
    years = [t for t in span if t.text.isdigit() and len(t.text) == 4]
    return years[-1].i + 1 if ends and years and int(years[-1].text) < cx.published.year else 0


#: Nouns standing for the state a text is about in a possessive before a title ("the country's
#: finance minister"): the office's state is read as for any office written without one.
OWN_STATE_NOUNS = {"country", "nation", "state", "government"}
#: Offices the possessive of :data:`OWN_STATE_NOUNS` gives a state, beyond the ministers and
#: heads a dateline gives one (:data:`DATELINE_POSITIONS`): "the country's attorney general",
#: "the nation's top prosecutor", "the country's ambassador to the UN", "the country's army
#: chief" are that state's (positions scheme: a prosecutor, an envoy or a commander serves a state).
OWN_STATE_OFFICES = {"head of state", "head of government", "deputy head of state", "deputy head of government",
                     "minister", "deputy minister", "prosecutor", "ambassador", "envoy", "military commander",
                     "commander-in-chief", "under secretary", "permanent secretary"}


#: Words that may follow an office named in apposition with no state ("X, the environment
#: secretary, resigned", "X, the foreign minister since 2022"): the end of the phrase.
APPOSITION_ENDS = {",", ".", ";", ":", "since", "until", "who", "and", "-", "--", "–", "—", ")"}


#: Adverbs before a title in apposition that say the office is held no longer ("X,
#: formerly deputy head of the agency"; corpus/CLAIMS.md, "Positions": status ended).
FORMERLY = {"formerly", "previously"}


def _after_regions(m: Mention, cx: Context) -> int | None:
    """The token after the regions named from mention ``m`` on, joined by 'and' or a comma
    ("Middle East and North Africa"), when every name there is of a region or place
    (:data:`REGION_TYPES`); None when another kind of name is joined to them."""
    doc, k = cx.doc, m.end
    while k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and k + 1 in cx.at:
        nxt = cx.at[k + 1]
        if nxt.start != k + 1 or nxt.entity.type not in REGION_TYPES | {"City"}:
            return None
        k = nxt.end
    return k


def _portfolio_after(k: int, cx: Context) -> int | None:
    """The token after a minister's portfolio written with 'of' or 'for' from token ``k``
    ("Minister of Foreign Affairs", "Minister for Strategic Industries", "Deputy Prime
    Minister for the Reintegration of the Temporarily Occupied Territories"): capitalised
    words, with 'the', 'of', 'and' between them, that name nothing the mentions found,
    up to the end of the phrase (:data:`APPOSITION_ENDS` or the end of the text). None
    when the words are not so."""
    doc = cx.doc
    if k + 1 >= len(doc) or doc[k].lower_ not in ("of", "for"):
        return None
    e = k + 1
    while e < len(doc) and e not in cx.at and (doc[e].is_title and doc[e].is_alpha or
                                               doc[e].lower_ in ("the", "of", "and", "for")):
        e += 1
    if e == k + 1 or not doc[e - 1].is_title or e < len(doc) and doc[e].lower_ not in APPOSITION_ENDS:
        return None
    return e


def _unowned_office(doc: Doc, k: int, title: str) -> bool:
    """Whether an office named in apposition with no state or body ("Tor Ashby, the
    finance minister, ...") is a state office (:data:`DATELINE_POSITIONS`) whose phrase
    ends at token ``k`` (:data:`APPOSITION_ENDS` or the end of the text): its state is
    then the one :func:`~kg.extract.facts.run.find_facts` reads for any state office (the
    person's, the sentence's, the dateline's), else no fact. False for any other office
    ("X, the spokesman", of whom?) or a phrase that goes on ("the finance minister's
    aide")."""
    return TITLES.get(title) in DATELINE_POSITIONS and (k >= len(doc) or doc[k].lower_ in APPOSITION_ENDS)


#: Words of kinship and marriage that tie two named people (Wikidata P26 spouse, P40
#: child, P3373 sibling, P22/P25 father and mother): an Association, the word its description.
KIN_NOUNS = {"wife", "husband", "spouse", "widow", "widower", "son", "daughter", "brother", "sister", "father",
             "mother", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "nephew", "niece"}


def kinship_facts(cx: Context) -> list[Fact]:
    """A FamilyTie (or, for kin other than spouses, parents and children, an Association:
    :func:`_family_tie`) of two named people from a word of kinship between them:
    "Lina Varo and her husband, Tor Ashby", "Lina Varo's brother, Tor Ashby", "his wife
    Stella Ashby", "the former president's son Tor Ashby" (the possessor before the word,
    a name, a pronoun or a description the mentions resolved), "Tor Ashby, the husband of
    Lina Varo", "Tor Ashby, Lina Varo's brother" (after the name). Returns one fact per
    pair, with the word as its description."""
    doc, out, seen = cx.doc, [], set()

    def person(i: int) -> Mention | None:
        m = cx.at.get(i)
        return m if m is not None and m.entity.type == "Person" else None

    def kin(k: int) -> str:  # "brother", or "brother-in-law" the tokenizer splits at its hyphens
        if k + 3 < len(doc) and [t.lower_ for t in doc[k + 1:k + 4]] in (["-", "in", "-"], ["–", "in", "–"]) and \
                doc[k + 4: k + 5].text.lower() == "law":
            return doc[k].lower_ + "-in-law"
        return doc[k].lower_

    def owner_before(k: int) -> Mention | None:  # "Lina Varo's", "her" ending at token k
        if k >= 0 and doc[k].lower_ in ("'s", "’s"):
            k -= 1
        return person(k) if k >= 0 else None

    for m in cx.mentions:
        if m.entity.type != "Person" or m.form not in ("name", "surname"):
            continue
        pairs = []
        j = m.start - 1
        if j >= 2 and doc[j].text == "," and doc[j - 1].lower_ in KIN_NOUNS:  # "her husband, Tor Ashby"
            owner = owner_before(j - 2)
            if owner is not None:
                pairs.append((owner, kin(j - 1), owner.start, m.end))
        elif j >= 1 and doc[j].lower_ in KIN_NOUNS:  # "his wife Stella Ashby", "the former president's son Tor Ashby"
            owner = owner_before(j - 1)
            if owner is not None:
                pairs.append((owner, kin(j), owner.start, m.end))
        j = m.end
        if j + 2 < len(doc) and doc[j].text == ",":  # "Tor Ashby, the husband of Lina Varo", "Tor Ashby, Lina Varo's brother"
            k = j + 1 + (doc[j + 1].lower_ in ("the", "a", "his", "her"))
            if k + 1 < len(doc) and doc[k].lower_ in KIN_NOUNS and doc[k + 1].lower_ == "of" and person(k + 2):
                pairs.append((person(k + 2), doc[k].lower_, m.start, cx.at[k + 2].end))
            owner = person(j + 1)
            if owner is not None and owner.end + 1 < len(doc) and doc[owner.end].lower_ in ("'s", "’s") \
                    and doc[owner.end + 1].lower_ in KIN_NOUNS:
                word = kin(owner.end + 1)
                pairs.append((owner, word, m.start, owner.end + 2 + 4 * word.endswith("-in-law")))
        for owner, word, start, end in pairs:
            key = frozenset((owner.entity.id, m.entity.id))
            if len(key) == 2 and key not in seen:
                seen.add(key)
                out.append(Fact(*_family_tie(owner.entity, word, m.entity), tokens=list(range(start, end)),
                                clause=False, split=False))
    return out


#: Words of kinship by the tie they name (corpus/CLAIMS.md, "Family ties"): the word says
#: what the second person is to the first ("X's son Y": Y is X's child).
SPOUSE_NOUNS = {"wife", "husband", "spouse", "widow", "widower"}
CHILD_NOUNS = {"son", "daughter"}
PARENT_NOUNS = {"father", "mother"}
SIBLING_NOUNS = {"brother", "sister"}


def _family_tie(owner: Known, word: str, other: Known) -> tuple[str, dict, dict]:
    """The class, roles and attributes of the tie ``word`` names between ``owner`` and
    ``other`` ("Lina Varo's husband, Tor Ashby": owner Lina Varo, word 'husband', other
    Tor Ashby): a FamilyTie of spouses (wife, husband, widow), of a parent and a child (son,
    daughter, father, mother), as corpus/CLAIMS.md records them; any other kin (a cousin,
    an in-law, a nephew) an Association of the two, the word its description; a brother or
    a sister a FamilyTie of two ``sibling`` (corpus/CLAIMS.md, "his sister", Wikidata P3373)."""
    if word in SPOUSE_NOUNS:
        return "FamilyTie", {"spouse": [owner, other]}, {"description": word}
    if word in SIBLING_NOUNS:
        return "FamilyTie", {"sibling": [owner, other]}, {"description": word}
    if word in CHILD_NOUNS:
        return "FamilyTie", {"parent": [owner], "child": [other]}, {"description": word}
    if word in PARENT_NOUNS:
        return "FamilyTie", {"parent": [other], "child": [owner]}, {"description": word}
    return "Association", {"associate": [owner, other]}, {"description": word}


#: Offices held for a person as well as for a body: "Lina Varo's spokesman, Tor Ashby",
#: "Tor Ashby, an adviser to Lina Varo", "an envoy of President Lina Varo".
AIDE_POSITIONS = {"spokesperson", "adviser", "envoy"}


def _aide(title: str) -> bool:
    """Whether ``title`` (a key of TITLES) names an office held for a person."""
    return TITLES.get(title) in AIDE_POSITIONS


def _aide_after(doc: Doc, i: int) -> bool:
    """Whether a title of an aide (:data:`AIDE_POSITIONS`) starts at token ``i``."""
    return any(_aide(t) for k in range(i + 1, min(len(doc), i + 4) + 1) for t in [_title_at(doc, i, k)] if t)


#: Words naming a body of members ("the All Torkham Customs Clearing Agents Association", "the
#: Chamber of Commerce"): its president is the head of the organisation (Wikidata P488
#: 'chairperson'), not a director.
MEMBERS_BODY_WORDS = {"association", "chamber", "federation", "confederation", "union", "council", "society",
                      "league", "syndicate", "guild", "alliance", "committee"}


#: Titles of who chairs a body's sittings ("the chairman of the National Assembly",
#: "European Council President Charles Michel").
CHAIR_TITLES = {"president", "chairman", "chairwoman", "chairperson", "chair"}
#: Words of the name of a council of no one state: a body of members (states, ministers, delegates)
#: whose president chairs its sittings and heads no staff ("the European Council", "the Human
#: Rights Council").
COUNCIL_WORDS = {"council"}


def _position_fits(f: Fact) -> bool:
    """Whether the PositionHeld ``f`` is an office its body can have (:func:`_fitting_office`,
    which may narrow ``f``'s position); a chair or president of a legislature or of a council
    of members ("the chairman of the National Assembly", "the President of the European
    Council") is its presiding officer (corpus/CLAIMS.md "Positions": the speaker or chair of
    a legislature, the chair of an organisation's body), not its board chair or head; the
    chair of a commission is its commission president."""
    if not _fitting_office(f):
        return False
    of = f.roles.get("positionOf", [])
    title = str(f.attrs.get("title", "")).lower().split()
    if of and f.attrs.get("position") in ("board chair", "head of organisation") and title[-1:] and \
            title[-1] in CHAIR_TITLES and not set(title) & {"vice", "deputy", "acting"} and \
            of[0].type in ("Organisation", "InternationalOrganisation"):
        words = set(normalise(of[0].label).split())
        # a chamber of commerce is no legislature: its chairman chairs a board
        # a state's council is as often an agency ("the National Electoral Council"): its president heads it
        if words & (LEGISLATURE_WORDS - {"chamber"}) or words & COUNCIL_WORDS and not of[0].state:
            f.attrs["position"] = "presiding officer"
        elif "commission" in words:  # "the chairperson of the AU Commission": its president
            f.attrs["position"] = "commission president"
    return True


def _fitting_office(f: Fact) -> bool:
    """A head of state or government is of a state; a bare 'president' of an
    organisation is its president (commission or court president), not a head of
    state; a minister or spokesperson may be of a state or its government."""
    of = f.roles.get("positionOf", [])
    pos = f.attrs["position"]
    title = f.attrs.get("title", "").lower()
    if title.split(" of ")[0] in ("head", "chief", "boss") and (title in ("head", "chief", "boss") or title not in TITLES):
        # "the head of the African Union": of the body named; "the head of the delegation", of no
        # body named, or "the head of Peru", of a state (of state or of government?), is no office
        if not of or of[0].type in ("State", "Person"):
            return False
        if of[0].type == "StateCompany":
            f.attrs["position"] = "chief executive"  # the head of a company runs it, as its president does
        if of[0].type in ("Government", "MilitaryGovernment") and of[0].state:
            # the head of a government leads its state; of a military government, as its military ruler
            f.attrs["position"] = "military ruler" if of[0].type == "MilitaryGovernment" else "head of government"
            f.roles["positionOf"] = [Known(of[0].state, "State", of[0].state)]
        return True
    if of and pos == "secretary-general" and "party" in of[0].label.lower().split() and \
            title.replace("-", " ").split()[-1:] == ["secretary"]:
        # "the general secretary of the Communist Party": its leader; a "secretary-general" of a
        # party ("the LDP secretary-general") runs its organisation under its president
        f.attrs["position"] = "party leader"
        return True
    if of and pos in ("head of state", "head of government") and of[0].type in ("Government", "MilitaryGovernment") \
            and of[0].state:
        # the leader of a government leads its state; of a military government, as its military ruler
        if of[0].type == "MilitaryGovernment":
            f.attrs["position"] = "military ruler"
        f.roles["positionOf"] = [Known(of[0].state, "State", of[0].state)]
        return True
    if of and pos == "head of government" and of[0].type in REGION_TYPES | {"Government"} and title in REGIONAL_TITLES:
        return True  # "Ontario Premier Doug Ford": a region's (or its government's) head of government
    if of and pos in ("head of state", "head of government") and of[0].type not in ("State",):
        if of[0].type in ("Government", "MilitaryGovernment") and of[0].state:
            return True
        if f.attrs["title"].lower().split(" of ")[0].endswith("leader") and \
                of[0].type in ("Organisation", "InternationalOrganisation", "Group"):  # "leader of the X Party"
            # "the leader of the People Power Party": a party's or a body's leader, not a state's
            f.attrs["position"] = "party leader" if "party" in of[0].label.lower() else "head of organisation"
            return True
        if pos == "head of state" and " of " in f.attrs["title"].lower() and \
                f.attrs["title"].lower().split(" of ")[0].split()[-1:] == ["president"] and \
                of[0].type in ("InternationalOrganisation", "Organisation"):
            f.attrs["position"] = "head of organisation"  # "the president of the European Council, X"
            if of[0].type == "Organisation" and set(normalise(of[0].label).split()) & LEGISLATURE_WORDS:
                f.attrs["position"] = "presiding officer"  # "president of Congress", "of the Senate": its speaker
            return True
        if pos == "head of state" and f.attrs["title"].lower().split()[-1:] == ["president"]:  # "Commission President"
            f.attrs["position"] = "court president" if of[0].type == "Court" else "commission president" \
                if "commission" in of[0].label.lower() else "head of organisation" \
                if set(of[0].label.lower().split()) & MEMBERS_BODY_WORDS else "director"
            if of[0].type in ("StateCompany",):  # a company's president runs it
                f.attrs["position"] = "chief executive"
            return of[0].type in ("Court", "InternationalOrganisation", "Organisation", "StateCompany")
        return False
    return True


#: Words of a legislature's name or description ("National Assembly", "Verkhovna Rada",
#: "South Korea's legislature"): the bodies a speaker presides over.
LEGISLATURE_WORDS = {"parliament", "assembly", "congress", "senate", "house", "duma", "rada", "knesset",
                     "bundestag", "majlis", "legislature", "chamber", "sejm", "diet", "cortes", "storting", "riksdag"}


def _names_legislature(tok: Token) -> bool:
    """Whether the word ``tok`` names a legislature by its kind ("Congress", "Parliament")."""
    return tok.lower_ in LEGISLATURE_WORDS


def one_legislature(cx: Context) -> Known | None:
    """The one legislature the article names (an organisation whose label or registry
    description holds a word of :data:`LEGISLATURE_WORDS`), the body a presiding officer
    named without one presides over ("Speaker Woo Won Shik" in an article of the National
    Assembly); None when the article names none or several."""
    found: dict[str, Known] = {}
    for m in cx.mentions:
        if m.entity.type != "Organisation":
            continue
        entity = cx.resolver.registry.entities.get(m.entity.id)
        words = set(normalise(m.entity.label).replace("'s", "").split())
        if entity is not None and entity.description:
            words |= set(normalise(entity.description).replace("'s", "").split())
        if words & LEGISLATURE_WORDS:
            found[m.entity.id] = m.entity
    return next(iter(found.values())) if len(found) == 1 else None


def one_court(cx: Context) -> Known | None:
    """The one court the article names, the court a judge named without one sits on
    ("Judge Julia Sebutinde of Uganda" in a report of the International Court of
    Justice); None when the article names none or several."""
    found = {m.entity.id: m.entity for m in cx.mentions if m.entity.type == "Court" and not m.others}
    return next(iter(found.values())) if len(found) == 1 else None


def registry_state(person: Known, cx: Context) -> Known | None:
    """The state a registry name of ``person`` places them in: a demonym or a state's
    name before a title ("Russian President Vladimir Putin", "Israel's Prime Minister
    Benjamin Netanyahu" as aliases), else one its description names ("President of
    Kenya", "Chilean diplomat", as Wikidata describes people). None when they give no
    state or several."""
    entity = cx.resolver.registry.entities.get(person.id)
    found: dict[str, Known] = {}
    for name in entity.names if entity is not None else ():
        words = normalise(name).replace("’", "'").split()
        for a in range(1, len(words)):
            if not any(" ".join(words[a:b]) in TITLES for b in range(a + 1, min(len(words), a + 5) + 1)):
                continue
            prefix = " ".join(words[:a])
            st = cx.resolver.demonyms.get(prefix) or cx.resolver.names.get(re.sub(r" ?'s$", "", prefix))
            if st is not None and st.type == "State":
                found[st.id] = st
    if not found and entity is not None and entity.description:  # "President of Ruritania", "Ruritanian politician"
        words = normalise(entity.description).replace("’", "'").replace("'s", "").split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                key = " ".join(words[i:i + n])
                st = cx.resolver.demonyms.get(key) or cx.resolver.names.get(key)
                if st is not None and st.type == "State":
                    found[st.id] = st
    return next(iter(found.values())) if len(found) == 1 else None


#: Prepositions whose object is where or on whom a person acts, not whom they act for:
#: "President Lina Varo imposed sanctions on Peru", "arrived in Chile".
ELSEWHERE = {"on", "against", "into", "to", "in", "with", "from", "at", "toward", "towards"}
#: Prepositions whose object is the agent of another act than the office holder's: "a
#: breach of Latvian airspace by Belarus", "strikes carried out by Ostravia" name the state
#: accused, the other party of a complaint, never the state a bare title is of.
AGENT_PREPOSITIONS = {"by"}


def _possessor_state(f: Fact, cx: Context) -> Known | None:
    """The state of an office a possessive pronoun gives ("Khan and his former foreign
    minister, Shah Mahmood Qureshi"): the state of the person named last before 'his' /
    'her' in the sentence (the one who appointed or is served), when the article gives
    that person one; else None."""
    if not f.tokens or cx.doc[min(f.tokens)].lower_ not in ("his", "her"):
        return None
    i = min(f.tokens)
    floor = cx.doc[i].sent.start
    before = [m for m in cx.mentions if floor <= m.start and m.end <= i and m.entity.type == "Person"
              and m.entity.id != f.roles["holder"][0].id]
    return (cx.person_state.get(before[-1].entity.id) or cx.office_state.get(before[-1].entity.id)) if before else None


#: Offices a wire's dateline gives their state when the article names none: a bare
#: "President X" or "Prime Minister X" in a report filed from a capital is that state's
#: (ambassadors and envoys are posted there from elsewhere, so they are left out).
DATELINE_POSITIONS = {"head of state", "head of government", "deputy head of state", "deputy head of government",
                      "minister", "deputy minister", "junior minister"}
#: Offices a state gives one person at a time.
SOLE_POSITIONS = {"head of state", "head of government"}


def _dateline_state(f: Fact, found: list[Fact], cx: Context) -> Known | None:
    """The state of a state office written without one, when neither the person, the
    phrase nor the sentence names it: the state whose capital or seat of government
    the article's wire dateline names ("KYIV, Jan 1 — ... President Volodymyr
    Zelensky"). None for offices outside :data:`DATELINE_POSITIONS`, a former or plural
    title, a title whose possessive names another state ("Afghanistan's acting defence
    minister, X" in a report from Islamabad), when the article names another state more often than the dateline's (a
    summit or a court abroad: "THE HAGUE — NATO leaders ..."), or when the article
    gives that state's office, one person's at a time (:data:`SOLE_POSITIONS`), to
    someone else ("ABUJA — ... Nigerian President Bola Tinubu ... President Mohamed
    Bazoum": Bazoum is not Nigeria's president). None too when the office's sentence names
    another state than the dateline's ("WARSAW - ... met the U.S. President ... and Interior
    Minister X spoke"): a sentence naming several states gives none."""
    if f.attrs["position"] not in DATELINE_POSITIONS or f.plural or f.attrs.get("status") == "ended":
        return None
    st = cx.dateline_state
    if st is None:
        return None
    doc = cx.doc
    owners = [e for i in f.tokens for c in doc[i].children if c.dep_ == "poss" for e in cx.entities(c)]
    if any(getattr(cx.resolver.state_of(e), "id", st.id) != st.id for e in owners):
        return None  # "Afghanistan's acting defence minister, X" in a report from Islamabad: not Pakistan's
    sent = doc[f.tokens[-1]].sent
    mine = set(f.tokens)
    # (a state an 'of' gives another name's office, "and President Y of Peru", is that office's)
    if any(k != st.id for m in cx.mentions_in(sent.start, sent.end) if m.start not in mine
           and not _of_another_name(m, mine, cx) and not (m.entity.type == "Person" and _of_state_after(m, cx))
           for k in _states_named(cx, m.start, m.start + 1)):
        return None  # a sentence naming another state beside the dateline's does not say whose office it is
    # a summit or a court in another state's capital ("THE HAGUE — NATO leaders ..."):
    # the report is about its own state only if it names that state as often as any
    named: dict[str, int] = {}
    for m in cx.mentions:
        of = cx.resolver.state_of(m.entity) if m.entity.type in ("State", "Government", "MilitaryGovernment") else None
        if of is not None:
            named[of.id] = named.get(of.id, 0) + 1
    if named.get(st.id, 0) < max(named.values(), default=0) or not named.get(st.id):
        return None
    holder = f.roles["holder"][0].id
    for g in found:
        if g.attrs["position"] == f.attrs["position"] and f.attrs["position"] in SOLE_POSITIONS \
                and g.roles["holder"][0].id != holder \
                and any(getattr(cx.resolver.state_of(of), "id", None) == st.id for of in g.roles.get("positionOf", [])):
            return None
    return st


#: Nouns of the officials and agents of a state, which a demonym on them makes another
#: state's than the office holder's in the same sentence ("approached Libyan officials",
#: "met Peruvian counterparts").
OTHERS_OFFICIALS = {"official", "officials", "authority", "authorities", "counterpart", "counterparts", "diplomat",
                    "diplomats", "envoy", "envoys", "negotiator", "negotiators", "delegation", "delegate", "delegates",
                    "representative", "representatives", "officer", "officers", "agent", "agents",
                    # an envoy summoned or received ("summoned the Chinese ambassador"): the other state's
                    "ambassador", "ambassadors"}


def _sentence_state(f: Fact, cx: Context) -> Known | None:
    """The state of a state office written without one ("Foreign Minister Sergei Lavrov
    represented Russia"): the one state the sentence names by name or capital (not as
    the object of a preposition of place or target: "imposed sanctions on Peru", nor
    the accused agent of :data:`AGENT_PREPOSITIONS`: "a breach of its airspace by Peru"),
    else the one it names by a demonym ("the Finnish flag"), not one on a noun of
    officials (:data:`OTHERS_OFFICIALS`: "approached Libyan officials" names those the
    holder deals with); a person of the office's own clause placed in a state counts as
    naming it. None when the sentence gives the same
    office to someone else, the title is a leader's (a party's or an opposition's
    too), or two states tie: a sentence naming two states does not say which one the
    office is of."""
    if not f.tokens or f.plural or {"leader", "leaders", "opposition"} & set(f.attrs["title"].lower().split()):
        return None
    doc = cx.doc
    sent = doc[f.tokens[-1]].sent
    mine = set(f.tokens)
    for i in range(sent.start, sent.end):  # "the Canadian prime minister to Prime Minister Narendra Modi"
        if i not in mine and any(_title_at(doc, i, j) and TITLES[_title_at(doc, i, j)] == f.attrs["position"]
                                 for j in range(i + 1, min(sent.end, i + 4) + 1)):
            return None  # the sentence gives the same office to someone else: the state may be theirs
    named: dict[str, Known] = {}
    adjectives: dict[str, Known] = {}
    for m in cx.mentions:
        if not sent.start <= m.start < sent.end or m.start in mine:
            continue
        if m.others:  # "the two countries", "the three governments": several states, none the office's
            named.update({st.id: st for e in m.entities for st in [cx.resolver.state_of(e)] if st is not None})
            continue
        if m.entity.type in ("State", "Government", "MilitaryGovernment"):
            st = cx.resolver.state_of(m.entity)
            root = doc[m.end - 1]
            while root.dep_ == "conj" and root.head.i != root.i:  # "on Peru and Chile": Chile hangs on Peru
                root = root.head
            if st is None or (root.dep_ == "pobj" and root.head.lower_ in ELSEWHERE) or _elsewhere(root):
                continue
            if root.dep_ == "pobj" and root.head.lower_ in AGENT_PREPOSITIONS:
                continue  # "a violation of Latvian airspace by Belarus": the one accused acts, not for the holder
            if cx.has_parser and _in_participle(root, doc[f.tokens[-1]]):
                continue  # "X told reporters, calling the U.S. measures unjustified": the measures', not X's
            if _of_another_name(m, mine, cx):
                continue  # "Prime Minister X and President Y of Peru": Peru is Y's office's, not X's
            if m.form == "demonym" and root.head.lemma_.lower() in OTHERS_OFFICIALS and root.head.i not in mine:
                # "X, then interior minister, had allowed aides to approach Libyan officials": the
                # officials of that state are others, whom the holder deals with
                continue
            (adjectives if m.form == "demonym" else named)[st.id] = st
        elif m.entity.type == "Person" and m.entity.id in cx.person_state and \
                not (cx.has_parser and _in_other_clause(doc[m.end - 1], doc[f.tokens[-1]])) and \
                not (doc[m.end - 1].dep_ == "appos" and doc[m.end - 1].head.lemma_.lower() in OTHERS_OFFICIALS) and \
                not _of_state_after(m, cx):  # "summoned the Chinese ambassador, Feng Biao": the other side's envoy  # "... and President Y of Peru": Y's own office's state
            # a person in a clause of its own ("Bessent said the measures answer President Putin's
            # refusal") tells nothing of the office's state
            st = cx.person_state[m.entity.id]
            named[st.id] = st
    for found in (named, adjectives):
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _of_state_after(p: Mention, cx: Context) -> bool:
    """Whether the person mention ``p`` is followed by 'of [the] STATE' ("President Tor
    Ashby of Peru"): the state of that person's own office, which tells nothing of the
    office of another name the sentence joins to it."""
    doc = cx.doc
    k = p.end + (2 if p.end + 1 < len(doc) and doc[p.end + 1].lower_ == "the" else 1)
    return p.end < len(doc) and doc[p.end].lower_ == "of" and any(
        m.start == k and m.entity.type in ("State", "Government") for m in cx.mentions)


def _of_another_name(m: Mention, mine: set[int], cx: Context) -> bool:
    """Whether the state mention ``m`` is the 'of' phrase right after another person's
    name ("President Tor Ashby of Peru", "... Ashby of the United States"), a token of no
    office in ``mine`` (token indexes of the office asked about): that 'of' gives the
    office of the name it follows, so the sentence names no state for any other office."""
    doc = cx.doc
    k = m.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or k - 1 in mine:
        return False
    return any(p.end == k and p.entity.type == "Person" and p.start not in mine for p in cx.mentions)


#: Offices read as of the state an article is about when nothing nearer names one: a
#: state's ministers and heads (a prosecutor, often of a court or a city, is left out).
ARTICLE_STATE_POSITIONS = DATELINE_POSITIONS


def _states_named(cx: Context, start: int = 0, end: int | None = None) -> dict[str, tuple[Known, int]]:
    """The states the mentions between tokens ``start`` and ``end`` name, by name, demonym
    or government (several for "the two countries"), each with how many times: state id
    -> (state, count)."""
    end = len(cx.doc) if end is None else end
    named: dict[str, tuple[Known, int]] = {}
    for m in cx.mentions_in(start, end):
        for e in m.entities:
            st = cx.resolver.state_of(e) if e.type in ("State", "Government", "MilitaryGovernment") else None
            if st is not None:
                named[st.id] = (st, named.get(st.id, (st, 0))[1] + 1)
    return named


def _leading_state(cx: Context) -> Known | None:
    """The state the article names far more than any other (:func:`_states_named`: at
    least three times and twice as often as the next), or None; counted once per article
    (``cx.memo``), not once per office."""
    if "leading state" not in cx.memo:
        ranked = sorted(_states_named(cx).values(), key=lambda v: -v[1])
        far_ahead = ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
        cx.memo["leading state"] = ranked[0][0] if far_ahead else None
    return cx.memo["leading state"]


def article_state(f: Fact, found: list[Fact], cx: Context) -> Known | None:
    """The state of a state office written without one ("Foreign Minister Abbas Araqchi
    said ..." in a report on Iran), when neither the person, the phrase, the sentence
    nor a dateline names it: the state the article names far more than any other (at
    least three times and twice as often as the next), as news of one state calls its
    officials by their bare titles. None for offices outside
    :data:`ARTICLE_STATE_POSITIONS`, a former or plural title, a sentence naming another
    state (the office may be that state's), or when the article gives that state's same
    office (same title, :func:`office_key`; a head of state or government, one at a
    time) to someone else: then this one is likely another state's. None too when the
    wire dateline's state is another one the text names (by name or demonym, not only
    by the dateline's capital: "THE HAGUE - ... the Netherlands"), or the sentence names
    the leading state in a phrase of place or target (:func:`_elsewhere`): the state
    acted on is no evidence of the holder's own."""
    if not f.tokens or f.plural or f.attrs["position"] not in ARTICLE_STATE_POSITIONS or \
            f.attrs.get("status") == "ended":
        return None
    st = _leading_state(cx)
    if st is None or _dateline_state_named(cx, st):
        return None  # a report filed from a state it names too ("THE HAGUE - ... measures against Israel")
    sent = cx.doc[f.tokens[-1]].sent
    mine = set(f.tokens)
    in_sentence = cx.mentions_in(sent.start, sent.end)
    if any(m.start not in mine and _elsewhere(cx.doc[m.end - 1]) and st.id in _states_named(cx, m.start, m.start + 1)
           for m in in_sentence):
        return None  # "Foreign Minister X resigned over measures against Israel": the state acted on, not X's
    others = {k for m in in_sentence if m.start not in mine
              and not (m.form == "capital" and cx.doc[m.end - 1].dep_ == "compound")  # "the Cairo agreement"
              for k in _states_named(cx, m.start, m.start + 1)} - {st.id}
    if others or \
            any(m.entity.type == "Person" and m.start not in mine
                and getattr(cx.person_state.get(m.entity.id), "id", st.id) != st.id for m in in_sentence):
        return None  # "... told Lavrov": a sentence with another state's people or name in it
    holder, key = f.roles["holder"][0].id, office_key(f)
    for g in found:
        if g.roles["holder"][0].id == holder or g.attrs["position"] != f.attrs["position"] or \
                not any(getattr(cx.resolver.state_of(of), "id", None) == st.id for of in g.roles.get("positionOf", [])):
            continue
        if "startDate" in g.attrs or g.attrs.get("status") == "ended":
            continue  # "appointed X as Prime Minister on Friday" after "Prime Minister Y resigned": one after the other
        if f.attrs["position"] in SOLE_POSITIONS or (key is not None and office_key(g) == key):
            return None
    return st


def _dateline_state_named(cx: Context, leading: Known) -> bool:
    """Whether the article's wire dateline names a state other than ``leading`` that the
    text also names by name or demonym (a capital alone, the dateline's own or "in
    Vienna", does not count): a report filed from a state it speaks of, whose bare
    titles may be that state's."""
    st = cx.dateline_state
    if st is None or st.id == leading.id:
        return False
    return any(m.form in ("name", "demonym") and any(getattr(cx.resolver.state_of(e), "id", None) == st.id
                                                     for e in m.entities if e.type in ("State", "Government"))
               for m in cx.mentions)


#: Dependencies of a clause embedded in a sentence: a complement, an adverbial or a
#: relative clause (participles hanging on a noun, which the parser also gives to a
#: sentence's main verb, are left out).
EMBEDDED_CLAUSES = {"ccomp", "xcomp", "advcl", "relcl", "csubj", "parataxis"}


def _in_other_clause(tok: Token, other: Token) -> bool:
    """Whether ``tok`` lies inside an embedded clause (:data:`EMBEDDED_CLAUSES`) that
    does not hold ``other``: "Bessent said [the measures answer President Putin's
    refusal]" puts Putin in a clause the title "Treasury Secretary" is not in."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in EMBEDDED_CLAUSES and node.pos_ in ("VERB", "AUX"):
            return other not in node.subtree
        node = node.head
    return False


#: Verbs whose participle clause holds what the office holder says or judges ("..., calling the
#: U.S. measures unjustified"), not where the office is held.
JUDGING_VERBS = SAY_VERBS | LABEL_VERBS | {"accuse", "blame", "condemn", "criticise", "criticize", "praise", "urge"}


def _in_participle(tok: Token, other: Token) -> bool:
    """Whether ``tok`` lies inside the clause of a participle of saying or judging
    (:data:`JUDGING_VERBS`: "..., calling the U.S. measures unjustified") that does not
    hold ``other``: what the holder speaks of. A participle of another verb ("flew to
    Spain, leaving Peruvian politics behind") may still name the office's state."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("advcl", "xcomp") and node.tag_ == "VBG" and node.lemma_.lower() in JUDGING_VERBS:
            return other not in node.subtree
        node = node.head
    return False


def _elsewhere(tok: Token) -> bool:
    """Whether ``tok`` modifies a noun inside a phrase of place or target ("action
    against Russia's key source of revenue"): up its noun phrase to the first verb, a
    preposition of :data:`ELSEWHERE` on the way. An apposition stops the climb: "in
    Nairobi, the Kenyan capital" describes the place, and its demonym names the state."""
    node = tok
    while node.dep_ in ("poss", "compound", "amod", "nmod", "pobj", "prep", "conj") and node.head.i != node.i \
            and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
        if node.pos_ == "ADP" and node.lower_ in ELSEWHERE:
            return True
    return False


# --- offices taken ----------------------------------------------------------------------

#: Verbs that put the person they speak of in the office their complement names (Wikidata
#: P39, "position held", with its start): "became Chile's foreign minister", "takes over as
#: acting president", "was sworn in as president", "was appointed defence minister", "was
#: named ambassador to Peru", "was elected president of Peru", "serves as envoy".
OFFICE_TAKEN_VERBS = {"become", "appoint", "name", "elect", "re-elect", "reelect", "swear", "install", "take",
                      "serve", "succeed", "be", "promote", "elevate", "reappoint", "return", "replace",
                      # PLOVER/CAMEO's appointments by other verbs: "nominated X as envoy", "picked X as
                      # finance minister", "brought back X as foreign secretary" (with 'back' or 'in')
                      "nominate", "designate", "choose", "pick", "tap", "bring"}
#: Verbs of :data:`OFFICE_TAKEN_VERBS` that appoint only with one of these particles
#: ("brought back Cameron as foreign secretary", "brought in X as chief executive").
PARTICLE_OF_TAKING = {"bring": ("back", "in")}
#: Verbs that take a person out of the office their 'as' phrase names, or by which they
#: leave it ("sacked X as home secretary", "was dismissed as finance minister", "resigned as
#: environment secretary", "stepped down as president"): the office held until then, ended.
#: Verbs of taking an office on one day, whose date is the office's start ("was sworn in as
#: president on Friday", "took over as acting president on Monday", "became president of
#: Congress in July").
SWORN_VERBS = {"swear", "install", "take", "become"}
#: Verbs by which one puts another in an office at once ("appointed Lina Varo as prime
#: minister on Friday", "was named foreign minister on Monday"): the day of the act is the
#: office's start (Wikidata P580 'start time' of P39 'position held'). An election is not:
#: the office begins at the swearing-in.
APPOINTING_VERBS = {"appoint", "reappoint", "name"}
OFFICE_LEFT_VERBS = {"sack", "dismiss", "fire", "oust", "remove", "relieve", "demote", "resign", "quit", "step"}
#: Verbs whose subject takes the office from their object ("X succeeded / replaced Y as
#: president"): the object held it before (:func:`_predecessor`).
TAKEN_FROM_VERBS = {"succeed", "replace"}
#: Words before a verb of taking an office that leave it unsaid whether the office is taken
#: ("could become", "hopes to become" is a verb of its own): no fact.
MAYBE_WORDS = {"could", "might", "may", "if", "whether"}


#: Words before a copula that make it no statement of an office held now or then ("wants to
#: be president", "would be the next prime minister").
NOT_HELD_WORDS = MAYBE_WORDS | {"would", "will", "to", "shall", "should", "must"}


def _copula_of_office(verb: Token) -> bool:
    """Whether the verb 'be' states that its subject holds the office its complement
    names ("Tor Ashby is Peru's president", "Lea Moro was the prime minister of Chile"):
    a finite main or coordinated clause, not an infinitive ("to be president"), not a
    modal or conditional one ("would be", "if he is"), not a question ("who is ...") and
    not a relative clause (read by the apposition rules)."""
    if verb.dep_ not in ("ROOT", "conj", "ccomp") or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return False
    if any(c.lower_ in NOT_HELD_WORDS or c.dep_ in ("mark", "neg") for c in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].tag_ not in ("WP", "WDT") and subj[0].lower_ not in ("who", "what", "which")


def office_taken_facts(cx: Context) -> list[Fact]:
    """PositionHeld of a person a verb puts in an office (:data:`OFFICE_TAKEN_VERBS`), the
    office the verb's complement names as a title of :data:`TITLES`: "Ana Kell became
    Peru's defence minister", "Tor Ashby takes over as acting president", "he would be
    sworn in as president", "Lee Hart was named ambassador to Chile", "Chile appointed Lee
    Hart ambassador". The person is the verb's subject (its object when an active verb
    appoints someone), a name, or a pronoun or description the mentions resolve to one
    person; the office's state or body is the complement's possessor, an 'of' phrase on it
    or a name just before the title ("Peruvian ambassador"), else what
    :func:`~kg.extract.facts.run.find_facts` reads for any state office (the person's
    state, the sentence's, the dateline's). The trigger is the verb, so "will become" is
    planned and "said he would be sworn in" reported. A verb of leaving or removal
    (:data:`OFFICE_LEFT_VERBS`: "sacked X as home secretary", "resigned as finance minister")
    gives the office its 'as' phrase names, ended; "was promoted to chief secretary" and
    "returns as minister" the office taken. Nothing for a negated verb, an office
    that may or may not be taken ("could become", "if elected"), a complement that is no
    title ("became the first woman to ...") or a subject that names no single person.
    Returns one fact per office taken, in text order."""
    doc, out = cx.doc, []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in OFFICE_TAKEN_VERBS | OFFICE_LEFT_VERBS:
            continue
        if any(c.dep_ == "neg" or c.lower_ in MAYBE_WORDS for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "be" and not _copula_of_office(verb):
            continue
        named = [c for c in verb.children if c.dep_ == "attr" and c.i in cx.at and cx.at[c.i].entity.type == "Person"]
        if lemma == "be" and named:
            # "The newly appointed health secretary is Victoria Atkins": the title is the subject, the name the
            # complement
            subj = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                    and not any(t.i in cx.at and cx.at[t.i].entity.type == "Person" for t in c.subtree)]
            if not subj:
                continue
            out += _office_named_after(verb, subj[0], named[0], cx)
            continue
        # the title: 'became X' (attr), 'appointed/named/elected X' (oprd), 'as X' (sworn in, take over, serve)
        comps = [c for c in verb.children if c.dep_ in ("attr", "oprd") and c.pos_ in ("NOUN", "PROPN")
                 and not (c.i in cx.at and cx.at[c.i].entity.type == "Person")]  # "appointed X, ..., as": X no office
        left = lemma in OFFICE_LEFT_VERBS
        if lemma in TAKEN_FROM_VERBS and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue  # "Y was replaced by X as president": the subject is the one who left
        if left or lemma in ("return", "replace"):
            comps = []  # "resigned as X", "returns as X", "replaced Y as X": the 'as' phrase alone names the office
        elif not comps and lemma in APPOINTING_VERBS | {"elect", "designate"}:
            # "appointed Lina Varo prime minister": the parser may make the name a modifier of the title,
            # the verb's one object; the title after the name is the office, the name its holder
            comps = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.i not in cx.at
                     and (m := cx.at.get(verb.i + 1)) is not None and m.entity.type == "Person" and m.end < o.i
                     and min(t.i for t in o.subtree) == m.start]
        heads = [verb, *(c for c in verb.children if lemma == "step" and c.lower_ in ("down", "aside"))]
        comps += [o for h in heads for p in h.children if p.dep_ == "prep" and (p.lower_ == "as" or p.lower_ == "to"
                                                                               and lemma in ("promote", "elevate"))
                  for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
        if lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
            continue  # 'took over as': 'took office as' is rare, 'took part as' no office
        if lemma in PARTICLE_OF_TAKING and not any(c.lower_ in PARTICLE_OF_TAKING[lemma] for c in verb.children
                                                   if c.dep_ in ("prt", "advmod")):
            continue  # 'brought back X as', not 'brought X as a guest'
        if lemma == "step" and not any(c.lower_ in ("down", "aside") for c in verb.children):
            continue  # 'stepped down as', not 'stepped in as'
        if lemma == "remove" and any(p.dep_ == "prep" and p.lower_ == "from" for p in verb.children):
            continue  # 'removed X from office as ...': the removal rules read it
        if not comps:
            continue
        comp = comps[0]
        start = min(t.i for t in comp.subtree)
        found = _title_before(doc, comp.i + 1, start)
        if found is None:
            continue
        tstart, title = found
        last = max(t.i for t in comp.subtree)
        longer = next((e for e in range(min(last + 1, comp.i + 5), comp.i + 1, -1) if _title_at(doc, tstart, e)), None)
        if longer is not None:  # "returns as minister without portfolio", "was named Minister of Foreign Affairs"
            title = _title_at(doc, tstart, longer)
        # "resigned as Economic Secretary to the Treasury", "was Parliamentary Secretary at the Department for
        # Work and Pensions": the title whole, and the ministry it is held in
        tstart, tend, bodies = _formal_title(tstart, longer or comp.i + 1, start, cx)
        position = TITLES[title]
        if title == "secretary" and tend > (longer or comp.i + 1) and doc[longer or comp.i + 1].lower_ == "to":
            position = "junior minister"  # a secretary to a ministry answers to its minister (positions scheme)
        # the person: the subject, or the object of an active verb that appoints them
        people = [t for t in verb.children if t.dep_ == "dobj"] if (verb.tag_ != "VBN" or
                                                                  not any(c.dep_ == "auxpass" for c in verb.children)) \
            and lemma not in TAKEN_FROM_VERBS and lemma not in ("resign", "quit", "step", "return") else []
        if not people and lemma in ("appoint", "name", "nominate", "designate", "elect", "reappoint", "choose",
                                    "pick", "tap") and verb.tag_ != "VBN" and \
                cx.at.get(verb.i + 1) is not None and cx.at[verb.i + 1].entity.type == "Person" and \
                cx.at[verb.i + 1].end <= tstart:
            # "Sunak named David Cameron foreign secretary": the parser may leave the name no object; the
            # name between the verb and the title is the one appointed, not the subject who appoints
            people = [doc[cx.at[verb.i + 1].end - 1]]
        people = people or _appointed_in_apposition(verb, start, cx)
        people = people or [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        if people and people[0].lower_ in ("who", "that") and verb.dep_ == "relcl":
            people = [verb.head]  # "Tor Ashby, who became president of Peru": the name the clause hangs on
            if verb.head.dep_ == "attr" and verb.head.head.lemma_ == "be":
                # "Tor Ashby is a career diplomat who served as ambassador": the copula's subject
                people = [c for c in verb.head.head.children if c.dep_ == "nsubj"] or people
            elif verb.head.dep_ == "appos" and verb.head.pos_ == "NOUN":
                people = [verb.head.head]  # "Tor Ashby, a lawyer who became president of Congress": the name
        if not people:
            continue
        # "Lina Varo, who succeeds Omar Kadir, became ...": the relative clause's people are not the subject
        clauses = {t.i for p in people for c in p.children if c.dep_ in ("relcl", "acl") and c.i != verb.i
                   for t in c.subtree}
        persons = _uniq([cx.at[t.i].entity for p in people for t in p.subtree
                         if t.i in cx.at and t.i not in clauses and cx.at[t.i].entity.type == "Person"])
        if len(persons) != 1:
            continue
        f = Fact("PositionHeld", {"holder": persons}, {"position": position, "title": doc[tstart:tend].text},
                 tokens=[*(t.i for t in people[0].subtree), verb.i, *range(min(start, tstart), tend)], clause=False)
        owners = [c for c in comp.children if c.dep_ == "poss"]
        of = [e for o in owners for e in cx.entities(o, conj=False)]
        of = of or [e for p in comp.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    for e in cx.entities(o, conj=False)]
        of = [e for e in of if not any(tstart <= i < tend and cx.at[i].entity.id == e.id for i in range(tstart, tend)
                                       if i in cx.at)]  # "Secretary of State for Transport": no body of 'State'
        bodies = home_bodies(bodies, persons[0], cx)
        if not of and bodies:
            of = bodies
            f.tokens += body_words(tend, bodies, cx)
        before = cx.at.get(tstart - 1)
        if not of and before is not None and before.start >= start and before.entity.type != "Person" \
                and not _portfolio(before, cx):
            of = list(before.entities)  # "became Peruvian ambassador", "was named NATO envoy"
        of = [e for e in of if e.type != "Person"]
        unnamed = [o for p in comp.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if not of and unnamed and _names_legislature(unnamed[0]):
            # "became president of Congress": the one legislature the article names (its presiding officer),
            # not the state
            if (house := one_legislature(cx)) is None:
                continue
            of = [house]
            f.attrs["title"] = doc[tstart:unnamed[0].i + 1].text
        if of:
            f.roles["positionOf"] = of if of == bodies else of[:1]
            f.tokens += [t.i for o in comp.children if o.dep_ in ("poss", "prep") and o.lower_ != "to" for t in o.subtree]
        former = [c for c in comp.children if c.lower_ in FORMER and c.i < comp.i]
        # "Tor Ashby is a former president of Peru", "was previously Parliamentary Secretary": held once, no longer
        former += [c for c in verb.children if lemma == "be" and c.dep_ == "advmod" and c.lower_ in FORMERLY | {"once"}]
        if lemma == "be" and former or left:
            f.attrs["status"] = "ended"
            f.tokens += [c.i for c in former]
        f.trigger = verb
        if lemma in SWORN_VERBS | APPOINTING_VERBS and not left:
            f.take_date(cx.date_of(verb), "startDate")  # "was sworn in as president on Friday": the day it began
        if lemma == "serve":
            _years_served(verb, f, cx)  # "served as ambassador to Turkey from 2016 to 2019"
        if _position_fits(f):
            out.append(f)
            out += _predecessor(verb, f, cx)
    return out


#: The months as a bound of a tenure may name them ("until July 2025"), by number.
TENURE_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                            "september", "october", "november", "december"), 1)}


def _tenure_bound(prep: Token) -> tuple[str, list[int], tuple[int, int]] | None:
    """The year, or month of a year, ``prep`` ('from', 'until' ...) takes as its object:
    "2021" -> ("2021", its token, (2021, 12)); "July 2025" -> ("2025-07", the two tokens,
    (2025, 7)), the claims format's month (corpus/CLAIMS.md, dates); None for any other."""
    for o in prep.children:
        if o.dep_ != "pobj":
            continue
        if o.text.isdigit() and len(o.text) == 4:
            return o.text, [o.i], (int(o.text), 12)
        years = [c for c in o.children if c.dep_ in ("nummod", "npadvmod", "appos") and c.text.isdigit() and len(c.text) == 4]
        if o.lower_ in TENURE_MONTHS and years:
            month = TENURE_MONTHS[o.lower_]
            return f"{years[0].text}-{month:02d}", [o.i, years[0].i], (int(years[0].text), month)
    return None


def _years_served(verb: Token, f: Fact, cx: Context) -> None:
    """The years a verb of serving bounds an office by ("served as ambassador from 2016 to
    2019", "has served as envoy since 2021", "served as energy minister from 2021 until
    July 2025"): 'from' or 'since' a year (or a month of one), the start (``startDate``),
    and 'to', 'until' a year or month after it, the end (``endDate``, "2025-07" for a
    month); an end before the publication's year (or month) makes the office ended
    (corpus/CLAIMS.md, "Positions": a former holder has status ended and the dates
    known). ``f`` is changed in place; nothing when no year is written so."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("from", "since") or (first := _tenure_bound(p)) is None:
            continue
        f.attrs["startDate"] = first[0]
        f.tokens += [p.i, *first[1]]
        objs = [o for o in p.children if o.dep_ == "pobj"]
        # 'until' on the year ("from 2016 to 2019") or on the verb ("from 2021 until July 2025")
        ends = [*(q for o in objs for q in o.children), *p.children, *(q for q in verb.children if q.i > p.i)]
        for q in ends:
            if q.dep_ == "prep" and q.lower_ in ("to", "until", "till") and (last := _tenure_bound(q)) is not None \
                    and last[2] >= (first[2][0], 1):
                f.attrs["endDate"] = last[0]
                f.tokens += [q.i, *last[1]]
                if cx.published is not None and last[2] < (cx.published.year, cx.published.month):
                    f.attrs["status"] = "ended"
                break
        return


def _appointed_in_apposition(verb: Token, start: int, cx: Context) -> list[Token]:
    """The one word between an active verb of taking an office and its title (token
    ``start``) whose words name one person, where the parser gives the verb no object:
    "swore in the head of the legislature, José Jerí, as president" (the parser hangs
    the office's description on 'in' and the name on the verb). [] when the verb is
    passive ("was sworn in as president": the subject took it) or none or two words name
    a person."""
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return []
    found = [c for c in verb.children if verb.i < c.i < start and c.dep_ in ("npadvmod", "appos", "prep", "dative")
             and (c.dep_ != "prep" or c.lower_ == "in")
             and any(t.i in cx.at and cx.at[t.i].entity.type == "Person" for t in c.subtree)]
    return found if len(found) == 1 else []


def _office_named_after(verb: Token, title: Token, name: Token, cx: Context) -> list[Fact]:
    """"The new health secretary is Victoria Atkins", "Peru's president is Tor Ashby": the
    person the complement ``name`` names holds the office the subject ``title`` names
    (its title's words, its possessor or 'of' phrase as the state or body; else the state
    :func:`~kg.extract.facts.run.find_facts` reads for any state office). Nothing when the
    subject names no title of :data:`TITLES`."""
    doc = cx.doc
    start = min(t.i for t in title.subtree)
    found = _title_before(doc, title.i + 1, start)
    if found is None:
        return []
    tstart, words = found
    of = [e for c in title.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    of += [e for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
           for e in cx.entities(o, conj=False)]
    of = [e for e in of if e.type != "Person"]
    f = Fact("PositionHeld", {"holder": [cx.at[name.i].entity], **({"positionOf": of[:1]} if of else {})},
             {"position": TITLES[words], "title": doc[tstart:title.i + 1].text},
             tokens=[*range(start, title.i + 1), verb.i, *range(cx.at[name.i].start, cx.at[name.i].end)], clause=False)
    f.trigger = verb
    return [f] if _position_fits(f) else []


def _predecessor(verb: Token, taken: Fact, cx: Context) -> list[Fact]:
    """"Tor Ashby succeeded Lea Moro as Peru's president": the one person the object of
    'succeed' names held the office taken before, and no longer (status ended); nothing
    for another verb or an object that names no single person."""
    if verb.lemma_.lower() not in TAKEN_FROM_VERBS:
        return []
    objs = [t for t in verb.children if t.dep_ == "dobj"]
    persons = _uniq([cx.at[t.i].entity for o in objs for t in o.subtree
                     if t.i in cx.at and cx.at[t.i].entity.type == "Person"])
    if len(persons) != 1 or persons[0].id == taken.roles["holder"][0].id:
        return []
    f = Fact("PositionHeld", {**taken.roles, "holder": persons}, {**taken.attrs, "status": "ended"},
             tokens=[*taken.tokens, *(t.i for o in objs for t in o.subtree)], clause=False, undated=True)
    f.trigger = verb
    return [f]
