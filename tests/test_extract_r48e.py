"""Rule set 48, parts e and f: a government named as the actor stands for its state where
the act is a state's (an expulsion, a recall; part f: a tariff, a veto, a visit hosted,
exports, a weapons programme or works built abroad, states brought together), through
the real ``kg extract`` command on small invented articles with a registry that holds
the governments, beside look-alikes that must draft none of those acts for the
government's state."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: government-of-ostravia, type: Government, label: Government of Ostravia, aliases: [Ostravian government], of: ostravia}
- {id: valdorian-junta, type: MilitaryGovernment, label: Valdorian junta, aliases: [the junta], of: valdoria}
- {id: mira-kessel, type: Person, label: Mira Kessel, of: valdoria}
- {id: unsc, type: InternationalOrganisation, label: United Nations Security Council, aliases: [UN Security Council]}
"""

ARTICLES = {
    "government_expels": ("The Government of Ostravia decided on Monday to expel four Valdorian diplomats over "
                          "the affair."),
    "junta_expels": "The Valdorian junta expelled the Ostravian ambassador on Monday.",
    "junta_cuts_ties": "The Valdorian junta on Tuesday broke off diplomatic relations with Ostravia.",
    "government_keeps_ties": "The Ostravian government said on Tuesday its ties with its neighbours were good.",
    # look-alikes: no one expelled, or the diplomats' own state does it
    "government_refuses": "The Government of Ostravia refused on Monday to expel any Valdorian diplomats.",
    "government_criticised": "The Government of Ostravia criticised the expulsion of journalists on Monday.",
    # part f: tariffs (a kind of sanction), vetoes, visits hosted, trade, programmes, meetings
    "government_levies": "The Ostravian government imposed a 25 percent tariff on Valdorian steel on Monday.",
    "government_tariffs_take_effect": "The Government of Ostravia's new tariffs on Valdorian cars took effect on Monday.",
    "junta_vetoes": ("The Valdorian junta vetoed a draft resolution on the border crisis at the UN Security Council "
                     "on Tuesday. Twelve members voted for it."),
    "government_hosts": "The Government of Ostravia hosted Valdorian President Mira Kessel in the capital on Monday.",
    "government_exports": "The Government of Ostravia exported grain worth $2 billion to Valdoria last year.",
    "junta_develops_missiles": "The Valdorian junta is developing long-range missiles, officials said on Monday.",
    "government_builds_abroad": ("The Government of Ostravia will build a nuclear power plant in Valdoria, the two "
                                 "sides said on Monday."),
    "both_brought_together": "The summit brought together the Government of Ostravia and the Valdorian junta on Monday.",
    # look-alikes: the government is hit, votes without vetoing, criticises, speaks of another's act
    "government_hit_by_tariff": "The Ostravian government criticised a 25 percent tariff on Ostravian steel imposed by Valdoria.",
    "junta_votes_for": ("The Valdorian junta voted for a draft resolution on the border crisis at the UN Security "
                        "Council on Tuesday. Twelve members voted for it."),
    "government_criticises_guest": "The Government of Ostravia criticised Valdorian President Mira Kessel on Monday.",
    "guest_hosts_envoy": "Valdorian President Mira Kessel hosted the Government of Ostravia's envoy in the capital on Monday.",
    "grain_wasted": "The Government of Ostravia said grain worth $2 billion went to waste last year.",
    "junta_drafts_constitution": "The Valdorian junta is developing a new constitution, officials said on Monday.",
    "junta_denies_missiles": "The Valdorian junta on Monday denied developing long-range missiles.",
    "other_builds": "The Government of Ostravia said on Monday that Valdoria will build a nuclear power plant.",
    "one_brought_together": "The summit brought together officials of the Government of Ostravia on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article, all in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r48e")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def _expulsions(drafts, name: str) -> list[tuple]:
    """(initiator, target) of each expulsion drafted from ``name`` as done (not refused)."""
    return [(c["initiator"], c.get("target")) for c in of(drafts[name], "DiplomaticExpulsion")
            if c.get("polarity") != "negative"]


