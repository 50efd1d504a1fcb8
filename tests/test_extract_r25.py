"""Rule set 25, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): what a first reading of a
short aid story showed.

- one fact restated: two sentences of one kind of fact between the same parties that
  state the same values (an amount, a kind of aid, a quantity of arms), or leave out
  one the other states, and no value differing, are one fact (one id, two claims);
  different amounts, dates, or words of another one ("a second request") stay two;
- a meeting in a city is no visit unless the sentence says someone travelled there;
- a praise that names the fact it welcomes ("welcomed the pledge") is about that fact;
- the names a drafted claim uses are proposed for the registry, organisations too;
  aid channelled through agencies names them as the aid's channels; fighting between
  two forces is an armed conflict between them.
"""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


def draft(tmp_path, body: str, title: str | None = None):
    """The claims and the proposed entities of the draft of one article."""
    claims, out = extract(tmp_path, body, title=title)
    drafted = sorted(out.glob("*.yaml"))  # none when nothing was drafted
    return claims, [e for d in drafted for e in yaml.safe_load(d.read_text(encoding="utf-8")).get("entities") or []]


# -- 1. one fact restated ----------------------------------------------------------------------

@pytest.mark.parametrize("title, body, kind", [
    ("Chile pledges $40 million in humanitarian aid to Peru",
     "Chile will provide $40 million in emergency humanitarian aid to Peru, Foreign Minister Tor Ashby said.",
     "Support"),
    (None, "Chile will provide $40 million in humanitarian aid to Peru, Tor Ashby said. "
           "Chile will provide humanitarian aid to Peru, Ashby told reporters.", "Support"),
    (None, "Chile has sold 12 jets to Peru, Tor Ashby said. Chile will deliver the 12 jets to Peru, Ashby told reporters.",
     "ArmsTransfer"),
])
def test_one_fact_told_twice_with_the_same_values_is_one_fact(tmp_path, title, body, kind):
    claims, _ = draft(tmp_path, body, title=title)
    facts = of(claims, kind)
    assert len(facts) == 2, claims
    assert len({c["fact"] for c in facts}) == 1, facts


@pytest.mark.parametrize("body, kind", [
    # two amounts: two gifts
    ("Chile will provide $40 million in humanitarian aid to Peru, Tor Ashby said. "
     "Chile also gave $15 million in humanitarian aid to Peru, Ashby said.", "Support"),
    # other arms
    ("Chile has sold 12 jets to Peru, Tor Ashby said. Chile also sold 30 tanks to Peru, Ashby added.", "ArmsTransfer"),
    # words of one more of the kind: 'another', 'a separate deal'
    ("Chile has sold 12 jets to Peru, Tor Ashby said. Chile sold another 12 jets to Peru, Ashby added.", "ArmsTransfer"),
    ("Chile has sold 12 jets to Peru, Tor Ashby said. In a separate deal, Chile sold 12 jets to Peru, Ashby added.",
     "ArmsTransfer"),
])
def test_facts_of_one_kind_with_other_values_stay_apart(tmp_path, body, kind):
    claims, _ = draft(tmp_path, body)
    facts = of(claims, kind)
    assert len(facts) == 2, claims
    assert len({c["fact"] for c in facts}) == 2, facts


def test_two_meetings_on_different_days_stay_two_facts(tmp_path):
    claims, _ = draft(tmp_path, "Tor Ashby met Lin Hale in Lima on Monday. Tor Ashby met Lin Hale again in Santiago on Thursday.")
    meetings = of(claims, "Meeting")
    assert sorted(c["date"] for c in meetings) == ["2030-08-29", "2030-09-02"], claims
    assert len({c["fact"] for c in meetings}) == 2, meetings


# -- 2. a meeting in a city is no visit by itself ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Lin Hale met Peruvian President Tor Ashby in Lima on Monday during her visit to Peru.",
    "Chilean Foreign Minister Lin Hale met Peruvian President Tor Ashby in Lima on Monday after arriving from Santiago.",
])
def test_a_meeting_abroad_is_a_visit_when_the_sentence_tells_the_journey(tmp_path, text):
    claims, _ = draft(tmp_path, text)
    assert of(claims, "Meeting"), claims
    assert [(c["visitor"], c["hostState"]) for c in of(claims, "Visit")] == [("lin-hale", "peru")], claims


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Lin Hale met Peruvian President Tor Ashby in Lima on Monday.",
    "Peruvian President Tor Ashby met Chilean Foreign Minister Lin Hale in Lima on Monday to discuss a ceasefire.",
])
def test_a_meeting_in_a_city_says_nothing_of_who_travelled(tmp_path, text):
    claims, _ = draft(tmp_path, text)
    [meeting] = of(claims, "Meeting")
    assert sorted(meeting["participant"]) == ["lin-hale", "tor-ashby"], meeting
    assert of(claims, "Visit") == [], claims


