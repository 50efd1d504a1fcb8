"""Hostile and mistaken input, a whole kind per row: every row is a small change to a
copy of the sample corpus, run through the real CLI (``kg ingest`` or ``kg build
--corpus``), and must end with exit 2, one ``Error:`` message naming the file and the
line or claim, no traceback, and the store's N-Quads byte-identical to before.

Rows use three valid starting points, each shown to ingest cleanly by a control test:
a claim appended to the first article's claims file, a claims file with inline article
metadata and its own text, and the corpus's articles.yaml and entities.yaml.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import run_kg, store_quads

A000 = "000_0f2a5f001831298a"

# -- Starting point 1: one more claim for article 000 ------------------------------------

CLAIM = {
    "fact": "talks-putin-min-aung-hlaing-2025-03-04",
    "type": "Meeting",
    "participant": "[Vladimir Putin, Min Aung Hlaing]",
    "quote": '"In Moscow on Tuesday"',
}


def claim(extra: str = "", **fields):
    """Append claim 'bad' to article 000's claims file: CLAIM with ``fields`` changed
    (a value of None drops the field) and ``extra`` raw YAML lines after it."""
    def make(corpus: Path):
        body = {**CLAIM, **fields}
        lines = ["  - id: bad"] + [f"    {k}: {v}" for k, v in body.items() if v is not None]
        lines += [f"    {line}" for line in extra.splitlines() if line]
        path = corpus / "claims" / f"{A000}.yaml"
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + "\n".join(lines) + "\n",
                        encoding="utf-8")
        return ["ingest", "--entities", corpus / "entities.yaml", path], path.name
    return make


# -- Starting point 2: a claims file with inline article metadata --------------------------

TEXT = ("Lavrov met Wang Yi in Beijing on 1 April 2025, the ministry said. "
        "Cafe\u0301 owners waved \U0001F44D\U0001F3FD at the motorcade.\n")
INLINE = """\
article:
  id: 900_new
  file: ../articles/900_new.txt
  url: https://example.org/a
  published: 2025-04-02
  published_inferred: false
  title: Lavrov in Beijing
entities:
  - {id: sergei-lavrov, type: Person, label: Sergei Lavrov, aliases: [Lavrov]}
  - {id: wang-yi, type: Person, label: Wang Yi, wikidata: Q22348}
claims:
  - id: m
    fact: meeting-lavrov-wang-2025-04-01
    type: Meeting
    participant: [Lavrov, Wang Yi]
    date: 2025-04-01
    quote: "Lavrov met Wang Yi in Beijing on 1 April 2025"
