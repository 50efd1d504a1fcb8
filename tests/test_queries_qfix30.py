"""A new user's trial on a wealth fund's divestments, a state joining the Artemis Accords
and a pipeline memorandum (``tests/data/unseen-newuser51``), built once by the real
``kg build``:

- a number a key cannot hold (a negative count, a share over 100 percent, an ordinal 0)
  is refused by the claims reader, and caught by the shapes in data that did not come
  through it (``kg validate``); a count of 0 is one;
- ``holdings`` answers "who divested from whom, how much": stakes held, with share and
  value, and the sales of them;
- ``kg add-article`` takes a press release's headline under its date line as its title.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import yaml

from casefiles import assert_refused, dry_run_apart, store_copy
from conftest import ROOT, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "unseen-newuser51"
PIPELINE = "claims/power-of-siberia-2-page.yaml"
FUND = "claims/norway-fund-divests-wire.yaml"
KREMLIN = "The Kremlin said 22 agreements were signed during the visit"
STAKE = "Before the sale the fund owned 1.17 percent of Caterpillar, a stake worth $2.1 billion at the end of June"

case = built_once_per_module(CASE)


@pytest.mark.parametrize("claims_file, claim, message", [
    (PIPELINE, f'{{id: x, fact: agreement-x, type: Agreement, party: [china, russia], quantity: -22, '
               f'quantityOf: agreements signed, quote: "{KREMLIN}"}}',
     "quantity: -22 is negative; a count or a size is never below 0 (0 for none)"),
    # In quotes, as a count in words would be: the sign is not dropped.
    (PIPELINE, f'{{id: x, fact: agreement-x, type: Agreement, party: [china, russia], quantity: "-22", '
               f'quote: "{KREMLIN}"}}',
     "'-22' is negative: a count is never below 0"),
    (PIPELINE, f'{{id: x, fact: agreement-x, type: Agreement, party: [china, russia], '
               f'counts: [{{quantity: -22, of: agreements}}], quote: "{KREMLIN}"}}',
     "quantity: -22 is negative"),
    (PIPELINE, f'{{id: x, fact: agreement-x, type: Agreement, party: [china, russia], ordinal: 0, quote: "{KREMLIN}"}}',
     "ordinal: 0 is below 1; a place in a series or a ranking"),
    (FUND, f'{{id: x, fact: ownership-x, type: Ownership, owner: norway-wealth-fund, owned: caterpillar, share: 117, '
           f'quote: "{STAKE}"}}',
     "share: 117 is over 100; a share in percent runs from 0 to 100"),
    (FUND, f'{{id: x, fact: ownership-x, type: Ownership, owner: norway-wealth-fund, owned: caterpillar, '
           f'share: more than 117 percent, quote: "{STAKE}"}}',
     "share: 'more than 117 percent' is not a share in percent, which runs from 0 to 100"),
])
def test_a_number_a_key_cannot_hold_is_refused_by_the_reader(case, tmp_path, claims_file, claim, message):
    assert_refused(CASE, claims_file, case, tmp_path, claim, message)


def test_a_count_of_none_is_read(tmp_path):
    """'none of the 22': 0 is a count (a negative claim is for what did not happen)."""
    out = dry_run_apart(CASE, PIPELINE, tmp_path, f'{{id: x, fact: agreement-x, type: Agreement, party: [china, russia], '
                                                  f'quantity: 0, totalQuantity: 22, quote: "{KREMLIN}"}}', 0)
    assert "negative" not in out


def test_validate_catches_numbers_out_of_range_written_into_the_store(case, tmp_path):
    """Data written into the store without the reader (here, by pyoxigraph): a negative
    count, a share of 117 percent and a negative sum of money fail 'kg validate'."""
    store, _ = store_copy(case, tmp_path)
    prefixes = "PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#> PREFIX schema: <https://schema.org/> "
    graph = ox.Store(str(store))
    for old, new in (("?f gkg:quantity 22", "?f gkg:quantity -22"), ("?f gkg:share 1.17", "?f gkg:share 117.0"),
                     ("?q schema:value 661000000.0", "?q schema:value -661000000.0")):
        graph.update(f"{prefixes} DELETE {{ GRAPH ?g {{ {old} }} }} INSERT {{ GRAPH ?g {{ {new} }} }} "
                     f"WHERE {{ GRAPH ?g {{ {old} }} }}")
    graph.flush()
    del graph
    out = kg_cli("validate", "--no-reason", "--store", store, check=1).stdout
    assert ("agreement-china-russia: A count or a size (quantity, killed, seats, votes, capacity, ...) is never "
            "negative: 0 for none. [from article power-of-siberia-2-page claim 'agreements-22']") in out, out
    assert "ownership-norway-wealth-fund-caterpillar: A share is a percentage from 0 to 100" in out
    assert ("USD 661 million: A count or a sum of money is never negative (its value, least and greatest value "
            "from 0). [from article norway-fund-divests-wire claim 'stake-banks']") in out
    assert "3 problem(s)" in out


def test_holdings_shows_the_stakes_held_and_the_sales_of_them(case):
    rows = by_fact(query_rows(case, "holdings"))
    stake = rows["ownership-norway-wealth-fund-caterpillar"]
    assert (stake["kind"], stake["holder"], stake["company"], stake["share"], stake["value"], stake["currency"],
            stake["until"], stake["sources"]) == \
        ("held", "Norway's sovereign wealth fund", "Caterpillar", "1.17", "2100000000", "USD", "2025-08-25", 1)
    banks = rows["ownership-norway-wealth-fund-israeli-banks"]
    assert banks["company"] == ("Bank Hapoalim, Bank Leumi, FIBI Holdings, First International Bank of Israel, "
                                "Mizrahi Tefahot Bank") and banks["value"] == "661000000"
    sales = {f: r for f, r in rows.items() if r["kind"] == "sold"}
    assert len(sales) == 6 and {r["holder"] for r in sales.values()} == {"Norway's sovereign wealth fund"}
    assert {r["date"] for r in sales.values()} == {"2025-08-25"} and {r["modality"] for r in sales.values()} == {"reported"}
    # By a party: the company sold, or the state of the fund (its registry 'of').
    assert set(by_fact(query_rows(case, "holdings", party="Caterpillar"))) == \
        {"ownership-norway-wealth-fund-caterpillar", "sale-norway-caterpillar-2025-08-25"}
    assert set(by_fact(query_rows(case, "holdings", party="Norway"))) == set(rows) - \
        {"ownership-first-international-bank-of-israel-fibi-holdings"}
    assert query_rows(case, "holdings", party="Russia") == []


def test_add_article_takes_a_release_s_headline_under_its_date_line_as_title(tmp_path):
    corpus = tmp_path / "corpus"
    kg_cli("init", corpus, check=0)
    kg_cli("add-article", CASE / "articles" / "senegal-artemis-pressrelease.txt", "--corpus", corpus, check=0)
    [entry] = yaml.safe_load((corpus / "articles.yaml").read_text())
    assert (entry["title"], entry["dateline"], str(entry["published"])) == \
        ("Senegal signs the Artemis Accords", "Washington", "2025-07-24")
