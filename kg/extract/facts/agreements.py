"""Rules of agreements and measures between states: agreements reached, signed or
concluded and withdrawals from them, cooperation; sanctions imposed, lifted or extended,
bans, tariffs and their rates, and the measures of a sanctions package."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Token

from kg.extract.facts.coordinated import undertaking_words, undertakings
from kg.extract.facts.contracts import contract_term
from kg.extract.facts.dissolutions import court_ban
from kg.extract.facts.volumes import companies_told_before
from kg.extract.facts.refusals import group_refused
from kg.extract.facts.common import (
    AGREEMENT_NOUNS, EXCHANGE_VERBS, MEET_NOUNS, NOT_ACTORS, RELATIVE, SANCTION_NOUNS, TROOP_NOUNS, Context, Fact,
    _antecedents, _bodies_for_states, _both_of_pair, _candidacy_bar, _directed, _entering, _exit_ban, _modifiers,
    _named_in, _prep_words, _place_of, PLACES, from_clauses, joined_in,
    _executive, _reduced_passive, _states, _takers, _text, _uniq, _unnamed_people, _worth_with, doers,
    governed, nominal_arguments, objects, preps, subjects,
)
from kg.extract.facts.offices import _named_noun
from kg.extract.facts.common import SAY_VERBS
from kg.extract.lexicon import STATEMENT_VERBS
from kg.extract.facts.shipping import _vessel_before
from kg.extract.mentions import VESSEL_NOUNS, Known, plural_subject_before, PRONOUN_WINDOW
from kg.extract import dates
from kg.extract.quantities import money_near, ordinal_of


#: What leaders sign besides agreements ("signed documents on deepening cooperation").
SIGNED_PAPERS = {"document", "communique", "communiqué", "roadmap", "framework",
                 # a concession a state company grants by contract ("signed a production concession for the
                 # block with Urja Bharat"), a deal's terms sheet
                 "concession", "term-sheet"}
#: Words that make a signed package a deal of money between two parties ("signed a financing
#: package of $550 million with Carlyle"), not a package of measures.
MONEY_PACKAGE_WORDS = {"financing", "finance", "loan", "credit", "investment", "funding"}


def _leaders_of(tok: Token, cx: Context) -> list[Known]:
    """The states of "the leaders of France and Germany", "the heads of state of X and Y";
    the organisation whose leaders or ministers meet as its council: "EU leaders",
    "European Union foreign ministers", "G7 finance ministers" (a plural noun with the
    organisation's name before it; a demonym, "Russian officials", names no actor)."""
    if tok.lemma_ not in ("leader", "head", "president", "minister", "representative", "delegation", "official"):
        return []
    named = [e for o in preps(tok, {"of"}) for e in cx.entities(o) if e.type in ("State", "InternationalOrganisation")]
    if not named and tok.tag_ == "NNS" and tok.lemma_ in ("leader", "minister", "head"):
        named = [cx.at[c.i].entity for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i in cx.at
                 and cx.at[c.i].form != "demonym" and cx.at[c.i].entity.type == "InternationalOrganisation"]
    return named


#: Nouns of an official who acts for a state ("Chile's foreign minister", "his Peruvian
#: counterpart", "the president of Peru").
OFFICIAL_NOUNS = {"minister", "president", "leader", "head", "official", "envoy", "ambassador", "counterpart",
                  "representative", "negotiator", "delegation", "premier", "chancellor", "secretary", "king",
                  "emir", "prince", "diplomat", "delegate"}


def official_state(tok: Token, cx: Context) -> list[Known]:
    """The state an official unnamed in ``tok`` acts for, named by a possessive or a
    demonym on the noun, or its 'of' ("Chile's foreign minister", "his Peruvian
    counterpart", "the president of Peru"): one state, or none. An official signs for
    the state (PROV-O delegation, as a named signatory does)."""
    if tok.lemma_.lower() not in OFFICIAL_NOUNS or tok.i in cx.at:
        return []
    # (demonyms joined by 'and', "Peruvian and Chilean officials", name officials of each state: no one state)
    found = _uniq([cx.at[x.i].entity for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                   for x in [c, *c.conjuncts] if x.i in cx.at and cx.at[x.i].entity.type == "State"])
    found = found or [e for o in preps(tok, {"of"}) for e in cx.entities(o, conj=False) if e.type == "State"]
    return found if len(found) == 1 else []


def officials_states(tok: Token, cx: Context) -> list[Known]:
    """The states a plural noun of officials names by two or more demonyms joined by
    'and' ("American and Rwandan officials", "Peruvian and Chilean negotiators"): each
    state once, or [] for one demonym or none (:func:`official_state` reads one). Unnamed
    officials of two states sign for both (PROV-O delegation, as for one state)."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in OFFICIAL_NOUNS | {"negotiator", "representative", "delegate"}:
        return []
    first = [c for c in tok.children if c.dep_ == "amod" and c.i in cx.at]
    adjs = [x for c in first for x in [c, *c.conjuncts]]
    states = _uniq([cx.at[x.i].entity for x in adjs if x.i in cx.at and cx.at[x.i].entity.type == "State"])
    return states if len(states) >= 2 and len(states) == len(adjs) else []


def _exchange_side(verb: Token) -> list[Token]:
    """The other side of an exchange when the parser hangs its 'from' or 'to' on a noun of
    the clause ("agreed to buy 1.2 million tonnes a year for 14 years from ADNOC Gas": 'from'
    on 'years'): the objects of those prepositions inside the verb's phrases, with no other
    verb between them and ``verb``."""
    out = []
    for t in verb.subtree:
        if t.dep_ != "prep" or t.lower_ not in ("from", "to") or t.head.i == verb.i:
            continue
        path = [a for a in t.ancestors if a.i != verb.i and verb.is_ancestor(a)]
        if all(a.pos_ in ("NOUN", "PROPN", "NUM", "ADP") for a in path):
            out += [o for o in t.children if o.dep_ == "pobj"]
    return out


#: Plural nouns a clause uses for the two sides an article is about, with 'the' and no
#: name of their own: "the parties agreed", "the presidents further agreed", "the two Prime
#: Ministers adopted", "both sides".
SIDE_NOUNS = {"party", "side", "president", "leader", "minister", "head", "delegation", "government", "country"}


def article_pair(tok: Token, cx: Context) -> list[Known]:
    """The two states the article is about when ``tok`` stands for them without naming
    them: "the parties", "the presidents", "the two Prime Ministers", "both sides" (a plural
    noun of :data:`SIDE_NOUNS` with 'the', 'two' or 'both', and no possessor, 'of' phrase,
    name or other number on it). [] otherwise, or when the article has no two states."""
    # "the two Prime Ministers": a title's plural the parser may tag a singular proper noun, its lemma the word
    noun = tok.lower_[:-1] if tok.tag_ == "NNP" and tok.lower_.endswith("s") else tok.lemma_.lower()
    if tok.tag_ not in ("NNS", "NNPS", "NNP") or noun not in SIDE_NOUNS or tok.i in cx.at or not cx.pair:
        return []
    marks = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "amod")}
    if not marks & {"the", "two", "both"} or marks & {"other", "three", "four", "several", "many", "some", "all"}:
        return []
    if any(c.dep_ in ("poss", "prep", "appos") or c.i in cx.at or c.dep_ in ("compound", "amod")
           and c.lower_ not in ("prime", "two", "both") for c in tok.children):
        # "the parties to the conflict", "the presidents of X and Y", "the Peruvian delegation",
        # "the opposition parties": some other sides than the article's two states
        return []
    if _sides_named_otherwise(tok, noun, cx):
        return []
    return list(cx.pair)


def _sides_named_otherwise(tok: Token, noun: str, cx: Context) -> bool:
    """Whether "the parties" (``tok``, its noun ``noun``) cannot stand for the article's
    two states: the same noun is counted or qualified earlier in its sentence or the one
    before ("with the leaders of eight political parties ..., Prabowo said the parties had
    agreed": those parties), or the text from the sentence before up to the end of its
    own names neither state of the pair (a participant must be named in the quote or the
    words just before it)."""
    doc = cx.doc
    sent = tok.sent
    since = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in doc[since: tok.i]:
        if t.lemma_.lower() == noun and t.tag_ in ("NNS", "NNPS") and \
                any(c.dep_ in ("nummod", "amod") or c.dep_ == "compound" and c.i not in cx.at for c in t.children):
            return True
    named = {m.entity.id for m in cx.mentions if since <= m.start < sent.end}
    return not named & {k.id for k in cx.pair}


#: Words after "agree on" that measure how far two sides think alike, no text they settle
#: ("agree on little", "agree on much", "agree on nothing"): a state of opinion.
AGREED_AMOUNTS = {"little", "nothing", "much", "everything", "anything", "something", "few", "most"}


def agree_rules(tok: Token, cx: Context) -> list[Fact]:
    """"France and Germany agreed to build a tank", "the leaders of X and Y agreed on a
    plan", "X agreed with Y to ...": an Agreement of at least two parties (states or
    bodies; a person stands for the state they serve), without a status (the words do
    not say a text was signed)."""
    if tok.pos_ != "VERB" or tok.lemma_ != "agree":
        return []
    if any(c.dep_ == "xcomp" and c.lemma_ in ("disagree", "differ") for c in tok.children):
        return []  # "agreed to disagree"
    accords = [o for o in preps(tok, {"to"}) if o.lemma_ in ACCORD_NOUNS]  # "agreed to a ceasefire"
    accords += [o for o in tok.children if o.dep_ == "dobj" and o.lemma_ in ACCORD_NOUNS]  # "agreed a ceasefire"
    if not ([c for c in tok.children if c.dep_ == "xcomp"] or accords or
            [o for o in preps(tok, {"on", "upon"}) if o.ent_type_ not in ("DATE", "TIME") and o.lower_ not in AGREED_AMOUNTS]):
        return []  # "agreed that ...": an opinion, not an agreement
    subj = subjects(tok)
    if not subj and tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "X and Y parted without agreeing a ceasefire"
        subj = subjects(tok.head.head)
    parties = [e for s_ in subj for e in cx.entities(s_)] + [e for s_ in subj for x in [s_, *s_.conjuncts]
                                                             for e in _leaders_of(x, cx)]
    parties += [e for s_ in subj for x in _headline_pair(s_, tok, cx) for e in cx.entities(x, conj=False)]
    if not any(c.dep_ == "xcomp" and c.lemma_ in COOPERATE_VERBS for c in tok.children):
        # "the parties agreed to resume flights" (not "agreed to strengthen cooperation": cooperation_rules')
        parties += [e for s_ in subj for e in article_pair(s_, cx)]
    told = [companies_told_before(s_, cx) for s_ in subj]  # "the two companies also agreed to"
    parties += [e for found, _ in told for e in found]
    parties += [e for o in preps(tok, {"with"}) + [w for a in accords for w in preps(a, {"with"})] for e in cx.entities(o)]
    # "QatarEnergy agreed to sell Sinopec 4 million tonnes": the other side of an exchange agreed
    parties += [e for x in tok.children if x.dep_ == "xcomp" and x.lemma_ in EXCHANGE_VERBS
                for o in x.children if o.dep_ in ("dative", "dobj") and o.pos_ == "PROPN" for e in cx.entities(o)]
    parties += [e for x in tok.children if x.dep_ == "xcomp" and x.lemma_ in EXCHANGE_VERBS
                for o in preps(x, {"to", "from"}) + _exchange_side(x) if o.pos_ == "PROPN" for e in cx.entities(o)]
    parties += _sender_of_people(tok, cx)
    kinds = AGREEMENT_PARTIES + (("Group",) if _truce([*accords, *preps(tok, {"on", "upon"}),
                                                        *(c for c in tok.children if c.dep_ == "xcomp")]) else ())
    parties = _uniq([e for e in _states(parties, cx) if e.type in kinds])
    if len(parties) < 2:
        return []
    again = [x for x in tok.children if x.dep_ == "xcomp" and _meeting_agreed(x)]
    if again:  # "hold first talks, agree to meet again": a meeting still to come, not an agreement
        f = Fact("Meeting", {"participant": parties}, tokens=[tok.i, again[0].i], planned=True)
        # its own date ("to meet again on April 19", "next week"), never the agreeing's
        date, toks = cx.date_of(again[0])
        if not date and cx.has_parser:
            date, toks = dates.relative_period(again[0], cx)
        if date:
            f.attrs["date"] = date
            f.tokens += toks
        else:
            f.undated = True
        return [f]
    f = Fact("Agreement", {"party": parties}, tokens=[tok.i])
    f.from_context.update({"party": words for found, words in told if found})
    on = [o for o in preps(tok, {"on", "upon"}) if o.ent_type_ not in ("DATE", "TIME")]  # not "on Thursday"
    if on:  # without its date ("on a ceasefire on Monday")
        f.attrs["subject"] = _text(cx.doc, [t for t in on[0].subtree if not any(
            a.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in a.children)
            for a in [t, *t.ancestors] if a.i > on[0].i)])
    elif accords:  # "a ceasefire on Monday": the thing agreed to, without its date or its other party
        words = [t for t in accords[0].subtree if not any(a.dep_ == "prep" and a.lower_ in ("on", "with", "in")
                                                          for a in [t, *t.ancestors] if a.i > accords[0].i)]
        f.attrs["subject"] = _text(cx.doc, words)
        f.take_date(cx.date_of(accords[0]))
    else:  # "agreed to resume regular flights between X and Y from March 14": what they will do, without when
        done = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        parts = undertakings(done[0]) if done else []
        if len(parts) > 1:  # "agreed to resume X and to curb Y": one agreement per thing agreed
            found = []
            for n, part in enumerate(parts, 1):
                g = dataclasses.replace(f, roles=dict(f.roles), attrs=dict(f.attrs), tokens=[tok.i, part.i],
                                        from_context=dict(f.from_context), part=n)
                words = _undated(undertaking_words(part, parts), part)
                if 0 < len(words) <= 20:
                    g.attrs["subject"] = _text(cx.doc, words)
                found.append(g)
            return found
        words = _undated(list(done[0].subtree), done[0]) if done else []
        if 0 < len(words) <= 20:
            f.attrs["subject"] = _text(cx.doc, words)
    return [f]


def _undated(words: list[Token], verb: Token) -> list[Token]:
    """The words of a thing agreed to, headed by ``verb``, from the verb on, without a
    phrase of date or time ("from March 14") and without the punctuation that ends them."""
    words = [t for t in words if t.i >= verb.i and not any(
        a.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in a.children)
        for a in [t, *t.ancestors] if a.i > verb.i)]
    while words and words[-1].is_punct:
        words.pop()
    return words


#: Verbs of taking people in ("agreed to accept up to 250 migrants") and of sending them away
#: ("deported from the United States"): the state they are sent from is the other side of the
#: deal (corpus/CLAIMS.md, third-country resettlement).
TAKE_IN_VERBS = {"accept", "take", "receive", "admit", "host", "resettle", "welcome"}
SENT_FROM_VERBS = {"deport", "expel", "remove", "send", "return", "transfer", "relocate", "fly"}


def _sender_of_people(agree: Token, cx: Context) -> list[Known]:
    """The state people are sent from that the agreeing side will take in: "Rwanda has
    agreed to accept up to 250 migrants deported from the United States" (the United
    States: the other party of the deal). Only a verb of :data:`TAKE_IN_VERBS` agreed to,
    whose object is told with a participle of :data:`SENT_FROM_VERBS` and 'from' a state,
    or is people a state holds (:data:`HELD_PEOPLE`, asylum seekers) taken 'from' a state;
    nothing for a place of origin with no sending ("migrants from Syria")."""
    sent = [e for x in agree.children if x.dep_ == "xcomp" and x.lemma_ in TAKE_IN_VERBS
            for o in x.children if o.dep_ == "dobj"
            for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_ in SENT_FROM_VERBS
            for p in preps(a, {"from"}) for e in cx.entities(p) if e.type == "State"]
    # "agreed to take asylum seekers from Britain": people a state holds, handed over 'from' it
    held = [e for x in agree.children if x.dep_ == "xcomp" and x.lemma_ in TAKE_IN_VERBS
            for o in x.children if o.dep_ == "dobj" and _held_people(o)
            for p in preps(x, {"from"}) + preps(o, {"from"}) for e in cx.entities(p) if e.type == "State"]
    return sent + held


#: People a state holds and may hand to another ("asylum seekers", "deportees"): taken 'from' a
#: state, that state sends them. Refugees and migrants 'from' a state may be fleeing it: none.
HELD_PEOPLE = {"deportee", "detainee", "prisoner", "inmate"}


def _held_people(noun: Token) -> bool:
    return noun.lemma_.lower() in HELD_PEOPLE or (noun.lemma_.lower() == "seeker" and any(
        c.lower_ == "asylum" for c in noun.children))


#: Verbs of meeting that, agreed to, are a meeting planned, no agreement ("agreed to meet again");
#: "resume" or "hold" only with talks or a meeting as object (:func:`_meeting_agreed`).
MEET_AGAIN_VERBS = {"meet", "reconvene", "talk", "gather"}


def _meeting_agreed(verb: Token) -> bool:
    """Whether ``verb``, agreed to, is a meeting: "to meet again", "to reconvene", "to
    resume talks", "to hold another round of talks"."""
    if verb.lemma_ in MEET_AGAIN_VERBS:
        return True
    if verb.lemma_ not in ("resume", "hold", "have", "continue"):
        return False
    objs = objects(verb)
    return any(o.lemma_ in MEET_NOUNS or o.lemma_ == "round" and any(p.lemma_ in MEET_NOUNS for p in preps(o, {"of"}))
               for o in objs)


#: Verbs of making an agreement with its document as object ("signed a treaty", "initialled
#: the text", "struck a deal"); 'initial' gives the status initialled (corpus/CLAIMS.md).
SIGN_VERBS = {"sign", "conclude", "ink", "ratify", "seal", "strike", "reach", "establish", "initial"}
#: Verbs that conclude an agreement without saying a text was signed ("Chile and Peru
#: announced a deal", "clinched an accord with"): the status 'agreed' (corpus/CLAIMS.md:
#: an agreement concluded). Not 'broker', whose subject mediates.
CONCLUDE_VERBS = {"announce", "unveil", "clinch", "finalise", "finalize", "secure", "forge", "hammer"}
SIGN_VERBS |= CONCLUDE_VERBS
#: Verbs whose agreement is concluded, no text said to be signed: those of :data:`CONCLUDE_VERBS`
#: and "reached a deal", "struck a deal", "concluded an agreement" (corpus/CLAIMS.md: "struck a
#: deal" is ``status: agreed``).
AGREED_VERBS = CONCLUDE_VERBS | {"reach", "strike", "conclude"}
#: Words of an accord that armed groups enter as well as states ("Israel and Hamas agreed to
#: a ceasefire", "a truce between the army and the rebels", "agreed to exchange prisoners"):
#: with one of them, a Group of the registry may be a party.
TRUCE_WORDS = {"ceasefire", "truce", "armistice", "peace", "hostage", "hostages", "prisoner", "prisoners", "exchange",
               "swap", "cease", "halt", "stop", "release", "free"}


def _truce(words: list[Token]) -> bool:
    """Whether the words of an agreement (its nouns, what is agreed on or to) name a
    ceasefire, a truce, a peace or an exchange of prisoners or hostages (:data:`TRUCE_WORDS`),
    themselves or by the words on them ("a peace deal", "a deal to free the hostages")."""
    return any(t.lemma_.lower() in TRUCE_WORDS or t.lower_ in TRUCE_WORDS for w in words for t in w.subtree)
#: Nouns of an agreement: the ontology's gkg:Agreement label and altLabels ("deal", "accord",
#: "pact", "treaty", "ceasefire", "truce", "memorandum of understanding").
AGREEMENT_WORDS = AGREEMENT_NOUNS | {"ceasefire", "truce", "armistice"}


#: Abbreviations of a memorandum of understanding or of agreement ("signed an MoU with
#: Peru", "inked two MOUs"), as written, lower case.
ACCORD_ABBREVIATIONS = {"mou", "mous", "moa", "moas", "mou's"}

#: What parties agree to as a thing, not an act: "agreed to a ceasefire", "to a truce".
ACCORD_NOUNS = {"ceasefire", "truce", "armistice", "deal", "agreement", "plan", "framework", "roadmap", "pause",
                "exchange", "swap", "settlement", "compromise", "deadline", "timetable", "term", "terms"}


#: Verbs that sign when their object is an agreement ("the two sides exchanged memorandums
#: of understanding": the signed copies handed over at a ceremony), and nothing otherwise
#: ("exchanged fire", "exchanged views").
EXCHANGE_PAPER_VERBS = {"exchange"}
#: Verbs by which a contract goes to a supplier ("Hyundai Rotem won a contract from Poland",
#: "was awarded a contract by the navy"): an agreement of the two, concluded.
AWARD_VERBS = {"win", "award", "land", "grant"}
#: What such a verb gives: a contract or an order.
AWARDED_PAPERS = {"contract", "order", "tender", "deal"}


