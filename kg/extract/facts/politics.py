"""Rules of politics within and among states: memberships of blocs and bodies, parties,
elections and votes (with their outcome and tally), protests, bodies founded,
ceremonies."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.entities import normalise
from kg.extract.mentions import Known, most_named, party_ids
from kg.extract import dates
from kg.extract.quantities import count_of

from kg.extract.facts.ballots import VOTING_BODIES, add_sides, named_body
from kg.extract.facts.common import (
    FIXING_VERBS, MEMBERSHIP_VERBS, NOT_ACTORS, PLACES, Context, Fact, _antecedents, _modifiers, _named_in, _np, _place_of,
    _prep_words, _reduced_passive, _state_modifiers, _text, _uniq, _words, doers, governed, objects, preps, subjects,
)


BLOC_NOUNS = {"bloc", "alliance", "group", "grouping", "organisation", "organization", "union", "club", "body"}


def membership_rules(tok: Token, cx: Context) -> list[Fact]:
    """'Finland joined NATO', 'South Africa joined in 2010', 'Peru was admitted to the United
    Nations', 'NATO admitted Finland', and 'the bloc was founded by
    Brazil, Russia, India and China' (of the one organisation the article is about)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in MEMBERSHIP_VERBS | {"found", "admit"}:
        return []
    if tok.lemma_ == "join" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for p in tok.children
                                    if p.dep_ == "prep" and p.lower_ == "in" for c in p.children):
        return []  # "Canada joined the EU in imposing sanctions": joining in an act, not the body
    if tok.lemma_ == "admit":
        # "Peru was admitted to the United Nations in 1945", "admitted Peru as a member": joining, by the
        # body's own act (not "admitted the mistake", which names no organisation)
        member = [e for c in tok.children if c.dep_ == "nsubjpass" for e in cx.entities(c)]
        member += [e for o in objects(tok) for e in cx.entities(o)]
        org = [e for o in preps(tok, {"to", "into"}) for e in cx.entities(o)]
        if not org:
            org = [e for s in doers(tok) for e in cx.entities(s)]
    elif tok.lemma_ == "found":
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not passive or passive[0].lemma_ not in BLOC_NOUNS or cx.main_org is None:
            return []
        member = [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
        org = [cx.main_org]
    else:
        member = [e for s in subjects(tok) for e in cx.entities(s)]
        objs = objects(tok) + preps(tok, {"to"})
        org = [e for o in objs for e in cx.entities(o)]
        if not objs and cx.main_org is not None:
            org = [cx.main_org]  # "South Africa joined in 2010"
    org = [e for e in org if e.type in ("InternationalOrganisation", "Organisation")]
    member = [e for e in member if e.type in ("State", "Organisation", "InternationalOrganisation", "StateCompany")]
    if member and org:
        return [Fact("Membership", {"member": member, "memberOf": org}, tokens=[tok.i])]
    return []


def _inside(tok: Token, cx: Context) -> list[Known]:
    """The entities a phrase names: its head's, else the one entity inside it."""
    direct = cx.entities(tok)
    if direct:
        return direct
    inside = _uniq([cx.at[t.i].entity for t in tok.subtree if t.i in cx.at])
    return inside if len(inside) == 1 else []


def membership_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """'X became the 31st member of NATO', 'X, a member of the court', 'X's membership of
    the EU', 'X's accession to NATO', "Turkey, a NATO member", "a NATO ally since 1952" (an
    ally named by an alliance's name is its member); a person a member of a party ('Tor
    Ashby, a member of the Labour Party', 'Lea Moro is a member of the Unity Party')."""
    ally = tok.lemma_ == "ally" and tok.dep_ in ("attr", "appos", "oprd")
    if tok.pos_ != "NOUN" or (tok.lemma_ not in ("member", "membership", "accession") and not ally):
        return []
    org = [e for o in preps(tok, {"of", "in", "to"}) for e in cx.entities(o)] if not ally else []
    if tok.lemma_ in ("member", "ally") and tok.dep_ in ("attr", "oprd", "appos"):
        # "Sweden became NATO's 32nd member", "Turkey, a NATO member", "a NATO ally since 1952"
        org += [e for c in tok.children if c.dep_ in ("poss", "compound") for e in cx.entities(c, conj=False)
                if e.type == "InternationalOrganisation"]
    if ally and not org:
        return []
    kind = "member" if ally else tok.lemma_  # a NATO ally is a member of NATO
    org = [e for e in org if e.type in ("InternationalOrganisation", "Organisation", "Court")]
    member: list[Known] = []
    if kind == "member":
        if not org and cx.main_org is not None and tok.dep_ in ("attr", "oprd", "xcomp") and not preps(tok, {"of", "in"}):
            org = [cx.main_org]  # "invited six states to become full members"
        if tok.dep_ in ("attr", "oprd"):
            member = [e for s_ in subjects(tok.head) for e in cx.entities(s_)]
        elif tok.dep_ == "appos":
            member = cx.entities(tok.head)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in ("VERB", "AUX") and \
                _admission(tok.head.head) is None:  # "announced the admission of X as a member": admission_rules
            # "As a member of the court, South Africa would have been expected to arrest him"
            verb = tok.head.head
            member = [e for s_ in subjects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
                      for e in cx.entities(s_)]
    else:
        member = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    # a person is a member of a party ("Tor Ashby, a member of the Labour Party"; Wikidata P102
    # 'member of political party'), not of a body whose members are states
    people = all(_is_party(e, cx) or _is_association(e, cx) for e in org) and tok.lemma_ == "member"
    member = [e for e in member if e.type in ("State", "Organisation", "InternationalOrganisation", "StateCompany")
              or (people and e.type == "Person")]
    if not (member and org):
        return []
    f = Fact("Membership", {"member": member, "memberOf": org}, tokens=[tok.i])
    return [f]


#: Nouns of a party's entry into a body ("the admission of Indonesia as a full member").
ADMISSION_NOUNS = {"admission", "accession", "entry", "admittance", "induction", "inclusion"}
#: What a party is admitted as ("as a full member", "as a partner country").
MEMBER_NOUNS = {"member", "partner", "associate", "observer"}


def _admission(head: Token) -> Token | None:
    """The noun of an entry into a body that an 'as a member' phrase hangs on: ``head``
    itself ("the admission of Peru as a member") or the object of the verb it hangs on
    ("announced the admission of Peru as a member", as parsed); else None."""
    if head.pos_ == "NOUN" and head.lemma_.lower() in ADMISSION_NOUNS:
        return head
    if head.pos_ in ("VERB", "AUX"):
        return next((o for o in head.children if o.dep_ == "dobj" and o.lemma_.lower() in ADMISSION_NOUNS), None)
    return None


def _bloc_named_before(body: Token, cx: Context) -> list[Known]:
    """"as a full member of the group", "into the bloc": the organisation the article is
    about (named at least twice, :attr:`Context.main_org`) when ``body`` is a definite
    noun of a bloc (:data:`BLOC_NOUNS`) that names no entity itself; else []."""
    if cx.main_org is None or body.lemma_.lower() not in BLOC_NOUNS or cx.entities(body) or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in body.children):
        return []
    return [cx.main_org]


def admission_rules(tok: Token, cx: Context) -> list[Fact]:
    """"announced the admission of Indonesia as a full member of BRICS", "welcomed Peru's
    accession to the bloc as a partner": a Membership (Wikidata P463 'member of') of the
    party admitted (the noun's 'of' or possessor), never of the one who announces or
    welcomes it (its speaker, as the verb of saying makes it), in the body the member
    noun's 'of' names, else the noun's 'to'/'into', a bloc's common noun ("the group")
    being the organisation the article is about; ``description`` the words of what it was
    admitted as ("full member"). The quote is the phrase of the admission alone."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ADMISSION_NOUNS:
        return []
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    as_ = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
           if o.dep_ == "pobj" and o.lemma_.lower() in MEMBER_NOUNS | {"country", "state"}]
    as_ = [o for o in as_ if o.lemma_.lower() in MEMBER_NOUNS or any(c.lemma_.lower() in MEMBER_NOUNS
                                                                    for c in o.children if c.dep_ == "compound")]
    if not as_:
        return []
    noun = as_[0]
    member = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    member += [e for o in preps(tok, {"of"}) for e in _inside(o, cx)]
    member = [e for e in member if e.type in ("State", "Organisation", "InternationalOrganisation", "StateCompany")]
    bodies = preps(noun, {"of", "in"}) + preps(tok, {"to", "into", "in"})
    org = [e for b in bodies for e in cx.entities(b) if e.type in ("InternationalOrganisation", "Organisation")]
    org = org or [e for b in bodies for e in _bloc_named_before(b, cx)]
    if not (member and org) or {e.id for e in member} & {e.id for e in org}:
        return []
    words = [t.i for t in (*tok.subtree, *noun.subtree)]
    f = Fact("Membership", {"member": member, "memberOf": org}, tokens=[*range(tok.left_edge.i, tok.i + 1), *words],
             clause=False)
    f.attrs["description"] = _text(cx.doc, [c for c in noun.children if c.dep_ in ("amod", "compound")] + [noun])
    return [f]


#: Bodies a person belongs to by being theirs ("Khan's party", "Varo's movement").
PARTY_NOUNS = {"party", "movement", "coalition", "bloc", "faction"}


def party_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Khan's party, Pakistan Tehreek-e-Insaf, said ...", "Varo's Socialist Party won",
    "Kickl, whose Freedom Party came first": a
    Membership of the person (the possessor) in the party the phrase names (the noun's
    own name, or its apposition), an Organisation of the registry or proposed."""
    if tok.lower_ == "of" and tok.dep_ == "prep":
        return _person_of_party(tok, cx)
    if tok.lemma_.lower() not in PARTY_NOUNS:
        return []
    person = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False) if e.type == "Person"]
    if not person and any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        # "Herbert Kickl, whose far-right Freedom Party came first": the person the relative clause is on
        rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        person = [e for e in cx.entities(rel.head, conj=False) if e.type == "Person"] if rel is not None else []
    if not person and tok.pos_ == "NOUN":  # "the Czech ANO party of Andrej Babis": the party's leading figure
        person = [e for o in preps(tok, {"of"}) for e in cx.entities(o, conj=False) if e.type == "Person"]
    if not person:
        return []
    # "the Unity Alliance party"; "Khan's Pakistan Tehreek-e-Insaf party": the word 'party' says what it is
    own = cx.at.get(tok.i) or next((cx.at[c.i] for c in tok.children if c.dep_ in ("compound", "nmod") and c.i in cx.at
                                    and (_is_party(cx.at[c.i].entity, cx) or tok.lower_ == "party")), None)
    party = [own.entity] if own is not None else [cx.at[c.i].entity for c in tok.children if c.dep_ == "appos"
                                                     and c.i in cx.at]
    party = [e for e in party if e.type in ("Organisation", "Group") and e.id not in {p.id for p in person}]
    if not party:
        return []
    return [Fact("Membership", {"member": person, "memberOf": party[:1]}, tokens=[tok.i], split=False, undated=True)]


def _is_party(e: Known, cx: Context) -> bool:
    """An organisation whose name or the registry's description says it is a party."""
    entry = cx.resolver.registry.entities.get(e.id)
    words = " ".join([e.label, *(entry.aliases if entry else ()), (entry.description or "") if entry else ""]).lower()
    return e.type in ("Organisation", "Group") and bool(re.search(r"\bparty\b", words))


#: Words of a body whose members are people who join it (Wikidata Q48204 'voluntary
#: association' and its kinds: "the Inter-Parliamentary Alliance on China", "a caucus"),
#: not a legislature, a court or a government, whose members hold seats or posts.
ASSOCIATION_WORDS = {"alliance", "association", "caucus", "network", "league", "society", "club", "movement"}


def _is_association(e: Known, cx: Context) -> bool:
    """An organisation or group whose name or the registry's description says people join
    it as members (:data:`ASSOCIATION_WORDS`), with no word of a legislature in its name."""
    if e.type not in ("Organisation", "Group"):
        return False
    entry = cx.resolver.registry.entities.get(e.id)
    words = " ".join([e.label, *(entry.aliases if entry else ()), (entry.description or "") if entry else ""]).lower()
    return bool(set(re.findall(r"[a-z]+", words)) & ASSOCIATION_WORDS) and \
        not set(re.findall(r"[a-z]+", e.label.lower())) & {"parliament", "assembly", "congress", "senate", "court"}


#: Words that make a party the one in government ("Turkey's governing AK Party", "the ruling
#: Labour Party of Peru").
GOVERNING_WORDS = {"ruling", "governing"}


