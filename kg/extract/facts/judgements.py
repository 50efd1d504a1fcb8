"""Judgements and measures told in forms the other rule sets leave out: a speaker's own
term for a fact ("what Moscow calls the root causes of the conflict"), a label unnamed
officials give a fact told before, a fact an actor backs ("the request was championed
by Vanuatu"), and a removal from office by an executive ("the interior ministry removed
him from his post")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import (
    NOT_ACTORS, Context, Fact, _text, _uniq, doers, label_text, objects, preps, subjects,
)
from kg.extract.facts.ballots import among_voters
from kg.extract.facts.diplomacy import LABEL_VERBS, _fact_referred, _label_words
from kg.extract.facts.politics import _legislature
from kg.extract.mentions import Known
from kg.ontology import vocabulary
from kg.extract.speech import UNNAMED

#: Personal pronouns a speaker's own term may have as its subject, and whether they name a person.
PRONOUNS = {"he": True, "she": True, "it": False, "they": None}


def _antecedent(verb: Token, pronoun: Token, cx: Context) -> list[Known]:
    """The actors a pronoun subject of ``verb`` stands for: the subject of the nearest
    clause above ``verb`` in its sentence that names actors ("Putin warned Kyiv not to
    torpedo what he called nascent progress": Putin), a person for 'he' or 'she', no
    person for 'it'; nothing when no clause above names one (nothing is guessed)."""
    if pronoun.lower_ not in PRONOUNS:
        return []
    person = PRONOUNS[pronoun.lower_]
    node = verb
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in node.children if c.dep_ == "nsubj"]
        if not subj or subj[0].pos_ == "PRON":
            continue
        ents = [e for e in cx.entities(subj[0]) if e.type not in NOT_ACTORS]
        if person is not None:
            ents = [e for e in ents if (e.type == "Person") == person]
        if ents:
            return ents
    return []


def own_term_rules(tok: Token, cx: Context) -> list[Fact]:
    """"What Moscow calls the root causes of the conflict", "turned back on what it
    described as an attack trajectory", "not to torpedo what he called nascent progress":
    a speaker's own term for something the article tells is a Characterisation
    (corpus/CLAIMS.md: "what Rwanda calls 'defensive measures'") of the fact told before
    (``characterised: <fact id>``, which the engine finds among the facts drafted before),
    ``category`` the term, said by the subject of the verb of naming (a pronoun: the
    subject of the clause above that names someone)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in LABEL_VERBS:
        return []
    what = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "what"]
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not what or not subj:
        return []
    label = _term([t for t in _label_words(tok, what[0]) if t.i > tok.i])
    if not label or all(t.ent_type_ in ("DATE", "TIME") for t in label):
        return []
    if subj[0].pos_ == "PRON":
        speaker = _antecedent(tok, subj[0], cx)
    else:
        speaker = [e for e in cx.entities(subj[0]) if e.type not in NOT_ACTORS]
    if not speaker:
        return []
    tokens = [what[0].i, subj[0].i, tok.i, *(t.i for t in label)]
    # "what he termed Russia's 'war machine'": the term is the speaker's for the actor its possessive names
    vocab = vocabulary()
    owners = [c for t in label for c in t.children if c.dep_ == "poss" and c.i == label[0].i]
    owned = [e for c in owners for e in cx.entities(c, conj=False) if any(vocab.is_a(e.type, k) for k in NAMEABLE)]
    if len(owned) == 1 and owned[0].id not in {e.id for e in speaker}:
        term = [t for t in label if t.i > max(x.i for c in owners for x in c.subtree)]
        if term:
            return [Fact("Characterisation", {"characterised": owned}, {"category": label_text(cx.doc, term)},
                         tokens=tokens, statement=True, voiced_by=speaker, clause=False)]
    if _names_people(label):
        return []  # "to stop what he described as dangerous criminals": people unnamed, no fact told before
    return [Fact("Characterisation", {}, {"category": label_text(cx.doc, label)}, tokens=tokens, statement=True,
                 voiced_by=speaker, refers=("characterised", _term_kinds(label)), clause=False)]