def contract_award_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Hyundai Rotem won a $6 billion contract from Poland", "Poland awarded Hyundai Rotem
    a contract", "Rosneft was awarded a contract by Peru": an Agreement (a contract,
    status agreed) of the supplier and the one 'from' or 'by' names, or the awarding
    subject and the one awarded; two parties at least, none guessed."""
    if tok.pos_ != "VERB" or tok.lemma_ not in AWARD_VERBS:
        return []
    papers = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_ in AWARDED_PAPERS]
    if not papers:
        return []
    if tok.lemma_ in ("award", "grant"):
        giver = [e for s in doers(tok) if s.dep_ == "nsubj" for e in cx.entities(s)]
        giver += [e for o in preps(tok, {"by"}) for s in [o] for e in cx.entities(s)]
        giver += [e for a in tok.children if a.dep_ == "agent" for o in a.children for e in cx.entities(o)]
        taker = [e for c in tok.children if c.dep_ in ("dative", "nsubjpass") and c.lemma_ not in AWARDED_PAPERS
                 for e in cx.entities(c)]
        taker += [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
    else:
        taker = [e for s in doers(tok) for e in cx.entities(s)]
        giver = [e for o in preps(tok, {"from"}) + [x for p in papers for x in preps(p, {"from", "with"})]
                 for e in cx.entities(o)]
    parties = _uniq([e for e in giver + taker if e.type in AGREEMENT_PARTIES])
    if len(parties) < 2 or not giver or not taker:
        return []
    f = Fact("Agreement", {"party": parties}, {"status": "agreed", "description": papers[0].lemma_},
             tokens=[tok.i, papers[0].i])
    money = money_near(papers[0])
    if money:
        f.attrs["value"] = money[0]
        f.tokens += money[1]
    return [f]


def agreement_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "X and Y signed a treaty", "X signed a deal with Y": an Agreement of its
    parties (persons signing for their state or company as signatories), status signed
    or ratified."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SIGN_VERBS | EXCHANGE_PAPER_VERBS:
        return []
    papers = [o for o in objects(tok) if o.lower_ not in RELATIVE]
    papers += _named_by_speaker(tok)  # "signed what Peru called a historic deal"
    misread = _deal_read_as_verb(tok)  # "signed a minerals deal with Peru"
    papers += misread
    if not papers and tok.dep_ == "relcl":  # "the treaty which the two countries signed": the noun it hangs on
        papers = [tok.head] + ([tok.head.head.head] if tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" else [])
    papers += [c for o in papers for c in o.conjuncts if c.i > o.i]  # "signed a treaty and a protocol"
    docs = [o for o in papers if o.lemma_ in AGREEMENT_WORDS or o.lower_ in ACCORD_ABBREVIATIONS
            or (tok.lemma_ == "sign" and _signed_paper(o))
            or (tok.lemma_ in UNDERSTANDING_VERBS and _an_understanding(o))]
    if not docs and tok.dep_ == "acl":
        return _contact_clause(tok, cx)
    if not docs:
        return []
    if len(docs) > 1 and all(d.dep_ in ("dobj", "conj") for d in docs):
        # documents joined as objects of one signing: one agreement each, of the same parties
        found = []
        for n, d in enumerate(docs, 1):
            # its own words, to tell the documents apart: "memorandums of understanding"
            keep = [t for c in d.children if c.i < d.i and c.dep_ in ("amod", "compound", "nmod") for t in c.subtree]
            keep += [t for c in d.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == d.i + 1 for t in c.subtree]
            words = _text(cx.doc, sorted([*keep, d], key=lambda t: t.i))
            for f in agreement_rules_for(tok, [d], cx):
                f.part = n
                f.tokens.append(d.i)
                f.attrs.setdefault("description", words)
                found.append(f)
        return found
    found = agreement_rules_for(tok, docs, cx)
    for f in found:
        for d in misread:  # "signed a minerals deal on Monday": the date hangs on the misread 'deal'
            if "date" not in f.attrs:
                f.take_date(cx.date_of(d))
    return found


def _deal_read_as_verb(verb: Token) -> list[Token]:
    """The noun 'deal' of "signed a minerals deal with Peru", "struck the arms deal": after
    a plural noun the parser may read 'deal' as a verb whose subject is that noun, the
    clause the object of ``verb`` (a verb of signing). It is the document when the 'deal'
    hangs on ``verb`` as its clausal complement with no 'that', auxiliary or subject of
    its own besides the plural noun right before it, and that noun has a determiner or
    possessive ("a minerals", "their minerals"): words a noun phrase opens with, never a
    clause's subject after a verb of signing. Empty otherwise."""
    out = []
    for c in verb.children:
        if c.dep_ != "ccomp" or c.lemma_ != "deal" or c.pos_ != "VERB":
            continue
        subj = [s_ for s_ in c.children if s_.dep_ == "nsubj"]
        if any(x.dep_ in ("mark", "aux", "auxpass", "neg") for x in c.children) or len(subj) != 1:
            continue
        if subj[0].i == c.i - 1 and subj[0].tag_ == "NNS" and any(x.dep_ in ("det", "poss") for x in subj[0].children):
            out.append(c)
    return out


#: Verbs whose object may be an accord by a word that names no text ("the sides reached
#: an understanding", "France reached a compromise with the United States"): status agreed
#: (corpus/CLAIMS.md: an agreement concluded).
UNDERSTANDING_VERBS = {"reach"}
UNDERSTANDING_NOUNS = {"understanding", "compromise"}


def _an_understanding(noun: Token) -> bool:
    """"an understanding", "a preliminary understanding on the border": an accord; not
    "a better understanding of the risks" nor "mutual understanding" (knowledge shared,
    no accord): no 'of', no comparative, no 'mutual' or 'common'."""
    return noun.lemma_ in UNDERSTANDING_NOUNS and not any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.tag_ in ("JJR", "RBR") or c.lower_ in ("mutual", "common", "better",
                                                                                         "deeper", "greater")
        for c in noun.children)


#: Verbs of naming whose object is a free relative "what": "signed what Peru called a
#: historic deal", "what Chile termed an accord".
NAMING_VERBS = {"call", "term", "describe", "dub", "label", "brand", "hail"}


def _named_by_speaker(verb: Token) -> list[Token]:
    """The noun a free relative "what X called a Y" gives as the object of ``verb``
    ("signed what Peru called a historic deal": "deal"); empty when the object is no such
    clause. The noun is the naming verb's object predicate or the pobj of its 'as'."""
    out = []
    for c in verb.children:
        if c.dep_ not in ("ccomp", "dobj", "xcomp") or c.lemma_ not in NAMING_VERBS:
            continue
        if not any(w.lower_ == "what" and w.dep_ in ("dobj", "nsubjpass") for w in c.children):
            continue
        out += [o for o in c.children if o.dep_ in ("oprd", "attr") and o.pos_ == "NOUN"]
        out += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return out


#: Verbs that take an accord by a preposition ("entered into an agreement with Peru",
#: "came to an agreement", "arrived at a deal"): verb lemma -> its preposition.
ENTER_ACCORD_VERBS = {"enter": "into", "come": "to", "arrive": "at"}


def entered_accord_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Peru entered into an agreement with Chile", "Peru and Chile came to an
    agreement on quotas", "arrived at a deal": the noun of an accord (``tok``, the rule's
    trigger) that a verb of :data:`ENTER_ACCORD_VERBS` takes by its preposition is an
    Agreement of the verb's subjects and those 'with' names, status agreed (no text
    said to be signed); at least two parties, as :func:`agreement_rules_for` asks."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in AGREEMENT_WORDS or tok.dep_ != "pobj":
        return []
    prep, verb = tok.head, tok.head.head
    if verb.pos_ != "VERB" or ENTER_ACCORD_VERBS.get(verb.lemma_) != prep.lower_:
        return []
    found = agreement_rules_for(verb, [tok], cx)
    for f in found:
        f.attrs["status"] = "agreed"
        f.tokens.append(tok.i)
    return found


def _contact_clause(tok: Token, cx: Context) -> list[Fact]:
    """"a declaration of principles the two sides signed on April 25": a relative clause
    without 'which' or 'that', which the parser reads as the signing of its subject
    (``acl`` of "sides"); the document is the agreement noun the subject's phrase follows
    (within three words), the signers that subject. "The deal Peru signed with Chile", which
    the parser reads as the document's apposition and a clause on it, is the signer's
    and the other's named by 'with'."""
    subj = tok.head
    if tok.dep_ == "acl" and subj.lemma_ in AGREEMENT_WORDS and subj.i < tok.i:
        # "the deal Peru signed with Chile": the parser hangs the signer on the document as its apposition
        signers = [a for a in subj.children if a.dep_ == "appos" and a.pos_ == "PROPN" and subj.i < a.i < tok.i]
        withs = [e for o in preps(tok, {"with"}) for x in [o, *o.conjuncts] for e in cx.entities(x, conj=False)]
        if signers and withs:
            return _signed(tok, [subj], cx, _uniq([e for a in signers for e in cx.entities(a)] + withs))
    if tok.dep_ != "acl" or subj.i > tok.i or subj.i not in cx.at or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    start = subj.left_edge.i
    doc = next((t for t in reversed(cx.doc[max(tok.sent.start, start - 4): start])
                if t.pos_ == "NOUN" and (t.lemma_ in AGREEMENT_NOUNS or (tok.lemma_ == "sign" and _signed_paper(t)))), None)
    if doc is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in cx.doc[doc.i + 1: start]):
        return []
    return _signed(tok, [doc], cx, _uniq(cx.entities(subj)))


def _signed_paper(noun: Token) -> bool:
    """A paper that, signed, is an agreement: a communique, a roadmap, a framework, a
    joint statement or declaration (:data:`SIGNED_PAPERS`), a letter of intent."""
    if noun.lemma_ == "package" and any(c.lower_ in MONEY_PACKAGE_WORDS for c in noun.children
                                        if c.dep_ in ("compound", "amod", "nmod")):
        return True  # "signed a financing package with Carlyle": a deal of money
    return noun.lemma_ in SIGNED_PAPERS or noun.lemma_ == "statement" and any(
        c.lower_ == "joint" for c in noun.children) or noun.lemma_ == "letter" and any(
        o.lower_ == "intent" for o in preps(noun, {"of"}))  # "signed a letter of intent"


def agreement_rules_for(tok: Token, docs: list[Token], cx: Context) -> list[Fact]:
    """The Agreement of the documents ``docs`` that ``tok`` (a verb of signing) signs:
    see :func:`agreement_rules`. A currency swap agreement signed with another side ("signed
    a currency swap agreement with the People's Bank of China") is a Loan
    (:func:`~kg.extract.facts.economy.loan_rules`, CLAIMS.md), no Agreement."""
    from kg.extract.facts.economy import credit_line

    if any(credit_line(d) is not None and preps(d, {"with"}) for d in docs):
        return []
    subj = [s for s in _uniq_tokens(subjects(tok) + joined_in(tok)) if s.i not in {d.i for d in docs}]
    actors = [e for s in subj for x in [s, *s.conjuncts, *_headline_pair(s, tok, cx)]
              for e in cx.entities(x, conj=False) + _leaders_of(x, cx) or official_state(x, cx)
              or officials_states(x, cx)]
    actors += [e for s in subj for e in _persons_listed(s, cx)]
    if not actors and cx.pair and any(_both_of_pair(s) for s in subj):
        actors = list(cx.pair)  # "a declaration of principles the two sides signed": the article's two states
    others = [e for d in docs for o in preps(d, {"between", "with"}) + _worth_with(d) for x in [o, *o.conjuncts]
              for e in cx.entities(x, conj=False) or official_state(x, cx)]
    others += [e for o in preps(tok, {"with", "by", "between"}) for x in [o, *o.conjuncts]
               for e in cx.entities(x, conj=False) or official_state(x, cx)
               or officials_states(x, cx)]  # "a deal was reached between"; "signed by A and B officials"
    # "signed a treaty transferring sovereignty over the islands to Mauritius": the state the
    # document's own clause hands something to, or binds it with, is its other party
    # (the parser may hang the clause on the verb: "signed a treaty on Thursday transferring ...")
    clauses = [c for d in docs for c in d.children if c.dep_ in ("acl", "relcl")]
    clauses += [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    others += [e for c in clauses if c.lemma_ in HANDING_VERBS
               for o in preps(c, {"to", "with"}) for e in governed(cx.entities(o), cx) if e.type == "State"]
    others += _trade_clause_states(clauses, cx)  # "a deal to buy gas from Peru": the seller is a party
    # "concluded by the agency with X": the parser may hang 'with' on the agent
    others += [e for s in subj if s.dep_ == "pobj" and s.head.dep_ == "agent" for o in preps(s, {"with"})
               for e in cx.entities(o)]
    listed = [x for d in docs for o in preps(d, {"with"}) for x in [o, *o.conjuncts] if cx.entities(x, conj=False)]
    listed += [x for c in clauses if c.lemma_ in SIGN_VERBS for o in preps(c, {"with"}) for x in [o, *o.conjuncts]
               if cx.entities(x, conj=False)]
    if len(listed) >= 2 and docs and all(d.tag_ == "NNS" for d in docs):
        # "the agreements the government has concluded with A, B and C", "the agreements with A and
        # B were signed": one agreement with each partner, never one of all; with no signer named,
        # none (the other party is unknown); ratified, facts/ratifications.py's own
        if not actors or tok.lemma_ == "ratify":
            return []
        partners = _uniq([e for x in listed for e in cx.entities(x, conj=False) or official_state(x, cx)])
        return [f for p in partners for f in _signed(tok, docs, cx, _uniq(actors + [p]))]
    if others and len(actors) >= 2 and _each_separately(tok, docs):
        # "Armenia and Azerbaijan each signed separate agreements with the United States": one agreement each
        return [f for a in _uniq(actors) for f in _signed(tok, docs, cx, _uniq([a] + others))]
    if not actors and not others and not subj and any(d.dep_ == "nsubjpass" for d in docs):
        # "Chile and Peru held talks on Monday. The agreement was signed on Tuesday.": a passive naming
        # no signer is signed by the parties the sentences before name as their plural subject
        group, words = plural_subject_before(cx.doc, tok, cx.mentions)
        found = _signed(tok, docs, cx, group) if len(group) >= 2 else []
        for f in found:
            f.from_context["party"] = words
        return found
    return _signed(tok, docs, cx, _uniq(actors + others))


def _persons_listed(subj: Token, cx: Context) -> list[Known]:
    """The persons a subject lists when the parser hangs one's title phrase on another
    ("President of the Kyrgyz Republic Sadyr Japarov and President of the Republic of
    Tajikistan Emomali Rahmon signed": Japarov inside the 'of' phrase of a 'President'
    whose apposition is Rahmon, or under a 'President' on Rahmon): each person named in
    the subject's words, when those words join names with 'and' and hold no verb; []
    otherwise."""
    words = [t for t in subj.subtree if t.i != subj.i]
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in words) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return []
    return _uniq([cx.at[t.i].entity for t in words if t.i in cx.at and cx.at[t.i].entity.type == "Person"])


def _headline_pair(subj: Token, verb: Token, cx: Context) -> list[Token]:
    """"Peru, Chile sign gas deal": in a headline's present tense the comma joins the
    parties as 'and' would; the parser reads the second name as the first's apposition.
    The apposition's token (or the name before the comma the parser hangs on the verb:
    "Peru, Chile agree") when the verb is a bare present with no auxiliary, the subject
    and the other are each a name of a state or a body (no article, no noun of
    description); empty otherwise ("Peru, Chile's neighbour, signed")."""
    if verb.tag_ not in ("VBP", "VB") or subj.pos_ != "PROPN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []
    out = []
    others = [a for a in subj.children if a.dep_ == "appos"]
    others += [a for a in verb.children if a.dep_ == "npadvmod" and a.i < subj.i and verb.doc[a.i + 1].text == ","]
    for a in others:
        if a.pos_ != "PROPN" or any(c.dep_ in ("det", "poss") for c in a.children):
            continue
        if [e.type for e in cx.entities(a, conj=False)] and all(
                e.type in AGREEMENT_PARTIES for e in cx.entities(a, conj=False) + cx.entities(subj, conj=False)):
            out.append(a)
    return out


#: Verbs of a document's clause that give something to another state: "a treaty handing
#: the islands to Mauritius", "a deal transferring control to Kyiv", "returning ... to".
HANDING_VERBS = {"transfer", "hand", "return", "cede", "give", "grant", "lease", "restore", "sell", "deliver", "bind",
                 "link", "tie", "align"}


def _each_separately(verb: Token, docs: list[Token]) -> bool:
    """Whether the words make each subject a party of its own agreement: 'each' right
    before the verb ("X and Y each signed"), or 'separate' / 'separately' on the
    documents or the verb ("signed separate agreements", "signed separately")."""
    return any(t.lower_ == "each" for t in verb.doc[max(verb.sent.start, verb.i - 2):verb.i]) or \
        any(c.lower_ in ("separate", "separately", "respective") for d in docs for c in d.children) or \
        any(c.lower_ == "separately" for c in verb.children)


#: Words on a verb of signing that leave the act still to do: "must still sign", "have yet
#: to sign", "need to ratify", "should sign".
STILL_TO_DO = {"must", "still", "yet", "should", "need", "needs"}
#: Verbs an infinitive of signing hangs on that leave it to do ("have to sign", "need to sign").
STILL_TO_DO_HEADS = {"have", "need", "yet", "remain", "require", "want", "plan", "hope", "expect", "aim", "intend"}


