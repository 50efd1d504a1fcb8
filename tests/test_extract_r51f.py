"""Rule set 51, part f: the background facts of a story, drafted through the real ``kg
extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture, a registry of the names they use), each beside look-alikes that
must draft nothing of the kind:

- "NATO and the EU issued statements of solidarity with Estonia", "expressed solidarity
  with Latvia": one diplomatic Support of all the supporters; solidarity called for, or
  among workers, is none;
- "an investigation by Romanian police and security agencies had established that the
  intrusion was carried out by X": a LegalAction of kind investigation, by the unnamed
  agencies of Romania, into X; an investigation by a newspaper or by journalists is none;
- "Canada and Australia charged five alleged members of the group and imposed sanctions":
  a charge of five unnamed members of the group named before, and a Sanction on the
  group, dated; no count, no charge; sanctions on another target stay that target's;
- "in 2027, the year Lisbon held the rotating presidency": the presidency held in 2027;
  "the announcement was made on the day X held talks": the talks on the article's day,
  "the dispute began on the day ...": undated;
- "who arrived in Brazil on 1 September for a three-day visit": a Visit dated by the
  arrival (its first day), with its length;
- "the visa-free group tourism arrangement between the two countries": an Agreement of
  the article's two states; "security arrangements" are none;
- "was shot dead during a demonstration in Lima on Aug. 15, in clashes that left more than
  50 people injured": a Death and the Protest with its toll; shot and not killed, or
  killed away from a protest, neither;
- "Police recorded 412 homicides in the April-June quarter": an Indicator of the article's
  state with its period; recorded incidents are none;
- "the national legislative elections of 26 September": an Election on that day, planned
  when the day is after the article's;
- "Israel, with which it has no diplomatic relations": DiplomaticRelations, negative;
  relations that exist are drafted without polarity.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The registry the articles' names resolve with (invented bodies beside real states).
REGISTRY = """\
- {id: australia, type: State, label: Australia}
- {id: brazil, type: State, label: Brazil, aliases: [Brasilia (government)]}
- {id: canada, type: State, label: Canada}
- {id: chile, type: State, label: Chile}
- {id: egypt, type: State, label: Egypt}
- {id: estonia, type: State, label: Estonia}
- {id: indonesia, type: State, label: Indonesia, aliases: [Jakarta (government)]}
- {id: israel, type: State, label: Israel}
- {id: latvia, type: State, label: Latvia}
- {id: moldova, type: State, label: Moldova}
- {id: peru, type: State, label: Peru}
- {id: portugal, type: State, label: Portugal, aliases: [Lisbon (government)]}
- {id: romania, type: State, label: Romania}
- {id: lima, type: City, label: Lima, of: peru}
- {id: nato, type: InternationalOrganisation, label: NATO}
- {id: european-union, type: InternationalOrganisation, label: European Union, aliases: [EU]}
- {id: council-of-the-european-union, type: Organisation, label: Council of the European Union}
- {id: romanian-foreign-ministry, type: Organisation, label: Romanian Foreign Ministry, aliases: [Foreign Ministry], of: romania}
- {id: red-hand, type: Group, label: Red Hand, aliases: [Red Hand group], description: hacking group}
- {id: daily-courier, type: NewsOrganisation, label: Daily Courier}
"""

#: article name -> its text; each is drafted as of 2030-09-03 (a Tuesday).
ARTICLES = {
    "solidarity": "NATO and the European Union issued statements of solidarity with Estonia on Monday.",
    "solidarity_expressed": "Canada expressed solidarity with Latvia.",
    "solidarity_called": "Protesters in Ottawa called for solidarity with Latvia.",
    "solidarity_among": "The union urged solidarity among workers in Canada.",
    "inquiry_agencies": ("Romania accused Moldova of a cyber espionage campaign against its Foreign Ministry. The "
                         "ministry said an investigation by Romanian police and security agencies had established "
                         "that the intrusion was carried out by the Red Hand group."),
    "inquiry_newspaper": "An investigation by the Daily Courier found that the Red Hand group had set the fire.",
    "inquiry_journalists": "An investigation by journalists found that the Red Hand group had set the fire.",
    "charged": ("The Red Hand group has been named before: in March 2029 Canada and Australia charged five alleged "
                "members of the group and imposed sanctions over a campaign against judges."),
    "charged_uncounted": "In March 2029 Canada charged members of the Red Hand group.",
    "sanctioned_elsewhere": "Canada imposed sanctions on Latvia and charged five members of the Red Hand group.",
    "presidency": ("The campaign began in 2027, the year Lisbon held the rotating presidency of the Council of the "
                   "European Union."),
    "presidency_undated": "Lisbon held the rotating presidency of the Council of the European Union.",
    "talks_day": ("The announcement was made on the day President Lula da Silva held talks in Brasilia with "
                  "President Gabriel Boric of Chile, who arrived in Brazil on 1 September for a three-day visit."),
    "talks_other_day": ("The dispute began on the day President Lula da Silva held talks in Brasilia with President "
                        "Gabriel Boric of Chile."),
    "arrival_talks": "President Gabriel Boric of Chile arrived in Brazil on 1 September for talks.",
    "arrangement": ("Brazil will introduce visa-free entry for citizens of Chile. President Lula da Silva held talks "
                    "with President Gabriel Boric of Chile in Brasilia. Until now, Chilean holders of ordinary "
                    "passports have needed a visa to enter Brazil, except within the visa-free group tourism "
                    "arrangement between the two countries."),
    "arrangement_security": "Chile and Brazil discussed security arrangements for the summit.",
    "protest_death": ("The announcement came a week after a protester, the singer Marco Duarte, was shot dead during "
                      "a demonstration in Lima on Aug. 15, in clashes that left more than 50 people injured."),
    "shot_wounded": "The singer Marco Duarte was shot during a demonstration in Lima on Aug. 15.",
    "shot_elsewhere": "The singer Marco Duarte was shot dead in Lima on Aug. 15.",
    "homicides": ("LIMA, Sept 3 - Peru's government declared a state of emergency in Lima on Monday. Peru's "
                  "president said Peru would fight crime. Police recorded 412 homicides in the April-June quarter, "
                  "according to official statistics."),
    "recorded_incidents": "Police in Peru recorded 412 incidents in the April-June quarter.",
    "election_day": ("Chile's Finance Minister Ana Ruiz said she expected the deal to be concluded before the "
                     "national legislative elections of 26 September."),
    "election_past": ("Chile's Finance Minister Ana Ruiz said the deal was concluded before the national legislative "
                      "elections of 12 August."),
    "no_relations": "Jakarta refused official contact with Israel, with which it has no diplomatic relations.",
    "relations": "Jakarta kept official contact with Egypt, with which it has diplomatic relations.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from each article, in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r51f")
    registry = folder / "entities.yaml"
    registry.write_text(REGISTRY, encoding="utf-8")
    found, _ = drafted_cases(folder, ARTICLES, "--entities", registry)
    return found


# -- solidarity declared --------------------------------------------------------------------------

def test_statements_of_solidarity_are_one_diplomatic_support(drafts):
    support = of(drafts["solidarity"], "Support")
    assert [(s["supporter"], s["supported"], s["supportKind"], s.get("date")) for s in support] == \
        [(["nato", "european-union"], "estonia", "diplomatic", "2030-09-02")], support


def test_solidarity_expressed_is_support(drafts):
    support = of(drafts["solidarity_expressed"], "Support")
    assert [(s["supporter"], s["supported"]) for s in support] == [("canada", "latvia")], support


@pytest.mark.parametrize("name", ["solidarity_called", "solidarity_among"])
def test_solidarity_asked_or_among_others_is_no_support(drafts, name):
    assert not of(drafts[name], "Support"), drafts[name]


# -- an investigation carried out by someone ------------------------------------------------------

def test_an_investigation_by_unnamed_agencies_into_the_doer_it_found(drafts):
    inquiries = [c for c in of(drafts["inquiry_agencies"], "LegalAction") if c.get("legalActionKind") == "investigation"]
    assert [(c["initiator"], c.get("target")) for c in inquiries] == \
        [({"actor": "unnamed police and security agencies", "of": "romania"}, "red-hand")], inquiries


@pytest.mark.parametrize("name", ["inquiry_newspaper", "inquiry_journalists"])
def test_an_inquiry_by_the_press_is_no_legal_action(drafts, name):
    assert not of(drafts[name], "LegalAction"), drafts[name]


# -- people charged by count ---------------------------------------------------------------------

def test_members_charged_by_count_and_the_sanctions_beside(drafts):
    charges = of(drafts["charged"], "LegalAction")
    assert [(c["legalActionKind"], c["initiator"], c["target"], c["date"]) for c in charges] == \
        [("charge", ["canada", "australia"], {"actor": "5 unnamed alleged members", "of": "red-hand"}, "2029-03")], charges
    sanctions = of(drafts["charged"], "Sanction")
    assert [(s["authority"], s["target"], s["date"]) for s in sanctions] == \
        [(["canada", "australia"], "red-hand", "2029-03")], sanctions


def test_members_charged_uncounted_are_no_counted_charge(drafts):
    assert not any(isinstance(c.get("target"), dict) for c in of(drafts["charged_uncounted"], "LegalAction")), \
        drafts["charged_uncounted"]


def test_sanctions_on_another_target_stay_its_own(drafts):
    sanctions = of(drafts["sanctioned_elsewhere"], "Sanction")
    assert [s["target"] for s in sanctions] == ["latvia"], sanctions


# -- the dates of a time noun's clause -----------------------------------------------------------

@pytest.mark.parametrize("name, date", [("presidency", "2027"), ("presidency_undated", None)])
def test_a_presidency_held_the_year_named(drafts, name, date):
    held = [p for p in of(drafts[name], "PositionHeld") if p.get("position") == "rotating presidency"]
    assert [(p["holder"], p.get("date")) for p in held] == [("portugal", date)], held


@pytest.mark.parametrize("name, date", [("talks_day", "2030-09-03"), ("talks_other_day", None)])
def test_talks_held_on_the_day_of_the_announcement(drafts, name, date):
    meetings = of(drafts[name], "Meeting")
    assert [m.get("date") for m in meetings] == [date], meetings


# -- a visit begun by an arrival -----------------------------------------------------------------

def test_an_arrival_for_a_visit_of_days(drafts):
    visits = of(drafts["talks_day"], "Visit")
    assert [(v["visitor"], v["hostState"], v.get("date"), v.get("duration")) for v in visits] == \
        [("gabriel-boric", "brazil", "2030-09-01", "3 days")], visits


def test_an_arrival_for_talks_has_no_length(drafts):
    visits = of(drafts["arrival_talks"], "Visit")
    assert [(v["visitor"], v.get("date"), v.get("duration")) for v in visits] == \
        [("gabriel-boric", "2030-09-01", None)], visits


# -- an arrangement between two states -----------------------------------------------------------

def test_an_arrangement_between_the_two_countries(drafts):
    agreements = of(drafts["arrangement"], "Agreement")
    assert [(sorted(a["party"]), a.get("subject")) for a in agreements] == \
        [(["brazil", "chile"], "visa-free group tourism")], agreements


def test_security_arrangements_are_no_agreement(drafts):
    assert not of(drafts["arrangement_security"], "Agreement"), drafts["arrangement_security"]


# -- a death during a protest --------------------------------------------------------------------

def test_a_death_during_a_protest_and_the_protest_toll(drafts):
    deaths = of(drafts["protest_death"], "Death")
    assert [(d["person"], d["date"], d.get("place")) for d in deaths] == [("marco-duarte", "2030-08-15", "lima")], deaths
    protests = of(drafts["protest_death"], "Protest")
    assert [(p["killed"], p.get("wounded"), p["date"], p.get("place")) for p in protests] == \
        [(1, "more than 50", "2030-08-15", "lima")], protests


@pytest.mark.parametrize("name", ["shot_wounded", "shot_elsewhere"])
def test_a_shooting_that_wounds_or_away_from_a_protest(drafts, name):
    assert not of(drafts[name], "Death") and not of(drafts[name], "Protest"), drafts[name]


# -- crimes recorded -----------------------------------------------------------------------------

def test_homicides_recorded_over_a_quarter(drafts):
    figures = of(drafts["homicides"], "Indicator")
    assert [(f["observationAbout"], f["amount"], f["period"]) for f in figures] == \
        [("peru", "412 homicides", "2030-04/2030-06")], figures


def test_incidents_recorded_are_no_figure(drafts):
    assert not of(drafts["recorded_incidents"], "Indicator"), drafts["recorded_incidents"]


# -- an election's own day -----------------------------------------------------------------------

@pytest.mark.parametrize("name, date, modality", [("election_day", "2030-09-26", "planned"),
                                                  ("election_past", "2030-08-12", "reported")])
def test_the_day_an_election_noun_names(drafts, name, date, modality):
    elections = of(drafts[name], "Election")
    assert [(e["heldIn"], e.get("date"), e.get("modality")) for e in elections] == [("chile", date, modality)], elections


# -- relations a relative clause tells -----------------------------------------------------------

@pytest.mark.parametrize("name, other, polarity", [("no_relations", "israel", "negative"), ("relations", "egypt", None)])
def test_relations_with_which_it_has_none(drafts, name, other, polarity):
    ties = of(drafts[name], "DiplomaticRelations")
    assert [(sorted(t["party"]), t.get("polarity")) for t in ties] == [(sorted([other, "indonesia"]), polarity)], ties
