"""A near copy of an article is not a second source: a copy differing by a space, a line
ending, a quotation mark or an edited word is refused by `kg add-article`, `kg ingest`
and `kg build`, naming the earlier article; `--separate-source` (or `separate_source:
true` in articles.yaml) takes a checked syndicated copy as a source of its own; stories
that share a quoted paragraph, or repeat another's first paragraph, are not near copies."""

from __future__ import annotations

import pytest
import yaml

from conftest import kg_cli, query_rows, store_quads

EARLIER = "003_6e90dc04cbb7a4a9"  # the sample's longest article (578 words)
QUOTE = "as he met Russian President Vladimir Putin in Moscow yesterday"


def _text(corpus) -> str:
    return (corpus / "articles" / f"{EARLIER}.txt").read_text(encoding="utf-8")


def _fact_of_quote(corpus) -> str:
    claims = yaml.safe_load((corpus / "claims" / f"{EARLIER}.yaml").read_text(encoding="utf-8"))["claims"]
    return next(c for c in claims if c.get("type") == "Meeting")["fact"]


#: The copies: each the earlier article's text changed as a re-published copy is.
VARIANTS = {
    "one space added": lambda t: t.replace(". ", ".  ", 1),
    "CRLF line endings": lambda t: t.replace("\n", "\r\n"),
    "straight quotes for curly ones": lambda t: t.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")),
    "a sentence edited": lambda t: t.replace("the pair met on the sidelines", "the two men met on the margins", 1),
}


def _snapshot(folder):
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _place(corpus, aid: str, text: str, *, separate: bool = False) -> None:
    """Put ``text`` in the corpus as article ``aid`` by hand (as an analyst copying a
    file in does), with a claims file quoting its meeting."""
    (corpus / "articles" / f"{aid}.txt").write_bytes(text.encode("utf-8"))
    with open(corpus / "articles.yaml", "a", encoding="utf-8") as f:
        f.write(f"\n- id: {aid}\n  file: articles/{aid}.txt\n" + ("  separate_source: true\n" if separate else ""))
    (corpus / "claims" / f"{aid}.yaml").write_text(
        f"article: {aid}\nclaims:\n  - id: visit\n    fact: {_fact_of_quote(corpus)}\n    type: Meeting\n"
        f"    participant: [Vladimir Putin, Min Aung Hlaing]\n    place: Moscow\n"
        f"    quote: \"{QUOTE}\"\n", encoding="utf-8")


@pytest.mark.parametrize("variant", VARIANTS)
def test_add_article_refuses_a_near_copy_naming_the_earlier_article(corpus_copy, tmp_path, variant):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(VARIANTS[variant](_text(corpus_copy)).encode("utf-8"))
    before = _snapshot(corpus_copy)
    proc = kg_cli("add-article", copy, "--corpus", corpus_copy, check=2)
    assert f"article '{EARLIER}'" in proc.stderr
    if variant == "a sentence edited":
        assert "is a near copy of article" in proc.stderr and "--separate-source" in proc.stderr
        shared = int(proc.stderr.split("is a near copy of article")[1].split(": ")[1].split("%")[0])
        assert 90 <= shared < 100
    else:
        assert "but for spacing, line endings, quotation marks or dashes" in proc.stderr
        assert "--separate-source" not in proc.stderr  # the same text is never a source of its own
    assert "Traceback" not in proc.stderr
    assert _snapshot(corpus_copy) == before


@pytest.mark.parametrize("variant", VARIANTS)
def test_ingest_refuses_a_near_copy_and_leaves_the_store_as_it_was(corpus_copy, store_copy, variant):
    _place(corpus_copy, "copy", VARIANTS[variant](_text(corpus_copy)))
    stats = kg_cli("stats", "--store", store_copy, check=0).stdout
    quads = store_quads(store_copy)  # every quad of every graph: RocksDB rewrites its manifest on any opening
    proc = kg_cli("ingest", "--store", store_copy, corpus_copy / "claims" / "copy.yaml", check=2)
    assert "the text of article 'copy' " in proc.stderr and f"article '{EARLIER}'" in proc.stderr
    assert "in the store" in proc.stderr
    assert kg_cli("stats", "--store", store_copy, check=0).stdout == stats
    assert store_quads(store_copy) == quads


