"""Deterministic dumps in the RDF formats other tools read: the same store content gives
the same bytes, so published dumps can be diffed. No node is blank except the
ontology's, which get canonical names (RDFC-1.0).

Formats are named as Jena's riot and Oxigraph's CLI name them: by file extension
(``.ttl .trig .nt .nq .jsonld .rdf``, each optionally ``.gz``), by short name (``ttl``,
``nt``, ``json-ld``) or by media type (``text/turtle``). N-Quads, N-Triples, Turtle and
TriG are streamed (:func:`export_to`): graph by graph in the order of their IRIs, each
written by Oxigraph's serialiser straight from the store's index, in constant memory and
within a few per cent of ``oxigraph dump`` (docs/benchmark.md). ``pretty`` Turtle and TriG
come from RDFLib's serialiser, built in memory from sorted triples: a subject's triples
under one blank-line-separated block with ``a`` first, multi-line texts as long strings.
RDF/XML is Oxigraph's, and JSON-LD Oxigraph's expanded form compacted with the project's
prefixes as its context (pyld, JSON-LD 1.1 Compaction), both built in memory."""

from __future__ import annotations

import gzip
import json
import logging
import warnings
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError
from kg.files import write_atomically
from kg.namespaces import GRAPH, ONTOLOGY_GRAPH, PREFIXES
from kg.output import GRAPH_EXTENSIONS
from kg.store import GraphStore, rdflib_term

#: The export formats by their canonical name.
FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
#: Formats that keep named graphs; the others merge them into one graph.
DATASET_FORMATS = {"trig", "nquads", "jsonld"}
#: Other names users give the formats (riot's --output names and the usual short forms);
#: media types are resolved by Oxigraph (``RdfFormat.from_media_type``).
ALIASES = {
    "ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "nq": "nquads", "n-quads": "nquads",
    "json-ld": "jsonld", "rdf": "rdfxml", "xml": "rdfxml", "rdf/xml": "rdfxml", "rdf-xml": "rdfxml",
}
#: Prefixes of the dumps: the query prefixes plus one for the named graphs (TriG, JSON-LD).
DUMP_PREFIXES = {**PREFIXES, "graph": GRAPH}


def _by_oxigraph_format(rdf_format) -> str | None:
    return next((name for name, f in FORMATS.items() if f == rdf_format), None)


def format_name(spec: str) -> str:
    """The canonical name (a key of :data:`FORMATS`) of a format given by name, short
    name or media type, case-insensitively: ``"ttl"``, ``"text/turtle"`` → ``"turtle"``.

    Raises :class:`kg.errors.KGError` listing the accepted names when ``spec`` is none.

    >>> format_name("application/ld+json"), format_name("NT")
    ('jsonld', 'ntriples')
    """
    key = spec.strip().lower()
    name = key if key in FORMATS else ALIASES.get(key)
    if name is None and "/" in key:
        name = _by_oxigraph_format(ox.RdfFormat.from_media_type(key))
    if name is None:
        accepted = ", ".join([*FORMATS, *ALIASES])
        raise KGError(f"unknown RDF format {spec!r}: use one of {accepted}, or a media type such as text/turtle")
    return name


def format_of_path(path) -> tuple[str | None, bool]:
    """The format a file name's extension stands for, and whether it ends in ``.gz``:
    ``"kg.nt.gz"`` → ``("ntriples", True)``; ``(None, …)`` for an extension not in
    :data:`kg.output.GRAPH_EXTENSIONS`.

    >>> format_of_path("dump/kg.nq.gz"), format_of_path("kg.txt")
    (('nquads', True), (None, False))
    """
    suffixes = [s.lower() for s in Path(path).suffixes]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    if compressed:
        suffixes.pop()
    return (GRAPH_EXTENSIONS.get(suffixes[-1]) if suffixes else None), compressed


