"""Rule set 44: what a new user's drafts of three unseen articles (a gang leader's
extradition, a party's release on a foreign minister's resignation, airspace closures
after air strikes; tests/data/unseen-newuser14) got wrong, through the real ``kg
extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture), each with look-alikes that must draft nothing, and the matching
rule of ``kg eval`` for legal actions of different kinds:

- "Ruben Dario Salcedo Ortega ... Salcedo": the first of two surnames alone is the person
  named in full before, never a new organisation, and 'he' of "Salcedo escaped ..., where
  he was serving a 20-year sentence" is Salcedo; a prison sentence served never goes to a
  head of state a pronoun only refers to; one named does keep it;
- a charge, a planned plea, a possible prison term and a sentence served of one person
  are four facts with four ids;
- a minister with a bare title in a report filed from another state's capital, whose
  sentence names the state acted on ("measures against Israel"), gets no state at all;
  the demonym in the title ("Dutch Foreign Minister") wins;
- airspace closed with no other side named is an AirspaceClosure; closed to another
  state's flights, or a land border closed, stays a BorderClosure;
- "the official news agency IRNA reported": the agency named; "Air India said": the
  airline, not the state; a press release's issuer that is no news outlet is an
  Organisation;
- ``kg eval``: a drafted extradition request never matches a curated prison sentence.
"""

from __future__ import annotations

import json

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import ROOT, kg_cli
from test_extract_r18 import of
from test_extract_r43d import draft_articles

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    # a double surname, a pronoun, a head of state only mentioned
    "surname": ("Honduras extradited Ruben Dario Salcedo Ortega, the leader of the Barrio 18 gang, to Mexico on "
                "Sunday.\n\nPresident Carlos Mendoza welcomed the handover. Prosecutors in Monterrey charged Salcedo "
                "in March with five counts of kidnapping. His lawyer, Ana Ruiz, said Salcedo would plead not guilty "
                "to all charges. He will not face a life sentence, but he could be jailed for up to 40 years.\n\nSalcedo "
                "escaped from a prison in Tela in May 2023, where he was serving a 20-year sentence for murder."),
    "head_only_referred": ("President Carlos Mendoza called the referendum in April.\n\nThe escape of the gang boss "
                           "from the prison in Tela, where he was serving a 20-year sentence, embarrassed the "
                           "government."),
    "head_named": "Former President Alberto Fujimori was serving a 25-year sentence for human rights abuses.",
    # a minister's state
    "bare_title_abroad": ("THE HAGUE, 22 May 2030 - Foreign Minister Pieter Smit resigned on Friday after the "
                          "cabinet refused new measures against Israel.\n\nIsrael rejected the criticism. Israel "
                          "said its operations in Gaza would go on. Israel also recalled its ambassador."),
    # another minister's name: one run gives a name one entry in all its drafts, and this
    # article's demonym would give the other article's minister its state
    "demonym_title": ("Dutch Foreign Minister Joost Visser resigned on Friday after the cabinet refused new "
                      "measures against Israel.\n\nIsrael rejected the criticism. Israel said its operations in "
                      "Gaza would go on."),
    # airspace and borders
    "airspace": "Iran and Iraq closed their airspace on Friday after the strikes.",
    "airspace_to": "Algeria closed its airspace to all flights to and from Mali on Monday.",
    "land_border": "Chile closed its border with Peru on Monday.",
    "embassy": "Chile closed its embassy in Peru on Monday.",
    # speakers
    "agency_named": ("Iran's aviation authorities shut the country's airspace until further notice, the official "
                     "news agency IRNA reported."),
    "agencies_unnamed": "Iran shut its airspace until further notice, Russian news agencies reported.",
    "airline": "Air India said it had diverted a flight to Vienna on Friday.",
    "state": "India said on Friday that it would resume flights to Vienna.",
}