#: Nouns of people a speaker's term may name ("dangerous criminals", "foreign agents"): such a
#: term labels people the text does not name, never a fact told before.
PEOPLE_TERMS = {"criminal", "terrorist", "thug", "traitor", "rioter", "looter", "mercenary", "extremist", "agent",
                "puppet", "enemy", "bandit", "gangster", "hooligan", "saboteur", "spy", "infiltrator", "radical",
                "anarchist", "militant", "insurgent", "rebel", "people", "elements", "element"}


def _names_people(term: list[Token]) -> bool:
    """Whether a speaker's term (its tokens, in order) is headed by a noun of people
    (:data:`PEOPLE_TERMS`)."""
    inside = {t.i for t in term}
    heads = [t for t in term if t.head.i not in inside or t.head.i == t.i]
    return len(heads) == 1 and heads[0].pos_ == "NOUN" and heads[0].lemma_.lower() in PEOPLE_TERMS


#: Nouns of a war or an armed act, and the kinds of fact a speaker's term headed by one may
#: name: an act of force under another name ("resist what it called an invasion" of troops
#: sent in), never a measure or a meeting.
WAR_NOUNS = dict.fromkeys(("war", "wars", "conflict", "aggression", "invasion", "occupation"),
                          ("Invasion", "ArmedConflict", "Attack", "Deployment", "Incursion", "Occupation"))


