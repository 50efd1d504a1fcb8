"""Rule set 21a, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): a warrant names one person,
so warrants against two people are a warrant each; states that follow the act told just
before ("are expected to follow", "followed suit") do that act, each its own fact; a role
the sentence leaves out is filled when the article's other facts give one state, though
one names its capital read as its government; crowds gathered outside a site the registry
lacks protest in the place its possessor names; people counted and detained by the police
or by no one named are a detention of those unnamed people; a fact in a clause telling when
("long before drones entered") does not make what a speaker said that fact's attribution; a
sum of aid a state gives with no recipient named goes where its other support goes; a
speaker who breaks into the words ("Cooperation, he added, would help") said them; a body
named after an organisation's possessive is that organisation's body; "..., calling them a
poor attempt" characterises what the first verb was done to, by its subject, and keeps
pointing at it when that fact's id takes the article's date; a body "it set up with" states
was founded by those states too; a list of states the parser hangs on an apposition ("Mali,
Burkina Faso and Niger") names them all; protests in a named place are people protesting
there, unnamed; "his successor, X" holds the state office the possessor held; talks that
begin with no one named in them are the talks of the two states the article is about;
"the measures" far down an article are the sanctions of the one authority it told of."""

from __future__ import annotations

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import CORPUS, kg_cli
from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


def test_warrants_against_two_people_are_a_warrant_each(tmp_path):
    claims, _ = extract(tmp_path, "Chile criticised the arrest warrants the International Criminal Court issued in "
                                  "November against Tor Ashby and his former defence minister, Lee Hart.",
                        published="2030-09-03")
    warrants = of(claims, "LegalAction")
    assert sorted(c["target"] for c in warrants) == ["lee-hart", "tor-ashby"], warrants
    for c in warrants:
        assert c["court"] == "international-criminal-court" and c["status"] == "issued", c
        assert c["date"] == "2029-11", c


def test_states_expected_to_follow_recognise_as_the_state_before(tmp_path):
    claims, _ = extract(tmp_path, "Later on Sunday, Portugal's foreign minister, Tor Ashby, announced that his country "
                                  "had also recognised Palestine. France, Belgium and Malta are expected to follow at "
                                  "a summit in New York on Monday.", published="2030-09-01")
    recognitions = of(claims, "Recognition")
    assert sorted(c["recogniser"] for c in recognitions) == ["belgium", "france", "malta", "portugal"], recognitions
    for c in recognitions:
        assert c["recognised"] == "palestine", c
        if c["recogniser"] != "portugal":
            assert c["modality"] == "planned" and c["date"] == "2030-09-02", c


def test_a_state_that_followed_suit_imposed_the_same_sanctions(tmp_path):
    claims, _ = extract(tmp_path, "Canada imposed sanctions on Tor Ashby on Monday. Australia followed suit on Tuesday.",
                        published="2030-09-03")
    assert sorted((c["authority"], c["target"], c["date"]) for c in of(claims, "Sanction")) == [
        ("australia", "tor-ashby", "2030-09-03"), ("canada", "tor-ashby", "2030-09-02")], claims


@pytest.mark.parametrize("after", [
    "Australia followed the talks closely.",
    "Chile followed with a statement.",
    "The talks were followed by a dinner.",
])
def test_following_something_else_is_no_act(tmp_path, after):
    claims, _ = extract(tmp_path, "Canada imposed sanctions on Tor Ashby on Monday. " + after, published="2030-09-03")
    assert [c["authority"] for c in of(claims, "Sanction")] == ["canada"], claims


def extract_dev(tmp_path, body: str, published: str = "2030-09-03") -> list[dict]:
    """Draft one article with ``kg extract`` and the development set's registry; its claims."""
    art = tmp_path / "article.txt"
    art.write_text(f"URL: https://example.org/news/article\nPublished: {published}\n\n{body}\n", encoding="utf-8")
    proc = kg_cli("extract", art, "-o", tmp_path / "drafts", "-q", "-j", "1", "--corpus", CORPUS / "dev")
    assert proc.returncode == 0, proc.stderr
    claims = yaml.safe_load((tmp_path / "drafts" / "article.yaml").read_text(encoding="utf-8"))["claims"]
    for c in claims:
        assert c["quote"] in body, c
    return claims


def test_a_role_left_out_is_the_one_state_though_one_fact_names_its_capital_as_its_government(tmp_path):
    # the development set's registry reads "Kyiv" after "The Dutch government" as the government of Ukraine
    claims = extract_dev(tmp_path, "Norway has delivered its first fighter jets to Ukraine. The Dutch government has "
                                   "pledged a total of 20 jets to Kyiv. Denmark has pledged 12 aircraft, Sweden four and "
                                   "Belgium has also promised jets.")
    transfers = of(claims, "ArmsTransfer")
    assert sorted(c["supplier"] for c in transfers) == ["belgium", "denmark", "netherlands", "norway", "sweden"], claims
    assert {c["recipient"] for c in transfers} == {"ukraine"}, transfers


