"""Amounts as news in other countries writes them, through the real reader and graph."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, kg_cli, query_rows
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


def _gas_store(tmp_path, amount: str):
    """A store of one article of a corpus of its own: a supply of gas with ``amount``
    and a share of a whole given in words ('about 5')."""
    corpus = tmp_path / "gas"
    kg_cli("init", corpus, check=0)
    story = tmp_path / "transit.txt"
    story.write_text("Date: 2025-01-02\n\nRussia sent about 15 bcm of gas to Slovakia through Ukraine in 2024, "
                     "about 5 percent of the EU's gas imports.\n", encoding="utf-8")
    kg_cli("add-article", story, "--corpus", corpus, "--id", "transit", check=0)
    (corpus / "claims" / "transit.yaml").write_text(f"""article: transit
entities:
  - {{id: russia, type: State, label: Russia}}
  - {{id: ukraine, type: State, label: Ukraine}}
  - {{id: slovakia, type: State, label: Slovakia}}
claims:
  - {{id: c1, fact: supply-gas-russia-slovakia-2024, type: Supply, supplier: Russia, recipient: Slovakia,
     transitState: Ukraine, item: gas, amount: {amount}, period: 2024, share: about 5, shareOf: the EU's gas imports,
     quote: "Russia sent about 15 bcm of gas to Slovakia through Ukraine in 2024, about 5 percent of the EU's gas imports"}}
""", encoding="utf-8")
    store = tmp_path / "kg-store"
    kg_cli("ingest", "--store", store, corpus / "claims" / "transit.yaml", check=0)
    return store


def test_bcm_is_a_billion_cubic_metres(tmp_path):
    store = _gas_store(tmp_path, "about 15 bcm")
    out = kg_cli("query", "--store", store, "-F", "tsv", "-e",
                 "SELECT ?v ?code ?unit WHERE { ?f gkg:amount ?q . ?q schema:value ?v ; schema:unitCode ?code ; "
                 "schema:unitText ?unit }", check=0).stdout
    assert out.splitlines()[1:] == ['"15000000000"^^<http://www.w3.org/2001/XMLSchema#decimal>\t"MTQ"\t"cubic metres"'], out
    [row] = query_rows(store, "supplies")
    assert row["amount"] == "about 15000000000 cubic metres"


def test_a_bcm_figure_with_a_scale_word_too_is_refused(tmp_path):
    with pytest.raises(AssertionError, match="'bcm' holds its scale"):
        _gas_store(tmp_path, "15 billion bcm")


def test_supplies_shows_a_share_given_in_words(tmp_path):
    [row] = query_rows(_gas_store(tmp_path, "about 15 bcm"), "supplies")
    assert row["share"] == "about 5 percent of the EU's gas imports"
    assert "share (percent): about 5 percent" in query_rows(tmp_path / "kg-store", "facts")[0]["details"]


@settings(max_examples=400, deadline=None)
@given(st.from_regex(r"[0-9]{1,12}(\.[0-9]{1,6})?", fullmatch=True)
       | st.from_regex(r"[0-9]{1,3}(,[0-9]{3}){1,3}(\.[0-9]{1,3})?", fullmatch=True)
       | st.text(alphabet="0123456789.,-+ e٣", min_size=1, max_size=8))
def test_a_number_is_read_as_babels_english_parse_decimal_reads_it(text):
    """A plain number (ASCII digits, a decimal point) is read without Babel's locale
    data; anything else (grouped thousands, signs, exponents, other digits, garbage) by
    Babel. Either way the value, or the refusal, is Babel's English strict reading."""
    from babel.numbers import NumberFormatError, parse_decimal

    from kg.quantities import QuantityError, _number

    try:
        expected = parse_decimal(text, locale="en", strict=True)
    except (NumberFormatError, ArithmeticError):  # Babel fails on "1e,25" with InvalidOperation
        with pytest.raises(QuantityError):
            _number(text)
        return
    got = _number(text)
    assert got == expected and str(got) == str(expected)


def test_a_number_babel_fails_on_is_refused_as_a_number():
    """Babel's strict parse of "1e,25" fails inside its own arithmetic (InvalidOperation),
    not with NumberFormatError: still the reader's refusal, never an unexpected error."""
    from kg.quantities import QuantityError, _number

    with pytest.raises(QuantityError, match="cannot read the number '1e,25'"):
        _number("1e,25")


def test_a_decimal_comma_is_still_named_with_its_fix():
    """The plain-number shortcut leaves "98,8" to Babel, which refuses it, and the reader
    says to write a decimal point."""
    from kg.quantities import QuantityError

    with pytest.raises(QuantityError, match=r"write a decimal point \(98\.8\)"):
        parse_amount("98,8 percent", False)
