"""Three kinds of news the model could not hold without loss, each an invented article
written for this project (tests/data/model-v2-loan, model-v2-sea-clash,
model-v2-bloc-exit; their READMEs): a lending programme with its tranches, review,
grace period and an extension; a confrontation at sea with a boarding and seizure,
injuries, a resupply to a grounded ship, a rescue, characterisations of a reef and a
ship, and decorations; states leaving a bloc to found their own, with a transition
period, extended mandates and what the exit did. Built by the real ``kg build`` and
read back through the canned queries; bad claims are refused with exit 2, naming file,
claim, line and key, and leave the store as it was.
"""

from __future__ import annotations

import pytest
from casefiles import assert_refused, built_with_claims, with_claims
from conftest import ROOT, built_once, kg_cli, query_rows, sparql_rows
from test_model_v2_round6 import values

DATA = ROOT / "tests" / "data"
LOAN, SEA, BLOC = DATA / "model-v2-loan", DATA / "model-v2-sea-clash", DATA / "model-v2-bloc-exit"
LOAN_CLAIMS = "claims/x01_northern-fund-brelia-loan.yaml"
SEA_CLAIMS = "claims/x01_kessel-reef-boarding.yaml"
BLOC_CLAIMS = "claims/x01_inland-states-leave-western-union.yaml"
NEW_LOAN = "loan-northern-fund-brelia-2031"


@pytest.fixture(scope="module")
def loan(tmp_path_factory):
    return built_once(tmp_path_factory, LOAN)


@pytest.fixture(scope="module")
def sea(tmp_path_factory):
    return built_once(tmp_path_factory, SEA)


@pytest.fixture(scope="module")
def bloc(tmp_path_factory):
    return built_once(tmp_path_factory, BLOC)


@pytest.mark.parametrize("case", ["loan", "sea", "bloc"])
def test_each_case_validates_with_shacl_and_hermit(case, request):
    out = kg_cli("validate", "--store", request.getfixturevalue(case), check=0).stdout
    assert "conforms" in out and "does NOT conform" not in out and "HermiT" in out


# -- a loan, its tranches and its review ---------------------------------------------------

def test_loans_show_lender_borrower_terms_stages_tranches_and_reviews(loan):
    rows = {r["fact"]: r for r in query_rows(loan, "loans")}
    assert list(rows) == ["loan-northern-fund-brelia-2027", "loan-ostravia-state-bank-brelia-2030", NEW_LOAN]
    new = rows[NEW_LOAN]
    assert {k: new[k] for k in ("date", "lender", "borrower", "value", "currency", "term", "grace_period", "repayment",
                                "rate", "approved_by", "stages", "tranches", "reviews", "terms", "said_by")} == {
        "date": "2031-09-12", "lender": "Northern Fund", "borrower": "Brelia", "value": "8000000000", "currency": "USD",
        "term": "3 years", "grace_period": "4 years 6 months", "repayment": "10 years", "rate": "4 percent",
        "approved_by": "executive board of the Northern Fund",
        "stages": "adopted 2031-09-12 (executive board of the Northern Fund)",
        "tranches": "1: 3000000000 USD, 2031-09-12; "
                    "2: about 1500000000 USD, after review-northern-fund-brelia-2031-1 (planned)",
        "reviews": "1: 2031-12 (planned)", "terms": "indicator-brelia-budget-deficit-2033",
        "said_by": "finance ministry of Brelia"}
    old = rows["loan-northern-fund-brelia-2027"]
    assert (old["value"], old["stages"], old["extended_by"]) == (
        "12000000000", "extended 2031-09-12 (executive board of the Northern Fund)", "2 years")
    # 'last year', read against the article's date, with its words.
    assert rows["loan-ostravia-state-bank-brelia-2030"]["date"] == "2030-01-01/2030-12-31 (last year)"


def test_loans_of_a_state_include_its_state_bank(loan):
    assert [r["fact"] for r in query_rows(loan, "loans", party="Ostravia")] == ["loan-ostravia-state-bank-brelia-2030"]
    assert len(query_rows(loan, "loans", party="Brelia")) == 3


def test_the_series_an_ordinal_counts_in_is_kept_apart_from_the_description(tmp_path):
    store = built_with_claims(LOAN, LOAN_CLAIMS, tmp_path, [
        ("{id: x1, fact: loan-northern-fund-brelia-2027, type: Loan, ordinal: 3, series: Fund loans to Brelia, "
         "description: outstanding debt, quote: \"Brelia already owes the Fund $12 billion\"}")])
    fact = "loan-northern-fund-brelia-2027"
    assert (values(store, fact, "ordinal"), values(store, fact, "series"), values(store, fact, "description")) == (
        {"3"}, {"Fund loans to Brelia"}, {"outstanding debt"})


