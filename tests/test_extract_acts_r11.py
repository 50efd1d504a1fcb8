"""Rule set 11 of the drafting engine: acts of states, on small sentences written for
these tests (invented people, real states and bodies). Decrees and executive orders, exit
bans, votes told by what they carried and by their tally, measures a sanction subjects
its targets to, targets counted rather than named, and agreements named by a reduced
passive. Each test drafts with the real engine and asserts the fact drafted; a negative
beside each rule checks what it must not draft."""

from __future__ import annotations

from test_extract_rules import draft, engine, facts, only  # noqa: F401  (engine is a fixture)

# PUBLISHED in test_extract_rules is Wednesday 5 March 2031.


# -- Decrees and executive orders: an ExecutiveAction -----------------------------------


def test_an_executive_order_signed_by_a_leader_is_ordered_by_them_for_their_state(engine):
    d = draft(engine, "Chilean President Tor Ashby on Monday signed an executive order imposing new duties on Peru.")
    ex = only(d, "ExecutiveAction")
    assert (ex["orderedBy"], ex["initiator"], ex["actionType"], ex["date"]) == \
        ("tor-ashby", "chile", "executive order", "2031-03-03")
    assert (ex["target"], ex["subject"]) == ("peru", "imposing new duties on Peru")


def test_a_decree_issued_by_a_junta_does_what_its_clause_says(engine):
    d = draft(engine, "A decree issued by Chad's junta suspended all party meetings.")
    ex = only(d, "ExecutiveAction")
    assert (ex["initiator"], ex["actionType"], ex["subject"]) == ("chad-junta", "decree", "suspended all party meetings")


def test_an_act_by_decree_is_taken_by_the_subject_of_its_clause(engine):
    d = draft(engine, "The Peruvian government plans to dissolve the electoral board by decree.")
    ex = only(d, "ExecutiveAction")
    assert (ex["initiator"], ex["actionType"], ex["subject"]) == ("peru", "decree", "dissolve the electoral board")


def test_a_possessors_decree_is_the_possessors_executive_action(engine):
    d = draft(engine, "Chad's junta's decree banning strikes took effect on Monday.")
    ex = only(d, "ExecutiveAction")
    assert (ex["initiator"], ex["actionType"], ex["subject"]) == ("chad-junta", "decree", "banning strikes")


def test_an_order_of_a_court_or_a_purchase_order_is_no_executive_action(engine):
    d = draft(engine, "Chile signed an order for six Peruvian patrol boats. The Harbour District Court issued an order. "
                      "The Harbour District Court's order was ignored.")
    assert not facts(d, "ExecutiveAction")


# -- Exit bans: an ExecutiveAction, not a sanction ---------------------------------------


def test_a_ministry_barring_a_person_from_leaving_takes_a_travel_ban(engine):
    d = draft(engine, "On Monday, the Chilean justice ministry barred Lina Varo from leaving the country.")
    ex = only(d, "ExecutiveAction")
    assert (ex["initiator"], ex["target"], ex["actionType"], ex["date"]) == \
        ("chile-justice-ministry", "lina-varo", "travel ban", "2031-03-03")
    assert not facts(d, "Sanction")


def test_a_person_barred_from_entering_is_still_a_sanction(engine):
    d = draft(engine, "Chile barred Tor Ashby from entering its territory.")
    assert not facts(d, "ExecutiveAction")


# -- Votes: what a body carried or turned down, and the tally ------------------------------


def test_a_council_rejecting_a_draft_resolution_holds_a_vote(engine):
    d = draft(engine, "The UN Security Council on Friday rejected a draft resolution on Peru.")
    vote = only(d, "Vote")
    assert (vote["votingBody"], vote["outcome"], vote["description"], vote["date"]) == \
        ("united-nations-security-council", "rejected", "draft resolution", "2031-02-28")


def test_a_tally_gives_votes_for_against_and_abstentions(engine):
    d = draft(engine, "The UN Security Council adopted the resolution by 12 votes to 0, with three abstentions.")
    vote = only(d, "Vote")
    assert (vote["votesFor"], vote["votesAgainst"], vote["abstentions"], vote["outcome"]) == (12, 0, 3, "adopted")


def test_a_tally_without_its_body_is_the_vote_of_the_body_named_before(engine):
    d = draft(engine, "The Harbour District Court gave its opinion on Monday. The opinion was adopted by 11 votes to 2.")
    vote = only(d, "Vote")
    assert (vote["votingBody"], vote["votesFor"], vote["votesAgainst"]) == ("harbour-court", 11, 2)


