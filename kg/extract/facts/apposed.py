"""What a phrase beside a person tells of that person, written without the person's name
(corpus/CLAIMS.md, "A person in hiding"; the keys of ``Age``, ``Occupation``,
``Location`` and ``Campaign``):

- "Frydnes described the 58-year-old industrial engineer as ...": a definite description
  of an age and a person's noun (an occupation of :data:`~kg.extract.lexicon.OCCUPATION_NOUNS`
  or one of :data:`PERSON_NOUNS`; "the 40-year-old bridge" is none), with no name, that takes
  up the person the article is about: of those named before it, the one it names most often
  (the first named, of several as often), other than the subject of the verb the
  description is the object of (who describes is not who is described). An ``Age``
  (``years``) of that person and, for an occupation, an ``Occupation`` (``occupation``: the
  noun with the words before it, "industrial engineer");
- "X, the opposition leader who has lived in hiding for more than a year", "X has gone
  into hiding", "X is in hiding": a ``Location`` of the person (``located``) with
  ``placeUndisclosed: true`` and ``description: in hiding``, no ``place`` made up;
  "came out of hiding" (hiding ended) and "hiding weapons" (a verb of concealing
  things) draft nothing;
- "X, who had openly campaigned for the award", "X campaigned for the release of Y": a
  ``Campaign`` (CAMEO 053, PLOVER SUPPORT, as ontology/geopolitics.ttl maps it) organised
  by the person or body (``organiser``), its aim the words after 'for' (``subject``); a
  campaign for a person ("campaigned for Ana Kell", an election candidate) and one 'in' a
  place draft nothing of the kind.

Input of each rule: a token of the parsed article and its :class:`Context`; output: the
facts (``Fact``), or [] when the words are not of the construction.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, subjects
from kg.extract.lexicon import OCCUPATION_NOUNS

#: Nouns of a person that a definite description with an age may end in, besides the
#: occupations ("the 58-year-old opposition leader", "the 30-year-old man").
PERSON_NOUNS = {"man", "woman", "leader", "politician", "lawmaker", "candidate", "dissident", "laureate", "official",
                "mother", "father", "veteran", "opponent", "critic"}
#: Verbs of dwelling whose 'in hiding' says where the subject is ("lived in hiding").
DWELL_VERBS = {"live", "be", "remain", "stay", "spend"}
#: Verbs of going whose 'into hiding' says the subject hid ("went into hiding").
GO_VERBS = {"go", "flee", "slip", "retreat", "disappear"}


def _person_of(tok: Token, cx: Context):
    """The person ``tok`` names: its mention, or through an apposition the name it
    describes ("X, the opposition leader who ...": 'leader' stands for X). None else."""
    for t in (tok, tok.head if tok.dep_ == "appos" else None):
        if t is None:
            continue
        people = [e for e in cx.entities(t, conj=False) if e.type == "Person"]
        if len(people) == 1:
            return people[0]
    return None


def aged_description_rules(tok: Token, cx: Context) -> list[Fact]:
    """"the 58-year-old industrial engineer" (``tok`` the 'old' of 'N-year-old'), the object
    of a verb, with no name after it: the ``Age`` and the ``Occupation`` of the person it
    takes up (module docstring). Nothing when a name follows ("the 79-year-old X", read by
    :func:`~kg.extract.facts.offices.age_facts`), when the noun is in the plural, or when
    no one person or several are named before."""
    doc = cx.doc
    i = tok.i
    if tok.lower_ != "old" or i < 5 or [t.lower_ for t in doc[i - 3:i]] != ["-", "year", "-"] or \
            not doc[i - 4].text.isdigit():
        return []
    years = int(doc[i - 4].text)
    if not 0 < years < 120 or i - 5 < 0 or doc[i - 5].lower_ != "the":
        return []
    noun = tok.head
    if noun.i <= i or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.dep_ not in ("dobj", "pobj", "nsubj") or \
            noun.lemma_.lower() not in OCCUPATION_NOUNS | PERSON_NOUNS:
        return []  # "the 40-year-old bridge": no person
    if noun.i + 1 < len(doc) and (noun.i + 1) in cx.at:
        return []  # "the 58-year-old engineer Ana Kell": the name's own, read by age_facts
    if any(k in cx.at for k in range(i - 5, noun.i + 1)):
        return []
    verb = noun.head if noun.dep_ != "pobj" else noun.head.head
    own = {e.id for s in subjects(verb) for e in cx.entities(s)} if noun.dep_ != "nsubj" else set()
    before = [m for m in cx.mentions if m.end <= i - 5 and m.entity.type == "Person" and m.entity.id not in own]
    if not before:
        return []
    # the person the article is about: named most often in it, else first (its lead names them)
    count: dict[str, int] = {}
    for m in cx.mentions:
        if m.entity.type == "Person":
            count[m.entity.id] = count.get(m.entity.id, 0) + 1
    first = {}
    for m in before:
        first.setdefault(m.entity.id, (m.start, m.entity))
    person = max(first.values(), key=lambda p: (count[p[1].id], -p[0]))[1]
    tokens = list(range(i - 5, noun.i + 1))
    out = [Fact("Age", {"person": [person]}, {"years": years}, tokens=tokens, trigger=tok, clause=False)]
    if cx.published:
        out[0].attrs["date"] = cx.published.isoformat()
    if noun.lemma_.lower() in OCCUPATION_NOUNS:
        words = [t.lower_ for t in doc[i + 1:noun.i + 1] if t.is_alpha]
        out.append(Fact("Occupation", {"person": [person]}, {"occupation": " ".join(words)}, tokens=tokens,
                        trigger=tok, clause=False, undated=True))
    return out


def hiding_rules(tok: Token, cx: Context) -> list[Fact]:
    """"who has lived in hiding", "is in hiding", "went into hiding" (``tok`` the noun
    'hiding' after 'in' or 'into'): a ``Location`` of the person the verb's subject names,
    with ``placeUndisclosed`` and ``description: in hiding`` (module docstring)."""
    doc = cx.doc
    if tok.lower_ != "hiding" or tok.i < 1 or doc[tok.i - 1].lower_ not in ("in", "into"):
        return []
    prep = doc[tok.i - 1]
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in (DWELL_VERBS if prep.lower_ == "in" else GO_VERBS):
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    people = [p for s in subjects(verb) if (p := _person_of(s, cx)) is not None]
    if len(people) != 1:
        return []
    f = Fact("Location", {"located": people}, {"placeUndisclosed": True, "description": "in hiding"},
             tokens=[t.i for t in verb.subtree if t.i >= min(verb.i, prep.i) and t.i <= tok.i] +
             ([c.i for c in verb.children if c.dep_ in ("nsubj", "aux") and c.lower_ in ("who", "has", "had", "have")]),
             trigger=tok, clause=False)
    return [f]


def campaigned_rules(tok: Token, cx: Context) -> list[Fact]:
    """"X, who had openly campaigned for the award", "X campaigned for the release of Y"
    (``tok`` the verb 'campaign'): a ``Campaign`` organised by the subject (a person or a
    body), its aim the words after 'for' (module docstring)."""
    if tok.lemma_.lower() != "campaign" or tok.pos_ != "VERB":
        return []
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "NOUN" or obj.i in cx.at:
        return []  # "campaigned for Ana Kell": a candidate's supporter, no campaign of its own
    organisers = [e for s in subjects(tok) for e in cx.entities(s)]
    if len(organisers) != 1:
        return []
    subject = cx.doc[obj.left_edge.i:obj.right_edge.i + 1].text
    return [Fact("Campaign", {"organiser": organisers}, {"subject": subject},
                 tokens=list(range(tok.i, obj.right_edge.i + 1)), trigger=tok, clause=True)]


RULES = (aged_description_rules, hiding_rules, campaigned_rules)
TRIGGERS = {"old", "hiding", "campaign", "campaigned"}
