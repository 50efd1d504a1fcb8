"""Rule set 47, part a: positions held read from titles, through the real ``kg extract``
command on small invented articles (one run for all, with a registry of invented states,
bodies and people), each rule beside look-alikes that must draft no position:

- a title before the name, its body named, implied or owning it: "Prosecutor X" (of the
  one court the article names), "Senator X" (a legislator of the holder's state),
  "Secretary-General X" beside a UN mission (of the United Nations, not the mission),
  "Speaker of the National Assembly of Ostravia X", "Ostravia's Minister for Strategic
  Industries X" (the title written whole with its 'of' or 'for' phrase), "Harbour Front
  military spokesman X", "Ostravia's army spokesman, X" (of the state's armed forces);
- a title in apposition: "The UN High Commissioner for Migrants, X" (the office named
  after its head), "Their chief spokesman, X" (a group named before), "the head of the
  Electoral Board of Valdoria, X" (not of a state's mission abroad), "X, Europe and Central Asia director at Civic Watch"
  (the regions a portfolio, the body after 'at'), "X, director of the institute's Asia
  programme" (the institute named earlier), "X, Chilean President Y's special envoy for
  Peru" (the state's envoy);
- former holders and dates: "X, until now First Deputy Minister of Foreign Affairs",
  "X, formerly Deputy Head of the Office of the President" (the registry's office of that
  name of the state), "X, until now head of the state arms maker Ostroarms" (a company's
  head runs it), "X is a career diplomat who served as Ambassador ... from 2016 to 2019",
  "her predecessor, X" (a past head of state), "X, a lawyer who became president of
  Congress in July" (its presiding officer, from July).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The registry the articles are drafted with: invented states, bodies and people.
REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: united-nations, type: InternationalOrganisation, label: United Nations, aliases: [UN, the UN]}
- {id: un-mission-in-valdoria, type: InternationalOrganisation, label: UN Mission in Valdoria, aliases: [UNMIV]}
- {id: andean-council, type: InternationalOrganisation, label: Andean Council}
- {id: office-of-the-un-high-commissioner-for-migrants, type: InternationalOrganisation,
   label: Office of the United Nations High Commissioner for Migrants}
- {id: national-assembly-of-ostravia, type: Organisation, label: National Assembly of Ostravia, of: ostravia}
- {id: congress-of-valdoria, type: Organisation, label: Congress of Valdoria, of: valdoria}
- {id: office-of-the-president-of-ostravia, type: Organisation, label: Office of the President of Ostravia,
   of: ostravia}
- {id: electoral-board-of-valdoria, type: Organisation, label: Electoral Board of Valdoria, of: valdoria}
- {id: hague-criminal-tribunal, type: Court, label: Hague Criminal Tribunal}
- {id: harbour-front, type: Group, label: Harbour Front, aliases: [the Harbour Front]}
- {id: civic-watch, type: Organisation, label: Civic Watch}
- {id: lakeside-policy-institute, type: ResearchInstitute, label: Lakeside Policy Institute}
- {id: ostroarms, type: StateCompany, label: Ostroarms, of: ostravia}
- {id: ostravian-army, type: ArmedForces, label: Ostravian Defence Force, of: ostravia}
- {id: ostravian-mission-in-valdoria, type: Organisation, label: Ostravian mission in Valdoria, of: ostravia}
- {id: lina-varo, type: Person, label: Lina Varo}
- {id: tor-ashby, type: Person, label: Tor Ashby}
- {id: ines-moro, type: Person, label: Ines Moro}
- {id: anton-berger, type: Person, label: Anton Berger, of: valdoria}
"""

