"""What the two newcomers' re-counts still lost (ontology 2.49.0), each fixed for its kind:
a clock time the article gives without a zone, kept without an offset; the particulars of
craft the text does not name (``operatingRange``, ``maxSpeed``, ``payload`` with
``describedAsset`` taking unnamed craft); a step planned for a day and called off (a
stage's own ``modality`` and ``cancelled``); a part of a set in words (``counts: [{share:
most, of: ...}]``); a cause in words (``cause``); whom words are meant for
(``intendedFor``); what a payment is made with (``paymentMethod``); an aim that is a fact
(``purposeFact``); the article's own statement that a value is disputed (``disputed``); a
night before another fact (``delay: overnight``).

Each form is read back from an invented article written for it
(``tests/data/model-r59-port-deal``) and from the two re-counts that called for it, each
corpus built once for the module by the real ``kg build`` and read through the canned
queries or SPARQL. Wrong claims are added together to a copy of the invented case, and one
``kg ingest --dry-run`` must refuse each on its own line with its own message.
"""

from __future__ import annotations

from casefiles import refused_each_on_its_line
from kg.output import prefixed

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows, sparql_rows

DATA = ROOT / "tests" / "data"
PORT = DATA / "model-r59-port-deal"
MINERALS = DATA / "newcomer-minerals-deal-recount"
DRONES = DATA / "newcomer-drone-incursion-recount"
PORT_CLAIMS = "claims/000_86d6ee79981f274d.yaml"
DEAL = "agreement-brelia-ostravia-port-2026-06-10"
DRAFT = "agreement-united-states-ukraine-minerals-draft-2025-02"
QUOTE = 'quote: "Brelia and Ostravia signed a port agreement on Wednesday"'

port = built_once_per_module(PORT, build=built_corpus)
minerals = built_once_per_module(MINERALS, build=built_corpus)
drones = built_once_per_module(DRONES, build=built_corpus)


def rows_of(store, text: str) -> list[dict]:
    """:func:`sparql_rows` with the IRIs of the project's namespaces as prefixed names
    (fact:..., id:..., gkg:...; :func:`kg.output.prefixed`)."""
    return [{k: prefixed(v) if isinstance(v, str) else v for k, v in r.items()} for r in sparql_rows(store, text)]


def details(store, kind: str, fact: str) -> str:
    """The ``details`` column of ``fact`` in the canned ``facts`` query of kind ``kind``."""
    return by_fact(query_rows(store, "facts", type=kind))[fact]["details"]


#: Claims each refused for its own reason while they are read, added together to the
#: invented case's claims: the words of its message that must be printed on its line.
WRONG = {
    "a clock time in words":
        ("{id: x0, fact: meeting-x, type: Meeting, participant: [Brelia, Ostravia], timeOfDay: '9 am', " + QUOTE + "}",
         "timeOfDay: invalid time of day '9 am'; write it as HH:MM"),
    "midnight at the end of the day, with no zone":
        ("{id: x1, fact: meeting-y, type: Meeting, participant: [Brelia, Ostravia], timeOfDay: '24:00', " + QUOTE + "}",
         "timeOfDay: '24:00' is midnight at the end of the fact's day"),
    "a step called off that was never planned":
        ("{id: x2, fact: " + DEAL + ", type: Agreement, stage: {status: signed, date: 2026-06-02, cancelled: true}, "
         + QUOTE + "}",
         "stage.cancelled: only a step planned for a day is called off"),
    "a planned step with no day":
        ("{id: x3, fact: " + DEAL + ", type: Agreement, stage: {status: ratified, modality: planned}, " + QUOTE + "}",
         "stage.modality: a stage's own modality is for a step planned for a day that has not taken place"),
    "a step's modality that says it took place":
        ("{id: x4, fact: " + DEAL + ", type: Agreement, stage: {status: signed, date: 2026-06-02, modality: asserted}, "
         + QUOTE + "}",
         "stage.modality: a stage's own modality is for a step planned for a day"),
    "a part of a set given as a number":
        ("{id: x5, fact: protest-zedland-ostravia-port-deal, type: FormalProtest, speaker: Zedland, "
         "counts: [{share: 60 percent, of: protests sent by letter}], " + QUOTE + "}",
         "counts.share: the part of the set in the source's words where it gives no number"),
    "a dispute over a key the kind lacks":
        ("{id: x6, fact: incursion-zedland-patrol-boats-port-vale-2026-05, type: Incursion, disputed: signatory, "
         + QUOTE + "}",
         "disputed: expected the name of a key of an Incursion whose value the article itself says is in dispute"),
    "whom a payment is meant for":
        ("{id: x7, fact: payment-ostravia-port-works-grain, type: Payment, payer: Ostravia, intendedFor: Zedland, "
         + QUOTE + "}",
         "key 'intendedFor' does not apply to a Payment"),
    "what a meeting is paid with":
        ("{id: x8, fact: meeting-z, type: Meeting, participant: [Brelia, Ostravia], paymentMethod: grain, " + QUOTE + "}",
         "key 'paymentMethod' does not apply to a Meeting"),
    "an aim that is no fact of the file":
        ("{id: x9, fact: cooperation-x, type: Cooperation, participant: [Brelia, Ostravia], "
         "purposeFact: project-brelia-nowhere, " + QUOTE + "}",
         "purposeFact: 'project-brelia-nowhere'"),
    "a state's particulars":
        ("{id: x10, fact: particulars-x, type: AssetParticulars, describedAsset: Zedland, maxSpeed: 40 knots, "
         + QUOTE + "}",
         "'Zedland' is a State, but describedAsset takes"),
}


