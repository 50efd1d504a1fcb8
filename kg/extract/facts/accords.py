"""Agreements an article tells beside its main one: papers counted ("16 documents were
signed during the visit"), another text of the same visit ("Another agreement sets up a
joint commission"), a text agreed alongside ("A Double Contributions
Convention, agreed alongside the trade agreement, exempts ..."), a named programme two
leaders adopt ("The two Prime Ministers also adopted the India-UK Vision 2035"), an
agreement named by where and when it was reached ("an agreement reached in Geneva on May
12, 2025, under which both sides cut their tariffs"), and treaties the parties agree to
sign later ("agreed that a trilateral treaty with Uzbekistan will be signed in Khujand"),
and the truce that ended a fighting ("the ceasefire that ended the fighting between Israel
and Hezbollah in November 2024").

Each is an ``Agreement`` (ontology/geopolitics.ttl: PLOVER AGREE, CAMEO 057 "sign formal
agreement"), its parties the states the words name or, where they say only
"the parties", "the presidents" or "both sides", the two states the article is about
(:attr:`~kg.extract.facts.common.Context.pair`); nothing when neither is told."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import (
    AGREEMENT_NOUNS, Context, Fact, _both_of_pair, _place_of, _states, _text, _uniq, subjects,
)
from kg.extract.facts.agreements import (
    AGREEMENT_PARTIES, AGREEMENT_WORDS, SIGN_VERBS, SIGNED_PAPERS, article_pair,
)
from kg.extract.mentions import Known
from kg.extract.quantities import count_of

#: Verbs that make a text agreed in a participle on its noun ("a convention agreed alongside
#: the trade agreement", "an agreement reached in Geneva") -> the status they give.
AGREED_PARTICIPLES = {"agree": "agreed", "reach": None, "strike": None, "conclude": "agreed", "sign": "signed",
                      "ink": "signed", "seal": "agreed", "negotiate": None}
#: Words that mark a text as one more beside the one told ("another agreement", "a second
#: memorandum", "a further protocol").
ANOTHER_WORDS = {"another", "second", "third", "further", "separate", "additional"}
#: Verbs that tell what became of a text told before, not what a further text does.
TEXT_END_VERBS = {"agree", "collapse", "fall", "expire", "end", "fail", "lapse", "break", "stall"}
#: Verbs by which two sides make a named programme or declaration their own.
ADOPT_VERBS = {"adopt", "endorse", "launch", "unveil"}


def _parties(toks: list[Token], cx: Context) -> list[Known]:
    """The parties ``toks`` (subjects, 'with' objects) name: states and bodies, a person
    standing for the state they serve, or the article's two states for "the parties"."""
    named = [e for t in toks for e in cx.entities(t)] + [e for t in toks for e in article_pair(t, cx)]
    return _uniq([e for e in _states(named, cx) if e.type in AGREEMENT_PARTIES])


def _sentence_pair(tok: Token, cx: Context) -> list[Known]:
    """The two sides "both sides" means in the sentence of ``tok``: the two states the
    sentence names ("Washington said Beijing had broken an agreement ..., under which both
    sides cut their tariffs"), else the article's two states; [] when the sentence names
    one or more than two others."""
    sent = tok.sent
    named = _uniq([m.entity for m in cx.mentions_in(sent.start, sent.end) if m.entity.type == "State"
                   and m.form != "pair"])  # "both sides" itself, read as the article's pair by the mentions
    if len(named) == 2:
        return named
    return list(cx.pair or ()) if not named else []


def _fact(parties: list[Known], tokens: list[int], **attrs) -> Fact:
    """An Agreement of ``parties`` quoting ``tokens``, with the attributes given a value."""
    return Fact("Agreement", {"party": parties}, {k: v for k, v in attrs.items() if v}, tokens=tokens, split=False)


def counted_papers_rules(tok: Token, cx: Context) -> list[Fact]:
    """"16 documents were signed during the visit, among them an agreement between the
    foreign ministries on ...": an Agreement of the article's two states (no party is
    named in the clause) with ``quantity`` the count, ``quantityOf`` "documents signed",
    ``status: signed``. Only a counted plural noun of signed papers or agreements as the
    passive subject of a verb of signing; nothing with an agent or a named party (the
    signing rules' own), nor for a count in words that is no number."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SIGN_VERBS or not cx.pair:
        return []
    papers = [s_ for s_ in tok.children if s_.dep_ == "nsubjpass" and s_.tag_ == "NNS"
              and s_.lemma_.lower() in SIGNED_PAPERS | AGREEMENT_WORDS]
    if len(papers) != 1 or any(a.dep_ == "agent" for a in tok.children) or cx.entities(papers[0]):
        return []
    count = [c for c in papers[0].children if c.dep_ == "nummod" and c.like_num]
    if not count:
        return []
    n = count_of(count[0])
    if n is None or n < 2:
        return []
    return [_fact(list(cx.pair), [count[0].i, papers[0].i, tok.i], quantity=n,
                  quantityOf=f"{papers[0].lemma_.lower()}s {tok.text.lower()}", status="signed")]


def _title(noun: Token) -> str:
    """The proper name of a text whose head noun is ``noun`` ("A Double Contributions
    Convention": 'Double Contributions Convention'), or "" when it is no name."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "amod", "nmod", "npadvmod")
             or t.i == noun.i]
    words = [t for t in words if t.i >= min(w.i for w in words)]
    if not words or not all(t.text[:1].isupper() or t.like_num or t.is_punct for t in words) or len(words) < 2:
        return ""
    return noun.doc[words[0].i:noun.i + 1].text


