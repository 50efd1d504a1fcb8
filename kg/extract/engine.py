"""The drafting engine: reads an article (:class:`kg.extract.text.SourceText`) and drafts
its claims in the claims-file format (``corpus/CLAIMS.md``), with the registry entries it
would need for names the registry lacks.

:class:`Engine` is the interface every engine meets, so that another one (a language
model behind an HTTP endpoint, say) can plug in and pass through the same grounding and
schema checks (``kg/extract/drafts.py``). :class:`RuleEngine` is the one shipped: spaCy
rules over the trained English pipeline (see :mod:`kg.extract.pipeline`), stage by
stage: mentions (:mod:`~kg.extract.mentions`), facts (:mod:`~kg.extract.facts`), who
says them (:mod:`~kg.extract.speech`), dates (:mod:`~kg.extract.dates`), amounts
(:mod:`~kg.extract.quantities`).

Guarantees: the same input gives the same :class:`Draft` (claims in text order, ids
derived from content); every quote is ``source.text[start:end]`` for token offsets of
the parse, so it is verbatim by construction; nothing is downloaded.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

import kg
from spacy.tokens import Token
from kg.entities import EntityRegistry, normalise
from kg.extract import dates, facts as rules
from kg.extract.facts import Context, Fact
from kg.extract.facts.common import headline_end
from kg.extract.facts.judgements import descriptions
from kg.extract.facts.politics import CEREMONY_NOUNS
from kg.extract.facts.run import EVENTS, told_to_compare
from kg.extract.facts.forces import speaking_forces
from kg.extract.facts.ballots import head_word as _head_word
from kg.extract.facts.sales import INVESTOR_NOUNS, unnamed_investor
from kg.extract.facts.identity import scope_unidentified
from kg.extract.facts.proposals import prose_labels
from kg.extract.composed import ComposedView, composed_view, restore_quotes
from kg.extract.lexicon import action_head
from kg.extract.mentions import AGREEMENT_NAME_LINKS, Known, MentionFinder, Resolver, listed_bodies
from kg.extract.pipeline import has_model, load_pipeline, parse
from kg.extract.retold import join_retold
from kg.extract.speech import (
    ALLEGE, DENY, REQUEST_VERBS, SPEECH, UNNAMED, Speech, UnnamedSpeaker, attribute, content_modality, modal_modality, supposed_event,
)
from kg.extract.text import TRAIL_LINE, balance_quotes, dateline_end, quotations
from kg.ontology import vocabulary

RULESET = "53"  # the rule set's version: bump when rules change what is drafted
BATCH = 32  # documents per nlp.pipe batch


@dataclass
class Draft:
    """What an engine drafts from one article. ``claims``: dicts exactly as a claims file
    writes them (id, fact, type, role keys with entity ids or 'unnamed …', attributes,
    modality, said_by, hedged, via, quote, occurrence, note), in text order.
    ``entities``: proposed registry entries ``{id, type, label, aliases?}`` for the ids
    the claims use that the registry lacks, sorted by id."""

    claims: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    #: The ids of ``entities`` proposed because the article names them (a state, a body or
    #: a person named in full: :data:`NAMED_CLASSES`), which a draft keeps whether or not a
    #: claim names them; the others are proposed for the claims that name them only.
    named: frozenset[str] = frozenset()
    #: Set when drafting this article failed inside the engine (a defect of a rule, not
    #: of the article): ``"KeyError: 'actor'"``; the run reports it for this article and
    #: drafts the others.
    failure: str | None = None


class Engine(Protocol):
    """A drafting engine: ``name`` (e.g. 'kg-rules'), ``version`` (kg's version and the
    rule set's), and ``draft(source, registry) -> Draft``, deterministic, quoting
    ``source.text`` verbatim, never downloading anything."""

    name: str
    version: str

    def draft(self, source, registry: EntityRegistry) -> Draft: ...


class RuleEngine:
    """Rules over spaCy. ``use_model=False`` (or a missing model) runs the blank English
    pipeline: registry and gazetteer names only, surface patterns, lower recall.

    Raises :class:`kg.extract.pipeline.ModelError` when the installed model fails its
    checksum."""

    name = "kg-rules"

    def __init__(self, use_model: bool = True):
        self.nlp = load_pipeline(use_model)
        self.has_parser = has_model(self.nlp)
        self.version = f"{kg.__version__}+rules.{RULESET}" + ("" if self.has_parser else ".blank")
        self._finders: dict[int, tuple[EntityRegistry, MentionFinder]] = {}

    def _finder(self, registry: EntityRegistry) -> MentionFinder:
        hit = self._finders.get(id(registry))
        if hit is None or hit[0] is not registry:
            hit = (registry, MentionFinder(self.nlp, Resolver(registry)))
            self._finders = {id(registry): hit}
        return hit[1]

    def draft(self, source, registry: EntityRegistry) -> Draft:
        """Draft the claims of one article; see :class:`Draft`."""
        return next(self.draft_many([source], registry))

    def draft_many(self, sources: Iterable, registry: EntityRegistry, processes: int = 1) -> Iterator[Draft]:
        """Drafts of many articles, in the order given, parsed in batches of
        :data:`BATCH` (``nlp.pipe``); with ``processes`` above 1, in that many worker
        processes forked from this one (:func:`kg.extract.drafts.fork_map`: the
        pipeline is loaded once), a chunk of articles each. The drafts are the same
        either way: each depends on its article alone."""
        sources = list(sources)
        if processes <= 1:
            yield from self._draft_chunk(sources, registry)
            return
        from kg.extract.drafts import fork_map

        size = -(-len(sources) // processes)
        chunks = [sources[i: i + size] for i in range(0, len(sources), size)]
        for drafts in fork_map(lambda chunk: list(self._draft_chunk(chunk, registry)), chunks, processes):
            yield from drafts

    def _draft_chunk(self, sources: list, registry: EntityRegistry) -> Iterator[Draft]:
        finder = self._finder(registry)
        views = [composed_view(s) for s in sources]  # decomposed accents read composed; quotes stay verbatim
        docs = parse(self.nlp, (v.text for v in views), BATCH)  # a long text a window at a time
        for view, doc in zip(views, docs):
            try:
                draft = _draft(doc, view, finder, self.has_parser)
            except Exception as e:  # one article's failure must not lose the batch's other drafts
                yield Draft(failure=f"{type(e).__name__}: {e}")
                continue
            if isinstance(view, ComposedView):
                restore_quotes(draft.claims, view)
            yield draft


BLANK_ENV = "KG_EXTRACT_BLANK"


def default_engine(use_model: bool | None = None) -> RuleEngine:
    """The engine ``kg extract`` uses, built once per process: the rules over the
    trained model, or over the blank pipeline when ``use_model`` is false or, by
    default, when the environment sets ``KG_EXTRACT_BLANK=1``."""
    if use_model is None:
        use_model = os.environ.get(BLANK_ENV, "") not in ("1", "true", "yes")
    return _engine(use_model)


@functools.lru_cache(maxsize=2)
def _engine(use_model: bool) -> RuleEngine:
    return RuleEngine(use_model)


# --- from facts to claims --------------------------------------------------------------

_KIND = {"PositionHeld": "position", "ArmsTransfer": "arms", "StatementOfSupport": "support-statement",
         "TradeReport": "trade", "LegalAction": "legal", "DiplomaticRelations": "relations",
         "SeizureOfPower": "coup", "ArmedConflict": "conflict"}
_TRIM = " \t\n,;:—–-"
#: Roles in which a government stands for its state (as analysts write them).
STATE_ROLES = {"supplier", "recipient", "exporter", "importer", "party", "member", "giver", "investor", "supporter",
               "hostState", "authority"}


def kind_slug(fact_type: str) -> str:
    """'Visit' -> 'visit', 'PositionHeld' -> 'position', 'StatementOfSupport' -> 'statement'."""
    return _KIND.get(fact_type) or re.sub(r"(?<!^)([A-Z])", r"-\1", fact_type).lower()


def _draft(doc, source, finder: MentionFinder, has_parser: bool) -> Draft:
    # a dateline's place ("MOSCOW — ") is where the report was filed, no participant
    text = doc.text
    mentions = [m for m in finder.find(doc)
                if not has_parser or doc[m.start].idx >= dateline_end(text, doc[m.start].sent.start_char)]
    cx = Context(doc, mentions, finder.resolver, getattr(source, "published", None), has_parser)
    vocab = vocabulary()
    built = []
    spans: dict[int, tuple[int, int]] = {}  # id of a claim dict -> the code points its quote covers
    told_by: dict[int, tuple[int | None, set[int]]] = {}  # id of a claim dict -> its trigger, the tokens it read
    furniture = getattr(source, "is_boilerplate", None)
    aside: set[int] = set()  # ids of claims of agreements told only to compare ("unlike the pact X signed")
    for f in rules.find_facts(cx):
        claim = _claim(f, cx, vocab)
        if claim is None:
            continue
        if f.type == "Agreement" and f.trigger is not None and told_to_compare(f.trigger):
            aside.add(id(claim[0]))
        start = claim[0].pop("_start")
        if furniture is not None and furniture(start, start + len(claim[0]["quote"])):
            continue  # page furniture (share bars, related headlines) states no fact of the article
        spans[id(claim[0])] = (start, start + len(claim[0]["quote"]))
        told_by[id(claim[0])] = (f.trigger.i if f.trigger is not None else None,
                                 set(f.tokens) | ({f.trigger.i} if f.trigger is not None else set()))
        built.append(claim)
    built = _restated_sanctions(built, spans)
    built = _refer_back(built, spans, vocab, aside, doc if has_parser else None)
    _the_ceremony_told_before(built, spans)
    _resigned_office(built, spans)
    _office_ended_by_coup(built, spans)
    _about_named_facts(built, spans, vocab)
    _headline_is_body(built, spans, text, cx.published)
    _headline_names_body_fact(built, spans, text, vocab, cx.published)
    _share_dates(built, cx.published)
    join_retold(built, _participants, _states_of(built, cx), cx.published)
    _one_regime(built)
    elsewhen = {id(c) for c, _ in built if told_by.get(id(c), (None,))[0] is not None and has_parser
                and (dates.told_of_another_time(doc[told_by[id(c)][0]]) or _said_before(doc[told_by[id(c)][0]])
                     or _after_earlier_year(doc[told_by[id(c)][0]], cx.published))}
    _anchor_undated_statements(built, source, vocab, elsewhen, spans)
    _follow_references(built)
    _unnamed_speakers_apart(built, spans, vocab)
    _about_facts(built, spans, vocab, doc if has_parser else None)
    built = _reported_as_facts(built, spans, vocab)
    built = _specific_kind_wins(built, spans, told_by, vocab)
    built = _fuller_claim_wins(built, spans)
    _votes_adopting(built, told_by)
    claims, proposed, seen = [], {}, set()
    owner: dict[str, str] = {}  # proposed entity id -> the state its name gives ("Sudan's foreign ministry")
    # fact, modality, polarity -> spans, entity ids and claims of the claims kept
    kept: dict[tuple, list[tuple[int, int, set, dict]]] = {}
    counter: dict[str, int] = {}
    # A claim that gives the fact's status ("sanctions ... would be lifted": ended) or its end
    # ("removed President X from office on Friday") wins over one of the same fact from words
    # inside its quote that does not ("sanctions on Syria", "President X").
    with_status: dict[tuple, list[tuple[int, int]]] = {}
    for claim, _ in built:
        if "status" in claim or "endDate" in claim:
            with_status.setdefault((claim["fact"], claim.get("modality"), claim.get("polarity")), []).append(spans[id(claim)])
    for claim, used in built:
        key = (claim["fact"], claim["quote"], claim.get("modality"))
        if key in seen:
            continue  # two rules drafting one fact from one span
        seen.add(key)
        a, b = spans.get(id(claim), (0, 0))
        if "status" not in claim and "endDate" not in claim and any(x <= a and b <= y and (x, y) != (a, b) for x, y in
                                         with_status.get((claim["fact"], claim.get("modality"), claim.get("polarity")), ())):
            continue
        same = kept.setdefault((claim["fact"], claim.get("modality"), claim.get("polarity")), [])
        # participants the fact's id leaves out (an election's candidates) are all a claim may add
        names = {str(v) for k in ID_LEAVES_OUT.get(claim["type"], ()) for v in _listed(claim.get(k))}
        if a < b and any((x <= a and b <= y or a <= x and y <= b) and names <= them for x, y, them, _ in same):
            continue  # two rules drafting one fact from nested spans ("The treaty, signed by X and Y")
        joined = next((n for n, (x, y, them, _) in enumerate(same) if a < b and x < b and a < y and names <= them
                       and _same_claim(claim, same[n][3])), None)
        if joined is not None:
            # two rules drafting one fact from overlapping spans ("In a joint statement, X called it Y"
            # and "X called it Y and said Z"): one claim, its quote the words of both
            x, y, them, other = same[joined]
            lo, hi = min(a, x), max(b, y)
            other["quote"] = text[lo:hi]
            n = _occurrence(text, other["quote"], lo)
            other.pop("occurrence", None)
            if n:
                other["occurrence"] = n
            same[joined] = (lo, hi, them, other)
            continue
        kind = claim["fact"].split("-")[0]
        counter[kind] = counter.get(kind, 0) + 1
        claim = {"id": f"{kind}-{counter[kind]}", **claim}
        same.append((a, b, names, claim))  # one that names another candidate of the election stays
        claims.append(claim)
        for e in used:
            if e.proposed and e.id not in finder.resolver.registry.entities:
                proposed[e.id] = e.proposed
                if e.state:
                    owner[e.id] = e.state
    named = _named_proposals(mentions, proposed, owner, finder.resolver.registry, doc, furniture)
    named |= _places_named(mentions, proposed, finder.resolver, doc, furniture)
    named |= _designated_names(proposed, finder.resolver, doc, furniture)
    named -= _places_run_together(proposed)  # "Guayas and Manabi": two provinces a claim names, no third entity
    for pid, sid in _possessed_courts(proposed, cx).items():
        # "Romania's Constitutional Court": named as the registry names a state's court ("Supreme Court of
        # Israel", aliases "Israel's Supreme Court"), its id kept (not the bare name, which many states' courts share)
        st, entry = finder.resolver.states.get(sid), proposed[pid]
        owner.setdefault(pid, sid)
        if st is not None and st.label.lower() not in entry["label"].lower():
            proposed[pid] = {**entry, "label": f"{entry['label']} of {st.label}",
                             "aliases": sorted({*entry.get("aliases", ()), f"{st.label}'s {entry['label']}"})}
    for pid, words in descriptions(cx).items():
        # what the article says a proposed body is ("Norges Bank, the central bank")
        if pid in proposed and "description" not in proposed[pid]:
            proposed[pid] = {**proposed[pid], "description": words}
    _states_served(proposed, cx, finder.resolver.registry)
    _bodies_of_states(proposed, owner, finder.resolver)
    _states_of_parties(proposed, claims, finder.resolver.registry)
    _chambers_of_votes(proposed, claims)
    prose_labels(proposed, text)  # "HONG KONG - " of a dateline: 'Hong Kong'
    # 'detention' alone would join unrelated articles' arrests
    scope_unidentified(claims, source.article_id, {e.id for _, used in built for e in used if e.type == "Person"})
    # sorted by id, those whose 'of' names another proposed entity after it (the reader wants it listed first)
    return Draft(claims, [proposed[k] for k in sorted(proposed, key=lambda k: (proposed[k].get("of") in proposed, k))],
                 frozenset(named))


#: Classes of the entities a draft proposes wherever the article names them, whether or not a
#: claim names them: the states of the gazetteer, bodies of every kind and people named in
#: full, named assets ("the Power of Siberia 2 gas pipeline"), the names an analyst needs to
#: write its claims. Places, groups and models are proposed only for the claims that name them
#: (a place-name the model guesses at, "the West" read inside "the West Bank", is too unsure to
#: propose alone).
NAMED_CLASSES = {"State", "Person", "Organisation", "StateCompany", "Government", "MilitaryGovernment",
                 "OppositionGovernment", "ArmedForces", "Court", "InternationalOrganisation", "NewsOrganisation",
                 "ResearchInstitute", "Asset"}
#: A line of credits that names the reporters and editors of a wire story, not its actors
#: ("(Reporting by Ana Kell; Editing by Tor Ashby)", "Additional reporting by ...").
CREDIT_LINE = re.compile(r"\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|fact[- ]checking)\s+by\b",
                         re.IGNORECASE)
#: A contact line of a press release ("Press contact: Communications Office, ...", "Media
#: enquiries: ..."): where to write to, naming no actor of the story.
CONTACT_LINE = re.compile(r"(?:(?:press|media|news|public)\s+)?(?:contacts?|enquiries|inquiries)\s*:", re.IGNORECASE)
#: The heading of a press release's closing section on its issuer ("About the Government of
#: Niger", "About Acme Holdings"): a few capitalised words after 'About', no sentence.
ABOUT_HEADING = re.compile(r"About\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’.&-]*)){0,8}")
#: Last words of a name that is an agreement's, a plan's or a programme's ("the Northern
#: Fisheries Treaty", "a Reciprocal Access Agreement"): a fact or a framework of its own
#: (corpus/CLAIMS.md), never a body the NER model may take it for.
AGREEMENT_NAME_WORDS = {"treaty", "agreement", "accord", "accords", "convention", "pact", "protocol", "charter",
                        "declaration", "plan", "initiative", "programme", "program", "framework", "memorandum"}


def _unsure_name(entry: dict) -> bool:
    """Whether a proposed entry is too unsure to propose for no claim: a label that runs
    over a line break (a heading read into a name), one word in capitals that the article
    never spells out (an acronym of no body: "GMT", "SDN"; the gazetteer's keep their
    class), an agreement's or a plan's name (:data:`AGREEMENT_NAME_WORDS` its last word, or its
    first before :data:`~kg.extract.mentions.AGREEMENT_NAME_LINKS`: "Treaty of Rome"), or armed forces
    of no state ("the Air Force" of some state)."""
    label, kind = str(entry.get("label", "")), entry.get("type")
    words = label.lower().split()
    return "\n" in label or not words or (kind in ("Organisation", "Person", "Asset") and len(words) == 1
                                           and label.isupper() and not entry.get("aliases")) or \
        words[-1] in AGREEMENT_NAME_WORDS or (kind == "ArmedForces" and not entry.get("of")) or \
        len(words) > 2 and words[0] in AGREEMENT_NAME_WORDS and words[1] in AGREEMENT_NAME_LINKS


#: Nouns after a name that make it a body's ("NASA headquarters", "NASA officials").
BODY_AFTER_NOUNS = {"headquarters", "officials", "official", "chief", "administrator", "spokesperson", "spokesman",
                    "spokeswoman", "director", "staff", "engineers", "scientists", "researchers"}


def _acronym_acting(e, mentions: list, doc) -> bool:
    """Whether an Organisation named by one word in capitals the article never spells out
    ("NASA") is a body all the same: named at least twice, and acting or owning as one at
    least once: the subject of a verb, a possessor ("NASA's spacecraft"), the object of
    'with' ("worked with NASA") or a modifier of a noun of :data:`BODY_AFTER_NOUNS` ("at
    NASA headquarters"). An acronym of a unit or a time ("GMT") does none of these."""
    if e.type != "Organisation":
        return False
    ms = [m for m in mentions if m.entity.id == e.id and m.form == "name" and m.end - m.start == 1]
    if len(ms) < 2:
        return False
    for m in ms:
        t = doc[m.start]
        nxt = doc[m.end] if m.end < len(doc) else None
        if t.dep_ in ("nsubj", "poss") or (nxt is not None and nxt.lower_ in ("'s", "’s", *BODY_AFTER_NOUNS)) or \
                (t.dep_ == "pobj" and t.head.lower_ == "with"):
            return True
    return False


def _named_proposals(mentions: list, proposed: dict, owner: dict, registry, doc, furniture) -> set[str]:
    """Add to ``proposed`` (entity id -> the entry proposed, changed in place) the entities
    of :data:`NAMED_CLASSES` that ``mentions`` name by their name (not by a demonym, a
    capital, a title or a pronoun) outside page furniture (``furniture(start, end)``, or
    None), bylines, credit lines and section trails (:data:`CREDIT_LINE`, :data:`TRAIL_LINE`)
    and the registry lacks, unless too unsure (:func:`_unsure_name`), and to ``owner`` the
    state their name gives; returns their ids. A vote's list of states, the banks a fund
    sold, the company that signed with another: each is proposed, though no rule drafts a
    claim naming it. Who wrote the story is its author, not an actor of it."""
    out: set[str] = set()
    credits = _credit_lines(doc.text)
    # "Huawei, ZTE, Xiaomi and Oppo": a name in capitals listed among companies is one of them, no unsure acronym
    listed = listed_bodies(doc, {i for m in mentions if m.entity.proposed is None for i in range(m.start, m.end)})
    for m in mentions:
        e = m.entity
        if m.form != "name" or e.proposed is None or e.type not in NAMED_CLASSES or e.id in registry.entities:
            continue
        start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
        if furniture is not None and furniture(start, end):
            continue  # a related headline's or a share bar's names are no part of the article
        if any(a <= start < b for a, b in credits):
            continue  # "By Ana Kell, Harbourline Wire", "(Reporting by Ana Kell; Editing by ...)"
        if e.id not in proposed and (m.start, m.end) not in listed and \
                _unsure_name({**e.proposed, **({"of": e.state} if e.state else {})}) and \
                not _acronym_acting(e, mentions, doc):
            continue
        proposed.setdefault(e.id, e.proposed)
        if e.state:
            owner.setdefault(e.id, e.state)
        out.add(e.id)
    return out


def _places_named(mentions: list, proposed: dict, resolver, doc, furniture) -> set[str]:
    """Add to ``proposed`` (entity id -> entry, changed in place) the places ``mentions``
    tell as places (:func:`kg.extract.mentions._named_as_place`: "held in Norvale", "flew
    to Norvale") outside page furniture and credit lines, and the place of a dateline
    ("NORVALE - ...", "Norvale, 3 May 2031" of a release), which the mentions leave out;
    returns their ids. A place-name the registry lacks (a City, Region or Site the
    mentions stage proposed) is proposed as it is where a word of place or a verb of going
    is right before it (not "an Olympic venue", a name's word the NER model guessed at); a capital's name, which the mentions
    stage reads as its state, is proposed as a City of that state (Wikidata P36 'capital'
    of a sovereign state; P131 'located in'; the state proposed too where the registry
    lacks it) by :func:`_city_proposed`, unless the registry has that city."""
    from kg.extract.mentions import PLACE_TYPES, PLACE_VERBS, PLACE_WORDS, _named_as_place, headline_case
    from kg.extract.text import KICKERS, _dateline_at

    out: set[str] = set()
    credits = _credit_lines(doc.text)
    registry = resolver.registry
    for m in mentions:
        e = m.entity
        start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
        if (furniture is not None and furniture(start, end)) or any(a <= start < b for a, b in credits):
            continue
        span = doc[m.start:m.end]
        if not _named_as_place(span):
            continue
        before = doc[m.start - 1] if m.start else None
        if m.form == "name" and e.proposed is not None and e.type in PLACE_TYPES and e.id not in registry.entities \
                and before is not None and (before.lower_ in PLACE_WORDS or before.lemma_ in PLACE_VERBS):
            proposed.setdefault(e.id, e.proposed)
            out.add(e.id)
        elif m.form == "capital":
            state = e if e.type == "State" else resolver.state_of(e)
            name = span.text[4:] if span.text.lower().startswith("the ") else span.text
            if normalise(name) not in resolver.capitals:
                name = headline_case(span.text)  # "The Hague": its article is part of its name
            out |= _city_proposed(name, state, proposed, registry)
    for sent in doc.sents:
        at = sent.start_char
        if at and doc.text[at - 1] != "\n":
            continue
        line = _dateline_at(doc.text, at)
        place = line.group("place").split(",")[0].strip() if line else ""
        if not place or "/" in place or place.upper() in KICKERS or \
                (furniture is not None and furniture(at, at + len(place))):
            continue  # "NEW DELHI/OTTAWA": two places filed from; "LIVE -": a kicker, no place
        name = headline_case(place.title()) if place.isupper() else place
        capital = resolver.capitals.get(normalise(name))
        if capital is not None:
            out |= _city_proposed(name, capital if capital.type == "State" else resolver.state_of(capital),
                                  proposed, registry)
        elif resolver.lookup(name) is None:
            out |= _city_proposed(name, None, proposed, registry)
    return out


#: A model's designation: letters, a hyphen and a number, a letter or two after it
#: ("Type-12", "Kh-101", "S-400", "MiG-29", "F-16V").
MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,9}-\d{1,4}[A-Z]{0,2}")
#: Nouns of arms and military equipment a model's designation stands before ("Type-12
#: anti-ship missiles", "F-16 fighter jets"): the name is an EquipmentModel's (Wikidata
#: Q15142894 'weapon model'), not a body's or a place's.
EQUIPMENT_NOUNS = {"missile", "rocket", "tank", "jet", "fighter", "bomber", "drone", "helicopter", "aircraft",
                   "howitzer", "launcher", "submarine", "frigate", "destroyer", "corvette", "interceptor",
                   "rifle", "gun", "vehicle", "warship", "radar"}
#: A code name of a hacking or threat group: capitals and a number ("APT31", "UNC3886", "TA-505").
CODE_NAME = re.compile(r"[A-Z]{2,6}-?\d{1,5}")
#: Verbs whose agent ("carried out by X", "attributed to X", "blamed on X") is who did a
#: deed (PLOVER ATTACK's actor; CLAIMS.md, Cyber operations): a code name there is a group's.
DEED_VERBS = {"carry", "conduct", "launch", "perpetrate", "stage", "mount", "attribute", "blame", "link", "tie"}
#: Words after a code name that make it a group's ("APT31 hackers", "the TA505 group").
GROUP_AFTER = {"group", "hackers", "hacker", "hacking", "gang", "actor", "actors", "operators"}
#: Nouns of what a named programme or system is ("\"Shield\", a layered coastal defence system"):
#: the quoted name before the appositive is an Asset's (corpus/CLAIMS.md, Asset).
ASSET_NOUNS = {"system", "systems", "programme", "program", "network", "satellite", "constellation", "platform",
               "pipeline", "project", "shield", "dome"}


def _designated_names(proposed: dict, resolver, doc, furniture) -> set[str]:
    """Add to ``proposed`` (entity id -> entry, changed in place) the names the article gives
    by their form and place, which the NER model takes for anything (a product, a place, a
    body); returns their ids: a model's designation (:data:`MODEL_DESIGNATION`) before a
    noun of arms (:data:`EQUIPMENT_NOUNS`) as an EquipmentModel ("upgraded Type-12 anti-ship
    missiles"); a code name (:data:`CODE_NAME`) that did a deed (:data:`DEED_VERBS`:
    "carried out by APT31") or stands before a group's noun (:data:`GROUP_AFTER`) as a Group;
    a quoted name followed by an appositive of a system or programme (:data:`ASSET_NOUNS`:
    '"Shield", a layered coastal defence system') as an Asset. Names the registry or the
    gazetteer know, ids taken and names in page furniture or credit lines are left out."""
    from kg.extract.mentions import slug

    out: set[str] = set()
    credits = _credit_lines(doc.text)

    def add(start: int, end: int, kind: str) -> None:
        at = doc[start].idx
        if (furniture is not None and furniture(at, doc[end - 1].idx + len(doc[end - 1]))) or \
                any(a <= at < b for a, b in credits):
            return
        name = doc[start:end].text
        eid = slug(name)
        if resolver.lookup(name) is not None or eid in resolver.registry.entities or \
                proposed.get(eid, {}).get("type") not in (None, kind) and eid in out:
            return
        proposed[eid] = {"id": eid, "type": kind, "label": name}
        out.add(eid)

    for t in doc:
        if MODEL_DESIGNATION.fullmatch(t.text):
            head = t.head if t.dep_ in ("compound", "nmod", "nummod", "amod") else None
            if head is not None and (head.lemma_.lower() in EQUIPMENT_NOUNS or
                                     head.dep_ == "compound" and head.head.lemma_.lower() in EQUIPMENT_NOUNS):
                add(t.i, t.i + 1, "EquipmentModel")
                continue
        if CODE_NAME.fullmatch(t.text):
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if (t.dep_ == "pobj" and t.head.lower_ in ("by", "to", "on") and t.head.head.lemma_.lower() in DEED_VERBS) \
                    or (after is not None and after.lower_ in GROUP_AFTER):
                add(t.i, t.i + 1, "Group")
                continue
        if t.text in ('"', "“") and t.i + 3 < len(doc):
            end = t.i + 1
            while end < len(doc) and end - t.i <= 4 and doc[end].is_alpha and doc[end].text[:1].isupper():
                end += 1
            if end == t.i + 1 or end + 2 >= len(doc) or doc[end].text not in ('"', "”") or \
                    doc[end + 1].text != "," or doc[end + 2].lower_ not in ("a", "an"):
                continue
            words = []
            for w in doc[end + 3:end + 12]:
                if w.is_punct or w.pos_ in ("ADP", "PRON") or w.tag_ == "WDT":
                    break  # "a layered coastal defence system of aerial ... drones": the system's noun ends it
                words.append(w)
            if words and words[-1].lower_ in ASSET_NOUNS and words[-1].pos_ == "NOUN":
                add(t.i + 1, end, "Asset")
    return out


def _city_proposed(name: str, state, proposed: dict, registry) -> set[str]:
    """Add to ``proposed`` (changed in place) the City ``name`` names, ``of`` its
    ``state`` (a Known, or None) where the registry has that state or it can be proposed
    (then proposed too, as a person's state is: :func:`_states_served`); its id the
    name's, or, where the registry gives that id or name to an entity that is no place, the
    name's and '-city' and its label 'Name (city)' (corpus/CLAIMS.md). Returns the ids
    proposed: none where the registry has the city, or even the '-city' id is taken."""
    from kg.extract.mentions import PLACE_TYPES, slug

    eid, label = slug(name), name
    held = [e for e in (registry.entities.get(eid), registry.resolve(name)) if e is not None]
    if any(e.type in PLACE_TYPES for e in held):
        return set()  # the registry has the city
    if held:
        eid, label = f"{eid}-city", f"{name} (city)"
    if eid in registry.entities:
        return set()
    entry = {"id": eid, "type": "City", "label": label}
    out = {eid}
    if state is not None and state.type == "State" and (state.id in registry.entities or state.proposed):
        entry["of"] = state.id
        if state.id not in registry.entities:
            proposed.setdefault(state.id, state.proposed)
            out.add(state.id)
    if eid in proposed and proposed[eid].get("type") == "City" and "of" in entry:
        proposed[eid] = {"of": entry["of"], **proposed[eid]}  # the same city, proposed before with no state
    proposed.setdefault(eid, entry)
    return out


def _places_run_together(proposed: dict) -> set[str]:
    """Remove from ``proposed`` (entity id -> entry, changed in place) a name of two places
    the tagger ran into one ("the provinces of Guayas and Manabi": 'Guayas and Manabi')
    where each of the two is proposed as a place of its own (a claim names each,
    facts/emergencies.py); returns the ids removed."""
    places = {normalise(str(e.get("label", ""))) for e in proposed.values() if e.get("type") in ("City", "Region", "Place")}
    gone = set()
    for pid, entry in list(proposed.items()):
        parts = str(entry.get("label", "")).split(" and ")
        if len(parts) == 2 and entry.get("type") not in ("City", "Region", "Place") and \
                all(normalise(p) in places for p in parts):
            del proposed[pid]
            gone.add(pid)
    return gone


def _credit_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) code points of the lines of ``text`` that are a byline ("By Ana
    Kell, Harbourline Wire": :func:`kg.addarticle.byline`), a credit line
    (:data:`CREDIT_LINE`), a contact line (:data:`CONTACT_LINE`) or a section trail
    (:data:`TRAIL_LINE`), each read once; and a press release's closing section about its
    issuer (:data:`ABOUT_HEADING`: "About the Government of Niger" and every line after it,
    in the second half of the text), boilerplate that names no actor of the news."""
    from kg.addarticle import byline

    out, start = [], 0
    for line in text.splitlines(keepends=True):
        words = line.strip()
        if ABOUT_HEADING.fullmatch(words) and start > len(text) // 2:
            out.append((start, len(text)))
            break
        if words and len(words) < 300 and (CREDIT_LINE.match(words) or CONTACT_LINE.match(words) or TRAIL_LINE.fullmatch(words)
                                           or byline(words, 1)):
            out.append((start, start + len(line)))
        start += len(line)
    return out


def _votes_meant(claim: dict, before: list[dict]) -> list[dict]:
    """The votes (and texts voted) told before a claim on a vote ("Poland and Romania
    abstained") or a label of one ("called the resolution political theatre") that it may
    be of, the one meant last: with a date of its own, the votes of that date when one
    is ("In 2024 only Israel voted against"); with none, not a vote recalled for
    comparison, one dated and told after another that is undated (the article's news)
    or dated later ("The assembly adopted the text ... Last year the same text passed by
    187 votes to 2"): an undated member's side told after such a comparison is of the
    vote the article reports. ``before``: the votes told before the claim, in text order."""
    own = str(_when(claim) or "")
    if own:
        dated = [c for c in before if str(_when(c) or "-").startswith(own) or own.startswith(str(_when(c) or "-"))]
        return dated or before
    recalled = {id(c) for n, c in enumerate(before) if _when(c) and any(
        not _when(o) or str(_when(c)) < str(_when(o))[:len(str(_when(c)))] for o in before[:n])}
    return [c for c in before if id(c) not in recalled] or before


def _votes_adopting(built: list, told_by: dict) -> None:
    """A ``Resolution`` and the ``Vote`` that adopted it, drafted from one verb ("the
    assembly adopted the resolution by 165 votes to 7"), name each other as
    corpus/CLAIMS.md writes them: ``votedOn: <the resolution's id>`` on the vote,
    ``causedBy: <the vote's id>`` on the resolution. Only one vote and one resolution of
    the verb are linked; ``told_by``: id of a claim -> (its trigger's token index, the
    tokens it read). ``built``: (claim, entities) pairs, changed in place."""
    by_trigger: dict[int, list[dict]] = {}
    for claim, _ in built:
        trigger = told_by.get(id(claim), (None,))[0]
        if trigger is not None and claim["type"] in ("Vote", "Resolution"):
            by_trigger.setdefault(trigger, []).append(claim)
    for claims in by_trigger.values():
        votes = [c for c in claims if c["type"] == "Vote"]
        adopted = [c for c in claims if c["type"] == "Resolution"]
        if len(votes) == 1 and len(adopted) == 1:
            votes[0].setdefault("votedOn", adopted[0]["fact"])
            adopted[0].setdefault("causedBy", votes[0]["fact"])


#: Keys of a drafted claim that name no participant (compared by :func:`_specific_kind_wins`).
_NOT_PARTICIPANTS = {"fact", "type", "quote", "occurrence", "modality", "said_by", "via", "hedged", "polarity",
                     "status", "date", "value", "description", "subject", "title", "note"}


def _specific_kind_wins(built: list, spans: dict, told_by: dict, vocab) -> list:
    """Drop a claim told by the same words as a claim of a narrower kind of it with the same
    participants ("Ethiopia agreed with China to restructure $1.5 billion of loans": the
    DebtRestructuring, not also a bare Agreement of the two): the ontology's subclass says
    all the broader one says, and more (docs/evaluation.md counts the superclass as the
    same fact). The two must share their trigger: the broader claim's trigger is one of
    the words the narrower one was read from, not merely inside its quote ("signed a trade
    agreement with China and agreed with China to restructure $1.5 billion of loans" keeps
    the signed agreement). ``built``: (claim, entities) pairs; ``spans``: id of a claim ->
    its code points; ``told_by``: id of a claim -> (its trigger's token index or None, the
    token indices its rule read). Returns the pairs kept, in order."""
    def names(c: dict) -> set[str]:
        return {v for k, x in c.items() if k not in _NOT_PARTICIPANTS for v in _listed(x) if isinstance(v, str)}

    drop = set()
    for c, _ in built:
        if vocab.is_a(c["type"], "Statement"):
            continue  # a statement and its kind (a criticism) are told apart by their own rules
        a, b = spans.get(id(c), (0, 0))
        for o, _ in built:
            if o is c or o["type"] == c["type"] or not vocab.is_a(o["type"], c["type"]):
                continue
            x, y = spans.get(id(o), (0, 0))
            trigger, read = told_by.get(id(c), (None, set())), told_by.get(id(o), (None, set()))[1]
            if a < y and x < b and names(c) and names(c) <= names(o) | {str(v) for v in o.values()} \
                    and (trigger[0] is None or trigger[0] in read):
                drop.add(id(c))
                break
    return [(c, used) for c, used in built if id(c) not in drop]


def _fuller_claim_wins(built: list, spans: dict) -> list:
    """Drop a claim whose quote lies inside the quote of another claim of the same kind,
    modality and polarity that says all it says and more (:func:`_says_no_more`): "China
    said Beijing welcomed" read once without what was welcomed and once with it, in
    "China said Beijing welcomed Indonesia's entry", is one statement. A claim whose
    words reach outside the other's, or that names a participant or value the other
    does not, stays. ``built``: (claim, entities) pairs; ``spans``: id of a claim -> its
    code points. Returns the pairs kept, in order."""
    skip = ("fact", "quote", "occurrence", "_start")

    def label(c: dict) -> dict:
        return {k: str(v) for k, v in c.items() if k not in skip}

    drop = set()
    for c, _ in built:
        a, b = spans.get(id(c), (0, 0))
        for o, _ in built:
            x, y = spans.get(id(o), (0, 0))
            if o is c or id(o) in drop or o["type"] != c["type"] or not (x <= a and b <= y and a < b):
                continue
            if label(o) != label(c) and _says_no_more(label(c), label(o)):
                drop.add(id(c))
                break
    return [(c, used) for c, used in built if id(c) not in drop]


def _same_claim(claim: dict, other: dict) -> bool:
    """Whether two drafted claims of one fact say the same of it (keys and values, the
    quote and its occurrence aside), so that one quote may hold them both."""
    skip = {"id", "quote", "occurrence"}
    return {k: v for k, v in claim.items() if k not in skip} == {k: v for k, v in other.items() if k not in skip}


def _states_served(proposed: dict, cx: Context, registry) -> None:
    """A proposed person the article gives an office of a state ("Peruvian Defence
    Minister Ana Kell") is proposed with ``of`` that state, as a registry person is; the
    state is proposed too when the registry lacks it."""
    for pid, entry in list(proposed.items()):
        st = cx.person_state.get(pid)
        if entry.get("type") != "Person" or "of" in entry or st is None or st.type != "State":
            continue
        if st.id not in registry.entities:
            if not st.proposed:
                continue
            proposed.setdefault(st.id, st.proposed)
        proposed[pid] = {**entry, "of": st.id}


def _states_of_parties(proposed: dict, claims: list[dict], registry) -> None:
    """``of`` for proposed parties and their people, from the article's own claims: a
    proposed organisation that stands in an election held in one state (an ``Election``'s
    ``heldIn``; its ``candidate``, ``winner`` or a ``result`` row) is that state's (a
    party of a national vote); then a proposed person who is a ``member`` of a body of
    one state is that state's ("Herbert Kickl, whose Freedom Party ..."), as a person a
    state's office places is (:func:`_states_served`). Nothing where the claims point to
    two states. Changes ``proposed`` in place."""
    def state(eid) -> str | None:
        entry = proposed.get(eid)
        kind = entry.get("type") if entry else getattr(registry.entities.get(eid), "type", None)
        return eid if kind == "State" else None

    def of(eid) -> str | None:
        entry = proposed.get(eid)
        return entry.get("of") if entry else getattr(registry.entities.get(eid), "of", None)

    found: dict[str, set[str]] = {}
    for c in claims:
        where = {s for s in map(state, _listed(c.get("heldIn"))) if s} if c.get("type") == "Election" else set()
        stood = [*_listed(c.get("candidate")), *_listed(c.get("winner")),
                 *(r.get("candidate") for r in c.get("result") or () if isinstance(r, dict))]
        for eid in stood:
            if where and isinstance(eid, str):
                found.setdefault(eid, set()).update(where)
    for eid, states in found.items():
        entry = proposed.get(eid)
        if entry and entry.get("type") == "Organisation" and "of" not in entry and len(states) == 1:
            proposed[eid] = {**entry, "of": next(iter(states))}
    members: dict[str, set[str]] = {}
    for c in claims:
        if c.get("type") != "Membership":
            continue
        homes = {of(b) for b in _listed(c.get("memberOf")) if isinstance(b, str) and state(of(b) or "")}
        for eid in _listed(c.get("member")):
            if isinstance(eid, str) and homes:
                members.setdefault(eid, set()).update(homes)
    for eid, states in members.items():
        entry = proposed.get(eid)
        if entry and entry.get("type") == "Person" and "of" not in entry and len(states) == 1:
            proposed[eid] = {**entry, "of": next(iter(states))}


def _possessed_courts(proposed: dict, cx: Context) -> dict[str, str]:
    """Proposed courts the article names with one state's possessive ("Romania's
    Constitutional Court"): entity id -> that state's id, for :func:`_bodies_of_states`.
    A court named with two states' possessives, or none, is left out."""
    found: dict[str, set[str]] = {}
    for m in cx.mentions:
        if m.entity.id not in proposed or m.entity.type != "Court" or m.form != "name":
            continue
        start = m.start + (cx.doc[m.start].lower_ == "the")
        if start >= 2 and cx.doc[start - 1].tag_ == "POS":
            before = cx.at.get(start - 2)
            if before is not None and before.entity.type == "State":
                found.setdefault(m.entity.id, set()).add(before.entity.id)
    return {pid: next(iter(states)) for pid, states in found.items() if len(states) == 1}


def _bodies_of_states(proposed: dict, owner: dict, resolver) -> None:
    """A proposed organisation, court, armed force or government of a state (named with its
    possessive or demonym: "Sudan's foreign ministry", "the Algerian defence ministry",
    "Romania's Constitutional Court", "the Thai army"; or one the gazetteer gives a state:
    the Taliban, Afghanistan's): its Known's ``state``, collected in ``owner`` (entity id ->
    state id), is proposed with ``of`` that state, and the state is proposed beside it when
    the registry lacks it (the reader wants it listed first: the draft sorts entities by
    their ``of``). Changes ``proposed`` in place."""
    for pid, entry in list(proposed.items()):
        sid = owner.get(pid)
        # (a court too: "Romania's Constitutional Court" is Romania's; and forces: "the Thai army")
        if entry.get("type") not in ("Organisation", "Court", "ArmedForces", "Government") or "of" in entry or sid is None:
            continue
        st = resolver.states.get(sid)
        if st is None or st.type != "State":
            continue
        if sid not in resolver.registry.entities:
            if not st.proposed:
                continue
            proposed.setdefault(sid, st.proposed)
        proposed[pid] = {**entry, "of": sid}


def _chambers_of_votes(proposed: dict, claims: list[dict]) -> None:
    """A proposed body with no state that votes in a vote the article holds in one state
    ("lost a confidence vote in the National Assembly", the vote ``heldIn: france``) is
    that state's chamber: proposed with ``of`` the state, when every such vote names the
    same one. Changes ``proposed`` in place."""
    held: dict[str, set[str]] = {}
    for c in claims:
        if c["type"] != "Vote" or not isinstance(c.get("heldIn"), str):
            continue
        for body in _listed(c.get("votingBody")):
            held.setdefault(body, set()).add(c["heldIn"])
    for pid, states in held.items():
        entry = proposed.get(pid)
        if entry is not None and entry.get("type") == "Organisation" and "of" not in entry and len(states) == 1:
            proposed[pid] = {**entry, "of": next(iter(states))}


#: Nouns of a state's armed or police forces that report for it ("South Korea's military
#: said"); a registry entity of the forces, where the article names one, is found first.
SPEAKING_FORCES = {"military", "army", "navy", "police", "guard", "forces", "force"}
#: Nouns of bodies that speak for themselves when the article names them by the noun alone
#: ("the election commission said", "the court said", "the authorities said").
SPEAKING_BODIES = {"commission", "council", "court", "tribunal", "committee", "authority", "authorities", "regulator",
                   "secretariat", "presidency", "prosecutor", "prosecutors", "ministry", "department"}
#: Nouns of an office a name before them may give its kind ("the INDEC statistics institute
#: said", "the Rosstat statistics service said"): the named body speaks.
OFFICE_NOUNS = SPEAKING_BODIES | {"institute", "office", "agency", "service", "bureau", "board", "centre", "center"}


def _speaker_of(cx: Context):
    def speaker_of(tok, outlet=False):
        named = [c for c in tok.children if c.i in cx.at and cx.at[c.i].form != "demonym"]
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.pos_ == "NOUN" and after is not None and after.i in cx.at and cx.at[after.i].start == after.i and \
                after.head in (tok, tok.head) and cx.at[after.i].form == "name":
            named.append(after)  # "the official news agency IRNA reported": the parser's second subject names it
        # "the Reuters news agency reported", "the news agency IRNA reported": the outlet the noun names
        ents = cx.entities(tok) or [cx.at[c.i].entity for c in named if cx.at[c.i].entity.type == "NewsOrganisation"]
        if not ents and tok.lemma_.lower() in OFFICE_NOUNS and tok.is_lower:
            # "the INDEC statistics institute said": the body the name before the noun of its kind names
            ents = [cx.at[c.i].entity for c in named if c.dep_ == "compound" and c.i < tok.i and
                    vocabulary().is_a(cx.at[c.i].entity.type, "Organisation")][:1]
        if ents:
            news = [e for e in ents if e.type == "NewsOrganisation"]
            if outlet and news:
                return [], news[0]
            return ents, None
        if tok.lemma_.lower() in SPEAKING_FORCES and tok.pos_ == "NOUN":
            # "South Korea's military said", "the Japanese coast guard said": a state's forces
            # speak as a body of it, proposed where the registry lacks it ("the Thai army said")
            forces = speaking_forces(tok, cx)
            if forces is not None:
                return [forces], None
            states = [cx.at[c.i].entity for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                      and c.i in cx.at and cx.at[c.i].entity.type == "State"]
            if states:
                return states[:1], None
        investor = unnamed_investor([tok], cx) if tok.lemma_.lower() in INVESTOR_NOUNS else None
        named_before = _body_named_before(tok, cx) if investor is not None else None
        if named_before is not None:  # "Norway's sovereign wealth fund sold ... The fund said": the fund named
            return [named_before], None
        if investor is not None:
            # "Norway's sovereign wealth fund said", "the fund said": an investor the article does not name
            return [UnnamedSpeaker(*investor) if investor[1] is not None else investor[0]], None
        if tok.lemma_.lower() in MISSION_NOUNS and tok.pos_ == "NOUN":
            # "the French embassy said", "the United States embassy in Yemen said", "the embassy
            # of Brazil in Peru said": the state's mission speaks, a body the article does not name
            state = _mission_state(tok, cx)
            if state is not None:
                return [UnnamedSpeaker(f"unnamed {tok.lemma_.lower()}", state)], None
        if tok.lemma_.lower() in SPEAKING_BODIES and tok.pos_ in ("NOUN", "PROPN") and \
                not [c for c in named if c.dep_ != "poss"] and \
                any(c.lower_ == "the" or c.dep_ == "poss" and c.i in cx.at and cx.at[c.i].entity.type == "State"
                    for c in tok.children):
            # "the election commission said", "the court said", "Kenya's rights commission said": a
            # body the article does not name, kept as its words ("unnamed election commission")
            named_before = _body_named_before(tok, cx)
            if named_before is not None:  # "the Venezuelan Foreign Ministry condemned ... The ministry noted"
                return [named_before], None
            words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.is_alpha]
            owner = [c for c in tok.children if c.dep_ == "poss"]
            if owner:  # "Kenya's state-funded human rights commission": the words after the state's name
                words = [tok.doc[owner[0].right_edge.i + 1: tok.i].text.lower()] if owner[0].right_edge.i + 1 < tok.i else []
            return [" ".join(["unnamed", *words, tok.lower_]).lower()], None
        if tok.lemma_.lower() in UNNAMED and tok.pos_ == "NOUN" and not named:
            # ('Interfax news agency' is a named outlet, 'Russian news agencies' are unnamed); "a Rwandan
            # official", "Peru's officials": unnamed people of the one state a demonym or possessive names
            # (not outlets: "Chilean news agencies" are the country's press, no one speaking for the state)
            states = [] if tok.lemma_.lower() in MEDIA_NOUNS else list(
                {cx.at[c.i].entity.id: cx.at[c.i].entity for c in tok.children
                 if c.dep_ in ("amod", "poss", "compound") and c.i < tok.i and c.i in cx.at
                 and cx.at[c.i].entity.type == "State" and not c.conjuncts}.values())
            if not states and [c.lower_ for c in tok.children] == ["the"]:
                # "The official said": the official a demonym tied to a state when first told ("A Rwandan official")
                states = _state_told_before(tok, cx)
            if len(states) == 1:
                return [UnnamedSpeaker(f"unnamed {tok.lower_}", states[0])], None
            return [f"unnamed {tok.lower_}"], None
        return [], None
    return speaker_of


#: Nouns of the press among unnamed speakers, which speak for no state.
MEDIA_NOUNS = {"agency", "outlet", "media", "newspaper"}


def _state_told_before(tok: Token, cx: Context) -> list[Known]:
    """The state of the unnamed person a bare "the official" points back to: the last
    noun of the same word before it in the article told with one state's demonym or
    possessive ("A Rwandan official, speaking on condition of anonymity, said ... The
    official said ..."); [] when none is, or the last one was told with no state."""
    for t in reversed(tok.doc[:tok.i]):
        if t.lemma_.lower() != tok.lemma_.lower() or t.pos_ != "NOUN" or t.tag_ != tok.tag_:
            continue  # (one official, not "American and Rwandan officials")
        return list({cx.at[c.i].entity.id: cx.at[c.i].entity for c in t.children
                     if c.dep_ in ("amod", "poss", "compound") and c.i < t.i and c.i in cx.at
                     and cx.at[c.i].entity.type == "State" and not c.conjuncts}.values())
    return []


def _body_named_before(tok: Token, cx: Context) -> Known | None:
    """The body a bare definite noun refers back to ("The ministry noted" after "the
    Venezuelan Foreign Ministry condemned"): ``tok`` "the" and its noun alone, no word of
    its own; the organisation named last before it in the article whose name's head is the
    noun (the last word before its first 'of', else its last word: "Ministry of Foreign
    Affairs", "Foreign Ministry"), as a reader takes it; a mention that may be two such
    bodies, or none: None (corpus/CLAIMS.md: unnamed only when the article names nobody)."""
    if any(c.dep_ != "det" or c.lower_ != "the" for c in tok.children if c.i < tok.i):
        return None
    noun = tok.lemma_.lower()
    for m in sorted((m for m in cx.mentions if m.start < tok.i), key=lambda m: -m.start):
        found = [e for e in m.entities if vocabulary().is_a(e.type, "Organisation") and _head_word(e.label) == noun]
        if found:
            return found[0] if len(found) == 1 else None
    return None


#: Nouns of a state's diplomatic mission abroad (Wikidata Q3917681 'embassy', Q7843791
#: 'consulate'): a mission speaks for its state, as an unnamed body of it.
MISSION_NOUNS = {"embassy", "consulate", "mission"}


def _mission_state(tok: Token, cx: Context) -> Known | None:
    """The one state whose mission ``tok`` (a noun of :data:`MISSION_NOUNS`) is: the state
    its possessive, its demonym or a name before it gives ("Peru's embassy", "the French
    embassy", "the United States embassy"), else the state 'of' names after it ("the
    embassy of Brazil in Peru"; never the host state 'in' or 'to' names); None when no
    state or two are given."""
    states = {cx.at[c.i].entity.id: cx.at[c.i].entity for c in tok.children
              if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i and c.i in cx.at
              and cx.at[c.i].entity.type == "State"}
    if not states:
        states = {cx.at[o.i].entity.id: cx.at[o.i].entity for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.i in cx.at and cx.at[o.i].entity.type == "State"}
    return next(iter(states.values())) if len(states) == 1 else None


def _victim_speaks(roles: dict, said_by: list, cx: Context) -> bool:
    """Whether every speaker of an attack is the state it targets or speaks for it (its
    ministry, its leader): an attack told by its target is that side's allegation."""
    targets = {e.id for e in roles.get("target", [])}
    states = [e.of if isinstance(e, UnnamedSpeaker) else None if isinstance(e, str) else e if e.type == "State" else
              cx.person_state.get(e.id) if e.type == "Person" else cx.resolver.state_of(e) for e in said_by]
    return bool(targets and states) and all(st is not None and st.id in targets for st in states)


#: Subjects inside a quotation that are its speaker: "“We condemn the attack,” he said".
FIRST_PERSON = {"i", "we"}


def _inside_quotation(trigger: Token, cx: Context) -> bool:
    """Whether a verb of saying and its subject (or the subject of the verb it is joined to
    by 'and') both stand inside quotation marks
    ("“If she believes some criminal organisations cost her votes, she should provide
    proof,” Peskov said": 'she believes'): words inside a quotation are its speaker's
    only, so the subject is no speaker of the article; a subject in the first person is
    the quotation's own speaker, left to the rules of the quotation."""
    subj = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
        # '"X stood on a street and urged soldiers to desert," the ministry said': the verbs share X
        subj = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].lower_ in FIRST_PERSON:
        return False
    marks = _quotations(cx.text)
    return any(o < trigger.idx < e and o < subj[0].idx < e for o, e in marks)


@functools.lru_cache(maxsize=8)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(quotations(text))


#: Verbs of answering whose denial with no object is a silence the article observes ("X did not
#: comment immediately", "did not respond"), no words of the silent party.
SILENT_VERBS = {"comment", "respond", "reply"}
#: What a silent party was asked ("did not respond to a request for comment").
ASKED_NOUNS = {"request", "question", "query", "inquiry", "enquiry", "call", "email", "message"}
#: Verbs of a reaction an article can tell as an act of its own ("Chile also condemned it").
REACTION_VERBS = {"condemn", "denounce", "criticise", "criticize", "deplore", "reject", "dismiss", "oppose",
                  "welcome", "praise", "applaud", "hail", "decry"}
#: Verbs of backing a person or party, told as an act when their object is a name ("She backed X").
BACKING_VERBS = {"back", "endorse"}
#: Determiners of an object that points back to what the article has told ("such calls", "the move").
BACK_DETERMINERS = {"such", "this", "that", "these", "those"}


def _told_as_event(trigger: Token | None) -> bool:
    """Whether the article tells a statement in its own voice, as an act, with no words of
    the speaker in it (corpus/CLAIMS.md, "What counts as one fact": ``modality:
    asserted``): "Chile declined to comment" (a refusal to speak), "Peru also condemned
    it", "Chile has rejected such calls" (a reaction to what the article already told,
    its object a pronoun or a phrase pointing back), "Peru did not comment immediately" (a
    silence observed, no object), "She backed X in her place" (a name backed, in the simple
    past, with no words of the backer in its sentence). A reaction with content of its own
    ("called the sanctions unlawful", "dismissed the charge as baseless", "welcomed the
    deal, saying ...", a clause or a quotation) stays reported speech."""
    if trigger is None or trigger.pos_ != "VERB":
        return False
    if rules.common.refused(trigger):
        return True  # "declined to comment", "refused to confirm the report"
    if trigger.lemma_ in SILENT_VERBS and any(c.dep_ == "neg" for c in trigger.children) and \
            not any(c.dep_ in ("ccomp", "dobj") or c.dep_ == "prep" and not any(
                o.lemma_ in ASKED_NOUNS for o in c.children) for c in trigger.children):
        return True  # "the government did not comment immediately": a silence the article observes
    if trigger.lemma_ in BACKING_VERBS and trigger.tag_ == "VBD" and trigger.dep_ == "ROOT" and \
            not any(c.dep_ in ("ccomp", "xcomp", "oprd", "advcl") for c in trigger.children) and \
            not any(t.text in ('"', "“", "”") for t in trigger.sent) and \
            any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or any(a.dep_ == "appos" and a.pos_ == "PROPN"
                                                               for a in c.children)) for c in trigger.children):
        return True  # "She backed the former diplomat X in her place": a candidate backed, an act told
    if trigger.lemma_ not in REACTION_VERBS or trigger.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "advcl", "dative") or c.dep_ == "prep" and c.lower_ == "as"
           for c in trigger.children) or any(t.text in ('"', "“", "”") for t in trigger.subtree):
        return False
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.pos_ == "PRON" or any(d.dep_ in ("det", "amod") and d.lower_ in BACK_DETERMINERS
                                                      for d in o.children) for o in objs)


