"""The canned queries on newcomers' articles, an attack on a ship (tests/data/model-v2-strike-first)
and a summit (tests/data/model-v2-summit): what a reader of their claims expects back,
through the real ``kg build`` and ``kg query``."""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, built_once, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "model-v2-strike-first"
SUMMIT = ROOT / "tests" / "data" / "model-v2-summit"
CONVICTION = ROOT / "tests" / "data" / "model-v2-conviction"
ATTACK = "attack-houthis-true-confidence-2024-03-06"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return built_once(tmp_path_factory, CASE)


@pytest.fixture(scope="module")
def conviction(tmp_path_factory):
    return built_once(tmp_path_factory, CONVICTION)


@pytest.fixture(scope="module")
def summit(tmp_path_factory):
    return built_once(tmp_path_factory, SUMMIT)


def test_two_ordinals_of_one_attack_in_different_series_are_no_conflict(store):
    """"The first deadly attack" of the campaign and "the fifth missile in two days" are
    two series, not two sources disagreeing on one number."""
    described = query_rows(store, "facts", type="Attack")
    assert ATTACK in {r["fact"] for r in described}
    assert query_rows(store, "conflicts", fact=ATTACK) == []


def test_profile_shows_the_roles_each_quoted_claim_states(store):
    """The ship is the target in the claims that name it; the other claims of the attack
    (a casualty figure, the launch time) show the fact's role in parentheses."""
    rows = [r for r in query_rows(store, "profile", entity="True Confidence") if r["fact"] == ATTACK]
    assert len(rows) == 9
    by_quote = {r["quote"]: r["role"] for r in rows}
    assert by_quote["The Barbados-flagged, Liberian-owned vessel was hit about 50 nautical miles south-west of Aden and caught fire."] == "target"
    assert by_quote["At least four other crew members were wounded, three of them critically, Central Command said"] == "(target)"
    assert sorted(r["role"] for r in rows).count("target") == 3


def test_profile_of_a_speaker_says_which_claims_they_made(store):
    """Only the quote Saree is credited with says "said by"; the attack's other quotes
    are other speakers' and keep the fact's role in parentheses."""
    rows = [r for r in query_rows(store, "profile", entity="Yahya Saree") if r["fact"] == ATTACK]
    said = [r["said_by"] for r in rows if r["role"] == "said by"]
    assert said == ["Yahya Saree"]
    assert {r["role"] for r in rows if r["role"] != "said by"} == {"(said by)"}


def test_meetings_dated_relative_to_another_fact_show_its_days_host_and_bounded_duration(summit):
    """The car talk is dated {during: the car ride}, the hour-long meeting {after: it}: each
    shows the days it lies between (earliest/latest; one day where both are the same); the summit shows its host, the car
    talk its duration in the source's words ("more than 45 minutes")."""
    rows = {r["fact"]: r for r in query_rows(summit, "meetings")}
    car = rows["meeting-modi-putin-car-2025-09-01"]
    assert (car["date"], car["duration"]) == ("2025-09-01", "more than 45 minutes")
    after = rows["meeting-narendra-modi-vladimir-putin-2025-09-01"]
    assert (after["date"], after["duration"]) == ("after 2025-09-01", "1 hour")
    assert rows["meeting-sco-summit-tianjin-2025"]["host"] == "Xi Jinping"
    assert rows["meeting-sco-summit-tianjin-2025"]["chair"] == "China"


def test_journeys_dated_after_another_fact_show_the_earliest_day(store):
    """The crew's trip to Djibouti is dated {after: the attack}: from its day, open-ended, said in words."""
    rows = {r["fact"]: r["date"] for r in query_rows(store, "journeys")}
    assert rows["travel-crew-true-confidence-djibouti-2024-03"] == "after 2024-03-06"


def test_tariffs_name_the_party_an_authority_acts_for(conviction):
    """{actor: Donald Trump, for: United States} levies the tariff on Brazil's goods."""
    rows = query_rows(conviction, "tariffs")
    assert [(r["authority"], r["target"], r["since"]) for r in rows] == [("Donald Trump for United States", "Brazil", "2025-07")]
    assert [r["fact"] for r in query_rows(conviction, "tariffs", authority="United States")] == [rows[0]["fact"]]


def test_tariffs_since_a_date_counted_before_another_fact(tmp_path):
    """An effective date 'before the trial' ({before: <fact>}) is shown as such, not empty."""
    corpus = tmp_path / "cases"
    shutil.copytree(CONVICTION, corpus)
    claims = next((corpus / "claims").glob("*.yaml"))
    text = claims.read_text(encoding="utf-8")
    old = "    rate: 50 percent\n    date: 2025-07\n"
    assert old in text
    claims.write_text(text.replace(old, "    rate: 50 percent\n    effectiveDate: {before: trial-stf-bolsonaro-coup-2025}\n"), encoding="utf-8")
    store = tmp_path / "kg-store"
    kg_cli("build", "--corpus", corpus, "--store", store, check=0)
    assert [r["since"] for r in query_rows(store, "tariffs")] == ["before trial-stf-bolsonaro-coup-2025"]


