"""Gaps the Thai-Cambodian border-war article (tests/data/thai-cambodia) found: a war's
toll (killed, wounded, displaced) on the ArmedConflict with its exact and bounded
counts, a vague duration in words ('for decades') kept as the bounds it implies,
midnight refused with how to write it, the role table of corpus/CLAIMS.md against the
ontology's domains, and the SHACL modality message against the ontology's modalities.
Read by the real ``kg ingest``; bad claims are refused naming file, claim and key, with
no store written.
"""

from __future__ import annotations

import re
import shutil

import pyoxigraph as ox
import pytest
from conftest import ROOT, kg_cli, sparql_rows

THAI = ROOT / "tests" / "data" / "thai-cambodia"
CLAIMS_FILE = "thai-cambodia-ceasefire.yaml"
CONFLICT = "conflict-thailand-cambodia-border-2025-07"
TOLL_QUOTE = '"At least 35 people have been killed on both sides"'


def ingested(folder, store):
    """``kg ingest`` of the article's claims file in ``folder`` into ``store``."""
    return kg_cli("ingest", "--store", store, CLAIMS_FILE, cwd=folder)


def with_claims(tmp_path, claims: list[str]):
    """A copy of the Thai-Cambodian folder whose claims file ends with ``claims``
    (YAML flow mappings), claim ``x<n>`` on the file's last lines; returns the folder
    and the line number of the first added claim."""
    folder = tmp_path / "thai"
    shutil.copytree(THAI, folder)
    path = folder / CLAIMS_FILE
    text = path.read_text(encoding="utf-8")
    first = text.count("\n") + 1
    added = "".join("  - " + c.replace("{id: x,", f"{{id: x{n},", 1) + "\n" for n, c in enumerate(claims, 1))
    path.write_text(text + added, encoding="utf-8")
    return folder, first


@pytest.fixture(scope="module")
def thai(tmp_path_factory):
    store = tmp_path_factory.mktemp("thai8") / "kg-store"
    assert ingested(THAI, store).returncode == 0
    return store


def test_the_article_validates_with_shacl_and_hermit(thai):
    out = kg_cli("validate", "--store", thai, check=0).stdout
    assert "conforms" in out and "does NOT conform" not in out and "HermiT" in out


def test_a_wars_toll_is_killed_and_displaced_on_the_conflict_as_bounded_counts(thai):
    # 'At least 35 people have been killed ... more than 260,000 people have fled their homes'
    rows = sparql_rows(thai, f"""SELECT ?key ?words ?least ?most WHERE {{
        fact:{CONFLICT} ?p ?q . VALUES ?p {{ gkg:killedBounds gkg:displacedBounds }}
        ?q rdfs:label ?words . OPTIONAL {{ ?q schema:minValue ?least }} OPTIONAL {{ ?q schema:maxValue ?most }}
        BIND(STRAFTER(STR(?p), "#") AS ?key) }} ORDER BY ?key""")
    assert rows == [{"key": "displacedBounds", "words": "more than 260000", "least": 260001, "most": None},
                    {"key": "killedBounds", "words": "at least 35", "least": 35, "most": None}]
    # No count of the toll is left as a bare quantity of the conflict.
    assert sparql_rows(thai, f"SELECT ?q WHERE {{ fact:{CONFLICT} gkg:quantity|gkg:quantityOf ?q }}") == []


def test_for_decades_is_twenty_to_ninety_nine_years_with_the_words(thai):
    # 'The two countries have disputed stretches of their 817-kilometre frontier for decades'
    rows = sparql_rows(thai, """SELECT ?least ?most ?words WHERE {
        fact:dispute-thailand-cambodia-border gkg:minDuration ?least ; gkg:maxDuration ?most ; gkg:durationLabel ?words .
        FILTER NOT EXISTS { fact:dispute-thailand-cambodia-border gkg:duration ?exact } }""")
    assert [(str(r["least"]), str(r["most"]), r["words"]) for r in rows] == [("P20Y", "P99Y", "decades")]


