"""What two new users stumbled on, through the real CLI: kg eval's matching (the office
of a position, the fact a characterisation labels, an optimal assignment, a date beside
its derived bound, a speaker counted as said_by, a state and its own government), kg
eval given a glob after --gold, kg export into a folder not yet made, hints that lead
somewhere (kg vocabulary, "did you mean"), flow lists cut at a comma, and the messages
of kg stats and of a re-ingest. The articles and names are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import kg_cli

TEXT = (
    "Velmora freed 40 prisoners on Monday in a deal brokered by Castrenia, and the group crossed "
    "into Castrenia, Castrenian President Ana Kell said. Nine of those freed were foreign nationals. "
    "Lina Varo, the President of the Government of Velmora, called the storming of the Senate "
    "\"treasonous\". The Senate passed the budget law on Monday. The government of Velmora praised "
    "Castrenia for its help. Tor Ashby, freed in June after Ana Kell visited Velmora, said he would "
    "\"not forget\". Kell visited Velmora again in August with Ashby, and stayed in Dorn.\n"
)
ARTICLE = {"id": "velmora-prisoners", "file": "velmora-prisoners.body.txt", "published": "2025-09-15",
           "title": "Velmora frees 40 prisoners", "url": "https://news.example.org/velmora-prisoners"}
ENTITIES = [
    {"id": "velmora", "type": "State", "label": "Velmora"},
    {"id": "castrenia", "type": "State", "label": "Castrenia"},
    {"id": "kaldonia", "type": "State", "label": "Kaldonia"},
    {"id": "government-of-velmora", "type": "Government", "label": "Government of Velmora", "of": "velmora"},
    {"id": "government-of-kaldonia", "type": "Government", "label": "Kaldonian government", "of": "kaldonia"},
    {"id": "senate-of-velmora", "type": "Organisation", "label": "Senate of Velmora", "aliases": ["Senate"], "of": "velmora"},
    {"id": "ana-kell", "type": "Person", "label": "Ana Kell", "of": "castrenia"},
    {"id": "lina-varo", "type": "Person", "label": "Lina Varo", "of": "velmora"},
    {"id": "tor-ashby", "type": "Person", "label": "Tor Ashby", "of": "velmora"},
    {"id": "dorn", "type": "City", "label": "Dorn"},
]
STORMING = "the storming of the Senate"

# The analyst's claims: fact id -> its claims (without id and fact).
CURATED = {
    "release-velmora-40-prisoners": [dict(
        type="Release", releasedBy="Velmora", released="40 unnamed prisoners", releasedTo="Castrenia",
        modality="reported", said_by="Ana Kell",
        quote="Velmora freed 40 prisoners on Monday in a deal brokered by Castrenia, and the group crossed into Castrenia")],
    "release-velmora-foreign-nationals": [dict(
        type="Release", releasedBy="Velmora", released="9 unnamed foreign nationals",
        partOf="release-velmora-40-prisoners", quote="Nine of those freed were foreign nationals")],
    "position-lina-varo": [dict(
        type="PositionHeld", holder="Lina Varo", positionOf="Velmora", position="head of government",
        title="President of the Government", quote="Lina Varo, the President of the Government of Velmora")],
    "attack-senate-velmora": [dict(type="Attack", perpetrator="unnamed protesters", target="Senate of Velmora",
                                   quote=STORMING)],
    "characterisation-varo-storming": [dict(
        type="Characterisation", characterised="attack-senate-velmora", category="treasonous", modality="reported",
        said_by="Lina Varo", quote="called the storming of the Senate \"treasonous\"")],
    "legislation-velmora-budget": [dict(type="Legislation", adoptedBy="Senate of Velmora",
                                        quote="The Senate passed the budget law on Monday")],
    "praise-velmora-castrenia": [dict(type="Praise", speaker="Government of Velmora", about="Castrenia",
                                      quote="The government of Velmora praised Castrenia for its help")],
    "visit-kell-velmora-june": [dict(type="Visit", visitor="Ana Kell", hostState="Velmora", date="2025-06",
                                     quote="Ana Kell visited Velmora")],
    "visit-kell-velmora-august": [dict(type="Visit", visitor=["Ana Kell", "Tor Ashby"], hostState="Velmora",
                                       date="2025-08", quote="Kell visited Velmora again in August with Ashby")],
    "release-tor-ashby": [
        dict(type="Release", released="Tor Ashby", date={"after": "visit-kell-velmora-june"},
             quote="freed in June after Ana Kell visited Velmora"),
        dict(type="Release", released="Tor Ashby", date="2025-06", quote="freed in June")],
    "statement-tor-ashby": [dict(type="Statement", speaker="Tor Ashby", subject="he would not forget",
                                 quote="said he would \"not forget\"")],
}

# A draft as kg extract writes one, right but for what a test changes.
DRAFTED = {
    "release-velmora": dict(type="Release", releasedBy="Velmora", released="40 unnamed prisoners",
                            modality="reported", said_by="Ana Kell", quote="Velmora freed 40 prisoners on Monday"),
    "position-lina-varo-velmora": dict(type="PositionHeld", holder="Lina Varo", positionOf="Velmora",
                                       position="head of government", title="President of the Government",
                                       quote="the President of the Government of Velmora"),
    "attack-senate": dict(type="Attack", target="Senate of Velmora", quote=STORMING),
    "legislation-senate": dict(type="Legislation", adoptedBy="Senate of Velmora",
                               quote="The Senate passed the budget law"),
    "characterisation-storming": dict(type="Characterisation", characterised="attack-senate", category="treasonous",
                                      modality="reported", said_by="Lina Varo", quote="\"treasonous\""),
    "praise-velmora": dict(type="Praise", speaker="Velmora", about="Castrenia",
                           quote="The government of Velmora praised Castrenia"),
    # Two visits: this one, quoting the words of both, may match either curated visit; the
    # next, dated June, only the June one.
    "visit-ana-kell": dict(type="Visit", visitor="Ana Kell", hostState="Velmora",
                           quote="Ana Kell visited Velmora, said he would \"not forget\". Kell visited Velmora again"),
    "visit-kell-june": dict(type="Visit", visitor="Ana Kell", hostState="Velmora", date="2025-06",
                            quote="freed in June after Ana Kell visited Velmora"),
    "release-tor-ashby-2025-06": dict(type="Release", released="Tor Ashby", date="2025-06", quote="freed in June"),
    "statement-tor-ashby": dict(type="Statement", speaker="Tor Ashby", modality="reported", said_by="Tor Ashby",
                                subject="he would not forget", quote="said he would \"not forget\""),
}


def _dump(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=4096), encoding="utf-8")
    return path


def curated_file(folder: Path, facts: dict = CURATED) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ARTICLE["file"]).write_text(TEXT, encoding="utf-8")
    claims = [{"id": f"{fact}-{n}", "fact": fact, **c} for fact, cs in facts.items() for n, c in enumerate(cs)]
    return _dump(folder / "velmora-prisoners.yaml", {"article": ARTICLE, "entities": ENTITIES, "claims": claims})


def drafted_file(folder: Path, **changes) -> Path:
    """The draft, each fact of ``changes`` replaced by its claim (None: left out)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ARTICLE["file"]).write_text(TEXT, encoding="utf-8")
    facts = {**DRAFTED, **changes}
    claims = [{"id": f"claim-{n}", "review": "drafted", "fact": fact, **c}
              for n, (fact, c) in enumerate(facts.items()) if c is not None]
    return _dump(folder / "velmora-prisoners.yaml", {"extractor": {"name": "kg-rules", "version": "test"},
                                                     "article": ARTICLE, "entities": ENTITIES, "claims": claims})