def test_members_voting_unanimously_give_the_count_of_their_body(engine):
    d = draft(engine, "The UN Security Council met at night. Its 15 members present voted unanimously to condemn the attack.")
    vote = only(d, "Vote")
    assert (vote["votingBody"], vote["votesFor"], vote["votesAgainst"]) == ("united-nations-security-council", 15, 0)


def test_a_state_adopting_a_statement_holds_no_vote(engine):
    d = draft(engine, "Chile adopted a resolution on fisheries. Peru adopted a statement by 2030.")
    assert not facts(d, "Vote")


def test_a_share_is_no_tally(engine):
    d = draft(engine, "The UN Security Council adopted the plan to cut patrols by 40 to 50 percent.")
    assert not facts(d, "Vote")


# -- Sanctions: the measure subjected to, and counted targets ------------------------------


def test_designations_subjecting_a_named_target_to_an_asset_freeze(engine):
    d = draft(engine, "The Chilean designations subject Vell Petroleum to an asset freeze.")
    san = only(d, "Sanction")
    assert (san["authority"], san["target"], san["measure"]) == ("chile", "vell-petroleum", "asset freeze")


def test_an_asset_freeze_on_counted_people_targets_them_unnamed(engine):
    d = draft(engine, "Chile's cabinet approved an asset freeze on 11 individuals.")
    san = only(d, "Sanction")
    assert (san["authority"], san["target"], san["measure"]) == ("chile", "11 unnamed individuals", "asset freeze")


def test_designated_projects_of_a_state_are_unnamed_targets_not_the_state(engine):
    d = draft(engine, "Chile designated two Peruvian oil projects on Monday.")
    san = only(d, "Sanction")
    assert san["target"] == {"actor": "2 unnamed oil projects", "for": "peru"}


def test_a_ban_on_a_states_goods_still_targets_the_state(engine):
    d = draft(engine, "Chile banned Peruvian fishmeal on Monday.")
    assert only(d, "Sanction")["target"] == "peru"


def test_legal_acts_lifting_sanctions_end_them_for_their_adopter(engine):
    d = draft(engine, "The European Union adopted the legal acts lifting its sanctions on Syria.")
    san = only(d, "Sanction")
    assert (san["authority"], san["target"], san["status"]) == ("european-union", "syria", "ended")


# -- Agreements named by a reduced passive -----------------------------------------------


def test_an_agreement_signed_with_a_state_under_which_the_subject_acts(engine):
    d = draft(engine, "Peru will buy the frigates under the framework agreements signed with Chile on 27 July.")
    agr = only(d, "Agreement")
    assert (sorted(agr["party"]), agr["status"], agr["date"]) == (["chile", "peru"], "signed", "2030-07-27")


def test_an_agreement_signed_with_a_state_that_the_subject_criticises_is_not_its_own(engine):
    d = draft(engine, "Peru criticised the framework agreements signed with Chile on 27 July.")
    assert not [a for a in facts(d, "Agreement") if "peru" in a["party"]]


# -- Institutions suspended, papers filed, agreements to exchange ---------------------------


def test_a_junta_dissolving_a_court_takes_an_executive_action_against_it(engine):
    d = draft(engine, "Chad's junta dissolved the Harbour District Court on Monday.")
    ex = only(d, "ExecutiveAction")
    assert (ex["initiator"], ex["target"], ex["actionType"], ex["date"]) == \
        ("chad-junta", "harbour-court", "dissolution", "2031-03-03")


def test_unnamed_officers_suspending_a_court_are_written_unnamed(engine):
    d = draft(engine, "His officers suspended the Harbour District Court.")
    ex = only(d, "ExecutiveAction")
    assert (ex["initiator"], ex["target"], ex["actionType"]) == ("unnamed officers", "harbour-court", "suspension")


def test_a_bloc_suspending_a_state_takes_no_executive_action(engine):
    d = draft(engine, "The African Union suspended Chad on Monday.")
    assert not facts(d, "ExecutiveAction")


def test_an_application_accusing_a_state_is_a_legal_action_before_the_court(engine):
    d = draft(engine, "Chile filed an application accusing Peru of breaching the treaty at the Harbour District Court.")
    la = only(d, "LegalAction")
    assert (la["initiator"], la["target"], la["court"], la["actionType"]) == \
        ("chile", "peru", "harbour-court", "application")


