"""Property-based tests (Hypothesis) of the readers and writers: whatever the input,
it is either read, mapped and round-tripped through every export format, or refused
with an :class:`~kg.errors.InputError` (exit 2 and an unchanged store through the CLI),
never a traceback. Most properties call the library in-process, which is the same code
the CLI runs, so that hundreds of examples stay within a minute or two; a few run the
real CLI.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
import regex
from hypothesis import HealthCheck, assume, event, given, note, settings
from hypothesis import strategies as st

from conftest import CORPUS, kg_cli
from kg.catalog import load_catalog
from kg.claims import grapheme_span, read_claims
from kg.corpus import BOM, load_yaml
from kg.entities import EntityRegistry, load_registry, load_registry_entries, normalise
from kg.errors import InputError, InputErrors, KGError
from kg.export import DATASET_FORMATS, FORMATS, export
from kg.mapping import article_graph_quads
from kg.ontology import vocabulary
from kg.store import GraphStore

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Characters XML 1.0 allows (and so the store's readers): everything but C0 controls
# other than tab, LF and CR, surrogates, U+FFFE and U+FFFF.
XML_CHARS = st.characters(blacklist_categories=("Cs",),
                          blacklist_characters=[chr(c) for c in range(32) if c not in (9, 10, 13)] + ["\ufffe", "\uffff"])
# Hypothesis draws from the whole of Unicode; these make the interesting cases common.
TRICKY = st.sampled_from(["e\u0301", "\U0001F44D\U0001F3FD", "\U0001F1EB\U0001F1F7", "\r\n", "\u200d", "\ufeff",
                          "\u202e", "\x85", "\u2028", "\t", "'", "\u2019", '"', "\\", ": ", "- ", "#", "&a", "*a", "!!"])
XML_TEXT = st.lists(XML_CHARS | TRICKY, max_size=60).map("".join)
ANY_TEXT = st.lists(st.characters() | TRICKY, max_size=60).map("".join)

# YAML 1.2 reads JSON as JSON; only the characters YAML does not allow raw in a stream
# (DEL, C1 controls, BOM) and those ruamel.yaml still treats as line breaks (NEL,
# U+2028, U+2029) must be written as escapes.
_YAML_UNPRINTABLE = re.compile("[\x7f-\x9f\ufeff\u2028\u2029]")


def to_yaml(value) -> str:
    """``value`` as YAML text: JSON, which YAML 1.2 is a superset of."""
    return _YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory() as d:
        yield Path(d)


def _write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return path


# -- The YAML reader ----------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | XML_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(XML_TEXT, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, **SETTINGS)
@given(value=JSON)
def test_yaml_reads_json_exactly(workdir, value):
    """JSON text is read as the very same values: no YAML 1.1 coercion of '012',
    'no', '1:30', dates, or anything else."""
    text = to_yaml(value)
    note(text)
    assert load_yaml(_write(workdir / "v.yaml", text)) == value


@settings(max_examples=300, **SETTINGS)
@given(text=st.lists(st.sampled_from(list("ab01 :-[]{},&*!|>'\"#%@?\n\t<") + ["<<", "\ufeff", "\x00", "\\"]) | st.characters(),
                     max_size=80).map("".join))
def test_yaml_reader_refuses_or_reads_anything(workdir, text):
    """Any text at all is either read or refused with an InputError naming the file."""
    path = _write(workdir / "any.yaml", text)
    try:
        load_yaml(path)
    except InputError as e:
        assert str(path) in str(e)


# -- The claims reader, the mapping and every export format -----------------------------------

CLAIMS = """\
article:
  id: 900_prop
  file: 900_prop.txt
  url: null
  title: {title}
entities:
  - {{id: lavrov, type: Person, label: {label}, aliases: [Lavrov]}}
