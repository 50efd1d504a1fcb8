"""Rule set 49, part c: headline events of energy, sanctions and protest news, false
drafts of speakers, parties and dates, and names cut short, through the real ``kg
extract`` command on small invented articles (one run for all, with a registry of
invented states, bodies and people), each rule beside look-alikes that must draft
nothing or stay as they were:

- a long-term supply contract (facts/contracts.py): the ``Supply`` the signed contract
  is for, supplier and recipient from the words ("for the supply of ... to Ostravia",
  "for the purchase of"), with its amount and rate, and the agreement's ``duration``;
  none when the words do not say who supplies, or when the contract is only discussed;
- a price cap set or lowered by a bloc (facts/caps.py): a ``Sanction`` on the state whose
  goods are capped, with the new figure as ``value``; a cap on the number of boats, or
  a price that hits a cap, is none;
- a measure a government takes back (facts/revocations.py): an ``ExecutiveAction`` of
  the president who revoked it; one only demanded, or taken back by a group, is none;
- the dead counted on protests and a crowd's arson of a building (facts/tolls.py), and a
  crowd arrested by the force that says "they" arrested it (facts/crowds.py); protests
  "in which no one has died", tyres set on fire, soldiers' fire and people journalists
  "counted" are none;
- an organisation's section named with a state ("Harbour Rights Monitor Valdoria said")
  speaks for itself, not the state; "the parties" beside leaders of political parties are
  not the article's two states; a month-day of a plan told in the past is the one nearest
  the publication date;
- names: a company's name with an all-caps word and a legal form, a person's name of
  three parts, "A in B and C in D" placing C in D; an HTML page's publisher is the site
  name its ``<title>`` or ``og:site_name`` gives, never its headline.
"""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import drafted_with_proposals, registry_options, kg_cli
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The registry the articles are drafted with: invented states, bodies, places and people.
REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: andean-council, type: InternationalOrganisation, label: Andean Council}
- {id: norgas, type: StateCompany, label: Norgas, of: valdoria}
- {id: harbour-rights-monitor, type: Organisation, label: Harbour Rights Monitor}
- {id: harbour-front, type: Group, label: Harbour Front, aliases: [the Harbour Front]}
- {id: lina-varo, type: Person, label: Lina Varo, of: ostravia}
- {id: tor-ashby, type: Person, label: Tor Ashby, of: valdoria}
- {id: dorn, type: City, label: Dorn}
- {id: maris, type: City, label: Maris}
- {id: velka, type: Region, label: Velka}
- {id: ostra, type: Region, label: Ostra}
- {id: lima, type: City, label: Lima}
"""

ARTICLES = {
    # 1. supply contracts
    "supply_contract": ("Petrovna GTL Limited, Ostravia's largest importer of gas, on Monday signed a long-term sale "
                        "and purchase agreement with Norgas for the supply of about 2.5 million tonnes per annum of "
                        "LNG to Ostravia for fifteen years."),
    "purchase_contract": "Ostravia signed a contract with Valdoria for the purchase of 3 million barrels of crude.",
    "supply_unclear": "Ostravia signed an agreement with Valdoria for the supply of LNG.",
    "supply_discussed": "Ostravia discussed an agreement with Valdoria for the supply of LNG to Ostravia.",
    # 2. price caps
    "cap_lowered": ("The Andean Council on Friday adopted new measures, lowering the price cap on Valdorian crude "
                    "oil from $70 to $55 a barrel.\n\nThe cap of $70 had been agreed by Ostravia in March 2029."),
    "cap_boats": "The Andean Council on Friday lowered the cap on fishing boats from 70 to 55.",
    "cap_hit": "Prices of Valdorian crude oil hit the cap of $70 a barrel on Friday.",
    # 3. measures taken back
    "revoked": ("Ostravian President Lina Varo on Sunday revoked a monthly housing allowance paid to members of "
                "parliament after a week of protests."),
    "revoke_demanded": "Protesters demanded that Lina Varo revoke the housing allowance.",
    "group_scrapped": "The Harbour Front scrapped its membership fee on Sunday.",
    # 4. tolls and arrests
    "toll": "Lina Varo bowed to a week of street protests in which at least six people have died.",
    "no_toll": "Lina Varo bowed to a week of street protests in which no one has died.",
    "arrests": "Police said they had arrested more than 300 people in Lima since the protests began.",
    "counted": "Journalists said they had counted more than 300 people in Lima since the protests began.",
    "arson": "In Dorn, two people died on Friday when rioters set fire to the regional assembly building.",
    "tyres": "In Dorn, rioters set fire to tyres on the main road on Friday.",
    "force_fire": "In Dorn, two people died on Friday when soldiers set fire to the regional assembly building.",
    # 5. speakers, parties, dates
    # (a real state's name after an invented body's, which the model reads as two names)
    "section": ("Clean Seas International Kenya said the president's talk of treason was excessive and called "
                "for the release of peaceful demonstrators."),
    "state_said": "Kenya said the president's talk of treason was excessive.",
    "parties_political": ("Ostravia and Valdoria have quarrelled over fishing since 2020. Ostravia accuses Valdoria "
                          "of overfishing.\n\nIn Lima, with the leaders of eight political parties standing beside "
                          "her, Lina Varo said the parties had agreed to cut the allowance of lawmakers."),
    "parties_states": ("Ostravia and Valdoria held talks in Lima on Monday, the first between Ostravia and "
                       "Valdoria since 2020. The parties agreed to resume direct flights."),
    "due_parade": "Lina Varo cancelled a trip to Lima, where she had been due to attend a military parade on September 5.",
    "attended_parade": "Lina Varo attended a military parade in Lima on September 5.",
    # 6. names
    "company_name": ("Marinet LNG Limited is a joint venture formed by two state companies to import gas and set up "
                     "terminals in Ostravia. On Monday it signed a supply agreement with Norgas."),
    "company_after_day": "On Friday Tradenet LNG Limited signed a supply agreement with Norgas.",
    "three_names": "\"The new terms are of national importance,\" said Avnish Kumar Gupta, Managing Director of Norgas.",
    # (the model reads the first name as a place of its own)
    "three_names_place": "\"The new terms are fair,\" said Kshitij Kumar Singh, Managing Director and CEO of Norgas.",
    "two_persons": "Lina Varo met Tor Ashby in Lima on Monday.",
    "two_places": "Norgas operates terminals at Dorn in Velka and Maris in Ostra.",
}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """(name -> the claims drafted from that article, name -> the entities its draft
    proposes), all drafted in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r49c")
    return drafted_with_proposals(folder, ARTICLES, *registry_options(folder, REGISTRY))


