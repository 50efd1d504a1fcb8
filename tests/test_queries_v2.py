"""The canned queries on the model-v2 cases (tests/data/model-v2): the answers a careful
analyst reads off r1-r13, through the real ``kg build`` and ``kg query``."""

from __future__ import annotations


import re
import shutil

import pytest

from conftest import EMERGENCY, ROOT, built_once, by_fact, kg_cli, query_rows

CASES = ROOT / "tests" / "data" / "model-v2"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("queries-v2") / "kg-store"
    proc = kg_cli("build", "--corpus", CASES, "--store", path, check=0)
    return path, proc


def rows(built, name, **params):
    return query_rows(built[0], name, **params)


def test_r1_statements_by_ostravia_and_the_armys_denial_as_a_denial(built):
    by_ostravia = rows(built, "statements", speaker="Ostravia")
    shelling = [r for r in by_ostravia if r["fact"] == "accusation-ostravia-zedland-shelling"]
    assert [(r["speaker"], r["kind"], r["modality"]) for r in shelling] == [
        ("Ostravia foreign ministry", "accusation", "reported")]
    by_army = [r for r in rows(built, "statements", speaker="Zedland army") if r["article"] == "r1"]
    assert [(r["speaker"], r["kind"], r["modality"]) for r in by_army] == [
        ("Zedland army", "denial of accusation", "denied")]
    everything = rows(built, "statements")
    assert not [r for r in everything if "Zedland army" in r["speaker"] and r["kind"] == "accusation"]


def test_r1_conflicts_within_one_article_name_who_said_which(built):
    found = {(r["fact"], r["property"], r["value"]): (r["articles"], r["said_by"])
             for r in rows(built, "conflicts") if r["articles"] == "r1"}
    assert found == {
        ("agreement-pipeline", "date", "2027"): ("r1", "The Daily Lantern"),
        ("agreement-pipeline", "date", "2029"): ("r1", "Ostravia trade agency"),
        # The army's denial against the ministry's account, and Ostravia's allegation
        # (which r2 denies), are conflicts too.
        ("accusation-ostravia-zedland-shelling", "modality", "denied"): ("r1", "Zedland army"),
        ("accusation-ostravia-zedland-shelling", "modality", "reported"): ("r1", "Ostravia foreign ministry"),
        ("arms-zedland-brelia-rockets", "modality", "alleged"): ("r1", "Ostravia"),
    }


def test_r1_leaders_of_a_state_include_its_organisations(built):
    dorne = [r for r in rows(built, "leaders", of="Ostravia") if r["holder"] == "Pell Dorne"]
    assert [(r["of"], r["position"], r["tenure"]) for r in dorne] == [("Ostravia interior ministry", "spokesperson", "current")]


def test_r1_r2_a_denial_is_not_corroboration(built):
    rockets = [r for r in rows(built, "corroborated", min=1) if r["fact"] == "arms-zedland-brelia-rockets"]
    assert [(r["sources"], r["articles"], r["denied"], r["denied_in"], r["modality"]) for r in rockets] == [
        (1, "r1", 1, "r2", "alleged, denied")]
    assert "arms-zedland-brelia-rockets" not in {r["fact"] for r in rows(built, "corroborated", min=2)}


def test_r1_r2_supporters_say_the_transfer_is_alleged_and_denied(built):
    zedland = [r for r in rows(built, "supporters", state="Brelia") if r["supporter"] == "Zedland"]
    assert [(r["how"], r["fact_ids"]) for r in zedland] == [("arms (alleged, denied)", "arms-zedland-brelia-rockets")]


def test_r3_sources_say_0_corroborated(built):
    r3 = [r for r in rows(built, "sources") if r["article"] == "r3"]
    assert [(r["facts"], r["corroborated"], r["single_source"]) for r in r3] == [(1, 0, 1)]
    table = kg_cli("query", "sources", "--store", built[0], "--format", "csv", check=0).stdout
    assert "\nr3,unknown,,2031-05-04,false,,1,1,1,0,1\n" in table


def test_r5_r6_the_build_warns_of_one_meeting_under_two_ids(built):
    _, proc = built
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("Warning:")]
    assert warnings == [
        "Warning: facts 'meeting-kell-rinn' (r5 claim 'm') and 'talks-kell-rinn-port-vale' (r6 claim 'm') look like "
        "one Meeting: same participants, same date 2031-05-02; if they are, give their claims one fact id"]


def test_r10_a_superseded_agreement_is_not_current_support(built):
    ostravia = [r for r in rows(built, "supporters", state="Brelia") if r["supporter"] == "Ostravia"]
    [row] = ostravia
    assert "treaty-ostravia-brelia-2031" in row["fact_ids"]
    assert "accord-ostravia-brelia-2019" not in row["fact_ids"]


def test_r12_leaders_tell_former_elect_and_current_apart(built):
    zedland = {r["holder"]: (r["tenure"], r["title"], r["since"]) for r in rows(built, "leaders", of="Zedland")}
    assert zedland["Aron Vale"] == ("former", "former president", None)
    assert zedland["Nia Sorr"] == ("elect", "president-elect", "2031-06")
    assert zedland["Tor Ashby (colonel, Zedland army spokesman)"][0] == "current"


def test_r11_sanctions_show_measure_agency_adopting_body_condition_and_unnamed_targets(built):
    by_fact = {r["fact"]: r for r in rows(built, "sanctions")}
    freeze = by_fact["sanction-ostravia-vell-petroleum-asset-freeze"]
    assert (freeze["authority"], freeze["agency"], freeze["coordinated_with"], freeze["measure"]) == (
        "Ostravia", "sanctions office of Ostravia's finance ministry", "Brelia", "asset freeze")
    ban = by_fact["sanction-northern-union-zedland-timber"]
    assert (ban["adopted_by"], ban["since"], ban["target"]) == ("Council of the Northern Union", "2032-01-01", "Zedland")
    threat = by_fact["sanction-ostravia-threat-ban-evasion"]
    # The condition in its column, and beside the way the claim that sets it gives the fact.
    assert (threat["modality"], threat["condition"], threat["target"]) == (
        "planned (condition: helping Zedland evade the timber ban)", "helping Zedland evade the timber ban",
        "unnamed helpers of Zedland")
    assert by_fact["sanction-northern-union-listing-12"]["target"] == "12 unnamed individuals"
    # A state's sanctions include those on its companies, with the link shown.
    on_ostravia = rows(built, "sanctions", target="Ostravia")
    assert [(r["fact"], r["targets_of"]) for r in on_ostravia] == [
        ("sanction-ostravia-vell-petroleum-asset-freeze", "Vell Petroleum: Ostravia")]


def test_r9_trade_prints_value_currency_period_and_deadline(built):
    by_fact = {r["fact"]: r for r in rows(built, "trade", partner="Brelia")}
    fy = by_fact["trade-ostravia-brelia-fy2030-31"]
    assert (fy["value"], fy["currency"], fy["period"], fy["change_percent"]) == (
        "4500000000-5000000000", "USD", "2030/2031 (fiscal year 2030-31)", 12)
    target = by_fact["trade-ostravia-brelia-target-2035"]
    assert (target["value"], target["currency"], target["deadline"], target["modality"]) == (
        "10000000000", "USD", "2035", "planned")


