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
import re

from spacy.tokens import Token

#: Verbs of each kind of statement: lemma -> ontology class.
STATEMENT_VERBS: dict[str, str] = {
    # CAMEO 051 "Praise or endorse" (PLOVER APPROVE)
    **dict.fromkeys(("praise", "hail", "laud", "commend", "thank", "congratulate", "applaud", "welcome", "appreciate",
                     "salute", "extol", "acclaim"), "Praise"),
    # CAMEO 111 "Criticize or denounce" (PLOVER DISAPPROVE)
    **dict.fromkeys(("criticise", "criticize", "condemn", "denounce", "slam", "decry", "censure", "rebuke", "blast",
                     "deplore", "castigate", "lambast", "lambaste", "chide", "reproach", "berate", "assail",
                     "excoriate", "admonish", "deride", "fault", "chastise", "scold", "vilify", "disparage", "pillory",
                     "bemoan", "lament", "rail", "fulminate"), "Criticism"),
    # CAMEO 114 "Complain officially" (PLOVER DISAPPROVE)
    "complain": "Criticism",
    # CAMEO 112 "Accuse" (PLOVER ACCUSE)
    **dict.fromkeys(("accuse", "blame"), "Accusation"),
    # CAMEO 12 "Reject" (PLOVER REJECT)
    **dict.fromkeys(("reject", "dismiss", "deny", "refute", "oppose", "rebuff", "repudiate", "spurn", "disavow",
                     "dispute"), "Rejection"),
    # CAMEO 02 "Appeal" (PLOVER REQUEST); CAMEO 10 "Demand", which the ontology's Appeal takes in ("urging or demanding")
    **dict.fromkeys(("urge", "appeal", "implore", "press", "call", "exhort", "entreat", "beseech", "demand"), "Appeal"),
    # the same categories said with a particle (:data:`PHRASAL_VERBS`)
    **dict.fromkeys(("brush aside", "brush off", "shrug off", "wave away", "wave off"), "Rejection"),
    **dict.fromkeys(("hit out", "lash out"), "Criticism"),
    # CAMEO 051, an endorsement of a course or a party (PLOVER SUPPORT)
    "endorse": "StatementOfSupport",
}

#: Phrasal verbs of the lexicon: (verb lemma, particle) -> the lexicon's entry ("brushed the
#: concerns aside", "shrugged off the criticism", "hit out at Brussels"); the particle
#: must be the verb's own (a particle, or an adverb the parser makes of it).
PHRASAL_VERBS: dict[tuple[str, str], str] = {tuple(k.split()): k for k in STATEMENT_VERBS if " " in k}

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
        base = verb.split()[0]  # a phrasal verb's forms are its verb's
        for form in inflections(base):
            table.setdefault(form, base)
    return table


def lemma(tok: Token) -> str:
    """The lexicon verb ``tok`` is a form of: a phrasal verb when its particle hangs on
    it ("brushed those concerns aside" -> "brush aside"), else its lemma when the
    lexicon has it, else the lexicon verb its surface form inflects ("lambasted" ->
    "lambast" whatever the lemmatizer made of it); else its lemma."""
    base = tok.lemma_ if tok.lemma_ in STATEMENT_VERBS else _surface().get(tok.lower_, tok.lemma_)
    for c in tok.children:
        if c.dep_ in ("prt", "advmod") and (base, c.lower_) in PHRASAL_VERBS:
            return PHRASAL_VERBS[(base, c.lower_)]
    return base


def surface_forms() -> set[str]:
    """Every inflected form of every lexicon verb, for the trigger prefilter."""
    return set(_surface())


#: Verbs of an act between two actors that no kind-specific rule reads, by CAMEO code, as
#: lemma -> (ontology class, role of the doer, role of the other actor, the preposition
#: that introduces the other actor or None for the direct object, attributes). The doer
#: is the subject or a passive's agent, the other actor the object or the passive's
#: subject ("Peru was funded by Chile"); both roles of a Meeting are its ``participant``.
ACTOR_VERBS: dict[str, tuple[str, str, str, str | None, dict[str, str]]] = {
    # CAMEO 046 "Engage in negotiation"; 040 "Consult" (PLOVER CONSULT)
    "negotiate": ("Meeting", "participant", "participant", "with", {}),
    "confer": ("Meeting", "participant", "participant", "with", {}),
    "consult": ("Meeting", "participant", "participant", None, {}),
    # CAMEO 071 "Provide economic aid" (PLOVER AID)
    **dict.fromkeys(("fund", "finance", "bankroll", "subsidise", "subsidize", "sponsor"),
                    ("Support", "supporter", "supported", None, {"supportKind": "economic"})),
    # CAMEO 072 "Provide military aid": training and equipping another's forces (PLOVER AID)
    **dict.fromkeys(("train", "equip"), ("Support", "supporter", "supported", None, {"supportKind": "military"})),
    # PLOVER SUPPORT: taking another's side
    "side": ("Support", "supporter", "supported", "with", {}),
    # CAMEO 06 "Engage in material cooperation" (PLOVER COOPERATE): allying, a tie of both sides
    **dict.fromkeys(("ally", "align", "partner"), ("Cooperation", "participant", "participant", "with", {})),
}


#: Words that end the head of a legal action's description ("request for interim
#: measures", "sentence of 34 years", "ruling that the arrest was legal").
_ACTION_HEAD_ENDS = re.compile(r"\s(?:of|for|against|to|on|in|by|over|with|from|that|and)\s.*$")


def singular(word: str) -> str:
    """A plural noun's singular by the regular English ending ('charges' gives 'charge',
    'measures' 'measure'); 'process', 'bus' and words of three letters stay as written."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def action_head(words: str) -> str:
    """The head noun of a legal action's words (``actionType``), lower case and singular:
    the last word before a preposition or clause ('request' of "request for interim
    measures", 'charge' of "charges"); '' for no words."""
    head = _ACTION_HEAD_ENDS.sub("", words.lower().strip()).split()
    return singular(head[-1]) if head else ""


#: Occupations and professions news gives beside a name, outside any post (Wikidata P106
#: values of the kind): no title of office, which :mod:`kg.extract.facts.offices` reads.
OCCUPATION_NOUNS = {
    "lawyer", "attorney", "barrister", "solicitor", "jurist", "journalist", "reporter", "correspondent",
    "photographer", "photojournalist", "blogger", "editor", "broadcaster", "columnist", "activist", "campaigner",
    "dissident", "businessman", "businesswoman", "entrepreneur", "tycoon", "magnate", "oligarch", "billionaire",
    "banker", "investor", "economist", "academic", "scholar", "researcher", "scientist", "physicist", "historian",
    "writer", "author", "novelist", "poet", "artist", "musician", "singer", "filmmaker", "actor", "actress",
    "doctor", "physician", "surgeon", "nurse", "engineer", "pilot", "priest", "cleric", "imam", "rabbi", "pastor",
    "monk", "nun", "teacher", "lecturer", "farmer", "diplomat", "translator", "footballer", "athlete",
}

#: Occupations of employees whose employer news names beside them ("an analyst at", "a
#: senior fellow of", "a professor at", "a correspondent for"): researchers, experts and
#: reporters of a body, none of them a post of its leadership (corpus/CLAIMS.md,
#: gkg:employer; Wikidata P108 employer).
EMPLOYEE_NOUNS = {"analyst", "researcher", "expert", "fellow", "professor", "correspondent", "economist", "scholar",
                  "lecturer", "academic", "scientist", "strategist", "specialist", "reporter", "journalist", "editor",
                  "columnist", "historian"}
