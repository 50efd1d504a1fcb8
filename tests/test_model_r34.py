"""What a newcomer could not write, or was misled about, for the Niger coup of July 2023
and West Africa's response (tests/data/newcomer-coup), and what the canned queries
answered wrongly for it, each fixed for its kind (coups, emergency measures, regional
blocs' responses, in news in general): a threat's several actions on each row; a threat's
actions and a sanction's measure among a fact's details; a stage dated relative to
another fact; people sent to hospital as wounded; a curfew and a constitution dissolved
found by their words; a march's
destination; unnamed relatives of a person; a name its own people give a body; the part
of the day words were said; a curfew's daily hours and open end; where frozen assets are
held; flags waved at a protest.

Each new key is read from tests/data/newcomer-coup-recount, which the real ``kg build``
writes once for the module; the queries run on it in this process. The wrong claims are
added together to a copy of the re-counted claims (and one wrong group to its groups),
and one ``kg ingest --dry-run`` must refuse each with its own message.
"""

from __future__ import annotations

import re

import pytest
from casefiles import with_claims
from conftest import ROOT, built_corpus, by_fact, kg_cli, query_rows, sparql_rows

RECOUNT = ROOT / "tests" / "data" / "newcomer-coup-recount"
CLAIMS = "claims/x01_niger-coup-ecowas-ultimatum.yaml"
THREAT = "threat-ecowas-niger-force-2023-07-30"
CURFEW = "curfew-niger-officers-2023-07-26"
FREEZE = "sanction-ecowas-niger-asset-freeze-2023-07-30"
MARCH = "protest-niamey-junta-supporters-2023-07-30"
TEAR_GAS = "attack-tear-gas-niamey-protesters-2023-07-30"
DISSOLVED = "decree-niger-officers-dissolve-constitution-2023-07-26"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-counted claims, built once by the real ``kg build``; tests must not modify it."""
    return built_corpus(tmp_path_factory, RECOUNT)


@pytest.fixture(scope="module")
def facts(store):
    """The ``facts`` rows of the re-count, by fact id."""
    return by_fact(query_rows(store, "facts"))


# -- 1. the queries ------------------------------------------------------------------------------------

def test_each_statement_of_a_threat_shows_its_own_threatened_actions(store):
    rows = {r["quote"]: r["threat"] for r in query_rows(store, "statements") if r["fact"] == THREAT}
    tail = ", if the officers do not release and reinstate Bazoum by Aug. 6, by 2023-08-06"
    lede = next(q for q in rows if q.startswith("the Economic Community"))
    assert rows[lede] == "cut the country off from the region's trade and finance; use force" + tail
    assert rows['measures which "may include the use of force", the final communique said'] == "the use of force" + tail
    # No longer one action of the four on every row.
    assert len(set(rows.values())) == 3


def test_facts_shows_a_threats_actions_and_a_sanctions_measure(facts):
    details = facts[THREAT]["details"].split("; ")
    assert [d for d in details if d.startswith("threatened action: ")] == [
        "threatened action: cut the country off from the region's trade and finance",
        "threatened action: take all measures necessary to restore constitutional order",
        "threatened action: the use of force", "threatened action: use force"]
    assert "measure: asset freeze" in facts[FREEZE]["details"]
    # An appeal threatens nothing, and a threat has no measure.
    assert "threatened action" not in (facts["demand-ecowas-niger-officers-reinstate-bazoum-2023-07-30"]["details"] or "")
    assert "measure:" not in facts[THREAT]["details"]


def test_a_stage_dated_relative_to_another_fact_shows_the_relation_in_words(store):
    rows = {r["fact"]: r for r in query_rows(store, "stages")}
    eu = rows["support-eu-niger-budget-support"]
    assert (eu["date"], eu["status"], eu["party"]) == (
        "immediately after support-eu-niger-budget-support", "suspended", "European Union")
    # A stage with a day keeps it.
    assert rows["support-france-niger-budget-support"]["date"] == "2023-07-29"


def test_people_sent_to_hospital_are_the_attacks_wounded(store):
    toll = by_fact(query_rows(store, "casualties"))[TEAR_GAS]
    assert (toll["wounded"], toll["victims"], toll["killed"]) == ("6", "injury: sent to hospital", None)
    assert sparql_rows(store, f"SELECT ?q WHERE {{ fact:{TEAR_GAS} gkg:quantity ?q }}") == []


# -- 2. lookups and documented forms -------------------------------------------------------------------

@pytest.mark.parametrize("words, term", [("curfew", "EmergencyRule"), ("dissolve", "ConstitutionalSuspension"),
                                         ("suspend constitution", "ConstitutionalSuspension")])
def test_vocabulary_finds_a_curfew_and_a_constitution_dissolved(words, term):
    first = kg_cli("vocabulary", words, check=0).stdout.splitlines()[0]
    assert first.startswith(f"{term} (kind of fact;"), first


def test_a_constitution_dissolved_is_a_kind_of_fact_of_its_own(store):
    rows = query_rows(store, "facts", type="suspension of the constitution")
    assert sorted(r["fact"] for r in rows) == [DISSOLVED, "decree-niger-officers-suspend-institutions-2023-07-26"]
    # Still an executive action: the dismissal is one, and not a suspension.
    actions = {r["fact"] for r in query_rows(store, "facts", type="executive action")}
    assert {DISSOLVED, "dismissal-bazoum-tchiani-2023-07-24"} <= actions


def test_immediately_after_the_summit_is_dated_from_it(store):
    meetings = by_fact(query_rows(store, "meetings"))
    assert meetings["meeting-ecowas-chiefs-of-defence-staff-2023-07"]["date"] == "after 2023-07-30"


def test_a_rank_beside_a_post_shows_in_leaders(store):
    ranks = {(r["holder"], r["title"]): r["rank"] for r in query_rows(store, "leaders", of="Niger")}
    assert ranks[("Abdourahamane Tchiani", "commander")] == "General"
    assert ranks[("Amadou Abdramane", "spokesman")] == "Colonel"
    assert ranks[("Mohamed Bazoum", "President")] is None


def test_a_march_has_its_destination_on_the_protest(facts, store):
    assert "destination: French embassy in Niamey" in facts[MARCH]["details"].split("; ")
    # No journey made up to carry it; where forces would go is a detail of their own fact.
    assert sparql_rows(store, "SELECT ?t WHERE { ?t a gkg:Travel }") == []
    assert "destination: Niger" in (facts["intervention-france-niger-2023"]["details"] or "").split("; ")


# -- 3. the losses -------------------------------------------------------------------------------------

def test_unnamed_relatives_are_kin_of_the_person(facts, store):
    assert "unnamed family members (kin of Mohamed Bazoum)" in facts[
        "detention-bazoum-family-presidential-palace-2023-07-26"]["participants"]
    [row] = sparql_rows(store, "SELECT ?l ?k WHERE { ?g gkg:kinOf/rdfs:label ?k ; rdfs:label ?l }")
    assert (row["l"], row["k"]) == ("unnamed family members", "Mohamed Bazoum")


def test_a_name_the_officers_give_their_body_is_theirs(facts, store):
    name = facts["characterisation-officers-name-cnsp"]
    assert "proper name: true" in name["details"].split("; ")
    [row] = [r for r in query_rows(store, "statements") if r["fact"] == "characterisation-officers-name-cnsp"]
    assert (row["speaker"], row["subject"], row["details"]) == (
        "unnamed officers (Niger)", "National Council for the Safeguard of the Homeland", "a name they give it")
    # Tinubu's 'clear and unequivocal' is a description, not a name.
    [tinubu] = [r for r in query_rows(store, "statements") if r["fact"] == "characterisation-tinubu-message-clear"]
    assert tinubu["details"] == ""


def test_the_part_of_the_day_words_were_said_is_the_claims(store):
    [row] = query_rows(store, "evidence", fact=DISSOLVED)
    assert (row["said_by"], row["said_on"]) == ("Amadou Abdramane", "2023-07-26 (night)")
    # The dissolution itself is not dated to the night.
    assert sparql_rows(store, f"SELECT ?p WHERE {{ fact:{DISSOLVED} gkg:partOfDay ?p }}") == []
    # A claim with no part of the day keeps its day alone.
    [summit] = query_rows(store, "evidence", fact="meeting-niger-cabinet-2023-07-24")
    assert summit["said_on"] is None


def test_a_curfews_daily_hours_and_open_end(facts, store):
    details = facts[CURFEW]["details"].split("; ")
    assert {"daily from: 22:00:00+01:00", "daily until: 05:00:00+01:00", "until: further notice"} <= set(details)
    [row] = sparql_rows(store, f"SELECT ?a ?b WHERE {{ fact:{CURFEW} gkg:dailyFrom ?a ; gkg:dailyUntil ?b }}")
    assert (row["a"], row["b"]) == ("22:00:00+01:00", "05:00:00+01:00")
    assert sparql_rows(store, f"SELECT ?e WHERE {{ fact:{CURFEW} gkg:endDate ?e }}") == []


def test_frozen_assets_are_held_by_the_bank(facts):
    assert "assets held by: Central Bank of West African States" in facts[FREEZE]["participants"]
    # The bank is not the sanction's target.
    assert "Central Bank of West African States" not in facts[FREEZE]["participants"].replace(
        "assets held by: Central Bank of West African States", "")


def test_flags_waved_at_a_protest_name_their_state_with_the_share(facts):
    march = facts[MARCH]
    assert "displayed symbol of: Russia (some)" in march["details"].split("; ")
    assert "displayed symbol of: Russia" in march["participants"].split(", ")
    assert "Russia" not in march["participants"].replace("displayed symbol of: Russia", "")


def test_vocabulary_names_the_claim_key_for_the_part_of_the_day_said():
    out = kg_cli("vocabulary", "said_partOfDay", check=0).stdout
    assert out.startswith("said_partOfDay (key of a claim)"), out


def test_the_guides_index_and_role_table_give_each_new_form():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    index = text[:text.index("## ")]
    for words, form in (("a curfew from 10 p.m.", 'dailyFrom: "22:00+01:00"'), ("until further notice", "untilCondition: further notice"),
                        ("the constitution had been dissolved", "type: ConstitutionalSuspension"),
                        ("detained bazoum and his family", "kinOf: Mohamed Bazoum"), ("a body the officers call", "properName: true"),
                        ("said on the night of the coup", "said_partOfDay: night"), ("held in the regional central bank", "assetsHeldBy: BCEAO"),
                        ("some waving russian flags", "displayedSymbolOf: {actor: Russia, share: some}"),
                        ("sending six people to hospital", "wounded: 6"), ("to meet immediately", "delay: immediately}"),
                        ("a rank beside a post", "militaryRank: General")):
        row = next((r for r in index.splitlines() if words in r.casefold()), "")
        assert form in row, (words, form)
    assert "| `assetsHeldBy` | Sanction |" in text and "| `displayedSymbolOf` | Protest, Ceremony |" in text
    assert "| `destination` | Deployment, ExportLicence, ForcedDisplacement, Supply, Travel, Protest, Mutiny |" in text


# -- refusals -------------------------------------------------------------------------------------------

QUOTE = 'quote: "At an emergency summit in Abuja on Sunday"'
#: Claims each refused for its own reason, added together to the re-counted claims: the
#: words of its message that must be printed.
WRONG = {
    "people sent to hospital as a quantity":
        ('{id: x0, fact: attack-x, type: Attack, perpetrator: unnamed guards, quantity: 6, quantityOf: people sent to '
         'hospital, quote: "sending six people to hospital"}',
         "quantityOf: 'people sent to hospital' counts casualties, which Attack has keys for"),
    "a destination of a meeting":
        ('{id: x2, fact: meeting-y, type: Meeting, organiser: ECOWAS, destination: Abuja, ' + QUOTE + '}',
         "key 'destination' does not apply to a Meeting: its domain is Deployment or ExportLicence or ForcedDisplacement or Mutiny or Protest"),
    "a proper name of a meeting":
        ('{id: x3, fact: meeting-z, type: Meeting, organiser: ECOWAS, properName: true, ' + QUOTE + '}',
         "key 'properName' does not apply to a Meeting: its domain is Characterisation"),
    "a part of the day said by no one":
        ('{id: x4, fact: curfew-x, type: EmergencyRule, declaredBy: Niger, said_partOfDay: night, quote: "a curfew '
         'would run from 10 p.m. to 5 a.m. until further notice"}',
         "said_partOfDay: where or why a speaker said it needs the speaker (said_by)"),
    "until further notice as an end date":
        ('{id: x5, fact: curfew-y, type: EmergencyRule, declaredBy: Niger, endDate: until further notice, quote: "a '
         'curfew would run from 10 p.m. to 5 a.m. until further notice"}',
         "endDate: 'until further notice' is no date: an open end goes in untilCondition"),
    "daily hours without a clock time":
        ('{id: x6, fact: curfew-z, type: EmergencyRule, declaredBy: Niger, dailyFrom: 10 p.m., quote: "a curfew would '
         'run from 10 p.m. to 5 a.m. until further notice"}',
         "dailyFrom: invalid time of day '10 p.m.'"),
    "assets held by on an attack":
        ('{id: x7, fact: attack-y, type: Attack, perpetrator: unnamed guards, assetsHeldBy: BCEAO, quote: "sending six '
         'people to hospital"}',
         "key 'assetsHeldBy' does not apply to an Attack: its domain is Sanction"),
    "flags at a meeting":
        ('{id: x8, fact: meeting-w, type: Meeting, organiser: ECOWAS, displayedSymbolOf: Russia, ' + QUOTE + '}',
         "key 'displayedSymbolOf' does not apply to a Meeting: its domain is Ceremony or Protest"),
}


def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    path, first = with_claims(RECOUNT, CLAIMS, tmp_path, [claim for claim, _ in WRONG.values()])
    # And a group whose kin is a state, first of the file's groups.
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("groups:\n", "groups:\n  - {id: bad-kin, actor: unnamed relatives, kinOf: Niger}\n", 1),
                    encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", path, check=2)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    for n, (name, (_, message)) in enumerate(WRONG.items()):
        where = f"(line {first + 1 + n})"
        said = [line for line in lines if where in line]
        assert said and message in said[0], (name, said, proc.stderr)
    [kin] = [line for line in lines if "bad-kin" in line]
    assert re.search(r"group #1 \(line \d+\): group 'bad-kin': kinOf: 'Niger' is a State, but .* takes a Person", kin), kin
    # The re-counted claims themselves are not refused.
    assert sum(1 for line in lines if "claim '" in line) == len(WRONG)
