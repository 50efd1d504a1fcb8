"""Rule set 28 (meetings, legal actions, judgements), through the real ``kg extract``
command, on small articles written for these tests (invented people, real states and
bodies of the gazetteer):

- labels given with 'as' whatever the parser hangs the adjective on ("described the
  talks as constructive"), by verbs that judge ("hailed the agreement as historic"), by
  one unnamed official, and in a clause a verb of saying or a court's ruling reports
  ("said the talks had been constructive", "ruled that the arrest of X was unlawful");
- a court's acts: an unnamed court ("a Chilean court remanded X"), bail granted, a
  court's bench, what a ruling says of an arrest or a release; an appeal of a ruling told
  before;
- talks after which a joined subject acted ("agreed ... after four hours of talks");
- attacks by a crowd ("protesters stormed the embassy of Chile");
- an appeal to people the text does not name ("urged people to protest");
- the police as an unnamed speaker of an arrest; a dateline that names the place's region
  ("LIMA, Peru (Wire) - ").
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

TALKS = "Tor Ashby met Lea Moro in Lima on Monday. "
SENTENCE = "A Lima court sentenced Lea Moro to ten years in prison on Monday. "


def _labels(claims):
    return sorted((c.get("characterised"), c["category"], c.get("said_by")) for c in of(claims, "Characterisation"))


def _meeting(claims):
    [meeting] = {c["fact"] for c in of(claims, "Meeting")}
    return meeting


# -- labels -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, category, speaker", [
    (TALKS + "Chile described the talks as constructive.", "constructive", "chile"),
    (TALKS + "A senior official described the discussions as open, frank and candid.", "open, frank and candid",
     "unnamed senior official"),
    (TALKS + "Chile said the talks had been constructive.", "constructive", "chile"),
    (TALKS + "An official said the discussions were frank and useful.", "frank and useful", "unnamed official"),
])
def test_a_label_of_the_talks_told_before(tmp_path, text, category, speaker):
    claims, _ = extract(tmp_path, text)
    assert _labels(claims) == [(_meeting(claims), category, speaker)], claims


@pytest.mark.parametrize("text", [
    TALKS + "Chile said the talks would be difficult.",  # a guess, not a label
    TALKS + "Chile said the talks were not easy.",  # negated
    TALKS + "Chile said the weather was fine.",  # no fact told before
    TALKS + "Chile said the talks were part of a wider effort.",  # what they belong to
    TALKS + "Chile said the talks were a step towards a settlement of the dispute.",  # more than a label
    "Chile said Peru was a rogue state.",  # an actor, not a fact: a statement (rule set 27)
    "Chile welcomed Tor Ashby as a guest.",  # 'welcome' labels no one
    "Bolivia hailed the agreement.",  # a judging verb with no 'as'
    "Bolivia condemned the attack on Peru.",
])
def test_no_label_where_the_clause_or_the_verb_gives_none(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not of(claims, "Characterisation"), claims


def test_a_label_with_as_that_a_judging_verb_gives(tmp_path):
    claims, _ = extract(tmp_path, "Chile and Peru signed an agreement on Monday. Bolivia hailed the agreement as "
                                  "historic.")
    [agreement] = {c["fact"] for c in of(claims, "Agreement")}
    # the verb's own judgement, no second fact of a label (corpus/CLAIMS.md, "Which kind a judgement is")
    assert _labels(claims) == [], claims
    [praise] = of(claims, "Praise")
    assert (praise["speaker"], praise["about"], praise["subject"]) == ("bolivia", agreement, "historic"), praise


def test_a_court_ruling_on_an_arrest_is_a_legal_action_against_the_person_arrested(tmp_path):
    claims, _ = extract(tmp_path, "Police arrested Lea Moro at her home in Lima on Monday. The Supreme Court on "
                                  "Thursday ruled that the arrest of Lea Moro was unlawful and ordered her release.")
    ruling = [c for c in of(claims, "LegalAction") if c.get("court") == "supreme-court"]
    assert ruling and ruling[0]["target"] == "lea-moro", claims
    assert ruling[0]["actionType"] == "ruling"
    held = of(claims, "Detention")[0]["fact"]  # the arrest told first; the court's words are about it
    assert _labels(claims) == [(held, "unlawful", "supreme-court")], claims


# -- courts -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, action", [
    ("A Chilean court on Wednesday remanded Lea Moro in custody for eight days.", "remand"),
    ("On Friday the Supreme Court granted Lea Moro bail for two weeks.", "bail"),
    ("The court denied Lea Moro bail on Monday.", "ruling"),
    ("A three-member bench of the Supreme Court heard Lea Moro's petition against her arrest on Monday.", "hearing"),
])
def test_what_a_court_does_to_a_person(tmp_path, text, action):
    claims, _ = extract(tmp_path, text)
    acts = of(claims, "LegalAction")
    assert [(c["target"], c["actionType"]) for c in acts] == [("lea-moro", action)], claims
    court = acts[0]["court"]
    assert court == "supreme-court" or "unnamed" in str(court), acts


@pytest.mark.parametrize("text", [
    "Chile granted Peru a loan on Monday.",  # a state, not a court
    "The court granted the request on Monday.",  # no one named
    "A court spokesman said the hearing had been postponed.",
])
def test_no_legal_action_without_a_court_and_a_person(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not of(claims, "LegalAction"), claims


@pytest.mark.parametrize("text, said_by, modality", [
    (SENTENCE + "Lea Moro appealed the verdict on Tuesday.", None, None),
    (SENTENCE + "Lea Moro's lawyers said they would appeal.", "unnamed lawyers", "planned"),
])
def test_an_appeal_of_the_ruling_told_before(tmp_path, text, said_by, modality):
    claims, _ = extract(tmp_path, text)
    [ruling] = {c["fact"] for c in of(claims, "LegalAction") if c.get("actionType") == "sentence"}
    [appeal] = [c for c in of(claims, "LegalAction") if c.get("actionType") == "appeal"]
    assert (appeal["initiator"], appeal["targetFact"]) == ("lea-moro", ruling), claims
    assert (appeal.get("said_by"), appeal.get("modality")) == (said_by, modality), appeal


@pytest.mark.parametrize("text", [
    SENTENCE + "Lea Moro appealed for calm.",  # a call
    SENTENCE + "Chile appealed to Peru to free her.",
    "Lea Moro appealed the verdict on Tuesday.",  # no ruling told before
    SENTENCE + "Lea Moro contested the election.",  # no ruling
])
def test_no_appeal_that_is_a_call_or_of_no_ruling(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not [c for c in of(claims, "LegalAction") if c.get("actionType") == "appeal"], claims


# -- talks, attacks, the police, datelines --------------------------------------------------------

def test_talks_after_which_a_joined_subject_acted(tmp_path):
    claims, _ = extract(tmp_path, "Tor Ashby and Lea Moro agreed on Wednesday to resume flights and to curb "
                                  "smuggling, after four hours of talks at an estate.")
    [meeting] = of(claims, "Meeting")
    assert (sorted(meeting["participant"]), meeting["date"]) == (["lea-moro", "tor-ashby"], "2030-08-28"), claims
    assert "after four hours of talks" in meeting["quote"]


@pytest.mark.parametrize("text", [
    "Tor Ashby resigned on Wednesday after four hours of talks.",  # one subject: with whom?
    "Chile recalled its ambassador after talks collapsed.",
])
def test_no_meeting_from_talks_of_one_party(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not of(claims, "Meeting"), claims


@pytest.mark.parametrize("text, target, perpetrator", [
    ("Protesters stormed the embassy of Chile in Lima.", "chile", "unnamed protesters"),
    ("Supporters of Hamas attacked the embassy of Israel.", "israel", {"actor": "unnamed supporters", "for": "hamas"}),
    ("A mob ransacked the offices of the European Union in Lima.", "european-union", "unnamed mob"),
])
def test_attacks_by_a_crowd(tmp_path, text, target, perpetrator):
    claims, _ = extract(tmp_path, text)
    [attack] = of(claims, "Attack")
    assert (attack["target"], attack.get("perpetrator")) == (target, perpetrator), claims


@pytest.mark.parametrize("text", [
    "Protesters stormed the streets of the capital.",  # no one named attacked
    "Supporters of the president cheered in Lima.",
])
def test_no_attack_of_words_or_on_no_one(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not of(claims, "Attack"), claims


def test_the_police_report_an_arrest(tmp_path):
    claims, _ = extract(tmp_path, "Lea Moro was arrested at her home, police said.")
    [held] = of(claims, "Detention")
    assert (held["target"], held["said_by"], held["modality"]) == ("lea-moro", "unnamed police", "reported"), claims


@pytest.mark.parametrize("dateline", ["LIMA, Peru (Wire) - ", "LIMA, Peru, Sept 2 (Wire) - "])
def test_a_dateline_with_its_region_leaves_the_lead_whole(tmp_path, dateline):
    claims, _ = extract(tmp_path, dateline + "Chile and Peru signed an agreement on Monday.")
    [agreement] = of(claims, "Agreement")
    assert agreement["quote"] == "Chile and Peru signed an agreement on Monday", claims


@pytest.mark.parametrize("text, subject", [
    ("Lea Moro, the party leader, urged people to protest.", "protest"),
    ("Chile called on its citizens to stay calm.", "stay calm"),
])
def test_an_appeal_to_people_not_named(tmp_path, text, subject):
    claims, _ = extract(tmp_path, text)
    [appeal] = of(claims, "Appeal")
    assert (appeal.get("about"), appeal["subject"]) == (None, subject), claims


@pytest.mark.parametrize("text", ["Lea Moro urged people.", "Chile called for calm.", "Chile urged the committee to act."])
def test_no_appeal_to_no_one_or_without_what_to_do(tmp_path, text):
    claims, _ = extract(tmp_path, text)
    assert not [c for c in of(claims, "Appeal") if "about" not in c], claims