def test_facts_finds_an_existing_fact_by_type_participant_and_date(built):
    found = rows(built, "facts", type="meeting", participant="Ana Kell", date="2031-05")
    assert [(r["fact"], r["articles"]) for r in found] == [("meeting-kell-rinn", "r5"), ("talks-kell-rinn-port-vale", "r6")]
    assert rows(built, "facts", type="Meeting", participant="Ana Kell", date="2031-06") == []
    # A class finds its subclasses: supplies include arms transfers.
    supplies = {r["fact"]: r["kind"] for r in rows(built, "facts", type="Supply", participant="Zedland")}
    assert supplies == {"arms-ostravia-zedland-patrol-boats": "arms transfer", "arms-zedland-brelia-rockets": "arms transfer",
                        "arms-zedland-rebels-drones": "arms transfer", "supply-gas-ostravia-brelia": "supply",
                        # r13: to a brigade acting for Zedland
                        "arms-ostravia-zedland-armoured-vehicles-r13": "arms transfer",
                        "arms-ostravia-zedland-kestrel-r14": "arms transfer"}


def test_r9_arms_transfers_print_two_of_six_and_the_value_in_euros(built):
    [boats] = [r for r in rows(built, "arms-transfers", supplier="Ostravia", recipient="Zedland") if r["items"] == "patrol boats"]
    assert (boats["quantity"], boats["of_total"], boats["value"], boats["currency"]) == (2, 6, "about 300000000", "EUR")


def test_visits_without_a_single_date_are_dated_by_their_start(built):
    visits = {r["fact"]: r["date"] for r in rows(built, "visits")}
    assert visits["visit-mira-holt-brelia-autumn-2031"] == "2031-09/2031-11"  # autumn, as an interval
    timeline = {r["fact"]: r["date"] for r in rows(built, "timeline", entity="Zedland")}
    assert timeline["sanction-northern-union-zedland-timber"] == "2032-01-01"  # first effective date


def test_conflicts_compare_amounts_by_value_not_wording(tmp_path):
    """Two more reports of the r9 trade figure: one gives the same range in other words
    (no conflict), the other another amount (a conflict, with who gave which)."""
    import shutil

    corpus = tmp_path / "cases"
    shutil.copytree(CASES, corpus)
    texts = {
        "r20": "Brelia's trade office said trade with Ostravia reached 4.5-5 billion US dollars in fiscal year 2030-31.\n",
        "r21": "A Zedland newspaper put trade between Ostravia and Brelia at USD 6 billion in fiscal year 2030-31.\n",
    }
    values = {"r20": "4.5-5 billion US dollars", "r21": "USD 6 billion"}
    for aid, text in texts.items():
        (tmp_path / f"{aid}.txt").write_text(text, encoding="utf-8")
        kg_cli("add-article", tmp_path / f"{aid}.txt", "--corpus", corpus, "--id", aid, "--published", "2031-05-05", check=0)
        (corpus / "claims" / f"{aid}.yaml").write_text(f"""article: {aid}
claims:
  - id: trade
    fact: trade-ostravia-brelia-fy2030-31
    type: TradeReport
    party: [Ostravia, Brelia]
    value: {values[aid]}
    period: fiscal year 2030-31
    quote: "{text.strip()}"
""", encoding="utf-8")
    store = tmp_path / "kg-store"
    kg_cli("build", "--corpus", corpus, "--store", store, check=0)
    found = {(r["fact"], r["value"]): r["articles"] for r in rows((store, None), "conflicts", fact="trade-ostravia-brelia-fy2030-31")}
    assert found == {("trade-ostravia-brelia-fy2030-31", "4.5-5 billion US dollars"): "r20, r9",
                     ("trade-ostravia-brelia-fy2030-31", "USD 6 billion"): "r21"}


# -- r13: an actor acting for a party counts for it; unnamed actors of a state --------


def test_r13_an_actor_acting_for_a_party_is_matched_by_that_party(built):
    """`{actor: …, for: …}` counts for the party in every actor filter: the unnamed
    brigade receives for Zedland; the spokesman speaks for the Zedland army, and so
    (through the army's state) for Zedland."""
    fact = "arms-ostravia-zedland-armoured-vehicles-r13"
    assert fact in {r["fact"] for r in rows(built, "arms-transfers", recipient="Zedland")}
    assert fact not in {r["fact"] for r in rows(built, "arms-transfers", recipient="Brelia")}
    said = "statement-zedland-army-brelia-interference-r13"
    for speaker in ("Zedland army", "Zedland"):
        assert said in {r["fact"] for r in rows(built, "statements", speaker=speaker)}, speaker
    assert said not in {r["fact"] for r in rows(built, "statements", speaker="Ostravia")}


def test_r13_unnamed_targets_of_a_state_are_reached_by_that_state(built):
    """`{actor: 12 unnamed individuals from Brelia, of: Brelia}` ties unnamed targets to
    their state (gkg:ofState): `sanctions target=Brelia` finds the freeze and says why."""
    fact = "sanction-ostravia-asset-freeze-r13"
    (row,) = [r for r in rows(built, "sanctions", target="Brelia") if r["fact"] == fact]
    assert row["targets_of"] == "12 unnamed individuals from Brelia: Brelia, unnamed shipping firm in Zedland: Zedland"
    assert fact in {r["fact"] for r in rows(built, "sanctions", target="Zedland")}
    assert fact not in {r["fact"] for r in rows(built, "sanctions", target="Ostravia")}


def refused(tmp_path, case: str, claim: str, old: str, new: str) -> str:
    """Ingest the claims of ``case`` (r13, r14) with ``old`` replaced by ``new`` into an
    empty store: it must be refused (exit 2, no traceback, nothing ingested) with an
    error naming the file and ``claim``. Returns the error text."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CASES, corpus)
    claims = corpus / "claims" / f"{case}.yaml"
    text = claims.read_text(encoding="utf-8")
    assert text.count(old) == 1
    claims.write_text(text.replace(old, new), encoding="utf-8")
    proc = kg_cli("ingest", "--store", tmp_path / "kg-store", claims, check=2)
    assert f"{claims}: claim '{claim}'" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "Ingested" not in proc.stdout
    return proc.stderr


def refused_r13(tmp_path, old: str, new: str) -> str:
    """:func:`refused` on r13's claim 'freeze'."""
    return refused(tmp_path, "r13", "freeze", old, new)


@pytest.mark.parametrize("target, message", [
    ("{actor: Mira Holt, of: Ostravia}", "target.of: only unnamed actors take 'of'"),
    ("{actor: 12 unnamed individuals, of: Mira Holt}", "target.of"),  # a person: neither a state nor an organisation
    ("{actor: 12 unnamed individuals, of: Brelia, for: Zedland}", "'actor' and 'of' for unnamed actors of a state"),
])
def test_r13_of_is_refused_outside_unnamed_actors_of_a_state(tmp_path, target, message):
    assert message in refused_r13(tmp_path, "[{actor: 12 unnamed individuals from Brelia, of: Brelia}, "
                                  "{actor: unnamed shipping firm in Zedland, of: Zedland}]", target)


def test_r13_in_office_in_the_articles_voice_against_a_reported_removal_is_disputed(built):
    """The article calls Voss President; the rebels it quotes say he was removed. Neither
    wins: `leaders` says disputed, `conflicts` names who says which."""
    [voss] = [r for r in rows(built, "leaders", of="Brelia") if r["holder"] == "Ilan Voss"]
    assert (voss["tenure"], voss["title"]) == ("disputed", "President")
    said = {(r["value"], r["said_by"], r["modality"]) for r in rows(built, "conflicts", fact="position-ilan-voss-president-brelia")}
    assert said == {("in office", "", "asserted"), ("ended", "Zedland rebels", "reported")}


