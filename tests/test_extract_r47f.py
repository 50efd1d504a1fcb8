"""Rule set 47, part f: wrong states, barred acts and the main events of a story, through
the real ``kg extract`` command on small articles written for these tests (one run for
all, a module-scoped fixture), each beside look-alikes that must draft nothing new:

- "Treasury Secretary X" beside "the United States Department of the Treasury" holds a US
  office (and is proposed of the US), whatever other state the sentence names; a
  department of no known state ("the Ministry of Defence") neither gives nor bars one;
- what a bill or order would bar ("bar the Treasury from using the fund to support Chile")
  is no act done;
- a spokesman relaying a leader's condemnation and appeal: the appeal is the leader's;
- "thanked X for A and Y for B": two thanks, each with its own grounds;
- a border reopened ends the closure the article drafted; a swap line is a Loan; a launch
  told by its failure is a WeaponsTest with its outcome;
- a clause's quote does not end inside a noun phrase;
- a date in a page's byline is never an author.
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
    # 1. a portfolio's department names the office's state
    "portfolio": ("The United States Department of the Treasury signed an accord with the Central Bank of Chile "
                  "on Monday, Treasury Secretary Tom Hale said."),
    "portfolio_lookalike": ("The United States Department of the Treasury signed an accord with Chile on Monday, "
                            "Defence Minister Tom Hale said."),
    # a department of the portfolio whose state is not known: no evidence either way
    "portfolio_unknown": ("Defence Minister Tom Hale said on Monday that the jets would arrive in May. The Ministry "
                          "of Defence confirmed the order."),
    "portfolio_unknown_sentence": ("Defence Minister Tom Hale said on Monday that Peru would buy the jets. The Ministry "
                                   "of Defence confirmed the order."),
    # 2. a barred act, the act done
    "barred": ("The loan is funded through the Treasury's Exchange Stabilization Fund. Senators introduced a "
               "bill, which would bar the Treasury from using the Exchange Stabilization Fund to support Chile."),
    "barred_lookalike": ("The loan is funded through the Treasury's Exchange Stabilization Fund. The Exchange "
                         "Stabilization Fund was used to support Chile in 2030."),
    # 3. a relayed appeal, a spokesman's own appeal
    "relay": ("In Lima, spokesman Ivo Saric said Chilean President Lina Varo strongly condemned the strike and called on "
              "Peru to withdraw its troops."),
    "relay_lookalike": "In Lima, spokesman Ivo Saric said the talks were over and called on Peru to withdraw its troops.",
    # 4. two thanks, one thanks with two grounds
    "thanks": ("Chilean President Lina Varo thanked Foreign Minister Tom Hale for his hard work and Peruvian "
               "President Omar Kadir for his leadership."),
    "thanks_lookalike": "Chilean President Lina Varo thanked Peruvian President Omar Kadir for his support and advice.",
    # 5. a reopening ending a closure; a reopening with no closure drafted
    "reopened": ("Chile closed its border with Peru on February 20 after a shooting. Chile and Peru reopened the "
                 "border on Wednesday, ending a closure of 13 days."),
    "reopened_lookalike": "Chile and Peru reopened the border on Wednesday after talks.",
    # 6. a swap line, a line of another kind
    "swap": ("The Central Bank of Chile finalized a $2 billion currency swap line with the Central Bank of Peru "
             "on Monday."),
    "swap_lookalike": "The Central Bank of Chile finalized a new hotline with the Central Bank of Peru on Monday.",
    # 7. a failed launch, an attempt that failed, a strike's missile
    "failed_launch": ("A North Korean rocket carrying a spy satellite exploded shortly after lift-off on Monday, "
                      "Japan said."),
    "failed_attempt": "Iran's attempt to put a satellite into orbit failed on Monday.",
    "failed_lookalike": "A Russian missile exploded over a market in Kharkiv on Monday, Ukraine said.",
    "attempt_lookalike": "Russia's attempt to send peacekeepers to Moldova failed on Monday.",
    # 8. a quote ending on a demonym before its noun
    "cut_quote": ("Delegations from Chile and Peru met at the border on Saturday. On Monday the two delegations agreed a ceasefire and the reopening of the crossing, and the "
                  "Chilean side agreed to halt the construction."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r47f"), ARTICLES, {}, "2031-03-05")


def _post(drafts, name, holder) -> dict:
    return next(c for c in of(drafts[name]["claims"], "PositionHeld") if c["holder"] == holder)


def test_a_portfolio_title_holds_the_office_of_the_state_whose_department_is_named(drafts):
    post = _post(drafts, "portfolio", "tom-hale")
    assert post["positionOf"] == "united-states", post
    assert drafts["portfolio"]["entities"]["tom-hale"].get("of") == "united-states"
    # another portfolio than the department's: the department says nothing of it
    other = [c for c in of(drafts["portfolio_lookalike"]["claims"], "PositionHeld") if c["holder"] == "tom-hale"]
    assert all(c.get("positionOf") != "united-states" for c in other), other


def test_a_department_of_no_known_state_neither_gives_nor_bars_the_office_s_state(drafts):
    # "the Ministry of Defence" alone names no state: with no other state in the text the
    # minister's office is of none (nothing invented), and beside "Peru would buy" it is
    # read from the sentence, as it would be without the department
    unknown = drafts["portfolio_unknown"]
    assert [c for c in of(unknown["claims"], "PositionHeld") if c["holder"] == "tom-hale"] == []
    assert "of" not in unknown["entities"].get("tom-hale", {})
    assert _post(drafts, "portfolio_unknown_sentence", "tom-hale")["positionOf"] == "peru"


def test_an_act_a_bill_would_bar_is_not_drafted(drafts):
    assert of(drafts["barred"]["claims"], "Support") == []
    done = of(drafts["barred_lookalike"]["claims"], "Support")
    assert [c["supported"] for c in done] == ["chile"], done


def test_an_appeal_relayed_by_a_spokesman_is_the_leader_s(drafts):
    appeal, = of(drafts["relay"]["claims"], "Appeal")
    assert (appeal["speaker"], appeal["said_by"], appeal["about"]) == ("lina-varo", "ivo-saric", "peru"), appeal
    own, = of(drafts["relay_lookalike"]["claims"], "Appeal")
    assert own["speaker"] == "ivo-saric", own


def test_thanks_to_two_addressees_are_two_praises(drafts):
    praises = {c["about"]: c["subject"] for c in of(drafts["thanks"]["claims"], "Praise")}
    assert praises == {"tom-hale": "his hard work", "omar-kadir": "his leadership"}, praises
    one, = of(drafts["thanks_lookalike"]["claims"], "Praise")
    assert (one["about"], one["subject"]) == ("omar-kadir", "his support and advice"), one


def test_a_reopening_ends_the_closure_the_article_tells(drafts):
    claims = of(drafts["reopened"]["claims"], "BorderClosure")
    assert len(claims) == 2 and len({c["fact"] for c in claims}) == 1, claims
    for c in claims:
        assert (c["startDate"], c["endDate"], c["duration"]) == ("2031-02-20", "2031-03-05", "13 days"), c
    assert any("reopened the border" in c["quote"] for c in claims), claims
    # no closure told: a reopening alone invents none
    assert of(drafts["reopened_lookalike"]["claims"], "BorderClosure") == []


def test_a_currency_swap_line_is_a_loan(drafts):
    loan, = of(drafts["swap"]["claims"], "Loan")
    assert (loan["lender"], loan["borrower"], loan["programme"]) == \
        ("central-bank-of-chile", "central-bank-of-peru", "currency swap line"), loan
    assert of(drafts["swap_lookalike"]["claims"], "Loan") == []


def test_a_launch_told_by_its_failure_is_a_weapons_test(drafts):
    test, = of(drafts["failed_launch"]["claims"], "WeaponsTest")
    assert (test["initiator"], test["outcome"], test["weapon"]) == \
        ("north-korea", "exploded", "rocket carrying a spy satellite"), test
    attempt, = of(drafts["failed_attempt"]["claims"], "WeaponsTest")
    assert (attempt["initiator"], attempt["outcome"]) == ("iran", "failed"), attempt
    assert of(drafts["failed_lookalike"]["claims"], "WeaponsTest") == []
    # an attempt that failed is a launch only when what was tried is one
    assert of(drafts["attempt_lookalike"]["claims"], "WeaponsTest") == []


def test_a_clause_quote_does_not_end_on_a_modifier(drafts):
    quotes = [c["quote"] for c in drafts["cut_quote"]["claims"]]
    assert quotes and not any(q.endswith("Chilean") for q in quotes), quotes


PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<article><h1>{title}</h1>
<p class="byline">By {byline} | June 3, 2031</p>
<p>Chilean President Lina Varo met Peruvian President Omar Kadir in Lima on Monday to discuss the border.</p>
<p>The two leaders agreed to meet again in July, Varo said after the talks in the Peruvian capital.</p>
</article></body></html>
"""


@pytest.mark.parametrize("byline, author", [("Lima desk", None), ("Anna May", "Anna May")])
def test_a_date_in_a_byline_is_no_author(tmp_path, byline, author):
    page = tmp_path / "story.html"
    page.write_text(PAGE.format(title="Chile and Peru leaders meet in Lima", byline=byline), encoding="utf-8")
    kg_cli("extract", page, "-o", tmp_path / "out", check=0)
    article = yaml.safe_load((tmp_path / "out" / "story.yaml").read_text(encoding="utf-8"))["article"]
    assert article.get("author") == author, article
