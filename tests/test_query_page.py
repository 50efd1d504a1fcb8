"""The default page of ``kg query NAME`` (kg/query.py): the first rows of a canned query
on standard output, every row with --all or in a file written with -o."""

from __future__ import annotations

import pytest
from conftest import kg_cli

from kg.catalog import MAX_LIMIT
from kg.errors import KGError
from kg.catalog import execute, get
from kg.output import solutions
from kg.query import DEFAULT_PAGE, MAX_ROWS, first_rows, page_first, with_limit
from kg.store import GraphStore


def tsv_rows(text: str) -> list[str]:
    return text.splitlines()[1:]


@pytest.fixture(scope="module")
def russia_profile(built_store) -> list[str]:
    """Every row of Russia's profile on the sample corpus (more than one page)."""
    proc = kg_cli("query", "profile", "--store", built_store, "-p", "entity=Russia", "-F", "tsv", "--all", check=0)
    assert "rows" not in proc.stderr  # every row: nothing more to say
    rows = tsv_rows(proc.stdout)
    assert len(rows) > DEFAULT_PAGE
    return rows


def test_standard_output_gets_the_first_rows_and_says_how_to_get_the_rest(built_store, russia_profile):
    proc = kg_cli("query", "profile", "--store", built_store, "-p", "entity=Russia", "-F", "tsv", check=0)
    assert tsv_rows(proc.stdout) == russia_profile[:DEFAULT_PAGE]
    assert f"Showed the first {DEFAULT_PAGE} rows" in proc.stderr
    assert "--all" in proc.stderr and "--limit N" in proc.stderr


def test_limit_takes_the_first_rows_in_the_query_order(built_store, russia_profile):
    proc = kg_cli("query", "profile", "--store", built_store, "-p", "entity=Russia", "-F", "tsv", "--limit", "7",
                  check=0)
    assert tsv_rows(proc.stdout) == russia_profile[:7]
    assert "Showed the first 7 rows" in proc.stderr


def test_a_file_holds_every_row(built_store, russia_profile, tmp_path):
    target = tmp_path / "profile.tsv"
    proc = kg_cli("query", "profile", "--store", built_store, "-p", "entity=Russia", "-o", target, check=0)
    assert tsv_rows(target.read_text(encoding="utf-8")) == russia_profile
    assert "Showed" not in proc.stderr
    kg_cli("query", "profile", "--store", built_store, "-p", "entity=Russia", "-o", target, "--limit", "3", check=0)
    assert tsv_rows(target.read_text(encoding="utf-8")) == russia_profile[:3]


def test_an_answer_within_the_page_has_no_note(built_store):
    proc = kg_cli("query", "meetings", "--store", built_store, "-p", "person=Min Aung Hlaing", "-F", "tsv", check=0)
    assert 0 < len(tsv_rows(proc.stdout)) < DEFAULT_PAGE
    assert proc.stderr == ""


def test_a_query_paged_by_its_own_parameters_takes_limit_as_its_limit(built_store):
    by_param = kg_cli("query", "facts", "--store", built_store, "-F", "tsv", "-p", "limit=4", "-p", "offset=2", check=0)
    by_option = kg_cli("query", "facts", "--store", built_store, "-F", "tsv", "--limit", "4", "-p", "offset=2", check=0)
    assert by_option.stdout == by_param.stdout and len(tsv_rows(by_option.stdout)) == 4
    assert "--param offset=6 for the next page" in by_option.stderr
    every = tsv_rows(kg_cli("query", "facts", "--store", built_store, "-F", "tsv", "--all", check=0).stdout)
    assert every[2:6] == tsv_rows(by_option.stdout)


@pytest.mark.parametrize("args, message", [
    (["--limit", "3", "--all"], "not both"),
    (["--limit", "3", "-p", "limit=3"], "--param limit, not both"),
    (["--limit", "0"], "0 is not in the range"),
])
def test_contradictory_or_bad_page_options_are_refused(built_store, args, message):
    proc = kg_cli("query", "facts", "--store", built_store, *args, check=2)
    assert message in proc.stderr


def test_page_options_go_with_canned_queries_only(built_store):
    proc = kg_cli("query", "--store", built_store, "-e", "SELECT ?s WHERE { ?s ?p ?o }", "--limit", "3", check=2)
    assert "go with a canned query NAME" in proc.stderr


