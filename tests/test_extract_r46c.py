"""Rule set 46, part c: attacks on ships, removals from office, and roles left out rather
than filled wrongly, through the real ``kg extract`` command on small articles written for
these tests (one run for all, a module-scoped fixture), each rule with look-alikes that
must draft nothing:

- a named vessel sunk or attacked, with or without a word of its class ("sank the bulk
  carrier X", "attacked the X", "MV X"), by a group its fighters name ("Houthi rebels",
  "Lebanon's Hezbollah fighters": the group, not the state), in a sea or gulf (a Region),
  with the dead its participle counts; a vessel named before and attacked by unnamed men;
  a town attacked ("the Ukrainian city of X": the place, its state the target);
- "accused X of abducting 12 aid workers": an alleged HostageTaking;
- "removed President X from office on Friday": X's office with its end date; "was sworn
  in as president on Saturday": the successor's start; "voted 98 to 12 to remove X": the
  Vote's target;
- both signatories of "President of A X and President of B Y signed"; "welcomed the
  signing of the treaty" about the treaty or nothing; "both countries" both, never one;
  "the mayor of X" an office of the city; an occupation undated by a relative clause on
  another office;
- vessels proposed as Assets, seas and gulfs as Regions.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # 1. attacks on ships and towns
    "sunk": "Houthi rebels sank the bulk carrier Sea Falcon in the Gulf of Aden on Tuesday, killing three crew members.",
    "sunk_group": "Lebanon's Hezbollah fighters have sunk the tanker Blue Orchid near Tyre, killing at least two sailors.",
    "named_only": "Hamas attacked the Coral Dawn on Sunday.",
    "prefix": "Al-Shabaab militants attacked MV Karin Rose in the Gulf of Oman on Monday.",
    "passive": "The cargo ship Aster Bay left Mombasa on Monday. The vessel was attacked on Tuesday by gunmen in skiffs.",
    "sink_lookalikes": "The ferry Lady Grace sank in a storm on Monday. Congress sank the bill on Tuesday. Oil prices sank.",
    "passive_lookalike": "Peru and Chile held talks on Monday. The vessel was attacked on Friday by pirates.",
    "city": "Russia shelled the Ukrainian city of Lviv on Monday, killing five people.",
    # 2. hostages
    "kidnap": "Kenya accused al-Shabaab of abducting 12 aid workers near Mandera.",
    "kidnap_lookalike": ("Kenya accused al-Shabaab of lying about the attack. Kenya accused Somalia of kidnapping "
                         "the talks. Kenya accused al-Shabaab of abducting the election."),
    # 3. removals from office
    "removal": ("Ecuador's Congress removed President Marta Quispe from office on Friday. Carlos Mena was sworn in "
                "as president of Ecuador on Saturday."),
    "removal_lookalike": ("Ecuador's Congress removed the bill from the agenda on Friday. The ministry removed "
                          "President Marta Quispe from the list of speakers."),
    "vote": ("The National Assembly of Ecuador met on Friday. The 137 lawmakers voted 98 to 12 to remove President "
             "Lenin Vargas from office."),
    # 4. roles left out rather than filled wrongly
    "signed": ("President of the Argentine Republic Javier Milei and President of the Federative Republic of Brazil "
               "Luiz Inácio Lula da Silva today signed the Treaty on River Limits between the two countries in Brasilia."),
    "praise": ("Chile and Peru signed a joint statement on trade on Monday. On Tuesday the two countries signed a "
               "border treaty. The European Union welcomed the signing of the treaty."),
    "praise_lookalike": ("Chile and Peru signed a joint statement on trade on Monday. The European Union welcomed "
                         "the signing of the treaty."),
    "both": ("President Javier Milei of Argentina met President Gabriel Boric of Chile in Buenos Aires on Monday. "
             "Milei said the police of both countries would work together against smuggling."),
    "mayor": "Lena Ortiz, the mayor of Santiago, called for calm on Monday. Kyiv Mayor Vitali Klitschko said the city was calm.",
    "occupation": "Tomas Rivera, a 45-year-old economist who became finance minister of Chile in March, resigned on Monday.",
    # 5. classes of names
    "vessels": ("Iran seized the tanker Nova Star on Friday. Apple sold the iPhone in Paris on Friday. Russia's "
                "carrier Aeroflot cut flights to Peru."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r46c"), ARTICLES, {}, "2030-09-03")


# -- 1. attacks on ships and towns -------------------------------------------------------------


def test_a_named_vessel_sunk_by_a_groups_fighters_in_a_gulf_is_their_attack_with_its_dead(drafts):
    [attack] = of(drafts["sunk"]["claims"], "Attack")
    assert (attack["perpetrator"], attack["target"], attack["place"], attack["killed"], attack["date"]) == (
        "houthis", "sea-falcon", "gulf-of-aden", 3, "2030-09-03")
    entities = drafts["sunk"]["entities"]
    assert entities["sea-falcon"]["type"] == "Asset" and entities["gulf-of-aden"]["type"] == "Region"


def test_a_groups_fighters_of_a_state_are_the_groups_and_a_bound_toll_keeps_its_words(drafts):
    [attack] = of(drafts["sunk_group"]["claims"], "Attack")
    assert (attack["perpetrator"], attack["target"], attack["killed"]) == ("hezbollah", "blue-orchid", "at least 2")
    assert drafts["sunk_group"]["entities"]["blue-orchid"]["type"] == "Asset"


def test_a_vessel_named_with_no_class_word_or_with_a_prefix_is_an_asset_attacked_in_a_gulf(drafts):
    [attack] = of(drafts["named_only"]["claims"], "Attack")
    assert (attack["perpetrator"], attack["target"]) == ("hamas", "coral-dawn")
    assert drafts["named_only"]["entities"]["coral-dawn"]["type"] == "Asset"
    [attack] = of(drafts["prefix"]["claims"], "Attack")
    assert (attack["perpetrator"], attack["target"], attack["place"]) == ("al-shabaab", "mv-karin-rose", "gulf-of-oman")
    entities = drafts["prefix"]["entities"]
    # a gulf named after a state is the sea's name, not the state
    assert (entities["mv-karin-rose"]["type"], entities["gulf-of-oman"]["type"]) == ("Asset", "Region")
    assert "oman" not in entities


def test_the_vessel_named_before_and_attacked_by_unnamed_men_is_their_target(drafts):
    [attack] = of(drafts["passive"]["claims"], "Attack")
    assert (attack["target"], attack["perpetrator"], attack["date"]) == ("aster-bay", "unnamed gunmen", "2030-09-03")
    # the ship is no traveller leaving a city, as a person would be
    assert not of(drafts["passive"]["claims"], "Travel")


def test_a_ship_sinking_by_itself_a_bill_sunk_and_no_vessel_named_before_draft_no_attack(drafts):
    assert not of(drafts["sink_lookalikes"]["claims"], "Attack")
    assert not of(drafts["passive_lookalike"]["claims"], "Attack")


def test_a_town_attacked_is_the_place_and_its_state_the_target_with_the_dead(drafts):
    [attack] = of(drafts["city"]["claims"], "Attack")
    assert (attack["perpetrator"], attack["target"], attack["place"], attack["killed"]) == (
        "russia", "ukraine", "lviv", 5)


# -- 2. hostages -------------------------------------------------------------------------------


def test_an_accusation_of_abducting_people_is_an_alleged_hostage_taking(drafts):
    [taking] = of(drafts["kidnap"]["claims"], "HostageTaking")
    assert (taking["perpetrator"], taking["target"], taking["modality"], taking["said_by"]) == (
        "al-shabaab", "12 unnamed aid workers", "alleged", "kenya")
    assert taking["quote"].startswith("Kenya accused")


def test_an_accusation_of_anything_else_or_of_taking_no_people_is_no_hostage_taking(drafts):
    assert not of(drafts["kidnap_lookalike"]["claims"], "HostageTaking")


# -- 3. removals from office -------------------------------------------------------------------


def test_a_removal_from_office_ends_the_office_and_a_swearing_in_starts_the_next(drafts):
    offices = {c["holder"]: c for c in of(drafts["removal"]["claims"], "PositionHeld")}
    removed, sworn = offices["marta-quispe"], offices["carlos-mena"]
    assert (removed["positionOf"], removed["position"], removed["endDate"]) == ("ecuador", "head of state", "2030-08-30")
    assert "startDate" not in removed
    assert (sworn["positionOf"], sworn["position"], sworn["startDate"]) == ("ecuador", "head of state", "2030-08-31")


def test_a_bill_removed_or_a_name_removed_from_a_list_ends_no_office(drafts):
    claims = drafts["removal_lookalike"]["claims"]
    assert not [c for c in of(claims, "PositionHeld") if "endDate" in c or c.get("status") == "ended"]


def test_a_vote_to_remove_a_president_names_him_as_its_target(drafts):
    [vote] = of(drafts["vote"]["claims"], "Vote")
    assert (vote["votingBody"], vote["target"], vote["votesFor"], vote["votesAgainst"]) == (
        "national-assembly-of-ecuador", "lenin-vargas", 98, 12)


# -- 4. roles left out rather than filled wrongly ------------------------------------------------


def test_two_presidents_each_titled_with_their_republic_both_sign(drafts):
    [treaty] = of(drafts["signed"]["claims"], "Agreement")
    assert sorted(treaty["signatory"]) == ["javier-milei", "luiz-inacio-lula-da-silva"]
    assert sorted(treaty["party"]) == ["argentina", "brazil"]


def test_welcoming_the_signing_of_the_treaty_is_about_the_treaty_or_nothing(drafts):
    claims = drafts["praise"]["claims"]
    [praise] = of(claims, "Praise")
    treaty = next(c for c in of(claims, "Agreement") if "treaty" in c["quote"])
    assert praise["about"] == treaty["fact"]
    [praise] = of(drafts["praise_lookalike"]["claims"], "Praise")
    assert "about" not in praise  # the joint statement is no treaty


def test_both_countries_is_read_as_both_never_as_the_one_the_speaker_does_not_serve(drafts):
    [said] = of(drafts["both"]["claims"], "Statement")
    assert said["speaker"] == "javier-milei" and sorted(said["about"]) == ["argentina", "chile"]


def test_a_mayors_office_is_the_citys_not_the_states(drafts):
    offices = {c["holder"]: c for c in of(drafts["mayor"]["claims"], "PositionHeld")}
    assert offices["lena-ortiz"]["positionOf"] == "santiago"
    assert offices["vitali-klitschko"]["positionOf"] == "kyiv"
    assert drafts["mayor"]["entities"]["santiago"]["type"] == "City"


def test_an_occupation_takes_no_date_from_a_relative_clause_on_another_office(drafts):
    [job] = of(drafts["occupation"]["claims"], "Occupation")
    assert (job["person"], job["occupation"]) == ("tomas-rivera", "economist") and "date" not in job


# -- 5. classes of names -----------------------------------------------------------------------


def test_a_tanker_named_is_an_asset_and_a_product_or_an_airline_is_not(drafts):
    [seizure] = of(drafts["vessels"]["claims"], "Seizure")
    assert seizure["seized"] == "nova-star"
    entities = drafts["vessels"]["entities"]
    assert entities["nova-star"]["type"] == "Asset"
    assert [e for e, v in entities.items() if v["type"] == "Asset"] == ["nova-star"]
