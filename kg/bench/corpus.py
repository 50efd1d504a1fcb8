"""A synthetic corpus for the scale benchmark (``kg bench generate``): articles whose
sentences are built from templates with the registry's labels, so that every claim's
quote is verbatim in its article's text, in the corpus layout ``kg build`` reads
(``articles/*.txt``, ``articles.yaml`` with SHA-256, ``entities.yaml``,
``claims/*.yaml``; see corpus/CLAIMS.md).

What it is made to resemble:

- **Entities** grow with the corpus like the square root of its size (news about more
  articles names more actors, but the same few recur): :func:`pool_sizes`. Which entity
  a fact names is drawn by a Zipf law over the pool, so a few states and leaders take
  part in most facts.
- **Facts** of every kind the ontology has (one template per class in
  :data:`TEMPLATES`; a class added to the ontology without a template is listed by
  :func:`missing_kinds`), with the model's roles, quantities (money with a currency,
  ranges, amounts with a unit, a tariff's rate), dates, speakers (named and unnamed),
  modalities (asserted, reported, alleged, denied, planned, and a kind's own: an offer
  to postpone is willing, a refusal to resign refused, a speaker's label reported or
  denied), hedges and relaying outlets. Facts name earlier ones by id: a draft
  resolution and a postponement the sanctions they delay, a resignation the position it
  ends, a vote the draft it is on (with the members' votes for, against and abstaining).
- **Corroboration**: about :data:`REUSE` of an article's claims report a fact an
  earlier article reported, chosen by a Zipf law over the facts in order of first
  report (exponent :data:`ZIPF`): most facts are reported once, the first few by
  hundreds of articles (with the occasional different figure, as real sources give).
- **The catalog's examples resolve**: the entities and facts the canned queries'
  examples name (Russia, Myanmar, Vladimir Putin, Min Aung Hlaing, the Putin–Min Aung
  Hlaing talks, the Dawei project) head the pools, so ``kg query NAME`` with its
  example parameters answers on the generated corpus too.
- **Refusals**: ``bad/`` holds claims files with one defect each, and
  ``bad/expected.yaml`` the words of the error each must be refused with;
  ``extra/`` holds one more article (text and claims file with inline metadata) for
  the benchmark's incremental ingest.

The same ``(articles, seed)`` gives byte-identical files: one :class:`random.Random`
drives every choice, and nothing depends on the clock or on hash order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import random
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import yaml

#: Claims per article (the benchmark's unit: about 30, as issue 10 sizes it).
CLAIMS_PER_ARTICLE = 30
#: Share of claims that report a fact an earlier article reported.
REUSE = 0.25
#: Exponent of the Zipf laws (facts' corroboration, entities' prominence); 1.0 is the
#: classic rank-frequency law of news attention.
ZIPF = 1.0
#: Share of claims on a reported fact that give a different figure (a conflict).
DISAGREE = 0.05
#: First publication date; article i is published FIRST + i * span / n days.
FIRST = dt.date(2024, 1, 1)
SPAN_DAYS = 730

# -- Names ---------------------------------------------------------------------------

_ONSETS = ("b", "br", "d", "dr", "g", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "z", "h", "f")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ou")
_CODAS = ("", "n", "r", "l", "s", "k", "m", "th")
_STATE_ENDS = ("ia", "land", "istan", "ova", "ania", "mark", "ora")
_FIRST = ("Ana", "Ilan", "Deniz", "Aron", "Mira", "Tomas", "Lena", "Oskar", "Nadia", "Yusuf", "Ines", "Pavel",
          "Sara", "Kofi", "Lin", "Ravi", "Elena", "Omar", "Hana", "Marek", "Zara", "Timur", "Aiko", "Joel")


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                   for _ in range(syllables)).capitalize()


@dataclass(frozen=True)
class Entity:
    """One registry entry (corpus/entities.yaml): id, ontology class, label, and the
    state it belongs to for governments, armed forces and state companies."""

    id: str
    type: str
    label: str
    of: str | None = None


#: The entities the catalog's examples name (queries/*.rq ``#+ example``), kept at the
#: head of their pools with the sample registry's ids.
ANCHORS = {
    "state": [Entity("russia", "State", "Russia"), Entity("myanmar", "State", "Myanmar")],
    "person": [Entity("min-aung-hlaing", "Person", "Min Aung Hlaing"),
               Entity("vladimir-putin", "Person", "Vladimir Putin")],
}
#: The facts the catalog's examples name, reported first and so most often.
ANCHOR_FACTS = ("talks-putin-min-aung-hlaing-2025-03-04", "project-dawei-sez")


def pool_sizes(n: int) -> dict[str, int]:
    """How many entities of each kind a corpus of ``n`` articles names: a floor plus a
    multiple of sqrt(n) (heavy-tailed news attention: the registry grows more slowly
    than the corpus). For n = 100: 30 states, 90 persons; n = 10,000: 210 states,
    810 persons."""
    r = math.sqrt(max(n, 1))
    base = {"state": (10, 2), "person": (10, 8), "intorg": (4, 0.5), "court": (2, 0.2), "company": (5, 2),
            "outlet": (3, 0.5), "group": (5, 1), "party": (3, 0.5), "city": (10, 3), "site": (3, 1), "asset": (4, 1)}
    return {kind: int(floor + k * r) for kind, (floor, k) in base.items()}


class Registry:
    """The entity pools, by kind, each in order of prominence (index 0 drawn most)."""

    def __init__(self, rng: random.Random, n: int):
        self.rng = rng
        self.taken: set[str] = {e.label.casefold() for es in ANCHORS.values() for e in es}
        sizes = pool_sizes(n)
        self.pools: dict[str, list[Entity]] = {}
        states = list(ANCHORS["state"])
        while len(states) < sizes["state"]:
            name = self._unique(lambda: _word(rng, rng.randint(1, 2)) + rng.choice(_STATE_ENDS))
            states.append(Entity(_slug(name), "State", name))
        self.pools["state"] = states
        self.gov = {s.id: Entity(f"government-of-{s.id}", "Government", f"Government of {s.label}", s.id)
                    for s in states}
        self.forces = {s.id: Entity(f"armed-forces-of-{s.id}", "ArmedForces", f"{s.label} Armed Forces", s.id)
                       for s in states}
        persons = list(ANCHORS["person"])
        while len(persons) < sizes["person"]:
            name = self._unique(lambda: f"{rng.choice(_FIRST)} {_word(rng, rng.randint(1, 2))}")
            persons.append(Entity(_slug(name), "Person", name))
        self.pools["person"] = persons
        made = {"intorg": ("InternationalOrganisation", "{} Union", "Council of {}", "{} Cooperation Organisation"),
                "court": ("Court", "{} Court of Justice", "Tribunal of {}"),
                "company": ("StateCompany", "{} Petroleum", "{} Shipping", "{} Arms Corporation"),
                "outlet": ("NewsOrganisation", "{} News", "{} Herald", "{} Press Agency"),
                "group": ("Group", "{} Liberation Front", "{} Movement", "{} Militia"),
                "party": ("Organisation", "{} Party", "Party of {}", "{} People's Alliance"),
                "city": ("City", "{}"), "site": ("Site", "{} Dam", "{} Airbase", "{} Port"),
                "asset": ("Asset", "{} Pipeline", "{} Terminal", "{} Fund")}
        for kind, (cls, *patterns) in made.items():
            pool = []
            while len(pool) < sizes[kind]:
                pattern = rng.choice(patterns)
                name = self._unique(lambda pattern=pattern: pattern.format(_word(rng, rng.randint(2, 3))))
                of = rng.choice(states).id if cls == "StateCompany" else None
                pool.append(Entity(_slug(name), cls, name, of))
            self.pools[kind] = pool
        self.pools["project-site"] = [Entity("dawei", "City", "Dawei")]
        self.zipf = {kind: _cumulative(len(pool)) for kind, pool in self.pools.items()}
        self.used: set[str] = set()

    def _unique(self, make) -> str:
        while True:
            name = make()
            if name.casefold() not in self.taken:
                self.taken.add(name.casefold())
                return name

    def pick(self, kind: str, avoid: tuple[Entity, ...] = ()) -> Entity:
        """An entity of ``kind`` by the Zipf law of the pool, other than ``avoid``.
        Kinds: state, person, intorg, court, company, outlet, group, party, city, site, asset,
        gov and forces (of a state drawn so)."""
        if kind in ("gov", "forces"):
            table = self.gov if kind == "gov" else self.forces
            while True:
                e = table[self.pick("state").id]
                if e not in avoid:
                    self.used.add(e.id)
                    return e
        pool, cum = self.pools[kind], self.zipf[kind]
        while True:
            e = pool[_draw(self.rng, cum)]
            if e not in avoid:
                self.used.add(e.id)
                return e

    def entries(self) -> list[Entity]:
        """The entities some claim names, in registry order (states before the
        organisations of a state)."""
        out = [e for e in self.pools["state"]]
        out += [e for table in (self.gov, self.forces) for e in table.values() if e.id in self.used]
        for kind in ("person", "intorg", "court", "company", "outlet", "group", "party", "city", "site", "asset",
                     "project-site"):
            out += self.pools[kind]
        return out


def _slug(name: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in name.casefold()).strip("-")


def _cumulative(n: int, s: float = ZIPF) -> list[float]:
    return list(itertools.accumulate(1 / (r ** s) for r in range(1, n + 1)))


def _draw(rng: random.Random, cum: list[float], upto: int | None = None) -> int:
    """An index in [0, upto) drawn with probability proportional to 1 / (index+1)^s."""
    upto = len(cum) if upto is None else upto
    return min(bisect_left(cum, rng.random() * cum[upto - 1]), upto - 1)


# -- Facts and their sentences ----------------------------------------------------------

@dataclass
class Template:
    """How to state one kind of fact. ``roles``: claim key -> kind of entity (see
    :meth:`Registry.pick`; a list for several values); ``past``: the clause, with
    ``{key}`` for a role's label (``{key0}``, ``{key1}`` for the values of a list) and
    ``{attr}`` for the attributes ``attrs`` draws; ``plan``: the clause of a planned
    fact, or None where planning makes no sense; ``dated``: whether the fact has a
    date (a position held or a citizenship is a state, not an event).

    ``links``: claim key -> class of an earlier reported fact whose id the key takes
    (a postponement's sanction); a clause names that fact's words as ``{key[role]}``,
    and a role written ``"=key.role"`` takes that fact's entity (the holder of the
    position a resignation ends). ``modal``: modality -> the clause that says it (an
    offer, a refusal, a denial); each fact draws one of them or the plain ``past``
    clause; ``{said_by}`` in a modal clause is a speaker of kind ``speaker``. An
    attribute is claimed only by a clause that shows its words."""

    roles: dict[str, object]
    past: str
    plan: str | None = None
    attrs: tuple[str, ...] = ()
    dated: bool = True
    links: dict[str, str] = field(default_factory=dict)
    modal: dict[str, str] = field(default_factory=dict)
    speaker: str = "person"


_ITEMS = ("fighter jets", "attack helicopters", "air-defence systems", "armoured vehicles", "combat drones")
_GOODS = ("wheat", "fertiliser", "diesel", "crude oil", "liquefied natural gas")
_SUBJECTS = ("energy security", "border management", "nuclear power", "counter-terrorism", "port construction",
             "cyber security", "grain exports", "a ceasefire")
_CHARGES = ("war crimes", "corruption", "money laundering", "the deportation of children", "sanctions evasion")
_MEASURES = ("an asset freeze", "a travel ban", "an export ban", "an arms embargo")
# The words of a linked fact: the sanctions a draft or a postponement delays, the
# position a resignation ends.
_SANCTIONS = "the sanctions of the {postpones[authority]} on {postpones[target]}"
_RESIGN = "as {resignedFrom[title]} of {resignedFrom[positionOf]}"

TEMPLATES: dict[str, Template] = {
    "Visit": Template({"visitor": "person", "hostState": "state", "place": "city"},
                      "{visitor} visited {hostState} and held talks in {place}",
                      "{visitor} will visit {hostState} and hold talks in {place}"),
    "Meeting": Template({"participant": ["person", "person"], "place": "city"},
                        "{participant0} met {participant1} in {place}",
                        "{participant0} will meet {participant1} in {place}"),
    "ArmsTransfer": Template({"supplier": "state", "recipient": "state"},
                             "{supplier} delivered {quantity} {item} to {recipient}",
                             "{supplier} will deliver {quantity} {item} to {recipient}", ("quantity", "item")),
    "Supply": Template({"supplier": "company", "recipient": "state"},
                       "{supplier} shipped {amount} of {goods} to {recipient}", None, ("amount", "goods")),
    "Gift": Template({"giver": "state", "recipient": "state"},
                     "{giver} donated {quantity} ambulances to {recipient}", None, ("quantity",)),
    "Investment": Template({"investor": "company", "recipient": "state"},
                           "{investor} invested {value} in {recipient}",
                           "{investor} will invest {value} in {recipient}", ("value",)),
    "TradeReport": Template({"exporter": "state", "importer": "state"},
                            "{exporter} sold {goods} worth {value} to {importer}", None, ("goods", "value")),
    "Support": Template({"supporter": "state", "supported": "group"},
                        "{supporter} gave {supportKind} support to the {supported}", None, ("supportKind",)),
    "Cooperation": Template({"party": ["state", "state"]},
                            "{party0} and {party1} stepped up cooperation on {subject}", None, ("subject",)),
    "Statement": Template({"speaker": "person", "about": "state"},
                          "{speaker} made a statement about {about} on {subject}", None, ("subject",)),
    "StatementOfSupport": Template({"speaker": "person", "about": "state"},
                                   "{speaker} expressed support for {about}"),
    "Praise": Template({"speaker": "person", "about": "state"}, "{speaker} praised {about} for its stance"),
    "Apology": Template({"speaker": "person", "about": "state"}, "{speaker} apologised to {about}"),
    "Condolence": Template({"speaker": "person", "about": "state"}, "{speaker} offered condolences to {about}"),
    "FormalProtest": Template({"speaker": "person", "recipient": "state"}, "{speaker} lodged a formal protest with {recipient}"),
    "Criticism": Template({"speaker": "person", "about": "state"}, "{speaker} criticised {about} over {subject}",
                          None, ("subject",)),
    "Accusation": Template({"speaker": "person", "about": "state"}, "{speaker} accused {about} of {charge}",
                           None, ("charge",)),
    "Appeal": Template({"speaker": "person", "about": "state"},
                       "{speaker} called on {about} to reopen talks on {subject}", None, ("subject",)),
    "Recruitment": Template({"recruiter": "state", "recruited": "person"},
                            "{recruiter} recruited {recruited} to gather intelligence"),
    "FundingAppeal": Template({"speaker": "intorg", "place": "state"},
                              "the {speaker} appealed to donors for {value} in aid for {place}", None, ("value",)),
    "Rejection": Template({"speaker": "person", "about": "state"},
                          "{speaker} rejected the proposal of {about} on {subject}", None, ("subject",)),
    "Assessment": Template({"speaker": "person", "about": "state"},
                           "{speaker} said the economy of {about} would shrink by {changePercent} percent",
                           None, ("changePercent",)),
    "Agreement": Template({"party": ["state", "state"]},
                          "{party0} and {party1} signed an agreement on {subject}",
                          "{party0} and {party1} will sign an agreement on {subject}", ("subject", "status")),
    "Project": Template({"participant": ["company", "state"], "place": "city"},
                        "{participant0} began building a port in {place} with {participant1}, a project worth {value}",
                        "{participant0} will build a port in {place} with {participant1}, a project worth {value}",
                        ("value",)),
    "Sanction": Template({"authority": "intorg", "target": "person"}, "{authority} imposed {measure} on {target}",
                         "{authority} will impose {measure} on {target}", ("measure",)),
    "LegalAction": Template({"court": "court", "target": "person"},
                            "the {court} opened a case against {target} over {charge}", None, ("charge",)),
    "SeizureOfPower": Template({"perpetrator": "forces", "target": "gov"}, "the {perpetrator} seized power from the {target}"),
    "Invasion": Template({"perpetrator": "state", "target": "state"}, "{perpetrator} invaded {target}"),
    "ArmedConflict": Template({"party": ["forces", "group"]},
                              "fighting broke out between the {party0} and the {party1}"),
    "Attack": Template({"perpetrator": "group", "target": "company", "place": "city"},
                       "the {perpetrator} attacked a convoy of {target} near {place}"),
    "MassAtrocity": Template({"perpetrator": "forces", "place": "city"},
                             "the {perpetrator} killed {quantity} civilians in {place}", None, ("quantity",)),
    "Repression": Template({"perpetrator": "gov", "target": "group"}, "the {perpetrator} cracked down on the {target}"),
    "Detention": Template({"initiator": "gov", "target": "person"}, "the {initiator} detained {target}"),
    "Obstruction": Template({"initiator": "person", "target": "forces"}, "{initiator} tried to stop the {target}"),
    "LegalNorm": Template({}, "international law requires {subject}", None, ("subject",)),
    "RateDecision": Template({"initiator": "intorg"}, "the {initiator} raised its key rate to {rate}",
                             "the {initiator} will raise its key rate to {rate}", ("rate",)),
    "Demobilisation": Template({"demobilised": "group", "monitor": "state"},
                               "the {demobilised} handed over its weapons under the supervision of {monitor}",
                               "the {demobilised} will be disbanded and disarmed under the supervision of {monitor}"),
    "Raid": Template({"initiator": "forces", "targetSite": "site"}, "the {initiator} forced their way into {targetSite}"),
    "Mutiny": Template({"participant": "forces", "target": "gov"}, "the {participant} rose in armed rebellion against the {target}"),
    "DiplomaticExpulsion": Template({"initiator": "state", "target": "state"},
                                    "{initiator} expelled {quantity} diplomats of {target}", None, ("quantity",)),
    "Summons": Template({"initiator": "state", "target": "person"}, "{initiator} summoned the envoy {target}"),
    "Election": Template({"heldIn": "state", "winner": "person"},
                         "{winner} won the presidential election in {heldIn} {outcome}", None, ("outcome",)),
    "Vote": Template({"votingBody": "intorg"}, "the {votingBody} voted on a resolution on {subject}", None,
                     ("subject",)),
    "Ceremony": Template({"participant": "person", "place": "city"},
                         "{participant} attended the opening ceremony of a summit in {place}"),
    "DiplomaticRelations": Template({"party": ["state", "state"]},
                                    "{party0} and {party1} established diplomatic relations"),
    "PositionHeld": Template({"holder": "person", "positionOf": "state"}, "{title} {holder} of {positionOf}",
                             None, dated=False),
    "Membership": Template({"member": "state", "memberOf": "intorg"}, "{member} joined the {memberOf}"),
    "Ownership": Template({"owner": "company", "owned": "asset"}, "{owner} owns {share} percent of the {owned}",
                          None, ("share",), dated=False),
    "Control": Template({"controller": "group", "controlled": "city"}, "the {controller} took control of {controlled}"),
    "Association": Template({"associate": ["person", "person"]}, "{associate0} is a close associate of {associate1}",
                            dated=False),
    "Affiliation": Template({"affiliate": "group", "affiliatedWith": "state"},
                            "the {affiliate} is affiliated with {affiliatedWith}", dated=False),
    "Citizenship": Template({"citizen": "person", "state": "state"}, "{citizen} holds the citizenship of {state}",
                            dated=False),
    "Threat": Template({"speaker": "person", "about": "state"}, "{speaker} threatened {about} with {threatenedAction}",
                       None, ("threatenedAction",)),
    "Founding": Template({"founder": "state", "founded": "intorg"}, "{founder} founded the {founded}"),
    "SanctionsEvasion": Template({"evader": "company"}, "{evader} used front companies to evade sanctions"),
    "Travel": Template({"traveller": "person", "origin": "city", "destination": "city"},
                       "{traveller} flew from {origin} to {destination}",
                       "{traveller} will fly from {origin} to {destination}"),
    "Age": Template({"person": "person"}, "{person} is {years} years old", None, ("years",), dated=False),
    "Birth": Template({"person": "person", "place": "city"}, "{person} was born in {place}", None, dated=False),
    "Replacement": Template({"replacement": "asset", "replaced": "asset"}, "the {replacement} replaced the {replaced}"),
    "Protest": Template({"organiser": "group", "place": "city"}, "the {organiser} held a protest in {place}",
                        "the {organiser} will hold a protest in {place}"),
    "Legislation": Template({"jurisdiction": "state"}, "{jurisdiction} passed a law that bans {prohibits}", None,
                            ("prohibits",)),
    "Resolution": Template({"adoptedBy": "intorg"}, "the {adoptedBy} adopted a resolution that bans {prohibits}", None,
                           ("prohibits",)),
    "Occupation": Template({"person": "person"}, "{person}, a {occupation} by training, spoke first", None,
                           ("occupation",), dated=False),
    "RankHeld": Template({"holder": "person"}, "{militaryRank} {holder} spoke for the army", None,
                         ("militaryRank",), dated=False),
    "Location": Template({"located": "asset", "place": "city"}, "the {located} runs past {place}", None,
                         dated=False),
    "Component": Template({"whole": "asset", "connectedTo": "asset"}, "the {whole} is connected to the {connectedTo}",
                          None, dated=False),
    "OrganisationCountry": Template({"organisation": "company", "state": "state"},
                                    "{organisation} of {state} signed the contract", None, dated=False),
    "Indicator": Template({"observationAbout": "state"}, "{observationAbout} produced {amount} of {goods}", None,
                          ("amount", "goods")),
    "Release": Template({"releasedBy": "state", "released": "person", "releasedTo": "state"},
                        "{releasedBy} released {released} to {releasedTo}",
                        "{releasedBy} will release {released} to {releasedTo}"),
    "Death": Template({"person": "person", "place": "city"}, "{person} died in {place}"),
    "MedicalExamination": Template({"examined": "person"}, "doctors examined {examined}"),
    "Withdrawal": Template({"withdrawing": "state", "withdrawnFrom": "intorg"},
                           "{withdrawing} withdrew from the {withdrawnFrom}",
                           "{withdrawing} will withdraw from the {withdrawnFrom}"),
    "Campaign": Template({"organiser": "group"}, "the {organiser} launched a campaign on {subject}", None,
                         ("subject",)),
    "ExecutiveAction": Template({"orderedBy": "person", "jurisdiction": "state"},
                                "{orderedBy} signed an executive order for {jurisdiction}"),
    "BodyOf": Template({"body": "court", "parentBody": "intorg"}, "the {body} is the judicial body of the {parentBody}",
                       None, dated=False),
    "ConstitutionalSuspension": Template({"initiator": "gov", "jurisdiction": "state"},
                                         "the {initiator} suspended the constitution of {jurisdiction}"),
    "EmergencyRule": Template({"declaredBy": "gov", "jurisdiction": "state"},
                              "the {declaredBy} declared a state of emergency in {jurisdiction}"),
    "HealthEmergencyDeclaration": Template({"declaredBy": "intorg", "place": "state"},
                                           "the {declaredBy} declared the outbreak in {place} a public health emergency"),
    "MilitaryExercise": Template({"participant": ["state", "state"], "place": "city"},
                                 "{participant0} and {participant1} held joint military exercises near {place}",
                                 "{participant0} and {participant1} will hold joint military exercises near {place}"),
    "Deployment": Template({"initiator": "state", "destination": "city"}, "{initiator} deployed troops to {destination}",
                           "{initiator} will deploy troops to {destination}"),
    "Incursion": Template({"origin": "state", "target": "state"}, "drones from {origin} entered the airspace of {target}"),
    "AirspaceClosure": Template({"initiator": "state", "place": "city"}, "{initiator} closed the airspace over {place}",
                                "{initiator} will close the airspace over {place}"),
    "BorderClosure": Template({"initiator": "state", "borderWith": "state"}, "{initiator} closed its border with {borderWith}",
                              "{initiator} will close its border with {borderWith}"),
    "Tariff": Template({"authority": "state", "target": "state"},
                       "{authority} imposed a tariff of {rate} on {goods} from {target}",
                       "{authority} will impose a tariff of {rate} on {goods} from {target}", ("rate", "goods")),
    "Characterisation": Template({"characterised": "group"}, "the {characterised}, a {category}, issued a statement",
                                 None, ("category",),
                                 modal={"reported": "{said_by} called the {characterised} a {category}",
                                        "denied": "{said_by} denied that the {characterised} is a {category}"}),
    "Handover": Template({"giver": "person", "recipient": "person"},
                         "{giver} handed {recipient} a {handed} on {subject}", None, ("handed", "subject")),
    "DraftResolution": Template({"sponsor": ["state", "state"], "recipient": "intorg"},
                                "{sponsor0} and {sponsor1} put a draft resolution to the {recipient} that would delay "
                                + _SANCTIONS + " by {duration}", None, ("duration",), links={"postpones": "Sanction"}),
    "Postponement": Template({"initiator": "state"}, "{initiator} delayed " + _SANCTIONS + " by {duration}", None,
                             ("duration", "condition"), links={"postpones": "Sanction"},
                             modal={"willing": "{initiator} offered, {condition}, to delay " + _SANCTIONS
                                               + " by {duration}",
                                    "requested": "{initiator} asked for a delay of {duration} to " + _SANCTIONS}),
    "EnvoyRecall": Template({"initiator": "state", "recalled": "person", "recalledFrom": "state"},
                            "{initiator} recalled its ambassador {recalled} from {recalledFrom} {reason}",
                            "{initiator} will recall its ambassador {recalled} from {recalledFrom} {reason}",
                            ("reason",)),
    "Resignation": Template({"resigning": "=resignedFrom.holder"}, "{resigning} resigned " + _RESIGN,
                            links={"resignedFrom": "PositionHeld"},
                            modal={"refused": "{resigning} refused to resign " + _RESIGN}),
    "Mediation": Template({"mediator": "intorg", "party": ["state", "state"], "place": "city"},
                          "the {mediator} sent mediators to {place} to settle the dispute between {party0} and {party1}",
                          "the {mediator} will send mediators to {place} to settle the dispute between {party0} and "
                          "{party1}"),
    "FlagRegistration": Template({"registeredVessel": "asset", "flagState": "state"},
                                 "the {registeredVessel} is registered under the flag of {flagState}", None, dated=False),
    "Rescue": Template({"carrier": "state", "traveller": "person", "destination": "city"},
                       "{carrier} rescued {traveller} and brought them to {destination}"),
    "Loan": Template({"lender": "intorg", "borrower": "state"}, "the {lender} approved a loan of {value} to {borrower}",
                     "the {lender} will lend {value} to {borrower}", ("value",)),
    "Disbursement": Template({"lender": "=partOf.lender", "borrower": "=partOf.borrower"},
                             "the {lender} paid {borrower} a tranche of {value} of its loan", None, ("value",),
                             links={"partOf": "Loan"}),
    "ProgrammeReview": Template({"reviewer": "=partOf.lender"},
                                "the {reviewer} completed a review of its loan to {partOf[borrower]}",
                                links={"partOf": "Loan"}),
    "Seizure": Template({"perpetrator": "forces", "seizedFrom": "company"},
                        "the {perpetrator} seized {quantity} {item} from {seizedFrom}", None, ("quantity", "item")),
    "Award": Template({"awardedBy": "person", "awardee": "person"}, "{awardedBy} decorated {awardee} for bravery"),
    "Recognition": Template({"recogniser": "state", "recognised": "state"},
                            "{recogniser} formally recognised {recognised} as a sovereign state",
                            "{recogniser} will formally recognise {recognised} as a sovereign state"),
    "Alliance": Template({"ally": ["state", "state"]}, "{ally0} and {ally1} are close allies", dated=False),
    "Rivalry": Template({"rival": ["person", "person"]}, "{rival0} and {rival1} have become bitter rivals", dated=False),
    "Residence": Template({"resident": "person", "place": "city"}, "{resident} has lived in {place} for years", dated=False),
    "AsylumGrant": Template({"grantedBy": "state", "grantedTo": "person"}, "{grantedBy} granted {grantedTo} political asylum"),
    "Competition": Template({"organiser": "forces", "winner": "company", "loser": "company"},
                            "{winner} won the tender of the {organiser} against {loser}"),
    "RankChange": Template({"rankChanged": "intorg"}, "the {rankChanged} was raised to the status of {rankAfter}",
                           None, ("rankAfter",)),
    "Reform": Template({"reformer": "state"}, "{reformer} began to reform {reform}",
                       "{reformer} will reform {reform}", ("reform",)),
    "Capital": Template({"capital": "city", "capitalOf": "state"}, "{capital}, the capital of {capitalOf}, is calm",
                        dated=False),
    "PartyInGovernment": Template({"governingParty": "party", "governs": "state"},
                                  "the {governingParty}, which governs {governs}, named a new leader", dated=False),
    "Notification": Template({"speaker": "state", "recipient": "state"},
                             "{speaker} informed {recipient} in advance of talks on {subject}", None, ("subject",)),
    "Vacancy": Template({"vacant": "gov"}, "the fall of the {vacant} left the post of prime minister vacant"),
    "SharedBorder": Template({"borderOf": "state", "borderWith": "state"}, "{borderOf}, which borders {borderWith}, "
                             "reinforced its frontier posts", dated=False),
    "MarketDominance": Template({"dominant": "state"}, "{dominant} dominates the world market for {material}", None,
                                ("material",), dated=False),
    "SituationChange": Template({"place": "state"}, "{situation} in {place} has changed {changeDegree}", None,
                                ("situation", "changeDegree")),
    "VoteBuying": Template({"organiser": "group"}, "the {organiser} paid voters for their votes", None),
    "ElectionCampaign": Template({"place": "=forVote.heldIn"}, "the campaign before the presidential election in "
                                 "{forVote[heldIn]} was marred by violence", links={"forVote": "Election"}),
    "Referendum": Template({"heldIn": "state", "calledBy": "person"}, "{calledBy} called a referendum in {heldIn}",
                           "{heldIn} will hold a referendum called by {calledBy}"),
    "MissionOpening": Template({"sendingState": "state", "receivingState": "state"},
                               "{sendingState} opened an embassy in {receivingState}",
                               "{sendingState} will open an embassy in {receivingState}"),
    "MissionClosure": Template({"sendingState": "state", "receivingState": "state"},
                               "{sendingState} closed its embassy in {receivingState}",
                               "{sendingState} will close its embassy in {receivingState}"),
    "ProtectingPower": Template({"protectingState": "state", "sendingState": "state", "receivingState": "state"},
                                "{protectingState} acted as the protecting power of {sendingState} in {receivingState}",
                                "{protectingState} will act as the protecting power of {sendingState} in "
                                "{receivingState}"),
    "Execution": Template({"person": "person", "place": "city"}, "{person} was executed in {place}"),
    "FamilyTie": Template({"parent": "person", "child": "person"}, "{parent}, a parent of {child}, spoke to reporters",
                          dated=False),
    "Publication": Template({"publisher": "company"}, "{publisher} published leaked documents on {material}", None,
                            ("material",)),
    "Advocacy": Template({"speaker": "gov", "recipient": "state"}, "the {speaker} pressed {recipient} on {subject}",
                         None, ("subject",)),
    "TerritorialTransfer": Template({"transferredFrom": "state", "transferredTo": "state", "territory": "city"},
                                    "{transferredFrom} handed sovereignty over {territory} to {transferredTo}",
                                    "{transferredFrom} will hand sovereignty over {territory} to {transferredTo}"),
    "TerritorialClaim": Template({"claimant": "state", "territory": "city", "claimedFrom": "state"},
                                 "{claimant} renewed its claim to {territory}, which {claimedFrom} holds"),
    "Burial": Template({"attendee": "person", "place": "city"}, "{attendee} attended the burial in {place}"),
    "Lease": Template({"lessor": "state", "lessee": "state", "leased": "city"}, "{lessor} leased {leased} to {lessee} for {value}",
                      "{lessor} will lease {leased} to {lessee} for {value}", ("value",)),
    "Payment": Template({"payer": "state", "payee": "state"}, "{payer} paid {payee} compensation of {value}",
                        "{payer} will pay {payee} compensation of {value}", ("value",)),
    "ForcedDisplacement": Template({"perpetrator": "gov", "target": "group", "origin": "city"},
                                   "the {perpetrator} forced the {target} out of {origin}"),
    "Negotiation": Template({"party": ["state", "state"]}, "{party0} and {party1} held negotiations on {subject}",
                            "{party0} and {party1} will open negotiations on {subject}", ("subject",)),
    "SovereignDefault": Template({"debtor": "state"}, "{debtor} defaulted on debt of {value}", None, ("value",)),
    "Debt": Template({"debtor": "state", "creditor": "state"}, "{debtor} owed {creditor} {value}",
                     "{debtor} will owe {creditor} {value}", ("value",)),
    "Limit": Template({"limited": ["state", "state"]}, "the treaty of {limited0} and {limited1} capped {capped} at {quantity}",
                      "{limited0} and {limited1} will cap {capped} at {quantity}", ("capped", "quantity")),
    "Compliance": Template({"complying": "state"}, "{complying} complied with the limits on {subject}",
                           "{complying} will comply with the limits on {subject}", ("subject",)),
    "Conspiracy": Template({"conspirator": ["person", "person"]}, "{conspirator0} conspired with {conspirator1} to {plot}",
                           None, ("plot",)),
    "DebtRestructuring": Template({"debtor": "state", "creditor": "state"},
                                  "{debtor} agreed with {creditor} to restructure debt of {value}",
                                  "{debtor} will agree with {creditor} to restructure debt of {value}", ("value",)),
    "Conference": Template({"host": "person", "place": "city"}, "{host} hosted a summit in {place}",
                           "{host} will host a summit in {place}"),
    "CyberOperation": Template({"perpetrator": "group", "target": "company"}, "the {perpetrator} hacked the networks of {target}"),
    "Reward": Template({"payer": "state", "rewardFor": "group"}, "{payer} offered a reward of {value} for information on the {rewardFor}",
                       None, ("value",)),
    "Condemnation": Template({"speaker": "person", "about": "state"}, "{speaker} condemned {about} over {subject}",
                             None, ("subject",)),
    "DecisionRule": Template({"ruleOf": "intorg"}, "the decisions of the {ruleOf} are taken by consensus"),
    "HumanitarianCrisis": Template({"place": "state"}, "a famine gripped parts of {place}"),
    "Inspection": Template({"inspector": "intorg", "inspected": "state"},
                           "inspectors of the {inspector} visited sites in {inspected}"),
    "WeaponsTest": Template({"initiator": "state", "launchSite": "city"},
                            "{initiator} test-fired a {weapon} from {launchSite}",
                            "{initiator} will test-fire a {weapon} from {launchSite}", ("weapon",)),
    "Disqualification": Template({"target": "person", "initiator": "court"}, "the {initiator} barred {target} from running"),
    "Espionage": Template({"spy": "person", "spiedFor": "state"}, "{spy} spied for {spiedFor}"),
    "EthnicOrigin": Template({"person": "person"}, "{person}, of {ethnicity} origin, spoke to reporters", None,
                             ("ethnicity",), dated=False),
    "Greeting": Template({"greeter": "person", "greeted": "person"}, "{greeter} embraced {greeted} on the tarmac"),
    "Concern": Template({"speaker": "person", "about": "person"}, "{speaker} said he feared for the safety of {about}"),
    "Displeasure": Template({"speaker": "state", "about": "state"}, "{speaker} was angered by the decision of {about}"),
    "AccessGrant": Template({"grantedBy": "state", "grantedTo": "intorg"}, "{grantedBy} admitted the {grantedTo} to observe the vote"),
    "Sale": Template({"seller": "company", "buyer": "company", "sold": "asset"}, "{seller} sold the {sold} to {buyer}",
                     "{seller} will sell the {sold} to {buyer}"),
    "Collision": Template({"collided": ["asset", "asset"]}, "the {collided0} and the {collided1} were damaged in a collision"),
    "Accident": Template({"craft": "asset", "place": "city"}, "the {craft} crashed near {place}"),
    "Mourning": Template({"initiator": "person", "jurisdiction": "state"},
                         "{initiator} declared a period of national mourning in {jurisdiction}"),
    "Damage": Template({"damaged": "asset"}, "the {damaged} went offline after it was damaged"),
    "ExportLicence": Template({"issuedBy": "state", "destination": "state"},
                              "{issuedBy} granted export licences for {item} to {destination}",
                              "{issuedBy} will grant export licences for {item} to {destination}", ("item",)),
    # A licence withdrawn: its status said by the verb alone.
    "OperatingLicence": Template({"issuedBy": "state", "licensee": "company", "licensedFor": "site"},
                                 "{issuedBy} revoked the operating licence of {licensee} for {licensedFor}", None,
                                 ("revoked",)),
    "Policy": Template({"appliedBy": "gov"}, "the {appliedBy} said it would not finance projects on {subject}", None,
                       ("subject",)),
    "Recommendation": Template({"speaker": "intorg", "audience": "person"}, "the {speaker} advised {audience} on {subject}",
                               None, ("subject",)),
    "ProductAuthorisation": Template({"issuedBy": "intorg"}, "the {issuedBy} listed {product} for emergency use",
                                     "the {issuedBy} will list {product} for emergency use", ("product",)),
    "HostageTaking": Template({"perpetrator": "group", "target": "person", "place": "city"},
                              "{perpetrator} took {target} hostage in {place}"),
    "Contact": Template({"participant": ["state", "state"]}, "{participant0} said it was in contact with {participant1}"),
    "AssetParticulars": Template({"describedAsset": "asset"}, "the {describedAsset} was listed in a register of vessels",
                                 dated=False),
    # A use has no entity: the one fact of its kind is drawn once, then reported again.
    "Use": Template({}, "{material} goes into {usedFor}", None, ("material", "usedFor"), dated=False),
}
#: Classes of the ontology that are not kinds of fact a claim states.
ABSTRACT = frozenset({"Fact", "Event", "Gathering"})
#: The kinds of fact the corpus draws most, as shares of the facts drawn; the other
#: kinds share what is left equally, so that these shares hold however many kinds the
#: ontology has. Meetings, visits and statements lead, as consultations lead the event
#: counts of GDELT and ICEWS.
SHARES = {"Meeting": 0.12, "Visit": 0.10, "PositionHeld": 0.06, "Statement": 0.06, "Criticism": 0.05,
          "Sanction": 0.05, "Agreement": 0.05, "ArmsTransfer": 0.025, "Investment": 0.025, "Attack": 0.025,
          "Praise": 0.025}
_POSITIONS = (("head of state", "President"), ("head of government", "Prime Minister"),
              ("minister", "Foreign Minister"), ("ambassador", "Ambassador"))


def missing_kinds() -> list[str]:
    """Fact classes of the ontology (:func:`kg.ontology.vocabulary`) the generator
    has no template for: ``kg bench generate`` names them as not generated."""
    from kg.ontology import vocabulary

    return sorted(vocabulary().fact_types - ABSTRACT - set(TEMPLATES))


@dataclass
class Fact:
    """One fact of the world: id, class, role values (key -> entity or list of
    entities), attribute values (key -> (claim value, words in the text)), date; the
    facts it names by id (key -> fact), its modality and speaker where its template
    draws one (:attr:`Template.modal`), and a clause of its own where it has one (a
    vote on a draft resolution)."""

    id: str
    type: str
    roles: dict[str, object]
    attrs: dict[str, tuple[object, str]]
    date: dt.date | None
    reports: int = 0
    links: dict[str, "Fact"] = field(default_factory=dict)
    modality: str | None = None
    speaker: Entity | None = None
    clause: str | None = None

    def words(self) -> dict[str, object]:
        """The clause's fields: role -> label (``role0``, ``role1`` for a list),
        attribute -> its words, link -> the linked fact's fields (a dict)."""
        values: dict[str, object] = {}
        for key, v in self.roles.items():
            if isinstance(v, list):
                for i, e in enumerate(v):
                    values[f"{key}{i}"] = e.label
            else:
                values[key] = v.label
        values.update({a: words for a, (_, _, words) in self.attrs.items()})
        values.update({key: linked.words() for key, linked in self.links.items()})
        if self.speaker is not None:
            values["said_by"] = self.speaker.label
        return values