def output_format(fmt: str | None, output) -> tuple[str, bool]:
    """The format and compression of ``kg export``: ``fmt`` (any name
    :func:`format_name` takes, or None) and ``output`` (a path, or None/``-`` for standard
    output). Without ``fmt`` the file's extension decides, and standard output gets
    Turtle; an ``fmt`` that contradicts a known extension is refused, not obeyed
    silently. Raises :class:`kg.errors.KGError` naming the file.

    >>> output_format(None, "kg.nt"), output_format("ttl", None), output_format(None, "kg.jsonld.gz")
    (('ntriples', False), ('turtle', False), ('jsonld', True))
    """
    named = format_name(fmt) if fmt else None
    if output is None or str(output) == "-":
        return named or "turtle", False
    by_extension, compressed = format_of_path(output)
    if named and by_extension and named != by_extension:
        raise KGError(f"{output}: --format {fmt} contradicts the file's extension, which stands for "
                      f"{by_extension}; name the file for the format or leave out --format")
    if not (named or by_extension):
        site = " (for the evidence browser's pages as a folder of HTML files: --format html -o DIR)" \
            if str(output).lower().endswith((".html", ".htm")) else ""
        raise KGError(f"{output}: cannot tell the RDF format from the extension; give --format or name the "
                      f"file .ttl, .trig, .nt, .nq, .jsonld or .rdf (optionally followed by .gz){site}")
    return named or by_extension, compressed


def _exact_literals(serializer):
    """RDFLib's Turtle/TriG serialiser, but writing every literal with its own lexical
    form: RDFLib's shorthand for numbers and booleans rewrites some ("1e0" as 1e+00,
    "1"^^xsd:boolean as 1, an integer), which would change the data; and TriG's graphs
    in the order of their IRIs."""
    import rdflib

    class Exact(serializer):
        def __init__(self, store):
            super().__init__(store)
            if hasattr(self, "contexts"):  # TriG: graphs in IRI order, not the store's hash order
                self.contexts.sort(key=lambda g: str(g.identifier))

        def label(self, node, position):
            if isinstance(node, rdflib.Literal):
                if "\\" in node:
                    # RDFLib's long strings end '\\"' + '"""' wrongly for a text ending in a
                    # backslash and a quote: such texts are written as N-Triples writes them
                    # (Oxigraph), which Turtle reads alike.
                    kind = {"language": node.language} if node.language else \
                        {"datatype": ox.NamedNode(node.datatype)} if node.datatype else {}
                    return str(ox.Literal(str(node), **kind))
                return node._literal_n3(use_plain=False, qname_callback=lambda dt: self.get_pname(dt, False))
            return super().label(node, position)

    return Exact


def _pretty_text(items: list, fmt: str) -> bytes:
    """Turtle or TriG by RDFLib's serialiser: a blank line between subjects, ``a``
    first, long (multi-line) strings kept on their lines. ``items`` are sorted triples
    (Turtle) or quads (TriG)."""
    import io

    import rdflib
    from rdflib.namespace import NamespaceManager
    from rdflib.plugins.serializers.trig import TrigSerializer
    from rdflib.plugins.serializers.turtle import TurtleSerializer

    graph = rdflib.Dataset() if fmt == "trig" else rdflib.Graph()
    # Only the dump's prefixes, not RDFLib's own list of well-known ones.
    graph.namespace_manager = NamespaceManager(graph, bind_namespaces="none")
    for prefix, iri in DUMP_PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    # RDFLib warns (a logged traceback, or a UserWarning) of literals whose lexical form
    # is not valid for their datatype; they are written as they are, so the warnings say
    # nothing here. Its TriG writer also calls its own deprecated Dataset methods.
    quiet = logging.getLogger("rdflib.term")
    level, quiet.level = quiet.level, logging.ERROR
    out = io.BytesIO()
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=UserWarning, module=r"rdflib\.")
            warnings.simplefilter("ignore", DeprecationWarning)
            for q in items:
                triple = tuple(rdflib_term(t) for t in (q.subject, q.predicate, q.object))
                if fmt == "trig" and isinstance(getattr(q, "graph_name", None), ox.NamedNode):
                    graph.add((*triple, rdflib.URIRef(q.graph_name.value)))
                else:  # Turtle, or a triple of the default graph (a CONSTRUCT's, in TriG)
                    graph.add(triple)
            serializer = _exact_literals(TrigSerializer if fmt == "trig" else TurtleSerializer)
            serializer(graph).serialize(out, encoding="utf-8")
    finally:
        quiet.level = level
    return out.getvalue()


