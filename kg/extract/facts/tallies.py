"""Decisions carried by a counted vote: "the Turkish parliament ratified Sweden's membership
by 287 votes to 55", "the cabinet approved the deal by a vote of 10 to 1", "the board
censured Iran by 20 votes to two, with 12 abstentions". The tally tied to the verb by
'by' tells that the verb's doer decided by voting, whatever it decided (a membership, a
deal, a censure): a ``Vote`` (Wikidata Q189760 "voting") of that body, its counts those
of :func:`kg.extract.facts.politics.tally`. A vote on a motion ("adopted the resolution
by 11 votes to 2") is read by :func:`kg.extract.facts.politics.vote_outcome_rules`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import dates
from kg.extract.facts.ballots import VOTING_BODIES, add_sides, named_body
from kg.extract.facts.common import Context, Fact, doers
from kg.extract.quantities import count_of
from kg.extract.facts.offices import one_legislature
from kg.extract.facts.politics import MOTION_NOUNS, _body_before, tally, vote_outcome_rules

#: Verbs of a decision carried ('adopted') or turned down ('rejected') by the vote; any
#: other verb the tally hangs on ("censured", "elected") gives the vote without an outcome.
CARRIED = {"adopt": "adopted", "approve": "adopted", "pass": "adopted", "ratify": "adopted",
           "endorse": "adopted", "confirm": "adopted", "back": "adopted", "carry": "adopted",
           "reject": "rejected", "defeat": "rejected", "overrule": "rejected", "block": "rejected"}
#: Verbs of a vote passed on its object ("censured Iran", "suspended Peru"), which is then
#: the vote's ``target``; the object of another verb ("ordered Israel to ...") is whom the
#: decision addresses, not what was voted on.
JUDGED_VERBS = {"censure", "condemn", "reprimand", "rebuke", "suspend", "expel", "admit", "elect", "impeach"}
#: The tally's noun after 'by': "by 287 votes to 55", "by a vote of 10 to 1".
TALLY_NOUNS = {"vote"}


def counted_vote_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Vote`` told by a verb and its tally: ``tok`` a noun of :data:`TALLY_NOUNS`, the
    object of 'by' that hangs on a verb, the sentence giving counts (votes for and
    against); the voting body the verb's doer (subject, or the agent of a passive) names,
    of a voting kind (an organisation, a court, a government: not a state or a person,
    whose vote is another fact), or a definite noun standing for one (:func:`~kg.extract.facts.ballots.named_body`);
    ``target`` the verb's object when it is a name and the verb one of :data:`JUDGED_VERBS`
    ("censured Iran"; not "ordered Israel to ..."). ``outcome`` from :data:`CARRIED` when the verb says it.
    A text that passed ("the same text passed by 187 votes to 2") is voted by the body
    :func:`_text_voted_body` finds; the members an absolute phrase puts on each side
    ("with only X opposed") are read by :func:`~kg.extract.facts.ballots.add_sides`.
    Returns [] or one fact; [] when the vote is a motion's, read by
    :func:`~kg.extract.facts.politics.vote_outcome_rules`."""
    if tok.lemma_ not in TALLY_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "by":
        return []
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_ == "vote":
        return []
    counts = tally(tok.sent)
    if "votesFor" not in counts or "votesAgainst" not in counts:
        counts = _words_tally(tok)
    if not counts and CARRIED.get(verb.lemma_) == "adopted":
        counts = _majority_count(tok)  # "The ratification was carried by 295 votes": the votes for it
    if not counts:
        return []
    if vote_outcome_rules(verb, cx):
        return []
    bodies = [e for s in doers(verb) for e in [e for e in cx.entities(s) if e.type in VOTING_BODIES]
              or named_body(s, cx)]
    text = None
    if not bodies:
        bodies, text = _text_voted_body(verb, cx)  # "Last year the same text passed by 187 votes to 2"
    if not bodies and not any(cx.entities(s) for s in doers(verb)) and \
            any(c.dep_ == "nsubjpass" for c in verb.children):
        # "The ratification was carried by 295 votes": no voter named, the one legislature the article names
        chamber = one_legislature(cx)
        bodies = [chamber] if chamber is not None else []
    if len(bodies) != 1:
        return []
    attrs: dict = dict(counts)
    if verb.lemma_ in CARRIED:
        attrs["outcome"] = CARRIED[verb.lemma_]
    # whom the decision is about, when the verb's object is itself a name ("censured Iran"),
    # not a thing of theirs ("ratified Sweden's membership")
    target = [e for o in verb.children if o.dep_ == "dobj" and o.i in cx.at for e in cx.entities(o)
              if e.id != bodies[0].id] if verb.lemma_ in JUDGED_VERBS else []
    roles = {"votingBody": bodies, **({"target": target} if target else {})}
    f = Fact("Vote", roles, attrs, tokens=[verb.i, tok.head.i, tok.i], split=False)
    if text is not None:
        # the text's words and the whole tally ("the same text passed by 187 votes to 2"), and
        # the date the sentence opens with ("Last year the same text passed ...")
        f.tokens += [text.left_edge.i, *(t.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                                         for t in p.subtree if t.i > tok.i)]
        f.take_date(cx.date_of(verb)) or f.take_date(_fronted_date(verb.sent, cx))
    add_sides(f, tok.sent, cx, tok.i)  # "..., with only X and Y opposed and Z abstaining"
    return [f]


def _fronted_date(sent, cx: Context) -> tuple[str | None, list[int]]:
    """The date a sentence opens with, before its subject ("Last year the same text
    passed ..."), which dates the whole of it whatever verb the parser hangs it on:
    (the date, its tokens), or (None, [])."""
    for ent in cx.dates_in(sent.start, sent.end):
        if ent.start == sent.start:
            day = dates.resolve(ent.text, cx.published)
            if day:
                return day, list(range(ent.start, ent.end))
    return None, []


