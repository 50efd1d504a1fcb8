"""Rule set 48, part a: fewer false drafts, through the real ``kg extract`` command on
small invented articles (one run for all, with a registry of invented states, bodies and
people), each fixed kind of sentence beside a look-alike that must still draft:

- reported words that tell an act of a kind the ontology has, done or planned, whether
  or not its participants are named ("said member states would close their borders",
  "told the UN it is pulling out of the treaty", "said it had closed the case", "said
  its strikes had targeted depots", "said a vehicle came under fire"): the act, of which
  the speaker is the source, is the news, no bare Statement of the speaker; words of a
  view that name such an act ("said the border closure was a mistake", "believed it
  could win the case", "still recognised X as president") stay a Statement;
- a label that points back by a word naming no fact nor kind of fact ("called it a big
  win") labels a fact told in its own paragraph or the sentence before, never the last
  fact of a paragraph further back (a background invasion); with none near, neither a
  Characterisation nor a bare Statement of the same words is drafted;
- who leads or heads an armed force ("had led the Defence Force", "the head of the General
  Staff") is its military commander, not the head of an organisation; who leads a group
  stays its head.
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
- {id: andean-council, type: InternationalOrganisation, label: Andean Council}
- {id: ostravian-defence-ministry, type: Government, label: Ostravian defence ministry,
   aliases: [Ostravia's defence ministry], of: ostravia}
- {id: ostravian-general-staff, type: ArmedForces, label: General Staff of Ostravia, of: ostravia}
- {id: ostravian-army, type: ArmedForces, label: Ostravian Defence Force, of: ostravia}
- {id: harbour-front, type: Group, label: Harbour Front, aliases: [the Harbour Front]}
- {id: lina-varo, type: Person, label: Lina Varo, of: ostravia}
- {id: tor-ashby, type: Person, label: Tor Ashby, of: valdoria}
- {id: ines-moro, type: Person, label: Ines Moro, of: ostravia}
"""

ARTICLES = {
    # 1. reported words that tell an act, and words of a view that name one
    "close_borders": ("Ostravia's foreign minister, Lina Varo, said member states would close their borders with "
                      "Valdoria on Friday."),
    "closure_mistake": "Ostravia's foreign minister, Lina Varo, said the border closure was a grave mistake.",
    "pulling_out": "Ostravia has told the United Nations it is pulling out of the treaty on mines.",
    "leaving_view": "\"By leaving the treaty, our forces will have greater flexibility,\" Lina Varo said.",
    "closed_case": "On Monday the Harbour Front said it had closed the case against Tor Ashby.",
    "win_case": "Lina Varo said she believed Ostravia could win the case quickly.",
    "targeted": "Ostravia's defence ministry said its strikes had targeted depots in Valdoria overnight.",
    "measures_targeted": "Lina Varo said the restrictions unfairly targeted people on the basis of their nationality.",
    "under_fire": ("Ostravia's defence ministry said a vehicle of its troops came under fire near the border "
                   "on Monday."),
    "opened_inquiry": "Ostravia's defence ministry said it had opened an investigation into the crash.",
    "rescued": "Lina Varo said the rebels had rescued a number of the crew.",
    "decided_close": "Lina Varo said Ostravia had decided to close its embassy in Valdoria.",
    "hoped_talks": "Lina Varo said Ostravia hoped the talks would continue.",
    "recognised_as": ("The Andean Council said it still recognised Tor Ashby as the legitimate president of "
                      "Valdoria."),
    # 2. labels pointing back by 'it'
    "it_far": ("Ostravia invaded Valdoria in 2024.\n\nThe Andean Council met in Lima on Monday to discuss trade "
               "rules. The members agreed a new text on fisheries after two days.\n\nLina Varo, attending her "
               "first meeting since 2019, called it a \"big win\"."),
    "it_same_paragraph": ("Ostravia and Valdoria signed a trade agreement in Lima on Monday. Lina Varo called it "
                          "\"a big win\"."),
    "it_sentence_before": "Lina Varo met Tor Ashby in Lima on Monday.\n\nInes Moro called it \"a turning point\".",
    "the_decision_far": ("Ostravia imposed sanctions on Valdoria on Monday.\n\nThe two states have quarrelled "
                         "since 2020. Trade fell by half.\n\nTor Ashby called the decision a disgrace."),
    "it_paragraph": ("Ostravia imposed sanctions on Valdoria on Monday. Tor Ashby said Valdoria would answer. "
                     "Ines Moro condemned what she called an act of economic war."),
    # 3. heads of armed forces
    "led_army": "Tor Ashby had led the Ostravian Defence Force until June. He was arrested on Monday.",
    "head_of_staff": "The head of the General Staff of Ostravia, Lina Varo, met Tor Ashby on Monday.",
    "led_group": "Tor Ashby led the Harbour Front until June. He was arrested on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the claims drafted from that article, all drafted in one run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r48a")
    found = drafted_with_registry(folder, ARTICLES, REGISTRY)
    return found


