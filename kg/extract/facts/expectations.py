"""What a speaker expects another to do, said as a demand: "We expect China to comply
promptly."

An ``Appeal`` (CAMEO 02 'make an appeal or request', CAMEO 10 'demand', which the ontology's
Appeal takes in; PLOVER REQUEST): ``speaker`` the one whose quotation it is, ``about`` the
actor asked to act, ``subject`` the act's words ("comply promptly"). Only in the first
person ("we expect", "I expect") and of an act of obeying or ending (:data:`DUE_ACTS`):
"we expect prices to rise", "analysts expect China to retaliate" foresee, they ask nothing
(the modality rules read them as predicted). The speaker of a quotation that stands alone
is the speaker of the quotation told just before it in its paragraph ('"This award
confirms ...," he said. "We expect China to comply promptly."'): input the trigger
'expect' and the article's context; output [] or one fact.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, SAY_VERBS, Context, Fact, _text, subjects

#: Verbs of what is due from another, which a first person who "expects" it demands:
#: obeying a ruling or a rule, ending or undoing an act, paying what is owed.
DUE_ACTS = {"comply", "abide", "respect", "honour", "honor", "implement", "fulfil", "fulfill", "withdraw", "release",
            "return", "stop", "cease", "end", "halt", "lift", "reverse", "pay", "cooperate", "engage", "refrain",
            "remove", "repeal", "obey", "follow"}
#: Verbs of expecting that, in the first person, ask something of another.
EXPECT_VERBS = {"expect"}
FIRST_PERSON = {"we", "i"}


def expected_act_rules(tok: Token, cx: Context) -> list[Fact]:
    """"We expect China to comply promptly": an Appeal (see the module's docstring) of the
    speaker of the quotation to the actor the object of 'expect' names. ``tok`` the verb
    'expect'. Nothing outside quotation marks, in the third person, for an act not due
    (:data:`DUE_ACTS`), for an object that names no actor, nor when no speaker of the
    quotation is told (in its own sentence, or the quotation just before it)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in EXPECT_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ not in FIRST_PERSON:
        return []
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ in DUE_ACTS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    asked = [c for c in tok.children if c.dep_ == "dobj"] or \
        [c for a in acts for c in a.children if c.dep_ == "nsubj"]
    about = [e for o in asked for e in cx.entities(o) if e.type not in NOT_ACTORS]
    if not acts or not about or not _quoted(tok):
        return []
    speaker = _quotation_speaker(tok, cx)
    if not speaker:
        return []
    words = [t for t in acts[0].subtree if t.i >= acts[0].i and not t.is_punct]
    return [Fact("Appeal", {"speaker": speaker, "about": about}, {"subject": _text(cx.doc, words)},
                 tokens=[subj[0].i, tok.i, *(t.i for o in asked for t in o.subtree), *(t.i for t in words)],
                 clause=False, split=False, statement=True, said=True)]


def _quoted(tok: Token) -> bool:
    """Whether ``tok`` stands between an opening and a closing quotation mark of its sentence
    or the text around it (a sentence that is a quotation)."""
    doc = tok.doc
    before = [t for t in doc[max(0, tok.sent.start - 1):tok.i] if t.text in ('"', "“", "”")]
    after = [t for t in doc[tok.i:min(len(doc), tok.sent.end + 1)] if t.text in ('"', "“", "”")]
    return bool(before) and bool(after) and len(before) % 2 == 1


def _quotation_speaker(tok: Token, cx: Context) -> list:
    """Who speaks a quotation: the subject of a verb of saying in the sentence of ``tok``
    outside the quotation ('"...," he said'), else of the sentence just before it in the
    same paragraph; a pronoun read as the person named last before it."""
    doc = tok.doc
    sents = [tok.sent]
    if tok.sent.start > 0:
        prev = doc[tok.sent.start - 1].sent
        if "\n\n" not in doc.text[prev.end_char:tok.sent.start_char]:
            sents.append(prev)
    for s_ in sents:
        says = [t for t in s_ if t.lemma_ in SAY_VERBS and t.pos_ == "VERB" and t.i != tok.i and not _quoted(t)]
        for say in says:
            for subj in subjects(say):
                named = [e for e in cx.entities(subj) if e.type not in NOT_ACTORS]
                if named:
                    return named
                if subj.pos_ == "PRON" and subj.lower_ in ("he", "she"):
                    people = [m.entity for m in cx.mentions if m.end <= subj.i and m.entity.type == "Person"]
                    return people[-1:]
    return []
