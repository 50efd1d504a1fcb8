"""Rule set 21a, through the real ``kg extract`` command, on small articles written for
these tests (invented people, real states of the gazetteer): a warrant names one person,
so warrants against two people are a warrant each."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

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
