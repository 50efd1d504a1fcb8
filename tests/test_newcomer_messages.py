"""What a new user's slips in a claims file are told, through the real ``kg ingest``:
a key spelt as the user said it, a quote YAML cannot read, a folder of no claims."""

from __future__ import annotations

import pytest

from conftest import kg_cli

TEXT = "Russia stopped sending gas to Slovakia through Ukraine: transit ended on 1 January 2025, Kyiv said.\n"


def _claims(tmp_path, line: str, quote: str = 'quote: "Russia stopped sending gas to Slovakia through Ukraine"'):
    """A claims file with its article inline and one supply claim holding ``line`` and
    ``quote`` (each a line of the claim's block mapping)."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "a.yaml"
    path.write_text(f"""article: {{id: 900_gas, file: a.txt, url: null, publisher: null, published: 2025-01-02}}
entities:
  - {{id: slovakia, type: State, label: Slovakia}}
claims:
  - id: c
    fact: supply-gas-russia-slovakia
    type: Supply
    supplier: Russia
    recipient: Slovakia
    {line}
    {quote}
""", encoding="utf-8")
    return path


@pytest.mark.parametrize("line, meant", [
    ("saidby: Ukraine", "said_by"), ("said by: Ukraine", "said_by"),
    ("transitCountry: Ukraine", "transitState"), ("transit countries: Ukraine", "transitState"),
])
def test_a_key_written_as_said_gets_the_key_meant(tmp_path, line, meant):
    path = _claims(tmp_path, line)
    err = kg_cli("ingest", "--dry-run", path, check=2).stderr
    key = line.split(":")[0]
    assert f"unknown relation {key!r}; did you mean {meant!r}?" in err, err


@pytest.mark.parametrize("quote, problem", [
    ("quote: Russia stopped sending gas to Slovakia through Ukraine: transit ended", "mapping values are not allowed"),
    ('quote: "Russia stopped sending gas to "Slovakia" through Ukraine"', "did not find expected key"),
])
def test_a_quote_yaml_cannot_read_gets_how_to_quote_it(tmp_path, quote, problem):
    path = _claims(tmp_path, "transitState: Ukraine", quote)
    err = kg_cli("ingest", "--dry-run", path, check=2).stderr
    assert f"{path}: line 11" in err and problem in err, err
    assert "in double quotes" in err and "in single quotes when it holds double quotes" in err


def test_a_folder_without_claims_files_names_both_endings(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "notes.txt").write_text("nothing yet\n", encoding="utf-8")
    err = kg_cli("ingest", "--dry-run", tmp_path / "claims", check=2).stderr
    assert "folder holds no claims files (*.yaml or *.yml)" in err, err
