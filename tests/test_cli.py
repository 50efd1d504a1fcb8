"""The command line as a whole: help everywhere, documented exit codes, docs that
cover every command."""

import pytest

from kg.cli import cli

from conftest import ROOT, run_kg

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    proc = run_kg(command, "--help", check=0, in_process=True)
    assert "Usage: " in proc.stdout
    assert len(cli.commands[command].help or "") > 20


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    assert f"kg {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_missing_store_is_a_clear_error(tmp_path):
    proc = run_kg("stats", "--store", tmp_path / "nowhere", check=2)
    assert "no store at" in proc.stderr and "kg build" in proc.stderr


def test_usage_error_exits_2():
    proc = run_kg("query", check=2)
    assert "give exactly one of" in proc.stderr and "'kg query --list' lists them" in proc.stderr


def test_query_list_lists_the_canned_queries_as_kg_queries_does():
    """'kg query --list', which users try first, prints the catalog 'kg queries' prints."""
    listed = run_kg("query", "--list", check=0, in_process=True).stdout
    assert listed == run_kg("queries", check=0, in_process=True).stdout and "meetings" in listed


def test_sparql_syntax_error_exits_2(built_store):
    proc = run_kg("query", "--store", built_store, "--sparql", "SELECT ?x WHERE { ?x ", check=2)
    assert proc.stderr.startswith("Error: SPARQL syntax error")


def test_output_formats(built_store):
    q = "SELECT ?name WHERE { id:russia rdfs:label ?name } LIMIT 1"
    assert run_kg("query", "--store", built_store, "--sparql", q, "--format", "csv", check=0, in_process=True).stdout == "name\nRussia\n"
    # W3C TSV: variables with their '?', terms as Turtle writes them.
    assert run_kg("query", "--store", built_store, "--sparql", q, "--format", "tsv", check=0, in_process=True).stdout == '?name\n"Russia"@en\n'
    table = run_kg("query", "--store", built_store, "--sparql", q, check=0, in_process=True).stdout
    assert table.splitlines()[0].strip() == "name" and "(1 row)" in table


def test_store_from_environment(built_store, tmp_path):
    proc = run_kg("stats", env={"KG_STORE": str(built_store)}, cwd=tmp_path, check=0)
    assert "5 articles" in proc.stdout


def test_a_reader_that_goes_away_ends_the_command_quietly_with_the_sigpipe_status(tmp_path):
    """`kg build | head -1`: the build completes, nothing is said on stderr but the note
    naming the corpus read, and the exit status is the shell's SIGPIPE status (141),
    not 1, which means "does not conform"."""
    import subprocess
    import sys

    store = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", "--store", str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 141, err
    assert first.startswith(b"Built "), first
    assert err.decode().startswith("Corpus: ") and err.count(b"\n") == 1, err  # no error, no traceback
    stats = run_kg("stats", "--store", store)
    assert stats.returncode == 0 and "5 articles" in stats.stdout
