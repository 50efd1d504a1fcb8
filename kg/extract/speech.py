"""Who says a fact, and how: reported speech ("Putin said", "he told Putin"), the outlet
relaying it ("according to AFP", "Reuters reported"), unnamed sources ("sources said",
"officials said"), allegations ("accused", "alleged") and denials ("denied",
"rejected"), hedges ("reportedly", "appeared to", "is said to") and plans ("will",
"plans to", "is expected to", "is set to") with their conditions ("if ...").

Read from the dependency parse: a fact's trigger inside the complement of a speech verb
is reported by that verb's subject. Without a parser (the blank pipeline) only the
words right around the trigger are read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

#: Verbs that report speech (lemmas).
SPEECH = {"say", "tell", "announce", "add", "write", "state", "declare", "confirm", "report", "insist", "warn",
          "note", "claim", "assert", "reiterate", "stress", "argue", "explain", "tweet", "post", "acknowledge"}
ALLEGE = {"allege", "accuse", "claim", "blame"}
#: Verbs of suspecting someone of an act ("investigators suspect the tanker of dragging its
#: anchor"): the act is alleged by those who suspect it, when they are named or described.
SUSPECT = {"suspect"}
DENY = {"deny", "reject", "dismiss", "refute"}
#: Nouns an apposition names reported words by ("..., an accusation B rejected"): its relative clause is the writer's.
CHARGE_NOUNS = {"accusation", "allegation", "claim", "charge", "assertion"}
#: Adverbs and verbs that hedge what they govern.
HEDGE_WORDS = {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "seemingly"}
HEDGE_VERBS = {"appear", "seem"}  # "appeared to deliver"
HEDGE_PASSIVE = {"say", "believe", "think", "understand", "report", "rumour", "rumor"}  # "is said to"
#: Nouns whose infinitive clause is a plan ("plans for X to import", "a proposal to build").
PLAN_NOUNS = {"plan", "intention", "intent", "proposal", "scheme", "programme", "program"}
#: Heads that make what they govern a plan.
PLAN_VERBS = {"plan", "expect", "intend", "aim", "set", "schedule", "prepare", "hope", "seek", "want", "propose"}
PLAN_AUX = {"will", "would", "shall", "'ll"}
#: Of those, the verbs of hoping and wanting: what they govern is the vocabulary's
#: 'hoped' (wanted, with no plan or decision to bring it about: gkg:Hoped), not 'planned'.
HOPE_VERBS = {"hope", "wish", "want"}
#: Verbs of appeal ("called on Peru to release", "urged Peru to", "demanded that Peru
#: release"): what they ask for has not happened; it is the vocabulary's 'requested'
#: (gkg:RequestedModality), said by who asks.
REQUEST_VERBS = {"urge", "call", "ask", "demand", "press", "appeal", "implore", "request", "plead"}
#: Verbs of intending and expecting: what they govern is a plan or intention (gkg:Planned).
INTEND_VERBS = {"plan", "expect", "intend", "aim"}
#: Prepositions that set a circumstance: a fact named inside one ("will find new markets
#: amid Western sanctions") is not what the verb's 'will' plans.
CIRCUMSTANCE = {"amid", "amidst", "despite", "under", "after", "since", "following", "during", "because", "before"}
#: Nouns for speakers the article does not name ("sources said").
UNNAMED = {"source", "official", "diplomat", "analyst", "observer", "expert", "spokesman", "spokeswoman",
           "spokesperson", "witness", "resident", "people", "insider", "aide", "person", "minister", "lawmaker",
           "agency", "outlet", "media", "newspaper", "practitioner", "investigator", "activist",
           # who reports arrests, charges and attacks without being named ("police said", "prosecutors say")
           "police", "prosecutor", "lawyer", "authority", "relative", "rescuer", "medic",
           # who judges and accuses without being named ("rights groups criticised", "critics accuse")
           "group", "critic", "campaigner", "commentator", "economist",
           # a body's governing board speaking for it ("the executive board of Norges Bank announced")
           "board",
           # the parties against a government, unnamed ("the opposition says its tallies show X won")
           "opposition"}
NEWS_TYPES = {"NewsOrganisation"}


class UnnamedSpeaker(str):
    """An unnamed speaker of a named state ("the French embassy said"): the words
    ('unnamed embassy', a ``str`` like every unnamed speaker) with ``of``, the state's
    Known, so that the draft writes ``said_by: {actor: unnamed embassy, of: france}``,
    as corpus/CLAIMS.md writes unnamed speakers of a state or body."""

    of: object

    def __new__(cls, words: str, of) -> "UnnamedSpeaker":
        out = super().__new__(cls, words)
        out.of = of
        return out


@dataclass
class Speech:
    """How a fact is claimed: ``modality`` as the claims format writes it, ``said_by``
    the speakers (entity ids, or 'unnamed …'), ``via`` an outlet's entity id,
    ``hedged``, a ``condition``'s words, ``tokens`` (indices) the quote must span
    to hold the attribution, and ``frame``: the index of the verb that makes the fact
    requested or hoped ("called on Peru to release", "hopes to sign"), which the
    fact's own quote holds, since without it the words state the fact as done."""

    modality: str = "asserted"
    said_by: list[str] = field(default_factory=list)
    via: str | None = None
    hedged: bool = False
    condition: str | None = None
    tokens: list[int] = field(default_factory=list)
    frame: int | None = None
    #: the fact is the act a speaker asks another to end ("urged Washington to stop arming
    #: Taiwan"): the appeal's content, told in the speaker's words, no fact of the article's
    asked_to_end: bool = False


def _speakers(tok: Token, speaker_of) -> tuple[list, str | None]:
    """``speaker_of(tok, outlet=True)``, and an unnamed speaker where it finds no one but
    ``tok`` is a noun of :data:`UNNAMED` whose modifier names a state or body ("according
    to a U.S. official", "EU diplomats said"): the modifier says whom the speaker is
    near, not who speaks, and reported words need a speaker to be drafted at all."""
    who, outlet = speaker_of(tok, outlet=True)
    if not who and outlet is None and tok.pos_ == "NOUN" and tok.lemma_ in UNNAMED:
        who = [f"unnamed {tok.lower_}"]
    return who, outlet