def test_exact_approximate_and_worded_tolls_of_a_war_keep_their_forms(tmp_path):
    folder, _ = with_claims(tmp_path, [
        f"{{id: x, fact: {CONFLICT}, type: ArmedConflict, killed: 35, wounded: about 120, "
        f"displaced: hundreds of thousands, modality: reported, said_by: Thailand, quote: {TOLL_QUOTE}}}",
        f"{{id: x, fact: {CONFLICT}, type: ArmedConflict, duration: within decades, quote: {TOLL_QUOTE}}}",
    ])
    store = tmp_path / "kg-store"
    assert ingested(folder, store).returncode == 0
    exact = sparql_rows(store, f"SELECT ?n WHERE {{ fact:{CONFLICT} gkg:killed ?n }}")
    assert exact == [{"n": 35}]
    rows = sparql_rows(store, f"""SELECT ?key ?words ?least ?most ?approx WHERE {{
        fact:{CONFLICT} ?p ?q . VALUES ?p {{ gkg:woundedBounds gkg:displacedBounds }}
        ?q rdfs:label ?words . OPTIONAL {{ ?q schema:minValue ?least }} OPTIONAL {{ ?q schema:maxValue ?most }}
        OPTIONAL {{ ?q gkg:approximate ?approx }} BIND(STRAFTER(STR(?p), "#") AS ?key) }} ORDER BY ?key ?words""")
    assert [(r["key"], r["words"], r["least"], r["most"], r["approx"]) for r in rows] == [
        ("displacedBounds", "hundreds of thousands", 200000, 999999, True),
        ("displacedBounds", "more than 260000", 260001, None, None),
        ("woundedBounds", "about 120", None, None, True)]
    about = sparql_rows(store, f"SELECT ?v WHERE {{ fact:{CONFLICT} gkg:woundedBounds/schema:value ?v }}")
    assert about == [{"v": 120}]
    within = sparql_rows(store, f"""SELECT ?least ?most WHERE {{ fact:{CONFLICT} gkg:maxDuration ?most
        OPTIONAL {{ fact:{CONFLICT} gkg:minDuration ?least }} }}""")
    assert [(r["least"], str(r["most"])) for r in within] == [(None, "P99Y")]


MIDNIGHT = ("timeOfDay: {raw} is midnight at the end of the fact's day, which xsd:time stores as 00:00 of that "
            "same day; write '00:00' (with its offset where the article gives one) on a claim dated the next day, or "
            "partOfDay: midnight where the source gives no clock time")
REFUSALS = [
    ('{id: x, fact: agreement-thailand-cambodia-ceasefire-2025-07-28, type: Agreement, timeOfDay: "24:00+07:00", '
     'quote: the truce would take effect at midnight local time}', MIDNIGHT.format(raw="'24:00+07:00'")),
    ('{id: x, fact: agreement-thailand-cambodia-ceasefire-2025-07-28, type: Agreement, timeOfDay: midnight, '
     'quote: the truce would take effect at midnight local time}', MIDNIGHT.format(raw="'midnight'")),
    (f'{{id: x, fact: {CONFLICT}, type: ArmedConflict, duration: ages, quote: {TOLL_QUOTE}}}',
     "duration: invalid duration 'ages'"),
    (f'{{id: x, fact: {CONFLICT}, type: ArmedConflict, displaced: many, quote: {TOLL_QUOTE}}}',
     "displaced: expected a whole number, or one with a bound such as 'more than 30'"),
    (f'{{id: x, fact: {CONFLICT}, type: ArmedConflict, criticallyWounded: 3, quote: {TOLL_QUOTE}}}',
     "key 'criticallyWounded' does not apply to an ArmedConflict: its domain is Attack"),
    ('{id: x, fact: meeting-anwar-hun-manet-phumtham-2025-07-28, type: Meeting, displaced: 5, '
     'quote: The ambassadors of the United States and China attended the meeting as observers}',
     "key 'displaced' does not apply to a Meeting: its domain is ArmedConflict or Attack"),
]


