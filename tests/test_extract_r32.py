"""Rule set 32, through the real ``kg extract`` command on small articles written for
these tests and read with the development set's registry (one run for all, a
module-scoped fixture). Each form is checked for what it drafts and for what it must
not (no invented participant, nothing from a look-alike sentence):

- offices: a counterpart whose host's state the registry gives ("Prime Minister X
  welcomed his Israeli counterpart Y"), an office by the possessive of the state the text
  is about ("X, the country's attorney general"), a one-word portfolio ("the information
  minister"), an apposition the mentions read as a description of the same person;
- legal actions: warrants for two people joined by 'and for', "X, who is wanted by the
  court";
- sanctions: visas revoked;
- characterisations: a quoted label after "said X was";
- a definite noun of law that stands for a treaty named before ("the statute" after "the
  Rome Statute") is no Legislation;
- family ties: spouses, parents and children are a FamilyTie (corpus/CLAIMS.md), with or
  without a comma before the name.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    "counterpart": "Prime Minister Viktor Orban welcomed his Israeli counterpart Benjamin Netanyahu in Budapest on "
                   "Thursday.",
    "guest": "Prime Minister Viktor Orban welcomed his Israeli guest Benjamin Netanyahu in Budapest on Thursday.",
    "own_state_office": "LIMA, March 4 (Staff reporter) - Carlos Rivera, the country's attorney general, said Peru "
                        "would appeal the ruling.",
    "own_state_no_office": "LIMA, March 4 (Staff reporter) - Carlos Rivera, the country's best-known lawyer, said "
                           "Peru would appeal the ruling.",
    "information_minister": "KAMPALA, March 4 (Staff reporter) - Chris Baryomunsi, the information minister, said "
                            "the trial would go on.",
    "described_apposition": "Ozgur Ozel, the leader of the CHP, spoke in Ankara on Monday. On Tuesday Ozgur Ozel, "
                            "the CHP leader, urged people to protest.",
    "two_warrants": "The International Criminal Court issued arrest warrants on Monday for Benjamin Netanyahu and "
                    "for his former defence minister, Yoav Gallant.",
    "wanted": "Viktor Orban welcomed Benjamin Netanyahu, who is wanted by the International Criminal Court, to "
              "Budapest.",
    "wanted_by_no_court": "Viktor Orban welcomed Benjamin Netanyahu, who is wanted by the police, to Budapest. "
                          "Viktor Orban wanted a deal.",
    "visas": "The State Department revoked the visas of Alexandre de Moraes on Friday.",
    "visas_not": "The State Department did not revoke the visas of Alexandre de Moraes on Friday. "
                 "Alexandre de Moraes revoked the order on Monday.",
    "quoted_label": 'Viktor Orban said the International Criminal Court was "a political court".',
    "quoted_not_label": 'Dmitry Peskov said Ukraine was "ready" for talks. Dmitry Peskov said Ukraine was a '
                        "rogue state.",
    "statute": "Hungary signed the Rome Statute in 1999. Hungary ratified the statute in 2001.",
    "spouses": "Imran Khan and his wife, Bushra Bibi, were charged on Monday.",
    "parent": "Jair Bolsonaro's son Eduardo Bolsonaro lobbied in Washington.",
    "aide": "Imran Khan and his aide, Zulfi Bukhari, were charged on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r32"), ARTICLES, "--entities", REGISTRY)
    return found


def _held(claims, holder):
    return [c for c in of(claims, "PositionHeld") if c["holder"] == holder]


# -- offices -------------------------------------------------------------------------------


def test_a_counterpart_holds_the_office_of_a_host_the_registry_places_in_a_state(drafts):
    [held] = _held(drafts["counterpart"], "benjamin-netanyahu")
    assert (held["positionOf"], held["position"]) == ("israel", "head of government")
    assert "counterpart Benjamin Netanyahu" in held["quote"]


def test_a_guest_is_no_counterpart(drafts):
    assert _held(drafts["guest"], "benjamin-netanyahu") == []


def test_the_country_s_attorney_general_is_the_dateline_state_s_prosecutor(drafts):
    [held] = of(drafts["own_state_office"], "PositionHeld")
    assert (held["positionOf"], held["position"], held["title"]) == ("peru", "prosecutor", "attorney general")


def test_the_country_s_best_known_lawyer_is_no_office(drafts):
    assert of(drafts["own_state_no_office"], "PositionHeld") == []


def test_the_information_minister_is_a_minister_of_the_dateline_state(drafts):
    [held] = of(drafts["information_minister"], "PositionHeld")
    assert (held["holder"], held["positionOf"], held["title"]) == ("chris-baryomunsi", "uganda", "information minister")


def test_an_apposition_read_as_a_description_still_gives_the_office(drafts):
    held = of(drafts["described_apposition"], "PositionHeld")
    assert {c["positionOf"] for c in held} == {"chp"}
    assert any("the CHP leader" in c["quote"] for c in held)


# -- legal actions ------------------------------------------------------------------------------


def test_warrants_for_two_people_are_one_warrant_each(drafts):
    warrants = of(drafts["two_warrants"], "LegalAction")
    assert sorted(c["target"] for c in warrants) == ["benjamin-netanyahu", "yoav-gallant"]
    assert {(c["court"], c["actionType"], c["status"]) for c in warrants} == {
        ("international-criminal-court", "arrest warrant", "issued")}


def test_wanted_by_a_court_is_its_warrant(drafts):
    [warrant] = of(drafts["wanted"], "LegalAction")
    assert (warrant["target"], warrant["court"], warrant["actionType"]) == (
        "benjamin-netanyahu", "international-criminal-court", "arrest warrant")


def test_wanted_by_the_police_or_a_wish_is_no_warrant(drafts):
    assert of(drafts["wanted_by_no_court"], "LegalAction") == []


# -- sanctions -----------------------------------------------------------------------------------


def test_visas_revoked_are_a_sanction_of_the_state_whose_agency_revokes_them(drafts):
    [sanction] = of(drafts["visas"], "Sanction")
    assert (sanction["authority"], sanction["target"], sanction["measure"]) == (
        "united-states", "alexandre-de-moraes", "visa revocation")
    assert sanction["implementingAgency"] == "us-state-department"


def test_visas_not_revoked_or_an_order_revoked_are_no_sanction(drafts):
    assert of(drafts["visas_not"], "Sanction") == []


# -- characterisations ---------------------------------------------------------------------------


def test_a_quoted_label_after_said_x_was_is_a_characterisation(drafts):
    [label] = of(drafts["quoted_label"], "Characterisation")
    assert (label["characterised"], label["category"], label["said_by"]) == (
        "international-criminal-court", "political court", "viktor-orban")


def test_a_predicate_that_goes_on_or_is_not_quoted_is_no_label(drafts):
    assert of(drafts["quoted_not_label"], "Characterisation") == []


# -- agreements ------------------------------------------------------------------------------------


def test_the_statute_after_the_rome_statute_is_that_treaty_not_a_law(drafts):
    claims = drafts["statute"]
    assert of(claims, "Legislation") == []
    [deal] = of(claims, "Agreement")  # the signature of the treaty named by its name
    assert (deal["title"], deal["status"], str(deal["date"]), deal["party"]) == (
        "Rome Statute", "signed", "1999", ["hungary", "unnamed other parties"])


# -- family ties -----------------------------------------------------------------------------------


def test_a_wife_named_after_a_comma_is_a_family_tie_of_spouses(drafts):
    [tie] = of(drafts["spouses"], "FamilyTie")
    assert (sorted(tie["spouse"]), tie["description"]) == (["bushra-bibi", "imran-khan"], "wife")
    assert of(drafts["spouses"], "Association") == []


def test_a_son_named_without_a_comma_is_the_child_of_the_possessor(drafts):
    [tie] = of(drafts["parent"], "FamilyTie")
    assert (tie["parent"], tie["child"]) == ("jair-bolsonaro", "eduardo-bolsonaro")


def test_an_aide_is_no_family(drafts):
    assert of(drafts["aide"], "FamilyTie") == [] and of(drafts["aide"], "Association") == []
