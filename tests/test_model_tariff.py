"""Tariffs and a trade deal, on the case corpus tests/data/model-v2-tariff (see its
README): a newcomer's claims of a US–Japan tariff order, rewritten with the tariff kind
and the keys added for what their first pass lost. Each test reads the graph the real
``kg build`` writes, or the canned queries through the real CLI."""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, built_once, by_fact, query_rows
from test_model_v2 import case_with_claim, refused_and_store_unchanged, sparql, validates_and_exports_identically, values

TARIFF = ROOT / "tests" / "data" / "model-v2-tariff"
ARTICLE = "x01_us-japan-tariff-order"
ORDER = "order-united-states-japan-trade-deal-2025-09-04"
CARS_15 = "tariff-united-states-japan-cars-15-percent-2025"
CARS_27 = "tariff-united-states-japan-cars-27-5-percent"
LEVY = "tariff-united-states-japan-cars-25-percent-levy-2025"
DUTY = "tariff-united-states-japan-cars-2-5-percent-duty"
FUND = "investment-japan-united-states-550-billion-fund"


@pytest.fixture(scope="module")
def tariff(tmp_path_factory):
    return built_once(tmp_path_factory, TARIFF)


def test_the_tariff_case_builds_validates_with_shacl_and_hermit_and_exports_identically(tariff, tmp_path):
    validates_and_exports_identically(tariff, TARIFF, tmp_path)


def test_tariffs_show_rate_goods_cap_and_retroactive_start_and_are_not_sanctions(tariff):
    rows = by_fact(query_rows(tariff, "tariffs", target="Japan"))
    assert len(rows) == 8
    cap = rows["tariff-united-states-japan-15-percent-2025"]
    assert (cap["authority"], cap["target"], cap["rate"], cap["part_of"]) == ("United States", "Japan", "up to 15 percent", ORDER)
    assert cap["item"] == "most Japanese goods, including cars and auto parts"
    other = rows["tariff-united-states-japan-other-goods-15-percent"]
    assert (other["since"], other["retroactive"], other["rate"]) == ("2025-08-07", "retroactive", "15 percent")
    steel = rows["tariff-united-states-japan-steel-aluminium-50-percent"]
    assert (steel["item"], steel["rate"], steel["status"]) == ("Japanese steel and aluminium", "50 percent", "in force")
    # Tariffs have their own query: none is listed among the sanctions.
    assert not {r["fact"] for r in query_rows(tariff, "sanctions")} & set(rows)
    assert query_rows(tariff, "tariffs", authority="Japan") == []


def test_a_store_that_infers_superclasses_still_keeps_tariffs_out_of_sanctions(tariff, tmp_path):
    """A store with RDFS inference also types a tariff as a gkg:Sanction (its
    superclass): the sanctions query still leaves it to 'tariffs'."""
    import pyoxigraph as ox

    from kg.namespaces import FACTS_GRAPH, GKG, RDF, fact_iri

    store = tmp_path / "kg-store"
    shutil.copytree(tariff, store)
    db = ox.Store(str(store))
    db.add(ox.Quad(fact_iri(CARS_15), ox.NamedNode(RDF + "type"), ox.NamedNode(GKG + "Sanction"), ox.NamedNode(FACTS_GRAPH)))
    db.flush()
    del db
    assert CARS_15 in {r["fact"] for r in query_rows(store, "tariffs")}
    assert CARS_15 not in {r["fact"] for r in query_rows(store, "sanctions")}
    assert len(query_rows(store, "sanctions")) == 2


def test_a_combined_rate_its_stacked_parts_the_lower_rate_replacing_it_and_its_effective_date(tariff):
    rows = by_fact(query_rows(tariff, "tariffs"))
    assert (rows[CARS_27]["rate"], rows[CARS_27]["status"], rows[CARS_27]["superseded_by"]) == ("27.5 percent", "superseded", CARS_15)
    assert (rows[LEVY]["rate"], rows[LEVY]["part_of"], rows[LEVY]["stacked_on"], rows[LEVY]["since"]) == (
        "25 percent", CARS_27, DUTY, "2025")
    assert (rows[DUTY]["rate"], rows[DUTY]["part_of"], rows[DUTY]["status"]) == ("2.5 percent", CARS_27, "in force")
    # 'within seven days of the order's publication': counted from the publication, a
    # planned fact of its own, not from the order's signing.
    assert rows[CARS_15]["since"] == "within 7 days after publication-order-united-states-japan-federal-register"
    [rel] = sparql(tariff, f"""SELECT ?after ?max WHERE {{ fact:{CARS_15} gkg:relativeEffectiveDate ?r .
                               ?r gkg:afterFact ?after ; gkg:maxDelay ?max }}""")
    assert (rel["after"].endswith("publication-order-united-states-japan-federal-register"), rel["max"]) == (True, "P7D")
    # 'no additional duty ..., ending the "stacking"': one tariff practice, ended by the order.
    ended = rows["tariff-united-states-japan-stacking"]
    assert (ended["status"], ended["ended_by"], ended["item"]) == ("ended", ORDER, "goods that already faced a tariff above 15%")


