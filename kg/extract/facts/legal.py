"""Rules of the law and its acts: charges, sentences, warrants, trials and investigations,
cases brought, court rulings and findings, repression, detentions, deaths in custody,
releases, papers filed in court; laws enacted, decrees and executive orders, exit bans,
institutions suspended."""

from __future__ import annotations

import re

import dataclasses

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.mentions import TITLES, Known

from kg.extract.facts.court_orders import ORDER_TRIGGERS, placed_under
from kg.extract.facts.custody import held_person
from kg.extract.facts.disqualifications import bar_duration, disqualified_people
from kg.extract.facts.common import (
    EXECUTIVES, LEGAL_VERBS, NOT_ACTORS, PLACES, PRISON_NOUNS, Context, Fact, _acting_body, _antecedents,
    _directed, _executive, RELATIVE, _candidacy_bar, _dated_preps, _exit_ban, _modifiers, _named_in, _place_of, _possessors, _prep_words,
    _state_modifiers, _states,
    _takers, _text, _uniq, _unnamed_people, _words, doers, objects, preps, subjects,
)
from kg.extract.facts.diplomacy import _name_before


#: Legal acts done to a person, never to a state: a state is not sentenced, convicted,
#: acquitted, extradited or tried ("the court sentenced the Chilean" names a person by
#: the demonym of the state).
PERSONAL_ACTIONS = {"sentence", "conviction", "acquittal", "extradition", "trial"}
#: Verbs by which someone authorises or asks for a legal act ("the minister approved his
#: extradition"): their subject is the act's author, never its target.
AUTHOR_VERBS = {"approve", "authorise", "authorize", "sign", "order", "grant", "request", "seek", "demand",
                "endorse", "clear", "allow", "permit", "sanction", "rubber-stamp"}
#: Nouns of a span of time: "jailed for five years" gives the term, not the reason.
TIME_NOUNS = frozenset({"year", "month", "week", "day", "decade", "hour", "life", "term", "period"})


def _against(target: list[Known], action: str) -> list[Known]:
    """The targets a legal act can be against: no state for an act done to a person."""
    return [e for e in target if not (action in PERSONAL_ACTIONS and e.type == "State")]


#: Prepositions that tell the deed a legal act is for ("charged *over the release in 2010*").
DEED_PREPS = {"over", "for", "with", "of"}


def _dated_by_deed(tok: Token, cx: Context) -> bool:
    """Whether the date the clause of ``tok`` gives lies in the words that tell the deed
    ("charged X over the leak in 2010"): the deed's date, not the legal act's."""
    deed = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in DEED_PREPS for t in c.subtree}
    sent = tok.sent
    told = [ent for ent in cx.dates_in(sent.start, sent.end) if sent.start <= ent.start < sent.end]
    return bool(told) and all(i in deed for ent in told for i in range(ent.start, ent.end))


def _the_court(nouns: list[Token], cx: Context) -> list[Known]:
    """The court a definite common noun stands for ("the court", "the tribunal", "the
    military court"): the one registry Court the article names before it, as a reader
    resolves a definite description to the body already in the text. [] when a noun is
    not a definite court noun, names a court of its own, or the article has named no
    court or several before it."""
    for n in nouns:
        if n.lemma_.lower() not in COURT_NOUNS or n.tag_ != "NN" or cx.entities(n, conj=False) or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in n.children) or \
                any(c.dep_ in ("compound", "poss") or c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
            continue
        before = _uniq([m.entity for m in cx.mentions if m.start < n.i and m.entity.type == "Court"])
        if len(before) == 1:
            return before
    return []


#: Nouns of the counts a person is charged on ("indicted on corruption charges").
CHARGE_NOUNS = {"charge", "count", "accusation", "allegation"}


def _charge(verb: Token, cx: Context) -> str | None:
    """What a legal act ``verb`` is for, in the text's words: after its 'with', 'for' or
    'of' ("charged with fraud", "convicted on Monday of espionage"), after one the parser
    hangs on the named person it acts on ("convicted Tor Ashby of espionage on Monday"),
    or the counts 'on' names ("indicted on corruption charges", "on charges of fraud":
    their compound or their 'of'). None when the text gives none."""
    words = _prep_words(verb, ("with", "for", "of"), 12, TIME_NOUNS)
    if words:
        return words
    for o in objects(verb):
        if o.i in cx.at:
            words = _prep_words(o, ("with", "for", "of"), 12, TIME_NOUNS)
            if words:
                return words
    for c in _dated_preps(verb):
        if c.lower_ != "on":
            continue
        for n in c.children:
            if n.dep_ != "pobj" or n.lemma_.lower() not in CHARGE_NOUNS:
                continue
            words = _prep_words(n, ("of",), 12, TIME_NOUNS)
            kinds = [t for t in n.subtree if t.i < n.i and t.dep_ in ("compound", "amod", "nmod")
                     and t.lemma_.lower() not in ("new", "fresh", "further", "several", "multiple")]
            return words or (cx.doc[kinds[0].i: n.i].text if kinds else None)
    return None


def _described(verb: Token, noun: Token, cx: Context) -> list[Known]:
    """The entities ``noun`` names as what ``verb`` acts on. When ``verb`` heads a relative
    clause on ``noun``, the names listed after the clause are not what it describes: in "X
    and Y, who had been convicted of fraud, and Z" the clause is on X and Y alone."""
    named = cx.entities(noun)
    if verb.dep_ != "relcl" or verb.head.i != noun.i:
        return named
    end = max(t.i for t in verb.subtree)
    after = {e.id for t in noun.conjuncts if t.i > end for e in cx.entities(t, conj=False)}
    return [e for e in named if e.id not in after]


#: Nouns of a price or a sum asked for goods or a service ("charged them a fee", "3 euros").
PRICE_NOUNS = {"fee", "price", "rate", "toll", "premium", "interest", "levy", "rent", "commission", "sum", "amount",
               "euro", "dollar", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "franc", "cent", "percent", "%"}


def _priced(obj: Token) -> bool:
    """Whether the object ``obj`` of 'charge' is a price ("charged Ostravia 3 euros per
    unit", "charges ships a fee of 2 percent"), which makes the verb one of selling, not of
    a charge in law (CAMEO's 'charge' is the accusation before a court)."""
    return obj.ent_type_ in ("MONEY", "PERCENT") or obj.lemma_.lower() in PRICE_NOUNS


def legal_rules(tok: Token, cx: Context) -> list[Fact]:
    """From "The court sentenced X", "X was charged with Y": a LegalAction (court or
    initiator, target, actionType, charge)."""
    action = LEGAL_VERBS.get(tok.lemma_)
    if tok.pos_ != "VERB" or action is None:
        return []
    from kg.extract.facts.charging_papers import paper_subject
    if paper_subject(tok) is not None:
        return []  # "the warrant charges X with murder": the warrant's content (charging_papers)
    actor = [e for s in doers(tok) for e in cx.entities(s)]
    actor += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
    actor = actor or _the_court(doers(tok) + preps(tok, {"by", "before"}), cx)  # "the court sentenced X"
    target = [e for o in objects(tok) for e in _described(tok, o, cx)]
    target = _against([e for e in target if e.type in ("Person", "Organisation", "StateCompany", "Group", "State")], action)
    people = [o for o in objects(tok) if o.dep_ == "dobj" and o.lemma_ in CAPTIVES and o.tag_ == "NNS"
              and not cx.entities(o)] if not target else []
    if not target and not (people and actor):
        return []
    if action == "charge" and any(o.dep_ == "dobj" and _priced(o) for o in tok.children):
        return []  # "charged Ostravia 3 euros per unit", "charges ships a fee": a price, no charge in law
    f = Fact("LegalAction", {"target": target} if target else {}, {"actionType": action}, tokens=[tok.i])
    if people:  # "A Lima court charged three Chilean journalists": counted, not named
        f.qualified["target"] = _unnamed_people(people[0], cx)
        f.tokens.append(people[0].i)
    courts = [e for e in actor if e.type == "Court"]
    bodies = [e for e in actor if e.type != "Court" and e.type not in ("Person",)]
    if courts:
        f.roles["court"] = courts
    elif bodies:
        f.roles["initiator"] = bodies
    charge = _charge(tok, cx) if action in ("charge", "conviction", "indictment", "sentence") else None
    if charge:
        f.attrs["charge" if action != "sentence" else "reason"] = charge
    if action == "sentence":
        _sentence_terms(tok, f, cx, actor)
    f.undated = _dated_by_deed(tok, cx)
    return [f]


#: Nouns of a prison term's length ("to 15 years in prison", "to six months").
TERM_NOUNS = {"year", "month", "week", "day"}


def _sentence_terms(verb: Token, f: Fact, cx: Context, actor: list[Known]) -> None:
    """What "sentenced X to 15 years in prison" passes, on the LegalAction ``f`` in place:
    the penalty 'to' names in words (``sentence``: '15 years in prison', 'life in prison')
    and its length as a ``duration`` ('15 years') where a number counts years, months,
    weeks or days; and, when no court or actor was named, the court that a common noun
    gives without naming it ("a Peruvian court sentenced ...": court qualified as the
    unnamed court, of Peru), as corpus/CLAIMS.md writes a sentence (``sentence`` in words
    and ``duration``; ``court``)."""
    to = [o for o in preps(verb, {"to"}) if o.pos_ == "NOUN"]
    if to:
        term = to[0]
        # "15 years in prison", "life in jail": the number, the noun and where it is served, not what it is for
        words = [c for c in term.children if c.dep_ in ("nummod", "amod", "compound") and c.i < term.i] + [term]
        words += [t for c in term.children if c.dep_ == "prep" and c.lower_ in ("in", "behind")
                  for o in c.children if o.dep_ == "pobj" and _prison(o) for t in (c, o)]
        if words:
            f.attrs["sentence"] = _text(cx.doc, words)
        num = [c for c in term.children if c.dep_ == "nummod" and c.like_num]
        if term.lemma_.lower() in TERM_NOUNS and num:
            f.attrs["duration"] = f"{num[0].text} {term.lemma_.lower()}s"
        f.tokens.append(term.i)
    if not actor and "court" not in f.roles:
        unnamed = [s_ for s_ in doers(verb) if s_.lemma_.lower() in COURT_NOUNS and s_.tag_ == "NN"
                   and not cx.entities(s_, conj=False) and not any(c.lower_ == "the" for c in s_.children)]
        if unnamed:
            f.qualified["court"] = _unnamed_people(unnamed[0], cx)
            f.tokens.append(unnamed[0].i)


def _warrant_objects(tok: Token) -> list[Token]:
    """The objects of ``tok``'s 'for' and 'against', and of those joined to them ("for X and
    for Y", "against X and against Y")."""
    out = preps(tok, {"for", "against"})
    for p in tok.children:
        if p.dep_ in ("prep", "dative") and p.lower_ in ("for", "against"):
            out += [o for c in p.conjuncts if c.pos_ == "ADP" and c.lower_ in ("for", "against")
                    for o in c.children if o.dep_ == "pobj"]
    return out


#: Verbs that ask a court for what their 'for' governs ("asked the judges for the
#: warrants", "applied to the chamber for arrest warrants", "petitioned the court for a warrant").
ASK_COURT_VERBS = {"ask", "apply", "petition"}


def _asked_for_warrant(tok: Token) -> bool:
    """Whether ``tok`` (a warrant) is what a verb of :data:`ASK_COURT_VERBS` asks for
    ("asked the judges for the two warrants"): the object of its 'for'."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB" \
        and tok.head.head.lemma_ in ASK_COURT_VERBS


def _warrants_told_before(tok: Token, cx: Context) -> list[Fact]:
    """The warrants a definite "the warrants", "the two warrants" (``tok``) stands for:
    the facts of the last warrant before it that names its people (read as
    :func:`warrant_rules` reads it: their targets and court are those of ``tok``); []
    for "a warrant" or none told before."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both") for c in tok.children):
        return []
    for prev in reversed(tok.doc[:tok.i]):
        if prev.lemma_ == "warrant" and prev.pos_ == "NOUN":
            found = warrant_rules(prev, cx)
            if found:
                return found
    return []


