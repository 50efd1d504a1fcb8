"""A new corpus's first drafts, through the real commands a new user runs (``kg init``,
``kg add-article`` for each article, ``kg extract`` of the corpus's articles into its
``claims/`` folder, one run for all in a module fixture), on small articles written for
these tests, each beside look-alikes that must not give the same:

- the states an article names anywhere are proposed from the gazetteer, with their
  Wikidata ids, though no claim names them; a state named only by its adjective is not;
- a body the parser finds is proposed with the class its use shows: a company named with
  a state's possessive and a chief executive, one named with "Corporation", "Bank",
  "Holdings", "Group" or "Fund" (a list the model tags in part; a fund that sells is an
  actor), never a city; a party whose name holds a state's adjective; a named pipeline is
  an asset; a city named as a place, "the West Bank" and a company before its pipeline
  are none of these;
- a byline's, a credit line's and a section trail's names, an office's portfolio
  ("Secretary of State for Fisheries"), a cleric's honorific, a treaty's name, an acronym
  the text never spells out and armed forces of no state propose nothing; a name before
  "MP" is a person's;
- a press release's date line alone on its line ("Lima, 12 March 2031") under its label
  and headline dates it and gives its dateline, for ``kg add-article`` and ``kg
  extract``; the same line under the report (a signature) does not; a plain text's
  headline is its title, a text that opens with its report has none;
- ``kg add-entities`` moves the checked proposals into the corpus's ``entities.yaml``
  (the claims files then ingest without them, and new drafts propose them no more), and
  refuses an id two files declare differently, writing nothing; ``kg extract`` and ``kg
  init`` say so;
- a claim naming a state the registry lacks is refused with the entry to declare.
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import kg_cli

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

ARTICLES = {
    "vote_list": ("URL: https://example.org/news/vote-list\nPublished: 2031-03-04\n\nAssembly backs fisheries text\n\n"
                  "Peruvian President Ana Ruiz met Argentine President Tor Ashby in Lima on Monday. Delegates from "
                  "Chile, Uruguay, Ecuador and Paraguay watched from the gallery as the debate went on. The Bolivian "
                  "delegation left early.\n"),
    "company_pair": ("URL: https://example.org/news/company-pair\nPublished: 2031-03-04\n\nCopper deal signed\n\n"
                     "Peru's Andesgas and the Chile National Copper Corporation (CNCC) signed a memorandum on Tuesday "
                     "to build a smelter near the border, Andesgas chief executive Tomas Vell said. The talks were "
                     "held in Valparaiso.\n"),
    "banks": ("URL: https://example.org/news/banks\nPublished: 2031-03-04\n\nFund drops four lenders\n\n"
              "The Andean Pension Fund said on Monday that it had sold its shares in Banco Andino, Bank Quillota, "
              "Cordillera Holdings and Pacific Trust Group. Peruvian President Lia Moro met Chilean President Pablo "
              "Serna in Lima on Monday. Settlers in the West Bank protested on the same day.\n"),
    "pipeline": ("URL: https://example.org/news/pipeline\nPublished: 2031-03-04\n\nPipeline agreed\n\n"
                 "Peru and Bolivia agreed on Monday to build the Altiplano Link gas pipeline, which would carry gas "
                 "to the coast. The Altiplano Link pipeline is due to open in 2035, and Andesgas chief executive "
                 "Tomas Vell said the Andesgas pipeline would follow.\n"),
    "people": ("Minister quits over contracts\n\nBy Mira Solberg, Harbourline Wire\n\n"
               "LIMA, March 3, 2031 - Lena Marsh MP has resigned as Secretary of State for Fisheries, the government "
               "said. The Special Envoy for Water Affairs, Karl Brandt, met Mawlawi Abdul Rahim Nasiri, the Afghan "
               "foreign minister, in Kabul on Monday.\n\n(Reporting by Tor Vikander; Editing by Ana Lundqvist)\n"),
    "party": ("URL: https://example.org/news/party\nPublished: 2031-03-04\n\nCoalition formed\n\n"
              "The Nova Chilean Party of Prime Minister Lia Moro then formed a coalition that left the Greens in "
              "opposition. Chilean President Rosa Lenz met Peruvian President Tomas Ibarra in Lima on Monday.\n"),
    "trail": ("World | Business\n\nFisheries pact signed in Lima\n\nChilean President Marta Sole met Peruvian "
              "President Dario Quint in Lima on Monday. They signed the Andean Fisheries Treaty at 10:00 GMT, and the "
              "Air Force flew over the port.\n"),
    "release": ("PRESS RELEASE - FOR IMMEDIATE USE\n\nMinistry of Fisheries, 4 Harbour Road\n\n"
                "New fisheries envoy appointed\n\nLima, 12 March 2031\n\nPeruvian President Rosa Vidal met Chilean "
                "President Hugo Brandt in Lima on Tuesday to discuss fishing rights.\n\n-ENDS-\n"),
    "signature": ("Peruvian President Nora Paz met Chilean President Ivan Sorel in Lima on Tuesday to discuss "
                  "fishing rights.\n\nOfficials said the talks would go on next month in Santiago.\n\n"
                  "Lima, 12 March 2031\n"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A corpus made by ``kg init``, each article added by ``kg add-article`` and all
    drafted into its ``claims/`` by one ``kg extract``: (folder, name -> its articles.yaml
    entry, name -> its draft (parsed), the extract run)."""
    root = tmp_path_factory.mktemp("ux26")
    kg_cli("init", root / "c", check=0)
    entries, ids = {}, {}
    for name, text in ARTICLES.items():
        path = root / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        kg_cli("add-article", path, "--corpus", root / "c", check=0)
        listed = yaml.safe_load((root / "c" / "articles.yaml").read_text(encoding="utf-8"))
        entries[name] = listed[-1]
        ids[name] = listed[-1]["id"]
    run = kg_cli("extract", root / "c" / "articles", "-o", root / "c" / "claims", "-j", "1", check=0)
    drafts = {name: yaml.safe_load((root / "c" / "claims" / f"{aid}.yaml").read_text(encoding="utf-8"))
              for name, aid in ids.items()}
    return root / "c", entries, drafts, run


