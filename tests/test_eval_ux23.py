"""kg eval counts as matched only a draft that says what the curated fact says: a place
drafted wrong is a false Location, not a repeat of the right one; a label given to the
wrong measure is false; a buyer drafted also as what was sold, a mediator drafted as a
party and a state standing in for a person of its name are false; a statement's speaker
is compared on every claim of a matched statement. Through the real CLI, on an invented
article and its curated claims, each rule beside a draft that must still match
(docs/evaluation.md, "Matching facts")."""

from __future__ import annotations

from pathlib import Path

import pytest

from evalcases import curated_corpus, falses, pairs
from evalcases import scored as scored_draft

TEXT = (
    "KORVAL, May 5, 2025 - The Tessan Union banned imports of Vardian steel and froze the assets of "
    "Vardia's central bank on Monday. Prime Minister Luca Sarne called the asset freeze long overdue.\n\n"
    "Sarne said the measures would stay until the war ends. Sarne also said that talks with Vardia "
    "had failed.\n\n"
    "Vardia and Oskelia signed a fishing accord in Korval, in talks brokered by Tessaly.\n\n"
    "Halvard Capital bought Nordport Logistics last year.\n\n"
    "Oskelia runs grain terminals at Brena in Lenth province and Kavo in Osk province.\n"
)
BAN = "banned imports of Vardian steel"
FREEZE = "froze the assets of Vardia's central bank on Monday"
LABEL = "called the asset freeze long overdue"
STAY = "Sarne said the measures would stay until the war ends"
FAILED = "Sarne also said that talks with Vardia had failed"
ACCORD = "Vardia and Oskelia signed a fishing accord in Korval, in talks brokered by Tessaly"
SALE = "Halvard Capital bought Nordport Logistics last year"
BRENA = "Brena in Lenth province"
BOTH_TERMINALS = "Brena in Lenth province and Kavo in Osk province"
ENTITIES = [
    {"id": "tessan-union", "type": "InternationalOrganisation", "label": "Tessan Union"},
    {"id": "vardia", "type": "State", "label": "Vardia"},
    {"id": "oskelia", "type": "State", "label": "Oskelia"},
    {"id": "tessaly", "type": "State", "label": "Tessaly"},
    {"id": "halvard-capital", "type": "Organisation", "label": "Halvard Capital"},
    {"id": "nordport-logistics", "type": "Organisation", "label": "Nordport Logistics"},
    {"id": "brena", "type": "City", "label": "Brena", "of": "oskelia"},
    {"id": "lenth-province", "type": "Region", "label": "Lenth province", "of": "oskelia"},
    {"id": "osk-province", "type": "Region", "label": "Osk province", "of": "oskelia"},
    {"id": "korval", "type": "City", "label": "Korval", "of": "tessaly"},
]
ARTICLE = "korval-measures"
#: Declared in the curated file, with the name the text also calls him by; a draft
#: declares its own (drafts are read with the corpus registry and their own entities).
SARNE = {"id": "luca-sarne", "type": "Person", "label": "Luca Sarne", "aliases": ["Sarne"], "of": "tessaly"}
DRAFTED_SARNE = [{"id": "luca-sarne", "type": "Person", "label": "Luca Sarne"}]


def curated(root: Path) -> Path:
    """A corpus folder with the article and its curated claims."""
    measure = {"type": "Sanction", "authority": "Tessan Union", "target": "Vardia", "date": "2025-05-05"}
    claims = [
        {"id": "ban", "fact": "sanction-steel-ban", **measure, "measure": "import ban", "quote": BAN},
        {"id": "freeze", "fact": "sanction-asset-freeze", **measure, "measure": "asset freeze", "quote": FREEZE},
        {"id": "overdue", "fact": "characterisation-freeze-overdue", "type": "Characterisation",
         "characterised": "sanction-asset-freeze", "category": "long overdue", "modality": "reported",
         "said_by": "Luca Sarne", "quote": LABEL},
        {"id": "stay", "fact": "statement-sarne", "type": "Statement", "speaker": "Luca Sarne", "quote": STAY},
        {"id": "failed", "fact": "statement-sarne", "type": "Statement", "speaker": "Luca Sarne", "quote": FAILED},
        {"id": "accord", "fact": "agreement-vardia-oskelia-fishing", "type": "Agreement",
         "party": ["Vardia", "Oskelia"], "mediator": "Tessaly", "place": "Korval", "quote": ACCORD},
        {"id": "sale", "fact": "sale-nordport", "type": "Sale", "buyer": "Halvard Capital",
         "sold": "Nordport Logistics", "quote": SALE},
        {"id": "brena", "fact": "location-brena", "type": "Location", "located": "Brena",
         "place": "Lenth province", "quote": BRENA},
    ]
    return curated_corpus(root, TEXT, ENTITIES, ARTICLE, claims, inline=[SARNE])


def scored(root: Path, corpus: Path, *claims: dict, entities: list | None = None) -> dict:
    """``kg eval --json`` of a drafted file of the article holding ``claims``."""
    return scored_draft(root, corpus, TEXT, ARTICLE, *claims, entities=entities)


def location(fact: str, place: str | None, quote: str) -> dict:
    return {"fact": fact, "type": "Location", "located": "Brena", **({"place": place} if place else {}), "quote": quote}


