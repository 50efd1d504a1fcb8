"""The level of court a judge's title names ("U.S. District Judge X", "Appeals Judge Y",
"Supreme Court Justice Z"), against the one court an article names.

A judge named with no court is given the one court the article names
(:func:`kg.extract.facts.offices.one_court`): "Judge X" in a report of one court's
ruling sits on it. A title that names the level of its court says otherwise when that
court is of another level: "District Judge X" in a report that names only the court of
appeals the government appealed to sits on a district court, which the article does
not name, so no court is guessed and no position drafted.
"""

from __future__ import annotations

from kg.extract.facts.common import Context, Fact

#: Words of a court's level or branch written before a judge's title (US federal and
#: state courts, common-law and civil-law systems), each with the words of a court's
#: name that agree with it.
COURT_LEVELS = {
    "district": {"district"}, "circuit": {"circuit", "appeals", "appeal"}, "appeals": {"appeals", "appeal", "circuit"},
    "appellate": {"appeals", "appeal", "appellate"}, "supreme": {"supreme"}, "high": {"high"},
    "constitutional": {"constitutional"}, "magistrate": {"magistrate", "magistrates"},
    "magistrates": {"magistrate", "magistrates"}, "county": {"county"}, "superior": {"superior"},
    "bankruptcy": {"bankruptcy"}, "immigration": {"immigration"}, "family": {"family"},
    "administrative": {"administrative"}, "military": {"military"},
}


def title_court_level(f: Fact, cx: Context) -> set[str] | None:
    """The words a court's name must hold to agree with the level of court written just
    before the title of ``f`` (a PositionHeld drafted from a judge's title; "District" of
    "U.S. District Judge X": {"district"}); None when the title names no level. Reads the
    three tokens before the fact's first token, stopping at a token that is not part of
    a capitalised title (a verb, a comma)."""
    return level_before(cx.doc, min(f.tokens)) if f.tokens else None


def level_before(doc, start: int) -> set[str] | None:
    """The words of :data:`COURT_LEVELS` for the level written in the three capitalised
    tokens of ``doc`` before the token ``start`` ("District" in "U.S. District Judge"),
    or None."""
    for k in range(start - 1, max(start - 4, -1), -1):
        word = doc[k]
        if not (word.is_title or word.is_upper) or word.is_punct and word.text != ".":
            break
        if word.lower_ in COURT_LEVELS:
            return COURT_LEVELS[word.lower_]
    return None


def level_word(doc, start: int) -> str | None:
    """The word of a court's level written before the token ``start``, lower case
    ('district'), as :func:`level_before` finds it; None when there is none."""
    for k in range(start - 1, max(start - 4, -1), -1):
        word = doc[k]
        if not (word.is_title or word.is_upper) or word.is_punct and word.text != ".":
            break
        if word.lower_ in COURT_LEVELS:
            return word.lower_
    return None


def agrees(court, level: set[str] | None) -> bool:
    """Whether the label of ``court`` (a :class:`~kg.extract.mentions.Known`) holds one of
    the words of ``level`` (no level: any court agrees)."""
    return level is None or bool(set(court.label.lower().replace("'", " ").split()) & level)


def court_of_another_level(f: Fact, court, cx: Context) -> bool:
    """Whether the title of ``f`` names a level of court (:func:`title_court_level`) that
    the name of ``court`` (a :class:`~kg.extract.mentions.Known` with a ``label``) does
    not hold: then the judge does not sit on it."""
    return not agrees(court, title_court_level(f, cx))
