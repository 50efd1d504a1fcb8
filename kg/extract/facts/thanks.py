"""One verb of judging, two addressees each with their own grounds: "thanked Tor Ashby for
his support and President Lina Varo for her leadership" is two thanks (CAMEO 051 'Praise
or endorse', one per addressee), each ``about`` its addressee with its own ``subject``,
never one Praise whose subject fuses the second name into the first one's grounds. The
parser hangs the second name on the first one's grounds ("support ... and Varo"), its
own 'for' phrase on it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _dated_preps, _text

#: Prepositions of the grounds of a judgement ("thanked X *for* his support").
GROUNDS_PREPS = ("for", "over")


def addressee_pairs(verb: Token, cx: Context) -> tuple[str, list[tuple[list, str, Token]]] | None:
    """The grounds of ``verb``'s first addressee and the further (addressee, grounds) pairs
    its 'for' phrase holds: ``(first grounds, [(entities, grounds, name token), ...])``
    when the phrase's object has conjuncts that name an actor with a grounds phrase of
    their own ("for his support and President Lina Varo for her leadership"); None
    otherwise (one addressee, or a list of grounds: "for his support and advice")."""
    for prep in _dated_preps(verb):
        if prep.lower_ not in GROUNDS_PREPS:
            continue
        pobj = [c for c in prep.children if c.dep_ == "pobj"]
        if not pobj:
            return None
        pairs = []
        for c in pobj[0].conjuncts:
            # its own 'for' phrase, on the name or, as the parser often hangs it, on the first grounds or
            # the verb, after the name
            own = [p for p in [*c.children, *pobj[0].children, *verb.children] if p.dep_ == "prep"
                   and p.lower_ in GROUNDS_PREPS and p.i > c.i]
            named = cx.entities(c, conj=False)
            if not own or not named:
                continue
            sub = list(own[0].subtree)[1:]
            if sub:
                pairs.append((named, _text(verb.doc, sub), c))
        if not pairs:
            return None
        first = min(p[2].left_edge.i for p in pairs)
        cc = [t for t in pobj[0].children if t.dep_ == "cc" and t.i < first]
        end = (cc[0].i if cc else first) - 1
        while end > pobj[0].left_edge.i and verb.doc[end].is_punct:
            end -= 1
        return _text(verb.doc, verb.doc[pobj[0].left_edge.i: end + 1]), pairs
    return None


def split_addressees(f: Fact, verb: Token, cx: Context) -> list[Fact]:
    """``f`` (a Praise, Criticism or Accusation drafted from ``verb``) and one more fact of
    its kind for each further addressee :func:`addressee_pairs` finds, each with its own
    ``about`` and ``subject``; ``f`` keeps the first addressee's grounds. ``[f]`` when the
    verb has one addressee."""
    found = addressee_pairs(verb, cx)
    if found is None:
        return [f]
    grounds, pairs = found
    taken = {e.id for _, _, c in pairs for e in cx.entities(c, conj=False)}
    f.roles["about"] = [e for e in f.roles.get("about", []) if e.id not in taken]
    if not f.roles["about"]:
        del f.roles["about"]
    f.attrs["subject"] = grounds
    out = [f]
    for named, words, _ in pairs:
        g = Fact(f.type, {**({"speaker": f.roles["speaker"]} if "speaker" in f.roles else {}), "about": named},
                 {"subject": words}, tokens=list(f.tokens), statement=f.statement, said=f.said)
        g.qualified = dict(f.qualified)
        out.append(g)
    return out
