"""Rule set 49, part d: the headline events of a government's measures after an attack
and of support paused, and wrong drafts of a resignation story, each fixed for its kind,
through the real ``kg extract`` command on small invented articles (one run, published
Tuesday 2030-09-03), each beside look-alikes that must draft nothing or something else:

- measures a release lists after "The council decided the following measures:": envoys
  declared persona non grata, a crossing closed, nationals not permitted to travel to the
  state, a treaty held in abeyance, missions cut down; the attack's toll in a clause on
  its noun;
- intelligence sharing stopped or resumed: a Support suspended or resumed;
- an act told only as a purpose or an ability ("relies on imagery to fire rockets at X")
  is no attack;
- an undated statement's id never holds its day twice;
- an 'of STATE' after the second of two titled names is the second's office only;
- a day an event is set 'for' is the next such day, planned;
- a hyphenated name after a rank is a person, 'he' is not given to a woman, a woman's
  resignation announced by another is not his;
- a request inside denied reports is denied by the denier, the asker the one who asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

SANTIAGO = "SANTIAGO, Sept 3 (Example Wire) - "
LIST = ("The council decided the following measures:\n\n"
        "1. The Andes Waters Treaty will be held in abeyance with immediate effect.\n\n"
        "2. The Chacalluta crossing will be closed with immediate effect.\n\n"
        "3. Peruvian nationals will not be permitted to travel to Chile.\n\n"
        "4. The defence and naval attaches in the Embassy of Peru in Santiago are declared persona non grata.\n\n"
        "5. The staff of the two embassies will be cut from 40 to 20 by October 1.")
ARTICLES = {
    "measures": (SANTIAGO + "The National Security Council met on Tuesday under the chairmanship of Chilean "
                 "President Arlo Venn after the attack in Arica on September 1, in which 14 people were killed and "
                 "9 others were injured.\n\n" + LIST),
    # the same items opened by no decision: no one decided them, nothing of theirs drafted
    "undecided": (SANTIAGO + "Officials in Santiago weighed what could happen next, listing these options:\n\n"
                  "1. The Chacalluta crossing will be closed with immediate effect.\n\n"
                  "2. The Andes Waters Treaty will be held in abeyance.\n\n"
                  "3. The staff of the two embassies will be cut from 40 to 20."),
    "lookalikes": (SANTIAGO + "Peruvian nationals will be permitted to travel to Chile. Peruvian nationals in "
                   "Chile are declared eligible for work permits. The talks will be held in Lima. The attack in "
                   "Arica, in which more than 300 people were killed, shocked the country."),
    "paused": ("The United States has stopped sharing intelligence with Peru, National Security Adviser Tom Vale "
               "said on Tuesday, two days after President Arlo Venn froze deliveries of American military aid to "
               "Lima. Chile "
               "paused intelligence sharing with Peru on Monday. Argentina resumed sharing intelligence with "
               "Chile on Monday."),
    "not_paused": ("Chile stopped sharing water with Peru on Monday. Chile shares intelligence with Peru. "
                   "Argentina's delivery of six jets to Peru was completed on Monday."),
    "capability": ("Peru relies on Argentine satellite imagery and targeting data to track troop movements and to "
                   "fire rockets at Chile."),
    "fired": "Peru fired rockets at Chile on Monday.",
    "remarks": ("Chilean Foreign Minister Tor Ashby said on Tuesday that the talks had been useful. "
                "\"We have taken a step back,\" Ashby told reporters. Ashby said on television that Chile would "
                "look hard at lifting the pause if Peru agreed to talks."),
    "two_titles": ("The Andes Waters Treaty was signed on May 2, 1961, by Prime Minister Arlo Venn and President "
                   "Tor Ashby of Peru, with the World Bank as a signatory."),
    "one_title": "Prime Minister Arlo Venn of Peru met the envoys on Monday.",
    "set_for": ("Chilean President Arlo Venn called a meeting of the National Security Council for Thursday, "
                "Foreign Minister Lina Varo said."),
    "met_on": "Chilean President Arlo Venn met Peruvian President Ada Ruiz on Thursday.",
    "general": ("LIMA, Sept 3 (Example Wire) - Peruvian Prime Minister Ada Ruiz, 76, resigned on Monday. She left "
                "Lima on a military aircraft with her sister, Sheikh Mia Ruiz. Army chief General Karim-Ul-Haq "
                "announced her resignation in a televised address on Monday. \"We will investigate all the "
                "killings,\" he said."),
    "own_resignation": "Peruvian Defence Minister Tor Ashby announced his resignation on Monday.",
    "two_part_name": "General Jean-Pierre told reporters on Monday that the army would stay.",
    "asylum": ("LIMA, Sept 3 (Example Wire) - Peruvian Prime Minister Ada Ruiz resigned on Monday. She fled to "
               "Chile on a military aircraft. Chilean Foreign Minister Tor Ashby told parliament on Tuesday that "
               "Chile had agreed to a request from her. Her son, Leo Vara, denied reports that she had asked "
               "Britain for asylum."),
    "asked": "Peruvian opposition leader Mia Lopez asked Britain for asylum on Monday.",
}


@pytest.fixture(scope="module")
def drafting(tmp_path_factory) -> tuple[Path, dict[str, list[dict]]]:
    """(the folder, name -> the claims drafted from that article), all in one run."""
    folder = tmp_path_factory.mktemp("r49d")
    found, _ = drafted_cases(folder, ARTICLES)
    return folder, found


@pytest.fixture(scope="module")
def drafted(drafting) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article."""
    return drafting[1]


