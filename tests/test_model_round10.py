"""Constructs a first pass on unseen news still lost, each in an invented article written
for this project (tests/data/model-v2-reef-denial, model-v2-exchange-rate; their
READMEs): a partial denial (a coast guard grants ramming the boats and denies attacking
their crews), a past act with who did it (a ship a state ran aground years ago),
unnamed vessels inside a state's exclusive economic zone, a state present only through
its government, its navy or unnamed officials of it, and exchange rates in one currency
per unit of another. Built by the real ``kg build`` and read back through the canned
queries; bad claims are refused with exit 2, naming file, claim, line and key, and leave
the store as it was.
"""

from __future__ import annotations

import pytest
from casefiles import assert_refused
from conftest import ROOT, built_once, kg_cli, query_rows, sparql_rows

DATA = ROOT / "tests" / "data"
REEF, FX = DATA / "model-v2-reef-denial", DATA / "model-v2-exchange-rate"
REEF_CLAIMS = "claims/x01_orlen-shoal-ramming.yaml"
ATTACK = "attack-tarsian-coast-guard-velmari-boats-2032-03-06"
DENIAL_QUOTE = "quote: \"but denied that its officers had attacked the boats' crews\""


@pytest.fixture(scope="module")
def reef(tmp_path_factory):
    return built_once(tmp_path_factory, REEF)


@pytest.fixture(scope="module")
def fx(tmp_path_factory):
    return built_once(tmp_path_factory, FX)


@pytest.mark.parametrize("case", ["reef", "fx"])
def test_each_case_validates_with_shacl_and_hermit(case, request):
    out = kg_cli("validate", "--store", request.getfixturevalue(case), check=0).stdout
    assert "conforms" in out and "does NOT conform" not in out and "HermiT" in out


# -- a partial denial -----------------------------------------------------------------------

def test_a_partial_denial_rejects_only_the_keys_it_names(reef):
    rows = sparql_rows(reef, """SELECT ?id (STRAFTER(STR(?p), "#") AS ?key) WHERE {
        ?c gkg:claimId ?id ; gkg:deniesValue ?s . ?s rdf:predicate ?p }""")
    assert [(r["id"], r["key"]) for r in rows] == [("crews-denied", "target")]


def test_casualties_mark_the_denied_target_and_present_the_claim_as_denied_in_part(reef):
    [row] = query_rows(reef, "casualties", party="Velmar")
    assert row["fact"] == ATTACK
    assert row["targets"] == ("2 unnamed boats (Velmari navy), "
                              "unnamed crews (Velmari navy) (denied by Lena Dorr, Tarsian coast guard)")
    assert row["parties"] == "Tarsian coast guard"
    assert row["modality"] == "denied in part, reported"
    assert row["victims"] == "wounded: 4 unnamed sailors (Velmari navy)"


def test_a_partial_denial_grants_the_fact_so_it_is_no_denial_in_conflicts_or_sources(reef):
    # The coast guard's denial of the crews is no account that the ramming did not happen.
    assert query_rows(reef, "conflicts", fact=ATTACK) == []
    [counts] = sparql_rows(reef, f"""SELECT ?deny ?support WHERE {{ fact:{ATTACK} gkg:denyingSourceCount ?deny ;
        gkg:supportingSourceCount ?support }}""")
    assert (counts["deny"], counts["support"]) == (0, 1)


def test_a_whole_denial_of_the_same_fact_is_still_a_denial(reef, tmp_path):
    from casefiles import built_with_claims
    store = built_with_claims(REEF, REEF_CLAIMS, tmp_path, [
        f"{{id: x, fact: {ATTACK}, type: Attack, perpetrator: Tarsian coast guard, modality: denied, "
        f"said_by: Lena Dorr, {DENIAL_QUOTE}}}"])
    modalities = {r["value"] for r in query_rows(store, "conflicts", fact=ATTACK) if r["property"] == "modality"}
    assert modalities == {"denied", "reported"}
    [row] = query_rows(store, "casualties", party="Velmar")
    assert row["modality"] == "denied, denied in part, reported"


@pytest.mark.parametrize("claim, message", [
    (f"{{id: x, fact: {ATTACK}, type: Attack, target: Velmari navy, denies: target, {DENIAL_QUOTE}}}",
     "denies: names the part of the fact a denial rejects; it needs modality: denied"),
    (f"{{id: x, fact: {ATTACK}, type: Attack, perpetrator: Tarsian coast guard, target: Velmari navy, modality: denied, "
     f"said_by: Lena Dorr, denies: place, {DENIAL_QUOTE}}}",
     "denies: 'place' is not a key this claim gives; name the keys whose values the speakers deny, among: "
     "perpetrator, target"),
    (f"{{id: x, fact: {ATTACK}, type: Attack, target: Velmari navy, modality: denied, said_by: Lena Dorr, "
     f"denies: target, {DENIAL_QUOTE}}}",
     "denies: names every key of the claim, which is a denial of the whole fact"),
    # A mistyped key is refused for itself, and denies names the keys the claim does give.
    (f"{{id: x, fact: {ATTACK}, type: Attack, targt: Velmari navy, perpetrator: Tarsia, modality: denied, "
     f"said_by: Lena Dorr, denies: targt, {DENIAL_QUOTE}}}",
     "denies: 'targt' is not a key this claim gives; name the keys whose values the speakers deny, among: perpetrator"),
])
def test_a_misused_partial_denial_is_refused_and_the_store_is_unchanged(reef, tmp_path, claim, message):
    assert_refused(REEF, REEF_CLAIMS, reef, tmp_path, claim, message)


