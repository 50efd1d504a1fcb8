"""The CLI follows the conventions of the RDF tools its users know (Jena's riot and
arq, Oxigraph's CLI, sqlite-utils): formats by file extension, short name or media type,
standard input and output, W3C result formats. Everything runs the real ``kg``."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ARTICLES, kg_cli, run_kg
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.export import DUMP_PREFIXES

GKG = "https://w3id.org/geopolitics-kg/ontology#"


def _quads(data: bytes, fmt: ox.RdfFormat) -> set:
    return set(ox.parse(data, format=fmt))


def _canonical(quads, merge_graphs=False) -> ox.Dataset:
    """The quads (or their triples) with blank nodes named by RDFC-1.0, so that two
    parses of one graph compare equal."""
    ds = ox.Dataset(ox.Quad(q.subject, q.predicate, q.object) if merge_graphs else q for q in quads)
    ds.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return ds


@pytest.fixture(scope="module")
def nquads(built_store, tmp_path_factory) -> set:
    out = tmp_path_factory.mktemp("dump") / "all.nq"
    run_kg("export", "--store", built_store, "-o", out, check=0, in_process=True)
    return _quads(out.read_bytes(), ox.RdfFormat.N_QUADS)


# -- §1 formats ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, fmt, dataset", [
    ("kg.ttl", ox.RdfFormat.TURTLE, False), ("kg.trig", ox.RdfFormat.TRIG, True),
    ("kg.nt", ox.RdfFormat.N_TRIPLES, False), ("kg.jsonld", ox.RdfFormat.JSON_LD, True),
    ("kg.rdf", ox.RdfFormat.RDF_XML, False), ("kg.nt.gz", ox.RdfFormat.N_TRIPLES, False),
])
def test_export_format_follows_the_extension(built_store, nquads, tmp_path, name, fmt, dataset):
    out = tmp_path / name
    proc = kg_cli("export", "--store", built_store, "-o", out, check=0)
    data = out.read_bytes()
    if name.endswith(".gz"):
        assert data[:2] == b"\x1f\x8b", "not gzip"
        data = gzip.decompress(data)
    assert f"Wrote {out}" in proc.stderr
    got = _quads(data, fmt)
    assert _canonical(got, not dataset) == _canonical(nquads, not dataset)


def test_short_names_and_media_types_name_the_same_format(built_store, tmp_path):
    outs = {spec: kg_cli("export", "--store", built_store, "--no-ontology", "-F", spec, check=0).stdout
            for spec in ("ntriples", "nt", "N-Triples", "application/n-triples")}
    assert len(set(outs.values())) == 1 and len(outs["nt"]) > 100_000
    ttl = kg_cli("export", "--store", built_store, "--no-ontology", "-F", "text/turtle", check=0).stdout
    assert ttl == kg_cli("export", "--store", built_store, "--no-ontology", "--format", "ttl", check=0).stdout
    jsonld = kg_cli("export", "--store", built_store, "--no-ontology", "-F", "application/ld+json", check=0).stdout
    assert jsonld == kg_cli("export", "--store", built_store, "--no-ontology", "-F", "json-ld", check=0).stdout


def test_dash_and_no_output_write_to_standard_output(built_store, tmp_path):
    a = kg_cli("export", "--store", built_store, "-F", "nq", "-o", "-", cwd=tmp_path, check=0).stdout
    b = kg_cli("export", "--store", built_store, "-F", "nq", cwd=tmp_path, check=0).stdout
    assert a == b and len(a) > 100_000
    assert list(tmp_path.iterdir()) == []  # no file called "-"


def test_a_format_that_contradicts_the_extension_is_refused(built_store, tmp_path):
    out = tmp_path / "kg.nt"
    proc = kg_cli("export", "--store", built_store, "--format", "turtle", "-o", out, check=2)
    assert proc.stderr.startswith(f"Error: {out}: --format turtle contradicts the file's extension")
    assert "Traceback" not in proc.stderr and not out.exists()


def test_an_unknown_extension_without_format_and_an_unknown_format_are_refused(built_store, tmp_path):
    out = tmp_path / "kg.txt"
    proc = kg_cli("export", "--store", built_store, "-o", out, check=2)
    assert f"{out}: cannot tell the RDF format from the extension" in proc.stderr and not out.exists()
    proc = kg_cli("export", "--store", built_store, "-F", "yaml", check=2)
    assert proc.stderr.startswith("Error: unknown RDF format 'yaml'") and proc.stdout == ""
    # An explicit format names a file with any other extension.
    kg_cli("export", "--store", built_store, "-F", "nt", "-o", out, check=0)
    assert out.read_bytes().startswith(b"<")


def test_the_old_export_letter_still_works_with_a_note(built_store):
    proc = run_kg("export", "--store", built_store, "--no-ontology", "-f", "nquads", check=0, in_process=True)
    assert "'-f' is deprecated in 'kg export'; use '-F/--format'" in proc.stderr
    assert proc.stdout == run_kg("export", "--store", built_store, "--no-ontology", "-F", "nquads", check=0, in_process=True).stdout


def test_jsonld_is_compacted_with_the_project_prefixes(built_store, nquads, tmp_path):
    out = tmp_path / "kg.jsonld"
    kg_cli("export", "--store", built_store, "-o", out, check=0)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"]["gkg"] == GKG
    text = out.read_text(encoding="utf-8")
    assert text.count(f'"{GKG}') == 1  # in the context only: no property or class as a full IRI
    assert '"gkg:articleText"' in text and '"graph:000_0f2a5f001831298a"' in text
    expanded = ox.serialize(sorted(nquads, key=str), format=ox.RdfFormat.JSON_LD)
    assert len(out.read_bytes()) < len(expanded)
    assert _canonical(_quads(out.read_bytes(), ox.RdfFormat.JSON_LD)) == _canonical(nquads)


def test_streamed_turtle_groups_subjects_under_the_prefixes(built_store):
    """The default Turtle comes graph by graph from Oxigraph's writer: the prefixes once,
    a blank line after each subject's statement, and the same triples as the N-Quads."""
    ttl = kg_cli("export", "--store", built_store, "--no-ontology", "-F", "ttl", check=0).stdout
    head, body = ttl.split("\n\n", 1)
    assert head.splitlines() == [f"@prefix {p}: <{iri}> ." for p, iri in DUMP_PREFIXES.items()]
    assert "@prefix" not in body
    blocks = body.split("\n\n")
    assert len(blocks) > 500 and all(b.endswith(" .") for b in blocks if b)
    nq = kg_cli("export", "--store", built_store, "--no-ontology", "-F", "nq", check=0).stdout
    triples = {q.triple for q in ox.parse(nq.encode("utf-8"), format=ox.RdfFormat.N_QUADS)}
    assert {q.triple for q in ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE)} == triples


