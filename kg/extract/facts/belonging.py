"""Memberships told by the noun 'member' with the members listed beside it ("the African
Union's 55 members, including Bolivia", "members of NATO such as Peru", "Bolivia is one of
the members of the African Union", "NATO, whose members include Peru", "NATO's members
include Peru and Chile"): Wikidata P463 'member of', as the ontology's
Membership (``member``, ``memberOf``).

The other constructions of a Membership, read by the rules of politics and of joining:
"X is a member of Y", "X, a member of Y", "X joined Y" (not "joined Y in signing"), "X
was admitted to Y", "Y admitted X", "Y members including A and B", "the bloc was founded
by A and B"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, objects, preps, subjects
from kg.extract.facts.politics import MEMBER_BODIES
from kg.extract.quantities import count_of

#: Prepositions that list some of a group ("members, including Bolivia", "members like Peru").
LISTING = {"including", "like", "notably", "among"}
#: Classes a member of an international organisation listed so may be.
MEMBER_CLASSES = ("State",)


def _body(noun: Token, cx: Context) -> list:
    """The one organisation whose members ``noun`` names: its possessor ("the African
    Union's members"), the object of its 'of' ("members of NATO") or a name before it
    ("NATO members"); empty when none or several are named, or the name is no body."""
    heads = [c for c in noun.children if c.dep_ in ("poss", "compound")] + preps(noun, {"of"})
    # "members of the OPEC+ group", "members of the NATO alliance": the name on a noun of the body's kind
    heads += [c for h in heads if h.i not in cx.at and h.lemma_.lower() in BODY_KIND_NOUNS
              for c in h.children if c.dep_ in ("compound", "poss", "appos", "amod", "nmod")]
    found = _uniq([cx.at[h.i].entity for h in heads if h.i in cx.at and cx.at[h.i].form == "name"
                   and cx.at[h.i].entity.type in MEMBER_BODIES])
    return found if len(found) == 1 else []


def _listed(noun: Token, cx: Context) -> list:
    """The states a listing preposition on ``noun`` names ("including Bolivia and Peru",
    "such as Peru"), in text order."""
    objs = [o for p in noun.children if p.dep_ == "prep" and (p.lower_ in LISTING or (
        p.lower_ == "as" and any(c.lower_ == "such" for c in p.children))) for o in p.children if o.dep_ == "pobj"]
    return [e for o in objs for e in cx.entities(o) if e.type in MEMBER_CLASSES]


def _whose(noun: Token, cx: Context) -> list:
    """The organisation a relative clause "whose members ..." describes ("NATO, whose
    members include Peru"): the name the clause hangs on, when it is a body."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children) or noun.head.dep_ != "relcl":
        return []
    m = cx.at.get(noun.head.head.i)
    return [m.entity] if m is not None and m.form == "name" and m.entity.type in MEMBER_BODIES else []


#: Verbs that list what the subject, a body's members, is made of ("its members include Peru").
INCLUDE_VERBS = {"include", "comprise"}
#: Nouns of a kind of body whose members are states ("the OPEC+ group", "the NATO alliance").
BODY_KIND_NOUNS = {"group", "alliance", "bloc", "organisation", "organization", "grouping", "club", "forum",
                   "union", "coalition", "committee", "council", "body"}


def _included(noun: Token, cx: Context) -> list:
    """The states the object of "include" / "comprise" names when ``noun`` ('members') is
    its subject ("NATO's members include Peru and Chile", "whose members include ...");
    nothing under a negation or a modal ("could include", "do not include")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ not in INCLUDE_VERBS or any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_ not in ("do", "have") for c in verb.children):
        return []
    return [e for o in objects(verb) for e in cx.entities(o) if e.type in MEMBER_CLASSES]


def _one_of(noun: Token, cx: Context) -> list:
    """The states the subject of 'be' names when ``noun`` is what they are one of or among
    ("Bolivia is one of the members of the African Union", "Peru is among its members");
    nothing under a negation or a modal ("is not one of", "could be among")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "among"):
        return []
    top = prep.head
    if prep.lower_ == "of":
        if top.lower_ != "one" or top.dep_ != "attr":
            return []
        top = top.head
    if top.lemma_ != "be" or any(c.dep_ in ("neg", "aux") for c in top.children):
        return []
    return [e for s_ in top.children if s_.dep_ == "nsubj" for e in cx.entities(s_) if e.type in MEMBER_CLASSES]


