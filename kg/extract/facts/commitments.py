"""Investments an actor commits to in the noun form, or through an undertaking it
announces: "Qatar has committed to a $500 billion investment in the United States",
"pledged a ten-year investment framework in Kenya", "X and Y have announced a $25
billion initiative to invest in Peruvian ports". The model's ``Investment`` (ontology
gkg:Investment; CAMEO 0 has no code of its own, PLOVER AID/cooperate economically), its
investor the subject of the verb of commitment, its recipient the state or body 'in'
names (or the thing invested in, as ``item``, when no entity is named), its value the sum
in the noun phrase. A commitment is to come: the fact is drafted ``planned``. The plain
verb ("pledged to invest $600 billion in the United States") is the rule of
:func:`kg.extract.facts.economy.investment_rules`; a noun with its own investor ("Chile's
investment in Peru") that of :func:`kg.extract.facts.economy.investment_noun_rules`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _possessors, _uniq, preps, subjects
from kg.extract.quantities import money_near

#: Verbs by which an actor binds itself to an investment it names as a noun (lemmas):
#: "committed to", "pledged", "promised", "announced", "unveiled", "agreed to".
COMMIT_VERBS = {"commit", "pledge", "promise", "announce", "unveil", "agree", "launch", "form", "sign"}
#: Nouns of an undertaking that hold an investment ("a $1.4 trillion investment framework",
#: "an initiative to invest"), besides the noun 'investment' itself.
UNDERTAKING_NOUNS = {"framework", "package", "plan", "programme", "program", "initiative", "deal", "fund", "partnership"}
#: Words of the triggers of :func:`committed_investment_rules`.
COMMITMENT_TRIGGERS = {"investment", "invest"}


def _committing_verb(noun: Token) -> Token | None:
    """The verb of :data:`COMMIT_VERBS` whose object ``noun`` is ("pledged an investment")
    or whose 'to' governs it ("committed to an investment"), or None."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in COMMIT_VERBS:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_ in COMMIT_VERBS:
        return noun.head.head
    return None


def _recipients(into: list[Token], investor: list, cx: Context) -> list:
    """The states or bodies the 'in' phrases ``into`` name, or their possessors, less the
    investors and persons."""
    found = [e for o in into for e in cx.entities(o) or [e for c in _possessors(o) for e in cx.entities(c, conj=False)]]
    return [e for e in _uniq(found) if e.id not in {i.id for i in investor} and e.type not in ("Person",)]


def committed_investment_rules(tok: Token, cx: Context) -> list[Fact]:
    """An Investment committed to: ``tok`` the noun 'investment' (alone or the modifier of
    an undertaking's noun, "investment framework") that is the object of a verb of
    :data:`COMMIT_VERBS`, or the verb 'invest' in the infinitive on an undertaking's noun
    that is one ("announced a $25 billion initiative to invest in ..."). The investor is
    the verb's subject (no person: the state or body a person commits is read elsewhere);
    nothing is drafted without an investor and a recipient or, for the infinitive, a thing
    invested in. Returns [] or one planned Fact."""
    if tok.pos_ == "NOUN" and tok.lemma_ == "investment":
        phrase = tok.head if tok.dep_ == "compound" and tok.head.lemma_ in UNDERTAKING_NOUNS else tok
        if any(c.dep_ in ("poss", "agent") or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in tok.children):
            return []  # "Chile's investment", "an investment by X": the noun names its investor
        into = preps(phrase, {"in", "into"}) + (preps(tok, {"in", "into"}) if phrase is not tok else [])
    elif tok.pos_ == "VERB" and tok.lemma_ == "invest" and tok.dep_ in ("acl", "relcl") and \
            tok.head.lemma_ in UNDERTAKING_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        phrase = tok.head
        into = preps(tok, {"in", "into"})
    else:
        return []
    verb = _committing_verb(phrase)
    if verb is None:
        return []
    investor = _uniq([e for s in subjects(verb) if s.dep_ != "nsubjpass" for e in cx.entities(s)
                      if e.type not in NOT_ACTORS + ("Person",)])
    if not investor:
        return []
    recipient = _recipients(into, investor, cx)
    item = [o for o in into if not recipient and o.pos_ == "NOUN"][:1] if tok.pos_ == "VERB" else []
    if not (recipient or item):
        return []
    f = Fact("Investment", {"investor": investor, **({"recipient": recipient} if recipient else {})},
             tokens=[tok.i, verb.i, phrase.i], split=False, planned=True)
    if item:
        f.attrs["item"] = cx.doc[item[0].left_edge.i:item[0].right_edge.i + 1].text.rstrip(" ,;")
        f.tokens += [t.i for t in item[0].subtree]
    f.take_date(cx.date_of(verb))  # "pledged ... on Monday": the day of the commitment
    money = money_near(phrase)
    if money:
        f.attrs["value"] = money[0]
        f.tokens += money[1]
    return [f]