def proposed(corpus, name) -> dict[str, dict]:
    """id -> the entry the draft of article ``name`` of the ``corpus`` fixture proposes."""
    return {e["id"]: e for e in corpus[2][name].get("entities") or ()}


# -- states and bodies the article names are proposed -----------------------------------------

def test_states_named_anywhere_are_proposed_with_their_wikidata_ids(corpus):
    ents = proposed(corpus, "vote_list")
    for state, qid in (("chile", "Q298"), ("uruguay", "Q77"), ("ecuador", "Q736"), ("paraguay", "Q733")):
        assert ents[state]["type"] == "State" and ents[state]["wikidata"] == qid, ents
    # named only by its adjective, in no claim: no state to propose for it
    assert "bolivia" not in ents


def test_a_company_is_proposed_as_a_body_never_a_city(corpus):
    ents, drafts = proposed(corpus, "company_pair"), corpus[2]
    assert ents["andesgas"]["type"] == "Organisation", ents
    assert ents["chile-national-copper-corporation"]["type"] == "Organisation"
    assert ents["chile-national-copper-corporation"]["of"] == "chile"
    # with both named as bodies, their signing is drafted as an agreement of the two
    parties = [c["party"] for c in drafts["company_pair"]["claims"] if c["type"] == "Agreement"]
    assert ["andesgas", "chile-national-copper-corporation"] in parties, drafts["company_pair"]["claims"]
    # a city named as the talks' place is no body
    assert ents.get("valparaiso", {}).get("type") in (None, "City")


def test_banks_a_fund_and_holdings_listed_are_proposed_as_bodies(corpus):
    ents = proposed(corpus, "banks")
    for body in ("banco-andino", "bank-quillota", "cordillera-holdings", "pacific-trust-group"):
        assert ents[body]["type"] == "Organisation", ents
    # the fund sells and speaks: an actor's class, not an asset
    assert ents["andean-pension-fund"]["type"] == "Organisation"
    # "the West Bank" is neither the West nor a bank
    assert "the-west" not in ents and ents.get("west-bank", {}).get("type") != "Organisation"


def test_a_party_named_with_a_states_adjective_is_proposed(corpus):
    ents = proposed(corpus, "party")
    assert ents["nova-chilean-party"]["type"] == "Organisation", ents


def test_a_named_pipeline_is_an_asset_and_a_company_before_its_pipeline_a_body(corpus):
    ents = proposed(corpus, "pipeline")
    assert ents["altiplano-link"]["type"] == "Asset", ents
    assert ents["andesgas"]["type"] == "Organisation"


