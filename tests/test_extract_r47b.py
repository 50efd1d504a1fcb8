"""Rule set 47, part b: appeals, agreements beside the main one and tariff rates, through
the real ``kg extract`` on invented sentences, each beside look-alikes that must draft
nothing of the kind:

- appeals to a generic addressee ("urged governments to help", "urged the authorities to
  act": said by the speaker, no recipient invented), in the present tense ("asks the
  Ministry of Finance to publish"), by a document ("the resolution calls on Peru": the body
  that adopted it; none named, no appeal), by a state's unnamed embassy ("Chile's embassy had
  asked the Peruvian authorities for help") and in reported speech with 'should' ("China
  told Peru that Chile should withdraw ...", "warned that Chile should ...");
- agreements beside the main one: papers counted, "the parties agreed to resume flights",
  a treaty agreed to be signed later, a named programme two sides adopt, a convention
  agreed alongside, another agreement doing something, a compromise reached, the truce
  that ended a fighting, an agreement named by where and when it was reached;
- tariff rates from one level to another ("halved from 120% to 60%": the new rate and
  the old one, superseded), borne by named firms ("the average tariff faced by Chilean
  firms exporting to Peru"), and goods let in free of duty.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The publication day of every article here, a Wednesday.
DAY = "2030-05-22"
MONDAY_BEFORE = "2030-05-20"
SIGNED = "Peru and Chile signed a trade agreement in Lima on Monday. "

ARTICLES = {
    # 1. appeals
    "urged_generic": "Amnesty International urged governments to help enforce the warrants.",
    "urged_authorities": "Amnesty International urged the authorities to act.",
    "urged_calm": "Officials urged calm after the attack.",
    "asks": "Amnesty International asks the Ministry of Finance to publish a review of the holdings.",
    "asked_comment": "Reuters asked the ministry for comment.",
    "asked_pronoun": "Amnesty International asked them to leave the building.",
    "asked_driver": "Amnesty International asked the driver to stop.",
    "resolution": ("The Security Council adopted a resolution on Thursday. The resolution calls on Peru to "
                   "withdraw its troops from the border."),
    "resolution_alone": "The resolution calls on Peru to withdraw its troops from the border.",
    "embassy": ("The ministry said Chile's embassy in Lima had asked the Peruvian authorities for help in "
                "securing their release."),
    "told_should": "China told Peru that Chile should withdraw the measures it had imposed on Bolivia.",
    "warned_should": "China warned that Chile should handle the border question with prudence.",
    "told_fact": "Peru told Chile that the talks were going well.",
    "warned_fact": "China warned that Chile had moved troops to the border.",
    # 2. agreements beside the main one
    "papers": (SIGNED + "Twelve documents were signed during the visit, among them an agreement between the "
               "foreign ministries on visa-free travel."),
    "flights": (SIGNED + "The parties agreed to resume regular flights between Lima and Santiago from "
                "March 14, 2030."),
    "other_parties": "The opposition parties agreed to field a single candidate.",
    "trilateral": (SIGNED + "The presidents of Peru and Chile met in Lima. The presidents further agreed that a "
                   "trilateral treaty with Bolivia on the use of the river will be signed in Arica."),
    "programme": (SIGNED + "The two Prime Ministers also adopted the Peru-Chile Vision 2040, a partnership "
                  "covering defence and trade."),
    "one_adopts": "Peru's Congress adopted the Budget Act 2031 on Monday.",
    "alongside": (SIGNED + "A Social Security Convention, agreed alongside the trade agreement, exempts "
                  "posted workers from contributions."),
    "another": SIGNED + "Another agreement sets up a joint commission on the river.",
    "the_agreement": SIGNED + "The agreement covers trade and investment.",
    "compromise": "The resolution was adopted after France reached a compromise with the United States.",
    "ceasefire": ("UNAMC was created in 2001. It monitors the ceasefire that ended the fighting between Peru and "
                  "the Shining Path in November 2029."),
    "war_ended": "UNAMC has monitored the border since the war ended in 2029.",
    "reached_in": ("Chile said Peru had broken an agreement reached in Geneva on May 12, 2030, under which both "
                   "sides cut their tariffs for 90 days."),
    "broken": "Chile said Peru had broken an agreement.",
    # 3. tariff rates
    "halved": (SIGNED + "Peru's tariff on Chilean wine and pisco will be halved from 120% to 60% when the "
               "agreement enters into force, and will fall to 30% by the eighth year of the agreement."),
    "from_over": SIGNED + "Peruvian duties on Chilean trucks will fall from over 80% to 15% under a quota.",
    "faced": SIGNED + "The average tariff faced by Chilean firms exporting to Peru will fall from 12% to 2%.",
    "duty_free": SIGNED + "95% of Peruvian exports to Chile, including copper and fruit, will enter free of duty.",
    "not_free": SIGNED + "Peruvian exports to Chile will not enter free of duty.",
    "cut_to_from": "Peru cut its tariff on Chilean wine to 10% from 20% on Monday.",
    "other_party": SIGNED + "Peru's tariff on wine will be halved from 40% to 20% under the agreement.",
    "no_agreement": "Peru's tariff on wine will be halved from 40% to 20%.",
    "bank_rates": "Peru's central bank said rates fell from 5% to 4% last year.",
    "prices": "Oil prices rose from $70 to $80 a barrel on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run (no claim
    dropped, every quote the article's words: :func:`draft_articles`)."""
    return draft_articles(tmp_path_factory.mktemp("r47b"), ARTICLES, {}, DAY)


