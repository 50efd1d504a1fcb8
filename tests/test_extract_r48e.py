"""Rule set 48, part e: a government named as the actor stands for its state where the
act is a state's (an expulsion, a recall), through the real ``kg extract`` command on
small invented articles with a registry that holds the governments, beside look-alikes
that must draft no expulsion."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: government-of-ostravia, type: Government, label: Government of Ostravia, aliases: [Ostravian government], of: ostravia}
- {id: valdorian-junta, type: MilitaryGovernment, label: Valdorian junta, aliases: [the junta], of: valdoria}
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
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article, all in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r48e")
    registry = folder / "entities.yaml"
    registry.write_text(REGISTRY, encoding="utf-8")
    found, _ = drafted_cases(folder, ARTICLES, "--entities", registry)
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
