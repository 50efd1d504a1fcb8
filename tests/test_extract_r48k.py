"""Rule set 48, part k: main events of reports on ships, courts and grids, through the real
``kg extract`` command on small invented articles, each beside look-alikes that must draft
nothing of the kind (negated, future or conditional, the word in another sense):

- a navy or coast guard detaining or boarding a vessel: a ``Seizure`` of the vessel (never
  a ``Detention``, which is of people), and sanctions already on the vessel ("under EU
  and UK sanctions", "Britain has also sanctioned the ship");
- a court's ruling on an extradition: the extradition asked (``actionType: extradition
  request``, the state asking, the state asked, the person sought) and the ruling on it
  (``court``, ``legalActionKind: ruling``, ``outcome``, ``target`` the request's id);
- states disconnecting from a shared grid: a ``Withdrawal`` from the network, proposed as a
  body of its own.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # vessels held
    "navy_detains": "Norway's navy detained the oil tanker Morwenna in the North Sea on Sunday.",
    "coast_guard_boards": "The coast guard boarded the cargo ship Aster Lin off Bergen on Saturday.",
    "detained_by": "The tanker Sea Lark was detained by the Danish navy on Friday.",
    "ship_sanctioned": ("The European Union put the tanker Morwenna on its sanctions list in January, and Britain "
                        "and Canada have also sanctioned the ship."),
    "under_sanctions": "The tanker Aster Lin is under EU and UK sanctions.",
    # look-alikes: not done, to come, people boarding, no force
    "navy_did_not": "The Finnish coast guard did not board the tanker Morwenna on Sunday.",
    "navy_will": "Police will detain the freighter Aster Lin next week, officials said.",
    "passengers_board": "Passengers boarded the ferry Stella Nord in Bergen on Sunday.",
    "sanctions_two_ships": ("The tankers Morwenna and Sea Lark sailed on Monday. Britain has also sanctioned "
                            "the ship."),
    # extraditions
    "court_approves": ("Spain's Supreme Court on Wednesday approved the extradition of businessman Tomas Varela "
                       "to Argentina."),
    "court_refuses": ("A court in Portugal refused in May to extradite another Argentine businessman wanted by "
                      "Argentina."),
    "court_clears_unnamed": ("Italy's Court of Cassation on Wednesday cleared the extradition to Germany of a "
                             "Ukrainian man accused of sabotage."),
    # look-alikes: a conditional, a negation, no extradition, no court
    "court_could": "The Supreme Court could approve the extradition of businesswoman Lucia Ferrer to Chile.",
    "court_did_not": "The Supreme Court did not approve the extradition of businesswoman Marta Ruiz to Chile.",
    "court_approves_merger": "Spain's Supreme Court on Wednesday approved the merger of two banks.",
    "minister_approves": "The minister approved the extradition request on Monday, officials said.",
    # grids
    "grid_disconnected": ("Armenia and Georgia joined the Caspian grid on Sunday. The two countries disconnected "
                          "from the Kavkaz ring, which links them to Russia, on Saturday."),
    # look-alikes: to come, negated, a cable from a city
    "grid_will": "Moldova will decouple from the Kavkaz ring next year, officials said.",
    "grid_did_not": "Azerbaijan did not disconnect from the Kavkaz ring on Saturday.",
    "cable_from_city": "Technicians disconnected the cable from Tbilisi on Saturday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article, all in one run with the sample registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r48k"), ARTICLES)
    return found


def _seizures(drafts, name):
    return [(c.get("perpetrator"), c.get("seized")) for c in of(drafts[name], "Seizure")]


def test_a_navy_detaining_a_tanker_is_a_seizure_of_it(drafts):
    assert _seizures(drafts, "navy_detains") == [({"actor": "unnamed navy", "for": "norway"}, "morwenna")]
    assert of(drafts["navy_detains"], "Seizure")[0]["place"] == "north-sea"
    assert of(drafts["navy_detains"], "Detention") == []  # a ship held is no person held


def test_a_coast_guard_boarding_and_a_passive_with_its_agent(drafts):
    assert _seizures(drafts, "coast_guard_boards") == [("unnamed coast guard", "aster-lin")]
    assert _seizures(drafts, "detained_by") == [({"actor": "unnamed navy", "for": "denmark"}, "sea-lark")]


def test_no_seizure_when_not_done_to_come_or_by_passengers(drafts):
    for name in ("navy_did_not", "navy_will", "passengers_board"):
        assert of(drafts[name], "Seizure") == [] and of(drafts[name], "Detention") == [], name


def test_sanctions_on_a_ship_by_each_authority(drafts):
    by = {tuple(c["authority"]) if isinstance(c["authority"], list) else (c["authority"],): c["target"]
          for c in of(drafts["ship_sanctioned"], "Sanction")}
    assert by == {("european-union",): "morwenna", ("united-kingdom", "canada"): "morwenna"}
    [under] = of(drafts["under_sanctions"], "Sanction")
    assert (under["authority"], under["target"]) == (["european-union", "united-kingdom"], "aster-lin")


def test_the_ship_means_no_vessel_when_two_were_named(drafts):
    assert of(drafts["sanctions_two_ships"], "Sanction") == []


def _legal(drafts, name):
    acts = of(drafts[name], "LegalAction")
    return ([c for c in acts if c.get("actionType") == "extradition request"],
            [c for c in acts if c.get("legalActionKind") == "ruling"])


def test_a_court_approving_an_extradition_drafts_it_and_the_ruling(drafts):
    [ext], [ruling] = _legal(drafts, "court_approves")
    assert (ext["initiator"], ext["recipient"], ext["target"]) == ("argentina", "spain", "tomas-varela")
    assert (ruling["court"], ruling["outcome"], ruling["target"]) == (
        "supreme-court", "extradition approved", ext["fact"])


def test_an_unnamed_court_refusing_and_an_unnamed_person_sought(drafts):
    [ext], [ruling] = _legal(drafts, "court_refuses")
    assert (ext["initiator"], ext["recipient"], ext["target"]) == ("argentina", "portugal", "unnamed businessman")
    assert ruling["court"] == {"actor": "unnamed court in Portugal", "for": "portugal"}
    assert (ruling["outcome"], ruling["target"]) == ("extradition refused", ext["fact"])
    [ext], [ruling] = _legal(drafts, "court_clears_unnamed")
    assert (ext["initiator"], ext["recipient"], ext["target"]) == ("germany", "italy", "unnamed man")
    assert ruling["outcome"] == "extradition approved"


def test_no_ruling_when_conditional_negated_or_on_another_thing(drafts):
    for name in ("court_could", "court_did_not", "court_approves_merger", "minister_approves"):
        assert _legal(drafts, name)[1] == [], name


def test_states_disconnecting_from_a_grid_withdraw_from_it(drafts):
    [w] = of(drafts["grid_disconnected"], "Withdrawal")
    assert (w["withdrawing"], w["withdrawnFrom"]) == (["armenia", "georgia"], "kavkaz")
    assert w["quote"].startswith("The two countries disconnected")


def test_no_withdrawal_to_come_negated_or_of_a_cable(drafts):
    for name in ("grid_will", "grid_did_not", "cable_from_city"):
        assert of(drafts[name], "Withdrawal") == [], name
