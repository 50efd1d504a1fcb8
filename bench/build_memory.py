"""Where a build's memory goes, phase by phase: builds a generated corpus into a new
store as ``kg build --no-validate`` does, but with the whole-store SHACL check left out
(its memory is measured apart: docs/benchmark.md), and prints, for each call the build
makes on the new store (a bulk load, the flush, the optimize step), its CPU and wall
seconds, the resident set before it and the highest resident set while it ran (Linux's
VmHWM, reset before each call through /proc/self/clear_refs), and the Python heap's
peak (tracemalloc, with ``--trace``: slower) while the per-fact summaries were computed.

    kg bench generate --articles 1000 --seed 1 -o /tmp/c1000
    python bench/build_memory.py /tmp/c1000 /tmp/s1000 [--trace]

The last line is the whole build's peak resident set (VmHWM is reset per call, so the
peak is the largest of the calls' and the reading's peaks). Figures, not assertions.
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

import kg.ingest  # noqa: E402
import kg.store  # noqa: E402
import kg.summaries  # noqa: E402

MIB = 2**20


def _status(field: str) -> int:
    """A /proc/self/status field in bytes (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(field)


def _reset_peak() -> None:
    """Let VmHWM start again from the current resident set (Linux 4.0+)."""
    Path("/proc/self/clear_refs").write_text("5")


class Phases:
    """The rows printed: one per call on the store, and one per stretch between calls
    (reading and mapping the claims files)."""

    def __init__(self):
        self.rows: list[tuple] = []
        self.peak = 0
        self._mark()

    def _mark(self):
        self.cpu, self.wall, self.rss = time.process_time(), time.perf_counter(), _status("VmRSS")
        _reset_peak()

    def close(self, what: str, count: int = 0) -> None:
        hwm = _status("VmHWM")
        self.peak = max(self.peak, hwm)
        self.rows.append((what, count, time.process_time() - self.cpu, time.perf_counter() - self.wall,
                          self.rss, hwm))
        self._mark()

    def print(self) -> None:
        # Consecutive rows of the same kind are folded into one: their sums, the
        # first's resident set before, the largest peak.
        folded: list[list] = []
        for what, n, cpu, wall, rss, hwm in self.rows:
            if folded and folded[-1][0] == what:
                f = folded[-1]
                f[1] += 1
                f[2] += n
                f[3] += cpu
                f[4] += wall
                f[6] = max(f[6], hwm)
            else:
                folded.append([what, 1, n, cpu, wall, rss, hwm])
        print("| phase | calls | quads | CPU s | wall s | RSS before MiB | peak RSS MiB |")
        print("|---|---|---|---|---|---|---|")
        for what, calls, n, cpu, wall, rss, hwm in folded:
            print(f"| {what} | {calls} | {n:,} | {cpu:.1f} | {wall:.1f} | {rss / MIB:,.0f} | {hwm / MIB:,.0f} |")
        usage = resource.getrusage(resource.RUSAGE_SELF)
        workers = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(f"\nwhole build: peak RSS {self.peak / MIB:,.0f} MiB (ru_maxrss {usage.ru_maxrss / 1024:,.0f} MiB), "
              f"CPU {usage.ru_utime + usage.ru_stime:.0f} s; worker processes (reading and mapping the claims "
              f"files): CPU {workers.ru_utime + workers.ru_stime:.0f} s, the largest one's peak RSS "
              f"{workers.ru_maxrss / 1024:,.0f} MiB")


class _Counted:
    """An iterable of quads that counts what was taken from it."""

    def __init__(self, quads):
        self.quads, self.n = quads, 0

    def __iter__(self):
        for q in self.quads:
            self.n += 1
            yield q


class Timed:
    """The new store, with each bulk load, flush and optimize timed as a phase; every
    other attribute is the store's own."""

    def __init__(self, store: ox.Store, phases: Phases, summaries: list):
        self._store, self._phases, self._summaries = store, phases, summaries

    def __getattr__(self, name):
        return getattr(self._store, name)

    def __len__(self):
        return len(self._store)

    def bulk_extend(self, quads):
        # The summaries may come as a stream the loader reads while they are computed:
        # the row is then both.
        what = "summaries: computed and bulk-loaded" if self._summaries[0] else "bulk load"
        if not self._summaries[0]:
            self._phases.close("read and map claims files")
        counted = _Counted(quads)
        self._store.bulk_extend(counted)
        self._phases.close(what, counted.n)

    def bulk_load(self, input=None, format=None, **options):
        # The articles' quads, as N-Quads the build's workers wrote.
        self._phases.close("read and map claims files")
        self._store.bulk_load(input=input, format=format, **options)
        self._phases.close("bulk load", input.count(b"\n") if isinstance(input, bytes) else 0)

    def flush(self):
        self._store.flush()
        self._phases.close("flush")

    def optimize(self):
        self._store.optimize()
        self._phases.close("optimize")


def main(argv: list[str]) -> None:
    corpus, location = Path(argv[0]), Path(argv[1])
    trace = "--trace" in argv
    phases = Phases()
    in_summaries = [False]
    store_class = ox.Store

    class Shim:  # kg.store's view of pyoxigraph: the same, with the new store timed
        def __getattr__(self, name):
            return getattr(ox, name)

        @staticmethod
        def Store(path=None):
            return Timed(store_class(path), phases, in_summaries)

    kg.store.ox = Shim()
    kg.ingest.shape_errors = lambda *a, **k: []
    own = kg.summaries.all_summaries

    def all_summaries(store):
        in_summaries[0] = True  # before the loader reads the first summary
        return traced(store)

    def traced(store):
        if trace:
            tracemalloc.start()
        for q in own(store._store if isinstance(store, Timed) else store):
            yield q
        if trace:
            print(f"summaries: Python heap peak {tracemalloc.get_traced_memory()[1] / MIB:,.0f} MiB")
            for stat in tracemalloc.take_snapshot().statistics("lineno")[:8]:
                print("   ", stat)
            tracemalloc.stop()

    kg.summaries.all_summaries = all_summaries
    start = time.perf_counter()
    store, report = kg.ingest.build(location, corpus)
    phases.close("swap and reopen")
    store.close()
    print(f"{len(report.articles):,} articles, {report.claims:,} claims, {report.quads:,} quads; "
          f"{time.perf_counter() - start:.0f} s wall\n")
    phases.print()


if __name__ == "__main__":
    main(sys.argv[1:])
