"""Claims files: what an analyst says an article reports, in terms of the ontology,
each claim quoting the article verbatim. The format is documented in
``corpus/CLAIMS.md``.

Reading a claims file resolves every name to a registry entity, every controlled
value to its ontology individual, and every quote to its code-point offsets in the
article text; anything that does not check out is an :class:`~kg.errors.InputError`
naming the file, the claim and the problem. All problems of a file are reported
together.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import math
import re
import shlex
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from kg.attribution import _MENTIONS_UNNAMED, QUALIFIED_FIELDS, UNNAMED_OF_FIELDS, Unnamed, parse_unnamed, qualified_role_triples
from kg.corpus import (DEFAULT_CORPUS, MAX_YAML_BYTES, Article, _check_file, article_from_entry, corpus_here, line_of,
                       load_article, load_yaml)
from kg.entities import Entity, EntityRegistry, load_registry_entries, normalise
from kg.errors import InputError, InputErrors, brief, close_matches, scored_matches
from kg.namespaces import FACT, GKG, PROV, RDF, RDFS, SKOS, XSD, claim_iri, digest, entity_iri, fact_iri
from kg.ontology import STATEMENT_KEYS, Key, Vocabulary, class_alt_labels, parse_ontology, vocabulary
from kg.periods import (add_duration, date_problem, done_date_after_publication, duration_is_approximate, first_day, is_relative_period, is_soon,
                        last_day,
                        parse_date, written_date_as_iso,
                        parse_duration, parse_duration_bounds, parse_period, parse_period_ahead, parse_relative_period,
                        parse_time_of_day)
from kg.quantities import QuantityError, number_in_words, parse_amount, parse_change, parse_count

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: Words naming a health alert rather than a state of emergency (a reader hint only).
_HEALTH_ALERT = re.compile(r"\b(public health emergenc|health emergenc|pheic|epidemic|pandemic|outbreak)", re.I)
#: Words naming a regulator's authorisation of a product rather than a decree (a reader hint only).
_PRODUCT_AUTHORISATION = re.compile(r"\b(emergency use (listing|authori[sz]ation)|marketing authori[sz]ation|"
                                    r"prequalification|(approv\w*|authori[sz]\w*) (of )?(the )?(\w+ )?(vaccines?|drugs?|medicines?))",
                                    re.I)
#: A kind a newcomer reaches for whose words name another kind: (type written, keys read,
#: the words, the message pointing to the right form).
_WRONG_KIND_HINTS = (
    # 'declared the outbreak a public health emergency of international concern': a health
    # body's alert suspends no rights; a state of emergency is another kind.
    ("EmergencyRule", ("description", "title", "subject"), _HEALTH_ALERT,
     "a health body's declaration of a health emergency (a public health emergency of international concern, an "
     "epidemic declared) is type: HealthEmergencyDeclaration (declaredBy, aboutFact: <the outbreak's fact id>, place, "
     "legalBasis); EmergencyRule is a state of emergency or martial law"),
    # 'started the process of emergency use listing for the two mpox vaccines': a regulator's
    # listing of a product, with its own status, not a decree.
    ("ExecutiveAction", ("description", "actionType", "subject"), _PRODUCT_AUTHORISATION,
     "a regulator's authorisation of a product (an emergency use listing, a vaccine or drug approved) is type: "
     "ProductAuthorisation (issuedBy: <the regulator>, product: <a MedicalProduct of the registry> or item: <words>, "
     "disease, description: emergency use listing, status: opened, issued, refused, suspended or revoked)"),
)
#: A claim's fact id in YAML text, block ('fact: x') or flow ('{..., fact: x, ...}') style.
FACT_LINE = re.compile(r"(?:^|[\s{,])fact:\s*['\"]?([a-z0-9]+(?:-[a-z0-9]+)*)['\"]?\s*(?:[,}#]|$)", re.MULTILINE)
CLAIM_FIELDS = {"id", "fact", "type", "quote", "occurrence", "modality", "said_by", "said_on", "via", "note", "hedged",
                "likelihood",
                "polarity", "review", "denies", "doubts", "said_in", "grounds", "anonymity", "said_repeatedly",
                "confirmed_by", "said_at", "said_to", "said_partOfDay", "said_partOfMonth", "translation"}
#: Claim fields of the saying itself, each text and needing said_by: the medium or
#: occasion it was said in, the reason its speakers give, why the article leaves
#: them unnamed, how they kept saying it ('which Moscow had always denied') and the
#: part of the day or of the month they said it in ('said on the night of the coup', 'late
#: last month') (gkg:saidIn, gkg:grounds, gkg:anonymityReason, gkg:saidRepeatedly,
#: gkg:saidPartOfDay, gkg:saidPartOfMonth).
SAYING_FIELDS = {"said_in": "saidIn", "grounds": "grounds", "anonymity": "anonymityReason",
                 "said_repeatedly": "saidRepeatedly", "said_partOfDay": "saidPartOfDay",
                 "said_partOfMonth": "saidPartOfMonth"}
#: The steps of gkg:Likelihoods from least to most probable, the order a refusal lists them in.
_LIKELIHOOD_ORDER = ["almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely",
                     "almost certain"]
NOT = "not"  # {not: M23}: the actor the text says had no part in this role of the fact
AMONG = "among"  # {actor: unnamed representatives of 11 countries, among: 8 unnamed heads of state}
GROUP = "group"  # {group: algerian-officials}: unnamed actors named once under the file's 'groups'
SHARE = "share"  # {actor: Chad, share: most}: the part of the fact's figure this value of the role takes
#: The roles whose values may take a share of the fact's count or amount ('most of them
#: to Chad and Egypt'): where people or goods go or come from, and who receives them;
#: and whose symbol part of a crowd displayed ('some waving Russian flags').
SHARED_ROLES = frozenset({"destination", "origin", "recipient", "supported", "beneficiary", "importer", "exporter",
                          "displayedSymbolOf"})
#: - {id: algerian-officials, actor: 12 unnamed officials, of: Algeria}; 'among' gives its parts as in a role
#: ({id: crew, actor: 24 unnamed crew members, among: [{actor: 23 unnamed crew members, of: India}, ...]}).
GROUP_FIELDS = {"id", "actor", "of", "for", "among", "kinOf"}
KIN = "kinOf"  # {id: bazoum-family, actor: unnamed family members, kinOf: Mohamed Bazoum}
# a dated status: {status: ratified, date: 2023-03, party: Hungary}; where and how it was
# reached: {status: appointed, place: Bellevue Palace, manner: formally}; its own words:
# {status: approved, description: without further changes}; how soon a requested fact was
# asked to take effect: {status: requested, party: South Africa, delay: immediately}
#: Keys of a fact's victims, whose unnamed actors may carry the place they were hit in
#: ({actor: more than 3760 unnamed people, in: Lebanon}: gkg:victimsPlace).
_VICTIM_KEYS = ("killedPeople", "woundedPeople")
STAGE_FIELDS = {"status", "date", "time", "party", "place", "manner", "description", "outcome", "delay", "duration", "after",
                "elapsed", "medium", "recipient", "partOfDay", "modality", "cancelled"}
#: The modalities a dated step may have of its own ('a signing planned for 28 February'),
#: each saying the step has not taken place; how the claim presents the rest stays its own.
STAGE_MODALITIES = ("planned", "requested", "hoped", "considered", "predicted")
RESULT_FIELDS = {"candidate", "option", "votes", "share", "counted", "place", "rank"}  # {candidate: X, votes: 5150092, share: 51.2}
COUNT_FIELDS = {"quantity", "of"}  # counts: [{quantity: 1562238, of: voters}, {quantity: more than 240000, of: voters abroad}]
#: The least and greatest value of a number key that cannot take every number: a count
#: or a size is never negative (0 is one: 'none of the 12 jets', 'no one was killed'),
#: a place in a series or a ranking starts at 1, a share in percent runs from 0 to 100,
#: a ratio ('three times') is above 0. Signed keys (changePercent, rateChange) are not here.
NUMBER_RANGES = {
    **{name: (0, None) for name in (
        "quantity", "totalQuantity", "years", "killed", "wounded", "missing", "displaced", "criticallyWounded",
        "hospitalised", "seats", "marginVotes", "affectedCount", "notVoting", "votesFor", "votesAgainst",
        "abstentions", "votesNeeded", "capacityMW")},
    **{name: (1, None) for name in ("ordinal", "anniversary", "rank", "rankFromBottom", "totalSeats")},
    **{name: (0, 100) for name in ("share", "deliveredShare", "marginShare")},
}
#: Keys above 0, not from it.
_ABOVE_ZERO = ("ratio",)
#: A part of a set in words, no number: counts: [{share: most, of: accusations made without any argument}].
COUNT_SHARE_FIELDS = {"share", "of"}
# date: {after: other-fact-id, delay: more than 6 hours}; 'before the summit' gives no delay;
# 'during the visit' is {during: other-fact-id}, never with a delay.
RELATIVE_FIELDS = ({"after", "delay"}, {"before", "delay"}, {"after"}, {"before"}, {"during"})
#: Each form may also name the stage of the other fact it counts from ('two days after the
#: veto' of a law: {after: <the law>, stage: vetoed, delay: two days}; gkg:relativeStage).
RELATIVE_FIELDS += tuple(f | {"stage"} for f in RELATIVE_FIELDS)
CONTEXT = 32  # characters of prefix and suffix kept in a TextQuoteSelector
KEY_CUTOFF = 80  # RapidFuzz similarity (0-100) a key must reach to be offered for an unknown one
QUOTE_SHOWN = 600  # characters of a quote shown in a message: whole sentences, to compare

#: Nearness without a figure, as news words it: 'near', 'close to', 'just outside', 'on the
#: outskirts of'; written under distance (with distanceFrom) and kept as gkg:proximity.
_PROXIMITY = re.compile(r"^\s*(?:near|nearby|close to|not far from|just outside|outside|on the outskirts of|"
                        r"in the vicinity of|a short distance from|off|next to|beside|adjacent to|alongside|"
                        r"opposite|across from|a stone's throw from)\s*$", re.IGNORECASE)

#: Value kinds read by one parser into one typed literal: the parser, what the value is
#: called in a refusal, and how to write it.
_LITERAL_KINDS = {
    "duration": (parse_duration, "duration", "write '27 years', '10 days', 'about three hours', ISO 8601 such as P27Y, "
                 "a bound ('more than ten years'), or the text's words without a figure ('for years', 'decades', "
                 "'long', 'for some time')"),
    "time": (parse_time_of_day, "time of day",
             "write it as HH:MM, quoted, with its offset from UTC where the article gives one ('08:00+03:00' "
             "for 8 a.m. Moscow time, '05:00Z' for GMT), else as the article gives it ('23:30', the local time of the "
             "fact's place, with no offset made up)"),
}

#: A date known only as the latest it happened by ('by 2023-11-01', 'no later than 2024').
_BY_DAY = re.compile(r"^\s*(?:by|no later than|not later than)\s+(\d{4}(?:-\d{2}){0,2})\s*$", re.IGNORECASE)
#: A date known only as the earliest it happens on ('as soon as 2024-12-06' for "as soon as
#: Friday", 'not before 2025-01', a start 'not before the early 2030s'): on the first day
#: of that date or period or later, the latest unknown; 'after 2030' from the day after
#: it. A start or end so bounded ('gas would not flow before the early 2030s': startDate:
#: not before the early 2030s) is its earliest bound, as 'by 2014' is its latest.
_FROM_DAY = re.compile(r"^\s*(as soon as|as early as|not before|no earlier than|not earlier than|after)\s+"
                       r"(.+?)\s*$", re.IGNORECASE)
#: A start written with its preposition ('from the early 2030s', 'from 2025-03-01'): the
#: date or period it began in, as without the word.
_FROM_START = re.compile(r"^\s*(?:from|starting|beginning)\s+(.+?)\s*$", re.IGNORECASE)
#: A figure written with a word for its scale ('6.27 million'): rounded, so approximate.
_SCALE_WORD = re.compile(r"\b(?:thousand|million|billion)\b", re.IGNORECASE)

#: A bounded time of day: 'after 01:00+02:00' (earliest), 'not before', 'from'; 'before',
#: 'not after', 'by', 'until' (latest).
_TIME_FROM = ("after", "not before", "from")
_TIME_BOUND = re.compile(r"^\s*(?:(?:shortly|just|soon)\s+)?(after|not before|from|before|not after|by|until)\s+(\S+)\s*$",
                         re.IGNORECASE)
#: Midnight at the end of a day, as ISO 8601 allows it ('24:00', '24:00:00+07:00'), or in words.
_MIDNIGHT = re.compile(r"^\s*(?:24:00(?::00)?(?:Z|[+-]\d\d:\d\d)?|midnight)\s*$", re.IGNORECASE)
#: An approximate time of day: 'about 04:30+09:00', 'around', 'roughly', 'approximately'.
_TIME_ABOUT = re.compile(r"^\s*(?:about|around|roughly|approximately|some time around)\s+(\S+)\s*$", re.IGNORECASE)

#: Names and versions of drafting software, as IRIs take them (PEP 440 and SemVer
#: versions fit: digits, letters, '.', '+', '-', '_').
_SOFTWARE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_SOFTWARE_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$")
REVIEWED = GKG + "Reviewed"


def _speakers_as_said_by(speakers):
    """A Statement's ``speaker`` value (a name, a mapping or a list of them) written as
    ``said_by``, whom the claim attributes the words to: the same actors, without the
    party each speaks for (``{actor: Lin Jian, for: China}`` gives ``Lin Jian``), which
    stays on the speaker role; ``said_by`` takes ``for`` of unnamed actors only. A group
    of the file or unnamed actors with whose they are keep their mapping."""
    if isinstance(speakers, list):
        return [_speakers_as_said_by(one) for one in speakers]
    if isinstance(speakers, dict) and "for" in speakers:
        rest = {k: v for k, v in speakers.items() if k != "for"}
        return rest["actor"] if set(rest) == {"actor"} else rest
    return speakers


@dataclass(frozen=True)
class Extractor:
    """The software that drafted a file's claims (a ``prov:SoftwareAgent``): its name,
    such as ``kg-rules``, and its version."""

    name: str
    version: str


@dataclass(frozen=True)
class Quote:
    """A verbatim span of the article: the evidence of a claim."""

    exact: str
    start: int  # Unicode code points from the start of the text
    end: int
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Claim:
    """One claim of a claims file, resolved: ``values`` are (key, RDF term) pairs of
    the fact; ``said_by`` the speakers the article attributes it to (registry entities,
    or :class:`~kg.attribution.Unnamed` with the node minted for them); ``said_on``
    the date they said it (xsd:date, gYearMonth or gYear literal, or None); ``via`` the
    outlet relaying it, in the same form; ``hedged`` whether the article hedges it;
    ``likelihood`` the IRI of the gkg:Likelihood its speakers give it (None where
    they give none); ``polarity`` the IRI of gkg:Negative when the claim says the fact does not hold
    (gkg:Positive when the file says so explicitly; None by default, read as
    positive); ``extra`` the triples that describe structured values (amounts, stages,
    unnamed actors, qualified roles); ``denies`` the IRIs of the keys a partial denial
    is confined to (empty: a denial covers the whole fact; the claim's other keys are
    what its speakers grant); ``doubts`` the IRIs of the keys whose values its
    speakers hedge or doubt (kept with the claim, not given to the fact)."""

    article: str
    id: str
    fact: str
    type: str
    values: tuple[tuple[Key, ox.NamedNode | ox.Literal], ...]
    modality: str
    quotes: tuple[Quote, ...]
    said_by: tuple[tuple[ox.NamedNode, Entity | Unnamed], ...] = ()
    said_on: ox.Literal | None = None  # when the speakers said it (dcterms:date of the claim)
    #: a fact the speakers said it after, before or during, where the text dates the
    #: saying by it ('said after the hearing'): (gkg property local name, fact IRI)
    said_relative: tuple[tuple[str, ox.NamedNode | ox.Literal], ...] = ()
    via: tuple[ox.NamedNode, Entity | Unnamed] | None = None
    note: str | None = None
    entities: tuple[Entity, ...] = ()
    hedged: bool = False
    #: how probable the speakers say the fact is ('undoubtedly'): the IRI of a
    #: gkg:Likelihood (ICD 203's words of estimative probability), or None
    likelihood: str | None = None
    extra: tuple[tuple, ...] = ()
    review: str = REVIEWED  # the gkg:ReviewStatus IRI; a hand-written claim is reviewed
    drafted_by: Extractor | None = None  # set when the claim was drafted by software
    polarity: str | None = None
    denies: tuple[str, ...] = ()
    doubts: tuple[str, ...] = ()  # IRIs of the keys whose values the speakers doubt ('possibly not in Muscat')
    saying: tuple[tuple[str, str], ...] = ()  # (gkg property local name, text): said_in, grounds
    #: who or what confirmed what the claim says, as said_by's speakers are read ('a U.S.
    #: maritime patrol aircraft later confirmed': an unnamed aircraft of the United States)
    confirmed_by: tuple[tuple[ox.NamedNode, Entity | Unnamed], ...] = ()
    #: the place of the registry where the speakers said it ('said at the White House'):
    #: gkg:saidAt on the claim
    said_at: ox.NamedNode | None = None
    #: whom the speakers said it to ('told the House of Commons'): gkg:saidTo on the claim
    said_to: tuple[ox.NamedNode, ...] = ()
    #: the line of the claim in its file, and of each of its keys there ((key, line)
    #: pairs), for warnings that name them; not part of what the claim says
    line: int | None = field(default=None, compare=False)
    key_lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)


@dataclass
class ClaimsFile:
    path: Path
    article: Article
    claims: list[Claim] = field(default_factory=list)


def locate(text: str, quote: str, occurrence: int | None) -> list[int]:
    """Start offsets of ``quote`` in ``text``; the one asked for if ``occurrence`` is set.

    >>> locate("a b a b", "a b", None)
    [0, 4]
    >>> locate("a b a b", "a b", 2)
    [4]
    """
    starts, i = [], text.find(quote)
    while i >= 0:
        starts.append(i)
        i = text.find(quote, i + 1)
    if occurrence is not None:
        return starts[occurrence - 1 : occurrence] if 0 < occurrence <= len(starts) else []
    return starts



def comma_split_quote(items: list, text: str) -> str | None:
    """The passage of ``text`` that consecutive items of a quote list ``items`` (several
    quotes, as YAML read them) make when joined again by ", ", where one of them is no
    quote on its own (not text, or not found exactly once in ``text``): an unquoted flow
    list split at its commas (``quote: [Hasina, 76, resigned]`` for "Hasina, 76,
    resigned"), the longest such run; else None. Items YAML read as numbers or dates
    count by their text. A list of separate passages, each found once, is None.

    >>> comma_split_quote(["Ada Vell", 61, "resigned"], "Ada Vell, 61, resigned on Monday; Ada Vell left")
    'Ada Vell, 61, resigned'
    >>> comma_split_quote(["Vell left", "Ada Vell", 61], "Ada Vell, 61. Vell left")
    'Ada Vell, 61'
    >>> comma_split_quote(["Ada Vell resigned", "on Monday"], "Ada Vell resigned, then on Monday left") is None
    True
    """
    if len(items) < 2 or any(isinstance(x, (list, dict)) or x is None for x in items):
        return None
    words = [str(x).strip() for x in items]
    lone = [isinstance(x, str) and len(locate(text, x, None)) == 1 for x in items]
    best = None
    for i in range(len(words)):
        for j in range(len(words), i + 1, -1):
            joined = ", ".join(words[i:j])
            if not all(lone[i:j]) and joined in text:
                if best is None or len(joined) > len(best):
                    best = joined
                break
    return best


@functools.cache
def _cluster():
    """The pattern of an extended grapheme cluster (Unicode Standard Annex #29), what a
    reader sees as one character: a letter with its combining accents, an emoji with
    its skin tone... Compiled on first use: ``regex`` costs a command that reads plain
    text 10-30 ms to import."""
    import regex

    return regex.compile(r"\X")


_WINDOW = 256  # code points looked back for a cluster boundary when no line break is nearer


def grapheme_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest span of whole grapheme clusters (UAX #29) that holds
    ``text[start:end]``, in code points. Clusters are found from the last line break
    before ``start`` (a cluster always ends there) or, failing one, from
    :data:`_WINDOW` code points before it.

    >>> grapheme_span("cafe\u0301 noir", 0, 4)
    (0, 5)
    """
    def widen(i: int, left: bool) -> int:
        if i <= 0 or i >= len(text):
            return i
        # Between two code points below U+0300 (no combining marks, joiners or regional
        # indicators) UAX #29 breaks everywhere but inside CR LF (GB3, GB999).
        if text[i - 1] < "\u0300" and text[i] < "\u0300" and text[i - 1 : i + 1] != "\r\n":
            return i
        lo = text.rfind("\n", max(0, i - _WINDOW), i)
        lo = lo + 1 if lo >= 0 else max(0, i - _WINDOW)
        for m in _cluster().finditer(text, lo, min(len(text), i + _WINDOW)):
            if m.start() <= i < m.end():
                return i if m.start() == i else (m.start() if left else m.end())
        return i

    return widen(start, True), (end if end == start else widen(end, False))




def near_key(word: str, keys) -> list[str]:
    """The claim key (of ``keys``) closest to the unknown ``word``, in a list of at most
    one, for a "did you mean" hint: compared without case, '_' or '-' ('host_state'
    finds 'hostState'), scored by RapidFuzz's normalised Indel similarity
    (``fuzz.ratio``, 0-100) and offered only from :data:`KEY_CUTOFF` up. Not WRatio, as
    for entity names: it scores a short word found inside a longer key as a match
    ('from' for 'rankFromBottom').

    >>> near_key("host_state", ["host", "hostState"]), near_key("loser", ["observer"])
    (['hostState'], [])
    >>> near_key("endedby", ["examinedBy", "endedBy"]), near_key("from", ["rankFromBottom"])
    (['endedBy'], [])
    """
    from rapidfuzz import fuzz, process

    def fold(s: str) -> str:
        return "".join(ch for ch in s.casefold() if ch.isalnum())
    folded = {fold(k): k for k in keys}
    best = process.extractOne(fold(word), list(folded), scorer=fuzz.ratio, score_cutoff=KEY_CUTOFF)
    return [folded[best[0]]] if best else []


@functools.cache
def _key_words() -> dict[str, str]:
    """The claim keys by the words the ontology names them with (rdfs:label and
    skos:altLabel, compared without case, spaces or punctuation): 'veto' and 'vetoed by'
    to 'vetoedBy'."""
    keys = {k.iri: k.name for k in vocabulary().keys.values()}
    words = {}
    for t in parse_ontology():
        if t.subject.value in keys and t.predicate.value in (RDFS + "label", SKOS + "altLabel"):
            words.setdefault("".join(ch for ch in t.object.value.casefold() if ch.isalnum()), keys[t.subject.value])
    return words


def key_named(word: str) -> list[str]:
    """The claim key the ontology names ``word`` (its label or an alternative label),
    or spelt near one of those (:func:`near_key`), in a list of at most one, for a "did
    you mean" hint where no key is spelt near it.

    >>> key_named("veto"), key_named("vetoed by"), key_named("task"), key_named("nothing")
    (['vetoedBy'], ['vetoedBy'], ['mandate'], [])
    """
    words = _key_words()
    found = words.get("".join(ch for ch in word.casefold() if ch.isalnum()))
    if found is None:
        # Spelt near a label or an alternative label ('transit countries').
        found = next((words[w] for w in near_key(word, words)), None)
    return [found] if found else []


#: Head words of a key named "<noun> number" ('packageNumber', 'round_no', 'sessionNr'):
#: the number that says which one of a series it is (gkg:ordinal, Wikidata series
#: ordinal P1545), not how many (gkg:counts), which is "number of" (:func:`key_meant`).
_WHICH_ONE = frozenset({"number", "no", "nr", "num", "ordinal"})


def key_meant(word: str, ftype: str, vocab: Vocabulary) -> list[str]:
    """The key of a fact of class ``ftype`` that an unknown key ``word`` stands for, in
    a list of at most one, for a "did you mean" hint: offered from the keys the class
    takes (rdfs:domain), by meaning before spelling. Meaning: a word of ``word`` (its
    camelCase parts) is a key's label or other name (skos:altLabel), or a word or
    inflection of one ('accused', an other name of ``target``), a key particular to the
    class (:meth:`Vocabulary.keys_for`) before one of every fact; a compound whose head
    (its last word) is 'number' ('packageNumber', 'round_no') is which one of a series,
    ``ordinal`` (:data:`_WHICH_ONE`); on a statement, a key a
    statement writes otherwise is offered as it writes it (:data:`STATEMENT_KEYS`:
    ``target`` as ``about``). Spelling: :func:`near_key` over the class's keys and the
    claim's own fields. A class the ontology lacks is matched against every key
    (:func:`near_key`, then :func:`key_named`), as before its type is known.

    >>> key_meant("accused", "Accusation", vocabulary()), key_meant("accused", "Espionage", vocabulary())
    (['about'], ['spy'])
    >>> key_meant("lender_bank", "Loan", vocabulary()), key_meant("spyy", "Accusation", vocabulary())
    (['lender'], [])
    >>> key_meant("packageNumber", "Sanction", vocabulary()), key_meant("numberOfPackages", "Sanction", vocabulary())
    (['ordinal'], ['counts'])
    """
    from kg.lookup import _STOP, _score, _words, terms

    if ftype not in vocab.fact_types:
        return near_key(word, [*vocab.keys, *CLAIM_FIELDS]) or key_named(word)
    statement = vocab.is_a(ftype, "Statement")
    own = {k.name for k in vocab.keys.values() if vocab.applies(k, ftype)}
    particular = set(vocab.keys_for(ftype))
    # 'reopenedOn': 'on' names no key.
    words = [w for w in _words(re.sub(r"(?<=[a-z])(?=[A-Z])|[_-]+", " ", word)) if w not in _STOP]
    # A compound's head is its last word: 'package number' is which package, one of a
    # series (ordinal), where 'number of packages' is how many (counts, quantity).
    if len(words) > 1 and words[-1] in _WHICH_ONE and words[0] not in _WHICH_ONE and "ordinal" in own:
        return ["ordinal"]
    ranked = []
    for t in terms():
        if t.role != "key" or t.name not in own:
            continue
        score = sum(_score(t, w, spelling=False, stems=True) for w in words)
        if score >= 5:  # a word of its names, not only of its definition
            name = STATEMENT_KEYS.get(t.name, t.name) if statement else t.name
            # A key particular to the class before one of every fact: on an Espionage
            # the accused is its 'spy', though 'accused' is also an other name of 'target'.
            ranked.append((t.name not in particular, -score, name))
    if ranked:
        return [min(ranked)[2]]
    return near_key(word, [*(k for k in own if not (statement and k in STATEMENT_KEYS)), *CLAIM_FIELDS])


#: The keys whose value names another key of the fact's kind, one left unfilled or one
#: the article says is in dispute: each with what its refusal says of that key and an
#: example ('toBeDecided: lender').
_UNFILLED_KEYS = {
    "toBeDecided": ("that is still to be settled", "toBeDecided: lender for 'which lenders would take part would be settled'"),
    "undisclosed": ("whose value the source says was not made public",
                    "undisclosed: value for 'the size of the fund has not been disclosed'"),
    "disputed": ("whose value the article itself says is in dispute", "disputed: counts for 'The count remains disputed'"),
}


#: Words of one who stands in for a post's holder ("acting president", "interim prime
#: minister", "caretaker government"): part of the title, no status of the holding.
STANDING_IN = {"acting", "interim", "caretaker"}


def _own_words_hint(key: str, raw, allowed: list[str], informal: str | None = None) -> str:
    """The tail of the refusal of an unknown controlled value ``raw`` under ``key``: for
    a ``position`` that is an informal title the ontology ties to a value (``informal``,
    the label of the value whose skos:hiddenLabel it is: 'humanitarian chief' for
    'under-secretary-general'), or whose last words are an allowed value ('foreign
    minister' ends in 'minister'), how to write it: that value under ``position`` and the
    article's words under ``title``; for any other position, that the words go in
    ``title``; for a ``status`` that says the holder stands in (:data:`STANDING_IN`),
    that the word goes in ``title``. Empty for other keys and for values that are not
    text. Returns a string starting '; ' or ''."""
    if key == "status" and isinstance(raw, str) and raw.strip().lower() in STANDING_IN:
        # corpus/CLAIMS.md, Positions: one who stands in keeps the word in the post's title
        return (f"; {brief(raw)} is no status but part of the post's name: write it in title "
                f"(title: {raw.strip().lower()} president) on the PositionHeld, the post under position")
    if key != "position" or not isinstance(raw, str):
        return ""
    words = raw.strip().lower()
    if words.endswith("secretary of state") and not words.endswith("under secretary of state"):
        # Two posts by one title: a US (or British) Secretary of State heads a department,
        # a French, Italian or Tunisian one is attached to a minister (gkg:JuniorMinister).
        return (f"; for {brief(raw)} write position: minister where the secretary of state heads a department "
                f"(the US Secretary of State), position: junior minister where they are attached to a minister "
                f"('Secretary of State to the Minister of Foreign Affairs'), with the article's words in title: "
                f"{raw.strip()}")
    near = informal or max((a for a in allowed if words.endswith(" " + a.lower())), key=len, default=None)
    if near is not None:
        return (f"; for {brief(raw)} write position: {near} with the article's words in title: {raw.strip()} "
                f"(the title keeps what the post is, position the kind of post)")
    return (f"; the article's own words for the post go in title: {raw.strip()}, beside the nearest of these "
            f"under position")


def _a(noun: str) -> str:
    return ("an " if noun[0] in "AEIOU" else "a ") + noun


def _unnamed_words(raw) -> bool:
    """Whether ``raw`` reads as unnamed actors ('unnamed people of Zambia', '12 officials')."""
    try:
        return isinstance(raw, str) and parse_unnamed(raw) is not None
    except QuantityError:
        return True


def _gazetteer_entry(name: str) -> str:
    """For an unknown name that is a state of the drafting gazetteer
    (``kg/extract/world.yaml``), the registry entry to paste, in the words of a message:
    "; Hungary is a state: its entry is - {id: hungary, type: State, label: Hungary,
    wikidata: Q28}" (a draft of an article naming it proposes the same); else ''."""
    from kg.extract.gazetteer import state_entry

    entry = state_entry(name)
    if entry is None:
        return ""
    fields = ", ".join(f"{k}: [{', '.join(v)}]" if isinstance(v, list) else f"{k}: {v}" for k, v in entry.items())
    return (f"; {entry['label']} is a state: its entry is - {{{fields}}} (a draft of an article naming it proposes "
            "it: 'kg add-entities' moves a draft's proposals into the registry)")


def _kind(cls: str) -> str:
    """A class a role takes, as a refusal names it: 'a Person', or for gkg:UnnamedActors
    the form to write them in."""
    return "unnamed ones ({actor: unnamed …, of: <their state or body>})" if cls == "UnnamedActors" else _a(cls)


@dataclass
class _Values:
    """What one claim gives its fact, gathered while reading it."""

    fact: ox.NamedNode
    claim: ox.NamedNode
    values: list = field(default_factory=list)  # (Key, term)
    type: str = ""  # the fact's class, as the claim's 'type' gives it
    entities: list = field(default_factory=list)
    extra: list = field(default_factory=list)  # triples describing structured values

    def add(self, key: Key, term: ox.Term, extra=()) -> None:
        self.values.append((key, term))
        self.extra += extra

    def take(self, node: ox.NamedNode, who: "Entity | Unnamed") -> None:
        """Keep who a speaker, relay or stage names: a registry entity comes along into
        the article's graph; unnamed actors get the triples that describe them."""
        if isinstance(who, Unnamed):
            self.extra += who.triples(node)
        else:
            self.entities.append(who)


class _Reader:
    """Reads one claims file, collecting every problem rather than stopping at the first."""

    def __init__(self, path: Path, registry: EntityRegistry, vocab: Vocabulary):
        self.path = path
        self.registry = registry
        self.vocab = vocab
        self.errors: list[InputError] = []
        self.extractor: Extractor | None = None  # the file's 'extractor', if any
        self.published = None  # the article's publication date, for 'last year', 'in recent years'
        # The day the claim's speakers said it (said_on: YYYY-MM-DD), from which 'soon' and
        # 'within days' count where it is not the article's day; None otherwise.
        self.said_day: dt.date | None = None
        self.ended: dict[str, dt.date] = {}  # fact id: first day of the end a claim writes under endDate
        self.file_facts: set[str] = set()  # the fact ids the file's own claims state
        self._corpus_facts: set[str] | None = None  # those of the other claims files beside it, read when needed
        self.batch_facts: set[str] = set()  # those of the other claims files read by the same command
        # Links to other facts (key as written, fact id, where, whether the key also takes an
        # entity), checked once every claim is read (:meth:`check_links`).
        self.links: list[tuple[str, str, str, bool]] = []
        # The file's named groups of unnamed actors: id -> (node, the triples describing
        # it, the registry entities it names), shared by every claim that uses it.
        self.groups: dict[str, tuple[ox.NamedNode, list, list]] = {}
        # The party a group of the file acts for ('one of his bodyguards': for Haniyeh), by id.
        self.group_for: dict[str, Entity] = {}
        self.failed_facts: set[str] = set()  # the facts of claims refused: the rest can still be checked
        # An unknown fact type, by the claim it was first reported at: the suggestions and the
        # pointer to 'kg vocabulary' are given there once, not again for every claim using it.
        self.unknown_types: dict[str, str] = {}
        # The line of the key whose value is being read, where the YAML gives it, so that a
        # problem of that value alone (an invalid date) is reported at its own line.
        self.key_line: int | None = None
        self.refused_names: set[str] = set()  # the names of the file's own entities refused (normalised)
        # Uses of a refused entity (the name as written, where): consequences of the
        # entry's problem, counted under it rather than reported as problems of their own.
        self.follow_ons: list[tuple[str, str]] = []
        # The file's own entities (under 'entities:'), for a "did you mean" on a name close
        # to one of them: a few names an analyst just wrote, matched less strictly.
        self.inline_ids: list[str] = []

    def at_key(self, where: str, key: str) -> str:
        """``where`` ("claim 'vote' (line 53)") narrowed to the line of the key being read
        (:attr:`key_line`): "claim 'vote', date (line 57)"; ``where`` itself when that line
        is not known or is the claim's own (a claim written on one line, in flow style)."""
        line = re.search(r" \(line ([^)]*)\)$", where)
        if self.key_line is None or line is None or line.group(1) == str(self.key_line):
            return where
        return where[:line.start()] + f", {key} (line {self.key_line})"

    def error(self, problem: str, where: str | None = None) -> None:
        err = InputError(self.path, problem, where)
        if all(str(e) != str(err) for e in self.errors[-20:]):  # say each problem once
            self.errors.append(err)

    def out_of_range(self, name: str, number, where: str) -> bool:
        """Record an error and say so when ``number`` lies outside what key ``name`` can
        hold (:data:`NUMBER_RANGES`): a negative count, a share over 100 percent."""
        low, high = NUMBER_RANGES.get(name, (None, None))
        shown = format(number, "f") if isinstance(number, Decimal) else str(number)
        if name in _ABOVE_ZERO and number <= 0:
            problem = "is not above 0; a ratio (how many times) is"
        elif high is not None and not low <= number <= high:
            problem = f"is {'negative' if number < low else f'over {high}'}; a share in percent runs from {low} to {high}"
        elif low == 0 and number < 0:
            problem = ("is negative; a count or a size is never below 0 (0 for none), and a fall or a loss is said "
                       "by the kind of fact or as a change (changePercent)")
        elif low is not None and number < low:
            problem = f"is below {low}; a place in a series or a ranking, or a chamber's seats, count from {low}"
        else:
            return False
        self.error(f"{name}: {shown} {problem}", where)
        return True

    def said_to(self, raw: dict, where: str, out) -> tuple[ox.NamedNode, ...]:
        """``said_to: House of Commons`` for "Cleverly told the House of Commons": whom a
        claim's speakers addressed its words to, actors of the registry or unnamed ones
        ('told reporters': ``said_to: unnamed reporters``), one or a list, as IRIs for
        gkg:saidTo on the claim; () when the key is absent. Records an error
        (and gives ()) when the claim has no speaker (said_by, or a Statement's speaker)
        or a name is no actor of the registry. A Statement's own addressees stay its
        ``audience``; an occasion in words stays ``said_in``."""
        given = raw.get("said_to")
        if given is None:
            return ()
        if raw.get("said_by") is None:
            self.error("said_to: whom a speaker said it to needs the speaker (said_by), or on a Statement its "
                       "speaker; the article's own words are told to no one", where)
            return ()
        found = []
        for n, name in enumerate(given if isinstance(given, list) else [given]):
            # 'told reporters': addressees the article leaves unnamed are minted per claim,
            # as a speaker's unnamed sources are (gkg:UnnamedActors).
            who = self.actor(name, where, "said_to", "Actor", f"{out.claim.value}_addressee{n}")
            if who is not None:
                found.append(who[0])
                out.take(*who)
        return tuple(found)

    def entity(self, name, where, key: str, rng: str | None) -> Entity | None:
        if not isinstance(name, str) or not name.strip():
            self.error(f"{key}: expected a name, got {brief(name)}", where)
            return None
        need = (rng or "Actor").split("|")
        found = self.registry.candidates(name)
        if len(found) > 1:
            # Homonyms: the role's range may tell them apart (a city and the government seated there).
            fitting = [e for e in found if any(self.vocab.is_a(e.type, n) for n in need)]
            if len(fitting) != 1:
                both = "; ".join(e.described() for e in (fitting or found))
                # 'place: Washington' (a State and a City): the range takes both, so only the id can choose.
                ids = " or ".join(f"{key}: {e.id}" for e in fitting)
                hint = f" ({key} takes each of them, so its range cannot choose: write {ids})" if len(fitting) > 1 else ""
                self.error(f"{key}: the name {name!r} is ambiguous: it may be {both}; write the id or an alias of the one meant{hint}", where)
                return None
            found = fitting
        ent = found[0] if found else None
        if ent is None and normalise(name) in self.refused_names:
            self.follow_ons.append((name, where))
            return None
        if ent is None:
            # The entities the near names stand for, each once, as 'Label' (id).
            near = dict.fromkeys(e for n in self.registry.near(name) for e in self.registry.candidates(n))
            own = self.near_inline(name)
            if own:
                declared = ', '.join(f'{e.label!r} ({e.id})' for e in own)
                meant = close_matches(name, [e.id for e in own], n=1) if _SLUG.match(name) else []
                if meant:
                    # 'afganistan' for afghanistan: an id mistyped, not a name the text uses,
                    # so no alias to add.
                    self.error(f"{key}: unknown entity {brief(name)}; did you mean {meant[0]}? "
                               f"(this file declares {declared} under 'entities:')", where)
                    return None
                # 'speaker: Brasil' with Brazil declared in this file: not a name to declare again.
                self.error(f"{key}: unknown entity {brief(name)}; this file declares {declared} under 'entities:': "
                           + (f"write its id, or add {brief(name)} to its aliases if the text names it so" if len(own) == 1 else
                              f"write the id of the one meant, or add {brief(name)} to that entity's aliases if the "
                              f"text names it so"), where)
                return None
            hint = f" (did you mean {', '.join(f'{e.label!r} ({e.id})' for e in near)}?)" if near else ""
            companion = self.vocab.keys.get(key + "Fact")
            titled = self.facts_titled(name) if companion is not None and companion.kind == "fact" else []
            if titled or (companion is not None and companion.kind == "fact" and not near):
                # 'withdrawnFrom: Ottawa Convention': a treaty is a fact, not an entity of the
                # registry; a name close to an entity's is more likely that entity mistyped.
                told = (f"the facts of this folder with that title: {', '.join(titled)}; write one's id" if titled else
                        f"an agreement or a treaty is a fact of its own (type: Agreement, title: {name}): write its id; "
                        f"for {' or '.join(_kind(n) for n in need)}, {self.registry.where_to_declare()}")
                self.error(f"{key}: unknown entity {brief(name)}{hint}; {key} takes {' or '.join(_kind(n) for n in need)} of the "
                           f"registry, or the id of a fact ({key}: agreement-...): {told}", where)
                return None
            self.error(f"{key}: unknown entity {brief(name)}{hint}; {self.registry.where_to_declare()}"
                       f"{_gazetteer_entry(name)}", where)
            return None
        if not any(self.vocab.is_a(ent.type, n) for n in need):
            seat = ""
            if key in ("destination", "origin") and self.vocab.is_a(ent.type, "Organisation"):
                # 'travelled to the Congress': the trip went to where the body sits.
                seat = (f"; {key} is where the trip {'went' if key == 'destination' else 'began'}: the state, city "
                        f"or site of the body ({key}: the city it sits in, or its seat declared as a Site in "
                        f"entities.yaml: - {{id: {ent.id}-headquarters, type: Site, label: {ent.label} headquarters}}); "
                        f"the body received by or meeting the traveller is a Visit's receiver or a Meeting's participant")
            elif "Place" in need and self.vocab.is_a(ent.type, "Organisation"):
                # A dateline 'UNITED NATIONS' names the body's seat, a place of its own.
                seat = (f"; for where the body sits (a dateline '{name.upper()}'), declare its seat as a place in "
                        f"entities.yaml, with the name the text uses as an alias: - {{id: {ent.id}-headquarters, "
                        f"type: Site, label: {ent.label} headquarters, aliases: [{name}]}}; {key}'s range then picks it")
            if key == "observationAbout" and self.vocab.is_a(ent.type, "Place"):
                # 'people in need in the Gaza Strip': a figure given for a place, not of an actor.
                seat = (f"; a figure given for a place is written place: {ent.label} (the indicators query "
                        f"shows it as whom the figure is about)")
            if key in ("perpetrator", "initiator") and self.vocab.is_a(ent.type, "Asset"):
                # 'this vessel damaged the cable': a craft the source makes the doer.
                seat = f"; a vessel, aircraft or vehicle a source says did the fact is byAsset: {ent.label}"
            if key == "withdrawnFrom" and (self.vocab.is_a(ent.type, "State") or self.vocab.is_a(ent.type, "Place")):
                # 'French troops left the country': forces pulled out of a place end their
                # presence there; a Withdrawal leaves an organisation or an agreement.
                seat = (f"; troops or staff leaving {ent.label} end their presence there: a Deployment with "
                        f"destination: {ent.label} and its endDate (or a Travel with origin: {ent.label} for people who left)")
            if key == "supported" and self.vocab.is_a(ent.type, "Place"):
                # 'a Russian-backed breakaway region': the region itself is what is backed.
                seat = f"; a region or place an actor backs is supportedPlace: {ent.label}"
            if key == "target" and self.vocab.is_a(ent.type, "Site"):
                # 'strip diplomatic status from two properties': a building is a site, not an asset.
                seat = (f"; a building or site an attack or an executive action is aimed at is "
                        f"targetSite: {ent.label}")
            self.error(f"{key}: {brief(name)} is {_a(ent.type)}, but {key} takes {' or '.join(_kind(n) for n in need)}{seat}", where)
            return None
        return ent

    def value(self, key: Key, raw, where, out: "_Values") -> None:
        """Read one value of ``key`` into ``out``, or record the problem."""
        if key.kind == "entity":
            self.role(key, raw, where, out)
            return
        if key.kind == "controlled":
            # Text only: a nested list would read as its words once brackets are dropped.
            iri = self.vocab.controlled_value(key.range, raw) if isinstance(raw, str) else None
            if iri is None:
                allowed = sorted({self.vocab.labels.get(i, i) for i in self.vocab.controlled[key.range].values()})
                hinted = self.vocab.informal_value(raw) if isinstance(raw, str) else None
                hint = _own_words_hint(key.name, raw, allowed, self.vocab.labels.get(hinted))
                if key.name == "status" and str(raw).strip().lower() in STANDING_IN:
                    allowed = []  # the hint says where the word goes: no list of statuses to read past first
                self.error(f"{key.name}: unknown value {brief(raw)}"
                           f"{'; use one of: ' + ', '.join(allowed) if allowed else ''}{hint}", where)
                return
            out.add(key, ox.NamedNode(iri))
            return
        if key.kind == "fact":
            if not isinstance(raw, str) or not _SLUG.match(raw):
                hint = ""
                if isinstance(raw, dict) and key.name == "endedBy" and {"fact", "status"} <= set(raw):
                    # 'after the contract expired': the other fact's stage is a key of its own.
                    hint = f"; the stage that ended it is a key of its own: endedBy: {raw['fact']}, endedByStage: " \
                           f"{raw['status']}"
                elif isinstance(raw, str) and key.name == "endedBy" and self.registry.candidates(raw):
                    # 'Gazprom said it halted supplies': who ended a fact is no fact.
                    hint = f"; who ended it is the party of its ended stage: stage: {{status: ended, party: {raw}}}"
                self.error(f"{key.name}: expected the id of another fact (lower-case words joined by '-'), got "
                           f"{brief(raw)}{hint}", where)
                return
            self.links.append((key.name, raw, where, False))
            out.add(key, fact_iri(raw))
            return
        if key.name == "conditionKind":
            # 'depends on a programme of the IMF' with no such programme written: the
            # kind of fact the condition names, by its class name.
            kind = next((t for t in sorted(self.vocab.fact_types) if isinstance(raw, str) and t != "Fact"
                         and t.casefold() == raw.strip().casefold()), None)
            if kind is None:
                self.error(f"conditionKind: expected the name of a kind of fact (conditionKind: Loan for 'depends on a "
                           f"programme of the International Monetary Fund', with the words in condition), got "
                           f"{brief(raw)}; a fact the text states is conditionFact: <its id>", where)
                return
            out.add(key, ox.Literal(kind))
            return
        if key.name in _UNFILLED_KEYS:
            # 'which lenders would take part would be settled' (toBeDecided), 'the size of the
            # fund has not been disclosed' (undisclosed), 'the count remains disputed'
            # (disputed): a key of this fact's kind, by its name, that no one has filled
            # yet, whose value the source withholds or that the article says is disputed.
            other = self.vocab.keys.get(raw) if isinstance(raw, str) else None
            if other is None or not other.name[:1].islower() or not self.vocab.applies(other, out.type) \
                    or other.name in _UNFILLED_KEYS:
                state, example = _UNFILLED_KEYS[key.name]
                self.error(f"{key.name}: expected the name of a key of {_a(out.type)} {state} "
                           f"({example}), got {brief(raw)}", where)
                return
            out.add(key, ox.Literal(other.name))
            return
        if key.name == "damage" and isinstance(raw, dict) and NOT in raw:
            # 'neither affected how people register or vote': an effect the source says
            # the fact did not have, kept apart from the damage it did (gkg:absentEffect).
            words = raw[NOT]
            if len(raw) != 1 or not isinstance(words, str) or not words.strip():
                self.error(f"damage: {{not: ...}} stands alone and holds the effect in words that the fact did not have "
                           f"(damage: {{not: how people register or vote}}), got {brief(raw)}", where)
                return
            out.add(self.vocab.keys["absentEffect"], ox.Literal(" ".join(words.split())))
            return
        if key.name == "distance" and isinstance(raw, str) and _PROXIMITY.match(raw):
            # 'near Tinzaouaten': how near, in words, where the source gives no figure.
            out.add(Key("proximity", GKG + "proximity", "string", None), ox.Literal(" ".join(raw.split()).lower()))
            return
        if key.kind in ("money", "quantity"):
            try:
                try:
                    amount = parse_amount(raw, money=key.kind == "money")
                except QuantityError as first:
                    # A quantity may be a sum of money ('the $200-a-month limit': amount: USD 200),
                    # written in the money form the message offers ('USD 6.3 billion').
                    if key.kind == "money":
                        raise
                    try:
                        amount = parse_amount(raw, money=True)
                    except QuantityError:
                        raise first from None
            except QuantityError as e:
                near = ("; or, with no figure, how near in words: near, close to, next to, beside, not far from, "
                        "just outside, on the outskirts of, in the vicinity of" if key.name == "distance" else "")
                self.error(f"{key.name}: {e} (got {brief(raw)}){near}", where)
                return
            # Named by the amount, not the wording: sources giving one amount agree.
            node = ox.NamedNode(f"{out.fact.value}_q{digest(key.iri, amount.canonical)}")
            out.add(key, node, amount.triples(node))
            return
        if key.kind == "stage":
            self.stage(key, raw, where, out)
            return
        if key.kind == "result":
            self.result(key, raw, where, out)
            return
        if key.kind == "count":
            self.count(key, raw, where, out)
            return
        window_key = self.vocab.keys["deadlineWindow"]
        own_window = key.name == "deadlineWindow" or (
            key.name == "deadline" and self.vocab.applies(window_key, out.type)
            and isinstance(raw, str) and parse_period(raw) is None and not is_relative_period(raw))
        window = parse_duration_bounds(raw) if own_window and isinstance(raw, str) else None
        if window is not None and window.most is not None:
            # 'gave them 48 hours to leave': a window counted from this fact's own
            # date; the date it runs out is derived where the file dates the fact.
            out.add(window_key, window.most)
            out.add(Key("deadlineWindowLabel", GKG + "deadlineWindowLabel", "string", None), ox.Literal(window.words))
            return
        if key.name == "deadlineWindow":
            self.error(f"deadlineWindow: a time window counted from the fact itself, with its longest span "
                       f"('48 hours', 'within seven days'), got {brief(raw)}", where)
            return
        if key.kind in _LITERAL_KINDS:
            parse, what, hint = _LITERAL_KINDS[key.kind]
            literal = parse(raw)
            bounds = parse_duration_bounds(raw) if literal is None and key.kind == "duration" else None
            if bounds is not None:
                # 'more than ten years': the bounds, and the words, beside exact durations.
                for name, lit in (("minDuration", bounds.least), ("maxDuration", bounds.most)):
                    if lit is not None:
                        out.add(Key(name, GKG + name, "duration", None), lit)
                out.add(Key("durationLabel", GKG + "durationLabel", "string", None), ox.Literal(bounds.words))
                if key.name != "duration":
                    # The bounds of a named span ('an average extension of more than 12
                    # years') on a node that says which key they bound, so that they are
                    # not read as the fact's own length alone.
                    node = ox.NamedNode(f"{out.fact.value}_d{digest(key.iri, bounds.words)}")
                    extra = [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "DurationBounds")),
                             (node, ox.NamedNode(GKG + "boundsOf"), ox.NamedNode(key.iri)),
                             (node, ox.NamedNode(GKG + "durationLabel"), ox.Literal(bounds.words))]
                    extra += [(node, ox.NamedNode(GKG + name), lit) for name, lit in
                              (("minDuration", bounds.least), ("maxDuration", bounds.most)) if lit is not None]
                    out.add(Key("durationBounds", GKG + "durationBounds", "node", None), node, extra)
                return
            bound = _TIME_BOUND.match(str(raw)) if literal is None and key.kind == "time" else None
            if bound and parse(bound.group(2)) is not None:
                # 'after 1 a.m.', 'not before 4 p.m.': one bound, and the words that say
                # whether it is exclusive.
                # Of the fact's end ('landing soon after 7:30 p.m.': endTimeOfDay), the
                # bounds and words of the end.
                end = "End" if key.name == "endTimeOfDay" else ""
                name = f"earliest{end}TimeOfDay" if bound.group(1).casefold() in _TIME_FROM else f"latest{end}TimeOfDay"
                out.add(Key(name, GKG + name, "time", None), parse(bound.group(2)))
                label = f"{'end' if end else ''}{'T' if end else 't'}imeOfDayLabel"
                out.add(Key(label, GKG + label, "string", None), ox.Literal(" ".join(str(raw).split())))
                return
            about = _TIME_ABOUT.match(str(raw)) if literal is None and key.kind == "time" else None
            if about and parse(about.group(1)) is not None:
                # 'at about 4:30 a.m.': the time, marked approximate, with the words; of
                # the fact's end ('lifted at about 4:30 a.m.'), the end's time and words.
                out.add(key, parse(about.group(1)))
                if key.name == "endTimeOfDay":
                    out.add(Key("endTimeOfDayLabel", GKG + "endTimeOfDayLabel", "string", None),
                            ox.Literal(" ".join(str(raw).split())))
                    return
                out.add(Key("approximateTime", GKG + "approximateTime", "boolean", None),
                        ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")))
                out.add(Key("timeOfDayLabel", GKG + "timeOfDayLabel", "string", None), ox.Literal(" ".join(str(raw).split())))
                return
            if literal is None:
                if key.kind == "time" and _MIDNIGHT.match(str(raw)):
                    # ISO 8601 allows 24:00 for the end of a day, but xsd:time reads it as
                    # 00:00 of the same day (XML Schema 1.1 Part 2, 3.3.8), which would put
                    # the instant a day early beside the fact's date: ask for the next day.
                    self.error(f"{key.name}: {brief(raw)} is midnight at the end of the fact's day, which xsd:time "
                               "stores as 00:00 of that same day; write '00:00' (with its offset where the article "
                               "gives one) on a claim dated the next day, or partOfDay: midnight where the source gives no clock time", where)
                    return
                if key.kind == "time":
                    hint += (", or with a bound: 'after 01:00+02:00', 'shortly after 01:00+09:00', 'not before 16:00', "
                             "'before 12:00Z', or approximate: 'about 04:30+09:00', 'about 23:30'; a part of the day "
                             "without a clock time goes in partOfDay ('late evening')")
                self.error(f"{key.name}: invalid {what} {brief(raw)}; {hint}", where)
                return
            out.add(key, literal)
            if key.kind == "duration" and duration_is_approximate(raw):
                out.add(Key("approximateDuration", GKG + "approximateDuration", "boolean", None),
                        ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")))
            return
        if key.kind == "integer" and key.name not in _PLACES_IN_SERIES and isinstance(raw, str) \
                and number_in_words(raw) is not None:
            # 'two million', 'a quarter of a million', 'a dozen': an exact count in words
            raw = int(number_in_words(raw))
        if key.kind == "integer" and key.bounded and isinstance(raw, str):
            # 'more than 30', 'up to 20': a bounded count, kept beside exact ones.
            try:
                count = parse_count(raw)
            except QuantityError as e:
                self.error(f"{key.name}: {e} (got {brief(raw)}){number_fix(key.name, raw)}", where)
                return
            bounds = self.vocab.keys.get(key.bounded) or Key(key.bounded, GKG + key.bounded, "quantity", None)
            node = ox.NamedNode(f"{out.fact.value}_q{digest(bounds.iri, count.canonical)}")
            out.add(bounds, node, count.triples(node))
            return
        if key.kind == "date" and isinstance(raw, dict) and key.name in _RELATIVE_KEYS:
            self.relative_date(key, raw, where, out)
            return
        if key.name == "firstSince" and isinstance(raw, str) and parse_period(raw) is None:
            span = parse_duration_bounds(raw)
            if span is not None:
                # 'the first in more than 40 years': a span back from this fact, not a date.
                for name, lit in (("firstSinceMinDuration", span.least), ("firstSinceMaxDuration", span.most)):
                    if lit is not None:
                        out.add(Key(name, GKG + name, "duration", None), lit)
                out.add(Key("firstSinceDurationLabel", GKG + "firstSinceDurationLabel", "string", None),
                        ox.Literal(span.words))
                return
        if key.name == "firstSince" and (isinstance(raw, dict) or (
                isinstance(raw, str) and parse_period(raw) is None and _SLUG.match(raw))):
            self.first_since_fact(raw, where, out)
            return
        if key.kind == "date":
            period = parse_period(raw)
            start_words = _FROM_START.match(raw) if period is None and key.name == "startDate" and \
                isinstance(raw, str) else None
            if start_words is not None and parse_period(start_words.group(1)) is not None:
                inner = parse_period(start_words.group(1))
                period = dataclasses.replace(inner, label=" ".join(raw.split())) if inner.is_interval else inner
            if period is None and is_relative_period(raw):
                period = parse_relative_period(raw, self.published)
                if period is None:
                    self.error(f"{key.name}: {brief(raw)} is named relative to the article's date, which the "
                               f"article has none of; write the date", where)
                    return
                if key.interval is None:
                    self.error(f"{key.name}: takes one date, not the period {brief(raw)}", where)
                    return
                if key.name == "date":
                    # 'Sanctioned earlier this year' happened on some day within the period, not
                    # throughout it: the bounds it lies between, not a start and an end (and not
                    # after the article that reports it).
                    latest = min(last_day(period.end), self.published)
                    for name, day in (("dateEarliest", first_day(period.start)), ("dateLatest", latest)):
                        out.add(self.vocab.keys.get(name) or Key(name, GKG + name, "date", None),
                                ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date")))
                    out.add(self.vocab.keys.get("dateLabel") or Key("dateLabel", GKG + "dateLabel", "string", None),
                            ox.Literal(period.label))
                    return
            by_day = _BY_DAY.match(raw) if (period is None and key.name in ("date", "startDate", "endDate")
                                             and isinstance(raw, str)) else None
            bound = parse_period(by_day.group(1)) if by_day is not None else None
            if bound is not None:
                # 'Had left by the start of November' (date: by 2023-11-01), 'posted there since at
                # least 2014' (startDate: by 2014): on some day no later than that one, the earliest
                # unknown; the words kept beside the bound.
                latest, label = ("dateLatest", "dateLabel") if key.name == "date" else key.interval[1:]
                out.add(self.vocab.keys.get(latest) or Key(latest, GKG + latest, "date", None),
                        ox.Literal(last_day(bound.end or bound.start).isoformat(),
                                   datatype=ox.NamedNode(XSD + "date")))
                out.add(self.vocab.keys.get(label) or Key(label, GKG + label, "string", None),
                        ox.Literal(" ".join(raw.split())))
                return
            from_day = _FROM_DAY.match(raw) if (period is None and key.name in ("date", "startDate", "endDate")
                                                and isinstance(raw, str)) else None
            bound = parse_period(from_day.group(2)) if from_day is not None else None
            if bound is not None:
                # 'A vote could come as soon as Friday' (date: as soon as 2024-12-06), 'gas would
                # not flow before the early 2030s' (startDate: not before the early 2030s): on
                # that day or later ('after 2030': from the day after it), the latest day
                # unknown; the words kept beside the bound.
                earliest = (first_day(bound.start) if from_day.group(1).casefold() != "after"
                            else last_day(bound.end or bound.start) + dt.timedelta(days=1))
                name, label = ("dateEarliest", "dateLabel") if key.name == "date" else key.interval[::2]
                out.add(self.vocab.keys.get(name) or Key(name, GKG + name, "date", None),
                        ox.Literal(earliest.isoformat(), datatype=ox.NamedNode(XSD + "date")))
                out.add(self.vocab.keys.get(label) or Key(label, GKG + label, "string", None),
                        ox.Literal(" ".join(raw.split())))
                return
            if period is None and key.name == "date" and is_soon(raw) and self.published is not None:
                # 'Expected the crew to be released soon': on or after the day it was said
                # (said_on, else the article's date), with no latest day the words do not give.
                out.add(self.vocab.keys.get("dateEarliest") or Key("dateEarliest", GKG + "dateEarliest", "date", None),
                        ox.Literal((self.said_day or self.published).isoformat(), datatype=ox.NamedNode(XSD + "date")))
                out.add(self.vocab.keys.get("dateLabel") or Key("dateLabel", GKG + "dateLabel", "string", None),
                        ox.Literal(" ".join(raw.split()).lower()))
                return
            ahead = parse_period_ahead(raw, self.said_day or self.published) if period is None and key.name != "deadline" \
                else None
            if ahead is not None and key.name == "date":
                # 'Is expected to sign a decree within days': on some day from the article's
                # date to the latest the delay allows, ahead of the article, not capped by it.
                for name, day in (("dateEarliest", first_day(ahead.start)), ("dateLatest", last_day(ahead.end))):
                    out.add(self.vocab.keys.get(name) or Key(name, GKG + name, "date", None),
                            ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date")))
                out.add(self.vocab.keys.get("dateLabel") or Key("dateLabel", GKG + "dateLabel", "string", None),
                        ox.Literal(ahead.label))
                return
            if ahead is not None and key.interval is not None:
                period = ahead
            if period is not None and key.name == "endDate":
                # 'After' this fact counts from its end, where a claim writes one (_date_bounds).
                fact_id = out.fact.value[len(FACT):]
                self.ended[fact_id] = min(filter(None, (self.ended.get(fact_id), first_day(period.start))))
            if period is None and key.name == "endDate" and isinstance(raw, str) and re.match(r"^\s*(until\s+)?further\s+notice\s*$", raw, re.IGNORECASE):
                # 'until further notice': no end date, an end that depends on a decision yet to come.
                self.error(f"endDate: {brief(raw)} is no date: an open end goes in untilCondition (untilCondition: "
                           f"further notice), the fact's start in startDate", where)
                return
            if period is None and isinstance(raw, str) and re.match(r"^\s*(at\s+)?any\s+(time|moment)\s*$", raw, re.IGNORECASE):
                # 'ready to talk at any time': no date at all, an open-ended readiness.
                self.error(f"{key.name}: {brief(raw)} is no date: a fact that may happen at any time takes atAnyTime: "
                           f"true and no {key.name}", where)
                return
            if period is None:
                forms = "YYYY-MM-DD, YYYY-MM or YYYY" + (", or an interval start/end, 'fiscal year 2030-31', 'autumn 2023', "
                                                         "'in recent years', 'in the past two years' or 'in the past two decades'" if key.interval else "")
                if key.name == "date":
                    forms += (", or a day ahead in words: 'within days', 'next week', 'soon', 'immediately', or the day it was "
                              "done by: 'by 2023-11-01', or the earliest: 'as soon as 2024-12-06', 'after 2030'")
                if key.name in ("startDate", "endDate"):
                    did = 'began' if key.name == 'startDate' else 'ended'
                    forms += (f", or the latest it {did}: 'by 2014', or the earliest: 'not before 2030', 'after 2030', "
                              f"'not before the early 2030s'")
                if key.name in _RELATIVE_KEYS and key.name != "deadline":
                    forms += ", or a date relative to another fact ({after: fact-id, delay: more than 6 hours})"
                if key.name == "deadline":
                    forms += (", or a deadline or time window counted from another fact, planned or conditional "
                              "ones too ({after: fact-id, delay: within 60 days}); a window counted from the fact "
                              "itself ('48 hours', 'within seven days') fits an act that sets a term: "
                              + ", ".join(sorted(self.vocab.keys["deadlineWindow"].domain)))
                if key.name == "firstSince":
                    forms += (", or the id of the earlier fact (firstSince: coup-brelia-2027), or the span since it "
                              "(firstSince: more than 40 years)")
                iso = written_date_as_iso(raw)
                fix = f"write {key.name}: {iso}; the forms are " if iso else "use "
                if isinstance(raw, dict):
                    # A mapping shown as Python would print it says nothing to the analyst: name its keys.
                    got = "a mapping with " + ", ".join(f"'{k}'" for k in map(str, raw))
                    relative = "" if key.name in _RELATIVE_KEYS else (
                        f"; {key.name} takes no date relative to another fact: date, startDate, endDate, "
                        f"effectiveDate and deadline do")
                    self.error(f"{key.name}: invalid date: {got}; the forms {key.name} takes are {forms}{relative}",
                               self.at_key(where, key.name))
                else:
                    problem = date_problem(raw)
                    # 'from 30 percent to 15 percent': a figure, not the period a change is measured from.
                    figure = (f"; the figure it changed from is previousAmount: {str(raw).strip()}"
                              if key.name == "changeFrom" and re.match(r"\s*[-+]?[0-9][0-9.,]*\s*\D", str(raw))
                              and not problem else "")
                    self.error(f"{key.name}: invalid date {brief(raw)}"
                               + (f": {problem}" if problem else f"; {fix}{forms}") + figure, self.at_key(where, key.name))
            elif not period.is_interval:
                out.add(key, period.start)
            elif key.interval is None:
                self.error(f"{key.name}: takes one date, not the interval {brief(raw)}", where)
            else:
                start, end, label = (self.vocab.keys.get(n) or Key(n, GKG + n, "date", None) if n else None
                                     for n in key.interval)
                out.add(start, period.start)
                out.add(end, period.end)
                if period.label and label:
                    out.add(label, ox.Literal(period.label))
            return
        if key.kind == "integer":
            if isinstance(raw, bool) or not isinstance(raw, int):
                self.error(f"{key.name}: expected a whole number, got {brief(raw)}{number_fix(key.name, raw)}", where)
                return
            if self.out_of_range(key.name, raw, where):
                return
            out.add(key, ox.Literal(str(raw), datatype=ox.NamedNode(XSD + "integer")))
            return
        if key.kind == "boolean":
            # YAML's true/false only: 'yes' or 'in custody' as text would be a guess.
            if not isinstance(raw, bool):
                self.error(f"{key.name}: expected true or false, got {brief(raw)}", where)
                return
            out.add(key, ox.Literal("true" if raw else "false", datatype=ox.NamedNode(XSD + "boolean")))
            return
        if key.kind == "decimal":
            try:
                if isinstance(raw, bool):
                    raise InvalidOperation
                number = Decimal(str(raw))
                if not number.is_finite():
                    raise InvalidOperation
            except InvalidOperation:
                if key.bounded and isinstance(raw, str):
                    # 'could drop by 20 to 25 percent', 'has fallen': a change in words;
                    # 'more than 50', 'nearly 30 percent': a share with its bound.
                    if key.name == "changePercent":
                        self.change_in_words(key, raw, where, out)
                    else:
                        self.percent_in_words(key, raw, where, out)
                    return
                if key.name == "rateChange":
                    # 'raised by 25 basis points': the number of percentage points, signed.
                    self.error(f"rateChange: the change in percentage points as a signed number (0.25 for 'raised by "
                               f"25 basis points', -0.5 for 'cut by half a point', 0 for a hold), got {brief(raw)}", where)
                    return
                self.error(f"{key.name}: expected a number, got {brief(raw)}{number_fix(key.name, raw)}", where)
                return
            if self.out_of_range(key.name, number, where):
                return
            out.add(key, ox.Literal(format(number.normalize(), "f"), datatype=ox.NamedNode(XSD + "decimal")))
            return
        if key.name == "untilCondition" and parse_period(raw) is not None:
            # 'until 1 May 2026' is an end date; the key holds a condition in words.
            self.error(f"untilCondition: {brief(raw)} is a date: write endDate: {raw} (untilCondition is the condition "
                       f"that ends the fact, such as 'constitutional order is restored')", where)
            return
        if isinstance(raw, bool):
            # YAML 1.2 reads an unquoted true or false (True, FALSE) as a boolean, not as the word.
            self.error(f"{key.name}: expected text, got the YAML boolean {str(raw).lower()}: YAML reads an unquoted "
                       f"true or false as a boolean, not as the word; write it in quotes "
                       f"({key.name}: \"{'true' if raw else 'false'}\")", where)
            return
        if not isinstance(raw, (str, int, float)) or not str(raw).strip() \
                or (isinstance(raw, float) and not math.isfinite(raw)):
            withheld = ""
            if isinstance(raw, dict) and "not" in raw and key.name + "Undisclosed" in self.vocab.keys:
                # 'without giving a reason': a value the source says was withheld, none invented
                withheld = (f"; a {key.name} the source says was not given ('without giving a {key.name}') is "
                            f"{key.name}Undisclosed: true, with no {key.name}")
            self.error(f"{key.name}: expected text, got {brief(raw)}{withheld}", where)
            return
        companion = self.vocab.keys.get(key.name + "Fact")
        if companion is not None and companion.kind == "fact" and isinstance(raw, str) and _SLUG.match(raw) \
                and "-" in raw:
            # 'shareOf: appeal-un-sudan-2024': the whole is a fact of its own, linked (and
            # checked to be stated) as under the companion key; words stay words.
            self.links.append((key.name, raw, where, False))
            out.add(companion, fact_iri(raw))
            return
        out.add(key, ox.Literal(" ".join(str(raw).split())))

    def stage(self, key: Key, raw, where, out: "_Values") -> None:
        """A dated status of the fact (a gkg:Stage): ``{status:, date:, party:, place:,
        manner:}``, status required, party one actor or a list, date a date or one
        relative to another fact (``{after: vote-x}``, as under ``date``), place a place of
        the registry (gkg:stagePlace), manner words ('formally': gkg:stageManner), its
        own words under description or outcome ('without further changes':
        gkg:stageDescription; one of the two). On a ``requested`` stage only, ``delay``:
        how soon the party asked for the fact to take effect once granted, counted from
        the grant ('immediately', 'within 30 days'; the words of
        :func:`kg.periods.parse_duration_bounds`), kept as gkg:stageDelayLabel with its
        bounds (gkg:stageMinDelay, gkg:stageMaxDelay). ``time``, on a dated stage, the
        hour it was reached, with its offset from UTC where given, as ``timeOfDay`` is written ('took
        effect at 4 a.m. (0200 GMT)': ``{status: in force, date: 2024-11-27, time:
        02:00Z}``; gkg:stageTimeOfDay, an xsd:time). The place, manner, words, time and
        delay do not tell stages apart: a claim that adds them to a stage another gives
        describes the same stage. So do ``medium``, the document or medium it was reached
        in ('made public in court papers': gkg:stageMedium); ``duration``, how long the
        fact stayed at the stage ('held up the bid for more than a year':
        gkg:stageDurationLabel with its bounds); ``after``, a fact id or the status of an
        earlier stage of the same fact it was reached after, beside its own date ('in May
        2022, after the invasion': gkg:stageAfterFact; 'after twenty months of waiting'
        from the application: gkg:stageAfterStatus), and with it ``elapsed``, the time
        between the two (gkg:stageElapsedLabel with its bounds); ``recipient``, the body or
        actor the fact was sent or submitted to at this stage ('sent the bill to the lower
        house': gkg:stageRecipient, one actor or a list) and ``partOfDay``, the part of the
        stage's day in words where the text gives no clock time ('on Tuesday evening':
        gkg:stagePartOfDay); ``modality`` and ``cancelled``, a step planned for a day and
        called off (:meth:`stage_modality`)."""
        if not isinstance(raw, dict) or "status" not in raw or set(raw) - STAGE_FIELDS:
            self.error(f"{key.name}: a stage is a mapping with 'status' and optionally 'date', 'party', 'place', "
                       f"'manner', 'description' and, on a requested stage, 'delay' (e.g. {{status: ratified, date: "
                       f"2023-03, party: Hungary}}, {{status: appointed, place: Bellevue Palace, manner: formally}}, "
                       f"{{status: requested, party: South Africa, delay: immediately}}), and on a stage with its own "
                       f"day 'time', the hour it was reached ({{status: in force, date: 2024-11-27, time: 02:00Z}}); "
                       f"also 'medium' (the document it was reached in: 'court papers'), 'duration' (how long the "
                       f"stage lasted), 'after' (a fact id, or an earlier stage's status) and with it 'elapsed' (the "
                       f"time since), 'recipient' (whom it was sent or submitted to: {{status: proposed, party: "
                       f"<who submitted it>, recipient: State Duma}}), 'partOfDay' ('evening') and, on a step planned for "
                       f"a day, 'modality' and 'cancelled' ({{status: signed, date: 2025-02-28, modality: planned, "
                       f"cancelled: true}}), got {brief(raw)}",
                       where)
            return
        status = self.vocab.controlled_value("Status", raw["status"]) if isinstance(raw["status"], str) else None
        if status is None:
            allowed = sorted({self.vocab.labels.get(i, i) for i in self.vocab.controlled["Status"].values()})
            self.error(f"{key.name}.status: unknown value {brief(raw['status'])}; use one of: {', '.join(allowed)}", where)
            return
        own = self.stage_modality(key, raw, where)
        if own is None:
            return
        date, when, vague = None, _Values(out.fact, out.claim), []
        if isinstance(raw.get("date"), dict):
            # 'the court later declared the presidency vacant': reached after another
            # fact, read as under 'date' into a gkg:RelativeTime (gkg:stageRelativeDate).
            self.relative_date(Key("date", GKG + "date", "date", None), raw["date"], where, when, own=True)
            if not when.values:
                return
            date = when.values[0][1]
        elif raw.get("date") is not None:
            # As under 'date': a day, month or year, or a vague one ('early 2024', 'last
            # year'), kept as the days it lies between (gkg:stageDateEarliest, -Latest)
            # with its words (gkg:stageDateLabel).
            period = parse_period(raw["date"])
            if period is None and is_relative_period(raw["date"]) and self.published is not None:
                period = parse_relative_period(raw["date"], self.published)
            if period is None and self.published is not None:
                # A stage ahead in words, as under 'date': 'within days' up to the latest day
                # the delay allows, counted from the day it was said (said_on, else the article's).
                period = parse_period_ahead(raw["date"], self.said_day or self.published)
            if period is None and is_soon(raw["date"]) and self.published is not None:
                # 'expected the work to be completed shortly': on or after the day it was
                # said, no latest day, as 'date: soon' is.
                words = " ".join(raw["date"].split()).lower()
                vague = [(GKG + "stageDateEarliest", ox.Literal((self.said_day or self.published).isoformat(),
                                                                datatype=ox.NamedNode(XSD + "date"))),
                         (GKG + "stageDateLabel", ox.Literal(words))]
                date = ox.Literal(words)
            elif period is None:
                iso = written_date_as_iso(raw["date"])
                fix = f"write {key.name}.date: {iso}; the forms are " if iso else "use "
                self.error(f"{key.name}.date: invalid date {brief(raw['date'])}; {fix}YYYY-MM-DD, YYYY-MM or YYYY, a "
                           f"vague one ('early 2024', 'autumn 2023', 'last year'), one ahead in words ('soon', "
                           f"'within days'), or a date relative to another fact ({{after: fact-id}})", where)
                return
            elif period.is_interval:
                label = period.label or f"{period.start.value}/{period.end.value}"
                vague = [(GKG + "stageDateEarliest", period.start), (GKG + "stageDateLatest", period.end),
                         (GKG + "stageDateLabel", ox.Literal(label))]
                date = ox.Literal(label)
            else:
                date = period.start
        parties = raw.get("party")
        found = []
        for p in parties if isinstance(parties, list) else [] if parties is None else [parties]:
            # A party is a name, unnamed actors, or unnamed actors of a state ({actor:, of:}).
            who = self.participant(f"{key.name}.party", GKG + "stageParty", None, p, where, out, qualified=False)
            if who is None:
                return
            found.append(who)
        where_how = []
        if raw.get("place") is not None:
            place = self.entity(raw["place"], where, f"{key.name}.place", "Place")
            if place is None:
                return
            out.entities.append(place)
            where_how.append((GKG + "stagePlace", entity_iri(place.id)))
        if raw.get("manner") is not None:
            if not isinstance(raw["manner"], str) or not raw["manner"].strip():
                self.error(f"{key.name}.manner: how the stage was reached, in words ('formally', 'by decree'), "
                           f"got {brief(raw['manner'])}", where)
                return
            where_how.append((GKG + "stageManner", ox.Literal(" ".join(raw["manner"].split()))))
        if raw.get("delay") is not None:
            # 'asked the court to order Israel to suspend its operations immediately': the
            # timing asked for, counted from the grant; only a request has one.
            if status != GKG + "Requested":
                self.error(f"{key.name}.delay: only a requested stage takes a delay (how soon the party asked for the "
                           f"fact to take effect once granted: {{status: requested, party: <who asked>, delay: "
                           f"immediately}}); a stage reached is dated with 'date', relative to another fact where the "
                           f"text says so ({{after: <fact id>, delay: 2 days}}), got status {brief(raw['status'])}", where)
                return
            asked = parse_duration_bounds(raw["delay"])
            if asked is None:
                self.error(f"{key.name}.delay: invalid delay {brief(raw['delay'])}; write 'immediately', 'within 30 days', "
                           f"'at least 2 days' or '6 hours'", where)
                return
            where_how.append((GKG + "stageDelayLabel", ox.Literal(asked.words)))
            where_how += [(GKG + p, lit) for p, lit in (("stageMinDelay", asked.least), ("stageMaxDelay", asked.most))
                          if lit is not None]
        if raw.get("time") is not None:
            # 'took effect at 4 a.m. (0200 GMT) on Wednesday': the hour of the stage's day.
            dated = (not isinstance(raw.get("date"), dict) and not vague and isinstance(date, ox.Literal)
                     and date.datatype.value == XSD + "date")
            # 'at about 4:30 a.m.': the hour, with the words that say it is approximate.
            about = _TIME_ABOUT.match(str(raw["time"]))
            hour = _LITERAL_KINDS["time"][0](about.group(1) if about else raw["time"]) if dated else None
            if hour is None:
                self.error(f"{key.name}.time: the hour a stage was reached, with its offset from UTC where the "
                           f"article gives one ('02:00Z', '04:00+02:00', '23:30', approximate: 'about 04:30+09:00'), "
                           f"beside the stage's own day (date: YYYY-MM-DD); got {brief(raw['time'])}{'' if dated else ' on a stage without a day of its own'}",
                           where)
                return
            where_how.append((GKG + "stageTimeOfDay", hour))
            if about:
                where_how.append((GKG + "stageTimeOfDayLabel", ox.Literal(" ".join(str(raw["time"]).split()))))
        if not self.stage_span(key, raw, status, where, where_how):
            return
        recipients, sent_to = raw.get("recipient"), []
        for r in recipients if isinstance(recipients, list) else [] if recipients is None else [recipients]:
            # 'Putin had sent the bill to the lower house': whom the stage was addressed to.
            who = self.participant(f"{key.name}.recipient", GKG + "stageRecipient", None, r, where, out, qualified=False)
            if who is None:
                return
            sent_to.append(who)
        words = [f for f in ("description", "outcome") if raw.get(f) is not None]
        if words:
            text = raw[words[0]]
            if len(words) > 1 or not isinstance(text, str) or not text.strip():
                self.error(f"{key.name}.{words[0]}: the stage's own words, one text under description or outcome "
                           f"('without further changes'), got {brief({w: raw[w] for w in words})}", where)
                return
            where_how.append((GKG + "stageDescription", ox.Literal(" ".join(text.split()))))
        # A planned step is another stage than the same step reached ('signed on 28 February').
        named_by = (status, str(date), *(str(n) for n, _ in found), *(v.value for _, v in own))
        node = ox.NamedNode(f"{out.fact.value}_s{digest(*named_by)}")
        extra = [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "Stage")),
                 (node, ox.NamedNode(GKG + "stageStatus"), ox.NamedNode(status))]
        if vague:
            extra += [(node, ox.NamedNode(p), v) for p, v in vague]
        elif date is not None:
            extra.append((node, ox.NamedNode(GKG + ("stageRelativeDate" if when.values else "stageDate")), date))
            extra += when.extra
        for prop, actors in (("stageParty", found), ("stageRecipient", sent_to)):
            for n, described in actors:
                extra.append((node, ox.NamedNode(GKG + prop), n))
                extra += described
        extra += [(node, ox.NamedNode(p), v) for p, v in where_how]
        extra += [(node, ox.NamedNode(p), v) for p, v in own]
        out.add(key, node, extra)

    def stage_modality(self, key: Key, raw: dict, where: str) -> list[tuple[str, ox.Term]] | None:
        """A stage's own ``modality`` and ``cancelled``: 'a signing planned for his visit on
        28 February collapsed' is ``{status: signed, date: 2025-02-28, modality: planned,
        cancelled: true}`` on the draft, a step planned for a day (one of
        :data:`STAGE_MODALITIES`) and called off, while the claim's own modality stays that
        of the rest. Returns (property IRI, value) pairs for gkg:stageModality and
        gkg:stageCancelled, [] when neither is given; None after recording the problem: a
        modality on an undated stage (the claim's modality covers it), one that says the
        step took place, or ``cancelled`` on a step that was not only planned."""
        given, cancelled = raw.get("modality"), raw.get("cancelled")
        if given is None:
            if cancelled is not None:
                self.error(f"{key.name}.cancelled: only a step planned for a day is called off ({{status: signed, date: "
                           f"2025-02-28, modality: planned, cancelled: true}}); a fact called off as a whole is a stage "
                           f"{{status: cancelled}}, got {brief(raw)}", where)
                return None
            return []
        modality = self.vocab.controlled_value("Modality", given) if isinstance(given, str) else None
        if modality is None or self.vocab.labels.get(modality) not in STAGE_MODALITIES or raw.get("date") is None:
            self.error(f"{key.name}.modality: a stage's own modality is for a step planned for a day that has not taken "
                       f"place, one of {', '.join(STAGE_MODALITIES)}, beside the stage's date ({{status: signed, date: "
                       f"2025-02-28, modality: planned}}: 'a signing planned for 28 February'); otherwise the claim's "
                       f"modality covers it (a withdrawal ordered but not yet in effect is a Withdrawal with modality: "
                       f"planned), got {brief(raw)}", where)
            return None
        found = [(GKG + "stageModality", ox.NamedNode(modality))]
        if cancelled is True:
            found.append((GKG + "stageCancelled", ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))))
        elif cancelled is not None:
            self.error(f"{key.name}.cancelled: true where the planned step was called off ('the signing collapsed'), "
                       f"got {brief(cancelled)}", where)
            return None
        return found

    def result(self, key: Key, raw, where, out: "_Values") -> None:
        """A candidate's result (a gkg:CandidateResult): ``{candidate:, votes:, share:,
        counted:}``, candidate required with votes or share; votes a whole number,
        share and counted percentages from 0 to 100. A referendum's option takes the
        candidate's place, in words (``{option: yes, share: 50.41}``), and ``place``
        gives a result within a part of the territory (``{option: no, share: 95, place:
        Gagauzia}``). The node is named by the figures, so rival figures from two
        sources stay apart, each with its own claims."""
        if not isinstance(raw, dict) or len({"candidate", "option"} & set(raw)) != 1 or set(raw) - RESULT_FIELDS \
                or not {"votes", "share", "rank"} & set(raw):
            self.error(f"{key.name}: a result is a mapping with 'candidate' (or, for a referendum, 'option': the "
                       f"answer in words, yes or no) and 'votes', 'share' (percent) or 'rank' (its place in the count, "
                       f"1 for 'came first' or 'led'), and optionally 'counted' "
                       f"(percent of the count done) and 'place' (a part of the territory the result is of), e.g. "
                       f"{{candidate: Nicolás Maduro, votes: 5150092, share: 51.2, counted: 80}} or {{option: yes, "
                       f"share: 50.41}}, got {brief(raw)}", where)
            return
        if "option" in raw:
            if not isinstance(raw["option"], str) or not raw["option"].strip():
                self.error(f"{key.name}.option: the answer in words ('yes', 'no', 'remain'), got {brief(raw['option'])}",
                           where)
                return
            cand = ox.Literal(raw["option"].strip())
            described = [(None, ox.NamedNode(GKG + "resultOption"), cand)]
        else:
            found = self.participant(f"{key.name}.candidate", GKG + "resultCandidate", "Person|Organisation",
                                     raw["candidate"], where, out, qualified=False)
            if found is None:
                return
            cand, described = found
            described = [(None, ox.NamedNode(GKG + "resultCandidate"), cand), *described]
        if raw.get("place") is not None:
            region = self.entity(raw["place"], where, f"{key.name}.place", "Place|State")
            if region is None:
                return
            described.append((None, ox.NamedNode(GKG + "place"), entity_iri(region.id)))
            out.entities.append(region)
        figures = []
        votes = raw.get("votes")
        bounds_triples = []
        if isinstance(votes, str) and votes.strip() and not re.fullmatch(r"\s*\d[\d,.\s]*", votes):
            # '6.27 million votes', 'about 5 million', 'more than 6 million': a rounded,
            # approximate or bounded figure kept with its words, never as an exact count.
            text = " ".join(votes.split())
            try:
                figure = parse_amount(f"{text} votes" if re.search(r"(?:\d|thousand|million|billion)$", text, re.IGNORECASE)
                                      else text, money=False)
            except QuantityError as e:
                self.error(f"{key.name}.votes: a whole number of votes (5150092), or a figure in words with its bound or "
                           f"rounding ('6.27 million', 'about 5 million', 'more than 6 million'): {e} (got {brief(votes)})", where)
                return
            if figure.currency is not None or figure.per is not None or figure.unit_code != "C62" \
                    or (figure.unit_text or "").casefold() not in ("vote", "votes") or (
                    figure.value is None and figure.minimum is None and figure.maximum is None):
                self.error(f"{key.name}.votes: {brief(votes)} is not a number of votes: a whole number (5150092), or a "
                           f"figure in words with its bound or rounding ('6.27 million', 'about 5 million', 'more than "
                           f"6 million'); words with no figure go in the claim's outcome", where)
                return
            if figure.value is not None and _SCALE_WORD.search(text):
                figure = replace(figure, approximate=True)  # '6.27 million' is rounded
            bnode = ox.NamedNode(f"{out.fact.value}_q{digest('votesBounds', figure.canonical)}")
            figures.append((GKG + "votesBounds", bnode))
            bounds_triples = list(figure.triples(bnode))
            votes = None
        if isinstance(votes, str) and number_in_words(votes) is not None:
            votes = int(number_in_words(votes))  # '5,150,092': English digit grouping, as counts take it
        if votes is not None:
            if isinstance(votes, bool) or not isinstance(votes, int) or votes < 0:
                self.error(f"{key.name}.votes: a whole number of votes, without separators (5150092), got {brief(votes)}"
                           f"{number_fix('votes', votes)}", where)
                return
            figures.append((GKG + "votesReceived", ox.Literal(str(votes), datatype=ox.NamedNode(XSD + "integer"))))
        rank = raw.get("rank")
        if rank is not None:
            if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
                self.error(f"{key.name}.rank: the place in the count, a whole number from 1 (1 for 'came first' or "
                           f"'led'), got {brief(rank)}", where)
                return
            figures.append((GKG + "resultRank", ox.Literal(str(rank), datatype=ox.NamedNode(XSD + "integer"))))
        for field_, prop in (("share", "voteShare"), ("counted", "countedShare")):
            if raw.get(field_) is None:
                continue
            if field_ == "share" and isinstance(raw[field_], str) and re.search(r"[A-Za-z]", raw[field_]):
                # 'more than 95 percent approval': a bounded or approximate share kept with its
                # words (gkg:voteShareBounds), never as an exact figure.
                figure = self.share_in_words(f"{key.name}.share", raw[field_], where)
                if figure is None:
                    return
                bnode = ox.NamedNode(f"{out.fact.value}_q{digest('voteShareBounds', figure.canonical)}")
                figures.append((GKG + "voteShareBounds", bnode))
                bounds_triples += list(figure.triples(bnode))
                continue
            try:
                number = Decimal(str(raw[field_])) if not isinstance(raw[field_], bool) else Decimal("NaN")
                ok = number.is_finite() and 0 <= number <= 100
            except InvalidOperation:
                ok = False
            if not ok:
                self.error(f"{key.name}.{field_}: a percentage from 0 to 100, got {brief(raw[field_])}"
                           f"{number_fix(field_, raw[field_])}", where)
                return
            figures.append((GKG + prop, ox.Literal(format(number.normalize(), "f"), datatype=ox.NamedNode(XSD + "decimal"))))
        # Named by the candidate or option, the place of a regional result, and the figures.
        where_of = [raw["place"]] if raw.get("place") is not None else []
        node = ox.NamedNode(f"{out.fact.value}_v{digest(cand.value, *where_of, *(f'{p} {v.value}' for p, v in figures))}")
        # The row's own triples were written with no subject: they are the node's.
        extra = [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "CandidateResult")),
                 *((node if t[0] is None else t[0], t[1], t[2]) for t in described)]
        extra += [(node, ox.NamedNode(p), v) for p, v in figures]
        out.add(key, node, extra + bounds_triples)

    def count(self, key: Key, raw, where, out: "_Values") -> None:
        """One of several counts of the fact (a gkg:CountGiven): ``{quantity: 1562238, of:
        voters}``, the quantity a whole number or a bounded count in words ('more than
        240000', :func:`~kg.quantities.parse_count`), ``of`` what it counts in words;
        both required; or, for a part of a set the source gives no number for ('mostly
        without any argument', 'some of them'), ``{share: most, of: accusations made
        without any argument}``, the share kept in its words (gkg:shareWords), no figure
        made up. The node is named by both, so that two counts of one fact stay
        apart and two sources giving one count name one node."""
        if not isinstance(raw, dict) or set(raw) not in (COUNT_FIELDS, COUNT_SHARE_FIELDS):
            self.error(f"{key.name}: a count is a mapping with 'quantity' (a whole number, or one with a bound such "
                       f"as 'more than 240000') and 'of' (what it counts, in words), e.g. {{quantity: 1562238, of: "
                       f"voters}}, or with 'share' (the part of a set in words, no number given) and 'of', e.g. "
                       f"{{share: most, of: accusations made without any argument}}, got {brief(raw)}", where)
            return
        of = raw["of"]
        if not isinstance(of, str) or not of.strip():
            self.error(f"{key.name}.of: what the count counts, in words ('voters abroad'), got {brief(of)}", where)
            return
        of = " ".join(of.split())
        if "share" in raw:
            words = raw["share"]
            if not isinstance(words, str) or not words.strip() or re.search(r"\d", words):
                self.error(f"{key.name}.share: the part of the set in the source's words where it gives no number "
                           f"('most', 'some', 'half'); a figure is a quantity ({{quantity: more than 240000, of: ...}}) "
                           f"or a share in percent, got {brief(words)}", where)
                return
            words = " ".join(words.split())
            node = ox.NamedNode(f"{out.fact.value}_n{digest(of, 'share', words)}")
            out.add(key, node, [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "CountGiven")),
                                (node, ox.NamedNode(GKG + "quantityOf"), ox.Literal(of)),
                                (node, ox.NamedNode(GKG + "shareWords"), ox.Literal(words))])
            return
        number = raw["quantity"]
        if isinstance(number, str) and number_in_words(number) is not None:
            number = int(number_in_words(number))  # 'two million': exact, as if written in digits
        node = ox.NamedNode(f"{out.fact.value}_n{digest(of, str(number))}")
        extra = [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "CountGiven")),
                 (node, ox.NamedNode(GKG + "quantityOf"), ox.Literal(of))]
        if isinstance(number, int) and not isinstance(number, bool) and self.out_of_range("quantity", number, where):
            return
        if isinstance(number, int) and not isinstance(number, bool) and number >= 0:
            extra.append((node, ox.NamedNode(GKG + "quantity"), ox.Literal(str(number), datatype=ox.NamedNode(XSD + "integer"))))
        else:
            try:
                bounded = parse_count(number)
            except QuantityError as e:
                self.error(f"{key.name}.quantity: {e} (got {brief(number)}){number_fix('quantity', number)}", where)
                return
            bounds = ox.NamedNode(f"{node.value}_b")
            extra.append((node, ox.NamedNode(GKG + "quantityBounds"), bounds))
            extra += bounded.triples(bounds)
        out.add(key, node, extra)

    def stage_span(self, key: Key, raw: dict, status: str, where, where_how: list) -> bool:
        """Read a stage's ``medium``, ``duration``, ``after`` and ``elapsed`` (see
        :meth:`stage`) into ``where_how`` as (property IRI, term) pairs; False after
        recording a problem. ``after`` is a fact id (checked with the file's other links)
        or the status of another stage of the same fact; ``elapsed`` needs ``after``;
        durations are read by :func:`kg.periods.parse_duration_bounds`."""
        for field, prop, what in (("partOfDay", "stagePartOfDay", "the part of the day the stage was reached, in words "
                                                                    "('evening', 'late morning')"),
                                  ("medium", "stageMedium", "the document or medium the stage was reached in, in words "
                                                            "('court papers', 'the official gazette')")):
            if raw.get(field) is None:
                continue
            if not isinstance(raw[field], str) or not raw[field].strip():
                self.error(f"{key.name}.{field}: {what}, got {brief(raw[field])}", where)
                return False
            where_how.append((GKG + prop, ox.Literal(" ".join(raw[field].split()))))
        for field, prop in (("duration", "Duration"), ("elapsed", "Elapsed")):
            if raw.get(field) is None:
                continue
            if field == "elapsed" and raw.get("after") is None:
                self.error(f"{key.name}.elapsed: the time between an earlier fact or stage and this stage needs what it "
                           f"is counted from ({{status: acceded, date: 2024-03-07, after: requested, elapsed: twenty "
                           f"months}})", where)
                return False
            span = parse_duration_bounds(raw[field]) if isinstance(raw[field], str) else None
            if span is None:
                self.error(f"{key.name}.{field}: invalid duration {brief(raw[field])}; write '20 months', 'twenty "
                           f"months', 'more than a year' or 'about 3 weeks'", where)
                return False
            where_how.append((GKG + f"stage{prop}Label", ox.Literal(span.words)))
            where_how += [(GKG + f"stage{bound}{prop}", lit) for bound, lit in (("Min", span.least), ("Max", span.most))
                          if lit is not None]
        after = raw.get("after")
        if after is not None:
            earlier = self.vocab.controlled_value("Status", after) if isinstance(after, str) else None
            if earlier is not None:
                if earlier == status:
                    self.error(f"{key.name}.after: a stage is not reached after itself; 'after' takes an earlier "
                               f"stage's status or the id of another fact, got {brief(after)}", where)
                    return False
                where_how.append((GKG + "stageAfterStatus", ox.NamedNode(earlier)))
            elif isinstance(after, str) and _SLUG.match(after):
                self.links.append((f"{key.name}.after", after, where, False))
                where_how.append((GKG + "stageAfterFact", fact_iri(after)))
            else:
                self.error(f"{key.name}.after: the id of the fact the stage was reached after (after: "
                           f"invasion-russia-ukraine-2022), or the status of an earlier stage of the same fact "
                           f"(after: requested), got {brief(after)}", where)
                return False
        return True

    def relative_date(self, key: Key, raw: dict, where, out: "_Values", own: bool = False) -> None:
        """A date relative to another fact (a gkg:RelativeTime): ``{after: fact-id,
        delay: more than 6 hours}`` or ``{before: …, delay: …}``; the delay bounded
        or exact (:func:`~kg.periods.parse_duration_bounds`), or absent where the text
        gives none ('before the summit': any delay, no gkg:delayLabel); or ``{during:
        fact-id}`` for a fact that happened while the other lasted ('during which', OWL-Time's
        intervalDuring), which takes no delay. Any of them may add ``stage``, the status
        of the stage of the other fact it counts from, where the text counts from a step
        of that fact rather than the fact ('two days after the veto' of a law, 'welcomed
        the signature' of an accession: ``{after: <the law>, stage: vetoed, delay: two
        days}``; gkg:relativeStage, a gkg:Status); its bounds then come from that stage's
        date where a claim of the file dates it, and from nothing else. Under ``endDate`` it dates the fact's end
        (gkg:relativeEndDate: 'lifted during the visit'). The earliest and latest days are
        derived later, when the file dates the other fact (:func:`_date_bounds`).

        ``own``: the fact may be its own reference, as for a step that follows the
        fact's own date ('took effect six months after the notice', 'later signed the
        decision' of a vote): under ``effectiveDate`` and ``endDate`` and in a stage
        (:data:`_SELF_RELATIVE`). Its date and start never may: that would be circular."""
        if set(raw) not in RELATIVE_FIELDS:
            hint = "; 'during' takes no delay" if "during" in raw and "delay" in raw else ""
            self.error(f"{key.name}: a date relative to another fact is a mapping with 'after' or 'before' (the other "
                       f"fact's id) and, where the text gives one, 'delay' (e.g. {{after: election-x-2024, delay: more "
                       f"than 6 hours}} or {{before: summit-x-2025}}), or with 'during' alone ({{during: "
                       f"visit-x-2025}}), and optionally 'stage', the status of the other fact's stage it counts from "
                       f"({{after: law-x, stage: vetoed, delay: two days}}), got keys {brief(sorted(map(str, raw)))}"
                       f"{hint}", where)
            return
        from_stage = []
        if "stage" in raw:
            # 'two days after the veto': counted from a stage of the other fact, not its date.
            status = self.anchor_stage(f"{key.name}.stage", "the date counts from ('vetoed' for 'two days after "
                                       "the veto')", raw["stage"], where)
            if status is None:
                return
            from_stage = [status]
        side = next(s for s in ("after", "before", "during") if s in raw)
        other = raw[side]
        if not isinstance(other, bool) and isinstance(other, (str, int)) and parse_period(other) is not None:
            # '{before: 2025-07}' ('cannot call an election before July'): a bound by a date
            # is no relation to a fact; the days it allows are an interval.
            since = (f"; for 'since {other}' (a state that began then and still holds: 'has not applied since "
                     f"2021') write startDate: {other}" if side == "after" else "")
            self.error(f"{key.name}.{side}: {brief(other)} is a date, and '{side}' takes the id of another fact; for a "
                       f"bound by a date write the days it allows as an interval ({key.name}: <first>/<last>, e.g. "
                       f"2024-12/2025-06 for 'before July 2025' written in December 2024){since}", where)
            return
        if not isinstance(other, str) or not _SLUG.match(other):
            self.error(f"{key.name}.{side}: expected the id of another fact (lower-case words joined by '-'), got {brief(other)}", where)
            return
        if fact_iri(other) == out.fact and side == "after" and (own or key.name in _SELF_RELATIVE):
            pass  # counted from the fact's own date: see the docstring
        elif fact_iri(other) == out.fact:
            told = (f"; a time window counted from this fact itself is written as the window alone "
                   f"({key.name}: {raw.get('delay', '48 hours')})" if key.name == "deadline" else "")
            if key.name == "date":
                told = ("; a later step of the fact itself is a stage ({status: signed, date: {after: <this fact>}}) "
                       "or its effectiveDate or endDate, which may count from its own date")
            self.error(f"{key.name}.{side}: a fact cannot be dated relative to itself{told}", where)
            return
        self.links.append((f"{key.name}.{side}", other, where, False))
        # The end of a fact ('lifted during the visit') has its own relation and bounds;
        # its nodes are named apart from those of the fact's date.
        rel = _RELATIVE_KEYS[key.name]
        relation, named = Key(rel, GKG + rel, "relative", None), (() if key.name == "date" else (key.name,))
        staged = [(GKG + "relativeStage", ox.NamedNode(s)) for s in from_stage]
        if "delay" not in raw:
            node = ox.NamedNode(f"{out.fact.value}_d{digest(*named, side, other, *from_stage)}")
            out.add(relation, node,
                    [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "RelativeTime")),
                     (node, ox.NamedNode(GKG + side + "Fact"), fact_iri(other)),
                     *((node, ox.NamedNode(p), o) for p, o in staged)])
            return
        bounds = parse_duration_bounds(raw["delay"])
        if bounds is None:
            self.error(f"{key.name}.delay: invalid delay {brief(raw['delay'])}; write '6 hours', 'more than six hours', "
                       f"'at least 2 days', 'within days', 'up to 3 weeks' or '18 to 24 months', or with no figure "
                       f"'years' (two or more: 'could take years'), 'decades', 'a few months', 'several hours', 'shortly', "
                       f"'soon', 'overnight', 'later that day', 'the next day', 'moments' or 'immediately'", where)
            return
        node = ox.NamedNode(f"{out.fact.value}_d{digest(*named, side, other, bounds.words, *from_stage)}")
        extra = [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "RelativeTime")),
                 (node, ox.NamedNode(GKG + side + "Fact"), fact_iri(other)),
                 (node, ox.NamedNode(GKG + "delayLabel"), ox.Literal(bounds.words)),
                 *((node, ox.NamedNode(p), o) for p, o in staged)]
        for prop, lit in (("minDelay", bounds.least), ("maxDelay", bounds.most)):
            if lit is not None:
                extra.append((node, ox.NamedNode(GKG + prop), lit))
        out.add(relation, node, extra)

    def anchor_stage(self, name: str, counts: str, raw, where) -> str | None:
        """The IRI of the gkg:Status named by ``raw``, the stage of another fact a relative
        date or a saying counts from (``stage: vetoed``); None after recording, under
        ``name``, that it names no status, with what it is for (``counts``) and the list."""
        status = self.vocab.controlled_value("Status", raw) if isinstance(raw, str) else None
        if status is None:
            allowed = sorted({self.vocab.labels.get(i, i) for i in self.vocab.controlled["Status"].values()})
            self.error(f"{name}: the status of the other fact's stage {counts}; unknown value {brief(raw)}; use one "
                       f"of: {', '.join(allowed)}", where)
        return status

    def first_since_fact(self, raw, where, out: "_Values") -> None:
        """``firstSince: coup-brelia-2027`` for "the first visit since the 2027 coup":
        the earlier fact's id (gkg:firstSinceFact), where the text names an event, not
        a date. A mapping is refused with the form to write."""
        if isinstance(raw, dict):
            other = next((v for k, v in raw.items() if k in ("after", "since")), None)
            fix = f"firstSince: {other}" if isinstance(other, str) else "firstSince: coup-brelia-2027"
            self.error(f"firstSince: takes a date (firstSince: 2019) or the id of the earlier fact itself ({fix}), "
                       f"not a mapping {brief(raw)}", where)
            return
        if fact_iri(raw) == out.fact:
            self.error("firstSince: a fact cannot be the first of its kind since itself", where)
            return
        self.links.append(("firstSince", raw, where, False))
        out.add(Key("firstSinceFact", GKG + "firstSinceFact", "fact", "Fact"), fact_iri(raw))

    def route(self, key: Key, raw, where, out: "_Values") -> None:
        """The ordered stops of a journey: a place name or a list of them, in the order
        travelled. Each becomes a gkg:RouteStop with its place (gkg:stopPlace) and its
        position from 1 (gkg:ordinal), so the order survives in the graph. A stop may be
        ``{place: Bangkok, purpose: refuel}``: why the journey stopped there, in words
        (gkg:stopPurpose: 'stopped in Bangkok to refuel')."""
        names = raw if isinstance(raw, list) else [raw]
        if not names:
            self.error(f"{key.name}: an empty list; give the places of the route in order", where)
        for n, name in enumerate(names, 1):
            purpose = None
            if isinstance(name, dict):
                purpose = name.get("purpose")
                if set(name) != {"place", "purpose"} or not isinstance(purpose, str) or not purpose.strip():
                    self.error(f"{key.name}: a stop is a place, or a mapping of its place and why the journey stopped "
                               f"there in words ({{place: Bangkok, purpose: refuel}}), got {brief(name)}", where)
                    continue
                name = name["place"]
            place = self.entity(name, where, key.name, "Place|State")
            if place is None:
                continue
            node = ox.NamedNode(f"{out.fact.value}_t{digest(key.iri, str(n), place.id)}")
            out.entities.append(place)
            extra = [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "RouteStop")),
                     (node, ox.NamedNode(GKG + "stopPlace"), entity_iri(place.id)),
                     (node, ox.NamedNode(GKG + "ordinal"), ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer")))]
            if purpose is not None:
                extra.append((node, ox.NamedNode(GKG + "stopPurpose"), ox.Literal(" ".join(purpose.split()))))
            out.add(key, node, extra)

    def actor(self, raw, where, key: str, rng: str | None, node: str,
              tie: tuple[str, ...] = (), ftype: str | None = None) -> tuple[ox.NamedNode, Entity | Unnamed] | None:
        """A registry entity, or actors the article leaves unnamed (a node named from
        ``node``, the key, the words and ``tie``: the relation and entity id of the
        state or party they are of or act for, so that 'unnamed leader' for Germany and
        for Poland stay two actors); None after recording the problem. ``ftype``, the
        class of the fact the actor is in a role of, shapes the message for unnamed
        actors a role does not take (:meth:`takes_unnamed`)."""
        read, unnamed = self.read_unnamed(raw if not self.registry.candidates(str(raw)) else None, key, where)
        if not read:
            return None
        if unnamed is None:
            ent = self.entity(raw, where, key, rng)
            return (entity_iri(ent.id), ent) if ent else None
        if not self.takes_unnamed(raw, where, key, rng, ftype) or (key == "court" and not self.unnamed_court(unnamed.text, raw, where)):
            return None
        return ox.NamedNode(f"{node}_u{digest(key, unnamed.text, *tie)}"), unnamed

    def unnamed_court(self, words: str, raw, where) -> bool:
        """Whether unnamed actors written as a legal action's court name a court in their
        words ('unnamed district court in London', 'unnamed military tribunal'); records
        the problem with ``where`` when they do not."""
        if _COURT_WORDS.search(words):
            return True
        self.error(f"court: takes a Court named in the registry, or unnamed actors that name a court in their words "
                   f"('unnamed district court in London'), not {brief(raw)}", where)
        return False

    def takes_unnamed(self, raw, where, key: str, rng: str | None, ftype: str | None = None) -> bool:
        """Whether a role of range ``rng`` takes unnamed actors; records the problem
        with ``where`` when it does not. Unnamed actors are a gkg:Group: only roles
        open to any actor or group take them, or that name gkg:UnnamedActors in their
        range ('located'), not one that also takes places ('controlled'), where
        unnamed words may name places. The message offers the description for the
        words unless ``ftype`` (the fact's class) needs the key: its shape would then
        refuse the fact without it; for a role that takes places, it offers the named
        place with the unnamed one in ``placePart``."""
        kinds = set(rng.split("|")) if rng is not None else set()
        if rng is not None and "Actor" not in kinds and "UnnamedActors" not in kinds and (
                "Group" not in kinds or "Place" in kinds):
            kinds = " or ".join(_a(n) for n in rng.split("|"))
            needing = [c for c in _needing(key) if ftype is not None and self.vocab.is_a(ftype, c)]
            # A key a kind of fact needs cannot be left to the description: the shape would refuse the fact.
            rest = (f"; the text's words cannot stand in description instead, since {' and '.join(map(_a, needing))} "
                    f"needs {key} (CLAIMS.md, 'What each kind needs'): without a name, leave that fact out" if needing
                    else ", or, where the text never names it, keep the words in description")
            if "Place" in rng.split("|"):
                # 'inside the army headquarters' in Rostov: the unnamed site within the
                # named place the text gives (gkg:placePart), never a place made up.
                rest = (f"; an unnamed place within a named one (a base near the border, a headquarters in a city) is "
                        f"the named place as {key} and the unnamed one in words as placePart: '{key}: Rostov-on-Don, "
                        f"placePart: the army headquarters' (CLAIMS.md, 'An unnamed place within a named one')"
                        + (f"; where the text names no place at all, leave that fact out ({' and '.join(map(_a, needing))} "
                           f"needs {key})" if needing
                           else "; where the text names no place at all, keep the words in description"))
            self.error(f"{key}: takes {kinds} named in the registry, not {brief(raw)}; declare it in entities.yaml "
                       f"under the text's own name for it{rest}", where)
            return False
        return True

    def read_groups(self, raw, article: Article, lines: list) -> None:
        """The file's ``groups``: unnamed actors the article refers to in several claims
        ('12 officials', described three ways by three speakers), each named once by an
        id (``{id: algerian-officials, actor: 12 unnamed officials, of: Algeria}``) and
        written ``{group: algerian-officials}`` wherever a role, ``among`` or ``said_by``
        takes actors, so that the claims name one group, not one per claim. A group may
        act for a named party instead (``{id: bodyguard, actor: 1 unnamed bodyguard,
        for: Ismail Haniyeh}``): every role it fills is then qualified as acting for that
        party, as ``{actor: …, for: …}`` is, and as a speaker it carries
        prov:actedOnBehalfOf. The node is minted from the article and the id. Records
        problems; returns nothing."""
        if not isinstance(raw, list):
            self.error("'groups' must be a list of {id, actor, of} or {id, actor, for} mappings", "groups")
            return
        for n, spec in enumerate(raw, 1):
            line = lines[n - 1] if n <= len(lines) else None
            where = f"group #{n}" + (f" (line {line})" if line else "")
            gid = spec.get("id") if isinstance(spec, dict) else None
            if not isinstance(spec, dict) or set(map(str, spec)) - GROUP_FIELDS or "actor" not in spec \
                    or not isinstance(gid, str) or not _SLUG.match(gid) or {"of", "for"} <= set(map(str, spec)):
                self.error(f"a group is a mapping with 'id' (lower-case words joined by '-'), 'actor' (unnamed actors, "
                           f"e.g. 12 unnamed officials), optionally either 'of' (whose they are: "
                           f"of: Algeria) or 'for' (the named party they act for: for: Ismail Haniyeh), and "
                           f"optionally 'among' (its parts, as in a role: among: [{{actor: 23 unnamed crew members, "
                           f"of: India}}, {{actor: 1 unnamed crew member, of: Russia}}]) and 'kinOf' (the person whose "
                           f"relatives they are: kinOf: Mohamed Bazoum, or a group above it: kinOf: {{group: "
                           f"underminers}}), got {brief(spec)}", where)
                continue
            if gid in self.groups:
                self.error(f"duplicate group id {gid!r} in this file", where)
                continue
            if not isinstance(spec["actor"], str) or not _MENTIONS_UNNAMED.search(spec["actor"]) \
                    or self.registry.candidates(spec["actor"]):
                self.error(f"group {gid!r}: a group names unnamed actors ('12 unnamed officials'); a registry entity "
                           f"is written by its name, got {brief(spec['actor'])}; a set of named entities written "
                           f"once is a YAML anchor: participant: &seven [Canada, France], then speaker: *seven", where)
                continue
            party = kin = None
            if "for" in spec:
                party = self.entity(spec["for"], where, f"group {gid!r}: for", None)
                if party is None:
                    continue
            kin_group = None
            if KIN in spec and isinstance(spec[KIN], dict):
                # 'on their family members': relatives of the unnamed people of an earlier
                # group of the file (gkg:kinOf that group's node).
                other = spec[KIN].get(GROUP) if set(map(str, spec[KIN])) == {GROUP} else None
                if other not in self.groups or other == gid:
                    known = ", ".join(sorted(self.groups)) or "none declared before it"
                    self.error(f"group {gid!r}: kinOf takes a person of the registry (kinOf: Mohamed Bazoum) or "
                               f"{{group: <id>}}, a group declared above it whose relatives the group's actors are "
                               f"(kinOf: {{group: underminers}} for 'and on their family members'), got "
                               f"{brief(spec[KIN])}; the groups above it: {known}", where)
                    continue
                kin_group = self.groups[other]
            elif KIN in spec:
                # 'Bazoum and his family': unnamed relatives of a named person (gkg:kinOf).
                kin = self.entity(spec[KIN], where, f"group {gid!r}: kinOf", "Person") \
                    if isinstance(spec[KIN], str) else None
                if kin is None:
                    if not isinstance(spec[KIN], str):
                        self.error(f"group {gid!r}: kinOf names one person of the registry whose relatives the group's "
                                   f"actors are (kinOf: Mohamed Bazoum), or {{group: <id>}} for the relatives of a "
                                   f"group of the file, got {brief(spec[KIN])}", where)
                    continue
            tmp = _Values(fact_iri("group"), ox.NamedNode(f"{claim_iri(article.id, gid).value}_group"))
            found = self.participant(GROUP, GKG + GROUP, None, {k: v for k, v in spec.items() if k not in ("id", "for", KIN)},
                                     where, tmp, qualified=False)
            if found is not None:
                extra = found[1]
                if kin is not None:
                    extra = [*extra, (found[0], ox.NamedNode(GKG + KIN), entity_iri(kin.id))]
                    tmp.entities.append(kin)
                elif kin_group is not None:
                    # The other group's node and description travel with this one.
                    extra = [*extra, *kin_group[1], (found[0], ox.NamedNode(GKG + KIN), kin_group[0])]
                    tmp.entities.extend(kin_group[2])
                self.groups[gid] = (found[0], extra, tmp.entities)
                if party is not None:
                    self.group_for[gid] = party

    def group(self, raw, where: str, name: str) -> tuple[ox.NamedNode, list, list] | None:
        """The group ``{group: <id>}`` names, as (node, triples, entities); None after
        recording the problem (other keys, an id the file's groups lack)."""
        gid = raw.get(GROUP)
        if set(map(str, raw)) != {GROUP} or gid not in self.groups:
            known = ", ".join(sorted(self.groups)) or "none: declare it under the file's 'groups'"
            hint = f" (did you mean {close_matches(str(gid), self.groups, n=1)[0]!r}?)" \
                if isinstance(gid, str) and close_matches(str(gid), self.groups, n=1) else ""
            self.error(f"{name}: {{group: <id>}} names a group of the file's 'groups' and nothing else; got "
                       f"{brief(raw)}{hint}; the groups are: {known}", where)
            return None
        return self.groups[gid]

    def speaker(self, raw, where, out: "_Values") -> tuple[ox.NamedNode, Entity | Unnamed] | None:
        """One speaker under ``said_by``: what :meth:`actor` reads, or
        ``{actor: unnamed official, of: United States}`` for an unnamed speaker the
        article ties to a state or organisation ('according to a U.S. official'), whose
        node then carries gkg:ofState or gkg:ofOrganisation, or ``{actor: unnamed
        lawyers, for: Jair Bolsonaro}`` for unnamed speakers acting for a party ('his
        lawyers said'), whose node carries prov:actedOnBehalfOf (PROV-O delegation);
        each of these with ``among`` for those the text names among unnamed speakers
        ('envoys of 13 countries, among them the United States'), read as a role's
        (:meth:`among_parts`), so that ``said_by`` takes the forms ``speaker`` takes.
        Returns (node, speaker), or None after recording the problem."""
        if not isinstance(raw, dict):
            return self.actor(raw, where, "said_by", None, out.claim.value)
        if set(raw) == {"actor"}:
            # {actor: unnamed diplomats} with no tie says no more than the plain string.
            return self.actor(raw["actor"], where, "said_by", None, out.claim.value)
        if AMONG in raw and GROUP not in raw:
            # 'envoys of 13 countries, among them the United States': the speakers read as
            # without 'among', their parts as a role's ('speaker' of a Statement) are.
            found = self.speaker({k: v for k, v in raw.items() if k != AMONG}, where, out)
            if found is None:
                return None
            parts = self.among_parts("said_by", found[0], found[1],
                                     raw[AMONG] if isinstance(raw[AMONG], list) else [raw[AMONG]], where, out)
            if parts is None:
                return None
            out.extra += parts
            return found
        if GROUP in raw:
            found = self.group(raw, where, "said_by")
            if found is None:
                return None
            node, extra, entities = found
            out.extra += extra
            out.entities += entities
            party = self.group_for.get(raw[GROUP])
            if party is not None:
                # 'His lawyers said', the lawyers a group of the file: PROV-O's delegation.
                out.extra.append((node, ox.NamedNode(PROV + "actedOnBehalfOf"), entity_iri(party.id)))
                out.entities.append(party)
            return node, Unnamed(next(str(t[2].value) for t in extra if t[1].value == RDFS + "label"))
        if set(raw) not in (UNNAMED_OF_FIELDS, QUALIFIED_FIELDS):
            self.error(f"said_by: a mapping is {{actor: unnamed …, of: STATE}} for an unnamed speaker of a state or "
                       f"organisation (e.g. {{actor: unnamed official, of: United States}}), or {{actor: unnamed …, "
                       f"for: PARTY}} for unnamed speakers acting for a party (e.g. {{actor: unnamed lawyers, for: "
                       f"Jair Bolsonaro}}), or the plain string (said_by: unnamed diplomats) for unnamed speakers the "
                       f"text ties to no one, each optionally with 'among' for those the text names among them "
                       f"(e.g. {{actor: unnamed envoys of 13 countries, among: [United States, Germany]}}), "
                       f"got keys {brief(sorted(map(str, raw)))}", where)
            return None
        tie = "of" if "of" in raw else "for"
        if tie == "for":
            before = len(out.entities)
            acting_for = self.for_parties(raw["for"], where, "said_by.for", out)
            if acting_for is None:
                return None
            party = None
            named_parties = list(dict.fromkeys(out.entities[before:]))
        else:
            party = self.entity(raw[tie], where, f"said_by.{tie}", "State|Organisation|Group")
            if party is None:
                return None
            acting_for = [(party.id, entity_iri(party.id))]
            named_parties = [party]
        found = self.actor(raw["actor"], where, "said_by", None, out.claim.value, (tie, *(k for k, _ in acting_for)))
        if found is None:
            return None
        if not isinstance(found[1], Unnamed):
            # On a registry entity the tie would hold in every article, not in this one's words.
            if tie == "for" and (len(acting_for) > 1 or found[1].type != "Person"):
                advice = self._speaking_for_advice(found[1], named_parties, raw["for"])
            else:
                advice = self._tie_advice(found[1], named_parties[0] if len(named_parties) == 1 and
                                          not acting_for[0][0].startswith("group ") else None, raw["actor"])
            self.error(f"said_by.{tie}: only unnamed speakers take '{tie}'; {advice}", where)
            return None
        if party is None:
            # 'His lawyers said': PROV-O's delegation between agents, the lawyers for Bolsonaro;
            # 'diplomats speaking for the three Baltic states': one delegation for each.
            out.extra += [(found[0], ox.NamedNode(PROV + "actedOnBehalfOf"), node) for _, node in acting_for]
        else:
            prop = "ofState" if self.vocab.is_a(party.type, "State") else "ofOrganisation"
            out.extra.append((found[0], ox.NamedNode(GKG + prop), entity_iri(party.id)))
            out.entities.append(party)
        return found

    @staticmethod
    def _speaking_for_advice(speaker: Entity, parties: list[Entity], written) -> str:
        """How to write a named speaker speaking for others ("Speaking for the Czech
        Republic and the three Baltic states, Poland's delegation said"), which said_by's
        'for' cannot say of a registry entity (the tie would hold in every article): the
        words are those parties' too, or a statement of its own gives the speaker a
        qualified role for each."""
        names = [p.label for p in parties] or [str(w) for w in (written if isinstance(written, list) else [written])]
        listed = ", ".join(names)
        return (f"{speaker.label} speaking for {listed}: the words are theirs as well, said_by: [{speaker.label}, "
                f"{listed}]; or, where who delivered them matters, a Statement of its own with speaker: "
                f"{{actor: {speaker.label}, for: [{listed}]}} (a role's actor takes 'for', one party or several)")

    def _tie_advice(self, speaker, party, written) -> str:
        """Where a named speaker's tie to ``party`` (an Entity, or None for a group of
        the file) is written instead of said_by's ``of``/``for``, as the reader takes it:
        a person's or organisation's state is its registry entry's ``of`` (gkg:citizenOf,
        gkg:organisationOf, which take a State only); a tie to a group or organisation is
        a fact of the article, an office (PositionHeld, positionOf) or an Affiliation."""
        alone = f"write said_by: {brief(written)} alone"
        if party is not None and self.vocab.is_a(party.type, "State") and \
                (speaker.type == "Person" or self.vocab.is_a(speaker.type, "Organisation")):
            return (f"{alone}; the registry gives {brief(written)} its state: 'of: {party.id}' on its entry "
                    f"(entities.yaml, or the file's 'entities:')")
        to = f"positionOf: {party.label}" if party is not None else "positionOf: <the body>"
        return (f"{alone}; a tie to {'a group' if party is None else brief(party.label)} is not the registry's "
                f"(its 'of' names a state only): where the text gives it, write it as a claim of its own, an office "
                f"(type: PositionHeld, holder, position, {to}) or a link (type: Affiliation, affiliate, "
                f"affiliatedWith)")

    def for_party(self, raw, where, name: str, out: "_Values") -> tuple[str, ox.NamedNode] | None:
        """The party written under ``for``, as (the key its ties are minted from, its
        node): a registry entity ('for: European Union'), or a group of the file's
        ``groups`` ('on behalf of the 27 member states': ``for: {group: eu-member-states}``)
        whose triples and entities go to ``out``. None after recording the problem, with
        a message naming both forms for anything else."""
        if isinstance(raw, dict) and GROUP in raw:
            found = self.group(raw, where, name)
            if found is None:
                return None
            out.extra += found[1]
            out.entities += found[2]
            return f"group {raw[GROUP]}", found[0]
        if isinstance(raw, (dict, list)):
            self.error(f"{name}: takes registry names (for: European Union, or for several: for: [Czech Republic, "
                       f"Estonia]), or, for unnamed parties such as 'the 27 member states', a group of the file's "
                       f"'groups' ({{group: eu-member-states}} with groups: [{{id: eu-member-states, actor: 27 unnamed "
                       f"member states, of: European Union}}]); got {brief(raw)}", where)
            return None
        if not self.registry.candidates(str(raw)) and _unnamed_words(raw):
            # 'for: unnamed people of Zambia': 'for' names a party of the registry, never
            # unnamed actors; say so rather than calling the words an unknown entity.
            self.error(f"{name}: takes a party of the registry (an entity: for: Zambia) or a group of the file's "
                       f"'groups' ({{group: zambian-people}} with groups: [{{id: zambian-people, actor: unnamed people, "
                       f"of: Zambia}}]), not unnamed actors {brief(raw)}; unnamed actors go under 'actor' "
                       f"({{actor: unnamed lawyers, for: Jair Bolsonaro}}); a name missing from the registry is declared under "
                       f"'entities:' (kg has no command to list the registry: search its file, grep -i NAME entities.yaml)", where)
            return None
        party = self.entity(raw, where, name, None)
        if party is None:
            return None
        out.entities.append(party)
        return party.id, entity_iri(party.id)

    def for_parties(self, raw, where, name: str, out: "_Values") -> list[tuple[str, ox.NamedNode]] | None:
        """The parties written under ``for``: one (:meth:`for_party`), or a list of them
        for an actor speaking or acting for several ('speaking for the Czech Republic and
        the three Baltic states': for: [Czech Republic, Estonia, Latvia, Lithuania]),
        each a registry entity or a group of the file. None after recording the problem."""
        if not isinstance(raw, list):
            found = self.for_party(raw, where, name, out)
            return None if found is None else [found]
        if not raw:
            self.error(f"{name}: an empty list; name the party or parties the actor acts for", where)
            return None
        parties = [self.for_party(item, where, name, out) for item in raw]
        if any(p is None for p in parties):
            return None
        return list(dict.fromkeys(parties))

    def read_unnamed(self, raw, name: str, where) -> tuple[bool, Unnamed | None]:
        """Unnamed actors read from words ('12 unnamed officials'), the count's error recorded.

        ``raw``: the value of key ``name`` (anything but a string reads as no unnamed
        actors). Returns ``(True, Unnamed)``, ``(True, None)`` when the words are not
        unnamed actors, or ``(False, None)`` after recording a count that cannot be read
        ('between 9 and 3 unnamed men': :class:`QuantityError`)."""
        if not isinstance(raw, str):
            return True, None
        try:
            return True, parse_unnamed(raw)
        except QuantityError as e:
            self.error(f"{name}: the count of unnamed actors in {brief(raw)}: {e}", where)
            return False, None

    def unnamed_part_of(self, part: dict, where, name: str) -> tuple[Unnamed, Entity] | None:
        """One part of unnamed actors given with whose it is, ``{actor: 2 unnamed sailors,
        of: Philippines}``: the part (its count read from the words) and the registry's
        state or organisation. None after recording the problem (other keys, a named
        actor, an unknown or ambiguous state)."""
        read, sub = self.read_unnamed(part.get("actor"), name, where)
        if not read:
            return None
        if set(map(str, part)) != {"actor", "of"} or sub is None:
            self.error(f"{name}: a part given with whose it is is a mapping of unnamed actors and 'of' "
                       f"({{actor: 2 unnamed sailors, of: <a state or organisation>}}); got {brief(part)}", where)
            return None
        owner = self.entity(part["of"], where, f"{name}.of", "State|Organisation|Group")
        return None if owner is None else (sub, owner)

    def of_triple(self, node: ox.NamedNode, owner: Entity) -> tuple:
        """The triple tying unnamed actors to whose they are: gkg:ofState for a state,
        gkg:ofOrganisation for an organisation or a group (a movement such as Hamas)."""
        prop = "ofState" if self.vocab.is_a(owner.type, "State") else "ofOrganisation"
        return node, ox.NamedNode(GKG + prop), entity_iri(owner.id)

    def role(self, key: Key, raw, where, out: "_Values") -> None:
        """An entity role: a name, unnamed actors, ``{actor: name, for: party}``, or
        ``{actor: unnamed …, of: state}`` for unnamed actors the article ties to a state
        ('11 individuals from Russia': gkg:ofState) or to an organisation whose members
        or staff they are ('NATO's 32 member states': gkg:ofOrganisation)."""
        if isinstance(raw, dict) and NOT in raw:
            self.negated_role(key, raw, where, out)
            return
        if isinstance(raw, dict) and SHARE in raw:
            self.shared_role(key, raw, where, out)
            return
        if isinstance(raw, str) and normalise(raw) in self.refused_names:
            # An entity whose entry was refused: not a fact id either, only a consequence.
            self.follow_ons.append((raw, where))
            return
        companion = self.fact_object(key, raw)
        if companion is not None and out.type in self.vocab.fact_types and not self.vocab.applies(companion, out.type):
            # 'target: <fact id>' is a legal action's only: a sanction or attack is aimed at actors.
            self.error(f"{key.name}: a fact id ({brief(raw)}) as {key.name} is the key {companion.name!r}, which "
                       f"applies to {' or '.join(sorted(companion.domain))} only; {_a(out.type)}'s {key.name} is an "
                       f"actor of the registry", where)
            return
        if companion is not None:
            self.links.append((key.name, raw, where, True))
            out.add(companion, fact_iri(raw))
            return
        rng = key.range
        if key.name == "holder":
            # 'two US officers, both lieutenant colonels': a rank of people left unnamed,
            # without inventing a named person.
            # A state or organisation holds only a body's rotating presidency or chair
            # ('China, which holds the rotating presidency'): checked in body_holder.
            bodies = isinstance(raw, str) and any(self.vocab.is_a(e.type, n) for e in self.registry.candidates(raw)
                                                  for n in ("State", "Organisation"))
            # An unnamed holder ('its newly appointed ambassador to Burkina Faso') is kept
            # unnamed with whose they are ({actor: unnamed ambassador, of: Algeria}).
            rng = "Person|Group" if out.type == "RankHeld" else "Person|State|Organisation" if bodies \
                else "Person|UnnamedActors"
        found = self.participant(key.name, key.iri, rng, raw, where, out)
        if found is not None:
            out.add(key, *found)

    def shared_role(self, key: Key, raw: dict, where, out: "_Values") -> None:
        """``{actor: Chad, share: most}`` under a role of :data:`SHARED_ROLES` ('1.6
        million fled abroad, most of them to Chad and Egypt'): the value, read as the role
        reads it without 'share', and a gkg:RoleShare (gkg:roleProperty, prov:agent,
        gkg:shareWords: 'most', '40 percent') the fact points to by gkg:roleShare.
        Refused, the problem recorded with ``where``, on other roles and for a share that
        is not words."""
        share = raw[SHARE]
        if key.name not in SHARED_ROLES:
            self.error(f"{key.name}: 'share' qualifies a value of {', '.join(sorted(SHARED_ROLES))} only (the part of "
                       f"the fact's count or amount it takes: destination: [{{actor: Chad, share: most}}]); "
                       f"{key.name} takes none", where)
            return
        if not isinstance(share, (str, int, float)) or isinstance(share, bool) or not str(share).strip():
            self.error(f"{key.name}.share: the part in the source's words ('most', 'half', 'a third', "
                       f"'40 percent'), got {brief(share)}", where)
            return
        rest = {k: v for k, v in raw.items() if k != SHARE}
        value = rest["actor"] if set(rest) == {"actor"} else rest
        found = self.participant(key.name, key.iri, key.range, value, where, out)
        if found is None:
            return
        node, extra = found
        words = str(share).strip()
        q = ox.NamedNode(f"{out.fact.value}_s{digest(key.iri, node.value, words)}")
        extra = [*extra, (out.fact, ox.NamedNode(GKG + "roleShare"), q),
                 (q, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "RoleShare")),
                 (q, ox.NamedNode(GKG + "roleProperty"), ox.NamedNode(key.iri)),
                 (q, ox.NamedNode(PROV + "agent"), node),
                 (q, ox.NamedNode(GKG + "shareWords"), ox.Literal(words))]
        out.add(key, node, extra)

    def seized_by_authority(self, out: "_Values", where) -> None:
        """Refuse a Seizure of an organisation by anyone but a state or its government:
        only a state takes a company into its ownership (a nationalisation or
        expropriation, Wikidata Q1156808, since 2.54.0); an armed group that 'seized the
        mission's camp' seized a site of the organisation, not the organisation. Records
        the problem with ``where``; returns nothing."""
        if not out.type or not self.vocab.is_a(out.type, "Seizure"):
            return
        kinds = {entity_iri(e.id).value: e for e in out.entities}
        by_state = any(k.name == "perpetrator" and v.value in kinds
                       and any(self.vocab.is_a(kinds[v.value].type, c) for c in ("State", "Government"))
                       for k, v in out.values)
        for k, v in out.values:
            seized = kinds.get(v.value) if k.name == "seized" else None
            if seized is not None and self.vocab.is_a(seized.type, "Organisation") and not by_state:
                self.error(f"seized: {seized.label!r} is an Organisation, which only a state or its government "
                           f"seizes, taking it into its ownership (a nationalisation: perpetrator: <the state>); "
                           f"a site or asset of it taken is seized: <the site> (declared in entities.yaml as a Site)",
                           where)

    def body_holder(self, out: "_Values", where) -> None:
        """Refuse a PositionHeld whose holder and position disagree: a state or
        organisation holds only a body's rotating presidency or chair
        (gkg:RotatingPresidency: 'China, which holds the SCO's rotating presidency');
        a person holds it only for the state or organisation whose turn it is, written
        ``holder: {actor: Ralph Gonsalves, for: St Vincent and the Grenadines}`` where the
        text gives it to the person ('Gonsalves, who holds the rotating presidency of
        CELAC', since 2.42.0); a person presiding over sittings is a presiding officer.
        Records the problem with ``where``; returns nothing."""
        if out.type != "PositionHeld":
            return
        rotating = any(k.name == "position" and v.value == GKG + "RotatingPresidency" for k, v in out.values)
        kinds = {entity_iri(e.id).value: e for e in out.entities}
        roles: dict[str, dict[str, str]] = {}
        for subject, predicate, obj in out.extra:
            if predicate.value in (GKG + "roleProperty", GKG + "onBehalfOf", PROV + "agent"):
                roles.setdefault(subject.value, {})[predicate.value] = obj.value
        # The holders written {actor: <person>, for: <the state or organisation>}.
        acting = {r.get(PROV + "agent") for r in roles.values()
                  if r.get(GKG + "roleProperty") == GKG + "holder" and r.get(GKG + "onBehalfOf")}
        for k, v in out.values:
            ent = kinds.get(v.value) if k.name == "holder" else None
            if ent is None:
                continue
            person = self.vocab.is_a(ent.type, "Person")
            if not person and not rotating:
                self.error(f"holder: {ent.label!r} is {_a(ent.type)}; a state or organisation holds only a body's "
                           f"rotating presidency or chair (position: rotating presidency), other positions are "
                           f"held by a person", where)
            elif person and rotating and v.value not in acting:
                self.error(f"holder: {ent.label!r} is a person, but a rotating presidency is held by a state or "
                           f"organisation (holder: China), or by a person for the one whose turn it is, where the text "
                           f"gives it to the person (holder: {{actor: {ent.label}, for: <the state>}}); a person "
                           f"chairing the sittings is position: presiding officer", where)

    def relations_trend(self, out: "_Values", where) -> None:
        """Refuse the statuses 'deteriorated' and 'improved' ('relations have soured')
        on anything but a DiplomaticRelations or a SituationChange fact ('the situation has
        worsened'), as status or as a stage's status: an agreement or a sanction does not
        sour. Records the problem with ``where``."""
        if out.type in ("DiplomaticRelations", "SituationChange"):
            return
        trends = {GKG + "Deteriorated", GKG + "Improved"}
        stage_statuses = {t[2].value for t in out.extra if t[1].value == GKG + "stageStatus"}
        found = sorted({v.value for k, v in out.values if k.name == "status"} & trends | stage_statuses & trends)
        if found:
            word = self.vocab.labels.get(found[0], found[0])
            self.error(f"status: {word!r} is said of diplomatic relations (type: DiplomaticRelations, party: "
                       f"[<both states>]) or of a situation changed (type: SituationChange) only; {_a(out.type)} that ended or stalled has its own status (terminated, "
                       f"suspended, stalled)", where)

    def mediator_signs(self, out: "_Values", where) -> None:
        """Refuse a signatory who signs for the claim's mediator, which the claim does not
        give as a party ('Wang Yi signed the statement with them', of a deal China
        brokered): signatory makes the party signed for a party of the deal; the mediator's
        envoy is a witness for it. And a Membership with a title ('title: leader' for
        'a Saudi-led coalition'): title is a person's title in a post; a member that
        leads the body is leads: true. Records the problems with ``where``."""
        if out.type == "Membership" and any(k.name == "title" for k, _ in out.values):
            self.error("title: is a person's title in a post (PositionHeld); a member that leads the body ('a "
                       "Saudi-led coalition') is leads: true on the Membership", where)
        mediators = {v.value for k, v in out.values if k.name == "mediator"}
        parties = {v.value for k, v in out.values if k.name == "party"}
        roles: dict[str, dict[str, str]] = {}
        for subject, predicate, obj in out.extra:
            if predicate.value in (GKG + "roleProperty", GKG + "onBehalfOf", PROV + "agent"):
                roles.setdefault(subject.value, {})[predicate.value] = obj.value
        for role in roles.values():
            party = role.get(GKG + "onBehalfOf")
            if role.get(GKG + "roleProperty") == GKG + "signatory" and party in mediators - parties:
                name = next((e.label for e in out.entities if entity_iri(e.id).value == party), party.rsplit("/", 1)[-1])
                self.error(f"signatory: signs for {name}, the mediator, which this claim gives as no party: a "
                           f"signatory signs for a party; the mediator's envoy who signs too is a witness for it "
                           f"(witness: {{actor: <the envoy>, for: <the mediator>}})", where)

    def own_step(self, out: "_Values", where) -> None:
        """Refuse a legal action whose initiator is also its target, naming the forms
        that fit what such a step may be: a defendant's own step in a case ('Assange
        pleaded guilty') is a plea (legalActionKind: plea, plea: guilty), the defendant
        its initiator and the charge it answers its target (a fact id); one who asks for
        an inquiry into their own conduct ('referred herself to the Independent Adviser')
        is the subject of the inquiry the body opens, which they requested (initiator:
        the body, target: them, stage: {status: requested, party: them}); an appeal
        targets the ruling it contests (a fact id). Records the problem with ``where``."""
        if out.type != "LegalAction":
            return
        initiators = {v.value for k, v in out.values if k.name == "initiator"}
        for k, v in out.values:
            if k.name == "target" and v.value in initiators:
                name = next((e.label for e in out.entities if entity_iri(e.id).value == v.value), v.value.rsplit("/", 1)[-1])
                self.error(f"target: {name} is also the initiator; a legal action is brought by one party against "
                           f"another. Where {name} takes a step in a case of their own: a plea ('pleaded guilty') is "
                           f"legalActionKind: plea, plea: guilty, initiator: {name}, target: <the charge's fact id>; a "
                           f"self-referral ('referred herself to the adviser', 'asked to be investigated') is the "
                           f"inquiry of whoever hears it, which {name} requested: legalActionKind: investigation, "
                           f"initiator: <the adviser or body>, target: {name}, stage: {{status: requested, party: "
                           f"{name}}}; an appeal is actionType: appeal, initiator: {name}, target: <the ruling's fact "
                           f"id>", where)
                return

    def span_order(self, out: "_Values", where) -> None:
        """Refuse a claim whose end (``endDate``) comes before its start (``startDate``):
        at the coarser precision of the two, the last day the end can be is
        before the first day the start can be ("endDate: 2024-12-01" with "startDate:
        2024-12-03"; 2024-12 against 2024-12-03 is no contradiction)."""
        def literal(name):
            return next((v for k, v in out.values if k.name == name and isinstance(v, ox.Literal)
                         and re.fullmatch(r"\d{4}(-\d{2}){0,2}", v.value)), None)

        end, start = literal("endDate"), literal("startDate")
        if end is not None and start is not None and last_day(end) < first_day(start):
            self.error(f"endDate {end.value} is before startDate {start.value}: a fact cannot end before it "
                       "starts; check both against the text", where)

    def status_fit(self, out: "_Values", where) -> None:
        """Refuse a status, given as status or as a stage's status, that the ontology
        ties to other classes of fact (gkg:statusFor: 'ratified' fits an agreement,
        a membership or a law, not a meeting), naming the fact's class and the statuses
        it takes. Deteriorated and improved are left to :meth:`relations_trend`, which
        says how to write relations that soured. Records the problem with ``where``."""
        if out.type not in self.vocab.fact_types:
            return
        trends = {GKG + "Deteriorated", GKG + "Improved"}
        given = {v.value for k, v in out.values if k.name == "status"} | {
            t[2].value for t in out.extra if t[1].value == GKG + "stageStatus"}
        for status in sorted(given - trends):
            if self.vocab.status_fits(status, out.type):
                continue
            fits = " or ".join(_kind(c) for c in sorted(self.vocab.status_for[status]))
            takes = sorted({self.vocab.labels.get(i, i) for i in self.vocab.controlled["Status"].values()
                            if self.vocab.status_fits(i, out.type)})
            self.error(f"status: {self.vocab.labels.get(status, status)!r} is said of {fits} only, not of "
                       f"{_a(out.type)}; {_a(out.type)} takes: {', '.join(takes)}", where)

    def change_in_words(self, key: Key, raw: str, where, out: "_Values") -> None:
        """A change in percent the text gives with its direction (see
        :func:`kg.quantities.parse_change`): an exact one as the key's signed number,
        a bounded, ranged, approximate or figureless one as a schema:QuantitativeValue
        under the key's bounds property (``gkg:boundedBy``) with the words. Records the
        problem with ``where`` when the words are not understood."""
        try:
            change = parse_change(raw)
        except QuantityError as e:
            self.error(f"{key.name}: {e} (got {brief(raw)})", where)
            return
        if change.value is not None and not change.approximate:
            out.add(key, ox.Literal(format(change.value.normalize(), "f"), datatype=ox.NamedNode(XSD + "decimal")))
            return
        bounds = self.vocab.keys.get(key.bounded) or Key(key.bounded, GKG + key.bounded, "quantity", None)
        node = ox.NamedNode(f"{out.fact.value}_q{digest(bounds.iri, change.canonical)}")
        out.add(bounds, node, change.triples(node))

    def share_in_words(self, name: str, raw: str, where):
        """A share in percent in words with a bound, a range or approximately ('more than
        95', 'nearly 30 percent'), read by :func:`kg.quantities.parse_amount` with
        'percent' understood: the parsed amount (unit P1), or None with the problem
        recorded with ``where`` under the key ``name``."""
        text = " ".join(raw.split())
        try:
            figure = parse_amount(text if re.search(r"(?:percent|per cent|%)$", text, re.IGNORECASE)
                                  else f"{text} percent", money=False)
        except QuantityError as e:
            self.error(f"{name}: expected a number in percent, or one with a bound as for amounts ('more than 50', "
                       f"'nearly 30 percent', 'about 40', '20 to 25'): {e} (got {brief(raw)})", where)
            return None
        if figure.unit_code != "P1" or figure.currency is not None or figure.per is not None:
            self.error(f"{name}: {brief(raw)} is not a share in percent: write the figure with its bound "
                       f"('more than 50', 'nearly 30 percent'), the whole in shareOf", where)
            return None
        if any(n is not None and not 0 <= n <= 100 for n in (figure.value, figure.minimum, figure.maximum)):
            self.error(f"{name}: {brief(raw)} is not a share in percent, which runs from 0 to 100", where)
            return None
        return figure

    def percent_in_words(self, key: Key, raw: str, where, out: "_Values") -> None:
        """A share in percent the text gives with a bound, a range or approximately
        ('more than 50', 'nearly 30 percent', '20 to 25'; read by
        :func:`kg.quantities.parse_amount` as amounts are, 'percent' understood when the
        words give no unit): an exact one as the key's number, the others as a
        schema:QuantitativeValue under the key's bounds property (``gkg:boundedBy``) with
        the words. Records the problem with ``where`` for words that are no share in
        percent ('more than half the population', 'USD 5')."""
        figure = self.share_in_words(key.name, raw, where)
        if figure is None:
            return
        if figure.value is not None and not figure.approximate and not figure.vague:
            out.add(key, ox.Literal(format(figure.value.normalize(), "f"), datatype=ox.NamedNode(XSD + "decimal")))
            return
        bounds = self.vocab.keys.get(key.bounded) or Key(key.bounded, GKG + key.bounded, "quantity", None)
        node = ox.NamedNode(f"{out.fact.value}_q{digest(bounds.iri, figure.canonical)}")
        out.add(bounds, node, figure.triples(node))

    def negated_role(self, key: Key, raw: dict, where, out: "_Values") -> None:
        """``{not: M23}`` under a role ('the M23 did not sign the accord'): the actor
        the text says did not have this role in a fact that happened, as a
        gkg:NegatedRole (gkg:roleProperty, prov:agent) the fact points to by
        gkg:negatedRole; the actor is no participant of the fact. A registry entity
        only: unnamed actors with no part in a fact say nothing. Several actors take a
        list (``{not: [Mali, Niger]}``: 'the three states did not attend'), each
        recorded alone as if written ``{not: …}`` in a list of the role. Unnamed actors
        (``{not: {actor: at least 18 unnamed lawmakers, of: …}}``) are refused with the
        form that holds them: for members of a vote, gkg:dissenter."""
        if set(raw) != {NOT}:
            self.error(f"{key.name}: 'not' stands alone, naming the actor the text says had no part as {key.name} "
                       f"(e.g. {key.name}: {{not: M23}}), got keys {brief(sorted(map(str, raw)))}", where)
            return
        for name in raw[NOT] if isinstance(raw[NOT], list) else [raw[NOT]]:
            if key.name in _NEGATED_UNNAMED and (isinstance(name, dict) or (
                    isinstance(name, str) and _MENTIONS_UNNAMED.search(name))):
                # 'ended without clashes with riot police': the unnamed police were there and
                # did not clash; the negation says something of them, unlike 'did not sign'.
                found = self.participant(f"{key.name}.not", key.iri, key.range, name, where, out, qualified=False)
                if found is None:
                    continue
                node = ox.NamedNode(f"{out.fact.value}_n{digest(key.iri, found[0].value)}")
                out.add(Key("negatedRole", GKG + "negatedRole", "negated", None), node,
                        [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "NegatedRole")),
                         (node, ox.NamedNode(GKG + "roleProperty"), ox.NamedNode(key.iri)),
                         (node, ox.NamedNode(PROV + "agent"), found[0]), *found[1]])
                continue
            if isinstance(name, dict) or (isinstance(name, str) and _MENTIONS_UNNAMED.search(name)):
                # 'at least 18 coalition lawmakers withheld their support': unnamed actors
                # are not written with 'not'; in a vote they are its dissenters.
                hint = (f"members of a vote who did not vote with their group are its dissenter "
                        f"(dissenter: {{actor: at least 18 unnamed lawmakers, of: <their group>}}), how they voted, "
                        f"where the text says, votedNo or abstained" if key.iri.endswith(("votedYes", "votedNo", "abstained"))
                        else "unnamed actors the text says had no part are left out")
                self.error(f"{key.name}.not: names an entity of the registry, not unnamed actors ({brief(name)}): {hint}",
                           where)
                continue
            ent = self.entity(name, where, f"{key.name}.not", key.range)
            if ent is None:
                continue
            node = ox.NamedNode(f"{out.fact.value}_n{digest(key.iri, ent.id)}")
            out.entities.append(ent)
            out.add(Key("negatedRole", GKG + "negatedRole", "negated", None), node,
                    [(node, ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "NegatedRole")),
                     (node, ox.NamedNode(GKG + "roleProperty"), ox.NamedNode(key.iri)),
                     (node, ox.NamedNode(PROV + "agent"), entity_iri(ent.id))])

    def fact_object(self, key: Key, raw) -> Key | None:
        """The companion key of ``key`` (``<key>Fact``, a link to a fact, such as
        ``aboutFact`` for ``about``) when ``raw`` is written as a fact id (lower-case
        words joined by '-') that names no registry entity; None otherwise, and for a
        key without a companion. The roles are roles of actors (``gkg:involves``);
        where the text makes a fact the object ('championed the request') the link goes
        to the fact under the companion property."""
        companion = self.vocab.keys.get(key.name + "Fact")
        if companion is None or companion.kind != "fact" or not isinstance(raw, str) or not _SLUG.match(raw):
            return None
        if self.registry.candidates(raw):
            return None
        if raw not in self.file_facts and raw not in self.batch_facts and _misspelt_id(raw, self.registry) \
                and raw not in self.corpus_facts():
            return None  # 'ali-bongo-ondimbo': an entity's id misspelt, told as such with the id meant
        return companion

    def near_inline(self, name: str) -> list:
        """The entities declared in this file's 'entities:' whose id, label or an alias
        is close to ``name`` (RapidFuzz's WRatio of 75 or more, :func:`close_matches`'
        default: lower than the registry's cutoff, :data:`kg.entities.NEAR_NAME`, since
        the file's own few names are the likely ones meant), best first; [] when none."""
        own = [self.registry.entities[i] for i in self.inline_ids if i in self.registry.entities]
        names = {normalise(n): e for e in own for n in (e.id, e.label, *e.aliases)}
        near = close_matches(normalise(name), list(names), n=3)
        return list(dict.fromkeys(names[n] for n in near))

    def facts_titled(self, name: str) -> list[str]:
        """The ids of the facts that this file, or another claims file of its folder, gives
        ``name`` as a ``title`` or ``eventName`` (compared without case or extra spaces),
        sorted; for a message that names the fact meant where a name was written.
        Files that do not parse are skipped: their own read names the problem."""
        want = " ".join(name.split()).casefold()
        found = set()
        for path in folder_claims_files(self.path.parent):
            try:
                _check_file(path, MAX_YAML_BYTES, "claims file")
                data = load_yaml(path)
            except (InputError, OSError, UnicodeDecodeError, ValueError):
                continue
            for c in data.get("claims") or [] if isinstance(data, dict) else []:
                if isinstance(c, dict) and isinstance(c.get("fact"), str) and any(
                        isinstance(c.get(k), str) and " ".join(c[k].split()).casefold() == want
                        for k in ("title", "eventName")):
                    found.add(c["fact"])
        return sorted(found)

    def corpus_facts(self) -> set[str]:
        """The fact ids stated by the other claims files (:func:`folder_claims_files`) in this file's
        folder: a corpus's ``claims/``. Read on first need only."""
        if self._corpus_facts is None:
            me = self.path.resolve()
            self._corpus_facts = facts_stated(p for p in folder_claims_files(self.path.parent) if p.resolve() != me)
        return self._corpus_facts

    def check_links(self, stored: "Callable[[set[str]], set[str]] | None") -> None:
        """Refuse each link to a fact (``about``, ``causedBy``, ``firstSince``, a
        relative date's ``after``/``before``/``during``, any key whose range is
        gkg:Fact) whose id no claim of this file or of another claims file beside it
        states, nor, when ``stored`` is given, the store (``stored`` maps a set of fact
        ids to those the store holds from other articles). The message names the key,
        the id and up to three near ids of the file and its folder, as an unknown
        ``about`` id always was: a mistyped id would otherwise become a link to a fact
        the graph does not hold, and a relative date would silently derive no bounds."""
        # The folder is read only for ids neither this file, the other files of the
        # command nor the store state: one read per file of a build, not one per file
        # per file.
        known = self.file_facts | self.batch_facts
        missing = {fact for _, fact, _, _ in self.links if fact not in known}
        if missing and stored is not None:
            missing -= stored(missing)
        if missing:
            known |= self.corpus_facts()
            missing -= known
        folder = f"{self.path.parent.name}/" if self.path.parent.name else "its folder"
        for key, fact, where, entity_too in self.links:
            if fact not in missing:
                continue
            near = close_matches(fact, sorted(known), n=3)
            hint = f" (did you mean {', '.join(map(repr, near))}?)" if near else ""
            what = "neither an entity of the registry nor the id of a fact" if entity_too else "not the id of a fact"
            store = ", nor by the store" if stored is not None else ""
            fix = "add the entity to the registry, or check the fact id" if entity_too else \
                "check the fact id, or add a claim that states that fact"
            if key == "firstSince":
                # 'the first since the 1991 coup' with no claim of the coup: its date or the span will do.
                fix += " (or give the date, firstSince: 1991, or the span, firstSince: more than 40 years)"
            self.error(f"{key}: {brief(fact)} is {what} stated by a claim of this file or of another claims file "
                       f"in {folder}{store}{hint}; {fix}", where)

    def among_parts(self, name: str, node: ox.NamedNode, who: "Entity | Unnamed", among: list, where,
                    out: "_Values") -> list | None:
        """The triples of the parts written under ``among`` of the actors ``who`` (node
        ``node``) of key ``name``: unnamed parts counted apart ('eight of them heads of
        state'), parts whose nationality is given, a group of the file that is one of
        them, or people, states and organisations the text names among them
        (gkg:namedMember, or an unnamed part of the named state's). The same for a role
        and for the speakers of ``said_by``. Registry entities go to ``out``. None after
        recording the problem."""
        extra: list = []
        for part in among:
            # 'eight of them heads of state': a part of unnamed actors, counted apart.
            read, sub = self.read_unnamed(part if isinstance(who, Unnamed) else None, f"{name}.{AMONG}", where)
            if not read:
                return None
            if isinstance(part, dict) and GROUP in part and isinstance(who, Unnamed):
                # 'one of three Algerian men charged': a group the file names elsewhere
                # (the consular employee arrested) is one of these.
                found_group = self.group(part, where, f"{name}.{AMONG}")
                if found_group is None:
                    return None
                part_count = _group_count(found_group[1])
                upper = who.count if who.count is not None else who.maximum
                if part_count is not None and (upper is not None and part_count > upper
                                               or upper is None and re.match(r"(?:some|a few)\b", who.text, re.IGNORECASE)):
                    # '{actor: some unnamed people, among: [{group: arrested}]}' for 'some of
                    # the 1,062 arrested': the whole written as the part.
                    self.error(f"{name}.{AMONG}: the group {part[GROUP]!r} counts {part_count}, more than "
                               f"{brief(who.text)}: 'among' lists the parts of the actors it is under, not their whole; "
                               f"for a part of a group of the file ('some of them') write "
                               f"{{actor: {who.text}, of: {{group: {part[GROUP]}}}}}", where)
                    return None
                extra += [*found_group[1], (found_group[0], ox.NamedNode(GKG + "subgroupOf"), node)]
                out.entities += found_group[2]
                continue
            if isinstance(part, dict) and isinstance(who, Unnamed):
                # '1 Indian, 4 Vietnamese and 15 Filipino crew': parts whose nationality is given.
                found_part = self.unnamed_part_of(part, where, f"{name}.{AMONG}")
                if found_part is None:
                    return None
                sub, owner = found_part
                if who.count is not None and sub.count is not None and sub.count > who.count:
                    self.error(f"{name}.{AMONG}: {brief(part['actor'])} counts more than the {who.count} of "
                               f"{brief(who.text)}", where)
                    return None
                part_node = ox.NamedNode(f"{node.value}_g{digest(sub.text, str(part['of']))}")
                extra += [*sub.triples(part_node), (part_node, ox.NamedNode(GKG + "subgroupOf"), node),
                          self.of_triple(part_node, owner)]
                out.entities.append(owner)
                continue
            if (sub is None and isinstance(who, Unnamed) and isinstance(part, str)
                    and any(self.vocab.is_a(e.type, "Person") for e in self.registry.candidates(part))):
                # 'the heads of 10 international organisations, among them António
                # Guterres': a person the article names among the group, one of its count.
                person = self.entity(part, where, f"{name}.{AMONG}", "Person")
                if person is None:
                    return None
                extra.append((node, ox.NamedNode(GKG + "namedMember"), entity_iri(person.id)))
                out.entities.append(person)
                continue
            if sub is None and isinstance(who, Unnamed) and isinstance(part, str) and self.registry.candidates(part) \
                    and _group_kind(who.text) is not None:
                # '24 entities, among them the Central Bank of Syria', 'several countries,
                # including Turkey': a group of the named one's own kind counts it as one of them.
                member = self.entity(part, where, f"{name}.{AMONG}", _group_kind(who.text))
                if member is None:
                    return None
                extra.append((node, ox.NamedNode(GKG + "namedMember"), entity_iri(member.id)))
                out.entities.append(member)
                continue
            if sub is None and isinstance(who, Unnamed) and isinstance(part, str) and self.registry.candidates(part):
                # 'representatives of 23 countries, including Turkey and Hungary': the part
                # of the group that is Turkey's, unnamed and uncounted, so the group stays 23.
                named = self.entity(part, where, f"{name}.{AMONG}", "State|Organisation")
                if named is None:
                    return None
                part_node = ox.NamedNode(f"{node.value}_g{digest('of', named.id)}")
                prop = "ofState" if self.vocab.is_a(named.type, "State") else "ofOrganisation"
                extra += [*Unnamed(f"those of {named.label}").triples(part_node),
                          (part_node, ox.NamedNode(GKG + prop), entity_iri(named.id)),
                          (part_node, ox.NamedNode(GKG + "subgroupOf"), node)]
                out.entities.append(named)
                continue
            if sub is None:
                self.error(f"{name}.{AMONG}: the parts of unnamed actors are unnamed actors themselves "
                           f"('8 unnamed heads of state'), the states or organisations the article names among them "
                           f"('representatives of 23 countries, including Turkey': among: Turkey) or the people it names "
                           f"among them ('heads of 10 organisations, among them Guterres'), of an 'actor' that "
                           f"is unnamed; got {brief(part)}", where)
                return None
            if sub.count is not None and who.count is not None and sub.count > who.count:
                self.error(f"{name}.{AMONG}: {brief(part)} counts more than the {who.count} of {brief(who.text)}", where)
                return None
            part_node = ox.NamedNode(f"{node.value}_g{digest(sub.text)}")
            extra += [*sub.triples(part_node), (part_node, ox.NamedNode(GKG + "subgroupOf"), node)]
        return extra

    def participant(self, name: str, iri: str, rng: str | None, raw, where, out: "_Values",
                    qualified: bool = True) -> tuple[ox.NamedNode, list] | None:
        """The node of one participant written under key ``name`` (property ``iri``,
        range ``rng``) and the triples that describe it: unnamed actors, their state
        (``of``), the party it acts for (``for``, when ``qualified``). Registry entities
        are kept in ``out``. None after recording the problem."""
        if isinstance(raw, dict) and GROUP in raw:
            found = self.group(raw, where, name)
            if found is None or not self.takes_unnamed(raw, where, name, rng, out.type):
                return None
            if name == "court" and not self.unnamed_court(
                    " ".join(str(o.value) for _, p, o in found[1] if p.value == RDFS + "label"), raw, where):
                return None
            out.entities += found[2]
            extra = list(found[1])
            party = self.group_for.get(raw[GROUP])
            if party is not None and qualified:
                # A group acting for a named party fills every role for it, in every claim.
                q = ox.NamedNode(f"{out.fact.value}_r{digest(iri, found[0].value, party.id)}")
                extra += qualified_role_triples(q, out.fact, iri, found[0], entity_iri(party.id))
                out.entities.append(party)
            return found[0], extra
        party = state = of_group = died_in = None
        among = []
        if isinstance(raw, dict) and "in" in raw and name in _VICTIM_KEYS:
            # 'more than 3,760 people killed in Lebanon': where the victims were killed or
            # wounded, not whose nationals they are ('of').
            died_in = self.entity(raw["in"], where, f"{name}.in", "Place|State")
            if died_in is None:
                return None
            raw = {k: v for k, v in raw.items() if k != "in"}
        forms = ("'actor' and 'for' (e.g. {actor: Lina Varo, for: Ostravia}), or " if qualified else "")
        negation = ("or 'not' alone for an actor the text says had no part in the role (e.g. {not: M23}), "
                    if qualified else "")
        if isinstance(raw, dict):
            keys = set(raw) - {AMONG}
            allowed = (QUALIFIED_FIELDS, UNNAMED_OF_FIELDS) if qualified else (UNNAMED_OF_FIELDS,)
            if keys not in allowed and keys != {"actor"}:
                self.error(f"{name}: a qualified role is a mapping with {forms}'actor' and 'of' for unnamed "
                           f"actors of a state or organisation (e.g. {{actor: 11 unnamed individuals, of: Ostravia}}), and "
                           f"optionally 'among' for the parts of unnamed actors the article counts apart "
                           f"(e.g. {{actor: unnamed representatives of 11 countries, among: 8 unnamed heads of state}}), "
                           f"{negation}got keys {brief(sorted(map(str, raw)))}", where)
                return None
            if isinstance(raw.get("of"), dict) and GROUP in raw["of"]:
                # 'some of them on terrorism charges', of the 1,062 arrested: a part of a
                # group of the file (gkg:subgroupOf it), not of a state or organisation.
                of_group = self.group(raw["of"], where, f"{name}.of")
                if of_group is None:
                    return None
            elif "of" in raw:
                state = self.entity(raw["of"], where, f"{name}.of", "State|Organisation|Group")
                if state is None:
                    return None
            elif "for" in raw:
                party = self.for_parties(raw["for"], where, f"{name}.for", out)
                if party is None:
                    return None
            among = raw.get(AMONG) if isinstance(raw.get(AMONG), list) else [raw[AMONG]] if AMONG in raw else []
            raw = raw["actor"]
        tie = ("of", state.id) if state is not None else ("for", *(p[0] for p in party)) if party is not None else ()
        if died_in is not None:
            tie += ("in", died_in.id)
        found = self.actor(raw, where, name, rng, out.claim.value, tie, out.type)
        if found is None:
            return None
        node, who = found
        if died_in is not None:
            if not isinstance(who, Unnamed):
                self.error(f"{name}.in: only unnamed victims ('more than 3760 unnamed people') take the place they "
                           f"were killed or wounded in; a named victim's place is the fact's place, got {brief(raw)}", where)
                return None
            out.entities.append(died_in)
        if isinstance(who, Unnamed) and who.proportion == "all" and not tie and of_group is None \
                and name in ("party", "participant"):
            # 'all fire will stop from all parties': the fact's own parties, no one else.
            self.error(f"{name}: {brief(who.text)} names no one but the fact's own parties, which other claims name; "
                       f"leave the key out of this claim (the fact keeps its parties), or name them", where)
            return None
        extra = list(who.triples(node)) if isinstance(who, Unnamed) else []
        if died_in is not None:
            extra.append((node, ox.NamedNode(GKG + "victimsPlace"), entity_iri(died_in.id)))
        if of_group is not None:
            whole = _group_count(of_group[1])
            if not isinstance(who, Unnamed):
                self.error(f"{name}.of: only unnamed actors ('some unnamed people') are written as a part of a "
                           f"group of the file; got {brief(raw)}", where)
                return None
            if who.count is not None and whole is not None and who.count > whole:
                self.error(f"{name}: {brief(who.text)} counts more than the {whole} of the group it is of", where)
                return None
            extra += [*of_group[1], (node, ox.NamedNode(GKG + "subgroupOf"), of_group[0])]
            out.entities += of_group[2]
        parts = self.among_parts(name, node, who, among, where, out)
        if parts is None:
            return None
        extra += parts
        # 'all the crew members' names the whole group in its own words; 'most' needs the group.
        # 'Not all welcomed the outcome': a part of everyone, the whole left unsaid.
        if isinstance(who, Unnamed) and who.proportion and who.proportion not in ("all", "not all") and state is None \
                and of_group is None:
            self.error(f"{name}: {brief(who.text)} is a part of a group: name the group with 'of' "
                       f"({{actor: {who.text}, of: <the party, body or state they belong to>}})", where)
            return None
        if state is not None:
            if not isinstance(who, Unnamed):
                self.error(f"{name}.of: only unnamed actors take 'of'; the registry gives "
                           f"{brief(raw)} its state ('of' in entities.yaml)", where)
                return None
            extra.append(self.of_triple(node, state))
            out.entities.append(state)
        for key, party_node in party or ():
            # One qualified role for each party the actor acts for (PROV-O: a delegation each).
            q = ox.NamedNode(f"{out.fact.value}_r{digest(iri, node.value, key)}")
            extra += qualified_role_triples(q, out.fact, iri, node, party_node)
        if isinstance(who, Entity):
            out.entities.append(who)
        return node, extra

    def quotes(self, raw, occurrence, text: str, where) -> list[Quote]:
        items = raw if isinstance(raw, list) else [raw]
        if not items:
            self.error("quote: an empty list; give the exact words of the article", where)
        split = comma_split_quote(items, text)
        if split is not None:
            # YAML reads an unquoted [a, b, c] as a list split at every comma: one
            # passage of the article written so is several quotes, each too short.
            shown = split if len(split) <= 2 * QUOTE_SHOWN else brief(split, 2 * QUOTE_SHOWN)
            self.error(f"quote: read as a list of {len(items)} quotes, because YAML splits an unquoted "
                       f"[...] at every comma, but some of them are one passage of the article: write that "
                       f"passage as one string in double quotes, \"{shown}\" (a list of passages: "
                       f"[\"first passage\", \"second passage\"])", where)
            return []
        found = []
        for q in items:
            if not isinstance(q, str) or not q.strip():
                self.error("quote: expected the exact words of the article", where)
                continue
            starts = locate(text, q, occurrence)
            if not starts:
                if occurrence is not None and locate(text, q, None):
                    self.error(f"quote: there is no occurrence {occurrence} of {brief(q, QUOTE_SHOWN)} in the article", where)
                    continue
                marks = quotation_marks_hint(q, text) or unicode_form_hint(q, text)
                if marks:
                    hint = marks
                elif normalise(q) in normalise(text):
                    hint = " (it matches when ignoring case, spacing or apostrophes: copy it exactly, e.g. ’ not ')"
                else:
                    hint = where_quote_departs(q, text)
                self.error(f"quote not found verbatim in the article text: {brief(q, QUOTE_SHOWN)}{hint}", where)
                continue
            if len(starts) > 1:
                self.error(
                    f"quote appears {len(starts)} times in the article: add 'occurrence: N' (1 to {len(starts)}) or quote more words: {brief(q, QUOTE_SHOWN)}",
                    where,
                )
                continue
            s = starts[0]
            e = s + len(q)
            # The Web Annotation model: "Selections SHOULD NOT start or end in the middle
            # of a grapheme cluster" (W3C Web Annotation Data Model, 4.2.4). Refused, not
            # widened: the quote stays the analyst's own words.
            ws, we = grapheme_span(text, s, e)
            if (ws, we) != (s, e):
                self.error(f"quote {brief(q, QUOTE_SHOWN)} {'starts' if ws != s else 'ends'} inside a character (a letter with "
                           f"its accents, an emoji with its modifiers): quote the whole character, "
                           f"i.e. {brief(text[ws:we])}", where)
                continue
            found.append(Quote(q, s, e, text[max(0, s - CONTEXT) : s], text[e : e + CONTEXT]))
        return found

    def claim(self, n: int, raw, article: Article, seen: dict[str, object], line: int | None = None) -> Claim | None:
        line = line_of(raw) or line
        where = f"claim #{n}" + (f" (line {line})" if line else "")
        if not isinstance(raw, dict):
            self.error("each claim is a mapping of keys to values", where)
            return None
        cid = raw.get("id")
        if not isinstance(cid, str) or not _SLUG.match(cid):
            self.error("claim id missing or malformed: use lower-case letters, digits and '-'", where)
            return None
        where = f"claim {cid!r} (line {getattr(raw, 'line', '?')})"
        if cid in seen:
            self.error(f"duplicate claim id in this file (first at line {seen[cid]})", where)
            return None
        seen[cid] = getattr(raw, "line", "?")
        before, followed = len(self.errors), len(self.follow_ons)
        self.published = article.published

        fact = raw.get("fact")
        if not isinstance(fact, str) or not _SLUG.match(fact):
            self.error("'fact' (the fact's id, shared by every article that reports it) is missing or malformed", where)
        ftype = raw.get("type")
        if ftype not in self.vocab.fact_types or ftype in ("Fact", "Event"):
            first = self.unknown_types.get(str(ftype))
            if first is not None:  # its suggestions were given at its first claim
                self.error(f"unknown fact type {brief(ftype)} (as in {first})", where)
            else:
                self.unknown_types[str(ftype)] = where
                types = sorted(self.vocab.fact_types - {"Fact", "Event"})
                meant = class_alt_labels().get(ftype.strip().casefold()) if isinstance(ftype, str) else None
                # A kind far behind the closest is no misspelling of it ('Meting' is
                # 'Meeting', not 'ProtectingPower' for the 'eting' of 'Protecting').
                scored = scored_matches(str(ftype), types, n=3) if isinstance(ftype, str) and not meant else []
                near = [meant] if meant else [c for c, s in scored if s >= scored[0][1] - 15]
                hint = f" (did you mean {', '.join(map(repr, near))}?)" if near else ""
                self.error(f"unknown fact type {brief(ftype)}{hint}; 'kg vocabulary' lists the {len(types)} kinds of "
                           "fact, and 'kg vocabulary WORDS' finds the one for what the sentence says", where)
        modality = self.vocab.controlled_value("Modality", str(raw.get("modality", "asserted")))
        if modality is None:
            meant = _MODALITY_WORDS.get(str(raw.get("modality", "")).strip().casefold())
            hint = f" ({meant})" if meant else ""
            self.error(f"unknown modality {brief(raw.get('modality'))}{hint}; use asserted, reported, planned, requested, alleged, "
                       f"alleged plan, denied, uncommitted, hoped, considered, willing, unable, refused, obliged, permitted, "
                       f"envisaged ('must be', 'should be': a speaker's condition or vision) or predicted", where)
        occurrence = raw.get("occurrence")
        if occurrence is not None and (isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1):
            self.error("occurrence must be a whole number from 1", where)
            occurrence = None
        if "quote" not in raw:
            self.error("every claim needs a quote: the exact words of the article", where)
        quotes = self.quotes(raw.get("quote"), occurrence, article.text, where) if "quote" in raw else []

        out = _Values(fact_iri(fact if isinstance(fact, str) else "invalid"), claim_iri(article.id, cid),
                      type=ftype if isinstance(ftype, str) else "")
        said_by = []
        if raw.get("said_by") is None and raw.get("speaker") is not None and (
                any(raw.get(k) is not None for k in (*SAYING_FIELDS, "said_at", "said_to", "said_on"))
                or modality and modality.endswith("#Reported") and isinstance(ftype, str)
                and ftype in self.vocab.fact_types and self.vocab.is_a(ftype, "Statement")):
            # One rule, the guide's (said_by in 'Keys of a claim'): a statement's speaker is
            # whom its words are attributed to unless said_by names someone else. 'Lin Jian
            # said the communique repeated stale claims' takes reported, said_in, grounds
            # and said_on without repeating him as said_by.
            raw["said_by"] = _speakers_as_said_by(raw["speaker"])
        raw_speakers = raw.get("said_by")
        for speaker in raw_speakers if isinstance(raw_speakers, list) else [raw_speakers] if raw_speakers is not None else []:
            found = self.speaker(speaker, where, out)
            if found is not None:
                said_by.append(found)
                out.take(*found)
        if raw_speakers is None and modality and modality.endswith("#Reported"):
            self.error("a reported claim needs 'said_by': who the article says said it ('unnamed sources' when it names nobody)", where)
        said_relative = self.said_relative(raw, where) if isinstance(raw.get("said_on"), dict) else ()
        said_on = self.said_on(raw, where) if raw.get("said_on") is not None and not isinstance(raw["said_on"], dict) \
            else None
        self.said_day = dt.date.fromisoformat(said_on.value) \
            if said_on is not None and said_on.datatype.value == XSD + "date" else None
        # 'date: immediately' counts from the day the words were said (said_on), else the
        # article's day: 'called for the immediate return of the hostages' on 22 May is 22 May.
        saying = self.saying(raw, where)
        said_at = None
        if raw.get("said_at") is not None:
            # 'Biden said at the White House': where the speakers said it, a place of the
            # registry; the occasion in words stays said_in.
            if raw.get("said_by") is None:
                self.error("said_at: where a speaker said it needs the speaker (said_by), or on a Statement its "
                           "speaker; the article's own words are said nowhere of their own", where)
            else:
                # An organisation stands for its seat ('speaking at the Russian Foreign
                # Ministry'): no building the text does not name is invented.
                place = self.entity(raw["said_at"], where, "said_at", "Place|State|Organisation")
                if place is not None:
                    said_at = entity_iri(place.id)
                    out.entities.append(place)
        said_to = self.said_to(raw, where, out)
        if raw.get("conditionSetBy") is not None and raw.get("conditionFact") is None and raw.get("condition") is None:
            # 'a deal that Erdogan had tied to the vote': who set a condition needs the condition.
            self.error("conditionSetBy: who made the fact conditional needs the condition in the same claim "
                       "(conditionFact: <the fact it is tied to>, or condition: <the words>)", where)
        if raw.get("conditionActor") is not None and raw.get("condition") is None:
            # 'Moscow had to understand how the arsenals of France and Britain would be counted'.
            self.error("conditionActor: the actors a condition names need the condition in words in the same claim "
                       "(condition: <the words>, conditionActor: [France, United Kingdom])", where)
        if raw.get("willingParty") is not None and raw.get("modality") != "willing":
            self.error(f"willingParty: the party whose readiness the claim states needs modality: willing, got "
                       f"modality {brief(raw.get('modality'))}", where)
        if raw.get("refusingParty") is not None and raw.get("modality") != "refused":
            # 'the repeated and clear refusal of the Ukrainian side to extend these agreements'.
            self.error(f"refusingParty: the party whose refusal the claim states needs modality: refused, got "
                       f"modality {brief(raw.get('modality'))}", where)
        if raw.get("aboutStage") is not None and raw.get("aboutFact") is None and raw.get("about") is None \
                and raw.get("characterised") is None:
            self.error("aboutStage: the stage a statement or characterisation is about needs the fact whose stage it "
                       "is (aboutFact: <fact id>, aboutStage: signed; characterised: <fact id>, aboutStage: ended)",
                       where)
        for kind, keys, words, message in _WRONG_KIND_HINTS:
            if raw.get("type") == kind and words.search(" ".join(str(raw.get(k) or "") for k in keys)):
                self.error(message, where)
        if raw.get("endedByStage") is not None and raw.get("endedBy") is None:
            # 'gas stopped flowing after the transit contract expired'.
            self.error("endedByStage: the stage of the fact that ended this one needs that fact in the same claim "
                       "(endedBy: <the contract's fact id>, endedByStage: expired)", where)
        if raw.get("reasonOf") is not None and raw.get("reason") is None:
            # Whose motive it is goes with the motive the same speakers give.
            self.error("reasonOf: whose motive it is needs the motive in the same claim (reason: <the words>)", where)
        via = None
        if raw.get("via") is not None:
            # A named outlet, or unnamed ones ('Russian news agencies reported').
            via = self.actor(raw["via"], where, "via", "Organisation|Group", out.claim.value + "_via")
            if via:
                out.take(*via)
        confirmed_by = []
        raw_confirmers = raw.get("confirmed_by")
        for n, who in enumerate(raw_confirmers if isinstance(raw_confirmers, list) else
                                [raw_confirmers] if raw_confirmers is not None else []):
            # 'A U.S. maritime patrol aircraft later confirmed that ...': an actor, a vessel
            # or aircraft of the registry, or unnamed ones with whose they are.
            if isinstance(who, dict) and set(map(str, who)) == UNNAMED_OF_FIELDS:
                party = self.entity(who["of"], where, "confirmed_by.of", "State|Organisation|Group")
                found = self.actor(who["actor"], where, "confirmed_by", None, f"{out.claim.value}_confirmer{n}",
                                   ("of", party.id)) if party is not None else None
                if found is not None and party is not None:
                    prop = "ofState" if self.vocab.is_a(party.type, "State") else "ofOrganisation"
                    out.extra.append((found[0], ox.NamedNode(GKG + prop), entity_iri(party.id)))
                    out.entities.append(party)
            else:
                found = self.actor(who, where, "confirmed_by", "Actor|Asset", f"{out.claim.value}_confirmer{n}")
            if found is not None:
                confirmed_by.append(found)
                out.take(*found)
        polarity = None
        if raw.get("polarity") is not None:
            value = raw["polarity"]
            polarity = self.vocab.controlled_value("Polarity", value) if isinstance(value, str) else None
            if polarity is None:
                self.error(f"polarity: unknown value {brief(raw['polarity'])}; use negative (the claim says the fact "
                           f"did not happen or does not hold) or positive (the default)", where)
        if modality in (GKG + "Unable", GKG + "RefusedModality"):
            # 'unable to check the figures', 'refused to resign': the act did not happen,
            # whatever the file says.
            word = "unable" if modality == GKG + "Unable" else "refused"
            if polarity == GKG + "Positive":
                self.error(f"polarity: a claim with modality {word} says the act did not happen; leave polarity out "
                           "(it is negative)", where)
            polarity = GKG + "Negative"
        if modality == GKG + "Uncommitted" and polarity is not None:
            # 'does not mean Iran has built a weapon': the fact as it would happen, which
            # the speaker neither asserts nor denies.
            self.error("polarity: a claim with modality uncommitted neither says the fact holds nor that it does not; "
                       "leave polarity out and write the fact as it would happen (a speaker who says it did not happen "
                       "denies it: modality: denied)", where)
        hedged = raw.get("hedged", False)
        if not isinstance(hedged, bool):
            self.error(f"hedged: true or false, got {brief(hedged)}", where)
        likelihood = self.likelihood(raw.get("likelihood"), where)
        review, drafted_by = self.review(raw, where)

        for k, v in raw.items():
            if k in CLAIM_FIELDS:
                continue
            key = self.vocab.keys.get(k)
            if key is None and v is None and isinstance(k, str) and " " in k.strip():
                # '{note: considering, weaker than a plan}': YAML ends a flow value at the
                # comma and reads the rest as a key with no value.
                self.error(f"{brief(k)} stands as a key with no value: in a {{...}} flow mapping a comma ends the "
                           f"value before it, so a value holding a comma must be quoted "
                           f"(key: \"..., {k.strip()}\")", where)
                continue
            if key is None:
                # difflib's cutoff of 0.6 offered unrelated keys ('examinedBy' for
                # 'endedBy', 'observer' for 'loser').
                # From the keys the claim's class takes, by meaning before spelling:
                # 'accused' on an Accusation is its 'about', not Espionage's 'spy'.
                near = key_meant(str(k), ftype if isinstance(ftype, str) else "", self.vocab)
                hint = f"; did you mean {near[0]!r}?" if near else ""
                words = re.sub(r"(?<=[a-z])(?=[A-Z])|[_-]+", " ", str(k)).strip().casefold()
                # The command is offered only where it answers ('aggressor' finds perpetrator).
                from kg.lookup import lookup

                look = (f"; to find the key for what it says, run: kg vocabulary {shlex.quote(words)}"
                        if words and lookup(words) else "; 'kg vocabulary WORDS' finds a key by other words for it")
                self.error(f"unknown relation {brief(k)}{hint} (not a claim key of the ontology){look}", where)
                continue
            if ftype in self.vocab.fact_types and not self.vocab.applies(key, ftype):
                self.error(self.outside_domain(key, ftype), where)
                continue
            if key.name in STATEMENT_KEYS and ftype in self.vocab.fact_types and self.vocab.is_a(ftype, "Statement"):
                own = STATEMENT_KEYS[key.name]
                self.error(f"key {key.name!r} does not apply to {_a(ftype)}, a statement: the actor a statement "
                           f"praises, threatens, criticises or is about is {own!r} "
                           f"(write {own}: {v if isinstance(v, str) else brief(v)})", where)
                continue
            if key.kind == "route":
                self.route(key, v, where, out)
                continue
            self.key_line = getattr(raw, "lines", {}).get(k)  # a mapping load_yaml read knows its keys' lines
            for item in v if isinstance(v, list) else [v]:
                self.value(key, item, where, out)
            self.key_line = None
        chief = [v for k, v in out.values if k.name == "chiefly"]
        others = {v for k, v in out.values if k.kind == "entity" and k.name != "chiefly"}
        if any(v not in others for v in chief):
            # 'chiefly from the United States' names the main one of the actors in a role.
            self.error("chiefly: names the main one of the actors of a role in this claim; give the role too "
                       "(e.g. authority: [United States, unnamed other authorities], chiefly: United States)", where)
        denies = self.denied_keys(raw, modality, where)
        doubts = self.doubted_keys(raw, denies, where)
        self.member_votes(out, where)
        self.casualty_counts(raw, out, where)
        self.attendees_apart(out, where)
        self.roles_apart(out, where)
        self.seized_by_authority(out, where)
        self.body_holder(out, where)
        self.relations_trend(out, where)
        self.mediator_signs(out, where)
        self.own_step(out, where)
        self.status_fit(out, where)
        self.span_order(out, where)
        if "comparison" in raw and "comparedWith" not in raw:
            self.error("comparison: says how the fact's figure compares with another fact's; name that fact with "
                       "comparedWith: <its id> (a figure the text gives is a bounded amount: value: less than 2 billion "
                       "euros)", where)
        if modality in (GKG + "Willing", GKG + "RequestedModality", GKG + "Hoped") and any(
                k.name in ("status", "stage") and GKG + "Postponed" in (v.value, *(str(t[2].value) for t in out.extra
                                                                              if t[0] == v)) for k, v in out.values):
            # An offer to delay ('had offered to delay the sanctions') is a fact of its own:
            # put on the sanction, it would read as the sanction being postponed.
            word = self.vocab.labels.get(modality, "willing")
            self.error(f"status: postponed with modality {word} would mark this fact postponed; an offer, request or "
                       f"wish to delay it is a Postponement of its own (type: Postponement, postpones: {fact}, "
                       f"duration: ..., modality: {word})", where)
        late = done_date_after_publication(out.values, modality, polarity, article.published, article.published_inferred)
        if late is not None and late[0] == "wrong":
            said = "reported" if modality.endswith("#Reported") else "asserted"
            self.error(f"date: {late[1]} is after the article's publication date ({article.published.isoformat()}), but "
                       f"modality {said} presents the fact as done: write a planned fact as `modality: planned` (an "
                       f"expected one with hedged: true), or correct the date or the article's published date", where)
        # A claim whose roles name only refused entries is told so once, in the file's
        # follow-on note, not as a claim without roles.
        if not out.values and len(self.errors) == before and len(self.follow_ons) == followed:
            self.error("a claim must state at least one role or attribute of its fact", where)
        if len(self.errors) > before or len(self.follow_ons) > followed:
            self.failed_facts.add(fact if isinstance(fact, str) else "")
            return None
        note = raw.get("note")
        if note is not None and not isinstance(note, str):
            self.error(f"note: expected text, got {brief(note)}", where)
            return None
        return Claim(
            article=article.id,
            id=cid,
            line=getattr(raw, "line", None),
            key_lines=tuple((k, raw.line_of(k)) for k in raw if isinstance(k, str)) if hasattr(raw, "line_of") else (),
            fact=fact,
            type=ftype,
            values=tuple(out.values),
            modality=modality,
            quotes=tuple(quotes),
            said_by=tuple(said_by),
            said_on=said_on,
            said_relative=said_relative,
            via=via,
            note=str(note) if note else None,
            # The states that named organisations belong to come along, so that every
            # article graph says which state its governments and forces act for.
            entities=tuple(dict.fromkeys(self.registry.with_states(out.entities))),
            hedged=hedged,
            likelihood=likelihood,
            extra=tuple(dict.fromkeys(out.extra)),
            review=review,
            drafted_by=drafted_by,
            polarity=polarity,
            denies=denies,
            doubts=doubts,
            saying=saying,
            confirmed_by=tuple(confirmed_by),
            said_at=said_at,
            said_to=said_to,
        )

    def likelihood(self, value, where: str) -> str | None:
        """``likelihood: almost certain``: how probable the claim's speakers (or the
        article) say the fact is, one step of the gkg:Likelihoods scheme (ICD 203's
        words of estimative probability) by its label or one of its alternative labels
        ('undoubtedly', 'probably', 'highly unlikely'). Returns the value's IRI, or None
        when the claim gives none; records a problem with ``where`` for any other
        value, listing the seven steps."""
        if value is None:
            return None
        iri = self.vocab.controlled_value("Likelihood", str(value)) if isinstance(value, str) else None
        if iri is None:
            steps = ", ".join(_LIKELIHOOD_ORDER)
            self.error(f"likelihood: one of {steps} (the words of estimative probability: 'undoubtedly' is almost "
                       f"certain, 'probably' likely), got {brief(value)}; a bare 'reportedly' or 'appeared to' is "
                       f"hedged: true, and a comparison ('even less likely') stays in the quote", where)
        return iri

    def saying(self, raw: dict, where: str) -> tuple[tuple[str, str], ...]:
        """``said_in: a television interview`` and ``grounds: <the reason the speakers
        give>``: where and why the claim's speakers said it, for any claim that has
        speakers (a denial, a reported allegation), not only a Statement's medium, and
        ``translation`` (true, or the article's words for it: 'unofficial translation'),
        on any claim whose quoted words render a text in another language; a
        Statement's ``speaker`` given without ``said_by`` has been made its ``said_by``
        before (:func:`_speakers_as_said_by`). Returns (property local name, text) pairs; records a problem (no speaker, no
        text) with ``where`` and leaves that field out."""
        found = []
        value = raw.get("translation")
        if value is not None:
            # '(unofficial translation)': the quoted words render a text first said or written
            # in another language; the article's own words need no speaker for that.
            if value is True or (isinstance(value, str) and value.strip()):
                found.append(("translated", "true"))
                if isinstance(value, str):
                    found.append(("translationNote", " ".join(value.split())))
            else:
                self.error(f"translation: true where the quoted words are a translation, or how the article marks "
                           f"it in its words ('unofficial translation', 'translated from Polish'), got {brief(value)}",
                           where)
        for name, prop in SAYING_FIELDS.items():
            value = raw.get(name)
            if value is None:
                continue
            if raw.get("said_by") is None:
                self.error(f"{name}: where or why a speaker said it needs the speaker (said_by), or on a Statement its "
                           f"speaker; the article's own words have no medium of their own", where)
            elif name == "anonymity" and value is True:
                # 'speaking on condition of anonymity' with no reason given: that the
                # speakers asked not to be named, and no reason invented.
                found.append(("anonymityRequested", "true"))
            elif isinstance(value, bool) or not isinstance(value, (str, int, float)) or not str(value).strip():
                hint = (" (true where the article gives no reason: 'speaking on condition of anonymity' alone; "
                        "otherwise the reason in its words)" if name == "anonymity" else "")
                self.error(f"{name}: expected text, got {brief(value)}{hint}", where)
            elif name == "said_partOfMonth" and not self._said_in_a_month(raw.get("said_on")):
                # 'late last month': a part of the month said_on names, not of a day or a year.
                self.error(f"said_partOfMonth: the part of a month needs that month in said_on (said_on: 2025-07, "
                           f"said_partOfMonth: {' '.join(str(value).split())}), not {brief(raw.get('said_on'))}", where)
            else:
                found.append((prop, " ".join(str(value).split())))
        return tuple(found)

    def _said_in_a_month(self, value) -> bool:
        """Whether ``said_on`` (its raw value, or None) names one month: '2025-07', or
        'last month' read against the article's date."""
        if value is None or isinstance(value, (bool, dict, list)):
            return False
        period = parse_period(value)
        if period is None and is_relative_period(value) and self.published is not None:
            period = parse_relative_period(value, self.published)
        return period is not None and not period.is_interval and len(period.start.value) == 7

    def said_relative(self, raw: dict, where: str) -> tuple[tuple[str, ox.NamedNode | ox.Literal], ...]:
        """``said_on: {after: hearing-x}``: the fact the claim's speakers said it after
        (or ``before``, or ``during``), where the text dates the saying only by it ('the
        department said after the hearing'); one key, the other fact's id, checked with
        the file's other links, and beside ``after`` or ``before`` optionally ``delay``,
        the time between the two in words ('hours after the speech': ``{after: <the
        speech>, delay: hours}``), read by :func:`kg.periods.parse_duration_bounds` into
        gkg:saidDelayLabel with its bounds gkg:saidMinDelay and gkg:saidMaxDelay; and
        ``stage``, the status of the other fact's stage it counts from ('two days later',
        after a law's veto: gkg:saidRelativeStage), from whose day an exact delay gives the
        day of the saying (dcterms:date, in :func:`_date_bounds`). Needs
        said_by as a dated saying does. Returns (('saidAfter', <fact IRI>),) and the
        like, followed by the delay's (property local name, literal) pairs; () after
        recording a problem."""
        value = raw["said_on"]
        if raw.get("said_by") is None:
            self.error("said_on: when a speaker said it needs the speaker (said_by), or on a Statement its speaker; "
                       "the article's own statements are dated by its publication", where)
            return ()
        sides = [k for k in value if k in ("after", "before", "during")]
        other = value.get(sides[0]) if len(sides) == 1 else None
        if len(sides) != 1 or set(value) - {sides[0], "delay", "stage"} or not isinstance(other, str) \
                or not _SLUG.match(other):
            self.error(f"said_on: a saying dated by another fact is a mapping with one of 'after', 'before' or "
                       f"'during' and that fact's id, and with 'after' or 'before' optionally the 'delay' between "
                       f"them (said_on: {{after: hearing-x-2024}}, {{after: speech-x, delay: hours}}), and "
                       f"optionally 'stage', the status of that fact's stage it counts from ({{after: law-x, stage: "
                       f"vetoed, delay: two days}}), got {brief(value)}", where)
            return ()
        side = sides[0]
        staged = ()
        if "stage" in value:
            # 'Two days later' after the veto: counted from a stage of the other fact.
            status = self.anchor_stage("said_on.stage", "the saying counts from", value["stage"], where)
            if status is None:
                return ()
            staged = (("saidRelativeStage", ox.NamedNode(status)),)
        delay = ()
        if "delay" in value:
            bounds = parse_duration_bounds(value["delay"]) if side != "during" and isinstance(value["delay"], str) \
                else None
            if bounds is None:
                self.error(f"said_on.delay: the time between the other fact and the saying, beside 'after' or "
                           f"'before', in words ('hours', 'two days', 'within minutes'); 'during' takes none; got "
                           f"{brief(value)}", where)
                return ()
            delay = (("saidDelayLabel", ox.Literal(bounds.words)),
                     *((prop, lit) for prop, lit in (("saidMinDelay", bounds.least), ("saidMaxDelay", bounds.most))
                       if lit is not None))
        self.links.append((f"said_on.{side}", other, where, False))
        return ((f"said{side.capitalize()}", fact_iri(other)), *delay, *staged)

    def said_on(self, raw: dict, where: str) -> ox.Literal | None:
        """``said_on: 2025-04-01``: the day (or month, or year) the claim's speakers said
        it ('the ministry said on April 1'), an xsd:date, gYearMonth or gYear; a weekday
        or 'yesterday' is read against the article's date as under ``date``. Needs
        ``said_by``: without a speaker the saying is the article's own, dated by its
        publication. None after recording the problem."""
        value = raw["said_on"]
        if raw.get("said_by") is None:
            self.error("said_on: the date a speaker said it needs the speaker (said_by), or on a Statement its "
                       "speaker; the article's own statements are dated by its publication", where)
            return None
        period = parse_period(value)
        if period is None and is_relative_period(value) and self.published is not None:
            period = parse_relative_period(value, self.published)
        if period is None or period.is_interval:
            iso = written_date_as_iso(value)
            fix = f"write said_on: {iso}" if iso else "write YYYY-MM-DD, YYYY-MM or YYYY"
            self.error(f"said_on: takes the one day, month or year the speakers said it, not {brief(value)}; {fix}", where)
            return None
        return period.start

    def casualty_counts(self, raw: dict, out: "_Values", where: str) -> None:
        """Refuse a count of people injured or taken to hospital written as ``quantity``
        with ``quantityOf`` ('sending six people to hospital': quantityOf: people sent to
        hospital) on a fact that has the casualty keys (an attack, a protest, a war): it
        goes in ``wounded``, which the casualties query counts. (Counts of the killed or
        wounded as a quantity, which older claims files write, are still read.) Records
        the problem with ``where``."""
        what = raw.get("quantityOf")
        counted = self.vocab.keys.get("wounded")
        if not isinstance(what, str) or counted is None or not any(self.vocab.is_a(out.type, d) for d in counted.domain):
            return
        if re.search(r"\b(hospital\w*|injur\w*)\b", what, re.IGNORECASE):
            self.error(f"quantityOf: {brief(what)} counts casualties, which {out.type} has keys for: people injured or "
                       f"taken to hospital go in wounded (wounded: {raw.get('quantity', 6)}, the words in injury: sent "
                       f"to hospital); the casualties query shows them", where)

    def member_votes(self, out: "_Values", where: str) -> None:
        """One claim's members' votes must agree with themselves: a member voting two
        ways, or more members named for a side than the count the claim gives for it
        ('four votes' and five names), or a deciding voter who abstained, is refused.
        Unnamed members are not counted, since their number is not the number of
        members."""
        sides = {"votedYes": "votesFor", "votedNo": "votesAgainst", "abstained": "abstentions"}
        names = {entity_iri(e.id): e.label for e in out.entities}  # unnamed members are not among them
        named = {side: {v for k, v in out.values if k.name == side and v in names} for side in sides}
        seen: dict = {}
        for side, members in named.items():
            for m in members:
                if m in seen:
                    self.error(f"{side}: {names[m]} is also in {seen[m]}: a member votes one way", where)
                seen[m] = side
        for side, count_key in sides.items():
            counts = [int(v.value) for k, v in out.values if k.name == count_key and isinstance(v, ox.Literal)]
            if counts and named[side] and len(named[side]) > min(counts):
                self.error(f"{side}: {len(named[side])} members named, but {count_key} is {min(counts)}", where)
        # A veto is a vote against that defeats the draft (gkg:vetoedBy, a sub-property of
        # gkg:votedNo): its member voted no, and the vote was not adopted.
        for k, v in out.values:
            if k.name == "vetoedBy" and seen.get(v) in ("votedYes", "abstained"):
                self.error(f"vetoedBy: {names[v]} is also in {seen[v]}: a veto is a vote against (keep vetoedBy, "
                           f"or {seen[v]} if the member did not veto)", where)
        outcomes = [str(v.value) for k, v in out.values if k.name == "outcome" and isinstance(v, ox.Literal)]
        adopted = next((o for o in outcomes if _ADOPTED.search(o)), None)
        if adopted and any(k.name == "vetoedBy" for k, _ in out.values):
            self.error(f"vetoedBy with outcome: {brief(adopted)}: a veto defeats the draft it is cast on; write the "
                       f"vote's outcome as the text gives it ('vetoed', 'failed'), or drop vetoedBy if the veto was "
                       f"on another vote", where)
        # 'cast the deciding vote': a vote for or against; an abstention decides nothing.
        for k, v in out.values:
            if k.name == "decidingVoter" and seen.get(v) == "abstained":
                self.error(f"decidingVoter: {names[v]} abstained in this claim; a deciding vote is cast for or "
                           f"against (votedYes or votedNo)", where)

    def votes_across(self, claims: list[Claim]) -> None:
        """The claims of one article that say how a vote went must agree with each other,
        as one claim must with itself (:meth:`member_votes`): a member named on two sides
        of the vote in different claims ('Poland' among those who voted no, and among
        those who abstained), or more members named for a side, over all the claims, than
        the count a claim gives for it, is refused, naming the claims and the member.
        Only claims that say the vote went so count (asserted or reported, not negative):
        a speaker's denial that Poland voted no says nothing of its side. A veto
        (gkg:vetoedBy) is a vote against."""
        sides = {"votedYes": "votesFor", "votedNo": "votesAgainst", "vetoedBy": "votesAgainst", "abstained": "abstentions"}
        words = {"votesFor": "votedYes", "votesAgainst": "votedNo", "abstentions": "abstained"}
        said = {GKG + "Asserted", GKG + "Reported"}
        by_fact: dict[str, list[Claim]] = {}
        for c in claims:
            if c.modality in said and c.polarity != GKG + "Negative":
                by_fact.setdefault(c.fact, []).append(c)

        def named(c: Claim) -> str:
            return f"'{c.id}'" + (f" (line {c.line})" if c.line else "")

        for fact, told in by_fact.items():
            if len(told) < 2:
                continue  # one claim: member_votes has checked it
            names = {entity_iri(e.id).value: e.label for c in told for e in c.entities}
            # member -> side (the count key's own role) -> the claims that put it there
            where: dict[str, dict[str, list[Claim]]] = {}
            for c in told:
                # A member's envoy voting for it ({actor: Alejandro Dávalos, for: Ecuador}) is
                # that member's vote: (role, actor) -> the party it is cast for.
                role = {n.value: v.value.removeprefix(GKG) for n, p, v in c.extra if p.value == GKG + "roleProperty"}
                agent = {n.value: v.value for n, p, v in c.extra if p.value == PROV + "agent"}
                cast_for = {(role.get(n.value), agent.get(n.value)): v.value for n, p, v in c.extra
                            if p.value == GKG + "onBehalfOf"}
                for k, v in c.values:
                    if k.name in sides and v.value in names:
                        side = words[sides[k.name]]
                        member = cast_for.get((k.name, v.value), v.value)
                        claims_of = where.setdefault(member, {}).setdefault(side, [])
                        if c not in claims_of:
                            claims_of.append(c)
            for member, on in where.items():
                involved = list(dict.fromkeys(c for cs in on.values() for c in cs))
                if len(on) > 1 and len(involved) > 1:
                    told_as = " and as ".join(f"{side} ({', '.join(repr(c.id) for c in cs)})" for side, cs in on.items())
                    self.error(f"{names[member]} is named as {told_as} of one vote (fact {fact!r}): a member votes one "
                               f"way; keep the side the text gives, or make the other a vote of its own (another fact "
                               f"id) if the text tells of another vote", "claims " + ", ".join(map(named, involved)))
                    self.failed_facts.add(fact)
            for count_key, side in words.items():
                counts = [(int(v.value), c) for c in told for k, v in c.values
                          if k.name == count_key and isinstance(v, ox.Literal)]
                members = [m for m, on in where.items() if side in on]
                if not counts or not members:
                    continue
                count, counted = min(counts, key=lambda t: t[0])
                givers = list(dict.fromkeys(c for m in members for c in where[m][side]))
                if len(members) > count and {c.id for c in givers} | {counted.id} != {counted.id}:
                    self.error(f"{len(members)} members named as {side} of one vote (fact {fact!r}: "
                               f"{', '.join(sorted(names[m] for m in members))}), but {count_key} is {count} "
                               f"({counted.id!r}): drop the names the text does not give for that side, or correct "
                               f"the count", "claims " + ", ".join(map(named, dict.fromkeys([*givers, counted]))))
                    self.failed_facts.add(fact)

    def vote_sizes(self, claims: list[Claim]) -> None:
        """A count of votes cannot exceed the size of the body that voted, where the claims
        file gives it: ``totalSeats`` on a claim of the vote ('the 193-member assembly'),
        or on a membership of the vote's one voting body ('the 630-seat chamber'). A
        count (votesFor, votesAgainst, abstentions, notVoting) above it, or a claim's
        counts that add up to more, is refused, naming the claims and both numbers
        (votesFor: 1650 for '165 in favour'). Where the file gives no size, nothing is
        said."""
        counted = ("votesFor", "votesAgainst", "abstentions", "notVoting")

        def named(c: Claim) -> str:
            return f"'{c.id}'" + (f" (line {c.line})" if c.line else "")

        def integers(c: Claim, key: str) -> list[int]:
            return [int(v.value) for k, v in c.values if k.name == key and isinstance(v, ox.Literal)
                    and v.value.lstrip("-").isdigit()]

        by_fact: dict[str, list[Claim]] = {}
        for c in claims:
            by_fact.setdefault(c.fact, []).append(c)
        # body IRI -> (size, the membership claim that gives it)
        chamber: dict[str, tuple[int, Claim]] = {}
        for c in claims:
            bodies = [v.value for k, v in c.values if k.name == "memberOf" and isinstance(v, ox.NamedNode)]
            for size in integers(c, "totalSeats") if len(bodies) == 1 else ():
                if bodies[0] not in chamber or size < chamber[bodies[0]][0]:
                    chamber[bodies[0]] = (size, c)
        for fact, told in by_fact.items():
            if not any(integers(c, key) for c in told for key in counted):
                continue
            names = {entity_iri(e.id).value: e.label for c in told for e in c.entities}
            bodies = list(dict.fromkeys(v.value for c in told for k, v in c.values
                                        if k.name == "votingBody" and isinstance(v, ox.NamedNode)))
            sizes = [(size, c, "totalSeats") for c in told if not any(k.name == "memberOf" for k, _ in c.values)
                     for size in integers(c, "totalSeats")]
            if len(bodies) == 1 and bodies[0] in chamber:
                sizes.append((*chamber[bodies[0]], f"totalSeats on a membership of {names.get(bodies[0], 'the body')}"))
            if not sizes:
                continue
            size, sized, how = min(sizes, key=lambda s: s[0])
            body = names.get(bodies[0], "the body that voted") if len(bodies) == 1 else "the body that voted"
            for c in told:
                over = [(key, n) for key in counted for n in integers(c, key) if n > size]
                given = f"{how}: {size}" + ("" if sized is c else f", claim {sized.id!r}")
                where = ("claim " if sized is c else "claims ") + ", ".join(map(named, dict.fromkeys([c, sized])))
                for key, n in over:
                    self.error(f"{key}: {n} is more than the {size} members of {body} ({given}) in vote {fact!r}: "
                               f"correct the count as the text gives it, or the size", where)
                    self.failed_facts.add(fact)
                total = {key: max(integers(c, key)) for key in counted if integers(c, key)}
                if not over and len(total) > 1 and sum(total.values()) > size:
                    self.error(f"{' + '.join(f'{k} {n}' for k, n in total.items())} = {sum(total.values())} votes, more than "
                               f"the {size} members of {body} ({given}) in vote {fact!r}: correct the counts as the "
                               f"text gives them, or the size", where)
                    self.failed_facts.add(fact)

    def attendees_apart(self, out: "_Values", where: str) -> None:
        """An attendee is present without being a party (gkg:attendee): an actor named
        both as attendee and as participant of one claim is refused, since the two say
        opposite things about taking part. Records the problem with ``where``."""
        names = {entity_iri(e.id): e.label for e in out.entities}
        parties = {v for k, v in out.values if k.name == "participant"}
        for k, v in out.values:
            if k.name == "attendee" and v in parties and v in names:
                self.error(f"attendee: {names[v]} is also a participant in this claim; an attendee was present "
                           f"without taking part (keep one of the two)", where)

    def roles_apart(self, out: "_Values", where: str) -> None:
        """Refuse a claim naming one actor in two roles its fact keeps apart (a seizure
        by the owner it is seized from, a seller buying from itself: the table of
        :mod:`kg.rolesapart`, from which the shapes' roles apart are derived too).
        Records the problem with ``where``."""
        from kg.rolesapart import pairs_for

        if not out.type or out.type not in self.vocab.fact_types:
            return
        names = {entity_iri(e.id): e.label for e in out.entities}
        for pair in pairs_for(self.vocab.is_a, out.type):
            first = {v for k, v in out.values if k.name == pair.first and v in names}
            for k, v in out.values:
                if k.name == pair.second and v in first:
                    self.error(f"{pair.first} and {pair.second} both name {names[v]}: {pair.message}", where)

    def denied_keys(self, raw: dict, modality: str | None, where: str) -> tuple[str, ...]:
        """The IRIs of the keys ``denies:`` confines a denial to ("denied attacking the
        crew" while granting the boats were rammed: ``denies: target``), () when the
        claim has none. Each must be a role or attribute the claim gives, and the claim
        must be a denial; otherwise an error is recorded and () returned."""
        if raw.get("denies") is None:
            return ()
        names = raw["denies"] if isinstance(raw["denies"], list) else [raw["denies"]]
        if modality != GKG + "Denied":
            self.error("denies: names the part of the fact a denial rejects; it needs modality: denied (the other "
                       "keys of the claim are what the speakers grant)", where)
            return ()
        given = [k for k in raw if k not in CLAIM_FIELDS and k in self.vocab.keys]
        wrong = [n for n in names if not isinstance(n, str) or n not in given]
        if wrong or not names:
            self.error(f"denies: {brief(wrong[0] if wrong else raw['denies'])} is not a key this claim gives; name the "
                       f"keys whose values the speakers deny, among: {', '.join(given) or '(none)'}", where)
            return ()
        if len(set(names)) == len(given):
            self.error("denies: names every key of the claim, which is a denial of the whole fact; leave denies out, "
                       "or give the roles the speakers grant beside it", where)
            return ()
        return tuple(self.vocab.keys[n].iri for n in dict.fromkeys(names))

    def doubted_keys(self, raw: dict, denies: tuple[str, ...], where: str) -> tuple[str, ...]:
        """The IRIs of the keys ``doubts:`` names ("they would meet again on April 19,
        though possibly not in Muscat": ``doubts: place``), () when the claim has none.
        Each must be a key the claim gives, not all of them (a doubt of the whole fact
        is ``hedged: true``), and none it denies; otherwise an error is recorded and ()
        returned."""
        if raw.get("doubts") is None:
            return ()
        names = raw["doubts"] if isinstance(raw["doubts"], list) else [raw["doubts"]]
        given = [k for k in raw if k not in CLAIM_FIELDS and k in self.vocab.keys]
        wrong = [n for n in names if not isinstance(n, str) or n not in given]
        if wrong or not names:
            self.error(f"doubts: {brief(wrong[0] if wrong else raw['doubts'])} is not a key this claim gives; name the "
                       f"keys whose values the speakers hedge or doubt ('though possibly not in Muscat': place: Muscat, "
                       f"doubts: place), among: {', '.join(given) or '(none)'}", where)
            return ()
        if len(set(names)) == len(given):
            self.error("doubts: names every key of the claim; a doubt of the whole fact is hedged: true (or modality: "
                       "considered, alleged), and doubts names only the part of it the speakers are unsure of", where)
            return ()
        iris = tuple(self.vocab.keys[n].iri for n in dict.fromkeys(names))
        if set(iris) & set(denies):
            self.error("doubts: a key is both denied and doubted; a value the speakers reject is under denies, one "
                       "they are unsure of under doubts", where)
            return ()
        return iris

    def review(self, raw: dict, where: str) -> tuple[str, Extractor | None]:
        """The claim's review status and the software that drafted it. A claim with a
        ``review`` key in a file with an ``extractor`` was drafted by it (and may since
        have been marked reviewed); a claim without one was written by hand."""
        if "review" not in raw:
            return REVIEWED, None
        status = self.vocab.controlled_value("ReviewStatus", str(raw["review"]))
        if status is None:
            self.error(f"review: {brief(raw['review'])} is not a review status; use drafted (as software wrote it) "
                       "or reviewed (checked by an analyst)", where)
            return REVIEWED, None
        if status != REVIEWED and self.extractor is None:
            self.error("a drafted claim needs the file's 'extractor' (the name and version of the software "
                       "that drafted it), or 'review: reviewed' once checked", where)
        return status, self.extractor

    def outside_domain(self, key: Key, ftype: str) -> str:
        """The message for ``key`` used on a fact class outside its rdfs:domain: the
        key's domain, the keys particular to ``ftype``, and, for a key that names
        another fact (``aboutFact``, or ``about`` with its fact companion), the keys
        that tie ``ftype`` to another fact: its own (``mediationOf`` for a Mediation)
        and those of every fact (``partOf``, ``inResponseTo``...)."""
        own = self.vocab.keys_for(ftype)
        takes = (f"the keys particular to {_a(ftype)} are: {', '.join(own)}" if own
                 else f"{_a(ftype)} takes only keys that apply to every fact")
        message = (f"key {key.name!r} does not apply to {_a(ftype)}: its domain is {' or '.join(sorted(key.domain))}; "
                   f"{takes} (keys without a domain, such as participant, recipient, place, date, apply to every fact)")
        companion = self.vocab.keys.get(key.name + "Fact")
        if key.kind == "fact" or (companion is not None and companion.kind == "fact"):
            links = [k for k in self.vocab.keys.values() if k.kind == "fact" and self.vocab.applies(k, ftype)]
            mine = sorted(k.name for k in links if k.domain - {"Fact"})
            every = sorted(k.name for k in links if not k.domain - {"Fact"})
            message += (f"; to name another fact by its id, {_a(ftype)} takes "
                        + (f"{', '.join(mine)} (its own) and " if mine else "")
                        + f"the links of every fact: {', '.join(every)}")
        if key.name == "medium":
            # 'wrote on Telegram that Kyiv would pay': the channel of the saying, not of the fact.
            message += ("; the channel the speakers said it through is the claim's said_in "
                        "(said_by: ..., said_in: a post on Telegram)")
        if key.name == "initiator":
            # 'police opened fire on demonstrators': who used force is the act's perpetrator.
            message += ("; who carried out an attack, a repression, a seizure or a hostage-taking is its "
                        "perpetrator (e.g. perpetrator: {actor: unnamed police officers, of: Kenya})")
        return message