#: Words that make a noun of members include the names joined before it ("X and other members").
OTHER_WORDS = {"other", "fellow"}


def _and_others(noun: Token, cx: Context) -> list:
    """The states joined before ``noun`` when it says they are members too: "Saudi Arabia
    and several other members of OPEC", "Peru and fellow members of the bloc" ('other'
    or 'fellow' on the noun); nothing without such a word ("Peru and members of NATO")."""
    if noun.dep_ != "conj" or not any(c.lower_ in OTHER_WORDS for c in noun.children):
        return []
    joined = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj" and c.i < noun.i)]
    return [e for t in joined for e in cx.entities(t, conj=False) if e.type in MEMBER_CLASSES]


def members_listed_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The African Union's 55 members, including Bolivia", "members of NATO such as Peru
    and Chile", "Bolivia is one of the founding members of the African Union", "Peru and
    other members of NATO": a
    Membership of each state listed in the organisation the noun 'member' names (its
    possessor, its 'of' or a name before it); nothing when no one organisation is named
    (":members, including Peru" of what?) or the listed names are no states."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "member":
        return []
    body = _body(tok, cx) or _whose(tok, cx)
    if not body:
        return []
    members = _listed(tok, cx) or _one_of(tok, cx) or _included(tok, cx) or _and_others(tok, cx)
    members = [e for e in _uniq(members) if e.id != body[0].id]
    if not members:
        return []
    return [Fact("Membership", {"member": members, "memberOf": body}, tokens=[tok.i], undated=True)]


def body_includes_rules(tok: Token, cx: Context) -> list[Fact]:
    """"the Joint Monitoring Committee, which includes Peru and Chile", "The bloc comprises
    Peru, Chile and Bolivia": a Membership of each state the verb 'include' / 'comprise'
    lists in the body that is its subject, named, or the one a relative 'which' / 'that'
    hangs on (Wikidata P463 'member of'). Nothing under a negation or a modal ("could
    include"), for a subject that is no body ("the package includes sanctions on Peru")
    or for objects that are no states."""
    if tok.lemma_ not in INCLUDE_VERBS or tok.pos_ != "VERB" or any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_ not in ("do", "have", "be") for c in tok.children):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subj) != 1:
        return []
    said = subj[0]
    if said.lower_ in ("which", "that") and tok.dep_ == "relcl":
        said = tok.head
    m = cx.at.get(said.i)
    if m is None or m.form != "name" or m.others or m.entity.type not in MEMBER_BODIES:
        return []
    members = [e for e in _uniq([e for o in objects(tok) for e in cx.entities(o)])
               if e.type in MEMBER_CLASSES and e.id != m.entity.id]
    if not members:
        return []
    return [Fact("Membership", {"member": members, "memberOf": [m.entity]}, tokens=[*range(m.start, m.end), tok.i,
                 *(t.i for o in objects(tok) for t in o.subtree)], undated=True)]


# --- memberships suspended, and bids to join (rule set 28) ---------------------------------

#: Verbs by which an organisation acts on a member's membership, and the status each gives
#: it ("The African Union suspended Madagascar"; corpus/CLAIMS.md 'controlled value' status).
MEMBER_STATUS_VERBS = {"suspend": "suspended", "expel": "ended", "readmit": "resumed", "reinstate": "resumed"}
#: Nouns of a wish to join: "Ukraine's bid for membership of the EU", "its path to membership".
BID_NOUNS = {"bid", "application", "path", "candidacy", "quest", "push", "road", "aspiration", "ambition", "drive"}


