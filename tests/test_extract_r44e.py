"""Rule set 44: what a new user's drafts of three unseen articles (a papal funeral, a
central bank's rate decision, embassies closing in Tehran; tests/data/unseen-newuser15)
got wrong, through the real ``kg extract`` command on small articles written for these
tests (one run for all, a module-scoped fixture), each with look-alikes that must draft
nothing:

- a person the registry lacks, named with a style ("Pope Leo", "King Harald"), is
  proposed as a person and is the antecedent of 'he'; a name ending in a place word
  ("Karl Square", "St Agnes Basilica") is never a person; the death and the funeral of
  the person draft as for a known one (the funeral `commemorates` them, its attendees are
  `attendee`);
- "has no diplomatic relations with" is negative; "have no relations", "there are no
  talks" draft nothing;
- "X and Y also attended" is no meeting of X and Y; "X and Y met" still is;
- "raised the policy rate by 0.5 percentage points, to 6.25%", "cut its key rate by 50
  basis points to 4.5 %", "held rates at 3.75%": a RateDecision with rate and signed
  rateChange; an unemployment rate, fees or a tax rate are none;
- "Twelve Brazilian citizens have left the country": Brazil is not where they left;
- "did not travel to Lima" with no date: no month of the news (it took place in none).

The new folder builds and validates as a corpus.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import ROOT, kg_cli
from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # a styled person the registry lacks, and places named like people
    "styled": ("Pope Leo died on Tuesday at the age of 91 after a long illness. He had led the Roman Catholic "
               "Church for 20 years.\n\nChilean President Ana Ruiz attended the funeral of Pope Leo in Karl "
               "Square on Saturday."),
    "king": "King Harald died on Monday at 84. He had reigned since 1991.",
    "styled_longer": "Sheikh Khalid bin Rashid met Chilean President Ana Ruiz in Doha on Monday.",
    "place_heads": ("Crowds gathered in Karl Square and on Amber Street on Sunday. St Agnes Basilica was full. "
                    "He had led the protest movement for 12 years."),
    # a relation noun under 'no'
    "no_relations": "Chile has no diplomatic relations with Peru.",
    "no_bare": "Chile and Peru have no relations, the ministry said.",
    "no_talks": "There are no talks between Chile and Peru, the minister said on Monday.",
    "relations": "Chile has diplomatic relations with Peru.",
    # co-attendance
    "also_attended": ("Leaders from 40 countries attended the funeral of the former president in Lima on "
                      "Saturday. Chilean President Ana Ruiz and Bolivian President Luis Arce also attended."),
    "met": "Chilean President Ana Ruiz and Bolivian President Luis Arce met in Quito on Saturday.",
    # rate decisions
    "raise": ("The central bank of Chile decided unanimously on Wednesday to raise the policy rate by 0.5 "
              "percentage points, to 6.25% per year."),
    "cut": "Peru's central bank cut its key rate by 50 basis points to 4.5 % on Thursday.",
    "held": "The Bank of Norland held rates at 3.75% on Tuesday.",
    "rate_lookalikes": ("The unemployment rate rose by 0.3 percentage points to 6.1% in May. Banks raised their "
                        "fees by 2% on Monday. Chile raised its tax rate to 20% on Friday."),
    # travellers' demonym
    "demonym_left": ("Chile closed its embassy in Lima on Monday. Twelve Brazilian citizens have left the "
                     "country, the ministry said."),
    "left_named": "Twelve Brazilian citizens left Peru for Chile on Monday, the ministry said.",
    # a journey not made, and one made, with no date in the text
    "not_travel": "Chilean President Ana Ruiz did not travel to Lima.",
    "travel": "Chilean President Ana Ruiz travelled to Lima.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r44e"), ARTICLES, {}, "2030-05-23")


def _people(d) -> set[str]:
    return {e for e, v in d["entities"].items() if v["type"] == "Person"}


# -- a styled person the registry lacks; places named like people -----------------------------


def test_a_styled_name_is_a_person_and_the_antecedent_of_he(drafts):
    d = drafts["styled"]
    assert d["entities"]["pope-leo"] == {"id": "pope-leo", "type": "Person", "label": "Pope Leo"}
    [death] = of(d["claims"], "Death")
    assert (death["person"], death["date"]) == ("pope-leo", "2030-05-21")
    assert [c["holder"] for c in of(d["claims"], "PositionHeld") if c.get("positionOf") != "chile"] in ([], ["pope-leo"])
    king = drafts["king"]
    assert [c["person"] for c in of(king["claims"], "Death")] == ["king-harald"]
    # a longer name after a style is the whole name, not the style and its first word
    assert not any(e.startswith("sheikh-") for e in drafts["styled_longer"]["entities"])


def test_a_funeral_commemorates_the_dead_and_its_attendees_attend(drafts):
    [c] = of(drafts["styled"]["claims"], "Ceremony")
    assert (c["commemorates"], c["attendee"], c.get("participant")) == ("pope-leo", "ana-ruiz", None)
    assert drafts["styled"]["entities"][c["place"]]["type"] == "Site"  # Karl Square


def test_a_name_ending_in_a_place_word_is_never_a_person(drafts):
    for name in ("styled", "place_heads"):
        d = drafts[name]
        people = _people(d)
        assert not any(p.endswith(("-square", "-street", "-basilica")) for p in people), (name, people)
    assert [c for c in drafts["place_heads"]["claims"] if c["type"] == "PositionHeld"] == []


# -- a relation noun under 'no' ------------------------------------------------------------------


def test_no_diplomatic_relations_is_negative(drafts):
    [c] = of(drafts["no_relations"]["claims"], "DiplomaticRelations")
    assert (sorted(c["party"]), c.get("polarity")) == (["chile", "peru"], "negative")
    [c] = of(drafts["relations"]["claims"], "DiplomaticRelations")
    assert "polarity" not in c


def test_no_relations_and_no_talks_draft_no_meeting_nor_relations(drafts):
    for name in ("no_bare", "no_talks"):
        kinds = {c["type"] for c in drafts[name]["claims"]}
        assert not kinds & {"Meeting", "DiplomaticRelations"}, (name, drafts[name]["claims"])


# -- co-attendance -------------------------------------------------------------------------------


def test_also_attended_is_no_meeting_but_met_is(drafts):
    assert of(drafts["also_attended"]["claims"], "Meeting") == []
    [c] = of(drafts["met"]["claims"], "Meeting")
    assert sorted(c["participant"]) == ["ana-ruiz", "luis-arce"]


# -- rate decisions ------------------------------------------------------------------------------


def _rate(d) -> list[tuple]:
    return [(c["initiator"], c["subject"], c.get("rate"), c.get("rateChange"), c.get("date"))
            for c in of(d["claims"], "RateDecision")]


def test_a_rate_raised_cut_or_held_is_a_rate_decision(drafts):
    assert _rate(drafts["raise"]) == [({"actor": "unnamed central bank", "for": "chile"}, "policy rate",
                                       "6.25 percent", 0.5, "2030-05-22")]
    assert _rate(drafts["cut"]) == [({"actor": "unnamed central bank", "for": "peru"}, "key rate",
                                     "4.5 percent", -0.5, "2030-05-23")]
    assert _rate(drafts["held"]) == [("bank-of-norland", "rates", "3.75 percent", 0, "2030-05-21")]


def test_other_rates_fees_and_a_states_tax_are_no_rate_decision(drafts):
    assert _rate(drafts["rate_lookalikes"]) == []


# -- travellers' demonym -------------------------------------------------------------------------


def test_the_country_the_travellers_left_is_not_their_own(drafts):
    for c in of(drafts["demonym_left"]["claims"], "Travel"):
        assert c.get("origin") != "brazil" and c.get("destination") != "brazil", c
    [c] = of(drafts["left_named"]["claims"], "Travel")
    assert (c["origin"], c["destination"], c["traveller"]) == \
        ("peru", "chile", {"actor": "12 unnamed citizens", "for": "brazil"})


# -- a journey not made ---------------------------------------------------------------------------


def test_a_visit_not_made_takes_no_month_of_the_news(drafts):
    [c] = of(drafts["not_travel"]["claims"], "Visit")
    assert (c["visitor"], c["polarity"], "date" in c) == ("ana-ruiz", "negative", False)
    [c] = of(drafts["travel"]["claims"], "Visit")
    assert (c.get("polarity"), c["date"]) == (None, "2030-05")  # one made is news of the month


# -- the folder ----------------------------------------------------------------------------------


def test_the_new_users_folder_builds_and_validates(tmp_path):
    proc = kg_cli("build", "--corpus", ROOT / "tests" / "data" / "unseen-newuser15", "--store", tmp_path / "s")
    assert proc.returncode == 0, proc.stderr
    assert "conforms" in proc.stdout + proc.stderr