def test_pretty_turtle_is_written_for_people(built_store):
    ttl = kg_cli("export", "--store", built_store, "--no-ontology", "-F", "ttl", "--pretty", check=0).stdout
    blocks = ttl.split("\n\n")
    assert len(blocks) > 500  # one block per subject, a blank line between them
    typed_first = [b for b in blocks[1:] if b.split(" ", 2)[1:2] == ["a"]]
    assert len(typed_first) > 300
    assert not [b for b in blocks if "\n    a " in b], "rdf:type written after another predicate"
    lines = set(ttl.split("\n"))
    for article in sorted(ARTICLES.glob("*.txt")):
        paragraphs = [p for p in article.read_text(encoding="utf-8").split("\n")[1:-1] if len(p) > 80]
        # The text is a long string: its paragraphs are lines of the Turtle, not \n escapes.
        assert paragraphs and all(p in lines for p in paragraphs), article.name


@pytest.mark.parametrize("fmt", ["ttl", "ttl --pretty", "trig --pretty", "jsonld"])
def test_pretty_formats_are_byte_identical_whatever_the_hash_seed(built_store, fmt):
    runs = {run_kg("export", "--store", built_store, "-F", *fmt.split(), env={"PYTHONHASHSEED": seed},
                   check=0).stdout for seed in ("1", "2")}
    assert len(runs) == 1


# -- §2 results ----------------------------------------------------------------------------

STATES = "SELECT DISTINCT ?state ?name WHERE { ?state a gkg:State ; rdfs:label ?name } ORDER BY ?name"
W3C = {"sparql-json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
       "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


def _rows(data: bytes, fmt: ox.QueryResultsFormat) -> list[tuple]:
    result = ox.parse_query_results(data, format=fmt)
    return [tuple(s[v] for v in result.variables) for s in result]


def test_select_results_in_the_w3c_formats_read_back_alike(built_store, tmp_path):
    read = {}
    for name, fmt in W3C.items():
        out = tmp_path / f"states.{name}"
        kg_cli("query", "--store", built_store, "-e", STATES, "-F", name, "-o", out, check=0)
        if name == "csv":  # Oxigraph does not read CSV results back (they drop datatypes and languages)
            read[name] = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))[1:]
        else:
            read[name] = _rows(out.read_bytes(), fmt)
    json_rows = read["sparql-json"]
    assert len(json_rows) >= 5 and json_rows == read["xml"] == read["tsv"]
    # CSV keeps values only (no language tags or datatypes), as the W3C note says.
    assert read["csv"] == [[t.value for t in r] for r in json_rows]
    csv_bytes = (tmp_path / "states.csv").read_bytes()
    assert csv_bytes.startswith(b"state,name\r\n") and b"\r\nhttps://w3id.org/geopolitics-kg/id/russia,Russia\r\n" in csv_bytes
    assert (tmp_path / "states.tsv").read_bytes().startswith(b"?state\t?name\n<https://w3id.org/geopolitics-kg/id/")
    # arq's short names, media types and the file's extension name the same formats.
    for spec, name in (("srj", "sparql-json"), ("application/sparql-results+xml", "xml"), ("text/csv", "csv"),
                       ("text/tab-separated-values", "tsv")):
        got = kg_cli("query", "--store", built_store, "-e", STATES, "-F", spec, check=0).stdout
        assert got.rstrip("\n") == (tmp_path / f"states.{name}").read_text(encoding="utf-8").rstrip("\n"), spec
    kg_cli("query", "--store", built_store, "-e", STATES, "-o", tmp_path / "by-extension.srj", check=0)
    assert _rows((tmp_path / "by-extension.srj").read_bytes(), ox.QueryResultsFormat.JSON) == json_rows
    proc = kg_cli("query", "--store", built_store, "-e", STATES, "-F", "yaml", check=2)
    assert "unknown format 'yaml'" in proc.stderr and "Traceback" not in proc.stderr


