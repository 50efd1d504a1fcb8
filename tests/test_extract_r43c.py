"""Rule set 43 (positions of a state's legal system and of a region, the measure of a
court's order, market prices), through the real ``kg extract`` command on small articles
written for these tests and read with a registry of their own (one run for all, a
module-scoped fixture). Each form is checked for what it drafts and for what it must not:

- a state's chief prosecutor by title before the name ("Attorney General Lina Varo",
  whom the registry places in Peru): a PositionHeld of that state; an international
  court's prosecutor keeps the court named before the title, and a prosecutor no one
  places in a state is of none (no PositionHeld);
- a ministry's official by portfolio and title, with no state ("foreign ministry spokeswoman
  Lina Varo"): a PositionHeld of the registry's ministry of that portfolio of the
  holder's state; none when the registry has no such ministry or the holder no state;
- the head of a region's government or its governor by title after the region's name
  ("Ontario Premier Doug Ford", "Alaska Governor Mike Dunleavy"): a PositionHeld of the
  region; a region before another title is that title's portfolio ("Middle East envoy
  Steve Witkoff"), no office held in it;
- a court's order of one measure ("ordered Peru to halt all work on the dam"): beside
  the order, an injunction with the measure in ``subject``; none for an order that is no
  infinitive ("ordered him held in custody"), one that awards money ("ordered Peru to pay
  damages") nor for an order no court gives; a label of
  "the ruling" after it is the order's, not the measure's;
- a sentence served by the subject of an earlier verb ("Lina Varo had been held since 2018
  and was serving a 16-year sentence"): a LegalAction on her; people described as
  convicted in apposition ("..., and Lea Moro and Mike Dunleavy, a couple convicted in
  Chile of spying") are the last names joined, not the list's earlier items;
- a person a member of an association of people ("Lea Moro is a member of the Andean
  Parliamentary Alliance"): a Membership; none for a legislature ("a member of the
  National Assembly") or a body of no such kind ("a member of the Andean Trade Council");
- an order a head signs ("President Lina Varo signed an order raising tariffs"): an
  ExecutiveAction; none for an order of goods ("signed an order for 24 helicopters");
- a commodity's market price told by its move ("Brent crude futures rose 5.04% to $83.11 a
  barrel", "Gold prices fell 2 percent"): an Indicator of no actor with ``changePercent``
  and ``value``; none for a commodity's exports, a state's oil or prices, aid named alone,
  nor a move with no figure.
- a state's share of a world or market whole ("Peru accounted for 38.5 percent of the
  world's refined copper output"): an Indicator of the state with ``share`` and
  ``shareOf``; none for a stake in a named company ("holds 49 percent of Andean Copper")
  nor a share of something that is no production, trade or resource ("20 percent of the
  seats").
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: peru, type: State, label: Peru}
- {id: chile, type: State, label: Chile}
- {id: united-states, type: State, label: United States, aliases: [U.S., US]}
- {id: united-kingdom, type: State, label: United Kingdom, aliases: [Britain]}
- {id: canada, type: State, label: Canada}
- {id: peru-foreign-ministry, type: Organisation, label: Peruvian Foreign Ministry, of: peru}
- {id: ontario, type: Region, label: Ontario}
- {id: alaska, type: Region, label: Alaska}
- {id: middle-east, type: Region, label: Middle East}
- {id: international-court-of-justice, type: Court, label: International Court of Justice, aliases: [ICJ]}
- {id: international-criminal-court, type: Court, label: International Criminal Court, aliases: [ICC]}
- {id: lina-varo, type: Person, label: Lina Varo, aliases: [Varo], of: peru}
- {id: tor-ashby, type: Person, label: Tor Ashby, aliases: [Ashby]}
- {id: karim-khan, type: Person, label: Karim Khan, aliases: [Khan], of: united-kingdom}
- {id: lea-moro, type: Person, label: Lea Moro}
- {id: andean-alliance, type: Organisation, label: Andean Parliamentary Alliance}
- {id: peru-assembly, type: Organisation, label: National Assembly of Peru, aliases: [National Assembly], of: peru}
- {id: andean-trade-council, type: Organisation, label: Andean Trade Council}
- {id: andean-copper, type: Organisation, label: Andean Copper}
- {id: doug-ford, type: Person, label: Doug Ford, aliases: [Ford]}
- {id: mike-dunleavy, type: Person, label: Mike Dunleavy, aliases: [Dunleavy]}
- {id: steve-witkoff, type: Person, label: Steve Witkoff, aliases: [Witkoff], of: united-states}
"""

