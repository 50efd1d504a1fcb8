"""Rule set 47, part c: the main event of an article, through the real ``kg extract`` on
invented sentences, each beside look-alikes that must draft nothing:

- a government nationalising or expropriating a company ("Peru's military government has
  nationalised Vell Mining"): a Seizure by the state (``perpetrator``) of the company
  (``seized``), ``actionType: nationalisation``, besides the state's Ownership; an object that is no
  company, or a doer that is no government, drafts no such act;
- an ambassador summoned by a named official ("Chile's Deputy Foreign Minister Ana Ruiz
  summoned Peru's ambassador, Jorge Sala, on Thursday"): one Summons, each side in the
  ``{actor, for}`` form with its own state; two sides summoning "each other's envoys"
  make no fact with both as initiators;
- an entry ban on the citizens of states ("barring citizens of 12 countries from entering
  the United States", "travellers from Cuba and Laos face partial restrictions"): a
  Sanction of the state entered, on the unnamed citizens of each state listed, dated by
  the signing it hangs on; people barred from anything but entering a state draft none;
- a court ordering an asset placed under administration: one LegalAction (a ruling, an
  order) against the company that runs the asset, with the unnamed court of its city's
  state, what it orders and for how long; an order by no court drafts none;
- one detention told again ("her arrest", "her detention", "remains in custody in Lima"):
  one Detention, the place where the captive is held no part of which fact it is; a
  second arrest on another day stays a fact of its own.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The publication day of every article here, a Wednesday.
DAY = "2030-05-22"
THURSDAY_BEFORE = "2030-05-16"

ARTICLES = {
    # 1. nationalisation
    "nationalised": ("Peru's military government has nationalised Vell Mining, the copper company run by the "
                     "Chilean group Codelco, on Thursday."),
    "expropriated": "Vell Mining was expropriated by Peru in 2029.",
    "not_a_company": "Peru nationalised the debate over mining.",
    "no_doer": "Vell Mining was nationalised last year.",
    "company_doer": "Codelco nationalised Vell Mining.",
    # 2. summonses
    "official": "Chile's Deputy Foreign Minister Ana Ruiz summoned Peru's ambassador Jorge Sala on Thursday.",
    "posted_to": ("Chilean Vice Foreign Minister Ana Ruiz summoned Peru's ambassador to Chile, Jorge Sala, "
                  "on Thursday."),
    "unnamed_envoy": "Peru's Vice Foreign Minister Luis Vega summoned Chile's ambassador.",
    "each_other": "Peru and Chile summoned each other's envoys over the border dispute.",
    "state_summons": "Peru summoned the Chilean ambassador on Monday.",
    "own_envoy": "Chile's minister Ana Ruiz summoned Chile's ambassador Jorge Sala home.",
    "staff": "Ana Ruiz summoned her staff on Monday.",
    # 3. entry bans
    "proclamation": ("President Tor Ashby signed a proclamation on Monday barring citizens of 9 countries from "
                     "entering Chile and partially restricting entry for nationals of four others. Travellers "
                     "from Peru, Bolivia and Ecuador face partial restrictions."),
    "state_bans": "Chile banned citizens of Peru from entering the country on Monday.",
    "not_entry": "Chile barred citizens of Peru from the vote.",
    "queues": "Travellers from Peru face long queues at the border.",
    "protesters": "Protesters blocked Peruvian nationals from entering Chile on Monday.",
    "transfers": "Travellers from Peru face restrictions on bank transfers.",
    # 4. court orders on an asset
    "court_order": ("On Monday the commercial court in Lima ordered that the Toquepala complex, operated by the "
                    "Chilean firm Vell Mining, be placed under provisional administration for six months."),
    "court_order_short": "A court in Lima ordered Vell Mining placed under receivership.",
    "not_a_court": ("The president ordered that the Toquepala complex, operated by Vell Mining, be placed under "
                    "military control."),
    "court_fine": "The court ordered that Vell Mining pay a fine.",
    "state_owned": ("A court in Lima on Monday ordered that Peru's largest copper mine be placed under "
                    "provisional administration for six months."),
    # 5. one detention told again
    "retold": ("Peru has released Maria Ruiz, a Chilean journalist. Maria Ruiz was held in Lima. Chile made her "
               "arrest public on May 9. Her detention had angered Chile."),
    "in_custody": ("Chilean police arrested Jorge Sala at Santiago airport on May 10. Sala remains in custody "
                   "in Santiago."),
    "arrested_again": "Police arrested Jorge Sala in Lima in 2028. Police arrested Jorge Sala again in Lima on May 10.",
    # 6. concessions and leases
    "concession": ("The French group Vell Logistics and Peru's Port Authority signed a 30-year concession contract "
                   "for the container terminal of the port of Callao on Monday."),
    "lease": "Peru signed a 25-year lease of the port of Ilo with Vell Logistics on Monday.",
    "two_companies": "Vell Logistics and Codelco Mining signed a concession for the port of Ilo.",
    "nothing_leased": "Peru signed a lease with Vell Logistics on Monday.",
    "quay": ("Peru's Port Authority signed the deal on Monday. Over the following four years Vell Logistics "
             "will invest about 200 million euros in a new quay, 1.5 kilometres long."),
    "no_sum": ("Peru's Port Authority signed the deal on Monday. Vell Logistics will invest heavily in a new "
               "quay."),
    "ideas": "Peru's Port Authority signed the deal on Monday. Vell Logistics invested in new ideas.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run (no claim
    dropped, every quote the article's words: :func:`draft_articles`)."""
    return draft_articles(tmp_path_factory.mktemp("r47c"), ARTICLES, {}, DAY)


