"""Appeals in the forms "X urged Y to Z" does not take: what is asked for after 'for'
("the court called for the release of the hostages", "called for Bazoum to be released",
"pressed Western allies for jets", "asked Algiers for proof") and what is demanded in a
'that' clause ("she demanded that the government free him"). Each is an Appeal (CAMEO 02
"make an appeal or request" and 10 "demand"; corpus/CLAIMS.md, "Which kind a judgement
is": "X urged / called on / appealed to Y to Z" is an ``Appeal``), said by the verb's
subject, ``about`` the named actor asked to act where the words name one, its ``subject``
what is asked, in the article's words. What is asked for keeps its own fact where a rule
drafts it, requested (kg/extract/speech.py).

Also: a named party asked 'to' act ("The association asks the Ministry of Finance to
publish a review"), an appeal made by a document ("the resolution calls on Israel to
withdraw": the body that adopted it, or an unnamed one, never a guessed one) or by a
state's body with no name of its own ("India's embassy in Niamey had asked ..."), and an
appeal told with 'should' ("Xi told Trump that the United States should withdraw ...").
A generic addressee ("urged governments to help", "asked the authorities to act") is no
recipient: the appeal stands with its speaker and what is asked only."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, SAY_VERBS, Context, Fact, _uniq, subjects
from kg.extract import lexicon
from kg.extract.speech import for_to

#: Verbs that ask for what 'for' governs ("called for talks", "pressed for a ceasefire",
#: "appealed for calm", "asked Peru for proof", "pleaded for help", "lobbied for a vote").
ASK_FOR_VERBS = {"call", "press", "push", "appeal", "ask", "plead", "lobby", "clamour", "clamor", "beg"}
#: Nouns of what a party asks a court for ("asked for an advisory opinion", "asking for
#: provisional measures", "asked for his extradition"): a step of a legal action, which the
#: legal rules draft as that action requested, not an appeal to anyone.
COURT_ASKS = {"opinion", "measure", "measures", "ruling", "judgment", "judgement", "order", "injunction", "warrant",
              "extradition", "hearing", "review", "annulment", "arbitration", "verdict", "bail", "asylum"}
#: Verbs that demand what a 'that' clause says ("demanded that Peru release him", "insisted
#: that the troops leave", "urged that talks resume", "asked that the court order").
DEMAND_THAT_VERBS = {"demand", "insist", "urge", "ask", "request", "require"}
#: Verbs of telling or warning whose 'that' clause is an appeal only with 'should' or 'must'
#: ("Xi told Trump that the United States should withdraw the measures", "warned that
#: Washington should handle the question with prudence"); a tensed clause tells what is so.
SHOULD_THAT_VERBS = {"tell", "warn"}
#: The auxiliaries that make a told clause an appeal (no bare subjunctive after 'told').
SHOULD_AUX = {"should", "must"}
#: The only auxiliaries of a demanded act: the mandative subjunctive takes the verb's base
#: form ("demanded that Chile withdraw", "that he be released") or 'should' / 'must'; a
#: tensed verb ("insisted that Chile withdrew", "that the talks are going well") tells what is so.
MANDATIVE_AUX = {"should", "must", "be"}
#: Nouns after 'for' that ask for nothing ("called for the first time", "pressed for time",
#: "asked for comment": a question put, which "declined to comment" answers).
NOT_ASKED = {"time", "comment", "comments", "moment", "while", "year", "years", "month", "months", "day", "days",
             "week", "weeks", "hour", "hours", "decade", "decades", "reason", "reasons", "part"}


def _words(doc, toks: list[Token]) -> str:
    """The text from the first to the last of ``toks``, without a closing comma or stop."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return doc[toks[0].i:toks[-1].i + 1].text if toks else ""


def _actors(toks: list[Token], cx: Context) -> list:
    return _uniq([e for t in toks for e in cx.entities(t) if e.type not in NOT_ACTORS])


