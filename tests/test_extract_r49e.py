"""Rule set 49, part e: what drafts lost of a new user's articles, through the real ``kg
extract`` command on small invented articles (one run for all, with a registry of invented
states, companies, a court and people), each rule beside look-alikes that must draft
nothing of it:

- fact ids: a fact that names no participant, or an event no claim dates, is scoped to
  its article, so that two articles' unrelated arrests or payments are never one
  "corroborated" fact once ingested; a named, dated fact keeps one id across articles;
- headline events: a sale to a consortium (its members the buyers, the seller by 'its
  stake', the price "in a transaction valued at"), a payment with its sum, people
  removed to another state, a judge's order barring removals and the appeal to a court,
  a bomb's toll with no author named;
- wrong drafts: "District Judge X" is no judge of the one court of appeals named; a
  territory's official is no minister of the state the article names most; a buyer is
  never the asset it buys; a demand told by a participle takes the date of its clause;
  a restrictive relative clause stays in a statement's quote;
- proposals: "Ostravia's Ministry of Foreign Affairs" and "Ostravia's foreign ministry"
  are one proposal; a name two drafts of one run propose is one entry (the aliases of
  both), so that the run's files ingest together; a dateline's capitals are not a
  proposal's label.
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_proposals, kg_cli, query_rows, registry_options
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: ostravian-court-of-appeals, type: Court, label: Ostravian Court of Appeals, of: ostravia}
- {id: lina-varo, type: Person, label: Lina Varo}
- {id: tor-ashby, type: Person, label: Tor Ashby, of: ostravia}
- {id: ines-moro, type: Person, label: Ines Moro, of: valdoria}
- {id: harbor-holdings-group, type: Organisation, label: Harbor Holdings Group}
- {id: delta-terminals, type: Organisation, label: Delta Terminals}
- {id: northwind-capital, type: Organisation, label: Northwind Capital}
- {id: eastgate-partners, type: Organisation, label: Eastgate Partners}
"""

