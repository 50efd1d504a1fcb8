"""The limits of 'kg extract' said at once (one warning for the claims past the most a
draft may hold; the drafting limit beside the 4 MiB one), and a fact's dates shown the
same way in 'casualties', 'exercises' and 'timeline' as 'facts' shows them; each with a
look-alike that must not trigger. Invented articles, through the real CLI."""

from __future__ import annotations

from conftest import ROOT, by_fact, kg_cli, query_rows

HEADER = ROOT / "tests" / "data" / "extract" / "kremlin-talks-header.txt"


# -- 1. the claims past the most one draft may hold: one warning ---------------------------


def test_claims_past_the_cap_give_one_warning_that_counts_them_and_says_where_to_split(tmp_path, monkeypatch):
    import kg.claims
    import kg.extract.drafts

    full = kg_cli("extract", HEADER, "-o", tmp_path / "full", check=0)
    assert "dropped past the first" not in full.stderr, full.stderr  # look-alike: under the cap, no warning
    drafted = (tmp_path / "full" / f"{HEADER.stem}.yaml").read_text(encoding="utf-8").count("\n  - id: ")
    assert drafted > 3
    # The cap lowered (the reader's and the writer's, one constant) to what this article exceeds.
    monkeypatch.setattr(kg.claims, "MAX_CLAIMS", 3)
    monkeypatch.setattr(kg.extract.drafts, "MAX_CLAIMS", 3)
    capped = kg_cli("extract", HEADER, "-o", tmp_path / "capped", check=0)
    lines = [line for line in capped.stderr.splitlines() if "MAX_CLAIMS" in line]
    assert len(lines) == 1, capped.stderr
    assert f"{drafted - 3:,} claim(s) dropped past the first 3, the most one claims file may hold" in lines[0]
    assert "from claim '" in lines[0] and "split the article's text" in lines[0], lines[0]
    assert "the draft holds more than" not in capped.stderr  # no line per claim


# -- 2. the size limit that refuses a file, and only that one ---------------------------------


def test_a_file_over_4_mib_is_refused_by_the_drafting_limit_alone(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text("Date: 2025-05-22\n\n" + "The council met again on Thursday. " * 130_000, encoding="utf-8")
    assert huge.stat().st_size > 4 * 2**20
    proc = kg_cli("extract", huge, "-o", tmp_path / "out", check=2)
    assert f"{huge}: the file is {huge.stat().st_size:,} bytes, more than kg extract drafts from: at most " \
           "400,000 code points" in proc.stderr, proc.stderr
    assert "4,194,304" not in proc.stderr and "MiB" not in proc.stderr, proc.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_file_under_4_mib_gets_its_own_error_only(tmp_path):
    # Over the drafting limit, under 4 MiB: the code points, not the bytes.
    long = tmp_path / "long.txt"
    long.write_text("Date: 2025-05-22\n\n" + "The council met again on Thursday. " * 13_000, encoding="utf-8")
    proc = kg_cli("extract", long, "-o", tmp_path / "out", check=2)
    assert "the article's text is 455,000 code points, more than kg extract drafts from: at most 400,000" in proc.stderr
    assert "4 MiB" not in proc.stderr, proc.stderr
    # Another error of a small file: no limit added.
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Date: 2025-05-22\n\nThe caf\u00e9 closed.\n".encode("latin-1"))
    proc = kg_cli("extract", latin, "-o", tmp_path / "out", check=2)
    assert "not UTF-8" in proc.stderr and "drafts from at most" not in proc.stderr, proc.stderr


# -- 3. a fact's dates alike in every query --------------------------------------------------

ENTITIES = """entities:
  - {id: ostravia, type: State, label: Ostravia}
  - {id: velmaria, type: State, label: Velmaria}
"""

TEXT = ("Since early September 2025, Ostravian forces have struck more than a dozen fishing boats on the lake, "
        "killing at least 30 people. Ostravian drones struck a depot on 3 March 2025, killing 4 people. "
        "Ostravia has kept a brigade in Velmaria since 2017. A signals battalion of Ostravia was based in "
        "Velmaria from 2019 to 2022. Ostravia's new brigade in Velmaria is to reach full strength by 2027.\n")

CLAIMS = """claims:
  - {id: strikes, fact: attack-ostravia-boats, type: Attack, perpetrator: ostravia, target: unnamed fishing boats,
     startDate: early September 2025, killed: at least 30,
     quote: "Since early September 2025, Ostravian forces have struck more than a dozen fishing boats on the lake, killing at least 30 people"}
  - {id: depot, fact: attack-ostravia-depot, type: Attack, perpetrator: ostravia, target: unnamed depot, date: 2025-03-03,
     killed: 4, quote: "Ostravian drones struck a depot on 3 March 2025, killing 4 people"}
  - {id: kept, fact: deployment-ostravia-brigade, type: Deployment, initiator: ostravia, deployed: unnamed brigade,
     destination: velmaria, startDate: 2017, quote: "Ostravia has kept a brigade in Velmaria since 2017"}
  - {id: based, fact: deployment-ostravia-battalion, type: Deployment, initiator: ostravia, deployed: unnamed signals battalion,
     destination: velmaria, startDate: 2019, endDate: 2022,
     quote: "A signals battalion of Ostravia was based in Velmaria from 2019 to 2022"}
  - {id: full, fact: deployment-ostravia-new-brigade, type: Deployment, initiator: ostravia, deployed: unnamed new brigade,
     destination: velmaria, fullEffectDate: 2027,
     quote: "Ostravia's new brigade in Velmaria is to reach full strength by 2027"}
"""


def _store(tmp_path):
    (tmp_path / "lake.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "lake.yaml"
    path.write_text("article: {id: 919_lake, file: lake.txt, url: null, publisher: null, published: 2025-11-29}\n"
                    + ENTITIES + CLAIMS, encoding="utf-8")
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, path, check=0)
    return store


def test_a_start_known_by_its_words_is_shown_as_facts_shows_it_in_casualties_and_timeline(tmp_path):
    store = _store(tmp_path)
    shown = by_fact(query_rows(store, "facts", participant="Ostravia"))["attack-ostravia-boats"]["dates"]
    assert shown == "since 2025-09-01/2025-09-10 (early September 2025)", shown
    casualties = by_fact(query_rows(store, "casualties"))
    assert casualties["attack-ostravia-boats"]["date"] == shown
    assert casualties["attack-ostravia-depot"]["date"] == "2025-03-03"  # look-alike: a day stays a day
    timeline = by_fact(query_rows(store, "timeline", entity="Ostravia"))
    assert timeline["attack-ostravia-boats"]["date"] == shown
    assert timeline["attack-ostravia-depot"]["date"] == "2025-03-03"
    # In date order: the strikes since September after the depot struck in March.
    order = [r["fact"] for r in query_rows(store, "casualties")]
    assert order.index("attack-ostravia-depot") < order.index("attack-ostravia-boats"), order


def test_exercises_say_since_for_an_open_start_and_show_the_full_effect_date(tmp_path):
    store = _store(tmp_path)
    rows = by_fact(query_rows(store, "exercises", state="Ostravia"))
    assert rows["deployment-ostravia-brigade"]["dates"] == "since 2017"  # not "after 2017"
    assert rows["deployment-ostravia-battalion"]["dates"] == "2019/2022"  # look-alike: a closed interval
    assert rows["deployment-ostravia-new-brigade"]["dates"] == "full effect date: 2027"
    details = by_fact(query_rows(store, "facts", participant="Ostravia"))["deployment-ostravia-new-brigade"]["details"]
    assert "full effect date: 2027" in details, details