def _appeals(d) -> list[tuple]:
    return [(c.get("speaker"), c.get("about"), c.get("subject")) for c in of(d["claims"], "Appeal")]


def _agreements(d, *keys) -> list[tuple]:
    return [tuple(c.get(k) for k in keys) for c in of(d["claims"], "Agreement")]


def _tariffs(d) -> list[tuple]:
    return [(c.get("authority"), c.get("target"), c.get("rate"), c.get("status"), c.get("modality"))
            for c in of(d["claims"], "Tariff")]


# -- 1. appeals ----------------------------------------------------------------------------------


def test_an_appeal_to_a_generic_addressee_is_said_by_its_speaker_with_no_recipient(drafts):
    assert _appeals(drafts["urged_generic"]) == [("amnesty-international", None, "help enforce the warrants")]
    assert _appeals(drafts["urged_authorities"]) == [("amnesty-international", None, "act")]
    # no speaker named: nothing
    assert _appeals(drafts["urged_calm"]) == []


def test_an_appeal_in_the_present_tense_names_the_one_asked(drafts):
    assert _appeals(drafts["asks"]) == [
        ("amnesty-international", "ministry-of-finance", "publish a review of the holdings")]
    # a question put, a pronoun asked, someone the graph cannot name: no appeal
    for name in ("asked_comment", "asked_pronoun", "asked_driver"):
        assert _appeals(drafts[name]) == [], name


def test_a_documents_appeal_is_said_by_the_body_that_adopted_it_and_by_no_unnamed_one(drafts):
    withdraw = "withdraw its troops from the border"
    assert _appeals(drafts["resolution"]) == [("united-nations-security-council", "peru", withdraw)]
    # no body named as the resolution's: no appeal (an unnamed body would state what the text does not)
    assert _appeals(drafts["resolution_alone"]) == []


def test_a_states_unnamed_embassy_asks_for_the_state(drafts):
    assert _appeals(drafts["embassy"]) == [
        ({"actor": "unnamed embassy in Lima", "of": "chile"}, "peru", "help in securing their release")]


def test_an_appeal_told_with_should_is_the_tellers_to_the_one_who_should_act(drafts):
    assert _appeals(drafts["told_should"]) == [("china", "chile", "withdraw the measures it had imposed on Bolivia")]
    assert _appeals(drafts["warned_should"]) == [("china", "chile", "handle the border question with prudence")]
    # the appeal is what the warning says: no bare statement beside it
    assert of(drafts["warned_should"]["claims"], "Statement") == []
    # what is or was so, told or warned of, asks nothing
    assert _appeals(drafts["told_fact"]) == [] and of(drafts["told_fact"]["claims"], "Statement")
    assert _appeals(drafts["warned_fact"]) == []


# -- 2. agreements beside the main one -------------------------------------------------------------


def test_papers_counted_are_an_agreement_of_the_articles_two_states(drafts):
    assert sorted(_agreements(drafts["papers"], "quantity", "quantityOf", "status"), key=str) == [
        (12, "documents signed", "signed"), (None, None, "signed")]
    counted = [c for c in of(drafts["papers"]["claims"], "Agreement") if c.get("quantity")]
    assert sorted(counted[0]["party"]) == ["chile", "peru"]


def test_the_parties_agreeing_are_the_articles_two_states_but_not_other_parties(drafts):
    assert [(sorted(p), s, d) for p, s, d in _agreements(drafts["flights"], "party", "subject", "startDate")
            if s] == [(["chile", "peru"], "resume regular flights between Lima and Santiago", "2030-03-14")]
    assert of(drafts["other_parties"]["claims"], "Agreement") == []