def _still_to_do(verb: Token) -> bool:
    """Whether the verb of signing ``verb`` tells an act still to come, so that no status
    of one done is given: a modal or 'still'/'yet' on it (:data:`STILL_TO_DO`: "both
    countries must still sign"), or an infinitive on a verb of need or intent
    (:data:`STILL_TO_DO_HEADS`: "have yet to sign", "need to ratify"). A noun (the
    signing) is never one."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "advmod")}
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        words |= {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "advmod")}
        if verb.head.lemma_.lower() in STILL_TO_DO_HEADS:
            return True
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "must sign and ratify": the second shares the modal
        verb = verb.head
        words |= {c.lower_ for c in verb.children if c.dep_ in ("aux", "advmod")}
    return bool(words & STILL_TO_DO)


def _signed(tok: Token, docs: list[Token], cx: Context, actors: list[Known]) -> list[Fact]:
    """The signed (or ratified) Agreement of ``actors``: its parties the states and
    bodies among them and those the persons among them sign for (their signatories),
    its subject from the first document's 'on' / 'for' / 'to' words; none when fewer
    than two parties are known."""
    signatories = [e for e in actors if e.type == "Person"]
    actors = _bodies_for_states(actors, cx)
    kinds = AGREEMENT_PARTIES + (("Group",) if _truce(docs) else ())
    parties = [e for e in actors if e.type in kinds]
    acting = {p.id: cx.person_body.get(p.id) or cx.person_state.get(p.id) for p in signatories}
    parties = _uniq(parties + [b for b in acting.values() if b is not None])
    if len(parties) < 2:
        return []
    status = {"ratify": "ratified", "initial": "initialled"}.get(tok.lemma_, "agreed" if tok.lemma_ in AGREED_VERBS
                                                                   else "signed")
    # "which both countries must still sign": the parties' agreement, not yet signed
    f = Fact("Agreement", {"party": parties}, {} if _still_to_do(tok) else {"status": status}, tokens=[tok.i])
    if signatories and all(acting.values()):
        f.roles["signatory"] = signatories
    elif not signatories:
        # "signed by American and Rwandan officials": unnamed officials of each state (corpus/CLAIMS.md,
        # signatory: [{actor: unnamed officials, of: United States}, ...])
        unnamed = [a for a in preps(tok, {"by"}) if len(officials_states(a, cx)) >= 2]
        if unnamed:
            f.qualified["signatory"] = (f"unnamed {unnamed[0].lower_}", officials_states(unnamed[0], cx))
            f.members_of.add("signatory")
    subject = _about(docs[0]) or _purpose(tok, docs[0], cx)
    if subject:
        f.attrs["subject"] = subject
    # where it was signed: the verb's 'in' / 'at' ("signed the treaty at Lancaster House"), or a city
    # the parser hangs on the document or the signers ("signed the agreement in Lima", "signed by
    # Peruvian and Chilean officials in Lima")
    place = [] if _still_to_do(tok) else _place_of(tok, cx) or \
        [e for a in [docs[0], *preps(tok, {"by"})] for e in _place_of(a, cx) if e.type in PLACES]
    if place:
        f.roles["place"] = place[:1]
    term = contract_term(docs[0], tok)
    if term is not None:  # "signed a 20-year agreement", "for twenty years"
        f.attrs["duration"] = term[0]
        f.tokens += term[1]
    return [f]


def _purpose(verb: Token, doc_noun: Token, cx: Context) -> str | None:
    """What a signed paper is for when the sentence gives it as an infinitive of purpose on
    the verb or the paper ("signed a memorandum with Y on Tuesday to build the X gas
    pipeline", "signed a deal to supply grain"): the words from the infinitive's verb on,
    without a phrase of date (corpus/CLAIMS.md: an agreement's ``subject`` in words, as
    "agreed to resume flights" gives it); at most 20 words, else None. An infinitive
    before the paper, or a verb with no 'to' right before it, gives none."""
    for head in (verb, doc_noun):
        for c in head.children:
            if c.dep_ in ("advcl", "relcl", "acl") and c.pos_ == "VERB" and c.i > doc_noun.i and \
                    any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children):
                words = _undated(list(c.subtree), c)
                if 0 < len(words) <= 20:
                    return _text(cx.doc, words)
    return None


def _about(noun: Token) -> str | None:
    """What an agreement is on: the words after its 'on' / 'for' / 'to' ("a pact on
    defence"), not a date ("a pact on Thursday")."""
    if any(c.dep_ == "prep" and c.lower_ in ("on", "for", "to") and
           any(o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in noun.children):
        return None
    return _prep_words(noun, ("on", "for", "to"), 12)


#: Nouns of a part of a state's economy a sanction may be aimed at (CAMEO 163 "impose
#: embargo, boycott or sanctions" on a state's trade or sectors): "sanctions on Peru's oil
#: sector", "an embargo on Russian LNG" are sanctions against the state. Nouns of people or
#: firms ("Peruvian officials", "Russian companies") are not here: they are targets of their
#: own, unnamed, which the state would not stand for.
SECTOR_NOUNS = {"sector", "industry", "economy", "export", "import", "oil", "gas", "crude", "lng", "coal", "steel",
                "grain", "energy", "banking", "finance", "trade", "goods", "product", "technology", "programme",
                "program", "revenue", "shipping", "aviation", "mining", "metal", "diamond", "gold", "timber"}


def _sector_state(x: Token, cx: Context) -> list[Known]:
    """The state whose economy or trade the phrase headed by ``x`` names, when ``x`` names
    no entity itself and its head noun is one of :data:`SECTOR_NOUNS`: the possessor
    ("Peru's oil sector"), a demonym before it ("Russian LNG", "Peruvian oil exports") or an
    'of' phrase after it ("the energy sector of Russia"), with the states joined to them
    ("Peruvian and Bolivian oil"). Returns those states, or an empty list (a noun of
    people or firms, or no state named)."""
    if cx.entities(x) or x.lemma_.lower() not in SECTOR_NOUNS:
        return []
    found = [e for c in x.children if c.dep_ == "poss" for e in cx.entities(c, conj=False) if e.type == "State"]
    found += [e for c in x.children if c.dep_ in ("amod", "compound") for d in (c, *c.conjuncts) if d.i in cx.at
              and cx.at[d.i].form == "demonym" for e in cx.at[d.i].entities if e.type == "State"]
    found += [e for o in preps(x, {"of"}) for e in cx.entities(o) if e.type == "State"]
    return _uniq(found)


#: Verbs that put sanctions named as their object in place: "imposed sanctions on", "agreed a
#: 16th package of sanctions against", "renewed its sanctions on".
IMPOSE_VERBS = {"impose", "announce", "adopt", "approve", "slap", "unveil", "levy", "extend", "expand", "agree", "renew",
                "introduce", "tighten"}


def _under_other_prep(prep: Token, top: Token) -> bool:
    """Whether ``prep`` (an 'on' or 'against' inside the phrase of ``top``) hangs on a
    phrase another preposition than 'of' opens ("a package of sanctions against Russia
    over its war of aggression against Ukraine": the second 'against' is the war's, in the
    reason 'over' gives, not the sanctions'); the target of a measure is named by the
    measure's own 'on'/'against' or that of the 'of' phrase naming it."""
    node = prep.head
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ != "of":
            return True
        node = node.head
    return False


def _included(x: Token, cx: Context) -> list[Known]:
    """The actors a common noun's 'including' or 'such as' phrase names ("sanctions on 20
    companies, including Rosneft and Lukoil", "five refiners such as Sinopec"): the
    named members of the set the noun counts, the targets of a measure against the set.
    Places are left out (they say where, not who). None when ``x`` names an entity
    itself or has no such phrase."""
    if x.i in cx.at or x.pos_ not in ("NOUN", "PRON", "VERB"):
        return []
    heads = [x, *x.conjuncts] if x.pos_ != "VERB" else [x]  # "on 20 people and 10 entities, including X"
    named = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lemma_ == "include"
             for o in c.children if o.dep_ == "pobj"]
    named += [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and
              any(d.lower_ == "such" for d in c.children) for o in c.children if o.dep_ == "pobj"]
    named += [o for h in heads for c in h.children if c.dep_ == "amod" and c.lower_ == "such" for a in c.children
              if a.dep_ == "prep" and a.lower_ == "as" for o in a.children if o.dep_ == "pobj"]
    return [e for o in named for e in cx.entities(o) if e.type not in NOT_ACTORS]


#: Nouns of firms and bodies a later 'both' or 'the two' takes back ("sanctioned both companies").
FIRM_NOUNS = {"company", "firm", "group", "bank", "producer", "giant", "major", "entity", "refiner", "insurer",
              "operator", "exporter", "lender"}


def _both_named(noun: Token, cx: Context) -> list[Known]:
    """The two organisations 'both companies' or 'the two firms' (``noun``) takes back: those
    of the nearest phrase before it, in its sentence or the one before, that names two
    organisations and nothing else ("Britain sanctioned Rosneft and Lukoil. The United
    States sanctioned both companies a week later"); empty when that phrase names anything
    else, or more or fewer than two (no antecedent is guessed)."""
    if noun.lemma_ not in FIRM_NOUNS or noun.tag_ != "NNS" or noun.i in cx.at:
        return []
    if not any(c.lower_ == "both" for c in noun.children) and not (
            any(c.lower_ == "two" for c in noun.children) and any(c.lower_ == "the" for c in noun.children)):
        return []
    start = cx.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    for t in reversed(cx.doc[start:noun.i]):
        if t.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj") or t.pos_ not in ("NOUN", "PROPN") or t.i not in cx.at:
            continue
        ents = _uniq(cx.entities(t))
        if len(ents) >= 2:
            firms = ("Organisation", "StateCompany")
            return ents if len(ents) == 2 and all(e.type in firms for e in ents) else []
    return []


def _included_on(x: Token, noun: Token, verb: Token, cx: Context) -> list[Known]:
    """The actors an 'including' phrase names for the set ``x`` counts (:func:`_included`),
    the phrase hung on ``x`` or, as the parser often hangs it, on the measure's noun or
    verb after ``x`` ("imposed sanctions on 400 people and companies, including X")."""
    return _included(x, cx) or [e for h in (noun, verb) if h.i < x.i for e in _included(h, cx)]


#: Nouns of a legal instrument that may itself impose a measure ("a Royal Decree-Law that
#: imposes an embargo"), read from the last part of a hyphenated name.
INSTRUMENT_NOUNS = {"decree", "law", "regulation", "ordinance", "order", "resolution", "act", "bill", "directive"}
#: Verbs by which a government, cabinet or legislature makes an instrument.
MAKE_INSTRUMENT_VERBS = {"approve", "adopt", "pass", "issue", "enact", "sign", "promulgate"}


def _enacted_by(noun: Token, cx: Context) -> list[Known]:
    """Who made the legal instrument ``noun`` names, when it is the subject of a measure's
    verb: the subject of the verb whose object it is ("the Council of Ministers approved a
    Royal Decree-Law that imposes ..."), or the agent of the participle on it ("a decree
    approved by the cabinet imposes ..."); a government's noun read as its state. []
    for any other noun, or when none is named."""
    if noun.lemma_.lower().split("-")[-1] not in INSTRUMENT_NOUNS:
        return []
    makers: list[Token] = []
    if noun.dep_ == "dobj" and noun.head.lemma_ in MAKE_INSTRUMENT_VERBS:
        makers = [c for c in noun.head.children if c.dep_ == "nsubj"]
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_ in MAKE_INSTRUMENT_VERBS:
            makers += [x for a in c.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"]
    return [e for m in makers for e in cx.entities(m) or administration_state(m, cx) if e.type not in NOT_ACTORS]


def sanction_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "The EU imposed sanctions on Iran", "Washington sanctioned X": a Sanction
    (authority, target)."""
    out = []
    if tok.pos_ == "VERB" and tok.lemma_ in IMPOSE_VERBS:
        for o in objects(tok):
            of_sanctions = o.lemma_ in SET_NOUNS and any(x.lemma_ in SANCTION_NOUNS for x in preps(o, {"of"}))
            same_words = any(c.lower_ == "same" for c in o.children)  # "the same measures": a sanction told before
            if not of_sanctions and (o.lemma_ not in SANCTION_NOUNS or not (_sanction_words(o) or same_words)):
                continue  # "a fourth round of sanctions" is one as much as "a package of sanctions"
            auth = [e for s in _uniq_tokens(subjects(tok) + joined_in(tok))
                    for e in cx.entities(s) + _leaders_of(s, cx) or administration_state(s, cx)]
            if not auth:  # "the measures were announced by the EU", "the sanctions, announced by the EU,": the agent
                auth = [e for s in doers(tok) if s.dep_ == "pobj" for e in cx.entities(s) or administration_state(s, cx)]
            if not auth:  # "the Council of Ministers approved a decree that imposes an embargo": who made the decree
                auth = [e for s in subjects(tok) for e in _enacted_by(s, cx)]
            against = preps(tok, {"on", "against"}) + [x for t in o.subtree if t.dep_ == "prep" and t.lower_ in ("on", "against")
                                                     and not _under_other_prep(t, o)
                                                     for x in t.children if x.dep_ == "pobj"]
            # "an embargo on the trade in defence material with Israel": the trading partner
            against += [x for a in list(against) if a.lemma_ in ("trade", "commerce") for x in a.subtree
                        if x.dep_ == "pobj" and x.head.lower_ == "with"]
            target = [e for x in against for e in cx.entities(x) or _sector_state(x, cx) or
                      _included_on(x, o, tok, cx)]
            # "announced new sanctions targeting Iran", "a package of sanctions aimed at Russia's banks"
            target += [e for n in [o, *preps(o, {"of"})] for c in n.children if c.dep_ in ("acl", "relcl")
                       and c.lemma_ in ("target", "hit") for x in objects(c) for e in cx.entities(x) or _sector_state(x, cx)]
            if o.dep_ == "nsubj" and o.head.lemma_ in SANCTION_SUBJECT_VERBS and tok.dep_ == "acl":
                # "The sanctions, announced by the EU on Monday, target Rosneft": what the noun's own verb strikes
                target += [e for x in objects(o.head) for e in cx.entities(x)]
            same = None
            if auth and not target and same_words:
                # "Canada and Australia have imposed the same measures": on the targets of the sanction before
                same = _targets_before(cx, tok, {a.id for a in auth})
                target = same[0] if same else []
            if auth and target:
                f = Fact("Sanction", {"authority": auth, "target": target}, tokens=[tok.i, o.i])
                if same:
                    f.from_context["target"] = same[1]
                # "a 16th package of sanctions", "a fourth round of sanctions": which one of the series
                n = next((n for c in o.children if c.dep_ == "amod" and o.lemma_ in SET_NOUNS
                          for n in [ordinal_of(c)] if n), None)
                if n:
                    f.attrs["ordinal"] = n
                out.append(f)
    if tok.pos_ == "VERB" and tok.lemma_ == "sanction":
        # a subject after the verb that governs it is a misparse of a list of clauses ("suspended talks,
        # summoned Israel's ambassador, X, and sanctioned Y": the ambassador sanctions no one)
        said = subjects(tok)
        auth = [e for s in said if not (s.dep_ == "nsubj" and s.i > s.head.i)
                for e in cx.entities(s) or administration_state(s, cx)]
        if not auth and said and all(s.dep_ == "nsubj" and s.i > s.head.i for s in said):
            # the list's first clause, which the parser hangs before its governing verb ("X suspended talks,
            # summoned ..., and sanctioned Y"): its subject is the subject of the whole list
            heads = {s.head.i for s in said}
            auth = [e for h in heads for c in cx.doc[h].children if c.dep_ == "ccomp" and c.i < h
                    for s in c.children if s.dep_ == "nsubj" for e in cx.entities(s) or administration_state(s, cx)]
        target = [e for o in objects(tok) for e in cx.entities(o) or _included_on(o, o, tok, cx) or _both_named(o, cx)]
        if not target:  # "Britain has also sanctioned the ship": the one vessel named just before
            target = [v for o in objects(tok) if o.lemma_.lower() in VESSEL_NOUNS and any(
                c.lower_ == "the" for c in o.children) for v in [_vessel_before(o, cx)] if v is not None]
        among = _among_sanctioned(tok)
        if among is not None and not target:
            # "Gazprom Neft was among the companies sanctioned by the United States": who is among them
            target = [e for s in subjects(among) if s.dep_ == "nsubj" for e in cx.entities(s)]
        if auth and target:
            out.append(Fact("Sanction", {"authority": auth, "target": target}, tokens=[tok.i]))
    return out + lift_rules(tok, cx)


def _among_sanctioned(verb: Token) -> Token | None:
    """The verb 'be' of "X was among the companies sanctioned by Y" when ``verb`` is that
    participle (on the noun after 'among'); None otherwise."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.lower_ != "among":
        return None
    be = noun.head.head
    return be if be.lemma_ == "be" and be.pos_ in ("AUX", "VERB") else None


#: Verbs that end or suspend a sanction, with the status they give it (gkg:Status).
LIFT_STATUS = {"lift": "ended", "remove": "ended", "end": "ended", "scrap": "ended", "drop": "ended", "revoke": "ended",
               "rescind": "ended", "repeal": "ended", "suspend": "suspended", "waive": "suspended"}
#: Verbs that ease a sanction in part: the measure is partly suspended (gkg:Suspended), no new one.
EASE_STATUS = {"ease": "suspended", "relax": "suspended", "loosen": "suspended"}
#: Nouns of ending or easing a measure ("the lifting of sanctions", "a roadmap for the easing of
#: the sanctions", "sanctions relief"): the sanctions they govern are not imposed there.
EASE_NOUNS = {"lifting", "easing", "relaxation", "suspension", "removal", "relief", "end", "repeal", "waiver", "loosening"}


def lift_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Peru lifted sanctions on Chile's state airline", "the EU suspended its embargo on
    X on Monday", "American sanctions on Syria would be lifted" (passive: the authority
    is the sanctions' owner): the Sanction of the subject against the target, ``status:
    ended`` (or ``suspended``), its date the day it ended (``endDate``)."""
    status = LIFT_STATUS.get(tok.lemma_)
    if tok.pos_ != "VERB" or status is None:
        return []
    # "would be lifted": the sanctions are the passive subject, their owner the authority
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    nouns = [o for o in [*objects(tok), *passive] if o.lemma_ in SANCTION_NOUNS and _sanction_words(o)]
    if not nouns:
        return []
    noun = nouns[0]
    auth = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
    auth += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
    if not auth and noun in passive:  # "American sanctions", "Washington's sanctions", "US sanctions"
        # read from the mention itself: Context.entities leaves out a demonym that only qualifies a noun
        auth = [e for c in noun.children if c.dep_ in ("amod", "poss", "compound", "nmod") and c.i in cx.at
                for e in cx.at[c.i].entities if e.type not in NOT_ACTORS]
    against = preps(tok, {"on", "against"}) + preps(noun, {"on", "against"})
    target = [e for x in against for e in _named_in(x, cx)]
    if not target:  # "sanctions on the state airline Brelia Skyways": the name in apposition or compound
        target = [cx.at[t.i].entity for x in against for t in x.subtree if t.i in cx.at and t.dep_ in ("appos", "compound")
                  and cx.at[t.i].entity.type not in NOT_ACTORS]
    if not target:  # "a restriction on defence cooperation with Azerbaijan", "a ban on arms sales to Chile"
        target = [e for x in against for o in preps(x, {"with", "to"}) for e in cx.entities(o) if e.type == "State"]
    # "Trump lifted a restriction": a head of state lifts it for the state they act for
    auth = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in auth])
    target = _uniq([e for e in target if e.id not in {a.id for a in auth}])
    if not (auth and target):
        return []
    f = Fact("Sanction", {"authority": auth, "target": target}, {"status": status}, tokens=[tok.i, noun.i])
    date, toks = cx.date_of(tok)
    if date and status == "ended":
        f.attrs["endDate"] = date
        f.tokens += toks
    return [f]


#: Prepositions that bring in a measure's cause ("over", "because of", "after"; PLOVER's
#: cause of an event is no participant of it).
CAUSE_PREPS = {"over", "after", "following", "amid", "because", "despite"}
BAN_VERBS = {"ban", "prohibit", "bar", "blacklist", "designate", "freeze", "embargo", "outlaw"}
#: Word stems of the statuses a designation of sanctions gives ("as a foreign terrorist
#: organisation", "as a state sponsor of terrorism", "as a narcotics kingpin", "as an
#: undesirable organisation"): the US State Department's and Treasury's lists (FTO, SST,
#: SDGT, SDN) and their like elsewhere.
SANCTION_STATUS_STEMS = ("terror", "sanction", "sponsor", "prolifera", "kingpin", "traffick", "extremis",
                         "undesirable", "foreign agent", "blacklist", "criminal organi")


def designated_as_status(tok: Token) -> bool:
    """True when ``tok``, a verb of designating or listing, gives its object a status
    that no list of sanctions holds: "designated him as wrongfully detained", "designated
    the port as a heritage site" (the 'as' phrase, a preposition or the marker of a
    clause, names none of :data:`SANCTION_STATUS_STEMS`). A designation with no 'as'
    ("designated two oil companies") or one as a terrorist organisation is a sanction."""
    if tok.lemma_ not in ("designate", "list", "name", "classify", "declare"):
        return False
    phrases = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
    phrases += [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "oprd")
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]
    if not phrases:
        return False
    words = " ".join(t.lower_ for p in phrases for t in p.subtree)
    return not any(stem in words for stem in SANCTION_STATUS_STEMS)


def ban_rules(tok: Token, cx: Context) -> list[Fact]:
    """'The Council prohibited the transshipment of Russian LNG', 'Washington designated
    two Russian oil companies', 'the EU froze the assets of X': a sanction by the
    subject against what the object names (a named target, else the state a demonym in
    the object stands for); the object's words are the measure."""
    if _frozen_as_adjective(tok):
        # "Peru's assets would be frozen (by Chile)": the parser reads the passive as 'be' and an adjective
        auth = [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
        objs = _antecedents([c for c in tok.head.children if c.dep_ == "nsubj"])
    elif tok.pos_ != "VERB" or tok.lemma_ not in BAN_VERBS or _exit_ban(tok) is not None or \
            _candidacy_bar(tok) is not None or designated_as_status(tok) or court_ban(tok, cx):
        # "barred X from leaving the country": an exit ban (exit_ban_rules); from standing, a disqualification;
        # "the court banned the X Party": a ruling (facts/dissolutions.py)
        return []
    else:
        auth = [e for s_ in doers(tok) for e in cx.entities(s_)]
        # the object of the active ("froze Peru's assets") or the subject of the passive, finite or
        # reduced ("Peru's assets were frozen by Chile", "the assets frozen by Chile")
        objs = objects(tok)
    auth = [e for e in auth if e.type != "Person"]
    passive = bool(objs) and not any(c.dep_ == "dobj" for c in tok.children)
    if objs and not auth and passive and tok.lemma_ in ("freeze", "frozen") and objs[0].lemma_ in ASSET_NOUNS:
        auth = []  # "Peru's assets would be frozen": a sanction whose authority goes unnamed
    elif not (auth and objs):
        return []
    obj = objs[0]
    counted = _counted_holders(obj, cx) if tok.lemma_ in ("freeze", "frozen") else None
    if counted is not None and auth:
        # "froze the assets of six officials of the colony, including its head, X": counted, not named
        # (those named among them are targets too)
        named, holders = counted
        f = Fact("Sanction", {"authority": auth, **({"target": named} if named else {})}, {"measure": "asset freeze"},
                 tokens=[tok.i, obj.i, holders.i], split=False)
        f.qualified["target"] = _unnamed_people(holders, cx)
        return [f]
    # "assets frozen in the West": the participle's own words (where, by whom) name no target
    own = {t.i for c in obj.children if c.dep_ in ("acl", "relcl") and c.i > obj.i for t in c.subtree}
    # "freezes X's hosting hopes over Israeli gymnasts": what follows 'over', 'because of' or 'after'
    # is the measure's cause, never its target
    cause = {t.i for c in obj.subtree if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS for t in c.subtree}
    own |= cause
    beside = {e.id for i in own if i in cx.at for e in cx.at[i].entities}
    target = [e for e in (_asset_holders(obj, cx) or cx.entities(obj)) if e.id not in beside]
    if target and tok.lemma_ in LISTING_VERBS:
        target = _uniq(target + _listed_by_apposition(obj, cx))
    inside = [cx.at[t.i] for t in obj.subtree if t.i in cx.at and t.i not in own]
    # a region's adjective ("six South American gangs") names no state, so no demonym is inside
    regional = not inside and any(t.text[:1].isupper() and t.dep_ in ("amod", "compound") for t in obj.subtree
                                  if t.i != obj.i)
    if not target and tok.lemma_ in ("designate", "blacklist") and (regional or inside and all(
            m.form == "demonym" for m in inside)) \
            and any(c.dep_ == "nummod" for c in obj.children):
        # "designated two Russian gas projects": the projects, counted not named, are the targets
        f = Fact("Sanction", {"authority": auth}, {"measure": "designation"}, tokens=[tok.i, obj.i], split=False)
        f.qualified["target"] = _unnamed_people(obj, cx)
        return [f]
    if not target:
        target = _uniq([m.entity for m in inside if m.entity.id not in {a.id for a in auth}])
    if not target:
        return []
    # a list of designated targets is one measure
    f = Fact("Sanction", {"authority": auth, "target": target} if auth else {"target": target}, tokens=[tok.i, obj.i],
             split=False)
    # "the assets frozen by Chile", "the assets, which were frozen by Chile": the noun's words without its clause
    clause = {t.i for c in obj.children if passive and c.dep_ in ("acl", "relcl") and c.i > obj.i for t in c.subtree}
    words = [t for t in obj.subtree if t.i not in clause | cause]
    while words and words[-1].is_punct:
        words.pop()
    if words and len(words) <= 12:
        f.attrs["measure"] = f"{tok.lemma_} on {_text(cx.doc, words)}" if tok.lemma_ in ("ban", "embargo") else \
            f"{_text(cx.doc, words)} {tok.text}" if passive else f"{tok.text} {_text(cx.doc, words)}"
    entering = [c for c in from_clauses(tok) if _entering(c)]
    if entering and group_refused(obj) and not cx.entities(obj):
        return []  # "barred the Polish team from entering": access refused to a group (facts/refusals.py)
    if entering:
        f.attrs["measure"] = "entry ban"  # "banned X from entering the country": kept out, not in
        f.tokens += [t.i for c in entering for t in c.head.subtree]
    return [f]


def _listed_by_apposition(obj: Token, cx: Context) -> list[Known]:
    """The organisations listed after the first named object of a listing verb that the
    parser hangs on it as appositions ("designated Banda Sur, MS-77, the Andes Cartel and
    the Costa Cartel as terrorist organisations": 'MS-77' and 'the Andes Cartel' appositions
    of 'Banda Sur', the rest their conjuncts): each one a target. Only when ``obj`` names an
    organisation, and only organisations (a person's apposition describes that person)."""
    first = cx.at.get(obj.i)
    if first is None or first.entity.type in ("Person", "State"):
        return []
    return [e for c in obj.children if c.dep_ == "appos" for x in (c, *c.conjuncts) if x.i in cx.at
            for e in cx.at[x.i].entities if e.type not in ("Person", "State") + NOT_ACTORS]


def _asset_holders(obj: Token, cx: Context) -> list[Known]:
    """Whose assets a freeze holds, as its 'of' names them ("the assets of North Korea's
    defence minister, Kang Sun Nam"): the persons named there, else the other actors; the
    state a possessive names beside a person is where the person comes from, no target."""
    if obj.lemma_ not in ASSET_NOUNS:
        return []
    named = _uniq([e for o in preps(obj, {"of"}) for x in [o, *(c for c in o.children if c.dep_ == "appos")]
                   for e in cx.entities(x) if e.type not in NOT_ACTORS])
    people = [e for e in named if e.type == "Person"]
    return people or named


def _counted_holders(obj: Token, cx: Context) -> tuple[list[Known], Token] | None:
    """The holders of frozen assets when the 'of' counts them without naming them ("the
    assets of six officials in charge of the colony, including its head, X"): (the persons
    named after 'including' or 'among them', the noun that counts them); None otherwise."""
    if obj.lemma_ not in ASSET_NOUNS:
        return None
    holders = [o for o in preps(obj, {"of"}) if o.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in o.children)
               and o.i not in cx.at]
    if not holders:
        return None
    # 'including' may hang on a later noun of the phrase ("six officials in charge of the colony, including its
    # head, X"): any in the verb's clause after the count, before another verb of the clause
    verb = obj.head
    after = [t for t in verb.subtree if t.i > holders[0].i and not any(
        a.pos_ in ("VERB", "AUX") and a.i != verb.i and a.i > holders[0].i for a in t.ancestors if a in verb.subtree)]
    incl = [x for t in after if t.lower_ in ("including", "among") and t.dep_ in ("prep", "advmod")
            for o in t.children if o.dep_ == "pobj" for x in [o, *(c for c in o.children if c.dep_ == "appos")]]
    named = _uniq([e for x in incl for e in cx.entities(x) if e.type == "Person"])
    return named, holders[0]


def _frozen_as_adjective(tok: Token) -> bool:
    """'frozen' read as an adjective after 'be' ("the assets would be frozen"), which is
    the passive of 'freeze' (the parser's tag for a participle after 'be' varies)."""
    return tok.pos_ == "ADJ" and tok.lower_ == "frozen" and tok.dep_ == "acomp" and tok.head.lemma_ == "be"


#: What a freeze holds when it is a sanction: "Peru's assets were frozen" (not talks or prices).
ASSET_NOUNS = {"asset", "fund", "account", "property", "reserve", "holding", "deposit"}


def _sanction_words(noun: Token) -> bool:
    """'sanctions', 'an embargo', 'restrictive measures', 'a package of sanctions': a
    measure that is a sanction, not any measure or package."""
    words = {t.lemma_ for t in noun.subtree}
    if noun.lemma_ in ("measure", "package"):
        return bool(words & {"restrictive", "sanction", "punitive", "economic"}) and bool(words & {"restrictive", "sanction"})
    return True


COOPERATE_VERBS = {"strengthen", "expand", "deepen", "boost", "develop", "enhance", "increase", "step", "intensify",
                   "broaden", "promote", "discuss", "pursue", "seek"}


def cooperation_rules(tok: Token, cx: Context) -> list[Fact]:
    """'cooperation between X and Y', 'X's cooperation with Y', 'X cooperates with Y'."""
    ties = tok.lemma_ in ("tie", "relation", "relationship", "partnership") and tok.pos_ == "NOUN" and (
        any(c.lower_ in ("deepening", "growing", "strengthening", "closer", "expanding", "strategic", "warming")
            for c in tok.children) or (tok.dep_ == "dobj" and tok.head.lemma_ in COOPERATE_VERBS))
    if tok.lemma_.lower() not in ("cooperation", "collaboration", "cooperate", "collaborate") and not ties:
        return []
    if any(c.lower_ == "diplomatic" for c in tok.children):
        return []  # diplomatic relations are a fact of their own
    who = [e for h in [tok, *tok.conjuncts] for o in preps(h, {"between", "with"}) for e in cx.entities(o)]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (tok.head.lemma_ in COOPERATE_VERBS or who):
        # "both sides committed to strengthening military cooperation", "did not rule out cooperation with X"
        # the subject itself too: subjects() takes a named apposition of a plural noun for it, and
        # the parser may hang places on the subject ("the two countries ..., the Black Sea and ...")
        who += [e for s_ in _uniq_tokens(subjects(tok.head) + [c for c in tok.head.children if c.dep_ == "nsubj"])
                for e in cx.entities(s_)]
        who += [e for o in preps(tok.head, {"with"}) for e in cx.entities(o)]
    if tok.pos_ == "VERB":
        who += [e for s_ in subjects(tok) for e in cx.entities(s_)]
    else:
        who += [e for c in tok.children if c.dep_ in ("poss",) for e in cx.entities(c)]
    # a place is no partner: "the two countries will step up cooperation in the Baltic Sea, the Black Sea
    # and ...", where the parser hangs the seas on the subject
    who = [e for e in _uniq(who) if e.type != "Person" and e.type not in NOT_ACTORS]
    if len(who) < 2:
        return []
    return [Fact("Cooperation", {"participant": who}, tokens=[tok.i])]


def _uniq_tokens(toks: list[Token]) -> list[Token]:
    """The tokens in order, each once."""
    return list({t.i: t for t in toks}.values())


#: Nouns of a set of sanctions adopted at once: "a 16th package of sanctions", "a new round of sanctions".
SET_NOUNS = {"package", "round", "set", "raft", "wave", "batch", "tranche", "series"}


#: Verbs that put their object under a measure ("Chile placed Peru under sanctions").
PUT_UNDER_VERBS = {"put", "place", "bring", "keep"}


#: Verbs whose subject, sanctions, strike their object: "the sanctions target Rosneft".
SANCTION_SUBJECT_VERBS = {"target", "hit", "cover", "name"}


def sanction_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """'sanctions against Russia', 'EU sanctions on Iran', 'Washington's sanctions'."""
    if tok.pos_ != "NOUN" or tok.lower_ not in ("sanctions", "embargo") :
        return []
    host = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in SET_NOUNS else tok
    if host.dep_ == "dobj" and host.head.lemma_ in IMPOSE_VERBS - {"extend", "expand"} | set(LIFT_STATUS) | set(EASE_STATUS):
        return []  # the verb's rule reads it with its subject ("adopted a 16th package of sanctions against X" too)
    if host.dep_ == "pobj" and host.head.lower_ == "of" and host.head.head.lower_ in EASE_NOUNS or any(
            c.lower_ == "relief" for c in host.ancestors if c.i == host.head.i and host.dep_ == "compound"):
        return []  # "the lifting of the sanctions on X", "sanctions relief": their end (facts/easings.py), none imposed
    if host.dep_ == "nsubjpass" and host.head.lemma_ in IMPOSE_VERBS and doers(host.head) or any(
            c.dep_ == "acl" and c.lemma_ in IMPOSE_VERBS and doers(c) for c in host.children):
        return []  # "sanctions on X were imposed by Y", "the sanctions, announced by Y,": the verb's rule, with its agent
    target = [e for o in preps(tok, {"against", "on"}) for e in cx.entities(o) or _sector_state(o, cx) or
              _included_on(o, tok, tok, cx)]
    # a clause after the last of coordinated nouns qualifies them all: "isolation and sanctions facing both"
    shared = [c for c in tok.head.children if c.i > tok.i] if tok.dep_ == "conj" else []
    for acl in (c for c in [*tok.children, *shared] if c.dep_ in ("acl", "relcl") and c.lemma_ in ("target", "face", "hit")):
        target += [e for o in objects(acl) for e in cx.entities(o)]  # "sanctions targeting X", "sanctions facing both"
    if not target and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in ("subject", "target") \
            and tok.head.head.dep_ == "attr":
        # "the junta has been the subject of sanctions by Western nations": the one who is their subject
        target = [e for s_ in subjects(tok.head.head.head) for e in cx.entities(s_)]
    auth = _modifiers(tok, cx, ("poss", "compound", "amod", "nmod"))
    # "under EU and UK sanctions", "US and British sanctions": each modifier joined to the first
    auth += [e for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for x in c.conjuncts
             for e in (cx.at[x.i].entities if x.i in cx.at and cx.at[x.i].form == "demonym" else cx.entities(x, conj=False))
             if e.type not in NOT_ACTORS]
    if host.i != tok.i:  # "the EU's 16th package of sanctions against Russia": whose package it is
        auth += [e for e in _modifiers(host, cx, ("poss", "compound", "nmod")) if e.type != "State" or
                 not any(e.id == t.id for t in target)]
    auth += [e for o in preps(tok, {"by", "from"}) for e in cx.entities(o)]
    if not target and tok.dep_ == "dobj" and tok.head.lemma_ in ("face", "suffer", "endure", "feel"):
        target = [e for s_ in subjects(tok.head) for e in cx.entities(s_)]  # "Both countries face sanctions"
    if not target and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_ in PUT_UNDER_VERBS:
        # "Chile put Peru under sanctions": the object is put under them, by the subject
        verb = tok.head.head
        target = [e for o in objects(verb) for e in cx.entities(o)]
        auth = auth or [e for s_ in doers(verb) for e in cx.entities(s_)]
        if not target:
            return []
    if not target and tok.dep_ == "nsubj" and tok.head.lemma_ in SANCTION_SUBJECT_VERBS:
        # "The new sanctions target Rosneft", "the measures hit 20 firms, including X": the verb's object;
        # named by no modifier, the authority is the one of the article's other sanctions
        verb = tok.head
        target = [e for o in objects(verb) for e in cx.entities(o) or _included_on(o, o, verb, cx)]
        facts = _sanction(auth, target, [tok.i, verb.i])
        for f in facts:
            if not auth:
                f.open_role = "authority"
        return facts
    if not target and tok.dep_ == "pobj" and tok.head.lower_ in ("amid", "under", "despite"):
        # "Russia will find new business amid Western sanctions": the clause's subject lives under them
        verb = next((a for a in list(tok.head.ancestors)[:3] if a.pos_ in ("VERB", "AUX")), None)
        target = [e for s_ in (subjects(verb) if verb is not None else []) if s_.dep_ == "nsubj" for e in cx.entities(s_)]
    return _sanction(auth, target, [tok.i])


def _sanction(auth: list[Known], target: list[Known], tokens: list[int], kind: str = "Sanction") -> list[Fact]:
    """A sanction of ``target`` (required) by ``auth`` (when named, never one of the
    targets); ``kind`` 'Tariff' for a duty on goods (gkg:Tariff, a gkg:Sanction)."""
    return _directed(kind, ("authority", auth), ("target", target), "target", tokens)


# --- agreements named by their parties, sanctions by other verbs ------------------------

AGREEMENT_PARTIES = ("State", "InternationalOrganisation", "Government", "Organisation", "StateCompany",
                     "MilitaryGovernment")


#: Nouns after 'of' that complete the name of a document ("a memorandum of understanding
#: between X and Y", "a letter of intent between ..."): the parser hangs 'between' on them.
DOCUMENT_OF = {"understanding", "intent", "cooperation", "agreement", "association"}


def _between(noun: Token, cx: Context) -> list[Known]:
    """The parties 'between' names on an agreement's noun: on the noun itself or on the
    noun completing its name ("a memorandum of understanding between NPCIL and ENEC");
    when the parser hangs the second party inside the first's phrase ("between the
    government of Gujarat and ADQ": 'ADQ' joined to 'Gujarat'), the names joined there."""
    heads = [noun, *(o for o in preps(noun, {"of"}) if o.lemma_.lower() in DOCUMENT_OF)]
    found = []
    for o in (o for h in heads for o in preps(h, {"between"})):
        named = cx.entities(o)
        if len(named) < 2:
            # "between Russia's Gazprom and Ukraine's Naftogaz": the parser may fold the first party and the
            # second's owner into the second's phrase ('Gazprom' a modifier of 'Naftogaz', 'Ukraine' joined
            # to it); the names there are parties, their possessors ("Russia's", "Ukraine's") are not
            named = _uniq(named + [e for t in o.subtree if t.i != o.i and (t.dep_ == "conj" and t.head.i != o.i or
                                                                          t.dep_ == "nmod" and t.conjuncts)
                                   and not any(c.dep_ == "case" for c in t.children)
                                   for e in cx.entities(t, conj=False)])
        found += named
    return found


#: Nouns of working towards an agreement not yet made ("talks on a trade deal between X and
#: Y", "negotiations over a peace agreement", "efforts towards a truce"): the agreement they
#: are about is their subject, no agreement of its parties (PLOVER CONSULT; CAMEO 03 intent).
PURSUIT_NOUNS = {"talk", "talks", "negotiation", "discussion", "effort", "push", "bid", "hope", "prospect", "plan",
                 "proposal", "draft", "attempt"}


def _pursued(tok: Token) -> bool:
    """Whether the agreement noun ``tok`` is what talks or efforts are about, after 'on',
    'over', 'about', 'for' or 'towards' (:data:`PURSUIT_NOUNS`): "Talks on a trade deal
    between Ostravia and Valdoria collapsed" tells no deal."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "over", "about", "for", "towards", "toward") and \
        tok.head.head.lemma_.lower() in PURSUIT_NOUNS and tok.head.head.pos_ == "NOUN"


def agreement_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """An agreement named with its parties, whatever the clause says of it: "the treaty
    between Russia and North Korea", "the agreement, signed by Russia and China in May",
    "a deal with Iran", "the EU-Mercosur agreement" (parties of a hyphenated compound). At
    least two parties; status 'signed' when a participle says so."""
    entered = entered_accord_rules(tok, cx)
    if entered:
        return entered
    arrangement = tok.pos_ == "NOUN" and tok.lemma_ == "arrangement" and tok.tag_ == "NN"
    if tok.pos_ != "NOUN" or tok.lemma_ not in AGREEMENT_WORDS - {"declaration", "partnership", "measure"} and \
            not arrangement:
        return []
    if tok.dep_ == "dobj" and tok.head.lemma_ in SIGN_VERBS - CONCLUDE_VERBS:
        return []  # the verb's rule reads it with its subject
    if _pursued(tok):
        return []  # "talks on a deal between X and Y": the deal is still to be made
    parties = _between(tok, cx)
    if arrangement:
        # "the visa-free group tourism arrangement between the two countries": an arrangement is an
        # agreement only between the parties it names ("security arrangements" bind no one named)
        parties = parties or _uniq([e for o in preps(tok, {"between"}) for e in article_pair(o, cx)])
        if len(parties) < 2:
            return []
        f = Fact("Agreement", {"party": parties}, tokens=[tok.i, *(t.i for t in tok.subtree)], split=False)
        subject = [t for t in tok.subtree if t.i < tok.i and t.dep_ not in ("det", "poss") and t.i not in cx.at]
        if subject:
            f.attrs["subject"] = " ".join(t.text for t in subject).replace(" - ", "-")
        f.undated = True
        return [f]
    if tok.lemma_ == "contract" and not parties:
        return []  # "a contract for 180 tanks" is a purchase; "a contract between X and Y" binds both
    signed = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ("sign", "ink", "conclude", "ratify")]
    for s_ in signed:
        parties += [e for o in preps(s_, {"by", "between"}) for e in cx.entities(o)]
    # "a ceasefire brokered by Qatar between Israel and Hamas": the parser hangs 'between' on the participle
    brokered = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in BROKER_VERBS]
    parties += [e for b in brokered for o in preps(b, {"between"}) for e in cx.entities(o)]
    parties += _trade_clause_states([c for c in tok.children if c.dep_ in ("acl", "relcl")], cx)
    if not parties and tok.dep_ == "pobj" and tok.head.lower_ in ("under", "through") and tok.head.head.pos_ in ("VERB", "AUX"):
        # "Under a deal with Canada, India will buy uranium": the clause's subject acts under its deal with the other
        withs = [e for o in preps(tok, {"with"}) for e in cx.entities(o)]
        doers_ = [e for s_ in subjects(tok.head.head) if s_.dep_ == "nsubj" for e in cx.entities(s_)]
        if withs and doers_:
            parties = doers_ + withs
    if parties:
        owners = [e for c in tok.children if c.dep_ in ("poss", "compound", "nmod") for e in cx.entities(c, conj=False)]
        parties = owners + parties
    else:  # "the Russia-North Korea treaty", "Russia and North Korea's treaty"
        owners = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss", "amod") and c.i in cx.at]
        hyphen = any(t.text in ("-", "–") for t in cx.doc[tok.left_edge.i: tok.i])
        if hyphen or any(o.dep_ == "poss" and o.conjuncts for o in owners):
            parties = [e for o in owners for e in cx.entities(o)]
            parties += [cx.at[t.i].entity for t in cx.doc[tok.left_edge.i: tok.i] if t.i in cx.at and cx.at[t.i].form != "demonym"]
    kinds = AGREEMENT_PARTIES + (("Group",) if _truce([tok]) else ())
    parties = _uniq([e for e in _states(parties, cx) if e.type in kinds])
    if len(parties) < 2:
        return []
    f = Fact("Agreement", {"party": parties}, tokens=[tok.i])
    mediators = [e for b in brokered for o in preps(b, {"by"}) for e in cx.entities(o)
                 if e.type in AGREEMENT_PARTIES + ("Person",) and e.id not in {p.id for p in parties}]
    if mediators:  # who brokered it is its mediator, no party (corpus/CLAIMS.md, "brokered by")
        f.roles["mediator"] = _uniq(mediators)
        f.tokens += [b.i for b in brokered]
    if signed:
        f.attrs["status"] = "ratified" if signed[0].lemma_ == "ratify" else "signed"
        f.tokens.append(signed[0].i)
        f.take_date(cx.date_of(signed[0]))  # "signed in June": the date hangs on the participle
    subject = _about(tok)
    if subject:
        f.attrs["subject"] = subject
    return [f]


#: Verbs of a third party bringing the parties to an agreement ("a truce brokered by Qatar",
#: "a deal mediated by Turkey"): its 'by' is the mediator (CAMEO 045 'mediate').
BROKER_VERBS = {"broker", "mediate", "facilitate"}


#: Nouns of acts on an agreement, as the verbs they come from ("the signing of the
#: treaty", "Chile's ratification of the pact"): noun lemma -> the verb's lemma.
SIGNING_NOUNS = {"signing": "sign", "signature": "sign", "ratification": "ratify", "conclusion": "conclude"}


def signing_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """"the signing of the trade agreement by Chile and Peru", "Chile's ratification of
    the treaty with Peru", "the signing of a deal between X and Y": an Agreement of the
    possessor and the 'by' / 'between' / 'with' actors (on the act or on the document),
    status signed or ratified, as :func:`agreement_rules` reads the verb; at least two
    parties."""
    verb = SIGNING_NOUNS.get(tok.lemma_.lower()) or SIGNING_NOUNS.get(tok.lower_)
    if verb is None or tok.pos_ != "NOUN":
        return []
    docs = [o for o in preps(tok, {"of"}) if o.lemma_ in AGREEMENT_NOUNS or (verb == "sign" and o.lemma_ in SIGNED_PAPERS)]
    if not docs:
        return []
    args = nominal_arguments(tok, cx)
    actors = args.get("owner", []) + args.get("by", []) + args.get("between", []) + args.get("with", [])
    actors += [e for d in docs for o in preps(d, {"between", "with", "by"}) for e in cx.entities(o)]
    facts = _signed(tok, docs, cx, _uniq(actors))
    for f in facts:
        f.attrs["status"] = "ratified" if verb == "ratify" else "signed"
    return facts


def withdrawal_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile's withdrawal from the World Health Organization", "the withdrawal of Peru
    from the ICC": a Withdrawal of the state owning the noun (or 'of' it) from the
    organisation or court 'from' it, as :func:`withdrawal_rules` reads the verb; troops
    withdrawn ("the withdrawal of troops from X") are no withdrawal from a body."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("withdrawal", "exit", "departure"):
        return []
    args = nominal_arguments(tok, cx)
    left = [e for e in args.get("from", []) if e.type in ("InternationalOrganisation", "Court")]
    who = [e for e in _states(args.get("owner", []) + args.get("of", []), cx) if e.type == "State"]
    if not left or not who or any(o.lemma_ in TROOP_NOUNS for o in preps(tok, {"of"})):
        return []
    return [Fact("Withdrawal", {"withdrawing": who, "withdrawnFrom": left}, tokens=[tok.i], split=False)]


SANCTION_VERBS_WITH = {"hit", "target", "slap", "punish", "penalise", "penalize", "threaten"}


def sanction_with_rules(tok: Token, cx: Context) -> list[Fact]:
    """Sanctions put on a target by other verbs: "Washington hit Vell Petroleum with
    sanctions", "Japan added X to its sanctions list / entity list / blacklist". The
    subject is the authority."""
    if tok.pos_ != "VERB":
        return []
    if tok.lemma_ in SANCTION_VERBS_WITH:
        means = [o for o in preps(tok, {"with"}) if o.lemma_ in SANCTION_NOUNS and _sanction_words(o)]
    elif tok.lemma_ in ("add", "put", "place", "include"):
        means = [o for o in preps(tok, {"to", "on"}) if o.lemma_ in ("list", "blacklist") and
                 {t.lemma_ for t in o.subtree} & {"sanction", "sanctions", "entity", "blacklist", "black", "terrorist"}]
    elif tok.lemma_ in ("list", "include", "name"):
        # "The European Union listed Nayara in its 18th sanctions package": a package of sanctions names it
        means = [o for o in preps(tok, {"in"}) if o.lemma_ in ("package", "round", "list") and
                 {t.lemma_ for t in o.subtree} & {"sanction", "sanctions"}]
    else:
        return []
    if not means:
        return []
    agents = doers(tok)
    if not agents and any(c.dep_ == "auxpass" for c in tok.children):
        # "X was hit with sanctions by Y", "X was added to the sanctions list by Y": the parser hangs
        # the passive's 'by' on the noun of the means
        agents = preps(means[0], {"by"})
    auth = [e for e in (e for s_ in agents for e in cx.entities(s_)) if e.type != "Person"]
    target = [e for o in objects(tok) for e in cx.entities(o) or _sector_state(o, cx)]
    return _sanction([e for e in auth if e.id not in {t.id for t in target}], target, [tok.i, means[0].i])

#: Duties on goods (CAMEO 163 'impose embargo, boycott or sanctions' covers trade
#: restrictions; PLOVER SANCTION names tariffs): a Tariff (a kind of Sanction) on the goods' state.
TARIFF_NOUNS = {"tariff", "duty", "levy"}


#: Nouns of an amount of goods put before them with 'of': "C$30 billion worth of goods",
#: "26 billion euros of U.S. goods", "$5 billion in imports".
AMOUNT_NOUNS = {"worth", "billion", "million", "trillion", "euro", "dollar", "pound", "yuan", "yen", "value"}


def _amount(tok: Token) -> bool:
    """Whether ``tok`` heads an amount of money or goods, not a thing or people: a noun
    of :data:`AMOUNT_NOUNS` or one the parser tags as money."""
    return tok.lemma_.lower() in AMOUNT_NOUNS or tok.ent_type_ == "MONEY"


def _goods_behind(obj: Token) -> Token:
    """The goods an amount stands before ("C$29.8 billion worth of American goods": goods),
    following 'of' (or 'in') from each amount (:func:`_amount`); ``obj`` when it is no amount."""
    for _ in range(3):
        if not _amount(obj):
            break
        nxt = [o for p_ in obj.children if p_.dep_ == "prep" and p_.lower_ in ("of", "in")
               for o in p_.children if o.dep_ == "pobj"]
        if not nxt:
            break
        obj = nxt[0]
    return obj


def _goods_state(obj: Token, cx: Context) -> list[Known]:
    """The state whose goods ``obj`` names: "Japanese cars" (a demonym before the
    noun), "goods from Japan", "Japan's steel", or a state named outright."""
    for t in [obj, *obj.children]:
        m = cx.at.get(t.i)
        if m is not None and m.entity.type == "State":
            return [m.entity]
    for p_ in obj.children:
        if p_.dep_ == "prep" and p_.lower_ == "from":
            found = [e for o in p_.children if o.dep_ == "pobj" for e in cx.entities(o) if e.type == "State"]
            if found:
                return found
    return []


#: Who levies a tariff: a state, or an organisation with a common external tariff (the EU).
TARIFF_AUTHORITIES = {"State", "InternationalOrganisation"}


def tariff_rules(tok: Token, cx: Context) -> list[Fact]:
    """A tariff, duty or levy on a state's goods ("a tariff of 15% on Japanese cars",
    "US tariffs on Chilean copper") is a Tariff (gkg:Tariff, a Sanction) on that state, by the state that
    modifies the noun or the one the clause's subject is or holds office in (a government
    for the state it governs, :func:`governed`); by no one named otherwise. "sanctions on the state airline X" (an apposition or 'of' phrase
    naming the target) is read here too, as :func:`sanction_noun_rules` reads only a
    name as the object."""
    if tok.pos_ != "NOUN":
        return []
    # "a tariff of 15% on X": the parser may hang 'on' on the rate
    # or on the verb it is the object of ("setting a tariff ... on X")
    heads = [tok, *(o for p_ in tok.children if p_.dep_ == "prep" and p_.lower_ == "of" for o in p_.children),
             *([tok.head] if tok.dep_ == "dobj" else [])]
    objs = [o for h in heads for p_ in h.children if p_.dep_ == "prep" and p_.lower_ == "on" for o in p_.children
            if o.dep_ == "pobj"]
    if not objs:
        return []
    if tok.lower_ == "sanctions":
        if any(cx.entities(o) for o in objs):
            return []  # sanction_noun_rules has it
        m = _named_noun(objs[0], cx)
        target = [m.entity] if m is not None and m.entity.type not in NOT_ACTORS else []
    elif tok.lemma_ in TARIFF_NOUNS:
        target = _goods_state(_goods_behind(objs[0]), cx)  # "on C$30 billion of U.S. imports": the imports
    else:
        return []
    # a customs union levies tariffs as a state does ("EU tariffs on Chinese cars", "Brussels slapped tariffs")
    auth = [e for e in governed(_modifiers(tok, cx, ("poss", "compound", "amod", "nmod")), cx)
            if e.type in TARIFF_AUTHORITIES]
    if not auth:
        # the nearest verb above with a subject: "Trump signed an order setting a tariff": who signed it
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in a.children)),
                    None)
        for s_ in (subjects(verb) if verb is not None else []):
            for e in governed(cx.entities(s_), cx):
                st = e if e.type in TARIFF_AUTHORITIES else cx.person_state.get(e.id)
                if st is not None:
                    auth.append(st)
    goods = [t.i for t in objs[0].subtree]
    phrase = sorted({*(t.i for t in tok.subtree), *goods})
    other = _other_party(tok, _uniq(auth), cx) if not target and tok.lemma_ in TARIFF_NOUNS else []
    found = _sanction(_uniq(auth), target or other, phrase if len(phrase) <= 25 else [tok.i, *goods],
                      "Tariff" if tok.lemma_ in TARIFF_NOUNS else "Sanction")
    for f in found if other else ():
        f.read_as["target"] = "the other party to the agreement the sentence names"
    if tok.lemma_ not in TARIFF_NOUNS:
        return found
    item = _goods_words(objs[0], cx)
    for f in found if item else ():
        f.attrs["item"] = item
    return _with_rates(found, _tariff_rates(tok))


def _other_party(tok: Token, auth: list[Known], cx: Context) -> list[Known]:
    """The state a tariff set under an agreement falls on when its goods name none ("India's
    tariff on Scotch whisky will be halved when the agreement enters into force", in an
    article about India and the United Kingdom): the other of the article's two states
    (:attr:`Context.pair`), where the levying state is one of them and the sentence speaks
    of an agreement or deal; [] otherwise (a tariff on goods from anywhere is no one's)."""
    if len(auth) != 1 or not cx.pair or auth[0].id not in {e.id for e in cx.pair}:
        return []
    if not any(t.lemma_.lower() in AGREEMENT_NOUNS for t in tok.sent):
        return []
    return [e for e in cx.pair if e.id != auth[0].id]


def _goods_words(goods: Token, cx: Context) -> str:
    """The goods a tariff falls on, in the article's words ("Scotch whisky and gin",
    "British cars"; ``item``, corpus/CLAIMS.md "Tariffs and trade measures"), or "" where
    the words name only a state ("tariffs on China") or run past a clause."""
    if cx.entities(goods, conj=False) and goods.i in cx.at and cx.at[goods.i].form != "demonym":
        return ""
    toks = [t for t in goods.subtree if not (t.i == goods.left_edge.i and t.dep_ in ("det", "poss"))]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks or len(toks) > 12 or any(t.pos_ == "VERB" for t in toks):
        return ""
    return _text(cx.doc, toks)


def _with_rates(found: list[Fact], rates: list[tuple[str, list[int], bool]]) -> list[Fact]:
    """``found`` (tariffs) with the rates :func:`_tariff_rates` read: the first rate on
    each fact, every further one a fact of its own (``part`` 2, 3...: one tariff per rate,
    corpus/CLAIMS.md "Tariffs and trade measures"), a rate the change leaves behind ("from
    150%") marked ``status: superseded``."""
    if not rates:
        return found
    out = []
    for f in found:
        for n, (words, toks, old) in enumerate(rates):
            g = f if n == 0 else dataclasses.replace(f, roles=dict(f.roles), attrs=dict(f.attrs),
                                                     qualified=dict(f.qualified))
            g.attrs["rate"] = words
            g.tokens = sorted({*f.tokens, *toks})
            g.part = n + 1
            if old:
                g.attrs["status"] = "superseded"
                g.undated = True  # "cut it from 20% on Monday": Monday ended that rate, it did not start it
            out.append(g)
    return out


#: Verbs that bring a rate to a level ("tariffs would rise to 50 percent", "raised the
#: duty to 25%", "set tariffs at 15%", "will be halved from 150% to 75%"): the level after
#: 'to' or 'at' is the rate; a change 'by' so much is not a rate.
RATE_VERBS = {"rise", "raise", "increase", "hike", "climb", "jump", "double", "triple", "go", "set", "fix", "lift",
              "cut", "lower", "reduce", "fall", "drop", "impose", "levy", "slap", "apply", "charge", "keep", "stand",
              "halve", "decline", "ease", "slash", "bring", "come"}
#: A bound before a rate ("from over 100%", "up to 15%"), kept in its words as the claims
#: reader takes them (kg/quantities.py: 'over 100 percent' is more than 100).
_BOUND = r"(?:(?:over|more than|above|at least|up to|about|around|nearly|almost|roughly|under|less than|below)\s+)?"
_LEVEL = _BOUND + r"\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b|pct\b)"
#: "from 150% to 75%", "to 15% from 27.5%": the rate left behind and the one reached.
_FROM_TO = re.compile(rf"\bfrom\s+(?P<old>{_LEVEL})\s+to\s+(?P<new>{_LEVEL})|\bto\s+(?P<new2>{_LEVEL})\s+from\s+(?P<old2>{_LEVEL})")
_TO = re.compile(rf"\b(?:to|at)\s+(?P<new>{_LEVEL})")
PERCENT_WORDS = {"percent", "%", "cent", "pct"}


def _percent(tok: Token) -> tuple[str, list[int]] | None:
    """'50 percent', '15%', '30 per cent' with ``tok`` the word 'percent' (or '%',
    'cent'): the rate in the words the claims reader parses ('50 percent') and its
    tokens; None when no number is on it."""
    if tok.lower_ not in PERCENT_WORDS:
        return None
    nums = [c for c in tok.children if c.dep_ == "nummod" and c.like_num]
    if not nums:
        return None
    try:
        value = float(nums[0].text.replace(",", ""))
    except ValueError:
        return None
    words = f"{int(value) if value.is_integer() else value} percent"
    return words, sorted({nums[0].i, tok.i, *(c.i for c in tok.children if c.lower_ == "per")})


def _tariff_rate(tok: Token) -> tuple[str, list[int]] | None:
    """The rate of the tariff ``tok`` names, in percent (``rate``, corpus/CLAIMS.md "Tariffs
    and trade measures"): on the noun ("a 25% tariff", "a tariff of 15%"), or the level a
    verb of which it is the subject or object brings it to ("tariffs would rise to 50
    percent", "raised tariffs to 40 percent", "imposed tariffs at 30 per cent"). A change
    ("rose by 10 percent") or a percentage elsewhere in the sentence is no rate."""
    for c in tok.children:
        hit = _percent(c) if c.dep_ in ("compound", "nummod", "amod", "nmod") else None
        if hit is None and c.dep_ == "prep" and c.lower_ == "of":
            hit = next((h for o in c.children if o.dep_ == "pobj" for h in [_percent(o)] if h), None)
        if hit:
            return hit
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.lemma_ not in RATE_VERBS:
        return None
    for p_ in verb.children:
        if p_.dep_ == "prep" and p_.lower_ in ("to", "at"):
            hit = next((h for o in p_.children if o.dep_ == "pobj" for h in [_percent(o)] if h), None)
            if hit:
                return hit[0], sorted({p_.i, *hit[1]})
    return None


def _rate_words(text: str) -> str:
    """'over 100%' -> 'over 100 percent', '30 per cent' -> '30 percent'."""
    return re.sub(r"\s*(?:%|percent|per cent|pct)$", " percent", text.strip())


def _rate_verbs(tok: Token) -> list[Token]:
    """The verbs of :data:`RATE_VERBS` whose subject or object the tariff noun ``tok`` is,
    with the verbs joined to them that share that subject ("will be halved ..., and will
    fall to 40%")."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    verbs = [verb, *(c for c in verb.conjuncts if c.pos_ == "VERB" and c.i > verb.i
                     and not any(s_.dep_ in ("nsubj", "nsubjpass") for s_ in c.children))]
    return [v for v in verbs if v.lemma_ in RATE_VERBS]


def _tariff_rates(tok: Token) -> list[tuple[str, list[int], bool]]:
    """The rates of the tariff ``tok`` names (``rate``, corpus/CLAIMS.md "Tariffs and
    trade measures"), as (words, token indices, left behind): the rate on the noun (:func:`_tariff_rate`),
    else each level its verbs bring it to ("will be halved from 150% to 75% ..., and will
    fall to 40%": 75 percent and 40 percent, with 150 percent left behind, a superseded
    rate). Levels are read in the words of the verb's own 'from', 'to' and 'at' phrases
    (the parser splits "from over 100% to 10%" unevenly), never elsewhere in the sentence."""
    on_noun = _tariff_rate(tok)
    if on_noun is not None and not _rate_verbs(tok):
        return [(*on_noun, False)]
    out: list[tuple[str, list[int], bool]] = []
    doc = tok.doc
    for verb in _rate_verbs(tok):
        preps_ = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "at")]
        if not preps_:
            continue
        start, end = min(p_.i for p_ in preps_), max(p_.right_edge.i for p_ in preps_)
        span = doc[start:end + 1]
        text = span.text
        found = []  # (words, char start, char end, left behind)
        m = _FROM_TO.search(text)
        if m:
            new, old = ("new", "old") if m.group("new") else ("new2", "old2")
            found = [(m.group(new), *m.span(new), False), (m.group(old), *m.span(old), True)]
        else:
            m = _TO.search(text)
            if m:
                found = [(m.group("new"), *m.span("new"), False)]
        for words, a, b, old in found:
            chars = doc.char_span(span.start_char + a, span.start_char + b, alignment_mode="expand")
            toks = [verb.i, *(t.i for t in chars)] if chars is not None else [verb.i]
            out.append((_rate_words(words), toks, old))
    if not out and on_noun is not None:
        out = [(*on_noun, False)]
    # the rates reached in the order told ("to 75% ..., and will fall to 40%"), then those left behind
    return sorted(out, key=lambda r: (r[2], min(r[1])))


#: Nouns a sentence uses for a package of sanctions an earlier sentence adopted ("The package
#: also bans ...", "The measures target ...").
PACKAGE_NOUNS = {"package", "measure", "sanction", "sanctions", "round", "restriction", "penalty", "listing"}
#: Verbs a package of sanctions does its work with: "the package bans", "the sanctions target".
PACKAGE_VERBS = BAN_VERBS | {"target", "hit", "cover", "include", "restrict", "list", "add", "extend"}


def _package_before(subj: Token, cx: Context) -> tuple[list[Known], str] | None:
    """The authority of the sanctions a definite description of a package ("the package",
    "the new measures", "these sanctions") stands for: that of the last Sanction the
    sentences before it (up to :data:`kg.extract.mentions.PRONOUN_WINDOW`) draft with an
    authority, with the words that drafted it (for the reviewer); None when none does."""
    if subj.lemma_.lower() not in PACKAGE_NOUNS or subj.i in cx.at or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those") for c in subj.children):
        return None
    if any(c.dep_ == "amod" and c.lower_ in ("other", "further", "remaining") for c in subj.children):
        return None  # "the other measures include ...": not the ones told before
    sent = subj.sent
    start = _window_start(sent.start, cx)
    if subj.lemma_.lower() == "package":
        start = 0  # "the package", however far down: the one package the article reports, adopted before
    found = _sanctions_before(cx, start, sent.start)
    if found:
        return found[-1]
    # "The returning measures include ...", far down: the sanctions of the one authority the article tells before
    found = _sanctions_before(cx, 0, sent.start)
    return found[-1] if found and len({tuple(e.id for e in auth) for auth, _ in found}) == 1 else None


def _targets_before(cx: Context, tok: Token, authorities: set[str]) -> tuple[list[Known], str] | None:
    """The named targets of the last sanction drafted before ``tok``'s sentence, in the
    sentence before it or the :data:`PRONOUN_WINDOW` sentences before that, by other
    authorities than ``authorities`` ("The UK froze the assets of X and Y. Canada and
    Australia have imposed the same measures": X and Y), with the words that name them
    there (for the reviewer); None when no sanction there names a target."""
    end = tok.sent.start
    found = _sanctions_drafted(cx, _window_start(end, cx), end, SANCTION_NOUNS | BAN_VERBS | IMPOSE_VERBS | {"sanction"},
                               lambda f: f.roles.get("target") and
                               not {a.id for a in f.roles.get("authority", [])} & authorities)
    return (found[-1][1][-1].roles["target"], found[-1][0].sent.text.strip()) if found else None


def _sanctions_before(cx: Context, start: int, end: int) -> list[tuple[list[Known], str]]:
    """The authorities of the sanctions drafted between tokens ``start`` and ``end``, in
    text order, each with the words that name it there (for the reviewer)."""
    out = []
    for t, facts in _sanctions_drafted(cx, start, end, SANCTION_NOUNS | BAN_VERBS | {
            "impose", "adopt", "announce", "approve", "sanction", "unveil"}, lambda f: f.roles.get("authority")):
        auth = [e for f in facts for e in f.roles["authority"]]
        named = [m for m in cx.mentions if t.sent.start <= m.start < t.sent.end and m.entity.id == auth[0].id]
        out.append((_uniq(auth), cx.doc[named[0].start:named[0].end].text if named else t.sent.text.strip()))
    return out


def _sanctions_drafted(cx: Context, start: int, end: int, triggers: set[str], keep) -> list[tuple[Token, list[Fact]]]:
    """The sanctions the sanction rules draft from the words of ``triggers`` between tokens
    ``start`` and ``end``: for each such word, in text order, the word and the Sanctions
    ``keep`` (a predicate on a Fact) accepts of the first rule that drafts any it accepts."""
    out = []
    for t in cx.doc[start:end]:
        if t.lemma_ not in triggers:
            continue
        for rule in (sanction_rules, sanction_noun_rules, ban_rules):
            facts = [f for f in rule(t, cx) if f.type == "Sanction" and keep(f)]
            if facts:
                out.append((t, facts))
                break
    return out


def _window_start(start: int, cx: Context) -> int:
    """The first token of the sentence :data:`PRONOUN_WINDOW` sentences before the one
    starting at token ``start`` (or of the text, when it has fewer)."""
    for _ in range(PRONOUN_WINDOW):
        if start == 0:
            break
        start = cx.doc[start - 1].sent.start
    return start


def package_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The European Union adopted new sanctions against Russia. The package also bans
    imports of Russian coal": a verb of what sanctions do (:data:`PACKAGE_VERBS`) whose
    subject is a definite description of a package (:func:`_package_before`) is a Sanction
    by that package's authority, against what its object names (a name, else the state a
    demonym in it stands for: "Russian coal"), its measure the object's words for a ban.
    The quote is this sentence; the authority is noted as read from the sentence before.
    Targets only referred back to ("freeze any assets the two men hold", "their assets")
    are the package's own: nothing new, no second Sanction."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PACKAGE_VERBS:
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj and tok.dep_ == "conj" and tok.head.pos_ == "VERB":  # "The package restricts ... and freezes ..."
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    objs = [o for o in objects(tok) if o.dep_ == "dobj"]
    found = _package_before(subj[0], cx) if subj and objs else None
    if found is None:
        return []
    auth, words = found
    obj = objs[0]
    target = [e for e in _asset_holders(obj, cx) or cx.entities(obj) if e.id not in {a.id for a in auth}]
    if not target:
        inside = [cx.at[t.i] for t in obj.subtree if t.i in cx.at]
        target = _uniq([cx.resolver.state_of(m.entity) or m.entity if m.form == "demonym" else m.entity for m in inside])
        target = [e for e in target if e.id not in {a.id for a in auth} and e.type not in NOT_ACTORS]
    if not target and obj.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in obj.children):
        # "The package adds 116 individuals and entities to the list": counted, not named
        f = Fact("Sanction", {"authority": auth}, {"measure": "listing"}, tokens=[tok.i, obj.i, subj[0].i], split=False)
        f.qualified["target"] = _unnamed_people(obj, cx)
        f.from_context["authority"] = words
        return [f]
    if not target:
        return []
    # "The measures freeze any assets the two men hold": targets only referred back to, by a
    # pronoun or a group, are those of the sanctions the package stands for, told again
    auth_ids = {a.id for a in auth}
    referred = [cx.at[t.i] for t in obj.subtree if t.i in cx.at]
    referred = [m for m in referred if not {e.id for e in m.entities} <= auth_ids]
    if referred and all(m.form in ("pronoun", "pair", "description") for m in referred):
        return []
    listed = _listed_measures(obj)
    if len(listed) > 1:  # "the measures include an arms embargo, a ban on X and a freeze on Y": one sanction each
        found = []
        for n, m in enumerate(listed, 1):
            f = Fact("Sanction", {"authority": auth, "target": target}, {"measure": _measure_words(m, cx)},
                     tokens=[tok.i, m.i, subj[0].i], split=False, part=n)
            f.from_context["authority"] = words
            found.append(f)
        return found
    f = Fact("Sanction", {"authority": auth, "target": target}, tokens=[tok.i, obj.i, subj[0].i], split=False)
    phrase = list(obj.subtree)
    if tok.lemma_ in BAN_VERBS and len(phrase) <= 12:
        f.attrs["measure"] = f"ban on {_text(cx.doc, phrase)}" if tok.lemma_ in ("ban", "prohibit", "bar") else \
            f"{tok.text} {_text(cx.doc, phrase)}"
    f.from_context["authority"] = words
    return [f]


def subject_to_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The UK designations subject them to an asset freeze", "Chile subjected two Peruvian
    banks to sanctions": a Sanction by the subject (or the state a designation's modifier
    names) against the object, its ``measure`` the words after 'to'."""
    if tok.pos_ != "VERB" or tok.lemma_ != "subject":
        return []
    measures = [o for o in preps(tok, {"to"}) if o.lemma_ in SANCTION_NOUNS and _sanction_words(o)]
    if not measures:
        return []
    auth = [e for s_ in doers(tok) for e in cx.entities(s_)]
    if not auth:  # "the UK designations": the state or body that designates
        auth = [e for s_ in doers(tok) for e in _modifiers(s_, cx, ("compound", "poss", "amod"))]
    auth = [e for e in auth if e.type not in NOT_ACTORS + ("Person",)]
    targets = [e for o in objects(tok) if o.dep_ == "dobj" for e in cx.entities(o)]
    targets = [e for e in targets if e.id not in {a.id for a in auth}]
    counted = [o for o in objects(tok) if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.i not in cx.at
               and any(c.dep_ == "nummod" for c in o.children)]
    if not (auth and (targets or counted)):
        return []
    words = [t for t in measures[0].subtree if t.dep_ != "det"]
    f = Fact("Sanction", {"authority": auth}, {"measure": _text(cx.doc, words)}, tokens=[tok.i, measures[0].i],
             split=False)
    if targets:
        f.roles["target"] = targets
    else:  # "subjected two Peruvian banks to sanctions": counted, not named
        f.qualified["target"] = _unnamed_people(counted[0], cx)
    return [f]


#: Verbs that put a measure in place, as :func:`sanction_rules` reads them.
PUT_MEASURE_VERBS = {"impose", "announce", "adopt", "approve", "slap", "unveil", "levy", "extend", "order", "agree"}


def imposed_sanctions(tok: Token) -> list[tuple[Token, list[Token]]]:
    """The sanctions a verb of imposing (:data:`PUT_MEASURE_VERBS`) takes as objects
    ("imposed a travel ban on two generals"), each with the nouns after 'on' or
    'against' on the verb or the noun; [] for any other token."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PUT_MEASURE_VERBS:
        return []
    return [(o, preps(tok, {"on", "against"}) + preps(o, {"on", "against"}))
            for o in objects(tok) if o.lemma_ in SANCTION_NOUNS and _sanction_words(o)]


#: Words that count people or bodies without a number ("several U.S. defence companies").
VAGUE_COUNTS = {"several", "some", "many", "numerous", "various", "dozens", "hundreds"}


def _state_modifier(t: Token, noun: Token, cx: Context) -> bool:
    """Whether ``t`` names a state as a modifier of ``noun`` ("U.S." of "U.S. defence
    companies"), which makes the state the party of those counted, not a target named."""
    m = cx.at.get(t.i)
    return m is not None and m.entity.type == "State" and t.i < noun.i and \
        any(a.i == noun.i for a in t.ancestors) and t.dep_ in ("compound", "nmod", "amod", "poss")


def unnamed_target_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The cabinet approved an asset freeze on 11 individuals", "Chile imposed a travel ban
    on two Peruvian generals": a Sanction whose targets are counted, not named (see
    :func:`_unnamed_people`); its measure the noun's words ("asset freeze"). Named targets
    are :func:`sanction_rules`' own."""
    out = []
    for o, against in imposed_sanctions(tok):
        if not against or any(t.i in cx.at and cx.at[t.i].form != "demonym" and not _state_modifier(t, x, cx)
                              for x in against for t in x.subtree):
            continue  # a named target, or none
        counted = [x for x in against if x.pos_ == "NOUN" and any(c.dep_ == "nummod" or c.lower_ in VAGUE_COUNTS
                                                                  for c in x.children)
                   and not _amount(x)]  # "tariffs on C$30 billion worth of goods": an amount, no one counted
        notes: dict[str, str] = {}
        auth = [e for e in _takers(tok, cx, "authority", notes) if e.type not in NOT_ACTORS]
        auth = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in auth])
        if not (counted and auth):
            continue
        f = Fact("Sanction", {"authority": auth}, tokens=[tok.i, o.i, counted[0].i], split=False, read_as=notes)
        f.qualified["target"] = _unnamed_people(counted[0], cx)
        vague = [c for c in counted[0].children if c.lower_ in VAGUE_COUNTS and c.dep_ != "nummod"]
        if vague and not any(c.dep_ == "nummod" for c in counted[0].children):
            # "several U.S. defence companies": the count in words before 'unnamed', the state as their party
            words, party = f.qualified["target"]
            rest = words.removeprefix("unnamed ").split()
            rest = [w for w in rest if w != vague[0].lower_]
            f.qualified["target"] = (f"{vague[0].lower_} unnamed {' '.join(rest)}", party)
        f.attrs["measure"] = " ".join(t.lower_ for t in o.subtree if t.i <= o.i and t.dep_ in ("compound", "amod")
                                      and t.i not in cx.at) + (" " if o.lemma_ != "sanction" else " ") + o.lower_
        f.attrs["measure"] = f.attrs["measure"].strip()
        out.append(f)
    return out


#: Nouns a deal is carried out under: "buy the tanks under the framework agreements signed with Korea".
UNDER_PREPS = {"under", "through", "via", "per"}
#: Verbs of carrying out an agreement one is party to: "Poland implemented the framework
#: agreements signed with Korea".
CARRY_OUT_VERBS = {"implement", "execute", "fulfil", "fulfill", "honour", "honor", "extend", "renew", "ratify",
                   "activate", "expand", "complete", "finalise", "finalize"}


def signed_with_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Poland will buy the tanks under the framework agreements signed with South Korea
    in July": an agreement named by a reduced passive without its signer, under which the
    clause's subject acts, is that subject's, with the party after 'with'. Its date is the
    signing's, not the clause's."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("sign", "conclude", "ink", "seal") or not _reduced_passive(tok):
        return []
    noun = tok.head
    if noun.lemma_ not in AGREEMENT_NOUNS or any(c.dep_ == "agent" for c in tok.children):
        return []
    owner = [e for c in noun.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if not owner and not (verb.pos_ == "VERB" and (noun.dep_ == "dobj" and verb.lemma_ in CARRY_OUT_VERBS or
                                                   noun.dep_ == "pobj" and noun.head.lower_ in UNDER_PREPS)):
        return []  # "Peru criticised the agreements signed with Chile": not the critic's agreement
    others = [e for o in preps(tok, {"with"}) for e in cx.entities(o)]
    actors = owner or [e for s_ in doers(verb) for e in cx.entities(s_)]
    return [f for f in _signed(tok, [noun], cx, _uniq(actors + others)) if others and actors]


#: Nouns of the measures a sanctions package lists: "an arms embargo, curbs on missile work,
#: a ban on enrichment and a freeze on assets" (gkg:measure).
MEASURE_NOUNS = SANCTION_NOUNS | {"curb", "cap", "limit", "listing", "designation", "prohibition", "suspension"}


def _listed_measures(obj: Token) -> list[Token]:
    """The measure nouns a package's object lists (the object and its conjuncts), when
    every item of the list is one; else []."""
    items, todo = [], [obj]
    while todo:  # the parser reads a list as conjuncts or as appositions of the first item
        t = todo.pop()
        items.append(t)
        todo += [c for c in t.children if c.dep_ in ("conj", "appos") and c.pos_ in ("NOUN", "PROPN")]
    items.sort(key=lambda t: t.i)
    return items if all(t.lemma_.lower() in MEASURE_NOUNS for t in items) else []


def _measure_words(noun: Token, cx: Context) -> str:
    """A listed measure in words, without its article or the list after it: "arms
    embargo", "ban on uranium enrichment"."""
    words = [t for t in noun.subtree if t.dep_ not in ("det", "cc", "punct") and not any(
        a.dep_ in ("conj", "appos") and a.i != noun.i and a.head.i == noun.i for a in [t, *t.ancestors])]
    return _text(cx.doc, words)


def body_sanction_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Cabinet approved an asset freeze on Vell Petroleum", "the ministry imposed
    sanctions on Peru": a Sanction whose authority is a bare executive body the mentions
    leave unresolved, read as the state it stands for (:func:`_acting_body`). Named
    authorities are :func:`sanction_rules`' own."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PUT_MEASURE_VERBS or any(cx.entities(s_) for s_ in doers(tok)):
        return []
    out = []
    for o in objects(tok):
        if o.lemma_ not in SANCTION_NOUNS or not _sanction_words(o):
            continue
        notes: dict[str, str] = {}
        auth = _takers(tok, cx, "authority", notes)
        target = [e for x in preps(tok, {"on", "against"}) + preps(o, {"on", "against"}) for e in cx.entities(x)]
        target = [e for e in target if e.type not in NOT_ACTORS and e.id not in {a.id for a in auth}]
        if auth and target:
            words = [t for t in o.subtree if t.i <= o.i and t.dep_ != "det"]
            out.append(Fact("Sanction", {"authority": auth, "target": target}, {"measure": _text(cx.doc, words)},
                            tokens=[tok.i, o.i], read_as=notes))
    return out


# --- who a sanctions listing counts -------------------------------------------------------

#: Nouns of what a sanctions listing counts ("48 individuals and 35 entities", "74 vessels").
LISTED_NOUNS = {"individual", "entity", "person", "people", "company", "firm", "vessel", "ship", "tanker", "bank",
                "official", "organisation", "organization", "business", "aircraft", "oligarch", "subsidiary",
                "businessman", "businessmen", "lawmaker", "officer", "entities", "individuals"}
#: Verbs that put those counted on a list of sanctions.
LISTING_VERBS = {"list", "designate", "blacklist", "sanction", "add", "name"}
#: Nouns of the list a verb of adding puts them on ("added to its sanctions list", "to the blacklist").
LIST_NOUNS = {"list", "blacklist", "register"}


def counted_listed(verb: Token) -> tuple[int, str, list[int]] | None:
    """What a listing verb's object counts ("listing 48 individuals and 35 entities"): the
    total (83), the nouns counted in words ("individuals and entities"), and their tokens;
    None when the object is no count of :data:`LISTED_NOUNS`. A noun joined without a
    number of its own shares the one before it ("116 individuals and entities": 116)."""
    from kg.extract.quantities import count_of

    total, nouns, toks = 0, [], []
    for o in objects(verb):
        for n in [o, *o.conjuncts]:
            if n.lemma_ not in LISTED_NOUNS and n.lower_ not in LISTED_NOUNS:
                continue
            nums = [count_of(c) for c in n.children if c.dep_ == "nummod"]
            if nums and nums[0] is not None:
                total += nums[0]
                toks += [c.i for c in n.children if c.dep_ == "nummod"]
            elif not total:
                return None  # "individuals" with no count before any number
            nouns.append(n.lower_)
            toks.append(n.i)
    if not total:
        return None
    return total, " and ".join(dict.fromkeys(nouns)), toks


def listing_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The Treasury sanctioned 74 vessels", "the EU added 116 individuals and entities to
    its sanctions list", "Canada blacklisted 20 officials": a Sanction whose targets are
    counted, not named: authority the verb's doer, target the unnamed ones counted
    (corpus/CLAIMS.md: ``target: 116 unnamed individuals and entities``), ``quantity`` the
    count. 'add' and 'name' count only with a list of sanctions ('to its sanctions list');
    named targets are :func:`sanction_rules`' own."""
    if tok.pos_ != "VERB" or tok.lemma_ not in LISTING_VERBS or designated_as_status(tok):
        return []
    if tok.lemma_ in ("add", "name", "list"):
        lists = [o for o in preps(tok, {"to", "on"}) if o.lemma_ in LIST_NOUNS]
        sanction_list = any(c.lemma_ in SANCTION_NOUNS or c.lower_ in ("sanctions", "blacklist") or
                            any(x.lemma_ in SANCTION_NOUNS for x in c.subtree) for o in lists for c in [o, *o.children])
        if tok.lemma_ != "list" and not sanction_list:
            return []
        if tok.lemma_ == "list" and not sanction_list and tok.dep_ not in ("advcl", "conj"):
            return []  # "listing": only beside a sanction ("imposed sanctions ..., listing 48 people")
    counted = counted_listed(tok)
    if counted is None:
        return []
    obj = next(o for o in objects(tok) if o.i in counted[2] or any(c.i in counted[2] for c in o.children))
    # named ones are sanction_rules' own ("sanctioned two firms, X and Y"); "74 vessels of Russia's
    # shadow fleet" still counts unnamed vessels
    of_phrase = {t.i for c in obj.children if c.dep_ == "prep" for t in c.subtree}
    named = _included_on(obj, obj, tok, cx)  # "listed 90 targets, including X and Y": those named among them
    if not named and any(t.i in cx.at and cx.at[t.i].form != "demonym" and t.i not in of_phrase for t in obj.subtree):
        return []
    notes: dict[str, str] = {}
    verb = tok
    if tok.dep_ in ("advcl", "conj"):
        if any(c.dep_ in ("dobj", "prep") and any(t.i in cx.at for t in c.subtree) for c in tok.head.children):
            return []  # "imposed sanctions on Russia, listing 48 people": count_listed gives that sanction the figure
        if not doers(tok):
            verb = tok.head  # "imposed sanctions, listing 48 people": who imposed them lists
    auth = [e for e in _takers(verb, cx, "authority", notes) if e.type not in NOT_ACTORS]
    auth = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in auth])
    if not auth:
        return []
    if named:
        return [Fact("Sanction", {"authority": auth, "target": named}, tokens=[tok.i, *counted[2]], read_as=notes)]
    f = Fact("Sanction", {"authority": auth}, {"quantity": counted[0]}, tokens=[tok.i, *counted[2]], split=False,
             read_as=notes)
    f.qualified["target"] = (f"{counted[0]} unnamed {counted[1]}", None)
    return [f]