def governing_party_facts(cx: Context) -> list[Fact]:
    """"Turkey's governing AK Party", "the ruling Labour Party of Peru", "Peru's ruling
    party, the Labour Party": a PartyInGovernment (corpus/CLAIMS.md "A party in
    government": ``governingParty``, ``governs``) of the party named after 'ruling' or
    'governing' (a party by its name or the registry's description, or the noun 'party'
    with the party in apposition) and the state whose possessive or demonym comes before
    the word, or 'of' the state after the party. Like a title, no act: no speaker or date
    from the sentence. Nothing when no party or no single state is named."""
    doc, out = cx.doc, []
    for tok in doc:
        if tok.lower_ not in GOVERNING_WORDS:
            continue
        head = tok.head if tok.dep_ == "amod" else next((doc[j] for j in range(tok.i + 1, min(len(doc), tok.i + 4))
                                                          if j in cx.at), None)
        if head is None:
            continue
        party = cx.at.get(head.i)
        if (party is None or not _is_party(party.entity, cx)) and head.lower_ == "party":
            party = next((cx.at[c.i] for c in head.children if c.dep_ == "appos" and c.i in cx.at), None)
        if party is None or not _is_party(party.entity, cx):
            continue
        i = tok.i - 1
        while i >= 0 and doc[i].lower_ in ("'s", "’s", "the"):
            i -= 1
        before = cx.at.get(i)
        states = [before.entity] if before is not None and before.entity.type == "State" and i >= tok.sent.start else []
        if not states:
            states = [e for o in preps(head, {"of"}) for e in cx.entities(o, conj=False) if e.type == "State"]
        if len(states) != 1:
            continue
        start = before.start if before is not None and states and before.entity.id == states[0].id and i < tok.i \
            else tok.i
        end = max([party.end, *(t.i + 1 for p in preps(head, {"of"}) for t in p.subtree)])
        out.append(Fact("PartyInGovernment", {"governingParty": [party.entity], "governs": states},
                        tokens=list(range(start, end)), clause=False, undated=True))
    return out


def _person_of_party(prep: Token, cx: Context) -> list[Fact]:
    """"Dean Macpherson, also of the DA", "Senator Lina Varo of the Unity Party": a
    Membership of the person named in the party the 'of' after the name names (a party
    by its name or the registry's description; "X of the foreign ministry" is no party)."""
    head = prep.head
    person = [e for e in cx.entities(head, conj=False) if e.type == "Person"] if head.pos_ == "PROPN" else []
    party = [e for o in prep.children if o.dep_ == "pobj" for e in cx.entities(o, conj=False) if _is_party(e, cx)]
    if len(person) != 1 or len(party) != 1:
        return []
    name = [t.i for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "flat")]
    return [Fact("Membership", {"member": person, "memberOf": party}, tokens=[*name, head.i, prep.i, *(t.i for t in prep.subtree)],
                 split=False, undated=True, clause=False)]


#: Elections (Wikidata Q40231) and votes of a body or a people (referendum Q43109).
ELECTION_NOUNS = {"election", "runoff", "by-election", "reelection", "re-election"}
VOTE_NOUNS = {"vote", "referendum", "plebiscite", "ballot"}
ELECTION_KINDS = {"general", "presidential", "parliamentary", "legislative", "local", "regional", "municipal", "snap",
                  "early", "national", "federal", "provincial", "state", "midterm", "no-confidence", "confidence",
                  "impeachment"}
#: Bodies that vote, named by a common noun ("a vote in parliament").
LEGISLATURES = {"parliament", "assembly", "congress", "senate", "legislature", "chamber", "house", "council", "duma",
                "knesset", "bundestag"}


def _kind_words(tok: Token, noun: str) -> str:
    """The description of an election or vote from the words that qualify its noun
    ("general election", "no-confidence vote")."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in ELECTION_KINDS]
    mods += [c for c in tok.children if c.dep_ == "compound" and c.lower_ == "confidence" and c not in mods]
    if any(c.lower_ in ("no", "non") for m in mods for c in m.children):
        return "no-confidence " + noun
    return " ".join([*(m.lower_ for m in sorted(mods, key=lambda t: t.i)), noun])


#: Words that make an election one of a party's leader ("a leadership election", "the
#: leadership vote", "a leadership contest").
LEADERSHIP_WORDS = {"leadership"}


def _party_election(tok: Token, cx: Context) -> list[Fact]:
    """A party's leadership election (``tok`` the election noun, qualified by a word of
    :data:`LEADERSHIP_WORDS`): an ``Election`` held in the party (corpus/CLAIMS.md, a party
    leadership election is ``heldIn`` the party), never in a state, so not one with the
    state's own elections of the same article. The party is the one the noun's own phrase
    names ("the LDP leadership vote", "the party's"), else the one its sentence names,
    else the one the article names; [] when none or several."""
    parties = party_ids(cx.doc, cx.mentions, cx.resolver.registry)

    def is_party(e: Known) -> bool:
        return e.id in parties or "party" in e.label.lower().split()

    def named(start: int, end: int) -> list[Known]:
        return _uniq([e for m in cx.mentions if start <= m.start < end for e in m.entities if is_party(e)])

    own = _uniq([e for t in tok.subtree for e in cx.entities(t, conj=False) if is_party(e)])
    found = own or named(tok.sent.start, tok.sent.end) or named(0, len(cx.doc))
    if len(found) != 1:
        return []
    f = Fact("Election", {"heldIn": found}, {"description": "party leadership election"}, tokens=[tok.i])
    f.planned = dates.looks_forward(tok)
    return [f]


def _elected_body(tok: Token, cx: Context) -> Known | None:
    """The chamber an election noun ``tok`` names before it ("the House of Councillors
    election", "Senate elections"): the organisation a mention ending just before the noun
    names, when that mention is a modifier of the noun; None otherwise."""
    m = cx.at.get(tok.i - 1)
    if m is None or m.end != tok.i or m.entity.type not in ("Organisation", "Legislature"):
        return None
    if not any(cx.doc[i].head.i == tok.i and cx.doc[i].dep_ in ("compound", "nmod", "amod") for i in range(m.start, m.end)):
        return None
    return m.entity


def election_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Pakistan's general election", "the presidential election in Peru", "X won the
    election", "X is standing in the election": an Election held in the state named, with
    its winner (subject of 'win') or candidates (subject of 'stand', 'run', 'contest');
    "Ghanaians go to the polls" (held in the state of the voters), "X was elected
    president of Y" (won by X, held in Y). An election is held in one state: "both
    countries' elections" gives one for each state, "the election in X and Y" none."""
    if tok.pos_ == "NOUN" and tok.lower_ == "polls" and tok.dep_ == "pobj" and tok.head.lower_ == "to" \
            and tok.head.head.lemma_ in ("go", "head", "return", "flock"):
        voters = subjects(tok.head.head)
        held = _uniq([st for v in voters for e in ([cx.at[v.i].entity] if v.i in cx.at else [voters_state(v, cx)])
                      if e is not None for st in [cx.resolver.state_of(e)] if st is not None])  # "Ghanaians"
        if not held:
            return []
        f = Fact("Election", {"heldIn": held}, {"description": "election"},
                 tokens=[tok.i, *(t.i for v in voters for t in v.subtree)])
        date, toks = cx.date_of(tok.head.head)  # "go to the polls on Saturday": the verb's date
        if date:
            f.attrs["date"], f.tokens = date, f.tokens + toks
        return [f]
    if tok.pos_ == "VERB" and tok.lemma_ in ("elect", "re-elect", "reelect") and tok.dep_ not in ("amod", "acl"):
        winner = [e for c in tok.children if c.dep_ == "nsubjpass" for e in cx.entities(c) if e.type == "Person"]
        office = [c for c in tok.children if c.dep_ in ("oprd", "attr") or c.dep_ == "prep" and c.lower_ == "as"]
        office = [o for c in office for o in ([c] if c.dep_ != "prep" else [x for x in c.children if x.dep_ == "pobj"])]
        if not winner or not office or office[0].lemma_ not in ("president", "minister", "leader", "mayor", "governor",
                                                                 "chancellor", "premier"):
            return []  # "elected to the board", "elected speaker by parliament": not a state's election
        held = [e for o in office for p in preps(o, {"of"}) for e in cx.entities(p) if e.type == "State"]
        held = held or [e for o in office for e in _modifiers(o, cx, ("amod", "compound", "poss")) if e.type == "State"]
        held = held or [st for w in winner for st in [cx.person_state.get(w.id)] if st is not None]
        if not held:
            return []
        return [Fact("Election", {"winner": winner, "heldIn": _uniq(held)}, {"description": "election"},
                     tokens=[tok.i, *(t.i for t in office[0].subtree)])]
    if not is_election_word(tok) or _elections_in_general(tok, cx) or requested(tok):
        return []  # "called for an early election": the appeal's content (corpus/CLAIMS.md: an Appeal's subject)
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in LEADERSHIP_WORDS for c in tok.children):
        return _party_election(tok, cx)  # "a leadership election under the party's rules": within the party
    fixed = _day_fixed(tok, cx)
    if fixed is not None:
        return fixed
    held = _state_modifiers(tok, cx)
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok.head.head if tok.dep_ == "pobj" else None
    people = [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_)] if verb is not None else []
    people = [e for e in people if e.type not in NOT_ACTORS + ("State", "Government")]
    f = Fact("Election", {}, {"description": _kind_words(tok, tok.lemma_.lower())}, tokens=[tok.i])
    winners = _winner_of(tok, cx)
    if winners:  # "declared him the winner of the presidential vote", "X, the winner of the election"
        f.roles["winner"] = winners
        f.tokens += [tok.head.head.i]
    elif verb is not None and verb.lemma_ == "win" and people:
        f.roles["winner"] = people
    elif verb is not None and verb.lemma_ in ("stand", "run", "contest", "compete", "enter", "bar") and (
            people or _stood_against(verb, cx)):
        # "could not stand against President X in the election": X a candidate, the subject none
        denied = verb.lemma_ != "bar" and any(c.dep_ == "neg" for c in verb.children)
        f.roles["candidate"] = _uniq(([] if denied else people) + _stood_against(verb, cx))
        if not f.roles["candidate"]:
            del f.roles["candidate"]
        f.tokens += [t.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "against" for t in p.subtree]
    else:  # "an election in which X is standing / is barred from standing"
        rel = [c for c in tok.children if c.dep_ == "relcl" and (c.lemma_ in ("stand", "run", "compete", "bar") or
                                                                  any(x.lemma_ == "candidate" for x in c.children))]
        cand = [e for r in rel for s_ in subjects(r) + [c for c in r.children if c.dep_ == "nsubjpass"]
                for e in cx.entities(s_) if e.type not in NOT_ACTORS + ("State",)]
        if cand:
            f.roles["candidate"] = _uniq(cand)
            f.tokens += [t.i for r in rel for t in r.subtree]
    if not held and verb is not None and verb.lemma_ in ("hold", "call", "organise", "organize", "stage", "postpone"):
        # "Ghana holds an election", "the Government of Ghana postponed the election": the state
        held = [e for s_ in subjects(verb) for e in governed(cx.entities(s_), cx) if e.type == "State"]
    if not held:  # a candidate's or winner's own state, when the article gives it (a party's, its registry state)
        held = _uniq([st for es in f.roles.values() for e in es
                      for st in [cx.person_state.get(e.id) or cx.office_state.get(e.id) or
                                 (cx.resolver.state_of(e) if e.type == "Organisation" else None)] if st is not None])
    if not held:  # "a Pakistani court ... before a general election": the one state the sentence names
        held = _one_state(tok.sent, cx)
    if not held:
        return []
    if not f.roles and _passing_mention(tok, cx):
        return []
    held = _uniq(held)
    if len(held) > 1:
        # an election is held in one state: "both countries' general elections" are one in each (a plural
        # noun, whose winners and candidates the words do not share out); one election in two is a misreading
        if tok.tag_ not in ("NNS", "NNPS"):
            return []
        f.roles = {}
    f.roles["heldIn"] = held
    body = _elected_body(tok, cx)
    if body is not None:  # "the House of Councillors election": the chamber it fills, another election than a party's
        f.roles["electedBody"] = [body]
    # "Sandu faces a runoff", "will face X in a runoff": an election still to come, with or without its day
    f.planned = dates.looks_forward(tok)
    own = _own_day(tok, cx)
    if own is not None:
        # "the national legislative elections of 26 October": the day the noun names is the vote's,
        # whatever the clause around it tells; a day after the article's is a vote still to come
        f.attrs["date"], f.tokens = own[0], f.tokens + own[1]
        f.planned = f.planned or (cx.published is not None and own[0] > cx.published.isoformat())
    if verb is not None and tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_ in ELECTION_UNDOING:
        # "the court on Friday annulled the election": the day of the annulment, not of the vote
        f.undated = True
        if ELECTION_UNDOING[verb.lemma_]:
            f.attrs["status"] = ELECTION_UNDOING[verb.lemma_]
    if len(held) > 1:
        return [Fact("Election", {"heldIn": [st]}, dict(f.attrs), tokens=list(f.tokens), planned=f.planned,
                     undated=f.undated) for st in held]
    return [f]


