"""Articles and their metadata: the sources every claim points back to."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from kg.errors import InputError
from kg.resources import DEFAULT_CORPUS  # noqa: F401 - the sample corpus (five articles), for callers

_FIELDS = {
    "id", "file", "url", "publisher", "published", "published_inferred",
    "published_basis", "original_source", "title", "sha256",
}


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known of its publication."""

    id: str
    path: Path
    text: str
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    published_basis: str | None = None
    original_source: str | None = None
    title: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class Mapping(dict):
    """A YAML mapping that remembers the line it starts on, for error messages."""

    line: int = 0


# libyaml's parser when the machine has it: claims files are parsed many times faster.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeBase):
    """Safe YAML with two changes: dates stay strings (so an impossible date is our
    error message, not a crash), and a key given twice is an error, not silently lost."""


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    mapping = Mapping()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} appears twice in one mapping", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path):
    """Parse a YAML file strictly, turning any problem into an :class:`InputError`
    that names the line."""
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.load(f, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        problem = getattr(e, "problem", None) or str(e)
        raise InputError(path, f"malformed YAML: {problem}", where) from None


def read_text(path: Path) -> str:
    """Read an article's text exactly as stored (no newline translation), so that
    code-point offsets agree with any other reader of the same bytes."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        raise InputError(path, "article text not found") from None
    except UnicodeDecodeError as e:
        raise InputError(path, f"article text is not UTF-8 ({e.reason} at byte {e.start})") from None


def _date(value, path, where) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(path, f"invalid date {value!r}: use YYYY-MM-DD, or null if unknown", where) from None


def article_from_entry(entry, base_dir: Path, source: Path, where: str) -> Article:
    """One article from its metadata mapping; ``file`` is relative to ``base_dir``."""
    if not isinstance(entry, dict) or "id" not in entry or "file" not in entry:
        raise InputError(source, "each article needs at least 'id' and 'file'", where)
    aid = str(entry["id"])
    where = f"article {aid}"
    unknown = set(entry) - _FIELDS
    if unknown:
        raise InputError(source, f"unknown field(s) {', '.join(sorted(unknown))}", where)
    if not aid.replace("_", "").replace("-", "").isalnum():
        raise InputError(source, "article id may hold only letters, digits, '_' and '-'", where)
    path = (base_dir / str(entry["file"])).resolve()
    text = read_text(path)
    expected = entry.get("sha256")
    if expected and hashlib.sha256(text.encode("utf-8")).hexdigest() != str(expected).lower():
        raise InputError(path, f"the text no longer matches the SHA-256 recorded in {source} "
                               "(quote offsets into a changed text cannot be trusted)", where)
    return Article(
        id=aid,
        path=path,
        text=text,
        url=entry.get("url"),
        publisher=entry.get("publisher"),
        published=_date(entry.get("published"), source, where),
        published_inferred=bool(entry.get("published_inferred", False)),
        published_basis=entry.get("published_basis"),
        original_source=entry.get("original_source"),
        title=entry.get("title"),
    )


def load_articles(metadata_path: Path) -> dict[str, Article]:
    """Read an ``articles.yaml`` file and the texts it names. Cached while the file is
    unchanged, since every claims file of a corpus looks its article up in it.

    >>> arts = load_articles(DEFAULT_CORPUS / "articles.yaml")
    >>> arts["000_0f2a5f001831298a"].text[:10]
    'In Moscow '
    """
    metadata_path = Path(metadata_path).resolve()
    try:
        stamp = metadata_path.stat().st_mtime_ns
    except OSError:
        stamp = None
    cached = _ARTICLES_CACHE.get(metadata_path)
    if cached and stamp is not None and cached[0] == stamp:
        return cached[1]
    data = load_yaml(metadata_path)
    if not isinstance(data, list):
        raise InputError(metadata_path, "expected a list of articles")
    articles: dict[str, Article] = {}
    for n, entry in enumerate(data, 1):
        article = article_from_entry(entry, metadata_path.parent, metadata_path, f"article #{n}")
        if article.id in articles:
            raise InputError(metadata_path, "duplicate article id", f"article {article.id}")
        articles[article.id] = article
    _ARTICLES_CACHE[metadata_path] = (stamp, articles)
    return articles


_ARTICLES_CACHE: dict[Path, tuple[int | None, dict[str, Article]]] = {}