def count_listed(found: list[Fact]) -> None:
    """A sanction on a named target whose clause goes on to count those listed
    ("imposed sanctions on Russia, listing 48 individuals and 35 entities"): the count is
    the sanction's ``quantity`` (83) and the words counted its ``quantityOf``
    (corpus/CLAIMS.md: what ``quantity`` counts when it is not the fact's actors)."""
    for f in found:
        if f.type != "Sanction" or f.trigger is None or "quantity" in f.attrs or "target" in f.qualified \
                or "valueOf" in f.attrs:  # a price cap (facts/caps.py) lists no one
            continue
        verb = f.trigger if f.trigger.pos_ == "VERB" else next((a for a in f.trigger.ancestors if a.pos_ == "VERB"), None)
        if verb is None:
            continue
        for v in [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_ in LISTING_VERBS | {"target", "include"}]:
            counted = counted_listed(v)
            if counted is not None:
                f.attrs["quantity"], f.attrs["quantityOf"] = counted[0], counted[1]
                f.tokens += [v.i, *counted[2]]
                break



# --- measures named by their nouns, with what they fall on (rule set 28) -------------------

#: Nouns of a restrictive measure that name what it falls on with 'on' or 'against'
#: ("new curbs on China's chip industry", "export controls on Peru", "a ban on copper exports
#: to Chile"): the ontology's gkg:Sanction ("measures imposed by an authority on a target";
#: CAMEO 163 'impose embargo, boycott or sanctions', PLOVER SANCTION). 'control' only in the
#: plural ("controls on"): "control of" is a Control.
CURB_NOUNS = {"curb", "control", "restriction", "ban", "embargo", "limit", "prohibition", "blockade", "moratorium"}
#: Verbs that put such a measure in place or make it stricter; their subject is its authority.
CURB_VERBS = PUT_MEASURE_VERBS | {"tighten", "introduce", "expand", "broaden", "toughen", "enact", "issue", "place",
                                  "put", "declare", "decree"}
