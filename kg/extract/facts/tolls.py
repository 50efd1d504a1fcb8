"""The toll of protests or unrest the text gives in a clause on its noun ("a week of
street protests in which at least six people have died", "the unrest, in which 12 people
were killed"): a ``Protest`` of unnamed protesters with its dead (``killed``), as
corpus/CLAIMS.md writes a protest's toll (``killed: at least 6``). CAMEO 14 ("protest")
and PLOVER's PROTEST name the act; the dead are counted on it, not as an attack of
their own, since the words name no one who killed them.

A crowd setting fire to a building ("three people died when protesters set fire to the
regional parliament building") is an ``Attack`` of the unnamed crowd with ``weapon:
fire``, the ``damage`` in the text's words and the dead the clause counts (CAMEO 1823
"kill by physical assault" does not fit an arson; PLOVER's ASSAULT with its mode
"arson" does).

The fact is undated: the clause tells how many died over the protests, not the day they
began (the rules of protests date that from "the protests began in Jakarta on August
25"). Nouns are those of street protest in general, not of one article.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _place_of, _text, doers, preps
from kg.extract.facts.crowds import DIE_VERBS, _count, _crowd, _harmed

#: Nouns of protest and unrest whose relative clause may count the dead.
UNREST_NOUNS = {"protest", "demonstration", "unrest", "riot", "rally", "march", "uprising", "clash"}

#: Nouns of buildings and premises a crowd may set on fire.
BUILDING_NOUNS = {"building", "office", "headquarters", "parliament", "station", "home", "house", "residence",
                  "embassy", "consulate", "church", "mosque", "temple", "school", "court", "courthouse", "hall",
                  "hotel", "shop", "store", "market", "warehouse", "depot", "compound", "premises", "palace"}

TOLL_TRIGGERS = set(UNREST_NOUNS) | {"set"}


def protest_toll_rules(tok: Token, cx: Context) -> list[Fact]:
    """A protest's dead: ``tok`` a noun of :data:`UNREST_NOUNS` with a relative clause
    "in which" / "during which" whose verb is one of dying (:data:`DIE_VERBS`: the
    subject of 'died', the passive subject of 'were killed') counted by a number ("at
    least six people", "12"). Output: [] or one undated ``Protest`` of "unnamed
    protesters" with ``killed`` the count (a bound in its words: "at least 6") and the
    place the noun's 'in' / 'at' names, if any; [] when
    the clause is negated, counts no one, or tells of the protesters' own killings of
    others ("protests in which police killed ..." has a killer: an attack's rules)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in UNREST_NOUNS:
        return []
    for rel in tok.children:
        if rel.dep_ != "relcl" or rel.lemma_ not in DIE_VERBS or any(c.dep_ == "neg" for c in rel.children):
            continue
        if not any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(o.lower_ == "which" for o in c.children)
                   for c in rel.children):
            continue
        if rel.lemma_ == "kill" and any(c.dep_ in ("nsubj", "agent") for c in rel.children):
            continue  # a killer named: not a toll of the protests alone
        dead = [c for c in rel.children if c.dep_ == ("nsubjpass" if rel.lemma_ == "kill" else "nsubj")]
        n = _count(dead[0]) if dead else None
        if n is None:
            continue
        f = Fact("Protest", {}, {"killed": n}, tokens=[tok.i, rel.i, *(t.i for t in dead[0].subtree)],
                 clause=False, undated=True)
        f.qualified["participant"] = ("unnamed protesters", None)
        # the noun's own place ("the protests in Dorn, in which ..."): the protest rules name
        # it too, so the toll is told of their fact, not of a second one
        place = _place_of(tok, cx)
        if place:
            f.roles["place"] = place[:1]
        return [f]
    return []


def arson_rules(tok: Token, cx: Context) -> list[Fact]:
    """A crowd setting a building on fire: ``tok`` the verb 'set' with the object 'fire'
    and 'to' or 'on' a noun of :data:`BUILDING_NOUNS`, its subject a crowd noun
    (protesters, rioters, demonstrators; no name of its own). Output: [] or one
    ``Attack`` of the unnamed crowd (``perpetrator``), ``weapon: fire``, ``damage`` the
    verb's words ("set fire to the regional parliament building"), the dead and wounded
    its participles or the clause it is the time of count (:func:`_harmed`: "three people
    died when ..."), and where, from its own 'in' or its head's. Fire set to tyres,
    fields or cars, or set by a force or a named party, drafts nothing here."""
    if tok.pos_ != "VERB" or tok.lemma_ != "set" or not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children):
        return []
    hit = [o for o in preps(tok, {"to", "on"}) if o.lemma_.lower() in BUILDING_NOUNS]
    crowd = [s_ for s_ in doers(tok) if _crowd(s_) and s_.tag_ == "NNS" and not cx.entities(s_)]
    if not hit or not crowd or crowd[0].lemma_.lower() in ("people", "civilian"):
        return []
    words = [tok, *(t for t in tok.subtree if t.i > tok.i and t.i <= hit[0].i)]
    f = Fact("Attack", {}, {"weapon": "fire", "damage": _text(cx.doc, words)},
             tokens=[t.i for t in words], clause=False)
    f.qualified["perpetrator"] = (f"unnamed {crowd[0].lower_}", None)
    counts, toks = _harmed(tok)
    f.attrs.update(counts)
    f.tokens += toks
    place = _place_of(tok, cx) or (_place_of(tok.head, cx) if tok.dep_ == "advcl" else [])
    if place:
        f.roles["place"] = place[:1]
    return [f]
