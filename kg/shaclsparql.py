"""SHACL Core shapes as SPARQL, run by Oxigraph on the store itself.

``kg validate`` used to hand the whole store to pySHACL, which needs it as an rdflib
graph: a copy of every quad as Python objects (53 s at 100 articles, growing with the
store). This module translates each constraint of the shapes file into one SPARQL
SELECT of the focus nodes (and value nodes) that violate it, run over the union of the
store's graphs, so validation costs what Oxigraph's evaluator costs and nothing is
copied.

It translates exactly the part of SHACL Core (W3C SHACL, 2017, §2-4) that the
project's shapes use, with the semantics of that recommendation:

- targets: ``sh:targetClass`` (instances of the class and of its subclasses through
  ``rdfs:subClassOf*`` in the data, as pySHACL does without inference),
  ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``, ``sh:targetNode``;
- paths: a predicate, ``sh:inversePath``, ``sh:alternativePath`` and sequences;
- constraint components (§4): ``class``, ``datatype``, ``nodeKind``, ``minCount``,
  ``maxCount``, ``minInclusive``, ``maxInclusive``, ``minExclusive``,
  ``maxExclusive``, ``minLength``, ``maxLength``, ``pattern`` (with ``flags``), ``in``,
  ``hasValue``, ``equals``, ``disjoint``, ``lessThan``, ``lessThanOrEquals``, ``not``,
  ``and``, ``or``, ``xone``, ``node``, ``qualifiedValueShape`` with
  ``qualifiedMinCount``/``qualifiedMaxCount``;
- ``sh:message``, ``sh:severity`` and ``sh:deactivated``.

A shapes file using anything else of the ``sh:`` vocabulary (``sh:closed``,
``sh:sparql``, ``sh:languageIn``, ``sh:zeroOrMorePath``...) is refused with an
:class:`~kg.errors.InputError` naming the term and the shape, rather than checked in
part: ``kg validate --engine pyshacl`` still runs such a file.

Each constraint becomes a SPARQL boolean expression on a node ("does it conform?"),
nested through ``EXISTS``/``NOT EXISTS`` for ``sh:or``, ``sh:not``,
``sh:qualifiedValueShape`` and the like; the top-level query of a constraint selects
the nodes for which that expression is false. Counts are of distinct values (the
union default graph yields one row per copy of a triple), written as that many
pairwise different values rather than an aggregate, so that they nest inside
``EXISTS``. A literal's lexical form is checked against its datatype by the SPARQL cast
to that datatype where Oxigraph has one (``"abc"^^xsd:integer`` is no integer).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.files import file_sha256, read_kept, write_kept

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE, _SUBCLASS_OF = ox.NamedNode(RDF + "type"), ox.NamedNode(RDFS + "subClassOf")

#: Datatypes whose lexical forms Oxigraph's SPARQL casts check (SPARQL 1.1 §17.5 and
#: Oxigraph's XSD casts): a literal of one of these is well-formed iff its cast works.
CASTABLE = frozenset(XSD + t for t in (
    "integer", "decimal", "float", "double", "boolean", "date", "time", "dateTime", "duration",
    "gYear", "gYearMonth", "yearMonthDuration", "dayTimeDuration"))

#: The ``sh:`` terms the translator reads on a shape (parameters of the components above
#: and of targets) and on a path; anything else of the SHACL vocabulary is refused.
SHAPE_TERMS = frozenset({
    "targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode", "path", "property", "message",
    "severity", "deactivated", "name", "description", "order", "group", "defaultValue",
    "class", "datatype", "nodeKind", "minCount", "maxCount", "minInclusive", "maxInclusive",
    "minExclusive", "maxExclusive", "minLength", "maxLength", "pattern", "flags", "in", "hasValue",
    "equals", "disjoint", "lessThan", "lessThanOrEquals", "not", "and", "or", "xone", "node",
    "qualifiedValueShape", "qualifiedMinCount", "qualifiedMaxCount", "qualifiedValueShapesDisjoint",
})
PATH_TERMS = frozenset({"inversePath", "alternativePath"})
#: Classes of the SHACL vocabulary a shapes file may declare its nodes with.
SHAPE_CLASSES = frozenset(SH + c for c in ("NodeShape", "PropertyShape", "Shape"))

_NODE_KINDS = {
    "IRI": "isIRI({v})", "BlankNode": "isBlank({v})", "Literal": "isLiteral({v})",
    "BlankNodeOrIRI": "(isBlank({v}) || isIRI({v}))", "BlankNodeOrLiteral": "(isBlank({v}) || isLiteral({v}))",
    "IRIOrLiteral": "(isIRI({v}) || isLiteral({v}))",
}
#: Components on the values of a focus node (one result per value that fails), with the
#: comparison each of the range components makes (SHACL §4.3).
_RANGES = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}
_PAIRS = {"lessThan": "<", "lessThanOrEquals": "<="}
#: Where a query's VALUES clause restricting its focus nodes goes.
_FOCUS = "#FOCUS\n"
#: Where the subclasses of a class go (the class's IRI in the braces).
_SUBCLASSES = "%SUBCLASSES<{}>%"


@dataclass(frozen=True)
class PropertyPath:
    """A SHACL property path: its SPARQL 1.1 property-path text, the IRI it is when it
    is one predicate (else ""), and the predicates it chooses among when it is a
    predicate or an ``sh:alternativePath`` of predicates (else empty)."""

    sparql: str
    iri: str = ""
    predicates: tuple[str, ...] = ()


@dataclass
class Shape:
    """One shape of the file: its node, path (None for a node shape), targets as SPARQL
    patterns on ``?this``, constraints as (component local name, parameter) in file
    order, its property shapes, message and severity (local name)."""

    node: ox.NamedNode | ox.BlankNode
    path: PropertyPath | None = None
    targets: list[str] = field(default_factory=list)
    constraints: list[tuple[str, object]] = field(default_factory=list)
    properties: list["Shape"] = field(default_factory=list)
    message: str = ""
    severity: str = "Violation"
    deactivated: bool = False
    #: The IRIs of its sh:targetClass values, None when it has an sh:targetNode.
    target_classes: list[str] | None = field(default_factory=list)
    #: The IRIs of its sh:targetSubjectsOf and sh:targetObjectsOf values.
    target_predicates: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Result:
    """One validation result (SHACL §3.6): the focus node, the path's IRI ("" for a node
    shape or a path other than a predicate), the value node (None for count
    components), the constraint component's IRI, the source shape, its message and
    severity's local name ("Violation", "Warning", "Info"), and the source shape's
    :class:`PropertyPath` (None for a node shape)."""

    focus: ox.NamedNode | ox.BlankNode | ox.Literal
    path: str
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None
    component: str
    shape: ox.NamedNode | ox.BlankNode
    message: str
    severity: str
    shape_path: PropertyPath | None = None


def _sparql_term(term) -> str:
    """A term as SPARQL text (N-Triples syntax is valid SPARQL for IRIs and literals)."""
    if isinstance(term, ox.BlankNode):
        raise ValueError("a blank node cannot be a constant of a query")
    return str(term)


#: The constraint components a shape is read for, in the order SHACL lists them (§4),
#: each with its parameter's IRI.
_COMPONENTS = tuple((name, SH + name) for name in (
    "class", "datatype", "nodeKind", "minCount", "maxCount", *_RANGES, "minLength", "maxLength", "pattern",
    "equals", "disjoint", *_PAIRS, "not", "and", "or", "xone", "node", "hasValue", "in"))


class _Graph:
    """The shapes file's triples indexed by subject and predicate."""

    def __init__(self, triples: Iterable[ox.Triple]):
        self.index: dict = {}
        for t in triples:
            self.index.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)

    def values(self, node, predicate: str) -> list:
        return self.index.get(node, {}).get(predicate, [])

    def value(self, node, predicate: str):
        found = self.values(node, predicate)
        return found[0] if found else None

    def collection(self, node) -> list:
        """The members of the RDF list starting at ``node``."""
        out = []
        while node is not None and node != ox.NamedNode(RDF + "nil"):
            first = self.value(node, RDF + "first")
            if first is None:
                break
            out.append(first)
            node = self.value(node, RDF + "rest")
        return out