@functools.cache
def _needing(key: str) -> tuple[str, ...]:
    """The fact classes (local names, sorted) whose minimum in the SHACL shapes
    (:func:`kg.validate.fact_minimums`) counts values of ``key``: 'FamilyTie' for
    'spouse' (two spouses, or a parent and a child). Read from the shapes once per
    process, on the path of an error only."""
    from kg.validate import fact_minimums

    return tuple(sorted(cls for cls, needs in fact_minimums().items()
                        if any(n.startswith("at least") and f"`{key}`" in n for n in needs)))


def _group_count(triples) -> int | None:
    """The count (or least count) of a group of the file from its triples (gkg:count,
    else gkg:minCount), or None where its words give neither ('some unnamed people')."""
    for prop in ("count", "minCount"):
        for t in triples:
            if t[1].value == GKG + prop:
                return int(t[2].value)
    return None

#: Head nouns of unnamed groups whose members are organisations or states, so that one
#: named 'among' them is one of them ('24 entities, among them the Central Bank of
#: Syria'), not the part of the group that is its own ('representatives of 23 countries,
#: including Turkey').
_ORGANISATION_GROUPS = frozenset({
    "entities", "organisations", "organizations", "companies", "firms", "banks", "institutions", "bodies", "agencies",
    "businesses", "lenders", "ministries", "parties", "outlets", "operators", "exporters", "importers", "suppliers",
    "manufacturers", "insurers", "carriers", "airlines", "refineries", "universities", "charities", "militias",
    "factions", "movements", "groups", "subsidiaries", "shippers", "traders", "producers", "broadcasters"})
