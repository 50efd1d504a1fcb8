"""Rule set 46, part b: what drafts of a court's annulment, a fund's exclusions and an
international court's warrants got wrong or missed, through the real ``kg extract``
command on small articles written for these tests (one run for all, a module-scoped
fixture), each with look-alikes that must draft nothing or keep what they drafted:

- a measure someone suggests, proposes or threatens is no done fact: requested (planned
  for a threat), said by the proposer, who is proposed as an entity;
- a title's holder is never given the article's one court when the title has another
  owner ("the militia's chief justice") or the court is aimed at the holder;
- a court annulling an election is a ruling about the election (``targetFact``), which
  is cancelled and not dated by the ruling's day; "the decision" a speaker labels is the
  ruling, not the vote; a relative clause on what is rejected names no one it is about;
  "until a new president is sworn in" swears in no one named; "data on the election"
  tells no election;
- a state recognising a group's government; a warrant for two people in apposition,
  with its charge; an investor excluding companies;
- a press release's issuer named in its text is proposed once; a court named with a
  state's possessive is proposed with that state.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import kg_cli
from kg.extract.pipeline import model_path

from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # 1. measures put forward, not taken
    "suggested": "Senator Mara Kell, a Republican from Ohio, suggested tariffs on Denmark on Tuesday.",
    "proposed": "Opposition lawmakers in Chile proposed sanctions on Peru after the vote.",
    "threatened": "Chilean Foreign Minister Ivo Rand threatened sanctions on Peru on Monday.",
    "proposal": ("Chile's proposal for sanctions on Bolivia was rejected on Monday. Peru faces the threat of "
                 "sanctions on its exports."),
    "imposed": "Brazil imposed tariffs on Denmark on Monday. Chile imposed sanctions on Peru in May.",
    # 2. a court's judge, or not
    "accused": ("The International Criminal Court on Monday issued an arrest warrant for the militia's chief "
                "justice, Omar Vell, accusing him of war crimes."),
    "judge": ("Judge Lina Pavo said on Monday that the International Criminal Court would hear the case of "
              "the militia in May."),
    # 3. an annulled election and what is said of it
    "annulled": ("Peru's Constitutional Court on Friday annulled the country's presidential election and ordered "
                 "the whole process to start again. Candidate Tomas Quell called the decision a judicial coup."),
    "annul_lookalikes": ("Peru's ruling party on Friday annulled its leadership vote. The Chilean government "
                         "cancelled the parade on Friday."),
    "rejected": ("Foreign ministry spokeswoman Ana Ruiz said on Thursday that Lima firmly rejected the accusations, "
                 "which she called absolutely groundless."),
    "sworn": "Marta Vell said on Monday that she would stay in office until a new president is sworn in.",
    "sworn_lookalike": "Marta Vell was sworn in as president of Peru on Monday.",
    "passing": ("Peru held a presidential election on Sunday. On Monday the commission ordered the platform to "
                "preserve data on the Peruvian election."),
    "passing_lookalike": "Mara Kell was named the party's candidate for the presidential election due in 2031 in Peru.",
    # 4. recognition, warrants, exclusions
    "recognised": ("Belarus became the first country to recognise the Taliban government on Tuesday. "
                   "Afghanistan's government under the Taliban is recognised by only one state, Belarus, which "
                   "did so on August 1."),
    "recognised_lookalike": "Chile recognised the importance of trade with the Taliban on Tuesday.",
    "warrants": ("The International Criminal Court on Monday issued arrest warrants for the militia's commander, "
                 "Omar Vell, and the group's treasurer, Ana Dorr, accusing both of war crimes against civilians."),
    "excluded": ("The executive board of the Norwegian pension fund Nordvest Pension announced on Monday that it "
                 "had excluded Orion Mining, Borealis Steel Corporation and Kestrel Oil Company."),
    "exclude_lookalikes": "Chile excluded Peru from the talks on Monday. Nordvest Pension excluded Ana Dorr from its board.",
}

RELEASES = {
    "release": ("Harbour Watch", "Harbour Watch, an association of Danish savers, today welcomed the decision "
                                 "of Denmark's government to sign the treaty. Harbour Watch represents 4,000 members."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r46b"), ARTICLES, RELEASES, "2030-09-03")


# -- 1. measures put forward, not taken -----------------------------------------------------------


def test_a_suggested_tariff_is_requested_by_the_senator_who_is_proposed(drafts):
    found = drafts["suggested"]
    [tariff] = of(found["claims"], "Tariff")
    assert (tariff["target"], tariff.get("modality"), tariff.get("said_by")) == ("denmark", "requested", "mara-kell")
    assert found["entities"]["mara-kell"]["type"] == "Person"


def test_proposed_sanctions_are_requested_and_threatened_ones_planned(drafts):
    [proposed] = of(drafts["proposed"]["claims"], "Sanction")
    assert (proposed["target"], proposed.get("modality")) == ("peru", "requested")
    threatened = of(drafts["threatened"]["claims"], "Sanction")
    assert threatened and all(s.get("modality") == "planned" and s.get("said_by") == "ivo-rand"
                              for s in threatened), threatened


def test_a_proposals_measure_is_said_by_its_possessor_never_by_whom_it_threatens(drafts):
    sanctions = of(drafts["proposal"]["claims"], "Sanction")
    assert [(s["target"], s.get("modality"), s.get("said_by")) for s in sanctions if s["target"] == "bolivia"] == [
        ("bolivia", "requested", "chile")], sanctions
    assert not [s for s in sanctions if s.get("said_by") == "peru" or s.get("modality") in (None, "asserted")], sanctions


def test_measures_imposed_stay_done(drafts):
    claims = drafts["imposed"]["claims"]
    measures = of(claims, "Tariff") + of(claims, "Sanction")
    assert {(m["authority"], m["target"]) for m in measures} >= {("brazil", "denmark"), ("chile", "peru")}
    assert all("modality" not in m for m in measures), measures


# -- 2. a court's judge, or not -------------------------------------------------------------------


def test_the_accused_is_never_a_judge_of_the_court_that_charges_him(drafts):
    claims = drafts["accused"]["claims"]
    assert not [p for p in of(claims, "PositionHeld") if p.get("positionOf") == "international-criminal-court"], claims
    assert any(c["target"] == "omar-vell" for c in of(claims, "LegalAction")), claims


def test_a_judge_with_no_other_tie_still_sits_on_the_one_court(drafts):
    [judge] = of(drafts["judge"]["claims"], "PositionHeld")
    assert (judge["holder"], judge["positionOf"], judge["position"]) == (
        "lina-pavo", "international-criminal-court", "judge")


# -- 3. an annulled election ----------------------------------------------------------------------


def test_a_court_annulling_an_election_is_a_ruling_about_the_cancelled_vote(drafts):
    found = drafts["annulled"]
    claims = found["claims"]
    [ruling] = of(claims, "LegalAction")
    [election] = of(claims, "Election")
    assert ruling["legalActionKind"] == "ruling" and ruling["targetFact"] == election["fact"]
    assert ruling["actionType"] == "annulment of the presidential election" and ruling["date"] == "2030-08-30"
    assert election.get("status") == "cancelled" and "date" not in election, election
    court = found["entities"][ruling["court"]]
    assert (court.get("of"), court["label"], court["aliases"]) == (
        "peru", "Constitutional Court of Peru", ["Peru's Constitutional Court"]), court
    [label] = of(claims, "Characterisation")
    assert (label["characterised"], label["category"]) == (ruling["fact"], "judicial coup")


def test_a_party_or_government_annulling_or_cancelling_makes_no_ruling(drafts):
    assert not of(drafts["annul_lookalikes"]["claims"], "LegalAction"), drafts["annul_lookalikes"]["claims"]


def test_a_relative_clause_on_the_rejected_names_no_one_rejected(drafts):
    [rejection] = of(drafts["rejected"]["claims"], "Rejection")
    assert "about" not in rejection and rejection["speaker"] == "peru", rejection
    assert rejection["quote"].endswith("rejected the accusations"), rejection


def test_a_new_president_to_be_sworn_in_is_not_the_speaker(drafts):
    assert not [c for c in of(drafts["sworn"]["claims"], "Ceremony") if c.get("participant") == "marta-vell"]
    [ceremony] = of(drafts["sworn_lookalike"]["claims"], "Ceremony")
    assert ceremony["participant"] == "marta-vell" and ceremony["description"] == "swearing-in"


def test_data_on_the_election_tells_no_second_election(drafts):
    elections = of(drafts["passing"]["claims"], "Election")
    assert len(elections) == 1 and elections[0]["date"] == "2030-09-01", elections
    [planned] = of(drafts["passing_lookalike"]["claims"], "Election")
    assert planned["heldIn"] == "peru"


# -- 4. recognition, warrants, exclusions ---------------------------------------------------------


def test_a_state_recognising_a_groups_government(drafts):
    recognitions = of(drafts["recognised"]["claims"], "Recognition")
    assert {(r["recogniser"], r["recognised"]) for r in recognitions} == {("belarus", "taliban")}
    assert any(r["date"] == "2030-08-01" and "did so" in r["quote"] for r in recognitions), recognitions
    assert not of(drafts["recognised_lookalike"]["claims"], "Recognition")


def test_a_warrant_for_two_people_in_apposition_names_both_and_the_charge(drafts):
    warrants = of(drafts["warrants"]["claims"], "LegalAction")
    assert {w["target"] for w in warrants} == {"omar-vell", "ana-dorr"}, warrants
    assert {w.get("charge") for w in warrants} == {"war crimes against civilians"}
    assert all(w["court"] == "international-criminal-court" and w["status"] == "issued" for w in warrants)


def test_an_investor_excluding_companies_and_look_alikes(drafts):
    found = drafts["excluded"]
    [exclusion] = of(found["claims"], "ExecutiveAction")
    assert exclusion["actionType"] == "exclusion from the fund"
    assert set(exclusion["target"]) == {"orion-mining", "borealis-steel-corporation", "kestrel-oil-company"}, exclusion
    assert exclusion["initiator"] == "nordvest-pension"
    assert all(found["entities"][t]["type"] == "Organisation" for t in exclusion["target"])
    assert not of(drafts["exclude_lookalikes"]["claims"], "ExecutiveAction")


# -- 5. entity proposals --------------------------------------------------------------------------


def test_a_press_releases_issuer_named_in_its_text_is_proposed_once(drafts, tmp_path):
    publisher, body = RELEASES["release"]
    source = tmp_path / "release.txt"
    source.write_text(f"URL: https://example.org/press/release\nDate: 2030-09-03\nPublisher: {publisher}\n\n"
                      f"PRESS RELEASE\n\n{body}\n", encoding="utf-8")
    kg_cli("extract", source, "-o", tmp_path / "out", check=0)
    data = yaml.safe_load((tmp_path / "out" / "release.yaml").read_text(encoding="utf-8"))
    ids = [e["id"] for e in data["entities"]]
    assert data["article"]["publisher"] == "harbour-watch" and ids.count("harbour-watch") == 1, ids
    assert drafts["release"]["entities"]["harbour-watch"]["type"] == "Organisation"
