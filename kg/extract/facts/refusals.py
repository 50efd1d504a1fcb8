"""Entry or visas refused to named people or a group ("the government refused visas to
Israel's gymnastics team for the world championships", "Malaysia denied the swimmers
entry", "Jakarta said it would not admit the delegation", "barred the team from
entering the country", "Among those kept out is A"): an ``AccessGrant`` with ``polarity:
negative`` (corpus/CLAIMS.md: "Refused access is `polarity: negative`"; ``kg vocabulary
AccessGrant``, CAMEO 086 'allow international involvement' refused): who refused it
(``grantedBy``, a state or body, the subject), who was refused (``grantedTo``: a named
entity, or an unnamed group of the state a possessor or demonym names, ``{actor: unnamed
gymnastics team, of: Israel}``), what it was for in words (``accessTo``: 'visas for the
world championships').

An entry ban on the citizens of states ("barred citizens of 12 countries from entering")
is a sanction of its own kind (:mod:`kg.extract.facts.entry_bans`), as is a named person
banned from entering a state as a measure against them
(:func:`kg.extract.facts.agreements.ban_rules`): neither is drafted here. Refused
recognition, a refused request or "would not admit wrongdoing" are no access.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import NOT_ACTORS, Context, Fact, _uniq, _unnamed_people, doers, preps

#: Verbs of refusing what lets people in ("refused visas", "denied entry").
REFUSE_VERBS = {"refuse", "deny", "withhold"}
#: What such a verb refuses when it refuses access (Wikidata Q133311 visa).
ACCESS_NOUNS = {"visa", "entry", "admission", "access", "accreditation", "permit"}
#: Verbs of letting in, refused when negated ("would not admit the delegation").
ADMIT_VERBS = {"admit", "let", "allow"}
#: Verbs of keeping out with their particle ("kept X out", "turned X away").
KEEP_OUT = {"keep": ("out",), "turn": ("away", "back")}
#: Verbs of barring whose 'from entering' keeps a group out ("barred the team from entering").
BAR_VERBS = {"bar", "ban", "block", "stop", "prevent"}
#: Nouns of a group of people who travel together to an event or a mission, refused as a
#: group: no sanction's target.
GROUP_NOUNS = {"team", "delegation", "squad", "athlete", "player", "gymnast", "swimmer", "journalist", "reporter",
               "observer", "monitor", "inspector", "crew", "member", "official", "delegate", "fan", "supporter",
               "competitor", "artist", "band", "choir", "orchestra", "troupe", "pilgrim", "activist", "lawmaker"}
#: Words by which 'those' kept out are named ("Among those kept out is A").
THOSE_WORDS = {"those", "people", "athletes", "members"}


def group_refused(noun: Token) -> bool:
    """Whether ``noun`` is a noun of :data:`GROUP_NOUNS` (a team, a delegation)."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in GROUP_NOUNS


def _refused_to(noun: Token, cx: Context) -> tuple[list, tuple | None]:
    """Who ``noun`` (the object refused entry) names: (named entities, None), or for a
    group noun of no name (["Israel's gymnastics team"]) ([], ('unnamed gymnastics team',
    Israel or None)); ([], None) when neither."""
    if group_refused(noun):
        named = [e for e in cx.entities(noun) if e.type not in NOT_ACTORS and e.type != "State"]
        if named:
            return _uniq(named), None
        words, state = _unnamed_people(noun, cx)
        if state is None and noun.dep_ == "compound":  # "denied the Israeli swimmers entry": the demonym on 'entry'
            state = next((m.entity for c in noun.head.children if c.dep_ in ("amod", "poss") and c.i < noun.i
                          for m in [cx.at.get(c.i)] if m is not None and m.entity.type == "State"), None)
        return [], (words, state)
    named = [e for e in cx.entities(noun) if e.type not in NOT_ACTORS]
    return _uniq(named), None


