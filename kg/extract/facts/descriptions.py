"""Descriptions the article gives a named place, party or person in its own voice: a
``Characterisation`` (corpus/CLAIMS.md: "the disputed shoal", "the M23 rebel group";
Wikidata P31 'instance of' as the text states it), with no speaker.

- an indefinite noun phrase in apposition to the name of a state or place that gives its
  political status ("Georgia, a former Soviet republic", "Transnistria, a breakaway region
  of Moldova"): the class the text puts it in;
- a word of political leaning before a name, or before the noun in apposition to it
  ("the far-right Alternative for Germany", "Ms Zourabichvili, a pro-Western president"):
  the leaning, a class of its own (Wikidata P1142 'political ideology').

Groups and bodies described by a noun of their kind ("the FDLR, a Hutu militia") are
:func:`~kg.extract.facts.judgements.described_group_rules`' own; a person's office or
occupation in apposition ("Tor Ashby, a senior diplomat") is a position, not read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.facts.common import Context, Fact, label_text
from kg.extract.facts.diplomacy import FACT_NOUNS
from kg.extract.facts.judgements import BODY_KIND_NOUNS, GROUP_KIND_NOUNS
from kg.ontology import vocabulary

#: Who an apposition of status may class: a state or a place (a region, a territory).
DESCRIBED = ("Place", "State")
#: Words of a territory's political status (Wikidata Q15239622 'disputed territory', Q1048835
#: 'political territorial entity' and its kinds): what makes an apposition a class the text
#: gives the place, not a passing description ("a small island state", "a mountain pass").
STATUS_WORDS = {"former", "breakaway", "separatist", "secessionist", "self-declared", "self-proclaimed",
                "autonomous", "semi-autonomous", "occupied", "annexed", "disputed", "contested",
                "unrecognised", "unrecognized", "russian-backed", "moscow-backed", "iran-backed", "rebel-held"}
#: Head nouns of a polity or a territory (Wikidata Q1048835 'political territorial entity'
#: and its kinds): 'former' alone gives a status only with one of them ("a former Soviet
#: republic", "a former British colony"), not with a past role ("a former world champion",
#: "a former supporter of the plan").
POLITY_NOUNS = {"republic", "colony", "protectorate", "province", "territory", "region", "state", "kingdom",
                "enclave", "exclave", "dominion", "dependency", "mandate", "empire", "emirate", "principality",
                "oblast", "canton", "satellite", "statelet", "homeland", "possession"}
#: Head nouns of land that a status word may class besides those ("a disputed island", "an
#: occupied city"): with any other noun the word is no status of the place ("a contested
#: market for Chilean firms").
LAND_NOUNS = {"island", "islands", "archipelago", "shoal", "reef", "atoll", "peninsula", "strip", "area", "zone",
              "city", "town", "village", "country", "nation", "land", "territories", "county", "municipality",
              "waters", "sea", "border", "frontier", "corridor", "heights", "bank", "valley"}
#: Head nouns of an apposition that give a relation to another or a part, not a class:
#: another kind of fact (a membership, an alliance, a capital, a location) read by its rule.
RELATION_NOUNS = {"member", "ally", "partner", "neighbour", "neighbor", "host", "signatory", "party", "home",
                  "birthplace", "capital", "seat", "part", "one", "site", "hometown", "headquarters", "subsidiary",
                  "unit", "arm", "branch", "affiliate", "owner", "operator", "parent", "supplier", "customer",
                  "rival", "foe", "enemy", "friend", "successor", "predecessor", "suburb", "district"}
#: The indefinite articles that open a description (the trigger: the noun may be any).
ARTICLES = {"a", "an"}
#: Words of political leaning (Wikidata P1142 'political ideology', as news writes it).
LEANINGS = {"far-right", "far-left", "right-wing", "left-wing", "centre-right", "center-right", "centre-left",
            "center-left", "hardline", "hard-line", "ultranationalist", "ultra-nationalist", "nationalist",
            "populist", "pro-western", "pro-russian", "pro-european", "pro-eu", "pro-kremlin", "pro-democracy",
            "pro-china", "pro-beijing", "pro-moscow", "anti-immigration", "islamist", "reformist", "conservative",
            "liberal", "socialist", "communist", "separatist", "secessionist"}
#: The words that end a leaning, where the parser hangs it on what it describes ('right'
#: of "far-right", split at its hyphen): the triggers of :func:`leaning_rules`.
LEANING_ENDS = {w.rsplit("-", 1)[-1] for w in LEANINGS}
#: Who a leaning may be said of: a person, a party or group, a body.
LEANING_OF = ("Person", "Organisation", "Group")


def _is_a(entity, kinds: tuple[str, ...]) -> bool:
    vocab = vocabulary()
    return any(vocab.is_a(entity.type, k) for k in kinds)


def apposition_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Characterisation of the state or place a name right before the noun names,
    when ``tok``, an indefinite article (:data:`ARTICLES`), opens a noun phrase in
    apposition to it, after a comma ("Georgia, a former Soviet republic"), carrying a word
    of political status (:data:`STATUS_WORDS`: "Brelia, a small island state" is no class
    the text gives it); ``category`` the phrase's words, up to a phrase that places it or a
    relative clause ("a breakaway region of Moldova near the border": 'breakaway region of
    Moldova'). Nothing for a noun of relation or of part (:data:`RELATION_NOUNS`: "Poland,
    a member of NATO"), a group's or body's kind noun (``described_group_rules``), a
    noun of a fact (``FACT_NOUNS``: "..., a deal worth $23 billion" is said of the clause),
    a phrase with a number (a size or a measure, the thing's particulars: "a 6,200-seat
    venue"), a proper name, a body or a person, a head noun of no land or polity
    (:data:`POLITY_NOUNS`, :data:`LAND_NOUNS`: "Peru, a contested market"), nor 'former'
    alone before a noun that is no polity ("China, a former supporter of the plan"). Returns [] or one fact."""
    if tok.lower_ not in ARTICLES or tok.dep_ != "det":
        return []
    tok = tok.head  # the noun the indefinite article opens
    if tok.pos_ != "NOUN" or tok.dep_ != "appos" or tok.head.i >= tok.i or tok.lemma_.lower() in RELATION_NOUNS \
            or tok.lemma_.lower() in GROUP_KIND_NOUNS | BODY_KIND_NOUNS or tok.lemma_.lower() in FACT_NOUNS:
        return []  # "sold jets to Turkey, a deal worth $23 billion": the clause's fact, not the name, is meant
    named = cx.at.get(tok.head.i)
    if named is None or named.form != "name" or not cx.doc[named.end].text == ",":
        return []
    if not _is_a(named.entity, DESCRIBED):
        return []
    kids = list(tok.children)
    # the phrase up to a place, a relative clause or a list's next item
    stop = [c.i for c in kids if c.i > tok.i and (c.dep_ in ("relcl", "acl", "cc", "conj", "punct", "appos")
                                                  or (c.dep_ == "prep" and c.lower_ not in ("of", "for", "with")))]
    end = min(stop, default=tok.right_edge.i + 1)
    words = [t for t in cx.doc[tok.left_edge.i:end] if t.dep_ != "det" and not t.is_punct]
    if len(words) < 2 or any(t.i in cx.at and cx.at[t.i].form != "demonym" and t.i < tok.i for t in words):
        return []  # "Kyiv, a Ukrainian city" keeps its demonym; "Narva, an Estonia city" names another
    if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in words):
        return []  # "a region of 160,000 square kilometres": particulars, a measure
    status = ({t.lower_ for t in words} | {_hyphenated(t).lower() for t in words}) & STATUS_WORDS
    if not status:
        return []  # "Brelia, a small island state": a description, no status
    head = tok.lemma_.lower()
    if head not in POLITY_NOUNS | LAND_NOUNS or (status == {"former"} and head not in POLITY_NOUNS):
        return []  # "Argentina, a former world champion", "a contested market": no status of a land
    return [Fact("Characterisation", {"characterised": [named.entity]}, {"category": label_text(cx.doc, words)},
                 tokens=list(range(named.start, end)), clause=False, undated=True)]


