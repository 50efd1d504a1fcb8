"""Rule set 50, part c: appointments, successions and resignations, and offices tied to
the body the sentence gives them, drafted through the real ``kg extract`` command on small
articles written for these tests (one run for all, a module-scoped fixture), each beside
look-alikes that must draft nothing of the kind:

- "approve(d) the appointment of X as Y": X's PositionHeld, dated by the approval, with
  the approver's stage; an appointment called for or rejected is none;
- "succeeding Z", "replacing Z", "taking over from Z", "X succeeded Z as ...", "X, who
  succeeds Z, was sworn in", "Z is replaced by X", "named X as her successor", and an
  office taken the same day another holder left it:
  ``predecessor`` on the new holder's office, and Z's term ended with its ``successor``;
  a negated succession, a meeting, or rules replaced give none (the office still taken),
  nor is the leader who names a successor and stays the one succeeded;
- "X MP has today resigned as Economic Secretary to the Treasury" (a name before 'MP' is
  a person; "today" the day of publication; the title whole), "following the resignation
  of X as ... on DATE" (a noun), "accepted the resignation" (the one who accepts a party of
  that stage); a resignation called for or rejected is none;
- the office of the right body: "former party leader A, 43, and the current leader, B"
  (the party named, not the state); "X said ..., and its spokesman" (the sentence's
  subject); "In his letter to the Prime Minister, Sir L said" (no title of L); "the
  group's Asia director, E" (a region no body); "was previously Parliamentary Secretary at
  the Department for Work and Pensions" (ended, the department kept, the title whole).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # -- appointments told by a noun
    "approved_release": ("LONDON, 3 September 2030 - The King has been pleased to approve the appointment of Anna "
                         "Kovac MP as Economic Secretary to the Treasury. Britain's prime minister welcomed her."),
    "approved_dated": "Peru's president, Omar Kadir, approved the appointment of Lina Varo as foreign minister on Monday.",
    "appointment_called_for": "Opposition leaders in Peru called for the appointment of Lina Varo as foreign minister.",
    "appointment_rejected": "Peru's Congress rejected the appointment of Lina Varo as foreign minister on Monday.",
    # -- successions
    "succeeding": "Lina Varo was appointed Peru's foreign minister on Monday, succeeding Omar Kadir.",
    "succeeded_as": "Lina Varo succeeded Omar Kadir as president of Peru in 2029.",
    "who_succeeds": "Lina Varo, who succeeds Omar Kadir, was sworn in as Peru's president on Friday.",
    "replacing": "Lina Varo was named Peru's foreign minister on Friday, replacing Omar Kadir.",
    "who_replaced": ("Peru's foreign minister, Lina Varo, who replaced Omar Kadir in May, met Chile's president on "
                     "Friday."),
    "replacing_rules": "Lina Varo was named Peru's foreign minister on Friday, replacing the old rules on visas.",
    "not_succeeded": "Lina Varo did not succeed Omar Kadir as president of Peru.",
    "met_not_succeeded": "Tomas Vidal, who met Omar Kadir on Monday, was appointed Peru's finance minister.",
    "replaced_by": ("Peru's environment minister, Maria Santos, resigned on Monday. She is replaced by Tomas Vidal, "
                    "who had been health minister."),
    "taking_over": ("Laura Pike, Peru's pensions minister, was promoted to Peru's finance minister, taking over from "
                    "John Bell, who becomes trade minister."),
    "named_successor": ("Peru's justice minister, Maria Santos, resigned on Monday. Mr Soto named Tomas Vidal as her "
                        "successor."),
    "named_by_leader": ("Peru's justice minister, Anna Kowalska, resigned on Tuesday over a procurement scandal. "
                        "Prime Minister Juan Soto of Peru named Tomas Vidal as her successor."),
    "successor_of_whom": ("Justice Minister Anna Kowalska resigned on Tuesday. Prime Minister Juan Soto of Peru named "
                          "Tomas Vidal as her successor."),
    "same_day": ("Peru's cabinet lost a second minister, following the resignation of Lina Varo as Peru's Secretary "
                 "of State for Transport on 29 November 2029. Tomas Vidal was appointed Peru's Transport Secretary "
                 "on the same day."),
    "same_day_other_office": ("Peru's cabinet lost a second minister, following the resignation of Lina Varo as "
                              "Peru's Secretary of State for Transport on 29 November 2029. Tomas Vidal was appointed "
                              "Peru's Health Secretary on the same day."),
    # -- resignations
    "resigned_today": ("LONDON, 3 September 2030 - Anna Kovac MP has today resigned as Britain's Economic Secretary "
                       "to the Treasury and City Minister. The Prime Minister has accepted her resignation."),
    "resignation_noun": ("Peru's cabinet lost a second minister, following the resignation of Lina Varo as Peru's "
                         "foreign minister on 29 November 2029."),
    "resignation_called_for": "Opposition leaders in Peru called for the resignation of Lina Varo as foreign minister.",
    "resignation_rejected": "Peru's president rejected the resignation of Lina Varo as foreign minister on Monday.",
    "resignation_accepted": ("Peru's president, Omar Kadir, accepted the resignation of Interior Minister Lina Varo "
                             "on Monday."),
    # -- offices of the right body
    "party_leaders": ("Thailand's Constitutional Court dissolved the opposition Unity Party on Wednesday. Among those "
                      "barred are former party leader Somchai Wongsawat, 43, and the current leader, Anutin Prasert. "
                      "Thailand's prime minister said Thailand would respect the ruling in Thailand."),
    "two_parties": ("Thailand's Constitutional Court dissolved the Unity Party and the Liberty Party on Wednesday. "
                    "Among those barred are former party leader Somchai Wongsawat, 43, and the current leader, Anutin "
                    "Prasert. Thailand's prime minister said Thailand would respect the ruling in Thailand."),
    "its_subject": ("The U.S. State Department said the decision disenfranchised the millions who voted for the Unity "
                    "Party, and its spokesman Tom Reed urged Peru to protect the freedoms of association."),
    "its_party": ("The Unity Party said the ruling was unjust, and its spokesman Tom Reed urged supporters to stay "
                  "calm."),
    "letter_to": ("Britain's Prime Minister Ben Ashby received the report on Monday. In his letter to the Prime "
                  "Minister, Sir Tom Reed said he had found no breach of the rules."),
    "replying": "Replying, Britain's Prime Minister, Ben Ashby, said he had accepted her resignation.",
    "region_unnamed_body": "The rights group's Asia director, Elaine Marsh, called the case a sham.",
    "region_named_body": "Amnesty International's Africa director, Tor Ashby, called the case a sham.",
    "previously": ("Ms Varo, the member for Wycombe and a British lawmaker, was previously Parliamentary Secretary at "
                   "the Department for Work and Pensions."),
    "currently": "Ms Varo, a British lawmaker, is Parliamentary Secretary at the Department for Work and Pensions.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r50c"), ARTICLES, {}, "2030-09-03")


def _offices(d, holder: str) -> list[dict]:
    return [c for c in of(d["claims"], "PositionHeld") if c["holder"] == holder]


def _office(d, holder: str, **keys) -> dict:
    """The one drafted office of ``holder`` whose values include ``keys``."""
    found = [c for c in _offices(d, holder) if all(c.get(k) == v for k, v in keys.items())]
    assert len(found) == 1, (holder, keys, d["claims"])
    return found[0]


# -- appointments told by a noun ------------------------------------------------------------------

def test_an_approved_appointment_holds_the_office_named_whole(drafts):
    post = _office(drafts["approved_release"], "anna-kovac")
    assert (post["position"], post["title"], post["positionOf"]) == \
        ("junior minister", "Economic Secretary to the Treasury", "united-kingdom"), post
    assert "status" not in post


def test_a_name_before_mp_is_a_person(drafts):
    person = drafts["approved_release"]["entities"]["anna-kovac"]
    assert (person["type"], person["label"]) == ("Person", "Anna Kovac")


def test_an_appointment_approved_on_a_day_starts_then_with_the_approvers_stage(drafts):
    post = _office(drafts["approved_dated"], "lina-varo")
    assert (post["position"], post["positionOf"], post["startDate"]) == ("minister", "peru", "2030-09-02"), post
    assert post["stage"] == {"status": "approved", "date": "2030-09-02", "party": "omar-kadir"}


@pytest.mark.parametrize("name", ["appointment_called_for", "appointment_rejected"])
def test_an_appointment_called_for_or_rejected_holds_no_office(drafts, name):
    assert _offices(drafts[name], "lina-varo") == []


# -- successions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, new, old, position", [
    ("succeeding", "lina-varo", "omar-kadir", "minister"),
    ("succeeded_as", "lina-varo", "omar-kadir", "head of state"),
    ("who_succeeds", "lina-varo", "omar-kadir", "head of state"),
    ("replacing", "lina-varo", "omar-kadir", "minister"),
    ("who_replaced", "lina-varo", "omar-kadir", "minister"),
    ("taking_over", "laura-pike", "john-bell", "minister"),
    ("replaced_by", "tomas-vidal", "maria-santos", "minister"),
    ("named_successor", "tomas-vidal", "maria-santos", "minister"),
    ("named_by_leader", "tomas-vidal", "anna-kowalska", "minister"),
])
def test_who_held_the_office_before_and_after(drafts, name, new, old, position):
    d = drafts[name]
    [taken] = [c for c in _offices(d, new) if "predecessor" in c]
    assert (taken["predecessor"], taken["position"], taken["positionOf"]) == (old, position, "peru"), taken
    assert "status" not in taken
    [left] = [c for c in _offices(d, old) if "successor" in c]
    assert (left["successor"], left["status"], left["positionOf"], left["title"]) == \
        (new, "ended", "peru", taken["title"]), left
    assert left["fact"] != taken["fact"]


def test_the_office_taken_is_the_one_a_verb_gives(drafts):
    d = drafts["taking_over"]
    assert _office(d, "laura-pike", title="finance minister")["predecessor"] == "john-bell"
    assert "predecessor" not in _office(d, "laura-pike", title="pensions minister")


def test_the_office_a_successor_is_named_to_is_the_one_left(drafts):
    d = drafts["named_successor"]
    taken = _office(d, "tomas-vidal")
    assert (taken["title"], taken["predecessor"]) == ("justice minister", "maria-santos"), taken


def test_a_successor_named_by_a_leader_who_stays_is_not_the_leaders(drafts):
    d = drafts["successor_of_whom"]
    assert _offices(d, "tomas-vidal") == [], d["claims"]
    assert not any("successor" in c for c in _offices(d, "juan-soto")), d["claims"]


def test_a_predecessor_is_no_part_of_the_office_id(drafts):
    d = drafts["replaced_by"]
    taken = _office(d, "tomas-vidal", title="environment minister")
    health = _office(d, "tomas-vidal", title="health minister")
    assert taken["fact"] != health["fact"] and "maria-santos" not in taken["fact"], (taken, health)


@pytest.mark.parametrize("name", ["not_succeeded", "met_not_succeeded", "replacing_rules"])
def test_no_succession_where_none_is_told(drafts, name):
    claims = of(drafts[name]["claims"], "PositionHeld")
    assert not any("predecessor" in c or "successor" in c for c in claims), claims


@pytest.mark.parametrize("name", ["met_not_succeeded", "replacing_rules"])
def test_the_office_is_still_taken_where_no_one_is_succeeded(drafts, name):
    post = _office(drafts[name], "tomas-vidal" if name == "met_not_succeeded" else "lina-varo")
    assert (post["position"], post["positionOf"]) == ("minister", "peru"), post


def test_a_person_of_a_relative_clause_is_not_the_subject_who_takes_the_office(drafts):
    post = _office(drafts["who_succeeds"], "lina-varo")
    assert (post["startDate"], post["title"]) == ("2030-08-30", "president"), post


def test_an_office_taken_the_day_another_holder_left_it(drafts):
    d = drafts["same_day"]
    taken = _office(d, "tomas-vidal")
    assert (taken["startDate"], taken["predecessor"]) == ("2029-11-29", "lina-varo"), taken
    left = _office(d, "lina-varo")
    assert (left["status"], left["endDate"], left["successor"], left["title"]) == \
        ("ended", "2029-11-29", "tomas-vidal", "Secretary of State for Transport"), left


def test_another_office_taken_that_day_succeeds_no_one(drafts):
    d = drafts["same_day_other_office"]
    assert _office(d, "tomas-vidal")["startDate"] == "2029-11-29"
    assert "predecessor" not in _office(d, "tomas-vidal") and "successor" not in _office(d, "lina-varo")


# -- resignations ---------------------------------------------------------------------------------

def test_a_resignation_today_is_dated_and_ends_the_office_named_whole(drafts):
    d = drafts["resigned_today"]
    post = _office(d, "anna-kovac")
    assert (post["position"], post["title"], post["status"]) == \
        ("junior minister", "Economic Secretary to the Treasury and City Minister", "ended"), post
    resigned = [c for c in of(d["claims"], "Resignation") if "date" in c]
    assert [(c["resigning"], c["date"], c["resignedFrom"]) for c in resigned] == \
        [("anna-kovac", "2030-09-03", post["fact"])], resigned
    accepted = [c for c in of(d["claims"], "Resignation") if c.get("status") == "accepted"]
    assert [c["fact"] for c in accepted] == [resigned[0]["fact"]], accepted


def test_a_resignation_told_by_a_noun(drafts):
    d = drafts["resignation_noun"]
    [resigned] = of(d["claims"], "Resignation")
    post = _office(d, "lina-varo")
    assert (resigned["resigning"], resigned["date"], resigned.get("resignedFrom")) == \
        ("lina-varo", "2029-11-29", post["fact"]), resigned
    assert (post["title"], post["status"], post["endDate"]) == ("foreign minister", "ended", "2029-11-29"), post


@pytest.mark.parametrize("name", ["resignation_called_for", "resignation_rejected"])
def test_a_resignation_called_for_or_rejected_is_none(drafts, name):
    d = drafts[name]
    assert of(d["claims"], "Resignation") == [] and _offices(d, "lina-varo") == []


def test_the_one_who_accepts_a_resignation_is_the_party_of_that_stage(drafts):
    [resigned] = of(drafts["resignation_accepted"]["claims"], "Resignation")
    assert resigned["stage"] == {"status": "accepted", "date": "2030-09-02", "party": "omar-kadir"}, resigned


# -- offices of the right body --------------------------------------------------------------------

def test_a_party_leader_and_the_current_leader_lead_the_party_named(drafts):
    d = drafts["party_leaders"]
    former = _office(d, "somchai-wongsawat")
    current = _office(d, "anutin-prasert")
    assert (former["position"], former["positionOf"], former["status"]) == ("party leader", "unity-party", "ended")
    assert (current["position"], current["positionOf"]) == ("party leader", "unity-party"), current
    assert "status" not in current


def test_a_party_leader_of_two_parties_named_is_no_states_head(drafts):
    d = drafts["two_parties"]
    assert _offices(d, "somchai-wongsawat") == []
    assert not any(c["position"] == "head of state" for c in _offices(d, "anutin-prasert")), d["claims"]


@pytest.mark.parametrize("name, body", [("its_subject", "united-states-department-of-state"),
                                        ("its_party", "unity-party")])
def test_its_spokesman_is_the_subjects(drafts, name, body):
    assert _office(drafts[name], "tom-reed")["positionOf"] == body


def test_a_title_in_a_phrase_before_the_comma_is_no_title_of_the_subject(drafts):
    d = drafts["letter_to"]
    assert not [c for c in of(d["claims"], "PositionHeld") if "tom-reed" in c["holder"]], d["claims"]
    assert _office(d, "ben-ashby")["position"] == "head of government"


def test_a_title_in_apposition_after_a_phrase_stays(drafts):
    post = _office(drafts["replying"], "ben-ashby")
    assert (post["position"], post["positionOf"]) == ("head of government", "united-kingdom"), post


def test_a_region_in_a_title_is_no_body(drafts):
    assert of(drafts["region_unnamed_body"]["claims"], "PositionHeld") == []
    post = _office(drafts["region_named_body"], "tor-ashby")
    assert (post["positionOf"], post["title"], post["position"]) == ("amnesty-international", "Africa director", "director")


def test_an_office_held_previously_ended_in_its_department(drafts):
    post = _office(drafts["previously"], "ms-varo")
    assert (post["position"], post["title"], post["positionOf"], post["status"]) == \
        ("junior minister", "Parliamentary Secretary", "department-for-work-and-pensions", "ended"), post


def test_an_office_held_now_is_not_ended(drafts):
    post = _office(drafts["currently"], "ms-varo", position="junior minister")
    assert (post["title"], post["positionOf"]) == ("Parliamentary Secretary", "department-for-work-and-pensions")
    assert "status" not in post
