"""What new users' reviewed claims found misread, each read back beside a look-alike:

1. ``loans``: a term only a speaker's prediction gives reads with that modality and
   speaker, "2026-12-14 (predicted, Oda Brenn)", where the loan itself is stated as fact
   (a loan only predicted shows its terms bare); a term the source withholds
   ("undisclosed: rate") is among its terms; ``figures_by`` names who gave a deadline;
2. ``indicators`` (and the browser's page of it): a figure given as an amount in percent
   with what it is a share of reads "percent of gross domestic product", not "percent";
3. ``conflicts``: perpetrators that resolve to one side (a group working for a state's
   bureau, the bureau's state, that state's denial) are no disagreement; a group of
   another state is;
4. ``kg add-entities``: a proposal the registry holds with more detail (more aliases) is
   dropped as already there, and said so; a real contradiction (another class) is still
   refused.

Read back from an invented article (``tests/data/query-qfix25-lessia-swap``), built by the
real ``kg build`` and read through the real CLI.
"""

from __future__ import annotations

import html
import re
import shutil

import yaml

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows

CASE = ROOT / "tests" / "data" / "query-qfix25-lessia-swap"
CLAIMS = CASE / "claims" / "000_qfix25_lessia_swap.yaml"
SWAP, TAVOR, HARROW = "loan-corvane-treasury-lessia-swap-line", "loan-tavor-development-bank-lessia", "loan-harrow-fund-lessia"
SHARE, INFLATION = "indicator-lessia-defence-spending-3-percent-gdp", "indicator-lessia-inflation-2026-10"
TAX, PORT = "cyber-corvane-lessian-tax-office-2026-09", "cyber-mirel-port-authority-intrusion"

case = built_once_per_module(CASE, build=built_corpus)


# -- 1. loans --------------------------------------------------------------------------------------------------------

def test_a_deadline_only_a_speaker_predicts_says_so_and_a_withheld_term_is_shown(case):
    rows = by_fact(query_rows(case, "loans"))
    swap = rows[SWAP]
    assert (swap["deadline"], swap["status"], swap["modality"]) == (
        "2026-12-14 (predicted, Oda Brenn)", "signed", "asserted, predicted")
    assert swap["terms"] == "undisclosed: rate"
    assert swap["figures_by"] == "Oda Brenn: deadline"
    # The sum the bank asserts names no one.
    assert swap["value"] == "up to 8000000000"
    # The look-alikes: a deadline the article asserts; a loan only the minister predicts,
    # whose deadline is as the whole row presents it.
    assert (rows[TAVOR]["deadline"], rows[TAVOR]["terms"], rows[TAVOR]["figures_by"]) == ("2028-06-30", None, None)
    assert (rows[HARROW]["deadline"], rows[HARROW]["modality"], rows[HARROW]["said_by"]) == ("2027-03", "predicted", "Oda Brenn")


# -- 2. indicators ---------------------------------------------------------------------------------------------------

def test_an_amount_in_percent_says_what_it_is_a_share_of(case):
    rows = by_fact(query_rows(case, "indicators", state="Lessia"))
    assert (rows[SHARE]["value"], rows[SHARE]["unit"], rows[SHARE]["date"]) == ("3", "percent of gross domestic product", "by 2028")
    # The look-alike: a rate in percent of nothing named.
    assert (rows[INFLATION]["value"], rows[INFLATION]["unit"]) == ("4.1", "percent")


def test_the_browsers_indicators_page_says_what_the_percentage_is_of(case):
    from kg.browse.pages import Site
    from kg.output import solutions
    from kg.store import GraphStore

    store = GraphStore.open(case, read_only=True)
    try:
        page = Site(lambda text: solutions(store.query(text, prefixes=False))).render(
            "query/indicators", {"state": "Lessia"})
    finally:
        store.close()
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    assert "percent of gross domestic product" in text


# -- 3. conflicts ----------------------------------------------------------------------------------------------------

def test_perpetrators_of_one_side_do_not_conflict_and_of_two_sides_do(case):
    rows = query_rows(case, "conflicts")
    tax = [(r["property"], r["value"]) for r in rows if r["fact"] == TAX]
    # The denial stays a disagreement on whether it happened; not on who did it.
    assert tax == [("modality", "alleged"), ("modality", "denied")]
    port = {r["value"]: r["said_by"] for r in rows if r["fact"] == PORT and r["property"] == "perpetrator"}
    assert port == {"Corvane": "Government of Lessia", "unnamed criminal gang (Tavor)": "Corvane state broadcaster"}


# -- 4. add-entities -------------------------------------------------------------------------------------------------

def proposing(tmp_path, *entries: str):
    """A copy of the case whose claims file proposes ``entries`` (flow mappings) under
    ``entities:``: the copy's folder and the texts of its registry and claims file."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CASE, corpus)
    claims = corpus / "claims" / CLAIMS.name
    text = claims.read_text(encoding="utf-8").replace(
        "groups:\n", "entities:\n" + "".join(f"  - {e}\n" for e in entries) + "groups:\n", 1)
    claims.write_text(text, encoding="utf-8")
    return corpus, (corpus / "entities.yaml").read_text(encoding="utf-8"), text


def test_add_entities_drops_a_proposal_the_registry_holds_with_more_detail(tmp_path):
    corpus, registry, _ = proposing(
        tmp_path, "{id: oda-brenn, type: Person, label: Oda Brenn}",
        "{id: tilde-varga, type: Person, label: Tilde Varga, aliases: [Varga], of: lessia}",
        "{id: lessian-customs, type: Organisation, label: Lessian customs service, of: lessia}")
    moved = kg_cli("add-entities", corpus / "claims", check=0)
    assert "Added 1 entity" in moved.stdout and "(lessian-customs)" in moved.stdout, moved.stdout
    assert "2 already there, oda-brenn with more detail than proposed (kept as the registry has it)" in moved.stdout, moved.stdout
    after = yaml.safe_load((corpus / "entities.yaml").read_text(encoding="utf-8"))
    ids = [e["id"] for e in after]
    assert ids.count("oda-brenn") == 1 and ids[-1] == "lessian-customs"
    assert next(e for e in after if e["id"] == "oda-brenn")["aliases"] == ["Brenn"]
    assert (corpus / "entities.yaml").read_text(encoding="utf-8").startswith(registry)
    assert "entities" not in yaml.safe_load((corpus / "claims" / CLAIMS.name).read_text(encoding="utf-8"))


def test_add_entities_still_refuses_a_proposal_that_contradicts_the_registry(tmp_path):
    corpus, registry, text = proposing(
        tmp_path, "{id: oda-brenn, type: Person, label: Oda Brenn}",
        "{id: bureau-of-state-security, type: Government, label: Bureau of State Security}",
        "{id: tilde-varga, type: Person, label: Tilde Varga, of: corvane}")
    refused = kg_cli("add-entities", corpus / "claims", check=2)
    assert "'bureau-of-state-security' is declared again with other values of type" in refused.stderr, refused.stderr
    assert "'tilde-varga' is declared again with other values of aliases, of" in refused.stderr, refused.stderr
    assert "oda-brenn" not in refused.stderr
    assert (corpus / "entities.yaml").read_text(encoding="utf-8") == registry
    assert (corpus / "claims" / CLAIMS.name).read_text(encoding="utf-8") == text
