"""The forms three newcomers could not write (ontology 2.41.0), each fixed for its kind and
read back from the re-counts (tests/data/newcomer-succession-recount, tests/data/newcomer-
missile-test-recount, tests/data/newcomer-tariffs-recount): a craft lost by itself
(``Accident``, its craft, the dead, the weather); condolences (``Condolence``, CAMEO 018);
a period of mourning (``Mourning``) and a funeral honouring the dead (``commemorates``);
a succession confirmed (stage ``confirmed``); a clergy's rank (``clericalRank``); brother
and sister (``sibling``); a breach (``violates``); a complaint brought before an
organisation (``forum``); a missile's path (``trajectory``), a flight in seconds, an order
behind a test (``orderedBy``), what a meeting is about (``aboutFact``); a formal protest
(``FormalProtest``, CAMEO 114); a tariff on imports from every origin (``allOrigins``),
examples of the goods (``itemIncludes``), a rate "raised"; an election's organiser and
"within a maximum of"; a weekday in a title no longer read as a day.

And the readings the queries lacked: ``leaders`` (prospective posts, holders who died, an
end set by an event to come, clerical ranks), ``tariffs`` (the worth of the goods, the
fact answered, the condition, all origins), ``legal-actions`` (the forum, who ordered it),
``elections`` (who organises it, who says how it is presented), ``trade`` (the quantity
of the goods, what a figure is compared with), ``exercises`` (each
figure of a flight with who gives it, what a test answered with who says so, hedged).

Each re-count is built once for the module by the real ``kg build`` and read through the
canned queries or SPARQL. The wrong claims are added together to a copy of the re-counted
succession claims, and one ``kg ingest --dry-run`` must refuse each with its own message.
"""

from __future__ import annotations

import pytest

from casefiles import refused_with_the_incomplete
from conftest import ROOT, built_corpus, built_corpus_printing, by_fact, kg_cli, query_rows, sparql_rows
from conftest import fact_details as details

DATA = ROOT / "tests" / "data"
SUCCESSION = DATA / "newcomer-succession-recount"
MISSILE = DATA / "newcomer-missile-test-recount"
TARIFFS = DATA / "newcomer-tariffs-recount"
SUCCESSION_CLAIMS = "claims/000_b0be5869852f6d8b.yaml"
CRASH = "accident-raisi-helicopter-2024-05-19"
DEATH = "death-ebrahim-raisi-2024-05-19"
ELECTION = "election-iran-president-2024-06-28"
TEST = "weaponstest-north-korea-hwasong-15-2023-02-18"
METALS = "tariff-united-states-steel-aluminum-25-percent-2025-03-12"
QUOTE = 'quote: "Condolences came from abroad."'


@pytest.fixture(scope="module")
def succession(tmp_path_factory):
    return built_corpus_printing(tmp_path_factory, SUCCESSION)


@pytest.fixture(scope="module")
def missile(tmp_path_factory):
    return built_corpus(tmp_path_factory, MISSILE)


@pytest.fixture(scope="module")
def tariffs(tmp_path_factory):
    return built_corpus(tmp_path_factory, TARIFFS)


#: Claims each refused for its own reason while they are read, added together to the
#: re-counted succession claims: the words of its message that must be printed on its line.
WRONG = {
    "a craft on a death":
        ("{id: x0, fact: death-x, type: Death, person: Ebrahim Raisi, craft: {actor: unnamed helicopter}, " + QUOTE + "}",
         "key 'craft' does not apply to a Death: its domain is Accident"),
    "a sibling on a post":
        ("{id: x1, fact: position-x, type: PositionHeld, holder: Ali Khamenei, position: head of state, positionOf: Iran, "
         "sibling: Ebrahim Raisi, " + QUOTE + "}",
         "key 'sibling' does not apply to a PositionHeld: its domain is FamilyTie"),
    "all origins on a sanction that is no tariff":
        ("{id: x2, fact: sanction-x, type: Sanction, authority: Russia, target: India, allOrigins: true, " + QUOTE + "}",
         "key 'allOrigins' does not apply to a Sanction: its domain is Tariff"),
    "a forum for a meeting":
        ("{id: x3, fact: meeting-x, type: Meeting, participant: [Ali Khamenei, Vladimir Putin], forum: Kremlin, " + QUOTE + "}",
         "key 'forum' does not apply to a Meeting: its domain is LegalAction"),
    "a clerical rank on a death":
        ("{id: x4, fact: death-y, type: Death, person: Ebrahim Raisi, clericalRank: Ayatollah, " + QUOTE + "}",
         "key 'clericalRank' does not apply to a Death: its domain is PositionHeld or RankHeld"),
}

