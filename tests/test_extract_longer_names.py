"""A body's name inside a longer proper name is not that body, through the real
``kg extract`` on a small article written for this test: "the US National Security
Council" is not the UN's "Security Council" (a name the gazetteer gives the UN body),
while "the Security Council" alone, and after a date ("On Monday Security Council
members"), still is."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from test_extract_r18 import extract, of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the NER model reads the longer name")

UNSC = "united-nations-security-council"


def test_a_national_security_council_is_not_the_un_security_council(tmp_path):
    claims, _ = extract(tmp_path, "The US National Security Council spokesperson Tor Ashby said Chile would respond. "
                                  "The Security Council spokesperson Lea Moro said the vote was delayed. "
                                  "On Monday Security Council members met in New York.")
    posts = {c["holder"]: c.get("positionOf") for c in of(claims, "PositionHeld")}
    assert posts.get("tor-ashby") != UNSC and posts.get("lea-moro") == UNSC, claims
    assert any(UNSC in str(c.get("organiser")) for c in of(claims, "Meeting")), claims
