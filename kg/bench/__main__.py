"""The extraction benchmark: throughput of ``kg extract`` beside its peer, and the
evaluation figures, as one report (figures, not assertions).

    python -m kg.bench                       # 1,000 articles of ~500 words, seed 20260101
    python -m kg.bench --articles 200 --words 500 --seed 7 --keep /tmp/bench

1. Generates the articles (:mod:`kg.bench.generate`).
2. Runs the real ``kg extract`` over all of them in one process (the engine's batch
   path, ``nlp.pipe``), and the peer (:mod:`kg.bench.peer`: spaCy's bare
   ``nlp.pipe`` with the same model over the same texts, in as many processes as the
   engine uses), each as a child process timed from start to exit (wall clock,
   seconds, interpreter start and model load included), with its memory (see
   :class:`Run`).
3. Drafts the sample corpus and the development set with ``kg extract`` and scores
   them with ``kg eval`` against their curated claims.

Prints articles/s, words/s (words = whitespace-separated, header excluded), the ratio
of the engine's time to the peer's, peak memory in MiB, and a Markdown table for the
README.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


from kg.bench.generate import generate
from kg.bench.scale import tree_memory
from kg.corpus import DEFAULT_CORPUS
from kg.extract.drafts import PARALLEL_FROM
from kg.extract.text import read_source


@dataclass
class Run:
    """A finished child process: wall-clock ``seconds``; ``peak_rss``, the peak
    resident memory of its largest process in bytes (``ru_maxrss`` from ``wait4``:
    the child or a worker it forked); ``peak_pss``, the peak of the proportional set
    size summed over the child and its workers (pages they share counted once),
    sampled every :data:`SAMPLE` seconds; ``cpu_seconds``, the processor time (user and
    system) of the child and the workers it waited for (from ``wait4``), which other
    work on the machine does not inflate as it does the wall clock; exit code; and
    its output."""

    seconds: float
    cpu_seconds: float
    peak_rss: int
    peak_pss: int
    returncode: int
    stdout: str
    stderr: str


#: Seconds between two looks at a running child (its exit is seen at most this late).
POLL = 0.05
#: Seconds between two samples of its memory (reading smaps costs a few milliseconds).
SAMPLE = 0.5


def run(args: list[str], scratch: Path) -> Run:
    """Run ``python args…`` as a child process and measure it (see :class:`Run`).
    Output goes through files, so that a child that writes much cannot block on a
    full pipe."""
    out, err = scratch / "stdout", scratch / "stderr"
    peak_pss, last_sample = 0, 0.0
    with out.open("w") as o, err.open("w") as e:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], stdout=o, stderr=e)
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            now = time.perf_counter()
            if pid:
                break
            if now - last_sample >= SAMPLE:
                peak_pss, last_sample = max(peak_pss, tree_memory(child.pid, proportional=True)), now
            time.sleep(POLL)
        seconds = now - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, peak_pss, child.returncode,
               out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"))


def _warnings(stderr: str) -> int:
    return sum(1 for line in stderr.splitlines() if line.startswith("Warning:"))


def _errors(stderr: str) -> int:
    return sum(1 for line in stderr.splitlines() if line.startswith("Error:"))


def throughput(n: int, words: int, seed: int, work: Path) -> dict:
    """Generate ``n`` articles into ``work`` and time ``kg extract`` and the peer
    over them; the figures as a dict."""
    articles = work / "articles"
    paths = generate(articles, n, words, seed)
    # Other work on the machine slows both runs: the load says how much there was.
    load_before = os.getloadavg()[0]
    total_words = sum(len(read_source(p).text.split()) for p in paths)
    extract = run(["-m", "kg.cli", "extract", *map(str, paths), "-o", str(work / "drafts"), "-q"], work)
    # The peer gets as many processes as kg extract spreads this many articles over.
    processes = min(os.cpu_count() or 1, n) if n >= PARALLEL_FROM else 1
    peer = run(["-m", "kg.bench.peer", str(articles), str(processes)], work)
    if peer.returncode != 0:
        raise SystemExit(f"the peer failed: {peer.stderr.strip()}")
    drafted = len(list((work / "drafts").glob("*.yaml")))
    return {
        "articles": n, "words": total_words, "seed": seed, "cores": os.cpu_count(),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],  # 1-minute, before and after
        "processes": processes,
        "extract": {"seconds": round(extract.seconds, 2), "cpu_seconds": round(extract.cpu_seconds, 2),
                    "peak_rss_mib": round(extract.peak_rss / 2**20),
                    "peak_pss_mib": round(extract.peak_pss / 2**20),
                    "exit": extract.returncode, "drafted_files": drafted,
                    "refused_articles": _errors(extract.stderr), "dropped": _warnings(extract.stderr)},
        "peer": {"seconds": round(peer.seconds, 2), "cpu_seconds": round(peer.cpu_seconds, 2),
                 "peak_rss_mib": round(peer.peak_rss / 2**20),
                 "peak_pss_mib": round(peer.peak_pss / 2**20)},
        "ratio": round(extract.seconds / peer.seconds, 2),
        "cpu_ratio": round(extract.cpu_seconds / peer.cpu_seconds, 2),
    }


#: The sets :func:`evaluation` drafts and scores: name -> corpus folder.
EVAL_SETS = {"sample": DEFAULT_CORPUS, "dev": DEFAULT_CORPUS / "dev"}


def evaluation(work: Path, names: list[str] | None = None) -> dict:
    """Draft the sets ``names`` (keys of :data:`EVAL_SETS`; default: all, the sample
    corpus and the development set) with ``kg extract`` and score the drafts with
    ``kg eval``; per set: the figures of ``kg eval --json`` (overall and accuracies)
    and the drafts dropped or refused. Raises ``SystemExit`` when ``kg eval`` fails."""
    out = {}
    for name in names or list(EVAL_SETS):
        corpus = EVAL_SETS[name]
        registry = ["--corpus", str(corpus)]
        drafts = work / f"eval-{name}"
        texts = sorted((corpus / "articles").glob("*.txt"))
        extract = run(["-m", "kg.cli", "extract", *map(str, texts), "-o", str(drafts), "-q", *registry], work)
        score = run(["-m", "kg.cli", "eval", str(drafts), "--gold", str(corpus / "claims"),
                     "--entities", str(corpus / "entities.yaml"), "--json"], work)
        if score.returncode != 0:
            raise SystemExit(f"kg eval failed on the {name} drafts: {score.stderr.strip()}")
        result = json.loads(score.stdout)
        out[name] = {"articles": len(texts), **result["overall"],
                     **{k: result[k]["accuracy"] for k in ("speaker", "modality", "date")},
                     "refused_articles": _errors(extract.stderr), "dropped": _warnings(extract.stderr)}
    return out


def _f(x) -> str:
    return "-" if x is None else f"{x:.2f}"


def report(t: dict | None, e: dict | None) -> str:
    """The figures for people, then as the README's Markdown table."""
    lines = []
    if t:
        x, p = t["extract"], t["peer"]
        lines += [
            f"Throughput: {t['articles']} articles, {t['words']:,} words (seed {t['seed']}), {t['cores']} cores, "
            f"load average {t['load_average'][0]:.1f} before, {t['load_average'][1]:.1f} after",
            f"{'':16}{'seconds':>9}{'CPU s':>8}{'articles/s':>12}{'words/s':>10}{'largest MiB':>13}{'all MiB':>9}",
            f"{'kg extract':16}{x['seconds']:>9.1f}{x['cpu_seconds']:>8.1f}{t['articles'] / x['seconds']:>12.1f}"
            f"{t['words'] / x['seconds']:>10,.0f}{x['peak_rss_mib']:>13}{x['peak_pss_mib']:>9}",
            f"{'spaCy nlp.pipe':16}{p['seconds']:>9.1f}{p['cpu_seconds']:>8.1f}{t['articles'] / p['seconds']:>12.1f}"
            f"{t['words'] / p['seconds']:>10,.0f}{p['peak_rss_mib']:>13}{p['peak_pss_mib']:>9}",
            f"(both in {t['processes']} process(es); memory: peak RSS of the largest process, and peak PSS "
            "summed over all, shared pages counted once)",
            f"kg extract / spaCy nlp.pipe: {t['ratio']:.2f}x the time, {t['cpu_ratio']:.2f}x the CPU time "
            f"(CPU s: user and system time of all processes; divided by the cores, the least wall time "
            f"the machine could give it); drafted {x['drafted_files']} files "
            f"(exit {x['exit']}), {x['refused_articles']} articles refused, {x['dropped']} claims or entities dropped",
            "",
        ]
    if e:
        lines.append(f"{'set':8}{'articles':>9}{'drafted':>8}{'curated':>8}{'matched':>8}{'P':>6}{'R':>6}{'F1':>6}"
                     f"{'speaker':>8}{'modality':>9}{'date':>6}{'dropped':>8}")
        for name, s in e.items():
            lines.append(f"{name:8}{s['articles']:>9}{s['drafted']:>8}{s['curated']:>8}{s['matched']:>8}"
                         f"{_f(s['precision']):>6}{_f(s['recall']):>6}{_f(s['f1']):>6}{_f(s['speaker']):>8}"
                         f"{_f(s['modality']):>9}{_f(s['date']):>6}{s['dropped'] + s['refused_articles']:>8}")
        lines.append("")
    lines += ["| measure | figure | target |", "|---|---|---|"]
    targets = {"sample": ("0.9", "0.75"), "dev": ("0.8", "0.6")}
    for name, s in (e or {}).items():
        tp, tr = targets[name]
        label = "sample corpus" if name == "sample" else "development set"
        lines.append(f"| {label} ({s['articles']} articles): precision / recall / F1 | {_f(s['precision'])} / "
                     f"{_f(s['recall'])} / {_f(s['f1'])} ({s['matched']} of {s['drafted']} drafted, "
                     f"{s['matched']} of {s['curated']} curated facts) | P ≥ {tp}, R ≥ {tr} |")
        lines.append(f"| {label}: speaker / modality / date accuracy on matched facts | {_f(s['speaker'])} / "
                     f"{_f(s['modality'])} / {_f(s['date'])} | |")
    if e:
        dropped = sum(s["dropped"] + s["refused_articles"] for s in e.values())
        lines.append(f"| refused drafts (claims or entities the reader or the shapes refused, articles refused) | {dropped} | 0 |")
    if t:
        x = t["extract"]
        lines.append(f"| throughput, {t['articles']} articles of ~{round(t['words'] / t['articles'])} words | "
                     f"{x['seconds']:.0f} s ({t['articles'] / x['seconds']:.1f} articles/s, "
                     f"{t['words'] / x['seconds']:,.0f} words/s, {t['processes']} processes, peak "
                     f"{x['peak_pss_mib']} MiB in all; {x['cpu_seconds']:.0f} CPU s); spaCy's bare nlp.pipe "
                     f"{t['peer']['seconds']:.0f} s, {t['peer']['cpu_seconds']:.0f} CPU s (kg extract takes "
                     f"{t['ratio']:.2f}x its time, {t['cpu_ratio']:.2f}x its CPU time) | under 120 s |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles to generate (default 1000)")
    parser.add_argument("--words", type=int, default=500, help="words per article, at least (default 500)")
    parser.add_argument("--seed", type=int, default=20260101, help="seed of the generator (default 20260101)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the articles and drafts in this folder")
    parser.add_argument("--no-eval", action="store_true", help="throughput only")
    parser.add_argument("--no-throughput", action="store_true", help="evaluation figures only")
    parser.add_argument("--eval-set", action="append", choices=list(EVAL_SETS), dest="eval_sets",
                        help="evaluate only this set (repeatable; default: all)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        t = None if args.no_throughput else throughput(args.articles, args.words, args.seed, work)
        e = None if args.no_eval else evaluation(work, args.eval_sets)
    print(json.dumps({"throughput": t, "evaluation": e}, indent=2) if args.json else report(t, e))
    return 0


if __name__ == "__main__":
    sys.exit(main())
