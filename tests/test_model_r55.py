"""The losses the newcomers' re-counts shared (ontology 2.45.0), each fixed for its kind and
read back from the re-counts (tests/data/newcomer-mutiny-recount,
-embassy-raid-recount, -migration-pact-recount): how probable a speaker says a fact is
(``likelihood``, the words of estimative probability); an unnamed site within a named
place (``placePart``, which the refusal of an unnamed place now points to); resisting an
act as it happens (``Obstruction``, ``obstructedFact``); a norm of international law
(``LegalNorm``); the fact a ruling asked of a court would order (``orderedFact``); the
part of an agreement a term falls under (``termOfPart``); and the kind of fact a condition
names where the text states none (``conditionKind``).

Each re-count is built once for the module by the real ``kg build`` and read through the
canned queries or SPARQL. The wrong claims are added together to a copy of the re-counted
mutiny claims, and one ``kg ingest --dry-run`` must refuse each with its own message.
"""

from __future__ import annotations

from casefiles import refused_each_on_its_line
from conftest import ROOT, built_corpus, built_once_per_module, by_fact, query_rows, sparql_rows

DATA = ROOT / "tests" / "data"
MUTINY = DATA / "newcomer-mutiny-recount"
PACT = DATA / "newcomer-migration-pact-recount"
RAID = DATA / "newcomer-embassy-raid-recount"
AGENTS = DATA / "newcomer-agents-law-recount"
CABLE = DATA / "newcomer-cable-damage-recount"
MUTINY_CLAIMS = "claims/000_e6f133361ac476c5.yaml"
STORMING = "raid-ecuador-mexican-embassy-quito-2024-04-05"
SUSPENSION = "membership-ecuador-united-nations-suspended"
MOU = "agreement-eu-tunisia-mou-2023-07-16"
QUOTE = 'quote: "a neighbouring autocrat had brokered a truce"'


mutiny = built_once_per_module(MUTINY, build=built_corpus)
pact = built_once_per_module(PACT, build=built_corpus)
raid = built_once_per_module(RAID, build=built_corpus)
agents = built_once_per_module(AGENTS, build=built_corpus)
cable = built_once_per_module(CABLE, build=built_corpus)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted mutiny claims: the words of its message that must be printed on its line.
WRONG = {
    "a likelihood in other words":
        ("{id: x0, fact: assessment-x, type: Assessment, speaker: Alexander Gabuev, about: Vladimir Putin, "
         "subject: weakened, likelihood: maybe, " + QUOTE + "}",
         "likelihood: one of almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, "
         "almost certain"),
    "an unnamed place as a place":
        ("{id: x1, fact: location-x, type: Location, located: Wagner Group, place: unnamed army headquarters, "
         + QUOTE + "}",
         "the named place as place and the unnamed one in words as placePart"),
    "a condition's kind that is no kind of fact":
        ("{id: x2, fact: support-x, type: Support, supporter: Russia, supported: Belarus, "
         "condition: a programme of the fund, conditionKind: programme, " + QUOTE + "}",
         "conditionKind: expected the name of a kind of fact"),
    "an order on a statement":
        ("{id: x3, fact: statement-x, type: Statement, speaker: Dmitry Peskov, "
         "orderedFact: mutiny-wagner-group-russia-2023-06, " + QUOTE + "}",
         "key 'orderedFact' does not apply to a Statement"),
}

#: Facts refused by the shapes, each for missing what its kind needs: the words of the message.
INCOMPLETE = {
    "an obstruction of nothing":
        ("{id: y0, fact: obstruction-y, type: Obstruction, initiator: Yevgeny Prigozhin, " + QUOTE + "}",
         "an obstruction says which act was resisted (obstructedFact) or whom it was directed against (target)"),
    "a legal norm that says nothing":
        ("{id: y1, fact: norm-y, type: LegalNorm, description: inviolable, " + QUOTE + "}",
         "a legal norm says what it requires, protects or forbids (subject, prohibits), or where it comes from"),
    "a part of no agreement":
        ("{id: y2, fact: support-y, type: Support, supporter: Russia, supported: Belarus, "
         "termOfPart: migration and mobility, " + QUOTE + "}",
         "names the agreement the term falls under (termOf)"),
}


