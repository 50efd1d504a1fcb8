"""Rule set 51, part b: the entities a draft proposes for a new corpus (``kg init``, an
empty registry, so that every name the articles use is proposed under ``entities:``), one
``kg extract --corpus`` run for all the small articles written for these tests (a
module-scoped fixture), each beside look-alikes that must propose nothing of the kind:

- a description in apposition gives the class of the name it describes: "X, the transit
  section that ..." an Asset, "X, the state-owned lender" or "the state airline" a state
  company, "the rights group, X" an Organisation; "Y's predecessor, X" the class of Y (a
  party's predecessor is a party), a person's rival a person; a post in apposition leaves
  a person a person, whatever else the parser puts in apposition;
- an organisation named in the possessive before a post in it ("X's Asia director, Y",
  "X's spokesperson") is proposed, as an Organisation; a person's possessive is not;
- a body's name and the same name with its generic head ("X Party" and "X"), both in
  one article, are one entity, the longer the label, the shorter an alias, and the claims
  name it by one id; two names of different heads stay two;
- a name of generic words alone ("Ministry of Foreign Affairs", "Information Office") is
  the body of the state 'of' names after it, a possessive before it, or the dateline;
  with no state to tell it is not proposed, unless the body acts in the text (its claims
  need it); "the Foreign Ministry's spokeswoman" stays a description of the ministry the
  article named, no name proposed.
"""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import kg_cli

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    "section": ("Tarvik Energy chief executive Oskar Lindqvist said the memorandum also covers Velmora Vostok, "
                "the transit section that would cross Kazakh territory."),
    "president_of_party": ("\"These allowances will be scrapped starting Monday,\" Prabowo told reporters. Among "
                           "those flanking him was Dewi Sukarnowati, the former president who chairs the Indonesian "
                           "Unity Party of Labour (PUI-L), the only party outside his governing coalition."),
    "section_person": ("Tarvik Energy chief executive Oskar Lindqvist said the memorandum was signed by Anna "
                       "Velmora, the transit minister, on Monday."),
    "lender": ("Caldra Kredit, the state-owned lender, said on Monday it had agreed to lend Kenya $2 billion "
               "to build a railway."),
    "state_airline": ("After the talks, Coale said Washington would lift sanctions on Aerovia, the Belarusian state "
                      "airline, which has been under U.S. restrictions since August 2023."),
    "predecessor": ("Officials said the lawmakers would move to a new vehicle, as the Bright Path Party's "
                    "predecessor, Open Horizon, did after the court dissolved it in 2020. The Bright Path Party "
                    "won the most seats in the election, and Bright Path leader Anan Rattana said he would appeal."),
    "rival": "Anan Rattana's rival, Somchai Kittipong, criticised the court's ruling on Tuesday.",
    "watchdog": ("Press Freedom Watch's Asia director, Mara Kellner, called the case against the party a sham "
                 "on Tuesday."),
    "monitor": "Lumen Rights Monitor's spokesperson, Ida Brandt, criticised the court's ruling on Tuesday.",
    "spokesman": "Anan Rattana's spokesman, Preecha Wongsa, called the case against the party a sham on Tuesday.",
    "ministry_spokeswoman": ("Kenya's Foreign Ministry said the strikes killed several militants. \"We have no "
                             "interest in escalating any situation,\" said Amina Odhiambo, the Foreign Ministry's "
                             "spokeswoman."),
    "two_heads": ("Norvik Group said on Monday it had sold its stake in Norvik Bank to a pension fund, and "
                  "Norvik Bank said the sale would close in May."),
    "ministry_of_state": ("The Ministry of Foreign Affairs of the Republic of Kenya announces that two citizens of "
                          "Norway were released today. The Ministry of Foreign Affairs thanked Qatar for its "
                          "mediation."),
    "commission_possessive": ("Ms Harlow has been named in an investigation by Bangladesh's Anti-Corruption "
                              "Commission into land plots near Dhaka. She denies the allegations."),
    "no_state": ("Kenya and Qatar signed a trade agreement on Monday. Kenya thanked Qatar and the Information "
                 "Office for their work."),
    "no_state_acting": "The Interior Ministry on Tuesday criticised Qatar for the delay.",
}