def test_agreements_show_a_sum_a_dated_status_and_whose_the_unnamed_parties_are(loan, tmp_path):
    staff = {r["fact"]: r for r in query_rows(loan, "agreements")}["agreement-northern-fund-brelia-staff-level-2031-08"]
    assert staff["parties"] == "unnamed officials (Brelia), unnamed staff (Northern Fund)"
    store = built_with_claims(LOAN, LOAN_CLAIMS, tmp_path, [
        ("{id: x1, fact: agreement-x, type: Agreement, party: [Brelia, Northern Fund], value: USD 20 billion, "
         f"stage: {{status: adopted, date: 2031-09-12}}, {LOAN_QUOTE}}}")])
    deal = {r["fact"]: r for r in query_rows(store, "agreements")}["agreement-x"]
    assert (deal["amount"], deal["status"]) == ("20000000000 USD", "adopted on 2031-09-12")


def test_a_change_in_words_keeps_its_direction_and_bounds(tmp_path):
    # 'Some economists warned that the currency could drop by 20 to 25 percent'; 'inflation has fallen'.
    quote = 'quote: "Brelia already owes the Fund $12 billion"'
    store = built_with_claims(LOAN, LOAN_CLAIMS, tmp_path, [
        ("{id: x1, fact: supply-x, type: Supply, supplier: Brelia, recipient: Northern Fund, item: currency, "
         f"changePercent: drop by 20 to 25 percent, modality: reported, said_by: unnamed economists, hedged: true, {quote}}}"),
        f"{{id: x2, fact: supply-y, type: Supply, supplier: Brelia, recipient: Northern Fund, changePercent: fallen, {quote}}}",
        f"{{id: x3, fact: supply-z, type: Supply, supplier: Brelia, recipient: Northern Fund, changePercent: up 3 percent, {quote}}}"])
    rows = sparql_rows(store, """SELECT ?f ?words ?least ?most ?vague WHERE { ?x gkg:changePercentBounds ?b ; rdfs:label ?f .
        ?b rdfs:label ?words . OPTIONAL { ?b schema:minValue ?least } OPTIONAL { ?b schema:maxValue ?most }
        OPTIONAL { ?b gkg:vague ?vague } } ORDER BY ?f""")
    assert [(r["f"], r["words"], r["least"], r["most"], r["vague"]) for r in rows] == [
        ("supply-x", "drop by 20 to 25 percent", -25, -20, None), ("supply-y", "fallen", None, 0, True)]
    assert values(store, "supply-z", "changePercent") == {"3"}
    changes = {r["fact"]: r["change_percent"] for r in query_rows(store, "supplies", party="Brelia")}
    assert changes == {"supply-x": "drop by 20 to 25 percent", "supply-y": "fallen", "supply-z": "3"}


def test_the_tranche_waits_for_the_review_it_is_dated_after(loan):
    rows = sparql_rows(loan, """SELECT ?after ?earliest WHERE { fact:disbursement-northern-fund-brelia-2031-2
        gkg:relativeDate/gkg:afterFact/rdfs:label ?after ; gkg:dateEarliest ?earliest }""")
    assert [(r["after"], str(r["earliest"])) for r in rows] == [("review-northern-fund-brelia-2031-1", "2031-12-01")]


LOAN_QUOTE = 'quote: "The board on Friday extended the repayment of that loan by two years."'


