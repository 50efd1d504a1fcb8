"""Rule set 48, part j: one fact per event and each event its own fact, through the real
``kg extract`` command on small invented articles, each beside a look-alike:

- statements of unnamed speakers ('officials said') told in sentences apart are two
  facts; one such statement keeps its id of kind and day;
- a claim told again inside the words of a fuller claim of its kind (a welcome read once
  without what was welcomed) is dropped, while welcomes of two things stay two;
- a remark whose teller the sentence names ("A White House spokesman, Sam Reed, called
  ...") is one claim of the fact, never also one of an 'unnamed spokesman'; a remark of a
  spokesman the sentence does not name keeps 'unnamed spokesman';
- a person held from one month and in detention since another are two detentions, and an
  undated "X's arrest" is neither of them; one dated arrest told again undated is one;
- the tally of a numbered resolution ("Resolution 2781 ... was adopted with ten votes in
  favour") is the vote, which "No member voted against" adds to;
- "U.S. President A and Ukrainian President B met ...", where the parser hangs A on B, is a
  meeting of both, dated by its day;
- a meeting's city ("met X in Lima", "held talks with X in Lima") is its place; a state it
  was held in is left out (it may be a party).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: peru, type: State, label: Peru}
- {id: chile, type: State, label: Chile}
- {id: china, type: State, label: China}
- {id: united-states, type: State, label: United States}
- {id: andean-bloc, type: InternationalOrganisation, label: Andean Bloc, aliases: [the Andean Bloc]}
- {id: ukraine, type: State, label: Ukraine}
- {id: lima, type: City, label: Lima}
- {id: security-council, type: Organisation, label: Security Council, aliases: [the Security Council]}
- {id: donald-trump, type: Person, label: Donald Trump}
- {id: volodymyr-zelensky, type: Person, label: Volodymyr Zelensky}
"""

ARTICLES = {
    "officials_twice": (
        "LIMA - Peru's coast guard on Tuesday stopped the cargo ship Morava off Callao. The Morava was sailing "
        "from Valparaiso to Panama when it entered Peruvian waters, officials said. The master is a Chilean "
        "citizen and most of the crew are from Ecuador, officials said."),
    "officials_once": (
        "LIMA - Peru's coast guard on Tuesday stopped the cargo ship Morava off Callao. The Morava was sailing "
        "from Valparaiso to Panama when it entered Peruvian waters, officials said."),
    "welcome_nested": (
        "Chile announced on Monday the admission of Peru as a full member of the Andean Bloc. The foreign ministry "
        "of China said on Tuesday that Beijing welcomed and warmly congratulated Peru on becoming a full member."),
    "welcomes_apart": "China welcomed Peru to the Andean Bloc on Monday. China also welcomed Chile's new government.",
    "spokesman_named": (
        "Tor Ashby met Lina Varo in Lima on Monday. A White House spokesman, Sam Reed, called the talks "
        "\"very productive\"."),
    "spokesman_unnamed": (
        "Tor Ashby met Lina Varo in Lima on Monday. A White House spokesman called the talks \"very productive\"."),
    # 4. two detentions of one person, and an arrest told undated
    "detentions_two": (
        "Tor Ashby was held in pretrial detention from June 2029 until a judge released him in September. "
        "Relations between Peru and Chile have been strained since Tor Ashby's arrest. Tor Ashby has been in "
        "detention again since December 2029 on charges of rebellion."),
    "detention_since": "Tor Ashby has been in custody since December 2029.",
    # 5. a numbered resolution's tally
    "resolution_number": (
        "The Security Council on Monday extended its mission in Peru for a year. Resolution 2781, drafted by "
        "Chile, was adopted with ten votes in favour and five abstentions. No member voted against."),
    "protocol_number": (
        "The Security Council on Monday extended its mission in Peru for a year. Protocol 2781, drafted by "
        "Chile, was adopted with ten votes in favour and five abstentions."),
    # 6. two titled names the parser hangs one on the other
    "titled_pair": (
        "U.S. President Donald Trump and Ukrainian President Volodymyr Zelensky met inside the Government Palace "
        "on Sunday."),
    "titled_one": "Ukrainian President Volodymyr Zelensky met reporters inside the Government Palace on Sunday.",
    # 7. where a meeting was held
    "meeting_places": (
        "Tor Ashby met Lina Varo in Lima on Monday. A day later, Chile's envoy Sam Reed held three hours of "
        "talks with Peru's foreign minister, Ana Lopez, in Lima."),
    "meeting_in_a_state": "Tor Ashby met Lina Varo in Peru on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article, all in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r48j")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def test_statements_of_unnamed_speakers_in_two_sentences_are_two_facts(drafts):
    told = [c for c in of(drafts["officials_twice"], "Statement") if c.get("speaker") == "unnamed officials"]
    assert len(told) == 2
    # (no speaker named: the day and the article's id tell the statement, rule set 49 part e)
    assert told[0]["fact"] == "statement-2030-09-03-officials-twice"
    assert len({c["fact"] for c in told}) == 2
    once = [c["fact"] for c in of(drafts["officials_once"], "Statement")]
    assert once == ["statement-2030-09-03-officials-once"]