def test_r13_in_office_is_refused_on_anything_but_a_position(tmp_path):
    error = refused_r13(tmp_path, "    measure: asset freeze\n", "    measure: asset freeze\n    status: in office\n")
    # Refused as the file is read (gkg:statusFor), naming the class and the statuses it takes.
    assert "status: 'in office' is said of a PositionHeld only, not of a Sanction; a Sanction takes: accepted," in error


def test_visits_show_the_host_and_who_received_the_visitor(built):
    by_fact = {r["fact"]: r for r in rows(built, "visits")}
    delegation = by_fact["visit-zedland-delegation-brelia-r12"]
    assert (delegation["visitor"], delegation["host_state"], delegation["host"]) == (
        "unnamed delegation for Zedland", "Brelia", "Deniz Kaur")
    assert by_fact["visit-mira-holt-brelia-autumn-2031"]["host"] is None


def test_r13_a_state_as_the_place_of_a_fact(built):
    """"attacked a convoy in Brelia": `place: Brelia`, a state, where the text names
    nothing narrower; the facts query finds the attack by its place."""
    found = {r["fact"] for r in rows(built, "facts", type="Attack", participant="Brelia")}
    assert found == {"attack-zedland-rebels-convoy-brelia-r13"}


def test_r13_the_chair_of_a_meeting(built):
    [talks] = [r for r in rows(built, "meetings", person="Ana Kell") if r["fact"] == "meeting-ostravia-brelia-port-vale-r13"]
    assert (talks["chair"], talks["participants"]) == ("Ana Kell", "Ana Kell, Brelia, Ostravia")
    assert all(r["chair"] is None for r in rows(built, "meetings") if r["fact"] != "meeting-ostravia-brelia-port-vale-r13")


def test_r13_chair_is_refused_outside_a_meeting_or_vote(tmp_path):
    error = refused_r13(tmp_path, "    measure: asset freeze\n", "    measure: asset freeze\n    chair: Ana Kell\n")
    assert "chair" in error


def test_a_link_to_another_fact_takes_a_fact_id(tmp_path):
    error = refused_r13(tmp_path, "    measure: asset freeze\n", "    measure: asset freeze\n    inResponseTo: Brelia's provocations\n")
    assert "inResponseTo: expected the id of another fact" in error


def test_a_military_rank_belongs_to_a_position_held(tmp_path):
    error = refused_r13(tmp_path, "    measure: asset freeze\n", "    measure: asset freeze\n    militaryRank: General\n")
    assert "militaryRank" in error and "PositionHeld" in error


# -- r14: unnamed actors of a state in every filter; threats, single-group meetings,
# foundings, positions of a place, journeys, ages, equipment models --------------------

def test_r14_filters_reach_unnamed_actors_of_a_state(built):
    """`{actor: unnamed officials from Brelia, of: Brelia}` counts for Brelia in the
    visits, leaders and stages filters, as it does in sanctions; not for another state."""
    visit, office, accord = ("visit-brelia-officials-zedland-r14", "position-kesh-amon-spokesman-r14",
                             "agreement-zedland-ostravia-harbour-accord-r14")
    assert visit in {r["fact"] for r in rows(built, "visits", state="Brelia")}
    assert visit not in {r["fact"] for r in rows(built, "visits", state="Ostravia")}
    (spokesman,) = [r for r in rows(built, "leaders", of="Brelia") if r["fact"] == office]
    assert (spokesman["of"], spokesman["holder"], spokesman["tenure"]) == ("unnamed ministry of Brelia", "Kesh Amon", "current")
    assert office not in {r["fact"] for r in rows(built, "leaders", of="Zedland")}
    (stage,) = rows(built, "stages", party="Zedland")
    assert (stage["fact"], stage["date"], stage["status"], stage["party"]) == (accord, "2031-04", "ratified", "unnamed lawmakers in Zedland")
    assert rows(built, "stages", party="Brelia") == []


def test_a_surname_alone_names_a_person_and_an_ambiguous_one_is_refused(built):
    """`person=holt` (any case) is Mira Holt, as her full name is; `ashby` fits two
    people and is refused with both, described; a surname nobody has stays unknown."""
    assert rows(built, "leaders", person="HOLT") == rows(built, "leaders", person="Mira Holt") != []
    proc = kg_cli("query", "leaders", "--store", built[0], "--param", "person=ashby", check=2)
    assert "'ashby' names several people: Tor Ashby (businessman)" in proc.stderr
    assert "Tor Ashby (colonel, Zedland army spokesman)" in proc.stderr and "Traceback" not in proc.stderr
    assert "no person called 'dorn'" in kg_cli("query", "leaders", "--store", built[0], "--param", "person=dorn", check=2).stderr
    proc = kg_cli("query", "profile", "--store", built[0], "--param", "entity=ashby", check=2)
    assert "'ashby' names several entities: Tor Ashby (businessman)" in proc.stderr


@pytest.mark.parametrize("typed, meant", [("supply", "supplies"), ("meeting", "meetings"), ("suplies", "supplies")])
def test_a_canned_query_named_in_the_singular_or_misspelt_gets_a_suggestion(built, typed, meant):
    err = kg_cli("query", typed, "--store", built[0], check=2).stderr
    assert f"no canned query named {typed!r}; did you mean {meant}" in err, err


def test_r14_a_threat_is_a_statement_with_its_action_condition_and_deadline(built):
    (threat,) = [r for r in rows(built, "statements", speaker="Ostravia") if r["kind"] == "threat"]
    assert (threat["about"], threat["fact"]) == ("Zedland", "threat-ostravia-zedland-sanctions-r14")
    graph = kg_cli("export", "--store", built[0], "--format", "nq", check=0).stdout
    fact = "<https://w3id.org/geopolitics-kg/id/fact/threat-ostravia-zedland-sanctions-r14>"
    for triple in (f'{fact} <https://w3id.org/geopolitics-kg/ontology#threatenedAction> "sanctions"',
                   f'{fact} <https://w3id.org/geopolitics-kg/ontology#deadline> "2031-06-01"^^<http://www.w3.org/2001/XMLSchema#date>',
                   f'{fact} <https://w3id.org/geopolitics-kg/ontology#condition> "if Zedland\'s troops do not leave the border zone"'):
        assert triple in graph, triple


def test_r14_one_group_may_hold_a_meeting(built):
    """"The defence chiefs will meet": one unnamed group is a meeting (the build
    validated it); one named person alone is refused (tests/test_input_checks.py)."""
    (chiefs,) = [r for r in rows(built, "meetings") if r["fact"] == "meeting-northern-union-defence-chiefs-r14"]
    assert (chiefs["participants"], chiefs["modality"]) == ("unnamed defence chiefs", "planned")


