"""Small gaps new users met in the canned queries and the CLI's messages, each read back
beside a look-alike:

1. ``visits -p host=X`` lists the visits state X hosted (its host state, or a host or
   receiver of it), where ``state`` is the visitor's side; ``kg queries`` lists every
   parameter of every query, wrapped, not cut, in a narrow terminal;
2. the values a column joins (the modalities of one status, "resumed (planned,
   predicted)") come in their own order, not the store's: the same bytes from the same
   claims under other ids;
3. ingesting an unchanged claims file again says that nothing changed;
4. ``kg --help`` writes ``kg query -e`` as the README does.

Read back from an invented article (``tests/data/query-qfix20-osmar-visits``), built by the
real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import shutil

from conftest import ROOT, built_corpus, built_once_per_module, kg_cli, query_rows, run_kg

CASE = ROOT / "tests" / "data" / "query-qfix20-osmar-visits"

case = built_once_per_module(CASE, build=built_corpus)


# -- 1. visits by the host's side; every parameter listed ---------------------------------------------------------------

def test_host_lists_the_visits_a_state_hosted_and_state_those_it_made(case):
    hosted = {r["fact"]: r for r in query_rows(case, "visits", host="Osmar")}
    # By its host state, and by its receiver alone (Osmar's prime minister), no host state given.
    assert set(hosted) == {"visit-rune-aske-osmar-2026-11-30", "visit-ola-brink-talva-2026-12-01"}
    assert hosted["visit-rune-aske-osmar-2026-11-30"]["host_state"] == "Osmar"
    # The look-alike: the visit Osmar's minister made to Kelda is Osmar's as visitor, not host.
    made = [r["fact"] for r in query_rows(case, "visits", state="Osmar")]
    assert made == ["visit-emil-dorn-kelda-2026-11"]
    assert [r["fact"] for r in query_rows(case, "visits", host="Kelda")] == ["visit-emil-dorn-kelda-2026-11"]
    # A state that hosted nothing (its envoy only visited) lists none.
    assert query_rows(case, "visits", host="Harven") == []


def test_the_list_of_queries_shows_every_parameter_in_a_narrow_terminal():
    from kg.catalog import load_catalog

    listed = run_kg("queries", env={"COLUMNS": "80"}, check=0, in_process=True).stdout
    assert max(map(len, listed.splitlines())) <= 80 and "…" not in listed, listed
    words = listed.split()
    for q in load_catalog().values():
        for p in q.params.values():
            shown = f"{p.name}{'' if p.required else '?'}:{p.type}"
            assert shown in words or shown + "," in words, (q.name, shown, listed)
    assert "host?:state," in words


# -- 2. one order of a status's modalities ------------------------------------------------------------------------------

def test_a_status_s_modalities_are_the_same_bytes_on_a_store_built_again_with_other_claim_ids(case, tmp_path):
    # The same claims under other ids: the store's own order of its claims changes (it
    # follows their IRIs), the modalities' order must not.
    corpus = tmp_path / "corpus"
    shutil.copytree(CASE, corpus)
    claims = corpus / "claims" / "000_qfix20_osmar_visits.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("id: fuel-resume,", "id: fuel-resume-a,")
                      .replace("id: fuel-predicted,", "id: fuel-predicted-a,"), encoding="utf-8")
    again = tmp_path / "kg-store"
    kg_cli("build", "-q", "--corpus", corpus, "--store", again, check=0)
    outs = [kg_cli("query", "supporters", "--store", store, "-p", "state=Osmar", "-F", "csv", check=0).stdout
            for store in (case, again, case, again)]
    assert len(set(outs)) == 1, outs
    assert "economic (resumed (planned, predicted))" in outs[0]
    # The look-alike: a status a claim reports keeps no modality after it.
    assert "economic (suspended)" in outs[0]


# -- 3. an unchanged file ingested again ----------------------------------------------------------------------------------

def test_an_unchanged_file_ingested_again_says_that_nothing_changed(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CASE, corpus)
    store = tmp_path / "store"
    kg_cli("build", "-q", "--corpus", corpus, "--store", store, check=0)
    claims = corpus / "claims" / "000_qfix20_osmar_visits.yaml"
    out = kg_cli("ingest", "--store", store, claims, check=0).stdout
    assert "Replaced the version of 000_qfix20_osmar_visits already in the store: nothing changed" in out, out
    # The look-alike: a file with one value changed says what it ingested, then what changed.
    claims.write_text(claims.read_text(encoding="utf-8").replace("date: 2026-11,", "date: 2026-11-10,"), encoding="utf-8")
    out = kg_cli("ingest", "--store", store, claims, check=0).stdout
    assert out.startswith("Ingested 1 article(s): ") and "nothing changed" not in out, out


# -- 4. help and README name the inline query's option alike ---------------------------------------------------------------

def test_help_and_readme_write_the_inline_query_option_alike():
    helped = run_kg("--help", check=0, in_process=True).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "kg query -e '" in helped and "kg query --sparql" not in helped, helped
    assert "kg query -e '" in readme and "kg query --sparql" not in readme
