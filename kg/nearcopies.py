"""Near copies of an article's text: one text is one source, whether or not a space, a
line ending or a quotation mark differs.

Two tests, each refusing the later text and naming the earlier article:

- **the same text once normalised** (:func:`normalise`: Unicode NFC, typographic
  quotation marks, dashes and the ellipsis as their ASCII forms, any run of whitespace,
  line endings included, as one space): a re-saved page or a copy with one more space;
- **a resemblance of at least** :data:`RESEMBLANCE` between the sets of word
  5-shingles of the two texts (Broder's resemblance, the Jaccard coefficient of the
  shingle sets: A. Broder, "On the resemblance and containment of documents", 1997),
  estimated from MinHash signatures (:data:`NUM_PERM` slots, the ``rensa`` library's
  R-MinHash). A wire story republished with a sentence edited shares nearly all its
  shingles with the first; two stories on one event that quote the same paragraph, or a
  follow-up that repeats its first paragraph, share a small part of theirs.

Candidates are found with a locality-sensitive hashing index over the signatures
(:data:`BANDS` bands of :data:`ROWS` slots; Leskovec, Rajaraman, Ullman, *Mining of
Massive Datasets*, ch. 3.4): a text is compared only with the articles sharing one band
with it, never with every text. Kept in SQLite (:class:`NearCopyIndex`), a look-up is a
few indexed reads whatever the number of articles. The index beside a store
(``.NAME.near-copies.sqlite``, :func:`store_index`) is made from the store's own texts and
kept in step with it: removing it is always safe.
"""

from __future__ import annotations

import contextlib

import hashlib
import re
import sqlite3
import struct
import unicodedata
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

#: Words to a shingle: Broder's choice for web pages, the usual one for news-length texts.
SHINGLE = 5
#: MinHash slots per signature: the standard error of the estimate at a resemblance of
#: 0.9 is sqrt(0.9 * 0.1 / 128), about 0.027.
NUM_PERM = 128
#: The hash functions' seed: signatures of one seed only are comparable.
SEED = 20261207
#: The resemblance from which a text is a near copy of another: the bar of web-crawl
#: near-duplicate detection (Broder 1997; Manning, Raghavan, Schütze, *Introduction to
#: Information Retrieval*, 19.6). A 500-word article with one sentence of 20 words
#: rewritten keeps about 0.91; two stories sharing a quoted paragraph stay far below.
RESEMBLANCE = 0.9
#: LSH bands and slots per band (BANDS * ROWS == NUM_PERM): two texts of resemblance s
#: share a band with probability 1 - (1 - s**ROWS)**BANDS: 0.9999 at s = 0.9, 0.06 at 0.5.
BANDS, ROWS = 16, 8

#: Typographic characters and their plain forms (Unicode General Punctuation).
_PLAIN = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "\u2026": "...", "\u00ad": None, "\u200b": None, "\ufeff": None,
})
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """``text`` as two copies of one article share it: Unicode NFC, typographic quotation
    marks, dashes and the ellipsis in their ASCII forms, soft hyphens and zero-width
    spaces dropped, and every run of whitespace (line endings, no-break spaces) one space.

    >>> normalise("\u201cNo,\u201d she said \u2014\\r\\n  twice\u2026")
    '"No," she said - twice...'
    """
    return " ".join(unicodedata.normalize("NFC", text).translate(_PLAIN).split())


def shingles(text: str) -> set[str]:
    """The word :data:`SHINGLE`-shingles of ``text`` (case-folded words of letters and
    digits, once :func:`normalise`\\ d); a shorter text is one shingle of all its words.

    >>> sorted(shingles("One two three four five six."))
    ['one two three four five', 'two three four five six']
    """
    words = _WORD.findall(normalise(text).casefold())
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


@dataclass(frozen=True)
class Signed:
    """What the index keeps of a text: ``normal`` the hex SHA-256 of its
    :func:`normalise`\\ d form (UTF-8), ``signature`` its :data:`NUM_PERM` MinHash
    values (unsigned 32-bit integers) over its :func:`shingles`."""

    normal: str
    signature: tuple[int, ...]


