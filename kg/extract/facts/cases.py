"""Steps of a case the other legal rules (:mod:`~kg.extract.facts.legal`,
:mod:`~kg.extract.facts.trials`) do not read, each a ``LegalAction`` (CAMEO 115 "bring
lawsuit against" and 173 "arrest, detain, or charge with legal action"; PLOVER's legal
action) keyed as corpus/CLAIMS.md writes them:

- an investigation someone orders, leads or conducts ("the minister ordered an
  investigation into the crash", "the police are leading a criminal investigation into
  aggravated criminal mischief", "customs is looking into a suspected offence", "the
  cause was under investigation"): who
  ordered it ``orderedBy``, who carries it out ``initiator``, what it is into its
  ``target`` (a named actor), its ``charge`` (an offence), or the event told before
  (``targetFact``);
- a warrant "for the arrest of" someone;
- a ruling, verdict or judgment "against" someone, and a court that "ruled against"
  someone;
- interim measures asked of a court ("Chile asked the court to order Peru to halt the
  work", "sought an injunction against Peru"): ``legalActionKind: injunction``, the
  asking party its ``initiator``, ``status: requested``;
- an appeal lodged as a noun ("filed an appeal with the Supreme Court against the
  ruling"): ``actionType: appeal``, its target the ruling told before;
- a conviction or sentence in a participle on a noun in apposition to the people it is
  done to ("X and Y, a couple convicted in Slovenia of spying"), and a sentence handed
  down "to" or imposed "on" someone;
- each measure of a court's order ("ordered Israel to prevent ..., and to enable ...",
  "ordered Venezuela to refrain from ..."): an ``injunction`` with the measure in
  ``subject``.

The words are those of legal procedure (the codebooks' verbs of bringing, ordering and
ruling, their common synonyms), not of an article.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, doers, objects, preps, subjects
from kg.extract.facts.legal import _the_court, penal_term

#: Nouns of an investigation.
INQUIRY_NOUNS = {"investigation", "probe", "inquiry", "enquiry"}
#: Verbs whose subject orders an investigation that others carry out.
ORDER_VERBS = {"order", "request", "commission", "demand"}
#: Verbs whose subject carries out the investigation.
CONDUCT_VERBS = {"lead", "conduct", "head", "carry", "run", "pursue"}
#: Words of an offence, whose investigation is of a crime named ("into aggravated criminal
#: mischief"), not of an event told before.
OFFENCE_WORDS = {"offence", "offense", "crime", "mischief", "fraud", "corruption", "bribery", "murder", "manslaughter",
                 "terrorism", "espionage", "sabotage", "treason", "embezzlement", "laundering", "smuggling",
                 "trafficking", "negligence", "abuse", "misconduct", "wrongdoing", "violation", "breach"}
#: Kinds of fact an investigation into "the crash", "the attack", "the blast" is into.
INQUIRED_KINDS = ("Attack", "Accident", "Damage", "Death", "Collision", "Incursion", "CyberOperation")
#: Who may be the target of a legal step.
TARGET_TYPES = ("Person", "Organisation", "StateCompany", "Group", "State", "Government")
#: Nouns of a court's decision ("the ruling against X").
RULING_NOUNS = {"ruling": "ruling", "verdict": "verdict", "judgment": "judgment", "judgement": "judgment",
                "decision": "ruling"}
#: Nouns of interim measures asked of a court.
INTERIM_NOUNS = {"injunction", "measure", "relief", "order"}
#: Adjectives that make a measure or relief an interim one.
INTERIM_WORDS = {"provisional", "interim", "emergency", "temporary", "urgent", "preliminary"}
#: Verbs of asking a court.
ASK_VERBS = {"ask", "request", "urge", "petition", "call"}
#: Verbs whose subject seeks an interim measure as their object.
SEEK_VERBS = {"seek", "request", "apply", "demand"}
#: Verbs that lodge an appeal as a noun.
LODGE_VERBS = {"file", "lodge", "submit", "launch", "bring", "mount"}
#: Words for the triggers of :data:`kg.extract.facts.run.TRIGGERS`.
CASE_TRIGGERS = INQUIRY_NOUNS | {"look", "warrant", "rule", "appeal", "order", "convict", "sentence", "charge", "indict", "acquit",
                                 "jail", "imprison", "penalty", "term"} | set(RULING_NOUNS) | INTERIM_NOUNS | ASK_VERBS


def _actors(toks: list[Token], cx: Context) -> list:
    return _uniq([e for t in toks for e in cx.entities(t) if e.type not in NOT_ACTORS])


def investigation_rules(tok: Token, cx: Context) -> list[Fact]:
    """An investigation a named actor orders (``orderedBy``), leads or conducts
    (``initiator``): "X ordered an investigation into the crash", "X is leading a criminal
    investigation into aggravated criminal mischief", "X is looking into a suspected
    offence". What it is into: a named actor (``target``), else an offence in words
    (``charge``), else the event the article told before (``targetFact``: an attack, an
    accident, damage, a death). Opening or launching one is read by
    :func:`~kg.extract.facts.legal.legal_noun_rules`. Input: a token and its
    :class:`Context`; output: [] or one LegalAction."""
    if tok.pos_ == "NOUN" and tok.lemma_ in INQUIRY_NOUNS and tok.dep_ == "dobj" and \
            tok.head.lemma_ in ORDER_VERBS | CONDUCT_VERBS:
        verb, into = tok.head, preps(tok, {"into", "of"}) + preps(tok.head, {"into"})
        criminal = any(c.lower_ == "criminal" for c in tok.children)
    elif tok.pos_ == "VERB" and tok.lemma_ == "look" and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
        verb, into, criminal = tok, preps(tok, {"into"}), False
        if not any(t.lemma_.lower() in OFFENCE_WORDS for o in into for t in o.subtree):
            return []  # "looked into the matter": no legal step said
    elif tok.pos_ == "NOUN" and tok.lemma_ in INQUIRY_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
            and tok.head.head.lemma_ == "be":
        return _under_inquiry(tok, cx)
    else:
        return []
    who = [e for e in _actors(doers(verb), cx) if e.type != "Court"]
    if not who or not into:
        return []
    key = "orderedBy" if verb.lemma_ in ORDER_VERBS else "initiator"
    target = [e for o in into for e in cx.entities(o) if e.type in TARGET_TYPES and e.id not in {w.id for w in who}]
    f = Fact("LegalAction", {key: who, **({"target": _uniq(target)} if target else {})},
             {"legalActionKind": "investigation", "actionType": "investigation"},
             tokens=[tok.i, verb.i, *(t.i for o in into for t in o.subtree)])
    if target:
        return [f]
    words = " ".join(t.text for t in into[0].subtree if t.dep_ != "det" or t.i != into[0].left_edge.i)
    if criminal or any(t.lemma_.lower() in OFFENCE_WORDS for t in into[0].subtree):
        if len(words.split()) > 10:
            return []
        f.attrs["charge"] = words
        return [f]
    f.refers = ("targetFact", INQUIRED_KINDS)
    f.attrs["subject"] = words
    return [f]


def _under_inquiry(tok: Token, cx: Context) -> list[Fact]:
    """"The cause was under investigation", "the crash is under investigation": an
    investigation into the event told before (``targetFact``, of the kinds an
    investigation is into), ``status: under review``; a subject that names an actor
    ("X is under investigation") is read by :func:`~kg.extract.facts.legal.legal_noun_rules`.
    Input: the noun 'investigation' after 'under'; output: [] or one LegalAction."""
    subj = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].pos_ != "NOUN" or any(cx.entities(t, conj=False) for t in subj[0].subtree):
        return []
    return [Fact("LegalAction", {}, {"legalActionKind": "investigation", "actionType": "investigation",
                                     "status": "under review"},
                 tokens=[tok.i, tok.head.i, tok.head.head.i, *(t.i for t in subj[0].subtree)],
                 refers=("targetFact", INQUIRED_KINDS))]


def arrest_warrant_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The court issued a warrant for the arrest of X": the warrant's target is whom the
    arrest is of (a person), the issuer a registry Court (``court``) or another named body
    (``initiator``). Input: the noun 'warrant' and its :class:`Context`; output: [] or one
    LegalAction per person."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "warrant" or tok.dep_ != "dobj" or \
            tok.head.lemma_ not in ("issue", "request", "seek", "approve", "grant"):
        return []
    arrests = [o for o in preps(tok, {"for"}) if o.lemma_ == "arrest"]
    people = _uniq([e for a in arrests for o in preps(a, {"of"}) for e in cx.entities(o) if e.type == "Person"])
    if not people:
        return []
    verb = tok.head
    subj = [s_ for s_ in subjects(verb) if s_.dep_ == "nsubj"]
    actor = _actors(subj, cx) or _the_court(subj, cx)
    roles = {"court": [e for e in actor if e.type == "Court"]} if any(e.type == "Court" for e in actor) else \
        {"initiator": [e for e in actor if e.type != "Person"]} if actor else {}
    status = "requested" if verb.lemma_ in ("request", "seek") else "issued"
    return [Fact("LegalAction", {**{k: v for k, v in roles.items() if v}, "target": [p]},
                 {"legalActionKind": "warrant", "actionType": "arrest warrant", "status": status},
                 tokens=[tok.i, verb.i, *(t.i for s_ in subj for t in s_.subtree), *(t.i for a in arrests for t in a.subtree)])
            for p in people]


def ruled_against_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The court ruled against X", "the verdict against X", "the ICJ's judgment against
    X": a ruling (``legalActionKind: ruling``) whose target is whom 'against' names, its
    court the registry Court that rules or owns the ruling ("the court" standing for the
    one court named before). Input: a token and its :class:`Context`; output: [] or one
    LegalAction."""
    if tok.pos_ == "VERB" and tok.lemma_ in ("rule", "decide", "find"):
        courts = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type == "Court"] or _the_court(doers(tok), cx)
        action = "ruling"
    elif tok.pos_ == "NOUN" and tok.lemma_ in RULING_NOUNS:
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound")] + preps(tok, {"by", "of"})
        courts = [e for o in owners for e in cx.entities(o, conj=False) if e.type == "Court"]
        if not courts and tok.dep_ == "dobj":  # "the court issued a verdict against X"
            courts = [e for s_ in doers(tok.head) for e in cx.entities(s_) if e.type == "Court"] or \
                _the_court(doers(tok.head), cx)
        action = RULING_NOUNS[tok.lemma_]
    else:
        return []
    against = preps(tok, {"against"})
    target = _uniq([e for o in against for e in cx.entities(o) if e.type in TARGET_TYPES])
    if not courts or not target:
        return []
    return [Fact("LegalAction", {"court": courts, "target": target},
                 {"legalActionKind": "ruling", "actionType": action},
                 tokens=[tok.i, *(t.i for o in against for t in o.subtree)])]


