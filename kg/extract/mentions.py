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
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.entities import Entity, EntityRegistry, id_for_name, normalise
from kg.extract.gazetteer import state_proposal, world
from kg.extract.lexicon import EMPLOYEE_NOUNS, OCCUPATION_NOUNS
from kg.extract.quantities import CURRENCY_WORDS, SCALE_WORDS
from kg.extract.personhood import (BODY_NAME, BODY_POSTS, PERSON_POSTS, acronym_before_name, class_by_description,
                                   joined_company_names, kin_gender, person_named_as_org, possessors_of_posts)

FUZZY_CUTOFF = 92  # rapidfuzz WRatio (0-100) above which an unknown name is taken as a known one
#: NER labels (OntoNotes 5, the scheme of en_core_web_sm) -> the class a new entity is guessed to be.
NER_CLASS = {"PERSON": "Person", "ORG": "Organisation", "GPE": "State", "FAC": "Site", "LOC": "Place"}
#: Nouns of a territory written after its name ("the Kaliningrad exclave", "the Donetsk region"):
#: the name is a place's, whatever class the NER model gave it (a building or site it is not).
TERRITORY_NOUNS = {"exclave", "enclave", "region", "province", "oblast", "territory", "district", "peninsula"}
#: Words that make an organisation name a court, a government, an armed force, a news outlet.
ORG_HINTS = (
    (re.compile(r"\b(court|tribunal)\b", re.I), "Court"),
    (re.compile(r"\b(army|navy|air force|armed forces|military)\b", re.I), "ArmedForces"),
    (re.compile(r"\b(reuters|associated press|agence france|news|times|post|journal|tass|xinhua|interfax|bloomberg|"
                r"guardian|herald|gazette|broadcasting|television|radio|press agency)\b", re.I), "NewsOrganisation"),
    (re.compile(r"\b(government|cabinet|ministry|council of ministers)\b", re.I), "Government"),
)
#: Words that begin or end the name of a public body ("Bureau of Statistics", "Central Bank of
#: X", "X Statistics Agency"), by which a state's name inside a longer name is the body's, not
#: the state (:meth:`MentionFinder._bodies_named_with_a_state`).
BODY_WORDS = {"bureau", "agency", "office", "institute", "authority", "commission", "service", "council", "bank",
              "board", "statistics", "central", "national", "department", "directorate", "inspectorate", "corporation",
              "federation", "confederation", "committee", "association", "union", "league", "foundation", "fund"}
#: Heads of a body's name the NER model may leave untagged in capitals ("The Norwegian Nobel
#: Committee" after a dateline): :meth:`MentionFinder._bodies_named_in_capitals`.
NAMED_BODY_HEADS = {"committee", "academy", "foundation", "institute", "society"}
#: Classes of a body that has sections in many countries, each named by the body's name
#: and the country's ("Amnesty International Indonesia"): :meth:`MentionFinder._national_sections`.
SECTION_BODIES = ("Organisation", "InternationalOrganisation", "ResearchInstitute", "NewsOrganisation")
#: Words that begin or end an airline's name ("Air India", "Kenya Airways"): the state's
#: name inside it is the company's, not the state (:meth:`MentionFinder._bodies_named_with_a_state`).
AIRLINE_WORDS = {"air", "airways", "airlines"}
#: Title words -> the concept of the positions scheme (ontology's PositionType). Longest
#: titles are tried first; a bare 'president' is a head of state only for a state.
TITLES = {
    "prime minister": "head of government", "premier": "head of government", "chancellor": "head of government",
    "president": "head of state", "king": "head of state", "queen": "head of state", "emir": "head of state",
    "sultan": "head of state", "leader": "head of state", "supreme leader": "head of state",
    "crown prince": "head of state",
    # a deputy of a head is its deputy, not the office itself nor a minister (CLAIMS.md, "Positions")
    "vice president": "deputy head of state", "vice-president": "deputy head of state",
    "deputy president": "deputy head of state",
    "deputy prime minister": "deputy head of government", "first deputy prime minister": "deputy head of government",
    "deputy premier": "deputy head of government",
    "minister": "minister", "foreign minister": "minister", "defence minister": "minister",
    "defense minister": "minister", "finance minister": "minister", "interior minister": "minister",
    "trade minister": "minister", "energy minister": "minister", "economy minister": "minister",
    "secretary of state": "minister", "foreign secretary": "minister", "home secretary": "minister",
    "defence secretary": "minister", "defense secretary": "minister", "treasury secretary": "minister",
    "secretary": "minister", "deputy minister": "deputy minister", "deputy foreign minister": "deputy minister",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "ambassador": "ambassador", "envoy": "envoy", "special envoy": "envoy", "high commissioner": "ambassador",
    "adviser": "adviser", "advisor": "adviser", "aide": "adviser", "national security adviser": "adviser",
    "national security advisor": "adviser",
    "secretary general": "secretary-general", "secretary-general": "secretary-general",
    "high representative": "high representative", "commissioner": "commissioner",
    "judge": "judge", "chief justice": "judge", "prosecutor": "prosecutor", "chief prosecutor": "prosecutor",
    "attorney general": "prosecutor",
    "governor": "governor", "mayor": "mayor", "senator": "legislator", "lawmaker": "legislator",
    "chairman": "board chair", "chairwoman": "board chair", "chair": "board chair",
    "chief executive": "chief executive", "ceo": "chief executive", "director": "director",
    "director general": "director", "director-general": "director",
    "commander": "military commander", "army chief": "military commander", "commander-in-chief": "commander-in-chief",
    "general": "military commander", "senior general": "military ruler", "senior gen.": "military ruler",
    "gen.": "military commander",
    # further offices of the positions scheme (corpus/CLAIMS.md, "Positions")
    "vice premier": "deputy head of government", "vice-premier": "deputy head of government", "monarch": "head of state",
    "deputy chief justice": "judge", "justice": "judge", "under secretary": "under secretary",
    "undersecretary": "under secretary", "under-secretary": "under secretary",
    "special rapporteur": "special rapporteur", "analyst": "analyst", "senior analyst": "analyst",
    "researcher": "analyst", "senior fellow": "analyst", "research fellow": "analyst",
    "opposition leader": "opposition leader", "leader of the opposition": "opposition leader", "party leader": "party leader", "party chairman": "party leader",
    "member of parliament": "legislator", "mp": "legislator", "congressman": "legislator",
    "congresswoman": "legislator", "board member": "board member",
    "military chief": "military commander", "army chief of staff": "military commander",
    "defence chief": "military commander", "defense chief": "military commander",
    "navy chief": "military commander", "air force chief": "military commander",
}
#: Acronyms that name things, not actors, though the NER model often tags them ORG.
NOT_NAMES = {"lng", "gdp", "ev", "evs", "ceo", "cfo", "oil", "gas", "covid", "covid-19", "ai", "lpg", "api", "usd", "eur"}
#: Abbreviated titles and the word "the ..." uses for them ("Senior Gen. X" ... "the general").
ABBREVIATIONS = {"gen.": "general", "lt.": "lieutenant", "col.": "colonel", "adm.": "admiral", "pres.": "president",
                 "sen.": "senator", "gov.": "governor", "rep.": "representative", "amb.": "ambassador"}
#: Military ranks and civil titles written before a full name ("General Mbaye Cisse",
#: "Colonel Ana Kell", "President Lina Varo") that NER may take into the name; the person's
#: label is the name without them (as Wikidata labels people: rank in P410, office in P39).
RANKS = {*ABBREVIATIONS.values(), "general", "colonel", "admiral", "brigadier", "marshal", "lieutenant", "commander",
         "captain", "sergeant", "corporal", "commodore", "president", "premier", "chancellor", "minister", "senator",
         "governor", "ambassador", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "judge", "justice"}
#: Entities 'it' does not stand for as the subject of an action: places, outlets.
#: Classes of places: a registry name of one does not outrank a capital's reading.
PLACE_TYPES = {"City", "Place", "Site", "Region"}
IT_UNFIT = {"City", "Place", "Site", "Region", "NewsOrganisation", "Asset", "EquipmentModel"}
#: Verbs whose 'it' is most often impersonal ("it seems", "it remains unclear", "it takes").
IT_IMPERSONAL = {"be", "seem", "appear", "remain", "become", "take", "happen", "mean", "matter", "make", "come", "go",
                 "look", "sound", "rain", "help", "emerge", "turn", "follow"}
PRONOUNS = {"he": "Person", "she": "Person", "him": "Person", "her": "Person", "his": "Person"}
#: The grammatical gender of each personal pronoun: 'm' or 'f'.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
#: Words before a name that give its bearer's gender ("Mr Trump", "Queen Rania"): English
#: honorifics and the titles of nobility and monarchy that differ by gender.
GENDERED_TITLES = {
    **dict.fromkeys(("mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "emir", "sultan", "duke", "baron",
                     "monsieur", "senor", "señor", "herr"), "m"),
    **dict.fromkeys(("mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "queen", "princess",
                     "sheikha", "duchess", "baroness", "senora", "señora", "frau"), "f"),
}
#: Courtesy and rank words written before a surname ("Ms Karki", "Dr. Ashby", "Gen. Sigdel"):
#: not part of the name, which is the person's, named in full before or not.
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "prof", "prof.",
              "madam", "madame", "monsieur", *ABBREVIATIONS}
#: Courtesy, academic and religious honorifics written before a full name ("Sir Alan
#: Brook", "Dame Lena Varo", "Mawlawi Amir Khan Muttaqi", "Ayatollah Ali Khamenei", "Dr.
#: Lena Varo"): no part of the name, which the person is proposed by without them, as
#: Wikidata labels people ("Keir Starmer", "Amir Khan Muttaqi"); a name of two words
#: keeps its first ("Mullah Omar", "Sheikh Hasina"), since one word alone is no name.
NAME_HONORIFICS = HONORIFICS | {
    "sir", "dame", "lord", "lady", "sheikh", "sheikha", "professor", "ayatollah", "hojatoleslam", "mawlawi", "maulvi",
    "molvi", "maulana", "mawlana", "mullah", "mulla", "imam", "rabbi", "reverend", "rev", "rev.", "cardinal",
    "archbishop", "bishop"}
#: Letters written after a name for a seat held or an honour ("Jane Hollis MP", "Lena Varo
#: KC", "Tor Ashby OBE"), as written (capitals): no part of the name.
POSTNOMINALS = {"MP", "MEP", "MSP", "MLA", "MPP", "MHA", "TD", "KC", "QC", "OBE", "MBE", "CBE", "KBE", "DBE"}
#: Nouns that say which state a person belongs to or lives in, written before the name
#: ("US citizen Amir Kanji", "French national X", "a dual national X", "Canadian resident
#: X"; Wikidata P27 country of citizenship, P551 residence): a description of the person,
#: never the first word of the name, also where a headline capitalises it ("US Citizen
#: Amir Kanji").
NATIONALITY_NOUNS = {"citizen", "national", "resident"}
#: How many sentences before a pronoun's own the salience rule looks back for its person.
PRONOUN_WINDOW = 3


#: Words a name in title case keeps in lower case unless first ("House of Representatives",
#: "Council of the Federation"), as style guides' headline case keeps short function words.
MINOR_WORDS = {"of", "the", "and", "for", "on", "in", "to", "at", "a", "an", "de", "del", "la", "le"}


def headline_case(words: str) -> str:
    """``words`` (a body's noun as written, e.g. 'house of representatives') in headline
    case: each word capitalised but those of :data:`MINOR_WORDS` after the first ('House
    of Representatives'). Returns the new string; the written case of other letters is kept."""
    out = []
    for n, w in enumerate(words.split()):
        out.append(w if n and w.lower() in MINOR_WORDS else w[:1].upper() + w[1:])
    return " ".join(out)


def slug(name: str) -> str:
    """A registry id for a name: ASCII letters and digits joined by '-', transliterated
    by :func:`kg.entities.id_for_name`; 'entity' for a name with no letter that
    transliterates (a draft proposes the entity all the same, for the analyst to name).

    >>> slug("Côte d’Ivoire"), slug("Jonas Gahr Støre")
    ('cote-d-ivoire', 'jonas-gahr-store')
    """
    try:
        return id_for_name(name)
    except ValueError:
        return "entity"


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
    others: tuple[Known, ...] = ()  # "the two countries": the second of the pair

    @property
    def entities(self) -> tuple[Known, ...]:
        return (self.entity, *self.others)


class Resolver:
    """Names -> entities for one registry: the registry first, then the gazetteer.

    ``names`` maps a normalised name to what it stands for; ``demonyms`` and
    ``capitals`` map adjectives and seats of power to states and their governments."""

    def __init__(self, registry: EntityRegistry):
        self.registry = registry
        self.names: dict[str, Known] = {}
        self.demonyms: dict[str, Known] = {}
        self.capitals: dict[str, Known] = {}
        #: a city that stands for an organisation acting ("Brussels" -> the EU), where it is no place
        self.org_seats: dict[str, Known] = {}
        self.government_of: dict[str, Known] = {}
        self.states: dict[str, Known] = {}  # id -> the states of the gazetteer, as the registry or a proposal
        self.adjective: dict[str, str] = {}  # state id -> its first demonym as written ("South African")
        #: registry person id -> the state the gazetteer says they serve, where the registry gives none
        self.served: dict[str, str] = {}
        self.spellings: dict[str, set[str]] = {}  # normalised name -> the names as written
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
                    self.spellings.setdefault(normalise(name), set()).add(name)
        #: a name two states share ("Congo") -> ("name" or "demonym", the states)
        self.shared: dict[str, tuple[str, tuple[Known, ...]]] = {}
        codes: dict[str, Known] = {}  # ISO 3166 code -> the state, for the bodies of the gazetteer a state has
        for s in world()["states"]:
            names = [s["label"], *s.get("aliases", [])]
            ent = next((self.entity_known(n) for n in names if self.entity_known(n)), None)
            if ent is None or ent.type != "State":
                ent = Known(slug(s["label"]), "State", s["label"], state_proposal(s))
                if ent.id in registry.entities:
                    continue  # the id is taken by another kind of entity: leave the name unresolved
            self.states.setdefault(ent.id, ent)
            codes[s["code"]] = ent
            for n in names:
                self.names.setdefault(normalise(n), ent)
                self.spellings.setdefault(normalise(n), set()).add(n)
            for d in s.get("demonyms", []):
                self.demonyms.setdefault(normalise(d), ent)
                self.adjective.setdefault(ent.id, d)
            gov = self.government_of.get(ent.id, ent)
            for c in [s.get("capital"), *s.get("seats", [])]:
                if c:
                    self.capitals.setdefault(normalise(c), gov)
        for person in world().get("people", []):
            # a leader the registry lacks: proposed with the state they serve, which the rules give their titles
            names = [person["label"], *person.get("aliases", [])]
            known = next((k for k in map(self.entity_known, names) if k), None)
            if known is not None:
                # the registry's own entry (and its `of`) comes first, by the registry loop above; where
                # it gives no state, the gazetteer's is the one its titles name ("President Joe Biden")
                if known.type == "Person" and known.state is None and person.get("of") in codes:
                    self.served[known.id] = codes[person["of"]].id
                continue
            pid = slug(person["label"])
            if pid in registry.entities:
                continue
            state = codes[person["of"]].id if person.get("of") in codes else None
            ent = Known(pid, "Person", person["label"],
                        {"id": pid, "type": "Person", "label": person["label"],
                         **({"aliases": list(person["aliases"])} if person.get("aliases") else {}),
                         **({"of": state} if state in registry.entities else {}),
                         **({"wikidata": person["wikidata"]} if person.get("wikidata") else {})}, state=state)
            for n in names:
                self.names.setdefault(normalise(n), ent)
                self.spellings.setdefault(normalise(n), set()).add(n)
        if self.served:
            self.names = {k: replace(v, state=self.served[v.id]) if v.id in self.served and v.state is None else v
                          for k, v in self.names.items()}
        for sh in world().get("shared", []):
            states = tuple(codes[c] for c in sh["states"] if c in codes)
            if normalise(sh["name"]) not in self.names and normalise(sh["name"]) not in self.demonyms:
                self.shared[normalise(sh["name"])] = ("demonym" if sh.get("demonym") else "name", states)
        for e in registry.entities.values():
            # a state the gazetteer lacks: the English '-a' -> '-an' demonym ("Tarsia" -> "Tarsian", as
            # "Russia" -> "Russian", "Kenya" -> "Kenyan"), when that word names nothing else
            if e.type == "State" and e.label.endswith("a") and " " not in e.label:
                key = normalise(e.label + "n")
                if key not in self.demonyms and key not in self.names:
                    self.demonyms[key] = Known(e.id, e.type, e.label)
        for o in world().get("groups", []) + world()["organisations"]:
            names = [o["label"], *o.get("aliases", [])]
            ent = next((self.entity_known(n) for n in names if self.entity_known(n)), None)
            if ent is None:
                oid = slug(o["label"])
                if oid in registry.entities:
                    continue
                state = codes[o["of"]].id if o.get("of") in codes else None
                ent = Known(oid, o["type"], o["label"],
                            {"id": oid, "type": o["type"], "label": o["label"],
                             **({"aliases": list(o["aliases"])} if o.get("aliases") else {}),
                             # "an institution of the European Union": the organisation it is a body of
                             **({"description": o["description"]} if o.get("description") else {}),
                             # 'of' only for a state of the registry (a proposed one may be listed after)
                             **({"of": state} if state in registry.entities else {})}, state=state)
            for n in names:
                self.names.setdefault(normalise(n), ent)
                self.spellings.setdefault(normalise(n), set()).add(n)
            for d in o.get("demonyms", []):
                self.demonyms.setdefault(normalise(d), ent)
            for c in o.get("seats", []):
                self.org_seats.setdefault(normalise(c), ent)
            state = codes.get(o.get("of"))
            if ent.type in ("Government", "MilitaryGovernment") and state is not None and \
                    ent.state == state.id and state.id not in self.government_of:
                # the gazetteer's government of a state the registry gives none ("the authorities in
                # Kabul": the Taliban): its capital and seats stand for it, as for a registry's
                self.government_of[state.id] = ent
                self.capitals.update({k: ent for k, v in self.capitals.items() if v.id == state.id})

    def demonyms_of(self, state_id: str) -> list[str]:
        """The demonyms of the state ``state_id``, normalised ('valdorian'): the
        gazetteer's, and the '-an' one of a state only the registry has."""
        return [d for d, known in self.demonyms.items() if known.id == state_id and known.type == "State"]

    def state_of(self, known: Known) -> Known | None:
        """The state a government (or the state itself) stands for."""
        if known.type == "State":
            return known
        if known.state:
            e = self.registry.entities.get(known.state)
            if e is not None:
                return Known(e.id, e.type, e.label)
            return self.states.get(known.state)  # a state of the gazetteer the registry lacks
        return None

    def home_state(self, known: Known) -> Known | None:
        """The one state an entity belongs to: its ``of`` (registry) or ``state``, else
        the one state its label names by name or demonym ("Myanmar opposition"); None
        when it names none or several."""
        if known.state:
            return self.state_of(known)
        words = normalise(known.label).split()
        hits = {}
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                key = " ".join(words[i:i + n])
                st = self.demonyms.get(key) or self.names.get(key)
                if st is not None and st.type == "State" and st.id != known.id:
                    hits[st.id] = st
        return next(iter(hits.values())) if len(hits) == 1 else None

    def entity_known(self, name: str) -> Known | None:
        e = self.registry.resolve(name)
        return Known(e.id, e.type, e.label, state=e.of or self.served.get(e.id)) if e else None

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
        if best and self._other_state_named(key, best[0]):
            return None
        return self.names[best[0]] if best else None

    def _other_state_named(self, key: str, name: str) -> bool:
        """Whether registry name ``name`` holds a state's name or demonym that the
        written ``key`` lacks: "Foreign Ministry" is not "French Foreign Ministry", a
        body of one state is no fuzzy match for the same body left unqualified."""
        extra = " " + " ".join(re.sub(r"['’]s$", "", w) for w in name.split() if w not in key.split()) + " "
        return any(f" {n} " in extra for n in self.demonyms) or \
            any(f" {n} " in extra for n, k in self.names.items() if k.type == "State" and len(n) > 3)


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _cased(span: Span, names) -> bool:
    """Whether the text's capitalisation fits one of the ways the name is written:
    acronyms exactly ('US', not 'us'; 'WHO', not 'who'), proper names with a capital
    first letter, lower-case descriptions ('the junta') in any case."""
    return any(_cased_as(span, n) for n in names)


def _cased_as(span: Span, name: str) -> bool:
    text = span.text
    if _is_acronym(name.replace(".", "")):
        return text.replace(".", "") == name.replace(".", "")
    first = next((c for c in name if c.isalpha()), "")
    if first.isupper() or name[:4].lower() == "the ":
        word = next((t.text for t in span if t.lower_ != "the"), text)
        return word[:1].isupper()
    return True


#: Words before a city that make it a place, not an actor: prepositions of place and
#: motion, and verbs whose object is where someone goes ("visited Brussels").
PLACE_WORDS = {"in", "at", "to", "into", "near", "outside", "around", "inside", "toward", "towards", "via", "through",
               "across", "within"}
PLACE_VERBS = {"visit", "tour", "reach", "arrive", "leave", "host", "enter"}


#: Words joining the parts of one proper name ("Peace and Security Council", "Bank of England").
NAME_JOINERS = {"and", "of", "for", "&"}


def mend_cut_names(doc: Doc) -> None:
    """Join in ``doc.ents`` (in place) the two halves of one proper name the NER model
    cut at a joining word: an organisation's span that ends with "for", "of" or "and"
    right before a span of an organisation or a work of law ("the Comprehensive and
    Progressive Agreement for" + "Trans-Pacific Partnership", "the Organization for" +
    "Security and Co-operation in Europe"). A name cannot end with a joining word, so the
    words after it are the rest of the name. Two names the model reads whole, joined by
    "and" outside both spans ("sanctions on Rosneft and Lukoil"), are left apart."""
    ents = list(doc.ents)
    out, n, changed = [], 0, False
    while n < len(ents):
        e = ents[n]
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if nxt is not None and e.label_ in ("ORG", "LAW") and nxt.label_ in ("ORG", "LAW") and nxt.start == e.end \
                and doc[e.end - 1].lower_ in NAME_JOINERS and doc[nxt.start].text[:1].isupper():
            out.append(Span(doc, e.start, nxt.end, label=e.label_))
            n, changed = n + 2, True
            continue
        if nxt is not None and _body_of_state_cut(doc, e, nxt):
            out.append(Span(doc, e.start, nxt.end, label="ORG"))
            n, changed = n + 2, True
            continue
        out.append(e)
        n += 1
    if changed:
        doc.ents = out


#: Titles a portfolio's words come before ("Youth and Sports Minister", "Trade and Industry
#: Secretary"), as news writes a minister's office.
PORTFOLIO_TITLES = {"minister", "secretary", "commissioner", "ministers", "secretaries"}


def _fields_of_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens ``start:end`` is a portfolio of two fields joined by "and"
    right before a minister's title ("Indonesia's Youth and Sports Minister Erick Thohir",
    "the Mines and Energy Minister"): words of the title, no body of their own. A name of
    one word before a title ("NATO Secretary General") stays a name."""
    if end >= len(doc) or doc[end].lower_ not in PORTFOLIO_TITLES or not doc[end].text[:1].isupper():
        return False
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    return any(t.lower_ in ("and", "&") for t in words[1:-1]) and \
        all(t.lower_ in ("and", "&") or t.is_alpha and t.text[:1].isupper() for t in words)


def _body_of_state_cut(doc: Doc, e: Span, nxt: Span) -> bool:
    """Whether an organisation's span ``e`` ending in a capitalised noun of a body ("The
    Central Bank", "the National Assembly") and the place ``nxt`` right after its "of"
    (or "of the") are one name the model cut: "The Central Bank" + "of" + "Kenya" is "The
    Central Bank of Kenya", as the Bank of England's name holds its place."""
    last = doc[e.end - 1]
    if e.label_ != "ORG" or nxt.label_ != "GPE" or not last.text[:1].isupper() or \
            last.lower_ not in BODY_WORDS | SHARED_BODY_WORDS | {"ministry", "court", "committee", "tribunal"}:
        return False
    gap = [t.lower_ for t in doc[e.end:nxt.start]]
    return gap in (["of"], ["of", "the"])


#: Legal forms that end a company's registered name (ISO 20275's entity legal forms in their
#: English-language and most common European abbreviations), compared without dots.
LEGAL_SUFFIXES = {"limited", "ltd", "inc", "incorporated", "plc", "sa", "ag", "gmbh", "llc", "nv", "bv", "spa",
                  "corp", "co"}
#: Words before a company's name that are no part of it although capitalised: months and
#: weekdays (a dateline's date), articles.
_NOT_NAME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                   "saturday", "sunday", "the", "a", "an", "on", "in"}
#: The most words a company's name is taken to have before the model's span.
_COMPANY_LEAD = 3


def _legal_suffix(tok: Token) -> bool:
    """Whether ``tok`` is a company's legal form ("Limited", "Ltd.", "S.A.", "GmbH")."""
    return tok.text[:1].isupper() and tok.text.replace(".", "").lower() in LEGAL_SUFFIXES


def _name_word(tok: Token) -> bool:
    """A capitalised word that may begin a company's or a person's name: no title, month,
    weekday or article, and no place, nationality or person of the model's own."""
    return (tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in _NOT_NAME_WORDS
            and tok.lower_ not in TITLES and tok.ent_type_ not in ("GPE", "NORP", "PERSON", "LOC", "FAC", "ORG"))


