"""Rule set 48, part c: wrong drafts of kinds new users met, through the real ``kg
extract`` command on small articles written for these tests (one run for all, a
module-scoped fixture, with a corpus registry naming invented people), each beside
look-alikes that must still draft as before:

- "the Commission" is the body of that head noun the article named before, never a
  registry body the article never names (and still the European Commission where the
  article names the EU);
- a pronoun after a person brought in through a possessive ("Her aunt X ...") is the
  possessor, not the relative;
- an act dated only by a date that opens a later conjunct ("turned to China and, in
  March 2031, signed") takes no date; a statement told "then", "at the time" or after an
  undated event has no publication date in its id;
- a designation as a status no sanctions list holds ("as wrongfully detained") is no
  Sanction; one as a terrorist organisation is;
- every party the signers' words name is a party of the agreement they sign;
- a demonym inside a party's name is no state; a person chosen as a candidate is no
  organisation; a quote holds more than a lone noun;
- an official's words about their own state's stance (the registry or the article gives
  them that state) are the official's, spoken for the state; a welcome to come is no Praise.
"""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import drafted_in_corpus
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

#: The corpus registry of the run: invented people of named states.
ENTITIES = """\
- {id: chile, type: State, label: Chile}
- {id: peru, type: State, label: Peru}
- {id: russia, type: State, label: Russia}
- {id: china, type: State, label: China}
- {id: brazil, type: State, label: Brazil}
- {id: ivan-sorokin, type: Person, label: Ivan Sorokin, of: russia}
- {id: zhou-lin, type: Person, label: Zhou Lin, of: china}
"""

PUBLISHED = "2031-03-05"

