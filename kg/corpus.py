"""Articles and their metadata: the sources every claim points back to; and the strict
YAML reader that every input file of the corpus goes through.

YAML is parsed by libyaml (through PyYAML) and read with the YAML 1.2 core schema (YAML 1.2.2, section 10.3.2), never the
1.1 coercions: ``012`` is the integer 12, ``no`` and ``NO`` are text, ``1:30`` is text,
and dates stay text so that our own checks can refuse a bad one by name. Every value
is then checked for the type its field takes, and every message names the file and
the line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from yaml.composer import Composer
from yaml.error import MarkedYAMLError, YAMLError
from yaml.events import (AliasEvent, DocumentEndEvent, MappingEndEvent, MappingStartEvent, ScalarEvent,
                         SequenceEndEvent, SequenceStartEvent, StreamEndEvent)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

try:  # libyaml's parser (C), bundled in PyYAML's wheels: about 13x faster than a pure-Python one
    from yaml.cyaml import CParser as _EventParser
except ImportError:  # PyYAML built without libyaml: the same events from its own parser
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _EventParser(Reader, Scanner, Parser):
        def __init__(self, stream):
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)

from kg.errors import InputError, brief
from kg.namespaces import ARTICLE, GRAPH, reserved_names
from kg.resources import DEFAULT_CORPUS  # noqa: F401 - the sample corpus (five articles), for callers

#: Largest article text accepted, in bytes of UTF-8 (4 MiB: some 700,000 words, far
#: beyond any news article). Validation and the reasoner stay within minutes below it.
MAX_TEXT_BYTES = 4 * 2**20
#: Largest YAML file accepted (articles.yaml, entities.yaml, a claims file), in bytes.
MAX_YAML_BYTES = 16 * 2**20
#: Nodes that aliases (``*name``) may add to a YAML document beyond those written in
#: it: an "alias bomb" of nested aliases would otherwise expand to billions of nodes.
MAX_ALIAS_NODES = 10_000
#: Deepest nesting of mappings and lists in a YAML file.
MAX_YAML_DEPTH = 64

_FIELDS = {
    "id", "file", "url", "publisher", "published", "published_inferred",
    "published_basis", "original_source", "title", "sha256", "dateline", "author", "separate_source",
}
_ARTICLE_ID = re.compile(r"^[A-Za-z0-9_-]+$")
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BOM = "\ufeff"

#: An HTML page: by its file's suffix, or by how its text starts (after comments).
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)

#: A page's own statement of its encoding, looked for where a browser's prescan looks
#: (the first 1,024 bytes; WHATWG HTML, "prescan a byte stream to determine its
#: encoding"): ``<meta charset="...">``, ``<meta http-equiv="Content-Type"
#: content="text/html; charset=...">`` (the HTTP header's equivalent in the page) or an
#: XML declaration's ``encoding="..."``.
_DECLARED_CHARSET = re.compile(rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)"
                               rb"|<\?xml\s[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.IGNORECASE)
#: Encodings a label found by the prescan stands for another one (WHATWG HTML, "prescan a
#: byte stream to determine its encoding", step "get an attribute"): a UTF-16 label in a
#: meta tag (which only ASCII-compatible bytes can hold) means UTF-8, x-user-defined
#: means windows-1252. Keyed by the WHATWG encoding's name.
_PRESCAN_OVERRIDES = {"utf-16le": "utf-8", "utf-16be": "utf-8", "x-user-defined": "cp1252"}


def declared_charset(data: bytes) -> tuple[str, str] | None:
    """The encoding the HTML page ``data`` (its bytes) declares in its first 1,024 bytes
    (:data:`_DECLARED_CHARSET`), as (the label written, Python's codec for the encoding
    that label stands for in the WHATWG Encoding Standard's label table, through
    ``webencodings.lookup``, as a browser reads it); None for a page that declares none,
    a label that is not a WHATWG label (a Python codec name such as ``latin-1``, ``hex``
    or ``unicode_escape`` is not read as one) or the WHATWG "replacement" encoding.

    >>> declared_charset(b'<html><head><meta charset="ISO-8859-1"><title>x</title>')
    ('ISO-8859-1', 'cp1252')
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
    ('koi8-r', 'koi8-r')
    >>> declared_charset(b'<meta charset="latin-1">') is None
    True
    >>> declared_charset(b'<html><body>charset=latin1</body>') is None
    True
    """
    import codecs

    import webencodings

    found = _DECLARED_CHARSET.search(data[:1024])
    if not found:
        return None
    label = (found.group(1) or found.group(2)).decode("ascii")
    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name == "replacement":
        return None
    codec = _PRESCAN_OVERRIDES.get(encoding.name, encoding.codec_info.name)
    try:
        return label, codecs.lookup(codec).name
    except LookupError:  # a WHATWG encoding this Python has no codec for
        return None


def is_html(path: Path, text: str) -> bool:
    """Whether the file at ``path``, whose text (or its first 4,096 code points; bytes
    decoded as Latin-1 will do) is ``text``, is an HTML page: by its suffix
    (:data:`HTML_SUFFIXES`) or by a start such as ``<!DOCTYPE html>`` or ``<html>``
    (:data:`HTML_START`)."""
    return Path(path).suffix.lower() in HTML_SUFFIXES or HTML_START.match(text[:4096]) is not None


#: Characters that XML 1.0 (section 2.2, production [2] Char) does not allow, and
#: with it the OWL tools behind ``kg validate``: C0 controls other than tab, line feed
#: and carriage return, surrogates, U+FFFE and U+FFFF.
_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known of its publication.

    ``text`` is the file's text without a leading byte-order mark (U+FEFF): quote
    offsets count Unicode code points from the first character after it. ``sha256`` is
    the hex SHA-256 of the file's bytes as stored (BOM included)."""

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
    sha256: str = ""
    dateline: str | None = None  # the place the report was filed from, as its dateline names it
    author: tuple[str, ...] = ()  # the names its byline gives ("By Mira Solberg")
    #: An analyst checked that this text, a near copy of another article's (a syndicated
    #: story), comes from another outlet: a source of its own (kg.nearcopies).
    separate_source: bool = False


