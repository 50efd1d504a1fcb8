"""States leaving a shared system they were joined to: "the three states disconnected from
the BRELL ring", "Moldova decoupled from the Russian-run grid", "Ukraine was unplugged from
the IPS/UPS system".

Cutting the links to a power grid, a pipeline network or a payment system run with others
is a ``Withdrawal`` (CAMEO 0874 'retreat or surrender', PLOVER RETREAT; Wikidata's
withdrawal, as corpus/CLAIMS.md writes a state leaving a body): ``withdrawing`` the states
(the subject, or for "the three states", "they", the states of the plural subject told
just before), ``withdrawnFrom`` the system named after 'from'. What the states join
instead ("synchronised with the European grid") is a project the analyst writes;
nothing is drafted for it here.

Nothing is drafted when the 'from' phrase names no body or system (a place, a person:
"disconnected from Moscow"), when the subject names no state, nor for a negated, future
or conditional clause ("will disconnect", "did not decouple").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, preps, subjects
from kg.extract.facts.vessel_seizures import _not_done
from kg.extract.mentions import plural_subject_before

#: Verbs of cutting the links to a shared system.
DISCONNECT_VERBS = {"disconnect", "decouple", "unplug", "desynchronise", "desynchronize", "unhook", "detach"}
GRID_TRIGGERS = set(DISCONNECT_VERBS)
#: Classes a system left may have: a body running it or the network itself.
SYSTEM_TYPES = ("Organisation", "InternationalOrganisation", "Asset", "StateCompany")
#: Classes of those who leave it.
LEAVER_TYPES = ("State", "Government")
#: Nouns of a group of states a subject may be ("the three states", "the Baltic countries").
STATE_GROUP_NOUNS = {"state", "country", "nation", "republic"}


def _leavers(verb: Token, cx: Context) -> list:
    """The states that cut the links: the subject's (passive or active), or, for a plural
    noun of :data:`STATE_GROUP_NOUNS` or 'they' naming none, those of the plural subject
    told just before (:func:`kg.extract.mentions.plural_subject_before`)."""
    subj = [s for s in subjects(verb) if s.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "The three states disconnected from X on Saturday and ran on their own": the parser
        # may read the verb as describing its subject
        subj = [verb.head]
    named = [e for s in subj for e in cx.entities(s) if e.type in LEAVER_TYPES]
    if named or not subj:
        return _uniq(named)
    s = subj[0]
    if s.lemma_.lower() in STATE_GROUP_NOUNS and s.tag_ == "NNS" or s.lower_ == "they":
        group, _ = plural_subject_before(cx.doc, s, cx.mentions)
        return [e for e in group if e.type in LEAVER_TYPES]
    return []


def disconnection_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Withdrawal from a shared system: ``tok`` a verb of :data:`DISCONNECT_VERBS` with a
    'from' phrase naming a body or system of :data:`SYSTEM_TYPES` and states as its subject
    (:func:`_leavers`). Output: [] or one Withdrawal (``withdrawing``, ``withdrawnFrom``)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DISCONNECT_VERBS or _not_done(tok):
        return []
    # the network named by the noun or by the name before it ("the BRELL ring")
    left = _uniq([e for o in preps(tok, {"from"}) for n in [o, *(c for c in o.children if c.dep_ == "compound")]
                  for e in cx.entities(n) if e.type in SYSTEM_TYPES and e.type not in NOT_ACTORS])
    if not left:
        return []
    who = _leavers(tok, cx)
    if not who:
        return []
    return [Fact("Withdrawal", {"withdrawing": who, "withdrawnFrom": left[:1]},
                 tokens=[tok.i, *(o.i for o in preps(tok, {"from"})), *(t.i for s in _subject_words(tok) for t in s.subtree
                                                                       if t.i <= s.i)], trigger=tok, split=False)]


def _subject_words(verb: Token) -> list[Token]:
    """The subject of ``verb`` as the quote should show it (the noun an 'acl' verb hangs on)."""
    subj = [s for s in subjects(verb) if s.dep_ in ("nsubj", "nsubjpass")]
    return subj or ([verb.head] if verb.dep_ == "acl" else [])
