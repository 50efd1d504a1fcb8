"""Figures observed of people and places, each an ``Indicator`` (a figure observed,
schema:Observation; corpus/CLAIMS.md, "a figure for a region, not a state"):

- a count of people and what they need or face ("some 12 million people need food aid",
  "200,000 people in the Gaza Strip face catastrophic hunger"): ``indicator`` the
  people's noun and the need ("people who need food aid"), ``amount`` the count with its
  noun ("some 12000000 people");
- a count of people in a state of distress, uprooted or lost ("more than 400,000 people
  were displaced", "about 3,000 people are missing"): ``indicator`` the noun and the
  state ("people displaced");
- the area of a state or region, in apposition or told by a verb of extent ("the
  Essequibo, a region of about 160,000 square kilometres", "Qatar covers 11,600 square
  kilometres"): ``indicator: area``, ``amount`` the figure with its unit.

The state the figure is for (an ``in`` phrase naming a state) is its ``observationAbout``,
a region or city its ``place``; the body cited ("according to the United Nations", "the
agency said") is its speaker, read as for any reported figure. A figure with neither a
place nor a source is left out: it tells a reader nothing to check. The needs and
hardships are those humanitarian reporting counts people by (OCHA's "people in need",
the IPC's populations "facing" acute food insecurity; UNHCR and IOM's displaced and
missing), not the words of one article.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import SAY_VERBS, Context, Fact
from kg.quantities import QuantityError, parse_amount
from kg.extract.facts.counts import ABOUT, BOUND_WORDS, PLACES, _count_words, _data_source
from kg.extract.facts.economy import PLACE_KIND_NOUNS

#: Nouns of the people a figure counts.
PEOPLE_NOUNS = {"people", "person", "civilian", "resident", "inhabitant", "child", "refugee"}
#: What people are counted as needing (OCHA: "people in need" of assistance or protection).
NEEDS = {"aid", "assistance", "help", "relief", "food", "water", "shelter", "protection", "support", "care",
         "treatment"}
#: What people are counted as facing (IPC: acute food insecurity, famine, starvation).
HARDSHIPS = {"hunger", "famine", "starvation", "malnutrition", "insecurity", "shortage"}
#: Verbs of need -> the objects they count people by: "need aid", "face hunger", "lack water".
NEED_VERBS = {"need": NEEDS, "require": NEEDS, "lack": NEEDS, "face": HARDSHIPS}
#: Verbs of a state of distress people are counted in, passive or progressive: "were
#: displaced", "were uprooted", "are trapped", "are missing" (lemma 'miss').
STATE_VERBS = {"displace", "uproot", "trap", "strand", "miss"}
#: Adjectives of such a state after 'be' or 'remain': "are homeless", "remain missing".
STATE_ADJECTIVES = {"missing", "homeless", "displaced", "stranded"}
#: Words that tell the figure is a guess or a wish, not one observed ("may need", "could face").
_MODALS = {"may", "might", "could", "would", "will", "should", "must", "can"}


def _counted(pred: Token) -> tuple[Token, tuple[str, list[int]]] | None:
    """The noun of people the predicate ``pred`` has as its subject, with its count
    (:func:`~kg.extract.facts.counts._count_words`), or None when the subject is no
    counted people ("the people need aid", "rebels are missing")."""
    for s in pred.children:
        if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in PEOPLE_NOUNS:
            count = _count_words(s)
            return (s, count) if count is not None else None
    return None


def _where(pred: Token, unit: Token, cx: Context) -> tuple[dict[str, list], list[int]]:
    """The state (``observationAbout``) or the region or city (``place``) an 'in' phrase
    of the people or of the predicate names ("people in Ethiopia", "displaced in
    Ukraine", "trapped under rubble in Gaza"); ({}, []) for none or several."""
    found, toks = [], []
    for t in [*unit.subtree, *(c for c in pred.subtree if c not in unit.subtree)]:
        if t.dep_ == "pobj" and t.head.lower_ == "in":
            for e in cx.entities(t, conj=False):
                if e.type in ABOUT + PLACES and e.id not in {f.id for f in found}:
                    found.append(e)
                    toks += [t.head.i, *(w.i for w in t.subtree)]
    if len(found) != 1:
        return {}, []
    key = "observationAbout" if found[0].type in ABOUT else "place"
    return {key: found}, toks


def _cited(pred: Token) -> bool:
    """Whether the sentence says whose figure it is: "according to ...", or a verb of
    saying that reports the predicate's clause ("..., the agency said")."""
    cites = any(c.lower_ == "according" and any(p.lower_ == "to" for p in c.children) for c in pred.children)
    return cites or (pred.dep_ in ("ccomp", "parataxis") and pred.head.lemma_ in SAY_VERBS)


def need_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Some 12 million people in Ethiopia need food aid, the United Nations said",
    "more than 400,000 people were displaced in Ukraine, according to the UN": an
    Indicator of the people a figure counts in need or in distress (see the module's
    description). Nothing for a predicate negated or hedged by a modal ("may need aid"), a
    need outside :data:`NEEDS` and :data:`HARDSHIPS` ("face charges", "need to vote"),
    or a figure with neither place nor source."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in NEED_VERBS:
        objs = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in NEED_VERBS[lemma]]
        if not objs:
            return []
        needed = [w for w in objs[0].subtree if w.i <= objs[0].i and w.dep_ in ("amod", "compound")] + [objs[0]]
        state = f"who {tok.text.lower()} " + " ".join(w.text for w in needed)
    elif tok.pos_ == "VERB" and lemma in STATE_VERBS and tok.tag_ in ("VBN", "VBG") and \
            any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in tok.children) and \
            not any(c.dep_ == "dobj" for c in tok.children):
        state = tok.lower_
    elif tok.pos_ == "ADJ" and tok.lower_ in STATE_ADJECTIVES and tok.dep_ == "acomp" and \
            tok.head.lemma_ in ("be", "remain"):
        state, tok = tok.lower_, tok.head
    else:
        return []
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in tok.children):
        return []
    counted = _counted(tok)
    if counted is None:
        return []
    unit, (amount, count_toks) = counted
    roles, where = _where(tok, unit, cx)
    source, said = _data_source(tok, cx)
    if source:
        roles["dataSource"] = source
    if not roles and not _cited(tok):
        return []
    return [Fact("Indicator", roles, {"indicator": f"{unit.lower_} {state}", "amount": amount},
                 tokens=[tok.i, *count_toks, *where, *said], trigger=tok)]