ARTICLES = {
    # 1. a title before the name
    "prosecutor": ("The Hague Criminal Tribunal issued a warrant for Anton Berger on Monday. Prosecutor Lina Varo "
                   "had asked the judges for it in May."),
    "prosecutors_said": "The Hague Criminal Tribunal issued a warrant on Monday. Prosecutors said Lina Varo had fled.",
    "senator": "Senator Anton Berger said the fund's decision was wrong.",
    "senators_aide": "A senator's aide, Lina Varo, said the fund's decision was wrong.",
    "secretary_general": ("The UN Mission in Valdoria will close in June. The Security Council asked "
                          "Secretary-General Lina Varo to report on its withdrawal."),
    "secretary_general_other": "The Andean Council met in Lima. Secretary-General Lina Varo said the members agreed.",
    "speaker_of": "Speaker of the National Assembly of Ostravia Tor Ashby opened the session on Monday.",
    "elected_speaker": "The National Assembly of Ostravia elected a new Speaker on Monday, Tor Ashby said.",
    "minister_for": "Ostravia's Minister for Strategic Industries Lina Varo resigned on Monday.",
    "minister_for_alone": "The Minister for Strategic Industries resigned on Monday, Lina Varo said.",
    "military_spokesman": "Harbour Front military spokesman Tor Ashby said the group had struck the ship.",
    "army_spokesman": "Ostravia's army spokesman, Tor Ashby, said the troops had left.",
    # 2. a title in apposition
    "high_commissioner": "The UN High Commissioner for Migrants, Ines Moro, visited the border on Saturday.",
    "their_spokesman": "The Harbour Front rejected the decision. Their chief spokesman, Tor Ashby, called it absurd.",
    "their_lawyer": "The Harbour Front rejected the decision. Their lawyer, Tor Ashby, called it absurd.",
    "head_of_long_name": "On Monday the head of the Electoral Board of Valdoria, Ines Moro, gave partial results.",
    "head_of_mission": "On Monday the head of the Ostravian mission in Valdoria, Ines Moro, met the press.",
    "regional_director": "\"The law is wrong,\" said Lina Varo, Europe and Central Asia director at Civic Watch.",
    "regional_director_alone": "\"The law is wrong,\" said Lina Varo, Asia director.",
    "director_report": "The director's report, which Lina Varo wrote, was published on Monday.",
    "programme_director": ("The Lakeside Policy Institute published a note on the talks on Monday. Its authors "
                           "compared two readouts.\n\n\"The readouts differ,\" said Ines Moro, director of the "
                           "institute's Asia programme."),
    "heads_envoy": "Lina Varo, Chilean President Tor Ashby's special envoy for Peru, met officials in Lima on Monday.",
    "heads_title": "Lina Varo met Chilean President Tor Ashby in Lima on Monday.",
    # 3. former holders, holders with dates, holders before and after another
    "until_now": ("Ostravia's parliament appointed Tor Ashby, until now First Deputy Minister of Foreign Affairs, "
                  "as foreign minister on Monday."),
    "formerly": ("Ostravia's parliament appointed Ines Moro, formerly Deputy Head of the Office of the President, "
                 "as health minister on Monday."),
    "head_of_maker": ("Ostravia's parliament appointed Lina Varo, until now head of the state arms maker Ostroarms, "
                      "as defence minister on Monday."),
    "served_years": ("Tor Ashby is a career diplomat who served as Ambassador of Ostravia to Valdoria from 2016 to "
                     "2019."),
    "served_since": "Tor Ashby is a career diplomat who has served as Ambassador of Ostravia to Valdoria since 2021.",
    "predecessor": ("Ines Moro became Valdoria's first woman president in December 2028, when Congress removed her "
                    "predecessor, Tor Ashby."),
    "predecessor_of_none": "Ines Moro, a lawyer, replaced her predecessor, Tor Ashby, at the firm in 2028.",
    "became_president_of": ("The Congress of Valdoria voted on Friday. Lina Varo, a lawyer who became president of "
                            "Congress in July, took the oath."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article, all drafted in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r47a")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def _held(drafts, name: str, *keys: str) -> list[tuple]:
    """(holder, positionOf, position, then ``keys``) of each PositionHeld drafted from ``name``."""
    return sorted((c["holder"], c.get("positionOf"), c.get("position"), *(c.get(k) for k in keys))
                  for c in of(drafts[name], "PositionHeld"))


def _holders(drafts, name: str) -> list[str]:
    return [c["holder"] for c in of(drafts[name], "PositionHeld")]


# -- 1. a title before the name --------------------------------------------------------------------


def test_a_bare_prosecutors_title_is_of_the_one_court_the_article_names(drafts):
    assert _held(drafts, "prosecutor", "title") == [("lina-varo", "hague-criminal-tribunal", "prosecutor", "Prosecutor")]
    assert _holders(drafts, "prosecutors_said") == []  # 'Prosecutors said': no one's title


def test_a_senator_is_a_legislator_of_the_holders_state(drafts):
    assert _held(drafts, "senator") == [("anton-berger", "valdoria", "legislator")]
    assert _holders(drafts, "senators_aide") == []  # 'a senator's aide, X': the aide is no senator


def test_a_secretary_general_beside_a_un_body_is_the_uns(drafts):
    assert _held(drafts, "secretary_general") == [("lina-varo", "united-nations", "secretary-general")]
    # another organisation's secretary-general stays that organisation's
    assert _held(drafts, "secretary_general_other") == [("lina-varo", "andean-council", "secretary-general")]


def test_a_formal_title_written_whole_before_the_name(drafts):
    assert _held(drafts, "speaker_of", "title") == [
        ("tor-ashby", "national-assembly-of-ostravia", "presiding officer", "Speaker of the National Assembly of Ostravia")]
    assert _held(drafts, "minister_for", "title") == [
        ("lina-varo", "ostravia", "minister", "Minister for Strategic Industries")]
    # a title with no one beside it, or the object of a verb, is no one's office
    assert _holders(drafts, "minister_for_alone") == []
    assert _holders(drafts, "elected_speaker") == []


def test_a_spokesman_named_by_the_posts_branch(drafts):
    assert _held(drafts, "military_spokesman", "title") == [
        ("tor-ashby", "harbour-front", "spokesperson", "military spokesman")]
    # a state's army spokesman speaks for its armed forces
    assert _held(drafts, "army_spokesman", "title") == [("tor-ashby", "ostravian-army", "spokesperson", "army spokesman")]


# -- 2. a title in apposition -----------------------------------------------------------------------


def test_a_high_commissioner_for_a_field_is_of_the_office_named_after_the_post(drafts):
    assert _held(drafts, "high_commissioner", "title") == [
        ("ines-moro", "office-of-the-un-high-commissioner-for-migrants", "high commissioner",
         "High Commissioner for Migrants")]


def test_their_takes_up_a_group_named_before_not_anyone(drafts):
    assert _held(drafts, "their_spokesman", "title") == [("tor-ashby", "harbour-front", "spokesperson", "chief spokesman")]
    assert _holders(drafts, "their_lawyer") == []


def test_the_head_of_a_body_with_a_long_name_before_a_comma(drafts):
    assert _held(drafts, "head_of_long_name") == [("ines-moro", "electoral-board-of-valdoria", "head of organisation")]
    # the head of a state's mission abroad heads no organisation of that name
    assert _holders(drafts, "head_of_mission") == []


def test_regions_before_a_title_are_its_portfolio_and_the_body_comes_after_at(drafts):
    assert _held(drafts, "regional_director", "title") == [
        ("lina-varo", "civic-watch", "director", "Europe and Central Asia director")]
    # no body written: a region is none
    assert _holders(drafts, "regional_director_alone") == []
    assert _holders(drafts, "director_report") == []


def test_a_director_of_a_programme_of_the_institute_named_earlier(drafts):
    assert _held(drafts, "programme_director") == [("ines-moro", "lakeside-policy-institute", "director")]


def test_a_heads_of_states_envoy_serves_the_state(drafts):
    assert _held(drafts, "heads_envoy", "title") == [
        ("lina-varo", "chile", "envoy", "special envoy"), ("tor-ashby", "chile", "head of state", "President")]
    assert _held(drafts, "heads_title") == [("tor-ashby", "chile", "head of state")]  # Lina Varo holds nothing here


# -- 3. former holders, dates, predecessors ----------------------------------------------------------


def test_until_now_and_formerly_end_the_office_in_apposition(drafts):
    assert ("tor-ashby", "ostravia", "deputy minister", "First Deputy Minister of Foreign Affairs", "ended") in \
        _held(drafts, "until_now", "title", "status")
    # 'the Office of the President' of an Ostravian text: the registry's office of that name of Ostravia
    assert ("ines-moro", "office-of-the-president-of-ostravia", "deputy head of organisation", "ended") in \
        _held(drafts, "formerly", "status")
    assert ("lina-varo", "ostroarms", "chief executive", "ended") in _held(drafts, "head_of_maker", "status")
    # the office appointed to is held now
    assert ("ines-moro", "ostravia", "minister", None) in _held(drafts, "formerly", "status")


def test_years_served_date_the_office_and_a_past_end_ends_it(drafts):
    assert _held(drafts, "served_years", "startDate", "endDate", "status") == [
        ("tor-ashby", "ostravia", "ambassador", "2016", "2019", "ended")]
    assert _held(drafts, "served_since", "startDate", "endDate", "status") == [
        ("tor-ashby", "ostravia", "ambassador", "2021", None, None)]


def test_a_predecessor_held_the_possessors_state_office_before(drafts):
    assert ("tor-ashby", "valdoria", "head of state", "ended") in _held(drafts, "predecessor", "status")
    assert ("ines-moro", "valdoria", "head of state", None) in _held(drafts, "predecessor", "status")
    # the possessor holds no state office: the predecessor's post is unknown
    assert _holders(drafts, "predecessor_of_none") == []


def test_president_of_congress_is_its_presiding_officer_from_the_month_told(drafts):
    assert _held(drafts, "became_president_of", "startDate") == [
        ("lina-varo", "congress-of-valdoria", "presiding officer", "2030-07")]