def test_long_text_gives_way_before_names_and_a_name_is_never_cut(built_store):
    # legal-actions: names of courts and people, with long charges and grounds beside them
    whole = run_kg("query", "legal-actions", "--store", built_store, check=0, in_process=True).stdout
    natural = max(map(len, whole.splitlines()))
    for columns in (natural - 20, 200):
        out = run_kg("query", "legal-actions", "--store", built_store, env={"COLUMNS": str(columns)}, check=0, in_process=True).stdout
        lines = out.splitlines()
        assert max(map(len, lines)) <= columns
        for name in ("Argentine court", "International Criminal Court", "Min Aung Hlaing"):
            assert name in out, (columns, out)  # whole, in a table or, where that cannot keep it, a record
    # a little too narrow: still a table, the long text cut
    out = run_kg("query", "legal-actions", "--store", built_store, env={"COLUMNS": str(natural - 20)}, check=0, in_process=True).stdout
    assert not out.startswith("-[ row") and "…" in out


def test_the_table_shows_prefixed_names_and_fits_the_terminal(built_store):
    states = run_kg("query", "--store", built_store, "-e", STATES, check=0, in_process=True).stdout
    assert "\nid:russia  " in states and "https://w3id.org" not in states
    wide = run_kg("query", "leaders", "--store", built_store, "-p", "of=Russia", check=0).stdout
    assert max(map(len, wide.splitlines())) > 100  # piped, not cut
    header = wide.splitlines()[0].split()
    # Room for every column with its names and dates whole (160: the succession and ordinal
    # columns beside the dates): a table, its ids cut to fit.
    fitted = run_kg("query", "leaders", "--store", built_store, "-p", "of=Russia",
                    env={"COLUMNS": "160"}, check=0, in_process=True).stdout
    lines = fitted.splitlines()
    assert max(map(len, lines)) <= 160 and lines[0].split() == header and lines[-1] == "(2 rows)"
    assert "Mikhail Mishustin" in fitted and "position-mishustin-" in fitted and "…" in fitted
    # Too narrow for that: each row a record, one field a line, nothing cut, empty fields left out.
    for columns in (60, 100):
        narrow = run_kg("query", "leaders", "--store", built_store, "-p", "of=Russia",
                        env={"COLUMNS": str(columns)}, check=0, in_process=True).stdout
        lines = narrow.splitlines()
        assert max(map(len, lines)) <= columns and "…" not in narrow and lines[-1] == "(2 rows)"
        assert lines[0].startswith("-[ row 1 ]-") and sum(line.startswith("-[ row ") for line in lines) == 2
        fields = {line.split()[0] for line in lines if not line.startswith(("-[", "(", " "))}
        assert {"of", "position", "holder", "fact"} <= fields <= set(header) and "until" not in fields
        assert any(line.split() == ["holder", "Vladimir", "Putin"] for line in lines)
        assert any(line.startswith("fact") and "position-mishustin-" in line for line in lines)
    # Asked for, whatever the width; piped, too.
    forced = run_kg("query", "leaders", "--store", built_store, "-p", "of=Russia", "-F", "expanded", check=0, in_process=True).stdout
    assert forced.startswith("-[ row 1 ]-") and forced.count("-[ row ") == 2


@pytest.mark.parametrize("fmt, expected", [
    ("table", "true\n"), ("json", "true\n"), ("csv", "true\n"), ("tsv", "true\n"),
    ("sparql-json", '{"head":{},"boolean":true}\n'),
])
def test_ask_honours_the_format(built_store, fmt, expected):
    got = run_kg("query", "--store", built_store, "-e", "ASK { id:russia a gkg:State }", "-F", fmt, check=0, in_process=True).stdout
    assert got == expected
    no = run_kg("query", "--store", built_store, "-e", "ASK { id:russia a gkg:Person }", "-F", fmt, check=0, in_process=True).stdout
    assert no == expected.replace("true", "false")


def test_ask_in_xml_reads_back(built_store):
    xml = run_kg("query", "--store", built_store, "-e", "ASK { id:russia a gkg:State }", "-F", "srx", check=0, in_process=True).stdout
    assert bool(ox.parse_query_results(xml.encode(), format=ox.QueryResultsFormat.XML)) is True