#: Units of area (SI and customary; "square" before them is required for the lengths).
AREA_UNITS = {"kilometre", "kilometer", "kilometres", "kilometers", "mile", "miles", "hectare", "hectares", "km"}
#: Verbs that give a place's extent: "covers 11,600 square kilometres".
MEASURE_VERBS = {"cover", "span", "measure", "encompass"}


def _area_words(unit: Token) -> tuple[str, list[int]] | None:
    """The area ``unit`` counts with its bound and unit ("about 160000 square kilometres")
    and its tokens; None when it has no number, is a length ("160 kilometres") or the
    claims reader's parser refuses the words."""
    nums = [c for c in unit.children if c.dep_ == "nummod" and c.like_num]
    squared = unit.lemma_.lower().startswith("hectare") or any(
        c.lower_ == "square" and c.dep_ in ("amod", "compound") for c in unit.children)
    if not nums or not squared:
        return None
    start = nums[0].left_edge.i
    while start > 0 and unit.doc[start - 1].lower_ in BOUND_WORDS and unit.doc[start - 1].head.i in (nums[0].i, unit.i):
        start -= 1
    words = " ".join(w.text.replace(",", "") if w.like_num else w.text for w in unit.doc[start:unit.i + 1])
    try:
        parse_amount(words, money=False)
    except (QuantityError, TypeError):
        return None
    return words, list(range(start, unit.i + 1))


def area_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Essequibo, a region of about 160,000 square kilometres", "Qatar covers about
    11,600 square kilometres": an Indicator of the area (``indicator: area``) of the
    state (``observationAbout``) or region (``place``) the apposition describes or the
    verb of extent has as its subject. A length ("a border of 2,000 kilometres"), an area
    of no named place ("a zone of 30 square kilometres") or of something not a place kind
    ("a farm of 500 hectares") is none."""
    if tok.pos_ != "NOUN" or tok.lower_ not in AREA_UNITS and tok.lemma_.lower() not in AREA_UNITS:
        return []
    figure = _area_words(tok)
    if figure is None:
        return []
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "appos" and \
            tok.head.head.lemma_.lower() in PLACE_KIND_NOUNS:
        kind = tok.head.head
        named, toks = kind.head, [kind.head.i, kind.i]
    elif tok.dep_ == "dobj" and tok.head.lemma_ in MEASURE_VERBS:
        named = next((s for s in tok.head.children if s.dep_ == "nsubj"), None)
        toks = [tok.head.i] + ([named.i] if named is not None else [])
    else:
        return []
    owner = [e for e in cx.entities(named, conj=False) if e.type in ABOUT + PLACES] if named is not None else []
    if len(owner) != 1:
        return []
    key = "observationAbout" if owner[0].type in ABOUT else "place"
    return [Fact("Indicator", {key: owner}, {"indicator": "area", "amount": figure[0]},
                 tokens=[*toks, *figure[1]], clause=False, undated=True)]