def test_bad_tolls_durations_and_midnight_are_refused_naming_file_claim_and_key(thai, tmp_path):
    folder, first = with_claims(tmp_path, [c for c, _ in REFUSALS])
    store = tmp_path / "kg-store"
    shutil.copytree(thai, store)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = sparql_rows(store, count)
    done = ingested(folder, store)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    for n, (_, message) in enumerate(REFUSALS, 1):
        assert f"{CLAIMS_FILE}: claim 'x{n}' (line {first + n - 1}): {message}" in done.stderr, done.stderr
    assert sparql_rows(store, count) == before and before[0]["n"] > 1900


def _role_table() -> dict[str, set[str]]:
    """The role table of corpus/CLAIMS.md ('Which actors each role takes'): key -> the
    classes its second column names, or an empty set for 'every fact'."""
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    table = text.split("| key | fact classes (domain) | takes | unnamed |", 1)[1].split("\n\n", 1)[0]
    rows = {}
    for line in table.strip().splitlines()[1:]:
        keys, classes = (c.strip() for c in line.strip("|").split("|")[:2])
        named = set() if classes.startswith("every fact") else set(re.findall(r"\b[A-Z][A-Za-z]+\b", classes))
        for key in re.findall(r"`(\w+)`", keys):
            rows[key] = named
    return rows


def test_the_role_table_names_the_ontology_domain_of_each_role():
    # Read from the ontology file itself, not through the claims reader's vocabulary.
    g = ox.Store()
    g.load(path=str(ROOT / "ontology" / "geopolitics.ttl"), format=ox.RdfFormat.TURTLE)
    domains: dict[str, set[str]] = {}
    for row in g.query("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?p ?c WHERE { { ?p rdfs:domain ?c FILTER(isIRI(?c)) }
                                 UNION { ?p rdfs:domain/owl:unionOf/rdf:rest*/rdf:first ?c } }"""):
        domains.setdefault(row["p"].value.rsplit("#", 1)[1], set()).add(row["c"].value.rsplit("#", 1)[1])
    subclass = {(r["s"].value.rsplit("#", 1)[1], r["o"].value.rsplit("#", 1)[1]) for r in g.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?o WHERE { ?s rdfs:subClassOf+ ?o }")}
    table = _role_table()
    assert len(table) > 80 and table["observer"] >= {"Agreement", "Meeting"}
    wrong = {}
    for key, named in table.items():
        domain = domains.get(key, set()) - {"Fact"}
        # A subclass may be named beside its superclass ('ExecutiveAction (and BorderClosure)').
        extra = {c for c in named - domain if not any((c, d) in subclass for d in domain)}
        if domain - named or extra:
            wrong[key] = (sorted(named), sorted(domain))
    assert wrong == {}, "corpus/CLAIMS.md role table disagrees with rdfs:domain (table, ontology): " + repr(wrong)


def test_the_modality_message_names_every_modality_of_the_ontology():
    g = ox.Store()
    g.load(path=str(ROOT / "ontology" / "geopolitics.ttl"), format=ox.RdfFormat.TURTLE)
    labels = [r["l"].value for r in g.query("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#>
        SELECT ?l WHERE { ?m a gkg:Modality ; rdfs:label ?l }""")]
    shapes = (ROOT / "shapes" / "geopolitics-shapes.ttl").read_text(encoding="utf-8")
    messages = re.findall(r'sh:message "(A claim has one modality: [^"]*)"', shapes)
    assert len(messages) == 1 and len(labels) >= 11
    listed = set(re.split(r", | or ", messages[0].split(": ", 1)[1].rstrip(".")))
    assert listed == set(labels)