def test_describe_and_construct_take_any_rdf_format_and_repeat_no_triple(built_store, tmp_path):
    distinct = kg_cli("query", "--store", built_store, "-F", "csv",
                      "-e", "SELECT DISTINCT ?p ?o WHERE { id:russia ?p ?o }", check=0).stdout.splitlines()[1:]
    nt = kg_cli("query", "--store", built_store, "-e", "DESCRIBE id:russia", "-F", "nt", check=0).stdout.splitlines()
    assert len(nt) == len(set(nt)) == len(distinct) > 3  # Russia is in every article's graph: once each
    out = tmp_path / "russia.jsonld"
    kg_cli("query", "--store", built_store, "-e", "DESCRIBE id:russia", "-o", out, check=0)
    assert {q.triple for q in ox.parse(out.read_bytes(), format=ox.RdfFormat.JSON_LD)} == \
        {q.triple for q in ox.parse("\n".join(nt).encode(), format=ox.RdfFormat.N_TRIPLES)}
    for fmt, rdf_format in (("trig", ox.RdfFormat.TRIG), ("nq", ox.RdfFormat.N_QUADS), ("rdfxml", ox.RdfFormat.RDF_XML)):
        got = kg_cli("query", "--store", built_store, "-e", "DESCRIBE id:russia", "-F", fmt, check=0).stdout
        assert {q.triple for q in ox.parse(got.encode(), format=rdf_format)} == \
            {q.triple for q in ox.parse("\n".join(nt).encode(), format=ox.RdfFormat.N_TRIPLES)}, fmt
    ttl = kg_cli("query", "--store", built_store, "-e",
                 "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a gkg:State ; rdfs:label ?l }", check=0).stdout
    assert ttl.startswith("@prefix") and "id:russia rdfs:label" in ttl
    proc = kg_cli("query", "--store", built_store, "-e", "DESCRIBE id:russia", "-F", "nt", "-o", tmp_path / "r.ttl", check=2)
    assert "contradicts the file's extension" in proc.stderr and not (tmp_path / "r.ttl").exists()


# -- §3 input -------------------------------------------------------------------------------

def test_a_query_from_standard_input_or_a_file(built_store, tmp_path):
    expected = kg_cli("query", "--store", built_store, "-e", STATES, "-F", "csv", check=0).stdout
    assert kg_cli("query", "--store", built_store, "-f", "-", "-F", "csv", input=STATES, check=0).stdout == expected
    assert kg_cli("query", "--store", built_store, "-", "-F", "csv", input=STATES, check=0).stdout == expected
    (tmp_path / "states.rq").write_text(STATES, encoding="utf-8")
    assert kg_cli("query", "--store", built_store, "states.rq", "-F", "csv", cwd=tmp_path, check=0).stdout == expected
    assert kg_cli("query", "--store", built_store, "-f", tmp_path / "states.rq", "-F", "csv", check=0).stdout == expected
    assert kg_cli("query", "--store", built_store, STATES, "-F", "csv", check=0).stdout == expected  # as arq takes it
    # A query with full IRIs, slashes and all, is still a query, not a file name.
    full = ("PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#> "
            "SELECT (COUNT(*) AS ?n) WHERE { ?s a gkg:State }")
    assert kg_cli("query", "--store", built_store, full, "-F", "csv", check=0).stdout == \
        kg_cli("query", "--store", built_store, "-e", full, "-F", "csv", check=0).stdout
    # The old spelling of --sparql still runs the query, -q now meaning --quiet.
    assert kg_cli("query", "--store", built_store, "-q", STATES, "-F", "csv", check=0).stdout == expected


def test_a_missing_or_unreadable_query_file_is_named(built_store, tmp_path):
    proc = run_kg("query", "--store", built_store, tmp_path / "absent.rq", check=2, in_process=True)
    assert proc.stderr == f"Error: {tmp_path / 'absent.rq'}: cannot read it: No such file or directory\n"
    (tmp_path / "latin1.rq").write_bytes("SELECT * WHERE { ?s rdfs:label \"Bogotá\" }".encode("latin-1"))
    proc = run_kg("query", "--store", built_store, "-f", tmp_path / "latin1.rq", check=2, in_process=True)
    assert proc.stderr.startswith(f"Error: {tmp_path / 'latin1.rq'}: not UTF-8 text")
    proc = run_kg("query", "--store", built_store, "-", check=2, in_process=True)  # nothing on standard input
    assert "Error:" in proc.stderr and "Traceback" not in proc.stderr


def test_ingest_reads_a_claims_file_from_standard_input(store_copy, corpus_copy):
    claims = (corpus_copy / "claims" / "000_0f2a5f001831298a.yaml").read_text(encoding="utf-8")
    before = kg_cli("export", "--store", store_copy, "-F", "nq", check=0).stdout
    proc = kg_cli("ingest", "--store", store_copy, "-", input=claims, cwd=corpus_copy, check=0)
    assert proc.stdout.startswith("Ingested 1 article(s): 31 claims") and "(000_0f2a5f001831298a)" in proc.stdout
    assert kg_cli("export", "--store", store_copy, "-F", "nq", check=0).stdout == before  # the same article again
    altered = claims.replace("In Moscow on Tuesday", "In Moscow on Wednesday", 1)
    assert altered != claims
    proc = kg_cli("ingest", "--store", store_copy, "-", input=altered, cwd=corpus_copy, check=2)
    assert proc.stderr.startswith("Error: <stdin>: claim 'talks-moscow' (line 3): quote not found verbatim")
    assert kg_cli("export", "--store", store_copy, "-F", "nq", check=0).stdout == before
    proc = kg_cli("ingest", "--store", store_copy, "-", input="claims: [", cwd=corpus_copy, check=2)
    assert proc.stderr.startswith("Error: <stdin>: line 1") and "malformed YAML" in proc.stderr
    proc = kg_cli("ingest", "--store", store_copy, "-", "-", input=claims, cwd=corpus_copy, check=2)
    assert "standard input ('-') is given twice" in proc.stderr
    assert kg_cli("export", "--store", store_copy, "-F", "nq", check=0).stdout == before


