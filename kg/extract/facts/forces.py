"""A state's armed forces or police that speak, named through the state ("the Thai army
said", "South Korea's military said", "the Peruvian navy said") but absent from the
registry: proposed as a body of that state (``of``, Wikidata P361 'part of' read as the
ontology's ``BodyOf``) and made the speaker, rather than the state itself. The class
comes from the head noun: an army, navy, air force, coast guard or military is
``ArmedForces`` (Wikidata Q772547 'armed forces'); a police force, which the ontology
has no class of its own for, an ``Organisation``. The registry's entity, where the
article's words name one, is found before (:meth:`Context.entities`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities import normalise
from kg.extract.mentions import Known, slug
from kg.extract.facts.common import Context

#: Head nouns of a state's armed forces (lemma, lower case) -> the class proposed.
FORCE_CLASSES = {"army": "ArmedForces", "navy": "ArmedForces", "military": "ArmedForces",
                 "forces": "ArmedForces", "force": "ArmedForces", "guard": "ArmedForces",
                 "police": "Organisation"}
#: Words before 'force' or 'guard' that make the name of a service ("air force", "coast guard").
SERVICE_WORDS = {"force": {"air", "armed", "defence", "defense", "space", "self-defense", "self-defence"},
                 "guard": {"coast", "national", "border"}, "forces": {"armed", "defence", "defense", "security"}}


def _state_before(noun: Token, cx: Context) -> Known | None:
    """The one state that a possessive, demonym or name before ``noun`` gives ("Thai
    army", "South Korea's military"), or None."""
    states = {cx.at[c.i].entity.id: cx.at[c.i].entity for c in noun.children
              if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i and c.i in cx.at
              and cx.at[c.i].entity.type == "State"}
    return next(iter(states.values())) if len(states) == 1 else None


def _service_words(noun: Token) -> list[str] | None:
    """The words of the service ``noun`` heads, lower case ("army", "air force", "coast
    guard"), or None when ``noun`` is no such head ("a force of 300 men")."""
    lemma = noun.lower_ if noun.lower_ in FORCE_CLASSES else noun.lemma_.lower()
    if lemma not in FORCE_CLASSES or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    before = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1]
    if lemma in SERVICE_WORDS:
        if not before or before[0] not in SERVICE_WORDS[lemma]:
            return None if lemma != "forces" else ["forces"]
        return [before[0], noun.lower_]
    return [noun.lower_]


def speaking_forces(noun: Token, cx: Context) -> Known | None:
    """The forces ``noun`` (a parsed noun: the subject of a verb of saying) names as a
    body of a state: the registry's entity when its names hold "<adjective> <service>"
    or "<state>'s <service>", else a proposed one labelled "<adjective> <service>"
    ("Thai army", the adjective the article's gazetteer gives the state), ``of`` the state
    when the registry has it. A bare "the army" stands for the one state's service of that
    noun the article named before ("the Thai army ... the army said"). None when no one
    state is given, or two."""
    words = _service_words(noun)
    if words is None:
        return None
    state = _state_before(noun, cx)
    if state is None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
            not any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in noun.children):
        earlier = {s.id: s for t in cx.doc[: noun.i] if t.lower_ == noun.lower_ and t.i != noun.i
                   and _service_words(t) == words and (s := _state_before(t, cx)) is not None}
        state = next(iter(earlier.values())) if len(earlier) == 1 else None
    if state is None:
        return None
    service = " ".join(words)
    adjective = cx.resolver.adjective.get(state.id)
    label = f"{adjective} {service}" if adjective else f"{state.label} {service}"
    for name in (label, f"{state.label}'s {service}", f"{state.label} {service}"):
        known = cx.resolver.names.get(normalise(name))
        if known is not None:
            return known
    eid = slug(label)
    if eid in cx.resolver.registry.entities:
        return None  # the id is taken by another entity: leave the state as the speaker
    kind = FORCE_CLASSES[words[-1] if words[-1] in FORCE_CLASSES else noun.lemma_.lower()]
    aliases = sorted({f"{state.label}'s {service}"} - {label})
    of = {"of": state.id} if state.id in cx.resolver.registry.entities else {}
    return Known(eid, kind, label, {"id": eid, "type": kind, "label": label, "aliases": aliases, **of}, state=state.id)