#: Facts refused by the shapes once read: the words of the message naming the fact.
INCOMPLETE = {
    "an accident of no craft":
        ("{id: y0, fact: accident-x, type: Accident, place: Tabriz, killed: 3, " + QUOTE + "}",
         "fact 'accident-x' (Accident): an accident names the aircraft, vessel or vehicle that crashed"),
    "a family tie of one sibling":
        ("{id: y1, fact: familytie-x, type: FamilyTie, sibling: Ali Khamenei, " + QUOTE + "}",
         "fact 'familytie-x' (FamilyTie): a family tie needs two spouses (spouse: [A, B]), two siblings"),
    "a tariff on no one and not on every origin":
        ("{id: y2, fact: tariff-x, type: Tariff, authority: Iran, item: steel, " + QUOTE + "}",
         "fact 'tariff-x' (Tariff): a sanction needs a target (a tariff on imports from every origin: allOrigins: true)"),
    "a rank held with no rank":
        ("{id: y3, fact: rank-x, type: RankHeld, holder: Ali Khamenei, " + QUOTE + "}",
         "fact 'rank-x' (RankHeld): a rank held says the rank (militaryRank, or clericalRank"),
}


# -- 1. the crash, the dead, mourning and condolences ---------------------------------------------------------

def test_an_air_crash_is_an_accident_with_its_craft_dead_and_weather(succession):
    store, printed = succession
    [row] = query_rows(store, "facts", type="Accident")
    assert (row["fact"], row["kind"]) == (CRASH, "accident")
    assert "unnamed helicopter" in row["participants"]
    assert {"killed: 8", "place: East Azerbaijan province"} <= details(row)
    [weather] = sparql_rows(store, f"SELECT ?w WHERE {{ fact:{CRASH} gkg:weather ?w }}")
    assert weather["w"] == "fog"
    # No longer 'damage to infrastructure', and the dead of the crew are no single Death of a group.
    assert query_rows(store, "facts", type="Damage") == []
    assert not any("crew" in r["participants"] for r in query_rows(store, "facts", type="Death"))
    [part] = sparql_rows(store, f"SELECT ?t WHERE {{ fact:{CRASH} gkg:partOf/rdfs:label ?t }}")
    assert part["t"] == "travel-raisi-helicopter-to-tabriz-2024-05-19"
    # 'the Friday prayer leader' names no day: no false warning of a typo in the date.
    assert "typo in the date" not in printed
    assert kg_cli("vocabulary", "crash", check=0).stdout.startswith("Accident (kind of fact")


def test_condolences_are_their_own_kind_about_the_death(succession):
    store, _ = succession
    rows = by_fact(query_rows(store, "facts", type="Condolence"))
    assert set(rows) == {"condolence-khamenei-iranian-people-2024-05-20", "condolence-putin-khamenei-2024-05-20",
                         "condolence-modi-raisi-death-2024-05", "condolence-abroad-raisi-death-2024-05"}
    about = sparql_rows(store, f"SELECT DISTINCT ?c WHERE {{ ?c a gkg:Condolence ; gkg:aboutFact fact:{DEATH} }}")
    assert len(about) == 4
    [code] = sparql_rows(store, "SELECT ?c WHERE { gkg:Condolence gkg:cameoCode ?c }")
    assert code["c"] == "018"


def test_mourning_and_a_funeral_name_what_they_honour(succession):
    store, _ = succession
    [mourning] = sparql_rows(store, "SELECT ?d ?j ?f WHERE { ?m a gkg:Mourning ; gkg:duration ?d ; "
                                    "gkg:jurisdiction/rdfs:label ?j ; gkg:commemoratesFact/rdfs:label ?f }")
    assert (mourning["d"], mourning["j"], mourning["f"]) == ("P5D", "Iran", DEATH)
    [funeral] = sparql_rows(store, "SELECT ?f WHERE { ?c a gkg:Ceremony ; gkg:commemoratesFact/rdfs:label ?f ; gkg:place/rdfs:label ?p . FILTER(STR(?p) = 'Tabriz') }")
    assert funeral["f"] == CRASH


