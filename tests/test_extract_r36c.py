"""False drafts of three articles the extractor had never seen (tests/data/unseen-newuser/,
written by a new user), each fixed for its kind, through the real ``kg extract`` command:
one run over the three articles with the sample registry, and one over small invented
articles with the development set's registry (module-scoped fixtures, one run each).

- a possessive pronoun ("His wife, Bushra Bibi") keeps the centre carried on from the
  sentence before (Khan) over a subject that sentence just brought in (the judge), when
  the centre's gender is known to agree; a subject with no centre before it stays;
- two names the NER model reads apart, joined by "and" ("Rosneft and Lukoil"), are two
  entities, never one proposed as "Rosneft and Lukoil"; a name proposed once is that
  entity wherever the text writes it ("Rosneft is controlled by the Russian state");
- an office's state is never read from a person named in another clause of its sentence
  ("Treasury Secretary Scott Bessent said ... President Vladimir Putin's refusal");
- no fact has one entity in two opposed roles (the United States sanctioning the United
  States); a sanction of no named authority told inside a named sanction's words ("in the
  first major sanctions against Moscow") retells it;
- a speaker's term headed by a noun of a kind of fact ("what he called a senseless war")
  characterises a fact of that kind, never the sanction told before;
- a fact named inside the noun phrase a speaker's verb takes ("declared support for
  Russia's war in Ukraine") is the writer's words: not said by the speaker;
- "condemned the verdict" is about the sentence, not the indictment told after it; "fined
  Khan ... and Bushra Bibi ..." fines both; a parliamentary no-confidence vote is a Vote,
  no Election; the chairman of a party (PTI, the initials of a name written before
  "party") is its party leader.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases, kg_cli
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

UNSEEN = Path(__file__).parent / "data" / "unseen-newuser"
REGISTRY = CORPUS / "dev" / "entities.yaml"


@pytest.fixture(scope="module")
def unseen(tmp_path_factory) -> dict[str, dict]:
    """The three articles drafted in one run with the sample registry (no --corpus), as the
    new user ran it: article stem -> its claims file, parsed."""
    folder = tmp_path_factory.mktemp("r36c")
    src, out = folder / "articles", folder / "drafts"
    shutil.copytree(UNSEEN, src, ignore=shutil.ignore_patterns("*.md"))
    proc = kg_cli("extract", src, "-o", out, "-q", "-j", "1")
    assert proc.returncode == 0, proc.stderr
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in out.glob("*.yaml")}


def _listed(value) -> list:
    return value if isinstance(value, list) else [value]


def _ids(cf: dict) -> set[str]:
    return {e["id"] for e in cf.get("entities") or []}


# -- the three articles ----------------------------------------------------------------------------


def test_his_wife_is_the_wife_of_the_man_the_paragraph_is_about_not_of_the_judge(unseen):
    claims = unseen["khan-verdict"]["claims"]
    [tie] = of(claims, "FamilyTie")
    assert sorted(tie["spouse"]) == ["bushra-bibi", "imran-khan"]
    assert not any("nasir-javed-rana" in _listed(c.get(k, [])) for c in claims for k in ("spouse", "target"))


def test_two_companies_named_together_are_two_entities_each_sanctioned(unseen):
    cf = unseen["rosneft"]
    assert {"rosneft", "lukoil"} <= _ids(cf) and not any("-and-" in i for i in _ids(cf))
    sanctions = of(cf["claims"], "Sanction")
    targets = {t for c in sanctions if c.get("authority") == "united-states" for t in _listed(c["target"])}
    assert {"rosneft", "lukoil"} <= targets
    # the name proposed is Rosneft wherever the text writes it: "Rosneft is controlled by the Russian state"
    assert any(c["controlled"] == "rosneft" and c["controller"] == "russia" for c in of(cf["claims"], "Control"))


def test_no_state_guessed_for_a_post_from_a_person_of_another_clause(unseen):
    cf = unseen["rosneft"]
    assert not any(e["id"] == "scott-bessent" and e.get("of") == "russia" for e in cf.get("entities") or [])
    assert not any(c.get("holder") == "scott-bessent" and c.get("positionOf") == "russia"
                   for c in of(cf["claims"], "PositionHeld"))
    trump = [c for c in of(cf["claims"], "PositionHeld") if c["holder"] == "donald-trump"]
    assert [c["positionOf"] for c in trump] == ["united-states"]  # what the text does tie to a state stays


def test_no_sanction_of_a_state_on_itself_nor_a_second_unnamed_one_from_the_same_words(unseen):
    sanctions = of(unseen["rosneft"]["claims"], "Sanction")
    assert not any(set(_listed(c.get("authority", []))) & set(_listed(c.get("target", []))) for c in sanctions)
    assert not any(c.get("authority") == "unnamed authority" for c in sanctions)
    assert any(c.get("authority") == "european-union" and c.get("target") == "russia" for c in sanctions)


def test_a_senseless_war_is_not_a_label_of_the_sanction(unseen):
    claims = unseen["rosneft"]["claims"]
    sanctions = {c["fact"] for c in of(claims, "Sanction")}
    assert not any(c.get("characterised") in sanctions for c in of(claims, "Characterisation"))


def test_the_writer_s_words_about_the_war_are_not_kim_s(unseen):
    claims = unseen["pyongyang-treaty"]["claims"]
    for c in of(claims, "Invasion"):
        assert "kim-jong-un" not in _listed(c.get("said_by", [])), c
    # What Kim did say stays his: "called Putin the dearest friend" is his label of Putin
    # (corpus/CLAIMS.md, "Which kind a judgement is": the verb decides).
    labels = [c for c in of(claims, "Characterisation") if c.get("characterised") == "vladimir-putin"]
    assert labels and all(c["said_by"] == "kim-jong-un" for c in labels)
    # "Putin called the document a breakthrough": the document is the treaty, not the ceremony told last.
    [document] = [c for c in of(claims, "Characterisation") if c.get("category") == "breakthrough"]
    assert document["characterised"].startswith("agreement-") and document["said_by"] == "vladimir-putin"


def test_the_verdict_the_fines_the_vote_and_the_party_chairman(unseen):
    claims = unseen["khan-verdict"]["claims"]
    legal = {c["fact"]: c for c in of(claims, "LegalAction")}
    [criticism] = [c for c in of(claims, "Criticism") if c["speaker"] == "gohar-ali-khan"]
    assert legal[criticism["about"]]["actionType"] == "sentence"
    [fine] = [c for c in legal.values() if c["actionType"] == "fine"]
    assert sorted(_listed(fine["target"])) == ["bushra-bibi", "imran-khan"]
    assert not any("confidence" in str(c.get("description")) for c in of(claims, "Election"))
    [vote] = of(claims, "Vote")
    assert (vote["description"], vote["target"]) == ("no-confidence vote", "imran-khan")
    [chair] = [c for c in of(claims, "PositionHeld") if c["holder"] == "gohar-ali-khan"]
    assert (chair["positionOf"], chair["position"]) == ("pti", "party leader")
    assert any(c["actionType"] == "indictment" for c in legal.values())  # the indictment is still drafted


# -- the same kinds in invented articles -------------------------------------------------------------

ARTICLES = {
    "centre": "A court in Peru on Monday sentenced Tor Ashby to ten years in prison after convicting him of fraud. "
              "Judge Lin Hale announced the verdict in a courtroom where Ashby has been held since May. "
              "His wife, Ana Kell, was sentenced to five years.",
    "new_subject": "Judge Lin Hale announced the verdict on Monday. His wife, Ana Kell, was in the courtroom.",
    "listed_names": "Peru imposed sanctions on Vexcor and Dalnor, two shipping firms, on Monday. Vexcor denied "
                    "wrongdoing. Dalnor declined to comment.",
    "clause_state": "Finance Minister Mara Voss said the sanctions were a response to President Vladimir Putin's "
                    "refusal to end the war.",
    "retold_sanction": "The United States on Monday imposed sanctions on Vexcor and Dalnor, in the first major "
                       "sanctions against Moscow since May. Vexcor denied wrongdoing. Dalnor declined to comment.",
    "term_of_war": "Peru imposed sanctions on Chile on Monday. Ana Kell said the sanctions were a response to what "
                   "she called a senseless war.",
    "term_of_act": "Peru imposed sanctions on Chile on Monday, in what Joe Biden called a bold step.",
    "noun_in_object": "Joe Biden declared full support for Russia's invasion of Ukraine.",
    "said_clause": "Joe Biden said Russia invaded Ukraine in 2022.",
    "verdict": "Prosecutors indicted Tor Ashby in May. A court in Lima sentenced Tor Ashby to ten years on Monday. "
               "Lin Hale condemned the verdict.",
    "no_confidence": "Tor Ashby was removed as prime minister of Peru in a parliamentary no-confidence vote in "
                     "April 2022.",
    "party_chair": "Tor Ashby founded the Peru Tehreek-e-Insaf party in 1996. PTI chairman Lin Hale condemned the "
                   "verdict.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry."""
    found, _ = drafted_cases(tmp_path_factory.mktemp("r36c-invented"), ARTICLES, "--entities", REGISTRY)
    return found