def evaluate(tmp_path: Path, **changes) -> dict:
    gold = curated_file(tmp_path / "claims")
    draft = drafted_file(tmp_path / "drafts", **changes)
    return json.loads(kg_cli("eval", draft, "--gold", gold, "--json", check=0).stdout)


def matched(result: dict) -> dict[str, str]:
    return {m["drafted"]: m["curated"] for m in result["matches"]}


def false(result: dict) -> dict[str, str]:
    return {f["fact"]: f["reason"] for f in result["false"]}


# -- kg eval: what a match needs -----------------------------------------------------------


def test_the_right_draft_matches_every_fact_it_drafts(tmp_path):
    result = evaluate(tmp_path)
    assert result["false"] == [] and result["duplicates"] == [], result
    assert matched(result) == {
        "release-velmora": "release-velmora-40-prisoners",
        "position-lina-varo-velmora": "position-lina-varo",
        "attack-senate": "attack-senate-velmora",
        "legislation-senate": "legislation-velmora-budget",
        "characterisation-storming": "characterisation-varo-storming",
        "praise-velmora": "praise-velmora-castrenia",
        "visit-ana-kell": "visit-kell-velmora-august",
        "visit-kell-june": "visit-kell-velmora-june",
        "release-tor-ashby-2025-06": "release-tor-ashby",
        "statement-tor-ashby": "statement-tor-ashby",
    }
    assert {m["fact"] for m in result["missed"]} == {"release-velmora-foreign-nationals"}


