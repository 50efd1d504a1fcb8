"""What a new user could not write or was told wrongly: a price cap as a limit on a price,
a currency named after the figure without its country, an unknown key named "<noun>
number", and a weekday that names a later day than the claim's. Through the real CLI, on
an invented article about invented states, each rule beside a look-alike that must not
trigger it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import dump_yaml, kg_cli, sparql_rows

TEXT = (
    "TESSA, July 20, 2025 - The Tessan Union adopted its ninth package of sanctions on Vardia on Friday. "
    "With its allies, it lowered the cap on the price of Vardian crude to USD 47.60 a barrel, from USD 60.\n\n"
    "Vardia's finance ministry said the state had lost 50 million rupiah in a week and would pay "
    "1.2 billion yen for grain.\n\n"
    "On Sunday, Vardian President Ilse Marr said the export levy would be scrapped starting Monday. "
    "She said on Monday that talks had failed.\n"
)
ENTITIES = [
    {"id": "tessan-union", "type": "InternationalOrganisation", "label": "Tessan Union"},
    {"id": "vardia", "type": "State", "label": "Vardia"},
    {"id": "ilse-marr", "type": "Person", "label": "Ilse Marr", "of": "vardia"},
]
PACKAGE = {"id": "package", "fact": "sanction-tessan-union-vardia-ninth", "type": "Sanction",
           "authority": "Tessan Union", "target": "Vardia", "ordinal": 9, "date": "2025-07-18",
           "quote": "The Tessan Union adopted its ninth package of sanctions on Vardia on Friday"}
CAP = {"id": "cap", "fact": "limit-vardian-crude-price-cap", "type": "Limit", "limited": "Vardia",
       "amount": "USD 47.60 a barrel", "quantityOf": "price of Vardian crude", "previousAmount": "USD 60 a barrel",
       "partOf": "sanction-tessan-union-vardia-ninth", "date": "2025-07-18",
       "quote": "lowered the cap on the price of Vardian crude to USD 47.60 a barrel, from USD 60"}


def claims_file(root: Path, claims: list[dict]) -> Path:
    folder = root / "claims"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tessa.txt").write_text(TEXT, encoding="utf-8")
    return dump_yaml(folder / "tessa.yaml", {"article": {"id": "tessa-1", "file": "tessa.txt", "published": "2025-07-20"},
                                         "entities": ENTITIES, "claims": claims})


def said(proc) -> str:
    return " ".join(proc.stderr.split())


def test_a_price_cap_is_a_limit_on_a_price_that_kg_vocabulary_finds(tmp_path):
    found = kg_cli("vocabulary", "price", "cap")
    assert found.stdout.startswith("Limit (kind of fact;"), found.stdout
    assert "price cap" in found.stdout.split("\n", 1)[0] and "CLAIMS.md line" in found.stdout
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, claims_file(tmp_path, [PACKAGE, CAP]), check=0)
    rows = sparql_rows(store, """
        SELECT ?ceiling ?currency ?unit ?before ?part WHERE {
          ?cap a gkg:Limit ; gkg:amount ?a ; gkg:previousAmount ?p ; gkg:partOf ?part .
          ?a schema:value ?ceiling ; schema:currency ?currency ; gkg:perUnitText ?unit .
          ?p schema:value ?before }""")
    assert [(r["ceiling"], r["currency"], r["unit"], r["before"], r["part"].rsplit("/", 1)[-1]) for r in rows] == [
        (47.6, "USD", "barrel", 60, "sanction-tessan-union-vardia-ninth")], rows


def test_money_per_unit_and_a_rate_stay_apart(tmp_path):
    # Look-alikes: 'a year' is still a rate of money, and a quantity's words stay its unit.
    claim = {**CAP, "amount": "USD 3 billion a year"}
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, claims_file(tmp_path, [PACKAGE, claim]), check=0)
    rows = sparql_rows(store, "SELECT ?per ?unit WHERE { ?cap a gkg:Limit ; gkg:amount ?a . ?a gkg:per ?per "
                              "OPTIONAL { ?a gkg:perUnitText ?unit } }")
    assert [(r["per"], r.get("unit")) for r in rows] == [("P1Y", None)], rows


@pytest.mark.parametrize("value, code", [("50 million rupiah", "IDR"), ("50 million rupiahs", "IDR"),
                                         ("1.2 billion yen", "JPY"), ("50 million Indonesian rupiahs", "IDR")])
def test_a_currency_named_after_the_figure_without_its_country(tmp_path, value, code):
    claim = {"id": "loss", "fact": "assessment-vardia-loss", "type": "Assessment", "speaker": "Vardia",
             "about": "Vardia", "value": value, "valueOf": "revenue lost in a week",
             "quote": "the state had lost 50 million rupiah in a week"}
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, claims_file(tmp_path, [claim]), check=0)
    rows = sparql_rows(store, "SELECT ?c WHERE { ?f gkg:value ?v . ?v schema:currency ?c }")
    assert [r["c"] for r in rows] == [code]


@pytest.mark.parametrize("value, says", [
    ("50 million rupees", "'rupees' is not a currency on its own: it names several (INR, LKR, MUR, NPR, PKR, SCR)"),
    ("50 million dollars", "'dollars' is not a currency on its own: it names several (AUD,"),
    ("50 million gold", "'gold' is not a currency"),
])
def test_a_name_several_currencies_share_is_refused_with_their_codes(tmp_path, value, says):
    claim = {"id": "loss", "fact": "assessment-vardia-loss", "type": "Assessment", "speaker": "Vardia",
             "about": "Vardia", "value": value, "valueOf": "revenue lost in a week",
             "quote": "the state had lost 50 million rupiah in a week"}
    path = claims_file(tmp_path, [claim])
    proc = kg_cli("ingest", "--store", tmp_path / "store", path, check=2)
    assert str(path) in proc.stderr and says in said(proc), proc.stderr
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize("key, meant", [("packageNumber", "ordinal"), ("package_no", "ordinal"),
                                        ("numberOfPackages", "counts")])
def test_an_unknown_key_named_noun_number_is_offered_ordinal(tmp_path, key, meant):
    claim = {k: v for k, v in PACKAGE.items() if k != "ordinal"} | {key: 9}
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", claims_file(tmp_path, [claim]), check=2)
    assert f"unknown relation '{key}'; did you mean '{meant}'?" in said(proc), proc.stderr


def test_a_weekday_after_starting_names_a_later_day_than_the_claim(tmp_path):
    levy = {"id": "levy", "fact": "statement-ilse-marr-levy", "type": "Statement", "speaker": "Ilse Marr",
            "date": "2025-07-20", "quote": "Ilse Marr said the export levy would be scrapped starting Monday"}
    # Look-alike: 'said on Monday' dates the saying, which the claim dates a Sunday: a typo.
    talks = {"id": "talks", "fact": "statement-ilse-marr-talks", "type": "Statement", "speaker": "Ilse Marr",
             "date": "2025-07-20", "quote": "She said on Monday that talks had failed"}
    proc = kg_cli("ingest", "--store", tmp_path / "store", claims_file(tmp_path, [levy, talks]), check=0)
    text = said(proc)
    assert proc.returncode == 0, proc.stderr
    assert "claim 'levy': its quote says" not in text, text
    assert "claim 'talks': its quote says 'Monday', but date 2025-07-20 is a Sunday" in text, text