_STATE_GROUPS = frozenset({"countries", "states", "nations"})


def _group_kind(text: str) -> str | None:
    """The class an entity named among the unnamed group ``text`` ('24 unnamed
    entities', 'unnamed Syrian banks and companies') must have to be one of its
    members: 'Organisation' for a group of companies, banks, bodies..., 'State' for a
    group of countries; None when the group's head noun (the last word before 'of', or
    the last word) is neither ('representatives of 23 countries').

    >>> _group_kind("24 unnamed entities"), _group_kind("unnamed representatives of 23 countries")
    ('Organisation', None)
    """
    words = text.lower().split(" of ")[0].split()
    head = words[-1] if words else ""
    return "Organisation" if head in _ORGANISATION_GROUPS else "State" if head in _STATE_GROUPS else None


#: Quotation marks and apostrophes that look alike, each to its plain ASCII form.
_MARKS = str.maketrans({c: '"' for c in "“”„‟″«»"} | {c: "'" for c in "‘’‚‛′"})


_SEPARATED = re.compile(r"^\s*[+-]?\d{1,3}(?:[,\u202f\u00a0' ]\d{3})+(?:\.\d+)?\s*$")
_PERCENT = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s*$", re.IGNORECASE)


# The words of unnamed actors that can be a legal action's court, singular or plural
# ('unnamed Nigerien courts' where a source gives no one court).
_COURT_WORDS = re.compile(r"\b(?:courts?|tribunals?|chambers?|judges?|bench(?:es)?|magistrates?"
                          r"|panels?|arbitral|arbitration|arbitrators?)\b", re.IGNORECASE)