ARTICLES = {
    # a state's prosecutor
    "attorney_general": "Attorney General Lina Varo said on Monday that 40 people had been arrested.",
    "court_prosecutor": "ICC Prosecutor Karim Khan said on Monday that he would seek warrants.",
    "prosecutor_unplaced": "Attorney General Tor Ashby said on Monday that 40 people had been arrested.",
    # a ministry's spokesperson
    "ministry_spokeswoman": "Foreign ministry spokeswoman Lina Varo said the evidence was inadequate.",
    "no_such_ministry": "Defence ministry spokeswoman Lina Varo said the evidence was inadequate.",
    "spokesman_unplaced": "Foreign ministry spokesman Tor Ashby said the evidence was inadequate.",
    # a region's offices
    "premier": "The plan was dropped after Ontario Premier Doug Ford suspended a surcharge on electricity.",
    "governor": "Alaska Governor Mike Dunleavy welcomed the decision on Tuesday.",
    "region_portfolio": "Middle East envoy Steve Witkoff arrived in Cairo on Tuesday.",
    # a court's order of one measure
    "one_measure": "The International Court of Justice on Friday ordered Peru to halt all work on the dam.",
    "held_in_custody": "The International Court of Justice on Friday ordered Tor Ashby held in custody until May 22.",
    "not_a_court": "Chile's president on Friday ordered Peru to halt all work on the dam.",
    "pay_damages": "The International Court of Justice on Friday ordered Peru to pay damages to Chile.",
    "ruling_label": ("The International Court of Justice on Friday ordered Peru to halt all work on the dam. "
                     "Chile called the ruling a victory for international law."),
    # sentences and convictions
    "serving_shared": "Lina Varo had been held since December 2018 and was also serving a 16-year sentence for spying.",
    "couple": ("Peru got back Tor Ashby, who had been convicted of fraud in Chile, and Lea Moro and Mike Dunleavy, "
               "a couple convicted in Chile of spying."),
    # members of associations
    "association_member": "Lea Moro is a member of the Andean Parliamentary Alliance.",
    "legislature_member": "Lea Moro is a member of the National Assembly.",
    "council_member": "Lea Moro is a member of the Andean Trade Council.",
    # orders signed
    "signed_order": "President Lina Varo signed an order raising tariffs on Chilean goods on Monday.",
    "purchase_order": "Peru signed an order for 24 helicopters on Tuesday.",
    # market prices
    "brent": "Brent crude futures rose 5.04% to $83.11 a barrel on Monday.",
    "gold": "Gold prices fell 2 percent on Tuesday.",
    "exports": "Oil exports fell 12 percent on Tuesday.",
    "no_figure": "Oil prices rose sharply on Tuesday.",
    "state_oil": "Russia's oil fell 3 percent on Tuesday.",
    "aid_alone": "Aid fell 12 percent on Tuesday.",
    "prices_in_state": "Food prices in Peru rose 5 percent on Tuesday.",
    # shares of a whole
    "world_share": "Peru accounted for 38.5 percent of the world's refined copper output last year.",
    "stake": "Chile holds 49 percent of Andean Copper.",
    "seats": "Chile holds 20 percent of the seats.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    folder = tmp_path_factory.mktemp("r43c")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def _positions(claims) -> list[tuple]:
    return sorted((c["holder"], c.get("positionOf"), c["position"]) for c in of(claims, "PositionHeld"))


def test_a_states_prosecutor_is_of_the_state_the_registry_gives(drafts):
    assert _positions(drafts["attorney_general"]) == [("lina-varo", "peru", "prosecutor")]


def test_a_courts_prosecutor_keeps_the_court_and_an_unplaced_one_has_no_office(drafts):
    assert _positions(drafts["court_prosecutor"]) == [("karim-khan", "international-criminal-court", "prosecutor")]
    assert _positions(drafts["prosecutor_unplaced"]) == []


def test_a_ministry_spokesperson_is_of_the_holders_states_ministry(drafts):
    assert _positions(drafts["ministry_spokeswoman"]) == [("lina-varo", "peru-foreign-ministry", "spokesperson")]
    assert _positions(drafts["no_such_ministry"]) == []
    assert _positions(drafts["spokesman_unplaced"]) == []


def test_a_regions_premier_and_governor_hold_office_in_the_region(drafts):
    assert _positions(drafts["premier"]) == [("doug-ford", "ontario", "head of government")]
    assert _positions(drafts["governor"]) == [("mike-dunleavy", "alaska", "governor")]


def test_a_region_before_another_title_is_its_portfolio(drafts):
    assert all(of_ != "middle-east" for _, of_, _ in _positions(drafts["region_portfolio"]))


def _injunctions(claims) -> list[tuple]:
    return [(c.get("court"), c["target"], c["subject"]) for c in of(claims, "LegalAction")
            if c.get("legalActionKind") == "injunction"]


def test_a_courts_order_of_one_measure_is_an_injunction_beside_the_order(drafts):
    legal = of(drafts["one_measure"], "LegalAction")
    assert _injunctions(drafts["one_measure"]) == [("international-court-of-justice", "peru", "halt all work on the dam")]
    assert any(c.get("legalActionKind") != "injunction" for c in legal)  # the order itself is still drafted


def test_no_injunction_without_an_infinitive_or_a_court(drafts):
    assert _injunctions(drafts["held_in_custody"]) == []
    assert _injunctions(drafts["not_a_court"]) == []
    assert _injunctions(drafts["pay_damages"]) == []  # an award of money, the judgment's own content


def test_a_label_of_the_ruling_is_the_orders_not_its_measures(drafts):
    claims = drafts["ruling_label"]
    (order,) = [c for c in of(claims, "LegalAction") if c.get("legalActionKind") != "injunction"]
    (label,) = of(claims, "Characterisation")
    assert label["characterised"] == order["fact"]


def test_a_sentence_served_by_a_shared_subject(drafts):
    (sentence,) = of(drafts["serving_shared"], "LegalAction")
    assert (sentence["target"], sentence.get("duration")) == ("lina-varo", "16 years")


def test_a_couple_convicted_is_the_last_pair_not_the_whole_list(drafts):
    targets = sorted(str(c["target"]) for c in of(drafts["couple"], "LegalAction"))
    assert targets == ["['lea-moro', 'mike-dunleavy']", "tor-ashby"]


def test_a_person_is_a_member_of_an_association_not_of_a_legislature_or_council(drafts):
    assert [(c["member"], c["memberOf"]) for c in of(drafts["association_member"], "Membership")] == [
        ("lea-moro", "andean-alliance")]
    assert of(drafts["legislature_member"], "Membership") == []
    assert of(drafts["council_member"], "Membership") == []


def test_an_order_a_head_signs_is_an_executive_action_and_an_order_of_goods_is_not(drafts):
    (action,) = of(drafts["signed_order"], "ExecutiveAction")
    assert (action["orderedBy"], action["actionType"]) == ("lina-varo", "order")
    assert action["subject"].startswith("raising tariffs on Chilean goods")
    assert of(drafts["purchase_order"], "ExecutiveAction") == []


def _prices(claims) -> list[tuple]:
    return [(c["indicator"], c.get("changePercent"), c.get("value")) for c in of(claims, "Indicator")
            if "observationAbout" not in c]


def test_a_commodity_price_told_by_its_move_is_an_indicator(drafts):
    assert _prices(drafts["brent"]) == [("Brent crude futures", 5.04, "USD 83.11 per barrel")]
    assert _prices(drafts["gold"]) == [("Gold prices", -2, None)]
    (brent,) = of(drafts["brent"], "Indicator")
    assert str(brent["date"]) == "2030-09-02"  # "on Monday" before the publication day


def test_exports_a_states_goods_and_a_move_with_no_figure_are_no_price(drafts):
    for name in ("exports", "no_figure", "state_oil", "aid_alone", "prices_in_state"):
        assert _prices(drafts[name]) == [], name


def _shares(claims) -> list[tuple]:
    return [(c["observationAbout"], c["share"], c["shareOf"]) for c in of(claims, "Indicator") if "share" in c]


def test_a_states_share_of_a_world_whole_is_an_indicator(drafts):
    assert _shares(drafts["world_share"]) == [("peru", 38.5, "the world's refined copper output")]


def test_a_stake_in_a_company_or_a_share_of_seats_is_no_such_indicator(drafts):
    assert _shares(drafts["stake"]) == []
    assert _shares(drafts["seats"]) == []