def _hyphenated(tok: Token) -> str:
    """The word ``tok`` ends when the tokeniser split it at hyphens ("far-right" is 'far',
    '-', 'right'): the pieces joined, as written; else the token's own text."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i:tok.i + 1].text


def leaning_rules(tok: Token, cx: Context) -> list[Fact]:
    """A Characterisation giving a person, party or body its political leaning, when an
    adjective of :data:`LEANINGS` before its name modifies it ("the far-right Alternative
    for Germany"; a word of the name itself, "the Conservative Party", is none) or the head
    of an indefinite noun phrase in apposition to its name ("Ms Zourabichvili, a
    pro-Western president"); ``category`` the adjective. Nothing for a
    leaning of a common noun alone ("nationalist parties"), nor of a state ("liberal
    Sweden": its government, not the state, leans). Returns [] or one fact."""
    word = _hyphenated(tok)
    if tok.dep_ not in ("amod", "compound") or word.lower() not in LEANINGS:
        return []
    head = tok.head
    named = cx.at.get(head.i)
    if named is None and head.dep_ == "appos" and head.head.i < head.i and \
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        named = cx.at.get(head.head.i)
    if named is None or named.form != "name" or named.start <= tok.i < named.end or \
            not _is_a(named.entity, LEANING_OF) or _is_a(named.entity, ("Government", "NewsOrganisation")):
        return []
    first = tok.i - len(word.split("-")) * 2 + 2
    return [Fact("Characterisation", {"characterised": [named.entity]}, {"category": word},
                 tokens=[first, tok.i, *([head.i] if head.i not in cx.at else []), *range(named.start, named.end)],
                 clause=False, undated=True)]
