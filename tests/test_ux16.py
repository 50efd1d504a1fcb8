"""A new user's findings of December 2026, through the real CLI: ``kg eval`` keeping a
stage's date the stage's and a suggested measure apart from one taken; ``kg
vocabulary`` ranking whole words over look-alike spellings; the advice of the reader
on a said_by's party; ``--store`` before the command. Each with a look-alike that must
not change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import kg_cli

# -- kg eval: a stage's date, a suggestion drafted as done -----------------------------

#: An invented wire story: a court's warrant requested months before it was issued, a
#: suggested import duty and one imposed.
ARTICLE = """\
ARNHOLM, 3 March 2026 (Tidewater Wire) - The Arnholm Tribunal on Monday issued an arrest warrant for Colonel Piet Varga, a commander of the Ostland army. The tribunal's prosecutor, Mira Solen, had asked for the warrant on 12 November 2025.

A senator of Westmark, Edda Kronberg, suggested duties on Ostland grain in reply. Ostland imposed duties on Lornian steel on 20 February 2026.
"""

ENTITIES = [
    {"id": "arnholm-tribunal", "type": "Court", "label": "Arnholm Tribunal"},
    {"id": "piet-varga", "type": "Person", "label": "Piet Varga"},
    {"id": "mira-solen", "type": "Person", "label": "Mira Solen"},
    {"id": "edda-kronberg", "type": "Person", "label": "Edda Kronberg"},
    {"id": "ostland", "type": "State", "label": "Ostland"},
    {"id": "westmark", "type": "State", "label": "Westmark"},
    {"id": "lornia", "type": "State", "label": "Lornia"},
]

WARRANT_QUOTE = "The Arnholm Tribunal on Monday issued an arrest warrant for Colonel Piet Varga"
GRAIN_QUOTE = "A senator of Westmark, Edda Kronberg, suggested duties on Ostland grain"
STEEL_QUOTE = "Ostland imposed duties on Lornian steel on 20 February 2026"


def _claim(claim: dict, changes: dict) -> dict:
    """``claim`` with ``changes`` made, a key changed to None left out."""
    return {k: v for k, v in {**claim, **changes}.items() if v is not None}


def warrant(**changes) -> dict:
    return _claim({"id": "warrant", "fact": "warrant-varga", "type": "LegalAction", "court": "Arnholm Tribunal",
                   "legalActionKind": "warrant", "target": "Piet Varga", "date": "2026-03-02",
                   "quote": WARRANT_QUOTE}, changes)


def grain(**changes) -> dict:
    return _claim({"id": "grain", "fact": "duty-ostland-grain", "type": "Tariff", "authority": "Westmark",
                   "target": "Ostland", "quote": GRAIN_QUOTE}, changes)


def steel(**changes) -> dict:
    return _claim({"id": "steel", "fact": "duty-lornia-steel", "type": "Tariff", "authority": "Ostland",
                   "target": "Lornia", "date": "2026-02-20", "quote": STEEL_QUOTE}, changes)


def claims_file(folder: Path, claims: list[dict], drafted: bool) -> Path:
    """A claims file of :data:`ARTICLE` (inline metadata, the text beside it) in
    ``folder``; drafted claims are marked so, as kg extract writes them."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "arnholm.txt").write_text(ARTICLE, encoding="utf-8")
    if drafted:
        claims = [{**c, "review": "drafted"} for c in claims]
    data = {"article": {"id": "arnholm-warrant", "file": "arnholm.txt", "url": "https://tidewater.example/1",
                        "publisher": None, "published": "2026-03-03", "title": "Tribunal issues warrant"},
            "entities": ENTITIES, "claims": claims}
    if drafted:
        data = {"extractor": {"name": "hand-drafted", "version": "1"}, **data}
    path = folder / "arnholm.yaml"
    y = YAML()
    y.width = 4096
    with path.open("w", encoding="utf-8") as f:
        y.dump(data, f)
    return path


def evaluate(tmp_path: Path, drafted: list[dict], curated: list[dict]) -> dict:
    draft = claims_file(tmp_path / "drafts", drafted, drafted=True)
    gold = claims_file(tmp_path / "claims", curated, drafted=False)
    return json.loads(kg_cli("eval", draft, "--gold", gold, "--json", check=0).stdout)


REQUESTED = {"status": "requested", "date": "2025-11-12", "party": "Mira Solen"}


@pytest.mark.parametrize("drafted, right", [
    (warrant(), True),                     # the day the warrant was issued: the fact's date
    (warrant(date="2025-11-12"), False),   # look-alike: the day it was asked for is no date of the warrant
])
def test_a_stage_date_is_not_the_date_of_the_fact(tmp_path, drafted, right):
    result = evaluate(tmp_path, [drafted], [warrant(stage=REQUESTED)])
    # Both match (for matching, a stage's date may date the fact); only the first is right.
    assert [m["curated"] for m in result["matches"]] == ["warrant-varga"], result
    assert (result["date"]["correct"], result["date"]["wrong"]) == ((1, 0) if right else (0, 1)), result["date"]
    wrong = [(d["drafted_value"], d["curated_value"]) for d in result["disagreements"] if d["on"] == "date"]
    assert wrong == ([] if right else [("date 2025-11-12", "date 2026-03-02")])