#: Whole-number keys that give a place in a series, not a count: 'four' is no 'fourth',
#: so these take digits only, where a count key reads a number in words.
_PLACES_IN_SERIES = frozenset({"ordinal", "rank", "rankFromBottom", "anniversary"})


def number_fix(name: str, raw) -> str:
    """How to write a number that was refused as written, as a clause to append to
    the refusal ('; write share: 51.67'), or '' when there is nothing to suggest:
    ``51.67%`` or ``51.67 per cent`` loses its percent sign (the key says the unit),
    ``12,243`` its thousands separators.

    >>> number_fix("share", "51.67%")
    '; write share: 51.67 (the key is in percent: no percent sign)'
    >>> number_fix("votes", "12,243")
    '; write votes: 12243 (without separators)'
    >>> number_fix("votes", "many")
    ''
    >>> number_fix("votesNeeded", "two-thirds majority").endswith("majorityRequired: two-thirds majority")
    True
    """
    if not isinstance(raw, str):
        return ""
    percent = _PERCENT.match(raw)
    if percent:
        return f"; write {name}: {percent.group(1)} (the key is in percent: no percent sign)"
    if _SEPARATED.match(raw):
        return f"; write {name}: {re.sub(r'[^0-9.+-]', '', raw)} (without separators)"
    if name == "votesNeeded" and not re.search(r"\d", raw):
        return (f"; votesNeeded is a number of votes ('the nine needed': 9); a majority given as a share or rule "
                f"goes in majorityRequired: {raw}")
    if name == "ordinal":
        return ("; ordinal is which one of a series this is ('the fourth visit': 4); how many rounds a meeting "
                "was held in, counted or not, is rounds: several ('hosted rounds of talks')")
    return ""