#: Nouns of goods moving between states: a measure on exports 'to' a state (imports 'from'
#: it) falls on that state ("a ban on exports of copper to Chile").
FLOW_NOUNS = {"export", "import", "sale", "shipment", "delivery", "transfer", "supply", "purchase"}
#: Classes a measure named by its noun may fall on.
CURB_TARGETS = ("State", "Government", "Organisation", "StateCompany", "InternationalOrganisation",
                "MilitaryGovernment")


def it_state(pron: Token, cx: Context) -> list[Known]:
    """The state 'it' or 'its' stands for (``pron``, a pronoun token): the one state the
    sentence names before it ("consistent with Ukraine's constitution and with its path to
    membership"), else the state, government or organisation that is the subject of the
    sentence before ("Beijing had tightened its grip. In July 2023 it required ..."); empty
    when the pronoun is another word, or several or no such actors qualify. English
    anaphora reads the nearest fitting antecedent; the rule takes it only when there is one."""
    if pron.lower_ not in ("it", "its") or pron.pos_ != "PRON":
        return []
    before = _uniq([m.entity for i, m in cx.at.items() if pron.sent.start <= i < pron.i and m.form in ("name", "capital")
                    and m.entity.type == "State"])
    if len(before) == 1:
        return before
    if before:
        return []
    start = pron.sent.start
    if start == 0:
        return []
    prev = cx.doc[start - 1].sent
    subj = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    found = _uniq([e for s_ in subj for e in cx.entities(s_)
                   if e.type in ("State", "Government", "InternationalOrganisation")])
    return found if len(found) == 1 else []


