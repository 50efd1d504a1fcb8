"""Data model 2 on two articles newcomers wrote as claims with corpus/CLAIMS.md only (see
the READMEs of tests/data/model-v2-snapback and tests/data/model-v2-coup): draft
resolutions with sponsors and members' votes, an offer to postpone that leaves the
real sanction's status alone, a measure lasting until a condition, delay ranges and
deadlines, recalls of envoys, a refusal to resign, a denied characterisation, a
mediation, a group with members, a stage dated after another fact. Each is built by
the real ``kg build`` and read back through the canned queries.
"""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, built_once, by_fact, kg_cli, query_rows, sparql_rows
from kg.periods import parse_duration, parse_duration_bounds

SNAPBACK = ROOT / "tests" / "data" / "model-v2-snapback"
COUP = ROOT / "tests" / "data" / "model-v2-coup"
SNAP = "sanction-un-iran-snapback-2025"
RC_VOTE = "vote-unsc-russia-china-draft-iran-2025-09-26"
RAJOELINA = "position-andry-rajoelina-president-madagascar"


@pytest.fixture(scope="module")
def snapback(tmp_path_factory):
    return built_once(tmp_path_factory, SNAPBACK)


@pytest.fixture(scope="module")
def coup(tmp_path_factory):
    return built_once(tmp_path_factory, COUP)


def values(store, fact: str, key: str) -> set:
    """The values the graph holds for one key of one fact (labels for nodes)."""
    rows = sparql_rows(store, f"""SELECT DISTINCT ?v WHERE {{ fact:{fact} gkg:{key} ?o .
                                  OPTIONAL {{ ?o rdfs:label ?l }} BIND(COALESCE(STR(?l), STR(?o)) AS ?v) }}""")
    return {r["v"] for r in rows}


@pytest.mark.parametrize("corpus", [SNAPBACK, COUP], ids=["snapback", "coup"])
def test_both_articles_validate_with_shacl_and_hermit(corpus, snapback, coup):
    out = kg_cli("validate", "--store", snapback if corpus == SNAPBACK else coup, check=0).stdout
    assert "conforms" in out and "HermiT" in out


# -- Draft resolutions and members' votes ----------------------------------------------

def test_votes_shows_the_draft_its_sponsors_the_votes_needed_and_each_members_vote(snapback):
    votes = by_fact(query_rows(snapback, "votes"))
    rc = votes[RC_VOTE]
    assert rc["voted_on"] == "draft-russia-china-delay-iran-sanctions-2025-09"
    assert rc["sponsors"] == "China, Russia"
    assert (rc["tally"], rc["needed"]) == ("4-9, 2 abstentions", 9)
    assert rc["members"] == ("for: Algeria, China, Pakistan, Russia; against: Denmark, France, Greece, Panama, "
                             "Sierra Leone, Slovenia, Somalia, United Kingdom, United States; abstained: Guyana, South Korea")
    korea = votes["vote-unsc-south-korea-draft-iran-2025-09-19"]
    assert (korea["sponsors"], korea["outcome"]) == ("South Korea", "rejected")
    # The draft is a fact of its own: what it would delay, and by how much.
    draft = "draft-russia-china-delay-iran-sanctions-2025-09"
    assert values(snapback, draft, "postpones") == {SNAP}
    assert values(snapback, draft, "duration") == {"P6M"}
    # A member's vote is a role of the vote, shown in the member's timeline.
    france = [r for r in query_rows(snapback, "timeline", entity="France") if r["fact"] == RC_VOTE]
    assert [r["role"] for r in france] == ["voted against"]


# -- An offer to postpone, a deadline, a legal basis ------------------------------------

def test_an_offer_to_postpone_leaves_the_sanction_as_it_is_and_is_listed_beside_it(snapback):
    row = by_fact(query_rows(snapback, "sanctions"))[SNAP]
    assert row["status"] is None or row["status"] == ""
    assert "willing" not in row["modality"]
    assert row["offers"] == ("6 months (in a draft resolution), draft-russia-china-delay-iran-sanctions-2025-09; "
                             "up to six months (willing), postponement-e3-iran-sanctions-offer-2025")
    assert row["deadline"] == "30 days after statement-e3-snapback-notification-2025-08-28"
    assert row["legal_basis"] == "resolution 2231"
    offer = "postponement-e3-iran-sanctions-offer-2025"
    assert values(snapback, offer, "maxDuration") == {"P6M"} and values(snapback, offer, "minDuration") == set()
    assert values(snapback, offer, "initiator") == {"E3"}