def _own_day(tok: Token, cx: Context) -> tuple[str, list[int]] | None:
    """The day an event's noun names in its own 'of' phrase ("the elections of 26 October",
    "the vote of 4 May 2031"): (the date resolved against the publication date, a day
    or month without a year the one nearest it; the phrase's tokens), or None when
    the phrase holds no date or the date has no day ("the election of 2024" is a year,
    which :meth:`Context.date_of` reads already)."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ != "of":
            continue
        for o in p.children:
            if o.dep_ != "pobj" or o.ent_type_ not in ("DATE", "CARDINAL", ""):
                continue
            # the object's own words, the tagger often leaving the day out of the date ("26 | May")
            words = list(o.subtree)
            date = dates.resolve(" ".join(t.text for t in words), cx.published, nearest=True)
            if date and len(date) == 10:
                return date, [p.i, *(t.i for t in words)]
    return None


#: Nouns of the day a verb of :data:`~kg.extract.facts.common.FIXING_VERBS` fixes for an event.
DAY_NOUNS = {"date", "day"}


def _day_fixed(tok: Token, cx: Context) -> list[Fact] | None:
    """"The President fixed 5 March 2031 as the date of the election", "set 4 May as the
    day of the vote": an Election on the day fixed (the verb's own date), held in the
    state of the person or body who fixes it (``calledBy``), planned when the day is
    to come. None when ``tok`` (an election noun) is not the 'of' of such a day noun, or
    the verb has no date or no state; then the other election rules read it."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_ not in DAY_NOUNS:
        return None
    day = tok.head.head
    verb = day.head.head if day.dep_ == "pobj" and day.head.lower_ in ("as", "for") else \
        day.head if day.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in FIXING_VERBS:
        return None
    date, toks = cx.date_of(verb)
    callers = [e for s_ in subjects(verb) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    held = _uniq([st for e in callers for st in [cx.person_state.get(e.id) if e.type == "Person"
                                                  else cx.resolver.state_of(e)] if st is not None])
    if not date or len(held) != 1:
        return None
    f = Fact("Election", {"heldIn": held, "calledBy": callers[:1]}, {"description": _kind_words(tok, tok.lemma_.lower()),
                                                                     "date": date},
             tokens=[tok.i, day.i, verb.i, *toks], clause=False)
    f.planned = cx.published is not None and date > cx.published.isoformat()
    return [f]


def _passing_mention(tok: Token, cx: Context) -> bool:
    """Whether an election noun only names, in passing, an election the article tells
    elsewhere: "the" election with no date of its own, hung on another noun by a
    preposition ("ordered the platform to preserve data on the Romanian election",
    "reports about the election"), which tells nothing of the vote itself."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.dep_ != "pobj":
        return False
    if tok.head.head.pos_ != "NOUN" or tok.head.head.lemma_ in ELECTION_NOUNS | VOTE_NOUNS | {"candidate", "candidacy"}:
        return False  # "its candidate for the presidential election": one to come, told here
    # words of its own after the noun ("the election due in 2028", "the election of 2024") tell more of it
    return not any(c.i > tok.i for c in tok.children) and not cx.date_of(tok)[0]


#: Verbs acting on an election after or apart from the vote, whose day is not the vote's
#: ("annulled the election on Friday"), with the status they leave it in (the vocabulary's
#: 'cancelled', 'postponed'), or None where they change none ("contested the election").
ELECTION_UNDOING = {"annul": "cancelled", "cancel": "cancelled", "invalidate": "cancelled", "nullify": "cancelled",
                    "void": "cancelled", "overturn": "cancelled", "postpone": "postponed", "delay": "postponed",
                    "contest": None, "challenge": None, "dispute": None, "denounce": None, "condemn": None,
                    "criticise": None, "criticize": None, "monitor": None, "observe": None, "boycott": None}


#: Verbs of asking others to act ("called on X to ...", "urged", "demanded"): what they ask
#: for is an Appeal's content (corpus/CLAIMS.md, Appeal: ``subject``), not a fact of its own.
REQUEST_VERBS = {"urge", "demand", "ask", "press", "push", "appeal", "plead", "request", "beg", "implore"}


def requested(tok: Token) -> bool:
    """Whether ``tok`` (a noun of a fact: "elections") is what someone asks for: it hangs,
    through the verbs above it in its sentence, on a verb of :data:`REQUEST_VERBS` or on
    'call' with 'on' or 'for' ("called on Macron to dissolve the assembly and call new
    elections", "is calling for an early election", "urged him to hold a vote"); 'call'
    that governs the noun itself ("Macron called new elections") convenes, and asks for nothing.
    Between the noun and the asking verb only verbs that bring an election about may stand
    (:data:`ELECTIONS_PROMISED`, or a verb joined to the next by 'and'): "urged supporters to
    prepare for the election in October" asks them to prepare, not for the election."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ != "for" or node.dep_ in ("relcl", "advcl", "acl"):
            return False  # "demanded a recount after the election", "the election, which X called for": told as it is
        joined = node.dep_ == "conj"
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if node.lemma_ in REQUEST_VERBS:
            return True
        if node.lemma_ == "call" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in node.children):
            return True
        if not joined and node.lemma_ not in ELECTIONS_PROMISED:
            return False
    return False


#: Verbs whose object "elections" are elections of a time to come, however bare ("promised elections").
ELECTIONS_PROMISED = {"promise", "hold", "call", "schedule", "postpone", "delay", "plan", "organise", "organize", "pledge"}


def _elections_in_general(tok: Token, cx: Context) -> bool:
    """Whether an election noun speaks of elections in general, not of one: a bare plural
    ("it was reasonable to suspend elections in wartime") with no
    determiner, possessor, number or adjective of its own, no date in its sentence for it,
    and no verb of promising, holding or calling one over it ("promised elections within
    18 months" is one to come)."""
    if tok.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in tok.children):
        return False
    if tok.head.lemma_ in ELECTIONS_PROMISED or cx.date_of(tok)[0] or cx.date_of(tok.head)[0]:
        return False
    return True


def _stood_against(verb: Token, cx: Context) -> list[Known]:
    """The persons a verb of standing in an election is 'against' ("stand against President
    X in the election"): the candidates the subject runs against."""
    return [e for o in preps(verb, {"against"}) for e in cx.entities(o) if e.type == "Person"]


#: Verbs that make someone the winner ("declared Maduro the winner") and verbs that show a
#: result ("its tallies show X won", "says X won").
DECLARE_WINNER_VERBS = {"declare", "proclaim", "name", "announce", "pronounce", "certify", "confirm"}
SHOW_VERBS = {"show", "say", "claim", "indicate", "suggest", "insist", "prove", "demonstrate"}


def reported_winner_rules(tok: Token, cx: Context) -> list[Fact]:
    """A winner of an election told just before, as someone reports it: "the electoral
    authority declared Maduro the winner" (the object of a verb of
    :data:`DECLARE_WINNER_VERBS` with 'winner' as its predicate, no 'of' of its own: a
    winner 'of the vote' is :func:`election_rules`'), "the opposition says its tallies show
    Gonzalez won" (the subject of an intransitive 'won' in a clause of a verb of
    :data:`SHOW_VERBS`). The Election is the last one the sentence or the two before it
    name (an election noun: :func:`is_election_word`), held in the state it names (else the
    winner's, else the one state its sentence names), dated as it is; the winner is
    reported by who declares or says it (corpus/CLAIMS.md: conflicting winners, each its
    own claim of one Election). Nothing without an election told, for a winner of a prize
    or a match ("won the award"; "won 2-1": an object or a score), nor for a person the
    registry does not place."""
    if tok.lower_ in ("winner", "victor") and tok.dep_ in ("oprd", "xcomp", "ccomp") and \
            tok.head.lemma_ in DECLARE_WINNER_VERBS and not preps(tok, {"of"}):
        who = [c for c in tok.head.children if c.dep_ == "dobj"]
        told = [tok.head.i, tok.i]
    elif tok.lower_ in ("winner", "victor") and tok.dep_ == "appos" and tok.head.dep_ in ("ccomp", "dobj", "oprd") \
            and tok.head.head.lemma_ in DECLARE_WINNER_VERBS and not preps(tok, {"of"}):
        # "declared Maduro the winner", parsed with the winner in apposition to the name
        who = [tok.head]
        told = [tok.head.head.i, tok.i]
    elif tok.pos_ == "VERB" and tok.lemma_ == "win" and tok.dep_ == "ccomp" and tok.head.lemma_ in SHOW_VERBS and \
            not any(c.dep_ in ("dobj", "prep", "npadvmod", "advmod", "neg") for c in tok.children):
        who = [c for c in tok.children if c.dep_ == "nsubj"]
        told = [tok.i]
    else:
        return []
    winners = [e for w in who for e in cx.entities(w) if e.type in ("Person", "Organisation")]
    if len(winners) != 1:
        return []
    sents = list(cx.doc.sents)
    at = next(n for n, s_ in enumerate(sents) if s_.start <= tok.i < s_.end)
    nouns = [t for s_ in sents[max(0, at - 2):at + 1] for t in s_ if is_election_word(t) and t.i < tok.i]
    if not nouns:
        return []
    noun = nouns[-1]
    held = _state_modifiers(noun, cx) or [st for st in [cx.person_state.get(winners[0].id)] if st is not None] or \
        _one_state(noun.sent, cx)
    if len(held) != 1:
        return []
    f = Fact("Election", {"heldIn": held, "winner": winners}, {"description": _kind_words(noun, noun.lemma_.lower())},
             tokens=told)
    date, _ = cx.date_of(noun)
    if date:
        f.attrs["date"] = date  # the election's own date, told with its noun (its words stay out of the quote)
    return [f]


