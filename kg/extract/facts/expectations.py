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


#: Verbs of holding on to a right ("would keep the right to approve each person") and the
#: acts of letting people in that such a right decides.
KEEP_RIGHT_VERBS = {"keep", "retain", "reserve", "have", "hold"}
ADMIT_VERBS = {"approve", "admit", "accept", "vet", "veto", "reject", "refuse", "screen", "select"}


def kept_right_rules(tok: Token, cx: Context) -> list[Fact]:
    """A term of a deal told before: the right a party keeps to let people in one by one
    ("Kigali would keep the right to approve each person proposed for resettlement"): an
    ``AccessGrant`` (corpus/CLAIMS.md: let in or given access) ``grantedBy`` the subject
    (a state, or the state a capital stands for), ``grantedTo`` the people its object
    names, unnamed, ``termOf`` the agreement told before (the engine gives its id, and
    drops the claim when none was told), planned (corpus/CLAIMS.md: "under the deal, X is
    to" is a term, planned). ``tok`` a verb of :data:`KEEP_RIGHT_VERBS` whose object is
    'right' with an infinitive of :data:`ADMIT_VERBS` and its object. Nothing for a right
    of another kind ("kept the right to fish"), a right denied, or a subject that names
    no state."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in KEEP_RIGHT_VERBS or \
            any(c.dep_ == "neg" for c in tok.children):
        return []
    rights = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_ in ("right", "power", "say")]
    acts = [a for r in rights for a in r.children if a.dep_ in ("acl", "relcl") and a.lemma_ in ADMIT_VERBS
            and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]
    # (the parser may make the people the subject of a clause: "approve [each person proposed ...]")
    people = [o for a in acts for o in [*a.children, *(x for c in a.children if c.dep_ in ("ccomp", "xcomp")
                                                      for x in c.children if x.dep_ in ("nsubj", "nsubjpass"))]
              if o.dep_ in ("dobj", "nsubj", "nsubjpass") and o.pos_ == "NOUN" and not cx.entities(o)]
    # (a capital stands for its state: "Kigali would keep the right")
    grantor = [st for s_ in subjects(tok) for e in cx.entities(s_)
               for st in [e if e.type == "State" else cx.resolver.state_of(e) if e.type == "Government" or (
                   s_.i in cx.at and cx.at[s_.i].form == "capital") else None]
               if st is not None]
    if not (acts and people and grantor):
        return []
    whole = [t for t in people[0].subtree] + [t for t in people[0].head.subtree if people[0].dep_ != "dobj"]
    words = sorted({t.i: t for t in whole if not t.is_punct}.values(), key=lambda t: t.i)
    f = Fact("AccessGrant", {"grantedBy": grantor[:1]}, {"description": f"{acts[0].text} {_text(cx.doc, words)}"},
             tokens=[tok.i, rights[0].i, acts[0].i, *(t.i for t in words)], split=False, clause=False,
             planned=True, refers=("termOf", ("Agreement",)))
    noun = people[0]  # "each person": unnamed people, one by one
    lemma = noun.lemma_.lower()
    plural = {"person": "people"}.get(lemma, f"{lemma}s") if noun.tag_ == "NN" else noun.lower_
    f.qualified["grantedTo"] = (f"unnamed {plural}", None)
    return [f]