#: Characters that look like a plain space or mark but are others: read as it, one for
#: one, to find a quote that differs from the text only by them.
_LOOKALIKE_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000"})


def _code_point(c: str) -> str:
    """``c`` as 'U+00A0 NO-BREAK SPACE'."""
    import unicodedata

    return f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}"


def unicode_form_hint(quote: str, text: str) -> str | None:
    """A hint for a quote that is in ``text`` once both are in Unicode normal form NFC
    (composed accents) and look-alike spaces (no-break, thin, ...) and quotation marks
    are read as plain ones: the first code point where the quote and the text part,
    with its position in the quote (1-based), and whether normalising to NFC alone
    would make them match; None where no such reading finds the quote.

    >>> print(unicode_form_hint("Bras\u0131lia", "in Brasília"))
    None
    >>> print(unicode_form_hint("Ina\u0301cio", "President Lula (Inácio)"))
     (at code point 3 the quote has 'a' with U+0301 COMBINING ACUTE ACCENT (an accent written apart, Unicode form NFD) where the text has U+00E1 LATIN SMALL LETTER A WITH ACUTE; normalised to NFC the quote matches: write the accented letters as single characters)
    >>> print(unicode_form_hint("in\u00a0Lima", "embassy in Lima."))
     (at code point 3 the quote has U+00A0 NO-BREAK SPACE where the text has U+0020 SPACE; normalising to NFC would not match: type the text's character)
    """
    import unicodedata

    nq, nt = unicodedata.normalize("NFC", quote), unicodedata.normalize("NFC", text)
    fold = lambda s: s.translate(_MARKS).translate(_LOOKALIKE_SPACES)  # noqa: E731  (one char for one)
    at = fold(nt).find(fold(nq))
    if at < 0 or (nq == quote and nt == text and text[at:at + len(quote)] == quote):
        return None
    if nt == text:
        # The text is composed (NFC): compare the quote as written with it.
        part, k = text[at:], 0
        while k < len(quote) and k < len(part) and quote[k] == part[k]:
            k += 1
        if k == len(quote):
            return None
        marks = "".join(itertools.takewhile(unicodedata.combining, quote[k + 1:]))
        if unicodedata.combining(quote[k]) and k:  # the mark itself parts: show its letter
            k, marks = k - 1, quote[k] + marks
        ours = (f"{quote[k]!r} with " + ", ".join(map(_code_point, marks)) + " (an accent written apart, Unicode form NFD)"
                if marks else _code_point(quote[k]))
        theirs = _code_point(part[k]) if k < len(part) else "the end of the text"
        if nq == text[at:at + len(nq)]:
            return (f" (at code point {k + 1} the quote has {ours} where the text has {theirs}; normalised to NFC the "
                    f"quote matches: write the accented letters as single characters)")
        return (f" (at code point {k + 1} the quote has {ours} where the text has {theirs}; normalising to NFC would "
                f"not match: type the text's character)")
    return (" (the article's text writes accents apart from their letters (Unicode form NFD), the quote composed (NFC); "
            "normalised to NFC both match: copy the quote from the text as it is, or save the text in NFC and record "
            "its new SHA-256)")


