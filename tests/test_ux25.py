"""A new user's findings of December 2026, through the real CLI: a warship's passage
through a strait recorded as a journey and found by its operator's state; talks known by
the day they ended shown with that day and their outcome; the reader's advice on a
mistyped id, on a fact id whose kind clashes with the store's, and on the registry read
outside a corpus. Each with a look-alike that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import kg_cli, query_rows

#: An invented report: a destroyer passing a strait, talks that ended without a deal, a
#: frigate deployed; both ships sailed by Ostravia's navy.
TEXT = ("URL: https://example.org/orlan\nDate: 2026-03-04\n\n"
        "The Ostravian navy destroyer NS Orlan sailed through the Strait of Brelia on Monday. "
        "Talks between Ostravia and Brelia in Vadu ended on Tuesday without an agreement. "
        "The frigate NS Tamar was deployed to the Gulf of Vadu. "
        "Brelia held talks with Kestria in Vadu on Monday.\n")

ENTITIES = """\
entities:
  - {id: ostravia, type: State, label: Ostravia}
  - {id: brelia, type: State, label: Brelia}
  - {id: kestria, type: State, label: Kestria}
  - {id: ostravian-navy, type: ArmedForces, label: Ostravian navy, of: ostravia}
  - {id: ns-orlan, type: Asset, label: NS Orlan}
  - {id: ns-tamar, type: Asset, label: NS Tamar}
  - {id: strait-of-brelia, type: Region, label: Strait of Brelia}
  - {id: gulf-of-vadu, type: Region, label: Gulf of Vadu}
  - {id: vadu, type: City, label: Vadu, of: brelia}
"""

CLAIMS = """\
article: orlan
""" + ENTITIES + """\
claims:
  - id: transit
    fact: travel-ns-orlan-strait-of-brelia-2026-03-02
    type: Travel
    traveller: ns-orlan
    route: [strait-of-brelia]
    date: 2026-03-02
    quote: NS Orlan sailed through the Strait of Brelia on Monday
  - id: protest
    fact: criticism-brelia-orlan-transit
    type: Criticism
    speaker: brelia
    about: travel-ns-orlan-strait-of-brelia-2026-03-02
    quote: NS Orlan sailed through the Strait of Brelia
  - id: orlan-navy
    fact: ownership-ns-orlan-ostravia
    type: Ownership
    owned: ns-orlan
    owner: ostravia
    operator: ostravian-navy
    quote: The Ostravian navy destroyer NS Orlan
  - id: talks
    fact: meeting-ostravia-brelia-vadu-2026-03-03
    type: Meeting
    participant: [ostravia, brelia]
    place: vadu
    endDate: 2026-03-03
    outcome: no agreement
    quote: Talks between Ostravia and Brelia in Vadu ended on Tuesday without an agreement
  - id: other-talks
    fact: meeting-brelia-kestria-vadu-2026-03-02
    type: Meeting
    participant: [brelia, kestria]
    place: vadu
    date: 2026-03-02
    quote: Brelia held talks with Kestria in Vadu on Monday
  - id: tamar
    fact: deployment-ns-tamar-gulf-of-vadu
    type: Deployment
    deployed: ns-tamar
    destination: gulf-of-vadu
    quote: The frigate NS Tamar was deployed to the Gulf of Vadu
  - id: tamar-navy
    fact: ownership-ns-tamar-ostravia
    type: Ownership
    owned: ns-tamar
    owner: ostravia
    operator: ostravian-navy
    quote: The frigate NS Tamar