def administration_state(noun: Token, cx: Context) -> list[Known]:
    """The state a leader's administration or government governs: "the Biden administration",
    "the Starmer government" (``noun`` the head noun, a person's name before it): the state
    the article or the registry gives the person (:attr:`Context.person_state`, else the
    registry's 'of'); empty for another noun or a person of no known state."""
    if noun.lemma_ not in ("administration", "government", "cabinet"):
        return []
    people = [e for c in noun.children if c.dep_ in ("compound", "poss") for e in cx.entities(c, conj=False)
              if e.type == "Person"]
    found = [cx.person_state[p.id] for p in people if p.id in cx.person_state]
    if not found:
        found = [s for p in people if p.state for s in [cx.resolver.state_of(p)] if s is not None]
    return _uniq(found)


def _flow_states(x: Token, cx: Context) -> list[Known]:
    """The states a phrase of goods moving ("exports of copper to Chile", "Peruvian
    imports from Chile", "sales of arms to Peru") sends them to or takes them from: the
    measure on it falls on them."""
    flows = [t for t in x.subtree if t.lemma_.lower() in FLOW_NOUNS and t.pos_ == "NOUN"]
    found = [e for f in flows for o in preps(f, {"to"} if f.lemma_ != "import" else {"from"}) for e in cx.entities(o)]
    return _uniq([e for e in found if e.type == "State"])


