"""The project installs like a Python package: the sdist and the wheel built from it
carry the ontology, shapes, queries and sample corpus, and the wheel installed in a
fresh virtual environment runs every main command from an empty folder, with its own
code and data only.

The fresh environment reuses the third-party libraries already installed, after
checking that they meet the wheel's declared requirements (a ``.pth`` line naming their
folders: a plain path entry, so no other project's ``.pth`` hooks, such as an editable
install of this checkout, run there, and the environment's own site-packages comes
first); the project's own code comes only from the wheel, which each test checks
through ``kg.__file__`` or a path in an error message.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from conftest import ROOT, run_kg

#: What a source release holds: the README's layout, plus what building needs.
SOURCE_TREE = ("pyproject.toml", "MANIFEST.in", "README.md", "LICENSE",
               "kg", "ontology", "shapes", "queries", "corpus", "tests", "docs", "bench")
#: The data folders the package ships, as they sit in the source tree.
DATA_FOLDERS = ("ontology", "shapes", "queries", "corpus")


def data_files() -> set[str]:
    """Every data file of the source tree, as a '/'-separated path from the root."""
    return {p.relative_to(ROOT).as_posix() for folder in DATA_FOLDERS
            for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def dependency_folders(requires: list[str]) -> set[str]:
    """The folders holding the installed distributions ``requires`` names, and theirs
    in turn (markers evaluated for this interpreter, without extras), each checked to
    satisfy the version the requirement asks for."""
    folders, seen, todo = set(), set(), list(requires)
    while todo:
        req = Requirement(todo.pop())
        if req.marker and not req.marker.evaluate({"extra": ""}):
            continue
        if (req.name.lower().replace("_", "-"), str(req.specifier)) in seen:
            continue
        seen.add((req.name.lower().replace("_", "-"), str(req.specifier)))
        dist = importlib.metadata.distribution(req.name)
        assert req.specifier.contains(dist.version, prereleases=True), f"{req} is not met by {dist.version}"
        folders.add(str(Path(dist.locate_file("")).resolve()))
        todo.extend(dist.requires or [])
    return folders


class Installed:
    """A fresh virtual environment holding the wheel, and the artefacts built."""

    def __init__(self, base: Path):
        self.base = base
        self.dist = base / "dist"
        self.venv = base / "venv"
        self.bin = self.venv / "bin"
        self.sdist = next(self.dist.glob("*.tar.gz"))
        self.wheel = next(self.dist.glob("*.whl"))

    def kg(self, *args, cwd: Path, check: int | None = None) -> subprocess.CompletedProcess:
        """Run the wheel's ``kg`` console script, as a user of that environment would."""
        proc = subprocess.run([str(self.bin / "kg"), *map(str, args)], cwd=cwd, capture_output=True,
                              text=True, env=clean_env())
        if check is not None:
            assert proc.returncode == check, f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
        return proc

    def package_dir(self) -> Path:
        return next(self.venv.glob("lib/python*/site-packages/kg"))