def _compacted_jsonld(quads: list[ox.Quad]) -> bytes:
    """JSON-LD compacted with :data:`DUMP_PREFIXES` as its context (pyld implements the
    JSON-LD 1.1 Compaction Algorithm), from Oxigraph's expanded JSON-LD of ``quads``;
    keys sorted, two-space indents, UTF-8."""
    from pyld import jsonld

    expanded = json.loads(ox.serialize(quads, format=ox.RdfFormat.JSON_LD) or b"[]")
    compacted = jsonld.compact(expanded, {"@context": DUMP_PREFIXES})
    return (json.dumps(compacted, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def serialize(items: list, fmt: str) -> bytes:
    """``items`` (triples, or quads for the formats of :data:`DATASET_FORMATS`), in the
    order given, as ``fmt`` (a key of :data:`FORMATS`): bytes of UTF-8 text."""
    if fmt in ("turtle", "trig"):
        return _pretty_text(items, fmt)
    if fmt == "jsonld":
        return _compacted_jsonld(items)
    prefixes = DUMP_PREFIXES if fmt == "rdfxml" else None
    return ox.serialize(items, format=FORMATS[fmt], prefixes=prefixes) or b""


def compress(data: bytes) -> bytes:
    """``data`` gzip-compressed with no time stamp or file name, so that the same dump
    gives the same bytes (RFC 1952 allows MTIME 0)."""
    return gzip.compress(data, mtime=0)


def _sort_key(q: ox.Quad | ox.Triple):
    return str(q)


def canonical_blank_nodes(quads: list[ox.Quad]) -> list[ox.Quad]:
    """``quads`` with their blank nodes named by what they are, not by the id a store
    gave them: RDF Dataset Canonicalization (RDFC-1.0, W3C Recommendation 2024), as
    Oxigraph implements it (``Dataset.canonicalize``), which names them ``c14n0``,
    ``c14n1``, … Only the ontology has blank nodes (OWL lists and class expressions).
    The order of the quads is not kept (callers sort them); duplicates go.

    >>> p = ox.NamedNode("http://example.org/p")
    >>> [str(q.object) for q in canonical_blank_nodes([ox.Quad(p, p, ox.BlankNode("x7"))])]
    ['_:c14n0']
    """
    if not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object)):
        return quads
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return list(dataset)


#: Formats written graph by graph straight from Oxigraph's serialisers, in constant memory.
STREAMED_FORMATS = ("nquads", "ntriples", "turtle", "trig")


def _streamed_as_is(graph: str) -> bool:
    """Whether ``graph`` is written in the store's own order: the graphs ``kg.mapping``
    writes (one per article, and the derived facts graph) name every node with an IRI, so
    the order of the store's index (subject, predicate, object by their encoded forms) is
    a function of their content alone (for one version of Oxigraph's storage encoding: an
    upgrade that changed it could order lines differently, never change them). Other graphs (the ontology, with its OWL blank
    nodes) get canonical blank node names and sorted triples instead."""
    return graph.startswith(GRAPH) and graph != ONTOLOGY_GRAPH


class _Lines:
    """A binary sink for a serialiser that passes on whole lines only, each chunk of
    them rewritten by ``rewrite`` (bytes → bytes): Oxigraph's N-Triples and Turtle writers
    escape line breaks inside literals, so a line break always ends a line of syntax and
    a rewrite never sees half a term. Leading ``@prefix`` lines are dropped when
    ``drop_prefixes`` (the dump writes its prefixes once, at the top)."""

    def __init__(self, out, rewrite=None, drop_prefixes: bool = False):
        self.out, self.rewrite, self.drop_prefixes = out, rewrite, drop_prefixes
        self.tail = b""
        self.lines = 0  # lines passed on: triples, for N-Triples and N-Quads

    def write(self, chunk) -> int:
        data = self.tail + bytes(chunk)
        cut = data.rfind(b"\n") + 1
        self.tail = data[cut:]
        if cut:
            self._pass(data[:cut])
        return len(chunk)

    def _pass(self, data: bytes) -> None:
        if self.drop_prefixes:
            while data.startswith(b"@prefix "):
                data = data[data.index(b"\n") + 1:]
            if not data:
                return
            self.drop_prefixes = False
        self.lines += data.count(b"\n")
        self.out.write(self.rewrite(data) if self.rewrite else data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.tail:
            self._pass(self.tail)
            self.tail = b""


def _prefix_header(prefixes: dict[str, str]) -> bytes:
    return "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in prefixes.items()).encode("utf-8")


def _graph_label(graph: str) -> str:
    """How TriG names ``graph``: ``graph:LOCAL`` where the local name is a plain one,
    else the full IRI."""
    import re

    local = graph[len(GRAPH):] if graph.startswith(GRAPH) else ""
    return f"graph:{local}" if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_-]*", local) else f"<{graph}>"