def _money(rng: random.Random) -> tuple[str, str]:
    currency = rng.choice(("USD", "EUR", "CNY"))
    low = rng.choice((120, 300, 450, 800))
    shape = rng.random()
    if shape < 0.2:
        words = f"{currency} {low / 100:g}-{low / 100 + 1:g} billion"  # a range
    elif shape < 0.4:
        words = f"about {currency} {low} million"
    else:
        words = f"{currency} {low} million"
    return words, words


#: Attributes drawn from a list of words: template field -> (claim key, choices).
_WORDS = {"item": ("item", _ITEMS), "goods": ("item", _GOODS), "subject": ("subject", _SUBJECTS),
          "charge": ("charge", _CHARGES), "product": ("item", ("an mpox vaccine", "a cholera vaccine", "a malaria drug")), "measure": ("measure", _MEASURES),
          "supportKind": ("supportKind", ("military", "diplomatic", "economic", "humanitarian")),
          "outcome": ("outcome", ("by a landslide", "by a narrow margin", "after a run-off")),
          "threatenedAction": ("threatenedAction", ("sanctions", "the use of force", "a trade embargo")),
          "prohibits": ("prohibits", ("exit polls", "foreign funding of charities", "cryptocurrency mining")),
          "occupation": ("occupation", ("diplomat", "banker", "lawyer")),
          "militaryRank": ("militaryRank", ("General", "Colonel", "Admiral")),
          "category": ("category", ("rebel group", "militia", "terrorist organisation", "liberation movement")),
          "handed": ("item", ("letter", "written message", "list of proposals")),
          "duration": ("duration", ("six months", "three months", "90 days", "one year")),
          "condition": ("condition", ("if talks resume", "if the inspectors return", "if the ceasefire holds")),
          "reason": ("reason", ("for consultations", "in protest")),
          "rankAfter": ("rankAfter", ("a specialised agency", "a permanent observer", "a full member")),
          "reform": ("reform", ("its electoral law", "its security services", "its judiciary")),
          "material": ("item", ("gallium", "germanium", "antimony", "cobalt")),
          "usedFor": ("usedFor", ("chips", "batteries", "solar cells", "night-vision goggles")),
          "situation": ("situation", ("the security situation", "the humanitarian situation", "the economic situation")),
          "changeDegree": ("changeDegree", ("sharply", "profoundly", "slightly")),
          "weapon": ("weapon", ("ballistic missile", "cruise missile", "hypersonic missile")),
          "ethnicity": ("ethnicity", ("Chechen", "Kurdish", "Uyghur", "Tatar")),
          "capped": ("quantityOf", ("deployed warheads", "launchers", "on-site inspections")),
          "plot": ("purpose", ("leak classified records", "evade sanctions", "smuggle drones"))}
