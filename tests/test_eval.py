"""kg eval: drafted claims compared with curated ones, through the real CLI, on the
curated claims of the sample corpus and the development set, edited in the ways a
drafting engine goes wrong (a fact left out, a participant invented, a fact drafted
twice, a date wrong or less precise, entities from another registry)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import CORPUS, ROOT, kg_cli

SAMPLE_GOLD = CORPUS / "claims"
DEV_GOLD = CORPUS / "dev" / "claims"
A000 = "000_0f2a5f001831298a"
TALKS = "talks-putin-min-aung-hlaing-2025-03-04"
TALKS_QUOTE = "In Moscow on Tuesday, Russian President Vladimir Putin engaged in discussions with General Min Aung Hlaing"


def evaluation(*args) -> dict:
    return json.loads(kg_cli("eval", *args, "--json", check=0).stdout)


def _yaml() -> YAML:
    y = YAML()  # round trip: the files keep their quotes, dates and comments
    y.width = 4096
    return y


def edit_claims(path: Path, change) -> None:
    """Load a claims file, let ``change`` edit its list of claims, write it back."""
    y = _yaml()
    data = y.load(path.read_text(encoding="utf-8"))
    data["claims"] = change(data["claims"])
    with path.open("w", encoding="utf-8") as f:
        y.dump(data, f)


def write_draft(folder: Path, claims: list[dict], entities: list[dict] | None = None, article=A000) -> Path:
    """A small drafted claims file for ``article`` (an id of the sample corpus, or
    inline metadata)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "draft.yaml"
    data = {"article": article, "claims": claims}
    if entities:
        data["entities"] = entities
    with path.open("w", encoding="utf-8") as f:
        _yaml().dump(data, f)
    return path


def talks(**changes) -> dict:
    """The drafted claim of the Putin-Min Aung Hlaing talks, with ``changes``."""
    claim = {"id": "talks", "fact": "drafted-talks", "type": "Meeting",
             "participant": ["Vladimir Putin", "Min Aung Hlaing"], "date": "2025-03-04", "quote": TALKS_QUOTE}
    claim.update(changes)
    return {k: v for k, v in claim.items() if v is not None}


def gold_fact_count(gold: Path) -> int:
    return evaluation(gold, "--gold", gold)["overall"]["curated"]


# -- Curated claims against themselves ---------------------------------------------------


@pytest.mark.parametrize("gold", [SAMPLE_GOLD, DEV_GOLD], ids=["sample", "dev"])
def test_curated_claims_against_themselves_score_one(gold):
    result = evaluation(gold, "--gold", gold)
    overall = result["overall"]
    assert overall["drafted"] == overall["curated"] == overall["matched"] > 100
    assert (overall["precision"], overall["recall"], overall["f1"]) == (1.0, 1.0, 1.0)
    assert all(t["precision"] == t["recall"] == 1.0 for t in result["kinds"].values())
    for acc in ("speaker", "modality", "date"):
        assert result[acc]["accuracy"] == 1.0 and result[acc]["total"] > 10
    assert result["false"] == result["missed"] == result["duplicates"] == result["undrafted"] == []
    assert result["disagreements"] == []
    assert len(result["articles"]) == len(list(gold.glob("*.yaml")))
    assert sum(a["facts"]["curated"] for a in result["articles"]) == overall["curated"]


def test_the_table_shows_counts_beside_ratios():
    out = kg_cli("eval", SAMPLE_GOLD, "--gold", SAMPLE_GOLD, check=0).stdout
    lines = out.splitlines()
    assert lines[0].split() == ["kind", "drafted", "matched", "curated", "found", "precision", "recall", "F1"]
    meeting = next(line for line in lines if line.startswith("Meeting "))
    n = evaluation(SAMPLE_GOLD, "--gold", SAMPLE_GOLD)["kinds"]["Meeting"]["curated"]
    assert meeting.split() == ["Meeting", str(n), str(n), str(n), str(n), "1.00", "1.00", "1.00"]
    assert any(line.startswith("overall ") for line in lines)
    assert "speaker accuracy" in out and "modality accuracy" in out and "date accuracy" in out


# -- What a draft gets wrong ---------------------------------------------------------------


def test_a_fact_left_out_lowers_recall_exactly(corpus_copy):
    total = gold_fact_count(SAMPLE_GOLD)
    edit_claims(corpus_copy / "claims" / f"{A000}.yaml", lambda cs: [c for c in cs if c["fact"] != TALKS])
    result = evaluation(corpus_copy / "claims", "--gold", SAMPLE_GOLD)
    assert result["overall"]["recall"] == round((total - 1) / total, 4)
    assert result["overall"]["precision"] == 1.0
    assert result["missed"] == [{"article": A000, "fact": TALKS, "kind": "Meeting"}]
    assert result["kinds"]["Meeting"]["matched"] == result["kinds"]["Meeting"]["curated"] - 1


def test_an_invented_participant_is_a_miss(corpus_copy):
    total = gold_fact_count(SAMPLE_GOLD)

    def invent(claims):
        for c in claims:
            if c["fact"] == TALKS:
                c["participant"] = [*c["participant"], "China"]
        return claims

    edit_claims(corpus_copy / "claims" / f"{A000}.yaml", invent)
    result = evaluation(corpus_copy / "claims", "--gold", SAMPLE_GOLD)
    assert result["false"] == [{"article": A000, "fact": TALKS, "kind": "Meeting", "nearest": TALKS,
                                "reason": "participant(s) not in the curated fact: china"}]
    assert result["missed"] == [{"article": A000, "fact": TALKS, "kind": "Meeting"}]
    assert result["overall"]["matched"] == total - 1
    assert result["overall"]["precision"] == result["overall"]["recall"] == round((total - 1) / total, 4)


