"""The CLI follows the conventions of the RDF tools its users know (Jena's riot and
arq, Oxigraph's CLI, sqlite-utils): formats by file extension, short name or media type,
standard input and output, W3C result formats. Everything runs the real ``kg``."""

from __future__ import annotations

import gzip
import json

import pyoxigraph as ox
import pytest
from conftest import ARTICLES, run_kg

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
    run_kg("export", "--store", built_store, "-o", out, check=0)
    return _quads(out.read_bytes(), ox.RdfFormat.N_QUADS)


# -- §1 formats ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, fmt, dataset", [
    ("kg.ttl", ox.RdfFormat.TURTLE, False), ("kg.trig", ox.RdfFormat.TRIG, True),
    ("kg.nt", ox.RdfFormat.N_TRIPLES, False), ("kg.jsonld", ox.RdfFormat.JSON_LD, True),
    ("kg.rdf", ox.RdfFormat.RDF_XML, False), ("kg.nt.gz", ox.RdfFormat.N_TRIPLES, False),
])
def test_export_format_follows_the_extension(built_store, nquads, tmp_path, name, fmt, dataset):
    out = tmp_path / name
    proc = run_kg("export", "--store", built_store, "-o", out, check=0)
    data = out.read_bytes()
    if name.endswith(".gz"):
        assert data[:2] == b"\x1f\x8b", "not gzip"
        data = gzip.decompress(data)
    assert f"Wrote {out}" in proc.stderr
    got = _quads(data, fmt)
    assert _canonical(got, not dataset) == _canonical(nquads, not dataset)


def test_short_names_and_media_types_name_the_same_format(built_store, tmp_path):
    outs = {spec: run_kg("export", "--store", built_store, "--no-ontology", "-F", spec, check=0).stdout
            for spec in ("ntriples", "nt", "N-Triples", "application/n-triples")}
    assert len(set(outs.values())) == 1 and len(outs["nt"]) > 100_000
    ttl = run_kg("export", "--store", built_store, "--no-ontology", "-F", "text/turtle", check=0).stdout
    assert ttl == run_kg("export", "--store", built_store, "--no-ontology", "--format", "ttl", check=0).stdout
    jsonld = run_kg("export", "--store", built_store, "--no-ontology", "-F", "application/ld+json", check=0).stdout
    assert jsonld == run_kg("export", "--store", built_store, "--no-ontology", "-F", "json-ld", check=0).stdout


def test_dash_and_no_output_write_to_standard_output(built_store, tmp_path):
    a = run_kg("export", "--store", built_store, "-F", "nq", "-o", "-", cwd=tmp_path, check=0).stdout
    b = run_kg("export", "--store", built_store, "-F", "nq", cwd=tmp_path, check=0).stdout
    assert a == b and len(a) > 100_000
    assert list(tmp_path.iterdir()) == []  # no file called "-"


def test_a_format_that_contradicts_the_extension_is_refused(built_store, tmp_path):
    out = tmp_path / "kg.nt"
    proc = run_kg("export", "--store", built_store, "--format", "turtle", "-o", out, check=2)
    assert proc.stderr.startswith(f"Error: {out}: --format turtle contradicts the file's extension")
    assert "Traceback" not in proc.stderr and not out.exists()


def test_an_unknown_extension_without_format_and_an_unknown_format_are_refused(built_store, tmp_path):
    out = tmp_path / "kg.txt"
    proc = run_kg("export", "--store", built_store, "-o", out, check=2)
    assert f"{out}: cannot tell the RDF format from the extension" in proc.stderr and not out.exists()
    proc = run_kg("export", "--store", built_store, "-F", "yaml", check=2)
    assert proc.stderr.startswith("Error: unknown RDF format 'yaml'") and proc.stdout == ""
    # An explicit format names a file with any other extension.
    run_kg("export", "--store", built_store, "-F", "nt", "-o", out, check=0)
    assert out.read_bytes().startswith(b"<")


def test_the_old_export_letter_still_works_with_a_note(built_store):
    proc = run_kg("export", "--store", built_store, "--no-ontology", "-f", "nquads", check=0)
    assert "'-f' is deprecated in 'kg export'; use '-F/--format'" in proc.stderr
    assert proc.stdout == run_kg("export", "--store", built_store, "--no-ontology", "-F", "nquads", check=0).stdout


def test_jsonld_is_compacted_with_the_project_prefixes(built_store, nquads, tmp_path):
    out = tmp_path / "kg.jsonld"
    run_kg("export", "--store", built_store, "-o", out, check=0)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"]["gkg"] == GKG
    text = out.read_text(encoding="utf-8")
    assert text.count(f'"{GKG}') == 1  # in the context only: no property or class as a full IRI
    assert '"gkg:articleText"' in text and '"graph:000_0f2a5f001831298a"' in text
    expanded = ox.serialize(sorted(nquads, key=str), format=ox.RdfFormat.JSON_LD)
    assert len(out.read_bytes()) < len(expanded)
    assert _canonical(_quads(out.read_bytes(), ox.RdfFormat.JSON_LD)) == _canonical(nquads)


def test_turtle_is_written_for_people(built_store):
    ttl = run_kg("export", "--store", built_store, "--no-ontology", "-F", "ttl", check=0).stdout
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


@pytest.mark.parametrize("fmt", ["ttl", "trig", "jsonld"])
def test_pretty_formats_are_byte_identical_whatever_the_hash_seed(built_store, fmt):
    runs = {run_kg("export", "--store", built_store, "-F", fmt, env={"PYTHONHASHSEED": seed}, check=0).stdout
            for seed in ("1", "2")}
    assert len(runs) == 1