class ShapesQueries:
    """The shapes of one file, translated. Build it with :meth:`from_file`; run it with
    :meth:`results`. Raises :class:`~kg.errors.InputError` (naming the file, the shape
    and the term) for a file using SHACL it does not translate."""

    def __init__(self, triples: Iterable[ox.Triple], source: Path | str = "shapes"):
        self.source = str(source)
        self.graph = _Graph(triples)
        self._fresh = itertools.count()
        self.classes: set[str] = set()  # the classes whose subclasses are listed when queries run
        self._check_vocabulary()
        self.shapes: dict = {}
        top = set()
        for s, preds in self.graph.index.items():
            if any(SH + t in preds for t in ("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode")):
                top.add(s)
        self.top = [self.shape(s) for s in sorted(top, key=str)]
        self.queries = []
        #: For each of :attr:`queries`, the classes its focus nodes may be instances of
        #: (of a subclass of one of them), or None when it names focus nodes
        #: (sh:targetNode); :attr:`target_predicates` the predicates of which they may
        #: be subjects or objects.
        self.target_classes: list[tuple[str, ...] | None] = []
        self.target_predicates: list[tuple[str, ...]] = []
        for shape in self.top:
            if not shape.deactivated:
                queries = self._queries(shape)
                self.queries += queries
                classes = tuple(shape.target_classes) if shape.target_classes is not None else None
                self.target_classes += [classes] * len(queries)
                self.target_predicates += [tuple(shape.target_predicates)] * len(queries)

    @classmethod
    @functools.cache
    def from_file(cls, path: Path) -> "ShapesQueries":
        """The translated shapes of the Turtle file at ``path`` (cached per path)."""
        try:
            triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        except (SyntaxError, OSError) as e:
            raise InputError(path, f"cannot read the shapes: {e}") from None
        return cls(triples, path)

    # -- reading the shapes -------------------------------------------------------------

    def _refuse(self, node, problem: str) -> InputError:
        return InputError(self.source, f"shape {node}: {problem}; 'kg validate --engine pyshacl' checks such shapes")

    def _check_vocabulary(self) -> None:
        paths = set()
        for s, preds in self.graph.index.items():
            if SH + "path" in preds:
                paths.update(preds[SH + "path"])
        for s, preds in self.graph.index.items():
            allowed = PATH_TERMS if s in paths and SH + "path" not in preds else SHAPE_TERMS | PATH_TERMS
            for p in preds:
                if p.startswith(SH) and p[len(SH):] not in allowed:
                    raise self._refuse(s, f"uses sh:{p[len(SH):]}, which the SPARQL validator does not translate")
                if p == RDF + "type":
                    for c in preds[p]:
                        if c.value.startswith(SH) and c.value not in SHAPE_CLASSES:
                            raise self._refuse(s, f"is a {c.value}, which the SPARQL validator does not translate")

    def _path(self, node) -> PropertyPath:
        g = self.graph
        if isinstance(node, ox.NamedNode):
            return PropertyPath(f"<{node.value}>", node.value, (node.value,))
        inverse = g.value(node, SH + "inversePath")
        if inverse is not None:
            return PropertyPath(f"^({self._path(inverse).sparql})")
        alternatives = g.value(node, SH + "alternativePath")
        if alternatives is not None:
            parts = [self._path(p) for p in g.collection(alternatives)]
            preds = tuple(p.iri for p in parts) if all(p.iri for p in parts) else ()
            return PropertyPath("(" + "|".join(p.sparql for p in parts) + ")", "", preds)
        steps = g.collection(node)
        if len(steps) > 1:
            return PropertyPath("(" + "/".join(self._path(p).sparql for p in steps) + ")")
        if len(steps) == 1:
            return self._path(steps[0])
        raise self._refuse(node, "has a path the SPARQL validator does not translate")

    def shape(self, node) -> Shape:
        """The :class:`Shape` at ``node`` (read once)."""
        if node in self.shapes:
            return self.shapes[node]
        g = self.graph
        shape = Shape(node)
        self.shapes[node] = shape
        path = g.value(node, SH + "path")
        if path is not None:
            shape.path = self._path(path)
        for c in g.values(node, SH + "targetClass"):
            shape.targets.append(self._instance("?this", c))
            if shape.target_classes is not None:
                shape.target_classes.append(c.value)
        if g.values(node, SH + "targetNode"):
            shape.target_classes = None
        for p in g.values(node, SH + "targetSubjectsOf"):
            shape.targets.append(f"?this {_sparql_term(p)} ?target_ .")
            shape.target_predicates.append(p.value)
        for p in g.values(node, SH + "targetObjectsOf"):
            shape.targets.append(f"?target_ {_sparql_term(p)} ?this .")
            shape.target_predicates.append(p.value)
        for n in g.values(node, SH + "targetNode"):
            shape.targets.append(f"VALUES ?this {{ {_sparql_term(n)} }}")
        message = g.value(node, SH + "message")
        shape.message = message.value if message is not None else ""
        severity = g.value(node, SH + "severity")
        if severity is not None:
            shape.severity = severity.value.rsplit("#", 1)[-1]
        deactivated = g.value(node, SH + "deactivated")
        shape.deactivated = deactivated is not None and deactivated.value == "true"
        disjoint = g.value(node, SH + "qualifiedValueShapesDisjoint")
        if disjoint is not None and disjoint.value == "true":
            raise self._refuse(node, "uses sh:qualifiedValueShapesDisjoint true, which the SPARQL validator does not translate")
        for p in g.values(node, SH + "property"):
            shape.properties.append(self.shape(p))
        # The components in the order SHACL lists them (§4), each with its parameter;
        # only those the node has are looked at.
        given = g.index.get(node, {})
        for name, iri in _COMPONENTS:
            for value in given.get(iri, ()):
                if name == "pattern":
                    flags = g.value(node, SH + "flags")
                    value = (value, flags.value if flags is not None else "")
                elif name in ("and", "or", "xone", "in"):
                    members = g.collection(value)
                    value = members if name == "in" else [self.shape(m) for m in members]
                elif name in ("not", "node"):
                    value = self.shape(value)
                shape.constraints.append((name, value))
        qualified = g.value(node, SH + "qualifiedValueShape")
        for bound in ("qualifiedMinCount", "qualifiedMaxCount"):
            n = g.value(node, SH + bound)
            if n is not None:
                if qualified is None or shape.path is None:
                    raise self._refuse(node, f"has sh:{bound} without a path and sh:qualifiedValueShape")
                shape.constraints.append((bound, (self.shape(qualified), int(n.value))))
        if shape.path is not None and shape.properties:
            raise self._refuse(node, "is a property shape with property shapes of its own, which the SPARQL validator does not translate")
        return shape

    # -- SPARQL expressions ---------------------------------------------------------------

    def _var(self) -> str:
        return f"?v{next(self._fresh)}"

    def _distinct(self, focus: str, path: PropertyPath, n: int, test=None) -> str:
        """A pattern binding ``n`` pairwise different values of ``path`` from ``focus``,
        each passing ``test`` (a function from a variable to an expression)."""
        vs = [self._var() for _ in range(n)]
        parts = [f"{focus} {path.sparql} {v} ." for v in vs]
        filters = [f"!sameTerm({a}, {b})" for a, b in itertools.combinations(vs, 2)]
        if test is not None:
            filters += [test(v) for v in vs]
        return " ".join(parts) + (f" FILTER({' && '.join(filters)})" if filters else "")

    def value_ok(self, name: str, param, v: str) -> str:
        """A SPARQL expression true when the node in ``v`` passes the value-type,
        value-range, string, logical or value component ``name`` with ``param``."""
        if name == "class":
            return f"EXISTS {{ {self._instance(v, param)} }}"
        if name == "datatype":
            if param.value == RDF + "langString":
                return f"(isLiteral({v}) && lang({v}) != \"\")"
            test = f"(isLiteral({v}) && sameTerm(datatype({v}), {_sparql_term(param)})"
            if param.value in CASTABLE:
                test += f" && COALESCE(isLiteral({_sparql_term(param)}(STR({v}))), false)"
            return test + ")"
        if name == "nodeKind":
            kind = param.value.rsplit("#", 1)[-1]
            if kind not in _NODE_KINDS:
                raise self._refuse(param, "is no sh:nodeKind SHACL defines")
            return _NODE_KINDS[kind].format(v=v)
        if name in _RANGES:
            return f"COALESCE({v} {_RANGES[name]} {_sparql_term(param)}, false)"
        if name == "minLength":
            return f"(!isBlank({v}) && STRLEN(STR({v})) >= {int(param.value)})"
        if name == "maxLength":
            return f"(!isBlank({v}) && STRLEN(STR({v})) <= {int(param.value)})"
        if name == "pattern":
            regex, flags = param
            return f"(!isBlank({v}) && REGEX(STR({v}), {_sparql_term(regex)}, {_sparql_term(ox.Literal(flags))}))"
        if name == "in":
            return "(" + (" || ".join(f"sameTerm({v}, {_sparql_term(m)})" for m in param) or "false") + ")"
        if name == "hasValue":
            return f"sameTerm({v}, {_sparql_term(param)})"
        if name in ("node",):
            return self.conforms(param, v)
        if name == "not":
            return f"(!{self.conforms(param, v)})"
        if name == "and":
            return "(" + (" && ".join(self.conforms(s, v) for s in param) or "true") + ")"
        if name == "or":
            return "(" + (" || ".join(self.conforms(s, v) for s in param) or "false") + ")"
        if name == "xone":
            return "((" + (" + ".join(f"IF({self.conforms(s, v)}, 1, 0)" for s in param) or "0") + ") = 1)"
        raise AssertionError(name)

    def focus_ok(self, name: str, param, v: str, path: PropertyPath) -> str:
        """A SPARQL expression true when the focus node in ``v`` passes the component
        ``name`` of a property shape with ``path``: a count, a comparison of two paths'
        values, or a value component on every value."""
        if name == "minCount":
            n = int(param.value)
            return f"EXISTS {{ {self._distinct(v, path, n)} }}" if n > 0 else "true"
        if name == "maxCount":
            return f"NOT EXISTS {{ {self._distinct(v, path, int(param.value) + 1)} }}"
        if name == "hasValue":
            return f"EXISTS {{ {v} {path.sparql} {_sparql_term(param)} }}"
        if name in ("qualifiedMinCount", "qualifiedMaxCount"):
            shape, n = param
            test = functools.partial(self.conforms, shape)
            if name == "qualifiedMinCount":
                return f"EXISTS {{ {self._distinct(v, path, n, test)} }}" if n > 0 else "true"
            return f"NOT EXISTS {{ {self._distinct(v, path, n + 1, test)} }}"
        w, u = self._var(), self._var()
        if name == "equals":
            return (f"(NOT EXISTS {{ {v} {path.sparql} {w} FILTER NOT EXISTS {{ {v} {_sparql_term(param)} {w} }} }} && "
                    f"NOT EXISTS {{ {v} {_sparql_term(param)} {w} FILTER NOT EXISTS {{ {v} {path.sparql} {w} }} }})")
        if name == "disjoint":
            return f"NOT EXISTS {{ {v} {path.sparql} {w} . {v} {_sparql_term(param)} {w} }}"
        if name in _PAIRS:
            return (f"NOT EXISTS {{ {v} {path.sparql} {w} . {v} {_sparql_term(param)} {u} "
                    f"FILTER(!COALESCE({w} {_PAIRS[name]} {u}, false)) }}")
        return f"NOT EXISTS {{ {v} {path.sparql} {w} FILTER(!{self.value_ok(name, param, w)}) }}"

    def conforms(self, shape: Shape, v: str) -> str:
        """A SPARQL expression true when the node in ``v`` conforms to ``shape``."""
        if shape.deactivated:
            return "true"
        if shape.path is not None:
            tests = [self.focus_ok(n, p, v, shape.path) for n, p in shape.constraints]
        else:
            tests = [self.value_ok(n, p, v) for n, p in shape.constraints]
            tests += [self.conforms(p, v) for p in shape.properties]
        return "(" + (" && ".join(tests) or "true") + ")"

    # -- the queries of a shape with targets ---------------------------------------------
    # At the top level, counts are aggregates joined to the focus nodes, and "has no such
    # value" (a minimum count of one among them) is a MINUS: Oxigraph evaluates each once for the whole store, where an
    # EXISTS over two or more triple patterns is planned without its focus node bound
    # and took 35 s over 9,000 pieces of evidence at 300 articles (0.3 s this way).

    def _instance(self, v: str, cls, listed: bool = False) -> str:
        """A pattern: the node in ``v`` is an instance of ``cls`` or of a subclass,
        through the path rdf:type/rdfs:subClassOf*, or with ``listed`` by a join on
        rdf:type with the subclasses in a VALUES clause (:meth:`results` reads them
        from the data when the queries run). The join is four times as fast where
        values are counted (3.3 s to 0.8 s for the selectors of 9,000 pieces of
        evidence), the path faster where it starts from the class (targets, MINUS)."""
        if not listed:
            return f"{v} <{RDF}type>/<{RDFS}subClassOf>* {_sparql_term(cls)} ."
        k = self._var()
        self.classes.add(cls.value)
        return f"VALUES {k} {{ {_SUBCLASSES.format(cls.value)} }} {v} <{RDF}type> {k} ."

    def _valued(self, path: PropertyPath, shape: Shape | None = None) -> tuple[str, str]:
        """A fresh variable and a pattern binding it to each value of ``path`` from
        ?this (conforming to ``shape`` when given), restricted to the focus nodes."""
        v = self._var()
        test = f" FILTER({self.conforms(shape, v)})" if shape is not None else ""
        if shape is not None and shape.path is None and not shape.properties and not shape.deactivated \
                and shape.constraints and all(name == "class" for name, _ in shape.constraints):
            test = " " + " ".join(self._instance(v, c, listed=True) for _, c in shape.constraints)  # a join, not a test per value
        return v, f"{_FOCUS} ?this {path.sparql} {v} .{test}"

    def _counted(self, path: PropertyPath, op: str, n: int, shape: Shape | None = None) -> str:
        """A subquery of the nodes ?this with a number of distinct values of ``path``
        (conforming to ``shape`` when given) that compares with ``op`` to ``n``."""
        v, pattern = self._valued(path, shape)
        return f"{{ SELECT ?this WHERE {{ {pattern} }} GROUP BY ?this HAVING (COUNT(DISTINCT {v}) {op} {n}) }}"

    def _queries(self, shape: Shape) -> list[tuple[str, Shape, str]]:
        """(SELECT text, source shape, component local name) for each constraint of a
        shape with targets and of its property shapes. Each SELECT binds ?this and
        (for components with value nodes) ?value; ``{focus}`` is where a VALUES
        clause restricting the focus nodes goes (:data:`_FOCUS`)."""
        targets = " UNION ".join(f"{{ {t} }}" for t in shape.targets)
        head = f"SELECT DISTINCT ?this ?value WHERE {{ {{ SELECT DISTINCT ?this WHERE {{ {_FOCUS} {targets} }} }} "
        out = []
        for source in ([shape] if shape.path is not None else [shape, *shape.properties]):
            if source.deactivated:
                continue
            path = source.path
            for name, param in source.constraints:
                if path is None and name == "class":
                    body = f"BIND(?this AS ?value) MINUS {{ {self._instance('?this', param)} }}"
                elif path is None:
                    body = f"BIND(?this AS ?value) FILTER(!{self.value_ok(name, param, '?this')})"
                elif name in ("minCount", "qualifiedMinCount"):
                    shape_, n = (None, int(param.value)) if name == "minCount" else param
                    if n == 0:
                        continue
                    # At least one value is any value: a MINUS of the pairs, not of counts
                    # (no grouping; 0.08 s to 0.03 s over 30,000 claims).
                    body = f"MINUS {self._counted(path, '>=', n, shape_)}" if n > 1 else f"MINUS {{ {self._valued(path, shape_)[1]} }}"
                elif name in ("maxCount", "qualifiedMaxCount"):
                    shape_, n = (None, int(param.value)) if name == "maxCount" else param
                    body = self._counted(path, ">", n, shape_)
                elif name == "hasValue":
                    body = f"MINUS {{ {_FOCUS} ?this {path.sparql} {_sparql_term(param)} }}"
                elif name == "equals":
                    q = _sparql_term(param)
                    body = (f"{{ ?this {path.sparql} ?value FILTER NOT EXISTS {{ ?this {q} ?value }} }} UNION "
                            f"{{ ?this {q} ?value FILTER NOT EXISTS {{ ?this {path.sparql} ?value }} }}")
                elif name == "disjoint":
                    body = f"?this {path.sparql} ?value . ?this {_sparql_term(param)} ?value ."
                elif name in _PAIRS:
                    u = self._var()
                    body = (f"?this {path.sparql} ?value . ?this {_sparql_term(param)} {u} "
                            f"FILTER(!COALESCE(?value {_PAIRS[name]} {u}, false))")
                elif name == "class":
                    body = f"?this {path.sparql} ?value MINUS {{ {self._instance('?value', param)} }}"
                else:
                    body = f"?this {path.sparql} ?value FILTER(!{self.value_ok(name, param, '?value')})"
                out.append((head + body + " }", source, name))
        return out

    def prepared(self, store: ox.Store, focus: Iterable[ox.NamedNode] | None = None,
                 indices: Iterable[int] | None = None) -> list[str]:
        """The SELECT text of each of :attr:`queries` (of those at ``indices`` if given),
        in their order, ready to run on
        the union of ``store``'s graphs: the subclasses of each class a query lists
        read from ``store``, and with ``focus`` a VALUES clause keeping only those
        focus nodes. Each query is independent of the others (the texts may run in
        any order, in other processes reading the same store)."""
        values = ""
        if focus is not None:
            values = "VALUES ?this { " + " ".join(_sparql_term(f) for f in focus) + " }"
        subclasses = {}
        for c in sorted(self.classes):
            # rdfs:subClassOf* includes the class itself (a zero-length path), as in SHACL §2.1.3.1.
            found = store.query(f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS}subClassOf>* <{c}> }}", use_default_graph_as_union=True)
            subclasses[_SUBCLASSES.format(c)] = " ".join(sorted({str(row["c"]) for row in found if not isinstance(row["c"], ox.BlankNode)} | {f"<{c}>"}))
        marker = re.compile(re.escape(_SUBCLASSES).replace(r"\{\}", ".*?"))
        return [marker.sub(lambda m: subclasses[m.group(0)], self.queries[i][0]).replace(_FOCUS, values)
                for i in (range(len(self.queries)) if indices is None else indices)]

    def targeted(self, store: ox.Store) -> list[int]:
        """The indices of the :attr:`queries` that may have focus nodes in ``store``:
        all but those without an sh:targetNode whose target classes have no instance
        in ``store``, nor any of their subclasses (rdfs:subClassOf*, in any graph), and
        whose sh:targetSubjectsOf and sh:targetObjectsOf predicates are in no triple of
        it (SHACL §2.1.3). A query whose focus nodes are none has no solution (its
        targets are a subquery the rest is joined to), so leaving it out changes no
        result; for a new article checked in memory, most kinds of fact and most
        properties have none (for the generated corpus's extra article, 159 of the
        563 queries its classes leave). Each class or predicate costs a few index
        lookups."""
        present: dict[str, bool] = {}
        used: dict[str, bool] = {}

        def has_triples(predicate: str) -> bool:
            if predicate not in used:
                used[predicate] = next(store.quads_for_pattern(None, ox.NamedNode(predicate), None, None), None) is not None
            return used[predicate]

        def has_instances(cls: str) -> bool:
            if cls not in present:
                seen, todo = {ox.NamedNode(cls)}, [ox.NamedNode(cls)]
                present[cls] = False
                while todo:
                    c = todo.pop()
                    if next(store.quads_for_pattern(None, _TYPE, c, None), None) is not None:
                        present[cls] = True
                        break
                    for q in store.quads_for_pattern(None, _SUBCLASS_OF, c, None):
                        if q.subject not in seen:
                            seen.add(q.subject)
                            todo.append(q.subject)
            return present[cls]

        return [i for i, (classes, predicates) in enumerate(zip(self.target_classes, self.target_predicates))
                if classes is None or any(has_instances(c) for c in classes) or any(has_triples(p) for p in predicates)]

    def result(self, index: int, focus, value) -> Result:
        """The :class:`Result` of one solution (``?this``, ``?value``) of the query at
        ``index`` in :attr:`queries`."""
        _, source, name = self.queries[index]
        component = f"{SH}{name[:1].upper()}{name[1:]}ConstraintComponent"
        if name in ("qualifiedMinCount", "qualifiedMaxCount"):
            component = f"{SH}Q{name[1:]}ConstraintComponent"
        return Result(focus, source.path.iri if source.path else "", value, component, source.node,
                      source.message or f"does not conform ({name})", source.severity, source.path)

    def results(self, store: ox.Store, focus: Iterable[ox.NamedNode] | None = None) -> list[Result]:
        """Validate the union of ``store``'s graphs: one :class:`Result` per violation
        of each constraint, as SHACL §3.6 defines them. With ``focus``, only those
        nodes are checked as focus nodes (their values are still read from the whole
        store). Raises nothing for data that does not conform."""
        indices = self.targeted(store)
        return [self.result(i, this, value)
                for i, text in zip(indices, self.prepared(store, focus, indices)) for this, value in run_check(store, text)]


