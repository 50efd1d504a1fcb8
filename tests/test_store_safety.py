"""The store under concurrent use, kills and damage, through the real CLI.

Interleavings are made deterministic with the pause points of kg/store.py
(``KG_TEST_PAUSE``): a command stops at a named step, the test runs other commands
against the store, then lets it go. The states compared are whole N-Quads exports of
the real sample corpus: ``FULL`` (all five articles) and ``FOUR`` (without ARTICLE).
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, kg_cli, run_kg

ARTICLE = "004_6755ae55a4596b3b"
CLAIMS = CORPUS / "claims" / f"{ARTICLE}.yaml"
COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a gkg:Article }"


def dump(store: Path) -> str:
    """The store's N-Quads as 'kg export' reads them, once every writer has exited or
    while one is paused: in this process, as a reader run after the fact (the writers,
    whose killing and locking are what is tested, are processes of their own)."""
    return run_kg("export", "--store", store, "--format", "nquads", check=0, in_process=True).stdout


def leftovers(store: Path) -> list[str]:
    return sorted(p.name for p in store.parent.iterdir() if p.name.endswith((".building", ".old")))


def articles_in(store: Path, env=None) -> int:
    proc = run_kg("query", "--store", store, "--sparql", COUNT_ARTICLES, "--format", "json", env=env, check=0)
    return json.loads(proc.stdout)[0]["n"]


# The reference states and corpus are read-only for the tests (each writes a private
# copy): session scope makes them once per xdist worker, and lets the tests spread over
# the workers, where a module fixture would keep them all on one.


@pytest.fixture(scope="session")
def states(built_store, tmp_path_factory):
    """The two reference states: (store, export) of all articles and of all but ARTICLE."""
    four = tmp_path_factory.mktemp("four") / "kg-store"
    shutil.copytree(built_store, four)
    run_kg("retract", "--store", four, ARTICLE, check=0)
    return {"FULL": (built_store, dump(built_store)), "FOUR": (four, dump(four))}


@pytest.fixture(scope="session")
def corpus_four(tmp_path_factory) -> Path:
    """The sample corpus without ARTICLE's claims file: ``kg build`` of it gives FOUR."""
    dest = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(CORPUS, dest)
    (dest / "claims" / CLAIMS.name).unlink()
    return dest


def fresh(states, name: str, tmp_path: Path, tag: str = "s") -> Path:
    """A private copy of reference state ``name``."""
    dest = tmp_path / tag / "kg-store"
    shutil.copytree(states[name][0], dest)
    return dest


class Paused:
    """A kg command started with a pause point, and stopped there (or failed before)."""

    def __init__(self, point: str, *args, folder: Path):
        self.point, self.folder = point, folder
        folder.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "KG_TEST_PAUSE": point, "KG_TEST_PAUSE_DIR": str(folder)}
        # SIGINT back to its default in the child: a suite started in the background by a
        # shell (`cmd &`) inherits SIGINT ignored, and Python then installs no
        # KeyboardInterrupt handler, so the Ctrl-C tests would wait for nothing.
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        marker = folder / f"{point}.paused"
        while not marker.exists() and self.proc.poll() is None:
            time.sleep(0.01)
        assert marker.exists(), f"never reached {point}: {self.proc.communicate()}"

    def release(self) -> subprocess.CompletedProcess:
        (self.folder / f"{self.point}.go").touch()
        out, err = self.proc.communicate(timeout=300)
        return subprocess.CompletedProcess(self.proc.args, self.proc.returncode, out, err)

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.communicate(timeout=60)


def waiting(*args) -> subprocess.Popen:
    """Start a kg command that must wait for the store's lock, and return once it says
    so (its first line on stderr): it is then blocked, not merely not yet started."""
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    assert line.startswith("Waiting for another kg process"), line + proc.communicate()[1]
    return proc


def finish(proc: subprocess.Popen, code: int = 0) -> str:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == code, f"exit {proc.returncode}\n{out}\n{err}"
    return out


