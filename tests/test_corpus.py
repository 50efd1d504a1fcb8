"""The sample corpus ships unchanged, with its metadata, and the entity registry holds."""

import hashlib

import pytest

from kg.corpus import load_articles
from kg.entities import load_registry
from kg.errors import InputError

from conftest import ARTICLES, CORPUS, ROOT

SEEDS = ROOT.parent / "shared" / "seeds"


def test_five_articles_with_metadata():
    articles = load_articles(CORPUS / "articles.yaml")
    assert sorted(articles) == sorted(p.stem for p in ARTICLES.glob("*.txt"))
    assert len(articles) == 5
    for a in articles.values():
        assert a.published is not None and a.published_inferred
        assert a.published_basis
        assert a.url is None  # nobody knows them: stated explicitly
    assert articles["001_b1905f8d3f03f93f"].published.isoformat() == "2022-09-05"
    assert articles["002_79ba90339376d06f"].original_source == "news.az"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed folder shared/seeds is not beside this checkout")
def test_articles_are_the_seeds_byte_for_byte():
    for seed in SEEDS.glob("*.txt"):
        assert (ARTICLES / seed.name).read_bytes() == seed.read_bytes()


def test_recorded_hashes_match_the_texts():
    import yaml

    for entry in yaml.safe_load((CORPUS / "articles.yaml").read_text()):
        data = (CORPUS / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]


def test_changed_text_is_refused(corpus_copy):
    path = corpus_copy / "articles" / "000_0f2a5f001831298a.txt"
    path.write_bytes(path.read_bytes().replace(b"Tuesday", b"Monday"))
    with pytest.raises(InputError, match="no longer matches the SHA-256"):
        load_articles(corpus_copy / "articles.yaml")


def test_aliases_resolve_to_one_entity():
    reg = load_registry()
    for name in ["Min Aung Hlaing", "Senior Gen. Min Aung Hlaing", "Hlaing", "the General",
                 "Myanmar’s junta chief", "SENIOR GENERAL MIN AUNG HLAING"]:
        assert reg.resolve(name).id == "min-aung-hlaing", name
    assert reg.resolve("Russian President Vladimir Putin").id == "vladimir-putin"
    assert reg.resolve("Burma").id == "myanmar"
    assert reg.resolve("Moscow").type == "City"
    assert reg.resolve("nobody at all") is None


def test_a_name_cannot_belong_to_two_entities(tmp_path):
    reg = tmp_path / "entities.yaml"
    reg.write_text("- {id: a, type: Person, label: Ann, aliases: [Hlaing]}\n"
                   "- {id: b, type: Person, label: Bob, aliases: [hlaing]}\n")
    with pytest.raises(InputError, match="already belongs to entity 'a'"):
        load_registry(reg)
