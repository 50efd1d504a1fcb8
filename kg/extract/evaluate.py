"""``kg eval``: how well drafted claims agree with curated ones.

Both sides are claims files, read by the same reader as ``kg ingest``
(:func:`kg.claims.read_claims`), each with the entity registry of its own corpus (or
the one named on the command line) plus the entities the file declares inline. A
drafted file is paired with the curated file of the same article: by article id, or,
when the ids differ, by the SHA-256 of the article text (UTF-8). Claims are grouped
into **facts** by their ``fact`` id, per article: the unit counted is "this article
reports this fact".

Matching rules (documented for users in ``docs/evaluation.md``). A drafted fact *may
match* a curated fact of the same article when all of these hold:

kind
    the drafted class is the curated class or one of its superclasses (a drafted
    ``Supply`` matches a curated ``ArmsTransfer``: an arms transfer is a supply, so the
    draft says something true, only less specific). A drafted subclass of the curated
    class (``ArmsTransfer`` for a curated ``Supply`` of gas) says more than the article
    and is a miss. Classes come from ``rdfs:subClassOf`` in the ontology.
participants
    the named entities in the fact's roles (every entity-valued key except ``place``;
    the union over the fact's claims). Every participant the draft names must be a
    participant of the curated fact (an invented participant is a miss), and at least
    half of the curated participants, rounded up, must be found, two being always
    enough (:data:`PARTICIPANTS_FOUND`, :data:`PARTICIPANTS_ENOUGH`). Unnamed actors
    ("unnamed sources") and places are neither required nor counted as invented; one
    named among unnamed actors (``{actor: 16 unnamed people, among: [Evan
    Gershkovich]}``, gkg:namedMember) is a participant. The
    party a role's actor acts for (``{actor: Donald Trump, for: United States}``,
    gkg:onBehalfOf, PROV-O's delegation) is no invented participant, and found it
    stands for its actor (the draft says the United States imposed what the article
    says Trump imposed for it), without raising the number needed. The party of
    unnamed actors ("representatives, for Turkey") is not a participant: roles are
    compared only as who acted and who was acted on (below), and a party named only
    through someone unnamed would let most facts of that party match.
roles
    compared by side: who did the act or holds what the fact is about
    (:data:`AGENT_ROLES`: a speaker, an initiator, an owner), whom it was done to or
    about (:data:`PATIENT_ROLES`: a target, what a statement is about, a buyer), what
    it transfers or holds (:data:`THEME_ROLES`: what was sold, what is owned). Every side the draft gives a participant must be one the curated fact
    gives it, where both give it one (a buyer drafted also as what was sold is a
    miss); a participant named only as a party where the other side names it only as
    a third party (:data:`THIRD_PARTY_ROLES`: a mediator, a witness), or the reverse,
    is a miss; a party an actor acts for takes its actor's role; other roles are
    compared by none of these (:meth:`Matcher.other_role`).
place
    the ``place`` of a fact that says where something is (:data:`PLACE_KINDS`) is
    compared as a participant is: each drafted place must be a curated one, where both
    name one (:meth:`Matcher.other_place`).
dates
    for every date key both facts state (``date``, ``startDate``, ``periodStart``...),
    each drafted value must agree with one of the curated fact's dates (of that key
    or another: one fact's claims may date its stages under different keys) at the
    coarser precision of the two: a drafted ``2024`` or ``2024-06`` matches a curated
    ``2024-06-24``; a drafted ``2024-06-24`` matches a curated ``2024-06``;
    ``2024-05`` does not. A drafted interval (``dateEarliest`` .. ``dateLatest``, as
    the reader writes "last week") agrees when it overlaps a curated date. A date
    key only one side states neither helps nor hurts the match. For matching, the date
    of a dated stage (``stage: {status: adopted, date: …}``) counts as a ``date`` of
    its fact (:attr:`Fact.all_dates`); date accuracy keeps it the stage's.
words and dates
    a drafted fact whose quotes overlap those of a curated fact it may match is paired
    only with a curated fact whose quotes it overlaps; one that states no date and
    shares no words with a dated curated fact is paired with it only when it may match
    no other curated fact of the article (:meth:`Matcher.untied`): kind and
    participants say which fact it is only when they fit one.
legal action kind
    two ``LegalAction`` facts whose claims both say what the action is (the
    ``legalActionKind`` concept, or the ``actionType`` words read as one: a label or
    alternative label of a gkg:LegalActionKind, or a word of :data:`LEGAL_KIND_WORDS`,
    else the words' head noun) share at least one such kind: a drafted extradition
    request is not a curated prison sentence, nor a charge a plea
    (:func:`legal_kinds`). A side that says nothing of it neither helps nor hurts.
polarity
    a fact drafted as holding (a claim asserted or reported, not negative) does not
    match a curated fact that no claim says holds and a claim says does not
    (``polarity: negative``: "the failure to arrest Putin"), nor the reverse: the two
    are opposite facts, as a sanction imposed and one lifted are.
modality
    a fact drafted as done (:attr:`Fact.holds`) does not match a curated fact that
    no claim says was done and a claim gives a modality of :data:`UNDECIDED`
    (requested, hoped, willing, considered, predicted, envisaged, obliged, alleged
    plan): tariffs a senator suggested are not tariffs imposed, nor an attack a
    speaker foresees an attack. A planned fact is decided and still matches;
    modality accuracy counts the difference on claims whose quotes overlap.
position, characterised fact
    the values of :data:`IDENTIFYING_KEYS` (the office of a ``PositionHeld``, the fact
    a ``Characterisation`` labels) compared as participants are: each drafted value
    must be the curated one (for a fact, a drafted fact that may match the curated one
    by these rules and fits best of the curated facts it may match, :class:`Score`
    compared part by part: :meth:`Matcher.same_fact`), and the curated value must be
    found.
entities
    a drafted and a curated entity are the same when they have the same id, the same
    Wikidata QID, or a common name (label or alias, compared by
    :func:`kg.entities.normalise`), or failing those two names at least
    :data:`FUZZY_THRESHOLD` similar by rapidfuzz's ``token_sort_ratio`` (both names
    at least :data:`FUZZY_MIN_LENGTH` code points long, so that "Russia" never meets
    "Prussia"). Two entities with different QIDs are never the same, nor a person and
    an entity of another class (the State of Montenegro, Luís Montenegro). A state and its
    own government (:data:`GOVERNMENTS`) are the same participant, as the canned
    queries read them.

Assignment is one-to-one and optimal (:func:`assign`): the most pairs, then the best
sums of the parts of :class:`Score` in order (same class, quotes in common, share of
curated participants found, dates equal at the same precision, other attribute values
in common, the Jaccard index of the code points their quotes cover), among the pairs
words and dates tie; deterministic. A drafted fact left over that could have matched an
already assigned curated fact, by every rule above on its own but words and dates, is a
**duplicate**: it counts once (it is neither a second hit nor a false one) and is
reported apart; any other is a false draft.

Figures, per kind of fact and overall. A drafted fact counts under the class it was
drafted as, a curated fact under its curated class (a drafted ``Statement`` matched
to a curated ``Accusation`` stays a ``Statement``): ``drafted`` and ``matched`` (the
drafted facts of the class that match a curated fact), ``curated`` and ``found`` (the
curated facts of the class a drafted fact matches); precision = matched / drafted,
recall = found / curated, F1 their harmonic mean (None when a denominator is 0).
Overall, matched = found.

On matched facts: **date accuracy** over matched facts stating a date on either
side: *right* when every drafted date value equals, at the same precision, one of the
curated fact's values of the same key, or for a ``date`` or start one of its stages'
dates (a curated fact with a start and a stage's date is rightly dated by a draft
giving either: :func:`dates_right`), a curated interval (``dateEarliest``,
``dateLatest``) that covers exactly one day, one calendar month or one calendar year
being that day, month or year as a ``date`` (:func:`stated_dates`), the dates being the
fact's own, a stage's date compared with a stage of the same status where both sides
date one (:func:`compared_dates`); *not drafted* when the
draft states no date; *wrong* otherwise (a date the curated fact lacks included);
accuracy = right / (right + wrong), the facts not drafted reported apart.
**Status accuracy** the same over matched facts giving a status on either side (the
fact's or a stage's): right when the drafted and curated statuses have one in common
(a sanction drafted as imposed where the text says lifted is wrong), not drafted
when the draft gives none. **Speaker** and **modality accuracy**, over drafted
claims aligned to the curated claim of the matched fact whose quotes overlap theirs
most: the speakers (``said_by``, else a ``speaker``, who then counts as ``said_by``;
unnamed speakers match unnamed ones) or the modality are equal; on a matched
``Statement`` or ``Characterisation`` a claim whose quotes overlap none is compared on
its speakers too, right when a curated claim of the fact has the same speakers; on a ``Statement``
(or a kind of it) whose speakers are equal, ``asserted`` and ``reported`` are the same
modality, the speaker's own words reported either way (corpus/CLAIMS.md, "Keys of a
claim", ``modality``). A date bound
(``dateEarliest``, ``dateLatest``) that every ``date`` of the fact lies within is left
out of date accuracy (:func:`stated_dates`).
"""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import hashlib
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple
from pathlib import Path

import networkx
from rapidfuzz import fuzz

from kg.attribution import Unnamed
from kg.claims import REVIEWED, Claim, ClaimsFile
from kg.corpus import DEFAULT_CORPUS, corpus_here, load_yaml
from kg.entities import Entity, EntityRegistry, load_registry, normalise
from kg.errors import InputError, InputErrors
from kg.extract.lexicon import action_head, singular
from kg.ingest import claims_files, read_all
from kg.namespaces import GKG, ID, PROV, RDFS
from kg.ontology import Vocabulary, vocabulary