def _charge_words(verb: Token) -> str | None:
    """The charge a verb of accusing or charging gives, from after its 'of' or 'with' to the
    end of its clause ("accusing both men of the crime against humanity of persecution on
    gender grounds": 'crime against humanity of persecution on gender grounds'), without a
    leading article; None when there is none or it runs past 12 words."""
    of = next((t for t in verb.subtree if t.lower_ in ("of", "with") and t.dep_ == "prep" and t.i > verb.i), None)
    if of is None:
        return None
    words = [t for t in verb.doc[of.i + 1: verb.right_edge.i + 1] if not t.is_punct or t.i < verb.right_edge.i]
    if words and words[0].dep_ == "det":
        words = words[1:]
    return verb.doc[words[0].i: words[-1].i + 1].text if 0 < len(words) <= 12 else None


def warrant_rules(tok: Token, cx: Context) -> list[Fact]:
    """'an Argentine court issued a warrant for Hlaing's arrest', 'the ICC requested an
    arrest warrant for X', 'the court issued a warrant against X'."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in ("warrant", "summons"):
        return []
    issuing = ("issue", "request", "seek", "apply", "approve", "grant")
    # "the warrants the court issued in November against X", "a warrant issued by the court for X"
    verb = next((c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in issuing), None)
    if verb is None and tok.dep_ == "dobj":
        verb = tok.head
    asked = verb is None and _asked_for_warrant(tok)
    if asked:
        verb = tok.head.head  # "asked the judges for the two warrants": the warrants requested
    elif verb is None or verb.lemma_ not in issuing:
        return []
    target = []
    # the person the warrant is for, after the warrant or after the verb that issues it ("issued
    # arrest warrants in November for X", "issued a warrant on Friday for X and for Y")
    for o in _warrant_objects(tok) + (_warrant_objects(verb) if verb.head.i == tok.i or tok.head.i == verb.i else []):
        # each person of a list, one named by a title in apposition ("for the Taliban's supreme leader,
        # X, and the movement's chief justice, Y": Y stands beside the second title)
        # (the parser may make the second a second object of the verb: "issued warrants for X, and Y")
        second = [c for c in verb.children if c.dep_ == "dobj" and c.i > tok.i and c.i != tok.i] \
            if tok.dep_ == "dobj" and o.head.head.i == tok.i else []
        for one in [o, *(c for c in o.conjuncts if c.i > o.i), *second]:
            found = cx.entities(one, conj=False) or \
                [e for c in one.children if c.dep_ in ("poss", "appos") for e in cx.entities(c, conj=False)]
            target += [e for e in found if e.type == "Person"] or \
                [e for c in one.children if c.dep_ == "appos" for e in cx.entities(c, conj=False)]
    target = [e for e in target if e.type == "Person"]
    before = _warrants_told_before(tok, cx) if not target and asked else []
    target = target or _uniq([e for f in before for e in f.roles["target"]])
    if not target:
        return []
    subj = [s_ for s_ in subjects(verb) if s_.dep_ == "nsubj"] + \
        ([o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
         if verb.head.i == tok.i else [])
    actor = [e for s_ in subj for e in cx.entities(s_)] or _the_court(subj, cx)  # "the court issued a warrant"
    f = Fact("LegalAction", {"target": _uniq(target)}, {"actionType": "arrest warrant"},
             tokens=[tok.i, verb.i, *(t.i for s_ in subj for t in s_.subtree)])
    if verb.head.i == tok.i:  # "the warrant the court issued in November": the clause's date is the warrant's
        f.take_date(cx.date_of(verb))
    # "issued warrants for X, accusing him of ...": the parser hangs the participle on the verb or on its last object
    charged = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_ in ("accuse", "charge")] + \
        [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "acl" and c.lemma_ in ("accuse", "charge")]
    charge = _charge_words(charged[0]) if charged else None
    if charge:  # "issued warrants for X, accusing both men of persecution": the charge the warrant is for
        f.attrs["charge"] = charge
        f.tokens += [t.i for t in charged[0].subtree]
    if asked:
        # the request is a stage of the warrants (corpus/CLAIMS.md, "Stages of one fact"),
        # dated by its clause, not an appeal of the one who asks
        date, toks = cx.date_of(verb)
        f.attrs["stage"] = {"status": "requested", **({"date": date} if date else {})}
        f.tokens += [verb.i, *toks, *(t.i for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree)]
        # the asking verb tells the stage, which the writer asserts (not a request framed
        # by it), and its date is the stage's, not the warrants'
        f.trigger, f.undated = verb, True
    elif verb.lemma_ in ("request", "seek", "apply"):
        f.attrs["status"] = "requested"
    elif verb.lemma_ in ("issue", "grant", "approve"):
        f.attrs["status"] = "issued"
    courts = [e for e in actor if e.type == "Court"] or _uniq([e for f in before for e in f.roles.get("court", [])])
    if courts:
        f.roles["court"] = courts
    elif actor:
        f.roles["initiator"] = [e for e in actor if e.type != "Person"]
    # a warrant names one person: "warrants against X and Y" are a warrant for each
    return [dataclasses.replace(f, roles={**f.roles, "target": [e]}, attrs=dict(f.attrs), tokens=list(f.tokens))
            for e in f.roles["target"]]


# --- legal actions named by a noun, cases brought before a court -----------------------

#: Nouns of a legal step (CAMEO 'arrest, detain, or charge with legal action'; PLOVER 'legal action'), with the action type.
LEGAL_STEP_NOUNS = {"trial": "trial", "indictment": "indictment",
                    "prosecution": "prosecution", "conviction": "conviction", "extradition": "extradition",
                    "investigation": "investigation", "probe": "investigation", "charge": "charge",
                    "lawsuit": "lawsuit", "case": "case", "proceeding": "case", "complaint": "complaint"}
#: Verbs that bring a case: "filed a case against X", "brought charges against X", "opened an investigation into X".
BRING_VERBS = {"file", "bring", "launch", "open", "lodge", "initiate", "institute", "press", "start"}
#: ('summon' is left out: a state summons an envoy to protest, a diplomatic step.)
LEGAL_MORE_VERBS = {"try": "trial", "fine": "fine", "investigate": "investigation", "probe": "investigation"}
#: Forms the model's lemmatiser gets wrong ('fined' -> 'fin').
LEGAL_MORE_FORMS = {"fined": "fine", "fines": "fine", "fining": "fine"}


def _courts(toks: list[Token], cx: Context) -> list[Known]:
    return [e for t in toks for e in cx.entities(t) if e.type == "Court"]


def _court_rules_on(verb: Token, cx: Context) -> bool:
    """Whether ``verb`` is a court's ruling on an extradition, which
    :func:`kg.extract.facts.extraditions.extradition_ruling_rules` drafts."""
    from kg.extract.facts.extraditions import extradition_ruling_rules  # the rules of each module import this one
    return bool(extradition_ruling_rules(verb, cx))


def legal_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """A legal step named by a noun: "the arrest of X", "X's trial", "charges against X",
    "South Africa filed a case against Israel at the ICJ", "opened an investigation into
    X". Target the object of 'of'/'against'/'into' (or the possessor), initiator the
    subject of the verb that brings it, court a court named with 'at'/'before'/'in'/'by'."""
    action = LEGAL_STEP_NOUNS.get(tok.lemma_)
    if tok.pos_ != "NOUN" or action is None:
        return []
    if tok.dep_ in ("compound", "pobj") and any(a.lemma_ in ("warrant", "summons") for a in list(tok.ancestors)[:3]):
        return []  # "a warrant for X's arrest": the warrant's rule drafts it
    target_toks = preps(tok, {"against", "into"})
    if action not in ("case", "complaint", "lawsuit", "investigation", "charge"):
        target_toks += preps(tok, {"of"}) + [c for c in tok.children if c.dep_ == "poss"]
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj") and tok.head.pos_ == "VERB" else None
    if verb is not None and not target_toks:
        target_toks = preps(verb, {"against", "into"})
    faced = _facing(tok)
    if faced is not None and not target_toks:
        # "X faces charges of fraud", "X stands trial", "X is under investigation": the one who faces it
        target_toks = [s_ for s_ in subjects(faced) if s_.dep_ in ("nsubj", "nsubjpass")]
    target = [e for t in target_toks for e in cx.entities(t, conj=True)]
    if not target and action == "investigation":  # "an investigation into Chinese subsidies": China's
        target = _uniq([cx.at[x.i].entity for t in target_toks for x in t.subtree if x.i in cx.at])
    target = _against([e for e in target if e.type in ("Person", "Organisation", "StateCompany", "Group", "State",
                                                        "Government")], action)
    if action == "extradition" and verb is not None and _court_rules_on(verb, cx):
        return []  # "the court approved the extradition of X to Y": the ruling's rule drafts both
    if verb is not None and verb.lemma_ in AUTHOR_VERBS and tok.dep_ == "dobj":
        # "the minister approved his extradition": who approves the act is not who it is against
        authors = {e.id for s_ in doers(verb) for e in cx.entities(s_)}
        target = [e for e in target if e.id not in authors]
    if not target:
        return []
    f = Fact("LegalAction", {"target": target}, {"actionType": action}, tokens=[tok.i, *(t.i for t in target_toks)])
    courts = _courts(preps(tok, {"at", "before", "in", "by"}) + (preps(verb, {"at", "before", "in", "to"}) if verb is not None else []), cx)
    initiator = []
    if verb is not None and tok.dep_ != "nsubj" and verb.lemma_ in BRING_VERBS | {"issue", "announce", "order", "begin", "hold", "conduct"}:
        initiator = [e for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_)]
        courts += [e for e in initiator if e.type == "Court"]
        initiator = [e for e in initiator if e.type not in ("Court", "Person")]
        f.tokens.append(verb.i)
    elif verb is not None and tok.dep_ != "nsubj" and action in ("case", "complaint", "lawsuit", "charge", "investigation") \
            and faced is None:
        return []  # "the case shows ...": no one brings it, and it may not be legal at all
    brought = verb is not None and tok.dep_ == "dobj" and verb.lemma_ in BRING_VERBS and bool(preps(tok, {"against"}))
    if tok.lemma_ == "case" and not courts and not initiator and not brought:
        return []  # "in the case of X": a case only before a court, brought by someone or opened against someone
    if brought and not initiator:
        f.tokens.append(verb.i)  # "prosecutors opened a case against X": its opening, by unnamed prosecutors
    if courts:
        f.roles["court"] = _uniq(courts)
    if initiator:
        f.roles["initiator"] = [e for e in initiator if e.id not in {t.id for t in target}]
        if not f.roles["initiator"]:
            del f.roles["initiator"]
    charge = _prep_words(tok, ("for", "over", "on"), 12) or (_prep_words(tok, ("of",), 12) if action == "charge" else None)
    if charge and action in ("arrest", "trial", "indictment", "charge", "conviction", "case", "lawsuit", "investigation"):
        f.attrs["charge"] = charge
    appealed = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "against" else tok.head if tok.dep_ == "dobj" else None
    if appealed is not None and appealed.lemma_ in ("appeal", "challenge", "contest"):
        f.undated = True  # "appealed on Tuesday against her conviction": the conviction came before
    return [f]


#: Verbs by which someone faces a legal step: "faces charges", "stands trial".
FACE_VERBS = {"face", "stand"}


def _facing(noun: Token) -> Token | None:
    """The verb whose subject faces the legal step ``noun`` names: "X faces charges of
    fraud", "X stood trial", "X is under investigation" (the verb 'be' or 'remain' of
    'under'); None otherwise, and under a negation or a modal ("could face charges")."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in FACE_VERBS and (noun.lemma_ in ("charge", "prosecution") or
                                                                   noun.lemma_ == "trial" and noun.head.lemma_ == "stand"):
        # ("faces trial", a trial to come, is the planned trial's own rule)
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.lemma_ in ("investigation", "probe") and \
            noun.head.head.lemma_ in ("be", "remain", "come"):
        verb = noun.head.head
    else:
        return None
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_ not in ("be", "have", "do") for c in verb.children):
        return None
    return verb