# -- 1. how probable a speaker says it is; an unnamed site in a named place -------------------------------------

def test_undoubtedly_is_the_likelihood_almost_certain_beside_the_modality(mutiny):
    [row] = sparql_rows(mutiny, "SELECT ?l ?m WHERE { ?c gkg:supports fact:assessment-gabuev-putin-weakened ; "
                                "gkg:likelihood ?l ; gkg:modality ?m }")
    assert (row["l"].rsplit("#", 1)[1], row["m"].rsplit("#", 1)[1]) == ("AlmostCertain", "Asserted")
    [said] = [r for r in query_rows(mutiny, "statements", speaker="Alexander Gabuev")
              if r["fact"] == "assessment-gabuev-putin-weakened"]
    assert said["modality"] == "asserted, almost certain"
    [seen] = query_rows(mutiny, "evidence", fact="assessment-gabuev-putin-weakened")
    assert seen["modality"] == "asserted, almost certain"
    # A claim without one says nothing of it.
    assert all("almost certain" not in (r["modality"] or "") for r in query_rows(mutiny, "statements")
               if r["fact"] != "assessment-gabuev-putin-weakened")


def test_the_answer_investigators_lean_towards_is_likely_not_hedged(cable):
    [row] = sparql_rows(cable, "SELECT ?l ?h WHERE { ?c gkg:supports fact:assessment-finnish-investigators-outage-deliberate ; "
                               "gkg:likelihood/rdfs:label ?l OPTIONAL { ?c gkg:hedged ?h } }")
    assert (row["l"], row.get("h")) == ("likely", None)
    [said] = [r for r in query_rows(cable, "statements")
              if r["fact"] == "assessment-finnish-investigators-outage-deliberate"]
    assert said["modality"] == "reported, likely"


def test_an_unnamed_headquarters_is_a_part_of_the_named_city(mutiny):
    [row] = sparql_rows(mutiny, "SELECT ?p ?part WHERE { fact:location-wagner-men-army-headquarters-rostov "
                                "gkg:place/rdfs:label ?p ; gkg:placePart ?part }")
    assert (row["p"], row["part"]) == ("Rostov-on-Don", "the army headquarters")
    details = by_fact(query_rows(mutiny, "facts", type="Location"))["location-wagner-men-army-headquarters-rostov"]
    assert "the army headquarters" in details["details"]


# -- 2. the raid: resisting it, the norm it met, the suspension asked of the court ------------------------------

def test_trying_to_stop_the_officers_is_an_attempted_obstruction_of_the_raid(raid):
    [row] = sparql_rows(raid, "SELECT ?i ?f ?t ?s WHERE { ?o a gkg:Obstruction ; gkg:initiator/rdfs:label ?i ; "
                              "gkg:obstructedFact ?f ; gkg:target/gkg:ofState/rdfs:label ?t ; gkg:status ?s }")
    assert (row["i"], row["f"].rsplit("/", 1)[1], row["t"], row["s"].rsplit("#", 1)[1]) == (
        "Roberto Canseco", STORMING, "Ecuador", "Attempted")


def test_the_inviolability_of_an_embassy_is_a_norm_of_international_law_not_a_statute(raid):
    [row] = sparql_rows(raid, "SELECT ?b ?s WHERE { ?n a gkg:LegalNorm ; gkg:legalBasis ?b ; gkg:subject ?s }")
    assert (row["b"], row["s"]) == ("international law", "the premises of an embassy are inviolable")
    assert sparql_rows(raid, "SELECT ?l WHERE { ?l a gkg:Legislation }") == []


