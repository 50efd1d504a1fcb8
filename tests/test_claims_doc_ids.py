"""corpus/CLAIMS.md's way of naming a city the registry lacks (``place: washington-city``,
declared under the file's ``entities:``) passes ``kg ingest --dry-run`` against the sample
registry as written there; without the declaration the same claim is refused."""

from __future__ import annotations

import re

from conftest import CORPUS, kg_cli

TEXT = "The two foreign ministers met in Washington on Tuesday to discuss river shipping.\n"


def _claims(entities: str) -> str:
    return f"""article:
  id: 990_doc_city
  file: 990_doc_city.txt
  url: https://example.org/news/990
  publisher: null
  published: 2025-03-06
{entities}claims:
  - id: talks
    fact: meeting-doc-city-2025-03-04
    type: Meeting
    participant: [united-states, russia]
    place: washington-city
    date: 2025-03-04
    quote: The two foreign ministers met in Washington on Tuesday
"""


def test_the_guide_s_city_declaration_is_accepted_and_needed(tmp_path):
    doc = (CORPUS / "CLAIMS.md").read_text(encoding="utf-8")
    declared = re.search(r"`(- \{id: washington-city, [^`]*\})`", doc)
    assert declared, "CLAIMS.md no longer shows how to declare washington-city"
    (tmp_path / "990_doc_city.txt").write_text(TEXT, encoding="utf-8")
    claims = tmp_path / "990_doc_city.yaml"
    claims.write_text(_claims(f"entities:\n  {declared[1]}\n"), encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", "--entities", CORPUS / "entities.yaml", claims, check=0)
    assert proc.returncode == 0, proc.stderr
    # The look-alike: the same claim without the declaration names an unknown entity.
    claims.write_text(_claims(""), encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", "--entities", CORPUS / "entities.yaml", claims, check=2)
    assert "unknown entity 'washington-city'" in proc.stderr, proc.stderr