# -- 3. a reaction to a fact named by a noun is about that fact -----------------------------------

@pytest.mark.parametrize("text, kind, about_kind", [
    ("Chile will provide $40 million in humanitarian aid to Peru, Foreign Minister Tor Ashby said on Monday. "
     "UN envoy Lin Hale welcomed the pledge.", "Praise", "Support"),
    ("Tor Ashby visited Peru on Monday. Bolivian President Lin Hale condemned the visit.", "Criticism", "Visit"),
])
def test_a_reaction_to_a_fact_it_names_is_about_that_fact(tmp_path, text, kind, about_kind):
    claims, _ = draft(tmp_path, text)
    [named] = of(claims, about_kind)
    [reaction] = of(claims, kind)
    assert reaction["about"] == named["fact"], claims


@pytest.mark.parametrize("text", [
    # no pledge told: the praise stands, about nothing
    "UN envoy Lin Hale welcomed the pledge on Monday and urged donors to follow.",
    # the pledge told after the welcome is not what was welcomed
    "UN envoy Lin Hale welcomed the pledge on Monday. Chile will give $15 million in aid to Bolivia next year, Tor Ashby said.",
])
def test_a_reaction_to_no_fact_told_before_keeps_no_about(tmp_path, text):
    claims, _ = draft(tmp_path, text)
    [praise] = of(claims, "Praise")
    assert praise["speaker"] == "lin-hale" and "about" not in praise, praise


# -- 4. the names drafted claims use are proposed; fighting between named forces -------------------

@pytest.mark.parametrize("text", [
    "Fighting between the Peruvian army and the Andean Liberation Front entered its third year on Monday.",
    # a gerund the tagger reads as a verb, in a clause of time
    "Chile will send food to Peru, Tor Ashby said on Monday, as fighting between the Peruvian army and "
    "the Andean Liberation Front enters its third year.",
])
def test_fighting_between_a_states_army_and_a_group_is_an_armed_conflict_and_the_group_is_proposed(tmp_path, text):
    claims, entities = draft(tmp_path, text)
    [conflict] = of(claims, "ArmedConflict")
    assert sorted(conflict["participant"]) == ["andean-liberation-front", "peru"], conflict
    assert "andean-liberation-front" in {e["id"] for e in entities}, entities


def test_a_clause_of_time_the_parser_hangs_on_a_verb_of_saying_is_not_what_was_said(tmp_path):
    claims, _ = draft(tmp_path, "Chile will send food to Peru, Tor Ashby announced on Monday, as fighting between the "
                                "Peruvian army and the Andean Liberation Front enters its third year.")
    [conflict] = of(claims, "ArmedConflict")
    assert "said_by" not in conflict and conflict.get("modality", "asserted") == "asserted", conflict
    [supply] = of(claims, "Supply")
    assert supply["said_by"] == "tor-ashby", supply  # the announcement itself is still his


@pytest.mark.parametrize("text", [
    # farmers are no state's armed force: one side named, no conflict
    "Fighting between Peruvian farmers and the Andean Liberation Front entered its third year on Monday.",
    # a name no drafted claim uses is not proposed
    "Fog covered Lima on Monday, the Andean Liberation Front's newspaper reported.",
])
def test_no_conflict_with_one_side_and_no_proposal_of_a_name_no_claim_uses(tmp_path, text):
    claims, entities = draft(tmp_path, text)
    assert of(claims, "ArmedConflict") == [], claims
    used = {v for c in claims for v in c.values() if isinstance(v, str)} | \
        {x for c in claims for v in c.values() if isinstance(v, list) for x in v if isinstance(x, str)}
    assert "andean-liberation-front" not in used
    assert "andean-liberation-front" not in {e["id"] for e in entities}, entities