def _interim(noun: Token) -> bool:
    """Whether a noun names interim measures: 'injunction', or 'measures', 'relief' or
    'order' with 'provisional', 'interim', 'emergency' ... before it."""
    return noun.lemma_ == "injunction" or noun.lemma_ in INTERIM_NOUNS and \
        any(c.dep_ in ("amod", "compound") and c.lower_ in INTERIM_WORDS for c in noun.children)


def interim_request_rules(tok: Token, cx: Context) -> list[Fact]:
    """Interim measures asked of a court: "Chile asked the court to order Peru to halt
    the work", "Chile asked the ICJ for provisional measures against Peru", "Chile sought
    an injunction against Peru": a LegalAction with ``legalActionKind: injunction``,
    ``status: requested``, the asking party its ``initiator``, the court asked its
    ``court`` (a registry Court, or the one named before for "the court"), its target
    whom the order would bind (the object of 'order', or whom 'against' names), what it
    would order its ``subject``. Input: a token and its :class:`Context`; output: [] or
    one LegalAction."""
    if tok.pos_ == "VERB" and tok.lemma_ in ASK_VERBS:
        asked = [o for o in objects(tok) if o.dep_ == "dobj"] + preps(tok, {"on"} if tok.lemma_ == "call" else set())
        courts = [e for o in asked for e in cx.entities(o, conj=False) if e.type == "Court"] or _the_court(asked, cx)
        order = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ in ("order", "direct", "require")]
        measures = [o for o in preps(tok, {"for"}) if _interim(o)]
        if not courts or not (order or measures):
            return []
        bound = [o for v in order for o in objects(v) if o.dep_ == "dobj"] + \
            [o for m in measures for o in preps(m, {"against"})]
        said = [t for v in order for c in v.children if c.dep_ == "xcomp" for t in c.subtree if c.i > v.i]
        anchor = order[0] if order else measures[0]
    elif tok.pos_ == "NOUN" and _interim(tok) and tok.dep_ == "dobj" and tok.head.lemma_ in SEEK_VERBS:
        verb = tok.head
        courts = [e for o in preps(verb, {"from", "at", "before", "with"}) + preps(tok, {"from"})
                  for e in cx.entities(o) if e.type == "Court"]
        bound = preps(tok, {"against"}) + preps(verb, {"against"})
        said, anchor = [], tok
        tok = verb
    else:
        return []
    initiator = [e for e in _actors(doers(tok), cx) if e.type != "Court"]
    target = [e for o in bound for e in cx.entities(o, conj=False) if e.type in TARGET_TYPES]
    target = _uniq([e for e in target if e.id not in {i.id for i in initiator}])
    if not initiator or not target:
        return []
    f = Fact("LegalAction", {"initiator": initiator, "target": target, **({"court": courts} if courts else {})},
             {"legalActionKind": "injunction", "actionType": "request for interim measures", "status": "requested"},
             tokens=[tok.i, anchor.i, *(t.i for o in bound for t in o.subtree)])
    words = " ".join(t.text for t in said if not (t.dep_ == "aux" and t.lower_ == "to"))
    if words and len(words.split()) <= 15:
        f.attrs["subject"] = words
    return [f]


