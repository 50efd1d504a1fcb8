"""Acts others follow: "Portugal recognised Palestine. France and Belgium are expected to
follow", "Canada imposed sanctions on the firm; Australia followed suit": the act of the
fact just before, done again by each state that follows, its other roles kept."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, asked_to_act

#: Kinds of fact another state may follow, with the role of the one who acts.
FOLLOWED = {"Recognition": "recogniser", "Sanction": "authority", "Tariff": "authority",
            "DiplomaticExpulsion": "initiator", "Withdrawal": "withdrawing", "Membership": "member",
            "Support": "supporter", "ArmsTransfer": "supplier", "BorderClosure": "initiator"}
#: Keys of the act followed that are its own, not the follower's: its dates and stage.
OWN_KEYS = {"date", "startDate", "endDate", "period", "status", "_news_date"}
#: Prepositions that tell when or where a state follows, not what it follows with.
TIME_PLACE = {"at", "on", "in", "within", "after", "during", "before", "later", "soon"}


def _follows(tok: Token) -> bool:
    """'follow' with no object ("are expected to follow") or 'follow suit': not "followed
    the talks", "followed by", "followed with a statement", "follow up", "following the vote"."""
    if tok.lemma_ != "follow" or tok.pos_ != "VERB" or tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("prep", "acl", "amod"):
        return False
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "prt", "agent", "nsubjpass", "ccomp", "xcomp") and c.lower_ != "suit":
            return False
        if c.dep_ == "prep" and c.lower_ not in TIME_PLACE:
            return False  # "followed with a statement", "followed by talks"
    return True


def follower_facts(found: list[Fact], cx: Context) -> list[Fact]:
    """The facts of the states that follow the act drafted just before them, in the same
    sentence or the one before: one fact each, with the follower in the actor's role."""
    out = []
    for tok in cx.doc:
        if not _follows(tok):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        asked = asked_to_act(tok)
        if asked is not None:  # "urged Japan to follow suit": Japan would follow, not who urges it
            subj = asked
        elif not subj and tok.dep_ == "xcomp":  # "are expected to follow", "plans to follow": the subject above
            subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        followers = [e for s_ in subj for e in cx.entities(s_)]
        if not followers or any(e.type != "State" for e in followers):
            continue
        before = [f for f in found if f.trigger is not None and f.trigger.i < tok.i and f.type in FOLLOWED and
                  not f.negative and f.trigger.sent.start >= _sentence_before(tok).start]
        if not before:
            continue
        last = max(before, key=lambda f: f.trigger.i)
        role = FOLLOWED[last.type]
        acts = [f for f in before if f.trigger.i == last.trigger.i]
        if any(e.id in {x.id for f in acts for x in f.roles.get(role, [])} for e in followers):
            continue  # "Portugal recognised Palestine and Portugal followed": the act itself
        others = {k: v for k, v in last.roles.items() if k != role}
        if not others or any(e.id in {x.id for v in others.values() for x in v if hasattr(x, "id")} for e in followers):
            continue
        words = cx.doc[last.trigger.sent.start:last.trigger.sent.end].text.strip()
        for e in followers:
            f = Fact(last.type, {**others, role: [e]}, {k: v for k, v in last.attrs.items() if k not in OWN_KEYS},
                     tokens=[tok.i, *(t.i for s_ in subj for t in s_.subtree)], trigger=tok, split=False)
            f.read_as = {k: f"read from the act it follows: {words!r}" for k in others}
            f.qualified = {k: v for k, v in last.qualified.items() if k != role}
            out.append(f)
    return out


def _sentence_before(tok: Token):
    """The sentence before the token's, or its own when it is the first."""
    return tok.doc[tok.sent.start - 1].sent if tok.sent.start > 0 else tok.sent
