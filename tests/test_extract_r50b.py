"""Rule set 50, part b: releases, their mediators and recipients, meetings arranged by a
third party, people named with their nationality, a family's shared surname and
honorifics, through the real ``kg extract`` command on small articles written for these
tests (one run for all, a module-scoped fixture), each beside look-alikes that must
draft nothing of the kind:

- "US Citizen X" of a headline, "French national X", "dual national X": the noun is no
  part of the name; "national" read as an adjective still gives the Citizenship, one
  per state of a dual national; "Canadian resident X" is no citizen, "the French National
  Assembly" no person;
- a release "by the authorities in <capital>" is by that state (or the government the
  gazetteer seats there: the Taliban in Kabul); "in Kandahar", no capital, names no one;
- "following mediation by X", "with X's help", "X's mediation secured the release of Y":
  a Mediation of the release; talks, a lawyer's help, figures released: none;
- "was handed over (in PLACE) to Y" is the release to Y of the person the article says
  was released (one fact), or of captives; to the police, or of someone never said to be
  released, it is none;
- "Qatari officials arranged a first meeting between A and B": A and B meet, organised by
  unnamed officials of Qatar, the first; "hosted talks between" and "brokered" keep the
  host and the mediator out of the participants; "hosted talks with" keeps the host in;
- "the British couple Peter and Barbie Reynolds", "brothers Ali and Reza Karimi": two
  people of one surname; "Putin and Xi Jinping", "the activists Lena and Tor Ashby" not;
- "Mawlawi", "Sir", "MP" stay out of a person's label, a name of two words keeps its
  first ("Mullah Karim");
- "the Taliban foreign minister" holds a post of the Taliban, proposed as Afghanistan's
  government; a registry that has the Taliban as a group keeps its class.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry
from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # people named with their nationality
    "headline_citizen": ("Oman Secures Release of US Citizen Tor Kanji\n\n"
                         "United States citizen Tor Kanji was released on Monday by the authorities in Caracas "
                         "following mediation by Oman."),
    "national": "Iranian authorities released French national Lennart Mosk on Friday after mediation by Oman.",
    "dual": "British-Iranian dual national Nadia Rezai was freed by Iran on Friday.",
    "resident": "Canadian resident Omar Kadir was arrested in Tehran on Friday.",
    "assembly": "The French National Assembly approved the budget on Friday.",
    # who released, and who brought it about
    "local_authorities": "Lena Varo was released on Monday by the authorities in Kandahar.",
    "help": "Lena Varo was freed on Monday with Qatar's help.",
    "talks_lookalike": "Lena Varo was released on Monday following talks with Chile.",
    "lawyer_lookalike": "Lena Varo was released on Monday with the help of her lawyer Tor Ashby.",
    "figures_lookalike": "Peru released the figures on Monday after mediation by Chile.",
    # handed over
    "handed_over": ("Chilean citizen Lena Varo was released on Monday by the authorities in Caracas. "
                    "She was handed over in Caracas to Tor Ashby, the Chilean envoy."),
    "to_police": "Tor Ashby was handed over to police in Lima on Monday.",
    "transfer": "Chile handed over Tor Ashby to Peru on Monday.",
    "hostages": "Hamas handed over three hostages to the Red Cross on Monday.",
    # meetings a third party brings about
    "arranged": ("In March, Qatari officials arranged a first meeting between Tor Ashby and Omar Kadir, and the "
                 "State of Qatar, which acts as the protecting power of Chile in Peru, has since maintained "
                 "regular contact with both sides."),
    "hosted_between": "Qatar hosted talks between Chile and Peru in Doha on Monday.",
    "brokered": "Oman brokered a second round of talks between Iran and the United States on Monday.",
    "hosted_with": "Chile hosted talks with Peru in Santiago on Monday.",
    "first_meeting": "Lena Varo held a first meeting with Omar Kadir on Monday.",
    # one surname for two
    "couple": ("On 19 September, Qatari mediation also secured the release of the British couple Peter and "
               "Barbie Reynolds, who had been held for nearly eight months."),
    "brothers": "Iran arrested the brothers Ali and Reza Karimi on Monday.",
    "couple_after": "Peter and Barbie Reynolds, a British couple, were freed on Monday.",
    "two_leaders": "Putin and Xi Jinping met in Moscow on Monday.",
    "activists": "Police detained the activists Lena and Tor Ashby in Lima on Monday.",
    # honorifics
    "clerics": "Foreign Minister Mawlawi Tor Haqqani met Mullah Omar Akhund in Kandahar on Monday.",
    "knight": "Prime Minister Sir Alan Brook met Dr. Lena Varo in London on Monday.",
    "member": "Jane Hollis MP said on Monday that the government must act. Hollis said the bill would fail.",
    "two_words": "Mullah Karim met Tor Ashby in Kandahar on Monday.",
    # the Taliban
    "taliban": ("Afghan Pardon Frees Chilean Engineer\n\n"
                "Chilean citizen Lena Varo was released on Monday by the authorities in Kabul. Chile's envoy met "
                "Mawlawi Tor Haqqani, the Taliban foreign minister, in Kabul."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r50b"), ARTICLES, {}, "2031-05-02")


def _labels(d) -> dict[str, str]:
    return {k: e["label"] for k, e in d["entities"].items() if e["type"] == "Person"}


def _releases(d) -> list[tuple]:
    return [(c["released"], c.get("releasedBy"), c.get("releasedTo")) for c in of(d["claims"], "Release")]


def _mediations(d) -> list[tuple]:
    return [(c["mediator"], c["mediationOf"]) for c in of(d["claims"], "Mediation")]


# -- people named with their nationality ----------------------------------------------------------

def test_a_nationality_noun_is_no_part_of_the_name(drafts):
    assert _labels(drafts["headline_citizen"]) == {"tor-kanji": "Tor Kanji"}
    assert [(c["citizen"], c["state"]) for c in of(drafts["headline_citizen"]["claims"], "Citizenship")] == \
        [("tor-kanji", "united-states")] * len(of(drafts["headline_citizen"]["claims"], "Citizenship"))


@pytest.mark.parametrize("name, person, states", [
    ("national", "lennart-mosk", ["france"]),
    ("dual", "nadia-rezai", ["united-kingdom", "iran"]),
])
def test_a_national_is_a_citizen_of_each_state_named(drafts, name, person, states):
    assert person in _labels(drafts[name])
    found = of(drafts[name]["claims"], "Citizenship")
    assert [(c["citizen"], c["state"]) for c in found] == [(person, s) for s in states], found
    assert [r[:2] for r in _releases(drafts[name])] == [(person, "iran")]


def test_a_resident_is_named_but_no_citizen(drafts):
    assert _labels(drafts["resident"]) == {"omar-kadir": "Omar Kadir"}
    assert of(drafts["resident"]["claims"], "Citizenship") == []


def test_a_national_assembly_is_no_person(drafts):
    assert _labels(drafts["assembly"]) == {}


# -- who released, and who brought it about -------------------------------------------------------

def test_the_authorities_in_a_capital_are_its_state(drafts):
    d = drafts["headline_citizen"]
    assert _releases(d) == [("tor-kanji", "venezuela", None)]
    release = of(d["claims"], "Release")[0]["fact"]
    assert _mediations(d) == [("oman", release)]


def test_the_authorities_in_another_city_are_no_one_named(drafts):
    assert _releases(drafts["local_authorities"]) == [("lena-varo", None, None)]


@pytest.mark.parametrize("name, mediator", [("national", "oman"), ("help", "qatar")])
def test_a_release_brought_about_by_a_third_party(drafts, name, mediator):
    release = of(drafts[name]["claims"], "Release")[0]["fact"]
    assert _mediations(drafts[name]) == [(mediator, release)]


@pytest.mark.parametrize("name", ["talks_lookalike", "lawyer_lookalike", "figures_lookalike", "local_authorities"])
def test_no_mediation_without_a_third_party(drafts, name):
    assert of(drafts[name]["claims"], "Mediation") == []
    if name == "figures_lookalike":
        assert of(drafts[name]["claims"], "Release") == []


# -- handed over -----------------------------------------------------------------------------------

def test_handed_over_after_a_release_is_that_release_to_its_recipient(drafts):
    releases = of(drafts["handed_over"]["claims"], "Release")
    assert len({c["fact"] for c in releases}) == 1, releases
    handed = [c for c in releases if "releasedTo" in c]
    assert [(c["released"], c["releasedTo"], c.get("place")) for c in handed] == [("lena-varo", "tor-ashby", "caracas")]


def test_captives_handed_over_are_released(drafts):
    releases = of(drafts["hostages"]["claims"], "Release")
    assert [(c["released"], c["releasedBy"], c["releasedTo"]) for c in releases] == \
        [("3 unnamed hostages", "hamas", "red-cross")]


@pytest.mark.parametrize("name", ["to_police", "transfer"])
def test_handed_to_police_or_of_no_release_is_none(drafts, name):
    assert of(drafts[name]["claims"], "Release") == []


# -- meetings a third party brings about ----------------------------------------------------------

def test_officials_who_arrange_a_meeting_organise_it(drafts):
    meetings = of(drafts["arranged"]["claims"], "Meeting")
    assert [(m["participant"], m.get("organiser"), m.get("ordinal")) for m in meetings] == \
        [(["tor-ashby", "omar-kadir"], {"actor": "unnamed officials", "of": "qatar"}, 1)]


@pytest.mark.parametrize("name, participants, third", [
    ("hosted_between", ["chile", "peru"], {"host": "qatar"}),
    ("brokered", ["iran", "united-states"], {"mediator": "oman", "ordinal": 2}),
    ("hosted_with", ["chile", "peru"], {"host": "chile"}),
    ("first_meeting", ["lena-varo", "omar-kadir"], {"ordinal": 1}),
])
def test_the_sides_of_a_meeting_and_who_brought_them_together(drafts, name, participants, third):
    meetings = of(drafts[name]["claims"], "Meeting")
    assert [m["participant"] for m in meetings] == [participants], meetings
    assert {k: meetings[0].get(k) for k in third} == third


# -- one surname for two --------------------------------------------------------------------------

@pytest.mark.parametrize("name, kind, role, people", [
    ("couple", "Release", "released", ["peter-reynolds", "barbie-reynolds"]),
    ("couple_after", "Release", "released", ["peter-reynolds", "barbie-reynolds"]),
    ("brothers", "Detention", "target", ["ali-karimi", "reza-karimi"]),
])
def test_two_people_of_one_surname(drafts, name, kind, role, people):
    assert [c[role] for c in of(drafts[name]["claims"], kind)] == [people]
    assert set(people) <= set(_labels(drafts[name]))


def test_the_couples_release_was_mediated(drafts):
    release = of(drafts["couple"]["claims"], "Release")[0]["fact"]
    assert _mediations(drafts["couple"]) == [("qatar", release)]


@pytest.mark.parametrize("name, wrong", [("two_leaders", "putin-jinping"), ("activists", "lena-ashby")])
def test_two_names_without_a_family_noun_stay_apart(drafts, name, wrong):
    assert wrong not in drafts[name]["entities"]


# -- honorifics -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, labels", [
    ("clerics", {"tor-haqqani": "Tor Haqqani", "omar-akhund": "Omar Akhund"}),
    ("knight", {"alan-brook": "Alan Brook", "lena-varo": "Lena Varo"}),
    ("member", {"jane-hollis": "Jane Hollis"}),
    ("two_words", {"mullah-karim": "Mullah Karim", "tor-ashby": "Tor Ashby"}),
])
def test_honorifics_stay_out_of_labels(drafts, name, labels):
    assert _labels(drafts[name]) == labels


def test_a_member_named_by_surname_is_the_same_person(drafts):
    assert [c["speaker"] for c in of(drafts["member"]["claims"], "Statement")] == ["jane-hollis", "jane-hollis"]


# -- the Taliban ----------------------------------------------------------------------------------

def test_the_taliban_are_proposed_as_afghanistans_government(drafts):
    d = drafts["taliban"]
    taliban = d["entities"]["taliban"]
    assert (taliban["type"], taliban.get("of")) == ("Government", "afghanistan")
    assert "afghanistan" in d["entities"]
    posts = [(c["holder"], c["positionOf"], c["title"]) for c in of(d["claims"], "PositionHeld")]
    assert ("tor-haqqani", "taliban", "foreign minister") in posts
    assert _releases(d) == [("lena-varo", "taliban", None)]


REGISTRY = """
- {id: afghanistan, type: State, label: Afghanistan}
- {id: chile, type: State, label: Chile}
- {id: taliban, type: Group, label: Taliban}
"""


def test_a_registry_group_keeps_its_class(tmp_path):
    claims = drafted_with_registry(tmp_path, {"taliban": ARTICLES["taliban"]}, REGISTRY)["taliban"]
    posts = [(c["holder"], c["positionOf"]) for c in of(claims, "PositionHeld")]
    assert ("tor-haqqani", "taliban") in posts
    # the group is no government the registry seats in Kabul: the authorities there are the state's
    assert _releases({"claims": claims}) == [("lena-varo", "afghanistan", None)]