#: Attributes drawn as whole numbers: template field -> (claim key, low, high).
_NUMBERS = {"quantity": ("quantity", 2, 60), "changePercent": ("changePercent", 2, 9), "share": ("share", 20, 70),
            "years": ("years", 45, 85)}


def _attr(rng: random.Random, key: str) -> tuple[str, object, str]:
    """(claim key, claim value, words in the sentence) of the template field ``key``."""
    if key in _WORDS:
        claim_key, choices = _WORDS[key]
        words = rng.choice(choices)
        return claim_key, words, words
    if key in _NUMBERS:
        claim_key, low, high = _NUMBERS[key]
        number = rng.randint(low, high)
        return claim_key, number, str(number)
    if key == "amount":
        t = rng.choice((500, 2000, 5000, 12000))
        return "amount", f"{t:,} tonnes", f"{t:,} tonnes"
    if key == "value":
        words, value = _money(rng)
        return "value", value, words
    if key == "status":
        return "status", "signed", ""
    if key == "revoked":
        return "status", "revoked", ""
    if key == "rate":  # a tariff's rate, "25%" or "a maximum tariff of 25%" in the text
        rate = rng.choice((5, 10, 15, 20, 25, 50))
        if rng.random() < 0.2:
            return "rate", f"up to {rate} percent", f"up to {rate}%"
        return "rate", f"{rate} percent", f"{rate}%"
    raise ValueError(f"no attribute {key!r}")


