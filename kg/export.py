"""Deterministic dumps: the same store content gives the same bytes, so published
dumps can be diffed. Quads are sorted before serialising and no node is blank except
the ontology's, which are named by their position in the ontology file."""

from __future__ import annotations


import pyoxigraph as ox

from kg.files import write_atomically  # noqa: F401 - also kg export -o's writer
from kg.namespaces import ONTOLOGY_GRAPH, PREFIXES
from kg.store import GraphStore

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
#: Formats that keep named graphs; the others merge them into one graph.
DATASET_FORMATS = {"trig", "nquads", "jsonld"}


def _sort_key(q: ox.Quad | ox.Triple):
    return str(q)


def canonical_blank_nodes(quads: list[ox.Quad]) -> list[ox.Quad]:
    """Rename blank nodes by what they are, not by the id a store gave them.

    Only the ontology has blank nodes (OWL lists and class expressions), and they form
    trees: each hangs from one parent. A node's new name hashes its parent's name, the
    predicate it hangs from and its whole subtree, so the same ontology always gets the
    same names, whichever ids the store picked when it was loaded.
    """
    import hashlib

    out_edges: dict[ox.BlankNode, list[ox.Quad]] = {}
    parent: dict[ox.BlankNode, ox.Quad] = {}
    for q in quads:
        if isinstance(q.subject, ox.BlankNode):
            out_edges.setdefault(q.subject, []).append(q)
        if isinstance(q.object, ox.BlankNode):
            parent[q.object] = q
    if not out_edges and not parent:
        return quads

    subtree: dict[ox.BlankNode, str] = {}

    def tree(b: ox.BlankNode) -> str:
        if b not in subtree:
            parts = sorted(
                f"{q.predicate} {tree(q.object) if isinstance(q.object, ox.BlankNode) else q.object}"
                for q in out_edges.get(b, [])
            )
            subtree[b] = hashlib.sha1("\n".join(parts).encode()).hexdigest()
        return subtree[b]

    names: dict[ox.BlankNode, ox.BlankNode] = {}

    def name(b: ox.BlankNode) -> ox.BlankNode:
        if b not in names:
            up = parent.get(b)
            above = "" if up is None else (name(up.subject).value if isinstance(up.subject, ox.BlankNode) else str(up.subject))
            anchor = "" if up is None else f"{above} {up.predicate} {up.graph_name}"
            names[b] = ox.BlankNode("b" + hashlib.sha1(f"{anchor}|{tree(b)}".encode()).hexdigest()[:16])
        return names[b]

    def fix(t):
        return name(t) if isinstance(t, ox.BlankNode) else t

    return [ox.Quad(fix(q.subject), q.predicate, fix(q.object), q.graph_name) for q in quads]


def export(store: GraphStore, fmt: str = "turtle", ontology: bool = True, graphs: list[str] | None = None) -> bytes:
    """Serialise the store (or the named ``graphs``) in ``fmt``.

    Triple formats (Turtle, N-Triples) merge the graphs, dropping the duplicates that
    facts and entities shared by several articles leave.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
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
    kwargs = {"prefixes": PREFIXES} if fmt in ("turtle", "trig") else {}
    return ox.serialize(items, format=FORMATS[fmt], **kwargs) or b""


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
        kwargs = {"prefixes": PREFIXES} if fmt == "turtle" else {}
        name = f"{split_file_stem(g)}.{SPLIT_FORMATS[fmt]}"
        write_atomically(directory / name, ox.serialize(triples, format=FORMATS[fmt], **kwargs) or b"")
        write_atomically(directory / f"{name}.graph", (g + "\n").encode("utf-8"))
        written.append((name, g))
    lines = ["file\tgraph", *(f"{n}\t{g}" for n, g in written)]
    write_atomically(index, ("\n".join(lines) + "\n").encode("utf-8"))
    return written