NO_WAIT = {"KG_LOCK_TIMEOUT": "0"}


def refused_as_busy(*args) -> None:
    proc = run_kg(*args, env=NO_WAIT, check=2)
    assert "in use by" in proc.stderr and "KG_LOCK_TIMEOUT" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "unexpected" not in proc.stderr


# -- Deterministic interleavings ------------------------------------------------------

BUILD_POINTS = ["build-locked", "build-filled", "build-swapping", "build-swapped"]


@pytest.mark.parametrize("point", BUILD_POINTS)
def test_build_holds_off_writers_and_readers_at_every_step(states, corpus_four, tmp_path, point):
    """A build paused at each step: other commands are refused (no wait) or wait; an
    ingest that waited lands in the new store; readers get a whole state."""
    store = fresh(states, "FULL", tmp_path)
    build = Paused(point, "build", "--store", store, "--corpus", corpus_four, "--no-validate", "--replace",
                   folder=tmp_path / "pause")
    refused_as_busy("ingest", "--store", store, CLAIMS)
    refused_as_busy("retract", "--store", store, ARTICLE)
    refused_as_busy("stats", "--store", store)
    refused_as_busy("query", "--store", store, "--sparql", COUNT_ARTICLES)
    refused_as_busy("build", "--store", store, "--no-validate")
    ingest = waiting("ingest", "--store", store, CLAIMS)
    reader = waiting("query", "--store", store, "--sparql", COUNT_ARTICLES, "--format", "json")
    assert build.release().returncode == 0
    finish(ingest)
    assert json.loads(finish(reader))[0]["n"] in (4, 5)  # after the build, before or after the ingest
    assert dump(store) == states["FULL"][1]  # the build's FOUR, then the ingest: nothing lost
    assert leftovers(store) == []


@pytest.mark.parametrize("command", [("ingest", CLAIMS), ("retract", ARTICLE)])
@pytest.mark.parametrize("point", ["write-locked", "write-update"])
def test_a_write_in_progress_is_seen_whole_or_not_at_all(states, tmp_path, command, point):
    start, end = ("FOUR", "FULL") if command[0] == "ingest" else ("FULL", "FOUR")
    store = fresh(states, start, tmp_path)
    writer = Paused(point, command[0], "--store", store, command[1], folder=tmp_path / "pause")
    refused_as_busy("stats", "--store", store)
    refused_as_busy("ingest", "--store", store, CLAIMS)
    reader = waiting("export", "--store", store, "--format", "nquads")
    assert writer.release().returncode == 0
    assert finish(reader) == states[end][1]
    assert dump(store) == states[end][1]


def test_a_reader_holds_off_writers_until_it_has_read(states, corpus_four, tmp_path):
    store = fresh(states, "FULL", tmp_path)
    reader = Paused("read-open", "stats", "--store", store, "--format", "json", folder=tmp_path / "pause")
    refused_as_busy("ingest", "--store", store, CLAIMS)
    refused_as_busy("retract", "--store", store, ARTICLE)
    refused_as_busy("build", "--store", store, "--corpus", corpus_four, "--no-validate", "--replace")
    assert articles_in(store, env=NO_WAIT) == 5  # readers share the lock
    retract = waiting("retract", "--store", store, ARTICLE)
    done = reader.release()
    assert done.returncode == 0 and json.loads(done.stdout)["articles"] == 5  # the state it opened
    finish(retract)
    assert dump(store) == states["FOUR"][1]