def _target(claim: dict) -> list:
    t = claim["target"]
    return t if isinstance(t, list) else [t]


def test_the_measures_a_decision_lists_are_drafted_with_the_decider(drafting):
    folder, drafted = drafting
    claims = drafted["measures"]
    [expelled] = of(claims, "DiplomaticExpulsion")
    assert expelled["initiator"] == "chile"
    assert _target(expelled) == [{"actor": "unnamed defence and naval attaches", "of": "peru"}]
    [closed] = of(claims, "BorderClosure")
    assert closed["place"] == "chile" and "persona" not in closed["quote"]
    assert closed["quote"] == "The Chacalluta crossing will be closed with immediate effect"
    [barred] = [c for c in of(claims, "Sanction") if c["measure"] == "entry ban"]
    assert barred["authority"] == "chile"
    assert _target(barred) == [{"actor": "unnamed nationals", "of": "peru"}]
    assert barred.get("modality") != "unable" and barred.get("polarity") != "negative"
    # the missions cut: against the one other state the list's items name
    [cut] = [c for c in of(claims, "Sanction") if c["measure"] != "entry ban"]
    assert (cut["authority"], cut["target"], cut["deadline"]) == ("chile", "peru", "2030-10-01")
    assert cut["measure"] == "reduction of the staff of the two embassies from 40 to 20"
    # a treaty's name is no entity (CLAIMS.md writes an agreement as a fact): its suspension is
    # no executive action on an invented entity, and no entity is proposed for it
    assert not of(claims, "ExecutiveAction")
    [draft] = (folder / "drafts").glob("*measures*.yaml")
    assert "Andes Waters Treaty" not in draft.read_text(encoding="utf-8").split("\nclaims:")[0]


def test_an_attacks_toll_in_a_clause_on_its_noun(drafted):
    [attack] = of(drafted["measures"], "Attack")
    assert (attack["place"], attack["killed"], attack["wounded"], attack["date"]) == ("arica", 14, 9, "2030-09-01")
    assert attack["quote"].endswith("in which 14 people were killed and 9 others were injured")
    # a bound ("more than 300") is no count: no toll drafted
    assert of(drafted["lookalikes"], "Attack") == []


def test_items_no_one_decided_and_look_alikes_draft_no_measure(drafted):
    for name in ("undecided", "lookalikes"):
        kinds = {c["type"] for c in drafted[name]}
        assert not kinds & {"BorderClosure", "DiplomaticExpulsion", "ExecutiveAction", "Sanction", "Agreement"}, name


