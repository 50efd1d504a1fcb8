"""Entry bans and travel restrictions on the citizens of named states ("barring citizens
of 12 countries from entering the United States", "Chile banned citizens of Peru and
Bolivia from entering the country", "partially restricting entry for nationals of seven
others", "travellers from Cuba and Laos face partial restrictions"): a ``Sanction`` of
the state whose border it closes (``authority``) on the unnamed citizens of each state
named (``target: {actor: unnamed citizens, of: <state>}``, one per state; the words of
the text when no state is named: "unnamed citizens of 12 countries"), its ``measure``
``entry ban``, ``entry restrictions`` or ``partial entry restrictions``, as
corpus/CLAIMS.md writes a sanction and the unnamed members of a state. CAMEO 1621
(reduce or stop travel, migration) and PLOVER's RESTRICT (movement) name such a step.

Where the sentence names no state as the one acting or entered ("travellers from Cuba
face partial restrictions"), the authority is the one the article's other sanctions
agree on (the fact's open role), else the drafts write 'unnamed authority'.

People barred from anything but entry ("barred journalists from the court"), or states
and bodies barred ("barred Russia from the games"), are no entry ban: nothing drafted.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, doers, preps

#: Verbs that keep people out, with the measure they name.
BAR_VERBS = {"bar": "entry ban", "ban": "entry ban", "restrict": "entry restrictions", "block": "entry ban"}
#: Nouns of the people a state keeps out of its territory.
PEOPLE_NOUNS = {"citizen", "national", "traveller", "traveler", "visitor", "passport-holder", "holder"}
#: Nouns of a restriction or ban that people 'face' ("face partial restrictions").
MEASURE_NOUNS = {"restriction": "entry restrictions", "ban": "entry ban"}
#: Verbs of going into a state: "from entering the United States".
ENTER_VERBS = {"enter", "travel", "come", "visit"}
ENTRY_TRIGGERS = set(BAR_VERBS) | {"face"}


def _states(toks: list[Token], cx: Context) -> list:
    """The states the words of ``toks`` (and their subtrees) name, by name or demonym."""
    return _uniq([m.entity for o in toks for t in o.subtree for m in [cx.at.get(t.i)]
                  if m is not None and m.entity.type == "State"])


def _people(noun: Token, cx: Context) -> tuple | None:
    """The target of a ban on ``noun`` (a noun of :data:`PEOPLE_NOUNS`): the qualified form
    ('unnamed citizens', [each state its words name]) or, no state named, ('unnamed citizens
    of 12 countries', None). None when ``noun`` is no noun of people."""
    if noun.lemma_ not in PEOPLE_NOUNS:
        return None
    states = _states([noun], cx)
    words = "unnamed " + noun.lower_
    if states:
        return words, states
    rest = [t.text for t in noun.subtree if t.i > noun.i]
    return (" ".join([words, *rest]), None) if rest else None


def _entered(verb: Token, cx: Context) -> list:
    """The state entered in "from entering the United States", "entry into Chile"."""
    goes = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for c in p.children
            if c.lemma_ in ENTER_VERBS]
    into = [o for g in goes for o in g.children if o.dep_ == "dobj"]
    into += [o for c in verb.children if c.lemma_ == "entry" for o in preps(c, {"into", "to"})]
    return _states(into, cx)[:1]


#: Words of what a restriction "on" something restricts when it restricts entry.
ENTRY_WORDS = {"entry", "enter", "travel", "visa", "admission", "arrival", "immigration"}
#: Nouns of the act that bars entry, standing as the subject for the state that made it ("the
#: proclamation bars citizens of 12 countries from entering").
ENACTING_NOUNS = {"proclamation", "order", "decree", "ban", "rule", "law", "measure", "policy", "directive",
                  "regulation", "executive", "act"}


def _authority(verb: Token, cx: Context) -> list:
    """The state that keeps people out: the verb's subject if a state, else the state
    entered, else that of the verb it is joined to ("barring ... and restricting ...")."""
    own = [e for s_ in doers(verb) for e in cx.entities(s_) if e.type in ("State", "Government")][:1]
    own = own or _entered(verb, cx)
    if not own and verb.dep_ == "conj" and verb.head.lemma_ in BAR_VERBS:
        return _authority(verb.head, cx)
    return own


def entry_ban_rules(tok: Token, cx: Context) -> list[Fact]:
    """An entry ban or travel restriction: ``tok`` a verb of :data:`BAR_VERBS` whose object
    (or 'for' after 'entry') names people of :data:`PEOPLE_NOUNS` kept from entering a
    state, or 'face' with a restriction or ban as its object and such people as its
    subject. Output: [] or one Sanction (``authority``, ``target`` in the qualified form,
    ``measure``)."""
    if tok.pos_ != "VERB":
        return []
    if tok.lemma_ == "face":
        noun = next((o for o in tok.children if o.dep_ == "dobj" and o.lemma_ in MEASURE_NOUNS), None)
        people = [s_ for s_ in tok.children if s_.dep_ == "nsubj"]
        if noun is None or not people or people[0].lemma_ not in PEOPLE_NOUNS:
            return []
        # "face restrictions on bank transfers": a restriction of something else than entry
        if any(c.lower_ in ("on", "to", "for", "in", "over", "against") and not any(
                g.lemma_ in ENTRY_WORDS for g in c.subtree) for c in noun.children if c.dep_ == "prep"):
            return []
        states = _states(preps(people[0], {"from", "of"}), cx)
        if not states:
            return []
        partial = any(c.lower_ in ("partial", "partially") for c in noun.children)
        measure = ("partial " if partial else "") + MEASURE_NOUNS[noun.lemma_]
        return [Fact("Sanction", {}, {"measure": measure}, tokens=[tok.i, noun.i, people[0].i],
                     qualified={"target": ("unnamed " + people[0].lower_, states)}, members_of={"target"},
                     open_role="authority")]
    if tok.lemma_ not in BAR_VERBS:
        return []
    objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
    entry = [o for o in objs if o.lemma_ == "entry"]
    if entry:  # "restricting entry for nationals of seven others"
        objs = preps(entry[0], {"for", "of", "by"})
    elif not _entered(tok, cx):
        return []  # barred from something else than entering a state
    target = next((t for o in objs for t in [_people(o, cx)] if t is not None), None)
    if target is None:
        return []
    if any(s_.lemma_ not in ENACTING_NOUNS and not cx.entities(s_) for s_ in doers(tok)):
        return []  # "protesters blocked Pakistani nationals from entering India": no one's measure named
    authority = _authority(tok, cx)
    partial = any(c.lower_ in ("partially", "partly") for c in tok.children)
    measure = ("partial " if partial else "") + BAR_VERBS[tok.lemma_]
    f = Fact("Sanction", {"authority": authority} if authority else {}, {"measure": measure},
             tokens=[tok.i, *(o.i for o in objs)], qualified={"target": target}, members_of={"target"},
             open_role=None if authority else "authority")
    # "signed a proclamation on Wednesday barring ... and restricting ...": the ban is dated by the
    # signing it hangs on (the first verb above it whose clause gives a date)
    for anchor in tok.ancestors:
        date = cx.date_of(anchor)[0] if anchor.pos_ == "VERB" else None
        if date:
            f.attrs["date"], f.undated = date, True
            break
    return [f]
