"""Rule set 46, part e: what a new user's drafts of a legislature's removal of a president,
a border treaty's press release, a court's warrants and a fund's exclusions drafted
wrongly or left out, through the real ``kg extract`` command on small articles written
for these tests (one run for all, a module-scoped fixture), each with look-alikes that
must draft nothing; and ``kg eval``'s dates of an interval compared end with end:

- "Banco Andino, the central bank, said": what a body is, the description of the entity
  proposed, never a Characterisation; a group's kind ("the Sable Front, a separatist
  militia") and a speaker's label ("called the referendum a sham") still are;
- "Chile's Congress", "the Bolivian Senate", "Kenya's National Assembly": the state's
  legislature, proposed as "Congress of Chile" with ``of`` the state (the registry's own
  body where it has one), so that its Vote is drafted;
- "the French embassy said", "the United States embassy in Yemen said": an unnamed
  embassy of that state speaks (``said_by: {actor: unnamed embassy, of: ...}``);
- "swore in the head of the legislature, X, as president": X's office begins;
- "our two countries": both states; "asked the judges for the two warrants": the
  warrants' ``requested`` stage, no Appeal; "Islamic Emirate": the Taliban.
"""

from __future__ import annotations

import json

import pytest
from ruamel.yaml import YAML

from kg.extract.pipeline import model_path

from conftest import kg_cli
from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # 1. what a body is, and labels
    "central_bank": "Banco Andino, the central bank, said on Tuesday that inflation in Peru would fall.",
    "institute": "The Varga Institute, a research institute, said Chile had attacked Peru on Monday.",
    "militia": "Hamas, the Palestinian militant group, attacked Israel on Monday.",
    "sham": "Peru held a referendum on Sunday. Chile called the referendum a sham.",
    # 2. legislatures named through their state
    "legislatures": ("Chile's Congress voted on Friday to remove President Marta Kowalczyk from office. "
                     "The Bolivian Senate voted to approve the treaty with Peru. Kenya's National Assembly voted "
                     "to impeach Deputy President Anton Berger. The Russian parliament voted to ratify the treaty "
                     "with Chile."),
    "legislature_lookalikes": ("Chile's Congress of Deputies said it would meet. Peru's congressional elections "
                               "were held on Sunday. Lawmakers said Bolivia had attacked Peru."),
    # 3. embassies
    "embassies": ("The United States embassy in Yemen said Chad had attacked Sudan. Peru's embassy in Chile said "
                  "Bolivia had arrested two Peruvian citizens. The French embassy said Chad had attacked Niger "
                  "on Monday."),
    "embassy_lookalikes": ("The embassy said Chad had attacked Sudan. Protesters outside the French embassy said "
                           "Chad had attacked Sudan on Monday."),
    # 4. a swearing-in past an apposition, a pair, warrants asked for, the Taliban's own name
    "sworn": ("Congress swore in the head of the legislature, Anton Berger, as president of Peru on Friday. "
              "Tor Ashby was sworn in as president of Bolivia on Monday."),
    "pair": ('President Anton Berger of Chile met President Tor Ashby of Peru in Lima on Monday. Chile and Peru '
             'signed a trade treaty. "This treaty is good for our two countries," Berger said.'),
    "own_country": ('President Anton Berger of Chile met President Tor Ashby of Peru in Lima on Monday. "This '
                    'treaty is good for our country," Berger said.'),
    "warrants": ("The International Criminal Court on Tuesday issued arrest warrants for Chad's president, Anton "
                 "Berger. Prosecutor Lea Moro had asked the judges for the warrants on January 12. Chile asked "
                 "Peru for two warships."),
    "emirate": "Karim Nadiri said the Islamic Emirate would reopen schools in Kabul on Monday.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r46e"), ARTICLES, {}, "2031-03-05")


# -- 1. what a body is: a description, not a claim ----------------------------------------------