def _winner_of(tok: Token, cx: Context) -> list[Known]:
    """The winner an election noun is the 'of' of: "declared him the winner of the vote"
    (the winner noun's own subject, or the object of a verb that makes him one), "X was
    the winner of the election" (the subject of the copula), "X, the winner of the
    election" (the name it stands beside); persons and parties only."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_ not in ("winner", "victor"):
        return []
    noun = tok.head.head
    found = [c for c in noun.children if c.dep_ == "nsubj"]
    if not found and noun.dep_ in ("oprd", "ccomp", "xcomp"):
        found = [c for c in noun.head.children if c.dep_ == "dobj"]
    if not found and noun.dep_ == "attr":
        found = subjects(noun.head)
    if not found and noun.dep_ == "appos":
        found = [noun.head]
    return [e for t in found for e in cx.entities(t) if e.type in ("Person", "Organisation")]


#: Verbs of a share of the vote won ("took 42.31 percent of the vote") and of a place in
#: the count ("came second with 32.76 percent", "finished third").
SHARE_VERBS = {"take", "win", "get", "receive", "secure", "garner", "obtain", "poll", "gain", "capture"}
PLACE_VERBS = {"come", "finish", "place", "end"}
PLACES_IN_COUNT = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "last": None}
#: The adjectives that make a vote of a people an election ("the first presidential vote since 2022").
ELECTION_VOTE_KINDS = {"presidential", "parliamentary", "legislative", "general", "national", "municipal", "local"}


def is_election_word(tok: Token) -> bool:
    """Whether ``tok`` names an election: a noun of :data:`ELECTION_NOUNS`, or 'vote',
    'poll' or 'ballot' qualified as one of a people choosing office holders
    (:data:`ELECTION_VOTE_KINDS`: "the presidential vote", "a parliamentary poll");
    not a noun modifying another ("the election commission"), nor a vote on a motion
    (:data:`MOTION_KINDS`: "a parliamentary no-confidence vote" is a Vote)."""
    if tok.pos_ != "NOUN" or tok.dep_ == "compound":  # "the election commission": a body, no election
        return False
    lemma = tok.lemma_.lower()
    if any(c.lower_ in MOTION_KINDS for c in tok.children):
        return False  # "a parliamentary no-confidence vote": a chamber's vote on a motion, no one elected
    return lemma in ELECTION_NOUNS or lemma in ("vote", "poll", "ballot") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ELECTION_VOTE_KINDS for c in tok.children)


#: Words of a motion a chamber votes on, whose vote elects no one ("no-confidence vote").
MOTION_KINDS = {"confidence", "no-confidence", "impeachment", "censure"}


def _elsewhen(tok: Token, top: Token) -> bool:
    """Whether ``tok`` hangs on ``top`` through a preposition of another time ("before the
    election", "since the 2019 vote")."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in ("before", "after", "since", "until", "ahead", "unlike", "than"):
            return True
        node = node.head
    return False


def election_result_rules(tok: Token, cx: Context) -> list[Fact]:
    """A candidate's share of the vote in an article that tells of an election: "X took
    42.31 percent of the vote", "Y came second with 32.76 percent", "Z finished third
    with 17.27 percent", "X won 54 percent in Saturday's election": the Election's
    ``result`` ``{candidate, share, rank}`` (rank from the ordinal of a place verb, never
    inferred from the shares), the candidate a person or a party that is the verb's
    subject. A share with no word of voting in its clause ("took 30 percent of the
    market") counts only for a person after a place verb. The election is held in the
    candidate's state as the article gives it, else in the state of its dateline, else in
    the one state the sentence names; none, no fact."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in SHARE_VERBS | PLACE_VERBS:
        return []
    if "election told" not in cx.memo:  # once per article, not once per verb
        cx.memo["election told"] = any(is_election_word(t) for t in cx.doc)
    if not cx.memo["election told"]:
        return []
    share = next((t for t in tok.subtree if t.lower_ in ("percent", "%") or t.lower_ == "cent" and t.nbor(-1).lower_ == "per"),
                 None)
    if share is None or share.head.i != tok.i and share.head.head.i != tok.i and share.head.dep_ != "prep":
        return []
    number = next((c for c in share.children if c.dep_ == "nummod" and c.like_num), None) or \
        (share.nbor(-1) if share.i > 0 and share.nbor(-1).like_num else None)
    if number is None:
        return []
    try:
        value = float(number.text.replace(",", ""))
    except ValueError:
        return []
    # "percent of the vote", "... in Saturday's election", "according to results of the runoff";
    # not an election that only sets the time ("took 30 percent of the shares before the election")
    voting = any((t.lemma_.lower() in ("vote", "ballot", "poll") or is_election_word(t)) and not _elsewhen(t, tok)
                 for t in tok.subtree)
    place = next((PLACES_IN_COUNT[c.lower_] for c in tok.children if c.lower_ in PLACES_IN_COUNT and
                  c.dep_ in ("advmod", "npadvmod", "acomp", "oprd", "dobj", "attr")), None)
    if tok.lemma_ in PLACE_VERBS and place is None:
        return []
    if tok.lemma_ in SHARE_VERBS and not voting:
        return []
    cands = [e for s_ in subjects(tok) if s_.dep_ == "nsubj" for e in cx.entities(s_)]
    cands = [e for e in cands if e.type == "Person" or voting and e.type == "Organisation"]
    if len(cands) != 1:
        return []
    cand = cands[0]
    held = [st for st in [cx.person_state.get(cand.id) or cx.office_state.get(cand.id) or cx.dateline_state]
            if st is not None] or _one_state(tok.sent, cx)
    if not held:
        return []
    share_value = int(value) if value == int(value) else value
    result = {"candidate": cand.id, "share": share_value, **({"rank": place} if place else {})}
    f = Fact("Election", {"heldIn": held, "candidate": [cand]}, {"result": [result]},
             tokens=[tok.i, share.i, number.i, *(t.i for s_ in subjects(tok) for t in s_.subtree)])
    date, toks = cx.date_of(tok)
    if date:
        f.attrs["date"], f.tokens = date, f.tokens + toks
    return [f]


#: Verbs and adjectives that tie a deed to a state named after 'to' ("a campaign the
#: authorities linked to Russia", "attacks attributed to Ostravia"): that state is the one
#: accused, not a place.
ATTRIBUTION_WORDS = {"link", "linked", "tie", "tied", "attribute", "attributed", "connect", "connected", "trace",
                     "traced", "blame", "blamed"}
#: Prepositions whose state object is the doer or the target of a deed the sentence tells of
#: ("interference by Russia", "a campaign against Ostravia"), not where an event is held.
ACCUSED_PREPOSITIONS = {"by", "against"}


def _accused_state(m, cx: Context) -> bool:
    """Whether the state mention ``m`` is the object of an accusation or a complaint
    rather than a place: the object of 'by' / 'against' (:data:`ACCUSED_PREPOSITIONS`) or
    of a 'to' after a word of :data:`ATTRIBUTION_WORDS` ("linked to Russia")."""
    root = cx.doc[m.end - 1]
    while root.dep_ == "conj" and root.head.i != root.i:  # "linked to Russia and Belarus"
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in ACCUSED_PREPOSITIONS or (prep.lower_ == "to" and prep.head.lower_ in ATTRIBUTION_WORDS)


def _one_state(sent: Span, cx: Context) -> list[Known]:
    """The state a sentence names, by name, capital or demonym, when it names one only; a
    state named as the one accused (:func:`_accused_state`: "a campaign linked to Russia")
    names no place and is left out."""
    found = {st.id: st for m in cx.mentions if sent.start <= m.start < sent.end
             and not (cx.has_parser and _accused_state(m, cx))
             for e in m.entities for st in [cx.resolver.state_of(e)] if st is not None}
    return list(found.values()) if len(found) == 1 else []


#: Verbs of a motion against a person that a body votes to carry out ("voted to impeach Yoon").
MOTION_VERBS = {"impeach", "remove", "oust", "dismiss", "censure", "suspend", "expel", "unseat"}


def vote_rules(tok: Token, cx: Context) -> list[Fact]:
    """"a no-confidence vote in parliament", "X lost a confidence vote", "the Security
    Council vote on X", "a referendum in Y", "the Duma voted to ...": a Vote by the body
    named (or held in the state named), against the target of a vote of confidence."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in REFERENDUM_NOUNS:
        return []  # referendum_rules
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in VOTE_NOUNS and not is_election_word(tok):
        body_toks = preps(tok, {"in", "by", "at"}) + [c for c in tok.children if c.dep_ in ("compound", "poss")]
        verb = next((a for a in list(tok.ancestors)[:3] if a.pos_ == "VERB"), None)
        description = _kind_words(tok, tok.lemma_.lower())
    elif tok.pos_ == "VERB" and tok.lemma_ == "vote":
        body_toks, verb, description = doers(tok), None, "vote"
    else:
        return []
    bodies = [e for b in body_toks for e in cx.entities(b) if e.type not in NOT_ACTORS + ("State", "Person")]
    held = _uniq(_state_modifiers(tok, cx) + [e for b in body_toks if b.lemma_.lower() in LEGISLATURES
                                              for e in _modifiers(b, cx, ("amod", "poss", "compound")) if e.type == "State"])
    target: list[Known] = []
    outcome = None
    if "confidence" in description:  # "X lost a no-confidence vote", "X was removed in a no-confidence vote"
        target = [e for o in preps(tok, {"against", "in", "on"}) for e in cx.entities(o) if e.type == "Person"]
        if verb is not None and not target:
            target = [e for s_ in subjects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
                      for e in cx.entities(s_) if e.type == "Person"]
            # "Bayrou lost a confidence vote": the target's own verb tells how the vote went for him
            if target and tok.dep_ == "dobj" and tok.head.i == verb.i and verb.lemma_ in CONFIDENCE_OUTCOMES:
                outcome = CONFIDENCE_OUTCOMES[verb.lemma_]
        if not held and len(target) == 1:  # the vote of the parliament the person answers (or answered) to
            st = cx.person_state.get(target[0].id) or cx.office_state.get(target[0].id)
            held = [st] if st is not None else []
    if tok.pos_ == "VERB" and not target:  # "voted to impeach Yoon": whom the motion is against
        target = [e for x in tok.children if x.dep_ == "xcomp" and x.lemma_ in MOTION_VERBS
                  for o in objects(x) for e in cx.entities(o) if e.type == "Person"]
    if tok.pos_ == "VERB" and not bodies:
        return []
    if tok.pos_ == "VERB" and _takes_side(tok) and not any(_legislature(b) for b in bodies) and \
            _vote_told_before(tok, cx):
        # "the National Rally voted against the government": a party's side in the vote told (votedNo);
        # "the Sejm voted to leave the convention" decides something, a vote of its own
        return []
    if not bodies and not held:
        return []
    if bodies and held and all(b.state in {h.id for h in held} for b in bodies):
        held = []  # "South Korea's National Assembly": the body's state says where; no second participant
    f = Fact("Vote", {k: v for k, v in (("votingBody", bodies), ("heldIn", held), ("target", target)) if v},
             {"description": description, **tally(tok.sent), **({"outcome": outcome} if outcome else {})},
             tokens=[tok.i] + ([verb.i] if target and verb is not None else []))
    return [f]


#: Verbs of the target of a confidence vote that tell its outcome ("Bayrou lost a confidence
#: vote"), in the words corpus/CLAIMS.md writes a vote's ``outcome`` in.
CONFIDENCE_OUTCOMES = {"lose": "lost", "win": "won", "survive": "survived"}


def _takes_side(verb: Token) -> bool:
    """Whether 'voted' takes a side in a vote and decides nothing of its own: 'against',
    'for', 'with' or 'in favour' after it, and no clause of what was voted ("voted to leave")."""
    return not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) and \
        any(c.dep_ == "prep" and c.lower_ in ("against", "for", "with", "in") for c in verb.children)