# -- 1. a clock time without its zone --------------------------------------------------------------------------------

def test_a_clock_time_without_a_zone_is_kept_without_an_offset(port, drones):
    [row] = sparql_rows(port, "SELECT ?t WHERE { fact:meeting-brelia-ostravia-port-last-round gkg:timeOfDay ?t }")
    assert row["t"] == "09:00:00"
    assert "time of day: 09:00:00" in details(port, "Meeting", "meeting-brelia-ostravia-port-last-round")
    rows = sparql_rows(drones, "SELECT ?p ?t WHERE { fact:incursion-drones-poland-2025-09-10 ?p ?t . "
                               "VALUES ?p { gkg:timeOfDay gkg:endTimeOfDay } }")
    assert sorted(r["t"] for r in rows) == ["06:30:00", "23:30:00"]
    # No offset is made up: none of the re-count's times carries one.
    assert rows_of(drones, "SELECT ?t WHERE { ?f gkg:timeOfDay|gkg:endTimeOfDay ?t FILTER(CONTAINS(STR(?t), '+')) }") == []


# -- 2. a step planned for a day and called off; a night before the step held ----------------------------------------

def test_a_step_planned_and_called_off_is_a_stage_of_its_own_not_the_step_held(port):
    stages = [(r["date"], r["status"]) for r in query_rows(port, "stages", fact=DEAL)]
    assert stages == [("2026-06-02", "signed (planned, cancelled)"), ("2026-06-10", "signed")]
    deal = by_fact(query_rows(port, "agreements"))[DEAL]
    assert deal["status"] == "signed (planned, cancelled) on 2026-06-02, signed on 2026-06-10"
    dates = by_fact(query_rows(port, "facts", type="Agreement"))[DEAL]["dates"]
    assert dates == "2026-06-02 (signed, planned, cancelled) / 2026-06-10 (signed)"
    # A step never reached dates nothing: the timeline dates the deal by the signing held.
    assert by_fact(query_rows(port, "timeline", entity="Brelia"))[DEAL]["date"] == "2026-06-10 (signed)"


def test_the_draft_s_planned_signing_collapsed_after_the_meeting_and_the_draft_is_not_cancelled(minerals):
    [row] = [r for r in query_rows(minerals, "stages", fact=DRAFT) if r["status"].startswith("signed")]
    assert (row["status"], row["after"]) == ("signed (planned, cancelled)", "meeting-zelensky-trump-oval-office-2025-02-28")
    assert row["date"].startswith("2025-02-28 (during visit-zelensky-washington-2025-02-28")
    assert rows_of(minerals, "SELECT ?s WHERE { fact:" + DRAFT + " gkg:stage/gkg:stageStatus gkg:Cancelled }") == []


def test_a_night_before_the_signing_counts_from_the_signing_held(port, minerals):
    dates = by_fact(query_rows(port, "facts", type="Negotiation"))["negotiation-brelia-ostravia-port-final-wording"]
    assert dates["dates"].startswith("2026-06-09/2026-06-10 (a night before " + DEAL), dates
    changes = by_fact(query_rows(minerals, "facts", type="Negotiation"))["negotiation-ukraine-last-minute-changes-2025-04"]
    assert changes["dates"].startswith("2025-04-29/2025-04-30 (overnight before"), changes


# -- 3. what craft can do, parts of a set, causes ------------------------------------------------------------------------

def test_particulars_of_unnamed_craft_need_no_registry_entry(port, drones):
    [row] = rows_of(drones, "SELECT ?a ?max ?unit WHERE { ?p gkg:describedAsset ?a ; gkg:operatingRange ?r . "
                            "?a a gkg:UnnamedActors . ?r schema:maxValue ?max ; schema:unitCode ?unit }")
    assert (float(row["max"]), row["unit"]) == (700.0, "KMT")
    assert "operating range: no more than 700 km" in details(drones, "AssetParticulars", "particulars-drones-poland-range")
    assert "top speed: up to 40 knots" in details(port, "AssetParticulars", "particulars-zedland-patrol-boats")


