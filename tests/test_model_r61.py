"""What a new user's three unseen articles (an inauguration, an accession to a bloc, a
crackdown on protests) found missing (ontology 2.51.0), each fixed for its kind: a term's
planned end that leaves its holder current in ``leaders`` ("2032 (planned)"), where
an end date of any kind had made the holder former; a ``Repression`` with who carried it
out, its dead and wounded and the weapons used, as an ``Attack`` has them (CAMEO 175 is
PLOVER ASSAULT); guests and those not invited at a ``Ceremony``; a membership's stages
``invited`` and ``invitation declined``; ``meetings -p attendee=`` finding the
ceremonies a person attended, with a ``kind`` column; and ``said_by`` taking
``{actor: ..., among: [...]}`` as ``speaker`` does, mapped alike.

Each form is read back from an invented article written for it
(``tests/data/model-r61-inauguration-crackdown``), built once for the module by the real
``kg build`` and read through the canned queries or SPARQL. Wrong claims are added
together to a copy of the case, and one ``kg ingest --dry-run`` must refuse each on its
own line with its own message.
"""

from __future__ import annotations

import shutil

from casefiles import refused_each_on_its_line

from conftest import ROOT, built_corpus, built_once_per_module, by_fact, kg_cli, query_rows, sparql_rows

CASE = ROOT / "tests" / "data" / "model-r61-inauguration-crackdown"
ARTICLE = "000_8b0ebcdcbf3ab9ca"
CLAIMS = f"claims/{ARTICLE}.yaml"
QUOTE = 'quote: "Novak did not invite Kestria\'s king, Otto III"'
NOVAK = "position-ana-novak-ostravia-head-of-state"
CEREMONY = "ceremony-inauguration-ana-novak-2026-11-19"
TALKS = "meeting-lina-varo-ana-novak-2026-11-19"
CRACKDOWN = "repression-ostravia-protesters-2026-11-20"

case = built_once_per_module(CASE, build=built_corpus)


#: Claims each refused for its own reason while they are read: the words of its message.
WRONG = {
    "not invited to a visit (a trip has no invitation list)":
        ("{id: x0, fact: visit-x, type: Visit, visitor: Lina Varo, hostState: Ostravia, notInvited: Otto III, "
         + QUOTE + "}",
         "key 'notInvited' does not apply to a Visit"),
    "an invitation as the status of an agreement":
        ("{id: x1, fact: agreement-x, type: Agreement, party: [Ostravia, Zedland], status: invited, " + QUOTE + "}",
         "invited"),
    "a death toll on a detention (a crackdown's dead are on the Repression)":
        ("{id: x2, fact: detention-x, type: Detention, initiator: Ostravian police, target: unnamed demonstrators, "
         "killed: 4, " + QUOTE + "}",
         "key 'killed' does not apply to a Detention"),
    "the state's forces as the initiator of a repression":
        ("{id: x3, fact: repression-x, type: Repression, initiator: Ostravian police, " + QUOTE + "}",
         "is its perpetrator"),
    "'among' under a named speaker":
        ("{id: x4, fact: protest-x, type: Protest, participant: unnamed demonstrators, modality: reported, "
         "said_by: {actor: Lina Varo, among: [Brelia]}, " + QUOTE + "}",
         "of an 'actor' that is unnamed"),
}


# -- 1. a term's scheduled end ---------------------------------------------------------------------------------------

def test_a_scheduled_end_of_term_leaves_the_holder_current(case):
    rows = by_fact(query_rows(case, "leaders", of="Ostravia"))
    novak = rows[NOVAK]
    # "will serve a six-year term ending in 2032" (planned): an end only a planned claim
    # gives is shown as planned and never decides the tenure, before 2032 or after it.
    assert (novak["tenure"], novak["until"]) == ("current", "2032 (planned)"), novak
    assert novak["since"] == "2026-11-19" and novak["claims"] == "asserted; planned"
    # The look-alikes: an end on a day already past, or in a year that is over, is former.
    varga = rows["position-tomas-varga-ostravia-head-of-state"]
    assert (varga["tenure"], varga["until"]) == ("former", "2026-11-19"), varga
    [ilic] = query_rows(case, "leaders", person="Petar Ilic")
    assert (ilic["tenure"], ilic["until"]) == ("former", "2025"), ilic


def test_a_planned_end_before_the_article_that_states_the_office_does_not_end_it(tmp_path):
    # The same article dated after 2032 (its text and claims unchanged): the end is still
    # given by the planned claim alone, and the sworn-in claim, asserted, says nothing of
    # an end: the term is not made former by a date only planned, whatever the article's date.
    later = tmp_path / "later"
    shutil.copytree(CASE, later)
    listing = later / "articles.yaml"
    listing.write_text(listing.read_text(encoding="utf-8").replace("published: 2026-11-20", "published: 2033-01-10"),
                       encoding="utf-8")
    store = tmp_path / "store"
    kg_cli("build", "--corpus", later, "--store", store, check=0)
    novak = by_fact(query_rows(store, "leaders", of="Ostravia"))[NOVAK]
    assert (novak["tenure"], novak["until"]) == ("current", "2032 (planned)"), novak


