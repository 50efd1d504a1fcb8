"""Rule set 53, part a: everyone at a ceremony, group subjects of reported clauses, whole
quotes, nominal protests, joint demands, talks over time, decided takings, control lost
and anchors dragged, drafted through the real ``kg extract`` command on small articles
written for these tests (one run for all, a module-scoped fixture, with a registry of
invented names), each beside look-alikes that must draft nothing of the kind:

- "X joined A, B and C at a ceremony" has all four take part; a body joined at a
  ceremony ("joined the African Union at a ceremony") is no participant of it;
- "A and B attended the ceremony, as did the presidents of C and D and representatives
  of O" after a rite another performed: all are `attendee`, the unnamed ones one per
  state or body (``{actor: unnamed president, of: C}``); with no rite told before, those
  who attended stay its participants;
- "said that all three countries were ready": the group is read whole, the speaker's own
  state among them; the speaker's own state named alone is still left out;
- a reported clause's quote runs to its end through a participle or relative clause that
  restricts its noun ("a long road travelled by A, B and C", "all measures permitted
  under international law ... to defend ..."); a relative clause set off by a comma is
  still cut;
- "has decided to nationalise X" is a Seizure (and Ownership) `planned`, `status:
  decided`; "nationalised X" stays done; "decided not to nationalise X" is no decision;
- "X said it had lost control of C to the <demonym> authorities" / "to Y": a Control of
  the receiver over C, `transferredFrom` X; "lost money", "lost control of the match" none;
- "drawing a protest from S to the UN Security Council": a Criticism by S of the act's
  doer, `said_to` the Council; "drawing crowds from S" none;
- "S1 has joined S2 in condemning X": both speak; "joined S2's army" none;
- "more than a decade of talks between A, B and C, including rounds mediated by O and P":
  a Negotiation with its duration and a Mediation of it; "held talks" and "a decade of
  silence" stay meetings;
- "the tanker X, which investigators suspect of dragging its anchor across the Y cable":
  a Damage of Y by X, alleged by unnamed investigators; the same told as done is asserted;
  an anchor dragged across no named asset, or talks "dragged", is none.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: peru, type: State, label: Peru}
- {id: chile, type: State, label: Chile}
- {id: bolivia, type: State, label: Bolivia}
- {id: ecuador, type: State, label: Ecuador}
- {id: uganda, type: State, label: Uganda}
- {id: djibouti, type: State, label: Djibouti}
- {id: united-states, type: State, label: United States}
- {id: peru-government, type: Government, label: Government of Peru, of: peru}
- {id: vell-mining, type: Organisation, label: Vell Mining, of: chile}
- {id: andes-copper, type: StateCompany, label: Andes Copper, of: peru}
- {id: lina-varo, type: Person, label: Lina Varo, of: chile}
- {id: omar-kadir, type: Person, label: Omar Kadir}
- {id: luis-arce, type: Person, label: Luis Arce}
- {id: ana-rojas, type: Person, label: Ana Rojas}
- {id: amos-kiprono, type: Person, label: Amos Kiprono}
- {id: farah-gedi, type: Person, label: Farah Gedi}
- {id: ostra-link, type: Asset, label: Ostra Link, aliases: [Ostra Link cable]}
- {id: sea-star, type: Asset, label: Sea Star}
- {id: african-union, type: InternationalOrganisation, label: African Union}
- {id: un-security-council, type: Organisation, label: United Nations Security Council, aliases: [Security Council]}
"""

