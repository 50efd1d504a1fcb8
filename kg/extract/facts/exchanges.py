"""Rules of exchanges of prisoners, hostages or the dead between two sides: "Russia and the
United States swapped 26 prisoners", "Armenia exchanged prisoners with Azerbaijan",
"completed the largest prisoner exchange since the Cold War", "a prisoner swap between
Russia and Belarus". An exchange between states (or armed groups) is an ``Agreement`` of
the two sides, ``status: completed`` once carried out; each side's release is a
``Release`` of its own (``corpus/CLAIMS.md``, "A release and an exchange of prisoners").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.agreements import AGREEMENT_PARTIES, _between, official_state
from kg.extract.facts.common import REFUSE_VERBS, Context, Fact, _both_of_pair, _states, _uniq, preps, subjects
from kg.extract.mentions import Known
from kg.extract.speech import DENY, STOP_VERBS

#: Verbs of an exchange, and their nouns ("swapped prisoners", "a prisoner swap").
EXCHANGE_WORDS = {"exchange", "swap"}
#: Those exchanged whose exchange is an accord between the sides: prisoners, hostages,
#: detainees, captured soldiers, the bodies of the dead (ICRC's "exchange of prisoners of
#: war"). Not fire, views, letters or goods: "exchanged fire", "exchanged views".
CAPTIVE_NOUNS = {"prisoner", "prisoners", "detainee", "captive", "hostage", "pow", "pows", "inmate", "body",
                 "bodies", "remains", "soldier", "serviceman", "servicemen", "convict"}
#: Verbs that carry out an exchange named by its noun ("completed a prisoner swap",
#: "carried out an exchange of prisoners", "conducted the exchange"): status completed.
CARRY_OUT_VERBS = {"complete", "carry", "conduct", "hold", "stage", "finalise", "finalize", "execute", "make"}
#: Words on a verb that leave the exchange undone or unsure: a modal, a negation, a
#: question's 'whether' or 'if'.
UNDONE_WORDS = {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "not", "n't", "never",
                "whether", "if"}
#: Verbs whose gerund is an exchange not carried out: denied ("denied swapping prisoners"),
#: refused or failed ("refused exchanging"), stopped ("stopped exchanging prisoners").
UNDOING_HEADS = DENY | REFUSE_VERBS | STOP_VERBS


def _captives(noun_or_verb: Token) -> list[Token]:
    """The words naming who is exchanged: the verb's object or the 'of' of the noun
    ("exchanged 26 prisoners", "an exchange of prisoners"), a noun compounded with the
    exchange's noun ("a prisoner swap"), each one of :data:`CAPTIVE_NOUNS`."""
    words = [c for c in noun_or_verb.children if c.dep_ in ("dobj", "compound", "nmod", "amod")]
    words += preps(noun_or_verb, {"of"})
    return [w for w in words if w.lemma_.lower() in CAPTIVE_NOUNS or w.lower_ in CAPTIVE_NOUNS]


def _sides(heads: list[Token], cx: Context) -> list[Known]:
    """The sides ``heads`` name: their entities (a person for the state they serve, an
    official unnamed for the state on their noun), "the two countries" for the article's
    pair of states."""
    found = []
    for h in heads:
        named = cx.entities(h) or [e for x in [h, *h.conjuncts] for e in official_state(x, cx)]
        if not named and cx.pair and _both_of_pair(h):
            named = list(cx.pair)
        found += named
    return found


def _undone(verb: Token) -> bool:
    """Whether the words on ``verb`` leave it not carried out (:data:`UNDONE_WORDS`), it
    is the infinitive of another verb ("agreed to swap", "plan to exchange": the
    agreeing is the fact, :func:`~kg.extract.facts.agreements.agree_rules`), or the
    gerund of a verb of denying, refusing or stopping (:data:`UNDOING_HEADS`: "denied
    swapping prisoners", "stopped exchanging prisoners")."""
    if verb.dep_ in ("xcomp", "advcl", "pcomp") and verb.tag_ == "VB":
        return True
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and \
            (verb.head if verb.dep_ != "pcomp" else verb.head.head).lemma_ in UNDOING_HEADS:
        return True
    return any(c.lower_ in UNDONE_WORDS for c in verb.children if c.dep_ in ("aux", "neg", "mark"))


def _exchange(sides: list[Known], tokens: list[int], done: bool, cx: Context) -> list[Fact]:
    """The Agreement of ``sides`` (two at least, of the classes an agreement's party takes
    or an armed group), status completed when ``done``."""
    parties = _uniq([e for e in _states(sides, cx) if e.type in AGREEMENT_PARTIES + ("Group",)])
    if len(parties) < 2:
        return []
    return [Fact("Agreement", {"party": parties}, {"status": "completed"} if done else {}, tokens=tokens)]


def exchange_verb_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Russia and the United States swapped 26 prisoners", "Armenia exchanged prisoners
    with Azerbaijan", "the two countries exchanged the bodies of soldiers": an Agreement
    of the subjects and those 'with' names, status completed; none for what is no
    captive ("exchanged fire", "exchanged views"), an exchange still to come or denied
    ("could swap prisoners", "did not exchange"), or fewer than two sides."""
    if tok.pos_ != "VERB" or tok.lemma_ not in EXCHANGE_WORDS or not _captives(tok) or _undone(tok):
        return []
    sides = _sides(subjects(tok), cx) + _sides(preps(tok, {"with"}), cx)
    return _exchange(sides, [tok.i], True, cx)


def exchange_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """"completed the largest prisoner exchange since the Cold War", "carried out an
    exchange of prisoners with Ukraine", "a prisoner swap between Russia and Belarus":
    the noun of an exchange of captives is an Agreement of the sides 'between' names on
    it, or of the subjects (and 'with') of a verb that carries it out
    (:data:`CARRY_OUT_VERBS`, status completed). None without captives ("a stock
    exchange", "an exchange of views"), when the carrying out is still to come, nor
    when the exchange is only what another noun is about ("talks on a prisoner swap
    between Russia and Ukraine collapsed"): the noun must be a verb's subject or
    object, or hang on a verb by a preposition, and that verb not undone."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in EXCHANGE_WORDS or not _captives(tok):
        return []
    governor = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or governor.pos_ not in ("VERB", "AUX") or \
            _undone(governor):
        return []
    sides = _between(tok, cx)
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    done = False
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_ in CARRY_OUT_VERBS and not _undone(verb):
        # those who carry it out are its sides; a 'between' in the noun's phrase then ranks it ("completed the
        # largest prisoner exchange between Moscow and the West"), unless the verb names fewer than two
        doers_ = _sides([s for s in subjects(verb) if s.i != tok.i], cx)
        doers_ += _sides(preps(verb, {"with"}) + preps(tok, {"with"}), cx)
        sides = doers_ if len(_uniq(doers_)) >= 2 else sides + doers_
        done = True
    return _exchange(sides, [tok.i] + ([verb.i] if done else []), done, cx)