def _term_kinds(term: list[Token]) -> tuple[str, ...]:
    """The kinds of fact a speaker's term can characterise: acts of force when its head
    noun is a war's (:data:`WAR_NOUNS`: "what he called a senseless war" is never the
    sanction told before it), else any kind (an empty tuple: "nascent progress", "the
    root causes of the conflict"). ``term``: the term's tokens, in order."""
    inside = {t.i for t in term}
    heads = [t for t in term if t.head.i not in inside or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ != "NOUN":
        return ()
    return WAR_NOUNS.get(heads[0].lower_, ())


#: Dependencies that hang a clause on a term's noun ("a 'contagious autocracy' spreading
#: across the continent"): what the clause says is not part of the term.
CLAUSE_DEPS = {"acl", "relcl", "advcl"}


def _term(label: list[Token]) -> list[Token]:
    """The term of ``label`` (its tokens in text order) without the clauses hung on its
    words: "a 'contagious autocracy' spreading across the continent, where ..." is the
    term 'contagious autocracy'."""
    kept = set(t.i for t in label)
    cut = {t.i for t in label if t.dep_ in CLAUSE_DEPS and t.head.i in kept}
    return [t for t in label if t.i not in cut and not any(a.i in cut for a in t.ancestors)]


#: What a name a speaker gives may name (gkg:characterised: an actor, a place or an asset).
NAMEABLE = ("Actor", "Place", "Asset")


#: Verbs that put an actor in a class only with 'as' ("which Turkey lists as a terrorist group").
AS_CLASS_VERBS = {"list", "classify"}


def which_called_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The shoal, which Beijing calls Ren'ai Jiao", "the Sierra Madre, which Manila
    describes as a military outpost", "the PKK, which Turkey lists as a terrorist group",
    "Jaish al-Adl, a militant group that Tehran describes as ...": a name or a term a
    speaker gives what the relative clause hangs on (or the name its noun stands in
    apposition to) is a Characterisation of it (corpus/CLAIMS.md: "which Beijing calls
    Ren'ai Jiao"): ``characterised`` the actor, place or asset the noun names (a noun
    that names none: nothing drafted), ``category`` the term, said by the subject."""
    if tok.pos_ not in ("VERB", "NOUN") or tok.lemma_ not in LABEL_VERBS | AS_CLASS_VERBS or tok.dep_ != "relcl":
        return []  # ("which the EU lists as ...": the tagger may take 'lists' for a noun; its clause says it is a verb)
    if tok.lemma_ in AS_CLASS_VERBS and not any(p.dep_ == "prep" and p.lower_ == "as" for p in tok.children):
        return []  # "which Peru listed on Monday": no class given
    which = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom")]
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not which or not subj or subj[0].pos_ == "PRON":
        return []
    # the term: a second object ("calls Ren'ai Jiao"), an object predicate, or what 'as' governs
    heads = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "xcomp") and c.i > tok.i]
    heads += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    label = sorted({t.i: t for h in heads for t in h.subtree}.values(), key=lambda t: t.i)
    label = [t for t in label if not t.is_punct]
    while label and label[0].lower_ in ("a", "an", "the"):
        label = label[1:]
    if not label:
        return []
    vocab = vocabulary()
    # the noun the clause hangs on, or the name a describing noun stands in apposition to ("Jaish
    # al-Adl, a militant group that Tehran describes as a terrorist organisation")
    noun = tok.head.head if tok.head.dep_ == "appos" and not cx.entities(tok.head) else tok.head
    named = [e for e in cx.entities(noun) if any(vocab.is_a(e.type, k) for k in NAMEABLE)]
    speaker = [e for e in cx.entities(subj[0]) if e.type not in NOT_ACTORS]
    named = [e for e in named if e.id not in {s_.id for s_ in speaker}]
    if not named or not speaker:
        return []
    return [Fact("Characterisation", {"characterised": named}, {"category": label_text(cx.doc, label)},
                 tokens=[which[0].i, subj[0].i, tok.i, *(t.i for t in label)], statement=True, voiced_by=speaker,
                 clause=False)]


def _unnamed_officials(subj: Token, cx: Context) -> str | None:
    """Speakers a subject describes by their office without naming them: "Kremlin
    officials", "Western diplomats", "officials" (a plural noun of
    :data:`kg.extract.speech.UNNAMED` whose modifiers are names, demonyms or adjectives),
    as corpus/CLAIMS.md writes them: 'unnamed officials'; one such person with an article
    ("a senior official", "the official"): 'unnamed senior official'; None for anything else."""
    if subj.lemma_.lower() not in UNNAMED or subj.tag_ not in ("NNS", "NN") or subj.i in cx.at:
        return None
    if any(c.dep_ in ("poss", "nummod") for c in subj.children):
        return None  # "the ministry's officials", "two officials": told otherwise
    if subj.tag_ == "NN":  # "a senior official", "the official": one person, named nowhere
        if subj.lemma_.lower() in ("people", "agency", "outlet", "media", "newspaper") or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in subj.children):
            return None
        senior = [c.lower_ for c in subj.children if c.dep_ == "amod" and c.lower_ in ("senior", "top", "high-ranking")]
        return " ".join(["unnamed", *senior, subj.lower_])
    return "unnamed " + subj.lower_


def unnamed_label_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Kremlin officials had called the meeting historic", "diplomats described the talks
    as a breakthrough": a label unnamed speakers give a fact told before is a
    Characterisation of that fact (as :func:`~kg.extract.facts.diplomacy.characterisation_rules`
    drafts one of a named speaker), said by the unnamed speakers, whether it praises or
    blames. So is
    a named speaker's label that the parser hangs on the fact's noun rather than on the
    verb ('Chile called the jailing "totally unacceptable"'), which those rules do not read."""
    if tok.pos_ != "VERB" or tok.lemma_ not in LABEL_VERBS:
        return []
    objs = [o for o in tok.children if o.dep_ == "dobj"]
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not objs or not subj or cx.entities(objs[0]) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in tok.children):
        return []
    kinds = _fact_referred(objs[0])
    if kinds is None:
        return []
    unnamed = _unnamed_officials(subj[0], cx)
    if unnamed is not None:
        speaker: list = [unnamed]
        label = _label_words(tok, objs[0])
    else:
        speaker = [e for e in cx.entities(subj[0]) if e.type not in NOT_ACTORS]
        hung = [c for c in objs[0].children if c.dep_ in ("acomp", "oprd") and c.i > objs[0].i]
        label = [t for h in hung for t in h.subtree if not t.is_punct]
    if not speaker or not label or all(t.ent_type_ in ("DATE", "TIME") for t in label):
        return []
    return [Fact("Characterisation", {}, {"category": label_text(cx.doc, label)},
                 tokens=[subj[0].i, tok.i, objs[0].i, *(t.i for t in label)], statement=True,
                 voiced_by=speaker, refers=("characterised", kinds))]


