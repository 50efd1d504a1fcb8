"""kg eval holds who did a fact, and a foreseen act is no act done: through the real
CLI, on an invented article and its curated claims, with drafts that name the right
participants in the wrong roles (a target drafted as a summoner, the one a statement is
about drafted as its speaker), drafts that name them in the right roles, and an act
drafted as done that the article only foresees (docs/evaluation.md, "Matching facts")."""

from __future__ import annotations

from pathlib import Path

import pytest

from evalcases import curated_corpus, scored

TEXT = (
    "BRELSK, March 3 - Valdoria summoned the Ostrian ambassador, Petra Lind, on Monday over the "
    "shelling of a border post. Deputy Foreign Minister Karl Weber handed Lind a protest note.\n\n"
    "Weber later said that Ostrian President Anna Holm bore personal responsibility for the shelling.\n\n"
    "Military analysts warned that an Ostrian attack on the port of Brelsk could follow within weeks.\n"
)
SUMMONS_QUOTE = "Valdoria summoned the Ostrian ambassador, Petra Lind, on Monday"
STATEMENT_QUOTE = "Weber later said that Ostrian President Anna Holm bore personal responsibility for the shelling"
ATTACK_QUOTE = "an Ostrian attack on the port of Brelsk could follow within weeks"
ENTITIES = [
    {"id": "valdoria", "type": "State", "label": "Valdoria"},
    {"id": "ostria", "type": "State", "label": "Ostria"},
    {"id": "petra-lind", "type": "Person", "label": "Petra Lind", "of": "ostria"},
    {"id": "karl-weber", "type": "Person", "label": "Karl Weber", "of": "valdoria"},
    {"id": "anna-holm", "type": "Person", "label": "Anna Holm", "of": "ostria"},
    {"id": "brelsk", "type": "City", "label": "Brelsk", "of": "valdoria"},
]
ARTICLE = "brelsk-border-row"
SUMMONS = "summons-valdoria-petra-lind"
STATEMENT = "statement-karl-weber-anna-holm"
ATTACK = "attack-ostria-brelsk"


def curated(root: Path, attack_modality: str = "predicted") -> Path:
    """A corpus folder with the article and its curated claims: Valdoria's summons of
    the Ostrian ambassador (its summoner acting for Valdoria, the ambassador for
    Ostria), Weber's statement about Holm, and an attack the analysts foresee."""
    claims = [
        {"id": "summons", "fact": SUMMONS, "type": "Summons",
         "initiator": {"actor": "Karl Weber", "for": "Valdoria"}, "target": {"actor": "Petra Lind", "for": "Ostria"},
         "quote": SUMMONS_QUOTE},
        {"id": "holm", "fact": STATEMENT, "type": "Statement", "speaker": "Karl Weber", "about": "Anna Holm",
         "quote": STATEMENT_QUOTE},
        {"id": "attack", "fact": ATTACK, "type": "Attack", "perpetrator": "Ostria", "place": "Brelsk",
         "modality": attack_modality, "said_by": "unnamed military analysts", "quote": ATTACK_QUOTE},
    ]
    return curated_corpus(root, TEXT, ENTITIES, ARTICLE, claims)


def drafted(root: Path, corpus: Path, *claims: dict) -> dict:
    """``kg eval --json`` of a drafted file of the article, outside the corpus, with ``claims``."""
    return scored(root, corpus, TEXT, ARTICLE, *claims)


def matched(result: dict) -> list[str]:
    return [m["curated"] for m in result["matches"]]


def summons(**roles) -> dict:
    return {"fact": "drafted-summons", "type": "Summons", "quote": SUMMONS_QUOTE, **roles}


def statement(**roles) -> dict:
    return {"fact": "drafted-statement", "type": "Statement", "modality": "reported", "quote": STATEMENT_QUOTE, **roles}


@pytest.mark.parametrize("roles, matches", [
    ({"initiator": "Valdoria", "target": "Ostria"}, True),         # the parties the two actors act for
    ({"initiator": "Karl Weber", "target": "Petra Lind"}, True),   # the actors themselves
    ({"initiator": "Valdoria"}, True),                             # the summoner only
    ({"target": "Petra Lind"}, True),                              # the one summoned only
    ({"initiator": ["Valdoria", "Ostria"]}, False),                # the summoned state drafted as a summoner
    ({"initiator": "Petra Lind", "target": "Valdoria"}, False),    # the two the wrong way round
])
def test_a_summons_holds_who_summoned_whom(tmp_path, roles, matches):
    corpus = curated(tmp_path)
    result = drafted(tmp_path, corpus, summons(**roles))
    assert (SUMMONS in matched(result)) is matches, result["false"]
    if not matches:
        reason = result["false"][0]["reason"]
        assert reason.endswith("(role)") and " drafted as initiator, curated as target" in reason \
            or " drafted as target, curated as initiator" in reason, reason


def test_the_one_a_statement_is_about_is_not_its_speaker(tmp_path):
    corpus = curated(tmp_path)
    wrong = drafted(tmp_path / "holm", corpus, statement(speaker="Anna Holm", said_by="Anna Holm"))
    assert matched(wrong) == []
    assert wrong["false"] == [{"article": ARTICLE, "fact": "drafted-statement", "kind": "Statement",
                               "nearest": STATEMENT,
                               "reason": "anna-holm drafted as speaker, curated as about (role)"}]
    for name, claim in (("weber", statement(speaker="Karl Weber", said_by="Karl Weber")),
                        ("both", statement(speaker="Karl Weber", about="Anna Holm", said_by="Karl Weber"))):
        right = drafted(tmp_path / name, corpus, claim)
        assert matched(right) == [STATEMENT], name


def test_those_a_statement_is_made_to_did_not_make_it(tmp_path):
    # A statement's audience is one it is made to: Weber drafted as the one who heard
    # it is a miss. 'said_by' is no role of the fact: a draft naming Holm there and as
    # the one the statement is about is right about her role.
    corpus = curated(tmp_path)
    heard = drafted(tmp_path / "heard", corpus, statement(audience="Karl Weber", about="Anna Holm",
                                                          said_by="unnamed officials"))
    assert matched(heard) == [] and heard["false"][0]["reason"] == \
        "karl-weber drafted as audience, curated as speaker (role)"
    said = drafted(tmp_path / "said", corpus, statement(about="Anna Holm", said_by="Anna Holm"))
    assert matched(said) == [STATEMENT]


def attack(modality: str) -> dict:
    claim = {"fact": "drafted-attack", "type": "Attack", "perpetrator": "Ostria", "place": "Brelsk",
             "modality": modality, "quote": ATTACK_QUOTE}
    return claim if modality == "asserted" else dict(claim, said_by="unnamed military analysts")


@pytest.mark.parametrize("curated_modality, drafted_modality, matches", [
    ("predicted", "asserted", False),   # foreseen, drafted as done: a false fact
    ("predicted", "reported", False),   # the analysts' words drafted as saying it happened
    ("predicted", "predicted", True),
    ("planned", "asserted", True),      # decided, not yet done: left to modality accuracy
])
def test_an_act_foreseen_is_not_an_act_done(tmp_path, curated_modality, drafted_modality, matches):
    corpus = curated(tmp_path, curated_modality)
    result = drafted(tmp_path, corpus, attack(drafted_modality))
    assert (ATTACK in matched(result)) is matches, result["false"]
    if not matches:
        assert result["false"][0]["reason"] == "drafted as done, curated as Predicted only (modality)"
    elif curated_modality != drafted_modality:
        assert "modality" in [d["on"] for d in result["disagreements"]]
