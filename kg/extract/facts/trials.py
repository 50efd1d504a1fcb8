"""Legal steps news tells with a verb phrase rather than a verb of its own: a person who
goes on, stands or faces trial ("Lea Moro went on trial in Lima"), and a verdict of guilt
or innocence ("Lea Moro was found guilty of fraud", "a Lima court found Tor Ashby not
guilty"). Each is a gkg:LegalAction (CAMEO 'arrest, detain, or charge with legal action';
PLOVER 'legal action'), as :func:`~kg.extract.facts.legal.legal_rules` drafts "was
convicted" and "was acquitted".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _prep_words, _uniq, objects, preps, subjects
from kg.extract.facts.judges import court_state, unnamed_government

#: Verbs that put their subject on trial with 'trial' as their object or 'on trial'.
TRIAL_VERBS = {"go", "stand", "face", "put", "be"}
#: Verdicts a court finds: the adjective -> the action type of the LegalAction.
VERDICTS = {"guilty": "conviction", "innocent": "acquittal"}
#: Who may stand trial or be found guilty.
DEFENDANTS = ("Person", "Organisation", "StateCompany", "Group", "Government")


def _negated(tok: Token) -> bool:
    """The token has a negation of its own ("not guilty")."""
    return any(c.dep_ == "neg" for c in tok.children)


def trial_rules(tok: Token, cx: Context) -> list[Fact]:
    """Input: a token of the parsed article and its :class:`Context`; output: LegalActions.

    - "X went on trial", "X stood trial", "X faces trial", "X was put on trial": actionType
      ``trial`` of the subject (of the object of 'put');
    - "X was found guilty of fraud", "a court found X guilty": actionType ``conviction``
      (``acquittal`` for "not guilty" and "innocent"), the charge the 'of' phrase gives, the
      court the subject of the active verb or the 'by' phrase.

    [] when no defendant is named ("the court found the documents", "the trial was
    unfair")."""
    if tok.lemma_ == "trial" and tok.pos_ == "NOUN":
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else tok.head if tok.dep_ == "dobj" else None
        if verb is None or verb.lemma_ not in TRIAL_VERBS or (verb.lemma_ == "be" and tok.dep_ != "pobj"):
            return []
        who = [o for o in objects(verb) if o.dep_ == "dobj"] if verb.lemma_ == "put" else subjects(verb)
        target = _uniq([e for w in who for e in cx.entities(w) if e.type in DEFENDANTS])
        if not target:
            return []
        f = Fact("LegalAction", {"target": target}, {"actionType": "trial"}, tokens=[verb.i, tok.i])
        courts = [e for o in preps(verb, {"in", "before", "at"}) for e in cx.entities(o) if e.type == "Court"]
        if courts:
            f.roles["court"] = courts
        # "on trial for fraud", "stood trial for fraud", "faces trial on charges of treason"
        charge = _prep_words(verb, ("for", "over"), 12) or _prep_words(tok, ("for", "over", "on"), 12)
        if charge:
            f.attrs["charge"] = charge
        if verb.lemma_ == "face":
            f.planned = True  # "faces trial": a trial to come
        return [f]
    if tok.lemma_ != "find" or tok.pos_ != "VERB":
        return []
    verdict = next((c for c in tok.children if c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and c.lower_ in VERDICTS), None)
    if verdict is None:  # "found Lea Moro guilty": the adjective may hang on the object
        verdict = next((c for o in objects(tok) for c in o.children if c.lower_ in VERDICTS), None)
    if verdict is None:
        return []
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    who = [c for c in tok.children if c.dep_ == "nsubjpass"] if passive else \
        [o for o in objects(tok) if o.dep_ in ("dobj", "nsubj")] + [c for c in verdict.children if c.dep_ == "nsubj"]
    target = _uniq([e for w in who for e in cx.entities(w) if e.type in DEFENDANTS])
    if not target:
        return []
    action = VERDICTS[verdict.lower_]
    if _negated(verdict) or tok.doc[verdict.i - 1].lower_ == "not":  # "found not guilty": acquitted
        action = "acquittal"
    f = Fact("LegalAction", {"target": target}, {"actionType": action}, tokens=[tok.i, verdict.i])
    court_toks = preps(tok, {"by"}) if passive else [s_ for s_ in subjects(tok) if s_.dep_ == "nsubj"]
    courts = [e for t in court_toks for e in cx.entities(t) if e.type == "Court"]
    if courts:
        f.roles["court"] = courts
    charge = _prep_words(verdict, ("of", "on"), 12)
    if charge and action == "conviction":
        f.attrs["charge"] = charge
    return [f]


#: Verbs by which a party takes a ruling to a higher court ("appealed the verdict",
#: "will challenge the decision in a higher court").
APPEAL_VERBS = {"appeal", "challenge", "contest"}
#: What an appeal is lodged against: a court's decision.
RULINGS = {"verdict", "ruling", "sentence", "conviction", "decision", "judgment", "judgement", "order", "acquittal"}
#: Nouns of the lawyers through whom a party appeals ("Lea Moro's lawyers said they would appeal").
COUNSEL_NOUNS = {"lawyer", "attorney", "counsel", "team"}


def _appellant(verb: Token, cx: Context) -> list:
    """Who appeals: the verb's subject, or the party whose lawyers are its subject
    ("Lea Moro's lawyers", "the lawyers of Lea Moro", "her lawyer, X,": the client, not
    the lawyer named beside), or, for a pronoun subject of a reported clause, the
    speaker's party ("her lawyers said they would appeal")."""
    subj = [s_ for s_ in subjects(verb) if s_.dep_ != "nsubjpass"]
    if subj and subj[0].pos_ == "PRON" and verb.dep_ == "ccomp":
        subj = [s_ for s_ in subjects(verb.head) if s_.dep_ != "nsubjpass"]
    found = [e for s_ in subj for e in cx.entities(s_)]
    for s_ in subj:
        if s_.lemma_.lower() in COUNSEL_NOUNS:
            # "Her lawyer, Rodolphe Bosselut, said she would appeal": the client appeals, not the
            # lawyer the apposition names
            clients = [e for c in s_.children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
            clients += [e for o in preps(s_, {"of", "for"}) for e in cx.entities(o)]
            found = clients or found
    return _uniq([e for e in found if e.type in DEFENDANTS + ("State", "Organisation")])


def appeal_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Lea Moro appealed the verdict", "her lawyers said they would appeal", "the party
    will challenge the decision in a higher court": a LegalAction (actionType ``appeal``)
    whose initiator is the party appealing and whose target is the court's ruling told
    before (nothing when the article told none). 'Appeal' with no object is read only where
    nothing makes it a call ("appealed to Chile for help", "appealed for calm": an Appeal
    of :mod:`~kg.extract.facts.stances`); 'challenge' and 'contest' only with a ruling as
    their object ("contested the election" is no appeal). A ruling appealed 'to' a court
names that ``court``; "the administration" or "the government" of no state named that
appeals to one court is that court's state (:func:`~kg.extract.facts.judges.court_state`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in APPEAL_VERBS:
        return []
    objs = [o for o in objects(tok) if o.dep_ == "dobj"]
    ruled = [o for o in objs if o.lemma_.lower() in RULINGS]
    if tok.lemma_ == "appeal" and not objs:  # "appealed against her conviction"
        ruled = [o for o in preps(tok, {"against"}) if o.lemma_.lower() in RULINGS]
    # "appealed the ruling to the U.S. Court of Appeals": a ruling taken to a court is no call for help
    courts = _uniq([e for o in preps(tok, {"to"}) for e in cx.entities(o) if e.type == "Court"]) if ruled else []
    if tok.lemma_ == "appeal" and not courts:
        if preps(tok, {"to", "for"}) or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or (objs and not ruled):
            return []  # "appealed to Chile", "appealed for calm", "appealed to them to stop"
    elif not ruled:
        return []
    initiator = _appellant(tok, cx)
    if not initiator and len(courts) == 1 and any(unnamed_government(s_) for s_ in subjects(tok)):
        # "the administration appealed the ruling to the U.S. Court of Appeals": the state whose court hears it
        initiator = [st for st in [court_state(courts[0], cx)] if st is not None]
    if not initiator:
        return []
    # what is appealed is the ruling told before (corpus/CLAIMS.md: ``targetFact``); none told, no appeal
    return [Fact("LegalAction", {"initiator": initiator, **({"court": courts} if courts else {})},
                 {"actionType": "appeal"}, tokens=[tok.i, *(o.i for o in ruled), *(o.i for o in preps(tok, {"to"}))],
                 refers=("targetFact", ("LegalAction",)))]