#: Verbs of backing a proposal, a request or a bid (CAMEO 05 "engage in diplomatic
#: cooperation"; the ontology's gkg:supportedFact: "the request was championed by Vanuatu").
BACK_FACT_VERBS = {"champion", "sponsor", "endorse", "spearhead", "co-sponsor", "cosponsor"}
#: Nouns of a proposal or a request an actor may back, which name a fact told before.
PROPOSAL_NOUNS = {"request", "proposal", "bid", "resolution", "initiative", "motion", "draft", "plan", "application",
                  "candidacy", "petition", "call"}

#: The kinds of fact a proposal or a request backed may be: a request to a court, an appeal, a draft.
PROPOSED = ("LegalAction", "Appeal", "DraftResolution", "Resolution", "Legislation", "Campaign")


def fact_backing_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The request was championed by Vanuatu", "Chile sponsored the resolution": an actor
    backing a proposal or a request told before is a Support, diplomatic, whose
    ``supported`` is that fact (``supported: <fact id>``, found among the facts drafted
    before); a proposal of a named actor ("Peru's bid") is support of that actor. The
    doer is the subject or the passive agent (:func:`doers`)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in BACK_FACT_VERBS:
        return []
    obj = [o for o in objects(tok) if o.lemma_.lower() in PROPOSAL_NOUNS]
    if not obj:
        return []
    backer = [e for s_ in doers(tok) for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    if not backer:
        return []
    owner = [e for c in obj[0].children if c.dep_ == "poss" for e in cx.entities(c, conj=False)]
    owner = [e for e in _uniq(owner) if e.type not in NOT_ACTORS and e.id not in {b.id for b in backer}]
    tokens = [tok.i, obj[0].i, *(s_.i for s_ in doers(tok))]
    if owner:
        return [Fact("Support", {"supporter": backer, "supported": owner}, {"supportKind": "diplomatic"},
                     tokens=tokens)]
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj[0].children):
        return []  # "sponsored a resolution": which one, no fact told before says
    return [Fact("Support", {"supporter": backer}, {"supportKind": "diplomatic"}, tokens=tokens,
                 refers=("supported", PROPOSED))]


#: Words of an office a person is removed from ("removed him from his post").
OFFICE_WORDS = {"office", "post", "position", "job", "duty", "duties", "seat", "role"}

#: Classes of actor that remove or suspend a person from office.
REMOVERS = ("State", "Government", "Organisation", "Person", "MilitaryGovernment", "Court")


def removal_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The interior ministry removed him from his post", "Tor Ashby was removed from
    office by the council", "the ministry suspended X from office": an executive's
    removal (or suspension) of a person from office is an ExecutiveAction (CAMEO 172
    "impose administrative sanctions"), ``actionType`` removal (suspension) from office, its ``initiator`` the doer (subject or passive agent), its
    ``target`` the person removed (a pronoun: nothing drafted unless a name stands in)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("remove", "oust", "dismiss", "sack", "relieve", "suspend"):
        return []
    office = [o for o in preps(tok, {"from", "of"}) if o.lemma_.lower() in OFFICE_WORDS]
    if not office:
        return []
    initiator = [e for s_ in doers(tok) for e in cx.entities(s_)
                 if e.type in REMOVERS]
    target = [e for o in objects(tok) for e in cx.entities(o) if e.type == "Person"]
    target = [e for e in target if e.id not in {i.id for i in initiator}]
    if not initiator or not target:
        return []
    kind = "suspension from office" if tok.lemma_ == "suspend" else "removal from office"  # "suspended him from office"
    return [Fact("ExecutiveAction", {"initiator": initiator, "target": target}, {"actionType": kind},
                 tokens=[tok.i, *(o.i for o in office), *(s_.i for s_ in doers(tok))])]


#: Classes of actor that cast a member's vote in a body (states and their governments, people).
VOTERS = ("State", "Government", "Person")


