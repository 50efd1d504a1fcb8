"""Rule set 52, part d: names of facilities, companies and networks the NER model misses or
misreads, and stakes written in the passive, drafted through the real ``kg extract``
command on small articles written for these tests (one run for all, a module-scoped
fixture), each beside look-alikes that must draft nothing of the kind:

- a capitalised name ending in a facility's head ("the Grand Kenyan Unity Dam") is one
  Asset, the demonym inside it no mention of the state; "the new Kenyan dam" names none;
- a one-word name before a noun of a deposit or a connection ("the Tasiast deposit") is
  an Asset; "the uranium deposit" names none;
- a name with an acronym in brackets built from its syllables ("Societe des Metaux du Nord
  (SOMENOR)") is one Organisation, the acronym its alias; an acronym of other letters is not;
- a name before a network's noun ("the KORVAL ring") is proposed with that phrase as alias;
- names listed after a plural noun of a kind of company ("the grid operators, Estonia's X,
  Latvia's Y and Lithuania's Z") are Organisations, each of its state alike; cities listed
  so stay cities;
- "X was held 63.4 percent by A, and 36.6 percent by B": one Ownership per owner with its
  share, also when the parser joins the second share to the first owner's apposition;
  "talks were held 10 kilometres from Lima by the ministers" none;
- a river after "Dam on the" is no Asset; a release's closing "About ..." section
  proposes nothing, the same line without the heading still does;
- a person named in full and later by the given name alone ("Amos said") speaks there, and
  "He" after the quote is that person; a given name two people share names no one;
- "said that all three countries were ready" keeps its Statement; "said 20,000 soldiers
  took part" stays the event told, no Statement;
- "the military took power in <capital> on <date> and removed President P": a
  SeizureOfPower by the unnamed military of that state against P, and P's office ended
  that day, endedBy the seizure; a party taking power is no coup;
- "its cost", "it was built" and "the dam" after a named dam are the dam, never the state.
"""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import kg_cli
from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    "dam": "Kenyan President Amos Kiprono on Tuesday inaugurated the Grand Kenyan Unity Dam near Kisumu.",
    "plain_dam": "Kenyan President Amos Kiprono on Tuesday inaugurated the new Kenyan dam near Kisumu.",
    "deposit": ("Chilean Mining Minister Ana Kell said on Monday that the Tasiast deposit would be offered to "
                "new bidders."),
    "plain_deposit": ("Chilean Mining Minister Ana Kell said on Monday that the uranium deposit would be offered "
                      "to new bidders."),
    "acronym": ("Chile said it had decided to nationalise the Societe des Metaux du Nord (SOMENOR), a copper "
                "company. SOMENOR runs two mines."),
    "other_acronym": ("Chile said it had decided to nationalise the Societe des Metaux du Nord (BTX), a copper "
                      "company."),
    "ring": "Estonia, Latvia and Lithuania left the KORVAL ring on Saturday, officials said.",
    "operators": ("The prime ministers agreed, and the grid operators, Estonia's Velnet, Latvia's Kortex and "
                  "Lithuania's Sarvik, later set the date of the switch."),
    "cities": "The delegates visited two capitals, Estonia's Tallinn and Latvia's Riga, on Monday.",
    "stakes": ("Until now, the Velmar Uranium Company was held 63.4 percent by the French group Acme Holdings, "
               "and 36.6 percent by the Chilean state company Borex Corporation."),
    "held_talks": "Talks on the border were held 10 kilometres from Lima by the two foreign ministers.",
    "stakes_listed": ("Until now, the Velmar Uranium Company was held 63.4 percent by the French group Acme "
                      "Holdings, a company owned by the French state, and 36.6 percent by the Chilean state company "
                      "Borex Corporation."),
    # a person called by the given name alone, and 'He' after the quote
    "given_name": ("Kenyan President Amos Kiprono on Tuesday opened the new port. Somali President Farah Gedi "
                   "attended the ceremony.\n\n\"The port will be remembered as a great gain not only for Kenya, "
                   "but for the whole region,\" Amos said. He again insisted that the port was no threat to "
                   "its neighbours."),
    "two_amos": ("Kenyan President Amos Kiprono and Kenyan Senator Amos Wako on Tuesday opened the new port.\n\n"
                 "\"The port will be remembered as a great gain,\" Amos said."),
    # a reported clause whose subject is a group phrase
    "group_clause": ("Lina Varo, chairman of the board of Velnet, said last year that all three countries were "
                     "ready to run their grids on their own."),
    "count_clause": "Chilean officials said 20,000 soldiers took part in the parade.",
    # a coup by the military, and the office it ended
    "coup": ("The decision comes two years after the military took power in Bamako on 12 March 2029 and removed "
             "President Amadou Keita."),
    "no_coup": "The decision comes two years after the party took power in Bamako on 12 March 2029.",
    # a river after a dam is no asset, even with a description of the dam after it
    "river": ("Kenyan President Amos Kiprono on Tuesday opened the Grand Tana Dam on the Upper Tana, Africa's "
              "newest hydroelectric project."),
    # 'it' after a named facility
    "facility_it": ("Kenyan President Amos Kiprono on Tuesday inaugurated the Grand Tana Dam. Kenyan officials put "
                    "its cost at about 2 billion dollars and say it was built without foreign loans. Opposition "
                    "leader Farah Gedi has called the dam a waste."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r52d"), ARTICLES, {}, "2031-05-02")


def _types(draft) -> dict[str, str]:
    """label -> class of the entities a draft proposes."""
    return {e["label"]: e["type"] for e in draft["entities"].values()}


# -- facilities ------------------------------------------------------------------------------------

def test_a_facility_name_is_one_asset(drafts):
    assert _types(drafts["dam"]).get("Grand Kenyan Unity Dam") == "Asset", drafts["dam"]["entities"]


def test_a_river_after_a_dam_is_no_asset(drafts):
    types = _types(drafts["river"])
    assert types.get("Grand Tana Dam") == "Asset" and types.get("Upper Tana") != "Asset", types


def test_a_plain_dam_names_no_asset(drafts):
    assert "Asset" not in _types(drafts["plain_dam"]).values(), drafts["plain_dam"]["entities"]


def test_a_one_word_deposit_is_an_asset(drafts):
    assert _types(drafts["deposit"]).get("Tasiast") == "Asset", drafts["deposit"]["entities"]
    assert "Asset" not in _types(drafts["plain_deposit"]).values(), drafts["plain_deposit"]["entities"]


# -- an acronym built from syllables ---------------------------------------------------------------

def test_a_syllabic_acronym_is_the_alias_of_its_name(drafts):
    entries = [e for e in drafts["acronym"]["entities"].values() if "SOMENOR" in (e["label"], *e.get("aliases", []))]
    assert [(e["label"], e["type"], e.get("aliases")) for e in entries] == \
        [("Societe des Metaux du Nord", "Organisation", ["SOMENOR"])], drafts["acronym"]["entities"]


def test_an_acronym_of_other_letters_is_no_alias(drafts):
    assert not any("BTX" in e.get("aliases", []) for e in drafts["other_acronym"]["entities"].values()), \
        drafts["other_acronym"]["entities"]


# -- a network, companies listed after their kind ---------------------------------------------------

def test_a_network_name_keeps_its_noun_as_alias(drafts):
    entries = [e for e in drafts["ring"]["entities"].values() if e["label"] == "KORVAL"]
    assert [(e["type"], e.get("aliases")) for e in entries] == [("Organisation", ["KORVAL ring"])], \
        drafts["ring"]["entities"]


def test_operators_listed_with_their_states_are_organisations_alike(drafts):
    types = _types(drafts["operators"])
    assert [types.get(n) for n in ("Velnet", "Kortex", "Sarvik")] == ["Organisation"] * 3, types
    ties = {(c["organisation"], c["state"]) for c in of(drafts["operators"]["claims"], "OrganisationCountry")}
    assert ties == {("velnet", "estonia"), ("kortex", "latvia"), ("sarvik", "lithuania")}, ties
    assert not of(drafts["operators"]["claims"], "Location")


def test_capitals_listed_with_their_states_stay_places(drafts):
    assert "Organisation" not in _types(drafts["cities"]).values(), drafts["cities"]["entities"]


# -- stakes in the passive -------------------------------------------------------------------------

def test_passive_stakes_give_one_ownership_per_owner(drafts):
    stakes = {(c["owner"], c["owned"], c["share"]) for c in of(drafts["stakes"]["claims"], "Ownership")}
    assert stakes == {("acme-holdings", "velmar-uranium-company", 63.4),
                      ("borex-corporation", "velmar-uranium-company", 36.6)}, stakes


def test_talks_held_by_ministers_are_no_ownership(drafts):
    assert not of(drafts["held_talks"]["claims"], "Ownership")


def test_a_share_joined_past_an_apposition_is_still_the_owners(drafts):
    stakes = {(c["owner"], c.get("share")) for c in of(drafts["stakes_listed"]["claims"], "Ownership")
              if c["owned"] == "velmar-uranium-company"}
    assert stakes == {("acme-holdings", 63.4), ("borex-corporation", 36.6)}, stakes


# -- a release's closing section on its issuer -----------------------------------------------------

RELEASE = """URL: https://example.org/press/{name}
Date: 2031-05-02

PRESS RELEASE

Government of Chile

Chile takes over the Velmar Uranium Company

Santiago, 2 May 2031

Chilean Mining Minister Ana Kell said on Monday that the government would manage the Velmar Uranium Company.

{about}
The Government of Chile publishes its decisions through the Office of the Government Spokesperson, Santiago.
"""


@pytest.mark.parametrize("about, proposed", [("About the Government of Chile", False), ("", True)])
def test_a_release_about_section_proposes_nothing(tmp_path, about, proposed):
    src = tmp_path / "release.txt"
    src.write_text(RELEASE.format(name="release", about=about), encoding="utf-8")
    proc = kg_cli("extract", src, "-o", tmp_path / "out", "-j", "1", check=0)
    assert proc.returncode == 0, proc.stderr
    draft = yaml.safe_load((tmp_path / "out" / "release.yaml").read_text(encoding="utf-8"))
    labels = {e["label"] for e in draft.get("entities") or []}
    assert ("Office of the Government Spokesperson" in labels) is proposed, labels


# -- a given name alone, and 'He' ------------------------------------------------------------------

def test_a_given_name_names_the_one_person_of_that_given_name(drafts):
    said = of(drafts["given_name"]["claims"], "Statement")
    assert [c.get("speaker") for c in said] == ["amos-kiprono", "amos-kiprono"], said


def test_a_given_name_two_people_share_names_no_one(drafts):
    said = of(drafts["two_amos"]["claims"], "Statement")
    assert not any(c.get("speaker") in ("amos-kiprono", "amos-wako") for c in said), said


# -- a group phrase as the subject of the words said -----------------------------------------------

def test_a_group_phrase_subject_keeps_the_statement(drafts):
    said = of(drafts["group_clause"]["claims"], "Statement")
    assert [c.get("speaker") for c in said] == ["lina-varo"], said


def test_a_count_of_people_stays_an_event_told(drafts):
    said = of(drafts["count_clause"]["claims"], "Statement")
    assert not said, said


# -- a coup and the office it ended ----------------------------------------------------------------

def test_the_military_taking_power_is_a_seizure_that_ends_the_office(drafts):
    claims = drafts["coup"]["claims"]
    coups = of(claims, "SeizureOfPower")
    assert [(c["perpetrator"], c.get("target"), c.get("date")) for c in coups] == \
        [({"actor": "unnamed military", "of": "mali"}, "amadou-keita", "2029-03-12")], coups
    offices = [c for c in of(claims, "PositionHeld") if c["holder"] == "amadou-keita"]
    assert [(c.get("endDate"), c.get("endedBy")) for c in offices] == [("2029-03-12", coups[0]["fact"])], offices


def test_a_party_taking_power_is_no_coup(drafts):
    assert not of(drafts["no_coup"]["claims"], "SeizureOfPower")


# -- 'it' and 'the dam' after a named facility -----------------------------------------------------

def test_it_after_a_facility_is_the_facility(drafts):
    claims = drafts["facility_it"]["claims"]
    abouts = [c.get("about") for c in of(claims, "Statement")]
    assert "kenya" not in abouts and "grand-tana-dam" in abouts, abouts
    named = [c.get("characterised") for c in of(claims, "Characterisation") if "waste" in str(c.get("category"))]
    assert named == ["grand-tana-dam"], of(claims, "Characterisation")
