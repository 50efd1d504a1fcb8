"""Amounts as news in other countries writes them, through the real reader and graph."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import ROOT, kg_cli
from kg.quantities import parse_amount


@pytest.mark.parametrize("text, value", [
    ("INR 63,000 crore", Decimal("630000000000")),
    ("INR 1.5 lakh crore", Decimal("1500000000000")),
    ("PKR 12 lakh", Decimal("1200000")),
    ("INR 450 crores", Decimal("4500000000")),
])
def test_lakh_and_crore_scale_a_figure(text, value):
    assert parse_amount(text, True).value == value


def test_a_sum_in_crore_is_read_from_a_claims_file(tmp_path):
    corpus = tmp_path / "mine"
    kg_cli("init", corpus, check=0)
    story = tmp_path / "deal.txt"
    story.write_text("Date: 2025-04-28\n\nIndia signed a deal worth INR 63,000 crore with France for 26 jets.\n", encoding="utf-8")
    kg_cli("add-article", story, "--corpus", corpus, "--id", "deal", check=0)
    (corpus / "claims" / "deal.yaml").write_text("""article: deal
entities:
  - {id: india, type: State, label: India}
  - {id: france, type: State, label: France}
claims:
  - {id: c1, fact: india-jets-deal, type: ArmsTransfer, supplier: france, recipient: india, value: INR 63000 crore,
     quote: "India signed a deal worth INR 63,000 crore with France for 26 jets."}
""", encoding="utf-8")
    store = tmp_path / "kg-store"
    kg_cli("ingest", "--store", store, corpus / "claims" / "deal.yaml", check=0)
    out = kg_cli("query", "--store", store, "-F", "tsv", "-e",
                 "SELECT ?v WHERE { ?f schema:value ?v }", check=0).stdout
    assert "630000000000" in out, out
