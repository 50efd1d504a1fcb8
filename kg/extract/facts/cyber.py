"""Cyber operations one side blames on another: "X formally accused China of a cyber
espionage campaign against the Foreign Ministry", "Prague blames Chinese state hackers for
Foreign Ministry breach". A ``CyberOperation`` (a kind of ``Attack``; Wikidata
"cyberattack", Q4071928; CAMEO 19 has no code of its own for it, PLOVER files it under
ATTACK with the mode "cyber") with ``perpetrator`` (whom the words blame: a state, a body,
or unnamed hackers ``for`` the state their demonym names) and ``target`` (whose systems:
the 'against' / 'on' phrase or the name before the noun), drafted as the accuser's
allegation (``corpus/CLAIMS.md``, "Cyber operations": ``modality: alleged``, ``said_by``
the accuser, which the speech reading of 'accuse' and 'blame' gives).

Input: a token of the parsed article and its :class:`~kg.extract.facts.common.Context`;
output: a list of :class:`~kg.extract.facts.common.Fact` (empty when the words tell no
cyber operation or name no one blamed).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, objects, preps

#: Nouns of an intrusion into computer systems, a cyber operation by themselves.
CYBER_NOUNS = {"cyberattack", "cyber-attack", "cyberespionage", "hack", "cyber-espionage"}
#: Nouns of an act that is a cyber operation when a word of :data:`CYBER_MARKS` qualifies it
#: ("a cyber espionage campaign", "a hacking operation") or, for a breach or an intrusion,
#: when hackers are the ones blamed ("blames Chinese state hackers for Foreign Ministry breach").
ACT_NOUNS = {"campaign", "attack", "operation", "espionage", "breach", "intrusion", "attacks", "operations"}
#: Words that make an act a cyber one ("cyber", "hacking", "computer network", "ransomware").
CYBER_MARKS = {"cyber", "hacking", "computer", "network", "ransomware", "phishing", "malware", "cyberespionage",
               "cyber-espionage", "digital", "online"}
#: Nouns of those who break into systems, unnamed ("Chinese state hackers").
HACKER_NOUNS = {"hacker", "hackers", "cybercriminal", "cybercriminals"}
#: Nouns of a breach that hackers make (not a breach of a ceasefire or of a contract).
BREACH_NOUNS = {"breach", "intrusion"}
#: Verbs that blame an act on someone, with the act after 'of' / 'for' / 'over'.
BLAME_VERBS = {"accuse", "blame"}
#: Who can be blamed for an operation, and whose systems it hits.
ACTORS = ("State", "Government", "Organisation", "Group", "ArmedGroup", "ArmedForces", "MilitaryGovernment")
TARGETS = ACTORS + ("InternationalOrganisation", "Company", "StateCompany", "Person", "Court")


def _marked(tok: Token) -> bool:
    """Whether the words on the act noun ``tok`` make it a cyber one: a modifier of
    :data:`CYBER_MARKS`, or one a word of them modifies ("a cyber espionage campaign")."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and (
                c.lower_ in CYBER_MARKS or any(g.lower_ in CYBER_MARKS for g in c.children if g.dep_ in ("amod", "compound"))):
            return True
    return False


def cyber_blame_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X accused China of a cyber espionage campaign against Y", "X blames Chinese state
    hackers for Y breach": the CyberOperation of the noun ``tok`` (after 'of', 'for' or
    'over' on a verb of :data:`BLAME_VERBS`), its ``perpetrator`` the verb's object (a
    named actor, or unnamed hackers for the state their demonym names) and its ``target``
    the actor of its 'against' / 'on' phrase or the name before it. Nothing when the act
    is not a cyber one ("accused Peru of a smear campaign", "blamed the union for the
    breach of the deal") or no one is blamed by name or state."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") or lemma not in CYBER_NOUNS | ACT_NOUNS:
        return []
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "for", "over"):
        return []
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_ not in BLAME_VERBS:
        return []
    blamed = objects(verb)
    if not blamed:
        return []
    hackers = [o for o in blamed if o.lemma_.lower() in HACKER_NOUNS or o.lower_ in HACKER_NOUNS]
    if lemma not in CYBER_NOUNS and not _marked(tok) and not (lemma in BREACH_NOUNS and hackers):
        return []
    f = Fact("CyberOperation", {}, tokens=[verb.i, tok.i, *(o.i for o in blamed)])
    perpetrator = _uniq([e for o in blamed for e in cx.entities(o) if e.type in ACTORS])
    if perpetrator:
        f.roles["perpetrator"] = perpetrator
    elif hackers:
        # "Chinese state hackers": unnamed hackers acting for the state their demonym names
        h = hackers[0]
        states = _uniq([m.entity for c in h.children if c.dep_ in ("amod", "compound", "nmod")
                        for m in [cx.at.get(c.i)] if m is not None and m.entity.type == "State"])
        if len(states) != 1:
            return []
        words = [w.lower_ for w in h.subtree if w.i <= h.i and w.dep_ not in ("det", "poss", "case", "punct")
                 and w.i not in cx.at]
        f.qualified["perpetrator"] = ("unnamed " + " ".join(words), states[0])
    else:
        return []
    target = [e for o in preps(tok, {"against", "on", "into"}) for e in cx.entities(o)]
    target += [e for c in tok.children if c.dep_ in ("compound", "nmod", "poss") for e in cx.entities(c)]
    taken = {e.id for e in perpetrator}
    target = [e for e in _uniq(target) if e.type in TARGETS and e.id not in taken]
    if target:
        f.roles["target"] = target
    f.split = False
    f.undated = True  # the day of the accusation is not the operation's
    return [f]