ARTICLES = {
    # 1. a definite description of a body
    "commission_named": ("The Central Election Commission of Chile opened the count on Sunday. The Commission "
                         "declared 4,000 ballots invalid on Monday."),
    "commission_unnamed": "The Commission declared 4,000 ballots invalid on Monday, officials in Lima said.",
    "commission_eu": ("EU ministers met in Brussels on Monday. The Commission criticised China on Tuesday over "
                      "its steel exports."),
    # 2. a pronoun after a relative brought in by a possessive
    "aunt": ("Lina Varo, 39, is the daughter of former president Tor Varo. Her aunt Mara Varo was removed by the "
             "same court in 2014. She is the third Peruvian prime minister since 2008 to be removed from office."),
    "no_relative": ("Lina Varo met Mara Varo in Lima on Monday. Mara Varo was elected in 2014. She is the third "
                    "Peruvian prime minister since 2008 to be removed from office."),
    # 3. dates: a date opening a later conjunct; acts told at another time
    "conjuncts": ("Chile and Peru have ended their defence agreements with Spain, turned to China for loans and, "
                  "in March 2023, signed a treaty founding the Pacific Union."),
    "conjuncts_dated": "Chile ended its defence agreements with Spain in March 2023 and turned to China for loans.",
    "said_then": ("Chile and Peru announced the plan on 7 December 2030. Tor Ashby said then that the plan "
                  "would support the recovery of travel between the two countries."),
    "said_monday": ("Chile and Peru announced the plan last year. Tor Ashby said on Monday that the plan would "
                    "support the recovery of travel between the two countries."),
    "since_when": ("Relations between Chile and Peru have been strained since March 2029, when Chilean Prime "
                   "Minister Tor Ashby told parliament that Peru had backed the rebels."),
    "it_said": "Peru on Monday rejected the accusations. It said Peru respects the law of the sea.",
    "it_said_later": "Peru on Monday rejected the accusations.\n\nIt said Peru respects the law of the sea.",
    "at_the_time": ("Peru criticised Chile in June. Chile apologised at the time and said its tone towards Peru "
                    "had been a mistake."),
    # 4. a designation as a status, as a terrorist organisation
    "designated_detained": "Washington designated Tor Ashby as wrongfully detained in 2030.",
    "designated_terrorist": "Washington designated the Red Dawn Brigade as a foreign terrorist organisation on Monday.",
    # 5. parties named by the signers' words
    "signers": ("Representatives of the Government of Chile and the Government of the Republic of Peru today "
                "signed in Lima the Agreement on Mutual Visa Exemption for Holders of Ordinary Passports."),
    "one_signer": "Chile signed the Rome Statute on Monday.",
    # 6. a party's name with a demonym in it; a person chosen; a lone noun
    "party_name": "The governing Palang Peruvian party nominated Wichai Srisuk as its candidate for president on Tuesday.",
    "company": "Chilean mining company Vell Mining said on Monday it would cut output.",
    "lone_noun": ("Chile held a referendum on nuclear power on Sunday. Under the law on the national referendum, "
                  "a vote is valid when half of voters take part."),
    # 7. an official's words about their state's stance; a welcome to come
    "official": "Zhou Lin said China praised Brazil for its help.",
    "stateless_teller": "Tor Ashby said China praised Brazil for its help.",
    "foreign_official": "Ivan Sorokin said China praised Brazil for its help.",
    "state_itself": "China praised Brazil for its help on Monday.",
    "welcome": ("Zhou Lin, Director-General of the Department of Trade of the Ministry of Commerce, said China "
                "welcomed investors from all over the world to set up businesses in the country."),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> dict[str, dict]:
    """name -> the draft of each article (its ``claims`` and ``entities``; empty when no
    draft was written), in one ``kg extract`` run with the corpus registry :data:`ENTITIES`."""
    return drafted_in_corpus(tmp_path_factory.mktemp("r48c"), ARTICLES, ENTITIES, PUBLISHED)


def claims(run, name) -> list[dict]:
    return run[name]["claims"]


def _ids(value) -> list[str]:
    """The entity ids a role's value names: an id, a list of ids, {actor, for}."""
    values = value if isinstance(value, list) else [value]
    return [v["actor"] if isinstance(v, dict) else v for v in values]


# -- 1. "the Commission" -------------------------------------------------------------------------

def test_the_commission_is_the_commission_named_before(run):
    text = yaml.safe_dump(run["commission_named"])
    assert "european-commission" not in text
    [rejection] = [c for c in claims(run, "commission_named") if "4,000 ballots" in c["quote"]]
    assert rejection["speaker"] == "central-election-commission-of-chile", rejection


def test_the_commission_named_nowhere_is_no_registry_body(run):
    assert "european-commission" not in yaml.safe_dump(run["commission_unnamed"])


def test_the_commission_where_the_eu_is_named_is_the_european_commission(run):
    [criticism] = of(claims(run, "commission_eu"), "Criticism")
    assert (criticism["speaker"], criticism["about"]) == ("european-commission", "china"), criticism


# -- 2. a pronoun after a relative ---------------------------------------------------------------

def test_she_after_her_aunt_is_the_possessor(run):
    [post] = [c for c in of(claims(run, "aunt"), "PositionHeld") if c["quote"].startswith("She")]
    assert post["holder"] == "lina-varo", post


def test_she_after_a_person_named_alone_is_that_person(run):
    [post] = [c for c in of(claims(run, "no_relative"), "PositionHeld") if c["quote"].startswith("She")]
    assert post["holder"] == "mara-varo", post


# -- 3. dates ------------------------------------------------------------------------------------

def test_a_date_opening_a_later_conjunct_dates_no_earlier_one(run):
    supports = of(claims(run, "conjuncts"), "Support")
    assert supports, claims(run, "conjuncts")
    for support in supports:
        assert "date" not in support and not support["fact"].endswith("2023-03"), support
    ended = [c for c in of(claims(run, "conjuncts"), "Agreement") if "spain" in c["party"]]
    assert ended and all("date" not in c for c in ended), claims(run, "conjuncts")


def test_a_date_of_the_first_verb_still_dates_the_verb_joined_to_it(run):
    [support] = of(claims(run, "conjuncts_dated"), "Support")
    assert support.get("date") == "2023-03", support


@pytest.mark.parametrize("name, speaker", [("said_then", "tor-ashby"), ("at_the_time", "chile")])
def test_a_statement_told_at_another_time_has_no_publication_date(run, name, speaker):
    said = [c for c in claims(run, name) if c["type"] == "Statement" and c.get("speaker") == speaker]
    assert said, claims(run, name)
    for c in said:
        assert "date" not in c and PUBLISHED not in c["fact"], c


def test_a_statement_said_on_monday_is_dated_by_its_day(run):
    [said] = [c for c in claims(run, "said_monday") if c["type"] == "Statement"]
    assert said["fact"].endswith("2031-03-03"), said


def test_a_statement_in_a_clause_of_when_on_a_date_since_is_of_that_date(run):
    [said] = [c for c in claims(run, "since_when") if c["type"] == "Statement"]
    assert said.get("date") == "2029-03" and PUBLISHED not in said["fact"], said


def test_it_said_after_a_dated_sentence_of_the_same_body_is_that_day(run):
    [said] = [c for c in claims(run, "it_said") if c["type"] == "Statement"]
    assert said.get("date") == "2031-03-03", said


def test_it_said_in_the_next_paragraph_takes_no_date(run):
    said = [c for c in claims(run, "it_said_later") if c["type"] == "Statement"]
    assert said and all("date" not in c for c in said), claims(run, "it_said_later")


# -- 4. designations -----------------------------------------------------------------------------

def test_a_designation_as_wrongfully_detained_is_no_sanction(run):
    assert not of(claims(run, "designated_detained"), "Sanction"), claims(run, "designated_detained")


def test_a_designation_as_a_terrorist_organisation_is_a_sanction(run):
    [sanction] = of(claims(run, "designated_terrorist"), "Sanction")
    assert sanction["target"] == "red-dawn-brigade" and sanction["authority"] == "united-states", sanction


# -- 5. an agreement's parties --------------------------------------------------------------------

def test_every_party_the_signers_words_name_is_a_party(run):
    [agreement] = of(claims(run, "signers"), "Agreement")
    assert agreement["party"] == ["chile", "peru"], agreement


def test_one_signer_of_a_named_treaty_beside_its_unnamed_others(run):
    [agreement] = of(claims(run, "one_signer"), "Agreement")
    assert agreement["party"] == ["chile", "unnamed other parties"], agreement


# -- 6. names and quotes -------------------------------------------------------------------------

def test_a_demonym_inside_a_partys_name_is_no_state_and_a_candidate_no_organisation(run):
    draft = run["party_name"]
    assert not of(draft["claims"], "OrganisationCountry"), draft
    assert not [e for e in draft["entities"] if e.get("label") == "Wichai Srisuk" and e["type"] != "Person"], draft


def test_a_demonym_before_a_company_still_gives_its_country(run):
    [country] = of(claims(run, "company"), "OrganisationCountry")
    assert (country["organisation"], country["state"]) == ("vell-mining", "chile"), country


def test_no_quote_is_a_lone_noun(run):
    lone = [c for c in claims(run, "lone_noun") if len(c["quote"].split()) < 2]
    assert claims(run, "lone_noun") and not lone, claims(run, "lone_noun")


# -- 7. an official's words ----------------------------------------------------------------------

def test_an_officials_words_of_their_states_stance_are_the_officials(run):
    [praise] = of(claims(run, "official"), "Praise")
    assert praise["speaker"] == {"actor": "zhou-lin", "for": "china"} and praise["said_by"] == "zhou-lin", praise


@pytest.mark.parametrize("name, teller", [("foreign_official", "ivan-sorokin"), ("stateless_teller", "tor-ashby")])
def test_a_report_by_someone_of_another_or_no_known_state_leaves_the_state_its_speaker(run, name, teller):
    [praise] = of(claims(run, name), "Praise")
    assert praise["speaker"] == "china" and praise["said_by"] == teller, praise


def test_a_states_own_praise_is_the_states(run):
    [praise] = of(claims(run, "state_itself"), "Praise")
    assert (praise["speaker"], praise["about"]) == ("china", "brazil"), praise


def test_a_welcome_to_come_is_no_praise(run):
    assert not of(claims(run, "welcome"), "Praise"), claims(run, "welcome")