#: rapidfuzz ``token_sort_ratio`` (0-100) from which two names are taken as one name,
#: when no id, QID or normalised name is shared: it admits transliteration variants
#: ("Volodymyr Zelensky" / "Volodymyr Zelenskyy", 97) and word order ("Government of
#: South Africa" / "South African government", 92) but not another man of one first
#: name ("Vladimir Potanin" / "Vladimir Putin", 87).
FUZZY_THRESHOLD = 90
#: Names shorter than this (code points) are compared exactly only: "Russia" and
#: "Prussia" score 92.
FUZZY_MIN_LENGTH = 8
#: The share of a curated fact's participants a drafted fact must find (rounded up),
#: and the number that is always enough: a fact's participants gather over all its
#: claims (a visit's hosts, receivers and companions), and two of them identify it.
PARTICIPANTS_FOUND = 0.5
PARTICIPANTS_ENOUGH = 2
#: Keys whose values say which fact a fact is, beyond its participants, compared as
#: participants are (what the draft gives must be on the curated side, and the curated
#: values found as participants must be): the office held (``position``, a
#: gkg:PositionType: a head of state is not a head of government) and the fact a
#: characterisation labels (``characterised`` naming a fact id, stored as
#: gkg:characterisedFact: calling the storming of a parliament "treasonous" is not
#: calling the vote before it so).
IDENTIFYING_KEYS = ("position", "characterisedFact")
#: Entity classes that stand for the state whose government they are, as the canned
#: queries read them (queries/statements.rq, sanctions.rq...): a state found where the
#: curated fact names its government (or the reverse) is that participant found.
GOVERNMENTS = ("Government", "MilitaryGovernment")
#: Roles that say who did the act (the agent: PROV-O's prov:wasAssociatedWith, the
#: proto-agent of Dowty's thematic roles) and roles of those it was done to, for or
#: about (the proto-patient, the recipient, the one spoken of), by key. A participant
#: the draft names on one side that the curated fact names only on the other is a miss
#: (:meth:`Matcher.other_role`): "Trump said" is not "Jackson said of Trump", nor "China
#: and Japan summoned" "China summoned Japan's envoy". A role of neither list (a
#: meeting's ``party``, an office's ``holder``) is compared with none.
#: Who holds, runs or hands over a thing is on the agent's side too (the owner,
#: controller, manager, operator or charterer of what is owned, the state that cedes a
#: territory), as is who adopts, applies, sponsors, publishes, reforms, reviews, leaves,
#: resigns, evades, claims, is owed, moves a traveller or commands: a drafted "FIBI
#: Holdings owns Mizrahi Tefahot Bank" names as owner what the article has as owned
#: ("the fund owns FIBI Holdings"). On the other side are the debtor, the state a
#: territory is claimed from, the body left, whom a territory or a freed prisoner is
#: handed to and the state an envoy is recalled from.
AGENT_ROLES = frozenset({
    "speaker", "initiator", "perpetrator", "authority", "greeter", "seller", "supplier", "giver", "exporter",
    "investor", "supporter", "inviter", "visitor", "payer", "lender", "lessor", "recruiter", "recogniser",
    "founder", "releasedBy", "orderedBy", "declaredBy", "appointedBy", "grantedBy", "awardedBy", "issuedBy",
    "calledBy", "inspector", "spy", "examinedBy", "rankChangedBy",
    "owner", "controller", "manager", "operator", "charterer", "transferredFrom", "adoptedBy", "appliedBy",
    "sponsor", "coSponsor", "publisher", "reformer", "reviewer", "withdrawing", "resigning", "evader",
    "claimant", "creditor", "movedBy", "commandedBy"})
PATIENT_ROLES = frozenset({
    "about", "target", "greeted", "buyer", "recipient", "importer", "investedIn", "supported", "host",
    "hostState", "payee", "borrower", "lessee", "recruited", "recognised", "founded", "released", "grantedTo",
    "awardee", "inspected", "examined", "rankChanged", "audience", "requestedOf", "seized",
    "debtor", "claimedFrom", "withdrawnFrom", "transferredTo", "releasedTo", "recalledFrom"})
#: Roles of the thing a fact transfers, holds or uses (the theme of a sale, lease or
#: ownership: what is sold, leased, owned, controlled, made or used), not one of its
#: parties: a buyer named also as what was sold ("BlackRock and Global Infrastructure
#: Partners, which BlackRock acquired") is a participant in a role the article does not
#: give it (:meth:`Matcher.other_role`).
THEME_ROLES = frozenset({"sold", "leased", "owned", "controlled", "product", "usedItem", "registeredVessel"})
#: Roles of those who stand outside a fact's parties (a third party: who brokers it,
#: witnesses or watches it, keeps its text, or is only present), by key: a party to an
#: agreement is not its mediator ("a Somalia-Turkey agreement" is not the
#: Ethiopia-Somalia declaration Turkey brokered), nor the reverse.
THIRD_PARTY_ROLES = frozenset({"mediator", "witness", "observer", "monitor", "attendee", "depositary"})
#: Kinds of fact that say where something is: their ``place`` is what the fact says, so
#: it is compared as an identifying value (Dahej in Kerala is not Dahej in Gujarat),
#: where for an event it is a detail neither required nor counted as invented.
PLACE_KINDS = ("Location", "Residence")


#: Words news uses for a kind of legal action the ontology names otherwise
#: (gkg:LegalActionKinds): a conviction, a sentence and an order of provisional measures
#: are rulings (gkg:Ruling's definition), a lawsuit or petition and its hearings are a
#: case, an indictment a charge (gkg:Charge's altLabel).
LEGAL_KIND_WORDS = {
    "Ruling": ("sentence", "conviction", "acquittal", "judgement", "decision", "order", "measure"),
    "Case": ("lawsuit", "suit", "proceeding", "application", "petition", "hearing", "trial"),
    "Charge": ("indictment", "count", "accusation"),
    "Investigation": ("probe", "inquiry", "enquiry"),
    "Warrant": ("arrest",),
}
def legal_kinds(claims: Iterable[Claim], vocab: Vocabulary) -> frozenset[str]:
    """What the legal action of ``claims`` (one fact's claims) is, as a set of kinds:
    the IRI of each gkg:LegalActionKind its claims name (``legalActionKind``; in the
    ``actionType`` words, the whole words or any word that is a label or alternative
    label of one, or a word of :data:`LEGAL_KIND_WORDS`) and the head noun of the
    ``actionType`` words, singular ('extradition' of "extradition", 'request' of
    "request for provisional measures"). Empty when no claim says."""
    concepts = vocab.controlled.get("LegalActionKind", {})
    words = {w: GKG + kind for kind, ws in LEGAL_KIND_WORDS.items() for w in ws}
    out = set()
    for claim in claims:
        for key, term in claim.values:
            if key.name == "legalActionKind":
                out.add(term.value)
            elif key.name == "actionType":
                text = normalise(term.value)
                whole = vocab.controlled_value("LegalActionKind", text)
                if whole:
                    out.add(whole)
                for word in re.findall(r"[a-z]+", text):
                    kind = concepts.get(word) or concepts.get(singular(word)) or words.get(singular(word))
                    if kind:
                        out.add(kind)
                if action_head(text):
                    out.add(action_head(text))
    return frozenset(out)


# -- Facts -----------------------------------------------------------------------------


#: Modalities by which a claim says its fact holds, and the polarity that says it does not.
_HAPPENED = frozenset({GKG + "Asserted", GKG + "Reported"})
_NEGATIVE = GKG + "Negative"
#: Modalities of a fact nobody has done or decided to do (gkg:Modality's definitions):
#: asked or suggested by someone (requested), wished for (hoped), offered (willing),
#: weighed (considered), forecast as a consequence (predicted), said to be a condition
#: or vision (envisaged), a duty under a rule (obliged), a plan others allege (alleged
#: plan); the ontology says none of them "counts as a fact that happened". A fact
#: drafted as done is not the fact an article has only so: "a senator suggested
#: tariffs" is no tariff, "a Chinese attack on Taiwan could threaten Japan" no attack.
#: A planned fact is decided by its own actor, only not yet done, and is left to
#: modality accuracy, as the polarity rule leaves refused and unable.
UNDECIDED = frozenset(GKG + m for m in ("RequestedModality", "Hoped", "Willing", "Considered", "Predicted",
                                        "Envisaged", "Obliged", "AllegedPlan"))


def _opposite(drafted: "Fact", curated: "Fact") -> bool:
    """Whether one fact is said to hold where the other is only said not to (the
    polarity rule of the module docstring)."""
    return (drafted.holds and not curated.holds and curated.negated) or \
        (curated.holds and not drafted.holds and drafted.negated)


def _not_done(drafted: "Fact", curated: "Fact") -> bool:
    """Whether the draft says the fact was done where the article only has it asked
    for, suggested, hoped for, offered, weighed, foreseen, envisaged, owed under a rule
    or alleged as a plan (:attr:`Fact.undecided`): "a senator suggested tariffs"
    drafted as tariffs imposed (the modality rule of the module docstring)."""
    return drafted.holds and curated.undecided


