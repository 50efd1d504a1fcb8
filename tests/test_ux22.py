"""Claims as analysts write them, and messages that point at the right cause: money as
printed ('$3 billion', 'US$3bn'), a restructuring's haircut, a claim naming a refused
entry, a name close to the file's own entity, 'kg vocabulary' preferring a whole phrase,
a veto contradicted within its claim. Through the real CLI, on an invented article about
invented states, each rule beside a look-alike that must not trigger it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import dump_yaml, kg_cli, sparql_rows

TEXT = (
    "ORVANE, June 4, 2025 - Kestria agreed with its bondholders to restructure USD 8 billion of bonds, "
    "with a nominal haircut of 35 percent. Talvo Holdings said it would invest $2.5 billion in Kestrian ports, "
    "and Meridian Bank promised US$400m more, while a fund pledged €75m and a lender ¥900 million.\n\n"
    "The Council voted on the draft: Norvia vetoed it, and Sarland abstained.\n\n"
    "Kestria said the deal was fair.\n"
)
ENTITIES = [
    {"id": "kestria", "type": "State", "label": "Kestria"},
    {"id": "norvia", "type": "State", "label": "Norvia"},
    {"id": "sarland", "type": "State", "label": "Sarland"},
    {"id": "orvane-council", "type": "InternationalOrganisation", "label": "Orvane Council"},
    {"id": "talvo-holdings", "type": "Organisation", "label": "Talvo Holdings"},
]


def claims_file(root: Path, claims: list[dict], entities=ENTITIES, text: str = TEXT) -> Path:
    """A claims file of the invented article (or of ``text``), with the entities declared inline."""
    folder = root / "claims"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "orvane.txt").write_text(text, encoding="utf-8")
    return dump_yaml(folder / "orvane.yaml", {"article": {"id": "orvane-1", "file": "orvane.txt", "published": "2025-06-04"},
                                          "entities": entities, "claims": claims})


def invest(cid: str, value: str, quote: str) -> dict:
    return {"id": cid, "fact": f"investment-{cid}", "type": "Investment", "investor": "talvo-holdings",
            "value": value, "quote": quote}


def said(proc) -> str:
    return " ".join(proc.stderr.split())


# -- 1. money as printed ---------------------------------------------------------------------------


def test_currency_signs_read_as_their_iso_codes(tmp_path):
    claims = [invest("dollars", "$2.5 billion", "Talvo Holdings said it would invest $2.5 billion"),
              invest("us-dollars", "US$400m", "Meridian Bank promised US$400m more"),
              invest("euros", "€75m", "a fund pledged €75m"),
              invest("yen", "¥900 million", "a lender ¥900 million"),
              invest("code", "USD 2.5 billion", "Talvo Holdings said it would invest $2.5 billion")]
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, claims_file(tmp_path, claims), check=0)
    rows = sparql_rows(store, """PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#> PREFIX schema: <https://schema.org/>
        SELECT ?currency ?value WHERE { ?f gkg:value ?m . ?m schema:currency ?currency ; schema:value ?value }""")
    got = [(r["currency"], float(r["value"])) for r in rows]
    # A bare '$' and 'US$' are the US dollar, '€' the euro, a bare '¥' the yen (CLDR's English symbols).
    assert sorted(got) == [("EUR", 7.5e7), ("JPY", 9e8), ("USD", 4e8), ("USD", 2.5e9), ("USD", 2.5e9)], rows


def test_a_currency_word_the_reader_cannot_tell_apart_is_still_refused(tmp_path):
    # Look-alike: 'dollars' without a sign or code may be any dollar; a sign after the figure is no form either.
    for value in ("2.5 billion dollars", "2.5 billion $"):
        path = claims_file(tmp_path, [invest("x", value, "Talvo Holdings said it would invest $2.5 billion")])
        proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", path, check=2)
        assert "claim 'x'" in said(proc) and "is not a currency" in said(proc), said(proc)


# -- 2. a haircut ----------------------------------------------------------------------------------------


def test_a_debt_restructuring_takes_its_haircut(tmp_path):
    deal = {"id": "deal", "fact": "debt-restructuring-kestria-2025", "type": "DebtRestructuring", "debtor": "kestria",
            "creditor": {"actor": "unnamed bondholders"}, "value": "USD 8 billion", "haircut": "35 percent",
            "quote": "Kestria agreed with its bondholders to restructure USD 8 billion of bonds, with a nominal haircut of 35 percent"}
    store = tmp_path / "store"
    kg_cli("ingest", "--store", store, claims_file(tmp_path, [deal]), check=0)
    rows = sparql_rows(store, """PREFIX gkg: <https://w3id.org/geopolitics-kg/ontology#> PREFIX schema: <https://schema.org/>
        SELECT ?value ?unit WHERE { ?f gkg:haircut ?q . ?q schema:value ?value ; schema:unitCode ?unit }""")
    assert [(float(r["value"]), r["unit"]) for r in rows] == [(35.0, "P1")], rows
    # Look-alike: a haircut is a restructuring's term, not an investment's.
    bad = invest("x", "$2.5 billion", "Talvo Holdings said it would invest $2.5 billion") | {"haircut": "35 percent"}
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "s2", claims_file(tmp_path, [bad]), check=2)
    assert "haircut" in said(proc), said(proc)
    found = kg_cli("vocabulary", "haircut", check=0).stdout
    assert found.startswith("haircut (key") and "DebtRestructuring" in found, found


# -- 3. and 4. a refused entry, a name close to the file's own entity ----------------------------------


def test_a_claim_naming_only_a_refused_entry_is_not_told_it_has_no_role(tmp_path):
    entities = [*ENTITIES, {"id": "meridian-bank", "type": "Company", "label": "Meridian Bank"}]
    claims = [{"id": "m", "fact": "statement-meridian", "type": "Statement", "speaker": "meridian-bank",
               "quote": "Meridian Bank promised US$400m more"},
              # Look-alike: a claim with no role at all is still told so.
              {"id": "empty", "fact": "statement-nothing", "type": "Statement", "quote": "Kestria said the deal was fair"}]
    proc = kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", claims_file(tmp_path, claims, entities), check=2)
    text = said(proc)
    assert "unknown type 'Company'" in text
    assert "claim 'm' (line" not in text, text
    assert "follows from the refused entry of 'meridian-bank'" in text and "(m)" in text, text
    assert "claim 'empty'" in text and "must state at least one role" in text, text


def test_a_name_close_to_an_entity_of_the_file_points_to_it(tmp_path):
    claims = [{"id": "s", "fact": "statement-kestria-deal", "type": "Statement", "speaker": "Kestrya",
               "subject": "the deal", "quote": "Kestria said the deal was fair"},
              # Look-alike: a name close to none of the file's entities is told where to declare it.
              {"id": "t", "fact": "statement-other", "type": "Statement", "speaker": "Brelland",
               "subject": "the deal", "quote": "Kestria said the deal was fair"}]
    text = said(kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", claims_file(tmp_path, claims), check=2))
    assert ("speaker: unknown entity 'Kestrya'; this file declares 'Kestria' (kestria) under "
            "'entities:': write its id") in text, text
    own = text.split("claim 's'")[1].split("claim 't'")[0]
    assert "declare it inline" not in own
    assert "claim 't'" in text and "unknown entity 'Brelland'" in text and "this file declares" not in text.split("claim 't'")[1]


# -- 5. kg vocabulary prefers the whole phrase ------------------------------------------------------------


@pytest.mark.parametrize("words, first", [("stand trial", "trial (value"), ("refused extradition", "extradition request (value"),
                                          ("trial", "trial (value"), ("hunger strike", "Protest (kind of fact")])
def test_vocabulary_finds_a_phrase_whole(words, first):
    out = kg_cli("vocabulary", words, check=0).stdout
    assert out.startswith(first), out
    assert "Condolence" not in out.split("\n\n")[0] and "Attack (" not in out.split("\n\n")[0]


def test_vocabulary_does_not_answer_one_word_by_its_inflection():
    # 'stand' is only an inflection of Condolence's 'stands with': a phrase holding it finds
    # no term through it (look-alike: 'stands with' itself still finds Condolence).
    assert kg_cli("vocabulary", "stand idle", check=None).stdout.find("Condolence") == -1
    assert kg_cli("vocabulary", "stands with", check=0).stdout.startswith("Condolence")


# -- 6. a veto contradicted in its own claim ------------------------------------------------------------


def vote(cid: str, **keys) -> dict:
    return {"id": cid, "fact": f"vote-{cid}", "type": "Vote", "votingBody": "orvane-council", **keys,
            "quote": "Norvia vetoed it, and Sarland abstained"}


def test_a_veto_on_an_adopted_vote_or_by_an_abstainer_is_refused(tmp_path):
    claims = [vote("both", vetoedBy="norvia", abstained=["norvia", "sarland"], outcome="adopted"),
              vote("yes", vetoedBy="norvia", votedYes="norvia", outcome="vetoed")]
    text = said(kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", claims_file(tmp_path, claims), check=2))
    assert "claim 'both' (line" in text and "vetoedBy: Norvia is also in abstained" in text, text
    assert "vetoedBy with outcome: 'adopted'" in text
    assert "vetoedBy: Norvia is also in votedYes" in text


def test_a_veto_with_its_vote_against_and_a_failed_outcome_is_read(tmp_path):
    # Look-alikes: the vetoer voting no, an outcome that says the draft did not pass, an
    # abstainer beside the vetoer, and an adopted vote without a veto.
    claims = [vote("ok", vetoedBy="norvia", votedNo="norvia", abstained="sarland", outcome="not adopted"),
              vote("plain", abstained="sarland", outcome="adopted")]
    kg_cli("ingest", "--dry-run", "--store", tmp_path / "store", claims_file(tmp_path, claims), check=0)


# -- 8. a file refused before the model loads; a date with no month -------------------------------------


def test_unreadable_articles_are_refused_with_their_own_problem(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("Title: Nothing\n\n   \n", encoding="utf-8")
    month13 = tmp_path / "month13.txt"
    month13.write_text("Date: 30.13.2025\n\nKestria said the deal was fair.\n", encoding="utf-8")
    proc = kg_cli("extract", empty, month13, "-o", tmp_path / "drafts", check=2)
    text = said(proc)
    assert f"{empty}: the article has no text after its header" in text, text
    assert (f"{month13}: publication date '30.13.2025' is not a day of the calendar: read day first, month 13 does "
            "not exist; read month first, month 30 does not exist") in text, text
    assert "Drafted nothing: 2 article(s) refused." in text
    assert not (tmp_path / "drafts").exists()
    # Look-alike: a day the month lacks either way is named so; a real day that reads two
    # ways is still refused as ambiguous, not as impossible.
    month13.write_text("Date: 31/04/2025\n\nKestria said the deal was fair.\n", encoding="utf-8")
    text = said(kg_cli("extract", month13, "-o", tmp_path / "drafts", check=2))
    assert "read day first, April 2025 has no day 31; read month first, month 31 does not exist" in text, text
    month13.write_text("Date: 04/12/2025\n\nKestria said the deal was fair.\n", encoding="utf-8")
    text = said(kg_cli("extract", month13, "-o", tmp_path / "drafts", check=2))
    assert "reads differently in Britain and the United States" in text and "not a day of the calendar" not in text, text


# -- 7. a weekday compared with the date it dates ------------------------------------------------------

RENEWAL = ("ORVANE, June 4, 2025 - The Orvane Council on Friday renewed its embargo on Kestria "
           "until May 31, 2026.\n\nKestria said on Friday it would appeal soon.\n\n"
           "Norvia urged its allies to meet on Monday to review the embargo.\n")


def test_a_weekday_is_not_compared_with_a_date_written_out_or_a_vague_bound(tmp_path):
    renewal = {"id": "r", "fact": "sanction-kestria-renewal", "type": "Sanction", "authority": "orvane-council",
               "target": "kestria", "endDate": "2026-05-31",
               "quote": ["The Orvane Council on Friday renewed its embargo", "until May 31, 2026"]}
    appeal = {"id": "a", "fact": "appeal-kestria", "type": "Statement", "speaker": "kestria", "subject": "an appeal",
              "date": "soon", "quote": "Kestria said on Friday it would appeal soon"}
    # The weekday dates what the claim's words say (the meeting), not the appeal made on 2025-06-03.
    urged = {"id": "u", "fact": "appeal-norvia-allies-meet", "type": "Appeal", "speaker": "norvia",
             "subject": "meet on Monday to review the embargo", "date": "2025-06-03",
             "quote": "Norvia urged its allies to meet on Monday to review the embargo"}
    # Look-alike: a date given in numbers only that falls on another day is still a likely typo.
    typo = {"id": "t", "fact": "sanction-kestria-typo", "type": "Sanction", "authority": "orvane-council",
            "target": "kestria", "date": "2025-05-31", "quote": "The Orvane Council on Friday renewed its embargo"}
    text = said(kg_cli("ingest", "--store", tmp_path / "store",
                       claims_file(tmp_path, [renewal, appeal, urged, typo], text=RENEWAL), check=0))
    assert "claim 'r'" not in text and "claim 'a'" not in text and "claim 'u'" not in text, text
    assert "claim 't': its quote says 'Friday', but date 2025-05-31 is a Saturday: a typo in the date?" in text, text