def test_visits_show_a_first_visit_in_a_span_of_years(summit):
    """"His first visit to China in seven years" is firstSince: 7 years, a span back."""
    rows = {r["fact"]: r for r in query_rows(summit, "visits")}
    assert (rows["visit-narendra-modi-china-2025-08"]["ordinal"], rows["visit-narendra-modi-china-2025-08"]["first_since"]) == (1, "in 7 years")


def test_legal_actions_show_the_sentence_length_counts_and_ordinal(conviction):
    """Sentenced "to 27 years and three months in prison" on "all five counts", "the first
    former Brazilian president to be convicted of attempting a coup"."""
    [row] = [r for r in query_rows(conviction, "legal-actions", target="Jair Bolsonaro") if r["fact"] == "conviction-stf-bolsonaro-coup-2025-09-11"]
    assert (row["sentence"], row["figures"], row["ordinal"]) == (
        "prison, 27 years 3 months", "5 counts", "1 (former Brazilian presidents convicted of attempting a coup)")
    assert row["vote"] == "conviction, 4-1"


def test_facts_of_an_attack_give_its_place_time_of_day_and_stated_reason(store):
    [row] = [r for r in query_rows(store, "facts", type="Attack") if r["fact"] == ATTACK]
    details = row["details"].split("; ")
    for part in ("place: Gulf of Aden", "part of place: about 50 nautical miles south-west of Aden",
                 "time of day label: about 11:30+03:00", "reason: the ship's crew rejected warning messages from the rebels"):
        assert part in details


def test_facts_of_a_characterisation_give_its_category(conviction):
    rows = {r["fact"]: r for r in query_rows(conviction, "facts", type="Characterisation")}
    rubio = rows["characterisation-rubio-bolsonaro-trial-witch-hunt"]
    assert (rubio["details"], rubio["links"]) == ("category: witch hunt", "characterised (a fact): conviction-stf-bolsonaro-coup-2025-09-11")


def test_facts_name_the_party_an_unnamed_actor_acts_for(store):
    rows = {r["fact"]: r for r in query_rows(store, "facts", type="Attack")}
    assert rows["attack-united-states-hudaydah-airport-2024-03-06"]["participants"] == "unnamed U.S.-led forces (for United States)"


def test_timeline_says_a_party_had_no_part_in_a_role(conviction):
    """"He did not attend the hearings" ({participant: {not: Jair Bolsonaro}}) is "not
    participant" beside his role as the trial's target, never a plain participant."""
    rows = {r["fact"]: r for r in query_rows(conviction, "timeline", entity="Jair Bolsonaro")}
    assert rows["trial-stf-bolsonaro-coup-2025"]["role"] == "not participant, target"


def test_facts_show_what_speakers_call_something_and_what_they_deny_it_is(summit):
    """"India and China are development partners, not rivals": two characterisations by
    the two leaders, the second denied; `facts` shows each label in its details."""
    rows = by_fact(query_rows(summit, "facts", type="Characterisation"))
    partners = rows["characterisation-india-china-development-partners-2025-08-31"]
    rivals = rows["characterisation-india-china-rivals-2025-08-31"]
    assert "development partners" in partners["details"] and "rivals" in rivals["details"]
    assert "denied" in rivals["modality"] and "denied" not in partners["modality"]

LOAN_RECHECK = ROOT / "tests" / "data" / "newcomer-recheck-imf-loan"


@pytest.fixture(scope="module")
def imf_loan(tmp_path_factory):
    return built_once(tmp_path_factory, LOAN_RECHECK)


def test_indicators_show_a_change_in_percent_and_a_hedged_claim(imf_loan):
    """A fall in words alone ("inflation has fallen") is at most 0 percent; "could drop by
    20 to 25 percent" is the signed range -25 to -20, and the article hedges it."""
    rows = by_fact(query_rows(imf_loan, "indicators", state="Argentina"))
    fallen = rows["indicator-argentina-inflation-fall-since-2023"]
    assert (fallen["change_percent"], fallen["value"], fallen["modality"]) == ("at most 0 (fallen)", None, "asserted")
    drop = rows["indicator-argentina-peso-possible-drop-2025-04"]
    assert {k: drop[k] for k in ("indicator", "change_percent", "said_by", "modality")} == {
        "indicator": "value of the peso", "change_percent": "-25 to -20 (drop by 20 to 25 percent)",
        "said_by": "some unnamed economists", "modality": "reported, hedged"}
    # An indicator with a figure and no change keeps its columns as before.
    debt = rows["indicator-argentina-debt-to-imf-2025-04"]
    assert (debt["value"], debt["unit"], debt["change_percent"]) == ("44000000000", "USD", None)


