"""Executive acts told by their object rather than by a decree: a land declared a zone of
special rule ("Maduro declared the region a military zone", "Israel declared the area a
closed military zone") and an administrative act ordered or launched by a state or one who
acts for it ("ordered a census of its residents", "launched a review of arms export
licences", "ordered the evacuation of the town"), a state's economic controls imposed,
eased or lifted ("lifted its exchange controls") and a standing a state grants stripped
("would strip diplomatic status from two properties"). Each is an ``ExecutiveAction`` (no
CAMEO or PLOVER event of its own) as corpus/CLAIMS.md writes "an executive or regulatory
action that is not a law": ``initiator`` who declares or launches it, ``orderedBy`` who
orders it, the words in ``description`` (``subject`` for controls and standings, what
the act does), the land declared in ``place``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _text, objects, refused, subjects
from kg.extract.facts.hits import unreal

#: Verbs that declare a land something: "declared the region a military zone".
DECLARE_VERBS = {"declare", "proclaim"}
#: Nouns of a land under special rule, with the words that make them so.
ZONE_NOUNS = {"zone", "area", "territory"}
ZONE_MARKS = {"military", "exclusion", "disaster", "closed", "buffer", "security", "war", "restricted",
              "no-go", "emergency", "combat"}
#: Nouns of an administrative act a government orders or carries out.
ACT_NOUNS = {"census", "review", "audit", "evacuation", "recount", "inspection"}
#: What a review of a programme reviews (ontology: gkg:ProgrammeReview, "a review of how a
#: loan, aid or reform programme is carried out").
PROGRAMME_NOUNS = {"programme", "program", "cooperation", "aid", "assistance", "loan", "funding", "support",
                   "partnership", "relation", "relationship"}
#: Verbs that start one: its subject orders it ('order') or carries it out (the rest).
START_VERBS = {"order": "orderedBy", "launch": "initiator", "announce": "initiator", "begin": "initiator",
               "start": "initiator", "conduct": "initiator", "impose": "initiator"}
#: Who may act for a state in such an act.
ACTORS = ("State", "Government", "MilitaryGovernment", "Person")


def _acting(verb: Token, cx: Context) -> list:
    """The named subject of ``verb`` that may act for a state: a state, a government, or a
    person the article gives a state (an office or the registry's 'of')."""
    who = [e for s in subjects(verb) if s.dep_ != "nsubjpass" for e in cx.entities(s)]
    return [e for e in who if e.type in ACTORS and (e.type != "Person" or e.id in cx.person_state or e.id in cx.office_state)]


def declared_zone_rules(tok: Token, cx: Context) -> list[Fact]:
    """An ExecutiveAction from "X declared P a military zone" (a noun of :data:`ZONE_NOUNS`
    marked by a word of :data:`ZONE_MARKS`, the complement of the verb): ``initiator`` X,
    ``place`` P when it is a named land, ``description`` the verb's words. Returns [] or
    one fact; [] for a land declared anything else ("declared Sunday a holiday")."""
    if tok.pos_ != "VERB" or tok.lemma_ not in DECLARE_VERBS:
        return []
    zone = next((c for c in tok.children if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj") and c.lemma_.lower() in ZONE_NOUNS
                 and any(m.dep_ in ("amod", "compound") and m.lower_ in ZONE_MARKS for m in c.children)), None)
    if zone is None:
        return []
    who = _acting(tok, cx)
    if not who:
        return []
    land = [c for c in zone.children if c.dep_ == "nsubj"] + [c for c in tok.children if c.dep_ == "dobj" and c.i != zone.i]
    places = [e for t in land for e in cx.entities(t) if e.type in ("State", "Region", "City", "Place")]
    words = [t for t in tok.subtree if t.i >= tok.i and t.i <= zone.i]
    f = Fact("ExecutiveAction", {"initiator": who[:1], **({"place": places[:1]} if places else {})},
             {"description": _text(cx.doc, words)}, tokens=[tok.i, *(t.i for t in words)], trigger=tok)
    return [f]


def ordered_act_rules(tok: Token, cx: Context) -> list[Fact]:
    """An ExecutiveAction from a verb of :data:`START_VERBS` whose object is an act of
    :data:`ACT_NOUNS` ("ordered a census of its residents", "launched the review"): who
    orders it in ``orderedBy``, who launches it in ``initiator``, the object's words in
    ``description``. Returns [] or one fact; [] for an act of a company or a person the
    article gives no state ("the firm launched a review"), or the review of a programme
    (:data:`PROGRAMME_NOUNS`: a ``ProgrammeReview``)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in START_VERBS:
        return []
    act = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ACT_NOUNS), None)
    if act is None:
        return []
    if act.lemma_.lower() == "review" and any(o.lemma_.lower() in PROGRAMME_NOUNS for c in act.children
                                               if c.dep_ == "prep" and c.lower_ == "of" for o in c.children):
        return []  # "a review of US cooperation with Georgia": a gkg:ProgrammeReview, not an executive act
    who = _acting(tok, cx)
    if not who:
        return []
    words = [t for t in act.subtree if t.dep_ != "det" or t.i > act.i]
    return [Fact("ExecutiveAction", {START_VERBS[tok.lemma_]: who[:1]}, {"description": _text(cx.doc, words)},
                 tokens=[tok.i, *(t.i for t in act.subtree)], trigger=tok)]


#: Verbs that put a state's controls in place or take them away, with the status of the act.
CONTROL_VERBS = {"impose": None, "introduce": None, "reimpose": None, "tighten": None,
                 "lift": "lifting", "eliminate": "lifting", "scrap": "lifting", "abolish": "lifting",
                 "remove": "lifting", "end": "lifting", "ease": "easing", "relax": "easing", "loosen": "easing"}
#: Nouns of a state's controls of an economy ("exchange controls", "capital controls").
CONTROL_NOUNS = {"control", "controls", "curb", "restriction"}
#: What such controls govern: the words that make them an economic regime, not a sanction
#: on another state ("restrictions on Russia") nor control of a territory.
CONTROL_MARKS = {"exchange", "capital", "currency", "price", "export", "import", "foreign-exchange", "rate", "forex"}


def controls_rules(tok: Token, cx: Context) -> list[Fact]:
    """An ExecutiveAction from a verb of :data:`CONTROL_VERBS` whose object is a state's
    economic controls (a noun of :data:`CONTROL_NOUNS` marked by a word of
    :data:`CONTROL_MARKS`: "lifted the exchange rate controls", "imposed capital controls
    in 2019", "eased export controls on gallium"): ``initiator`` who does it (a state, a
    government, or a person the article gives a state), ``subject`` the verb's words.
    Returns [] or one fact; [] for an act only possible or asked about (:func:`unreal`),
    denied, refused ("refused to lift") or done by no one named."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CONTROL_VERBS or unreal(tok, plans=True) or refused(tok) or \
            any(c.dep_ == "neg" for c in tok.children):
        return []
    held = next((o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_.lower() in CONTROL_NOUNS
                 and any(t.lower_ in CONTROL_MARKS for t in o.subtree if t.i < o.i)), None)
    who = _acting(tok, cx) if held is not None else []
    if not who:
        return []
    words = [tok, *(t for t in held.subtree if t.i > tok.i)]
    return [Fact("ExecutiveAction", {"initiator": who[:1]}, {"subject": _text(cx.doc, words)},
                 tokens=[tok.i, *(t.i for t in held.subtree)], trigger=tok)]


#: Nouns of a standing a state grants and may withdraw ("diplomatic status", "accreditation").
STANDING_NOUNS = {"status", "accreditation", "immunity", "licence", "license"}


def stripped_status_rules(tok: Token, cx: Context) -> list[Fact]:
    """An ExecutiveAction from "X would strip diplomatic status from two properties",
    "X revoked the accreditation of ...": a verb of taking away ('strip', 'revoke',
    'withdraw') whose object is a standing of :data:`STANDING_NOUNS` a state grants, done
    by a state, a government or one acting for it (``initiator``), ``subject`` the verb's
    words; the one it is taken from, when named, the ``target``. Returns [] or one fact;
    [] as :func:`controls_rules` for an act unreal, denied or refused."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("strip", "revoke", "withdraw", "rescind") or \
            unreal(tok, plans=True) or refused(tok) or any(c.dep_ == "neg" for c in tok.children):
        return []
    held = next((o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_.lower() in STANDING_NOUNS), None)
    who = _acting(tok, cx) if held is not None else []
    if not who:
        return []
    losers = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    losers += [o for p in held.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    target = [e for o in losers for e in cx.entities(o) if e.id not in {w.id for w in who}]
    words = [tok, *(t for x in [held, *losers] for t in x.subtree if t.i > tok.i)]
    words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
    return [Fact("ExecutiveAction", {"initiator": who[:1], **({"target": target} if target else {})},
                 {"subject": _text(cx.doc, words)}, tokens=[t.i for t in words], trigger=tok)]