def _purpose(toks: list[Token]) -> tuple[str | None, list[int]]:
    """The event access was sought for: the first 'for' phrase on ``toks`` ("for the world
    championships"), its noun phrase without the clauses on it; (words, tokens)."""
    for h in toks:
        for o in preps(h, {"for"}):
            if o.pos_ == "PRON":
                continue
            clause = {t.i for c in o.children if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
            words = [t for t in o.subtree if t.i not in clause and t.i <= max(x.i for x in o.subtree)]
            words = [t for t in words if t.i >= o.left_edge.i]
            while words and words[-1].is_punct:
                words.pop()
            if words and len(words) <= 12:
                return f"for {o.doc[words[0].i: words[-1].i + 1].text}", [o.head.i, *(t.i for t in words)]
    return None, []


def _fact(verb: Token, refused: Token, what: Token | None, cx: Context, extra: list[int]) -> list[Fact]:
    """The AccessGrant refused by ``verb``'s subject to ``refused`` (a noun), of ``what``
    (the noun of what was refused, or None), the tokens ``extra`` quoted besides."""
    named, unnamed = _refused_to(refused, cx)
    if not named and unnamed is None:
        return []
    by = [e for s_ in doers(verb) for e in cx.entities(s_) if e.type not in NOT_ACTORS + ("Person",)]
    roles = {"grantedTo": named} if named else {}
    if by:
        roles["grantedBy"] = _uniq(by)[:1]
    attrs = {}
    words, ptoks = _purpose([x for x in (what, refused, verb) if x is not None])
    if what is not None:
        attrs["accessTo"] = f"{what.text} {words}" if words else what.text
    elif words:
        attrs["accessTo"] = words
    f = Fact("AccessGrant", roles, attrs, tokens=[verb.i, *(t.i for t in refused.subtree), *extra, *ptoks],
             split=False)
    if unnamed is not None:
        f.qualified["grantedTo"] = (unnamed[0], unnamed[1])
        if unnamed[1] is not None:
            f.members_of.add("grantedTo")
    return [f]


def refused_entry_rules(tok: Token, cx: Context) -> list[Fact]:
    """``tok`` a verb. "X refused visas to Y", "X denied Y entry", "refused entry to Y",
    "X would not admit Y" (negated: the engine writes the polarity), "kept Y out",
    "turned Y away", "barred the team from entering the country": an AccessGrant refused
    (``negative``) to Y by X. Output: [] or one fact."""
    if tok.pos_ != "VERB":
        return []
    lemma = tok.lemma_.lower()
    if lemma in REFUSE_VERBS:
        what = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ACCESS_NOUNS),
                    None)
        if what is None:
            return []
        to = preps(what, {"to"}) + preps(tok, {"to"}) + [c for c in tok.children if c.dep_ == "dative"]
        # "denied the Israeli swimmers entry": the parser may read the people as the noun's modifier
        to += [c for c in what.children if c.dep_ == "compound" and group_refused(c)]
        if not to:
            return []
        f = _fact(tok, to[0], what, cx, [what.i])
        for x in f:
            x.negative = True
        return f
    if lemma in ADMIT_VERBS:
        if not any(c.dep_ == "neg" for c in tok.children):
            return []  # let in: granted, not refused; "refused to admit" is the refusal's modality
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or lemma in ("let", "allow") and not any(
                c.lower_ in ("in", "into", "entry") for c in tok.subtree if c.i > obj.i):
            return []
        if not (group_refused(obj) or any(e.type in ("Person", "Organisation") for e in cx.entities(obj))):
            return []  # "would not admit wrongdoing": no one kept out
        return _fact(tok, obj, None, cx, [])
    if lemma in KEEP_OUT:
        if not any(c.dep_ in ("prt", "advmod") and c.lower_ in KEEP_OUT[lemma] for c in tok.children):
            return []
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or obj.lower_ in THOSE_WORDS:
            return []
        f = _fact(tok, obj, None, cx, [c.i for c in tok.children if c.lower_ in KEEP_OUT[lemma]])
        for x in f:
            x.negative = True
        return f
    if lemma in BAR_VERBS:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        entering = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                    if g.lemma_.lower() in ("enter", "come", "travel", "attend")]
        if obj is None or not entering or not group_refused(obj):
            return []
        f = _fact(tok, obj, None, cx, [t.i for g in entering for t in g.subtree])
        for x in f:
            x.negative = True
        return f
    return []


def among_kept_out_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Among those kept out is A", "Among those refused entry were A and B": ``tok`` the
    participle on 'those' that 'among' brings in before a copula whose subject names
    people. Output: [] or one AccessGrant claim refused to the named people
    (``grantedTo``, ``negative``) on the refusal told before (``refers``)."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or tok.head.lower_ not in THOSE_WORDS:
        return []
    lemma = tok.lemma_.lower()
    kept = lemma in KEEP_OUT and any(c.dep_ in ("prt", "advmod") and c.lower_ in KEEP_OUT[lemma] for c in tok.children)
    refused = lemma in REFUSE_VERBS and any(c.lemma_.lower() in ACCESS_NOUNS for c in tok.children)
    if not (kept or refused):
        return []
    those = tok.head
    if not (those.dep_ == "pobj" and those.head.lower_ == "among" and those.head.head.lemma_ == "be"):
        return []
    named = [c for c in those.head.head.children if c.dep_ in ("nsubj", "attr")]
    people = _uniq([e for n in named for e in cx.entities(n) if e.type == "Person"])
    if not people:
        return []
    toks = [those.head.i, those.i, *(t.i for t in tok.subtree), those.head.head.i,
            *(t.i for n in named for t in n.subtree if t.i in cx.at and cx.at[t.i].form == "name"
              and cx.at[t.i].entity in people)]
    f = Fact("AccessGrant", {"grantedTo": people}, tokens=toks, split=False, clause=False, undated=True,
             refers=("fact", ("AccessGrant",)))
    f.negative = True
    return [f]


#: The words :func:`refused_entry_rules` and :func:`among_kept_out_rules` start from.
REFUSAL_TRIGGERS = REFUSE_VERBS | ADMIT_VERBS | set(KEEP_OUT) | BAR_VERBS