def test_intelligence_sharing_stopped_or_resumed_is_support_paused_or_resumed(drafted):
    support = {(c["supporter"], c["supported"]): c for c in of(drafted["paused"], "Support")}
    us = support[("united-states", "peru")]
    assert (us["supportKind"], us["description"], us["status"]) == ("military", "intelligence sharing", "suspended")
    assert support[("chile", "peru")]["stage"] == {"status": "suspended", "date": "2030-09-02"}
    assert support[("argentina", "chile")]["status"] == "resumed"
    # deliveries frozen: the supply paused (corpus/CLAIMS.md), not a supply made
    [frozen] = of(drafted["paused"], "Supply") + of(drafted["paused"], "ArmsTransfer")
    assert (frozen["supplier"], frozen["recipient"], frozen["status"]) == ("united-states", "peru", "suspended")
    # water is not intelligence, sharing that goes on is no pause, a delivery completed no freeze
    claims = drafted["not_paused"]
    assert all("status" not in c for c in of(claims, "Support"))
    assert all(c.get("status") != "suspended" for c in of(claims, "Supply") + of(claims, "ArmsTransfer"))


def test_a_purpose_or_an_ability_is_no_attack(drafted):
    assert of(drafted["capability"], "Attack") == []
    [fired] = of(drafted["fired"], "Attack")
    assert (fired["perpetrator"], fired["target"]) == ("peru", "chile")


def test_an_undated_statement_id_holds_its_day_once(drafted):
    ids = [c["fact"] for c in of(drafted["remarks"], "Statement")]
    assert len(ids) == len(set(ids)) == 3
    assert all(i.count("2030-09-03") == 1 for i in ids), ids


def test_an_of_state_after_the_second_titled_name_is_the_seconds_only(drafted):
    held = {c["holder"]: c["positionOf"] for c in of(drafted["two_titles"], "PositionHeld")}
    assert held["tor-ashby"] == "peru"
    assert held.get("arlo-venn") != "peru"
    [venn] = of(drafted["one_title"], "PositionHeld")
    assert (venn["holder"], venn["positionOf"]) == ("arlo-venn", "peru")


def test_a_day_set_for_is_the_next_such_day_planned(drafted):
    [meeting] = of(drafted["set_for"], "Meeting")
    assert (meeting["date"], meeting["modality"]) == ("2030-09-05", "planned")
    [met] = of(drafted["met_on"], "Meeting")
    assert met["date"] == "2030-08-29" and met.get("modality") != "planned"


def test_a_ranked_hyphenated_name_speaks_and_he_is_no_woman(drafted):
    claims = drafted["general"]
    [said] = [c for c in of(claims, "Statement") if "investigate" in c["quote"]]
    assert said["speaker"] == "karim-ul-haq"
    # her resignation, announced by him, is not his
    assert [c["resigning"] for c in of(claims, "Resignation")] == ["ada-ruiz"]
    [own] = of(drafted["own_resignation"], "Resignation")
    assert own["resigning"] == "tor-ashby"
    # a given name of two parts alone is no person proposed
    assert all("jean-pierre" not in str(c) for c in drafted["two_part_name"])


def test_a_request_in_denied_reports_is_the_askers_denied_by_the_denier(drafted):
    claims = drafted["asylum"]
    [asylum] = of(claims, "AsylumGrant")
    assert (asylum["grantedTo"], asylum["grantedBy"]) == ("ada-ruiz", "united-kingdom")
    assert (asylum["modality"], asylum["said_by"]) == ("denied", "leo-vara")
    assert of(claims, "Rejection") == []
    [tie] = of(claims, "FamilyTie")
    assert (tie["parent"], tie["child"]) == ("ada-ruiz", "leo-vara")
    [asked] = of(drafted["asked"], "AsylumGrant")
    assert (asked["grantedTo"], asked["grantedBy"], asked["modality"]) == ("mia-lopez", "united-kingdom", "requested")