#: Nouns of what a party asks a court for, which the court grants or rejects by ruling.
COURT_REQUEST_NOUNS = {"request", "appeal", "petition", "motion", "application", "bid", "plea", "challenge",
                       "complaint", "claim", "case", "suit", "lawsuit"}
#: Verbs of a court ruling on a request ("the court rejected the request", "dismissed the appeal").
COURT_RULING_VERBS = {"reject", "dismiss", "deny", "refuse", "throw", "uphold", "grant", "overturn"}


def _court_ruled(f: Fact, roles: dict) -> bool:
    """Whether ``f`` is a court's ruling on a request told as a reaction ("The federation asked
    the Court of Arbitration for Sport to ...; the court rejected the request", "the tribunal
    dismissed the appeal"): a decision the article states in its own voice (``asserted``),
    not words the court said (corpus/CLAIMS.md, "What counts as one fact")."""
    t = f.trigger
    if t is None or t.pos_ != "VERB" or t.lemma_ not in COURT_RULING_VERBS:
        return False
    if not any(e.type == "Court" for e in roles.get("speaker", ()) if isinstance(e, Known)):
        return False
    # (a clause before the verb, "X asked the court to ...; the court rejected the request", is the request told)
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children) or \
            any(x.text in ('"', "“", "”") for x in t.subtree if x.i > t.i):
        return False
    return any(c.dep_ == "dobj" and c.lemma_ in COURT_REQUEST_NOUNS for c in t.children)