class Mapping(dict):
    """A YAML mapping that remembers where it is, for error messages: ``line`` is the
    1-based line it starts on, ``lines`` the line of each key's value."""

    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines: dict = {}

    def line_of(self, key) -> int:
        """The line of ``key``'s value, or of the mapping when the key is absent."""
        return self.lines.get(key, self.line)


class Sequence(list):
    """A YAML list that remembers the 1-based line it starts on and that of each item."""

    line: int = 0

    def __init__(self, *args):
        super().__init__(*args)
        self.lines: list[int] = []


def line_of(value, key=None) -> int | None:
    """The line a value read by :func:`load_yaml` sits on (of ``key``'s value, when
    ``key`` is given and ``value`` is a mapping), or None for plain values."""
    if isinstance(value, Mapping) and key is not None:
        return value.line_of(key)
    return getattr(value, "line", None)


# -- YAML 1.2 core schema ---------------------------------------------------------------

_CORE = "tag:yaml.org,2002:"
_PLAIN = "tag:geopolitics-kg.local,2026:plain"  # an untagged plain scalar, resolved below
# YAML 1.2.2, section 10.3.2, "Tag Resolution" of the core schema.
_NULL = re.compile(r"null|Null|NULL|~|")
_BOOL = re.compile(r"true|True|TRUE|false|False|FALSE")
_INT10 = re.compile(r"[-+]?[0-9]+")
_INT8 = re.compile(r"0o[0-7]+")
_INT16 = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?(\.inf|\.Inf|\.INF)")
_NAN = re.compile(r"\.nan|\.NaN|\.NAN")
#: The first characters of every plain value the patterns above match (and the empty null).
_NOT_STR_FIRST = frozenset("nNtTfF~-+.0123456789")
_MAX_DIGITS = 4000  # Python refuses to convert longer integers (sys.int_info)


class _Composer(_EventParser, Composer, BaseResolver):
    """PyYAML's composer over libyaml's events, with three changes for the YAML 1.2 core
    schema and for hostile input: every untagged plain scalar is left for
    :class:`_Builder` to resolve (PyYAML's resolver follows YAML 1.1: ``no`` is false,
    ``012`` octal); the non-specific tag ``!`` makes a scalar a string (YAML 1.2.2,
    section 6.9.1), where libyaml treats it as untagged; and nesting deeper than
    :data:`MAX_YAML_DEPTH` is refused before the recursion goes on."""

    get_single_node = Composer.get_single_node  # CParser has its own, which bypasses the changes

    def __init__(self, text: str):
        _EventParser.__init__(self, text)
        Composer.__init__(self)
        BaseResolver.__init__(self)
        self.depth = 0
        self.anchor_names: dict[int, str] = {}  # id of a node → its anchor, for messages

    def compose_node(self, parent, index):
        self.depth += 1
        try:
            if self.depth > MAX_YAML_DEPTH:
                raise _YAMLProblem(f"nesting depth over {MAX_YAML_DEPTH} levels (MAX_YAML_DEPTH): "
                                   "write the value flatter", self.peek_event())
            event = self.peek_event()
            node = super().compose_node(parent, index)
            if event.anchor is not None and not isinstance(event, AliasEvent):
                self.anchor_names[id(node)] = event.anchor
            return node
        finally:
            self.depth -= 1

    def compose_scalar_node(self, anchor):
        event = self.peek_event()
        if event.tag == "!":
            event.tag = _CORE + "str"
        return super().compose_scalar_node(anchor)

    def resolve(self, kind, value, implicit):
        if kind is ScalarNode and implicit[0]:
            return _PLAIN
        return super().resolve(kind, value, implicit)


class _YAMLProblem(Exception):
    """A problem of the document at ``at`` (a node or a parser event: anything with a
    ``start_mark``)."""

    def __init__(self, problem: str, at):
        super().__init__(problem)
        self.problem, self.line = problem, at.start_mark.line + 1