def _vote_told_before(tok: Token, cx: Context) -> bool:
    """Whether the article tells a vote (a noun of :data:`VOTE_NOUNS` that names no
    election) before the sentence of ``tok``."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in VOTE_NOUNS and not is_election_word(t)
               for t in cx.doc[:tok.sent.start])


#: Nouns of a vote of a people on a question put to it (Wikidata Q43109).
REFERENDUM_NOUNS = {"referendum", "plebiscite"}
_PCT = r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|per\s*cent|percent)"
_OPT = r"[\"“”']?(yes|no)[\"“”']?"
#: "the yes vote at 50.41 per cent", "'no' won 49.59%", "the no camp took 49.6 percent"
_OPTION_SHARE = re.compile(r"\b" + _OPT + r"\s+(?:vote|votes|side|camp|option)?\s*(?:was\s+|stood\s+)?"
                           r"(?:at|with|won|took|received|reached|garnered|of|on)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?"
                           + _PCT, re.IGNORECASE)
#: "49.59 per cent for no", "50.4% voted yes", "55 percent in favour of 'yes'"
_SHARE_OPTION = re.compile(_PCT + r"\s+(?:for|voted|voting|backed|backing|chose|in\s+favour\s+of|in\s+favor\s+of)\s+(?:the\s+)?"
                           + _OPT + r"(?!\w)", re.IGNORECASE)
_TURNOUT = re.compile(r"\bturnout\s+(?:was|of|at|stood\s+at|reached|came\s+in\s+at)?\s*(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+over\s+)?"
                      + _PCT, re.IGNORECASE)
#: "approved a new constitution by 89.38 percent", "rejected the proposal by 61 percent":
#: the share of the answer the verb gives (yes for approving, no for rejecting)
_VERB_SHARE = re.compile(r"\b(approved|backed|endorsed|adopted|accepted|supported|rejected|voted\s+down)\b[^.;%]{0,80}?"
                         r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?" + _PCT, re.IGNORECASE)
#: "90.06 percent of votes in favour", "38 per cent of the ballots against"
_VOTES_SIDE = re.compile(_PCT + r"\s+of\s+(?:the\s+)?(?:votes|ballots)(?:\s+cast)?\s+(in\s+favou?r|for|against)\b",
                         re.IGNORECASE)
#: The part of the count a partial figure is of: "from more than 80 percent of polling stations",
#: "with 95% of ballots counted"
_COUNTED_PART = re.compile(r"\b(?:from|at|in|with|after)\s+((?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?"
                           r"\d{1,3}(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:polling\s+stations|"
                           r"precincts|ballots|votes|constituencies)(?:\s+(?:counted|reporting|processed))?)", re.IGNORECASE)
#: Verbs whose subject votes in a referendum, or holds or calls it.
REFERENDUM_VERBS = {"vote", "hold", "go", "head", "cast", "back", "reject", "approve", "call", "stage", "organise", "organize"}


def voters_state(tok: Token, cx: Context) -> Known | None:
    """The state whose people a plural demonym names ("Moldovans", "Ghanaians"), else None."""
    words = normalise(tok.text)
    return cx.resolver.demonyms.get(normalise(tok.lemma_)) or cx.resolver.demonyms.get(words) or \
        (cx.resolver.demonyms.get(words[:-1]) if words.endswith("s") else None)


def referendum_result(text: str) -> dict:
    """The figures of a referendum a sentence gives: each answer's share (``result``:
    ``[{option: yes, share: 50.41}, {option: no, share: 49.59}]``, from "the yes vote at
    50.41 per cent against 49.59 per cent for no", "'no' won 49.6%", "approved the
    constitution by 89.38 percent", "90.06 percent of votes in favour") and the turnout
    (``share`` with ``shareOf``, from "turnout was 51 per cent"); a partial turnout keeps
    what part of the count it is of in ``shareOf`` ("... (turnout) at more than 80 percent
    of polling stations"). Empty when it gives none; each answer once, in the order the
    text gives them."""
    found: list[tuple[int, str, float]] = []
    for rx, opt, pct in ((_OPTION_SHARE, 1, 2), (_SHARE_OPTION, 2, 1)):
        for m in rx.finditer(text):
            found.append((m.start(), m.group(opt).lower(), float(m.group(pct).replace(",", "."))))
    for rx, opt, pct in ((_VERB_SHARE, 1, 2), (_VOTES_SIDE, 2, 1)):
        for m in rx.finditer(text):
            no = m.group(opt).lower().split()[0] in ("rejected", "voted", "against")
            found.append((m.start(), "no" if no else "yes", float(m.group(pct).replace(",", "."))))
    result: dict[str, float] = {}
    for _, option, share in sorted(found):
        result.setdefault(option, share)
    out: dict = {}
    if result:
        out["result"] = [{"option": o, "share": int(v) if v == int(v) else v} for o, v in result.items()]
    turnout = _TURNOUT.search(text)
    if turnout:
        v = float(turnout.group(1).replace(",", "."))
        out["share"], out["shareOf"] = int(v) if v == int(v) else v, "registered voters who voted (turnout)"
        part = _COUNTED_PART.search(text)
        if part:  # a partial figure: what share of the count it is of ("at more than 80 percent of polling stations")
            out["shareOf"] += " at " + re.sub(r"\s+", " ", part.group(1))
    return out


#: All the patterns of a referendum's figures, whose words the quote holds.
FIGURE_PATTERNS = (_OPTION_SHARE, _SHARE_OPTION, _TURNOUT, _VERB_SHARE, _VOTES_SIDE, _COUNTED_PART)


def referendum_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Moldovans voted in a referendum on joining the EU", "a referendum to enshrine
    ...", "Sandu, who called the referendum", "the yes vote at 50.41 per cent against
    49.59 per cent for no": a Referendum held in the state named beside it (by name,
    capital or the demonym of its voters; else the one state of the sentence), called by
    whoever the text says called it, with each answer's share and the turnout the
    sentence gives (:func:`referendum_result`)."""
    if tok.pos_ != "NOUN":
        return []
    figures = referendum_result(tok.sent.text)
    answer = tok.lemma_.lower() == "vote" and any(c.lower_ in ("yes", "no") for c in tok.children) and "result" in figures
    if tok.lemma_.lower() not in REFERENDUM_NOUNS and not answer:
        return []
    held = _state_modifiers(tok, cx)
    verb = next((a for a in list(tok.ancestors)[:3] if a.pos_ == "VERB"), None)
    called: list[Known] = []
    if verb is not None and verb.lemma_ in REFERENDUM_VERBS:
        doers_ = subjects(verb)
        for d in doers_:
            named = cx.entities(d)
            demonym = voters_state(d, cx)
            if not named and demonym is not None:
                named = [demonym]  # "Moldovans voted": the state of the voters
            if verb.lemma_ in ("call", "organise", "organize", "stage"):
                called += [e for e in named if e.type in ("Person", "Government", "Organisation")]
            held += [st for e in named if e.type != "Person" for st in [cx.resolver.state_of(e)] if st is not None]
    if tok.dep_ == "dobj" and verb is not None and verb.lemma_ == "call" and verb.dep_ == "relcl" and verb.head.i in cx.at:
        called += [e for e in cx.entities(verb.head) if e.type == "Person"]  # "Sandu, who called the referendum"
    if not held:
        held = _one_state(tok.sent, cx) or [st for e in called for st in [cx.person_state.get(e.id)] if st is not None]
    definite = any(c.lower_ in ("the", "this", "that") for c in tok.children)
    if not held and (answer or definite) and cx.referendums:
        held = cx.referendums[-1:]  # "the yes vote at 50.41 per cent", "called the referendum": the article's referendum
    if not held:
        return []
    cx.referendums += _uniq(held)
    roles = {"heldIn": _uniq(held)}
    if called:
        roles["calledBy"] = _uniq(called)
    tokens = [tok.i] + ([verb.i] + [t.i for d in subjects(verb) for t in d.subtree] if verb is not None else [])
    tokens += _figure_tokens(tok.sent, cx)
    return [Fact("Referendum", roles, {"description": "referendum", **figures}, tokens=tokens, split=False)]


def _figure_tokens(sent, cx: Context) -> list[int]:
    """The indices of the tokens of ``sent`` that write a referendum's figures
    (:data:`FIGURE_PATTERNS`), which the quote holds."""
    tokens: list[int] = []
    for rx in FIGURE_PATTERNS:
        for m in rx.finditer(sent.text):
            span = cx.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            tokens += [t.i for t in span] if span is not None else []
    return tokens


#: Nouns of a vote's figures, which a sentence of its own may give ("Turnout stood at 86.42
#: percent", "had given partial results ... with 90.06 percent of votes in favour").
FIGURE_NOUNS = {"turnout", "result", "results", "count", "tally"}
#: Verbs by which an official gives figures ("had given partial results"), whose subject says them.
GIVE_FIGURES_VERBS = {"give", "announce", "publish", "release", "present", "issue", "report"}
#: Nouns of an election, whose sentence's figures are that election's, not the referendum's.
ELECTION_WORDS = {"election", "elections", "poll", "polls", "runoff", "ballot", "primary"}


def referendum_figure_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Turnout stood at 86.42 percent, the minister told reporters", "the head of the
    elections directorate had given partial results ..., with 90.06 percent of votes in
    favour and a turnout of 91.4 percent": the figures (:func:`referendum_result`) of the
    referendum the article told before, in a sentence that does not name it. ``tok`` is
    the first noun of :data:`FIGURE_NOUNS` of its sentence; the fact is the last
    referendum drafted (its state), undated (the day the figures were given is not the
    vote's), voiced by the subject of a verb of giving them (:data:`GIVE_FIGURES_VERBS`),
    else by whoever the sentence's speech verbs say. Nothing in an article with no
    referendum drafted before, in a sentence naming a referendum (read by
    :func:`referendum_rules`) or an election, or with no figure."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in FIGURE_NOUNS or not cx.referendums:
        return []  # ("Turnout" opening a sentence is at times tagged a proper noun)
    sent = tok.sent
    if next((t.i for t in sent if t.lower_ in FIGURE_NOUNS and t.pos_ in ("NOUN", "PROPN")), None) != tok.i or \
            any(t.lemma_.lower() in REFERENDUM_NOUNS | ELECTION_WORDS and t.pos_ == "NOUN" for t in sent):
        return []  # (a body's name, "the General Directorate of Elections", is no election)
    figures = referendum_result(sent.text)
    if not figures:
        return []
    f = Fact("Referendum", {"heldIn": cx.referendums[-1:]}, {"description": "referendum", **figures},
             tokens=[tok.i, *_figure_tokens(sent, cx)],
             split=False, undated=True)
    if tok.dep_ == "dobj" and tok.head.lemma_ in GIVE_FIGURES_VERBS:
        givers = [s_ for s_ in subjects(tok.head) if s_.dep_ == "nsubj"] or \
            [t for t in sent if t.i < tok.head.i and t.i in cx.at and t.dep_ == "appos"]  # (a subject the parser lost)
        # by name only: "the head of the directorate, Djenabou Toure" is Toure, not whom 'head' may stand for
        people = _uniq([m.entity for s_ in givers for t in s_.subtree for m in [cx.at.get(t.i)] if m is not None
                        and m.entity.type in ("Person", "Organisation", "Government") and
                        t.text in m.entity.label.split() and t.pos_ == "PROPN"])
        if people:
            f.voiced_by = people[:1]
            f.tokens += [tok.head.i, *(t.i for s_ in givers for t in s_.subtree)]
    return [f]


#: Protests (PLOVER PROTEST, CAMEO 14: demonstrate or rally).
PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "sit-in", "vigil", "walkout", "boycott"}
#: ... and its verbs; boycotting (a vote, a session, an election) is CAMEO 143 "conduct strike or boycott".
PROTEST_VERBS = {"protest", "demonstrate", "rally", "march", "boycott"}
#: Who fills a street, or leaves a chamber empty: "supporters of X marched", "opposition lawmakers boycotted the vote".
CROWD_NOUNS = {"supporter", "protester", "protestor", "demonstrator", "activist", "student", "worker", "farmer",
               "follower", "member", "resident", "lawmaker", "legislator", "parliamentarian", "senator", "deputy", "mp"}
#: Words counting a crowd, whose 'of' names who is in it ("thousands of students").
CROWD_COUNTS = {"thousand", "hundred", "dozen", "million", "crowd", "score", "ten", "tens"}
ORGANISE_VERBS = {"organise", "organize", "call", "stage", "hold", "lead", "plan", "announce"}
#: Verbs of protests that happen without a named organiser ("protests erupted in X").
PROTEST_PLACES = ("in", "at", "outside", "across", "through")
ERUPT_VERBS = {"erupt", "break", "spread", "continue", "flare", "grow", "swell", "take", "begin", "start"}
JOIN_VERBS = {"join", "attend", "take", "participate", "march", "swell"}
#: Verbs of a crowd massing, a protest when crowds do it ("crowds gathered outside the city
#: hall"; CAMEO 141 "demonstrate or rally"), not when leaders do ("leaders gathered in Rome").
GATHER_VERBS = {"gather", "assemble", "converge", "mass", "throng"}


def protest_rules(tok: Token, cx: Context) -> list[Fact]:
    """"opposition supporters protested in X", "the union staged a rally in Y",
    "thousands joined a march organised by Z", "a protest by X against Y": a Protest of
    its organiser and participants (bodies, groups, persons; a state's own protest is a
    criticism, not a street protest), where and against what."""
    organiser: list[Known] = []
    participant: list[Known] = []
    crowd: list[tuple] = []
    if tok.pos_ == "VERB" and tok.lemma_ in GATHER_VERBS:
        # "crowds have gathered outside the city hall": a crowd, never named people (leaders gather too)
        crowd = [(f"unnamed {_crowd_noun(s_).lower_}", None) for s_ in subjects(tok)
                 if s_.lemma_ in CROWD_NOUNS | CROWD_COUNTS | {"people"} and s_.tag_ == "NNS"
                 and s_.lemma_ not in VOTER_NOUNS][:1]
        if not crowd:
            return []
    elif tok.pos_ == "VERB" and tok.lemma_ in PROTEST_VERBS:
        # "supporters of X marched": unnamed supporters, for X
        crowd = [(f"unnamed {s_.lower_}", e) for s_ in subjects(tok) if s_.lemma_ in CROWD_NOUNS
                 for o in preps(s_, {"of"}) for e in cx.entities(o)][:1]
        if tok.lemma_ in ("demonstrate", "protest") and any(o.dep_ == "dobj" for o in tok.children) and \
                not preps(tok, {"in", "outside", "at"}):
            return []  # "demonstrated its resolve", "protested the decision": no street action named
        if any(c.dep_ == "ccomp" for c in tok.children):
            return []  # "X protested that ...": an objection said, not a street protest
        participant = [e for s_ in doers(tok) for e in cx.entities(s_)]
        crowd = crowd or [(f"unnamed {_crowd_noun(s_).lower_}", None) for s_ in subjects(tok)
                          if s_.lemma_ in CROWD_NOUNS | CROWD_COUNTS | {"people"} and s_.tag_ == "NNS"][:1]
    elif tok.pos_ == "NOUN" and tok.lemma_ in PROTEST_NOUNS:
        participant = [e for o in preps(tok, {"by", "of"}) for e in _named_in(o, cx)]
        organiser = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
        organiser += [e for c in tok.children if c.dep_ == "acl" and c.lemma_ in ORGANISE_VERBS
                      for o in preps(c, {"by"}) for e in cx.entities(o)]
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj") else tok.head.head if tok.dep_ == "pobj" else None
        if verb is not None and verb.pos_ == "VERB":
            who = [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_)]
            from kg.extract.facts.diplomacy import _label_words

            if verb.lemma_ in ORGANISE_VERBS and not any(c.dep_ == "oprd" for c in verb.children) and not (
                    verb.lemma_ == "call" and (_label_words(verb, tok) or any(
                        t.text in ('"', "“", "”") for t in verb.doc[tok.i: verb.right_edge.i + 1]))):
                organiser += who  # ("called the marches 'hate marches'": a label given, no protest called)
            elif verb.lemma_ in JOIN_VERBS:
                participant += who
            elif verb.lemma_ in ERUPT_VERBS and tok.dep_ == "nsubj" and tok.tag_ == "NNS":
                crowd = [("unnamed protesters", None)]  # "protests erupted in Caracas": people protested there
        if not (organiser or participant or crowd) and tok.tag_ == "NNS" and tok.lemma_ in ("protest", "demonstration") \
                and preps(tok, {"in", "across"}) and not any(c.dep_ in ("det", "poss") and c.lower_ in ("no", "any")
                                                              for c in tok.children):
            crowd = [("unnamed protesters", None)]  # "the largest street demonstrations in Turkey": people protested there
    else:
        return []
    organiser = [e for e in _uniq(organiser) if e.type not in NOT_ACTORS + ("State", "Government")]
    participant = [e for e in _uniq(participant) if e.type not in NOT_ACTORS + ("State", "Government")]
    participant = [e for e in participant if e.id not in {o.id for o in organiser}]
    if not organiser and not participant and not crowd:
        return []
    f = Fact("Protest", {k: v for k, v in (("organiser", organiser), ("participant", participant)) if v}, tokens=[tok.i])
    if crowd and not participant:
        f.qualified["participant"] = crowd[0]
    place = _place_of(tok, cx, PROTEST_PLACES)
    if not place and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":  # "protests erupted in Caracas"
        place = _place_of(tok.head, cx, PROTEST_PLACES)
    if not place:  # "outside Istanbul's city hall", a site the registry lacks: the city it belongs to
        place = [e for o in preps(tok, set(PROTEST_PLACES)) for c in o.children if c.dep_ == "poss"
                 for e in cx.entities(c, conj=False) if e.type in PLACES + ("State",)]
    boycotted = tok.lemma_ == "boycott" and any(o.dep_ == "dobj" for o in tok.children)
    if not (organiser or participant or crowd[0][1] is not None) and not place and not boycotted:
        return []  # unnamed people protesting nowhere named, nothing boycotted: too vague to draft
    if place:
        f.roles["place"] = place
    subject = _prep_words(tok, ("against", "over"), 10)
    if subject:
        f.attrs["subject"] = subject
    if boycotted:  # "boycotted the first vote": what was boycotted
        what = next(o for o in tok.children if o.dep_ == "dobj")
        f.attrs["description"] = "boycott of " + _words(cx.doc, _np(what))
        f.tokens += [t.i for t in _np(what)]
    return [f]


