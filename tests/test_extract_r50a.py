"""Rule set 50, part a: votes and their tallies in the wordings of the UN's records and of
news, sales of holdings, a possessive on a headline's subject and "A and its parent B",
through the real ``kg extract`` command on small invented articles with an invented
registry (one run for all, a module fixture), each beside look-alikes that must draft
nothing of the kind:

- "adopted the resolution, circulated as document X, by a recorded vote of 97 in favour
  to 6 against, with 11 abstentions": the whole tally, the body named only as "the
  120-member assembly" after its name, the ``Resolution`` adopted (``adoptedBy``) linked
  to its ``Vote`` (``votedOn``, ``causedBy``); a rejected text gives no Resolution, a
  survey's "60 percent in favour" no tally; "the council" between two councils, or "the
  chamber" the article and registry do not name, no body (and no vote); a body the
  registry knows as "the Assembly" is one;
- "Last year the same text passed by 120 votes to 2, with only X and Y opposed and Z
  abstaining": a Vote of that year with the members on each side, no Rejection; "X and Y
  opposed the plan" stays a Rejection;
- "X and Y voted no", "Joining X and Y in voting no were A, B and C", "A, B and C were
  among the countries that abstained": members' sides on the vote told before (the
  article's own, not one recalled for comparison "last year"); "said no", "joining X at
  the summit", "were among the countries that signed" are no vote;
- "sold its holdings/stake/shares in X", "sold its 5 percent stake in X", "divested from
  X": a ``Sale`` (``seller``, ``sold``, ``share``); an investor the article leaves
  unnamed ("Norway's sovereign wealth fund said it had sold", then "The fund sold") is
  the seller ``{actor: unnamed sovereign wealth fund, of: norway}``, never Norway; a
  name after "holdings in" is proposed as a company; a state divested from, holdings
  that rose, or a stake of no named company give no Sale;
- "Norway's wealth fund drops X" gives no "X based in Norway"; "the US steel maker X"
  gives X's country; "the US sanctions on X" none;
- "A, B, C and its parent D": D owns C; "A, B, the cooperative lender and its parent D":
  no ownership of B (the nearest noun before 'its' is the lender, whom the draft does
  not know).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_proposals, listed, registry_options
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: assembly-of-nations, type: InternationalOrganisation, label: Assembly of Nations}
- {id: coastal-council, type: Organisation, label: Coastal Council}
- {id: river-council, type: Organisation, label: River Council}
- {id: northern-forum-assembly, type: Organisation, label: Northern Forum Assembly, aliases: [the Assembly]}
- {id: kestrel-capital, type: Organisation, label: Kestrel Capital}
- {id: orion-mining, type: Organisation, label: Orion Mining}
- {id: borealis-steel, type: Organisation, label: Borealis Steel}
- {id: alder-bank, type: Organisation, label: Alder Bank}
- {id: birch-bank, type: Organisation, label: Birch Bank}
- {id: cedar-savings-bank, type: Organisation, label: Cedar Savings Bank}
- {id: cedar-holdings, type: Organisation, label: Cedar Holdings}
"""

MAIN = "The Assembly of Nations adopted the resolution on Tuesday by 97 votes to 6. "

