"""Mentions: the words of an article that name an actor, each resolved to one entity of
the registry or to an entity proposed for it.

One entity has many names in news text: its registry label and aliases, a title before a
person's name ("Senior Gen. Min Aung Hlaing", "President Putin"), the surname alone
after a first full mention, a demonym ("Russian", "Myanmar's"), a capital or seat of
power standing for its government ("Moscow", "the Kremlin"), a description built from a
position the article gave ("the Russian leader", "the general") and a pronoun ("he").
Names the registry lacks come from the world gazetteer shipped with the engine
(``world.yaml``: sovereign states, their demonyms and capitals, intergovernmental
organisations) or, for names only the NER model finds, are proposed as new entities
with a class guessed from the NER label and a deterministic id (the slug of the name).

Offsets are Unicode code points into the article text (spaCy's ``idx``), so every span
cut from them is verbatim.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.entities import Entity, EntityRegistry, normalise

WORLD = Path(__file__).with_name("world.yaml")
FUZZY_CUTOFF = 92  # rapidfuzz WRatio (0-100) above which an unknown name is taken as a known one
#: NER labels (OntoNotes 5, the scheme of en_core_web_sm) -> the class a new entity is guessed to be.
NER_CLASS = {"PERSON": "Person", "ORG": "Organisation", "GPE": "State", "FAC": "Site", "LOC": "Place"}
#: Words that make an organisation name a court, a government, an armed force, a news outlet.
ORG_HINTS = (
    (re.compile(r"\b(court|tribunal)\b", re.I), "Court"),
    (re.compile(r"\b(army|navy|air force|armed forces|military)\b", re.I), "ArmedForces"),
    (re.compile(r"\b(reuters|associated press|agence france|news|times|post|journal|tass|xinhua|interfax|bloomberg|"
                r"guardian|herald|gazette|broadcasting|television|radio|press agency)\b", re.I), "NewsOrganisation"),
    (re.compile(r"\b(government|cabinet|ministry|council of ministers)\b", re.I), "Government"),
)
PRONOUNS = {"he": "Person", "she": "Person", "him": "Person", "her": "Person", "his": "Person"}


def slug(name: str) -> str:
    """A registry id for a name: ASCII letters and digits joined by '-'.

    >>> slug("Côte d’Ivoire")
    'cote-d-ivoire'
    """
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_.lower())) or "entity"


@dataclass(frozen=True)
class Known:
    """What a name stands for: an entity id with its class, label and, for a proposed
    entity (one the registry lacks), the entry to propose."""

    id: str
    type: str
    label: str
    proposed: dict | None = None
    state: str | None = None  # for a government or a person: the state it belongs to


@dataclass(frozen=True)
class Mention:
    """One span of the article naming an actor. ``start``/``end`` are token indices,
    ``form`` how it names it: 'name', 'demonym', 'capital', 'surname', 'pronoun',
    'description'."""

    start: int
    end: int
    entity: Known
    form: str = "name"


@functools.lru_cache(maxsize=1)
def world() -> dict:
    """The gazetteer shipped with the engine (``world.yaml``): ``states`` (code, label,
    aliases, demonyms, capital, seats) and ``organisations`` (label, aliases, type)."""
    return yaml.safe_load(WORLD.read_text(encoding="utf-8"))


class Resolver:
    """Names -> entities for one registry: the registry first, then the gazetteer.

    ``names`` maps a normalised name to what it stands for; ``demonyms`` and
    ``capitals`` map adjectives and seats of power to states and their governments."""

    def __init__(self, registry: EntityRegistry):
        self.registry = registry
        self.names: dict[str, Known] = {}
        self.demonyms: dict[str, Known] = {}
        self.capitals: dict[str, Known] = {}
        self.government_of: dict[str, Known] = {}
        for e in registry.entities.values():
            known = Known(e.id, e.type, e.label, state=e.of)
            if e.type in ("Government", "MilitaryGovernment") and e.of:
                self.government_of.setdefault(e.of, known)
            for name in (e.id, *e.names):
                if name.endswith(")"):  # "Moscow (government)": a seat of power, see capitals below
                    self.capitals.setdefault(normalise(name.rsplit("(", 1)[0]), known)
                    continue
                if registry.resolve(name) is not None:
                    self.names.setdefault(normalise(name), known)
        for s in world()["states"]:
            names = [s["label"], *s.get("aliases", [])]
            ent = next((self.entity_known(n) for n in names if self.entity_known(n)), None)
            if ent is None or ent.type != "State":
                ent = Known(slug(s["label"]), "State", s["label"],
                            {"id": slug(s["label"]), "type": "State", "label": s["label"],
                             **({"aliases": list(s["aliases"])} if s.get("aliases") else {})})
                if ent.id in registry.entities:
                    continue  # the id is taken by another kind of entity: leave the name unresolved
            for n in names:
                self.names.setdefault(normalise(n), ent)
            for d in s.get("demonyms", []):
                self.demonyms.setdefault(normalise(d), ent)
            gov = self.government_of.get(ent.id, ent)
            for c in [s.get("capital"), *s.get("seats", [])]:
                if c:
                    self.capitals.setdefault(normalise(c), gov)
        for o in world()["organisations"]:
            names = [o["label"], *o.get("aliases", [])]
            ent = next((self.entity_known(n) for n in names if self.entity_known(n)), None)
            if ent is None:
                oid = slug(o["label"])
                if oid in registry.entities:
                    continue
                ent = Known(oid, o["type"], o["label"],
                            {"id": oid, "type": o["type"], "label": o["label"],
                             **({"aliases": list(o["aliases"])} if o.get("aliases") else {})})
            for n in names:
                self.names.setdefault(normalise(n), ent)

    def entity_known(self, name: str) -> Known | None:
        e = self.registry.resolve(name)
        return Known(e.id, e.type, e.label, state=e.of) if e else None

    def lookup(self, name: str) -> Known | None:
        """The entity a full name stands for, exactly (normalised) or, for names of
        several words, by a close fuzzy match (rapidfuzz WRatio >= FUZZY_CUTOFF) to a
        registry name: 'Vladimir V. Putin' is 'Vladimir Putin'."""
        key = normalise(name)
        if key.startswith("the "):
            key2 = key[4:]
        else:
            key2 = "the " + key
        hit = self.names.get(key) or self.names.get(key2)
        if hit or " " not in key:
            return hit
        best = process.extractOne(key, [n for n in self.names if " " in n], scorer=fuzz.WRatio,
                                  score_cutoff=FUZZY_CUTOFF)
        return self.names[best[0]] if best else None


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _cased(span: Span, name: str) -> bool:
    """Whether the text's capitalisation fits the name: acronyms exactly ('US', not
    'us'), proper names with a capital first letter, lower-case descriptions as given."""
    text = span.text
    if _is_acronym(name.replace(".", "")):
        return text.replace(".", "") == name.replace(".", "")
    first = next((c for c in name if c.isalpha()), "")
    if first.isupper() or name[:4].lower() == "the ":
        word = next((t.text for t in span if t.lower_ != "the"), text)
        return word[:1].isupper()
    return True


class MentionFinder:
    """Finds the mentions of one document; built once per registry and pipeline, used
    for every document (the phrase matcher is compiled once)."""

    def __init__(self, nlp, resolver: Resolver):
        self.resolver = resolver
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        groups = {"NAME": resolver.names, "DEMONYM": resolver.demonyms, "CAPITAL": resolver.capitals}
        for label, table in groups.items():
            phrases = [nlp.make_doc(n) for n in sorted(table) if len(n) > 1]
            self.matcher.add(label, phrases)
        self.raw = {label: {n: n for n in table} for label, table in groups.items()}

    def find(self, doc: Doc) -> list[Mention]:
        """Every mention of ``doc`` in text order, longest names first where they overlap."""
        r = self.resolver
        found: list[Mention] = []
        taken = set()
        matches = sorted(self.matcher(doc), key=lambda m: (-(m[2] - m[1]), m[1]))
        for label_id, start, end in matches:
            if taken & set(range(start, end)):
                continue
            span = doc[start:end]
            label = doc.vocab.strings[label_id]
            key = normalise(span.text)
            if label == "NAME":
                known = r.names.get(key)
                if known is None or not _cased(span, known.label if key == normalise(known.label) else span.text
                                                if span.text[:1].isupper() else key):
                    continue
                form = "name"
            elif label == "DEMONYM":
                if not span.text[:1].isupper():
                    continue
                known, form = r.demonyms[key], "demonym"
            else:
                if not span.text[:1].isupper() and not key.startswith("the "):
                    continue
                known, form = r.capitals[key], "capital"
            found.append(Mention(start, end, known, form))
            taken |= set(range(start, end))
        found += self._unknown(doc, taken, found)
        found.sort(key=lambda m: m.start)
        return self._pronouns(doc, found)

    def _unknown(self, doc: Doc, taken: set, found: list[Mention]) -> list[Mention]:
        """Mentions of names the registry and gazetteer lack, from the NER model: a
        surname of a person named earlier, a close spelling of a known name, or a new
        entity to propose."""
        out: list[Mention] = []
        persons: dict[str, Known] = {}
        for m in found:
            if m.entity.type == "Person":
                persons.setdefault(doc[m.end - 1].lower_, m.entity)
        for e in doc.ents:
            if e.label_ not in NER_CLASS or taken & set(range(e.start, e.end)):
                continue
            words = [t for t in e if not (t.lower_ in ("the", "'s", "’s") or t.is_punct)]
            if not words or not words[0].text[:1].isupper():
                continue
            start, end = words[0].i, words[-1].i + 1
            name = doc[start:end].text
            if e.label_ == "PERSON" and end - start == 1 and doc[start].lower_ in persons:
                out.append(Mention(start, end, persons[doc[start].lower_], "surname"))
                continue
            known = self.resolver.lookup(name)
            if known is None:
                known = self._propose(name, e.label_)
                if known is None:
                    continue
            out.append(Mention(start, end, known))
            if known.type == "Person":
                persons.setdefault(doc[end - 1].lower_, known)
        return out

    def _propose(self, name: str, label: str) -> Known | None:
        etype = NER_CLASS[label]
        if label == "PERSON" and len(name.split()) < 2:
            return None  # a single name nobody introduced: too unsure to propose
        if label == "GPE":
            etype = "City"  # a place-name the state gazetteer does not know is a city or region
        if label == "ORG":
            etype = next((t for rx, t in ORG_HINTS if rx.search(name)), "Organisation")
        eid = slug(name)
        if eid in self.resolver.registry.entities:
            return None  # the id is taken by an entity of another name: leave it out
        return Known(eid, etype, name, {"id": eid, "type": etype, "label": name})

    def _pronouns(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """Resolve he/she/him/her/his to the most recent person named in the same or the
        previous sentence, when exactly one person was named there."""
        out, i = [], 0
        persons: list[tuple[int, Known]] = []  # (sentence start token, person)
        for tok in doc:
            while i < len(found) and found[i].start <= tok.i:
                m = found[i]
                out.append(m)
                if m.entity.type == "Person":
                    persons.append((tok.sent.start, m.entity))
                i += 1
            if tok.lower_ in PRONOUNS and tok.text[:1] in "hHsS" and not any(m.start <= tok.i < m.end for m in out):
                sent = tok.sent
                prev = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
                near = {p.id: p for s, p in persons if s >= prev}
                if len(near) == 1:
                    out.append(Mention(tok.i, tok.i + 1, next(iter(near.values())), "pronoun"))
        out += found[i:]
        return out


def mention_index(mentions: list[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering it."""
    return {i: m for m in mentions for i in range(m.start, m.end)}