def _crowd_noun(tok: Token) -> Token:
    """The noun saying who is in a crowd: ``tok`` itself, or for a count ("thousands of
    students", "hundreds of thousands of people") the noun of its 'of' phrases."""
    while tok.lemma_ in CROWD_COUNTS and preps(tok, {"of"}):
        tok = preps(tok, {"of"})[0]
    return tok


FOUND_VERBS = {"found", "establish", "create", "form", "launch", "set", "co-found", "cofound"}


def founding_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X and Y founded Z in 2009", "Z was established by X", "X set up Z", "the founding
    of Z", "Z's founder, X", "X announced a new alliance, Z, with Y": a Founding of the organisation (Wikidata P112 founder, P571
    inception), the founders when named."""
    founder: list[Known] = []
    founded: list[Known] = []
    if tok.pos_ == "VERB" and tok.lemma_ in NEW_BODY_VERBS and _new_body(tok, cx):
        # "announced a new alliance, Patriots for Europe, with Austria's Freedom Party": a body
        # said to be new, named in apposition; who joins in 'with' founds it too
        founded = _new_body(tok, cx)
        founder = [e for s_ in doers(tok) for e in cx.entities(s_)]
        heads = [tok, *objects(tok)]
        heads += [c for h in heads[1:] for c in h.children if c.dep_ == "appos"]  # "..., the Movement, with X"
        founder += [e for h in heads for o in preps(h, {"with"}) for e in cx.entities(o)]
    elif tok.pos_ == "VERB" and tok.lemma_ in FOUND_VERBS:
        if tok.lemma_ == "set" and not any(c.lower_ == "up" for c in tok.children):
            return []
        founded = [e for o in _antecedents(objects(tok)) for e in cx.entities(o)]
        if not founded and tok.dep_ == "relcl" and not objects(tok):
            # "the Committee, a regional body it set up with ...": the body the clause hangs on, or its name
            noun = tok.head
            founded = cx.entities(noun, conj=False) or \
                (cx.entities(noun.head, conj=False) if noun.dep_ == "appos" else [])
        founder = [e for s_ in doers(tok) for e in cx.entities(s_)]
        founder += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
        # "a body it set up with Algeria, Mauritania and Niger": those it was set up with found it too
        founder += [e for o in preps(tok, {"with"}) for e in cx.entities(o) if e.type in ("State", "Government")]
        if tok.lemma_ in ("form", "launch", "create") and not any(o.dep_ == "nsubjpass" for o in tok.children):
            founded = [e for e in founded if e.proposed is None]  # "formed a committee": a known body only
    elif tok.pos_ == "NOUN" and tok.lemma_ in ("founding", "establishment", "creation", "founder", "co-founder"):
        if tok.dep_ in ("amod", "compound") and tok.lemma_ == "founding":
            return []  # "a founding member": a membership
        founded = [e for o in preps(tok, {"of"}) for e in cx.entities(o)]
        founded += [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
        if tok.lemma_ in ("founder", "co-founder"):
            holder = [tok.head] if tok.dep_ == "appos" else subjects(tok.head) if tok.dep_ == "attr" else []
            holder += [c for c in tok.children if c.dep_ == "appos"]
            founder = [e for h in holder for e in cx.entities(h, conj=False)]
            if not founder:
                return []
    else:
        return []
    founded = [e for e in _uniq(founded) if e.type not in NOT_ACTORS + ("State", "Person", "Asset")]
    founder = [e for e in _uniq(founder) if e.type not in NOT_ACTORS and e.id not in {x.id for x in founded}]
    if not founded:
        return []
    f = Fact("Founding", {"founded": founded, **({"founder": founder} if founder else {})}, tokens=[tok.i],
             split=False)
    others = _unnamed_cofounders(tok, cx) if founder and tok.pos_ == "VERB" else None
    if others:  # "which the EU set up with other WTO members": the others found it too, unnamed
        f.qualified["founder"] = (others[0], None)
        f.tokens += others[1]
    return [f]


def _unnamed_cofounders(verb: Token, cx: Context) -> tuple[str, list[int]] | None:
    """The unnamed others a body was set up 'with' ("set up with other WTO members", "with
    other states"): their words as corpus/CLAIMS.md writes unnamed actors ("unnamed other
    WTO members") and their tokens; None for a 'with' that names an entity, or words with
    no 'other' ("with support": no founders)."""
    for o in preps(verb, {"with"}):
        if cx.entities(o) or o.pos_ != "NOUN" or not any(c.lower_ in ("other", "several", "some") for c in o.children):
            continue
        words = [t for t in o.subtree if t.dep_ != "det" and not t.is_punct and t.i <= o.i]
        return "unnamed " + " ".join(t.text for t in words), [o.head.i, *(t.i for t in words)]
    return None


#: Verbs that bring out a body said to be new ("announced a new alliance, X").
NEW_BODY_VERBS = {"announce", "unveil", "launch", "form", "create", "found", "establish"}
NEW_BODY_NOUNS = BLOC_NOUNS | PARTY_NOUNS | {"group", "grouping", "forum", "platform", "council", "agency", "force",
                                             "initiative", "fund", "bank", "organisation", "organization", "body"}


def _new_body(verb: Token, cx: Context) -> list[Known]:
    """The body a verb's object calls new and names in apposition ("a new alliance,
    Patriots for Europe"): its entity (proposed ones too: a new body is one the registry
    may lack), else []."""
    out = []
    for o in objects(verb):
        if o.lemma_ in NEW_BODY_NOUNS and any(c.lower_ == "new" for c in o.children):
            names = [c for c in o.children if c.dep_ == "appos"]
            # "a new alliance in the European Parliament, Patriots for Europe": the parser hangs the
            # name after a comma on the noun of the phrase of place before it
            names += [c for p_ in preps(o, {"in", "at", "of"}) for c in p_.children
                      if c.dep_ in ("appos", "conj") and c.i > 0 and c.doc[c.i - 1].text == ","]
            out += [e for c in names for e in cx.entities(c, conj=False)
                    if e.type not in NOT_ACTORS + ("State", "Person", "Asset")]
    return _uniq(out)


#: Ceremonies (Wikidata Q2627975): parades, inaugurations, state dinners, funerals.
CEREMONY_NOUNS = {"ceremony", "parade", "inauguration", "funeral", "commemoration", "celebration", "banquet",
                  "coronation", "memorial", "wreath-laying", "dinner", "festivities", "procession", "reception"}
#: Ceremonies that honour the dead, whom 'of' names ("the funeral of X"): `commemorates`, not a participant.
MOURNING_CEREMONIES = {"funeral", "memorial", "commemoration"}
ATTEND_VERBS = {"attend", "join", "participate", "take", "watch", "witness", "review", "lead", "address", "speak"}
HOST_VERBS = {"host", "hold", "stage", "organise", "organize", "throw", "give", "lay"}


def _as_did(verb: Token, cx: Context) -> tuple[list[Known], list[tuple[str, Known]]]:
    """"A attended the ceremony, as did B and the presidents of C and D and representatives
    of O": those the comparative 'as did' clause of ``verb`` adds (its subject and the
    conjuncts of it). Returns (the named actors, B; (words, state or body) for each unnamed
    one: ('unnamed president', C), ('unnamed president', D), ('unnamed representatives', O)).
    A plural noun of office before 'of' names one holder per state when it lists several."""
    named: list[Known] = []
    unnamed: list[tuple[str, Known]] = []
    for c in verb.children:
        if c.dep_ != "advcl" or c.lemma_ != "do" or not any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            continue
        for subj in (s_ for s_ in c.children if s_.dep_ == "nsubj"):
            for head in (subj, *subj.conjuncts):
                ofs = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
                if head.pos_ == "NOUN" and head.tag_ == "NNS" and ofs:
                    whose = [e for o in ofs for e in cx.entities(o) if e.type not in NOT_ACTORS + ("Person",)]
                    words = head.lemma_ if len(whose) > 1 else head.lower_
                    unnamed += [(f"unnamed {words}", e) for e in whose]
                elif head.pos_ == "PROPN":
                    named += [e for e in cx.entities(head, conj=False) if e.type in ("Person", "State")]
    return named, unnamed


def ceremony_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X attended the inauguration of Y", "X took part in the Victory Day parade in
    Moscow", "X hosted a state dinner for Y at the Elysee": a Ceremony of those who take
    part (and its host), where it is held and what it marks ('to mark', 'to commemorate');
    "X laid a wreath at Y", "X was sworn in as president" (a wreath-laying, a swearing-in)."""
    if tok.pos_ == "VERB" and (tok.lemma_ == "lay" and any(o.lemma_ == "wreath" for o in objects(tok)) or
                               tok.lemma_ == "swear" and any(c.lower_ == "in" and c.dep_ == "prt" for c in tok.children)):
        # its own subject only, when it has one: "he would stay until a new president is sworn in"
        # swears in no one named (not 'he', whom a borrowed subject would give)
        own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        who = [e for s_ in own or subjects(tok) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
        if not who:
            return []
        f = Fact("Ceremony", {"participant": _uniq(who)},
                 {"description": "wreath-laying" if tok.lemma_ == "lay" else "swearing-in"}, tokens=[tok.i], split=False)
        place = _place_of(tok, cx)
        if place:
            f.roles["place"] = place
        return [f]
    if tok.pos_ != "NOUN" or tok.lemma_ not in CEREMONY_NOUNS:
        return []
    if tok.lemma_ in ("dinner", "reception", "banquet") and not any(
            c.lower_ in ("state", "official", "gala", "formal") for c in tok.children):
        return []  # a state dinner is a ceremony; any dinner is not
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in ("hold", "stage", "take"):
        return []  # "the funeral of X was held in Y": read with its place by facts/venues.py
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok.head.head if tok.dep_ == "pobj" else None
    who = [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_)] if verb is not None and \
        verb.pos_ == "VERB" else []
    who = [e for e in who if e.type not in NOT_ACTORS]
    participant: list[Known] = []
    host: list[Known] = []
    if verb is not None and verb.lemma_ in HOST_VERBS:
        host = who
        guests = preps(tok, {"for", "in"}) + preps(verb, {"for"})
        guests += [g for p in preps(tok, {"at", "in"}) + preps(verb, {"at", "in"}) for g in preps(p, {"for"})]
        participant = [e for o in guests for e in cx.entities(o) if e.type not in NOT_ACTORS]
    elif verb is not None and verb.lemma_ in ATTEND_VERBS:
        participant = who
        # "joined a virtual signing ceremony with Prime Minister X": those it is held with take part too
        participant += [e for o in preps(tok, {"with"}) for e in cx.entities(o) if e.type not in NOT_ACTORS]
        if verb.lemma_ == "join" and tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.i == verb.i:
            # "X joined A, B and C at a ceremony": those joined are there as much as X
            participant += [e for o in verb.children if o.dep_ == "dobj" for e in cx.entities(o)
                            if e.type in ("Person", "State")]
        also, unnamed = _as_did(verb, cx)
        participant += also
    honoured = [e for o in preps(tok, {"of"}) for e in cx.entities(o) if e.type == "Person"]  # "the inauguration of X"
    if tok.lemma_ in MOURNING_CEREMONIES:
        # "attended the funeral of Pope Francis": the dead are honoured, not taking part (corpus/CLAIMS.md:
        # a funeral is a Ceremony with `commemorates`); those who came are its attendees
        roles = {"commemorates": _uniq(honoured), "attendee": _uniq(participant), "host": host}
    else:
        roles = {"participant": _uniq(participant + honoured), "host": host}
    if not any(roles.values()):
        return []
    f = Fact("Ceremony", {k: v for k, v in roles.items() if v}, tokens=[tok.i], split=False)
    if verb is not None and verb.lemma_ in ATTEND_VERBS and unnamed:
        # "..., as did the presidents of D and S": one unnamed attendee of each state or body
        # (corpus/CLAIMS.md: those merely present are `attendee`, an unnamed actor `of` its state)
        f.qualified["attendee"] = ([w for w, _ in unnamed], [e for _, e in unnamed])
        f.members_of.add("attendee")
        f.tokens += [t.i for c in verb.children if c.dep_ == "advcl" for t in c.subtree]
        f.tokens.append(verb.i)
    place = _place_of(tok, cx) or (_place_of(verb, cx) if verb is not None else [])
    if place:
        f.roles["place"] = place
    mark = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ("mark", "commemorate", "celebrate", "honour", "honor")]
    if verb is not None:
        mark += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ in ("mark", "commemorate", "celebrate")]
    occasion = _words(cx.doc, [o for m in mark[:1] for o in objects(m) if o.dep_ == "dobj"])
    if occasion and len(occasion.split()) <= 12:
        f.attrs["occasion"] = occasion
    return [f]