def test_r14_founding_age_replacement_and_equipment_models(built):
    found = {r["fact"]: r for r in rows(built, "facts", participant="Northern Grain Union")}
    founding = found["founding-northern-grain-union-r14"]
    assert (founding["kind"], founding["dates"], founding["participants"]) == ("founding", "2020", "Northern Grain Union, Ostravia, Zedland")
    (age,) = rows(built, "facts", type="Age")
    assert (age["fact"], age["dates"], age["participants"]) == ("age-bo-rinn-r14", "2031-05-12", "Bo Rinn")
    kestrel = {r["fact"]: r for r in rows(built, "facts", participant="Kestrel")}
    assert set(kestrel) == {"replacement-vx-9-kestrel-r14", "arms-ostravia-zedland-kestrel-r14", "component-kestrel-radios-harrow-r15"}
    (jets,) = [r for r in rows(built, "arms-transfers", recipient="Zedland") if r["model"] == "Kestrel"]
    assert (jets["items"], jets["quantity"], jets["modality"]) == ("jets", 12, "planned")
    assert "ownership-zedland-air-force-vx-9-r14" in {r["fact"] for r in rows(built, "facts", participant="Vx-9")}


def test_r14_a_part_of_unnamed_actors_counted_apart(built):
    """"Nine delegates, four of them foreign ministers": the four are a part of the nine
    (gkg:subgroupOf), each group with its count; `facts` says which is among which."""
    (meeting,) = rows(built, "facts", type="Meeting", date="2031-05-05")
    assert meeting["participants"] == "4 unnamed foreign ministers (among 9 unnamed delegates), 9 unnamed delegates"


def test_r14_sanctions_evasion_names_the_evader_the_intermediary_and_the_sanction(built):
    (evasion,) = rows(built, "facts", type="sanctions evasion")
    assert (evasion["participants"], evasion["links"]) == ("Brelia, Zedland", "evaded: sanction-northern-union-zedland-timber")
    assert evasion["fact"] in {r["fact"] for r in rows(built, "facts", participant="Brelia")}


def test_r14_a_position_of_a_place(built):
    (mayor,) = rows(built, "leaders", of="Port Vale")
    assert (mayor["holder"], mayor["position"], mayor["tenure"]) == ("Bo Rinn", "mayor", "former")


def test_r14_a_journey_keeps_its_route_in_order(built):
    (trip,) = rows(built, "journeys", place="Ostravia")
    assert (trip["kind"], trip["traveller"], trip["origin"], trip["stops"], trip["destination"]) == (
        "travel", "Mira Holt", "Port Vale", "Brelia – Ostravia", "Zedland")
    # her visit to Brelia is a journey too, its destination the host state
    assert [(r["kind"], r["destination"]) for r in rows(built, "journeys", traveller="Mira Holt")] == [
        ("visit", "Brelia"), ("travel", "Zedland")]
    assert rows(built, "journeys", place="Northern Union") == []


@pytest.mark.parametrize("claim, old, new, message", [
    ("flight", "stop: [Brelia, Ostravia]", "stop: [Brelia, Mira Holt]", "stop: 'Mira Holt' is a Person, but stop takes a Place or a State"),
    ("flight", "stop: [Brelia, Ostravia]", "stop: []", "stop: an empty list"),
    ("threat", "threatenedAction: sanctions", "threatenedAction: [sanctions, [force]]", "threatenedAction: expected text"),
    ("spokesman", "positionOf: {actor: unnamed ministry of Brelia, of: Brelia}", "positionOf: {actor: Port Vale, of: Brelia}",
     "positionOf.of: only unnamed actors take 'of'"),
    ("ratified", "party: {actor: unnamed lawmakers in Zedland, of: Zedland}}", "party: {actor: unnamed lawmakers, for: Zedland}}",
     "stage.party: a qualified role is a mapping with 'actor' and 'of'"),
    ("jets", "model: Kestrel", "model: Zedland air force", "model: 'Zedland air force' is an ArmedForces, but model takes an EquipmentModel"),
    ("age", "years: 64", "years: in his sixties", "years: expected a whole number"),
    ("age", "person: Bo Rinn", "person: Brelia", "person: 'Brelia' is a State, but person takes a Person"),
    ("founded", "type: Founding", "type: Meeting", "founder"),
    ("delegates", "among: 4 unnamed foreign ministers}", "among: 12 unnamed foreign ministers}",
     "participant.among: '12 unnamed foreign ministers' counts more than the 9 of '9 unnamed delegates'"),
    ("delegates", "{actor: 9 unnamed delegates, among: 4 unnamed foreign ministers}", "{actor: Mira Holt, among: 4 unnamed foreign ministers}",
     "participant.among: the parts of unnamed actors are unnamed actors themselves"),
    ("delegates", "among: 4 unnamed foreign ministers}", "among: Kestrel}",
     "participant.among: 'Kestrel' is an EquipmentModel, but participant.among takes a State or an Organisation"),
])
def test_r14_misused_keys_are_refused(tmp_path, claim, old, new, message):
    assert message in refused(tmp_path, "r14", claim, old, new)


# -- r15: results per candidate, dates relative to another fact, occupations, ranks,
# locations, components, colonial rule, an organisation's state, readiness, inability --

def test_r15_elections_list_each_sides_figures_per_candidate_with_who_gives_them(built):
    """The commission's partial count and the opposition's tally are rival figures: one
    row per candidate and side, with the votes, share, share counted and speakers."""
    found = rows(built, "elections", place="Brelia")
    assert [(r["candidate"], r["votes"], r["share"], r["counted"], r["said_by"]) for r in found] == [
        ("Ilan Voss", 1204300, 52.5, 90, "Nia Sorr"),
        ("Ilan Voss", 998000, None, None, "unnamed opposition"),
        ("Lina Varo", 1310000, None, None, "unnamed opposition"),
        ("Lina Varo", None, 41, 90, "Nia Sorr")]
    # Each row's winner is the one the speaker of its figures names.
    assert {(r["said_by"], r["date"], r["held_in"], r["winner"]) for r in found} == {
        ("Nia Sorr", "2031-05-11", "Brelia", "Ilan Voss"), ("unnamed opposition", "2031-05-11", "Brelia", "Lina Varo")}
    assert [r["votes"] for r in rows(built, "elections", candidate="Lina Varo")] == [1310000, None]
    assert rows(built, "elections", place="Zedland") == []


def test_r15_a_date_relative_to_another_fact_is_kept_with_its_delay_and_bounds(built):
    """'within days of the election' (dated 2031-05-11 in the same file) lies between
    2031-05-11 and 2031-05-18; 'more than eight hours after polls closed' from 2031-05-11
    on; timeline and facts sort and show them by those days."""
    facts = by_fact(rows(built, "facts", type="Sanction", participant="Ilan Voss"))
    assert facts["sanction-ostravia-voss-asset-freeze-r15"]["dates"] == \
        "2031-05-11/2031-05-18 (within days after election-brelia-president-r15)"
    statement = by_fact(rows(built, "facts", type="Statement", participant="Nia Sorr"))["statement-nia-sorr-election-figures-r15"]
    assert statement["dates"] == "after 2031-05-11 (more than eight hours after election-brelia-president-r15)"
    assert by_fact(rows(built, "facts", type="Sanction", date="2031-05"))["sanction-ostravia-voss-asset-freeze-r15"]
    timeline = [(r["date"], r["fact"]) for r in rows(built, "timeline", entity="Ilan Voss") if r["fact"].endswith("-r15")]
    assert timeline[:2] == [("2031-05-11", "election-brelia-president-r15"),
                            ("2031-05-11/2031-05-18", "sanction-ostravia-voss-asset-freeze-r15")]


