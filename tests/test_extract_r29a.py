"""Rule set 29 (positions held, labels speakers give), through the real ``kg extract``
command, on small articles written for these tests and read with the development set's
registry. All the articles are drafted in one run (a module-scoped fixture) and each
test reads its own article's draft:

- offices named in apposition with no state ("X, the environment secretary,"), the state
  then read from the dateline or the sentence, or after an age ("X, 45, a former minister"); portfolio titles ("housing minister",
  "Minister of Foreign Affairs"), a body's deputy head, the head of a body by 'chief';
- an honorific between title and name ("Prime Minister Sir X"); words of tenure and
  standing kept in the title ("acting president", "a senior aide to");
- offices left ("sacked X as home secretary", "resigned as", "stepped down as", "who had
  been", "until now") and taken ("was promoted to", "returns as", "the new foreign minister
  is X"); holders-elect planned; two portfolios of one person are two offices;
- "his Russian counterpart X": the office of the one met, in the counterpart's state; two
  offices joined by 'and' ("X, Qatar's prime minister and foreign minister");
- labels given as a second object ("branded Peru a rogue state") and labels of a fact
  named by its noun ("called the marches 'hate marches'", "called the remarks outrageous").

Each rule has a case it must draft and a case it must leave alone.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

#: article name -> its text (after a headline); each is drafted as of 2030-09-03 (a Tuesday).
ARTICLES = {
    "apposition": "LIMA, Sept 3 (Wire) - Lea Moro, the environment minister, resigned on Monday. Peru thanked her.",
    "apposition_spokesman": "Lea Moro, the spokesman, said on Monday the talks would go on.",
    "apposition_nowhere": "Lea Moro, the housing minister, was in Santiago on Monday.",
    "age_between": "Lea Moro, 45, a former Chilean defence minister, spoke on Monday.",
    "age_alone": "Lea Moro, 45, spoke on Monday.",
    "country_possessive": "Jon Vik, the country's finance minister, said Peru would pay its debts.",
    "honorific": "Prime Minister Sir Keir Starmer arrived in Washington on Monday.",
    "honorific_alone": "Sir Keir Starmer arrived in Washington on Monday.",
    "sacked": "Peru's President Dan Kopp sacked Maria Lopez as interior minister of Peru on Monday.",
    "resigned": "Eva Sand resigned as Peru's health minister on Monday.",
    "stepped_down": "Peter Hale stepped down as Peru's finance minister on Monday.",
    "stepped_in": "Peter Hale stepped in as Peru's finance minister on Monday.",
    "removed_from_office": "Peru removed Eva Sand from office on Monday.",
    "promoted": "Eva Sand, Peru's housing minister, was promoted to deputy prime minister on Monday.",
    "who_had_been": "John Keller, who had been Peru's trade minister, joined the bank.",
    "until_now": "John Keller, until now Peru's trade minister, joined the bank.",
    "elect": "Peru's President-elect Kari Lind met Chile's foreign minister on Monday.",
    "acting": "Chile's foreign minister met Peru's acting president Ola Nord on Monday.",
    "senior_aide": "Ben Holm, a senior aide to Joe Biden, left the White House on Monday.",
    "counterpart": "Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing.",
    "counterpart_no_state": "Chinese Foreign Minister Wang Yi met his counterpart Sergei Lavrov in Beijing.",
    "deputy_chairman": "Dmitry Medvedev, the deputy chairman of Russia's Security Council, wrote on Monday.",
    "deputy_chairman_nowhere": "Dmitry Medvedev, the deputy chairman, wrote on Monday.",
    "chief": "IAEA chief Rafael Grossi arrived in Lima on Monday.",
    "chief_of_state": "Peru's chief Rafael Grossi arrived in Lima on Monday.",
    "minister_of": "Minister of Foreign Affairs Wang Yi of China arrived in Lima on Monday.",
    "title_subject": "Peru's new foreign minister is John Keller.",
    "no_title_subject": "The problem is John Keller.",
    "two_offices": "Maria Lopez, Peru's housing minister, was promoted to chief secretary on Monday.",
    "one_office_twice": "Maria Lopez, Peru's housing minister, spoke on Monday. Housing Minister Maria Lopez left.",
    "joined_after": "Jon Vik, Peru's prime minister and foreign minister, met Lea Moro.",
    "joined_before": "Peru's First Deputy Prime Minister and Minister of Economy, Jon Vik, signed the deal.",
    "joined_no_title": "Jon Vik, Peru's foreign minister and a lawyer, spoke.",
    "branded": "Chile branded Peru a rogue state on Monday.",
    "called_later": "Chile called Peru a day later.",
    "marches": "Protesters marched in Lima on Sunday. Tor Ashby called the marches \"hate marches\".",
    "called_a_march": "Pakistan Tehreek-e-Insaf called a march in Lahore on Sunday.",
    "remarks": "Peru said on Monday that Chile was a rogue state. Chile called the remarks outrageous.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted in one ``kg extract`` run with the
    development set's registry: article name -> its claims (each quote checked verbatim)."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r29a"), ARTICLES, "--entities", REGISTRY,
                             heading="Officials and their words")
    return found


def positions(claims) -> list[tuple]:
    """(holder, positionOf, position) of each PositionHeld drafted."""
    return [(c["holder"], c.get("positionOf"), c["position"]) for c in of(claims, "PositionHeld")]


def the_position(claims, holder) -> dict:
    [c] = [c for c in of(claims, "PositionHeld") if c["holder"] == holder]
    return c


# -- offices in apposition with no state -------------------------------------------------------

def test_an_office_in_apposition_takes_the_datelines_state(drafts):
    post = the_position(drafts["apposition"], "lea-moro")
    assert (post["positionOf"], post["position"], post["title"]) == ("peru", "minister", "environment minister")


def test_no_office_in_apposition_without_a_state_office_or_a_state(drafts):
    assert positions(drafts["apposition_spokesman"]) == []  # a spokesman of no one named
    assert positions(drafts["apposition_nowhere"]) == []  # Santiago is where she was, no dateline


def test_an_age_between_the_name_and_the_office(drafts):
    post = the_position(drafts["age_between"], "lea-moro")
    assert (post["positionOf"], post["position"], post.get("status")) == ("chile", "minister", "ended")
    assert positions(drafts["age_alone"]) == []


def test_the_countrys_minister_is_of_the_state_the_sentence_names(drafts):
    assert positions(drafts["country_possessive"]) == [("jon-vik", "peru", "minister")]


# -- titles ----------------------------------------------------------------------------------

def test_an_honorific_between_title_and_name(drafts):
    assert positions(drafts["honorific"]) == [("keir-starmer", "united-kingdom", "head of government")]
    assert positions(drafts["honorific_alone"]) == []


def test_a_minister_of_a_portfolio(drafts):
    post = the_position(drafts["minister_of"], "wang-yi")
    assert (post["positionOf"], post["position"], post["title"]) == ("china", "minister", "Minister of Foreign Affairs")


def test_a_bodys_deputy_head(drafts):
    assert positions(drafts["deputy_chairman"]) == [
        ("dmitry-medvedev", "security-council-of-russia", "deputy head of organisation")]
    assert positions(drafts["deputy_chairman_nowhere"]) == []


def test_a_chief_heads_a_body_not_a_state(drafts):
    assert positions(drafts["chief"]) == [("rafael-grossi", "international-atomic-energy-agency",
                                            "head of organisation")]
    assert positions(drafts["chief_of_state"]) == []


def test_words_of_tenure_and_standing_stay_in_the_title(drafts):
    acting = the_position(drafts["acting"], "ola-nord")
    assert (acting["positionOf"], acting["title"]) == ("peru", "acting president")
    aide = the_position(drafts["senior_aide"], "ben-holm")
    assert (aide["positionOf"], aide["position"], aide["title"]) == ("joe-biden", "adviser", "senior aide")


def test_a_holder_elect_is_planned(drafts):
    post = the_position(drafts["elect"], "kari-lind")
    assert (post["positionOf"], post["position"], post.get("modality")) == ("peru", "head of state", "planned")
    acting = the_position(drafts["acting"], "ola-nord")
    assert "modality" not in acting


# -- offices left and taken --------------------------------------------------------------------

@pytest.mark.parametrize("name, holder, title", [
    ("sacked", "maria-lopez", "interior minister"),
    ("resigned", "eva-sand", "health minister"),
    ("stepped_down", "peter-hale", "finance minister"),
    ("who_had_been", "john-keller", "trade minister"),
    ("until_now", "john-keller", "trade minister"),
])
def test_an_office_left_has_ended(drafts, name, holder, title):
    post = the_position(drafts[name], holder)
    assert (post["positionOf"], post["title"], post.get("status")) == ("peru", title, "ended")


def test_no_office_ended_by_stepping_in_or_a_removal_from_office(drafts):
    assert all(c.get("status") != "ended" for c in of(drafts["stepped_in"], "PositionHeld"))
    assert positions(drafts["removed_from_office"]) == []


def test_an_office_a_promotion_gives(drafts):
    claims = drafts["promoted"]
    assert sorted(positions(claims)) == [("eva-sand", "peru", "deputy head of government"),
                                         ("eva-sand", "peru", "minister")]
    assert all(c.get("status") != "ended" for c in of(claims, "PositionHeld"))


def test_an_office_named_by_the_subject_of_is(drafts):
    assert positions(drafts["title_subject"]) == [("john-keller", "peru", "minister")]
    assert positions(drafts["no_title_subject"]) == []


def test_two_portfolios_of_one_person_are_two_offices(drafts):
    offices = of(drafts["two_offices"], "PositionHeld")
    assert sorted(c["title"] for c in offices) == ["chief secretary", "housing minister"]
    assert len({c["fact"] for c in offices}) == 2
    assert len({c["fact"] for c in of(drafts["one_office_twice"], "PositionHeld")}) == 1


def test_two_offices_joined_by_and(drafts):
    assert sorted(positions(drafts["joined_after"])) == [("jon-vik", "peru", "head of government"),
                                                         ("jon-vik", "peru", "minister")]
    assert sorted(positions(drafts["joined_before"])) == [("jon-vik", "peru", "deputy head of government"),
                                                          ("jon-vik", "peru", "minister")]
    assert positions(drafts["joined_no_title"]) == [("jon-vik", "peru", "minister")]


def test_a_counterpart_holds_the_same_office_in_the_state_named(drafts):
    assert sorted(positions(drafts["counterpart"])) == [("sergei-lavrov", "russia", "minister"),
                                                        ("wang-yi", "china", "minister")]
    assert positions(drafts["counterpart_no_state"]) == [("wang-yi", "china", "minister")]


# -- labels -------------------------------------------------------------------------------------

def test_a_label_given_as_a_second_object(drafts):
    [label] = of(drafts["branded"], "Characterisation")
    assert (label["characterised"], label["category"], label["said_by"]) == ("peru", "rogue state", "chile")
    assert of(drafts["called_later"], "Characterisation") == []


def test_a_label_of_a_fact_named_by_its_noun(drafts):
    claims = drafts["marches"]
    [protest] = of(claims, "Protest")
    [label] = of(claims, "Characterisation")
    assert (label["characterised"], label["category"]) == (protest["fact"], "hate marches")
    assert "organiser" not in protest  # a label given, no march called by the speaker
    [statement] = [c for c in of(drafts["remarks"], "Statement") if c.get("speaker") == "peru"]
    [label] = of(drafts["remarks"], "Characterisation")
    assert (label["characterised"], label["category"], label["said_by"]) == (statement["fact"], "outrageous", "chile")


def test_a_march_called_is_still_a_protest_organised(drafts):
    [protest] = of(drafts["called_a_march"], "Protest")
    assert of(drafts["called_a_march"], "Characterisation") == []
    assert (protest["organiser"], protest["place"]) == ("pti", "lahore")