def test_a_position_matches_only_the_same_office(tmp_path):
    head_of_state = {**DRAFTED["position-lina-varo-velmora"], "position": "head of state"}
    result = evaluate(tmp_path, **{"position-lina-varo-velmora": head_of_state})
    assert "position-lina-varo-velmora" not in matched(result)
    assert false(result)["position-lina-varo-velmora"] == "position HeadOfState, curated HeadOfGovernment"
    assert "position-lina-varo" in {m["fact"] for m in result["missed"]}


def test_a_characterisation_matches_only_one_labelling_the_same_fact(tmp_path):
    of_the_vote = {**DRAFTED["characterisation-storming"], "characterised": "legislation-senate"}
    result = evaluate(tmp_path, **{"characterisation-storming": of_the_vote})
    assert "characterisation-storming" not in matched(result)
    assert false(result)["characterisation-storming"] == \
        "characterisedFact legislation-senate, curated attack-senate-velmora"
    # Labelling an actor where the analyst labelled a fact is no match either.
    of_the_senate = {**DRAFTED["characterisation-storming"], "characterised": "Senate of Velmora"}
    assert "characterisation-storming" not in matched(evaluate(tmp_path, **{"characterisation-storming": of_the_senate}))


def test_the_assignment_pairs_as_many_facts_as_can_be_paired(tmp_path):
    # 'visit-ana-kell' fits the June visit best (all its words, all its participants), but
    # 'visit-kell-june' fits only that one: taken best first, the August visit was left
    # missed and the dated June visit counted as a repeat.
    result = evaluate(tmp_path)
    assert matched(result)["visit-ana-kell"] == "visit-kell-velmora-august"
    assert matched(result)["visit-kell-june"] == "visit-kell-velmora-june"
    # Without the dated June visit, the draft pairs with the visit it fits best.
    alone = evaluate(tmp_path, **{"visit-kell-june": None})
    assert matched(alone)["visit-ana-kell"] == "visit-kell-velmora-june"
    assert "visit-kell-velmora-august" in {m["fact"] for m in alone["missed"]}


def test_a_drafted_fact_pairs_with_the_fact_whose_words_it_quotes(tmp_path):
    # The curated release of the foreign nationals names only Velmora, all the drafted
    # release names: it finds a greater share of its participants than of the main
    # release's (Velmora, Castrenia), but the draft quotes the main release's words.
    result = evaluate(tmp_path)
    assert matched(result)["release-velmora"] == "release-velmora-40-prisoners"
    elsewhere = {**DRAFTED["release-velmora"], "quote": "Nine of those freed were foreign nationals"}
    assert matched(evaluate(tmp_path, **{"release-velmora": elsewhere}))["release-velmora"] == \
        "release-velmora-foreign-nationals"


def test_a_date_beside_its_derived_bound_is_the_date(tmp_path):
    # The curated release is dated June twice: 'date: 2025-06' and 'after the visit in
    # June', from which the reader derives dateEarliest 2025-06-01.
    # The release and the June visit are the drafted facts dated, both right.
    result = evaluate(tmp_path)
    assert (result["date"]["correct"], result["date"]["wrong"]) == (2, 0), result["date"]
    assert not [d for d in result["disagreements"] if d["on"] == "date"]
    # A year where the analyst wrote the month still matches, and is a wrong date.
    year = {**DRAFTED["release-tor-ashby-2025-06"], "date": "2025"}
    result = evaluate(tmp_path, **{"release-tor-ashby-2025-06": year})
    assert matched(result)["release-tor-ashby-2025-06"] == "release-tor-ashby"
    assert (result["date"]["correct"], result["date"]["wrong"]) == (1, 1), result["date"]


