"""Reactions the article tells in its own words: displeasure ("the cut, which angered the
United States", "Moscow reacted angrily") and fear ("she feared for her life").

- a ``Displeasure`` (CAMEO 110 'disapprove, not specified below', PLOVER DISAPPROVE): who
  is displeased (``speaker``: the object of a verb of angering, the subject of a reaction
  told as angry) and the fact they react to (``aboutFact``, the fact told before that the
  subject's noun names) or the actor (``about``);
- a ``Concern`` (CAMEO 012 'make pessimistic comment'): who fears (``speaker``) and what
  for (``subject``: "her life").

Both are asserted: the text's own word for another's reaction (corpus/CLAIMS.md,
"Displeasure or anger as a reaction"; ``ontology/geopolitics.ttl``, gkg:Concern). A
criticism stated in words is a ``Criticism``, read by the rules of statements.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _text, preps, subjects
from kg.extract.facts.diplomacy import DECISION_KINDS, _fact_referred

#: Verbs whose object is the one displeased ("which angered the United States").
ANGER_VERBS = {"anger", "infuriate", "enrage", "upset", "irritate", "annoy", "dismay", "incense"}
#: Verbs of reacting, and the adverbs that make the reaction one of displeasure ("Moscow
#: reacted angrily").
REACT_VERBS = {"react", "respond"}
ANGRY_ADVERBS = {"angrily", "furiously", "indignantly", "testily"}
#: Verbs of fearing 'for' someone or something ("feared for her life").
FEAR_VERBS = {"fear"}
#: A match's score ("2-1", "3–0"): 'upset' or 'stun' with one is a win, not anger.
SCORE = re.compile(r"(?<![\d.,])\d{1,2}\s?[-\u2013]\s?\d{1,2}(?![\d.,%])")


def _actors(tok: Token, cx: Context) -> list:
    return [e for e in cx.entities(tok) if e.type not in NOT_ACTORS]


def displeasure_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Displeasure of the actors a verb of :data:`ANGER_VERBS` has as object, at the
    fact its subject names ("the cut, which angered the United States": the cut, told
    before; the engine gives ``aboutFact`` its id) or at the actor its subject names ("Peru
    angered Chile": ``about: Peru``); or of the subject of a verb of :data:`REACT_VERBS`
    told with an adverb of :data:`ANGRY_ADVERBS` ("Moscow reacted angrily"), at the fact
    told last, or, with 'to', at a fact of the kind its definite noun names ("reacted
    angrily to the sanctions"; "to the move", a noun of no kind, the fact told last;
    nothing for "to a question", which names no fact told). Nothing in the passive, for an object that names no actor ("angered
    voters"), for a match won ("Peru upset Chile 2-1": a clause with a score), nor for a
    reaction told with no anger ("reacted calmly"). Returns [] or one
    fact."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return []
    if tok.lemma_ in REACT_VERBS:
        if not any(c.dep_ == "advmod" and c.lower_ in ANGRY_ADVERBS for c in tok.children):
            return []
        speaker = [e for s in subjects(tok) for e in _actors(s, cx)]
        kinds: tuple | None = ()
        said_to = preps(tok, {"to"})
        if said_to:  # "reacted angrily to the vote": a fact of the kind its noun names, not any told last
            kinds = _fact_referred(said_to[0])
            if kinds is None and any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in said_to[0].children):
                kinds = ()  # "to the move", "to Peru's decision": a noun of no kind, the fact told last
        return [Fact("Displeasure", {"speaker": speaker}, tokens=[tok.i, *(c.i for c in tok.children
                                                                         if c.lower_ in ANGRY_ADVERBS)],
                     refers=("aboutFact", kinds))] if speaker and kinds is not None else []
    if tok.lemma_ not in ANGER_VERBS or SCORE.search(tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text):
        return []  # "Peru upset Chile 2-1": a result of a match
    speaker = [e for o in tok.children if o.dep_ == "dobj" for e in _actors(o, cx)]
    subj = subjects(tok)
    if not speaker or not subj:
        return []
    # "..., which angered Sweden": subjects() reads 'which' as the noun the clause hangs on,
    # which may be the parser's guess for the whole clause ("sanctions on Finland, which ...")
    relative = tok.dep_ == "relcl" or any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in tok.children)
    if relative:
        subj = [tok.head] if tok.dep_ == "relcl" else subj
    about = [] if relative else [e for s in subj for e in _actors(s, cx) if e.id not in {x.id for x in speaker}]
    if about:
        return [Fact("Displeasure", {"speaker": speaker, "about": about}, tokens=[tok.i, subj[0].i])]
    kinds = _fact_referred(subj[0]) if subj[0].pos_ in ("NOUN", "PRON") else None
    if kinds is None and relative and tok.doc[tok.left_edge.i - 1].text == ",":
        kinds = ()  # "..., which angered Sweden": the clause before the comma, the fact told last
    if kinds is None and subj[0].pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in subj[0].children):
        kinds = ()  # "the reduction angered ...": the fact told last
    if kinds is None:
        return []
    return [Fact("Displeasure", {"speaker": speaker}, tokens=[tok.i, subj[0].i], refers=("aboutFact", kinds))]


#: Verbs of regretting what another did ("said it regretted the ruling", "Peru deplores the decision"
#: is a Criticism of the statement rules): displeasure at a fact told before.
REGRET_VERBS = {"regret"}


def regret_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Displeasure (CAMEO 110 'disapprove', PLOVER DISAPPROVE; corpus/CLAIMS.md,
    "Displeasure or anger as a reaction") of who regrets a fact told before: "China's
    Ministry of Commerce said it regretted the ruling", "Chile regrets the decision".
    ``speaker`` the subject of 'regret', or, for a pronoun in a clause of saying ("said it
    regretted"), the subject of the verb of saying; ``about`` the fact of the kind its
    definite object names ("the ruling": a LegalAction; "the decision", "the move": the
    fact told last; the engine gives its id, and leaves ``about`` out when none is told).
    In a clause of saying the fact is reported
    by that speaker. Nothing for a regret of one's own doing or of no fact ("regretted his
    remarks", "regrets any inconvenience": no definite noun of a fact), a regret denied
    ("does not regret the decision"), nor a subject that names no actor. Returns [] or one
    fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in REGRET_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    kinds = _fact_referred(objs[0]) if objs and objs[0].pos_ == "NOUN" else None
    if kinds is None:
        return []
    kinds = kinds or DECISION_KINDS
    subj = [s for s in subjects(tok) if s.dep_ != "nsubjpass"]
    if subj and subj[0].pos_ == "PRON" and tok.dep_ == "ccomp" and tok.head.lemma_ in HARM_SAY_VERBS:
        subj = [s for s in subjects(tok.head) if s.dep_ != "nsubjpass"]  # "X said it regretted ...": X
    speaker = [e for s in subj for e in _actors(s, cx)]
    if not speaker:
        return []
    return [Fact("Displeasure", {"speaker": speaker}, tokens=[tok.i, objs[0].i],
                 about_kinds=(objs[0].lemma_.lower(), kinds))]


def fear_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Concern of the subject of 'fear' with 'for' ("Machado feared for her life":
    ``speaker: Machado``, ``subject: her life``). Nothing for 'fear' with an object or a
    clause ("feared the worst", "feared that ...": left to the rules of statements), nor
    for a subject that names no actor. Returns [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in FEAR_VERBS:
        return []
    feared = preps(tok, {"for"})
    speaker = [e for s in subjects(tok) for e in _actors(s, cx)]
    if not (feared and speaker):
        return []
    words = _text(cx.doc, list(feared[0].subtree))
    return [Fact("Concern", {"speaker": speaker}, {"subject": words},
                 tokens=[tok.i, *(t.i for t in feared[0].subtree)])]


#: Verbs of harm done to a good of public life ("it weakens the rule of law", "the decree
#: undermines press freedom", "violates the constitution").
HARM_VERBS = {"weaken", "undermine", "erode", "violate", "threaten", "endanger", "jeopardise", "jeopardize",
              "breach", "infringe", "curtail", "trample", "subvert"}
#: Goods of public life whose harm, said of a measure, criticises it (the words of the
#: rule of law and rights: UN, Council of Europe).
PUBLIC_GOODS = {"law", "democracy", "freedom", "freedoms", "right", "rights", "liberty", "liberties", "constitution",
                "independence", "separation", "pluralism", "dissent", "accountability"}
#: Verbs of saying a criticism is told with ("warned that it weakens ...", "said the law violates ...").
HARM_SAY_VERBS = {"warn", "say", "argue", "insist", "complain", "contend", "note", "charge", "stress", "add"}


def harm_criticism_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Criticism of a measure told before by who says it harms a good of public life:
    "Chile's ombudsman warned that it weakens the rule of law", "Amnesty International
    said the curfew violates the freedom of assembly" (CAMEO 111 'criticize or denounce':
    words that judge a measure harmful, corpus/CLAIMS.md "Which kind a judgement is"):
    ``speaker`` the subject of the verb of saying (:data:`HARM_SAY_VERBS`), ``aboutFact``
    the fact the clause's subject points back to ("it", "the curfew", "the decree": the
    engine gives its id), ``subject`` the clause's words. ``tok`` is the verb of harm
    (:data:`HARM_VERBS`) whose object names a good of :data:`PUBLIC_GOODS`. Nothing for a
    harm denied ("said it does not weaken"), a harm to no such good ("warned that it
    threatens the harvest"), a subject that points back to no fact (a person, a state:
    "said Peru violates the law" accuses Peru) or a speaker the sentence does not name."""
    if tok.pos_ != "VERB" or tok.lemma_ not in HARM_VERBS or tok.dep_ != "ccomp":
        return []
    say = tok.head
    if say.pos_ != "VERB" or say.lemma_ not in HARM_SAY_VERBS or any(c.dep_ == "neg" for c in (*tok.children,
                                                                                                 *say.children)):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not subj or not objs or not {t.lemma_.lower() for t in objs[0].subtree} & PUBLIC_GOODS:
        return []
    if cx.entities(subj[0]):
        return []  # "said Peru violates the law": an actor blamed, read by the rules of accusations
    noun = subj[0]
    if noun.pos_ == "PRON":
        # "called the emergency an attempt ..., and X warned that it weakens ...": 'it' is the thing
        # its own sentence named last before it, where one is named
        noun = _antecedent(noun, cx) or noun
    kinds = _fact_referred(noun)
    named: tuple[str, ...] = ()
    if kinds is None and noun.pos_ == "NOUN" and _definite(noun):
        kinds, named = (), (noun.lemma_.lower(),)  # "the curfew", "the emergency": the fact its noun names
    if kinds is None:
        return []
    speaker = [e for s in subjects(say) if s.dep_ != "nsubjpass" for e in _actors(s, cx)]
    # two speakers joined in one subject by the parser ("Student groups ... called X Y, and Z warned
    # that ...": only the one right before the verb says this)
    near = [s for s in subjects(say) if s.dep_ != "nsubjpass" and s.i < say.i]
    if len(near) > 1:
        last = max(near, key=lambda s: s.i)
        speaker = [e for e in _actors(last, cx)]
        first = min(m.start for m in cx.mentions if m.entity in speaker) if speaker else last.i
    else:
        first = None
    if not speaker:
        return []
    clause = [t for t in tok.subtree if not (t.dep_ == "mark" and t.head.i == tok.i) and not t.is_punct]
    f = Fact("Criticism", {"speaker": speaker}, {"subject": _text(cx.doc, clause)},
             tokens=[say.i, tok.i, *(t.i for t in clause), *([first] if first is not None else [])],
             statement=True, said=True, refers=("aboutFact", kinds, *named))
    return [f]


def _definite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "some", "no") for c in noun.children)


def _antecedent(pron: Token, cx: Context) -> Token | None:
    """The thing a pronoun 'it' or 'this' points back to within its own sentence: the last
    definite common noun before it that names no actor and heads no phrase of another
    ("the emergency" in "called the emergency an attempt to silence dissent, and X warned
    that it ..."); None when the sentence names none before it (the fact told last then)."""
    if pron.lower_ not in ("it", "this"):
        return None
    for t in reversed(pron.doc[pron.sent.start:pron.i]):
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and _definite(t) and \
                t.i not in cx.at and t.ent_type_ not in ("PERSON", "NORP", "DATE", "TIME"):
            return t
    return None