def legal_more_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X was tried for treason", "the court fined Vell Petroleum", "prosecutors
    investigated X": legal steps the other verbs do not name."""
    action = LEGAL_MORE_VERBS.get(tok.lemma_) or LEGAL_MORE_FORMS.get(tok.lower_)
    if tok.pos_ != "VERB" or action is None:
        return []
    actor = [e for s_ in doers(tok) for e in cx.entities(s_)]
    actor += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
    target = [e for o in objects(tok) for e in cx.entities(o)
              if e.type in ("Person", "Organisation", "StateCompany", "Group")]
    if action == "fine":  # "fined Khan one million rupees": the one fined parsed as a modifier of the sum
        named = {e.id for e in target}
        target = [e for o in objects(tok) for c in o.children if c.dep_ in ("nmod", "dative") and c.i < o.i
                  for e in cx.entities(c) if e.type in ("Person", "Organisation", "StateCompany", "Group")
                  and e.id not in named] + target
    if not target and action == "fine":  # "The party itself was fined two million euros"
        target = [e for o in tok.children if o.dep_ == "nsubjpass" for e in cx.entities(o)
                  if e.type in ("Person", "Organisation", "StateCompany", "Group")]
    if not target:
        return []
    f = Fact("LegalAction", {"target": target}, {"actionType": action}, tokens=[tok.i])
    courts = [e for e in actor if e.type == "Court"] + _courts(preps(tok, {"in", "at", "before"}), cx)
    if courts:
        f.roles["court"] = _uniq(courts)
    elif any(e.type not in ("Person", "Court") for e in actor):
        f.roles["initiator"] = [e for e in actor if e.type not in ("Person", "Court")]
    charge = _prep_words(tok, ("for", "over", "on"), 12, TIME_NOUNS)
    if charge and not dates.resolve(charge, cx.published):  # "on Monday" is when, not what for
        f.attrs["charge"] = charge
    f.undated = _dated_by_deed(tok, cx)
    return [f]


#: What a court does, and the action type it records.
COURT_VERBS = {"rule": "ruling", "order": "order", "find": "ruling", "decide": "ruling", "hear": "hearing",
               "uphold": "ruling", "overturn": "ruling", "dismiss": "ruling", "reject": "ruling", "convict": "conviction",
               "acquit": "acquittal", "sentence": "sentence", "summon": "summons", "declare": "ruling",
               "tell": "order", "instruct": "order", "direct": "order", "bar": "order", "block": "order",
               "grant": "order", "remand": "remand", "deny": "ruling", "refuse": "ruling", "adjourn": "hearing",
               "postpone": "hearing", "suspend": "order"}
#: What a court grants ("granted X bail") that names the order better than 'order'.
GRANTED = {"bail": "bail", "appeal": "leave to appeal", "asylum": "asylum", "request": "request granted",
           "extradition": "extradition", "release": "release"}
#: Nouns of what is done to a person in a case, whose 'of' or possessor names the person
#: ("ruled the arrest of X unlawful", "ordered his release", "upheld X's conviction").
PERSON_ACT_NOUNS = {"arrest", "detention", "release", "conviction", "sentence", "extradition", "appeal", "petition",
                    "bail", "trial", "imprisonment", "acquittal", "jailing", "custody", "prosecution", "case"}
#: Nouns by which a text tells a court it does not name ("a court in Lima", "a military tribunal").
COURT_NOUNS = {"court", "tribunal"}
#: Verbs whose acts by a court not named other rules draft: sentences and convictions
#: (legal_rules), verdicts found (trial_rules), findings (finding_rules).
UNNAMED_COURT_SKIP = set(LEGAL_VERBS) | {"find", "rule", "hold", "convict", "acquit"}
#: Nouns of the judges of a court who act for it ("a bench of the Supreme Court").
BENCH_NOUNS = {"bench", "panel", "chamber", "judge", "justice"}


def _acted_on(nouns: list[Token], cx: Context) -> list[Known]:
    """The people a noun of :data:`PERSON_ACT_NOUNS` is done to: its 'of' object or its
    possessor ("the arrest of Tor Ashby", "Tor Ashby's conviction"); a possessive pronoun
    stands for the one actor its sentence names before it, if it names one only."""
    found: list[Known] = []
    for n in nouns:
        if n.lemma_.lower() not in PERSON_ACT_NOUNS:
            continue
        found += [e for o in preps(n, {"of", "against"}) for e in cx.entities(o)]
        for c in n.children:
            if c.dep_ != "poss":
                continue
            if c.pos_ == "PRON" and c.lower_ in ("his", "her"):
                before = _uniq([m.entity for m in cx.mentions if n.sent.start <= m.start < n.i
                                and m.entity.type == "Person"])
                found += before if len(before) == 1 else []
            else:
                found += cx.entities(c, conj=False)
    return found


def court_rules(tok: Token, cx: Context) -> list[Fact]:
    """What a court decides about an actor: "The International Court of Justice ruled that
    Israel must ...", "the court ordered Vell Petroleum to pay", "the tribunal told Israel
    to prevent ...": a LegalAction of the court (the subject, a registry Court) against
    the actor it names (the object, or the subject of the clause it rules)."""
    action = COURT_VERBS.get(tok.lemma_)
    if tok.pos_ != "VERB" or action is None or _candidacy_bar(tok) is not None:
        return []  # "the court barred her from standing for office": a Disqualification (disqualification_rules)
    if tok.lemma_ in ORDER_TRIGGERS and placed_under(tok) is not None:
        return []  # "ordered that the mine be placed under administration": court_orders.court_order_rules
    from kg.extract.facts.dissolutions import ordered_dissolution  # the module reads this one's courts
    if ordered_dissolution(tok):
        return []  # "ordered the party dissolved": a ruling of dissolution (dissolutions.dissolution_rules)
    courts = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type == "Court"] or _the_court(doers(tok), cx)
    if not courts:  # "a three-member bench of the Supreme Court heard ...": the court whose bench it is
        courts = [e for s_ in doers(tok) if s_.lemma_.lower() in BENCH_NOUNS for o in preps(s_, {"of"})
                  for e in cx.entities(o) if e.type == "Court"]
    # "A Lima court remanded X", "a military tribunal denied X bail": a court the text does not name
    unnamed = [s_ for s_ in doers(tok) if s_.lemma_.lower() in COURT_NOUNS and not cx.entities(s_, conj=False)
               and s_.tag_ == "NN"] if not courts and tok.lemma_ not in UNNAMED_COURT_SKIP else []
    if not courts and not unnamed:
        return []
    objs = objects(tok) + [c for c in tok.children if c.dep_ == "dative"]
    target = [e for o in objs for e in cx.entities(o)]
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    if not target:
        for comp in comps:
            target += [e for s_ in subjects(comp) for e in cx.entities(s_)]
    if not target:  # "ruled that the arrest of X was unlawful and ordered his release"
        target = _acted_on(objs + [s_ for comp in comps for s_ in subjects(comp)], cx)
    if not target and tok.lemma_ in ("grant", "deny", "refuse"):  # "granted Khan bail", parsed as one noun
        target = [e for o in objs if o.lemma_.lower() in GRANTED for c in o.children if c.dep_ == "compound"
                  for e in cx.entities(c, conj=False)]
    target = [e for e in _uniq(target) if e.type in ("Person", "Organisation", "StateCompany", "Group", "State", "Government")
              and e.id not in {c.id for c in courts}]
    if not target:
        return []
    granted = [GRANTED[o.lemma_.lower()] for o in objs + [c for c in tok.children if c.dep_ == "xcomp"]
               if o.lemma_.lower() in GRANTED] if tok.lemma_ == "grant" else []  # 'bail' may be read as a clause
    f = Fact("LegalAction", {"court": courts, "target": target} if courts else {"target": target},
             {"actionType": granted[0] if granted else action}, tokens=[tok.i])
    if unnamed:
        f.qualified["court"] = _unnamed_people(unnamed[0], cx)
        f.tokens.append(unnamed[0].i)
    return [f]


#: Repression (CAMEO 'use conventional mass violence' against civilians / PLOVER 'repress').
REPRESSION_NOUNS = {"crackdown", "repression", "persecution", "suppression", "mistreatment", "mishandling",
                    "oppression", "purge"}
REPRESSION_VERBS = {"repress", "persecute", "suppress", "oppress", "purge", "crush"}


def repression_rules(tok: Token, cx: Context) -> list[Fact]:
    """"the junta's crackdown on dissent", "the army's persecution of the Rohingya", "the
    military cracked down on protesters", "security forces crushed the opposition": a
    Repression by the named perpetrator (possessor, subject or 'by'), against the named
    target ('on'/'against'/'of', or the object) when there is one."""
    if tok.pos_ == "NOUN" and tok.lemma_ in REPRESSION_NOUNS:
        who = [e for c in _possessors(tok) for e in cx.entities(c, conj=False)]
        who += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
        whom = [e for o in preps(tok, {"on", "against", "of"}) for e in _named_in(o, cx)]
        # "Rohingya persecution", "the Uyghur crackdown": a people or group before the noun is its target
        whom += [cx.at[c.i].entity for c in tok.children if c.dep_ in ("compound", "amod") and c.i in cx.at
                 and cx.at[c.i].entity.type == "Group"]
    elif tok.pos_ == "VERB" and (tok.lemma_ in REPRESSION_VERBS or (
            tok.lemma_ == "crack" and any(c.lower_ == "down" for c in tok.children))):
        who = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        whom = [e for o in objects(tok) + preps(tok, {"on", "down"}) + [p for c in tok.children if c.lower_ == "down"
                                                                       for p in preps(c, {"on"})] for e in cx.entities(o)]
    else:
        return []
    # a named people or group repressed is the fact even when the text leaves the perpetrator out
    required = "perpetrator" if who or not any(e.type == "Group" for e in whom) else "target"
    return _directed("Repression", ("perpetrator", who), ("target", whom), required, [tok.i], split=False)