def _acts(d) -> list[tuple]:
    return [(c["perpetrator"], c["seized"], c.get("actionType"), c.get("date"))
            for c in of(d["claims"], "Seizure")]


def _summons(d) -> list[tuple]:
    return [(c["initiator"], c["target"], c.get("date")) for c in of(d["claims"], "Summons")]


# -- 1. a government taking a company ---------------------------------------------------------


def test_a_government_nationalising_a_company_is_its_seizure(drafts):
    assert _acts(drafts["nationalised"]) == [("peru", "vell-mining", "nationalisation", THURSDAY_BEFORE)]
    assert _acts(drafts["expropriated"]) == [("peru", "vell-mining", "expropriation", "2029")]
    # the state's holding stays drafted beside the act
    assert [(c["owner"], c["owned"]) for c in of(drafts["nationalised"]["claims"], "Ownership")] == [
        ("peru", "vell-mining")]


def test_no_company_taken_or_no_government_taking_drafts_no_nationalisation(drafts):
    for name in ("not_a_company", "no_doer", "company_doer"):
        assert _acts(drafts[name]) == [], name


# -- 2. envoys summoned --------------------------------------------------------------------------


def test_an_official_summoning_an_envoy_gives_each_side_its_own_state(drafts):
    both = ({"actor": "ana-ruiz", "for": "chile"}, {"actor": "jorge-sala", "for": "peru"}, THURSDAY_BEFORE)
    assert _summons(drafts["official"]) == [both]
    # the state an ambassador is posted to is not the one they serve
    assert _summons(drafts["posted_to"]) == [both]
    assert _summons(drafts["unnamed_envoy"]) == [
        ({"actor": "luis-vega", "for": "peru"}, {"actor": "unnamed ambassador", "for": "chile"}, None)]
    # a state summoning an envoy stays as it was
    assert _summons(drafts["state_summons"]) == [
        ("peru", {"actor": "unnamed ambassador", "for": "chile"}, "2030-05-20")]


def test_each_others_envoys_or_ones_own_staff_draft_no_summons(drafts):
    for name in ("each_other", "own_envoy", "staff"):
        assert _summons(drafts[name]) == [], name


# -- 3. entry bans --------------------------------------------------------------------------------

MONDAY_BEFORE = "2030-05-20"


def _bans(d) -> list[tuple]:
    return [(c["authority"], c["target"], c["measure"], c.get("date")) for c in of(d["claims"], "Sanction")]


def test_a_ban_on_entering_a_state_is_its_sanction_on_the_citizens_of_each_state(drafts):
    assert _bans(drafts["proclamation"]) == [
        ("chile", "unnamed citizens of 9 countries", "entry ban", MONDAY_BEFORE),
        ("chile", "unnamed nationals of four others", "partial entry restrictions", MONDAY_BEFORE),
        # the restriction's authority is the one the article's other sanctions agree on
        ("chile", [{"actor": "unnamed travellers", "of": s} for s in ("peru", "bolivia", "ecuador")],
         "partial entry restrictions", None)]
    assert [(a, m) for a, _, m, _ in _bans(drafts["state_bans"])] == [("chile", "entry ban")]