def quotation_marks_hint(quote: str, text: str) -> str | None:
    """A hint for a quote that is in ``text`` once its quotation marks and apostrophes
    are all read as plain ones (“ ” „ « » as ", ‘ ’ as '): the marks the text has where
    the quote has others, so that the analyst copies them; None otherwise.

    >>> print(quotation_marks_hint('“restore democracy”', 'wanted to "restore democracy".'))
     (the text has '"' where the quote has '“', '”', quotation marks or apostrophes that look alike: copy it exactly as the text reads: '"restore democracy"')
    """
    folded_quote, folded_text = quote.translate(_MARKS), text.translate(_MARKS)
    at = folded_text.find(folded_quote)
    if at < 0 or folded_quote == quote and folded_text == text:
        return None
    original = text[at:at + len(quote)]
    theirs = sorted({c for c, d in zip(original, quote) if c != d})
    ours = sorted({d for c, d in zip(original, quote) if c != d})
    if not theirs:
        return None
    return (f" (the text has {', '.join(map(repr, theirs))} where the quote has {', '.join(map(repr, ours))}, "
            f"quotation marks or apostrophes that look alike: copy it exactly as the text reads: "
            f"{brief(original, QUOTE_SHOWN)})")


def where_quote_departs(quote: str, text: str) -> str:
    """A hint for a quote not in ``text``: where its longest opening found in the text
    ends, at the first character the two differ in, and what the text and the quote
    read from that character on (about 25 code points each, cut at a word boundary), or,
    when it departs in a word begun within its first 8 code points, the text's closest
    passage (:func:`_closest_passage`).

    >>> where_quote_departs("Putin met the general in Moscow", "Putin met Min Aung Hlaing in Moscow")
    " (the text matches up to 'Putin met ', then reads 'Min Aung Hlaing in Moscow' where the quote has 'the general in Moscow': copy the text exactly)"
    >>> where_quote_departs("owned by the Russian stats agency", "owned by the Russian state since 2003")
    " (the text matches up to 'owned by the Russian stat', then reads 'e since 2003' where the quote has 's agency': copy the text exactly)"
    >>> where_quote_departs("the Member of Parliament for Wycombe’s seat", "the Member of Parliament for Wycombe, was")
    " (the text matches up to 'of Parliament for Wycombe', then reads ', was' where the quote has '’s seat': copy the text exactly)"
    """
    lo, hi = 0, len(quote)
    while lo < hi:  # the longest opening of the quote found in the text (being found shrinks with length)
        mid = (lo + hi + 1) // 2
        if quote[:mid] in text:
            lo = mid
        else:
            hi = mid - 1
    word = lo - len(re.split(r"\s", quote[:lo])[-1])  # where the word it departs in starts
    if word < 8:  # it departs within its first few code points: too little to show a departure
        return _closest_passage(quote, text)
    at = text.find(quote[:lo]) + lo
    return (f" (the text matches up to {_words_before(quote[:lo], 25)!r}, then reads {_words_after(text[at:], 25)!r} "
            f"where the quote has {_words_after(quote[lo:], 25)!r}: copy the text exactly)")


