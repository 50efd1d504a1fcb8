"""What the evidence browser's pages show, read from the graph with SPARQL.

Every function takes a :data:`kg.catalog.Runner` (SELECT text -> variables and rows
of pyoxigraph terms) and returns plain dicts and lists, sorted so that the same graph
always gives the same page. Facts are read through the claims that support them
(``gkg:supports``), each claim's modality (``gkg:modality``), polarity, speaker
(``prov:wasAttributedTo``), article (``prov:wasQuotedFrom``) and evidence: a Web
Annotation whose target has a TextQuoteSelector (``oa:exact``) and a
TextPositionSelector (``oa:start``/``oa:end``, code points into the article text).

Facts and entities are read from the derived graph (``FACTS_GRAPH``, see
docs/layout.md), which holds each of their triples once; article graphs are read only
for the claims, evidence and reified statements (``gkg:ClaimedStatement``) behind the
facts a page shows, bound by fact or claim IRI first so that a page reads what it shows
and not the whole store.

Only facts are listed as facts (:func:`is_fact`): the nodes minted from a fact's IRI
to describe its values (qualified roles, amounts, stages) are shown within their fact's
page, and an entity's pages list the facts naming it through them (:func:`naming`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from pyoxigraph import Literal

from kg.catalog import Runner
from kg.namespaces import ARTICLE, FACT, FACTS_GRAPH, GKG, GRAPH, ID, NON_PARTY_ROLES, PROV, SPARQL_PREFIXES, WD
#: The relations the network draws (kind -> fact class, role of the edge's source,
#: role(s) of its target, directed): those the derived graph keeps a summary of per
#: edge (kg/summaries.py).
from kg.summaries import ENTITY_LISTED_FACTS, LISTED_FACTS, RELATIONS, edge_of  # noqa: F401 (RELATIONS: for the pages)

#: At most this many edges are drawn (those with the most sources); the page says how
#: many were left out.
MAX_EDGES = 150
#: At most this many entities are drawn as themselves on a page of a network (those
#: named by the most of its facts first); the others are gathered into one node per
#: class, and the next pages draw them.
MAX_NODES = 40
#: At most this many claims of a fact, those of its first source (by article id), are
#: quoted where the fact is one of many (entity page); its own page quotes them all,
#: for up to MAX_SOURCES sources side by side.
MAX_QUOTES = 3
#: The network panel quotes the claims of at most this many facts of an edge (by IRI).
QUOTED_FACTS = 3
#: ... and quotes this many claims of each (its page quotes them all).
EDGE_QUOTES = 1
#: The network lists at most this many facts of an edge (the others are counted): the
#: first by IRI, which the edge's summary names (gkg:listedFact).
EDGE_FACTS = LISTED_FACTS
MAX_SOURCES = 24
#: An entity's page lists this many facts of each kind (the first in date order, which
#: the entity's summary of the kind names: gkg:listedFact); the kind's own pages list
#: them all, FACTS_PER_PAGE a page.
FACTS_PER_KIND = ENTITY_LISTED_FACTS
FACTS_PER_PAGE = 25
#: Facts a page of an entity's timeline lists (in date order).
TIMELINE_PER_PAGE = 100
#: Articles listed a page on the index (a static export lists them all).
ARTICLES_PER_PAGE = 200
#: How a claim presents its fact, as the pages name it: the ontology's gkg:Modality
#: labels, with a negative polarity (the source says it did not happen, in its own voice or
#: a speaker's) as "negative" unless the modality says so itself ("refused", "unable"):
#: "denied" is kept for denials (modality denied), someone rejecting the fact.
DENIED, ALLEGED, PLANNED, NEGATIVE = "denied", "alleged", "planned", "negative"
NEGATIVE_MODALITIES = (DENIED, "refused", "unable")
#: The modalities in which a claim says its fact took place (the ontology's gkg:Asserted
#: and gkg:Reported); every other one (planned, requested, considered, hoped, offered,
#: corrected, uncommitted, ...) says it has not, or not yet, or not for certain.
FACTUAL_MODALITIES = ("asserted", "reported")
#: An edge some of whose claims say its facts took place and others deny one of them.
PARTLY_DENIED = "partly denied"


def shown_modality(label: str | None, negative: bool) -> str:
    """How a claim with modality ``label`` (its rdfs:label, None for none) and the
    polarity ``negative`` presents its fact on the pages: a negative claim in its own
    negative modality (refused, unable, denied) or else as negative (stated not to have
    happened, which is no denial); any other in its modality, or as asserted.

    >>> shown_modality("reported", True), shown_modality("refused", True), shown_modality(None, False)
    ('negative', 'refused', 'asserted')
    """
    if negative:
        return label if label in NEGATIVE_MODALITIES else NEGATIVE
    return label or "asserted"


def edge_modality(shown: set[str]) -> str:
    """How the network draws an edge whose facts' claims present them in the modalities
    ``shown`` (labels, as :func:`shown_modality` gives them): ``asserted`` (a solid
    line) when a claim says one of its facts took place (asserted or reported) and none
    denies any; :data:`PARTLY_DENIED` when claims say so and others deny, refuse or say
    an actor was unable (the European Union's sanctions on Russia, one of which a text
    says was not imposed); ``denied`` when its claims only deny (or refuse, or say an
    actor was unable), or deny and allege; ``negative`` when they only state that its
    facts did not happen, in no such modality of their own ("has no diplomatic
    relations": no denial); ``alleged`` when they only allege (or allege a plan); else
    ``planned``: nothing says it happened (planned, requested, considered, hoped,
    offered). An empty set (no claims read) is ``asserted``.

    >>> [edge_modality(s) for s in ({"asserted", "denied"}, {"alleged", "denied"}, {"requested"},
    ...                             {"reported", "planned"}, {"alleged", "planned"}, {"negative"},
    ...                             {"negative", "refused"})]
    ['partly denied', 'denied', 'planned', 'asserted', 'alleged', 'negative', 'denied']
    """
    factual = shown & set(FACTUAL_MODALITIES)
    negative = shown & {*NEGATIVE_MODALITIES, NEGATIVE}
    if factual:
        return PARTLY_DENIED if negative else "asserted"
    if negative:
        return NEGATIVE if negative == {NEGATIVE} else DENIED
    if shown & {ALLEGED, "alleged plan"}:
        return ALLEGED
    return PLANNED if shown else "asserted"


def select(run: Runner, query: str) -> list[dict[str, object]]:
    """Rows of ``query`` (the project's prefixes are prepended) as dicts of variable
    name -> pyoxigraph term; unbound variables are left out."""
    variables, rows = run(SPARQL_PREFIXES + query)
    return [{v: t for v, t in zip(variables, row) if t is not None} for row in rows]


def local(iri: str) -> str:
    """The key a page is named by: an IRI's part after the project's namespace.

    >>> local("https://w3id.org/geopolitics-kg/id/fact/talks-x"), local("https://w3id.org/geopolitics-kg/id/russia")
    ('talks-x', 'russia')
    """
    for base in (FACT, ARTICLE, ID):
        if iri.startswith(base):
            return iri[len(base):]
    return iri


def is_fact(iri: str) -> bool:
    """Whether the IRI names a fact: ``fact:`` and a fact id (lower-case words joined
    by '-', kg/claims.py), not one of the nodes minted from a fact's IRI to describe
    its values (``fact:<id>_r…`` a qualified role, ``_q…`` an amount, ``_s…`` a
    stage, ``_n…`` a role not held...: kg/claims.py), which have no page.

    >>> is_fact(FACT + "talks-x"), is_fact(FACT + "talks-x_r0123"), is_fact(ID + "russia")
    (True, False, False)
    """
    return iri.startswith(FACT) and not ("_" in iri[len(FACT):] or "/" in iri[len(FACT):])


#: A SPARQL filter keeping the ``?f`` that :func:`is_fact` accepts.
FACT_FILTER = f'FILTER(STRSTARTS(STR(?f), "{FACT}") && !CONTAINS(STRAFTER(STR(?f), "{FACT}"), "_"))'


def naming(e: str, facts_only: bool = True) -> str:
    """A SPARQL group binding ``?f`` to each fact that names the entity ``e`` (an IRI
    in angle brackets, or a variable) in a role, directly (``?f ?p e``), through a node
    describing one of its values (a qualified role acting ``gkg:onBehalfOf`` it, a
    stage's party, a role not held: ``?f ?r ?n . ?n ?p e``), or through unnamed
    actors it names as theirs (``{actor: unnamed ambassador, of: ...}``:
    ``?u gkg:ofState|gkg:ofOrganisation e``, kept in the article's graph, or as one of them, ``?u
    gkg:namedMember e``), and ``?p``
    to the property reaching ``e``. Facts only (:data:`FACT_FILTER`), unless
    ``facts_only`` is False: the caller then keeps those :func:`is_fact` accepts (the
    store's string functions on each row cost more than Python's: 0.13 s of CPU for
    Russia's 27,357 facts at 10,000 generated articles)."""
    node = f'FILTER(STRSTARTS(STR(?n), "{FACT}") && CONTAINS(STRAFTER(STR(?n), "{FACT}"), "_"))'
    return (f"{{ {{ GRAPH <{FACTS_GRAPH}> {{ ?f ?p {e} }} }} "
            f"UNION {{ GRAPH <{FACTS_GRAPH}> {{ ?n ?p {e} . ?f ?r ?n }} {node} }} "
            f"UNION {{ VALUES ?p {{ gkg:ofState gkg:ofOrganisation gkg:namedMember }} ?u ?p {e} . GRAPH <{FACTS_GRAPH}> {{ ?f ?r ?u }} }} "
            f"{FACT_FILTER if facts_only else ''} }}")


def page_of(iri: str) -> tuple[str, str] | None:
    """(kind of page, key) showing the IRI: a fact, an article or an entity; None for
    anything else (claims, evidence, ontology terms, nodes describing a fact's values)."""
    if iri.startswith(FACT):
        return ("fact", iri[len(FACT):]) if is_fact(iri) else None
    if iri.startswith(ARTICLE):
        return "article", iri[len(ARTICLE):]
    if iri.startswith(ID) and "/" not in iri[len(ID):]:
        return "entity", iri[len(ID):]
    return None


def _values(iris) -> str:
    return " ".join(f"<{i}>" for i in sorted(iris))


def labels(run: Runner, iris) -> dict[str, str]:
    """IRI -> its rdfs:label (an ontology term's or an entity's); the local name where
    it has none. Unnamed actors (``gkg:UnnamedActors``, named under ``claim:``) tied to
    a state or organisation (gkg:ofState, gkg:ofOrganisation: ``{actor: unnamed
    ambassador, of: United States}``) are named with it, "unnamed ambassador (United
    States)", so that two of them are told apart wherever they are shown."""
    iris = sorted(set(iris))
    out = {i: local(i).split("#")[-1] for i in iris}
    if iris:
        for r in select(run, f"SELECT ?i (MIN(STR(?l)) AS ?label) WHERE {{ VALUES ?i {{ {_values(iris)} }} "
                             "?i rdfs:label ?l } GROUP BY ?i"):
            out[r["i"].value] = r["label"].value
    unnamed = [i for i in iris if i.startswith(ID + "claim/")]
    if unnamed:
        whose: dict[str, set] = defaultdict(set)
        for r in select(run, f"""SELECT DISTINCT ?i ?l WHERE {{ VALUES ?i {{ {_values(unnamed)} }}
                ?i gkg:ofState|gkg:ofOrganisation ?o . ?o rdfs:label ?l }}"""):
            whose[r["i"].value].add(r["l"].value)
        for i, names in whose.items():
            out[i] += f" ({', '.join(sorted(names))})"
    return out


def with_subgroups(run: Runner, named: dict[str, str]) -> dict[str, str]:
    """The unnamed actors of ``named`` (IRI -> label, as :func:`labels` gives) that have
    parts counted apart within them (gkg:subgroupOf: ``{actor: 17 unnamed crew members,
    among: [Bulgaria, Angola]}``), each with those parts and the state or organisation
    each is of, as the 'facts' query shows them: "17 unnamed crew members (among them:
    those of Angola (Angola), those of Bulgaria (Bulgaria))". Only those that have parts
    are in the result."""
    unnamed = [i for i in named if i.startswith(ID + "claim/")]
    if not unnamed:
        return {}
    parts: dict[str, set] = defaultdict(set)
    for r in select(run, f"""SELECT DISTINCT ?i ?s WHERE {{ VALUES ?i {{ {_values(unnamed)} }} ?s gkg:subgroupOf ?i }}"""):
        parts[r["i"].value].add(r["s"].value)
    if not parts:
        return {}
    part_labels = labels(run, {s for ss in parts.values() for s in ss})
    return {i: f"{named[i]} (among them: {', '.join(sorted(part_labels[s] for s in ss))})" for i, ss in parts.items()}


def fact_names(run: Runner, keys, besides: str | None = None) -> dict[str, list[dict]]:
    """The entities each fact of ``keys`` (fact ids) names directly in the derived
    graph (a participant, a target, a place, ...: any property whose value is a
    registry entity, one with a skos:prefLabel), ``besides`` (an entity's key) left
    out: fact id -> ``[{key, label, role}]``, the parties first (role ""), then those in
    a role that takes no side (:data:`kg.namespaces.NON_PARTY_ROLES`: role "observers",
    ...), each by label; a fact naming none is absent. One query for all the facts of a
    page (a timeline shows 100)."""
    keys = sorted(set(keys))
    if not keys:
        return {}
    rows = select(run, f"""SELECT DISTINCT ?f ?e ?p (MIN(STR(?l)) AS ?label) WHERE {{
        VALUES ?f {{ {_values(FACT + k for k in keys)} }}
        GRAPH <{FACTS_GRAPH}> {{ ?f ?p ?e . ?e skos:prefLabel ?pl ; rdfs:label ?l }}
        FILTER(STRSTARTS(STR(?e), "{ID}") && !STRSTARTS(STR(?e), "{FACT}")) }} GROUP BY ?f ?e ?p""")
    found: dict[str, dict[str, dict]] = {}
    for r in rows:
        key = local(r["e"].value)
        if key != besides and "/" not in key:
            name = found.setdefault(r["f"].value[len(FACT):], {}).setdefault(
                key, {"key": key, "label": r["label"].value, "roles": set()})
            name["roles"].add(NON_PARTY_ROLES.get(r["p"].value, ""))
    out = {}
    for f, names in sorted(found.items()):
        # One named in a party's role as well as an onlooker's is a party.
        listed = [{"key": n["key"], "label": n["label"], "role": min(n["roles"])} for n in names.values()]
        out[f] = sorted(listed, key=lambda n: (n["role"], n["label"].casefold(), n["key"]))
    return out


def entity_names(run: Runner) -> list[dict]:
    """Every entity with its label and class label, by label: ``[{iri, key, label, kind}]``
    (for the index and the name completion of the query forms).

    The entities of the registry are found by their skos:prefLabel (kg/mapping.py
    gives every one of them one; facts and the nodes describing their values have
    rdfs:label only): starting from rdfs:label, the store read the label and class of
    every fact before the filter left them out (1.7 s of CPU at 10,000 generated
    articles, 235,845 labelled nodes for 2,294 entities; 0.05 s this way)."""
    rows = select(run, f"""SELECT ?e (MIN(STR(?l)) AS ?label) (MIN(STR(?cl)) AS ?kind) WHERE {{
        GRAPH <{FACTS_GRAPH}> {{ ?e skos:prefLabel ?pl ; rdfs:label ?l ; a ?c }} ?c rdfs:label ?cl .
        FILTER(STRSTARTS(STR(?e), "{ID}") && !STRSTARTS(STR(?e), "{FACT}") && !STRSTARTS(STR(?e), "{ID}claim/"))
      }} GROUP BY ?e""")
    out = [{"iri": r["e"].value, "key": local(r["e"].value), "label": r["label"].value,
            "kind": r["kind"].value} for r in rows]
    return sorted(out, key=lambda e: (e["label"].casefold(), e["key"]))


def entity(run: Runner, key: str) -> dict | None:
    """The entity ``id:key``: ``{iri, key, label, aliases, kinds, descriptions,
    wikidata, part_of}``; None if the graph does not have it."""
    iri = ID + key
    rows = select(run, f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
    if not rows:
        return None
    by: dict[str, set] = defaultdict(set)
    for r in rows:
        by[r["p"].value].add(r["o"].value)
    rdfs, skos = "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2004/02/skos/core#"
    label = min(by.get(rdfs + "label") or by.get(skos + "prefLabel") or {key})
    kinds = labels(run, by.get("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ()))
    part_of = labels(run, by.get(GKG + "organisationOf", ()))
    descriptions = set()
    for p in ("https://schema.org/description", rdfs + "comment", skos + "definition", GKG + "description"):
        descriptions |= by.get(p, set())
    return {
        "iri": iri, "key": key, "label": label,
        "aliases": sorted(by.get(skos + "altLabel", set()) - {label}, key=str.casefold),
        "kinds": sorted(kinds.values()),
        "descriptions": sorted(descriptions),
        "wikidata": sorted(i for i in by.get(skos + "exactMatch", ()) if i.startswith(WD)),
        "part_of": [{"key": local(i), "label": part_of[i]} for i in sorted(part_of)],
    }


#: The facts that end a position: a resignation from it, the fact it is ended by, the
#: later holding that supersedes it (as the 'leaders' query reads them), by how the
#: position is linked to them and the words that say so.
POSITION_ENDS = {"^gkg:resignedFrom": "resignation", "gkg:endedBy": "ended by", "gkg:supersededBy": "superseded by"}


def position_ends(run: Runner, key: str, role: str = "holder") -> dict[str, str]:
    """The ends of the positions naming the entity in ``role`` ("holder": those it held;
    "positionOf": those of it, its offices) whose own claims give no end date, from
    the facts that end them (:data:`POSITION_ENDS`) that a claim asserts, reports or
    corrects and that are no failed attempt, as the 'leaders' query's 'until' shows them:
    position fact IRI -> "2023-11-07 (resignation)" ("date not given (...)" for an
    undated one; several joined by " / ")."""
    ends: dict[str, list[str]] = defaultdict(list)
    for path, how in POSITION_ENDS.items():
        rows = select(run, f"""SELECT ?f ?e (MAX(COALESCE(STR(?d), "date not given")) AS ?on) WHERE {{
            GRAPH <{FACTS_GRAPH}> {{ ?f gkg:{role} <{ID + key}> ; a gkg:PositionHeld ; {path} ?e .
                                     FILTER NOT EXISTS {{ ?f gkg:endDate ?x }} FILTER NOT EXISTS {{ ?e gkg:status gkg:Attempted }}
                                     OPTIONAL {{ ?e gkg:date|gkg:startDate ?d }} }}
            FILTER EXISTS {{ ?c gkg:supports ?e ; gkg:modality ?m . VALUES ?m {{ gkg:Asserted gkg:Reported }}
                            FILTER NOT EXISTS {{ ?c gkg:polarity gkg:Negative }} }} }} GROUP BY ?f ?e""")
        for r in rows:
            words = how if path.startswith("^") else f"{how} {local(r['e'].value)}"
            ends[r["f"].value].append(f"{r['on'].value} ({words})")
    return {f: " / ".join(sorted(set(v))) for f, v in ends.items()}


def positions(run: Runner, key: str, role: str = "holder") -> list[dict]:
    """The gkg:PositionHeld facts naming the entity in ``role``: "holder", the positions
    it held; "positionOf", the positions of it (a state's or an organisation's offices,
    with who holds them), by start date: ``[{fact, title, of, of_label, holder,
    holder_label, start, end}]`` (``of``/``holder`` entity keys, "" where not given);
    ``end`` is the latest gkg:endDate, else what ended the position
    (:func:`position_ends`), else ""."""
    rows = select(run, f"""SELECT DISTINCT ?f ?p ?o WHERE {{ GRAPH <{FACTS_GRAPH}> {{ ?f gkg:{role} <{ID + key}> ;
        a gkg:PositionHeld ; ?p ?o }} VALUES ?p {{ gkg:title gkg:positionOf gkg:holder gkg:startDate gkg:endDate }} }}""")
    found: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        found[r["f"].value][r["p"].value[len(GKG):]].add(r["o"].value)
    names = labels(run, {o for f in found.values() for o in f["positionOf"] | f["holder"]})
    ended = position_ends(run, key, role) if found else {}
    out = []
    for f, by in found.items():
        of, holder = min(by["positionOf"], default=""), min(by["holder"], default="")
        out.append({"fact": local(f), "title": min(by["title"], default=""), "of": local(of),
                    "of_label": names.get(of, ""), "holder": local(holder), "holder_label": names.get(holder, ""),
                    "start": min(by["startDate"], default=""),
                    "end": max(by["endDate"], default="") or ended.get(f, "")})
    return sorted(out, key=lambda p: (p["start"] or "9999", p["fact"]))


def bodies(run: Runner, key: str) -> list[dict]:
    """The registry's organisations of the entity ``id:key`` (its government, ministries,
    committees: gkg:organisationOf, the registry's 'of') that facts name, or whose
    offices facts give, with the number of facts naming each (from their summaries, as
    :func:`overview_facts` reads them) and their offices (:func:`positions`, each with
    ``via`` and ``via_key``, the body's label and key), by label: ``[{key, label, facts, offices}]``. The facts
    an entity holds a role in through them, which the 'timeline' query lists with its own
    ("target, through National Olympic Committee of Indonesia"), and which its page does
    not list among its own."""
    rows = select(run, f"""SELECT ?b (MIN(STR(?l)) AS ?label) WHERE {{ ?b gkg:organisationOf <{ID + key}> ;
                               rdfs:label ?l }} GROUP BY ?b""")
    found = {local(r["b"].value): r["label"].value for r in rows if r["b"].value.startswith(ID)}
    counted = overview_facts(run, found) if found else {}
    out = []
    for body, label in found.items():
        offices = [{**p, "via": label, "via_key": body} for p in positions(run, body, "positionOf")]
        n = sum(counted.get(body, ({}, {}))[0].values())
        if n or offices:
            out.append({"key": body, "label": label, "facts": n, "offices": offices})
    return sorted(out, key=lambda b: (b["label"].casefold(), b["key"]))


def _text(row: dict, name: str) -> str:
    return row[name].value if name in row else ""


def _tally(run: Runner, groups: list[list[str]]) -> dict[int, tuple[int, int, set]]:
    """For groups of facts (lists of fact IRIs): group index -> (number of distinct
    articles whose claims support one of its facts, number of those claims, the
    modalities of those claims as the pages name them). Counted by the store in one
    grouped query, which returns one row per group however many claims its facts have
    (a fact reported by thousands of articles costs the store a scan of its claims,
    and this process one row)."""
    pairs = " ".join(f"(<{f}> {i})" for i, fs in enumerate(groups) for f in fs)
    if not pairs:
        return {}
    # The OPTIONALs follow the VALUES-bound claims, so they read those claims only.
    rows = select(run, f"""SELECT ?e (COUNT(DISTINCT ?a) AS ?n) (COUNT(DISTINCT ?c) AS ?claims)
        (GROUP_CONCAT(DISTINCT ?m; separator="|") AS ?ms)
        WHERE {{ VALUES (?f ?e) {{ {pairs} }} ?c gkg:supports ?f ; prov:wasQuotedFrom ?a .
                 OPTIONAL {{ ?c gkg:modality ?mod . ?mod rdfs:label ?ml }} OPTIONAL {{ ?c gkg:polarity ?pol }}
                 BIND(IF(BOUND(?pol) && ?pol = gkg:Negative,
                         IF(COALESCE(STR(?ml), "") IN ({", ".join(f'"{m}"' for m in NEGATIVE_MODALITIES)}), STR(?ml), "{NEGATIVE}"),
                         COALESCE(STR(?ml), "asserted")) AS ?m) }}
        GROUP BY ?e""")
    return {int(r["e"].value): (int(r["n"].value), int(r["claims"].value), set(r["ms"].value.split("|")))
            for r in rows}


def _claims_shown(run: Runner, fact_iris: list[str], detailed: int | None, articles_shown,
                  first: dict[str, str]) -> list[tuple]:
    """The claims :func:`facts` reads in full: ``[(fact IRI, article id, claim IRI)]``.
    With ``articles_shown`` (fact IRI -> article ids), every claim of each fact's own
    articles; with ``detailed`` None,
    every claim; else up to ``detailed`` claims (by IRI) of each fact's first source
    (the article with the smallest IRI: ``first``, fact IRI -> article IRI, from the
    facts' summaries, gkg:firstSource)."""
    values = _values(fact_iris)
    if articles_shown is not None:
        pairs = " ".join(f"(<{f}> <{ARTICLE + a}>)" for f in fact_iris for a in sorted(articles_shown.get(f, ())))
        if not pairs:
            return []
        where = f"VALUES (?f ?a) {{ {pairs} }} ?c gkg:supports ?f ; prov:wasQuotedFrom ?a"
    elif detailed is None:
        where = f"VALUES ?f {{ {values} }} ?c gkg:supports ?f ; prov:wasQuotedFrom ?a"
    elif detailed <= 0:
        return []
    else:
        held = {f: first[f] for f in fact_iris if f in first}
        if not held:
            return []
        pairs = " ".join(f"(<{f}> <{a}>)" for f, a in sorted(held.items()))
        where = f"VALUES (?f ?a) {{ {pairs} }} ?c gkg:supports ?f ; prov:wasQuotedFrom ?a"
    rows = sorted((r["f"].value, local(r["a"].value), r["c"].value)
                  for r in select(run, f"SELECT DISTINCT ?f ?c ?a WHERE {{ {where} }}"))
    if detailed is not None and articles_shown is None:
        by_fact: dict[str, list] = defaultdict(list)
        for r in rows:
            by_fact[r[0]].append(r)
        rows = [r for found in by_fact.values() for r in found[:detailed]]
    return rows


def facts(run: Runner, fact_iris, detailed: int | None = MAX_QUOTES, articles_shown=None) -> dict[str, dict]:
    """Each fact's summary: ``{iri, key, kinds (class labels), date (earliest
    gkg:date/startDate any source gives, '' if none; a period with no gkg:date as
    ``start/end``, its latest gkg:endDate), date_words (the date as the pages say it: a
    start with neither end nor date "since 2022"), sources (the number of articles
    with a claim of it that is neither negative nor a denial: gkg:supportingSourceCount, the
    queries' 'sources'), against (the number of articles
    that say it did not happen or deny it: gkg:denyingSourceCount, the queries' 'against'), claim_count, modalities (as the pages name them),
    claims: [{claim, article, article_title (its title, or its opening words:
    :data:`CITED_CHARACTERS`), article_issued ('' when the article has none), modality, shown_modality, denied, drafted (software drafted it, no analyst has
    reviewed it), speakers, quotes: [{evidence, exact, start}]}],
    shown_quotes: [(claim, quote)], more_claims}``, by
    fact IRI.

    Only some claims are read in full, so that a fact reported thousands of times
    stays cheap: up to ``detailed`` claims of its first source by article id (None:
    all, 0: none), or, with ``articles_shown`` (a dict of fact IRI -> a set of article
    ids, each fact's own), every claim of those articles.
    ``more_claims`` counts the claims not read in full; ``sources``, ``claim_count``,
    ``modalities`` and the first source are read from the facts' summaries in the
    derived graph (gkg:supportingSourceCount, gkg:claimCount, gkg:presentedAs, gkg:firstSource:
    kg/summaries.py), one row per fact and modality, however many claims back it."""
    fact_iris = sorted(set(fact_iris))
    if not fact_iris:
        return {}
    values = _values(fact_iris)
    out = {f: {"iri": f, "key": local(f), "kinds": [], "date": "", "date_words": "", "claims": [], "modalities": set(),
               "sources": 0, "against": 0, "negative": 0, "claim_count": 0} for f in fact_iris}
    kinds: dict[str, set] = defaultdict(set)
    for r in select(run, f"""SELECT DISTINCT ?f ?cl WHERE {{ VALUES ?f {{ {values} }} GRAPH <{FACTS_GRAPH}> {{ ?f a ?c }} ?c rdfs:label ?cl .
                          FILTER(STRSTARTS(STR(?c), "{GKG}")) }}"""):
        kinds[r["f"].value].add(r["cl"].value)
    # A period (gkg:startDate, gkg:endDate, no gkg:date) is shown whole, start/end (ISO
    # 8601 interval), as the canned queries show it. Each date property is OPTIONAL of
    # its own, so that the store looks up the listed facts' dates only: with a property
    # path the query read every date of the graph (0.08 s of CPU at 1,000 articles for
    # 25 facts), with a UNION and an OPTIONAL end date under a FILTER NOT EXISTS every
    # end date (0.03 s at 10,000 articles for 2 facts; 0.0001 s this way).
    for r in select(run, f"""SELECT ?f (MIN(STR(?d)) AS ?date) (MIN(STR(?s)) AS ?start) (MAX(STR(?e)) AS ?end)
            WHERE {{ VALUES ?f {{ {values} }} OPTIONAL {{ GRAPH <{FACTS_GRAPH}> {{ ?f gkg:date ?d }} }}
                     OPTIONAL {{ GRAPH <{FACTS_GRAPH}> {{ ?f gkg:startDate ?s }} }}
                     OPTIONAL {{ GRAPH <{FACTS_GRAPH}> {{ ?f gkg:endDate ?e }} }} }} GROUP BY ?f"""):
        given = [r[k].value for k in ("date", "start") if k in r]
        if given:
            period = "date" not in r and "start" in r and "end" in r
            out[r["f"].value]["date"] = min(given) + (f"/{r['end'].value}" if period else "")
            # A start with no end and no date of its own holds since then, as 'timeline' and
            # 'facts' say it: "since 2022", not "2022" (the day it began, read so).
            since = "date" not in r and "start" in r and "end" not in r
            out[r["f"].value]["date_words"] = f"since {r['start'].value}" if since else out[r["f"].value]["date"]
    first = {}
    for r in select(run, f"""SELECT ?f ?n ?dn ?claims ?first ?m ?ml WHERE {{ VALUES ?f {{ {values} }}
            GRAPH <{FACTS_GRAPH}> {{ ?f gkg:supportingSourceCount ?n ; gkg:claimCount ?claims ; gkg:firstSource ?first ;
                                         gkg:presentedAs ?m OPTIONAL {{ ?f gkg:denyingSourceCount ?dn }} }}
            OPTIONAL {{ ?m rdfs:label ?ml }} }}"""):
        fact = out[r["f"].value]
        # The articles against it (a negative claim, a denial), shown beside the sources
        # as the canned queries' 'against' column shows them: "0 sources, 1 against".
        fact.update(sources=int(r["n"].value), claim_count=int(r["claims"].value),
                    against=int(r["dn"].value) if "dn" in r else 0)
        fact["modalities"].add(_text(r, "ml") or local(r["m"].value).split("#")[-1])
        first[r["f"].value] = r["first"].value
    _negatives_apart(run, out)
    chosen: dict[str, dict] = {}
    for f, a, c in _claims_shown(run, fact_iris, detailed, articles_shown, first):
        chosen[c] = {"claim": c, "article": a, "fact": f, "modality": None, "denied": False,
                     "drafted": False, "speakers": set(), "quotes": {}}
    if chosen:
        speakers = select(run, f"""SELECT ?c ?sp WHERE {{ VALUES ?c {{ {_values(chosen)} }}
                                   ?c prov:wasAttributedTo ?sp }}""")
        names = labels(run, {r["sp"].value for r in speakers})
        for r in speakers:
            chosen[r["c"].value]["speakers"].add(names[r["sp"].value])
        # Its modality, a denial, and whether software drafted it and no analyst has reviewed it yet
        for r in select(run, f"""SELECT ?c ?ml ?pol ?rv WHERE {{ VALUES ?c {{ {_values(chosen)} }}
                {{ ?c gkg:modality ?m . ?m rdfs:label ?ml }} UNION {{ ?c gkg:polarity ?pol }}
                UNION {{ ?c gkg:reviewStatus ?rv }} }}"""):
            claim = chosen[r["c"].value]
            claim["modality"] = _text(r, "ml") or claim["modality"]
            claim["denied"] = claim["denied"] or ("pol" in r and r["pol"].value == GKG + "Negative")
            claim["drafted"] = claim["drafted"] or ("rv" in r and r["rv"].value == GKG + "Drafted")
        # One row per piece of evidence, its selectors OPTIONAL from its target (twice
        # as fast as a UNION per selector, which the store joins with the claims last).
        for r in select(run, f"""SELECT ?c ?ev ?exact ?start WHERE {{ VALUES ?c {{ {_values(chosen)} }}
                ?c gkg:hasEvidence ?ev . ?ev oa:hasTarget ?t . OPTIONAL {{ ?t oa:hasSelector ?qs . ?qs oa:exact ?exact }}
                OPTIONAL {{ ?t oa:hasSelector ?ps . ?ps oa:start ?start }} }}"""):
            quote = chosen[r["c"].value]["quotes"].setdefault(
                r["ev"].value, {"evidence": anchor(r["ev"].value), "exact": "", "start": -1})
            if "exact" in r:
                quote["exact"] = r["exact"].value
            if "start" in r:
                quote["start"] = int(r["start"].value)
        # Each quote names its article by title and date, as a reader cites it, not by id.
        # An untitled one by its opening words, as the list of articles names it.
        cited = {r["a"].value[len(ARTICLE):]: (_text(r, "title") or opening_words(_text(r, "start"), CITED_CHARACTERS),
                                               _text(r, "issued")) for r in select(run, f"""
            SELECT ?a (MIN(STR(?t)) AS ?title) (MIN(STR(?d)) AS ?issued)
                (MIN(IF(BOUND(?t), "", SUBSTR(STR(?x), 1, {CITED_CHARACTERS * 2}))) AS ?start) WHERE {{
            VALUES ?a {{ {_values({ARTICLE + c["article"] for c in chosen.values()})} }}
            OPTIONAL {{ ?a dcterms:title ?t }} OPTIONAL {{ ?a dcterms:issued ?d }}
            OPTIONAL {{ ?a gkg:articleText ?x }} }} GROUP BY ?a""")}
    for claim in sorted(chosen.values(), key=lambda c: (c["article"], c["claim"])):
        claim["article_title"], claim["article_issued"] = cited.get(claim["article"], ("", ""))
        claim["speakers"] = sorted(claim["speakers"])
        claim["quotes"] = sorted(claim["quotes"].values(), key=lambda q: (q["start"], q["evidence"]))
        claim["shown_modality"] = shown_modality(claim["modality"], claim["denied"])
        claim["modality"] = claim["modality"] or "asserted"
        out[claim.pop("fact")]["claims"].append(claim)
    for f, fact in out.items():
        fact["kinds"] = sorted(kinds.get(f, ())) or ["fact"]
        fact["modalities"] = sorted(fact["modalities"])
        fact["shown_quotes"] = [(c, q) for c in fact["claims"] for q in c["quotes"]]
        fact["more_claims"] = fact["claim_count"] - len(fact["claims"])
    return out


def _negatives_apart(run: Runner, out: dict[str, dict]) -> None:
    """Set apart, in the summaries ``out`` (of :func:`facts`), the articles against a fact
    that state it as negative (a claim with polarity negative: "refused visas", "has no
    diplomatic relations") from those that deny it (modality denied), as ``kg query``
    does (:func:`kg.output.with_negative_sources`): a fact only negative claims state has
    ``negative`` sources ("1 source (negative)") and only its denials ``against``."""
    against = [f for f, fact in out.items() if fact["against"]]
    if not against:
        return
    denials = {r["f"].value: int(r["n"].value) for r in select(run, f"""SELECT ?f (COUNT(DISTINCT ?a) AS ?n)
            WHERE {{ VALUES ?f {{ {_values(against)} }} ?c gkg:supports ?f ; gkg:modality gkg:Denied ;
                     prov:wasDerivedFrom ?a . FILTER NOT EXISTS {{ ?c gkg:deniesValue ?v }} }} GROUP BY ?f""")}
    for f in against:
        fact, denied = out[f], denials.get(f, 0)
        negative = fact["against"] - denied
        if negative <= 0:
            continue
        if not fact["sources"]:
            fact.update(negative=negative, against=denied)


def anchor(evidence_iri: str) -> str:
    """The HTML id of a piece of evidence in its article's page (its local name, with
    the characters an id or a URL fragment should not hold replaced).

    >>> anchor("https://w3id.org/geopolitics-kg/id/claim/000_a.talks_ev1")
    'ev-000_a.talks_ev1'
    """
    name = evidence_iri.rsplit("/", 1)[-1]
    return "ev-" + "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name)


def _pages(total: int, per_page: int, page: int, what: str) -> int:
    """The number of pages ``total`` items fill, ``per_page`` a page (at least one);
    raises :class:`ValueError` naming ``what`` for a ``page`` outside 1..pages."""
    pages = max(1, -(-total // per_page))
    if not 1 <= page <= pages:
        raise ValueError(f"page {page} of {what} does not exist: there are {pages}")
    return pages


@dataclass(frozen=True)
class EntityFacts:
    """The facts naming one entity in any role, in date order (the earliest gkg:date or
    gkg:startDate any source gives; undated last; then by IRI): ``ordered``, as
    ``(date or '', fact IRI, class IRI or '')``; ``kinds``, gkg: class IRI -> the
    indexes in ``ordered`` of its facts; ``labels``, class IRI -> its rdfs:label.
    What every page of the entity's facts is cut from (:func:`entity_index`)."""

    ordered: list[tuple[str, str, str]]
    kinds: dict[str, list[int]]
    labels: dict[str, str]


def entity_index(run: Runner, key: str, kind: str | None = None, classes: bool = True) -> EntityFacts:
    """The :class:`EntityFacts` of the entity ``id:key``: :func:`entity_indexes` of it
    alone; of its facts of the gkg: class ``kind`` only, if given; without their
    classes (the class of each fact ``''``, ``kinds`` empty) if ``classes`` is False,
    as the timeline needs them, one lookup a fact fewer. :class:`kg.browse.pages.Site`
    keeps the last ones read."""
    return entity_indexes(run, [key], kind, classes)[key]


def entity_indexes(run: Runner, keys, of_kind: str | None = None, classes: bool = True) -> dict[str, EntityFacts]:
    """Entity key -> the :class:`EntityFacts` of the entity ``id:key`` (the facts
    :func:`naming` it; an entity no fact names has none), for each of ``keys``, read in
    one query of one row per (entity, fact) (more only for a fact with several classes
    or classes): the facts naming the entities, found first in a subquery of their own,
    then each one's class and, OPTIONAL, its earliest date (gkg:earliestDate of its
    summary) in the derived graph; only those of the class ``of_kind`` if given; with
    ``classes`` False, not their classes (each ``''``; ``kinds`` and ``labels`` empty).

    Written as one group, without the subquery, the join of ``?f a ?c`` with the branch
    of :func:`naming` through a node describing a value did not end within a minute for
    Russia at 1,000 articles; with it, Russia's facts take 0.08 s of CPU, and the 16
    entities named by the most facts 0.59 s in one query (0.97 s in a query each,
    1.13-1.25 s in three queries each, class and dates apart; at 4,000 articles 2.4-2.5 s
    against 3.9-4.1 s in a query each). The time grows with the entities' facts."""
    keys = sorted(set(keys))
    named = (f"{{ SELECT DISTINCT ?e ?f WHERE {{ VALUES ?e {{ {_values(ID + k for k in keys)} }} "
             f"{naming('?e', facts_only=False)} }} }}")
    kind: dict[str, dict[str, str]] = {k: {} for k in keys}
    date: dict[str, str] = {}
    # Rows as the runner gives them (no dict per row: tens of thousands of rows).
    # The class is OPTIONAL too (a fact without one is left out below): Oxigraph reads
    # an OPTIONAL per row of the facts found, but joined every class in the derived
    # graph with them (0.17 s of CPU at 10,000 articles for an entity named by one
    # fact; 0.001 s this way, and 0.48 -> 0.37 s for Russia's 27,357).
    # The date is the fact's summary's (gkg:earliestDate, kg/summaries.py: the earliest
    # of its gkg:date and gkg:startDate), one lookup where the two took two.
    # A fact has one class (checked on every ingest): with ``of_kind`` it is bound, and
    # without ``classes`` not read (every fact has one).
    typed = (f"GRAPH <{FACTS_GRAPH}> {{ ?f a <{of_kind}> }}" if of_kind else
             f"OPTIONAL {{ GRAPH <{FACTS_GRAPH}> {{ ?f a ?c }} }}" if classes else "")
    # Only what varies is selected: the store decodes every term of every row it gives
    # (Russia's IRI 28,758 times over, for one entity, otherwise).
    many, read_class = len(keys) > 1, classes and not of_kind
    chosen = ("?e " if many else "") + ("?c " if read_class else "") + "?f ?d"
    for row in run(f"""{SPARQL_PREFIXES} SELECT {chosen} WHERE {{ {named} {typed}
            OPTIONAL {{ GRAPH <{FACTS_GRAPH}> {{ ?f gkg:earliestDate ?d }} }} }}""")[1]:
        f, d = row[-2], row[-1]
        c = row[-3] if read_class else None
        if read_class and c is None:
            continue
        fact, cls = f.value, c.value if read_class else (of_kind or "")
        if (not cls or cls.startswith(GKG)) and is_fact(fact):
            of = kind[row[0].value[len(ID):] if many else keys[0]]
            of[fact] = min(of.get(fact, cls), cls)
            if d is not None:
                date[fact] = d.value
    names = labels(run, {c for of in kind.values() for c in of.values() if c})
    out = {}
    for key, of in kind.items():
        ordered = sorted(((date.get(f, ""), f, c) for f, c in of.items()), key=lambda t: (t[0] or "9999", t[1]))
        kinds: dict[str, list[int]] = defaultdict(list)
        for i, (_, _, c) in enumerate(ordered):
            if c:
                kinds[c].append(i)
        out[key] = EntityFacts(ordered, dict(kinds), {c: names[c] for c in kinds})
    return out


def busiest_entities(run: Runner, n: int) -> list[str]:
    """The keys of the ``n`` entities named by the most facts (in any role), busiest
    first: counted by the store in one grouped query over the derived graph (about a
    second of CPU at 3,000 articles)."""
    rows = select(run, f"""SELECT ?e (COUNT(DISTINCT ?f) AS ?n) WHERE {{ GRAPH <{FACTS_GRAPH}> {{ ?e a ?k . ?f ?p ?e }}
        FILTER(STRSTARTS(STR(?f), "{FACT}")) }} GROUP BY ?e ORDER BY DESC(?n) LIMIT {int(n)}""")
    return [local(r["e"].value) for r in rows if r["e"].value.startswith(ID) and "/" not in local(r["e"].value)]


def busiest_facts(run: Runner, n: int) -> list[str]:
    """The keys of the ``n`` facts with the most claims, busiest first: counted by the
    store in one grouped query over the claims."""
    rows = select(run, f"""SELECT ?f (COUNT(?c) AS ?n) WHERE {{ ?c gkg:supports ?f }}
        GROUP BY ?f ORDER BY DESC(?n) LIMIT {int(n)}""")
    return [local(r["f"].value) for r in rows if r["f"].value.startswith(FACT)]


def _summaries(run: Runner, key: str, fact_iris: list[str], detailed: int) -> list[dict]:
    """:func:`facts` summaries of ``fact_iris``, in that order, each with ``roles``
    (labels of the properties naming the entity ``id:key``): :func:`summaries_of` of
    them alone."""
    return summaries_of(run, [(key, fact_iris, detailed)])[0]


def summaries_of(run: Runner, groups) -> list[list[dict]]:
    """For each ``(entity key, fact IRIs, detailed)`` of ``groups``, the :func:`facts`
    summaries of those facts quoting ``detailed`` claims, in that order, each with
    ``roles`` (labels of the properties naming the entity ``id:key``, and how): one
    list per group, in the order of ``groups``. Read together for all the groups, in a
    fixed number of queries (one :func:`facts` per value of ``detailed``), each bound
    by the (fact, entity) pairs first."""
    groups = [(key, list(fact_iris), detailed) for key, fact_iris, detailed in groups]
    pairs = " ".join(sorted({f"(<{f}> <{ID + key}>)" for key, fact_iris, _ in groups for f in fact_iris}))
    roles: dict[tuple[str, str], set] = defaultdict(set)
    if pairs:
        for r in select(run, f"""SELECT DISTINCT ?f ?e ?p WHERE {{ VALUES (?f ?e) {{ {pairs} }}
                GRAPH <{FACTS_GRAPH}> {{ ?f ?p ?e }} }}"""):
            roles[(r["e"].value, r["f"].value)].add((r["p"].value, ""))
        # Through a qualified role acting for it, or unnamed actors of its own: the role
        # with its actor ("target: unnamed ambassador, for Cambodia"). Each branch is
        # bound first (outside the UNION, the store would read every branch's matches
        # in the whole graph before joining them with the pairs): by the pairs, or by
        # the entities' unnamed actors, found in a subquery of their own (from the
        # pairs, the store read every value of every fact: 0.30 s of CPU for 1,885
        # pairs at 80 generated articles, 0.05 s so).
        entities = _values(ID + key for key, _, _ in groups)
        for r in select(run, f"""SELECT DISTINCT ?f ?e ?p ?a ?how WHERE {{
                {{ VALUES (?f ?e) {{ {pairs} }} GRAPH <{FACTS_GRAPH}> {{ ?f gkg:qualifiedRole ?q . ?q gkg:onBehalfOf ?e ;
                   gkg:roleProperty ?p ; prov:agent ?a }} BIND("for" AS ?how) }}
                UNION {{ {{ SELECT ?a ?e WHERE {{ VALUES ?e {{ {entities} }} ?a gkg:ofState|gkg:ofOrganisation ?e }} }}
                         GRAPH <{FACTS_GRAPH}> {{ ?f ?p ?a }} VALUES (?f ?e) {{ {pairs} }} BIND("of" AS ?how) }}
                UNION {{ {{ SELECT ?a ?e WHERE {{ VALUES ?e {{ {entities} }} ?a gkg:namedMember ?e }} }}
                         GRAPH <{FACTS_GRAPH}> {{ ?f ?p ?a }} VALUES (?f ?e) {{ {pairs} }} BIND("among" AS ?how) }} }}"""):
            roles[(r["e"].value, r["f"].value)].add((r["p"].value, r["a"].value, r["how"].value))
        # Through another node describing a value: a role not held ("not signatory"),
        # a stage's party ("stage: stage party"). The listed facts' nodes naming the
        # entity are found first, in a subquery: with the OPTIONAL in the same group
        # Oxigraph reads every node naming the entity (2.5 s of CPU for 250 facts of
        # Russia at 1,000 articles; 0.008 s at 4,000 this way).
        for r in select(run, f"""SELECT DISTINCT ?f ?e ?r ?p ?rp WHERE {{
                {{ SELECT ?f ?e ?r ?n ?p WHERE {{ VALUES (?f ?e) {{ {pairs} }}
                   GRAPH <{FACTS_GRAPH}> {{ ?f ?r ?n . ?n ?p ?e }}
                   FILTER(STRSTARTS(STR(?n), "{FACT}") && CONTAINS(STRAFTER(STR(?n), "{FACT}"), "_")
                          && ?r != gkg:qualifiedRole) }} }}
                OPTIONAL {{ GRAPH <{FACTS_GRAPH}> {{ ?n gkg:roleProperty ?rp }} }} }}"""):
            if r["r"].value == GKG + "negatedRole" and "rp" in r:
                roles[(r["e"].value, r["f"].value)].add((r["rp"].value, "", "not"))
            else:
                roles[(r["e"].value, r["f"].value)].add((r["r"].value, r["p"].value, "through"))
    names = labels(run, {i for rs in roles.values() for r in rs for i in r[:2] if i}
                   | {ID + key for key, _, _ in groups})
    summaries = {d: facts(run, {f for _, fact_iris, detailed in groups if detailed == d for f in fact_iris},
                          detailed=d) for d in sorted({detailed for _, _, detailed in groups})}

    def role(r: tuple, key: str) -> str:
        if len(r) == 2:
            return names[r[0]]
        if r[2] == "not":
            return f"not {names[r[0]]}"
        if r[2] == "for":
            return f"{names[r[0]]}: {names[r[1]]}, for {names[ID + key]}"
        if r[2] == "among":
            return f"{names[r[0]]}: one of {names[r[1]]}"
        return f"{names[r[0]]}: {names[r[1]]}"
    return [[{**summaries[detailed][f], "roles": sorted({role(r, key) for r in roles[(ID + key, f)]})}
             for f in fact_iris] for key, fact_iris, detailed in groups]


def entity_kinds(index: EntityFacts) -> list[dict]:
    """The kinds of fact in ``index``, by label: ``[{iri (the gkg: class), slug (its
    local name, as page paths name it), label, count}]``."""
    out = [{"iri": c, "slug": c[len(GKG):], "label": index.labels[c], "count": len(at)}
           for c, at in index.kinds.items()]
    return sorted(out, key=lambda k: (k["label"].casefold(), k["slug"]))


def overview_facts(run: Runner, keys) -> dict[str, tuple[dict[str, int], dict[str, list[str]]]]:
    """Entity key -> (class IRI -> the number of facts of that kind naming it, class IRI
    -> the facts of that kind its page lists, in date order), for each of ``keys``,
    from the entities' summaries in the derived graph (one gkg:EntityFactsSummary per
    kind: kg/summaries.py), one row per listed fact, in one query bound by the
    entities first; an entity no fact names has both empty."""
    counts: dict[str, dict[str, int]] = {key: {} for key in keys}
    listed: dict[str, dict[str, list]] = {key: defaultdict(list) for key in keys}
    if counts:
        for e, c, n, f, d in run(f"""{SPARQL_PREFIXES} SELECT ?e ?c ?n ?f ?d WHERE {{
                VALUES ?e {{ {_values(ID + key for key in counts)} }} GRAPH <{FACTS_GRAPH}> {{
                ?s gkg:summarizedEntity ?e ; gkg:factKind ?c ; gkg:namingFactCount ?n
                OPTIONAL {{ ?s gkg:listedFact ?f OPTIONAL {{ ?f gkg:earliestDate ?d }} }} }} }}""")[1]:
            key = e.value[len(ID):]
            counts[key][c.value] = int(n.value)
            if f is not None:
                listed[key][c.value].append((d.value if d is not None else "9999", f.value))
    return {key: (counts[key], {c: [f for _, f in sorted(fs)] for c, fs in listed[key].items()}) for key in counts}


def entity_overview(run: Runner, key: str, listing: tuple | None = None, summarise=None) -> list[dict]:
    """What the entity's page lists of its facts: for each kind of fact naming it (as
    :func:`entity_kinds` gives them), its first :data:`FACTS_PER_KIND` facts in date
    order (each a :func:`facts` summary with ``roles``, quoting :data:`MAX_QUOTES`
    claims) and their number: ``[{iri, slug, label, count, facts, more (facts not
    listed)}]``. Read from the entity's summaries in the derived graph (one
    gkg:EntityFactsSummary per kind: kg/summaries.py), one row per listed fact, however
    many facts name the entity; claims are read for the listed facts only.

    ``listing``, if given, is the entity's :func:`overview_facts`, read already;
    ``summarise``, if given, gives the summaries as :func:`_summaries` does (from
    ``key, fact IRIs, detailed``), from what was read ahead."""
    counts, picked = listing if listing is not None else overview_facts(run, [key])[key]
    names = labels(run, counts)
    kinds = sorted(({"iri": c, "slug": c[len(GKG):], "label": names[c], "count": n} for c, n in counts.items()),
                    key=lambda k: (k["label"].casefold(), k["slug"]))
    summarise = summarise or (lambda *group: _summaries(run, *group))
    summaries = {s["iri"]: s for s in summarise(key, [f for fs in picked.values() for f in fs], MAX_QUOTES)}
    for k in kinds:
        k["facts"] = [summaries[f] for f in picked.get(k["iri"], [])]
        k["more"] = k["count"] - len(k["facts"])
    return kinds


def entity_facts(run: Runner, key: str, page: int = 1, per_page: int = FACTS_PER_PAGE, kind: str | None = None,
                 index: EntityFacts | None = None, detailed: int = MAX_QUOTES, summarise=None) -> dict:
    """The facts that name the entity in any role (of the gkg: class ``kind`` only, if
    given), in date order (the earliest date any source gives; undated last, then by
    key), ``per_page`` at a time: ``{facts: [each a :func:`facts` summary with roles
    (labels of the properties naming it), quoting ``detailed`` claims], total, page,
    pages}``, cut from ``index`` (its :func:`entity_index`, read if not given): only
    the page's facts are summarised (by ``summarise``, if given, as for
    :func:`entity_overview`). Raises
    :class:`ValueError` for a page outside 1..pages (page 1 always exists)."""
    index = index or entity_index(run, key)
    shown, total, pages = entity_page(index, key, page, per_page, kind)
    summarise = summarise or (lambda *group: _summaries(run, *group))
    return {"facts": summarise(key, shown, detailed), "total": total, "page": page, "pages": pages}


def entity_page(index: EntityFacts, key: str, page: int, per_page: int, kind: str | None = None
                ) -> tuple[list[str], int, int]:
    """(the IRIs of the facts on page ``page`` of those naming the entity ``key`` in
    ``index``, of the class ``kind`` only if given, ``per_page`` a page; their number;
    the number of pages), as :func:`entity_facts` cuts them. Raises
    :class:`ValueError` for a page outside 1..pages."""
    at = index.kinds.get(kind, []) if kind else range(len(index.ordered))
    pages = _pages(len(at), per_page, page, f"the facts naming {key!r}" + (f" of kind {kind[len(GKG):]}" if kind else ""))
    return [index.ordered[i][1] for i in at[(page - 1) * per_page:page * per_page]], len(at), pages


def timeline_years(index: EntityFacts, per_page: int = TIMELINE_PER_PAGE) -> list[dict]:
    """The years of an entity's timeline (its ``index`` in date order, ``per_page`` a
    page): ``[{year ('' for undated facts, last), count, page (the page its first
    fact is on)}]``."""
    out: list[dict] = []
    for i, (date, _, _) in enumerate(index.ordered):
        if not out or out[-1]["year"] != date[:4]:
            out.append({"year": date[:4], "count": 0, "page": i // per_page + 1})
        out[-1]["count"] += 1
    return out


def _statement(fact: str) -> str:
    """What each article says of the fact ``fact`` (a variable bound before it): the
    statements its claims make (gkg:ClaimedStatement in the article's graph ``?g``:
    property ``?p``, value ``?o``), bound by their subject."""
    return f"GRAPH ?g {{ ?st rdf:subject {fact} ; rdf:predicate ?p ; rdf:object ?o }} FILTER(?p != rdfs:label)"


@dataclass(frozen=True)
class FactSources:
    """What every page of a fact's sources is cut from (:func:`fact_sources`):
    ``articles``, the ids of the articles whose claims support it, sorted; and
    ``agreement``, property IRI -> whether its sources disagree on it."""

    articles: list[str]
    agreement: dict[str, bool]


def fact_sources(run: Runner, key: str) -> FactSources | None:
    """The :class:`FactSources` of the fact ``fact:key``; None if no claim supports it
    (:func:`fact_sources_of` of it alone)."""
    return fact_sources_of(run, [key]).get(key)


def fact_sources_of(run: Runner, keys) -> dict[str, FactSources]:
    """Fact key -> the :class:`FactSources` of the fact ``fact:key``, for each of
    ``keys`` that a claim supports (the others are absent), in two queries, each bound
    by the facts' IRIs first: one row per (fact, article), and one per (fact,
    property).

    The articles come one row each, sorted here (the store's ORDER BY decodes every
    article IRI it compares: three times as slow). A property differs when one of its
    values is given by fewer of the sources giving the property than all of them,
    counted by the store in one grouped query, one row per property; it reads every
    statement of the fact (about 0.1 ms of CPU per source), which is why
    :class:`kg.browse.pages.Site` keeps the last ones read."""
    keys = sorted(set(keys))
    if not keys:
        return {}
    values = _values(FACT + k for k in keys)
    articles: dict[str, list[str]] = defaultdict(list)
    for f, a in run(f"""{SPARQL_PREFIXES} SELECT DISTINCT ?f ?a WHERE {{ VALUES ?f {{ {values} }}
            ?c gkg:supports ?f ; prov:wasQuotedFrom ?a }}""")[1]:
        articles[f.value[len(FACT):]].append(local(a.value))
    if not articles:
        return {}
    # Each value of a property is given by every source giving the property exactly
    # when the distinct (source, value) pairs are all the pairs of those sources and
    # values: counted in one reading of the statements (two readings, one per count,
    # took twice as long: 0.58 s against 0.29 s of CPU for the 4,917 sources of the
    # most reported fact at 10,000 generated articles).
    agreement: dict[str, dict[str, bool]] = defaultdict(dict)
    for r in select(run, f"""
        SELECT ?f ?p (COUNT(*) AS ?pairs) (COUNT(DISTINCT ?g) AS ?sources) (COUNT(DISTINCT ?o) AS ?values) WHERE {{
          {{ SELECT DISTINCT ?f ?p ?g ?o WHERE {{ VALUES ?f {{ {_values(FACT + k for k in articles)} }}
             {_statement("?f")} }} }} }} GROUP BY ?f ?p"""):
        agreement[r["f"].value[len(FACT):]][r["p"].value] = (
            int(r["pairs"].value) < int(r["sources"].value) * int(r["values"].value))
    return {k: FactSources(sorted(found), agreement.get(k, {})) for k, found in articles.items()}


#: The statuses that end a fact (a sanction lifted, an agreement terminated, a war over):
#: one that only claims of what is to come state ('Washington would lift sanctions':
#: planned, hoped, ...) is shown as "end planned", not as the end, as CLAIMS.md and the
#: canned queries say it; a done end (:data:`DONE`) in a claim of the same source wins.
ENDS = frozenset(GKG + s for s in ("Ended", "Terminated", "Expired"))
#: The modalities of a claim that says the fact holds or happened.
DONE = "gkg:Asserted, gkg:Reported, gkg:Alleged, gkg:Corrected"
#: The modalities of a claim that neither says it happened nor that it is to come.
NOT_TO_COME = "gkg:Denied, gkg:Uncommitted, gkg:RefusedModality, gkg:Unable"

#: The properties whose values a claim of negative polarity still states as they are
#: (the fact's class; its description, which words the negation itself), never marked
#: negative on a fact's page.
UNMARKED = frozenset({"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", GKG + "description"})


def fact_page(run: Runner, key: str, page: int = 1, per_page: int = MAX_SOURCES,
              index: FactSources | None = None) -> dict | None:
    """The fact ``fact:key`` as each source reports it, ``per_page`` sources (articles,
    by id) at a time: ``{fact (a :func:`facts` summary with the claims of the page's
    sources), sources: [article ids of the page], rows: [{property, values: {article:
    [text]}, differs}], total (sources), page, pages}``; a row ``differs`` when two
    sources, of any page, give different values. Each value is a tuple of parts
    ``(text, path)``, ``path`` the page of the entity or fact the part names
    (:func:`page_of`, as ``kind/key``) or None: a value naming an entity or another fact
    (gkg:about, gkg:partOf, gkg:termOf, a role) links to its page. A qualified role (gkg:QualifiedRole,
    the W3C PROV qualified pattern) is shown on the row of the role it qualifies, its
    actor with the party it acts for ("unnamed ambassador, for Cambodia"), and a role
    not held (gkg:NegatedRole) there as "not <actor>": neither is a row of its own. A
    value that the source states only in claims of negative polarity (saying the fact
    did not happen, in its own voice or a speaker's: no denial) ends in " (negative)", but for its
    class and description.
    None if the graph has no such fact; raises :class:`ValueError` for a page outside
    1..pages.

    The page is cut from ``index`` (its :func:`fact_sources`, read if not given): the
    statements and claims are read for the page's sources only (:func:`fact_pages` of
    this page alone)."""
    if index is None:
        index = fact_sources(run, key)
        if index is None:
            return None
    return fact_pages(run, [(key, page)], {key: index}, per_page)[(key, page)]


def fact_pages(run: Runner, wanted, indexes: dict[str, FactSources], per_page: int = MAX_SOURCES) -> dict:
    """:func:`fact_page` of each (fact key, page) of ``wanted``, whose
    :class:`FactSources` ``indexes`` holds (by fact key): ``(key, page)`` -> the page,
    read together, each query bound by the pages' facts (and sources) first, a fixed
    number of queries however many pages (one more per page number beyond the first
    asked for: a fact's claims are read for one page of it at a time). Raises
    :class:`ValueError` for a page outside 1..pages of its fact."""
    wanted = sorted(set(wanted))
    shown: dict[tuple[str, int], list[str]] = {}
    pages: dict[str, int] = {}
    for key, page in wanted:
        articles = indexes[key].articles
        pages[key] = _pages(len(articles), per_page, page, f"the sources of fact {key!r}")
        shown[(key, page)] = articles[(page - 1) * per_page:page * per_page]
    if not wanted:
        return {}
    summaries: dict[tuple[str, int], dict] = {}
    for number in sorted({page for _, page in wanted}):
        at = {FACT + key: set(shown[(key, page)]) for key, page in wanted if page == number}
        for f, summary in facts(run, at, articles_shown=at).items():
            summaries[(summary["key"], number)] = summary
    page_of_source = {(FACT + key, GRAPH + a): (key, page) for (key, page), sources in shown.items() for a in sources}
    # Whether any claim stating a value says the fact happened: a value only claims of
    # negative polarity state ("Khan is barred from standing" as the election with
    # candidate Khan, negative) is marked so on its row.
    # The statements are found first, in a subquery, and the claims stating each one
    # and their polarity read after it, bound by it: Oxigraph plans an OPTIONAL or
    # EXISTS in the same group without the statement's bindings, reading every claim
    # of the pages' articles for each statement (docs/layout.md; inside the statement's
    # graph pattern, 0.64 s of CPU for 500 pages at 80 generated articles, 0.17 s so).
    # Whether a claim stating it says it is done (asserted, reported, alleged, corrected)
    # or only to come (planned, hoped, ...): an end only the latter state is shown as
    # "end planned" (:data:`ENDS`), and one only others ask for (requested: "calling on the
    # United States to end its embargo") as "end requested (by <who asked>)", as 'sanctions'
    # shows them.
    rows = select(run, f"""SELECT ?f ?g ?p ?o (MAX(?says) AS ?positive) (MAX(?did) AS ?done) (MAX(?plan) AS ?planned)
                                  (MAX(?plan - ?rq) AS ?by_plan) (MAX(?rq) AS ?by_request)
                                  (GROUP_CONCAT(DISTINCT STR(?asker); separator=" ") AS ?askers) WHERE {{
        {{ SELECT ?f ?g ?st ?p ?o WHERE {{
           VALUES (?f ?g) {{ {" ".join(f"(<{f}> <{g}>)" for f, g in sorted(page_of_source))} }}
           GRAPH ?g {{ ?st rdf:subject ?f ; rdf:predicate ?p ; rdf:object ?o }} FILTER(?p != rdfs:label) }} }}
        OPTIONAL {{ GRAPH ?g {{ ?c gkg:statesValue ?st OPTIONAL {{ ?c gkg:polarity ?pol }} OPTIONAL {{ ?c gkg:modality ?cm }}
                               OPTIONAL {{ ?c prov:wasAttributedTo ?by }} }} }}
        BIND(IF(BOUND(?c) && COALESCE(?pol = gkg:Negative, false), 0, 1) AS ?says)
        BIND(IF(BOUND(?cm) && ?cm IN ({DONE}) && ?says = 1, 1, 0) AS ?did)
        BIND(IF(BOUND(?cm) && ?cm NOT IN ({DONE}, {NOT_TO_COME}), 1, 0) AS ?plan)
        BIND(IF(COALESCE(?cm = gkg:RequestedModality, false), 1, 0) AS ?rq)
        BIND(IF(?rq = 1, ?by, ?unbound) AS ?asker) }}
        GROUP BY ?f ?g ?p ?o""") if page_of_source else []
    # Qualified roles and roles not held (nodes minted from the fact's IRI, W3C PROV's
    # qualified pattern) are shown on the role they qualify, never as values of their own.
    qualified: dict[str, dict[str, dict]] = defaultdict(dict)
    for r in select(run, f"""SELECT ?f ?q ?kind ?role ?agent ?party WHERE {{
            VALUES ?f {{ {_values(FACT + key for key, _ in wanted)} }}
            GRAPH <{FACTS_GRAPH}> {{ VALUES ?kind {{ gkg:qualifiedRole gkg:negatedRole }} ?f ?kind ?q .
            ?q gkg:roleProperty ?role ; prov:agent ?agent OPTIONAL {{ ?q gkg:onBehalfOf ?party }} }} }}"""):
        qualified[r["f"].value][r["q"].value] = r
    named = labels(run, {r["o"].value for r in rows if type(r["o"]).__name__ == "NamedNode"}
                   | {a for r in rows if "askers" in r for a in r["askers"].value.split()}
                   | {q[k].value for of in qualified.values() for q in of.values() for k in ("agent", "party") if k in q})
    named.update(_described(run, [i for i, text in named.items() if text == local(i) and not is_fact(i)
                                  and i.startswith(FACT)]))
    named.update(with_subgroups(run, named))
    by_page: dict[tuple[str, int], list] = defaultdict(list)
    for r in rows:
        by_page[page_of_source[(r["f"].value, r["g"].value)]].append(r)
    tables = {w: _fact_table(by_page[w], qualified[FACT + w[0]], indexes[w[0]], named) for w in wanted}
    _pair_shares(run, tables, page_of_source, rows)
    _member_reasons(run, tables, page_of_source, rows)
    names = labels(run, {p for table, _ in tables.values() for p in table})

    def text(value: tuple) -> str:
        return "".join(t for t, _ in value)
    out = {}
    for (key, page), (table, differs) in tables.items():
        out_rows = [{"property": names[p], "values": {a: sorted(v, key=lambda v: (text(v), str(v)))
                                                      for a, v in table[p].items()},
                     "differs": differs.get(p, False)}
                    for p in sorted(table, key=lambda p: (p.endswith("#type") is False, names[p]))]
        total = len(indexes[key].articles)
        out[(key, page)] = {"fact": summaries[(key, page)], "sources": shown[(key, page)], "total": total,
                            "page": page, "pages": pages[key],
                            "more_sources": total - len(shown[(key, page)]), "rows": out_rows}
    return out


#: A share (gkg:share, percent) and what it is a share of (gkg:shareOf), paired on a fact
#: page by the claim stating both.
SHARE, SHARE_OF = GKG + "share", GKG + "shareOf"


def _pair_shares(run: Runner, tables: dict, page_of_source: dict, statements: list[dict]) -> None:
    """Where a source of a fact page gives more than one share (gkg:share), each is shown
    with what its own claim says it is a share of and who that claim is attributed to,
    "91.4 of ... at more than 80 percent of polling stations (said by Djenabou Toure)",
    and those what-ofs leave the 'share of' row of that source: unpaired, two turnouts
    and two scopes read as four pairings. ``tables``: (fact key, page) -> the
    :func:`_fact_table` of that page, changed in place; ``page_of_source``: (fact IRI,
    article graph IRI) -> (fact key, page); ``statements``: the pages' statement rows
    (?f ?g ?p ?o), which tell the sources with several shares, the only ones whose
    claims are read."""
    values: dict[tuple, set] = defaultdict(set)
    for r in statements:
        if r["p"].value == SHARE:
            values[(r["f"].value, r["g"].value)].add(r["o"].value)
    sources = sorted(k for k, v in values.items() if len(v) > 1)
    if not sources:
        return
    rows = select(run, f"""SELECT DISTINCT ?f ?g ?c ?share ?of ?who WHERE {{
        VALUES (?f ?g) {{ {" ".join(f"(<{f}> <{g}>)" for f, g in sources)} }}
        GRAPH ?g {{ ?c gkg:statesValue ?ss . ?ss rdf:subject ?f ; rdf:predicate gkg:share ; rdf:object ?share .
                   OPTIONAL {{ ?c gkg:statesValue ?so . ?so rdf:subject ?f ; rdf:predicate gkg:shareOf ; rdf:object ?of }}
                   OPTIONAL {{ ?c prov:wasAttributedTo ?who }} }} }}""")
    given: dict[tuple, dict] = defaultdict(lambda: defaultdict(lambda: {"of": set(), "who": set()}))
    for r in rows:
        claim = given[(r["f"].value, r["g"].value)][(r["c"].value, r["share"].value)]
        if "of" in r:
            claim["of"].add(r["of"].value)
        if "who" in r:
            claim["who"].add(r["who"].value)
    several = {k: v for k, v in given.items() if len({share for _, share in v}) > 1}
    names = labels(run, {w for v in several.values() for claim in v.values() for w in claim["who"]})
    for (f, g), claims in several.items():
        table, _ = tables[page_of_source[(f, g)]]
        source = g[len(GRAPH):]
        cell: set = set()
        for (_, share), claim in sorted(claims.items()):
            parts = [(share, None)] + [(f" of {of}", None) for of in sorted(claim["of"])]
            if claim["who"]:
                parts.append((f" (said by {', '.join(sorted(names[w] for w in claim['who']))})", None))
            cell.add(tuple(parts))
        table.setdefault(SHARE, defaultdict(set))[source] = cell
        paired = {of for claim in claims.values() for of in claim["of"]}
        if SHARE_OF in table and source in table[SHARE_OF]:
            table[SHARE_OF][source] = {v for v in table[SHARE_OF][source] if v[0][0] not in paired}
            if not table[SHARE_OF][source]:
                del table[SHARE_OF][source]
            if not table[SHARE_OF]:
                del table[SHARE_OF]


#: A reason (gkg:reason), and the roles of a vote's members (how each voted), whose own
#: reason a claim said by one of them gives.
REASON = GKG + "reason"
MEMBER_ROLES = tuple(GKG + r for r in ("votedYes", "votedNo", "abstained", "decidingVoter", "vetoedBy", "dissenter"))


def _member_reasons(run: Runner, tables: dict, page_of_source: dict, statements: list[dict]) -> None:
    """A reason that a claim said by a member of a vote gives (``reason`` with ``said_by:
    Poland`` on a claim naming Poland among those who abstained, or said by its envoy or its
    unnamed delegates: CLAIMS.md, "How each member voted") is that member's reason for its
    vote, not the whole vote's: on a fact page it is
    shown with the member and how it voted, "a protest at ... (a member's reason: Poland,
    abstained)". ``tables``, ``page_of_source`` and ``statements`` as for
    :func:`_pair_shares`; only the sources that give a reason are read."""
    sources = sorted({(r["f"].value, r["g"].value) for r in statements if r["p"].value == REASON})
    if not sources:
        return
    # The member: the speaker, the state or body its unnamed people are of ("unnamed delegates"
    # of Poland), or the one whose office it holds (an envoy).
    # (The candidates in a subquery of their own: its filter drops an unbound one before the
    # members are joined, which would match every member.)
    rows = select(run, f"""SELECT DISTINCT ?f ?g ?o ?who ?role WHERE {{
        {{ SELECT ?f ?g ?o ?who WHERE {{
           VALUES (?f ?g) {{ {" ".join(f"(<{f}> <{g}>)" for f, g in sources)} }}
           GRAPH ?g {{ ?st rdf:subject ?f ; rdf:predicate gkg:reason ; rdf:object ?o . ?c gkg:statesValue ?st ; prov:wasAttributedTo ?speaker
                      OPTIONAL {{ ?speaker gkg:ofState|gkg:ofOrganisation ?of }} }}
           OPTIONAL {{ GRAPH <{FACTS_GRAPH}> {{ ?office a gkg:PositionHeld ; gkg:holder ?speaker ; gkg:positionOf ?post }} }}
           VALUES ?way {{ 0 1 2 }} BIND(IF(?way = 0, ?speaker, IF(?way = 1, ?of, ?post)) AS ?who) FILTER(BOUND(?who)) }} }}
        GRAPH <{FACTS_GRAPH}> {{ VALUES ?role {{ {_values(MEMBER_ROLES)} }} ?f ?role ?who }} }}""")
    if not rows:
        return
    names = labels(run, {r["who"].value for r in rows} | {r["role"].value for r in rows})
    members: dict[tuple, set] = defaultdict(set)
    for r in rows:
        members[(r["f"].value, r["g"].value, r["o"].value)].add(f"{names[r['who'].value]}, {names[r['role'].value]}")
    for (f, g, reason), who in members.items():
        table, _ = tables[page_of_source[(f, g)]]
        cell = table.get(REASON, {}).get(g[len(GRAPH):])
        if cell is None or (reason, None) not in {v[0] for v in cell}:
            continue
        for value in [v for v in cell if v[0] == (reason, None)]:
            cell.discard(value)
            cell.add(((reason, None), (f" (a member's reason: {'; '.join(sorted(who))})", None)))


def _fact_table(rows: list[dict], qualified: dict[str, dict], index: FactSources,
                named: dict[str, str]) -> tuple[dict[str, dict[str, set]], dict[str, bool]]:
    """The rows of one page of a fact (:func:`fact_pages`) before they are labelled:
    (property IRI -> source -> the set of its values, each a tuple of ``(text,
    path)`` parts; property IRI -> whether its sources differ on it), from the
    page's statement ``rows``, the fact's ``qualified`` roles (node IRI -> row) and
    the labels of the values (``named``)."""
    table: dict[str, dict[str, set]] = {p: defaultdict(set) for p in index.agreement}  # a row for every property
    differs = dict(index.agreement)

    def named_part(iri: str) -> tuple[str, str | None]:
        found = page_of(iri)
        return named[iri], "/".join(found) if found else None

    def part(term) -> tuple[str, str | None]:
        if type(term).__name__ != "NamedNode":
            return term.value, None
        return named_part(term.value)

    def end_to_come(r: dict) -> tuple:
        """An end only claims of what is to come give: "end planned", and "end requested
        (by <who asked>)" for one others only ask for, each with who asked linked."""
        shown: list[tuple[str, str | None]] = []
        if r["by_plan"].value != "0":
            shown.append(("end planned", None))
        if r["by_request"].value != "0":
            shown.append((", end requested" if shown else "end requested", None))
            askers = sorted((named_part(a) for a in set(r["askers"].value.split()) if a in named), key=lambda p: p[0])
            if askers:
                shown.append((" (by ", None))
                for i, asker in enumerate(askers):
                    shown.extend([(", ", None), asker] if i else [asker])
                shown.append((")", None))
        return tuple(shown)

    for r in rows:
        o, source = r["o"], r["g"].value[len(GRAPH):]
        q = qualified.get(o.value)
        if q is None:
            denied = r["positive"].value == "0" and r["p"].value not in UNMARKED
            if r["p"].value == GKG + "status" and o.value in ENDS and r["done"].value == "0" and r["planned"].value == "1":
                table[r["p"].value][source].add(end_to_come(r))
                continue
            table[r["p"].value][source].add((part(o), (" (negative)", None)) if denied else (part(o),))
            continue
        role, agent = q["role"].value, part(q["agent"])
        cell = table.setdefault(role, defaultdict(set))[source]
        differs[role] = differs.get(role, False) or differs.get(r["p"].value, False)
        if "party" in q:
            cell.discard((agent,))
            cell.add((agent, (", for ", None), part(q["party"])))
        else:
            cell.add((("not ", None), agent))
    for p in (GKG + "qualifiedRole", GKG + "negatedRole"):
        table.pop(p, None)
    for p in table:  # an actor acting for a party is shown once, with it
        for source, cell in table[p].items():
            cell -= {(w[0],) for w in cell if len(w) == 3 and w[1][0] == ", for "}
    return table, differs


def _described(run: Runner, iris: list[str]) -> dict[str, str]:
    """Nodes minted from a fact's IRI that have no label (a stage of an agreement): IRI
    -> their values in the derived graph, by property label, "stage date: 2025-06-18,
    stage status: initialled" (rdf:type left out), so that a page never shows such a
    node's IRI as if it were a fact's id."""
    if not iris:
        return {}
    rows = select(run, f"""SELECT ?n ?p ?o WHERE {{ VALUES ?n {{ {_values(iris)} }}
        GRAPH <{FACTS_GRAPH}> {{ ?n ?p ?o }} FILTER(?p != rdf:type) }}""")
    names = labels(run, {r["p"].value for r in rows} | {r["o"].value for r in rows if type(r["o"]).__name__ == "NamedNode"})
    parts: dict[str, set] = defaultdict(set)
    for r in rows:
        o = r["o"]
        parts[r["n"].value].add(f"{names[r['p'].value]}: {names[o.value] if type(o).__name__ == 'NamedNode' else o.value}")
    return {n: ", ".join(sorted(ps)) for n, ps in parts.items()}


def article(run: Runner, key: str) -> dict | None:
    """The article ``key``: ``{key, title, issued, url (its schema:url, if http or
    https), original_source (gkg:originalSource, words), authors (its byline's names,
    schema:author, sorted), text, spans: [{evidence, start,
    end, exact, fact, kind, modality, drafted, speakers}]}`` (offsets in code points); None if
    the graph does not have it."""
    iri = ARTICLE + key
    head = select(run, f"""SELECT ?text ?title ?issued ?url ?source WHERE {{ <{iri}> gkg:articleText ?text .
        OPTIONAL {{ <{iri}> dcterms:title ?title }} OPTIONAL {{ <{iri}> dcterms:issued ?issued }}
        OPTIONAL {{ <{iri}> schema:url ?url }} OPTIONAL {{ <{iri}> gkg:originalSource ?source }} }} LIMIT 1""")
    if not head:
        return None
    h = head[0]
    spans: dict[str, dict] = {}
    kinds: dict[str, set] = defaultdict(set)
    for r in select(run, f"""SELECT ?ev ?f ?fcl ?start ?end ?exact ?ml ?pol ?sp ?rv WHERE {{
            ?c prov:wasQuotedFrom <{iri}> ; gkg:hasEvidence ?ev .
            ?ev oa:hasTarget ?t . ?t oa:hasSelector ?ps . ?ps oa:start ?start ; oa:end ?end .
            OPTIONAL {{ ?t oa:hasSelector ?qs . ?qs oa:exact ?exact }}
            OPTIONAL {{ ?c gkg:supports ?f . OPTIONAL {{ GRAPH <{FACTS_GRAPH}> {{ ?f a ?fc }} ?fc rdfs:label ?fcl
                                                         FILTER(STRSTARTS(STR(?fc), "{GKG}")) }} }}
            OPTIONAL {{ ?c gkg:modality/rdfs:label ?ml }}
            OPTIONAL {{ ?c gkg:polarity ?pol }} OPTIONAL {{ ?c prov:wasAttributedTo ?sp }}
            OPTIONAL {{ ?c gkg:reviewStatus ?rv }} }}"""):
        span = spans.setdefault(r["ev"].value, {
            "evidence": anchor(r["ev"].value), "start": int(r["start"].value), "end": int(r["end"].value),
            "exact": _text(r, "exact"), "facts": set(), "speakers": set(),
            "drafted": "rv" in r and r["rv"].value == GKG + "Drafted",
            "modality": shown_modality(_text(r, "ml") or None, "pol" in r and r["pol"].value == GKG + "Negative")})
        if "f" in r:
            span["facts"].add(r["f"].value)
            if "fcl" in r:
                kinds[r["f"].value].add(r["fcl"].value)
        if "sp" in r:
            span["speakers"].add(r["sp"].value)
    names = labels(run, {sp for s in spans.values() for sp in s["speakers"]})
    out = []
    for s in spans.values():
        s["facts"] = [{"key": local(f), "kind": min(kinds.get(f) or {"fact"})} for f in sorted(s["facts"])]
        s["kind"] = s["facts"][0]["kind"] if s["facts"] else "fact"
        s["speakers"] = sorted(names[sp] for sp in s["speakers"])
        out.append(s)
    out.sort(key=lambda s: (s["start"], -s["end"], s["evidence"]))
    # gkg:originalSource names where the text first appeared (an outlet, a site), in
    # words: shown as text, never as a link, which would resolve against the page.
    url = _text(h, "url")
    authors = sorted(r["n"].value for r in select(run, f"SELECT DISTINCT ?n WHERE {{ <{iri}> schema:author ?n }}"))
    return {"key": key, "title": _text(h, "title"), "issued": _text(h, "issued"),
            "url": url if url.startswith(("http://", "https://")) else "", "original_source": _text(h, "source"),
            "authors": authors, "text": h["text"].value, "spans": out}


def article_keys(run: Runner) -> list[str]:
    """Every article's id, sorted."""
    return sorted(r["id"].value for r in select(run, "SELECT DISTINCT ?id WHERE { ?a a gkg:Article ; dcterms:identifier ?id }"))


def articles(run: Runner, page: int = 1, per_page: int | None = ARTICLES_PER_PAGE, keys: list[str] | None = None) -> dict:
    """The articles by id, ``per_page`` at a time (None: all): ``{articles: [{key,
    title, issued, lead}], total, page, pages}``; ``keys`` is :func:`article_keys` if already
    read. Titles and dates are read for the page's articles only, and for an article
    with no title its ``lead``, the opening words of its text (:func:`opening_words`;
    '' for one with a title). Raises :class:`ValueError` for a page outside 1..pages."""
    keys = article_keys(run) if keys is None else keys
    per_page = per_page or max(1, len(keys))
    pages = max(1, -(-len(keys) // per_page))
    if not 1 <= page <= pages:
        raise ValueError(f"page {page} of the articles does not exist: there are {pages}")
    shown = keys[(page - 1) * per_page:page * per_page]
    found = {}
    if shown:
        ids = " ".join(str(Literal(k)) for k in shown)  # N-Triples form: quotes escaped
        # (The store cuts the start of an untitled article's text: the rest is not read here.)
        for r in select(run, f"""SELECT ?id (MIN(STR(?t)) AS ?title) (MIN(STR(?d)) AS ?issued)
                (MIN(IF(BOUND(?t), "", SUBSTR(STR(?x), 1, {LEAD_CHARACTERS * 2}))) AS ?start) WHERE {{
                VALUES ?id {{ {ids} }} ?a dcterms:identifier ?id ; a gkg:Article .
                OPTIONAL {{ ?a dcterms:title ?t }} OPTIONAL {{ ?a dcterms:issued ?d }}
                OPTIONAL {{ ?a gkg:articleText ?x }} }} GROUP BY ?id"""):
            found[r["id"].value] = {"title": _text(r, "title"), "issued": _text(r, "issued"),
                                    "lead": opening_words(_text(r, "start"))}
    return {"articles": [{"key": k, **found.get(k, {"title": "", "issued": "", "lead": ""})} for k in shown],
            "total": len(keys), "page": page, "pages": pages}


#: An untitled article is listed by the opening words of its text, up to this many characters.
LEAD_CHARACTERS = 80
#: A quote's untitled article is cited by its opening words, up to this many characters.
CITED_CHARACTERS = 48


def opening_words(text: str, most: int = LEAD_CHARACTERS) -> str:
    """The opening words of ``text``'s first paragraph (up to the first blank line: a
    headline on a line of its own stands alone, not run into the paragraph after it;
    white space folded), cut after the last whole word that fits in ``most`` characters
    with "…" when any is left out; '' for none.

    >>> opening_words("In Moscow  on Tuesday, Putin met", 20)
    'In Moscow on…'
    >>> opening_words("Short text.", 20)
    'Short text.'
    >>> opening_words("Putin meets junta chief\\n\\nIn Moscow on Tuesday, Putin met", 40)
    'Putin meets junta chief'
    """
    words = " ".join(re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0].split())
    if len(words) <= most:
        return words
    cut = words[:most + 1].rsplit(" ", 1)[0] if " " in words[:most + 1] else words[:most]
    return cut.rstrip(",;:") + "…"


def _padded(date: str) -> str:
    """A date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) as the first day it covers.

    >>> _padded("2025"), _padded("2025-03"), _padded("2025-03-04")
    ('2025-01-01', '2025-03-01', '2025-03-04')
    """
    return (date + "-01-01"[len(date) - 4:])[:10] if len(date) < 10 else date[:10]


def relations(run: Runner, around: str | None = None, kinds=None, start: str = "", end: str = "") -> dict:
    """The edges :func:`network` draws from, before bounding: ``{(source IRI, target
    IRI, kind): frozenset of fact IRIs}``, read from the derived graph alone (see
    :func:`network` for ``around``, ``kinds``, ``start`` and ``end``). Around an entity
    it reads that entity's facts only; over the whole graph, every relation fact, which
    is why :class:`kg.browse.pages.Site` keeps the whole graph's for its state of the
    store."""
    chosen = [k for k in RELATIONS if not kinds or k in kinds]
    parts = []
    for kind in chosen:
        cls, src, dst, directed = RELATIONS[kind]
        order = "" if directed else "FILTER(STR(?s) < STR(?o))"
        if around:
            # The entity is bound first, as the edge's source or as its target, so that
            # the store reads its facts only (a FILTER on ?s or ?o would read them all).
            e = f"<{ID + around}>"
            for pattern, bind in ((f"{src} {e} ; {dst} ?o", f"BIND({e} AS ?s)"),
                                  (f"{src} ?s ; {dst} {e}", f"BIND({e} AS ?o)")):
                parts.append(f'{{ GRAPH <{FACTS_GRAPH}> {{ ?f {pattern} ; a gkg:{cls} }} {bind} {order} '
                             f'BIND("{kind}" AS ?kind) }}')
        else:
            parts.append(f'{{ GRAPH <{FACTS_GRAPH}> {{ ?f a gkg:{cls} ; {src} ?s ; {dst} ?o }} {order} '
                         f'BIND("{kind}" AS ?kind) }}')
    dated = ""
    if start or end:
        day = ('IF(STRLEN(STR(?d)) = 4, CONCAT(STR(?d), "-01-01"), '
               'IF(STRLEN(STR(?d)) = 7, CONCAT(STR(?d), "-01"), SUBSTR(STR(?d), 1, 10)))')
        bounds = " && ".join(([f'{day} >= "{_padded(start)}"'] if start else [])
                             + ([f'SUBSTR({day}, 1, {len(end)}) <= "{end}"'] if end else []))
        dated = f"FILTER EXISTS {{ GRAPH <{FACTS_GRAPH}> {{ ?f gkg:date|gkg:startDate ?d }} FILTER({bounds}) }}"
    # Edges are read from the derived graph alone (no claims): claims, the bulk of the
    # store, are read only for the edges drawn between entities.
    rows = select(run, f"""SELECT DISTINCT ?f ?s ?o ?kind WHERE {{ {" UNION ".join(parts)}
                 FILTER(?s != ?o && isIRI(?s) && isIRI(?o)) {dated} }}""") if parts else []
    behind: dict[tuple, set] = defaultdict(set)
    for r in rows:
        behind[(r["s"].value, r["o"].value, r["kind"].value)].add(r["f"].value)
    return {k: frozenset(v) for k, v in behind.items()}


def relation_dates(run: Runner) -> dict[str, tuple[str, ...]]:
    """Fact IRI -> the lexical forms of its gkg:date and gkg:startDate values in the
    derived graph, for every dated fact of a relation kind: what :func:`within`
    filters the whole graph's relations by, read once for a state of the store."""
    classes = " ".join(f"gkg:{cls}" for cls, _, _, _ in RELATIONS.values())
    found: dict[str, set] = defaultdict(set)
    for r in select(run, f"""SELECT DISTINCT ?f ?d WHERE {{ VALUES ?cls {{ {classes} }}
            GRAPH <{FACTS_GRAPH}> {{ ?f a ?cls ; gkg:date|gkg:startDate ?d }} }}"""):
        found[r["f"].value].add(r["d"].value)
    return {f: tuple(sorted(ds)) for f, ds in found.items()}


def _day(date: str) -> str:
    """The day a date's lexical form is compared by, as :func:`relations`' SPARQL
    computes it: a year or a year-month padded to its first day, anything else cut to
    10 characters.

    >>> _day("2024"), _day("2024-03"), _day("2024-03-04T10:00:00Z")
    ('2024-01-01', '2024-03-01', '2024-03-04')
    """
    return date + "-01-01" if len(date) == 4 else date + "-01" if len(date) == 7 else date[:10]


def within(behind: dict, dates: dict, kinds=None, start: str = "", end: str = "") -> dict:
    """What :func:`relations` reads over the whole graph for ``kinds``, ``start`` and
    ``end``, cut in memory from its answer without them (``behind``) and
    :func:`relation_dates` (``dates``), with the same rule: a fact is kept when one of
    its dates, as a day (:func:`_day`), is not before ``start``'s first day and, cut to
    ``end``'s length, not after ``end``; an edge is kept if a fact of it is. Time: one
    pass over the edges and their facts, no query."""
    low = _padded(start) if start else ""

    def dated(fact: str) -> bool:
        return any((not start or _day(d) >= low) and (not end or _day(d)[:len(end)] <= end)
                   for d in dates.get(fact, ()))

    out = {}
    for k, fs in behind.items():
        if kinds and k[2] not in kinds:
            continue
        kept = fs if not (start or end) else frozenset(f for f in fs if dated(f))
        if kept:
            out[k] = kept
    return out


class Edges:
    """The relations of one filter over the whole graph, and what every page drawn from
    them shares, worked out on first use and kept: each entity's edges (so a network
    around an entity is cut from them without a query), the whole graph's ranking of
    entities, each entity's class (``classes``, IRI -> class label, may be shared by
    the Edges of several filters), and each drawn edge's tally (``tallies``: edge ->
    (distinct sources, modalities)).

    ``behind``: edge (source IRI, target IRI, kind) -> the facts behind it, as a
    frozenset of fact IRIs (:func:`relations`'s answer) or as their number, with the
    edge's summary's IRI in ``nodes`` (:func:`edge_summaries`: read from the derived
    graph, one row per edge), and, once an edge is drawn, its tally in ``tallies`` and
    its listed facts in ``listed`` (:func:`edge_details`). Built once per filter for a state of the store
    (:class:`kg.browse.pages.Site`)."""

    def __init__(self, behind: dict, classes: dict | None = None, tallies: dict | None = None,
                 nodes: dict | None = None, listed: dict | None = None):
        self.behind = behind
        self.classes = {} if classes is None else classes
        self.tallies: dict[tuple, tuple[int, set]] = {} if tallies is None else tallies
        self.nodes: dict[tuple, str] = {} if nodes is None else nodes
        #: edge -> the facts its summary lists (gkg:listedFact), read for the edges drawn.
        self.listed: dict[tuple, list] = {} if listed is None else listed
        self._by_node: dict[str, list] | None = None
        self._ranked: tuple | None = None

    def count(self, edge: tuple) -> int:
        """The number of facts behind ``edge``."""
        held = self.behind[edge]
        return held if isinstance(held, int) else len(held)

    def of_kinds(self, kinds) -> "Edges":
        """The edges of ``kinds`` (all if none), sharing this one's classes, tallies and
        summaries' IRIs (an edge's facts are the same whichever kinds are kept)."""
        if not kinds:
            return self
        return Edges({k: v for k, v in self.behind.items() if k[2] in kinds}, self.classes, self.tallies, self.nodes,
                     self.listed)

    def around(self, centre: str) -> dict:
        """The edges with the entity IRI ``centre`` at one end (what :func:`relations`
        reads around it, for the same filter)."""
        if self._by_node is None:
            by_node: dict[str, list] = defaultdict(list)
            for k in self.behind:
                by_node[k[0]].append(k)
                by_node[k[1]].append(k)
            self._by_node = dict(by_node)
        return {k: self.behind[k] for k in self._by_node.get(centre, ())}

    def ranked(self) -> tuple[dict[str, int], list[str]]:
        """The whole graph's (entity IRI -> number of facts naming it, entities by that
        number, most first, ties by IRI): see :func:`network`."""
        if self._ranked is None:
            self._ranked = _ranked(self.behind, None)
        return self._ranked

    def class_of(self, run: Runner, iris) -> dict[str, str]:
        """:func:`_classes` of the entities, read for those not yet kept only."""
        missing = [i for i in iris if i not in self.classes]
        if missing:
            self.classes.update(_classes(run, missing))
        return {i: self.classes[i] for i in iris}


def edge_summaries(run: Runner, around: str | None = None, classes: dict | None = None) -> Edges:
    """:class:`Edges` of every relation over the whole graph, or around the entity
    ``id:around``, read from the edges' summaries in the derived graph
    (gkg:RelationSummary, kept by kg/summaries.py): one row per edge, its IRI (which
    names its ends and kind: :func:`kg.summaries.edge_of`) and its number of facts,
    however many facts and claims are behind it; the tallies of the edges a page draws
    are read by :func:`edge_details`. ``classes`` as for :class:`Edges`."""
    if around is None:
        where = f"GRAPH <{FACTS_GRAPH}> {{ ?e gkg:factCount ?n }}"
    else:
        e = f"<{ID + around}>"
        where = " UNION ".join(f"{{ GRAPH <{FACTS_GRAPH}> {{ ?e {p} {e} ; gkg:factCount ?n }} }}"
                               for p in ("gkg:edgeSource", "gkg:edgeTarget"))
    behind, nodes = {}, {}
    for node, n in run(f"{SPARQL_PREFIXES} SELECT ?e ?n WHERE {{ {where} }}")[1]:
        edge = edge_of(node.value)
        behind[edge] = int(n.value)
        nodes[edge] = node.value
    return Edges(behind, classes, None, nodes)


def edge_details(run: Runner, nodes) -> dict[str, tuple[int, set, list]]:
    """Edge summary IRI -> (its number of reporting articles, the labels of the
    modalities its facts are presented in, the facts it lists: gkg:listedFact, the first
    by IRI, sorted), for each of ``nodes``: one row per edge, modality and listed fact."""
    found: dict[str, tuple[int, set, set]] = {}
    if nodes:
        for e, a, m, ml, f in run(f"""{SPARQL_PREFIXES} SELECT ?e ?a ?m ?ml ?f WHERE {{
                VALUES ?e {{ {_values(nodes)} }}
                GRAPH <{FACTS_GRAPH}> {{ ?e gkg:articleCount ?a ; gkg:presentedAs ?m ; gkg:listedFact ?f }}
                OPTIONAL {{ ?m rdfs:label ?ml }} }}""")[1]:
            entry = found.setdefault(e.value, (int(a.value), set(), set()))
            entry[1].add(ml.value if ml is not None else local(m.value))
            entry[2].add(f.value)
    return {e: (n, shown, sorted(fs)) for e, (n, shown, fs) in found.items()}


def network_pages(edges: Edges, around: str | None = None, max_nodes: int = MAX_NODES) -> int:
    """How many pages :func:`network` draws of the whole graph's ``edges`` (an
    :class:`Edges`), or of those around the entity ``id:around``: one per ``max_nodes``
    entities ranked (the entity itself, drawn on every page, not counted), at least 1."""
    centre = ID + around if around else None
    ranked = _ranked(edges.around(centre), centre)[1] if centre else edges.ranked()[1]
    return max(1, -(-len(ranked) // max_nodes))


def _ranked(behind: dict, centre: str | None) -> tuple[dict[str, int], list[str]]:
    """(entity IRI -> number of the edges' facts naming it, the entities other than
    ``centre`` by that number, most first, ties by IRI); ``behind`` as
    :attr:`Edges.behind`."""
    weight: dict[str, int] = defaultdict(int)
    for (s, o, _), fs in behind.items():
        n = fs if isinstance(fs, int) else len(fs)
        weight[s] += n
        weight[o] += n
    return dict(weight), sorted((n for n in weight if n != centre), key=lambda n: (-weight[n], n))


def network(run: Runner, around: str | None = None, kinds=None, start: str = "", end: str = "",
            limit: int = MAX_EDGES, page: int = 1, max_nodes: int = MAX_NODES, edges: Edges | None = None,
            summarise=None) -> dict:
    """The relations of :data:`RELATIONS` as a graph of bounded size, around the entity
    ``id:around`` (its own edges) or over the whole graph.

    ``kinds`` keeps only those relation kinds; ``start``/``end`` (YYYY[-MM[-DD]]) keep
    facts whose date falls in the range (a month or year as ``end`` includes all of
    it; a fact's month or year is compared by its first day), and drop undated ones (a
    fact with several dates counts if one is in the range).

    Entities are ranked by the number of these facts that name them (ties by IRI);
    ``page`` k draws those ranked ``(k-1)*max_nodes+1 .. k*max_nodes`` (and ``around``
    on every page) as themselves, and gathers every other entity into one cluster node
    per class ("12 more states"), so that a page never draws more than ``max_nodes``
    + 1 entities, one node per class, ``limit`` edges between entities and ``limit``
    edges to or between clusters, however large the graph.

    One edge per (source, target, kind) between drawn entities, with the facts behind
    it; its ``sources`` counts the distinct articles, its ``modality`` is how it is
    drawn (:func:`edge_modality`) and ``modalities`` every modality its claims present
    its facts in, sorted. The
    ``limit`` edges with the most facts are kept (ties by kind, then IRIs); the
    summaries of the first :data:`QUOTED_FACTS` facts of an edge (by IRI) quote
    :data:`EDGE_QUOTES` of their claims, and at most :data:`EDGE_FACTS` are listed
    (``more_facts`` counts the rest).
    An edge touching a cluster stands for ``relations`` edges of ``facts`` facts; it
    reads no claims. Returns ``{nodes: [{id, label, cluster, members}], edges: [{id,
    source, target, source_label, target_label, kind, directed, sources, modality, modalities, cluster: False, facts:
    [summary], more_facts} or {id, source, target, source_label, target_label, kind, directed, cluster:
    True, relations, facts (a count)}],
    total (edges before bounding), shown (edges between entities drawn), limit, page,
    pages, entities (entities in relations), clustered}``. Raises :class:`ValueError`
    for a page outside 1..pages.

    ``edges``, if given, is :class:`Edges` over the whole graph for the same ``kinds``,
    ``start`` and ``end`` (read once for all the pages of every network of that filter;
    a network around an entity is cut from it), else the relations are read now.
    An edge's sources, modality and listed facts come from its summary
    (:func:`edge_summaries`) where ``edges`` holds one, else they are counted from its
    facts' claims (:func:`_tally`), for the edges drawn only. ``summarise``, if given,
    gives the facts' summaries as :func:`facts` does (from ``fact IRIs, detailed``:
    fact IRI -> summary), from those read for other pages.
    """
    if edges is None:
        edges = Edges(relations(run, around, kinds, start, end))
    centre = ID + around if around else None
    if centre:
        behind = edges.around(centre)
        weight, ranked = _ranked(behind, centre)
    else:
        behind = edges.behind
        weight, ranked = edges.ranked()
    pages = max(1, -(-len(ranked) // max_nodes))
    if not 1 <= page <= pages:
        raise ValueError(f"page {page} of the network does not exist: there are {pages}")
    drawn = set(ranked[(page - 1) * max_nodes:page * max_nodes]) | ({centre} if centre in weight else set())
    hidden = sorted(set(weight) - drawn)
    group = edges.class_of(run, hidden)
    between = sorted((k for k in behind if k[0] in drawn and k[1] in drawn),
                     key=lambda k: (-edges.count(k), k[2], k[0], k[1]))[:limit]
    # Quotes are read for the first QUOTED_FACTS facts of each edge only: an edge between
    # two busy entities can stand for hundreds of facts; the others link to their pages.
    # At most EDGE_FACTS facts of an edge are listed (those its summary names, or the
    # first of its facts by IRI); its sources and modality are tallied over all its
    # facts, from its summary or from its facts' claims' articles and modalities.
    summarised = [k for k in between if isinstance(behind[k], int)]
    details = edge_details(run, [edges.nodes[k] for k in summarised if k not in edges.tallies or k not in edges.listed])
    for k in summarised:
        if edges.nodes[k] in details:
            sources, shown, listed = details[edges.nodes[k]]
            edges.tallies[k], edges.listed[k] = (sources, shown), listed
    keys = {k: edges.listed[k] if isinstance(behind[k], int) else sorted(behind[k])[:EDGE_FACTS] for k in between}
    summarise = summarise or (lambda fact_iris, detailed: facts(run, fact_iris, detailed=detailed))
    summaries = summarise({f for fs in keys.values() for f in fs[:QUOTED_FACTS]}, EDGE_QUOTES)
    summaries.update(summarise({f for fs in keys.values() for f in fs[QUOTED_FACTS:]} - set(summaries), 0))
    missing = [k for k in keys if k not in edges.tallies]
    counted = {i: (n, shown) for i, (n, _, shown) in _tally(run, [sorted(behind[k]) for k in missing]).items()}
    for i, k in enumerate(missing):
        edges.tallies[k] = counted.get(i, (0, set()))
    out = []
    for (s, o, kind), fs in keys.items():
        sources, shown = edges.tallies[(s, o, kind)]
        modality = edge_modality(shown)
        out.append({"id": f"{kind}:{local(s)}:{local(o)}", "source": local(s), "target": local(o), "kind": kind,
                    "directed": RELATIONS[kind][3], "sources": sources,
                    "modality": modality, "modalities": sorted(shown), "cluster": False, "facts": [_brief(summaries[f]) for f in fs],
                    "more_facts": max(0, edges.count((s, o, kind)) - len(fs))})
    merged: dict[tuple, list] = defaultdict(lambda: [0, 0])
    for (s, o, kind), fs in behind.items():
        if s in drawn and o in drawn:
            continue
        ends = [s if s in drawn else "more:" + group[s], o if o in drawn else "more:" + group[o]]
        if ends[0] == ends[1]:
            continue  # a relation inside one cluster: the cluster's own page draws it
        if not RELATIONS[kind][3]:
            ends.sort()
        merged[(ends[0], ends[1], kind)][0] += 1
        merged[(ends[0], ends[1], kind)][1] += fs if isinstance(fs, int) else len(fs)
    for (s, o, kind), (merged_edges, count) in sorted(merged.items(), key=lambda i: (-i[1][1], i[0][2], i[0][0],
                                                                                    i[0][1]))[:limit]:
        out.append({"id": f"{kind}:{local(s)}:{local(o)}", "source": local(s), "target": local(o), "kind": kind,
                    "directed": RELATIONS[kind][3], "cluster": True, "relations": merged_edges, "facts": count})
    names = labels(run, drawn)
    nodes = [{"id": local(n), "label": names[n], "cluster": False, "members": 1} for n in sorted(drawn)]
    members: dict[str, int] = defaultdict(int)
    for n in hidden:
        members[group[n]] += 1
    nodes += [{"id": "more:" + c, "label": f"{m} more: {c}", "cluster": True, "members": m}
              for c, m in sorted(members.items())]
    # Each edge names its ends by label too ("unnamed military commanders (Thailand)"),
    # for the list of relations under the picture.
    shown = {n["id"]: n["label"] for n in nodes}
    for edge in out:
        edge["source_label"], edge["target_label"] = shown[edge["source"]], shown[edge["target"]]
    return {"nodes": nodes, "edges": out, "total": len(behind), "shown": len(between), "limit": limit,
            "page": page, "pages": pages, "entities": len(weight), "clustered": len(hidden)}


def _classes(run: Runner, iris) -> dict[str, str]:
    """Entity IRI -> the label of its class in the registry (the first by label if it
    has several; "entity" if none), for the clusters of :func:`network`."""
    out = {i: "entity" for i in iris}
    if out:
        for r in select(run, f"""SELECT ?e (MIN(STR(?cl)) AS ?kind) WHERE {{ VALUES ?e {{ {_values(out)} }}
                GRAPH <{FACTS_GRAPH}> {{ ?e a ?c }} ?c rdfs:label ?cl }} GROUP BY ?e"""):
            out[r["e"].value] = r["kind"].value
    return out


def cited(claim: dict) -> str:
    """How a claim of :func:`facts` names its article: 'in “TITLE”, DATE' (an untitled
    article's opening words for its title), or 'in article ID' for one with neither."""
    where = f"“{claim['article_title']}”" if claim["article_title"] else f"article {claim['article']}"
    return f"in {where}" + (f", {claim['article_issued']}" if claim["article_issued"] else "")


def _brief(fact: dict) -> dict:
    """A fact's summary as the network page's script shows it when an edge is clicked."""
    return {"key": fact["key"], "kind": fact["kinds"][0], "date": fact["date"], "sources": fact["sources"],
            "against": fact["against"],
            "modalities": fact["modalities"],
            "quotes": [{"article": c["article"], "cited": cited(c), "evidence": q["evidence"], "exact": q["exact"],
                        "modality": c["shown_modality"]} for c, q in fact["shown_quotes"]],
            "more_claims": fact["more_claims"]}
