"""How fast the evidence browser answers: builds a synthetic corpus of N articles (the
sample articles copied under new ids, see bench/scale.py: every fact is reported N/5
times) and prints the time to render each kind of page, first and second time (the
first includes compiling its template). Pages are rendered in-process over the store,
as kg serve renders them.

    python bench/browse.py 5 500

Figures, not assertions: the targets (200 ms on the sample corpus, 1 s at 10,000
articles) are checked by reading this output.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scale import synthetic_corpus  # noqa: E402

from kg.browse.pages import Site  # noqa: E402
from kg.ingest import build  # noqa: E402
from kg.output import solutions  # noqa: E402


#: Above this many articles the canned query page is left out: it takes as long as the
#: query itself (the meetings query, about 20 s at 50 articles here), which is the
#: catalog's cost, not the page's.
QUERY_PAGE_UP_TO = 50


def pages(first_article: str, n: int) -> list[str]:
    out = ["index", "entity/min-aung-hlaing", "timeline/min-aung-hlaing", "network", "network/min-aung-hlaing",
           "fact/talks-putin-min-aung-hlaing-2025-03-04", f"article/{first_article}", "queries"]
    return out + (["query/meetings"] if n <= QUERY_PAGE_UP_TO else [])


def main(sizes: list[int]) -> None:
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            synthetic_corpus(n, tmp / "corpus")
            store, report = build(tmp / "store", tmp / "corpus")
            print(f"{n} articles, {report.claims} claims, {store.count()} quads")
            site = Site(lambda text: solutions(store.query(text, prefixes=False)), editor="/")
            first = min(store.article_ids())
            for path in pages(first, n):
                params = {"person": "Min Aung Hlaing"} if path.startswith("query/") else {}
                times, size = [], 0
                for _ in range(2):
                    started = time.perf_counter()
                    size = len(site.render(path, params).encode("utf-8"))
                    times.append((time.perf_counter() - started) * 1000)
                print(f"  {path.replace(first, 'ARTICLE'):<48} {times[0]:8.0f} ms first, {times[1]:8.0f} ms then"
                      f"   {size / 1024:8.0f} KiB", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [5])
