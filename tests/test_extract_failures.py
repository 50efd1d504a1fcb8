"""A defect of a drafting rule met on one article is reported for that article, naming
it, and the run's other articles are still drafted (``kg extract``'s promise for bad
input, kept for its own defects too); and an amount read as a role value (``{value,
currency}``) is no participant where claims are compared."""

from __future__ import annotations

import pytest
import yaml

import kg.extract.engine as engine_module
from kg.entities import load_registry
from kg.extract.drafts import draft_files
from kg.extract.pipeline import model_path

from conftest import kg_cli
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

HEADER = "URL: https://example.org/news/{name}\nPublished: 2030-09-03\n\n"


def test_a_restructuring_with_an_amount_beside_an_agreement_in_principle_is_drafted(tmp_path):
    # The amount and the agreement in principle are told in one sentence: comparing the
    # two readings once took the amount's mapping for an actor and stopped the run.
    (tmp_path / "bonds.txt").write_text(
        HEADER.format(name="bonds") + "The Government of Ostravia announces that it has reached an agreement in "
        "principle with the Ad Hoc Committee of holders of its Eurobonds on the restructuring of about US$4.2 billion of "
        "international bonds.\n", encoding="utf-8")
    kg_cli("extract", tmp_path / "bonds.txt", "-o", tmp_path / "out", "-q")
    claims = yaml.safe_load((tmp_path / "out" / "bonds.yaml").read_text(encoding="utf-8"))["claims"]
    [debt] = of(claims, "DebtRestructuring")
    assert debt["value"] == "about USD 4.2 billion" and debt["status"] == "agreed in principle"


def test_a_rule_failing_on_one_article_loses_none_of_the_others(tmp_path, monkeypatch):
    for name, text in (("first", "Ostravia and Valdoria signed a trade agreement in Lima on Monday."),
                       ("broken", "Valdoria expelled two Ostravian diplomats on Monday."),
                       ("last", "Ostravia recalled its ambassador to Valdoria on Monday.")):
        (tmp_path / f"{name}.txt").write_text(HEADER.format(name=name) + text + "\n", encoding="utf-8")
    real = engine_module._draft

    def failing_on_one(doc, view, *rest):
        if "expelled" in view.text:
            raise KeyError("actor")  # a defect a rule might have: the article itself is fine
        return real(doc, view, *rest)

    monkeypatch.setattr(engine_module, "_draft", failing_on_one)
    paths = [tmp_path / f"{n}.txt" for n in ("first", "broken", "last")]
    run = draft_files(paths, tmp_path / "out", load_registry(), processes=1)
    assert sorted(w.path.name for w in run.written) == ["first.yaml", "last.yaml"]
    [error] = run.errors
    assert str(error.path) == str(tmp_path / "broken.txt")
    assert "drafting it failed inside the extractor (KeyError: 'actor')" in error.problem
    assert "the other articles are drafted" in error.problem
    assert not (tmp_path / "out" / "broken.yaml").exists()


def test_a_text_of_one_long_line_is_refused_for_its_length_at_once(tmp_path):
    # A million code points in one line with no full stop: reading the page furniture
    # once took minutes (a pattern that backtracked over the whole line) before the
    # length was checked; now the file is refused and the run's other article drafted.
    (tmp_path / "long.txt").write_text(HEADER.format(name="long") + "Word " * 210_000 + "\n", encoding="utf-8")
    (tmp_path / "shared.txt").write_text(
        HEADER.format(name="shared") + "Share | Tweet | Email\n\nFrance and Germany signed a trade agreement in Lima "
        "on Monday.\n", encoding="utf-8")
    done = kg_cli("extract", tmp_path / "long.txt", tmp_path / "shared.txt", "-o", tmp_path / "out", "-q")
    assert done.returncode != 0
    assert "long.txt: the article's text is 1,050,001 code points, more than kg extract drafts from" in done.stderr
    claims = yaml.safe_load((tmp_path / "out" / "shared.yaml").read_text(encoding="utf-8"))["claims"]
    assert of(claims, "Agreement"), claims
    assert not (tmp_path / "out" / "long.yaml").exists()


@pytest.mark.parametrize("line, furniture", [
    ("Share | Tweet | Email", True),
    ("Share | Tweet France and Germany signed a trade agreement in Lima on Monday.", False),  # a sentence after a bar
    ("Home | World | France and Germany sign a deal", True),  # no full stop: a headline among links
    ("France and Germany signed a deal on Monday.", False),  # seven words: too short to tell, and no bar
])
def test_a_line_is_page_furniture_unless_it_holds_a_sentence_of_eight_words(line, furniture):
    from kg.extract.text import furniture as furniture_spans
    text = f"{line}\n"
    assert bool(furniture_spans(text)) is furniture
