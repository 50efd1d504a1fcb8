"""Rule set 15, through the real drafting engine, on small sentences written for these
tests (invented people, real states and the EU of the gazetteer): a sanctions package
adopted by an organisation's ministers or leaders, with its place in the series and no
second, ownerless sanction read from its noun; a "leader" title whose word before it
names a party or group, which is no state's head; a treaty whose own clause names the
state it hands something to. Each with the wrong draft it must not make."""

from __future__ import annotations

import pytest

from kg.extract.engine import RuleEngine, default_engine
from kg.extract.pipeline import model_path

from test_extract_rules import REG, facts, source

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    return default_engine(True)


def draft(engine, text: str):
    d = engine.draft(source(text), REG)
    for c in d.claims:
        assert c["quote"] in text, c  # verbatim, always
    return d


@pytest.mark.parametrize("text, ordinal", [
    ("BRUSSELS, March 4 (Reuters) - European Union foreign ministers on Monday adopted a 16th package of "
     "sanctions against Russia.", 16),
    ("BRUSSELS, March 4 (Reuters) - EU leaders imposed a fourth round of sanctions on Russia on Monday.", 4),
    ("BRUSSELS, March 4 (Reuters) - The European Union on Monday adopted a package of sanctions against Russia.", None),
])
def test_a_package_adopted_by_an_organisation_s_ministers_is_the_organisation_s(engine, text, ordinal):
    d = draft(engine, text)
    [sanction] = facts(d, "Sanction")  # no second sanction of no one, read from "sanctions against Russia"
    assert (sanction["authority"], sanction["target"], sanction.get("ordinal")) == ("european-union", "russia", ordinal)
    assert sanction["date"] == "2031-03-03"  # Monday, before the Wednesday of publication
    assert "unnamed authority" not in str(d.claims)


def test_a_demonym_before_officials_names_no_authority(engine):
    d = draft(engine, "MOSCOW, March 4 (Reuters) - Russian officials imposed sanctions on Ukraine on Monday.")
    assert not [s for s in facts(d, "Sanction") if s.get("authority") == "european-union"]


@pytest.mark.parametrize("title", ["Conservative leader", "Opposition leader", "Labour leader", "union leader",
                                   "AfD co-leader"])
def test_a_leader_of_a_party_or_group_is_no_head_of_state(engine, title):
    # a London dateline gives a bare state office the United Kingdom; a party's leader holds none
    d = draft(engine, f"LONDON, March 4 (Reuters) - {title} Mara Quill said the deal would cost Britain dearly. "
                      "Britain rejected the figure.")
    assert not [p for p in facts(d, "PositionHeld") if p.get("position") == "head of state"], d.claims


@pytest.mark.parametrize("title", ["North Korean leader", "Military leader", "Longtime leader"])
def test_a_state_s_leader_keeps_the_office(engine, title):
    d = draft(engine, f"PYONGYANG, March 4 (Reuters) - {title} Mara Quill met officials. North Korea said so.")
    [held] = facts(d, "PositionHeld")
    assert (held["holder"], held["positionOf"]) == ("mara-quill", "north-korea"), d.claims


def test_a_treaty_handing_something_to_a_state_is_an_agreement_with_it(engine):
    d = draft(engine, "LONDON, March 4 (Reuters) - Britain signed a treaty on Monday transferring sovereignty over "
                      "the islands to Mauritius, hours after a judge lifted an injunction.")
    [treaty] = facts(d, "Agreement")
    assert (sorted(treaty["party"]), treaty["status"], treaty["date"]) == (
        ["mauritius", "united-kingdom"], "signed", "2031-03-03")


def test_a_treaty_signed_alone_names_no_second_party(engine):
    # the clause gives nothing to a state: one party is no agreement to draft
    d = draft(engine, "LONDON, March 4 (Reuters) - Britain signed a treaty on Monday protecting the islands' reefs.")
    assert facts(d, "Agreement") == []


def test_what_happens_where_a_speaker_spoke_is_told_by_the_article(engine):
    # the ceremony hangs on the place of the saying, not on what was said
    d = draft(engine, 'LONDON, March 4 (Reuters) - "The deal is good," Lina Varo told troops at a base outside '
                      "London, from where she joined a signing ceremony with Tor Ashby.")
    [ceremony] = facts(d, "Ceremony")
    assert sorted(ceremony["participant"]) == ["lina-varo", "tor-ashby"]
    assert "modality" not in ceremony and "said_by" not in ceremony, ceremony  # asserted by the article


def test_what_a_statement_says_stays_the_speaker_s(engine):
    d = draft(engine, "LONDON, March 4 (Reuters) - Lina Varo said in a statement that Tor Ashby attended the "
                      "coronation in Oslo.")
    [ceremony] = facts(d, "Ceremony")
    assert (ceremony.get("modality"), ceremony.get("said_by")) == ("reported", "lina-varo"), ceremony


def test_a_state_s_words_told_by_the_person_who_speaks_for_it_are_one_statement(engine):
    d = draft(engine, 'WASHINGTON, March 4 (Reuters) - U.S. Secretary of State Lina Varo welcomed the agreement, '
                      'saying in a statement that Washington "applauds" the historic deal.')
    assert [p["speaker"] for p in facts(d, "Praise")] == ["lina-varo"]  # not a second praise by the United States


def test_a_state_s_reaction_of_another_kind_stays_its_own(engine):
    d = draft(engine, "MOSCOW, March 4 (Reuters) - Foreign Minister Lina Varo condemned the sanctions, saying "
                      "Moscow rejects them.")
    assert [r["speaker"] for r in facts(d, "Rejection")] == ["russia"]


def test_not_a_member_is_a_negative_membership(engine):
    d = draft(engine, "THE HAGUE, March 4 (Reuters) - Israel is not a member of the International Criminal Court "
                      "and denies the charges.")
    [member] = facts(d, "Membership")
    assert (member["member"], member["memberOf"], member.get("polarity")) == (
        "israel", "international-criminal-court", "negative")


def test_an_act_someone_is_urged_to_stop_is_the_appeals_content_only(engine):
    d = draft(engine, "BEIJING, March 4 (Reuters) - The ministry urged Washington to stop arming Taiwan.")
    assert not facts(d, "Support"), d  # the arming is the appealing speaker's account, inside its appeal
    assert not [c for c in d.claims if c.get("modality") == "requested" and c["type"] == "Support"]


@pytest.mark.parametrize("text, quantity", [
    ("The United States approved the sale of missile systems to Taiwan on Friday.", None),
    ("The United States has approved the possible sale to Taiwan of three surface-to-air missile systems.", 3),
    ("The United States approved a $2 billion arms sale to Taiwan on Friday.", None),
])
def test_a_sale_of_arms_a_state_approves_is_its_transfer_approved(engine, text, quantity):
    d = draft(engine, "WASHINGTON, March 4 (Reuters) - " + text)
    [sale] = facts(d, "ArmsTransfer")
    assert (sale["supplier"], sale["recipient"], sale["status"], sale.get("quantity")) == (
        "united-states", "taiwan", "approved", quantity)
