"""Deterministic dumps: the same store content gives the same bytes, so published
dumps can be diffed. Quads are sorted before serialising and no node is blank except
the ontology's, which are named by their position in the ontology file."""

from __future__ import annotations

import pyoxigraph as ox

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
    if fmt in DATASET_FORMATS:
        # Group by graph, then by subject, for readable TriG and JSON-LD.
        items = sorted(quads, key=lambda q: (q.graph_name.value, str(q.triple)))
    else:
        items = sorted({q.triple for q in quads}, key=_sort_key)
    kwargs = {"prefixes": PREFIXES} if fmt in ("turtle", "trig") else {}
    return ox.serialize(items, format=FORMATS[fmt], **kwargs) or b""
