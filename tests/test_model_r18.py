"""What held22 (Saudi Arabia and Iran restore relations in Beijing) showed the canned
queries get wrong, answered right now, and what it could not hold with ontology 2.20.0,
now in the model (2.21.0). Built from the held-out set by the real ``kg build``, read
back through the canned queries (``kg query ... --format json``) or SPARQL; bad claims
are refused with exit 2, naming file, claim, line and key, and leave the store as it was.
"""

from __future__ import annotations

from conftest import by_fact, query_rows
# The held-out set built once by the real 'kg build', and its 'facts' rows by fact id.
from test_model_r12 import HELD, facts, store  # noqa: F401 (pytest fixtures)

HELD22 = "claims/held22_saudi-iran-restore-ties-beijing.yaml"
DEAL = "agreement-saudi-arabia-iran-restore-relations-2023-03-10"
TALKS = "talks-saudi-arabia-iran-beijing-2023-03"
ROUNDS = "talks-saudi-arabia-iran-iraq-oman-2021-2022"


# -- the canned queries ------------------------------------------------------------------------

def test_agreements_say_which_status_is_only_planned_and_which_agreement_was_not_reached(store):
    rows = by_fact(query_rows(store, "agreements", state="Saudi Arabia"))
    # "agreed to activate a security cooperation agreement they signed in 2001": signed, to be in force.
    assert rows["agreement-saudi-arabia-iran-security-cooperation-2001"]["status"] == "in force (planned), signed"
    assert rows["agreement-saudi-arabia-iran-general-cooperation-1998"]["status"] == "in force (planned)"
    # "this does not mean that an agreement has been reached to resolve all pending disputes"
    denied = rows["agreement-saudi-arabia-iran-resolve-all-disputes"]
    assert (denied["status"], denied["modality"], denied["sources"]) == ("not reached (negative)", "reported (negative)", 0)
    assert rows[DEAL]["status"] == "signed"
    # Every agreement of the kind, not held22's: the gas transit contract Ukraine would not extend.
    assert by_fact(query_rows(store, "agreements"))["agreement-russia-ukraine-new-gas-transit-contract"]["status"] \
        == "not reached (negative)"


def test_meetings_dated_by_a_period_show_it_and_the_negotiators_and_who_took_no_part(store):
    rows = by_fact(query_rows(store, "meetings", state="Iran"))
    assert rows[ROUNDS]["date"] == "2021/2022"
    talks = rows[TALKS]
    assert talks["negotiators"] == "Ali Shamkhani (for Iran), Musaad bin Mohammed al-Aiban (for Saudi Arabia)"
    assert talks["participants"] == "Iran, Saudi Arabia, not: United States"
    # Held20's negotiators too, and a period on held08's talks on phases two and three.
    assert rows["meeting-iran-united-states-muscat-2025-04-12"]["negotiators"] == "Abbas Araghchi (for Iran), Steve Witkoff (for United States)"
    gaza = by_fact(query_rows(store, "meetings"))["meeting-israel-hamas-negotiations-phases-2-3"]
    assert gaza["date"] == "2025-01-19/2025-03-01"


def test_statements_keep_the_reporter_out_of_the_speakers(store):
    rows = query_rows(store, "statements", speaker="John Kirby")
    [told] = [r for r in rows if r["fact"] == "notification-saudi-arabia-united-states-talks"]
    assert (told["speaker"], told["said_by"]) == ("Saudi Arabia", "John Kirby")
    # Kirby's own words: he is the speaker, not repeated as said_by.
    own = [r for r in rows if r["fact"] == "assessment-kirby-iran-honour-deal-2023-03-10"]
    assert own and all((r["speaker"], r["said_by"]) == ("John Kirby", "") for r in own)
    guterres = [r for r in query_rows(store, "statements", speaker="Antonio Guterres") if r["article"].startswith("held22")]
    assert guterres and all((r["speaker"], r["said_by"]) == ("Antonio Guterres", "unnamed spokesman") for r in guterres)
    # Every statement of the kind: Russia's criticism as Bogdanov gives it.
    [russia] = [r for r in query_rows(store, "statements", speaker="Russia") if r["fact"] == "criticism-russia-haniyeh-killing-2024-07-31"]
    assert (russia["speaker"], russia["said_by"]) == ("Russia", "Mikhail Bogdanov")


def test_facts_show_a_relative_start_and_a_stage_date_with_its_status(facts):
    assert facts["relations-saudi-arabia-iran-restored-2023"]["dates"] == \
        f"from 2023-03-10/2023-05-10 (within two months after {DEAL})"
    # Cut in January 2016: no longer "2016-01 / until 2016-01", as if they began then.
    assert facts["relations-saudi-arabia-iran"]["dates"] == "until 2016-01"
    # A stage's date not shown otherwise keeps its status.
    assert facts["agreement-ottawa-convention-1997"]["dates"] == "1997 / 1999 (in force) / 2003 (acceded) / 2004 (acceded) / 2005 (acceded)"
    assert facts["visit-lula-da-silva-china-2023-04"]["dates"] == "2023-03 (postponed) / 2023-04-12"