def test_bylines_credits_and_offices_propose_no_one(corpus):
    ents = proposed(corpus, "people")
    assert ents["lena-marsh"]["type"] == "Person", ents
    assert ents["abdul-rahim-nasiri"]["label"] == "Abdul Rahim Nasiri"
    assert ents["afghanistan"]["type"] == "State"
    for nobody in ("mira-solberg", "harbourline-wire", "tor-vikander", "ana-lundqvist", "state-for-fisheries",
                   "water-affairs", "mawlawi-abdul-rahim-nasiri"):
        assert nobody not in ents, ents


def test_a_section_trail_a_treaty_and_an_unexplained_acronym_propose_nothing(corpus):
    _, entries, drafts, _ = corpus
    ents = proposed(corpus, "trail")
    assert ents["chile"]["type"] == "State" and ents["marta-sole"]["type"] == "Person", ents
    for nothing in ("world", "business", "world-business", "andean-fisheries-treaty", "gmt", "air-force"):
        assert nothing not in ents, ents
    assert entries["trail"]["title"] == "Fisheries pact signed in Lima"  # the section above it is no title


# -- a release's date line and a text's headline --------------------------------------------

def test_a_release_date_line_gives_its_date_dateline_and_title(corpus):
    _, entries, _, _ = corpus
    release = entries["release"]
    assert release["published"] == "2031-03-12" or str(release["published"]) == "2031-03-12", release
    assert release["dateline"] == "Lima" and release["title"] == "New fisheries envoy appointed"
    assert release["published_basis"] == "the day of the article's dateline"
    # the same line under the report is its signature: no date, no dateline, and no headline above it
    signature = entries["signature"]
    assert signature["published"] is None and "dateline" not in signature and "title" not in signature, signature


def test_a_plain_texts_headline_is_its_title(corpus):
    _, entries, _, _ = corpus
    assert entries["people"]["title"] == "Minister quits over contracts"
    assert entries["vote_list"]["title"] == "Assembly backs fisheries text"  # under its URL: and Date: header


