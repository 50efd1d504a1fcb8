"""Helpers for tests that add claims to a copy of a case corpus and check what the real
``kg`` does with them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import built_corpus, kg_cli, sparql_rows

QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def with_claims(case: Path, claims_file: str, tmp_path: Path, claims: list[str]) -> tuple[Path, int]:
    """A copy of the case folder ``case`` (in ``tmp_path``) whose claims file
    ``claims_file`` (relative to the folder) ends with ``claims``, YAML flow mappings
    written as list items; returns the copied claims file and the line of the first
    added claim (1-based)."""
    folder = tmp_path / case.name
    shutil.copytree(case, folder)
    path = folder / claims_file
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "".join(f"  - {c}\n" for c in claims), encoding="utf-8")
    return path, text.count("\n") + 1


def store_copy(store: Path, tmp_path: Path) -> tuple[Path, int]:
    """A copy of the built ``store`` in ``tmp_path``, and its number of quads (those of
    ``store``, which a shared store answers once a session: conftest.kg_json)."""
    dest = tmp_path / "kg-store"
    shutil.copytree(store, dest)
    return dest, quads(store)


def quads(store: Path) -> int:
    """The number of quads in ``store``, counted through the real CLI."""
    return int(sparql_rows(store, QUADS)[0]["n"])


def assert_refused(case: Path, claims_file: str, store: Path, tmp_path: Path, claim: str, message: str) -> None:
    """``claim`` added to a copy of ``case``'s claims file is refused by the real
    ``kg ingest`` into a copy of ``store``: exit 2, ``message`` after the file, claim
    and line, no traceback, and the store's quads as they were."""
    path, first = with_claims(case, claims_file, tmp_path, [claim])
    copy, before = store_copy(store, tmp_path)
    proc = kg_cli("ingest", "--store", copy, path, check=2)
    assert f"{path.name}: claim 'x' (line {first}): " in proc.stderr and message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and quads(copy) == before


def assert_refused_apart(case: Path, claims_file: str, store: Path, tmp_path: Path, claim: str, message: str) -> None:
    """:func:`assert_refused`, in a new folder of its own under ``tmp_path`` (named by
    how many it holds), so that one test may check several refusals."""
    folder = tmp_path / f"refused-{sum(1 for _ in tmp_path.iterdir())}"
    folder.mkdir()
    assert_refused(case, claims_file, store, folder, claim, message)


def dry_run_apart(case: Path, claims_file: str, tmp_path: Path, claim: str, check: int) -> str:
    """``kg ingest --dry-run`` of a copy of ``case`` whose claims file ``claims_file``
    ends with ``claim``, in a new folder of its own under ``tmp_path`` (named by how many
    it holds); its exit status must be ``check``, with no traceback. Returns its
    standard error."""
    folder = tmp_path / f"dry-{sum(1 for _ in tmp_path.iterdir())}"
    folder.mkdir()
    path, _ = with_claims(case, claims_file, folder, [claim])
    proc = kg_cli("ingest", "--dry-run", path, check=check)
    assert "Traceback" not in proc.stderr
    return proc.stderr


def newcomer_stores(first: Path, recount: Path) -> tuple:
    """The two module-scoped fixtures of a newcomer's case, named ``first`` and
    ``store``: the first pass (the folder ``first``) and its re-count (``recount``), each
    built once by the real ``kg build`` (:func:`conftest.built_corpus`); tests must not
    modify them. Bind both at module level: ``first, store = newcomer_stores(...)``."""

    @pytest.fixture(scope="module", name="first")
    def first_pass(tmp_path_factory):
        return built_corpus(tmp_path_factory, first)

    @pytest.fixture(scope="module", name="store")
    def recounted(tmp_path_factory):
        return built_corpus(tmp_path_factory, recount)

    return first_pass, recounted


def built_with_claims(case: Path, claims_file: str, tmp_path: Path, claims: list[str]) -> Path:
    """A store the real ``kg build`` wrote from a copy of ``case`` whose claims file
    ends with ``claims`` (see :func:`with_claims`), that claims file alone (the other
    articles' claims are left out of the copy: what is checked is this article's); the
    build must succeed."""
    path, _ = with_claims(case, claims_file, tmp_path, claims)
    for other in path.parent.rglob("*.yaml"):
        if other != path:
            other.unlink()
    store = tmp_path / "kg-store"
    kg_cli("build", "--corpus", path.parent.parent, "--store", store, check=0)
    return store


def refused_each_on_its_line(case: Path, claims_file: str, tmp_path: Path, wrong: dict[str, tuple[str, str]],
                             more: tuple[str, ...] = ()) -> list[str]:
    """Add the claims of ``wrong`` (name -> (claim, message)) and then ``more`` to a copy
    of ``case``'s ``claims_file``, run the real ``kg ingest --dry-run`` on it once, and
    assert it refuses (exit 2, no traceback) each claim of ``wrong`` on the line it was
    written at with a message containing its words. Returns the lines of standard error,
    for the checks of ``more``."""
    path, first = with_claims(case, claims_file, tmp_path, [claim for claim, _ in wrong.values()] + list(more))
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", path, check=2)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    for n, (name, (_, message)) in enumerate(wrong.items()):
        said = [line for line in lines if f"(line {first + n})" in line]
        assert said and message in said[0], (name, said, proc.stderr)
    return lines


def refused_with_the_incomplete(case: Path, claims_file: str, tmp_path: Path, wrong: dict[str, tuple[str, str]],
                                incomplete: dict[str, tuple[str, str]]) -> None:
    """:func:`refused_each_on_its_line` for ``wrong``, with the claims of ``incomplete``
    (name -> (claim, words of the shapes' message naming the fact)) added after them:
    each message of ``incomplete`` must be printed, and every line the refusals name must
    be an added claim's (the case's own claims are refused nowhere)."""
    lines = refused_each_on_its_line(case, claims_file, tmp_path, wrong, tuple(claim for claim, _ in incomplete.values()))
    for name, (_, message) in incomplete.items():
        assert any(message in line for line in lines), (name, lines)
    named = [int(line.split("(line ")[1].split(")")[0]) for line in lines if "(line " in line]
    first = (case / claims_file).read_text(encoding="utf-8").count("\n") + 1
    assert len(named) == len(wrong) + len(incomplete) and min(named) == first, named
