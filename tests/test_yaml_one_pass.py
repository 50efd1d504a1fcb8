"""The one-pass YAML reader (``kg.corpus._build_plain``) against the full composer it
stands in for: on every YAML file of the repository's corpora the same values, types
and line numbers; documents with what only the composer handles (anchors, aliases,
merge keys, tags, keys given twice, nesting past the limit, several documents) are
left to it, so their values and errors stay the composer's."""

from __future__ import annotations

import math

import pytest
from conftest import ROOT

from kg import corpus as C


def _composed(text: str):
    """The value the full composer builds (as kg.corpus.parse_yaml did before the one-pass reader)."""
    composer = C._Composer(text)
    try:
        root = composer.get_single_node()
        if root is None:
            return None
        if composer.anchor_names:
            C._expanded_size(root, composer.anchor_names)
        return C._Builder().build(root)
    finally:
        composer.dispose()


def _same(a, b) -> bool:
    """Equal values of equal types, with the same line numbers all the way down."""
    if type(a) is not type(b):
        return False
    if isinstance(a, C.Mapping):
        return (a.line, a.lines, list(a)) == (b.line, b.lines, list(b)) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, C.Sequence):
        return (a.line, a.lines, len(a)) == (b.line, b.lines, len(b)) and all(map(_same, a, b))
    return a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))


def test_every_yaml_file_of_the_corpora_reads_the_same_in_one_pass():
    paths = sorted((ROOT / "corpus").rglob("*.yaml"))
    assert len(paths) > 20
    for path in paths:
        text = path.read_text(encoding="utf-8").removeprefix(C.BOM)
        fast = C._build_plain(text)
        assert fast is not C._UNBUILT, path  # plain YAML, as the corpora's files are
        assert _same(fast, _composed(text)), path


PLAIN = [
    "",
    "# a comment only\n",
    "---\n",
    "a: 012\nb: no\nc: 0o17\nd: 0x1F\ne: .inf\nf: -.nan\ng: 1e3\nh: ~\ni: null\nj: True\nk: 1:30\n",
    "[1, [2, [3]]]\n",
    "{a: {b: {c: d}}}\n",
    "a: |\n  text\n  more\nb: >\n  folded\n",
    "- - - x\n",
    "a:\n- 1\n- 2\nb:\n  c: [x, y]\n",
    "'quoted'\n",
    "a: 'it''s'\nb: \"q\\\"\\u00e9\"\n",
    "- <<\n- '<<': 1\n",
    "a: " + "[" * 63 + "]" * 63 + "\n",  # 64 levels with the mapping: the limit
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_documents_read_the_same_in_one_pass(text):
    fast = C._build_plain(text)
    assert fast is not C._UNBUILT
    assert _same(fast, _composed(text))


LEFT_TO_THE_COMPOSER = [
    ("a: &x 1\nb: *x\n", {"a": 1, "b": 1}),
    ("base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n", {"base": {"x": 1}, "c": {"y": 2, "x": 1}}),
    ("a: ! 012\n", {"a": "012"}),
    ("a: !!str 012\n", {"a": "012"}),
    ("a: 1\na: 2\n", "key 'a' appears twice"),
    ("{a: 1, a: 2}\n", "appears twice"),
    ("1: a\nTrue: b\n1: c\n", "appears twice"),
    ("[a, b]: 1\n", "a key must be a plain value"),
    ("a: b\n---\nc: d\n", "malformed YAML"),
    ("a: \"\\x01\"\n", "control character U+0001"),
    ("a: 'b\x07c'\n", "control characters are not allowed"),
    ("a: " + "[" * 70 + "]" * 70 + "\n", "nesting depth over 64"),
    ("a: !custom 1\n", "unsupported tag"),
    ("a: [\n", "malformed YAML"),
]


@pytest.mark.parametrize("text,expected", LEFT_TO_THE_COMPOSER)
def test_what_only_the_composer_handles_is_left_to_it(tmp_path, text, expected):
    assert C._build_plain(text) is C._UNBUILT
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    if isinstance(expected, str):
        with pytest.raises(C.InputError) as e:
            C.load_yaml(path)
        assert expected in str(e.value) and str(path) in str(e.value)
    else:
        assert C.load_yaml(path) == expected