#: How alike (rapidfuzz's partial ratio, 0-100) the closest passage of the text must be to
#: a quote whose opening is not in the text for it to be shown as what was meant: at 70 a
#: word added, dropped or changed in a sentence still shows; an unrelated sentence of the
#: same article scores 50-60.
CLOSEST_PASSAGE_SCORE = 70


def _closest_passage(quote: str, text: str) -> str:
    """The hint for a quote whose first words are not in ``text``: the passage of the
    text most like it (rapidfuzz's best partial alignment, widened to whole words) when
    it is at least :data:`CLOSEST_PASSAGE_SCORE` alike, else that nothing in the text is
    close (a quote from another article, or written from memory).

    >>> _closest_passage("Noboa warmly welcomed the handover", "It took days.  Noboa welcomed the handover. Later, he left.")
    " (its first words are not in this article's text; the closest passage reads 'Noboa welcomed the handover.': copy the text exactly)"
    """
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(quote, text)
    if found.score < CLOSEST_PASSAGE_SCORE:
        return " (nothing in this article's text is close to it: is it from another article?)"
    # The window is the quote's length wherever it fits best; the passage is the run of whole
    # words near it most like the quote (word starts and ends within 20 code points of it).
    starts = [m.start() for m in re.finditer(r"\S+", text[max(0, found.dest_start - 20):found.dest_start + 20])]
    ends = [m.end() for m in re.finditer(r"\S+", text[max(0, found.dest_end - 20):found.dest_end + 20])]
    base_s, base_e = max(0, found.dest_start - 20), max(0, found.dest_end - 20)
    start, end = max(((base_s + a, base_e + b) for a in starts for b in ends if base_s + a < base_e + b),
                     key=lambda se: fuzz.ratio(quote, text[se[0]:se[1]]), default=(found.dest_start, found.dest_end))
    passage = " ".join(text[start:end].split()).strip(" \"'\u201c\u201d")
    return (f" (its first words are not in this article's text; the closest passage reads {brief(passage, QUOTE_SHOWN)}: "
            "copy the text exactly)")


