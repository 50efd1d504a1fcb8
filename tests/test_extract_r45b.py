"""Rule set 45, part b: who takes part in a fact and of which kind, as new users' drafts of
unseen articles got it wrong (a crackdown on protesters, a bloc admitting a member,
prisoners freed, an arms embargo, a border closed by clashes), through the real ``kg
extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture), each with look-alikes that must not trigger:

- a label given a noun of no known kind links to the fact told before only when the noun
  names it ("the closing of the border" after "closed its border"); "the storming of the
  assembly" after a vote links to nothing;
- "announced the admission of X as a full member of the group": X's Membership of the body
  the article is about, said by the announcer, who is never a member by it;
- "Kell and the reporter Ashby, who was arrested": the arrest is Ashby's alone; "who were
  arrested" is both's;
- "did not recognise his victory": a statement with polarity negative;
- "the President of the Government" is a head of government; "the president of the X
  Association" heads it, a bank's president stays a director;
- "the Council of Ministers approved a decree that imposes an embargo on the trade in arms
  with X": the council is the embargo's authority, X its target;
- police firing on protesters, killing some; crowds detained; an army deployed;
- a speaker's toll of both sides; a loss counted per day.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # 1. labels and the fact they name
    "storming": ("The National Assembly of Ghana passed the Mining Bill by 150 votes to 80 on Tuesday. Hundreds "
                 "of people then broke into the assembly building. President John Mahama called the storming of "
                 'the assembly "an attack on democracy".'),
    "closing": ("Peru closed its border with Chile on Monday. Gabriel Boric called the closing of the border a "
                "grave mistake."),
    "term_people": ("Peru imposed sanctions on Chile on Monday. Gabriel Boric said Chile would stop what he "
                    "described as violent thugs. Bolivia condemned what it called an act of economic war."),
    "generic_noun": ("Peru closed its border with Chile on Monday. Evo Morales called the announcement deeply "
                     "unfortunate."),
    # 2. admission as a member
    "admission": ("Chile announces the admission of Bolivia as a full member of Mercosur\n\nThe Chilean "
                  "government, which holds the presidency of Mercosur this year, today announced the official "
                  "admission of the Plurinational State of Bolivia as a full member of the group."),
    "admission_lookalikes": ("Chile admitted the error as a member of the panel on Monday. The minister welcomed "
                             "the entry of new investors into Peru."),
    # 3. relative clauses and negation
    "relative": ("Among the prisoners freed on Monday were the opposition leader Ana Kell and the reporter Tor "
                 "Ashby, who was arrested in May 2021 and later sentenced to 12 years in prison."),
    "relative_plural": "The diplomats Lin Hale and Mira Holt, who were arrested in May 2021, left Peru on Monday.",
    "not_recognised": ("Luis Arce has led Bolivia since 2020. Chile and Peru did not recognise his victory in the "
                       "2020 election. Ecuador recognised his victory on Monday."),
    # 4. offices and the maker of a measure
    "offices": "The measure was announced by the President of the Government, Pedro Sanchez, on Monday.",
    "presidents": ("Ana Kell, president of the Andean Chamber of Commerce, spoke on Monday. Tor Ashby, president "
                   "of the Andean Development Bank, spoke on Tuesday."),
    "decree": ("The Council of Ministers today approved a Royal Decree-Law that imposes a total embargo on the "
               "trade in arms with Israel. The Council of Ministers also approved a decree on the budget. The other "
               "measures include a ban on entry into Chile for officials who took part in the war."),
    # 5. crowds fired on and detained, an army deployed
    "crackdown": ("Kenyan police fired tear gas and live rounds at protesters in Nairobi on Tuesday, killing at "
                  "least 19 people. Hundreds of demonstrators were detained in Mombasa on Wednesday. The Kenyan "
                  "army was deployed to Mombasa on Thursday."),
    "crackdown_lookalikes": ("The company fired 300 workers on Monday. Kenyan police did not fire at the crowd. "
                             "Fans fired flares at the stadium. Kenyan police could open fire on protesters, the "
                             "minister warned. Hundreds of books were detained at customs."),
    # 6. a toll by side, a loss per day
    "tolls": ("Mali closed its border with Niger on Friday after clashes. The Malian army said 14 of its "
              "soldiers were killed in the fighting and that more than 60 Islamic State militants died."),
    "toll_lookalike": "The Malian army said 14 of its soldiers were killed in the floods.",
    "losses": ("Ana Kell, president of the Andean Chamber of Commerce, said Peru was losing about $2.5 million in "
               "exports every day the border stays shut."),
    "loss_lookalikes": ("Ana Kell said Peru lost $3 billion in exports last year. Tor Ashby said Peru was losing "
                        "patience every day."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r45b"), ARTICLES, {}, "2030-05-24")


# -- 1. a label links to the fact its noun names ------------------------------------------------


def test_a_label_of_an_act_not_drafted_links_to_no_other_fact(drafts):
    claims = drafts["storming"]["claims"]
    assert [c["votingBody"] for c in of(claims, "Vote")]  # the vote is drafted ...
    assert of(claims, "Characterisation") == []  # ... and the storming's label is not hung on it


def test_a_label_whose_noun_names_the_fact_told_before_links_to_it(drafts):
    [closure] = of(drafts["closing"]["claims"], "BorderClosure")
    [label] = of(drafts["closing"]["claims"], "Characterisation")
    assert (label["characterised"], label["category"], label["said_by"]) == \
        (closure["fact"], "grave mistake", "gabriel-boric")


def test_a_noun_that_stands_for_whatever_was_told_links_to_the_fact_told_last(drafts):
    [closure] = of(drafts["generic_noun"]["claims"], "BorderClosure")
    assert [c["characterised"] for c in of(drafts["generic_noun"]["claims"], "Characterisation")] == [closure["fact"]]


def test_a_speakers_term_for_people_links_to_no_fact_but_a_term_for_an_act_does(drafts):
    labels = of(drafts["term_people"]["claims"], "Characterisation")
    [sanction] = of(drafts["term_people"]["claims"], "Sanction")
    assert [(c["category"], c["characterised"]) for c in labels] == [("act of economic war", sanction["fact"])]


# -- 2. admission as a member ----------------------------------------------------------------


def test_the_admitted_party_is_the_member_and_the_announcer_its_speaker(drafts):
    found = of(drafts["admission"]["claims"], "Membership")
    assert {(c["member"], c["memberOf"], c.get("description")) for c in found} == \
        {("bolivia", "mercosur", "full member")}
    assert len(found) == 2 and all(c["said_by"] == "chile" for c in found)
    # the admission's own words (and the day), not the announcer's clause
    assert any(c["quote"].endswith("the official admission of the Plurinational State of Bolivia as a full member "
                                   "of the group") and "Chilean government" not in c["quote"] for c in found)


def test_admitting_an_error_or_an_entry_of_investors_is_no_membership(drafts):
    assert of(drafts["admission_lookalikes"]["claims"], "Membership") == []


# -- 3. relative clauses, negation ------------------------------------------------------------


def test_a_singular_relative_clause_tells_of_its_head_alone(drafts):
    claims = drafts["relative"]["claims"]
    assert [c["target"] for c in of(claims, "Detention")] == ["tor-ashby"]
    assert [c["target"] for c in of(claims, "LegalAction")] == ["tor-ashby"]


def test_a_plural_relative_clause_tells_of_every_name_joined(drafts):
    [c] = of(drafts["relative_plural"]["claims"], "Detention")
    assert sorted(c["target"]) == ["lin-hale", "mira-holt"]


def test_not_recognising_a_victory_is_negative(drafts):
    said = {c["said_by"] if isinstance(c["said_by"], str) else tuple(c["said_by"]): c.get("polarity")
            for c in of(drafts["not_recognised"]["claims"], "Statement")}
    assert said == {("chile", "peru"): "negative", "ecuador": None}


# -- 4. offices; the maker of a measure --------------------------------------------------------


def _offices(d) -> set[tuple]:
    return {(c["holder"], c.get("positionOf"), c["position"]) for c in of(d["claims"], "PositionHeld")}


def test_the_president_of_the_government_heads_it_and_a_chambers_president_heads_the_chamber(drafts):
    assert _offices(drafts["offices"]) == {("pedro-sanchez", "spain", "head of government")}
    assert _offices(drafts["presidents"]) == {
        ("ana-kell", "andean-chamber-of-commerce", "head of organisation"),
        ("tor-ashby", "andean-development-bank", "director"),  # a bank is no body of members
    }


def test_the_maker_of_a_decree_is_the_authority_of_the_embargo_it_imposes(drafts):
    [c] = of(drafts["decree"]["claims"], "Sanction")
    assert (c["authority"], c["target"]) == ("council-of-ministers", "israel")
    assert c["quote"].startswith("Council of Ministers today approved a Royal Decree-Law that imposes")


# -- 5. crowds fired on, detained; an army deployed ---------------------------------------------


def test_police_firing_on_protesters_is_a_repression_with_its_dead(drafts):
    [c] = of(drafts["crackdown"]["claims"], "Repression")
    assert (c["perpetrator"], c["target"], c["weapon"], c["killed"], c["date"]) == (
        {"actor": "unnamed police", "for": "kenya"}, "unnamed protesters", ["tear gas", "live rounds"],
        "at least 19", "2030-05-21")
    assert c["quote"].endswith("killing at least 19 people")


def test_a_crowd_detained_and_an_army_deployed(drafts):
    claims = drafts["crackdown"]["claims"]
    assert [c["target"] for c in of(claims, "Detention")] == ["hundreds of unnamed demonstrators"]
    assert [(c["initiator"], c["deployed"], c["destination"]) for c in of(claims, "Deployment")] == \
        [("kenya", "unnamed army", "mombasa")]


def test_workers_fired_a_denied_or_possible_firing_and_goods_held_are_none(drafts):
    kinds = {c["type"] for c in drafts["crackdown_lookalikes"]["claims"]}
    assert not kinds & {"Repression", "Attack", "Detention"}, drafts["crackdown_lookalikes"]["claims"]


# -- 6. a toll by side; a loss per day ----------------------------------------------------------


def test_a_speakers_toll_of_both_sides_is_killed_people_by_side(drafts):
    [c] = of(drafts["tolls"]["claims"], "ArmedConflict")
    assert (sorted(c["party"]), c["said_by"], "killed" in c) == (["islamic-state", "mali"], "mali", False)
    assert c["killedPeople"] == [{"actor": "14 unnamed soldiers", "of": "mali"},
                                 {"actor": "more than 60 unnamed Islamic State militants", "of": "islamic-state"}]


def test_one_sides_dead_with_no_other_side_is_no_toll_by_side(drafts):
    assert of(drafts["toll_lookalike"]["claims"], "ArmedConflict") == []


def test_a_loss_per_day_is_an_assessment_of_value_per_period(drafts):
    [c] = of(drafts["losses"]["claims"], "Assessment")
    assert (c["speaker"], c["affected"], c["value"], c["valueOf"], c["perPeriod"]) == \
        ("ana-kell", "peru", "about USD 2.5 million", "exports lost", "a day")


def test_a_loss_with_no_period_or_no_sum_is_no_assessment(drafts):
    assert of(drafts["loss_lookalikes"]["claims"], "Assessment") == []