@pytest.mark.parametrize("name, body, description", [
    ("central_bank", "banco-andino", "central bank"),
    ("institute", "varga-institute", "research institute"),
])
def test_an_apposition_naming_what_a_body_is_describes_the_entity(drafts, name, body, description):
    draft = drafts[name]
    assert not of(draft["claims"], "Characterisation"), draft["claims"]
    assert draft["entities"][body]["description"] == description
    # the body still speaks
    assert any(c.get("said_by") == body for c in draft["claims"]), draft["claims"]


def test_a_groups_kind_and_a_speakers_label_stay_characterisations(drafts):
    [kind] = of(drafts["militia"]["claims"], "Characterisation")
    assert (kind["characterised"], kind["category"]) == ("hamas", "Palestinian militant group")
    [label] = of(drafts["sham"]["claims"], "Characterisation")
    assert (label["category"], label["said_by"]) == ("sham", "chile")
    assert "description" not in drafts["militia"]["entities"].get("hamas", {})


# -- 2. a state's legislature ------------------------------------------------------------------


def test_a_legislature_named_through_its_state_votes(drafts):
    draft = drafts["legislatures"]
    bodies = {c["votingBody"] for c in of(draft["claims"], "Vote")}
    assert bodies == {"congress-of-chile", "senate-of-bolivia", "national-assembly-of-kenya", "state-duma"}, draft["claims"]
    [removal] = [c for c in of(draft["claims"], "Vote") if c["votingBody"] == "congress-of-chile"]
    assert removal["target"] == "marta-kowalczyk"
    congress = draft["entities"]["congress-of-chile"]
    assert (congress["label"], congress["of"], congress["type"]) == ("Congress of Chile", "chile", "Organisation")
    assert "Chile's Congress" in congress["aliases"]
    assert draft["entities"]["senate-of-bolivia"]["of"] == "bolivia"
    assert draft["entities"]["national-assembly-of-kenya"]["of"] == "kenya"
    # the registry's own legislature, not a new one: "the Russian parliament" is its State Duma
    assert "parliament-of-russia" not in draft["entities"]


def test_a_legislatures_word_that_goes_on_into_another_name_is_no_legislature(drafts):
    draft = drafts["legislature_lookalikes"]
    # "Congress of Deputies" is the chamber's own name, proposed as written; no state's Congress or Parliament
    assert not [e for e in draft["entities"] if e.startswith(("congress-of", "parliament-of"))
                and e != "congress-of-deputies"], draft["entities"]
    assert not of(draft["claims"], "Vote"), draft["claims"]


# -- 3. embassies speak for their state ----------------------------------------------------------


def test_an_embassy_speaks_as_an_unnamed_body_of_its_state(drafts):
    said = {c["type"]: c["said_by"] for c in drafts["embassies"]["claims"] if c["type"] == "Detention"}
    assert said == {"Detention": {"actor": "unnamed embassy", "of": "peru"}}
    attacks = {c["target"]: c["said_by"] for c in of(drafts["embassies"]["claims"], "Attack")}
    assert attacks == {"sudan": {"actor": "unnamed embassy", "of": "united-states"},
                       "niger": {"actor": "unnamed embassy", "of": "france"}}, drafts["embassies"]["claims"]


def test_an_embassy_of_no_state_or_a_crowd_beside_one_speaks_for_no_state(drafts):
    claims = drafts["embassy_lookalikes"]["claims"]
    assert not [c for c in claims if isinstance(c.get("said_by"), dict)], claims


# -- 4. a swearing-in, a pair, warrants asked for, the Taliban -----------------------------------


def test_a_swearing_in_past_an_apposition_starts_the_office(drafts):
    held = {c["holder"]: c for c in of(drafts["sworn"]["claims"], "PositionHeld")}
    assert (held["anton-berger"]["positionOf"], held["anton-berger"]["position"], held["anton-berger"]["startDate"]) \
        == ("peru", "head of state", "2031-02-28")
    # the passive form: the subject was sworn in
    assert (held["tor-ashby"]["positionOf"], held["tor-ashby"]["startDate"]) == ("bolivia", "2031-03-03")


