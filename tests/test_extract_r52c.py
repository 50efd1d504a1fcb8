"""Rule set 52, part c: posts written after a name or with no state, what a phrase beside a
person tells of them, and the classes of the names a draft proposes, through the real
``kg extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture, with no registry of their names), each beside look-alikes that must
draft nothing of the kind:

- "Trade Commissioner X" holds a commissioner's post in the one commission the article
  names; "Communications director X said" and "government spokesperson X said" speak for
  the state or body the sentence before has as its subject (the registry's government of
  Russia for "the Kremlin"; the title kept whole),
  "X, the chair of the five-member committee" chairs the committee named before; a
  spokesperson who does not speak, or after a sentence of two subjects, holds nothing drafted;
- "the 61-year-old civil engineer" is the Age and the Occupation of the person the
  article is about, not of who describes; "the 40-year-old farmers" (many) and "the
  40-year-old bridge" (no person) are no one's;
- "who has lived in hiding" is a Location with placeUndisclosed; "came out of hiding"
  and "were hiding weapons" are none;
- "who had openly campaigned for the award" is a Campaign; "campaigned for X" (a person) is none;
- "the liberal party X" is proposed as an Organisation, never a Person; "the Agreement on
  ... (ABC)" and "the Treaty of X" are proposed as nothing; "European Commission" is an
  Organisation described as the EU's institution; "Huawei, ZTE, Xiaomi and Oppo" are
  proposed as Organisations, though no claim names them; "after Labour won the election"
  proposes Labour, an Organisation; "the party Ana Kell leads" keeps Ana Kell a person.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    "commissioner": ("Brussels, 3 May 2031 - The Ostravian Trade Commission fined the shipping firm on Monday. "
                     "Trade Commissioner Lina Varo welcomed the outcome."),
    "communications": ("The Kremlin criticised the decision. Communications director Tor Ashby said the "
                       "panel had erred."),
    "government_spokesperson": ("Kenya has agreed to accept up to 50 migrants, the Kenyan government said on "
                                "Tuesday. \"We agreed,\" government spokesperson Ana Kell said."),
    "spokesperson_silent": "The Kremlin criticised the decision. Reporters later met spokesperson Tor Ashby.",
    "two_subjects": "Peru and Chile criticised the decision. Communications director Tor Ashby said it was wrong.",
    "chair": ("The Velmar Peace Committee awarded the prize to Kesh Amon on Friday. Dora Plesh, the chair of "
              "the five-member committee, praised him."),
    "aged": ("Oslo, 3 May 2031 - The Velmar Peace Committee on Friday awarded the prize to Kesh Amon, the Brelian "
             "opposition leader who has lived in hiding for more than a year, passing over Lina Varo, who had "
             "openly campaigned for the award. Dora Plesh described the 61-year-old civil engineer as a brave "
             "champion of peace. Amon thanked the committee."),
    "not_hiding": ("Tor Ashby came out of hiding on Monday. Police said the rebels were hiding weapons in the "
                   "hills. Ana Kell campaigned for Tor Ashby in the election. The 40-year-old farmers protested "
                   "outside the court. Engineers repaired the 40-year-old bridge."),
    "party": ("Lina Varo, who founded the liberal party Brelian Hope in 2013, was barred from office. "
              "Ostravia said the rules breached the Agreement on Trade-Related Aspects of Maritime Rights (TRAMR) "
              "and the Treaty of Velmar."),
    "party_led": "Reporters met Tor Ashby, the party Ana Kell leads said.",
    "commission": "The European Commission said the award showed that the arbitration works.",
    "listed": ("Courts issued injunctions in cases involving, among others, Quvex, ZKT, Lomira and Dravo against "
               "patent holders. Ostravian President Lina Varo criticised the courts."),
    "won": "The scheme was scrapped by British Prime Minister Tor Ashby after Labour won the July 2030 election.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r52c"), ARTICLES, {}, "2031-05-03")


def _of(drafts, name: str, kind: str) -> list[dict]:
    return [c for c in drafts[name]["claims"] if c["type"] == kind]


# -- posts after a name, titles with no state ------------------------------------------------

def test_a_commissioner_is_of_the_one_commission_named(drafts):
    posts = _of(drafts, "commissioner", "PositionHeld")
    assert [(p["holder"], p["positionOf"], p["position"]) for p in posts] == \
        [("lina-varo", "ostravian-trade-commission", "commissioner")], posts


def test_a_speaker_with_no_state_speaks_for_the_subject_before(drafts):
    posts = _of(drafts, "communications", "PositionHeld")
    assert [(p["holder"], p["positionOf"], p["title"]) for p in posts] == \
        [("tor-ashby", "government-of-russia", "Communications director")], posts  # the registry's Kremlin
    posts = _of(drafts, "government_spokesperson", "PositionHeld")
    assert [(p["holder"], p["positionOf"], p["position"], p["title"]) for p in posts] == \
        [("ana-kell", "kenya", "spokesperson", "government spokesperson")], posts


@pytest.mark.parametrize("name", ["spokesperson_silent", "two_subjects"])
def test_no_body_guessed_for_a_silent_spokesperson_or_two_subjects(drafts, name):
    assert _of(drafts, name, "PositionHeld") == []


def test_the_chair_of_a_committee_named_before(drafts):
    posts = _of(drafts, "chair", "PositionHeld")
    assert [(p["holder"], p["positionOf"]) for p in posts] == [("dora-plesh", "velmar-peace-committee")], posts


# -- what a phrase beside a person tells ------------------------------------------------------

def test_an_age_and_occupation_described_without_a_name(drafts):
    ages = _of(drafts, "aged", "Age")
    jobs = _of(drafts, "aged", "Occupation")
    assert [(a["person"], a["years"]) for a in ages] == [("kesh-amon", 61)], ages
    assert [(j["person"], j["occupation"]) for j in jobs] == [("kesh-amon", "civil engineer")], jobs


def test_in_hiding_is_a_location_undisclosed(drafts):
    places = _of(drafts, "aged", "Location")
    assert [(p["located"], p.get("placeUndisclosed"), p.get("description")) for p in places] == \
        [("kesh-amon", True, "in hiding")], places
    assert "place" not in places[0]


def test_campaigned_for_the_award_is_a_campaign(drafts):
    campaigns = _of(drafts, "aged", "Campaign")
    assert [(c["organiser"], c["subject"]) for c in campaigns] == [("lina-varo", "the award")], campaigns


def test_look_alikes_of_hiding_ages_and_campaigns_draft_nothing(drafts):
    kinds = {c["type"] for c in drafts["not_hiding"]["claims"]}
    assert not kinds & {"Location", "Age", "Occupation", "Campaign"}, drafts["not_hiding"]["claims"]


# -- the classes of proposed names ---------------------------------------------------------

def test_a_party_named_after_its_noun_is_an_organisation(drafts):
    entities = drafts["party"]["entities"]
    assert entities["brelian-hope"]["type"] == "Organisation", entities
    assert entities["lina-varo"]["type"] == "Person"


def test_a_treatys_name_is_proposed_as_nothing(drafts):
    labels = {e["label"] for e in drafts["party"]["entities"].values()}
    assert not any("Aspects" in label or "Treaty" in label or label == "TRAMR" for label in labels), labels


def test_a_name_a_verb_follows_after_the_noun_stays_a_person(drafts):
    entities = drafts["party_led"]["entities"]
    assert entities.get("ana-kell", {}).get("type") != "Organisation", entities


def test_the_european_commission_is_an_institution_of_the_eu(drafts):
    entry = drafts["commission"]["entities"]["european-commission"]
    assert entry["type"] == "Organisation", entry
    assert "European Union" in entry.get("description", ""), entry


def test_companies_listed_are_proposed(drafts):
    entities = drafts["listed"]["entities"]
    assert {k: entities.get(k, {}).get("type") for k in ("quvex", "zkt", "lomira", "dravo")} == \
        dict.fromkeys(("quvex", "zkt", "lomira", "dravo"), "Organisation"), entities


def test_a_name_that_won_an_election_is_a_party(drafts):
    entities = drafts["won"]["entities"]
    assert entities.get("labour", {}).get("type") == "Organisation", entities
