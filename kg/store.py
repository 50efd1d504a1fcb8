"""The embedded on-disk store (Oxigraph, through pyoxigraph), and the rules that keep it
whole when several ``kg`` processes use it or one is killed.

Oxigraph was chosen by measurement on this class of machine: at about 140k triples it
parsed 10-20x faster, answered SPARQL about 10x faster and wrote Turtle about 200x
faster than rdflib's in-memory graph, and it persists to disk (RocksDB) with
transactions. Every change here is a single SPARQL Update request, which Oxigraph
applies in one transaction: a failed change leaves the store as it was.

Concurrency. pyoxigraph documents opening a store read-only while another process
writes it as undefined behaviour, and RocksDB's own ``LOCK`` file only keeps writers
apart while a store is open, not across ``kg build``'s folder swap. So every ``kg``
process takes an advisory lock (``flock(2)``) on a lock file beside the store,
``.NAME.lock``: writers (build, ingest, retract) hold it exclusively for the whole
operation, swap included; readers hold it shared for as long as they read. A reader so
always sees one committed state, old or new, and a writer never writes into a store it
did not open. A process that finds the lock taken waits for it (``KG_LOCK_TIMEOUT``
seconds, default 60), then gives up with a clear error and exit 2. The kernel drops the
lock of a killed process, so a crash never leaves the store locked.
"""

from __future__ import annotations

import errno
import fcntl
import itertools
import os
import shutil
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.namespaces import CLAIM, FACT, FACTS_GRAPH, GKG, GRAPH, ID, ONTOLOGY_GRAPH, PREFIXES, RDF

DEFAULT_STORE = "kg-store"
#: Seconds a command waits for another kg process to let go of the store.
DEFAULT_LOCK_TIMEOUT = 60.0
#: How often a waiting command tries the lock again (seconds).
LOCK_POLL = 0.05


def default_location() -> Path:
    """``$KG_STORE`` if set, else ``./kg-store``."""
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