def test_crowds_outside_a_site_the_registry_lacks_protest_in_its_possessor_s_place(tmp_path):
    claims, _ = extract(tmp_path, "Crowds have gathered every night outside Chile's parliament building.",
                        published="2030-09-03")
    [protest] = of(claims, "Protest")
    assert protest["place"] == "chile" and protest["participant"] == "unnamed crowds", protest


@pytest.mark.parametrize("body, target", [
    ("Early on Monday police detained ten journalists at their homes in Lima.", "10 unnamed journalists"),
    ("The interior minister said on Monday that 1,133 people had been detained in Chile.", "1133 unnamed people"),
])
def test_people_counted_and_detained_by_no_one_named_are_detained(tmp_path, body, target):
    claims, _ = extract(tmp_path, body, published="2030-09-03")
    [held] = of(claims, "Detention")
    assert held["target"] == target and "initiator" not in held, held


@pytest.mark.parametrize("body", [
    "Police detained many protesters in Lima on Monday.",
    "Rebels detained five soldiers in Lima on Monday.",
])
def test_people_not_counted_or_held_by_others_unnamed_are_no_detention(tmp_path, body):
    claims, _ = extract(tmp_path, body, published="2030-09-03")
    assert not of(claims, "Detention"), claims


def test_a_fact_in_a_clause_telling_when_leaves_the_statement_its_own(tmp_path):
    claims, _ = extract(tmp_path, "Chile said the drills had been planned long before 19 Peruvian drones entered "
                                  "Bolivian airspace on Monday.", published="2030-09-03")
    assert [c["speaker"] for c in of(claims, "Statement")] == ["chile"], claims
    assert of(claims, "Incursion"), claims


def test_a_sum_of_aid_with_no_recipient_goes_where_the_state_s_other_support_goes(tmp_path):
    claims, _ = extract(tmp_path, "Chile pledged $500 million in military aid to Peru on Monday. Under the pact, Chile "
                                  "will provide $3 billion of military aid a year.", published="2030-09-03")
    support = of(claims, "Support")
    assert [(c["supporter"], c["supported"]) for c in support] == [("chile", "peru"), ("chile", "peru")], support
    assert support[1]["value"] == "USD 3 billion a year", support


def test_a_sum_of_aid_is_not_given_where_another_state_s_support_goes(tmp_path):
    claims, _ = extract(tmp_path, "Argentina pledged $500 million in military aid to Peru on Monday. Under the pact, "
                                  "Chile will provide $3 billion of military aid a year.", published="2030-09-03")
    assert [c["supporter"] for c in of(claims, "Support")] == ["argentina"], claims


def test_a_speaker_breaking_into_the_words_said_them(tmp_path):
    claims, _ = extract(tmp_path, "Chilean President Tor Ashby welcomed the deal. Cooperation with Peru, he added, "
                                  "would help Chile secure a safer supply of energy.", published="2030-09-03")
    [said] = of(claims, "Statement")
    assert said["speaker"] == "tor-ashby", said
    assert said["quote"] == "Cooperation with Peru, he added, would help Chile secure a safer supply of energy", said


def test_an_event_a_speaker_breaks_into_is_the_event_not_a_statement(tmp_path):
    claims, _ = extract(tmp_path, "Chilean President Tor Ashby met Peru's leader. The agreement, he said, was signed "
                                  "by Chile and Peru on Monday.", published="2030-09-03")
    assert not of(claims, "Statement"), claims


def test_a_body_named_after_an_organisation_s_possessive_is_its_body(tmp_path):
    # the development set's registry has the Treasury Department and its office (both of the United States)
    claims = extract_dev(tmp_path, "The Treasury Department's Office of Foreign Assets Control listed 40 tankers.")
    [body] = of(claims, "BodyOf")
    assert body["body"] == "ofac" and body["parentBody"] == "us-treasury", body


def test_a_state_s_own_body_is_no_body_of_an_organisation(tmp_path):
    claims, _ = extract(tmp_path, "The secretary of Armenia's Security Council, Tor Ashby, met officials in Baku.",
                        published="2030-09-03")
    assert not of(claims, "BodyOf"), claims