# --- detentions, deaths in custody, releases -------------------------------------
# Lexicons follow the PLOVER event categories and their CAMEO codes (ARREST / 173,
# PROTEST / 14, THREATEN / 13) and Wikidata's classes (election Q40231, referendum
# Q43109, ceremony Q2627975, statute Q820655, citizenship P27, age P2120-like figures).

#: Detention (PLOVER ARREST, CAMEO 173): verbs of taking or keeping someone in custody.
DETAIN_VERBS = {"arrest", "detain", "apprehend", "abduct", "kidnap", "intern"}
#: Verbs that detain only when what they take is a person (CAMEO 173 told with a verb of
#: seizing or jailing): "troops seized him", "Besigye was seized in Nairobi", "Turkey jails
#: Istanbul mayor X"; "seized the city" (a seizure of territory) and "seized power" are not.
CAPTURE_VERBS = {"seize", "snatch", "grab", "jail", "imprison", "incarcerate"}
#: Verbs that detain with the particle 'up' and a person taken: "rounded up", "picked up".
TAKE_UP_VERBS = {"round", "pick"}
DETENTION_NOUNS = {"arrest", "detention", "custody", "internment", "abduction"}


def _prison(tok: Token | None) -> bool:
    """Whether ``tok`` names a place of custody ("Adiala Jail", "a military prison")."""
    return tok is not None and (tok.lemma_.lower() in PRISON_NOUNS or any(
        t.lemma_.lower() in PRISON_NOUNS for t in tok.subtree if t.dep_ in ("compound", "amod") or t.i == tok.i))


def detention_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Police arrested X", "X was detained in Y", "X's arrest", "the detention of X by
    Y", "the jail where X has been held": a Detention of its target (a person or body),
    by the initiator named as subject or with 'by', at the place named."""
    held_in, custody = None, False
    if tok.pos_ == "VERB" and tok.lemma_ == "hold":
        held_in = next((p for p in preps(tok, {"in", "at"}) if _prison(p)), None)
        if held_in is None and tok.dep_ == "relcl" and _prison(tok.head):
            held_in = tok.head  # "Adiala Jail, where Khan has been held"
        if held_in is None and tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "in" and \
                tok.head.head.i > 0 and _prison(tok.doc[tok.head.head.i - 1]):
            # "Adiala Jail in Rawalpindi, where Khan has been held": the jail named right before its town
            held_in = tok.doc[tok.head.head.i - 1]
        # "he had been kidnapped and was being held in a military jail": the passive subject the verbs share
        shared = tok.dep_ == "conj" and tok.head.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in tok.head.children)
        # "had been held since December 2018", "held in Afghanistan": a person in custody, no jail named
        custody = held_person(tok, cx)[0] if held_in is None else []
        if not custody and (held_in is None or not (any(c.dep_ == "nsubjpass" for c in tok.children) or shared)):
            return []
    rounded = tok.pos_ == "VERB" and tok.lemma_ in TAKE_UP_VERBS and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)  # "police rounded up X", "X was picked up"
    if tok.pos_ == "VERB" and (tok.lemma_ in DETAIN_VERBS | CAPTURE_VERBS or rounded or held_in is not None or custody or (
            tok.lemma_ == "take" and any(_prison(p) for p in preps(tok, {"into"}))) or (
            # "placing X under house arrest" (the parser may hang 'arrest' on a noun after it)
            tok.lemma_ in ("place", "put") and any(t.lemma_ in DETENTION_NOUNS for p in preps(tok, {"under", "in", "into"})
                                                   for t in p.subtree))):
        initiator = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        initiator += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
        target = [e for o in _antecedents(objects(tok)) for e in cx.entities(o)]
        if not target and tok.dep_ == "conj" and tok.head.pos_ == "VERB":  # "was arrested in 2019 and held at"
            target = [e for o in _antecedents(objects(tok.head)) for e in cx.entities(o)]
        if not target and custody:  # "Lea Moro, a journalist who had been held in Afghanistan"
            target = list(custody)
    elif tok.pos_ == "NOUN" and tok.lemma_ in DETENTION_NOUNS:
        if any(a.lemma_ in ("warrant", "summons", "reward", "bounty", "call", "demand", "lead")
               for a in list(tok.ancestors)[:5]):
            return []  # "a warrant for X's arrest", "a reward leading to X's arrest": none made yet
        if tok.lemma_ == "custody" and tok.head.lemma_ not in ("take", "hold", "remain", "keep", "in"):
            return []
        target = [e for o in preps(tok, {"of"}) + [c for c in tok.children if c.dep_ == "poss"] for e in cx.entities(o)]
        initiator = [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
        if tok.lemma_ == "custody" and tok.head.pos_ == "VERB":  # "was taken into custody", "remains in custody"
            target = [e for s_ in subjects(tok.head) for e in cx.entities(s_)]
        elif tok.dep_ == "pobj" and (tok.head.head.lemma_ in ("hold", "keep", "remain", "take", "place", "put") or
                                     tok.head.lower_ in ("in", "under") and tok.head.head.lemma_ == "be"):
            # "X remains in detention", "X was placed under house arrest", "X has been in detention since ..."
            verb = tok.head.head
            target += [e for s_ in subjects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
                       for e in cx.entities(s_)]
            if verb.lemma_ in ("place", "put", "keep", "hold"):  # "placing X under house arrest": the one placed
                target += [e for o in _antecedents(objects(verb)) for e in cx.entities(o)]
                target = [e for e in target if e.type == "Person"] or target
    else:
        return []
    # a vessel held is a Seizure (kg/extract/facts/vessel_seizures.py), not a Detention of people
    target = [e for e in _uniq(target) if e.type not in NOT_ACTORS + ("State", "Asset")]
    if tok.pos_ == "VERB" and (tok.lemma_ in CAPTURE_VERBS or rounded):
        target = [e for e in target if e.type == "Person"]  # a person taken, not a city, a ship or power
        if not target:
            return []
    if not target and tok.pos_ == "VERB" and tok.lemma_ in DETAIN_VERBS:
        # "Peru arrested two Chilean nationals", "two Chilean nationals were arrested by Peru": people the
        # text counts without naming, by a named initiator
        people = [o for o in objects(tok) if o.lemma_ in CAPTIVES and o.tag_ == "NNS" and not cx.entities(o)]
        actors = [e for e in initiator if e.type not in NOT_ACTORS]
        if people and actors:
            return [Fact("Detention", {"initiator": _uniq(actors)}, tokens=[tok.i, people[0].i],
                         qualified={"target": _unnamed_people(people[0], cx)})]
        # "police detained ten journalists", "1,133 people had been detained": a number of people, by the
        # police or by no one named
        counted = [o for o in objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
                   if o.tag_ == "NNS" and o.lemma_ in CAPTIVES | {"people", "person"} and not cx.entities(o)
                   and any(c.dep_ == "nummod" for c in o.children)]
        doers_ = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"] + \
            [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if counted and not actors and all(s_.lemma_ in POLICE_NOUNS and not cx.entities(s_) for s_ in doers_):
            return [Fact("Detention", {}, tokens=[tok.i, counted[0].i], qualified={"target": _unnamed_people(counted[0], cx)})]
    f = _directed("Detention", ("initiator", [e for e in initiator if e.type not in NOT_ACTORS]), ("target", target),
                  "target", [tok.i])
    for fact in f:
        place = _place_of(tok, cx) or ([cx.at[held_in.i].entity] if held_in is not None and held_in.i in cx.at else [])
        if place:
            fact.roles["place"] = place
    return f


#: Death (Wikidata P570 date of death, P509 cause of death, P1196 manner): dying, not being
#: killed (a killing is an Attack with its target, as corpus/CLAIMS.md has it).
DEATH_VERBS = {"die", "perish"}
#: Release (PLOVER RETREAT, CAMEO 0841): letting detained people go.
RELEASE_VERBS = {"release", "free", "pardon"}
#: Those who detain without being named: "police detained ten journalists".
POLICE_NOUNS = {"police", "policeman", "officer", "agent", "authority", "force"}
#: People held, whom a release names without naming them: "freed 16 detainees".
CAPTIVES = {"prisoner", "detainee", "hostage", "captive", "inmate", "activist", "journalist", "dissident",
            "protester", "soldier", "sailor", "fisherman", "citizen", "national",
            # people counted by who they are: "Three women are to be released", "freed 20 children"
            "woman", "man", "child", "civilian", "people", "person", "student", "teenager"}


def birth_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Tor Ashby was born in Lima in 1952", "Tor Ashby, who was born in 1952", "Lea Moro,
    born in Peru in 1970", "Born in Lima, Tor Ashby studied law": a Birth (Wikidata P569/P19; corpus/CLAIMS.md "A stated date of
    birth is a Birth with person, date and place") of the person the passive 'born' is
    said of, where (``place``, a named city or state) and when (the clause's date, as
    every fact takes it). Nothing for 'born' of no named person ("a child born in 2010")
    nor a figurative birth ("the alliance was born of necessity": no person)."""
    if tok.lower_ != "born" or tok.pos_ not in ("VERB", "ADJ"):
        return []
    who = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if tok.dep_ in ("acl", "relcl") and (not who or who[0].lower_ in ("who", "that")):
        who = [tok.head]  # "Lea Moro, born in Peru", "Tor Ashby, who was born in 1952"
    elif not who and tok.dep_ == "advcl":
        who = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "Born in Lima, Tor Ashby studied law"
    people = _uniq([e for w in _antecedents(who) for e in cx.entities(w) if e.type == "Person"])
    if len(people) != 1:
        return []
    f = Fact("Birth", {"person": people}, tokens=[tok.i])
    place = _place_of(tok, cx)
    if place:
        f.roles["place"] = place
    return [f]