def test_loans_tie_each_term_to_who_gave_it_with_purpose_and_series(imf_loan):
    """The grace period is Xinhua's alone and the purpose Luis Caputo's: each term names
    its own speaker rather than every speaker of the loan; the sum and the term, in the
    article's own voice, name no one. "The 23rd time" keeps the series it counts in."""
    row = by_fact(query_rows(imf_loan, "loans", party="Argentina"))["loan-imf-argentina-eff-2025"]
    assert {k: row[k] for k in ("value", "currency", "term", "grace_period", "purpose", "ordinal", "said_by", "figures_by")} == {
        "value": "20000000000", "currency": "USD", "term": "4 years", "grace_period": "4 years 6 months",
        "purpose": "recapitalise the central bank",
        "ordinal": "23: IMF bailouts of Argentina since it joined the Fund in 1956",
        "said_by": "Luis Caputo, Xinhua", "figures_by": "Luis Caputo: purpose; Xinhua: grace period"}
    # "A 2018 loan agreement, the largest in the lender's history": its place in a ranking.
    earlier = by_fact(query_rows(imf_loan, "loans"))["loan-imf-argentina-2018"]
    assert (earlier["date"], earlier["ranked"], earlier["ordinal"]) == ("2018", "1: the largest loan agreement in the IMF's history", None)


def test_supporters_count_a_loan_to_the_government_as_a_loan(imf_loan):
    """The IMF lends to Argentina twice (2018, 2025): one supporter row marked "loan"
    with both loans; the World Bank's package stays economic support, shown with its
    status and sum (a pledge, not aid given)."""
    rows = {r["supporter"]: r for r in query_rows(imf_loan, "supporters", state="Argentina")}
    imf = rows["International Monetary Fund"]
    assert (imf["how"], imf["facts"], imf["fact_ids"]) == ("loan", 2, "loan-imf-argentina-2018, loan-imf-argentina-eff-2025")
    assert rows["World Bank"]["how"] == "economic (promised, about USD 12 billion)"


SAHEL_RECHECK = ROOT / "tests" / "data" / "newcomer-recheck-sahel-exit"


@pytest.fixture(scope="module")
def sahel_exit(tmp_path_factory):
    return built_once(tmp_path_factory, SAHEL_RECHECK)


def test_stages_name_unnamed_parties_with_whom_they_are_of(sahel_exit):
    """"West African leaders accepted" the exit: the stage's party is unnamed leaders of
    ECOWAS, and asking for ECOWAS's stages finds them through those leaders."""
    rows = query_rows(sahel_exit, "stages", party="ECOWAS")
    assert [(r["fact"], r["date"], r["status"], r["party"]) for r in rows] == [
        ("mediation-faye-gnassingbe-sahel-states", "2024-12-15", "extended", "unnamed leaders (Economic Community of West African States)"),
        ("withdrawal-mali-burkina-faso-niger-ecowas-2024", "2024-12-15", "accepted", "unnamed leaders (Economic Community of West African States)")]


SHOAL_RECHECK = ROOT / "tests" / "data" / "newcomer-recheck-shoal"


@pytest.fixture(scope="module")
def shoal(tmp_path_factory):
    return built_once(tmp_path_factory, SHOAL_RECHECK)


def test_casualties_show_the_outcome_with_who_says_so(shoal):
    """China's coast guard says the Philippine ship approached "causing a collision": the
    outcome is theirs, beside the eight wounded the article counts."""
    [row] = query_rows(shoal, "casualties", party="China")
    assert (row["fact"], row["wounded"], row["outcome"]) == (
        "attack-china-coast-guard-philippine-navy-2024-06-17", "8", "a collision (said by China Coast Guard)")


def test_journeys_show_the_carrier_of_a_rescue(shoal):
    """"Rescued by a Philippine coast guard ship": the rescue's carrier, an unnamed ship of
    the Philippine Coast Guard; the visit has none."""
    rows = by_fact(query_rows(shoal, "journeys"))
    rescue = rows["rescue-philippine-sailors-2024-06-17"]
    assert (rescue["kind"], rescue["carrier"]) == ("rescue", "unnamed coast guard ship (Philippine Coast Guard)")
    assert rows["visit-ferdinand-marcos-jr-western-command-2024-06-23"]["carrier"] is None


def test_facts_show_outcome_subject_and_the_end_of_a_dated_decision(sahel_exit):
    """The leaders' decision of 15 December sets a transition period until 29 July; the
    year-long dispute "has split the regional bloc"."""
    rows = by_fact(query_rows(sahel_exit, "facts", type="ExecutiveAction"))
    decision = rows["decision-ecowas-transition-period-2025"]
    assert (decision["dates"], decision["details"]) == ("2024-12-15 / until 2025-07-29",
                                                           "action type: decision; subject: transition period")
    dispute = by_fact(query_rows(sahel_exit, "facts", participant="Mali"))["dispute-ecowas-mali-burkina-faso-niger-2024"]
    # a duration shows in words beside the words of the fact ("year-long": approximate)
    assert dispute["details"] == "description: dispute; duration: about 1 year; outcome: has split the regional bloc; status: ended"


def test_facts_date_an_award_given_during_a_visit(shoal):
    """Marcos decorated the crew during his visit of 23 June: the award's date is that day,
    named by the visit it fell in."""
    [award] = query_rows(shoal, "facts", type="Award")
    assert (award["fact"], award["dates"]) == (
        "award-marcos-decorations-2024-06-23", "2024-06-23 (during visit-ferdinand-marcos-jr-western-command-2024-06-23)")
