"""A navy, a coast guard or a state stopping a vessel: "Norway's navy detained the oil
tanker Morwenna", "the coast guard boarded the cargo ship Aster Lin", "the tanker X was
detained by the Finnish navy", "a navy helicopter ... impounded the freighter".

A vessel held is a ``Seizure`` (the ontology's gkg:Seizure: CAMEO 171 'seize or damage
property', PLOVER SEIZE; FollowTheMoney's Vessel for the ship), never a ``Detention``,
which corpus/CLAIMS.md keeps for people held: ``perpetrator`` the force or state (a
force the registry lacks in the text's words, ``{actor: unnamed navy, of: Norway}``),
``seized`` the vessel (an Asset), or ``item`` the vessel in words when it has no name;
``place`` the state or sea its 'in'/'off' phrase names. A vessel sanctioned is a
``Sanction`` drafted elsewhere (:mod:`~kg.extract.facts.sanction_targets`).

Nothing is drafted for a negated or conditional clause ("did not detain", "could
board"), for a future one ("will board"), for people held or boarding ("passengers
boarded the ferry": the subject is no force), nor for a boarding told as an occasion
("boarded the frigate for a port visit", "during the exercise").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _place_of, _uniq, objects, preps, subjects
from kg.extract.facts.crowds import _force
from kg.extract.facts.shipping import _vessel_before
from kg.extract.mentions import VESSEL_NOUNS

#: Verbs of stopping and holding a vessel. 'seize', 'confiscate' and 'impound' with a
#: named doer are drafted by :func:`kg.extract.facts.military.seizure_rules`; here only
#: when a force the registry lacks does it.
HOLD_VESSEL_VERBS = {"detain", "board", "impound"}
SEIZE_VESSEL_VERBS = {"seize", "confiscate"}
VESSEL_TRIGGERS = HOLD_VESSEL_VERBS | SEIZE_VESSEL_VERBS
#: Nouns of the forces that stop ships, named by their state or demonym ("Estonia's navy",
#: "the Finnish coast guard", "border guards").
VESSEL_FORCE_NOUNS = {"navy", "coastguard", "guard", "police", "force", "forces", "military", "army", "marines",
                      "authority", "authorities", "customs", "commando", "commandos", "troops"}
#: Classes of those who may hold a vessel.
HOLDER_TYPES = ("State", "ArmedForces", "Government", "Organisation", "MilitaryGovernment", "ArmedGroup", "Group")
#: Auxiliaries of a clause not told as done: a future or a possibility.
NOT_DONE_AUX = {"will", "would", "could", "may", "might", "shall", "should", "can", "must"}
#: Occasions of boarding a ship that stop no one ("boarded the frigate for a port visit",
#: "during the exercise"): a navy going aboard a ship as a guest, a crew or in training.
OCCASION_NOUNS = {"ceremony", "visit", "tour", "exercise", "drill", "drills", "reception", "celebration",
                  "commemoration", "parade", "festival", "event", "voyage", "cruise", "trip", "journey", "training",
                  "review", "anniversary", "launch", "christening"}


def _visit_aboard(verb: Token) -> bool:
    """Whether the boarding ``verb`` is told as an occasion of :data:`OCCASION_NOUNS` by
    a 'for' or 'during' phrase of its clause (or of the clause it completes)."""
    heads = [verb, *([verb.head] if verb.dep_ in ("xcomp", "acl", "advcl", "conj") else [])]
    return any(p.lower_ in ("for", "during") and any(o.lemma_.lower() in OCCASION_NOUNS for o in p.children
                                                     if o.dep_ == "pobj")
               for h in heads for x in [h, *(c for c in h.children if c.dep_ in ("dobj",))]
               for p in x.children if p.dep_ == "prep")


def _not_done(verb: Token) -> bool:
    """Whether ``verb`` is negated, a future or a possibility ("did not board", "will
    detain", "could seize"), or the complement of another verb ("plans to board",
    "threatened to seize")."""
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids) or any(c.dep_ in ("aux", "auxpass") and c.lower_ in NOT_DONE_AUX for c in kids):
        return True
    return verb.dep_ == "xcomp" or (verb.dep_ == "conj" and _not_done(verb.head))


def _vessels(toks: list[Token], cx: Context) -> tuple[list, list[Token]]:
    """The named vessels (Assets) ``toks`` and their conjuncts name ("the ship" standing
    for the one vessel named just before), and the vessel nouns among them that name none
    ("an oil tanker")."""
    named, unnamed = [], []
    for t in toks:
        for x in [t, *t.conjuncts]:
            assets = [e for e in cx.entities(x) if e.type == "Asset"]
            if assets:
                named += assets
            elif x.lemma_.lower() in VESSEL_NOUNS and x.i not in cx.at:
                before = _vessel_before(x, cx) if any(c.lower_ == "the" for c in x.children) else None
                if before is not None:
                    named.append(before)  # "boarded the ship": the one vessel named just before
                else:
                    unnamed.append(x)
    return _uniq(named), unnamed


def vessel_seizure_rules(tok: Token, cx: Context) -> list[Fact]:
    """A vessel held: ``tok`` a verb of :data:`VESSEL_TRIGGERS`, its object (or the
    subject of its passive) a named vessel or a noun of :data:`VESSEL_NOUNS`, its doer
    (subject, or 'by' of a passive) a force or state of :data:`HOLDER_TYPES`, or an unnamed
    force of :data:`VESSEL_FORCE_NOUNS` (:func:`kg.extract.facts.crowds._force`). Output: [] or one
    Seizure per vessel named (``perpetrator`` or a qualified one, ``seized``, ``place``),
    or one with ``item`` for an unnamed vessel. A passive with no doer drafts a Seizure of a
    named vessel alone ("the Kiwala was detained on Friday")."""
    if tok.pos_ != "VERB" or tok.lemma_ not in VESSEL_TRIGGERS or _not_done(tok):
        return []
    if tok.lemma_ == "board" and _visit_aboard(tok):
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    doer_toks = preps(tok, {"by"}) if passive else [s for s in subjects(tok) if s.dep_ == "nsubj"]
    named, force = [], None
    for s in doer_toks:
        n, f = _force(s, cx, VESSEL_FORCE_NOUNS)  # "Estonia's navy", "the Finnish coast guard"
        named += [e for e in n if e.type in HOLDER_TYPES]
        force = force or f
    named = [e for e in _uniq(named) if e.type not in NOT_ACTORS]
    if tok.lemma_ in SEIZE_VESSEL_VERBS and named:
        return []  # a named doer: military.seizure_rules drafts it
    if doer_toks and not named and force is None:
        return []  # "passengers boarded the ferry": no force
    vessels, unnamed = _vessels(objects(tok), cx)
    if not vessels and not (unnamed and (named or force)):
        return []
    if not named and force is None and not (passive and vessels):
        return []
    out = []
    for v in vessels or [None]:
        f = Fact("Seizure", {"perpetrator": named[:1]} if named else {}, tokens=[tok.i, *(o.i for o in objects(tok))],
                 trigger=tok)
        if v is not None:
            f.roles["seized"] = [v]
        else:
            t = unnamed[0]
            words = [w for w in t.subtree if w.i <= t.i and w.dep_ in ("amod", "compound", "nmod") and w.i not in cx.at]
            f.attrs["item"] = " ".join([*(w.lower_ for w in words), t.lower_])
        if not named and force is not None:
            f.qualified["perpetrator"] = force
        place = _place_of(tok, cx, ("in", "at", "off", "near"))
        if place:
            f.roles["place"] = place
        out.append(f)
    return out