#: Bodies that have members (Wikidata P463, "member of"): organisations of states, parties.
MEMBER_BODIES = ("InternationalOrganisation", "Organisation")


def members_named_rules(tok: Token, cx: Context) -> list[Fact]:
    """Membership from a body's name before 'member(s)' and the members named right after
    ("Forum members Chile and Peru": two facts, member and memberOf); a person's party
    ("Varo's Unity Party") is the possessive rule's. Not a member named with no body ("members of the public"), nor a body's members left unnamed."""
    doc = cx.doc
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    if tok.lemma_ == "member" and tok.i > 0 and tok.i + 1 < len(doc):
        body = cx.at.get(tok.i - 1)
        after = cx.at.get(tok.i + 1)
        if body is None or after is None or body.end != tok.i or body.entity.type not in MEMBER_BODIES:
            return []
        members = [e for e in cx.entities(doc[after.end - 1]) if e.type in ("State", "InternationalOrganisation")]
        if not members:
            return []
        last = max([after.end - 1, *(c.i for c in doc[after.end - 1].conjuncts)])
        return [Fact("Membership", {"member": members, "memberOf": [body.entity]},
                     tokens=list(range(body.start, last + 1)), clause=False)]
    return []


#: Verbs by which a body suspends or expels one of its members (CAMEO 163, "impose
#: embargo, boycott or sanctions", as a body's measure against a member state).
SUSPEND_VERBS = {"suspend", "expel"}


def suspension_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Coral Sea Forum suspended Chile": a Sanction (authority: the body, target:
    the state). Only a body of states as the subject and a state as the object ("the
    government suspended talks" is not one). The membership it implies is not drafted:
    its start is not the suspension's date."""
    if tok.lemma_ not in SUSPEND_VERBS or tok.pos_ != "VERB":
        return []
    bodies = [e for s in subjects(tok) for e in cx.entities(s) if e.type == "InternationalOrganisation"]
    states = [e for o in objects(tok) for e in cx.entities(o) if e.type == "State"]
    if not bodies or not states:
        return []
    return [Fact("Sanction", {"authority": bodies, "target": states}, tokens=[tok.i])]


# --- memberships told beside a list of names ------------------------------------------

#: Nouns that, in apposition to names, say what those names are in a body: "Chile and
#: Peru, both members of the Andean Community", "the three states of the alliance".
MEMBER_APPOS_NOUNS = {"member", "state", "country", "nation", "signatory", "founder"}


def member_apposition_rules(tok: Token, cx: Context) -> list[Fact]:
    """Membership (Wikidata P463) told beside a list of states rather than by a verb:
    the states a name list gives and the international organisation it is 'known as'
    ("Britain, France and Germany, known as the E3") or of which an apposition calls
    them members or states ("Mali, Burkina Faso and Niger, the three military-led states
    of the Alliance of Sahel States"; "Chile, a member of the Andean Community"). One
    fact per member. A place that is no body ("the largest state of South America")
    makes none."""
    if not cx.has_parser:
        return []
    if tok.lemma_ == "know" and tok.dep_ == "acl":  # "X, Y and Z, known as the E3"
        bodies = [o for p in preps(tok, {"as"}) for o in [p]]
    elif tok.lemma_ in MEMBER_APPOS_NOUNS and tok.dep_ == "appos" and tok.pos_ == "NOUN":
        bodies = preps(tok, {"of"})
    else:
        return []
    body = [cx.at[b.i].entity for b in bodies if b.i in cx.at and cx.at[b.i].entity.type in MEMBER_BODIES
            and cx.at[b.i].form == "name"]
    if not bodies and tok.lemma_ == "member" and tok.dep_ == "appos":
        # "Hungary, a member since 2001, had reaffirmed its support for the court": a member of the one
        # body its sentence names (by name or by a description the mentions read)
        body = _uniq([m.entity for m in cx.mentions if tok.sent.start <= m.start < tok.sent.end
                      and m.entity.type in MEMBER_BODIES + ("Court",)])
        body = body if len(body) == 1 else []
    head = tok.head
    members = [e for e in cx.entities(head) if e.type == "State"]
    if len(body) != 1 or not members or head.i > tok.i:
        return []
    last = max([t.i for b in bodies for t in b.subtree] or [t.i for t in tok.subtree])
    first = min([head.i, *(t.i for t in head.subtree if t.i < head.i)])
    f = Fact("Membership", {"member": members, "memberOf": body}, tokens=list(range(first, last + 1)), clause=False,
             undated=True)
    if any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in tok.children):
        f.attrs["status"] = "ended"  # "Valdoria, a former member of the Northern Pact": a member no longer
    return [f]


#: Papers a voting body carries or turns down by a vote.
MOTION_NOUNS = {"resolution", "motion", "draft", "text", "opinion", "proposal", "amendment", "bill", "decision"}
CARRY_VERBS = {"adopt": "adopted", "approve": "adopted", "pass": "adopted", "carry": "adopted", "endorse": "adopted",
               "reject": "rejected", "defeat": "rejected", "vote": None}
#: Members of a body who vote: "the 190 lawmakers present voted".
VOTER_NOUNS = {"lawmaker", "legislator", "member", "deputy", "senator", "mp", "representative", "judge",
               "parliamentarian", "delegate"}
#: A tally as news writes it: "by 11 votes to 2", "by a vote of 78 to 0", "78-0", "by 12 votes
#: to 3, with 2 abstentions", "four votes in favour, nine against and two abstentions".
#: "voted 13-1-1" (for, against, abstaining), "voted six to three" (a count in words).
_COUNT_WORD = r"(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
_TALLY = re.compile(r"\b(" + _COUNT_WORD + r")\s*(?:votes?\s*)?(?:to|-|–)\s*(" + _COUNT_WORD + r")\b"
                    r"(?:\s*(?:-|–)\s*(\d+)\b)?(?:[^.;]*?\b(\d+|[a-z]+)\s+abstentions?)?")
_TALLY_WORDS = re.compile(r"\b(\d+|\w+)\s+votes?\s+in\s+favou?r\b(?:[^.;]*?\b(\d+|\w+)\s+against\b)?"
                          r"(?:[^.;]*?\b(\d+|\w+)\s+abstentions?\b)?")
#: The counts of a recorded vote as the UN's records and news of its bodies give them, with
#: no 'votes' after the first count: "by a recorded vote of 165 in favour to 7 against, with
#: 12 abstentions", "voted 120 in favour and 14 against". The first count must follow 'vote
#: of', 'voted' or 'by', so that a share of a poll ("60 percent in favour") is no tally.
_RECORDED = re.compile(r"\b(?:vote\s+of|voted|by)\s+(\d[\d,]*|\w+)\s+in\s+favou?r\b[\s,]*(?:(?:to|and)\s+)?"
                       r"(\d[\d,]*|\w+)\s+(?:votes?\s+)?against\b(?:[^.;]*?\b(\d[\d,]*|\w+)\s+abstentions?\b)?",
                       re.IGNORECASE)

#: Each side's count told as who voted how: "364 voted against the government and 194 voted
#: for it", "212 deputies voted in favour"; and the abstentions beside them ("with 15
#: abstentions", "15 abstained").
_VOTED_SIDE = re.compile(r"\b(\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+)?voted\s+(for|against|in\s+favou?r)\b", re.IGNORECASE)
_SIDE_KEYS = {"for": "votesFor", "in": "votesFor", "against": "votesAgainst"}
_ABSTENTIONS = re.compile(r"\b(\d+|[a-z]+)\s+abstentions?\b|\b(\d+|[a-z]+)\s+(?:[a-z]+\s+)?abstained\b", re.IGNORECASE)


def _body(toks: list[Token], cx: Context) -> list[Known]:
    """The voting bodies ``toks`` name (a parliament, a council, a court)."""
    return [e for t in toks for e in cx.entities(t) if e.type in VOTING_BODIES and _legislature(e)]


def _legislature(e: Known) -> bool:
    """An entity whose name says it votes: a parliament, assembly, council, court, congress,
    a board (of governors, of directors: "the IAEA board adopted the resolution")."""
    words = {w.lower() for w in re.findall(r"[\w-]+", e.label)}
    return bool(words & (LEGISLATURES | {"court", "tribunal", "commission", "board"}))


def _generic_chamber(toks: list[Token], cx: Context) -> list[Known]:
    """The legislature a common noun of one stands for ("parliament rejected a motion",
    "Parliament passed the bill", "lawmakers approved"; :data:`LEGISLATURES`, lower case
    or opening its sentence, named by no mention): the one legislature the article names (a voting body
    whose label has such a word: "the Assembly of the Republic"); [] when it names none
    or several."""
    if not any((t.text.islower() or t.is_sent_start) and t.i not in cx.at
               and t.lemma_.lower() in LEGISLATURES | {"lawmaker", "legislator"} for t in toks):
        return []
    return named_chamber(cx)


def named_chamber(cx: Context) -> list[Known]:
    """The one legislature the article names (a voting body whose label has a word of
    :data:`LEGISLATURES`: "the Assembly of the Republic"), a chamber's name before a
    council's; [] when it names none or several."""
    named = _uniq([e for m in cx.mentions for e in m.entities if e.type in VOTING_BODIES
                   and {w.lower() for w in re.findall(r"[\w-]+", e.label)} & LEGISLATURES])
    # a chamber's name before a council's: "the Council of State" beside the assembly advises, it does not legislate
    chambers = [e for e in named if "council" not in e.label.lower().split()]
    return chambers if len(chambers) == 1 else named if len(named) == 1 else []