# -- A group that takes members, one named party of a deal ------------------------------

def test_a_group_takes_members_and_a_deal_names_one_party_and_unnamed_others(snapback):
    assert values(snapback, "membership-e3", "memberOf") == {"E3"}
    assert values(snapback, "membership-e3", "member") == {"United Kingdom", "France", "Germany"}
    rows = sparql_rows(snapback, """SELECT DISTINCT ?kind ?l WHERE {
        fact:agreement-iran-nuclear-deal-2015 gkg:party ?p . ?p rdfs:label ?l .
        BIND(IF(EXISTS { ?p a gkg:UnnamedActors }, "unnamed", "named") AS ?kind) }""")
    assert {(r["kind"], r["l"]) for r in rows} == {("named", "Iran"), ("unnamed", "unnamed other parties")}


# -- A recall of one's own envoys -------------------------------------------------------

def test_recalled_ambassadors_are_the_states_own_and_nobody_is_a_target(snapback):
    recall = "recall-iran-ambassadors-e3-2025-09-27"
    assert values(snapback, recall, "recalledFrom") == {"United Kingdom", "France", "Germany"}
    assert values(snapback, recall, "recalled") == {"3 unnamed ambassadors"}
    assert values(snapback, recall, "target") == set()
    facts = by_fact(query_rows(snapback, "facts", type="envoy recall"))
    assert facts[recall]["kind"] == "envoy recall"


# -- Indicators: what a rate is per, the outlet ------------------------------------------

def test_indicators_show_what_a_rate_is_per_an_exclusive_bound_and_the_outlet(snapback):
    row = by_fact(query_rows(snapback, "indicators"))["indicator-iran-rial-dollar-2025-09-27"]
    assert (row["value"], row["unit"], row["via"]) == ("more than 1100000", "rials per US dollar", "Al Jazeera")


# -- The coup article ---------------------------------------------------------------------

def test_a_suspension_lasts_until_a_condition(coup):
    row = by_fact(query_rows(coup, "sanctions"))["sanction-african-union-madagascar-suspension-2025-10"]
    assert row["until"] == "until constitutional order is restored"
    assert row["condition"] in (None, "")


def test_elections_and_votes_show_a_deadline_given_as_a_range_of_months(coup):
    election = "election-madagascar-after-2025-coup"
    assert values(coup, election, "date") == set()
    rows = sparql_rows(coup, f"""SELECT DISTINCT ?min ?max ?words WHERE {{ fact:{election} gkg:relativeDeadline ?r .
        ?r gkg:delayLabel ?words . OPTIONAL {{ ?r gkg:minDelay ?min }} OPTIONAL {{ ?r gkg:maxDelay ?max }} }}""")
    # 'within 18 to 24 months': at most 24 months (P2Y, as the store writes xsd:duration);
    # no least is made up from 'within'.
    assert rows == [{"min": None, "max": "P2Y", "words": "within 18 to 24 months"}]
    deadline = "within 18 to 24 months after seizure-capsat-madagascar-2025-10-14"
    assert by_fact(query_rows(coup, "votes"))[election]["deadline"] == deadline
    row = [r for r in query_rows(coup, "elections") if r["election"] == election]
    assert [(r["deadline"], r["status"], r["modality"]) for r in row] == [(deadline, "promised", "planned")]


def test_a_refusal_to_resign_is_a_negative_resignation_and_the_presidency_is_not_negated(coup):
    facts = by_fact(query_rows(coup, "facts", type="Resignation"))
    row = facts["resignation-rajoelina-president-madagascar-2025-10"]
    assert (row["modality"], row["polarity"], row["sources"]) == ("refused (negative)", "negative", "1 (negative)")
    assert values(coup, "resignation-rajoelina-president-madagascar-2025-10", "resignedFrom") == {RAJOELINA}
    leaders = [r for r in query_rows(coup, "leaders", of="Madagascar") if r["fact"] == RAJOELINA]
    assert [r["tenure"] for r in leaders] == ["former"]