def test_a_pronoun_keeps_the_centre_over_a_subject_just_brought_in(drafts):
    [tie] = of(drafts["centre"], "FamilyTie")
    assert sorted(tie["spouse"]) == ["ana-kell", "tor-ashby"]
    [alone] = of(drafts["new_subject"], "FamilyTie")  # no one carried on: the subject before it
    assert sorted(alone["spouse"]) == ["ana-kell", "lin-hale"]


def test_names_joined_by_and_are_proposed_apart(drafts):
    claims = drafts["listed_names"]
    targets = sorted(t for c in of(claims, "Sanction") for t in _listed(c["target"]))
    assert targets == ["dalnor", "vexcor"]


def test_a_person_of_another_clause_gives_no_state_to_an_office(drafts):
    claims = drafts["clause_state"]
    assert not any(c["holder"] == "mara-voss" for c in of(claims, "PositionHeld"))
    [putin] = of(claims, "PositionHeld")
    assert putin["positionOf"] == "russia"


def test_a_sanction_retold_inside_a_named_one_is_not_a_second(drafts):
    sanctions = of(drafts["retold_sanction"], "Sanction")
    assert sanctions and all(c["authority"] == "united-states" for c in sanctions)


def test_a_term_headed_by_a_noun_of_a_fact_labels_a_fact_of_that_kind(drafts):
    assert of(drafts["term_of_war"], "Characterisation") == []
    [label] = of(drafts["term_of_act"], "Characterisation")
    [sanction] = of(drafts["term_of_act"], "Sanction")
    assert (label["characterised"], label["category"], label["said_by"]) == (sanction["fact"], "bold step", "joe-biden")


def test_a_fact_inside_the_spoken_noun_phrase_is_the_writer_s(drafts):
    [told] = of(drafts["noun_in_object"], "Invasion")
    assert "said_by" not in told and "modality" not in told
    [said] = of(drafts["said_clause"], "Invasion")
    assert (said["modality"], said["said_by"]) == ("reported", "joe-biden")


def test_the_verdict_is_the_sentence_a_no_confidence_vote_a_vote_a_party_chair_its_leader(drafts):
    claims = drafts["verdict"]
    [criticism] = of(claims, "Criticism")
    [sentence] = [c for c in of(claims, "LegalAction") if c["actionType"] == "sentence"]
    assert criticism["about"] == sentence["fact"]
    assert of(drafts["no_confidence"], "Election") == []
    [vote] = of(drafts["no_confidence"], "Vote")
    assert (vote["heldIn"], vote["target"]) == ("peru", "tor-ashby")
    [chair] = of(drafts["party_chair"], "PositionHeld")
    assert (chair["positionOf"], chair["position"]) == ("pti", "party leader")
