"""Easings: sanctions lifted, suspended or eased where the measure names its target only
through a possessor or a demonym, or several measures are coordinated: "the Coastal Union
agreed to suspend the restrictions on Valdoria's energy sector and the sanctions on the
transport sector", "lifted the asset freeze on five Valdorian banks", "eased the
restrictions on Valdoria's central bank". Each measure is its own ``Sanction`` of the
authority against the state, ``status: ended`` (with ``endDate``) when lifted,
``suspended`` when suspended or eased, as ``corpus/CLAIMS.md`` writes a measure ended;
``measure`` the measure's words. A plan or roadmap "for easing the sanctions" is neither an
easing nor a sanction imposed: a gerund or infinitive under a noun drafts nothing.
Source: CAMEO 081 'ease administrative sanctions' (0811-0814), PLOVER EASE.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.agreements import EASE_STATUS, LIFT_STATUS, SECTOR_NOUNS, _measure_words, _sanction_words, lift_rules
from kg.extract.facts.common import NOT_ACTORS, SANCTION_NOUNS, Context, Fact, objects, preps, subjects

#: Nouns of a share of a set ("a number of the measures", "some of the sanctions").
SHARE_NOUNS = {"number", "some", "part", "several", "many", "most", "all", "few"}
#: Verbs whose infinitive carries out the act ("decided to suspend", "agreed to lift"): the
#: easing is done, not only wished.
DECIDE_VERBS = {"decide", "agree", "vote", "move"}


#: Nouns of those a state's measures fall on, whose state a possessor or demonym names ("five
#: Syrian banks", "Valdoria's central bank"); with :data:`SECTOR_NOUNS`, its economy.
HELD_NOUNS = {"bank", "firm", "company", "airline", "institution", "entity", "official", "individual", "person",
              "government", "regime", "ministry", "agency", "carrier", "insurer", "lender", "fund", "shipper"}


def _states_in(x: Token, cx: Context) -> list:
    """The states named in the phrase headed by ``x``, in order, each once: by name
    ("exports of luxury goods to Valdoria"), or as the possessor or demonym of a noun of
    :data:`HELD_NOUNS` or :data:`SECTOR_NOUNS` ("Valdoria's energy sector", "five Valdorian
    banks"); not of goods of no sector ("the ban on Chilean wine": no one is sanctioned)."""
    seen, out = set(), []
    for t in x.subtree:
        m = cx.at.get(t.i)
        if m is not None and t.dep_ in ("poss", "amod", "compound", "nmod") and \
                t.head.lemma_.lower() not in HELD_NOUNS | SECTOR_NOUNS:
            continue
        for e in (m.entities if m is not None else []):
            if e.type == "State" and e.id not in seen:
                seen.add(e.id)
                out.append(e)
    return out


def eased_sanction_rules(tok: Token, cx: Context) -> list[Fact]:
    """One ``Sanction`` per measure a verb of :data:`LIFT_STATUS` or :data:`EASE_STATUS`
    ends or eases, where :func:`lift_rules` drafts none: the authority the verb's subject
    (or the subject of "decided/agreed to"), a person read as their state; the target the
    state the measure's 'on'/'against' phrase names (:func:`_states_in`); ``status`` ended
    or suspended, ``endDate`` the clause's date when ended, ``description: eased`` for an
    easing. Nothing for a negated verb, a verb under a noun ("a roadmap for easing the
    sanctions", "plans to lift them") or an infinitive of another verb than
    :data:`DECIDE_VERBS`. Returns a list of facts, possibly empty."""
    status = LIFT_STATUS.get(tok.lemma_) or EASE_STATUS.get(tok.lemma_)
    if tok.pos_ != "VERB" or status is None or any(c.dep_ == "neg" for c in tok.children):
        return []
    if tok.dep_ in ("pcomp", "acl", "advcl", "relcl") and tok.tag_ in ("VBG", "VB"):
        return []  # "a roadmap for easing the sanctions", "in order to lift them": a plan, no act
    actor = tok
    if tok.dep_ == "xcomp":
        if tok.head.lemma_ not in DECIDE_VERBS or any(c.dep_ == "neg" for c in tok.head.children):
            return []
        actor = tok.head
    if tok.lemma_ in LIFT_STATUS and lift_rules(tok, cx):
        return []  # read there already
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    measures = [o for o in [*objects(tok), *passive]]
    # "a number of the restrictive measures", "some of the sanctions": the measures the share is of
    measures = [next((p for x in preps(o, {"of"}) for p in [x] if o.lemma_ in SHARE_NOUNS), o) for o in measures]
    nouns = [n for o in measures for n in (o, *o.conjuncts) if n.lemma_ in SANCTION_NOUNS | {"freeze"} and _sanction_words(n)]
    auth = [e for s_ in subjects(actor) if s_.dep_ != "nsubjpass" for e in cx.entities(s_) or
            [e for o in preps(s_, {"of"}) for e in cx.entities(o)] if e.type not in NOT_ACTORS]
    auth += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
    if not auth and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not subjects(tok):
        # "lifted the freeze on X and eased the restrictions on Y": the first verb's subject
        auth = [e for s_ in subjects(tok.head) if s_.dep_ != "nsubjpass" for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    auth = list({a.id: a for a in (cx.person_state.get(e.id, e) if e.type == "Person" else e for e in auth)}.values())
    if not (nouns and auth):
        return []
    date, dtoks = cx.date_of(tok)
    out, last = [], []
    for n in nouns:
        # the 'on' phrase of the noun, of a clause on it ("the measures it imposed on X") or, for the
        # first noun, of the verb where the parser hangs it ("lifted the freeze on five Syrian banks")
        phrases = preps(n, {"on", "against"}) + [x for c in n.children if c.dep_ in ("relcl", "acl")
                                                   for x in preps(c, {"on", "against"})]
        if n.i == nouns[0].i:
            phrases += preps(tok, {"on", "against"})
        target = [e for x in phrases for e in _states_in(x, cx)] or last
        target = [e for e in target if e.id not in {a.id for a in auth}]
        if not target:
            continue
        last = target  # "the restrictions on X's energy sector and the sanctions on the transport sector": X's both
        f = Fact("Sanction", {"authority": auth, "target": target[:1]}, {"status": status, "measure": _measure_words(n, cx)},
                 tokens=[tok.i, n.i], trigger=actor, split=False)
        if tok.lemma_ in EASE_STATUS:
            f.attrs["description"] = "eased"
        if date and status == "ended":
            f.attrs["endDate"] = date
            f.tokens += dtoks
        out.append(f)
    return out