def test_an_application_for_a_permit_is_no_legal_action(engine):
    d = draft(engine, "Vell Petroleum filed an application for a drilling permit in Peru.")
    assert not facts(d, "LegalAction")


def test_an_agreement_to_sell_names_the_buyer_as_the_other_party(engine):
    d = draft(engine, "Vell Petroleum agreed to sell Chile four million tonnes of gas a year.")
    assert sorted(only(d, "Agreement")["party"]) == ["chile", "vell-petroleum"]


def test_a_contract_worth_an_amount_with_a_state_names_that_state_as_party(engine):
    d = draft(engine, "Chile signed a contract worth USD 3.4 billion with Peru.")
    assert sorted(only(d, "Agreement")["party"]) == ["chile", "peru"]


def test_a_state_agency_concluding_contracts_binds_its_state(engine):
    d = draft(engine, "The contracts were concluded by the Chilean justice ministry with Vell Petroleum.")
    assert sorted(only(d, "Agreement")["party"]) == ["chile", "vell-petroleum"]


def test_a_package_listing_its_measures_is_one_sanction_per_measure(engine):
    d = draft(engine, "Chile imposed new sanctions on Peru on Monday. "
                      "The measures include an arms embargo, a ban on fishing and a freeze on Peruvian assets abroad.")
    measures = sorted(c["measure"] for c in facts(d, "Sanction") if "measure" in c)
    assert measures == ["arms embargo", "ban on fishing", "freeze on Peruvian assets abroad"]
    assert {(c["authority"], c["target"]) for c in facts(d, "Sanction")} == {("chile", "peru")}
    assert len({c["fact"] for c in facts(d, "Sanction")}) == 4


def test_a_package_including_one_measure_of_no_sanction_kind_is_not_split(engine):
    d = draft(engine, "Chile imposed new sanctions on Peru on Monday. The measures include an arms embargo and a review.")
    assert not [c for c in facts(d, "Sanction") if c.get("measure") == "arms embargo"]


# -- Supplies told as an amount of goods or as a state's imports --------------------------


def test_an_amount_of_a_states_goods_bought_is_a_supply_with_its_value(engine):
    d = draft(engine, "Chile will buy $8 billion of Peruvian agricultural products.")
    sup = only(d, "Supply")
    assert (sup["supplier"], sup["recipient"], sup["item"], sup["value"]) == \
        ("peru", "chile", "agricultural products", "USD 8 billion")


def test_an_amount_of_money_not_spent_on_goods_is_no_supply(engine):
    d = draft(engine, "Chile will buy $8 billion of Peruvian debt.")
    assert not facts(d, "Supply")


def test_a_states_imports_from_another_are_a_supply(engine):
    d = draft(engine, "Peru agreed to increase its rice imports from Chile by 75%.")
    sup = only(d, "Supply")
    assert (sup["supplier"], sup["recipient"], sup["item"]) == ("chile", "peru", "rice")


def test_a_states_exports_to_another_are_a_supply(engine):
    d = draft(engine, "Chile's copper exports to Peru doubled.")
    sup = only(d, "Supply")
    assert (sup["supplier"], sup["recipient"], sup["item"]) == ("chile", "peru", "copper")


# -- A motion's fate told with the motion as subject -------------------------------------


def test_a_motion_that_failed_is_a_vote_of_the_body_named_before(engine):
    d = draft(engine, "The UN Security Council met on Monday. A first motion failed on Tuesday.")
    vote = only(d, "Vote")
    assert (vote["votingBody"], vote["outcome"], vote["description"], vote["date"]) == \
        ("united-nations-security-council", "failed", "first motion", "2031-03-04")


def test_talks_that_failed_are_no_vote(engine):
    d = draft(engine, "The UN Security Council met on Monday. The talks failed on Tuesday.")
    assert not facts(d, "Vote")


# -- Help cut off, and a package named far below its adoption ------------------------------


def test_a_leader_cutting_off_funding_to_a_state_sanctions_it_for_his_state(engine):
    d = draft(engine, "Chilean President Tor Ashby said he would cut off all future funding to Peru.")
    san = only(d, "Sanction")
    assert (san["authority"], san["target"], san["measure"], san["modality"]) == \
        ("chile", "peru", "cut-off of future funding", "planned")