@pytest.mark.parametrize("claim, message", [
    (f"{{id: x, fact: loan-x, type: Loan, lender: Northern Fund, value: USD 1 billion, {LOAN_QUOTE}}}",
     "fact 'loan-x' (Loan): a loan names who borrows (borrower); it has none"),
    (f"{{id: x, fact: tranche-x, type: Disbursement, value: USD 1 billion, {LOAN_QUOTE}}}",
     "fact 'tranche-x' (Disbursement): a disbursement names who pays it out (lender) or who receives it (borrower)"),
    (f"{{id: x, fact: tranche-x, type: Disbursement, borrower: Brelia, gracePeriod: two years, {LOAN_QUOTE}}}",
     "key 'gracePeriod' does not apply to a Disbursement: its domain is DebtRestructuring or Loan"),
    (f"{{id: x, fact: loan-northern-fund-brelia-2027, type: Loan, gracePeriod: more than a while, {LOAN_QUOTE}}}",
     "gracePeriod: invalid duration 'more than a while'"),
    (f"{{id: x, fact: loan-northern-fund-brelia-2027, type: Loan, stage: {{status: prolonged}}, {LOAN_QUOTE}}}",
     "prolonged"),
    (f"{{id: x, fact: loan-northern-fund-brelia-2027, type: Loan, changePercent: sharply, {LOAN_QUOTE}}}",
     "changePercent: expected a number, or a direction and a figure in percent such as 'drop by 20 to 25 percent'"),
    (f"{{id: x, fact: loan-northern-fund-brelia-2027, type: Loan, changePercent: drop by 20 tonnes, {LOAN_QUOTE}}}",
     "changePercent: a change is in percent: '20 tonnes' is not"),
])
def test_bad_loan_claims_are_refused_and_the_store_is_unchanged(loan, tmp_path, claim, message):
    assert_refused(LOAN, LOAN_CLAIMS, loan, tmp_path, claim, message)


def test_minutes_an_hour_and_a_half_are_durations(loan, tmp_path):
    store = built_with_claims(LOAN, LOAN_CLAIMS, tmp_path, [
        ("{id: x1, fact: review-x, type: ProgrammeReview, reviewer: Northern Fund, duration: half an hour, "
         f"date: {{after: {NEW_LOAN}, delay: within minutes}}, {LOAN_QUOTE}}}"),
        f"{{id: x2, fact: review-y, type: ProgrammeReview, partOf: {NEW_LOAN}, duration: an hour, {LOAN_QUOTE}}}",
        f"{{id: x3, fact: review-z, type: ProgrammeReview, partOf: {NEW_LOAN}, duration: within an hour, {LOAN_QUOTE}}}"])
    assert values(store, "review-x", "duration") == {"PT30M"}
    assert values(store, "review-y", "duration") == {"PT1H"}
    assert values(store, "review-z", "maxDuration") == {"PT1H"} and values(store, "review-z", "duration") == set()
    delay = sparql_rows(store, """SELECT ?most ?words WHERE { fact:review-x gkg:relativeDate ?r .
        ?r gkg:maxDelay ?most ; gkg:delayLabel ?words }""")
    assert [(str(r["most"]), r["words"]) for r in delay] == [("PT1H", "within minutes")]


# -- a confrontation at sea ----------------------------------------------------------------

SEIZURE = "seizure-zedland-coast-guard-ostravian-boats-2031-06-16"


def test_the_boarding_is_a_seizure_of_seven_rifles_from_the_navy(sea):
    rows = {r["fact"]: r for r in query_rows(sea, "facts", type="Seizure")}
    assert list(rows) == [SEIZURE]
    assert (rows[SEIZURE]["participants"], rows[SEIZURE]["details"], rows[SEIZURE]["modality"]) == (
        "Ostravian navy, unnamed coast guard personnel (Zedland coast guard)", "item: rifles; place: Kessel Reef; quantity: 7",
        "reported")
    assert values(sea, SEIZURE, "seizedFrom") == {"Ostravian navy"}


def test_the_injuries_show_in_casualties_with_their_kind(sea):
    [row] = query_rows(sea, "casualties")
    assert (row["parties"], row["targets"], row["wounded"], row["victims"]) == (
        "unnamed coast guard personnel (Zedland coast guard)", "Ostravian navy", "8",
        "injury: lost his right thumb; wounded: 8 unnamed sailors (Ostravia)")


def test_a_reef_and_a_ship_are_characterised_and_a_supply_reaches_the_ship(sea):
    rows = sparql_rows(sea, """SELECT ?what ?category WHERE { ?c a gkg:Characterisation ; gkg:characterised/rdfs:label ?what ;
        gkg:category ?category } ORDER BY ?what ?category""")
    assert [(r["what"], r["category"]) for r in rows] == [
        ("Aurora", "a grounded warship that Ostravia keeps on the reef as an outpost"),
        ("Kessel Reef", "Hong Jiao"), ("Kessel Reef", "disputed")]
    [supply] = query_rows(sea, "supplies", party="Aurora")
    assert (supply["supplier"], supply["recipient"], supply["item"]) == ("Ostravian navy", "to Aurora", "food and water")


