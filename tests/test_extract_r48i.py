"""Rule set 48, part i: wrong drafts of unseen articles, each fixed for its kind, through
the real ``kg extract`` command on small invented articles (one run), each beside a
look-alike that must still draft:

- "X did not attend the funeral" tells X's absence, never that the funeral did not
  happen: no Ceremony with X as attendee, negative or not ("did not travel to Rome" stays
  a negative Visit);
- an ability ("shows it can export", "has the capacity to export", "is able to supply")
  is no act and no permission; "under the agreement, X can export" is permitted;
- a she/her pronoun never reads as a man the text marks so (Mr, he/his) and a person named
  with a post in apposition ("X, a former prime minister") is a Person, whatever the NER
  model tagged the name;
- "Minister of Economy X": the portfolio ends before the name;
- "he met X in April and that the two sides signed a memorandum": the sides are the two
  who met (their states), and the signing has no date of the meeting's clause;
- "Panama's maritime authority said": the authority speaks (a body of: the state), not the
  state; "said the operation had nothing to do with the cables" is quoted whole.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_proposals
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    "absent": ("Chilean President Arlo Venn attended the funeral of Cardinal Teodor Malik in Rome on Saturday. "
               "Kenyan President Lena Dorsk did not attend the funeral. Mongolian President Omar Feld did not "
               "take part in the ceremony. Peruvian President Ada Ruiz took part in the ceremony in Rome."),
    "no_travel": "Kenyan President Lena Dorsk did not travel to Rome on Saturday.",
    "ability": ("Kenya shows it can export electricity to Uganda, the energy minister said. Mongolia has the "
                "capacity to export coal to Japan. Peru is able to supply copper to Spain."),
    "permitted": "Under the agreement, Chile can export copper to Japan. Chile exported copper to Japan in January.",
    "woman_named_as_body": (
        "Mexico granted asylum to Dalia Quispe, a former Peruvian prime minister who is on trial over the failed "
        "attempt by former President Rafael Orlo to dissolve Congress. Quispe served briefly as prime minister "
        "under Orlo in 2022. She was held in pretrial detention until a judge released her. Mr Orlo has been in "
        "detention since his arrest in 2022. She has denied the charges."),
    "man_after_woman": ("Mexico granted asylum to Dalia Quispe, a former Peruvian prime minister. She was held in "
                        "detention last year. Former President Rafael Orlo has been in detention since 2022. "
                        "He has denied the charges."),
    "portfolio": ("Ghana's Minister of Economy Kwabena Mensah-Ofori said the pipeline would open in June. Togo's "
                  "Minister of Trade Koffi Adjovi met Mensah-Ofori in Accra on Monday. Ugandan Energy Minister "
                  "Peter Kato said Uganda would buy gas from Ghana."),
    "sides": ("Nigeria and Ghana have long traded power, and Nigeria supplies power to Benin. Nigeria said it would "
              "expand its grid. Ghana welcomed Nigeria's plan. Ghanaian Energy Minister Yaw Boateng said the line "
              "would open in June. He recalled that he met Togolese Energy Minister Koffi Adjovi in April and that "
              "the two sides signed a memorandum of understanding on electricity trade in Lome."),
    "sides_alike": ("Nigeria and Ghana have long traded power, and Nigeria supplies power to Benin. Ghanaian Energy "
                    "Minister Yaw Boateng met Togolese Energy Minister Koffi Adjovi in Lome in April and signed a "
                    "memorandum of understanding on electricity trade."),
    "agency": ("Finland's navy detained a tanker on Sunday. Its crew showed papers from Panama, but Panama's "
               "maritime authority said the ship was not on its register. Norway's foreign ministry said it was "
               "watching. \"We will check the documents,\" the navy commander, Captain Ilkka Saari, said. He said "
               "the operation had nothing to do with damage to cables in the sea."),
}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """(name -> the claims drafted from that article, name -> the entities its draft
    proposes), all in one run with the sample registry."""
    return drafted_with_proposals(tmp_path_factory.mktemp("r48i"), ARTICLES)


def _ids(value) -> list[str]:
    return sorted(value) if isinstance(value, list) else [value]


def test_an_absence_is_no_attendee_and_no_funeral_undone(drafted):
    claims, _ = drafted
    ceremonies = of(claims["absent"], "Ceremony")
    named = [p for c in ceremonies for k in ("attendee", "participant") if k in c for p in _ids(c[k])]
    assert "lena-dorsk" not in named and "omar-feld" not in named
    assert all(c.get("polarity") != "negative" for c in ceremonies)
    # those who came are drafted as before
    assert "arlo-venn" in named and "ada-ruiz" in named
    # a journey not made is still a negative visit
    [visit] = of(claims["no_travel"], "Visit")
    assert visit["visitor"] == "lena-dorsk" and visit["polarity"] == "negative"


def test_an_ability_is_no_supply_a_permission_under_a_rule_is(drafted):
    claims, _ = drafted
    assert of(claims["ability"], "Supply") == []
    supplies = {c.get("modality", "asserted"): c for c in of(claims["permitted"], "Supply")}
    assert set(supplies) == {"permitted", "asserted"}
    assert supplies["permitted"]["quote"].startswith("Under the agreement")
    assert supplies["asserted"]["date"] == "2030-01"


def test_a_woman_named_with_her_post_is_a_person_her_pronouns_never_a_man(drafted):
    claims, entities = drafted
    quispe = [e for e in entities["woman_named_as_body"] if e["id"] == "dalia-quispe"]
    assert [e["type"] for e in quispe] == ["Person"]
    [held] = [c for c in of(claims["woman_named_as_body"], "Detention") if "pretrial" in c["quote"]]
    assert held["target"] == "dalia-quispe"
    [denied] = of(claims["woman_named_as_body"], "Rejection")
    assert denied["speaker"] == "dalia-quispe"
    # the man named last, whom 'he' takes: not the woman before him
    [his] = of(claims["man_after_woman"], "Rejection")
    assert his["speaker"] == "rafael-orlo"


def test_a_portfolio_after_minister_of_is_no_part_of_the_name(drafted):
    _, entities = drafted
    people = {e["label"]: e.get("of") for e in entities["portfolio"] if e["type"] == "Person"}
    assert people == {"Kwabena Mensah-Ofori": "ghana", "Koffi Adjovi": "togo", "Peter Kato": "uganda"}


def test_the_two_sides_are_those_who_met_and_keep_their_own_time(drafted):
    claims, _ = drafted
    [signed] = [c for c in of(claims["sides"], "Agreement") if "two sides" in c["quote"]]
    assert _ids(signed["party"]) == ["ghana", "togo"]
    assert "date" not in signed
    [met] = of(claims["sides"], "Meeting")
    assert met["date"] == "2030-04"
    # the meeting told with its day in one clause keeps it
    [alike] = of(claims["sides_alike"], "Meeting")
    assert alike["date"] == "2030-04"


def test_a_state_s_agency_speaks_for_itself_and_a_quote_is_whole(drafted):
    claims, entities = drafted
    [authority] = [e for e in entities["agency"] if e["id"] == "panama-maritime-authority"]
    assert authority["type"] == "Organisation" and authority["of"] == "panama"
    speakers = {c["speaker"]: c["quote"] for c in of(claims["agency"], "Statement")}
    assert "panama" not in speakers and speakers["panama-maritime-authority"].startswith("Panama's maritime authority")
    assert "norway-foreign-ministry" in speakers  # a ministry named so, as before
    assert "He said the operation had nothing to do with damage to cables in the sea" in speakers.values()
