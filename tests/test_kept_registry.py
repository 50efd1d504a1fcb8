"""What `kg ingest` keeps beside a store between runs besides the shapes' translation:
the ontology's vocabulary (``.NAME.vocabulary.json``, :func:`kg.ontology.kept_vocabulary`)
and the entity registry as read (``.NAME.registry.json``, :func:`kg.entities.load_registry`).
A kept file is used only while made from the same sources and intact; otherwise it is
read again and replaced. Every run is a new process (:func:`run_kg`), so nothing is
remembered in memory."""

from __future__ import annotations

import hashlib
import json
import os
import shutil

from conftest import run_kg

A000 = "000_0f2a5f001831298a"


def _dump(store) -> str:
    return run_kg("export", "--store", store, "--format", "nquads", check=0).stdout


def _kept(store, what: str):
    from kg.store import kept_path

    return kept_path(store, what)


def _ingest(store, corpus, check=0):
    return run_kg("ingest", "--store", store, corpus / "claims" / f"{A000}.yaml", check=check)


def _forged(raw: bytes, body: bytes, **key) -> bytes:
    """A kept file with ``body`` and a header whose checksum matches it, its key
    changed by ``key`` (the right key when none)."""
    head = json.loads(raw.split(b"\n", 1)[0])
    header = {"key": {**head["key"], **key}, "sha256": hashlib.sha256(body).hexdigest()}
    return json.dumps(header, sort_keys=True).encode() + b"\n" + body


def test_an_ingest_gives_the_same_store_and_messages_with_the_kept_files_as_without(built_store, corpus_copy,
                                                                                    tmp_path):
    """The first ingest into a store reads the ontology and registry and keeps them; a
    second, into another copy of the same store with those files beside it, reads
    them instead (they are not written again) and leaves the same N-Quads and prints the
    same, warnings included."""
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(built_store, first)
    shutil.copytree(built_store, second)
    assert not _kept(first, "registry.json").exists() and not _kept(first, "vocabulary.json").exists()
    without = _ingest(first, corpus_copy)
    for what in ("registry.json", "vocabulary.json"):
        shutil.copy(_kept(first, what), _kept(second, what))
    inodes = {what: _kept(second, what).stat().st_ino for what in ("registry.json", "vocabulary.json")}
    with_kept = _ingest(second, corpus_copy)
    assert (with_kept.stdout, with_kept.stderr) == (without.stdout, without.stderr)
    assert {what: _kept(second, what).stat().st_ino for what in inodes} == inodes  # read, not written again
    assert _dump(second) == _dump(first)
    registry = json.loads(_kept(second, "registry.json").read_bytes().split(b"\n", 1)[1])
    assert ["russia", "State", "Russia", ["Russian Federation"], "Q159", None, None] in registry["entities"]


def test_a_registry_edited_since_it_was_kept_is_read_again_even_at_the_same_size_and_time(built_store, corpus_copy,
                                                                                         tmp_path):
    """Russia's Wikidata id changed in the registry (same length, modification time set
    back): the kept registry no longer matches the file's SHA-256, so the file is read
    again, and the ingest is refused for the conflict with the store's Russia (Q159),
    the store unchanged. Put back as it was, the same registry is kept again."""
    store = tmp_path / "kg-store"
    shutil.copytree(built_store, store)
    _ingest(store, corpus_copy)
    kept = _kept(store, "registry.json").read_bytes()
    dump = _dump(store)
    registry = corpus_copy / "entities.yaml"
    text, stat = registry.read_text(encoding="utf-8"), registry.stat()
    edited = text.replace("label: Russia\n  aliases: [Russian Federation]\n  wikidata: Q159",
                          "label: Russia\n  aliases: [Russian Federation]\n  wikidata: Q158", 1)
    assert edited != text and len(edited) == len(text)
    registry.write_text(edited, encoding="utf-8")
    os.utime(registry, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    proc = _ingest(store, corpus_copy, check=2)
    assert "Q158" in proc.stderr and "Q159" in proc.stderr, proc.stderr
    assert _dump(store) == dump
    registry.write_text(text, encoding="utf-8")
    os.utime(registry, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    _ingest(store, corpus_copy)
    assert _kept(store, "registry.json").read_bytes() == kept


def test_stale_or_damaged_kept_files_are_ignored_and_written_anew(built_store, corpus_copy, tmp_path):
    """A kept registry or vocabulary made from other sources (its body intact), one
    whose body was altered after it was written, one whose body has the right checksum
    but is not what the reader writes, and garbage: each is ignored, the ingest gives
    the store and messages of a run that read the sources, and the file is written
    anew, the same bytes as the first time."""
    store = tmp_path / "kg-store"
    shutil.copytree(built_store, store)
    first = _ingest(store, corpus_copy)
    dump = _dump(store)
    for what, stale_key in (("registry.json", {"sha256": "0" * 64}), ("vocabulary.json", {"ontology": "0" * 64})):
        file = _kept(store, what)
        kept = file.read_bytes()
        head, body = kept.split(b"\n", 1)
        # A registry without entities, a vocabulary without claim keys: each would have
        # the article refused if it were read.
        data = json.loads(body)
        if what == "registry.json":
            data.update(entities=[], byName={}, shared={})
        else:
            data["vocabulary"]["keys"] = []
        empty = json.dumps(data).encode()
        not_ours = json.dumps({"entities": "russia", "vocabulary": [1, 2]}).encode()
        for broken in (_forged(kept, empty, **stale_key), head + b"\n" + empty, _forged(kept, not_ours),
                       b"\x00 not a kept file", b""):
            file.write_bytes(broken)
            proc = _ingest(store, corpus_copy)
            assert (proc.stdout, proc.stderr) == (first.stdout, first.stderr), what
            assert file.read_bytes() == kept, what
        assert _dump(store) == dump


def test_a_dry_run_without_a_store_keeps_nothing(corpus_copy, tmp_path):
    """`kg ingest --dry-run` against a store that does not exist checks the files and
    leaves nothing beside the store's place: there is no store to keep files for."""
    store = tmp_path / "kg-store"
    run_kg("ingest", "--dry-run", "--store", store, corpus_copy / "claims" / f"{A000}.yaml", check=0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_the_kept_vocabulary_reads_back_as_the_ontology_gives_it():
    """The vocabulary written to the kept file and read back is the one read from the
    ontology, its mappings in the same order (a lookup by order sees the same first
    match), and so are the class triples the shapes check reads."""
    from kg.ontology import _triples_from, _triples_json, _vocabulary_from, _vocabulary_json, class_triples, vocabulary

    v = vocabulary()
    back = _vocabulary_from(json.loads(json.dumps(_vocabulary_json(v))))
    assert back == v
    assert list(back.keys) == list(v.keys) and list(back.labels) == list(v.labels)
    assert [list(c) for c in back.controlled.values()] == [list(c) for c in v.controlled.values()]
    assert len(v.keys) > 100 and "State" in back.entity_types and back.are_disjoint("Court", "Person")
    assert _triples_from(_triples_json(class_triples())) == class_triples()