def test_a_part_of_a_set_is_counted_in_its_words(port, drones):
    assert "count: most of protests sent by letter" in details(port, "FormalProtest", "protest-zedland-ostravia-port-deal")
    assert "count: most of accusations made without any argument" in details(
        drones, "Criticism", "criticism-peskov-eu-nato-accusations")
    # A share in words makes up no number.
    [row] = sparql_rows(port, "SELECT ?n WHERE { ?c a gkg:CountGiven ; gkg:shareWords 'most' . "
                              "OPTIONAL { ?c gkg:quantity|gkg:quantityBounds ?n } }")
    assert row.get("n") is None


def test_a_cause_in_words_is_no_actor_s_motive(port, drones):
    for store, fact, cause in ((port, "accident-zedland-patrol-boats-aground-2026-05", "running low on fuel"),
                               (drones, "accident-drones-poland-2025-09-10", "running out of fuel")):
        rows = rows_of(store, f"SELECT ?p ?v WHERE {{ fact:{fact} ?p ?v . VALUES ?p {{ gkg:cause gkg:reason }} }}")
        assert [(r["p"], r["v"]) for r in rows] == [("gkg:cause", cause)]


# -- 4. whom words are meant for, what pays, what it serves, what the article says is disputed -----------------------

def test_whom_words_are_meant_for_is_no_audience(port, minerals):
    statements = {r["fact"]: r["audience"] for r in query_rows(port, "statements")}
    assert statements["statement-officials-port-deal-message-zedland"] == "meant for Zedland"
    [row] = rows_of(minerals, "SELECT ?p ?v WHERE { fact:statement-bessent-signals-russia-2025-04-30 ?p ?v . "
                              "VALUES ?p { gkg:intendedFor gkg:audience } }")
    assert (row["p"], row["v"]) == ("gkg:intendedFor", "id:russia")


def test_what_a_payment_is_made_with_and_the_fact_an_aim_serves(port, minerals):
    assert "payment method: grain" in details(port, "Payment", "payment-ostravia-port-works-grain")
    assert "payment method: the national wealth of a disappearing country" in details(
        minerals, "Payment", "payment-ukraine-united-states-arms-national-wealth")
    links = by_fact(query_rows(port, "facts", type="Cooperation"))[
        "cooperation-brelia-development-agency-ostravia-terminal"]["links"]
    assert "purpose fact: project-ostravia-container-terminal" in links
    [row] = rows_of(minerals, "SELECT ?g WHERE { fact:cooperation-dfc-ukraine-set-up-fund gkg:purposeFact ?g }")
    assert row["g"] == "fact:founding-reconstruction-investment-fund-2025"


def test_the_article_s_own_dispute_names_the_key_and_no_speaker(port, drones):
    assert "disputed: counts" in details(port, "Incursion", "incursion-zedland-patrol-boats-port-vale-2026-05")
    rows = rows_of(drones, "SELECT ?f ?c WHERE { ?f gkg:disputed 'counts' . ?c gkg:supports ?f ; gkg:statesValue ?s . "
                           "?s rdf:predicate gkg:disputed . FILTER NOT EXISTS { ?c prov:wasAttributedTo ?w } }")
    assert sorted({r["f"] for r in rows}) == ["fact:attack-poland-drones-2025-09-10",
                                              "fact:incursion-drones-poland-2025-09-10"]


# -- 5. the refusals, the docs ------------------------------------------------------------------------------------------

def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_each_on_its_line(PORT, PORT_CLAIMS, tmp_path, WRONG)


def test_kg_vocabulary_finds_the_new_forms():
    for words, first in ((["range"], "operatingRange (key"), (["top", "speed"], "maxSpeed (key"),
                         (["remains", "disputed"], "disputed (key"), (["signals", "to"], "intendedFor (key"),
                         (["means", "of", "payment"], "paymentMethod (key"),
                         (["running", "out", "of", "fuel"], "cause (key")):
        out = kg_cli("vocabulary", *words, check=0).stdout
        assert out.startswith(first), (words, out[:300])
    out = kg_cli("vocabulary", "signing", "planned", "collapsed", check=0).stdout
    assert "modality: planned, cancelled: true" in out, out[:600]


def test_claims_md_shows_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ('timeOfDay: "about 23:30"', "operatingRange: no more than 700 km", "maxSpeed: up to 185 km per hour",
                  "payload: up to 50 kg", "modality: planned, cancelled: true",
                  "counts: [{share: most, of: accusations made without any argument}]", "cause: running out of fuel",
                  "intendedFor: Russia", "paymentMethod: the national wealth", "purposeFact: founding-brelia-reconstruction-fund",
                  "disputed: counts", "delay: overnight"):
        assert shown in text, shown