@pytest.fixture(scope="module")
def drafts(drafted) -> dict[str, list[dict]]:
    return drafted[0]


def _ids(value) -> list:
    return value if isinstance(value, list) else [value]


# -- 1. supply contracts ----------------------------------------------------------------------------


def test_a_supply_contract_drafts_the_supply_it_is_for_and_the_agreement_s_term(drafts):
    supply = of(drafts["supply_contract"], "Supply")
    assert len(supply) == 1, drafts["supply_contract"]
    assert supply[0]["supplier"] == "norgas" and supply[0]["recipient"] == "petrovna-gtl-limited"
    assert supply[0]["item"] == "LNG" and supply[0]["amount"] == "about 2.5 million tonnes per year"
    assert supply[0]["modality"] == "planned" and "date" not in supply[0]
    deal = of(drafts["supply_contract"], "Agreement")
    assert [d.get("duration") for d in deal] == ["fifteen years"]
    assert sorted(_ids(deal[0]["party"])) == ["norgas", "petrovna-gtl-limited"]


def test_a_purchase_contract_makes_the_signer_the_recipient(drafts):
    supply = of(drafts["purchase_contract"], "Supply")
    assert [(s["supplier"], s["recipient"], s["item"]) for s in supply] == [("valdoria", "ostravia", "crude")]


def test_no_supply_when_the_words_do_not_say_who_supplies_or_nothing_is_signed(drafts):
    assert of(drafts["supply_unclear"], "Supply") == []
    assert of(drafts["supply_unclear"], "Agreement")  # the agreement signed still drafts
    assert of(drafts["supply_discussed"], "Supply") == []


# -- 2. price caps ----------------------------------------------------------------------------------


