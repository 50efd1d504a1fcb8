"""Rule set 45, part a: dates, datelines, terms of office and ids in drafts, through the
real ``kg extract`` on invented sentences, each beside look-alikes that must not change:

- a term of office ("will serve a five-year term ending in 2031") is no prison sentence;
  a term is one only with a court, a conviction or custody in its clause;
- a schedule told in the past ("was due to meet X on Monday") is dated the Monday before
  publication, one told in the present or future ("is due to", "will") the one after;
- a year in a law's or plan's name ("the Revenue Bill 2030") is no date: the clause's day is;
- "arrested in June 2028 and later sentenced": the sentence is not dated June 2028;
- datelines in the colon form ("ISLAMABAD: "), with a place as written before a full date
  or an agency ("Brasilia, May 20, 2030 - ", "Paris (AFP) - "); no "Note:" or "UPDATE:";
  a dateline's state is never given to a title another state's possessive qualifies;
- ids from names in any script ("Jonas Gahr Støre": jonas-gahr-store).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.pipeline import model_path

from conftest import kg_cli
from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The publication day of every article here, a Wednesday.
DAY = dt.date(2030, 5, 22)
MONDAY_BEFORE, MONDAY_AFTER = (DAY - dt.timedelta(days=2)).isoformat(), (DAY + dt.timedelta(days=5)).isoformat()
TUESDAY_BEFORE = (DAY - dt.timedelta(days=1)).isoformat()

ARTICLES = {
    # 1. terms of office and prison terms
    "term_office": "Lena Varo won the presidential run-off and will serve a five-year term ending in 2035.",
    "term_single": "Lena Varo will serve a single six-year term, the electoral court confirmed.",
    "term_in_office": "Lena Varo is serving a second term in office.",
    "term_prison": "Tor Ashby is serving a six-year prison term.",
    "term_convicted": "Tor Ashby, who was convicted of fraud in March, is serving a four-year term.",
    # 2. a schedule told in the past or in the present
    "due_past": ("Chilean President Gabriel Boric arrived in Lima on Sunday. He was due to meet Peruvian "
                 "President Dina Boluarte on Monday evening, officials said."),
    "expected_past": "Chilean President Gabriel Boric was expected to meet Peruvian President Dina Boluarte on Monday.",
    "due_present": ("Chilean President Gabriel Boric arrived in Lima on Sunday. He is due to meet Peruvian "
                    "President Dina Boluarte on Monday."),
    "will": "Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte on Monday.",
    # 3. a year in a name
    "bill_year": "The National Assembly passed the Revenue Bill 2030 by 150 votes to 80 on Tuesday.",
    "bill_year_undated": "The National Assembly passed the Revenue Bill 2030 by 150 votes to 80.",
    "year_alone": "The National Assembly passed the revenue bill by 150 votes to 80 in 2029.",
    # 4. later
    "later": ("Chile freed 40 prisoners on Thursday, among them the journalist Tor Ashby, who was arrested in "
              "June 2028 and later sentenced to 12 years in prison."),
    "same_time": "Chilean police arrested Tor Ashby in June 2028 and sentenced him to 12 years in prison.",
    # 5. datelines
    "colon": "ISLAMABAD: Pakistan closed its border with Afghanistan on Monday.",
    "press_release": "Brasilia, May 20, 2030 - Brazil closed its border with Peru on Monday.",
    "agency_as_written": "Paris (AFP) - France closed its border with Spain on Monday.",
    "note": "Note: figures are provisional.\n\nPakistan closed its border with Afghanistan on Monday.",
    "kicker": "UPDATE: Pakistan closed its border with Afghanistan on Monday.",
    "weekday": "Monday, May 20, 2030 - Pakistan closed its border with Afghanistan.",
    # (a sentence naming a state beside the dateline's gives its bare titles none: each office in its own)
    "colon_offices": ("ISLAMABAD: Defence Minister Tor Ashby spoke to reporters on Sunday. Afghanistan's acting defence "
                      "minister, Lena Varo, signed a ceasefire there. Pakistan welcomed the deal. Pakistan said talks "
                      "would go on."),
    # 6. ids from names
    "names": "Norwegian Prime Minister Jonas Gahr Støre met Polish Defence Minister Paweł Łukaszczyk on Monday.",
    "ascii_names": "Norwegian Prime Minister Jonas Gahr Store met Polish Defence Minister Pawel Lukaszczyk on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run (no claim
    dropped, every quote the article's words: :func:`draft_articles`)."""
    return draft_articles(tmp_path_factory.mktemp("r45a"), ARTICLES, {}, DAY.isoformat())


def _legal(d) -> list[tuple]:
    return [(c["target"], c["actionType"], c.get("duration"), c.get("date")) for c in of(d["claims"], "LegalAction")]


def _dates(d, kind: str) -> list:
    return [c.get("date") for c in of(d["claims"], kind)]


