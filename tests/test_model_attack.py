"""Attacks as news reports them, on an article a newcomer wrote as claims with
corpus/CLAIMS.md only (tests/data/model-v2-strike, its README): the dead and wounded
with their counts (exact and bounded) and whose nationals they are, the people aboard
by nationality, the launch site, the weapon, the damage, a site as the target; a
vessel's flag state; a rescue with its carrier and a journey that starts from a vessel;
a location given as a distance and bearing from a city; what a campaign has not
achieved. Built by the real ``kg build`` and read back through the CLI; bad claims are
refused with exit 2, naming file, claim and key, and leave the store as it was.
"""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, built_once, by_fact, kg_cli, query_rows, sparql_rows
from test_model_v2_round6 import values

STRIKE = ROOT / "tests" / "data" / "model-v2-strike"
ARTICLE = "x01_true-confidence-houthi-strike"
ATTACK = "attack-houthis-true-confidence-2024-03-06"


@pytest.fixture(scope="module")
def strike(tmp_path_factory):
    return built_once(tmp_path_factory, STRIKE)


def groups(store, fact: str, key: str) -> dict[str, set]:
    """Unnamed actors under ``key`` of ``fact``: the label of each whole group -> the
    (label, count, state) of its parts (count and state '' where not given)."""
    rows = sparql_rows(store, f"""SELECT ?whole ?part ?n ?state WHERE {{ fact:{fact} gkg:{key} ?g . ?g rdfs:label ?whole .
        OPTIONAL {{ ?p gkg:subgroupOf ?g ; rdfs:label ?part .
                   OPTIONAL {{ ?p gkg:count ?n }} OPTIONAL {{ ?p gkg:ofState/rdfs:label ?state }} }} }}""")
    out: dict[str, set] = {}
    for r in rows:
        parts = out.setdefault(r["whole"], set())
        if r.get("part"):
            parts.add((r["part"], str(r.get("n") or ""), r.get("state") or ""))
    return out


def test_the_article_validates_with_shacl_and_hermit(strike):
    out = kg_cli("validate", "--store", strike, check=0).stdout
    assert "conforms" in out and "HermiT" in out


def test_the_attack_keeps_its_casualties_weapon_launch_site_and_damage(strike):
    assert values(strike, ATTACK, "killed") == {"3"}
    # 'At least four ... wounded': a bound, never the exact count 4.
    assert values(strike, ATTACK, "wounded") == set()
    bounds = sparql_rows(strike, f"""SELECT ?min ?max WHERE {{ fact:{ATTACK} gkg:woundedBounds ?b .
        ?b schema:minValue ?min . OPTIONAL {{ ?b schema:maxValue ?max }} }}""")
    assert [(float(r["min"]), r.get("max")) for r in bounds] == [(4, None)]
    assert values(strike, ATTACK, "criticallyWounded") == {"3"}
    assert values(strike, ATTACK, "weapon") == {"anti-ship ballistic missile"}
    assert values(strike, ATTACK, "launchSite") == {"Yemen"}
    assert values(strike, ATTACK, "launchArea") == {"a Houthi-controlled area of Yemen"}
    assert values(strike, ATTACK, "damage") == {"caught fire", "left drifting and ablaze"}
    assert values(strike, ATTACK, "target") == {"True Confidence"}


def test_the_dead_and_the_crew_carry_their_nationalities_in_counted_parts(strike):
    killed = groups(strike, ATTACK, "killedPeople")
    assert killed["3 unnamed sailors"] == {("2 unnamed sailors", "2", "Philippines"),
                                           ("1 unnamed sailor", "1", "Vietnam")}
    # The ministry's own account is its own group, tied to the Philippines as a whole.
    dmw = sparql_rows(strike, f"""SELECT ?n ?state ?by WHERE {{ fact:{ATTACK} gkg:killedPeople ?g .
        ?g rdfs:label "2 unnamed seafarers" ; gkg:count ?n ; gkg:ofState/rdfs:label ?state .
        ?c gkg:supports fact:{ATTACK} ; gkg:statesValue/rdf:object ?g ; prov:wasAttributedTo/rdfs:label ?by }}""")
    assert [(str(r["n"]), r["state"], r["by"]) for r in dmw] == [("2", "Philippines", "Department of Migrant Workers")]
    aboard = groups(strike, ATTACK, "aboard")
    assert aboard["20 unnamed crew members"] == {("1 unnamed crew member", "1", "India"),
                                                 ("4 unnamed crew members", "4", "Vietnam"),
                                                 ("15 unnamed crew members", "15", "Philippines")}
    assert {state for _, _, state in aboard["3 unnamed armed guards"]} == {"Sri Lanka", "Nepal"}


def test_the_hit_is_located_by_distance_and_bearing_from_aden(strike):
    rows = sparql_rows(strike, f"""SELECT ?from ?v ?unit ?approx ?bearing WHERE {{ fact:{ATTACK} gkg:distanceFrom/rdfs:label ?from ;
        gkg:bearing ?bearing ; gkg:distance ?d . ?d schema:value ?v ; schema:unitCode ?unit .
        OPTIONAL {{ ?d gkg:approximate ?approx }} }}""")
    assert [(r["from"], float(r["v"]), r["unit"], r["bearing"]) for r in rows] == [("Aden", 50, "NMI", "south-west")]