def vote_stance_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Algeria, China and Russia voted in favour", "France and the United States voted
    against", "Guyana and South Korea abstained", "Hungary and Paraguay voted no",
    "Poland and Romania were among the countries that abstained"
    (:func:`~kg.extract.facts.ballots.among_voters`): members' votes in the vote told
    before. Each is a claim on that Vote (its ``fact`` the Vote's id), naming the
    members in ``votedYes`` (in favour, 'for'), ``votedNo`` (against) or ``abstained``,
    as corpus/CLAIMS.md "How each member voted" says: never a support or rejection of
    its own. The voters are the subject's states, governments or people; the Vote is
    the last one drafted before, not a referendum (its voters are its electorate, not
    members taking a stand); none: nothing drafted."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("vote", "abstain"):
        return []
    # a party or bloc voting in the body's vote ("the National Rally voted against") is a member's vote
    # too; a body whose name says it votes ("the Senate voted against") holds a vote of its own
    # "Russia voted against it and China abstained", misparsed: China's abstention, not Russia's
    named = _misparsed_subject(tok) if tok.lemma_ == "abstain" and not any(
        c.dep_ == "nsubj" for c in tok.children) else []
    voters = [e for s_ in (named or [s_ for s_ in subjects(tok) if s_.dep_ == "nsubj"]) for e in cx.entities(s_)
              if e.type in VOTERS or e.type == "Organisation" and not _legislature(e)]
    among: list[int] = []
    if not voters:  # "Poland and Romania were among the countries that abstained"
        voters, among = among_voters(tok, cx)
    if not voters:
        return []
    stance = None
    if tok.lemma_ == "abstain":
        stance = "abstain"
    for p in (c for c in tok.children if c.dep_ == "prep"):
        objs = [o for o in p.children if o.dep_ == "pobj"]
        if p.lower_ == "in" and any(o.lower_ in ("favour", "favor") for o in objs):
            stance = "for"
        elif p.lower_ == "against":
            stance = "against"
        elif p.lower_ == "for" and objs and objs[0].lemma_.lower() in PROPOSAL_NOUNS | {"text", "measure"}:
            stance = "for"  # "voted for the resolution", not "voted for a candidate"
    if tok.lemma_ == "vote" and stance is None:
        adv = [c for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("against",)]
        stance = "against" if adv else None
    # "Hungary and Paraguay voted no", "voted yes": the answer cast
    answer = [c for c in tok.children if c.dep_ in ("intj", "advmod", "dobj", "npadvmod", "oprd") and c.i > tok.i
              and c.lower_ in ("no", "yes")] if tok.lemma_ == "vote" and stance is None else []
    if answer:
        stance = "against" if answer[0].lower_ == "no" else "for"
    if stance is None:
        return []
    tokens = [tok.i, *among, *(t.i for s_ in (named or ([] if among else subjects(tok))) for t in s_.subtree),
              *(c.i for c in answer),
              *(t.i for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "for", "against") for t in p.subtree)]
    # corpus/CLAIMS.md "How each member voted": the members' votes are roles of the Vote itself
    key = {"for": "votedYes", "against": "votedNo", "abstain": "abstained"}[stance]
    return [Fact("Vote", {key: voters}, tokens=tokens, split=False, clause=False, refers=("fact", ("Vote",)))]