def _expanded_size(root, anchor_names: dict[int, str]) -> int:
    """Nodes of the document once every alias is followed (an alias counts as a copy
    of the node it names), without building anything: linear in the nodes written.
    ``anchor_names`` maps ``id()`` of an anchored node to its anchor, for messages."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    added = 0

    def size(node) -> int:
        nonlocal added
        key = id(node)
        if key in sizes:  # met again: an alias, which copies the whole node
            added += sizes[key]
            if added > MAX_ALIAS_NODES:
                raise _YAMLProblem(
                    f"aliases of &{anchor_names.get(key)} (written here) and others expand this document by more "
                    f"than {MAX_ALIAS_NODES:,} nodes (MAX_ALIAS_NODES): write the values out instead", node)
            return sizes[key]
        if key in on_path:
            raise _YAMLProblem(f"alias {anchor_names.get(key)!r} refers to a node that contains it: "
                               "a recursive structure has no end", node)
        on_path.add(key)
        if isinstance(node, MappingNode):
            n = 1 + sum(size(k) + size(v) for k, v in node.value)
        elif isinstance(node, SequenceNode):
            n = 1 + sum(size(v) for v in node.value)
        else:
            n = 1
        on_path.discard(key)
        sizes[key] = n
        return n

    return size(root)


class _Builder:
    """Python values from a composed YAML document: :class:`Mapping`, :class:`Sequence`,
    str, int, float, bool and None, by the core schema. A key given twice is refused;
    merge keys (``<<: *name``) are applied as the YAML merge key type defines them
    (keys written in the mapping win, then the merged mappings in order); any other
    explicit tag (``!!binary``, ``!!set``, ``!custom``...) is refused."""

    def build(self, node):
        if isinstance(node, MappingNode):
            return self.mapping(node)
        if isinstance(node, SequenceNode):
            if str(node.tag) != _CORE + "seq":
                raise _YAMLProblem(f"unsupported tag {node.tag} on a list", node)
            out = Sequence()
            out.line = node.start_mark.line + 1
            for item in node.value:
                out.append(self.build(item))
                out.lines.append(item.start_mark.line + 1)
            return out
        return self.scalar(node)

    def scalar(self, node):
        tag, text = str(node.tag), node.value
        bad = _NOT_XML_CHAR.search(text)
        if bad:
            raise _YAMLProblem(f"control character U+{ord(bad.group()):04X} in a value: only tab, "
                               "line feed and carriage return are allowed", node)
        if tag == _PLAIN:
            tag = self.resolve_plain(text)
        if tag == _CORE + "str":
            return text
        if tag == _CORE + "null" and _NULL.fullmatch(text):
            return None
        if tag == _CORE + "bool" and _BOOL.fullmatch(text):
            return text.lower() == "true"
        if tag == _CORE + "int" and (_INT10.fullmatch(text) or _INT8.fullmatch(text) or _INT16.fullmatch(text)):
            if len(text) > _MAX_DIGITS:
                raise _YAMLProblem(f"a number of {len(text)} digits is too long", node)
            base = 8 if text.startswith("0o") else 16 if text.startswith("0x") else 10
            return int(text[2:] if base != 10 else text, base)
        if tag == _CORE + "float" and (_FLOAT.fullmatch(text) or _INF.fullmatch(text) or _NAN.fullmatch(text)):
            return float(text.replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf")
                         .replace(".nan", "nan").replace(".NaN", "nan").replace(".NAN", "nan"))
        if tag.startswith(_CORE) and tag[len(_CORE):] in ("null", "bool", "int", "float"):
            raise _YAMLProblem(f"{text[:40]!r} is not a valid !!{tag[len(_CORE):]}", node)
        raise _YAMLProblem(f"unsupported tag {tag} on value {text[:40]!r}", node)

    @staticmethod
    def resolve_plain(text: str) -> str:
        if text and text[0] not in _NOT_STR_FIRST:
            return _CORE + "str"  # most values: no pattern below can match
        if _NULL.fullmatch(text):
            return _CORE + "null"
        if _BOOL.fullmatch(text):
            return _CORE + "bool"
        if _INT10.fullmatch(text) or _INT8.fullmatch(text) or _INT16.fullmatch(text):
            return _CORE + "int"
        if _FLOAT.fullmatch(text) or _INF.fullmatch(text) or _NAN.fullmatch(text):
            return _CORE + "float"
        return _CORE + "str"

    def mapping(self, node) -> Mapping:
        if str(node.tag) != _CORE + "map":
            raise _YAMLProblem(f"unsupported tag {node.tag} on a mapping", node)
        out = Mapping()
        out.line = node.start_mark.line + 1
        merges = []
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and str(key_node.tag) in (_PLAIN, _CORE + "merge") \
                    and key_node.value == "<<" and not key_node.style:
                merges.append(value_node)
                continue
            if not isinstance(key_node, ScalarNode):
                raise _YAMLProblem("a key must be a plain value, not a list or mapping", key_node)
            key = self.scalar(key_node)
            if key in out:
                raise _YAMLProblem(f"key {brief(key)} appears twice in one mapping", key_node)
            out[key] = self.build(value_node)
            out.lines[key] = value_node.start_mark.line + 1
        for merge in merges:  # YAML merge key type: https://yaml.org/type/merge.html
            sources = merge.value if isinstance(merge, SequenceNode) else [merge]
            for source in sources:
                if not isinstance(source, MappingNode):
                    raise _YAMLProblem("a merge key '<<' takes a mapping or a list of mappings", source)
                merged = self.mapping(source)
                for key, value in merged.items():
                    if key not in out:
                        out[key] = value
                        out.lines[key] = merged.lines[key]
        return out


class _Scalar:
    """A scalar event seen as the node :meth:`_Builder.scalar` resolves."""

    __slots__ = ("tag", "value", "start_mark")

    def __init__(self, tag: str, value: str, start_mark):
        self.tag, self.value, self.start_mark = tag, value, start_mark


def _build_plain(text: str):
    """The value of a YAML document without tags, anchors, aliases or merge keys, built
    in one pass over libyaml's events, as :class:`_Composer` and :class:`_Builder`
    would build it (None for an empty stream); :data:`_UNBUILT` for any other
    document, or one with a problem: the caller then composes it in full, which finds
    and names the problem. Most documents (a registry, a claims file) are such, and
    composing them node by node first cost 2-3x as much (0.10 s against 0.04 s of CPU
    for a registry of 2,400 entities)."""
    parser = _EventParser(text)
    builder = _Builder()
    stack: list = []  # open collections: [value, key or _NO_KEY]
    # Without a control character in the text, only a double-quoted scalar's escapes
    # can make one.
    clean = _NOT_XML_CHAR.search(text) is None
    root = _UNBUILT
    try:
        event = parser.get_event()  # StreamStart
        if parser.check_event(StreamEndEvent):
            return None
        parser.get_event()  # DocumentStart
        while True:
            event = parser.get_event()
            kind = type(event)
            if kind in (MappingEndEvent, SequenceEndEvent):
                value = stack.pop()[0]
            elif getattr(event, "anchor", None) is not None or kind is AliasEvent or event.tag is not None:
                return _UNBUILT
            elif len(stack) >= MAX_YAML_DEPTH:
                return _UNBUILT
            elif kind is ScalarEvent:
                plain = event.implicit[0]
                if plain and not event.style and event.value == "<<" and stack and stack[-1][1] is _NO_KEY \
                        and isinstance(stack[-1][0], Mapping):
                    return _UNBUILT  # a merge key
                text_ = event.value
                if clean and event.style != '"' and (not plain or (text_ and text_[0] not in _NOT_STR_FIRST)):
                    value = text_  # text, as _Builder.scalar would find it: the common case, kept short
                else:
                    value = builder.scalar(_Scalar(_PLAIN if plain else _CORE + "str", text_, event.start_mark))
            elif kind in (MappingStartEvent, SequenceStartEvent):
                value = Mapping() if kind is MappingStartEvent else Sequence()
                value.line = event.start_mark.line + 1
                stack.append([value, _NO_KEY])
                if not _add(stack, value, event):
                    return _UNBUILT
                continue
            else:
                return _UNBUILT
            if kind in (MappingEndEvent, SequenceEndEvent):
                if not stack:
                    root = value
                    break
                continue
            if not stack:
                root = value
                break
            top = stack[-1]
            if isinstance(top[0], Mapping) and top[1] is _NO_KEY:
                if value in top[0]:
                    return _UNBUILT  # a key given twice
                top[1] = value
            else:
                _put(top, value, event.start_mark.line + 1)
        if not isinstance(parser.get_event(), DocumentEndEvent) or not parser.check_event(StreamEndEvent):
            return _UNBUILT  # several documents
        return root
    except (YAMLError, _YAMLProblem, RecursionError):
        return _UNBUILT
    finally:
        parser.dispose()


#: The result of :func:`_build_plain` for a document it leaves to the full composer,
#: and the key of a mapping waiting for its next key.
_UNBUILT, _NO_KEY = object(), object()


def _put(top: list, value, line: int) -> None:
    """Put ``value``, starting on ``line``, in the open collection ``top``."""
    coll = top[0]
    if isinstance(coll, Mapping):
        coll[top[1]] = value
        coll.lines[top[1]] = line
        top[1] = _NO_KEY
    else:
        coll.append(value)
        coll.lines.append(line)


def _add(stack: list, value, event) -> bool:
    """Put the collection just opened (on top of ``stack``) in the one below it; False
    where it would be a key."""
    if len(stack) < 2:
        return True
    below = stack[-2]
    if isinstance(below[0], Mapping) and below[1] is _NO_KEY:
        return False
    _put(below, value, event.start_mark.line + 1)
    return True


def _check_file(path: Path, limit: int, what: str) -> None:
    """Refuse anything but a regular file of at most ``limit`` bytes, before opening it
    (a device such as /dev/zero never ends; a FIFO blocks)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, f"{what} not found") from None
    except OSError as e:
        raise InputError(path, f"{what} cannot be read: {e.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, f"{what} is not a regular file (a device, FIFO or socket)")
    if st.st_size > limit:
        raise InputError(path, f"{what} is {st.st_size:,} bytes; the limit is {limit:,} bytes "
                               f"({limit / 2**20:g} MiB)")


#: Standard input, read as a file of the current folder (``kg ingest -``).
STDIN = Path("<stdin>")


def _read_bytes(path: Path, limit: int, what: str) -> bytes:
    if path != STDIN:
        _check_file(path, limit, what)
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as f:
                data = f.read(limit + 1)
    except OSError as e:
        raise InputError(path, f"{what} cannot be read: {e.strerror}") from None
    if len(data) > limit:  # grew since the check
        raise InputError(path, f"{what} is over the limit of {limit:,} bytes")
    return data


def load_yaml(path: Path):
    """Parse a YAML file by the YAML 1.2 core schema into :class:`Mapping`,
    :class:`Sequence`, str, int, float, bool and None (dates stay str).

    ``path`` :data:`STDIN` reads standard input. Raises :class:`InputError` naming
    the file and line for: a file that is missing, not a regular file, over
    :data:`MAX_YAML_BYTES`, or not UTF-8; malformed YAML; a
    key given twice; aliases that would add more than :data:`MAX_ALIAS_NODES` nodes, or
    refer to themselves; nesting deeper than :data:`MAX_YAML_DEPTH`; explicit tags other
    than the core ones; control characters outside tab, LF and CR (XML 1.0 Char).

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
    ...     _ = f.write("id: 012\\nflag: no\\nat: 1:30\\n")
    >>> dict(load_yaml(f.name)); os.unlink(f.name)
    {'id': 12, 'flag': 'no', 'at': '1:30'}
    """
    path = Path(path)
    data = _read_bytes(path, MAX_YAML_BYTES, "file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, not_utf8(data, e, "not UTF-8 text", path)) from None
    return parse_yaml(text, path)


def _open_quote(text: str, mark) -> str:
    """A hint for a YAML error at ``mark`` (a PyYAML mark: 0-based line) that a double
    quotation mark opened on an earlier line was never closed, so that the parser read
    on to where it failed: '; a '"' opened on line 39 may be unclosed'. '' when no
    earlier line holds an odd number of unescaped double quotes."""
    if mark is None:
        return ""
    for n, line in enumerate(text.splitlines()[: mark.line], 1):
        if line.lstrip().startswith("#"):
            continue
        if (line.count('"') - line.count('\\"')) % 2:
            return f"; a '\"' opened on line {n} may be unclosed (the parser read on from there)"
    return ""


_QUOTE_KEY = re.compile(r"(?:^|[\s{,-])quote\s*:\s*(\S)")


def _quote_hint(text: str, mark) -> str:
    """A hint for a YAML error at ``mark`` on a line giving a ``quote:``: an article's
    words often hold what ends a plain or quoted YAML value (': ' in 'said: ...', a
    double quote inside double quotes). '' for other lines."""
    lines = text.splitlines()
    if mark is None or mark.line >= len(lines):
        return ""
    found = _QUOTE_KEY.search(lines[mark.line])
    if found is None:
        return ""
    return ("; a quote holding ': ' or quotation marks must be quoted whole: in double quotes "
            "(quote: \"Kyiv said: no\"), or in single quotes when it holds double quotes "
            "(quote: 'He called it \"historic\"'; a ' inside single quotes is written '')")


#: The parser's contexts that name a construct left open (a '[' or '{' not closed, a
#: key with no ':', a quoted value with no closing quote): the parser reads on past the
#: line where it opens and only notices on a later one, so the error is where it opens.
_OPEN_CONTEXTS = {"while parsing a flow sequence": "'['", "while parsing a flow mapping": "'{'",
                  "while scanning a simple key": "key", "while scanning a quoted scalar": "quoted value"}


def _broken_at(error, lines: int) -> tuple[object, str]:
    """Where a YAML error ``error`` (PyYAML's :class:`MarkedYAMLError`) is, as a mark
    (0-based line and column), and words to add to its message. The problem mark is
    where the parser noticed, the context mark where the construct it was reading
    began (PyYAML's terms): for a construct left open (:data:`_OPEN_CONTEXTS`) noticed
    on a later line, where it opens, with the line where the parser noticed ("; the
    '[' that starts here is not closed: the parser noticed on line 4", or "at the end of
    the file" past its ``lines`` lines); for any other error
    ('mapping values are not allowed here', a bad indentation, a tab, whose context is
    the enclosing block that may begin far above), where the parser noticed."""
    problem, context = error.problem_mark, error.context_mark
    what = _OPEN_CONTEXTS.get(error.context or "")
    if what and problem and context and context.line < problem.line:
        closed = {"key": "has no ':' after it", "quoted value": "is not closed by its quotation mark"}
        noticed = f"on line {problem.line + 1}" if problem.line < lines else "at the end of the file"
        return context, f"; the {what} that starts here {closed.get(what, 'is not closed')}: the parser noticed {noticed}"
    return problem or context, ""


def parse_yaml(text: str, path: Path):
    """Parse YAML ``text`` (str) read from ``path`` as :func:`load_yaml` does, with the
    same limits and the same errors, naming ``path`` (for YAML embedded in another file,
    such as the ``#+`` header of a canned query)."""
    text = text.removeprefix(BOM)
    built = _build_plain(text)
    if built is not _UNBUILT:
        return built
    composer = _Composer(text)
    try:
        root = composer.get_single_node()
        if root is None:
            return None
        if composer.anchor_names:  # without an anchor there is no alias to expand
            _expanded_size(root, composer.anchor_names)
        return _Builder().build(root)
    except _YAMLProblem as e:
        raise InputError(path, e.problem, f"line {e.line}") from None
    except MarkedYAMLError as e:
        lines = text.count("\n") + (not text.endswith("\n"))
        mark, opened = _broken_at(e, lines)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        if mark and mark.line >= lines:  # libyaml marks the end of the stream past the last line
            where = f"line {max(lines, 1)}, at the end of the file"
        raise InputError(path, f"malformed YAML: {e.problem or e.context}"
                               f"{opened}{'' if 'quoted value' in opened else _open_quote(text, e.problem_mark or e.context_mark)}"
                               f"{_quote_hint(text, mark)}", where) from None
    except YAMLError as e:
        raise InputError(path, f"malformed YAML: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    except RecursionError:
        raise InputError(path, f"nesting depth over {MAX_YAML_DEPTH} levels") from None
    finally:
        composer.dispose()


# -- Article texts ------------------------------------------------------------------------

def _header_hint(text: str, expected: str, article_id: str) -> str:
    """Why a text may differ from the one its claims quote: it starts with a ``URL:`` /
    ``Date:`` header, and the text after it is the one recorded (``kg extract`` drafts
    from the text without its header and copies that text beside the draft, as
    ``<article id>.body.txt``); '' otherwise."""
    from kg.addarticle import split_header  # kg.addarticle reads corpora: imported here, not at the top

    fields, body = split_header(text)
    if not fields or hashlib.sha256(body.encode("utf-8")).hexdigest() != expected:
        return ""
    return ("; it starts with a header (URL:, Date: ... lines) and the claims quote the text after it: point "
            f"'file' at the copy without the header that kg extract wrote beside the draft ({article_id}.body.txt), "
            "or remove the header")


def _utf16(data: bytes) -> str | None:
    """The UTF-16 encoding ``data`` opens in, as iconv names it, or None: "UTF-16" for a
    byte-order mark (FF FE or FE FF); "UTF-16LE" or "UTF-16BE" for, in its first 64
    bytes, a zero byte in at least 9 of 10 second (little-endian) or first (big-endian)
    places and in at least 9 of 10 places between them a printable Latin-1 character
    (letters, digits, spaces, punctuation, line ends, accented letters such as the "É" of
    "Élysée", whose high byte is zero too), with at least one letter: Latin text in UTF-16
    without a mark, a curly quote or dash (a high byte not zero) allowed here and there.
    Zero bytes alone, or with no letters between them, are binary data
    (:func:`_looks_binary`)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16"
    head = data[:64]
    if len(head) < 8:
        return None
    for name, zeros, chars in (("UTF-16LE", head[1::2], head[0::2]), ("UTF-16BE", head[0::2], head[1::2])):
        printable = sum(32 <= c < 127 or c >= 160 or c in b"\t\n\r" for c in chars)
        if 10 * zeros.count(0) >= 9 * len(zeros) and 10 * printable >= 9 * len(chars) \
                and any(chr(c).isalpha() for c in chars):
            return name
    return None


def _looks_binary(data: bytes) -> bool:
    """Whether ``data`` is binary data rather than text in some encoding: a zero byte
    in its first KiB, and not UTF-16 (:func:`_utf16`). Text in UTF-8 or any
    8-bit encoding never holds one."""
    return b"\0" in data[:1024] and not _utf16(data)


def _encoding_hint(data: bytes, path: Path | None = None) -> str:
    """What to add to a message about bytes ``data`` (of the file ``path``, named in the
    command to run) that are not UTF-8 text: how to convert UTF-16 text
    (:func:`_utf16`), that binary data is no text (:func:`_looks_binary`), or ""."""
    import shlex

    name = shlex.quote(str(path)) if path else "FILE"
    # the converted copy keeps the file's own suffix: a claims file stays .yaml, an article .txt
    out = shlex.quote(str(Path(path).with_name(f"{Path(path).stem}.utf8{Path(path).suffix}"))) if path else "FILE.utf8"
    encoding = _utf16(data)
    if encoding:
        return (f"; the file looks like {encoding} text: convert it to UTF-8 (for instance with the command "
                f"iconv -f {encoding} -t UTF-8 {name} > {out}), or save it as UTF-8 in an editor")
    if _looks_binary(data):
        return ("; the file looks like binary data, not text (it holds zero bytes, which UTF-8 or 8-bit text never does): "
                "give the article as a text or HTML file")
    if _eight_bit(data):
        return ("; it looks like text in an 8-bit encoding (Windows-1252 or Latin-1 are the most common for "
                "Western European languages): convert it to UTF-8 from the encoding it was saved in, for instance "
                f"iconv -f CP1252 -t UTF-8 {name} > {out}, or save it as UTF-8 in an editor")
    return ""


def _eight_bit(data: bytes) -> bool:
    """Whether ``data``, bytes that are not UTF-8, look like text in an 8-bit encoding:
    no zero byte, and of the first 64 KiB read as Windows-1252 at least 95 % letters,
    digits, punctuation or white space (binary data without zero bytes is mostly
    other bytes). Which 8-bit encoding cannot be told from the bytes alone."""
    head = data[:65536]
    if not head or b"\0" in head:
        return False
    text = head.decode("cp1252", errors="replace")
    good = sum(c.isprintable() or c in "\t\n\r" for c in text if c != "\ufffd")
    return 100 * good >= 95 * len(text)


def not_utf8(data: bytes, error: UnicodeDecodeError, what: str, path: Path | None = None) -> str:
    """The message for bytes ``data`` (of the file ``path``, where known) that failed to
    decode as UTF-8 with ``error``: ``what`` and where it failed, and for a file that
    looks like UTF-16 how to convert it, for binary data that it is no text
    (:func:`_encoding_hint`).

    >>> data = "Moscow".encode("utf-16")
    >>> try: data.decode("utf-8")
    ... except UnicodeDecodeError as e: print(not_utf8(data, e, "not UTF-8 text").split(";")[0])
    not UTF-8 text (invalid start byte at byte 0)
    """
    return f"{what} ({error.reason} at byte {error.start})" + _encoding_hint(data, path)


def corpus_here(folder: Path | None = None) -> Path | None:
    """The corpus a command run in ``folder`` (default: the current folder) uses when no
    file or option names one: the folder itself when it holds an ``articles.yaml`` (a
    corpus started with ``kg init``, where ``kg add-article`` adds), else its folder
    ``corpus`` when that does (a checkout's own corpus, as edited); None otherwise (the
    caller then takes the sample corpus, :data:`DEFAULT_CORPUS`). ``kg build`` builds it;
    ``kg extract`` and ``kg ingest`` take its registry for files of no corpus.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> corpus_here(folder) is None
    True
    >>> _ = (folder / "articles.yaml").write_text("", encoding="utf-8")
    >>> corpus_here(folder) == folder
    True
    """
    if folder is None and _LOOSE_FILES_CORPUS:
        return _LOOSE_FILES_CORPUS[-1]
    here = Path(folder) if folder is not None else Path(".")
    return next((c for c in (here, here / "corpus") if (c / "articles.yaml").is_file()), None)


#: The corpus a command reads files of no corpus with instead of the current folder's
#: (:func:`loose_files_read_in`), innermost last.
_LOOSE_FILES_CORPUS: list[Path] = []


@contextlib.contextmanager
def loose_files_read_in(corpus: Path):
    """Within the block, :func:`corpus_here` of the current folder is ``corpus``: claims
    files outside a corpus find their articles and registry there, as if kg ran in it
    (``kg eval`` of drafts and curated files kept beside the corpus they are about)."""
    _LOOSE_FILES_CORPUS.append(Path(corpus))
    try:
        yield
    finally:
        _LOOSE_FILES_CORPUS.pop()


def corpus_listing(paths, article_ids) -> list[Path]:
    """The corpus folders that list every one of ``article_ids`` in their articles.yaml,
    looked for where files kept apart from their corpus are: in each of ``paths`` (files
    or folders), the folder above and, one level down, its subfolders (``claims/`` and
    ``drafts/`` beside ``corpus47/``), nearest first, each folder once.

    >>> corpus_listing([DEFAULT_CORPUS / "claims"], {"000_0f2a5f001831298a"}) == [DEFAULT_CORPUS.resolve()]
    True
    >>> corpus_listing([DEFAULT_CORPUS / "claims"], {"no-such-article"})
    []
    """
    seen: list[Path] = []
    for path in paths:
        folder = Path(path).resolve()
        folder = folder if folder.is_dir() else folder.parent
        for above in (folder, folder.parent):
            for c in (above, *sorted(p for p in above.iterdir() if p.is_dir())):
                if c not in seen and (c / "articles.yaml").is_file():
                    seen.append(c)
    wanted = set(article_ids)
    found = []
    for c in seen:
        try:
            if wanted and all(load_article(c / "articles.yaml", a) is not None for a in wanted):
                found.append(c)
        except InputError:  # an articles.yaml that does not read lists nothing here; building it says why
            continue
    return found


def read_text(path: Path, declared: bool = False) -> tuple[str, str]:
    """An article's text exactly as stored (no newline translation, so that code-point
    offsets agree with any other reader of the same bytes), without a leading byte-order
    mark; and the hex SHA-256 of the file's bytes.

    Text is UTF-8. With ``declared`` (a file given to ``kg extract`` or ``kg add-article``),
    an HTML page (by suffix or start, :data:`HTML_SUFFIXES`, :data:`HTML_START`) whose bytes
    are not UTF-8 is decoded with the charset it declares (:func:`declared_charset`), as
    a browser decodes it; bytes that are UTF-8 stay UTF-8 whatever the page says, since a
    page converted to UTF-8 (with iconv) keeps its old declaration. A plain text is UTF-8 only.

    Raises :class:`InputError` for a file that is missing, not a regular file, over
    :data:`MAX_TEXT_BYTES`, not UTF-8 (nor in the charset a page declares), or holding a
    character XML 1.0 does not allow (named with its code-point offset and line)."""
    path = Path(path)
    data = _read_bytes(path, MAX_TEXT_BYTES, "article text")
    try:
        text = data.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError as e:
        page = declared and is_html(path, data[:4096].decode("latin-1"))
        charset = declared_charset(data) if page else None
        if charset is None or charset[1] == "utf-8":
            said = " (the charset the page declares)" if charset else ""
            raise InputError(path, not_utf8(data, e, f"article text is not UTF-8{said}", path)) from None
        try:
            text = data.decode(charset[1])
        except (LookupError, UnicodeError) as e2:
            where = f" ({e2.reason} at byte {e2.start})" if isinstance(e2, UnicodeDecodeError) else ""
            raise InputError(path, f"article text is neither UTF-8 nor the {charset[0]} the page declares"
                                   f"{where}: save the page again from the browser, "
                                   "or correct its charset") from None
    bad = _NOT_XML_CHAR.search(text)
    if bad:
        offset = bad.start()
        raise InputError(path, f"article text holds the control character U+{ord(bad.group()):04X} at "
                               f"offset {offset} (line {text.count(chr(10), 0, offset) + 1}): only tab, "
                               "line feed and carriage return are allowed; remove it or replace it by a space"
                               + _encoding_hint(data, path))
    return text, hashlib.sha256(data).hexdigest()


def _confined(name: str, base_dir: Path, root: Path, source: Path, where: str) -> Path:
    """The file ``name`` (relative to ``base_dir``) if it lies inside ``root`` once
    symbolic links are followed; otherwise an :class:`InputError`."""
    if Path(name).is_absolute() or re.match(r"^[A-Za-z]:", name):
        raise InputError(source, f"file: {brief(name)} is an absolute path; give a path relative to {base_dir}", where)
    path = (base_dir / name).resolve()
    if not path.is_relative_to(root.resolve()):
        raise InputError(source, f"file: {brief(name)} leads outside the corpus folder {root}; "
                                 "article texts must be inside it", where)
    return path


def http_iri(value, source: Path, where: str, field: str) -> str | None:
    """``value`` if it is null or an absolute http(s) IRI (RFC 3987, as pyoxigraph
    parses it) with a host; otherwise an :class:`InputError` naming ``field``."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            ox.NamedNode(value)
            parts = re.match(r"^(https?)://([^/?#@]*@)?([^/?#:]+)", value)
        except ValueError:
            parts = None
        if parts:
            return value
    raise InputError(source, f"{field}: {brief(value)} is not an http(s) IRI such as "
                             "https://example.org/news/1 (or null when unknown)", where)


def _text_field(entry: Mapping, key: str, source: Path, where: str) -> str | None:
    value = entry.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(source, f"{key}: expected text, got {brief(value)}"
                             + (" (write it in quotes)" if isinstance(value, (int, float, bool)) else ""),
                     where)


def _names_field(entry: Mapping, key: str, source: Path, where: str) -> tuple[str, ...]:
    """A field of one name or a list of names (``author: Mira Solberg``, ``author: [A,
    B]``) as a tuple of non-empty strings; () when absent. Raises :class:`InputError`."""
    value = entry.get(key)
    if value is None:
        return ()
    names = value if isinstance(value, list) else [value]
    if not names or not all(isinstance(n, str) and n.strip() for n in names):
        raise InputError(source, f"{key}: expected a name or a list of names, got {brief(value)}", where)
    return tuple(" ".join(n.split()) for n in names)


@functools.cache
def _reserved(namespaces: tuple[str, ...]) -> frozenset[str]:
    # Fixed once the modules are loaded; worked out once, not once per id checked.
    return frozenset().union(*(reserved_names(ns) for ns in namespaces))


def check_id(value, source: Path, where: str, kind: str, pattern: re.Pattern, rule: str,
             namespaces: tuple[str, ...]) -> str:
    """``value`` if it is text matching ``pattern`` and not a name the tool itself uses
    under ``namespaces`` (see :func:`kg.namespaces.reserved_names`); otherwise an
    :class:`InputError`. A number is refused with a hint to quote it, never reformatted."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise InputError(source, f"{kind} id {brief(value)} was read as a number: write it in quotes "
                                 "(YAML reads 012 as 12)", where)
    if not isinstance(value, str) or not pattern.match(value):
        raise InputError(source, f"{kind} id {brief(value)} is malformed: {rule}", where)
    reserved = _reserved(tuple(namespaces))
    if value.casefold() in reserved:
        raise InputError(source, f"{kind} id {value!r} is reserved: the tool names its own "
                                 f"{', '.join(sorted(reserved))} graphs and namespaces so", where)
    return value


def _date(value, source, where) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str) and _DATE.match(value) and value[:4] != "0000":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    from kg.periods import date_problem  # kg.periods is not needed to read a corpus otherwise

    problem = date_problem(value) if isinstance(value, str) and _DATE.match(value) else None
    raise InputError(source, f"published: invalid date {brief(value)}: "
                             + (problem or "use YYYY-MM-DD (year 0001 or later), or null if unknown"), where)


def article_from_entry(entry, base_dir: Path, source: Path, where: str, root: Path | None = None) -> Article:
    """One article from its metadata mapping, every field checked for its type.

    ``file`` is relative to ``base_dir`` and must stay inside ``root`` (by default
    ``base_dir``) once links are followed. Raises :class:`InputError` naming ``source``,
    the article and the line of the offending field."""
    if not isinstance(entry, dict):
        raise InputError(source, "each article is a mapping with at least 'id' and 'file'", where)
    at = line_of(entry)
    where = f"{where} (line {at})" if at else where
    for key in ("id", "file"):
        if key not in entry:
            raise InputError(source, f"each article needs at least 'id' and 'file'; '{key}' is missing", where)
    aid = check_id(entry["id"], source, f"{where}", "article", _ARTICLE_ID,
                   "use only letters, digits, '_' and '-'", (GRAPH, ARTICLE))
    where = f"article {aid} (line {at})" if at else f"article {aid}"
    unknown = set(entry) - _FIELDS
    if unknown:
        raise InputError(source, f"unknown field(s) {', '.join(sorted(map(str, unknown)))}; "
                                 f"an article has {', '.join(sorted(_FIELDS))}", where)

    def place(key):
        line = line_of(entry, key)
        return f"article {aid}, {key} (line {line})" if line else f"article {aid}, {key}"

    name = entry["file"]
    if not isinstance(name, str) or not name.strip():
        raise InputError(source, f"file: expected a path to the text, got {brief(name)}", place("file"))
    path = _confined(name, base_dir, root or base_dir, source, place("file"))
    try:
        text, digest = read_text(path)
    except InputError as e:  # named from the metadata, where the fix is made
        raise InputError(source, f"{e.path}: {e.problem}", place("file")) from None
    expected = entry.get("sha256")
    if expected is not None and not (isinstance(expected, str) and _SHA256.match(expected)):
        number = " (YAML read the digits as a number: put the digest in quotes)" \
            if isinstance(expected, (int, float)) and not isinstance(expected, bool) else ""
        raise InputError(source, f"sha256: expected 64 hexadecimal digits, got {brief(expected)}{number}",
                         place("sha256"))
    if expected and digest != expected.lower():
        raise InputError(path, f"the text no longer matches the SHA-256 recorded in {source} "
                               "(quote offsets into a changed text cannot be trusted)"
                         + (_header_hint(text, expected.lower(), aid)
                            or f"; if the change is meant (a corrected text), check the quotes of its claims "
                               f"against it, then record its SHA-256 there: sha256: {digest}"), place("sha256"))
    inferred = entry.get("published_inferred", False)
    if not isinstance(inferred, bool):
        raise InputError(source, f"published_inferred: expected true or false, got {brief(inferred)}",
                         place("published_inferred"))
    separate = entry.get("separate_source", False)
    if not isinstance(separate, bool):
        raise InputError(source, f"separate_source: expected true or false, got {brief(separate)}",
                         place("separate_source"))
    return Article(
        id=aid,
        path=path,
        text=text,
        url=http_iri(entry.get("url"), source, place("url"), "url"),
        publisher=_text_field(entry, "publisher", source, place("publisher")),
        published=_date(entry.get("published"), source, place("published")),
        published_inferred=inferred,
        published_basis=_text_field(entry, "published_basis", source, place("published_basis")),
        original_source=_text_field(entry, "original_source", source, place("original_source")),
        title=_text_field(entry, "title", source, place("title")),
        sha256=digest,
        dateline=_text_field(entry, "dateline", source, place("dateline")),
        author=_names_field(entry, "author", source, place("author")),
        separate_source=separate,
    )


def load_articles(metadata_path: Path) -> dict[str, Article]:
    """Read an ``articles.yaml`` file and the texts it names (inside its folder). Cached
    while the file is unchanged, since every claims file of a corpus looks its article
    up in it.

    >>> arts = load_articles(DEFAULT_CORPUS / "articles.yaml")
    >>> arts["000_0f2a5f001831298a"].text[:10]
    'In Moscow '
    """
    metadata_path = Path(metadata_path).resolve()
    stamp, data = _entries(metadata_path)
    cached = _ARTICLES_CACHE.get(metadata_path)
    if cached and stamp is not None and cached[0] == stamp:
        return cached[1]
    articles: dict[str, Article] = {}
    for n, entry in enumerate(data, 1):
        article = article_from_entry(entry, metadata_path.parent, metadata_path, f"article #{n}")
        if article.id in articles:
            raise InputError(metadata_path, "duplicate article id", f"article {article.id} (line {line_of(entry)})")
        articles[article.id] = article
    _ARTICLES_CACHE[metadata_path] = (stamp, articles)
    _ENTRIES_CACHE.pop(metadata_path, None)  # the articles answer from now on
    return articles


_ARTICLES_CACHE: dict[Path, tuple[int | None, dict[str, Article]]] = {}
_ENTRIES_CACHE: dict[Path, tuple[int | None, list]] = {}


def _entries(metadata_path: Path) -> tuple[int | None, list]:
    """The modification time (ns; None when unknown) and the parsed entries of the
    ``articles.yaml`` at the resolved ``metadata_path``, cached while the file is
    unchanged. Raises :class:`InputError` unless it is a list."""
    try:
        stamp = metadata_path.stat().st_mtime_ns
    except OSError:
        stamp = None
    cached = _ENTRIES_CACHE.get(metadata_path)
    if cached and stamp is not None and cached[0] == stamp:
        return cached
    data = load_yaml(metadata_path)
    if data is None:
        data = []  # comments only, as 'kg init' writes it: no articles yet
    if not isinstance(data, list):
        raise InputError(metadata_path, "expected a list of articles")
    _ENTRIES_CACHE[metadata_path] = (stamp, data)
    return stamp, data


def load_article(metadata_path: Path, article_id: str) -> Article | None:
    """The article ``article_id`` of an ``articles.yaml``, reading its entry and text
    alone: a claims file is checked against its own article, so another entry's missing
    or changed text does not stop it (``kg build`` reads them all, with
    :func:`load_articles`). None when the id is not listed. Raises :class:`InputError`
    for a file that is not a list of articles, for this article's entry or text (as
    :func:`load_articles` does), and for its id listed twice.

    >>> load_article(DEFAULT_CORPUS / "articles.yaml", "000_0f2a5f001831298a").published.isoformat()
    '2025-03-04'
    """
    metadata_path = Path(metadata_path).resolve()
    stamp, data = _entries(metadata_path)
    cached = _ARTICLES_CACHE.get(metadata_path)
    if cached and stamp is not None and cached[0] == stamp:
        return cached[1].get(article_id)
    found = [(n, e) for n, e in enumerate(data, 1) if isinstance(e, dict) and e.get("id") == article_id]
    if len(found) > 1:
        raise InputError(metadata_path, "duplicate article id", f"article {article_id} (line {line_of(found[1][1])})")
    if not found:
        return None
    n, entry = found[0]
    return article_from_entry(entry, metadata_path.parent, metadata_path, f"article #{n}")