def test_our_two_countries_are_both_states(drafts):
    [said] = of(drafts["pair"]["claims"], "Statement")
    assert sorted(said["about"]) == ["chile", "peru"], said
    [own] = of(drafts["own_country"]["claims"], "Statement")
    assert "about" not in own, own


def test_warrants_asked_for_are_their_requested_stage(drafts):
    claims = drafts["warrants"]["claims"]
    warrants = of(claims, "LegalAction")
    assert {c["fact"] for c in warrants} == {"legal-international-criminal-court-anton-berger-warrant-2031-03-04"}
    [asked] = [c for c in warrants if "stage" in c]
    assert asked["stage"] == {"status": "requested", "date": "2031-01-12"}
    assert (asked.get("modality"), asked["target"], asked["court"]) == (None, "anton-berger", "international-criminal-court")
    # what a state asks another for stays an appeal
    [appeal] = of(claims, "Appeal")
    assert (appeal["speaker"], appeal["about"], appeal["subject"]) == ("chile", "peru", "two warships")


def test_the_islamic_emirate_is_the_taliban(drafts):
    entities = drafts["emirate"]["entities"]
    assert "taliban" in entities and not [e for e in entities if "emirate" in e], entities


# -- 5. kg eval: an interval's ends compared end with end ----------------------------------------

BODY = "Lea Moro served as president of Chile from March 2026 until Congress removed her on 10 October 2030.\n"


def _claims_file(folder, claims: list[dict]):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(BODY, encoding="utf-8")
    data = {"article": {"id": "moro-removed", "file": "article.txt", "published": "2030-10-11",
                        "url": "https://example.org/news/moro-removed"},
            "entities": [{"id": "chile", "type": "State", "label": "Chile"},
                         {"id": "lea-moro", "type": "Person", "label": "Lea Moro", "of": "chile"}],
            "claims": claims}
    y = YAML()
    with (folder / "claims.yaml").open("w", encoding="utf-8") as f:
        y.dump(data, f)
    return folder


def _held(**dates) -> dict:
    return {"id": "held", "fact": "position-lea-moro-chile-head-of-state", "type": "PositionHeld",
            "holder": "lea-moro", "positionOf": "chile", "position": "head of state", **dates,
            "quote": "Lea Moro served as president of Chile"}


@pytest.mark.parametrize("drafted, right", [
    ({"endDate": "2030-10-10"}, True),                                # the end alone, the curated one
    ({"startDate": "2026-03"}, True),                                 # the start alone
    ({"startDate": "2026-03", "endDate": "2030-10-10"}, True),        # both
    ({"endDate": "2030-10"}, False),                                  # the end less precise: matched, not right
    ({"startDate": "2026"}, False),                                   # the start less precise
])
def test_an_intervals_ends_are_compared_end_with_end(tmp_path, drafted, right):
    gold = _claims_file(tmp_path / "gold", [_held(startDate="2026-03", endDate="2030-10-10")])
    draft = _claims_file(tmp_path / "draft", [_held(**drafted)])
    result = json.loads(kg_cli("eval", draft, "--gold", gold, "--json", check=0).stdout)
    assert result["overall"]["matched"] == 1, result
    assert (result["date"]["correct"], result["date"]["wrong"]) == ((1, 0) if right else (0, 1)), result["date"]


def test_an_end_the_curated_fact_lacks_is_still_a_wrong_date(tmp_path):
    gold = _claims_file(tmp_path / "gold", [_held(startDate="2026-03")])
    draft = _claims_file(tmp_path / "draft", [_held(startDate="2026-03", endDate="2030-10-10")])
    result = json.loads(kg_cli("eval", draft, "--gold", gold, "--json", check=0).stdout)
    assert (result["date"]["correct"], result["date"]["wrong"]) == (0, 1), result["date"]