def test_readers_during_a_stream_of_writes_never_fail(states, tmp_path):
    """Readers run while a writer retracts and ingests an article over and over: every
    read succeeds with a whole state (before the fix, about 1 read in 16 reported a
    'Corruption' that was not there)."""
    store = fresh(states, "FULL", tmp_path)
    rounds, answers, failures = 5, [], []
    done = threading.Event()

    def write():
        try:
            for _ in range(rounds):
                run_kg("retract", "--store", store, ARTICLE, check=0)
                run_kg("ingest", "--store", store, CLAIMS, check=0)
        finally:
            done.set()

    writer = threading.Thread(target=write)
    writer.start()
    while not done.is_set() and len(answers) + len(failures) < 200:
        proc = run_kg("query", "--store", store, "--sparql", COUNT_ARTICLES, "--format", "json")
        if proc.returncode:
            failures.append(proc.stderr)
        else:
            answers.append(json.loads(proc.stdout)[0]["n"])
    writer.join()
    print(f"{len(answers)} reads during {2 * rounds} writes: {len(failures)} failed")
    assert failures == []
    assert answers and set(answers) <= {4, 5}
    assert dump(store) == states["FULL"][1]


# -- Kills ---------------------------------------------------------------------------

# (command, pause point, the state the store must be in after a kill there)
KILL_POINTS = [("build", p, "FULL") for p in BUILD_POINTS[:3]] + [("build", "build-swapped", "FOUR")] + [
    ("ingest", "write-locked", "FOUR"), ("ingest", "write-update", "FOUR"),
    ("retract", "write-locked", "FULL"), ("retract", "write-update", "FULL"),
]


def _command(op: str, store: Path, corpus_four: Path) -> list:
    return {
        "build": ["build", "--store", store, "--corpus", corpus_four, "--no-validate", "--replace"],
        "ingest": ["ingest", "--store", store, CLAIMS],
        "retract": ["retract", "--store", store, ARTICLE],
    }[op]


def _next_writer_cleans_up(store: Path, states) -> None:
    run_kg("ingest", "--store", store, CLAIMS, check=0)
    assert leftovers(store) == []
    assert dump(store) == states["FULL"][1]


@pytest.mark.parametrize("op,point,expected", KILL_POINTS)
def test_a_kill_at_each_step_leaves_the_state_before_or_after(states, corpus_four, tmp_path, op, point, expected):
    start = "FOUR" if op == "ingest" else "FULL"
    store = fresh(states, start, tmp_path)
    Paused(point, *_command(op, store, corpus_four), folder=tmp_path / "pause").kill()
    old_kept = leftovers(store)
    assert dump(store) == states[expected][1]  # a reader reads it, and moves nothing
    assert leftovers(store) == old_kept
    if point == "build-swapping":
        assert not store.exists() and old_kept == [f".{store.name}.building", f".{store.name}.old"]
    _next_writer_cleans_up(store, states)


#: The command whose run is killed at random moments, with the states before and after it.
RANDOM_KILLS = {"build": ("FULL", "FOUR"), "ingest": ("FOUR", "FULL"), "retract": ("FULL", "FOUR")}
#: Random moments per command.
KILLS = 3


@pytest.mark.parametrize("op", RANDOM_KILLS)
def test_kills_at_random_moments(states, corpus_four, tmp_path, op):
    """SIGKILL at 3 random moments (fixed seed) of a build, an ingest or a retract: each
    time the store is exactly the state before or after, reads work, and the next writer
    leaves nothing behind. One test per command, so that the three run side by side. (The
    named moments of the tests above are where the store changes hands; these are
    anywhere between them.)"""
    rng = random.Random(f"7-{op}")
    start, end = RANDOM_KILLS[op]
    # How long the command runs here, to spread the kills over it.
    store = fresh(states, start, tmp_path, "time")
    t = time.monotonic()
    run_kg(*_command(op, store, corpus_four), check=0)
    span = time.monotonic() - t
    outcomes = {"before": 0, "after": 0}
    killed = 0
    scratch = tmp_path / "tmpdir"  # the commands' TMPDIR: a killed writer leaves nothing there either
    scratch.mkdir()
    for i in range(KILLS):
        store = fresh(states, start, tmp_path, f"kill-{i}")
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, _command(op, store, corpus_four))],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={**os.environ, "TMPDIR": str(scratch)})
        time.sleep(rng.uniform(0, span))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        state = dump(store)
        assert state in (states[start][1], states[end][1]), f"kill {i} ({op}) left another state"
        outcomes["before" if state == states[start][1] else "after"] += 1
        _next_writer_cleans_up(store, states)
        assert not list(scratch.iterdir()), f"kill {i} ({op}) left {sorted(p.name for p in scratch.iterdir())}"
    print(f"{KILLS} runs of {op}, {killed} killed mid-command: {outcomes}")