def _only_as_place(entity: Known, f: Fact, cx: Context) -> bool:
    """Whether every mention of ``entity`` in the fact's sentence is a capital named as
    the place of the act ("praised the agreement in Lima", "hailed a taxi in Lima": the
    object of 'in', 'at' or 'from'), where the resolver reads a capital as its state's
    government: a place, no participant of a statement. False when the sentence does
    not name it or there is no trigger."""
    if f.trigger is None:
        return False
    sent = f.trigger.sent
    ms = [m for m in cx.mentions_in(sent.start, sent.end) if m.entity.id == entity.id]
    return bool(ms) and all(m.form == "capital" and cx.doc[m.end - 1].dep_ == "pobj" and
                            cx.doc[m.end - 1].head.lower_ in ("in", "at", "from") for m in ms)


def _whole_groups(kept: list[Known], given: list[Known], f: Fact, cx: Context) -> list[Known]:
    """``kept`` (a part of the entities ``given`` for a role) with the members left out of a
    group one mention of the fact's sentence names ("both countries", "the two leaders")
    put back, in the order given: the group is read whole, never as the one member left
    ("the security services of both countries" is about both states, the speaker's own too)."""
    dropped = {e.id for e in given} - {e.id for e in kept}
    if not dropped or f.trigger is None:
        return kept
    sent = f.trigger.sent
    groups = [{x.id for x in m.entities} for m in cx.mentions_in(sent.start, sent.end) if m.form == "pair"]
    split = set().union(*[g for g in groups if g & dropped]) if groups else set()
    if not split & {e.id for e in kept}:
        return kept  # the group was left out whole (the speaker's own state and no other)
    return [e for e in given if e.id in split or any(e is k for k in kept)]


