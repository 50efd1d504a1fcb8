"""`kg extract` then `kg eval` over several corpus folders, summed per kind of fact.

Usage: python bench/eval_folders.py [--out DIR] [--per-folder] FOLDER [FOLDER ...]

Each FOLDER has the layout `kg build --corpus` reads (articles/, claims/,
entities.yaml). For each, the real CLI drafts its articles with its own registry
(``kg extract -q FOLDER/articles/* --corpus FOLDER -o DIR/NAME``) and scores the drafts
against its curated claims (``kg eval DIR/NAME --corpus FOLDER --json``). The counts of
every folder (drafted, matched, curated, found; see docs/evaluation.md) are added up
and printed as one table in `kg eval`'s columns, kinds sorted by facts missed
(curated minus found), then the overall line. With ``--per-folder`` the overall line of
each folder comes first.

Used for the newcomers' folders (``tests/data/newcomer-*-recount``): articles of kinds of
news the extractor's rules were not written from, curated by someone new to the format.

Exit status: 0, or 2 when a command fails (its standard error is shown).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

COUNTS = ("drafted", "matched", "curated", "found")


def _row(name: str, c: dict[str, int]) -> str:
    """One table line in `kg eval`'s columns: the counts, precision, recall and F1 ("-"
    where a count it divides by is 0)."""
    p = c["matched"] / c["drafted"] if c["drafted"] else None
    r = c["found"] / c["curated"] if c["curated"] else None
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    p_, r_, f_ = (f"{x:.2f}" if x is not None else "-" for x in (p, r, f1))
    return (f"{name:<22} {c['drafted']:>8} {c['matched']:>8} {c['curated']:>8} "
            f"{c['found']:>8} {p_:>10} {r_:>7} {f_:>5}")


def _run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(f"{' '.join(cmd)}\n{done.stderr}")
        raise SystemExit(2)
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    """Run the CLI over each folder named in `argv` and print the summed table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, help="where the drafts go (default: a temporary folder)")
    ap.add_argument("--per-folder", action="store_true", help="print each folder's overall line too")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-eval-folders-"))
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    overall = dict.fromkeys(COUNTS, 0)
    lines = []
    for folder in args.folders:
        drafts = out / folder.name
        articles = sorted(p for p in (folder / "articles").iterdir() if p.is_file())
        _run(["kg", "extract", "-q", *map(str, articles), "--corpus", str(folder), "-o", str(drafts)])
        scores = json.loads(_run(["kg", "eval", str(drafts), "--corpus", str(folder), "--json"]))
        for kind, counts in scores["kinds"].items():
            for key in COUNTS:
                kinds[kind][key] += counts[key]
        for key in COUNTS:
            overall[key] += scores["overall"][key]
        lines.append(_row(folder.name[:22], scores["overall"]))
    header = (f"{'kind':<22} {'drafted':>8} {'matched':>8} {'curated':>8} {'found':>8} "
              f"{'precision':>10} {'recall':>7} {'F1':>5}")
    if args.per_folder:
        print(header)
        print("\n".join(lines))
        print()
    print(header)
    print("-" * len(header))
    for kind, counts in sorted(kinds.items(), key=lambda kv: (kv[1]["found"] - kv[1]["curated"], kv[0])):
        print(_row(kind, counts))
    print("-" * len(header))
    print(_row("overall", overall))
    print(f"{len(args.folders)} folder(s); drafts in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