def test_a_fact_drafted_twice_counts_once(corpus_copy):
    total = gold_fact_count(SAMPLE_GOLD)

    def repeat(claims):
        copies = [dict(c, id=f"{c['id']}-again", fact="talks-again") for c in claims if c["fact"] == TALKS]
        return [*claims, *copies]

    edit_claims(corpus_copy / "claims" / f"{A000}.yaml", repeat)
    result = evaluation(corpus_copy / "claims", "--gold", SAMPLE_GOLD)
    assert result["overall"]["drafted"] == result["overall"]["matched"] == total
    assert result["overall"]["precision"] == result["overall"]["recall"] == 1.0
    assert result["duplicates"] == [{"article": A000, "drafted": "talks-again", "curated": TALKS}]


def test_a_wrong_speaker_or_modality_is_counted_on_the_claim(corpus_copy):
    def misattribute(claims):
        for c in claims:
            if c["id"] == "trade-increasing":
                c["said_by"] = "Min Aung Hlaing"        # Putin said it
            if c["id"] == "cooperation-global-stage":
                c["modality"] = "alleged"               # reported, in the article
        return claims

    edit_claims(corpus_copy / "claims" / f"{A000}.yaml", misattribute)
    result = evaluation(corpus_copy / "claims", "--gold", SAMPLE_GOLD)
    assert result["overall"]["precision"] == result["overall"]["recall"] == 1.0  # still the same facts
    total = result["speaker"]["total"]
    assert result["speaker"] == {"correct": total - 1, "wrong": 1, "not_drafted": 0, "total": total,
                                 "accuracy": round((total - 1) / total, 4)}
    assert result["modality"]["correct"] == result["modality"]["total"] - 1
    assert [(d["drafted"], d["on"], d["drafted_value"], d["curated_value"]) for d in result["disagreements"]] == [
        ("trade-increasing", "speaker", "min-aung-hlaing", "vladimir-putin"),
        ("cooperation-global-stage", "modality", "Alleged", "Reported")]
    # and --misses lists them with the article in a column of its own
    table = kg_cli("eval", corpus_copy / "claims", "--gold", SAMPLE_GOLD, "--misses", check=0).stdout
    assert f"modality  {A000}  cooperation-global-stage: Alleged; curated" in table, table
    assert f"speaker   {A000}  trade-increasing: min-aung-hlaing; curated" in table, table


def test_one_participant_of_two_is_enough_but_none_is_not(tmp_path):
    # At least half of the curated participants (rounded up) must be found.
    one = evaluation(write_draft(tmp_path / "a", [talks(participant=["Vladimir Putin"])]), "--gold", SAMPLE_GOLD)
    assert one["matches"] == [{"article": A000, "drafted": "drafted-talks", "curated": TALKS}]
    none = evaluation(write_draft(tmp_path / "b", [talks(participant=None, place="Moscow")]), "--gold", SAMPLE_GOLD)
    assert none["matches"] == [] and none["overall"]["precision"] == 0.0
    assert none["false"][0]["reason"] == "finds 0 of 2 curated participants (needs 1)"


@pytest.mark.parametrize("drafted, matches, exact", [
    ("2025-03-04", True, True),    # the curated day
    ("2025-03", True, False),      # less precise, and true: a match, but not an exact date
    ("2025", True, False),
    ("2025-03-05", False, None),   # a wrong day
    ("2025-02", False, None),      # a wrong month
    ("2024", False, None),
])
def test_dates_match_at_the_stated_precision(tmp_path, drafted, matches, exact):
    result = evaluation(write_draft(tmp_path, [talks(date=drafted)]), "--gold", SAMPLE_GOLD)
    assert result["overall"]["matched"] == (1 if matches else 0)
    if matches:
        assert result["date"] == {"correct": int(exact), "wrong": 1 - int(exact), "not_drafted": 0, "total": 1,
                                  "accuracy": float(exact)}
        assert [(d["on"], d["drafted_value"], d["curated_value"]) for d in result["disagreements"]] == \
            ([] if exact else [("date", f"date {drafted}", "date 2025-03-04")])
    else:
        assert result["false"] == [{"article": A000, "fact": "drafted-talks", "kind": "Meeting", "nearest": TALKS,
                                    "reason": f"date {drafted}, curated 2025-03-04"}]


@pytest.mark.parametrize("drafted, matches", [
    ("earlier this month", True),   # 1-4 March 2025, the article's month to its day: holds the 4th
    ("last month", False),          # February 2025
    ("last week", False),           # 24 February - 2 March 2025
])
def test_a_drafted_interval_agrees_when_it_overlaps_the_curated_date(tmp_path, drafted, matches):
    # The sample's talks were held on 2025-03-04, the article's day; the reader bounds
    # a relative period by dateEarliest and dateLatest from that day.
    result = evaluation(write_draft(tmp_path, [talks(date=drafted)]), "--gold", SAMPLE_GOLD)
    assert result["overall"]["matched"] == int(matches), result["false"]
    if not matches:
        assert result["false"][0]["reason"].startswith("dates dateEarliest 2025-"), result["false"]
        assert result["false"][0]["reason"].endswith("curated date 2025-03-04"), result["false"]


