"""Rule set 24, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): facts told in a relative or
participial clause or in the passive, read by the same rules as the active clause.

- a past participle with a 'by' agent that the parser read as the verb of the noun before
  it ("The jets delivered to Peru by Chile are old"): the noun is what is done to, the
  agent the doer;
- a freeze or a ban in the passive, finite or reduced ("Peru's assets were frozen by
  Chile", "the assets, which were frozen by Chile", "Peru's assets would be frozen"), its
  authority the agent, or an unnamed authority when no agent is named;
- troops deployed in the passive or as a participle ("Chilean troops deployed to Peru",
  "Chile's troops were sent to Peru"): with no agent, the state whose troops they are;
- a passive relative clause names no doer ("the troops, which were deployed to Peru":
  the troops are deployed, they deploy nothing);
- a meeting hosted, told in a relative clause ("a summit that Chile and Peru hosted");
- a passive joined by 'and' to the clause before ("Tor Ashby returned to Chile and was
  arrested"): done to the subject the two verbs share, which is not its doer;
- a passive infinitive after 'be to' or 'expected to' ("Lea Moro is to be released by
  Chile"): done to the subject that controls it, a plan, its day still to come;
- a state visited in the passive ("Peru was visited by Tor Ashby"): the host of the visit;
- aid suspended, a target pounded, counted people arrested and an envoy recalled, in the
  passive: the agent the doer; with no agent, an unnamed authority for the aid, the state
  whose envoy it is for the recall;
- a date between a subject's relative clause and its verb ("The soldiers who seized
  power in July detained Ashby"): the relative clause's, not the main verb's;
- the subject of a passive controls its infinitive ("Tor Ashby was invited by Chile to
  visit Peru": Ashby visits; "Chile is expected to sign": Chile signs), not its agent;
- an envoy summoned, in a relative or participial clause ("Peru's ambassador, who was
  summoned by Chile");
- a day the tagger runs on into a length of time ("sentenced on 19 July to 16 years"): the
  day is the sentence's, not borrowed from the clause before.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


# -- a participle read as a verb -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The jets delivered to Peru by Chile on Monday are old.",
    "Chile delivered jets to Peru on Monday.",
])
def test_a_participle_with_an_agent_is_the_agents_act_on_the_noun(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    [arms] = of(claims, "ArmsTransfer")
    assert (arms["supplier"], arms["recipient"], arms["item"]) == ("chile", "peru", "jets"), arms


@pytest.mark.parametrize("text", [
    # no agent: who delivered them the sentence does not say
    "The jets delivered to Peru on Monday are old.",
    # the jets are the subject of an active verb with no 'by'
    "The jets flew to Peru on Monday.",
])
def test_no_supplier_is_read_without_an_agent(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "ArmsTransfer") == [], claims


# -- freezes and bans in the passive -------------------------------------------------------

@pytest.mark.parametrize("text, authority, measure", [
    ("Peru's assets were frozen by Chile on Monday.", "chile", "Peru's assets frozen"),
    ("The assets of Peru, which were frozen by Chile in May, are worth $2 billion.", "chile", "The assets of Peru frozen"),
    ("Peru's assets would be frozen by Chile, the minister said on Monday.", "chile", "Peru's assets frozen"),
    ("Peru's assets would be frozen, the minister said on Monday.", "unnamed authority", "Peru's assets frozen"),
    ("Chile froze Peru's assets on Monday.", "chile", "froze Peru's assets"),
])
def test_a_freeze_in_the_passive_is_a_sanction_by_its_agent_or_an_unnamed_authority(tmp_path, text, authority, measure):
    claims, _ = extract(tmp_path, text)
    [sanction] = of(claims, "Sanction")
    assert (sanction.get("authority"), sanction["target"], sanction["measure"]) == (authority, "peru", measure), sanction


@pytest.mark.parametrize("text", [
    # what is frozen is no one's assets, or no assets
    "The assets were frozen on Monday, the minister said.",
    "Peru's prices were frozen on Monday.",
    "Chile's relations with Peru were frozen in May.",
])
def test_no_sanction_from_a_freeze_of_what_is_no_named_partys_assets(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Sanction") == [], claims


# -- troops deployed ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chilean troops deployed to Peru on Monday clashed with rebels.",
    "Chilean troops were deployed to Peru on Monday.",
    "Chile's troops were sent to Peru on Monday.",
    "Chilean troops, which were deployed to Peru on Monday, came home in May.",
    "The troops deployed to Peru by Chile on Monday are tired.",
])
def test_troops_deployed_in_the_passive_are_deployed_by_their_state_or_the_agent(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    [dep] = of(claims, "Deployment")
    assert (dep["initiator"], dep["destination"]) == ("chile", "peru"), dep


@pytest.mark.parametrize("text", [
    # troops of no state named
    "Troops were deployed to Peru on Monday.",
    # troops that move or fight are not deployed by anyone the sentence names
    "Chilean troops moved to Peru on Monday.",
    "Chilean troops fought in Peru on Monday.",
])
def test_no_deployment_without_the_troops_state_or_a_verb_of_deploying(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Deployment") == [], claims


# -- a meeting hosted, in a relative clause ------------------------------------------------

@pytest.mark.parametrize("text, hosts", [
    ("A summit that Chile and Peru hosted in New York on Monday ended without a deal.", ["chile", "peru"]),
    ("The talks with Peru that Chile hosted on Monday ended without a deal.", "chile"),
])
def test_a_meeting_hosted_in_a_relative_clause_is_hosted_by_the_clauses_subject(tmp_path, text, hosts):
    claims, _ = extract(tmp_path, text)
    [meeting] = of(claims, "Meeting")
    assert meeting["host"] == hosts and sorted(meeting["participant"]) == ["chile", "peru"], meeting


@pytest.mark.parametrize("text", [
    # the relative clause's subject is no party, or the meeting is its subject, not its object
    "The summit that the city hosted ended without a deal.",
    "A summit that welcomed Chile and Peru ended without a deal.",
])
def test_no_hosted_meeting_when_the_relative_clause_names_no_host(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert [c for c in of(claims, "Meeting") if "host" in c] == [], claims


# -- a passive joined to the clause before ---------------------------------------------------

def test_a_passive_joined_by_and_is_done_to_the_shared_subject(tmp_path):
    claims, _ = extract(tmp_path, "Tor Ashby returned to Chile and was arrested on Monday. "
                                  "Chile attacked Bolivia in May and was condemned by Peru.")
    assert [c["target"] for c in of(claims, "Detention")] == ["tor-ashby"], claims
    assert [(c["speaker"], c["about"]) for c in of(claims, "Criticism")] == [("peru", "chile")], claims


def test_the_shared_subject_of_a_passive_is_not_its_doer(tmp_path):
    claims, _ = extract(tmp_path, "Chile attacked Bolivia and was condemned on Monday.")
    assert of(claims, "Attack") and of(claims, "Criticism") == [], claims


# -- 'be to' and 'expected to' with a passive infinitive --------------------------------------

@pytest.mark.parametrize("text, kind, roles", [
    ("Lea Moro is to be released by Chile on Monday.", "Release", {"released": "lea-moro", "releasedBy": "chile"}),
    ("The treaty is expected to be signed by Chile and Peru on Monday.", "Agreement", {"party": ["chile", "peru"]}),
    ("Three Israeli women are to be released by Hamas on Sunday.", "Release",
     {"released": {"actor": "3 unnamed women", "for": "israel"}, "releasedBy": "hamas"}),
])
def test_a_passive_infinitive_is_done_to_the_subject_that_controls_it_and_planned(tmp_path, text, kind, roles):
    claims, _ = extract(tmp_path, text, published="2030-09-03")
    [fact] = of(claims, kind)
    assert {k: fact[k] for k in roles} == roles, fact
    assert (fact["modality"], fact["date"]) == ("planned", "2030-09-08" if "Sunday" in text else "2030-09-09"), fact


def test_an_object_control_verb_gives_its_subject_to_no_passive_infinitive(tmp_path):
    claims, _ = extract(tmp_path, "Lea Moro asked Chile to be released on Monday.")
    assert [c for c in of(claims, "Release") if c["released"] == "lea-moro"] == [], claims


def test_no_release_of_things(tmp_path):
    claims, _ = extract(tmp_path, "The figures are to be released by Chile on Monday.")
    assert of(claims, "Release") == [], claims


# -- a visit in the passive ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru was visited by Tor Ashby of Chile in May.",
    "Peru, which was visited by Tor Ashby of Chile in May, hosted Lea Moro in June.",
    "Tor Ashby of Chile visited Peru in May.",
])
def test_a_state_visited_in_the_passive_is_the_host_of_the_agents_visit(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert [(c["visitor"], c["hostState"], c["date"]) for c in of(claims, "Visit") if c["visitor"] == "tor-ashby"] == \
        [("tor-ashby", "peru", "2030-05")], claims


@pytest.mark.parametrize("text", [
    "Peru was visited in May.",
    "The country visited by Tor Ashby in May was poor.",
])
def test_no_visit_without_a_visitor_or_a_state_visited(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert of(claims, "Visit") == [], claims


# -- aid cut, strikes, counted arrests and envoys recalled, in the passive ---------------------

@pytest.mark.parametrize("text, kind, roles", [
    ("Military aid to Niger was suspended by the United States on Monday.", "Sanction",
     {"authority": "united-states", "target": "niger"}),
    ("All aid to Niger would be suspended, the minister said on Monday.", "Sanction",
     {"authority": "unnamed authority", "target": "niger"}),
    ("Kyiv was pounded by Russian missiles on Monday.", "Attack", {"perpetrator": "russia", "target": "ukraine"}),
    ("Israel was attacked by Hamas fighters on Monday.", "Attack", {"perpetrator": "hamas", "target": "israel"}),
    ("Two Chilean nationals were arrested by Peru on Monday.", "Detention",
     {"initiator": "peru", "target": {"actor": "2 unnamed nationals", "for": "chile"}}),
    ("Chile's ambassador to Peru was recalled on Monday.", "EnvoyRecall", {"initiator": "chile", "recalledFrom": "peru"}),
])
def test_the_passive_of_an_act_is_read_as_its_active(tmp_path, text, kind, roles):
    claims, _ = extract(tmp_path, text)
    [fact] = of(claims, kind)
    assert {k: fact.get(k) for k in roles} == roles, fact


@pytest.mark.parametrize("text, kind", [
    # help cut by someone who is no authority named, or no help
    ("Military aid to Niger was suspended by a court order on Monday.", "Sanction"),
    ("Flights to Niger were suspended on Monday.", "Sanction"),
    # hit by no one's weapon
    ("Kyiv was hit by a missile on Monday.", "Attack"),
    # an envoy of no state named, or recalled by the other state
    ("The ambassador to Peru was recalled on Monday.", "EnvoyRecall"),
    ("Chile's ambassador to Peru was recalled by Peru on Monday.", "EnvoyRecall"),
])
def test_no_act_from_a_passive_without_its_parties(tmp_path, text, kind):
    claims, _ = extract(tmp_path, text)
    assert of(claims, kind) == [], claims


# -- a date between a subject's relative clause and its verb ---------------------------------

def test_a_date_closing_a_subjects_relative_clause_dates_the_clause_not_the_main_verb(tmp_path):
    claims, _ = extract(tmp_path, "The soldiers who seized power in Niger in July detained President Tor Ashby.")
    assert [c.get("date") for c in of(claims, "SeizureOfPower")] == ["2030-07"], claims
    assert [c.get("date") for c in of(claims, "Detention")] == [None], claims


@pytest.mark.parametrize("text", [
    "The soldiers who seized power in Niger detained President Tor Ashby in July.",
    "In July, the soldiers who seized power in Niger detained President Tor Ashby.",
])
def test_a_date_after_the_main_verb_or_before_the_subject_is_the_main_verbs(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert [c.get("date") for c in of(claims, "Detention")] == ["2030-07"], claims


# -- the subject of a passive controls its infinitive -----------------------------------------

@pytest.mark.parametrize("text, kind, roles", [
    ("Tor Ashby of Peru was invited by Chile to visit Santiago.", "Visit", {"visitor": "tor-ashby", "hostState": "chile"}),
    ("Lea Moro, who was invited by Chile to visit Santiago, arrived on Monday.", "Visit",
     {"visitor": "lea-moro", "hostState": "chile"}),
    ("Chile is expected to sign a treaty with Peru on Monday.", "Agreement", {"party": ["chile", "peru"]}),
])
def test_the_subject_of_a_passive_does_what_its_infinitive_says(tmp_path, text, kind, roles):
    claims, _ = extract(tmp_path, text)
    [fact] = of(claims, kind)
    assert {k: fact.get(k) for k in roles} == roles, fact


def test_the_agent_of_a_passive_does_not_do_what_its_infinitive_says(tmp_path):
    claims, _ = extract(tmp_path, "Peru was urged by Chile to release Lea Moro.")
    assert [c for c in of(claims, "Release") if c.get("releasedBy") == "chile"] == [], claims


# -- an envoy summoned, in a relative or participial clause ----------------------------------

@pytest.mark.parametrize("text", [
    "Peru's ambassador, who was summoned by Chile on Monday, left Santiago.",
    "Peru's ambassador, summoned by Chile on Monday, left Santiago.",
])
def test_an_envoy_summoned_in_a_relative_clause_is_summoned_by_the_agent(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    [summons] = of(claims, "Summons")
    assert (summons["initiator"], summons["target"]) == ("chile", {"actor": "unnamed ambassador", "for": "peru"}), summons


def test_no_summons_of_what_is_no_envoy(tmp_path):
    claims, _ = extract(tmp_path, "The talks, which Chile summoned on Monday, failed.")
    assert of(claims, "Summons") == [], claims


# -- a date the tagger runs on into a length of time ------------------------------------------

def test_a_sentence_s_day_is_its_own_when_the_tagger_runs_it_into_the_term(tmp_path):
    claims, _ = extract(tmp_path, "Tor Ashby was arrested in March 2023 and was sentenced on 19 July to 16 years "
                                  "in prison for espionage.")
    assert [c.get("date") for c in of(claims, "Detention")] == ["2023-03"], claims
    assert [(c["actionType"], c.get("date")) for c in of(claims, "LegalAction")] == [("sentence", "2030-07-19")], claims