def appeal_noun_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Peru filed an appeal with the Supreme Court against the ruling": the noun 'appeal'
    lodged by a verb of :data:`LODGE_VERBS`, its ``initiator`` the subject, ``court`` the
    registry Court named after 'with', 'to', 'at' or 'before', its target the ruling told
    before (``targetFact``; nothing when none was told), as
    :func:`~kg.extract.facts.trials.appeal_rules` reads the verb. Input: a token and its
    :class:`Context`; output: [] or one LegalAction."""
    if tok.pos_ != "NOUN" or tok.lemma_ != "appeal" or tok.dep_ != "dobj" or tok.head.lemma_ not in LODGE_VERBS:
        return []
    verb = tok.head
    if preps(tok, {"for"}) or any(c.dep_ in ("acl", "relcl") for c in tok.children):
        return []  # "launched an appeal for funds": a call for help, no legal step
    places = preps(tok, {"with", "to", "at", "before"}) + preps(verb, {"with", "to", "at", "before"})
    courts = _uniq([e for o in places for e in cx.entities(o) if e.type == "Court"])
    initiator = [e for e in _actors(doers(verb), cx) if e.type != "Court"]
    if not initiator:
        return []
    return [Fact("LegalAction", {"initiator": initiator, **({"court": courts} if courts else {})},
                 {"actionType": "appeal"}, tokens=[tok.i, verb.i, *(t.i for o in places for t in o.subtree)],
                 refers=("targetFact", ("LegalAction",)))]


#: Past participles of a step of a case done to the people a noun in apposition describes
#: ("X and Y, a couple convicted in Slovenia of spying"), with the action type.
DONE_TO = {"convict": "conviction", "sentence": "sentence", "charge": "charge", "indict": "indictment",
           "acquit": "acquittal", "jail": "sentence", "imprison": "sentence"}
#: Verbs that pass a sentence or verdict on someone named after 'to' or 'on'.
HAND_DOWN_VERBS = {"hand", "impose", "pass", "give", "deliver", "issue"}
#: Nouns of a penalty or verdict passed.
PASSED_NOUNS = {"sentence": "sentence", "verdict": "verdict", "penalty": "sentence", "term": "sentence"}


def described_defendant_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Peru freed X and Y, a couple convicted in Chile of spying": a past participle of
    :data:`DONE_TO` on a common noun set in apposition to named people; the step is done to
    them (``target``), its charge the words after 'of' or 'for'. A participle on the name
    itself ("X, convicted of fraud") is read by :func:`~kg.extract.facts.legal.legal_rules`.
    Input: a token and its :class:`Context`; output: [] or one LegalAction."""
    action = DONE_TO.get(tok.lemma_)
    if tok.pos_ != "VERB" or action is None or tok.tag_ != "VBN" or tok.dep_ != "acl":
        return []
    noun = tok.head
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or cx.entities(noun, conj=False):
        return []
    people = [e for e in _described(noun.head, cx) if e.type in ("Person", "Group", "Organisation")]
    if not people:
        return []
    f = Fact("LegalAction", {"target": _uniq(people)}, {"actionType": action},
             tokens=[tok.i, noun.i, noun.head.i, *(t.i for t in tok.subtree)])
    said = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children
            if o.dep_ == "pobj"]
    words = " ".join(t.text for o in said for t in o.subtree)
    if words and len(words.split()) <= 12:
        f.attrs["charge"] = words
    return [f]