def test_an_investment_takes_who_approves_its_projects_and_the_share_of_its_profits(tariff):
    assert values(tariff, FUND, "approvedBy") == {"United States"}
    assert values(tariff, FUND, "share") == {90}
    assert values(tariff, FUND, "shareOf") == {"the profits of the fund"}
    [said] = sparql(tariff, f"""SELECT ?who WHERE {{ ?c gkg:supports fact:{FUND} ; gkg:statesValue ?s ;
                                prov:wasAttributedTo/rdfs:label ?who . ?s rdf:predicate gkg:share }}""")
    assert said["who"] == "Donald Trump"
    [row] = query_rows(tariff, "investments", party="Japan")
    assert (row["investor"], row["recipient"], row["value"], row["currency"], row["approved_by"], row["share"],
            row["status"], row["said_by"]) == ("Japan", "United States", "550000000000", "USD", "United States",
                                               "90 of the profits of the fund", "promised",
                                               # Trump gave the share only, not the whole investment.
                                               "Donald Trump (recipient, share (percent), share of)")
    assert query_rows(tariff, "investments", party="Brelia") == []


def test_an_agreement_never_signed_has_its_own_status(tariff):
    [row] = [r for r in query_rows(tariff, "agreements", state="Japan")
             if r["fact"] == "agreement-united-states-japan-trade-2025-07-22"]
    assert row["status"] == "not signed"


def test_sanctions_show_their_amounts_and_sums_and_agreements_the_share_they_give(tariff):
    sanctions = by_fact(query_rows(tariff, "sanctions", authority="Ostravia"))
    fine = sanctions["sanction-ostravia-vell-shipping-fine-2032-03-02"]
    assert (fine["measure"], fine["value"], fine["currency"], fine["amount"]) == ("fine", "40000000", "EUR", None)
    ban = sanctions["sanction-ostravia-vell-shipping-port-ban-2032-03-02"]
    assert (ban["measure"], ban["amount"], ban["value"]) == ("ban from Ostravian ports", "12 vessels", None)
    [deal] = query_rows(tariff, "agreements", state="Brelia")
    assert deal["share"] == "60 of the revenue of the joint Eastern Sea gas field, going to Brelia"


def test_an_unnamed_official_of_a_state_is_the_speaker_not_a_named_one(tariff):
    [row] = sparql(tariff, """SELECT ?l ?st ?kind WHERE { ?c gkg:claimId "met-trump" ; prov:wasAttributedTo ?s .
                              ?s rdfs:label ?l ; a ?kind ; gkg:ofState/rdfs:label ?st . FILTER(?kind = gkg:UnnamedActors) }""")
    assert (row["l"], row["st"]) == ("unnamed official", "United States")
    [ev] = query_rows(tariff, "evidence", fact="meeting-ryosei-akazawa-donald-trump-2025-09-04")
    assert (ev["said_by"], ev["modality"]) == ("unnamed official (United States)", "reported")


def test_an_election_lost_names_the_loser_and_the_body_elected(tariff):
    [row] = query_rows(tariff, "elections", place="Japan")
    assert (row["date"], row["loser"], row["elected_body"], row["winner"]) == ("2025-07", "Shigeru Ishiba", "House of Councillors", None)


def test_trade_supplies_and_meetings_show_direction_goods_value_change_condition_and_ordinal(tariff):
    trade = by_fact(query_rows(tariff, "trade", partner="Japan"))
    vehicles = trade["trade-japan-united-states-vehicle-exports-2024"]
    assert (vehicles["exporter"], vehicles["importer"], vehicles["item"], vehicles["part_of"], vehicles["value"], vehicles["currency"]) == (
        "Japan", "United States", "vehicles and parts", "trade-japan-united-states-exports-2024", "52300000000", "USD")
    assert vehicles["partners"] == "Japan, United States"
    supplies = by_fact(query_rows(tariff, "supplies", party="Japan"))
    rice = supplies["supply-united-states-japan-rice-increase"]
    assert (rice["item"], rice["change_percent"], rice["condition"], rice["status"]) == (
        "rice", "75", "within Japan's existing minimum access framework", "promised")
    farm = supplies["supply-united-states-japan-agricultural-8-billion"]
    assert (farm["value"], farm["currency"], farm["modality"], farm["said_by"]) == ("8000000000", "USD", "planned", "Japan")
    talks = by_fact(query_rows(tariff, "meetings", state="Japan"))
    assert talks["talks-united-states-japan-trade-round-10-2025-09"]["ordinal"] == "10"




