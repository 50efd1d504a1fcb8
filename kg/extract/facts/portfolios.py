"""The state of a minister's office read from its portfolio: "Treasury Secretary Scott
Bessent" in a sentence that names "the United States Department of the Treasury" and
another state's central bank holds the office of the state whose Treasury the article
names, not of whichever state the sentence also names. A portfolio title is a department's
head (Wikidata P2388 'office held by head of the organization' on the department), so the
department the text names gives the office its state (corpus/CLAIMS.md, "Positions":
``positionOf`` is the state whose government the minister sits in).
"""

from __future__ import annotations

from kg.entities import normalise
from kg.extract.facts.common import Context, Fact
from kg.extract.mentions import Known

#: Portfolio words of a minister's title ("Treasury Secretary", "Defence Minister") ->
#: the words a department of that portfolio is named by ("Department of the Treasury",
#: "Ministry of Defence").
PORTFOLIO_WORDS = {
    "treasury": ("treasury",), "foreign": ("foreign", "external affairs"), "defence": ("defence", "defense"),
    "defense": ("defence", "defense"), "interior": ("interior", "internal affairs", "home affairs"),
    "finance": ("finance",), "justice": ("justice",), "health": ("health",), "trade": ("trade", "commerce"),
    "commerce": ("commerce", "trade"), "energy": ("energy",), "economy": ("economy", "economic"),
    "home": ("home office", "home affairs"),
}
#: Classes of the bodies that name a portfolio's department.
DEPARTMENT_TYPES = ("Organisation", "Government")


def portfolio_state(f: Fact, cx: Context) -> tuple[bool, Known | None]:
    """The state of the office ``f`` (a PositionHeld with no ``positionOf``) its portfolio
    gives: ``(True, state)`` when the article names departments of the title's portfolio
    (:data:`PORTFOLIO_WORDS`: "Treasury" of "Treasury Secretary" in "the United States
    Department of the Treasury") and all those with a known state are of that one state;
    ``(True, None)`` when they are of several states (the office's state is then not
    guessed from elsewhere: a department named is another state's evidence, not the
    sentence's); ``(False, None)`` when the title has no portfolio word, the article names
    no department of it, or none of those it names has a known state (a bare "the Ministry
    of Defence" tells of no state, so the office's state is read as it would be without
    it)."""
    words = [w for w in normalise(str(f.attrs.get("title", ""))).split() if w in PORTFOLIO_WORDS]
    if not words:
        return False, None
    forms = {form for w in words for form in PORTFOLIO_WORDS[w]}
    mine = set(f.tokens)
    states: dict[str, Known] = {}
    for m in cx.mentions:
        if m.start in mine or m.entity.type not in DEPARTMENT_TYPES:
            continue
        label = f" {normalise(m.entity.label)} "
        if not any(f" {form} " in label for form in forms):
            continue
        st = cx.resolver.home_state(m.entity)
        if st is not None:
            states[st.id] = st
    if not states:
        return False, None
    return True, (next(iter(states.values())) if len(states) == 1 else None)


#: Titles of department heads that only one state's government has -> the registry label
#: of the department (kg/extract/world.yaml, with its ``of`` state): the head of the United
#: States Department of Homeland Security is its "Homeland Security Secretary" (Wikidata
#: P2388 on Q11211). Other states' ministers of these portfolios go by other titles
#: ("Defence Minister", "Home Secretary"), so the title alone names the state.
TITLE_DEPARTMENTS = {
    "homeland security secretary": "United States Department of Homeland Security",
    "secretary of homeland security": "United States Department of Homeland Security",
    "treasury secretary": "United States Department of the Treasury",
    "secretary of the treasury": "United States Department of the Treasury",
    "defense secretary": "United States Department of Defense",
    "secretary of defense": "United States Department of Defense",
    "secretary of war": "United States Department of Defense",
}


def title_state(f: Fact, cx: Context) -> Known | None:
    """The state of the office ``f`` (a PositionHeld with no ``positionOf``) whose title
    is one of :data:`TITLE_DEPARTMENTS` ("Homeland Security Secretary Kristi Noem" in a
    report from Warsaw: the United States): the registry state of the department the
    title heads; None for any other title or a department the registry does not hold."""
    dept = TITLE_DEPARTMENTS.get(normalise(str(f.attrs.get("title", ""))))
    known = cx.resolver.names.get(normalise(dept)) if dept else None
    return cx.resolver.home_state(known) if known is not None else None