# -- a past act with who did it; unnamed vessels in a state's zone ---------------------------

def test_the_grounding_years_ago_is_a_deployment_of_the_ship_by_the_state(reef):
    [row] = query_rows(reef, "exercises", state="Velmar")
    assert {k: row[k] for k in ("dates", "kind", "held_by", "deployed", "place", "fact")} == {
        "dates": "2009", "kind": "deployment", "held_by": "Velmar", "deployed": "Corvus", "place": "Orlen Shoal",
        "fact": "deployment-velmar-corvus-orlen-shoal-2009"}
    located = {r["fact"]: r for r in query_rows(reef, "facts", type="Location")}
    assert located["location-corvus-orlen-shoal"]["links"] == "caused by: deployment-velmar-corvus-orlen-shoal-2009"


def test_unnamed_vessels_lie_in_a_zone_of_the_state_given_as_place(reef):
    row = {r["fact"]: r for r in query_rows(reef, "facts", type="Location")}["location-tarsian-cutters-velmar-eez-2032"]
    assert row["participants"] == "unnamed cutters (Tarsian coast guard)"
    assert "part of place: exclusive economic zone" in row["details"] and "place: Velmar" in row["details"]
    # Found under the state whose vessels they are, through the coast guard they are of.
    assert "location-tarsian-cutters-velmar-eez-2032" in {r["fact"] for r in query_rows(reef, "facts", participant="Tarsia")}


def test_unnamed_vessels_are_refused_where_a_role_takes_no_unnamed_actors(reef, tmp_path):
    assert_refused(REEF, REEF_CLAIMS, reef, tmp_path,
                   "{id: x, fact: location-x, type: Location, located: Corvus, place: unnamed waters, "
                   "quote: \"operating inside its exclusive economic zone\"}",
                   "place: takes")


# -- a state through its government, its navy and unnamed officials ------------------------

ONLY_THROUGH = {"summons-government-of-velmar-tarsian-ambassador-2032-03-09",  # Government of Velmar
                "statement-velmari-officials-protest-2032-03",  # unnamed officials of Velmar
                ATTACK}  # unnamed boats and sailors of the Velmari navy


def test_entity_queries_find_a_state_through_its_organs_and_unnamed_actors(reef):
    for name, param in (("timeline", "entity"), ("profile", "entity"), ("facts", "participant")):
        facts = {r["fact"] for r in query_rows(reef, name, **{param: "Velmar"})}
        assert ONLY_THROUGH <= facts, (name, ONLY_THROUGH - facts)
    roles = {r["fact"]: r["role"] for r in query_rows(reef, "timeline", entity="Velmar")}
    assert roles["summons-government-of-velmar-tarsian-ambassador-2032-03-09"] == "initiator, through Government of Velmar"
    assert roles["statement-velmari-officials-protest-2032-03"] == (
        "speaker, through unnamed officials")
    assert "target, through 2 unnamed boats" in roles[ATTACK]
    # Tarsia's timeline does not take Velmar's organs' facts.
    tarsia = {r["fact"] for r in query_rows(reef, "timeline", entity="Tarsia")}
    assert "statement-velmari-officials-protest-2032-03" not in tarsia


# -- exchange rates: one currency per unit of another ----------------------------------------

def test_an_exchange_rate_keeps_both_currency_codes(fx):
    units = {r["fact"]: (r["value"], r["unit"]) for r in query_rows(fx, "indicators", state="Brelia")}
    assert units == {"indicator-brelia-franc-euro-peg-2035-05": ("655.957", "XOF per EUR"),
                     "indicator-brelia-franc-dollar-close-2035-05-03": ("about 598", "XOF per USD")}
    rows = sparql_rows(fx, """SELECT ?cur ?lo ?hi ?per WHERE { fact:action-central-bank-of-brelia-dollar-band-2035-05
        gkg:value ?v . ?v schema:currency ?cur ; schema:minValue ?lo ; schema:maxValue ?hi ; gkg:perCurrency ?per }""")
    assert [(r["cur"], float(r["lo"]), float(r["hi"]), r["per"]) for r in rows] == [("XOF", 550, 620, "USD")]



# -- a target tied to the programme it belongs to --------------------------------------------

def test_a_target_shows_the_loan_it_is_a_term_of_and_its_deadline(tmp_path_factory):
    loan = built_once(tmp_path_factory, DATA / "model-v2-loan")
    targets = {r["fact"]: r["target_of"] for r in query_rows(loan, "indicators", state="Brelia")}
    assert targets == {"indicator-brelia-budget-deficit-2033": "loan-northern-fund-brelia-2031, by 2033"}


# -- effect from periods ------------------------------------------------------------------------

def test_a_measure_taking_effect_period_by_period_keeps_the_periods_in_words(fx):
    row = {r["fact"]: r for r in query_rows(fx, "facts", type="ExecutiveAction")}[
        "action-central-bank-of-brelia-export-earnings-2036"]
    assert row["dates"] == "2036"
    assert "effective for periods: financial years beginning in 2036" in row["details"]