def another_text_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Another agreement sets up a joint commission on the river", "A Double
    Contributions Convention, agreed alongside the trade agreement, exempts workers ...":
    a text of its own beside the one the article told, as the subject of what it does. An
    Agreement of the parties a 'between' phrase names or, failing that, the article's two
    states, ``subject`` what the text does (the verb's words), ``title`` its name, its
    status by the participle ('agreed', 'signed'). Only a noun marked as one more
    (:data:`ANOTHER_WORDS`) or carrying a participle of agreeing; "the agreement covers
    trade" is the main text, and "the agreement fell apart" tells its end, not a text."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in AGREEMENT_NOUNS | {"memorandum"} \
            or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
        return []
    another = any(c.lower_ in ANOTHER_WORDS for c in tok.children if c.dep_ in ("det", "amod"))
    agreed = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in AGREED_PARTICIPLES and c.tag_ == "VBN"]
    verb = tok.head
    if not agreed and verb.lemma_ in AGREED_PARTICIPLES and tok.i + 1 < len(cx.doc) and cx.doc[tok.i + 1].text == "," and \
            any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i for c in verb.children):
        # "A Convention, agreed alongside the trade agreement, exempts ...": the parser may take the
        # participle for the verb and what the text does for a second verb
        agreed = [verb]
        verb = next(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i)
    if not (another or agreed):
        return []
    if verb.lemma_ in SIGN_VERBS | TEXT_END_VERBS:
        return []  # the signing rules' own, or the end of a text told before
    between = [o for p_ in tok.children if p_.dep_ == "prep" and p_.lower_ in ("between", "with") for o in p_.children
               if o.dep_ == "pobj"]
    parties = _parties(between, cx) if between else list(cx.pair or ())
    if len(parties) < 2:
        return []
    what = [t for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "attr", "prep")
            for t in c.subtree]
    subject = _text(cx.doc, what)
    if agreed and not another:  # "exempts workers ...": what the named text does
        subject = _text(cx.doc, [verb, *what]) if what else ""
    status = AGREED_PARTICIPLES.get(agreed[0].lemma_) if agreed else None
    f = _fact(parties, [tok.i, verb.i, *(c.i for c in agreed)], subject=subject if len(what) <= 25 else "",
              title=_title(tok), status=status)
    # one more text of the kind: its own fact, the how-manieth the article tells ("another" after one)
    f.part = 1 + sum(1 for t in cx.doc[:tok.i + 1] if t.lemma_.lower() in AGREEMENT_NOUNS | {"memorandum"}
                     and any(c.lower_ in ANOTHER_WORDS for c in t.children if c.dep_ in ("det", "amod")))
    return [f]


