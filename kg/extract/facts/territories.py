"""Territories with a government of their own, whose officials news calls by bare titles.

"Security Secretary X", "Chief Secretary Y" in a report filed from Hong Kong hold posts
of Hong Kong's own government, not of China, though the article names China most of all.
An article filed from such a territory, or naming one more often than the state the
article is otherwise about, gives a bare state title no state: a title is given its
state from the dateline or the article (:func:`kg.extract.facts.offices._dateline_state`,
:func:`~kg.extract.facts.offices.article_state`) only when neither is a territory's.
"""

from __future__ import annotations

import re

from kg.entities import normalise
from kg.extract.facts.common import Context
from kg.extract.text import dateline_place

#: Territories with their own executive and legislature that are not member or observer
#: states of the United Nations (ISO 3166-1 alpha-2 entries of special administrative
#: regions, self-governing dependencies and overseas collectivities; names as Unicode
#: CLDR's English territory names give them, with common variants).
TERRITORIES = {
    "hong kong", "macau", "macao", "greenland", "faroe islands", "puerto rico", "guam", "gibraltar", "bermuda",
    "cayman islands", "british virgin islands", "isle of man", "jersey", "guernsey", "new caledonia",
    "french polynesia", "aruba", "curacao", "curaçao", "sint maarten", "aland islands", "åland islands",
    "american samoa", "northern mariana islands", "us virgin islands", "u.s. virgin islands", "anguilla",
    "montserrat", "turks and caicos islands", "falkland islands", "cook islands", "niue",
}


def _named(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags=re.IGNORECASE))


def territory_of_article(cx: Context, state_name: str | None = None) -> str | None:
    """The territory of :data:`TERRITORIES` the article of ``cx`` is filed from (its wire
    dateline's first place) or, when ``state_name`` (the label of the state the article
    otherwise leads with) is given, the one it names at least as often as that state;
    None when neither."""
    place = dateline_place(cx.text, 12)
    if place is not None:
        first = normalise(re.split(r",|\s\(|\s[-–—]|/", place, maxsplit=1)[0])
        if first in TERRITORIES:
            return first
    if state_name:
        times = _named(state_name, cx.text)
        counts = {t: _named(t, cx.text) for t in TERRITORIES}
        best = max(counts, key=lambda t: (counts[t], t))
        if counts[best] and counts[best] >= times:
            return best
    return None
