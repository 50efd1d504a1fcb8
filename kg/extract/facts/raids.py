"""Raids: police, troops or agents forcing their way into premises against the will of
those who hold them ("special forces stormed the embassy", "police raided the
newspaper's office", "officers forced their way into the consulate", "the raid on the
embassy"): a ``Raid`` (corpus/CLAIMS.md, "A raid: forcing a way into premises"; the
ontology's gkg:Raid, close to CAMEO 171 "seize or damage property" and PLOVER COERCE,
Wikidata raid Q1345522) with ``initiator`` (who went in), ``targetSite`` (the premises:
a site of the registry, or unnamed), ``target`` (whose they are) and ``place`` (the
city).

The words are those of the definition and its synonyms: raid, storm, force one's way
into, break into, burst into, enter by force; the nouns raid, storming and break-in. A
raid needs premises (a ``Site`` of the registry or a noun of :data:`PREMISES_NOUNS`,
whose holder is named: "raided homes across the town" rounds people up, a ``Detention``) and, for
the verbs, someone of the state's or a body's forces going in (a named state, government,
armed force or organisation, or unnamed police, troops or agents): a crowd storming a
building is a protest, an air raid on a city an attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _modifiers, _uniq, doers, objects, preps

#: Nouns of premises a raid forces its way into.
PREMISES_NOUNS = {"embassy", "consulate", "mission", "office", "offices", "headquarters", "home", "house", "residence",
                  "building", "compound", "premises", "palace", "newsroom", "station", "apartment", "flat",
                  "warehouse", "chancery", "seat", "bureau"}
#: Verbs whose object is the premises forced ("stormed the embassy", "raided the office").
RAID_VERBS = {"raid", "storm", "search"}  # "searched the home of X": investigators' search of premises
#: Verbs that force a way in with 'into' ("broke into", "burst into"; "forced their way into").
INTO_VERBS = {"break", "burst", "force", "smash"}
#: Nouns of the act ("the raid on the embassy", "the storming of the consulate").
RAID_NOUNS = {"raid", "storming", "break-in"}
#: Words before 'raid' that make it an attack from the air, no forced entry.
AIR_WORDS = {"air", "drone", "missile", "aerial", "bombing", "rocket"}
#: Nouns of those who may force their way in for a state or a body, unnamed.
FORCE_WORDS = {"police", "policeman", "officer", "agent", "force", "troop", "soldier", "commando", "guard",
               "investigator", "prosecutor", "official", "gendarme", "marine", "unit", "team"}
#: Classes of entity that raid premises: a state, its government, forces or agencies.
RAIDER_TYPES = {"State", "Government", "MilitaryGovernment", "ArmedForces", "Organisation"}
#: Classes of entity whose premises are raided.
HOLDER_TYPES = {"State", "Government", "Organisation", "Person", "StateCompany", "NewsOrganisation",
                "InternationalOrganisation", "Group"}
#: Words for the triggers of :data:`kg.extract.facts.run.TRIGGERS`.
RAID_TRIGGERS = RAID_VERBS | INTO_VERBS | RAID_NOUNS | {"enter"}


def _premises(toks: list[Token], cx: Context) -> tuple[list, str | None, list, list, list]:
    """What the tokens ``toks`` (the object of a verb of raiding) name: (the sites of the
    registry, the noun of unnamed premises or None, whose they are (a name or a demonym),
    the city they are in, the tokens read). One noun of :data:`PREMISES_NOUNS` or a site is premises;
    anything else gives ([], None, [], [], [])."""
    if len(toks) != 1:
        return [], None, [], [], []
    p = toks[0]
    ents = _uniq([e for t in p.subtree for e in cx.entities(t, conj=False)])
    sites = [e for e in ents if e.type == "Site"]
    noun = p.lemma_.lower() if p.lemma_.lower() in PREMISES_NOUNS else None
    if not sites and noun is None:
        return [], None, [], [], []
    inside = {t.i for o in preps(p, {"in", "at"}) for t in o.subtree}
    # "the home of X, a co-owner of the Y studio": what describes a holder holds nothing raided
    inside |= {t.i for d in p.subtree if d.dep_ in ("appos", "relcl", "acl") and d.head != p and d.head.i in cx.at
               for t in d.subtree}
    holders = _uniq([*(e for t in p.subtree if t.i not in inside for e in cx.entities(t, conj=False)),
                     *_modifiers(p, cx, ("amod", "poss", "compound"))])
    holders = [e for e in holders if e.type in HOLDER_TYPES]
    if not holders and not sites and any(c.dep_ == "det" and c.lower_ == "the" for c in p.children):
        holders = _told_before(p, cx)  # "the embassy": the one whose holder the article named before
    city = _uniq([e for o in preps(p, {"in", "at"}) + preps(p.head, {"in"}) for e in cx.entities(o)
                  if e.type in ("City", "Place")])
    return sites, None if sites else noun, holders, city, [t.i for t in p.subtree]


def _told_before(noun: Token, cx: Context) -> list:
    """The holder of the premises a definite noun ("the embassy") stands for: that of the
    last noun of the same lemma before it whose holder the words name ("Mexico's embassy
    in Quito", "the Mexican embassy"), as a reader resolves a definite description to
    what the text told already; [] when none was told."""
    for t in reversed(noun.doc[:noun.i]):
        if t.lemma_ != noun.lemma_ or t.pos_ != "NOUN":
            continue
        inside = {x.i for o in preps(t, {"in", "at"}) for x in o.subtree}
        found = _uniq([*(e for x in t.subtree if x.i not in inside and x.i != t.i for e in cx.entities(x, conj=False)),
                       *_modifiers(t, cx, ("amod", "poss", "compound"))])
        found = [e for e in found if e.type in HOLDER_TYPES]
        if found:
            return found
    return []


def _body_named_before(noun: Token, cx: Context) -> list:
    """The body a definite common noun stands for ("the bureau" after "The National
    Anti-Corruption Bureau of Ukraine (NABU) says ..."): the last one named before it whose
    name holds that noun, as a reader resolves a definite description; [] for none, an
    indefinite noun or a noun already named."""
    if noun.pos_ != "NOUN" or noun.i in cx.at or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    for m in sorted((m for m in cx.mentions if m.end <= noun.i), key=lambda m: -m.start):
        if m.entity.type in RAIDER_TYPES and m.entity.type != "State" and \
                noun.lower_ in m.entity.label.lower().split():
            return [m.entity]
    return []


def _raiders(verb: Token, cx: Context) -> tuple[list, tuple | None]:
    """Who forces the way in: the named raiders (:data:`RAIDER_TYPES`) among the doers of
    ``verb``, or unnamed forces of :data:`FORCE_WORDS` as ("unnamed special forces", their
    state or None) where the words before the noun name a state ("Ecuadorian police")."""
    subj = doers(verb)
    named = _uniq([e for s_ in subj for e in cx.entities(s_) if e.type in RAIDER_TYPES])
    if not named and len(subj) == 1:
        named = _body_named_before(subj[0], cx)
    if named or len(subj) != 1 or subj[0].lemma_.lower() not in FORCE_WORDS:
        return named, None
    noun, words, party = subj[0], [], None
    for c in noun.children:
        if c.dep_ not in ("amod", "compound") or c.i > noun.i:
            continue
        m = cx.at.get(c.i)
        if m is not None and m.entity.type in ("State",) or m is not None and m.form == "demonym":
            party = cx.resolver.state_of(m.entity) or m.entity if party is None else party
        elif m is None and c.is_alpha:
            words.append(c.lower_)
        else:
            return [], None
    return [], ("unnamed " + " ".join(words + [noun.lower_]), party)


def raid_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Raid`` from "X raided/stormed P", "X forced its way into P", "X broke into P",
    "X entered P by force" (P premises, :func:`_premises`; passives "P was stormed by X"
    too) or "the raid on P", "X's raid on P", "the storming of P": ``initiator`` the
    raiders (:func:`_raiders`, or the noun's possessor), ``targetSite`` the site (a name of
    the registry, else the unnamed premises), ``target`` whose premises they are,
    ``place`` the city they are in. Input: a token of the parsed article and its
    :class:`Context`; output: [] or one fact. Nothing without premises, for a verb
    without raiders of a state or a body, or for an air or drone raid."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in RAID_VERBS:
        where = objects(tok)
    elif tok.pos_ == "VERB" and lemma in INTO_VERBS:
        if lemma == "force" and not any(o.lemma_ == "way" for o in objects(tok)):
            return []
        where = preps(tok, {"into"})
    elif tok.pos_ == "VERB" and lemma == "enter":
        forced = any(c.lower_ == "forcibly" for c in tok.children) or \
            any(o.lemma_ == "force" for o in preps(tok, {"by"}))
        where = objects(tok) if forced else []
    elif tok.pos_ == "NOUN" and lemma in RAID_NOUNS:
        if any(c.lower_ in AIR_WORDS for c in tok.children if c.dep_ in ("amod", "compound")):
            return []
        where = preps(tok, {"on", "of", "at", "into"})
    else:
        return []
    sites, noun, holders, city, read = _premises(where, cx)
    if not sites and noun is None:
        return []
    if tok.pos_ == "VERB":
        named, unnamed = _raiders(tok, cx)
    else:
        named = _uniq([e for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                       for e in cx.entities(c, conj=False) if e.type in RAIDER_TYPES])
        unnamed = None
    if tok.pos_ == "VERB" and not named and unnamed is None:
        return []
    holders = [e for e in holders if e.id not in {n.id for n in named}]
    if not sites and not holders:
        return []  # "police raided a house": whose, or which, the words do not say
    roles = {k: v for k, v in (("initiator", named), ("targetSite", sites), ("target", holders), ("place", city)) if v}
    f = Fact("Raid", roles, tokens=[tok.i, *read], trigger=tok)
    if unnamed is not None:
        f.qualified["initiator"] = unnamed
    if noun is not None:
        f.qualified["targetSite"] = (f"unnamed {noun}", None)
    return [f]
