"""Drafting that read real news wrongly, and `kg eval`'s date accuracy, through the real
CLI on small invented articles (one ``kg extract`` run for all, with a registry of
invented states and bodies), each rule beside look-alikes that must draft nothing:

- a bare capitalised "the Council", "the Assembly", "the Court" (mentions.py, _bodies)
  after the article named one body of that noun is that body; with two such bodies
  named, or none, nothing is drafted for it and no body is made up;
- a state's possessive before a common noun of a body ("Valdoria's junta", "Ruritania's
  navy", "Valdoria's parliament", "Ostravia's military"; mentions.py,
  _possessed_bodies and _legislatures) is the registry's body named by the state's
  demonym and the noun, or the one body of the noun's class of that state; not where
  no body or two fit, nor a title after the noun ("army chief");
- sums of money with a currency sign (extract/quantities.py) read with the claims
  reader's table of CLDR's signs: "A$", "HK$", "₹" drafted as AUD, HKD, INR, "$" as
  USD, no value where the text gives no sum;
- a verbless sentence with "the country" is drafted and the run ends (a walk up the
  parse compared tokens by identity, which spaCy never keeps, and never saw the root);
- `kg eval` counts a drafted date right when it equals one of the curated fact's dates
  of the same key, not a stage's date alone (docs/evaluation.md, date accuracy).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_with_registry, dump_yaml, kg_cli

needs_model = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: Invented states and bodies.
REGISTRY = """\
- {id: ostravia, type: State, label: Ostravia}
- {id: valdoria, type: State, label: Valdoria}
- {id: ruritania, type: State, label: Ruritania}
- {id: council-of-the-coastal-union, type: InternationalOrganisation, label: Council of the Coastal Union}
- {id: northern-council, type: InternationalOrganisation, label: Northern Council}
- {id: coastal-assembly, type: InternationalOrganisation, label: Coastal Parliamentary Assembly}
- {id: coastal-court, type: Court, label: Coastal Court of Human Rights}
- {id: valdorian-junta, type: MilitaryGovernment, label: Valdorian junta, of: valdoria}
- {id: valdorian-parliament, type: Organisation, label: Valdorian parliament, of: valdoria}
- {id: ruritanian-navy, type: ArmedForces, label: Ruritanian Navy, of: ruritania}
- {id: ruritanian-army, type: ArmedForces, label: Ruritanian Army, of: ruritania}
- {id: ostravian-defence-forces, type: ArmedForces, label: Ostravian Defence Forces, of: ostravia}
"""

ARTICLES = {
    # 1. "the Council" after one body of that noun
    "council_one": ("The Council of the Coastal Union imposed sanctions on Valdoria on Monday. "
                    "The Council also imposed sanctions on Ostravia on Tuesday."),
    "council_two": ("The Council of the Coastal Union and the Northern Council met in Lima on Monday. "
                    "The Council also imposed sanctions on Ostravia on Tuesday."),
    "council_none": ("Ruritania imposed sanctions on Valdoria on Monday. "
                     "The Council also imposed sanctions on Ostravia on Tuesday."),
    "assembly_one": ("The Coastal Parliamentary Assembly met in Lima on Monday. "
                     "The Assembly condemned Valdoria on Tuesday."),
    "court_one": ("Ostravia brought a case against Valdoria before the Coastal Court of Human Rights. "
                  "The Court criticised Valdoria on Tuesday."),
    # 2. a state's possessive before a body's common noun
    "junta": "Valdoria's junta imposed sanctions on Ostravia on Monday.",
    "navy": "Ruritania's navy attacked Valdoria on Monday.",
    "parliament": "Valdoria's parliament condemned Ostravia on Monday.",
    "military": "Ostravia's military attacked Valdoria on Monday.",
    "no_navy": "Ostravia's navy attacked Valdoria on Monday.",          # its only force is no navy
    "two_forces": "Ruritania's military attacked Valdoria on Monday.",  # a navy and an army: which is not said
    "junta_of_other": "Ostravia's junta imposed sanctions on Valdoria on Monday.",  # Ostravia has none
    "army_chief": "Ruritania's army chief attacked Valdoria on Monday.",
    # 3. money by its sign
    "aud": "Valdoria pledged A$50 million in aid to Ostravia on Monday.",
    "hkd": "Valdoria pledged HK$20 million in aid to Ostravia on Monday.",
    "inr": "Valdoria pledged ₹500 crore in aid to Ostravia on Monday.",
    "usd": "Valdoria pledged $50 million in aid to Ostravia on Monday.",
    "no_sum": "Valdoria pledged aid to Ostravia on Monday.",
    # 4. a verbless sentence naming "the country"
    "country": "Valdoria held an election on Sunday. A new era for the country.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, list[dict]]:
    return drafted_with_registry(tmp_path_factory.mktemp("r49a"), ARTICLES, REGISTRY)


def of(claims: list[dict], kind: str) -> list[dict]:
    return [c for c in claims if c["type"] == kind]


def named(claims: list[dict]) -> set[str]:
    """Every id a claim names in any role (lists flattened)."""
    return {v for c in claims for k, value in c.items() if k not in ("id", "fact", "quote", "type")
            for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)}


# -- 1. "the Council" ------------------------------------------------------------------


@needs_model
def test_the_council_is_the_one_council_named_before(drafts):
    sanctions = {c["target"]: c.get("authority") for c in of(drafts["council_one"], "Sanction")}
    assert sanctions == {"valdoria": "council-of-the-coastal-union", "ostravia": "council-of-the-coastal-union"}
    assert [(c["speaker"], c["about"]) for c in of(drafts["assembly_one"], "Criticism")] == \
        [("coastal-assembly", "valdoria")]
    assert [(c["speaker"], c["about"]) for c in of(drafts["court_one"], "Criticism")] == \
        [("coastal-court", "valdoria")]


@needs_model
def test_the_council_after_two_councils_or_none_is_no_body(drafts):
    # which council imposed them is not said: no sanction of Ostravia by either, and no body made up
    for name in ("council_two", "council_none"):
        assert not [c for c in of(drafts[name], "Sanction") if c["target"] == "ostravia"], drafts[name]
        assert not {n for n in named(drafts[name]) if "council" in n} - {"council-of-the-coastal-union",
                                                                         "northern-council"}, drafts[name]
    # the named bodies' own facts stay
    assert [c["participant"] for c in of(drafts["council_two"], "Meeting")] == \
        [["council-of-the-coastal-union", "northern-council"]]
    assert [(c["authority"], c["target"]) for c in of(drafts["council_none"], "Sanction")] == [("ruritania", "valdoria")]


# -- 2. a state's possessive before a body's noun ------------------------------------------


@needs_model
def test_a_states_possessive_before_a_body_noun_is_its_registry_body(drafts):
    assert [(c["authority"], c["target"]) for c in of(drafts["junta"], "Sanction")] == [("valdorian-junta", "ostravia")]
    assert [(c["perpetrator"], c["target"]) for c in of(drafts["navy"], "Attack")] == [("ruritanian-navy", "valdoria")]
    assert [(c["speaker"], c["about"]) for c in of(drafts["parliament"], "Criticism")] == \
        [("valdorian-parliament", "ostravia")]
    assert [(c["perpetrator"], c["target"]) for c in of(drafts["military"], "Attack")] == \
        [("ostravian-defence-forces", "valdoria")]


@needs_model
def test_no_body_or_two_fitting_a_possessive_leave_it_unread(drafts):
    # no navy of Ostravia, two forces of Ruritania, no junta of Ostravia, a chief of an army
    for name in ("no_navy", "two_forces", "junta_of_other", "army_chief"):
        assert not named(drafts[name]) & {"ostravian-defence-forces", "ruritanian-navy", "ruritanian-army",
                                          "valdorian-junta"}, drafts[name]


# -- 3. money by its sign ------------------------------------------------------------------


@needs_model
@pytest.mark.parametrize("name, value", [("aud", "AUD 50 million"), ("hkd", "HKD 20 million"),
                                         ("inr", "INR 500 crore"), ("usd", "USD 50 million")])
def test_a_sum_is_drafted_with_the_code_of_its_sign(drafts, name, value):
    assert [c.get("value") for c in of(drafts[name], "Support")] == [value]


@needs_model
def test_aid_without_a_sum_has_no_value(drafts):
    support = of(drafts["no_sum"], "Support")
    assert support and all("value" not in c for c in support)


# -- 4. a verbless sentence ------------------------------------------------------------------


@needs_model
def test_a_verbless_sentence_naming_the_country_is_drafted(drafts):
    assert [c["heldIn"] for c in of(drafts["country"], "Election")] == ["valdoria"]


# -- 5. kg eval: a fact with more dates than the draft gives ----------------------------------

TEXT = ("LIMA, October 2 - Valdoria and Ostravia signed a trade agreement on January 16, 2030. "
        "Ostravia's parliament ratified it on September 17, 2030. It takes effect in 2032.\n")
QUOTE = "Valdoria and Ostravia signed a trade agreement on January 16, 2030"
AGREEMENT = "agreement-valdoria-ostravia-2030"


def _corpus(root: Path) -> Path:
    """A corpus folder with the article and its curated agreement: signed on 2030-01-16,
    in force from 2032, ratified (a stage) on 2030-09-17."""
    corpus = root / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "articles" / "article.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "claims").mkdir()
    (corpus / "claims" / "article.txt").write_text(TEXT, encoding="utf-8")
    dump_yaml(corpus / "entities.yaml", [{"id": "valdoria", "type": "State", "label": "Valdoria"},
                                         {"id": "ostravia", "type": "State", "label": "Ostravia"}])
    claim = {"id": "deal", "fact": AGREEMENT, "type": "Agreement", "party": ["Valdoria", "Ostravia"],
             "date": "2030-01-16", "startDate": "2032", "stage": {"status": "ratified", "date": "2030-09-17"},
             "quote": QUOTE}
    dump_yaml(corpus / "claims" / "deal.yaml", {"article": {"id": "deal", "file": "article.txt"}, "claims": [claim]})
    return corpus


@pytest.mark.parametrize("dates, right", [
    ({"date": "2030-01-16"}, True),                       # the signing alone
    ({"startDate": "2032"}, True),                        # the entry into force alone
    ({"date": "2030-09-17"}, False),                      # the ratification's day: a stage's date, not the fact's
    ({"date": "2030-01-16", "startDate": "2032"}, True),  # both
    ({"date": "2030-01"}, False),                         # matched, but less precise
    ({"startDate": "2030-01-16"}, False),                 # the signing's day as the start
    ({"date": "2030-01-16", "endDate": "2040"}, False),   # an end the curated fact lacks
])
def test_a_drafted_date_equal_to_one_of_the_curated_facts_dates_is_right(tmp_path, dates, right):
    corpus = _corpus(tmp_path)
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "article.txt").write_text(TEXT, encoding="utf-8")
    dump_yaml(folder / "deal.yaml", {"article": {"id": "deal", "file": "article.txt"}, "claims": [
        {"id": "c0", "fact": "drafted-deal", "type": "Agreement", "party": ["Valdoria", "Ostravia"], **dates,
         "quote": QUOTE}]})
    proc = kg_cli("eval", folder, "--corpus", corpus, "--json", check=0)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert [m["curated"] for m in result["matches"]] == [AGREEMENT], result["false"]
    assert (result["date"]["correct"], result["date"]["wrong"]) == ((1, 0) if right else (0, 1))
    assert [d["on"] for d in result["disagreements"]] == ([] if right else ["date"])
