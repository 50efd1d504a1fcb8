"""Rule set 22b, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): constructs general news
writes in any story, found among the development set's missed facts. A verb that puts a
person in an office ("became Chile's foreign minister", "takes over as acting
president", "would be sworn in as president") is a position held; "the alliance", where
two organisations were named before, is the one whose name holds the noun; "the juntas",
"the governments" as a subject are the states the plural subject just before names;
soldiers who seized power in coups "in X in 2020, in Y in 2022" seized it in each state
listed, on its own date; "declared the order invalid" rejects the order; "the leader of
the opposition Conservatives, X" leads that party; "in Ukraine, where Russia launched its
invasion" is an invasion of Ukraine."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of
from test_extract_r21a import extract_dev

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


# -- an office a verb puts someone in -----------------------------------------------------

@pytest.mark.parametrize("text, holder, state, position, modality", [
    ("Lina Varo became Chile's foreign minister in 2020.", "lina-varo", "chile", "minister", None),
    ("Prime Minister Tor Ashby of Peru takes over as acting president.", "tor-ashby", "peru", "head of state", None),
    ("Lee Hart will now become Peru's ambassador to Chile.", "lee-hart", "peru", "ambassador", "planned"),
    ("Lina Varo was elected president of Chile in 2021.", "lina-varo", "chile", "head of state", None),
])
def test_a_verb_that_puts_a_person_in_an_office_is_a_position_held(tmp_path, text, holder, state, position, modality):
    claims, _ = extract(tmp_path, text)
    held = [c for c in of(claims, "PositionHeld") if c["position"] == position]
    assert [(c["holder"], c["positionOf"]) for c in held] == [(holder, state)], claims
    assert held[0].get("modality") == modality, held


def test_an_office_to_be_sworn_into_is_planned_and_said_by_the_speaker(tmp_path):
    claims, _ = extract(tmp_path, "Tor Ashby, the army's commander, said on Monday that he would be sworn in as "
                                  "Peru's president on Friday.")
    [held] = [c for c in of(claims, "PositionHeld") if c["position"] == "head of state"]
    assert (held["holder"], held["positionOf"], held["modality"], held["said_by"]) == \
        ("tor-ashby", "peru", "planned", "tor-ashby"), held


@pytest.mark.parametrize("text, kind", [
    # an office not taken, or no office
    ("Tor Ashby could become prime minister of Peru.", "PositionHeld"),
    ("Lina Varo did not become Chile's foreign minister.", "PositionHeld"),
    ("Lee Hart became the first woman to lead Peru's biggest bank.", "PositionHeld"),
    ("Tor Ashby took part as an observer in the talks in Peru.", "PositionHeld"),
    # a declaration of no void judgement
    ("Chile declared martial law on Monday.", "Rejection"),
    ("Peru declared the northern region a disaster zone.", "Rejection"),
    ("Bolivia declared the talks a success.", "Rejection"),
    # a "where" clause on a city, or on the invader itself
    ("Peace returned to Russia, where its invasion force was trained.", "Invasion"),
    ("Talks were held in Paris, where Russia's invasion began.", "Invasion"),
    ("Talks were held in Georgia, where Russia's invasion was discussed.", "Invasion"),
])
def test_look_alikes_draft_no_such_fact(tmp_path, text, kind):
    claims, _ = extract(tmp_path, text)
    assert of(claims, kind) == [], claims


# -- a description of a body, named by one of several bodies before it ----------------------

@pytest.mark.parametrize("sentence, kind", [
    ("The alliance condemned the sanctions as illegal on Monday.", "Criticism"),
    ("The alliance said on Monday that the talks had failed.", "Statement"),
])
def test_the_alliance_is_the_one_body_before_whose_name_holds_the_noun(tmp_path, sentence, kind):
    claims = extract_dev(tmp_path, "Mali, Niger and Burkina Faso left ECOWAS in January and formed the Alliance of "
                                   "Sahel States. " + sentence)
    [said] = of(claims, kind)
    assert said["speaker"] == "alliance-of-sahel-states" and said["said_by"] == "alliance-of-sahel-states", said


def test_the_bloc_is_nobody_when_no_name_of_two_bodies_before_holds_the_noun(tmp_path):
    claims = extract_dev(tmp_path, "Mali, Niger and Burkina Faso left ECOWAS in January and formed the Alliance of "
                                   "Sahel States. The bloc said on Monday that the talks had failed.")
    assert [c for c in claims if "alliance-of-sahel-states" in str(c.get("said_by")) or
            "ecowas" in str(c.get("said_by"))] == [], claims


# -- the juntas, the governments: the states a plural subject just before names --------------

@pytest.mark.parametrize("sentence, kind", [
    ("The juntas accused the bloc of acting under the influence of foreign powers.", "Accusation"),
    ("The governments called the sanctions illegal.", "Rejection"),
    ("The regimes said the bloc had failed them.", "Statement"),
])
def test_the_juntas_are_the_states_the_plural_subject_before_names(tmp_path, sentence, kind):
    claims, _ = extract(tmp_path, "Mali, Niger and Chad said on Sunday that they were leaving ECOWAS. " + sentence)
    [said] = of(claims, kind)
    assert said["speaker"] == said["said_by"] == ["mali", "niger", "chad"], said


def test_the_governments_after_people_are_nobody(tmp_path):
    claims, _ = extract(tmp_path, "Tor Ashby and Lee Hart met in Lima on Sunday. The governments accused Bolivia of spying.")
    assert of(claims, "Accusation") == [], claims


# -- coups listed state by state ----------------------------------------------------------------

def test_soldiers_who_seized_power_in_coups_listed_seized_it_in_each_state_on_its_date(tmp_path):
    claims, _ = extract(tmp_path, "All three are governed by soldiers who seized power in coups, in Mali in 2020, in "
                                  "Guinea in 2021 and in Niger last July.")
    coups = of(claims, "SeizureOfPower")
    assert [(c["place"], c["date"], c["perpetrator"]) for c in coups] == [
        ("mali", "2020", "unnamed soldiers"), ("guinea", "2021", "unnamed soldiers"),
        ("niger", "2030-07", "unnamed soldiers")], coups


def test_a_listed_coup_told_with_its_leader_is_not_drafted_again(tmp_path):
    claims = extract_dev(tmp_path, "The three states are run by officers who took power in coups, in Mali in 2020, in "
                                   "Burkina Faso in 2022 and in Niger in 2023. In Niger, Abdourahamane Tiani toppled "
                                   "the elected president.")
    coups = of(claims, "SeizureOfPower")
    assert sorted(c.get("place", c["perpetrator"]) for c in coups) == ["abdourahamane-tiani", "burkina-faso", "mali"]


@pytest.mark.parametrize("text", [
    "Rebels who seized power in Mali in 2020 and in Guinea in 2021 lost it.",  # no soldiers
    "Soldiers who seized power in coups in 2020 still rule Mali and Guinea.",  # no state with its own date
])
def test_no_list_of_states_and_dates_or_no_soldiers_is_no_listed_coup(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert [c for c in of(claims, "SeizureOfPower") if c.get("perpetrator", "").startswith("unnamed")
            and c.get("place") == "guinea"] == [], claims


# -- a judgement that pronounces something void ---------------------------------------------

@pytest.mark.parametrize("text, speaker, subject", [
    ('Chile\'s speaker, Tor Ashby, declared the order "invalid" on Monday.', "tor-ashby", "the order is invalid"),
    ("Peru deemed the new sanctions illegal.", "peru", "the new sanctions are illegal"),
    ("Bolivia declared the referendum unconstitutional.", "bolivia", "the referendum is unconstitutional"),
])
def test_a_thing_declared_void_is_rejected_by_who_declares_it(tmp_path, text, speaker, subject):
    claims, _ = extract(tmp_path, text)
    [rejected] = of(claims, "Rejection")
    assert (rejected["speaker"], rejected["said_by"], rejected["subject"]) == (speaker, speaker, subject), rejected


# -- the leader of a party named with words before its name, then the person ----------------------

@pytest.mark.parametrize("text, holder, party", [
    ("In Ottawa, the leader of the opposition Conservatives, Pierre Poilievre, urged the prime minister to resign.",
     "pierre-poilievre", "conservative-party-of-canada"),
    ("The leader of the Conservatives, Pierre Poilievre, said the vote was lost.",
     "pierre-poilievre", "conservative-party-of-canada"),
])
def test_the_leader_of_a_party_then_a_comma_leads_that_party(tmp_path, text, holder, party):
    claims = extract_dev(tmp_path, text)
    assert [(c["holder"], c["positionOf"], c["position"]) for c in of(claims, "PositionHeld")] == [
        (holder, party, "party leader")], claims


# -- an invasion told in a 'where' clause on a state --------------------------------------------

@pytest.mark.parametrize("text, perpetrator, target, date", [
    ("The two leaders parted without agreeing a truce in Georgia, where Russia launched its full-scale invasion in "
     "August 2008.", "russia", "georgia", "2008-08"),
    ("Aid is flowing to Kuwait, where Iraq's invasion began in 1990.", "iraq", "kuwait", "1990"),
])
def test_an_invasion_in_a_where_clause_on_a_state_invades_that_state(tmp_path, text, perpetrator, target, date):
    claims, _ = extract(tmp_path, text)
    assert [(c["perpetrator"], c["target"], c["date"]) for c in of(claims, "Invasion")] == [(perpetrator, target, date)]