def _subject(verb: Token) -> list[Token]:
    from kg.extract.facts.common import _own_clause_before

    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Youth groups ... called the emergency an attempt ..., and the ombudsman warned": the second speaks
    return [s for s in subj if not _own_clause_before(s, verb)] if len(subj) > 1 else subj


def _saying_on(verb: Token) -> list[Token]:
    """The subject of a verb of saying that a participle of saying with none of its own goes
    on from ("Makolo said, adding that Kigali would keep the right ...": Makolo adds it);
    [] for another participle, or one on a verb of no saying ("removed X, declaring ...")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.lemma_ not in SPEECH or verb.head.pos_ != "VERB":
        return []
    return _subject(verb.head)


def _hedge_near(tok: Token) -> bool:
    for c in tok.children:
        if c.lower_ in HEDGE_WORDS:
            return True
    if tok.dep_ == "xcomp" and (tok.head.lemma_ in HEDGE_VERBS or (
            tok.head.lemma_ in HEDGE_PASSIVE and any(c.dep_ == "auxpass" for c in tok.head.children))):
        return True
    return False


def _lemma(tok: Token) -> str:
    """The token's lemma, mending one the English model gets wrong ('hoped' -> 'hop')."""
    return "hope" if tok.lower_ in ("hope", "hopes", "hoped", "hoping") else tok.lemma_


#: Verbs of an act of speech that "I want to ..." / "we wish to ..." performs in saying it
#: ("I want to express my gratitude", "we wish to thank", "I would like to congratulate"):
#: the speaker thanks, praises or says it then, which is no hope (Searle's performatives;
#: the Modality scheme's gkg:Asserted, corpus/CLAIMS.md).
PERFORMATIVE_VERBS = {"express", "thank", "congratulate", "convey", "extend", "offer", "say", "stress", "emphasise",
                      "emphasize", "reiterate", "underline", "acknowledge", "welcome", "commend", "praise",
                      "salute", "apologise", "apologize", "assure", "condemn"}


def performative(want: Token) -> bool:
    """Whether a verb of wanting (:data:`HOPE_VERBS`) only frames an act of speech done in
    the words themselves: its own ``xcomp`` a verb of :data:`PERFORMATIVE_VERBS` in the
    present tense ("I want to express my gratitude", "we wish to thank"), not a past or
    reported want ("he wanted to thank them in person")."""
    return want.tag_ in ("VBP", "VBZ") and any(c.dep_ == "xcomp" and c.lemma_ in PERFORMATIVE_VERBS
                                                for c in want.children)


def _hoped(path: list[Token]) -> Token | None:
    """The verb of hoping or wanting among the first words above a trigger that makes
    it something wanted rather than planned ("hoped to sign", "hopes Peru will sign",
    "wants to discuss"), or None."""
    return next((t for n, t in enumerate(path[1:3])
                 if _lemma(t) in HOPE_VERBS and t.pos_ == "VERB" and path[n].dep_ in ("xcomp", "ccomp")
                 and not performative(t)), None)