def test_calling_them_after_a_verb_characterises_what_the_verb_was_done_to(tmp_path):
    claims = extract_dev(tmp_path, "Niger accused Algeria of sponsoring terrorism on Sunday. The Algerian foreign "
                                   "ministry denied the claim on Monday and dismissed the accusations as false, calling "
                                   "them an attempt to hide the failure of the government in Niamey.")
    [accusation] = of(claims, "Accusation")
    [label] = of(claims, "Characterisation")
    assert label["characterised"] == accusation["fact"], (label, accusation)
    assert label["category"] == "attempt to hide the failure of the government in Niamey", label


def test_a_body_set_up_with_states_is_founded_by_them(tmp_path):
    claims = extract_dev(tmp_path, "Mali left the Joint Operational Staff Committee, a regional military body it set up "
                                   "with Algeria, Mauritania and Niger in 2010.", published="2025-04-08")
    [founding] = of(claims, "Founding")
    assert founding["founded"] == "cemoc" and founding["date"] == "2010", founding
    assert {"algeria", "mauritania", "niger"} <= set(founding["founder"]), founding


def test_a_list_of_states_hung_on_an_apposition_names_them_all(tmp_path):
    claims = extract_dev(tmp_path, "Mali, Burkina Faso and Niger formed the Alliance of Sahel States as a defence pact "
                                   "in 2023.", published="2025-04-08")
    [founding] = of(claims, "Founding")
    assert founding["founder"] == ["mali", "burkina-faso", "niger"], founding


def test_protests_in_a_named_place_are_unnamed_protesters_there(tmp_path):
    claims, _ = extract(tmp_path, "They are the largest street demonstrations in Chile since 2013.", published="2030-09-03")
    [protest] = of(claims, "Protest")
    assert protest["place"] == "chile" and protest["participant"] == "unnamed protesters", protest


def test_no_protests_in_a_place_are_no_protest(tmp_path):
    claims, _ = extract(tmp_path, "There were no protests in Chile on Monday.", published="2030-09-03")
    assert not [c for c in of(claims, "Protest") if c.get("polarity") != "negative"], claims


def test_a_successor_holds_the_office_the_possessor_held(tmp_path):
    claims, _ = extract(tmp_path, "Pakistani Prime Minister Tor Ashby was removed in 2022. Ashby has since blamed his "
                                  "successor, Lee Hart, for his ouster.", published="2030-09-03")
    held = {c["holder"]: c for c in of(claims, "PositionHeld")}
    assert held["lee-hart"]["position"] == "head of government" and held["lee-hart"]["positionOf"] == "pakistan", held
    assert held["lee-hart"]["title"] == "successor", held


def test_talks_that_begin_with_no_one_named_are_the_pair_s(tmp_path):
    claims, _ = extract(tmp_path, "Chile and Peru signed a defence pact on Monday. Chile's president, Tor Ashby, welcomed "
                                  "the pact with Peru. Formal negotiations began in Lima on November 29, 2029.",
                        published="2030-09-03")
    [talks] = of(claims, "Meeting")
    assert sorted(talks["participant"]) == ["chile", "peru"] and talks["date"] == "2029-11-29", talks


def test_talks_that_begin_with_their_parties_named_are_not_the_pair_s(tmp_path):
    claims, _ = extract(tmp_path, "Chile and Peru signed a defence pact on Monday. Chile's president, Tor Ashby, welcomed "
                                  "the pact with Peru. Talks with Bolivia began in La Paz on Tuesday.",
                        published="2030-09-03")
    assert not [c for c in of(claims, "Meeting") if sorted(c["participant"]) == ["chile", "peru"]], claims


FAR = ("The vote was close. Bolivia abstained. Argentina voted in favour. Uruguay voted against. Paraguay did not "
       "vote. ")


def test_the_measures_far_down_are_the_sanctions_of_the_one_authority_told_before(tmp_path):
    claims, _ = extract(tmp_path, "European Union sanctions on Chile return on Saturday. " + FAR +
                        "The returning measures include an arms embargo, a ban on uranium enrichment and a freeze "
                        "on Chilean assets abroad.", published="2030-09-03")
    measures = [c for c in of(claims, "Sanction") if "measure" in c]
    assert [c["measure"] for c in measures] == ["arms embargo", "ban on uranium enrichment",
                                                "freeze on Chilean assets abroad"], measures
    assert all(c["authority"] == "european-union" and c["target"] == "chile" for c in measures), measures


def test_the_measures_far_down_are_nobody_s_when_two_authorities_were_told(tmp_path):
    claims, _ = extract(tmp_path, "European Union sanctions on Chile return on Saturday. Canada imposed sanctions on "
                                  "Peru on Friday. " + FAR + "The returning measures include an arms embargo, a ban "
                                  "on uranium enrichment and a freeze on Chilean assets abroad.", published="2030-09-03")
    assert not [c for c in of(claims, "Sanction") if "measure" in c], claims
