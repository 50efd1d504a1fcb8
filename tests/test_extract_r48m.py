"""Rule set 48, part m: bases handed over to the host state, sanctions lifted, suspended or
eased, and the names a draft proposes, through the real ``kg extract`` command on small
invented articles (one run for all, with a registry of invented states, sites and bodies),
each rule beside look-alikes that must draft nothing:

- handovers (facts/military.py, handover_rules): "handed Camp Borel back to Valdoria",
  "returned Fort Lenk to the Valdorian Army", "handed over Camp Borel to Valdoria": a
  ``Control`` of the receiver with ``transferredFrom`` the one who hands it over; not "did not
  hand ... back", "returned to Valdoria" (a journey), "returned the call";
- sanctions ended or eased (facts/easings.py): "lifted the asset freeze on five Syrian banks"
  (the target a demonym), "agreed to suspend the restrictions on Valdoria's energy sector",
  "suspend a number of the restrictive measures it imposed on Valdoria", "lifted the freeze on
  X and eased the restrictions on Y", "were relaxed by"; not "had agreed on a roadmap for
  easing the sanctions" (a plan: no Sanction at all, imposed or eased), "has no plans to lift",
  "did not lift";
- ratifications (facts/ratifications.py): "the house passed three bills ratifying defence
  cooperation agreements that the government has concluded with A, B and C": one Agreement
  of the house's state with each partner, the ratification its stage; "the agreements with
  A, B and C were signed in separate ceremonies" (no signer named) drafts no agreement of
  all three; "signed trade agreements with A and B" is one agreement each, "a trade agreement
  with A and B" one of all; not "did not pass the bills ratifying";
- the date of a saying (dates.py): "At the end of 2029 X said" dated 2029, the year the
  words give, not the publication day;
- proposed names (mentions.py): "General Tomas Reku" proposed as 'Tomas Reku' (a rank is no
  part of a name; "General Motors" and a two-word "General Reku" keep theirs), "Ostravia's
  house of representatives" as 'House of Representatives of Ostravia' (headline case).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: Invented states, sites and bodies; Syria is real so that its demonym applies.
REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: camp-borel, type: Site, label: Camp Borel}
- {id: fort-lenk, type: Site, label: Fort Lenk}
- {id: coastal-union, type: InternationalOrganisation, label: Coastal Union}
- {id: valdorian-army, type: ArmedForces, label: Valdorian Army, of: valdoria}
"""

ARTICLES = {
    # 1. handovers
    "handed_back": "Ostravia handed Camp Borel back to Valdoria on Monday.",
    "returned_to": "Ostravia returned Fort Lenk to the Valdorian Army on July 1.",
    "handed_over": "Ostravia handed over Camp Borel to Valdoria on Monday.",
    "not_handed": "Ostravia did not hand Camp Borel back to Valdoria.",
    "returned_home": "Ostravia's envoy returned to Valdoria on Monday.",
    "returned_call": "Ostravia returned the call of Valdoria on Monday.",
    # 2. sanctions ended or eased
    "lifted_demonym": "The Coastal Union lifted the asset freeze on five Syrian banks on Monday.",
    "agreed_to_suspend": "The Coastal Union agreed to suspend the restrictions on Valdoria's energy sector on Monday.",
    "number_of": "The Coastal Union decided to suspend a number of the restrictive measures it imposed on Valdoria.",
    "lifted_and_eased": ("The Coastal Union lifted the sanctions on Valdoria's airline and eased the restrictions "
                         "on Ostravia's central bank on Monday."),
    "relaxed_by": "The restrictions on exports of luxury goods to Valdoria were relaxed by the Coastal Union.",
    "roadmap": "Coastal Union ministers had agreed on a roadmap for easing the sanctions on Valdoria in January 2030.",
    "no_plans": "The Coastal Union has no plans to lift the sanctions on Valdoria.",
    "did_not_lift": "The Coastal Union did not lift the asset freeze on five Syrian banks.",
    "goods_ban": "The Coastal Union lifted the ban on Syrian wine on Monday.",
    # 3. ratifications
    "ratified_bills": ("Ostravia's house of representatives on Monday passed three bills ratifying defence cooperation "
                       "agreements that the government has concluded with Valdoria, Chile and Peru."),
    "ratified_senate": "Valdoria's senate ratified the trade agreements with Ostravia and Chile on Monday.",
    "signed_plural": "Valdoria signed trade agreements with Ostravia and Chile on Monday.",
    "signed_one": "Valdoria signed a trade agreement with Ostravia and Chile on Monday.",
    "separate_signed": "The agreements with Valdoria, Chile and Peru were signed in separate ceremonies.",
    "not_ratified": "Ostravia's house of representatives did not pass the bills ratifying the agreements with Chile and Peru.",
    # 4. the date of a saying told by a part of a year
    "end_of_year": ("Tomas Reku of Ostravia won the vote in March 2029. "
                    "At the end of 2029 he said that Ostravia would leave."),
    "start_of_year": "At the beginning of 2028 Tomas Reku said that Ostravia would leave.",
    # 5. proposed names
    "rank": "General Tomas Reku said on Monday that Ostravia would leave Valdoria.",
    "house": "Ostravia's house of representatives passed the bill on Monday.",
}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """(name -> the claims drafted from that article, name -> the entities its draft
    proposes), all drafted in one run with :data:`REGISTRY`."""
    import yaml
    folder = tmp_path_factory.mktemp("r48m")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    entities = {}
    for name in ARTICLES:
        path = folder / "drafts" / f"{name}.yaml"
        entities[name] = (yaml.safe_load(path.read_text(encoding="utf-8")).get("entities") or []) if path.exists() else []
    return found, entities


