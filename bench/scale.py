"""How the pipeline scales: builds a synthetic corpus of N articles (copies of the five
sample articles with their claims, under new ids, so every fact is corroborated N/5
times) and prints the time and peak memory of each stage.

    python bench/scale.py 50 500

Figures, not assertions: performance targets are checked by reading this output.
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.corpus import DEFAULT_CORPUS  # noqa: E402
from kg.export import export  # noqa: E402
from kg.ingest import build  # noqa: E402
from kg.stats import stats  # noqa: E402
from kg.validate import check_quotes, check_shapes  # noqa: E402


def synthetic_corpus(n: int, dest: Path) -> None:
    (dest / "claims").mkdir(parents=True)
    shutil.copytree(DEFAULT_CORPUS / "articles", dest / "articles")
    shutil.copy(DEFAULT_CORPUS / "entities.yaml", dest / "entities.yaml")
    meta = yaml.safe_load((DEFAULT_CORPUS / "articles.yaml").read_text(encoding="utf-8"))
    out = []
    for i in range(n):
        base = meta[i % len(meta)]
        new_id = f"{i:06d}_{base['id'].split('_', 1)[1]}"
        out.append({**base, "id": new_id})
        text = (DEFAULT_CORPUS / "claims" / f"{base['id']}.yaml").read_text(encoding="utf-8")
        (dest / "claims" / f"{new_id}.yaml").write_text(text.replace(base["id"], new_id, 1), encoding="utf-8")
    (dest / "articles.yaml").write_text(yaml.safe_dump(out, allow_unicode=True), encoding="utf-8")


def timed(label, fn):
    t = time.perf_counter()
    result = fn()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {label:<28} {time.perf_counter() - t:8.2f} s   peak RSS {rss:7.0f} MB", flush=True)
    return result


def main(sizes: list[int]) -> None:
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            synthetic_corpus(n, tmp / "corpus")
            print(f"{n} articles")
            store, report = timed("build (parse, map, write)", lambda: build(tmp / "store", tmp / "corpus"))
            print(f"  {'':<28} {report.claims} claims, {store.count()} quads")
            timed("stats (4 GROUP BY queries)", lambda: stats(store))
            timed("quote check", lambda: check_quotes(store))
            timed("export turtle", lambda: export(store, "turtle"))
            timed("export nquads", lambda: export(store, "nquads"))
            if n <= 100:
                timed("SHACL (pySHACL)", lambda: check_shapes(store))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [5, 50])