def test_a_more_precise_date_than_the_curated_one_matches(tmp_path):
    # The curated visit is dated 2025-03; a draft that gives the day is not wrong.
    visit = {"id": "visit", "fact": "drafted-visit", "type": "Visit", "visitor": "Min Aung Hlaing",
             "hostState": "Russia", "date": "2025-03-04",
             "quote": "This visit marks the General’s fourth trip to Russia"}
    result = evaluation(write_draft(tmp_path, [visit]), "--gold", SAMPLE_GOLD)
    assert result["matches"] == [{"article": A000, "drafted": "drafted-visit", "curated": "visit-min-aung-hlaing-russia-2025-03"}]
    assert result["date"]["correct"] == 0


def dev_draft(folder: Path, article: str, claims: list[dict]) -> Path:
    """A drafted file for an article of the development set, outside the corpus (its
    text copied beside it, as kg extract writes it)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(CORPUS / "dev" / "articles" / f"{article}.txt", folder / "article.txt")
    return write_draft(folder, claims, article={"id": article, "file": "article.txt"})


def test_a_date_agrees_with_any_date_of_the_curated_fact(tmp_path):
    # The curated fact has 'date: 2022-05' (Finland applied) and 'startDate: 2023-04-04'
    # (it joined): a draft that dates the accession under 'date' gives a true date.
    joined = {"id": "joined", "fact": "drafted-joined", "type": "Membership", "member": "Finland",
              "memberOf": "NATO", "quote": "Finland became the 31st member of the North Atlantic Treaty Organization"}
    fact = "membership-finland-nato"
    for date, matches in (("2023-04-04", True), ("2022-05", True), ("2023-05", False)):
        draft = dev_draft(tmp_path / date, "dev01_finland-joins-nato", [dict(joined, date=date)])
        result = evaluation(draft, "--gold", DEV_GOLD)
        assert ([m["curated"] for m in result["matches"]] == [fact]) is matches, date


def test_two_participants_identify_a_fact_of_many(tmp_path):
    # The curated state visit names six participants over its claims (Xi Jinping, Peng
    # Liyuan, France, Gabriel Attal, Emmanuel and Brigitte Macron).
    visit = {"id": "visit", "fact": "drafted-visit", "type": "Visit", "visitor": "Xi Jinping",
             "quote": "Chinese President Xi Jinping arrived in France on Sunday evening"}
    article = "dev05_xi-state-visit-france"
    two = evaluation(dev_draft(tmp_path / "two", article, [dict(visit, hostState="France")]), "--gold", DEV_GOLD)
    assert [m["curated"] for m in two["matches"]] == ["visit-xi-jinping-france-2024-05"]
    peng = {"id": "visit", "fact": "drafted-visit", "type": "Visit", "visitor": "Peng Liyuan",
            "quote": "Xi and his wife, Peng Liyuan, were welcomed at Paris Orly Airport"}
    one = evaluation(dev_draft(tmp_path / "one", article, [peng]), "--gold", DEV_GOLD)
    assert one["matches"] == []
    assert one["false"] == [{"article": article, "fact": "drafted-visit", "kind": "Visit",
                             "nearest": "visit-xi-jinping-france-2024-05",
                             "reason": "finds 1 of 6 curated participants (needs 2)"}]


def test_the_party_a_named_actor_acts_for_stands_for_that_actor(tmp_path):
    # The curated summons has 'target: {actor: Cameron MacKay, for: Canada}': a draft
    # naming Canada as the one summoned says the same, less precisely. The party of
    # unnamed actors is no participant: roles are compared only as who acted and who
    # was acted on, and it would let most facts of that party match any fact that
    # names it only so.
    article = "dev11_india-rejects-canada-allegation"
    summons = {"id": "summons", "fact": "drafted-summons", "type": "Summons",
               "initiator": "Ministry of External Affairs of India", "date": "2023-09-19",
               "quote": "The Ministry of External Affairs summoned Canada's High Commissioner, Cameron MacKay"}
    for target, matches in (("Canada", True), ("Cameron MacKay", True), ("United States", False)):
        draft = dev_draft(tmp_path / target, article, [dict(summons, target=target)])
        result = evaluation(draft, "--gold", DEV_GOLD)
        assert ([m["curated"] for m in result["matches"]] == ["meeting-india-mea-cameron-mackay-2023-09-19"]) \
            is matches, target
    expels = {"id": "expels", "fact": "drafted-expels", "type": "DiplomaticExpulsion", "initiator": "India",
              "quote": "ordered a senior Canadian diplomat to leave the country within five days"}
    alone = evaluation(dev_draft(tmp_path / "alone", article, [expels]), "--gold", DEV_GOLD)
    assert [m["curated"] for m in alone["matches"]] == ["sanction-india-expulsion-canadian-diplomat-2023-09-19"]
    # 'target: {actor: unnamed senior diplomat, for: Canada}'
    with_party = evaluation(dev_draft(tmp_path / "party", article, [dict(expels, target="Canada")]),
                            "--gold", DEV_GOLD)
    assert with_party["matches"] == [] and "canada" in with_party["false"][0]["reason"], with_party["false"]


def test_a_superclass_matches_a_subclass_does_not(tmp_path):
    supply = {"id": "arms", "fact": "drafted-arms", "type": "Supply", "supplier": "Russia", "recipient": "Myanmar",
              "quote": "with Russia serving as a key arms supplier"}
    result = evaluation(write_draft(tmp_path / "a", [supply]), "--gold", SAMPLE_GOLD)
    assert [m["curated"] for m in result["matches"]] == ["arms-russia-myanmar"]
    # drafted facts count under the class drafted, curated facts under the curated class
    assert (result["kinds"]["Supply"]["drafted"], result["kinds"]["Supply"]["matched"]) == (1, 1)
    assert result["kinds"]["ArmsTransfer"]["found"] == 1 and result["kinds"]["ArmsTransfer"]["drafted"] == 0
    # A curated Supply (of vaccines) drafted as an ArmsTransfer says more than the article.
    words = {"supplier": "Russia", "recipient": "Myanmar", "item": "coronavirus vaccines",
             "quote": "with Moscow being a provider of coronavirus vaccines"}
    matched = {}
    for kind in ("Supply", "ArmsTransfer"):
        draft = write_draft(tmp_path / kind, [{"id": "vaccines", "fact": "drafted-vaccines", "type": kind, **words}],
                            article="001_b1905f8d3f03f93f")
        matched[kind] = [m["curated"] for m in evaluation(draft, "--gold", SAMPLE_GOLD)["matches"]]
    assert matched["Supply"] == ["supply-russia-myanmar-covid-vaccines"]
    assert "supply-russia-myanmar-covid-vaccines" not in matched["ArmsTransfer"]


# -- Entities from another registry ------------------------------------------------------


@pytest.mark.parametrize("entity, matches", [
    ({"label": "V. V. Putin", "wikidata": "Q7747"}, True),         # the same QID
    ({"label": "Vladimir V Putin"}, True),                         # a spelling variant (rapidfuzz 93)
    ({"label": "Vladimir Potanin"}, False),                        # another man (rapidfuzz 87)
    ({"label": "Vladimir V Putin", "wikidata": "Q1"}, False),      # a different QID, whatever the name
])
def test_entities_proposed_by_a_draft_are_matched_by_qid_or_name(tmp_path, entity, matches):
    proposed = {"id": "proposed-person", "type": "Person", **entity}
    draft = write_draft(tmp_path, [talks(participant=[entity["label"], "Min Aung Hlaing"])], [proposed])
    result = evaluation(draft, "--gold", SAMPLE_GOLD)
    assert (result["matches"] == [{"article": A000, "drafted": "drafted-talks", "curated": TALKS}]) is matches


def test_drafts_read_with_another_registry_match_by_names(tmp_path):
    """The whole sample corpus drafted against a registry whose ids all differ and
    that has no QIDs: every fact still matches, by labels and aliases."""
    y = _yaml()
    entries = y.load((CORPUS / "entities.yaml").read_text(encoding="utf-8"))
    for e in entries:
        e["id"] = "other-" + e["id"]
        e.pop("wikidata", None)
        if e.get("of"):
            e["of"] = "other-" + e["of"]
    registry = tmp_path / "other-entities.yaml"
    with registry.open("w", encoding="utf-8") as f:
        y.dump(entries, f)
    result = evaluation(SAMPLE_GOLD, "--gold", SAMPLE_GOLD, "--entities", registry)
    assert result["overall"]["precision"] == result["overall"]["recall"] == 1.0


# -- Pairing drafts with curated files, and bad input -------------------------------------


def test_a_draft_with_another_article_id_is_paired_by_its_text(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    shutil.copy(CORPUS / "articles" / f"{A000}.txt", drafts / "article.txt")
    draft = write_draft(drafts, [talks()], article={"id": "drafted-article", "file": "article.txt"})
    result = evaluation(draft, "--gold", SAMPLE_GOLD)
    assert result["matches"] == [{"article": A000, "drafted": "drafted-talks", "curated": TALKS}]
    [pair] = result["articles"]
    assert (pair["drafted"], pair["curated"]) == (str(draft), str(SAMPLE_GOLD / f"{A000}.yaml"))
    assert (pair["facts"]["drafted"], pair["facts"]["matched"]) == (1, 1)
    assert pair["facts"]["curated"] == result["overall"]["curated"] - sum(  # the other four are undrafted
        evaluation(SAMPLE_GOLD / Path(p).name, "--gold", p)["overall"]["curated"] for p in result["undrafted"])


def test_drafts_outside_a_corpus_are_read_with_the_curated_files_registry(tmp_path):
    # 'Pekka Haavisto' is in the development set's registry, not in the sample corpus's.
    ceremony = {"id": "handover", "fact": "drafted-handover", "type": "Ceremony",
                "participant": ["Pekka Haavisto", "Antony Blinken"], "date": "2023-04-04",
                "quote": "Finnish Foreign Minister Pekka Haavisto handed Finland's instrument of accession"}
    draft = dev_draft(tmp_path, "dev01_finland-joins-nato", [ceremony])
    result = evaluation(draft, "--gold", DEV_GOLD / "dev01_finland-joins-nato.yaml")
    assert result["matches"] == [{"article": "dev01_finland-joins-nato", "drafted": "drafted-handover",
                                  "curated": "ceremony-finland-accession-nato-2023-04-04"}]
    proc = kg_cli("eval", draft, "--gold", DEV_GOLD, "--entities", CORPUS / "entities.yaml", check=2)
    assert "unknown entity 'Pekka Haavisto'" in proc.stderr and str(draft) in proc.stderr


def test_curated_articles_with_no_draft_count_as_missed(tmp_path):
    result = evaluation(write_draft(tmp_path, [talks()]), "--gold", SAMPLE_GOLD)
    assert len(result["undrafted"]) == 4
    assert result["overall"]["curated"] == gold_fact_count(SAMPLE_GOLD)
    out = kg_cli("eval", tmp_path / "draft.yaml", "--gold", SAMPLE_GOLD, check=0).stdout
    assert "4 curated with no draft" in out and "no draft: " in out


def test_a_draft_with_no_curated_counterpart_is_an_error(tmp_path):
    proc = kg_cli("eval", DEV_GOLD / "dev01_finland-joins-nato.yaml", "--gold", SAMPLE_GOLD, check=2)
    assert "dev01_finland-joins-nato.yaml" in proc.stderr and "no curated claims file" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_drafts_given_as_curated_claims_are_named_as_swapped(tmp_path):
    # kg eval CURATED --gold DRAFT, an easy slip: one line naming the draft, not the
    # reader's complaints about its entities.
    out = tmp_path / "drafts"
    kg_cli("extract", CORPUS / "dev" / "articles" / "dev01_finland-joins-nato.txt", "--corpus", CORPUS / "dev",
           "-o", out, "-q", check=0)
    draft = out / "dev01_finland-joins-nato.yaml"
    proc = kg_cli("eval", DEV_GOLD / "dev01_finland-joins-nato.yaml", "--gold", draft, check=2)
    assert f"Error: {draft}: is a draft of kg-rules" in proc.stderr and "if the two were swapped" in proc.stderr
    assert "mark each claim 'review: reviewed'" in proc.stderr
    assert proc.stderr.count("Error") == 1 and proc.stdout == "" and "Traceback" not in proc.stderr
    assert kg_cli("eval", draft, "--gold", DEV_GOLD / "dev01_finland-joins-nato.yaml", check=0).stdout


def test_a_draft_whose_claims_are_all_reviewed_is_curated_claims(tmp_path):
    # CLAIMS.md: an analyst keeps the 'extractor:' line and marks each claim reviewed;
    # the file is then curated claims, while one drafted claim left makes it a draft.
    out = tmp_path / "drafts"
    kg_cli("extract", CORPUS / "dev" / "articles" / "dev01_finland-joins-nato.txt", "--corpus", CORPUS / "dev",
           "-o", out, "-q", check=0)
    draft = out / "dev01_finland-joins-nato.yaml"
    text = draft.read_text(encoding="utf-8")
    assert text.count("review: drafted") > 1
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / draft.name).write_text(text.replace("review: drafted", "review: reviewed", 1), encoding="utf-8")
    for name in ("dev01_finland-joins-nato.txt",):
        (gold / name).write_text((out / name).read_text(encoding="utf-8"), encoding="utf-8")
    registry = ("--gold-entities", CORPUS / "dev" / "entities.yaml")
    proc = kg_cli("eval", draft, "--gold", gold, *registry, check=2)
    assert "claim(s) not reviewed" in proc.stderr and "Traceback" not in proc.stderr
    (gold / draft.name).write_text(text.replace("review: drafted", "review: reviewed"), encoding="utf-8")
    out = kg_cli("eval", draft, "--gold", gold, *registry, check=0).stdout
    assert " 1.00 " in out.split("overall")[1].splitlines()[0]


def test_a_draft_the_reader_refuses_is_an_error_naming_file_and_claim(tmp_path):
    draft = write_draft(tmp_path, [talks(quote="words the article never printed")])
    proc = kg_cli("eval", draft, "--gold", SAMPLE_GOLD, check=2)
    assert str(draft) in proc.stderr and "claim 'talks'" in proc.stderr and "quote not found verbatim" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unreadable_input_is_an_error_naming_the_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("article: [unclosed\nclaims: []\n", encoding="utf-8")
    proc = kg_cli("eval", bad, "--gold", SAMPLE_GOLD, check=2)
    assert str(bad) in proc.stderr and "line" in proc.stderr and "Traceback" not in proc.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = kg_cli("eval", SAMPLE_GOLD, "--gold", empty, check=2)
    assert str(empty) in proc.stderr and "no claims files" in proc.stderr
    proc = kg_cli("eval", SAMPLE_GOLD, check=2)  # the curated side is required
    assert "--gold" in proc.stderr and "--corpus" in proc.stderr
    proc = kg_cli("eval", SAMPLE_GOLD, "--corpus", CORPUS / "articles", check=2)
    assert "no claims/ folder" in proc.stderr


def test_two_drafts_of_one_article_are_an_error(tmp_path):
    one = write_draft(tmp_path / "one", [talks()])
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    shutil.copy(CORPUS / "articles" / f"{A000}.txt", drafts / "article.txt")
    two = write_draft(drafts, [talks()], article={"id": "other-id", "file": "article.txt"})
    proc = kg_cli("eval", one, two, "--gold", SAMPLE_GOLD, check=2)
    assert str(two) in proc.stderr and "one draft per article" in proc.stderr


def test_json_output_shape():
    result = evaluation(SAMPLE_GOLD, "--gold", SAMPLE_GOLD)
    assert set(result) == {"overall", "kinds", "speaker", "modality", "date", "status", "articles", "undrafted",
                           "matches", "false", "missed", "duplicates", "disagreements"}
    tally = {"drafted", "curated", "matched", "found", "precision", "recall", "f1"}
    assert set(result["overall"]) == tally and all(set(t) == tally for t in result["kinds"].values())
    assert set(result["speaker"]) == {"correct", "wrong", "not_drafted", "total", "accuracy"} == set(result["status"])
    assert sum(t["curated"] for t in result["kinds"].values()) == result["overall"]["curated"]
    assert json.loads(kg_cli("eval", SAMPLE_GOLD, "--gold", SAMPLE_GOLD, "-F", "json", check=0).stdout) == result


# -- The targets of the drafting engine (issue 9 §7) ------------------------------------------

# The precision targets of issue 9 §7 hold and are asserted as they are. The recall
# targets are reached: the sample corpus's (0.75) with rule set 22a (docs/evaluation.md,
# 4 December 2026: 0.7532, 116 of 154; rule set 21 0.6558, 101), the development set's
# (0.6) with rule set 21 (0.6009, 563 of 937 on the 33 articles) and more with rule set
# 22b (0.6137, 575; rule sets 19 and 20 reached 0.5731, 537; rule set 18 and the polarity
# rule of kg eval 0.6494, 100, and 0.5507, 516; rule set 16 0.5443, 510; on the 35 articles
# of 4 December 2026, rule set 27 0.6070, 593 of 977, rule set 28 0.6217, 608 of 978; on the 37
# articles, rule set 28 0.6136, 640 of 1043; on the 41 articles, rule set 29 0.6158, 726 of 1179; on the
# 45 articles, with dev42-dev45 written before the rules were run on them, rule set 30 0.6057, 788 of 1301; on the
# 46 articles, with dev46 written the same way, rule set 31 0.6110, 812 of 1329; on the
# 48 articles, with dev47-dev48 written the same way, rule set 31 0.6041, 850 of 1407, rule
# set 32 0.6126, 862 of 1407; on the 50 articles, with dev49-dev50 written the same way, rule
# set 32 0.6051, 904 of 1494, rule set 33 0.6111, 913 of 1494; on the 54 articles, with dev53-dev54 written
# the same way, rule set 34 0.6077, 1007 of 1657, rule set 35 0.6138, 1017 of 1657, rule set 36 0.6150,
# 1019 of 1657):
# the recall asserted is the floor the engine has reached, a little below, so that no change
# makes it worse unnoticed. The development set's floor went from 0.60 to 0.59 when kg eval
# began to compare a position's office and the fact a characterisation labels (6 December
# 2026, rule set 44: 1022 of 1651 matched before, 987 after, 0.5978): the 38 drafts it no
# longer counts hold the wrong office (a chancellor as head of government) or label another
# fact than the curated one, so the lower figure is the true one.
SETS = {"sample": (CORPUS, 0.9, 0.75), "dev": (CORPUS / "dev", 0.8, 0.59)}
# Claims the gate of kg extract dropped (the reader or the shapes refused them), as a
# share of those drafted: none on either set today (a position is drafted only with the
# state or body it is held in); the margin is for shapes that grow stricter.
MAX_DROPPED_SHARE = 0.05


@pytest.fixture(scope="module")
def drafts(corpus_drafts) -> dict:
    """The real ``kg extract`` over the articles of the sample corpus and of the
    development set, each with its corpus's registry (tests/conftest.py, made once per
    session): set -> (drafts folder, process)."""
    return {name: corpus_drafts(corpus) for name, (corpus, _, _) in SETS.items()}


@pytest.mark.parametrize("name", SETS)
def test_no_draft_is_refused_and_few_claims_are_dropped(drafts, name):
    folder, proc = drafts[name]
    assert proc.returncode == 0, proc.stderr
    # No file is refused: every written draft passes the checks of an ingest (the reader,
    # each article's shapes, the quotes), writing nothing; the gate dropped what would not.
    files = sorted(folder.glob("*.yaml"))
    # (into no store: a user's ./kg-store of the quick start holds the sample's curated claims)
    checked = kg_cli("ingest", "--dry-run", *files, "--entities", SETS[name][0] / "entities.yaml",
                     "--store", folder / "no-store", check=0)
    claims = sum(len(_yaml().load(f.read_text(encoding="utf-8"))["claims"]) for f in files)
    assert f"Checked {len(files)} article(s): {claims} claims" in checked.stdout
    # Each claim the gate of kg extract (the reader, the shapes) dropped is a warning.
    summary = re.search(r"Drafted \d+ file\(s\) into .*: (\d+) claims, .* dropped \(see the warnings\): (\d+) claims",
                        proc.stdout + proc.stderr)
    assert summary, proc.stdout + proc.stderr
    kept, dropped = map(int, summary.groups())
    assert dropped <= proc.stderr.count("Warning:")
    assert dropped <= MAX_DROPPED_SHARE * (kept + dropped), proc.stderr


@pytest.mark.parametrize("name", SETS)
def test_every_draft_quotes_verbatim_and_is_marked_drafted(drafts, name):
    from kg.corpus import load_articles

    corpus = SETS[name][0]
    folder, proc = drafts[name]
    assert proc.returncode == 0, proc.stderr
    articles = load_articles(corpus / "articles.yaml")
    files = sorted(folder.glob("*.yaml"))
    assert [f.stem for f in files] == sorted(articles)
    quotes = 0
    for f in files:
        data = _yaml().load(f.read_text(encoding="utf-8"))
        text = (folder / data["article"]["file"]).read_text(encoding="utf-8")
        assert text == articles[f.stem].text
        for claim in data["claims"]:
            assert claim["review"] == "drafted"
            for quote in claim["quote"] if isinstance(claim["quote"], list) else [claim["quote"]]:
                assert quote in text, f"{f.name}: claim {claim['id']}: {quote!r}"
                quotes += 1
    assert quotes > 0


def test_drafts_of_two_corpora_are_scored_together(drafts):
    # Each draft is read with the registry of its article's curated file.
    both = evaluation(drafts["sample"][0], drafts["dev"][0], "--corpus", CORPUS, "--corpus", CORPUS / "dev")
    apart = [evaluation(drafts[name][0], "--gold", SETS[name][0] / "claims") for name in SETS]
    articles = sum(len(list((SETS[name][0] / "claims").glob("*.yaml"))) for name in SETS)
    assert articles == 59 and len(both["articles"]) == articles and both["undrafted"] == []
    for key in ("drafted", "curated", "matched"):
        assert both["overall"][key] == sum(a["overall"][key] for a in apart)


@pytest.mark.parametrize("name", SETS)
def test_drafts_reach_the_precision_and_recall_targets(drafts, name):
    corpus, precision, recall = SETS[name]
    result = evaluation(drafts[name][0], "--gold", corpus / "claims", "--entities", corpus / "entities.yaml")
    overall = result["overall"]
    figures = f"{name}: {overall}"
    assert overall["precision"] is not None and overall["precision"] >= precision, figures
    assert overall["recall"] >= recall, figures


# -- Properties of the matching, over every curated article ----------------------------------


@pytest.fixture(scope="module")
def curated_facts() -> list:
    """The facts of every curated file of the sample corpus and the development set,
    one list per article, read as kg eval reads them."""
    from kg.extract.evaluate import facts_of, read_side

    out = []
    for gold in (SAMPLE_GOLD, DEV_GOLD):
        side = read_side([gold], lambda _: gold.parent / "entities.yaml")
        out += [facts_of(cf, side.registries[cf.path]) for cf in side.files]
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_figures_follow_exactly_what_a_draft_leaves_out(curated_facts, data):
    """A draft made of some of an article's curated facts, in any order: every fact in
    it is matched (to itself), every fact left out is missed, nothing is false."""
    from kg.extract.evaluate import EntityMatcher, Evaluation, Matcher, compare
    from kg.ontology import vocabulary

    facts = data.draw(st.sampled_from(curated_facts))
    left_out = data.draw(st.sets(st.sampled_from(range(len(facts)))))
    drafted = data.draw(st.permutations([f for i, f in enumerate(facts) if i not in left_out]))
    result = Evaluation()
    compare(drafted, facts, Matcher(vocabulary(), EntityMatcher()), result)
    overall = result.overall
    assert (overall.drafted, overall.curated, overall.matched) == (len(drafted), len(facts), len(drafted))
    assert sorted(result.missed) == sorted((f.article, f.id, f.kind) for i, f in enumerate(facts) if i in left_out)
    assert result.false_facts == result.duplicates == []
    assert [(d, c) for _, d, c in result.matches if d != c] == []


SAHEL = ("URL: https://example.org/sahel\nPUBLISHED: 2025-04-08\n\n"
         "The Alliance of Sahel States condemned Algeria on Monday, its spokesman said.\n\n"
         "Malian Prime Minister Abdoulaye Maiga met Nigerien President Abdourahamane Tiani in Niamey on Tuesday.\n")
SAHEL_ENTITIES = """\
- {id: mali, type: State, label: Mali}
- {id: niger, type: State, label: Niger}
- {id: algeria, type: State, label: Algeria}
- {id: aes, type: Organisation, label: Alliance of Sahel States, aliases: [AES]}
- {id: abdoulaye-maiga, type: Person, label: Abdoulaye Maiga, aliases: [Maiga], of: mali}
- {id: abdourahamane-tiani, type: Person, label: Abdourahamane Tiani}
"""
SAHEL_CLAIMS = """\
article: sahel
claims:
  - id: condemned
    fact: criticism-aes-algeria-2025-04-07
    type: Criticism
    speaker: AES
    about: Algeria
    date: 2025-04-07
    modality: reported
    said_by: unnamed spokesman
    quote: "The Alliance of Sahel States condemned Algeria on Monday, its spokesman said"
  - id: met
    fact: meeting-maiga-tiani-2025-04-08
    type: Meeting
    participant: [Maiga, Abdourahamane Tiani]
    place: Niger
    date: 2025-04-08
    quote: "Malian Prime Minister Abdoulaye Maiga met Nigerien President Abdourahamane Tiani in Niamey on Tuesday"