def test_suspended_military_aid_is_a_sanction_with_its_date(engine):
    d = draft(engine, "Chile suspended military aid to Peru on Monday.")
    san = only(d, "Sanction")
    assert (san["authority"], san["target"], san["measure"], san["date"]) == \
        ("chile", "peru", "suspension of military aid", "2031-03-03")


def test_aid_cut_to_a_states_own_people_is_no_sanction(engine):
    d = draft(engine, "Chile cut aid to its farmers.")
    assert not facts(d, "Sanction")


def test_the_package_far_below_takes_the_authority_of_the_package_adopted(engine):
    d = draft(engine, "Chile adopted a package of sanctions against Peru on Monday. Peru protested. Its envoy left. "
                      "Talks stalled. Trade fell. The package also bans imports of Peruvian fishmeal.")
    bans = [c for c in facts(d, "Sanction") if "fishmeal" in c.get("measure", "")]
    assert [(c["authority"], c["target"]) for c in bans] == [("chile", "peru")]


def test_measures_far_below_take_no_authority_from_two_far_above(engine):
    """Measures told far below the sanctions of two authorities are of neither (with one
    authority only, they are its own: tests/test_extract_r21a.py)."""
    d = draft(engine, "Chile adopted a package of sanctions against Peru on Monday. Bolivia imposed sanctions on Peru "
                      "on Tuesday. Peru protested. Its envoy left. Talks stalled. Trade fell. Exports slowed. "
                      "The measures also ban imports of Peruvian fishmeal.")
    assert not [c for c in facts(d, "Sanction") if "fishmeal" in c.get("measure", "")]


# -- A bare executive body acts for the state the article is about ---------------------------


def test_the_cabinet_of_a_dateline_state_imposes_its_states_sanction(engine):
    d = draft(engine, "KYIV, March 5 (Reuters) - The Cabinet imposed sanctions on Vell Petroleum on Monday.")
    san = only(d, "Sanction")
    assert (san["authority"], san["target"], san["date"]) == ("ukraine", "vell-petroleum", "2031-03-03")
    assert "the state the article is about" in san["_resolved"]["authority"]


def test_the_cabinet_with_no_state_to_stand_for_imposes_nothing(engine):
    d = draft(engine, "The Cabinet imposed sanctions on Vell Petroleum on Monday.")
    assert not facts(d, "Sanction")


def test_an_agreement_signed_with_a_state_and_implemented_by_the_subject(engine):
    d = draft(engine, "Peru implemented the framework agreements signed with Chile on 27 July.")
    assert sorted(only(d, "Agreement")["party"]) == ["chile", "peru"]


def test_a_states_own_agreements_signed_with_another(engine):
    d = draft(engine, "Peru's agreements signed with Chile in 2020 expired.")
    agr = only(d, "Agreement")
    assert (sorted(agr["party"]), agr["date"]) == (["chile", "peru"], "2020")


def test_a_tally_after_a_sentence_naming_two_bodies_is_its_subjects_vote(engine):
    d = draft(engine, "The Harbour District Court, an arm of the UN General Assembly, gave its opinion on Monday. "
                      "The opinion was adopted by 11 votes to 2.")
    assert only(d, "Vote")["votingBody"] == "harbour-court"


def test_members_voting_far_from_any_named_body_vote_in_the_body_the_article_names_most(engine):
    d = draft(engine, "The UN Security Council met on Monday. The UN Security Council heard Peru. Chile spoke. "
                      "Peru left. Then the 15 members present voted unanimously to condemn the attack.")
    vote = only(d, "Vote")
    assert (vote["votingBody"], vote["votesFor"], vote["votesAgainst"]) == ("united-nations-security-council", 15, 0)


def test_his_government_acting_by_decree_is_the_state_of_the_leader(engine):
    d = draft(engine, "Chilean President Tor Ashby spoke on Monday. "
                      "His government plans to strip the central bank of its powers by decree.")
    ex = only(d, "ExecutiveAction")
    assert (ex["initiator"], ex["actionType"]) == ("chile", "decree")
    assert ex["_resolved"]["initiator"] == "'His government': the government of Chile"


def test_a_state_answering_by_shutting_its_border_is_who_closes_it(engine):
    d = draft(engine, "Chile answered by shutting its entire border with Peru.")
    closure = only(d, "BorderClosure")
    assert (closure["initiator"], closure["place"], closure["borderWith"]) == ("chile", "chile", "peru")