def test_people_barred_from_anything_but_entry_or_facing_no_measure_are_no_entry_ban(drafts):
    assert [b for b in _bans(drafts["not_entry"]) if "entry" in b[2]] == []
    assert _bans(drafts["queues"]) == []
    # no one's measure ("protesters blocked"), and a restriction of something else than entry
    assert _bans(drafts["protesters"]) == [] and _bans(drafts["transfers"]) == []


# -- 4. a court's order on an asset -----------------------------------------------------------------


def _orders(d) -> list[dict]:
    return [{k: c.get(k) for k in ("court", "target", "legalActionKind", "actionType", "subject", "duration", "date")}
            for c in of(d["claims"], "LegalAction")]


def test_a_court_placing_an_asset_under_administration_is_an_order_against_its_operator(drafts):
    assert _orders(drafts["court_order"]) == [{
        "court": {"actor": "unnamed commercial court in Lima", "of": "peru"}, "target": "vell-mining",
        "legalActionKind": "ruling", "actionType": "order",
        "subject": "Toquepala complex placed under provisional administration", "duration": "six months",
        "date": MONDAY_BEFORE}]
    # one order, not a second one of the verb's own rule
    assert [(o["target"], o["subject"]) for o in _orders(drafts["court_order_short"])] == [
        ("vell-mining", "Vell Mining placed under receivership")]


def test_an_order_by_no_court_or_of_no_administration_is_no_such_order(drafts):
    assert _orders(drafts["not_a_court"]) == []
    assert [o["subject"] for o in _orders(drafts["court_fine"])] == [None]  # the court's order as before
    # the state that owns the asset is not what the order is aimed at
    assert [o["target"] for o in _orders(drafts["state_owned"])] == []


# -- 5. one detention told again --------------------------------------------------------------------


def _detentions(d) -> list[tuple]:
    return [(c["fact"], c["target"], c.get("date")) for c in of(d["claims"], "Detention")]


def test_a_detention_told_again_is_one_fact(drafts):
    # "was held in Lima", "her arrest", "her detention": three tellings of the one detention
    assert _detentions(drafts["retold"]) == [("detention-maria-ruiz", "maria-ruiz", None)] * 3
    held = _detentions(drafts["in_custody"])
    assert [t for _, t, _ in held] == ["jorge-sala"] * 2 and len({f for f, _, _ in held}) == 1
    assert held[0][2] == "2030-05-10"


def test_a_second_arrest_on_another_day_stays_a_fact_of_its_own(drafts):
    again = _detentions(drafts["arrested_again"])
    assert [d for _, _, d in again] == ["2028", "2030-05-10"] and len({f for f, _, _ in again}) == 2


# -- 6. concessions and leases ------------------------------------------------------------------------


def _leases(d) -> list[tuple]:
    return [(c["lessor"], c["lessee"], c["leased"], c.get("placePart"), c.get("duration"), c.get("date"))
            for c in of(d["claims"], "Lease")]


def test_a_concession_signed_by_a_public_body_and_a_company_is_a_lease(drafts):
    assert _leases(drafts["concession"]) == [
        ("port-authority", "vell-logistics", "peru", "container terminal of the port of Callao", "30 years",
         MONDAY_BEFORE)]
    assert _leases(drafts["lease"]) == [("peru", "vell-logistics", "peru", "port of Ilo", "25 years", MONDAY_BEFORE)]


def test_two_companies_or_nothing_leased_draft_no_lease(drafts):
    assert _leases(drafts["two_companies"]) == []
    assert _leases(drafts["nothing_leased"]) == []


def _investments(d) -> list[tuple]:
    return [(c["investor"], c.get("recipient"), c.get("item"), c.get("value"), c.get("modality"))
            for c in of(d["claims"], "Investment")]


def test_a_sum_pledged_for_a_thing_no_entity_names_is_an_investment_in_that_item(drafts):
    assert _investments(drafts["quay"]) == [
        ("vell-logistics", None, "a new quay, 1.5 kilometres long", "about 200 million euros", "planned")]


def test_an_investment_with_no_sum_in_an_unnamed_thing_drafts_nothing(drafts):
    assert _investments(drafts["no_sum"]) == []
    assert _investments(drafts["ideas"]) == []
