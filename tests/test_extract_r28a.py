"""Rule set 28 (agreements, sanctions, executive measures, memberships, ownership and
control), through the real ``kg extract`` command, on small articles written for these
tests, read with the development set's registry (real states and firms, and the invented
states of dev13-dev15, whose 'of' says which state a company belongs to):

- a measure named by its noun with what it falls on ("Washington's curbs on China's chip
  industry", "a ban on copper exports to Peru") is a Sanction of its authority; one on a
  state's own goods that names no other state is the state's ExecutiveAction;
- agreements reached or named in the passive with 'between', ceasefires and truces by
  their nouns, texts initialled, "parties to the treaty", agreements extended or held,
  "a deal under which X will ...", "a deal to buy gas from Y";
- a membership suspended by the organisation, a bid for membership;
- subsidiaries, property, stakes handed over, passives of owning and running, the state
  airline of a state, nationalisation;
- loans signed, investment by its noun, a state's programme or pursuit of a weapon.

Each rule has a case it must draft and a case it must leave alone.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_claims, kg_cli
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"


def extract(tmp_path, body: str, published: str = "2030-09-03") -> list[dict]:
    """Draft one article with ``kg extract`` and the development set's registry; return
    its claims, each quote checked verbatim against the text."""
    art = tmp_path / "article.txt"
    art.write_text(f"URL: https://example.org/news/article\nPublished: {published}\n\n{body}\n", encoding="utf-8")
    out = tmp_path / "drafts"
    proc = kg_cli("extract", art, "-o", out, "-q", "-j", "1", "--entities", REGISTRY)
    assert proc.returncode == 0 or (proc.returncode == 2 and "Error:" not in proc.stderr), proc.stderr
    claims = drafted_claims(out / "article.yaml", art, proc)  # [] when nothing was drafted (no file written)
    for c in claims:
        assert c["quote"] in body, c
    return claims


def _ids(value) -> list:
    return sorted(value) if isinstance(value, list) else [value]


# -- measures named by their nouns -------------------------------------------------------------

@pytest.mark.parametrize("text, authority, target", [
    ("Washington's new curbs on China's chip industry took effect on Monday.", "united-states", "china"),
    ("The United States tightened its controls on China's semiconductor industry.", "united-states", "china"),
    ("Chile imposed a ban on copper exports to Peru.", "chile", "peru"),
])
def test_a_measure_named_by_its_noun_is_a_sanction_on_what_it_falls_on(tmp_path, text, authority, target):
    claims = extract(tmp_path, text)
    assert [(c["authority"], c["target"]) for c in of(claims, "Sanction")] == [(authority, target)], claims


def test_a_curb_on_a_states_own_exports_is_its_executive_action(tmp_path):
    claims = extract(tmp_path, "Chile announced curbs on exports of copper.")
    [action] = of(claims, "ExecutiveAction")
    assert (action["initiator"], action["subject"]) == ("chile", "curbs on exports of copper"), claims
    assert not of(claims, "Sanction"), claims


@pytest.mark.parametrize("text", [
    "Chile took control of the port.",  # 'control' in the singular is no measure
    "The limit on Peru's debt was raised.",  # no authority named
])
def test_no_measure_without_its_noun_in_the_plural_or_an_authority(tmp_path, text):
    claims = extract(tmp_path, text)
    assert not of(claims, "Sanction") and not of(claims, "ExecutiveAction"), claims


# -- agreements --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, status", [
    # a deal reached is concluded, no text said to be signed (corpus/CLAIMS.md: status agreed; rule set 33)
    ("A deal was reached between Chile and Peru on Monday.", "agreed"),
    ("A ceasefire between Chile and Peru took effect on Monday.", None),
    ("Chile and Peru initialled a trade agreement on Monday.", "initialled"),
    ("Chile and Peru are parties to the treaty.", None),
    ("Chile and Peru extended their ceasefire on Monday.", "extended"),
    ("Chile and Peru have a free trade agreement.", None),
    ("Chile's deal to buy gas from Peru was signed on Monday.", None),
])
def test_agreements_named_with_their_two_parties(tmp_path, text, status):
    claims = extract(tmp_path, text)
    [agreement] = of(claims, "Agreement")
    assert _ids(agreement["party"]) == ["chile", "peru"], claims
    assert agreement.get("status") == status, claims


def test_a_deal_under_which_a_state_acts_is_between_it_and_the_announcers_state(tmp_path):
    claims = extract(tmp_path, "Keir Starmer announced a deal under which Ukraine will buy missiles.")
    [agreement] = of(claims, "Agreement")
    assert _ids(agreement["party"]) == ["ukraine", "united-kingdom"], claims


@pytest.mark.parametrize("text", [
    "Neither Chile nor Peru is a party to the treaty.",  # states outside a treaty are no parties
    "Chile and Peru have good relations.",  # 'have' without an agreement
])
def test_no_agreement_for_states_outside_it_or_without_one(tmp_path, text):
    assert not of(extract(tmp_path, text), "Agreement")


# -- memberships -------------------------------------------------------------------------------

def test_a_member_suspended_by_the_organisation(tmp_path):
    claims = extract(tmp_path, "The African Union suspended Madagascar on Wednesday.")
    [member] = of(claims, "Membership")
    assert (member["member"], member["memberOf"]) == ("madagascar", "african-union"), claims
    assert member["stage"] == {"status": "suspended", "date": "2030-08-28"}, claims


def test_a_bid_for_membership_is_a_membership_requested(tmp_path):
    claims = extract(tmp_path, "Ukraine's bid for membership of the European Union has stalled.")
    [member] = of(claims, "Membership")
    assert (member["member"], member["memberOf"], member["status"]) == ("ukraine", "european-union", "requested")


@pytest.mark.parametrize("text", [
    "Chile suspended talks with Peru on Wednesday.",  # no organisation suspends a member
    "Ukraine's bid for the contract failed.",  # a bid for no membership
])
def test_no_membership_without_an_organisation(tmp_path, text):
    assert not of(extract(tmp_path, text), "Membership")


# -- ownership and control ---------------------------------------------------------------------

@pytest.mark.parametrize("text, owner, owned, extra", [
    ("Gazprom Neft is the oil arm of Gazprom.", "gazprom", "gazprom-neft", {}),
    ("Gazprom Neft is owned by Gazprom.", "gazprom", "gazprom-neft", {}),
    ("QatarEnergy will transfer to Sinopec a 5% interest in Gazprom Neft.", "sinopec", "gazprom-neft", {"share": 5}),
    ("Arctic LNG 2 remains the property of Russia.", "russia", "arctic-lng-2", {}),
    ("Russia nationalised Gazprom Neft in 2023.", "russia", "gazprom-neft", {"startDate": "2023"}),
])
def test_ownership_by_nouns_passives_and_stakes_handed_over(tmp_path, text, owner, owned, extra):
    claims = extract(tmp_path, text)
    found = [(c["owner"], c["owned"]) for c in of(claims, "Ownership")]
    assert (owner, owned) in found, claims
    [fact] = [c for c in of(claims, "Ownership") if (c["owner"], c["owned"]) == (owner, owned)]
    assert {k: fact.get(k) for k in extra} == extra, claims


@pytest.mark.parametrize("text", [
    "Hamas's military arm claimed the attack.",  # an armed wing is no subsidiary
    "Chile said its interest in Gazprom Neft was clear.",  # 'interest' with no share, not handed over
])
def test_no_ownership_from_other_senses_of_the_words(tmp_path, text):
    assert not of(extract(tmp_path, text), "Ownership")


def test_the_state_airline_is_under_its_states_control(tmp_path):
    claims = extract(tmp_path, "Tarsia lifted sanctions on the state airline Brelia Skyways.")
    assert [(c["controller"], c["controlled"]) for c in of(claims, "Control")] == [("brelia", "brelia-skyways")]


def test_a_body_governed_by_two_states_is_under_their_control(tmp_path):
    claims = extract(tmp_path, "The Reconstruction Investment Fund will be governed by Chile and Peru.")
    [control] = of(claims, "Control")
    assert (_ids(control["controller"]), control["controlled"]) == (
        ["chile", "peru"], "us-ukraine-reconstruction-investment-fund"), claims


def test_a_state_governed_by_a_coalition_is_no_control_of_a_body(tmp_path):
    assert not of(extract(tmp_path, "Peru will be governed by Chile."), "Control")


# -- loans, investment, projects ----------------------------------------------------------------

def test_a_loan_signed_to_a_state(tmp_path):
    claims = extract(tmp_path, "The United Kingdom signed a loan of £2.2 billion to Ukraine.")
    assert [(c["lender"], c["borrower"]) for c in of(claims, "Loan")] == [("united-kingdom", "ukraine")], claims


def test_investment_by_its_noun(tmp_path):
    claims = extract(tmp_path, "Chinese investment in France reached $5 billion last year.")
    assert [(c["investor"], c["recipient"]) for c in of(claims, "Investment")] == [("china", "france")], claims


@pytest.mark.parametrize("text, key, value", [
    ("Iran's nuclear programme worries Israel.", "description", "nuclear programme"),
    ("North Korea is developing new missiles.", "item", "new missiles"),
])
def test_a_states_programme_or_pursuit_of_a_weapon_is_its_project(tmp_path, text, key, value):
    claims = extract(tmp_path, text)
    [project] = of(claims, "Project")
    assert project[key] == value and project["party"] in ("iran", "north-korea"), claims


def test_a_programme_of_no_named_kind_is_no_project(tmp_path):
    assert not of(extract(tmp_path, "Iran said its programme was peaceful."), "Project")


# -- trade stopped, packages agreed, territory held --------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile blocked imports of Peruvian wine.",
    "Chile suspended imports of beef from Peru.",
    "Chile halted gas exports to Peru.",
])
def test_trade_stopped_with_another_state_is_a_sanction_on_it(tmp_path, text):
    claims = extract(tmp_path, text)
    assert [(c["authority"], c["target"]) for c in of(claims, "Sanction")] == [("chile", "peru")], claims


def test_trade_cut_with_no_other_state_is_no_sanction(tmp_path):
    assert not of(extract(tmp_path, "Chile cut its exports of copper by 10 percent."), "Sanction")


def test_a_package_agreed_is_the_authoritys_once(tmp_path):
    claims = extract(tmp_path, "The EU agreed a 16th package of sanctions against Russia on Monday.")
    assert [(c["authority"], c["target"], c.get("ordinal")) for c in of(claims, "Sanction")] == [
        ("european-union", "russia", 16)], claims


@pytest.mark.parametrize("text, controller, controlled, description", [
    ("The attack hit Russian-controlled Crimea.", "russia", "crimea", None),
    ("The M23-held city of Goma was quiet.", "m23", "goma", None),
    ("Goma fell under M23 control in January.", "m23", "goma", None),
    ("Russia annexed Crimea in 2014.", "russia", "crimea", "annexation"),
])
def test_territory_held_under_control_or_annexed(tmp_path, text, controller, controlled, description):
    claims = extract(tmp_path, text)
    [control] = of(claims, "Control")
    assert (control["controller"], control["controlled"], control.get("description")) == (
        controller, controlled, description), claims


@pytest.mark.parametrize("text", [
    "A Russian-made drone hit Kyiv.",  # made, not held
    "The EU imposed sanctions after the illegal annexation of Crimea.",  # no annexing state named
])
def test_no_control_without_a_holder(tmp_path, text):
    assert not of(extract(tmp_path, text), "Control")