def death_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X died in prison on Friday", "X died of heart failure", "the death of X in
    custody", "X's death": a Death of the person, with its cause in the article's words
    (the 'of' / 'from' phrase of dying), where, and ``inCustody: true`` when the person
    died in custody, prison, jail or detention. One fact per person ("A and B died")."""
    if tok.pos_ == "VERB" and tok.lemma_ in DEATH_VERBS:
        who = [e for s_ in _antecedents(subjects(tok)) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        # the cause's own words, without where or when ("of heart failure in Lima": heart failure)
        causes = [o for o in preps(tok, {"of", "from"})]
        cause = _text(cx.doc, [t for t in causes[0].subtree if not any(
            a.dep_ == "prep" and a.i > causes[0].i for a in [t, *t.ancestors] if a.i != causes[0].i and a in causes[0].subtree)]) \
            if causes and len(list(causes[0].subtree)) <= 8 else None
    elif tok.pos_ == "NOUN" and tok.lemma_ == "death":
        if any(a.lemma_ in ("threat", "penalty", "sentence", "row", "toll") for a in [tok.head, *tok.children]):
            return []  # "death threats", "the death penalty", "death row": nobody died
        who = [e for o in preps(tok, {"of"}) + [c for c in tok.children if c.dep_ == "poss"] for e in cx.entities(o)]
        cause = None
    else:
        return []
    who = [e for e in _uniq(who) if e.type == "Person"]
    if not who:
        return []
    held = [p for p in preps(tok, {"in", "at", "while", "under"}) if _prison(p) or p.lemma_ in ("prison", "jail")]
    place = _place_of(tok, cx)
    out = []
    for person in who:  # "A and B died": a death is one person's (corpus/CLAIMS.md), one fact each
        f = Fact("Death", {"person": [person]}, tokens=[tok.i])
        if cause:
            f.attrs["causeOfDeath"] = cause
        if held:
            f.attrs["inCustody"] = True
        if place:
            f.roles["place"] = place
        out.append(f)
    return out


#: Nouns of a third party's part in a release ("following mediation by Qatar", "with the
#: help of Oman", "Qatari mediation secured the release of X"; CAMEO 045 'mediate').
MEDIATION_NOUNS = {"mediation", "intercession", "help", "assistance"}
#: Prepositions that tie such a part to the release ("after mediation by", "with the help of").
MEDIATION_PREPS = {"following", "after", "with", "through", "via"}
#: Verbs of a third party's part, as a participle ("talks mediated by Qatar", "a release
#: brokered by Oman").
MEDIATE_VERBS = {"mediate", "broker", "facilitate"}
#: Verbs whose subject brings a release about ("Qatari mediation secured the release of X").
SECURE_VERBS = {"secure", "win", "obtain", "achieve", "bring", "lead"}
#: Nouns of those who take a person into custody, to whom a person handed over is not let go.
CUSTODY_NOUNS = {"police", "prosecutor", "court", "custody", "investigator", "jail", "prison"}


def _mediators_of(noun: Token, cx: Context) -> list[Known]:
    """Who the noun of a third party's part (:data:`MEDIATION_NOUNS`, or the participle of
    :data:`MEDIATE_VERBS`) names: its 'by' or 'of' ("mediation by the State of Qatar", "the
    help of Oman"), its possessor ("Qatar's help") or the state of its demonym ("Qatari
    mediation"); actors only."""
    words = preps(noun, {"by", "of"}) + [c for c in noun.children if c.dep_ == "poss"]
    who = [e for w in words for e in cx.entities(w)]
    who += [cx.at[c.i].entity for c in noun.children if c.dep_ in ("amod", "compound") and c.i in cx.at
            and cx.at[c.i].form == "demonym" and cx.at[c.i].entity.type == "State"]
    return [e for e in _uniq(who) if e.type not in NOT_ACTORS]


def _release_mediation(tok: Token, cx: Context, released: list[Known], objs: list[Token]) -> Fact | None:
    """The Mediation a release told by ``tok`` (its verb or noun) was brought about by, in
    the words around it: "released ... following mediation by the State of Qatar", "freed
    after mediation by Oman", "freed with the help of Oman", "with Qatar's help", "a
    release brokered by Oman", "Qatari mediation secured the release of X". Its
    ``mediator``, and ``mediationOf`` the release (corpus/CLAIMS.md, "A mediation tied to
    the deal it was for"); undated (the mediating went before the release). ``released``:
    those let go and who let them go, no third party; ``objs``: the words naming those let
    go, on which the parser may hang the participle ("the release of X, brokered by Oman").
    None when the words name no third party."""
    # "after mediation by X", "with the help of X" (not "after the help of X", no phrase of news)
    nouns = [o for o in preps(tok, MEDIATION_PREPS) if o.lemma_ in MEDIATION_NOUNS and
             (o.lemma_ not in ("help", "assistance") or o.head.lower_ in ("with", "through", "via"))]
    nouns += [c for x in [tok, *objs] for c in x.children
              if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and c.lemma_ in MEDIATE_VERBS]
    nouns += [c for o in preps(tok, {"following", "after", "through"}) for c in o.children
              if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in MEDIATE_VERBS]  # "after talks mediated by Qatar"
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
    if tok.pos_ == "NOUN" and verb is not None and verb.lemma_ in SECURE_VERBS:
        nouns += [s_ for s_ in subjects(verb) if s_.lemma_ in MEDIATION_NOUNS | {"effort"}]
    mine = {e.id for e in released}
    for noun in nouns:
        # "with the help of his lawyer Tor Ashby": a person's help is no third party's mediation
        who = [e for e in _mediators_of(noun, cx) if e.id not in mine and
               not (e.type == "Person" and noun.lemma_ in ("help", "assistance"))]
        if who:
            return Fact("Mediation", {"mediator": who}, tokens=[t.i for t in noun.subtree],
                        clause=False, undated=True, refers=("mediationOf", ("Release",)))
    return None


def _release_told(people: list[Known], cx: Context) -> bool:
    """Whether the article tells elsewhere that one of ``people`` was let go: a verb of
    :data:`RELEASE_VERBS` or the noun 'release' in a sentence (its headline too) that names
    them."""
    ids = {e.id for e in people}
    sents = {t.sent.start for t in cx.doc if (t.lemma_ in RELEASE_VERBS and t.pos_ == "VERB" or
                                              t.lemma_.lower() == "release" and t.pos_ in ("NOUN", "PROPN"))}
    return any(cx.doc[m.start].sent.start in sents and ids & {e.id for e in m.entities} for m in cx.mentions)


def release_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Russia freed 16 detainees", "X was released from prison", "Belarus released X to
    Germany", "the release of X by Y": a Release of the people let go (named, or unnamed
    detainees), by whom (subject, or 'by' alone in the passive: "by Iran", "by the
    authorities in Tehran"), to whom ('to'). "X was handed over (in Kabul) to Y" is a
    Release to Y of captives, or of a named person whose release the article tells (not
    one handed to the police or a court). The third party that brought it about is a
    Mediation of it (:func:`_release_mediation`). Releasing a statement, figures or funds
    lets no one go."""
    handed = tok.pos_ == "VERB" and tok.lemma_ == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)
    if handed:
        objs = _antecedents(objects(tok))
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        by = [] if passive else [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        by += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
        receivers = preps(tok, {"to"})
        if not receivers or any(o.lemma_ in CUSTODY_NOUNS for o in receivers):
            return []  # "handed over to the police": taken into custody, not let go
        to = [e for o in receivers for e in cx.entities(o)]
        people = [e for o in objs for e in cx.entities(o) if e.type == "Person"]
        if not to or (people and not _release_told(people, cx)):
            return []  # "X was handed over to Y" of no one the article tells was let go: a transfer
    elif tok.pos_ == "VERB" and tok.lemma_ in RELEASE_VERBS:
        if tok.lemma_ == "free" and tok.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VB", "VBG"):
            return []
        objs = _antecedents(objects(tok))
        # in the passive only the agent frees ("called for X to be released": the caller asks, frees no one)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        by = [] if passive else [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_)]
        by += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
        to = [e for o in preps(tok, {"to", "into"}) for e in cx.entities(o)]
    elif tok.pos_ == "NOUN" and tok.lemma_ == "release":
        objs = preps(tok, {"of"})
        by = [e for o in preps(tok, {"by"}) + [c for c in tok.children if c.dep_ == "poss"] for e in cx.entities(o)]
        to = [e for o in preps(tok, {"to"}) for e in cx.entities(o)]
    else:
        return []
    released = [e for o in objs for e in cx.entities(o) if e.type in ("Person", "Group")]
    unnamed = [o for o in objs if not cx.entities(o) and o.lemma_ in CAPTIVES and o.tag_ == "NNS"]
    if not released and not unnamed:
        return []
    by = [e for e in _uniq(by) if e.type not in NOT_ACTORS and e.id not in {r.id for r in released}]
    to = [e for e in _uniq(to) if e.type not in NOT_ACTORS]
    roles = {k: v for k, v in (("released", released), ("releasedBy", by), ("releasedTo", to)) if v}
    f = Fact("Release", roles, tokens=[tok.i] + [o.i for o in objs])
    if not released:
        f.qualified["released"] = _unnamed_people(unnamed[0], cx)
    if handed:  # "handed over in Kabul to Y": where, a capital's name the city (not its state)
        from kg.extract.facts.cities import _city

        capitals = [cx.at[o.i] for o in preps(tok, {"in", "at"}) if o.i in cx.at and cx.at[o.i].form == "capital"]
        place = [c for m in capitals[:1] for c in [_city(cx.doc[m.start:m.end].text, cx)] if c is not None] or \
            [e for e in _place_of(tok, cx) if e.type in PLACES]
        if place:
            f.roles["place"] = place
    mediation = _release_mediation(tok, cx, released + by, objs)
    return [f] + ([mediation] if mediation is not None else [])


LAW_NOUNS = {"law", "legislation", "statute", "constitution", "code"}
BAN_WORDS = {"ban", "prohibit", "outlaw", "forbid", "bar", "criminalise", "criminalize"}
ENACT_VERBS = {"pass", "adopt", "enact", "approve", "sign", "promulgate"}


#: Head nouns of a law's or draft law's own name ("the Finance Bill 2024", "a Royal
#: Decree-Law", "the Public Order Act"): named, the text tells of one law.
NAMED_LAW_NOUNS = {"bill", "act", "law", "decree", "decree-law", "ordinance", "code"}


def _law_name(tok: Token) -> str | None:
    """The name of a law ``tok`` heads, as written with capitals ("Finance Bill 2024",
    "Royal Decree-Law"): its capitalised words before it, itself and a year after it;
    None when ``tok`` is no capitalised law noun or nothing before it names the law."""
    if tok.pos_ != "PROPN" or tok.lower_ not in NAMED_LAW_NOUNS and tok.lower_.split("-")[-1] not in NAMED_LAW_NOUNS:
        return None
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "punct") or t.i == tok.i]
    words = [t for t in words if t.i >= min((w.i for w in words if w.text[:1].isupper()), default=tok.i)]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.text == "-" for t in words):
        return None
    year = [t for t in tok.children if t.dep_ == "nummod" and t.i == tok.i + 1 and t.like_num and len(t.text) == 4]
    end = year[0].i if year else tok.i
    return tok.doc[words[0].i: end + 1].text


def legislation_rules(tok: Token, cx: Context) -> list[Fact]:
    """"exit polls are banned under Venezuelan law", "a Kenyan law prohibits X",
    "Peru's parliament passed a law banning X", "the National Assembly passed the Finance
    Bill 2024": a Legislation of the state whose law it is (Wikidata Q820655, statute; for
    a law enacted by its name, the state of the body enacting it), what it prohibits when
    it says, and the law's name as its ``title``. A law named with
    no state ("international law") or with nothing it does or no one enacting it is left
    out: news names laws in passing far more often than it reports one."""
    named = _law_name(tok)
    if (tok.pos_ != "NOUN" or tok.lemma_ not in LAW_NOUNS) and named is None or tok.dep_ == "compound":
        return []
    if named is not None and not (tok.dep_ == "dobj" and tok.head.lemma_ in ENACT_VERBS):
        return []  # a law named in passing ("the Taiwan Relations Act commits ..."): no act of enacting it
    from kg.extract.facts.agreements import _treaty_referred
    if _treaty_referred(tok, cx):
        return []  # "Hungary signed the statute": the Rome Statute named before, a treaty (treaty_reference_rules)
    states = _state_modifiers(tok, cx)
    prohibits = ""
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_ in BAN_WORDS:
        prohibits = _words(cx.doc, [o for o in objects(verb) if o.dep_ == "dobj"])
    elif tok.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_ in BAN_WORDS | {"illegal", "forbidden"}:
        banned = verb.head if verb.head.pos_ == "VERB" else verb.head.head
        prohibits = _words(cx.doc, [s_ for s_ in banned.children if s_.dep_ in ("nsubjpass", "nsubj")])
    elif tok.dep_ == "pobj" and verb.lower_ == "into" and verb.head.lemma_ in ("sign", "pass", "write"):
        verb = verb.head  # "signed the bill into law": the signer's state
        states += [e for s_ in subjects(verb) for e in _states(cx.entities(s_), cx) if e.type == "State"]
        if not states:
            states = [st for s_ in subjects(verb) for m in _modifiers(s_, cx, ("amod", "poss", "compound"))
                      for st in [cx.resolver.state_of(m)] if st is not None]
        bills = [o for o in objects(verb) if o.dep_ == "dobj"]
        banning = [c for b in bills for c in b.children if c.dep_ == "acl" and c.lemma_ in BAN_WORDS]
        if banning:
            prohibits = _words(cx.doc, [o for o in objects(banning[0]) if o.dep_ == "dobj"])
    elif tok.dep_ == "dobj" and verb.lemma_ in ENACT_VERBS:
        states += [e for s_ in subjects(verb) for b in [s_] for e in
                   ([x for x in cx.entities(b) if x.type == "State"] or
                    [m for m in _modifiers(b, cx, ("amod", "poss", "compound")) if m.type == "State"])]
        if named is not None and not states:
            # "the National Assembly passed the Finance Bill 2024": the state of the body that enacts it
            states = [st for s_ in subjects(verb) if s_.dep_ == "nsubj" for e in cx.entities(s_)
                      if e.type in ("Organisation", "Government", "Legislature")
                      for st in [cx.resolver.state_of(e)] if st is not None]
        banning = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in BAN_WORDS]
        if banning:
            prohibits = _words(cx.doc, [o for o in objects(banning[0]) if o.dep_ == "dobj"])
    else:
        return []
    states = _uniq(states)
    if not states or (not prohibits and tok.dep_ != "dobj" and verb.lemma_ not in ENACT_VERBS):
        return []
    f = Fact("Legislation", {"jurisdiction": states}, tokens=[tok.i, verb.i], split=False)
    if named is not None:
        f.attrs["title"] = named
        f.tokens += [t.i for t in tok.children if t.dep_ == "nummod"]  # "the Finance Bill 2024": its year
    if prohibits and len(prohibits.split()) <= 10:
        f.attrs["prohibits"] = prohibits
    return [f]


#: Verbs by which a court or a body states a finding ("the court found that ...", "ruled
#: that ..."): what it holds is its statement (an assessment), beside the ruling itself
#: (court_rules' LegalAction).
FINDING_VERBS = {"find", "rule", "hold"}
FINDERS = ("Court", "InternationalOrganisation", "Organisation", "Government", "State", "Person")


def finding_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The court found that X may breach ...", "The tribunal ruled on Monday that states
    have ...": a Statement by the court or body (its subject), about the entity the
    finding's clause is about when one is named. A finding with no clause ("found him
    guilty", "ruled out talks") is no statement."""
    if tok.pos_ != "VERB" or tok.lemma_ not in FINDING_VERBS:
        return []
    comp = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not comp or any(c.dep_ in ("prt", "dobj") for c in tok.children) or \
            not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in comp[0].children):
        return []  # "found him guilty" (a small clause), "ruled out talks"
    subj = [c for c in tok.children if c.dep_ == "nsubj"] or _name_before(tok, cx)
    speaker = [e for s_ in subj for e in cx.entities(s_) if e.type in FINDERS]
    if not speaker:
        return []
    about = [e for s_ in subjects(comp[0]) for e in cx.entities(s_) if e.id not in {x.id for x in speaker}]
    roles = {"speaker": speaker, **({"about": _uniq(about)} if about else {})}
    return [Fact("Statement", roles, tokens=[tok.i, subj[0].i], statement=False, said=True)]


