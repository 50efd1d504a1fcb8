"""Orders a judge gives from the bench, and appeals a state's government takes to a court.

- "U.S. District Judge X temporarily barred the government from deporting anyone under
  the proclamation": a judge (a person whose title before the name holds 'Judge',
  'Justice' or 'Magistrate') acting for the court they sit on. A ``LegalAction`` with
  ``actionType: order`` (as :func:`kg.extract.facts.legal.court_rules` writes a court's
  order), ``court`` the court the article names of the level the title gives ("District
  Judge": a district court; :mod:`kg.extract.facts.court_levels`), else
  ``{actor: unnamed district court, of: <the state the title names>}`` as corpus/CLAIMS.md
  writes a court it never names; ``target`` whom the order binds (the object; "the
  government" or "the administration" with no state of its own: the state the judge's
  title names), and ``prohibits`` what the order forbids ("from deporting anyone ...":
  its words).
- "The administration appealed the ruling to the U.S. Court of Appeals": an appeal
  (:func:`kg.extract.facts.trials.appeal_rules`) whose appellant is "the administration"
  or "the government" of no state named: the state whose court hears it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities import normalise
from kg.extract.facts.common import Context, Fact, _uniq, doers, objects, preps
from kg.extract.facts.court_levels import agrees, level_before, level_word
from kg.extract.mentions import Known

#: Verbs of a judge's order that binds its object, and what it does ("barred X from").
JUDGE_ORDER_VERBS = {"bar", "block", "halt", "stop", "enjoin", "prohibit", "forbid", "order"}
#: Verbs of an order whose 'from' clause says what is forbidden.
FORBID_VERBS = {"bar", "block", "stop", "enjoin", "prohibit", "forbid"}
#: Title words of a person who sits on a court.
JUDGE_WORDS = {"judge", "justice", "magistrate"}
#: Nouns by which a text names a state's executive without naming the state.
GOVERNMENT_NOUNS = {"government", "administration"}
#: Classes an order may bind.
BOUND = ("Person", "Organisation", "StateCompany", "Group", "State", "Government")


def _title_state(tokens: list[Token], cx: Context) -> Known | None:
    """The one state the title words ``tokens`` name ("U.S." of "U.S. District Judge")."""
    # (a demonym before a title is read here as the state it names: cx.entities leaves an adjective out)
    found = _uniq([e for t in tokens for m in [cx.at.get(t.i)] if m is not None for e in m.entities if e.type == "State"])
    return found[0] if len(found) == 1 else None


def court_state(court: Known, cx: Context) -> Known | None:
    """The state a court belongs to: the registry's (or gazetteer's) ``of``, else the
    state whose name or demonym opens its label ("U.S. Court of Appeals"); None."""
    st = cx.resolver.state_of(court)
    if st is not None and st.id != court.id:
        return st
    words = court.label.split()
    for n in (3, 2, 1):
        head = normalise(" ".join(words[:n]).removeprefix("the ").removeprefix("The "))
        found = cx.resolver.names.get(head) or cx.resolver.demonyms.get(head)
        if found is not None and found.type == "State":
            return found
    return None


def unnamed_government(tok: Token) -> bool:
    """Whether ``tok`` is "the government" / "the administration" with nothing naming
    whose it is (no possessor, demonym, name or 'of')."""
    return tok.lemma_.lower() in GOVERNMENT_NOUNS and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        not any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in tok.children) and not preps(tok, {"of"})


def judge_order_rules(tok: Token, cx: Context) -> list[Fact]:
    """An order of a judge named with their title (see the module's docstring): the verb
    ``tok`` of :data:`JUDGE_ORDER_VERBS` whose subject is one person titled 'Judge',
    'Justice' or 'Magistrate', and whose object is an actor the order binds. Returns []
    or one LegalAction; [] when the subject is no judge, the object binds no one named
    (a thing ordered, "ordered that planes be turned around"), or no court can be told."""
    if tok.pos_ != "VERB" or tok.lemma_ not in JUDGE_ORDER_VERBS:
        return []
    judge = None
    for s_ in doers(tok):
        persons = [e for e in cx.entities(s_, conj=False) if e.type == "Person"]
        words = [t for t in s_.subtree if t.i <= s_.i]
        titles = [t for t in words if t.lower_ in JUDGE_WORDS]
        if len(persons) == 1 and titles:
            judge = (s_, titles[0], words)
    if judge is None:
        return []
    subject, title, words = judge
    state = _title_state([t for t in words if t.i < title.i], cx)
    target: list[Known] = []
    for o in objects(tok):
        if o.dep_ != "dobj":
            continue
        target += [e for e in cx.entities(o) if e.type in BOUND]
        if not target and unnamed_government(o) and state is not None:
            target = [state]  # "barred the government": the government of the judge's state
    if not target:
        return []
    level = level_before(cx.doc, title.i)
    courts = _uniq([m.entity for m in cx.mentions if m.entity.type == "Court" and not m.others
                    and agrees(m.entity, level)])
    f = Fact("LegalAction", {"target": _uniq(target)}, {"actionType": "order"},
             tokens=[tok.i, *(t.i for t in words)])
    if len(courts) == 1:
        f.roles["court"] = courts
    elif level is not None:
        f.qualified["court"] = (f"unnamed {level_word(cx.doc, title.i)} court", state)
        f.members_of.add("court")  # a court of the state: "{actor: unnamed district court, of: ostravia}"
    else:
        return []  # "Judge X barred ..." in an article of several courts, or none: which court is not told
    if tok.lemma_ in FORBID_VERBS:
        done = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for c in p.children
                if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        if done:
            span = sorted(t.i for t in done[0].subtree)
            f.attrs["prohibits"] = cx.doc[span[0]: span[-1] + 1].text
            f.tokens += span
    return [f]