@dataclass(frozen=True)
class Fact:
    """One fact as one claims file reports it: the file's claims with this ``fact`` id.

    ``participants`` are the registry entities in its roles (not ``place``);
    ``dates`` maps a date key to the ISO values given (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``); ``details`` holds (key, normalised value) of its other
    attributes (controlled values, numbers, text); ``spans`` are the code-point spans
    of its quotes."""

    article: str
    id: str
    kind: str
    participants: tuple[Entity, ...]
    dates: dict[str, frozenset[str]]
    claims: tuple[Claim, ...]
    details: frozenset[tuple[str, str]] = frozenset()
    #: (party, actor) of each role whose named actor acts for a party ({actor: Donald
    #: Trump, for: United States})
    principals: tuple[tuple[Entity, Entity], ...] = ()
    #: key of :data:`IDENTIFYING_KEYS` -> the IRIs its claims give (a gkg:PositionType,
    #: a fact's IRI)
    identity: dict[str, frozenset[str]] = field(default_factory=dict)
    #: claim id -> its speakers: its ``said_by``, else a ``speaker`` it names, who then
    #: counts as ``said_by`` (corpus/CLAIMS.md, "Keys of a claim"); Entity or Unnamed
    speakers: dict[str, tuple] = field(default_factory=dict)
    #: the dates of its dated stages (``stage: {status: requested, date: 2025-01-23}``),
    #: by the stage's status (local name of a gkg:Status, ``Requested``): a stage's date
    #: is the stage's, not the fact's
    stage_dates: dict[str, frozenset[str]] = field(default_factory=dict)
    #: entity id -> the keys of the roles its claims give it (``initiator``, ``about``),
    #: a party an actor acts for taking its actor's role ({actor: Sun Weidong, for:
    #: China} as initiator makes China an initiator)
    roles: dict[str, frozenset[str]] = field(default_factory=dict)
    #: the registry entities its ``place`` values name (where a Location says it lies)
    places: tuple[Entity, ...] = ()

    @property
    def staged(self) -> frozenset[str]:
        """The dates of its dated stages, whatever their status (ISO values)."""
        return frozenset(d for values in self.stage_dates.values() for d in values)

    @property
    def all_dates(self) -> dict[str, frozenset[str]]:
        """Its own dates with its stages' dates added as ``date`` values: what a drafted
        date may agree with for the fact to match (one fact's claims may date its stages
        under different keys; the module docstring, "dates")."""
        staged = self.staged
        if not staged:
            return self.dates
        return {**self.dates, "date": self.dates.get("date", frozenset()) | staged}

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(q.start, q.end) for c in self.claims for q in c.quotes]

    @property
    def holds(self) -> bool:
        """Whether a claim says the fact holds: asserted or reported, not negative."""
        return any(c.modality in _HAPPENED and c.polarity != _NEGATIVE for c in self.claims)

    @property
    def undecided(self) -> bool:
        """Whether some claim gives the fact an undecided modality (:data:`UNDECIDED`:
        requested, hoped...), none saying it holds."""
        return not self.holds and any(c.modality in UNDECIDED for c in self.claims)

    @property
    def negated(self) -> bool:
        """Whether a claim says the fact does not hold (``polarity: negative``)."""
        return any(c.polarity == _NEGATIVE for c in self.claims)

    @property
    def statuses(self) -> frozenset[str]:
        """The statuses its claims give (local names of gkg:Status: ``Ended``), as the
        fact's ``status`` or a stage's: 'lifted' and 'imposed' are opposite facts."""
        stages = {v.value.removeprefix(GKG) for c in self.claims for _, p, v in c.extra if p.value == GKG + "stageStatus"}
        plain = {term.value.removeprefix(GKG) for c in self.claims for key, term in c.values if key.name == "status"}
        return frozenset(stages | plain)


def facts_of(cf: ClaimsFile, registry: EntityRegistry) -> list[Fact]:
    """The facts of a claims file, in the order their first claim appears. A fact
    whose claims give several classes takes the first claim's (the reader of ``kg
    ingest`` refuses that across files)."""
    by_iri = {ID + e.id: e for e in registry.entities.values()}
    grouped: dict[str, list[Claim]] = {}
    for claim in cf.claims:
        grouped.setdefault(claim.fact, []).append(claim)
    out = []
    for fact_id, claims in grouped.items():
        participants: dict[str, Entity] = {}
        principals: dict[tuple[str, str], tuple[Entity, Entity]] = {}
        dates: dict[str, set[str]] = {}
        details = set()
        identity: dict[str, set[str]] = {}
        speakers: dict[str, tuple] = {}
        stages: dict[str, set[str]] = {}
        roles: dict[str, set[str]] = {}
        places: dict[str, Entity] = {}
        for claim in claims:
            speakers[claim.id] = _speakers(claim, by_iri)
            for key, term in claim.values:
                if key.name in IDENTIFYING_KEYS:
                    identity.setdefault(key.name, set()).add(term.value)
                if key.kind == "entity" and key.name == "place" and term.value in by_iri:
                    places.setdefault(by_iri[term.value].id, by_iri[term.value])
                elif key.kind == "entity" and key.name != "place" and term.value in by_iri:
                    participants.setdefault(by_iri[term.value].id, by_iri[term.value])
                    roles.setdefault(by_iri[term.value].id, set()).add(key.name)
                elif key.kind == "date":
                    dates.setdefault(key.name, set()).add(term.value)
                elif key.kind in ("controlled", "integer", "decimal", "string"):
                    # Amounts are nodes named after their fact: not comparable across facts.
                    details.add((key.name, normalise(term.value)))
            # A dated stage (requested on 23 January, issued on 8 July) is kept apart, by
            # its status; one named among unnamed actors ("16 people, among them
            # Gershkovich") takes part.
            status_of = {node.value: value.value.removeprefix(GKG) for node, predicate, value in claim.extra
                         if predicate.value == GKG + "stageStatus"}
            for node, predicate, value in claim.extra:
                if predicate.value == GKG + "stageDate":
                    stages.setdefault(status_of.get(node.value, "stage"), set()).add(value.value)
                elif predicate.value == GKG + "namedMember" and value.value in by_iri:
                    participants.setdefault(by_iri[value.value].id, by_iri[value.value])
            principals.update(_principals(claim.extra, by_iri))
            role_of = {node.value: value.value.removeprefix(GKG) for node, predicate, value in claim.extra
                       if predicate.value == GKG + "roleProperty"}
            for node, predicate, value in claim.extra:
                if predicate.value == GKG + "onBehalfOf" and value.value in by_iri and node.value in role_of:
                    roles.setdefault(by_iri[value.value].id, set()).add(role_of[node.value])
        out.append(Fact(cf.article.id, fact_id, claims[0].type, tuple(participants.values()),
                        {k: frozenset(v) for k, v in dates.items()}, tuple(claims), frozenset(details),
                        tuple(principals.values()), {k: frozenset(v) for k, v in identity.items()}, speakers,
                        {k: frozenset(v) for k, v in stages.items()}, {k: frozenset(v) for k, v in roles.items()},
                        tuple(places.values())))
    return out


def _speakers(claim: Claim, by_iri: dict[str, Entity]) -> tuple:
    """Who a claim says said it: its ``said_by`` (Entity or Unnamed each); for a claim
    with none, the ``speaker`` values it gives, who count as ``said_by`` (CLAIMS.md:
    "a Statement's speaker, who then counts as said_by"), an unnamed one (a node of
    the claim's own, not in the registry) as Unnamed."""
    if claim.said_by:
        return tuple(who for _, who in claim.said_by)
    labels = {node.value: value.value for node, predicate, value in claim.extra if predicate.value == RDFS + "label"}
    return tuple(by_iri.get(term.value) or Unnamed(labels.get(term.value, "unnamed"))
                 for key, term in claim.values if key.name == "speaker")


def _principals(extra, by_iri: dict[str, Entity]) -> dict[tuple[str, str], tuple[Entity, Entity]]:
    """The parties the actors of a claim's qualified roles act for ({actor: Donald
    Trump, for: United States}: gkg:QualifiedRole, prov:agent, gkg:onBehalfOf), keyed
    by (party id, actor id): {key: (party, actor)}; unnamed actors' parties are left out."""
    agent, party = {}, {}
    for node, predicate, value in extra:
        if predicate.value == PROV + "agent":
            agent[node.value] = by_iri.get(value.value)
        elif predicate.value == GKG + "onBehalfOf" and value.value in by_iri:
            party[node.value] = by_iri[value.value]
    return {(p.id, agent[n].id): (p, agent[n]) for n, p in party.items() if agent.get(n) is not None}


# -- Entities --------------------------------------------------------------------------


class EntityMatcher:
    """Decides whether a drafted entity and a curated entity are the same, across two
    registries (see the module docstring for the rules); answers are cached."""

    def __init__(self, threshold: int = FUZZY_THRESHOLD, min_length: int = FUZZY_MIN_LENGTH):
        self.threshold = threshold
        self.min_length = min_length
        self._cache: dict[tuple[Entity, Entity], bool] = {}

    def same(self, a: Entity, b: Entity) -> bool:
        key = (a, b)
        if key not in self._cache:
            self._cache[key] = self._same(a, b)
        return self._cache[key]

    def _same(self, a: Entity, b: Entity) -> bool:
        if self._governs(a, b) or self._governs(b, a):
            return True
        return self._one(a, b)

    def _one(self, a: Entity, b: Entity) -> bool:
        """Whether ``a`` and ``b`` are one entity (id, QID, names; the module docstring).
        A person and an entity of another class (a state, a body, a place) are never one,
        whatever their names: the State of Montenegro is not Luís Montenegro, whom the
        text calls "Montenegro" (gkg:Person is a human being, FOAF's and Wikidata's
        human, Q5)."""
        if self._person(a) != self._person(b):
            return False
        if a.wikidata and b.wikidata:
            return a.wikidata == b.wikidata
        if a.id == b.id:
            return True
        names_a = {normalise(n) for n in (a.id, *a.names)}
        names_b = {normalise(n) for n in (b.id, *b.names)}
        if names_a & names_b:
            return True
        return any(fuzz.token_sort_ratio(x, y) >= self.threshold
                   for x in names_a if len(x) >= self.min_length
                   for y in names_b if len(y) >= self.min_length)

    @staticmethod
    def _person(entity: Entity) -> bool:
        """Whether the entity is a person (its class gkg:Person or a subclass)."""
        return bool(entity.type) and vocabulary().is_a(entity.type, "Person")

    @staticmethod
    def _governs(government: Entity, state: Entity) -> bool:
        """Whether ``government`` (a :data:`GOVERNMENTS` entity) is the government of
        ``state`` (a gkg:State), as the canned queries tell it: its ``of`` names the
        state (by id or name), or one of its names holds one of the state's as whole
        words, an adjective in -n included ("Government of Brazil", "Russian
        government")."""
        if government.type not in GOVERNMENTS or state.type != "State":
            return False
        names = {normalise(n) for n in (state.id, *state.names)}
        if government.of and normalise(government.of) in names:
            return True
        return any(re.search(rf"(^|[^a-z]){re.escape(n)}n?([^a-z]|$)", normalise(g))
                   for g in government.names for n in names if len(n) > 2)

    def speakers_equal(self, a: tuple, b: tuple) -> bool:
        """Whether two claims' speakers (:attr:`Fact.speakers`) are the same: each
        side's named speakers all found on the other side, and unnamed speakers on both
        sides or neither."""
        def split(speakers: tuple):
            return [w for w in speakers if isinstance(w, Entity)], any(not isinstance(w, Entity) for w in speakers)

        (na, ua), (nb, ub) = split(a), split(b)
        return ua == ub and all(any(self.same(x, y) for y in nb) for x in na) \
            and all(any(self.same(x, y) for x in na) for y in nb)