def _described(name: Token, cx: Context) -> list:
    """The actors a noun in apposition after ``name`` describes: the name's own and those
    joined to it by 'and' with no comma between ("Artem and Anna Dultsev, a couple", the
    parser hanging the apposition on either name), not the earlier items of a longer list
    ("X and Y, who ..., and Artem and Anna Dultsev, a couple ...": the couple is the last
    pair)."""
    doc = name.doc
    out = []
    m = cx.at.get(name.i)
    if m is not None:
        out = list(m.entities)
        j = m.start - 1
        while j >= name.sent.start and doc[j].lower_ == "and" and j - 1 in cx.at:
            before = cx.at[j - 1]  # "Artem and Anna Dultsev, a couple": the names joined before it
            out = [*before.entities, *out]
            j = before.start - 1
    # the names joined after it, up to the apposition ("Artem and Anna Dultsev": 'Artem' its head)
    after = [c for c in name.children if c.dep_ == "conj" and c.i > name.i and
             not any(t.text == "," for t in doc[name.i:c.i])]
    out += [e for c in after for e in cx.entities(c, conj=False)]
    return _uniq(out)


def handed_down_rules(tok: Token, cx: Context) -> list[Fact]:
    """"A court in Lima handed down a five-year sentence to X", "imposed a sentence on X":
    a sentence or verdict passed (``target`` whom 'to' or 'on' names, a person), the court
    the subject when the registry names one (or "the court" named before), its length in
    ``duration``. Input: a token and its :class:`Context`; output: [] or one LegalAction."""
    action = PASSED_NOUNS.get(tok.lemma_)
    if tok.pos_ != "NOUN" or action is None or tok.dep_ != "dobj" or tok.head.lemma_ not in HAND_DOWN_VERBS:
        return []
    verb = tok.head
    if not penal_term(tok, verb):
        return []  # "gave Maduro a third six-year term": a term of office
    on = preps(verb, {"to", "on"}) + preps(tok, {"on", "to"})
    people = _uniq([e for o in on for e in cx.entities(o) if e.type == "Person"])
    if not people:
        return []
    courts = [e for s_ in doers(verb) for e in cx.entities(s_) if e.type == "Court"] or _the_court(doers(verb), cx)
    f = Fact("LegalAction", {"target": people, **({"court": courts} if courts else {})},
             {"legalActionKind": "ruling", "actionType": action}, tokens=[tok.i, verb.i, *(t.i for o in on for t in o.subtree)])
    years = [t for t in tok.children if t.dep_ in ("compound", "amod") and t.ent_type_ == "DATE"]
    number = [n for y in years for n in y.children if n.dep_ == "nummod" and n.like_num]
    if years and number:
        f.attrs["duration"] = f"{number[0].text} {years[0].lemma_}s"
    return [f]