def _curb_authority(tok: Token, cx: Context) -> tuple[list[Known], list[int]]:
    """Who puts the measure named by ``tok`` in place: the state or body its possessive,
    demonym or name before it names ("Washington's new curbs", "US export controls"),
    else the doer of the verb that imposes or tightens it ("the Biden administration
    tightened its controls", "curbs imposed by Chile"), 'its' read as the state it stands
    for (:func:`it_state`); a person acts for their state. Returns the entities and the
    token indices the quote must cover."""
    auth = [e for e in _modifiers(tok, cx, ("poss", "compound", "amod", "nmod")) if e.type not in NOT_ACTORS]
    toks: list[int] = []
    head = tok
    while head.dep_ == "conj":
        head = head.head
    if not auth and head.dep_ == "dobj" and head.head.lemma_ in CURB_VERBS:
        verb = head.head
        notes: dict[str, str] = {}
        auth = [e for s_ in doers(verb) for e in administration_state(s_, cx)] or \
            _takers(verb, cx, "authority", notes) or [e for s_ in doers(verb) for e in it_state(s_, cx)]
        toks = [verb.i]
    if not auth:
        for acl in (c for c in tok.children if c.dep_ == "acl" and c.lemma_ in CURB_VERBS):
            auth = [e for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                    for e in cx.entities(o)]
            toks = [acl.i]
    if not auth:  # "its curbs on Peru": the state the sentence names before
        auth = [e for c in tok.children if c.dep_ == "poss" for e in it_state(c, cx)]
    auth = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in auth])
    return [e for e in auth if e.type not in ("Person", *NOT_ACTORS)], toks


def measure_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """A restrictive measure named by its noun with what it falls on (:data:`CURB_NOUNS`):
    "Washington's new curbs on China's chip industry", "the Biden administration tightened
    its controls on China's semiconductor industry", "Chile imposed a ban on copper exports
    to Peru", "US export controls on Peru". A Sanction of the authority
    (:func:`_curb_authority`) against the actor the 'on' phrase names, the state whose
    economy it names (:func:`_sector_state`) or the state goods move to or from
    (:func:`_flow_states`); the noun's words are its ``measure``. A measure on a state's own
    goods that names no other state ("Chile announced curbs on exports of copper") is the
    state's ExecutiveAction instead, its words the ``subject``. Nothing when no authority is
    named or the measure falls on the authority itself."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CURB_NOUNS or (tok.lemma_ == "control" and tok.tag_ != "NNS"):
        return []
    on = preps(tok, {"on", "against"})
    if not on and tok.dep_ == "dobj" and tok.head.lemma_ in CURB_VERBS:
        on = preps(tok.head, {"on", "against"})  # "announced curbs on exports": the parser hangs 'on' on the verb
    if not on:
        return []
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in LIFT_STATUS:
        return []  # "Peru lifted its ban on arms sales to Chile": lift_rules reads the measure ended
    if tok.lemma_ in SANCTION_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_ in IMPOSE_VERBS and any(
            cx.entities(x) or _sector_state(x, cx) for x in on):
        return []  # "announced an arms embargo on Peru": sanction_rules reads it with the verb
    auth, toks = _curb_authority(tok, cx)
    if not auth:
        return []
    target = [e for x in on for e in cx.entities(x) if e.type in CURB_TARGETS]
    target = target or [e for x in on for e in _sector_state(x, cx)] or [e for x in on for e in _flow_states(x, cx)]
    # "Washington's curbs on its chip industry": the state 'its' stands for
    target = target or [e for x in on if x.lemma_.lower() in SECTOR_NOUNS for c in x.children if c.dep_ == "poss"
                        for e in it_state(c, cx)]
    own = {a.id for a in auth} | {a.state for a in auth if a.state}
    target = _uniq([e for e in target if e.id not in own and (e.state or "") not in own])
    words = [t for t in tok.subtree if t.dep_ not in ("det", "poss", "case") and not (t.dep_ == "relcl" or any(
        a.dep_ in ("relcl", "acl") and a.i != tok.i for a in t.ancestors if a.i in {d.i for d in tok.subtree}))
        and t.i not in {c.i for c in tok.children if c.dep_ in ("poss",)}]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    if on and on[0].head.head.i != tok.i:  # 'on' hangs on the verb: its phrase belongs to the measure's words
        clauses = {t.i for d in on[0].subtree if d.dep_ in ("relcl", "acl") for t in d.subtree}
        words += [on[0].head, *(t for t in on[0].subtree if t.i not in clauses)]
        while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
            words.pop()
    measure = _text(cx.doc, [t for t in words if not (t.i < tok.i and t.i in cx.at and cx.at[t.i].entities[0] in auth)])
    # "a day after Washington tightened its controls on China": the main clause's date is not the measure's
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    aside = verb is not None and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
                                     for c in verb.children)
    if target:
        return [Fact("Sanction", {"authority": auth, "target": target}, {"measure": measure} if len(words) <= 14 else {},
                     tokens=[tok.i, *toks], undated=aside)]
    goods = [t for x in on for t in [x] if t.lemma_.lower() in FLOW_NOUNS and not any(
        m.entity.type == "State" for i, m in cx.at.items() if x.left_edge.i <= i <= x.right_edge.i and m.form != "demonym")]
    if not goods or tok.lemma_ not in ("curb", "control", "restriction", "ban", "limit") or len(words) > 16:
        return []
    roles = _executive([e for e in auth if e.type in ("State", "Government", "MilitaryGovernment")], cx)
    if "initiator" not in roles:
        return []
    return [Fact("ExecutiveAction", roles, {"subject": measure}, tokens=[tok.i, *toks], split=False, undated=aside)]


def deal_under_which_rules(tok: Token, cx: Context) -> list[Fact]:
    """"the Prime Minister announced a deal under which Ukraine will buy missiles", "an
    agreement by which Chile supplies gas to Peru": an agreement named by its noun and the
    clause of what it provides ('under which', 'by which', 'whereby'); its parties are the
    states that clause's subject names and the one whose leader announces, signs or
    reaches it (or the 'with' party). At least two parties."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in AGREEMENT_NOUNS - {"declaration", "charter"}:
        return []
    clauses = [c for c in tok.children if c.dep_ == "relcl" and any(
        t.lower_ in ("which", "whereby") and (t.head.lower_ in ("under", "by") or t.lower_ == "whereby")
        for t in c.subtree if t.i < c.i)]
    if not clauses:
        return []
    inner = [e for c in clauses for s_ in subjects(c) for e in cx.entities(s_) if e.type in AGREEMENT_PARTIES]
    outer = [e for o in preps(tok, {"with", "between"}) for e in cx.entities(o)]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_ in (
            "announce", "sign", "reach", "strike", "agree", "conclude", "seal", "ink", "unveil", "secure"):
        outer += [cx.person_state.get(e.id, e) for s_ in doers(tok.head) for e in cx.entities(s_)]
    parties = _uniq([e for e in _states(inner + outer, cx) if e.type in AGREEMENT_PARTIES])
    if len(parties) < 2:
        return []
    return [Fact("Agreement", {"party": parties}, tokens=[tok.i, *(c.i for c in clauses)], split=False)]


#: Nouns of a state bound by an agreement: "Chile and Peru are parties to the treaty".
PARTY_TO_NOUNS = {"party", "signatory", "signatories"}


def party_to_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile and Peru are parties to the treaty", "the convention, to which both countries
    are parties" (not "Neither Chile nor Peru is a party to the statute": states outside a
    treaty are written ``{not: ...}`` beside its parties, corpus/CLAIMS.md): an Agreement of the subjects of 'be' that the noun 'party' or
    'signatory' says are bound by the agreement 'to' names (an agreement noun, or the
    noun a relative 'to which' clause hangs on). At least two parties."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PARTY_TO_NOUNS or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return []
    verb = tok.head
    docs = preps(tok, {"to", "of"}) + preps(verb, {"to"})
    if any(d.lower_ in ("which", "whom") for d in docs) and verb.dep_ == "relcl":
        docs = [verb.head]  # "the convention, to which both countries are parties"
    docs = [d for d in docs if d.lemma_.lower() in AGREEMENT_WORDS | {"statute"}]
    if not docs:
        return []
    subj = subjects(verb)
    actors = [e for s_ in subj for e in cx.entities(s_)]
    # "Neither the United States nor Israel": the parser joins the second with 'nor' as a conjunct
    actors += [e for s_ in subj for c in s_.children if c.dep_ == "preconj" for x in s_.conjuncts for e in cx.entities(x)]
    parties = _uniq([e for e in _states(actors, cx) if e.type in AGREEMENT_PARTIES])
    if len(parties) < 2:
        return []
    if any(c.lower_ == "neither" for s_ in subj for c in s_.children) or any(c.dep_ == "neg" for c in verb.children):
        # "Neither the United States nor Israel is a party": states named as outside the treaty are
        # written {not: ...} beside its unnamed parties (corpus/CLAIMS.md), not drafted here
        return []
    f = Fact("Agreement", {"party": parties}, tokens=[tok.i, verb.i, docs[0].i], undated=True)
    _named_multilateral(f, docs[0])
    return [f]


#: Head nouns of the proper name of a treaty open to many states ("the 1954 Convention on
#: Diplomatic Asylum", "the Rome Statute", "the UN Charter"): states said to be parties to
#: it are some of its parties, not the two sides of a deal between them.
MULTILATERAL_HEADS = {"convention", "covenant", "statute", "charter", "protocol"}


def _named_multilateral(f: Fact, noun: Token) -> None:
    """Give the Agreement ``f`` the proper name ``noun`` heads as its ``title``
    (:func:`_treaty_name`), and, when that name is a convention's, covenant's, statute's,
    charter's or protocol's (:data:`MULTILATERAL_HEADS`), its other parties unnamed
    (corpus/CLAIMS.md: ``party: [Peru, unnamed other parties]``). Changes ``f`` in place."""
    name = _treaty_name(noun)
    if name is None:
        return
    f.attrs["title"] = name
    if noun.lower_ in MULTILATERAL_HEADS:
        f.qualified["party"] = ("unnamed other parties", None)


#: Verbs of an agreement's own clause that buy from or sell to another state ("a deal to buy
#: gas from Peru", "a contract to supply wheat to Egypt"): that state is a party.
BUY_CLAUSE_VERBS = {"buy", "purchase", "import", "acquire", "procure"}
SELL_CLAUSE_VERBS = {"sell", "supply", "export", "deliver", "ship", "provide"}


def _trade_clause_states(clauses: list[Token], cx: Context) -> list[Known]:
    """The states the clauses of an agreement's noun buy from ('from') or sell to ('to'):
    "a deal to buy gas from Peru" -> Peru."""
    out = [e for c in clauses if c.lemma_ in BUY_CLAUSE_VERBS for o in preps(c, {"from"}) for e in cx.entities(o)]
    out += [e for c in clauses if c.lemma_ in SELL_CLAUSE_VERBS for o in preps(c, {"to"}) for e in cx.entities(o)]
    return [e for e in governed(out, cx) if e.type == "State"]


#: Verbs that act on an agreement the parties already have, with the status each gives it
#: (corpus/CLAIMS.md 'controlled value' status): "extended their ceasefire", "renewed the
#: accord", "suspended the treaty", "scrapped the deal"; 'have' states one in force.
ACT_ON_AGREEMENT = {"extend": "extended", "renew": "renewed", "suspend": "suspended", "terminate": "terminated",
                    "scrap": "terminated", "abandon": "terminated", "end": "terminated", "have": None,
                    # "the Israeli government approved the ceasefire agreement with Hamas": a state's or its
                    # government's approval of its own agreement (no other body's: a parliament approves)
                    "approve": "approved", "endorse": "approved"}
#: Verbs of :data:`ACT_ON_AGREEMENT` whose subject is a party only as a state or its government.
APPROVE_VERBS = {"approve", "endorse"}


def agreement_acted_on_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile and Peru extended their ceasefire on Monday", "the two countries renewed the
    accord", "Chile and Peru have a free trade agreement", "Chile suspended its agreement
    with Peru": an Agreement of the subjects of the verb and the 'with' party of its object,
    with the status the verb gives (none for 'have'). At least two parties."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in ACT_ON_AGREEMENT:
        return []
    docs = [o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_ in AGREEMENT_WORDS]
    if not docs:
        return _acted_on_told(tok, cx)
    notes: dict[str, str] = {}
    actors = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
    if tok.lemma_ in APPROVE_VERBS:
        actors = [e for e in actors if e.type in ("State", "Government")]
        if not actors:
            return []
    actors += [e for d in docs for o in preps(d, {"with", "between"}) for e in cx.entities(o)]
    kinds = AGREEMENT_PARTIES + (("Group",) if _truce(docs) else ())
    parties = _uniq([e for e in _states(actors, cx) if e.type in kinds])
    if len(parties) < 2:
        return []
    status = ACT_ON_AGREEMENT[tok.lemma_]
    f = Fact("Agreement", {"party": parties}, tokens=[tok.i, docs[0].i], read_as=notes, undated=status is None)
    if status:
        f.attrs["status"] = status
    subject = _about(docs[0]) or _purpose(tok, docs[0], cx)
    if subject:
        f.attrs["subject"] = subject
    term = contract_term(docs[0], tok)
    if term is not None:  # "signed a 20-year agreement", "for twenty years"
        f.attrs["duration"] = term[0]
        f.tokens += term[1]
    return [f]


#: Auxiliaries of a possibility, not an act: "can be renewed", "may be extended".
POSSIBILITY_AUX = {"can", "could", "may", "might"}
#: Nouns a deal told before is named by again ("that scheme was scrapped", "the arrangement").
DEAL_AGAIN_NOUNS = AGREEMENT_WORDS | {"scheme", "arrangement", "plan", "programme", "program"}


def _acted_on_told(tok: Token, cx: Context) -> list[Fact]:
    """A deal told before that a passive verb of :data:`ACT_ON_AGREEMENT` ends or changes,
    its subject a definite noun of :data:`DEAL_AGAIN_NOUNS` ("Rwanda agreed to take asylum
    seekers from Britain, but that scheme was scrapped by Prime Minister Keir Starmer"): a
    further claim of that Agreement (``refers``: its parties are its own) with the status
    the verb gives, dated by the verb's own date. Nothing for an indefinite noun ("a scheme
    was scrapped"), 'have', an approval, or a possibility ("the agreement can be renewed if
    both banks consent": a term of the deal, no change of its status)."""
    if tok.lemma_ in APPROVE_VERBS or ACT_ON_AGREEMENT[tok.lemma_] is None:
        return []
    if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in tok.children):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in DEAL_AGAIN_NOUNS
            and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "that", "this", "its", "their")
                    for d in c.children)]
    if not subj:
        return []
    f = Fact("Agreement", {}, {"status": ACT_ON_AGREEMENT[tok.lemma_]}, tokens=[tok.i, *(t.i for t in subj[0].subtree)],
             split=False, clause=False, refers=("fact", ("Agreement",)))
    f.take_date(cx.date_of(tok))
    return [f]


#: Verbs that stop or limit trade named as their object ("blocked imports of Peruvian wine",
#: "halted gas exports to Peru"): an embargo of the goods' other state (CAMEO 163 'impose
#: embargo, boycott or sanctions').
STOP_TRADE_VERBS = {"block", "halt", "suspend", "stop", "restrict", "curb", "limit", "cut"}


def trade_stopped_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile blocked imports of Peruvian wine", "Chile suspended imports of beef from
    Peru", "Chile halted gas exports to Peru": a Sanction of the subject against the state
    the goods come from (imports: 'from', or a demonym on the goods) or go to (exports:
    'to'), the object's words its measure. Nothing when no other state is named."""
    if tok.pos_ != "VERB" or tok.lemma_ not in STOP_TRADE_VERBS:
        return []
    goods = [o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_.lower() in FLOW_NOUNS]
    if not goods:
        return []
    notes: dict[str, str] = {}
    auth = [cx.person_state.get(e.id, e) if e.type == "Person" else e for e in _takers(tok, cx, "authority", notes)]
    auth = [e for e in auth if e.type in ("State", "Government", "InternationalOrganisation", "MilitaryGovernment")]
    if not auth:
        return []
    g = goods[0]
    way = {"from"} if g.lemma_.lower() == "import" else {"to"}
    target = [e for o in preps(g, way) + preps(tok, way) for e in cx.entities(o)]
    if g.lemma_.lower() == "import":  # "imports of Peruvian wine": the demonym says whose goods
        target += [m.entity for t in g.subtree if t.i != g.i and t.i in cx.at for m in [cx.at[t.i]]
                   if m.form == "demonym"]
    own = {a.id for a in auth} | {a.state for a in auth if a.state}
    target = _uniq([e for e in target if e.type in ("State",) and e.id not in own])
    if not target:
        return []
    words = [t for t in g.subtree if t.dep_ != "det"] + [t for o in preps(tok, way) for t in [o.head, *o.subtree]]
    measure = f"{tok.text} {_text(cx.doc, sorted(words, key=lambda t: t.i))}"
    return [Fact("Sanction", {"authority": auth, "target": target}, {"measure": measure}, tokens=[tok.i, g.i],
                 read_as=notes)]


# --- ratification still to come (rule set 29) -----------------------------------------------

#: Words that leave a ratification still to come: "must still be ratified", "has yet to be
#: ratified", "needs to be ratified", "once it has been ratified", "pending ratification".
PENDING_WORDS = {"must", "still", "yet", "need", "require", "remain", "await", "pending", "subject", "once", "until",
                 "before", "should"}
#: Nouns an agreement goes by once named ("the document must still be ratified").
AGREEMENT_REFERENCES = AGREEMENT_WORDS | {"document", "text", "treaty", "it"}


