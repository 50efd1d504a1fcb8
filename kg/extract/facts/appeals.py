"""Appeals in the forms "X urged Y to Z" does not take: what is asked for after 'for'
("the court called for the release of the hostages", "called for Bazoum to be released",
"pressed Western allies for jets", "asked Algiers for proof") and what is demanded in a
'that' clause ("she demanded that the government free him"). Each is an Appeal (CAMEO 02
"make an appeal or request" and 10 "demand"; corpus/CLAIMS.md, "Which kind a judgement
is": "X urged / called on / appealed to Y to Z" is an ``Appeal``), said by the verb's
subject, ``about`` the named actor asked to act where the words name one, its ``subject``
what is asked, in the article's words. What is asked for keeps its own fact where a rule
drafts it, requested (kg/extract/speech.py)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, subjects
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
            asked = _actors(subj, cx) if subj[0].dep_ == "nsubj" else []
            words = [t for t in c.subtree if t.i > max(t2.i for t2 in subj[0].subtree)]
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
    if found is None and tok.lemma_ in DEMAND_THAT_VERBS:
        found = _demanded_that(tok, cx)
    if found is None:
        return []
    asked, words = found
    subj = [s_ for s_ in subjects(tok) if s_.dep_ != "nsubjpass"]
    if any(s_.pos_ == "PRON" for s_ in subj):
        return []  # "She demanded ...": whom a pronoun stands for is too often misread to name a speaker by it
    speaker = [e for s_ in subj for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    text = _words(cx.doc, words)
    if not speaker or not text:
        return []
    about = [e for e in asked if e.id not in {s_.id for s_ in speaker}]
    f = Fact("Appeal", {"speaker": _uniq(speaker), **({"about": about} if about else {})},
             tokens=[tok.i, *(t.i for t in words)], statement=True, said=True)
    f.attrs["subject"] = text
    return [f]