# --- acts of states: decrees and executive orders, exit bans, institutions suspended ------
# Each rule reads one construct of the dependency parse that recurs across house styles
# (docs/evaluation.md).

#: Instruments of an executive's decision (gkg:ExecutiveAction: "an executive order,
#: decree, directive, regulation"); 'order' counts only with a mark of :data:`ORDER_MARKS`.
DECREE_NOUNS = {"decree", "directive", "proclamation", "ordinance", "edict", "order"}
#: What makes an 'order' an executive's ("an executive order"), not a court's or a purchase.
ORDER_MARKS = {"executive", "presidential", "emergency", "royal", "ministerial", "government"}
#: Verbs that make an instrument take effect: "signed an executive order", "issued a decree".
ISSUE_VERBS = {"sign", "issue", "adopt", "approve", "promulgate", "enact", "publish"}


#: Verbs by which a government halts a service or an exchange it runs or allows (PLOVER
#: REDUCE, CAMEO 16 "reduce relations": "suspended all high-level visits", "shut down
#: mobile internet services", "halted flights to Iran").
HALT_VERBS = {"suspend", "halt", "cut", "shut", "freeze"}
#: What a government halts that no other kind of fact tells: visits, flights, services
#: (internet, mobile, consular), crossings and exchanges; talks, aid, trade and ties have
#: kinds of their own (Meeting, Support, TradeReport, DiplomaticRelations).
HALTED_NOUNS = {"visit", "flight", "service", "crossing", "exchange", "issuance", "broadcast", "access"}


def halted_service_rules(tok: Token, cx: Context) -> list[Fact]:
    """An ExecutiveAction of a state or its government halting what it runs or allows
    (:data:`HALTED_NOUNS`): "Pakistan suspended all high-level visits between the two
    countries", "the government suspended mobile internet services". ``initiator`` the
    subject (a state, its government or a bare executive body the article's state
    stands for), ``actionType`` "suspension of" and the object's words (without a date
    or a place), ``target`` a state the object's 'to' / 'with' / 'from' phrase names.
    Nothing for a person's or a company's halt, a negated one, or an object of another
    kind ("suspended talks")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in HALT_VERBS:
        return []
    if tok.lemma_.lower() in ("shut", "cut") and not any(c.dep_ == "prt" and c.lower_ in ("down", "off")
                                                         for c in tok.children):
        return []  # 'shut down', 'cut off' a service; 'cut' alone is a reduction
    halted = [o for o in objects(tok) if o.lemma_.lower() in HALTED_NOUNS and o.dep_ in ("dobj", "nsubjpass")]
    if not halted:
        return []
    notes: dict[str, str] = {}
    takers = [e for e in _takers(tok, cx, "initiator", notes) if e.type in ("State", "Government", "MilitaryGovernment")]
    if not takers:
        return []
    noun = halted[0]
    words = [t for t in noun.subtree if not any(a.dep_ == "prep" and a.lower_ in ("to", "with", "from", "between", "in",
                                                                                   "on", "for")
                                                for a in [t, *t.ancestors] if a.i >= noun.i and a.i <= t.i)
             and t.ent_type_ not in ("DATE", "TIME")]
    targets = [e for o in preps(noun, {"to", "with", "from"}) + preps(tok, {"to", "with", "from"})
               for e in cx.entities(o) if e.type == "State"]
    roles = {**_executive(takers, cx), **({"target": _uniq(targets)} if targets else {})}
    verb_word = {"suspend": "suspension", "halt": "halt", "cut": "cut-off", "shut": "shutdown", "freeze": "freeze"}
    f = Fact("ExecutiveAction", roles, {"actionType": f"{verb_word[tok.lemma_.lower()]} of {_text(cx.doc, words)}"},
             tokens=[tok.i, *(t.i for t in noun.subtree)], read_as=notes)
    return [f]


def _decree_noun(tok: Token) -> bool:
    """A noun naming an executive instrument: "decree", "directive"; "order" only as "an
    executive (presidential, emergency ...) order", or as the object of 'sign' that orders
    no goods ("Trump signed an order raising tariffs", "signed the orders on Feb. 10"; not
    "signed an order for 96 helicopters", a purchase: a court's or a buyer's order is not
    signed into force by its issuer)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in DECREE_NOUNS:
        return False
    if tok.lemma_.lower() == "order" and tok.dep_ == "dobj" and tok.head.lemma_ == "sign" and \
            not any(c.dep_ == "prep" and c.lower_ in ("for", "of", "with", "from") or c.dep_ == "nummod" or c.like_num
                    for c in tok.children):
        return True
    return tok.lemma_.lower() != "order" or any(c.lower_ in ORDER_MARKS for c in tok.children
                                                 if c.dep_ in ("amod", "compound"))


def _named_after(toks: list[Token], cx: Context, skip: set[str]) -> list[Known]:
    """The actors named (by name, not by a demonym) among ``toks``, leaving out those whose
    id is in ``skip``."""
    out = [m.entity for t in toks for m in [cx.at.get(t.i)] if m is not None and m.form != "demonym"
           and m.entity.type not in NOT_ACTORS and m.entity.id not in skip]
    return _uniq(out)


