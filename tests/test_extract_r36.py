"""Rule set 36, through the real ``kg extract`` command on small articles written for
these tests and read with the development set's registry (one run for all, a
module-scoped fixture). The rules cover each kind's general constructions, not an
article's instances; each form is checked for what it drafts and for what it must not
(no invented participant, nothing from a look-alike sentence):

- offices: the common titles of each position concept ("chief of the general staff",
  "prosecutor general", "vice foreign minister"); a party's general secretary leads it,
  a company's is its secretary-general; "the commander of Uganda's army" (not "the
  commander of the army", of no one named); "an official in the European Commission" (not
  "a judge in Lima", a place); "the head of Peru" stays no office;
- legal actions: a charge hung on a date ("convicted on Monday of espionage"), the counts
  'on' names ("indicted on corruption charges"), an 'of' the parser hangs on the person
  ("convicted X of corruption on Monday"); "X faces charges of corruption", "X is under
  investigation" (not "could face charges", nor "faces a difficult choice"); the words of a
  subject stop at a date ("an agreement on fishing on Monday");
- sanctions: the passive's agent hung on the noun ("was hit with sanctions by X"), a
  passive or participle with its agent ("were imposed by X", "the sanctions, announced by
  X, target Y": one sanction, not a second of an unnamed authority); "X joined Y in
  imposing sanctions" (both; X joins no body);
- meetings: "consulted with" a person (not "with his lawyers"); "after meeting X" (the
  clause's subject); "said meeting X was important" is none;
- agreements: "X joined Y in signing the accord";
- arms: "X received tanks from Y" (not "received support");
- names: a name the model ran into the verb before it ("Police arrested Tor Ashby");
- detentions: "X was rounded up by police" (a person; not "picked up the phone");
- a company's state after its name ("Rosneft, a Russian oil company", "Rosneft is
  Russia's largest oil producer"; a state's own company is its Control; not under a
  negation nor for "a subsidiary of a Russian company");
- memberships: "NATO, whose members include Peru and Chile", "NATO's members include"
  (not "could include");
- places: "Goma is in eastern Congo", "which is located in" (not "is not in", nor a
  person who "is in Lima");
- ownership and control: "Lukoil's parent, Rosneft", "the owner of Lukoil", "Rosneft's
  subsidiary Lukoil"; "Rosneft operates the refinery" (not "runs the risk", not "does not
  operate"); "Goma fell to the M23" (not "prices fell to a low").
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases, listed, offices
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # offices
    "general_staff": "Tor Ashby, Peru's chief of the general staff, spoke on Monday.",
    "head_of_state_named": "Tor Ashby, the head of Peru, spoke on Monday.",
    "party_secretary": "Tor Ashby, the general secretary of the Communist Party of Vietnam, spoke on Monday.",
    "company_secretary": "Tor Ashby, the general secretary of Rosneft, spoke on Monday.",
    "prosecutor_general": "Tor Ashby, Peru's prosecutor general, spoke on Monday.",
    "vice_minister": "Peru's vice foreign minister, Tor Ashby, spoke on Monday.",
    "army_commander": "Tor Ashby, the commander of Uganda's army, spoke on Monday.",
    "army_commander_none": "Tor Ashby, the commander of the army, spoke on Monday.",
    "official_in": "Tor Ashby, an official in the European Commission, spoke on Monday.",
    "judge_in_city": "Tor Ashby, a judge in Lima, spoke on Monday.",
    # legal actions and subjects
    "convicted_dated": "Tor Ashby was convicted on Monday of espionage.",
    "subject_dated": "Peru and Chile reached an agreement on fishing on Monday.",
    "counts_on": "Prosecutors indicted Tor Ashby on corruption charges on Monday.",
    "of_on_person": "A court convicted Tor Ashby of corruption on Monday.",
    "faces_charges": "Tor Ashby faces charges of corruption.",
    "could_face": "Tor Ashby could face charges.",
    "under_investigation": "Tor Ashby is under investigation for corruption.",
    "faces_choice": "Peru faces a difficult choice.",
    # sanctions
    "hit_by": "Rosneft was hit with sanctions by the United States on Monday.",
    "hit_unnamed": "Rosneft was hit with sanctions on Monday.",
    "listed_by": "Rosneft was added to the sanctions list by the European Union.",
    "imposed_by": "New sanctions on Rosneft were imposed by the United States on Monday.",
    "announced_by": "The sanctions, announced by the United States on Monday, target Rosneft.",
    "joined_imposing": "Canada joined the European Union in imposing sanctions on Rosneft.",
    # meetings
    "consulted": "Joe Biden consulted with Xi Jinping on Monday.",
    "consulted_lawyers": "Joe Biden consulted with his lawyers on Monday.",
    "after_meeting": "Joe Biden told reporters after meeting Xi Jinping that the talks were good.",
    "said_meeting": "Joe Biden said meeting Xi Jinping was important.",
    # agreements and arms
    "joined_signing": "Peru joined Chile in signing the accord on Monday.",
    "received_from": "Chile received tanks from Peru on Monday.",
    "received_support": "Chile received support from Peru on Monday.",
    # names
    "name_after_verb": "Police arrested Tor Ashby on Monday.",
    "rounded_up": "Tor Ashby was rounded up by police on Monday.",
    "picked_up_phone": "Tor Ashby picked up the phone.",
    # a company's state
    "company_apposition": "Rosneft, a Russian oil company, objected.",
    "company_copula": "Rosneft is Russia's largest oil producer.",
    "company_negated": "Rosneft is not a Russian company.",
    "company_of_other": "Rosneft, a subsidiary of a Russian company, objected.",
    "company_state_own": "Rosneft, Russia's state oil company, objected.",
    # memberships
    "whose_members": "NATO, whose members include Peru and Chile, objected.",
    "members_include": "NATO's members include Peru and Chile.",
    "members_could": "NATO's members could include Peru.",
    # places
    "is_in": "Goma is in eastern Congo.",
    "located_in": "Goma, which is located in eastern Congo, fell.",
    "not_in": "Goma is not in Rwanda.",
    "person_in": "Joe Biden is in Lima.",
    # ownership and control
    "parent": "Lukoil's parent, Rosneft, objected.",
    "owner_of": "Rosneft is the owner of Lukoil.",
    "subsidiary_poss": "Rosneft's subsidiary Lukoil objected.",
    "operates": "Rosneft operates the Vadinar refinery.",
    "runs_risk": "Rosneft runs the risk of losing Lukoil.",
    "not_operate": "Rosneft does not operate the Vadinar refinery.",
    "fell_to": "Goma fell to the M23 in January.",
    "fell_prices": "Oil prices fell to a low in January.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r36"), ARTICLES, "--entities", REGISTRY)
    return found


def _pairs(claims, kind: str, a: str, b: str) -> list[tuple]:
    """(a, b) of each claim of ``kind``, each role as a sorted tuple of ids."""
    return sorted((tuple(sorted(listed(c[a]))), tuple(sorted(listed(c[b])))) for c in of(claims, kind))


# -- offices ---------------------------------------------------------------------------------------


def test_the_common_titles_of_each_office_are_read(drafts):
    assert offices(drafts["general_staff"]) == [("tor-ashby", "peru", "military commander")]
    assert offices(drafts["prosecutor_general"]) == [("tor-ashby", "peru", "prosecutor")]
    assert offices(drafts["vice_minister"]) == [("tor-ashby", "peru", "deputy minister")]
    assert offices(drafts["head_of_state_named"]) == []


def test_a_general_secretary_leads_a_party_and_is_a_company_s_secretary_general(drafts):
    assert offices(drafts["party_secretary"]) == [("tor-ashby", "communist-party-of-vietnam", "party leader")]
    assert offices(drafts["company_secretary"]) == [("tor-ashby", "rosneft", "secretary-general")]


def test_the_commander_of_a_state_s_army_commands_for_that_state_of_no_army_named_none(drafts):
    assert offices(drafts["army_commander"]) == [("tor-ashby", "uganda", "military commander")]
    assert offices(drafts["army_commander_none"]) == []


def test_an_office_in_a_body_is_of_that_body_in_a_place_of_none(drafts):
    assert offices(drafts["official_in"]) == [("tor-ashby", "european-commission", "official")]
    assert offices(drafts["judge_in_city"]) == []


# -- charges and subjects ----------------------------------------------------------------------------


def test_a_charge_after_a_date_is_read_and_a_subject_stops_at_its_date(drafts):
    [conviction] = of(drafts["convicted_dated"], "LegalAction")
    assert (conviction["target"], conviction["actionType"], conviction["charge"]) == ("tor-ashby", "conviction",
                                                                                       "espionage")
    for case in ("counts_on", "of_on_person"):
        [act] = of(drafts[case], "LegalAction")
        assert (act["target"], act["charge"]) == ("tor-ashby", "corruption"), case
    [deal] = of(drafts["subject_dated"], "Agreement")
    assert (sorted(deal["party"]), deal["subject"]) == (["chile", "peru"], "fishing")


def test_charges_faced_and_an_investigation_one_is_under(drafts):
    [charged] = of(drafts["faces_charges"], "LegalAction")
    assert (charged["target"], charged["actionType"], charged["charge"]) == ("tor-ashby", "charge", "corruption")
    [probe] = of(drafts["under_investigation"], "LegalAction")
    assert (probe["target"], probe["actionType"]) == ("tor-ashby", "investigation")
    assert of(drafts["could_face"], "LegalAction") == []
    assert of(drafts["faces_choice"], "LegalAction") == []


# -- sanctions -----------------------------------------------------------------------------------------


def test_the_passive_agent_on_the_means_of_a_sanction_is_its_authority(drafts):
    assert _pairs(drafts["hit_by"], "Sanction", "authority", "target") == [(("united-states",), ("rosneft",))]
    assert _pairs(drafts["listed_by"], "Sanction", "authority", "target") == [(("european-union",), ("rosneft",))]
    [unnamed] = of(drafts["hit_unnamed"], "Sanction")
    assert unnamed["target"] == "rosneft" and "united-states" not in listed(unnamed["authority"])


def test_sanctions_imposed_or_announced_by_an_agent_are_one_sanction_of_that_agent(drafts):
    assert _pairs(drafts["imposed_by"], "Sanction", "authority", "target") == [(("united-states",), ("rosneft",))]
    assert _pairs(drafts["announced_by"], "Sanction", "authority", "target") == [(("united-states",), ("rosneft",))]


def test_joining_another_in_imposing_sanctions_imposes_them_and_joins_no_body(drafts):
    claims = drafts["joined_imposing"]
    assert _pairs(claims, "Sanction", "authority", "target") == [(("canada", "european-union"), ("rosneft",))]
    assert of(claims, "Membership") == []


# -- meetings, agreements, arms ---------------------------------------------------------------------------


def test_consulting_with_a_person_and_meeting_after_a_clause_are_meetings(drafts):
    assert _pairs(drafts["consulted"], "Meeting", "participant", "participant")[0][0] == ("joe-biden", "xi-jinping")
    assert of(drafts["consulted_lawyers"], "Meeting") == []
    [met] = of(drafts["after_meeting"], "Meeting")
    assert sorted(met["participant"]) == ["joe-biden", "xi-jinping"]
    assert of(drafts["said_meeting"], "Meeting") == []


def test_joining_another_in_signing_makes_both_parties(drafts):
    [deal] = of(drafts["joined_signing"], "Agreement")
    assert (sorted(deal["party"]), deal["status"]) == (["chile", "peru"], "signed")
    assert of(drafts["joined_signing"], "Membership") == []


def test_weapons_received_from_a_state_are_its_transfer_support_is_none(drafts):
    [arms] = of(drafts["received_from"], "ArmsTransfer")
    assert (arms["supplier"], arms["recipient"], arms["item"]) == ("peru", "chile", "tanks")
    assert of(drafts["received_support"], "ArmsTransfer") == []


def test_a_name_the_model_ran_into_the_verb_before_it_is_read(drafts):
    [held] = of(drafts["name_after_verb"], "Detention")
    assert held["target"] == "tor-ashby"


def test_a_person_rounded_up_is_detained_a_phone_picked_up_is_not(drafts):
    [held] = of(drafts["rounded_up"], "Detention")
    assert held["target"] == "tor-ashby"
    assert of(drafts["picked_up_phone"], "Detention") == []


# -- a company's state, memberships, places ------------------------------------------------------------


def test_a_company_s_state_said_after_its_name(drafts):
    for case in ("company_apposition", "company_copula"):
        assert _pairs(drafts[case], "OrganisationCountry", "organisation", "state") == [(("rosneft",), ("russia",))]
    assert of(drafts["company_negated"], "OrganisationCountry") == []
    assert of(drafts["company_of_other"], "OrganisationCountry") == []
    claims = drafts["company_state_own"]
    assert _pairs(claims, "Control", "controller", "controlled") == [(("russia",), ("rosneft",))]
    assert of(claims, "OrganisationCountry") == []


def test_members_a_body_s_members_include(drafts):
    for case in ("whose_members", "members_include"):
        assert _pairs(drafts[case], "Membership", "member", "memberOf") == [(("chile",), ("nato",)),
                                                                            (("peru",), ("nato",))]
    assert of(drafts["members_could"], "Membership") == []


def test_a_place_said_to_lie_in_another(drafts):
    for case in ("is_in", "located_in"):
        assert _pairs(drafts[case], "Location", "located", "place") == [(("goma",), ("dr-congo",))]
    assert of(drafts["not_in"], "Location") == []
    assert of(drafts["person_in"], "Location") == []


# -- ownership and control ---------------------------------------------------------------------------------


def test_a_parent_or_owner_owns_and_a_possessive_subsidiary_is_owned(drafts):
    for case in ("parent", "owner_of", "subsidiary_poss"):
        assert _pairs(drafts[case], "Ownership", "owner", "owned") == [(("rosneft",), ("lukoil",))], case


def test_a_body_that_operates_an_asset_controls_it_and_a_place_fallen_to_an_actor(drafts):
    assert _pairs(drafts["operates"], "Control", "controller", "controlled") == [(("rosneft",), ("vadinar-refinery",))]
    assert of(drafts["runs_risk"], "Control") == []
    assert of(drafts["not_operate"], "Control") == []
    [fell] = of(drafts["fell_to"], "Control")
    assert (fell["controller"], fell["controlled"], str(fell["startDate"])) == ("m23", "goma", "2030-01")
    assert of(drafts["fell_prices"], "Control") == []