def run_check(store: ox.Store, text: str) -> list[tuple]:
    """The (focus node, value node or None) solutions of one of
    :meth:`ShapesQueries.prepared`'s texts on ``store``."""
    return [(row["this"], row["value"]) for row in store.query(text, use_default_graph_as_union=True)]


def results(store: ox.Store, shapes: Path, focus: Iterable[ox.NamedNode] | None = None,
            cache: Path | None = None) -> list[Result]:
    """The violations of the shapes file at ``shapes`` in ``store`` (see
    :meth:`ShapesQueries.results`), the translation kept in the file ``cache`` if
    given (:func:`translated`). Raises :class:`~kg.errors.InputError` for a shapes file
    the translator refuses."""
    return translated(Path(shapes), cache).results(store, focus)


# -- The translation kept between runs ----------------------------------------------------

#: The layout of the file keeping the shapes' translation (:func:`translated`); a file of
#: another layout is translated again.
CACHE_FORMAT = 3


def cache_key(shapes: Path) -> dict[str, object]:
    """What a kept translation of the shapes file at ``shapes`` must have been made
    from: the SHA-256 (hex) of the shapes file, of the ontology (the shapes' derived
    part is generated from it, :mod:`kg.domainshapes`), of this module's source (the
    translator), the pyoxigraph version (its Turtle parser and its literals' text shape
    the query texts) and the cache's layout. Raises OSError when a file cannot be read."""
    from kg.resources import ONTOLOGY_FILE

    return {"format": CACHE_FORMAT, "shapes": file_sha256(shapes), "ontology": file_sha256(ONTOLOGY_FILE),
            "translator": file_sha256(Path(__file__)), "pyoxigraph": ox.__version__}