def _saying_day(trigger, cx: Context) -> str | None:
    """The day a fact's reporter said it (``YYYY-MM-DD`` or coarser, for ``said_on``,
    corpus/CLAIMS.md) when the fact's clause is the object clause of a verb of saying
    dated before that clause ("The United States said on Friday it would revoke the
    visa": Friday), read by :meth:`Context.date_of` on the verb of saying; None when the
    clause hangs on no verb of saying or the saying is undated. ``trigger`` is the fact's
    parsed token (its verb, or the noun of its event)."""
    node = trigger
    for _ in range(3):  # from the event's noun ("impose sanctions") up to its clause's verb
        if node.dep_ == "ccomp":
            break
        if node.head is node or node.dep_ not in ("dobj", "pobj", "prep", "xcomp", "nsubjpass", "nsubj"):
            return None
        node = node.head
    if node.dep_ != "ccomp" or node.head.lemma_ not in rules.SAY_VERBS:
        return None
    return cx.date_of(node.head)[0]



#: Kinds of hostile event an event noun with "a" or "any" under a modal or a condition only
#: supposes (:func:`kg.extract.speech.supposed_event`): no such event is drafted as told.
SUPPOSABLE_KINDS = ("Attack", "Invasion", "ArmedConflict", "Incursion")

def _claim(f: Fact, cx: Context, vocab) -> tuple[dict, list[Known]] | None:
    """The claim dict of a fact (without its id) and the entities it uses, or None when
    the fact does not hold together: a role the class does not take, an entity of the
    wrong class, a reported claim without a speaker."""
    roles: dict[str, list[Known]] = {}
    for key, ents in f.roles.items():
        if key in STATE_ROLES:  # "the Dutch government pledged jets": the state gives them
            ents = [cx.resolver.state_of(e) or e if isinstance(e, Known) and e.type == "Government" else e for e in ents]
        spec = vocab.keys.get(key)
        if spec is None or not vocab.applies(spec, f.type):
            return None
        need = (spec.range or "Actor").split("|")
        fit = [e for e in ents if isinstance(e, Known) and any(vocab.is_a(e.type, n) for n in need)]
        if fit:
            roles[key] = fit
    if "about" in roles and "speaker" in roles and vocab.is_a(f.type, "Statement"):
        # "Lavrov told Russian media that Moscow's position was clear": on a plain statement,
        # the speaker's own state (or its government) is whom he speaks for, not what it is
        # about (a criticism or an accusation of one's own government is about it)
        own = {st.id for e in roles["speaker"] if e.type == "Person"
               for st in [cx.person_state.get(e.id)] if st is not None} if f.type == "Statement" else set()
        # "praised the agreement in Lima": where it was said, not whom it praises
        kept = [e for e in roles["about"] if not (own and getattr(cx.resolver.state_of(e), "id", None) in own)
                and not _only_as_place(e, f, cx)]
        kept = _whole_groups(kept, roles["about"], f, cx)
        if kept:
            roles["about"] = kept
        else:
            del roles["about"]
    if _self_opposed(roles, cx):
        return None
    required = _required(f.type)
    if f.attrs.get("legalActionKind") == "advisory opinion":
        required = ()  # an advisory opinion binds no party: no target to require
    if f.attrs.get("legalActionKind") == "investigation" and f.attrs.get("charge"):
        required = ()  # "a criminal investigation into aggravated criminal mischief": the offence, no suspect named
    if f.attrs.get("legalActionKind") == "plea":
        required = ()  # "X pleaded guilty": the defendant is its initiator, its target the charge's fact
    if f.attrs.get("legalActionKind") == "pardon" and "beneficiary" in f.roles | f.qualified:
        required = ()  # "an amnesty for 5,864 prisoners": a pardon needs no target, its beneficiary says whom
    if f.type == "Supply" and "destination" in f.roles:
        required = tuple(k for k in required if k != "recipient")  # "gas flowing to Europe": a region receives it
    if f.refers is not None and f.refers[0] in ("targetFact", "target"):
        # an appeal's target is the ruling told before, a ruling's the extradition asked
        required = tuple(k for k in required if k != "target")
    if f.refers is not None and f.refers[0] == "fact":
        required = ()  # a claim on a fact told before ("asked to leave by 19 October"): its roles are that fact's
    if f.type == "Supply" and f.refers is not None and f.refers[0] == "termOf":
        required = ()  # a term of an agreement: its parties stand for the supplier or recipient left out (CLAIMS.md)
    if f.type == "Travel" and "remainsOf" in roles:
        required = ()  # a body carried: the dead person is no traveller (corpus/CLAIMS.md, remains carried)
    # "Brent crude rose 5% to $83 a barrel": a market's price is an Indicator of no actor (facts/prices.py)
    market_figure = f.type == "Indicator" and not f.roles and "indicator" in f.attrs
    if not (roles or f.qualified or f.refers or market_figure) or \
            any(k not in roles and k not in f.qualified for k in required):
        return None
    unnamed_speaker = f.said and "speaker" in f.qualified  # "legal experts said ...": a statement of unnamed people
    # "opposition lawmakers boycotted the vote": a protest is people acting, named or not (its rule
    # leaves out crowds with nothing to tell them apart: no party, place or thing boycotted)
    unnamed_crowd = f.type == "Protest" and "participant" in f.qualified
    # "NATO leaders met": a body's unnamed people meeting for it (its organiser)
    unnamed_crowd = unnamed_crowd or (f.type == "Meeting" and "participant" in f.qualified and "organiser" in roles)
    # "the Security Council met": a body's own session, its organiser alone (corpus/CLAIMS.md)
    unnamed_crowd = unnamed_crowd or (f.type == "Meeting" and set(roles) == {"organiser"})
    # "police detained ten journalists": people counted and held, by no one named
    unnamed_crowd = unnamed_crowd or (f.type == "Detention" and "target" in f.qualified)
    # "the United States will withdraw from the Paris Agreement": a named treaty, one party named beside
    # its unnamed other parties (corpus/CLAIMS.md: party: [United States, unnamed other parties])
    unnamed_crowd = unnamed_crowd or (f.type == "Agreement" and "party" in f.qualified and "party" in roles)
    # "four telecommunications cables had been damaged": assets counted and damaged, by no one named
    unnamed_crowd = unnamed_crowd or (f.type == "Damage" and "damaged" in f.qualified)
    # "Peru's central bank cut its key rate": a state's central bank the registry lacks sets the rate
    unnamed_crowd = unnamed_crowd or (f.type == "RateDecision" and "initiator" in f.qualified)
    # "police fired tear gas at protesters": a crowd fired on by a force, neither named (facts/crowds.py)
    unnamed_crowd = unnamed_crowd or (f.type == "Repression" and "target" in f.qualified and "perpetrator" in f.qualified)
    # "armed men abducted five Indian nationals": hostages taken by takers, neither named (facts/shipping.py)
    unnamed_crowd = unnamed_crowd or (f.type == "HostageTaking" and "target" in f.qualified
                                      and "perpetrator" in f.qualified)
    # "five sailors were picked up by Valdoria's coast guard": people rescued by a state's unnamed craft
    # (facts/rescues.py); the state the craft belongs to tells this rescue from another
    unnamed_crowd = unnamed_crowd or (f.type == "Rescue" and "traveller" in f.qualified
                                      and f.qualified.get("carrier", (None, None))[1] is not None)
    # "11 of its executives were banned from politics": members of a named body barred, by no one named
    unnamed_crowd = unnamed_crowd or (f.type == "Disqualification" and "target" in f.qualified
                                      and f.qualified["target"][1] is not None)
    # "a bomb blast killed 12 people": an attack by no one named, told by its toll (facts/blasts.py)
    unnamed_crowd = unnamed_crowd or (f.type == "Attack" and "perpetrator" in f.qualified
                                      and any(k in f.attrs for k in ("killed", "wounded")))
    # a named actor acting for a party ("{actor: sun-weidong, for: china}") takes part as much as a role's
    named = {a.id for a, _ in f.qualified.values() if isinstance(a, Known)}
    if len({e.id for es in roles.values() for e in es} | named) < _min_participants(f.type) and \
            not (unnamed_speaker or unnamed_crowd or f.refers or market_figure):
        return None
    sp = attribute(f.trigger, _speaker_of(cx), cx.has_parser, f.statement) if f.trigger is not None else Speech()
    if sp.asked_to_end:
        return None
    if f.attrs.get("_called") is not None and {getattr(w, "id", w) for w in sp.said_by} <= set(f.attrs["_called"]):
        sp = Speech()  # "X announced the referendum on 2 September": the calling, an act the text asserts
    if f.said and "speaker" in roles and cx.has_parser and _inside_quotation(f.trigger, cx):
        return None
    if f.said or f.voiced_by:  # the fact is the statement itself: its speaker said it
        if "speaker" not in roles and not unnamed_speaker and not f.voiced_by:
            return None
        own = list(roles["speaker"]) if "speaker" in roles else list(f.voiced_by) or [f.qualified["speaker"][0]]
        # a label voiced by another ("what Moscow calls the root causes", inside Ashby's words) is
        # the labeller's: only a speaker's statement is told by the one who relays it
        reporter = _relayed(f.trigger) or _reporting_verb(f.trigger, sp) \
            if sp.modality in ("reported", "alleged", "denied") and sp.said_by and \
            not any(w in own for w in sp.said_by) and not (f.voiced_by and "speaker" not in roles) else None
        if reporter is not None:  # "X said that Peru opposed the move": X says so, and the quote holds X's words
            subj = [t.i for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
            f = dataclasses.replace(f, tokens=[*f.tokens, reporter.i, *subj])
            # "Ashby said his government had asked ...": the government's act, told by its official
            own_body = False
            node = f.trigger
            for _ in range(4):  # the trigger, then the verbs it hangs on up to the reporting verb
                if node is None or node.i == reporter.i:
                    break
                own_body = own_body or any(g.dep_ == "poss" and g.lower_ in ("his", "her", "their", "its")
                                           for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                                           for g in c.children)
                node = node.head if node.head.i != node.i else None
            official = _speaking_for(own, sp.said_by, cx) if "speaker" in roles and not own_body else None
            if official is not None:
                # "Wu, a director of the foreign ministry, said China welcomed ...": the official's own
                # words, spoken for the state (corpus/CLAIMS.md: speaker {actor: ..., for: ...})
                del roles["speaker"]
                f = dataclasses.replace(f, qualified={**f.qualified, "speaker": (official, own[0])})
        else:
            sp.modality = (content_modality(f.trigger) if f.trigger is not None and cx.has_parser else None) or "reported"
            sp.said_by = own
            if sp.modality == "reported" and cx.has_parser and (_told_as_event(f.trigger) or _court_ruled(f, roles)) \
                    or f.attrs.get("_unsaid"):
                # (a saying not made, "has not said whether he will run", is the writer's to assert)
                sp.modality, sp.said_by = "asserted", []
    if sp.modality in ("reported", "alleged", "denied") and not sp.said_by:
        return None
    if f.type in ("Attack", "Invasion") and sp.modality == "reported" and _victim_speaks(roles, sp.said_by, cx):
        sp.modality = "alleged"  # "Peru's ministry said Chilean forces shelled Peruvian posts": one side blames the other
    used: list[Known] = [e for es in roles.values() for e in es]
    parties = {f"{key}-for": party if isinstance(party, list) else [party]
               for key, (_, party) in f.qualified.items() if party is not None}
    out: dict = {"fact": _fact_id(f.type, {**roles, **parties}, {**f.attrs, "_aspect": rules.aspect(f, cx)}),
                 "type": f.type}
    for key, ents in roles.items():
        ids = [e.id for e in ents]
        out[key] = ids[0] if len(ids) == 1 else ids
    for key, (actor, party) in f.qualified.items():  # the qualified form of the claims format
        if isinstance(actor, Known):  # a named actor acting for a party: "{actor: sun-weidong, for: china}"
            used.append(actor)
            actor = actor.id
        if isinstance(party, list):  # unnamed actors of each of several parties: "citizens of Chad and Haiti"
            # (a list of words, one per party: "the presidents of D and S and representatives of O")
            words = actor if isinstance(actor, list) else [actor] * len(party)
            out[key] = [*((out[key] if isinstance(out[key], list) else [out[key]]) if key in out else []),
                        *({"actor": w, "of" if key in f.members_of else "for": p.id} for w, p in zip(words, party))]
            used.extend(party)
            continue
        if party is None and key in out:  # named ones beside unnamed others: "party: [Peru, unnamed other parties]"
            out[key] = [*_listed(out[key]), actor]
            continue
        if party is None:  # unnamed actors of no named party: "unnamed protesters"
            out[key] = actor
            continue
        out[key] = {"actor": actor, "of" if key in f.members_of else "for": party.id}
        used.append(party)
    if vocab.is_a(f.type, "Sanction") and "authority" not in out and "authority" not in f.qualified and \
            not (f.refers is not None and f.refers[0] == "fact"):  # a claim of a sanction told before: named there
        # Sanctions "imposed after the coup" name no one: the draft says so rather than
        # leaving out what a sanction needs (nothing invented; the reviewer may name it).
        out["authority"] = "unnamed authority"
    for key, value in f.attrs.items():
        if key == "status" and vocab.controlled_value("Status", str(value)) is None:
            continue
        if key == "position" and vocab.controlled_value("PositionType", str(value)) is None:
            continue
        spec = vocab.keys.get(key)
        if spec is None or not vocab.applies(spec, f.type):
            continue
        if key == "stage" and isinstance(value, dict) and isinstance(value.get("party"), Known):
            used.append(value["party"])  # the body a stage names is proposed like a role's entity
            value = {**value, "party": value["party"].id}
        if isinstance(value, str):  # words cut from a quotation: no half of its marks ('"a mistake that')
            value = value.strip()  # a phrase ending a headline takes no paragraph break along
            a, b = balance_quotes(value, 0, len(value))
            value = value[a:b] if a < b else value.strip('"“”')
        out[key] = value
    if sp.condition and "condition" in vocab.keys and vocab.applies(vocab.keys["condition"], f.type):
        out["condition"] = sp.condition
    if cx.has_parser and f.trigger is not None and any(vocab.is_a(f.type, k) for k in SUPPOSABLE_KINDS) \
            and sp.modality != "denied" and supposed_event(f.trigger):
        return None  # "a Chinese attack on Taiwan could threaten ...", "would respond to any attack": supposed
    if sp.modality in ("asserted", "reported", "planned") and cx.has_parser and f.trigger is not None \
            and not f.said and not f.voiced_by and "status" not in f.attrs and not f.modal_is_fact:
        # (a status the verb gives, "must still be ratified": not yet ratified, tells the stage itself)
        modal, word = modal_modality(f.trigger, sp.modality)
        if modal == "":
            return None  # "could dissolve", "if Russia attacks": a possibility or a condition, not a fact
        if modal == "hedged":
            sp.hedged = True  # "may be helping": told as possible, hedged
        elif modal is not None:
            sp.modality = modal
            if sp.frame is None and word is not None and cx.doc[word].sent == f.trigger.sent:
                sp.frame = word  # "can ... call an early election": the quote holds the modal
    if f.own_modality and sp.modality in ("asserted", "reported", "planned"):
        # "China now has 90 days to comply": a duty, whoever tells it; "the prize, worth X, will be
        # presented": its worth holds now (told by a speaker: reported)
        sp.modality = "reported" if f.own_modality == "asserted" and sp.said_by else f.own_modality
    if sp.modality in ("asserted", "reported") and not vocab.is_a(f.type, "Statement") and \
            (f.planned or dates.after_publication(f.attrs.get("date"), cx.published)):
        sp.modality = "planned"  # "who faces a runoff on 3 November": told as a fact, dated after the report
    if sp.modality == "planned" and not _when(f.attrs) and vocab.is_a(f.type, "LegalAction") and \
            not out["fact"].endswith("-planned"):
        # "he could be jailed for up to 50 years" beside "was serving a 34-year sentence": a legal
        # action that may still come is not the one of the same kind that happened (elsewhere a plan
        # told twice, once as a speaker's words, is one fact) (an undated one told as to come keeps '-planned',
        # by which :func:`_share_dates` joins it to the one planned day told)
        out["fact"] = f"{out['fact'][:112]}-planned"
    if sp.modality != "asserted":
        out["modality"] = sp.modality
    if f.negative:
        out["polarity"] = "negative"
    if f.attrs.get("_news_date") and out.get("date") == f.attrs.get("date"):
        out["_news_date"] = True  # dated by the publication only (:func:`_headline_is_body`)
    said = []
    for s in sp.said_by:
        if isinstance(s, Known):
            used.append(s)
            said.append(s.id)
        elif isinstance(s, UnnamedSpeaker):
            used.append(s.of)
            said.append({"actor": str(s), "of": s.of.id})
        else:
            said.append(s)
    said = list({str(s): s for s in said}.values())
    # unnamed speakers of a named party say it as the speaker role writes them ({actor, of})
    said = [out["speaker"] if isinstance(out.get("speaker"), dict) and "of" in out["speaker"]
            and w == out["speaker"]["actor"] else w for w in said]
    if said:
        out["said_by"] = said[0] if len(said) == 1 else said
        if f.said_to:  # "a protest from Egypt to the Security Council": whom it was said to
            out["said_to"] = f.said_to[0].id if len(f.said_to) == 1 else [e.id for e in f.said_to]
            used.extend(f.said_to)
        if f.said_dated and "date" in out:
            # "observers said on Monday": the day the words were said (corpus/CLAIMS.md, said_on),
            # not a date of what they judge
            out["said_on"] = out.pop("date")
        elif not _when(out) and cx.has_parser and f.trigger is not None and not vocab.is_a(f.type, "Statement"):
            day = _saying_day(f.trigger, cx)
            if day:
                out["said_on"] = day  # "said on Friday it would revoke the visa": the words' day, the act undated
    if sp.hedged:
        out["hedged"] = True
    if sp.via is not None:
        out["via"] = sp.via.id
        used.append(sp.via)
    quote, start = _quote(f, sp, cx, roles)
    if not quote:
        return None
    out["quote"] = quote
    out["_start"] = start
    if f.refers is not None:
        out["_refers"] = f.refers
        if f.refers_or_own:
            out["_own_if_none"] = True
    if f.about_kinds is not None and "about" not in out:
        out["_about_kinds"] = f.about_kinds
    notes = _resolutions(cx, start, start + len(quote), {**roles, "said_by": [e for e in sp.said_by if isinstance(e, Known)]})
    for key, words in f.from_context.items():
        if key in roles and key not in notes:
            notes[key] = f"not named in the quote: read from {words!r}, the subject of a sentence before"
    for key, note in f.read_as.items():
        if key in roles:
            notes[key] = note
    if notes:
        out["_resolved"] = notes
    n = _occurrence(cx.text, quote, start)
    if n:
        out["occurrence"] = n
    return out, used


#: Pairs of roles on opposite sides of one act: no entity fills both (a state sanctioning
#: itself, a seller buying from itself). The roles are the ontology's keys.
OPPOSED_ROLES = (("authority", "target"), ("supplier", "recipient"), ("exporter", "importer"), ("seller", "buyer"),
                 ("lender", "borrower"), ("creditor", "debtor"), ("payer", "payee"), ("lessor", "lessee"),
                 ("sendingState", "receivingState"), ("greeter", "greeted"), ("recogniser", "recognised"),
                 ("inviter", "guest"), ("predecessor", "successor"), ("replaced", "replacement"),
                 ("owner", "owned"), ("controller", "controlled"), ("member", "memberOf"), ("body", "parentBody"),
                 ("transferredFrom", "transferredTo"), ("winner", "loser"), ("inspector", "inspected"),
                 ("recruiter", "recruited"), ("grantedBy", "grantedTo"), ("awardedBy", "awardee"),
                 ("perpetrator", "target"), ("releasedBy", "released"), ("orderedBy", "target"))


def _self_opposed(roles: dict[str, list[Known]], cx: Context) -> bool:
    """Whether one entity fills two opposed roles of a fact (:data:`OPPOSED_ROLES`):
    "the Treasury froze assets they hold in the United States" read as the United States
    sanctioning the United States. A government and its state count as one, except for
    control: "the junta controls half of Myanmar" is a government holding part of its own
    state. Such a fact is a misreading, never drafted. ``roles``: key -> entities, as
    :func:`_claim` builds."""
    def ids(key: str, as_state: bool) -> set[str]:
        out = set()
        for e in roles.get(key, ()):
            out.add(e.id)
            if as_state and e.type == "Government":
                st = cx.resolver.state_of(e)
                if st is not None:
                    out.add(st.id)
        return out
    return any(ids(a, a != "controller") & ids(b, a != "controller")
               for a, b in OPPOSED_ROLES if a in roles and b in roles)


#: Mention forms that name a participant without its name: the draft says how it was read.
RESOLVED_FORMS = {"pronoun": "a pronoun", "description": "a description", "pair": "a group"}


def _resolutions(cx: Context, start: int, end: int, roles: dict[str, list[Known]]) -> dict[str, str]:
    """Role key -> a note for the reviewer, for each role filled through a pronoun, a
    description or a group inside the quote (code points ``start``..``end`` of the
    article), each entity once: "'The visiting leader' (a description) read as
    lina-varo, named elsewhere in the article". The quote stays the claim's own words; the note says why the
    participant is who it is."""
    notes: dict[str, str] = {}

    def inside(m) -> bool:
        span = cx.doc[m.start:m.end]
        return start <= span.start_char and span.end_char <= end

    # the mentions of the quote's tokens only, not the whole article's, for each claim
    quoted = cx.doc.char_span(start, end, alignment_mode="expand")
    near = cx.mentions_in(quoted.start, quoted.end) if quoted is not None else cx.mentions
    # a participant the quote also names ("Lula ... said ... his government") was read from its name
    noted: set[str] = {e.id for m in near if m.form not in RESOLVED_FORMS and inside(m) for e in m.entities}
    for m in near:
        if m.form not in RESOLVED_FORMS or not inside(m):
            continue
        span = cx.doc[m.start:m.end]
        ids = {e.id for e in m.entities}
        for key, ents in roles.items():
            hit = [e.id for e in ents if e.id in ids and e.id not in noted]
            if hit and key not in notes:
                notes[key] = f"{span.text!r} ({RESOLVED_FORMS[m.form]}) read as {', '.join(hit)}, named elsewhere in the article"
                noted.update(hit)  # once per claim: not again on said_by
    return notes


def _required(fact_type: str) -> tuple[str, ...]:
    return {"PositionHeld": ("holder",), "Visit": ("visitor",), "Sanction": ("target",), "Tariff": ("target",),
            "LegalAction": ("target",), "Membership": ("member", "memberOf"), "Ownership": ("owner", "owned"),
            "ArmsTransfer": ("supplier", "recipient"), "Supply": ("supplier", "recipient"),
            "Detention": ("target",), "Citizenship": ("citizen", "state"), "Age": ("person",), "Threat": ("speaker",),
            "Travel": ("traveller",), "Founding": ("founded",), "Legislation": ("jurisdiction",),
            "DiplomaticExpulsion": ("target",), "Summons": ("target",), "Death": ("person",),
            "Release": ("released",)}.get(fact_type, ())


def _min_participants(fact_type: str) -> int:
    return 2 if fact_type in ("Meeting", "Agreement", "TradeReport", "Visit", "Support") else 1


#: Roles that do not tell one fact of a kind from another: a referendum is the state's,
#: whoever the sentence says called it ("Sandu, who called the referendum").
ID_LEAVES_OUT = {"Referendum": ("calledBy",), "Election": ("candidate", "winner"),  # an election is its place and day
                 # a detention is its captive and captor: "arrested at the airport", "remains in custody in Milan"
                 "Detention": ("place",), "Meeting": ("place",),  # one meeting told with its city and without
                 # an office is its holder, body and position: "succeeding X" tells who held it before
                 "PositionHeld": ("predecessor", "successor")}


def _listed(value) -> list:
    """A claim's role value as a list of entity ids and 'unnamed …' words: one value or a
    list of them, a qualified actor (``{actor, for}``) as its actor; None, and a mapping
    that names no actor (an amount: ``{value, currency}``), as none."""
    values = [] if value is None else value if isinstance(value, list) else [value]
    out = [v.get("actor") if isinstance(v, dict) else v for v in values]
    return [v for v in out if v is not None]


def _fact_id(fact_type: str, roles: dict, attrs: dict) -> str:
    """Kind, participants (ids, sorted role by role, roles in name order), then the
    position or date: the same fact drafted from two sentences gets one id, and a fact
    and its converse ("Canada expelled an Indian diplomat", "India expelled a Canadian
    one") get two."""
    ids: list[str] = []
    for key in sorted(roles):
        if key in ID_LEAVES_OUT.get(fact_type, ()):
            continue
        # a journey's start is not its end: the trip to Lima and the return from it are two facts
        mark = "from-" if fact_type == "Travel" and key == "origin" else ""
        ids += [mark + i for i in sorted({e.id for e in roles[key]}) if mark + i not in ids]
    parts = [kind_slug(fact_type), *ids]
    if fact_type == "PositionHeld":
        parts.append(re.sub(r"[^a-z0-9]+", "-", str(attrs.get("position", ""))).strip("-"))
    elif "supportKind" in attrs:
        parts.append(str(attrs["supportKind"]))
    elif fact_type == "Indicator" and attrs.get("indicator"):  # "500 cases and 20 deaths": two figures of one state
        parts.append(re.sub(r"[^a-z0-9]+", "-", str(attrs["indicator"]).lower()).strip("-"))
    elif fact_type == "LegalAction" and (attrs.get("legalActionKind") or attrs.get("actionType")):
        # a charge, a plea and an extradition of one person are three legal actions, never one
        parts.append(re.sub(r"[^a-z0-9]+", "-", action_head(str(attrs.get("legalActionKind") or attrs["actionType"]))).strip("-"))
    elif fact_type == "Sanction" and str(attrs.get("measure", "")).startswith("partial "):
        parts.append("partial")  # "a full ban on twelve, partial restrictions on seven": two measures
    elif fact_type == "Sanction" and attrs.get("valueOf"):
        # "adopted a package, lowering the price cap": the cap is a measure of its own, not the package
        parts.append(re.sub(r"[^a-z0-9]+", "-", action_head(str(attrs["valueOf"]))).strip("-"))
    if attrs.get("_aspect"):
        parts.append(str(attrs["_aspect"]))
    when = _when(attrs)
    if when:
        # "last week": a period's words, as an id's part; "2031-04/2032-03": an interval, from its start to its end
        parts.append(str(when).replace(" ", "-").replace("/", "-to-"))
    return "-".join(p for p in parts if p)[:120].strip("-")


def _when(values: dict):
    return values.get("date") or values.get("period") or values.get("startDate")


def _lead_end(text: str) -> int:
    """Where the headline and lead of ``text`` end: its first paragraph, and the next one
    too when the first is a single line without a closing stop (a headline)."""
    paras = [m.end() for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", text)]
    if not paras:
        return 0
    first = text[:paras[0]].strip()
    if len(paras) > 1 and "\n" not in first and not first.endswith((".", "!", "?", '"', "”")):
        return paras[1]
    return paras[0]


#: Kinds of which an article most often tells one, told again with more participants: the
#: events (:data:`kg.extract.facts.run.EVENTS`), a chamber's vote and a bar from office (a
#: headline's "bars X from politics" is the bar the body tells of X and others).
ONE_TOLD = EVENTS | {"Vote", "Disqualification"}


def _headline_is_body(built: list, spans: dict, text: str, published=None) -> None:
    """A fact of the headline or lead dated only by the publication's month ("Putin
    visits Mongolia", drafted 2024-09) is the fact of the same kind and participants
    that the body dates inside that month ("Putin landed in Ulaanbaatar late on Monday",
    2024-09-02) when the body dates exactly one such fact: the headline's claim takes
    its id and leaves the date to it (the month was never stated). Two dated facts of
    the kind (two visits on different days) leave the headline's fact alone. An undated
    fact of the headline is likewise the one fact of its kind and participants the body
    dates within ten days of ``published`` (a date, or None: no such merge), or the one
    such fact whose participants include all of the headline's and more (a headline names
    fewer), of a kind of :data:`ONE_TOLD`."""
    lead = _lead_end(text)
    for claim, _ in built:
        if not claim.pop("_news_date", None):
            continue
        month = str(claim.get("date", ""))
        if not month or spans.get(id(claim), (len(text), 0))[0] >= lead:
            continue
        base = claim["fact"][: -len(month) - 1]
        body = {c["fact"] for c, _ in built if c is not claim and str(_when(c) or "").startswith(month + "-")
                and c["type"] == claim["type"] and c["fact"] == f"{base}-{_when(c)}"
                and c.get("polarity") == claim.get("polarity")}
        if len(body) == 1:
            claim["fact"] = next(iter(body))
            del claim["date"]
    # an undated headline ("Japan and Philippines sign defence pact") is the fact the body
    # dates within days of the publication ("signed ... on Monday"), when it dates one
    end = headline_end(text)
    used_of = {id(c): used for c, used in built}
    # the participants the body gives each fact, over all its claims ("banned 11 of its executives"
    # and "Among those barred are A and B": one bar, of A and B)
    told_of: dict[str, set[str]] = {}
    for c, used in built:
        if spans.get(id(c), (0, 0))[0] >= end:
            told_of.setdefault(c["fact"], set()).update(e.id for e in used)
    for claim, _ in built:
        if _when(claim) or spans.get(id(claim), (end, 0))[0] >= end:
            continue
        body = {c["fact"] for c, _ in built if c["type"] == claim["type"] and _when(c)
                and c["fact"] == f"{claim['fact']}-{_when(c)}" and c.get("polarity") == claim.get("polarity")
                and _near(str(_when(c)), published)}
        if len(body) == 1:
            claim["fact"] = next(iter(body))
            continue
        # a headline names fewer of the fact's participants than the body ("Bayrou loses confidence
        # vote", "Bayrou lost a confidence vote in the National Assembly on Monday"): the one fact of
        # its kind the body dates near the publication whose participants include all the headline's
        if claim["type"] not in ONE_TOLD:
            continue  # "UK and Rwanda sign treaty" beside "Cleverly signed the treaty with Rwanda": not one claim
        own = {e.id for e in used_of.get(id(claim), ())}
        body = {c["fact"] for c, _ in built if c is not claim and c["type"] == claim["type"] and _when(c)
                and spans.get(id(c), (0, 0))[0] >= end and c.get("polarity") == claim.get("polarity")
                and _near(str(_when(c)), published) and own and own < told_of.get(c["fact"], set())}
        if len(body) == 1:
            claim["fact"] = next(iter(body))


#: Kinds of fact a headline's generic noun may name beside its own subclasses: "Georgia's vote"
#: (a Vote held in Georgia) is the election the body tells (corpus/CLAIMS.md: an election is
#: the vote of a state's voters).
HEADLINE_NAMES = {"Vote": ("Election",)}


def _headline_names_body_fact(built: list, spans: dict, text: str, vocab, published=None) -> None:
    """An undated fact of the headline drafted from a generic noun ("Observers say
    Georgia's vote was marred": a Vote held in Georgia) is the one fact of a more
    specific kind (a subclass, or a kind of :data:`HEADLINE_NAMES`) with the same
    participants that the body tells undated or dated within ten days of ``published``
    ("Georgia's parliamentary election": an Election held in Georgia): the headline's
    claim takes that fact's id and kind, and leaves its description (the generic noun)
    to the body's claims. Two such facts, or a key of the headline's claim that the
    specific kind does not take, leave it alone, and so does a headline's remark (a
    Statement with a teller: "China says it tracked the ship" is no name of the Rejection
    the body tells). ``built``: (claim, entities) pairs;
    ``spans``: claim id -> its quote's code points; changes the claims in place."""
    end = headline_end(text)

    def rest(c: dict) -> str | None:  # the participants' part of a fact id (its kind and date left out)
        own, when = c["fact"][len(kind_slug(c["type"])) + 1:], _when(c)
        if when is None:
            return own
        if not _near(str(when), published) or not own.endswith(f"-{when}"):
            return None
        return own[: -len(str(when)) - 1]

    for claim, _ in built:
        kind = claim["type"]
        if _when(claim) or spans.get(id(claim), (end, 0))[0] >= end:
            continue
        if "said_by" in claim and vocab.is_a(kind, "Statement"):
            continue  # "China says it warned the ship": a remark of its own, no generic name of another act
        kinds = {k for k in HEADLINE_NAMES.get(kind, ())} | {
            c["type"] for c, _ in built if c["type"] != kind and vocab.is_a(c["type"], kind)}
        body = {(c["fact"], c["type"]) for c, _ in built if c["type"] in kinds
                and spans.get(id(c), (0, 0))[0] >= end and c.get("polarity") == claim.get("polarity")
                and rest(c) == claim["fact"][len(kind_slug(kind)) + 1:]}
        if len(body) > 1:
            # the body tells its fact dated once and refers back to it undated ("the elections on
            # Sunday" ... "the election held across the whole of X"): one fact, the dated one
            dated = {(c["fact"], c["type"]) for c, _ in built if (c["fact"], c["type"]) in body and _when(c)}
            undated_only = all(b in dated or any(d[0].startswith(b[0] + "-") for d in dated) for b in body)
            body = dated if len(dated) == 1 and undated_only else body
        if len(body) != 1:
            continue
        fact, specific = next(iter(body))
        if any(k in vocab.keys and not vocab.applies(vocab.keys[k], specific) for k in claim):
            continue
        claim["fact"], claim["type"] = fact, specific
        claim.pop("description", None)


def _near(day: str, published, days: int = 10) -> bool:
    """Whether ``day`` (an ISO date as drafted, 'YYYY-MM-DD'; a month or a year is not a
    day) falls within ``days`` days of the publication date ``published`` (a date or None)."""
    try:
        return published is not None and abs((datetime.date.fromisoformat(day) - published).days) <= days
    except ValueError:
        return False


def _kind_and_participants(claim: dict) -> tuple:
    """A drafted claim's kind and participants (the values of its roles, keys of
    :data:`_NOT_PARTICIPANTS` and dates aside), as a key: (kind, ((role, value), ...))."""
    skip = _NOT_PARTICIPANTS | {"startDate", "endDate", "period", "id", "review", "_start"}
    return claim["type"], tuple(sorted((k, str(v)) for k, v in claim.items() if k not in skip and not k.startswith("_")))


def _share_dates(built: list, published=None) -> None:
    """A fact drafted once with a date and once without (the same kind and participants)
    is one fact: the undated claims take the dated one's id when there is exactly one,
    told before them (``built`` is in text order): an article dates an event where it
    first tells it and refers back to it undated; an undated event told before a dated one
    ("The two leaders held talks ..." ahead of "a summit ... in September last year") is
    another occurrence, unless that one is dated within ten days of ``published`` (a date
    or None): the article's news, told first without its day ("declared him the winner
    of the presidential vote ... in Saturday's election")."""
    dated: dict[str, set[str]] = {}
    # kind and participants -> the days told of them, whatever their ids ("held from June 2023" and
    # "in detention since December 2022" of one person: two detentions, and "his arrest" is neither)
    days: dict[tuple, set[str]] = {}
    for claim, _ in built:
        when = _when(claim)
        if when:
            base = claim["fact"][: -len(str(when)) - 1]
            dated.setdefault(base, set()).add(claim["fact"])
            days.setdefault(_kind_and_participants(claim), set()).add(str(when))
    seen: set[str] = set()
    for claim, _ in built:
        if _when(claim):
            seen.add(claim["fact"])
        elif len(dated.get(claim["fact"], ())) == 1 and len(days.get(_kind_and_participants(claim), ())) <= 1:
            only = next(iter(dated[claim["fact"]]))
            day = next(str(_when(c)) for c, _ in built if c["fact"] == only)
            if only in seen or _near(day, published):  # the day's news, told undated first
                claim["fact"] = only
    # an event still to come told with its day and without ("Sandu faces runoff" over "who faces a
    # runoff on 3 November"), in either order: one planned fact, when one planned day is told
    planned = {claim["fact"] for claim, _ in built if _when(claim) and claim.get("modality") == "planned"}
    for claim, _ in built:
        base = claim["fact"].removesuffix("-planned")
        if not _when(claim) and claim.get("modality") == "planned" and base != claim["fact"]:
            days = dated.get(base, set()) & planned
            if len(days) == 1:
                claim["fact"] = next(iter(days))


def _participants(claim: dict, used: list) -> dict[str, set[str]]:
    """Role -> the entity ids a drafted claim names in it (not its speaker's ``said_by``)."""
    ids = {e.id for e in used}
    roles = {k: {str(v.get("actor") if isinstance(v, dict) else v) for v in (value if isinstance(value, list) else [value])}
             for k, value in claim.items() if k not in _NOT_PARTICIPANTS}
    return {k: named & ids for k, named in roles.items() if named & ids}


def _states_of(built: list, cx: Context) -> dict[str, str]:
    """Entity id -> the id of its state, for the people and bodies the claims name."""
    out = {pid: st.id for pid, st in cx.person_state.items()}
    for _, used in built:
        for e in used:
            if e.state and e.id not in out:
                out[e.id] = e.state
    return out


def _relayed(trigger: Token) -> Token | None:
    """Whether the statement made by ``trigger`` is told inside the reported clause of
    another verb of saying ("Tor Ashby said on Sunday that Peru opposed the move"): the
    reporting verb, whose speaker is then its source, not the text; else None. Shape: a
    verb token; the clause is a ``ccomp`` up to three steps up (through ``conj``, ``xcomp``)."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.i != node.i:
            head = node.head
            speech = head.pos_ == "VERB" and (head.lemma_ in rules.SAY_VERBS or head.lemma_ in rules.STATEMENT_VERBS)
            return head if speech else None
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    return None



def _reporting_verb(trigger: Token, sp: Speech) -> Token | None:
    """The verb of saying whose reported words hold ``trigger`` when the parser hangs the
    trigger's clause below a noun of those words rather than on the verb ("said the move
    showed China's resolve to open up and that China welcomed ...": 'welcomed' joined to
    'open'): the verb :func:`~kg.extract.speech.attribute` found (the first of
    ``sp.tokens``), when it is a verb of saying whose content clause (``ccomp``) holds
    ``trigger``; else None."""
    if not sp.tokens:
        return None
    verb = trigger.doc[sp.tokens[0]]
    if verb.pos_ != "VERB" or verb.lemma_ not in rules.SAY_VERBS:
        return None
    # the trigger must be inside what the verb says (its content clause), not in a clause joined
    # to it ("X said ..., and Y said ...") nor in one of its circumstances ("told ..., accusing him")
    node = trigger
    while node.head.i != node.i and node.head.i != verb.i:  # (spaCy makes a new Token per access: no 'is')
        node = node.head
    return verb if node.head.i == verb.i and node.i != trigger.i and node.dep_ == "ccomp" else None


def _speaking_for(own: list[Known], said_by: list, cx: Context) -> Known | None:
    """The one named person of ``said_by`` (the teller of a statement whose speaker,
    ``own``, is one state) who speaks for that state: the state the
    registry or the article gives them (their 'of', an office of that state). A person
    of another state, or of none known, tells of that state's words and is not its
    speaker ("Lavrov said Kyiv rejected the talks", "Tor Ashby said Peru opposed the
    move"). Shapes: ``own`` the speaker role's entities, ``said_by`` entities or
    'unnamed ...' strings; returns the person or None."""
    people = [w for w in said_by if isinstance(w, Known) and w.type == "Person"]
    if len(own) != 1 or len(people) != 1 or len(said_by) != 1:
        return None
    state = own[0] if own[0].type == "State" else None
    if state is None:
        return None
    theirs = cx.person_state.get(people[0].id) or cx.office_state.get(people[0].id)
    return people[0] if theirs is not None and theirs.id == state.id else None


def _follow_references(built: list) -> None:
    """A claim pointing back to a fact told before (:func:`_refer_back`) takes that fact's
    id as it is once every id is final: a fact dated by another of its claims, or an
    undated statement's id ending with the article's date, is renamed after the claim
    pointing to it was drafted ("dismissed the accusations, calling them ..."); the
    claim's own id, named after the fact's first id, is named after the final one. Two
    labels of two claims one fact's final id joins (an attack told twice, dated once)
    stay two facts, as :func:`_refer_back` keeps two labels of one fact apart."""
    renamed: list[dict] = []
    for claim, _ in built:
        ref = claim.pop("_ref", None)
        if ref is not None:
            key, target = ref
            old, new = claim.get(key), target["fact"]
            head = f"{kind_slug(claim['type'])}-{old}"
            if isinstance(old, str) and old != new and claim["fact"].startswith(head):
                # the claim's own id was named after the fact's first id: after the final one now
                claim["fact"] = (f"{kind_slug(claim['type'])}-{new}"[:120] + claim["fact"][len(head):])[:120]
                renamed.append(claim)
            claim[key] = new
            if isinstance(claim.get("deadline"), dict) and claim["deadline"].get("after") == old:
                claim["deadline"] = {**claim["deadline"], "after": new}
    used = {c["fact"] for c, _ in built}
    labels: dict[str, dict] = {}  # a fact id -> the label (keys and values) first given under it
    for claim, _ in built:
        label = {k: str(v) for k, v in claim.items() if k not in ("fact", "quote", "_start", "occurrence")}
        first = labels.setdefault(claim["fact"], label)
        if not _says_no_more(label, first) and any(claim is c for c in renamed):  # a second label the renaming joined
            n = 2
            while f"{claim['fact'][:116]}-{n}" in used:
                n += 1
            claim["fact"] = f"{claim['fact'][:116]}-{n}"
            used.add(claim["fact"])
            labels[claim["fact"]] = label


def _unnamed_teller(value) -> bool:
    """Whether ``value`` (a drafted role's value) is an unnamed teller ('unnamed spokesman')."""
    return isinstance(value, str) and value.startswith("unnamed ")


def _says_no_more(label: dict, other: dict) -> bool:
    """Whether the drafted claim ``label`` (keys to values) says nothing of its fact that
    ``other`` does not say: each of its keys is one of ``other``'s with the same value, or
    its teller (``said_by``) is unnamed where ``other`` names one ('A White House
    spokesman, Steven Cheung, called the talks ...' read once with the name and once
    without it), so the two are one telling of one fact, not two labels of two facts."""
    return all(k in other and (other[k] == v or k == "said_by" and _unnamed_teller(v) and not _unnamed_teller(other[k]))
               for k, v in label.items())


def _said_before(trigger) -> bool:
    """Whether ``trigger`` is a verb of saying in the past perfect ("Caputo had said he
    expected ..."): said before the time the report tells of, not on its day."""
    return trigger.pos_ in ("VERB", "AUX") and trigger.lemma_ in SPEECH and \
        any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children)


def _after_earlier_year(trigger, published) -> bool:
    """Whether ``trigger`` is an act told in the simple past, not a verb of saying, in a
    sentence naming no date, right after a sentence of its paragraph that names an
    earlier year than the publication's ("... in the July 2024 presidential election. She
    backed the former diplomat X in her place."): background set at that earlier time, not
    an act of the day of the report."""
    if published is None or trigger.tag_ != "VBD" or trigger.lemma_ in SPEECH:
        return False
    sent = trigger.sent
    if sent.start == 0 or any(e.label_ == "DATE" for e in sent.ents):
        return False
    before = trigger.doc[sent.start - 1].sent
    if "\n\n" in trigger.doc.text[before.end_char:sent.start_char]:
        return False  # another paragraph
    years = [int(y) for e in before.ents if e.label_ == "DATE" for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", e.text)]
    return bool(years) and max(years) < published.year


def _anchor_undated_statements(built: list, source, vocab, elsewhen: set[int] = frozenset(),
                               spans: dict | None = None) -> None:
    """An undated statement's id ends with the article's publication date (its id when
    it has none): 'Rubio praised X' in July and 'Rubio praised Y' in September are two
    speech acts, which an id of kind and speaker alone would merge into one fact with
    two sources. Two articles of one day reporting one undated statement still share
    its id; the date is part of the id only, never a stated value of the fact. A
    statement the text sets at another time with no date ("said then", "at the time":
    ``elsewhen``, ids of those claims) ends with the article's id instead: it was not
    made on the day of the report. Undated remarks of one named speaker in words apart
    (``spans``: id of a claim -> its code points) that met under one id are numbered
    apart, as :func:`kg.extract.facts.run.aspect` numbers them; an id that already ends
    with the day (joined to that day's statement) takes it once."""
    # an article id may hold what a fact id may not ('000_54e0c6eff91d7e13' of kg add-article)
    own = re.sub(r"[^a-z0-9]+", "-", source.article_id.lower()).strip("-")
    anchor = source.published.isoformat() if getattr(source, "published", None) else own
    anchored: dict[str, list[tuple[dict, str]]] = {}  # an id given here -> (claim, its ending), in text order
    # a statement one of whose claims is dated (a headline's, joined to its lead's) is anchored by that date
    dated = {c["fact"] for c, _ in built if _when(c) and vocab.is_a(c["type"], "Statement")}
    for claim, _ in built:
        # (a claim dated by the day it was said, said_on, has that day in its id already)
        if not _when(claim) and "said_on" not in claim and vocab.is_a(claim["type"], "Statement") \
                and claim["fact"] not in dated:
            end = own if id(claim) in elsewhen else anchor
            if claim["fact"].endswith(f"-{end}"):
                continue  # joined to the statement that day told (_share_dates): its id names the day once
            claim["fact"] = f"{claim['fact'][:100].rstrip('-')}-{end}"
            anchored.setdefault(claim["fact"], []).append((claim, end))
    # two remarks in other words that met under one id only once a role was dropped ("Waltz said
    # Trump would ...": 'about' Trump, his own president, left out) stay two, numbered as aspect() numbers them
    used = {c["fact"] for c, _ in built}
    for fact, claims in anchored.items():
        if _unnamed_teller(claims[0][0].get("speaker")):
            continue  # unnamed speakers: _unnamed_speakers_apart
        kept = [(spans or {}).get(id(claims[0][0]), (0, 0))]
        for claim, end in claims[1:]:
            a, b = (spans or {}).get(id(claim), (0, 0))
            if any(x < b and a < y for x, y in kept) or not spans:
                continue  # one remark quoted whole and in part: one statement
            kept.append((a, b))
            base, n = fact[: -len(end) - 1], 2
            while f"{base}-{n}-{end}" in used:
                n += 1
            claim["fact"] = f"{base}-{n}-{end}"
            used.add(claim["fact"])


def _unnamed_speakers_apart(built: list, spans: dict, vocab) -> None:
    """Statements of unnamed speakers ('officials said') told in words apart from each
    other are as many statements: an id of kind and day, which is all such a statement
    has, would make 'the ship was heading east, officials said' and 'the crew are
    Mauritanian, officials said' one fact with two sources, though nothing says the
    same people spoke. The first keeps its id, the next take '-2', '-3' (claims whose
    quotes overlap stay one). ``built``: (claim, entities) pairs in text order;
    ``spans``: id of a claim -> its code points."""
    used = {c["fact"] for c, _ in built}
    told: dict[str, list[tuple[int, int]]] = {}  # a fact id -> the spans of its claims kept under it
    for claim, _ in built:
        if not vocab.is_a(claim["type"], "Statement") or not _unnamed_teller(claim.get("speaker")):
            continue
        a, b = spans.get(id(claim), (0, 0))
        before = told.setdefault(claim["fact"], [])
        if before and not any(x < b and a < y for x, y in before):
            n = 2
            while f"{claim['fact'][:116]}-{n}" in used:
                n += 1
            claim["fact"] = f"{claim['fact'][:116]}-{n}"
            used.add(claim["fact"])
            told[claim["fact"]] = [(a, b)]
        else:
            before.append((a, b))


def _named_by(claim: dict, noun: str) -> bool:
    """Whether ``noun`` (a lower-case lemma: "invitation", "storming") names the drafted
    ``claim``: its Snowball English (Porter2) stem is that of a word of the claim's quote
    ("invited") or of its kind's name (``Invitation``), as :mod:`kg.lookup` stems words."""
    from kg.lookup import _stem, _words

    stem = _stem(noun)
    return any(_stem(w) == stem for w in (*_words(claim.get("quote", "")), *_words(claim["type"])))


#: Pronouns by which a label points back to a fact without naming it ("called it a big win",
#: "described them as a milestone", "what it called interference").
_POINTING_WORD = re.compile(r"\b(?:it|them|this|what)\b", re.IGNORECASE)
def _distal(doc, span: tuple[int, int] | None) -> bool:
    """Whether the words at ``span`` (code points of ``doc``'s text) name a thing by a distal
    demonstrative ("that deal", "those talks": 'that'/'those' as the determiner of a noun,
    not the 'that' of reported speech). ``doc`` None or no span: False."""
    words = doc.char_span(*span, alignment_mode="expand") if doc is not None and span else None
    return words is not None and any(t.lower_ in ("that", "those") and t.dep_ == "det" and t.head.pos_ == "NOUN"
                                     for t in words)


def _near_start(doc, start: int) -> int:
    """The offset (code points) from which a fact told before offset ``start`` of ``doc``
    is near enough for a pronoun to point back to it: the start of its paragraph (after
    the last line break) or of the sentence before, whichever comes first."""
    starts = [s.start_char for s in doc.sents]
    here = max((n for n, b in enumerate(starts) if b <= start), default=0)
    return min(starts[max(0, here - 1)], doc.text.rfind("\n", 0, start) + 1)


def _refer_back(built: list, spans: dict, vocab, aside: set[int] = frozenset(), doc=None) -> list:
    """Claims whose role points back to a fact told before ("Trump called the talks
    'extremely productive'": ``_refers`` = ('characterised', ('Meeting',))) take the id of
    the last fact of those kinds drafted before their quote (any kind but statements and
    titles when none is named, one the noun of the reference names when it gives one:
    "called the invitation a victory" after "invited"); a claim with no such fact before it is left out (nothing
    is guessed). Its own id then names that fact, so two labels of two facts are two.
    ``built``: (claim, entities) pairs in text order; ``aside``: ids of claims of
    agreements told only to compare, which "the pact" does not mean while another was
    told; returns the pairs kept. With ``doc`` (the parsed article), a label pointing back
    by a pronoun, naming no fact nor kind of fact ("called it a big win", "what it called
    interference"), takes only a fact told in its own paragraph or the sentence before:
    further back, the last fact told is as often background (an invasion recalled, a
    population figure) as the fact the speaker judges."""
    out = []
    # a claim pointing back is no fact to point back to, except a legal step taken on a fact told
    # (a ruling annulling an election, an appeal against a ruling): a fact of its own
    referring = {id(c) for c, _ in built if "_refers" in c and c["_refers"][0] not in ("targetFact", "termOf")
                 and c.get("legalActionKind") != "ruling" and "_own_if_none" not in c}
    taken: dict[str, list[str]] = {}  # fact id -> the labels (categories) given under it
    unresolved: list[dict] = []  # labels pointing back to no fact told before, left out
    for n, (claim, used) in enumerate(built):
        refers = claim.pop("_refers", None)
        own_if_none = claim.pop("_own_if_none", False)
        if refers is None:
            out.append((claim, used))
            continue
        key, kinds, *noun = refers
        start = spans.get(id(claim), (0, 0))[0]

        decision = not kinds and _DECISION_NOUN.search(claim.get("quote", "")) is not None
        limited = doc is not None and not kinds and not noun and key == "characterised" and \
            _POINTING_WORD.search(claim.get("quote", "")) is not None
        # "called that deal illegitimate": a distal demonstrative points to the fact of its noun told
        # just before (its paragraph or the sentence before), not to the article's main one
        distal = bool(kinds) and _distal(doc, spans.get(id(claim)))
        near = _near_start(doc, start) if limited or distal else 0

        # "the X pipeline is designed to carry ...": the supply told before through that pipeline, not another
        asset = claim.get("viaAsset") if key == "fact" else None

        def told(c: dict, start=start, kinds=kinds, noun=noun, decision=decision, near=near, asset=asset) -> bool:
            return near <= spans.get(id(c), (start, 0))[0] < start and id(c) not in referring and \
                (c["type"] in kinds if kinds else c["type"] not in BACKGROUND and not vocab.is_a(c["type"], "Statement")) \
                and (not noun or _named_by(c, noun[0])) and not (decision and c["type"] in UNDECIDED) \
                and (asset is None or c.get("viaAsset") == asset)

        before = [c for c, _ in built[:n] if told(c)]
        if key in ("targetFact", "target") and kinds:
            # "the court approved the extradition of X to Y": a legal step on a fact its own words tell,
            # drafted from the same clause just before it, is on that fact, not on one told earlier
            same = [c for c, _ in built[:n] if spans.get(id(c), (-1, 0))[0] == start and c["type"] in kinds
                    and id(c) not in referring and "targetFact" not in c and c.get("legalActionKind") != "ruling"]
            before = same[-1:] or before
        if key == "termOf":
            # "the two companies agreed to raise deliveries through X": a term of the agreement whose quote
            # holds its words, drafted from the same clause, not of one told earlier
            own = [c for c, _ in built if c is not claim and c["type"] in kinds and id(c) not in referring
                   and spans.get(id(c), (start + 1, 0))[0] <= start < spans.get(id(c), (0, 0))[1]]
            before = own[-1:] or before
        if key == "mediationOf":
            # "Qatari mediation also secured the release of X": the mediation of the release its own
            # sentence tells, whichever of the two the quotes begin with
            a, b = spans.get(id(claim), (0, 0))
            same = [c for c, _ in built if c["type"] in kinds and id(c) not in referring
                    and spans.get(id(c), (b, b))[0] < b and a < spans.get(id(c), (a, a))[1]]
            before = same[-1:] or before
        if not before and key == "targetFact":
            # "Le Pen appealed on Tuesday against her conviction", no ruling told before: the ruling
            # named in the appeal's own words
            end = spans.get(id(claim), (0, 0))[1]
            before = [c for c, _ in [*built[:n], *built[n + 1:]] if told(c, end)]
        if not before and key == "compliesWith":
            # "has 90 days to comply with the ruling", no ruling drafted before: the duty stands in its words
            # (``subject``), without the deadline the ruling would date
            if isinstance(claim.get("deadline"), dict) and claim["deadline"].get("after") is None:
                del claim["deadline"]
            out.append((claim, used))
            continue
        if not before and own_if_none:  # "The resolution was adopted ...", no resolution told before: this one
            out.append((claim, used))
            continue
        if not before:
            if limited or distal:  # a label of a fact told too far back: its words are still no bare statement (below)
                unresolved.append(claim)
            continue
        if key == "fact" and kinds == ("Vote",) or key == "characterised" and "Vote" in kinds:
            # "Poland abstained", "called the resolution political theatre": not the vote recalled to compare
            before = _votes_meant(claim, before)
        if distal:
            meant = before[-1]
        elif kinds and all(k == "Agreement" for k in kinds):
            meant = _salient_agreement([c for c in before if id(c) not in aside] or before)
        else:
            meant = _court_decision(claim, key, before) or before[-1]
        target = meant["fact"]
        claim[key] = target
        claim["_ref"] = (key, meant)
        if isinstance(claim.get("deadline"), dict) and claim["deadline"].get("after") is None:
            claim["deadline"] = {**claim["deadline"], "after": target}  # "90 days to comply with the ruling": from it  # the fact's id may change still (a date, the article's date): followed
        if key == "fact":
            # a further claim on the fact told before ("Russia abstained" on the vote): its id is that fact's;
            # one its own words date another day ("on Friday ... Britain abstained") is another vote's
            if _when(claim) and _when(meant) and str(_when(claim)) != str(_when(meant)):
                continue
            out.append((claim, used))
            continue
        fact = f"{kind_slug(claim['type'])}-{target}"[:120]
        # two labels of one fact ("what Moscow calls ...", "called the talks productive"), or two stands
        # on it (votes for it, abstentions), are two facts
        label = repr(sorted((k, str(v)) for k, v in claim.items() if k not in ("fact", "quote", "_start", "_ref", key)))
        seen = taken.setdefault(fact, [label])
        if label not in seen:
            seen.append(label)
        if seen.index(label):
            fact = f"{fact[:116]}-{seen.index(label) + 1}"
        claim["fact"] = fact
        out.append((claim, used))
    # the label (or the judgement) is what was said: no second, bare Statement of the same words by the same speaker
    labelled = {(spans.get(id(c)), str(c.get("said_by"))) for c in [c for c, _ in out] + unresolved
                if c["type"] in ("Characterisation", "Assessment")}
    return [(c, u) for c, u in out if not (c["type"] == "Statement" and "about" not in c and
                                            (spans.get(id(c)), str(c.get("said_by"))) in labelled)]


#: "attended the ceremony", "at the inauguration": a ceremony named by a definite common noun.
#: (not a place that may also name one: "laid a wreath at the memorial")
_THE_CEREMONY = re.compile(r"\b[Tt]he (" + "|".join(sorted(CEREMONY_NOUNS - {"memorial", "wreath-laying"})) + r")\b")


def _resigned_office(built: list, spans: dict) -> None:
    """A ``Resignation`` with no ``resignedFrom`` names the office it ends where the
    article drafts exactly one ``PositionHeld`` of the person resigning (corpus/CLAIMS.md:
    "a Resignation with resigning and resignedFrom: <the PositionHeld's id>"), or, of
    several, exactly one ended from words the resignation's own quote holds ("X has
    resigned as Economic Secretary to the Treasury" beside "X is the second minister to
    leave"), so that ``leaders`` shows the office ended; else the link is left to the
    reviewer. ``built``: (claim, entities) pairs, changed in place; ``spans``: id of a
    claim -> the code points its quote covers."""
    offices: dict[str, set[str]] = {}
    for claim, _ in built:
        if claim["type"] == "PositionHeld" and isinstance(claim.get("holder"), str):
            offices.setdefault(claim["holder"], set()).add(claim["fact"])
    for claim, _ in built:
        held = offices.get(claim.get("resigning")) if claim["type"] == "Resignation" else None
        if not held or "resignedFrom" in claim:
            continue
        if len(held) > 1:
            a, b = spans.get(id(claim), (0, 0))
            held = {c["fact"] for c, _ in built if c["type"] == "PositionHeld" and c.get("holder") == claim["resigning"]
                    and c.get("status") == "ended" and id(c) in spans and a <= spans[id(c)][0] < spans[id(c)][1] <= b}
        if len(held) == 1:
            claim["resignedFrom"] = next(iter(held))


def _office_ended_by_coup(built: list, spans: dict) -> None:
    """A ``PositionHeld`` ended (``endDate`` or status ended) whose holder is the ``target``
    of a ``SeizureOfPower`` whose quote holds the office's own ("the military took power
    in Niamey on 26 July 2023 and removed President X") names the coup as what ended it:
    ``endedBy: <the seizure's id>`` (corpus/CLAIMS.md, Positions: "endedBy"), so that
    ``leaders`` shows the office ended by the coup. Nothing when two coups fit.
    ``built``: (claim, entities) pairs, changed in place; ``spans``: id of a claim -> the
    code points its quote covers."""
    coups = [c for c, _ in built if c["type"] == "SeizureOfPower" and id(c) in spans]
    for claim, _ in built:
        if claim["type"] != "PositionHeld" or "endedBy" in claim or id(claim) not in spans or \
                not ("endDate" in claim or claim.get("status") == "ended"):
            continue
        a, b = spans[id(claim)]
        fits = {c["fact"] for c in coups if claim.get("holder") in (c.get("target") if isinstance(c.get("target"), list)
                                                                     else [c.get("target")])
                and spans[id(c)][0] <= a and b <= spans[id(c)][1]}
        if len(fits) == 1:
            claim["endedBy"] = next(iter(fits))


def _the_ceremony_told_before(built: list, spans: dict) -> None:
    """A ``Ceremony`` claim with no date of its own whose quote names it by a definite
    common noun ("Kenya's president attended the ceremony at Guba") is the ceremony the
    article told before it ("Abiy Ahmed inaugurated the dam on Tuesday"): it takes that
    fact's id, so that its participants join those of the one ceremony (a definite noun
    refers back; nothing joins when no ceremony was told before), and those who "attended"
    it come as its `attendee`, the rite being the earlier participant's. Only the generic noun
    "ceremony", or the noun the earlier claim's own words use, refers back: "attended the
    funeral of a former minister" after an inauguration is another ceremony. ``built``:
    (claim, entities) pairs in text order, changed in place."""
    told: list[dict] = []
    for claim, _ in built:
        if claim["type"] != "Ceremony":
            continue
        the = _THE_CEREMONY.search(claim["quote"])
        if told and the and not _when(claim) and "description" not in claim and \
                spans.get(id(told[-1]), (0, 0))[0] < spans.get(id(claim), (0, 0))[0] and \
                (the.group(1) == "ceremony" or the.group(1) in (told[-1]["quote"] + " " + str(told[-1].get("description", ""))).lower()):
            claim["fact"] = told[-1]["fact"]
            if "participant" in told[-1] and "participant" in claim and _ATTENDED.search(claim["quote"]):
                # "Abiy inaugurated the dam ... Ruto attended the ceremony": the guests are present at
                # a rite another performs, `attendee` (corpus/CLAIMS.md, those merely present)
                came = _listed_values(claim.pop("participant"))
                claim["attendee"] = [*came, *_listed_values(claim.get("attendee"))] if len(came) > 1 or \
                    "attendee" in claim else came[0]
            continue
        told.append(claim)


#: A verb of being present at a gathering ("attended the ceremony", "attends", "attending").
_ATTENDED = re.compile(r"\battend(?:s|ed|ing)?\b", re.I)


def _listed_values(value) -> list:
    """A claim's role value as a list, its qualified actors (``{actor, of}``) kept whole."""
    return [] if value is None else value if isinstance(value, list) else [value]


def _salient_agreement(before: list[dict]) -> dict:
    """The claim of the agreement "the pact" / "the deal" means among the agreements told
    before it (claim dicts in text order): a definite description names the most salient
    one, the agreement of the parties with the most claims so far (the headline's and the
    signing's treaty rather than one named once in passing), the latest of those on a tie."""
    def parties(c: dict) -> str:  # the headline's undated claim and the dated signing are one agreement
        p = c.get("party")
        return repr(sorted(p) if isinstance(p, list) else p) if p else c["fact"]

    counts: dict[str, int] = {}
    for c in before:
        counts[parties(c)] = counts.get(parties(c), 0) + 1
    top = max(counts.values())
    return [c for c in before if counts[parties(c)] == top][-1]


#: Facts a title or a description states beside a name ("Foreign Minister X", "X's
#: capital", "Peruvian radio RPP"): background to what a speaker says, never the fact the
#: words speak of.
BACKGROUND = {"PositionHeld", "Membership", "Location", "Citizenship", "Age", "BodyOf", "Kinship", "RankHeld",
              "Occupation", "Capital", "Affiliation", "OrganisationCountry"}


def _describes_speaker(doc, span: tuple[int, int]) -> bool:
    """Whether the words at ``span`` (code points of ``doc``'s text) are told in a clause
    or apposition describing the subject of a verb that reports speech, ending before
    that verb ("Lula, who met Xi on Tuesday, said on Monday that ..."): what the speaker
    is told to have done is not what they said. ``doc``: the parsed article, or None
    (no parse: False)."""
    if doc is None:
        return False
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    for t in words:
        for d in [t, *t.ancestors]:
            if d.dep_ in ("relcl", "appos", "acl") and d.head.dep_ in ("nsubj", "nsubjpass"):
                verb = d.head.head
                if any(c.dep_ == "ccomp" for c in verb.children) and verb.i >= words.end:
                    return True
    return False


def _about_facts(built: list, spans: dict, vocab, doc=None) -> None:
    """A statement that names no actor it is about ("called the sanctions on Russia a
    disgrace", "welcomed the ceasefire agreed on Monday") is about the one fact drafted
    from inside its own quote: its ``about`` takes that fact's id (corpus/CLAIMS.md: a
    fact id under ``about`` where the text makes a fact the object), so queries of
    statements about a fact, and conflicts, find it. ``built``: (claim, entities) pairs
    in text order; ``spans``: id of a claim dict -> (start, end) code points of its quote.
    Nothing is set when no such fact or several distinct ones lie inside."""
    about = vocab.keys.get("about")
    if about is None:
        return
    for claim, _ in built:
        if "about" in claim or not vocab.is_a(claim["type"], "Statement") or not vocab.applies(about, claim["type"]):
            continue
        a, b = spans.get(id(claim), (0, 0))
        # a label is said of the fact, never the fact the speaker speaks of
        inside = {other["fact"] for other, _ in built if other is not claim and other["type"] not in BACKGROUND
                  and other["type"] != "Characterisation"
                  and not vocab.is_a(other["type"], "Statement") and id(other) in spans
                  and a <= spans[id(other)][0] and spans[id(other)][1] <= b
                  and not _describes_speaker(doc, spans[id(other)])}
        if len(inside) == 1:
            claim["about"] = next(iter(inside))


def _reported_as_facts(built: list, spans: dict, vocab) -> list:
    """A bare ``Statement`` whose words are drafted as a fact its speaker reports ("Peru
    said the jets had been delivered": the delivery, ``said_by`` Peru) is that fact's
    claim, not a second fact: corpus/CLAIMS.md writes what a speaker reports as the fact,
    ``modality: reported`` with the speaker in ``said_by``. Dropped are the claims of class
    ``Statement`` itself (not its subclasses: a Praise is a judgement of its own) whose
    quote holds the quote of a claim of another kind (not a title, a label or another
    statement) with the same ``said_by``, whatever its modality: a fact the speaker
    denies, plans or alleges ("denied that Santiago had any role in his detention and
    said ...") is written as that fact with its modality, as one reported done is (of the
    curated facts of the development set, the sample and the newcomers' folders with a
    ``said_by`` and a modality other than 'reported', 1 of 258 has a Statement of the same
    words beside it). A forecast (``modality: predicted``) is kept beside a fact its words
    name that is not itself foreseen. ``built``: (claim, entities) pairs; ``spans``: id of a claim dict ->
    (start, end) code points of its quote; returns the pairs kept."""
    reported = [(spans[id(c)], str(c.get("said_by")), c.get("modality")) for c, _ in built
                if id(c) in spans and c.get("said_by") and c["type"] not in BACKGROUND
                and c["type"] != "Characterisation" and not vocab.is_a(c["type"], "Statement")]

    def told(c: dict) -> bool:
        # a forecast ("had said he expected the agreement to be concluded before the elections of 26
        # October") is told by no fact its words name as done or as a circumstance, only by one foreseen
        a, b = spans.get(id(c), (0, 0))
        return any(a <= x and y <= b and who == str(c.get("said_by"))
                   and (c.get("modality") != "predicted" or modality == "predicted")
                   for (x, y), who, modality in reported)
    return [(c, u) for c, u in built if not (c["type"] == "Statement" and c.get("said_by") and told(c))]


#: Nouns of a step of a court case and the legal actions (``actionType``) each can name:
#: "the verdict" is the sentence or the conviction, not the indictment before it.
COURT_STEP_NOUNS = {
    **dict.fromkeys(("verdict", "ruling", "judgment", "judgement", "decision"),
                    {"sentence", "conviction", "acquittal", "ruling", "verdict", "judgment", "fine"}),
    "sentence": {"sentence"}, "conviction": {"conviction", "sentence"}, "acquittal": {"acquittal"},
    "indictment": {"indictment"}, "charges": {"indictment", "charge", "charges", "prosecution"}, "trial": {"trial"},
}


#: Legal actions that are a court's decision on a case, which an appeal is lodged against
#: and "the ruling" or "the verdict" names (a fine is a penalty the decision adds).
COURT_DECISIONS = {"sentence", "conviction", "ruling", "verdict", "judgment"}
#: Facts no one decides, which "the decision" or "the ruling" told after them never names:
#: a people's vote ("called the decision a coup" after the first round: the court's, not the
#: election), a death, a residence, a measured figure.
UNDECIDED = {"Election", "Death", "Residence", "Indicator"}
_DECISION_NOUN = re.compile(r"\bthe (verdict|ruling|judge?ment|decision)\b", re.IGNORECASE)


#: Kinds of legal action that decide (gkg:LegalActionKinds): what a party complies with.
DECISION_KINDS = {"ruling", "arbitral award", "advisory opinion", "injunction", "finding"}


def _court_decision(claim: dict, key: str, before: list[dict]) -> dict | None:
    """The court's decision a claim pointing back means, when the fact told last is a legal
    action: a label of "the ruling" / "the verdict" (:data:`_DECISION_NOUN` in its quote,
    ``characterised``) or an appeal (``targetFact`` of a LegalAction of ``actionType``
    appeal) means the first decision told (:data:`COURT_DECISIONS`, the one the article
    leads with), not a fine or an order told after it ("sentenced X to five years ...
    also fined him ... X called the ruling a scandal and said he would appeal"). An
    appeal with an initiator takes only decisions against the initiator. A Compliance with a
    ruling (``compliesWith``) means the last decision told (:data:`DECISION_KINDS`), against
    the one complying where one is. ``before``: the
    claims told before, in text order; returns one of them, or None to keep the last."""
    if not before or before[-1]["type"] != "LegalAction":
        return None
    if key == "compliesWith":
        # "has 90 days to comply with the award": the last decision told, against the one complying where
        # one is, not a complaint or a case that led to it
        decisions = [c for c in before if c["type"] == "LegalAction" and (
            c.get("legalActionKind") in DECISION_KINDS or c.get("actionType") in COURT_DECISIONS)]
        against = [c for c in decisions if set(_listed(claim.get("complying"))) & set(_listed(c.get("target")))]
        return (against or decisions or [None])[-1]
    if key == "characterised" and _DECISION_NOUN.search(claim.get("quote", "")):
        who = set()
    elif key == "targetFact" and claim.get("actionType") == "appeal":
        who = set(_listed(claim.get("initiator")))
    else:
        return None
    decisions = [c for c in before if c["type"] == "LegalAction" and c.get("actionType") in COURT_DECISIONS]
    if who:  # prosecutors appealing an acquittal: no decision against them, the act told last stands
        decisions = [c for c in decisions if who & set(_listed(c.get("target")))]
    if not decisions and _measure_of_order(before[-1]):
        # "ordered Israel to prevent ... X called the ruling a victory": the order, not the measure it holds
        orders = [c for c in before if c["type"] == "LegalAction" and not _measure_of_order(c)]
        return orders[-1] if orders else None
    return decisions[0] if decisions else None


def _measure_of_order(claim: dict) -> bool:
    """Whether a claim is one measure of a court's order (an injunction drafted beside the
    order by :func:`kg.extract.facts.cases.ordered_measures_rules`), not the order."""
    return claim.get("legalActionKind") == "injunction" and claim.get("actionType") == "order" and "subject" in claim


def _about_named_facts(built: list, spans: dict, vocab) -> None:
    """A reaction whose object names a kind of fact ("Guterres welcomed the pledge",
    ``_about_kinds`` = ('pledge', (Support, Gift, Loan))) is about a fact of those kinds
    drafted up to the end of its quote: the last one whose quote holds the noun ("Japan
    pledges $120 million", "the executive order" for "the order"), else the last one; a
    noun of a court's step (:data:`COURT_STEP_NOUNS`: "the verdict") names a legal action
    of that step only, the first told when no quote holds the noun. It
    is written as a fact id under ``about`` (corpus/CLAIMS.md: a fact id under ``about``
    where the text makes a fact the object) and followed as that fact's id changes
    (:func:`_follow_references`). With no such fact the reaction keeps no ``about``:
    nothing is guessed. ``built``: (claim, entities) pairs in text order; ``spans``: id of
    a claim dict -> (start, end) code points of its quote."""
    for claim, _ in built:
        named = claim.pop("_about_kinds", None)
        if not named or "about" in claim:
            continue
        noun, kinds, *strict = named  # strict: the noun names the thing ("the signing of the treaty"): no guess
        end = spans.get(id(claim), (0, 0))[1]
        told = sorted((c for c, _ in built if c is not claim and c["type"] not in BACKGROUND and id(c) in spans
                       and spans[id(c)][0] < end and any(vocab.is_a(c["type"], k) for k in kinds)
                       and c.get("polarity") != "negative"), key=lambda c: spans[id(c)][0])
        fits = COURT_STEP_NOUNS.get(noun.lower(), COURT_STEP_NOUNS.get(noun.lower().rstrip("s")))
        stepped = [c for c in told if c["type"] == "LegalAction" and c.get("actionType") in fits] if fits else []
        if fits and any(c["type"] == "LegalAction" and "actionType" in c for c in told):
            # "condemned the verdict": a sentence or a conviction, never the indictment told last
            told = [c for c in told if not (c["type"] == "LegalAction" and "actionType" in c)
                    or any(c is d for d in stepped)]
        worded = [c for c in told if re.search(rf"\b{re.escape(noun)}", c["quote"], re.IGNORECASE)]
        if strict and not worded:
            continue
        if worded:
            target = worded[-1]
        elif stepped:
            target = stepped[0]  # the court's decision the article leads with
        elif told:
            target = told[-1]
        if told:
            claim["about"] = target["fact"]
            claim["_ref"] = ("about", target)


def _restated_sanctions(built: list, spans: dict) -> list:
    """Drop a sanction of no named authority whose quote lies inside the quote of a
    sanction whose authority is named: the words retell that act ("the United States
    imposed sanctions on Rosneft ..., in the first major sanctions against Moscow"), they
    tell no second one. ``built``: (claim, entities) pairs; ``spans``: id of a claim ->
    the code points its quote covers. Returns the pairs kept, in order."""
    named = [spans[id(c)] for c, _ in built if c["type"] == "Sanction" and id(c) in spans
             and set(_listed(c.get("authority", []))) - {"unnamed authority"}]
    def retold(c: dict) -> bool:
        if c["type"] != "Sanction" or set(_listed(c.get("authority", []))) - {"unnamed authority"} or id(c) not in spans:
            return False
        a, b = spans[id(c)]
        return any(x <= a and b <= y and (x, y) != (a, b) for x, y in named)
    return [(c, used) for c, used in built if not retold(c)]


def _one_regime(built: list) -> None:
    """Sanctions on a state and sanctions on its government told in one article ("the
    junta has been the subject of Western sanctions", "sanctions facing both countries")
    are one sanctions regime, as analysts record them: a claim on the state alone, with
    no authority named or the same one, takes the id of the one fact on a government of
    that state (``of`` in the registry). Nothing changes when two such facts compete."""
    regimes: dict[str, set[str]] = {}  # state id -> facts whose target is a government of it
    authority: dict[str, set[str]] = {}  # fact id -> its authorities
    for claim, used in built:
        if claim["type"] != "Sanction":
            continue
        targets = set(_listed(claim.get("target", [])))
        for e in used:
            if e.id in targets and e.type in ("Government", "MilitaryGovernment") and e.state:
                regimes.setdefault(e.state, set()).add(claim["fact"])
        authority.setdefault(claim["fact"], set()).update(_listed(claim.get("authority", [])))
    for claim, used in built:
        target = _listed(claim.get("target", [])) if claim["type"] == "Sanction" else []
        states = [e for e in used if e.id in target and e.type == "State"]
        if len(target) != 1 or len(states) != 1 or len(regimes.get(states[0].id, ())) != 1:
            continue
        regime = next(iter(regimes[states[0].id]))
        own = set(_listed(claim.get("authority", []))) - {"unnamed authority"}
        if not own or own <= authority[regime]:
            claim["fact"] = regime


#: Dependencies of a word that modifies a noun after it ("the *Afghan* side", "of *UK* export
#: finance"): a clause's quote that ends on one is cut inside the phrase. A possessor
#: ("Russia's") is a whole phrase of its own, and a title's quote is its own words.
NOUN_MODIFIERS = {"amod", "compound", "det", "nummod"}


def _quote(f: Fact, sp: Speech, cx: Context, roles: dict) -> tuple[str, int]:
    """The shortest span of the text that states the fact: the trigger's clause (without
    clauses joined to it by 'and' or set beside it) holding its participants and the
    words of its attributes, cut from the text by token offsets. A statement's own
    quote holds its speaker; another fact's quote does not repeat who reported it, but
    holds the verb that makes it requested or hoped (``sp.frame``)."""
    doc = cx.doc
    toks = set(f.tokens)
    anchor = f.trigger if f.trigger is not None else doc[min(f.tokens)]
    sent = anchor.sent
    if f.trigger is not None:
        toks.add(f.trigger.i)
    if sp.frame is not None and doc[sp.frame].sent == sent:
        toks.add(sp.frame)  # "called on Peru to release the prisoners": the request is part of what is claimed
    in_sentence = cx.mentions_in(sent.start, sent.end)
    for es in roles.values() if f.clause else ():  # a phrase fact (a title before a name) is its own words
        for e in es:
            near = [m for m in in_sentence if e in m.entities]
            if near:
                m = min(near, key=lambda m: abs(m.start - anchor.i))
                toks |= set(range(m.start, m.end))
    if f.clause and f.trigger is not None and cx.has_parser and f.trigger.pos_ in ("VERB", "AUX"):
        clause = _clause(f.trigger, f.said)
        if not f.said and not f.statement:
            clause -= _remark_on(f.trigger, clause, toks, doc, cx.text)
        toks |= clause
        if f.said and f.trigger.dep_ == "relcl" and any(
                t.tag_ in ("WDT", "WP") or t.lower_ == "that" for t in f.trigger.subtree if t.i < f.trigger.i):
            # "a modest gain that critics note is well under ...": what they say is of the
            # noun the relative clause hangs on, so the quote starts with that noun's phrase
            head = f.trigger.head
            toks |= set(range(head.left_edge.i, head.i + 1))
    toks = {t for t in toks if sent.start <= t < sent.end} or {anchor.i}
    if (f.statement or f.said) and cx.has_parser and f.trigger is not None and _told_beside_act(f.trigger):
        # "closed its border on Monday and told its citizens to leave": the act keeps its own fact
        # and quote; what was told is the conjunct alone, its speaker the shared subject
        toks = {t for t in toks if t >= f.trigger.left_edge.i} or {f.trigger.i}
    if len(toks) == 1 and cx.has_parser and doc[anchor.i].pos_ in ("NOUN", "PROPN"):
        # a lone noun ("referendum") states no fact: the clause of the verb it hangs on, its actor and act
        verb = next((a for a in doc[anchor.i].ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            toks |= {t for t in _clause(verb) | {verb.i} if sent.start <= t < sent.end}
    lo, hi = min(toks), max(toks)
    while f.clause and cx.has_parser and doc[hi].dep_ in NOUN_MODIFIERS and hi < doc[hi].head.i < sent.end:
        hi = doc[hi].head.i  # "... and the Afghan": a quote ends on a phrase's noun, never on its modifier
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    text = cx.text
    start = max(start, dateline_end(text, sent.start_char))  # a quote starts at the sentence's own first word
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    start, end = balance_quotes(text, start, end)  # never half a quotation: '...yours," he told Putin'
    return text[start:end], start


def _told_beside_act(verb) -> bool:
    """Whether ``verb`` (a parsed verb of saying) is joined by 'and' to a verb of another
    act whose subject it shares ("Thailand closed its border ... and told its citizens to
    leave"): the act before it is a fact of its own, not part of what was said. A verb of
    saying, alleging, denying or asking before it ("denied that ... and dismissed") is
    words of the same speaker, quoted together."""
    head = verb.head
    words = rules.SAY_VERBS | set(rules.STATEMENT_VERBS) | SPEECH | ALLEGE | DENY | REQUEST_VERBS
    # (the act in a main clause: "denied that Chile supported X and dismissed Y" joins 'dismissed' to a reported verb)
    return verb.dep_ == "conj" and head.pos_ == "VERB" and head.i < verb.i and head.lemma_ not in words and \
        head.dep_ in ("ROOT", "conj") and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _remark_on(verb, clause: set[int], toks: set[int], doc, text: str) -> set[int]:
    """The tokens of ``clause`` inside a quotation that the parser hangs on the act's own
    verb or on a participant's words from outside it, holding none of the fact's words (``toks``): 'Ukraine called the
    failure to arrest Putin "a heavy blow to the court"' gives "a heavy blow" to 'arrest',
    or to 'Putin' as an apposition, but it is Ukraine's remark on the act, no part of it.
    A quotation inside a phrase of the act ('impeached him for "desertion of duty"') stays.
    ``text`` is ``doc.text``, read once by the caller (spaCy rebuilds it on each access)."""
    out: set[int] = set()
    for o, e in _quotations(text):
        if o <= verb.idx < e:
            continue
        inside = {t for t in clause if o <= doc[t].idx < e}
        if not inside or inside & toks:
            continue
        roots = [t for t in inside if not o <= doc[t].head.idx < e]
        if roots and all(doc[t].head.i == verb.i or doc[t].head.i in toks for t in roots):
            out |= inside
    return out


#: Nouns of a means or capacity whose infinitive says what it is for ("the tools to
#: normalise the situation", "the power to veto"): part of what a speaker says it has.
CAPACITY_NOUNS = {"tool", "means", "power", "ability", "capacity", "authority", "resource", "mandate", "instrument",
                  "leverage", "strength", "money", "fund"}


def _clause(verb, said: bool = False) -> set[int]:
    """The token indices of a verb's own clause: its subtree without the clauses
    coordinated with it or set beside it, nor the relative clauses of its phrases, which
    say more than the fact. For a verb of saying (``said``) what it reports is whole:
    the infinitive a noun of its complement takes stays ("said it reserved the right to
    take all measures": a right to what), as does a that-clause on a noun and the
    infinitive of a pronoun ("said it had nothing to do with the cables"), and so does a
    relative clause or participle that restricts its noun with no comma ("the end of a long
    road travelled by A and B", "all measures permitted under international law")."""
    out = {verb.i}
    for c in verb.children:
        if c.dep_ in ("conj", "cc", "parataxis", "punct", "advcl"):
            continue
        toks = {t.i for t in c.subtree}
        for t in c.subtree:
            if said and t.dep_ == "acl" and t.head.pos_ == "NOUN" and \
                    any(a.dep_ in ("aux", "mark") and a.lower_ in ("to", "that") and a.i < t.i for a in t.children):
                continue  # a noun's complement ("the right to take", "the claim that ..."), no relative clause
            if said and t.dep_ == "relcl" and (t.head.lemma_.lower() in CAPACITY_NOUNS or t.head.pos_ == "PRON") and \
                    t.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == t.i - 1 for a in t.children):
                # "had the tools to normalise the situation": what the means are for; "had nothing to do
                # with the cables": the infinitive is what the pronoun says, not a relative clause on it
                continue
            if said and (t.dep_ == "relcl" or t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN")) and _restrictive(t):
                # "would not accept any transaction that affects its sovereignty", "the end of a long road
                # travelled by A, B and C", "all measures permitted under international law": the clause
                # or participle says which, and what is said of the noun holds only with it
                continue
            if t.dep_ in ("relcl", "acl") and t.i != c.i and t.i in toks:
                toks -= {x.i for x in t.subtree}
        out |= toks
    return out


def _restrictive(clause) -> bool:
    """Whether the relative clause whose verb is ``clause`` restricts its noun (no comma,
    dash or bracket sets it off: "any transaction that affects its sovereignty", "people
    who endanger national security"), so that what is said of the noun is said only of
    those it picks out; a clause set off ("Chris Tang, who introduced the bill,") only
    adds to what is said, and an infinitive ("measures to protect its people") is no
    relative clause."""
    first = clause.left_edge
    if clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False  # "all measures to protect its people": what the measures are for, no relative clause
    return first.i > 0 and first.doc[first.i - 1].text not in (",", "-", "–", "—", "(", ";", ":") and \
        first.i > clause.head.i


def _occurrence(text: str, quote: str, start: int) -> int | None:
    """Which occurrence of ``quote`` starts at ``start`` (1-based), when there are several."""
    found, i = [], text.find(quote)
    while i >= 0:
        found.append(i)
        i = text.find(quote, i + 1)
    return found.index(start) + 1 if len(found) > 1 else None
