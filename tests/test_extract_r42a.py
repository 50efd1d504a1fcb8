"""Rule set 42 (support pledged in money, descriptions and reactions in the article's
voice), through the real ``kg extract`` command on
small articles written for these tests and read with the development set's registry (one
run for all, a module-scoped fixture). Each form is checked for what it drafts and for
what it must not:

- a sum pledged, promised or provided ("Norway pledged 200 million euros to Ukraine",
  "Japan would provide $4.5 billion to Ukraine"): a Support with the sum as ``value``,
  ``status: promised`` for a pledge; the gapped clauses of a donors' conference
  ("..., France 110 million euros and Germany 244 million euros") are pledges of their
  own, and a pledge that names no recipient goes to the one state the article's aid is
  for; none for a sum that is an investment or a loan by name, for arms pledged (a
  transfer, not money), for a person named as recipient, nor for a pledge with no
  recipient when the article's aid is for two states;
- a state or place described in apposition by its political status ("Ukraine, a former
  Soviet republic", "Crimea, a Russian-backed breakaway region of Ukraine"): a
  Characterisation of it; none for a description with no status ("a small landlocked
  state"), a relation ("a former member of the Warsaw Pact"), a measure, or a fact the
  clause tells ("..., a deal worth $2 billion");
- a word of political leaning on a name or on the noun in apposition to it ("the
  far-right Freedom Party of Austria", "Mr Zelensky, a pro-Western president"): a
  Characterisation with that leaning; none on a common noun alone ("far-right parties");
- displeasure as a reaction ("new sanctions on Finland, which angered Sweden", "Moscow
  reacted angrily", "Peru angered Chile"): a Displeasure of the one angered, at the fact
  told before or the actor; none for a calm reaction, nor in the passive;
- fear for someone or something ("Putin feared for his life"): a Concern with what is
  feared for as ``subject``; none for "feared the worst".
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = CORPUS / "dev" / "entities.yaml"

ARTICLES = {
    # money pledged
    "pledged_to": "Norway pledged 200 million euros to Ukraine on Monday.",
    "would_provide": "The prime minister said Canada would provide $4.5 billion to Ukraine this year.",
    "conference": ("Donors promised more than 2 billion euros in aid for Egypt at a meeting in Paris on Monday.\n\n"
                   "The European Union pledged 350 million euros, France 110 million euros and Germany 244 million "
                   "euros. The United States pledged $147 million and Britain $110 million."),
    "two_recipients": ("Donors promised aid for Egypt and Ethiopia at a meeting in Paris on Monday.\n\n"
                       "France pledged 110 million euros."),
    # look-alikes
    "investment": "Qatar pledged $1 billion in investment in Egypt.",
    "loan_named": "China promised a $2 billion loan to Pakistan.",
    "loan_as": "Qatar provided $1 billion to Egypt as a loan.",
    "arms": "Norway promised 20 tanks to Ukraine.",
    "person": "Norway pledged 200 million euros to Volodymyr Zelensky.",
    # described by status
    "former_republic": "Ukraine, a former Soviet republic, applied to join in 2022.",
    "breakaway": "Voters in Crimea, a Russian-backed breakaway region of Ukraine, went to the polls.",
    "plain_description": "Serbia, a small landlocked state, objected.",
    "contested_market": "Serbia, a contested market for Chinese firms, imported more.",
    "relation": "Poland, a former member of the Warsaw Pact, objected.",
    "measure": "Crimea, a former region of 27,000 square kilometres, voted.",
    "clause_fact": "Russia sold gas to Serbia, a deal worth $2 billion.",
    "former_role": "Serbia, a former world champion, hosted the talks.",
    "former_stance": "Poland, a former supporter of the plan, changed course.",
    # leanings
    "leaning_name": "The far-right Freedom Party of Austria won 29 percent of the vote.",
    "leaning_apposition": "Mr Zelensky, a pro-Western president, spoke on Monday.",
    "leaning_common": "Far-right parties won 29 percent of the vote in Austria.",
    # reactions
    "angered_which": "Russia imposed new sanctions on Finland on Monday, which angered Sweden.",
    "reacted_angrily": "Russia imposed new sanctions on Finland on Monday. Moscow's neighbour Norway reacted angrily.",
    "angered_actor": "Peru angered Chile.",
    "upset_actor": "Peru upset Chile.",
    "upset_match": "Peru upset Chile 2-1 in the final on Sunday.",
    "reacted_to_kind": ("Russia imposed new sanctions on Finland on Monday. Peru and Chile held talks in Lima on "
                        "Tuesday. Norway reacted angrily to the sanctions."),
    "reacted_to_move": "Russia imposed new sanctions on Finland on Monday. Norway reacted angrily to the move.",
    "reacted_to_question": ("Russia imposed new sanctions on Finland on Monday. Norway reacted angrily to a question "
                            "from reporters."),
    "reacted_calmly": "Russia imposed new sanctions on Finland on Monday. Norway reacted calmly.",
    "angered_passive": "Sweden was angered by the news.",
    "feared_for": "Vladimir Putin feared for his life.",
    "feared_object": "Vladimir Putin feared the worst.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    found, _ = drafted_cases(tmp_path_factory.mktemp("r42a"), ARTICLES, "--entities", REGISTRY)
    return found


def _supports(claims) -> list[tuple]:
    return sorted((c["supporter"], c["supported"], c.get("value"), c.get("status"))
                  for c in of(claims, "Support") if "value" in c)


def test_a_sum_pledged_or_provided_is_support(drafts):
    assert _supports(drafts["pledged_to"]) == [("norway", "ukraine", "200 million euros", "promised")]
    assert _supports(drafts["would_provide"]) == [("canada", "ukraine", "USD 4.5 billion", None)]


def test_gapped_pledges_go_where_the_articles_aid_goes(drafts):
    assert _supports(drafts["conference"]) == [
        ("european-union", "egypt", "350 million euros", "promised"),
        ("france", "egypt", "110 million euros", "promised"),
        ("germany", "egypt", "244 million euros", "promised"),
        ("united-kingdom", "egypt", "USD 110 million", "promised"),
        ("united-states", "egypt", "USD 147 million", "promised"),
    ]


def test_no_recipient_is_guessed_among_two(drafts):
    assert _supports(drafts["two_recipients"]) == []


def test_investments_loans_arms_and_people_are_no_pledged_sum(drafts):
    assert _supports(drafts["investment"]) == []
    assert _supports(drafts["loan_named"]) == []
    assert _supports(drafts["loan_as"]) == []  # the verb's 'as' names the sum a loan
    assert of(drafts["arms"], "Support") == []
    assert _supports(drafts["person"]) == []


def _labels(claims) -> list[tuple]:
    return sorted((c["characterised"], c["category"]) for c in of(claims, "Characterisation")
                  if "said_by" not in c)


def test_a_place_described_by_its_status_is_characterised(drafts):
    assert _labels(drafts["former_republic"]) == [("ukraine", "former Soviet republic")]
    assert _labels(drafts["breakaway"]) == [("crimea", "Russian-backed breakaway region of Ukraine")]


def test_no_status_no_relation_no_measure_no_clause_fact(drafts):
    for name in ("plain_description", "relation", "measure", "clause_fact", "former_role", "former_stance",
                 "contested_market"):
        assert _labels(drafts[name]) == [], name


def test_a_leaning_on_a_name_or_its_apposition_is_characterised(drafts):
    assert _labels(drafts["leaning_apposition"]) == [("volodymyr-zelensky", "pro-Western")]
    assert _labels(drafts["leaning_name"]) == [("freedom-party-of-austria", "far-right")]
    assert of(drafts["leaning_common"], "Characterisation") == []


def _displeasures(claims) -> list[tuple]:
    return sorted((c["speaker"], c.get("about"), c.get("aboutFact", "")[:9]) for c in of(claims, "Displeasure"))


def test_displeasure_at_a_fact_or_an_actor(drafts):
    assert _displeasures(drafts["angered_which"]) == [("sweden", None, "sanction-")]
    assert _displeasures(drafts["reacted_angrily"]) == [("norway", None, "sanction-")]
    assert _displeasures(drafts["angered_actor"]) == [("chile", "peru", "")]
    assert _displeasures(drafts["upset_actor"]) == [("chile", "peru", "")]
    # a reaction 'to' a noun of a kind is at the fact of that kind, not at the talks told last
    assert _displeasures(drafts["reacted_to_kind"]) == [("norway", None, "sanction-")]
    assert _displeasures(drafts["reacted_to_move"]) == [("norway", None, "sanction-")]


def test_no_displeasure_from_a_calm_reaction_or_the_passive(drafts):
    assert of(drafts["reacted_calmly"], "Displeasure") == []
    assert of(drafts["angered_passive"], "Displeasure") == []
    assert of(drafts["reacted_to_question"], "Displeasure") == []  # 'to' names no fact told
    assert of(drafts["upset_match"], "Displeasure") == []  # a match won, told with its score


def test_fear_for_is_a_concern(drafts):
    assert [(c["speaker"], c["subject"]) for c in of(drafts["feared_for"], "Concern")] == [("vladimir-putin", "his life")]
    assert of(drafts["feared_object"], "Concern") == []


def test_the_classes_rule_set_42_reads_are_classes_of_the_ontology():
    """A class name the new rules test an entity against that the ontology lacks can never
    match: each one the new modules list is an entity or fact class of the ontology."""
    from kg.extract.facts import casualties, counts, descriptions, flows, measures, pleas, pledges, powers, presence
    from kg.ontology import vocabulary

    v = vocabulary()
    known = set(v.entity_types) | set(v.fact_types)
    listed = {"pledges.GIVERS": pledges.GIVERS, "descriptions.DESCRIBED": descriptions.DESCRIBED,
              "descriptions.LEANING_OF": descriptions.LEANING_OF, "casualties.PERPETRATORS": casualties.PERPETRATORS,
              "presence.DEPLOYERS": presence.DEPLOYERS, "presence.WHERE": presence.WHERE,
              "powers.CONTROLLERS": powers.CONTROLLERS, "powers.HELD": powers.HELD, "flows.REGIONS": flows.REGIONS,
              "pleas.DEFENDANTS": pleas.DEFENDANTS, "counts.ABOUT": counts.ABOUT, "counts.PLACES": counts.PLACES,
              "counts.SOURCES": counts.SOURCES, "measures.ACTORS": measures.ACTORS}
    unknown = {name: sorted(set(names) - known) for name, names in listed.items() if set(names) - known}
    assert not unknown, unknown