def test_a_government_expels_for_its_state(drafts):
    assert _expulsions(drafts, "government_expels") == [
        ("ostravia", {"actor": "unnamed diplomats", "for": "valdoria"})]
    assert _expulsions(drafts, "junta_expels") == [
        ("valdoria", {"actor": "unnamed ambassador", "for": "ostravia"})]


def test_a_government_breaks_off_relations_for_its_state(drafts):
    ended = [(sorted(c["party"]), c.get("status")) for c in of(drafts["junta_cuts_ties"], "DiplomaticRelations")]
    assert ended == [(["ostravia", "valdoria"], "terminated")]
    assert of(drafts["government_keeps_ties"], "DiplomaticRelations") == []


def test_no_expulsion_refused_or_of_people_who_are_no_envoys(drafts):
    # a refusal is drafted as the act not done (polarity negative), never as done
    assert _expulsions(drafts, "government_refuses") == []
    assert [c.get("polarity") for c in of(drafts["government_refuses"], "DiplomaticExpulsion")] == ["negative"]
    assert _expulsions(drafts, "government_criticised") == []


def _ids(value) -> list[str]:
    """A role's value as a sorted list of ids (a draft writes one id bare, several as a list)."""
    return sorted(value) if isinstance(value, list) else [value]


def _roles(drafts, name: str, kind: str, *keys: str) -> list[tuple]:
    """The ``keys`` roles (each a sorted list of ids, [] when absent) of each ``kind``
    fact drafted from ``name``."""
    return [tuple(_ids(c[k]) if k in c else [] for k in keys) for c in of(drafts[name], kind)]


def test_a_government_levies_tariffs_for_its_state(drafts):
    assert _roles(drafts, "government_levies", "Tariff", "authority", "target") == [(["ostravia"], ["valdoria"])]
    assert _roles(drafts, "government_tariffs_take_effect", "Tariff", "authority", "target") == [
        (["ostravia"], ["valdoria"])]
    # the government's own state is hit: it levies nothing
    assert all(a != ["ostravia"] for a, _ in _roles(drafts, "government_hit_by_tariff", "Tariff", "authority", "target"))


def test_a_junta_vetoes_for_its_state(drafts):
    assert [v for (v,) in _roles(drafts, "junta_vetoes", "Vote", "vetoedBy") if v] == [["valdoria"]]
    assert [v for (v,) in _roles(drafts, "junta_votes_for", "Vote", "vetoedBy") if v] == []


def test_a_government_hosts_a_visit_to_its_state(drafts):
    assert _roles(drafts, "government_hosts", "Visit", "visitor", "hostState") == [(["mira-kessel"], ["ostravia"])]
    assert of(drafts["government_criticises_guest"], "Visit") == []
    assert of(drafts["guest_hosts_envoy"], "Visit") == []


def test_a_government_exports_for_its_state(drafts):
    assert _roles(drafts, "government_exports", "TradeReport", "exporter", "importer") == [(["ostravia"], ["valdoria"])]
    assert of(drafts["grain_wasted"], "TradeReport") == []


def test_a_government_builds_and_arms_for_its_state(drafts):
    assert _roles(drafts, "junta_develops_missiles", "Project", "party") == [(["valdoria"],)]
    assert _roles(drafts, "government_builds_abroad", "Project", "party", "place") == [(["ostravia"], ["valdoria"])]
    assert of(drafts["junta_drafts_constitution"], "Project") == []
    assert of(drafts["junta_denies_missiles"], "Project") == []
    assert all(p != ["ostravia"] for (p,) in _roles(drafts, "other_builds", "Project", "party"))


def test_governments_brought_together_meet_for_their_states(drafts):
    assert _roles(drafts, "both_brought_together", "Meeting", "participant") == [(["ostravia", "valdoria"],)]
    assert of(drafts["one_brought_together"], "Meeting") == []