# -- 2. the succession, as leaders, elections and legal-actions read it --------------------------------------

def test_a_succession_confirmed_is_a_confirmed_stage_under_its_rule(succession):
    store, _ = succession
    [stage] = sparql_rows(store, "SELECT ?p WHERE { fact:position-mohammad-mokhber-acting-president-iran gkg:stage ?s . "
                                 "?s gkg:stageStatus gkg:Confirmed ; gkg:stageParty/rdfs:label ?p }")
    assert stage["p"] == "Ali Khamenei"
    [rule] = sparql_rows(store, "SELECT ?r WHERE { fact:position-mohammad-mokhber-acting-president-iran gkg:legalBasisFact/rdfs:label ?r }")
    assert rule["r"] == "legislation-iran-constitution-article-131"


def test_leaders_tell_prospective_posts_dead_holders_ends_to_come_and_clerical_ranks(succession):
    store, _ = succession
    rows = {(r["holder"], r["position"], r["title"]): r for r in query_rows(store, "leaders", of="Iran")}
    khamenei = rows[("Ali Khamenei", "head of state", "Supreme Leader")]
    # The post others saw Raisi in is prospective, so Khamenei's is current alone.
    assert (khamenei["tenure"], khamenei["rank"]) == ("current", "Ayatollah")
    assert rows[("Ebrahim Raisi", "head of state", "Supreme Leader")]["tenure"] == "prospective"
    acting = rows[("Mohammad Mokhber", "head of government", "acting president; interim head of the executive branch")]
    assert (acting["tenure"], acting["until"]) == ("acting", "until a new president is elected")
    [imam] = query_rows(store, "leaders", person="Mohammad Ali Al-e-Hashem")
    assert imam["tenure"] == "former (holder died)"


def test_elections_show_who_organises_it_and_who_says_how(succession):
    store, _ = succession
    [row] = query_rows(store, "elections", place="Iran")
    assert row["election"] == ELECTION
    assert "Mohammad Mokhber (organiser)" in row["called_by"].split(", ")
    assert "planned (said by unnamed state media)" in row["modality"]
    assert "obliged (said by Ali Khamenei)" in row["modality"]
    assert "within a maximum of 50 days after " + DEATH in row["deadline"]
    [most] = sparql_rows(store, f"SELECT ?m WHERE {{ fact:{ELECTION} gkg:relativeDeadline ?r . ?r gkg:delayLabel 'within a maximum of 50 days' ; gkg:maxDelay ?m }}")
    assert most["m"] == "P50D"


def test_legal_actions_show_who_ordered_an_inquiry(succession):
    store, _ = succession
    [row] = query_rows(store, "legal-actions")
    assert row["initiator"] == "Mohammad Bagheri (ordered)"
    assert row["target_fact"] == CRASH


# -- 3. the missile test -------------------------------------------------------------------------------------

def test_a_test_holds_its_path_order_breach_and_seconds(missile):
    [row] = sparql_rows(missile, f"SELECT ?t ?o ?v WHERE {{ fact:{TEST} gkg:trajectory ?t ; gkg:orderedBy/rdfs:label ?o ; "
                                 "gkg:violates/rdfs:label ?v }")
    assert (row["t"], row["o"], row["v"]) == ("lofted", "Kim Jong Un", "resolution-un-security-council-north-korea-ballistic-launches")
    seconds = sparql_rows(missile, f"SELECT ?d WHERE {{ fact:{TEST} gkg:duration ?d }}")
    assert {r["d"] for r in seconds} == {"PT1H6M", "PT1H6M55S"}  # 66 minutes; 4,015 seconds
    [meeting] = sparql_rows(missile, "SELECT ?f WHERE { fact:meeting-un-security-council-north-korea-2023-02-20 gkg:aboutFact/rdfs:label ?f }")
    assert meeting["f"] == TEST


def test_a_formal_protest_and_siblings(missile):
    [protest] = sparql_rows(missile, "SELECT ?r ?p WHERE { ?f a gkg:FormalProtest ; gkg:recipient/rdfs:label ?r ; "
                                     "gkg:place/rdfs:label ?p }")
    assert (protest["r"], protest["p"]) == ("North Korea", "Beijing")
    [code] = sparql_rows(missile, "SELECT ?c WHERE { gkg:FormalProtest gkg:cameoCode ?c ; rdfs:subClassOf gkg:Criticism }")
    assert code["c"] == "114"
    siblings = sparql_rows(missile, "SELECT ?s WHERE { ?f a gkg:FamilyTie ; gkg:sibling/rdfs:label ?s }")
    assert {r["s"] for r in siblings} == {"Kim Yo Jong", "Kim Jong Un"}


