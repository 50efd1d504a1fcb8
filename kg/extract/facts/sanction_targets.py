"""Sanctions on counted targets that a link to a named body identifies: "announced
sanctions on four targets linked to the Revolutionary Guard", "an asset freeze on 11
individuals tied to the junta". The targets go unnamed and are counted (corpus/CLAIMS.md,
"Nothing invented"); the body they are tied to is the party they stand for. CAMEO 163
"Impose embargo, boycott, or sanctions"; the verbs and nouns are those of
:func:`~kg.extract.facts.agreements.unnamed_target_rules`, which leaves these out because
a name stands among the targets' words.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.agreements import imposed_sanctions
from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _takers, _uniq, _unnamed_people, preps

#: Participles and adjectives that tie counted people or firms to a body without naming
#: them: "linked to", "tied to", "connected to", "affiliated with", "associated with",
#: "close to", "belonging to", "working for".
LINK_WORDS = {"link": {"to", "with"}, "tie": {"to"}, "connect": {"to", "with"}, "affiliate": {"with", "to"},
              "associate": {"with"}, "close": {"to"}, "belong": {"to"}, "work": {"for"}}


def _linked_body(noun: Token, cx: Context) -> tuple[list, list[int]]:
    """The one actor a participle of :data:`LINK_WORDS` after ``noun`` ties it to ("four
    targets linked to the IRGC": the IRGC), with the tokens of those words; ([], [])
    when there is none or more than one, or the noun's own words name an actor."""
    for c in noun.children:
        if c.dep_ not in ("acl", "amod") or c.i < noun.i or c.lemma_ not in LINK_WORDS:
            continue
        bodies = _uniq([e for o in preps(c, LINK_WORDS[c.lemma_]) for e in cx.entities(o) if e.type not in NOT_ACTORS])
        if len(bodies) == 1:
            return bodies, [t.i for t in c.subtree]
    return [], []


def linked_target_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Britain announced sanctions on four targets linked to the IRGC", "imposed an asset
    freeze on 11 individuals tied to the junta": a Sanction by the subject (``authority``)
    whose ``target`` is the counted, unnamed targets standing for the body they are tied
    to ({actor: 4 unnamed targets, for: IRGC}); ``measure`` the noun's words. Input: a
    token of the parsed article and its :class:`Context`; output: the facts, or [] when the
    verb is no verb of imposing (:data:`~kg.extract.facts.agreements.PUT_MEASURE_VERBS`), the object no sanction, the
    targets are named or not counted, or no single body is tied to them."""
    out = []
    for o, against in imposed_sanctions(tok):
        for x in against:
            if x.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in x.children):
                continue
            body, words = _linked_body(x, cx)
            if not body or any(t.i in cx.at and t.i not in words and cx.at[t.i].form != "demonym" for t in x.subtree):
                continue
            notes: dict[str, str] = {}
            auth = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e
                          for e in _takers(tok, cx, "authority", notes) if e.type not in NOT_ACTORS])
            if not auth or any(a.id == body[0].id for a in auth):
                continue
            f = Fact("Sanction", {"authority": auth}, tokens=[tok.i, o.i, x.i, *words], split=False, read_as=notes)
            count, _ = _unnamed_people(x, cx)
            f.qualified["target"] = (count, body[0])
            f.attrs["measure"] = " ".join(t.lower_ for t in o.subtree if t.i <= o.i and t.dep_ in ("compound", "amod")
                                          and t.i not in cx.at) + " " + o.lower_
            f.attrs["measure"] = f.attrs["measure"].strip()
            out.append(f)
    return out