def test_a_stage_after_another_fact_and_leaders_show_the_stored_end_bound(coup):
    rows = sparql_rows(coup, f"""SELECT DISTINCT ?status ?after ?party WHERE {{ fact:{RAJOELINA} gkg:stage ?s .
        ?s gkg:stageStatus/rdfs:label ?status ; gkg:stageRelativeDate/gkg:afterFact/rdfs:label ?after ;
           gkg:stageParty/rdfs:label ?party }}""")
    vote = "vote-malagasy-national-assembly-impeachment-rajoelina-2025-10-14"
    assert rows == [{"status": "declared", "after": vote, "party": "High Constitutional Court"}]
    leaders = [r for r in query_rows(coup, "leaders", of="Madagascar") if r["fact"] == RAJOELINA]
    assert leaders[0]["until"] == f"not before 2025-10-14 (relative to {vote})"
    # 'became the world's youngest head of state': the place and what it ranks by.
    assert leaders[0]["ranked"] == "1: the world's youngest head of state"


def test_denying_a_label_keeps_the_act(coup):
    seizure = "seizure-capsat-madagascar-2025-10-14"
    denied = "characterisation-randrianirina-coup-label-2025-10"
    given = "characterisation-randrianirina-taking-responsibility-2025-10"
    assert values(coup, denied, "category") == {"coup"}
    assert values(coup, given, "category") == {"a case of taking responsibility"}
    assert values(coup, denied, "characterisedFact") == values(coup, given, "characterisedFact") == {seizure}
    rows = {r["fact"]: r for r in query_rows(coup, "facts", type="Characterisation")}
    assert "denied" in rows[denied]["modality"] and "denied" not in rows[given]["modality"]
    # The seizure itself is still backed, not denied.
    assert by_fact(query_rows(coup, "facts", type="SeizureOfPower"))[seizure]["polarity"] == "positive"


def test_mediators_are_a_mediation_not_a_deployment(coup):
    assert query_rows(coup, "exercises") == []
    mediation = by_fact(query_rows(coup, "facts", type="Mediation"))["mediation-sadc-madagascar-2025-10"]
    # The mediator is named with its role, as on an agreement it brokered.
    assert mediation["participants"] == "mediator: unnamed mediators (Southern African Development Community)"
    rows = sparql_rows(coup, """SELECT DISTINCT ?of WHERE { fact:mediation-sadc-madagascar-2025-10 gkg:mediator ?m .
                                ?m gkg:ofOrganisation/rdfs:label ?of }""")
    assert rows == [{"of": "Southern African Development Community"}]


def test_who_a_coup_put_in_power_and_an_undisclosed_place(coup):
    coup_2009 = "seizure-madagascar-2009"
    assert values(coup, coup_2009, "broughtToPower") == {"Andry Rajoelina"}
    assert values(coup, coup_2009, "perpetrator") == {"Michael Randrianirina", "unnamed others"}
    assert values(coup, coup_2009, "target") == set()
    rajoelina = [r for r in query_rows(coup, "timeline", entity="Andry Rajoelina") if r["fact"] == coup_2009]
    assert [r["role"] for r in rajoelina] == ["brought to power"]
    rejection = "rejection-rajoelina-impeachment-2025-10"
    assert values(coup, rejection, "placeUndisclosed") == {"true"}
    assert values(coup, rejection, "place") == set()


def test_a_body_made_up_of_officers_of_three_forces_is_a_group_with_unnamed_members(coup):
    rows = sparql_rows(coup, """SELECT DISTINCT ?of WHERE {
        fact:membership-madagascar-transition-committee-2025 gkg:member ?m ; gkg:memberOf/rdfs:label ?group .
        ?m a gkg:UnnamedActors ; gkg:ofOrganisation/rdfs:label ?of . FILTER(STR(?group) = "committee of officers") }""")
    assert {r["of"] for r in rows} == {"Malagasy army", "gendarmerie", "police"}
    assert "committee of officers" in values(coup, "control-transition-committee-madagascar-2025", "controller")


# -- Refusals -----------------------------------------------------------------------------