def test_stage_dates_are_compared_as_stage_dates(tmp_path):
    drafted = warrant(stage={"status": "requested", "date": "2025-11"})
    result = evaluate(tmp_path, [drafted], [warrant(stage=REQUESTED)])
    assert [(d["drafted_value"], d["curated_value"]) for d in result["disagreements"] if d["on"] == "date"] == \
        [("date 2026-03-02, stage Requested 2025-11", "date 2026-03-02, stage Requested 2025-11-12")]
    # A fact with no date of its own is dated by its stage: a draft giving that day as
    # the fact's date is right.
    undated = evaluate(tmp_path / "undated", [warrant(date="2025-11-12")],
                       [warrant(date=None, stage=REQUESTED)])
    assert (undated["date"]["correct"], undated["date"]["wrong"]) == (1, 0), undated


def test_a_suggested_measure_drafted_as_taken_is_a_false_fact(tmp_path):
    curated = [grain(modality="requested", said_by="Edda Kronberg"), steel()]
    result = evaluate(tmp_path, [grain(), steel()], curated)
    assert [m["curated"] for m in result["matches"]] == ["duty-lornia-steel"]
    assert [(f["fact"], f["reason"]) for f in result["false"]] == \
        [("duty-ostland-grain", "drafted as done, curated as RequestedModality only (modality)")]
    assert [m["fact"] for m in result["missed"]] == ["duty-ostland-grain"]
    # Look-alikes: drafted as requested, it matches; a duty imposed drafted as done matches.
    asked = evaluate(tmp_path / "asked", [grain(modality="requested", said_by="Edda Kronberg"), steel()], curated)
    assert (asked["overall"]["matched"], asked["false"]) == (2, [])
    assert asked["modality"]["wrong"] == 0


def test_a_date_the_curated_fact_lacks_counts_as_a_wrong_date(tmp_path):
    result = evaluate(tmp_path, [steel(date="2026-03-02")], [steel(date=None)])
    assert result["overall"]["matched"] == 1
    assert (result["date"]["correct"], result["date"]["wrong"]) == (0, 1)
    same = evaluate(tmp_path / "same", [steel(date=None)], [steel(date=None)])
    assert (same["date"]["total"], same["date"]["not_drafted"]) == (0, 0)


# -- kg vocabulary: whole words before look-alike spellings, the field's other names ----


def terms_found(*words) -> list[str]:
    """The names of the terms 'kg vocabulary WORDS' lists, in order (the guide's rows
    left out)."""
    out = kg_cli("vocabulary", *words, check=0).stdout
    return [line.split(" (", 1)[0] for line in out.splitlines()
            if line and not line.startswith(" ") and " (" in line and not line.startswith("Where")]


def test_a_word_some_term_has_is_never_read_as_a_misspelling():
    # 'interference' is in a definition (vote buying's): no longer the "inference" of the
    # modality uncommitted's other names.
    found = terms_found("interference")
    assert found and "uncommitted" not in found, found
    # Look-alike: a word no term has is still read as the one it is a typo of.
    assert terms_found("pipline")[0] == "viaAsset"
    assert "uncommitted" in terms_found("inference")


def test_member_states_divestment_and_stakes_find_their_kinds():
    assert terms_found("member", "states")[0] == "Membership"
    assert terms_found("member", "countries")[0] == "Membership"
    # Look-alike: 'states' alone names no membership.
    assert "Membership" not in terms_found("states")[:3]
    for word in ("divest", "divestment", "divested"):
        assert terms_found(word)[0] == "Sale", word
    assert terms_found("shareholding")[0] == terms_found("stake")[0] == "Ownership"


# -- The reader's advice on a named speaker's party is advice it then takes ------------

TIE_TEXT = ("ARNHOLM, 3 March 2026 - Edda Kronberg, a spokeswoman for the Ostland Front, said the group rejected "
            "the ruling. Piet Varga, a Westmark diplomat, said the ruling was fair.\n")
TIE_ENTITIES = ("entities:\n  - {id: edda-kronberg, type: Person, label: Edda Kronberg}\n"
                "  - {id: piet-varga, type: Person, label: Piet Varga%s}\n"
                "  - {id: ostland-front, type: Group, label: Ostland Front}\n"
                "  - {id: westmark, type: State, label: Westmark}\n")
KRONBERG = "Edda Kronberg, a spokeswoman for the Ostland Front"
KRONBERG_SAID = KRONBERG + ", said the group rejected the ruling"
VARGA_SAID = "Piet Varga, a Westmark diplomat, said the ruling was fair"


