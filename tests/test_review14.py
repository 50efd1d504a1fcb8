"""Where the shapes' translation is kept (beside the store, never in its folder), a page's
declared charset read as a WHATWG label, and `kg vocabulary` phrases matched as a
contiguous run of words."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from conftest import ROOT, kg_cli, run_kg

PORT_DEAL = ROOT / "tests" / "data" / "model-r59-port-deal"


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _beside(store: Path) -> Path:
    """The file keeping the shapes' translation for ``store``: ``.NAME.shapes-queries.json``
    in the store's parent folder, as the lock file ``.NAME.lock`` is."""
    return store.parent / f".{store.name}.shapes-queries.json"


# -- 1. the shapes' translation is kept beside the store ---------------------------------------


def test_validating_a_store_whose_build_was_cut_off_leaves_it_readable_and_writable(tmp_path):
    """A build cut off between its two renames leaves the store in ``.s.old`` and an empty
    ``s``: a reader reads ``.s.old``, and must not make ``s`` a folder of other files."""
    store = tmp_path / "s"
    run_kg("build", "--corpus", PORT_DEAL, "--store", store, "-q", check=0)
    store.rename(tmp_path / ".s.old")
    store.mkdir()
    _beside(store).unlink(missing_ok=True)
    run_kg("validate", "--store", store, check=0)
    assert _files(store) == []  # nothing written into the folder the reader did not open
    assert _beside(store).is_file()  # the translation, kept where the lock file is
    stats = run_kg("stats", "--store", store, check=0)
    assert "1 article, 13 claims" in stats.stdout  # what the build wrote, read from .s.old
    # a writer still recovers the store from .s.old and adds to it
    run_kg("ingest", "-q", "--store", store, *sorted((PORT_DEAL / "claims").glob("*.yaml")), check=0)
    assert not (tmp_path / ".s.old").exists() and (store / "CURRENT").is_file()


def test_a_dry_run_leaves_the_store_folder_as_it_was_and_keys_the_translation_by_pyoxigraph(store_copy,
                                                                                             corpus_copy):
    _beside(store_copy).unlink(missing_ok=True)
    before = _files(store_copy)
    claims = sorted((corpus_copy / "claims").glob("*.yaml"))[0]
    proc = run_kg("ingest", "--dry-run", "--store", store_copy, claims, check=0)
    assert "Checked" in proc.stdout + proc.stderr
    assert _files(store_copy) == before
    header = json.loads(_beside(store_copy).read_bytes().split(b"\n", 1)[0])
    assert header["key"]["pyoxigraph"] == ox.__version__
    # a second dry run reads the kept translation and still writes nothing into the store
    run_kg("ingest", "--dry-run", "--store", store_copy, claims, check=0)
    assert _files(store_copy) == before


# -- 2. a page's declared charset, as a WHATWG label -------------------------------------------

_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>Ministers meet in Velmar</title>
<meta property="og:title" content="Ministers meet in Velmar">
<meta property="article:published_time" content="2031-05-07T09:00:00+00:00">
</head><body>
<article><h1>Ministers meet in Velmar</h1>
<p>VELMAR, May 7, 2031 - The foreign minister of Ostravia called the river accord {phrase} on Tuesday.</p>
<p>Officials in the caf\xe9 district said talks would continue in the autumn, according to the ministry.</p>
<p>Chilean President Lina Varo said on Tuesday that Chile would sign the accord.</p>
</article>
</body></html>
"""


def _page(folder: Path, name: str, charset: str, phrase: str = "\x93a first step\x94") -> Path:
    """An invented page whose bytes are Windows-1252 (not UTF-8), declaring ``charset``."""
    path = folder / name
    path.write_bytes(_PAGE.format(charset=charset, phrase=phrase).encode("latin-1"))
    return path


def _body(out: Path) -> str:
    (body,) = out.glob("*.body.txt")
    return body.read_text(encoding="utf-8")


def test_python_codec_names_are_not_charset_labels_but_whatwg_labels_are(tmp_path):
    # 'latin-1' is no WHATWG label: the page is not read as ISO-8859-1 (quotes lost to C1
    # controls) but refused as not UTF-8, as a page declaring nothing is
    proc = kg_cli("extract", _page(tmp_path, "latin.html", "latin-1"), "-o", tmp_path / "d0", check=2)
    assert "latin.html: article text is not UTF-8" in proc.stderr
    # 'iso88591' and 'windows-1252' are: read as Windows-1252, the curly quotes kept
    for n, label in enumerate(("iso88591", "windows-1252", "ISO-8859-1")):
        kg_cli("extract", _page(tmp_path, f"ok{n}.html", label), "-o", tmp_path / f"ok{n}", "-q", check=0)
        body = _body(tmp_path / f"ok{n}")
        assert "called the river accord \u201ca first step\u201d on Tuesday" in body
        assert "caf\u00e9 district" in body


def test_a_page_declaring_a_codec_that_is_no_text_encoding_is_refused_naming_the_file(tmp_path):
    for label in ("hex", "unicode_escape", "rot13", "undefined"):
        page = _page(tmp_path, f"{label}.html", label, phrase="\\u0041 first step")
        proc = kg_cli("extract", page, "-o", tmp_path / label, check=2)
        assert f"{label}.html: article text is not UTF-8" in proc.stderr, proc.stderr
        assert "unexpected" not in proc.stderr and "Traceback" not in proc.stderr
        assert not (tmp_path / label).exists()


# -- 4. kg vocabulary's everyday phrases --------------------------------------------------------


def _found(*words: str) -> list[str]:
    proc = kg_cli("vocabulary", *words, "-F", "json")
    return [t["name"] for t in json.loads(proc.stdout)["terms"]] if proc.returncode == 0 else []


def test_an_everyday_phrase_names_a_term_only_as_a_contiguous_run_of_words():
    assert "Appeal" in _found("form a government")
    assert "Appeal" not in _found("government form")
    assert "Appeal" not in _found("government", "form")
    assert "DebtRestructuring" in _found("write off")
    assert "DebtRestructuring" not in _found("off write")