def _first_name_before(doc: Doc, e: Span, known) -> bool:
    """Whether the word right before the person's span ``e`` is the first part of the
    same name the NER model left out or read as a place or body of its own ("Akshit" +
    "Kumar Singh"): a capitalised proper noun, no title, rank, honorific, month or
    article, no acronym, not a nationality nor a noun of one (:data:`NATIONALITY_NOUNS`),
    and when tagged a place or body, one word no registry or gazetteer name (``known``:
    normalised name -> bool) is; no occupation (:data:`~kg.extract.lexicon.OCCUPATION_NOUNS`)."""
    if e.start == 0:
        return False
    t = doc[e.start - 1]
    if not (t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and t.pos_ == "PROPN") or \
            t.lower_ in _NOT_NAME_WORDS | RANKS | NAME_HONORIFICS | NATIONALITY_NOUNS or t.lower_ in TITLES:
        return False  # "US Citizen Amir Kanji" in a headline: the noun describes the person
    if t.lower_ in OCCUPATION_NOUNS or t.lower_ in EMPLOYEE_NOUNS:
        return False  # "Journalist Tor Ashby": an occupation before the name, capitalised at a sentence's start
    if t.i > 0 and f"{doc[t.i - 1].lower_} {t.lower_}" in TITLES:
        return False  # "Chief Executive John Lee": the last word of a title of two, no first name
    if t.ent_type_ in ("", "PERSON"):
        return t.ent_type_ == "" or t.ent_iob_ == "B"
    return t.ent_type_ in ("GPE", "ORG") and t.ent_iob_ == "B" and (t.i + 1 == e.start) and not known(t.text) and \
        not (t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I" and doc[t.i + 1].ent_type_ == t.ent_type_)


def mend_company_and_person_names(doc: Doc, known=lambda name: False) -> None:
    """Give back to ``doc.ents`` (in place) the words the NER model cut off the front of a
    name. (1) A company's name ending in a legal form: the capitalised words right before
    an organisation's span that ends with one (:data:`LEGAL_SUFFIXES`) begin the same name
    ("Petronet" of "Petronet LNG Limited", which the model reads as "LNG Limited"); at most
    :data:`_COMPANY_LEAD` words, none a title, month, place or name of its own, and a date
    span the words were read into gives them back. (2) A person's name of three parts: two
    person spans with no word between them are one name ("Akshay" + "Kumar Singh"), since
    two persons' names always have a comma or a word between them; a first name the
    model left out or read as a place or body (:func:`_first_name_before`) joins the
    person's span of two words or more after it."""
    ents = list(doc.ents)
    out, changed = [], False
    for n, e in enumerate(ents):
        prev = out[-1] if out else None
        if e.label_ == "PERSON" and prev is not None and prev.label_ == "PERSON" and prev.end == e.start \
                and all(t.is_alpha and t.text[:1].isupper() for t in doc[prev.start:e.end]):
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")
            changed = True
            continue
        if e.label_ == "PERSON" and e.end - e.start >= 2 and _first_name_before(doc, e, known):
            if prev is not None and prev.end == e.start:
                out.pop()  # the first name the model read as a place or body of one word
            out.append(Span(doc, e.start - 1, e.end, label="PERSON"))
            changed = True
            continue
        if e.label_ == "ORG" and _legal_suffix(doc[e.end - 1]) and e.end - e.start >= 2:
            start = e.start
            while start > 0 and e.start - start < _COMPANY_LEAD and _name_word(doc[start - 1]) \
                    and (prev is None or start - 1 >= prev.end or prev.label_ == "DATE"):
                start -= 1
            if start < e.start:
                if prev is not None and prev.end > start:  # a date the words were read into ends before them
                    out.pop()
                    if prev.start < start:
                        out.append(Span(doc, prev.start, start, label=prev.label_))
                out.append(Span(doc, start, e.end, label="ORG"))
                changed = True
                continue
        out.append(e)
    if changed:
        doc.ents = out


def _tail_of_a_longer_name(doc: Doc, start: int, matched_at: set[int]) -> bool:
    """Whether the name beginning at token ``start`` ends a longer proper name: a
    capitalised word that is no name the registry knows, nor a title, joined to it by
    "and", "of" or "for" ("the African Union's Peace and Security Council" is not the
    UN's "Security Council"; "the Council of Europe" is not Europe). The callers leave
    out persons ("Johnson and Putin") and states ("the Commonwealth of Australia", "the
    Kingdom of Saudi Arabia" are the states' formal names); words at a sentence's start
    begin no longer name. Two names the NER model reads as two entities joined by "and"
    ("sanctions on Rosneft and Lukoil") are a list of names, not one."""
    if start < 2 or doc[start - 1].lower_ not in NAME_JOINERS:
        return False
    word = doc[start - 2]
    if not (word.is_alpha and word.text[:1].isupper()) or word.is_sent_start or start - 2 in matched_at:
        return False
    if doc[start - 1].lower_ in ("and", "&") and word.ent_iob_ in ("B", "I") and doc[start - 1].ent_iob_ != "I" \
            and doc[start].ent_iob_ == "B":
        return False
    return word.lower_ not in TITLES and word.lower_ not in {"the", "president", "prime", "deputy", "vice", "head"}


def _inside_a_longer_name(doc: Doc, start: int, matched_at: set[int]) -> bool:
    """Whether the name beginning at token ``start`` is the end of a longer proper name
    the NER model reads as one entity, with a capitalised word of its own right before
    it: "the US National Security Council" is not the UN's "Security Council", "the
    Federal Security Service" not a "Security Service" of the registry. The word must be
    no name the registry knows (a demonym or state before a body's name is matched
    apart), no title and not a sentence's first word; the NER span (the token's IOB tag
    'I') is what tells "National Security Council" from "on Monday Security Council
    members"."""
    if start < 1 or doc[start].ent_iob_ != "I":
        return False
    word = doc[start - 1]
    return (word.is_alpha and word.text[:1].isupper() and not word.is_sent_start and start - 1 not in matched_at
            and word.lower_ not in TITLES and word.ent_type_ not in ("DATE", "TIME"))


#: Nouns an apposition names a body by as part of another ("an affiliate of Islamic State",
#: "the Sahel branch of al-Qaeda"): the body before it is not the other.
AFFILIATE_NOUNS = {"affiliate", "branch", "offshoot", "wing", "franchise", "arm", "faction", "splinter", "province",
                   "chapter", "subsidiary"}
#: Nouns of a short form of a name ("known by its French acronym EIGS").
ACRONYM_NOUNS = {"acronym", "abbreviation", "initials", "initialism"}


#: Capitalised last words of the name of a facility or an installation ("the Grand Inga Dam",
#: "the Trans Adriatic Pipeline", "the Rooppur Nuclear Power Plant"): the name is an Asset's
#: (ontology/geopolitics.ttl: a named thing that can be owned or controlled, a project, a
#: pipeline), whatever the NER model took it for.
FACILITY_HEADS = {"Dam", "Pipeline", "Plant", "Mine", "Cable", "Interconnector", "Deposit", "Refinery", "Reactor",
                  "Barrage", "Hydropower", "Terminal", "Railway"}


def _inside_a_facility_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` (a demonym) stand inside a run of capitalised words
    after 'the' that ends in a facility's head (:data:`FACILITY_HEADS`), with a capitalised
    word of the run before them: "the Grand Ethiopian Renaissance Dam" is a dam's name, not
    an Ethiopian thing; "the Ethiopian dam" (no capitalised head) stays Ethiopia's."""
    i = start
    while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start:
        i -= 1
    j = end
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    return i < start and i > 0 and doc[i - 1].lower_ == "the" and doc[j - 1].text in FACILITY_HEADS and j > end


#: Nouns of a work built across a river ("the dam on the Blue Nile", "a barrage across the Indus").
DAM_WORDS = {"dam", "barrage", "weir", "reservoir"}


def _river_after_dam(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` follows a dam's noun and 'on' or 'across' ("the
    Grand Inga Dam on the Congo", "a barrage across the Indus"): a river, which the ontology
    has no class for but a location (gkg:Place), never an Asset, whatever a description
    after it says (the one after "Dam on the Blue Nile, Africa's largest hydroelectric
    project" is the dam's)."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ in ("on", "across") and doc[i - 1].lower_ in DAM_WORDS


def _facility_names(doc: Doc, taken: set) -> list[tuple[int, int, str]]:
    """Organisation spans (made Assets by :func:`_classes_from_use`) for runs of two to six
    capitalised words after 'the' that end in a facility's head (:data:`FACILITY_HEADS`:
    "the Grand Inga Dam", "the Trans Kalahari Pipeline"), none of them in ``taken``: a
    name the NER model left out."""
    out = []
    for t in doc:
        if t.text not in FACILITY_HEADS or t.i in taken or t.pos_ != "PROPN":
            continue
        i = t.i
        while i > 0 and t.i - i < 5 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and i - 1 not in taken:
            i -= 1
        if i < t.i and i > 0 and doc[i - 1].lower_ == "the":
            out.append((i, t.i + 1, "ORG"))
    return out


#: Head nouns of a political party's or movement's name ("the Pheu Thai party").
PARTY_HEADS = {"party", "movement", "front", "coalition", "alliance", "bloc"}


#: Words that make the demonym after them a region's adjective ("Latin American", "South
#: American", "Central American" groups are of no one state), unless the two words are a
#: state's own demonym ("South Korean", "North Macedonian").
CONTINENT_PREFIXES = {"Latin", "South", "North", "Central", "East", "West"}


#: Head nouns of the names and descriptions of armed or criminal groups (FollowTheMoney's
#: Organization; Wikidata Q17149090 "criminal organization"): "the Sinaloa Cartel", "a
#: street gang", "the group".
GROUP_NOUNS = {"cartel", "cartels", "gang", "gangs", "group", "groups", "mafia", "syndicate", "militia", "clan"}


def _group_named(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]``, which NER took for a person's, names a group:
    its last word is a noun of :data:`GROUP_NOUNS` ("Sinaloa Cartel"), an apposition on it
    is one ("Tren de Aragua, a Venezuelan gang"; it the apposition of one: "the gang Tren
    de Aragua"), or it is listed with three or more names of which two or more end in one
    ("Tren de Aragua, MS-13, the Gulf Cartel and the Pacifico Cartel"; the parser joins a
    list by conjunction or apposition). A person named beside one group ("Pedro Ortiz and
    the Gulf Cartel") stays a person."""
    if doc[end - 1].lower_ in GROUP_NOUNS:
        return True
    root = doc[start:end].root
    near = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if any(t.lemma_.lower() in GROUP_NOUNS and t.pos_ == "NOUN" for t in near):
        return True
    listed = {root.i: root}
    for t in [root, *near, *([root.head] if root.dep_ == "conj" else [])]:
        listed.update({x.i: x for x in (t, *t.conjuncts)})
    for t in list(listed.values()):
        listed.update({x.i: x for c in t.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NUM")
                       for x in (c, *c.conjuncts)})
    groups = [t for i, t in listed.items() if i != root.i and t.pos_ == "PROPN" and t.lower_ in GROUP_NOUNS]
    return len(listed) >= 3 and len(groups) >= 2


def _inside_a_party_name(doc: Doc, start: int, end: int, matched_at: set[int]) -> bool:
    """Whether the demonym ``doc[start:end]`` is a word inside a party's name that the NER
    model tags an organisation from a capitalised word before it that is no name of the
    registry or gazetteer (``matched_at``: token indices of every match) and that ends in
    a noun of :data:`PARTY_HEADS`, written in the name or right after it ("Pheu Thai
    party", "Pheu Thai Party"): the name's word, not the state's adjective."""
    if start == 0 or doc[start].ent_iob_ != "I" or doc[start].ent_type_ != "ORG":
        return False
    first = start
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    if doc[first].lower_ == "the" and first + 1 < start:
        first += 1  # "The Pheu Thai Party formed ...": the name's own first word after the article
    if first in matched_at or not doc[first].text[:1].isupper() or doc[first].lower_ == "the":
        return False
    last = end
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return doc[last - 1].lower_ in PARTY_HEADS or (last < len(doc) and doc[last].lower_ in PARTY_HEADS)


def _affiliate_named(doc: Doc, start: int, end: int, known) -> tuple[int, Token | None] | None:
    """Where the longer name that a registry name (tokens ``start``-``end``, of entity
    ``known``) begins ends, when an apposition right after it calls it an affiliate of
    that very body: "the Islamic State in the Greater Sahara, an affiliate of Islamic
    State" (the name, 'in', 'of' or 'for', perhaps 'the', capitalised words, a comma, then
    :data:`AFFILIATE_NOUNS` 'of' and the known name again). Returns (the longer name's
    end, the acronym token the apposition gives it: "known by its French acronym EIGS",
    or None); None when the words are not so. The longest name wins: a franchise is named
    after its parent, and an accusation aimed at it is not aimed at the parent."""
    j = end
    if j + 1 >= len(doc) or doc[j].lower_ not in ("in", "of", "for"):
        return None
    j += 1
    if doc[j].lower_ == "the":
        j += 1
    k = j
    while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
        k += 1
    if k == j or k + 3 >= len(doc) or doc[k].text != ",":
        return None
    a = k + 1
    if doc[a].lower_ in ("a", "an", "the"):
        a += 1
    # a modifier may come before the noun: "an Africa-based affiliate", "the Sahel branch"
    noun = next((t for t in doc[a:min(a + 4, len(doc))] if t.lower_ in AFFILIATE_NOUNS), None)
    if noun is None or noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return None
    parent = " ".join(t.lower_ for t in doc[noun.i + 2:noun.i + 6] if t.lower_ != "the")
    own = " ".join(t.lower_ for t in doc[start:end] if t.lower_ != "the")
    if not (parent + " ").startswith(own + " ") and normalise(known.label) not in parent:
        return None
    # the short form the same apposition gives, within a few words of the parent's name
    acronym = next((doc[t.i + 1] for t in doc[noun.i + 2:min(noun.i + 14, noun.sent.end - 1)]
                    if t.lower_ in ACRONYM_NOUNS and doc[t.i + 1].is_alpha and doc[t.i + 1].text.isupper()
                    and len(doc[t.i + 1]) >= 2), None)
    return k, acronym


def _named_as_place(span: Span) -> bool:
    """Whether a city's name is told as a place ("met in Brussels", "flew to Brussels",
    "visited Brussels", "a Brussels summit", "the Brussels-based group") rather than as an
    actor ("Brussels imposed tariffs", "criticism from Brussels"): by the word before it,
    and by the parse where there is one (the object of a preposition of place, a verb of
    going or a noun it modifies)."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in PLACE_WORDS or before.lemma_ in PLACE_VERBS):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in ("-", "–") or root.dep_ in ("compound", "nmod"):
        return True  # "Brussels-based", "the Brussels summit"
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_WORDS:
        return True
    return root.dep_ == "dobj" and root.head.lemma_ in PLACE_VERBS


#: Words of the names legislatures and courts of many states share ("National Assembly",
#: "Supreme Court", "Senate"), which a registry made for other articles may give one state.
SHARED_BODY_WORDS = {"assembly", "parliament", "senate", "congress", "court", "tribunal", "council", "chamber"}
#: Words of the names of a state's national bodies that many states share ("Supreme Court",
#: "Council of Ministers", "House of Representatives", "Chamber of Deputies").
NATIONAL_BODY_WORDS = SHARED_BODY_WORDS | {"representatives", "deputies", "ministers", "cabinet"}



def _states_named(found: list) -> tuple[dict[str, int], dict[str, "Known"]]:
    """How often each state is named among the mentions ``found`` (state id -> count), and
    the state entities by id."""
    counts: dict[str, int] = {}
    states: dict = {}
    for m in found:
        if m.entity.type == "State":
            counts[m.entity.id] = counts.get(m.entity.id, 0) + 1
            states[m.entity.id] = m.entity
    return counts, states

def _after_the(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is written after 'the', itself or with at most
    two lower-case words between ("the Supreme Court", "the outgoing Council of Ministers")."""
    if doc[start].lower_ == "the":
        return True
    for i in range(start - 1, max(start - 4, -1), -1):
        if doc[i].lower_ == "the":
            return True
        if not (doc[i].is_alpha and doc[i].text.islower()):
            return False
    return False


class MentionFinder:
    """Finds the mentions of one document; built once per registry and pipeline, used
    for every document (the phrase matcher is compiled once)."""

    def __init__(self, nlp, resolver: Resolver):
        self.resolver = resolver
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        groups = {"NAME": resolver.names, "DEMONYM": resolver.demonyms, "CAPITAL": resolver.capitals}
        for label, table in groups.items():
            # a name of several words also as written: the tokenizer splits a lower-cased abbreviation apart
            # ("u.s." as 'u.s' '.', "U.S." one token), so "U.S. District Court for the Northern Mariana Islands"
            # would match nowhere and a shorter name the model found inside it would stand for the body (an
            # abbreviation alone, "U.S.", is left to the model's entities, as before)
            written = {w for n in table if " " in n for w in resolver.spellings.get(n, ()) if w.lower() != w}
            phrases = [nlp.make_doc(n) for n in sorted(set(table) | written) if len(n) > 1]
            self.matcher.add(label, phrases)
        self.raw = {label: {n: n for n in table} for label, table in groups.items()}

    def find(self, doc: Doc) -> list[Mention]:
        """Every mention of ``doc`` in text order, longest names first where they overlap."""
        mend_cut_names(doc)
        mend_company_and_person_names(doc, lambda name: self.resolver.lookup(name) is not None)
        r = self.resolver
        found: list[Mention] = []
        taken = set()
        matches = sorted(self.matcher(doc), key=lambda m: (-(m[2] - m[1]), m[1]))
        # A seat of power (with or without its 'the': "The White House") over the very words
        # the registry gives an actor of its own ("White House", an Organisation) is that
        # actor: the resolver looks up the registry first. A capital the registry lists as
        # a city ("Moscow") stays a capital, which the rules read as place or government.
        name_id = doc.vocab.strings["NAME"]
        names = {(m[1], m[2]) for m in matches if m[0] == name_id and
                 getattr(r.names.get(normalise(doc[m[1]:m[2]].text)), "type", "City") not in PLACE_TYPES}
        matches = [m for m in matches if m[0] == name_id or not (
            (m[1], m[2]) in names or doc[m[1]].lower_ == "the" and (m[1] + 1, m[2]) in names)]
        # a person's name that begins with a capital's or a state's word ("Santiago Peña", "Jordan Bardella")
        in_person = {i: (e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                     and all(t.is_alpha and t.text[:1].isupper() for t in e) for i in range(e.start, e.end)}
        matched_at = {i for _, start, end in matches for i in range(start, end)}
        for label_id, start, end in matches:
            if taken & set(range(start, end)):
                continue
            span = doc[start:end]
            label = doc.vocab.strings[label_id]
            person = in_person.get(start)
            if person is not None and person[0] <= start and end <= person[1] and (person[0], person[1]) != (start, end) \
                    and (label in ("CAPITAL", "DEMONYM") or getattr(r.names.get(normalise(span.text)), "type", "") == "State"):
                continue
            key = normalise(span.text)
            if label == "NAME":
                known = r.names.get(key)
                if known is None or not _cased(span, r.spellings.get(key, {known.label})):
                    continue
                if known.type == "State" and start >= 2 and doc[start - 1].lower_ == "of" and \
                        doc[start - 2].text in WATER_HEADS:
                    continue  # "the Gulf of Oman", "the Sea of Japan": a sea's name, not the state
                if known.type not in ("Person", "State") and (_tail_of_a_longer_name(doc, start, matched_at)
                                                              or _inside_a_longer_name(doc, start, matched_at)):
                    continue
                if known.type == "Group" and end < len(doc) and doc[end].ent_iob_ == "I" and \
                        doc[end].text[:1].isupper() and end not in matched_at:
                    continue  # "the West Bank": the NER model's longer name goes on past the bloc's word
                affiliate = _affiliate_named(doc, start, end, known) if known.type not in ("Person", "State") else None
                if affiliate is not None and not taken & set(range(start, affiliate[0])):
                    # "the Islamic State in the Greater Sahara, an affiliate of Islamic State": the longer name is
                    # the affiliate's own, a body of the known one's class; its acronym an alias of it
                    longer, acronym = affiliate
                    name = doc[start:longer].text
                    own = self.resolver.lookup(name) or self._propose(name, "ORG", known.type)
                    if own is not None:
                        if acronym is not None and own.proposed is not None and \
                                acronym.text not in own.proposed.setdefault("aliases", []):
                            own.proposed["aliases"].append(acronym.text)
                        found.append(Mention(start, longer, own, "name"))
                        taken |= set(range(start, longer))
                        if acronym is not None and acronym.i not in taken:
                            found.append(Mention(acronym.i, acronym.i + 1, own, "name"))
                            taken.add(acronym.i)
                        continue
                form = "name"
            elif label == "DEMONYM":
                if not span.text[:1].isupper() or (start >= 2 and doc[start - 1].text == "-"
                                                   and not doc[start - 2].whitespace_
                                                   and normalise(doc[start - 2].text) not in r.demonyms):
                    # "Abdul Malik al-Houthi": the end of a person's name, not the group's adjective
                    # ("British-Iranian": two demonyms, a dual national's two states)
                    continue
                if _inside_a_party_name(doc, start, end, matched_at):
                    continue  # "the Pheu Thai party": a word of the party's name, not a demonym
                if _inside_a_facility_name(doc, start, end):
                    continue  # "the Grand Ethiopian Renaissance Dam": a word of the dam's name, not a demonym
                if start >= 1 and doc[start - 1].text in CONTINENT_PREFIXES and \
                        normalise(f"{doc[start - 1].text} {span.text}") not in r.demonyms:
                    continue  # "Latin American", "South American": of a continent's part, not of a state
                known, form = r.demonyms[key], "demonym"
            else:
                if not span.text[:1].isupper() and not key.startswith("the "):
                    continue
                known, form = r.capitals[key], "capital"
                if key in r.org_seats and not _named_as_place(span):
                    known = r.org_seats[key]  # "Brussels is punishing its citizens": the EU, not Belgium
            found.append(Mention(start, end, known, form))
            taken |= set(range(start, end))
        found = self._in_its_state(doc, found)
        found = _capitals_alike(doc, found, r)
        found = self._short_names_of_others(doc, found)
        found = self._of_another_state(doc, found)
        found = self._of_the_article_state(doc, found)
        found = _merge(found, self._shared(doc, found))
        found = self._bodies_named_with_a_state(doc, found)
        found = _merge_over(found, self._bodies_named_in_capitals(doc, found))
        found += self._unknown(doc, {i for m in found for i in range(m.start, m.end)}, found)
        found.sort(key=lambda m: m.start)
        found = self._national_sections(doc, found)
        from kg.extract.namesakes import persons_over_states  # it builds on this module's Mention
        found = persons_over_states(doc, found)  # "Luis Montenegro ... Montenegro said": the person
        found = self._shared_surnames(doc, found)  # "the couple Peter and Barbie Reynolds": two people
        found = _definite_aliases(doc, found)
        found = self._proposed_bodies_of_the_article_state(doc, found)
        found = self._owned_generic_bodies(doc, found)
        found = self._defined_acronyms(doc, found)
        found = _initials_of_proposed(doc, found)
        found = _merge_over(found, self._offices(doc, found))
        found = _merge_over(found, self._legislatures(doc, found))
        found = _merge_over(found, self._possessed_bodies(doc, found))
        found = _merge_over(found, _bodies_of_listed_states(doc, found))
        described = self._descriptions(doc, found) + self._leaders(doc, found) + _bodies(doc, found, self._parties(doc, found)) \
            + _visitors(doc, found) \
            + _the_country(doc, found) + _facility_descriptions(doc, found)
        described += self._implied_offices(doc, found, described)
        described = _beside_a_name(doc, found, described)
        covered = {i for m in described for i in range(m.start, m.end)}
        found = [m for m in found if not covered & set(range(m.start, m.end))]  # 'the Chilean president' is a person
        found = _merge(found, described)
        found = _merge(found, _pairs(doc, found))
        return self._pronouns(doc, found)

    def _parties(self, doc: Doc, found: list[Mention]) -> set[str]:
        """Ids of the political parties among the bodies ``found`` names: a registry entry
        whose name or description says 'party' ("Conservative Party", "Israeli political
        party"), or a name the text writes before the word ("the Jewish Power party"):
        :func:`party_ids`."""
        return party_ids(doc, found, self.resolver.registry)

    def _in_its_state(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """Drop a registry name written in lower case (a description: "opposition", "the
        junta") of an entity that belongs to one state (its ``of``, or a state its
        label names: "Myanmar opposition") when the article names states but never
        that one: "the opposition" of a report on Seoul is not Myanmar's. An article
        naming no state keeps it (the registry's own corpus may never need to)."""
        def described(m: Mention) -> bool:
            spellings = self.resolver.spellings.get(normalise(doc[m.start:m.end].text), ())
            return m.form == "name" and bool(spellings) and all(n.islower() for n in spellings) and m.entity.type != "State"

        named = {st.id for m in found if not described(m) for st in [self.resolver.state_of(m.entity)] if st is not None}
        out = []
        for m in found:
            if described(m):
                home = self.resolver.home_state(m.entity)
                if home is not None and named and home.id not in named:
                    continue
            out.append(m)
        return out

    def _short_names_of_others(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """One-word registry aliases that stand for someone the article does not mean.

        - a person's one-word alias ("Khan", the registry's Imran Khan) where the article
          names in full, before it, another person of that surname ("Karim Khan") and
          never the alias's owner: the person named before (the surname rule of
          :meth:`_unknown`, which a registry alias would otherwise pre-empt);
        - an organisation's one-word alias ("Conservatives", the registry's Conservative
          Party of Canada) whose home state (its ``of``, or the state its label names) the
          article never names while it names others: the party of that word of a state the
          article names ("the Conservatives", the Conservative Party of the United Kingdom),
          else dropped, as :meth:`_in_its_state` drops a description of another state's body.

        ``found``: the mentions in text order; returns them with those replaced or dropped."""
        r = self.resolver
        full = [m for m in found if m.entity.type == "Person" and m.end - m.start >= 2]
        named = {st.id for m in found for st in [r.state_of(m.entity)] if st is not None}
        out = []
        for m in found:
            one = m.end - m.start == 1 and m.form == "name" and \
                normalise(doc[m.start].text) != normalise(m.entity.label)
            if one and m.entity.type == "Person" and not any(f.entity.id == m.entity.id for f in full):
                word = doc[m.start].lower_
                others = [f for f in full if f.start < m.start and f.entity.id != m.entity.id
                          and doc[f.end - 1].lower_ == word]
                if others:
                    out.append(Mention(m.start, m.end, others[-1].entity, "surname"))
                    continue
            if one and m.entity.type == "Organisation" and named:
                home = r.home_state(m.entity)
                if home is not None and home.id not in named:
                    # "the Conservatives" are the members of the Conservative Party of a state named
                    word = doc[m.start].lower_
                    party = r.names.get(normalise(word[:-1] + " party")) if word.endswith("s") else None
                    home = r.home_state(party) if party is not None else None
                    if home is not None and home.id in named:
                        out.append(Mention(m.start, m.end, party, m.form))
                    continue
            out.append(m)
        return out

    def _of_another_state(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """'France's National Assembly', 'the French National Assembly': a registry body
        whose name holds no state (a corpus's "National Assembly" is South Korea's),
        written right after the name or demonym of another state, is that state's body
        of the name: the entry "National Assembly of France" where the registry has one,
        else that entry proposed, with the state as its ``of``. (Names several states'
        bodies share are left out of the gazetteer for the same reason, world.yaml.)"""
        at = {i: m for m in found for i in range(m.start, m.end)}
        out = []
        first: dict[str, Known] = {}  # entity id -> how its name was read first
        for m in found:
            home = self.resolver.state_of(m.entity) if m.form == "name" and m.entity.type not in ("State", "Person") else None
            start = m.start + (doc[m.start].lower_ == "the")
            span = doc[start:m.end]
            bare = home is None and m.form == "name" and m.entity.type == "InternationalOrganisation" and \
                not UN_WORDS.search(span.text)
            after = _state_after_of(doc, m.end, at) if bare else None
            international = bare and (after is not None or _owned_by_state_before(doc, start, m.end, at))
            if international:
                # "Armenia's Security Council", "the Russian Security Council", "the Security Council
                # of Russia": the state's own body, not the UN's, whose alias the bare words also are
                home = Known("", "State", "")
            owner = (after or _state_before(doc, start, at)) if home is not None else None
            key = m.entity.id
            if owner is None and bare and key in first:
                # a bare "the Security Council" after "the Security Council of Russia": the body named first
                out.append(Mention(m.start, m.end, first[key], m.form))
                continue
            if owner is None or owner.id == home.id or \
                    self.resolver.home_state(Known(m.entity.id, m.entity.type, span.text)) is not None:
                first.setdefault(key, m.entity)
                out.append(m)
                continue
            label = f"{span.text} of {owner.label}"
            kind = "Organisation" if m.entity.type == "InternationalOrganisation" else m.entity.type  # one state's body
            known = self.resolver.lookup(label) or self._propose(label, "ORG", kind)
            if known is not None and known.proposed is not None:
                # for a state's own body found under an international one's alias, 'of' names a
                # registry state only: the state may be named by no claim kept, and not be proposed
                of = {"of": owner.id} if not international or owner.id in self.resolver.registry.entities else {}
                known = replace(known, state=owner.id, proposed={**known.proposed, **of})
            if known is not None:  # else the id is another entity's: the name is left unread
                first.setdefault(key, known)
                out.append(Mention(m.start, m.end, known, m.form))
        return out

    def _proposed_bodies_of_the_article_state(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"The President dissolved the House of Representatives" in a report on one state:
        a body the draft proposes (the registry lacks it) under a bare national name ("the
        Supreme Court", "the Council of Ministers": words of :data:`NATIONAL_BODY_WORDS`,
        written capitalised after 'the', with no possessive or state in the name) is that
        state's, proposed as "Supreme Court of Nepal" with ``of`` the state, as a registry
        body is by :meth:`_of_the_article_state`, so that two states' bodies of one name
        never meet in a registry. The article's state must lead clearly (named at least
        three times and twice as often as any other state); otherwise the body stays as
        proposed, with no state. Returns the mentions, those bodies' replaced."""
        counts, states = _states_named(found)
        top = sorted(counts.values(), reverse=True)
        if not top or top[0] < 3 or len(top) > 1 and top[0] < 2 * top[1]:
            return found
        state = states[max(counts, key=counts.get)]
        # a body any of whose sentences names another state, or a place in one ("the High Court
        # in London" in a report on the United States), may be that state's: it stays
        # (by the name's words in the sentence, mention or not: "the High Court in London granted bail")
        foreign = {m.start: doc[m.start].sent.text for m in found if m.entity.type != "Person"
                   and getattr(self.resolver.state_of(m.entity), "id", state.id) != state.id}
        elsewhere = {m.entity.id for m in found if any(m.entity.label in text for text in foreign.values())}
        state_words = self._state_words(doc, found)
        moved: dict[str, Known | None] = {}
        out = []
        for m in found:
            entity = m.entity
            if entity.id not in moved:
                span = doc[m.start + (doc[m.start].lower_ == "the"):m.end]
                words = {t.lower_ for t in span}
                fits = entity.proposed is not None and "of" not in entity.proposed and entity.id not in elsewhere and \
                    entity.type in ("Organisation", "Court", "Government") and m.form == "name" and \
                    _after_the(doc, m.start) and \
                    NATIONAL_BODY_WORDS & words and all(t.text[:1].isupper() or t.lower_ in ("of", "and")
                                                        for t in span) and \
                    not any(t.tag_ == "POS" or t.i in state_words for t in span)
                known = None
                if fits:
                    label = f"{entity.label} of {state.label}"
                    known = self.resolver.names.get(normalise(label)) or self._propose(label, "ORG", entity.type)
                    if known is not None and known.proposed is not None:
                        known = replace(known, state=state.id, proposed={**known.proposed, "of": state.id})
                moved[entity.id] = known
            known = moved[entity.id]
            out.append(Mention(m.start, m.end, known, m.form) if known is not None else m)
        return out

    def _owned_generic_bodies(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A body the draft proposes under a name of generic words alone, which many
        states' bodies bear ("Ministry of Foreign Affairs", "Information Office":
        :func:`_generic_body_name`), given the state it belongs to: the state 'of' names
        right after one of its mentions ("the Ministry of Foreign Affairs of the State of
        Qatar"), else the state of the place the article's dateline names (a release
        from Doha is Qatar's). It is proposed as "<name> of <state>" (an ``Organisation``,
        ``of`` the state, the written form with the state an alias), after the state a
        possessive or demonym right before it names ("Bangladesh's Anti-Corruption
        Commission"), else the state the article clearly is about. A name no state can be
        told for is no entity to propose and its mentions are dropped, unless the body acts
        in the text (the subject of a clause, "The Interior Ministry designated ...", or the
        possessor of a post), whose claims need it: it stays under its bare name.
        Returns the mentions, those bodies' replaced."""
        generic = {m.entity.id for m in found if m.entity.proposed is not None and m.form == "name" and
                   "of" not in m.entity.proposed and m.entity.type in ("Organisation", "Government") and
                   _generic_body_name(m.entity.label)}
        if not generic:
            return found
        at = {i: m for m in found for i in range(m.start, m.end)}
        owner: dict[str, tuple[Known, str | None]] = {}
        for m in found:
            if m.entity.id in generic and m.entity.id not in owner:
                state, end = self._formal_state_after(doc, m.end, at)
                if state is not None:
                    owner[m.entity.id] = (state, doc[m.start + (doc[m.start].lower_ == "the"):end].text)
                elif (state := self._state_before(doc, m.start, at)) is not None:
                    owner[m.entity.id] = (state, None)
        # a body that acts in the text ("The Interior Ministry designated ...", "the Foreign Ministry's
        # spokeswoman", "Foreign Ministry spokesman X", "asks the Ministry of Finance to publish ...")
        # stays proposed under its bare name where no state can be told: its claims need it
        acting = {m.entity.id for m in found if m.entity.id in generic and _generic_body_acts(doc[m.start:m.end].root)}
        dateline = self._dateline_state(doc, found)
        if dateline is None:
            counts, states = _states_named(found)
            top = sorted(counts.values(), reverse=True)
            if top and top[0] >= 3 and (len(top) == 1 or top[0] >= 2 * top[1]):
                dateline = states[max(counts, key=counts.get)]  # the state the article is about, clearly
        out = []
        moved: dict[str, Known | None] = {}
        for m in found:
            eid = m.entity.id
            if eid not in generic:
                out.append(m)
                continue
            if eid not in moved:
                state, written = owner.get(eid, (dateline, None))
                known = None
                if state is not None:
                    label = f"{m.entity.label} of {state.label}"
                    known = self.resolver.names.get(normalise(label)) or self._propose(label, "ORG", "Organisation")
                    if known is not None and known.proposed is not None:
                        aliases = [written] if written and normalise(written) != normalise(label) else []
                        known = replace(known, state=state.id, proposed={**known.proposed, "of": state.id,
                                                                         **({"aliases": aliases} if aliases else {})})
                moved[eid] = known if known is not None or eid not in acting else m.entity
            if moved[eid] is not None:
                out.append(Mention(m.start, m.end, moved[eid], m.form, m.others))
        return out

    def _state_before(self, doc: Doc, start: int, at: dict) -> Known | None:
        """The state whose possessive or demonym stands right before the name starting at
        token ``start`` ("Bangladesh's Anti-Corruption Commission", "the Qatari Ministry
        of Foreign Affairs"), else None."""
        i = start - 1
        if i >= 0 and doc[i].lower_ in ("'s", "’s"):
            i -= 1
        m = at.get(i)
        if m is None or m.end != i + 1 or m.form not in ("name", "demonym") or \
                (m.form == "name" and i == start - 1):
            return None
        state = self.resolver.state_of(m.entity)
        return state if state is not None and state.type == "State" else None

    def _formal_state_after(self, doc: Doc, end: int, at: dict) -> tuple[Known | None, int]:
        """The state named by 'of [the] [<formal noun> of] <state>' right after token
        ``end`` ("of Qatar", "of the State of Qatar", "of the Republic of Kenya":
        :data:`FORMAL_STATE_NOUNS`), and the index after its name; (None, ``end``) when
        none."""
        if end >= len(doc) or doc[end].lower_ != "of":
            return None, end
        j = end + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ in FORMAL_STATE_NOUNS and doc[j + 1].lower_ == "of" and j not in at:
            j += 2
        m = at.get(j)
        if m is None or m.start != j or m.entity.type != "State" or m.form != "name":
            return None, end
        return m.entity, m.end

    def _dateline_state(self, doc: Doc, found: list[Mention]) -> Known | None:
        """The state of the place the article's dateline names ("Doha, 28 September
        2025", "BANGKOK, Aug. 7 -": :func:`~kg.extract.text.dateline_place`), by the
        mention of it there; None without a dateline or a state to tell."""
        from kg.extract.text import dateline_place
        place = dateline_place(doc.text)
        if not place:
            return None
        at = doc.text.find(place)
        for m in found:
            if at <= doc[m.start].idx < at + len(place):
                state = self.resolver.state_of(m.entity)
                if state is not None and state.type == "State":
                    return state
        return None

    def _state_words(self, doc: Doc, found: list[Mention]) -> set[int]:
        """Token indices of the mentions of states and their demonyms in ``found``."""
        return {i for m in found if m.entity.type == "State" for i in range(m.start, m.end)}

    def _of_the_article_state(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """'The National Assembly had voted to impeach him' in a report on Madagascar: a
        registry body whose bare name holds no state (a corpus's "National Assembly" is
        South Korea's) and whose state the article never names is the body of that name
        of the state the article names most (at least twice, and more than any other):
        the entry "National Assembly of Madagascar" where the registry has one, else that
        entry proposed with the state as its ``of``. Only names of legislatures and courts
        (:data:`SHARED_BODY_WORDS`), which many states share (world.yaml leaves them out for
        that reason), written capitalised with no possessive; a body of a state the article
        names, or with no clear state of the article, stays."""
        r = self.resolver
        counts, states = _states_named(found)
        top = sorted(counts.items(), key=lambda kv: -kv[1])
        if not top or top[0][1] < 2 or len(top) > 1 and top[1][1] == top[0][1]:
            return found
        article_state = states[top[0][0]]
        out = []
        for m in found:
            home = r.state_of(m.entity) if m.form == "name" and m.entity.type not in ("State", "Person") else None
            start = m.start + (doc[m.start].lower_ == "the")
            span = doc[start:m.end]
            # the home state named anywhere, by any other entity's mention ("Iran's foreign ministry" names Iran)
            named = {st.id for n in found if n.entity.id != m.entity.id
                     for st in [r.state_of(n.entity)] if st is not None}
            if home is None or home.id in named or not SHARED_BODY_WORDS & {t.lower_ for t in span} or \
                    any(t.tag_ == "POS" or not t.text[:1].isupper() for t in span) or \
                    r.home_state(Known(m.entity.id, m.entity.type, span.text)) is not None:
                out.append(m)
                continue
            label = f"{span.text} of {article_state.label}"
            # exactly: a fuzzy match of "National Assembly of Peru" is the bare "National Assembly" again
            known = r.names.get(normalise(label)) or self._propose(label, "ORG", m.entity.type)
            if known is not None and known.proposed is not None:
                known = replace(known, state=article_state.id, proposed={**known.proposed, "of": article_state.id})
            out.append(Mention(m.start, m.end, known, m.form) if known is not None else m)
        return out

    def _shared(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """'Congo', 'Korean': a name two states share (the gazetteer's ``shared``), as the
        one of them the article names otherwise (by a name, demonym or capital of its
        own: "Democratic Republic of the Congo", "Kinshasa"); nothing when it names both
        or neither. Only a capitalised word the mentions do not cover."""
        if not self.resolver.shared:
            return []
        named = {st.id for m in found for st in [self.resolver.state_of(m.entity)] if st is not None}
        taken = {i for m in found for i in range(m.start, m.end)}
        out = []
        for tok in doc:
            hit = self.resolver.shared.get(tok.lower_)
            if hit is None or tok.i in taken or not tok.text[:1].isupper():
                continue
            form, states = hit
            fits = [st for st in states if st.id in named]
            if len(fits) == 1:
                out.append(Mention(tok.i, tok.i + 1, fits[0], form))
        return out

    def _defined_acronyms(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """An acronym the article defines in parentheses after a name ("the Southern
        African Development Community (SADC)", "Pakistan Tehreek-e-Insaf (PTI)") stands
        for that name's entity wherever the article writes it (in that case exactly),
        whatever the registry or the NER model made of it. The acronym is one word of two
        to eight capitals (digits allowed) whose letters are all capital initials of the
        name, in any order ("Democratic Forces for the Liberation of Rwanda (FDLR)" keeps
        the French order). The name is the mention before the parenthesis, else the
        capitalised words before it (joined by 'of', 'for', 'in', 'the', 'and', hyphens: "the
        UN Interim Force in Lebanon (UNIFIL)"), whose
        entity is looked up or proposed as an organisation; a proposed entity gets the
        acronym as an alias. The acronym written before the definition (in a headline) and
        proposed as a name of its own stands for that entity too. Returns the mentions in
        text order."""
        defined: dict[str, Known] = {}
        first: dict[str, int] = {}
        at = {i: m for m in found for i in range(m.start, m.end)}
        replaced: set[int] = set()
        added: list[Mention] = []
        for tok in doc:
            if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")" or tok.i == 0:
                continue
            word = doc[tok.i + 1].text
            if not re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", word) or word in defined:
                continue
            m = at.get(tok.i - 1)
            if m is not None and m.end == tok.i and m.entity.type != "Person" and m.form in ("name", "surname") \
                    and all(c in _initials(doc[m.start:m.end].text) for c in word if c.isalpha()):
                start, known = m.start, m.entity
            else:
                start = tok.i
                while start > doc[tok.i].sent.start and (doc[start - 1].text[:1].isupper() or (
                        doc[start - 1].lower_ in NAME_LINKS and start - 1 > 0) or
                        ELIDED_NAME.match(doc[start - 1].text)):
                    start -= 1
                while start < tok.i and not doc[start].text[:1].isupper() or doc[start].lower_ == "the":
                    start += 1
                name = doc[start:tok.i].text
                if agreement_name(doc[start:tok.i]) or start >= 2 and agreement_name(doc[start - 2:tok.i]):
                    continue  # "the Agreement on Trade-Related Aspects of ... (TRIPS)": an agreement, no body
                # an acronym inside the name counts whole: "UN Interim Force in Lebanon" gives U, N, I, F, L
                letters = _initials(name) + "".join(w for w in name.split() if w.isupper())
                if start >= tok.i or (not all(c in letters for c in word if c.isalpha()) or
                                      _initials(name)[:1] not in word or len(_initials(name)) > 2 * len(word)) and \
                        not _syllabic_acronym(word, name):
                    continue
                known = self.resolver.lookup(name) or self._propose(name, "ORG")
                if known is None:
                    continue
                replaced |= {at[i].start for i in range(start, tok.i) if i in at}
            if known.proposed is not None and word not in known.proposed.get("aliases", []):
                known = Known(known.id, known.type, known.label,
                              {**known.proposed, "aliases": [*known.proposed.get("aliases", []), word]}, known.state)
            if m is None or m.entity.id != known.id or (m.start, m.end) != (start, tok.i):
                replaced |= {at[i].start for i in range(start, tok.i) if i in at}
                added.append(Mention(start, tok.i, known, "name"))
            else:
                replaced.add(m.start)
                added.append(Mention(m.start, m.end, known, m.form))
            defined[word], first[word] = known, tok.i + 1
        if not defined:
            return found
        # the acronym written before its definition (a headline's "UNIFIL"), where only the acronym itself
        # was proposed for it, stands for the defined body too
        early = {m.start for m in found if m.end - m.start == 1 and doc[m.start].text in defined and
                 m.entity.proposed is not None and m.entity.label == doc[m.start].text}
        keep = [m for m in found if m.start not in replaced and m.start not in early and
                not (m.end - m.start == 1 and doc[m.start].text in defined and m.start >= first[doc[m.start].text])]
        taken = {i for m in keep + added for i in range(m.start, m.end)}
        more = [Mention(t.i, t.i + 1, defined[t.text], "name") for t in doc
                if t.text in defined and t.i not in taken and (t.i > first[t.text] or t.i in early)]
        # a proposed entity's other mentions carry its new alias too
        fresh = {k.id: k for k in defined.values()}
        keep = [Mention(m.start, m.end, fresh[m.entity.id], m.form, m.others) if m.entity.id in fresh else m for m in keep]
        return sorted(keep + added + more, key=lambda m: m.start)

    def _offices(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A state's ministry, agency or government named through the state ("Iran's foreign
        ministry", "the Algerian defence ministry", "the Hungarian government",
        "Djibouti's maritime authority": :func:`_agency_end`): the body, not the state. The registry's body when one of its names is that phrase
        (for a government, the registry's government of the state, else nothing: the
        rules read "Ghana's government" as Ghana), else, for a ministry, a proposed
        Organisation in the registry's style ("Iranian foreign ministry", the text's
        words as an alias, ``of`` the state when the registry has it). A ministry
        without its portfolio ("Iran's ministry") is left alone; "the ministry" after
        it is found by :func:`_bodies`."""
        out = []
        for m in found:
            if m.form not in ("name", "demonym") or m.entity.type != "State":
                continue
            i = m.end
            if i < len(doc) and doc[i].lower_ in ("'s", "’s"):
                i += 1
            j = i
            while j < len(doc) and doc[j].lower_ in PORTFOLIOS and j - i < 2:
                j += 1
            portfolio = _ministry_of_portfolio(doc, j) if j == i and j < len(doc) and doc[j].lower_ == "ministry" else None
            if portfolio is not None:
                # "China's Ministry of Foreign Affairs": the state's foreign ministry, as "China's foreign
                # ministry" is (one proposal for both ways of writing it)
                end = j + 2 + len(portfolio[1])
                # the registry's body of that name first ("Ministry of External Affairs", of India)
                named = self.resolver.names.get(normalise(doc[j:end].text)) or \
                    self.resolver.names.get(normalise(doc[m.start:end].text))
                if named is not None and getattr(self.resolver.state_of(named), "id", m.entity.id) != m.entity.id:
                    named = None  # another state's ministry of that name
                known = named or self._state_ministry(m.entity, f"{portfolio[0]} ministry")
                if known is not None:
                    out.append(Mention(m.start, end, known, "name"))
                continue
            agency = _agency_end(doc, i)
            if agency is not None and (j >= len(doc) or doc[j].lower_ not in OFFICE_NOUNS):
                j = agency  # "Djibouti's maritime authority": the state's agency, which speaks for itself
            elif j >= len(doc) or doc[j].lower_ not in OFFICE_NOUNS or (j == i and doc[j].lower_ == "ministry"):
                continue
            if j + 1 < len(doc) and doc[j + 1].lower_ in ("of", "'s", "’s") and doc[j].lower_ == "ministry":
                continue  # "Russia's Ministry of ...": the name goes on
            words = doc[m.start:j + 1].text
            known = self.resolver.lookup(words) if self.resolver.names.get(normalise(words)) else None
            state = m.entity
            if doc[j].lower_ in ("government", "cabinet"):
                # the registry's government of the state, else the state itself, as the rules read "Ghana's government"
                known = known or self.resolver.government_of.get(state.id) or self.resolver.lookup(f"Government of {state.label}")
                if known is None or known.type not in ("Government", "MilitaryGovernment"):
                    continue
            if known is None:
                known = self._office(state, " ".join(t.lower_ for t in doc[i:j + 1]), words)
            if known is not None:
                out.append(Mention(m.start, j + 1, known, "name"))
        return out

    def _legislatures(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A state's legislature named through the state's possessive or demonym ("Peru's
        Congress", "the Peruvian Congress", "Kenya's National Assembly", "the Chilean
        Senate"; :data:`LEGISLATURE_NAMES`, Wikidata Q11204 'legislature' and its chambers):
        a mention of the body over the noun (the state's own mention kept), not a bare
        name that many states' bodies share. The registry's body when one of its names is
        that phrase, "<noun> of <state>", "<state> <noun>" or "<adjective> <noun>", or
        the bare noun with ``of`` that state (the adjective any of the state's demonyms:
        "Valdoria's parliament" is the registry's "Valdorian parliament"), else a proposed Organisation labelled "<noun> of <state>" ("Congress of Peru",
        the written phrase an alias, ``of`` the state when the registry has it)."""
        out = []
        for m in found:
            if m.form not in ("name", "demonym") or m.entity.type != "State":
                continue
            i = m.end
            if m.form == "name":
                if i >= len(doc) or doc[i].lower_ not in ("'s", "’s"):
                    continue
                i += 1
            noun = next((n for n in LEGISLATURE_NAMES if [t.lower_ for t in doc[i:i + len(n)]] == list(n)), None)
            if noun is None:
                continue
            j = i + len(noun)
            if j < len(doc) and (doc[j].lower_ in ("of", "'s", "’s") or doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()):
                continue  # "Peru's House of Representatives", "the Chilean Senate Foreign Committee": a name goes on
            state, words = m.entity, doc[i:j].text
            title = headline_case(words)
            label = f"{title} of {state.label}"
            known = next((k for k in (self.resolver.names.get(normalise(x)) for x in
                                      (doc[m.start:j].text, label, f"{state.label}'s {title}", f"{state.label} {words}",
                                       *(f"{d} {words}" for d in self.resolver.demonyms_of(state.id))))
                          if k is not None), None)
            bare = self.resolver.names.get(normalise(words))
            if known is None and bare is not None and \
                    getattr(self.resolver.registry.entities.get(bare.id), "of", None) == state.id:
                known = bare  # the registry's "National Assembly" of that state
            if known is None:
                eid = slug(label)
                if eid in self.resolver.registry.entities:
                    continue
                of = {"of": state.id} if state.id in self.resolver.registry.entities else {}
                aliases = sorted({f"{state.label}'s {title}", doc[m.start:j].text} - {label})
                known = Known(eid, "Organisation", label, {"id": eid, "type": "Organisation", "label": label,
                                                            "aliases": aliases, **of}, state=state.id)
            # over the noun alone: the state's own mention stays, the state the sentence names
            out.append(Mention(i, j, known, "name"))
        return out

    def _possessed_bodies(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A state's body named by the state's possessive and a common noun ("Valdoria's
        junta", "Ruritania's navy": :data:`POSSESSED_BODY_NOUNS`): the registry's entity
        whose name is a demonym of the state and the noun ("Valdorian junta"), else the
        one entity of the noun's class with ``of`` that state (for a branch of the armed
        forces, "navy", one whose name holds the noun too), where exactly one fits; a
        mention over the noun (the state's own mention kept). Nothing where none or
        several fit: the words are left as they were."""
        out = []
        for m in found:
            if m.form != "name" or m.entity.type != "State" or m.end + 1 >= len(doc) or \
                    doc[m.end].lower_ not in ("'s", "’s"):
                continue
            i = m.end + 1
            noun = next((n for n in POSSESSED_BODY_NOUNS if [t.lower_ for t in doc[i:i + len(n.split())]] == n.split()), None)
            if noun is None:
                continue
            j = i + len(noun.split())
            if j < len(doc) and (doc[j].lower_ in ("of", "'s", "’s") or doc[j].pos_ in ("NOUN", "PROPN")):
                continue  # "Valdoria's navy chief", "Valdoria's army of volunteers": a name or another noun goes on
            state, (classes, branch) = m.entity, POSSESSED_BODY_NOUNS[noun]
            named = {k.id: k for k in (self.resolver.names.get(f"{d} {noun}") for d in self.resolver.demonyms_of(state.id))
                     if k is not None and k.id in self.resolver.registry.entities}
            if not named:
                named = {e.id: Known(e.id, e.type, e.label, state=e.of) for e in self.resolver.registry.entities.values()
                         if e.of == state.id and e.type in classes
                         and (not branch or f" {noun} " in f" {normalise(e.label)} ")}
            if len(named) == 1:
                out.append(Mention(i, j, next(iter(named.values())), "name"))
        return out

    def _implied_offices(self, doc: Doc, found: list[Mention], described: list[Mention]) -> list[Mention]:
        """'the foreign ministry', 'the justice ministry' where no ministry of that
        portfolio was named before (:func:`_bodies` finds those): the ministry of the
        state the article is about, the one it names most often (by name, demonym or
        capital) when one stands out; else nothing. The ministry is the registry's when
        one of its names is '<state's adjective> <portfolio> ministry', else proposed
        (:meth:`_office`)."""
        taken = {i for m in found + described for i in range(m.start, m.end)}
        proposed = {(m.start, m.end): m for m in found if m.entity.id not in self.resolver.registry.entities}
        out = []
        main = None
        for tok in doc:
            capital = self._capitalised_ministry(doc, tok, proposed) if tok.i + 2 < len(doc) else False
            at = tok.i  # where the ministry's words start, less one: a "the" before them, or none
            spoken_of: set[str] = set()
            if capital:  # "Foreign Ministry spokeswoman X": the ministry of X's state, else of the article's
                state = self.resolver.state_of(capital) if capital is not True else None
                if state is None:  # "In Beijing, Foreign Ministry spokesman X": the one state its sentence names
                    # before it (one named after it is what the spokesman speaks of: "... criticised
                    # the United States")
                    named = {st.id: st for m in found if m.form in ("name", "demonym", "capital")
                             and tok.sent.start <= m.start < tok.i
                             and (st := self.resolver.state_of(m.entity)) is not None and st.type == "State"}
                    state = next(iter(named.values())) if len(named) == 1 else None
                if state is not None:
                    known = self._state_ministry(state, f"{doc[tok.i].lower_} ministry")
                    if known is not None:
                        out.append(Mention(tok.i, tok.i + 2, known, "description"))
                        continue
                at = tok.i - 1  # -1 at the text's start: no token stands there
                spoken_of = {st.id for m in found if m.form in ("name", "demonym", "capital")
                             and tok.i < m.start < tok.sent.end and (st := self.resolver.state_of(m.entity)) is not None}
            elif tok.lower_ != "the" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in PORTFOLIOS or \
                    doc[tok.i + 2].text != "ministry" or {tok.i + 1, tok.i + 2} & taken:
                continue
            nxt = doc[at + 3] if at + 3 < len(doc) else None
            if nxt is not None and not capital and \
                    (nxt.lower_ in ("of", "'s", "’s") or (nxt.text[:1].isupper() and nxt.is_alpha)):
                continue  # "the foreign ministry of Chile" names its state; "the foreign ministry Twitter account"
            if main is None:
                states = [Mention(m.start, m.end, self.resolver.state_of(m.entity), m.form) for m in found
                          if m.form in ("name", "demonym", "capital") and self.resolver.state_of(m.entity) is not None]
                top = most_named(states, lambda m: m.entity.type == "State", 1)
                main = top[0] if top else False
            if not main:
                break
            if capital and main.id in spoken_of:
                continue  # the article's state is the one its spokesman speaks of here, not the ministry's
            known = self._state_ministry(main, f"{doc[at + 1].lower_} ministry")
            if known is not None:
                out.append(Mention(at + 1 if capital else at, at + 3, known, "description"))
        return out

    def _capitalised_ministry(self, doc: Doc, tok: Token, proposed: dict) -> Mention | bool:
        """At a written "Foreign Ministry" that names no state (no state, demonym or
        possessive before it) and that the registry lacks (a proposed entity spans it):
        the person a title after it names ("Foreign Ministry spokeswoman Maria
        Zakharova"), or True when none; else False."""
        m = proposed.get((tok.i, tok.i + 2))
        if m is None or tok.lower_ not in PORTFOLIOS or doc[tok.i + 1].text != "Ministry" or not tok.text[:1].isupper():
            return False
        if tok.i > 0 and (doc[tok.i - 1].lower_ in ("'s", "’s") or doc[tok.i - 1].ent_type_ in ("GPE", "NORP")):
            return False
        for k in range(tok.i + 2, min(tok.i + 5, len(doc))):
            if doc[k].ent_type_ == "PERSON":
                person = self.resolver.lookup(doc[k:k + 1].text) or next(
                    (e for e in (self.resolver.lookup(x.text) for x in doc.ents if x.start <= k < x.end) if e), None)
                return person if person is not None and person.type == "Person" else True
        return True

    def _state_ministry(self, state: Known, office: str) -> Known | None:
        """The registry's ``office`` ('foreign ministry') of ``state`` when one of its
        names is '<state's adjective> <office>' or "<state>'s <office>", else a proposed
        one (:meth:`_office`)."""
        adjective = self.resolver.adjective.get(state.id)
        # exact names only: a fuzzy match would take "Iranian foreign ministry" for the Indian one
        return (self.resolver.names.get(normalise(f"{adjective} {office}")) if adjective else None) or \
            self.resolver.names.get(normalise(f"{state.label}'s {office}")) or self._office(state, office)

    def _office(self, state: Known, office: str, written: str | None = None) -> Known | None:
        """A proposed ministry of ``state`` ('foreign ministry'), named as the registry's
        entries name them; None when the id is taken by an entity of another name."""
        demonym = self.resolver.adjective.get(state.id)
        label = f"{demonym} {office}" if demonym else f"{state.label} {office}"
        eid, etype = f"{slug(state.label)}-{slug(office)}", "Organisation"
        known = self.resolver.names.get(normalise(label))  # exactly: "Iranian ..." is not "Indian ..."
        if known is not None:
            return known
        if eid in self.resolver.registry.entities:
            return None
        aliases = sorted({f"{state.label}'s {office}"} - {label})
        if written and normalise(written) not in {normalise(a) for a in (label, *aliases)}:
            aliases = sorted({*aliases, written})  # (a case variant, "China's Foreign Ministry", adds nothing)
        # 'of' only for a state of the registry: a proposed one may be listed after the body, which the reader refuses
        of = {"of": state.id} if state.id in self.resolver.registry.entities else {}
        return Known(eid, etype, label, {"id": eid, "type": etype, "label": label, "aliases": aliases, **of},
                     state=state.id)

    def _leaders(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """'the leader of Myanmar's junta', "Russia's leader", 'the junta chief': the one
        person of the article given a leading title (head of state or government,
        military ruler) of that state, before or after (news often names the leader
        only in the next sentence)."""
        at = {i: m for m in found for i in range(m.start, m.end)}
        leads: dict[str, set[str]] = {}
        persons: dict[str, Known] = {}
        rulers: set[str] = set()  # persons with a junta leader's rank ('Senior General') and no state given
        for m in found:
            if m.entity.type != "Person" or m.form != "name":
                continue
            states = {st.id for _, st in _titles_of(doc, m, at) if st is not None}
            titled = [t for t, _ in _titles_of(doc, m, at) if TITLES.get(t) in ("head of state", "head of government",
                                                                                 "military ruler")]
            if not titled:
                continue
            if not states and m.entity.state:
                states = {m.entity.state}
            persons[m.entity.id] = m.entity
            for st in states:
                leads.setdefault(st, set()).add(m.entity.id)
            if not states and any(TITLES[t] == "military ruler" for t in titled):
                rulers.add(m.entity.id)
        out = []
        for tok in doc:
            hit = _leader_of(doc, tok, at)
            if hit is None:
                continue
            start, end, led = hit
            state = self.resolver.state_of(led)
            ids = leads.get(state.id if state else led.id, set())
            if not ids and led.type == "MilitaryGovernment" and len(rulers) == 1:
                # "the leader of Myanmar's junta ... Senior General Min Aung Hlaing": the one person of
                # the article with a junta leader's rank and no state of their own leads the junta named
                ids = rulers
            if len(ids) == 1:
                out.append(Mention(start, end, persons[next(iter(ids))], "description"))
        return out

    def _descriptions(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """'the general', 'the Russian president', 'the Russian leader', 'the junta
        chief': a title the article gave a person before (in 'Russian President
        Vladimir Putin', or 'Putin, the Russian president'), used again with 'the' and
        the same state, resolved when one person of the article has it. A title given
        in an apposition after a name names no one at the apposition itself."""
        at = {i: m for m in found for i in range(m.start, m.end)}
        described: dict[str, set[str]] = {}
        persons: dict[str, Known] = {}
        first: dict[str, int] = {}
        states: dict[str, set[str]] = {}  # person -> the states the article's titles or the registry's `of` give
        # titles given in an apposition after a name ("Tor Ashby, the president of Peru"), and where
        # those appositions start: there they are the name's own title, read as no description of it
        late: dict[str, set[str]] = {}
        beside: set[int] = set()
        for m in found:
            if m.entity.type != "Person" or m.form != "name":
                continue
            persons[m.entity.id] = m.entity
            first.setdefault(m.entity.id, m.start)
            after = _title_after(doc, m, at)
            if after:
                beside.update({m.end + 1, m.end + 2})  # 'the' after the comma, or the title's first word
            if m.entity.state:
                states.setdefault(m.entity.id, set()).add(m.entity.state)
            for title, state in _titles_of(doc, m, at):
                table = late if (title, state) in after else described
                if state is not None:
                    states.setdefault(m.entity.id, set()).add(state.id)
                words = title.split()
                heads = {ABBREVIATIONS.get(words[-1], words[-1])}
                if len(words) > 1 and words[0] not in ("former", "ex", "acting"):
                    heads.add(title)  # 'the prime minister', 'the foreign minister': the whole title again
                if TITLES.get(title) in ("head of state", "head of government", "military ruler"):
                    heads.add("leader")
                for h in heads:
                    table.setdefault(h, set()).add(m.entity.id)
                    if state is not None:
                        for d in [k for k, v in self.resolver.demonyms.items() if v.id == state.id] + [normalise(state.label)]:
                            table.setdefault(f"{d} {h}", set()).add(m.entity.id)
        before_only = described
        merged = {k: described.get(k, set()) | late.get(k, set()) for k in {*described, *late}}
        out = []
        for tok in doc:
            if tok.lower_ != "the":
                continue
            # at an apposition's start, only the titles given before a name (which _beside_a_name then
            # reads as the name beside it, "Han Dong-hoon, the leader of ..."); later, all of them
            described = before_only if tok.i in beside else merged
            for n in (3, 2, 1):
                words = normalise(doc[tok.i + 1: tok.i + 1 + n].text)
                ids = described.get(words)
                if not ids and n > 1 and normalise(doc[tok.i + 1].text) in self.resolver.demonyms:
                    # 'the French president' after 'President Emmanuel Macron': of the presidents named, the
                    # one of France (by a title's state or the registry's `of`), else the one whose state is
                    # not known; never one known to be of another state ('the French president' is not Xi)
                    of = self.resolver.demonyms[normalise(doc[tok.i + 1].text)].id
                    ids = described.get(normalise(doc[tok.i + 2: tok.i + 1 + n].text), set())
                    ids = {p for p in ids if of in states.get(p, ())} or {p for p in ids if not states.get(p)}
                named = self._state_after(doc, tok.i + 1 + n, at)
                if ids and named is not None:
                    # 'the president of the United Arab Emirates': only a person known (by a title
                    # of the article or the registry's `of`) to hold it of that state, else no one
                    ids = {p for p in ids if named.id in states.get(p, ())}
                    if not ids:
                        break
                inside = [at[i] for i in range(tok.i, tok.i + 1 + n) if i in at]
                # a description points back: a person the article names only after it is no antecedent
                # ("the president had left" before two former presidents of another state are named)
                ids = {p for p in ids if first[p] < tok.i} if ids else ids
                if ids and len(ids) == 1 and tok.i + n < len(doc) and all(x.form == "demonym" or x.entity.type == "State"
                                                                         for x in inside):
                    pid = next(iter(ids))
                    nxt = doc[tok.i + 1 + n] if tok.i + 1 + n < len(doc) else None
                    if first[pid] < tok.i and not (nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha):
                        out.append(Mention(tok.i, tok.i + 1 + n, persons[pid], "description"))
                    break
        return out

    def _state_after(self, doc: Doc, i: int, at: dict) -> Known | None:
        """The state named by 'of [the] <state>' starting at token ``i`` ("the president of
        the United Arab Emirates"), else None."""
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        j = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
        m = at.get(j)
        if m is None or m.start != j:
            return None
        return self.resolver.state_of(m.entity) if m.entity.type in ("State", "Government", "MilitaryGovernment") else None

    def _bodies_named_in_capitals(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"The Norwegian Nobel Committee", "the Royal Swedish Academy of Sciences": a body's
        name in capitals after 'the', ending in a noun of :data:`NAMED_BODY_HEADS` (with an
        'of' phrase of capitalised words after it), two words at least besides 'the', which
        the NER model may leave untagged (after a wire's dateline), or tag with a demonym in
        it that keeps the name from being proposed ("The Swedish Academy"). Its words may
        hold a demonym, no other mention; the body is looked up, else proposed as an
        Organisation. Returns the mentions of such names."""
        demonyms = {i for m in found if m.form == "demonym" for i in range(m.start, m.end)}
        taken = {i for m in found for i in range(m.start, m.end)} - demonyms
        out: list[Mention] = []
        for t in doc:
            if t.lower_ not in NAMED_BODY_HEADS or not t.text[:1].isupper() or t.i in taken:
                continue
            start = t.i
            while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and \
                    doc[start - 1].lower_ != "the" and start - 1 not in taken:
                start -= 1
            if start == t.i or start == 0 or doc[start - 1].lower_ != "the" or doc[start].sent.start == start:
                continue
            if any(doc[i].ent_type_ == "ORG" for i in range(start, t.i + 1)) and not demonyms & set(range(start, t.i)):
                continue  # a name the NER model tagged, with no demonym in it: proposed from the model's span
            end = t.i + 1
            if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper():
                end += 1
                while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and end not in taken:
                    end += 1
                if doc[end - 1].lower_ == "of":
                    end -= 1
            name = doc[start:end].text
            known = self.resolver.lookup(name) or self._propose(name, "ORG", "Organisation")
            if known is not None:
                out.append(Mention(start, end, known, "name"))
        return out

    def _unknown(self, doc: Doc, taken: set, found: list[Mention]) -> list[Mention]:
        """Mentions of names the registry and gazetteer lack, from the NER model: a
        surname of a person named earlier, a close spelling of a known name, or a new
        entity to propose."""
        out: list[Mention] = []
        persons: dict[str, Known] = {}
        for m in found:
            if m.entity.type == "Person":
                persons.setdefault(doc[m.end - 1].lower_, m.entity)
                persons.setdefault(" ".join(t.lower_ for t in doc[m.start:m.end]), m.entity)
        claimed = set(taken)
        titled = set(_titled_names(doc, claimed)) | set(_styled_names(doc, claimed)) | set(_listed_names(doc, claimed)) \
            | set(_described_names(doc, claimed)) | set(_post_nominal_names(doc, claimed))
        spans = [(start, end, "PERSON") for start, end in sorted(titled)]
        orgs = {normalise(" ".join(t.text for t in e if t.lower_ not in ("the", "'s", "’s"))) for e in doc.ents
                if e.label_ == "ORG"}
        people = {normalise(e.text) for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
        for e in doc.ents:
            # "... on Power of Siberia 2" ending a headline: the model ran the name on into the line
            # break after its number, which is no part of it (nor a heading run into the name)
            words = [t for t in e if not (t.lower_ in ("the", "'s", "’s") or t.is_punct or t.is_space)]
            while len(words) > 1 and words[0].text[:1].islower() and words[0].lower_.split("-")[0] not in NAME_PARTICLES:
                words.pop(0)  # "Police arrested Tor Ashby": the model took the verb before the name into it
            words = _without_sum(doc, words)
            if e.label_ in NER_CLASS and words:
                spans.append((words[0].i, words[-1].i + 1, e.label_))
        spans = joined_company_names(doc, spans)  # "Hamburger Hafen und Logistik AG": one name, not two
        spans = _joined_as_named_elsewhere(doc, spans, orgs)  # "Africa CDC Director General X": one body
        # "Minister of Economy Mikayil Jabbarov": a span of the model's that takes the portfolio into the name
        # the title gives (:func:`_past_portfolio`) is that name
        spans = [(s_, e, lab) for s_, e, lab in spans if not any(
            s_ < a and e == b and all(doc[x].lower_ in PORTFOLIO_NAME_WORDS for x in range(s_, a)) for a, b in titled)]
        in_ents = {i for e in doc.ents if e.label_ in NER_CLASS for i in range(e.start, e.end)}
        # "shipping company Sovcomflot", "the Canadian company Norvale Gold": a name the NER model
        # left out, after a company noun, is the company's whole name
        spans += [(t.i, _capitalised_run_end(doc, t.i), "ORG") for t in doc if t.i not in in_ents and
                  t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and _company_before(doc, t.i) is not None]
        spans += _company_word_names(doc, in_ents | claimed)  # "Bank Leumi" in a list the model tagged in part
        spans += _asset_names(doc, in_ents | claimed)  # "the Altiplano Link gas pipeline", a name the model missed
        spans += _facility_names(doc, claimed)  # "the Grand Inga Dam", a name the model missed or ran on ("... Dam near X")
        # "the grid operators, Estonia's Velnet, Latvia's Kortex and ...": names a kind's noun lists
        listed_by_kind = _listed_by_kind(doc, claimed)
        spans += [(a, b, "ORG") for a, b in listed_by_kind if not in_ents & set(range(a, b))]
        # "Human Rights Watch's Asia director, X": a body's name in the possessive before a post in it
        # ("the Foreign Ministry's spokeswoman" describes a body the rules of descriptions read)
        spans += [(a, b, "ORG") for a, b in possessors_of_posts(doc, in_ents | claimed)
                  if not _generic_body_name(doc[a:b].text)]
        for t in doc:
            # "the BRELL ring", "the Kavkaz grid": one name before a noun of a shared network is the
            # network's, a body of the states it joins, whatever the NER model took it for
            if t.dep_ == "compound" and t.head.lower_ in NETWORK_NOUNS and t.pos_ == "PROPN" and t.is_alpha and \
                    t.text[:1].isupper() and t.i not in claimed and t.ent_type_ not in ("GPE", "NORP") and \
                    not any(c.dep_ == "compound" for c in t.children) and doc[t.i - 1].lower_ == "the":
                known = self.resolver.lookup(t.text)
                if known is None and (known := self._propose(t.text, "ORG", "Organisation")) is not None:
                    # the name with its noun an alias: "BRELL ring", how the article writes it
                    known = replace(known, proposed={**known.proposed, "aliases": [f"{t.text} {t.head.text}"]})
                if known is not None:
                    out.append(Mention(t.i, t.i + 1, known))
                    claimed.add(t.i)
        for start, end in vessel_names(doc, claimed):
            # "the bulk carrier Eternity C", "MV Ocean Pearl", "attacked the Magic Seas": a vessel,
            # whatever the NER model took its name for (a person, a company, a product)
            name = doc[start:end].text
            if name.endswith(".") and len(doc[end - 1]) == 2:
                name = name[:-1]  # "... the bulk carrier Eternity C.": the tokenizer took the full stop into the name
            known = self.resolver.lookup(name) or self._propose(name, "ORG", "Asset")
            if known is not None:
                out.append(Mention(start, end, known))
                claimed |= set(range(start, end))
        # an Arabic name in full ("Tahnoon bin Zayed Al Nahyan") is proposed before the short forms
        # titled elsewhere ("Sheikh Tahnoon"), which then name that person
        spans.sort(key=lambda sp: not (sp[2] == "PERSON" and _given_name_before(doc, sp[0], claimed) < sp[0]))
        listed = listed_bodies(doc, claimed)  # "Huawei, ZTE, Xiaomi and Oppo": companies, whatever NER took each for
        spans += [(a, b, "ORG") for a, b in sorted(listed) if a not in in_ents]  # one the NER model left out
        for start, end, label in spans:
            if label == "PERSON":
                start = _given_name_before(doc, start, claimed)  # "Tahnoon" + "bin Zayed Al Nahyan": one name
            if label == "PERSON" and end - start == 2 and not claimed & {start, start + 1} and \
                    (doc[start].lower_ in HONORIFICS or doc[start].lower_ in RANKS) and \
                    (full := _patronymic_named(doc[start + 1].lower_, persons)) is not None:
                out.append(Mention(start + 1, end, full, "surname"))  # "Sheikh Tahnoon": the honorific stays out
                claimed |= set(range(start, end))
                continue
            if claimed & set(range(start, end)) or not doc[start].text[:1].isupper():
                continue
            if end - start >= 2 and doc[start].lower_ in HONORIFICS and \
                    " ".join(t.lower_ for t in doc[start + 1:end]) in persons:
                # "Ms Karki" after "Sushila Karki": the honorific is no part of the name, whose
                # surname then finds the person named in full, as a bare surname does ("Ms
                # Ortega" of no one named before stays the name proposed)
                label, start = "PERSON", start + 1
            if label == "ORG" and getattr(self.resolver.lookup(doc[start:end].text), "type", None) not in ("Person", "State") \
                    and (start, end) not in listed_by_kind:
                # "Peace and Security Council", of which NER took "Security Council" alone
                while _tail_of_a_longer_name(doc, start, claimed) and not claimed & {start - 2, start - 1}:
                    start -= 2
            if label == "ORG":
                start = acronym_before_name(doc, start, end, claimed | in_ents)
            if start > 0 and doc[start - 1].lower_ in COMPANY_NAME_WORDS and doc[start - 1].text[:1].isupper() and \
                    doc[start - 1].pos_ == "PROPN" and start - 1 not in claimed | in_ents and \
                    (start < 2 or not (doc[start - 2].pos_ == "PROPN" and doc[start - 2].text[:1].isupper())):
                start, label = start - 1, "ORG"  # "Bank Quillota", of which NER took "Quillota" alone (for a place)
            if label in ("PERSON", "LOC", "GPE", "ORG") and (start, end) not in listed_by_kind:
                end = _name_end(doc, end, claimed)
            if label == "PERSON":
                end = _particles(doc, end)
                while end - start >= 3 and (doc[start].lower_ in RANKS or doc[start].lower_ in NAME_HONORIFICS) and \
                        doc[start].text[:1].isupper():
                    start += 1  # "General Mbaye Cisse", "Sir Alan Brook": no part of the name the person is proposed by
                while end - start >= 2 and doc[start].lower_ in NATIONALITY_NOUNS:
                    start += 1  # "US Citizen Amir Kanji" of a headline: the noun describes the person
            if claimed & set(range(start, end)):
                continue
            if label == "ORG" and _portfolio(doc, start, end):
                continue  # "senior official for African Affairs": the post's portfolio, no body
            last = end  # "Jane Hollis MP": the mention holds the seat she holds, her name does not
            while label == "PERSON" and last - start >= 3 and doc[last - 1].text in POSTNOMINALS:
                last -= 1
            name = doc[start:last].text
            if normalise(name) in self.resolver.shared:
                continue  # "Congo" where the article names both Congos, or neither: not a new place
            if label == "PERSON" and doc[end - 1].text in PLACE_HEADS:
                label = "FAC"  # "St Peter's Square", "Karl Street": a place named after a person is a site
            if label == "FAC" and end < len(doc) and doc[end].lower_ in TERRITORY_NOUNS:
                label = "LOC"  # "Russia's Kaliningrad exclave", "the Donetsk region": a territory, no site
            if label == "PERSON" and normalise(name) in orgs and (start, end) not in titled:
                label = "ORG"  # "Gazprom Neft" taken for a person once, for a company elsewhere: one class
            elif label == "ORG" and end - start >= 3 and any(normalise(name).endswith(" " + p) for p in people):
                label = "PERSON"  # "Thérèse Kayikwamba Wagner" (ORG) where "Kayikwamba Wagner" is a person
            elif label == "ORG" and person_named_as_org(doc, start, end):
                label = "PERSON"  # "first lady Nadine Heredia" (ORG): a person's name by its role or surname
            tail = " ".join(t.lower_ for t in doc[start:end])
            whole = [p for n, p in persons.items() if n.endswith(" " + tail)] if end - start >= 2 else []
            if len({p.id for p in whole}) == 1:  # "Kayikwamba Wagner" after "Thérèse Kayikwamba Wagner"
                out.append(Mention(start, end, whole[0], "surname"))
                claimed |= set(range(start, end))
                continue
            company = _company_before(doc, start) if end - start == 1 else None
            if company is None and label == "PERSON" and (start, end) not in titled:
                company = _company_before(doc, start)  # "the Canadian company Barrick Gold": a body, not a person
            if company is None and (start, end) in listed:
                company = "Organisation"
            if company is None and end - start == 1 and label in ("PERSON", "GPE", "LOC", "ORG") and \
                    doc[start].lower_ not in persons and _party_by_election(doc[start]):
                company = "Organisation"  # "after Labour won the election": a party, whatever NER took it for
            if company is None and label in ("PERSON", "GPE", "LOC", "FAC") and _kind_noun_before(doc, start, end):
                company = "Organisation"  # "the liberal party Vente Venezuela": a party, whatever NER took it for
            if company is None and label in ("PERSON", "GPE", "LOC", "ORG") and _held_before(doc, start):
                company = "Organisation"  # "sold its holdings in Rio Tinto": a company held, whatever NER took it for
            if company is None and end - start == 1 and doc[start].lower_ in persons:  # a surname, whatever NER took it for
                out.append(Mention(start, end, persons[doc[start].lower_], "surname"))
                claimed |= set(range(start, end))
                continue
            first = _first_words(persons)
            if company is None and end - start == 1 and doc[start].lower_ in first:
                # "Xi" after "Xi Jinping", "Kim" after "Kim Jong Un": a family name written first;
                # "Macias" after "Jose Adolfo Macias Villamar": the first of two surnames
                out.append(Mention(start, end, first[doc[start].lower_], "surname"))
                claimed |= set(range(start, end))
                continue
            if company is None and end - start == 1 and label in ("PERSON", "GPE", "LOC") and \
                    _acronym_or_brand(name) and not name.isupper() and name.lower() not in persons:
                company = "Organisation"  # 'QatarEnergy', 'ConocoPhillips': a brand, whatever NER took it for
            if company is None and label in ("PERSON", "FAC", "GPE", "LOC") and (start, end) not in titled and \
                    _group_named(doc, start, end):
                company = "Organisation"  # "Tren de Aragua, a Venezuelan gang": a criminal group, not a person
            if company is None and end - start == 1 and (start, end) not in titled and _officer_after(doc, end):
                company = "Organisation"  # "Andesgas chief executive Tomas Vell": a company, whatever NER took it for
            if company is not None and name.lower() not in NOT_NAMES and doc[start].pos_ == "PROPN":
                label = "ORG"
            elif label == "ORG" and end - start == 1 and (not _acronym_or_brand(name) or name.lower() in NOT_NAMES) \
                    and not _bare_name(doc, doc[start]) and not _one_word_site(doc, start) \
                    and (start, end) not in listed_by_kind:
                continue  # 'Council', 'Treasury', 'LNG': a common word, not a name to propose
            if any(t.is_alpha and t.text.islower() and t.lower_ not in NAME_PARTICLES | {"of", "and", "for", "the", "on"}
                   and not (t.lower_ in FOREIGN_AND and t.pos_ == "PROPN")  # "Hamburger Hafen und Logistik AG"
                   and not (t.i > start and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)
                   for t in doc[start:end]):
                continue  # 'Canadian security agencies': a description, not a name
            if doc[end - 1].lower_ in ("of", "and", "for", "the", "on"):
                continue  # "Allegations of Government of" (India's taken): a phrase cut short, no name
            if _law_name(doc[start:end]):
                continue  # "the International Emergency Economic Powers Act": a law, no actor to propose
            if agreement_name(doc[start:end]):
                claimed |= set(range(start, end))  # no name inside it is another entity's ("Rome" of "Treaty of Rome")
                continue  # "the Agreement on Trade-Related Aspects of ...": an agreement, a fact, no body
            if end < len(doc) and doc[end].lower_ in ("minister", "secretary") and \
                    all(t.lower_ in TITLE_PORTFOLIO_WORDS for t in doc[start:end]):
                continue  # "Israel's National Security Minister": the portfolio of a title, no body
            if label == "ORG" and _fields_of_title(doc, start, end):
                continue  # "Indonesia's Youth and Sports Minister": two fields of one portfolio, no body
            known = self.resolver.lookup(name)
            if known is None and label == "ORG" and _office_name(doc[start:end]):
                continue  # "the Minister for Finance, Dr. X": an office, whose holder speaks, no body
            if known is None and label in ("ORG", "GPE", "LOC", "FAC") and _portfolio_of_title(doc, start, end):
                continue  # "Secretary of State for Transport", "Envoy for Hostage Affairs": an office's words, no body
            if known is None and label == "ORG" and " ".join(t.lower_ for t in doc[start:end]) in TITLES:
                continue  # "X, the National Security Adviser of Y": a title written capitalised, no body
            claimed |= set(range(start, end))
            if known is None:
                # "General Waker-Uz-Zaman": one hyphenated word after a title, its parts capitalised,
                # is a whole personal name, which the title makes sure (one bare word is not)
                hyphenated = label == "PERSON" and company is None and (start, end) in titled and \
                    _hyphenated_name(name)
                known = self._propose(name, label, "Person" if hyphenated else company)
                if known is None:
                    continue
            out.append(Mention(start, end, known))
            if known.type == "Person":
                persons.setdefault(doc[last - 1].lower_, known)
                persons.setdefault(" ".join(t.lower_ for t in doc[start:last]), known)  # for its first word, below
        # "Van Amon's remarks" after "Kesh van Amon", "Ashby later talked" after "Tor Ashby",
        # whatever NER took the words for (a work of art, nothing): capitalised proper nouns
        # ending the name of one person named before, or the inner surname of one
        first = _first_words(persons)
        inner = {w: first[w] for n in persons for w in n.split()[1:-1] if w in first}
        for t in doc:
            if t.i in claimed or t.pos_ != "PROPN" or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
                continue
            run = [t]
            while True:
                k = run[0].i
                if k > 0 and doc[k - 1].pos_ == "PROPN" and k - 1 not in claimed:
                    run.insert(0, doc[k - 1])
                elif k > 1 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
                        and doc[k - 2].is_alpha and not {k - 2, k - 1} & claimed:
                    run[:0] = [doc[k - 2], doc[k - 1]]  # "al-Bashir" after "Mohammad al-Bashir": the hyphen joins one surname
                else:
                    break
            joined = {w.i for w in run if w.text == "-"} | {w.i - 1 for w in run if w.text == "-"}
            if not all(w.text[:1].isupper() and w.is_alpha for w in run if w.i not in joined):
                continue
            while len(run) > 1 and run[0].lower_ in TITLES:
                run.pop(0)  # "thanked Secretary Bessent": the title before the surname is no part of it
            tail = " ".join(w.lower_ for w in run)
            whole = {p.id: p for n, p in persons.items() if n.endswith(" " + tail)}
            if not whole and len(run) == 1 and tail in inner:
                whole = {inner[tail].id: inner[tail]}  # "Macias escaped" after "Jose Adolfo Macias Villamar"
            if not whole and len(run) == 1 and tail in first and t.ent_type_ in ("", "PERSON") and \
                    not (t.i > 0 and doc[t.i - 1].lower_ in ("the", "a", "an")):
                # "Abiy said" after "Prime Minister Abiy Ahmed": the given name of the one person named
                # in full with it (Ethiopian, Eritrean, Icelandic names go by the given name)
                whole = {first[tail].id: first[tail]}
            before = {m.entity.id for m in [*found, *out] if m.start < run[0].i}
            if len(whole) == 1 and set(whole) <= before:
                out.append(Mention(run[0].i, t.i + 1, next(iter(whole.values())), "surname"))
                claimed |= {w.i for w in run}
        # "Georgescu cannot run" in a headline above "Calin Georgescu": one word proposed as a body
        # before the person is named in full is that person's surname
        surnames: dict[str, dict[str, Known]] = {}
        for n, p in persons.items():
            if " " in n:
                surnames.setdefault(n.split()[-1], {})[p.id] = p
        for k, m in enumerate(out):
            if m.end - m.start == 1 and m.form == "name" and m.entity.proposed is not None and \
                    m.entity.type != "Person" and len(surnames.get(doc[m.start].lower_, {})) == 1:
                out[k] = Mention(m.start, m.end, next(iter(surnames[doc[m.start].lower_].values())), "surname")
        # "Rosneft and Lukoil ... Rosneft is controlled by the state": a name proposed once is that
        # entity wherever the text writes it the same way, whether or not the NER model tagged it there
        named = {tuple(t.text for t in doc[m.start:m.end]): m.entity for m in out
                 if m.entity.proposed is not None and m.entity.type != "Person" and m.form == "name"}
        for words, entity in named.items():
            n = len(words)
            for i in range(len(doc) - n + 1):
                if tuple(t.text for t in doc[i:i + n]) == words and not claimed & set(range(i, i + n)) and \
                        not (i + n < len(doc) and doc[i + n].pos_ == "PROPN" and doc[i + n].text[:1].isupper()) and \
                        not (i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()):
                    out.append(Mention(i, i + n, entity))
                    claimed |= set(range(i, i + n))
        out = self._short_company_names(doc, out, claimed, found)
        out = _classes_from_use(doc, out, found)
        out = _names_with_their_heads(out)
        out.sort(key=lambda m: m.start)
        # one class per proposed entity: the first one given, a state company's if any ("state-owned X" once)
        chosen: dict[str, Known] = {}
        for m in out:
            if m.entity.proposed is not None and (m.entity.id not in chosen or m.entity.type == "StateCompany"):
                chosen[m.entity.id] = m.entity
        return [Mention(m.start, m.end, chosen.get(m.entity.id, m.entity), m.form, m.others) for m in out]

    @staticmethod
    def _short_company_names(doc: Doc, out: list[Mention], claimed: set, found: list[Mention]) -> list[Mention]:
        """"Barrick said" after "the Canadian company Barrick Gold": the first word of a
        body's name proposed in this article, written alone after it, names that body,
        as news shortens a company's name once it has given it whole. Only a first word
        that is no generic word of a body's name (:data:`~kg.extract.personhood.BODY_NAME`:
        "National", "Bank") and that begins no other name the article proposes; a word
        joined to other capitalised names ("Barrick Mining") is another name, and one a
        mention of ``found`` or ``out`` covers is left alone. Adds the token indices used
        to ``claimed``; returns ``out`` with those mentions, the word
        proposed alone as a name of its own ("Barrick", tagged by the NER model) made a
        mention of the body."""
        firsts: dict[str, set] = {}
        first_at: dict[str, int] = {}
        for m in out:
            if m.entity.proposed is None or m.entity.type in ("Person", *PLACE_TYPES) or m.end - m.start < 2:
                continue
            word = doc[m.start]
            if word.is_alpha and word.text[:1].isupper() and not word.is_upper and not BODY_NAME.fullmatch(word.text):
                firsts.setdefault(word.text, set()).add(m.entity.id)
                first_at[word.text] = min(first_at.get(word.text, m.start), m.start)
        entity = {m.entity.id: m.entity for m in out}
        short = {w: entity[next(iter(ids))] for w, ids in firsts.items() if len(ids) == 1}
        found = [replace(m, entity=short[m.entity.label]) if m.entity.proposed is not None and m.end - m.start == 1
                 and m.entity.label in short and m.start > first_at[m.entity.label] else m for m in out]
        # a word the NER model took for a lone name that nothing was proposed for is claimed
        # but named by no mention ("Barrick said", tagged a person's one-word name)
        covered = {i for m in [*found, *out] for i in range(m.start, m.end)}
        for t in doc:
            ids = firsts.get(t.text)
            if not ids or len(ids) != 1 or t.i in covered or t.i <= first_at[t.text] or \
                    (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].pos_ == "PROPN") or \
                    (t.i > 0 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].pos_ == "PROPN"):
                continue
            found.append(Mention(t.i, t.i + 1, entity[next(iter(ids))]))
            claimed.add(t.i)
        return found

    def _shared_surnames(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"the British couple Peter and Barbie Reynolds", "brothers Ali and Reza Karimi",
        "Peter and Barbie Reynolds, a British couple,": a given name alone, 'and', then a
        person's full name, where a noun of :data:`KIN_GROUP_NOUNS` comes right before the
        two or in apposition right after them, names two people of one surname: the first
        is the given name with the second's surname ("Peter Reynolds", the registry's or
        proposed). One mention over the words names both (the first its entity, the
        second in ``others``), so that every rule reading them finds the two. Without
        such a noun nothing changes ("Putin and Xi Jinping" are two names)."""
        at = {i: m for m in found for i in range(m.start, m.end)}
        out = []
        for m in found:
            g = m.start - 2
            if m.entity.type != "Person" or m.form != "name" or m.end - m.start < 2 or g < 0 or \
                    doc[g + 1].lower_ not in ("and", "&") or g in at or not _given_name(doc[g]):
                out.append(m)
                continue
            if not (g > 0 and doc[g - 1].lower_ in KIN_GROUP_NOUNS) and not _kin_after(doc, m.end):
                out.append(m)
                continue
            name = f"{doc[g].text} {doc[m.start + 1:m.end].text}"
            first = self.resolver.lookup(name) or self._propose(name, "PERSON", "Person")
            if first is None or first.id == m.entity.id:
                out.append(m)
                continue
            out.append(Mention(g, m.end, first, "name", (m.entity,)))
        return out

    def _national_sections(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A body's section in one country named by the body's name and the state's
        ("Amnesty International Indonesia", "Transparency International Kenya", "Save the
        Children UK"): an organisation's name (:data:`SECTION_BODIES`) with a state's name
        right after it, no word or mark between, the state's word the head of a noun
        phrase the organisation's words modify (the parser's compounds) and no modifier of
        another noun. That is one name of an organisation, the section, not the state:
        the state's name inside it is no mention of the state, so the section's words are
        never put in the state's mouth. The section is read from the registry under that
        name, else proposed as an ``Organisation`` of no state (it speaks for itself).
        "The EU gave Ukraine ..." (the state an object) and "the IMF Ukraine programme"
        (the state's name modifying a noun) are two mentions as before."""
        out = []
        for a, b in zip(found, found[1:]):
            if a.form != "name" or b.form != "name" or a.end != b.start or a.entity.type not in SECTION_BODIES \
                    or b.entity.type != "State" or b.end - b.start != 1:
                continue
            head = doc[b.start]
            if head.dep_ == "compound" or any(doc[i].head.i not in range(a.start, b.end) for i in range(a.start, a.end)):
                continue
            name = doc[a.start:b.end].text
            known = self.resolver.lookup(name) or self._propose(name, "ORG", "Organisation")
            if known is not None:
                out.append(Mention(a.start, b.end, known))
        return _merge_over(found, out) if out else found

    def _bodies_named_with_a_state(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A body whose name holds a state's ("the Kenya National Bureau of Statistics",
        "the Central Bank of Nigeria", "the Zambia Statistics Agency"), which the registry
        lacks, or an airline's ("Air India", "Kenya Airways"): the NER model's organisation
        over the state's name inside it, when the name begins or ends with a word of a body
        (:data:`BODY_WORDS`, :data:`AIRLINE_WORDS`), or ends with 'of' and the state after
        such a word ("First International Bank of Ostravia"), and is made of capitalised
        words and 'of', 'and', 'for', 'the' alone ("the Central Bank of the Argentine Republic",
        where the state's demonym stands in its formal name). The body is proposed as an organisation of that
        state (its ``of``), or read from the registry when it is there under that name; the
        state's name inside it is no mention of the state. A government or cabinet ("the
        Kenyan Government") is left to the rules of governments."""
        drop, out = set(), []
        for e in doc.ents:
            if e.label_ != "ORG":
                continue
            words = [t for t in e if not (t.lower_ in ("the", "'s", "’s") or t.is_punct)]
            if len(words) < 2:
                continue
            start, end = words[0].i, words[-1].i + 1
            inside = [m for m in found if start <= m.start and m.end <= end]
            # "the Central Bank of the Argentine Republic": the state's demonym in its formal name
            states = [m for m in inside if m.entity.type == "State" and m.form in ("name", "demonym")]
            if len(states) != 1 or len(inside) != 1 or (states[0].start, states[0].end) == (start, end):
                continue
            # "First International Bank of Israel": a body's word before 'of' and the state that ends the name
            of_state = states[0].end == end and states[0].start - start >= 2 and \
                doc[states[0].start - 1].lower_ == "of" and doc[states[0].start - 2].lower_ in BODY_WORDS
            if not ({doc[start].lower_, doc[end - 1].lower_} & (BODY_WORDS | AIRLINE_WORDS) or of_state) or \
                    any(t.lower_ in ("government", "cabinet") for t in doc[start:end]) or \
                    not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "the") for t in doc[start:end]) or \
                    doc[end - 1].lower_ in ("of", "and", "for"):
                continue
            name = doc[start:end].text
            state = states[0].entity
            known = self.resolver.lookup(name)
            if known is None:
                eid = slug(name)
                if eid in self.resolver.registry.entities:
                    continue
                of = {"of": state.id} if state.id in self.resolver.registry.entities else {}
                known = Known(eid, "Organisation", name, {"id": eid, "type": "Organisation", "label": name, **of},
                              state=state.id)
            drop.add(states[0].start)
            out.append(Mention(start, end, known))
        if not out:
            return found
        kept = [m for m in found if not (m.start in drop and m.entity.type == "State")]
        return sorted(kept + out, key=lambda m: m.start)

    def _propose(self, name: str, label: str, etype: str | None = None) -> Known | None:
        """A new entity for a name the registry and gazetteer lack: its class guessed from
        the NER label (:data:`NER_CLASS`, :data:`ORG_HINTS`) unless ``etype`` gives it;
        None for one word a person's name may be, or an id taken by another name. A person's
        name loses the ranks, titles and honorifics of :data:`RANKS` and
        :data:`NAME_HONORIFICS` before it ("General Mbaye Cisse", "Mawlawi Mbaye Cisse":
        'Mbaye Cisse') and the letters of :data:`POSTNOMINALS` after it."""
        if etype == "Person" or etype is None and label == "PERSON":
            words = name.split()
            while len(words) >= 3 and (words[0].lower() in RANKS or words[0].lower() in NAME_HONORIFICS):
                words = words[1:]
            while len(words) >= 3 and words[-1] in POSTNOMINALS:
                words = words[:-1]
            name = " ".join(words)
        if etype is not None:
            eid = slug(name)
            return None if eid in self.resolver.registry.entities else \
                Known(eid, etype, name, {"id": eid, "type": etype, "label": name})
        etype = NER_CLASS[label]
        if label in ("LOC", "GPE", "FAC") and WATER_NAME.match(name):
            return self._propose(name, label, "Region")  # "Red Sea", "Gulf of Aden": a sea, not a town or site
        if label in ("LOC", "GPE") and LAND_NAME.match(name):
            return self._propose(name, label, "Region")  # "the West Bank", "the Gaza Strip": a territory, no town
        if label == "PERSON" and len(name.split()) < 2:
            return None  # a single name nobody introduced: too unsure to propose
        if label in ("GPE", "LOC") and normalise(name) in _divisions():
            return self._propose(name, label, "Region")  # "Florida", "Bavaria": a state's first-level division
        if label == "GPE":
            etype = "City"  # a place-name the state gazetteer does not know is a city or region
        if label == "ORG":
            etype = next((t for rx, t in ORG_HINTS if rx.search(name)), "Organisation")
        eid = slug(name)
        if eid in self.resolver.registry.entities:
            return None  # the id is taken by an entity of another name: leave it out
        return Known(eid, etype, name, {"id": eid, "type": etype, "label": name})

    def _pronouns(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """Resolve he/she/him/her/his to the one person named before it in its own
        sentence, else to the one person named in that sentence and the previous one;
        when neither is one person, by salience (:func:`_salient_person`): the persons
        named in the :data:`PRONOUN_WINDOW` sentences before and in its own, those
        whose gender the text gives otherwise (:func:`_genders`) left out; and 'it' as the
        subject of an action to the one state or body named before it in the same or the
        previous sentence (not a place, nor a capital named as one, nor a demonym
        modifying a noun), unless its verb is one of impersonal 'it' (:data:`IT_IMPERSONAL`)."""
        out, i = [], 0
        genders = _genders(doc, found)
        persons: list[tuple[int, Known]] = []  # (sentence start token, person)
        bodies: list[tuple[int, Known]] = []  # (sentence start token, state or body)
        assets: list[tuple[int, Known]] = []  # (sentence start token, named facility)
        for tok in doc:
            while i < len(found) and found[i].start <= tok.i:
                m = found[i]
                out.append(m)
                if m.entity.type == "Asset":
                    assets.append((tok.sent.start, m.entity))
                if m.entity.type == "Person":
                    persons.append((tok.sent.start, m.entity))
                elif m.entity.type not in IT_UNFIT and not (m.form == "demonym" and doc[m.start].dep_ in ("amod", "compound")) \
                        and not (m.form == "capital" and doc[m.end - 1].dep_ == "pobj"):  # "arrived in Lima": a place
                    bodies.append((tok.sent.start, m.entity))
                i += 1
            if _of_a_facility(tok) and not any(m.start <= tok.i < m.end for m in out):
                # "Officials put its cost at $5 billion and say it was built without loans", after the
                # dam: the one facility named in this sentence or the two before, else no one (a state
                # is not built, nor has a reservoir)
                sents = [s_.start for s_ in doc.sents if s_.start <= tok.sent.start][-3:]
                near = {a.id: a for s_, a in assets if s_ >= sents[0]}
                if len(near) == 1:
                    out.append(Mention(tok.i, tok.i + 1, next(iter(near.values())), "pronoun"))
                continue
            if tok.lower_ in ("its", "their") and tok.dep_ == "poss" and tok.head.lemma_ in AGENTS and \
                    tok.head.i == tok.i + 1 and not any(m.start <= tok.i + 1 < m.end for m in out):
                # "Israel has rejected the accusation. Its representatives told the judges ...": the body
                # its people speak and act for (the one named in this or the last sentence)
                prev = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
                near = {b.id: b for s, b in bodies if s >= prev}
                if len(near) == 1 and tok.lower_ == "its":
                    out.append(Mention(tok.i, tok.i + 2, next(iter(near.values())), "pronoun"))
                continue
            if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" and \
                    tok.head.lemma_ not in IT_IMPERSONAL and not any(m.start <= tok.i < m.end for m in out):
                # "The bloc ... It also agreed to": the one state or body named in this or the last sentence
                first = _first_clause_subject(tok)
                if first is not None:
                    # "The fund said ..., but it declined to name them": the subject of the clause it is
                    # joined to, or no one when that subject names no state or body
                    m = next((m for m in out if m.start <= first.i < m.end), None)
                    if m is not None and m.entity.type not in IT_UNFIT | {"Person"}:
                        out.append(Mention(tok.i, tok.i + 1, m.entity, "pronoun"))
                    continue
                prev = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
                # the one body its own sentence names first ("crucial for Myanmar as it relies on Russia"),
                # else the one of this sentence and the last
                own = {b.id: b for s, b in bodies if s == tok.sent.start}
                near = own if len(own) == 1 else {b.id: b for s, b in bodies if s >= prev}
                told = _account_before(doc, tok, out) if not own and prev < tok.sent.start else None
                if told is not None:
                    # "The Chinese account said ... It did not mention X": the account, so its teller
                    near = {told.id: told} if told is not ACCOUNT_UNTOLD else {}
                elif len(near) != 1 and not own and prev < tok.sent.start:
                    near = _subject_of(doc[prev].sent, out)
                if len(near) == 1:
                    out.append(Mention(tok.i, tok.i + 1, next(iter(near.values())), "pronoun"))
                continue
            if _ruling_group(tok, out):  # "Mali, Burkina Faso and Niger ... The juntas accused the bloc"
                group, _ = plural_subject_before(doc, tok, out)
                if group and all(e.type == "State" for e in group):
                    out.append(Mention(tok.i - 1, tok.i + 1, group[0], "description", tuple(group[1:])))
                continue
            if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and not any(m.start <= tok.i < m.end for m in out):
                group, _ = plural_subject_before(doc, tok, out)
                if group:  # "Britain, France and Germany ... when they notified the council"
                    out.append(Mention(tok.i, tok.i + 1, group[0], "pronoun", tuple(group[1:])))
                continue
            if tok.lower_ in PRONOUNS and tok.text[:1] in "hHsS" and not any(m.start <= tok.i < m.end for m in out):
                sent = tok.sent
                prev = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
                # the one person its own sentence names before it ("Orban flew to Moscow after visiting
                # Kyiv, where he met Zelensky"), else the one of this sentence and the last
                own = {p.id: p for s, p in persons if s == sent.start}
                near = own if len(own) == 1 else {p.id: p for s, p in persons if s >= prev}
                gender = PRONOUN_GENDER[tok.lower_]
                client = _client_of_agent(tok, out, gender, genders)
                praised = _praised_for(tok, out, gender, genders)
                if client is not None:
                    person = client
                elif praised is not None:
                    person = praised
                elif not own and (kept := _subject_kept(tok, prev, out, gender)) is not None:
                    person = kept  # "X conceded. In a post he thanked Y ... He told supporters": still X
                elif own and len(own) == 1 and _known_other(tok, next(iter(own)), gender, genders, out):
                    person = None  # "General X announced her resignation" after a woman named: whose, unsure
                elif len(near) == 1 and genders.get(next(iter(near)), gender) == gender and \
                        (own or not _known_other(tok, next(iter(near)), gender, genders, out)):
                    # (a possessive or object whose one near person's gender is unknown, with a woman
                    # told before: salience decides, below)
                    person = next(iter(near.values()))
                    if not own:
                        person = _possessor_of_relative(doc, person, prev, out, gender) or person
                else:
                    person = _salient_person(doc, tok, out, genders)
                if person is not None:
                    genders.setdefault(person.id, gender)  # "Orban said he ...": Orban is a man, for later pronouns
                    out.append(Mention(tok.i, tok.i + 1, person, "pronoun"))
        out += found[i:]
        return out


#: Verbs whose passive subject 'it' is a facility ("it was built", "it will be filled").
FACILITY_VERBS = {"build", "construct", "complete", "design", "fill", "commission", "operate",
                  "inaugurate", "finish", "damage", "repair"}
#: Nouns whose possessor 'its' is a facility ("its cost", "its reservoir", "its turbines").
FACILITY_PARTS = {"cost", "capacity", "reservoir", "construction", "turbine", "output", "height", "length",
                  "filling", "operation", "builder", "completion"}


def _of_a_facility(tok: Token) -> bool:
    """Whether the pronoun ``tok`` is the passive subject of a verb of building or running
    an installation (:data:`FACILITY_VERBS`: "it was built") or the possessive of one of its
    parts or figures (:data:`FACILITY_PARTS`: "its cost", "its reservoir"): what a facility,
    not a state or a body, is said to be or have."""
    if tok.lower_ == "it" and tok.dep_ == "nsubjpass":
        return tok.head.lemma_.lower() in FACILITY_VERBS
    return tok.lower_ == "its" and tok.dep_ == "poss" and tok.head.lemma_.lower() in FACILITY_PARTS


def _facility_descriptions(doc: Doc, found: list[Mention]) -> list[Mention]:
    """"the dam" after "the Grand Inga Dam": a definite noun that is the head of the name of
    one facility named before it (an Asset whose name ends in that noun, :data:`FACILITY_HEADS`),
    a description of it; nothing when two such facilities were named, or none. A noun
    modifying another ("the dam site") is no description of the dam."""
    heads = {h.lower() for h in FACILITY_HEADS}
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for t in doc:
        if t.lower_ not in heads or not t.text.islower() or t.i < 1 or doc[t.i - 1].lower_ != "the" or \
                t.dep_ == "compound" or t.i in taken:
            continue
        named = {m.entity.id: m.entity for m in found if m.end <= t.i and m.entity.type == "Asset"
                 and m.entity.label.lower().split()[-1] == t.lower_}
        if len(named) == 1:
            out.append(Mention(t.i - 1, t.i + 1, next(iter(named.values())), "description"))
    return out


#: The gender of the fewer persons news names: women are about a quarter of the people
#: seen, heard or read about in the news (Global Media Monitoring Project 2020, "Who Makes
#: the News?", 25%). A person whose gender the text never gives is then most likely a man,
#: so 'his' may well be theirs, while 'her' after a woman the text has named is more likely
#: hers than an unknown person's.
MINORITY_GENDER = "f"


def _known_other(tok: Token, pid: str, gender: str, genders: dict[str, str], before: list[Mention]) -> bool:
    """Whether a possessive or object pronoun ``tok`` ("her resignation", "a request
    from her") after the one person
    ``pid`` of its sentence, whose gender the text has not given, may as well be another:
    a person named or referred to in the :data:`PRONOUN_WINDOW` sentences before whom the
    text gives the pronoun's gender (``gender``, 'm' or 'f'; ``genders``: person id ->
    gender as known so far). "Hasina resigned. She fled. General X announced her
    resignation": 'her' is Hasina's as likely as the general's, and the sentence does not
    say; a pronoun left unresolved drafts nothing, where a guess would give the general
    a woman's pronoun and every later 'he' another antecedent. Feminine pronouns only
    (:data:`MINORITY_GENDER`): 'his' beside a person of unknown gender is most likely theirs."""
    if tok.dep_ not in ("poss", "pobj", "dobj", "dative") or pid in genders or gender != MINORITY_GENDER:
        return False
    doc = tok.doc
    start = tok.sent.start
    for _ in range(PRONOUN_WINDOW):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return any(m.entity.type == "Person" and m.entity.id != pid and genders.get(m.entity.id) == gender
               and start <= m.start < tok.sent.start for m in before)


def _subject_kept(tok: Token, since: int, before: list[Mention], gender: str) -> Known | None:
    """The person a subject pronoun ``tok`` continues when the sentence before (from token
    ``since``) had a subject pronoun of the same gender too ("Ashby conceded. In a post he
    congratulated Moro. He told supporters ..."): the person that pronoun was read as, not
    one the sentence before names as an object (centering theory: a subject pronoun keeps
    the backward-looking centre its predecessor kept). None when ``tok`` is no subject, or
    the sentence before has no such pronoun, or several read as different persons.
    ``before``: the mentions resolved so far, in text order."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or since >= tok.sent.start:
        return None
    kept = {m.entity.id: m.entity for m in before
            if m.form == "pronoun" and since <= m.start < tok.sent.start and m.end - m.start == 1
            and tok.doc[m.start].dep_ in ("nsubj", "nsubjpass") and tok.doc[m.start].lower_ in PRONOUN_GENDER
            and PRONOUN_GENDER[tok.doc[m.start].lower_] == gender and m.entity.type == "Person"}
    return next(iter(kept.values())) if len(kept) == 1 else None


def _possessor_of_relative(doc: Doc, person: Known, since: int, before: list[Mention], gender: str) -> Known | None:
    """The person a pronoun of ``gender`` continues when the one person the sentence
    before names, ``person``, was brought in through a possessive pronoun of that gender
    ("Her aunt X was removed in 2014. She is ...", "his deputy, X"): the possessor, whom
    that sentence already spoke of and whom the text keeps as its centre (centering
    theory: an entity realised as a pronoun stays the backward-looking centre), not the
    relative. ``since``: the first token of the sentence before; ``before``: mentions
    resolved so far. None when no such possessive is found."""
    at = {m.start: m for m in before if m.form == "pronoun"}
    for m in before:
        if m.start < since or m.entity.id != person.id or m.form == "pronoun":
            continue
        t = doc[m.end - 1]
        noun = t.head if t.dep_ in ("appos", "compound") else t
        # the role noun the name is in apposition to, or the one the parser makes a compound of the name
        nouns = [noun, *(c for c in noun.children if c.dep_ == "compound" and c.i < m.start)]
        k = m.start - 1 - (m.start > 1 and doc[m.start - 1].text == ",")
        if k >= 0 and doc[k].pos_ == "NOUN":
            nouns.append(doc[k])  # "Her aunt Mara Varo", however the parser joins the two
        for p in (p for n in nouns for p in n.children):
            owner = at.get(p.i)
            if p.dep_ == "poss" and p.lower_ in PRONOUN_GENDER and PRONOUN_GENDER[p.lower_] == gender and \
                    owner is not None and owner.entity.id != person.id:
                return owner.entity
    return None


#: Verbs that judge or thank their object for something of its own ("congratulated Ms
#: Karki on her appointment", "thanked Tor Ashby for his help", "blamed X for his
#: handling"): a possessive in the verb's 'on' or 'for' phrase is the object's.
JUDGED_FOR_VERBS = {"congratulate", "thank", "praise", "commend", "hail", "applaud", "salute", "criticise",
                    "criticize", "blame", "fault", "rebuke", "reprimand"}


def _praised_for(tok: Token, before: list[Mention], gender: str, genders: dict[str, str]) -> Known | None:
    """The person a possessive pronoun ``tok`` stands for in the 'on' / 'for' phrase of a
    verb of :data:`JUDGED_FOR_VERBS` ("Modi congratulated Ms Karki on her appointment"):
    the verb's object, a person named, when the text gives them no other gender than the
    pronoun's. None otherwise, for the other rules to read."""
    if tok.dep_ != "poss" or tok.head.dep_ != "pobj" or tok.head.head.lower_ not in ("on", "for"):
        return None
    verb = tok.head.head.head
    if verb.pos_ != "VERB" or verb.lemma_ not in JUDGED_FOR_VERBS:
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    found = [m.entity for o in objs for m in before if m.start <= o.i < m.end and m.entity.type == "Person"]
    if len(found) != 1 or genders.get(found[0].id, gender) != gender:
        return None
    return found[0]


#: Nouns of a told version of events ("The Chinese account said ...", "the Kremlin's
#: readout"): an 'it' after one stands for the text, so for whoever tells it.
ACCOUNT_NOUNS = {"account", "readout", "read-out", "version", "communique", "communiqué", "transcript", "summary"}
#: :func:`_account_before`'s answer for an account whose teller the text does not name.
ACCOUNT_UNTOLD = Known("", "", "")


def _account_before(doc: Doc, tok: Token, before: list[Mention]) -> Known | None:
    """What 'it' (``tok``, a subject) stands for when the previous sentence's subject is
    an account of :data:`ACCOUNT_NOUNS` ("The Chinese account, published by Xinhua, said
    the call was held at the U.S. side's request. It did not mention rare earths."): the
    account's teller, the first entity named inside the subject's own words (its demonym
    or possessor: China), or :data:`ACCOUNT_UNTOLD` when they name none; None when the
    previous sentence's subject is no account (the usual reading applies)."""
    prev = doc[tok.sent.start - 1].sent
    subj = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].lemma_.lower() not in ACCOUNT_NOUNS or subj[0].pos_ != "NOUN":
        return None
    # the subject's modifiers only, not its relative or participial clause ("published by Xinhua")
    words = {t.i for c in subj[0].children if c.dep_ in ("amod", "poss", "compound", "nmod") for t in c.subtree}
    tellers = [m.entity for m in before if m.start in words and m.entity.type not in ("City", "Place", "Site", "Region")]
    return tellers[0] if tellers else ACCOUNT_UNTOLD


def _client_of_agent(tok: Token, before: list[Mention], gender: str, genders: dict[str, str]) -> Known | None:
    """The person a pronoun ``tok`` stands for when an earlier word of its sentence names
    that person as the one an agent speaks for ("Her lawyer, Rodolphe Bosselut, told
    reporters that she would appeal", "Le Pen's spokesman said she would run"): the
    possessor, resolved to a person of the pronoun's gender (or of none known), of a noun
    of :data:`SPEAKING_AGENTS`, when the pronoun lies outside that noun's phrase. The agent
    named in apposition is then not the pronoun's referent: the agent reports what the
    client will do. ``before``: the mentions so far, in text order; returns the person or
    None."""
    doc = tok.doc
    for p in doc[tok.sent.start:tok.i]:
        if p.dep_ != "poss" or p.head.lemma_.lower() not in SPEAKING_AGENTS or tok in p.head.subtree:
            continue
        if p.lower_ in PRONOUN_GENDER and PRONOUN_GENDER[p.lower_] != gender:
            continue
        m = next((m for m in before if m.start <= p.i < m.end and m.entity.type == "Person"), None)
        if m is not None and genders.get(m.entity.id, gender) == gender:
            return m.entity
    return None


#: Plural nouns of those who rule states, that stand for the states a plural subject just
#: before names ("Mali, Burkina Faso and Niger are leaving ... The juntas accused the bloc").
RULING_GROUPS = {"juntas", "regimes", "governments"}


def _ruling_group(tok: Token, found: list[Mention]) -> bool:
    """Whether ``tok`` is the head of 'the juntas', 'the regimes', 'the governments'
    (:data:`RULING_GROUPS`) as a subject no mention covers yet."""
    return tok.lower_ in RULING_GROUPS and tok.dep_ in ("nsubj", "nsubjpass") and tok.i > 0 and \
        tok.doc[tok.i - 1].lower_ == "the" and not any(m.start <= tok.i < m.end for m in found)


def _subject_of(sent: Span, found: list[Mention]) -> dict[str, Known]:
    """The one state or body that is the subject of ``sent``'s main clause ("Chile accused
    Peru of arming rebels."), as {id: entity}; empty when that subject is no such mention,
    or several joined ("Chile and Peru"). A subject pronoun continues the previous
    sentence's subject before its other actors (the preference of centering theory for
    the subject as the backward-looking centre: Grosz, Joshi and Weinstein, *Computational
    Linguistics* 21(2), 1995)."""
    subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or any(c.dep_ == "conj" for c in subj[0].children):
        return {}
    m = next((m for m in found if m.start <= subj[0].i < m.end), None)
    if m is None or m.entity.type in IT_UNFIT or m.entity.type == "Person" or len(m.entities) > 1:
        return {}
    return {m.entity.id: m.entity}


def plural_subject_before(doc: Doc, tok: Token, mentions: list[Mention]) -> tuple[list[Known], str]:
    """The states or bodies of the nearest plural subject before ``tok``, in its own
    sentence or the :data:`PRONOUN_WINDOW` before, when that subject names two or more
    of them (conjoined names, "Britain, France and Germany", or a group, "the two
    countries"): what 'they' as a subject stands for, and who signed "the agreement"
    a passive names no signer of. None when the nearest plural subject names fewer,
    names persons or places, or is a description no mention resolves ("the juntas"):
    the subject-preference of :func:`_salient_person`, for groups. Only the mentions
    before ``tok`` are read. Returns the entities and the words naming them ("Chile
    and Peru", for a reviewer's note), or ([], "")."""
    at = {i: m for m in mentions for i in range(m.start, m.end) if m.start < tok.i}
    start = tok.sent.start
    for _ in range(PRONOUN_WINDOW + 1):
        sent = doc[start].sent
        # a relative clause's subject ("the sites that Israel and the United States bombed")
        # tells about a noun of the sentence, not what the sentence is about
        heads = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and t.head.dep_ != "relcl"]
        for head in reversed(heads):
            members = [head, *head.conjuncts]
            ms = _uniq_mentions([at[t.i] for t in members if t.i in at])
            ents = [e for m in ms for e in m.entities]
            if len(members) < 2 and head.tag_ not in ("NNS", "NNPS") and len(ents) < 2:
                continue  # a singular subject: not what 'they' stands for
            ok = len({e.id for e in ents}) >= 2 and all(e.type != "Person" and e.type not in IT_UNFIT for e in ents)
            if not ok:
                return [], ""
            return list({e.id: e for e in ents}.values()), doc[min(m.start for m in ms): max(m.end for m in ms)].text
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return [], ""


def _uniq_mentions(ms: list[Mention]) -> list[Mention]:
    """The mentions in order, each span once (a name of two tokens is one mention)."""
    seen, out = set(), []
    for m in ms:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def _genders(doc: Doc, found: list[Mention]) -> dict[str, str]:
    """The gender the text gives a person by a word before one of its names ("Mr
    Trump", "Queen Rania": :data:`GENDERED_TITLES`; "her brother, Tor Ashby":
    :func:`~kg.extract.personhood.kin_gender`) or a reflexive pronoun right after it
    ("Orlo himself"): person id -> 'm' or 'f'. A person given both is left out. The
    pronouns resolved later add theirs (:meth:`MentionFinder._pronouns`)."""
    seen: dict[str, set[str]] = {}
    for m in found:
        if m.entity.type != "Person" or m.form == "pronoun":
            continue
        # "Heredia's brother, Ilan Heredia"; before a title, which may be a word of the name itself
        # ("her sister, Sheikh Rehana": 'Sheikh' is borne by women too in Bangladeshi names)
        kin = kin_gender(doc, m.start) or (kin_gender(doc, m.start - 1) if m.start > 0 and
                                           doc[m.start - 1].lower_ in GENDERED_TITLES else None)
        if kin:
            seen.setdefault(m.entity.id, set()).add(kin)
        else:
            for j in (m.start, m.start - 1):
                if 0 <= j < len(doc) and doc[j].lower_ in GENDERED_TITLES:
                    seen.setdefault(m.entity.id, set()).add(GENDERED_TITLES[doc[j].lower_])
                    break
        if m.end < len(doc) and doc[m.end].lower_ in ("himself", "herself"):
            seen.setdefault(m.entity.id, set()).add(PRONOUN_GENDER[doc[m.end].lower_])  # "Castell himself"
    return {pid: next(iter(g)) for pid, g in seen.items() if len(g) == 1}


def _salient_person(doc: Doc, tok: Token, before: list[Mention], genders: dict[str, str]) -> Known | None:
    """The person a personal pronoun ``tok`` most likely stands for when no one person is
    named in its sentence and the one before, by the salience of centering theory (the
    subject is the likeliest antecedent: Grosz, Joshi and Weinstein, *Computational
    Linguistics* 21(2), 1995). The candidates are the persons named (or pronouns
    resolved) in its own sentence before it and in the :data:`PRONOUN_WINDOW` sentences
    before, less those whose gender the text gives otherwise (and for a feminine pronoun,
    :data:`MINORITY_GENDER`, only the one woman the text has named, if one),
    and, for an object pronoun,
    the subject of its own clause ("the colonel broke with him" is not the colonel:
    binding theory's principle B), also the subject a verb joined to its own shares ("X
    had spoken to Y and expressed his support for him": not X). An object pronoun whose
    own sentence names one candidate before it, its subject left out, is that one. One candidate alone is taken; else the subject of the
    main clause of the nearest sentence naming a candidate (a name in apposition to the
    subject counts: "X's spokesman, Y, said"), when it is one of them. ``before`` holds
    the mentions in text order up to ``tok``. Returns None when no rule picks one person:
    a pronoun left unresolved drafts nothing."""
    gender = PRONOUN_GENDER[tok.lower_]
    starts = [tok.sent.start]
    while len(starts) <= PRONOUN_WINDOW and starts[-1] > 0:
        starts.append(doc[starts[-1] - 1].sent.start)
    window = [m for m in before if m.entity.type == "Person" and starts[-1] <= m.start < tok.i]
    at = {i: m.entity for m in window for i in range(m.start, m.end)}
    bound = set()
    if tok.dep_ in ("dobj", "pobj", "dative", "iobj"):
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = [c for c in (verb.children if verb is not None else ()) if c.dep_ == "nsubj"]
        while not subj and verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # "X had spoken to Y and expressed his support for him": the verbs joined share X as subject
            verb = verb.head
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(c.i not in at and c.pos_ in ("NOUN", "PROPN") for c in subj):
            return None  # "the colonel broke with him": a subject named otherwise, whom the pronoun is not
        bound = {at[c.i].id for c in subj if c.i in at}
    fit = {m.entity.id: m.entity for m in window if genders.get(m.entity.id, gender) == gender and m.entity.id not in bound}
    # one candidate the text gives the pronoun's gender beats those whose gender it never gives
    # ("Hasina ... She fled ... Jaishankar told parliament ... Her son denied that she had asked"):
    # agreement known outranks the salience of a subject that may not agree
    confirmed = {k: e for k, e in fit.items() if genders.get(k) == gender}
    if len(confirmed) == 1 and gender == MINORITY_GENDER:
        fit = confirmed
    if len(fit) == 1:
        return next(iter(fit.values()))
    own = {m.entity.id: m.entity for m in window if m.entity.id in fit and m.start >= tok.sent.start}
    if bound and len(own) == 1:  # "X had spoken to Y and expressed his support for him": the one other of its sentence
        return next(iter(own.values()))
    if not bound:  # "Qureshi protested that his statement ...": the subject of a clause the pronoun is inside
        for verb in (a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")):
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and tok not in c.subtree]
            if not subj and verb.dep_ in ("xcomp", "pcomp", "advcl", "acl"):
                return None  # "thanked X for leading his country": the subject left out may be the object
            if subj and subj[0].i in at:
                return at[subj[0].i] if at[subj[0].i].id in fit else None
            if subj:
                break  # "It was his first visit", "who said he ...": no person of the window; the sentences before
    for n, start in enumerate(starts):
        if not any(doc[m.start].sent.start == start and m.entity.id in fit for m in window):
            continue
        root = doc[start].sent.root
        heads = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        named = [at[h.i] if h.i in at else next((at[c.i] for c in h.children if c.dep_ == "appos" and c.i in at), None)
                 for h in heads]
        named = [e for e in named if e is not None and e.id in fit]
        if len(named) != 1:
            return None
        centre = _continued_centre(doc, start, starts[n + 1] if n + 1 < len(starts) else None, before, fit)
        if centre is not None and centre.id != named[0].id and genders.get(centre.id) == gender and \
                not any(m.entity.id == named[0].id and m.start < start for m in before):
            # "A court sentenced Khan ... Judge Rana read the verdict where Khan is held. His wife, ...":
            # the centre carried on from the sentence before, known to agree in gender, not a subject
            # just brought in (a 'continue' or 'retain' transition over a 'shift': Brennan, Friedman
            # and Pollard, ACL 1987)
            return centre
        return named[0]
    return None


def _continued_centre(doc: Doc, start: int, earlier: int | None, before: list[Mention],
                      fit: dict[str, Known]) -> Known | None:
    """The backward-looking centre of the sentence beginning at token ``start``: of the
    persons in ``fit`` it names, the one the sentence before it (beginning at ``earlier``)
    names too, that sentence's subject first, else the first named there; None when
    there is no sentence before or it names none of them."""
    if earlier is None or earlier >= start:
        return None
    end = doc[start].sent.end  # the sentence's bounds once, not a sentence built for each mention before it
    here = {m.entity.id for m in before if start <= m.start < end and m.entity.id in fit}
    prior = [m for m in before if earlier <= m.start < start and m.entity.id in here]
    if not prior:
        return None
    subject = [m for m in prior if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
    return (subject or prior)[0].entity


#: Head nouns a definite description of a body uses ("the ministry said", "the court
#: ruled"), and the classes of entity each may stand for besides those whose name
#: holds the noun ("the court" is the International Court of Justice).
BODY_NOUNS = {
    "ministry": (), "court": ("Court",), "council": (), "commission": (), "agency": (), "department": (),
    "office": (), "tribunal": ("Court",), "committee": (), "parliament": (), "presidency": (), "bank": (),
    "company": ("Company", "StateCompany"), "firm": ("Company", "StateCompany"),
    "corporation": ("Company", "StateCompany"), "alliance": ("InternationalOrganisation",),
    "bloc": ("InternationalOrganisation",), "military": ("ArmedForces", "MilitaryGovernment"),
    "army": ("ArmedForces",), "junta": ("MilitaryGovernment",), "regime": ("MilitaryGovernment",),
    "party": (),  # a body known as a party (_bodies' parties)
    "board": (),  # "the board" of governors, of directors named before
}


#: Common nouns a state's possessive names one of its bodies by ("Valdoria's junta"), with
#: the classes of entity each stands for and whether it is one branch of several a
#: state has (a navy, an army: the body's name must hold the noun).
POSSESSED_BODY_NOUNS = {
    "junta": (("MilitaryGovernment",), False), "military government": (("MilitaryGovernment",), False),
    "armed forces": (("ArmedForces",), False), "military": (("ArmedForces", "MilitaryGovernment"), False),
    "army": (("ArmedForces",), True), "navy": (("ArmedForces",), True), "air force": (("ArmedForces",), True),
    "coast guard": (("ArmedForces",), True),
}


#: Head nouns of bodies that news writes capitalised when it means one body named before
#: ("the Council of the European Union ... The Council also lifted", "the Court"), the
#: way a style guide shortens a full name on second reference.
SHORT_NAME_NOUNS = {"council", "commission", "assembly", "court"}


def _bodies(doc: Doc, found: list[Mention], parties: set[str] = frozenset()) -> list[Mention]:
    """'the ministry', 'the court', 'the company', 'the junta': a definite description of
    a body, resolved to the one body the article named before it whose name holds the
    noun (the ministry: "Ministry of External Affairs of India") or whose class the
    noun stands for (the company: a Company or StateCompany); 'the party' one of
    ``parties`` (ids of bodies known as political parties); nothing when two bodies
    fit. A bare capitalised "the Council", "the Commission", "the Assembly", "the Court"
    (:data:`SHORT_NAME_NOUNS`, no mention of its own) is the one body named before whose
    name holds the noun, and nothing when the article named none or two (no body is
    made up for it). 'the court of appeal', 'the Court of ...', 'the Court President'
    (a name goes on) are left alone."""
    out = []
    covered = {i for m in found for i in range(m.start, m.end)}
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 1 >= len(doc):
            continue
        k = tok.i + 1
        portfolio = doc[k].lower_ if doc[k].lower_ in PORTFOLIOS and k + 1 < len(doc) else None
        if portfolio:  # "the foreign ministry": a ministry whose name holds that portfolio
            k += 1
        if not portfolio and k + 3 < len(doc) and doc[k].like_num and doc[k + 1].text == "-" and \
                doc[k + 2].lower_ == "member":
            k += 3  # "the 35-member board": its size, then its noun
        noun = doc[k]
        # "The Council also lifted ...": a short name of a body named before, found by its name's noun alone
        short = not portfolio and noun.lower_ in SHORT_NAME_NOUNS and noun.text.istitle() and noun.i not in covered
        classes = () if short else BODY_NOUNS.get(noun.lower_)
        if classes is None or not (short or noun.text.islower()) or (portfolio and noun.lower_ != "ministry"):
            continue
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        # "the court's president": the body whose office it is (a title after the possessive only)
        owner = nxt is not None and nxt.lower_ in ("'s", "’s") and k + 2 < len(doc) and \
            (doc[k + 2].lower_ in TITLES or doc[k + 2].lower_ in LEADER_WORDS)
        if nxt is not None and not owner and (nxt.lower_ in ("of", "'s", "’s") or (nxt.text[:1].isupper() and nxt.is_alpha)
                                              or nxt.lower_ in LEADER_WORDS or nxt.lower_ in TITLES):
            continue  # a name, or a person: 'the junta chief', 'the court president'

        fits = {m.entity.id: m.entity for m in found if m.start < tok.i and m.entity.type not in ("Person", "State") and
                (m.entity.type in classes or noun.lower_ in normalise(m.entity.label).split()
                 or noun.lower_ == "party" and m.entity.id in parties) and
                (portfolio is None or portfolio in normalise(m.entity.label).split())}
        fits = _named_by_noun(fits, noun.lower_)
        if len(fits) > 1:
            # "NATO and the EU issued statements ... The EU's foreign policy chief said the bloc condemned":
            # of several bodies named before, the one its own sentence names, if only one
            sent = tok.sent
            here = {m.entity.id for m in found if sent.start <= m.start < tok.i and m.entity.id in fits}
            if len(here) == 1:
                fits = {i: fits[i] for i in here}
        if len(fits) == 1:
            out.append(Mention(tok.i, k + 1, next(iter(fits.values())), "description"))
    return out


#: Head nouns of a body a registry may give as an alias with its article ("the
#: Commission", the European Commission; "the Union", the European Union).
ALIAS_NOUNS = frozenset(BODY_NOUNS) | {"assembly", "fund", "union"}


def _definite_aliases(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A registry alias that is only a definite description ("the Commission", "the
    Court", "the Council": 'the' and a head noun of :data:`ALIAS_NOUNS`) stands for the
    one body with that noun in its name the article named before it ("the Central
    Referendum Commission ... The Commission declared"), for none when it named two of
    them (which one is meant is not said); with none, for the alias's own
    entity only when the article names that entity by another name too, or a body whose
    name shares a word with its name (the EU for "the Council", the Council of the
    European Union: :func:`_kin_names`), else for nothing
    (a definite description refers to a body the reader has been told of, not to one the
    article never names). ``found``: mentions in text order; returns them so mended."""
    def definite(m: Mention) -> str | None:
        span = doc[m.start:m.end]
        if m.form == "name" and len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ in ALIAS_NOUNS \
                and normalise(span.text) != normalise(m.entity.label):
            return span[1].lower_
        return None

    nouns = {id(m): definite(m) for m in found}
    out = []
    for m in found:
        noun = nouns[id(m)]
        if noun is None:
            out.append(m)
            continue
        named = {f.entity.id: f.entity for f in found if f.start < m.start and nouns[id(f)] is None
                 and f.entity.type not in ("Person", "State") and noun in normalise(f.entity.label).split()}
        if len(named) == 1:
            out.append(Mention(m.start, m.end, next(iter(named.values())), "description"))
        elif named:
            continue  # two bodies of that noun named before: which one is not said
        elif any(nouns[id(f)] is None and (f.entity.id == m.entity.id or _kin_names(f.entity.label, m.entity.label))
                 for f in found):
            out.append(m)
    return out


def _kin_names(one: str, other: str) -> bool:
    """Whether two names share a word that is neither a head noun of a body
    (:data:`ALIAS_NOUNS`) nor a function word: "European Union" and "Council of the
    European Union", "European Union" and "European Commission" (the body and the union
    it belongs to); "Central Referendum Commission" and "European Commission" do not."""
    def words(name: str) -> set[str]:
        return {w for w in normalise(name).split() if w not in ALIAS_NOUNS and w not in ("of", "the", "and", "for")}
    return bool(words(one) & words(other))


def _named_by_noun(fits: dict[str, Known], noun: str) -> dict[str, Known]:
    """Of several bodies a description's noun may stand for (id -> entity), the one whose
    name holds the noun, when only one does: "the alliance" after "the Alliance of Sahel
    States" and another international organisation is the Alliance; else ``fits`` as given
    (a definite description refers to the most salient fitting entity, and a name that
    says what the body is makes it the fitting one)."""
    named = {k: e for k, e in fits.items() if noun in normalise(e.label).split()}
    return named if len(fits) > 1 and len(named) == 1 else fits


def _ministry_of_portfolio(doc: Doc, j: int) -> tuple[str, list[str]] | None:
    """The portfolio of "Ministry of <portfolio>" whose 'Ministry' is ``doc[j]``, as
    the short name writes it ("Ministry of Foreign Affairs": 'foreign'; "Ministry of
    Defence": 'defence'), with the words after 'of' it was read from; None when the
    words after 'of' are not a portfolio (:data:`PORTFOLIOS`) ending the name."""
    if j + 1 >= len(doc) or doc[j + 1].lower_ != "of":
        return None
    words: list[str] = []
    k = j + 2
    while k < len(doc) and doc[k].lower_ in PORTFOLIOS and len(words) < 2:
        words.append(doc[k].lower_)
        k += 1
    if not words or k < len(doc) and doc[k].is_title and not doc[k].is_sent_start:
        return None  # "Ministry of Foreign Trade Relations": another name
    short = [w for w in words if w != "affairs"] or words
    return " ".join(short), words


#: Words of a ministry's portfolio ("the foreign ministry", "Algeria's defence ministry").
PORTFOLIOS = {"foreign", "defence", "defense", "interior", "finance", "trade", "economy", "energy", "justice",
              "health", "home", "commerce", "agriculture", "education", "environment", "security", "information",
              "culture", "transport", "industry", "labour", "labor", "external", "affairs"}
#: Words of a minister's portfolio written before the title, the qualifying ones too
#: ("National Security Minister", "Public Works Secretary"): such words alone name no body.
TITLE_PORTFOLIO_WORDS = PORTFOLIOS | {"national", "security", "homeland", "public", "internal", "state", "social",
                                      "works", "and", "defense", "development", "economic"}
#: Heads of a phrase that names a state's body through the state ("Hungary's government").
OFFICE_NOUNS = {"ministry", "government", "cabinet"}
#: The words of a state's legislature or one of its chambers that many states share
#: (Wikidata Q11204 'legislature', Q637846 'lower house', Q639601 'upper house'), as
#: lower-case token sequences, longest first: named through their state ("Peru's
#: Congress", "the Kenyan National Assembly") they are that state's body.
LEGISLATURE_NAMES = (("national", "assembly"), ("federal", "assembly"), ("legislative", "assembly"),
                     ("chamber", "of", "deputies"), ("house", "of", "representatives"), ("congress",),
                     ("parliament",), ("senate",), ("legislature",), ("assembly",))


def _joined_as_named_elsewhere(doc: Doc, spans: list[tuple[int, int, str]], orgs: set[str]) -> list[tuple[int, int, str]]:
    """The NER spans ``spans`` ((start, end, label) token spans) with a place's span and the
    organisation's span right after it joined into one organisation where the article
    names that organisation whole elsewhere, as the model reads it there (``orgs``, the
    normalised names of its ORG entities): "Africa CDC Director General Jean Kaseya"
    (LOC 'Africa' + ORG 'CDC') beside "according to the Africa CDC" is the Africa CDC,
    not a body called CDC. Returns a new list, sorted by start."""
    out, skip = [], set()
    for k, (s, e, lab) in enumerate(spans):
        if k in skip:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if lab in ("LOC", "GPE") and nxt is not None and nxt[2] == "ORG" and nxt[0] == e and \
                normalise(doc[s:nxt[1]].text) in orgs:
            out.append((s, nxt[1], "ORG"))
            skip.add(k + 1)
            continue
        out.append((s, e, lab))
    return sorted(out, key=lambda x: x[0])


def _merge_over(found: list[Mention], longer: list[Mention]) -> list[Mention]:
    """``found`` with the mentions of ``longer`` in place of those they cover."""
    covered = {i for m in longer for i in range(m.start, m.end)}
    return sorted([m for m in found if not covered & set(range(m.start, m.end))] + longer, key=lambda m: m.start)


def _bodies_of_listed_states(doc: Doc, found: list[Mention]) -> list[Mention]:
    """"The central banks of Brazil and China", "the foreign ministries of X and Y": a
    plural common noun whose 'of' lists states names, for each of them, the one
    organisation of that state the article names whose label holds the noun ("the
    People's Bank of China", "the Central Bank of Brazil"): a mention over the phrase,
    from the noun to the last state, standing for those organisations (form
    'description'). Nothing when a state has none or several such organisations, or the
    parse gives no such phrase (no parser: no dependency labels, nothing)."""
    at = {i: m for m in found for i in range(m.start, m.end)}
    out = []
    for tok in doc:
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
            continue
        heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [o for p in heads for c in p.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
        # the parser may join the second state to the noun ("banks of Brazil and China": 'China' conj 'banks')
        objs += [c for c in tok.conjuncts if objs and c.i > objs[-1].i and c.pos_ == "PROPN"]
        states = [at[o.i] for o in objs if o.i in at and at[o.i].entity.type == "State"]
        if len(states) < 2 or len(states) != len(objs):
            continue
        bodies = []
        for st in states:
            own = {m.entity.id: m.entity for m in found if m.entity.type == "Organisation"
                   and m.entity.state == st.entity.id and tok.lemma_.lower() in m.entity.label.lower().split()}
            if len(own) != 1:
                break
            bodies.append(next(iter(own.values())))
        if len(bodies) != len(states) or len({b.id for b in bodies}) != len(bodies):
            continue
        start = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i)])
        out.append(Mention(start, max(m.end for m in states), bodies[0], "description", tuple(bodies[1:])))
    return out


#: Nouns of a post whose 'for' names its portfolio ("official for African Affairs",
#: "commissioner for Trade", "under secretary for Political Affairs").
PORTFOLIO_POSTS = {"official", "secretary", "minister", "commissioner", "adviser", "advisor", "undersecretary",
                   "coordinator", "director", "envoy", "representative", "spokesperson", "spokesman", "spokeswoman"}
#: Words of a body's name, which a portfolio's name lacks ("the Office for Democratic Institutions").
BODY_NAME_WORDS = {"office", "agency", "ministry", "department", "council", "commission", "bureau", "organisation",
                   "organization", "programme", "program", "fund", "bank", "union", "committee", "institute", "court",
                   "authority", "service", "centre", "center", "corporation", "company", "group"}


def _portfolio(doc: Doc, start: int, end: int) -> bool:
    """Whether the capitalised name ``doc[start:end]`` is the portfolio of a post, not a
    body: the object of 'for' after a noun of :data:`PORTFOLIO_POSTS` ("senior bureau
    official for African Affairs", "commissioner for Trade"), with no word of a body's name
    (:data:`BODY_NAME_WORDS`)."""
    head = doc[start:end].root
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in PORTFOLIO_POSTS or \
            prep.head.pos_ != "NOUN":
        return False
    return not {t.lower_ for t in doc[start:end]} & BODY_NAME_WORDS


def _first_clause_subject(it: Token) -> Token | None:
    """The subject of the clause a clause with the subject 'it' is joined to by a
    conjunction ("The fund said ..., but it declined", "The council met and it agreed"):
    a singular noun or name before it, not a pronoun (English repeats the first clause's
    subject as 'it'); None when 'it' heads no such joined clause."""
    verb = it.head
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < it.i]
    if len(subj) != 1 or subj[0].tag_ not in ("NN", "NNP"):
        return None
    return subj[0]


#: Nouns of a definite description of one state ("left the country", "the nation").
STATE_NOUNS = {"country", "nation"}


def _the_country(doc: Doc, found: list[Mention]) -> list[Mention]:
    """'the country', 'the nation' (not 'the country of ...' nor "the country's"): the
    one state named in the nearest sentence that names a state, its own before it
    first, then the :data:`PRONOUN_WINDOW` sentences before (a capital counting as its
    state, which must be named somewhere before); nothing when that sentence names two
    ("Putin flew to Pyongyang ... It was his first visit to the country": North Korea,
    where "Chile expelled two Peruvian diplomats. The country ..." names no one)."""
    out = []
    states = [m for m in found if m.entity.type == "State" or (m.form == "capital" and m.entity.state)]
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in STATE_NOUNS:
            continue
        nxt = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("of", "'s", "’s"):
            continue  # 'the country of ...', "the country's": named there, or read as the owner
        named = {m.entity.id: m.entity for m in states if m.entity.type == "State" and m.start < tok.i}
        start = tok.sent.start
        subject = _clause_subject(doc, tok, found)
        for _ in range(PRONOUN_WINDOW + 1):
            here = {m.entity.id if m.entity.type == "State" else m.entity.state for m in states
                    if doc[m.start].sent.start == start and m.start < tok.i}
            # "Japan is a partner of the United States. It exported goods to the country", "Bolivia sent
            # troops to the country": the country is not the subject of its own clause; a sentence that
            # names no state but that subject names none for it
            here -= subject
            if here:
                if len(here) == 1 and next(iter(here)) in named:
                    out.append(Mention(tok.i, tok.i + 2, named[next(iter(here))], "description"))
                break
            if start == 0:
                break
            start = doc[start - 1].sent.start
    return out


def _clause_subject(doc: Doc, tok: Token, found: list[Mention]) -> set[str]:
    """The id of the state that is the subject of the clause ``tok`` stands in, before it,
    as a set (empty when there is none): a state (or its capital) named there, or 'it' read
    as the subject of the sentence before (:func:`_subject_of`). A definite description in
    the same clause as its subject does not stand for that subject (Chomsky's binding
    condition C)."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    if len(subj) != 1:
        return set()
    m = next((m for m in found if m.start <= subj[0].i < m.end), None)
    if m is not None:
        return {m.entity.id if m.entity.type == "State" else m.entity.state} - {None}
    if subj[0].lower_ == "it" and tok.sent.start > 0:
        return set(_subject_of(doc[tok.sent.start - 1].sent, found))
    return set()


#: Verbs whose subject is a visitor ("Lina Varo arrived in Lima"), and the words a later
#: 'the visiting ...' uses for that person.
ARRIVE_VERBS = {"visit", "arrive", "land", "fly", "travel", "tour"}
VISITOR_WORDS = {"leader", "president", "premier", "minister", "chancellor", "king", "queen", "emir", "guest",
                 "delegation", "head", "envoy", "dignitary", "official", "prime"}


def _visitors(doc: Doc, found: list[Mention]) -> list[Mention]:
    """'the visiting leader', 'the visiting prime minister': the one person the article
    made, before it, the subject of a verb of visiting or arriving (:data:`ARRIVE_VERBS`:
    "Lina Varo arrived in Lima on Monday"); nothing when two persons were, or none."""
    out = []
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "visiting" or \
                doc[tok.i + 2].lower_ not in VISITOR_WORDS:
            continue
        end = tok.i + 3 if doc[tok.i + 2].lower_ != "prime" else tok.i + 4
        came = {m.entity.id: m.entity for m in found if m.start < tok.i and m.entity.type == "Person" and
                doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") and doc[m.end - 1].head.lemma_ in ARRIVE_VERBS}
        if len(came) == 1:
            out.append(Mention(tok.i, min(end, len(doc)), next(iter(came.values())), "description"))
    return out


_GROUP_NOUNS = r"(countries|nations|states|sides|governments|leaders|presidents|men|allies|neighbours|neighbors)"
#: 'our two countries' (a joint statement's, or a leader's of his own state and its
#: partner's): the pair too, the speaker's state one of them.
_PAIR = re.compile(r"^(?:(?:the two|our two|both|both our) " + _GROUP_NOUNS + r"|the (pair))$")
#: 'the three countries', 'all four nations', 'all three': a group larger than a pair.
_GROUP = re.compile(r"^(?:the|all|all the) (three|four|five|six)(?: " + _GROUP_NOUNS + r")?$")
_COUNT = {"three": 3, "four": 4, "five": 5, "six": 6}


LEADER_WORDS = {"leader", "head", "chief", "ruler", "strongman"}
#: People who speak and act for a body, not persons of their own: "its representatives told the judges".
AGENTS = {"representative", "lawyer", "delegation", "delegate", "negotiator", "envoy", "counsel", "team"}
#: Nouns of those who speak or act for a person ("her lawyer", "Le Pen's spokesman"):
#: :data:`AGENTS` and the aides of a politician's office.
SPEAKING_AGENTS = AGENTS | {"attorney", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"}


def _leader_of(doc: Doc, tok: Token, at: dict) -> tuple[int, int, Known] | None:
    """'the leader of Myanmar's junta', "Myanmar's leader", 'the junta chief' starting at
    ``tok``: the span and the state or body led."""
    i = tok.i
    if tok.lower_ == "the" and i + 2 < len(doc) and doc[i + 1].lower_ in LEADER_WORDS and doc[i + 2].lower_ == "of":
        m = at.get(i + 3) or (at.get(i + 4) if i + 4 < len(doc) and doc[i + 3].lower_ == "the" else None)
        if m is not None and m.entity.type != "Person":
            end = m.end
            while end < len(doc) and doc[end].lower_ in ("'s", "’s") and end + 1 in at and at[end + 1].entity.type != "Person":
                m, end = at[end + 1], at[end + 1].end  # "of Myanmar's junta": the junta
            return i, end, m.entity
    m = at.get(i)
    if m is not None and m.start == i and m.entity.type != "Person":
        j = m.end
        if j < len(doc) and doc[j].lower_ in ("'s", "’s"):
            j += 1
        # not before a name ("Russia's leader Vladimir Putin") nor as the first word of a longer
        # title ("Japan's chief trade negotiator", "Peru's chief executive officer")
        if j < len(doc) and doc[j].lower_ in LEADER_WORDS and not (j + 1 < len(doc) and doc[j + 1].pos_ in ("PROPN", "NOUN")):
            return m.start, j + 1, m.entity
    return None


#: Verbs whose agent stands between two sides: "talks mediated by Qatar", "a truce brokered by
#: Egypt", "talks hosted by Turkey" (CAMEO 045 mediate; a host of others' talks is no side).
THIRD_PARTY_VERBS = {"mediate", "broker", "facilitate", "host", "arbitrate"}
#: Nouns of the one between two sides: "Qatar's mediation", "mediators Turkey and Qatar".
THIRD_PARTY_NOUNS = {"mediation", "mediator", "facilitator", "arbitrator", "arbiter", "broker", "go-between"}


def third_parties(doc: Doc, found: list[Mention]) -> set[str]:
    """Ids of the states an article names as the go-between of others: the agent of a
    verb of :data:`THIRD_PARTY_VERBS` in the passive ("talks mediated by Turkey and Qatar",
    "a truce brokered by Egypt"), the subject of 'mediate' or 'broker' ("Oman mediated"),
    the owner of a noun of :data:`THIRD_PARTY_NOUNS` ("Qatar's mediation", "thanked Turkey
    for its mediation") or a name in apposition with it ("the mediators, Turkey and
    Qatar"). Such a state is never one of "the two neighbours" or "the two sides" the
    article speaks of. A host as the subject ("China hosted Russia's minister") may be a
    side, and stays one. Shape: the parsed doc and its mentions in, a set of ids out."""
    at = {i: m for m in found for i in range(m.start, m.end)}
    out: set[str] = set()

    def add(tok: Token) -> None:
        for t in (tok, *tok.conjuncts):
            m = at.get(t.i)
            if m is not None and m.entity.type == "State":
                out.add(m.entity.id)

    for tok in doc:
        if tok.lemma_ in THIRD_PARTY_VERBS and tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ == "agent":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            add(o)
                elif c.dep_ == "nsubj" and tok.lemma_ in ("mediate", "broker", "arbitrate"):
                    add(c)
        elif tok.lemma_ in THIRD_PARTY_NOUNS and tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ in ("poss", "appos", "compound"):
                    add(c)
                elif c.lower_ in ("their", "its") and c.dep_ == "poss" and tok.head.dep_ == "pobj" and \
                        tok.head.head.lower_ == "for":
                    verb = tok.head.head.head  # "thanked Turkey and Qatar for their mediation"
                    for o in verb.children:
                        if o.dep_ == "dobj":
                            add(o)
            if tok.dep_ == "appos":
                add(tok.head)  # "Qatar, a mediator"
    return out


def _pairs(doc: Doc, found: list[Mention]) -> list[Mention]:
    """'the two countries', 'our two countries', 'both sides', 'the two neighbours', 'the
    two leaders', 'the pair': the two states (or persons) the article has named most often before, when
    two stand out, leaving out the states it names as go-betweens (:func:`third_parties`); 'the three countries', 'all four nations', 'all three' (as a
    subject): the nearest list before naming exactly that many (three to six) of the
    class, else no one."""
    out = []
    between = third_parties(doc, found)
    for tok in doc:
        if tok.lower_ not in ("the", "both", "all", "our"):
            continue
        hit, size = None, 2
        for n in ((3, 2) if tok.lower_ in ("the", "our", "both") else (2,)):
            words = normalise(doc[tok.i: tok.i + n].text)
            hit = _PAIR.match(words)
            if hit:
                break
        if not hit and tok.lower_ in ("the", "all"):
            for n in (4, 3, 2):
                group = _GROUP.match(normalise(doc[tok.i: tok.i + n].text))
                nxt = doc[tok.i + n] if tok.i + n < len(doc) else None
                # "all three are ...", "the three countries": not "the three vessels" nor "all three days"
                if group and (group.group(2) or nxt is None or nxt.pos_ in ("AUX", "VERB", "PUNCT", "ADV")):
                    hit, size = group, _COUNT[group.group(1)]
                    break
        if not hit:
            continue
        noun = hit.group(2) if size > 2 else (hit.group(1) or hit.group(2))
        want = "Person" if noun in ("leaders", "presidents", "men", "pair") else "State"
        before = [m for m in found if m.start < tok.i]
        if want == "State":  # a mediator or host of others' talks is neither of the two sides
            before = [m for m in before if m.entity.id not in between and m.entity.state not in between]
        if want == "State":  # a capital counts as its state when the state is named too ("Moscow", "Russia")
            named = {m.entity.id: m.entity for m in before if m.entity.type == "State"}
            before = [Mention(m.start, m.end, named[m.entity.state], m.form)
                      if m.form == "capital" and m.entity.state in named else m for m in before]
        def accept(m: Mention, want=want) -> bool:
            return m.entity.type == want or (want == "State" and m.entity.state is not None and m.form == "capital")

        # a pair may be the two most named; a counted group of three or more is the nearest list
        # naming exactly that many of its class ("Chile, Peru and Bolivia ... the three governments"),
        # else no one: the most named three of an article are often not the three it counts
        # "The CDU won ... while the SPD took ... The two sides signed": the bodies just named first
        group = (_bodies_of_sentence_before(doc, tok, before) or _two_sided_before(doc, before, accept)) \
            if noun == "sides" else None
        if want == "Person" and size == 2 and group is None:
            group = _people_of_sentence_before(doc, tok, before)
        group = group or (most_named(before, accept, size) if size == 2 else _listed_before(doc, before, accept, size))
        if group:
            out.append(Mention(tok.i, tok.i + n, group[0], "pair", tuple(group[1:])))
    return out


#: Classes of entity that are no side of a deal or a dispute: places, persons, outlets.
NO_SIDE_TYPES = PLACE_TYPES | {"Person", "NewsOrganisation", "Asset", "EquipmentModel", "State"}


def _bodies_of_sentence_before(doc: Doc, tok, before: list[Mention]) -> list[Known] | None:
    """'the two sides' opening a sentence right after one that names two bodies (parties,
    organisations, armed groups) and no state ("The CDU won the election while the SPD
    came third. The two sides signed their coalition agreement"): those two, in text
    order, not the two states the article names most; else None. Shape: the phrase's
    first token and the mentions before it in, two entities or None out."""
    sent = tok.sent
    if sent.start == 0 or tok.i - sent.start > 3:
        return None
    prev = doc[sent.start - 1].sent
    inside = [m for m in before if prev.start <= m.start < prev.end]
    if any(m.entity.type == "State" or m.entity.state is not None and m.form == "capital" for m in inside):
        return None
    bodies = list({m.entity.id: m.entity for m in inside if m.entity.type not in NO_SIDE_TYPES}.values())
    return bodies if len(bodies) == 2 else None


def _people_of_sentence_before(doc: Doc, tok, before: list[Mention]) -> list[Known] | None:
    """'the two leaders' right after a sentence that names two people and no more ("On
    Monday Biden held talks with Chinh. The two leaders welcomed a deal"): those two, in
    text order, not the two the article names most; else None. Shape: the phrase's first
    token and the mentions before it in, two entities or None out."""
    sent = tok.sent
    if sent.start == 0 or tok.i - sent.start > 3:
        return None  # only a phrase that opens its sentence takes up the sentence before
    prev = doc[sent.start - 1].sent
    people = []
    for m in before:
        if prev.start <= m.start < prev.end and m.entity.type == "Person" and m.entity.id not in {p.id for p in people}:
            people.append(m.entity)
    return people if len(people) == 2 else None


#: Words of a fact with two sides: talks, a conflict, a negotiation, an accord between them.
TWO_SIDED = {"talk", "negotiation", "negotiate", "meet", "meeting", "summit", "war", "conflict", "fighting", "fight",
             "clash", "ceasefire", "truce", "dispute", "hostility", "deal", "agreement", "agree", "accord", "discuss",
             "discussion", "tension", "exchange", "round", "peace", "dialogue",
             # a text two sides adopt or sign together ("X and Y adopted the Ankara Declaration")
             "declaration", "treaty", "pact", "memorandum", "communique", "communiqué"}


#: Nouns of a state's formal name ("the Federal Republic of Somalia", "the Kingdom of Spain").
FORMAL_STATE_NOUNS = {"republic", "kingdom", "state", "states", "federation", "commonwealth", "emirate", "emirates",
                      "sultanate", "principality", "union", "confederation"}


def _name_head(doc: Doc, m: Mention) -> Token:
    """The token that heads the name ``m`` in the parse: the name's own root, or the noun
    of the state's formal name it ends ("the Federal Republic of Somalia": 'Republic'),
    so that two formal names joined by 'and' are found joined."""
    tok = doc[m.start:m.end].root
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in FORMAL_STATE_NOUNS:
        return tok.head.head
    return tok


def _two_sided_before(doc: Doc, before: list[Mention], accept) -> list[Known] | None:
    """'both sides', 'the two sides': the two parties of the nearest fact with two sides
    told before (:data:`TWO_SIDED`: "Russia and Ukraine held talks", "talks between X and
    Y", "X held talks with Y", "the war between X and Y"), never a third state named
    beside it as its host or mediator; else None. Shape: mentions in text order in, the
    two entities in text order out."""
    for m in reversed(before):
        if not accept(m):
            continue
        tok = _name_head(doc, m)
        other = None
        if tok.dep_ == "conj" and tok.head.i < tok.i:  # "Russia and Ukraine ...", "between X and Y"
            root = tok.head
            other = next((x for x in before if _name_head(doc, x).i == root.i and accept(x)), None)
            anchor = root
        elif tok.dep_ == "pobj" and tok.head.lower_ == "with":  # "X held talks with Y"
            verb = tok.head.head if tok.head.head.pos_ in ("VERB", "AUX") else tok.head.head.head
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            other = next((x for x in before if subj and x.start <= subj[0].i < x.end and accept(x)), None)
            anchor = tok.head.head
        if other is None or other.entity.id == m.entity.id:
            continue
        node, near = anchor, set()
        for _ in range(3):  # the words the pair hangs on, up to three heads: "held talks", "talks between"
            near |= {node.lemma_.lower()} | {c.lemma_.lower() for c in node.children if c.dep_ in ("dobj", "pobj", "prep")}
            near |= {o.lemma_.lower() for c in node.children if c.dep_ == "prep" for o in c.children}
            if node.head.i == node.i:
                break
            node = node.head
        if near & TWO_SIDED:
            return [other.entity, m.entity]
    return None


def _listed_before(doc: Doc, before: list[Mention], accept, n: int) -> list[Known] | None:
    """The entities of the nearest list of coordinated names among the mentions ``before``
    (names joined by 'and', 'or' or commas: the parser's ``conj`` and ``appos`` arcs)
    that names exactly ``n`` distinct entities, all accepted; else None. Shape: mentions
    in text order in, entities in list order out."""
    lists: dict[int, list[Mention]] = {}
    for m in before:
        root = doc[m.end - 1]
        # "Mali, Burkina Faso and Niger": the parser often hangs the second name as an apposition
        while root.dep_ in ("conj", "appos") and root.head.i != root.i:
            root = root.head
        lists.setdefault(root.i, []).append(m)
    for members in sorted(lists.values(), key=lambda ms: ms[-1].start, reverse=True):
        named = list({m.entity.id: m.entity for m in members}.values())  # each once, in order
        if len(named) == n and all(accept(m) for m in members):
            return named
    return None


def most_named(mentions: list[Mention], accept, n: int) -> list[Known] | None:
    """The ``n`` entities of the accepted mentions named most often, when they stand out
    (the n-th is named more often than the next), most named first; else None."""
    counts: dict[str, int] = {}
    known: dict[str, Known] = {}
    for m in mentions:
        if accept(m):
            counts[m.entity.id] = counts.get(m.entity.id, 0) + 1
            known[m.entity.id] = m.entity
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < n or (len(ranked) > n and ranked[n - 1][1] == ranked[n][1]):
        return None
    return [known[i] for i, _ in ranked[:n]]


def _beside_a_name(doc: Doc, found: list[Mention], described: list[Mention]) -> list[Mention]:
    """The descriptions of ``described``, each standing for the person it is in apposition
    with where one is named ("Han Dong-hoon, the leader of Yoon's own party": Han, not
    Yoon; "the party's leader, Han Dong-hoon" the same): an apposition says who the
    description is, so a coreference read from elsewhere in the article yields to it.
    Only a person's description beside a person's name is read so ("the Indian Air Force,
    the defence ministry said" is no apposition), and not one that owns the apposition's
    head ("Vítor Escária, the prime minister's chief of staff": the chief is the person
    named, the prime minister someone else)."""
    named = {i: m for m in found if m.form == "name" for i in range(m.start, m.end)}
    out = []
    for m in described:
        span = doc[m.start:m.end]
        root = span.root
        if root.dep_ == "poss" or m.end < len(doc) and doc[m.end].tag_ == "POS":
            out.append(m)  # "Vítor Escária, the prime minister's chief of staff": the chief is Escária, not the minister
            continue
        if root.dep_ == "appos" and root.head.i in named:
            beside = named[root.head.i]
        elif m.start >= 2 and doc[m.start - 1].text == "," and m.start - 2 in named and \
                named[m.start - 2].end == m.start - 1:
            beside = named[m.start - 2]  # "Han Dong-hoon, the leader of ...", however the parser hangs it
        else:
            beside = next((named[c.i] for c in root.children if c.dep_ == "appos" and c.i in named), None)
        if beside is not None and beside.entity.id != m.entity.id and beside.entity.type == "Person" == m.entity.type:
            m = Mention(m.start, m.end, beside.entity, "description")
        out.append(m)
    return out


def _merge(found: list[Mention], more: list[Mention]) -> list[Mention]:
    taken = {i for m in found for i in range(m.start, m.end)}
    keep = [m for m in more if not any(i in taken for i in range(m.start, m.end))]
    return sorted(found + keep, key=lambda m: m.start)


def _office_name(span: Span) -> bool:
    """Whether a capitalised name is the name of an office, not of a body: a title of
    :data:`TITLES` ("Minister", "Secretary", "Commissioner") followed by 'of' or 'for' and
    its portfolio ("Minister for Finance", "Secretary of State for Defence"). Such a name
    is the title of the person beside it (CLAIMS.md, "Positions"), never an Organisation;
    a body named after its office ("Ministry of Finance", "Office of the President")
    starts with no title and is kept."""
    words = [t.lower_ for t in span]
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    if not cut or cut == len(words) - 1:
        return False
    head = " ".join(words[:cut])
    if head in ("secretary", "minister") and words[cut + 1:cut + 2] == ["state"]:
        return True  # "Secretary of State", "Minister of State for ...": a title whatever follows
    return head in TITLES and TITLES[head] not in ("head of state", "head of government", "head of organisation")


def _portfolio_of_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the capitalised name at tokens ``start:end`` is the portfolio or seat of an
    office written before it, not a body: a title of :data:`TITLES` and 'of' or 'for'
    right before it, the three an office's name (:func:`_office_name`: "Secretary of |
    State for Transport", "Special Envoy for | Hostage Affairs"), or a member's seat
    ("Member for Hampstead", "Member of Parliament for Wycombe"), as a British MP is
    styled. A body written after a title and 'of' ("Minister of the Ministry of
    Finance") starts with a body's word and is kept."""
    if doc[start].lower_ == "member" and end - start >= 3 and doc[start + 1].lower_ in ("for", "of"):
        return True
    if start < 2 or doc[start - 1].lower_ not in ("of", "for") or not doc[start - 2].text[:1].isupper():
        return False
    first = start - 2
    while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha and start - first < 4:
        first -= 1  # "Special Presidential Envoy for": the title's words before it
    return any(_office_name(doc[i:end]) for i in range(first, start - 1))


#: Words that make a run of capitalised proper nouns a company's or a body's name when it
#: begins or ends with one ("Bank Leumi", "FIBI Holdings", "Vale Group"): such a name is
#: never a place or a person, whatever the NER model tagged it (:func:`_company_word_names`,
#: :func:`_classes_from_use`). "Bank" is left out of what overrides a place: "the West Bank".
COMPANY_NAME_WORDS = {"bank", "group", "holding", "holdings", "corporation", "corp", "corp.", "company", "co.", "inc",
                      "inc.", "ltd", "ltd.", "plc", "llc", "fund", "funds", "bancorp", "conglomerate"}


def _company_word_names(doc: Doc, taken: set) -> list[tuple[int, int, str]]:
    """Organisation spans for runs of two to four capitalised proper nouns that begin or
    end with a word of :data:`COMPANY_NAME_WORDS` and that the NER model left out ("The
    banks are Bank Hapoalim, Bank Leumi and ...", where it tagged the first only): a name
    written with such a word is a company's or a body's. Runs touching ``taken`` (the model's
    own names, names already found) are left alone."""
    out = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or i in taken or (i > 0 and doc[i - 1].pos_ == "PROPN"
                                                                              and doc[i - 1].text[:1].isupper()):
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and \
                (doc[end].is_alpha or doc[end].text.endswith(".")) and end not in taken:
            end += 1
        if end - i >= 2 and {doc[i].lower_, doc[end - 1].lower_} & COMPANY_NAME_WORDS and \
                not (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
            out.append((i, end, "ORG"))
        i = max(end, i + 1)
    return out


#: Titles a company's officers and owners bear, written after its name ("Gazprom chief
#: executive Alexei Miller", "Exxon shareholders"): a name they follow is a company's or a
#: body's, never a place's (a city's officers are a mayor and a governor, left out).
OFFICER_WORDS = {"ceo", "chairman", "chairwoman", "boss", "shareholders", "executives", "founder", "co-founder", "cfo"}
#: Nouns of a named asset written after its name ("the Power of Siberia 2 gas pipeline", "the
#: Nord Stream pipelines"): the name is the asset's (CLAIMS.md: an Asset is a named project,
#: vessel, pipeline or fund), not a body's.
ASSET_NOUNS = {"pipeline", "pipelines", "project", "projects", "corridor", "interconnector", "railway", "cable",
               "dam", "deposit", "connection"}


def _asset_names(doc: Doc, taken: set) -> list[tuple[int, int, str]]:
    """Organisation spans for names the NER model left out that stand between 'the' and
    a noun of a named asset (:func:`_asset_after`: "the Altiplano Link gas pipeline"):
    one to four capitalised proper nouns, a number after them ("Line 2"), none in
    ``taken``. :func:`_classes_from_use` makes the name an ``Asset`` where every mention
    of it stands so, a company's where it also acts ("the Velmar pipeline ... Velmar
    said")."""
    out = []
    for t in doc:
        if t.i < 1 or doc[t.i - 1].lower_ != "the" or t.pos_ != "PROPN" or not t.is_alpha or \
                not t.text[:1].isupper() or t.i in taken:
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i < 4 and end not in taken and doc[end].pos_ == "PROPN" and \
                doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        if end < len(doc) and doc[end].like_num and end not in taken:
            end += 1
        if _asset_after(doc, end):
            out.append((t.i, end, "ORG"))
    return out


#: Nouns of an installation or a natural resource whose one-word name stands before them
#: ("the Imouraren deposit", "the Inga dam", "the Estlink cable").
SITE_NOUNS = {"deposit", "deposits", "dam", "connection", "interconnector", "cable", "oilfield", "gasfield"}


def _one_word_site(doc: Doc, i: int) -> bool:
    """Whether the one capitalised word at token ``i``, after 'the', names the installation or
    resource of a noun of :data:`SITE_NOUNS` right after it ("the Imouraren deposit", "the
    LitPol connection"), wherever the article writes the word: a word also written alone
    ("the Chevron deposit ... Chevron said") is a company's, of which the deposit is no name."""
    t = doc[i]
    def before_site(k: int) -> bool:
        return k > 0 and doc[k - 1].lower_ == "the" and k + 1 < len(doc) and doc[k + 1].lower_ in SITE_NOUNS and \
            doc[k + 1].pos_ == "NOUN"
    return before_site(i) and t.is_alpha and t.text[:1].isupper() and \
        all(before_site(x.i) for x in doc if x.text == t.text)


def _officer_after(doc: Doc, end: int) -> bool:
    """Whether a company officer's title (:data:`OFFICER_WORDS`, "chief executive") follows
    the name that ends at token ``end``, joined to it ("Gazprom chief executive", "Tesla
    boss"), not after a comma."""
    words = [t.lower_ for t in doc[end:end + 2]]
    return bool(words) and (words[0] in OFFICER_WORDS or words == ["chief", "executive"])


def _asset_after(doc: Doc, end: int) -> bool:
    """Whether the name that ends at token ``end`` stands before a noun of a named asset
    (:data:`ASSET_NOUNS`), at most two lower-case words between ("the Power of Siberia 2 gas
    pipeline", "the Nord Stream pipeline")."""
    for j in range(end, min(end + 3, len(doc))):
        if doc[j].lower_ in ASSET_NOUNS and doc[j].pos_ == "NOUN":
            return True
        if not (doc[j].is_alpha and doc[j].text.islower() and doc[j].pos_ in ("NOUN", "ADJ")):
            return False
    return False


def _joined_to(doc: Doc, m: "Mention", at: dict) -> list["Mention"]:
    """The mentions of ``at`` (token index -> mention) joined to ``m`` by 'and' or 'or' (the
    parser's conj either way): "Gaza and the West Bank"."""
    head = doc[m.end - 1]
    near = {head.head.i} if head.dep_ == "conj" else set()
    near |= {c.i for c in head.children if c.dep_ == "conj"}
    return [at[i] for i in near if i in at and at[i] is not m]


def _acts_as_body(doc: Doc, m: "Mention") -> bool:
    """Whether the mention ``m`` of a name is a body's by its use: the subject of a verb, a
    possessor ("Velmar's board"), or before a company officer's title ("Velmar chief
    executive"). A pipeline's name does none of these ("talks over Line 2 stalled")."""
    head = doc[m.end - 1]
    return head.dep_ in ("nsubj", "poss") or (m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s")) or \
        _officer_after(doc, m.end)


def _company_named(m: "Mention") -> bool:
    """Whether ``m`` names a body whose name carries a company's word ("China National
    Petroleum Corporation", "FIBI Holdings")."""
    return m.entity.type in ("Organisation", "StateCompany") and \
        bool(set(normalise(m.entity.label).split()) & COMPANY_NAME_WORDS)


def _classes_from_use(doc: Doc, out: list["Mention"], found: list["Mention"] = ()) -> list["Mention"]:
    """The mentions ``out`` (of names the registry lacks, found by :meth:`MentionFinder._unknown`)
    with the class of each proposed entity made what the article's use of it shows, at any
    of its mentions, over the NER model's label:

    - a name the model took for a place or a person is a body's (``Organisation``) when its
      name holds a company's word other than 'bank' (:data:`COMPANY_NAME_WORDS`: "Vale
      Holdings", "Pension Fund"), when a company officer's title follows it ("Gazprom chief
      executive Alexei Miller") or, for a place, when it is joined by 'and' or 'or' to a body
      named with a company's word ("Gazprom and the China National Petroleum Corporation
      signed"): a city bears no chief executive, and a fund that sells, owns or speaks is an
      actor;
    - a name proposed as a City joined by 'and' or 'or' to a territory's name
      (:data:`LAND_NAME`: "in Gaza and the West Bank") is a ``Region``, as that one is;
    - a body's name a mention of which stands before a noun of a named asset ("the Power
      of Siberia 2 gas pipeline"), none acting as a body (:func:`_acts_as_body`: "the Velmar
      pipeline ... Velmar said"), is an ``Asset``;
    - before all these, a name a description in apposition tells the class of ("Soyuz
      Vostok, the transit section" an ``Asset``, "the rights group, X" an ``Organisation``,
      "Move Forward's predecessor, Future Forward" of the class of Move Forward:
      :func:`~kg.extract.personhood.class_by_description`, the mentions of ``found`` and
      ``out`` telling the class of the actor a relation is to) is of that class, where its
      mentions tell one class.

    Mentions of registry and gazetteer entities are left as they are."""
    by_id: dict[str, list[Mention]] = {}
    for m in out:
        if m.entity.proposed is not None and m.form == "name":
            by_id.setdefault(m.entity.id, []).append(m)
    at = {i: o for o in out for i in range(o.start, o.end)}
    named_at = {i: o.entity.type for o in [*found, *out] for i in range(o.start, o.end)}
    retyped: dict[str, Known] = {}
    for eid, ms in by_id.items():
        e = ms[0].entity
        described = {k for m in ms for k in [class_by_description(doc[m.start:m.end].root, named_at.get)
                                             or _kind_of_list(doc, m.start, named_at)] if k}
        kind = next(iter(described)) if len(described) == 1 else None
        if any(_river_after_dam(doc, m.start) for m in ms):
            kind = "Place"  # "the Grand Inga Dam on the Congo": a river, a location with no class of its own
        elif e.label.split()[-1] in FACILITY_HEADS and e.type in ("Organisation", *PLACE_TYPES, "Person"):
            kind = "Asset"  # "the Grand Inga Dam": a facility's name, whatever else the article says of it
        elif kind is not None:
            pass
        elif e.type == "City" and any(LAND_NAME.match(o.entity.label) for m in ms for o in _joined_to(doc, m, at)):
            kind = "Region"  # "in Gaza and the West Bank": one of two territories, no town
        elif e.type in (*PLACE_TYPES, "Person"):
            words = set(normalise(e.label).split())
            joined = []
            for m in ms if e.type in PLACE_TYPES else ():  # a person is often joined to a company ("Ana Kell and Velmar")
                joined += _joined_to(doc, m, at)
            if words & (COMPANY_NAME_WORDS - {"bank"}) or any(_officer_after(doc, m.end) for m in ms) or \
                    any(_company_named(o) for o in joined):
                kind = "Organisation"
        elif e.type == "Organisation" and any(_asset_after(doc, m.end) for m in ms) and \
                not any(_acts_as_body(doc, m) for m in ms):
            kind = "Asset"
        if kind is not None and kind != e.type:
            retyped[eid] = Known(e.id, kind, e.label, {**e.proposed, "type": kind}, e.state)
    if not retyped:
        return out
    return [replace(m, entity=retyped[m.entity.id]) if m.entity.id in retyped else m for m in out]


#: Generic heads of a body's name that news writes or leaves off ("the Move Forward Party" and
#: "Move Forward", "Bank Leumi" and "Leumi", "China National Petroleum Corporation").
NAME_HEADS = {"party", "movement", "group", "bank", "corporation", "corp", "company", "holdings", "holding", "front",
              "alliance", "coalition", "union", "organisation", "organization", "foundation", "association", "inc",
              "ltd", "plc", "limited", "network", "council", "federation", "league", "bloc"}
#: Classes of the bodies :func:`_names_with_their_heads` joins (no person's or place's name).
HEADED_CLASSES = {"Organisation", "StateCompany", "Group", "InternationalOrganisation", "NewsOrganisation",
                  "ResearchInstitute", "Government", "Court", "ArmedForces", "Asset"}


#: The last words of the titles of :data:`TITLES` ("minister", "chancellor", "president").
TITLE_HEADS = {t.split()[-1] for t in TITLES}


def _kind_of_list(doc: Doc, start: int, named_at: dict) -> str | None:
    """The class a plural noun of a kind of body gives the names listed after it, in
    apposition ("the grid operators, Estonia's Elering, Latvia's AST and Lithuania's
    Litgrid", "two miners, Acme and Borex"): the class of the noun in
    :data:`~kg.extract.personhood.APPOSITION_CLASSES` (operators, companies: an
    Organisation), for the name at token ``start``. Between the noun and the name only
    names, a state's possessive ("Estonia's", ``named_at`` telling the state), commas and
    'and'. None for a name no such noun lists, and for one right after a person's title or
    honorific ("banks, Chancellor Tor Ashby said": a person, no name of the list)."""
    from kg.extract.personhood import APPOSITION_CLASSES
    if start > 0 and (doc[start - 1].lower_ in HONORIFICS or doc[start - 1].lower_ in TITLE_HEADS):
        return None  # "raise taxes on banks, Chancellor Tor Ashby said": a person's title, no name listed
    i = start - 1
    sent_start = doc[start].sent.start
    while i > sent_start:
        t = doc[i]
        if t.lower_ in ("'s", "’s") and named_at.get(i - 1) == "State":
            i -= 2
        elif t.text == "," or t.lower_ == "and" or (t.pos_ == "PROPN" and t.text[:1].isupper()):
            i -= 1
        else:
            break
    noun = doc[i]
    if i + 1 >= start or doc[i + 1].text != "," or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None  # "the operators, X and Y": a plural noun, a comma, then the list
    kind = APPOSITION_CLASSES.get(noun.lemma_.lower())
    return kind if kind in ("Organisation", "Asset", "NewsOrganisation") else None


def _listed_by_kind(doc: Doc, taken: set) -> set[tuple[int, int]]:
    """Spans of the names listed in apposition after a plural noun of a kind of body
    (:func:`_kind_of_list`: "the grid operators, Estonia's Velnet, Latvia's Kortex and
    Lithuania's Sarvik"): each run of capitalised proper nouns of the list that is no
    state's possessive and none of whose words is in ``taken``."""
    from kg.extract.personhood import APPOSITION_CLASSES
    out: set[tuple[int, int]] = set()
    for noun in doc:
        if noun.tag_ != "NNS" or APPOSITION_CLASSES.get(noun.lemma_.lower()) != "Organisation" or \
                noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
            continue
        i, runs = noun.i + 2, []
        while i < len(doc):
            if doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].is_alpha:
                j = i
                while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].is_alpha:
                    j += 1
                if j < len(doc) and doc[j].lower_ in ("'s", "’s"):
                    j += 1  # "Estonia's": the state of the next name
                else:
                    runs.append((i, j))
                i = j
            elif doc[i].text == "," or doc[i].lower_ == "and":
                i += 1
            else:
                break
        if len(runs) >= 2:
            out |= {r for r in runs if not taken & set(range(*r))}
    return out


def _names_with_their_heads(out: list["Mention"]) -> list["Mention"]:
    """The mentions ``out`` of names the registry lacks with a body's name and the same
    name with its generic head (:data:`NAME_HEADS`, after it or, for one word, before it:
    "Move Forward Party" and "Move Forward", "Bank Leumi" and "Leumi"), both proposed in
    one article, made one entity: the longer name its label, the shorter an alias, every
    mention of either naming it (so the claims use one id), of the longer one's class (a
    state company's if either is). Names of people and places are left apart ("Marib" and
    "Marib Bank")."""
    proposed = {m.entity.id: m.entity for m in out if m.entity.proposed is not None and m.entity.type in HEADED_CLASSES}
    # a party's short name the NER model took for a person's ("Bright Path leader X"): a party is
    # no person's namesake, as a foundation or a group may be
    people = {normalise(m.entity.label): m.entity for m in out if m.entity.proposed is not None
              and m.entity.type == "Person"}
    by_name = {normalise(e.label): e for e in proposed.values()}
    joined: dict[str, Known] = {}
    for key, longer in by_name.items():
        words = key.split()
        if len(words) < 2:
            continue
        shorter = None
        if words[-1] in NAME_HEADS:
            shorter = by_name.get(" ".join(words[:-1])) or \
                (people.get(" ".join(words[:-1])) if words[-1] in PARTY_HEADS else None)
        if shorter is None and words[0] in NAME_HEADS and words[1] != "of":
            shorter = by_name.get(" ".join(words[1:]))
        if shorter is None or shorter.id == longer.id or shorter.id in joined or longer.id in joined:
            continue
        kind = "StateCompany" if "StateCompany" in (longer.type, shorter.type) else longer.type
        aliases = [*longer.proposed.get("aliases", [])]
        for a in (shorter.label, *shorter.proposed.get("aliases", [])):
            if a not in aliases and normalise(a) != key:
                aliases.append(a)
        one = Known(longer.id, kind, longer.label, {**longer.proposed, "type": kind, "aliases": aliases},
                    longer.state or shorter.state)
        joined[longer.id] = joined[shorter.id] = one
    if not joined:
        return out
    return [replace(m, entity=joined[m.entity.id]) if m.entity.id in joined else m for m in out]


def _titles_of(doc: Doc, m: Mention, at: dict) -> list[tuple[str, Known | None]]:
    """The titles given to the person of mention ``m`` right there: before the name
    ('Russian President Vladimir Putin', the title possibly inside the registry name),
    with the state named before the title; or in an apposition after it
    (:func:`_title_after`)."""
    out = []
    for k in range(m.start + 1, min(m.end, m.start + 5)):
        words = " ".join(t.lower_ for t in doc[m.start:k])
        if words in TITLES:
            out.append((words, _state_before(doc, m.start, at)))
    for start in range(max(doc[m.start].sent.start, m.start - 5), m.start):
        words = " ".join(t.lower_ for t in doc[start:m.start])
        if words in TITLES:
            out.append((words, _state_before(doc, start, at)))
            break
    return out + _title_after(doc, m, at)


#: Words that end a title in an apposition after a name ("Tor Ashby, Peru's president, said").
TITLE_ENDS = {",", ".", ";", ":", "of", "and", "said", "told", "—", "–", "(", ")"}


def _title_after(doc: Doc, m: Mention, at: dict) -> list[tuple[str, Known | None]]:
    """The title an apposition right after the name of ``m`` gives ("Tor Ashby, Peru's
    president, said", "Tor Ashby, the Peruvian foreign minister,", "Tor Ashby, president
    of Peru,"): the longest run of at most four words of :data:`TITLES` after the comma,
    an article and a state's possessive or demonym, which ends the apposition (a comma,
    'of', the sentence's end); with the state named before the title or in 'of [the]
    <state>' after it (None when neither names one). A list of one (title, state) pair,
    or empty."""
    i = m.end
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    state = None
    n = at.get(i)
    if n is not None and n.start == i and n.entity.type == "State":
        state, i = n.entity, n.end
        while i < len(doc) and doc[i].lower_ in ("'s", "’s"):
            i += 1
    for k in range(min(len(doc), i + 4), i, -1):
        words = " ".join(t.lower_ for t in doc[i:k])
        if words not in TITLES or (k < len(doc) and doc[k].lower_ not in TITLE_ENDS):
            continue
        if state is None and k < len(doc) and doc[k].lower_ == "of":
            j = k + 2 if k + 1 < len(doc) and doc[k + 1].lower_ == "the" else k + 1
            after = at.get(j)
            state = after.entity if after is not None and after.start == j and after.entity.type == "State" else None
        return [(words, state)]
    return []


#: Words that make a body's name the United Nations' ("UN Security Council").
UN_WORDS = re.compile(r"\b(UN|U\.N\.|United Nations)\b")


def _owned_by_state_before(doc: Doc, start: int, end: int, at: dict) -> bool:
    """Whether the state named right before tokens ``start``..``end`` (its possessive or
    demonym) modifies the name itself, not a noun the name qualifies ("Armenia's
    Security Council", not "Russia's Security Council veto")."""
    j = start - 1
    while j >= 0 and doc[j].lower_ in ("'s", "’s"):
        j -= 1
    m = at.get(j)
    if m is None or m.entity.type != "State":
        return False
    return start <= doc[m.end - 1].head.i < end


def _state_after_of(doc: Doc, end: int, at: dict) -> Known | None:
    """The state named by name right after a body's name and 'of' ("the Security Council of
    Russia"), the 'of' phrase hanging on the name; else None."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i >= end:
        return None
    m = at.get(end + 1)
    return m.entity if m is not None and m.start == end + 1 and m.form == "name" and m.entity.type == "State" else None


def _state_before(doc: Doc, i: int, at: dict) -> Known | None:
    j = i - 1
    while j >= 0 and doc[j].lower_ in ("'s", "’s"):
        j -= 1
    m = at.get(j)
    return m.entity if m is not None and m.entity.type == "State" else None


#: Lower-case words inside personal names ("Ursula von der Leyen", "Luiz Inacio Lula da Silva").
#: The word 'and' of other languages inside a company's name, which the tagger counts in the name.
FOREIGN_AND = {"und", "et", "en", "och", "og", "e"}
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "das", "do", "dos", "di", "du", "la", "le", "bin", "bint",
                  "ibn", "al", "el", "ben", "y"}


#: Particles of Arabic names that join a given name to a father's or a family's ("Tahnoon bin
#: Zayed Al Nahyan", "Latifa bint Mohammed", "Abdullah ibn Saud"): a name never starts with one.
PATRONYMIC_PARTICLES = {"bin", "bint", "ibn", "binti", "al", "al-", "el"}


def _patronymic_named(given: str, persons: dict[str, Known]) -> Known | None:
    """The one person of ``persons`` (names as written, lower case -> person) whose name
    is ``given`` followed by a particle of :data:`PATRONYMIC_PARTICLES` ("tahnoon bin
    zayed al nahyan" for "tahnoon"): Arabic names are shortened to the given name after
    an honorific ("Sheikh Tahnoon"); None when no one such person, or two."""
    found = {p.id: p for n, p in persons.items() if len(n.split()) >= 3 and n.split()[0] == given
             and n.split()[1] in PATRONYMIC_PARTICLES}
    return next(iter(found.values())) if len(found) == 1 else None


def _given_name_before(doc: Doc, start: int, claimed: set) -> int:
    """Where a person's name starts when the NER model's span ``doc[start:]`` opens with a
    lower-case particle of :data:`PATRONYMIC_PARTICLES` ("bin Zayed Al Nahyan" of "Sheikh
    Tahnoon bin Zayed Al Nahyan"): one word earlier, over the given name, when that word
    is capitalised, free (not in ``claimed``) and no honorific, rank or title ("Sheikh",
    "Prince"), which stays out of the name as it does elsewhere; else ``start``."""
    if not (0 < start < len(doc)) or doc[start].lower_.rstrip("-") not in {p.rstrip("-") for p in PATRONYMIC_PARTICLES} \
            or not doc[start].text.islower():
        return start
    given = doc[start - 1]
    if given.i in claimed or not (given.is_alpha and given.text[:1].isupper()) or \
            given.lower_ in HONORIFICS or given.lower_ in RANKS or given.lower_ in TITLES:
        return start
    return start - 1


def _particles(doc: Doc, end: int) -> int:
    """Extend a person's name over particles and the capitalised words after them,
    which the NER model often cuts off ('Ursula von' + 'der Leyen')."""
    i = end
    while i < len(doc) and doc[i].lower_ in NAME_PARTICLES and doc[i].text.islower():
        j = i
        while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and doc[j].text.islower():
            j += 1
        if j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
            i = j + 1
            end = i
        else:
            break
    return end


def party_ids(doc: Doc, found: list[Mention], registry) -> set[str]:
    """Ids of the political parties among the organisations and groups ``found`` names:
    a registry entry whose name or description says 'party' ("Conservative Party",
    "Israeli political party"), a name the text writes before the word ("the Jewish Power
    party"), or an acronym whose letters are the initials of capitalised words the text
    writes before the word ("PTI" after "the Pakistan Tehreek-e-Insaf party")."""
    spelled = set()
    for tok in doc:
        if tok.lower_ == "party" and tok.i > 0:
            words = []
            for t in reversed(doc[max(0, tok.i - 6):tok.i]):
                joined = t.text in ("-", "–") or (t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", "–")
                                                       and not t.whitespace_)  # the 'e' of "Tehreek-e-Insaf"
                if not (t.text[:1].isupper() or joined):
                    break
                words.insert(0, t.text_with_ws)
            if words:
                spelled.add(_initials("".join(words).strip()))
    out = set()
    for m in found:
        if m.entity.type not in ("Organisation", "Group"):
            continue
        entry = registry.entities.get(m.entity.id)
        words = " ".join([*(entry.names if entry is not None else (m.entity.label,)),
                          (entry.description or "") if entry is not None else ""]).lower()
        if "party" in words.split() or (m.end < len(doc) and doc[m.end].lower_ == "party") or \
                (doc[m.start:m.end].text.isupper() and m.end - m.start == 1 and doc[m.start].text in spelled):
            out.add(m.entity.id)
    return out


#: Small words a name's initials leave out ("Party of the Regions": PR).
INITIALS_SKIP = {"of", "the", "for", "and", "in", "de", "e"}


def _initials_of_proposed(doc: Doc, found: list[Mention]) -> list[Mention]:
    """An acronym proposed as an entity of its own ("LDP") whose letters are, in order,
    the capital initials of exactly one other name the article proposes ("Liberal
    Democratic Party", small words of :data:`INITIALS_SKIP` aside) names that entity: each
    of its mentions is re-read as that entity, which takes the acronym as an alias (one
    body, not two, for the reviewer). The acronym is one word of two to eight capitals;
    registry entities, persons and states are left as read, and so is an acronym whose
    letters are the initials of no proposed name; of several, the first written is the
    acronym's. Where the name in full is
    a run of capitalised words the NER model missed, written before any proposed name of
    the same initials (the first name of those initials is the acronym's), that run is the body's name,
    proposed and mentioned there (:func:`_runs_of_initials`). Returns the mentions in
    text order."""
    longer: dict[str, list[Known]] = {}
    for m in found:
        e = m.entity
        words = [w for w in re.split(r"[\s\-–]+", e.label) if w and w.lower() not in INITIALS_SKIP]
        if e.proposed is None or e.type in ("Person", "State") or len(words) < 2 or \
                not all(w[:1].isupper() for w in words):
            continue
        key = "".join(w[0] for w in words)
        if all(k.id != e.id for k in longer.get(key, [])):
            longer.setdefault(key, []).append(e)
    swap: dict[str, Known] = {}
    taken = {i for m in found for i in range(m.start, m.end)}
    first: dict[str, int] = {}
    for m in found:
        first.setdefault(m.entity.id, m.start)
    for m in found:
        e = m.entity
        if e.proposed is None or e.type in ("Person", "State") or not re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", e.label) \
                or not longer.get(e.label) or e.id in swap:
            continue
        # of several names of those initials, the first written is the acronym's
        full = min(longer[e.label], key=lambda k: first[k.id])
        if any(a < first[full.id] for a, _ in _runs_of_initials(doc, e.label, taken)):
            continue  # "The International Olympic Committee ... the IOC ... the Indonesian Olympic Committee"
        if full.id != e.id:
            swap[e.id] = full
    # "The International Olympic Committee ... the IOC": an acronym whose letters spell the
    # initials of one run of capitalised words before it that no mention holds (the NER model
    # missed it), and of no proposed name written before it, names the body by that run, which is proposed (its class the acronym's) and mentioned there too
    spelled: list[Mention] = []
    for m in found:
        e = m.entity
        if e.proposed is None or e.type in ("Person", "State") or not re.fullmatch(r"[A-Z]{2,8}", e.label) \
                or e.id in swap:
            continue
        runs = _runs_of_initials(doc, e.label, taken)
        if len({doc[a:b].text for a, b in runs}) != 1 or \
                any(runs[0][0] > first[k.id] for k in longer.get(e.label, [])):
            continue  # a proposed name of those initials written before the run is the acronym's
        name = doc[runs[0][0]:runs[0][1]].text
        full = Known(slug(name), e.type, name, {"id": slug(name), "type": e.type, "label": name})
        swap[e.id] = full
        spelled += [Mention(a, b, full, "name") for a, b in runs]
        taken |= {i for a, b in runs for i in range(a, b)}
    if not swap:
        return found
    found = sorted([*found, *spelled], key=lambda m: m.start)
    aliases: dict[str, list[str]] = {}
    for acronym, full in swap.items():
        aliases.setdefault(full.id, []).append(next(m.entity.label for m in found if m.entity.id == acronym))
    def fresh(k: Known) -> Known:
        k = swap.get(k.id, k)
        more = [a for a in aliases.get(k.id, []) if a not in k.proposed.get("aliases", [])] if k.proposed else []
        return replace(k, proposed={**k.proposed, "aliases": [*k.proposed.get("aliases", []), *more]}) if more else k
    return [Mention(m.start, m.end, fresh(m.entity), m.form, tuple(fresh(o) for o in m.others)) for m in found]


def _runs_of_initials(doc: Doc, acronym: str, taken: set[int]) -> list[tuple[int, int]]:
    """The (start, end) token spans of ``doc`` outside ``taken`` that are a run of two or
    more capitalised words whose initials, small words of :data:`INITIALS_SKIP` between
    them aside, are the letters of ``acronym`` in order, the run neither preceded nor
    followed by another capitalised word ("the International Olympic Committee" for
    'IOC'; not "Olympic Committee", nor the "International Olympic Committee Session")."""
    out = []
    for i, tok in enumerate(doc):
        if i in taken or not (tok.is_alpha and tok.text[:1] == acronym[0] and tok.lower_ not in INITIALS_SKIP) or \
                (i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ not in INITIALS_SKIP):
            continue
        j, letters = i, ""
        while j < len(doc) and j not in taken and doc[j].is_alpha and len(letters) < len(acronym):
            if doc[j].text[:1].isupper() and doc[j].lower_ not in INITIALS_SKIP:
                letters += doc[j].text[0]
            elif doc[j].lower_ not in INITIALS_SKIP:
                break
            j += 1
        if letters == acronym and j - i >= 2 and not (j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper()):
            out.append((i, j))
    return out


#: Lower-case words that join the words of a body's name before its acronym in brackets ("UN
#: Interim Force in Lebanon (UNIFIL)", "Societe des Mines de l'Air (SOMAIR)").
NAME_LINKS = {"of", "for", "in", "the", "and", "-", "de", "des", "du", "del", "della", "e"}
#: A capitalised word after an elided article or preposition ("l'Air", "d'Ivoire").
ELIDED_NAME = re.compile(r"^[ldLD]['’][A-Z]")


def _syllabic_acronym(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the first letters of each capitalised word of
    ``name``, one or more of each, in order: a short form built from syllables ("Societe
    des Mines de l'Air" gives SOMAIR: SO + M + AIR; "Compagnie Minière d'Akouta" gives
    COMINAK). Lower-case words and an elided article ("l'", "d'") give nothing."""
    words = [ELIDED_NAME.sub(lambda m: m.group(0)[-1], w) for w in re.split(r"[\s\-–]+", name)]
    words = [w.lower() for w in words if w[:1].isupper()]
    target = acronym.lower()
    if not words or len(words) > len(target):
        return False

    def fits(i: int, k: int) -> bool:
        if i == len(words):
            return k == len(target)
        w = words[i]
        return any(target[k:k + n] == w[:n] and fits(i + 1, k + n) for n in range(1, min(len(w), len(target) - k) + 1))
    return fits(0, 0)


def _initials(name: str) -> str:
    """The capital initials of a name's words, hyphenated parts too:
    'Pakistan Tehreek-e-Insaf' -> 'PTI'."""
    return "".join(w[0] for w in re.split(r"[\s\-–]+", name) if w[:1].isupper())


#: Nouns before a one-word name that make it a company's ("shipping company Sovcomflot",
#: "gas giant Gazprom", "the carrier Belavia").
COMPANY_NOUNS = {"company", "firm", "giant", "major", "producer", "carrier", "airline", "operator", "group",
                 "conglomerate", "corporation", "insurer", "lender", "bank", "exporter", "importer", "supplier",
                 "maker", "manufacturer", "contractor", "trader", "refiner", "shipper", "subsidiary"}
#: Nouns of a news outlet right before its one-word name ("broadcaster NHK"); "news agency"
#: and "wire service" too (:func:`_company_before`).
NEWS_NOUNS = {"broadcaster", "newspaper", "daily", "tabloid", "newswire"}
#: Words before a company's name that make it a state's ("state-owned QatarEnergy").
STATE_OWNED = {"state-owned", "state-controlled", "state-run", "state-backed", "government-owned"}


#: Nouns of a shared network a name may stand before ("the BRELL ring", "the Kavkaz grid"):
#: the name is the network's, a body of the states joined to it.
NETWORK_NOUNS = {"ring", "grid", "grids", "system", "network", "interconnection"}
#: Nouns of a vessel before its name ("the tanker Nova Star", "the bulk carrier Eternity C"):
#: the name is an Asset's (FollowTheMoney Vessel). 'carrier' only after a word of what it
#: carries, since a bare "carrier" is also an airline or a telecoms company.
VESSEL_NOUNS = {"ship", "vessel", "tanker", "freighter", "ferry", "boat", "yacht", "trawler", "warship", "destroyer",
                "frigate", "corvette", "submarine", "cruiser", "dhow", "containership", "supertanker", "steamer",
                "liner", "barge", "tug", "tugboat", "dredger", "icebreaker", "schooner"}
CARRIER_KINDS = {"bulk", "ore", "gas", "lng", "lpg", "car", "vehicle", "aircraft", "cargo", "container", "crude",
                 "oil", "chemical", "product", "products", "helicopter"}
#: Prefixes of a ship's name ("MV Ocean Pearl", "HMS Diamond"): motor vessel, motor tanker, His
#: Majesty's Ship, United States Ship and the like.
VESSEL_PREFIXES = {"MV", "M/V", "MT", "M/T", "MS", "SS", "HMS", "USS", "INS", "FV", "RV", "RFS", "HMCS", "HMAS"}
#: Verbs whose object or subject, a name after "the" the NER model calls a product, is a vessel
#: ("attacked the Magic Seas", "the Magic Seas sank").
VESSEL_VERBS = {"sink", "sank", "capsize", "hijack", "board", "dock", "sail", "moor", "scuttle", "ram", "tow"}
#: Words that begin the name of a sea, gulf, strait or bay before 'of' ("Gulf of Oman").
WATER_HEADS = {"Gulf", "Sea", "Strait", "Straits", "Bay"}
#: The name of a sea, gulf, strait or bay ("the Red Sea", "Gulf of Aden", "Strait of Hormuz"):
#: a gkg:Region, not a town or a site.
WATER_NAME = re.compile(r"^(?:the\s+)?(?:(?:[A-Z][\w'-]*\s+)+(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Channel|Sound)"
                        r"|(?:Gulf|Strait|Straits|Bay|Sea)\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)$")

#: The name of a stretch of land its last word tells ("the West Bank", "the Gaza Strip", "the
#: Golan Heights", "the Korean Peninsula"): a territory, a gkg:Region (as the registry
#: declares them), never a town.
LAND_NAME = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'-]*\s+)+(?:Strip|Bank|Heights|Peninsula|Territories)$")


def _carrier_noun(tok: Token) -> bool:
    """Whether ``tok`` is a noun of a vessel (:data:`VESSEL_NOUNS`, or 'carrier' after a
    word of what it carries: "bulk carrier", "LNG carrier")."""
    low = tok.lower_
    return low in VESSEL_NOUNS or low == "carrier" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in CARRIER_KINDS


def vessel_names(doc: Doc, taken: set) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` of vessels' names in ``doc``, none overlapping ``taken``:
    capitalised words right after a noun of a vessel ("the Liberian-flagged bulk carrier
    Eternity C", "the tanker Nova Star"), a name that begins with a ship prefix ("MV Ocean
    Pearl", :data:`VESSEL_PREFIXES`), and a name after "the" the NER model calls a
    product (OntoNotes PRODUCT covers vehicles) when the article speaks of ships or the
    name is what a verb of vessels (:data:`VESSEL_VERBS`) or of attacking acts on ("the
    Houthis attacked the Magic Seas"). A name of a vessel written once so is the same
    vessel where the article repeats it ("the Eternity C sank"): :meth:`MentionFinder._unknown`."""
    def run_from(i: int, after_noun: bool = False) -> int:
        j = i
        # right after a vessel's noun, a name the NER model calls a place and the registry does
        # not know (it is in ``taken`` if it does) is the vessel's ("the oil tanker Kiwala")
        while j < len(doc) and j not in taken and (doc[j].text[:1].isupper() or doc[j].like_num) and \
                not doc[j].is_punct and (doc[j].ent_type_ not in ("DATE", "TIME", "GPE", "NORP") or (
                    after_noun and doc[j].ent_type_ == "GPE" and doc[j].pos_ == "PROPN")) and \
                (j == i or doc[j].pos_ in ("PROPN", "NUM") or doc[j].text.isupper()):
            j += 1
        return j
    out: list[tuple[int, int]] = []
    shipping = any(_carrier_noun(t) or t.lower_ in ("ships", "vessels", "tankers", "shipping") for t in doc)
    i = 0
    while i < len(doc):
        t = doc[i]
        start = None
        if t.text in VESSEL_PREFIXES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and i not in taken:
            start = i
        elif _carrier_noun(t) and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and (
                doc[i + 1].pos_ == "PROPN" or i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN" and doc[i + 2].text[:1].isupper()
                and doc[i + 1].is_alpha):
            start = i + 1  # "the bulk carrier True Confidence": a name's first word may be tagged an adjective
        elif t.ent_type_ == "PRODUCT" and t.text[:1].isupper() and (
                doc[i - 1].lower_ == "the" if t.ent_iob_ == "B" and i > 0 else t.ent_iob_ == "I" and doc[i - 1].lower_ == "the"):
            ent = next(e for e in doc.ents if e.start <= i < e.end)  # the model may take "the" into the name
            head = ent.root
            verb = head.head if head.dep_ in ("dobj", "nsubj", "nsubjpass") else None
            if all(w.text[:1].isupper() for w in doc[i:ent.end]) and (shipping or verb is not None and (
                    verb.lemma_.lower() in VESSEL_VERBS | {"attack", "strike", "hit", "seize", "target"})):
                start = i
        if start is None or start in taken:
            i += 1
            continue
        end = run_from(start + 1) if start == i and t.text in VESSEL_PREFIXES else run_from(start, start == i + 1)
        if end > start + (1 if t.text in VESSEL_PREFIXES and start == i else 0):
            out.append((start, end))
            i = end
        else:
            i += 1
    return out


@functools.lru_cache(maxsize=1)
def _divisions() -> frozenset[str]:
    """The normalised names (:func:`kg.entities.normalise`) of the first-level subdivisions
    of states the gazetteer lists (``world.yaml``, ``divisions``; ISO 3166-2), which a
    proposed place of that name is: a Region."""
    return frozenset(normalise(n) for names in (world().get("divisions") or {}).values() for n in names)


def _capitals_alike(doc: Doc, found: list[Mention], r: Resolver) -> list[Mention]:
    """Capitals joined in one coordination ("between Beijing and Moscow") read alike: where
    one stands for its state (the registry has no government of it) and another for its
    government ("Moscow (government)"), the governments are read as their states, so that
    the pair names two states, not a state and a government. Returns ``found`` with those
    mentions replaced; the others unchanged."""
    capital = {doc[m.end - 1].i: m for m in found if m.form == "capital"}
    out = list(found)
    for head, m in capital.items():
        group = [m] + [capital[t.i] for t in doc[head].conjuncts if t.i in capital]
        if len(group) < 2 or not any(g.entity.type == "State" for g in group):
            continue
        for g in group:
            state = r.state_of(g.entity) if g.entity.type != "State" else None
            if state is not None:
                new = replace(g, entity=state)
                out[out.index(g)] = capital[g.end - 1] = new
    return out


def _capitalised_run_end(doc: Doc, i: int) -> int:
    """The end (exclusive token index) of the run of capitalised proper nouns that starts
    at token ``i`` ("Norvale Gold", "La Stampella"), at most four words: a body's name
    written after its noun."""
    end = i + 1
    while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].is_alpha and \
            doc[end].text[:1].isupper():
        end += 1
    return end


def _company_before(doc: Doc, i: int) -> str | None:
    """The class of the one-word name at token ``i`` that the words right before it give:
    'StateCompany' after "state-owned" ("state-owned shipping company Sovcomflot"),
    'NewsOrganisation' after a news outlet's noun (:data:`NEWS_NOUNS`, "news agency":
    "the official news agency IRNA"), 'Organisation' after a company noun
    (:data:`COMPANY_NOUNS`: "gas giant Gazprom");
    None otherwise. Hyphenated words count as one ("state-owned" is three tokens)."""
    words, j = [], i - 1
    while j >= max(0, i - 6) and ((doc[j].is_alpha and doc[j].text.islower()) or doc[j].text == "-"):
        words.insert(0, doc[j].text)
        j -= 1
    text = "".join(w if w == "-" else f" {w}" for w in words).replace(" -", "-").replace("- ", "-").split()
    if any(w in STATE_OWNED for w in text):
        return "StateCompany"
    if text and (text[-1] in NEWS_NOUNS or text[-2:] in (["news", "agency"], ["press", "agency"], ["wire", "service"])):
        return "NewsOrganisation"  # "the official news agency IRNA", "broadcaster NHK"
    if text and text[-1] in COMPANY_NOUNS:
        return "Organisation"
    return None


#: Nouns of a kind of body other than a company's right before its name ("the liberal party
#: Vente Venezuela", "the Japanese organisation Nihon Hidankyo", "the rights group X"): the
#: name is the body's, a party and any such body an Organisation (ontology/geopolitics.ttl:
#: a political party has no class of its own).
BODY_KIND_BEFORE = {"party", "movement", "organisation", "organization", "faction", "coalition", "alliance",
                    "association", "foundation", "charity", "militia", "group", "bloc", "federation", "union"}


def _kind_noun_before(doc: Doc, start: int, end: int) -> bool:
    """Whether the name of tokens ``[start, end)`` has a noun of a kind of body
    (:data:`BODY_KIND_BEFORE`) right before it, after 'the' or 'a' and at most three
    adjectives or names ("the liberal party Vente Venezuela", "the Japanese organisation
    Nihon Hidankyo"). A name a verb follows is the subject of a clause on the noun ("the
    party Ana Kell founded", "the group Tor Ashby leads") and stays what it was."""
    j = start - 1
    if j < 1 or doc[j].lower_ not in BODY_KIND_BEFORE or doc[j].pos_ != "NOUN":
        return False
    if end < len(doc) and (doc[end].tag_ in ("VBD", "VBZ", "VBP", "MD") or doc[end].lower_ in ("has", "had", "have")):
        return False
    k = j - 1
    while k >= 0 and doc[k].pos_ in ("ADJ", "PROPN") and j - k < 4:
        k -= 1  # "the liberal party", "the Japanese organisation"
    return k >= 0 and doc[k].lower_ in ("the", "a", "an")


def listed_bodies(doc: Doc, taken: set) -> set[tuple[int, int]]:
    """Spans (start, end) of one-word names listed together, joined by commas and 'and' or
    'or' (the parser's conjuncts), of which the NER model tagged at least one an
    organisation and none a nationality, and which are three or more, or two it tagged
    both: "cases involving Huawei, ZTE, Xiaomi and Oppo" (a list of companies, whatever
    the model took each for). Names in ``taken`` (the registry's, the gazetteer's) and
    words of a longer name are left out, and a list holding one is no such list."""
    def one_word(t) -> bool:
        return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.i not in taken and \
            not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper()) and \
            not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper())
    out: set[tuple[int, int]] = set()
    for t in doc:
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        chain, k = [t], t
        while (nxt := next((c for c in k.children if c.dep_ == "conj"), None)) is not None:
            chain.append(nxt)
            k = nxt
        if chain[0].pos_ != "PROPN":
            chain = chain[1:]  # "among others, Huawei, ZTE ...": the noun the parser hung the list on
        if len(chain) < 2 or not all(one_word(c) for c in chain) or any(c.ent_type_ == "NORP" for c in chain):
            continue
        orgs = sum(c.ent_type_ == "ORG" for c in chain)
        if orgs and (len(chain) >= 3 or orgs == len(chain)):
            out |= {(c.i, c.i + 1) for c in chain}
    return out


#: Objects of 'won' or 'lost' that make its one-word subject a party ("Labour won the
#: election", "the Greens lost the vote").
ELECTION_OBJECTS = {"election", "elections", "vote", "poll", "polls", "referendum", "majority", "seats", "ballot"}


def _party_by_election(tok) -> bool:
    """Whether the one-word name ``tok`` is the subject of 'won' or 'lost' whose object is an
    election, a vote or seats (:data:`ELECTION_OBJECTS`): a party, never a person named by one
    word nobody introduced ("after Labour won the July 2024 election")."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in ("win", "lose") and \
        any(c.dep_ == "dobj" and c.lemma_.lower() in ELECTION_OBJECTS for c in verb.children)


#: Nouns of a holding in a company, whose 'in' names the company ("its stake in X").
HOLDING_WORDS = {"stake", "stakes", "holding", "holdings", "shares", "shareholding", "shareholdings"}


def _held_before(doc: Doc, i: int) -> bool:
    """Whether the words right before the name at token ``i`` say it is a company held
    or given up by an investor: a holding's 'in' ("its holdings in Rio Tinto", "a 5
    percent stake in the miner X" after :data:`HOLDING_WORDS`) or 'divested from'."""
    j = i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1:
        return False
    before = doc[j - 1].lower_
    return doc[j].lower_ == "in" and before in HOLDING_WORDS or doc[j].lower_ == "from" and doc[j - 1].lemma_ == "divest"


def _first_words(persons: dict[str, Known]) -> dict[str, Known]:
    """Word -> person, for the persons of ``persons`` (keyed by their names as written,
    lower case) named by two words or more, when that word is no other person's name
    word nor any person's last word: the first word ("xi" for "xi jinping", "kim" for
    "kim jong un", whom news names by the family name written first: Chinese, Korean
    names) and, of a name of three words or more, an inner word that is no particle
    ("macias" for "jose adolfo macias villamar": the father's surname of a Spanish or
    Portuguese double surname, by which news names the person after the first mention)."""
    words_of: dict[str, set[str]] = {}
    known: dict[str, Known] = {}
    for name, person in persons.items():
        words = name.split()
        if len(words) < 2:
            continue
        for w in [words[0], *(w for w in words[1:-1] if w not in NAME_PARTICLES and w.isalpha())]:
            words_of.setdefault(w, set()).add(person.id)
            known[w] = person
    lasts = {name for name in persons if " " not in name}
    return {w: known[w] for w, ids in words_of.items() if len(ids) == 1 and w not in lasts}


#: Capitalised words of a portfolio written after "Minister of" ("Minister of Energy and
#: Natural Resources", "Minister of Foreign Affairs"), which end before the holder's name.
PORTFOLIO_NAME_WORDS = TITLE_PORTFOLIO_WORDS | {
    "natural", "resources", "planning", "investment", "infrastructure", "mines", "mining", "petroleum", "water",
    "fisheries", "tourism", "sport", "sports", "youth", "women", "family", "digital", "telecommunications",
    "communications", "housing", "urban", "rural", "finances", "budget", "treasury", "cooperation", "integration"}


#: Head nouns of a body's name that many states' bodies share, written with the words of
#: what they do alone ("Ministry of Foreign Affairs", "Information Office", "Press Office").
GENERIC_BODY_HEADS = {"ministry", "office", "department", "bureau", "directorate", "secretariat", "commission",
                      "committee", "agency", "authority"}
#: Words such a name is made of besides its head (a portfolio, a function).
GENERIC_BODY_WORDS = PORTFOLIO_NAME_WORDS | {
    "of", "for", "the", "information", "press", "media", "relations", "general", "affairs", "foreign", "protocol",
    "consular", "legal", "election", "elections", "electoral", "anti-corruption", "corruption", "audit", "statistics",
    "customs", "revenue", "tax", "immigration", "intelligence", "competition", "securities", "aviation", "civil"}


def _generic_body_acts(root) -> bool:
    """Whether the body whose name's head token is ``root`` acts in its sentence: the
    subject or agent of a clause ("The Interior Ministry designated ..."), the possessor of
    a post ("the Foreign Ministry's spokeswoman"), the body written before the title of a
    post in it ("Foreign Ministry spokesman X"), or the one asked or told to do what the
    infinitive after it says ("asks the Ministry of Finance to publish ...")."""
    if root.dep_ in ("nsubj", "nsubjpass", "agent", "poss"):
        return True
    if root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") and \
            root.head.lemma_.lower() in BODY_POSTS | PERSON_POSTS:
        return True
    return root.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.i > root.i and c.pos_ in ("VERB", "AUX") and
                                       any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                       for c in root.head.children)


def _generic_body_name(label: str) -> bool:
    """Whether ``label`` names a body by generic words alone (:data:`GENERIC_BODY_HEADS`,
    :data:`GENERIC_BODY_WORDS`: "Ministry of Foreign Affairs", "Information Office"), no
    state's or proper name in it: a name many states' bodies bear."""
    words = normalise(label).split()
    return len(words) >= 2 and any(w in GENERIC_BODY_HEADS for w in (words[0], words[-1])) and \
        all(w in GENERIC_BODY_HEADS or w in GENERIC_BODY_WORDS for w in words)


def _past_portfolio(doc: Doc, j: int) -> int:
    """Where the name after a title starts when the title goes on with 'of' or 'for' and a
    portfolio in capitals ("Minister of Economy Mikayil Jabbarov", "Minister for Energy and
    Natural Resources X"): the token after the portfolio's last word
    (:data:`PORTFOLIO_NAME_WORDS`), if a capitalised word follows it; else ``j``
    unchanged. ``j`` is the token index right after the title."""
    if j + 2 >= len(doc) or doc[j].lower_ not in ("of", "for"):
        return j
    k = j + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ in PORTFOLIO_NAME_WORDS or \
            k > j + 1 and k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].lower_ in PORTFOLIO_NAME_WORDS:
        k += 1
    if k == j + 1 or k >= len(doc) or not doc[k].text[:1].isupper():
        return j
    return k


#: Nouns of a state's agency named by what it oversees ("maritime authority", "civil
#: aviation authority", "customs service", "port authority"): a body of the state, not the state.
AGENCY_NOUNS = {"authority", "agency", "regulator", "administration", "commission", "service", "directorate"}


def _agency_end(doc: Doc, i: int) -> int | None:
    """The index of the last word of an agency named right at token ``i`` after a state's
    name or demonym: one or two lower-case words of what it oversees, then a noun of
    :data:`AGENCY_NOUNS` in the singular, not followed by 'of' or a possessive (whose name
    goes on) ("maritime authority", "civil aviation authority"); else None."""
    k = i
    while k < len(doc) and k - i < 2 and doc[k].is_alpha and doc[k].text.islower() and \
            doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k].lower_ not in AGENCY_NOUNS | OFFICE_NOUNS:
        k += 1
    if k == i or k >= len(doc) or doc[k].lower_ not in AGENCY_NOUNS or doc[k].tag_ != "NN":
        return None
    if k + 1 < len(doc) and doc[k + 1].lower_ in ("of", "'s", "’s"):
        return None
    return k


def _hyphenated_name(name: str) -> bool:
    """Whether ``name`` is one word of three or more capitalised parts joined by hyphens
    ("Waker-Uz-Zaman", "Karim-Ul-Haq"): a whole personal name, given name, particle and
    surname written as one, unlike a given name of two parts alone ("Jean-Pierre")."""
    parts = name.split("-")
    return " " not in name and len(parts) >= 3 and all(p[:1].isupper() and p.isalpha() for p in parts)


def _titled_names(doc: Doc, taken: set) -> list[tuple[int, int]]:
    """Spans of personal names right after a title the NER model may miss or cut
    ("Presidents Xi Jinping and ...", "Prime Minister Han Duck-soo", "Minister of Economy
    Mikayil Jabbarov": :func:`_past_portfolio`): a title of
    :data:`TITLES` written with a capital (or its plural), then two to four capitalised
    words tagged proper nouns, none of them a name already found in ``taken``. Token
    spans (start, end), in text order."""
    out = []
    for i, tok in enumerate(doc):
        if not tok.text[:1].isupper() or i in taken:
            continue
        for n in (3, 2, 1):
            words = [t.lower_ for t in doc[i:i + n]]
            if words and words[-1].endswith("s") and words[-1][:-1] in {w.split()[-1] for w in TITLES}:
                words[-1] = words[-1][:-1]  # "Presidents Xi Jinping and Vladimir Putin"
            if len(words) == n and " ".join(words) in TITLES and all(t.text[:1].isupper() for t in doc[i:i + n]):
                j = _past_portfolio(doc, i + n)  # "Minister of Economy X": the name starts after the portfolio
                end = j
                while end < len(doc) and end - j < 4 and end not in taken and doc[end].pos_ == "PROPN" and \
                        doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].lower_ not in TITLES:
                    end = _name_end(doc, end + 1, taken)
                if end - j >= 2:
                    out.append((j, end))
                break
    return out


def _described_names(doc: Doc, taken: set) -> list[tuple[int, int]]:
    """Spans of personal names right after a noun of :data:`NATIONALITY_NOUNS` in lower
    case that a demonym, a state's name or 'dual' comes before ("French national Lennart
    Mosk", "British-Iranian dual national Nadia Rezai"), which the NER model misses or
    takes for a body: two to four capitalised words tagged proper nouns, none a title,
    none in ``taken`` nor a place the NER model tagged. The noun capitalised begins a
    body's name or a title as often ("the French National Assembly", "UN Resident
    Coordinator"): never this. Token spans (start, end), in text order."""
    out = []
    places = {i for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC", "NORP") for i in range(e.start, e.end)}
    for tok in doc[1:]:
        if tok.text not in NATIONALITY_NOUNS or tok.i in taken:
            continue
        before = doc[tok.i - 1]
        if not (before.lower_ == "dual" or before.ent_type_ in ("NORP", "GPE") and before.text[:1].isupper()):
            continue
        start = end = tok.i + 1
        while end < len(doc) and end - start < 4 and end not in taken | places and doc[end].pos_ == "PROPN" and \
                doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].lower_ not in TITLES:
            end = _name_end(doc, end + 1, taken)
        if end - start >= 2:
            out.append((start, end))
    return out


#: Nouns of people of one family named together ("the couple Peter and Barbie Reynolds",
#: "brothers Ali and Reza Karimi"), whose names share the surname written once.
KIN_GROUP_NOUNS = {"couple", "brothers", "sisters", "siblings", "twins", "spouses", "cousins", "sons", "daughters",
                   "parents"}


def _given_name(tok: Token) -> bool:
    """Whether ``tok`` may be a given name written alone: one capitalised word in letters,
    a proper noun, no title, rank, honorific or word of a date, not a place or nationality
    the NER model tagged."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and tok.pos_ == "PROPN" and \
        tok.lower_ not in _NOT_NAME_WORDS | RANKS | NAME_HONORIFICS | NATIONALITY_NOUNS and tok.lower_ not in TITLES \
        and tok.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "FAC")


def _kin_after(doc: Doc, end: int) -> bool:
    """Whether a noun of :data:`KIN_GROUP_NOUNS` stands in apposition right after the name
    ending at token ``end`` (", a British couple,"): a comma, maybe 'a' or 'the',
    adjectives, then the noun."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in ("a", "the"))
    while k < len(doc) and doc[k].pos_ in ("ADJ", "PROPN") and doc[k].lower_ not in KIN_GROUP_NOUNS:
        k += 1
    return k < len(doc) and doc[k].lower_ in KIN_GROUP_NOUNS


def _post_nominal_names(doc: Doc, taken: set) -> list[tuple[int, int]]:
    """Spans of personal names right before letters of :data:`POSTNOMINALS` ("Tulip
    Siddiq MP has resigned", "the appointment of Emma Reynolds MP as ..."), which the NER
    model often tags a place or a body: two to four capitalised proper nouns, none a title
    of :data:`TITLES` nor over ``taken`` nor a word of a body's name ("Scottish National
    Party MP"), then the letters as a word of their own, no name after them (the letters
    then a title: "Labour MP Anna Lind"). Token spans (start, end), in text order."""
    out = []
    for tok in doc:
        if tok.text not in POSTNOMINALS or tok.i < 2:
            continue
        start = tok.i
        while start - 1 >= 0 and tok.i - start < 4 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" and \
                doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_upper and \
                doc[start - 1].lower_ not in TITLES and doc[start - 1].lower_ not in HONORIFICS:
            start -= 1
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper():
            continue  # "Scottish National Party MP Anna Lind": the letters a title before the name
        if tok.i - start >= 2 and not BODY_NAME.search(doc[start:tok.i].text):
            out.append((start, tok.i))
    return out


#: Marks that open the line of a list in a press release or a web page.
LIST_MARKS = {"-", "–", "•", "*", "·"}


def _listed_names(doc: Doc, taken: set) -> list[tuple[int, int]]:
    """Spans of personal names that open a line of a list of appointments ("Parliament
    appointed:\n- Olha Stefanishyna as Deputy Prime Minister ...;"), which the NER model
    misses without a sentence around them: after a mark of :data:`LIST_MARKS` at the start
    of a line, two to four capitalised proper nouns, then 'as' or a comma, the line naming
    a title of :data:`TITLES` after them ('as Minister of Justice'). Token spans (start,
    end), in text order, none over ``taken`` nor over a place or body the NER model tagged."""
    out = []
    places = {i for e in doc.ents if e.label_ in ("GPE", "LOC", "ORG", "NORP") for i in range(e.start, e.end)}
    titles = {w.split()[-1] for w in TITLES}
    for tok in doc:
        if tok.text not in LIST_MARKS or (tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws + doc[tok.i - 1].text):
            continue
        start = end = tok.i + 1
        while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].is_alpha and \
                doc[end].text[:1].isupper() and doc[end].lower_ not in TITLES and end not in taken | places:
            end += 1
        if end - start < 2 or end >= len(doc) or doc[end].lower_ not in ("as", ","):
            continue
        line_end = next((t.i for t in doc[end:] if "\n" in t.text_with_ws), len(doc))
        if any(t.lower_ == "as" for t in doc[end:line_end]) and \
                any(t.lower_ in titles and t.text[:1].isupper() for t in doc[end:line_end]):
            out.append((start, end))
    return out


#: Styles of a pope, a monarch, a prince or a cleric written before a name, with it the
#: name by which news English calls them ("Pope Francis", "King Charles", "Prince William",
#: "Cardinal Re"); unlike :data:`TITLES` they name no office of a state to draft.
STYLE_TITLES = {"Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Cardinal", "Archbishop",
                "Patriarch", "Sheikh", "Ayatollah", "Grand Duke", "Crown Prince"}
#: Last words of a place's name, capitalised ("St Peter's Square", "Karl Street", "St Agnes
#: Basilica", "the Amber Palace"): a name ending so is a site, never a person, whatever
#: the NER model tagged it (saints and rulers give their names to squares and churches).
#: Words that are also surnames ("Hall", "Hill", "Castle", "Temple", "Park") are left out.
PLACE_HEADS = {"Square", "Street", "Avenue", "Road", "Boulevard", "Bridge", "Basilica", "Cathedral", "Chapel",
               "Palace", "Gardens", "Plaza", "Piazza", "Airport", "Station", "Stadium", "Mosque", "Hospital",
               "Prison", "Harbour", "Harbor"}


def _styled_names(doc: Doc, taken: set) -> list[tuple[int, int]]:
    """Spans of a style of :data:`STYLE_TITLES` with the one capitalised proper noun after it
    ("Pope Francis", "King Harald"), which the NER model tags as the bare first name (too
    unsure to propose alone): the style is kept in the name, as news English writes the
    person. Names of two words or more after a style, or inside a longer name the NER
    model tagged a person, are the NER model's own ("Cardinal Tomas Varga": Tomas Varga;
    "Crown Prince Mohammed bin Salman"); a place after it ("Prince Edward Island") is none. Token
    spans (start, end), in text order, none over ``taken``."""
    out = []
    # "Crown Prince Mohammed bin Salman": a longer name the NER model found is its own
    longer = {i for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 for i in range(e.start, e.end)}
    for i, tok in enumerate(doc):
        n = 2 if i + 1 < len(doc) and f"{tok.text} {doc[i + 1].text}" in STYLE_TITLES else 1
        if doc[i:i + n].text not in STYLE_TITLES or (i > 0 and doc[i - 1].text in STYLE_TITLES):
            continue
        j = i + n
        if j >= len(doc) or j in taken or j in longer or i in taken or doc[j].pos_ != "PROPN" or not doc[j].is_alpha or \
                not doc[j].text[:1].isupper() or doc[j].is_upper:
            continue
        if j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
            continue  # "Cardinal Tomas Varga", "Prince Edward Island": a longer name, the NER model's
        out.append((i, j + 1))
    return out


#: Last words of the name of a law or a legal instrument ("the Patriot Act", "the Foreign
#: Agents Law", "the Civil Code"), which names no body nor person.
LAW_NAME_WORDS = {"Act", "Law", "Code", "Statute", "Bill", "Ordinance", "Decree", "Amendment"}


def _law_name(span: Span) -> bool:
    """Whether ``span``, a name the NER model tagged, is a law's name: its last word one of
    :data:`LAW_NAME_WORDS` as written (capitalised) with no 'of' before it ("the Institute
    of International Law" is a body)."""
    return len(span) > 1 and span[-1].text in LAW_NAME_WORDS and not any(t.lower_ == "of" for t in span)


#: Words a treaty's or an agreement's name is built on, capitalised: its last word ("the
#: Chicago Convention", "the Paris Agreement", "the UN Charter") or its first, before the
#: preposition of what it is about ("Treaty of Rome", "Agreement on Trade-Related Aspects of
#: Intellectual Property Rights", "Convention on the Rights of the Child").
AGREEMENT_NAME_HEADS = {"Treaty", "Agreement", "Accord", "Accords", "Convention", "Pact", "Protocol", "Charter",
                        "Memorandum"}
#: Prepositions after the first word of a treaty's name.
AGREEMENT_NAME_LINKS = {"on", "of", "between", "concerning", "for", "establishing", "relating"}


def agreement_name(span: Span) -> bool:
    """Whether ``span``, a name the NER model tagged, is a treaty's or an agreement's name
    (:data:`AGREEMENT_NAME_HEADS`, :data:`AGREEMENT_NAME_LINKS`): a fact of its own, an
    ``Agreement`` with its fact id (corpus/CLAIMS.md, "Who acted for whom"), for which the ontology has
    no entity class, so never a body to propose. "the Collective Security Treaty
    Organization" ends in a body's word and stays a body."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2:
        return False
    if words[-1].text in AGREEMENT_NAME_HEADS:
        return True
    return words[0].text in AGREEMENT_NAME_HEADS and words[1].lower_ in AGREEMENT_NAME_LINKS


#: The words of a sum after its number: scale and currency (kg.extract.quantities).
MONEY_WORDS = CURRENCY_WORDS | SCALE_WORDS


def _without_sum(doc: Doc, words: list[Token]) -> list[Token]:
    """The words of a name without a sum of money the NER model ran on into ("fined Le
    Pen 100,000 euros" tagged as one organisation): cut at the first number after a word
    when what follows is numbers and words of scale or currency
    (:data:`~kg.extract.quantities.CURRENCY_WORDS`) and a currency ends it, inside the
    span or right after it. A number that is part of a name ("Boeing 737", "Group of
    20") has no currency after it and is kept. ``words``: the span's tokens; returns them
    cut, or unchanged."""
    for n, t in enumerate(words[1:], 1):
        if t.like_num and any(c.isdigit() for c in t.text) and all(w.like_num or w.lower_ in MONEY_WORDS for w in words[n:]):
            last = words[-1]
            if last.lower_ in CURRENCY_WORDS or (last.i + 1 < len(doc) and doc[last.i + 1].lower_ in CURRENCY_WORDS):
                return words[:n]
            break
    return words


def _name_end(doc: Doc, end: int, taken: set) -> int:
    """Extend a name ending at token ``end`` over the parts the tokenizer splits off
    ("Duck-soo": 'Duck', '-', 'soo') and the capitalised word after a particle the
    NER model stops at ("Ursula von der" + "Leyen"). Returns the new end."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and doc[end + 1].is_alpha and end + 1 not in taken:
        end += 2
    # a particle capitalised inside a name counts too: "Jean-Yves Le" + "Drian", "Marine Le" + "Pen"
    if end < len(doc) and doc[end - 1].lower_ in NAME_PARTICLES and (doc[end - 1].text.islower() or (
            doc[end - 1].text.istitle() and end - 1 > 0 and doc[end - 2].text[:1].isupper())) and \
            doc[end].text[:1].isupper() and doc[end].is_alpha and end not in taken:
        end += 1
    return end


def _bare_name(doc: Doc, tok: Token) -> bool:
    """Whether one capitalised word is a name by how the article writes it: a proper
    noun standing alone (no capitalised proper noun beside it) at least twice, never after
    a determiner or possessive ("the Treasury", "its
    Council" are common words used as names), never in lower case, and at least once
    inside a sentence rather than at its start ("Rosneft and Lukoil ... Rosneft is
    controlled by the state"). Words of :data:`NOT_NAMES` are none."""
    if tok.lower_ in NOT_NAMES or not tok.is_alpha or tok.pos_ != "PROPN":
        return False
    if tok.lower_ in _COMMON_BODY_WORDS or tok.lower_.rstrip("s") in _COMMON_BODY_WORDS:
        return False  # "Parliament voted", "Cabinet approved": a body by its common noun, named by the state's
    same = [t for t in doc if t.lower_ == tok.lower_ and not any(  # "Han" of "Han Duck-soo" is no bare word
        0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() for j in (t.i - 1, t.i + 1))]
    if len(same) < 2 or any(not t.text[:1].isupper() for t in same) or all(t.is_sent_start for t in same):
        return False
    return not any(t.i > 0 and (doc[t.i - 1].pos_ == "DET" or doc[t.i - 1].dep_ == "poss" or
                                doc[t.i - 1].tag_ in ("PRP$", "POS")) for t in same)


#: Common nouns of bodies and offices that articles capitalise alone ("Parliament",
#: "Cabinet", "the Treasury"): never a bare name of their own.
_COMMON_BODY_WORDS = (BODY_WORDS | SHARED_BODY_WORDS | set(BODY_NOUNS) | OFFICE_NOUNS | STATE_NOUNS | LEADER_WORDS
                      | {"house", "duma", "legislature", "treasury", "army", "navy", "police", "military", "junta",
                         "government", "administration", "opposition", "coalition", "ministry", "embassy", "state",
                         "president", "premier", "minister", "chancellor", "king", "queen", "pope"})


def _acronym_or_brand(name: str) -> bool:
    """'NATO', 'QatarEnergy', 'ExxonMobil': one word that is a name, not a common noun."""
    return name.isupper() and len(name) > 1 or any(c.isupper() for c in name[1:])


def mention_index(mentions: list[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering it."""
    return {i: m for m in mentions for i in range(m.start, m.end)}