#: How a vote on a draft resolution is told: who voted for, against, and abstained.
_VOTE_ON_DRAFT = ("in the {votingBody}, {votedYes0} and {votedYes1} voted in favour of the draft, {votedNo0} voted "
                  "against and {abstained0} abstained")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _on(day: dt.date) -> str:
    return f"on {day.day} {_MONTHS[day.month - 1]} {day.year}"


@dataclass
class Claim:
    """One claim as written to the claims file (its keys in order) and its sentence."""

    keys: dict[str, object]
    sentence: str
    quote: str


@dataclass
class World:
    """Everything drawn so far: the registry, the facts in order of first report, and
    the fingerprints that keep two facts from looking like one (same kind, roles and
    date, which ``kg build`` warns about)."""

    rng: random.Random
    registry: Registry
    facts: list[Fact] = field(default_factory=list)
    fingerprints: set = field(default_factory=set)
    cum: list[float] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    kind_cum: list[float] = field(default_factory=list)
    positions: dict[str, Fact] = field(default_factory=dict)
    drawn: set = field(default_factory=set)  # kinds drawn at least once
    reported: dict = field(default_factory=dict)  # class -> facts reported at least once, in order
    pending: list = field(default_factory=list)  # facts drawn with another, reported next (a draft's vote)
    made: dict = field(default_factory=dict)  # kind -> facts of it drawn

    def report(self, fact: Fact) -> None:
        """Count one more report of ``fact``; from its first, other facts may name it."""
        if not fact.reports:
            self.reported.setdefault(fact.type, []).append(fact)
        fact.reports += 1

    def _linkable(self, kind: str) -> bool:
        return all(self.reported.get(cls) for cls in TEMPLATES[kind].links.values())

    def _add(self, fact: Fact) -> None:
        self.facts.append(fact)
        self.cum.append((self.cum[-1] if self.cum else 0.0) + 1 / (len(self.facts) ** ZIPF))

    def new_fact(self, published: dt.date) -> Fact:
        """A fact first reported by an article published on ``published``: its kind by
        :data:`SHARES`, its roles from the registry, the facts it names drawn from
        those reported before (a kind that names a fact waits for one), dated up to 20
        days before (a day earlier for each try that looks like a fact already drawn).
        A person's position is one fact, returned again when drawn again; a draft
        resolution brings the vote on it, returned next."""
        if self.pending:
            return self.pending.pop(0)
        rng = self.rng
        kind = self.kinds[bisect_left(self.kind_cum, rng.random() * self.kind_cum[-1])]
        if len(self.drawn) < len(self.kinds):  # every kind once first, so that even a small corpus has all
            kind = next((k for k in self.kinds if k not in self.drawn and self._linkable(k)), kind)
        while not self._linkable(kind):
            kind = self.kinds[bisect_left(self.kind_cum, rng.random() * self.kind_cum[-1])]
        self.drawn.add(kind)
        t = TEMPLATES[kind]
        if kind == "PositionHeld":
            holder = self.registry.pick("person")
            if holder.id in self.positions:
                return self.positions[holder.id]
        for attempt in itertools.count():
            links = {key: rng.choice(self.reported[cls]) for key, cls in t.links.items()}
            roles: dict[str, object] = {}
            chosen: tuple[Entity, ...] = ()
            for key, kinds in t.roles.items():
                if kind == "PositionHeld" and key == "holder":
                    value = holder
                elif isinstance(kinds, str) and kinds.startswith("="):  # an entity of the linked fact
                    link, role = kinds[1:].split(".")
                    value = links[link].roles[role]
                elif isinstance(kinds, list):
                    value = []
                    for k in kinds:
                        e = self.registry.pick(k, chosen)
                        value.append(e)
                        chosen += (e,)
                    roles[key] = value
                    continue
                else:
                    value = self.registry.pick(kinds, chosen)
                chosen += (value,)
                roles[key] = value
            date = published - dt.timedelta(days=rng.randint(0, 20)) if t.dated else None
            date = date and date - dt.timedelta(days=attempt)
            fingerprint = (kind, tuple(sorted((k, str(v)) for k, v in roles.items())),
                           tuple(sorted((k, f.id) for k, f in links.items())), date)
            if fingerprint not in self.fingerprints:
                self.fingerprints.add(fingerprint)
                break
            if not t.dated and attempt >= 100:
                # An undated kind whose roles come from small pools (a company's country)
                # runs out of new pairings in a large corpus: report a known fact instead.
                return self.reported_fact()
        attrs = {}
        for a in t.attrs:
            key, value, words = _attr(rng, a)
            attrs[a] = (key, value, words)
        if kind == "PositionHeld":
            position, title = _POSITIONS[int(hashlib.sha256(holder.id.encode()).hexdigest(), 16) % len(_POSITIONS)]
            attrs = {"position": ("position", position, ""), "title": ("title", title, title)}
        # The first facts of a kind take its modalities in turn (so a small corpus has
        # each), later ones draw one.
        framings = [*t.modal, None]
        made = self.made.get(kind, 0)
        self.made[kind] = made + 1
        modality = (framings[made] if made < len(framings) else rng.choice(framings)) if t.modal else None
        speaker = None
        if modality and "{said_by}" in t.modal[modality]:
            speaker = self.registry.pick(t.speaker, chosen)
        ident = f"{_slug(kind)}-{len(self.facts):06d}"
        fact = Fact(ident, kind, roles, attrs, date, links=links, modality=modality, speaker=speaker)
        if kind == "PositionHeld":
            self.positions[holder.id] = fact
        self._add(fact)
        if kind == "DraftResolution":
            self.pending.append(self._vote_on(fact))
        return fact

    def _vote_on(self, draft: Fact) -> Fact:
        """The vote on ``draft`` in the body it was put to, the same day: its sponsors
        for, one member against and one abstaining, each named."""
        sponsors = draft.roles["sponsor"]
        against = self.registry.pick("state", tuple(sponsors))
        abstaining = self.registry.pick("state", (*sponsors, against))
        vote = Fact(f"vote-{len(self.facts):06d}", "Vote",
                    {"votingBody": draft.roles["recipient"], "votedYes": list(sponsors), "votedNo": [against],
                     "abstained": [abstaining]}, {}, draft.date, links={"votedOn": draft}, clause=_VOTE_ON_DRAFT)
        self._add(vote)
        return vote

    def reported_fact(self) -> Fact:
        """A fact reported before, by the Zipf law over the order of first report."""
        return self.facts[_draw(self.rng, self.cum)]