def sign(text: str) -> Signed:
    """The :class:`Signed` form of ``text`` (R-MinHash, ``rensa``, :data:`SEED`)."""
    from rensa import RMinHash

    m = RMinHash(num_perm=NUM_PERM, seed=SEED)
    m.update(sorted(shingles(text)))
    return Signed(hashlib.sha256(normalise(text).encode("utf-8")).hexdigest(), tuple(m.digest()))


def resemblance(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """The estimated resemblance (0 to 1) of two texts from their signatures: the share
    of MinHash slots that agree, an unbiased estimate of the shingle sets' Jaccard
    coefficient (Broder 1997)."""
    return sum(x == y for x, y in zip(a, b)) / len(a)


@dataclass(frozen=True)
class Match:
    """The earlier article a text copies: its id, and the resemblance of the two (1.0
    and ``identical`` when they are the same text once normalised)."""

    article: str
    resemblance: float
    identical: bool
    sha256: str = ""  # the earlier text's SHA-256, as indexed

    def describe(self) -> str:
        """In words, for a refusal: what was found of the text and the earlier article."""
        if self.identical:
            return (f"is the text of article {self.article!r} but for spacing, line endings, quotation marks or "
                    "dashes (the same words once normalised)")
        return (f"is a near copy of article {self.article!r}: {self.resemblance:.0%} of their word 5-shingles "
                f"are shared (resemblance estimated from MinHash signatures; a near copy from "
                f"{RESEMBLANCE:.0%})")


#: What the index file's signatures depend on: another value makes them incomparable,
#: and the index is made again.
_KEY = f"rensa-rminhash-{NUM_PERM}-{SEED}/shingle-{SHINGLE}/bands-{BANDS}x{ROWS}/normalise-1"


def _algorithm() -> str:
    from rensa import RMinHash

    return f"{_KEY}/algorithm-{getattr(RMinHash, 'ALGORITHM_VERSION', '?')}"


class NearCopyIndex:
    """The signatures of a set of articles, with an LSH index over them, in SQLite
    (a file, or memory with ``path`` None). Tables: ``text`` (article id, the text's
    SHA-256, :attr:`Signed.normal`, the signature as 4-byte little-endian words) and
    ``band`` (a band's number and values as one key, the article id)."""

    def __init__(self, path: Path | None = None):
        self.path = path
        self.db = sqlite3.connect(str(path) if path is not None else ":memory:", timeout=30, isolation_level=None)
        self.db.executescript(
            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE IF NOT EXISTS text(article TEXT PRIMARY KEY, sha256 TEXT, normal TEXT, signature BLOB);"
            "CREATE INDEX IF NOT EXISTS text_normal ON text(normal);"
            "CREATE TABLE IF NOT EXISTS band(key BLOB, article TEXT);"
            "CREATE INDEX IF NOT EXISTS band_key ON band(key);"
            "CREATE INDEX IF NOT EXISTS band_article ON band(article);")
        key = self.db.execute("SELECT value FROM meta WHERE key = 'algorithm'").fetchone()
        if key is None or key[0] != _algorithm():
            self.db.executescript("BEGIN; DELETE FROM text; DELETE FROM band; COMMIT;")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('algorithm', ?)", (_algorithm(),))

    @staticmethod
    def _bands(signature: tuple[int, ...]) -> list[bytes]:
        return [bytes([b]) + struct.pack(f"<{ROWS}I", *signature[b * ROWS:(b + 1) * ROWS]) for b in range(BANDS)]

    def articles(self) -> dict[str, str]:
        """The indexed articles: id -> SHA-256 of the text."""
        return dict(self.db.execute("SELECT article, sha256 FROM text"))

    def add(self, article: str, sha256: str, signed: Signed) -> None:
        """Index ``article`` (replacing what was indexed under its id)."""
        self.add_all([(article, sha256, signed)])

    def add_all(self, items) -> None:
        """Index each ``(article, sha256, signed)`` of ``items`` (an iterable), in one
        transaction: one write to disk for many articles."""
        with self._transaction():
            for article, sha256, signed in items:
                self._remove(article)
                self.db.execute("INSERT INTO text VALUES (?, ?, ?, ?)",
                                (article, sha256, signed.normal, struct.pack(f"<{NUM_PERM}I", *signed.signature)))
                self.db.executemany("INSERT INTO band VALUES (?, ?)",
                                    ((k, article) for k in self._bands(signed.signature)))

    def remove(self, articles: list[str]) -> None:
        """Drop ``articles`` from the index, in one transaction."""
        with self._transaction():
            for a in articles:
                self._remove(a)

    @contextlib.contextmanager
    def _transaction(self):
        """One transaction around the block: committed at its end, rolled back if it raises."""
        self.db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _remove(self, article: str) -> None:
        self.db.execute("DELETE FROM text WHERE article = ?", (article,))
        self.db.execute("DELETE FROM band WHERE article = ?", (article,))

    def match(self, signed: Signed, exclude: set[str] = frozenset()) -> Match | None:
        """The indexed article (not one of ``exclude``) ``signed`` copies: one with the
        same normalised text (its exact copy too: the caller tells them by :attr:`Match.sha256`), else the most resembling of those sharing an LSH band with
        it whose resemblance is at least :data:`RESEMBLANCE` (ties: the smaller id);
        None when there is none."""
        for article, sha in self.db.execute("SELECT article, sha256 FROM text WHERE normal = ? ORDER BY article",
                                            (signed.normal,)):
            if article not in exclude:
                return Match(article, 1.0, True, sha)
        keys = self._bands(signed.signature)
        rows = self.db.execute(
            f"SELECT article, signature, sha256 FROM text WHERE article IN "
            f"(SELECT article FROM band WHERE key IN ({','.join('?' * len(keys))})) ORDER BY article", keys)
        best = None
        for article, blob, sha in rows:
            if article in exclude:
                continue
            r = resemblance(signed.signature, struct.unpack(f"<{NUM_PERM}I", blob))
            if r >= RESEMBLANCE and (best is None or r > best.resemblance):
                best = Match(article, r, False, sha)
        return best

    def save(self, path: Path) -> None:
        """Copy the index to the file ``path`` (replaced at once: written beside it, then renamed)."""
        tmp = path.with_name(path.name + ".tmp")
        tmp.unlink(missing_ok=True)
        out = sqlite3.connect(str(tmp))
        with out:
            self.db.backup(out)
        out.close()
        tmp.replace(path)

    def close(self) -> None:
        """Close the index's database connection."""
        self.db.close()


def store_index(store) -> NearCopyIndex:
    """The index of the articles of ``store`` (a :class:`kg.store.GraphStore`), kept beside
    it (``.NAME.near-copies.sqlite``; in memory for a store in memory, or where the file
    cannot be read or written), brought in step with the store first: articles gone or
    of another text dropped, articles not yet indexed signed from the text the store
    holds (``gkg:articleText``). Listing the store's articles reads one triple each;
    only the articles that changed are signed."""
    path = store.kept("near-copies.sqlite")
    if path is not None:
        index = None
        try:
            index = NearCopyIndex(path)
            _in_step(index, store)
            return index
        except sqlite3.Error:  # a read-only or damaged file costs the signing, nothing else
            if index is not None:
                index.close()
    index = NearCopyIndex(None)
    _in_step(index, store)
    return index


def _in_step(index: NearCopyIndex, store) -> None:
    import pyoxigraph as ox

    from kg.namespaces import GKG, article_graph

    prefix = article_graph("").value
    stored = {q.graph_name.value.removeprefix(prefix): (q.graph_name, q.object.value)
              for q in store.store.quads_for_pattern(None, ox.NamedNode(GKG + "textSha256"), None, None)
              if isinstance(q.graph_name, ox.NamedNode)}
    indexed = index.articles()
    gone = [a for a, sha in indexed.items() if a not in stored or stored[a][1] != sha]
    if gone:
        index.remove(gone)
    text = ox.NamedNode(GKG + "articleText")
    index.add_all((a, sha, sign(q.object.value)) for a, (graph, sha) in stored.items() if indexed.get(a) != sha
                  for q in islice(store.store.quads_for_pattern(None, text, None, graph), 1))