def test_kg_extract_reads_a_release_date_line_outside_a_corpus(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(ARTICLES["release"], encoding="utf-8")
    kg_cli("extract", path, "-o", tmp_path / "out", "-j", "1", check=0)
    article = yaml.safe_load((tmp_path / "out" / "release.yaml").read_text(encoding="utf-8"))["article"]
    assert (str(article["published"]), article["dateline"], article["title"]) == \
        ("2031-03-12", "Lima", "New fisheries envoy appointed")


# -- from the drafts' proposals to the registry -----------------------------------------------

def test_extract_and_init_lead_to_add_entities(corpus, tmp_path):
    folder, _, _, run = corpus
    assert f"'kg add-entities {folder / 'claims'}' moves them into" in run.stderr, run.stderr
    started = kg_cli("init", tmp_path / "mine", check=0)
    assert "kg add-entities" in started.stdout and "kg extract" in started.stdout


def test_add_entities_moves_the_proposals_into_the_registry(corpus, tmp_path):
    folder = tmp_path / "c"
    shutil.copytree(corpus[0], folder)
    before = {p.name: p.read_text(encoding="utf-8") for p in (folder / "claims").glob("*.yaml")}
    moved = kg_cli("add-entities", folder / "claims", check=0)
    assert "Added" in moved.stdout and "chile" in moved.stdout, moved.stdout
    registry = {e["id"]: e for e in yaml.safe_load((folder / "entities.yaml").read_text(encoding="utf-8"))}
    assert registry["paraguay"] == {"id": "paraguay", "type": "State", "label": "Paraguay", "wikidata": "Q733"}
    assert registry["chile-national-copper-corporation"]["of"] == "chile"
    for name, text in before.items():
        after = yaml.safe_load((folder / "claims" / name).read_text(encoding="utf-8"))
        assert "entities" not in after and after["claims"] == yaml.safe_load(text)["claims"]
    kg_cli("ingest", "--dry-run", folder / "claims", check=0)
    again = kg_cli("add-entities", folder / "claims", check=0)
    assert "Nothing to move" in again.stdout
    # drafted again, the articles name entities of the registry: nothing left to propose
    kg_cli("extract", folder / "articles", "-o", tmp_path / "again", "-j", "1", check=0)
    for path in (tmp_path / "again").glob("*.yaml"):
        assert not yaml.safe_load(path.read_text(encoding="utf-8")).get("entities"), path.read_text(encoding="utf-8")


def test_add_entities_refuses_one_id_declared_two_ways_and_writes_nothing(corpus, tmp_path):
    folder = tmp_path / "c"
    shutil.copytree(corpus[0], folder)
    first, second = sorted((folder / "claims").glob("*.yaml"))[:2]
    text = second.read_text(encoding="utf-8")
    second.write_text(text.replace("entities:\n", "entities:\n  - {id: velmar, type: City, label: Velmar}\n", 1),
                      encoding="utf-8")
    first.write_text(first.read_text(encoding="utf-8").replace(
        "entities:\n", "entities:\n  - {id: velmar, type: Organisation, label: Velmar}\n", 1), encoding="utf-8")
    files = {p: p.read_text(encoding="utf-8") for p in [*(folder / "claims").glob("*.yaml"), folder / "entities.yaml"]}
    refused = kg_cli("add-entities", folder / "claims", check=2)
    assert "'velmar' is declared again with other values of type" in refused.stderr, refused.stderr
    assert {p: p.read_text(encoding="utf-8") for p in files} == files
    # files of no corpus, run outside any corpus: no registry of one's own to add to
    loose = tmp_path / "loose"
    loose.mkdir()
    shutil.copy(first, loose / first.name)
    away = kg_cli("add-entities", loose, cwd=tmp_path, check=2)
    assert "give --corpus DIR" in away.stderr, away.stderr


def one_article_corpus(folder, text: str, claim: str, registry: str | None = None):
    """A corpus made by ``kg init`` in ``folder / "c"`` (its ``entities.yaml`` then
    ``registry`` when given), with the article ``text`` added by ``kg add-article`` and a
    claims file holding the one ``claim`` (a flow mapping) about it: the file's path."""
    kg_cli("init", folder / "c", check=0)
    if registry is not None:
        (folder / "c" / "entities.yaml").write_text(registry, encoding="utf-8")
    path = folder / "story.txt"
    path.write_text(text, encoding="utf-8")
    added = kg_cli("add-article", path, "--corpus", folder / "c", "--published", "2031-03-04", check=0)
    aid = added.stdout.split("Added article ")[1].split(":")[0]
    claims = folder / "c" / "claims" / f"{aid}.yaml"
    claims.write_text(f"article: {aid}\nclaims:\n  - {claim}\n", encoding="utf-8")
    return claims


def test_an_unknown_state_is_refused_with_its_entry(tmp_path):
    claims = one_article_corpus(tmp_path, "Hungary and Velmar signed a fisheries treaty on Monday.\n",
                                "{id: treaty, fact: agreement-hungary-velmar, type: Agreement, party: [Hungary, Velmar], "
                                "quote: Hungary and Velmar signed a fisheries treaty}")
    refused = kg_cli("ingest", "--dry-run", claims, check=2)
    assert "Hungary is a state: its entry is - {id: hungary, type: State, label: Hungary, wikidata: Q28}" in \
        refused.stderr, refused.stderr
    # a name of no state of the gazetteer gets no such entry
    velmar = [line for line in refused.stderr.splitlines() if "'Velmar'" in line]
    assert velmar and "is a state" not in velmar[0], refused.stderr


def test_a_fund_that_acts_is_declared_as_claims_md_says(tmp_path):
    """CLAIMS.md's entry for a fund that sells (a state's fund: StateCompany of its state)
    takes a seller's role; the same fund declared an Asset is refused in that role."""
    from conftest import ROOT

    doc = (ROOT / "corpus" / "CLAIMS.md").read_text(encoding="utf-8")
    entry = next(line.strip() for line in doc.splitlines() if "id: brelia-state-fund" in line)
    claims = one_article_corpus(
        tmp_path, "Brelia's wealth fund said it had sold its holdings in Vesto Mining.\n",
        "{id: sold, fact: sale-brelia-state-fund-vesto, type: Sale, seller: Brelia State Fund, sold: Vesto Mining, "
        "quote: Brelia's wealth fund said it had sold its holdings in Vesto Mining}",
        "- {id: brelia, type: State, label: Brelia}\n- {id: vesto-mining, type: Organisation, label: Vesto Mining}\n"
        f"{entry}\n")
    kg_cli("ingest", "--dry-run", claims, check=0)
    registry = tmp_path / "c" / "entities.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("type: StateCompany", "type: Asset")
                        .replace(", of: brelia}", "}"), encoding="utf-8")
    refused = kg_cli("ingest", "--dry-run", claims, check=2)
    assert "is an Asset, but seller takes" in refused.stderr, refused.stderr