def _dump_graph(store: GraphStore, graph: str, sink, fmt: str) -> None:
    """One named graph as N-Triples or Turtle (``fmt``) into ``sink``, straight from the
    store or, for the graphs :func:`_streamed_as_is` excludes, canonicalised and sorted."""
    rdf_format = ox.RdfFormat.TURTLE if fmt in ("turtle", "trig") else ox.RdfFormat.N_TRIPLES
    prefixes = DUMP_PREFIXES if rdf_format == ox.RdfFormat.TURTLE else None
    node = ox.NamedNode(graph)
    if _streamed_as_is(graph):
        store.store.dump(sink, rdf_format, from_graph=node, prefixes=prefixes)
    else:
        quads = canonical_blank_nodes(list(store.store.quads_for_pattern(None, None, None, node)))
        ox.serialize(sorted((q.triple for q in quads), key=_sort_key), sink, rdf_format, prefixes=prefixes)
    sink.close()


def write_nquads(store: GraphStore, graph: str, out) -> int:
    """The named ``graph`` as N-Quads into ``out`` (a binary file object), as
    :func:`export_to` writes it; returns the number of quads (lines) written."""
    label = f" <{graph}> .\n".encode()
    sink = _Lines(out, lambda data: data.replace(b" .\n", label))
    _dump_graph(store, graph, sink, "nquads")
    return sink.lines


def export_to(store: GraphStore, out, fmt: str = "turtle", ontology: bool = True,
              graphs: list[str] | None = None, progress: Callable[[], None] | None = None) -> None:
    """Write the store (or the named ``graphs``) in ``fmt`` (any name :func:`format_name`
    takes) to ``out``, a binary file object, in constant memory for the formats of
    :data:`STREAMED_FORMATS`.

    The named graphs go in the order of their IRIs, each as Oxigraph's serialiser writes
    it from the store's index (``Store.dump``), so no quad becomes a Python object; the
    same content gives the same bytes (see :func:`_streamed_as_is` for the order within a
    graph). N-Quads and TriG name each triple's graph; N-Triples and Turtle merge the
    graphs, which hold no triple in common (the layout keeps each triple in one graph:
    docs/layout.md). Turtle and TriG write the prefixes of :data:`DUMP_PREFIXES` once, at
    the top, and a subject's triples together (``;``-separated), in the store's order.
    ``progress`` is called once per graph written. JSON-LD and RDF/XML, one document
    each, are built in memory (:func:`export`). Raises :class:`kg.errors.KGError` for an
    unknown format; ``OSError`` of ``out`` passes through.
    """
    fmt = format_name(fmt)
    if fmt not in STREAMED_FORMATS:
        out.write(export(store, fmt, ontology=ontology, graphs=graphs))
        return
    wanted = set(graphs) if graphs else None
    names = [g for g in store.graphs() if (ontology or g != ONTOLOGY_GRAPH) and (wanted is None or g in wanted)]
    if fmt in ("turtle", "trig"):
        out.write(_prefix_header(DUMP_PREFIXES) + (b"\n" if fmt == "turtle" else b""))
    for g in names:
        if fmt == "nquads":
            write_nquads(store, g, out)
        elif fmt == "ntriples":
            _dump_graph(store, g, _Lines(out), fmt)
        else:
            if fmt == "trig":
                out.write(f"\n{_graph_label(g)} {{\n".encode())
            # A blank line after each subject's statement, where people look for one.
            _dump_graph(store, g, _Lines(out, lambda data: data.replace(b" .\n", b" .\n\n"), drop_prefixes=True),
                        fmt)
            if fmt == "trig":
                out.write(b"}\n")
        if progress:
            progress()