def adopted_programme_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The two Prime Ministers also adopted the India-UK Vision 2035, a partnership
    covering defence, climate, technology and education": an Agreement of two sides
    (named, or "the two Prime Ministers" for the article's two states) adopting a text
    by its proper name, ``title`` that name, ``status: adopted``. Nothing for one side
    ("Parliament adopted the Budget Act") or an object that is no name."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ADOPT_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    objs = [o for o in tok.children if o.dep_ == "dobj" and o.pos_ == "PROPN" and o.i not in cx.at]
    if len(objs) != 1:
        return []
    # "the India-UK Vision 2035": the name with the number after it
    name = [t for t in objs[0].subtree if t.i <= objs[0].i and t.dep_ != "det"] + \
        [c for c in objs[0].children if c.i == objs[0].i + 1 and c.dep_ == "nummod" and c.like_num]
    if len(name) < 2 or not all(t.text[:1].isupper() or t.like_num or t.is_punct for t in name):
        return []
    parties = _parties(subjects(tok), cx)
    if len(parties) < 2:
        return []
    f = _fact(parties, [tok.i, *(t.i for t in name)], title=_text(cx.doc, name), status="adopted")
    f.take_date(cx.date_of(tok))
    return [f]


def reached_at_rules(tok: Token, cx: Context) -> list[Fact]:
    """"an agreement reached in Geneva on May 12, 2025, under which both sides cut their
    tariffs for 90 days": an Agreement named by where and when it was reached, its parties
    the states a 'between' phrase or its relative clause names ("both sides": the article's
    two states), ``place`` and ``date`` the participle's, ``subject`` the relative clause.
    Nothing without a place or date on the participle (the main rule reads "X and Y
    reached an agreement"), nor without two parties."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in AGREEMENT_WORDS:
        return []
    part = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in AGREED_PARTICIPLES and c.tag_ == "VBN"]
    if not part or tok.dep_ == "nsubj":
        return []  # a text doing something as subject: another_text_rules
    date, toks = cx.date_of(part[0])
    place = _place_of(part[0], cx)
    if not date and not place:
        return []
    # the parser may hang "under which ..." on the date the participle gives
    clause = [c for c in tok.children if c.dep_ == "relcl"] or [t for t in part[0].subtree if t.dep_ == "relcl"]
    named = [o for p_ in tok.children if p_.dep_ == "prep" and p_.lower_ == "between" for o in p_.children
             if o.dep_ == "pobj"]
    named += [t for c in clause for t in c.subtree if t.dep_ in ("nsubj", "nsubjpass")]
    both = [t for t in named if _both_of_pair(t)]
    parties = _parties([t for t in named if t not in both], cx) or (_sentence_pair(tok, cx) if both else [])
    if len(parties) < 2:
        return []
    # what it settles, after "under which" / "by which"
    rel = [t for t in clause[0].subtree if t.tag_ == "WDT"] if clause else []
    words = [t for t in clause[0].subtree if t.i > rel[0].i] if rel else []
    f = _fact(parties, [tok.i, part[0].i, *toks], subject=_text(cx.doc, words) if 0 < len(words) <= 20 else "")
    if date:
        f.attrs["date"] = date
    if place:
        f.roles["place"] = place
    return [f]


def signed_later_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The presidents further agreed that a trilateral treaty with Uzbekistan on the
    junction point will be signed in Khujand": a treaty the parties agree will be signed,
    an Agreement planned, of the agreeing parties and those its 'with' names, ``subject``
    its 'on' words, ``place`` where it is to be signed. Only a 'that' clause whose verb of
    signing takes the text as its passive subject."""
    if tok.pos_ != "VERB" or tok.lemma_ != "agree":
        return []
    later = [c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ in SIGN_VERBS
             for s_ in c.children if s_.dep_ == "nsubjpass" and s_.lemma_.lower() in AGREEMENT_WORDS]
    if not later:
        return []
    verb = later[0]
    text = next(s_ for s_ in verb.children if s_.dep_ == "nsubjpass")
    others = [o for p_ in text.children if p_.dep_ == "prep" and p_.lower_ == "with" for o in p_.children
              if o.dep_ == "pobj"]
    parties = _uniq(_parties(subjects(tok), cx) + _parties(others, cx))
    if len(parties) < 2:
        return []
    on = [o for p_ in text.children if p_.dep_ == "prep" and p_.lower_ in ("on", "about") for o in p_.children
          if o.dep_ == "pobj"]
    f = _fact(parties, [tok.i, text.i, verb.i], subject=_text(cx.doc, list(on[0].subtree)) if on else "")
    f.planned = True
    place = _place_of(verb, cx)
    if place:
        f.roles["place"] = place
    return [f]


#: Nouns of a truce and the verbs by which it ends fighting ("the ceasefire that ended the
#: fighting between Israel and Hezbollah"), and the nouns of the fighting it ends.
TRUCE_NOUNS = {"ceasefire", "truce", "armistice"}
END_VERBS = {"end", "halt", "stop", "pause", "suspend", "freeze"}
FIGHTING_NOUNS = {"fighting", "war", "conflict", "hostility", "hostilities", "clash", "clashes", "violence"}


def truce_ending_rules(tok: Token, cx: Context) -> list[Fact]:
    """"It monitors the ceasefire that ended the fighting between Israel and Hezbollah in
    November 2024": an Agreement (a truce) of the sides a 'between' phrase on the fighting
    names (states or armed groups), dated by the clause that ends it. Nothing when the
    fighting has no two sides named, nor for "the war ended" (no truce)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in TRUCE_NOUNS:
        return []
    ends = [c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in END_VERBS]
    fights = [o for v in ends for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in FIGHTING_NOUNS]
    sides = [o for f_ in fights for p_ in f_.children if p_.dep_ == "prep" and p_.lower_ == "between"
             for o in p_.children if o.dep_ == "pobj"]
    named = _uniq([e for o in sides for e in cx.entities(o)])
    parties = _uniq([e for e in _states(named, cx) if e.type in AGREEMENT_PARTIES + ("Group",)])
    if len(parties) < 2:
        return []
    f = _fact(parties, [tok.i, ends[0].i, fights[0].i, *(o.i for o in sides)], subject=tok.lemma_.lower())
    f.take_date(cx.date_of(ends[0]))
    return [f]


#: Triggers of these rules (:data:`kg.extract.facts.run.TRIGGERS`).
ACCORD_TRIGGERS = SIGN_VERBS | AGREEMENT_WORDS | {"memorandum", "agree"} | ADOPT_VERBS | TRUCE_NOUNS
ACCORD_RULES = (counted_papers_rules, another_text_rules, adopted_programme_rules, reached_at_rules,
                signed_later_rules, truce_ending_rules)