def test_the_limit_goes_after_the_outer_query_only():
    assert with_limit("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 5 } } ORDER BY ?s", 11).endswith(
        "ORDER BY ?s\nLIMIT 11")
    with pytest.raises(KGError, match="already has a LIMIT"):
        with_limit("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5", 11)
    assert MAX_ROWS == MAX_LIMIT


def test_a_page_of_what_the_rows_describe_is_cut_first(built_store):
    """profile sorts the entity's facts as its rows begin, so its first rows are found
    from a page of facts cut first; for any number of rows they are the first rows of
    the whole answer, and the note says more follow when they do."""
    store = GraphStore.open(built_store, read_only=True, create=False)

    def run(text):
        return solutions(store.query(text, prefixes=False))

    bound = get("profile").bind({"entity": "Russia"}, run)
    cut = page_first(with_limit(bound, 8), 8)
    assert cut is not None and cut != with_limit(bound, 8)
    variables, whole = execute(bound, run)
    for n in (1, 7, 60, len(whole) - 1, len(whole), len(whole) + 5):
        got_variables, rows, more = first_rows(bound, n, lambda text: execute(text, run))
        assert (got_variables, rows, more) == (variables, whole[:n], n < len(whole))


def test_only_a_subquery_sorted_as_the_rows_begin_is_cut():
    joined = "SELECT ?k ?x WHERE { { SELECT ?f ?k WHERE { ?f <p> ?k } ORDER BY ?k } ?f <q> ?x } ORDER BY ?k ?x\nLIMIT 5"
    assert page_first(joined, 5) == ("SELECT ?k ?x WHERE { { SELECT ?f ?k WHERE { ?f <p> ?k } ORDER BY ?k LIMIT 5 } "
                                     "?f <q> ?x } ORDER BY ?k ?x\nLIMIT 5")
    # the rows begin with another key, the subquery is optional, or it has a page of its own
    assert page_first(joined.replace("ORDER BY ?k ?x", "ORDER BY ?x ?k"), 5) is None
    assert page_first(joined.replace("{ { SELECT", "{ OPTIONAL { SELECT"), 5) is None
    assert page_first(joined.replace("ORDER BY ?k }", "ORDER BY ?k LIMIT 9 }"), 5) is None
    assert page_first("SELECT ?f WHERE { ?f <p> ?k } ORDER BY ?k\nLIMIT 5", 5) is None


def test_a_page_whose_first_key_ties_keeps_every_tied_solution():
    """A subquery sorted on more keys than the rows begin with (its first key may tie)
    is cut to the solutions whose first key is at most that of its count-th solution;
    on a store where five solutions tie on the first key, a page of two keeps all five."""
    import pyoxigraph as ox

    tied = ("SELECT ?k ?x WHERE { { SELECT ?f ?k WHERE { ?f <http://e/p> ?k } ORDER BY ?k ?f } ?f <http://e/q> ?x } "
            "ORDER BY ?k ?x\nLIMIT 3")
    cut = page_first(tied, 2)
    assert cut is not None and "LIMIT 2" in cut and "FILTER(?k <= ?page_first_bound)" in cut
    db = ox.Store()
    e = lambda s: ox.NamedNode(f"http://e/{s}")  # noqa: E731
    for i in range(8):
        db.add(ox.Quad(e(f"f{i}"), e("p"), ox.Literal("a" if i < 5 else f"b{i}")))
        db.add(ox.Quad(e(f"f{i}"), e("q"), ox.Literal(f"x{7 - i}")))

    def run(text):
        return solutions(db.query(text))

    whole = run(tied.rsplit("\nLIMIT", 1)[0])[1]
    assert len(whole) == 8
    variables, rows = execute(cut, run, first=True)
    assert rows == whole[:3]  # the five tied on "a", by ?x: x3 … x7, the first three of them
    assert [str(r[1]) for r in rows] == ['"x3"', '"x4"', '"x5"']
    # The keys tie, so a plain LIMIT 2 on the subquery would have lost the first rows.
    assert run(tied.replace("ORDER BY ?k ?f }", "ORDER BY ?k ?f LIMIT 2 }"))[1] != whole[:3]
    # The rows do not begin with the subquery's first key: nothing is cut.
    assert page_first(tied.replace("ORDER BY ?k ?x", "ORDER BY ?x ?k"), 2) is None


