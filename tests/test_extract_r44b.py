"""Rule set 44 (what speakers and the text say about things), through the real ``kg
extract`` command on small articles written for these tests, read with the development
set's registry (one run for all, a module-scoped fixture). Each form is checked beside
look-alikes that must draft nothing:

- a label a speaker gives a fact told before in a reported 'be' clause, explained or
  described by a clause ("said the order was an important reminder that ...", "an
  escalation which could spread the war"), or denied with 'not' ("said the suspension
  was not a blanket ban": polarity negative); not a clause with a modal, an adjective
  denied, a stage not reached ("not yet a treaty"), nor a noun with what it came of ("a
  result of years of pressure");
- two labels of one fact told twice, the second time undated, are two facts;
- a cut of output labelled ("described the cut as a precautionary measure"), by an
  unnamed official too; "called for a cut", "called on X to cut", "called him" are none;
- people counted in need or in distress, with their state or region and the body cited
  ("some 12 million people in Ethiopia need food aid, the United Nations said"); not a
  figure with neither place nor source, a hedged one, another need ("face charges",
  "need to register"), nor people counted at a rally or among the dead;
- the area of a state in apposition or after "covers"; not a length nor a farm's size;
- the body a name before a noun of its office names as a figure's source ("the INEI
  statistics institute said").
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ORDER = "The International Court of Justice ordered Israel to allow aid into Gaza on Friday. "
SUSPENDED = "Britain suspended 12 arms export licences to Israel on Monday. "
CUT = "Saudi Arabia said on Sunday it would cut its oil output by 500,000 barrels per day. "

ARTICLES = {
    # labels in a reported clause
    "order_reminder": ORDER + "Ukraine said the order was an important reminder that no state is above the law.",
    "order_which": ORDER + "Ukraine said the order was an escalation which could spread the war.",
    "order_of": ORDER + "Ukraine said the order was a result of years of pressure.",
    "not_a_ban": SUSPENDED + "Emmanuel Macron said the suspension was not a blanket ban and not an arms embargo.",
    "not_unlawful": SUSPENDED + "Emmanuel Macron said the suspension was not unlawful.",
    "would_be_ban": SUSPENDED + "Emmanuel Macron said the suspension would be a blanket ban.",
    "not_yet_ban": SUSPENDED + "Emmanuel Macron said the suspension was not yet a blanket ban.",
    # two labels of one attack told twice, the second time undated
    "two_labels": "Israel struck Iran on Monday. Qatar called the strike a dangerous escalation. "
                  "Israel struck Iran to stop its nuclear programme. Ukraine said the strike was an escalation.",
    # a cut of output labelled
    "cut_described": CUT + "Qatar described the cut as a precautionary measure.",
    "cut_official": CUT + "An official at the ministry described the cut as a precautionary measure.",
    "called_for": "Qatar called for a cut in oil output on Sunday.",
    "called_on": "Qatar called on Saudi Arabia to cut its oil output.",
    "called_him": "Emmanuel Macron called him on Sunday to discuss the oil market.",
    # people counted
    "need_aid": "Some 12 million people in Ethiopia need food aid, the United Nations said.",
    "displaced": "More than 400,000 people were displaced in Ukraine between May and July, according to the United Nations.",
    "missing": "About 3,000 people are missing or trapped under rubble in Ukraine, according to local officials.",
    "hunger": "More than 200,000 people in the Gaza Strip, nearly a fifth of its population, face catastrophic hunger.",
    "missing_bare": "About 3,000 people are missing.",
    "may_need": "Some 12 million people in Ethiopia may need food aid, the United Nations said.",
    "face_charges": "Five people in Ukraine face charges of treason, the United Nations said.",
    "need_to": "Some 2,000 people in Ukraine need to register before the vote, the United Nations said.",
    "rally": "Some 2,000 people in Ukraine attended a rally, the United Nations said.",
    "killed": "At least 30 people were killed in Ukraine, the United Nations said.",
    # areas
    "area_appos": "Qatar, a state of about 11,600 square kilometres, hosted the talks.",
    "area_covers": "Qatar covers about 11,600 square kilometres.",
    "length": "Qatar, a state of about 160 kilometres from north to south, hosted the talks.",
    "farm": "Qatar bought a farm of 500 hectares in Ukraine.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r44b"), ARTICLES, "--entities", REGISTRY)
    return found


def _labels(claims):
    return [(c["category"], c.get("polarity"), c["said_by"]) for c in of(claims, "Characterisation")]


def test_a_reported_label_explained_by_a_that_clause_characterises_the_fact_told_before(drafts):
    [label] = of(drafts["order_reminder"], "Characterisation")
    assert label["characterised"] in {c["fact"] for c in of(drafts["order_reminder"], "LegalAction")}, label
    assert (label["category"], label["said_by"]) == ("important reminder", "ukraine")
    assert _labels(drafts["order_which"]) == [("escalation", None, "ukraine")]  # described by a relative clause
    assert of(drafts["order_of"], "Characterisation") == []  # what it came of: more than a label


def test_a_class_a_speaker_says_a_fact_is_not_in_is_a_negative_characterisation(drafts):
    [label] = of(drafts["not_a_ban"], "Characterisation")
    [sanction] = of(drafts["not_a_ban"], "Sanction")
    assert label["characterised"] == sanction["fact"] and "polarity" not in sanction
    assert _labels(drafts["not_a_ban"]) == [("blanket ban", "negative", "emmanuel-macron")]
    assert of(drafts["not_unlawful"], "Characterisation") == []  # an adjective denied: no class
    assert of(drafts["would_be_ban"], "Characterisation") == []  # a guess, not a class it is in
    assert of(drafts["not_yet_ban"], "Characterisation") == []  # a stage it has not reached


def test_two_labels_of_one_fact_told_twice_stay_two_facts(drafts):
    [attack] = {c["fact"] for c in of(drafts["two_labels"], "Attack")}
    labels = of(drafts["two_labels"], "Characterisation")
    assert [(c["characterised"], c["said_by"]) for c in labels] == [(attack, "qatar"), (attack, "ukraine")]
    assert len({c["fact"] for c in labels}) == 2, labels


def test_a_cut_of_output_is_a_fact_a_label_points_back_to(drafts):
    for case, speaker in (("cut_described", "qatar"), ("cut_official", "unnamed official")):
        [cut] = of(drafts[case], "ExecutiveAction")
        [label] = of(drafts[case], "Characterisation")
        assert (label["characterised"], label["category"], label["said_by"]) == \
            (cut["fact"], "precautionary measure", speaker), case
    for case in ("called_for", "called_on", "called_him"):
        assert of(drafts[case], "Characterisation") == [], case


def test_people_counted_in_need_or_in_distress_are_indicators_of_their_state_or_region(drafts):
    def figure(case):
        [f] = of(drafts[case], "Indicator")
        return {k: f.get(k) for k in ("observationAbout", "place", "indicator", "amount", "said_by")}

    assert figure("need_aid") == {"observationAbout": "ethiopia", "place": None, "indicator": "people who need food aid",
                                  "amount": "Some 12 million people", "said_by": "united-nations"}
    assert figure("displaced") == {"observationAbout": "ukraine", "place": None, "indicator": "people displaced",
                                   "amount": "More than 400000 people", "said_by": "united-nations"}
    assert figure("missing")["indicator"] == "people missing" and figure("missing")["said_by"] == "unnamed officials"
    assert figure("hunger") == {"observationAbout": None, "place": "gaza-strip",
                                "indicator": "people who face catastrophic hunger",
                                "amount": "More than 200000 people", "said_by": None}
    for case in ("missing_bare", "may_need", "face_charges", "need_to", "rally", "killed"):
        assert of(drafts[case], "Indicator") == [], case


def test_the_area_of_a_state_is_an_indicator(drafts):
    for case in ("area_appos", "area_covers"):
        [f] = of(drafts[case], "Indicator")
        assert (f["observationAbout"], f["indicator"], f["amount"]) == ("qatar", "area", "about 11600 square kilometres")
    assert of(drafts["length"], "Indicator") == [] and of(drafts["farm"], "Indicator") == []


def test_a_name_before_the_noun_of_its_office_is_the_source_of_a_figure(tmp_path):
    registry = tmp_path / "entities.yaml"
    registry.write_text("- {id: peru, type: State, label: Peru}\n"
                        "- {id: inei, type: Organisation, label: INEI, of: peru}\n", encoding="utf-8")
    before = "Peru signed a loan with the World Bank. "
    (tmp_path / "cases").mkdir()
    found, _ = drafted_cases(tmp_path / "cases", {
        "institute": before + "Consumer prices rose 2.1 percent in May from April, the INEI statistics institute said.",
        # a state's name before the noun is no body speaking: no source, no figure reported
        "state_office": before + "Consumer prices rose 2.1 percent in May from April, the Peru statistics office said.",
    }, "--entities", registry)
    [f] = of(found["institute"], "Indicator")
    assert (f["observationAbout"], f["said_by"], f["changePercent"]) == ("peru", "inei", 2.1)
    assert of(found["state_office"], "Indicator") == []
