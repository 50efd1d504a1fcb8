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


#: SHA-256 of the five seed articles as handed over (shared/seeds/*.txt): the shipped
#: texts must be these bytes, whether or not the seed folder is beside the checkout.
SEED_SHA256 = {
    "000_0f2a5f001831298a.txt": "8a82845fc83e7c92360e7674bae058bbbde3473badbabc8de885c7a215dca3d3",
    "001_b1905f8d3f03f93f.txt": "481ffbac2ca1e44f239b1b28d95a43e5a0eb4a3dc69b2dede7fc49fb1e71beca",
    "002_79ba90339376d06f.txt": "0376ca99aa33a014263e50a84b0a528e73e27ae579914901a23f3a59c429789b",
    "003_6e90dc04cbb7a4a9.txt": "cc9187b106b3093318d4fe11a63262dae98560a50a07daef5b58a6d3df0f144e",
    "004_6755ae55a4596b3b.txt": "485e08d98d06b5d2337d75d1d8c90baa84397ca4dc516cc7d9bd409473574e4e",
}


def test_articles_are_the_seeds_byte_for_byte():
    shipped = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in ARTICLES.glob("*.txt")}
    assert shipped == SEED_SHA256
    if SEEDS.is_dir():  # beside a checkout that has them, the seeds themselves too
        assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.glob("*.txt")} == SEED_SHA256


def test_recorded_hashes_match_the_texts():
    import yaml

    for entry in yaml.safe_load((CORPUS / "articles.yaml").read_text()):
        data = (CORPUS / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]


def test_changed_text_is_refused(corpus_copy):
    path = corpus_copy / "articles" / "000_0f2a5f001831298a.txt"
    path.write_bytes(path.read_bytes().replace(b"Tuesday", b"Monday"))
    with pytest.raises(InputError, match="no longer matches the SHA-256") as refused:
        load_articles(corpus_copy / "articles.yaml")
    # The message gives the digest to record once the quotes are checked against the new text.
    assert f"sha256: {hashlib.sha256(path.read_bytes()).hexdigest()}" in str(refused.value)


def test_a_digest_of_digits_alone_is_refused_saying_to_quote_it(corpus_copy):
    # 64 zeros unquoted are a YAML integer: the message says why the digest was lost.
    meta = corpus_copy / "articles.yaml"
    digest = hashlib.sha256((corpus_copy / "articles" / "000_0f2a5f001831298a.txt").read_bytes()).hexdigest()
    meta.write_text(meta.read_text(encoding="utf-8").replace(digest, "0" * 64), encoding="utf-8")
    with pytest.raises(InputError, match=r"sha256: expected 64 hexadecimal digits, got 0 \(YAML read the digits "
                                         r"as a number: put the digest in quotes\)"):
        load_articles(meta)


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
