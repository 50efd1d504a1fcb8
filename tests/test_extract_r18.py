"""Rule set 18, through the real ``kg extract`` command (run in this process), on small articles written for
these tests (invented people, real states of the gazetteer): a failure or refusal to act
is the act with negative polarity, never the act, and its quote stays outside another
speaker's quotation; a fact of the headline dated only by the publication date is the
body's fact of the same kind and participants dated inside that span."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import drafted_claims, kg_cli

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")


def extract(tmp_path, body: str, title: str | None = None, published: str = "2030-09-03"):
    """Draft one article with ``kg extract`` and return its claims and the drafts folder."""
    art = tmp_path / "article.txt"
    head = f"Title: {title}\n" if title else ""
    text = (title + "\n\n" if title else "") + body
    art.write_text(f"URL: https://example.org/news/article\n{head}Published: {published}\n\n{text}\n", encoding="utf-8")
    out = tmp_path / "drafts"
    proc = kg_cli("extract", art, "-o", out, "-q", "-j", "1")
    assert proc.returncode == 0 or (proc.returncode == 2 and "Error:" not in proc.stderr), proc.stderr
    claims = drafted_claims(out / "article.yaml", art, proc)  # [] when nothing was drafted (no file written)
    for c in claims:
        assert c["quote"] in text, c  # verbatim, always
    return claims, out


def of(claims, kind):
    return [c for c in claims if c["type"] == kind]


# -- 1. a failure to act is not the act ---------------------------------------------------------

DATELINE = "LONDON, March 4 (Reuters) - "


@pytest.mark.parametrize("text, initiator", [
    ('Chile called the failure to arrest Tor Ashby "a dark day for justice" and urged action.', None),
    ("Mongolia's refusal to arrest Tor Ashby angered Chile.", "mongolia"),
    ("Mongolia failed to arrest Tor Ashby on Monday.", "mongolia"),
    ("Mongolia declined to detain Tor Ashby on Monday.", "mongolia"),
    ("Mongolia did not arrest Tor Ashby on Monday.", "mongolia"),
])
def test_a_failure_to_arrest_is_a_negative_detention_never_the_detention(tmp_path, text, initiator):
    claims, _ = extract(tmp_path, DATELINE + text, published="2030-03-04")
    held = of(claims, "Detention")
    assert held, claims
    assert all(c.get("polarity") == "negative" for c in held), held
    assert [c.get("initiator") for c in held] == [initiator]
    assert all(c["target"] == "tor-ashby" for c in held)


def test_the_quote_of_an_act_stays_outside_another_speaker_s_quotation(tmp_path):
    claims, _ = extract(tmp_path, DATELINE + 'Chile called the failure to arrest Tor Ashby "a dark day for '
                                             'justice" and urged action.', published="2030-03-04")
    [held] = of(claims, "Detention")
    assert held["quote"] == "to arrest Tor Ashby"


def test_a_quotation_inside_a_phrase_of_the_act_stays_in_its_quote(tmp_path):
    claims, _ = extract(tmp_path, DATELINE + 'Mongolia arrested Tor Ashby on Monday for "crimes against the state".',
                        published="2030-03-04")
    [held] = of(claims, "Detention")
    assert held["quote"] == 'Mongolia arrested Tor Ashby on Monday for "crimes against the state"'


def test_leaving_without_being_arrested_is_no_detention(tmp_path):
    claims, _ = extract(tmp_path, DATELINE + "Tor Ashby left Mongolia without being arrested on Monday.",
                        published="2030-03-04")
    assert not [c for c in of(claims, "Detention") if c.get("polarity") != "negative"], claims


def test_an_arrest_made_stays_asserted_and_positive(tmp_path):
    claims, _ = extract(tmp_path, DATELINE + "Mongolia arrested Tor Ashby on Monday.", published="2030-03-04")
    [held] = of(claims, "Detention")
    assert "polarity" not in held and held["initiator"] == "mongolia", held


def test_a_negative_detention_ingests(tmp_path):
    claims, out = extract(tmp_path, DATELINE + "Mongolia's refusal to arrest Tor Ashby angered Chile.",
                          published="2030-03-04")
    assert [c for c in of(claims, "Detention") if c.get("polarity") == "negative"], claims
    kg_cli("ingest", "--dry-run", out, check=0)  # the reader and the shapes take the negative claim


# -- 2. one event in the headline and the body ---------------------------------------------------

HEADLINE = "Tor Ashby visits Mongolia amid protests"


def test_a_headline_fact_dated_by_the_publication_is_the_body_s_dated_fact(tmp_path):
    claims, _ = extract(tmp_path, "ULAANBAATAR, Sept 3 (Reuters) - Chilean President Tor Ashby landed in Ulaanbaatar "
                                  "late on Monday for talks on copper.", title=HEADLINE)
    visits = of(claims, "Visit")
    assert len(visits) >= 2, claims  # the headline's and the body's
    assert {c["fact"] for c in visits} == {"visit-mongolia-tor-ashby-2030-09-02"}, visits
    assert [c.get("date") for c in visits if c["quote"] == HEADLINE] == [None]  # the month was never stated


def test_a_headline_fact_with_no_dated_body_fact_keeps_the_publication_month(tmp_path):
    claims, _ = extract(tmp_path, "ULAANBAATAR, Sept 3 (Reuters) - Chilean President Tor Ashby arrived for talks "
                                  "on copper.", title=HEADLINE)
    assert {c["fact"] for c in of(claims, "Visit")} == {"visit-mongolia-tor-ashby-2030-09"}, claims


def test_two_visits_on_different_stated_days_stay_two(tmp_path):
    claims, _ = extract(tmp_path, "ULAANBAATAR, Sept 3 (Reuters) - Chilean President Tor Ashby visited Mongolia on "
                                  "Monday. He first visited Mongolia on Sept. 1 to meet miners.", title=HEADLINE)
    facts = {c["fact"] for c in of(claims, "Visit")}
    dated = {f for f in facts if f.startswith("visit-mongolia-tor-ashby-2030-09-0")}
    assert len(dated) == 2, facts
    assert "visit-mongolia-tor-ashby-2030-09" in facts  # the headline's, of either day: left alone


def test_a_lead_s_fact_dated_by_the_publication_is_the_body_s_dated_fact(tmp_path):
    claims, _ = extract(tmp_path, "ULAANBAATAR, Sept 3 (Reuters) - Chilean President Tor Ashby is visiting Mongolia "
                                  "for talks on copper.\n\nAshby landed in Ulaanbaatar late on Monday and met miners.")
    visits = of(claims, "Visit")
    assert len(visits) == 2 and {c["fact"] for c in visits} == {"visit-mongolia-tor-ashby-2030-09-02"}, visits