def content_modality(verb: Token) -> str | None:
    """The modality of what a verb of saying reports when its clause is a hope or an
    intention: "Hun Manet said he hoped relations would return to normal" gives
    'hoped', "said it intends to", "said he expected to sign" 'planned' (the Modality
    scheme's gkg:Hoped and gkg:Planned); an expectation of what others do or what comes
    about ("said he expected the agreement to be concluded before the elections", "said
    she expected prices to fall": the expected clause with a subject of its own) is a
    forecast, 'predicted' (CLAIMS.md: a consequence foreseen, which nobody decides); None
    for any other clause (plain reported speech)."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and not any(a.dep_ == "auxpass" for a in c.children):
            # a passive is no one's intention: "said the exercises are not aimed against anyone"
            if _lemma(c) in HOPE_VERBS and not performative(c):
                return "hoped"
            if _lemma(c) == "expect" and any(x.dep_ == "ccomp" and any(y.dep_ in ("nsubj", "nsubjpass") for y in x.children)
                                             for x in c.children):
                return "predicted"
            if _lemma(c) in INTEND_VERBS:
                return "planned"
    return None


#: Verbs of a material act of the kinds the ontology records as facts of their own (CAMEO
#: 14-20 force, seizure and assault; 16 reduction of relations and aid; 03/04 consultations
#: requested, notices and information given, exchanges; 161 envoys recalled, 04 meetings
#: attended, 0874 and 0871 prisoners freed and troops withdrawn): "the military said its air force
#: had struck a facility", "said troops had opened fire", "said it had foiled an attack",
#: "said the government had shared the information", "said all exchanges had been halted".
#: What a speaker reports as done with one of them is that act, claimed with the speaker in
#: ``said_by`` (corpus/CLAIMS.md, ``said_on``: "Not a fact of its own: a Statement is for
#: what was said when the saying itself is the news"), not a Statement beside it.
REPORTED_ACTS = {"strike", "shell", "bomb", "shoot", "raid", "storm", "attack", "ambush", "wound", "injure", "kill",
                 "fire", "hack", "seize", "board", "capture", "abduct", "kidnap", "hijack", "intercept", "foil",
                 "thwart", "cut", "stop", "share", "notify", "inform", "request", "halt", "suspend", "cease",
                 "dissolve", "recover", "evacuate", "fly", "airlift", "vote", "plead", "attend", "recall",
                 "withdraw", "release", "free", "detain"}
#: Verbs of :data:`REPORTED_ACTS` that tell an act only with what they are done to (an
#: object, or the subject of a passive): "had recovered the bodies" is an act, "the
#: economy had recovered" a change of state, a view that stays a Statement; "had cut a
#: channel", "had stopped the transit", "had fired tear gas", not "the talks had stopped".
TRANSITIVE_ACTS = {"recover", "fire", "cut", "stop"}
#: Nouns of an act which 'carry out' tells as done ("had carried out the seizure"): the act itself.
CARRIED_ACTS = {"attack", "strike", "raid", "seizure", "bombing", "killing", "assassination", "arrest", "hack",
                "hacking", "shelling", "ambush", "abduction", "kidnapping", "hijacking", "boarding", "assault"}
#: Auxiliaries that leave a verb's act undone: a plan, a possibility or a duty.
UNDONE_AUX = {"will", "would", "shall", "'ll", "can", "could", "may", "might", "must", "should", "to", "ca"}


def reported_act(verb: Token) -> bool:
    """Whether the head of reported words tells a material act as done: a verb of
    :data:`REPORTED_ACTS` (or 'open' with 'fire' as its object: "had opened fire") in a past
    tense or a perfect, active or passive ("struck", "had struck", "had been halted"), or
    under way ("is attacking"), 'carry out' with an act's noun ("had carried out the seizure"),
    with no auxiliary of :data:`UNDONE_AUX` and not negated ("would suspend relations",
    "did not vote": a plan, a view or a denial, still a statement), and for a verb of
    :data:`TRANSITIVE_ACTS` with what it is done to ("the economy had recovered" is no act)."""
    act = verb.lemma_ in REPORTED_ACTS or (
        verb.lemma_ == "open" and any(o.dep_ == "dobj" and o.lemma_ == "fire" for o in verb.children)) or (
        verb.lemma_ == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and
        any(o.dep_ in ("dobj", "nsubjpass") and o.lemma_ in CARRIED_ACTS for o in verb.children))
    if act and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        # "the enemy is attacking those returning": an act under way, told as such
        return not any(c.dep_ == "neg" or c.lower_ in UNDONE_AUX for c in verb.children)
    if not act or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.lemma_ in TRANSITIVE_ACTS and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.lower_ in UNDONE_AUX for c in aux):
        return False
    return verb.tag_ == "VBD" or any(c.lemma_ in ("have", "be") for c in aux)


#: Adjectives after 'be' whose infinitive is a scheduled act ("is due to meet", "was
#: scheduled to sign"): the act planned, its subject the subject of 'be'.
SCHEDULED_WORDS = {"due", "scheduled", "slated"}


#: Verbs of a change in amount a thing is expected to bring about ("is expected to increase
#: trade by £25.5 billion"): a forecast, which nobody decides.
CHANGE_VERBS = {"increase", "raise", "boost", "grow", "rise", "fall", "drop", "decline", "reduce", "add", "create",
                "double", "triple", "halve", "lift", "generate", "save", "cost"}


def _forecast(tok: Token) -> bool:
    """Whether ``tok`` (a verb) is a change a thing is expected to bring about: the
    infinitive of :data:`CHANGE_VERBS` after "expected" whose subject is a common noun, no
    actor ("The agreement is expected to increase bilateral trade", "exports are expected
    to rise"): CLAIMS.md's `predicted`, a consequence foreseen. "India is expected to cut
    tariffs" (an actor's course) stays planned."""
    if tok.dep_ != "xcomp" or _lemma(tok) not in CHANGE_VERBS or _lemma(tok.head) != "expect" or \
            tok.head.tag_ != "VBN":
        return False
    subject = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    return bool(subject) and subject[0].pos_ == "NOUN" and subject[0].ent_type_ == ""


def _planned(tok: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in PLAN_AUX for c in tok.children):
        return True
    # "is to be armed", "are to visit": to + a form of be as the head
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.head.lemma_ == "be" and tok.dep_ == "xcomp":
        return True
    if tok.dep_ in ("acl", "relcl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and any(a.lemma_ in PLAN_NOUNS for a in list(tok.ancestors)[:3]):
        return True  # "plans for the junta to import fuel", "a proposal to build a plant"
    if tok.dep_ == "xcomp" and tok.head.dep_ == "acomp" and tok.head.lower_ in SCHEDULED_WORDS:
        return True  # "Xi was due to meet Kishida": a meeting scheduled
    return tok.dep_ == "xcomp" and _lemma(tok.head) in PLAN_VERBS



#: Words that open a clause of time or cause, which sets the scene of a saying, not its content.
CIRCUMSTANCE_MARKS = {"before", "after", "when", "while", "since", "as", "because", "once", "until"}
#: Verbs whose gerund complement is an act going on that is to end ("stop arming Taiwan",
#: "cease fighting"): the act is told as it is, not as requested or planned.
STOP_VERBS = {"stop", "cease", "halt", "quit", "discontinue"}
#: Prepositions of the place or occasion of a saying ("told troops at the base", "said on a
#: visit to Beijing", "from where he joined the ceremony"): what hangs on them the article
#: tells itself, unless it is the medium the words were said in (:data:`MEDIUM_WORDS`).
SETTING_PREPS = {"at", "from", "outside", "near", "inside", "during", "on", "in", "after", "before"}
#: Nouns of the means a statement is made by ("in a video statement", "in an interview").
MEDIUM_NOUNS = {"statement", "interview", "address", "speech", "message", "post", "video", "broadcast", "communique",
                "communiqué", "letter", "briefing", "conference", "note", "remarks"}
#: Media a saying is made in, and papers that speak ("said in a statement welcoming the
#: deal", "in a ruling ordering ..."): what hangs on them is what was said.
MEDIUM_WORDS = MEDIUM_NOUNS | {"tweet", "comment", "posting", "report", "decree", "order", "ruling", "resolution",
                               "declaration", "opinion", "judgment", "judgement"}


#: Nouns of answering ("said in response that ..."): a that-clause the parser hangs on them
#: is what was said.
ANSWER_NOUNS = {"response", "reply", "answer", "retort", "riposte"}


def _answered(path: list[Token], n: int) -> bool:
    """Whether ``path[n]``, a verb of saying, reaches the fact through "in response" (or
    "in reply") whose clause opens with 'that': "The ministry said in reply that Chile was
    recalling its envoy" says the recall, where the parser takes the clause for the
    noun's."""
    return n >= 3 and path[n - 2].lemma_ in ANSWER_NOUNS and path[n - 3].dep_ in ("acl", "ccomp", "relcl") and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in path[n - 3].children)


def _naming(trigger: Token) -> bool:
    """Whether ``trigger`` is a common noun that says what the names beside it are
    ("including NATO members Turkey and Hungary", "NATO member Turkey"): the writer's
    words identifying them, true wherever the phrase stands, not the content of a
    speech verb that governs it."""
    if trigger.pos_ != "NOUN":
        return False
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in trigger.children):
        return True
    return trigger.dep_ == "compound" and trigger.head.pos_ == "PROPN" and trigger.head.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")


