"""A concession or lease signed between a public owner and a company ("CMA CGM and Syria's
port authority signed a 30-year concession contract for the container terminal", "Peru
signed a 25-year lease of the port of Ilo with Vell Logistics"): a ``Lease`` of the state
or public body (``lessor``) to the company (``lessee``) of the place named (``leased``,
when the registry knows it), its length in ``duration`` ('30 years') and ``status:
signed``, as corpus/CLAIMS.md writes a lease or concession. Wikidata's "concession"
(Q1199497) and "lease" (Q188301) name the contract; FollowTheMoney writes its parties as
a contract's authority and awardee.

Which side leases: a state, a government, or a body whose own name makes it a public
authority ("Port Authority", "Ministry of Transport") is the lessor; the other party the
lessee. Two companies, or parties the text does not tell apart, draft nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, doers, preps

#: Nouns of the contract signed: "a concession contract", "a 25-year lease".
LEASE_NOUNS = {"concession", "lease"}
#: Verbs of concluding it.
SIGN_VERBS = {"sign", "conclude", "award", "grant"}
#: Words of a public body's own name: what makes a party the one that leases out.
PUBLIC_WORDS = {"authority", "ministry", "government", "administration", "agency", "state"}
#: Classes that are public owners by kind.
PUBLIC_TYPES = ("State", "Government", "Ministry")
#: Classes a lease may be of.
LEASED_TYPES = ("Site", "City", "Place", "Asset", "Region", "State")
LEASE_TRIGGERS = set(SIGN_VERBS)


def _public(e) -> bool:
    """Whether the entity ``e`` leases out: a state or government, or its name a public body's."""
    return e.type in PUBLIC_TYPES or bool({w.lower() for w in e.label.split()} & PUBLIC_WORDS)


def _length(noun: Token) -> str | None:
    """The length "a 30-year concession" gives: '30 years'; None when none is said."""
    for c in noun.children:
        if c.lemma_ == "year":
            num = [n for n in c.children if n.dep_ == "nummod" and n.like_num]
            if num:
                return f"{num[0].text} years"
    return None


def lease_rules(tok: Token, cx: Context) -> list[Fact]:
    """A concession or lease signed: ``tok`` a verb of :data:`SIGN_VERBS` whose object is
    (or has as compound) a noun of :data:`LEASE_NOUNS`, its parties the subject and 'with',
    one public (:func:`_public`), the other not. Output: [] or one Lease (``lessor``,
    ``lessee``, ``leased`` when named, ``duration``, ``status: signed``)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in SIGN_VERBS:
        return []
    noun = next((o for o in tok.children if o.dep_ == "dobj" and (
        o.lemma_ in LEASE_NOUNS or any(c.dep_ == "compound" and c.lemma_ in LEASE_NOUNS for c in o.children))), None)
    if noun is None:
        return []
    # every party the subject lists ("The French group X and Peru's Port Authority"), not a demonym's state
    parties = _uniq([e for s_ in doers(tok) for e in cx.entities(s_)] +
                    [m.entity for s_ in doers(tok) for t in s_.subtree if t.dep_ != "amod"
                     for m in [cx.at.get(t.i)] if m is not None] +
                    [e for o in preps(tok, {"with", "to"}) for e in cx.entities(o)])
    parties = [e for e in parties if e.type not in ("Person", "City", "Site", "Place", "Region")]
    lessor = [e for e in parties if _public(e)]
    states = [e for e in lessor if e.type == "State"]
    if len(lessor) > 1 and states:  # "Peru's Port Authority": the body leases, for the state it belongs to
        lessor = [e for e in lessor if e.type != "State"]
    lessee = [e for e in parties if not _public(e)]
    if len(lessor) != 1 or len(lessee) != 1:
        return []
    # the state a public body belongs to is no third party: "Peru's Port Authority"
    leased = _uniq([m.entity for o in preps(noun, {"for", "of", "on", "over"}) for t in o.subtree
                    for m in [cx.at.get(t.i)] if m is not None and m.entity.type in LEASED_TYPES
                    and m.entity.id not in {lessor[0].id, lessee[0].id}])[-1:]
    attrs: dict = {"status": "signed"}
    if (length := _length(noun)) is not None:
        attrs["duration"] = length
    what = preps(noun, {"for", "of", "on", "over"})
    if not what:
        return []  # a lease of nothing the text names: no fact to draft (a Lease needs leased)
    attrs_more = {}
    if not leased:
        # "for the container terminal of the port of Latakia", an asset the registry lacks: the named
        # state it lies in as leased and the asset in words as placePart (corpus/CLAIMS.md, an unnamed
        # place within a named one)
        state = states[:1] or [s_ for e in lessor for s_ in [cx.resolver.state_of(e)] if s_ is not None][:1]
        if not state:
            return []
        leased = state
        attrs_more["placePart"] = " ".join(t.text for t in what[0].subtree if t.i != what[0].left_edge.i or t.dep_ != "det")
    attrs.update(attrs_more)
    roles = {"lessor": lessor, "lessee": lessee, **({"leased": leased} if leased else {})}
    return [Fact("Lease", roles, attrs, tokens=[tok.i, noun.i, *(o.i for o in what)])]
