"""A sanction said to be lifted is drafted as ended, not as imposed, whichever voice the
sentence is in; and ``kg eval`` counts a matched fact whose status disagrees with the
curated one as wrong (status accuracy), so that an inverted meaning does not pass as a
match. Sentences written for these tests (invented people, real states)."""

from __future__ import annotations

from test_extract_rules import draft, engine, facts, only  # noqa: F401  (engine is a fixture)

from conftest import kg_cli


def test_sanctions_that_would_be_lifted_are_a_planned_end_not_a_planned_sanction(engine):
    d = draft(engine, "President Tor Ashby said on Monday that Peruvian sanctions on Chile would be lifted.")
    sanction = only(d, "Sanction")
    assert (sanction["authority"], sanction["target"], sanction["status"]) == ("peru", "chile", "ended")
    assert sanction["modality"] == "planned"


def test_sanctions_lifted_in_the_active_voice_stay_ended(engine):
    sanction = only(draft(engine, "Peru lifted its sanctions on Chile on Monday."), "Sanction")
    assert (sanction["authority"], sanction["target"], sanction["status"]) == ("peru", "chile", "ended")


def test_sanctions_imposed_carry_no_status_of_ending(engine):
    sanctions = facts(draft(engine, "Peru imposed sanctions on Chile on Monday."), "Sanction")
    assert sanctions and all(s.get("status") != "ended" for s in sanctions)


CURATED = """article: {id: 900_status, file: a.txt, url: null, publisher: null, published: 2031-03-05}
entities:
  - {id: peru, type: State, label: Peru}
  - {id: chile, type: State, label: Chile}
claims:
  - {id: c1, fact: sanction-peru-chile, type: Sanction, authority: Peru, target: Chile, status: STATUS,
     quote: "Peru lifted its sanctions on Chile"}
"""


def test_eval_counts_a_status_that_disagrees_as_wrong(tmp_path):
    gold, drafted = tmp_path / "gold", tmp_path / "drafted"
    for folder in (gold, drafted):  # each claims file beside its own copy of the text
        folder.mkdir()
        (folder / "a.txt").write_text("Peru lifted its sanctions on Chile on Monday.\n", encoding="utf-8")
    (gold / "a.yaml").write_text(CURATED.replace("STATUS", "ended"), encoding="utf-8")
    (drafted / "a.yaml").write_text(CURATED.replace("STATUS", "in force"), encoding="utf-8")
    out = kg_cli("eval", drafted, "--gold", gold, "--misses", check=0).stdout
    assert "status accuracy    0.00  (0 right, 1 wrong, 0 not drafted, of the matched facts with a status on either side)" in out
    assert "status    900_status  sanction-peru-chile: InForce; curated sanction-peru-chile: Ended" in out
    (drafted / "a.yaml").write_text(CURATED.replace("STATUS", "ended"), encoding="utf-8")
    out = kg_cli("eval", drafted, "--gold", gold, check=0).stdout
    assert "status accuracy    1.00  (1 right, 0 wrong, 0 not drafted, of the matched facts with a status on either side)" in out


FAILED_ARREST = """article: {id: 901_polarity, file: a.txt, url: null, publisher: null, published: 2031-03-05}
entities:
  - {id: peru, type: State, label: Peru}
  - {id: tor-ashby, type: Person, label: Tor Ashby}
claims:
  - {id: c1, fact: detention-tor-ashby, type: Detention, target: Tor Ashby, POLARITY
     quote: "the failure to arrest Tor Ashby"}
"""


def test_eval_counts_a_fact_drafted_as_holding_where_the_text_says_it_did_not_as_false(tmp_path):
    # "Chile called the failure to arrest Tor Ashby a blow": a detention drafted as
    # done is the opposite of the curated one, not a match (nor a duplicate of one).
    gold, drafted = tmp_path / "gold", tmp_path / "drafted"
    for folder in (gold, drafted):
        folder.mkdir()
        (folder / "a.txt").write_text("Chile called the failure to arrest Tor Ashby a blow to the court.\n",
                                      encoding="utf-8")
    (gold / "a.yaml").write_text(FAILED_ARREST.replace("POLARITY", "polarity: negative,"), encoding="utf-8")
    (drafted / "a.yaml").write_text(FAILED_ARREST.replace("POLARITY", ""), encoding="utf-8")
    out = kg_cli("eval", drafted, "--gold", gold, "--misses", check=0).stdout
    overall = out.split("overall")[1].splitlines()[0].split()
    assert overall[:4] == ["1", "0", "1", "0"], out  # drafted, matched, curated, found
    assert "curated as saying the opposite (polarity)" in out
    (drafted / "a.yaml").write_text(FAILED_ARREST.replace("POLARITY", "polarity: negative,"), encoding="utf-8")
    out = kg_cli("eval", drafted, "--gold", gold, check=0).stdout
    assert out.split("overall")[1].splitlines()[0].split()[:4] == ["1", "1", "1", "1"], out