def test_a_place_drafted_wrong_is_a_false_location_not_a_repeat(tmp_path):
    corpus = curated(tmp_path)
    result = scored(tmp_path / "wrong", corpus, location("brena-lenth", "Lenth province", BRENA),
                    location("brena-osk", "Osk province", BOTH_TERMINALS))
    assert pairs(result) == [("brena-lenth", "location-brena")]
    assert result["duplicates"] == []
    assert falses(result) == {"brena-osk": "place osk-province, curated lenth-province"}
    assert result["kinds"]["Location"]["precision"] == 0.5
    # Look-alikes: the right place drafted twice is one fact drafted twice (a repeat),
    # and a Location drafted without its place is less complete, not wrong.
    twice = scored(tmp_path / "twice", corpus, location("brena-1", "Lenth province", BRENA),
                   location("brena-2", "Lenth province", BOTH_TERMINALS))
    assert [d["drafted"] for d in twice["duplicates"]] == ["brena-2"] and twice["false"] == []
    bare = scored(tmp_path / "bare", corpus, location("brena-somewhere", None, BRENA))
    assert pairs(bare) == [("brena-somewhere", "location-brena")]


def test_a_label_given_to_the_wrong_measure_is_false(tmp_path):
    corpus = curated(tmp_path)
    measure = {"type": "Sanction", "authority": "Tessan Union", "target": "Vardia", "date": "2025-05-05"}
    ban = {"fact": "d-ban", **measure, "quote": BAN}
    freeze = {"fact": "d-freeze", **measure, "quote": FREEZE}

    def label(about: str) -> dict:
        return {"fact": f"d-label-{about}", "type": "Characterisation", "characterised": about, "category": "long overdue",
                "modality": "reported", "said_by": "Luca Sarne", "quote": LABEL}

    # The drafted ban is paired with the curated ban, so a label of it is not the
    # curated label of the freeze, though the ban might have matched the freeze too.
    wrong = scored(tmp_path / "wrong", corpus, ban, freeze, label("d-ban"), entities=DRAFTED_SARNE)
    assert ("d-label-d-ban", "characterisation-freeze-overdue") not in pairs(wrong)
    assert falses(wrong)["d-label-d-ban"] == "characterisedFact d-ban, curated sanction-asset-freeze"
    right = scored(tmp_path / "right", corpus, ban, freeze, label("d-freeze"), entities=DRAFTED_SARNE)
    assert ("d-label-d-freeze", "characterisation-freeze-overdue") in pairs(right) and right["false"] == []


@pytest.mark.parametrize("roles, matches", [
    ({"buyer": "Halvard Capital", "sold": "Nordport Logistics"}, True),
    ({"buyer": "Halvard Capital"}, True),                                           # less complete
    ({"buyer": "Halvard Capital", "sold": ["Halvard Capital", "Nordport Logistics"]}, False),  # buyer also sold
])
def test_a_buyer_drafted_also_as_what_was_sold_is_false(tmp_path, roles, matches):
    result = scored(tmp_path, curated(tmp_path), {"fact": "d-sale", "type": "Sale", **roles, "quote": SALE})
    assert (pairs(result) == [("d-sale", "sale-nordport")]) is matches, result
    if not matches:
        assert falses(result) == {"d-sale": "halvard-capital drafted as buyer/sold, curated as buyer (role)"}


@pytest.mark.parametrize("roles, matches", [
    ({"party": ["Vardia", "Oskelia"], "mediator": "Tessaly"}, True),
    ({"party": ["Vardia", "Oskelia"]}, True),
    ({"party": ["Vardia", "Tessaly"]}, False),      # the mediator drafted as a party
    ({"party": "Oskelia", "mediator": "Vardia"}, False),  # a party drafted as the mediator
])
def test_a_mediator_is_not_a_party(tmp_path, roles, matches):
    result = scored(tmp_path, curated(tmp_path), {"fact": "d-accord", "type": "Agreement", **roles, "quote": ACCORD})
    assert (pairs(result) == [("d-accord", "agreement-vardia-oskelia-fishing")]) is matches, result
    if not matches:
        assert falses(result)["d-accord"].endswith("(role)"), result["false"]


def test_a_state_named_like_a_person_is_not_that_person(tmp_path):
    corpus = curated(tmp_path)
    state = [{"id": "sarne", "type": "State", "label": "Sarne"}]
    wrong = scored(tmp_path / "state", corpus, {"fact": "d-statement", "type": "Statement", "speaker": "sarne",
                                                "modality": "reported", "said_by": "sarne", "quote": STAY},
                   entities=state)
    assert pairs(wrong) == [] and falses(wrong) == {"d-statement": "participant(s) not in the curated fact: sarne"}
    # Look-alike: the person, by the name the text gives him, is the curated speaker.
    person = [{"id": "sarne", "type": "Person", "label": "Sarne"}]
    right = scored(tmp_path / "person", corpus, {"fact": "d-statement", "type": "Statement", "speaker": "sarne",
                                                 "modality": "reported", "said_by": "sarne", "quote": STAY},
                   entities=person)
    assert pairs(right) == [("d-statement", "statement-sarne")]


def test_the_speaker_is_compared_on_every_claim_of_a_matched_statement(tmp_path):
    corpus = curated(tmp_path)

    def said_by(who: str) -> dict:
        # A claim quoting words no curated claim of the statement quotes.
        return scored(tmp_path / who, corpus,
                      {"fact": "d-statement", "type": "Statement", "speaker": "Luca Sarne", "modality": "reported",
                       "said_by": "Luca Sarne", "quote": STAY},
                      {"fact": "d-statement", "type": "Statement", "speaker": "Luca Sarne", "modality": "reported",
                       "said_by": who, "quote": "Prime Minister Luca Sarne"}, entities=DRAFTED_SARNE)

    wrong = said_by("unnamed officials")
    assert pairs(wrong) == [("d-statement", "statement-sarne")]
    assert (wrong["speaker"]["total"], wrong["speaker"]["correct"]) == (2, 1), wrong["speaker"]
    # Look-alike: the same claim said by the curated speaker is right.
    right = said_by("Luca Sarne")
    assert (right["speaker"]["total"], right["speaker"]["correct"]) == (2, 2), right["speaker"]
