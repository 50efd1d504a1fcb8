"""Trigger words of the kinds of statement, by category of the CAMEO event codebook
(Schrodt, *CAMEO Conflict and Mediation Event Observations Event and Actor Codebook*,
version 1.1b3, 2012) and the PLOVER categories the ontology maps them to
(``gkg:cameoCode``, ``gkg:ploverEventType`` in ``ontology/geopolitics.ttl``).

Each category lists the verbs and the nouns English news uses for it, as lemmas; a
word is in a category for what it means, not because one article used it. Words that
also name other kinds of fact are left to those kinds' rules ("attack" is an Attack,
"charge" a legal charge unless 'against' follows, "back" a Support).

The lemmatizer of the English model reads some inflected forms of rare verbs wrongly
("hoped" as "hop"); :func:`lemma` reads a token's surface form against the regular
inflections of every lexicon verb (:func:`inflections`), so a verb of the lexicon is
found in every form whatever the model makes of it.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

#: Verbs of each kind of statement: lemma -> ontology class.
STATEMENT_VERBS: dict[str, str] = {
    # CAMEO 051 "Praise or endorse" (PLOVER APPROVE)
    **dict.fromkeys(("praise", "hail", "laud", "commend", "thank", "congratulate", "applaud", "welcome", "appreciate",
                     "salute", "extol", "acclaim"), "Praise"),
    # CAMEO 111 "Criticize or denounce" (PLOVER DISAPPROVE)
    **dict.fromkeys(("criticise", "criticize", "condemn", "denounce", "slam", "decry", "censure", "rebuke", "blast",
                     "deplore", "castigate", "lambast", "lambaste", "chide", "reproach", "berate", "assail",
                     "excoriate", "admonish", "deride"), "Criticism"),
    # CAMEO 112 "Accuse" (PLOVER ACCUSE)
    **dict.fromkeys(("accuse", "blame"), "Accusation"),
    # CAMEO 12 "Reject" (PLOVER REJECT)
    **dict.fromkeys(("reject", "dismiss", "deny", "refute", "oppose", "rebuff", "repudiate", "spurn"), "Rejection"),
    # CAMEO 02 "Appeal" (PLOVER REQUEST)
    **dict.fromkeys(("urge", "appeal", "implore", "press", "call", "exhort", "entreat", "beseech"), "Appeal"),
    # CAMEO 051, an endorsement of a course or a party (PLOVER SUPPORT)
    "endorse": "StatementOfSupport",
}

#: Nouns of each kind of statement: lemma -> ontology class ("the condemnation of X by Y").
STATEMENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(("accusation", "allegation", "charge"), "Accusation"),
    **dict.fromkeys(("criticism", "condemnation", "rebuke", "denunciation", "censure", "reproach", "backlash",
                     "outcry", "rebuff"), "Criticism"),
    **dict.fromkeys(("praise", "tribute", "acclaim", "commendation"), "Praise"),
    **dict.fromkeys(("rejection", "denial", "repudiation"), "Rejection"),
    **dict.fromkeys(("appeal", "plea", "entreaty"), "Appeal"),
}

#: Verbs whose object is a reaction the subject meets, not one it makes: "the visit drew
#: rebukes from EU leaders", "Orban faced criticism from Brussels".
MEET_REACTION_VERBS = {"draw", "face", "spark", "prompt", "provoke", "attract", "earn", "receive", "trigger", "meet",
                       "win", "elicit", "invite", "incur"}

_VOWELS = "aeiou"


def inflections(verb: str) -> set[str]:
    """The regular inflected forms of an English verb lemma, lower case: third person
    ``-s``, past ``-ed`` and participle ``-ing``, with the spelling rules of English
    (silent e dropped: "deplore" -> "deplored", "deploring"; y after a consonant:
    "decry" -> "decries", "decried"; a final consonant after one stressed vowel
    doubled: "chide" is not, "rebut" -> "rebutted"). Irregular verbs keep their regular
    forms only. Returns the set, the lemma included."""
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
        if len(verb) <= 4 and verb[-1] not in _VOWELS + "wxy" and verb[-2] in _VOWELS and verb[-3] not in _VOWELS:
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}  # 'slam' -> 'slammed'
    return forms


@functools.lru_cache(maxsize=1)
def _surface() -> dict[str, str]:
    table: dict[str, str] = {}
    for verb in sorted(STATEMENT_VERBS):
        for form in inflections(verb):
            table.setdefault(form, verb)
    return table


def lemma(tok: Token) -> str:
    """The lexicon verb ``tok`` is a form of, when its lemma is not one already
    ("lambasted" -> "lambast" whatever the lemmatizer made of it); else its lemma."""
    if tok.lemma_ in STATEMENT_VERBS:
        return tok.lemma_
    return _surface().get(tok.lower_, tok.lemma_)


def surface_forms() -> set[str]:
    """Every inflected form of every lexicon verb, for the trigger prefilter."""
    return set(_surface())