# -- Matching --------------------------------------------------------------------------


def _span(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date value covers (``2024`` is 1 January to 31
    December 2024, ``2024-06`` the month, ``2024-06-24`` the day), None for any other
    form."""
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:])
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        day = dt.date.fromisoformat(value)
        return day, day
    except ValueError:
        return None


def _bounds(dates: dict[str, frozenset[str]]) -> tuple[str, str] | None:
    """The one ``dateEarliest`` and the one ``dateLatest`` value a fact states (as the
    reader writes a relative date such as "last week"), else None."""
    early, late = dates.get("dateEarliest", frozenset()), dates.get("dateLatest", frozenset())
    return (next(iter(early)), next(iter(late))) if len(early) == 1 and len(late) == 1 else None


def _interval(dates: dict[str, frozenset[str]]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the bounded interval a fact states (:func:`_bounds`),
    else None."""
    bounds = _bounds(dates)
    a, b = (_span(bounds[0]), _span(bounds[1])) if bounds else (None, None)
    return (a[0], b[1]) if a and b and a[0] <= b[1] else None


def _dates_agree(drafted: dict[str, frozenset[str]], curated: dict[str, frozenset[str]]) -> bool:
    """Every drafted value of a date key the curated fact also states agrees, at the
    coarser of the two precisions (ISO prefixes), with one of the curated fact's
    dates: of that key, or of another key, since the claims of one fact may date its
    stages under different keys (applied in May 2022, joined on 4 April 2023).

    A drafted interval (``dateEarliest`` .. ``dateLatest``: "last week" is the seven
    days of that week) is a date at the interval's precision: it agrees when it
    overlaps one of the curated fact's dates or its interval ("arrested last week"
    and a curated arrest on a day of that week agree; a day of the week before does
    not)."""
    known = [c for values in curated.values() for c in values]
    window = _interval(drafted)
    if window is not None:
        spans = [s for s in map(_span, known) if s]
        other = _interval(curated)
        if other:
            spans.append(other)
        if not any(a <= window[1] and window[0] <= b for a, b in spans):
            return False
        drafted = {k: v for k, v in drafted.items() if k not in ("dateEarliest", "dateLatest")}
    for key in drafted.keys() & curated.keys():
        for d in drafted[key]:
            if not any(d.startswith(c) or c.startswith(d) for c in known):
                return False
    return True


def _jaccard(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> float:
    """The Jaccard index of the code points two sets of quote spans cover (0 to 1):
    1 for the same words, whatever the number of claims that quote them."""
    x = {i for s, e in a for i in range(s, e)}
    y = {i for s, e in b for i in range(s, e)}
    return len(x & y) / len(x | y) if x & y else 0.0


def _needed(curated: Fact) -> int:
    """How many of a curated fact's participants a drafted fact must find."""
    return min(math.ceil(PARTICIPANTS_FOUND * len(curated.participants)), PARTICIPANTS_ENOUGH)


class Score(NamedTuple):
    """How well a drafted fact fits a curated fact it may match, each part weighing
    more than all those after it (:func:`assign`): the same class (not a superclass);
    quotes in common (the draft was made from words the curated fact quotes); the share
    of curated participants found (0 to 1); date keys with equal values at the same
    precision; other attribute values in common (controlled values such as
    ``supportKind`` or ``status``, numbers, text); the Jaccard index of the code points
    their quotes cover (0 to 1)."""

    same_class: bool
    quotes_overlap: bool
    share: float
    exact_dates: int
    details: int
    overlap: float

    def parts(self) -> tuple[int, ...]:
        """The parts as whole numbers, fractions in thousandths, for exact sums."""
        return (int(self.same_class), int(self.quotes_overlap), round(self.share * 1000), self.exact_dates,
                self.details, round(self.overlap * 1000))


def assign(scores: dict[tuple[int, int], Score]) -> dict[int, int]:
    """The one-to-one assignment of drafted facts (row ``i``) to curated facts
    (column ``j``) among the candidate pairs ``scores`` ((i, j) -> :class:`Score`) that
    pairs the most facts, then, of those, has the greatest sum of each part of
    :class:`Score` in turn (most pairs of the same class, then most pairs with quotes
    in common, ...): {i: j}.

    A maximum-weight matching of the bipartite graph of candidate pairs (networkx's
    ``max_weight_matching``, Galil's blossom method, exact on Python integers), on
    integer weights that encode those sums in order: the leading term, one per pair,
    outweighs any sum of the parts, so no rounding can swap two assignments (a float
    cost matrix, as scipy's ``linear_sum_assignment`` takes, would lose the low parts
    beyond 2**53). Deterministic: the graph is built in sorted order, and the same
    pairs always give the same assignment."""
    if not scores:
        return {}
    pairs_max = min(len({i for i, _ in scores}), len({j for _, j in scores}))
    weight = dict.fromkeys(scores, 1)
    for k in range(len(Score._fields)):
        radix = pairs_max * max(s.parts()[k] for s in scores.values()) + 1
        weight = {ij: w * radix + scores[ij].parts()[k] for ij, w in weight.items()}
    graph = networkx.Graph()
    for (i, j), w in sorted(weight.items()):
        graph.add_edge(("drafted", i), ("curated", j), weight=w)
    out = {}
    for a, b in networkx.max_weight_matching(graph):
        (_, j), (_, i) = sorted((a, b))  # ("curated", j) sorts before ("drafted", i)
        out[i] = j
    return dict(sorted(out.items()))

@dataclass
class Matcher:
    """Candidate pairs of drafted and curated facts of one article, and their score."""

    vocab: Vocabulary
    entities: EntityMatcher
    #: the facts of the article being compared, by IRI, on each side: a fact a
    #: characterisation labels is looked up there (:meth:`same_fact`)
    drafted_facts: dict[str, Fact] = field(default_factory=dict)
    curated_facts: dict[str, Fact] = field(default_factory=dict)
    #: pairs being scored, so that facts that refer to each other end the recursion
    _open: set = field(default_factory=set)

    def same_value(self, key: str, drafted: str, curated: str) -> bool:
        """Whether a drafted and a curated value of an :data:`IDENTIFYING_KEYS` key name
        the same thing: the same concept, or for a fact reference the same IRI or two
        facts of the article that may match (:meth:`same_fact`)."""
        if drafted == curated:
            return True
        return key == "characterisedFact" and self.same_fact(drafted, curated)

    def same_fact(self, drafted: str, curated: str) -> bool:
        """Whether the drafted fact ``drafted`` and the curated fact ``curated`` (IRIs)
        may match by these rules; False for a fact of neither file, or while that pair
        is itself being scored (facts that refer to each other). Of the curated facts the
        drafted one may match, only those it fits best (:class:`Score`, compared part by
        part) are the fact it names: Zelensky's words drafted about the ban on refined
        products, which quotes the curated ban's words, are not his words about the
        package, though the drafted ban might have matched the package too."""
        d, c = self.drafted_facts.get(drafted), self.curated_facts.get(curated)
        if d is None or c is None or (d.id, c.id) in self._open:
            return False
        self._open.add((d.id, c.id))
        try:
            mine = self.score(d, c)
            if mine is None:
                return False
            others = []
            for other in self.curated_facts.values():
                if other is not c and (d.id, other.id) not in self._open:
                    self._open.add((d.id, other.id))
                    try:
                        others.append(self.score(d, other))
                    finally:
                        self._open.discard((d.id, other.id))
            return all(o is None or o.parts() <= mine.parts() for o in others)
        finally:
            self._open.discard((d.id, c.id))

    def other_identity(self, drafted: Fact, curated: Fact) -> tuple[str, frozenset, frozenset] | None:
        """The first :data:`IDENTIFYING_KEYS` key on which two facts differ, compared as
        participants are (a value the draft gives that the curated fact lacks is
        invented; the curated values must be found as :func:`_needed` says), as (key,
        drafted values, curated values); None when they agree."""
        for key in IDENTIFYING_KEYS:
            mine, theirs = drafted.identity.get(key, frozenset()), curated.identity.get(key, frozenset())
            if not mine and not theirs:
                continue
            invented = any(not any(self.same_value(key, x, y) for y in theirs) for x in mine)
            found = sum(1 for y in theirs if any(self.same_value(key, x, y) for x in mine))
            if invented or found < min(math.ceil(PARTICIPANTS_FOUND * len(theirs)), PARTICIPANTS_ENOUGH):
                return key, mine, theirs
        return None

    def other_role(self, drafted: Fact, curated: Fact) -> tuple[str, frozenset, frozenset] | None:
        """The first drafted participant the draft names in a role the curated fact does
        not give it, as (entity id, drafted roles, curated roles); None when the two
        agree. Roles are compared by side: who did the act (:data:`AGENT_ROLES`), whom
        it was done to, for or about (:data:`PATIENT_ROLES`), what it transfers, holds
        or uses (:data:`THEME_ROLES`): every side the draft gives it must be one the
        curated fact gives it, where both give it one (a buyer drafted also as what was
        sold says more than the article). A participant the draft names only as a party
        (in no role of :data:`THIRD_PARTY_ROLES`) that the curated fact names only as a
        third party (a mediator, a witness), or the reverse, differs too. The curated
        roles are those of every curated participant or party the same entity
        (:class:`EntityMatcher`); a role of none of the lists neither helps nor hurts
        (a meeting's ``party``, an office's ``holder``) beyond the third-party rule."""
        def sides(roles) -> set[str]:
            return {side for side, table in (("agent", AGENT_ROLES), ("patient", PATIENT_ROLES),
                                             ("theme", THEME_ROLES)) for r in roles if r in table}

        def third(roles) -> bool:
            return bool(roles) and roles <= THIRD_PARTY_ROLES

        for p in drafted.participants:
            mine = drafted.roles.get(p.id, frozenset())
            theirs = frozenset(r for q in {*curated.participants, *(party for party, _ in curated.principals)}
                               if self.entities.same(p, q) for r in curated.roles.get(q.id, ()))
            if sides(mine) and sides(theirs) and not sides(mine) <= sides(theirs):
                return p.id, mine, theirs
            if mine and theirs and ((third(mine) and not theirs & THIRD_PARTY_ROLES)
                                    or (third(theirs) and not mine & THIRD_PARTY_ROLES)):
                return p.id, mine, theirs
        return None

    def other_place(self, drafted: Fact, curated: Fact) -> tuple[frozenset, frozenset] | None:
        """For a fact of :data:`PLACE_KINDS` (where something lies or lives), the
        drafted and curated places (entity ids) when the draft names a place the curated
        fact does not (:class:`EntityMatcher`): Dahej drafted in Kerala, curated in
        Gujarat. None when they agree, or when either side names no place (a draft that
        leaves the place out is less complete, not wrong)."""
        if not any(self.vocab.is_a(curated.kind, k) for k in PLACE_KINDS) or not drafted.places or not curated.places:
            return None
        if all(any(self.entities.same(p, q) for q in curated.places) for p in drafted.places):
            return None
        return frozenset(p.id for p in drafted.places), frozenset(q.id for q in curated.places)

    def found(self, drafted: Fact, curated: Fact) -> int | None:
        """How many curated participants the drafted fact finds; None when it names a
        participant the curated fact lacks."""
        def named(q: Entity) -> bool:
            return any(self.entities.same(p, q) for p in drafted.participants)

        parties = [party for party, _ in curated.principals]
        for p in drafted.participants:
            if not any(self.entities.same(p, q) for q in (*curated.participants, *parties)):
                return None
        # The party a role's actor acts for stands for that actor (the draft names the
        # United States where the article names Trump acting for it).
        via_party = {actor.id for party, actor in curated.principals if named(party)}
        return sum(1 for q in curated.participants if named(q) or q.id in via_party)

    def score(self, drafted: Fact, curated: Fact) -> tuple | None:
        """The score of a candidate pair (higher is better), or None when the drafted
        fact cannot match the curated one."""
        if not self.vocab.is_a(curated.kind, drafted.kind):
            return None
        found = self.found(drafted, curated)
        if found is None or found < _needed(curated):
            return None
        if not _dates_agree(drafted.all_dates, curated.all_dates) or _opposite(drafted, curated) or \
                _not_done(drafted, curated) or \
                self.other_legal_kind(drafted, curated) or self.other_identity(drafted, curated) or \
                self.other_role(drafted, curated) or self.other_place(drafted, curated):
            return None
        mine, theirs = drafted.all_dates, curated.all_dates
        exact_dates = sum(1 for k in mine.keys() & theirs.keys() if mine[k] == theirs[k])
        share = found / len(curated.participants) if curated.participants else 1.0
        overlap = _jaccard(drafted.spans, curated.spans)
        return Score(drafted.kind == curated.kind, overlap > 0, share, exact_dates,
                     len(drafted.details & curated.details), overlap)


    @staticmethod
    def untied(drafted: Fact, curated: Fact, score: Score, others: list[tuple[Fact, Score]]) -> str | None:
        """Why nothing the draft states ties it to ``curated``, a fact it may match
        (``score``), when it may match the curated facts ``others`` too (each with its
        :class:`Score`), in words; None when the pair is tied (the words and dates rule
        of the module docstring). A draft is tied by the words it was drafted from: one
        whose quotes overlap those of another fact it may match, and not this one's, is
        that fact's. Failing shared words, a draft that states no date is not a dated
        curated fact it might equally be another: "the same court ordered Move Forward
        to drop its plan" (31 January) is not the dissolution of 7 August, which kind
        and participants alone would let it be."""
        if score.quotes_overlap:
            return None
        overlapping = [other.id for other, s in others if s.quotes_overlap]
        if overlapping:
            return f"its quotes overlap those of {overlapping[0]}, not this fact's (words)"
        if others and not drafted.all_dates and curated.all_dates:
            more = f" and {len(others) - 1} more" if len(others) > 1 else ""
            return (f"states no date and shares no words with this dated fact; it may as well be "
                    f"{others[0][0].id}{more} (words and dates)")
        return None

    def other_legal_kind(self, drafted: Fact, curated: Fact) -> tuple[frozenset, frozenset] | None:
        """The kinds of legal action of two LegalAction facts that both say and share
        none (an extradition drafted, a sentence curated), else None."""
        if not (self.vocab.is_a(drafted.kind, "LegalAction") and self.vocab.is_a(curated.kind, "LegalAction")):
            return None
        mine, theirs = legal_kinds(drafted.claims, self.vocab), legal_kinds(curated.claims, self.vocab)
        return (mine, theirs) if mine and theirs and not mine & theirs else None

    def explain(self, drafted: Fact, curated: list[Fact]) -> tuple[str | None, str]:
        """Why ``drafted`` matches none of ``curated``: the nearest curated fact (of a
        compatible class with quotes overlapping its own, else the one whose quotes
        overlap most, then of a compatible class, then with the most participants
        found; None if the article has none) and the first rule that pair breaks, in
        words."""
        if not curated:
            return None, "the curated file has no facts"

        def nearness(c: Fact):
            overlap, kind = _jaccard(drafted.spans, c.spans), self.vocab.is_a(c.kind, drafted.kind)
            return (kind and overlap > 0, overlap, kind, self.found(drafted, c) or 0)

        # A fact it may match that words or dates do not tie it to (:meth:`untied`).
        options = [(o, s) for o in curated for s in [self.score(drafted, o)] if s is not None]
        if options:
            c, score = max(options, key=lambda o: nearness(o[0]))
            untied = self.untied(drafted, c, score, [o for o in options if o[0] is not c])
            if untied is None and not score.quotes_overlap and self.vocab.is_a(drafted.kind, "Statement"):
                untied = "another statement of the same speaker: its quotes are none of this one's (words)"
            return c.id, untied or "matches it, but the assignment gave it another drafted fact"
        c = max(curated, key=nearness)  # max keeps the first of equals: deterministic
        if not self.vocab.is_a(c.kind, drafted.kind):
            return c.id, f"kind {drafted.kind}, curated {c.kind}"
        known = (*c.participants, *(party for party, _ in c.principals))
        invented = [p.id for p in drafted.participants if not any(self.entities.same(p, q) for q in known)]
        if invented:
            return c.id, f"participant(s) not in the curated fact: {', '.join(invented)}"
        found, need = self.found(drafted, c), _needed(c)
        if found < need:
            return c.id, f"finds {found} of {len(c.participants)} curated participants (needs {need})"
        mine, theirs = drafted.all_dates, c.all_dates
        if not _dates_agree(mine, theirs):
            for key in sorted(mine.keys() & theirs.keys()):
                if not _dates_agree({key: mine[key]}, {key: theirs[key]}):
                    return c.id, f"{key} {'/'.join(sorted(mine[key]))}, curated {'/'.join(sorted(theirs[key]))}"
            return c.id, f"dates {_dates_text(mine)}, curated {_dates_text(theirs)}"
        if _opposite(drafted, c):
            said = "holds" if drafted.holds else "does not hold"
            return c.id, f"drafted as saying the fact {said}, curated as saying the opposite (polarity)"
        if _not_done(drafted, c):
            modalities = sorted({_local(x.modality) for x in c.claims})
            return c.id, f"drafted as done, curated as {'/'.join(modalities)} only (modality)"
        role = self.other_role(drafted, c)
        if role:
            who, mine, theirs = role
            return c.id, f"{who} drafted as {'/'.join(sorted(mine))}, curated as {'/'.join(sorted(theirs))} (role)"
        differs = self.other_identity(drafted, c)
        if differs:
            key, mine, theirs = differs
            def shown(values: frozenset) -> str:
                return "/".join(sorted(_local(v) for v in values)) or "none"
            return c.id, f"{key} {shown(mine)}, curated {shown(theirs)}"
        places = self.other_place(drafted, c)
        if places:
            return c.id, f"place {'/'.join(sorted(places[0]))}, curated {'/'.join(sorted(places[1]))}"
        kinds = self.other_legal_kind(drafted, c)
        if kinds:
            def named(ks: frozenset) -> str:
                return "/".join(sorted(self.vocab.labels.get(k, k.removeprefix(GKG)) for k in ks))
            return c.id, f"legal action {named(kinds[0])}, curated {named(kinds[1])}"
        return c.id, "matches it, but the assignment gave it another drafted fact"


@dataclass
class Tally:
    """Counts of one kind of fact (or all): facts drafted and, of those, ``matched``;
    facts curated and, of those, ``found`` by a drafted fact. The two differ for a
    class when a drafted fact matches a curated fact of a subclass."""

    drafted: int = 0
    curated: int = 0
    matched: int = 0
    found: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.drafted if self.drafted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.curated if self.curated else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"drafted": self.drafted, "curated": self.curated, "matched": self.matched, "found": self.found,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}


@dataclass
class Accuracy:
    """``correct`` out of ``total`` values compared (right and wrong); ``missing``
    counts the facts whose draft states no value where the curated one does, kept out
    of the ratio and reported apart."""

    correct: int = 0
    total: int = 0
    missing: int = 0

    def add(self, ok: bool) -> None:
        self.correct += ok
        self.total += 1

    @property
    def ratio(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"correct": self.correct, "wrong": self.total - self.correct, "not_drafted": self.missing,
                "total": self.total, "accuracy": _round(self.ratio)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


@dataclass
class Evaluation:
    """The result of :func:`evaluate`. ``kinds`` maps a fact class to its
    :class:`Tally`; ``pairs`` lists (drafted file, curated file, the article's
    :class:`Tally`) paired;
    ``undrafted`` the curated files no drafted file pairs with (their facts count as
    missed); ``matches`` (article, drafted fact id, curated fact id);
    ``false_facts`` and ``missed`` the fact ids (article, id, kind) left unmatched;
    ``duplicates`` drafted facts that repeat a matched one; ``disagreements`` what
    the accuracies count as wrong."""

    kinds: dict[str, Tally] = field(default_factory=dict)
    speaker: Accuracy = field(default_factory=Accuracy)
    modality: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    status: Accuracy = field(default_factory=Accuracy)
    pairs: list[tuple[str, str, Tally]] = field(default_factory=list)
    undrafted: list[str] = field(default_factory=list)
    matches: list[tuple[str, str, str]] = field(default_factory=list)
    false_facts: list[tuple[str, str, str]] = field(default_factory=list)
    #: (article, drafted fact id) -> (nearest curated fact id, why they do not match), per false fact
    reasons: dict[tuple[str, str], tuple[str | None, str]] = field(default_factory=dict)
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # article, drafted, curated it repeats
    #: (article, drafted claim or fact id, curated claim or fact id, "speaker" | "modality" | "date" | "status",
    #: drafted value, curated value) for each comparison an accuracy counts as wrong
    disagreements: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        return Tally(*(sum(getattr(t, f) for t in self.kinds.values()) for f in ("drafted", "curated", "matched", "found")))

    def tally(self, kind: str) -> Tally:
        return self.kinds.setdefault(kind, Tally())

    def as_dict(self) -> dict:
        """The JSON form ``kg eval --json`` prints."""
        return {
            "overall": self.overall.as_dict(),
            "kinds": {k: t.as_dict() for k, t in sorted(self.kinds.items())},
            "speaker": self.speaker.as_dict(),
            "modality": self.modality.as_dict(),
            "date": self.date.as_dict(),
            "status": self.status.as_dict(),
            "articles": [{"drafted": d, "curated": c, "facts": t.as_dict()} for d, c, t in self.pairs],
            "undrafted": self.undrafted,
            "matches": [{"article": a, "drafted": d, "curated": c} for a, d, c in self.matches],
            "false": [{"article": a, "fact": f, "kind": k, "nearest": self.reasons[a, f][0],
                       "reason": self.reasons[a, f][1]} for a, f, k in self.false_facts],
            "missed": [{"article": a, "fact": f, "kind": k} for a, f, k in self.missed],
            "duplicates": [{"article": a, "drafted": d, "curated": c} for a, d, c in self.duplicates],
            "disagreements": [{"article": a, "drafted": d, "curated": c, "on": on, "drafted_value": dv,
                               "curated_value": cv} for a, d, c, on, dv, cv in self.disagreements],
        }


def _align(claim: Claim, curated: Fact) -> Claim | None:
    """The curated claim whose quotes overlap ``claim``'s most, by the Jaccard index
    of their code points (so that a quote inside a longer one goes to the claim that
    quotes just those words); None if none overlaps. Ties go to the earlier claim."""
    spans = [(q.start, q.end) for q in claim.quotes]
    best, most = None, 0.0
    for other in curated.claims:
        ratio = _jaccard(spans, [(q.start, q.end) for q in other.quotes])
        if ratio > most:
            best, most = other, ratio
    return best


def _same_quote(claim: Claim, curated: list[Fact]) -> tuple[Fact, Claim] | None:
    """The first curated claim (with its fact) whose quotes are exactly ``claim``'s (the
    same code-point spans), or None."""
    spans = sorted((q.start, q.end) for q in claim.quotes)
    if not spans:
        return None
    return next(((c, other) for c in curated for other in c.claims
                 if sorted((q.start, q.end) for q in other.quotes) == spans), None)


def _day(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if len(value) == 10 else None


def stated_dates(dates: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """A fact's dates (key -> ISO values) with a bounded interval written as the one
    day, calendar month or calendar year it covers exactly: ``dateEarliest 2025-03-01,
    dateLatest 2025-03-31`` (the reader's form of "last month") is ``date 2025-03``,
    as a draft that resolves the words to the month states it. Any other interval,
    and any other key, is left as it is. A bound that every ``date`` value of the fact
    lies within is left out first: it says less than that date (``date: 2025-06`` and
    the ``dateEarliest 2025-06-01`` the reader derives from ``date: {after: <a visit
    in June 2025>}`` are the date 2025-06)."""
    stated = [_span(v) for v in dates.get("date", ())]
    if stated and all(stated):
        def within(key: str) -> bool:
            bound = [_span(v) for v in dates.get(key, ())]
            return bool(bound) and all(bound) and all(
                (b[0] <= s[0]) if key == "dateEarliest" else (s[1] <= b[1]) for b in bound for s in stated)
        dates = {k: v for k, v in dates.items() if k not in ("dateEarliest", "dateLatest") or not within(k)}
    bounds = _bounds(dates)
    if bounds is None:
        return dates
    a, b = _day(bounds[0]), _day(bounds[1])
    if a is None or b is None:
        return dates
    if a == b:
        value = a.isoformat()
    elif a.day == 1 and (a.year, a.month) == (b.year, b.month) and \
            b.day == calendar.monthrange(b.year, b.month)[1]:
        value = f"{a.year:04d}-{a.month:02d}"
    elif (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        value = f"{a.year:04d}"
    else:
        return dates
    out = {k: v for k, v in dates.items() if k not in ("dateEarliest", "dateLatest")}
    out["date"] = out.get("date", frozenset()) | {value}
    return out


#: The date keys that bound one interval, start and end (gkg:startDate/gkg:endDate of
#: a fact, gkg:periodStart/gkg:periodEnd of a period it covers).
_INTERVAL_KEYS = (("startDate", "endDate"), ("periodStart", "periodEnd"))


def compared_dates(drafted: Fact, curated: Fact) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The dates date accuracy compares for a matched pair, (drafted, curated), each
    key -> ISO values as :func:`stated_dates` writes them. A fact's own dates are its
    date; a fact that states none is dated by its stages' dates (the sanctions "adopted
    on 24 June" curated as a stage and drafted as a ``date``). A stage's date is
    compared with the other side's stage of the same status, as ``stage <Status>``,
    when both sides date that stage: a warrant issued on 8 July and requested on 23
    January is dated 8 July, and a draft that says just that is right. The two ends of
    an interval (``startDate``/``endDate``, ``periodStart``/``periodEnd``) are compared
    end with end: a draft stating one end alone is not compared with the other end the
    curated fact states (an office drafted as ended on 10 October is right against one
    curated as held from 2023-12-07 to 2025-10-10); a drafted end the curated fact lacks
    is still wrong. A ``date`` on one side, with no start or end there, against a
    ``startDate`` and no ``date`` on the other, is compared as a start: a closure drafted
    as ``date: 2025-02-21`` is right against one curated from ``startDate: 2025-02-21``
    to its ``endDate`` (docs/evaluation.md, date accuracy)."""
    def own(fact: Fact) -> dict[str, frozenset[str]]:
        if fact.dates:
            # A copy: stated_dates may return the fact's own dict, and the stages' keys are added below.
            return dict(stated_dates(fact.dates))
        return {"date": fact.staged} if fact.staged else {}

    mine, theirs = own(drafted), own(curated)
    # A start with a start: where one side dates the fact by its day alone (a one-day
    # event's date) and the other states no date but a start (a lasting fact's
    # startDate), that day is the start ("shut the crossing on February 21" drafted as a
    # date, curated as a closure from then to its reopening). Both keys are the kind's,
    # or the file would not have read; the end the other side states is left out below.
    for one, other in ((mine, theirs), (theirs, mine)):
        if "date" in one and not one.keys() & {"startDate", "endDate"} and "startDate" in other \
                and "date" not in other:
            one["startDate"] = one.pop("date")
    # Like with like: the two ends of an interval are two dates, so a draft that states
    # only the end of an office (its endDate) is judged on that end, not faulted for the
    # start the curated fact also states (and the same for a start drafted alone).
    for pair in _INTERVAL_KEYS:
        given = [k for k in pair if k in mine]
        if len(given) == 1:
            for k in pair:
                if k not in mine:
                    theirs.pop(k, None)
    for status in drafted.stage_dates.keys() & curated.stage_dates.keys():
        mine[f"stage {status}"] = drafted.stage_dates[status]
        theirs[f"stage {status}"] = curated.stage_dates[status]
    return mine, theirs


def dates_right(drafted: dict[str, frozenset[str]], curated: dict[str, frozenset[str]]) -> bool:
    """Whether a matched pair's drafted dates are right, both sides as
    :func:`compared_dates` gives them (key -> ISO values): every drafted value equals, at
    the same precision, one of the curated fact's values of the same key. A curated fact
    may state more dates than the draft (a date and a start, a date and the day it took
    effect): a draft that gives one of them rightly is right; a drafted key the curated
    fact lacks, or another value, is wrong, and so is a stage's date given as the
    fact's (the day a warrant was asked for is no date of the warrant, though matching
    takes it for one). False when the draft states no date.

    >>> dates_right({"startDate": frozenset({"2026"})}, {"startDate": frozenset({"2026"}), "date": frozenset({"2022-11"})})
    True
    >>> dates_right({"date": frozenset({"2025-04"})}, {"date": frozenset({"2025-04-03"})})
    False
    """
    return bool(drafted) and all(value in curated.get(key, ()) for key, values in drafted.items() for value in values)


def _dates_text(dates: dict[str, frozenset[str]]) -> str:
    return ", ".join(f"{k} {'/'.join(sorted(v))}" for k, v in sorted(dates.items())) or "none"


def _speakers_text(speakers: tuple) -> str:
    return ", ".join(who.id if isinstance(who, Entity) else who.text for who in speakers) or "none"


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def compare(drafted: list[Fact], curated: list[Fact], matcher: Matcher, result: Evaluation) -> Tally:
    """Match the facts of one article, add the counts to ``result`` and return the
    article's own."""
    before = result.overall
    matcher.drafted_facts = {ID + "fact/" + d.id: d for d in drafted}
    matcher.curated_facts = {ID + "fact/" + c.id: c for c in curated}
    scores = {}
    for i, d in enumerate(drafted):
        for j, c in enumerate(curated):
            s = matcher.score(d, c)
            if s is not None:
                scores[i, j] = s
    # Only the pairs a drafted fact is tied to by words or dates are assigned; the
    # others still make it a repeat of a curated fact another draft took.
    options: dict[int, list[int]] = {}
    for i, j in scores:
        options.setdefault(i, []).append(j)
    tied = {(i, j): s for (i, j), s in scores.items()
            if matcher.untied(drafted[i], curated[j], s,
                              [(curated[k], scores[i, k]) for k in options[i] if k != j]) is None}
    pairs = assign(tied)
    taken_d: dict[str, Fact] = {}
    taken_c: dict[str, Fact] = {}
    for i, j in pairs.items():
        taken_d[drafted[i].id], taken_c[curated[j].id] = curated[j], drafted[i]
    # Best score first, ties to the fact first in its file: the curated fact a duplicate repeats.
    candidates = sorted(((s, drafted[i].id, curated[j].id, i, j) for (i, j), s in scores.items()),
                        key=lambda t: (tuple(-x for x in t[0]), t[3], t[4]))
    for d in drafted:
        c = taken_d.get(d.id)
        if c is not None:
            result.tally(d.kind).drafted += 1  # the class it was drafted as, whatever it matched
            result.tally(d.kind).matched += 1
            continue
        # A repeat restates a matched fact: of a statement, the same words (another quote of
        # the same speaker on the same day is another statement, so a false fact).
        repeated = next((t[2] for t in candidates if t[1] == d.id and t[2] in taken_c
                         and (t[0].quotes_overlap or not matcher.vocab.is_a(d.kind, "Statement"))), None)
        if repeated is not None:
            result.duplicates.append((d.article, d.id, repeated))
        else:
            result.tally(d.kind).drafted += 1
            result.false_facts.append((d.article, d.id, d.kind))
            result.reasons[d.article, d.id] = matcher.explain(d, curated)
    for c in curated:
        tally = result.tally(c.kind)
        tally.curated += 1
        d = taken_c.get(c.id)
        if d is None:
            result.missed.append((c.article, c.id, c.kind))
            continue
        tally.found += 1
        result.matches.append((c.article, d.id, c.id))
        drafted_dates, curated_dates = compared_dates(d, c)
        if not drafted_dates and curated_dates:
            result.date.missing += 1  # not drafted: reported apart, not as a wrong date
        elif drafted_dates or curated_dates:
            right = dates_right(drafted_dates, curated_dates)
            result.date.add(right)
            if not right:
                result.disagreements.append((c.article, d.id, c.id, "date", _dates_text(drafted_dates),
                                             _dates_text(curated_dates)))
        drafted_st, curated_st = d.statuses, c.statuses
        if not drafted_st and curated_st:
            result.status.missing += 1
        elif drafted_st or curated_st:
            # One status in common: a sanction drafted as lifted, curated as imposed, is wrong.
            result.status.add(bool(drafted_st & curated_st))
            if not drafted_st & curated_st:
                result.disagreements.append((c.article, d.id, c.id, "status", ", ".join(sorted(drafted_st)) or "none",
                                             ", ".join(sorted(curated_st)) or "none"))
        # A statement's, or a label's, words are its speaker's (a Characterisation's
        # speaker is who gives the label, corpus/CLAIMS.md).
        statement = matcher.vocab.is_a(c.kind, "Statement") or matcher.vocab.is_a(c.kind, "Characterisation")
        for claim in d.claims:
            other = _align(claim, c)
            if other is None and statement:
                # A statement's speaker is what it is: compared on every claim of a matched
                # statement, against the curated claim of the same speakers if there is
                # one, else the first (a speaker no curated claim of the fact has is wrong).
                other = next((o for o in c.claims
                              if matcher.entities.speakers_equal(d.speakers[claim.id], c.speakers[o.id])), c.claims[0])
                same_speakers = matcher.entities.speakers_equal(d.speakers[claim.id], c.speakers[other.id])
                result.speaker.add(same_speakers)
                if not same_speakers:
                    result.disagreements.append((c.article, claim.id, other.id, "speaker",
                                                 _speakers_text(d.speakers[claim.id]), _speakers_text(c.speakers[other.id])))
                continue
            if other is not None:
                same_speakers = matcher.entities.speakers_equal(d.speakers[claim.id], c.speakers[other.id])
                result.speaker.add(same_speakers)
                same_modality = claim.modality == other.modality or (
                    same_speakers and matcher.vocab.is_a(c.kind, "Statement")
                    and {claim.modality, other.modality} <= _HAPPENED)
                result.modality.add(same_modality)
                where = (c.article, claim.id, other.id)
                if not same_speakers:
                    result.disagreements.append((*where, "speaker", _speakers_text(d.speakers[claim.id]),
                                                 _speakers_text(c.speakers[other.id])))
                if not same_modality:
                    result.disagreements.append((*where, "modality", _local(claim.modality), _local(other.modality)))
    # Who said it is what an analyst reads first, whether or not the draft got the fact
    # right: a claim of an unmatched draft whose quotes are those of a curated claim is
    # compared on its speakers too ("He insisted the dam was no threat" given to a guest).
    for d in drafted:
        if d.id in taken_d:
            continue
        for claim in d.claims:
            same = _same_quote(claim, curated)
            if same is None:
                continue
            fact, other = same
            same_speakers = matcher.entities.speakers_equal(d.speakers[claim.id], fact.speakers[other.id])
            result.speaker.add(same_speakers)
            if not same_speakers:
                result.disagreements.append((fact.article, claim.id, other.id, "speaker",
                                             _speakers_text(d.speakers[claim.id]), _speakers_text(fact.speakers[other.id])))
    after = result.overall
    return Tally(after.drafted - before.drafted, after.curated - before.curated, after.matched - before.matched,
                 after.found - before.found)


# -- Reading both sides ----------------------------------------------------------------


@dataclass
class _Side:
    files: list[ClaimsFile]
    registries: dict[Path, EntityRegistry]  # claims file -> the registry it was read with
    registry_paths: dict[Path, Path]  # claims file -> the registry file


def loose_corpus(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """For the claims files at ``paths`` (files or folders) kept outside a corpus (no
    articles.yaml above their folder), which kg would otherwise read against the corpus
    of the folder it runs in: (those files, the corpus folders near them that list all
    their articles, :func:`kg.corpus.corpus_listing`). Both empty when every file is in
    a corpus."""
    from kg.corpus import corpus_listing

    loose = [p for p in claims_files(paths) if not (p.resolve().parent.parent / "articles.yaml").is_file()]
    ids = {a for a in map(_article_id, loose) if a}
    return loose, (corpus_listing(paths, ids) if ids else [])


def _corpus_registry(path: Path) -> Path | None:
    """The ``entities.yaml`` of the corpus a claims file belongs to (beside its
    ``claims`` folder, as ``kg ingest`` finds it: :func:`kg.ingest.corpus_registry`),
    or None outside a corpus."""
    beside = path.resolve().parent.parent / "entities.yaml"
    return beside if beside.is_file() else None


def _article_id(path: Path) -> str | None:
    """The article id a claims file names (its ``article``, or the ``id`` of inline
    metadata), read before the file is checked; None when it names none (the reader
    then says what is wrong)."""
    try:
        data = load_yaml(path)
    except InputError:
        return None
    spec = data.get("article") if isinstance(data, dict) else None
    spec = spec.get("id") if isinstance(spec, dict) else spec
    return spec if isinstance(spec, str) else None


def read_side(paths: Iterable[Path], registry_of: Callable[[Path], Path], drafts: bool = False) -> _Side:
    """Read claims files (or folders of them), each with a fresh copy of the
    registry ``registry_of`` names for it, so that entities one file declares inline
    never leak into another's (two drafts may propose one id for different names).
    ``registry_of`` may name a tuple of registries, tried in turn until one reads the
    file (the errors reported are those of the first).
    With ``drafts``, an entity a file proposes that the registry already has (by id or
    name: declared since the draft was made) is the registry's
    (:attr:`EntityRegistry.keep_known`). Raises :class:`InputErrors` listing every
    file's problems, and :class:`InputError` for two files about one article."""
    bases: dict[Path, EntityRegistry] = {}
    side = _Side([], {}, {})
    errors: list[InputError] = []
    seen: dict[str, Path] = {}
    for path in claims_files(paths):
        extractor = None if drafts else _drafted_by(path)
        candidates = registry_of(path)
        first_errors = None
        for reg_path in candidates if isinstance(candidates, tuple) else (candidates,):
            if reg_path not in bases:
                bases[reg_path] = load_registry(reg_path)
            registry = copy.deepcopy(bases[reg_path])
            registry.keep_known = drafts
            try:
                cf, = read_all([path], registry)
                break
            except InputErrors as e:
                first_errors = first_errors or e.errors
        else:
            # A draft given as curated claims: one line naming it, not the reader's
            # complaints about its entities.
            errors += [_unreviewed(path, extractor, None)] if extractor else first_errors
            continue
        # A draft is curated once an analyst has marked every claim reviewed (CLAIMS.md
        # keeps its 'extractor:' line); one with claims still drafted is no gold.
        unreviewed = [c.id for c in cf.claims if c.review != REVIEWED]
        if extractor and unreviewed:
            errors.append(_unreviewed(path, extractor, unreviewed))
            continue
        if cf.article.id in seen:
            errors.append(InputError(path, f"article {cf.article.id} is also claimed by {seen[cf.article.id]}: one claims file per article"))
            continue
        seen[cf.article.id] = path
        side.files.append(cf)
        side.registries[path] = registry
        side.registry_paths[path] = reg_path
    if errors:
        raise InputErrors(errors)
    return side


def _unreviewed(path: Path, extractor: str, claims: list[str] | None) -> InputError:
    """The error for a draft of ``extractor`` given as curated claims: ``claims`` the
    ids of its claims not yet reviewed (None: the file did not read with the curated
    registry, as a draft with proposed entities does not)."""
    which = (f" with {len(claims)} claim(s) not reviewed (first: {claims[0]!r})" if claims
             else ", which does not read as curated claims")
    return InputError(path, f"is a draft of {extractor} (its 'extractor:' line){which}, given as curated claims: "
                            "mark each claim 'review: reviewed' once checked, or, if the two were swapped, give "
                            "drafts first and curated claims to --gold or --corpus (kg eval DRAFTED... --gold CURATED)")


def _drafted_by(path: Path) -> str | None:
    """The extractor a claims file names in its top-level ``extractor:`` line (as every
    file ``kg extract`` writes does, e.g. "kg-rules"), None for a file without one or
    that cannot be read (the reader then says why)."""
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("extractor:"):
                    m = re.search(r"name:\s*([^,}\s]+)", line)
                    return m.group(1) if m else "kg extract"
                if line.startswith("claims:"):
                    return None
    except (OSError, UnicodeDecodeError):
        return None
    return None


def text_sha256(cf: ClaimsFile) -> str:
    """Hex SHA-256 of the article text as claims quote it (UTF-8), which a draft of the
    same article shares whatever its file or id."""
    return hashlib.sha256(cf.article.text.encode("utf-8")).hexdigest()


def evaluate(drafted: Iterable[Path], curated: Iterable[Path], drafted_entities: Path | None = None,
             curated_entities: Path | None = None) -> Evaluation:
    """Compare the drafted claims files at ``drafted`` with the curated ones at
    ``curated`` (files or folders of them) by the rules of this module's docstring.

    ``drafted_entities`` / ``curated_entities`` name the registry of each side
    (default: each file's corpus registry; for a drafted file outside a corpus, the
    registry of its article's curated file, else the one all curated files use, else
    that of the corpus of the folder kg runs in, else the sample corpus's; and if that one refuses it, the
    sample corpus's, with which ``kg extract`` drafts by default; for a curated file
    outside a corpus, that of the corpus of the folder kg runs in, else the sample's). Raises :class:`InputErrors` when a file is refused by the
    reader, and :class:`InputError` naming a drafted file whose
    article has no curated file (by id or text SHA-256), or two drafted files of one
    article. Curated files with no draft are listed in ``undrafted`` and their facts
    count as missed."""
    vocab = vocabulary()
    # The registry of the corpus of the folder kg runs in (or the one kg eval found for
    # files kept apart from their corpus: kg.corpus.loose_files_read_in), whose
    # articles.yaml such files' articles are read from, else the sample corpus's.
    here = corpus_here()
    default = here / "entities.yaml" if here is not None and (here / "entities.yaml").is_file() \
        else DEFAULT_CORPUS / "entities.yaml"
    c_side = read_side(curated, lambda p: curated_entities or _corpus_registry(p) or default)
    # A draft outside a corpus was most likely made with the registry of the corpus
    # it is scored against: that of its article's curated file, else the one all the
    # curated files share.
    gold_registry = {cf.article.id: c_side.registry_paths[cf.path] for cf in c_side.files}
    shared = set(gold_registry.values())
    shared = shared.pop() if len(shared) == 1 else default
    # Failing that, the registry kg extract drafts with by default, the sample corpus's.
    d_side = read_side(drafted, lambda p: drafted_entities or _corpus_registry(p)
                       or (gold_registry.get(_article_id(p)) or shared, default), drafts=True)
    by_id = {cf.article.id: cf for cf in c_side.files}
    by_hash = {text_sha256(cf): cf for cf in c_side.files}
    pairs: dict[Path, ClaimsFile] = {}
    errors = []
    for cf in d_side.files:
        gold = by_id.get(cf.article.id) or by_hash.get(text_sha256(cf))
        if gold is None:
            errors.append(InputError(cf.path, f"article {cf.article.id} (text SHA-256 {text_sha256(cf)[:12]}…) has no "
                                     "curated claims file among the gold files, by id or by text: name its curated file with --gold"))
            continue
        other = next((p for p, g in pairs.items() if g is gold), None)
        if other is not None:
            errors.append(InputError(cf.path, f"drafts the same article as {other} ({gold.article.id}): one draft per article"))
            continue
        pairs[cf.path] = gold
    if errors:
        raise InputErrors(errors)

    result = Evaluation()
    matcher = Matcher(vocab, EntityMatcher())
    for cf in d_side.files:
        gold = pairs[cf.path]
        counts = compare(facts_of(cf, d_side.registries[cf.path]), facts_of(gold, c_side.registries[gold.path]),
                         matcher, result)
        result.pairs.append((str(cf.path), str(gold.path), counts))
    paired = {id(g) for g in pairs.values()}
    for gold in c_side.files:
        if id(gold) not in paired:
            result.undrafted.append(str(gold.path))
            compare([], facts_of(gold, c_side.registries[gold.path]), matcher, result)
    return result


# -- Output ----------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def render_table(result: Evaluation, misses: bool = False) -> str:
    """The evaluation as a plain-text table for people: one row per kind of fact and
    one for all, what its two ratios count, then the accuracies on matched facts."""
    rows = [(k, result.kinds[k]) for k in sorted(result.kinds)] + [("overall", result.overall)]
    width = max(len("kind"), *(len(k) for k, _ in rows))
    head = f"{'kind':<{width}}  drafted  matched  curated    found  precision  recall    F1"
    lines = [head, "-" * len(head)]
    for name, t in rows:
        if name == "overall":
            lines.append("-" * len(head))
        lines.append(f"{name:<{width}}  {t.drafted:>7}  {t.matched:>7}  {t.curated:>7}  {t.found:>7}  "
                     f"{_fmt(t.precision):>9}  {_fmt(t.recall):>6}  {_fmt(t.f1):>4}")
    # The two counts a row divides by differ in what they count, which the columns alone do
    # not say: a draft of a broader kind ("Statement") can find a curated "Assessment".
    lines.append("precision = matched / drafted: the drafted facts of the kind that match a curated fact;")
    lines.append("recall = found / curated: the curated facts of the kind that some draft, of this kind or a")
    lines.append("broader one, matches")
    lines.append("")
    for label, acc, on in (("speaker accuracy ", result.speaker, "drafted claims aligned to a curated claim by quote, "
                                                                 "of matched facts or with the same quote"),
                           ("modality accuracy", result.modality, "drafted claims of matched facts aligned to a "
                                                                  "curated claim by quote")):
        lines.append(f"{label}  {_fmt(acc.ratio):>4}  ({acc.correct}/{acc.total} {on})")
    for label, acc, on in (("date accuracy    ", result.date, "matched facts with a date on either side"),
                           ("status accuracy  ", result.status, "matched facts with a status on either side")):
        lines.append(f"{label}  {_fmt(acc.ratio):>4}  ({acc.correct} right, {acc.total - acc.correct} wrong, "
                     f"{acc.missing} not drafted, of the {on})")
    lines.append(f"articles: {len(result.pairs)} paired, {len(result.undrafted)} curated with no draft (facts counted as missed); "
                 f"{len(result.duplicates)} drafted fact(s) repeating a matched one, counted once")
    for path in result.undrafted:
        lines.append(f"  no draft: {path}")
    if misses:
        lines.append("")
        for a, f, k in result.false_facts:
            nearest, reason = result.reasons[a, f]
            lines.append(f"false     {a}  {f} ({k}): {reason}" + (f" [nearest: {nearest}]" if nearest else ""))
        for a, f, k in result.missed:
            lines.append(f"missed    {a}  {f} ({k})")
        for a, d, c in result.duplicates:
            lines.append(f"repeat    {a}  {d} (of {c})")
        for a, d, c, on, dv, cv in result.disagreements:
            lines.append(f"{on:<10}{a}  {d}: {dv}; curated {c}: {cv}")  # a column wider than "modality"
    return "\n".join(lines)
