"""A warrant or an indictment that charges someone: "The warrant, issued under seal by a
pre-trial chamber of the ICC on March 7, charges X with murder as a crime against
humanity". The charging is the paper's content, not a second act: one ``LegalAction``
of the paper's kind (``actionType`` 'arrest warrant' or 'indictment', the vocabulary's
gkg:LegalActionKind by its label), ``target`` the one charged, ``charge`` what with,
``court`` the court its issuing clause names (by the chamber's 'of' too: "a pre-trial
chamber of the ICC") and its date the issuing's, not the charging verb's present.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, objects

#: Papers that charge, with the action type each is drafted as.
CHARGING_PAPERS = {"warrant": "arrest warrant", "indictment": "indictment"}
#: Verbs a paper charges with ("charges X with murder", "accuses X of ...").
CHARGE_VERBS = {"charge", "accuse"}
#: Verbs of issuing the paper, in a clause on it ("the warrant, issued by ... on March 7").
ISSUE_VERBS = {"issue", "sign", "approve", "grant", "unseal", "file", "return"}


def paper_subject(verb: Token) -> Token | None:
    """The paper of :data:`CHARGING_PAPERS` that is the subject of a charging verb
    ``verb`` (of :data:`CHARGE_VERBS`); None otherwise."""
    if verb.pos_ != "VERB" or verb.lemma_ not in CHARGE_VERBS:
        return None
    return next((s_ for s_ in verb.children if s_.dep_ == "nsubj" and s_.lemma_.lower() in CHARGING_PAPERS), None)


def charging_paper_rules(tok: Token, cx: Context) -> list[Fact]:
    """The ``LegalAction`` of a paper that charges (module docstring): ``tok`` the charging
    verb whose subject is the paper; the charged are its objects naming a person or an
    organisation; [] when none is named. Returns one fact per person charged."""
    paper = paper_subject(tok)
    if paper is None:
        return []
    from kg.extract.facts.legal import _charge  # legal imports the rule modules that read its nouns

    target = [e for o in objects(tok) if o.dep_ == "dobj" for e in cx.entities(o)
              if e.type in ("Person", "Organisation", "Group")]
    if not target:
        return []
    issued = [c for c in paper.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ISSUE_VERBS]
    where = [paper, *issued]
    courts = _uniq([cx.at[t.i].entity for w in where for t in w.subtree
                    if t.i in cx.at and cx.at[t.i].entity.type == "Court"])
    f = Fact("LegalAction", {"target": _uniq(target)}, {"actionType": CHARGING_PAPERS[paper.lemma_.lower()]},
             tokens=[tok.i, paper.i, *(t.i for o in objects(tok) if o.dep_ == "dobj" for t in o.subtree)])
    if len(courts) == 1:
        f.roles["court"] = courts
        f.tokens += [t.i for c in issued for t in c.subtree]
    charge = _charge(tok, cx)
    if charge:
        f.attrs["charge"] = charge
    if issued:
        f.attrs["status"] = "issued"
        f.take_date(cx.date_of(issued[0]))  # the day it was issued, not the present of 'charges'
    f.undated = "date" not in f.attrs
    return [f]