def test_r15_occupation_rank_location_component_colonial_rule_and_an_organisations_state(built):
    details = {f: r["details"] for f, r in by_fact(rows(built, "facts")).items() if f.endswith("-r15")}
    assert details["occupation-lina-varo-judge-r15"] == "occupation: judge; status: retired"
    assert details["rank-deniz-kaur-major-general-r15"] == "military rank: Major-General"
    assert details["location-vell-pipeline-grey-sea-r15"] == "description: under the sea; place: Grey Sea"
    assert details["component-kestrel-radios-harrow-r15"] == "item: Brelian radios"
    assert details["control-ostravia-brelia-colonial-r15"] == "form of control: colonial; status: ended"
    assert details["sanction-brelia-heavy-r15"] == "chiefly: Ostravia"
    assert details["sanction-zedland-ana-kell-entry-ban-r15"] == "duration, in words: more than ten years; measure: entry ban"
    assert details["statement-brelia-commission-polling-station-results-r15"] == "quantity of: polling stations; quantity: about 4000; subject: the results of each polling station"
    assert details["supply-gas-vell-petroleum-brelia-r15"] == "amount: about 2 billion cubic metres per year; item: gas; period label: in recent years"
    parts = {f: r["participants"] for f, r in by_fact(rows(built, "facts", participant="Grey Sea")).items()}
    assert parts == {"location-vell-pipeline-grey-sea-r15": "Vell pipeline (gas pipeline from Ostravia to Brelia)"}
    assert set(by_fact(rows(built, "facts", type="OrganisationCountry"))) == {"organisation-country-vell-petroleum-ostravia-r15"}
    assert set(by_fact(rows(built, "facts", type="component", participant="Harrow"))) == {"component-kestrel-radios-harrow-r15"}


def test_r15_a_readiness_is_willing_and_an_inability_never_counts_as_a_source(built):
    meeting = [r for r in rows(built, "timeline", entity="Lina Varo") if r["fact"] == "meeting-lina-varo-ilan-voss-r15"]
    assert [(r["modality"], r["sources"]) for r in meeting] == [("willing", 1)]
    check = by_fact(rows(built, "facts", type="Assessment"))["assessment-brelia-opposition-verify-results-r15"]
    # No source for the check; the inability is counted as a negative source, never a source.
    assert (check["sources"], check["polarity"]) == ("1 (negative)", "negative")


def test_r15_supplies_of_a_state_include_its_companies(built):
    """Vell Petroleum is Ostravia's state company (registry 'of'): `supplies party=Ostravia` finds its gas."""
    found = by_fact(rows(built, "supplies", party="Ostravia"))
    assert found["supply-gas-vell-petroleum-brelia-r15"]["supplier"] == "Vell Petroleum"
    assert "supply-gas-vell-petroleum-brelia-r15" not in by_fact(rows(built, "supplies", party="Zedland"))


@pytest.mark.parametrize("claim, old, new, message", [
    ("commission-figures", "{candidate: Ilan Voss, votes: 1204300, share: 52.5, counted: 90}", "{votes: 1204300}",
     "result: a result is a mapping with 'candidate' (or, for a referendum, 'option'"),
    ("commission-figures", "votes: 1204300", "votes: '1.204.300'", "result.votes: a whole number of votes"),
    ("commission-figures", "share: 52.5", "share: 152.5", "result.share: a percentage from 0 to 100"),
    ("commission-figures", "{candidate: Ilan Voss, votes: 1204300", "{candidate: Grey Sea, votes: 1204300", "result.candidate: 'Grey Sea' is a Region"),
    ("freeze", "delay: within days}", "delay: by and by}", "date.delay: invalid delay 'by and by'"),
    ("freeze", "{after: election-brelia-president-r15, delay: within days}", "{after: election-brelia-president-r15, within: 7 days}",
     "date: a date relative to another fact is a mapping with 'after' or 'before'"),
    ("freeze", "{after: election-brelia-president-r15, delay: within days}", "{after: sanction-ostravia-voss-asset-freeze-r15, delay: within days}",
     "a fact cannot be dated relative to itself"),
    ("unable", "modality: unable", "modality: unable\n    polarity: positive", "a claim with modality unable says the act did not happen"),
    ("gas", "period: in recent years", "firstSince: in recent years", "firstSince: takes one date, not the period 'in recent years'"),
    ("pipeline-location", "located: Vell pipeline", "located: Zedland rebels", "located: 'Zedland rebels' is a Group"),
    ("chiefly", "chiefly: Ostravia", "controlForm: colonial", "key 'controlForm' does not apply to a Sanction"),
    ("chiefly", "chiefly: Ostravia", "chiefly: Zedland", "chiefly: names the main one of the actors of a role in this claim"),
    ("entry-ban", "duration: more than ten years", "duration: more than a while", "duration: invalid duration"),
])
def test_r15_misused_keys_are_refused(tmp_path, claim, old, new, message):
    assert message in refused(tmp_path, "r15", claim, old, new)


# -- r16: what the canned queries must read right (bounds, intervals, modality, deadlines,
# relative dates, actors acting for an entity, first visits since) -------------------

def test_r16_facts_show_bounded_counts_intervals_and_modality(built):
    """"more than 40 people" keeps its bound word; an interval (date or period) is
    start/end, not its start; a planned ceasefire says planned, an asserted attack asserted."""
    found = by_fact(rows(built, "facts", participant="Quell"))
    attack = found["attack-quell-liberation-front-r16"]
    assert (attack["details"], attack["modality"]) == ("place: Quell; quantity of: people killed; quantity: more than 40", "asserted")
    ceasefire = found["agreement-quell-front-ceasefire-r16"]
    assert (ceasefire["dates"], ceasefire["modality"]) == ("2031-07-05/2031-08-20", "planned")
    talks = found["meeting-quell-front-settlement-talks-r16"]
    assert (talks["dates"], talks["modality"]) == ("2031-07-10/2031-09-30", "planned")
    assert found["meeting-ostravia-quell-summit-r16"]["dates"] == "2031-07-01/2031-07-02"
    # An exact count and a negative claim, elsewhere in the cases, as before.
    boats = by_fact(rows(built, "facts", type="ArmsTransfer", participant="Zedland"))["arms-ostravia-zedland-patrol-boats"]
    assert "quantity: 2" in boats["details"].split("; ") and "total quantity: 6" in boats["details"].split("; ")
    unpublished = by_fact(rows(built, "facts", type="Statement", participant="electoral commission of Brelia"))
    assert unpublished["statement-brelia-commission-polling-station-results-r15"]["modality"] == "asserted (negative)"


def test_r16_one_sided_amounts_read_in_words_in_every_query_that_prints_amounts(built):
    agreements = by_fact(rows(built, "agreements", state="Quell"))
    assert [(agreements[f]["amount"], agreements[f]["deadline"]) for f in (
        "agreement-ostravia-quell-grain-reserves-r16", "agreement-ostravia-quell-state-silos-r16",
        "agreement-ostravia-quell-private-stores-r16")] == [
        ("5 percent", "2036"), ("at least 3.5 percent", "2036"), ("up to 1.5 percent", "2036")]
    assert agreements["agreement-quell-front-ceasefire-r16"]["deadline"] is None
    (grain,) = rows(built, "supplies", party="Quell")
    assert grain["amount"] == "at least 2000000 tonnes a year"  # per P1Y, in words
    (boats,) = rows(built, "arms-transfers", recipient="Quell")
    assert (boats["value"], boats["currency"]) == ("up to 40000000", "EUR")
    (trade,) = rows(built, "trade", partner="Quell")
    assert (trade["value"], trade["currency"]) == ("at least 3000000000", "USD")
    # A range keeps its dash.
    assert by_fact(rows(built, "trade", partner="Brelia"))["trade-ostravia-brelia-fy2030-31"]["value"] == "4500000000-5000000000"