def test_statements_first_rows_are_those_of_the_whole_answer(built_store):
    """statements sorts its rows first by a date key its page of claims carries, on
    which many claims tie; for any number of rows its first rows, found from the claims
    whose key is at most that of the page's last claim, are the first rows of the whole
    answer, with and without a speaker."""
    store = GraphStore.open(built_store, read_only=True, create=False)

    def run(text):
        return solutions(store.query(text, prefixes=False))

    query = get("statements")
    assert query.selection_first
    for values in ({}, {"speaker": "Russia"}):
        bound = query.bind(values, run)
        assert page_first(with_limit(bound, 8), 8) is not None
        variables, whole = run(bound)  # as written, as a remote store runs it
        assert len(whole) > 10
        for n in (1, 7, len(whole) - 1, len(whole), len(whole) + 5):
            got = first_rows(bound, n, lambda text: execute(text, run, first=True))
            assert got == (variables, whole[:n], n < len(whole))


@pytest.mark.parametrize("header, body, message", [
    ("#+ selection_first: yes", "SELECT ?f WHERE { { SELECT ?f WHERE { ?f ?p ?o } } }", "expected true, false or a number"),
    ("#+ selection_first: -1", "SELECT ?f WHERE { { SELECT ?f WHERE { ?f ?p ?o } } }", "expected true, false or a number"),
    ("#+ selection_first: true", "SELECT ?f WHERE { ?f ?p ?o }", "no subquery joined in it"),
    ("#+ selection_first: true", "SELECT ?f WHERE { OPTIONAL { SELECT ?f WHERE { ?f ?p ?o } } }", "no subquery joined in it"),
])
def test_a_selection_first_header_is_checked(tmp_path, header, body, message):
    from kg.catalog import parse_query_file
    from kg.errors import InputError

    path = tmp_path / "mine.rq"
    path.write_text(f"#+ title: Mine\n{header}\n{body}\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as raised:
        parse_query_file(path)
    assert "mine.rq" in str(raised.value)
    path.write_text(f"#+ title: Mine\n#+ selection_first: true\nSELECT ?f WHERE {{ {{ SELECT ?f WHERE {{ ?f ?p ?o }} }} }}\n",
                    encoding="utf-8")
    assert parse_query_file(path).selection_first


def _groups(text: str, opening: str) -> list[str]:
    """Each group of ``text`` that starts with ``opening`` (a '{' ...), to its matching '}'."""
    out, at = [], text.find(opening)
    while at >= 0:
        depth = 0
        for i in range(at, len(text)):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            if depth == 0:
                out.append(text[at:i + 1])
                break
        at = text.find(opening, at + 1)
    return out


@pytest.mark.parametrize("name, opening, copies", [
    ("meetings", "{ SELECT DISTINCT ?meeting WHERE { VALUES ?gathering_class", 20),
    ("journeys", "{ SELECT DISTINCT ?trip WHERE { VALUES ?tq", 18),
    ("statements", "{ SELECT DISTINCT ?f ?claim WHERE {", 6),
    ("timeline", "{ SELECT DISTINCT ?f WHERE { ?f gkg:sourceCount ?n0 }", 10),
    ("facts", "{ SELECT DISTINCT ?f WHERE { ?f gkg:sourceCount ?n0 }", 33),
])
def test_the_copies_of_a_selection_are_written_alike(name, opening, copies):
    """`execute` evaluates a repeated subquery once only where its copies are the same
    text: a copy edited alone would silently read the store again for each part."""
    from kg.resources import QUERIES_DIR

    text = (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")
    found = _groups(text, opening)
    assert len(found) >= copies and len(set(" ".join(g.split()) for g in found)) == 1, name


def test_meetings_of_a_state_first_rows_are_those_of_the_whole_answer(dev_store):
    """meetings chooses the meetings of the state asked for inside its page (its first
    subquery's own first subquery, evaluated first: selection_first 2), so that the page
    is cut among them; for any number of rows its first rows are those of the whole
    answer as written (as a remote store runs it), with a state and without (corpus/dev:
    74 meetings, 3 to 26 of a state)."""
    store = GraphStore.open(dev_store, read_only=True, create=False)

    def run(text):
        return solutions(store.query(text, prefixes=False))

    query = get("meetings")
    assert query.selection_first == 2
    sizes = {}
    for values in ({}, {"state": "Russia"}, {"state": "United States"}, {"state": "Iran"},
                   {"state": "China", "person": "Xi Jinping"}):
        bound = query.bind(values, run)
        assert page_first(with_limit(bound, 8), 8) is not None
        variables, whole = run(bound)
        sizes[tuple(values.values())] = len(whole)
        assert query.execute(bound, run) == (variables, whole)
        for n in (1, 2, len(whole) - 1, len(whole), len(whole) + 5):
            got = first_rows(bound, n, lambda text: query.execute(text, run))
            assert got == (variables, whole[:n], n < len(whole))
    assert all(0 < n < sizes[()] for values, n in sizes.items() if values)


def test_timeline_pages_are_those_of_the_whole_answer(built_store):
    """timeline chooses the facts its page can hold first (selection_first 2: those
    whose date key is at most that of the last fact of the page's window among the
    facts dated by their own gkg:date, and every fact dated otherwise), so that only
    their roles and dates are read; each page, at any offset, is that slice of the whole
    answer as written (as a remote store runs it), for entities with many facts on the
    sample corpus and for one with two."""
    store = GraphStore.open(built_store, read_only=True, create=False)
    chosen = []

    def run(text):
        variables, rows = solutions(store.query(text, prefixes=False))
        if variables == ["f"]:
            chosen.append(len(rows))  # the facts the page can hold
        return variables, rows

    query = get("timeline")
    assert query.selection_first == 2
    sizes = []
    for entity in ("Myanmar", "Russia", "Min Aung Hlaing", "China"):
        variables, whole = run(query.bind({"entity": entity, "limit": str(MAX_LIMIT)}, run))
        sizes.append(len(whole))
        for limit, offset in ((1, 0), (3, 2), (10, 0), (10, 7), (5, max(len(whole) - 3, 0)), (4, len(whole))):
            chosen.clear()
            bound = query.bind({"entity": entity, "limit": str(limit), "offset": str(offset)}, run)
            assert query.execute(bound, run) == (variables, whole[offset:offset + limit]), (entity, limit, offset)
            if (limit, offset) == (1, 0) and len(whole) > 2:
                assert len(chosen) == 1 and chosen[0] < len(whole)  # chosen first, fewer than the rows
    assert min(sizes) == 2 and max(sizes) > 40


def test_facts_pages_are_those_of_the_whole_answer(dev_store):
    """facts chooses the facts its page can hold first (selection_first 2: those whose
    date key is at most that of the last fact of the page's window among the facts with
    a gkg:date, every fact dated in another way, and a fact with a gkg:date or
    gkg:effectiveDate no later than that key), so that only their dates are computed;
    each page, at any offset, is that slice of the whole answer as written (as a remote
    store runs it). corpus/dev holds stages, intervals, periods, relative dates and
    undated facts beside facts with their own date, and facts with several dates."""
    store = GraphStore.open(dev_store, read_only=True, create=False)
    chosen = []

    def run(text):
        variables, rows = solutions(store.query(text, prefixes=False))
        if variables == ["f"]:
            chosen.append(len(rows))
        return variables, rows

    query = get("facts")
    assert query.selection_first == 2
    for values in ({"type": "Meeting"}, {"participant": "Russia", "date": "2025"}):
        variables, whole = run(query.bind({**values, "limit": str(MAX_LIMIT)}, run))
        assert len(whole) > 15, values
        for limit, offset in ((3, 2), (10, 7), (5, max(len(whole) - 3, 0))):
            chosen.clear()
            bound = query.bind({**values, "limit": str(limit), "offset": str(offset)}, run)
            assert query.execute(bound, run) == (variables, whole[offset:offset + limit]), (values, limit, offset)
            if (limit, offset) == (3, 2):
                # The facts asked for, the facts the page can hold, the page.
                assert len(chosen) == 3 and chosen[1] <= chosen[0] and chosen[2] == limit
                if values == {"type": "Meeting"}:  # 70 meetings, of which the first keys are few
                    assert chosen[1] < len(whole) == chosen[0]