def _anchor_facts(world: World) -> None:
    """The two facts the catalog's examples name, first in the list (so most reported)."""
    reg = world.registry
    russia, myanmar = reg.pools["state"][:2]
    mah, putin = reg.pools["person"][:2]
    reg.used.update({russia.id, myanmar.id, mah.id, putin.id})
    moscow = reg.pools["city"][0]
    reg.used.add(moscow.id)
    talks = Fact(ANCHOR_FACTS[0], "Meeting", {"participant": [putin, mah], "place": moscow}, {},
                 dt.date(2025, 3, 4))
    dawei = reg.pools["project-site"][0]
    words, value = "USD 1.5-2 billion", "USD 1.5-2 billion"
    project = Fact(ANCHOR_FACTS[1], "Project",
                   {"participant": [russia, myanmar], "place": dawei}, {"value": ("value", value, words)},
                   dt.date(2025, 2, 1))
    for f in (talks, project):
        world._add(f)


def _label(v) -> str:
    return v.label


def _sentence(fact: Fact, rng: random.Random, published: dt.date, registry: Registry, fresh: bool) -> Claim:
    """The claim an article makes about ``fact`` and the sentence that states it, with
    a framing drawn at random: asserted, reported by a named or unnamed speaker,
    alleged, denied, planned (a fact dated after publication), hedged, relayed."""
    t = TEMPLATES[fact.type]
    planned = fact.date is not None and fact.date > published and t.plan is not None and not fact.modality
    clause = fact.clause or (t.modal[fact.modality] if fact.modality else t.plan if planned else t.past)
    values = fact.words()
    keys: dict[str, object] = {}
    attrs = dict(fact.attrs)
    if not fresh and "quantity" in attrs and rng.random() < DISAGREE * 4:
        key, q, _ = attrs["quantity"]
        attrs["quantity"] = (key, q + 1, str(q + 1))  # another source, another figure
    for a, (key, value, words) in attrs.items():
        values[a] = words
        if not words or f"{{{a}}}" in clause:  # only what the sentence says (or implies, as a status)
            keys[key] = value
    core = clause.format(**values)
    roles = {k: ([e.label for e in v] if isinstance(v, list) else v.label) for k, v in fact.roles.items()}
    links = {k: f.id for k, f in fact.links.items()}
    claim: dict[str, object] = {"fact": fact.id, "type": fact.type, **roles, **links, **keys}
    with_date = fact.date is not None and rng.random() < 0.85
    if with_date:
        claim["date"] = fact.date.isoformat()
    when = f" {_on(fact.date)}" if with_date else ""
    roll = rng.random()
    speaker = None
    if fact.type == "PositionHeld":  # a title beside a name, inside another sentence
        text = f"The talks were attended by {core}"
    elif fact.modality:  # the fact's own framing: an offer, a refusal, a speaker's label or denial
        claim["modality"] = fact.modality
        if fact.speaker is not None:
            claim["said_by"] = fact.speaker.label
        text = f"{core}{when}"
    elif planned:
        claim["modality"] = "planned"
        text = f"{core}{when}"
    elif fact.type in ("Statement", "StatementOfSupport", "Praise", "Condolence", "FormalProtest", "Criticism", "Accusation", "Appeal",
                       "Rejection", "Assessment") or roll < 0.5:
        text = f"{core}{when}"
    elif roll < 0.64:
        speaker = registry.pick("person", tuple(e for e in fact.roles.values() if isinstance(e, Entity)))
        claim["modality"], claim["said_by"] = "reported", speaker.label
        text = f"{speaker.label} said that {core}{when}"
    elif roll < 0.72:
        claim["modality"], claim["said_by"] = "reported", "unnamed officials"
        text = f"Officials said that {core}{when}"
    elif roll < 0.78:
        speaker = registry.pick("gov")
        claim["modality"], claim["said_by"] = "alleged", speaker.label
        text = f"The {speaker.label} alleged that {core}{when}"
    elif roll < 0.82:
        speaker = registry.pick("gov")
        claim["modality"], claim["said_by"] = "denied", speaker.label
        text = f"The {speaker.label} denied that {core}{when}"
    elif roll < 0.9:
        claim["hedged"] = True
        text = f"Reportedly, {core}{when}"
    else:
        outlet = registry.pick("outlet")
        claim["via"] = outlet.label
        text = f"{core}{when}, according to {outlet.label}"
    text = text[0].upper() + text[1:] + "."
    quote = core if fact.type == "PositionHeld" else text[:-1]
    claim["quote"] = quote
    return Claim(claim, text, quote)


