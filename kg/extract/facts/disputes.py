"""Land disputed is no words rejected: "The two countries have disputed parts of their
border for more than a century", "Both states dispute the island" tell a territorial
dispute (the ontology's ``TerritorialClaim``, Wikidata P1336 'territory claimed by'), not
a ``Rejection`` (CAMEO 12, PLOVER REJECT) of something a speaker said. The verb 'dispute'
is a verb of rejecting only when its object is words or figures ("disputed the figures",
"disputed the claim"); with land for its object the statement rules draft nothing, and
the reviewer writes the territorial claim where the article names who claims what.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, objects

#: Head nouns of land and of the lines around it that states contest ("the island", "parts
#: of their border", "the waters around", "sovereignty over").
DISPUTED_LAND = {"border", "frontier", "boundary", "territory", "land", "island", "islands", "archipelago", "reef",
                 "shoal", "atoll", "peninsula", "region", "province", "area", "zone", "waters", "sea", "strip",
                 "enclave", "exclave", "heights", "valley", "sovereignty", "crossing", "temple", "site", "river"}
#: Nouns that take a part of what their 'of' names ("parts of their border", "much of the region").
PART_NOUNS = {"part", "parts", "section", "sections", "stretch", "stretches", "portion", "much", "some", "all", "most"}
#: Classes of a named place a state may claim.
PLACE_CLASSES = {"Region", "City", "Place", "Site"}


def disputes_land(verb: Token, cx: Context) -> bool:
    """Whether ``verb`` (a parsed verb, lemma 'dispute' or 'contest') has land for its
    object: a noun of :data:`DISPUTED_LAND`, or a part of one ("parts of their border"),
    or a named place of :data:`PLACE_CLASSES` ("dispute Kashmir"). False for any other
    verb or object ("disputed the figures")."""
    if verb.lemma_ not in ("dispute", "contest"):
        return False
    for obj in objects(verb):
        head = obj
        if head.lower_ in PART_NOUNS or head.lemma_ in PART_NOUNS:
            of = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
            head = of[0] if of else head
        if head.lemma_ in DISPUTED_LAND or head.lower_ in DISPUTED_LAND:
            return True
        if any(e.type in PLACE_CLASSES for e in cx.entities(head)):
            return True
    return False
