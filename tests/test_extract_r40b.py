"""Rule set 40 (statements, legal steps, mutinies and raids), through the real ``kg extract``
command on small articles written for these tests and read with the development set's
registry (one run for all, a module-scoped fixture). Each form is checked for what it
drafts and for what it must not:

- a saying in a participle hung on another verb ("rejected the report, adding that ...")
  is a Statement of that verb's subject (hung on a verb of saying, it is that verb's one
  remark); one hung on a relative clause is not, and words
  that tell an event stay that event's;
- a speaker who did not comment, made no comment or did not mention someone made a
  Statement of negative polarity; a briefing of a named body is a Statement to it
  (``recipient``), one of reporters no fact; a bare warning to a named party is a Statement about it, a warning of
  penalties stays a Threat;
- a body told ("told the court") is the Statement's ``recipient``; a person told stays
  what it is ``about``;
- reported words whose subject is a span of time ("the next 60 days would show") are an
  opinion, not an event;
- investigations ordered (``orderedBy``) or led (``initiator``), into an offence
  (``charge``, no target needed) or an event told before (``targetFact``; none told, none
  drafted); warrants "for the arrest of"; rulings "against";
  interim measures asked of a court (``injunction``, ``requested``); appeals lodged as a
  noun, against the ruling told before; an appeal for funds is none; a conviction of
  people a noun in apposition describes, a sentence handed down to someone; each measure
  of an order an injunction beside the order;
- mutinies by a named armed force (``participant``, ``target``, ``destination``), one
  called off (``status: ended``), a march of armed forces on their own state's capital;
  a rebellion condemned by someone, a march on another state's capital, a popular
  uprising and a rebellion of lawmakers are none;
- raids by named or unnamed forces into premises whose holder is named (``initiator``,
  ``target``, ``targetSite``), "the embassy" being the one named before; an air raid on a city, protesters storming a building and
  police raiding homes of no one named are none.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # statements
    "adding": "Viktor Orban backed the bid, adding that Hungary's commitment to NATO would grow stronger.",
    "adding_relcl": "Officials cited the report, an accusation Peru rejects, insisting that it is neutral.",
    "said_adding": "Tor Ashby said the convoy was hit, adding that there were no casualties.",
    "adding_event": "Chile rejected the report, adding that Peru had signed the deal with Bolivia on Monday.",
    "no_comment": "Peru did not comment on the incident.",
    "made_no_comment": "Chile made no comment.",
    "not_mentioned": "Vladimir Putin did not mention Peru.",
    "briefed": "Tor Ashby briefed the Security Council on Monday.",
    "briefed_unnamed": "Tor Ashby briefed reporters on Monday.",
    "warned": "Chile had warned Peru.",
    "warned_of_penalties": "Chile warned Peru of sanctions.",
    "time_span": "Peru said the next 60 days would show whether the plan worked.",
    "told_court": "Tor Ashby told the International Court of Justice that Peru would comply.",
    "told_person": "Tor Ashby told Lina Varo that the talks were over.",
    # legal steps
    "ordered_inquiry": "Chile launched attacks against Peru on Monday. Tor Ashby ordered an investigation into the cause "
                       "of the attack.",
    "under_inquiry": "Chile launched attacks against Peru on Monday. Tor Ashby said the cause was under investigation.",
    "under_inquiry_alone": "Tor Ashby said the cause was under investigation.",
    "inquiry_nothing_told": "Tor Ashby ordered an investigation into the cause of the crash.",
    "led_inquiry": "The Zedland defence ministry is leading a criminal investigation into aggravated criminal mischief.",
    "inquiry_no_offence": "The Zedland defence ministry is leading an investigation into the matter.",
    "warrant_arrest": "The International Criminal Court issued a warrant for the arrest of Tor Ashby.",
    "ruled_against": "The International Court of Justice ruled against Peru on Monday.",
    "ruled_unnamed": "A court ruled against Peru on Monday.",
    "asked_order": "Chile asked the International Court of Justice to order Peru to halt the work.",
    "asked_measures": "Chile asked the International Court of Justice for provisional measures against Peru.",
    "asked_no_court": "Chile asked Bolivia to order Peru to halt the work.",
    "appeal_lodged": "The International Court of Justice convicted Tor Ashby on Monday. Tor Ashby filed an appeal "
                     "with the Supreme Court on Tuesday.",
    "appeal_funds": "The United Nations launched an appeal for funds on Monday.",
    "measures": "The International Court of Justice ordered Peru to halt the work, and to report to the court within "
                "one month.",
    "one_measure": "The International Court of Justice ordered Peru to halt the work.",
    "couple_convicted": "Peru freed Tor Ashby and Lina Varo, a couple convicted in Chile of spying.",
    "country_sentenced": "Chile, a country sentenced to ruin, suffered.",
    "handed_down": "The International Court of Justice handed down a five-year sentence to Tor Ashby.",
    # mutinies
    "mutiny": "The Zedland army staged a mutiny against the Zedland government on June 23.",
    "mutinied": "The Zedland army mutinied against the Zedland government and marched on Port Vale.",
    "called_off": "Tor Ashby called off the armed rebellion.",
    "condemned": "Tor Ashby condemned the armed rebellion.",
    "march_own": "The Malian army marched on Bamako on Saturday.",
    "march_other": "The Malian army marched on Dakar on Saturday.",
    "uprising": "A popular uprising swept Peru.",
    "lawmakers": "Lawmakers rebelled against the party line.",
    # raids
    "stormed": "Ecuadorian special forces stormed the Mexican embassy on Friday.",
    "forced_way": "Officers forced their way into the Peruvian embassy late on Friday.",
    "the_embassy": "Peru's embassy in Lima had sheltered Tor Ashby for months. Chilean special forces forced their "
                   "way into the embassy late on Friday.",
    "raided_offices": "Police raided the offices of Al Jazeera on Monday.",
    "raid_noun": "The raid on the Mexican embassy drew condemnation.",
    "air_raid": "Russian drones carried out an air raid on Kyiv.",
    "protesters": "Protesters stormed the parliament building.",
    "homes": "Police raided homes across the town, arresting hundreds.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r40b"), ARTICLES, "--entities", REGISTRY)
    return found


def _statements(claims) -> list[tuple]:
    """(speaker, about, polarity) of each drafted Statement (the class itself), sorted."""
    return sorted((str(c.get("speaker")), str(c.get("about")), c.get("polarity", "positive"))
                  for c in of(claims, "Statement"))


def _legal(claims) -> list[dict]:
    """Each drafted LegalAction, without its id, quote and review marks."""
    return [{k: v for k, v in c.items() if k not in ("id", "fact", "quote", "review", "date")}
            for c in of(claims, "LegalAction")]


# -- statements -----------------------------------------------------------------------------------


def test_a_saying_in_a_participle_is_a_statement_of_the_verb_it_hangs_on(drafts):
    assert _statements(drafts["adding"]) == [("viktor-orban", "None", "positive")]
    assert _statements(drafts["adding_relcl"]) == []
    # "said ..., adding ...": one remark, the verb of saying's, not a second one of the participle
    assert [c["quote"] for c in of(drafts["said_adding"], "Statement")] == ["Tor Ashby said the convoy was hit"]
    assert ("chile", "peru", "positive") not in _statements(drafts["adding_event"])


def test_no_comment_is_a_negative_statement(drafts):
    assert _statements(drafts["no_comment"]) == [("peru", "None", "negative")]
    assert _statements(drafts["made_no_comment"]) == [("chile", "None", "negative")]
    assert _statements(drafts["not_mentioned"]) == [("vladimir-putin", "peru", "negative")]


def test_a_briefing_of_a_named_body_is_a_statement_to_it(drafts):
    assert [(c["speaker"], c["recipient"]) for c in of(drafts["briefed"], "Statement")] == \
        [("tor-ashby", "un-security-council")]
    assert of(drafts["briefed_unnamed"], "Statement") == []


def test_a_bare_warning_is_a_statement_and_a_warning_of_penalties_a_threat(drafts):
    assert _statements(drafts["warned"]) == [("chile", "peru", "positive")]
    assert _statements(drafts["warned_of_penalties"]) == []
    assert [(c["speaker"], c["about"]) for c in of(drafts["warned_of_penalties"], "Threat")] == [("chile", "peru")]


def test_words_about_a_span_of_time_are_a_statement(drafts):
    assert _statements(drafts["time_span"]) == [("peru", "None", "positive")]


def test_a_body_told_is_the_statements_recipient_and_a_person_told_what_it_is_about(drafts):
    [court] = of(drafts["told_court"], "Statement")
    assert (court["speaker"], court["recipient"], court["about"]) == ("tor-ashby", "icj", "peru")
    [person] = of(drafts["told_person"], "Statement")
    assert (person["about"], person.get("recipient")) == ("lina-varo", None)


# -- legal steps ----------------------------------------------------------------------------------


def test_an_investigation_ordered_or_led(drafts):
    [ordered] = _legal(drafts["ordered_inquiry"])
    assert (ordered["orderedBy"], ordered["legalActionKind"]) == ("tor-ashby", "investigation")
    assert ordered["targetFact"].startswith("attack-")
    [led] = _legal(drafts["led_inquiry"])
    assert (led["initiator"], led["charge"]) == ("zedland-defence-ministry", "aggravated criminal mischief")
    assert "target" not in led
    assert _legal(drafts["inquiry_no_offence"]) == []
    assert _legal(drafts["inquiry_nothing_told"]) == []
    [under] = _legal(drafts["under_inquiry"])
    assert (under["status"], under["targetFact"][:7], under["said_by"]) == ("under review", "attack-", "tor-ashby")
    assert _legal(drafts["under_inquiry_alone"]) == []


def test_a_warrant_for_the_arrest_of_a_person(drafts):
    assert [(c["court"], c["target"], c["legalActionKind"], c["status"]) for c in _legal(drafts["warrant_arrest"])] == \
        [("international-criminal-court", "tor-ashby", "warrant", "issued")]


def test_a_court_that_ruled_against_a_party(drafts):
    assert [(c["court"], c["target"], c["legalActionKind"]) for c in _legal(drafts["ruled_against"])] == \
        [("icj", "peru", "ruling")]
    assert _legal(drafts["ruled_unnamed"]) == []


def test_interim_measures_asked_of_a_court(drafts):
    for case in ("asked_order", "asked_measures"):
        [asked] = _legal(drafts[case])
        assert (asked["initiator"], asked["target"], asked["court"], asked["legalActionKind"], asked["status"]) == \
            ("chile", "peru", "icj", "injunction", "requested")
    assert _legal(drafts["asked_order"])[0]["subject"] == "halt the work"
    assert _legal(drafts["asked_no_court"]) == []


def test_an_appeal_lodged_is_against_the_ruling_told_before(drafts):
    conviction, appeal = _legal(drafts["appeal_lodged"])
    assert (appeal["initiator"], appeal["actionType"]) == ("tor-ashby", "appeal")
    assert appeal["targetFact"].startswith("legal-icj-tor-ashby")
    assert conviction["actionType"] == "conviction"
    assert _legal(drafts["appeal_funds"]) == []


def test_each_measure_of_an_order_of_several_is_an_injunction(drafts):
    measures = [(c["court"], c["target"], c["subject"]) for c in _legal(drafts["measures"])
                if c.get("legalActionKind") == "injunction"]
    assert measures == [("icj", "peru", "halt the work"), ("icj", "peru", "report to the court within one month")]
    # one measure is an injunction of its own beside the order too (rule set 43)
    assert [(c["actionType"], c.get("legalActionKind"), c.get("subject")) for c in _legal(drafts["one_measure"])] == \
        [("order", None, None), ("order", "injunction", "halt the work")]


def test_a_conviction_of_people_described_in_apposition_and_a_sentence_handed_down(drafts):
    assert [(c["target"], c["actionType"], c["charge"]) for c in _legal(drafts["couple_convicted"])] == \
        [(["tor-ashby", "lina-varo"], "conviction", "spying")]
    assert _legal(drafts["country_sentenced"]) == []
    assert [(c["court"], c["target"], c["actionType"], c["duration"]) for c in _legal(drafts["handed_down"])] == \
        [("icj", "tor-ashby", "sentence", "five years")]


# -- mutinies -------------------------------------------------------------------------------------


def test_a_mutiny_by_a_named_armed_force(drafts):
    [staged] = of(drafts["mutiny"], "Mutiny")
    assert (staged["participant"], staged.get("target")) == ("zedland-army", "zedland-government")
    [mutinied] = of(drafts["mutinied"], "Mutiny")
    assert (mutinied["participant"], mutinied["target"], mutinied["destination"]) == \
        ("zedland-army", "zedland-government", "port-vale")


def test_a_rebellion_called_off_ended_and_a_march_on_the_own_capital(drafts):
    [off] = of(drafts["called_off"], "Mutiny")
    assert (off["ledBy"], off["status"]) == ("tor-ashby", "ended")
    assert of(drafts["condemned"], "Mutiny") == []
    assert [(c["participant"], c["target"]) for c in of(drafts["march_own"], "Mutiny")] == [("malian-army", "mali")]
    assert of(drafts["march_other"], "Mutiny") == []


def test_a_popular_uprising_or_a_rebellion_of_lawmakers_is_no_mutiny(drafts):
    assert of(drafts["uprising"], "Mutiny") == []
    assert of(drafts["lawmakers"], "Mutiny") == []


# -- raids ----------------------------------------------------------------------------------------


def test_a_raid_into_premises_whose_holder_is_named(drafts):
    [stormed] = of(drafts["stormed"], "Raid")
    assert (stormed["initiator"], stormed["target"], stormed["targetSite"]) == \
        ({"actor": "unnamed special forces", "for": "ecuador"}, "mexico", "unnamed embassy")
    [forced] = of(drafts["forced_way"], "Raid")
    assert (forced["initiator"], forced["target"]) == ("unnamed officers", "peru")
    [offices] = of(drafts["raided_offices"], "Raid")
    assert (offices["initiator"], offices["target"]) == ("unnamed police", "al-jazeera")
    [told] = of(drafts["the_embassy"], "Raid")
    assert (told["initiator"], told["target"]) == ({"actor": "unnamed special forces", "for": "chile"}, "peru")
    [noun] = of(drafts["raid_noun"], "Raid")
    assert noun["target"] == "mexico" and "initiator" not in noun


def test_an_air_raid_a_crowd_or_homes_of_no_one_are_no_raid(drafts):
    for case in ("air_raid", "protesters", "homes"):
        assert of(drafts[case], "Raid") == [], case