def _body_before(sent: Span, cx: Context) -> list[Known]:
    """The voting body the sentence or, failing it, the one before names, when it names one
    only or one as its subject; failing both, the one the article names most, when one
    stands out (:func:`kg.extract.mentions.most_named`), and under a wire dateline only
    a body of the dateline's state; else nothing."""
    for span in (sent, cx.doc[sent.start - 1].sent if sent.start > 0 else None):
        if span is None:
            continue
        named = [(m, e) for m in cx.mentions if span.start <= m.start < span.end for e in m.entities
                 if e.type in VOTING_BODIES and _legislature(e)]
        found = _uniq([e for _, e in named])
        if len(found) > 1:  # "The Northern Court, the Assembly of Nations' highest court, gave ...": the subject
            found = _uniq([e for m, e in named if cx.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")])
        if found:
            return found if len(found) == 1 else []
    # neither names one: the voting body the article names most, when one stands out ("the
    # 190 members present voted" in an article about one parliament); under a wire dateline,
    # only the legislature of the dateline's state: a report from Paris that names the UN
    # General Assembly in passing does not make it the body of a motion it gives no body for.
    st = cx.dateline_state
    top = most_named(cx.mentions, lambda m: m.entity.type in VOTING_BODIES and _legislature(m.entity)
                     and (st is None or m.entity.state == st.id), 1)
    return top or []


def tally_read(sent: Span) -> tuple[dict[str, int], int]:
    """The vote counts a sentence gives, as gkg:votesFor, gkg:votesAgainst and
    gkg:abstentions (whole numbers; words such as "nine" read by
    :func:`kg.extract.quantities.count_of`): "adopted by 11 votes to 2", "voted 78-0",
    "four votes in favour, nine against and two abstentions", "364 voted against the
    government and 194 voted for it, with 15 abstentions", "voted 13-1-1" (the third
    count the abstentions), "voted six to three", "by a recorded vote of 165 in favour
    to 7 against, with 12 abstentions" (:data:`_RECORDED`). Empty when none is given.
    A count is taken only after 'by', 'voted' or 'votes', so dates and amounts are not.
    Returns (the counts, the code point in ``sent.text`` where their words end; 0 for none)."""
    text = sent.text
    words = {t.lower_: t for t in sent}

    def num(s: str | None) -> int | None:
        if s is None:
            return None
        if s.replace(",", "").isdigit():
            return int(s.replace(",", ""))
        return count_of(words[s.lower()]) if s.lower() in words else None

    out: dict[str, int] = {}
    m = _RECORDED.search(text)
    if m and num(m.group(1)) is not None and num(m.group(2)) is not None:
        out = {"votesFor": num(m.group(1)), "votesAgainst": num(m.group(2))}
        third = 0 if (m.group(3) or "").lower() == "no" else num(m.group(3))  # "with no abstentions"
        if third is not None:
            out["abstentions"] = third
        return out, m.end()
    m = _TALLY_WORDS.search(text)
    if m and num(m.group(1)) is not None:
        for key, g in zip(("votesFor", "votesAgainst", "abstentions"), m.groups()):
            if num(g) is not None:
                out[key] = num(g)
        return out, m.end()
    sides: dict[str, int] = {}
    last = 0
    for m in _VOTED_SIDE.finditer(text):
        if num(m.group(1)) is not None:
            sides.setdefault(_SIDE_KEYS[m.group(2).split()[0].lower()], num(m.group(1)))
            last = m.end()
    if sides.get("votesFor") is not None and sides.get("votesAgainst") is not None:
        # "364 voted against the government and 194 voted for it, with 15 abstentions"
        out = {k: sides[k] for k in ("votesFor", "votesAgainst")}
        n = _ABSTENTIONS.search(text)
        if n and num(n.group(1) or n.group(2)) is not None:
            out["abstentions"] = num(n.group(1) or n.group(2))
            last = max(last, n.end())
        return out, last
    for m in _TALLY.finditer(text):
        before = text[max(0, m.start() - 16):m.start()].lower()
        if not re.search(r"\b(by|voted?|votes)\s+(a\s+vote\s+of\s+)?$", before) and "vote" not in text[m.start():m.end()]:
            continue
        if re.match(r"\s*(%|per\s*cent|percent)", text[m.end():]):
            continue  # "cut by 40 to 50 percent": shares, not votes
        if num(m.group(1)) is None or num(m.group(2)) is None:
            continue
        out = {"votesFor": num(m.group(1)), "votesAgainst": num(m.group(2))}
        third = num(m.group(3)) if m.group(3) is not None else \
            0 if (m.group(4) or "").lower() == "no" else num(m.group(4))  # "with no abstentions"
        if third is not None:
            out["abstentions"] = third
        return out, m.end()
    return out, 0


def tally(sent: Span) -> dict[str, int]:
    """The vote counts ``sent`` gives (:func:`tally_read`)."""
    return tally_read(sent)[0]


def tally_last(sent: Span) -> int | None:
    """The index of the last token of the tally's words in ``sent`` ("by a recorded vote
    of 165 in favour to 7 against, with 12 abstentions": 'abstentions'), None for no
    tally: a quote of the vote holds the whole tally."""
    counts, end = tally_read(sent)
    if not counts or not end:
        return None
    inside = [t.i for t in sent if t.idx - sent.start_char < end]
    return max(inside) if inside else None


def _unanimous(verb: Token, voters: Token) -> dict[str, int]:
    """"The 190 lawmakers present voted unanimously": all of the members counted voted
    for, none against; empty when the voters are not counted or the vote is not unanimous."""
    n = [count_of(c) for c in voters.children if c.dep_ == "nummod"]
    if n and n[0] is not None and any(c.lower_ == "unanimously" for c in verb.children):
        return {"votesFor": n[0], "votesAgainst": 0}
    return {}


#: Verbs of a motion's fate told with the motion as subject ("the impeachment motion failed").
FAIL_VERBS = {"fail": "failed", "collapse": "failed", "pass": "adopted", "succeed": "adopted"}


def _motion_fate(tok: Token, cx: Context) -> list[Fact]:
    """"A first impeachment motion failed on December 7", "the resolution passed by 90
    votes to 12": a Vote of the body this sentence or the one before names (see
    :func:`_body_before`), its outcome the verb's, its tally the sentence's."""
    motions = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in MOTION_NOUNS - {"opinion", "text"}]
    if not motions or any(c.dep_ == "dobj" for c in tok.children):
        return []
    bodies = _body_before(tok.sent, cx)
    if not bodies:
        return []
    m = motions[0]
    kind = [t for t in m.subtree if t.i < m.i and t.dep_ not in ("det", "poss", "case")]
    f = Fact("Vote", {"votingBody": bodies}, {"outcome": FAIL_VERBS[tok.lemma_], **tally(tok.sent),
                                               "description": cx.doc[kind[0].i if kind else m.i: m.i + 1].text},
             tokens=[tok.i, m.i], split=False)
    add_sides(f, tok.sent, cx, tok.i)  # "..., with only X opposed and Y abstaining"
    return [f]


def _motion_text(tok: Token) -> bool:
    """Whether ``tok`` names a text put to a vote: a noun of :data:`MOTION_NOUNS` ("the
    resolution"), or the number of one that the parser makes the head with the noun as
    its compound ("Resolution 2781 was adopted ...": '2781' the subject, 'Resolution'
    its compound); a bare number ("2781 was adopted") or one of another noun ("Flight
    2781") names none."""
    if tok.lemma_.lower() in MOTION_NOUNS:
        return True
    return tok.like_num and any(c.dep_ == "compound" and c.lemma_.lower() in MOTION_NOUNS for c in tok.children)


def _told_before(verb: Token, text: Token, cx: Context) -> bool:
    """Whether the text ``verb`` carries or turns down is one named before, by a bare
    definite noun ("The resolution was adopted by a recorded vote of 165 to 7" after "the
    Assembly adopted a resolution ..."): 'the' or 'this' and the noun alone (not "the
    same text", "the draft resolution on X", "Resolution 2781"), no body of its own doing
    it and no date in its clause (a vote of another day is another vote). The engine then
    joins the Vote and the Resolution to those told before, or keeps them as facts of
    their own when none was (news English: a definite noun names what the reader knows)."""
    if text.lemma_.lower() not in MOTION_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in text.children):
        return False
    if any(c.dep_ != "det" for c in text.children):
        return False  # "the same text", "the resolution on Gaza", "the US-drafted resolution": named anew
    if _body([s_ for s_ in doers(verb) if s_.i != text.i], cx):
        return False  # "the Council adopted the resolution": the body's act told anew
    return not any(t.ent_type_ == "DATE" for t in verb.subtree)


def vote_outcome_rules(tok: Token, cx: Context) -> list[Fact]:
    """A vote told by what it carried or turned down, or by its members: "the Security
    Council rejected a draft resolution", "the opinion was adopted by 11 votes to 2"
    (the body the sentence before names), "the 190 lawmakers present voted unanimously
    to demand ...", "a first impeachment motion failed": a Vote (Wikidata Q189760
    "voting") of the body, its outcome, and its tally (:func:`tally`), with the members
    an absolute phrase puts on each side ("with only X opposed and Y abstaining",
    :func:`~kg.extract.facts.ballots.add_sides`). The body may be a definite noun ("the
    193-member assembly", :func:`~kg.extract.facts.ballots.named_body`). A resolution
    adopted is also a ``Resolution`` with ``adoptedBy`` the body (corpus/CLAIMS.md "A
    resolution of an assembly or council"), which the engine links to its vote. A body
    of no voting kind (a state, a ministry) or a text of no vote ("adopted a
    statement") drafts nothing. Returns [], [the Vote] or [the Vote, the Resolution]."""
    if tok.pos_ == "VERB" and tok.lemma_ in FAIL_VERBS:
        found = _motion_fate(tok, cx)
        if found or tok.lemma_ not in CARRY_VERBS:  # "the resolution was passed by ...": read as carried below
            return found
    if tok.pos_ != "VERB" or tok.lemma_ not in CARRY_VERBS:
        return []
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return []  # "if the board passed a resolution against it": a condition, no vote held
    outcome = CARRY_VERBS[tok.lemma_]
    counts = tally(tok.sent)
    if outcome is not None:
        texts = [o for o in objects(tok) if _motion_text(o)]
        if not texts:
            return []
        bodies = _body(doers(tok), cx)
        voters = [s_ for s_ in doers(tok) if s_.lemma_.lower() in VOTER_NOUNS and s_.i not in cx.at]
        if not bodies and voters:  # "the 15 judges of the court adopted the opinion unanimously"
            bodies = _body([o for v in voters for o in preps(v, {"of", "in"})], cx) or _body_before(tok.sent, cx)
            counts = counts or _unanimous(tok, voters[0])
        if not bodies and _reduced_passive(tok) and tok.head.dep_ == "pobj" and tok.head.head.head.pos_ == "VERB":
            # "the Assembly asked for the opinion in a resolution adopted by consensus": who acts by it voted it
            bodies = _body(doers(tok.head.head.head), cx)
        if not bodies and counts and any(c.dep_ == "nsubjpass" for c in texts):
            bodies = _body_before(tok.sent, cx)  # "The opinion was adopted by 11 votes to 2."
        if not bodies:
            # "The 193-member assembly adopted the resolution": the one assembly the article (or registry) names
            bodies = _uniq([e for s_ in doers(tok) for e in named_body(s_, cx)])
        if not bodies and counts:
            # "parliament rejected a motion ... by 142 votes to 88": the one legislature the article names
            bodies = _generic_chamber(doers(tok), cx)
        if outcome == "rejected" and counts.get("votesFor", 0) > counts.get("votesAgainst", 0) \
                and _TALLY.search(tok.sent.text[tok.idx - tok.sent.start_char:]):
            # "rejected the motion by 142 votes to 88": the larger count, told first, is the majority that rejected it
            counts["votesFor"], counts["votesAgainst"] = counts["votesAgainst"], counts["votesFor"]
        words = texts[0]
    else:  # "the 190 lawmakers present voted": members, not the body, are the subject
        voters = [s_ for s_ in subjects(tok) if s_.lemma_.lower() in VOTER_NOUNS and s_.i not in cx.at]
        if not voters:
            return []
        bodies = _body([o for v in voters for o in preps(v, {"of", "in"})], cx) or _body_before(tok.sent, cx)
        words = voters[0]
        counts = counts or _unanimous(tok, voters[0])
    if not bodies:
        return []
    again = outcome is not None and _told_before(tok, words, cx)
    f = Fact("Vote", {"votingBody": bodies}, {**counts}, tokens=[tok.i, words.i], split=False,
             refers=("fact", ("Vote",)) if again else None, refers_or_own=again)
    last = tally_last(tok.sent) if counts else None
    if last is not None and last > tok.i:  # "..., circulated as document X, by a recorded vote of 165 in favour to 7 against"
        f.tokens.append(last)
    add_sides(f, tok.sent, cx, tok.i)  # "..., with only X and Y opposed and Z abstaining"
    found = [f]
    if outcome is not None:
        how = [c.lower_ for c in tok.children if c.lower_ == "unanimously"] + \
            [f"by {o.lower_}" for o in preps(tok, {"by"}) if o.lemma_ == "consensus"]
        f.attrs["outcome"] = " ".join([outcome, *how])
        kind = [t for t in words.subtree if t.i < words.i and t.dep_ not in ("det", "poss", "case")]
        f.attrs["description"] = cx.doc[kind[0].i if kind else words.i: words.i + 1].text
        if outcome == "adopted" and words.lemma_.lower() == "resolution" and tok.dep_ != "acl" and len(bodies) == 1:
            # "the assembly adopted the resolution": the Resolution the vote adopted, a fact of its own
            # (corpus/CLAIMS.md: adoptedBy the body; the engine links the two by votedOn and causedBy)
            found.append(Fact("Resolution", {"adoptedBy": bodies}, tokens=[tok.i, words.i], split=False,
                              refers=("fact", ("Resolution",)) if again else None, refers_or_own=again))
    else:
        what = [c for c in tok.children if c.dep_ == "xcomp"]
        if what and len(list(what[0].subtree)) <= 12:
            f.attrs["description"] = _text(cx.doc, list(what[0].subtree))
        # "voted 98 to 12 to remove President X from office": whom the motion is against
        target = [e for x in what if x.lemma_ in MOTION_VERBS for o in objects(x) for e in cx.entities(o)
                  if e.type == "Person"]
        if target:
            f.roles["target"] = _uniq(target)
    return found