def test_a_treaty_agreed_to_be_signed_later_is_planned_with_its_third_party(drafts):
    later = [c for c in of(drafts["trilateral"]["claims"], "Agreement") if c.get("modality") == "planned"]
    assert [(sorted(c["party"]), c.get("place"), c.get("subject")) for c in later] == [
        (["bolivia", "chile", "peru"], "arica", "the use of the river")]


def test_a_programme_two_sides_adopt_is_an_agreement_by_its_title(drafts):
    assert ("Peru-Chile Vision 2040", "adopted") in _agreements(drafts["programme"], "title", "status")
    assert of(drafts["one_adopts"]["claims"], "Agreement") == []


def test_a_text_agreed_alongside_or_another_one_is_a_fact_of_its_own(drafts):
    alongside = _agreements(drafts["alongside"], "title", "status", "subject")
    assert ("Social Security Convention", "agreed", "exempts posted workers from contributions") in alongside
    assert len({c["fact"] for c in of(drafts["alongside"]["claims"], "Agreement")}) == 2
    another = of(drafts["another"]["claims"], "Agreement")
    assert len({c["fact"] for c in another}) == 2
    assert "a joint commission on the river" in [c.get("subject") for c in another]
    # "the agreement" is the one told
    assert len({c["fact"] for c in of(drafts["the_agreement"]["claims"], "Agreement")}) == 1


def test_a_compromise_reached_is_an_agreement(drafts):
    assert [(sorted(p), s) for p, s in _agreements(drafts["compromise"], "party", "status")] == [
        (["france", "united-states"], "agreed")]


def test_the_truce_that_ended_a_fighting_is_an_agreement_of_its_sides(drafts):
    assert [(sorted(p), d) for p, d in _agreements(drafts["ceasefire"], "party", "date")] == [
        (["peru", "shining-path"], "2029-11")]
    assert of(drafts["war_ended"]["claims"], "Agreement") == []


def test_an_agreement_named_by_where_and_when_it_was_reached_is_of_the_sentences_two_states(drafts):
    found = _agreements(drafts["reached_in"], "party", "place", "date", "subject")
    assert [(sorted(p), pl, d, s) for p, pl, d, s in found] == [
        (["chile", "peru"], "geneva", "2030-05-12", "both sides cut their tariffs for 90 days")]
    assert [c for c in of(drafts["broken"]["claims"], "Agreement") if c.get("place")] == []


# -- 3. tariff rates -------------------------------------------------------------------------------


def test_a_rate_halved_from_one_level_to_another_is_two_tariffs_the_old_one_superseded(drafts):
    assert _tariffs(drafts["halved"]) == [
        ("peru", "chile", "60 percent", None, "planned"),
        ("peru", "chile", "30 percent", None, "planned"),
        ("peru", "chile", "120 percent", "superseded", "planned")]
    assert {c["item"] for c in of(drafts["halved"]["claims"], "Tariff")} == {"Chilean wine and pisco"}
    assert len({c["fact"] for c in of(drafts["halved"]["claims"], "Tariff")}) == 3
    assert _tariffs(drafts["from_over"]) == [
        ("peru", "chile", "15 percent", None, "planned"), ("peru", "chile", "over 80 percent", "superseded", "planned")]


def test_the_old_rate_is_not_dated_by_the_day_it_ended(drafts):
    assert [(c["rate"], c.get("date"), c.get("status")) for c in of(drafts["cut_to_from"]["claims"], "Tariff")] == [
        ("10 percent", MONDAY_BEFORE, None), ("20 percent", None, "superseded")]


def test_a_tariff_borne_by_named_firms_is_levied_where_they_sell(drafts):
    assert _tariffs(drafts["faced"]) == [
        ("peru", "chile", "2 percent", None, "planned"), ("peru", "chile", "12 percent", "superseded", "planned")]


def test_goods_let_in_free_of_duty_are_a_zero_tariff_of_the_importing_state(drafts):
    assert _tariffs(drafts["duty_free"]) == [("chile", "peru", "0 percent", None, "planned")]
    assert of(drafts["duty_free"]["claims"], "Tariff")[0]["item"] == (
        "95% of Peruvian exports to Chile, including copper and fruit")
    assert of(drafts["not_free"]["claims"], "Tariff") == []


def test_a_tariff_under_the_agreement_falls_on_the_other_party(drafts):
    assert _tariffs(drafts["other_party"]) == [
        ("peru", "chile", "20 percent", None, "planned"), ("peru", "chile", "40 percent", "superseded", "planned")]
    assert _tariffs(drafts["no_agreement"]) == []


def test_interest_rates_and_prices_moving_are_no_tariff(drafts):
    for name in ("bank_rates", "prices"):
        claims = drafts[name]["claims"]
        assert of(claims, "Tariff") == [] and of(claims, "RateDecision") == [], name