#: Verbs that put a measure forward without deciding it ("suggested tariffs on Norway",
#: "proposed sanctions on Peru", "recommended an embargo"): the thing proposed has not
#: happened; like a request (CAMEO 03 intent, PLOVER DEMAND/PROPOSE) it is the
#: vocabulary's 'requested', said by the proposer (corpus/CLAIMS.md, proposals).
PROPOSE_VERBS = {"suggest", "propose", "recommend", "advocate", "float", "seek"}
#: Nouns of such a proposal, with 'for' or 'of' before what they propose ("a proposal for
#: sanctions", "the suggestion of tariffs").
PROPOSE_NOUNS = {"proposal", "suggestion", "recommendation", "push", "bid"}
#: Verbs and nouns of threatening ("threatened sanctions on Peru", "the threat of tariffs"):
#: the act threatened is still to come, a plan of the threatener's (corpus/CLAIMS.md,
#: threatened acts: the act a fact of its own with modality planned; CAMEO 13 THREATEN).
THREATEN_WORDS = {"threaten", "threat"}


def proposed(trigger: Token, path: list[Token], n: int) -> str | None:
    """The modality a verb or noun of proposing or threatening gives the event a noun
    trigger names, where ``path[n]`` is that word and the trigger its direct object or
    the object of its 'for' or 'of' ("suggested tariffs on Norway", "a proposal for
    sanctions", "threatened an embargo", "the threat of tariffs"): 'requested' for a
    proposal, 'planned' for a threat; None otherwise (the trigger is no noun, or hangs
    elsewhere: "sanctions that the senator proposed" is not reached from the trigger)."""
    if trigger.pos_ != "NOUN" or n not in (1, 2):
        return None
    tok = path[n]
    if n == 1 and not (path[0].dep_ == "dobj" and tok.pos_ == "VERB"):
        return None
    if n == 2 and not (path[1].dep_ == "prep" and path[1].lower_ in ("for", "of") and path[0].dep_ == "pobj"
                       and tok.pos_ in ("NOUN", "VERB")):
        return None
    if _lemma(tok) in THREATEN_WORDS or n == 2 and tok.lemma_ == "warn" and path[1].lower_ == "of":
        return "planned"  # "warned of sanctions on Peru": a threat told as a warning (CAMEO 13)
    if tok.lemma_ in PROPOSE_VERBS and tok.pos_ == "VERB" or tok.lemma_ in PROPOSE_NOUNS and tok.pos_ == "NOUN":
        return "requested"
    return None


#: Nouns of a court's order that a party asks the court for: the asking is a stage of
#: the order (corpus/CLAIMS.md, "Stages of one fact"), not an appeal framing it.
WARRANT_NOUNS = {"warrant", "summons"}


#: Nouns of an account of what happened, which a verb of denying may take with the account's
#: content in a clause ("denied reports that she had asked for asylum").
REPORT_NOUNS = {"report", "claim", "suggestion", "rumour", "rumor", "allegation", "speculation", "account"}


def _report_denied(path: list[Token], n: int) -> Token | None:
    """The verb of denying (:data:`DENY`) whose object is a noun of an account
    (:data:`REPORT_NOUNS`) holding the clause of ``path[n]`` ("denied reports that she had
    asked Britain for asylum": 'asked' in a clause on 'reports', the object of 'denied'),
    or None. ``path``: tokens from a fact's trigger up to the sentence root."""
    if n + 2 >= len(path):
        return None
    noun, verb = path[n + 1], path[n + 2]
    if path[n].dep_ not in ("acl", "ccomp", "relcl") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORT_NOUNS:
        return None
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in DENY or verb.pos_ != "VERB":
        return None
    return verb


#: Verbs of pressing for a course with 'for' before it ("pushed for sanctions on Peru", "lobbied
#: for tariffs"): like a call for it (CAMEO 10 DEMAND), the course has not been taken.
PUSH_FOR_VERBS = {"push", "lobby", "campaign", "argue", "fight"}


def _asked_for(trigger: Token, path: list[Token], n: int) -> bool:
    """Whether ``path[n]`` asks for the event a noun trigger names: the noun is the object
    of a verb of demanding or urging ("demanded the release of Tom Ray"; not 'call', whose
    object is a label or a summons, nor 'request' and 'ask', whose object is often the
    stage of the act itself: "the ICC has requested an arrest warrant") or hangs on 'for'
    after a verb or noun of appeal
    ("called for the release of", "renewed calls for talks", "an appeal for a ceasefire").
    What is asked for has not happened: the request's modality, as for "urged Peru to
    release" (:data:`REQUEST_VERBS`)."""
    if trigger.pos_ != "NOUN" or n not in (1, 2):
        return False
    tok = path[n]
    if n == 1:
        return path[0].dep_ == "dobj" and tok.pos_ == "VERB" and tok.lemma_ in REQUEST_VERBS - {"call", "request", "ask"}
    if trigger.lemma_ in WARRANT_NOUNS and tok.lemma_ in ("ask", "request", "apply", "petition"):
        return False  # "asked the judges for the warrants": the warrants' requested stage, told as done
    return path[1].dep_ == "prep" and path[1].lower_ == "for" and path[0].dep_ == "pobj" and \
        tok.lemma_ in REQUEST_VERBS | PUSH_FOR_VERBS | {"plea"} and tok.pos_ in ("VERB", "NOUN")