def speaker_disagreements(result: dict) -> list[dict]:
    return [d for d in result["disagreements"] if d["on"] == "speaker"]


def test_a_speaker_counts_as_said_by(tmp_path):
    # The curated statement and praise name their speaker with 'speaker' alone; the
    # draft writes it again as said_by (of the praise, the state for its government).
    result = evaluate(tmp_path)
    assert speaker_disagreements(result) == [], result["disagreements"]
    assert result["speaker"]["correct"] == result["speaker"]["total"] > 0
    other = {**DRAFTED["statement-tor-ashby"], "said_by": "Ana Kell"}
    result = evaluate(tmp_path, **{"statement-tor-ashby": other})
    assert [(d["drafted_value"], d["curated_value"]) for d in speaker_disagreements(result)] == [("ana-kell", "tor-ashby")]


def test_a_state_matches_its_own_government_only(tmp_path):
    result = evaluate(tmp_path)
    assert matched(result)["praise-velmora"] == "praise-velmora-castrenia"
    # Another state's government is no participant of the curated praise.
    kaldonia = {**DRAFTED["praise-velmora"], "speaker": "Kaldonian government"}
    result = evaluate(tmp_path, **{"praise-velmora": kaldonia})
    assert false(result)["praise-velmora"] == "participant(s) not in the curated fact: government-of-kaldonia"
    # Nor is a state its people's head of government.
    varo = {**DRAFTED["praise-velmora"], "speaker": "Lina Varo"}
    assert "praise-velmora" in false(evaluate(tmp_path, **{"praise-velmora": varo}))


# -- kg eval: the shell's glob after --gold -------------------------------------------------


def test_a_glob_after_gold_is_named_as_the_cause(tmp_path):
    gold = curated_file(tmp_path / "claims")
    second = _dump(tmp_path / "claims" / "other.yaml", yaml.safe_load(gold.read_text(encoding="utf-8")))
    draft = drafted_file(tmp_path / "drafts")
    # What 'kg eval drafts/*.yaml --gold claims/*.yaml' passes once the shell expands it.
    proc = kg_cli("eval", draft, "--gold", gold, second, check=2)
    assert f"{second} (given as drafted) is in the folder of the --gold file" in proc.stderr, proc.stderr
    assert "give the folder (--gold claims/) or repeat --gold before each file" in proc.stderr
    assert "also claimed by" not in proc.stderr
    second.unlink()
    # The folder, or --gold repeated, is what works; drafts in a folder of their own are no glob.
    assert kg_cli("eval", draft, "--gold", tmp_path / "claims", check=0).returncode == 0
    assert kg_cli("eval", draft, "--gold", gold, "--gold", gold, check=0).returncode == 0
    help_text = " ".join(kg_cli("eval", "--help", check=0).stdout.split())
    assert "a glob after --gold (--gold claims/*.yaml) gives it the first file only" in help_text, help_text


# -- kg export into a folder not yet made ----------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ux14")
    path = folder / "kg-store"
    kg_cli("ingest", "-q", "--store", path, curated_file(folder / "claims"), check=0)
    return path


def dump(store: Path) -> bytes:
    return kg_cli("export", "--store", store, "-F", "nquads", check=0).stdout.encode("utf-8")


@pytest.mark.parametrize("name", ["kg.ttl", "kg.nq.gz", "kg.jsonld"])
def test_export_makes_the_folder_of_its_file(store, tmp_path, name):
    before = dump(store)
    target = tmp_path / "new" / "deeper" / name
    proc = kg_cli("export", "--store", store, "-o", target, check=0)
    assert target.is_file() and target.stat().st_size > 1000, proc.stderr
    assert dump(store) == before