def ordered_measures_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The court ordered Israel to prevent and punish incitement, and to enable the
    provision of aid": an order of several measures, each an infinitive of its own after
    'order' ("to prevent ...", "to enable ..."), is, beside the order itself (drafted by
    :func:`~kg.extract.facts.legal.court_rules`), one LegalAction per measure
    (corpus/CLAIMS.md: ``legalActionKind: injunction``, the measure in ``subject``), its
    ``court`` the registry Court that orders (or "the court" named before), its
    ``target`` whom the order binds. One measure alone ("ordered Venezuela to refrain from
    any action ...") is an injunction of its own too, as curators record the measures of
    a court's order apart from the order; a measure not said by a 'to' infinitive
    ("ordered him held in custody") or one alone that awards money ("ordered X to pay
    damages", :data:`PAY_VERBS`) is the order's own content: [].
    Input: a token and its :class:`Context`; output: the measures' LegalActions."""
    if tok.pos_ != "VERB" or tok.lemma_ != "order":
        return []
    courts = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type == "Court"] or _the_court(doers(tok), cx)
    bound = _uniq([e for o in objects(tok) if o.dep_ == "dobj" for e in cx.entities(o) if e.type in TARGET_TYPES])
    first = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not courts or len(bound) != 1 or not first:
        return []

    def to_infinitive(v: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    measures = [first[0]] + [c for c in first[0].children if c.dep_ == "conj" and c.pos_ == "VERB" and to_infinitive(c)]
    if not to_infinitive(first[0]) or len(measures) == 1 and first[0].lemma_ in PAY_VERBS:
        return []  # "ordered Vell Petroleum to pay damages": the judgment's award, no measure of conduct
    out = []
    for n, m in enumerate(measures):
        others = {t.i for o in measures if o.i != m.i and m.is_ancestor(o) for t in o.subtree}
        # the order's day ("to halt the work on Friday") dates the order, not the measure's words; a
        # time allowed ("report within one month") is the measure's own
        others |= {t.i for p in m.children if p.dep_ == "prep" and p.lower_ in ("on", "at") and
                   any(o.ent_type_ in ("DATE", "TIME") for o in p.children if o.dep_ == "pobj") for t in p.subtree}
        words = [t for t in m.subtree if t.i not in others and not (t.dep_ == "aux" and t.head.i == m.i)]
        while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
            words.pop()
        text = " ".join(t.text for t in words)
        if not text or len(text.split()) > 20:
            continue
        out.append(Fact("LegalAction", {"court": courts, "target": bound},
                        {"legalActionKind": "injunction", "actionType": "order", "subject": text},
                        tokens=[t.i for t in words], part=n + 2, clause=False))
    return out


#: Verbs of paying that make a court's order of one measure an award of money (damages, a
#: fine, costs), the content of its judgment rather than a measure of conduct it imposes.
PAY_VERBS = {"pay", "compensate", "reimburse", "refund", "forfeit"}


#: The rules of this module, in the order they run.
CASE_RULES = (investigation_rules, arrest_warrant_rules, ruled_against_rules, interim_request_rules, appeal_noun_rules,
              described_defendant_rules, handed_down_rules, ordered_measures_rules)