def _on_a_terminal(*args, stream: str = "stdout") -> str:
    """What ``kg`` writes to a terminal (a 100-column pseudo-terminal here) on
    ``stream`` (stdout or stderr), as text; the other stream is captured apart."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    from conftest import ROOT

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    try:
        streams = {"stdout": follower, "stderr": subprocess.PIPE} if stream == "stdout" else \
            {"stdout": subprocess.PIPE, "stderr": follower}
        proc = subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], **streams,
                              stdin=subprocess.DEVNULL, cwd=ROOT, timeout=300, check=False)
        assert proc.returncode == 0, (proc.stdout, proc.stderr)
        os.close(follower)
        follower = None
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the writer is gone and everything was read
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    finally:
        os.close(leader)
        if follower is not None:
            os.close(follower)


def test_results_on_a_terminal_are_neutralised_and_exact_when_piped(built_store):
    query = 'SELECT ?x WHERE { BIND("red \\u001b[31m flag \\u202e" AS ?x) }'
    for fmt in ("csv", "sparql-json", "table"):
        shown = _on_a_terminal("query", "--store", built_store, "-e", query, "-F", fmt)
        assert "\x1b" not in shown and "\u202e" not in shown, fmt
        assert "flag \\u202e" in shown and ("red \\x1b[31m" in shown or "red \\u001b[31m" in shown), fmt
    piped = run_kg("query", "--store", built_store, "-e", query, "-F", "csv", check=0).stdout
    assert piped == "x\nred \x1b[31m flag \u202e\n"


# -- §6 help that teaches ------------------------------------------------------------------

README = Path(__file__).resolve().parent.parent / "README.md"
MARK = "__kg_readme_command_done__"


def _commands() -> list[str]:
    """The commands ``kg --help`` lists."""
    listing = run_kg("--help", check=0, in_process=True).stdout.split("\nCommands:\n", 1)[1]
    return [line.split()[0] for line in listing.splitlines() if line.startswith("  ") and line.split()]


def test_every_command_has_an_example_and_a_place_in_the_readme():
    commands = _commands()
    assert {"build", "ingest", "query", "export", "push"} <= set(commands)
    readme = README.read_text(encoding="utf-8")
    for name in commands:
        shown = kg_cli(name, "--help", check=0).stdout
        examples = shown.split("Example", 1)[1] if "Example" in shown else ""
        assert f"kg {name}" in examples, f"'kg {name} --help' shows no example"
        assert f"| `kg {name}" in readme, f"'kg {name}' is missing from the README's table of commands"


def readme_sessions() -> list[list[tuple[str, str]]]:
    """The README's ``console`` blocks: for each, its (command, expected output) pairs.
    A command is a ``$ `` line and its continuation lines (while a quote is open)."""
    import shlex

    blocks = re.findall(r"^```console\n(.*?)^```$", README.read_text(encoding="utf-8"), re.MULTILINE | re.DOTALL)
    sessions = []
    for block in blocks:
        pairs: list[list[str]] = []
        open_command = False
        for line in block.splitlines():
            if open_command:
                pairs[-1][0] += "\n" + line
            elif line.startswith("$ "):
                pairs.append([line[2:], ""])
            else:
                pairs[-1][1] += line + "\n"
                continue
            try:
                shlex.split(pairs[-1][0])
                open_command = False
            except ValueError:  # a quotation still open: the command goes on
                open_command = True
        sessions.append([(c, out) for c, out in pairs])
    return sessions


def _matches(expected: str, actual: str) -> bool:
    """Whether ``actual`` is ``expected``, where a line '...' stands for any lines and
    '...' within a line for any text; trailing spaces do not count."""
    pattern = ""
    for line in expected.rstrip("\n").splitlines():  # a blank line may part two commands
        if line.strip() == "...":
            pattern += r"(?:.*\n)*?"
        else:
            pattern += ".*?".join(map(re.escape, line.rstrip().split("..."))) + r"\n"
    actual = "".join(line.rstrip() + "\n" for line in actual.splitlines())
    return re.fullmatch(pattern, actual) is not None


def test_the_readme_examples_print_what_the_readme_shows(tmp_path):
    import os
    import subprocess
    import sys

    sessions = readme_sessions()
    assert len(sessions) >= 4 and sum(map(len, sessions)) >= 10
    (tmp_path / "corpus").symlink_to(Path(__file__).resolve().parent.parent / "corpus")
    env = {k: v for k, v in os.environ.items() if k not in ("KG_STORE", "KG_ENDPOINT", "COLUMNS")}
    env["KG_PYTHON"] = sys.executable
    script = 'kg() { "$KG_PYTHON" -m kg.cli "$@"; }\n'
    for session in sessions:
        for command, _ in session:
            # Each command's output ends with a mark; its status is kept for a following 'echo $?'.
            script += f"{command}\n__status=$?; echo {MARK}; (exit $__status)\n"
    proc = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=600, check=False)
    outputs = proc.stdout.split(MARK + "\n")
    pairs = [pair for session in sessions for pair in session]
    assert len(outputs) == len(pairs) + 1, proc.stdout[-2000:]
    for (command, expected), actual in zip(pairs, outputs):
        assert _matches(expected, actual), f"$ {command}\nREADME shows:\n{expected}\nkg printed:\n{actual}"


# -- §5 configuration -----------------------------------------------------------------------

def _completions(words: str, cword: int) -> list[str]:
    proc = run_kg(env={"_KG_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}, check=0)
    return [line.split(",", 1)[1] for line in proc.stdout.splitlines()]


def test_shell_completion_offers_canned_queries_and_their_parameters():
    assert _completions("kg query mee", 2) == ["meetings"]
    assert {"sanctions", "single-source", "sources", "statements", "supporters"} <= set(_completions("kg queries s", 2))
    assert _completions("kg query meetings -p ", 4) == ["person=", "attendee=", "state=", "organiser=", "reviewed="]
    assert _completions("kg query evidence --param f", 4) == ["fact="]
    assert "export" in _completions("kg ex", 1)
    script = run_kg(env={"_KG_COMPLETE": "bash_source"}, check=0).stdout
    assert "_KG_COMPLETE=bash_complete" in script and "complete " in script


def test_the_environment_is_honoured_and_listed(built_store, tmp_path):
    shown = run_kg("--help", check=0, in_process=True).stdout
    for variable in ("KG_STORE", "KG_ENDPOINT", "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TIMEOUT",
                     "KG_LOCK_TIMEOUT", "KG_MEMORY_LIMIT", "_KG_COMPLETE=bash_source"):
        assert variable in shown, variable
    assert "env var: KG_ENDPOINT" in run_kg("push", "--help", check=0, in_process=True).stdout
    assert "env var: KG_ENDPOINT_TIMEOUT" in run_kg("query", "--help", check=0, in_process=True).stdout
    assert "env var: KG_STORE" in run_kg("export", "--help", check=0, in_process=True).stdout
    env = {"KG_STORE": str(built_store)}
    nq = run_kg("export", "-F", "nq", "--no-ontology", env=env, cwd=tmp_path, check=0, in_process=True).stdout
    assert nq == run_kg("export", "--store", built_store, "-F", "nq", "--no-ontology", check=0, in_process=True).stdout
    assert run_kg("query", "-e", "ASK { id:russia a gkg:State }", env=env, cwd=tmp_path, check=0, in_process=True).stdout == "true\n"
    assert list(tmp_path.iterdir()) == []  # no ./kg-store was made
    # kg push takes its endpoint from KG_ENDPOINT, as kg query does (a closed port here).
    for args in (("push", "--store", built_store, "--retries", "0"), ("query", "meetings")):
        proc = run_kg(*args, env={"KG_ENDPOINT": "http://127.0.0.1:9/query"}, check=2, in_process=True)
        assert "127.0.0.1:9" in proc.stderr and "Traceback" not in proc.stderr, args


# -- §7 near matches ------------------------------------------------------------------------

def test_near_matches_find_names_in_another_order_or_a_longer_name(built_store):
    err = run_kg("query", "profile", "--store", built_store, "-p", "entity=Kremlin Moscow", check=2, in_process=True).stderr
    assert err.startswith("Error: --param entity: no entity called 'Kremlin Moscow' in the graph; "
                          "near matches: Moscow Kremlin, ")
    err = run_kg("query", "meetings", "--store", built_store, "-p", "person=Hlaing Min", check=2, in_process=True).stderr
    assert "Min Aung Hlaing" in err.split("near matches:", 1)[1] and "Vladimir Putin" not in err


def test_near_matches_are_labels_with_the_alias_that_came_close(built_store):
    # What a person would type next: the label as the registry spells it, and, where only
    # an alias came close, that alias beside it.
    err = run_kg("query", "leaders", "--store", built_store, "-p", "person=Putn", check=2, in_process=True).stderr
    assert err.rstrip().endswith('near matches: Vladimir Putin ("putin")'), err


def test_the_query_form_is_parsed_not_guessed_from_keywords(oxigraph_server):
    endpoint = ["--endpoint", oxigraph_server.query_url]
    tricky = 'PREFIX ask: <http://example.org/ask#> SELECT ?word WHERE { BIND("DESCRIBE" AS ?word) }'
    assert kg_cli("query", *endpoint, "-e", tricky, "-F", "csv", check=0).stdout == "word\nDESCRIBE\n"
    assert kg_cli("query", *endpoint, "-e", "ASK {}", "-F", "srj", check=0).stdout == '{"head":{},"boolean":true}\n'
    constructed = kg_cli("query", *endpoint, "-F", "nt", "-e",
                         'CONSTRUCT { <http://example.org/s> rdfs:label "SELECT" } WHERE {}', check=0).stdout
    assert constructed == '<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "SELECT" .\n'


# -- start-up ---------------------------------------------------------------------------------

#: Libraries of other commands (validation, reasoning, pretty Turtle, drafting, HTTP,
#: progress bars, JSON-LD): ``kg query`` on the embedded store must not load them.
HEAVY = {"rdflib", "pyshacl", "owlready2", "jinja2", "tqdm", "requests", "urllib3", "rapidfuzz", "text2num",
         "pyld", "psutil", "hypothesis"}


def _imported(proc) -> set[str]:
    """The top-level packages a run imported, from Python's -X importtime report."""
    return {line.rsplit("|", 1)[1].strip().split(".")[0] for line in proc.stderr.splitlines()
            if line.startswith("import time:") and "|" in line}


