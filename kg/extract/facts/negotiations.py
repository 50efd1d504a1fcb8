"""Talks as a process: "the two governments began talks on a minerals deal in February",
"the United Kingdom suspended talks with Israel on a new free trade agreement", "as
Washington pursues talks with Moscow on ending the war", "Ghana resumed talks with Togo".

A ``Negotiation`` (CAMEO 046 'engage in negotiation', PLOVER CONSULT; corpus/CLAIMS.md,
"Negotiations"): talks between parties over time on a matter, told by a verb of the
process's course with 'talks' or 'negotiations' as its object (:data:`COURSE_VERBS`).
A ``Meeting`` is one sitting at one place and time: "held talks", "had talks" stay the
meeting rules' (:func:`~kg.extract.facts.diplomacy.meeting_rules`), and so do talks
begun with no matter named ("begins talks with the parties on Tuesday"), a round of
consultations that opens on a day.

Input: the noun 'talks' or 'negotiations' (plural), the object of a verb of
:data:`COURSE_VERBS`. Output: [] or one Negotiation:

- ``party``: the verb's subject and the sides after 'with' (or 'between') on the verb or
  the noun, a person read as the state they serve; two at least;
- ``initiator``: the subject, when it opens, resumes, suspends or pursues talks 'with'
  another (the one who acts on the talks; CLAIMS.md, "who opened or reopened them");
- ``status``: ``resumed``, ``suspended`` or ``ended`` as the verb says (none for talks
  begun or pursued);
- ``subject``: what the talks are on ("on a minerals deal"), or ``purpose`` for a verb
  phrase ("on ending the war");
- the verb's date: ``startDate`` for talks begun, ``date`` otherwise.

Nothing is drafted for talks of joining a body ("accession negotiations": the
membership rules'), nor when fewer than two parties are named.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _states, _text, _uniq, doers, preps

#: Verbs of the course of talks, and the status each gives them (None: no status).
COURSE_VERBS = {"begin": None, "start": None, "open": None, "launch": None, "pursue": None, "continue": None,
                "resume": "resumed", "reopen": "resumed", "restart": "resumed", "relaunch": "resumed",
                "revive": "resumed", "suspend": "suspended", "freeze": "suspended", "halt": "suspended",
                "end": "ended", "conclude": "ended"}
#: Verbs that begin talks: the date they give is the talks' start.
BEGIN_VERBS = {"begin", "start", "open", "launch"}
#: Nouns of talks as a process.
TALKS_NOUNS = {"talk", "negotiation"}
#: Prepositions that give what the talks are on.
MATTER_PREPS = {"on", "over", "about"}
#: Classes of a party to talks.
PARTY_TYPES = ("State", "Government", "Organisation", "InternationalOrganisation", "MilitaryGovernment", "Group")
NEGOTIATION_TRIGGERS = set(TALKS_NOUNS) | {"talks", "negotiations"}


def _course_verb(noun: Token) -> Token | None:
    """The verb of :data:`COURSE_VERBS` whose object ``noun`` is ("suspended talks"; "broke
    off talks" with its particle), or None."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    if verb.lemma_ == "break" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return verb
    return verb if verb.lemma_ in COURSE_VERBS else None


def _matter(noun: Token, verb: Token) -> Token | None:
    """The object of 'on', 'over' or 'about' on the talks or their verb that is no date
    ("on a minerals deal", "on ending the war"); None when there is none."""
    for head in (noun, verb):
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ not in MATTER_PREPS:
                continue
            for o in p.children:
                if o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in ("DATE", "TIME"):
                    return o
    return None


def negotiated(noun: Token) -> bool:
    """Whether ``noun`` is talks told as a process (:func:`negotiation_rules` reads them),
    not one sitting: the object of a verb of :data:`COURSE_VERBS`, on a matter named when
    the verb only begins them."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_ not in TALKS_NOUNS:
        return False
    verb = _course_verb(noun)
    if verb is None or _accession(noun):
        return False
    return verb.lemma_ not in BEGIN_VERBS or _matter(noun, verb) is not None


def _accession(noun: Token) -> bool:
    from kg.extract.facts.belonging import _accession_word

    return _accession_word(noun)


def negotiation_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Negotiation from talks told as a process (:func:`negotiated`); the module
    docstring gives its roles."""
    if not negotiated(tok):
        return []
    verb = _course_verb(tok)
    subj = [e for s_ in doers(verb) for e in cx.entities(s_)]
    others = [e for o in preps(verb, {"with"}) + preps(tok, {"with", "between"}) for e in cx.entities(o)]
    parties = _uniq([e for e in _states(subj + others, cx) if e.type in PARTY_TYPES])
    if len(parties) < 2:
        return []
    withs = preps(verb, {"with"}) + preps(tok, {"with", "between"})
    f = Fact("Negotiation", {"party": parties}, tokens=[tok.i, verb.i, *(o.i for o in withs)])
    if subj and others and verb.lemma_ not in ("continue",):
        f.roles["initiator"] = _uniq(subj)
    status = "suspended" if verb.lemma_ == "break" else COURSE_VERBS[verb.lemma_]
    if status:
        f.attrs["status"] = status
    matter = _matter(tok, verb)
    if matter is not None:
        words = [t for t in matter.subtree]
        while words and words[-1].is_punct:
            words.pop()
        if 0 < len(words) <= 12:
            f.tokens += [t.i for t in words]
            f.attrs["purpose" if matter.dep_ == "pcomp" or matter.tag_ == "VBG" else "subject"] = _text(cx.doc, words)
    if verb.lemma_ in BEGIN_VERBS:
        f.take_date(cx.date_of(verb), "startDate")
    return [f]
