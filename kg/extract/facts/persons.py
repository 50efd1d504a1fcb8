"""Facts about a person that news states in passing, beside the name: the person's
occupation ("Karim Khan, a British lawyer", "journalist Lea Moro"), and the citizenship a
demonym on that occupation gives ("a British lawyer", "American reporter X").

A post in a named state or body ("the court's prosecutor", "an analyst at the
International Crisis Group") is a PositionHeld, which the title rules draft; an occupation
is what is left when no body is named (gkg:Occupation, Wikidata P106 occupation;
corpus/CLAIMS.md, "An occupation").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, subjects

#: Occupations and professions news gives beside a name, outside any post (Wikidata P106
#: values of the kind): no title of office, which :mod:`~kg.extract.facts.offices` reads.
OCCUPATION_NOUNS = {
    "lawyer", "attorney", "barrister", "solicitor", "jurist", "journalist", "reporter", "correspondent",
    "photographer", "photojournalist", "blogger", "editor", "broadcaster", "columnist", "activist", "campaigner",
    "dissident", "businessman", "businesswoman", "entrepreneur", "tycoon", "magnate", "oligarch", "billionaire",
    "banker", "investor", "economist", "academic", "scholar", "researcher", "scientist", "physicist", "historian",
    "writer", "author", "novelist", "poet", "artist", "musician", "singer", "filmmaker", "actor", "actress",
    "doctor", "physician", "surgeon", "nurse", "engineer", "pilot", "priest", "cleric", "imam", "rabbi", "pastor",
    "monk", "nun", "teacher", "lecturer", "farmer", "diplomat", "translator", "footballer", "athlete",
}

#: Adjectives that say the occupation is no longer practised -> the status CLAIMS.md gives.
PAST = {"former": "ended", "ex": "ended", "retired": "retired"}

#: Prepositions that tie an occupation to a named body, making it a post there.
BODY_PREPS = {"at", "for", "from", "of", "with", "in"}


def _holders(tok: Token, cx: Context) -> list:
    """The persons an occupation noun is said of: the name it stands in apposition to
    ("Khan, a British lawyer"), the name it precedes ("journalist Lea Moro"), the subject
    of a copula ("Moro is a lawyer"), or a name in apposition to it ("a lawyer, Lea
    Moro"). Persons only; [] when the noun is said of nothing named."""
    people: list[Token] = []
    if tok.dep_ in ("appos", "compound"):
        people.append(tok.head)
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
        people += subjects(tok.head)
    people += [c for c in tok.children if c.dep_ == "appos"]
    return _uniq([e for p in people for e in cx.entities(p, conj=False) if e.type == "Person"])


def occupation_rules(tok: Token, cx: Context) -> list[Fact]:
    """"Karim Khan, a British lawyer", "journalist Lea Moro", "Tor Ashby is a retired
    diplomat": an ``Occupation`` of the person (``person``), ``occupation`` the noun with
    the nouns compounded before it ("human rights lawyer"), status ``ended`` for "former",
    ``retired`` for "retired"; and a ``Citizenship`` of the person in the state a demonym
    on the noun names ("a British lawyer", "American reporter X"). Input: a token of the
    parsed article and its :class:`Context`; output: the facts, or [] when the noun is no
    occupation of :data:`OCCUPATION_NOUNS`, is in the plural ("journalists"), names no
    person, or is tied to a named body by a preposition ("a lawyer for Chile", "an
    analyst at the Crisis Group": a post, PositionHeld, not an occupation)."""
    common = tok.tag_ == "NN" or (tok.tag_ == "NNP" and not tok.ent_type_ and tok.i not in cx.at)  # "Journalist X"
    if not common or tok.lemma_.lower() not in OCCUPATION_NOUNS:
        return []
    if any(c.dep_ == "prep" and c.lower_ in BODY_PREPS and any(cx.entities(o) for o in c.children if o.dep_ == "pobj")
           for c in tok.children):
        return []
    people = _holders(tok, cx)
    if not people:
        return []
    mods = [c for c in tok.children if c.i < tok.i]
    if tok.dep_ == "compound":  # "American journalist Lea Moro": the demonym hangs on the name
        mods += [c for c in tok.head.children if c.i < tok.i and c.dep_ in ("amod", "compound")]
    words = [t for c in mods if c.dep_ == "compound" and c.pos_ == "NOUN" for t in c.subtree if t.i not in cx.at] + [tok]
    occupation = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
    # the quote: the noun's own words, and the name it precedes ("American journalist Lea Moro")
    spans = [t.i for t in mods] + [tok.i] + ([tok.head.i] if tok.dep_ == "compound" else [])
    f = Fact("Occupation", {"person": people}, {"occupation": occupation}, tokens=spans, clause=False)
    status = [PAST[c.lower_] for c in mods if c.lower_ in PAST]
    if status:
        f.attrs["status"] = status[0]
    out = [f]
    states = _uniq([e for c in mods if c.dep_ in ("amod", "compound", "nmod") and c.i in cx.at
                    and cx.at[c.i].form == "demonym" for e in cx.at[c.i].entities if e.type == "State"])
    if len(states) == 1 and not status:  # "a Russian-American writer": two states, no reading
        out.append(Fact("Citizenship", {"citizen": people, "state": states}, tokens=spans, clause=False))
    return out
