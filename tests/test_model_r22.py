"""What a newcomer's article on Britain and the US blaming China's MSS for the Electoral
Commission hack (tests/data/newcomer-cyber-attribution, as first written) showed the
model and the canned queries lose, held now (ontology 2.25.0): a cyber operation with what
it took, how many it reached and the places and years its data cover; an effect stated as
absent; an indictment unsealed; a reward offered for information on a group; a party that
only a whole denial names, marked as denied; a travel ban on a state's citizens in the
state's timeline, dated by its package. The first pass and its re-count
(tests/data/newcomer-cyber-attribution-recount, the claims rewritten in the new
constructs, quotes verbatim) are each built once by the real ``kg build`` and read back
through the canned queries (``kg query ... --format json``) or SPARQL; bad claims are
refused with exit 2, naming file, claim, line and key, and leave the store as it was.
"""

from __future__ import annotations

import pytest
import yaml
from casefiles import assert_refused, built_with_claims
from conftest import ROOT, built_once, by_fact, kg_cli, query_rows, sparql_rows

FIRST = ROOT / "tests" / "data" / "newcomer-cyber-attribution"
RECOUNT = ROOT / "tests" / "data" / "newcomer-cyber-attribution-recount"
CLAIMS = "claims/y01_uk-us-apt31-sanctions.yaml"
BREACH = "attack-electoral-commission-breach-2021-2022"
RECON = "attack-uk-mps-email-reconnaissance-2021"
CAMPAIGN = "attack-apt31-hacking-campaign-14-years"
PACKAGE = "sanction-uk-apt31-2024-03-25"
DENIED = "China (denied by Chinese embassy in London)"


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """The first pass as the newcomer committed it, built by the real 'kg build'."""
    return built_once(tmp_path_factory, FIRST)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The re-count, built by the real 'kg build'; tests must not modify it."""
    return built_once(tmp_path_factory, RECOUNT)


def _details(row: dict) -> list[str]:
    return (row.get("details") or "").split("; ")


# -- a cyber operation and what it took ----------------------------------------------------------

def test_the_intrusions_are_cyber_operations_found_as_attacks_too(store):
    ops = by_fact(query_rows(store, "facts", type="CyberOperation"))
    assert set(ops) == {BREACH, RECON, CAMPAIGN, "attack-apt40-nz-parliamentary-counsel-office-2021"}
    assert {r["kind"] for r in ops.values()} == {"cyber operation"}
    # A kind of attack: asking for attacks finds them; the class's everyday names reach it.
    assert set(ops) <= {r["fact"] for r in query_rows(store, "facts", type="Attack")}
    assert set(ops) == {r["fact"] for r in query_rows(store, "facts", type="cyber operation")}


def test_what_the_breach_took_how_many_it_reached_and_the_places_and_years_its_data_cover(store):
    breach = by_fact(query_rows(store, "facts", type="CyberOperation"))[BREACH]
    details = _details(breach)
    assert "number affected: about 40000000" in details
    assert "material: personal data of voters" in details
    assert {"places the data covers: England", "places the data covers: Northern Ireland"} <= set(details)
    assert {"data period start: 2014", "data period end: 2022"} <= set(details)
    assert breach["dates"] == "2021-08/2022-10"  # the operation's own span, not the data's
    # "about 40 million": an approximate count beside the exact ones, never an exact 40000000.
    [row] = sparql_rows(store, f"SELECT ?v ?a ?s ?e WHERE {{ fact:{BREACH} gkg:affectedCountBounds ?q ; "
                               "gkg:dataPeriodStart ?s ; gkg:dataPeriodEnd ?e . ?q <https://schema.org/value> ?v ; gkg:approximate ?a "
                               f"FILTER NOT EXISTS {{ fact:{BREACH} gkg:affectedCount ?exact }} }}")
    assert (str(row["s"]), str(row["e"]), float(row["v"]), row["a"]) == ("2014", "2022", 40_000_000.0, True)
    places = sparql_rows(store, f"SELECT ?p WHERE {{ fact:{BREACH} gkg:dataPlace/rdfs:label ?p }}")
    assert sorted(r["p"] for r in places) == ["England", "Northern Ireland"]


def test_casualties_leaves_out_cyber_operations_which_kill_no_one_by_themselves(store, first):
    assert query_rows(store, "casualties") == []
    # The first pass wrote them as plain attacks, which casualties lists.
    assert {r["fact"] for r in query_rows(first, "casualties")} >= {BREACH, RECON}


def test_what_a_cyber_operation_took_is_refused_on_other_kinds(store, tmp_path):
    assert_refused(RECOUNT, CLAIMS, store, tmp_path,
                   '{id: x, fact: meeting-x, type: Meeting, participant: [United Kingdom, China], material: voter data, '
                   'quote: "China rejected the accusations."}',
                   "key 'material' does not apply to a Meeting: its domain is CyberOperation or Espionage or Publication")
    assert_refused(RECOUNT, CLAIMS, store, tmp_path / "1",
                   f'{{id: x, fact: {PACKAGE}, type: Sanction, dataPeriod: 2014/2022, quote: "imposed sanctions"}}',
                   "key 'dataPeriod' does not apply to a Sanction: its domain is CyberOperation")
    assert_refused(RECOUNT, CLAIMS, store, tmp_path / "2",
                   f'{{id: x, fact: {BREACH}, type: CyberOperation, dataPlace: Electoral Commission, quote: "a breach"}}',
                   "dataPlace: 'Electoral Commission' is an Organisation, but dataPlace takes a Place or a State")


# -- an effect stated as absent ---------------------------------------------------------------------

def test_an_effect_stated_as_absent_is_kept_on_the_fact_which_still_holds(store):
    ops = by_fact(query_rows(store, "facts", type="CyberOperation"))
    for fact in (BREACH, RECON):  # damage: {not: ...} and absentEffect: ... alike
        assert "effect stated as absent: how people register or vote" in _details(ops[fact]), fact
        assert ops[fact]["polarity"] == "positive"
    rows = sparql_rows(store, "SELECT ?c WHERE { ?c gkg:claimId ?i FILTER(STR(?i) IN (\"no-effect-ec\", \"no-effect-mps\")) "
                              "?c gkg:modality gkg:Reported ; prov:wasAttributedTo id:oliver-dowden "
                              "FILTER NOT EXISTS { ?c gkg:polarity gkg:Negative } }")
    assert len(rows) == 2
    # Not a second damage in words.
    assert not sparql_rows(store, f'SELECT ?d WHERE {{ fact:{BREACH} gkg:damage ?d FILTER(CONTAINS(?d, "register")) }}')


def test_a_negated_damage_takes_words_alone(store, tmp_path):
    assert_refused(RECOUNT, CLAIMS, store, tmp_path,
                   f'{{id: x, fact: {RECON}, type: CyberOperation, damage: {{not: voting, also: x}}, '
                   'quote: "neither affected how people register or vote"}',
                   "damage: {not: ...} stands alone and holds the effect in words that the fact did not have")
    assert_refused(RECOUNT, CLAIMS, store, tmp_path / "1",
                   f'{{id: x, fact: {RECON}, type: CyberOperation, damage: {{not: [voting, registration]}}, '
                   'quote: "neither affected how people register or vote"}',
                   "damage: {not: ...} stands alone")


# -- unsealed; what an indictment is over --------------------------------------------------------------

def test_the_indictment_is_unsealed_and_legal_actions_shows_what_it_is_over(store, first):
    [action] = query_rows(store, "legal-actions")
    assert (action["fact"], action["status"], action["action"]) == ("charge-us-apt31-seven-2024", "unsealed", "charge; indictment")
    assert action["over"] == CAMPAIGN
    # The first pass kept "unsealed" in words only: no status.
    [before] = query_rows(first, "legal-actions")
    assert (before["status"], before["action"], before["over"]) == (None, "charge; unsealed indictment", CAMPAIGN)


def test_unsealed_is_said_of_a_legal_action_only(store, tmp_path):
    assert_refused(RECOUNT, CLAIMS, store, tmp_path,
                   '{id: x, fact: meeting-x, type: Meeting, participant: [United Kingdom, China], status: unsealed, '
                   'quote: "China rejected the accusations."}',
                   "status: 'unsealed' is said of a LegalAction only, not of a Meeting")


# -- a reward --------------------------------------------------------------------------------------------

def test_the_reward_is_offered_by_the_state_department_for_apt31(store):
    [reward] = query_rows(store, "facts", type="Reward")
    assert reward["participants"] == "payer: State Department, reward for: APT31 (hacking group)"
    assert {"purpose: information on the group", "value: up to USD 10 million"} <= set(_details(reward))
    assert reward["modality"] == "asserted"
    # A kind of payment; and in the group's timeline, as what the reward is for.
    assert reward["fact"] in {r["fact"] for r in query_rows(store, "facts", type="Payment")}
    apt31 = by_fact(query_rows(store, "timeline", entity="APT31"))
    assert apt31[reward["fact"]]["role"] == "reward for"


def test_reward_for_belongs_to_a_reward(store, tmp_path):
    assert_refused(RECOUNT, CLAIMS, store, tmp_path,
                   '{id: x, fact: payment-x, type: Payment, payer: State Department, rewardFor: APT31, value: USD 1 million, '
                   'quote: "offered a reward"}',
                   "key 'rewardFor' does not apply to a Payment: its domain is Reward")


def test_a_reward_may_be_for_information_on_an_act(store, tmp_path):
    built = built_with_claims(RECOUNT, CLAIMS, tmp_path, [
        f'{{id: x, fact: reward-x, type: Reward, payer: State Department, rewardFor: {BREACH}, quote: "offered a reward"}}'])
    [row] = sparql_rows(built, "SELECT ?f WHERE { fact:reward-x gkg:rewardForFact ?f FILTER NOT EXISTS { fact:reward-x gkg:rewardFor ?a } }")
    assert row["f"].endswith(BREACH)


# -- a party only a denial names -----------------------------------------------------------------------

def test_casualties_facts_and_timeline_mark_a_perpetrator_only_a_denial_names(first):
    rows = by_fact(query_rows(first, "casualties"))
    assert rows[BREACH]["parties"] == (f"{DENIED}, unnamed actors affiliated with the Chinese state, "
                                       "unnamed hackers for Ministry of State Security (alleged by United Kingdom)")
    assert rows[RECON]["parties"] == f"{DENIED}, unnamed actors affiliated with the Chinese state"
    assert rows["attack-apt40-nz-parliamentary-counsel-office-2021"]["parties"] == "APT40"
    facts = by_fact(query_rows(first, "facts", type="Attack"))
    assert facts[RECON]["participants"].startswith(DENIED + ", ")
    assert "(denied by" not in facts["attack-apt40-nz-parliamentary-counsel-office-2021"]["participants"]
    timeline = by_fact(query_rows(first, "timeline", entity="China"))
    assert timeline[BREACH]["role"].startswith("perpetrator (denied by Chinese embassy in London), ")


def test_a_party_another_claim_asserts_is_not_marked_denied(tmp_path):
    built = built_with_claims(FIRST, CLAIMS, tmp_path, [
        f'{{id: x, fact: {RECON}, type: Attack, perpetrator: China, quote: "The so-called cyber attacks by China against the UK"}}'])
    assert by_fact(query_rows(built, "casualties"))[RECON]["parties"] == "China, unnamed actors affiliated with the Chinese state"
    assert "(denied by" not in by_fact(query_rows(built, "facts", type="Attack"))[RECON]["participants"]
    assert by_fact(query_rows(built, "timeline", entity="China"))[RECON]["role"].startswith("perpetrator, ")


# -- a state's sanctions in its timeline -----------------------------------------------------------------

def test_the_timeline_of_china_lists_the_sanctions_on_its_citizens_as_sanctions_does(store):
    sanctions = by_fact(query_rows(store, "sanctions", target="China"))
    timeline = by_fact(query_rows(store, "timeline", entity="China"))
    ban = "sanction-uk-zhao-ni-travel-ban-2024-03-25"
    assert set(sanctions) == {f for f, r in timeline.items() if r["kind"] == "sanction"}
    assert timeline[ban]["role"] == "target, through Ni Gaobin and Zhao Guangzong"
    # A measure of the dated package: dated by the package in both.
    for part in (ban, "sanction-uk-apt31-asset-freeze-2024-03-25"):
        assert sanctions[part]["since"] == "2024-03-25", part
        assert timeline[part]["date"] == f"2024-03-25 (part of {PACKAGE})", part
    # Citizens are followed for sanctions only: the indictment of Zhao and Ni is China's
    # through the unnamed Chinese nationals it also charges, not through them.
    assert timeline["charge-us-apt31-seven-2024"]["role"] == "target, through 5 unnamed Chinese nationals"


def test_a_part_of_another_kind_is_not_dated_by_its_whole(tmp_path):
    built = built_with_claims(RECOUNT, CLAIMS, tmp_path, [
        f'{{id: x, fact: statement-x, type: Statement, speaker: David Cameron, subject: the sanctions, partOf: {PACKAGE}, '
        'quote: "Foreign Secretary David Cameron said"}'])
    rows = by_fact(query_rows(built, "timeline", entity="David Cameron"))
    assert rows["statement-x"]["date"] is None


# -- the ontology, CLAIMS.md, add-article -------------------------------------------------------------------

def test_the_new_terms_have_labels_definitions_and_the_version_is_2_25(store):
    terms = ("gkg:CyberOperation gkg:dataPlace gkg:dataPeriod gkg:dataPeriodStart gkg:dataPeriodEnd gkg:dataPeriodLabel "
             "gkg:affectedCount gkg:affectedCountBounds gkg:absentEffect gkg:Unsealed gkg:Reward gkg:rewardFor gkg:rewardForFact")
    rows = sparql_rows(store, f"SELECT ?t ?d WHERE {{ VALUES ?t {{ {terms} }} ?t rdfs:label ?l ; skos:definition ?d }}")
    assert len({r["t"] for r in rows}) == 13 and all(len(r["d"]) > 60 for r in rows)
    alt = sparql_rows(store, "SELECT ?a WHERE { gkg:CyberOperation skos:altLabel ?a }")
    assert {"hack", "intrusion", "breach", "data breach", "cyberattack"} <= {r["a"] for r in alt}
    [v] = sparql_rows(store, "SELECT ?v WHERE { ?o a owl:Ontology ; owl:versionInfo ?v }")
    assert tuple(map(int, v["v"].split("."))) >= (2, 25, 0)


def test_the_new_keys_are_in_the_index_and_the_role_table():
    text = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    index = text[:text.index("## ")]
    for words, key in (("a breach of the electoral commission", "type: CyberOperation"), ("hack", "type: CyberOperation"),
                       ("exposed the personal data", "affectedCount: about 40000000"), ("between 2014 and 2022", "dataPeriod: 2014/2022"),
                       ("neither affected how people register or vote", "damage: {not: how people register or vote}"),
                       ("unsealed an indictment", "status: unsealed"), ("offered a reward", "type: Reward"),
                       ("affiliated with the chinese state", "an `Affiliation` with `affiliate:"), ("china rejected the accusations", "modality: denied")):
        row = next((r for r in index.splitlines() if words in r.casefold()), "")
        assert key in row, (words, key)
    assert "| `rewardFor` | Reward |" in text and "| `dataPlace` | CyberOperation | Place, State | no |" in text
    assert "### Cyber operations, effects stated as absent, unsealed documents, rewards" in text
    # "affiliated with" beside for and of; the PUBLISHED header beside Date.
    forof = text[text.index("`for` is the side an actor acts for"):]
    assert '**"affiliated\nwith"**' in forof[:1200] and "`Affiliation`" in forof[:1200]
    assert "`PUBLISHED: 2024-03-26`" in text and "`Date: 2024-03-26`" in text


def test_add_article_reads_a_published_header(tmp_path):
    corpus = tmp_path / "c"
    kg_cli("init", corpus, check=0)
    story = tmp_path / "story.txt"
    story.write_text("URL: https://example.org/a\nPUBLISHED: 2024-03-26\n\nBritain blamed hackers.\n", encoding="utf-8")
    kg_cli("add-article", story, "--corpus", corpus, "--id", "y01_story", check=0)
    [entry] = yaml.safe_load((corpus / "articles.yaml").read_text(encoding="utf-8"))
    assert (entry["id"], str(entry["published"]), entry["url"]) == ("y01_story", "2024-03-26", "https://example.org/a")
    assert (corpus / "articles" / "y01_story.txt").read_text(encoding="utf-8") == "Britain blamed hackers.\n"


def test_the_recount_keeps_the_first_pass_quotes_and_validates(store):
    def quotes(folder):
        data = yaml.safe_load((folder / CLAIMS).read_text(encoding="utf-8"))
        return {c["id"]: c["quote"] for c in data["claims"]}
    first, recount = quotes(FIRST), quotes(RECOUNT)
    assert all(recount[i] == q for i, q in first.items())  # every claim kept, quoted as it was
    assert set(recount) - set(first) == {"no-effect-ec", "no-effect-mps"}
    out = kg_cli("validate", "--store", store, check=0).stdout
    assert "conforms" in out.casefold()