def _asked_for(verb: Token, cx: Context) -> tuple[list, list[Token]] | None:
    """(who is asked to act, the words of what is asked) for a verb of :data:`ASK_FOR_VERBS`
    with 'for' ("called for the release of the hostages", "called for Bazoum to be
    released"), or None. The one asked is the verb's named object ("pressed Western allies
    for jets") or the active subject of a 'for ... to' clause ("called for Russia to
    withdraw"); a passive's subject is what is asked about, not who acts."""
    if verb.lemma_ == "call" and any(c.dep_ in ("dobj", "oprd") or c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                     for c in verb.children):
        return None  # "called the vote a sham for ...", "called on Peru to": a label, or statement_rules' appeal
    for c in verb.children:
        if for_to(c):
            asked = _actors([s for s in c.children if s.dep_ == "nsubj"], cx)
            return asked, [t for t in c.subtree if t.lower_ != "for" or t.i > c.left_edge.i]
        if c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" for o in c.children):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if not objs or objs[0].lower_ in NOT_ASKED | COURT_ASKS or objs[0].lemma_.lower() in COURT_ASKS or objs[0].ent_type_ in ("DATE", "TIME", "MONEY") or \
                    objs[0].pos_ == "PRON" or (objs[0].tag_ not in ("NNS", "NNPS") and not list(objs[0].children)):
                return None  # "called for calm": a mood wished for, no act named for anyone to do
            asked = _actors([o for o in verb.children if o.dep_ == "dobj"], cx)
            aside = {t.i for r in objs[0].children if r.dep_ in ("relcl", "acl") and r.doc[r.left_edge.i - 1].text == ","
                     for t in r.subtree} | {r.left_edge.i - 1 for r in objs[0].children
                                            if r.dep_ in ("relcl", "acl") and r.doc[r.left_edge.i - 1].text == ","}
            return asked, [t for t in objs[0].subtree if t.i not in aside]  # not ", which opened that afternoon"
    return None


def _demanded_that(verb: Token, cx: Context) -> tuple[list, list[Token]] | None:
    """(who is to act, the words of what they are to do) for a verb of
    :data:`DEMAND_THAT_VERBS` whose clause opens with 'that' and is in the mandative
    subjunctive ("demanded that the government free him": the government, "free him"), or
    None for a tensed clause (:data:`MANDATIVE_AUX`)."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                   for m in c.children):
            subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            auxes = [a for a in c.children if a.dep_ in ("aux", "auxpass")]
            if not subj or any(a.lower_ not in MANDATIVE_AUX for a in auxes) or \
                    not auxes and c.tag_ in ("VBD", "VBZ"):
                return None  # "insisted that the troops had left / left / are leaving": what is so, not a demand
            if verb.lemma_ in SHOULD_THAT_VERBS and not any(a.lower_ in SHOULD_AUX for a in auxes):
                return None  # "told Trump that the talks be ...": only 'should' or 'must' asks after telling
            asked = _actors(subj, cx) if subj[0].dep_ == "nsubj" else []
            # what is asked, without the 'should' that asks it ("withdraw the measures")
            words = [t for t in c.subtree if t.i > max(t2.i for t2 in subj[0].subtree)
                     and not (t.head.i == c.i and t.dep_ == "aux" and t.lower_ in SHOULD_AUX)]
            return asked, words
    return None


def asked_for_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The court called for the immediate release of the hostages", "called for Bazoum to
    be released", "pressed Western allies for the jets", "asked Algiers for proof",
    "demanded that the government free him": an Appeal by the verb's named subject,
    ``about`` whoever the words name as the one to act (not the speaker), ``subject`` what
    is asked. Nothing without a speaker named (not a pronoun), nor for "called for the first time",
    "called for calm" (a bare noun of a mood, no act named), "asked for comment", what a court is asked for ("asked for an advisory opinion"), a
    negated verb ("had not asked for money"), a 'that' clause telling what is or was so ("insisted that the
    troops had left"), nor "called the vote a sham" and "called on Peru to" (other rules)."""
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return []  # "had not asked for any new money": no appeal made (what was not asked is another fact's)
    found = _asked_for(tok, cx) if tok.lemma_ in ASK_FOR_VERBS else None
    if found is None and tok.lemma_ in DEMAND_THAT_VERBS | SHOULD_THAT_VERBS:
        found = _demanded_that(tok, cx)
    if found is None:
        return []
    asked, words = found
    return _appeal(tok, asked, words, cx)


def _appeal(tok: Token, asked: list, words: list[Token], cx: Context) -> list[Fact]:
    """The Appeal the verb ``tok`` makes of ``asked`` (entities, maybe none), what is asked
    in ``words``: said by the verb's speaker (:func:`appeal_speaker`); [] when it has none
    or the words are empty."""
    found = appeal_speaker(tok, cx)
    text = _words(cx.doc, words)
    if found is None or not text:
        return []
    speaker, qualified = found
    about = [e for e in asked if e.id not in {s_.id for s_ in speaker}]
    f = Fact("Appeal", {**({"speaker": _uniq(speaker)} if speaker else {}), **({"about": about} if about else {})},
             tokens=[tok.i, *(t.i for t in words)], statement=True, said=True,
             qualified={"speaker": qualified} if qualified else {})
    if qualified and qualified[1] is not None:
        f.members_of.add("speaker")  # "India's embassy": a body of the state, written 'of'
    f.attrs["subject"] = text
    return [f]