@pytest.mark.parametrize("args", [["query", "meetings", "-p", "person=min aung hlaing"],
                                  ["query", "-e", "SELECT ?s WHERE { ?s a gkg:State } LIMIT 1", "-F", "csv"],
                                  ["--help"], ["query", "--help"]])
def test_query_and_help_load_no_heavy_library(built_store, args):
    store = ["--store", built_store] if args[0] == "query" and "--help" not in args else []
    proc = run_kg(*args[:1], *store, *args[1:], env={"PYTHONPROFILEIMPORTTIME": "1"}, check=0)
    loaded = _imported(proc)
    assert {"kg", "click", "pyoxigraph"} <= loaded  # the report is there: the check can fail
    assert not loaded & HEAVY, sorted(loaded & HEAVY)
    # Nor the near-copy check's MinHash and index (kg ingest's, kg add-article's).
    assert not loaded & {"rensa", "sqlite3"}, sorted(loaded & {"rensa", "sqlite3"})
    if args[:2] == ["query", "meetings"]:
        assert "Vladivostok" in proc.stdout  # the query really ran
    # The command that needs one of them still finds it where it is used.
    if args == ["--help"]:
        pretty = run_kg("export", "--store", built_store, "-F", "ttl", "--pretty", "--no-ontology",
                        env={"PYTHONPROFILEIMPORTTIME": "1"}, check=0)
        assert "rdflib" in _imported(pretty)


