"""Synthetic articles for the throughput benchmark: the sample and development texts
cut into runs of consecutive sentences and recombined, with a fixed seed, into new
articles of about the length asked for, each with a ``URL:`` / ``Date:`` / ``Title:``
header as ``kg extract`` reads it (:mod:`kg.extract.text`)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from kg.corpus import DEFAULT_CORPUS, load_articles

#: A sentence ends at . ! or ? (and a closing quote), before white space and a capital.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?[A-Z])")
#: Lines shorter than this (words) are page furniture or headlines, not prose.
MIN_WORDS = 6
#: Sentences taken together from one source, so that an article reads as runs of prose.
RUN = (2, 6)


@dataclass(frozen=True)
class Source:
    """One source article: its sentences (prose only) and publication date (ISO)."""

    id: str
    sentences: tuple[str, ...]
    published: str


def sources(corpora: tuple[Path, ...] = (DEFAULT_CORPUS, DEFAULT_CORPUS / "dev")) -> list[Source]:
    """The articles of ``corpora`` (folders with an ``articles.yaml``), cut into
    sentences, in id order. Raises :class:`kg.errors.InputError` for a corpus that
    does not read."""
    out = []
    for corpus in corpora:
        for aid, article in sorted(load_articles(corpus / "articles.yaml").items()):
            sentences = []
            for line in article.text.splitlines():
                if len(line.split()) >= MIN_WORDS:
                    sentences += [s.strip() for s in _SENTENCE_END.split(line) if len(s.split()) >= MIN_WORDS]
            published = article.published.isoformat() if article.published else "2025-01-01"
            out.append(Source(aid, tuple(sentences), published))
    return out


def compose(rng: random.Random, pool: list[Source], words: int) -> tuple[str, str]:
    """One article of at least ``words`` words (whitespace-separated) from runs of
    sentences of the sources in ``pool``: its text (paragraphs, one per run) and the
    publication date of its first run's source, against which its relative dates
    resolve."""
    paragraphs, count, published = [], 0, None
    while count < words:
        src = rng.choice(pool)
        size = rng.randint(*RUN)
        start = rng.randrange(max(1, len(src.sentences) - size + 1))
        run = []
        for sentence in src.sentences[start : start + size]:
            if count >= words:
                break  # the article ends with the sentence that reaches the length
            run.append(sentence)
            count += len(sentence.split())
        paragraphs.append(" ".join(run))
        published = published or src.published
    return "\n\n".join(paragraphs) + "\n", published


def generate(out_dir: Path, n: int = 1000, words: int = 500, seed: int = 20260101) -> list[Path]:
    """Write ``n`` articles of about ``words`` words into ``out_dir`` as
    ``bench-NNNN.txt`` (with a header) and return their paths. The same ``seed``
    gives byte-identical files."""
    rng = random.Random(seed)
    pool = [s for s in sources() if s.sentences]
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(1, n + 1):
        text, published = compose(rng, pool, words)
        path = out_dir / f"bench-{i:04d}.txt"
        header = f"URL: https://bench.example.org/articles/{i:04d}\nDate: {published}\nTitle: Benchmark article {i}\n\n"
        path.write_text(header + text, encoding="utf-8")
        paths.append(path)
    return paths