@pytest.mark.parametrize("op,point,start,expected,says", [
    ("ingest", "write-update", "FOUR", "FOUR", "nothing was written; the store is as it was"),
    ("build", "build-swapped", "FULL", "FOUR", "had already been written in full"),
])
def test_ctrl_c_exits_130_and_says_whether_the_store_was_written(states, corpus_four, tmp_path, op, point,
                                                                 start, expected, says):
    store = fresh(states, start, tmp_path)
    paused = Paused(point, *_command(op, store, corpus_four), folder=tmp_path / "pause")
    paused.proc.send_signal(signal.SIGINT)
    out, err = paused.proc.communicate(timeout=120)
    assert paused.proc.returncode == 130, err
    assert says in err and "Traceback" not in err and "Aborted!" not in err, err
    assert dump(store) == states[expected][1]


# -- Damage --------------------------------------------------------------------------


def _garbage_current(store: Path) -> None:
    (store / "CURRENT").write_bytes(b"garbage\n")


def _truncated_manifest(store: Path) -> None:
    manifest = next(store.glob("MANIFEST-*"))
    os.truncate(manifest, manifest.stat().st_size // 2)


def _biggest_tables(store: Path, n: int) -> list[Path]:
    return sorted(store.glob("*.sst"), key=lambda p: p.stat().st_size)[-n:]


def _garbage_table(store: Path) -> None:
    table = _biggest_tables(store, 1)[0]
    table.write_bytes(random.Random(1).randbytes(table.stat().st_size))


def _missing_table(store: Path) -> None:
    _biggest_tables(store, 1)[0].unlink()


def _damaged_data_blocks(store: Path) -> None:
    """Damage inside data blocks only: the store opens, and the damage shows on reading."""
    # Every 4 KiB of the first half of each table (its index and footer are at the end),
    # so every index ordering, whichever a query reads, has damaged blocks.
    for table in store.glob("*.sst"):
        size = table.stat().st_size
        with open(table, "r+b") as f:
            for offset in range(100, max(101, size // 2), 4096):
                f.seek(offset)
                f.write(b"\xff" * 64)


def _limited_memory():
    # An outer bound, should kg's own (KG_MEMORY_LIMIT below) fail: 4 GiB for a 4 MB store.
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


@pytest.mark.parametrize("damage", [_garbage_current, _truncated_manifest, _garbage_table, _missing_table,
                                    _damaged_data_blocks])
def test_a_damaged_store_is_named_and_kg_build_replaces_it(states, tmp_path, damage):
    """Each damage gives one 'Error:' line naming the store and what to do, exit 2, in
    bounded memory; RocksDB's error where it reports one, else kg's memory guard (a
    known failure of Oxigraph 0.5 on damaged data blocks: see kg.store.watch_memory)."""
    store = fresh(states, "FULL", tmp_path)
    damage(store)
    for args in (["stats"], ["query", "--sparql", "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"]):
        proc = subprocess.run([sys.executable, "-m", "kg.cli", *args, "--store", str(store)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120, preexec_fn=_limited_memory,
                              env={**os.environ, "KG_MEMORY_LIMIT": "1024"})
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.startswith(f"Error: the store at {store} is damaged and cannot be read (Corruption: ") or \
            proc.stderr.startswith(f"Error: reading the store at {store} took more than 1024 MiB"), proc.stderr
        assert "estore it from a backup, or rebuild it with 'kg build'" in proc.stderr
        assert "unexpected" not in proc.stderr and "Traceback" not in proc.stderr
        assert len(proc.stderr.splitlines()) == 1
    run_kg("build", "--store", store, "--no-validate", check=0)
    assert dump(store) == states["FULL"][1]


def test_a_folder_of_other_files_is_not_written_into(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("keep", encoding="utf-8")
    proc = run_kg("ingest", "--store", folder, CLAIMS, check=2)
    assert "not an empty folder nor a kg store" in proc.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["todo.txt"]


def test_a_store_location_that_is_a_file_gets_one_message_in_every_command(tmp_path):
    """--store FILE and KG_STORE=FILE: the same message naming the path and where it
    came from, exit 2, the file untouched, no lock file, for readers and writers alike.
    A read command pointed at a folder of other files says there is no store there and
    leaves no lock file beside it either."""
    file = tmp_path / "storefile"
    file.write_text("notes\n", encoding="utf-8")
    commands = [("stats",), ("build", "--no-validate"), ("ingest", CLAIMS), ("retract", ARTICLE),
                ("query", "-e", "ASK {}"), ("export", "-o", tmp_path / "out.nt"), ("validate",)]
    for command in commands:
        for args, env, named_by in (((*command, "--store", file), None, "--store"),
                                    (command, {"KG_STORE": str(file)}, "KG_STORE")):
            proc = kg_cli(*args, env=env, check=2)
            assert proc.stderr == (f"Error: the store location {file} ({named_by}) is a file, not a folder: a kg store "
                                   "is a folder ('kg build' or 'kg ingest' makes one); give the path of a store or "
                                   "of a folder to create\n"), (args, proc.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["storefile"]
    assert file.read_text(encoding="utf-8") == "notes\n"
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("text\n", encoding="utf-8")
    for command in (("stats",), ("query", "-e", "ASK {}"), ("export", "-o", tmp_path / "out.nt"), ("validate",)):
        proc = kg_cli(*command, "--store", folder, check=2)
        assert proc.stderr.startswith(f"Error: no store at {folder} (a folder of other files, not a kg store)"), proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "storefile"]


def test_a_symlinked_store_stays_a_symlink(states, corpus_four, tmp_path):
    """The store may be a symlink (to another disk, say): builds swap the real folder,
    and every path to it shares one lock (and one set of kept files: docs/layout.md)."""
    real = fresh(states, "FULL", tmp_path, "disk")
    link = tmp_path / "kg-store"
    link.symlink_to(real, target_is_directory=True)
    run_kg("build", "--store", link, "--corpus", corpus_four, "--no-validate", "--replace", check=0)
    assert link.is_symlink() and dump(link) == dump(real) == states["FOUR"][1]
    reader = Paused("read-open", "stats", "--store", real, folder=tmp_path / "pause")
    refused_as_busy("ingest", "--store", link, CLAIMS)
    assert reader.release().returncode == 0
    run_kg("ingest", "--store", link, CLAIMS, check=0)
    assert dump(real) == states["FULL"][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disk", "kg-store", "pause"]
    # the lock, and the near-copy index, shapes' translation, vocabulary and registry
    # the build and ingest kept, lie beside the real folder
    assert sorted(p.name for p in real.parent.iterdir()) == [".kg-store.lock", ".kg-store.near-copies.sqlite",
                                                             ".kg-store.registry.json",
                                                             ".kg-store.shapes-queries.json",
                                                             ".kg-store.vocabulary.json", "kg-store"]


@pytest.mark.parametrize("var,value,message", [
    ("KG_LOCK_TIMEOUT", "soon", "KG_LOCK_TIMEOUT must be a number of seconds (0 or more), not 'soon'"),
    ("KG_LOCK_TIMEOUT", "-1", "KG_LOCK_TIMEOUT must be a number of seconds (0 or more), not '-1'"),
    ("KG_MEMORY_LIMIT", "lots", "KG_MEMORY_LIMIT must be a number of MiB (0 for no limit), not 'lots'"),
])
def test_a_bad_limit_is_refused(built_store, var, value, message):
    proc = run_kg("stats", "--store", built_store, env={var: value}, check=2)
    assert proc.stderr == f"Error: {message}\n"


def test_writers_do_not_pile_up_log_files(states, tmp_path):
    store = fresh(states, "FULL", tmp_path)
    for _ in range(3):
        run_kg("retract", "--store", store, ARTICLE, check=0)
        run_kg("ingest", "--store", store, CLAIMS, check=0)
    run_kg("build", "--store", store, "--no-validate", check=0)
    assert sorted(p.name for p in store.glob("LOG*")) == ["LOG"]


def _disk_fills_at(size: int):
    """A preexec_fn making files stop growing at ``size`` bytes, as on a full disk
    (RLIMIT_FSIZE: writes fail with EFBIG, which Python's default SIGXFSZ handling
    turns into an error rather than a kill)."""
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


@pytest.mark.parametrize("op", ["build", "ingest"])
def test_a_full_disk_leaves_the_store_as_it_was(states, corpus_four, tmp_path, op):
    start = "FULL" if op == "build" else "FOUR"
    store = fresh(states, start, tmp_path)
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *map(str, _command(op, store, corpus_four))], cwd=ROOT,
                          capture_output=True, text=True, preexec_fn=_disk_fills_at(100_000))
    assert proc.returncode == 2
    assert proc.stderr.startswith("Error: cannot ") and "File too large" in proc.stderr, proc.stderr
    assert "the store was left as it was" in proc.stderr or "the change was not applied" in proc.stderr \
        or proc.stderr.startswith(f"Error: cannot open the store at {store}")
    assert dump(store) == states[start][1]
    assert leftovers(store) == []
    _next_writer_cleans_up(store, states)


# -- export -o -------------------------------------------------------------------------


def test_export_on_a_full_disk_leaves_the_old_file_and_no_temporary(built_store, tmp_path):
    out = tmp_path / "kg.nq"
    out.write_text("the previous dump\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--store", str(built_store), "-f", "nquads",
                           "-o", str(out)], cwd=ROOT, capture_output=True, text=True, preexec_fn=_disk_fills_at(20_000))
    assert proc.returncode == 2
    assert f"cannot write {out}: File too large; it was left as it was" in proc.stderr
    assert out.read_text(encoding="utf-8") == "the previous dump\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.nq"]


def test_export_does_not_follow_a_symlink_planted_beside_the_output(built_store, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "kg.nq"
    (tmp_path / "kg.nq.tmp").symlink_to(victim)
    run_kg("export", "--store", built_store, "-f", "nquads", "-o", out, check=0)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert out.read_text(encoding="utf-8") == dump(built_store)
    assert not out.is_symlink() and oct(out.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.nq", "kg.nq.tmp", "victim.txt"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_refused_first_ingest_leaves_no_store(tmp_path):
    """A claims file refused on the way into a store that did not exist leaves no store
    behind (a later reader would otherwise find an empty one), and a folder that existed
    empty stays empty; the same file refused by an existing store leaves it as it was."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("article: 000_0f2a5f001831298a\nclaims:\n  - {id: c1, type: Meeting, participant: nobody-known}\n")
    missing = tmp_path / "new-store"
    proc = run_kg("ingest", "--store", missing, bad, check=2)
    assert "bad.yaml" in proc.stderr
    assert not missing.exists()
    run_kg("stats", "--store", missing, check=2)

    empty = tmp_path / "empty-folder"
    empty.mkdir()
    run_kg("ingest", "--store", empty, bad, check=2)
    assert empty.is_dir() and list(empty.iterdir()) == []

    store = tmp_path / "store"
    run_kg("ingest", "--store", store, CORPUS / "claims" / "000_0f2a5f001831298a.yaml", check=0)
    before = dump(store)
    run_kg("ingest", "--store", store, bad, check=2)
    assert dump(store) == before and before.count("\n") > 1000