def _kept(queries: ShapesQueries) -> dict:
    """The cache file's body (JSON values): the classes whose subclasses the queries
    list, and each query with its component, what :meth:`ShapesQueries.result` reads of
    its source shape, its target classes and predicates (:attr:`ShapesQueries.target_classes`,
    :attr:`ShapesQueries.target_predicates`).
    Blank nodes are named by their order (the parser's names change from run to run, and
    no result shows them), so that the same translation gives the same bytes."""
    blank: dict[str, str] = {}
    rows = []
    for (text, shape, name), classes, predicates in zip(queries.queries, queries.target_classes,
                                                       queries.target_predicates):
        path, node = shape.path, shape.node
        node = f"_:s{blank.setdefault(node.value, str(len(blank)))}" if isinstance(node, ox.BlankNode) else node.value
        rows.append([text, name, node,
                     [path.sparql, path.iri, list(path.predicates)] if path is not None else None,
                     shape.message, shape.severity, list(classes) if classes is not None else None,
                     list(predicates)])
    return {"classes": sorted(queries.classes), "queries": rows}


def _from_kept(data, source: Path) -> ShapesQueries | None:
    """The translation :func:`_kept` gave ``data``, or None for data of another shape
    (the caller translates again). It holds :attr:`ShapesQueries.queries`,
    :attr:`ShapesQueries.target_classes`, :attr:`ShapesQueries.target_predicates` and
    :attr:`ShapesQueries.classes`, what running
    the queries needs, not the shapes graph."""
    try:
        out = ShapesQueries.__new__(ShapesQueries)
        out.source, out.classes = str(source), {str(c) for c in data["classes"]}
        shapes: dict = {}  # node -> its Shape, one per source shape as in the translation
        out.queries, out.target_classes, out.target_predicates = [], [], []
        for text, name, node, path, message, severity, classes, predicates in data["queries"]:
            if node not in shapes:
                term = ox.BlankNode(node[2:]) if node.startswith("_:") else ox.NamedNode(node)
                shapes[node] = Shape(term, PropertyPath(path[0], path[1], tuple(path[2])) if path else None,
                                     message=message, severity=severity)
            out.queries.append((str(text), shapes[node], str(name)))
            out.target_classes.append(tuple(str(c) for c in classes) if classes is not None else None)
            out.target_predicates.append(tuple(str(p) for p in predicates))
        return out
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


@functools.cache
def translated(shapes: Path, cache: Path | None = None) -> ShapesQueries:
    """The translated shapes of the Turtle file at ``shapes`` (cached per process). With
    ``cache`` (a file path, beside a store: :func:`kg.store.shapes_cache_path`), the
    translation is read from that file when it was made from the same shapes, ontology,
    translator and pyoxigraph (:func:`cache_key`) and its body is intact
    (:func:`kg.files.read_kept`); otherwise the file is translated
    (:meth:`ShapesQueries.from_file`) and the cache file written anew, by a rename so
    that a reader never sees half of one. A cache that cannot be read or written (a
    read-only folder) costs the translation, nothing else. Raises
    :class:`~kg.errors.InputError` as :meth:`ShapesQueries.from_file`."""
    if cache is None or not Path(cache).parent.is_dir():
        return ShapesQueries.from_file(shapes)
    try:
        key = cache_key(shapes)
    except OSError:
        return ShapesQueries.from_file(shapes)  # which names the file it cannot read
    data = read_kept(cache, key)
    kept = _from_kept(data, shapes) if data is not None else None
    if kept is not None:
        return kept
    queries = ShapesQueries.from_file(shapes)
    write_kept(cache, key, _kept(queries))
    return queries