def test_exercises_give_each_figure_its_source_and_a_hedged_motive(missile):
    row = by_fact(query_rows(missile, "exercises"))[TEST]
    figures = row["flight"].split("; ")
    assert "989 km (Korean Central News Agency)" in figures
    assert "about 900 km (Ministry of Defense of Japan)" in figures
    assert "lofted trajectory (Ministry of Defense of Japan)" in figures
    assert "militaryexercise-freedom-shield-2023-03 (said by Yonhap, hedged)" in row["in_response_to"]
    monday = by_fact(query_rows(missile, "exercises"))["weaponstest-north-korea-rockets-2023-02-20"]
    assert monday["flight"] == "came down outside Japan's economic zone"


# -- 4. the tariffs ------------------------------------------------------------------------------------------

def test_tariffs_show_the_worth_of_the_goods_what_they_answer_and_all_origins(tariffs):
    rows = by_fact(query_rows(tariffs, "tariffs"))
    counter = rows["tariff-canada-united-states-counter-tariffs-2025-03-13"]
    assert (counter["value"], counter["in_response_to"]) == ("29800000000 CAD", METALS)
    assert rows["tariff-european-union-united-states-counter-tariffs-2025-04"]["value"] == "26000000000 EUR"
    assert rows["tariff-canada-united-states-further-imports-2025-04-02"]["condition"] == "unless those earlier U.S. tariffs were dealt with"
    assert "all origins" in rows[METALS]["target"].split(", ")
    assert rows["tariff-canada-united-states-other-goods-2025-03-13"]["item"].startswith("other goods (including cast-iron products, ")
    [raised] = sparql_rows(tariffs, "SELECT ?lo WHERE { fact:tariff-united-states-aluminum-raised-2025-03-12 gkg:changePercentBounds/schema:minValue ?lo }")
    assert float(raised["lo"]) == 0  # a rise, no figure given


def test_trade_shows_the_quantity_and_what_a_figure_is_compared_with(tariffs):
    rows = by_fact(query_rows(tariffs, "trade"))
    assert rows["trade-canada-united-states-steel-2024"]["amount"] == "about 6 million tons"
    assert rows["trade-brazil-united-states-steel-2024"]["compared_with"] == "less than trade-canada-united-states-steel-2024"


def test_a_complaint_lodged_with_the_wto_has_it_as_its_forum(tariffs):
    rows = query_rows(tariffs, "legal-actions")
    assert len(rows) == 3 and {r["court"] for r in rows} == {"World Trade Organization (forum)"}
    assert len(query_rows(tariffs, "legal-actions", court="World Trade Organization")) == 3


# -- 5. docs and refusals ------------------------------------------------------------------------------------------

def test_claims_md_and_the_vocabulary_show_the_new_forms():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    for shown in ("type: Accident,", "type: Condolence,", "type: Mourning,", "`type: FormalProtest`", "status:\n  confirmed",
                  "`clericalRank: Ayatollah`", "`sibling: [Kim Yo Jong, Kim Jong Un]`", "`violates: <the rule's fact id>`",
                  "`forum: World Trade Organization`", "`trajectory: lofted`", "`allOrigins: true`", "`itemIncludes:"):
        assert shown in text, shown
    for words, first_line in [(("condolences",), "Condolence (kind of fact"), (("lodged", "a", "protest"), "FormalProtest (kind of fact"),
                              (("mourning",), "Mourning (kind of fact"), (("sister",), "sibling (key"),
                              (("all", "imports"), "allOrigins (key"), (("in", "memory", "of"), "commemorates (key"),
                              (("funeral",), "Ceremony (kind of fact")]:
        out = kg_cli("vocabulary", *words, check=0).stdout
        assert out.startswith(first_line), (words, out[:300])


def test_each_wrong_claim_is_refused_with_its_own_message(tmp_path):
    refused_with_the_incomplete(SUCCESSION, SUCCESSION_CLAIMS, tmp_path, WRONG, INCOMPLETE)