def _text_voted_body(verb: Token, cx: Context) -> list:
    """The body that voted on a text whose own verb tells the vote ("the same text passed by
    187 votes to 2", "the resolution was carried by 90 votes": a verb of :data:`CARRIED`, the
    text its subject or the noun a participle describes, a noun of
    :data:`~kg.extract.facts.politics.MOTION_NOUNS`):
    the body this sentence or the one before names (by name,
    :func:`~kg.extract.facts.politics._body_before`, or by a definite noun, "The assembly
    adopted ...", :func:`~kg.extract.facts.ballots.named_body`); else none. Returns (the
    bodies, the text's noun) or ([], None)."""
    texts = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    texts = [t for t in texts if t.lemma_.lower() in MOTION_NOUNS]
    if not texts or verb.lemma_ not in CARRIED:  # "the resolution, circulated as ..., by a vote": the adopting verb's
        return [], None
    sent = verb.sent
    for span in (sent, cx.doc[sent.start - 1].sent if sent.start > 0 else None):
        if span is None:
            continue
        named = [e for m in cx.mentions_in(span.start, span.end) for e in m.entities if e.type in VOTING_BODIES]
        named += [e for t in span if t.i not in cx.at for e in named_body(t, cx)]
        found = {e.id: e for e in named}
        if len(found) == 1:
            return list(found.values()), texts[0]
        if found:
            return [], None
    bodies = _body_before(sent, cx)
    return bodies, texts[0] if bodies else None


def _words_tally(tok: Token) -> dict[str, int]:
    """The counts of a tally written with a number word, which
    :func:`~kg.extract.facts.politics.tally` leaves ("by 188 votes to six", "by a vote
    of nine to two"): the tokens after ``tok`` (or after its 'of') read as
    <count> ['votes'] 'to' <count> by :func:`kg.extract.quantities.count_of`, the first
    count before ``tok`` when it is 'votes'. Empty when the words are not that shape."""
    doc = tok.doc
    if tok.lower_ == "votes" and tok.i > 0:
        first, k = count_of(doc[tok.i - 1]), tok.i + 1
    elif tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
        first, k = count_of(doc[tok.i + 2]), tok.i + 3
        k += 1 if k < len(doc) and doc[k].lemma_ == "vote" else 0
    else:
        return {}
    if first is None or k + 1 >= len(doc) or doc[k].lower_ != "to":
        return {}
    second = count_of(doc[k + 1])
    return {"votesFor": first, "votesAgainst": second} if second is not None else {}


def _majority_count(tok: Token) -> dict[str, int]:
    """The one count of "carried by 295 votes" (``tok`` the noun 'votes' after 'by',
    counted by a number and followed by no second count): the votes for what was carried,
    ``{"votesFor": 295}``; empty otherwise."""
    nums = [count_of(c) for c in tok.children if c.dep_ == "nummod"]
    if tok.lower_ != "votes" or len(nums) != 1 or nums[0] is None or \
            any(t.lower_ in ("to", "against") for t in tok.doc[tok.i + 1: tok.i + 3]):
        return {}
    return {"votesFor": nums[0]}


def counts_told_after_rules(tok: Token, cx: Context) -> list[Fact]:
    """The tally of the vote told before, in a sentence of its own that names no voter:
    "Of the deputies who took part, 364 voted against the government and 194 voted for
    it, with 15 abstentions". ``tok`` the first 'voted' of the sentence whose subject is
    a count (a number, "364", or a counted noun, "212 deputies") and that takes a side
    ('for', 'against', 'in favour'), the sentence giving
    votes for and against (:func:`kg.extract.facts.politics.tally`): a claim on the last
    Vote drafted before it (its ``fact`` that Vote's id; none before: nothing drafted),
    with ``votesFor``, ``votesAgainst`` and ``abstentions`` (gkg:votesFor, Wikidata
    P1111 'votes received'). Returns [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ != "vote" or not _counted(tok):
        return []
    if not any(c.dep_ == "prep" and c.lower_ in ("for", "against", "in") for c in tok.children):
        return []  # "The 137 lawmakers voted 98 to 12 to remove X": a vote of its own (vote_outcome_rules)
    if any(t.i < tok.i and t.lemma_ == "vote" and t.pos_ == "VERB" and _counted(t) for t in tok.sent):
        return []  # the sentence's second count ("and 194 voted for it"): the first one drafts the tally
    counts = tally(tok.sent)
    if "votesFor" not in counts or "votesAgainst" not in counts:
        return []
    if any(m.entity.type in VOTING_BODIES for m in cx.mentions if tok.sent.start <= m.start < tok.sent.end):
        return []  # a body or a party named: its own vote or a member's (vote_rules, vote_stance_rules)
    first = min(t.i for t in tok.sent if t.like_num and t.i <= tok.i)
    # the quote: from the first count to the last of the tally's words (the abstentions, else the last side's)
    last = max([t.i for t in tok.sent if t.lemma_.lower() in ("abstention", "abstain")] +
               [x.i for v in tok.sent if v.lemma_ == "vote" and _counted(v) for x in v.subtree if x.dep_ != "punct"])
    return [Fact("Vote", {}, counts, tokens=list(range(first, last + 1)), split=False, clause=False, undated=True,
                 refers=("fact", ("Vote",)))]


def _counted(verb: Token) -> bool:
    """Whether the subject of ``verb`` is a count: a number ("364 voted") or a noun it
    counts ("212 deputies voted"), naming no one."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subj) == 1 and (subj[0].like_num or any(c.dep_ == "nummod" and c.like_num for c in subj[0].children))
