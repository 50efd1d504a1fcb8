"""Rule set 16, through the real drafting engine, on small sentences written for these
tests (invented people, real states and the EU of the gazetteer): a statement about a
fact drafted from its own words takes that fact's id as ``about``; counts and sums
beside sanctions and payments; a seat of an organisation ("Brussels") acting is the
organisation, and a place where it is named as one; a quote never ends or starts on half
a quotation. Each with the wrong draft it must not make."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import model_path

from conftest import kg_cli
from test_extract_r15 import draft, engine  # noqa: F401  (the engine fixture, and drafts checked verbatim)
from test_extract_rules import facts

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

LONDON = "LONDON, March 4 (Reuters) - "


# -- a. a statement about a fact -----------------------------------------------------------


@pytest.mark.parametrize("text, kind, of", [
    ('Lina Varo called the sanctions on Iran "a gift to hardliners."', "Sanction", "iran"),
    ("Tor Ashby condemned the Russian invasion of Ukraine as a crime.", "Invasion", "ukraine"),
])
def test_a_statement_whose_object_is_a_drafted_fact_is_about_it(engine, text, kind, of):
    d = draft(engine, LONDON + text)
    [fact] = [c for c in facts(d, kind) if of in str(c.get("target"))]
    said = [c for c in d.claims if c["type"] in ("Statement", "Criticism", "Characterisation")]
    assert said and all(c["about"] == fact["fact"] for c in said), d.claims


def test_a_statement_about_an_actor_keeps_the_actor(engine):
    # 'about' named by the words themselves stays: the fact inside is what it is criticised for
    d = draft(engine, LONDON + "Hungary has criticised Chile for its sanctions on Russia.")
    [criticism] = facts(d, "Criticism")
    assert criticism["about"] == "chile"


def test_a_statement_with_no_fact_inside_gets_no_fact_about(engine):
    d = draft(engine, LONDON + 'Lina Varo said on Monday that "the talks were useful and frank."')
    assert all(not str(c.get("about", "")).startswith(("sanction", "visit", "meeting")) for c in d.claims), d.claims


def test_a_drafted_about_names_a_fact_of_the_same_file_and_ingests(tmp_path):
    art = tmp_path / "peace.txt"
    art.write_text("URL: https://example.org/news/peace\nPublished: 2031-03-05\n\n"
                   "OSLO, March 4 (Reuters) - Norway's foreign minister, Mara Quill, on Tuesday called the sanctions "
                   'on Iran "a mistake that punishes ordinary people." The minister spoke to reporters in Oslo.\n',
                   encoding="utf-8")
    out = tmp_path / "drafts"
    proc = kg_cli("extract", art, "-o", out, "-q")
    assert proc.returncode == 0, proc.stderr
    import yaml
    [drafted] = sorted(out.glob("*.yaml"))
    claims = yaml.safe_load(drafted.read_text(encoding="utf-8"))["claims"]
    ids = {c["fact"] for c in claims}
    abouts = [c["about"] for c in claims if c.get("said_by") and "about" in c]
    assert abouts and all(a in ids and a.startswith("sanction") for a in abouts), claims
    kg_cli("ingest", "--dry-run", out)  # the reader resolves the id within the file


# -- b. counts and sums beside sanctions and payments --------------------------------------


def test_a_sanction_that_goes_on_to_count_those_listed_carries_the_count(engine):
    d = draft(engine, LONDON + "Japan on Monday imposed sanctions on Belarus, listing 21 individuals and 9 entities.")
    [s] = facts(d, "Sanction")  # one sanction, not a second one of unnamed targets
    assert (s["authority"], s["target"], s["quantity"], s["quantityOf"]) == \
        ("japan", "belarus", 30, "individuals and entities")
    assert s["quote"].endswith("listing 21 individuals and 9 entities")


@pytest.mark.parametrize("text, authority, target, n", [
    ("Canada sanctioned 57 tankers of Iran's shadow fleet on Monday.", "canada", "57 unnamed tankers", 57),
    ("The European Union added 40 individuals and entities to its sanctions list on Monday.", "european-union",
     "40 unnamed individuals and entities", 40),
    ("Australia blacklisted twelve officials on Monday.", "australia", "12 unnamed officials", 12),
])
def test_counted_targets_of_a_listing_are_an_unnamed_target_with_a_quantity(engine, text, authority, target, n):
    d = draft(engine, LONDON + text)
    [s] = facts(d, "Sanction")
    assert (s["authority"], s["target"], s["quantity"], s["date"]) == (authority, target, n, "2031-03-03")


def test_adding_things_to_a_list_of_no_sanctions_is_no_sanction(engine):
    d = draft(engine, LONDON + "Chile added 14 ships to its navy's list of reserve vessels on Monday.")
    assert not facts(d, "Sanction"), d.claims


@pytest.mark.parametrize("text, payer, payee, value", [
    ("Norway will pay Kenya £45m a year to protect its forests, Lina Varo said.", "norway", "kenya", "GBP 45m a year"),
    ("Chile paid $8 million to Peru annually under the accord.", "chile", "peru", "USD 8 million a year"),
    ("Japan gave Ghana 30 million euros on Monday.", "japan", "ghana", "30 million euros"),
])
def test_a_sum_one_state_pays_another_is_economic_support_with_its_value(engine, text, payer, payee, value):
    d = draft(engine, LONDON + text)
    [s] = facts(d, "Support")
    assert (s["supporter"], s["supported"], s["supportKind"], s["value"]) == (payer, payee, "economic", value)
    # a rate is no date: "a year" after a sum says how often, not when
    assert "date" not in s or s["date"] == "2031-03-03"


def test_a_pledge_of_aid_stays_the_aid_rule_s_own(engine):
    d = draft(engine, LONDON + "Japan pledged $500 million in military aid to Ukraine.")
    [s] = facts(d, "Support")
    assert (s["supportKind"], s["value"]) == ("military", "USD 500 million")


# -- c. a seat of an organisation ---------------------------------------------------------


@pytest.mark.parametrize("text, kind, key", [
    ("Brussels is punishing its own farmers, Lina Varo said.", "Statement", "about"),
    ("Brussels imposed sanctions on Iran on Monday.", "Sanction", "authority"),
    ("Brussels slapped tariffs on Chinese steel on Monday.", "Tariff", "authority"),
    ("Hungary has criticised Brussels for its migration policy.", "Criticism", "about"),
])
def test_brussels_acting_is_the_european_union(engine, text, kind, key):
    d = draft(engine, LONDON + text)
    [f] = facts(d, kind)
    assert f[key] == "european-union" and "belgium" not in str(d.claims), d.claims


@pytest.mark.parametrize("text", [
    "Lina Varo visited Brussels on Monday.",
    "Lina Varo flew to Brussels on Monday for talks with Tor Ashby.",
])
def test_brussels_as_a_place_stays_belgium_s_capital(engine, text):
    d = draft(engine, LONDON + text)
    [visit] = facts(d, "Visit")
    assert visit["hostState"] == "belgium" and "european-union" not in str(d.claims), d.claims


def test_a_capital_of_no_organisation_still_stands_for_its_state(engine):
    d = draft(engine, LONDON + "Ottawa imposed sanctions on Iran on Monday.")
    [s] = facts(d, "Sanction")
    assert s["authority"] == "canada"


# -- d. quotation marks in a quote ----------------------------------------------------------


def _balanced(quote: str) -> bool:
    return quote.count("“") == quote.count("”") and quote.count('"') % 2 == 0


@pytest.mark.parametrize("text", [
    '"Chile will send more tanks to Peru," Lina Varo said on Monday.',
    "“We welcome the step. Chile will send more tanks to Peru,” Lina Varo said on Monday.",
    'Lina Varo called the sanctions on Iran "a disgrace for Europe." Tor Ashby agreed.',
    "“I believe your support will last,” Tor Ashby told Lina Varo, according to Reuters.",
    'Tor Ashby said the accord was "fair to both sides" and Chile praised Peru.',
])
def test_no_quote_holds_half_a_quotation(engine, text):
    d = draft(engine, LONDON + text)
    assert d.claims
    for c in d.claims:
        assert _balanced(c["quote"]), c["quote"]
        assert not c["quote"].endswith(("”", '"')) or c["quote"].startswith(("“", '"')) or \
            c["quote"].count('"') + c["quote"].count("“") >= 2, c["quote"]


def test_a_quote_that_began_inside_a_quotation_takes_its_opening_mark():
    from kg.extract.text import balance_quotes

    text = 'He said: “Ties are strong,” the envoy told reporters. Then he left.'
    start = text.index("Ties")
    end = text.index(" Then") - 1
    a, b = balance_quotes(text, start, end)
    assert text[a:b] == "“Ties are strong,” the envoy told reporters"
    # with no opening mark in the paragraph, the unpaired closing mark and what precedes it go
    text = 'strong,” the envoy told reporters.\nNext.'
    a, b = balance_quotes(text, 0, text.index("."))
    assert text[a:b] == "the envoy told reporters"


# -- recall: titles, ranks, labels of facts told before ------------------------------------


@pytest.mark.parametrize("text, holder, position, of, title", [
    ("Chile's minister of state Lina Varo said the deal was signed.", "lina-varo", "minister", "chile",
     "minister of state"),
    ("The EU's foreign policy chief, Lina Varo, said the deal was signed.", "lina-varo", "high representative",
     "european-union", "foreign policy chief"),
    ("The UN's deputy spokesman Tor Ashby said the deal was signed.", "tor-ashby", "spokesperson", "united-nations",
     "deputy spokesman"),
    ("Chilean presidential aide Tor Ashby said the deal was signed.", "tor-ashby", "adviser", "chile",
     "presidential aide"),
    # a state secretary is a junior minister (ontology 2.44.0), no deputy minister
    ("Chile's state secretary Lina Varo said the deal was signed.", "lina-varo", "junior minister", "chile",
     "state secretary"),
])
def test_titles_of_junior_and_deputy_offices(engine, text, holder, position, of, title):
    d = draft(engine, LONDON + text)
    [p] = facts(d, "PositionHeld")
    assert (p["holder"], p["position"], p["positionOf"], p["title"]) == (holder, position, of, title)


@pytest.mark.parametrize("text, title", [
    ("LIMA, March 4 (Reuters) - Prime Minister General Tor Ashby said on Monday that Peru would file a complaint.",
     "Prime Minister"),
    ("LIMA, March 4 (Reuters) - Peru's Defence Minister Colonel Tor Ashby visited Chile on Monday.", "Defence Minister"),
])
def test_an_office_before_a_rank_is_held_too(engine, text, title):
    d = draft(engine, text)
    [office] = [p for p in facts(d, "PositionHeld") if p["title"] == title]
    assert (office["holder"], office["positionOf"]) == ("tor-ashby", "peru")
    assert office["position"] in ("head of government", "minister")


@pytest.mark.parametrize("first, label, kind", [
    ("Lina Varo met Tor Ashby in Lima on Monday.", 'Lina Varo called the talks "extremely productive".', "Meeting"),
    ("Peru detained Tor Ashby on Monday.", 'Chile called the detention "an attack on our friendship".', "Detention"),
    ("Japan imposed sanctions on Iran on Monday.", "Lina Varo called the sanctions a worrying signal.", "Sanction"),
])
def test_a_label_given_to_a_fact_told_before_characterises_that_fact(engine, first, label, kind):
    d = draft(engine, LONDON + first + " " + label)
    [told] = facts(d, kind)
    [c] = facts(d, "Characterisation")
    assert c["characterised"] == told["fact"] and c["fact"] != told["fact"]
    assert c["category"] and c["said_by"] in ("lina-varo", "chile") and c["modality"] == "reported"
    assert not facts(d, "Statement"), d.claims  # the label is what was said: no second, bare statement


def test_a_label_of_a_fact_never_told_is_not_drafted(engine):
    d = draft(engine, LONDON + "Lina Varo called the talks extremely productive.")
    assert not facts(d, "Characterisation"), d.claims


def test_a_superlative_of_merit_and_a_part_are_labels(engine):
    d = draft(engine, LONDON + "Chile and Peru signed a treaty on Monday. "
                               "Lina Varo called the treaty the strongest ever signed by the two countries.")
    # the label, a characterisation of the treaty, and no second fact of the same words (corpus/CLAIMS.md)
    [told] = facts(d, "Agreement")
    assert not facts(d, "Praise") and [c["characterised"] for c in facts(d, "Characterisation")] == [told["fact"]], d.claims
    d = draft(engine, LONDON + "Lina Varo visited Peru on Monday. "
                               'Tor Ashby described the trip as part of a "peace mission".')
    [trip] = facts(d, "Visit")
    assert [(c["characterised"], c["said_by"]) for c in facts(d, "Characterisation")] == [(trip["fact"], "tor-ashby")], d.claims


@pytest.mark.parametrize("text", [
    "Chile refused to condemn Russia's invasion of Ukraine.",
    "China has not condemned Russia's invasion of Ukraine.",
    "Peru declined to defend Russia's invasion of Ukraine.",
])
def test_a_judgement_withheld_does_not_negate_the_event_judged(engine, text):
    d = draft(engine, LONDON + text)
    [invasion] = facts(d, "Invasion")
    assert (invasion["perpetrator"], invasion["target"]) == ("russia", "ukraine")
    assert "polarity" not in invasion, invasion


def test_an_act_not_done_is_still_negative(engine):
    d = draft(engine, LONDON + "Chile did not sign the treaty with Peru.")
    [agreement] = facts(d, "Agreement")
    assert agreement["polarity"] == "negative"


def test_a_region_annexed_is_the_place_of_the_invasion_not_its_target(engine):
    from kg.entities import Entity
    from kg.extract.engine import Draft
    from test_extract_rules import registry, source

    reg = registry()
    reg.add(Entity("kessel-peninsula", "Region", "Kessel Peninsula"))
    text = LONDON + "Chile condemned Russia's annexation of the Kessel Peninsula."
    d: Draft = engine.draft(source(text), reg)
    [invasion] = facts(d, "Invasion")
    assert (invasion["perpetrator"], invasion["place"]) == ("russia", "kessel-peninsula")
    assert "target" not in invasion


@pytest.mark.parametrize("text", [
    "Peru cited the arrest warrant the Harbour District Court issued in May against Tor Ashby.",
    "Peru cited an arrest warrant issued by the Harbour District Court for Tor Ashby in May.",
])
def test_a_warrant_told_in_a_clause_on_its_noun_is_a_legal_action(engine, text):
    d = draft(engine, LONDON + text)
    [w] = facts(d, "LegalAction")
    assert (w["target"], w["court"], w["status"], w["actionType"]) == \
        ("tor-ashby", "harbour-court", "issued", "arrest warrant")
    assert not facts(d, "Detention")  # a warrant is no arrest made


@pytest.mark.parametrize("text, key, taker, date", [
    ("WASHINGTON, March 4 (Reuters) - The sanctions follow an executive order that President Lina Varo signed on "
     "February 6.", "orderedBy", "lina-varo", "2031-02-06"),
    (LONDON + "The sanctions follow a decree issued by Chile's government on Monday.", "initiator", "chile",
     "2031-03-03"),
])
def test_an_order_signed_in_a_clause_on_its_noun_is_the_signer_s_act(engine, text, key, taker, date):
    d = draft(engine, text)
    [act] = facts(d, "ExecutiveAction")
    assert (act[key], act["date"]) == (taker, date)
    assert act["quote"].split()[0] in ("executive", "decree")  # the instrument's own words open the quote


@pytest.mark.parametrize("text, modality", [
    ("Chile imported Peruvian gasoline last year.", None),
    ("Chile plans to import Peruvian gasoline and fuel oil.", "planned"),
    ("There are plans in the making for Chile to import Peruvian gasoline to ease shortages.", "planned"),
])
def test_refined_fuels_bought_from_a_state_are_its_supply(engine, text, modality):
    d = draft(engine, LONDON + text)
    [s] = facts(d, "Supply")
    assert (s["supplier"], s["recipient"], s.get("modality")) == ("peru", "chile", modality)


def test_fuel_named_by_what_it_is_for_is_no_weapon(engine):
    d = draft(engine, LONDON + "Chile sold jet fuel to Peru.")
    assert facts(d, "Supply") and not facts(d, "ArmsTransfer"), d.claims
    d = draft(engine, LONDON + "Chile sold fighter jets to Peru.")
    assert facts(d, "ArmsTransfer") and not facts(d, "Supply"), d.claims


@pytest.mark.parametrize("text, organiser, participant", [
    ("ASEAN foreign ministers met in Jakarta on Monday.", "association-of-southeast-asian-nations",
     "unnamed ASEAN foreign ministers"),
    ("The Harbour District Court's judges met on Monday.", "harbour-court", "unnamed judges"),
])
def test_a_body_s_unnamed_people_meeting_is_a_meeting_it_organises(engine, text, organiser, participant):
    d = draft(engine, LONDON + text)
    [m] = facts(d, "Meeting")
    assert (m["organiser"], m["participant"], m["date"]) == (organiser, participant, "2031-03-03")


def test_a_state_s_unnamed_people_meeting_names_no_body(engine):
    d = draft(engine, LONDON + "Russian officials met on Monday.")
    assert not facts(d, "Meeting"), d.claims


@pytest.mark.parametrize("text, kind, value", [
    ("Chile will provide £3 billion of military aid a year to Peru.", "military", "GBP 3 billion a year"),
    ("Chile pledged a further 19 million pounds in humanitarian funding to Peru.", "humanitarian", "GBP 19 million"),
])
def test_a_sum_of_aid_is_the_support_s_value_with_its_rate(engine, text, kind, value):
    d = draft(engine, LONDON + text)
    [s] = facts(d, "Support")
    assert (s["supporter"], s["supported"], s["supportKind"], s["value"]) == ("chile", "peru", kind, value)
    assert "date" not in s  # "a year" is how often, not when