@pytest.mark.parametrize("claim, message", [
    ("{id: x, fact: meeting-x, type: Meeting, participant: [Japan, United States], modality: reported,"
     " said_by: {actor: Howard Lutnick, of: United States}, quote: \"met Trump\"}",
     "claim 'x' (line 3): said_by.of: only unnamed speakers take 'of'"),
    ("{id: x, fact: meeting-x, type: Meeting, participant: [Japan, United States], modality: reported,"
     " said_by: {actor: unnamed official, with: United States}, quote: \"met Trump\"}",
     "claim 'x' (line 3): said_by: a mapping is {actor: unnamed …, of: STATE}"),
    ("{id: x, fact: sanction-x, type: Sanction, authority: United States, target: Japan, rate: 15 percent, quote: \"met Trump\"}",
     "claim 'x' (line 3): key 'rate' does not apply to a Sanction: its domain is DebtRestructuring or Loan or RateDecision or Tariff"),
    ("{id: x, fact: tariff-x, type: Tariff, authority: United States, target: Japan, rate: fifteen, quote: \"met Trump\"}",
     "claim 'x' (line 3): rate:"),
    ("{id: x, fact: tariff-x, type: Tariff, authority: United States, target: Japan, retroactive: since August,"
     " quote: \"met Trump\"}",
     "claim 'x' (line 3): retroactive: expected true or false"),
    ("{id: x, fact: tariff-x, type: Tariff, authority: United States, target: Japan,"
     f" effectiveDate: {{after: {ORDER}, delay: soonish}}, quote: \"met Trump\"}}",
     "claim 'x' (line 3): effectiveDate.delay: invalid delay 'soonish'"),
    ("{id: x, fact: tariff-x, type: Tariff, authority: United States, target: Japan,"
     " effectiveDate: within seven days of publication, quote: \"met Trump\"}",
     "claim 'x' (line 3): effectiveDate: invalid date 'within seven days of publication'; use YYYY-MM-DD, YYYY-MM or "
     "YYYY, or a date relative to another fact ({after: fact-id, delay: more than 6 hours})"),
    ("{id: x, fact: tariff-x, type: Tariff, authority: United States, quote: \"met Trump\"}",
     "a sanction needs a target"),
    ("{id: x, fact: election-x, type: Election, heldIn: Japan, looser: Shigeru Ishiba, quote: \"met Trump\"}",
     "claim 'x' (line 3): unknown relation 'looser'; did you mean 'loser'?"),
    # No far-fetched suggestion: 'finishedBy' is no key, and none is close enough to offer.
    ("{id: x, fact: tariff-x, type: Tariff, authority: United States, target: Japan, finishedBy: " + ORDER + ", quote: \"met Trump\"}",
     "claim 'x' (line 3): unknown relation 'finishedBy' (not a claim key of the ontology)"),
])
def test_bad_tariff_claims_are_refused_naming_file_claim_and_key_and_the_store_is_unchanged(tariff, tmp_path, claim, message):
    refused_and_store_unchanged(tariff, case_with_claim(tmp_path, TARIFF, ARTICLE, claim), tmp_path, message)


def test_did_you_mean_offers_the_key_a_typo_stands_for_and_nothing_for_unrelated_words():
    """Over every claim key of the ontology: written in snake_case, kebab-case or capitals
    it is found; with one letter dropped, a key one edit away is offered; words of the
    article that merely occur inside longer keys get no suggestion."""
    import re

    from rapidfuzz.distance import Levenshtein

    from kg.claims import near_key
    from kg.ontology import vocabulary

    keys = sorted(vocabulary().keys)
    for k in keys:
        for written in (re.sub(r"([A-Z])", r"_\1", k).lower(), re.sub(r"([A-Z])", r"-\1", k).lower(), k.upper()):
            assert near_key(written, keys) == [k], written
    tried = 0
    for k in keys:
        for i in range(1, len(k) - 1):
            typo = k[:i] + k[i + 1:]
            if len(k) < 5 or typo in keys:
                continue
            [offered] = near_key(typo, keys)
            assert Levenshtein.distance(typo.lower(), offered.lower()) <= 1, (typo, offered)
            tried += 1
    assert tried > 1000
    for word in ("from", "with", "seven", "September", "order", "finishedBy", "lost"):
        assert near_key(word, keys) == [], word
