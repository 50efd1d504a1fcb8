"""Rule set 51, part e: swap lines, central banks, portfolios of two fields, one office told
twice, two speakers in one sentence, an expectation reported, a court's ruling and an
embassy's denial, through the real ``kg extract`` command on small articles written for
these tests (one run for all, a module-scoped fixture), each beside look-alikes that must
draft nothing of the kind:

- "signed a currency swap agreement / an exchange rate stabilisation agreement with X for up
  to USD N", "holds a yuan swap line with X, equivalent to about USD N" are Loans
  (CLAIMS.md: lender the side issuing the currency, borrower the other; ``value``;
  ``programme: currency swap line``), no Agreement; a cooperation agreement and a prisoner
  swap stay what they were; "The Central Bank of Kenya" after a dateline is kept whole;
- "Nigeria's Youth and Sports Minister X": the title whole, the office of the state, no
  organisation "Youth and Sports" and no OrganisationCountry from it;
- "US Treasury Secretary X" then "Secretary X": one PositionHeld fact told twice;
- "A called the curfew an attempt ..., and B warned that it weakens the rule of law": B's
  Criticism of the curfew (aboutFact: 'it' is what its own sentence named, not a fact told
  between), said by B alone; a harm to no public good, a harm
  denied or an actor blamed is no such Criticism;
- "had said she expected the agreement to be concluded before D": a Statement with modality
  predicted, not dated by the report's day; "she expected to conclude" (her own act) stays planned;
- "the court rejected the request": asserted; a state's rejection of a request stays reported;
  "X asked Y to ...; Y rejected the request": the request was made (not denied by Y);
- "The Russian embassy in Oslo rejected the accusation": the embassy speaks, unnamed, for
  Russia (as the rules of appeals and saying write a mission), of the accusation told; "Kallas said the bloc condemned ..." after NATO and the EU are
  both named: a Criticism by the bloc her sentence names, said by her.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

CURFEW = "Chile declared a curfew in Santiago on Monday. "
ARTICLES = {
    # swap lines
    "swap_signed": ("The Central Bank of Chile has signed an exchange rate stabilisation agreement with the United "
                    "States Department of the Treasury for up to USD 10 billion."),
    "swap_yuan": ("The Bank of Ghana already holds a yuan swap line with the People's Bank of China, equivalent to "
                  "about USD 2 billion, which was renewed in April 2030."),
    "swap_dateline": ("NAIROBI, May 1, 2031 - The Central Bank of Kenya signed a currency swap agreement with the "
                      "People's Bank of China for up to USD 5 billion on Friday."),
    "cooperation": "The Central Bank of Kenya signed a cooperation agreement with the People's Bank of China on Friday.",
    "prisoner_swap": "Russia signed a prisoner swap agreement with Ukraine on Friday.",
    # portfolios of two fields
    "two_fields": "Nigeria's Youth and Sports Minister John Enoh said the team would travel.",
    "mines": "Brazil's Mines and Energy Minister Rui Camargo said on Friday that the country would expand its grid.",
    "one_field": "Kenya's Sports Minister Ali Ruto said the team would travel.",
    # one office told twice
    "office_twice": ("US Treasury Secretary Tom Reyes met the delegation on Monday. Later, Secretary Reyes said the "
                     "talks went well."),
    "bare_only": "Secretary Tom Reyes said the talks went well.",
    # two speakers, a measure harmed
    "two_speakers": (CURFEW + "Student groups that organised the marches called the curfew an attempt to silence "
                     "dissent, and Chile's National Ombudsman warned that it weakens the rule of law."),
    "two_speakers_later": (CURFEW + "A protester was shot dead in Valparaiso on Sunday. Student groups called the "
                           "curfew an attempt to silence dissent, and Chile's National Ombudsman warned that it "
                           "weakens the rule of law."),
    "harm_named": CURFEW + "Amnesty International said the curfew violates international law.",
    "harm_denied": CURFEW + "Amnesty International said the curfew does not weaken the rule of law.",
    "harm_other": CURFEW + "Amnesty International warned that the drought threatens the harvest.",
    "harm_actor": CURFEW + "Amnesty International said Peru violates the rule of law.",
    # an expectation, a court's ruling
    "expected": ("Finance Minister Ana Duarte had said she expected the agreement to be concluded before the "
                 "elections of 26 May."),
    "expected_own": ("Finance Minister Ana Duarte had said she expected to conclude the agreement before the "
                     "elections of 26 May."),
    "court": ("The Chilean Football Federation asked the Court of Arbitration for Sport to suspend the ban; the "
              "court rejected the request."),
    "not_court": "The Chilean Football Federation asked Peru to move the match; Peru rejected the request.",
    "asked_then_rejected": "Peru asked Chile to extradite the former minister; Chile rejected the request.",
    # an embassy, a bloc
    "embassy": ("Norway accused Russia of a cyber espionage campaign against its foreign ministry. The Russian "
                "embassy in Oslo rejected the accusation as groundless."),
    "bloc": ("NATO and the European Union issued statements of solidarity with Norway within hours. The EU's "
             "foreign policy chief, Kaja Kallas, said the bloc condemned the malicious cyber campaign."),
    "bloc_unnamed": ("NATO and the European Union issued statements of solidarity with Norway within hours. Kaja "
                     "Kallas said the bloc condemned the malicious cyber campaign."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r51e"), ARTICLES, {}, "2031-05-02")


# -- swap lines ------------------------------------------------------------------------------------

def test_an_exchange_stabilisation_agreement_is_a_loan_of_the_currency_s_issuer(drafts):
    claims = drafts["swap_signed"]["claims"]
    loan, = of(claims, "Loan")
    assert (loan["lender"], loan["borrower"]) == ("united-states-department-of-the-treasury", "central-bank-of-chile")
    assert (loan["value"], loan["programme"], loan["status"]) == ("up to USD 10 billion", "currency swap line", "signed")
    assert of(claims, "Agreement") == []


def test_a_yuan_line_held_is_lent_by_the_chinese_side(drafts):
    loan, = of(drafts["swap_yuan"]["claims"], "Loan")
    assert (loan["lender"], loan["borrower"], loan["value"]) == \
        ("people-s-bank-of-china", "bank-of-ghana", "about USD 2 billion"), loan


def test_a_central_bank_after_a_dateline_keeps_its_whole_name(drafts):
    found = drafts["swap_dateline"]
    loan, = of(found["claims"], "Loan")
    assert {loan["lender"], loan["borrower"]} == {"central-bank-of-kenya", "people-s-bank-of-china"}, loan
    assert loan["value"] == "up to USD 5 billion"
    bank = found["entities"]["central-bank-of-kenya"]
    assert (bank["label"], bank["of"]) == ("Central Bank of Kenya", "kenya"), bank
    assert "central-bank" not in found["entities"] and of(found["claims"], "Agreement") == []


@pytest.mark.parametrize("name", ["cooperation", "prisoner_swap"])
def test_other_agreements_are_no_loans(drafts, name):
    claims = drafts[name]["claims"]
    assert of(claims, "Loan") == []
    assert len(of(claims, "Agreement")) == 1, claims


# -- a portfolio of two fields ---------------------------------------------------------------------

@pytest.mark.parametrize("name, holder, state, title", [
    ("two_fields", "john-enoh", "nigeria", "Youth and Sports Minister"),
    ("mines", "rui-camargo", "brazil", "Mines and Energy Minister"),
])
def test_a_portfolio_of_two_fields_is_one_title(drafts, name, holder, state, title):
    found = drafts[name]
    post, = of(found["claims"], "PositionHeld")
    assert (post["holder"], post["positionOf"], post["title"], post["position"]) == (holder, state, title, "minister")
    assert of(found["claims"], "OrganisationCountry") == []
    assert not any(e["type"] == "Organisation" for e in found["entities"].values()), found["entities"]


def test_one_field_stays_as_found(drafts):
    found = drafts["one_field"]
    post, = of(found["claims"], "PositionHeld")
    assert (post["holder"], post["positionOf"]) == ("ali-ruto", "kenya")
    assert not any(e["type"] == "Organisation" for e in found["entities"].values()), found["entities"]


# -- one office told twice -------------------------------------------------------------------------

def test_a_bare_title_later_is_the_same_office(drafts):
    posts = of(drafts["office_twice"]["claims"], "PositionHeld")
    assert [p["quote"] for p in posts] == ["US Treasury Secretary Tom Reyes", "Secretary Reyes"], posts
    assert {p["fact"] for p in posts} == {"position-tom-reyes-united-states-department-of-the-treasury-minister"}


def test_a_bare_title_alone_names_no_body(drafts):
    posts = of(drafts["bare_only"]["claims"], "PositionHeld")
    assert all(p.get("positionOf") != "united-states-department-of-the-treasury" for p in posts), posts


# -- two speakers, a measure harmed ----------------------------------------------------------------

def _emergency(claims) -> str:
    rule, = of(claims, "EmergencyRule")
    return rule["fact"]


def test_the_second_speaker_s_criticism_is_its_own(drafts):
    claims = drafts["two_speakers"]["claims"]
    criticism, = of(claims, "Criticism")
    assert (criticism["speaker"], criticism["aboutFact"]) == ("national-ombudsman", _emergency(claims)), criticism
    assert criticism["subject"] == "it weakens the rule of law"
    assert criticism.get("said_by") in (None, "national-ombudsman") and "Student" not in criticism["quote"]


def test_it_is_what_its_own_sentence_named_before(drafts):
    claims = drafts["two_speakers_later"]["claims"]
    criticism, = of(claims, "Criticism")
    assert criticism["aboutFact"] == _emergency(claims), claims


def test_a_measure_said_to_harm_the_law_is_criticised(drafts):
    claims = drafts["harm_named"]["claims"]
    criticism, = of(claims, "Criticism")
    assert (criticism["speaker"], criticism["aboutFact"]) == ("amnesty-international", _emergency(claims))


@pytest.mark.parametrize("name", ["harm_denied", "harm_other", "harm_actor"])
def test_no_criticism_of_the_measure_without_a_harm_to_it(drafts, name):
    claims = drafts[name]["claims"]
    assert not any(c.get("aboutFact") for c in of(claims, "Criticism")), claims


# -- an expectation, a court's ruling --------------------------------------------------------------

def test_an_expectation_of_others_acts_is_a_forecast_said_before(drafts):
    said, = of(drafts["expected"]["claims"], "Statement")
    assert (said["speaker"], said["modality"]) == ("ana-duarte", "predicted"), said
    assert not said["fact"].endswith("2031-05-02"), said  # "had said": not on the report's day


def test_an_expectation_of_one_s_own_act_stays_planned(drafts):
    said, = of(drafts["expected_own"]["claims"], "Statement")
    assert said["modality"] == "planned", said


def test_a_court_s_rejection_is_asserted(drafts):
    rejection, = of(drafts["court"]["claims"], "Rejection")
    assert rejection["speaker"] == "court-of-arbitration-for-sport"
    assert "modality" not in rejection and "said_by" not in rejection, rejection


def test_a_request_rejected_after_a_semicolon_was_made(drafts):
    claims = drafts["asked_then_rejected"]["claims"]
    appeal, = of(claims, "Appeal")
    assert (appeal["speaker"], appeal.get("modality")) == ("peru", "reported"), appeal  # asked, not denied by Chile
    rejection, = of(claims, "Rejection")
    assert rejection["speaker"] == "chile"


def test_a_party_s_rejection_stays_reported(drafts):
    rejection, = of(drafts["not_court"]["claims"], "Rejection")
    assert rejection.get("modality") == "reported", rejection


# -- an embassy, a bloc ----------------------------------------------------------------------------

def test_an_embassy_named_with_its_city_speaks_for_its_state(drafts):
    claims = drafts["embassy"]["claims"]
    accusation, = of(claims, "Accusation")
    rejection, = of(claims, "Rejection")
    assert rejection["speaker"] == {"actor": "unnamed embassy in Oslo", "for": "russia"}, rejection
    assert rejection["about"] == accusation["fact"], rejection


def test_the_bloc_of_the_speaker_s_sentence_condemns(drafts):
    criticism, = of(drafts["bloc"]["claims"], "Criticism")
    assert (criticism["speaker"], criticism["said_by"]) == ("european-union", "kaja-kallas"), criticism


def test_a_bloc_no_sentence_names_stays_unread(drafts):
    claims = drafts["bloc_unnamed"]["claims"]
    assert not any(c.get("speaker") in ("european-union", "nato") for c in of(claims, "Criticism")), claims