def test_a_price_cap_lowered_by_a_bloc_is_a_sanction_on_the_state_of_the_goods(drafts):
    caps = {c["authority"]: c for c in of(drafts["cap_lowered"], "Sanction") if "valueOf" in c}
    lowered = caps["andean-council"]
    assert lowered["target"] == "valdoria" and lowered["value"] == "USD 55 per barrel"
    assert lowered["measure"] == "price cap on Valdorian crude oil lowered from USD 70 to USD 55 a barrel"
    # the cap named again by its figure alone: the state of the cap told before
    agreed = caps["ostravia"]
    assert agreed["target"] == "valdoria" and agreed["value"] == "USD 70" and agreed["date"] == "2029-03"


def test_a_cap_on_boats_or_a_price_hitting_a_cap_is_no_sanction(drafts):
    assert [c for c in of(drafts["cap_boats"], "Sanction") if "valueOf" in c] == []
    assert of(drafts["cap_hit"], "Sanction") == []


# -- 3. measures taken back -------------------------------------------------------------------------


def test_a_president_revoking_an_allowance_is_an_executive_action(drafts):
    acts = of(drafts["revoked"], "ExecutiveAction")
    assert [(a["initiator"], a["date"]) for a in acts] == [("lina-varo", "2030-09-01")]
    assert acts[0]["subject"] == "revocation of a monthly housing allowance paid to members of parliament"


def test_a_revocation_demanded_is_no_act_done_and_a_group_s_own_fee_scrapped_is_none(drafts):
    # demanded: drafted as asked for, never as done
    assert [a.get("modality") for a in of(drafts["revoke_demanded"], "ExecutiveAction")] in ([], ["requested"])
    assert [a for a in of(drafts["group_scrapped"], "ExecutiveAction")
            if str(a.get("subject", "")).startswith("scrapping")] == []


# -- 4. tolls and arrests ---------------------------------------------------------------------------


def test_the_dead_counted_on_protests_are_the_protest_s_toll(drafts):
    assert [(p["participant"], p["killed"]) for p in of(drafts["toll"], "Protest")] == [
        ("unnamed protesters", "at least 6")]
    assert [p for p in of(drafts["no_toll"], "Protest") if "killed" in p] == []


def test_people_the_police_say_they_arrested_are_a_detention_by_the_police(drafts):
    held = of(drafts["arrests"], "Detention")
    assert [(d["target"], d["initiator"]) for d in held] == [("more than 300 unnamed people", "unnamed police")]
    assert of(drafts["counted"], "Detention") == []


def test_a_crowd_setting_fire_to_a_building_is_an_attack_with_its_dead(drafts):
    attacks = of(drafts["arson"], "Attack")
    assert [(a["perpetrator"], a["weapon"], a["killed"], a.get("place"), a["date"]) for a in attacks] == [
        ("unnamed rioters", "fire", 2, "dorn", "2030-08-30")]
    assert attacks[0]["damage"] == "set fire to the regional assembly building"
    # tyres are no building; soldiers are no crowd
    assert [a for a in of(drafts["tyres"], "Attack") if a.get("weapon") == "fire"] == []
    assert [a for a in of(drafts["force_fire"], "Attack") if a.get("perpetrator") == "unnamed soldiers"
            and a.get("weapon") == "fire"] == []


# -- 5. speakers, parties, dates --------------------------------------------------------------------


def test_an_organisation_s_section_named_with_a_state_speaks_not_the_state(drafted):
    drafts, proposed = drafted
    said = of(drafts["section"], "Statement") + of(drafts["section"], "Appeal")
    assert [c["speaker"] for c in said] == ["clean-seas-international-kenya"] * 2
    assert "Clean Seas International Kenya" in [e["label"] for e in proposed["section"]]
    assert [c["speaker"] for c in of(drafts["state_said"], "Statement")] == ["kenya"]


def test_the_parties_beside_political_party_leaders_are_not_the_article_s_two_states(drafts):
    assert [c for c in of(drafts["parties_political"], "Agreement")
            if set(_ids(c["party"])) == {"ostravia", "valdoria"}] == []
    assert [sorted(_ids(c["party"])) for c in of(drafts["parties_states"], "Agreement")] == [["ostravia", "valdoria"]]