"""


def inline(*edits, text: str | bytes = TEXT, prepare=None, raw: str | None = None):
    """Write claims/900_new.yaml (INLINE with each ``(old, new)`` of ``edits`` applied
    once, or ``raw``) and articles/900_new.txt (``text``); ``prepare(corpus)`` may then
    put other files in place."""
    def make(corpus: Path):
        body = INLINE if raw is None else raw
        for old, new in edits:
            assert old in body, old
            body = body.replace(old, new, 1)
        path = corpus / "claims" / "900_new.yaml"
        path.write_text(body, encoding="utf-8")
        data = text.encode("utf-8") if isinstance(text, str) else text
        (corpus / "articles" / "900_new.txt").write_bytes(data)
        if prepare:
            prepare(corpus)
        return ["ingest", "--entities", corpus / "entities.yaml", path], path.name
    return make


# -- Starting point 3: the corpus's own metadata, rebuilt with kg build ------------------------

def corpus_edit(name: str, old: str, new: str):
    """Replace ``old`` (once) by ``new`` in the corpus file ``name`` and rebuild."""
    def make(corpus: Path):
        path = corpus / name
        body = path.read_text(encoding="utf-8")
        assert old in body, old
        path.write_text(body.replace(old, new, 1), encoding="utf-8")
        return ["build", "--no-validate", "--corpus", corpus], Path(name).name
    return make


def claims_file(content: str | bytes, name: str = "900_new.yaml"):
    """A claims file with exactly ``content``."""
    def make(corpus: Path):
        path = corpus / "claims" / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return ["ingest", "--entities", corpus / "entities.yaml", path], path.name
    return make


def claims_folder(content: str):
    """Ingest the whole claims folder, with one more file ``zzz.yaml`` holding ``content``."""
    def make(corpus: Path):
        (corpus / "claims" / "zzz.yaml").write_text(content, encoding="utf-8")
        return ["ingest", "--entities", corpus / "entities.yaml", corpus / "claims"], "zzz.yaml"
    return make


def special_file(kind: str):
    """A claims 'file' that is a FIFO or a character device."""
    def make(corpus: Path):
        path = corpus / "claims" / "special.yaml"
        if kind == "fifo":
            os.mkfifo(path)
        else:
            return ["ingest", "--entities", corpus / "entities.yaml", "/dev/zero"], "/dev/zero"
        return ["ingest", "--entities", corpus / "entities.yaml", path], path.name
    return make


def _link_outside(corpus: Path):
    os.symlink("/etc/hostname", corpus / "articles" / "link.txt")


def _fifo(corpus: Path):
    os.mkfifo(corpus / "articles" / "fifo.txt")


def _huge(corpus: Path):
    from kg.corpus import MAX_TEXT_BYTES

    with open(corpus / "articles" / "900_new.txt", "r+b") as f:
        f.truncate(MAX_TEXT_BYTES + 1)  # sparse: no disk space taken


def _bomb(levels: int = 9) -> str:
    lines = ["note: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"d{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines)


def _deep(levels: int) -> str:
    return "note: " + "[" * levels + "x" + "]" * levels


LINE = r"line \d+"
BAD = "claim 'bad'"
# (row id, input maker, regex for the place named, text the message must hold)
ROWS = [
    # Quotes: not verbatim, ambiguous, empty, of the wrong type, inside a character.
    ("quote-not-verbatim", claim(quote='"In Moscow on Wednesday"'), BAD, "quote not found verbatim"),
    ("quote-wrong-apostrophe", claim(quote='"Myanmar\'s military government"'), BAD, "copy it exactly"),
    ("quote-ambiguous", claim(quote="Putin"), BAD, "appears 3 times"),
    ("quote-occurrence-missing", claim(extra="occurrence: 9", quote="Putin"), BAD, "no occurrence 9"),
    ("quote-occurrence-zero", claim(extra="occurrence: 0"), BAD, "occurrence must be a whole number"),
    ("quote-occurrence-text", claim(extra="occurrence: two"), BAD, "occurrence must be a whole number"),
    ("quote-empty-list", claim(quote="[]"), BAD, "quote: an empty list"),
    ("quote-empty-text", claim(quote='""'), BAD, "expected the exact words"),
    ("quote-number", claim(quote="2025"), BAD, "expected the exact words"),
    ("quote-missing", claim(quote=None), BAD, "every claim needs a quote"),
    ("quote-ends-in-accent", inline(('"Lavrov met Wang Yi in Beijing on 1 April 2025"', '"Cafe"')),
     r"claim 'm' \(line 12\)", "ends inside a character"),
    ("quote-starts-in-accent", inline(('"Lavrov met Wang Yi in Beijing on 1 April 2025"', '"\\u0301 owners"')),
     r"claim 'm' \(line 12\)", "starts inside a character"),
    ("quote-splits-skin-tone", inline(('"Lavrov met Wang Yi in Beijing on 1 April 2025"', '"waved \\U0001F44D"')),
     r"claim 'm' \(line 12\)", "ends inside a character"),
    # Claim structure and values.
    ("unknown-relation", claim(extra="participnt: Putin"), BAD, "did you mean 'participant'"),
    ("unknown-entity", claim(participant="[Vladimir Putn]"), BAD, "unknown entity 'Vladimir Putn'"),
    ("entity-wrong-type", claim(extra="place: Vladimir Putin"), BAD, "place takes"),
    ("entity-not-text", claim(participant="[[Putin]]"), BAD, "expected a name"),
    ("date-impossible", claim(extra="date: 2025-02-30"), BAD, "2025-02-30 is not a day of the calendar (2025-02 has 28 days)"),
    ("date-month-13", claim(extra="date: 2025-13"), BAD, "2025-13 has no month 13"),
    ("date-year-zero", claim(extra="date: 0000-01-01"), BAD, "have no year 0000"),
    ("date-year-zero-month", claim(extra="date: 0000-05"), BAD, "invalid date"),
    ("date-year-zero-year", claim(extra='date: "0000"'), BAD, "invalid date"),
    ("date-year-zero-number", claim(extra="date: 0000"), BAD, "invalid date"),
    ("date-bool", claim(extra="date: true"), BAD, "invalid date"),
    ("date-interval-backwards", claim(extra="date: 2025-05-01/2025-04-01"), BAD, "2025-05-01/2025-04-01 ends before it starts"),
    ("integer-text", claim(extra="ordinal: four"), BAD, "expected a whole number"),
    ("integer-fraction", claim(extra="ordinal: 4.5"), BAD, "expected a whole number"),
    ("decimal-text", claim(extra="changePercent: lots"), BAD, "expected a number"),
    ("decimal-infinite", claim(extra="changePercent: .inf"), BAD, "expected a number"),
    ("unknown-fact-type", claim(type="Meting"), BAD, "unknown fact type 'Meting' (did you mean 'Meeting'?)"),
    ("unknown-modality", claim(extra="modality: rumoured"), BAD, "unknown modality"),
    ("reported-without-said-by", claim(extra="modality: reported"), BAD, "needs 'said_by'"),
    ("said-by-organisation-only-via", claim(extra="via: Vladimir Putin"), BAD, "via takes an Organisation"),
    ("fact-missing", claim(fact=None), BAD, "'fact'"),
    ("fact-type-conflict", claim(type="Visit", extra="visitor: Min Aung Hlaing"), BAD, "one fact has one type"),
    ("note-not-text", claim(extra="note: [a, b]"), BAD, "note: expected text"),
    ("claim-id-malformed", corpus_edit(f"claims/{A000}.yaml", "- id: talks-moscow", "- id: Talks_Moscow"),
     r"claim #1 \(line 3\)", "claim id missing or malformed"),
    ("claim-id-number", corpus_edit(f"claims/{A000}.yaml", "- id: talks-moscow", "- id: 012"),
     r"claim #1 \(line 3\)", "claim id missing or malformed"),
    ("claim-id-duplicate", corpus_edit(f"claims/{A000}.yaml", "- id: putin-president", "- id: talks-moscow"),
     r"claim 'talks-moscow' \(line 12\)", "duplicate claim id in this file (first at line 3)"),
    ("claim-not-mapping", corpus_edit(f"claims/{A000}.yaml", "claims:\n", "claims:\n  - just words\n"),
     r"claim #1 \(line 3\)", "each claim is a mapping"),
    ("claims-not-list", inline(("claims:\n  - id: m", "claims: m\nx:\n  - id: m")), "", "a claims file is a mapping"),
    ("claims-file-empty", claims_file(""), "", "a claims file is a mapping"),
    ("claims-too-many", claims_file(f"article: {A000}\nclaims:\n" + "".join(
        f"  - {{id: c{n}, fact: statement-x, type: Statement, about: Russia, quote: Russia}}\n" for n in range(1001))),
     "", "1,001 claims in one file, more than 1,000 (MAX_CLAIMS)"),
    ("article-unknown-id", claims_file("article: 999_missing\nclaims: []\n"), "article", "articles.yaml: add it with 'kg add-article"),
    ("second-file-same-article", claims_folder(f"article: {A000}\nclaims: []\n"), "", "one claims file per article"),
    # YAML: syntax, duplicate keys, tags, aliases, nesting, encoding, control characters.
    ("yaml-malformed", claim(participant="[Vladimir Putin, Min Aung Hlaing"), LINE, "malformed YAML"),
    ("yaml-tab-indent", inline(("  url: https", "\turl: https")), LINE, "malformed YAML"),
    ("yaml-duplicate-key", claim(extra="type: Visit"), LINE, "key 'type' appears twice"),
    ("yaml-merge-into-duplicate", inline(("  - id: m\n", "  - id: m\n    <<: {fact: x}\n    fact: y\n    fact: z\n")),
     r"line 15", "key 'fact' appears twice"),
    ("yaml-merge-of-scalar", inline(("  - id: m\n", "  - id: m\n    <<: text\n")), r"line 13", "merge key"),
    ("yaml-binary-tag", claim(extra="note: !!binary aGVsbG8="), LINE, "unsupported tag"),
    ("yaml-python-tag", claim(extra="note: !!python/object:os.system ls"), LINE, "unsupported tag"),
    ("yaml-custom-tag", claim(extra="note: !secret x"), LINE, "unsupported tag"),
    ("yaml-set-tag", claim(extra="note: !!set {a, b}"), LINE, "unsupported tag"),
    ("yaml-complex-key", claim(extra="? [a, b]\n: c"), LINE, "a key must be a plain value"),
    ("yaml-alias-bomb", claim(extra=_bomb()), LINE, "MAX_ALIAS_NODES"),
    ("yaml-recursive-alias", claim(extra="note: &r [a, *r]"), LINE, "recursive"),
    ("yaml-undefined-alias", claim(extra="note: *nowhere"), LINE, "undefined alias"),
    ("yaml-too-deep", claim(extra=_deep(200)), LINE, "depth"),
    ("yaml-huge-integer", claim(extra="ordinal: " + "9" * 5000), LINE, "too long"),
    ("yaml-not-utf8", claims_file(b"article: 900_new\nclaims: []\nnote: caf\xe9\n"), r"byte \d+", "not UTF-8"),
    ("yaml-utf16", claims_file("article: 900_new\nclaims: []\n".encode("utf-16")), r"byte 0", "looks like UTF-16"),
    ("yaml-nul-escape", claim(extra='note: "a\\0b"'), LINE, "control character U+0000"),
    ("yaml-escape-sequence", claim(extra='note: "\\e[2J\\e[31mred"'), LINE, "control character U+001B"),
    ("yaml-form-feed-in-quote", claim(quote='"In Moscow\\fon Tuesday"'), LINE, "control character U+000C"),
    ("yaml-control-in-key", claim(extra='"\\x07bell": x'), LINE, "control character U+0007"),
    ("yaml-fifo", special_file("fifo"), "", "not a regular file"),
    ("yaml-device", special_file("device"), "", "not a regular file"),
    # Article texts: paths, devices, size, encoding, control characters.
    ("path-absolute", inline(("file: ../articles/900_new.txt", "file: /etc/passwd")), r"file \(line 3\)", "absolute path"),
    ("path-dotdot-escape", inline(("file: ../articles/900_new.txt", "file: ../../../../../../etc/passwd")),
     r"file \(line 3\)", "outside the corpus folder"),
    ("path-device", inline(("file: ../articles/900_new.txt", "file: /dev/zero")), r"file \(line 3\)", "absolute path"),
    ("path-symlink-outside", inline(("file: ../articles/900_new.txt", "file: ../articles/link.txt"), prepare=_link_outside),
     r"file \(line 3\)", "outside the corpus folder"),
    ("path-fifo", inline(("file: ../articles/900_new.txt", "file: ../articles/fifo.txt"), prepare=_fifo),
     r"file \(line 3\)", "not a regular file"),
    ("path-directory", inline(("file: ../articles/900_new.txt", "file: ../articles")), r"file \(line 3\)", "directory"),
    ("path-missing", inline(("file: ../articles/900_new.txt", "file: ../articles/none.txt")), r"file \(line 3\)", "not found"),
    ("path-not-text", inline(("file: ../articles/900_new.txt", "file: [a.txt]")), r"file \(line 3\)", "expected a path"),
    ("text-too-large", inline(prepare=_huge), r"file \(line 3\)", "the limit is 4,194,304 bytes"),
    ("text-not-utf8", inline(text=b"Lavrov met Wang Yi \xff"), r"file \(line 3\)", "not UTF-8"),
    ("text-utf16", inline(text=TEXT.encode("utf-16")), r"file \(line 3\)", "looks like UTF-16 text: convert it to UTF-8"),
    ("text-form-feed", inline(text=TEXT + "\x0cPage 2\n"), r"file \(line 3\)", f"U+000C at offset {len(TEXT)} (line 2)"),
    ("text-nul", inline(text="\x00" + TEXT), r"file \(line 3\)", "U+0000 at offset 0 (line 1)"),
    ("text-vertical-tab", inline(text=TEXT.replace("said.", "said.\x0b")), r"file \(line 3\)", "U+000B at offset 65"),
    ("text-escape", inline(text=TEXT + "\x1b[2J"), r"file \(line 3\)", "U+001B"),
    ("text-noncharacter", inline(text=TEXT + "\uffff"), r"file \(line 3\)", "U+FFFF"),
    # Article metadata: reserved ids, numbers for ids, URLs, dates, booleans, hashes, types.
    ("id-reserved-ontology", inline(("id: 900_new", "id: ontology")), r"line 2", "reserved"),
    ("id-reserved-shapes", inline(("id: 900_new", "id: shapes")), r"line 2", "reserved"),
    ("id-reserved-any-case", inline(("id: 900_new", "id: OnToLoGy")), r"line 2", "reserved"),
    ("id-number", inline(("id: 900_new", "id: 012")), r"line 2", "write it in quotes"),
    ("id-malformed", inline(("id: 900_new", "id: 900/new")), r"line 2", "malformed"),
    ("id-missing", inline(("  id: 900_new\n", "")), r"line 2", "'id' is missing"),
    ("url-javascript", inline(("url: https://example.org/a", "url: javascript:alert(1)")), r"url \(line 4\)", "http(s) IRI"),
    ("url-ftp", inline(("url: https://example.org/a", "url: ftp://example.org/a")), r"url \(line 4\)", "http(s) IRI"),
    ("url-with-space", inline(("url: https://example.org/a", "url: https://example.org/a b")), r"url \(line 4\)", "http(s) IRI"),
    ("url-number", inline(("url: https://example.org/a", "url: 42")), r"url \(line 4\)", "http(s) IRI"),
    ("published-year-zero", inline(("published: 2025-04-02", "published: 0000-04-02")), r"published \(line 5\)", "invalid date"),
    ("published-impossible", inline(("published: 2025-04-02", "published: 2025-02-30")), r"published \(line 5\)", "invalid date"),
    ("published-compact", inline(("published: 2025-04-02", "published: 20250402")), r"published \(line 5\)", "invalid date"),
    ("inferred-quoted-false", inline(("published_inferred: false", 'published_inferred: "false"')),
     r"published_inferred \(line 6\)", "expected true or false"),
    ("inferred-yaml11-no", inline(("published_inferred: false", "published_inferred: no")),
     r"published_inferred \(line 6\)", "expected true or false"),
    ("title-list", inline(("title: Lavrov in Beijing", "title: [Lavrov, Beijing]")), r"title \(line 7\)", "expected text"),
    ("title-number", inline(("title: Lavrov in Beijing", "title: 1984")), r"title \(line 7\)", "write it in quotes"),
    ("sha256-false", inline(("  title: Lavrov in Beijing\n", "  sha256: false\n")), r"sha256 \(line 7\)", "64 hexadecimal"),
    ("sha256-mismatch", inline(("  title: Lavrov in Beijing\n", "  sha256: " + "a" * 64 + "\n")),
     r"sha256 \(line 7\)", "no longer matches"),
    ("article-unknown-field", inline(("  title: Lavrov", "  headline: x\n  title: Lavrov")), r"line 2", "unknown field(s) headline"),
    # Inline entities.
    ("entity-id-reserved", inline(("{id: wang-yi,", "{id: fact,")), r"line 10", "reserved"),
    ("entity-id-number", inline(("{id: wang-yi,", "{id: 12,")), r"line 10", "write it in quotes"),
    ("entity-label-list", inline(("label: Wang Yi,", "label: [Wang, Yi],")), r"line 10", "label: expected text"),
    ("entity-alias-number", inline(("aliases: [Lavrov]", "aliases: [Lavrov, 7]")), r"line 9", "aliases must be a list of names"),
    ("entity-wikidata-number", inline(("wikidata: Q22348", "wikidata: 22348")), r"line 10", "QID"),
    ("entity-unknown-type", inline(("type: Person, label: Wang", "type: Persn, label: Wang")), r"line 10", "unknown type 'Persn'"),
    ("entity-name-taken", inline(("aliases: [Lavrov]", "aliases: [Lavrov, Putin]")), r"line 9", "already belongs to entity"),
    # The corpus's own files, through kg build.
    ("corpus-article-id-reserved", corpus_edit("articles.yaml", f"- id: {A000}", "- id: ontology"), r"article #1 \(line 19\)", "reserved"),
    ("corpus-file-absolute", corpus_edit("articles.yaml", f"file: articles/{A000}.txt", "file: /etc/passwd"),
     r"file \(line 20\)", "absolute path"),
    ("corpus-file-escape", corpus_edit("articles.yaml", f"file: articles/{A000}.txt", "file: ../../etc/hostname"),
     r"file \(line 20\)", "outside the corpus folder"),
    ("corpus-inferred-string", corpus_edit("articles.yaml", "  published_inferred: true", '  published_inferred: "false"'),
     r"published_inferred \(line 25\)", "expected true or false"),
    ("corpus-sha256-false", corpus_edit("articles.yaml", "sha256: 8a82845fc83e7c92360e7674bae058bbbde3473badbabc8de885c7a215dca3d3",
                                          "sha256: false"), r"sha256 \(line 21\)", "64 hexadecimal"),
    ("corpus-duplicate-article", corpus_edit("articles.yaml", "- id: 001_b1905f8d3f03f93f", f"- id: {A000}"), LINE,
     "duplicate article id"),
    ("corpus-entity-id-reserved", corpus_edit("entities.yaml", "- id: russia", "- id: claim"), r"line 14", "reserved"),
    ("corpus-entity-duplicate", corpus_edit("entities.yaml", "- id: myanmar\n", "- id: russia\n"), r"line 19", "declared again"),
    ("corpus-entities-yaml11-alias", corpus_edit("entities.yaml", "aliases: [Russian Federation]", "aliases: [Russian Federation, 012]"),
     r"line 14", "aliases must be a list of names"),
]


@pytest.fixture(scope="session")
def nquads_before(built_store):
    """The built store's quads, which every refusal must leave as they were. Made once
    per process (session scope, as ``built_store``), not per module: a module fixture
    would tie all the rows to one xdist worker, and nothing here is shared state."""
    return store_quads(built_store)


def test_there_are_enough_kinds():
    assert len(ROWS) >= 60
    assert len({r[0] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_hostile_input_is_refused(row, corpus_copy, store_copy, nquads_before):
    _, make, where, problem = row
    args, name = make(corpus_copy)
    proc = run_kg(args[0], "--store", store_copy, *args[1:], in_process=True)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    assert "Traceback" not in out
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error: ")]
    assert errors, proc.stderr
    # One message line holds the file, the place in it and the problem.
    lines = [line for line in proc.stderr.splitlines() if name in line and problem in line]
    assert lines, f"no line names {name!r} and {problem!r}:\n{proc.stderr}"
    assert any(re.search(where, line) for line in lines), f"no line names the place {where!r}:\n{proc.stderr}"
    assert store_quads(store_copy) == nquads_before


# -- The starting points are valid: each row's refusal is its own change's doing ------------

def test_control_inputs_ingest(corpus_copy, store_copy):
    args, _ = claim()(corpus_copy)
    run_kg(args[0], "--store", store_copy, *args[1:], check=0, in_process=True)
    args, _ = inline()(corpus_copy)
    proc = run_kg(args[0], "--store", store_copy, *args[1:], check=0, in_process=True)
    assert "Ingested 1 article(s): 1 claims" in proc.stdout


def _objects(store_path: Path, predicate: str) -> set[str]:
    store = ox.Store.read_only(str(store_path))
    return {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None)}


def test_control_merge_keys_apply(corpus_copy, store_copy):
    """A merge key is applied as YAML defines it: keys written in the mapping win over
    merged ones, merged keys fill the rest."""
    args, _ = inline(("  - id: m\n", "  - id: m\n    <<: {fact: other-fact, note: merged}\n"))(corpus_copy)
    run_kg(args[0], "--store", store_copy, *args[1:], check=0, in_process=True)
    assert "merged" in _objects(store_copy, "http://www.w3.org/2000/01/rdf-schema#comment")
    facts = {f.rsplit("/", 1)[-1] for f in _objects(store_copy, "https://w3id.org/geopolitics-kg/ontology#supports")}
    assert "meeting-lavrov-wang-2025-04-01" in facts and "other-fact" not in facts


def test_quote_offsets_count_after_a_byte_order_mark(corpus_copy, store_copy):
    """A leading U+FEFF is not text: the quote's offsets are those a reader that strips
    it finds, and the stored text starts after it."""
    args, _ = inline(text="\ufeff" + TEXT)(corpus_copy)
    run_kg(args[0], "--store", store_copy, *args[1:], check=0, in_process=True)
    rows = run_kg("query", "--store", store_copy, "-F", "csv", "--sparql", """
        SELECT ?start ?end ?text WHERE {
          ?sel oa:start ?start ; oa:end ?end .
          ?ev oa:hasTarget/oa:hasSelector ?sel ; oa:hasTarget/oa:hasSource article:900_new .
          article:900_new gkg:articleText ?text }""", check=0, in_process=True).stdout.splitlines()
    start, end = rows[1].split(",")[:2]
    assert (int(start), int(end)) == (0, len("Lavrov met Wang Yi in Beijing on 1 April 2025"))
    assert TEXT[int(start):int(end)] == "Lavrov met Wang Yi in Beijing on 1 April 2025"


def test_yaml_12_reads_what_is_written(corpus_copy, store_copy):
    """Values that YAML 1.1 would coerce stay as written: 'NO' and 'on' are names (not
    false and true), '1:30' is text (not 90), 010 is ten (not eight), and the
    non-specific tag '!' keeps '012' text."""
    args, _ = inline(
        ("aliases: [Lavrov]", "aliases: [Lavrov, NO, on, ! 012]"),
        ("    date: 2025-04-01\n", "    date: 2025-04-01\n    ordinal: 010\n    note: 1:30\n"),
    )(corpus_copy)
    run_kg(args[0], "--store", store_copy, *args[1:], check=0, in_process=True)
    assert {"NO", "on", "012"} <= _objects(store_copy, "http://www.w3.org/2004/02/skos/core#altLabel")
    assert "1:30" in _objects(store_copy, "http://www.w3.org/2000/01/rdf-schema#comment")
    assert "10" in _objects(store_copy, "https://w3id.org/geopolitics-kg/ontology#ordinal")


def test_terminal_output_is_neutralised_and_machine_formats_exact(corpus_copy, store_copy):
    """C1 controls (U+009B is a one-character escape sequence introducer) and bidi
    overrides are valid XML text, so they may be in the data; the table shows them as
    escapes, csv and json keep them exact."""
    args, _ = inline(("title: Lavrov in Beijing", 'title: "Lavrov \\x9b31m in \\u202eBeijing"'))(corpus_copy)
    run_kg(args[0], "--store", store_copy, *args[1:], check=0, in_process=True)
    query = "SELECT ?t WHERE { article:900_new dcterms:title ?t }"
    table = run_kg("query", "--store", store_copy, "--sparql", query, check=0, in_process=True).stdout
    assert "Lavrov \\x9b31m in \\u202eBeijing" in table
    assert "\x9b" not in table and "\u202e" not in table
    csv = run_kg("query", "--store", store_copy, "-F", "csv", "--sparql", query, check=0, in_process=True).stdout
    assert "Lavrov \x9b31m in \u202eBeijing" in csv


def test_escape_sequences_in_error_messages_are_neutralised(corpus_copy, store_copy):
    args, _ = claim(participant='["Putin\\u009b2J\\u202e"]')(corpus_copy)
    proc = run_kg(args[0], "--store", store_copy, *args[1:], check=2, in_process=True)
    assert "\x9b" not in proc.stderr and "\u202e" not in proc.stderr
    assert "unknown entity 'Putin\\x9b2J\\u202e'" in proc.stderr


def test_validate_reports_a_reasoner_failure_instead_of_crashing(store_copy):
    """A store written before control characters were refused may hold text HermiT
    cannot read (a form feed): kg validate reports it as a problem (exit 1), with no
    traceback."""
    store = ox.Store(str(store_copy))
    graph = ox.NamedNode("https://w3id.org/geopolitics-kg/graph/000_0f2a5f001831298a")
    store.add(ox.Quad(ox.NamedNode("https://w3id.org/geopolitics-kg/article/000_0f2a5f001831298a"),
                      ox.NamedNode("https://w3id.org/geopolitics-kg/ontology#publicationDateBasis"),
                      ox.Literal("Page\x0cbreak"), graph))
    store.flush()
    del store
    proc = run_kg("validate", "--store", store_copy, check=1, in_process=True)
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "the OWL reasoner could not check the graph (org.semanticweb.HermiT" in proc.stdout


def test_query_parameter_that_is_not_utf8(built_store):
    """Bytes that are not UTF-8 in a --param value (they reach Python as lone
    surrogates) are refused by name, for text and entity parameters alike."""
    for query, param in (("statements", "quote"), ("profile", "entity")):
        # A process of its own: the interpreter turns the bytes of its arguments into
        # the surrogates, as it does for a user's shell.
        proc = run_kg("query", "--store", built_store, query, "-p", f"{param}=caf\udce9", check=2)
        assert proc.stderr == f"Error: --param {param}: the value is not UTF-8 text\n"


def test_messages_stay_short_whatever_the_value(corpus_copy, store_copy):
    """A 200,000-character name, quote or id is named by its first characters only."""
    long = "Putin " * 33_334
    args, _ = claim(participant=f"[{long}]", quote=f'"{long}"', extra=f"id2: x\nfact2: {long}")(corpus_copy)
    proc = run_kg(args[0], "--store", store_copy, *args[1:], check=2, in_process=True)
    assert "unknown entity 'Putin Putin" in proc.stderr and "quote not found verbatim" in proc.stderr
    assert len(proc.stderr) < 3000, len(proc.stderr)