def test_a_site_is_the_target_of_the_strikes_on_hudaydah(strike):
    fact = "attack-united-states-hudaydah-airport-2024-03-06"
    assert values(strike, fact, "targetSite") == {"Hudaydah international airport"}
    assert values(strike, fact, "place") == {"Hudaydah"}
    assert values(strike, fact, "target") == set()


def test_the_flag_state_is_a_fact_of_its_own(strike):
    flags = by_fact(query_rows(strike, "facts", type="FlagRegistration"))
    assert set(flags) == {"flag-true-confidence-barbados"}
    assert values(strike, "flag-true-confidence-barbados", "flagState") == {"Barbados"}
    assert values(strike, "flag-true-confidence-barbados", "registeredVessel") == {"True Confidence"}


def test_journeys_show_the_rescue_and_the_abandoned_ship(strike):
    trips = by_fact(query_rows(strike, "journeys"))
    rescue = trips["travel-crew-true-confidence-djibouti-2024-03"]
    assert (rescue["kind"], rescue["traveller"], rescue["destination"], rescue["modality"]) == (
        "rescue", "all unnamed crew members of the True Confidence", "Djibouti", "reported")
    assert values(strike, "travel-crew-true-confidence-djibouti-2024-03", "carrier") == {"unnamed navy vessel"}
    carrier = sparql_rows(strike, """SELECT ?of WHERE { fact:travel-crew-true-confidence-djibouti-2024-03 gkg:carrier ?c .
                                     ?c gkg:ofOrganisation/rdfs:label ?of }""")
    assert carrier == [{"of": "Indian Navy"}]
    abandoned = trips["travel-crew-true-confidence-abandon-2024-03-06"]
    assert abandoned["origin"] == "True Confidence"
    assert values(strike, "travel-crew-true-confidence-abandon-2024-03-06", "causedBy") == {ATTACK}


def test_a_campaign_keeps_what_it_has_not_achieved(strike):
    assert values(strike, "campaign-united-states-air-strikes-houthis-2024", "outcome") == {"have not halted its attacks"}


def quad_count(store) -> int:
    return int(sparql_rows(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"])


@pytest.mark.parametrize("claim, message", [
    ("{id: x, fact: travel-x, type: Travel, traveller: Yahya Saree, destination: Aden, damage: caught fire, quote: \"south-west of Aden\"}",
     "key 'damage' does not apply to a Travel: its domain is Attack"),
    ("{id: x, fact: attack-x, type: Attack, perpetrator: Houthis, targetSite: Yemen, quote: \"south-west of Aden\"}",
     "targetSite"),
    ("{id: x, fact: attack-x, type: Attack, perpetrator: Houthis, killed: many, quote: \"south-west of Aden\"}",
     "killed"),
    ("{id: x, fact: attack-x, type: Attack, perpetrator: Houthis, killedPeople: {actor: 3 unnamed sailors,"
     " among: [{actor: 5 unnamed sailors, of: Philippines}]}, quote: \"south-west of Aden\"}",
     "killedPeople.among: '5 unnamed sailors' counts more than the 3 of '3 unnamed sailors'"),
    ("{id: x, fact: attack-x, type: Attack, perpetrator: Houthis, killedPeople: {actor: 3 unnamed sailors,"
     " among: [{actor: 2 unnamed sailors, of: Philippines, for: Vietnam}]}, quote: \"south-west of Aden\"}",
     "killedPeople.among: a part given with whose it is is a mapping of unnamed actors and 'of'"),
    ("{id: x, fact: attack-x, type: Attack, perpetrator: Houthis, killedPeople: {actor: 3 unnamed sailors,"
     " among: [{actor: 2 unnamed sailors, of: Atlantis}]}, quote: \"south-west of Aden\"}",
     "killedPeople.among.of: "),
    ("{id: x, fact: attack-x, type: Attack, perpetrator: Houthis, distance: about 50 nautical miles, quote: \"south-west of Aden\"}",
     "fact 'attack-x' (Attack): a distance or bearing is measured from a place: give it (distanceFrom); it has none"),
    ("{id: x, fact: flag-x, type: FlagRegistration, registeredVessel: True Confidence, quote: \"south-west of Aden\"}",
     "fact 'flag-x' (FlagRegistration): a flag registration names the flag state (flagState); it has none"),
    # A part of a group needs the group, and the hint uses no name from another corpus.
    ("{id: x, fact: attack-x, type: Attack, perpetrator: Houthis, killedPeople: most unnamed sailors, quote: \"south-west of Aden\"}",
     "killedPeople: 'most unnamed sailors' is a part of a group: name the group with 'of' "
     "({actor: most unnamed sailors, of: <the party, body or state they belong to>})"),
])
def test_bad_attack_claims_are_refused_and_the_store_is_unchanged(strike, tmp_path, claim, message):
    corpus = tmp_path / "strike"
    shutil.copytree(STRIKE, corpus)
    path = corpus / "claims" / f"{ARTICLE}.yaml"
    path.write_text(f"article: {ARTICLE}\nclaims:\n  - {claim}\n", encoding="utf-8")
    before = quad_count(strike)
    proc = kg_cli("ingest", path, "--store", strike, check=2)
    assert f"{ARTICLE}.yaml: claim 'x' (line 3): " in proc.stderr and message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "People Power Party" not in proc.stderr
    assert quad_count(strike) == before