def executive_order_rules(tok: Token, cx: Context) -> list[Fact]:
    """An executive decision by instrument (the ontology's gkg:ExecutiveAction; Wikidata
    Q1563919 "executive order"): "Trump signed an
    executive order implementing the trade deal with Japan", "a decree issued by the
    military banned strikes", "the government moved to strip the agency of its powers by
    decree". Who signs or issues it takes it (a person orders it, for their state); what
    its participle clause or the act by decree does is its ``subject``; the actors that
    clause names are its ``target``. Returns [] when no taker is named."""
    if not _decree_noun(tok):
        return []
    kind = " ".join(t.lower_ for t in tok.children if t.i < tok.i and t.dep_ in ("amod", "compound")) + " " + tok.lower_
    kind = kind.strip().removesuffix("s") if tok.tag_ == "NNS" else kind.strip()
    verb, takers, does = tok.head, [], []
    notes: dict[str, str] = {}
    if tok.dep_ == "dobj" and verb.lemma_ in ISSUE_VERBS:
        takers = _takers(verb, cx, "initiator", notes)
        does = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBG"]
    elif tok.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB":
        # "A decree issued by the military banned all political activities": the issuer's act
        issued = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in ISSUE_VERBS]
        takers = [e for c in issued for a in c.children if a.dep_ == "agent"
                  for o in a.children if o.dep_ == "pobj" for e in cx.entities(o)]
        does = [verb] if issued else []
    elif tok.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
        # "moving to strip the agency of its power to set quotas by decree": the act done by
        # decree, up to the verb whose subject takes it
        for a in [verb.head, *verb.head.ancestors][:6]:
            if a.pos_ not in ("VERB", "AUX"):
                continue
            subj = [s_ for s_ in subjects(a) if s_.dep_ != "nsubjpass"]
            takers = [e for s_ in subj for e in cx.entities(s_)]
            body = _acting_body(subj[0], cx) if subj and not takers else None
            if body is not None:  # "His government is moving to ... by decree": the state it governs
                takers, notes["initiator"] = [body[0]], body[1]
            if takers:
                does = [a]
                break
    dated = None
    if not takers:
        # "an executive order that Trump signed on February 6", "the decree the junta issued": who signs
        # it in a clause on the noun takes it, on that clause's date
        for rel in (c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in ISSUE_VERBS):
            takers = [e for s_ in subjects(rel) if s_.dep_ == "nsubj" for e in cx.entities(s_)] + \
                [e for a in rel.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                 for e in cx.entities(o)]
            if takers:
                dated = rel
                break
    if not takers and not (tok.dep_ == "dobj" and verb.lemma_ in ISSUE_VERBS):
        # "Trump's executive order", "the junta's decree banning strikes": the possessor issued it
        takers = [e for c in tok.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
        does = does or [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBG"]
    takers = [e for e in takers if e.type in EXECUTIVES]
    if not takers:
        return []
    roles = _executive(takers, cx)
    f = Fact("ExecutiveAction", roles, {"actionType": kind}, tokens=[tok.i, verb.i], split=False, read_as=notes)
    if dated is not None:
        f.tokens = [tok.i, dated.i, *(c.i for c in tok.children if c.dep_ in ("amod", "compound")),
                    *(t.i for t in dated.subtree if t.dep_ in ("nsubj", "agent") or t.head.dep_ == "agent")]
        date, toks = cx.date_of(dated)
        if date:
            f.attrs["date"], f.tokens = date, f.tokens + toks
    if does:
        act = does[0]
        # what it does: the clause without the instrument ("by decree", "a decree issued by ...") or its taker
        inside = act.head.i == tok.i  # "a decree banning strikes": the clause is the noun's own
        skip = set() if inside else {t.i for t in (verb if verb.lower_ == "by" else tok).subtree}
        skip |= {t.i for c in act.children if c.dep_ in ("nsubj", "nsubjpass", "aux", "punct") for t in c.subtree}
        words = [t for t in act.subtree if t.i not in skip]
        if words and len(words) <= 16 and words[-1].i - words[0].i + 1 == len(words):
            f.attrs["subject"] = _text(cx.doc, words)
        skip = {e.id for v in roles.values() for e in v} | {s.id for e in takers for s in [cx.resolver.state_of(e)] if s}
        target = _named_after([t for t in act.subtree if t.i > act.i], cx, skip)
        if target:
            f.roles["target"] = target
    return [f]


def _sequenced(verb: Token) -> bool:
    """Whether the clause of ``verb`` is placed after or before another act ("after the
    court barred her", "a day after a court barred her", "before barring her"): the date
    of the clause it hangs on is not its own."""
    words = ("after", "before", "since")
    return any(c.dep_ == "mark" and c.lower_ in words for c in verb.children) or \
        (verb.dep_ == "pcomp" and verb.head.lower_ in words) or \
        any(c.dep_ == "npadvmod" and any(p.dep_ == "prep" and p.lower_ in words for p in c.children)
            for c in verb.children)


def disqualification_rules(tok: Token, cx: Context) -> list[Fact]:
    """"A Paris court barred Le Pen from standing for public office", "Machado was
    barred from running", "the council disqualified X from contesting the election",
    "banned 11 of its executives from politics for ten years": a Disqualification (CAMEO
    1722, corpus/CLAIMS.md "Diplomacy") of the person or party barred (the object, or the
    subject of the passive; people counted without names as an unnamed target of the body
    they belong to: :mod:`kg.extract.facts.disqualifications`) by who bars them (the
    subject, or the agent of the passive), when named; the words of the bar are its
    description, how long it lasts ("for ten years") its ``duration``."""
    stand = _candidacy_bar(tok)
    if stand is None:
        return []
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive and passive[0].lower_ in RELATIVE and tok.dep_ == "relcl":
        passive = [tok.head]  # "Machado, who was barred from running"
    barred = passive or [o for o in objects(tok) if o.dep_ == "dobj"]
    # a headline's second verb ("court dissolves X, bars Y from politics"): the parser may read its
    # object, after it, as its subject
    barred = barred or [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i]
    # a passive's doer is its agent alone: "a court sentenced him ..., and he was disqualified" names
    # no one who disqualified him
    barrers = [e for s_ in doers(tok) if s_.dep_ != "nsubjpass" and s_.i not in {b.i for b in barred}
               for e in cx.entities(s_)] if not passive else []
    barrers += [e for o in preps(tok, {"by"}) for e in cx.entities(o)]
    notes: dict[str, str] = {}
    if not barrers and barred and barred[0].dep_ == "nsubj" and tok.dep_ in ("dep", "conj") and tok.head.i < tok.i:
        # "Thai court dissolves X, bars Y from politics": the court of the headline's first verb
        from kg.extract.facts.dissolutions import court_doing  # the module reads this one's courts
        barrers, notes = court_doing(tok.head, cx)
    # "banned 11 of its executives from politics": people counted, of the body 'its' names
    target, counted, counted_toks = disqualified_people(tok, barred, {e.id for e in barrers}, cx)
    if not target and counted is None:
        return []
    barrers = [e for e in _uniq(barrers) if e.id not in {t.id for t in target} and e.type != "Person"]
    f = Fact("Disqualification", {**({"target": target} if target else {}), **({"initiator": barrers} if barrers else {})},
             tokens=[tok.i, *(t.i for t in stand.subtree), *counted_toks], split=False, read_as=notes)
    if counted is not None:
        f.qualified["target"] = counted
        f.members_of.add("target")
    f.attrs["description"] = _text(cx.doc, [tok, *stand.head.subtree])
    term = bar_duration(tok, stand)
    if term is not None:  # "for ten years"
        f.attrs["duration"] = term[0]
        f.tokens += term[1]
    if not cx.date_of(tok)[0] and _sequenced(tok):
        f.undated = True  # "appealed on Tuesday, a day after a court barred her": not Tuesday's act
    return [f]


def exit_ban_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The justice ministry barred the former president from leaving the country": an
    ExecutiveAction (a travel ban; CAMEO 172 "impose administrative sanctions") by the
    body or state that keeps people from leaving (a person orders it) against the people
    kept; the words of the ban are its ``subject``."""
    leave = _exit_ban(tok)
    if leave is None:
        return []
    notes: dict[str, str] = {}
    takers = [e for e in _takers(tok, cx, "initiator", notes) if e.type in EXECUTIVES]
    # the parser sometimes reads a name between the verb and 'from' as an adverb ("barred Yoon from")
    kept = objects(tok) + [c for c in tok.children if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN"
                           and c.i < tok.i + 4]
    kept = [e for o in kept for e in cx.entities(o) if e.type in ("Person", "Organisation", "Group")]
    if not (takers and kept):
        return []
    f = Fact("ExecutiveAction", {**_executive(takers, cx), "target": kept}, {"actionType": "travel ban"},
             tokens=[tok.i, leave.i], split=False, read_as=notes)
    f.attrs["subject"] = _text(cx.doc, [tok, *leave.subtree])
    return [f]


#: Verbs of putting an institution out of action (CAMEO 172 "impose administrative
#: sanctions"; the ontology's gkg:ExecutiveAction).
SUSPEND_BODY_VERBS = {"suspend", "dissolve", "disband", "abolish", "dismantle"}
#: Institutions a state's executive may suspend: bodies and courts, not states (a state
#: suspended from a bloc is a membership's suspension, see suspension_rules).
INSTITUTIONS = ("Organisation", "Court", "Government")


#: Verbs of an executive instructing someone to act ("ordered the army to seal the
#: parliament", "instructed his envoy to return"): CAMEO 'demand' told as an order given.
INSTRUCT_VERBS = {"order", "instruct", "direct"}
#: What an order to act may not be here, because another rule drafts it: leaving (an
#: expulsion) and moving troops (a deployment).
ORDERED_ELSEWHERE = {"leave", "deploy", "send", "dispatch", "station", "move", "redeploy", "mobilise", "mobilize",
                     "withdraw", "pull"}


def instruction_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Yoon ordered the army to seal the parliament", "Trump instructed Witkoff to
    return to Moscow": an ExecutiveAction (corpus/CLAIMS.md: "ordered his envoy to" is
    ``orderedBy``, ``recipient``, the instruction in ``description``) by the subject (a
    person orders it for the state they serve, as :func:`_executive` reads it), to the
    one the object names, the infinitive's words its description. Nothing for a court's
    order (:func:`court_rules`), an order to leave or to move troops (an expulsion, a
    deployment), an order with no infinitive ("ordered an inquiry"), no named doer or no
    named recipient."""
    if tok.pos_ != "VERB" or tok.lemma_ not in INSTRUCT_VERBS:
        return []
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_ not in ORDERED_ELSEWHERE]
    doers_ = [e for s_ in doers(tok) for e in cx.entities(s_)]
    if not acts or any(e.type == "Court" for e in doers_):
        return []
    takers = [e for e in doers_ if e.type in EXECUTIVES]
    if not takers:
        return []
    recipient = [e for o in objects(tok) if o.dep_ == "dobj" for e in cx.entities(o)
                 if e.type not in NOT_ACTORS and e.id not in {t.id for t in takers}]
    when = {x.i for t in acts[0].subtree if t.dep_ in ("prep", "npadvmod") and any(
        c.ent_type_ in ("DATE", "TIME") for c in [t, *t.children]) for x in t.subtree}  # "on Tuesday": the date's, not the act's
    words = [t for t in acts[0].subtree if t.i not in when and not (t.dep_ == "aux" and t.lower_ == "to" and t.head.i == acts[0].i)]
    if not recipient or not 1 <= len(words) <= 14:
        return []  # an order to no one named ("ordered that ...", "ordered the release"): not told as an instruction
    roles = {**_executive(takers, cx), "recipient": _uniq(recipient)}
    return [Fact("ExecutiveAction", roles, {"description": _text(cx.doc, words)},
                 tokens=[tok.i, *(t.i for o in objects(tok) for t in o.subtree)], split=False)]


def institution_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The junta dissolved the parliament", "his officers suspended the Senate and the
    High Constitutional Court": an ExecutiveAction (actionType the verb's noun:
    suspension, dissolution) by the subject against the institutions named. A subject
    the mentions do not resolve is written as unnamed ("unnamed officers")."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SUSPEND_BODY_VERBS or _exit_ban(tok) is not None:
        return []
    bodies = [e for o in objects(tok) for x in [o, *o.conjuncts] if x.dep_ in ("dobj", "conj", "nsubjpass")
              for e in cx.entities(x, conj=False) if e.type in INSTITUTIONS]
    bodies = _uniq(bodies + [e for o in objects(tok) if o.dep_ == "dobj" for c in tok.children
                             if c.dep_ == "dobj" and c.i != o.i for e in cx.entities(c, conj=False) if e.type in INSTITUTIONS])
    if not bodies:
        return []
    subj = doers(tok)
    takers = [e for s_ in subj for e in cx.entities(s_) if e.type in EXECUTIVES and e.id not in {b.id for b in bodies}]
    kinds = {"suspend": "suspension", "dissolve": "dissolution", "disband": "dissolution", "abolish": "abolition",
             "dismantle": "dissolution"}
    f = Fact("ExecutiveAction", {**_executive(takers, cx), "target": bodies}, {"actionType": kinds[tok.lemma_]},
             tokens=[tok.i], split=False)
    if not takers:
        unnamed = [s_ for s_ in subj if s_.pos_ == "NOUN" and s_.tag_ == "NNS"]
        if not unnamed:
            return []
        f.qualified["initiator"] = (f"unnamed {unnamed[0].lower_}", None)
    return [f]