def tie_file(folder: Path, claims: list[str], varga_of: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(TIE_TEXT, encoding="utf-8")
    path = folder / "a.yaml"
    path.write_text("article: {id: ux16-tie, file: a.txt, url: null, publisher: null, published: 2026-03-03}\n"
                    + TIE_ENTITIES % varga_of + "claims:\n" + "".join(f"  - {c}\n" for c in claims), encoding="utf-8")
    return path


def test_a_named_speaker_s_party_is_refused_with_advice_the_reader_takes(tmp_path):
    refused = tie_file(tmp_path / "refused", [
        "{id: s1, fact: statement-kronberg, type: Statement, speaker: Edda Kronberg, "
        f'said_by: {{actor: Edda Kronberg, for: Ostland Front}}, quote: "{KRONBERG_SAID}"}}',
        "{id: s2, fact: statement-varga, type: Statement, speaker: Piet Varga, "
        f'said_by: {{actor: Piet Varga, of: Westmark}}, quote: "{VARGA_SAID}"}}'])
    err = kg_cli("ingest", "--dry-run", refused, check=2).stderr
    # A group: never the registry's 'of' (which takes a state and refuses a group).
    group = next(line for line in err.splitlines() if "claim 's1'" in line)
    assert "a tie to 'Ostland Front' is not the registry's (its 'of' names a state only)" in group, err
    assert "positionOf: Ostland Front" in group and "type: Affiliation" in group and "'of: " not in group, err
    # Look-alike: a state is the registry's 'of', and the message says so.
    state = next(line for line in err.splitlines() if "claim 's2'" in line)
    assert "the registry gives 'Piet Varga' its state: 'of: westmark' on its entry" in state, err
    # What the messages advise is read.
    taken = tie_file(tmp_path / "taken", [
        f'{{id: s1, fact: statement-kronberg, type: Statement, speaker: Edda Kronberg, said_by: Edda Kronberg, '
        f'quote: "{KRONBERG_SAID}"}}',
        f'{{id: p1, fact: position-kronberg, type: PositionHeld, holder: Edda Kronberg, position: spokesperson, '
        f'positionOf: Ostland Front, quote: "{KRONBERG}"}}',
        f'{{id: a1, fact: affiliation-kronberg, type: Affiliation, affiliate: Edda Kronberg, '
        f'affiliatedWith: Ostland Front, quote: "{KRONBERG}"}}',
        f'{{id: s2, fact: statement-varga, type: Statement, speaker: Piet Varga, said_by: Piet Varga, '
        f'quote: "{VARGA_SAID}"}}'], varga_of=", of: westmark")
    assert "4 claims" in kg_cli("ingest", "--dry-run", taken, check=0).stdout


# -- --store before the command --------------------------------------------------------


def test_store_before_the_command_is_the_command_s_own_unless_it_gives_one(tmp_path):
    claims = tie_file(tmp_path / "claims", [
        f'{{id: s2, fact: statement-varga, type: Statement, speaker: Piet Varga, said_by: Piet Varga, '
        f'quote: "{VARGA_SAID}"}}'])
    store, other = tmp_path / "store", tmp_path / "other"
    kg_cli("--store", store, "ingest", claims, check=0)
    assert kg_cli("--store", store, "-q", "stats", check=0).stdout.startswith("1 article, 1 claim ")
    # The command's own --store wins; the one before it is never opened nor made.
    assert kg_cli("--store", other, "stats", "--store", store, check=0).stdout.startswith("1 article, 1 claim ")
    assert not other.exists()
    # Look-alike: a command that takes no store says so rather than ignore it.
    err = kg_cli("--store", store, "vocabulary", "coup", check=2).stderr
    assert "'kg vocabulary' reads and writes no store" in err, err
    assert "--store PATH" in kg_cli("--help", check=0).stdout


# -- CLAIMS.md's inline article ----------------------------------------------------------


def test_the_guide_s_inline_article_gives_title_author_and_dateline_the_reader_keeps(tmp_path):
    from conftest import ROOT

    guide = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    section = guide.split("## Articles not in the corpus", 1)[1]
    block = section.split("```yaml\n", 1)[1].split("claims:\n", 1)[0]
    article = block.split("entities:\n", 1)[0].replace("../articles/101_example.txt", "a.txt")
    for key in ("title:", "author:", "dateline:"):
        assert f"\n  {key}" in article, key
    (tmp_path / "a.txt").write_text("MOSCOW, March 6 - Sergei Lavrov met Niger's envoy.\n", encoding="utf-8")
    path = tmp_path / "a.yaml"
    # The sample corpus's registry has Reuters (the example's publisher).
    path.write_text(article + "entities:\n  - {id: sergei-lavrov, type: Person, label: Sergei Lavrov}\n"
                    "  - {id: niger, type: State, label: Niger}\nclaims:\n"
                    '  - {id: m, fact: meeting-lavrov, type: Meeting, participant: [Sergei Lavrov, Niger], '
                    'quote: "Sergei Lavrov met Niger\'s envoy"}\n', encoding="utf-8")
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, path, check=0)
    rows = json.loads(kg_cli("query", "--store", store, "--format", "json", "--sparql",
                             "SELECT ?t WHERE { ?a a gkg:Article ; dcterms:title ?t }", check=0).stdout)
    assert rows == [{"t": YAML(typ="safe").load(article)["article"]["title"]}], rows
