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