def test_a_former_holder_is_no_second_current_head_of_state(case):
    # Varga's ended term does not make Novak "current (also held by Tomas Varga)", nor does
    # Novak's planned end keep her out of the comparison: she is the one current holder.
    tenures = {r["holder"]: r["tenure"] for r in query_rows(case, "leaders", of="Ostravia")}
    assert tenures["Tomas Varga"] == "former"
    assert "also held by" not in tenures["Ana Novak"]


# -- 2. a crackdown ---------------------------------------------------------------------------------------------------

def test_a_crackdown_records_who_fired_its_dead_wounded_and_weapons(case):
    [row] = query_rows(case, "facts", type="Repression")
    assert row["fact"] == CRACKDOWN
    assert "Ostravian police" in row["participants"] and "unnamed demonstrators" in row["participants"]
    for detail in ("killed: 4", "wounded: 30", "weapon: live rounds", "weapon: tear gas"):
        assert detail in row["details"], (detail, row["details"])
    [who] = sparql_rows(case, "SELECT ?p WHERE { ?r a gkg:Repression ; gkg:perpetrator/rdfs:label ?p }")
    assert who["p"] == "Ostravian police"
    # The look-alike: gunmen who are no state's forces carried out an attack, not a repression.
    [attack] = query_rows(case, "facts", type="Attack")
    assert attack["fact"] == "attack-police-post-port-vale-2026" and "killed: 2" in attack["details"]


def test_casualties_lists_a_crackdown_that_counts_its_dead(case):
    """``casualties`` lists a crackdown beside attacks, as it lists a protest or an
    accident: only where it counts dead or wounded."""
    rows = by_fact(query_rows(case, "casualties"))
    assert rows[CRACKDOWN]["killed"] == "4" and rows[CRACKDOWN]["wounded"] == "30", rows[CRACKDOWN]
    assert rows[CRACKDOWN]["kind"] == "repression"
    assert "attack-police-post-port-vale-2026" in rows


def test_the_vocabulary_finds_a_crackdown_and_the_keys_it_takes():
    out = kg_cli("vocabulary", "crackdown", check=0).stdout
    assert out.startswith("Repression (kind of fact"), out[:300]
    assert "CAMEO 175 'use tactics of violent repression'" in " ".join(out.split())


# -- 3. a ceremony's guests and those not invited; 4. meetings by attendee -----------------------------------------------

def test_a_ceremony_takes_guests_and_those_not_invited(case):
    rows = by_fact(query_rows(case, "meetings", attendee="Lina Varo"))
    assert list(rows) == [CEREMONY]
    ceremony = rows[CEREMONY]
    assert ceremony["kind"] == "ceremony" and ceremony["date"] == "2026-11-19"
    assert ceremony["attendees"] == "Mira Holt, guest: Aron Vale, guest: Lina Varo"
    assert "not invited: Otto III" in ceremony["participants"]


def test_meetings_by_attendee_cover_ceremonies_and_keep_their_rows_otherwise(case):
    assert [r["fact"] for r in query_rows(case, "meetings", attendee="Mira Holt")] == [CEREMONY]
    # The look-alikes: without an attendee the rows are the meetings' alone, each of kind
    # meeting; Varo's talks after the ceremony are found by person, as a participant.
    everything = query_rows(case, "meetings")
    assert [(r["fact"], r["kind"]) for r in everything] == [(TALKS, "meeting")]
    assert [r["fact"] for r in query_rows(case, "meetings", person="Lina Varo")] == [TALKS]
    # One the host did not invite attended nothing.
    assert query_rows(case, "meetings", attendee="Otto III") == []


# -- 3. invited to join, an invitation declined ----------------------------------------------------------------------------

def test_an_invitation_to_join_and_one_declined_are_stages_of_the_membership(case):
    stages = {(r["fact"], r["status"], r["party"], r["date"]) for r in query_rows(case, "stages")}
    assert stages == {("membership-ostravia-northern-council", "invited", "Northern Council", "2025"),
                      ("membership-kestria-northern-council", "invitation declined", "Kestria", "2024")}
    facts = by_fact(query_rows(case, "facts", type="Membership"))
    assert facts["membership-ostravia-northern-council"]["details"] == "status: invited"
    # Neither is a membership denied: each has its source and none against it.
    assert {(r["sources"], r["against"]) for r in facts.values()} == {(1, 0)}
    # The look-alike: a state that joined has no such status.
    assert not facts["membership-zedland-northern-council"]["details"]
    for words, label in (("invited to join", "invited (value"), ("declined the invitation", "invitation declined (value")):
        assert kg_cli("vocabulary", words, check=0).stdout.startswith(label), words


# -- 5. said_by with 'among' ----------------------------------------------------------------------------------------

def test_said_by_takes_among_as_speaker_does_and_maps_it_alike(case):
    parts = sparql_rows(case, """
        SELECT ?how ?state WHERE {
          { ?f gkg:speaker ?n . BIND("speaker" AS ?how) } UNION { ?c prov:wasAttributedTo ?n . BIND("said_by" AS ?how) }
          ?n rdfs:label "unnamed envoys of nine countries" . ?part gkg:subgroupOf ?n ; gkg:ofState/rdfs:label ?state }""")
    found = sorted((r["how"], r["state"]) for r in parts)
    assert found == [("said_by", "Brelia"), ("said_by", "Zedland"), ("speaker", "Brelia"), ("speaker", "Zedland")]


def test_wrong_claims_are_refused_each_on_its_line(tmp_path):
    refused_each_on_its_line(CASE, CLAIMS, tmp_path, WRONG)