def _words_after(s: str, n: int) -> str:
    """The opening of ``s`` of about ``n`` code points, ended at a word boundary: the
    last whitespace at or before ``n``, or the word that holds ``n`` kept whole when
    no whitespace comes before it (up to 2n code points)."""
    if len(s) <= n:
        return s
    cut = max(s.rfind(" ", 0, n + 1), s.rfind("\n", 0, n + 1))
    if cut > 0:
        return s[:cut]
    end = re.search(r"\s", s[n:])
    return s[: min(n + end.start() if end else len(s), 2 * n)]


def _words_before(s: str, n: int) -> str:
    """The ending of ``s`` of about ``n`` code points, begun at a word boundary (the
    mirror of :func:`_words_after`)."""
    return _words_after(s[::-1], n)[::-1]


def _article(path: Path, spec, reader: _Reader) -> Article | None:
    """The article a claims file is about: an id looked up in the corpus beside the
    claims folder (``../articles.yaml``), or inline metadata with a ``file``."""
    if isinstance(spec, str):
        own = path.parent.parent / "articles.yaml"
        # A corpus of its own looks only in its articles.yaml; a file outside any corpus
        # in that of the corpus 'kg build' reads here (., else ./corpus), else the
        # sample's: the rule the registry of such a file follows.
        here = None if own.exists() else corpus_here()
        meta = own if own.exists() else (here or DEFAULT_CORPUS) / "articles.yaml"
        article = load_article(meta, spec)
        if article is not None:
            return article
        if own.exists():
            where = f"{own}: add it with 'kg add-article TEXT --corpus {own.parent}'"
        else:
            which = (f"the corpus of the folder kg runs in, read because there is no {own.resolve()} (a claims "
                     f"file's corpus lists its articles in the articles.yaml above its claims/ folder): add it with "
                     f"'kg add-article TEXT --corpus {here}', or" if here else
                     f"the sample corpus's, read because there is no {own.resolve()} (a claims file's corpus lists "
                     f"its articles in the articles.yaml above its claims/ folder) and the folder kg runs in holds "
                     f"no articles.yaml, nor its corpus/ folder:")
            where = (f"{meta.resolve() if here else meta}, {which} put the file in the claims/ folder of the corpus that lists the article, "
                     "run kg from that corpus's folder, or give the article inline (id, file, url, published)")
        reader.error(f"article {brief(spec)} is not in {where}", "article")
        return None
    if isinstance(spec, dict):
        try:
            # Inline metadata names its text relative to the claims file; the text must
            # lie in the claims file's folder or, for a claims folder of a corpus (one
            # named claims/, or beside an articles.yaml), in the corpus folder.
            in_corpus = (path.parent.parent / "articles.yaml").is_file() or path.parent.name == "claims"
            root = path.parent.parent if in_corpus else path.parent
            return article_from_entry(spec, path.parent, path, "article", root=root)
        except InputError as e:
            reader.errors.append(e)
            return None
    reader.error("'article' must be an article id from articles.yaml, or a mapping with id and file", "article")
    return None


def _extractor(spec, path: Path, line: int | None) -> Extractor:
    """The file's ``extractor: {name: …, version: …}``; an :class:`InputError` otherwise."""
    where = f"extractor (line {line})" if line else "extractor"
    if not isinstance(spec, dict) or set(spec) != {"name", "version"}:
        raise InputError(path, f"extractor: expected a mapping with 'name' and 'version' of the software that "
                               f"drafted the claims, got {brief(spec)}", where)
    name, version = spec["name"], spec["version"]
    if not isinstance(name, str) or not _SOFTWARE_NAME.match(name):
        raise InputError(path, f"extractor name {brief(name)}: letters, digits, '.', '_' and '-', up to 64", where)
    if not isinstance(version, str) or not _SOFTWARE_VERSION.match(version):
        raise InputError(path, f"extractor version {brief(version)}: text of letters, digits, '.', '+', '_' and '-', "
                               "up to 64 (write it in quotes)", where)
    return Extractor(name, version)


#: The names of a corpus's other YAML files (its entity registry and its list of
#: articles), which a folder of claims files may hold beside them (a reviewer keeps the
#: registry with the claims it resolves): never read as claims files when a folder is
#: expanded (:func:`folder_claims_files`); a file named on its own is still read as one.
NOT_CLAIMS_FILES = frozenset({"entities.yaml", "entities.yml", "articles.yaml", "articles.yml"})


def folder_claims_files(folder: Path) -> list[Path]:
    """The claims files a folder holds: its ``*.yaml`` then ``*.yml`` files, each in
    name order, less a registry or article list (:data:`NOT_CLAIMS_FILES`). The one rule
    for every command that reads a folder of claims files (ingest, build, eval,
    add-entities, the links a claims file makes to its neighbours' facts)."""
    return [p for pattern in ("*.yaml", "*.yml") for p in sorted(folder.glob(pattern)) if p.name.lower() not in NOT_CLAIMS_FILES]


def facts_stated(paths) -> set[str]:
    """The fact ids the claims files at ``paths`` (an iterable of :class:`Path`) state,
    from each file's ``fact:`` lines (block or flow style), without parsing the files.
    A file that is no regular file (a device such as /dev/zero never ends; a FIFO
    blocks), over :data:`~kg.corpus.MAX_YAML_BYTES` or unreadable is skipped: its own
    read names the problem."""
    found: set[str] = set()
    for path in paths:
        try:
            _check_file(path, MAX_YAML_BYTES, "claims file")
            found |= set(FACT_LINE.findall(path.read_text(encoding="utf-8")))
        except (InputError, OSError, UnicodeDecodeError):
            continue
    return found


#: The suffixes of an article's text (what 'kg extract' reads), never of a claims file.
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")


def _article_given(path: Path) -> str | None:
    """Why the file ``path`` looks like an article's text rather than a claims file, in
    words ("a .html file"; "it opens with '<', as an HTML page does"), or None: by its
    suffix (:data:`ARTICLE_SUFFIXES`), else by its first bytes (markup, which no YAML
    claims file opens with)."""
    if path.suffix.lower() in ARTICLE_SUFFIXES:
        return f"a {path.suffix} file"
    try:
        if not path.is_file():  # a pipe or a device is never opened here (it may block)
            return None
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError:
        return None
    if head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<"):
        return "it opens with '<', as an HTML page does"
    return None


#: The most claims one claims file may hold. The curated articles of this project hold up
#: to 79; every claim adds about 60 quads to the article graph, written in one transaction
#: whose cost grows faster than its size (2,600 claims of one article: 17 s and 0.9 GB for
#: `kg ingest`; 10,400: 151 s and 3.1 GB). 1,000 is a dozen times the longest real article.
MAX_CLAIMS = 1000


def read_claims(path, registry: EntityRegistry, vocab: Vocabulary | None = None,
                stored_facts: "Callable[[set[str], str], set[str]] | None" = None,
                batch_facts: set[str] | None = None) -> ClaimsFile:
    """Read and check one claims file. Raises :class:`InputError` for a file that is no
    claims file or holds more than :data:`MAX_CLAIMS` claims, and :class:`InputErrors` listing every problem
    (the first :data:`kg.errors.MAX_ERRORS`, then a count of the rest), whose ``partial`` attribute
    is the file with only the claims of facts no refused claim states (a
    :class:`ClaimsFile`, or None), for the caller to check against the shapes as well.

    A link to another fact must name a fact that a claim of the file, or of another
    claims file in its folder, states; with ``stored_facts`` (fact ids and the
    article id -> the ids the store holds from articles other than this one, as
    ``kg ingest`` gives it) a fact already in the store counts too. ``batch_facts``:
    the fact ids the other claims files of the same command state (:func:`facts_stated`),
    so that a build reads its folder once, not once per file.

    >>> from kg.entities import load_registry
    >>> cf = read_claims(DEFAULT_CORPUS / "claims" / "000_0f2a5f001831298a.yaml", load_registry())
    >>> cf.article.id
    '000_0f2a5f001831298a'
    """
    path = Path(path)
    vocab = vocab or vocabulary()
    reader = _Reader(path, registry, vocab)
    # An article given where its claims are wanted (an easy slip) is said to be one, with
    # the way out, before any YAML error its text makes (noise: nobody meant it as YAML).
    # A claims file that reads as one is read whatever its name.
    article_like = _article_given(path)
    keys = ("article", "claims", "entities", "extractor", "groups")
    try:
        data = load_yaml(path)
    except InputError:
        if not article_like:
            raise
        data = None
    if article_like and not (isinstance(data, dict) and "claims" in data):
        raise InputError(path, f"this is an article's text ({article_like}), not a claims file: to draft claims "
                               "from it, use 'kg extract' or 'kg ingest --extract' on it")
    if not isinstance(data, dict) or set(data) - set(keys) or "claims" not in data:
        hint = ""
        if isinstance(data, dict):
            for unknown in sorted(map(str, set(data) - set(keys))):
                near = close_matches(unknown, keys, n=1)
                hint += f"; unknown key {unknown!r}" + (f" (did you mean {near[0]!r}?)" if near else "")
        empty = "the file is empty: " if data is None or data == {} or data == [] else ""
        raise InputError(path, f"{empty}a claims file is a mapping with 'article', 'claims' and optionally 'entities', "
                               "'groups' and 'extractor'" + hint)
    if data.get("entities"):
        # Entities first named by this article join the registry for the whole run; the
        # problems of its entries are reported with those of its claims, in one pass.
        reader.refused_names = load_registry_entries(data["entities"], path, registry, vocab.entity_types,
                                                     collect=reader.errors)
        if isinstance(data["entities"], list):
            reader.inline_ids = [e["id"] for e in data["entities"]
                                 if isinstance(e, dict) and isinstance(e.get("id"), str) and e["id"] in registry.entities]
    if data.get("extractor") is not None:
        reader.extractor = _extractor(data["extractor"], path, line_of(data, "extractor"))
    article = _article(path, data.get("article"), reader)
    if article is not None and not article.text.strip() and data["claims"]:
        # Said once for the file, not as a quote missing from each claim.
        reader.error(f"the article's text ({article.path}) is empty, or only spaces: no quote can be found in it; "
                     "check the text file the article names", "article")
        article = None
    if not isinstance(data["claims"], list):
        reader.error("'claims' must be a list", "claims")
    elif len(data["claims"]) > MAX_CLAIMS:
        # Said before any claim is read: a file that size is a generated or pasted one, and
        # its single transaction would hold the store's writer for minutes.
        raise InputError(path, f"{len(data['claims']):,} claims in one file, more than {MAX_CLAIMS:,} (MAX_CLAIMS): "
                               "an article's claims are a few dozen; split a longer text into several articles")
    cf = ClaimsFile(path, article)
    if isinstance(data["claims"], list):
        reader.file_facts = {c["fact"] for c in data["claims"] if isinstance(c, dict) and isinstance(c.get("fact"), str)}
        reader.batch_facts = batch_facts or set()
    if article is not None and data.get("groups") is not None:
        reader.read_groups(data["groups"], article, getattr(data["groups"], "lines", []))
    if article is not None and isinstance(data["claims"], list):
        seen: dict[str, object] = {}  # claim id -> its line
        lines = getattr(data["claims"], "lines", [])
        for n, raw in enumerate(data["claims"], 1):
            claim = reader.claim(n, raw, article, seen, lines[n - 1] if n <= len(lines) else None)
            if claim:
                cf.claims.append(claim)
        reader.check_links(None if stored_facts is None else lambda ids: stored_facts(ids, article.id))
        reader.votes_across(cf.claims)
        reader.vote_sizes(cf.claims)
    if reader.follow_ons and reader.errors:
        reader.error(_follow_on_note(reader.follow_ons), "entities")
    if reader.errors:
        refused = InputErrors.capped(path, reader.errors)
        # The claims that read cleanly, of facts no refused claim states: what the
        # caller may still check against the shapes, so that one pass reports both.
        kept = [c for c in cf.claims if c.fact not in reader.failed_facts]
        refused.partial = (dataclasses.replace(cf, claims=_date_bounds(kept, reader.ended))
                           if article is not None and kept else None)
        raise refused
    cf.claims = _date_bounds(cf.claims, reader.ended)
    return cf


#: Words of a vote's outcome that say the draft passed, which a veto contradicts
#: ('not adopted', 'failed to pass' are outcomes a veto gives).
_ADOPTED = re.compile(r"^(?!.*\b(?:not|failed|fails|failing|never|rejected|blocked|vetoed)\b).*\b(adopted|passed|approved|"
                      r"carried|accepted)\b", re.IGNORECASE)


def _follow_on_note(follow_ons: list[tuple[str, str]]) -> str:
    """One line for the uses of entities whose entries under 'entities:' were refused
    (``follow_ons``: the name as written, where): how many problems follow from those
    entries and which claims name them, instead of a problem reported for each use
    ('a sanction needs a target; it has none') that fixing the entry makes go away.

    >>> _follow_on_note([("lukoil", "claim 'sanction-1' (line 53)"), ("lukoil", "claim 'sanction-2' (line 61)")])
    "2 more problems follow from the refused entry of 'lukoil' (named above): the claims naming it (sanction-1, sanction-2) are checked once it is fixed"
    """
    names = list(dict.fromkeys(name for name, _ in follow_ons))
    claims = list(dict.fromkeys(re.sub(r"^claim '([^']*)'.*$", r"\1", where) for _, where in follow_ons))
    n = len(follow_ons)
    entries = (f"entry of {names[0]!r}" if len(names) == 1 else
               "entries of " + ", ".join(map(repr, names)))
    return (f"{n} more problem{'s' if n > 1 else ''} follow{'' if n > 1 else 's'} from the refused {entries} "
            f"(named above): the claims naming {'it' if len(names) == 1 else 'them'} ({', '.join(claims)}) are checked "
            f"once {'it is' if len(names) == 1 else 'they are'} fixed")


def _misspelt_id(word: str, registry: EntityRegistry) -> bool:
    """Whether ``word`` (an id-like slug) is one or two letters off an entity id of
    ``registry``: RapidFuzz's plain ratio (0-100, over the whole strings, so that a fact
    id holding an entity's id is not near it) at 88 or above."""
    from rapidfuzz import fuzz, process

    return process.extractOne(word, list(registry.entities), scorer=fuzz.ratio, score_cutoff=88) is not None


#: Roles whose negation names unnamed actors too: 'ended without clashes with riot police'
#: says the police did not clash with the protesters (gkg:clashedWith), where 'the
#: unnamed officials did not sign' would say nothing of anyone.
_NEGATED_UNNAMED = frozenset({"clashedWith"})

#: The keys that take a date relative to another fact, and the relation each is stored
#: under; the bounds each relation derives (earliest, latest).
#: A deadline may be counted from another fact ('within 60 days of his removal'), and so
#: may an effective date ('within seven days of the order'): neither is the fact's own
#: date, and neither derives bounds.
_RELATIVE_KEYS = {"date": "relativeDate", "startDate": "relativeStartDate", "endDate": "relativeEndDate",
                  "deadline": "relativeDeadline", "effectiveDate": "relativeEffectiveDate"}
_BOUNDS = {"relativeDate": ("dateEarliest", "dateLatest"), "relativeStartDate": ("startEarliest", "startLatest"),
           "relativeEndDate": ("endEarliest", "endLatest")}

#: The keys that date a fact, for the span a relative date is counted from: the first
#: four may begin it, the first six bound the last day it can have begun, all may end
#: it (dateEarliest and dateLatest here are a vague 'last week' under date:).
#: The keys whose relative date may count from the fact's own date (``{after: <this
#: fact>}``): a later step of the fact, never its date or start. A stage may too.
_SELF_RELATIVE = ("effectiveDate", "endDate")

#: Words analysts write as a modality that are none, with the modality meant.
_MODALITY_WORDS = {
    "expected": "'is expected to sign': modality: planned with hedged: true (an expectation, not a plan the "
                "actor states), said_by whoever expects it (unnamed media where the text names none); "
                "'is expected to feel the effects' (a consequence foreseen): predicted",
    "likely": "'is likely to': planned (an act to come) or predicted (a consequence), with likelihood: likely "
              "(how probable the speaker says it is: 'undoubtedly' is likelihood: almost certain)",
    "certain": "'almost certainly', 'undoubtedly': the modality the claim has (asserted, predicted, alleged), with "
               "likelihood: almost certain",
    "probable": "'probably': the claim's modality with likelihood: likely",
    "intended": "'intends to': planned",
    "announced": "'announced': asserted (a done act) or planned (an act to come), said_by the one who announced it",
    "confirmed": "'confirmed': asserted, or reported with said_by who confirmed it",
    "rumoured": "'is rumoured to': reported with hedged: true",
    "allowed": "'is allowed to', 'will be free to': permitted",
    "free": "'will be free to': permitted",
    "may": "'may' (allowed to): permitted; 'may' (perhaps): hedged: true",
    "forecast": "'would embolden', 'will stop work' (a consequence foreseen): predicted",
    "would": "'would embolden', 'will stop work' (a consequence foreseen): predicted; an act the actor decided: planned",
    "consequence": "a consequence foreseen: predicted, with causedBy the fact it follows from",
    "neutral": "'does not mean Iran has built a weapon', 'would neither confirm nor deny': uncommitted",
    "implied": "'does not mean', 'does not imply' (the speaker neither asserts nor denies it): uncommitted",
    "unconfirmed": "'would neither confirm nor deny': uncommitted; 'could not be independently confirmed': reported "
                   "with hedged: true",
}

_SPAN_KEYS = ("date", "startDate", "startEarliest", "dateEarliest", "startLatest", "dateLatest",
              "endDate", "endEarliest", "endLatest")


def _date_bounds(claims: list[Claim], ended: dict[str, dt.date] | None = None) -> list[Claim]:
    """The claims, with the earliest and latest day (gkg:dateEarliest, gkg:dateLatest,
    xsd:date; gkg:endEarliest, gkg:endLatest for an end dated so) added to each claim
    that dates its fact, or its end, relative to another fact that a claim of the same
    file dates. The bounds are safe whatever the other fact's span
    means: 'after' runs from the first day it can have ended (``ended``: fact id to
    the first day of an end a claim writes under endDate, exact or vague; an interval
    under date is no end, since 'mid-May' is one day within it) or else the first day
    it can have begun, plus the least delay, to the
    last day it can have ended plus the greatest delay (none without one); 'before'
    (before the other fact began) from the first day minus the greatest delay to the
    last day it can have begun minus the least, where that fact has its own date beside
    a period (date with startDate/endDate: a pledge and the months it covers) the last
    day of that date; 'during' from the first day it can have
    begun to the last day it can have ended. A relative date whose other fact is
    undated in the file keeps the relation only."""
    # The other fact's span, widened to be safe: from the first day it can have begun to
    # the last day it can have ended (a vague 'mid-December' is kept as start and end too).
    dates: dict[str, tuple] = {}
    begun: dict[str, dt.date] = {}  # the last day the other fact can have begun
    # The last day of the other fact's own date (its 'date', 'dateLatest' of a vague one):
    # 'before' a fact dated beside its period (a pledge on 2 April of cuts from May to
    # December) counts from that date, the day it was made, not from the period.
    own: dict[str, dt.date] = {}
    ended = ended or {}
    for c in claims:
        for key, value in c.values:
            if key.name in _SPAN_KEYS and isinstance(value, ox.Literal):
                lo, hi = dates.get(c.fact, (None, None))
                if key.name in _SPAN_KEYS[:4]:
                    lo = min(filter(None, (lo, first_day(value))))
                if key.name in _SPAN_KEYS[:6]:
                    begun[c.fact] = max(filter(None, (begun.get(c.fact), last_day(value))))
                if key.name in ("date", "dateLatest"):
                    own[c.fact] = max(filter(None, (own.get(c.fact), last_day(value))))
                dates[c.fact] = (lo, max(filter(None, (hi, last_day(value)))))
    # The days of each dated stage, by fact and status ('two days after the veto' counts
    # from the vetoed stage's day): (first day, last day) over the claims that date it.
    staged: dict[tuple[str, str], tuple] = {}
    for c in claims:
        # A step only planned for a day (gkg:stageModality: 'a signing planned for 2 June')
        # was not reached: a date counted from the signing counts from the signing held.
        planned = {t[0] for t in c.extra if t[1].value == GKG + "stageModality"}
        status = {t[0]: t[2].value for t in c.extra if t[1].value == GKG + "stageStatus" and t[0] not in planned}
        for node, prop, value in c.extra:
            if node in status and prop.value in (GKG + "stageDate", GKG + "stageDateEarliest", GKG + "stageDateLatest") \
                    and isinstance(value, ox.Literal):
                lo, hi = staged.get((c.fact, status[node]), (None, None))
                staged[(c.fact, status[node])] = (min(filter(None, (lo, first_day(value)))),
                                                  max(filter(None, (hi, last_day(value)))))
    out = []
    for c in claims:
        added = []
        for key, node in c.values:
            if key.name not in _BOUNDS:
                continue
            about = {t[1].value[len(GKG):]: t[2] for t in c.extra if t[0] == node}
            after = "afterFact" in about
            other = about.get("afterFact") or about.get("beforeFact") or about.get("duringFact")
            span = dates.get(other.value[len(FACT):]) if other is not None else None
            if other is not None and "relativeStage" in about:
                # Counted from a stage of the other fact: that stage's days, or no bounds.
                span = staged.get((other.value[len(FACT):], about["relativeStage"].value))
                if span is None:
                    continue
                base = span[0]
                early = add_duration(base, about["minDelay"].value) if after and "minDelay" in about else base
                late = None if after else span[1]
                if after and "maxDelay" in about:
                    late = add_duration(span[1], about["maxDelay"].value)
                elif "beforeFact" in about:
                    late = add_duration(span[1], about["minDelay"].value, later=False) if "minDelay" in about else span[1]
                    early = add_duration(span[0], about["maxDelay"].value, later=False) if "maxDelay" in about else None
                elif "duringFact" in about:
                    early, late = span
                for name, day in zip(_BOUNDS[key.name], (early, late)):
                    if day is not None:
                        added.append((Key(name, GKG + name, "date", None),
                                      ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date"))))
                continue
            if span is None or span[0] is None:
                continue
            least, most = about.get("minDelay"), about.get("maxDelay")
            if "duringFact" in about:
                early, late = span  # within the other fact's widest span
            elif after:
                # 'After' a fact that lasted is after its end (gkg:afterFact): from the
                # first day it can have ended where the file dates its end, else from its start.
                base = ended.get(other.value[len(FACT):], span[0])
                early = add_duration(base, least.value) if least is not None else base
                late = add_duration(span[1], most.value) if most is not None else None
            else:
                start = own.get(other.value[len(FACT):]) or begun.get(other.value[len(FACT):], span[1])
                late = add_duration(start, least.value, later=False) if least is not None else start
                early = add_duration(span[0], most.value, later=False) if most is not None else None
            for name, day in zip(_BOUNDS[key.name], (early, late)):
                if day is not None:
                    added.append((Key(name, GKG + name, "date", None), ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date"))))
        window = next((v for k, v in c.values if k.name == "deadlineWindow"), None)
        if window is not None and c.fact in begun and not any(k.name == "deadline" for k, _ in c.values):
            # 'Gave them 48 hours to leave': the last day the window can end, from the
            # last day the fact can have happened (hours count as whole days, rounded up).
            added.append((Key("deadline", GKG + "deadline", "date", None),
                          ox.Literal(window_end(begun[c.fact], window.value).isoformat(), datatype=ox.NamedNode(XSD + "date"))))
        said = dict(c.said_relative)
        if c.said_on is None and "saidAfter" in said and "saidRelativeStage" in said:
            # 'Two days later' after a veto dated 18 May: the saying's day, where the stage
            # has one day and the delay one length.
            span = staged.get((said["saidAfter"].value[len(FACT):], said["saidRelativeStage"].value))
            least, most = said.get("saidMinDelay"), said.get("saidMaxDelay")
            if span is not None and span[0] == span[1] and least is not None and most is not None \
                    and least.value == most.value:
                day = add_duration(span[0], least.value)
                c = dataclasses.replace(c, said_on=ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date")))
        out.append(dataclasses.replace(c, values=c.values + tuple(added)) if added else c)
    return out


def window_end(day: dt.date, duration: str) -> dt.date:
    """The last day a window of ``duration`` (ISO 8601: PT48H, P7D) opened on ``day``
    can end: an act at any hour of ``day`` plus 36 hours may run into the second day
    after it, so hours are rounded up to whole days.

    >>> window_end(dt.date(2025, 4, 14), "PT48H"), window_end(dt.date(2025, 4, 14), "PT36H")
    (datetime.date(2025, 4, 16), datetime.date(2025, 4, 16))
    >>> window_end(dt.date(2023, 7, 30), "P7D")
    datetime.date(2023, 8, 6)
    """
    date_part, _, time_part = duration.partition("T")
    hours = sum(int(n) * {"H": 1, "M": 1 / 60, "S": 1 / 3600}[u] for n, u in re.findall(r"(\d+)([HMS])", time_part))
    return add_duration(day, date_part or "P0D") + dt.timedelta(days=math.ceil(hours / 24))
