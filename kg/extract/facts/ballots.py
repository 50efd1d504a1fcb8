"""Votes of a body told in the wordings of the UN's records and of news beyond "X voted
against": the body named by a common noun ("the 193-member assembly adopted the
resolution"), the members on each side given in an absolute phrase after the tally
("passed by 187 votes to 2, with only X and Y opposed and Z abstaining"), "X and Y
voted no", "Joining A and B in voting no were C, D and E", "C and D were among the
countries that abstained".

Each member's side is a role of the ``Vote`` (Wikidata Q189760 'voting') itself, as
corpus/CLAIMS.md "How each member voted" writes it: ``votedYes``, ``votedNo`` and
``abstained``; "opposed" in a tally is a vote against, not a ``Rejection`` (CAMEO 12,
PLOVER REJECT: a refusal said, not a vote cast). The rules of the vote itself are in :mod:`~kg.extract.facts.politics`
(:func:`~kg.extract.facts.politics.vote_outcome_rules`, :func:`~kg.extract.facts.politics.tally`)
and :mod:`~kg.extract.facts.tallies`; members' sides told by 'voted for/against' and
'abstained' in :func:`kg.extract.facts.judgements.vote_stance_rules`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.entities import normalise
from kg.extract.facts.common import Context, Fact, _uniq, doers
from kg.extract.mentions import Known

#: Classes of the bodies that hold a vote of their members.
VOTING_BODIES = ("Organisation", "InternationalOrganisation", "Court", "Government")
#: Classes of the members whose side in a body's vote is told (states and their governments).
MEMBER_KINDS = ("State", "Government")
#: Head nouns of a voting body, which a definite description ("the board", "parliament")
#: takes from the body's name given elsewhere in the article, or in the registry.
BODY_NOUNS = {"parliament", "assembly", "board", "council", "cabinet", "committee", "congress", "senate",
              "chamber", "house", "legislature", "court", "tribunal", "commission"}
#: Nouns of the members of a body, among which a member is said to have voted one way
#: ("were among the countries that abstained").
MEMBER_NOUNS = {"country", "state", "nation", "member", "delegation", "government"}
#: The words that tell a member's side after its name, longest first, and the role each
#: gives: "opposed" and "against" in a tally are votes against, "abstaining" an abstention.
SIDE_WORDS = (
    (("voting", "in", "favour"), "votedYes"), (("voting", "in", "favor"), "votedYes"),
    (("voted", "in", "favour"), "votedYes"), (("voted", "in", "favor"), "votedYes"),
    (("in", "favour"), "votedYes"), (("in", "favor"), "votedYes"),
    (("voting", "for"), "votedYes"), (("voting", "yes"), "votedYes"), (("voted", "yes"), "votedYes"),
    (("voting", "against"), "votedNo"), (("voting", "no"), "votedNo"), (("voted", "against"), "votedNo"),
    (("voted", "no"), "votedNo"), (("opposed",), "votedNo"), (("against",), "votedNo"),
    (("abstaining",), "abstained"), (("abstained",), "abstained"),
)


def named_body(noun: Token, cx: Context) -> list[Known]:
    """The body a definite common noun stands for ("the assembly" for the UN General
    Assembly named before, "parliament" for the Parliament of Georgia): the one voting
    body among the article's mentions whose name's head is the noun's word (a head
    noun of :data:`BODY_NOUNS`, no name of its own); when the article names none, the
    one voting body the registry knows by that word (an alias "Assembly" or "the
    Assembly"); else nothing, never a guess among two."""
    word = noun.lemma_.lower()
    if word not in BODY_NOUNS or noun.i in cx.at or noun.pos_ == "PROPN" and noun.lower_ != word:
        return []
    found = {m.entity.id: m.entity for m in cx.mentions if m.entity.type in VOTING_BODIES
             and head_word(m.entity.label) == word}
    if not found:
        found = {e.id: Known(e.id, e.type, e.label, state=e.of) for e in cx.resolver.registry.entities.values()
                 if e.type in VOTING_BODIES and {normalise(n) for n in e.names} & {word, f"the {word}"}}
    return list(found.values()) if len(found) == 1 else []


def head_word(label: str) -> str:
    """The head noun of a body's name, lower-case: the last word before its first 'of'
    ("Parliament of Georgia": 'parliament'; "IAEA Board of Governors": 'board'), else its
    last word ("Israeli security cabinet": 'cabinet')."""
    words = normalise(label).split(" of ")[0].split()
    return words[-1] if words else ""


def _members_at(k: int, end: int, cx: Context) -> tuple[list[Known], int]:
    """The members (:data:`MEMBER_KINDS`) a list of names starting at token ``k`` names
    ("Brazil, Chile and Peru", "the United States and Israel"), up to ``end``: (the
    members, the index after the list); ([], k) when no member is named at ``k``."""
    doc, found, j = cx.doc, [], k
    while j < end:
        at = j + 1 if doc[j].lower_ == "the" else j
        m = cx.at.get(at)
        if m is None or m.start != at or m.entity.type not in MEMBER_KINDS:
            break
        found.append(m.entity)
        j = m.end
        # a separator, then another name: the list goes on
        sep = j
        while sep < end and doc[sep].lower_ in (",", "and"):
            sep += 1
        nxt = sep + 1 if sep < end and doc[sep].lower_ == "the" else sep
        if sep == j or nxt not in cx.at or cx.at[nxt].start != nxt or cx.at[nxt].entity.type not in MEMBER_KINDS:
            break
        j = sep
    return _uniq(found), j


def side_at(k: int, end: int, doc) -> tuple[str | None, int]:
    """The side the words at token ``k`` give a member (:data:`SIDE_WORDS`): (the role,
    the index of the last word read), (None, k) when they give none."""
    words = [t.lower_ for t in doc[k:min(end, k + 3)]]
    for phrase, key in SIDE_WORDS:
        if tuple(words[:len(phrase)]) == phrase:
            return key, k + len(phrase) - 1
    return None, k


def with_sides(sent: Span, cx: Context, start: int) -> tuple[dict[str, list[Known]], int]:
    """The members an absolute phrase after a tally puts on each side: "with only the
    United States and Israel opposed and Moldova abstaining", "with Brazil voting
    against" (after token ``start``, the tally's words). Only after 'with', and only
    when the side word ends its clause ("with Chile opposed to the plan" gives none).
    Returns (role -> members, the index of the last token read, -1 for none)."""
    doc, out, last = cx.doc, {}, -1
    for w in (t for t in sent if t.i > start and t.lower_ == "with"):
        k = w.i + 1
        while k < sent.end and doc[k].lower_ in ("only", "just", "all", "but"):
            k += 1
        while k < sent.end:
            members, k = _members_at(k, sent.end, cx)
            if not members:
                break
            key, end = side_at(k, sent.end, doc)
            after = doc[end + 1] if end + 1 < sent.end else None
            if key is None or (after is not None and not after.is_punct and after.lower_ not in ("and", "while")):
                break
            out[key] = _uniq(out.get(key, []) + members)
            last = end
            k = end + 1
            while k < sent.end and doc[k].lower_ in (",", "and", "while"):
                k += 1
        if last >= 0:
            break
    return out, last


def add_sides(f: Fact, sent: Span, cx: Context, start: int) -> None:
    """Give the Vote ``f`` of a tally in ``sent`` the members :func:`with_sides` reads
    after token ``start``, its quote running to the last of them."""
    sides, last = with_sides(sent, cx, start)
    for key, members in sides.items():
        f.roles[key] = _uniq(f.roles.get(key, []) + members)
    if last >= 0:
        f.tokens.append(last)


def among_voters(verb: Token, cx: Context) -> tuple[list[Known], list[int]]:
    """The members said to be among those that voted as ``verb`` says ("Poland, Estonia
    and Romania were among the countries that abstained"): ``verb`` a relative clause on
    a noun of :data:`MEMBER_NOUNS` that 'among' governs, the members the subject of the
    clause 'among' belongs to. Returns (members, the tokens that tell it) or ([], [])."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in MEMBER_NOUNS or noun.dep_ != "pobj" or \
            noun.head.lower_ != "among":
        return [], []
    clause = noun.head.head
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    members = [e for s_ in subj for e in cx.entities(s_) if e.type in MEMBER_KINDS]
    return _uniq(members), [*(t.i for s_ in subj for t in s_.subtree), clause.i, noun.head.i, noun.i]


#: Verbs of a vote cast, whose gerund after "joining ... in" tells the side ("in voting no").
CAST_VERBS = {"vote", "abstain"}


def joined_vote_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Joining the United States and Israel in voting no this time were Argentina and
    Hungary", "Peru joined Chile in abstaining": members who voted as others did, all
    on that side (:data:`SIDE_WORDS`) of the vote told before: a claim on that Vote
    (its ``fact`` the Vote's id; none before: nothing drafted) naming both the members
    joined (the verb's object) and those who joined them (its subject). [] for any
    other joining ("joined the talks", "joined Chile in imposing sanctions")."""
    if tok.pos_ != "VERB" or tok.lemma_ != "join":
        return []
    cast = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
            if g.dep_ in ("pcomp", "pobj") and g.lemma_ in CAST_VERBS]
    if not cast:
        return []
    key, end = side_at(cast[0].i, cast[0].sent.end, cx.doc)
    if key is None:
        return []
    joined = [o for o in tok.children if o.dep_ == "dobj"]
    voters = [e for w in joined + doers(tok) for e in cx.entities(w) if e.type in MEMBER_KINDS]
    if not voters:
        return []
    toks = [tok.i, end, *(t.i for w in joined + doers(tok) for t in w.subtree)]
    return [Fact("Vote", {key: _uniq(voters)}, tokens=toks, split=False, clause=False, refers=("fact", ("Vote",)))]


BALLOT_RULES = (joined_vote_rules,)
BALLOT_TRIGGERS = {"join"}