claims:
  - id: c
    fact: meeting-prop
    type: Meeting
    participant: [{name}]
    date: {date}
    quote: {quote}
{occurrence}"""


def _claims_file(workdir: Path, text: bytes, quote, occurrence=None, name="Lavrov", label="Sergei Lavrov",
                 date="2025-04-01", title="A title") -> Path:
    folder = workdir / "claims-prop"
    folder.mkdir(exist_ok=True)
    _write(folder / "900_prop.txt", text)
    return _write(folder / "900_prop.yaml", CLAIMS.format(
        quote=to_yaml(quote), name=to_yaml(name), label=to_yaml(label), date=to_yaml(date), title=to_yaml(title),
        occurrence=f"    occurrence: {occurrence}\n" if occurrence else ""))


def _round_trip(quads: list[ox.Quad]) -> None:
    """Every export format parses back to the same quads (or triples, for the formats
    without graphs)."""
    store = GraphStore.in_memory()
    store.store.extend(quads)
    for fmt, rdf_format in FORMATS.items():
        data = export(store, fmt)
        back = list(ox.parse(data, format=rdf_format))
        if fmt in DATASET_FORMATS:
            assert set(back) == set(quads), fmt
        else:
            assert {q.triple for q in back} == {q.triple for q in quads}, fmt


@pytest.fixture(scope="module")
def vocab():
    return vocabulary()


@st.composite
def valid_quotes(draw):
    """A text of XML characters and a quote of whole grapheme clusters from it."""
    text = draw(st.lists(XML_CHARS | TRICKY, min_size=1, max_size=80).map("".join))
    assume(not text.startswith(BOM))
    clusters = regex.findall(r"\X", text)
    i = draw(st.integers(0, len(clusters) - 1))
    j = draw(st.integers(i + 1, len(clusters)))
    quote = "".join(clusters[i:j])
    assume(quote.strip())
    start = len("".join(clusters[:i]))
    return text, quote, start, draw(st.booleans())


@settings(max_examples=200, **SETTINGS)
@given(case=valid_quotes())
def test_a_verbatim_quote_of_whole_characters_is_read_and_round_trips(workdir, vocab, case):
    """A quote of whole grapheme clusters of any text of XML characters is accepted, at
    the offsets it has in the text (after a byte-order mark, if any), and the graph
    round-trips through every export format."""
    text, quote, start, bom = case
    starts = [m.start() for m in re.finditer(f"(?={re.escape(quote)})", text)]
    occurrence = starts.index(start) + 1 if len(starts) > 1 else None
    path = _claims_file(workdir, ((BOM if bom else "") + text).encode("utf-8"), quote, occurrence)
    cf = read_claims(path, EntityRegistry(), vocab)
    (evidence,) = cf.claims[0].quotes
    assert (evidence.start, evidence.end) == (start, start + len(quote))
    assert cf.article.text[evidence.start:evidence.end] == quote
    _round_trip(article_graph_quads(cf.article, cf.claims))


@settings(max_examples=300, **SETTINGS)
@given(text=ANY_TEXT, quote=ANY_TEXT | st.lists(ANY_TEXT, max_size=2) | st.integers() | st.none(),
       occurrence=st.none() | st.integers(-1, 3), name=ANY_TEXT | st.sampled_from(["Lavrov", "LAVROV", " lavrov "]),
       date=ANY_TEXT | st.sampled_from(["2025-04-01", "0000-01-01", "2025-02-30", "2025-13", "1999"]),
       title=ANY_TEXT | st.lists(ANY_TEXT, max_size=2))
def test_any_claims_file_is_read_or_refused(workdir, vocab, text, quote, occurrence, name, date, title):
    """Any text, quote, name, date and title: the file is read, and then every quote
    is the text at its offsets, on grapheme cluster boundaries, and the graph
    round-trips; or it is refused with InputErrors naming the file."""
    path = _claims_file(workdir, text.encode("utf-8", "surrogatepass"), quote, occurrence, name=name,
                        date=date, title=title)
    try:
        cf = read_claims(path, EntityRegistry(), vocab)
    except (InputError, InputErrors) as e:
        assert "900_prop" in str(e)
        event("refused")
        return
    event("read")
    for claim in cf.claims:
        for q in claim.quotes:
            assert cf.article.text[q.start:q.end] == q.exact
            assert grapheme_span(cf.article.text, q.start, q.end) == (q.start, q.end)
    _round_trip(article_graph_quads(cf.article, cf.claims))


# -- The entity registry -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def registry():
    return load_registry(CORPUS / "entities.yaml")


@settings(max_examples=300, **SETTINGS)
@given(name=ANY_TEXT)
def test_resolving_any_name_finds_one_entity_or_none(registry, name):
    ent = registry.resolve(name)
    assert ent is None or normalise(name) in {normalise(n) for n in (ent.id, *ent.names)}
    assert all(isinstance(n, str) for n in registry.near(name))


@settings(max_examples=300, **SETTINGS)
@given(alias=XML_TEXT.filter(lambda s: s.strip()))
def test_a_name_resolves_whatever_its_case_and_spacing(vocab, alias):
    """A name added to the registry is found again, written in upper case or with its
    spaces doubled, unless it is refused for clashing with one already there."""
    reg = load_registry(CORPUS / "entities.yaml")
    entry = {"id": "someone-new", "type": "Person", "label": "Someone New", "aliases": [alias]}
    try:
        load_registry_entries([entry], "prop.yaml", reg, vocab.entity_types)
    except InputError as e:
        assert "already belongs to" in str(e)
        return
    assert reg.resolve(alias).id == "someone-new"
    for variant in (alias.upper(), alias.casefold(), alias.replace(" ", " \t "), f" {alias}\n",
                    alias.replace("'", "\u2019")):
        found = reg.resolve(variant)
        if normalise(variant) == normalise(alias):
            assert found is not None and found.id == "someone-new", variant
        else:  # case folding is not always undone by upper(): then it names someone else or nobody
            assert found is None or found.id != "someone-new"


@settings(max_examples=200, **SETTINGS)
@given(entries=st.lists(st.fixed_dictionaries({}, optional={
    "id": ANY_TEXT | st.integers() | st.sampled_from(["fact", "claim", "new-one", "russia"]),
    "type": st.sampled_from(["Person", "State", "Persn"]) | st.integers(),
    "label": ANY_TEXT | st.lists(ANY_TEXT, max_size=2), "aliases": st.lists(ANY_TEXT | st.integers(), max_size=3) | ANY_TEXT,
    "wikidata": st.sampled_from(["Q159", "Q0", "159"]) | st.integers(), "of": st.sampled_from(["russia", "moscow", "none"]),
}), max_size=3))
def test_any_registry_entries_are_added_or_refused(workdir, vocab, entries):
    path = _write(workdir / "entities.yaml", to_yaml(entries))
    reg = EntityRegistry()
    try:
        data = load_yaml(path)
        load_registry(CORPUS / "entities.yaml")  # the corpus's own registry still reads
        load_registry_entries(data, path, reg, vocab.entity_types)
    except (InputError, InputErrors) as e:  # one problem, or every entry's
        assert str(path) in str(e)


# -- Query parameters --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def opened(built_store):
    store = GraphStore.open(built_store, read_only=True)

    def run(sparql):
        result = store.query(sparql)
        variables = [v.value for v in result.variables]
        return variables, [[s[v] for v in variables] for s in result]

    return run


PARAMS = sorted((q.name, p) for q in load_catalog().values() for p in q.params)


@settings(max_examples=120, **SETTINGS)
@given(which=st.sampled_from(PARAMS), value=ANY_TEXT | st.sampled_from(["Putin", "Russia", "2", "-1", "2025-01-01",
                                                                        '"} } DROP ALL #', "<http://x>"]))
def test_any_parameter_value_binds_and_runs_or_is_refused(opened, which, value):
    """Any value of any parameter of any canned query: the bound query parses and runs
    (no value can change the query's structure), or the value is refused with a
    KGError."""
    name, param = which
    query = load_catalog()[name]
    try:
        sparql = query.bind({param: value}, opened)
    except KGError:
        event("refused")
        return
    event("bound")
    opened(sparql)


@settings(max_examples=8, **SETTINGS)
# A command line is bytes: it holds no NUL, and UTF-8 has no lone surrogate to encode.
@given(which=st.sampled_from(PARAMS),
       value=ANY_TEXT.filter(lambda s: "\x00" not in s and not any("\ud800" <= c <= "\udfff" for c in s)))
def test_query_parameters_through_the_cli(built_store, which, value):
    """The real command: exit 0 with a table, or exit 2 with one 'Error:' line."""
    name, param = which
    proc = kg_cli("query", "--store", built_store, name, "-p", f"{param}={value}")
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 2), proc.stderr
    if proc.returncode == 2:
        assert proc.stderr.startswith("Error: ")
    else:
        assert re.search(r"\(\d+ rows?\)", proc.stdout)


@settings(max_examples=10, **SETTINGS)
@given(case=valid_quotes(), other=ANY_TEXT, mutate=st.sampled_from(["none", "text", "quote", "name"]))
def test_claims_files_through_the_cli(store_copy, workdir, case, other, mutate):
    """The real command, on a valid claims file or one with its text, quote or name
    replaced by anything: exit 0, or exit 2 with 'Error:' and the store's N-Quads as
    they were."""
    text, quote, start, _ = case
    starts = [m.start() for m in re.finditer(f"(?={re.escape(quote)})", text)]
    occurrence = starts.index(start) + 1 if len(starts) > 1 else None
    text, quote = (other if mutate == "text" else text), (other if mutate == "quote" else quote)
    before = kg_cli("export", "--store", store_copy, "-f", "nquads", check=0).stdout
    path = _claims_file(workdir, text.encode("utf-8", "surrogatepass"), quote, occurrence,
                        name=other if mutate == "name" else "Lavrov")
    proc = kg_cli("ingest", "--store", store_copy, path)
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 2), proc.stderr
    event(f"exit {proc.returncode}")
    if proc.returncode == 2:
        assert proc.stderr.startswith("Error: ") and ("900_prop" in proc.stderr or str(workdir) in proc.stderr)
        assert kg_cli("export", "--store", store_copy, "-f", "nquads", check=0).stdout == before