def _misparsed_subject(verb: Token) -> list[Token]:
    """The name right before ``verb`` that the parser hung on the clause before as a
    conjunct, leaving ``verb`` without a subject ("Russia voted against it and China
    abstained": 'China' a conjunct of 'it', 'abstained' a modifier of 'voted'): [that
    name's head token], else []. Only a proper noun joined by 'and' or a comma."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.pos_ != "PROPN" or prev.dep_ != "conj" or prev.head.i >= prev.i:
        return []
    if not any(c.dep_ == "cc" or c.lower_ == "," for c in prev.head.children if c.i < prev.i):
        return []
    return [prev]


#: Nouns of people assembling that an executive may ban ("bans on gatherings", "banned protests").
ASSEMBLY_NOUNS = {"gathering", "protest", "demonstration", "rally", "assembly", "march", "meeting", "sit-in"}
#: Nouns of a ban ("a ban on rallies", "the prohibition of protests").
BAN_NOUNS = {"ban", "prohibition"}


def assembly_ban_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Despite bans on gatherings in Istanbul, Ankara and Izmir", "authorities banned
    protests in Lima": a ban on assembling in named places is an ExecutiveAction (CAMEO
    1721 "impose restrictions on political freedoms"), ``prohibits`` the assemblies in
    words, ``place`` the cities or regions named after 'in', ``jurisdiction`` the state
    they lie in (or the state named), taken by whoever the verb's subject names, else by
    unnamed authorities. A named authority's ban by verb is left to the sanction rules."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in BAN_NOUNS:
        banned = [o for o in preps(tok, {"on", "of"}) if o.lemma_.lower() in ASSEMBLY_NOUNS]
        heads = [tok, *banned]
    elif tok.pos_ == "VERB" and tok.lemma_ in ("ban", "prohibit", "outlaw", "forbid"):
        if any(cx.entities(s_) for s_ in doers(tok)):
            return []
        banned = [o for o in objects(tok) if o.lemma_.lower() in ASSEMBLY_NOUNS]
        heads = [tok, *banned]
    else:
        return []
    if not banned:
        return []
    where = [e for h in heads for o in preps(h, {"in", "across", "throughout"}) for e in cx.entities(o)]
    places = [e for e in where if e.type != "State" and vocabulary().is_a(e.type, "Place")]
    # a capital the resolver reads as its state or government ("in Ankara"): that state
    states = [e if e.type == "State" else cx.resolver.state_of(e) for e in where
              if e.type in ("State", "Government") or e in places]
    jurisdiction = _uniq([s_ for s_ in states if s_ is not None and s_.type == "State"])
    if not jurisdiction:
        return []
    roles = {"jurisdiction": jurisdiction, **({"place": _uniq(places)} if places else {})}
    # what is banned: the noun and its modifiers ("political rallies"), not where ("in Lima")
    words = [t for t in banned[0].subtree if not any(a.dep_ == "prep" and a.head.i == banned[0].i
                                                     for a in [t, *t.ancestors] if a.i != banned[0].i)]
    f = Fact("ExecutiveAction", roles, {"actionType": "ban", "prohibits": _text(cx.doc, words)},
             tokens=[tok.i, *(t.i for b in banned for t in b.subtree)], split=False, clause=False)
    f.qualified["initiator"] = ("unnamed authorities", None)
    return [f]


#: Verbs that pronounce what they judge void: "declared the order invalid", "deemed the
#: sanctions illegal", "pronounced the vote null".
VOID_VERBS = {"declare", "deem", "pronounce"}
#: Judgements that deny what they judge any force (a rejection, corpus/CLAIMS.md: a claim
#: or measure refused), not a blame of its author.
VOID_LABELS = {"invalid", "void", "null", "unconstitutional", "illegal", "unlawful", "illegitimate"}


def declared_void_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Speaker X declared the order 'invalid'", "Peru deemed the sanctions illegal", "the
    court declared the election void": a Rejection by the verb's subject (a state, body or
    person; not a place) of what the judgement is said of, its ``subject`` the judgement
    in words ("the order is invalid"), ``about`` what that names when it names an actor.
    The parser reads the object and its judgement as a small clause (the judgement a
    ``ccomp`` whose subject is the thing judged) or as an object and its complement. A
    verb whose complement is no judgement of :data:`VOID_LABELS` ("declared martial law",
    "declared the area a disaster zone") is no rejection."""
    if tok.pos_ != "VERB" or tok.lemma_ not in VOID_VERBS:
        return []
    labels = [c for c in tok.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.lower_ in VOID_LABELS]
    if not labels:
        return []
    label = labels[0]
    judged = next((c for c in label.children if c.dep_ in ("nsubj", "nsubjpass")), None) or \
        next((c for c in tok.children if c.dep_ == "dobj"), None)
    speaker = [e for s_ in subjects(tok) if s_.dep_ != "nsubjpass" for e in cx.entities(s_) if e.type not in NOT_ACTORS]
    if judged is None or not speaker:
        return []
    about = [e for e in cx.entities(judged) if e.type not in NOT_ACTORS and e.id not in {x.id for x in speaker}]
    f = Fact("Rejection", {"speaker": speaker, **({"about": about} if about else {})},
             tokens=[tok.i, judged.i, label.i], statement=True, said=True)
    if judged.pos_ != "PRON":
        words = _text(cx.doc, [t for t in judged.subtree if t.i < label.i])
        f.attrs["subject"] = f"{words} {'are' if judged.tag_ in ('NNS', 'NNPS') else 'is'} {label.lower_}"
    return [f]


