"""Rule set 42: plausible but false drafts left out, through the real ``kg extract``
command on small articles written for these tests and read with the development set's
registry (one run for all, a module-scoped fixture). Each form is checked for the false
claim it must no longer draft and for a look-alike that must still draft:

- an office's state is not taken from a demonym of another clause ("X, then interior
  minister, had allowed aides to approach Libyan officials"); a demonym in the title's
  own words still gives it;
- "the ruling" / "the verdict" and an appeal with no object mean the court's decision
  the article leads with (the sentence), not a fine told after it;
- a sum after a name is no part of the name ("fined Ashby 100,000 euros" is a fine of
  the person, no organisation "Ashby 100,000");
- an appeal a lawyer announces for a client ("Her lawyer, X, said she would appeal") is
  the client's;
- civil aircraft bought by an airline are no arms transfer; fighter jets still are;
- an agreement the parties "must still sign" is not ``status: signed``; one they signed
  still is;
- a decade ("in the early 1990s") dates nothing, and never as the publication date;
- "took full control of the region" after a region the registry lacks ("the Atacama
  region") controls no other place named before;
- a law's name ("the Foreign Trade Powers Act") is no organisation and speaks for no one;
- "Its spokeswoman" after a name that only modifies a common noun ("near the Preah
  Vihear temple") is the spokeswoman of no such body; after the body's own name she is
  still its spokeswoman.

The three unseen articles of ``tests/data/unseen-newuser11`` (a court sentencing a former
president, a state visit with agreements, a border clash) are drafted too, as their
writer drafted them, and checked for none of these false claims.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, ROOT, drafted_cases, drafted_folder
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

SENTENCED = "A court in Lima on Tuesday sentenced Tor Ashby to five years in prison for fraud. "

ARTICLES = {
    # an office's state
    "demonym_other_clause": ("The judge said Tor Ashby, then interior minister, had allowed his aides to approach "
                             "Libyan officials between 2005 and 2007."),
    "demonym_own_title": "The Libyan interior minister, Tor Ashby, met the judges on Monday.",
    # the ruling, the fine, the appeal
    "ruling_after_fine": (SENTENCED + "The judges also fined Ashby 100,000 euros. Ashby called the ruling a scandal "
                          "and said he would appeal."),
    "the_fine": "A court in Lima on Tuesday fined Tor Ashby 100,000 euros.",
    "lawyer_client": ("A court in Lima on Tuesday convicted Lea Moro of fraud. Her lawyer, Tor Ashby, told reporters "
                      "that she would appeal."),
    # civil aircraft
    "airliners": "The budget airline Brelia Air signed an agreement with Airbus for 20 A330neo wide-body aircraft.",
    "passenger_jets": "Egypt ordered 30 passenger jets from France.",
    "fighter_jets": "Egypt ordered 30 Rafale fighter jets from France.",
    # signatures still to come
    "must_still_sign": ("The declaration does not replace the peace treaty, which Chile and Peru must still sign "
                        "and ratify."),
    "signed": "Chile and Peru signed the peace treaty in Lima on Monday.",
    # decades
    "decade": "Chile and Peru fought two wars over the Atacama region, in the early 1990s and in 2020.",
    # the region
    "unnamed_region": ("The president visited Arica on Monday. Chile and Peru fought over the Atacama region before "
                       "Chile took full control of the region in 2023."),
    # laws
    "law_name": ("The order declares a national emergency under the Foreign Trade Powers Act of 1977. It says the "
                 "prosecution of Tor Ashby threatens the security of the United States."),
    # its spokeswoman
    "its_temple": ("The Kenyan foreign ministry said jets had dropped two bombs near the Preah Vihear temple. "
                   "Its spokeswoman, Lea Moro, said the attack was unprovoked."),
    "its_ministry": "The Kenyan foreign ministry rejected the claim about the temple. Its spokeswoman, Lea Moro, said so.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r42d"), ARTICLES, "--entities", REGISTRY)
    return found


def _offices(claims) -> list[tuple]:
    return sorted((c["holder"], c.get("positionOf"), c["position"]) for c in of(claims, "PositionHeld"))


def test_a_demonym_of_another_clause_gives_no_office_its_state(drafts):
    assert [o for o in _offices(drafts["demonym_other_clause"]) if o[1] == "libya"] == []
    assert ("tor-ashby", "libya", "minister") in _offices(drafts["demonym_own_title"])


def _legal(claims, action) -> list[dict]:
    return [c for c in of(claims, "LegalAction") if c.get("actionType") == action]


def test_the_ruling_and_the_appeal_mean_the_sentence_not_the_fine(drafts):
    claims = drafts["ruling_after_fine"]
    sentence, = _legal(claims, "sentence")
    fine, = _legal(claims, "fine")
    assert fine["fact"] != sentence["fact"]
    label, = of(claims, "Characterisation")
    assert (label["category"], label["characterised"]) == ("scandal", sentence["fact"])
    appeal, = _legal(claims, "appeal")
    assert (appeal["initiator"], appeal["targetFact"]) == ("tor-ashby", sentence["fact"])


def test_a_sum_after_a_name_is_no_part_of_it(drafts):
    for name in ("ruling_after_fine", "the_fine"):
        fine, = _legal(drafts[name], "fine")
        assert fine["target"] == "tor-ashby", name


def test_an_appeal_a_lawyer_announces_is_the_clients(drafts):
    appeal, = _legal(drafts["lawyer_client"], "appeal")
    conviction, = _legal(drafts["lawyer_client"], "conviction")
    assert (appeal["initiator"], appeal["targetFact"]) == ("lea-moro", conviction["fact"])


def test_civil_aircraft_are_no_arms(drafts):
    assert of(drafts["airliners"], "ArmsTransfer") == []
    assert of(drafts["passenger_jets"], "ArmsTransfer") == []
    arms, = of(drafts["fighter_jets"], "ArmsTransfer")
    assert (arms["supplier"], arms["recipient"]) == ("france", "egypt")


def test_a_signature_still_to_come_is_not_signed(drafts):
    assert [c for c in of(drafts["must_still_sign"], "Agreement") if c.get("status") == "signed"] == []
    signed, = of(drafts["signed"], "Agreement")
    assert (sorted(signed["party"]), signed["status"]) == (["chile", "peru"], "signed")


def test_a_decade_dates_nothing(drafts):
    wars = of(drafts["decade"], "ArmedConflict")
    assert wars and all(str(c.get("date", "")) in ("", "2020") for c in wars)


def test_the_region_is_not_a_place_named_before_another_region(drafts):
    assert of(drafts["unnamed_region"], "Control") == []


def test_a_law_is_no_organisation_and_no_speaker(drafts):
    claims = drafts["law_name"]
    assert not [c for c in claims for k in ("speaker", "said_by") if "act" in str(c.get(k, "")).split("-")]


def test_its_spokeswoman_after_a_temple_is_no_temples(drafts):
    assert [o for o in _offices(drafts["its_temple"]) if o[1] and "preah" in o[1]] == []
    assert ("lea-moro", "kenyan-foreign-ministry", "spokesperson") in _offices(drafts["its_ministry"])


@pytest.fixture(scope="module")
def unseen(tmp_path_factory) -> dict[str, dict]:
    return drafted_folder(ROOT / "tests" / "data" / "unseen-newuser11", tmp_path_factory.mktemp("unseen11"))


def test_the_unseen_articles_draft_none_of_the_false_claims(unseen):
    court = unseen["sarkozy-wire"]["claims"]
    assert [c for c in of(court, "PositionHeld") if c.get("positionOf") == "libya"] == []
    sentence = [c for c in _legal(court, "sentence") if c["target"] == "nicolas-sarkozy"][0]
    label, = [c for c in of(court, "Characterisation") if "ruling" in c["quote"]]
    appeal, = _legal(court, "appeal")
    assert label["characterised"] == appeal["targetFact"] == sentence["fact"]
    assert of(unseen["france-vietnam-pressrelease"]["claims"], "ArmsTransfer") == []
    clash = unseen["thai-cambodia-clash"]
    assert "preah-vihear" not in {c.get("positionOf") for c in of(clash["claims"], "PositionHeld")}