ARTICLES = {
    # 1. fact ids (every article is published on Tuesday 2030-09-03: "on Monday" is one day in all)
    "arrests_march": "Police said on Monday that more than 40 people had been arrested in the capital since the march began.",
    "arrests_crackdown": "Security forces detained dozens of demonstrators on Monday, witnesses said.",
    "expulsion_one": "Ostravia expelled two Valdorian diplomats on Monday.",
    "expulsion_two": "On Monday Ostravia expelled two diplomats of Valdoria, officials said.",
    # 2. headline events, and their look-alikes
    "payment_detainees": "Ostravia is paying Valdoria about $6 million to hold the detainees, officials said.",
    "payment_forests": "Ostravia will pay Valdoria $9 million a year to protect its forests, officials said.",
    "payment_grain": "Ostravia paid Valdoria $5 million for the grain, officials said.",
    "payment_tribute": "Ostravia paid tribute to the victims on Monday.",
    "payment_loan": "Valdoria paid back a $2 billion loan to Ostravia last year.",
    "sale_consortium": ("Harbor Holdings Group announced on Monday that it had agreed to sell its entire stake in Delta "
                        "Terminals to a consortium made up of Northwind Capital and Eastgate Partners, in a transaction "
                        "valued at $4.5 billion."),
    "consortium_no_sale": ("Harbor Holdings Group said a consortium made up of Northwind Capital and Eastgate Partners "
                           "had not yet made an offer."),
    "deported": "Ostravia deported 120 migrants to Valdoria on Sunday, officials said.",
    "flown_detainees": "Ostravia flew 80 detainees to Valdoria on Sunday.",
    "sent_soldiers": "Ostravia sent 300 soldiers to Valdoria on Sunday.",
    "flown_home": "Ostravia flew 150 of its nationals home from Valdoria on Sunday.",
    "judge_order": ("On Saturday, Ostravian District Judge Lina Varo barred the government from deporting anyone under "
                    "the decree. The government appealed the ruling to the Ostravian Court of Appeals on Sunday."),
    "lawyer_bars": "On Saturday, Lina Varo, a lawyer for the families, barred reporters from the meeting.",
    "bomb_blast": "A bomb blast killed 12 people at a market in the town of Qarat on Saturday, police said.",
    "gas_blast": "A gas explosion killed 12 people at a factory in the town of Qarat on Saturday, police said.",
    "blast_uncounted": "A bomb blast killed people at a market in the town of Qarat on Saturday, police said.",
    "strike_told_before": ("Ostravia launched missiles at the town of Qarat on Saturday. Valdoria said the strike killed "
                           "two children."),
    # 3. wrong drafts
    "buyer_not_asset": ("Northwind chief executive Ada Wren said the agreement showed the combined strength of "
                        "Northwind Capital and Global Harbor Partners, which Northwind Capital acquired in 2029."),
    "demanded_then": ("In March, Ostravian Foreign Minister Tor Ashby visited Valdoria and met President Ines Moro, "
                      "demanding an end to Valdoria's blockade."),
    "demanded_since": "Tor Ashby visited Valdoria in March. He has since demanded an end to Valdoria's blockade.",
    "restrictive": "Ines Moro said on Monday that the plan would hurt farmers who export grain to Ostravia.",
    "non_restrictive": "Ines Moro said on Monday that the plan would hurt Valdorian farmers, who export grain to Ostravia.",
    "territory": ("HONG KONG - Hong Kong lawmakers passed the bill. Security Secretary Chris Lam said the law "
                  "targets only a few people. China's foreign ministry backed the law. China said the city was stable, "
                  "and China rejected the criticism. Hong Kong returned to Chinese rule in 1997."),
    "territory_lookalike": ("BEIJING - Security Secretary Chris Lam said on Monday that the law targets only a few "
                            "people. China's foreign ministry backed the law. China said the city was stable, and China "
                            "rejected the criticism."),
    # 4. proposals
    "ministry_long": "Ostravia's Ministry of Foreign Affairs said on Monday that the border was open.",
    "ministry_short": "Ostravia's foreign ministry said on Monday that talks with Valdoria would resume.",
    "ministry_other": "Ostravia's Ministry of Foreign Trade Relations said on Monday that exports rose.",
    "chief_executive": "Chief Executive Mara Quell said on Monday that the harbour would reopen.",
    "union_acronym": "The Harbour Rights Union (HRU) said on Monday that Ostravia had broken the law.",
    "union_plain": "The Harbour Rights Union said on Monday that Valdoria had broken the law.",
    "dateline_caps": ("HONG KONG - Delta Terminals, which operates terminals in Hong Kong and Valdoria, said on "
                      "Monday that it would expand."),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> dict:
    """The articles drafted in one run with :data:`REGISTRY`: {"claims": name -> claims,
    "entities": name -> proposed entities, "folder": the run's folder}."""
    folder = tmp_path_factory.mktemp("r49e")
    claims, entities = drafted_with_proposals(folder, ARTICLES, *registry_options(folder, REGISTRY))
    return {"claims": claims, "entities": entities, "folder": folder}


def _one(claims: list[dict], kind: str) -> dict:
    found = of(claims, kind)
    assert len(found) == 1, claims
    return found[0]


# -- 1. fact ids -------------------------------------------------------------------------------------


def test_unnamed_arrests_of_two_articles_are_two_facts_named_after_their_articles(run):
    march = _one(run["claims"]["arrests_march"], "Detention")
    crackdown = _one(run["claims"]["arrests_crackdown"], "Detention")
    assert march["fact"] != crackdown["fact"]
    assert march["fact"].endswith("arrests-march") and crackdown["fact"].endswith("arrests-crackdown")
    assert crackdown["date"] == "2030-09-02" and "2030-09-02" in crackdown["fact"]  # what identifies it stays
    # a named and dated fact keeps one id whichever article tells it
    assert _one(run["claims"]["expulsion_one"], "DiplomaticExpulsion")["fact"] == \
        _one(run["claims"]["expulsion_two"], "DiplomaticExpulsion")["fact"]


def test_undated_payments_by_one_payer_are_two_facts(run):
    a = _one(run["claims"]["payment_detainees"], "Payment")
    b = _one(run["claims"]["payment_grain"], "Payment")
    assert a["fact"] != b["fact"] and a["fact"].endswith("payment-detainees")


def test_ingested_drafts_corroborate_the_expulsion_and_no_arrest(run, tmp_path):
    drafts = run["folder"] / "drafts"
    files = [drafts / f"{n}.yaml" for n in ("arrests_march", "arrests_crackdown", "expulsion_one", "expulsion_two",
                                            "payment_detainees", "payment_grain")]
    store = tmp_path / "store"
    kg_cli("ingest", *files, "--entities", run["folder"] / "entities.yaml", "--store", store, check=0)
    corroborated = {r["fact"]: r for r in query_rows(store, "corroborated")}
    expulsion = _one(run["claims"]["expulsion_one"], "DiplomaticExpulsion")["fact"]
    assert set(corroborated) == {expulsion}, corroborated
    assert corroborated[expulsion]["sources"] == 2


# -- 2. headline events ------------------------------------------------------------------------------


def test_a_sale_to_a_consortium_names_its_members_seller_asset_and_price(run):
    sale = _one(run["claims"]["sale_consortium"], "Sale")
    assert (sale["seller"], sale["buyer"], sale["sold"], sale["value"]) == (
        "harbor-holdings-group", ["northwind-capital", "eastgate-partners"], "delta-terminals", "USD 4.5 billion")
    assert of(run["claims"]["consortium_no_sale"], "Sale") == []


def test_a_payment_with_its_sum_and_none_without_one(run):
    paid = _one(run["claims"]["payment_detainees"], "Payment")
    assert (paid["payer"], paid["payee"], paid["value"]) == ("ostravia", "valdoria", "about USD 6 million")
    assert paid["modality"] == "reported" and paid["said_by"] == "unnamed officials"
    assert of(paid_claims := run["claims"]["payment_detainees"], "Support") == [], paid_claims  # bought, no aid
    # a sum handed over with nothing bought stays the economic support it was
    assert of(run["claims"]["payment_forests"], "Payment") == []
    assert _one(run["claims"]["payment_forests"], "Support")["supportKind"] == "economic"
    assert of(run["claims"]["payment_tribute"], "Payment") == []
    assert of(run["claims"]["payment_loan"], "Payment") == []  # a loan paid back is the loan's


def test_people_removed_to_another_state(run):
    deported = _one(run["claims"]["deported"], "ForcedDisplacement")
    assert (deported["perpetrator"], deported["destination"], deported["target"], deported["displaced"]) == (
        "ostravia", "valdoria", "120 unnamed migrants", 120)
    flown = _one(run["claims"]["flown_detainees"], "ForcedDisplacement")
    assert (flown["perpetrator"], flown["destination"], flown["displaced"]) == ("ostravia", "valdoria", 80)
    # soldiers sent and nationals flown home are moved, not removed
    assert of(run["claims"]["sent_soldiers"], "ForcedDisplacement") == []
    assert of(run["claims"]["flown_home"], "ForcedDisplacement") == []


def test_a_judges_order_barring_removals_and_the_governments_appeal(run):
    claims = run["claims"]["judge_order"]
    order, appeal = sorted(of(claims, "LegalAction"), key=lambda c: c.get("actionType") != "order")
    assert (order["actionType"], order["target"], order["prohibits"], order["date"]) == (
        "order", "ostravia", "deporting anyone under the decree", "2030-08-31")
    # the District Judge sits on a district court the article does not name, not on its court of appeals
    assert order["court"] == {"actor": "unnamed district court", "of": "ostravia"}
    assert (appeal["actionType"], appeal["initiator"], appeal["court"], appeal["targetFact"], appeal["date"]) == (
        "appeal", "ostravia", "ostravian-court-of-appeals", order["fact"], "2030-09-01")
    assert of(claims, "PositionHeld") == []
    assert of(run["claims"]["lawyer_bars"], "LegalAction") == []


def test_a_bombs_toll_is_an_attack_by_no_one_named(run):
    attack = _one(run["claims"]["bomb_blast"], "Attack")
    assert (attack["perpetrator"], attack["killed"], attack["place"], attack["date"]) == (
        "unnamed attackers", 12, "qarat", "2030-08-31")
    assert attack["quote"].startswith("bomb blast killed 12 people")
    assert attack["fact"].endswith("bomb-blast")  # no participant named: the article's own
    for name in ("gas_blast", "blast_uncounted"):
        assert of(run["claims"][name], "Attack") == [], name
    # "the strike" is the missiles' attack told before, no second attack by no one
    assert all(c.get("perpetrator") != "unnamed attackers" for c in of(run["claims"]["strike_told_before"], "Attack"))


# -- 3. wrong drafts ---------------------------------------------------------------------------------


def test_a_buyer_is_never_the_asset_it_bought(run):
    sale = _one(run["claims"]["buyer_not_asset"], "Sale")
    assert (sale["buyer"], sale["sold"], sale["date"]) == ("northwind-capital", "global-harbor-partners", "2029")


def test_a_demand_told_by_a_participle_is_dated_by_its_clause(run):
    then = _one(run["claims"]["demanded_then"], "Appeal")
    assert then["date"] == "2030-03" and then["fact"].endswith("2030-03")
    since = _one(run["claims"]["demanded_since"], "Appeal")
    assert "date" not in since and not since["fact"].endswith("2030-03")


def test_a_restrictive_relative_clause_stays_in_the_quote(run):
    assert _one(run["claims"]["restrictive"], "Statement")["quote"].endswith(
        "would hurt farmers who export grain to Ostravia")
    assert _one(run["claims"]["non_restrictive"], "Statement")["quote"].endswith("would hurt Valdorian farmers")


def test_a_territorys_official_is_no_ministers_of_the_state(run):
    assert of(run["claims"]["territory"], "PositionHeld") == []
    # the same title in a report filed from the state's capital is that state's
    assert [(c["holder"], c["positionOf"]) for c in of(run["claims"]["territory_lookalike"], "PositionHeld")] == [
        ("chris-lam", "china")]


# -- 4. proposals ------------------------------------------------------------------------------------


def test_a_states_ministry_written_two_ways_is_one_proposal(run):
    long_, short = run["entities"]["ministry_long"], run["entities"]["ministry_short"]
    assert long_ == short and [e["id"] for e in long_] == ["ostravia-foreign-ministry"]
    assert long_[0]["of"] == "ostravia"
    assert _one(run["claims"]["ministry_long"], "Statement")["speaker"] == "ostravia-foreign-ministry"
    # another ministry's name is no foreign ministry
    assert "ostravia-foreign-ministry" not in {e["id"] for e in run["entities"]["ministry_other"]}


def test_a_dateline_in_capitals_is_proposed_as_prose_writes_it(run):
    labels = {e["id"]: e["label"] for e in run["entities"]["dateline_caps"]}
    assert labels["hong-kong"] == "Hong Kong"  # not "HONG KONG", the dateline's


def test_a_name_two_drafts_of_a_run_propose_is_one_entry_and_they_ingest_together(run, tmp_path):
    acronym, plain = run["entities"]["union_acronym"], run["entities"]["union_plain"]
    assert acronym == plain == [{"id": "harbour-rights-union", "type": "Organisation", "label": "Harbour Rights Union",
                                 "aliases": ["HRU"]}]  # the plain article's draft takes the alias of the other
    drafts = run["folder"] / "drafts"
    checked = kg_cli("ingest", "--dry-run", drafts / "union_acronym.yaml", drafts / "union_plain.yaml",
                     "--entities", run["folder"] / "entities.yaml", "--store", tmp_path / "no-store", check=0)
    assert "Checked 2 article(s)" in checked.stdout


def test_the_last_word_of_a_title_is_no_first_name(run):
    # "Chief Executive Mara Quell": the person is Mara Quell, not "Executive Mara Quell"
    assert [e["label"] for e in run["entities"]["chief_executive"] if e["type"] == "Person"] == ["Mara Quell"]
    assert _one(run["claims"]["chief_executive"], "Statement")["speaker"] == "mara-quell"