def for_to(clause: Token) -> bool:
    """Whether ``clause`` is a 'for ... to' clause hung on a verb of appeal ("called for
    Bazoum to be released", "pressed for talks to resume"): its subject is who is to act,
    the infinitive what is asked, which has not happened (the request's modality). The
    parser hangs it as an adverbial clause marked 'for' or as a complement after a bare
    'for'; either way 'for' stands right before the clause."""
    return clause.dep_ in ("advcl", "ccomp") and clause.tag_ in ("VB", "VBN") and clause.left_edge.i > 0 and \
        clause.doc[clause.left_edge.i - 1 if clause.left_edge.lower_ != "for" else clause.left_edge.i].lower_ == "for" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def attribute(trigger: Token, speaker_of, has_parser: bool, statement: bool = False) -> Speech:
    """The :class:`Speech` of the fact triggered by ``trigger``.

    ``speaker_of(token)`` gives the entity ids (or 'unnamed …' strings) a subject
    token stands for, [] when it names nobody, and is also asked for outlets.
    ``statement``: the trigger is itself a verb of saying (praise, accuse, reject), so
    its own subject is the speaker, not a reporter. A noun naming what the names beside
    it are (:func:`_naming`) is asserted by the text."""
    sp = Speech()
    if not has_parser:
        return _surface(trigger, speaker_of, sp)
    if _naming(trigger):
        return sp
    sent = trigger.sent
    # according to X / citing X
    for t in sent:
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            to = next(c for c in t.children if c.lower_ == "to")
            for obj in (c for c in to.children if c.dep_ == "pobj"):
                who, outlet = _speakers(obj, speaker_of)
                if outlet:
                    sp.via = outlet
                elif who:
                    sp.said_by += who
                sp.tokens += [t.i, obj.i]
    node, path = trigger, [trigger]
    while node.dep_ != "ROOT" and node.head.i != node.i:
        if (node.dep_ in ("relcl", "acl", "appos") or node.dep_ == "prep" and node.lower_ == "of") and \
                node.head.dep_ in ("nsubj", "nsubjpass"):
            break  # "X, which was founded in 1998, denied ...", "X, of the DA, said": the speaker described, not what is said
        if node.dep_ == "relcl" and node.head.dep_ == "appos" and node.head.lemma_.lower() in CHARGE_NOUNS:
            break  # "A said that ..., an accusation B rejected": the writer tells B's rejection, not A
        node = node.head
        path.append(node)
    for n, tok in enumerate(path):
        if _hedge_near(tok):
            sp.hedged = True
        if tok.i == trigger.i or tok in path[:1]:
            continue
        if n == 1 and tok.lemma_ in STOP_VERBS and trigger.tag_ == "VBG" and trigger.dep_ in ("xcomp", "pcomp"):
            # "urged Washington to stop arming Taiwan": the arming is the appealing speaker's
            # account inside its appeal, whose claim (an Appeal) holds it; the article does not state it
            sp.asked_to_end = len(path) > 2 and path[2].lemma_ in REQUEST_VERBS and path[1].dep_ in ("xcomp", "ccomp")
            break
        if path[n - 1].dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in path[n - 1].children):
            break  # "saying ..., weeks before he was removed": when it was said, not what was said
        if path[n - 1].dep_ in ("ccomp", "parataxis") and path[n - 1].i < tok.i and \
                any(t.text == ";" for t in tok.doc[path[n - 1].right_edge.i + 1:tok.i]):
            break  # "X asked the court to ...; the court rejected the request": two clauses, the first not what is rejected
        if path[n - 1].dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS
                                               for p in path[:n] for c in p.children):
            break  # "announced on Monday, as fighting ... enters its third year": the parser's complement is a clause of time
        if n >= 2 and path[n - 1].dep_ == "prep" and path[n - 1].lower_ in SETTING_PREPS and \
                path[n - 2].lemma_ not in MEDIUM_WORDS and not _answered(path, n) and tok.lemma_ in SPEECH | DENY | ALLEGE:
            break  # "told troops at the base, from where he joined a ceremony": where it was said, not what
        if n <= 2 and tok.lemma_ in REQUEST_VERBS and tok.pos_ == "VERB" and (
                path[n - 1].dep_ in ("xcomp", "ccomp") or for_to(path[n - 1])) or _asked_for(trigger, path, n):
            denier = _report_denied(path, n)
            if denier is not None:
                # "denied reports that she had asked Britain for asylum": the request is what the
                # denier says did not happen, told by the denier; the asker stays in the fact's roles
                subj = _subject(denier)
                sp.modality = "denied"
                sp.said_by += [w for w in (_speakers(subj[0], speaker_of)[0] if subj else []) if w not in sp.said_by]
                sp.tokens += [denier.i] + ([subj[0].i] if subj else [])
                break
            subj = _subject(tok)
            sp.modality = "requested"
            sp.said_by += [w for w in (speaker_of(subj[0], outlet=True)[0] if subj else []) if w not in sp.said_by]
            sp.tokens += [tok.i] + ([subj[0].i] if subj else [])
            sp.frame = tok.i
            break
        offered = proposed(trigger, path, n)
        if offered is not None:  # "suggested tariffs on Norway": put forward, not done
            # a noun's proposer is its possessor ("Chile's threat of sanctions"), not the subject of the verb
            # over it ("Peru faces the threat of sanctions": Peru is threatened)
            subj = _subject(tok) if tok.pos_ == "VERB" else [c for c in tok.children if c.dep_ == "poss"]
            sp.modality = offered
            sp.said_by += [w for w in (speaker_of(subj[0], outlet=True)[0] if subj else []) if w not in sp.said_by]
            sp.tokens += [tok.i] + ([subj[0].i] if subj else [])
            sp.frame = tok.i
            break
        if tok.lemma_ in HEDGE_PASSIVE and path[n - 1].dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
            break  # "X is said to have met Y": hedged (:func:`_hedge_near`), said by no one named; X is no speaker
        if tok.lemma_ in SUSPECT and tok.pos_ == "VERB" and path[n - 1].dep_ == "prep" and path[n - 1].lower_ == "of":
            # "the tanker, which investigators suspect of dragging its anchor across the cable": what
            # they suspect it of is alleged, by them; a suspicion of no one named ("suspected of") is
            # left as the text tells it
            subj = _subject(tok)
            who, _ = _speakers(subj[0], speaker_of) if subj else ([], None)
            if who:
                sp.modality = "alleged"
                sp.said_by += [w for w in who if w not in sp.said_by]
                sp.tokens += [tok.i, subj[0].i]
                break
        if tok.lemma_ in SPEECH | DENY | ALLEGE and tok.pos_ in ("VERB", "AUX"):
            if _named_inside_object(trigger, path[1:n]) and tok.lemma_ not in DENY | ALLEGE:
                break  # "declared support for Russia's war in Ukraine": the war is the writer's words, not said
            if tok.lemma_ in ALLEGE and any(_set_off(p) for p in path[:n]):
                # "men it accuses of belonging to the gang to El Salvador, where they were locked inside a
                # prison ...": a relative clause set off by a comma is the teller's aside, not the charge
                continue
            subj = _subject(tok) or _saying_on(tok)
            who, outlet = (_speakers(subj[0], speaker_of) if subj else ([], None))
            if outlet and tok.lemma_ == "report":
                sp.via = sp.via or outlet
                sp.tokens += [tok.i, subj[0].i]
                continue
            if tok.lemma_ in DENY and _judged_not_denied(trigger, path[:n + 1]):
                break  # "dismissed the referendum as a sham": the vote happened; the speaker rejects or labels it
            if tok.lemma_ in DENY:
                sp.modality = "denied"
            elif tok.lemma_ in ALLEGE:
                sp.modality = "alleged"
            elif sp.modality == "asserted":
                sp.modality = "reported"
            sp.said_by += [w for w in who if w not in sp.said_by]
            sp.tokens += [tok.i] + ([subj[0].i] if subj else [])
            break
    # "X said" told as a parenthetical clause: the fact's clause is the speech verb's
    # head ("delivered ..., Brekelmans said on Monday" parses said as a child of delivered)
    if sp.modality == "asserted" and not statement:
        for c in trigger.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_ in SPEECH | DENY:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CIRCUMSTANCE_MARKS for m in c.children):
                    continue  # "minutes after the commission declared him the winner": when, not who says so
                if c.dep_ == "advcl" and c.tag_ == "VBG" and not _subject(c):
                    continue  # "removed X from office, declaring her incapacitated": the doer's own words, no teller
                subj = _subject(c)
                who, outlet = (_speakers(subj[0], speaker_of) if subj else ([], None))
                if outlet and c.lemma_ == "report":
                    sp.via = sp.via or outlet
                else:
                    sp.modality = "denied" if c.lemma_ in DENY else "reported"
                    sp.said_by += who
                sp.tokens += [c.i] + ([subj[0].i] if subj else [])
                break
    if sp.modality == "asserted" and sp.said_by:
        sp.modality = "reported"  # "according to officials"
    clause = path[: next((i for i, t in enumerate(path) if t.lemma_ in SPEECH | DENY | ALLEGE and i), len(path))]
    plan_scope = clause[: next((i for i, t in enumerate(clause) if t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE), len(clause))]
    hope = _hoped(plan_scope[:3])
    if sp.modality == "requested":
        pass  # "urged Peru to sign": asked for, whatever 'will' or 'want' it holds
    elif sp.modality in ("asserted", "reported") and hope is not None:
        sp.modality = "hoped"  # "hoped to sign", "hoped that relations return to normal": wanted, not planned
        sp.tokens.append(hope.i)
        sp.frame = hope.i
    elif sp.modality in ("asserted", "reported") and any(_forecast(t) for t in plan_scope[:3]):
        sp.modality = "predicted"  # "the agreement is expected to increase trade": foreseen, decided by no one
    elif sp.modality in ("asserted", "reported") and any(_planned(t) for t in plan_scope[:3]):
        sp.modality = "planned"
    for t in clause[:3]:
        for c in t.children:
            if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") and m.dep_ == "mark" for m in c.children):
                words = [w for w in c.subtree if not (w.dep_ == "mark" and w.head.i == c.i)]
                sp.condition = sent.doc[words[0].i: words[-1].i + 1].text
                sp.modality = "planned"
                sp.tokens += [w.i for w in c.subtree]
    return sp