def test_a_rescue_by_a_carrier_and_an_award_to_eighty(sea):
    [trip] = query_rows(sea, "journeys")
    assert (trip["kind"], trip["traveller"], trip["origin"], trip["destination"]) == (
        "rescue", "8 unnamed injured sailors of Ostravia", None, None)
    award = "award-mira-holt-ostravian-personnel-2031-06-18"
    assert values(sea, award, "awardedBy") == {"Mira Holt"}
    counted = sparql_rows(sea, f"""SELECT ?n ?part WHERE {{ fact:{award} gkg:awardee ?g . ?g gkg:count ?n .
        ?p gkg:subgroupOf ?g ; rdfs:label ?part }}""")
    assert counted == [{"n": 80, "part": "1 unnamed sailor who lost his thumb"}]


SEA_QUOTE = 'quote: "An Ostravian navy vessel later picked up the injured sailors."'


@pytest.mark.parametrize("claim, message", [
    (f"{{id: x, fact: seizure-x, type: Seizure, perpetrator: Zedland coast guard, {SEA_QUOTE}}}",
     ("fact 'seizure-x' (Seizure): a seizure names what was seized or boarded (seized, or item in words) "
     "or whose it was (seizedFrom)")),
    (f"{{id: x, fact: seizure-x, type: Seizure, seized: Kessel Reef, {SEA_QUOTE}}}", "seized"),
    (f"{{id: x, fact: award-x, type: Award, awardedBy: Mira Holt, awardName: Medal of Valour, {SEA_QUOTE}}}",
     "fact 'award-x' (Award): an award names who received it (awardee); it has none"),
    (f"{{id: x, fact: rescue-x, type: Rescue, traveller: unnamed sailors, {SEA_QUOTE}}}",
     "a rescue says where from (origin, or the vessel left, originAsset), where to (destination) or who carried them"),
    (f"{{id: x, fact: meeting-x, type: Meeting, participant: [Zedland, Ostravia], injury: burns, {SEA_QUOTE}}}",
     "key 'injury' does not apply to a Meeting"),
])
def test_bad_sea_claims_are_refused_and_the_store_is_unchanged(sea, tmp_path, claim, message):
    assert_refused(SEA, SEA_CLAIMS, sea, tmp_path, claim, message)


# -- states leaving a bloc and founding their own ------------------------------------------

def test_an_extended_mandate_is_a_dated_stage_with_how_long(bloc):
    assert [(r["fact"], r["date"], r["status"], r["party"]) for r in query_rows(bloc, "stages")] == [
        ("mediation-western-union-mediators", "2032-01-22", "extended", "Western Union")]
    assert values(bloc, "mediation-western-union-mediators", "extendedBy") == {"P6M"}


def test_the_exit_its_transition_period_and_what_it_did(bloc):
    exit_ = "withdrawal-tarsia-kessel-vellmark-western-union-2032"
    assert values(bloc, exit_, "withdrawing") == {"Tarsia", "Kessel", "Vellmark"}
    assert values(bloc, exit_, "effectiveDate") == {"2032-07-29"}
    assert values(bloc, exit_, "outcome") == {"has split the regional bloc"}
    period = {r["fact"]: r for r in query_rows(bloc, "facts", type="ExecutiveAction")}
    assert period["decision-western-union-transition-period-2032"]["dates"] == "2032-01-22/2032-07-29"
    founded = {r["fact"]: r for r in query_rows(bloc, "facts", type="Founding")}
    assert founded["founding-alliance-of-inland-states-2031-09"]["participants"] == \
        "Alliance of Inland States, Kessel, Tarsia, Vellmark"
    [summit] = query_rows(bloc, "meetings", organiser="Western Union")
    assert (summit["participants"], summit["place"]) == ("unnamed leaders (Western Union)", "Port Vale")


def test_an_extension_without_a_length_and_an_unknown_status_are_refused(tmp_path):
    quote = "quote: \"They also extended the mandates of the union's mediators by six months.\""
    path, first = with_claims(BLOC, BLOC_CLAIMS, tmp_path, [
        f"{{id: x1, fact: mediation-western-union-mediators, type: Mediation, extendedBy: more than a while, {quote}}}",
        f"{{id: x2, fact: mediation-western-union-mediators, type: Mediation, status: lengthened, {quote}}}"])
    proc = kg_cli("ingest", "--dry-run", path, check=2)
    assert f"{path.name}: claim 'x1' (line {first}): extendedBy: invalid duration 'more than a while'" in proc.stderr, proc.stderr
    assert f"{path.name}: claim 'x2' (line {first + 1}): " in proc.stderr and "lengthened" in proc.stderr