def export(store: GraphStore, fmt: str = "turtle", ontology: bool = True, graphs: list[str] | None = None,
           pretty: bool = False) -> bytes:
    """Serialise the store (or the named ``graphs``) in ``fmt`` (any name
    :func:`format_name` takes) as bytes (UTF-8 text), in memory.

    N-Quads, N-Triples, and Turtle and TriG unless ``pretty``, are the bytes
    :func:`export_to` streams. ``pretty`` Turtle and TriG, JSON-LD and RDF/XML are built
    from every quad sorted by its N-Quads form: memory grows with the store. Triple
    formats merge the graphs.
    """
    import io

    fmt = format_name(fmt)
    if fmt in STREAMED_FORMATS and not (pretty and fmt in ("turtle", "trig")):
        out = io.BytesIO()
        export_to(store, out, fmt, ontology=ontology, graphs=graphs)
        return out.getvalue()
    wanted = set(graphs) if graphs else None
    quads = [
        q for q in store.store.quads_for_pattern(None, None, None, None)
        if isinstance(q.graph_name, ox.NamedNode)
        and (ontology or q.graph_name.value != ONTOLOGY_GRAPH)
        and (wanted is None or q.graph_name.value in wanted)
    ]
    quads = canonical_blank_nodes(quads)
    if fmt in DATASET_FORMATS:
        # Group by graph, then by subject, for readable TriG and JSON-LD.
        items = sorted(quads, key=lambda q: (q.graph_name.value, str(q.triple)))
    else:
        items = sorted({q.triple for q in quads}, key=_sort_key)
    return serialize(items, fmt)


#: File extensions of the formats ``export_split`` writes, one graph per file.
SPLIT_FORMATS = {"ntriples": "nt", "turtle": "ttl"}
#: The mapping file of a split export: one ``file<TAB>graph IRI`` line per file.
SPLIT_INDEX = "graphs.tsv"


def split_file_stem(graph: str) -> str:
    """The file name (without extension) for ``graph``: the article id, ``ontology``,
    or for a graph outside our prefix a safe name with a hash that keeps it unique.

    >>> split_file_stem("https://w3id.org/geopolitics-kg/graph/000_0f2a5f001831298a")
    '000_0f2a5f001831298a'
    >>> split_file_stem("http://example.org/other graph")
    'graph-bb381c5d0c9f'
    """
    import hashlib
    import re

    from kg.namespaces import GRAPH

    local = graph[len(GRAPH):] if graph.startswith(GRAPH) else ""
    if local and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", local):
        return local
    return "graph-" + hashlib.sha1(graph.encode("utf-8")).hexdigest()[:12]


def export_split(store: GraphStore, directory, fmt: str = "ntriples", ontology: bool = True) -> list[tuple[str, str]]:
    """Write one file per named graph into ``directory`` (for bulk loaders that take one
    graph per file, like Virtuoso's ``ld_dir``), plus ``graphs.tsv`` mapping each file to
    its graph IRI and a Virtuoso ``<file>.graph`` file naming the graph next to each file.

    Deterministic, like :func:`export`. Files a previous split export listed in its
    ``graphs.tsv`` are removed first, so a retracted article's file does not linger; a
    non-empty directory without ``graphs.tsv`` is refused rather than written into.
    Returns the (file name, graph IRI) pairs written.
    """
    from pathlib import Path

    from kg.errors import KGError

    fmt = format_name(fmt)
    if fmt not in SPLIT_FORMATS:
        raise KGError(f"--split writes {' or '.join(SPLIT_FORMATS)}, not {fmt}: use --format ntriples or turtle")
    directory = Path(directory)
    index = directory / SPLIT_INDEX
    if directory.exists() and any(directory.iterdir()) and not index.exists():
        raise KGError(f"{directory} is not empty and holds no {SPLIT_INDEX} from an earlier split export: "
                      "give an empty or new directory")
    directory.mkdir(parents=True, exist_ok=True)
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines()[1:]:
            name = line.split("\t", 1)[0]
            if name and "/" not in name:
                (directory / name).unlink(missing_ok=True)
                (directory / f"{name}.graph").unlink(missing_ok=True)

    written = []
    for g in store.graphs():
        if not ontology and g == ONTOLOGY_GRAPH:
            continue
        quads = canonical_blank_nodes(list(store.store.quads_for_pattern(None, None, None, ox.NamedNode(g))))
        triples = sorted((q.triple for q in quads), key=_sort_key)
        name = f"{split_file_stem(g)}.{SPLIT_FORMATS[fmt]}"
        write_atomically(directory / name, serialize(triples, fmt))
        write_atomically(directory / f"{name}.graph", (g + "\n").encode("utf-8"))
        written.append((name, g))
    lines = ["file\tgraph", *(f"{n}\t{g}" for n, g in written)]
    write_atomically(index, ("\n".join(lines) + "\n").encode("utf-8"))
    return written