def clean_env() -> dict[str, str]:
    """The environment without anything that would point Python at the checkout."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KG_STORE", "VIRTUAL_ENV")}


def run(*cmd, cwd=None) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, env=clean_env())
    assert proc.returncode == 0, f"{cmd}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    """Build the sdist and, from it, the wheel (PyPA ``build``, offline, with the
    declared backend); install the wheel with pip in a new virtual environment."""
    base = tmp_path_factory.mktemp("install")
    src = base / "src"
    src.mkdir()
    for name in SOURCE_TREE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, src / name)
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", base / "dist", src)
    run(sys.executable, "-m", "venv", base / "venv")
    inst = Installed(base)
    with zipfile.ZipFile(inst.wheel) as whl:
        metadata = next(n for n in whl.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(whl.read(metadata).decode("utf-8"))
    site = next(inst.venv.glob("lib/python*/site-packages"))
    (site / "third_party.pth").write_text("\n".join(sorted(dependency_folders(meta.get_all("Requires-Dist")))) + "\n")
    # The wheel alone, whatever the folders above hold (they may hold this project too,
    # installed from the checkout): dependency_folders() has checked the dependencies.
    run(inst.bin / "python", "-m", "pip", "install", "--no-index", "--no-deps", "--ignore-installed",
        "--disable-pip-version-check", inst.wheel)
    return inst


def test_sdist_and_wheel_carry_the_data(installed):
    with tarfile.open(installed.sdist) as sdist:
        top = sdist.getnames()[0].split("/")[0]
        in_sdist = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    with zipfile.ZipFile(installed.wheel) as whl:
        in_wheel = set(whl.namelist())
    data = data_files()
    assert len(data) > 20 and any(p.endswith(".rq") for p in data)
    assert data <= in_sdist, f"missing from the sdist: {sorted(data - in_sdist)}"
    assert {"tests/conftest.py", "pyproject.toml", "kg/resources/__init__.py"} <= in_sdist
    shipped = {f"kg/resources/{p}" for p in data}
    assert shipped <= in_wheel, f"missing from the wheel: {sorted(shipped - in_wheel)}"
    assert top == "geopolitics_kg-" + importlib.metadata.version("geopolitics-kg")
    assert installed.wheel.name.startswith("geopolitics_kg-")


def test_the_wheel_runs_from_an_empty_folder(installed, tmp_path):
    here, there = tmp_path / "wheel", tmp_path / "checkout"
    here.mkdir()
    there.mkdir()
    # The code and the data that run are the wheel's, inside the fresh environment.
    where = run(installed.bin / "python", "-c",
                "import kg, kg.resources as r; print(kg.__file__); print(r.ONTOLOGY_FILE); print(r.DEFAULT_CORPUS)",
                cwd=here).stdout.split()
    for path in where:
        assert Path(path).is_relative_to(installed.venv), path
    assert installed.kg("--version", cwd=here, check=0).stdout.strip().endswith(importlib.metadata.version("geopolitics-kg"))

    build = installed.kg("build", cwd=here, check=0).stdout
    articles = len(list((ROOT / "corpus" / "articles").glob("*.txt")))
    assert f"Built kg-store: {articles} articles" in build and "conforms" in build
    assert (here / "kg-store").is_dir()
    # The same corpus gives the same graph as the checkout's code does.
    assert build == run_kg("build", cwd=there, check=0).stdout

    listing = installed.kg("queries", "--format", "json", cwd=here, check=0).stdout
    assert sorted(q["name"] for q in json.loads(listing)) == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))

    args = ("query", "meetings", "-p", "person=min aung hlaing", "--format", "json")
    rows = json.loads(installed.kg(*args, cwd=here, check=0).stdout)
    assert rows and all("Min Aung Hlaing" in json.dumps(r, ensure_ascii=False) for r in rows)
    assert rows == json.loads(run_kg(*args, cwd=there, check=0).stdout)

    assert "conforms" in installed.kg("validate", cwd=here, check=0).stdout
    installed.kg("export", "-f", "nquads", "-o", "kg.nq", cwd=here, check=0)
    run_kg("export", "-f", "nquads", "-o", "kg.nq", cwd=there, check=0)
    assert (here / "kg.nq").stat().st_size > 100_000
    assert (here / "kg.nq").read_bytes() == (there / "kg.nq").read_bytes()

    # The extractor runs on the declared dependencies alone (its model and gazetteer
    # included), and drafts what the checkout's code drafts.
    article = sorted((ROOT / "corpus" / "articles").glob("*.txt"))[0]
    installed.kg("extract", article, "-o", "drafts", "-q", cwd=here, check=0)
    run_kg("extract", article, "-o", "drafts", "-q", cwd=there, check=0)
    drafted = (here / "drafts" / f"{article.stem}.yaml").read_text(encoding="utf-8")
    assert "review: drafted" in drafted
    assert drafted == (there / "drafts" / f"{article.stem}.yaml").read_text(encoding="utf-8")


def _tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def test_a_missing_data_file_is_named(installed, tmp_path):
    """Damage the installed package one file at a time (restored after each): the
    command that needs the file exits 2 and names it, without a traceback, and leaves
    the store as it was; a command that does not need it still works."""
    installed.kg("build", "--no-validate", cwd=tmp_path, check=0)
    store_before = _tree_digest(tmp_path / "kg-store")
    pkg = installed.package_dir() / "resources"
    for missing, needs, needs_not in ((pkg / "ontology" / "geopolitics.ttl", ("build",), ("queries",)),
                                      (pkg / "shapes" / "geopolitics-shapes.ttl", ("validate",), ("stats",)),
                                      (pkg / "corpus" / "entities.yaml", ("build",), ("queries", "meetings"))):
        aside = missing.with_name(missing.name + ".aside")
        missing.rename(aside)
        try:
            proc = installed.kg(*needs, cwd=tmp_path, check=2)
            installed.kg(*needs_not, cwd=tmp_path, check=0)
        finally:
            aside.rename(missing)
        assert proc.stderr.startswith("Error: ") and str(missing) in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr and "os error" not in proc.stderr
        assert _tree_digest(tmp_path / "kg-store") == store_before
    installed.kg("validate", "--no-reason", cwd=tmp_path, check=0)


def test_an_empty_query_catalog_is_an_error(installed, tmp_path):
    queries = installed.package_dir() / "resources" / "queries"
    aside = tmp_path / "aside"
    aside.mkdir()
    for rq in queries.glob("*.rq"):
        rq.rename(aside / rq.name)
    try:
        listing = installed.kg("queries", cwd=tmp_path, check=2)
        one = installed.kg("queries", "meetings", cwd=tmp_path, check=2)
    finally:
        for rq in aside.glob("*.rq"):
            rq.rename(queries / rq.name)
    for proc in (listing, one):
        assert proc.stderr.startswith(f"Error: {queries}: no canned queries"), proc.stderr
        assert proc.stdout == ""
    installed.kg("queries", cwd=tmp_path, check=0)


def test_the_development_install_runs_from_an_empty_folder(tmp_path):
    """The interpreter running the tests (an editable or a plain install) finds its
    data from any folder, and it is this checkout's data."""
    where = subprocess.run([sys.executable, "-c", "import kg.resources as r; print(r.ONTOLOGY_FILE); print(r.QUERIES_DIR)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True, env=clean_env()).stdout.split()
    assert Path(where[0]).read_bytes() == (ROOT / "ontology" / "geopolitics.ttl").read_bytes()
    assert sorted(p.name for p in Path(where[1]).glob("*.rq")) == sorted(p.name for p in (ROOT / "queries").glob("*.rq"))
    run_kg("build", "--no-validate", cwd=tmp_path, check=0)
    assert "meetings" in run_kg("queries", cwd=tmp_path, check=0).stdout


def test_ci_runs_the_readme_quick_start_and_test_commands_as_written():
    """The README's quick start, its first two shell blocks (install and build; install
    for the tests and run them), are lines of .ci/run, as written, in the README's order:
    what a new user pastes is what CI runs; and the install line upgrades pip in a fresh
    environment (an older pip warns about lxml's extras)."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme[readme.index("## Quick start"):]
    quick = quick[:quick.index("\n## ", 1)]
    commands = [line for block in re.findall(r"```sh\n(.*?)```", quick, re.S)[:2] for line in block.splitlines() if line.strip()]
    ci = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.lstrip().startswith("#")]
    assert len(commands) == 2 and all(c in ci for c in commands), (commands, ci)
    assert [ci.index(c) for c in commands] == sorted(ci.index(c) for c in commands)
    assert commands[0].startswith("python3 -m venv --upgrade-deps .venv && . .venv/bin/activate && pip install . ")