def member_status_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The African Union suspended Madagascar on Wednesday", "ECOWAS readmitted Guinea":
    the member's Membership of the organisation that acts on it, with the status the verb
    gives, dated as a stage (``stage: {status: suspended, date: …}``) when the clause
    dates it. The subject must be an international organisation and the object a state."""
    status = MEMBER_STATUS_VERBS.get(tok.lemma_)
    if tok.pos_ != "VERB" or status is None:
        return []
    org = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)
           if e.type == "InternationalOrganisation"]
    # "Chile was suspended from the bloc", "expelled Peru from the union": the body 'from' names
    org = org or [e for o in preps(tok, {"from"}) for e in cx.entities(o) if e.type in MEMBER_BODIES]
    member = [e for o in objects(tok) for e in cx.entities(o) if e.type in MEMBER_CLASSES]
    if not (org and member):
        return []
    f = Fact("Membership", {"member": member, "memberOf": org}, tokens=[tok.i], undated=True)
    date, toks = cx.date_of(tok)
    if date:
        f.attrs["stage"] = {"status": status, "date": date}
        f.tokens += toks
    else:
        f.attrs["status"] = status
    return [f]


def membership_bid_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Ukraine's bid for membership of the European Union", "its path to membership of the
    EU" ('its' read as the state the sentence names before it), "Moldova's EU membership
    bid", "Georgia's application to join NATO": a Membership with status requested (an
    application to join, corpus/CLAIMS.md), of the possessor in the organisation the
    membership noun or the verb 'join' names."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BID_NOUNS:
        return []
    from kg.extract.facts.agreements import it_state

    poss = [c for c in tok.children if c.dep_ == "poss"]
    member = [e for c in poss for e in cx.entities(c, conj=False) if e.type in MEMBER_CLASSES]
    member = member or [e for c in poss for e in it_state(c, cx)]
    nouns = [c for c in tok.children if c.dep_ == "compound" and c.lemma_ == "membership"]
    nouns += [o for o in preps(tok, {"for", "to", "towards", "toward"}) if o.lemma_ == "membership"]
    org = [e for n in nouns for e in [*(e for o in preps(n, {"of", "in", "to"}) for e in cx.entities(o)),
                                       *(e for c in n.children if c.dep_ in ("compound", "amod", "nmod")
                                         for e in cx.entities(c, conj=False))]]
    joins = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ("join", "enter")]
    org += [e for v in joins for o in objects(v) for e in cx.entities(o)]
    org = _uniq([e for e in org if e.type in MEMBER_BODIES])
    if not (member and org):
        return []
    return [Fact("Membership", {"member": member, "memberOf": org}, {"status": "requested"},
                 tokens=[tok.i, *(n.i for n in nouns), *(v.i for v in joins)], undated=True)]


# --- accession talks, candidate status, member states (rule set 29) ------------------------

#: Words that make talks or a status those of joining a body: "accession talks", "membership
#: negotiations", "EU entry talks" (the ontology's Membership, status requested).
ACCESSION_WORDS = {"accession", "membership", "entry"}
#: Nouns of the talks a candidate holds with the body it would join.
ACCESSION_TALK_NOUNS = {"talk", "negotiation"}
#: Verbs by which a body opens such talks: the stage 'opened' (corpus/CLAIMS.md controlled values).
OPEN_TALKS_VERBS = {"open", "start", "launch", "begin", "formally"}
#: Verbs by which a body confers a status on a state ("granted Georgia candidate status").
GRANT_VERBS = {"grant", "give", "award", "confer", "offer", "accord"}
#: Verbs by which a state comes to hold a status ("Ukraine received candidate status").
ACQUIRE_VERBS = {"receive", "get", "obtain", "win", "gain", "secure", "acquire"}
#: Nouns of a state that may be a 'member state' ("an EU member state", "member countries").
MEMBER_STATE_NOUNS = {"state", "country", "nation"}


def _accession_word(noun: Token) -> bool:
    """Whether ``noun`` (talks, negotiations, a status) is qualified as that of joining a
    body: "accession talks", "membership negotiations", "talks on accession"."""
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in ACCESSION_WORDS for c in noun.children):
        return True
    return any(o.lemma_.lower() in ACCESSION_WORDS for o in preps(noun, {"on", "for", "over", "about"}))


def _body_for(tok: Token, cx: Context) -> list:
    """The one international organisation a state would join by the talks or status ``tok``
    names (a state joins a body of states, not one of its councils): one named
    on the noun ("EU accession talks", "accession to NATO"), else in the clause's subject
    ("EU leaders decided to open ..."), else the one
    the article is about (:attr:`Context.main_org`); empty when several or none qualify."""
    near = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    near += [o for c in tok.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in ACCESSION_WORDS
             for o in preps(c, {"to", "of"})]
    near += preps(tok, {"to"})
    found = _uniq([e for n in near for t in n.subtree if t.i in cx.at for e in [cx.at[t.i].entity]
                   if e.type == "InternationalOrganisation"])
    if not found:
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(3):  # "decided to open talks": the deciders; "said it would open": the sayer
            subj = [s_ for s_ in subjects(verb)]
            if subj:
                found = _uniq([cx.at[t.i].entity for s_ in subj for t in s_.subtree if t.i in cx.at
                               and cx.at[t.i].entity.type == "InternationalOrganisation"])
                break
            if verb.dep_ not in ("xcomp", "conj", "ccomp") or verb.head.i == verb.i:
                break
            verb = verb.head
    if not found and cx.main_org is not None:
        found = [cx.main_org]
    return found if len(found) == 1 else []


def _opened(noun: Token, cx: Context, f: Fact) -> None:
    """A body opening the talks ``noun`` names ("decided to open accession negotiations
    with Ukraine on Thursday") gives the membership the stage 'opened', dated by the
    verb's clause (or the clause of the verb it depends on) when it gives a date."""
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.lemma_ not in OPEN_TALKS_VERBS:
        return
    date, toks = cx.date_of(verb)
    if not date and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ == "VERB":
        date, toks = cx.date_of(verb.head)  # "decided on Thursday to open ..."
    f.attrs["stage"] = {"status": "opened", "date": date} if date else {"status": "opened"}
    f.tokens += [verb.i, *toks]


def accession_talks_rules(tok: Token, cx: Context) -> list[Fact]:
    """"EU leaders decided to open accession negotiations with Ukraine and Moldova",
    "membership talks with Albania": the Membership of each state the talks are 'with' in
    the body it would join (named on the noun, in the subject, or the article's body),
    status requested (an application to join, corpus/CLAIMS.md), and the stage 'opened'
    when a verb of opening governs the noun. Talks not of accession are meetings
    (diplomacy.meeting_rules)."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in ACCESSION_TALK_NOUNS or not _accession_word(tok):
        return []
    members = _uniq([e for o in preps(tok, {"with"}) for e in cx.entities(o) if e.type in MEMBER_CLASSES])
    out = _bids(members, tok, cx, {"status": "requested"}, [tok.i])
    for f in out:
        _opened(tok, cx, f)
    return out


def _bids(members: list, tok: Token, cx: Context, attrs: dict, tokens: list[int]) -> list[Fact]:
    """One Membership of each state of ``members`` in the body the talks or status ``tok``
    names (:func:`_body_for`), with a copy of ``attrs`` each and ``tokens`` to quote; none
    when no one body qualifies."""
    body = _body_for(tok, cx)
    members = [e for e in members if not body or e.id != body[0].id]
    if not body:
        return []
    return [Fact("Membership", {"member": [m], "memberOf": body}, dict(attrs), tokens=list(tokens), undated=True)
            for m in members]


def candidate_status_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The EU granted Georgia candidate status", "granted Georgia the status of candidate
    country", "Ukraine received candidate status", "Moldova's candidate status": a
    candidate's Membership of the body (``status: candidate``, ``description: candidate
    country``: holding the status is being a candidate, corpus/CLAIMS.md "A candidate
    for membership"), the body named on the noun, as the subject of the granting verb, or
    the article's body; a grant dated by its clause is the stage 'candidate' of that day."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "status":
        return []
    cand = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.lemma_ == "candidate"]
    cand += [o for o in preps(tok, {"of"}) if o.lemma_ == "candidate" or any(
        c.lemma_ == "candidate" for c in o.children if c.dep_ in ("compound", "amod"))]
    if not cand:
        return []
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    member: list = []
    granted = verb is not None and verb.lemma_ in GRANT_VERBS
    if granted:
        member = [e for c in verb.children if c.dep_ in ("dative", "dobj") and c.i != tok.i for e in cx.entities(c)]
        member += [e for o in preps(verb, {"to"}) for e in cx.entities(o)]
        member += [e for c in verb.children if c.dep_ == "nsubjpass" and c.i != tok.i for e in cx.entities(c)]
    elif verb is not None and verb.lemma_ in ACQUIRE_VERBS:
        member = [e for s_ in subjects(verb) for e in cx.entities(s_)]
    member += [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c)]
    if granted:  # "granted Georgia candidate status": the parser may hang the state on the noun
        member += [e for c in tok.children if c.dep_ == "compound" and c.i < cand[0].i for e in cx.entities(c, conj=False)]
    member = _uniq([e for e in member if e.type in MEMBER_CLASSES])
    out = _bids(member, tok, cx, {"status": "candidate", "description": "candidate country"},
                [tok.i, *(c.i for c in cand)])
    date, toks = cx.date_of(verb) if granted else (None, [])
    for f in out:
        if date:
            f.attrs["stage"] = {"status": "candidate", "date": date}
            f.tokens += [verb.i, *toks]
    return out


def member_state_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Hungary, an EU member state, objected", "Poland is a member state of the European
    Union", "as a NATO member country": the state's Membership of the body the noun names
    (a name compounded with it, its possessor or its 'of'), the state the noun stands in
    apposition to or is said of (a copula's subject)."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in MEMBER_STATE_NOUNS or \
            not any(c.dep_ in ("compound", "amod") and c.lemma_ == "member" for c in tok.children):
        return []
    heads = [c for c in tok.children if c.dep_ in ("poss", "compound") and c.lemma_ != "member"] + preps(tok, {"of"})
    # "an EU member state": the parser hangs the body's name on 'member'
    heads += [x for c in tok.children if c.lemma_ == "member" for x in c.children if x.dep_ in ("compound", "poss")]
    body = _uniq([cx.at[t.i].entity for h in heads for t in h.subtree if t.i in cx.at
                  and cx.at[t.i].entity.type in MEMBER_BODIES])
    if len(body) != 1:
        return []
    if tok.dep_ == "appos":
        member = cx.entities(tok.head, conj=False)
    elif tok.dep_ in ("attr", "oprd"):
        member = [e for s_ in subjects(tok.head) for e in cx.entities(s_)]
    else:
        member = _listed(tok, cx)  # "member states such as Hungary"
    member = [e for e in _uniq(member) if e.type in MEMBER_CLASSES and e.id != body[0].id]
    if not member:
        return []
    return [Fact("Membership", {"member": member, "memberOf": body}, tokens=[tok.i], undated=True)]


def _whole_count(noun: Token) -> int | None:
    """The count on a noun of members that gives a body's whole membership: a number on
    it with a definite article or a possessor ("the 35 members of the board", "the
    council's 15 members"); None for some members counted ("three
    members of the board resigned", "15 members of parliament")."""
    nums = [c for c in noun.children if c.dep_ == "nummod" and count_of(c) is not None]
    whole = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return count_of(nums[0]) if len(nums) == 1 and whole else None


def members_counted_rules(tok: Token, cx: Context) -> list[Fact]:
    """"the Security Council's 15 members", "the 35 members of the board": a Membership
    of the whole membership, unnamed and counted as
    corpus/CLAIMS.md writes it (``member: 15 unnamed members``), in the one body the noun
    names (:func:`_body`; Wikidata P463 'member of', P2124 'member count'). Returns [] or
    one fact; [] for a count of some members (:func:`_whole_count`), no one body named, or
    members named beside the count ("including Bolivia"), which are facts of their own."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "member":
        return []  # "of the 193 UN member states" counts the states a tally is of, more than a membership
    if any(c.lower_ in ("including", "like", "among") or (c.dep_ == "appos" and c.ent_type_ in ("GPE", "ORG", "NORP"))
           for c in tok.subtree if c.i > tok.i):
        return []  # "55 members, including Bolivia": the members named are the facts (members_listed)
    count = _whole_count(tok)
    body = _body(tok, cx) if count is not None else []
    if not body:
        return []
    f = Fact("Membership", {"memberOf": body}, tokens=[t.i for t in tok.subtree if t.i <= tok.i] + [tok.i],
             undated=True, clause=False)
    f.qualified["member"] = (f"{count} unnamed members", None)
    return [f]