"""


def _corpus(root: Path, claims: str = CLAIMS) -> Path:
    corpus = root / "c"
    kg_cli("init", corpus, check=0)
    story = root / "orlan.txt"
    story.write_text(TEXT, encoding="utf-8")
    kg_cli("add-article", story, "--corpus", corpus, "--id", "orlan", check=0)
    (corpus / "claims" / "orlan.yaml").write_text(claims, encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("ux25")
    corpus = _corpus(root)
    store = root / "store"
    kg_cli("build", "--corpus", corpus, "--store", store, check=0)
    return corpus, store


def test_a_passage_through_a_strait_is_a_journey_found_by_the_ships_state(built, tmp_path):
    _, store = built
    facts = lambda rows: {r["fact"] for r in rows}  # noqa: E731
    orlan = "travel-ns-orlan-strait-of-brelia-2026-03-02"
    [row] = [r for r in query_rows(store, "journeys", traveller="Ostravia")]
    assert row["fact"] == orlan and row["stops"] == "Strait of Brelia (passed)", row
    assert facts(query_rows(store, "journeys", place="Strait of Brelia")) == {orlan}
    # Brelia protests the passage; it neither sails nor operates the ship.
    assert facts(query_rows(store, "journeys", traveller="Brelia")) == set()
    assert facts(query_rows(store, "exercises", state="Ostravia")) == {"deployment-ns-tamar-gulf-of-vadu"}
    assert facts(query_rows(store, "exercises", state="Brelia")) == set()
    # Look-alike: a journey that names neither where it went nor what it passed is refused.
    corpus = _corpus(tmp_path, CLAIMS.replace("    route: [strait-of-brelia]\n", ""))
    err = kg_cli("ingest", "--dry-run", corpus / "claims", check=2).stderr
    assert ("a travel needs where it goes: an origin (or the vessel left, originAsset), a destination, where it "
            "was heading (boundFor), a stop or the places it passed (route)") in err, err


def test_talks_known_by_their_end_show_that_day_and_their_outcome(built):
    _, store = built
    rows = {r["fact"]: r for r in query_rows(store, "meetings", state="Brelia")}
    ended = rows["meeting-ostravia-brelia-vadu-2026-03-03"]
    assert (ended["date"], ended["outcome"]) == ("until 2026-03-03", "no agreement"), ended
    # Look-alike: talks with a day of their own and no outcome keep them as they are.
    dated = rows["meeting-brelia-kestria-vadu-2026-03-02"]
    assert dated["date"] == "2026-03-02" and not dated.get("outcome"), dated


def test_vocabulary_finds_a_passage_and_an_amnesty():
    for words in ("sailed through", "transit"):
        out = " ".join(kg_cli("vocabulary", words, check=0).stdout.split())
        assert '"sailed through the strait", "a transit of the strait"' in out, out
        assert "write type: Travel, traveller: <the ship>, route: [Taiwan Strait]" in out, out
    out = kg_cli("vocabulary", "amnesty", check=0).stdout
    assert "pardon" in out.splitlines()[0], out


def test_a_mistyped_id_is_offered_the_id_not_an_alias(tmp_path):
    corpus = _corpus(tmp_path, CLAIMS.replace("participant: [ostravia, brelia]", "participant: [ostravai, brelia]"))
    err = kg_cli("ingest", "--dry-run", corpus / "claims", check=2).stderr
    assert "participant: unknown entity 'ostravai'; did you mean ostravia? (this file declares" in err, err
    assert "aliases" not in err
    # Look-alike: a name as the text may write it is offered the alias.
    corpus = _corpus(tmp_path / "name", CLAIMS.replace("participant: [ostravia, brelia]", "participant: [Ostravya, brelia]"))
    err = kg_cli("ingest", "--dry-run", corpus / "claims", check=2).stderr
    assert "write the id of the one meant, or add 'Ostravya' to that entity's aliases if the text names it so" in err, err


def test_a_fact_id_of_another_kind_is_named_as_a_clash(built, tmp_path):
    corpus, store = built
    copy = tmp_path / "store"
    kg_cli("build", "--corpus", corpus, "--store", copy, check=0)
    # Another article claims the stored deployment as a journey: the clash is named.
    other = tmp_path / "other"
    other.mkdir()
    (other / "s.txt").write_text("The frigate NS Tamar sailed to the Gulf of Vadu.\n", encoding="utf-8")
    (other / "tamar.yaml").write_text(
        "article: {id: tamar-voyage, file: s.txt, published: 2026-03-05}\n" + ENTITIES + "claims:\n"
        "  - id: voyage\n    fact: deployment-ns-tamar-gulf-of-vadu\n    type: Travel\n    traveller: ns-tamar\n"
        "    destination: gulf-of-vadu\n    quote: NS Tamar sailed to the Gulf of Vadu\n", encoding="utf-8")
    err = kg_cli("ingest", "--dry-run", other / "tamar.yaml", "--store", copy, check=2).stderr
    assert ("the kinds of fact 'deployment-ns-tamar-gulf-of-vadu' clash: the store holds it as a Deployment "
            "(article orlan), this claim gives it type Travel") in err, err
    assert "a deployment says" not in err
    # Look-alike: the article itself restating its fact as another kind replaces its own
    # version, and a claim about that fact is checked against the new kind only.
    (corpus / "claims" / "orlan.yaml").write_text(
        CLAIMS.replace("    type: Travel\n    traveller: ns-orlan\n    route: [strait-of-brelia]\n",
                       "    type: Deployment\n    deployed: ns-orlan\n    destination: strait-of-brelia\n"),
        encoding="utf-8")
    kg_cli("ingest", corpus / "claims" / "orlan.yaml", "--store", copy, check=0)
    (corpus / "claims" / "orlan.yaml").write_text(CLAIMS, encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", corpus / "claims" / "orlan.yaml", "--store", copy, check=0)
    assert "Would replace the version of orlan" in proc.stdout, proc.stdout


def test_outside_a_corpus_the_message_names_the_registry_read(tmp_path):
    folder = tmp_path / "work"
    (folder / "corpus").mkdir(parents=True)
    (folder / "corpus" / "entities.yaml").write_text("- {id: ns-tamar, type: Asset, label: NS Tamar}\n",
                                                      encoding="utf-8")
    (folder / "s.txt").write_text("The frigate NS Tamar sailed to Brelia.\n", encoding="utf-8")
    (folder / "t.yaml").write_text(
        "article: {id: tamar-voyage, file: s.txt, published: 2026-03-05}\nclaims:\n"
        "  - id: voyage\n    fact: travel-ns-tamar\n    type: Travel\n    traveller: ns-tamar\n"
        "    destination: ns-tamar\n    quote: NS Tamar sailed\n", encoding="utf-8")
    err = kg_cli("ingest", "--dry-run", "t.yaml", "--store", tmp_path / "s", cwd=folder, check=2).stderr
    assert "the sample corpus's installed with kg" in err and "neither this folder nor ./corpus holds an articles.yaml" in err
    assert "corpus/entities.yaml was not read, since no articles.yaml lies beside it: give --entities corpus/entities.yaml" in err, err
    # Look-alike: with an articles.yaml beside it, that registry is the one read.
    (folder / "corpus" / "articles.yaml").write_text("[]\n", encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", "t.yaml", "--store", tmp_path / "s", cwd=folder, check=0)
    assert "Checked 1 article(s): 1 claims" in proc.stdout and "sample corpus" not in proc.stderr, proc.stderr