#: Nouns of a kind of armed or political group a text may describe a named one as ("the
#: M23 rebel group", "the FDLR, a Hutu militia"): the class a Characterisation gives it.
GROUP_KIND_NOUNS = {"group", "militia", "movement", "faction", "organisation", "organization", "insurgency",
                    "rebels", "insurgents", "militants", "network"}
#: Nouns of a kind of public body (an agency, a force, a panel) a text describes a named
#: organisation as ("the U.N. peacekeeping force UNIFIL", "the regional central bank, the
#: BCEAO", "a panel of independent experts"): Wikidata's classes of organisation (Q43229)
#: by their common English words. A business's trade ("a Serbian oil company", "chip
#: equipment maker Naura", "the grid operator Fingrid") is no political description, and
#: analysts do not record it: those nouns are left out.
BODY_KIND_NOUNS = {"bank", "agency", "monitor", "watchdog", "regulator", "panel", "committee", "body",
                   "force", "alliance", "coalition", "institute", "institution", "foundation", "charity",
                   "consortium", "cartel", "bloc"}
#: Who may be so described (gkg:characterised: an actor): a group or an organisation, not a
#: government (its state's own voice) nor a news outlet (a source, not a subject).
DESCRIBED_GROUPS = ("Group", "Organisation")
NOT_DESCRIBED = ("Government", "NewsOrganisation")
#: Participles that give a name to the noun before them ("the hacking group known as APT31").
NAMING_PARTICIPLES = {"know", "call", "name"}


def _described_kind(entity) -> bool:
    """Whether a named entity is a group or an organisation a descriptive noun may class."""
    vocab = vocabulary()
    return any(vocab.is_a(entity.type, k) for k in DESCRIBED_GROUPS) and \
        not any(vocab.is_a(entity.type, k) for k in NOT_DESCRIBED)


def _named_by(tok: Token, cx: Context):
    """The mention a noun of kind is the class of, when a name stands right by it: in
    apposition after it, with or without a comma ("the Islamist group Hamas", "the regional
    central bank, the BCEAO"), or after 'known as' ("the hacking group known as APT31");
    else None."""
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i and c.i in cx.at and cx.at[c.i].start <= c.i and \
                (c.i == tok.i + 1 or cx.at[c.i].start == tok.i + 1 or
                 (cx.doc[tok.i + 1].text == "," and cx.at[c.i].start <= tok.i + 3)):
            return cx.at[c.i]
        if c.dep_ == "acl" and c.lemma_ in NAMING_PARTICIPLES and c.tag_ == "VBN":
            named = [o for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                     if o.dep_ == "pobj" and o.i in cx.at]
            if named:
                return cx.at[named[0].i]
    return None


#: The key of :attr:`Context.memo` that holds the descriptions the article gives its bodies.
DESCRIPTIONS = "entity descriptions"


def describe(cx: Context, entity, text: str) -> None:
    """Keep ``text`` (words of the article, "central bank") as the description of
    ``entity``, a body the article names, for the registry entry the draft proposes for
    it (its ``description``, as corpus/entities.yaml writes one); the first description
    the article gives wins. Read back with :func:`descriptions`."""
    cx.memo.setdefault(DESCRIPTIONS, {}).setdefault(entity.id, text)


def descriptions(cx: Context) -> dict[str, str]:
    """Entity id -> the description the article gives it (:func:`describe`)."""
    return cx.memo.get(DESCRIPTIONS, {})


