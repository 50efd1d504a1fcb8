"""The canned queries `timeline`, `facts` and `casualties` read each fact as the model now
holds it, on newcomers' articles (tests/data/newcomer-martial-law, newcomer-exodus,
newcomer-embassy-raid-recount, newcomer-migration-pact-recount, newcomer-cable-damage-recount)
and the held-out set, through the real ``kg build`` and ``kg query``; and every datatype
claim key of the ontology is shown by `facts`, or listed here with where it is shown instead."""

from __future__ import annotations

import re

import pyoxigraph as ox

from conftest import ROOT, built_once_per_module, by_fact, fact_details, query_rows

DATA = ROOT / "tests" / "data"
martial_law = built_once_per_module(DATA / "newcomer-martial-law")
exodus = built_once_per_module(DATA / "newcomer-exodus")
embassy_raid = built_once_per_module(DATA / "newcomer-embassy-raid-recount")
migration_pact = built_once_per_module(DATA / "newcomer-migration-pact-recount")
cable_damage = built_once_per_module(DATA / "newcomer-cable-damage-recount")

GKG = "https://w3id.org/geopolitics-kg/ontology#"

#: Datatype claim keys `facts` shows outside its details, or through another property the
#: claims reader writes with them: key -> where.
SHOWN_ELSEWHERE = {
    "date": "the dates column",
    "startDate": "the dates column (start/end)",
    "endDate": "the dates column ('until ...')",
    "effectiveDate": "the dates column",
    "duration": "the details, in words by a branch of its own ('duration: 99 years')",
    "deadlineWindow": "the details, in the words the claims reader writes beside it (gkg:deadlineWindowLabel)",
}


def _datatype_claim_keys() -> set[str]:
    """The local names of the ontology's datatype properties a claim may use as keys."""
    store = ox.Store()
    store.load(path=str(ROOT / "ontology" / "geopolitics.ttl"), format=ox.RdfFormat.TURTLE)
    rows = store.query(f"SELECT ?p WHERE {{ ?p a <http://www.w3.org/2002/07/owl#DatatypeProperty> ; <{GKG}claimKey> true }}")
    return {row[0].value.removeprefix(GKG) for row in rows}


def test_facts_shows_every_datatype_claim_key():
    """Each datatype claim key is in the properties `facts` lists as details (its `VALUES ?dp`)
    or named above with where it is shown; a key added to the model fails this test until
    `facts` shows it."""
    text = (ROOT / "queries" / "facts.rq").read_text(encoding="utf-8")
    (values,) = re.findall(r"VALUES \?dp \{([^}]*)\}", text)
    details = set(re.findall(r"gkg:(\w+)", values))
    keys = _datatype_claim_keys()
    assert len(keys) > 100  # the ontology was read
    assert sorted(keys - details - set(SHOWN_ELSEWHERE)) == []
    # The keys listed as shown elsewhere are keys, each named in the query.
    assert set(SHOWN_ELSEWHERE) <= keys
    assert all(f"gkg:{key} " in text or f"gkg:{key}Label" in text for key in SHOWN_ELSEWHERE)


def test_facts_shows_the_medium_of_an_address_and_a_term_s_part_of_its_agreement(martial_law, migration_pact):
    """'in an unannounced televised address' (medium) on the martial-law decree; 'under the
    migration pillar' (termOfPart) and the year a pledge is for (period) on the EU's support."""
    decree = by_fact(query_rows(martial_law, "facts", type="EmergencyRule"))["emergency-south-korea-martial-law-2024-12"]
    assert "medium: unannounced televised address" in fact_details(decree)
    support = by_fact(query_rows(migration_pact, "facts", participant="Tunisia"))["support-eu-tunisia-migration-2023"]
    assert {"part of the agreement: migration and mobility", "period: 2023"} <= fact_details(support)


def test_timeline_shows_a_journey_only_tried_as_such(exodus):
    """'as he tried to leave for Armenia' (status: attempted): the claim's status beside its
    modality, as `journeys` shows it; the journey he made is plain."""
    rows = by_fact(query_rows(exodus, "timeline", entity="Ruben Vardanyan"))
    assert rows["travel-ruben-vardanyan-to-armenia-2023-09-27"]["modality"] == "asserted (attempted)"
    assert rows["travel-ruben-vardanyan-to-baku-2023-09-27"]["modality"] == "asserted"


def test_timeline_dates_an_end_known_only_to_come_after_a_day(martial_law):
    """Police left the assembly after the vote of 4 December ({endDate: {after: vote-...}}):
    ended no earlier than that day, "until 2024-12-04/" ("until after 2024-12-04" as the CLI
    words an open interval), not undated; an end bounded on both sides by one day is that day."""
    rows = by_fact(query_rows(martial_law, "timeline", entity="National Assembly building"))
    assert rows["deployment-police-national-assembly-2024-12-03"]["date"] == "until after 2024-12-04"
    assert rows["deployment-soldiers-national-assembly-2024-12-03"]["date"] == "until 2024-12-04"


def test_timeline_names_the_actor_holding_a_role_for_the_entity(martial_law):
    """Senior aides resigned, {actor: unnamed senior presidential aides, for: Yoon Suk Yeol}:
    Yoon's timeline says the aides resigned for him, not that he resigned; his own
    demanded resignation keeps the plain role."""
    rows = by_fact(query_rows(martial_law, "timeline", entity="Yoon Suk Yeol"))
    assert rows["resignation-senior-presidential-aides-2024-12-04"]["role"] == (
        "resigning: unnamed senior presidential aides (acting for it)")
    assert rows["resignation-yoon-suk-yeol-demanded-2024-12"]["role"] == "resigning"


def test_timeline_shows_a_place_a_distance_is_measured_from_as_near(exodus):
    """A fuel depot blast 'near Stepanakert' (distanceFrom: Stepanakert)."""
    rows = by_fact(query_rows(exodus, "timeline", entity="Stepanakert"))
    assert rows["damage-fuel-depot-stepanakert-2023-09-25"]["role"] == "near (place measured from)"


def test_timeline_shows_the_likelihood_a_claim_gives(cable_damage):
    """Finnish investigators 'lean towards' deliberate damage (likelihood: likely): beside the
    modality, as `statements` shows it."""
    rows = by_fact(query_rows(cable_damage, "timeline", entity="Finland"))
    assert rows["assessment-finnish-investigators-outage-deliberate"]["modality"] == "reported, likely"


def test_timeline_shows_the_fact_a_ruling_orders_and_the_part_a_term_falls_under(embassy_raid, migration_pact):
    """Mexico asks the court to suspend Ecuador from the UN (orderedFact), as `legal-actions`
    names it; the EU's support falls under the migration pillar (termOfPart), as
    `agreements` gives it."""
    ruling = by_fact(query_rows(embassy_raid, "timeline", entity="Ecuador"))["measure-icj-suspend-ecuador-un-2024"]
    assert "orders: membership-ecuador-united-nations-suspended" in ruling["with"].split(", ")
    support = by_fact(query_rows(migration_pact, "timeline", entity="Tunisia"))["support-eu-tunisia-migration-2023"]
    assert "under migration and mobility" in support["with"].split(", ")


def test_casualties_give_no_offset_from_the_place_already_shown(heldout_store):
    """Haniyeh was killed in Tehran, in the north of the city (place and distanceFrom both
    Tehran, bearing north): the place once, not again as "north of Tehran (city)" (held-out
    articles)."""
    rows = by_fact(query_rows(heldout_store, "casualties", party="Israel"))
    assert rows["attack-tehran-ismail-haniyeh-2024-07-31"]["place"] == "Tehran (city)"