RELEASE = ("PRESS RELEASE\n\nKenya welcomes release of two citizens\n\nNairobi, 3 September 2030\n\n"
           "The Ministry of Foreign Affairs announces that two citizens held abroad were released today "
           "following mediation. The Ministry of Foreign Affairs thanked Qatar for its mediation.\n\n"
           "For media enquiries: Information Office, Ministry of Foreign Affairs, Nairobi.\n")


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> {claims, entities (id -> proposed entry)} of each article, drafted in one
    ``kg extract`` run into a corpus ``kg init`` made (its registry empty)."""
    folder = tmp_path_factory.mktemp("r51b")
    corpus, src, out = folder / "corpus", folder / "articles", folder / "drafts"
    assert kg_cli("init", corpus).returncode == 0
    src.mkdir()
    for name, body in ARTICLES.items():
        (src / f"{name}.txt").write_text(f"URL: https://example.org/news/{name}\nPublished: 2030-09-03\n\n{body}\n",
                                         encoding="utf-8")
    (src / "release.txt").write_text(f"URL: https://example.org/press/release\nDate: 2030-09-03\n\n{RELEASE}",
                                     encoding="utf-8")
    proc = kg_cli("extract", *sorted(src.glob("*.txt")), "--corpus", corpus, "-o", out, "-q", "-j", "1")
    assert proc.returncode == 0, proc.stderr
    found = {}
    for name in [*ARTICLES, "release"]:
        path = out / f"{name}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
        found[name] = {"claims": data.get("claims") or [],
                       "entities": {e["id"]: e for e in data.get("entities") or ()}}
    return found


def _by_label(d: dict) -> dict[str, dict]:
    return {e["label"]: e for e in d["entities"].values()}


# -- a description in apposition tells the class -------------------------------------------

def test_a_section_in_apposition_is_an_asset_and_a_minister_a_person(drafts):
    assert _by_label(drafts["section"])["Velmora Vostok"]["type"] == "Asset", drafts["section"]["entities"]
    assert _by_label(drafts["section_person"])["Anna Velmora"]["type"] == "Person"
    assert _by_label(drafts["president_of_party"])["Dewi Sukarnowati"]["type"] == "Person"


def test_a_state_owned_lender_or_a_state_airline_in_apposition_is_a_state_company(drafts):
    assert _by_label(drafts["lender"])["Caldra Kredit"]["type"] == "StateCompany", drafts["lender"]["entities"]
    assert _by_label(drafts["state_airline"])["Aerovia"]["type"] == "StateCompany", drafts["state_airline"]


def test_a_partys_predecessor_is_a_party_and_a_persons_rival_a_person(drafts):
    ents = _by_label(drafts["predecessor"])
    assert ents["Open Horizon"]["type"] == "Organisation", ents
    assert _by_label(drafts["rival"])["Somchai Kittipong"]["type"] == "Person"


# -- a body named in the possessive before a post in it ------------------------------------

def test_a_body_before_its_director_is_proposed_and_a_persons_possessive_is_not(drafts):
    ents = _by_label(drafts["watchdog"])
    assert ents["Press Freedom Watch"]["type"] == "Organisation", ents
    assert ents["Mara Kellner"]["type"] == "Person"
    ents = _by_label(drafts["monitor"])
    assert ents["Lumen Rights Monitor"]["type"] == "Organisation", ents
    assert ents["Ida Brandt"]["type"] == "Person"
    ents = _by_label(drafts["spokesman"])
    assert {e["type"] for e in ents.values()} <= {"Person", "State"}, ents
    assert ents["Preecha Wongsa"]["type"] == "Person"
    # a body's description in the possessive is no name to propose: the state's ministry holds the post
    d = drafts["ministry_spokeswoman"]
    assert "Foreign Ministry" not in _by_label(d), d["entities"]
    [post] = [c for c in d["claims"] if c["type"] == "PositionHeld"]
    assert post["positionOf"] == "kenya-foreign-ministry", post
    assert d["entities"]["kenya-foreign-ministry"]["label"] == "Kenyan foreign ministry"


# -- a name and the name with its generic head: one entity ---------------------------------

def test_a_party_and_its_short_name_are_one_entity(drafts):
    d = drafts["predecessor"]
    ents = _by_label(d)
    assert "Bright Path" not in ents, ents
    party = ents["Bright Path Party"]
    assert party["aliases"] == ["Bright Path"], party
    assert not any(e["label"] == "Bright Path" or "Bright Path" in (e.get("aliases") or ())
                   for e in d["entities"].values() if e["id"] != party["id"])


def test_two_heads_of_one_word_stay_two_bodies(drafts):
    ents = _by_label(drafts["two_heads"])
    assert {"Norvik Group", "Norvik Bank"} <= set(ents), ents
    assert ents["Norvik Group"]["id"] != ents["Norvik Bank"]["id"]
    assert "Norvik Group" not in (ents["Norvik Bank"].get("aliases") or ())


# -- a generic body's name is tied to its state, or left out -------------------------------

def test_a_ministry_named_with_its_formal_state_is_that_states(drafts):
    ents = _by_label(drafts["ministry_of_state"])
    ministry = ents["Ministry of Foreign Affairs of Kenya"]
    assert ministry["of"] == "kenya" and ministry["type"] == "Organisation", ministry
    assert "Ministry of Foreign Affairs" not in ents


def test_a_commission_after_a_states_possessive_is_that_states(drafts):
    ents = _by_label(drafts["commission_possessive"])
    assert ents["Anti-Corruption Commission of Bangladesh"]["of"] == "bangladesh", ents
    assert "Anti-Corruption Commission" not in ents


def test_a_release_ties_generic_offices_to_its_datelines_state(drafts):
    ents = _by_label(drafts["release"])
    assert ents["Ministry of Foreign Affairs of Kenya"]["of"] == "kenya", ents
    assert not {"Ministry of Foreign Affairs", "Information Office"} & set(ents)


def test_a_generic_office_of_no_state_is_not_proposed(drafts):
    assert drafts["no_state"]["claims"], drafts["no_state"]
    ents = _by_label(drafts["no_state"])
    assert not any("Information Office" in label for label in ents), ents


def test_a_generic_body_of_no_state_that_acts_stays_under_its_bare_name(drafts):
    d = drafts["no_state_acting"]
    [criticism] = [c for c in d["claims"] if c["type"] == "Criticism"]
    assert criticism["speaker"] == _by_label(d)["Interior Ministry"]["id"], d