def test_ingest_loads_the_worker_pool_never_and_the_grapheme_regex_only_where_a_quote_needs_it(built_store, tmp_path):
    """`kg ingest` of one more article imports neither `multiprocessing` (the workers of
    `kg validate` and `kg build`) nor the heavy libraries of other commands. The `regex`
    module (grapheme clusters, UAX #29) comes in only for an article with a quote that
    begins or ends beside a character from U+0300 up (here the sample article whose
    quote stops before "’s"), not for one whose quotes are bounded by plain letters."""
    import shutil

    from conftest import ROOT

    loaded = {}
    for article in ("000_0f2a5f001831298a", "001_b1905f8d3f03f93f"):
        store = tmp_path / article
        shutil.copytree(built_store, store)
        proc = run_kg("ingest", "-q", "--store", store, ROOT / "corpus" / "claims" / f"{article}.yaml",
                      env={"PYTHONPROFILEIMPORTTIME": "1"}, check=0)
        loaded[article] = _imported(proc)
        assert {"kg", "click", "pyoxigraph", "yaml"} <= loaded[article]  # the report is there
        unwanted = loaded[article] & (HEAVY | {"multiprocessing"})
        assert not unwanted, sorted(unwanted)
    assert "regex" not in loaded["000_0f2a5f001831298a"]
    assert "regex" in loaded["001_b1905f8d3f03f93f"]
    assert "rensa" in loaded["000_0f2a5f001831298a"]  # the near-copy check ran: what the query test rules out is there


# -- §4 progress -----------------------------------------------------------------------------

def test_build_shows_progress_on_a_terminal_and_nothing_when_piped(tmp_path):
    shown = _on_a_terminal("build", "--store", tmp_path / "a", "--no-validate", stream="stderr")
    # One step per claims file of the sample corpus. The total, not "5/5": a bar that
    # goes from 0 to 5 within tqdm's refresh interval may never draw the last step.
    assert "Reading claims" in shown and "/5 [" in shown
    piped = run_kg("build", "--store", tmp_path / "b", "--no-validate", check=0)
    assert "Reading claims" not in piped.stderr and "\r" not in piped.stderr


def test_ingest_and_export_show_progress_on_a_terminal_and_nothing_when_piped(tmp_path):
    from conftest import ROOT

    claims = ROOT / "corpus" / "claims"
    shown = _on_a_terminal("ingest", "--store", tmp_path / "a", claims, stream="stderr")
    assert "Reading claims" in shown and "/5 [" in shown  # one step per claims file
    piped = run_kg("ingest", "--store", tmp_path / "b", claims, check=0)
    assert "Reading claims" not in piped.stderr and "\r" not in piped.stderr
    shown = _on_a_terminal("export", "--store", tmp_path / "a", "-o", tmp_path / "a.nt", stream="stderr")
    assert "Exporting ntriples" in shown
    piped = run_kg("export", "--store", tmp_path / "b", "-o", tmp_path / "b.nt", check=0)
    assert "Exporting" not in piped.stderr
    assert (tmp_path / "a.nt").read_bytes() == (tmp_path / "b.nt").read_bytes()


def test_validate_shows_its_checks_on_a_terminal_and_nothing_when_piped(built_store):
    shown = _on_a_terminal("validate", "--store", built_store, "--no-reason", stream="stderr")
    assert "Validating: SHACL shapes" in shown and "Validating: quotes" in shown
    piped = run_kg("validate", "--store", built_store, "--no-reason", check=0)
    assert "Validating" not in piped.stderr and "\r" not in piped.stderr
    assert piped.stdout.endswith("conforms.\n")


# -- the writers keep every literal as it is --------------------------------------------------

