"""A headline tells the body's news in short, through the real ``kg extract`` on small
articles written for these tests: the undated fact of a headline ("Chile and Peru sign
defence pact") is the fact the body dates within days of the publication ("signed ... on
Monday"), one fact with two claims; a fact the body dates years before, and a second
fact of the same kind told after the first, stay facts of their own."""

from __future__ import annotations

from test_extract_r18 import extract, of

HEADLINE = "Chile and Peru sign defence pact"


def agreement_facts(claims) -> list[str]:
    return [c["fact"] for c in of(claims, "Agreement")]


def test_the_headline_fact_is_the_fact_the_body_dates(tmp_path):
    claims, _ = extract(tmp_path, "LIMA, Sept 3 - Chile and Peru signed a defence agreement on Monday, "
                                  "officials said.", title=HEADLINE, published="2030-09-03")
    facts = agreement_facts(claims)
    assert len(facts) == 2 and len(set(facts)) == 1, claims  # the headline's claim and the body's, one fact
    assert facts[0].endswith("2030-09-02"), facts


def test_a_fact_the_body_dates_years_before_is_not_the_headline_fact(tmp_path):
    claims, _ = extract(tmp_path, "LIMA, Sept 3 - Chile and Peru signed a defence agreement in 2019, "
                                  "officials said.", title=HEADLINE, published="2030-09-03")
    facts = agreement_facts(claims)
    assert len(set(facts)) == 2, claims
    assert any(f.endswith("2019") for f in facts) and any(not f[-1].isdigit() for f in facts), facts


def test_only_the_first_body_fact_takes_up_the_headline(tmp_path):
    claims, _ = extract(tmp_path, "LIMA, Sept 3 - Chile and Peru signed a defence agreement on Monday, "
                                  "officials said. Chile and Peru signed a fisheries agreement in 2019.",
                        title=HEADLINE, published="2030-09-03")
    facts = agreement_facts(claims)
    assert len(facts) == 3 and len(set(facts)) == 2, claims
    assert facts[0] == facts[1] != facts[2], facts


def test_a_text_without_a_headline_keeps_its_facts_apart(tmp_path):
    claims, _ = extract(tmp_path, "Chile and Peru signed a defence pact. Chile and Peru signed a defence "
                                  "agreement on Monday, officials said.", published="2030-09-03")
    assert len(set(agreement_facts(claims))) == 2, claims