#: Court papers by which a party brings a case, and the verbs of what they ask or allege
#: ("filed an application accusing Israel of genocide", "lodged a petition asking the court to ...").
FILED_PAPERS = {"application": "application", "petition": "petition", "complaint": "complaint", "lawsuit": "lawsuit",
                "suit": "lawsuit", "appeal": "appeal", "request": "request"}
ALLEGE_VERBS = {"accuse", "allege", "charge", "ask", "seek", "challenge", "contest", "demand", "urge", "claim"}


def filed_paper_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Pretoria filed an application accusing Israel of genocide", "Chile lodged a
    complaint charging Peru with ...": a LegalAction (its actionType the paper) by the
    one who files it against the actor its participle clause accuses or asks about,
    before the court named with 'with' / 'at' / 'before' / 'to'. (A case "against X" is
    legal_noun_rules' own.)"""
    action = FILED_PAPERS.get(tok.lemma_)
    if tok.pos_ != "NOUN" or action is None or tok.dep_ != "dobj" or tok.head.lemma_ not in BRING_VERBS | {"submit"}:
        return []
    clauses = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_ in ALLEGE_VERBS]
    if not clauses or preps(tok, {"against"}):
        return []
    verb = tok.head
    initiator = [e for s_ in doers(verb) for e in cx.entities(s_) if e.type not in NOT_ACTORS + ("Court",)]
    initiator = _uniq([cx.person_state.get(e.id, e) if e.type == "Person" else e for e in initiator])
    target = [e for o in objects(clauses[0]) + [c for c in clauses[0].children if c.dep_ == "dative"]
              for e in cx.entities(o) if e.type not in NOT_ACTORS + ("Court",) and e.id not in {i.id for i in initiator}]
    if not (initiator and target):
        return []
    f = Fact("LegalAction", {"initiator": initiator, "target": _uniq(target)}, {"actionType": action},
             tokens=[tok.i, verb.i, clauses[0].i], split=False)
    # the court, wherever the parser hangs its preposition ("filed an application ... at the ICJ")
    courts = _courts([t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ in ("with", "at", "before", "to")], cx)
    if courts:
        f.roles["court"] = _uniq(courts)
    charge = _prep_words(clauses[0], ("of", "with"), 12)
    if charge and not courts:
        f.attrs["charge"] = charge
    return [f]


def wanted_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Benjamin Netanyahu, who is wanted by the International Criminal Court", "Putin,
    wanted by the ICC for war crimes", "X is wanted by the court": a person a court wants
    is the target of its arrest warrant (a LegalAction, ``actionType: arrest warrant``,
    status issued), the court the agent of 'wanted' (a registry Court, or "the court" for
    the one court the article named before it). Wanted by police, a government or no one
    named (a wish, not a court's act) gives nothing; nor a negated 'wanted'."""
    if tok.lower_ != "wanted" or tok.tag_ != "VBN" or any(c.dep_ == "neg" for c in tok.children):
        return []
    agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    courts = [e for o in agents for e in cx.entities(o) if e.type == "Court"] or _the_court(agents, cx)
    if not courts:
        return []
    if tok.dep_ in ("relcl", "acl"):
        wanted = [tok.head]  # "Netanyahu, who is wanted by", "Putin, wanted by"
    else:
        wanted = [c for c in tok.children if c.dep_ == "nsubjpass"]
    target = [e for w in wanted for e in cx.entities(w, conj=False) if e.type == "Person"]
    if len(target) != 1:
        return []
    return [Fact("LegalAction", {"target": target, "court": courts[:1]},
                 {"actionType": "arrest warrant", "status": "issued"},
                 tokens=[*(range(cx.at[wanted[0].i].start, cx.at[wanted[0].i].end) if wanted[0].i in cx.at
                           else [wanted[0].i]), tok.i, *(t.i for o in agents for t in o.subtree)],
                 clause=False, undated=True)]


def _head_only_referred(person: Known, words: list[Token], cx: Context) -> bool:
    """Whether ``person``, found for a sentence served through ``words`` (the serving
    verb's subject, the noun a relative clause hangs on), is there only by a pronoun or
    description ("where he was serving", "the president") while the article gives them
    the title of a head of state or government ("President Daniel Noboa"): a sitting
    leader serving a prison term is a claim the text must make by name, never one a
    resolved 'he' makes."""
    at = [cx.at[w.i] for w in words if w.i in cx.at and cx.at[w.i].entity.id == person.id]
    if not at or any(m.form not in ("pronoun", "description") for m in at):
        return False
    doc = cx.doc
    for m in cx.mentions:
        if m.entity.id != person.id or m.form in ("pronoun", "description"):
            continue
        for n in (2, 1):  # "Prime Minister X", "President X"
            if m.start - n < 0 or " ".join(t.lower_ for t in doc[m.start - n:m.start]) not in HEAD_TITLES:
                continue
            if m.start - n - 1 < 0 or doc[m.start - n - 1].lower_ not in NOT_SITTING:
                return True
    return False


#: Titles of a sitting head of state or government (of :data:`~kg.extract.mentions.TITLES`;
#: a bare 'leader' is also an opposition's or a gang's).
HEAD_TITLES = {t for t, pos in TITLES.items() if pos in ("head of state", "head of government") and t != "leader"}
#: Words before a head's title that make its holder no sitting head ("Former President X").
NOT_SITTING = {"former", "ex", "late", "vice", "deputy", "opposition"}


#: Words that make a 'term' a penalty of a court in its clause: a court or judge that
#: passed it, a conviction before it, a place of custody where it is served ("a
#: three-year prison term", "convicted in August, is serving a three-year term"). With
#: none of them a 'term' is a term of office ("will serve a five-year term ending in
#: 2030", "a fourth term"), which is never a sentence.
PENAL_WORDS = frozenset({"court", "tribunal", "judge", "magistrate", "convict", "conviction", "guilty",
                         "imprisonment", "custodial", "incarceration"}) | frozenset(PRISON_NOUNS - {"camp", "cell"})


def penal_term(noun: Token, clause: Token) -> bool:
    """Whether the noun 'term' ``noun`` (a spaCy token) is a penalty: a word of
    :data:`PENAL_WORDS` among the words of ``clause``, the verb or noun whose subtree is
    the clause that tells it (its lemma or its lower-cased text), and not a term "in
    office" or "of office". Any other noun than 'term' (a 'sentence', a 'penalty') is
    one by its word. Source of the rule: a term of office and a prison term are both
    "served"; only the words of a court or a prison tell them apart in news copy."""
    if noun.lemma_ != "term":
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(o.lower_ == "office" for o in c.children)
           for c in noun.children):
        return False  # "a fourth term in office", "a term of office"
    return any(t.lemma_ in PENAL_WORDS or t.lower_ in PENAL_WORDS for t in clause.subtree)


#: Verbs by which a person is told to be undergoing a sentence ("was serving a 19-year sentence").
SERVE_VERBS = {"serve"}
#: Words of a sentence served: "a 19-year sentence", "a prison term", "a life term".
SERVED_NOUNS = {"sentence", "term"}


def serving_sentence_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Navalny was serving a 19-year sentence on extremism charges", "Khan, who is serving
    a three-year term for corruption": a sentence passed on the person who serves it, a
    LegalAction (``actionType: sentence``, the court unnamed: none is drafted), its length
    from the words before the noun, the deed from 'on', 'for' or 'over' as its ``reason``.
    Undated: the serving is not the passing of the sentence. A 'term' only with a word of
    a court, a conviction or custody in its clause (:func:`penal_term`: "a five-year term
    ending in 2030" and "a term in office" are terms of office, no sentence)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SERVE_VERBS:
        return []
    nouns = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_ in SERVED_NOUNS]
    if not nouns:
        return []
    noun = nouns[0]
    before = [t for t in noun.subtree if t.i < noun.i and t.dep_ not in ("det",)]
    if not penal_term(noun, tok):
        return []
    # "a three-year prison term": the length, not where it is served ("prison") nor which ("a fourth term")
    before = [t for t in before if not (noun.lemma_ == "term" and (_prison(t) or t.dep_ == "amod" and
                                                                  t.tag_ == "JJ" and t.like_num))]
    length = [t for t in before if t.like_num or t.lower_ in ("life", "year", "years", "month", "months") or
              t.lemma_ in TIME_NOUNS or "-year" in t.lower_]
    who = [e for s_ in subjects(tok) for e in cx.entities(s_) if e.type == "Person"]
    if not who and tok.dep_ == "relcl" and tok.head.i in cx.at:  # "Navalny, who was serving ..."
        who = [e for e in cx.entities(tok.head) if e.type == "Person"]
    shared = []
    if not who and tok.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in tok.children):
        # "Whelan had been held since 2018 and was serving a 16-year sentence": the subject the verbs share
        shared = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        who = [e for c in shared for e in cx.entities(c) if e.type == "Person"]
    if len(who) != 1 or _head_only_referred(who[0], [*subjects(tok), tok.head, *shared], cx):
        return []
    f = Fact("LegalAction", {"target": who}, {"actionType": "sentence"},
             tokens=[tok.i, noun.i, *(t.i for c in shared for t in c.subtree)], undated=True)
    words = _text(cx.doc, [t for t in before if not t.is_punct and t.lower_ not in ("a", "an")])
    if length and words and not any(t.like_num or "-" in t.text for t in length):
        f.attrs["sentence"] = words  # "a life sentence": a penalty of no length in time
    elif length and words:  # "19-year" is written as a duration: "19 years"
        f.attrs["duration"] = re.sub(r"\b(\w+)-(year|month|week|day)\b", r"\1 \2s", words)
    reason = _prep_words(noun, ("on", "for", "over"), 12, TIME_NOUNS) or _prep_words(tok, ("on", "for", "over"), 12, TIME_NOUNS)
    if reason:
        f.attrs["reason"] = reason
    return [f]