#: Press releases: a party's own, and a news outlet's name on one.
RELEASES = {
    "release_party": ("Green Future Party", "Chile signed a trade agreement with Peru on Monday."),
    "release_outlet": ("Lakeside Herald", "Chile signed a trade agreement with Peru on Monday."),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    """name -> the drafted claims file (parsed) of each article, drafted in one run."""
    return draft_articles(tmp_path_factory.mktemp("r44d"), ARTICLES, RELEASES, "2030-05-23",
                          label="PRESS RELEASE - FOR IMMEDIATE RELEASE", ending="\nENDS\n")


def _legal(d) -> list[dict]:
    return of(d["claims"], "LegalAction")


# -- a surname alone, a pronoun, a head of state ------------------------------------------


def test_a_surname_alone_is_the_person_named_in_full_before(drafts):
    d = drafts["surname"]
    assert [e for e in d["entities"] if e == "salcedo" or e.startswith("salcedo-")] == []
    people = {e for e, v in d["entities"].items() if v["type"] == "Person" and "salcedo" in e}
    assert len(people) == 1
    legal = _legal(d)
    targets = {c.get("target") or c.get("initiator") for c in legal}
    assert targets == people, legal
    served = [c for c in legal if c.get("duration") == "20 years"]
    assert [c["target"] for c in served] == list(people)  # 'he' of the escape is Salcedo, not the president


def test_no_sentence_for_a_head_of_state_a_pronoun_only_refers_to(drafts):
    assert _legal(drafts["head_only_referred"]) == []
    named = _legal(drafts["head_named"])
    assert [(c["target"], c["actionType"], c.get("duration")) for c in named] == \
        [("alberto-fujimori", "sentence", "25 years")]


def test_a_charge_a_plea_a_possible_term_and_a_sentence_served_are_four_facts(drafts):
    legal = [c for c in _legal(drafts["surname"]) if c.get("actionType") != "extradition"]
    kinds = sorted((c.get("legalActionKind") or c["actionType"], c.get("modality", "asserted")) for c in legal)
    assert kinds == [("charge", "asserted"), ("plea", "planned"), ("sentence", "asserted"), ("sentence", "planned")]
    assert len({c["fact"] for c in legal}) == 4, [c["fact"] for c in legal]


# -- a minister's state ----------------------------------------------------------------------


def _positions(d) -> list[tuple]:
    return [(c["holder"], c.get("positionOf"), c["position"]) for c in of(d["claims"], "PositionHeld")]


def test_a_bare_title_abroad_takes_no_state_from_the_state_acted_on(drafts):
    d = drafts["bare_title_abroad"]
    assert not any(of_ == "israel" for _, of_, _ in _positions(d)), _positions(d)
    assert "of" not in d["entities"].get("pieter-smit", {})


def test_the_demonym_of_the_title_gives_the_state(drafts):
    d = drafts["demonym_title"]
    assert ("joost-visser", "netherlands", "minister") in _positions(d)
    assert d["entities"]["joost-visser"].get("of") in (None, "netherlands")


# -- airspace and borders --------------------------------------------------------------------


def test_airspace_closed_to_all_is_an_airspace_closure(drafts):
    d = drafts["airspace"]
    assert of(d["claims"], "BorderClosure") == []
    [c] = of(d["claims"], "AirspaceClosure")
    assert (sorted(c["place"]), c["placePart"], "borderWith" in c) == (["iran", "iraq"], "airspace", False)


def test_a_closure_to_another_state_or_of_a_land_border_stays_a_border_closure(drafts):
    for name, other in (("airspace_to", "mali"), ("land_border", "peru")):
        d = drafts[name]
        assert of(d["claims"], "AirspaceClosure") == [], name
        assert [c["borderWith"] for c in of(d["claims"], "BorderClosure")] == [other], name
    d = drafts["embassy"]
    assert of(d["claims"], "AirspaceClosure") == of(d["claims"], "BorderClosure") == []


# -- speakers --------------------------------------------------------------------------------


def _speakers(d) -> set[str]:
    out = set()
    for c in d["claims"]:
        for key in ("said_by", "via", "speaker"):
            v = c.get(key)
            out.update(v if isinstance(v, list) else [v] if v else [])
    return out


def test_a_named_news_agency_reports_not_an_unnamed_one(drafts):
    d = drafts["agency_named"]
    assert "unnamed agency" not in _speakers(d)
    assert "irna" in _speakers(d) and d["entities"]["irna"]["type"] == "NewsOrganisation"
    assert _speakers(drafts["agencies_unnamed"]) <= {"unnamed agencies"}


def test_an_airline_named_for_a_state_is_the_airline(drafts):
    d = drafts["airline"]
    assert "india" not in _speakers(d)
    assert d["entities"]["air-india"]["type"] == "Organisation"
    assert [c["speaker"] for c in of(d["claims"], "Statement")] == ["air-india"]
    assert "india" in _speakers(drafts["state"])  # the state itself still speaks


def test_a_press_releases_issuer_is_an_organisation_unless_a_news_outlet(drafts):
    party = drafts["release_party"]
    assert party["entities"][party["article"]["publisher"]]["type"] == "Organisation"
    outlet = drafts["release_outlet"]
    assert outlet["entities"][outlet["article"]["publisher"]]["type"] == "NewsOrganisation"


# -- kg eval: legal actions of different kinds -----------------------------------------------


FOLDER = ROOT / "tests" / "data" / "unseen-newuser14"
ARTICLE = "ecuador-fito-extradition"
SERVED = "where he was serving a 34-year sentence for organised crime, drug trafficking and murder"


def _eval(tmp_path, name: str, claim: dict) -> dict:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "article.txt").write_text((FOLDER / "articles" / f"{ARTICLE}.txt").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    draft = {"article": {"id": ARTICLE, "file": "article.txt"},
             "claims": [{"id": "legal-1", "fact": "drafted-legal", "type": "LegalAction",
                         "target": "jose-adolfo-macias-villamar", "quote": SERVED, **claim}]}
    (folder / "draft.yaml").write_text(yaml.safe_dump(draft, sort_keys=False), encoding="utf-8")
    proc = kg_cli("eval", folder / "draft.yaml", "--gold", FOLDER / "claims", "--json", check=0)
    return json.loads(proc.stdout)


def test_eval_never_pairs_legal_actions_of_different_kinds(tmp_path):
    request = _eval(tmp_path, "request", {"actionType": "extradition request"})
    assert request["matches"] == []
    assert [f["reason"] for f in request["false"]] == ["legal action extradition request/request, curated ruling/sentence"]
    sentence = _eval(tmp_path, "sentence", {"actionType": "prison sentence", "duration": "34 years"})
    assert [m["curated"] for m in sentence["matches"]] == ["legal-sentence-macias-34-years"]
    unsaid = _eval(tmp_path, "unsaid", {})  # a draft that does not say the kind neither gains nor loses
    assert [m["curated"] for m in unsaid["matches"]] == ["legal-sentence-macias-34-years"]
