"""`kg vocabulary`: finding the kind of fact, key or value that says what a sentence says,
from the ontology's names, other names and definitions, through the real CLI."""

import json
import re

from conftest import kg_cli

from kg.lookup import find_term, guide_rows, guide_section, search, terms
from kg.ontology import vocabulary
from kg.resources import DEFAULT_CORPUS


def names(query):
    return [t.name for t in search(query)]


def test_an_everyday_word_finds_the_kind_that_has_it_as_another_name():
    # "coup" is an skos:altLabel of SeizureOfPower, "landlord" one of lessor.
    assert names("coup")[0] == "SeizureOfPower"
    assert names("landlord")[0] == "lessor"


def test_a_phrase_from_an_article_finds_its_key():
    assert "ledBy" in names("co-chaired by")[:3]
    assert names("superseded")[:2] == ["superseded", "supersededBy"]


def test_every_word_must_match_and_nothing_made_up_matches():
    assert search("zxqv") == []
    assert search("lease zxqv") == []


def test_the_terms_are_the_ontology_the_reader_checks_against():
    vocab = vocabulary()
    kinds = {t.name for t in terms() if t.role == "kind of fact"}
    keys = {t.name for t in terms() if t.role == "key"}
    assert kinds == set(vocab.fact_types)
    assert keys == set(vocab.keys)
    lease = find_term("lease")
    assert lease.role == "kind of fact" and set(lease.keys) >= {"lessor", "lessee", "leased"}
    assert "gkg:" not in lease.definition  # written as a claims file writes keys


def test_the_guide_is_pointed_at_an_example_in_a_code_block():
    guide = DEFAULT_CORPUS / "CLAIMS.md"
    line, section = guide_section(find_term("lessor"), guide)
    text = guide.read_text(encoding="utf-8").splitlines()
    assert "lessor:" in text[line - 1]
    fence = sum(1 for x in text[:line - 1] if x.startswith("```"))
    assert fence % 2 == 1, "the line is inside a fenced block"
    assert section and not section.startswith("Drafted")


def test_cli_shows_a_kind_whole_with_each_of_its_keys():
    r = kg_cli("vocabulary", "Lease", check=0)
    out = r.stdout
    assert out.startswith("Lease (kind of fact;")
    assert "    lessor: Who grants the lease" in out
    assert "In use: CLAIMS.md line" in out


def test_cli_search_json_and_no_match():
    r = kg_cli("vocabulary", "co-chaired", "-F", "json", check=0)
    found = json.loads(r.stdout)["terms"]
    assert found[0]["name"] == "ledBy" and found[0]["role"] == "key"
    assert found[0]["guide"]["line"] > 0
    r = kg_cli("vocabulary", "zxqv", check=1)
    assert "no kind of fact, key or value" in r.stderr and "'zxqv'" in r.stderr
    r = kg_cli("vocabulary", check=0)
    assert "kinds of fact" in r.stdout and "DebtRestructuring" in r.stdout


def test_the_guide_s_table_of_an_article_s_words_is_searched_too():
    guide = DEFAULT_CORPUS / "CLAIMS.md"
    rows = guide_rows("on behalf of", guide)
    assert rows and all("behalf" in r.says for r in rows)
    assert "signatory: {actor:" in rows[0].write + "".join(r.write for r in rows[1:])
    assert guide_rows("zxqv", guide) == []
    r = kg_cli("vocabulary", "on", "behalf", "of", check=0)
    assert "Where CLAIMS.md maps an article's words to a claim's:" in r.stdout
    assert "write signatory: {actor: Ana Kell, for: Brelia}" in r.stdout


def test_the_keys_of_a_claim_are_found_with_the_guide_s_meaning():
    # 'via', 'said_by', 'hedged' are read by the reader itself, not ontology keys.
    via = find_term("via")
    assert via.role == "key of a claim" and "outlet relaying it" in via.definition
    assert "`" not in via.definition
    assert {"said_by", "said_in", "grounds", "hedged", "modality"} <= {
        t.name for t in terms() if t.role == "key of a claim"}
    r = kg_cli("vocabulary", "via", check=0)
    assert r.stdout.startswith("via (key of a claim)")


def test_when_no_term_matches_every_word_those_matching_most_are_shown_and_said_so():
    assert search("lease zxqv") == []
    assert search("lease zxqv", every=False)[0].name == "Lease"
    r = kg_cli("vocabulary", "lease", "zxqv", check=0)
    assert r.stdout.startswith("No term matches every word of 'lease zxqv'; these match some of them:")
    assert "\nLease (kind of fact;" in r.stdout


