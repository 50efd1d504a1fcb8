"""Control named by the role of a power: "France, Niger's former colonial power", "Israel,
as the occupying power in Gaza", "Britain, the former colonial ruler of Kenya". Each is a
``Control`` (Wikidata "controlled by", P1546's inverse; "occupation", Q188686; a colony's
"colonial power") with ``controlForm: colonial`` or ``occupation`` and, for a *former*
power, ``status: ended``, as corpus/CLAIMS.md writes a colonial past.

The power is the name the noun stands beside (an apposition, "as the ...", "is the ...");
what it controls is its possessor or 'of' / 'over' / 'in' phrase. A former colonial power
with none ("France, the former colonial power, suspended aid") is the power of the other
of the two states the article is about, when it is one of them, as a reader takes it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, preps, subjects

#: Nouns of a power that rules another land.
POWER_NOUNS = {"power", "ruler", "master", "overlord"}
#: Words that make a power a colonial or an occupying one, and the control form each names.
POWER_FORMS = {"colonial": "colonial", "occupying": "occupation", "occupation": "occupation"}
#: Who may hold a land: a state (or a body acting for one).
CONTROLLERS = ("State", "Government", "ArmedForces", "MilitaryGovernment")
#: What a power may hold.
HELD = ("State", "Region", "City", "Place")


def _form(noun: Token) -> tuple[str, bool] | None:
    """The control form a power noun's modifiers give ("colonial", "occupying") and whether
    it is a former one ("former", "ex-"), or None when it is no such power."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    form = next((POWER_FORMS[m.lower_] for m in mods if m.lower_ in POWER_FORMS), None)
    if form is None:
        return None
    return form, any(m.lower_ in ("former", "ex", "erstwhile", "one-time") for m in mods)


def _holder(noun: Token) -> Token | None:
    """The word that names the power: the name the noun is in apposition to ("France, the
    former colonial power"), the subject of the verb "as the occupying power" hangs on or of
    a copula whose attribute the noun is ("Israel is the occupying power")."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subj = subjects(noun.head)
        return subj[0] if subj else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
        subj = [s for s in subjects(noun.head.head) if s.dep_ != "nsubjpass"]
        return subj[0] if subj else None
    return None


def power_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Control from a colonial or occupying power noun (see :func:`_form`, :func:`_holder`):
    ``controller`` the state the noun stands for, ``controlled`` its possessor or the land
    of its 'of' / 'over' / 'in' phrase, ``controlForm``, ``status: ended`` for a former
    power. Returns [] or one fact; [] for a power that names no state ("the great powers"),
    or one whose land neither its words nor the article's pair of states give (the pair
    only for a power whose words name no land at all: "the former colonial power in the
    region" is not of the other state)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in POWER_NOUNS:
        return []
    found = _form(tok)
    holder = _holder(tok) if found else None
    if holder is None:
        return []
    form, former = found
    ruler = [e for e in cx.entities(holder, conj=False) if e.type in CONTROLLERS]
    if len(ruler) != 1:
        return []
    whose = [c for c in tok.children if c.dep_ == "poss"] + preps(tok, {"of", "over", "in"})
    held = [e for w in whose for e in cx.entities(w, conj=w.dep_ != "poss")]
    held = [e for e in held if e.type in HELD and e.id != ruler[0].id]
    read_as = {}
    # only a power that names no land at all is the other state's ("in the region" names one, unresolved)
    if not whose and form == "colonial" and former and cx.pair and ruler[0].id in {e.id for e in cx.pair}:
        held = [e for e in cx.pair if e.id != ruler[0].id]  # "France, the former colonial power": of the article's other state
        read_as["controlled"] = "the other of the two states the article is about"
    if len(held) != 1:
        return []
    f = Fact("Control", {"controller": ruler, "controlled": held}, {"controlForm": form},
             tokens=[holder.i, *(t.i for t in tok.subtree)], trigger=tok, clause=False, undated=True, read_as=read_as)
    if former:
        f.attrs["status"] = "ended"
    return [f]