def _controls(drafted, name: str) -> list[tuple]:
    """(controller, controlled, transferredFrom, startDate) of each Control drafted from ``name``."""
    return [(c.get("controller"), c.get("controlled"), c.get("transferredFrom"), c.get("startDate"))
            for c in of(drafted[0][name], "Control")]


def _sanctions(drafted, name: str) -> list[tuple]:
    """(authority, target, status, endDate, description) of each Sanction drafted from ``name``."""
    return [(c.get("authority"), c.get("target"), c.get("status"), c.get("endDate"), c.get("description"))
            for c in of(drafted[0][name], "Sanction")]


# -- 1. handovers ----------------------------------------------------------------------------------


def test_a_site_handed_back_is_controlled_by_the_receiver_and_transferred_from_the_giver(drafted):
    assert _controls(drafted, "handed_back") == [("valdoria", "camp-borel", "ostravia", "2030-09-02")]
    assert _controls(drafted, "handed_over") == [("valdoria", "camp-borel", "ostravia", "2030-09-02")]


def test_a_site_returned_to_a_named_force(drafted):
    assert _controls(drafted, "returned_to") == [("valdorian-army", "fort-lenk", "ostravia", "2030-07-01")]


def test_no_handover_denied_a_journey_back_or_a_call_returned(drafted):
    for name in ("not_handed", "returned_home", "returned_call"):
        assert _controls(drafted, name) == [], name


# -- 2. sanctions ended or eased ------------------------------------------------------------------


def test_a_freeze_lifted_on_banks_named_by_their_states_demonym(drafted):
    assert _sanctions(drafted, "lifted_demonym") == [("coastal-union", "syria", "ended", "2030-09-02", None)]


def test_restrictions_a_body_agreed_or_decided_to_suspend(drafted):
    assert [s[:3] for s in _sanctions(drafted, "agreed_to_suspend")] == [("coastal-union", "valdoria", "suspended")]
    assert [s[:3] for s in _sanctions(drafted, "number_of")] == [("coastal-union", "valdoria", "suspended")]


def test_a_second_verb_of_easing_shares_the_first_ones_subject(drafted):
    assert _sanctions(drafted, "lifted_and_eased") == [
        ("coastal-union", "valdoria", "ended", "2030-09-02", None),
        ("coastal-union", "ostravia", "suspended", None, "eased")]


def test_restrictions_relaxed_in_the_passive(drafted):
    assert _sanctions(drafted, "relaxed_by") == [("coastal-union", "valdoria", "suspended", None, "eased")]


def test_no_sanction_from_a_roadmap_for_easing_a_plan_or_a_denial(drafted):
    # a roadmap for easing is neither a sanction imposed nor one eased
    # a ban on goods of a state names no one sanctioned
    for name in ("roadmap", "no_plans", "did_not_lift", "goods_ban"):
        assert _sanctions(drafted, name) == [], name


# -- 3. ratifications ---------------------------------------------------------------------------


def _agreements(drafted, name: str) -> list[tuple]:
    """(parties, status, stage) of each Agreement drafted from ``name``."""
    return [(c.get("party"), c.get("status"), c.get("stage")) for c in of(drafted[0][name], "Agreement")]


def test_agreements_ratified_by_bills_are_one_per_partner_with_the_ratifying_state(drafted):
    stage = {"status": "ratified", "date": "2030-09-02", "party": "house-of-representatives-of-ostravia"}
    assert _agreements(drafted, "ratified_bills") == [
        (["ostravia", p], "ratified", stage) for p in ("valdoria", "chile", "peru")]
    assert {c["description"] for c in of(drafted[0]["ratified_bills"], "Agreement")} == {"defence cooperation agreement"}


def test_agreements_a_senate_ratifies_itself(drafted):
    stage = {"status": "ratified", "date": "2030-09-02", "party": "senate-of-valdoria"}
    assert _agreements(drafted, "ratified_senate") == [(["valdoria", p], "ratified", stage) for p in ("ostravia", "chile")]


def test_agreements_signed_with_several_partners_are_one_each_one_agreement_binds_all(drafted):
    assert _agreements(drafted, "signed_plural") == [(["valdoria", "ostravia"], "signed", None),
                                                     (["valdoria", "chile"], "signed", None)]
    assert _agreements(drafted, "signed_one") == [(["valdoria", "ostravia", "chile"], "signed", None)]


def test_no_agreement_of_all_partners_when_no_signer_is_named_nor_a_ratification_denied(drafted):
    assert _agreements(drafted, "separate_signed") == []
    assert [a for a in _agreements(drafted, "not_ratified") if a[1] == "ratified" and a[2]] == []


# -- 4. the date of a saying told by a part of a year ------------------------------------------------


def test_a_saying_at_the_end_or_beginning_of_a_year_is_dated_by_that_year_not_the_publication(drafted):
    for name, year in (("end_of_year", "2029"), ("start_of_year", "2028")):
        said = of(drafted[0][name], "Statement")
        assert [(c["speaker"], c.get("date")) for c in said] == [("tomas-reku", year)], name
        assert said[0]["fact"].endswith(f"-{year}") and "2030" not in said[0]["fact"], name


# -- 5. proposed names ---------------------------------------------------------------------------


def test_a_rank_before_a_full_name_is_no_part_of_the_proposed_person(drafted):
    people = [(e["id"], e["label"]) for e in drafted[1]["rank"] if e["type"] == "Person"]
    assert people == [("tomas-reku", "Tomas Reku")]
    assert [c["speaker"] for c in of(drafted[0]["rank"], "Statement")] == ["tomas-reku"]


def test_a_legislature_named_by_its_state_is_proposed_in_headline_case(drafted):
    bodies = [e["label"] for e in drafted[1]["house"] if e["type"] == "Organisation"]
    assert bodies == ["House of Representatives of Ostravia"]
