"""What drafting must never do to an analyst's work, through the real CLI: replace a
claims file holding reviewed claims, whichever YAML style the analyst wrote them in,
or merge two speech acts of one speaker reported on different days into one fact.

tests/data/extract/putin-praise-*.txt are two short wire items written for these
tests: the same speaker praising the same leader, published three months apart.
"""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from conftest import ROOT, kg_cli

DATA = ROOT / "tests" / "data" / "extract"
MARCH, JUNE = DATA / "putin-praise-march.txt", DATA / "putin-praise-june.txt"


def _claims(path: Path) -> list[dict]:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))["claims"]


def test_a_draft_with_a_claim_reviewed_in_flow_style_is_not_replaced(tmp_path):
    kg_cli("extract", MARCH, "-o", tmp_path, check=0)
    path = tmp_path / "putin-praise-march.yaml"
    text = path.read_text(encoding="utf-8")
    head, _, _ = text.partition("claims:")
    # The analyst rewrites the claims one per line, as CLAIMS.md's examples do.
    flow = "".join("  - {" + ", ".join(f"{k}: {_flow(v)}" for k, v in
                                        {**c, "review": "reviewed" if n == 0 else c["review"]}.items()) + "}\n"
                   for n, c in enumerate(_claims(path)))
    path.write_text(head + "claims:\n" + flow, encoding="utf-8")
    edited = path.read_bytes()
    proc = kg_cli("extract", MARCH, "-o", tmp_path, check=2)
    assert f"{path}: this draft holds claims an analyst marked 'review: reviewed'" in proc.stderr
    assert path.read_bytes() == edited


def _flow(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_undated_statements_of_one_speaker_on_different_days_are_two_facts(tmp_path):
    kg_cli("extract", MARCH, JUNE, "-o", tmp_path, check=0)
    praise = {name: [c["fact"] for c in _claims(tmp_path / f"putin-praise-{name}.yaml") if c["type"] == "Praise"]
              for name in ("march", "june")}
    assert praise["march"] and praise["june"]
    assert not set(praise["march"]) & set(praise["june"])
    assert praise["march"][0].endswith("2025-03-05") and praise["june"][0].endswith("2025-06-20")
    # and the drafts keep no date the text does not state
    assert all("date" not in c for c in _claims(tmp_path / "putin-praise-march.yaml") if c["type"] == "Praise")


def test_an_unknown_name_points_to_a_registry_the_analyst_can_edit(tmp_path):
    """The sample corpus's registry ships inside the package: the message for a name it
    lacks offers an inline entity or a registry of one's own, not an edit of the
    installed file."""
    kg_cli("extract", MARCH, "-o", tmp_path, check=0)
    path = tmp_path / "putin-praise-march.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("about: min-aung-hlaing", "about: Min Aung Hlain"),
                    encoding="utf-8")
    err = kg_cli("ingest", "--dry-run", path, check=2).stderr
    assert "about: unknown entity 'Min Aung Hlain' (did you mean 'Min Aung Hlaing' (min-aung-hlaing)" in err, err
    assert "it is not in the registry read, the sample corpus's installed with kg" in err and "declare it inline under 'entities:'" in err
    assert "'kg init DIR' starts a corpus with one" in err and "declare it there" not in err