def _first_lines(*words) -> list[str]:
    """The first lines 'kg vocabulary WORDS' prints (exit 0)."""
    return kg_cli("vocabulary", *words, check=0).stdout.splitlines()[:3]


def test_the_words_of_a_gas_transit_story_find_their_terms():
    # What a newcomer looked up writing the claims of an article on the end of Russian
    # gas transit through Ukraine: each finds its term, or the guide's row first.
    assert _first_lines("spokeswoman")[0].startswith("spokesperson (value")
    assert _first_lines("spokesman")[0].startswith("spokesperson (value")
    for words in (["described", "as"], ["labelled"]):
        assert _first_lines(*words)[0].startswith("Characterisation (kind of fact"), words
    assert _first_lines("pipline")[0].startswith("viaAsset (key")  # misspelt, as 'pipeline'
    for words, row in ((["historic"], "type: Characterisation"), (["stopped", "flowing"], "Supply with endDate"),
                       (["halted"], "Supply with endDate"), (["blackout"], "type: SituationChange"),
                       (["power", "cuts"], "type: SituationChange")):
        out = kg_cli("vocabulary", *words, check=0).stdout
        assert out.startswith("Where CLAIMS.md maps an article's words to a claim's:"), (words, out[:300])
        assert row in out.split("\n\n")[0].replace("\n    ", " "), (words, out[:400])


def test_a_position_value_s_other_name_is_read_as_the_value(tmp_path):
    # 'position: spokeswoman' is the value spokesperson, as kg vocabulary says.
    (tmp_path / "a.txt").write_text("A Commission spokeswoman, Anna Novak, said the impact would be limited.\n",
                                    encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        "article: {id: 900_sp, file: a.txt, url: null, publisher: null, published: 2025-01-02}\n"
        "entities:\n  - {id: ana-novak, type: Person, label: Anna Novak}\n"
        "  - {id: european-commission, type: InternationalOrganisation, label: European Commission, "
        "aliases: [Commission]}\nclaims:\n"
        "  - {id: p, fact: position-novak, type: PositionHeld, holder: Anna Novak, position: spokeswoman, "
        'positionOf: Commission, quote: "A Commission spokeswoman, Anna Novak"}\n', encoding="utf-8")
    store = tmp_path / "kg-store"
    kg_cli("ingest", "--store", store, tmp_path / "a.yaml", check=0)
    rows = json.loads(kg_cli("query", "--store", store, "--format", "json", "--sparql",
                             "SELECT ?p WHERE { ?f gkg:position ?p }", check=0).stdout)
    assert rows == [{"p": "https://w3id.org/geopolitics-kg/ontology#Spokesperson"}], rows


def test_a_word_in_another_inflection_or_only_in_the_corpora_s_values_is_found():
    # 'sanctioned' is 'sanction' in another inflection; 'fine' and 'fined' are in no name or
    # definition of the ontology, but the corpora's claims write actionType: fine ... on a
    # LegalAction, as kg extract drafts it.
    assert _first_lines("sanctioned")[0].startswith("Sanction (kind of fact")
    for word in ("fine", "fined", "fines"):
        out = kg_cli("vocabulary", word, check=0).stdout
        assert re.search(r"written as actionType: fine\b.* on LegalAction", out.replace("\n", " ")), (word, out)
    assert kg_cli("vocabulary", "zxqv", check=1).stderr.startswith("Error: no kind of fact, key or value")


def test_values_in_use_leave_the_held_out_set_out():
    """The values `kg vocabulary` suggests from the corpora's claims come from the sample
    and the development set, never from the held-out set's curated claims (the answers
    unseen drafting is scored against)."""
    from kg.lookup import DEFAULT_CORPUS, values_in_use

    used = values_in_use(DEFAULT_CORPUS)
    places = {t.detail.rsplit("(in ", 1)[1].split("/")[0] for t in used}
    assert "dev" in places and "claims" in places
    assert not any("heldout" in t.detail for t in used)


_KEY_IN_PARENS = re.compile(r"\((\w+)(?=[):,;]| [a-z])")
_CLASS_WORD = re.compile(r"\b[A-Z][A-Za-z]+\b")


def _kind_before(text: str, kinds: set[str], default: str | None) -> str | None:
    """The kind of fact a key written at the end of ``text`` is said of: the last one
    named (``type: Sale``, `` `LegalAction` ``, "a Characterisation") in its clause (after
    the last ';' or '.') at the key's depth of parentheses or above, else ``default``."""
    clause = re.split(r"; |\. ", text)[-1]
    depth, named = 0, [default]  # the kind in scope at each depth of parentheses
    for token in re.finditer(r"[()]|`type: ([A-Z]\w+)`|\b([A-Z][A-Za-z]+)\b", clause):
        if token.group() == "(":
            depth += 1
            named.append(named[-1])
        elif token.group() == ")":
            depth = max(depth - 1, 0)
            named.pop() if len(named) > 1 else None
        elif (token.group(1) or token.group(2)) in kinds:
            named[-1] = token.group(1) or token.group(2)
    return named[-1]