def test_a_law_said_to_contradict_european_standards_breaches_a_norm_known_by_its_source(agents):
    rows = sparql_rows(agents, "SELECT ?v ?k ?w WHERE { ?c gkg:supports fact:legislation-georgia-transparency-of-foreign-"
                               "influence-2024 ; gkg:modality gkg:Alleged ; prov:wasAttributedTo/rdfs:label ?w ; "
                               "gkg:statesValue ?s . ?s rdf:predicate gkg:violates ; rdf:object ?v . ?v a ?k . "
                               "FILTER(?k IN (gkg:LegalNorm, gkg:Legislation)) } ORDER BY ?v")
    assert [(r["v"].rsplit("/", 1)[1], r["k"].rsplit("#", 1)[1], r["w"]) for r in rows] == [
        ("legislation-georgia-constitution", "Legislation", "Salome Zourabichvili"),
        ("norm-european-standards", "LegalNorm", "Salome Zourabichvili")]
    [norm] = sparql_rows(agents, "SELECT ?b WHERE { fact:norm-european-standards gkg:legalBasis ?b "
                                 "FILTER NOT EXISTS { fact:norm-european-standards gkg:subject ?s } }")
    assert norm["b"] == "European standards"


def test_a_ruling_asked_of_a_court_names_the_suspension_it_would_order(raid):
    [row] = sparql_rows(raid, f"SELECT ?m ?o ?w WHERE {{ fact:measure-icj-suspend-ecuador-un-2024 gkg:orderedFact "
                              f"fact:{SUSPENSION} . fact:{SUSPENSION} gkg:member/rdfs:label ?m ; "
                              f"gkg:memberOf/rdfs:label ?o ; gkg:status gkg:Suspended . "
                              f"?c gkg:supports fact:{SUSPENSION} ; prov:wasAttributedTo/rdfs:label ?w }}")
    assert (row["m"], row["o"], row["w"]) == ("Ecuador", "United Nations", "Mexico")
    subject = by_fact(query_rows(raid, "legal-actions"))["measure-icj-suspend-ecuador-un-2024"]["subject"]
    assert subject.split("; ") == [f"orders: {SUSPENSION}", "suspend Ecuador from the United Nations"]


# -- 3. the pact: the pillar a sum falls under, a condition of a kind no fact states -----------------------------

def test_a_sum_under_a_pillar_names_that_part_of_the_agreement(pact):
    terms = by_fact(query_rows(pact, "agreements"))[MOU]["terms"].split(", ")
    # (with the sum the term gives first)
    assert "support-eu-tunisia-migration-2023 (105000000 EUR; under migration and mobility)" in terms, terms
    [row] = sparql_rows(pact, "SELECT ?p WHERE { fact:support-eu-tunisia-migration-2023 gkg:termOfPart ?p ; "
                              f"gkg:termOf fact:{MOU} . fact:{MOU} gkg:subject ?p }}")
    assert row["p"] == "migration and mobility"


def test_a_condition_naming_a_kind_of_fact_points_at_no_other_fact(pact):
    loan = by_fact(query_rows(pact, "loans"))["loan-eu-tunisia-macro-financial-assistance"]
    assert loan["terms"].split("; ") == ["condition kind: Loan", "condition: a programme of the International Monetary Fund",
                                         "condition: once the necessary conditions are met"]
    assert sparql_rows(pact, "SELECT ?f WHERE { fact:loan-eu-tunisia-macro-financial-assistance gkg:conditionFact ?f }") == []


# -- 4. the docs and the refusals ---------------------------------------------------------------------------------

def test_claims_md_shows_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("likelihood: almost certain", "| `likelihood` |", "placePart: the army headquarters",
                  "type: Obstruction,\n     initiator: Roberto Canseco", "type: LegalNorm,\n     legalBasis: international law",
                  "orderedFact: membership-ecuador-united-nations-suspended", "termOfPart: migration and mobility",
                  "conditionKind: Loan", "Obstruction, Postponement, Raid"):
        assert shown in text, shown


def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    lines = refused_each_on_its_line(MUTINY, MUTINY_CLAIMS, tmp_path, WRONG,
                                     tuple(claim for claim, _ in INCOMPLETE.values()))
    for name, (_, message) in INCOMPLETE.items():
        assert any(message in line for line in lines), (name, lines)