def test_a_month_day_of_a_plan_told_in_the_past_is_the_one_nearest_publication(drafts):
    # published 2030-09-03: "had been due to attend ... on September 5" is two days later
    assert [c.get("date") for c in of(drafts["due_parade"], "Ceremony")] == ["2030-09-05"]
    # a plain past stays on or before the publication date
    assert [c.get("date") for c in of(drafts["attended_parade"], "Ceremony")] == ["2029-09-05"]


# -- 6. names ---------------------------------------------------------------------------------------


def test_a_company_name_with_an_all_caps_word_and_a_legal_form_is_kept_whole(drafted):
    drafts, proposed = drafted
    labels = [e["label"] for e in proposed["company_name"]]
    assert "Marinet LNG Limited" in labels and "LNG Limited" not in labels
    assert [sorted(_ids(c["party"])) for c in of(drafts["company_name"], "Agreement")] == [
        ["marinet-lng-limited", "norgas"]]
    # the words taken back stop at a day's name before the company's
    labels = [e["label"] for e in proposed["company_after_day"]]
    assert "Tradenet LNG Limited" in labels and not any(label.startswith("Friday") for label in labels)
    assert "Petrovna GTL Limited" in [e["label"] for e in proposed["supply_contract"]]


def test_a_person_s_name_of_three_parts_is_kept_whole(drafted):
    drafts, proposed = drafted
    assert [c["speaker"] for c in of(drafts["three_names"], "Statement")] == ["avnish-kumar-gupta"]
    assert [c["speaker"] for c in of(drafts["three_names_place"], "Statement")] == ["kshitij-kumar-singh"]
    labels = [e["label"] for name in ("three_names", "three_names_place") for e in proposed[name]]
    assert "Kumar Gupta" not in labels and "Kumar Singh" not in labels and "Kshitij" not in labels
    # two registry persons side by side in a clause stay two
    assert [sorted(_ids(c["participant"])) for c in of(drafts["two_persons"], "Meeting")] == [["lina-varo", "tor-ashby"]]


def test_each_place_of_a_list_lies_in_its_own_region(drafts):
    assert sorted((c["located"], c["place"]) for c in of(drafts["two_places"], "Location")) == [
        ("dorn", "velka"), ("maris", "ostra")]


# -- the publisher of an HTML page ------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:title" content="Ostravia raises fuel duty to 12.5 percent">
{site}<meta property="article:published_time" content="2030-09-03T10:00:00+00:00">
</head><body><article>
<h1>Ostravia raises fuel duty to 12.5 percent</h1>
<p>Ostravia raised its duty on diesel and petrol to 12.5 percent on Monday, the finance ministry said, the
second rise this year.</p>
<p>Lina Varo, the Ostravian president, said the rise would pay for new roads in the north of the country.</p>
</article></body></html>
"""
HEADLINE = "Ostravia raises fuel duty to 12.5 percent"


@pytest.mark.parametrize("title, site, publisher", [
    # (a headline with a figure in it, which trafilatura gives as the site's name)
    (f"{HEADLINE} | Coastline Daily", "", "Coastline Daily"),
    (f"{HEADLINE} | Coastline Daily", '<meta property="og:site_name" content="Bay Post">\n', "Bay Post"),
    (HEADLINE, '<meta property="og:site_name" content="Bay Post">\n', "Bay Post"),
    (HEADLINE, "", None),
])
def test_an_html_page_s_publisher_is_its_site_name_never_its_headline(tmp_path, title, site, publisher):
    page = tmp_path / "duty.html"
    page.write_text(PAGE.format(title=title, site=site), encoding="utf-8")
    proc = kg_cli("extract", page, "-o", tmp_path / "out", *registry_options(tmp_path, REGISTRY), "-q")
    assert proc.returncode == 0, proc.stderr
    data = yaml.safe_load((tmp_path / "out" / "duty.yaml").read_text(encoding="utf-8"))
    labels = {e["id"]: e["label"] for e in data.get("entities", [])}
    got = data["article"].get("publisher")
    assert (labels.get(got) if got else None) == publisher
    assert HEADLINE not in labels.values()
