"""Facts about a person that news states in passing, beside the name: the person's
occupation ("Karim Khan, a British lawyer", "journalist Lea Moro"), and the citizenship a
demonym on that occupation gives ("a British lawyer", "American reporter X").

A post in a named state or body ("the court's prosecutor") is a PositionHeld, which the
title rules draft; an occupation is an employee's job, no post of leadership, with the
body that employs the person where one is named ("Jorge Leon, an analyst at Rystad
Energy": gkg:Occupation with gkg:employer, Wikidata P106 occupation and P108 employer;
corpus/CLAIMS.md, "Jorge Leon, an analyst at Rystad Energy").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, _uniq, subjects
from kg.extract.lexicon import EMPLOYEE_NOUNS, OCCUPATION_NOUNS  # noqa: F401 (re-exported for the rules)
from kg.extract.mentions import TITLES

#: Adjectives that say the occupation is no longer practised -> the status CLAIMS.md gives.
PAST = {"former": "ended", "ex": "ended", "retired": "retired"}

#: Prepositions that tie an occupation to a named body: a post there, or for the nouns of
#: :data:`EMPLOYEE_NOUNS`, the body that employs the person.
BODY_PREPS = {"at", "for", "from", "of", "with", "in"}


#: Classes of entity that are no employer: the places a "from" or "in" gives ("an expert from
#: France", "a professor in Paris": where the person is from or works, not who employs them).
NOT_EMPLOYERS = {"State", "City", "Place", "Site", "Region", "Person"}


def _titled(tok: Token) -> bool:
    """True when the noun, alone or with the word before it, is a title of
    :data:`~kg.extract.mentions.TITLES` ("analyst", "senior fellow"): the title rules draft
    it, and :func:`employee_occupations` makes it an occupation."""
    prev = tok.doc[tok.i - 1].lower_ + " " if tok.i else ""
    return tok.lower_ in TITLES or f"{prev}{tok.lower_}" in TITLES


def employee_occupations(facts: list[Fact]) -> list[Fact]:
    """The posts the title rules drafted whose title is an employee's job of
    :data:`EMPLOYEE_NOUNS` ("Morgan Michaels, an analyst from the IISS", "senior fellow
    X of the Y Institute") made ``Occupation`` facts: ``person`` the holder,
    ``employer`` the body the post was of, ``occupation`` the title's words in lower
    case; status kept. A research or news job is no post of leadership, which
    PositionHeld (and the ``leaders`` query) is for (corpus/CLAIMS.md; gkg:employer).
    Input and output: the drafted facts, changed in place and returned."""
    for f in facts:
        title = str(f.attrs.get("title", "")).lower()
        if f.type != "PositionHeld" or not title or title.split()[-1] not in EMPLOYEE_NOUNS:
            continue
        f.type = "Occupation"
        f.roles = {"person": f.roles["holder"], **({"employer": f.roles["positionOf"]} if "positionOf" in f.roles else {})}
        f.attrs = {"occupation": title, **({"status": f.attrs["status"]} if "status" in f.attrs else {})}
        f.read_as = {("employer" if k == "positionOf" else k): v for k, v in f.read_as.items()}
        f.from_context = {("employer" if k == "positionOf" else k): v for k, v in f.from_context.items()}
    return facts


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
    on the noun names ("a British lawyer", "American reporter X"). An employee's noun of
    :data:`EMPLOYEE_NOUNS` tied by a preposition to a named body that is no place ("a
    professor at Port Vale University", "a correspondent for Al Jazeera") takes the body
    as ``employer``. Input: a token of the parsed article and its :class:`Context`;
    output: the facts, or [] when the noun is no occupation of :data:`OCCUPATION_NOUNS`
    nor :data:`EMPLOYEE_NOUNS`, is in the plural ("journalists"), names no person, is an
    employee's noun with no employer named ("an expert"), or is tied to a named body
    otherwise ("a lawyer for Chile": a post; "an analyst at X", a title: the title rules
    draft it, :func:`employee_occupations` makes it an occupation)."""
    common = tok.tag_ == "NN" or (tok.tag_ == "NNP" and not tok.ent_type_ and tok.i not in cx.at)  # "Journalist X"
    noun = tok.lemma_.lower()
    if not common or (noun not in OCCUPATION_NOUNS and noun not in EMPLOYEE_NOUNS):
        return []
    bodies = [e for c in tok.children if c.dep_ == "prep" and c.lower_ in BODY_PREPS
              for o in c.children if o.dep_ == "pobj" for e in cx.entities(o)]
    employers = _uniq([e for e in bodies if e.type not in NOT_EMPLOYERS])
    if bodies and (noun not in EMPLOYEE_NOUNS or not employers or _titled(tok)):
        return []  # "a lawyer for Chile": a post; "an analyst at X": the title rules' (employee_occupations)
    if not bodies and noun not in OCCUPATION_NOUNS:
        return []  # "an expert", no employer named: no occupation news states as one
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
    roles = {"person": people, **({"employer": employers} if employers else {})}
    if employers:  # "an analyst at the X Institute": the body's name is quoted too
        spans += [t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in BODY_PREPS for t in c.subtree]
    f = Fact("Occupation", roles, {"occupation": occupation}, tokens=spans, clause=False)
    # "a career diplomat who served as ambassador from 2016": the date is the clause's post, not the occupation's
    f.undated = any(c.dep_ in ("relcl", "acl") for c in tok.children)
    status = [PAST[c.lower_] for c in mods if c.lower_ in PAST]
    if status:
        f.attrs["status"] = status[0]
    out = [f]
    states = _uniq([e for c in mods if c.dep_ in ("amod", "compound", "nmod") and c.i in cx.at
                    and cx.at[c.i].form == "demonym" for e in cx.at[c.i].entities if e.type == "State"])
    if len(states) == 1 and not status:  # "a Russian-American writer": two states, no reading
        out.append(Fact("Citizenship", {"citizen": people, "state": states}, tokens=spans, clause=False))
    return out
