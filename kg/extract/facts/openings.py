"""Openings: "Prime Minister Abiy Ahmed inaugurated the Grand Ethiopian Renaissance Dam",
"the president opened the new bridge": a ``Ceremony`` (Wikidata's inauguration, Q1417098,
a kind of ceremony) in which the subject takes part, its ``description`` the words of
what was opened. An embassy opened is a ``MissionOpening`` and talks opened a
``Negotiation``, read by their own rules; a person "inaugurated as president" is sworn in.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, objects, subjects

#: Verbs of opening a work to use with a ceremony; 'open' only with an object of
#: :data:`WORKS` ("opened fire", "opened an investigation" are no ceremony).
OPEN_VERBS = {"inaugurate", "open", "unveil", "commission"}
#: Works and sites opened with a ceremony (head nouns of the object).
WORKS = {"dam", "bridge", "plant", "port", "airport", "railway", "road", "highway", "pipeline", "stadium",
         "museum", "hospital", "terminal", "factory", "refinery", "station", "canal", "tunnel", "monument",
         "memorial", "mosque", "cathedral", "church", "temple", "university", "school",
         "reactor", "mine", "headquarters", "building", "centre", "center", "park", "hall", "corridor"}
#: Head nouns that are a work only as a proper name's head ("the Mombasa-Nairobi Line", "the
#: Ruppur Complex"): common, they are a credit line, a plan, a base lent to others.
NAMED_WORKS = {"line", "complex", "project", "base"}
#: Nouns whose opening is another kind of fact, read by its own rule.
NOT_WORKS = {"embassy", "consulate", "mission", "office", "talks", "negotiations", "investigation", "inquiry",
             "probe", "case", "fire", "session", "summit", "meeting", "conference", "border", "crossing"}


def opening_rules(tok: Token, cx: Context) -> list[Fact]:
    """A ``Ceremony`` of opening: a verb of :data:`OPEN_VERBS` in the active voice whose
    subject names one person or more (a state or body opening a work is left to others:
    who took part is unknown) and whose object is a work (a proper name, or a head noun
    of :data:`WORKS` for 'open' and 'commission', of :data:`NAMED_WORKS` only in a proper
    name; not "opened X to Y", access granted). The participants are the subject's
    people; ``description`` 'inauguration of <the object's words>'. Returns [] or one fact."""
    if tok.pos_ != "VERB" or tok.lemma_ not in OPEN_VERBS or any(c.dep_ == "nsubjpass" for c in tok.children):
        return []
    objs = [o for o in objects(tok) if o.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].lemma_ in NOT_WORKS:
        return []
    obj = objs[0]
    if obj.i in cx.at and cx.at[obj.i].entity.type == "Person":
        return []
    named = obj.pos_ == "PROPN"
    if tok.lemma_ != "inaugurate" and not (obj.lemma_ in WORKS or named and obj.lower_ in WORKS | NAMED_WORKS):
        return []
    if not named and obj.lemma_ not in WORKS:
        return []
    if any(p.dep_ == "dative" or p.dep_ == "prep" and p.lower_ == "to" for p in tok.children):
        return []  # "opened the base to American forces": access granted, no ceremony
    subj = [s for s in subjects(tok) if s.dep_ == "nsubj"]
    who = [e for s in subj for e in cx.entities(s) if e.type == "Person"]
    if not who:
        return []
    # the name of the work: its words up to the head noun and an 'of' phrase ("the Grand Ethiopian
    # Renaissance Dam", "the Port of Lamu"), not where it stands ("on the Blue Nile")
    words = [t for t in obj.subtree if t.i <= obj.i or any(p.dep_ == "prep" and p.lower_ == "of" and p.head.i == obj.i
                                                           and t in p.subtree for p in obj.children)]
    what = cx.doc[words[0].i: words[-1].i + 1].text if words else obj.text
    if what.lower().startswith("the "):
        what = what[4:]
    f = Fact("Ceremony", {"participant": who}, {"description": f"inauguration of {what}"},
             tokens=[tok.i, *(t.i for s in subj for t in s.subtree), *(t.i for t in words)], trigger=tok, split=False)
    return [f]