def test_export_names_the_file_in_the_way_of_its_folder(store, tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    proc = kg_cli("export", "--store", store, "-o", tmp_path / "taken" / "kg.ttl", check=2)
    assert f"{tmp_path / 'taken' / 'kg.ttl'}: cannot make the folder to write it in" in proc.stderr, proc.stderr


# -- Hints that lead somewhere --------------------------------------------------------------


def unknown_key(tmp_path: Path, key: str) -> str:
    facts = {"attack-senate-velmora": [dict(type="Attack", target="Senate of Velmora", quote=STORMING, **{key: "Velmora"})]}
    return kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", curated_file(tmp_path, facts), check=2).stderr


def test_an_unknown_key_s_hint_runs_a_search_that_answers(tmp_path):
    err = unknown_key(tmp_path, "aggressor")
    assert "unknown relation 'aggressor'" in err and "run: kg vocabulary aggressor" in err, err
    assert kg_cli("vocabulary", "aggressor", check=0).stdout.startswith("perpetrator (key")
    err = unknown_key(tmp_path, "zorblax")
    assert "unknown relation 'zorblax'" in err and "run: kg vocabulary" not in err, err
    assert "'kg vocabulary WORDS' finds a key by other words for it" in err
    kg_cli("vocabulary", "zorblax", check=1)


def test_a_kind_of_fact_lists_the_keys_of_every_fact_its_claims_write():
    out = kg_cli("vocabulary", "Invasion", check=0).stdout
    common = out[out.index("Keys of every fact that its claims write:"):]
    assert "perpetrator" in common and "target" in common, out
    assert "participant" not in common  # an invasion's claims name no 'participant'
    assert "Its own keys:" in out and "killed:" in out


def unknown_entity(tmp_path: Path, name: str) -> str:
    facts = {"praise-velmora-castrenia": [dict(type="Praise", speaker=name, about="Castrenia",
                                               quote="The government of Velmora praised Castrenia for its help")]}
    return kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", curated_file(tmp_path, facts), check=2).stderr


def test_only_close_names_are_suggested_for_an_unknown_entity(tmp_path):
    err = unknown_entity(tmp_path, "Republic of Zubrowka")
    assert "unknown entity 'Republic of Zubrowka'" in err and "did you mean" not in err, err
    err = unknown_entity(tmp_path, "Castrenai")
    # a name close to one the file itself declares is pointed to it, not told to declare it
    assert "unknown entity 'Castrenai'; this file declares 'Castrenia' (castrenia) under 'entities:'" in err, err
    err = unknown_entity(tmp_path, "Government of Velmorra")
    assert "this file declares 'Government of Velmora' (government-of-velmora)" in err, err


# -- A flow list cut at a comma ---------------------------------------------------------------


def sanction(tmp_path: Path, measure: str) -> str:
    gold = curated_file(tmp_path)
    text = gold.read_text(encoding="utf-8") + (
        "- {id: embargo, fact: sanction-velmora-castrenia, type: Sanction, authority: Velmora, target: Castrenia,\n"
        f"   measure: {measure}, quote: \"Velmora freed 40 prisoners\"}}\n")
    gold.write_text(text, encoding="utf-8")
    return kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", gold, check=0).stderr


def test_an_item_of_words_cut_at_a_comma_is_warned_of(tmp_path):
    err = sanction(tmp_path, "[ban on exports of arms, of dual-use goods and technology, ban on imports]")
    assert "measure: the item 'of dual-use goods and technology' looks cut at a comma" in err, err
    assert "quote an item that holds one" in err
    err = sanction(tmp_path, "[ban on exports to, Castrenia]")
    assert "the item 'ban on exports to' looks cut" in err, err
    # Quoted, or items that stand alone, are no warning.
    for fine in ('["ban on exports of arms, of dual-use goods and technology", ban on imports]',
                 "[ban on exports of arms, ban on imports of oil and gas]"):
        assert "looks cut" not in sanction(tmp_path, fine), fine


# -- kg stats, and what a re-ingest says --------------------------------------------------------


def test_stats_start_with_their_first_line(store):
    out = kg_cli("stats", "--store", store, check=0).stdout
    assert out.startswith("1 article, ") and "\n\nEntities by class" in out, out


def test_a_re_ingest_says_whether_its_claims_changed(tmp_path):
    store = tmp_path / "kg-store"
    gold = curated_file(tmp_path / "claims")
    kg_cli("ingest", "-q", "--store", store, gold, check=0)
    out = kg_cli("ingest", "--store", store, gold, check=0).stdout
    assert "already in the store: nothing changed: the same metadata, text and claims." in out, out
    gold.write_text(gold.read_text(encoding="utf-8").replace("category: treasonous", "category: a betrayal"),
                    encoding="utf-8")
    out = kg_cli("ingest", "--store", store, gold, check=0).stdout
    claims = sum(len(cs) for cs in CURATED.values())
    assert f"already in the store: claims changed ({claims} before and after)." in out, out
