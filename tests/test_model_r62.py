"""What two new users' unseen articles (a cabinet reshuffle voted by a parliament, an
exodus across a border closed by an air strike, an opposition leader in exile) found
refused or wrongly warned about (ontology 2.53.0), each fixed for its kind: counts in
words ("a quarter of a million", "1.5 million", "a dozen", "about half a million") read
as counts, exact where the words are; two votes of one body on one day on different
things (``votedOn`` differs) no longer said to look like one; a ``Residence`` with its
place undisclosed ("lives in exile"); a ``BorderClosure`` named by what closed it
(``causedBy``) where no one ordered it; a reason stated as not given
(``reasonUndisclosed``); and messages that say what fits: a trip's destination, a
visit's destination (``hostState``), the corpus an unknown article was looked up in.

Each form is read back from an invented article written for it
(``tests/data/model-r62-reshuffle-exodus``), built once for the module by the real
``kg build`` and read through the canned queries or SPARQL; each has a look-alike that
must not be read the same way.
"""

from __future__ import annotations

import shutil

from casefiles import refused_with_the_incomplete, with_claims

from conftest import ROOT, built_corpus_printing, by_fact, kg_cli, query_rows, sparql_rows

import pytest

CASE = ROOT / "tests" / "data" / "model-r62-reshuffle-exodus"
ARTICLE = "000_cf2e1cedac0a9152"
CLAIMS = f"claims/{ARTICLE}.yaml"
QUOTE = 'quote: "Saric had submitted his resignation on Friday without giving a reason"'
RESIGNATION_VOTE = "vote-ostravian-parliament-saric-resignation-2031-10-06"
APPOINTMENT_VOTE = "vote-ostravian-parliament-toth-appointment-2031-10-06"
GKG = "PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#> "


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The case built by the real 'kg build': the store, and what the build printed."""
    return built_corpus_printing(tmp_path_factory, CASE)


@pytest.fixture(scope="module")
def case(built):
    return built[0]


#: Claims each refused while they are read, for its own reason: the words of its message.
WRONG = {
    "a reason negated rather than stated as not given":
        ("{id: x0, fact: resignation-x, type: Resignation, resigning: Ivo Saric, reason: {not: given}, " + QUOTE + "}",
         "reasonUndisclosed: true"),
    "a count in words that is no whole number":
        ("{id: x1, fact: attack-x, type: Attack, perpetrator: Zedland, killed: a third of a million, " + QUOTE + "}",
         "a number in words such as 'two million'"),
    "a count in words that gives no figure ('a few dozen' is not a dozen)":
        ("{id: x2, fact: attack-y, type: Attack, perpetrator: Zedland, displaced: a few dozen, " + QUOTE + "}",
         "expected a whole number"),
    "an organisation as a trip's destination":
        ("{id: x3, fact: travel-x, type: Travel, traveller: Maja Toth, destination: Northern Council, " + QUOTE + "}",
         "destination is where the trip went: the state, city or site of the body"),
    "an organisation as the place of a fact (the look-alike: the dateline hint stays)":
        ("{id: x4, fact: meeting-x, type: Meeting, participant: [Maja Toth, Ivo Saric], place: Northern Council, "
         + QUOTE + "}",
         "for where the body sits (a dateline 'NORTHERN COUNCIL')"),
    "a place in a series in words (a count key reads 'four'; an ordinal, the fourth, does not)":
        ("{id: x5, fact: vote-x, type: Vote, votingBody: Ostravian parliament, ordinal: four, " + QUOTE + "}",
         "ordinal: expected a whole number"),
}
#: Claims read whole but refused by the shapes: the words of the message naming the fact.
INCOMPLETE = {
    "a residence with neither place nor place undisclosed":
        ("{id: y0, fact: residence-x, type: Residence, resident: Dan Mirel, description: in exile, " + QUOTE + "}",
         "a residence needs its place (place: a city, region or state), or, where the source gives none"),
    "a closure with neither initiator nor cause":
        ("{id: y1, fact: borderclosure-x, type: BorderClosure, place: Ostravia, borderWith: Brelia, " + QUOTE + "}",
         "says what closed it (causedBy"),
    "another executive action with only a cause (only a closure may be closed by what happened)":
        ("{id: y2, fact: envoyrecall-x, type: EnvoyRecall, causedBy: attack-zedland-kelt-crossing-2031-10-04, "
         "recalled: {actor: 2 unnamed ambassadors, of: Ostravia}, "
         + QUOTE + "}",
         "fact 'envoyrecall-x' (EnvoyRecall): an executive action says who takes or orders it"),
    "a visit with a host but no destination":
        ("{id: y3, fact: visit-x, type: Visit, visitor: Maja Toth, host: Brelia, date: 2031-10-06, " + QUOTE + "}",
         "a visit needs where it went: hostState (the state visited"),
}


# -- 1. two votes of one body on one day on different things ---------------------------------------------------------

def test_two_votes_on_different_things_are_not_said_to_look_like_one(built):
    _, printed = built
    assert "look like one" not in printed, printed
    assert {RESIGNATION_VOTE, APPOINTMENT_VOTE} <= set(by_fact(query_rows(built[0], "votes", body="Ostravian parliament")))


def test_a_second_id_for_a_vote_on_the_same_thing_still_looks_like_one(tmp_path):
    # The look-alike: one vote on the resignation under a second id.
    path, _ = with_claims(CASE, CLAIMS, tmp_path, [
        "{id: again, fact: vote-parliament-saric-2031-10-06, type: Vote, votingBody: Ostravian parliament, "
        "votedOn: resignation-ivo-saric-2031-10, date: 2031-10-06, "
        'quote: "accepted the resignation of Foreign Minister Ivo Saric by 212 votes to 9"}'])
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", path, check=0)
    said = [line for line in proc.stderr.splitlines() if "look like one Vote" in line]
    assert len(said) == 1 and RESIGNATION_VOTE in said[0] and "vote-parliament-saric-2031-10-06" in said[0], proc.stderr
    assert APPOINTMENT_VOTE not in said[0]


# -- 2. counts in words -----------------------------------------------------------------------------------------------

def test_counts_in_words_are_read_exact_where_the_words_are(case):
    [row] = sparql_rows(case, GKG + """SELECT ?count ?approximate WHERE {
        ?f a gkg:Travel ; gkg:traveller ?who . ?who gkg:count ?count
        OPTIONAL { ?who gkg:approximate ?approximate } }""")
    assert (row["count"], row["approximate"]) == (250000, None), row
    toll = by_fact(query_rows(case, "casualties", party="Zedland"))["attack-zedland-ostravia-border-strikes-2031"]
    assert (toll["killed"], toll["displaced"]) == ("12", "1500000"), toll


def test_a_count_in_words_after_about_is_approximate(case):
    [row] = sparql_rows(case, GKG + """PREFIX schema: <https://schema.org/>
        SELECT ?of ?value ?approximate WHERE {
        ?f gkg:counts ?n . ?n gkg:quantityOf ?of ; gkg:quantityBounds ?b .
        ?b schema:value ?value ; gkg:approximate ?approximate }""")
    assert (row["of"], float(row["value"]), row["approximate"]) == ("displaced people in camps", 500000.0, True), row


# -- 3. a home undisclosed, a closure by what happened, a reason not given -------------------------------------------

def test_a_residence_in_exile_has_its_place_undisclosed(case):
    [row] = query_rows(case, "facts", type="Residence")
    assert row["participants"] == "Dan Mirel" and "place undisclosed: true" in row["details"], row
    assert "description: in exile" in row["details"]


def test_a_border_closure_names_what_closed_it(case):
    [row] = query_rows(case, "facts", type="BorderClosure")
    assert row["links"] == "caused by: attack-zedland-kelt-crossing-2031-10-04", row


def test_a_reason_not_given_is_stated_as_undisclosed(case):
    [row] = query_rows(case, "facts", type="Resignation")
    assert row["details"] == "reason undisclosed: true", row


def test_wrong_claims_are_refused_each_with_what_fits(tmp_path):
    refused_with_the_incomplete(CASE, CLAIMS, tmp_path, WRONG, INCOMPLETE)


# -- 4. the corpus an article id is looked up in ----------------------------------------------------------------------

def _outside_any_corpus(tmp_path, article: str):
    """A claims file in a folder of no corpus, naming ``article`` by id."""
    loose = tmp_path / "loose"
    loose.mkdir()
    path = loose / "claims.yaml"
    path.write_text(f"article: {article}\nclaims:\n  - {{id: exile, fact: residence-dan-mirel-undisclosed, "
                    "type: Residence, resident: Dan Mirel, placeUndisclosed: true, description: in exile, "
                    "quote: \"Dan Mirel, the opposition leader who lives in exile\"}\n", encoding="utf-8")
    return path


def test_a_claims_file_of_no_corpus_reads_the_corpus_of_the_folder_kg_runs_in(tmp_path):
    work = tmp_path / "work"
    shutil.copytree(CASE, work / "corpus")
    path = _outside_any_corpus(tmp_path, ARTICLE)
    kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", path, check=0, cwd=work)
    (tmp_path / "other").mkdir()
    unknown = _outside_any_corpus(tmp_path / "other", "000_0000000000000000")
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", unknown, check=2, cwd=work)
    assert f"is not in {(work / 'corpus' / 'articles.yaml').resolve()}, the corpus of the folder kg runs in" in proc.stderr
    assert "site-packages" not in proc.stderr and "the sample corpus's" not in proc.stderr, proc.stderr


def test_a_claims_file_of_no_corpus_run_where_there_is_none_names_the_sample(tmp_path):
    # The look-alike: no corpus where kg runs; the sample corpus is read, and said to be.
    (tmp_path / "empty").mkdir()
    path = _outside_any_corpus(tmp_path, ARTICLE)
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "none", path, check=2, cwd=tmp_path / "empty")
    assert f"the sample corpus's, read because there is no {(tmp_path / 'articles.yaml').resolve()}" in proc.stderr
    assert "the folder kg runs in holds no articles.yaml, nor its corpus/ folder" in proc.stderr, proc.stderr
