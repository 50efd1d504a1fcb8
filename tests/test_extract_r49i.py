"""Rule set 49, part i: one event told twice is one fact, and a debt paid is no grant,
through the real ``kg extract`` command on small invented articles (one run for all, with
a registry of invented states and people):

- a protest's toll told in a clause on its noun ("The protests in Dorn, in which 12 people
  were killed, ...") takes the place the noun names, so it is told of the protest the
  protest rules draft from the same words, not of a second, placeless protest
  (kg/extract/facts/tolls.py); a toll with no place still drafts;
- a time phrase on a bare superlative ("was the worst this year") is the span the ranking
  runs over, no date of the event: a bombing's toll told again in such a sentence stays
  the one attack the first sentence dated; "this year" on the act itself still dates it
  (kg/extract/facts/common.py);
- a sum paid that the payer owes ("has not paid Valdoria the $40 million it owes", "paid
  its debts") is a Payment, never the economic Support of a sum handed over for nothing;
  a sum paid in aid, or to protect forests, stays Support (kg/extract/facts/paid.py).
"""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia, aliases: [Ostravian]}
- {id: valdoria, type: State, label: Valdoria, aliases: [Valdorian]}
- {id: kestria, type: State, label: Kestria, aliases: [Kestrian]}
- {id: tor-ashby, type: Person, label: Tor Ashby, of: valdoria}
- {id: dorn, type: City, label: Dorn, of: kestria}
"""

ARTICLES = {
    # 1. a protest's toll and the protest
    "protest_toll": ("The protests in Dorn, in which 12 people were killed, went on for a week after a bomb blast "
                     "killed 12 people in Dorn on Monday, Kestrian police said."),
    "placeless_toll": "A week of protests in which at least six people have died ended on Monday, Kestrian police said.",
    # 2. a superlative's span
    "worst_this_year": ("A bomb blast killed 12 people at a market in Dorn on Monday, Kestrian police said. The "
                        "bombing in Dorn, in which 12 people were killed, was the worst this year."),
    "dated_this_year": "A bomb blast killed 12 people in Dorn this year, Kestrian police said on Monday.",
    # 3. a debt paid
    "owed": "Ostravia has not paid Valdoria the $40 million it owes, Tor Ashby said on Monday.",
    "debts": "Ostravia paid Valdoria its debts of $40 million on Monday, Tor Ashby said.",
    "aid": "Ostravia paid Valdoria $40 million on Monday in aid, officials said.",
    "forests": "Ostravia will pay Valdoria $40 million a year to protect its forests, officials said on Monday.",
}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    return drafted_with_registry(tmp_path_factory.mktemp("r49i"), ARTICLES, REGISTRY)


def of_type(claims: list[dict], kind: str) -> list[dict]:
    return [c for c in claims if c["type"] == kind]


def test_a_protest_toll_is_told_of_the_protest_its_noun_names(drafted):
    protests = of_type(drafted["protest_toll"], "Protest")
    assert protests and {c["fact"] for c in protests} == {protests[0]["fact"]}, protests
    assert any(c.get("killed") == 12 and c.get("place") == "dorn" for c in protests), protests
    placeless = of_type(drafted["placeless_toll"], "Protest")
    assert [c.get("killed") for c in placeless] == ["at least 6"] and "place" not in placeless[0], placeless


def test_a_superlative_span_is_no_date_of_the_event(drafted):
    attacks = of_type(drafted["worst_this_year"], "Attack")
    assert len(attacks) >= 1 and {c["fact"] for c in attacks} == {"attack-dorn-2030-09-02-worst-this-year"}, attacks
    assert all(c.get("date", "2030-09-02") == "2030-09-02" for c in attacks), attacks
    assert any(c.get("killed") == 12 and c.get("perpetrator") == "unnamed attackers" for c in attacks), attacks
    # a time phrase on the act itself is still its date
    dated = of_type(drafted["dated_this_year"], "Attack")
    assert [str(c.get("date")) for c in dated] == ["2030"], dated


def test_a_debt_paid_is_a_payment_not_a_grant(drafted):
    for name in ("owed", "debts"):
        claims = drafted[name]
        assert not of_type(claims, "Support"), (name, claims)
        paid = of_type(claims, "Payment")
        assert [(c["payer"], c["payee"], c["value"]) for c in paid] == [("ostravia", "valdoria", "USD 40 million")], paid
    assert of_type(drafted["owed"], "Payment")[0].get("polarity") == "negative"
    for name in ("aid", "forests"):
        support = of_type(drafted[name], "Support")
        assert not of_type(drafted[name], "Payment") and [c["supportKind"] for c in support] == ["economic"], (name, drafted[name])
