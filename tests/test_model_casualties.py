"""The toll of wars and attacks: the ``casualties`` canned query lists each armed
conflict, invasion, mass atrocity and attack with its parties, dates, and the people
killed, wounded and displaced (exact, or bounded in the source's words), who gave the
figures, and its sources. Read through the real ``kg ingest``/``kg build`` and
``kg query`` on the Thai-Cambodian border-war article (tests/data/thai-cambodia) and the
Houthi strike on the True Confidence (tests/data/model-v2-strike).
"""

from __future__ import annotations

import shutil

import pytest
from casefiles import quads, store_copy, with_claims
from conftest import ROOT, built_once, kg_cli, query_rows

THAI = ROOT / "tests" / "data" / "thai-cambodia"
STRIKE = ROOT / "tests" / "data" / "model-v2-strike"
CLAIMS_FILE = "thai-cambodia-ceasefire.yaml"
CONFLICT = "conflict-thailand-cambodia-border-2025-07"

COLUMNS = ["date", "kind", "parties", "targets", "place", "killed", "wounded", "displaced", "victims",
           "figures_by", "modality", "sources", "fact"]


def row(*values) -> dict:
    # None of these articles says what a fact led to, nor counts anything but people: no
    # outcome, no other counts, no missing.
    return {**dict(zip(COLUMNS, values, strict=True)), "outcome": None, "counts": None, "missing": None, "against": 0}


#: What an analyst reads off the Thai-Cambodian article: the war's toll as bounded counts
#: with the officials who gave them, the May clash's one Cambodian dead, the landmine's
#: five wounded Thai soldiers, then the undated facts.
THAI_ROWS = [
    row("2025-05-28", "attack", None, None, None, "1", None, None, "killed: 1 unnamed soldier (Cambodia)",
        None, "asserted", 1, "attack-thailand-cambodia-border-2025-05-28"),
    row("2025-07-24", "armed conflict", "Cambodia, Thailand", None, None, "at least 35", None, "more than 260000", None,
        "unnamed officials (Cambodia): displaced, killed; unnamed officials (Thailand): displaced, killed",
        "asserted, reported", 1, CONFLICT),
    row("2025-07-24", "attack", None, None, None, None, "5", None, "wounded: 5 unnamed soldiers (Thailand)",
        None, "asserted", 1, "attack-landmine-thai-soldiers-2025-07-24"),
    row(None, "armed conflict", "Cambodia, Thailand", None, None, None, None, None, None,
        None, "asserted", 1, "dispute-thailand-cambodia-border"),
    row(None, "attack", "unnamed forces (Cambodia)", None, "Sisaket province", None, None, None, None,
        None, "asserted", 1, "attack-cambodia-sisaket-2025-07"),
    row(None, "attack", "Thailand", "unnamed military positions (Cambodia)", None, None, None, None, None,
        None, "asserted", 1, "attack-thailand-cambodian-positions-2025-07"),
]


@pytest.fixture(scope="module")
def thai(tmp_path_factory):
    store = tmp_path_factory.mktemp("thai-casualties") / "kg-store"
    kg_cli("ingest", "--store", store, CLAIMS_FILE, cwd=THAI, check=0)
    return store


@pytest.fixture(scope="module")
def strike(tmp_path_factory):
    return built_once(tmp_path_factory, STRIKE)


def test_a_wars_toll_and_its_attacks_row_by_row(thai):
    assert query_rows(thai, "casualties") == THAI_ROWS


def test_a_strike_with_its_dead_by_nationality_and_who_counted_the_wounded(strike):
    assert query_rows(strike, "casualties") == [
        row("2024-03-06", "attack", "Houthis", "True Confidence", "Gulf of Aden, about 50 nautical miles south-west of Aden",
            "3", "at least 4", None,
            # Figures from several voices: each with who gives it (the article's own, none).
            "killed: 2 unnamed seafarers (Philippines) (said by Department of Migrant Workers); killed: 3 unnamed crew members; "
            "killed: 3 unnamed sailors [1 unnamed sailor (Vietnam), 2 unnamed sailors (Philippines)] "
            "(said by unnamed owners and managers of the True Confidence); "
            "wounded: at least 4 unnamed crew members (said by U.S. Central Command)",
            # Who counted the dead by nationality gave figures too.
            "Department of Migrant Workers: killed; U.S. Central Command: wounded; "
            "unnamed owners and managers of the True Confidence: killed",
            "asserted, reported", 1, "attack-houthis-true-confidence-2024-03-06"),
        # 'Hours after the attack': the days it lies between; an actor acting for a state says so.
        row("2024-03-06/2024-03-07", "attack", "unnamed U.S.-led forces for United States",
            "Hudaydah international airport", "Hudaydah", None, None, None, None,
            None, "reported", 1, "attack-united-states-hudaydah-airport-2024-03-06"),
    ]


