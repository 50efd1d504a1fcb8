"""The values one cell of `leaders` or `meetings` joins come in the order of the values
themselves, not in the store's order of the claims, facts and entities behind them nor
in whatever order one evaluation met them: the same bytes from the same claims, on every
run and under other claim ids.

Read back from an invented article (``tests/data/query-joined-order-marnovia``), built by
the real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import re
import shutil

from conftest import ROOT, built_corpus, built_once_per_module, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-joined-order-marnovia"

case = built_once_per_module(CASE, build=built_corpus)


def test_leaders_joins_each_cell_in_the_order_of_its_values(case):
    rows = {r["holder"]: r for r in query_rows(case, "leaders", of="Marnovia")}
    halde = rows["Tomas Halde"]
    # Each claim by its way and its speakers, the speakers of one claim by name.
    assert halde["claims"] == ("asserted; reported by Ines Corr; reported by Ines Corr, Paul Ebbe; "
                               "reported by Marnovian state broadcaster; reported by Paul Ebbe")
    # Those before the holder first, then those after.
    assert halde["succession"] == "succeeding Arno Vik; succeeded by Lena Sauer"
    # Rival ordinals by their number; ranks by their words; what ended it by its date.
    assert halde["ordinal"] == "10 (presidents of Marnovia) / 11 (presidents of Marnovia)"
    assert halde["ranked"] == ("1: the longest-serving leader of the republic; "
                               "1: the youngest head of state in the region")
    assert halde["until"] == ("2026-11-30 (resignation) / "
                              "2026-12-01 (superseded by position-lena-sauer-marnovia-head-of-state)")
    # The look-alike: the successor's post, stated once, joins nothing.
    assert rows["Lena Sauer"]["succession"] == "succeeding Tomas Halde"
    assert rows["Lena Sauer"]["claims"] == "asserted"


def test_meetings_joins_the_outcomes_in_the_order_of_their_words(case):
    [row] = query_rows(case, "meetings", person="Oren Tass")
    assert row["outcome"] == "agreed to meet again in January; no agreement"
    assert row["participants"] == "Oren Tass, Tomas Halde"


def test_the_same_bytes_on_every_run_and_on_a_store_built_again_with_other_claim_ids(case, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CASE, corpus)
    claims = corpus / "claims" / "000_joined_order_marnovia.yaml"
    text = claims.read_text(encoding="utf-8")
    renamed = re.sub(r"\{id: ([a-z-]+),", r"{id: x-\1,", text)
    assert renamed.count("{id: x-") == text.count("{id: ") == 14
    claims.write_text(renamed, encoding="utf-8")
    again = tmp_path / "kg-store"
    kg_cli("build", "-q", "--corpus", corpus, "--store", again, check=0)
    for name, params in (("leaders", ["-p", "of=Marnovia"]), ("meetings", [])):
        outs = [kg_cli("query", name, "--store", store, *params, "-F", "csv", check=0).stdout
                for store in (case, again, case, again, case, again)]
        assert len(set(outs)) == 1, (name, outs)
        assert "Tomas Halde" in outs[0]