"""


def test_a_draft_is_scored_against_a_registry_written_after_it(tmp_path):
    """The plain workflow: draft an article with the sample registry (it proposes
    Abdoulaye Maiga and the Alliance of Sahel States), then write its curated claims in a
    corpus of one's own whose registry declares them differently (an alias, a state, the
    id 'aes'). `kg eval` reads the draft's proposals as the registry's entities, by id or
    name, instead of refusing them as second declarations, and matches both facts."""
    (tmp_path / "sahel.txt").write_text(SAHEL, encoding="utf-8")
    kg_cli("extract", "-q", tmp_path / "sahel.txt", "-o", tmp_path / "drafts", check=0)
    drafted = (tmp_path / "drafts" / "sahel.yaml").read_text(encoding="utf-8")
    assert "{id: alliance-of-sahel-states, type: " in drafted and "{id: abdoulaye-maiga" in drafted
    gold = tmp_path / "gold"
    (gold / "claims").mkdir(parents=True)
    (gold / "articles").mkdir()
    body = (tmp_path / "drafts" / "sahel.body.txt").read_bytes()
    (gold / "articles" / "sahel.txt").write_bytes(body)
    (gold / "articles.yaml").write_text(
        f"- id: sahel\n  file: articles/sahel.txt\n  sha256: {hashlib.sha256(body).hexdigest()}\n"
        "  url: https://example.org/sahel\n  published: 2025-04-08\n", encoding="utf-8")
    (gold / "entities.yaml").write_text(SAHEL_ENTITIES, encoding="utf-8")
    (gold / "claims" / "sahel.yaml").write_text(SAHEL_CLAIMS, encoding="utf-8")
    result = json.loads(kg_cli("eval", tmp_path / "drafts", "--corpus", gold, "--json", check=0).stdout)
    assert result["kinds"]["Criticism"]["matched"] == result["kinds"]["Meeting"]["matched"] == 1
    assert result["overall"]["curated"] == 2


def test_drafts_made_with_the_sample_registry_are_scored_without_naming_it(tmp_path):
    """A new user drafts a development article with kg extract's default registry (the
    sample corpus's), whose draft names an entity the development registry lacks, then
    scores it against the development set: `kg eval` falls back on the registry kg
    extract drafts with, and scores it as `--entities corpus/entities.yaml` does."""
    # Outside a corpus, kg extract resolves names with the sample corpus's registry.
    article = tmp_path / "dev15_zedland-martial-law.txt"
    shutil.copy(ROOT / "corpus" / "dev" / "articles" / article.name, article)
    kg_cli("extract", "-q", article, "-o", tmp_path / "drafts", check=0)
    draft = (tmp_path / "drafts" / "dev15_zedland-martial-law.yaml").read_text(encoding="utf-8")
    assert "myanmar-opposition" in draft  # a sample-registry id the development registry does not have
    gold = ROOT / "corpus" / "dev" / "claims" / "dev15_zedland-martial-law.yaml"
    plain = json.loads(kg_cli("eval", tmp_path / "drafts", "--gold", gold, "--json", check=0).stdout)
    named = json.loads(kg_cli("eval", tmp_path / "drafts", "--gold", gold, "--entities",
                              ROOT / "corpus" / "entities.yaml", "--json", check=0).stdout)
    assert plain["overall"] == named["overall"] and plain["overall"]["matched"] > 0


def test_an_article_of_a_corpus_is_drafted_with_that_corpus_s_registry(tmp_path):
    """kg extract on an article inside a corpus (articles/ beside entities.yaml) resolves
    names with that corpus's registry, not the sample corpus's, with no option given."""
    article = ROOT / "corpus" / "dev" / "articles" / "dev15_zedland-martial-law.txt"
    kg_cli("extract", "-q", article, "-o", tmp_path / "drafts", check=0)
    draft = (tmp_path / "drafts" / article.with_suffix(".yaml").name).read_text(encoding="utf-8")
    assert "myanmar-opposition" not in draft
    named = tmp_path / "named"
    kg_cli("extract", "-q", article, "-o", named, "--entities", ROOT / "corpus" / "dev" / "entities.yaml", check=0)
    assert (named / article.with_suffix(".yaml").name).read_text(encoding="utf-8") == draft


def test_one_named_among_unnamed_actors_is_a_participant(tmp_path):
    # held16's release: 'releasedBy: [Russia, Belarus]', 'released: {actor: 16 unnamed
    # people, among: [Evan Gershkovich, ...]}': a draft saying Russia released
    # Gershkovich names two of its participants; one saying Russia released Krasikov
    # (released on the other side) invents one.
    article = "held16_ankara-prisoner-exchange"
    gold = CORPUS / "heldout" / "claims" / f"{article}.yaml"
    folder = tmp_path / "draft"
    folder.mkdir()
    shutil.copy(CORPUS / "heldout" / "articles" / f"{article}.txt", folder / "article.txt")
    freed = {"id": "freed", "fact": "drafted-release", "type": "Release", "releasedBy": "Russia",
             "quote": "Among them were the Wall Street Journal reporter Evan Gershkovich"}
    for released, matches in (("Evan Gershkovich", True), ("Vadim Krasikov", False)):
        draft = write_draft(folder, [dict(freed, released=released)], article={"id": article, "file": "article.txt"})
        result = evaluation(draft, "--gold", gold)
        assert ([m["curated"] for m in result["matches"]] == ["release-russia-belarus-ankara-2024-08-01"]) \
            is matches, released