# -- 1. a term of office is no sentence --------------------------------------------------------


def test_a_term_of_office_is_never_a_prison_sentence(drafts):
    for name in ("term_office", "term_single", "term_in_office"):
        assert _legal(drafts[name]) == [], name


def test_a_term_with_custody_or_a_conviction_in_its_clause_is_a_sentence(drafts):
    assert _legal(drafts["term_prison"]) == [("tor-ashby", "sentence", "six years", None)]
    served = [x for x in _legal(drafts["term_convicted"]) if x[1] == "sentence"]
    assert served == [("tor-ashby", "sentence", "four years", None)]


# -- 2. a schedule told in the past looks back ---------------------------------------------------


def test_was_due_to_and_was_expected_to_date_the_weekday_before_publication(drafts):
    assert _dates(drafts["due_past"], "Meeting") == [MONDAY_BEFORE]
    assert _dates(drafts["expected_past"], "Meeting") == [MONDAY_BEFORE]


def test_is_due_to_and_will_date_the_weekday_after_publication(drafts):
    assert _dates(drafts["due_present"], "Meeting") == [MONDAY_AFTER]
    assert _dates(drafts["will"], "Meeting") == [MONDAY_AFTER]


# -- 3. a year in a name is no date ---------------------------------------------------------------


def test_a_year_in_a_bills_name_gives_way_to_the_clauses_day(drafts):
    assert _dates(drafts["bill_year"], "Vote") == [TUESDAY_BEFORE]
    assert _dates(drafts["bill_year_undated"], "Vote") == [None]
    assert _dates(drafts["year_alone"], "Vote") == ["2029"]  # a year where it is a date stays


# -- 4. later is after, not on, the date before --------------------------------------------------


def test_later_sentenced_takes_no_date_from_the_arrest(drafts):
    d = drafts["later"]
    assert _dates(d, "Detention") == ["2028-06"]
    assert _legal(d) == [("tor-ashby", "sentence", "12 years", None)]
    # joined with no 'later', the two acts share their time
    assert [x[3] for x in _legal(drafts["same_time"])] == ["2028-06"]


# -- 5. datelines ----------------------------------------------------------------------------------


def test_colon_press_release_and_agency_datelines_are_recorded(drafts):
    assert drafts["colon"]["article"]["dateline"] == "ISLAMABAD"
    assert drafts["press_release"]["article"]["dateline"] == "Brasilia"
    assert drafts["agency_as_written"]["article"]["dateline"] == "Paris"
    for name in ("colon", "press_release", "agency_as_written"):
        closures = of(drafts[name]["claims"], "BorderClosure")
        assert closures and all(c["quote"][0] in "PBF" and ":" not in c["quote"] and " - " not in c["quote"]
                                for c in closures), closures  # the quote starts at the sentence's first word


def test_a_datelines_state_goes_to_a_bare_title_not_to_one_another_state_possesses(drafts):
    offices = [(c["holder"], c.get("positionOf")) for c in of(drafts["colon_offices"]["claims"], "PositionHeld")]
    assert ("tor-ashby", "pakistan") in offices
    assert not any(holder == "lena-varo" and state == "pakistan" for holder, state in offices), offices


def test_a_note_a_kicker_and_a_weekday_are_no_dateline(drafts):
    for name in ("note", "kicker", "weekday"):
        assert "dateline" not in drafts[name]["article"], (name, drafts[name]["article"])


# -- 6. ids from names in any script -------------------------------------------------------------


def test_ids_from_names_keep_every_letter_transliterated(drafts):
    assert {"jonas-gahr-store", "pawel-lukaszczyk"} <= set(drafts["names"]["entities"])
    assert drafts["names"]["entities"]["pawel-lukaszczyk"]["label"] == "Paweł Łukaszczyk"
    # the same names written in ASCII get the same ids
    assert {"jonas-gahr-store", "pawel-lukaszczyk"} <= set(drafts["ascii_names"]["entities"])


def test_a_publisher_to_declare_gets_an_id_transliterated_from_any_script(tmp_path):
    corpus = tmp_path / "c"
    kg_cli("init", corpus, check=0)
    before = (corpus / "articles.yaml").read_text(encoding="utf-8")
    for name, wanted in (("Dagbladet Nørre", "dagbladet-norre"), ("Новая газета", "novaya-gazeta"),
                         ("Harbour Wire", "harbour-wire")):
        story = tmp_path / f"{wanted}.txt"
        story.write_text(f"Publisher: {name}\nDate: 2030-05-22\n\nChile closed its border with Peru on Monday.\n",
                         encoding="utf-8")
        proc = kg_cli("add-article", story, "--corpus", corpus, check=2)
        assert f"{{id: {wanted}, type: NewsOrganisation" in proc.stderr, proc.stderr
    assert (corpus / "articles.yaml").read_text(encoding="utf-8") == before  # refused: the corpus unchanged