#: Bad claims, each refused by the claims reader with its message (all in one file: the
#: reader reports every problem of a file together).
READER_REFUSALS = [
    ("{id: x, fact: membership-x, type: Membership, member: Iran, memberOf: Barbara Woodward, quote: \"the E3\"}",
     "memberOf: 'Barbara Woodward' is a Person, but memberOf takes a Group or an InfrastructureNetwork or an Organisation"),
    ("{id: x, fact: resignation-x, type: Resignation, resigning: Abbas Araghchi, modality: refused, polarity: positive,"
     " quote: \"the E3\"}",
     "polarity: a claim with modality refused says the act did not happen; leave polarity out (it is negative)"),
    ("{id: x, fact: sanction-y, type: Sanction, authority: Iran, target: France, votedYes: Iran, quote: \"the E3\"}",
     "key 'votedYes' does not apply to a Sanction: its domain is Vote"),
    ("{id: x, fact: postponement-x, type: Postponement, initiator: E3, postpones: Iran, quote: \"the E3\"}",
     "postpones: expected the id of another fact (lower-case words joined by '-'), got 'Iran'"),
    ("{id: x, fact: position-x, type: PositionHeld, holder: Abbas Araghchi, positionOf: Iran,"
     " stage: {status: ended, date: {before: position-x}}, quote: \"the E3\"}",
     "date.before: a fact cannot be dated relative to itself"),
    ("{id: x, fact: election-x, type: Election, heldIn: Iran, deadline: {after: position-x, delay: 18 to soon months},"
     " quote: \"the E3\"}",
     "deadline.delay: invalid delay '18 to soon months'; write '6 hours', 'more than six hours', 'at least 2 days', "
     "'within days', 'up to 3 weeks' or '18 to 24 months'"),
    ("{id: x, fact: vote-x, type: Vote, votingBody: Security Council, votedYes: [Iran, France], votedNo: France,"
     " quote: \"the E3\"}",
     "votedNo: France is also in votedYes: a member votes one way"),
    ("{id: x, fact: vote-y, type: Vote, votingBody: Security Council, votesFor: 1,"
     " votedYes: [Iran, France, unnamed others], quote: \"the E3\"}",
     "votedYes: 2 members named, but votesFor is 1"),
    ("{id: x, fact: sanction-z, type: Sanction, authority: Iran, target: France, untilCondition: 2026-05-01,"
     " quote: \"the E3\"}",
     "untilCondition: '2026-05-01' is a date: write endDate: 2026-05-01 (untilCondition is the condition that ends "
     "the fact, such as 'constitutional order is restored')"),
    ("{id: x, fact: sanction-x, type: Sanction, authority: Iran, target: France, status: postponed, modality: willing,"
     " quote: \"the E3\"}",
     "status: postponed with modality willing would mark this fact postponed; an offer, request or wish to delay it is "
     "a Postponement of its own (type: Postponement, postpones: sanction-x, duration: ..., modality: willing)"),
]

#: Claims the reader takes but the kinds' minimums refuse: the SHACL shapes, checked
#: before anything is written.
SHAPE_REFUSALS = [
    ("{id: x, fact: draft-x, type: DraftResolution, subject: a delay, quote: \"the E3\"}",
     "fact 'draft-x' (DraftResolution): a draft resolution says who put it forward (sponsor; unnamed members where "
     "the text names none); it has none"),
    ("{id: x, fact: recall-x, type: EnvoyRecall, initiator: Iran, quote: \"the E3\"}",
     "fact 'recall-x' (EnvoyRecall): a recall of envoys names the envoys recalled (recalled; unnamed ambassadors where "
     "the text names none); it has none"),
    ("{id: x, fact: mediation-x, type: Mediation, place: Iran, quote: \"the E3\"}",
     "fact 'mediation-x' (Mediation): a mediation names who mediates (mediator; its unnamed mediators where the text "
     "names none); it has none"),
    ("{id: x, fact: resignation-x, type: Resignation, subject: the presidency, quote: \"the E3\"}",
     "fact 'resignation-x' (Resignation): a resignation names who resigns or refuses to (resigning); it has none"),
    ("{id: x, fact: postponement-x, type: Postponement, initiator: E3, duration: six months, quote: \"the E3\"}",
     "fact 'postponement-x' (Postponement): a postponement names the fact it delays (postpones); it has none"),
]


def refused(tmp_path, cases) -> str:
    """Build the snapback corpus with ``cases`` (claim, message) as its only claims file,
    claim ``x<n>`` on line n + 2; the build exits 2, writes no store, and its messages
    are returned."""
    corpus = tmp_path / "snapback"
    shutil.copytree(SNAPBACK, corpus)
    (corpus / "claims" / "x01_iran-snapback-un-vote.yaml").unlink()
    claims = "".join("  - " + claim.replace("{id: x,", f"{{id: x{n},", 1) + "\n" for n, (claim, _) in enumerate(cases, 1))
    (corpus / "claims" / "x9.yaml").write_text(f"article: x01_iran-snapback-un-vote\nclaims:\n{claims}", encoding="utf-8")
    store = tmp_path / "kg-store"
    err = kg_cli("build", "--corpus", corpus, "--store", store, check=2).stderr
    assert "Traceback" not in err
    assert not store.exists() or not any(store.iterdir())
    return err