def test_a_party_matches_its_unnamed_forces_its_dead_and_a_part_of_the_dead(thai, strike):
    assert [r["fact"] for r in query_rows(thai, "casualties", party="Cambodia")] == [
        "attack-thailand-cambodia-border-2025-05-28", CONFLICT, "dispute-thailand-cambodia-border",
        "attack-cambodia-sisaket-2025-07", "attack-thailand-cambodian-positions-2025-07"]
    # One Vietnamese sailor among the three killed.
    assert [r["fact"] for r in query_rows(strike, "casualties", party="Vietnam")] == [
        "attack-houthis-true-confidence-2024-03-06"]
    assert [r["fact"] for r in query_rows(strike, "casualties", party="United States")] == [
        "attack-united-states-hudaydah-airport-2024-03-06"]


def test_reviewed_leaves_out_what_only_drafted_claims_say(tmp_path):
    # The toll of the dead and the landmine attack left as the software drafted them.
    folder = tmp_path / "thai"
    shutil.copytree(THAI, folder)
    path = folder / CLAIMS_FILE
    text = path.read_text(encoding="utf-8")
    for claim in ("conflict-toll", "landmine"):
        text = text.replace(f"{{id: {claim}, review: reviewed,", f"{{id: {claim}, review: drafted,", 1)
    path.write_text(text, encoding="utf-8")
    store = tmp_path / "kg-store"
    kg_cli("ingest", "--store", store, CLAIMS_FILE, cwd=folder, check=0)
    assert query_rows(store, "casualties") == THAI_ROWS
    reviewed = {r["fact"]: r for r in query_rows(store, "casualties", reviewed="true")}
    assert "attack-landmine-thai-soldiers-2025-07-24" not in reviewed
    war = reviewed[CONFLICT]
    assert (war["killed"], war["displaced"], war["figures_by"]) == (
        None, "more than 260000", "unnamed officials (Cambodia): displaced; unnamed officials (Thailand): displaced")


def test_an_invasions_toll_in_words_keeps_the_bounds_they_imply(tmp_path):
    path, _ = with_claims(THAI, CLAIMS_FILE, tmp_path, [
        ("{id: x1, fact: invasion-x, type: Invasion, perpetrator: Thailand, target: Cambodia, killed: dozens, "
        "wounded: about 120, displaced: tens of thousands, modality: alleged, said_by: Cambodia, "
        "quote: \"At least 35 people have been killed on both sides\"}")])
    store = tmp_path / "kg-store"
    kg_cli("ingest", "--store", store, path, check=0)
    rows = {r["fact"]: r for r in query_rows(store, "casualties", party="Thailand")}
    invasion = rows["invasion-x"]
    assert (invasion["kind"], invasion["parties"], invasion["targets"], invasion["killed"], invasion["wounded"],
            invasion["displaced"], invasion["figures_by"], invasion["modality"]) == (
        "invasion", "Thailand (alleged by Cambodia)", "Cambodia", "dozens (24-99)", "about 120", "tens of thousands (20000-99999)",
        "Cambodia: displaced, killed, wounded", "alleged")


def test_a_toll_on_a_fact_that_is_no_war_or_attack_is_refused(thai, tmp_path):
    path, first = with_claims(THAI, CLAIMS_FILE, tmp_path, [
        ("{id: x1, fact: meeting-x, type: Meeting, participant: [Hun Manet, Thailand], killed: 3, "
        "quote: \"At least 35 people have been killed on both sides\"}")])
    store, before = store_copy(thai, tmp_path)
    proc = kg_cli("ingest", "--store", store, path, check=2)
    assert f"{CLAIMS_FILE}: claim 'x1' (line {first}): key 'killed' does not apply to a Meeting: its domain is " \
        "Accident or ArmedConflict or Attack or Damage or HostageTaking or HumanitarianCrisis or Invasion or MassAtrocity or Protest" in proc.stderr
    assert "Traceback" not in proc.stderr and quads(store) == before
