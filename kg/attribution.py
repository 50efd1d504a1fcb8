"""Who a claim's words and roles belong to, when that is more than a registry name:
actors the article leaves unnamed ('sources said', '12 individuals it did not name'),
and actors who act for another party (a minister signing for a state).

Unnamed actors are written ``unnamed``, ``unnamed sources``, ``12 unnamed individuals``
(a leading number is their count), ``more than 24 unnamed subsidiaries``,
``990-1650 unnamed prisoners`` (a bounded, ranged or
approximate count, read as :func:`kg.quantities.parse_count` reads it), a count in words
(``hundreds of thousands of unnamed people``) or a proportion of the group named by
``of`` (``{actor: most unnamed lawmakers, of: People Power Party}``); a qualified role is a mapping
``{actor: Lina Varo, for: Ostravia}``. Both become nodes of their own in the graph
(``gkg:UnnamedActors``; ``gkg:QualifiedRole`` in the manner of PROV-O's qualified
associations), so no participant is invented and no registry entity is stretched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import GKG, PROV, RDF, RDFS, XSD
from kg.quantities import MAGNITUDES as _MAGNITUDES
from kg.quantities import NEARLY as _NEARLY
from kg.quantities import VAGUE as _VAGUE
from kg.quantities import QuantityError, parse_count

# The count: '12', 'more than 24', or a range '990-1650', 'between 990 and 1,650'.
_UNNAMED = re.compile(r"^(?:(\d+|(?:[a-z~]+\s+){1,2}\d[\d,]*|(?:between\s+)?\d[\d,]*\s*(?:-|–|to|and)\s*\d[\d,]*)\s+)?"
                      r"(?:unnamed|anonymous)(?:\s+(\S.*))?$", re.IGNORECASE)
# A proportion of a whole (the 'of' group): the share in percent it bounds, where the
# words give one ('most' is more than half: the least share is 50, exclusive, as the
# words say); 'nearly all' gives none.
_PROPORTIONS = {
    "all": (100, 100), "most": (50, 100), "a majority of": (50, 100), "the majority of": (50, 100),
    "half": (50, 50), "half of": (50, 50), "a minority of": (0, 50), "a third of": (33.3, 33.4),
    "two-thirds of": (66.6, 66.7), "a quarter of": (25, 25), "nearly all": (None, 100), "almost all": (None, 100),
    "enough": (None, None),  # 'enough lawmakers to hold a vote': a quorum, the words say for what
    # 'Not all welcomed the outcome': fewer than all (the bound exclusive, as the words
    # say), the whole they are part of left unsaid unless 'of' names it.
    "not all": (None, 100),
    # 'about half of them children': the share the words round to, approximate (gkg:approximate).
    "about half": (50, 50), "roughly half": (50, 50), "nearly half": (None, 50), "about a third of": (33.3, 33.4),
    "about a quarter of": (25, 25),
}
#: Proportions the words give as approximate.
_APPROXIMATE_PROPORTIONS = frozenset(k for k in _PROPORTIONS if k.split()[0] in ("about", "roughly", "nearly"))
_WORDS = re.compile(r"^(" + "|".join(sorted(map(re.escape, {**_MAGNITUDES, **_PROPORTIONS, **_VAGUE}), key=len,
                                              reverse=True))
                    + r")(?:\s+of)?\s+(?:unnamed|anonymous)(?:\s+\S.*)?$", re.IGNORECASE)
_MENTIONS_UNNAMED = re.compile(r"\b(?:unnamed|anonymous)\b", re.IGNORECASE)
QUALIFIED_FIELDS = {"actor", "for"}
# Unnamed actors tied to the state they belong to ("11 individuals from Russia"), or to
# the organisation whose members or staff they are ("NATO's 32 member states").
UNNAMED_OF_FIELDS = {"actor", "of"}


@dataclass(frozen=True)
class Unnamed:
    """Actors the article refers to without naming them: ``text`` as the analyst
    wrote it ('unnamed sources'), ``count`` where the article gives a number,
    ``minimum``/``maximum`` (inclusive) and ``approximate`` where it gives a bound
    ('more than 24': minimum 25) or an approximation ('about 40': count 40)."""

    text: str
    count: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    approximate: bool = False
    proportion: str | None = None  # 'most': a part of the 'of' group, not a count
    share_min: float | None = None  # percent of that group the proportion bounds
    share_max: float | None = None

    def triples(self, node: ox.NamedNode) -> Iterator[tuple]:
        yield node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "UnnamedActors")
        yield node, ox.NamedNode(RDF + "type"), ox.NamedNode(PROV + "Agent")
        yield node, ox.NamedNode(RDFS + "label"), ox.Literal(self.text)
        if self.count is not None:
            yield node, ox.NamedNode(GKG + "count"), ox.Literal(str(self.count), datatype=ox.NamedNode(XSD + "integer"))
        for prop, n in (("minCount", self.minimum), ("maxCount", self.maximum)):
            if n is not None:
                yield node, ox.NamedNode(GKG + prop), ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))
        if self.approximate:
            yield node, ox.NamedNode(GKG + "approximate"), ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))
        if self.proportion:
            yield node, ox.NamedNode(GKG + "proportion"), ox.Literal(self.proportion)
        for prop, share in (("minShare", self.share_min), ("maxShare", self.share_max)):
            if share is not None:
                yield node, ox.NamedNode(GKG + prop), ox.Literal(str(share), datatype=ox.NamedNode(XSD + "decimal"))


def parse_unnamed(raw) -> Unnamed | None:
    """The unnamed actors ``raw`` describes, or None if it is not such a phrase.
    Raises :class:`kg.quantities.QuantityError` when the words before ``unnamed`` are
    neither a count, a count in words (:data:`_MAGNITUDES`), an amount in words
    (:data:`kg.quantities.VAGUE`: 'several' at least 3, 'a few' at least 2, 'many' no
    bound) nor a proportion (:data:`_PROPORTIONS`).

    >>> parse_unnamed("12 unnamed individuals").count
    12
    >>> parse_unnamed("unnamed sources").count is None
    True
    >>> parse_unnamed("Unnamed Road Company") is not None  # a name that looks like one: check the registry first
    True
    >>> parse_unnamed("Ostravia") is None
    True
    >>> u = parse_unnamed("more than 24 unnamed subsidiaries")
    >>> (u.count, u.minimum, u.maximum)
    (None, 25, None)
    >>> u = parse_unnamed("between 990 and 1,650 unnamed prisoners")
    >>> (u.count, u.minimum, u.maximum)
    (None, 990, 1650)
    >>> u = parse_unnamed("hundreds of thousands of unnamed people")
    >>> (u.minimum, u.maximum, u.approximate)
    (200000, 999999, True)
    >>> parse_unnamed("a quarter of a million unnamed people").count
    250000
    >>> u = parse_unnamed("about 1.5 million unnamed refugees")
    >>> (u.count, u.approximate)
    (1500000, True)
    >>> u = parse_unnamed("several unnamed co-defendants")
    >>> (u.count, u.minimum, u.maximum, u.approximate)
    (None, 3, None, True)
    >>> u = parse_unnamed("nearly 100 unnamed member states")
    >>> (u.count, u.minimum, u.maximum, u.approximate)
    (None, None, 100, True)
    >>> u = parse_unnamed("most unnamed lawmakers")
    >>> (u.proportion, u.share_min, u.count)
    ('most', 50, None)
    >>> u = parse_unnamed("about half unnamed children")
    >>> (u.proportion, u.share_min, u.share_max, u.approximate)
    ('about half', 50, 50, True)
    """
    if not isinstance(raw, str):
        return None
    text = " ".join(raw.split())
    words = _WORDS.match(text)
    if words:
        key = words.group(1).casefold()
        if key in _MAGNITUDES:
            low, high = _MAGNITUDES[key]
            return Unnamed(text, None, low, high, True)
        if key in _VAGUE:
            # 'several co-defendants': no figure, only the least count the words imply.
            return Unnamed(text, None, _VAGUE[key], None, True)
        low, high = _PROPORTIONS[key]
        return Unnamed(text, approximate=key in _APPROXIMATE_PROPORTIONS, proportion=key, share_min=low, share_max=high)
    m = _UNNAMED.match(text)
    figure = m.group(1) if m else _figure_in_words(text)
    if not m and figure is None:
        if _MENTIONS_UNNAMED.search(text):
            raise QuantityError("the words before 'unnamed' are not a count this reader knows: write a number "
                                "('12 unnamed officials'), a bound ('more than 30 unnamed ...'), a range, a number "
                                "in words ('a quarter of a million unnamed people', '1.5 million unnamed refugees'), "
                                "a count in words (" + ", ".join((*_MAGNITUDES, *_VAGUE)) + ") or a proportion of the "
                                "'of' group (most, half of, a third of, nearly all, not all), or plain 'unnamed ...' "
                                "for actors the text does not count")
        return None
    if not figure or figure.isdigit():
        return Unnamed(text, int(figure) if figure else None)
    as_int = lambda n: None if n is None else int(n)  # noqa: E731
    lead = next((w for w in _NEARLY if figure.casefold().startswith(w + " ")), None)
    if lead:
        # 'nearly 100 unnamed member states': at most 100 and close to it, as 'nearly' on
        # an amount (kg.quantities.NEARLY), not 'about 100', which may lie on either side.
        bare = parse_count("up to " + figure[len(lead):].strip())
        return Unnamed(text, None, None, as_int(bare.maximum), True)
    count = parse_count(figure)
    return Unnamed(text, as_int(count.value), as_int(count.minimum), as_int(count.maximum), count.approximate)


#: The words before 'unnamed', for a count written in words ('two million unnamed people').
_BEFORE_UNNAMED = re.compile(r"^(.+?)\s+(?:unnamed|anonymous)(?:\s+\S.*)?$", re.IGNORECASE)


def _figure_in_words(text: str) -> str | None:
    """The words before 'unnamed' in ``text`` when they are a count with a number in words
    or in digits with a scale word ('a quarter of a million', 'about 1.5 million', 'a
    dozen'; :func:`kg.quantities.number_in_words`), else None."""
    m = _BEFORE_UNNAMED.match(text)
    if not m:
        return None
    try:
        count = parse_count(m.group(1))
    except QuantityError:
        return None
    return None if count.vague else m.group(1)


def qualified_role_triples(node: ox.NamedNode, fact: ox.NamedNode, role: str, agent: ox.NamedNode,
                           party: ox.NamedNode) -> Iterator[tuple]:
    """A ``gkg:QualifiedRole``: ``agent`` in the role property ``role`` (an IRI) of
    ``fact``, acting on behalf of ``party``."""
    yield fact, ox.NamedNode(GKG + "qualifiedRole"), node
    yield node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "QualifiedRole")
    yield node, ox.NamedNode(GKG + "roleProperty"), ox.NamedNode(role)
    yield node, ox.NamedNode(PROV + "agent"), agent
    yield node, ox.NamedNode(GKG + "onBehalfOf"), party
