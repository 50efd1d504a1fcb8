"""Rule set 52, part e: the day of an event placed by an interval before the dated act of
its main clause ("appealed on Tuesday, a day after a court barred her"), drafted through
the real ``kg extract`` command on small articles written for these tests (one run for
all, a module-scoped fixture), each beside look-alikes:

- "X appealed on 14 March 2031 against her conviction, a day after a court barred her
  from standing for office": the barring (a Disqualification) is dated 13 March, the day
  before the appeal's, not the day before publication;
- "said on 3 March that ..., a day after X threatened to ...": the threat is dated 2 March,
  the day before the saying's, when the clause it hangs on is the words said;
- "on Tuesday, a week after ...": a weekday of the main clause, resolved against the
  publication date, less seven days;
- the main clause's own act keeps its own day; an interval that opens the main clause
  ("A day after the ruling, X appealed") shifts nothing;
- "X had reaffirmed its support for Y": a StatementOfSupport of X about Y, as "expressed
  support for"; "reaffirmed its claim to the islands" states no support.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: Friday: "on Tuesday" is 29 April 2031.
PUBLISHED = "2031-05-02"

ARTICLES = {
    "day_after": ("Peruvian opposition leader Marta Solis appealed on 14 March 2031 against her conviction for "
                  "fraud, a day after a Lima criminal court barred her from standing for public office for five "
                  "years."),
    "week_after": ("Peruvian opposition leader Marta Solis appealed on Tuesday against her conviction for fraud, "
                   "a week after a Lima criminal court barred her from standing for public office for five years."),
    "said_after": ("Chilean President Ana Kell said on 3 March 2031 that her government had seized no land, a day "
                   "after Peruvian President Tor Ashby threatened to cut off all future aid to Chile."),
    # a stance said again
    "reaffirmed": ("Chile, a member since 2002, had reaffirmed its support for the International Criminal Court "
                   "as recently as December, officials said."),
    "reaffirmed_claim": "Chile has reaffirmed its claim to the islands, officials said.",
    "opening": ("A day after the ruling, Peruvian opposition leader Marta Solis appealed on 14 March 2031 against "
                "her conviction for fraud."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r52e"), ARTICLES, {}, PUBLISHED)


def _dates(draft, kind: str) -> set:
    """The dates the draft's claims of ``kind`` give (None for an undated claim)."""
    return {str(c["date"]) if c.get("date") else None for c in of(draft["claims"], kind)}


def test_an_event_a_day_before_the_dated_act_takes_the_day_before(drafts):
    assert _dates(drafts["day_after"], "Disqualification") == {"2031-03-13"}, drafts["day_after"]["claims"]


def test_a_week_before_a_weekday_counts_seven_days(drafts):
    assert _dates(drafts["week_after"], "Disqualification") == {"2031-04-22"}, drafts["week_after"]["claims"]


def test_the_main_act_keeps_its_own_day(drafts):
    for name in ("day_after", "opening"):
        days = {str(c["date"]) for c in drafts[name]["claims"] if c.get("date") and c["type"] != "Disqualification"}
        assert "2031-03-14" in days and "2031-03-13" not in days, drafts[name]["claims"]


def test_an_event_a_day_before_words_said_takes_the_day_before_the_saying(drafts):
    assert _dates(drafts["said_after"], "Threat") == {"2031-03-02"}, drafts["said_after"]["claims"]


def test_support_reaffirmed_is_a_statement_of_support(drafts):
    got = {(c["speaker"], c["about"]) for c in of(drafts["reaffirmed"]["claims"], "StatementOfSupport")}
    assert got == {("chile", "international-criminal-court")}, drafts["reaffirmed"]["claims"]
    assert not of(drafts["reaffirmed_claim"]["claims"], "StatementOfSupport"), drafts["reaffirmed_claim"]["claims"]