def test_a_welcome_read_again_inside_a_fuller_one_is_dropped(drafts):
    praise = of(drafts["welcome_nested"], "Praise")
    assert [(c["speaker"], c.get("about")) for c in praise] == [("china", "peru")]
    assert "congratulated Peru" in praise[0]["quote"]
    # look-alike: two welcomes of two things stay two facts
    apart = of(drafts["welcomes_apart"], "Praise")
    assert sorted(c.get("about") for c in apart) == ["chile", "peru"]
    assert len({c["fact"] for c in apart}) == 2


def test_a_remark_whose_teller_is_named_is_not_also_an_unnamed_tellers(drafts):
    named = of(drafts["spokesman_named"], "Characterisation")
    assert [(c["said_by"], c["characterised"]) for c in named] == [
        ("sam-reed", "meeting-lina-varo-tor-ashby-2030-09-02")]
    assert all(not c["fact"].endswith("-2") for c in drafts["spokesman_named"])
    unnamed = of(drafts["spokesman_unnamed"], "Characterisation")
    assert [c["said_by"] for c in unnamed] == ["unnamed spokesman"]


def test_two_detentions_of_one_person_are_two_facts_and_an_undated_arrest_is_neither(drafts):
    held = of(drafts["detentions_two"], "Detention")
    assert [c.get("date") for c in held] == ["2029-06", None, "2029-12"]
    ids = [c["fact"] for c in held]
    assert len(set(ids)) == 3
    assert not any(ids[1] == i for i in (ids[0], ids[2]))
    # look-alike: one state of custody since a month is dated by it
    assert [c.get("date") for c in of(drafts["detention_since"], "Detention")] == ["2029-12"]


def test_the_tally_of_a_numbered_resolution_is_the_vote(drafts):
    votes = of(drafts["resolution_number"], "Vote")
    tallied = [c for c in votes if "votesFor" in c]
    assert [(c["votesFor"], c["abstentions"], c["votingBody"]) for c in tallied] == [(10, 5, "security-council")]
    assert "Resolution 2781" in tallied[0]["quote"]
    # "No member voted against" is a claim on the vote the tally tells, not another vote
    assert {c["fact"] for c in votes} == {tallied[0]["fact"]} and len(votes) == 2
    # look-alike: a number of a text of no vote (a protocol) is no motion
    assert of(drafts["protocol_number"], "Vote") == []


def test_two_titled_names_joined_by_and_are_two_participants(drafts):
    met = of(drafts["titled_pair"], "Meeting")
    assert [(sorted(c["participant"]), c.get("date")) for c in met] == [
        (["donald-trump", "volodymyr-zelensky"], "2030-09-01")]
    assert of(drafts["titled_one"], "Meeting") == []


def test_a_meetings_city_is_its_place_and_a_state_is_left_out(drafts):
    met = of(drafts["meeting_places"], "Meeting")
    assert [(sorted(c["participant"]), c.get("place")) for c in met] == [
        (["lina-varo", "tor-ashby"], "lima"), (["ana-lopez", "sam-reed"], "lima")]
    assert [c.get("place") for c in of(drafts["meeting_in_a_state"], "Meeting")] == [None]