def test_r16_a_statement_dated_before_another_fact_takes_the_derived_days(built):
    """"Before the summit" (1-2 July): `statements` and `timeline` give the days the
    build derived, as `facts` shows them, not the article's date (2031-07-04); `statements`
    names the other fact after them, as `facts` does."""
    fact = "statement-oren-tal-chart-quell-reserves-r16"
    derived = by_fact(rows(built, "facts", participant="Oren Tal"))[fact]["dates"]
    assert derived.endswith(" (at least 0 days before meeting-ostravia-quell-summit-r16)")
    days = derived.split(" (")[0]
    assert days.startswith("before 2031-07-0")
    (said,) = [r for r in rows(built, "statements", speaker="Oren Tal") if r["fact"] == fact]
    assert said["date"] == derived
    assert {r["fact"]: r["date"] for r in rows(built, "timeline", entity="Oren Tal")}[fact] == days


def test_r16_timeline_includes_an_actor_acting_for_the_entity_and_names_entities_only(built):
    front = by_fact(rows(built, "timeline", entity="Quell Liberation Front"))
    attack = front["attack-quell-liberation-front-r16"]
    assert (attack["date"], attack["role"], attack["with"]) == ("2031-06", "perpetrator: unnamed gunmen (acting for it)", "unnamed gunmen")
    assert set(front) == {"attack-quell-liberation-front-r16", "agreement-quell-front-ceasefire-r16",
                          "meeting-quell-front-settlement-talks-r16"}
    chart = by_fact(rows(built, "timeline", entity="Quell"))["statement-oren-tal-chart-quell-reserves-r16"]
    assert (chart["role"], chart["with"]) == ("about, speaker: Oren Tal (acting for it)", "Oren Tal")  # not "1.2 percent"


def test_r16_visits_show_the_first_since(built):
    (visit,) = rows(built, "visits", person="Oren Tal")
    assert (visit["date"], visit["host_state"], visit["first_since"]) == ("2031-07-03", "Brelia", "2027")