ARTICLES = {
    # 1. the UN's recorded vote, a body by its common noun, the resolution adopted
    "recorded": ("The Assembly of Nations met in Geneva on Wednesday. The 120-member assembly adopted the resolution, "
                 "circulated as document AN/12/L.4, by a recorded vote of 97 in favour to 6 against, with 11 abstentions."),
    "rejected": "The Assembly of Nations rejected the resolution by a recorded vote of 40 in favour to 70 against.",
    "survey": ("The Assembly of Nations debated the plan on Wednesday. A survey of delegates found 60 percent in favour "
               "and 30 percent against."),
    "two_councils": "The Coastal Council and the River Council met on Monday. The council adopted the resolution by 9 votes to 2.",
    "alias": "The assembly adopted the resolution by 50 votes to 3.",
    "no_body": "The chamber adopted the resolution by 50 votes to 3.",
    # 2. a past vote with its sides
    "past": MAIN + "Last year the same text passed by 120 votes to 2, with only Brazil and Chile opposed and Peru abstaining.",
    "opposed_plan": "Brazil and Chile opposed the plan on Monday.",
    # 3. members' sides in other words
    "voted_no": MAIN + "Brazil and Chile voted no.",
    "said_no": "Brazil said no to the plan on Monday.",
    "joining": MAIN + "Joining Brazil and Chile in voting no were Peru, Bolivia and Ecuador.",
    "joining_summit": "Joining Brazil and Chile at the summit were Peru and Bolivia.",
    "among": MAIN + "Peru, Bolivia and Ecuador were among the countries that abstained.",
    "among_signed": "Peru and Bolivia were among the countries that signed the treaty.",
    "this_time": ("The 120-member Assembly of Nations adopted the resolution by 97 votes to 6.\n\n"
                  "Last year the same text passed by 120 votes to 2, with only Brazil opposed.\n\n"
                  "Joining Brazil in voting no this time were Peru and Chile. "
                  "Bolivia and Ecuador were among the countries that abstained."),
    # 4. sales of holdings
    "holdings": ("Norway's sovereign wealth fund said on Monday that it had sold its holdings in the steel maker "
                 "Borealis Steel and in five other companies."),
    "the_fund": ("Norway's sovereign wealth fund said it had sold its stake in Orion Mining. "
                 "The fund sold its holdings in Borealis Steel last year."),
    "stake_pct": "Kestrel Capital sold its 5 percent stake in Orion Mining on Tuesday.",
    "shares": "Kestrel Capital sold its shares in Orion Mining in March.",
    "divested": "Kestrel Capital divested from Orion Mining in 2029.",
    "proposed": "The fund sold its holdings in Kestria last year.",
    "divested_state": "Kestrel Capital divested from Russia after the invasion.",
    "holdings_rose": "Kestrel Capital's holdings in Orion Mining rose to 5 percent.",
    "no_company": "Norway's sovereign wealth fund said it had sold its stake.",
    # 5. a headline's possessive; a state's name before a company noun
    "headline": "Norway's wealth fund drops Orion Mining\n\nThe fund sold its holdings in Orion Mining on Monday.",
    "us_maker": "Kestrel Capital sold its holdings in the US steel maker Borealis Steel on Monday.",
    "us_sanctions": "The US sanctions on Borealis Steel were lifted on Monday.",
    # 6. its parent
    "parent": "The banks are Alder Bank, Birch Bank, Cedar Savings Bank and its parent Cedar Holdings.",
    "parent_unknown": "The banks are Alder Bank, Birch Bank, the cooperative lender and its parent Cedar Holdings.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """(name -> drafted claims, name -> proposed entities), drafted in one run."""
    folder = tmp_path_factory.mktemp("r50a")
    return drafted_with_proposals(folder, ARTICLES, *registry_options(folder, REGISTRY))


# -- 1. the recorded vote and the resolution it adopted -------------------------------------------

def test_a_recorded_vote_gives_its_tally_body_and_resolution(drafts):
    claims = drafts[0]["recorded"]
    [vote] = of(claims, "Vote")
    assert vote["votingBody"] == "assembly-of-nations", vote
    assert (vote["votesFor"], vote["votesAgainst"], vote["abstentions"]) == (97, 6, 11), vote
    assert vote["outcome"] == "adopted" and vote["quote"].endswith("with 11 abstentions"), vote
    [resolution] = of(claims, "Resolution")
    assert resolution["adoptedBy"] == "assembly-of-nations", resolution
    assert vote["votedOn"] == resolution["fact"] and resolution["causedBy"] == vote["fact"]


def test_a_rejected_text_is_no_resolution(drafts):
    claims = drafts[0]["rejected"]
    [vote] = of(claims, "Vote")
    assert (vote["votesFor"], vote["votesAgainst"], vote["outcome"]) == (40, 70, "rejected"), vote
    assert not of(claims, "Resolution") and "votedOn" not in vote


def test_a_surveys_shares_are_no_tally(drafts):
    assert not any("votesFor" in c for c in drafts[0]["survey"]), drafts[0]["survey"]


@pytest.mark.parametrize("name, body", [("alias", "northern-forum-assembly"), ("two_councils", None), ("no_body", None)])
def test_a_body_named_by_its_noun_only_when_one_fits(drafts, name, body):
    votes = of(drafts[0][name], "Vote")
    assert [v["votingBody"] for v in votes] == ([body] if body else []), votes


# -- 2. a past vote and the members on each side of it ----------------------------------------------

def test_a_text_that_passed_last_year_is_a_vote_of_that_year_with_its_sides(drafts):
    claims = drafts[0]["past"]
    [past] = [v for v in of(claims, "Vote") if v.get("date") == "2029"]
    assert past["votingBody"] == "assembly-of-nations" and (past["votesFor"], past["votesAgainst"]) == (120, 2), past
    assert past["votedNo"] == ["brazil", "chile"] and past["abstained"] == "peru", past
    assert past["quote"].startswith("Last year the same text passed"), past
    assert not of(claims, "Rejection"), claims


def test_opposing_a_plan_stays_a_rejection(drafts):
    claims = drafts[0]["opposed_plan"]
    assert [c["speaker"] for c in of(claims, "Rejection")] == [["brazil", "chile"]], claims
    assert not of(claims, "Vote")


# -- 3. members' sides told otherwise --------------------------------------------------------------

@pytest.mark.parametrize("name, key, members", [
    ("voted_no", "votedNo", ["brazil", "chile"]),
    ("joining", "votedNo", ["brazil", "chile", "peru", "bolivia", "ecuador"]),
    ("among", "abstained", ["peru", "bolivia", "ecuador"]),
])
def test_members_sides_are_claims_on_the_vote(drafts, name, key, members):
    votes = of(drafts[0][name], "Vote")
    main = next(v for v in votes if "votingBody" in v)
    [sides] = [v for v in votes if key in v]
    assert sides[key] == members and sides["fact"] == main["fact"], votes


@pytest.mark.parametrize("name", ["said_no", "joining_summit", "among_signed"])
def test_look_alikes_of_members_sides_are_no_vote(drafts, name):
    assert not of(drafts[0][name], "Vote"), drafts[0][name]


def test_sides_told_after_a_vote_recalled_are_of_the_articles_vote(drafts):
    votes = of(drafts[0]["this_time"], "Vote")
    [main] = [v for v in votes if "votingBody" in v and "date" not in v]
    [past] = [v for v in votes if v.get("date") == "2029"]
    assert past["votedNo"] == "brazil", past
    [no] = [v for v in votes if "votingBody" not in v and "votedNo" in v]
    [abstained] = [v for v in votes if "abstained" in v]
    assert no["votedNo"] == ["brazil", "peru", "chile"] and abstained["abstained"] == ["bolivia", "ecuador"], votes
    assert no["fact"] == abstained["fact"] == main["fact"] != past["fact"], votes


# -- 4. sales of holdings ---------------------------------------------------------------------------

FUND = {"actor": "unnamed sovereign wealth fund", "of": "norway"}


def test_an_unnamed_fund_that_said_it_sold_its_holdings_is_the_seller(drafts):
    [sale] = of(drafts[0]["holdings"], "Sale")
    assert sale["sold"] == "borealis-steel" and sale["seller"] == FUND, sale
    assert sale["said_by"] == FUND and sale["modality"] == "reported", sale


def test_the_fund_told_again_sells_too(drafts):
    sales = of(drafts[0]["the_fund"], "Sale")
    assert [(s["sold"], s["seller"], s.get("date")) for s in sales] == \
        [("orion-mining", FUND, None), ("borealis-steel", FUND, "2029")], sales


@pytest.mark.parametrize("name, share", [("stake_pct", 5), ("shares", None), ("divested", None)])
def test_a_holding_sold_or_divested_is_a_sale(drafts, name, share):
    [sale] = of(drafts[0][name], "Sale")
    assert (sale["seller"], sale["sold"], sale.get("share")) == ("kestrel-capital", "orion-mining", share), sale


def test_a_name_after_holdings_in_is_proposed_as_a_company(drafts):
    claims, entities = drafts[0]["proposed"], drafts[1]["proposed"]
    [sale] = of(claims, "Sale")
    assert sale["sold"] == "kestria" and sale["date"] == "2029", sale
    assert [(e["id"], e["type"]) for e in entities if e["id"] == "kestria"] == [("kestria", "Organisation")], entities


@pytest.mark.parametrize("name", ["divested_state", "holdings_rose", "no_company"])
def test_look_alikes_of_a_sale_draft_none(drafts, name):
    assert not of(drafts[0][name], "Sale"), drafts[0][name]


# -- 5. whose country ------------------------------------------------------------------------------

def test_a_headlines_possessive_is_no_country_of_its_object(drafts):
    claims = drafts[0]["headline"]
    assert not of(claims, "OrganisationCountry"), claims
    [sale] = of(claims, "Sale")
    assert sale["sold"] == "orion-mining" and sale["seller"] == {"actor": "unnamed wealth fund", "of": "norway"}, sale


@pytest.mark.parametrize("name, states", [("us_maker", [("borealis-steel", "united-states")]), ("us_sanctions", [])])
def test_a_states_name_before_a_company_noun_is_its_country(drafts, name, states):
    found = [(c["organisation"], c["state"]) for c in of(drafts[0][name], "OrganisationCountry")]
    assert found == states, drafts[0][name]


# -- 6. its parent ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, owned", [("parent", ["cedar-savings-bank"]), ("parent_unknown", [])])
def test_its_parent_owns_the_nearest_name_before_it(drafts, name, owned):
    found = of(drafts[0][name], "Ownership")
    assert all(o["owner"] == "cedar-holdings" for o in found), found
    assert [x for o in found for x in listed(o["owned"])] == owned, found