def described_group_rules(tok: Token, cx: Context) -> list[Fact]:
    """"The M23 rebel group", "the FDLR, a Hutu militia", "Hamas, the Palestinian militant
    group", "the U.N. peacekeeping force UNIFIL", "the hacking group known as APT31": the
    kind of group or body the article says a named one is, a Characterisation of it
    (corpus/CLAIMS.md: "the M23 rebel group" -> ``characterised: M23``, ``category: rebel
    group``), in the article's own voice (no speaker). ``tok`` is the noun of kind
    (:data:`GROUP_KIND_NOUNS`, :data:`BODY_KIND_NOUNS`), in apposition to the name, with
    the name compounded before it or standing right after it, and it must carry a word
    of its own ("rebel", "Hutu", "peacekeeping"): "Hamas, the group" says nothing of it. Nothing
    for a name the registry does not know as a group or organisation (a person's
    description is an office, a state's a place), for a government or a news outlet,
    nor for a noun owned by someone ("Russia's oil company Rosneft": whose it is, not
    what) or counted ("two groups"). A body's kind (:data:`BODY_KIND_NOUNS`: "Norges
    Bank, the central bank", "the U.N. peacekeeping force UNIFIL") is what the body is,
    no claim: no fact, the words kept as the description of the entity the draft
    proposes (:func:`describe`); only a group's kind (:data:`GROUP_KIND_NOUNS`) is
    drafted."""
    word = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not ({word, tok.lower_} & (GROUP_KIND_NOUNS | BODY_KIND_NOUNS)):
        return []
    after = _named_by(tok, cx)
    if tok.dep_ == "appos" and tok.head.i in cx.at and tok.head.i < tok.i:
        named = cx.at[tok.head.i]
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct")]
    elif after is not None:  # "the Islamist group Hamas", "Palestinian militant group Hamas": the name right after
        named = after
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct")]
    elif tok.i + 1 in cx.at and cx.at[tok.i + 1].start == tok.i + 1 and cx.at[tok.i + 1].form == "name" and (
            tok.dep_ == "compound" and tok.head.i in cx.at and cx.at[tok.head.i] is cx.at[tok.i + 1]
            or any(tok.head.i == t.head.i and t.dep_ == tok.dep_ for t in cx.doc[tok.i + 1:cx.at[tok.i + 1].end])):
        # "Danish drugmaker Bavarian Nordic", "the U.N. peacekeeping force UNIFIL": the parser hangs the
        # noun on the name after it, or both on one verb; the names before it (whose force it is) are no
        # part of what it says
        named = cx.at[tok.i + 1]
        words = [t for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.dep_ not in ("det", "punct")]
        if any(t.i in cx.at and cx.at[t.i].form != "demonym" for t in words):
            words = [t for t in words if t.i > max(t2.i for t2 in words if t2.i in cx.at and cx.at[t2.i].form != "demonym")]
    else:
        names = [c for c in tok.children if c.dep_ == "compound" and c.i in cx.at and c.i < tok.i]
        if not names:
            return []
        named = cx.at[names[0].i]
        words = [t for t in tok.subtree if named.end <= t.i <= tok.i and t.dep_ not in ("det", "punct")]
    if not _described_kind(named.entity) or named.form != "name" or len(words) < 2 or \
            any(t.i in cx.at and cx.at[t.i].form != "demonym" for t in words) or any(t.dep_ in ("poss", "nummod") for t in words):
        return []
    if not {word, tok.lower_} & GROUP_KIND_NOUNS:
        # "Norges Bank, the central bank": what the body is, the entity's own description,
        # not a claim of the article (corpus/CLAIMS.md keeps Characterisation for a label)
        describe(cx, named.entity, label_text(cx.doc, words))
        return []
    a, b = min(named.start, words[0].i), max(named.end, tok.i + 1)
    return [Fact("Characterisation", {"characterised": [named.entity]}, {"category": label_text(cx.doc, words)},
                 tokens=list(range(a, b)), clause=False, undated=True)]