def test_add_article_writes_the_corpus_form(tmp_path):
    """The entry `kg add-article` appends reads as the corpora's own entries: the date
    unquoted, published_inferred and published_basis from the header or the options."""
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "entities.yaml").write_text("- {id: quell, type: State, label: Quell}\n", encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_text('Date: 2031-07-04\nPublished-Inferred: true\nPublished-Basis: "on Friday": the talks were on 4 July\n'
                      "Title: Quell: talks end\n\nThe talks in Quell ended on Friday.\n", encoding="utf-8")
    kg_cli("add-article", source, "--corpus", corpus, "--id", "q1", check=0)
    other = tmp_path / "b.txt"
    other.write_text("Quell's envoy left.\n", encoding="utf-8")
    kg_cli("add-article", other, "--corpus", corpus, "--id", "q2", "--published", "2031-07-05", "--published-stated",
           "--published-basis", "the dateline", check=0)
    entries = (corpus / "articles.yaml").read_text(encoding="utf-8").split("\n\n")
    assert entries[0].splitlines()[4:] == [
        "  publisher: null", "  published: 2031-07-04", "  published_inferred: true",
        '  published_basis: "\\"on Friday\\": the talks were on 4 July"', '  title: "Quell: talks end"']
    assert entries[1].splitlines()[4:] == [
        "  publisher: null", "  published: 2031-07-05", "  published_inferred: false", '  published_basis: "the dateline"']
    # A yes/no field that is neither is refused, and nothing is written.
    before = (corpus / "articles.yaml").read_bytes()
    third = tmp_path / "c.txt"
    third.write_text("Published-Inferred: maybe\n\nA third text.\n", encoding="utf-8")
    proc = kg_cli("add-article", third, "--corpus", corpus, check=2)
    assert "c.txt: published_inferred 'maybe': use true or false" in proc.stderr and "Traceback" not in proc.stderr
    assert (corpus / "articles.yaml").read_bytes() == before


def test_build_warns_of_listed_articles_without_claims(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CASES, corpus, ignore=shutil.ignore_patterns("r[1-9].yaml", "r1[0-5].yaml"))
    assert sorted(p.name for p in (corpus / "claims").iterdir()) == ["r16.yaml"]
    proc = kg_cli("build", "--corpus", corpus, "--store", tmp_path / "kg-store", check=0)
    assert "Built " in proc.stdout and ": 1 article," in proc.stdout
    assert re.search(r"^1 article, \d+ claims \(", proc.stdout, re.M), proc.stdout  # the store's counts (kg stats)
    assert (f"Warning: 15 of the 16 articles listed in {corpus / 'articles.yaml'} have no claims file in "
            f"{corpus / 'claims'} and are not in the store: r1, r2, r3") in proc.stderr


MORO = ("Brelian army chief Dal Moro arrived in Ostravia on 4 March 2031, his first visit there since the coup. "
        "The army seized power in Brelia in February 2027.\n")
MORO_CLAIMS = """article: moro
entities:
  - {id: ostravia, type: State, label: Ostravia}
  - {id: brelia, type: State, label: Brelia}
  - {id: brelian-army, type: ArmedForces, label: Brelian army, aliases: [army], of: brelia}
  - {id: dal-moro, type: Person, label: Dal Moro}
claims:
  - id: visit
    fact: visit-dal-moro-ostravia-2031-03-04
    type: Visit
    visitor: Dal Moro
    hostState: Ostravia
    date: 2031-03-04
    firstSince: coup-brelia-2027-02
    quote: "Brelian army chief Dal Moro arrived in Ostravia on 4 March 2031, his first visit there since the coup"
  - id: coup
    fact: coup-brelia-2027-02
    type: SeizureOfPower
    perpetrator: army
    place: Brelia
    date: 2027-02
    quote: "The army seized power in Brelia in February 2027"
"""


@pytest.mark.parametrize("written, message", [
    (None, None),
    ("{after: coup-brelia-2027-02}", "firstSince: takes a date (firstSince: 2019) or the id of the earlier fact itself "
                                     "(firstSince: coup-brelia-2027-02), not a mapping"),
    ("visit-dal-moro-ostravia-2031-03-04", "firstSince: a fact cannot be the first of its kind since itself"),
    ("the coup", "firstSince: invalid date 'the coup'; use YYYY-MM-DD, YYYY-MM or YYYY, or the id of the earlier fact"),
])
def test_first_since_an_event_names_its_fact_and_visits_show_it(tmp_path, written, message):
    """'His first visit since the coup': firstSince takes the coup's fact id; visits
    show it with the coup's date, facts list the link. Other forms are refused with
    the form to write, and nothing is written."""
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    story = tmp_path / "moro.txt"
    story.write_text(f"Date: 2031-03-05\n\n{MORO}", encoding="utf-8")
    kg_cli("add-article", story, "--corpus", corpus, "--id", "moro", check=0)
    claims = corpus / "claims" / "moro.yaml"
    store = tmp_path / "kg-store"
    if written is None:
        claims.write_text(MORO_CLAIMS, encoding="utf-8")
        kg_cli("build", "--corpus", corpus, "--store", store, check=0)
        [visit] = query_rows(store, "visits", person="Dal Moro")
        assert (visit["first_since"], visit["fact"]) == ("coup-brelia-2027-02 (2027-02)", "visit-dal-moro-ostravia-2031-03-04")
        [fact] = query_rows(store, "facts", type="Visit")
        assert fact["links"] == "first since: coup-brelia-2027-02"
        return
    claims.write_text(MORO_CLAIMS.replace("firstSince: coup-brelia-2027-02", f"firstSince: {written}"), encoding="utf-8")
    err = kg_cli("build", "--corpus", corpus, "--store", store, check=2).stderr
    # A bad date is reported at its key's line, other refusals at the claim's.
    assert (f"{claims}: claim 'visit' (line 8): {message}" in err
            or f"{claims}: claim 'visit', firstSince (line 14): {message}" in err), err
    assert "Traceback" not in err and not store.exists()


# -- a declaration of martial law, its lifting and an impeachment: votes and their
# tallies, suspended and acting holders, unnamed travellers of a party -------------------




def test_votes_show_each_parliamentary_vote_with_its_tally_and_elections_only_elections(emergency):
    votes = query_rows(emergency, "votes", body="Zedland parliament")
    assert [(r["date"], r["subject"], r["outcome"], r["for"], r["against"], r["abstentions"], r["tally"]) for r in votes] == [
        ("2031-03-04", "demand that martial law be lifted", "passed", 190, 0, None, "190-0"),
        ("2031-03-14", "impeachment motion; against Aron Vale", "passed", 204, 85, 3, "204-85, 3 abstentions"),
        (None, "against Aron Vale", "failed for lack of a quorum", None, None, None, None)]
    assert [r["fact"] for r in query_rows(emergency, "votes", target="Aron Vale")] == [
        "vote-zedland-parliament-impeach-vale-2031-03-14", "vote-zedland-parliament-impeach-vale-first"]
    # The conditional presidential election is an election; the parliament's votes are not.
    assert [r["election"] for r in query_rows(emergency, "elections")] == ["election-zedland-president-after-removal"]
    [election] = [r for r in query_rows(emergency, "votes") if r["kind"] == "election"]
    assert (election["body"], election["modality"], election["tally"]) == ("Zedland", "planned", None)


def test_leaders_mark_a_suspended_holder_and_an_acting_one(emergency):
    leaders = by_fact(query_rows(emergency, "leaders", of="Zedland"))
    assert leaders["position-aron-vale-president-zedland"]["tenure"] == "suspended"
    assert leaders["position-ida-renn-acting-president-zedland"]["tenure"] == "acting"


def test_two_current_holders_of_one_position_name_each_other(tmp_path):
    corpus = tmp_path / "emergency"
    shutil.copytree(EMERGENCY, corpus)
    claims = (EMERGENCY / "claims" / "e1.yaml").read_text(encoding="utf-8")
    renn = """  - {id: renn-head, fact: position-ida-renn-head-of-state-zedland, type: PositionHeld, holder: Ida Renn,
     position: head of state, positionOf: Zedland, quote: "Prime Minister Ida Renn takes over"}
"""
    store = tmp_path / "kg-store"
    # Without the suspension, both holders of the head of state's office are current.
    (corpus / "claims" / "e1.yaml").write_text(
        claims.replace("    stage: {status: suspended, date: 2031-03-14}\n", "") + renn, encoding="utf-8")
    kg_cli("build", "--corpus", corpus, "--store", store, check=0)
    leaders = by_fact(query_rows(store, "leaders", of="Zedland"))
    assert leaders["position-ida-renn-head-of-state-zedland"]["tenure"] == "current (also held by Aron Vale)"
    assert leaders["position-aron-vale-president-zedland"]["tenure"] == "current (also held by Ida Renn)"
    assert leaders["position-ida-renn-acting-president-zedland"]["tenure"] == "acting"


def test_journeys_of_unnamed_travellers_name_and_match_their_party(emergency):
    [trip] = query_rows(emergency, "journeys", traveller="Unity Party")
    assert (trip["traveller"], trip["destination"]) == ("dozens of unnamed members of parliament of Unity Party", "Port Vale")
    [inside] = query_rows(emergency, "journeys", traveller="Zedland parliament")
    assert (inside["traveller"], inside["destination"]) == (
        "enough unnamed members to hold a vote of Zedland parliament", "parliament building")


# -- Three newcomers' articles (tests/data/newcomer-*): what the canned queries must read
# -- off claims written by people new to the format (a withdrawal from ECOWAS, an IMF
# -- loan, a clash at sea), row for row.

NEWCOMERS = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def withdrawal(tmp_path_factory):
    return built_once(tmp_path_factory, NEWCOMERS / "newcomer-withdrawal")


@pytest.fixture(scope="module")
def loan(tmp_path_factory):
    return built_once(tmp_path_factory, NEWCOMERS / "newcomer-loan")


@pytest.fixture(scope="module")
def clash(tmp_path_factory):
    return built_once(tmp_path_factory, NEWCOMERS / "newcomer-clash")


def test_agreements_show_a_sum_of_money_a_stage_unnamed_parties_and_who_gives_a_purpose(loan):
    """'value: USD 20 billion', 'stage: {status: adopted, ...}', parties '{actor: unnamed
    staff, of: IMF}' and a purpose Caputo gives: each printed, none left empty."""
    deals = by_fact(query_rows(loan, "agreements"))
    eff = deals["agreement-imf-argentina-eff-2025"]
    assert (eff["amount"], eff["status"], eff["purpose"], eff["parties"], eff["duration"]) == (
        "20000000000 USD", "adopted by IMF Executive Board on 2025-04-11",
        "recapitalise the central bank (said by Luis Caputo)", "Argentina, International Monetary Fund", "4 years")
    staff = deals["agreement-imf-argentina-staff-level-2025-04-08"]
    assert staff["parties"] == "unnamed officials (Argentina), unnamed staff (International Monetary Fund)"
    # The parties' state still finds them.
    assert "agreement-imf-argentina-staff-level-2025-04-08" in by_fact(query_rows(loan, "agreements", state="Argentina"))


def test_agreements_keep_a_purpose_in_the_articles_own_voice(withdrawal):
    [treaty] = query_rows(withdrawal, "agreements", state="Mali")
    assert (treaty["fact"], treaty["purpose"], treaty["status"]) == (
        "agreement-aes-confederation-treaty-2024-07-06", "turning the alliance into a confederation", "signed")


def test_meetings_show_who_did_not_attend(withdrawal):
    """'Mali, Burkina Faso and Niger did not attend': the only attendee information of the
    summit, three roles not held, marked as such and never attendees."""
    summit = by_fact(query_rows(withdrawal, "meetings"))["meeting-ecowas-summit-abuja-2024-12-15"]
    assert (summit["participants"], summit["chair"], summit["attendees"]) == (
        "unnamed heads of state (Economic Community of West African States)", "Bola Tinubu",
        "not: Burkina Faso, not: Mali, not: Niger")
    assert [r["fact"] for r in query_rows(withdrawal, "meetings", state="Mali")] == ["meeting-aes-summit-niamey-2024-07-06"]


def test_supporters_say_planned_conditional_terms_and_whom_unnamed_backers_belong_to(withdrawal, loan, clash):
    assert {r["supporter"]: (r["acting_for"], r["how"], r["fact_ids"]) for r in query_rows(withdrawal, "supporters", state="Mali")} == {
        s: (None, "agreement, military (planned, condition: if one member is attacked)",
            "agreement-aes-confederation-treaty-2024-07-06, support-aes-mutual-defence")
        for s in ("Burkina Faso", "Niger")}
    assert [(r["supporter"], r["how"]) for r in query_rows(clash, "supporters", state="Philippines")] == [
        ("United States", "agreement, military (planned, condition: armed attacks on Philippine public vessels in the South China Sea)")]
    assert [(r["supporter"], r["acting_for"], r["how"], r["fact_ids"]) for r in query_rows(loan, "supporters", state="Argentina")] == [
        ("International Monetary Fund", None, "agreement, economic (USD 12 billion), economic (planned, about USD 2 billion)",
         "agreement-imf-argentina-eff-2025, agreement-imf-argentina-loan-2018, "
         "disbursement-imf-argentina-eff-tranche-1, disbursement-imf-argentina-eff-tranche-2"),
        ("World Bank", None, "economic (promised, about USD 12 billion)", "support-world-bank-argentina-2025-04"),
        ("unnamed staff", "International Monetary Fund", "agreement (condition: subject to the board's approval)",
         "agreement-imf-argentina-staff-level-2025-04-08"),
    ]


def test_indicators_show_a_rank_with_what_it_ranks_by_and_a_description(loan):
    assert {r["fact"]: (r["indicator"], r["description"], r["value"], r["unit"], r["ranked"])
            for r in query_rows(loan, "indicators", state="Argentina")} == {
        "indicator-argentina-debt-to-imf-2025-04": ("debt owed to the IMF", None, "44000000000", "USD", "1: the IMF's biggest debtor"),
        "indicator-argentina-inflation-2023-12": ("inflation", "the level inflation has since fallen from", "211", "percent", None),
    }


def test_profile_of_an_organisation_includes_the_facts_of_its_unnamed_actors(withdrawal):
    """'{actor: unnamed heads of state, of: ECOWAS}' and the like make ECOWAS a party to
    the summit, the transition decision and the address it heard; each row says through
    whom."""
    rows = query_rows(withdrawal, "profile", entity="ECOWAS")
    roles = {}
    for r in rows:
        roles.setdefault(r["fact"], set()).add(r["role"])
    assert roles["meeting-ecowas-summit-abuja-2024-12-15"] == {
        "participant: unnamed heads of state", "(participant: unnamed heads of state)"}
    assert roles["decision-ecowas-transition-period-2025"] == {"initiator: unnamed leaders"}
    assert roles["statement-omar-touray-ecowas-summit-2024-12-15"] == {"recipient: unnamed heads of state"}
    assert roles["meeting-ecowas-council-of-ministers-extraordinary-2025-q2"] == {"said by: unnamed leaders"}
    assert len(rows) == 19 and len(roles) == 15


def test_profile_of_a_person_named_among_unnamed_people_lists_the_claims_that_name_him(clash):
    """Facundo is one of '8 unnamed sailors' wounded and of '80 unnamed personnel' decorated
    and on the mission: those facts are in his profile, with the quotes that name him (or
    his group), not every claim of the attack."""
    rows = query_rows(clash, "profile", entity="Jeffrey Facundo")
    assert [(r["fact"], r["role"], r["quote"]) for r in rows] == [
        ("attack-china-coast-guard-philippine-navy-2024-06-17", "people wounded: among 8 unnamed sailors",
         "Eight Filipino sailors were injured."),
        ("attack-china-coast-guard-philippine-navy-2024-06-17", "people wounded", "Jeffrey Facundo lost his right thumb"),
        ("ceremony-marcos-decorations-2024-06-23", "recipient: among 80 unnamed personnel",
         "he decorated Facundo and 79 other personnel who took part in the mission"),
        ("rank-jeffrey-facundo-seaman-first-class", "holder", "Seaman First Class Jeffrey Facundo"),
        ("supply-philippine-navy-brp-sierra-madre-2024-06-17", "participant: among 80 unnamed personnel",
         "Facundo and 79 other personnel who took part in the mission"),
    ]
    # The state whose sailors were wounded is also, in China's account, the perpetrator:
    # a party to the whole attack, each of its claims quoted, through its unnamed actors.
    attack = {r["quote"]: r["role"] for r in query_rows(clash, "profile", entity="Philippines")
              if r["fact"] == "attack-china-coast-guard-philippine-navy-2024-06-17"}
    assert len(attack) == 9
    assert attack["Eight Filipino sailors were injured."] == "people wounded: 8 unnamed sailors"
    assert attack["had deliberately approached a Chinese vessel, causing a collision"] == "perpetrator: unnamed supply ship"
    # ... and through its armed forces and the unnamed boats of its navy.
    assert attack["Jeffrey Facundo lost his right thumb"] == (
        "(people wounded: 8 unnamed sailors, perpetrator: unnamed supply ship, said by: Armed Forces of the "
        "Philippines, target: unnamed boats, target: unnamed personnel)")


def test_conflicts_show_who_each_side_says_did_it_and_a_denial_against_the_account(clash):
    """The Philippine military says Chinese coast guard personnel rammed and boarded the
    boats; China's coast guard alleges an unnamed Philippine supply ship caused the
    collision; Lin Jian denies direct measures. The perpetrator differs between the
    accounts (China's coast guard and unnamed Chinese personnel are one side), and the
    denial stands against the assertion."""
    rows = query_rows(clash, "conflicts", fact="attack-china-coast-guard-philippine-navy-2024-06-17")
    assert [(r["property"], r["value"], r["said_by"], r["modality"]) for r in rows] == [
        ("modality", "alleged", "China Coast Guard", "alleged"),
        ("modality", "asserted", "", "asserted"),
        ("modality", "denied", "Lin Jian", "denied"),
        ("modality", "reported", "Armed Forces of the Philippines", "reported"),
        ("perpetrator", "China Coast Guard", "Armed Forces of the Philippines, Lin Jian", "asserted, denied, reported"),
        ("perpetrator", "unnamed personnel (China)", "Armed Forces of the Philippines", "reported"),
        ("perpetrator", "unnamed supply ship (Philippines)", "China Coast Guard", "alleged"),
    ]
    assert {(r["kind"], r["articles"], r["sources"]) for r in rows} == {("attack", "x01_second_thomas_shoal", 1)}


def test_conflicts_leave_alone_perpetrators_of_one_side_and_a_denied_perpetrator(tmp_path):
    """Without China's account, the Philippine military's two names for the perpetrator
    (the coast guard, unnamed Chinese personnel) are one side, and Lin Jian's denial is no
    account of who did it: the perpetrator is not in dispute; the denial still is."""
    corpus = tmp_path / "corpus"
    shutil.copytree(NEWCOMERS / "newcomer-clash", corpus)
    claims = corpus / "claims" / "x01_second_thomas_shoal.yaml"
    text = claims.read_text(encoding="utf-8")
    start = text.index("  - id: collision\n")
    claims.write_text(text[:start] + text[text.index("  - id: lin-post\n"):], encoding="utf-8")
    store = tmp_path / "kg-store"
    kg_cli("build", "--corpus", corpus, "--store", store, check=0)
    rows = query_rows(store, "conflicts", fact="attack-china-coast-guard-philippine-navy-2024-06-17")
    assert {(r["property"], r["value"]) for r in rows} == {
        ("modality", "asserted"), ("modality", "denied"), ("modality", "reported")}
