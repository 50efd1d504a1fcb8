"""Labels a speaker gives in forms the active "X called Y a Z" does not take: the passive
("the vote was described as a sham by Chile", "the deal, dubbed a milestone by Peru") and
a relative clause on a fact's noun ("the vote, which Chile called a sham"). Each is a
Characterisation (corpus/CLAIMS.md: ``characterised``, ``category``, said by the one who
gives the label), of a named actor, place or asset, or of a fact told before."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _text, _uniq, label_text
from kg.extract.facts.diplomacy import CHARACTERISED, CHARACTERISE_VERBS, FACT_NOUNS, LABEL_VERBS
from kg.extract.facts.judgements import _term
from kg.ontology import vocabulary

#: More nouns that point back to a fact told before when a speaker labels them ("called the
#: remarks outrageous", "called the marches 'hate marches'", "branded the proceedings a sham"):
#: words, crowds in the street, a court's steps, wars and measures, by their common nouns (not
#: attacks by their plural nouns: a speaker's label on "the strikes" names no one strike told).
FACT_NOUNS.update({
    **dict.fromkeys(("remark", "remarks", "comment", "comments", "words", "statement", "statements", "claim",
                     "claims", "post", "speech"), ("Statement", "Characterisation")),
    **dict.fromkeys(("march", "marches", "rally", "rallies", "demonstration", "demonstrations"), ("Protest",)),
    **dict.fromkeys(("proceedings", "hearing", "charge", "probe", "investigation"), ("LegalAction",)),
    **dict.fromkeys(("war", "conflict", "fighting"), ("ArmedConflict", "Invasion")),
    **dict.fromkeys(("annexation", "occupation", "incursion"), ("Invasion",)),
    **dict.fromkeys(("tariff", "tariffs", "levy", "duties"), ("Tariff",)),
    **dict.fromkeys(("ban", "embargo", "restrictions", "curbs"), ("Sanction", "ExecutiveAction")),
    "coup": ("SeizureOfPower",), "withdrawal": ("Withdrawal",), "ceasefire": ("Agreement",), "truce": ("Agreement",),
    # joining a body by its nouns; a loan by its own noun; a leaving by its nouns
    **dict.fromkeys(("accession", "membership", "entry"), ("Membership",)),
    "loan": ("Loan",), "bailout": ("Loan",), "deal": ("Agreement", "Loan"),
    **dict.fromkeys(("exit", "departure", "pullout", "retreat"), ("Withdrawal", "Travel")),
    # a time that stands for what happened in it ("called the moment historic"): the fact told last
    **dict.fromkeys(("moment", "event", "day", "development", "outcome", "result"), ()),
    # nouns that stand for whatever was told last, naming no kind ("called the announcement
    # unfortunate", "calling the matter one for the defence ministry"); a treaty's ratification
    **dict.fromkeys(("announcement", "matter", "incident", "episode", "affair"), ()),
    "ratification": ("Agreement", "Legislation"),
})

#: Articles stripped from the front of a label ("a sham" is kept whole by the curated
#: files; "the" before a label names no more than the label).
_LEADING = ("the",)


def _label_of(verb: Token) -> list[Token]:
    """The label a verb of naming gives, in text order: what its 'as' governs ("described
    as a sham"), or its object predicate or second object ("was called a sham", "dubbed
    a milestone"); without punctuation, a leading 'the' or the clauses hung on it; empty
    when it gives none."""
    heads = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
             or (o.dep_ in ("amod", "acomp") and o.pos_ == "ADJ")]  # "hailed as historic": an adjective after 'as'

    if not heads:
        heads = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj") and c.i > verb.i
                 and c.lower_ not in ("which", "that", "what", "whom")]
    toks = sorted({t.i: t for h in heads for t in h.subtree}.values(), key=lambda t: t.i)
    toks = _term([t for t in toks if not t.is_punct and t.text not in "\"'“”‘’"])
    while toks and toks[0].lower_ in _LEADING:
        toks = toks[1:]
    return toks


def _described(noun: Token, cx: Context) -> tuple[list, tuple[str, ...] | None]:
    """What a labelled noun is: (the actors, places or assets it names, None), or
    ([], the kinds of fact its noun names: "the vote", "the agreement") or ([], None)."""
    vocab = vocabulary()
    named = [e for e in cx.entities(noun) if any(vocab.is_a(e.type, k) for k in CHARACTERISED)
             and e.type != "NewsOrganisation"]
    if named:
        return named, None
    if cx.entities(noun) or noun.pos_ not in ("NOUN",):
        return [], None
    return [], FACT_NOUNS.get(noun.lower_, FACT_NOUNS.get(noun.lemma_.lower()))


def _characterisation(described: list, kinds, label: list[Token], speaker: list, tokens: list[int],
                      cx: Context) -> list[Fact]:
    """A Characterisation of ``described`` (entities) or, when none, of the fact of
    ``kinds`` told before; said by ``speaker``; nothing when either side is missing."""
    speaker = [e for e in _uniq(speaker) if e.type not in NOT_ACTORS]
    described = [e for e in described if e.id not in {s.id for s in speaker}]
    if not speaker or not label or all(t.ent_type_ in ("DATE", "TIME") for t in label):
        return []
    category = {"category": label_text(cx.doc, label)}
    tokens = [*tokens, *(t.i for t in label)]
    if described:
        return [Fact("Characterisation", {"characterised": described}, category, tokens=tokens, statement=True,
                     voiced_by=speaker, clause=False)]
    if kinds is None:
        return []
    return [Fact("Characterisation", {}, category, tokens=tokens, statement=True, voiced_by=speaker,
                 refers=("characterised", kinds), clause=False)]


def passive_label_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The vote was described as a sham by Chile", "Peru has been called a rogue state by
    Chile", "the deal, dubbed a milestone by Peru": the label a passive verb of naming
    gives its subject (or the noun its participle describes) is a Characterisation, said
    by the agent ('by'). No agent, no speaker: nothing ("the vote was described as a
    sham" gives no one's label)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CHARACTERISE_VERBS or not (
            tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ == "acl")):
        return []
    label = _label_of(tok)
    agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not agents and label:
        # "described as a sham by Tor Ashby": the parser may hang 'by' on the label's noun
        by = [p for p in label if p.dep_ == "prep" and p.lower_ == "by" and p.head.i in {t.i for t in label}
              and max(t.i for t in p.subtree) == label[-1].i]
        if by:
            agents = [o for o in by[0].children if o.dep_ == "pobj"]
            label = [t for t in label if t.i < by[0].i]
    if not agents:
        return []
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not subj and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        subj = [tok.head]  # "the deal, dubbed a milestone by Peru": a reduced relative clause
    if not subj or subj[0].lower_ in ("which", "that", "it", "this"):
        return []
    if tok.lemma_ not in LABEL_VERBS and not any(p.dep_ == "prep" and p.lower_ == "as" for p in tok.children):
        return []  # "was dismissed by the president": a removal, no label
    described, kinds = _described(subj[0], cx)
    speaker = [e for o in agents for e in cx.entities(o)]
    return _characterisation(described, kinds, label, speaker, [subj[0].i, tok.i, *(o.i for o in agents)], cx)


def _past_date(noun: Token) -> Token | None:
    """The noun a relative clause after a comma speaks of: ``noun`` itself, or, when it
    is a date or a time the parser hung the clause on ("signed a deal on Monday, which
    Peru hailed as a milestone"), the object of the verb that date's preposition hangs
    on ("deal"); None when that verb has no noun object."""
    if noun.ent_type_ not in ("DATE", "TIME"):
        return noun
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "VERB":
        return None
    objs = [o for o in noun.head.head.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
    return objs[0] if objs else None


#: Pronouns that, as the subject of a relative clause of naming, stand for the subject of
#: the clause the relative hangs on ("Biden welcomed the accord, which he called historic").
SPEAKER_PRONOUNS = {"he", "she", "they", "it"}


def _main_subject(verb: Token) -> list[Token]:
    """The subject of the clause whose object (or that object's date) a relative clause
    of naming hangs on, when the relative's own subject is a personal pronoun ("Biden
    welcomed the accord, which he called historic": "Biden"); empty otherwise, or when
    that subject is itself a pronoun."""
    pron = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS]
    if not pron:
        return []
    noun = verb.head
    while noun.dep_ in ("pobj", "prep", "dobj", "npadvmod") and noun.head.i != noun.i and noun.pos_ != "VERB":
        noun = noun.head
    if noun.pos_ != "VERB":
        return []
    return [c for c in noun.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


#: Nouns that sum up the clause before them in apposition ("imposed sanctions, a move
#: Moscow called illegal", "a step Chile hailed as historic").
SUMMING_NOUNS = {"move", "step", "decision", "measure", "action"}


def _summing_up(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause without a relative pronoun on a noun that
    sums up the clause before it, after a comma ("signed a deal on Monday, a move Biden
    hailed as historic"): the noun one of :data:`SUMMING_NOUNS`, in apposition to that
    clause's object or hung on its verb, the relative with no object of its own."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_ not in SUMMING_NOUNS or noun.dep_ not in ("appos", "npadvmod"):
        return False
    if noun.i == 0 or not any(t.text == "," for t in verb.doc[max(0, noun.left_edge.i - 1):noun.left_edge.i]):
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def which_called_fact_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The vote, which Chile called a sham", "the agreement, which Peru described as a
    milestone": a label a speaker gives, in a relative clause, to what a fact's noun names
    is a Characterisation of that fact told before (the noun of a named actor, place or
    asset is read by :func:`~kg.extract.facts.judgements.which_called_rules`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in CHARACTERISE_VERBS or tok.dep_ != "relcl":
        return []
    which = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("which", "that")]
    if not which and _summing_up(tok):
        which = [tok.head]  # "imposed sanctions, a move Peskov called illegal": the noun is the object
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if not subj:
        subj = _main_subject(tok)  # "Biden welcomed the accord, which he called historic"
    if not which or not subj:
        return []
    head = _past_date(tok.head)
    if head is None:
        return []
    described, kinds = _described(head, cx)
    if described:
        return []
    label = [t for t in _label_of(tok) if t.i != which[0].i]
    speaker = [e for e in cx.entities(subj[0])]
    pron = {c.lower_ for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PRON"}
    if pron & {"he", "she"} and any(e.type != "Person" for e in speaker) or \
            "it" in pron and any(e.type == "Person" for e in speaker):
        return []  # the pronoun does not fit the one it would stand for
    return _characterisation([], kinds, label, speaker, [which[0].i, subj[0].i, tok.i], cx)



#: Words by which an article says a place's or a territory's status is in dispute ("the
#: disputed Kessel Reef", corpus/CLAIMS.md: ``category: disputed``).
DISPUTE_WORDS = {"disputed", "contested", "breakaway", "self-governing", "self-ruled"}
#: What such a word may describe (gkg:characterised): places, territories, assets.
DISPUTABLE = ("Place", "State", "Asset")


def disputed_place_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The disputed Scarborough Shoal", "the breakaway region of Transnistria": the status
    a word before a place's name gives it is a Characterisation of that place in the
    article's own voice (corpus/CLAIMS.md, "the disputed shoal": ``category: disputed``);
    the word must qualify the name (or the noun an 'of' phrase names it by), not another
    noun ("the disputed election"), and a name the mentions read as a place, a state or
    an asset."""
    if tok.lower_ not in DISPUTE_WORDS or tok.dep_ != "amod":
        return []
    head = tok.head
    # the name itself, the name before the place's noun ("the Crimea peninsula"), or its 'of' ("region of X")
    named = head if head.i in cx.at else next(
        (c for c in head.children if c.dep_ == "compound" and c.i in cx.at and c.i > tok.i), None) or next(
        (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
         if o.dep_ == "pobj" and o.i in cx.at), None)
    if named is None:
        return []
    m = cx.at[named.i]
    vocab = vocabulary()
    if m.form != "name" or not any(vocab.is_a(m.entity.type, k) for k in DISPUTABLE):
        return []
    return [Fact("Characterisation", {"characterised": [m.entity]}, {"category": tok.lower_},
                 tokens=list(range(tok.i, max(m.end, named.i + 1))), clause=False, undated=True)]


#: Verbs of saying, and of a court's ruling, whose reported clause may give a fact told
#: before a label ("said the talks had been constructive", "ruled that the arrest was unlawful").
SAY_LABEL_VERBS = {"say", "tell", "add", "insist", "declare", "rule", "find"}
#: Auxiliaries that make the reported label a guess or a wish, not what the speaker says it is.
_MODALS = {"would", "could", "might", "may", "should", "must", "will", "can"}


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses of 'be' a verb of saying reports: its complement ("said the talks were
    constructive"), or the clause it interrupts between commas ("the talks, Peskov said,
    were constructive": the parser hangs the saying on that clause as ``parataxis``)."""
    out = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"]
    if verb.dep_ == "parataxis" and verb.head.lemma_ == "be" and verb.head.i > verb.i and any(
            c.dep_ == "nsubj" and c.i < verb.i for c in verb.head.children):
        out.append(verb.head)
    return out


def said_fact_label_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Chile said the talks had been constructive", "Tor Ashby told reporters the
    meeting was a success", "an official said the discussions were frank": a label a
    speaker gives, in the clause a verb of saying reports, to a fact told before that the
    clause's subject names by a definite noun of its kind ("the talks", "the verdict") is
    a Characterisation of that fact (corpus/CLAIMS.md: ``characterised: <fact id>``), as
    "called the talks constructive" is; so is a court's "ruled that the arrest of X was
    unlawful". The label is the adjective or noun phrase after
    'be', up to a clause explaining or describing its noun ("an important reminder that no
    state is above the law": 'important reminder'); a noun denied ("said the suspension was not
    a blanket ban") is a class the speaker says the fact is not in (polarity negative),
    while an adjective denied, a stage not reached ("not yet a treaty") or a clause with
    a modal ("would be useful") gives none, nor does a
    subject that names an actor ("said Peru was a rogue state": a statement, rule set 27)
    or no fact ("said the weather was fine"). The quote is the reported clause, so that the
    statement the sentence makes (an Assessment, as the curated files record such
    opinions) is drafted beside the label."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SAY_LABEL_VERBS:
        return []
    from kg.extract.facts.diplomacy import _fact_referred
    from kg.extract.facts.judgements import _unnamed_officials

    for clause in _reported_clauses(tok):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children):
            continue
        negated = any(c.dep_ == "neg" for c in clause.children)
        if negated and any(c.lower_ in ("yet", "still", "longer") for c in clause.subtree):
            continue  # "was not yet a full treaty", "no longer a member": a stage of the fact, not a class denied
        subj = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if not subj or cx.entities(subj[0]):
            continue
        kinds = _fact_referred(subj[0])
        if kinds is None or not kinds:
            continue
        if tok.lemma_ in ("rule", "find"):  # a court's words on an arrest are about the arrest, not its ruling
            kinds = tuple(k for k in kinds if k != "LegalAction") or kinds
        heads = [c for c in clause.children if c.dep_ in ("acomp", "attr") and c.i > subj[0].i]
        if negated and not all(h.pos_ in ("NOUN", "PROPN") for h in heads):
            continue  # "was not unlawful": a denial, not a class the fact is said not to be in
        # "was an important reminder that no state is above the law", "an escalation that could spread the
        # war": the noun the clause after it explains or describes is the label
        told = {t.i for h in heads for c in h.children if c.dep_ in ("acl", "relcl") and c.i > h.i
                and h.pos_ == "NOUN" for t in c.subtree}
        if negated:  # "not a blanket ban and not an arms embargo": the first class named
            told |= {t.i for h in heads for c in h.children if c.dep_ in ("cc", "conj") for t in c.subtree}
        if any(c.dep_ in ("prep", "relcl", "acl", "advcl", "ccomp") and c.i not in told
               for h in heads for c in h.subtree):
            continue  # "was an outcome of the talks", "a milestone in their effort": more than a label
        label = sorted({t.i: t for h in heads for t in h.subtree if not t.is_punct and t.i not in told
                        and t.text not in "\"'“”‘’"}.values(), key=lambda t: t.i)
        while label and label[0].lower_ in ("a", "an", "the", "another"):
            label = label[1:]
        if not label or len(label) > 6 or label[0].lemma_ in ("part", "one"):
            continue  # "the deal was part of a partnership": what it belongs to, no label
        speakers = [s_ for s_ in tok.children if s_.dep_ == "nsubj"]
        speaker: list = [e for s_ in speakers for e in cx.entities(s_) if e.type not in NOT_ACTORS]
        if not speaker and speakers:
            unnamed = _unnamed_officials(speakers[0], cx)
            speaker = [unnamed] if unnamed else []
        if not speaker:
            return []
        # the quote is the reported clause: the statement of the whole sentence stays beside the label
        # "said the suspension was not a blanket ban": a class the speaker says the fact is not in
        # (corpus/CLAIMS.md, 'Negation: polarity')
        return [Fact("Characterisation", {}, {"category": label_text(cx.doc, label)},
                     tokens=[*(t.i for t in subj[0].subtree), clause.i, *(t.i for t in label)],
                     statement=True, voiced_by=speaker, refers=("characterised", kinds), clause=False,
                     negative=negated)]
    return []



#: Quotation marks that open or close a label a speaker's own words give.
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def _quoted(toks: list[Token]) -> bool:
    """Whether the words ``toks`` (in text order) stand between quotation marks in the text:
    a mark right before the first (or before an article before it: '"a political court"') and one within two tokens
    after the last (a comma or a full stop may come first)."""
    doc = toks[0].doc
    a, b = toks[0].i, toks[-1].i
    opened = a > 0 and (doc[a - 1].text in QUOTE_MARKS or doc[a].text in QUOTE_MARKS or
                        a > 1 and doc[a - 1].lower_ in ("a", "an", "the") and doc[a - 2].text in QUOTE_MARKS)
    closed = any(doc[k].text in QUOTE_MARKS for k in range(b, min(len(doc), b + 3)))
    inner = [t for t in doc[a:b + 1] if t.text in QUOTE_MARKS and t.i not in (a, b)]
    return opened and closed and not inner


def _direct(clause: Token) -> bool:
    """Whether the clause ``clause`` heads is the speaker's own words, quoted whole ('"Ukraine
    is a terrorist state," Peskov said'): a quotation mark right before its first word and
    one within two tokens after its last, none between."""
    words = [t for t in clause.subtree if not t.is_punct]
    if not words:
        return False
    doc, a, b = clause.doc, words[0].i, words[-1].i
    return a > 0 and doc[a - 1].text in QUOTE_MARKS and \
        any(doc[k].text in QUOTE_MARKS for k in range(b + 1, min(len(doc), b + 4))) and \
        not any(t.text in QUOTE_MARKS for t in doc[a:b + 1])


def said_actor_label_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Orban said the court was \\"no longer an impartial court ... but a political
    court\\"", "Cameron said Sunak was a \\"strong and capable prime minister\\"": the words a
    speaker puts in quotation marks after 'be', in the clause a verb of saying reports, are
    the label the speaker gives the actor the clause's subject names (a Characterisation of
    that actor, said by the speaker; corpus/CLAIMS.md: ``characterised``, ``category``), as
    "called the court a political court" is. The label must be the whole predicate, quoted
    (the speaker's word for the actor, not the reporter's paraphrase: "said Peru was a rogue
    state" stays a statement, rule set 27), a noun phrase or an adjective with nothing hung
    on it ("\\"not ready for peace\\"" is a judgement of what the actor will do, an
    assessment), of at most 15 words; or the speaker's own words quoted whole ('"Ukraine is
    a terrorist state," Peskov said'). A clause with a modal or a subject that names a fact
    is left to :func:`said_fact_label_rules`."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SAY_LABEL_VERBS or tok.lemma_ in ("rule", "find"):
        return []
    vocab = vocabulary()
    for clause in _reported_clauses(tok):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children):
            continue
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        described = [e for s_ in subj for e in cx.entities(s_) if any(vocab.is_a(e.type, k) for k in CHARACTERISED)
                     and e.type != "NewsOrganisation"]
        if len(described) != 1:
            continue
        heads = [c for c in clause.children if c.dep_ in ("attr", "acomp") and c.i > subj[0].i]
        if len(heads) != 1 or heads[0].dep_ == "acomp" and any(
                c.dep_ in ("prep", "xcomp", "ccomp", "advcl") for c in heads[0].children):
            continue
        words = sorted(heads[0].subtree, key=lambda t: t.i)
        # "was \"no longer an impartial court, ... but a political court\"": a nominal joined to the
        # clause after the predicate is more of the label; the words between are kept as written
        more = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "ADJ")
                and c.i > heads[0].i]
        if more:
            words = list(cx.doc[words[0].i:max(t.i for c in more for t in c.subtree) + 1])
        # the negation and the adverbs before the predicate ("was \\"no longer a court\\"") are the label's
        words = sorted({t.i: t for t in [*(t for c in clause.children if c.dep_ in ("neg", "advmod")
                                           and subj[0].i < c.i < heads[0].i for t in c.subtree), *words]}.values(),
                       key=lambda t: t.i)
        while words and words[-1].is_punct and words[-1].text not in QUOTE_MARKS:
            words = words[:-1]
        label = [t for t in words if t.text not in QUOTE_MARKS]
        while label and label[0].lower_ in ("a", "an", "the"):
            label = label[1:]  # 'a "strong and capable prime minister"': the article outside the quotation
        while label and label[-1].is_punct:
            label = label[:-1]
        if label and label[0].i > 0 and cx.doc[label[0].i - 1].text in QUOTE_MARKS and not _quoted(label):
            # the quotation opened before the predicate goes on past what the parser hangs on it
            # ("was \"no longer an impartial court, ..., but a political court\""): the label is all of it
            close = next((t.i for t in cx.doc[label[-1].i + 1:clause.sent.end] if t.text in QUOTE_MARKS), None)
            if close is not None:
                label = [t for t in cx.doc[label[0].i:close]]
                words = [*words, *label]
                while label and label[-1].is_punct:
                    label = label[:-1]
        if not label or sum(not t.is_punct for t in label) > 15 or not (_quoted(label) or (
                _direct(clause) and not any(c.dep_ == "neg" for c in clause.children))):
            continue  # (a label quoted whole and negated is one the speaker denies: left to the reviewer)
        if any(not t.is_punct and t.text not in QUOTE_MARKS and t.i > label[-1].i for t in clause.subtree):
            continue  # 'was "ready" for talks': the predicate goes on past the quoted words
        speakers = [s_ for s_ in tok.children if s_.dep_ == "nsubj"]
        speaker = [e for s_ in speakers for e in cx.entities(s_) if e.type not in NOT_ACTORS]
        speaker = [e for e in speaker if e.id != described[0].id]
        if not label or not speaker:
            continue
        m = cx.at.get(subj[0].i)
        start = m.start if m is not None else subj[0].i
        return [Fact("Characterisation", {"characterised": described}, {"category": label_text(cx.doc, label)},
                     tokens=[*range(start, subj[0].i + 1), clause.i, *(t.i for t in words)],
                     statement=True, voiced_by=speaker, clause=False)]
    return []
