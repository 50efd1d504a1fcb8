"""Find the words of the claims format: `kg vocabulary`.

An analyst reading a sentence ("co-chaired by", "unsealed", "a lease for 99 years")
needs the kind of fact, key or controlled value that says it. The ontology already
holds what they need to find it: every class and key has a label, other names
(skos:altLabel) and a definition with an example (skos:definition). This module reads
those into :class:`Term` records and ranks them against the words of a search, so the
answer comes from the same file the claims reader checks against, never a second list.

Ranking, by the best of each query word: the word is a term's name, label or other
name, or part of a whole everyday phrase the search adds (:data:`SEARCH_WORDS`) (10), a word of one of them (6), close to one by spelling (rapidfuzz ratio ≥ 85
against its words: 4), or a word of its definition (1); closeness of spelling counts
only for a word no term has (a typo: 'pipline' finds viaAsset, but 'interference'
never finds the "inference" of a name), and a word no name has as written is matched
against the names' stems first (5, below); a term must match every query
word, and ties go to fact kinds, then keys, then values, then names in order. When the
words as given find nothing, they are tried in other inflections (the same Snowball
English stem, Porter2: 'fined' and 'fine', 'sanctions' and 'sanctioned': 5 for a
word of a name).

Where no term of the ontology matches, the words are looked for in the values the
corpora's claims files write for the keys that take words (``actionType: fine of two
million euros``, :func:`values_in_use`): the key and kind of fact that say it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.namespaces import GKG, RDFS, SKOS
from kg.ontology import CONTROLLED, ONTOLOGY_FILE, STATEMENT_KEYS, Vocabulary, parse_ontology, vocabulary
from kg.resources import DEFAULT_CORPUS

#: The analysts' guide, shipped with the sample corpus.
GUIDE = DEFAULT_CORPUS / "CLAIMS.md"

#: What a term is, in the order ties are shown. A key of a claim (modality, said_by, via)
#: says how the article reports the fact, not what the fact is: the reader knows those
#: keys itself, and the guide's table "Keys of a claim" defines them.
ROLES = ("kind of fact", "kind of entity", "key", "key of a claim", "value", "value in use")

#: Everyday words of news reports for terms whose names, other names and definitions lack
#: them, found only as a whole phrase of the search, its words together and in order
#: (:func:`_phrased`), on the reader's side, so that the ontology stays the one list of
#: names the claims reader checks against. A "haircut" is the share of a debt's face value
#: its creditors write off in a restructuring (IMF usage); non-compliance is a Compliance
#: with polarity negative (its definition: "a breach is the fact with polarity negative");
#: a head of state asking a party leader to form a government is an appeal (CAMEO 020, a
#: request), the government formed a party in government.
_NON_COMPLIANCE = ("non-compliance", "noncompliance", "failure to comply")
#: Declining to comment says nothing of the fact asked about: a statement of its speaker
#: with polarity negative (the value's definition: 'declined to confirm').
_NO_COMMENT = ("declined to comment", "refused to comment", "would not comment", "no comment")
_FORMING = ("form a government", "forming a government")
SEARCH_WORDS: dict[str, tuple[str, ...]] = {
    "DebtRestructuring": ("haircut", "write-off", "debt exchange", "exchange offer", "bondholders"),
    "Compliance": _NON_COMPLIANCE,
    "negative": (*_NON_COMPLIANCE, *_NO_COMMENT),
    # A fugitive taken again is detained again.
    "Detention": ("recaptured", "re-arrested", "rearrested", "taken back into custody"),
    "Appeal": (*_FORMING, "asked to form", "tasked with forming"),
    "PartyInGovernment": (*_FORMING, "coalition government", "government formation"),
    # The members of an organisation, as news names them ("125 member states").
    "Membership": ("member state", "member states", "member country", "member countries"),
    # Who carries out an attack, an invasion or a coup, in the words news uses for that actor.
    "perpetrator": ("aggressor", "attacker", "assailant", "invader"),
    # Who invited the visitor or called the meeting, as news says it.
    "inviter": ("at the invitation of", "on the invitation of", "invited by", "at the invitation"),
}

#: Words a search leaves out: they match nearly every definition.
_STOP = frozenset("a an and as at by for from in is it of on or the to with".split())


@dataclass(frozen=True)
class Term:
    """One word of the claims format.

    ``name``: as written in a claims file (a class's local name ``Lease``, a key
    ``lessor``, a value's label ``unsealed``). ``role``: one of :data:`ROLES`.
    ``label`` and ``also`` (skos:altLabel): its English names. ``definition``:
    skos:definition, else rdfs:comment, else "". ``detail``: for a key, the fact kinds it
    applies to and what its value is; for a value, the key class it belongs to
    (``Status``); for a kind of fact, its parent kinds. ``keys``: for a kind of fact, the
    keys particular to it (their rdfs:domain names it or a superclass)."""

    name: str
    role: str
    label: str
    iri: str
    also: tuple[str, ...] = ()
    definition: str = ""
    detail: str = ""
    keys: tuple[str, ...] = field(default=())


@functools.cache
def _stem(word: str) -> str:
    """The Snowball English (Porter2) stem of a lower-case word: 'fined', 'fines' and
    'fining' give 'fine'."""
    return _stemmer().stemWord(word)


@functools.cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def _words(text: str) -> list[str]:
    """Lower-case words of ``text``, a camel-case name split ("averageExtension" gives
    "average", "extension")."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    return re.findall(r"[a-z0-9]+", spaced.casefold())


_VALUE_KINDS = {
    "entity": "an entity of the registry or the file", "controlled": "one of the values of {range}",
    "fact": "the id of another fact", "money": "an amount of money (USD 4.5-5 billion)",
    "quantity": "a quantity with its unit (300 aircraft, 12 percent)", "stage": "a dated status (stages)",
    "route": "the stops of a journey, in order", "result": "a candidate's result", "count": "a count and what it counts",
    "date": "a date, an interval or a period (2025-03-04, 2030/2031, by 2035)",
    "duration": "a duration (P99Y, 99 years)", "integer": "a whole number", "decimal": "a number",
    "boolean": "true or false", "string": "words",
}


def claim_keys(guide: Path = GUIDE) -> list[Term]:
    """The keys of a claim that the guide's table "Keys of a claim" defines (``| `said_in`,
    `grounds` | meaning |``, before the section's first subsection), one :class:`Term` per key, its meaning with Markdown
    links and backticks taken out; [] when the guide or the table is missing."""
    if not guide.is_file():
        return []
    out, inside = [], False
    for line in guide.read_text(encoding="utf-8").splitlines():
        if line.startswith("## ") or line.startswith("### "):
            # The table of a claim's own keys comes before the section's first subsection;
            # the tables of the subsections ('An example of every other key') hold keys of facts.
            inside = line.strip() == "## Keys of a claim"
        elif inside and line.startswith("| `"):
            cells = [c.strip() for c in line.strip().strip("|").split(" | ", 1)]
            if len(cells) < 2:
                continue
            meaning = re.sub(r"\[([^]]*)\]\([^)]*\)", r"\1", cells[1]).replace("`", "").replace("**", "")
            # ('said_partOfDay': a claim key in camel case after 'said_', as its fact key partOfDay)
            for name in re.findall(r"`(said_[A-Za-z]+|[a-z_]+)`", cells[0]):
                out.append(Term(name, "key of a claim", name, "", (), meaning, "on any claim"))
    return out


@functools.cache
def terms(path: Path = ONTOLOGY_FILE, guide: Path = GUIDE) -> tuple[Term, ...]:
    """Every kind of fact, kind of entity, claim key and controlled value of the ontology
    at ``path``, and the keys of a claim the guide defines (:func:`claim_keys`), as
    :class:`Term` records in name order. Raises what :func:`kg.ontology.parse_ontology`
    raises on an unreadable file."""
    vocab: Vocabulary = vocabulary(path)
    also: dict[str, list[str]] = {}
    definition: dict[str, str] = {}
    comment: dict[str, str] = {}
    for t in parse_ontology(path):
        p = t.predicate.value
        if p == SKOS + "altLabel":
            also.setdefault(t.subject.value, []).append(t.object.value)
        elif p == SKOS + "definition":
            definition.setdefault(t.subject.value, t.object.value)
        elif p == RDFS + "comment":
            comment.setdefault(t.subject.value, t.object.value)

    def described(iri) -> str:
        # Definitions name other terms as gkg:lessor; a claims file writes lessor.
        return (definition.get(iri) or comment.get(iri, "")).replace("gkg:", "")

    def term(name, role, iri, detail="", keys=()):
        return Term(name, role, vocab.labels.get(iri, name), iri, tuple(sorted(set(also.get(iri, ())))),
                    described(iri), detail, tuple(keys))

    out = []
    for cls in vocab.fact_types | vocab.entity_types:
        parents = sorted(c for c in vocab.superclasses.get(cls, ()) if c not in (cls, "Fact", "Actor"))
        role = "kind of fact" if cls in vocab.fact_types else "kind of entity"
        keys = vocab.keys_for(cls) if role == "kind of fact" else ()
        detail = "a kind of " + ", ".join(parents) if parents else ""
        if cls in ("Fact", "Event"):
            # The classes above the kinds: a claim's type is one of the kinds below them
            # (the reader refuses 'type: Event').
            detail = "not written as a claim's type: write one of the kinds below it (type: Attack, type: Meeting, ...)"
        out.append(term(cls, role, GKG + cls, detail, keys))
    for key in vocab.keys.values():
        where = "every fact" if not key.domain or key.domain == {"Fact"} else " or ".join(sorted(key.domain))
        if key.name in STATEMENT_KEYS:
            where += f" but a statement (which writes {STATEMENT_KEYS[key.name]!r})"
        value = _VALUE_KINDS.get(key.kind, key.kind).format(range=key.range)
        if key.kind == "entity" and key.range:
            value += f" ({key.range.replace('|', ' or ')})"
        out.append(term(key.name, "key", key.iri, f"on {where}; its value: {value}"))
    seen = set()
    for cls in CONTROLLED:
        for iri in sorted(set(vocab.controlled.get(cls, {}).values())):
            if (cls, iri) not in seen:
                seen.add((cls, iri))
                label = vocab.labels.get(iri, iri.removeprefix(GKG))
                out.append(Term(label, "value", label, iri, tuple(sorted(set(also.get(iri, ())))),
                                described(iri), f"a value of {cls}"))
    out += claim_keys(guide)
    return tuple(sorted(out, key=lambda t: (ROLES.index(t.role), t.name.casefold())))


def _score(term: Term, word: str, inflect: bool = False, spelling: bool = True, stems: bool = False) -> int:
    """How well one query ``word`` (lower case) names ``term``: see the module docstring
    (other inflections count with ``inflect``, or with ``stems`` for a word of a name;
    closeness of spelling only with ``spelling``)."""
    from rapidfuzz import fuzz

    names = [term.name, term.label, *term.also]
    if any(word == n.casefold() for n in names):
        return 10
    name_words = {w for n in names for w in _words(n)}
    if word in name_words:
        return 6
    stem = _stem(word) if inflect or stems else None
    if stem and any(_stem(w) == stem for w in name_words):
        return 5
    if spelling and len(word) > 3 and any(fuzz.ratio(word, w) >= 85 for w in name_words if len(w) > 3):
        return 4
    definition = _words(term.definition)
    return 1 if word in definition or (inflect and any(_stem(w) == stem for w in definition)) else 0


def _phrased(term: Term, words: list[str]) -> set[str]:
    """The words of a search (``words``, lower case, in the search's order, without stop
    words) that hold one of ``term``'s everyday phrases (:data:`SEARCH_WORDS`, its stop
    words dropped too) as a contiguous run, in the phrase's order: each of them names
    the term as its name would (10). "form a government" finds Appeal; "government"
    alone, or "government form", does not.

    >>> sorted(_phrased(Term("Appeal", "kind of fact", "appeal", ""), ["form", "government"]))
    ['form', 'government']
    >>> _phrased(Term("Appeal", "kind of fact", "appeal", ""), ["government"])
    set()
    >>> _phrased(Term("Appeal", "kind of fact", "appeal", ""), ["government", "form"])
    set()
    """
    found: set[str] = set()
    for phrase in SEARCH_WORDS.get(term.name, ()):
        needed = [w for w in _words(phrase) if w not in _STOP]
        n = len(needed)
        if n and any(words[i:i + n] == needed for i in range(len(words) - n + 1)):
            found.update(needed)
    return found


def named_by(term: Term, query: str, strong: bool = False) -> bool:
    """Whether a word of ``query`` names ``term``: is its name, label or other name, a
    word of one of them, or close to one by spelling (a score of 4 or more in
    :func:`_score`), not only a word of its definition; with ``strong``, only a word
    of a name as written counts (6 or more)."""
    words = [w for w in _words(query) if w not in _STOP] or _words(query)
    return any(_score(term, w) >= (6 if strong else 4) for w in words)


def defined_with(query: str, path: Path = ONTOLOGY_FILE) -> list[Term]:
    """The terms whose definition holds the words of ``query`` (two or more) as one run
    in that order, kinds of fact first: where no name holds a phrase ('a sit-in'), the
    definitions that use it say which term it belongs to. [] for a single word."""
    words = _words(query)
    n = len(words)
    if n < 2:
        return []
    return [t for t in terms(path) if any(d[i:i + n] == words for d in [_words(t.definition)]
                                          for i in range(len(d) - n + 1))]


#: The most words a value of a key may have to be offered as a value in use: a name
#: for what the fact is ('fine of two million euros'), not a sentence.
_VALUE_WORDS = 6
_TYPE_IN_LINE = re.compile(r"(?:^|[\s{,])type:\s*([A-Z]\w*)")


@functools.cache
def values_in_use(corpus: Path = DEFAULT_CORPUS, path: Path = ONTOLOGY_FILE) -> tuple[Term, ...]:
    """The values the claims files under ``corpus`` (its own, and those of the corpora
    inside it, the held-out set's excepted) write for the keys whose value is words (``actionType``,
    ``assetKind``, ``weapon``), as :class:`Term` records of role "value in use": the
    value as written (lower case, up to :data:`_VALUE_WORDS` words), its key and the
    kind of fact it was written on in ``detail``, and the first file it is in. Read line
    by line (a claim in flow style on one line, or a block claim's ``type:`` line before
    its keys), not as YAML: a file that does not read is skipped. The held-out set
    (``heldout/``, docs/evaluation.md) is left out: its claims are the answers `kg eval`
    scores unseen drafting against, and a guide that quotes them would let them leak into
    rules and claims written from its suggestions."""
    vocab = vocabulary(path)
    keys = sorted((k for k, key in vocab.keys.items() if key.kind == "string"), key=len, reverse=True)
    pattern = re.compile(r"(?:^|[\s{,])(" + "|".join(map(re.escape, keys)) + r"):\s*(\"[^\"]*\"|'[^']*'|[^,}#\n]+)")
    found: dict[tuple[str, str], tuple[set[str], Path]] = {}
    for file in sorted(corpus.rglob("claims/*.yaml")):
        if "heldout" in file.relative_to(corpus).parts:
            continue
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        kind = None
        for line in lines:
            typed = _TYPE_IN_LINE.search(line)
            kind = typed.group(1) if typed else kind
            for key, raw in pattern.findall(line):
                value = raw.strip().strip("\"'").strip().casefold()
                if value and len(value.split()) <= _VALUE_WORDS:
                    found.setdefault((key, value), (set(), file))[0].add(kind or "")
    return tuple(Term(value, "value in use", value, "", (), "",
                      f"written as {key}: {value} on {' or '.join(sorted(k for k in kinds if k)) or 'a fact'} "
                      f"(in {file.relative_to(corpus)})")
                 for (key, value), (kinds, file) in sorted(found.items(), key=lambda x: (x[0][1], x[0][0])))


def search(query: str, path: Path = ONTOLOGY_FILE, limit: int = 10, every: bool = True,
           corpus: Path | None = None, inflect: bool = False) -> list[Term]:
    """The terms that ``query`` (words, any case: "co-chair", "unsealed indictment")
    names, best first, at most ``limit`` of them. With ``every`` (the default) a term
    must match every word, else [] ; without it, a term matching more of the words
    ranks above one matching fewer, and one matching none is left out. A query that is
    exactly one term's name or label ranks that term first. With ``corpus``, the values
    in use there (:func:`values_in_use`) are searched instead of the ontology's terms.
    With ``inflect``, a word matches in other inflections too (a search to try when
    the words as given find nothing: 'cuts' would otherwise also find 'was cut')."""
    words = [w for w in _words(query) if w not in _STOP] or _words(query)
    whole = query.strip().casefold()
    pool = values_in_use(corpus, path) if corpus else terms(path)
    # A word no name has as written is looked for in the names' other inflections
    # ('sanctioned' is Sanction's, not only a word of a definition); closeness of spelling
    # stands in only for a word no term has at all (a typo: 'pipline'): 'interference'
    # is not 'inference'.
    named = {w for w in words if any(_score(t, w, spelling=False) >= 6 or w in _phrased(t, words) for t in pool)}
    known = {w for w in words if w in named or any(_score(t, w, inflect, False, True) for t in pool)}
    ranked = []
    for t in pool:
        phrased = _phrased(t, words)
        scores = [10 if w in phrased else _score(t, w, inflect, spelling=w not in known, stems=w not in named)
                  for w in words]
        if words and (all(scores) if every else any(scores)):
            # The whole search as one of the term's names ('stand trial', 'hunger strike')
            # ranks it above terms that hold its words apart.
            exact = whole in (t.name.casefold(), t.label.casefold(), *(a.casefold() for a in t.also))
            ranked.append((-sum(1 for x in scores if x), -(100 if exact else 0) - sum(scores),
                           ROLES.index(t.role), t.name.casefold(), t))
    return [r[-1] for r in sorted(ranked, key=lambda r: r[:4])[:limit]]


def find_term(name: str, path: Path = ONTOLOGY_FILE) -> Term | None:
    """The kind of fact, kind of entity or key whose name is exactly ``name`` (any case),
    or None."""
    folded = name.strip().casefold()
    return next((t for t in terms(path) if t.role != "value" and t.name.casefold() == folded), None)


def named_exactly(name: str, but: Term | None = None, path: Path = ONTOLOGY_FILE) -> list[Term]:
    """The kinds of fact and of entity whose label or other name (skos:prefLabel,
    rdfs:label, skos:altLabel) is exactly ``name`` (any case), in the ontology's order,
    leaving out ``but``: 'party' gives Organisation, whose other names include it."""
    folded = name.strip().casefold()
    return [t for t in terms(path) if t is not but and t.role in ("kind of fact", "kind of entity")
            and folded in {n.casefold() for n in (t.label, *t.also)}]


def guide_section(term: Term, guide: Path) -> tuple[int, str] | None:
    """Where the analysts' guide ``guide`` (corpus/CLAIMS.md) first shows ``term`` in use:
    the line number (1-based) and the heading of its section, or None. A kind of fact is
    found as ``type: Name``, a key as ``name:`` at the start of a YAML key, a value as
    its label after a colon. An example (a line in a fenced block) is preferred to a
    mention in prose or in a table."""
    if not guide.is_file():
        return None
    if term.role in ("kind of fact", "kind of entity"):
        pattern = re.compile(rf"\b(type|class):\s*{re.escape(term.name)}\b")
    elif term.role == "key":
        pattern = re.compile(rf"(^|[\s{{,\-`]){re.escape(term.name)}:\s")
    else:
        pattern = re.compile(rf":\s*{re.escape(term.name)}\s*($|[,}}#`])", re.IGNORECASE)
    first = None
    for number, line, heading, fenced in _guide_lines(guide):
        if pattern.search(line):
            if fenced:
                return number, heading
            first = first or (number, heading)
    return first


def _guide_lines(guide: Path):
    """The lines of the guide ``guide`` that are neither headings nor fence lines, as
    (line number from 1, text, heading of its section, whether in a fenced block)."""
    heading, fenced = "", False
    for number, line in enumerate(guide.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```"):
            fenced = not fenced
        elif line.startswith("#") and not fenced:  # (in a YAML block, '#' starts a comment)
            heading = line.lstrip("#").strip()
        else:
            yield number, line, heading, fenced


#: The lines around the guide's contents (:func:`guide_contents`), HTML comments that
#: Markdown shows as nothing.
CONTENTS_START, CONTENTS_END = "<!-- contents: kg.lookup.guide_contents -->", "<!-- /contents -->"
#: A kind of fact named as a claim's or an entity's type, as guide_section looks for one.
_TYPE_NAMED = re.compile(r"\b(?:type|class):\s*([A-Za-z]\w*)")


def heading_anchor(text: str, seen: dict[str, int]) -> str:
    """The fragment GitHub's Markdown gives a heading ``text`` (without its '#'s): lower
    case, punctuation but '-' and '_' dropped, spaces as '-'; a heading already seen gets
    '-1', '-2', ... as GitHub numbers repeats. ``seen`` counts the anchors given so far
    and is updated."""
    base = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
    n = seen.get(base, 0)
    seen[base] = n + 1
    return f"{base}-{n}" if n else base


def guide_contents(guide: Path = GUIDE, path: Path = ONTOLOGY_FILE) -> str:
    """The contents of the analysts' guide ``guide`` (corpus/CLAIMS.md), as Markdown: one
    list item per section (``##``, its ``###`` sections nested), a link to its heading
    followed by the kinds of fact (no 'key: value' text, which the searches of the
    guide would take for an example) of the ontology at ``path`` that the section is the
    first to show in a claim (:func:`guide_section`, where ``kg vocabulary KIND`` points
    too), then the kinds no section shows. The guide keeps it between
    :data:`CONTENTS_START` and :data:`CONTENTS_END`; a test checks it is current."""
    kinds = {t.name for t in terms(path, guide) if t.role == "kind of fact"} - {"Fact", "Event"}
    # One pass for every kind, as guide_section finds one ('type: Name', an example first).
    example: dict[str, str] = {}
    mention: dict[str, str] = {}
    for _, line, heading, fenced in _guide_lines(guide):
        for name in _TYPE_NAMED.findall(line):
            if name in kinds:
                (example if fenced else mention).setdefault(name, heading)
    shown: dict[str, list[str]] = {}
    for name in sorted(kinds & (example.keys() | mention.keys())):
        shown.setdefault(example.get(name, mention.get(name)), []).append(name)
    unshown = sorted(kinds - example.keys() - mention.keys())
    lines, seen, fenced = [], {}, False
    for line in guide.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        heading = re.match(r"(#{1,3}) (.+)$", line) if not fenced else None
        if heading is None:
            continue
        level, text = len(heading.group(1)), heading.group(2).strip()
        anchor = heading_anchor(text, seen)
        listed = ", ".join(f"`{k}`" for k in shown.get(text, ()))
        if level > 1:
            lines.append("  " * (level - 2) + f"- [{text}](#{anchor})" + (f", showing {listed}" if listed else ""))
        elif listed:  # the page's title: the kinds its first table shows
            lines.append(f"- the table below, showing {listed}")
    if unshown:
        lines.append("- in no example yet, each described by `kg vocabulary KIND`, "
                     + ", ".join(f"`{k}`" for k in unshown))
    return "\n".join(lines)


@dataclass(frozen=True)
class GuideRow:
    """A row of a table of corpus/CLAIMS.md that maps what an article says to what a
    claim writes: ``line`` (1-based), ``says`` (its first cell: the article's words, in
    quotes), ``write`` (its second cell, Markdown as written)."""

    line: int
    says: str
    write: str


def guide_rows(query: str, guide: Path, limit: int = 3) -> list[GuideRow]:
    """The rows of the guide's tables whose first cell quotes an article's words
    (``| "signed for", "on behalf of" | ... |``) that ``query`` matches, best first, at
    most ``limit``: each query word scored as for :func:`search`, against the article's
    words (a word of them 6, close by spelling 4) or what to write (1); every word must
    match. [] when the guide is missing or no row matches."""
    from rapidfuzz import fuzz

    if not guide.is_file():
        return []
    words = [w for w in _words(query) if w not in _STOP] or _words(query)
    ranked = []
    for number, line in enumerate(guide.read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith('| "'):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) < 2:
            continue
        said, written = set(_words(cells[0])), set(_words(cells[1]))
        scores = []
        for w in words:
            if w in said:
                scores.append(6)
            elif len(w) > 3 and any(fuzz.ratio(w, s) >= 85 for s in said if len(s) > 3):
                scores.append(4)
            else:
                scores.append(1 if w in written else 0)
        if words and all(scores):
            ranked.append((-sum(scores), number, GuideRow(number, cells[0], cells[1])))
    return [r[-1] for r in sorted(ranked, key=lambda r: r[:2])[:limit]]


@dataclass(frozen=True)
class Found:
    """What ``kg vocabulary WORDS`` shows (:func:`lookup`): ``terms`` best first;
    ``rows`` of the guide's tables that map an article's words to a claim's; ``some``
    when the terms match only some of the words; ``whole`` the one term the single
    word names exactly (shown whole, with its keys), else None."""

    terms: list[Term]
    rows: list[GuideRow]
    some: bool = False
    whole: Term | None = None

    def __bool__(self) -> bool:
        return bool(self.terms or self.rows)


def lookup(query: str, limit: int = 10, guide: Path = GUIDE) -> Found:
    """The terms and guide rows ``kg vocabulary`` finds for ``query`` (words), in the
    command's order of tries: a term the one word names exactly; the terms matching
    every word, else (several words) those matching most of them; the guide's rows;
    failing all, the terms in other inflections, then the values the sample corpus's
    claims write (:func:`values_in_use`). Empty (false) when nothing is found, so that
    a hint to run the command is given only when it answers."""
    words = query.split()
    whole = find_term(query) if len(words) == 1 else None
    some = False
    # A word that is one term's name may be another's other name ('party': the key, and
    # the kind of entity a political party is): both are shown, the named one first.
    found = [whole, *named_exactly(query, but=whole)] if whole else search(query, limit=limit)
    if not found and len(words) > 1:
        # then the terms whose definition holds the words as one phrase, else those that
        # match some of the words by a name (a word of a name, not only an inflection
        # or a spelling close to one: 'stand' is not 'stands with')
        found = defined_with(query)[:limit] or [
            t for t in search(query, limit=limit, every=False) if named_by(t, query, strong=True)]
        some = bool(found)
    rows = guide_rows(query, guide) if not whole else []
    if not found and not rows:  # then in other inflections, then the values the corpora's claims write
        found = search(query, limit=limit, inflect=True) or search(query, limit=limit, corpus=DEFAULT_CORPUS, inflect=True)
    return Found(found, rows, some, whole)


_CLAIM_START = re.compile(r"^\s*-\s")
_KEY_IN_LINE = re.compile(r"(?:^|[\s{,])([a-z][A-Za-z]*):\s")


@functools.cache
def common_keys_in_use(corpus: Path = DEFAULT_CORPUS, guide: Path = GUIDE, path: Path = ONTOLOGY_FILE) -> dict[str, tuple[str, ...]]:
    """Kind of fact -> the keys of every fact (no rdfs:domain narrower than gkg:Fact)
    that claims of that kind write in the claims files under ``corpus`` (the held-out
    set's excepted, as for :func:`values_in_use`) and in the guide's examples, in name
    order: ``perpetrator`` and ``target`` for an ``Invasion``. Read line by line, as
    :func:`values_in_use` reads (the guide's fenced blocks only): a claim starts at a
    list item (``- id: ...`` or ``- {``), its kind is its ``type:``; keys nested in a
    value (a stage's ``status``) count for its claim, which takes them too."""
    vocab = vocabulary(path)
    common = {k for k, key in vocab.keys.items() if not key.domain or key.domain == {"Fact"}}
    files = [f for f in sorted(corpus.rglob("claims/*.yaml")) if "heldout" not in f.relative_to(corpus).parts]
    found: dict[str, set[str]] = {}
    for file in [*files, guide]:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        kind, keys = None, set()

        def close() -> None:
            if kind in vocab.fact_types:
                found.setdefault(kind, set()).update(keys)

        fenced = file != guide  # the guide's examples are its fenced blocks; its prose and tables are not claims
        for line in lines:
            if file == guide and line.startswith("```"):
                close()
                fenced, kind, keys = not fenced, None, set()
                continue
            if not fenced:
                continue
            if _CLAIM_START.match(line):
                close()
                kind, keys = None, set()
            typed = _TYPE_IN_LINE.search(line)
            kind = typed.group(1) if typed else kind
            keys.update(k for k in _KEY_IN_LINE.findall(line) if k in common)
        close()
    return {kind: tuple(sorted(keys)) for kind, keys in found.items()}