_FILLER = ("Analysts said the region remained tense.", "The talks drew wide attention across the region.",
           "Markets reacted calmly to the news.", "Further details were not immediately available.",
           "The announcement followed weeks of speculation.", "Observers expect more developments soon.")


@dataclass
class Article:
    """One generated article: id, publication date, title, text and its claims."""

    id: str
    published: dt.date
    title: str
    text: str
    claims: list[dict]


def _article(world: World, index: int, n: int) -> Article:
    rng = world.rng
    published = FIRST + dt.timedelta(days=index * SPAN_DAYS // max(n, 1))
    aid = f"{index:06d}_bench"
    claims, sentences, seen = [], [], set()
    while len(claims) < CLAIMS_PER_ARTICLE:
        fresh = not world.facts or rng.random() >= REUSE or len(world.facts) < 3
        fact = world.new_fact(published) if fresh else world.reported_fact()
        if fact.id in seen or (fact.date and fact.date > published and TEMPLATES[fact.type].plan is None):
            continue  # one claim per fact per article; no unplannable future facts
        seen.add(fact.id)
        world.report(fact)
        c = _sentence(fact, rng, published, world.registry, fresh)
        claims.append({"id": f"c{len(claims) + 1:02d}", **c.keys})
        sentences.append(c.sentence)
    paragraphs = []
    for start in range(0, len(sentences), 3):
        paragraphs.append(" ".join(sentences[start:start + 3] + [rng.choice(_FILLER)]))
    title = f"Regional roundup {index + 1}"
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    # Each claim quotes its own sentence; a quote that recurs in the text (inside a longer
    # sentence, or two facts told alike) says which occurrence it means.
    cursor = 0
    for claim, sentence in zip(claims, sentences):
        start = text.index(sentence, cursor)
        cursor = start + len(sentence)
        if text.count(claim["quote"]) > 1:
            at = start + sentence.index(claim["quote"])
            claim["occurrence"] = text[:at + len(claim["quote"])].count(claim["quote"])
    return Article(aid, published, title, text, claims)


def _dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


#: Bad claims files: name -> (how to spoil a good claim, words the refusal must contain).
BAD = {
    "quote-not-in-text": ("quote", "quote not found verbatim in the article text"),
    "unknown-entity": ("entity", "unknown entity 'Nobody Atall'"),
    "meeting-one-participant": ("minimum", "a meeting needs at least two participants"),
    "key-of-another-kind": ("domain", "key 'supplier' does not apply to a Meeting"),
    "impossible-date": ("date", "invalid date '2025-13-45'"),
    "unknown-currency": ("currency", "'XQZ 5 million'"),
}


def _bad_files(article: Article, base: Path) -> dict[str, str]:
    """Claims files for ``article`` that ``kg ingest`` must refuse, each with one
    defect, and the words of each expected error; written into ``base``."""
    expected = {}
    meeting = next(c for c in article.claims if c["type"] == "Meeting")
    for name, (how, words) in BAD.items():
        claim = dict(meeting)
        if how == "quote":
            claim["quote"] = claim["quote"] + " in secret"
        elif how == "entity":
            claim["participant"] = [claim["participant"][0], "Nobody Atall"]
        elif how == "minimum":
            claim["participant"] = [claim["participant"][0]]
        elif how == "domain":
            claim["supplier"] = claim["participant"][0]
        elif how == "date":
            claim["date"] = "2025-13-45"
        elif how == "currency":
            claim["value"] = "XQZ 5 million"
        claim["fact"] = f"bad-{name}"
        claim.pop("occurrence", None)
        _write(base / f"{name}.yaml", _dump({"article": article.id, "claims": [claim]}))
        expected[f"{name}.yaml"] = words
    return expected


def generate(out: Path, n: int, seed: int = 1) -> dict:
    """Write a corpus of ``n`` articles (about :data:`CLAIMS_PER_ARTICLE` claims each)
    into ``out`` (created; refused if it exists and is not empty), plus ``bad/`` and
    ``extra/`` (see the module docstring). Returns a summary: articles, claims, facts,
    entities, the reports of the most reported fact, the facts reported once, and the
    fact kinds not generated. Raises :class:`FileExistsError` for a non-empty ``out``."""
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out}: the folder is not empty")
    rng = random.Random(seed)
    world = World(rng, Registry(rng, n))
    missing = missing_kinds()
    world.kinds = sorted(TEMPLATES)
    rest = (1 - sum(SHARES.values())) / sum(k not in SHARES for k in world.kinds)
    world.kind_cum = list(itertools.accumulate(SHARES.get(k, rest) for k in world.kinds))
    _anchor_facts(world)
    articles = [_article(world, i, n) for i in range(n + 1)]
    extra = articles.pop()
    meta = []
    for a in articles:
        _write(out / "articles" / f"{a.id}.txt", a.text)
        meta.append({"id": a.id, "file": f"articles/{a.id}.txt",
                     "sha256": hashlib.sha256(a.text.encode("utf-8")).hexdigest(),
                     "url": f"https://bench.example.org/{a.id}", "publisher": None,
                     "published": a.published.isoformat(), "title": a.title})
        _write(out / "claims" / f"{a.id}.yaml", _dump({"article": a.id, "claims": a.claims}))
    _write(out / "articles.yaml", "# Generated by kg bench generate: a synthetic corpus.\n" + _dump(meta))
    entities = []
    for e in world.registry.entries():
        entry = {"id": e.id, "type": e.type, "label": e.label}
        if e.of:
            entry["of"] = e.of
        entities.append(entry)
    _write(out / "entities.yaml", _dump(entities))
    _write(out / "extra" / f"{extra.id}.txt", extra.text)
    _write(out / "extra" / f"{extra.id}.yaml", _dump({
        "article": {"id": extra.id, "file": f"{extra.id}.txt",
                    "url": f"https://bench.example.org/{extra.id}", "publisher": None,
                    "published": extra.published.isoformat(), "title": extra.title},
        "claims": extra.claims}))
    with_meeting = next(a for a in articles if any(c["type"] == "Meeting" for c in a.claims))
    expected = _bad_files(with_meeting, out / "bad")
    _write(out / "bad" / "expected.yaml", _dump(expected))
    reports = sorted((f.reports for f in world.facts), reverse=True)
    summary = {"articles": n, "claims": sum(len(a.claims) for a in articles),
               "facts": sum(1 for r in reports if r), "entities": len(entities),
               "most_reported": reports[:5], "reported_once": sum(1 for r in reports if r == 1),
               "kinds": len(TEMPLATES), "not_generated": missing}
    return summary