def test_build_refuses_a_near_copy_in_the_corpus(corpus_copy, tmp_path):
    _place(corpus_copy, "copy", VARIANTS["a sentence edited"](_text(corpus_copy)))
    proc = kg_cli("build", "--corpus", corpus_copy, "--store", tmp_path / "store", check=2)
    assert "claims/copy.yaml: the text of article 'copy' is a near copy of article " \
           f"'{EARLIER}'" in proc.stderr
    assert "in this corpus" in proc.stderr and "separate_source: true" in proc.stderr


def test_a_checked_syndicated_copy_is_a_second_source_with_the_option(corpus_copy, store_copy, tmp_path):
    copy = tmp_path / "syndicated.txt"
    copy.write_bytes(VARIANTS["a sentence edited"](_text(corpus_copy)).encode("utf-8"))
    proc = kg_cli("add-article", copy, "--corpus", corpus_copy, "--id", "syndicated", "--separate-source", check=0)
    assert "Added article syndicated" in proc.stdout
    assert f"It is a near copy of article {EARLIER} (" in proc.stdout
    entry = yaml.safe_load((corpus_copy / "articles.yaml").read_text(encoding="utf-8"))[-1]
    assert entry["id"] == "syndicated" and entry["separate_source"] is True
    fact = _fact_of_quote(corpus_copy)
    (corpus_copy / "claims" / "syndicated.yaml").write_text(
        f"article: syndicated\nclaims:\n  - id: visit\n    fact: {fact}\n    type: Meeting\n"
        f"    participant: [Vladimir Putin, Min Aung Hlaing]\n    place: Moscow\n    quote: \"{QUOTE}\"\n",
        encoding="utf-8")
    before = {r["fact"]: r for r in query_rows(store_copy, "corroborated", min=1)}
    # The entry's flag is what the ingest reads: no option needed once it is recorded.
    kg_cli("ingest", "--store", store_copy, corpus_copy / "claims" / "syndicated.yaml", check=0)
    after = {r["fact"]: r for r in query_rows(store_copy, "corroborated", min=1)}
    assert int(after[fact]["sources"]) == int(before[fact]["sources"]) + 1
    assert "syndicated" in after[fact]["articles"].split(", ") and "syndicated" not in before[fact]["articles"]
    # A build of the corpus takes it too.
    kg_cli("build", "--corpus", corpus_copy, "--store", tmp_path / "built", check=0)


def test_the_option_does_not_let_the_same_text_in(corpus_copy, store_copy):
    _place(corpus_copy, "respaced", VARIANTS["one space added"](_text(corpus_copy)), separate=True)
    proc = kg_cli("ingest", "--store", store_copy, "--separate-source",
                  corpus_copy / "claims" / "respaced.yaml", check=2)
    assert f"is the text of article '{EARLIER}' but for spacing" in proc.stderr


def test_ingest_option_takes_a_near_copy_with_no_entry_flag(corpus_copy, store_copy):
    _place(corpus_copy, "copy", VARIANTS["a sentence edited"](_text(corpus_copy)))
    proc = kg_cli("ingest", "--store", store_copy, "--separate-source", corpus_copy / "claims" / "copy.yaml", check=0)
    assert "Ingested 1 article(s)" in proc.stdout