#: Nouns of a document that makes an appeal in its own words ("the resolution calls on
#: Israel to withdraw", "the declaration urges states to ratify").
DOCUMENT_NOUNS = {"resolution", "declaration", "statement", "communique", "communiqué", "text", "decision",
                  "letter", "report", "document", "charter", "treaty", "agreement", "accord", "motion"}
#: Verbs by which a body makes a document its own ("the Council adopted a resolution").
ADOPT_VERBS = {"adopt", "pass", "approve", "issue", "publish", "release", "endorse", "sign"}
#: Nouns of a state's own bodies abroad or at home that ask in its name without a name of
#: their own in the text ("India's embassy in Niamey", "the Peruvian foreign ministry").
STATE_BODY_NOUNS = {"embassy", "consulate", "mission", "delegation", "ministry"}


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, or of the verb it is joined to when it has none of its own
    ("The resolution says ..., and calls on Israel to withdraw": the resolution calls)."""
    own = subjects(verb)
    if not own and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        if head.dep_ == "ccomp" and head.head.lemma_ in SAY_VERBS and not (
                subjects(head) and lexicon.lemma(head) in lexicon.STATEMENT_VERBS):
            # "The resolution says the aim is ..., and calls on Israel": the parser may join the
            # second verb to the clause said; who says goes on to call. A speech act reported
            # with its own subject keeps it ("the spokesman said the Secretary-General condemned
            # the launch and called on X to ...": the Secretary-General calls, relayed)
            return subjects(head.head)
        return subjects(head)
    return own


def _adopter(noun: Token, cx: Context) -> list:
    """The body that made the document ``noun`` its own, where the article names it: the
    possessor ("the Council's resolution"), the agent of a participle on it ("a resolution
    adopted by the Council"), else the subject of the last verb of :data:`ADOPT_VERBS`
    before it whose object is a document of the same noun ("The Security Council adopted
    a resolution on Thursday. The resolution calls on ..."), or the agent of such a
    passive; [] when none is named (the body is then unnamed, never guessed)."""
    own = [e for c in noun.children if c.dep_ == "poss" for e in cx.entities(c) if e.type not in NOT_ACTORS]
    own += [e for v in noun.children if v.dep_ == "acl" and v.lemma_ in ADOPT_VERBS for a in v.children
            if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj" for e in cx.entities(o)]
    if own:
        return _uniq(own)
    for t in reversed(cx.doc[:noun.i]):
        if t.lemma_.lower() != noun.lemma_.lower() or t.dep_ not in ("dobj", "nsubjpass") or \
                t.head.lemma_ not in ADOPT_VERBS:
            continue
        verb = t.head
        who = [s_ for s_ in subjects(verb) if s_.dep_ != "nsubjpass"] if t.dep_ == "dobj" else \
            [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        return _uniq([e for s_ in who for e in cx.entities(s_) if e.type not in NOT_ACTORS])
    return []


#: Words of a text that is not (or not yet) adopted: its call is a draft's, no body's appeal.
DRAFT_WORDS = {"draft", "proposed", "amendment"}


def _unadopted(verb: Token, noun: Token) -> bool:
    """Whether the call ``verb`` makes is that of a text never adopted: the document
    ``noun`` is a draft ("a draft resolution that calls on", "the proposed text"), or
    the verb's 'would have' says it did not come to pass ("would have called on")."""
    if noun.lower_ in DRAFT_WORDS or any(c.lower_ in DRAFT_WORDS for c in noun.children if c.dep_ in ("compound", "amod")):
        return True
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "would" in aux and "have" in aux


def appeal_speaker(verb: Token, cx: Context) -> tuple[list, tuple | None] | None:
    """Who makes the appeal ``verb`` tells: (named speakers, an unnamed speaker as
    ``qualified`` writes one or None), or None when the text gives none to name. The
    verb's named subject (never a pronoun, whose antecedent is too often misread); a
    document as subject speaks for the body that adopted it (:func:`_adopter`: "the
    resolution calls on Israel" of the Security Council that adopted it); where the
    article names no such body, or the text was never adopted (:func:`_unadopted`), no
    one (an appeal by an unnamed body would state what the text does not); a state's body with no name of its own
    ("India's embassy in Niamey") is unnamed, of that state."""
    subj = [s_ for s_ in _subjects(verb) if s_.dep_ != "nsubjpass"]
    if not subj or any(s_.pos_ == "PRON" for s_ in subj):
        return None
    speaker = [e for s_ in subj for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    if speaker:
        return _uniq(speaker), None
    head = subj[0]
    if len(subj) == 1 and head.lemma_.lower() in DOCUMENT_NOUNS and head.i not in cx.at:
        if _unadopted(verb, head):
            return None  # "a draft resolution that would have called on states": a text never adopted asks nothing
        body = _adopter(head, cx)
        return (body, None) if body else None
    if len(subj) == 1 and head.lemma_.lower() in STATE_BODY_NOUNS and head.i not in cx.at:
        states = [e for c in head.children if c.dep_ in ("poss", "amod", "compound") for e in cx.entities(c)
                  if e.type == "State"]
        where = [o for p_ in head.children if p_.dep_ == "prep" and p_.lower_ == "in" for o in p_.children
                 if o.dep_ == "pobj"]
        if len(_uniq(states)) == 1:
            words = f"unnamed {head.lower_}" + (f" in {_words(cx.doc, list(where[0].subtree))}" if where else "")
            return [], (words, states[0])
    return None


#: Verbs that ask a named party to act, with an infinitive ("asks the Ministry of Finance
#: to publish a review", "requested Chile to extradite him").
ASK_TO_VERBS = {"ask", "request"}
#: Nouns of addressees an appeal may name without naming anyone ("urged governments to
#: help", "asked the authorities to act"): the appeal stands, with no recipient.
GENERIC_ADDRESSEES = {"government", "authority", "country", "state", "nation", "leader", "community", "party",
                      "side", "donor", "official"}


def asked_to_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The association asks the Ministry of Finance to publish a review", "Peru asked
    Chile to extradite him": an Appeal (CAMEO 02; corpus/CLAIMS.md "X urged / called on /
    appealed to Y to Z") by the speaker :func:`appeal_speaker` finds, ``about`` the one
    asked when the words name it (a generic addressee, "asked the authorities to act",
    names no one: no recipient is invented), ``subject`` the infinitive's words. Nothing
    for a negated verb, "was asked to comment" (no one asking), a pronoun asked ("asked
    him to leave"), a court asked (the case rules' step), nor a request to form a
    government (:mod:`kg.extract.facts.mandates`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ASK_TO_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    clause = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB"
              and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
    if not clause:
        return []
    doer = [o for o in tok.children if o.dep_ == "dobj"] or [s_ for s_ in clause[0].children if s_.dep_ == "nsubj"]
    if len(doer) != 1 or doer[0].pos_ == "PRON":
        return []
    if clause[0].lemma_ == "form" or doer[0].lemma_.lower() == "court":
        return []  # a mandate to form a government, a court asked: other rules' facts
    asked = _actors([doer[0]], cx)
    if any(e.type == "Court" for e in asked):
        return []
    if not asked and doer[0].lemma_.lower() not in GENERIC_ADDRESSEES:
        return []  # "asked the driver to stop": no one the graph can name, nor an addressee of state
    words = [t for t in clause[0].subtree if t.i >= clause[0].i]
    return _appeal(tok, asked, words, cx)


#: Verbs of appealing whose speaker may be a document (:func:`document_appeal_rules`).
DOCUMENT_APPEAL_VERBS = {"call", "urge", "demand", "appeal", "encourage"}


def document_appeal_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The resolution calls on Israel to withdraw its forces", "the declaration urges
    states to ratify": an Appeal said by the body that adopted the document
    (:func:`appeal_speaker`), ``about`` the named party called on, ``subject`` what it is
    to do. Only a document as subject (a named speaker is :func:`statement_rules`' own)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in DOCUMENT_APPEAL_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    subj = [s_ for s_ in _subjects(tok) if s_.dep_ != "nsubjpass"]
    if len(subj) != 1 or subj[0].lemma_.lower() not in DOCUMENT_NOUNS or subj[0].i in cx.at:
        return []
    called = [o for p_ in tok.children if p_.dep_ == "prep" and p_.lower_ in ("on", "upon") for o in p_.children
              if o.dep_ == "pobj"] if tok.lemma_ == "call" else [o for o in tok.children if o.dep_ == "dobj"]
    if len(called) != 1 or called[0].pos_ == "PRON":
        return []
    clause = [c for c in [*tok.children, *called[0].children] if c.dep_ in ("xcomp", "ccomp", "acl", "advcl")
              and c.tag_ == "VB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
    if not clause:
        return []
    asked = _actors(called, cx)
    if not asked and called[0].lemma_.lower() not in GENERIC_ADDRESSEES:
        return []
    return _appeal(tok, asked, [t for t in clause[0].subtree if t.i >= clause[0].i], cx)
