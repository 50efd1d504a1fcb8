"""Rule set 51, part c: states of emergency told in full, entry and visas refused, a
measure's cause kept out of its targets and a body's dialogue ended until a condition,
through the real ``kg extract`` command on small articles written for these tests (one run
for all, a module-scoped fixture), each beside look-alikes that must draft nothing of the
kind:

- an EmergencyRule gets each place it holds in ("in the provinces of A and B", "in A and
  the neighbouring province of B", a capital's city), each proposed as a place of its
  state, never the two names as one body; its duration ("a 45-day state of emergency",
  "for 60 days"), legal basis ("under Article 164 of the Constitution"), and from the
  sentences after it ("The measure, approved by X on Wednesday, took effect at midnight
  and was formalised in Supreme Decree N"; "Three rights are restricted for the duration:
  A, B and C") its approval stage, clock time, legal basis and what it restricts,
  as claims of the same fact; a partial emergency "declared in March 2030, which was
  extended several times" with its extension stage; a budget that "took effect at
  midnight" or a name that is a state's ("Trinidad and Tobago") tell no such thing;
- visas or entry refused to a team, a delegation or named people ("refused visas to
  Israel's swimming team", "denied entry to a delegation of Swedish lawmakers", "would not
  admit the Israeli delegation", "barred the Polish team from entering", "Among those kept
  out is A") is an AccessGrant with polarity negative, never a sanction on the team's
  state; citizens of states barred, a person banned, a request refused, wrongdoing not
  admitted or visas granted are no refused access;
- what follows 'over' or 'because of' is a measure's cause, never its target;
- "decided to end any form of dialogue with X about Y" is a Sanction on X, and "The freeze
  will stay in place until ..." its untilCondition; states ending their own talks, talks on a
  subject suspended (a negotiation's status) or talks lasting until a day draft neither.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # -- states of emergency
    "provinces": ("SANTIAGO, 2 May 2031 - Chile's President Lina Varo declared a 45-day state of emergency in the "
                  "provinces of Arauco and Malleco on Thursday, citing attacks on lorries.\n\n"
                  "The measure, approved by the Council of Ministers on Wednesday, took effect at midnight and was "
                  "formalised in Supreme Decree 77-2031-DS.\n\n"
                  "\"We will restore order,\" Varo said in a televised address on Wednesday evening.\n\n"
                  "Three constitutional rights are restricted for the duration: freedom of assembly, freedom of "
                  "movement and the inviolability of the home."),
    "capital_and_province": ("Peru's President Omar Kadir declared a 30-day state of emergency in Lima and the "
                             "neighbouring province of Huaura on Monday."),
    "for_days_under_article": ("Ecuador declared a state of emergency in the province of Loja for 60 days under "
                               "Article 164 of the Constitution on Tuesday."),
    "partial": ("Peru has used emergency decrees repeatedly against crime. Fourteen districts of Lima were already "
                "under a partial emergency declared by the government in March 2030, which was extended several times."),
    "budget": ("Peru's Congress approved the national budget on Monday.\n\n"
               "The measure took effect at midnight and was formalised in Law 31-2031."),
    "far_after": ("Chile declared a state of emergency in Santiago on Monday.\n\n"
                  "The central bank published its quarterly report on inflation on Tuesday.\n\n"
                  "Analysts expect economic growth to slow sharply in the second half of the year.\n\n"
                  "Copper exports rose in April after a long fall in prices on world markets.\n\n"
                  "The measure took effect at midnight and was formalised in Law 31-2031."),
    "pair_state": "Trinidad and Tobago declared a state of emergency on Sunday.",
    # -- access refused
    "visas": "Malaysia refused visas to Israel's swimming team for the world championships in Kuala Lumpur on Friday.",
    "denied_entry": "Hungary denied entry to a delegation of Swedish lawmakers on Monday.",
    "would_not_admit": "Indonesia said on Monday it would not admit the Israeli delegation.",
    "kept_out": ("Indonesia refused visas to Israel's gymnastics team on Monday.\n\n"
                 "Among those kept out is Tomer Ashkenazi, the world champion."),
    "barred_team": "Russia barred the Polish team from entering the country on Monday.",
    "no_wrongdoing": "Kenya's President Amos Kiprono would not admit any wrongdoing on Monday.",
    "request_refused": "Chile refused Peru's request for talks on Monday.",
    "citizens_barred": "The United States barred citizens of 12 countries from entering the country on Monday.",
    "person_banned": "Britain banned Omar Kadir from entering the country on Monday.",
    "granted": "Thailand granted visas to the Myanmar delegation on Monday.",
    # -- a measure's cause
    "headline_over": "Chile freezes Peru's trade hopes over Bolivian miners\n\nThe decision was announced on Monday.",
    "because_of": "The European Union froze the assets of Peru's central bank because of its support for Russia.",
    "two_targets": "The European Union froze the assets of Peru and Chile on Monday.",
    # -- a dialogue ended, and until when
    "dialogue": ("The African Union decided on Monday to end any form of dialogue with Mali about its transition.\n\n"
                 "The freeze will stay in place until the junta sets a date for elections."),
    "contact_until": "The African Union suspended all contact with Niger until constitutional order is restored.",
    "own_talks": "Chile and Peru ended their talks on Monday.",
    "talks_suspended": "On 20 May the United Kingdom suspended talks with Chile on a new free trade agreement.",
    "talks_until": "Chile and Peru held talks on Monday. The talks will continue until Friday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r51c"), ARTICLES, {}, "2031-05-02")


def _emergencies(drafts, name):
    return of(drafts[name]["claims"], "EmergencyRule")


# -- states of emergency --------------------------------------------------------------------------

def test_each_province_named_is_a_place_of_the_state(drafts):
    rules = _emergencies(drafts, "provinces")
    first = rules[0]
    assert (first["jurisdiction"], first["declaredBy"], first["place"], first["duration"]) == \
        ("chile", "lina-varo", ["arauco", "malleco"], "45 days"), first
    entities = drafts["provinces"]["entities"]
    assert [(entities[p]["type"], entities[p].get("of")) for p in first["place"]] == [("Region", "chile")] * 2
    assert "arauco-and-malleco" not in entities, entities


def test_the_sentences_after_tell_the_same_emergency(drafts):
    rules = _emergencies(drafts, "provinces")
    assert len({r["fact"] for r in rules}) == 1, rules
    told = {k: v for r in rules[1:] for k, v in r.items() if k not in ("id", "review", "fact", "type", "quote")}
    assert told["stage"] == {"status": "approved", "party": "council-of-ministers", "date": "2031-04-30"}, told
    # "took effect at midnight" with no day: the clock time only, no day guessed
    assert (told["timeOfDay"], told["legalBasis"]) == ("00:00", "Supreme Decree 77-2031-DS") and "startDate" not in told
    assert told["prohibits"] == ["freedom of assembly", "freedom of movement", "inviolability of the home"], told


def test_a_capital_is_its_city_and_a_province_after_it_a_place_too(drafts):
    rule = _emergencies(drafts, "capital_and_province")[0]
    assert (rule["jurisdiction"], rule["place"], rule["duration"]) == ("peru", ["lima", "huaura"], "30 days"), rule
    entities = drafts["capital_and_province"]["entities"]
    assert (entities["lima"]["type"], entities["huaura"]["type"]) == ("City", "Region"), entities


def test_a_length_after_for_and_an_article_under_which_it_is_declared(drafts):
    rule = _emergencies(drafts, "for_days_under_article")[0]
    assert (rule["place"], rule["duration"], rule["legalBasis"]) == \
        ("loja", "60 days", "Article 164 of the Constitution"), rule


def test_a_partial_emergency_extended_several_times(drafts):
    rules = _emergencies(drafts, "partial")
    assert [(r["description"], r["place"], r.get("placePart"), r["stage"], str(r["startDate"])) for r in rules] == \
        [("partial emergency", "lima", "fourteen districts", {"status": "extended", "description": "several times"},
          "2030-03")], rules


@pytest.mark.parametrize("name", ["budget", "far_after"])
def test_a_measure_of_another_kind_takes_effect_as_no_emergency(drafts, name):
    rules = _emergencies(drafts, name)
    assert not any("timeOfDay" in r or "legalBasis" in r for r in rules), rules


def test_a_states_name_with_and_stays_whole(drafts):
    rules = _emergencies(drafts, "pair_state")
    assert [(r["jurisdiction"], r.get("place")) for r in rules] == [("trinidad-and-tobago", None)], rules


# -- entry and visas refused ----------------------------------------------------------------------

def _refused(drafts, name):
    return [c for c in of(drafts[name]["claims"], "AccessGrant") if c.get("polarity") == "negative"]


def test_visas_refused_to_a_states_team(drafts):
    refused = _refused(drafts, "visas")
    assert [(c["grantedBy"], c["grantedTo"], c["accessTo"]) for c in refused] == [
        ("malaysia", {"actor": "unnamed swimming team", "of": "israel"},
         "visas for the world championships in Kuala Lumpur")], refused
    assert not of(drafts["visas"]["claims"], "Sanction")


@pytest.mark.parametrize("name, by, to", [
    ("denied_entry", "hungary", {"actor": "unnamed delegation", "of": "sweden"}),
    ("would_not_admit", "indonesia", {"actor": "unnamed delegation", "of": "israel"}),
    ("barred_team", "russia", {"actor": "unnamed team", "of": "poland"}),
])
def test_entry_refused_to_a_group(drafts, name, by, to):
    refused = _refused(drafts, name)
    assert [(c["grantedBy"], c["grantedTo"]) for c in refused] == [(by, to)], refused
    assert not of(drafts[name]["claims"], "Sanction"), drafts[name]["claims"]


def test_one_named_among_those_kept_out_is_refused_too(drafts):
    refused = _refused(drafts, "kept_out")
    assert len({c["fact"] for c in refused}) == 1, refused
    assert [c["grantedTo"] for c in refused] == [{"actor": "unnamed gymnastics team", "of": "israel"}, "tomer-ashkenazi"]


@pytest.mark.parametrize("name", ["no_wrongdoing", "request_refused", "citizens_barred", "person_banned", "granted"])
def test_no_access_refused(drafts, name):
    assert not _refused(drafts, name), drafts[name]["claims"]


@pytest.mark.parametrize("name", ["citizens_barred", "person_banned"])
def test_an_entry_ban_stays_a_sanction(drafts, name):
    assert [c["measure"] for c in of(drafts[name]["claims"], "Sanction")] == ["entry ban"], drafts[name]["claims"]


# -- a measure's cause ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, cause", [("headline_over", "bolivia"), ("because_of", "russia")])
def test_what_follows_over_or_because_of_is_no_target(drafts, name, cause):
    sanctions = of(drafts[name]["claims"], "Sanction")
    assert sanctions and not any(cause in str(c["target"]) for c in sanctions), sanctions
    assert not any("over" in str(c.get("measure", "")).split() for c in sanctions), sanctions


def test_two_targets_named_stay_two(drafts):
    sanctions = of(drafts["two_targets"]["claims"], "Sanction")
    assert [sorted(c["target"]) for c in sanctions] == [["chile", "peru"]], sanctions


# -- a dialogue ended until a condition -----------------------------------------------------------

def test_a_dialogue_ended_is_a_sanction_on_the_partner_until_its_condition(drafts):
    sanctions = of(drafts["dialogue"]["claims"], "Sanction")
    assert len({c["fact"] for c in sanctions}) == 1, sanctions
    first, later = sanctions
    assert (first["authority"], first["target"], first["measure"]) == \
        ("african-union", "mali", "end of any form of dialogue about its transition"), first
    assert later["untilCondition"] == "the junta sets a date for elections", later
    assert "authority" not in later, later


def test_contact_suspended_until_in_one_sentence(drafts):
    sanctions = of(drafts["contact_until"]["claims"], "Sanction")
    assert [(c["target"], c["measure"], c["untilCondition"]) for c in sanctions] == \
        [("niger", "suspension of all contact", "constitutional order is restored")], sanctions


@pytest.mark.parametrize("name", ["own_talks", "talks_until", "talks_suspended"])
def test_talks_of_their_own_end_or_last_as_no_measure(drafts, name):
    claims = drafts[name]["claims"]
    assert not of(claims, "Sanction") and not any("untilCondition" in c for c in claims), claims