def lock_timeout() -> float:
    """Seconds to wait for the store's lock: ``$KG_LOCK_TIMEOUT`` (0 = do not wait),
    else :data:`DEFAULT_LOCK_TIMEOUT`. Raises :class:`StoreError` on a value that is not
    a number of seconds."""
    raw = os.environ.get("KG_LOCK_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0:  # also refuses nan
        raise StoreError(f"KG_LOCK_TIMEOUT must be a number of seconds (0 or more), not {raw!r}")
    return value


def _aside(location: Path, what: str) -> Path:
    return location.parent / f".{location.name}.{what}"


def _real(location: Path) -> Path:
    """The store's folder with symlinks resolved: the lock file and the folders of a
    build's swap go beside the real folder, so a symlinked store stays a symlink and
    every path to one store gives one lock."""
    return Path(os.path.realpath(location))


def check_location(location: Path, named_by: str = "--store") -> None:
    """Refuse a store location that is not a folder: an existing file (or anything
    else that is not a directory), or a path through a file. ``named_by`` says where the
    location came from ('--store', 'KG_STORE'). Raises :class:`StoreError`; no lock is
    taken and nothing is created."""
    real = _real(Path(location))
    if real.exists() and not real.is_dir():
        raise StoreError(f"the store location {location} ({named_by}) is a file, not a folder: a kg store is a "
                         "folder ('kg build' or 'kg ingest' makes one); give the path of a store or of a folder "
                         "to create")
    for parent in real.parents:
        if parent.exists():
            if not parent.is_dir():
                raise StoreError(f"the store location {location} ({named_by}) lies under {parent}, which is a file, "
                                 "not a folder: give the path of a store or of a folder to create")
            break


#: What a RocksDB folder holds from its first moments (its lock and log before CURRENT).
_ROCKSDB_FILES = ("CURRENT", "IDENTITY", "LOCK", "LOG", "MANIFEST-*", "OPTIONS-*")


def _other_files(folder: Path) -> bool:
    """Whether ``folder`` is a folder of files none of which a RocksDB store (whole,
    damaged or being created) holds: a folder that is certainly not a store."""
    return (folder.is_dir() and any(folder.iterdir())
            and not any(any(folder.glob(name)) for name in _ROCKSDB_FILES))


def lock_path(location: Path) -> Path:
    """The lock file of the store at ``location``: ``.NAME.lock`` in the same folder.

    >>> lock_path(Path("data/kg-store"))
    PosixPath('data/.kg-store.lock')
    """
    return _aside(Path(location), "lock")


def shapes_cache_path(location: Path) -> Path:
    """Where the SHACL shapes' translation to SPARQL is kept for the store at
    ``location`` (:func:`kg.shaclsparql.translated`): ``.NAME.shapes-queries.json``
    beside the store's real folder, as the lock file is, never inside it. It holds no
    store data (its key is content hashes), so any command that translated the shapes,
    a reader or a dry run included, may write it without touching the store, and a
    build cut off between its renames (``.NAME.old``) is not made a folder of other
    files by it.

    >>> shapes_cache_path(Path("/data/kg-store"))
    PosixPath('/data/.kg-store.shapes-queries.json')
    """
    return kept_path(location, "shapes-queries.json")


def kept_path(location: Path, what: str) -> Path:
    """Where a command keeps what it read or translated for the store at ``location``
    between runs, as :func:`shapes_cache_path` does: ``.NAME.WHAT`` beside the store's
    real folder (``what`` "vocabulary.json": :func:`kg.ontology.kept_vocabulary`;
    "registry.json": :func:`kg.entities.load_registry`; "near-copies.sqlite":
    :func:`kg.nearcopies.store_index`). Such a file holds no store
    data and is used only when made from the same sources, so removing it is safe.

    >>> kept_path(Path("/data/kg-store"), "registry.json")
    PosixPath('/data/.kg-store.registry.json')
    """
    return _aside(_real(Path(location)), what)


#: What this process did to stores, for the message of an interrupted command (Ctrl-C):
#: ``"pending"`` holds the location a transaction is being applied to (it lands whole
#: or not at all), ``"written"`` the locations whose change is complete.
WRITES: dict = {"pending": None, "written": []}


def pause_point(name: str) -> None:
    """Testing aid for deterministic interleavings and crashes: if ``name`` is one of
    the comma-separated names in ``$KG_TEST_PAUSE``, create ``NAME.paused`` (holding
    this process id) in ``$KG_TEST_PAUSE_DIR`` and wait until ``NAME.go`` appears there
    (at most 300 s). Does nothing when ``KG_TEST_PAUSE`` is unset.

    The points: ``build-locked`` (build holds the writer's lock), ``build-filled`` (the
    new store is written beside the old), ``build-swapping`` (between the two renames),
    ``build-swapped`` (the new store is in place, the old one not yet deleted),
    ``write-locked`` (ingest or retract holds the writer's lock and has the store open),
    ``write-update`` (just before a change is applied), ``read-open`` (a reader has the
    store open).
    """
    wanted = os.environ.get("KG_TEST_PAUSE", "")
    if not wanted or name not in wanted.split(","):
        return
    folder = Path(os.environ.get("KG_TEST_PAUSE_DIR") or ".")
    (folder / f"{name}.paused").write_text(str(os.getpid()), encoding="utf-8")
    go = folder / f"{name}.go"
    deadline = time.monotonic() + 300
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


class StoreLock:
    """This process's hold on the lock file of one store: ``shared`` (readers) or
    exclusive (writers), taken with ``flock(2)``.

    Within one process a store is locked once and the hold is shared by every
    :class:`GraphStore` on it (``flock`` would otherwise make a process wait for
    itself, e.g. ``kg build`` validating the store it has just built); an exclusive hold
    also serves readers. The lock is released when the last user calls
    :meth:`release`, or when the process ends.
    """

    _held: dict[str, "StoreLock"] = {}

    def __init__(self, path: Path, fd: int, exclusive: bool):
        self.path, self.fd, self.exclusive, self.users = path, fd, exclusive, 0

    @classmethod
    def acquire(cls, location: Path, exclusive: bool, timeout: float | None = None,
                on_wait: Callable[[str], None] | None = None) -> "StoreLock | None":
        """Lock the store at ``location``, waiting up to ``timeout`` seconds (default
        :func:`lock_timeout`); ``on_wait`` gets a one-line note if it has to wait.

        Returns the hold, or None for a reader where the lock file can be neither
        created nor opened (a read-only folder: no writer can work there either).
        Raises :class:`StoreError` when the time runs out, or when a writer cannot
        create the lock file (the message says why).
        """
        path = lock_path(_real(location))
        key = str(path)
        held = cls._held.get(key)
        if held is None:
            fd = cls._open(path, exclusive)
            if fd is None:
                return None
            held = cls._held[key] = StoreLock(path, fd, False)
        if exclusive and not held.exclusive or not held.users:
            try:
                held._flock(exclusive or held.exclusive, location,
                            lock_timeout() if timeout is None else timeout, on_wait)
            except BaseException:
                if not held.users:
                    held._close()
                raise
            held.exclusive = exclusive or held.exclusive
        held.users += 1
        return held

    @staticmethod
    def _open(path: Path, exclusive: bool) -> int | None:
        flags = os.O_CLOEXEC | os.O_NOFOLLOW  # never follow a symlink planted as the lock
        try:
            if exclusive:
                path.parent.mkdir(parents=True, exist_ok=True)
            return os.open(path, flags | os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            if e.errno == errno.ELOOP:
                raise StoreError(f"{path} is a symbolic link, not a lock file: remove it") from None
            if exclusive:
                raise StoreError(f"cannot create the lock file {path}: {e.strerror}") from None
        try:
            return os.open(path, flags | os.O_RDONLY)
        except OSError:
            return None

    def _flock(self, exclusive: bool, location: Path, timeout: float,
               on_wait: Callable[[str], None] | None) -> None:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        deadline = time.monotonic() + timeout
        noted = False
        while True:
            try:
                fcntl.flock(self.fd, mode | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                pass
            if time.monotonic() >= deadline:
                who = ("another kg process (a build, ingest or retract, or a reader such as kg query or kg serve)"
                       if exclusive else "a kg process writing it (build, ingest or retract)")
                raise StoreError(
                    f"the store at {location} is in use by {who}; gave up after {timeout:g} s: "
                    "try again when it has finished (KG_LOCK_TIMEOUT sets the wait)"
                )
            if on_wait and not noted:
                on_wait(f"Waiting for another kg process to finish with the store at {location} ...")
                noted = True
            time.sleep(LOCK_POLL)

    def release(self) -> None:
        """Let go of this hold; the lock itself goes with the process's last hold."""
        if self.users > 0:
            self.users -= 1
            if not self.users:
                self._close()

    def _close(self) -> None:
        if StoreLock._held.get(str(self.path)) is self:
            del StoreLock._held[str(self.path)]
        try:
            os.close(self.fd)  # closing the last descriptor drops the flock
        except OSError:
            pass
        self.users = 0


def damaged(location: Path, detail: str) -> StoreError:
    """The error for a store that cannot be read although no other process holds it:
    says which store, what RocksDB reported, and what to do."""
    detail = " ".join(str(detail).split())[:300]
    return StoreError(
        f"the store at {location} is damaged and cannot be read ({detail}): "
        "restore it from a backup, or rebuild it with 'kg build'"
    )


def memory_limit(location: Path) -> int:
    """Bytes of memory a kg process reading the store at ``location`` may use:
    ``$KG_MEMORY_LIMIT`` in MiB (0 = no limit), else 32 times the store's size on disk
    and at least 4 GiB. Raises :class:`StoreError` on a value that is not a number."""
    raw = os.environ.get("KG_MEMORY_LIMIT", "").strip()
    if raw:
        try:
            mib = float(raw)
        except ValueError:
            mib = -1.0
        if not mib >= 0:
            raise StoreError(f"KG_MEMORY_LIMIT must be a number of MiB (0 for no limit), not {raw!r}")
        return int(mib * 2**20)
    on_disk = sum(f.stat().st_size for f in Path(location).glob("*") if f.is_file()) if Path(location).is_dir() else 0
    return max(4 << 30, 32 * on_disk)


def watch_memory(limit: int, exceeded: Callable[[int], None], interval: float = 0.1) -> Callable[[], None]:
    """Call ``exceeded(bytes in use)`` from a daemon thread once this process's resident
    memory (``/proc/self/statm``, Linux) passes ``limit`` bytes; checks every
    ``interval`` seconds. Does nothing when ``limit`` is 0 or there is no /proc.
    Returns a function that ends the watch (its thread stops within ``interval``), for
    a caller that outlives the command it watches, such as a test process running many.

    Why: on a store with damaged data blocks, Oxigraph 0.5's query evaluator keeps the
    read error RocksDB repeats for every next step, and collects them without end (seen
    growing past 20 GiB in under two minutes). pyoxigraph lets go of the GIL while it
    evaluates, so this thread can stop the process with a clear error first.
    """
    statm = Path("/proc/self/statm")
    stop = threading.Event()
    if not limit or not statm.exists():
        return stop.set
    page = os.sysconf("SC_PAGE_SIZE")

    def watch() -> None:
        while not stop.wait(interval):
            used = int(statm.read_text().split()[1]) * page
            if used > limit:
                exceeded(used)
                return

    threading.Thread(target=watch, name="kg-memory-watch", daemon=True).start()
    return stop.set


def is_damage(error: BaseException) -> bool:
    """Whether ``error`` is RocksDB reporting a damaged store (its ``Corruption:``
    status, which pyoxigraph raises as RuntimeError or OSError)."""
    return isinstance(error, (RuntimeError, OSError)) and "Corruption" in str(error)


def looks_like_store(folder: Path) -> bool:
    """Whether ``folder`` holds a RocksDB store, whole or damaged (its ``CURRENT``, or a
    ``MANIFEST-*`` or ``IDENTITY`` file, as RocksDB names them)."""
    return (folder / "CURRENT").exists() or (folder / "IDENTITY").exists() or any(folder.glob("MANIFEST-*"))


def _fsync_dir(folder: Path) -> None:
    """Make the renames in ``folder`` durable (a rename lives in its folder's entry)."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _recover(location: Path) -> None:
    """Writers only, under the exclusive lock: undo what a killed ``kg build`` left
    beside the store's real folder ``location`` (see :func:`_real`).

    A build cut off between its two renames (see :func:`rebuild`) left no store at
    ``location`` and the old one at ``.NAME.old``: it is moved back, so a build that did
    not finish leaves the store as it was. Then the new store a killed build was writing
    (``.NAME.building``) and an old store not yet deleted (``.NAME.old``) are removed.
    """
    old, building = _aside(location, "old"), _aside(location, "building")
    if (old / "CURRENT").exists() and not (location / "CURRENT").exists():
        if location.exists() and not any(location.iterdir()):
            location.rmdir()
        if not location.exists():
            os.rename(old, location)
            _fsync_dir(location.parent)
    if building.exists():
        shutil.rmtree(building)
    if old.exists() and (location / "CURRENT").exists():  # never the only copy
        shutil.rmtree(old)


def _readable_location(place: Path, location: Path) -> Path:
    """Where a reader finds the store at ``location`` (real folder ``place``): there,
    or, after a build cut off between its renames, at ``.NAME.old`` (what the next
    writer moves back). Readers never move folders. Raises :class:`StoreError` if there
    is no store."""
    if (place / "CURRENT").exists():
        return place
    old = _aside(place, "old")
    if (old / "CURRENT").exists() and not (place.exists() and any(place.iterdir())):
        return old
    if place.exists() and looks_like_store(place):
        raise damaged(location, "its CURRENT file is missing")
    other = " (a folder of other files, not a kg store)" if _other_files(place) else ""
    raise StoreError(f"no store at {location}{other}: 'kg build' builds one from a corpus (the sample corpus by default), 'kg ingest FILE' starts one with your own claims; or give --store / KG_STORE")


def _remove_old_logs(folder: Path) -> None:
    """RocksDB renames its ``LOG`` to ``LOG.old.<time>`` each time a writer opens the
    store and never removes them; keep only the current ``LOG``."""
    for log in folder.glob("LOG.old.*"):
        log.unlink(missing_ok=True)


def _open_rocksdb(folder: Path, read_only: bool, location: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder))
    except (OSError, RuntimeError) as e:
        # Under the lock no other kg process is writing, so an error here is the
        # store's own state, not a race.
        if isinstance(e, OSError) and e.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC):
            raise StoreError(f"cannot open the store at {location}: {e.strerror or e}") from None
        if not is_damage(e) and "/LOCK:" in str(e):  # RocksDB's own LOCK, held outside kg's lock
            raise StoreError(f"cannot open the store at {location}: another process has it open for writing") from None
        if is_damage(e) or isinstance(e, FileNotFoundError):  # a file the store lists is gone
            raise damaged(location, str(e)) from None
        raise StoreError(f"cannot open the store at {location}: {e}") from None  # e.g. a full disk


#: Quads handed to Oxigraph's bulk loader in one call: each call is a loader run of its
#: own (few calls: each has a fixed cost), whose memory grows with what it is handed
#: (about 110 MiB for 200,000 quads; one call with the 1.5 million summary quads of
#: 10,000 generated articles took 0.9 GiB).
LOAD_BATCH = 200_000


def bulk_load(store: ox.Store, quads: Iterable[ox.Quad], batch: int = LOAD_BATCH) -> None:
    """Write ``quads`` (any iterable, read once, lazily: never held whole) into
    ``store`` with Oxigraph's bulk loader, ``batch`` quads per loader run, so that the
    loader's memory is bounded by ``batch`` rather than by the number of quads. Raises
    what ``Store.bulk_extend`` raises (OSError, RuntimeError)."""
    quads = iter(quads)
    for first in quads:
        store.bulk_extend(itertools.chain((first,), itertools.islice(quads, batch - 1)))


def rebuild(location: Path, fill: Callable[[ox.Store], None],
            on_wait: Callable[[str], None] | None = None) -> "GraphStore":
    """Replace the store at ``location`` with a new one that ``fill`` writes, and
    return it open for writing.

    The new store is written beside the old one (``.NAME.building``) with Oxigraph's
    bulk loader (many times faster than a transaction, and it streams), completed with
    the per-fact summaries of the derived graph (:func:`kg.summaries.all_summaries`,
    streamed to the loader in runs of :data:`LOAD_BATCH` quads), then swapped
    in by two renames: the old store to ``.NAME.old``, the new one into place. The
    writer's lock is held from start to end, swap included, so no other kg process
    sees a half-swapped store. If ``fill`` raises, the new store is deleted and the old
    one is untouched; if the process is killed, the next writer undoes what is left
    (:func:`_recover`). A damaged old store is replaced like a whole one. Raises
    :class:`StoreError` if ``location`` is a folder of other files, or the lock cannot
    be had (see :class:`StoreLock`).
    """
    location = Path(location)
    check_location(location, "as given")
    lock = StoreLock.acquire(location, exclusive=True, on_wait=on_wait)
    place = _real(location)
    try:
        _recover(place)
        if place.exists() and any(place.iterdir()) and not looks_like_store(place):
            raise StoreError(f"{location} is not an empty folder nor a kg store: refusing to replace it")
        pause_point("build-locked")
        building, old = _aside(place, "building"), _aside(place, "old")
        new = ox.Store(str(building))
        try:
            fill(new)
            # The per-fact summaries, once every claim is in (kg/summaries.py).
            from kg import summaries

            bulk_load(new, summaries.all_summaries(new))
            bulk_load(new, summaries.all_edges(new))  # they read the facts' summaries
            bulk_load(new, summaries.all_entities(new))  # ordered by the facts' dates
            bulk_load(new, summaries.all_kinds(new))  # they read the facts' source counts
            new.flush()
            new.optimize()
        except BaseException as e:
            # Let go of the new store (the traceback's frames hold it too) so that it
            # closes before its folder is deleted: RocksDB closes when dropped.
            traceback.clear_frames(e.__traceback__)
            new = None
            shutil.rmtree(building, ignore_errors=True)
            if isinstance(e, (OSError, RuntimeError)):  # RocksDB's, as on a full disk
                raise StoreError(f"cannot write the new store beside {location}: {e}; "
                                 "the store was left as it was") from None
            raise
        new = None  # closed (and so complete on disk) before it is moved into place
        _remove_old_logs(building)
        pause_point("build-filled")
        if place.exists():
            os.rename(place, old)
            pause_point("build-swapping")
        WRITES["pending"] = location
        os.rename(building, place)
        WRITES["written"].append(location)
        WRITES["pending"] = None
        _fsync_dir(place.parent)
        pause_point("build-swapped")
        shutil.rmtree(old, ignore_errors=True)
        return GraphStore.open(location)  # shares this process's lock
    finally:
        lock.release()


class GraphStore:
    """A store of named graphs: one per article, plus the ontology.

    >>> s = GraphStore.in_memory()
    >>> s.replace_graphs({ox.NamedNode("https://w3id.org/geopolitics-kg/graph/a"): [
    ...     ox.Triple(ox.NamedNode("http://x"), ox.NamedNode("http://p"), ox.Literal("o"))]})
    >>> s.count()
    1
    """

    def __init__(self, store: ox.Store, location: Path | None = None, lock: StoreLock | None = None):
        self.store = store
        self.location = location
        self._lock = lock

    @property
    def shapes_cache(self) -> Path | None:
        """The file keeping the shapes' translation for this store
        (:func:`shapes_cache_path`), None for a store in memory."""
        return shapes_cache_path(self.location) if self.location is not None else None

    def kept(self, what: str) -> Path | None:
        """Where a command keeps ``what`` for this store between runs
        (:func:`kept_path`), None for a store in memory."""
        return kept_path(self.location, what) if self.location is not None else None

    @classmethod
    def in_memory(cls) -> "GraphStore":
        """A store in memory, unlocked and gone when dropped (for tests and checks)."""
        return cls(ox.Store())

    @classmethod
    def open(cls, location: Path | None = None, read_only: bool = False,
             on_wait: Callable[[str], None] | None = None, create: bool = True) -> "GraphStore":
        """Open the store at ``location`` (default :func:`default_location`) under its
        lock: shared for a reader, exclusive for a writer (see :class:`StoreLock`),
        held until :meth:`close` or the end of the process.

        A writer first undoes what a killed build left (:func:`_recover`) and creates
        the store if there is none (unless ``create`` is false: a writer that only
        removes, such as retract, has nothing to do without one); a reader needs it to
        exist and never moves a folder.
        Raises :class:`StoreError`: no store (reader, or writer with ``create`` false),
        a folder of other files (writer),
        the lock not had in time, or a damaged store (with what to do about it).
        """
        location = Path(location or default_location())
        check_location(location, "as given")
        real = _real(location)
        if read_only and not any(p.exists() for p in (_aside(real, "old"), _aside(real, "building"))) and (
                not real.exists() or _other_files(real)):
            # Nothing to read (no folder, or a folder of other files), nor a build under
            # way: say so without leaving a lock file behind.
            _readable_location(real, location)
        lock = StoreLock.acquire(location, exclusive=not read_only, on_wait=on_wait)
        try:
            place = _real(location)
            if read_only:
                store = _open_rocksdb(_readable_location(place, location), True, location)
            else:
                _recover(place)
                if place.exists() and any(place.iterdir()) and not looks_like_store(place):
                    raise StoreError(f"{location} is not an empty folder nor a kg store: refusing to write into it")
                if not create and not looks_like_store(place):
                    raise StoreError(f"no store at {location} (build one with 'kg build' or 'kg ingest')")
                place.mkdir(parents=True, exist_ok=True)
                store = _open_rocksdb(place, False, location)
                _remove_old_logs(place)
        except OSError as e:
            if lock:
                lock.release()
            raise StoreError(f"cannot open the store at {location}: {e.strerror or e}") from None
        except BaseException:
            if lock:
                lock.release()
            raise
        pause_point("read-open" if read_only else "write-locked")
        opened = cls(store, location, lock)
        try:
            problem = opened.layout_problem()
        except (OSError, RuntimeError) as e:
            opened.close()
            if is_damage(e):
                raise damaged(location, str(e)) from None
            raise StoreError(f"cannot read the store at {location}: {e}") from None
        if problem:
            opened.close()
            raise StoreError(f"cannot use the store at {location}: {problem}")
        return opened

    def close(self) -> None:
        """Close the store, then let go of its lock (RocksDB must be closed first: it
        writes by path when it closes). Safe to call twice."""
        self.store = None  # RocksDB closes when its last reference goes
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def discard(self, keep_folder: bool = False) -> None:
        """Close a store this process created and delete its files, still under its
        lock, so that a command refused before its first write leaves no store behind.
        ``keep_folder`` keeps the folder itself (empty), for one that existed empty
        before. The lock file stays: another process may be waiting on it.
        Raises OSError if the files cannot be removed (the lock is let go all the same)."""
        self.store = None  # RocksDB writes by path when it closes: close it first
        try:
            if self.location is not None:
                place = _real(self.location)
                if not keep_folder:
                    shutil.rmtree(place)
                else:
                    for child in place.iterdir():
                        shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
        finally:
            self.close()

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):
        if getattr(self, "_lock", None) is not None:
            self.close()

    # -- reading ---------------------------------------------------------------

    def query(self, sparql: str, prefixes: bool = True):
        """Run a SPARQL query over the union of all graphs."""
        return self.store.query(sparql, prefixes=PREFIXES if prefixes else None, use_default_graph_as_union=True)

    def count(self) -> int:
        return len(self.store)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def has_graph(self, iri: str) -> bool:
        """Whether the store holds the named graph ``iri`` (without listing them all)."""
        return self.store.contains_named_graph(ox.NamedNode(iri))

    def article_ids(self) -> list[str]:
        return sorted(
            g[len(GRAPH):] for g in self.graphs() if g.startswith(GRAPH) and g not in (ONTOLOGY_GRAPH, FACTS_GRAPH)
        )

    def quads(self) -> list[ox.Quad]:
        """Every quad, in a stable order (sorted by its N-Quads form)."""
        return sorted(self.store.quads_for_pattern(None, None, None, None), key=str)

    def fact_types(self, fact_iris: Iterable[str], except_graphs: Iterable[str] = ()) -> dict[str, set[str]]:
        """IRI -> the classes the store gives it outside the article graphs
        ``except_graphs``: for a fact, the classes the claims of other articles state;
        for an entity, its registry classes while another article names it."""
        skip = set(except_graphs)
        found: dict[str, set[str]] = {}
        for iri in fact_iris:
            node = ox.NamedNode(iri)
            if iri.startswith(FACT):
                # One fact has one class (checked on every ingest): one claim outside
                # ``skip`` says which.
                first = next(self._claims_of(node, skip), None)
                stated = self._statements_of(*first) if first else []
                classes = {t.object.value for t in stated if t.subject == node and t.predicate == _TYPE}
            elif self._named_elsewhere(node, skip):
                classes = {q.object.value for q in self.store.quads_for_pattern(node, _TYPE, None, _FACTS)}
            else:
                classes = set()
            if classes:
                found[iri] = classes
        return found

    def stated_triples(self, facts: Iterable[ox.NamedNode], except_graphs: Iterable[str] = ()) -> list[ox.Triple]:
        """The triples the claims in the store state about ``facts`` (the facts' own
        triples and those of the amounts, stages and roles named ``<fact>_…``), leaving
        out what only the claims of the article graphs ``except_graphs`` state; sorted.
        Read from the derived graph, so the cost follows what these facts hold and what
        the left-out graphs state, not how many articles report them."""
        skip = {g for g in except_graphs}
        summary = _summary_properties()
        found: set[ox.Triple] = set()
        for f in facts:
            for q in self.store.quads_for_pattern(f, None, None, _FACTS):
                if q.predicate in summary:
                    continue  # what the claims add up to, not what one states
                found.add(q.triple)
                node = q.object
                if isinstance(node, ox.NamedNode) and node.value.startswith(f.value + "_"):
                    found.update(r.triple for r in self.store.quads_for_pattern(node, None, None, _FACTS))
        for t in self._stated_in([ox.NamedNode(g) for g in skip]) & found:
            if not self._stated_elsewhere(t, skip):
                found.discard(t)
        return sorted(found, key=str)

    def _stated_in(self, graphs: Iterable[ox.NamedNode]) -> set[ox.Triple]:
        """The triples the claims of the article ``graphs`` state (as now in the store)."""
        return {t for g in graphs for q in self.store.quads_for_pattern(None, _SUPPORTS, None, g)
                for t in self._statements_of(q.subject, g)}

    def _stated_elsewhere(self, triple: ox.Triple, skip: set[str]) -> bool:
        """Whether a claim outside the article graphs ``skip`` states ``triple``; stops at
        the first one found."""
        for q in self.store.quads_for_pattern(None, _SUBJECT, triple.subject, None):
            g = q.graph_name
            if (isinstance(g, ox.NamedNode) and g.value not in skip
                    and next(self.store.quads_for_pattern(q.subject, _PREDICATE, triple.predicate, g), None) is not None
                    and next(self.store.quads_for_pattern(q.subject, _OBJECT, triple.object, g), None) is not None):
                return True
        return False

    def articles_stating(self, fact: str, except_graphs: Iterable[str] = ()) -> list[str]:
        """The ids of the articles whose claims support the fact IRI ``fact``, outside the
        article graphs ``except_graphs`` (IRIs), sorted; [] when none does. For messages
        that name where a stored fact comes from."""
        return sorted({g.value.removeprefix(GRAPH) for _, g in self._claims_of(ox.NamedNode(fact), set(except_graphs))})

    def _claims_of(self, fact: ox.NamedNode, skip: set[str]) -> Iterator[tuple[ox.NamedNode, ox.NamedNode]]:
        """(claim, its article graph) for each claim supporting ``fact`` outside ``skip``.
        Read by index pattern, not SPARQL: Oxigraph's planner may start a join from the
        statements of the whole store."""
        for q in self.store.quads_for_pattern(None, _SUPPORTS, fact, None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in skip:
                yield q.subject, q.graph_name

    def _statements_of(self, claim: ox.NamedNode, graph: ox.NamedNode) -> list[ox.Triple]:
        """The triples ``claim`` (in ``graph``) states, from its gkg:ClaimedStatements."""
        out = []
        for link in self.store.quads_for_pattern(claim, _STATES, None, graph):
            parts = {q.predicate: q.object for q in self.store.quads_for_pattern(link.object, None, None, graph)}
            if _SUBJECT in parts and _PREDICATE in parts and _OBJECT in parts:
                out.append(ox.Triple(parts[_SUBJECT], parts[_PREDICATE], parts[_OBJECT]))
        return out

    def _named_elsewhere(self, entity: ox.NamedNode, skip: set[str]) -> bool:
        """Whether an article graph outside ``skip`` names ``entity`` (as the object of
        one of its triples: a value a claim states, a speaker, a publisher)."""
        return self._naming_graph(entity, skip) is not None

    def _naming_graph(self, entity: ox.NamedNode, skip: set[str]) -> str | None:
        """The first article graph outside ``skip`` that names ``entity``, or None."""
        for q in self.store.quads_for_pattern(None, None, entity, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g.value not in skip and g.value not in (FACTS_GRAPH, ONTOLOGY_GRAPH):
                return g.value
        return None

    def entity_definitions(self, entity_iris: Iterable[str],
                           except_graphs: Iterable[str] = ()) -> dict[str, tuple[str, set[tuple]]]:
        """Entity IRI -> (the id of an article outside ``except_graphs`` that names it,
        the entity's registry triples in the derived graph as (subject, predicate,
        object) terms), for each of ``entity_iris`` that an article outside those graphs
        names: the definition a write of those graphs would otherwise replace."""
        skip = set(except_graphs)
        found: dict[str, tuple[str, set[tuple]]] = {}
        for iri in entity_iris:
            node = ox.NamedNode(iri)
            graph = self._naming_graph(node, skip)
            if graph is None:
                continue
            triples = {(q.subject, q.predicate, q.object) for q in self.store.quads_for_pattern(node, None, None, _FACTS)}
            if triples:
                found[iri] = (graph.removeprefix(GRAPH), triples)
        return found

    def layout_problem(self) -> str | None:
        """Why the store cannot be used as it is, or None. A store written by a version
        of kg before the derived graph (facts and entities copied into each article's
        graph) has claims but no :data:`FACTS_GRAPH`; its queries would return one row
        per copy, and re-ingesting into it would mix the layouts."""
        has_claims = self.store.query(f"ASK {{ GRAPH ?g {{ ?c <{GKG}supports> ?f }} }}")
        has_facts = self.store.query(f"ASK {{ GRAPH <{FACTS_GRAPH}> {{ ?s ?p ?o }} }}")
        if bool(has_claims) and not bool(has_facts):
            return ("it was written by an earlier version of kg, which copied facts and entities into every "
                    "article's graph; rebuild it with 'kg build' (or 'kg ingest' into a new store)")
        # A fact's summary without the tallies of ontology 2.13 (kg/summaries.py): the
        # first summary found tells, as every fact's is written by the same version.
        first = next(self.store.quads_for_pattern(None, ox.NamedNode(GKG + "sourceCount"), None, _FACTS), None)
        if first is not None and next(self.store.quads_for_pattern(
                first.subject, ox.NamedNode(GKG + "articleCount"), None, _FACTS), None) is None:
            return ("it was written by an earlier version of kg, whose summaries lack the per-fact tallies and "
                    "per-edge summaries the evidence browser reads; rebuild it with 'kg build'")
        # The summaries of an entity's facts of a kind (ontology 2.14): the first fact's,
        # if it names an entity in a role, tells.
        if first is not None and not self._entity_summarized(first.subject):
            return ("it was written by an earlier version of kg, whose summaries lack the per-entity summaries "
                    "the evidence browser reads; rebuild it with 'kg build'")
        # The counts of single-source facts per class : the first such
        # fact's classes tell.
        if first is not None and not self._kinds_summarized():
            return ("it was written by an earlier version of kg, whose summaries lack the counts of "
                    "single-source facts per kind that 'single-source' reads; rebuild it with 'kg build'")
        # The date key of each fact (ontology 2.42): the first summary's fact tells.
        if first is not None and next(self.store.quads_for_pattern(
                first.subject, ox.NamedNode(GKG + "dateKey"), None, _FACTS), None) is None:
            return ("it was written by an earlier version of kg, whose summaries lack the facts' date keys "
                    "that 'meetings' orders by; rebuild it with 'kg build'")
        if first is not None and not self._negatives_presented():
            return ("it was written by an earlier version of kg, whose summaries present a fact stated not to "
                    "have happened as denied; rebuild it with 'kg build'")
        return None

    def _negatives_presented(self) -> bool:
        """Whether the summaries present a negative claim in no negative modality of its own
        as gkg:Negative, not as gkg:Denied as earlier versions of kg did: the
        first such claim's fact tells (among the first 100 negative claims); True when
        there is none."""
        from kg import summaries

        for i, q in enumerate(self.store.quads_for_pattern(None, summaries.POLARITY, summaries._NEGATIVE, None)):
            if i >= 100:
                break
            modalities = {m.object for m in self.store.quads_for_pattern(q.subject, summaries._MODALITY, None, q.graph_name)}
            if modalities & set(summaries.NEGATIVE_MODALITIES):
                continue
            fact = next(self.store.quads_for_pattern(q.subject, summaries._SUPPORTS, None, q.graph_name), None)
            if fact is None:
                continue
            return next(self.store.quads_for_pattern(
                fact.object, summaries.PRESENTED_AS, summaries._NEGATIVE, _FACTS), None) is not None
        return True

    def _kinds_summarized(self) -> bool:
        """Whether the derived graph holds the per-kind summary (:func:`kg.summaries.kind_node`)
        of a class of the first fact one source reports; True when no fact has one source."""
        from kg import summaries

        one = next(self.store.quads_for_pattern(None, summaries.SOURCE_COUNT, summaries.ONE_SOURCE, _FACTS), None)
        if one is None:
            return True
        kinds = [q.object for q in self.store.quads_for_pattern(one.subject, _TYPE, None, _FACTS)]
        return not kinds or next(self.store.quads_for_pattern(
            summaries.kind_node(kinds[0]), summaries.REVIEWED_SINGLE_SOURCE_FACT_COUNT, None, _FACTS), None) is not None

    def _entity_summarized(self, fact: ox.NamedNode) -> bool:
        """Whether the derived graph holds the summary of ``fact``'s kind for an entity
        it names in a role (:func:`kg.summaries.entity_kind_node`); True for a fact
        naming none that way, or without a class."""
        from kg import summaries

        naming = summaries.Naming(self.store)
        kind = naming.kind(fact)
        named = sorted((q.object for q in self.store.quads_for_pattern(fact, None, None, _FACTS)
                        if summaries.is_entity(q.object)), key=str)
        if kind is None or not named:
            return True
        node = summaries.entity_kind_node(named[0], kind)
        return next(self.store.quads_for_pattern(node, None, None, _FACTS), None) is not None

    # -- writing ---------------------------------------------------------------

    def replace_graphs(
        self,
        graphs: Mapping[ox.NamedNode, Iterable],
        drop: Iterable[ox.NamedNode] = (),
    ) -> None:
        """In one transaction: drop the graphs in ``drop``, and replace each graph in
        ``graphs`` with the given triples or quads."""
        ops = self._drops(drop)
        for g, content in graphs.items():
            triples = [c.triple if isinstance(c, ox.Quad) else c for c in content]
            ops += self._drops([g])
            if triples:
                body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
                ops.append(f"INSERT DATA {{ GRAPH <{g.value}> {{\n{body}}} }}")
        self._update(ops)

    def drop_graphs(self, graphs: Iterable[ox.NamedNode]) -> None:
        self.replace_graphs({}, drop=list(graphs))

    def replace_articles(self, graphs: Mapping[ox.NamedNode, list[ox.Quad]],
                         entities: Mapping[str, Iterable[tuple]] | None = None,
                         drop: Iterable[ox.NamedNode] = (), others: Mapping[ox.NamedNode, Iterable] | None = None) -> None:
        """Write article graphs and keep the derived graph (:data:`FACTS_GRAPH`) true to
        them, in one transaction (one SPARQL Update).

        ``graphs``: article graph -> its quads (:func:`kg.mapping.article_quads`), each
        replacing the graph of that name; ``drop``: article graphs to remove;
        ``entities``: entity IRI -> its triples, for the entities the new graphs name
        (:func:`kg.mapping.derived_triples`); ``others``: further graphs to replace as
        they are (the ontology). The derived graph stays the union of what all claims
        state: the triples the new graphs' statements give are added, and a triple the
        old graphs stated goes unless a claim elsewhere still states it (so a fact no
        claim states is gone). Entities the new graphs name get the given triples; an
        entity the old graphs named that no article names any more (nor an entity that
        stays, as its state) is removed. The work follows what these articles state,
        not the store's size. The summaries of every fact the old or new versions back
        (:mod:`kg.summaries`) are updated in the same transaction: from the stored
        summary and the new claims where the write only adds to a fact
        (:func:`kg.summaries.added_summary`), else recomputed from every claim that
        backs it afterwards. Raises :class:`StoreError` as :meth:`replace_graphs`."""
        entities = dict(entities or {})
        changed = [*graphs, *drop]
        skip = {g.value for g in changed}
        facts_graph = f"<{FACTS_GRAPH}>"

        # What the old versions of these articles state and no other claim does: those
        # derived triples go. What the new versions state is added (the derived graph is
        # the union of all statements). Other articles' claims are read only to find
        # whether they state a removed triple too, stopping at the first that does.
        mentioned: set[ox.NamedNode] = set()
        for g in changed:
            mentioned.update(q.object for q in self.store.quads_for_pattern(None, None, None, g) if _is_entity(q.object))
        new_stated = {t for quads in graphs.values() for t in self._new_statements(quads)}
        removed = [t for t in sorted(self._stated_in(changed) - new_stated, key=str) if not self._stated_elsewhere(t, skip)]

        # Entities the old graphs named that nothing will name any more.
        candidates = {e for e in mentioned if e.value not in entities}
        for e in list(candidates):
            for q in self.store.quads_for_pattern(e, None, None, _FACTS):
                if _is_entity(q.object) and q.object.value not in entities:
                    candidates.add(q.object)  # its state, named through it
        gone = {e for e in candidates if not self._named_elsewhere(e, skip)}
        changed_state = True
        while changed_state:  # a state stays while an entity that stays belongs to it
            changed_state = False
            for e in list(gone):
                for q in self.store.quads_for_pattern(None, None, e, _FACTS):
                    if _is_entity(q.subject) and q.subject not in gone and q.subject != e:
                        gone.discard(e)
                        changed_state = True
                        break

        # Entities named anew get their registry triples; entities no longer named lose theirs.
        renewed = sorted({*gone, *(ox.NamedNode(e) for e in entities)}, key=str)
        stale = removed + [q.triple for n in renewed for q in self.store.quads_for_pattern(n, None, None, _FACTS)]
        derived = new_stated | {ox.Triple(*t) for ts in entities.values() for t in ts}

        # The summaries of the facts these articles back, before or after: recomputed
        # from every claim that will back each one (kg/summaries.py).
        from kg import summaries

        new_records = [r for quads in graphs.values() for r in summaries.claim_records(quads)]
        backed_before = {q.object for g in changed for q in self.store.quads_for_pattern(None, _SUPPORTS, None, g)}
        touched = backed_before | {r.fact for r in new_records}
        issued: dict = {}
        view = summaries.DerivedView(self.store, stale, derived)  # as this write leaves it
        dated = summaries.Reader(self.store, view)
        by_fact: dict = {}
        for r in new_records:
            by_fact.setdefault(r.fact, []).append(r)
        for f in sorted(touched, key=str):
            stale += summaries.stored_summary(self.store, f)
            new_f = by_fact.get(f, [])
            # A fact these articles only add to: from its summary; otherwise from every claim.
            summary = None if f in backed_before else summaries.added_summary(self.store, f, new_f)
            if summary is None:
                summary = summaries.summary_triples(
                    f, summaries.stored_claim_records(self.store, f, skip, new_f, issued, view))
            derived.update(summary)
            if summary:
                derived.update(summaries.date_summaries(dated, f))
        # A fact dated by another (relative to it, beside it, part of it) gets its date key
        # again when that one changes.
        for f in sorted(summaries.date_dependents(dated, touched) - touched, key=str):
            stale += [q.triple for q in self.store.quads_for_pattern(f, summaries.DATE_KEY, None, _FACTS)]
            derived.add(ox.Triple(f, summaries.DATE_KEY, ox.Literal(summaries.date_key(dated, f))))
        # The summaries of the edges (pairs of entities, kind of relation) these facts
        # belong to, before or after, over the derived graph this write leaves.
        links: dict = {}
        for g, quads in graphs.items():
            for q in quads:
                if q.predicate == _SUPPORTS:
                    links.setdefault(q.object, set()).add(g)
        edges_stale, edges = summaries.edge_updates(self.store, summaries.DerivedView(self.store, stale, derived),
                                                    touched, skip, links, backed_before)
        stale += edges_stale
        derived.update(edges)
        # The summaries of the facts of each kind naming the entities these facts name.
        entities_stale, entities = summaries.entity_updates(
            self.store, summaries.DerivedView(self.store, stale, derived), touched, skip, graphs)
        stale += entities_stale
        derived.update(entities)
        # The counts of single-source facts of each class these facts have, before or after.
        kinds_stale, kinds = summaries.kind_updates(self.store, summaries.DerivedView(self.store, stale, derived), touched,
                                                         skip, graphs)
        stale += kinds_stale
        derived.update(kinds)

        ops = []
        # A triple that goes and comes back (an entity's registry triples, a summary the
        # write leaves as it was) is left where it is: the update is parsed and applied
        # triple by triple: of the 883 deletions of the generated corpus's
        # 1,001st article, 750 came back.
        back = {t for t in stale if t in derived and ox.Quad(t.subject, t.predicate, t.object, _FACTS) in self.store}
        stale = [t for t in dict.fromkeys(stale) if t not in back]
        derived -= back
        if stale:
            body = ox.serialize(stale, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            ops.append(f"DELETE DATA {{ GRAPH {facts_graph} {{\n{body}}} }}")
        ops += self._drops(changed)
        inserts = {g: [q.triple for q in quads] for g, quads in graphs.items()}
        inserts.update((g, [c.triple if isinstance(c, ox.Quad) else c for c in content]) for g, content in (others or {}).items())
        ops += self._drops(others or {})
        if derived:
            inserts[_FACTS] = sorted(derived, key=str)
        for g, triples in inserts.items():
            if triples:
                body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
                ops.append(f"INSERT DATA {{ GRAPH <{g.value}> {{\n{body}}} }}")
        self._update(ops)

    def _drops(self, graphs: Iterable[ox.NamedNode]) -> list[str]:
        """SPARQL Update operations dropping those of ``graphs`` the store holds (a
        named graph, or any quad in it). A graph it does not hold is left out, not
        dropped ``SILENT``ly: Oxigraph's ``DROP`` of an absent graph still costs a scan
        inside the transaction (about 15 ms of a new article's 45 ms update at 1,000
        articles), for the same store after."""
        return [f"DROP SILENT GRAPH <{g.value}>" for g in graphs
                if self.store.contains_named_graph(g) or next(self.store.quads_for_pattern(None, None, None, g), None)]

    @staticmethod
    def _new_statements(quads: list[ox.Quad]) -> list[ox.Triple]:
        """The triples the gkg:ClaimedStatements among ``quads`` (one article graph) state."""
        parts: dict[ox.NamedNode, dict] = {}
        for q in quads:
            if q.predicate in (_SUBJECT, _PREDICATE, _OBJECT):
                parts.setdefault(q.subject, {})[q.predicate] = q.object
        return [ox.Triple(p[_SUBJECT], p[_PREDICATE], p[_OBJECT]) for p in parts.values() if len(p) == 3]

    def _update(self, ops: list[str]) -> None:
        """Apply the SPARQL Update operations ``ops`` in one transaction."""
        if ops:
            pause_point("write-update")
            WRITES["pending"] = self.location
            try:
                self.store.update(" ;\n".join(ops))
                self.store.flush()
                WRITES["written"].append(self.location)
                WRITES["pending"] = None
            except (OSError, RuntimeError) as e:  # RocksDB's, as on a full disk; one transaction
                if is_damage(e):
                    raise damaged(self.location, str(e)) from None
                raise StoreError(f"cannot write to the store at {self.location}: {e}; "
                                 "the change was not applied") from None


_TYPE = ox.NamedNode(RDF + "type")
_SUPPORTS = ox.NamedNode(GKG + "supports")
_SUBJECT = ox.NamedNode(RDF + "subject")
_PREDICATE = ox.NamedNode(RDF + "predicate")
_OBJECT = ox.NamedNode(RDF + "object")
_STATES = ox.NamedNode(GKG + "statesValue")
_FACTS = ox.NamedNode(FACTS_GRAPH)


def _summary_properties() -> set:
    """The per-fact summary properties (kg/summaries.py), imported when a write first
    needs them: a read-only command (``kg query``) never loads that module."""
    from kg.summaries import SUMMARY_PROPERTIES

    return set(SUMMARY_PROPERTIES)


def _is_entity(term) -> bool:
    """Whether ``term`` names a registry entity (``id:<entity>``, not a fact or claim)."""
    return (isinstance(term, ox.NamedNode) and term.value.startswith(ID)
            and not term.value.startswith((FACT, CLAIM)))


# -- Terms for RDFLib (the Turtle writer, pySHACL) ----------------------------------------

def rdflib_term(term, typed_strings: bool = False):
    """An Oxigraph term (NamedNode, BlankNode, Literal) as the same RDFLib term, lexical
    forms kept as they are (no RDFLib normalisation). A plain string literal gets
    ``xsd:string`` as an explicit datatype with ``typed_strings`` (what pySHACL compares
    against ``sh:datatype``), else none (how Turtle writes it)."""
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING and not typed_strings:
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value), normalize=False)


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