CASES = {
    # everyone at a ceremony
    "joined": ("Chilean President Lina Varo joined Peruvian President Omar Kadir, Bolivian President Luis Arce "
               "and Ecuador's energy minister Ana Rojas at a ceremony in Lima on Sunday evening."),
    "joined_body": "Peru joined the African Union at a ceremony in Lima on Sunday.",
    "as_did": ("Chilean President Lina Varo inaugurated the new bridge on Monday. Amos Kiprono and Farah Gedi "
               "attended the ceremony, as did the presidents of Djibouti and Uganda and representatives of the "
               "African Union."),
    "attended_alone": "Amos Kiprono and Farah Gedi attended the ceremony in Lima on Monday.",
    # group subjects of reported clauses
    "group": ("Chile, Peru and Bolivia signed a pact in May. Omar Kadir, the head of Vell Mining, said last year "
              "that all three countries were ready to run their grids on their own."),
    "own_state": "Omar Kadir, the head of Vell Mining, said last year that Chile was ready to run its grid alone.",
    # whole quotes
    "road": "Lina Varo said the moment marked the end of a long road travelled by Chile, Peru and Bolivia.",
    "measures": ("The Peruvian foreign ministry said Peru reserved the right to take all measures permitted "
                 "under international law and the UN Charter to defend the interests of its people."),
    "set_off": "Lina Varo said the moment marked the end of a long road, which few had travelled before them.",
    # decided takings
    "decided": ("The Government of Peru announced on Thursday, in a statement read on television, that it has "
                "decided to nationalise Vell Mining, the copper company that runs the mine."),
    "nationalised": "Peru nationalised Vell Mining on Thursday.",
    "decided_not": "Peru has decided not to nationalise Vell Mining.",
    # control lost
    "lost": "Vell Mining said in December that it had lost operational control of Andes Copper to the Peruvian authorities.",
    "lost_to_state": "Vell Mining lost control of Andes Copper to Peru in December.",
    "lost_money": "Vell Mining lost money in December.",
    "lost_match": "Chile lost control of the match to Peru.",
    # a protest drawn
    "protest": "Chile on Tuesday opened the new dam, drawing an immediate protest from Peru to the United Nations Security Council.",
    "crowds": "Chile on Tuesday opened the new dam, drawing large crowds from Peru.",
    # joined in an act of speech
    "joined_in": "Bolivia has joined Peru in condemning Chile for the border raid.",
    "joined_army": "Bolivia joined Peru's army in 2020 before condemning Chile.",
    # talks over time
    "talks": ("More than a decade of talks between Chile, Peru and Bolivia, including rounds mediated by the "
              "African Union and the United States, has produced no agreement."),
    "held_talks": "Chile and Peru held talks in Lima on Monday.",
    "silence": "Chile and Peru met after a decade of silence.",
    # anchors dragged
    "anchor": ("Chilean police seized the tanker Sea Star, which investigators suspect of dragging its anchor across "
               "the Ostra Link cable."),
    "anchor_done": "The tanker Sea Star dragged its anchor across the Ostra Link cable on Monday.",
    "anchor_bay": "The tanker Sea Star dragged its anchor across the bay on Monday.",
    "dragged_talks": "Chile dragged the talks across the Ostra Link deadline.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """name -> the drafted claims of each case, drafted in one run with the registry above."""
    folder = tmp_path_factory.mktemp("r53a")
    registry = folder / "entities.yaml"
    registry.write_text(REGISTRY, encoding="utf-8")
    found, _ = drafted_cases(folder, CASES, "--entities", registry)
    return found


def _listed(value) -> list:
    return value if isinstance(value, list) else [value]


# -- everyone at a ceremony -------------------------------------------------------------------

def test_those_joined_at_a_ceremony_take_part(drafts):
    [ceremony] = of(drafts["joined"], "Ceremony")
    assert ceremony["participant"] == ["lina-varo", "omar-kadir", "luis-arce", "ana-rojas"], ceremony
    assert [c.get("participant") for c in of(drafts["joined_body"], "Ceremony")] in ([], ["peru"])


def test_attendees_of_a_rite_another_performs_with_the_unnamed_of_each_state(drafts):
    opened, attended = of(drafts["as_did"], "Ceremony")
    assert opened["participant"] == "lina-varo" and attended["fact"] == opened["fact"]
    assert "participant" not in attended
    assert attended["attendee"] == [
        "amos-kiprono", "farah-gedi", {"actor": "unnamed president", "of": "djibouti"},
        {"actor": "unnamed president", "of": "uganda"}, {"actor": "unnamed representatives", "of": "african-union"}]
    assert attended["quote"].endswith("representatives of the African Union")
    [alone] = of(drafts["attended_alone"], "Ceremony")  # no rite told before: they are its participants
    assert alone["participant"] == ["amos-kiprono", "farah-gedi"] and "attendee" not in alone


# -- group subjects of reported clauses -------------------------------------------------------

def test_a_counted_group_is_read_whole_the_speakers_state_among_them(drafts):
    [said] = of(drafts["group"], "Statement")
    assert said["speaker"] == "omar-kadir" and said["about"] == ["chile", "peru", "bolivia"], said
    [own] = of(drafts["own_state"], "Statement")
    assert "about" not in own, own


# -- whole quotes -------------------------------------------------------------------------------

def test_a_reported_clause_is_quoted_to_its_end(drafts):
    [road] = of(drafts["road"], "Statement")
    assert road["quote"].endswith("a long road travelled by Chile, Peru and Bolivia")
    [measures] = of(drafts["measures"], "Statement")
    assert measures["quote"].endswith("all measures permitted under international law and the UN Charter to "
                                      "defend the interests of its people")
    [set_off] = of(drafts["set_off"], "Statement")
    assert set_off["quote"].endswith("the end of a long road"), set_off


# -- decided takings ----------------------------------------------------------------------------

def test_a_decided_nationalisation_is_planned(drafts):
    [seizure] = of(drafts["decided"], "Seizure")
    assert (seizure["perpetrator"], seizure["seized"]) == ("peru-government", "vell-mining")
    assert (seizure["status"], seizure["modality"]) == ("decided", "planned"), seizure
    assert [o["modality"] for o in of(drafts["decided"], "Ownership")] == ["planned"]
    [done] = of(drafts["nationalised"], "Seizure")
    assert "status" not in done and "modality" not in done
    [refused] = of(drafts["decided_not"], "Seizure")
    assert "status" not in refused and refused.get("polarity") == "negative"


# -- control lost -------------------------------------------------------------------------------

def test_control_lost_to_another_is_the_other_s_control(drafts):
    [lost] = of(drafts["lost"], "Control")
    assert lost["controller"] == {"actor": "unnamed authorities", "of": "peru"}, lost
    assert (lost["controlled"], lost["transferredFrom"]) == ("andes-copper", "vell-mining")
    assert (lost["modality"], lost["said_by"]) == ("reported", "vell-mining")
    [to_state] = of(drafts["lost_to_state"], "Control")
    assert (to_state["controller"], to_state["transferredFrom"], to_state["startDate"]) == ("peru", "vell-mining", "2029-12")
    assert of(drafts["lost_money"], "Control") == [] and of(drafts["lost_match"], "Control") == []


# -- a protest drawn ----------------------------------------------------------------------------

def test_a_protest_drawn_from_a_state_to_a_body(drafts):
    [protest] = of(drafts["protest"], "Criticism")
    assert (protest["speaker"], protest["about"], protest["said_to"]) == ("peru", "chile", "un-security-council")
    assert protest["quote"].endswith("drawing an immediate protest from Peru to the United Nations Security Council")
    assert of(drafts["crowds"], "Criticism") == []


# -- joined in an act of speech -------------------------------------------------------------------

def test_who_joins_another_in_condemning_condemns_too(drafts):
    [criticism] = of(drafts["joined_in"], "Criticism")
    assert sorted(_listed(criticism["speaker"])) == ["bolivia", "peru"] and criticism["about"] == "chile"
    assert [c for c in drafts["joined_army"] if "bolivia" in _listed(c.get("speaker"))] == []


# -- talks over time ------------------------------------------------------------------------------

def test_talks_over_years_are_a_negotiation_with_their_mediators(drafts):
    [talks] = of(drafts["talks"], "Negotiation")
    assert talks["party"] == ["chile", "peru", "bolivia"] and talks["duration"] == "More than a decade"
    [mediation] = of(drafts["talks"], "Mediation")
    assert mediation["mediator"] == ["african-union", "united-states"] and mediation["mediationOf"] == talks["fact"]
    assert of(drafts["talks"], "Meeting") == []
    for name in ("held_talks", "silence"):
        assert of(drafts[name], "Negotiation") == [] and len(of(drafts[name], "Meeting")) == 1, drafts[name]


# -- anchors dragged ------------------------------------------------------------------------------

def test_an_anchor_dragged_across_a_cable_damages_it(drafts):
    [damage] = of(drafts["anchor"], "Damage")
    assert (damage["damaged"], damage["byAsset"], damage["instrument"]) == ("ostra-link", "sea-star", "its anchor")
    assert (damage["modality"], damage["said_by"]) == ("alleged", "unnamed investigators")
    [done] = of(drafts["anchor_done"], "Damage")
    assert (done["damaged"], done["byAsset"]) == ("ostra-link", "sea-star") and "modality" not in done
    assert of(drafts["anchor_bay"], "Damage") == [] and of(drafts["dragged_talks"], "Damage") == []