#: Two stories written for these tests around the earlier article's words.
OTHER_WIRE = (
    "Myanmar's military leader ended a two-day stay in Moscow on Wednesday with a visit to a tank factory "
    "outside the capital, his office said, after talks that Russian officials described as warm but short "
    "on announcements. No new arms deal was made public. Diplomats in Yangon said the trip was meant above "
    "all to show that the junta still has friends abroad while its troops lose ground at home. The general "
    "flew on to Minsk, where he is due to meet the Belarusian president on Thursday. Opposition groups in "
    "exile called the visit an insult to the thousands killed since the coup and urged Moscow to stop "
    "supplying aircraft. {quoted} Western governments have not commented on the visit. Analysts in Bangkok "
    "said the general needs Russian fuel and spare parts more than praise, and that Beijing, not Moscow, "
    "remains the partner that matters most to the junta's survival.\n")

FOLLOW_UP = (
    "{first}\nA day later, the two governments published a joint statement listing the areas where they "
    "mean to work together: energy, transport, education and the training of officers. A small nuclear "
    "reactor, first discussed two years ago, is again on the list, though no site or date has been chosen. "
    "Russian state media showed the general laying a wreath at the Tomb of the Unknown Soldier and touring "
    "a university where several hundred students from Myanmar study engineering. Exiled opposition leaders "
    "said the statement changed nothing for people living under air strikes, and called on neighbouring "
    "states to close their airspace to the junta's Russian-built jets. The general is expected back in "
    "Naypyidaw by the weekend, where the military has promised elections that its critics dismiss as a "
    "sham designed to keep it in power.\n")


def _quoted_paragraph(text: str) -> str:
    return next(p for p in text.split("\n") if "\u201cAnd of course" in p)


@pytest.mark.parametrize("story", ["another wire story quoting the same paragraph", "a follow-up repeating the first paragraph"])
def test_look_alikes_are_separate_articles(corpus_copy, store_copy, tmp_path, story):
    text = _text(corpus_copy)
    body = OTHER_WIRE.format(quoted=_quoted_paragraph(text)) if story.startswith("another") else \
        FOLLOW_UP.format(first=text.split("\n")[0])
    assert QUOTE in body or story.startswith("another")
    new = tmp_path / "story.txt"
    new.write_text(body, encoding="utf-8")
    # The option records nothing for a text that is no near copy.
    proc = kg_cli("add-article", new, "--corpus", corpus_copy, "--id", "other", "--separate-source", check=0)
    assert "Added article other" in proc.stdout and "near copy" not in proc.stdout
    assert "separate_source" not in yaml.safe_load((corpus_copy / "articles.yaml").read_text(encoding="utf-8"))[-1]
    quote = "I cannot but thank you for your very warm gift" if story.startswith("another") else QUOTE
    (corpus_copy / "claims" / "other.yaml").write_text(
        f"article: other\nclaims:\n  - id: visit\n    fact: {_fact_of_quote(corpus_copy)}\n    type: Meeting\n"
        f"    participant: [Vladimir Putin, Min Aung Hlaing]\n    place: Moscow\n    quote: \"{quote}\"\n",
        encoding="utf-8")
    proc = kg_cli("ingest", "--store", store_copy, corpus_copy / "claims" / "other.yaml", check=0)
    assert "Ingested 1 article(s)" in proc.stdout and "near copy" not in proc.stderr


def test_the_index_a_build_keeps_follows_the_store_through_a_retract(corpus_copy, tmp_path):
    """The build keeps its signatures beside the store; an ingest looks the new text up
    there, and an article retracted since is no longer one it copies."""
    store = tmp_path / "store"
    kg_cli("build", "--corpus", corpus_copy, "--store", store, "--no-validate", check=0)
    assert (tmp_path / ".store.near-copies.sqlite").is_file()
    _place(corpus_copy, "copy", VARIANTS["a sentence edited"](_text(corpus_copy)))
    claims = corpus_copy / "claims" / "copy.yaml"
    proc = kg_cli("ingest", "--store", store, claims, check=2)
    assert f"is a near copy of article '{EARLIER}'" in proc.stderr and "in the store" in proc.stderr
    kg_cli("retract", "--store", store, EARLIER, check=0)
    proc = kg_cli("ingest", "--store", store, claims, check=0)
    assert "Ingested 1 article(s)" in proc.stdout