@pytest.mark.parametrize("cases", [READER_REFUSALS, SHAPE_REFUSALS], ids=["reader", "shapes"])
def test_bad_new_constructs_are_refused_naming_claim_and_key_and_nothing_is_written(tmp_path, cases):
    err = refused(tmp_path, cases)
    for n, (_, message) in enumerate(cases, 1):
        assert f"x9.yaml: claim 'x{n}' (line {n + 2}): {message}" in err, err


@pytest.mark.parametrize("words, least, most", [
    ("18 to 24 months", "P18M", "P24M"),
    ("18-24 months", "P18M", "P24M"),
    ("between two and three years", "P2Y", "P3Y"),
    ("within 18 to 24 months", None, "P24M"),
    ("up to six months", None, "P6M"),
    ("six months", "P6M", "P6M"),
])
def test_delay_ranges_read_both_ends_in_the_unit_of_the_second(words, least, most):
    bounds = parse_duration_bounds(words)
    assert (bounds.least and bounds.least.value, bounds.most and bounds.most.value, bounds.words) == (least, most, words)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.integers(1, 120), st.integers(1, 120), st.sampled_from(["days", "weeks", "months", "years"]),
       st.sampled_from(["{} to {} {}", "{}-{} {}", "between {} and {} {}", "within {} to {} {}"]))
def test_a_delay_range_gives_its_two_ends_or_is_refused_when_they_are_reversed(low, high, unit, form):
    bounds = parse_duration_bounds(form.format(low, high, unit))
    if low > high:
        assert bounds is None
        return
    within = form.startswith("within")
    assert bounds.least == (None if within else parse_duration(f"{low} {unit}"))
    assert bounds.most == parse_duration(f"{high} {unit}")


# -- Working with a corpus: a text already in articles/, a comma in a registry label -------

def test_add_article_adopts_a_text_already_in_articles_and_refuses_a_different_one(tmp_path):
    corpus = tmp_path / "c"
    (corpus / "articles").mkdir(parents=True)
    shutil.copy(COUP / "entities.yaml", corpus / "entities.yaml")
    text = COUP / "articles" / "x01_madagascar_au_suspension.txt"
    placed = corpus / "articles" / "x01.txt"
    shutil.copy(text, placed)
    out = kg_cli("add-article", placed, "--id", "x01", "--corpus", corpus, check=0).stdout
    assert out.startswith("Added article x01: ")
    assert placed.read_bytes() == text.read_bytes()
    assert "file: articles/x01.txt" in (corpus / "articles.yaml").read_text(encoding="utf-8")
    again = kg_cli("add-article", placed, "--id", "x01", "--corpus", corpus, check=2).stderr
    assert "this text is already in the corpus as article x01" in again
    (corpus / "articles" / "x02.txt").write_text("Another text.\n", encoding="utf-8")
    listed = (corpus / "articles.yaml").read_bytes()
    other = tmp_path / "other.txt"
    other.write_text("A third text.\n", encoding="utf-8")
    err = kg_cli("add-article", other, "--id", "x02", "--corpus", corpus, check=2).stderr
    assert "a different text is already at articles/x02.txt, with no entry in articles.yaml: to add that file, " \
           f"run kg add-article {corpus / 'articles' / 'x02.txt'} --id x02; else choose another id" in err
    assert (corpus / "articles" / "x02.txt").read_text(encoding="utf-8") == "Another text.\n"
    assert (corpus / "articles.yaml").read_bytes() == listed and "Traceback" not in err


def test_an_unquoted_comma_in_a_registry_label_is_named_with_the_fix(tmp_path):
    corpus = tmp_path / "coup"
    shutil.copytree(COUP, corpus)
    registry = corpus / "entities.yaml"
    text = registry.read_text(encoding="utf-8")
    quoted = 'label: "Organ on Politics, Defence and Security Cooperation"'
    assert quoted in text
    registry.write_text(text.replace(quoted, quoted.replace('"', "")), encoding="utf-8")
    err = kg_cli("build", "--corpus", corpus, "--store", tmp_path / "kg-store", check=2).stderr
    assert ("unknown field(s) Defence and Security Cooperation; in a one-line {...} entry a comma ends the value, so "
            "'Defence and Security Cooperation' reads as a field: if it is part of the label, quote the whole value: "
            'label: "Organ on Politics, Defence and Security Cooperation"') in err
    assert "entities.yaml" in err and "Traceback" not in err