XSD = "http://www.w3.org/2001/XMLSchema#"
DATATYPES = [XSD + t for t in ("string", "integer", "decimal", "double", "boolean", "date", "gYear")]
# Characters XML 1.0 allows (RDF/XML must carry them), with the ones writers trip on.
XML_TEXT = st.lists(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00\ufffe\uffff")
                    .filter(lambda c: c in "\t\n\r" or c >= " ")
                    | st.sampled_from(['"', '"""', "\\", "\r\n", "'", "\u2028", "\n"]), max_size=20).map("".join)


@st.composite
def literals(draw):
    lexical = draw(st.sampled_from(["01", "+5", "1e0", "1.50", "1", "true", "0", "2025-01-01", "-0"]) | XML_TEXT)
    if draw(st.booleans()):
        return ox.Literal(lexical, language=draw(st.sampled_from(["en", "en-GB", "ru"])))
    return ox.Literal(lexical, datatype=ox.NamedNode(draw(st.sampled_from(DATATYPES))))


@settings(max_examples=300, deadline=None)
@given(st.lists(literals(), min_size=1, max_size=6))
def test_every_format_writes_each_literal_with_its_own_lexical_form(objects):
    from kg.export import DATASET_FORMATS, FORMATS, serialize

    graph = ox.NamedNode("https://w3id.org/geopolitics-kg/graph/x")
    quads = sorted({ox.Quad(ox.NamedNode(f"https://w3id.org/geopolitics-kg/id/s{i % 2}"),
                            ox.NamedNode("https://w3id.org/geopolitics-kg/ontology#value"), o, graph)
                    for i, o in enumerate(objects)}, key=str)
    for fmt, rdf_format in FORMATS.items():
        items = quads if fmt in DATASET_FORMATS else [q.triple for q in quads]
        back = set(ox.parse(serialize(items, fmt), format=rdf_format))
        assert back == (set(quads) if fmt in DATASET_FORMATS else {ox.Quad(*t) for t in items}), fmt


def test_every_command_takes_quiet_and_verbose(built_store, tmp_path):
    for name in _commands():
        shown = run_kg(name, "--help", check=0, in_process=True).stdout
        assert "-q, --quiet" in shown and "-v, --verbose" in shown, name
    loud = run_kg("export", "--store", built_store, "-o", tmp_path / "a.nt", check=0, in_process=True)
    assert loud.stderr == f"Wrote {tmp_path / 'a.nt'} ({(tmp_path / 'a.nt').stat().st_size} bytes, ntriples).\n"
    quiet = run_kg("export", "--store", built_store, "-o", tmp_path / "b.nt", "-q", check=0, in_process=True)
    assert quiet.stderr == "" and (tmp_path / "b.nt").read_bytes() == (tmp_path / "a.nt").read_bytes()
    assert _on_a_terminal("build", "--store", tmp_path / "s", "--no-validate", "-q", stream="stderr") == ""
    # Errors still show when quiet.
    proc = run_kg("export", "--store", built_store, "-q", "-F", "nt", "-o", tmp_path / "c.ttl", check=2, in_process=True)
    assert "contradicts the file's extension" in proc.stderr


def test_a_format_that_contradicts_the_files_extension_is_refused(built_store, tmp_path):
    """As 'kg export -F ttl -o x.nt' is refused: a .json file never holds CSV; JSON records
    and SPARQL JSON both fit .json; a file named .gz holds gzip."""
    out = tmp_path / "m.json"
    proc = kg_cli("query", "leaders", "--store", built_store, "-p", "of=Russia", "-F", "csv", "-o", out, check=2)
    assert "--format csv contradicts the file's extension" in proc.stderr and not out.exists()
    for fmt in ("json", "sparql-json"):
        kg_cli("query", "leaders", "--store", built_store, "-p", "of=Russia", "-F", fmt, "-o", out, check=0)
        json.loads(out.read_text(encoding="utf-8"))
    packed = tmp_path / "m.csv.gz"
    kg_cli("query", "leaders", "--store", built_store, "-p", "of=Russia", "-F", "csv", "-o", packed, check=0)
    assert gzip.decompress(packed.read_bytes()).decode("utf-8").startswith("of,position,holder")


def test_the_list_of_canned_queries_fits_the_terminal():
    listed = run_kg("queries", env={"COLUMNS": "80"}, check=0, in_process=True).stdout
    lines = listed.splitlines()
    assert max(map(len, lines)) <= 80 and lines[0].split() == ["name", "title", "parameters"]
    assert any(line.startswith("facts ") for line in lines)  # names whole


def test_a_family_name_written_first_names_its_person_and_near_matches_name_each_entity_once(built_store):
    # "Min" begins "Min Aung Hlaing" (family names first, as "Yoon" for Yoon Suk Yeol);
    # no person's name ends with it.
    by_first = run_kg("query", "meetings", "--store", built_store, "-p", "person=Min", "-F", "json", check=0, in_process=True).stdout
    assert json.loads(by_first) == json.loads(run_kg("query", "meetings", "--store", built_store, "-p",
                                                     "person=Min Aung Hlaing", "-F", "json", check=0, in_process=True).stdout)
    near = run_kg("query", "meetings", "--store", built_store, "-p", "person=Min Aung Hlaingg", check=2, in_process=True).stderr
    listed = near.rstrip().split("near matches: ", 1)[1].split(", ")
    assert listed == ["Min Aung Hlaing"], near  # one entity, named once, by its label
