"""Missiles and drones striking a merchant ship, told by the weapon and who fired it:
"Three crew members of the bulk carrier X were killed on Wednesday when an anti-ship
ballistic missile fired by Yemen's Houthi movement struck the ship in the Gulf of Aden",
"a drone launched by the rebels hit the tanker X, wounding two sailors".

An ``Attack`` (CAMEO 19 'fight', PLOVER ATTACK) as corpus/CLAIMS.md's Attack example
writes an attack on a vessel: ``perpetrator`` who fired the weapon (the agent of 'fired',
'launched'), ``target`` the vessel (named, or "the ship" for the one vessel named just
before), ``weapon`` the weapon's words, ``place`` the sea its 'in' names, ``killed`` and
``wounded`` the people the clause the strike is the time of counts ("Three crew members
... were killed ... when"), or its participles ("..., killing two"). A weapon whose firer
is named on it ("a Houthi missile hit X") is :mod:`~kg.extract.facts.hits`' own.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _place_of, _text, _uniq, objects
from kg.extract.facts.hits import HIT_VERBS, WEAPON_NOUNS, unreal, weapon_hit_rules
from kg.extract.facts.shipping import HARM_KEYS, PERPETRATORS, _vessel_before, _vessels, prefer_armed, toll
from kg.extract.mentions import VESSEL_NOUNS
from kg.extract.quantities import count_of

#: Verbs of firing a weapon whose agent is the firer ("a missile fired by the Houthis").
FIRE_VERBS = {"fire", "launch", "shoot"}


def _fired_by(weapon: Token, cx: Context) -> list:
    """The actors the agent of a participle of firing on ``weapon`` names ("missile fired
    by Yemen's Houthi movement": the Houthis, not Yemen)."""
    agents = [o for v in weapon.children if v.dep_ == "acl" and v.lemma_ in FIRE_VERBS
              for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return prefer_armed(_uniq([e for o in agents for e in cx.entities(o) if e.type in PERPETRATORS]))


def _harmed(verb: Token) -> tuple[dict[str, object], list[int]]:
    """The people the main clause counts as killed or wounded when ``verb`` tells the time
    of it ("Three crew members were killed ... when a missile struck"): its root a passive
    verb of harm whose subject is counted, ``verb`` marked by 'when'. ({key: count}, its
    words' indices), or empty."""
    root = verb.sent.root
    if root.i == verb.i or root.lemma_ not in HARM_KEYS or not any(c.dep_ == "auxpass" for c in root.children) or \
            not any(c.lower_ == "when" for c in verb.children):
        return {}, []
    subj = [c for c in root.children if c.dep_ == "nsubjpass"]
    num = next((n for s in subj for n in s.children if n.dep_ == "nummod"), None)
    n = count_of(num) if num is not None else None
    if n is None:
        return {}, []
    bound = [t for t in num.subtree if t.i < num.i and not t.is_punct]
    value: object = n if not bound else f"{' '.join(t.lower_ for t in bound)} {n}"
    return {HARM_KEYS[root.lemma_]: value}, [*(t.i for t in subj[0].subtree if t.i <= subj[0].i), root.i]


def ship_strike_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Attack on a vessel from a verb of :data:`HIT_VERBS` whose subject is a weapon of
    :data:`WEAPON_NOUNS` fired by a named actor (:func:`_fired_by`) and whose object is a
    vessel: named (an Asset), or a noun of vessels standing for the one vessel named just
    before ("struck the ship"). ``killed``/``wounded`` from the clause it is the time of
    (:func:`_harmed`) or its participles; the date of that clause where its own has none.
    [] for an unreal or denied hit, no firer named, or nothing hit that is a vessel."""
    if tok.pos_ != "VERB" or tok.lemma_ not in HIT_VERBS or unreal(tok) or any(c.dep_ == "neg" for c in tok.children):
        return []
    weapon = next((c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in WEAPON_NOUNS), None)
    hit = [o for o in objects(tok) if o.dep_ == "dobj"]
    if weapon is None or len(hit) != 1 or weapon_hit_rules(tok, cx):
        return []
    perp = _fired_by(weapon, cx)
    target = _vessels(hit, cx)
    if not target and hit[0].lemma_.lower() in VESSEL_NOUNS:
        before = _vessel_before(hit[0], cx)
        target = [before] if before is not None else []
    if not perp or not target:
        return []
    acl = {t.i for v in weapon.children if v.dep_ == "acl" for t in v.subtree}
    words = [t for t in weapon.subtree if t.dep_ not in ("det", "case") and t.i not in acl]
    f = Fact("Attack", {"perpetrator": perp, "target": _uniq(target)}, {"weapon": _text(cx.doc, words)},
             tokens=[tok.i, *(t.i for t in weapon.subtree), *(t.i for t in hit[0].subtree if t.i <= hit[0].i)])
    place = [e for e in _place_of(tok, cx, ("in", "near", "off")) + _place_of(hit[0], cx, ("in", "near", "off"))
             if e.type != "Asset"]
    if place:
        f.roles["place"] = place[:1]
        f.tokens += [t.i for o in hit[0].children if o.dep_ == "prep" for t in o.subtree]
    counts, harm_words = toll(tok)
    if not counts:
        counts, harm_words = _harmed(tok)
        if counts:  # the strike is the time of the deaths: their clause's date is the strike's
            day, where = cx.date_of(tok.sent.root)
            if day:
                f.attrs["date"] = day
                harm_words += where
    f.attrs.update(counts)
    f.tokens += harm_words
    return [f]