def _speakers(drafts, name: str) -> list:
    """The speakers of the Statements drafted from ``name``."""
    return [c.get("speaker") for c in of(drafts[name], "Statement")]


# -- 1. reported acts -------------------------------------------------------------------------------


def test_borders_to_be_closed_are_no_statement_a_view_of_the_closure_is(drafts):
    assert _speakers(drafts, "close_borders") == []
    assert _speakers(drafts, "closure_mistake") == ["lina-varo"]


def test_leaving_a_treaty_told_is_no_statement_a_view_of_leaving_is(drafts):
    assert _speakers(drafts, "pulling_out") == []
    assert _speakers(drafts, "leaving_view") == ["lina-varo"]


def test_a_case_closed_is_no_statement_a_case_one_hopes_to_win_is(drafts):
    assert _speakers(drafts, "closed_case") == []
    assert _speakers(drafts, "win_case") == ["lina-varo"]


def test_strikes_and_fire_told_are_no_statements(drafts):
    assert _speakers(drafts, "targeted") == []
    assert _speakers(drafts, "under_fire") == []
    # whom a measure 'targets' is a view of its scope, still the speaker's statement
    assert _speakers(drafts, "measures_targeted") == ["lina-varo"]


def test_an_inquiry_opened_a_rescue_and_an_embassy_to_close_are_no_statements(drafts):
    assert _speakers(drafts, "opened_inquiry") == []
    assert _speakers(drafts, "rescued") == []
    assert _speakers(drafts, "decided_close") == []  # the act decided, in the clause under 'decided'
    assert [(c["speaker"], c["modality"]) for c in of(drafts["hoped_talks"], "Statement")] == [("lina-varo", "hoped")]


def test_recognising_someone_as_president_stays_a_statement(drafts):
    assert _speakers(drafts, "recognised_as") == ["andean-council"]


# -- 2. labels pointing back ------------------------------------------------------------------------


def test_it_labels_no_fact_told_paragraphs_before(drafts):
    assert of(drafts["it_far"], "Characterisation") == []
    assert of(drafts["it_far"], "Statement") == []  # the label's words are no bare statement either
    # the facts told before are still drafted
    assert [c["type"] for c in drafts["it_far"] if c["type"] in ("Invasion", "Meeting")] == ["Invasion", "Meeting"]


def test_it_labels_the_fact_of_its_own_paragraph_or_the_sentence_before(drafts):
    near = of(drafts["it_same_paragraph"], "Characterisation")
    agreement = [c["fact"] for c in of(drafts["it_same_paragraph"], "Agreement")]
    assert [(c["category"], c["characterised"], c["said_by"]) for c in near] == [
        ("big win", agreement[0], "lina-varo")]
    before = of(drafts["it_sentence_before"], "Characterisation")
    meeting = [c["fact"] for c in of(drafts["it_sentence_before"], "Meeting")]
    assert [(c["category"], c["characterised"], c["said_by"]) for c in before] == [
        ("turning point", meeting[0], "ines-moro")]
    # a noun that names the fact ("the decision") still points back across paragraphs
    far = of(drafts["the_decision_far"], "Characterisation")
    sanction = [c["fact"] for c in of(drafts["the_decision_far"], "Sanction")]
    assert [(c["category"], c["characterised"]) for c in far] == [("disgrace", sanction[0])]
    para = of(drafts["it_paragraph"], "Characterisation")
    sanction = [c["fact"] for c in of(drafts["it_paragraph"], "Sanction")]
    assert [(c["category"], c["characterised"]) for c in para] == [("act of economic war", sanction[0])]


# -- 3. heads of armed forces -----------------------------------------------------------------------


def _positions(drafts, name: str) -> list[tuple]:
    return [(c["holder"], c["positionOf"], c["position"]) for c in of(drafts[name], "PositionHeld")]


def test_who_leads_or_heads_an_armed_force_commands_it(drafts):
    assert _positions(drafts, "led_army") == [("tor-ashby", "ostravian-army", "military commander")]
    assert _positions(drafts, "head_of_staff") == [("lina-varo", "ostravian-general-staff", "military commander")]
    # a group's leader stays its head
    assert _positions(drafts, "led_group") == [("tor-ashby", "harbour-front", "head of organisation")]