def _set_off(tok: Token) -> bool:
    """Whether ``tok`` heads a relative clause set off from its noun by a comma or a
    dash ("El Salvador, where they were locked ..."): a non-restrictive clause, which
    adds to the noun rather than picking it out."""
    if tok.dep_ != "relcl":
        return False
    first = tok.left_edge
    return first.i > 0 and tok.doc[first.i - 1].text in (",", "-", "–", "—", "(")


#: Verbs of denying that, with the fact itself as their object, refuse or judge it rather
#: than say it did not happen ("rejected the election", "dismissed the referendum as a
#: sham"; CAMEO 12 "Reject" is a stance towards what was done). "denied the attack" and
#: "refuted the report" say it did not happen, and keep the fact denied.
REFUSE_DENY = {"reject", "dismiss"}
#: Nouns of an account or a charge: a fact inside one ("rejected reports of an attack",
#: "dismissed the accusation that X armed Y") is the telling the speaker denies.
TELLING_NOUNS = {"account", "report", "version", "story", "claim", "allegation", "accusation", "charge",
                 "suggestion", "rumour", "rumor", "assertion", "statement", "idea", "notion", "reports", "claims"}


def _judged_not_denied(trigger: Token, path: list[Token]) -> bool:
    """Whether the verb of denying at the end of ``path`` (the tokens from the fact's
    trigger up to it) refuses or judges the fact rather than denies that it happened:
    the fact is its object's noun phrase (no clause between) and the verb is one of
    :data:`REFUSE_DENY`, or it labels it ("as a sham", "as illegitimate"), with no
    account or charge on the way (:data:`TELLING_NOUNS`); or the fact is the subject of
    a judging clause under it ("denied the vote was fair": the vote took place).
    Calling a fact a sham, a farce or rigged is a Characterisation or a Rejection of it
    (corpus/CLAIMS.md, "Which kind a judgement is"), never its denial."""
    verb, between = path[-1], path[1:-1]
    if any(t.lemma_.lower() in TELLING_NOUNS or t.lower_ in TELLING_NOUNS for t in path[:-1]):
        return False
    if between and between[0].lemma_ == "be" and path[0].dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "attr") for c in between[0].children) and len(between) == 1:
        return True  # "denied (that) the vote was fair": a judgement of it, which presupposes it
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl") for t in between):
        return False
    if path[0].pos_ not in ("NOUN", "PROPN") or (between or path[:1])[-1].dep_ != "dobj":
        return False
    labelled = any(c.dep_ in ("prep", "oprd") and c.lower_ == "as" or c.dep_ == "oprd" for c in verb.children)
    return verb.lemma_ in REFUSE_DENY or labelled


