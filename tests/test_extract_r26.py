"""Rule set 26, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states and bodies of the gazetteer): participants and
facts the rules of their kind missed.

- a sanction on a part of a state's economy ("sanctions on Peru's oil sector", "an embargo
  on Peruvian oil", "the energy sector of Peru") is a sanction against the state; one on
  people or firms a demonym qualifies ("Peruvian officials") is not;
- "Chile put Peru under sanctions": Peru the target, Chile the authority (it was read the
  other way round);
- an office stated by 'be' ("Tor Ashby is Peru's president", "... was the prime minister
  of Peru", "is a former president": ended), not an office wished for, conditional,
  modal or denied;
- the head of a named body ("Tor Ashby, the head of the African Union"), not the head of
  a delegation or of a state;
- a person's membership of a party ("Tor Ashby, a member of the Labour Party"), never of
  a body of states;
- where a body is based ("the Hague-based International Criminal Court", "..., based in
  The Hague"), in no one's voice;
- a title in an apposition after a name ("Tor Ashby, Peru's president,") lets a later
  description ("the president said") name the person, unless two people share it;
- the kind of group a named group is said to be ("the FDLR, a Hutu militia");
- an organisation's state as the article gives it ("Chinese oil major Sinopec", "Chile's
  copper company Codelco"), not a state's own body;
- a state's capital named beside the state's word ("the Russian capital, Moscow");
- two states that share a border, by the verb 'border' ("Algeria, which borders Mali");
- a party in government ("Turkey's governing AK Party", "the ruling Labour Party of Peru");
- a named person's birth ("Tor Ashby was born in Lima in 1952");
- where a person lives ("has lived in France since 2016", "the London-based dissident");
- a loan between named parties ("China lent Pakistan $2 billion", "a loan from China").
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


def _targets(claims):
    return sorted((c.get("authority"), c["target"]) for c in of(claims, "Sanction"))


# -- sanctions on a state's economy ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Chile imposed sanctions on Peru's oil sector on Monday.", [("chile", "peru")]),
    ("Chile's sanctions on Peru's oil exports took effect on Monday.", [("chile", "peru")]),
    ("Chile imposed an embargo on Peruvian oil on Monday.", [("chile", "peru")]),
    ("Chile imposed sanctions on the energy sector of Peru.", [("chile", "peru")]),
    ("Chile imposed sanctions on Peruvian and Bolivian oil on Monday.", [("chile", "bolivia"), ("chile", "peru")]),
])
def test_a_sanction_on_a_states_economy_targets_the_state(tmp_path, text, expected):
    claims, _ = extract(tmp_path, text)
    assert _targets(claims) == expected, claims


@pytest.mark.parametrize("text", [
    # people a demonym qualifies are targets of their own, unnamed: Peru is not sanctioned
    "Chile imposed sanctions on Peruvian officials on Monday.",
    # no state's economy named
    "Chile imposed sanctions on the oil sector on Monday.",
])
def test_a_sanction_on_people_or_an_unowned_sector_names_no_state(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not any(c["target"] == "peru" for c in of(claims, "Sanction")), claims
    assert not any(c.get("target") == "chile" for c in of(claims, "Sanction")), claims


@pytest.mark.parametrize("text, target", [
    ("Chile put Peru under sanctions on Monday.", "peru"),
    ("Chile placed Tor Ashby under sanctions on Monday.", "tor-ashby"),
])
def test_put_under_sanctions_is_the_subjects_sanction_on_the_object(tmp_path, text, target):
    claims, _ = extract(tmp_path, text)
    assert _targets(claims) == [("chile", target)], claims


def test_living_under_sanctions_stays_the_subjects(tmp_path):
    claims, _ = extract(tmp_path, "Peru has been under Chilean sanctions since 2020.")
    assert _targets(claims) == [("chile", "peru")], claims


# -- an office stated by 'be' ----------------------------------------------------------------

@pytest.mark.parametrize("text, position, status", [
    ("Tor Ashby is Peru's president.", "head of state", None),
    ("Tor Ashby is the prime minister of Peru.", "head of government", None),
    ("Tor Ashby was Peru's defence minister until 2020.", "minister", None),
    ("Tor Ashby is a former president of Peru.", "head of state", "ended"),
])
def test_an_office_stated_by_be_is_held(tmp_path, text, position, status):
    claims, _ = extract(tmp_path, text)
    [held] = of(claims, "PositionHeld")
    assert (held["holder"], held["positionOf"], held["position"], held.get("status")) == \
        ("tor-ashby", "peru", position, status), held


@pytest.mark.parametrize("text", [
    "Tor Ashby wants to be Peru's president.",
    "Tor Ashby would be Peru's next president.",
    "If Tor Ashby is president, Peru will change.",
    "Tor Ashby is not Peru's president.",
    "Tor Ashby is the president's son.",
])
def test_an_office_wished_for_conditional_or_denied_is_not_held(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "PositionHeld") == [], claims


# -- the head of a named body -----------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Tor Ashby, the head of the African Union, spoke on Monday.", "african-union"),
    ("The head of NATO, Tor Ashby, spoke on Monday.", "north-atlantic-treaty-organization"),
    ("Tor Ashby, head of NATO, spoke on Monday.", "north-atlantic-treaty-organization"),
])
def test_the_head_of_a_named_body_heads_it(tmp_path, text, body):
    claims, _ = extract(tmp_path, text)
    [held] = of(claims, "PositionHeld")
    assert (held["holder"], held["positionOf"], held["position"]) == ("tor-ashby", body, "head of organisation"), held


@pytest.mark.parametrize("text", [
    "Tor Ashby, the head of the Peruvian delegation, spoke on Monday.",
    "Tor Ashby, head of Peru, spoke on Monday.",
    "The head of the delegation said on Monday that Peru would sign.",
])
def test_a_head_of_no_body_named_holds_no_office(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "PositionHeld") == [], claims


# -- a person's party ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tor Ashby, a member of the Labour Party, spoke on Monday.",
    "Tor Ashby is a member of the Labour Party.",
    "Tor Ashby, who is a member of the Labour Party, spoke on Monday.",
])
def test_a_person_is_a_member_of_a_party(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    [member] = of(claims, "Membership")
    assert (member["member"], member["memberOf"]) == ("tor-ashby", "labour-party"), member


@pytest.mark.parametrize("text", [
    "Tor Ashby, a member of NATO, spoke on Monday.",
    "Tor Ashby is a member of the Security Council.",
])
def test_a_person_is_no_member_of_a_body_of_states(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Membership") == [], claims


# -- where a body is based -----------------------------------------------------------------------

@pytest.mark.parametrize("text, located", [
    ("The Hague-based International Criminal Court issued a warrant on Monday.", "international-criminal-court"),
    ("The International Criminal Court, based in The Hague, issued a warrant.", "international-criminal-court"),
    ("The Vienna-based International Atomic Energy Agency said on Monday it would inspect the site.",
     "international-atomic-energy-agency"),
])
def test_a_body_based_in_a_city_is_located_there_in_no_ones_voice(tmp_path, text, located):
    claims, _ = extract(tmp_path, text)
    [where] = of(claims, "Location")
    assert where["located"] == located and "said_by" not in where and "modality" not in where, where


@pytest.mark.parametrize("text", [
    "The decision was based on Peru's law.",
    "Peru-based fighters attacked Chile on Monday.",
])
def test_based_on_or_based_people_locate_no_body(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Location") == [], claims


# -- a title in an apposition names the person a later description speaks of ------------------

@pytest.mark.parametrize("text", [
    "Tor Ashby, Peru's president, met Lea Moro on Monday. The president said the talks were useful.",
    "Tor Ashby, the Peruvian foreign minister, arrived in Lima on Monday. The minister said the border was closed.",
    "Tor Ashby, president of Peru, arrived in Lima on Monday. The Peruvian president said the border was closed.",
])
def test_a_title_after_a_name_lets_the_description_name_the_speaker(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    said = [c for c in of(claims, "Statement") if c["quote"].startswith("The ")]
    assert [c["speaker"] for c in said] == ["tor-ashby"], claims


def test_a_title_two_people_share_names_no_speaker(tmp_path):
    claims, _ = extract(tmp_path, "Tor Ashby, Peru's president, met Lea Moro, Chile's president, on Monday. "
                                  "The president said the talks were useful.")
    assert not [c for c in of(claims, "Statement") if c["quote"].startswith("The president")], claims


# -- the kind of a named group ---------------------------------------------------------------------

@pytest.mark.parametrize("text, named, category", [
    ("The FDLR, a Hutu militia, attacked Goma on Monday.", "fdlr", "Hutu militia"),
    ("Hamas, the Palestinian militant group, attacked Israel on Monday.", "hamas", "Palestinian militant group"),
])
def test_the_kind_of_group_a_named_group_is_said_to_be(tmp_path, text, named, category):
    claims, _ = extract(tmp_path, text)
    [kind] = of(claims, "Characterisation")
    assert (kind["characterised"], kind["category"], kind.get("said_by")) == (named, category, None), kind


def test_a_bare_noun_of_kind_says_nothing_of_the_group(tmp_path):
    claims, _ = extract(tmp_path, "Hamas, the group, attacked Israel on Monday.")
    assert of(claims, "Characterisation") == [], claims


# -- an organisation's state -----------------------------------------------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("Chinese oil major Sinopec bought a stake on Monday.", [("sinopec", "china")]),
    ("China's oil major Sinopec bought a stake on Monday.", [("sinopec", "china")]),
    ("Chile's copper company Codelco cut output on Monday.", [("codelco", "chile")]),
    ("The sanctions hit Chinese oil major Sinopec and Russian shipping company Sovcomflot.",
     [("sinopec", "china"), ("sovcomflot", "russia")]),
])
def test_an_organisation_is_of_the_state_the_article_gives(tmp_path, text, pairs):
    claims, _ = extract(tmp_path, text)
    assert sorted((c["organisation"], c["state"]) for c in of(claims, "OrganisationCountry")) == pairs, claims


@pytest.mark.parametrize("text", [
    # a state's own body: no organisation of the state
    "Chile's Treasury Department said on Monday it would act.",
    "Peru's National Assembly voted on Monday.",
    # the state's word qualifies another noun
    "Russia's war on Ukraine hurt Sinopec.",
])
def test_a_states_own_body_or_another_noun_gives_no_organisation_country(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "OrganisationCountry") == [], claims


# -- a state's capital ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Russian capital, Moscow, was quiet on Monday.",
    "Drones struck Moscow, the Russian capital, on Monday.",
    "Drones struck Russia's capital Moscow on Monday.",
    # in a reported clause too: the apposition is the article's, not the speaker's
    "Tor Ashby said Moscow, the Russian capital, was quiet.",
])
def test_a_capital_beside_its_states_word_is_its_capital(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    [capital] = of(claims, "Capital")
    assert (capital["capital"], capital["capitalOf"], capital.get("said_by")) == ("moscow", "russia", None), capital


@pytest.mark.parametrize("text", [
    "Peru said the Russian capital was quiet.",  # no city named
    "Drones struck the capital Naypyidaw on Monday.",  # no state named
    "Drones struck Moscow and the Russian capital on Monday.",  # no apposition
])
def test_a_capital_needs_its_city_and_state_named_beside_it(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Capital") == [], claims


# -- states that share a border --------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Poland borders Belarus.", ("poland", "belarus")),
    ("Algeria, which borders Mali, closed its airspace on Monday.", ("algeria", "mali")),
    ("Mali, bordering Algeria, said on Monday it would act.", ("mali", "algeria")),
])
def test_the_verb_border_says_two_states_share_a_border(tmp_path, text, pair):
    claims, _ = extract(tmp_path, text)
    [border] = of(claims, "SharedBorder")
    assert (border["borderOf"], border["borderWith"]) == pair, border


@pytest.mark.parametrize("text", [
    "Peru does not border Brazil.",
    # a border closed is the place of the closure, not a statement that the states touch
    "Poland closed its border with Belarus on Monday.",
])
def test_no_shared_border_denied_or_from_a_border_noun(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "SharedBorder") == [], claims


# -- a party in government --------------------------------------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("Turkey's governing AK Party won on Monday.", "turkey"),
    ("The ruling Labour Party of Peru lost on Monday.", "peru"),
    ("Peru's ruling party, the Labour Party, lost on Monday.", "peru"),
])
def test_a_ruling_or_governing_party_governs_the_state_named(tmp_path, text, state):
    claims, _ = extract(tmp_path, text)
    [party] = of(claims, "PartyInGovernment")
    assert party["governs"] == state and party.get("said_by") is None, party
    assert of(claims, "OrganisationCountry") == [], claims  # the party governs it; no second fact of its state


@pytest.mark.parametrize("text", [
    "The ruling Labour Party lost on Monday.",  # no state named
    "Peru's Labour Party lost on Monday to the ruling coalition.",  # no party named after 'ruling'
])
def test_no_party_in_government_without_the_party_and_the_state(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "PartyInGovernment") == [], claims


# -- a birth --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Tor Ashby was born in Lima in 1952.", "1952"),
    ("Tor Ashby, who was born in 1952, spoke on Monday.", "1952"),
    ("Lea Moro spoke on Monday. She was born in Peru in 1970.", "1970"),
    ("Born in Lima in 1952, Tor Ashby studied law.", "1952"),
])
def test_a_named_person_born_is_a_birth(tmp_path, text, date):
    claims, _ = extract(tmp_path, text)
    [birth] = of(claims, "Birth")
    assert birth["person"] in ("tor-ashby", "lea-moro") and birth["date"] == date, birth


@pytest.mark.parametrize("text", [
    "A child born in 2010 died in Lima.",
    "The alliance was born of necessity in 2010.",
])
def test_no_birth_of_no_named_person(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Birth") == [], claims


# -- where a person lives -------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Tor Ashby has lived in France since 2016.", "france"),
    ("Lea Moro, who lives in Lima, spoke on Monday.", "peru"),
    ("The London-based dissident Tor Ashby spoke on Monday.", "united-kingdom"),
    ("Tor Ashby, a London-based dissident, spoke on Monday.", "united-kingdom"),
])
def test_a_person_living_or_based_somewhere_resides_there(tmp_path, text, place):
    claims, _ = extract(tmp_path, text)
    [home] = of(claims, "Residence")
    assert home["resident"] in ("tor-ashby", "lea-moro") and home["place"] == place, home
    assert of(claims, "Location") == [], claims  # a Location takes no person


@pytest.mark.parametrize("text", [
    "Tor Ashby does not live in France.",
    "Tor Ashby lived through the war.",
])
def test_no_residence_denied_or_without_a_place(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Residence") == [], claims


# -- a loan -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "China lent Pakistan $2 billion on Monday.",
    "China lent $2 billion to Pakistan on Monday.",
    "A $3 billion loan from China to Pakistan was approved.",
    "China granted Pakistan a loan on Monday.",
    "Pakistan secured a loan from China on Monday.",
])
def test_a_loan_between_named_parties(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    [loan] = of(claims, "Loan")
    assert (loan["lender"], loan["borrower"]) == ("china", "pakistan"), loan


@pytest.mark.parametrize("text", [
    "Pakistan needs a loan.",  # no lender named
    "Tor Ashby lent his car to Lea Moro.",  # people lending things: no loan between parties
])
def test_no_loan_with_a_side_unnamed(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Loan") == [], claims