def test_every_key_the_docs_give_a_kind_is_one_the_reader_takes_on_it():
    """A key a kind's definition (what `kg vocabulary KIND` prints) or a row of
    CLAIMS.md's phrase tables writes for a kind of fact applies to it, by the same
    domain check the claims reader refuses a key with (Vocabulary.applies): 'the share
    sold in percent (share)' on a Sale is a key a Sale takes. A key said of another
    kind in the same sentence ('is a LegalAction (sentence: death)') is held to that kind."""
    vocab = vocabulary()
    kinds = set(vocab.fact_types)
    wrong = []
    for term in terms():
        if term.role != "kind of fact":
            continue
        assert set(term.keys) <= {k for k in vocab.keys if vocab.applies(vocab.keys[k], term.name)}, term.name
        for m in _KEY_IN_PARENS.finditer(term.definition):
            key = vocab.keys.get(m.group(1))
            kind = _kind_before(term.definition[:m.start()], kinds, term.name)
            if key is not None and kind and not vocab.applies(key, kind):
                wrong.append(f"kg vocabulary {term.name}: ({key.name}) on {kind}")
    for n, line in enumerate((DEFAULT_CORPUS / "CLAIMS.md").read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith("| "):
            continue
        for cell in line.split(" | ")[1:]:
            for m in re.finditer(r"`([a-z][A-Za-z]+):[^`]*`", cell):
                key = vocab.keys.get(m.group(1))
                kind = _kind_before(cell[:m.start()], kinds, None)
                if key is not None and kind and not vocab.applies(key, kind):
                    wrong.append(f"CLAIMS.md line {n}: {key.name} on {kind}")
    assert wrong == [], wrong


def test_a_sale_takes_the_share_kg_vocabulary_offers_for_it(tmp_path):
    out = kg_cli("vocabulary", "Sale", check=0).stdout
    assert "the share sold in percent (share)" in " ".join(out.split())
    (tmp_path / "sale.txt").write_text("COSCO will buy a 24.99% stake in the Tollerort terminal from HHLA.",
                                       encoding="utf-8")
    (tmp_path / "sale.yaml").write_text("""
article: {id: 902_sale, file: sale.txt, published: 2023-05-11}
entities:
  - {id: cosco, type: StateCompany, label: COSCO}
  - {id: hhla, type: StateCompany, label: HHLA}
  - {id: tollerort, type: Site, label: Tollerort terminal}
claims:
  - id: s
    fact: sale-tollerort
    type: Sale
    buyer: COSCO
    seller: HHLA
    sold: Tollerort terminal
    share: 24.99
    modality: planned
    quote: "COSCO will buy a 24.99% stake in the Tollerort terminal from HHLA"
""", encoding="utf-8")
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", tmp_path / "sale.yaml", check=0)
    assert "Checked 1 article(s): 1 claims" in proc.stdout


def test_the_classes_rule_set_40_reads_are_classes_of_the_ontology():
    """A class name the rules test an entity or a fact against that the ontology lacks
    ('Killing', 'MilitaryUnit', 'PoliticalParty') can never match: each name the new
    rule modules list is an entity or fact class of the ontology."""
    from kg.extract.facts import cases, mutinies, nearness, raids, transfers

    v = vocabulary()
    known = set(v.entity_types) | set(v.fact_types)
    listed = {"cases.INQUIRED_KINDS": cases.INQUIRED_KINDS, "cases.TARGET_TYPES": cases.TARGET_TYPES,
              "mutinies.ARMED_TYPES": mutinies.ARMED_TYPES, "mutinies.AGAINST_TYPES": mutinies.AGAINST_TYPES,
              "raids.RAIDER_TYPES": raids.RAIDER_TYPES, "raids.HOLDER_TYPES": raids.HOLDER_TYPES,
              "transfers.GRANTERS": transfers.GRANTERS, "transfers.TRADERS": transfers.TRADERS,
              "nearness.NEAR_LOCATED": nearness.NEAR_LOCATED, "nearness.NEAR_WHERE": nearness.NEAR_WHERE}
    unknown = {name: sorted(set(names) - known) for name, names in listed.items() if set(names) - known}
    assert not unknown, unknown