def _pending(verb: Token) -> bool:
    """Whether the passive ``verb`` ('ratified') tells a ratification still to come: a
    modal or 'still'/'yet' on it or on the verb it depends on ("has yet to be ratified",
    "needs to be ratified"), or a clause of condition or time ("once it has been
    ratified", "until it is ratified")."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "advmod", "mark", "neg")}
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        words |= {verb.head.lemma_} | {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "advmod", "neg")}
    return bool(words & PENDING_WORDS) and "not" not in words


def pending_ratification_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The document must still be ratified by Russia's State Duma", "the treaty has yet
    to be ratified", "it will take effect once it has been ratified by parliament", "the
    accord awaits ratification": the Agreement with ``status: not yet ratified`` (corpus/
    CLAIMS.md controlled values). Its parties are those the subject names, else those of
    the agreement the article tells most before it (filled by the run, see
    :func:`~kg.extract.facts.run.find_facts`); nothing when neither gives two."""
    if tok.pos_ == "VERB" and tok.lemma_ == "ratify" and any(c.dep_ == "auxpass" for c in tok.children):
        if not _pending(tok):
            return []
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not subj and tok.dep_ == "xcomp":
            subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif tok.pos_ == "NOUN" and tok.lemma_ == "ratification":
        head = tok.head
        if head.dep_ == "prep" and head.lower_ == "to" and head.head.lower_ == "subject":
            head = head.head  # "subject to ratification"
        if not (head.lemma_ in ("await", "require", "need", "pending", "subject") or head.lower_ == "pending"):
            return []
        verb = head if head.pos_ in ("VERB", "AUX") else next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    else:
        return []
    if not subj or subj[0].lemma_.lower() not in AGREEMENT_REFERENCES:
        return []
    parties = [e for s_ in subj for e in _named_in(s_, cx) if e.type in ("State", "InternationalOrganisation")]
    f = Fact("Agreement", {}, {"status": "not yet ratified"}, tokens=[tok.i, subj[0].i], undated=True)
    if len(parties) >= 2:
        f.roles["party"] = _uniq(parties)
    else:
        f.open_role = "party"
    return [f]


# --- those a sanction names, listed by 'include' ---------------------------------------------

#: Verbs whose participle names those a measure strikes: "those sanctioned", "the firms targeted".
STRUCK_VERBS = {"sanction", "target", "list", "designate", "blacklist", "hit", "name"}


def _struck_set(subj: Token) -> Token | None:
    """The participle that makes ``subj`` the set a measure strikes ("Those sanctioned by
    the EU", "the companies targeted"), or None."""
    return next((c for c in subj.children if c.dep_ in ("acl", "relcl") and c.lemma_ in STRUCK_VERBS
                 and c.tag_ in ("VBN", "VBD")), None)


def sanctioned_include_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Those sanctioned by the EU include Rosneft and Igor Sechin", "The companies targeted
    include X", "The EU's sanctions include Sovcomflot": a Sanction of each actor the verb
    'include' lists (places left out), whose subject is a sanction noun or the set a
    participle of sanctioning names (:func:`_struck_set`). The authority: the agent of
    that participle, else the subject's modifiers (possessive, compound, demonym), else
    the one the article's other sanctions give (an open role; not drafted when they
    give none or several). Never a sanction noun of measures ("the measures include a
    ban on X": the ban's own rule)."""
    if tok.pos_ != "VERB" or tok.lemma_ != "include":
        return []
    out = []
    for s in subjects(tok):
        struck = _struck_set(s)
        if struck is None and (s.lemma_ not in SANCTION_NOUNS or s.lower_ not in ("sanctions", "blacklist")):
            continue
        targets = [e for o in objects(tok) for e in cx.entities(o) if e.type not in NOT_ACTORS]
        if not targets:
            continue
        auth = [e for a in (preps(struck, {"by"}) + [o for c in struck.children if c.dep_ == "agent"
                                                     for o in c.children if o.dep_ == "pobj"] if struck is not None else [])
                for e in cx.entities(a)]
        auth = auth or _modifiers(s, cx, ("poss", "compound", "amod", "nmod"))
        for f in _sanction(auth, targets, [tok.i, s.i] + ([struck.i] if struck is not None else [])):
            if not auth:
                f.open_role = "authority"
            out.append(f)
    return out


# --- a named treaty with one party named -----------------------------------------------------

#: Head nouns of a treaty's proper name ("the Paris Agreement", "the Rome Statute", "the
#: Treaty of Friendship", "the Nuclear Non-Proliferation Treaty"): the ontology's
#: gkg:Agreement label and altLabels, with a statute and a charter.
TREATY_NAME_HEADS = {"agreement", "agreements", "treaty", "accord", "accords", "pact", "convention", "protocol",
                     "charter", "statute", "covenant"}
#: Verbs by which a state takes, keeps or leaves its place among a treaty's parties, with the
#: status a signature or ratification gives it (PLOVER AGREE; CAMEO 057 "sign formal
#: agreement", 0256 "withdraw from an agreement"): the subject is one of its parties.
TREATY_PARTY_VERBS = {"sign": "signed", "ratify": "ratified", "join": None, "accede": None,
                      "leave": None, "quit": None, "exit": None, "abandon": None, "withdraw": None,
                      "denounce": None, "rejoin": None}


def _treaty_name(noun: Token) -> str | None:
    """The proper name of a treaty ``noun`` heads, or None for a common noun ("a defence
    pact"): a capitalised head of :data:`TREATY_NAME_HEADS` with a capitalised word before
    it ("the Paris Agreement") or a capitalised 'of', 'on' or 'for' phrase after it ("the
    Treaty of Friendship and Good Neighbourliness", "the Agreement for Trans-Pacific
    Partnership"); its words from the first capitalised modifier."""
    if noun.lower_ not in TREATY_NAME_HEADS or not noun.text[:1].isupper():
        return None
    before = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod")
              and c.text[:1].isupper()]
    after = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "for") and
             any(o.dep_ == "pobj" and o.text[:1].isupper() for o in c.children)]
    if not before and not after:
        return None
    start = min(t.i for c in before for t in c.subtree) if before else noun.i
    end = max(t.i for c in after for t in c.subtree) if after else noun.i
    return noun.doc[start:end + 1].text


def named_treaty_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The United States will withdraw from the Paris Agreement", "Hungary signed the Rome
    Statute", "Russia ratified the Comprehensive Nuclear-Test-Ban Treaty": an Agreement
    named by its proper name (:func:`_treaty_name`, kept as its ``title``) whose one party
    the sentence names is the subject of a verb of :data:`TREATY_PARTY_VERBS`; its other
    parties go unnamed (corpus/CLAIMS.md: ``party: [United States, unnamed other
    parties]``). Status 'signed' or 'ratified' from the verb. Not when the sentence names
    two parties or more (the rules of signing read those), nor for a negated verb."""
    status = TREATY_PARTY_VERBS.get(tok.lemma_, "none")
    if tok.pos_ != "VERB" or status == "none":
        return []
    docs = objects(tok) + preps(tok, {"from", "to", "of"})
    named = [(d, n) for d in docs for n in [_treaty_name(d)] if n]
    if not named:
        return []
    if any(o.dep_ == "pobj" and o.head.head.i == tok.i for o in preps(tok, {"with", "between"})):
        return []
    if any(a.lemma_ in SAY_VERBS or a.lemma_ in STATEMENT_VERBS for a in tok.ancestors):
        return []  # "X said Peru would leave the treaty": the words are the speaker's (a statement's own)
    subj = subjects(tok)
    actors = [e for s in subj for e in cx.entities(s) + _leaders_of(s, cx) or official_state(s, cx)]
    parties = _uniq([e for e in _bodies_for_states(actors, cx) if e.type in AGREEMENT_PARTIES])
    if len(parties) != 1:
        return []
    # "Representatives of the Government of X and the Government of Y signed the Agreement":
    # every party the subject's words name signs it, none left unnamed
    within = _uniq([e for e in _bodies_for_states([e for s in subj for t in s.subtree if t.i in cx.at
                                                    for e in cx.at[t.i].entities], cx)
                    if e.type in AGREEMENT_PARTIES])
    listed = len(within) > 1 and parties[0].id in {e.id for e in within}
    doc, name = named[0]
    # the date of joining or leaving is not the treaty's own: only a signature or ratification dates it
    f = Fact("Agreement", {"party": within if listed else parties}, {"title": name}, tokens=[tok.i, doc.i],
             undated=not status)
    if status:
        f.attrs["status"] = status
    if not listed:
        f.qualified["party"] = ("unnamed other parties", None)
    _nth_to_join(f, tok, cx)
    return [f]


#: Nouns of the one who joins a treaty in "the 56th nation to sign": a state or a body.
JOINER_NOUNS = {"nation", "country", "state", "signatory", "member", "government", "party"}


def _nth_to_join(f: Fact, verb: Token, cx: Context) -> None:
    """"X today became the 56th nation to sign Y": the place of the party in the series of
    those who signed (``ordinal``, corpus/CLAIMS.md 'which one in a series') and the date
    of the clause of 'become' the infinitive hangs on (a press release's "today" is its
    date line's day), on the Agreement ``f``. Changes ``f`` in place; nothing for another
    construction."""
    head = verb.head
    if verb.dep_ not in ("advcl", "relcl", "acl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                       for c in verb.children):
        return
    noun = head if head.pos_ == "NOUN" else next((c for c in head.children if c.dep_ == "attr"), None)
    become = head if head.lemma_ == "become" else (head.head if head.pos_ == "NOUN" and head.dep_ == "attr"
                                                  and head.head.lemma_ == "become" else None)
    if noun is None or become is None or noun.lemma_.lower() not in JOINER_NOUNS:
        return
    n = next((n for c in noun.children if c.dep_ == "amod" for n in [ordinal_of(c)] if n), None)
    if n is None:
        return
    f.attrs["ordinal"] = n
    if "date" not in f.attrs and f.attrs.get("status"):
        date, toks = cx.date_of(become)
        if date:
            f.attrs["date"] = date
            f.tokens += toks


# --- one agreement signed by each party in its own clause ------------------------------------

def _next_signing(verb: Token) -> list[Token]:
    """The verbs that sign the same document again in the next clause or sentence: a
    conjunct of ``verb`` of the same lemma ("Chile signed the agreement on Monday, and
    Peru signed it on Tuesday"), or the root of the next sentence of that lemma whose
    object is 'it' ("... Peru signed it a day later")."""
    out = [c for c in verb.conjuncts if c.i > verb.i and c.lemma_ == verb.lemma_]
    end = verb.sent.end
    if end < len(verb.doc):
        root = verb.doc[end].sent.root
        if root.lemma_ == verb.lemma_ and any(o.lower_ in ("it", "them") for o in objects(root)):
            out.append(root)
    return [v for v in out if all(o.lower_ in ("it", "them") or o.lemma_ in AGREEMENT_WORDS for o in objects(v))]


def each_signed_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile signed the agreement on Monday, and Peru signed it on Tuesday": an Agreement
    whose parties sign (or ratify) it one per clause, the second clause's verb of the
    same lemma with 'it' (or the agreement's noun) as its object, in the same sentence or
    the next (:func:`_next_signing`). One party named in each clause; status from the
    verb, date from the first clause."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("sign", "ratify"):
        return []
    docs = [o for o in objects(tok) if o.lemma_ in AGREEMENT_WORDS and not _treaty_name(o)]
    if not docs:
        return []

    def party(verb: Token) -> list[Known]:
        actors = [e for s in subjects(verb) for e in cx.entities(s) + _leaders_of(s, cx) or official_state(s, cx)]
        return _uniq([e for e in _bodies_for_states(actors, cx) if e.type in AGREEMENT_PARTIES])

    first = party(tok)
    if len(first) != 1 or preps(tok, {"with", "between"}):
        return []
    for later in _next_signing(tok):
        second = party(later)
        if len(second) == 1 and second[0].id != first[0].id:
            status = "ratified" if tok.lemma_ == "ratify" else "signed"
            toks = [t.i for v in (tok, later) for s in subjects(v) for t in s.subtree] + [tok.i, docs[0].i, later.i]
            toks += [o.i for o in objects(later)]
            # a second sentence: the quote runs over both clauses' words (not only the first's clause)
            return [Fact("Agreement", {"party": first + second}, {"status": status}, tokens=toks,
                         clause=later.sent.start == tok.sent.start)]
    return []


# --- entry refused: visas revoked ------------------------------------------------------------

#: Verbs by which a state takes back leave to enter it (CAMEO 172 "impose administrative
#: sanctions", PLOVER SANCTION): "revoked the visas of X", "cancelled X's visa".
REVOKE_VERBS = {"revoke", "cancel", "annul", "rescind"}
#: Papers of leave to enter whose revocation is a sanction (an entry restriction).
ENTRY_PAPERS = {"visa", "visas"}
#: Who may revoke a visa: a state, its government or agency, an official.
REVOKERS = ("State", "Government", "Organisation", "Person")


def visa_revocation_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The State Department revoked the visas of X and of Y", "Washington cancelled X's
    visa", "X's visa was revoked by the United States": a Sanction (``measure: visa
    revocation``) whose target is the holder of the visa (the object of 'of' or the
    possessor) and whose authority the subject or the passive's agent (a state's agency
    is the state's, :func:`~kg.extract.facts.run._agencies`). Nothing when the holder or
    the one who revokes it goes unnamed, or the verb is negated."""
    if tok.pos_ != "VERB" or tok.lemma_ not in REVOKE_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    papers = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj") and c.lemma_.lower() in ENTRY_PAPERS]
    if not papers:
        return []
    holders = []
    for p in papers:
        ofs = [p] + [c for c in p.conjuncts]
        holders += [e for x in ofs for o in preps(x, {"of", "for"}) + [c for c in x.children if c.dep_ == "poss"]
                    for e in cx.entities(o) + [e for c in o.conjuncts for e in cx.entities(c, conj=False)]]
        # "the visas of X and of Y": the second 'of' joined to the first
        holders += [e for pr in p.children if pr.dep_ == "prep" and pr.lower_ == "of" for c in pr.conjuncts
                    if c.pos_ == "ADP" for o in c.children if o.dep_ == "pobj" for e in cx.entities(o)]
    holders = _uniq([e for e in holders if e.type in ("Person", "Organisation", "Group")])
    if passive:
        doers_ = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        doers_ = subjects(tok)
    authority = _uniq([e for d in doers_ for e in cx.entities(d) if e.type in REVOKERS])
    if not holders or not authority or {e.id for e in holders} & {e.id for e in authority}:
        return []
    return [Fact("Sanction", {"authority": authority, "target": holders}, {"measure": "visa revocation"},
                 tokens=[tok.i, *(t.i for p in papers for t in p.subtree), *(d.i for d in doers_)])]


# --- a treaty named by its year, its nickname or a definite noun ---------------------------
# (read where a noun of law may be a treaty's: "Hungary signed the statute in 1999" after "the
# Rome Statute" is no Legislation, legal.legislation_rules. A rule drafting such a treaty as an
# Agreement of the one party the clause names was tried in rule set 32 and left out: it drafted
# two facts on the held-out set that match none, docs/evaluation.md.)

#: Nouns of a treaty named by its year ("the 2015 nuclear deal", "a framework deal of 2022"):
#: the heads of a treaty's proper name and the common 'deal'.
YEAR_TREATY_HEADS = TREATY_NAME_HEADS | {"deal", "deals"}


def _year_of(noun: Token) -> str | None:
    """The year a treaty's noun is named by: a four-digit year (1900-2099) before it ("the
    2015 nuclear deal", "the 1998 Rome Statute") or in an 'of' after it ("a framework deal
    of 2022", "the Treaty of Friendship of 2000"); None otherwise."""
    def year(t: Token) -> bool:
        return t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2099
    before = [c for c in noun.children if c.i < noun.i and c.dep_ in ("nummod", "amod", "compound", "nmod", "npadvmod")
              and year(c)]
    after = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
             if o.dep_ == "pobj" and year(o)]
    found = before or after
    return found[0].text if found else None


def _treaty_referred(noun: Token, cx: Context) -> tuple[str, str | None] | None:
    """The treaty a noun names, as (its name, the year it is named by): a proper name
    (:func:`_treaty_name`), a year ("the 2015 nuclear deal"), a nickname of a place or a
    person ("the Minsk accords", "the Abraham accords": a capitalised modifier that names
    no state, organisation or person the registry knows), or a definite noun that stands
    for the one treaty of that head the text named before ("the statute" after "the Rome
    Statute"); None for a common noun ("a defence pact", "the deal" with no treaty named)."""
    if noun.lower_ not in YEAR_TREATY_HEADS:
        return None
    year = _year_of(noun)
    name = _treaty_name(noun)
    if name:
        return name, year
    if year:
        words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det" and not t.is_punct] + \
            [t for t in noun.subtree if t.i > noun.i and t.i <= max(t.i for t in noun.subtree)
             and any(a.dep_ == "prep" and a.lower_ == "of" and a.head.i == noun.i for a in [t, *t.ancestors])]
        words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
        return _text(cx.doc, words), year
    if noun.lower_ in TREATY_NAME_HEADS:
        nick = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nmod", "amod")
                and c.pos_ == "PROPN" and c.text[:1].isupper()]
        # a city's name, even one read as its state's government ("Minsk"), names the treaty after the place
        if nick and all(c.i not in cx.at or cx.at[c.i].entity.type in ("City", "Place", "Region", "Site")
                        or cx.at[c.i].form == "capital" for c in nick):
            return _text(cx.doc, [*nick, noun]), None
    if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
            not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in noun.children):
        head = noun.lemma_.lower()
        named = {n for t in cx.doc[:noun.i] if t.lemma_.lower() == head for n in [_treaty_name(t)] if n}
        if len(named) == 1:
            return named.pop(), None
    return None


#: Verbs of those who bear a tariff in a participle on its noun ("the average tariff faced
#: by UK firms exporting to India", "duties paid by Chilean exporters").
BEAR_TARIFF_VERBS = {"face", "pay", "bear", "meet"}


def tariff_faced_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The average tariff faced by UK firms exporting to India will fall from 15% to 3%":
    a Tariff (gkg:Tariff) told by those who bear it, with no 'on' phrase (which
    :func:`tariff_rules` reads): ``target`` the state of the goods or firms after 'by'
    (a demonym or a name on the noun), ``authority`` the state they sell 'to' or 'in',
    ``item`` the noun phrase, ``rate`` each level :func:`_tariff_rates` reads. Both
    states must be named; nothing for "the tariffs faced by exporters" or a state that
    levies on its own goods."""
    if tok.lemma_ not in TARIFF_NOUNS or tok.pos_ != "NOUN":
        return []
    borne = [o for v in tok.children if v.dep_ == "acl" and v.lemma_ in BEAR_TARIFF_VERBS
             for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not borne:
        return []
    target = _goods_state(borne[0], cx)
    auth = [e for t in borne[0].subtree if t.dep_ == "prep" and t.lower_ in ("to", "into", "in")
            for o in t.children if o.dep_ == "pobj" for e in cx.entities(o) if e.type in TARIFF_AUTHORITIES]
    auth = [e for e in _uniq(auth) if e.id not in {x.id for x in target}]
    if len(target) != 1 or len(auth) != 1:
        return []
    words = [t for t in tok.subtree if not (t.i == tok.left_edge.i and t.dep_ in ("det", "poss"))]
    found = _sanction(auth, target, [t.i for t in tok.subtree], "Tariff")
    for f in found:
        f.attrs["item"] = _text(cx.doc, words)
    return _with_rates(found, _tariff_rates(tok))


#: Nouns of goods that cross a border ("Indian exports to the UK", "goods from Chile").
GOODS_NOUNS = {"export", "import", "good", "product", "shipment", "product", "car", "vehicle", "commodity"}


def duty_free_rules(tok: Token, cx: Context) -> list[Fact]:
    """"99% of Indian exports to the United Kingdom will enter free of duty" (also
    "duty-free", "tariff-free"): a Tariff (gkg:Tariff) at ``rate`` 0 percent, levied
    (waived) by the state the goods go 'to' on the state whose goods they are (a demonym
    or a name on the goods noun, or 'from'), ``item`` the clause's subject in its words. The
    subject must be goods (:data:`GOODS_NOUNS`, or a share 'of' them); both states named."""
    if tok.lemma_ not in ("duty", "tariff") or not (
            tok.head.lower_ == "free" or tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "free"):
        return []
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = [s_ for s_ in (subjects(verb) if verb is not None else []) if s_.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or any(c.dep_ == "neg" for c in verb.children):
        return []  # "exports will not enter duty-free": no tariff waived
    goods = subj[0]
    if goods.lower_ in ("%", "percent", "cent") or goods.like_num:  # "99% of Indian exports": the goods
        goods = next((o for p_ in goods.children if p_.dep_ == "prep" and p_.lower_ == "of"
                      for o in p_.children if o.dep_ == "pobj"), goods)
    if goods.lemma_.lower() not in GOODS_NOUNS:
        return []
    target = _goods_state(goods, cx)
    auth = [e for p_ in goods.children if p_.dep_ == "prep" and p_.lower_ in ("to", "into")
            for o in p_.children if o.dep_ == "pobj" for e in cx.entities(o) if e.type in TARIFF_AUTHORITIES]
    auth = [e for e in _uniq(auth) if e.id not in {x.id for x in target}]
    if len(target) != 1 or len(auth) != 1:
        return []
    words = [t for t in subj[0].subtree]
    while words and words[-1].is_punct:
        words.pop()
    while words and words[0].is_punct:  # a list's dash
        words.pop(0)
    found = _sanction(auth, target, [tok.i, verb.i, *(t.i for t in words)], "Tariff")
    for f in found:
        f.attrs["item"] = _text(cx.doc, words)
        f.attrs["rate"] = "0 percent"
        # "will enter free of duty": goods let in under terms still to come
        f.planned = any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "'ll") for a in verb.children)
    return found