def _named_inside_object(trigger: Token, between: list[Token]) -> bool:
    """Whether a fact's noun is only a modifier inside the noun phrase a verb of saying
    takes as its object ("declared support for Russia's war": the war hangs on
    'support'): ``between`` are the tokens from the trigger's head up to the verb, all of
    one noun phrase (no verb, no clause) with a noun of its own heading it. What is said
    is that head's (the support); the fact the phrase names on the way is the writer's
    narration, not the speaker's words."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not between:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl") for t in between):
        return False
    return any(t.pos_ == "NOUN" for t in between) and between[-1].dep_ in ("dobj", "nsubjpass")


def _surface(trigger: Token, speaker_of, sp: Speech) -> Speech:
    """Without a parse: "X said" or "said X" within the trigger's sentence, 'will' or a
    plan verb in the three words before it, a hedge adverb anywhere in the sentence."""
    sent = trigger.sent
    words = [t.lower_ for t in sent]
    if any(w in HEDGE_WORDS for w in words):
        sp.hedged = True
    before = [t.lower_ for t in sent.doc[max(sent.start, trigger.i - 3): trigger.i]]
    if any(w in PLAN_AUX or w in ("plans", "planned", "expected", "set") for w in before):
        sp.modality = "planned"
    for t in sent:
        if t.i != trigger.i and t.lower_ in ("said", "says", "told", "announced", "added", "wrote", "stated"):
            for near in (sent.doc[t.i - 1] if t.i > sent.start else None, sent.doc[t.i + 1] if t.i + 1 < sent.end else None):
                if near is None:
                    continue
                who, outlet = speaker_of(near, outlet=True)
                if who:
                    sp.modality = "reported" if sp.modality == "asserted" else sp.modality
                    sp.said_by += [w for w in who if w not in sp.said_by]
                    sp.tokens += [t.i, near.i]
                    return sp
    return sp


#: Modal auxiliaries of power or permission ("the president can dissolve the assembly",
#: "only the president may decide"): the act is one the actor may do, the vocabulary's
#: 'permitted' (corpus/CLAIMS.md, "will be free to produce", "may decide").
PERMIT_MODALS = {"can", "may"}
#: Modal auxiliaries of duty ("must hand in his resignation", "has to"): 'obliged'.
OBLIGE_MODALS = {"must"}
#: Modal auxiliaries of mere possibility or advice ("could dissolve", "might attack",
#: "should resign"): the act is neither done nor decided, and the claims format has no
#: modality for a bare possibility told in the article's voice: such an act is not drafted.
POSSIBLE_MODALS = {"could", "might", "should", "ought", "may"}
#: Words whose infinitive is something the subject may do ("is able to", "is allowed
#: to", "has the power to", "reserved the right to"): lemmas of the head of the
#: infinitive (an adjective, a passive participle or a noun).
PERMIT_HEADS = {"able", "allow", "permit", "entitle", "free", "empower", "authorise", "authorize",
                "power", "right", "authority"}
#: Words whose infinitive is what the subject is capable of ("is able to", "has the capacity
#: to export"): an ability, which is no act and no permission (corpus/CLAIMS.md 'permitted' is
#: a freedom under a rule); negated ("is not able to"), the act did not happen (unable).
ABILITY_HEADS = {"able", "capable", "capacity", "capability", "ability", "potential", "means"}
#: Verbs of moving or making goods whose "can" tells a capacity, not a freedom under a rule,
#: unless the clause names that rule ("under the deal, Iran can export oil").
CAPACITY_VERBS = {"export", "import", "supply", "produce", "deliver", "ship", "sell", "provide", "pump",
                  "transport", "generate", "manufacture", "send", "meet", "cover", "carry", "process"}
#: Verbs whose complement with "can" is a capacity shown or claimed ("shows it can export").
SHOW_VERBS = {"show", "prove", "demonstrate", "illustrate", "signal"}
#: Verbs of refusing: their infinitive is an act the subject refuses ("refused to resign").
REFUSE_HEADS = {"refuse", "decline"}
#: Verbs of offering: their infinitive is an act the subject offers to do ("offered to
#: resign", "volunteered to step down"), not one done: the vocabulary's 'willing'
#: (corpus/CLAIMS.md, "A readiness or offer").
OFFER_HEADS = {"offer", "volunteer"}
#: Words whose infinitive is something the subject must do ("is required to", "is
#: obliged to", "has to").
OBLIGE_HEADS = {"require", "oblige", "obligate", "compel", "bind", "duty", "obligation"}


def _verb_of(trigger: Token) -> Token | None:
    """The verb whose act ``trigger`` tells: the trigger itself when it is a verb, the
    verb whose object a noun trigger is ("call an early election" gives 'call'), else
    None (a noun that is a verb's subject, "elections could not be held", or hangs on a
    preposition is no act of the verb's subject)."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return trigger.head
    return None


def _capacity(verb: Token) -> bool:
    """Whether "can" on ``verb`` tells what its subject is capable of rather than free to do
    under a rule: a verb of moving or making goods (:data:`CAPACITY_VERBS`, "can export
    gas") with no rule named ('under' the deal, 'according to' the law), or a clause a verb
    of showing holds (:data:`SHOW_VERBS`, "shows it can host the games")."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SHOW_VERBS:
        return True
    rule = any(c.dep_ == "prep" and c.lower_ in ("under", "according") for c in verb.subtree)
    return verb.lemma_.lower() in CAPACITY_VERBS and not rule


#: Determiners that make an event noun no one event told but any of a kind ("would respond to
#: any attack", "a Chinese attack on Taiwan could threaten ..."): with a modal or a condition
#: over it, the event is supposed, not reported.
SUPPOSED_DETERMINERS = {"a", "an", "any"}
#: Modal auxiliaries of what would or could follow an event supposed ("an attack would
#: trigger", "could threaten", "will be met with force").
SUPPOSING_MODALS = POSSIBLE_MODALS | PLAN_AUX


def supposed_event(trigger: Token) -> bool:
    """Whether the event noun ``trigger`` names an event only supposed, not one that took
    place: a noun with an indefinite determiner or 'any' (:data:`SUPPOSED_DETERMINERS`:
    "a Chinese attack on Taiwan could threaten Japan's survival", "would respond to any
    attack") whose clause verb (the first verb above it) takes a modal of
    :data:`SUPPOSING_MODALS` or stands in a condition ("if", "unless"), or a noun inside
    such a condition ("if there is an attack"). A definite or possessed noun ("Russia's
    attack on Ukraine could last years", "the attack would have killed more") names an
    event told elsewhere, and a past clause ("A Russian attack on Kyiv killed 12") reports
    one: both False. Input: a spaCy token of the parsed text."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    dets = {c.lower_ for c in trigger.children if c.dep_ in ("det", "poss")}
    if not dets & SUPPOSED_DETERMINERS or dets - SUPPOSED_DETERMINERS - {"poss"}:
        return False
    node = trigger
    for _ in range(6):  # up to the clause's verb
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return False
    if node.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS for c in node.children):
        return True
    for _ in range(4):  # "if there were an attack", "unless an attack ...": a condition
        if node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def modal_modality(trigger: Token, modality: str = "asserted") -> tuple[str | None, int | None]:
    """The modality a modal verb or a condition gives the fact ``trigger`` tells, read
    from the parse: 'permitted' for "can" ("the president can dissolve the assembly"),
    "is allowed to", "has the power to", "retained the right to"; '' (not drafted) for an
    ability ("is able to", "has the capacity to", "shows it can", "can export gas" with no
    rule named: :func:`_capacity`); 'unable' for "cannot", "could not", "is not able to",
    'obliged' for "must", "has to", "is required to", 'refused' for "refused to", 'willing' for "offered to",
    "volunteered to" (:data:`OFFER_HEADS`), 'planned' for "threatened to"; '' (the
    fact is not drafted) for a
    bare possibility or advice ("could", "might", "should") and for a fact told inside a
    condition ("if Russia attacks", "unless talks resume"); None when the clause holds
    none of these; '' too for "may not" ("may not return without permission": a prohibition,
    or a possibility the event will not happen; neither tells it happened or did not);
    'hedged' for "may" ("Moscow may be helping Pyongyang", "Putin may meet
    Xi"): the fact is drafted, hedged (corpus/CLAIMS.md, ``hedged: true``), its modality
    kept, since the parse does not tell the "may" of possibility from that of permission;
    with the index of the word that makes it so (for the quote), or None.
    ``modality``: the one read so far ('planned' is kept for "would",
    "will"). A verb joined by "and" to a modal one ("can dissolve the assembly and call
    an election") shares its modal. The modalities are those of corpus/CLAIMS.md
    (``kg vocabulary modality``)."""
    verb = _verb_of(trigger)
    if verb is None:
        return None, None
    chain = [verb]
    while chain[-1].dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in chain[-1].children):
        chain.append(chain[-1].head)  # "can dissolve ... and call": the second verb shares the first one's aux
    negated = any(c.dep_ == "neg" for v in chain for c in v.children)
    for v in chain:
        aux = {c.lower_: c.i for c in v.children if c.dep_ == "aux"}
        at = next(iter(aux.values()), None)
        if "ca" in aux or "can" in aux:
            if not negated and _capacity(v):
                return "", at  # "shows it can export gas": an ability, no act
            return ("unable" if negated else "permitted"), at
        if "could" in aux and negated:
            return "unable", at
        if "must" in aux:
            return "obliged", at
        if "may" in aux and negated:
            return "", at  # "may not return without permission": forbidden or only possibly not done, no event told
        if "may" in aux:
            return "hedged", at
        if modality in ("asserted", "reported") and any(a in POSSIBLE_MODALS for a in aux):
            return "", at
    top = chain[-1]
    if top.dep_ in ("xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        head = top.head
        lemma = head.lemma_.lower()
        negative_head = any(c.dep_ == "neg" for c in head.children) or \
            any(c.dep_ == "neg" for c in head.head.children) and head.dep_ == "acomp"
        if (lemma in ABILITY_HEADS or head.lower_ in ABILITY_HEADS) and not negative_head:
            return "", head.i  # "is able to", "has the capacity to": what one could do, not an act
        if lemma in PERMIT_HEADS or head.lower_ in PERMIT_HEADS:
            return ("unable" if any(c.dep_ == "neg" for c in head.children) or
                    any(c.dep_ == "neg" for c in head.head.children) and head.dep_ == "acomp" else "permitted"), head.i
        if lemma in OBLIGE_HEADS or (lemma == "have" and head.pos_ in ("VERB", "AUX")):
            return "obliged", head.i
        if lemma in REFUSE_HEADS and head.pos_ == "VERB":
            return "refused", head.i  # "refused to resign": the refusing actor is the fact's own
        if lemma in OFFER_HEADS and head.pos_ == "VERB":
            return "willing", head.i  # "offered to resign": an offer, not the act
        if lemma in THREATEN_WORDS and head.pos_ == "VERB":
            return "planned", head.i  # "threatened to resign": an act threatened is still to come
    node = verb
    for _ in range(4):  # "if Russia attacks ...": the fact is the condition of another
        if node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in node.children):
            return "", None
        if node.head.i == node.i or node.dep_ == "ROOT":
            break
        node = node.head
    return None, None
