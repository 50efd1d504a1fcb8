"""Rule set 42 (drafts that state what the text does not, or name the wrong actor),
through the real ``kg extract`` command on small articles written for these tests and
read with the development set's registry (one run for all, a module-scoped fixture). Each form is checked for what it
must no longer draft and for the true drafts beside it that must stay:

- the speaker of a saying the parser gave no subject is not the object of the clause
  before it ("Chile promised to punish Ana Kell, saying ..."): no Statement of Ana Kell,
  only Chile's; the subject of a verb of saying still speaks;
- 'told reporters' or 'said' after the clauses told, one of them an act ("police officers
  flown out on helicopters boarded the tanker and took over its bridge, Ana Kell told
  reporters"), is that act's source: no Statement; after a view, or after a view quoted
  whole, it is a Statement;
- 'its' before a title takes up the subject of the sentence before ("Qatar, which has
  mediated between Peru and Chile, condemned the killing. Its prime minister, ..."): the
  office is Qatar's, not the state named last; with two subjects the last name stays.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases, offices
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # the speaker of a saying with no subject of its own
    "avenge_saying": 'Chile promised to punish Ana Kell, saying Peru would face "a harsh response" for the raid.',
    "subject_says": "Peru's president, Ana Kell, said Chile had prepared a severe punishment for itself.",
    # 'told reporters' after the clauses told
    "told_after_act": "Early on Thursday, police officers flown out on helicopters boarded the tanker and took over "
                      "its bridge, Ana Kell told reporters.",
    "said_after_act": "Early on Thursday, police officers flown out on helicopters boarded the tanker and took over "
                      "its bridge, Ana Kell said.",
    "told_after_view": "The talks were difficult and no deal was near, Ana Kell told reporters.",
    # an act under way in words quoted whole is that act's source since rule set 44 (test_extract_r44a.py)
    "told_quoted": '"Peru is watching our villages," Ana Kell told reporters.',
    # 'its' before a title
    "its_subject": "Qatar, which has mediated between Peru and Chile, condemned the killing. Its prime minister, "
                   "Ana Kell, asked how mediation could succeed.",
    "its_two_subjects": "Peru and Qatar met on Monday. Its prime minister, Ana Kell, asked how mediation could succeed.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r42p"), ARTICLES, "--entities", REGISTRY)
    return found


def _speakers(claims) -> list:
    """The speakers of the drafted Statements, sorted (a list of several as its text)."""
    return sorted(str(c.get("speaker")) for c in of(claims, "Statement"))


def test_the_object_of_the_clause_before_a_saying_is_not_its_speaker(drafts):
    assert "ana-kell" not in _speakers(drafts["avenge_saying"])
    assert _speakers(drafts["avenge_saying"]) == ["chile"]


def test_the_subject_of_a_saying_still_speaks(drafts):
    assert _speakers(drafts["subject_says"]) == ["ana-kell"]


def test_told_after_a_report_of_an_act_is_its_source_not_a_statement(drafts):
    assert _speakers(drafts["told_after_act"]) == []
    assert _speakers(drafts["said_after_act"]) == []


def test_told_after_a_view_or_after_words_quoted_whole_is_a_statement(drafts):
    assert _speakers(drafts["told_after_view"]) == ["ana-kell"]
    assert _speakers(drafts["told_quoted"]) == ["ana-kell"]


def test_its_before_a_title_takes_up_the_subject_of_the_sentence_before(drafts):
    assert offices(drafts["its_subject"]) == [("ana-kell", "qatar", "head of government")]


def test_its_after_two_subjects_keeps_the_state_named_last(drafts):
    assert offices(drafts["its_two_subjects"]) == [("ana-kell", "qatar", "head of government")]
