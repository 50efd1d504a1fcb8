"""A meeting of a body whose members the text does not name ("ASEAN foreign ministers
met in Kuala Lumpur", "the Security Council met"): the body is the meeting's
``organiser`` and its members, where the text says who they were, unnamed actors of it
with their count; nobody is invented. Built by the real ``kg build`` from
tests/data/model-v2-body-meeting and read back through ``kg query meetings``; what is
still no meeting (a state or a person alone, the body as the one participant) is refused
naming file, claim and line, with the store unchanged.
"""

from __future__ import annotations

import pytest
from casefiles import built_with_claims, quads, store_copy, with_claims
from conftest import ROOT, built_once, kg_cli, query_rows, sparql_rows

CASE = ROOT / "tests" / "data" / "model-v2-body-meeting"
CLAIMS = "claims/x01_southern-pact-ministers.yaml"


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    return built_once(tmp_path_factory, CASE)


def test_the_case_validates_with_shacl_and_hermit(bodies):
    out = kg_cli("validate", "--store", bodies, check=0).stdout
    assert "conforms" in out and "does NOT conform" not in out and "HermiT" in out


def test_meetings_show_the_body_as_organiser_and_only_the_members_the_text_gives(bodies):
    rows = [(r["date"], r["participants"], r["organiser"], r["place"], r["duration"], r["modality"], r["fact"])
            for r in query_rows(bodies, "meetings")]
    assert rows == [
        ("2031-06-09", "unnamed leaders (Northern Union)", "Northern Union", "Aster", None, "asserted",
         "meeting-northern-union-leaders-2031-06-09"),
        ("2031-06-10", "9 unnamed foreign ministers (Southern Pact)", "Southern Pact", "Port Vale", None, "reported",
         "meeting-southern-pact-foreign-ministers-2031-06-10"),
        # The council alone: no participant is made up.
        ("2031-06-11", None, "Northern Council", None, None, "asserted", "meeting-northern-council-2031-06-11"),
        ("2031-07", "unnamed defence ministers (Southern Pact)", "Southern Pact", None, None, "planned",
         "meeting-southern-pact-defence-ministers-2031-07"),
        (None,
         "15 unnamed members (Northern Council), Deniz Kaur", "Northern Council", None, "1 hour", "reported",
         "meeting-northern-council-deniz-kaur-2031-06"),
    ]
    nine = sparql_rows(bodies, """SELECT ?n ?of WHERE { fact:meeting-southern-pact-foreign-ministers-2031-06-10
        gkg:participant ?g . ?g a gkg:UnnamedActors ; gkg:count ?n ; gkg:ofOrganisation/rdfs:label ?of }""")
    assert nine == [{"n": 9, "of": "Southern Pact"}]
    assert sparql_rows(bodies, "SELECT ?p WHERE { fact:meeting-northern-council-2031-06-11 gkg:participant ?p }") == []


def test_meetings_of_a_body_by_organiser(bodies):
    assert [r["fact"] for r in query_rows(bodies, "meetings", organiser="Southern Pact")] == [
        "meeting-southern-pact-foreign-ministers-2031-06-10", "meeting-southern-pact-defence-ministers-2031-07"]
    assert [r["fact"] for r in query_rows(bodies, "meetings", organiser="Northern Council")] == [
        "meeting-northern-council-2031-06-11", "meeting-northern-council-deniz-kaur-2031-06"]
    assert query_rows(bodies, "meetings", organiser="Brelia") == []


NO_MEETING = ("a meeting needs at least two participants, or one group (unnamed officials, defence chiefs) whose "
              "members meet, counted, if at all, as two or more, or the body whose members meet as its organiser "
              "(organiser: ASEAN for 'ASEAN foreign ministers met'), or two or more co-hosts as organisers "
              "(organiser: [France, Saudi Arabia]); a state or a person alone is no meeting")


def test_a_state_or_a_person_alone_or_the_body_as_its_one_participant_is_refused(bodies, tmp_path):
    quote = "quote: \"The Northern Council met behind closed doors on Wednesday at Brelia's request.\""
    roles = ["organiser: Brelia", "organiser: Deniz Kaur", "participant: Northern Council",
             "participant: {actor: 1 unnamed member, of: Northern Council}"]
    path, first = with_claims(CASE, CLAIMS, tmp_path, [
        f"{{id: x{n}, fact: meeting-x{n}, type: Meeting, {r}, {quote}}}" for n, r in enumerate(roles, 1)])
    store, before = store_copy(bodies, tmp_path)
    proc = kg_cli("ingest", "--store", store, path, check=2)
    for n in range(1, 5):
        assert f"{path.name}: claim 'x{n}' (line {first + n - 1}): fact 'meeting-x{n}' (Meeting): {NO_MEETING}" \
            in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and quads(store) == before


def test_organiser_is_refused_on_a_fact_that_is_not_convened(tmp_path):
    path, first = with_claims(CASE, CLAIMS, tmp_path, [
        ("{id: x1, fact: visit-x, type: Visit, visitor: Deniz Kaur, hostState: Brelia, organiser: Northern Council, "
        "quote: \"Diplomats said the council's 15 members also met Zedland's envoy\"}")])
    proc = kg_cli("ingest", "--dry-run", path, check=2)
    assert f"claim 'x1' (line {first}): key 'organiser' does not apply to a Visit: its domain is " \
        "Campaign or Competition or Conference or Election or Meeting or Protest" in proc.stderr, proc.stderr


def test_those_who_did_not_attend_are_a_list_under_not(tmp_path):
    # "The Northern Council met ...; Brelia and Zedland stayed away."
    store = built_with_claims(CASE, CLAIMS, tmp_path, [
        ("{id: x1, fact: meeting-northern-council-2031-06-11, type: Meeting, attendee: {not: [Brelia, Zedland]}, "
         "quote: \"The Northern Council met behind closed doors on Wednesday at Brelia's request.\"}")])
    [row] = query_rows(store, "meetings", organiser="Northern Council")[:1]
    assert (row["fact"], row["attendees"]) == ("meeting-northern-council-2031-06-11", "not: Brelia, not: Zedland")
    # Neither is made a participant or an attendee of the meeting.
    assert sparql_rows(store, "SELECT ?x WHERE { fact:meeting-northern-council-2031-06-11 gkg:attendee|gkg:participant ?x }") == []
