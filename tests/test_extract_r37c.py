"""False drafts of three articles the extractor had never seen (tests/data/unseen-newuser8/,
written by a new user), each fixed for its kind, through the real ``kg extract`` command:
one run over the three articles with the sample registry, one over small invented
articles with the development set's registry, and one over invented texts with no header
(module-scoped fixtures, one run each).

- a modal verb makes a fact not asserted: "can dissolve ... and call an early election"
  is permitted (both verbs), "cannot" unable, "must" obliged, "refused to" refused; a bare
  possibility ("could") or a fact inside a condition ("if ...") is not drafted;
- a proper name the NER model cuts at "for" ("the ... Agreement for" + "... Partnership")
  is one name: no organisation with half of it, no agreement titled with the other half;
  two names joined by "and" outside one span stay two;
- a text with no header takes its publication day from a date line at its top, or from
  the weekday and full date its lead tells its news on; with neither it has none;
- a statement's quote is a whole clause: "reserved the right" keeps "to take ..." and the
  measures' "permitted under ...", a
  relative clause ("that critics note is ...") starts with the noun it hangs on;
- "X, the prime minister's chief of staff": the prime minister is not X (no note saying so);
- resignations, inaugurations and letters to a body are drafted; "attended the ceremony"
  after an inauguration is that ceremony, those who attended its attendees.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import CORPUS, drafted_cases, drafted_folder, kg_cli
from test_extract_r18 import of

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

UNSEEN = Path(__file__).parent / "data" / "unseen-newuser8"
REGISTRY = CORPUS / "dev" / "entities.yaml"


@pytest.fixture(scope="module")
def unseen(tmp_path_factory) -> dict[str, dict]:
    """The three articles drafted in one run with the sample registry (no --corpus), as the
    new user ran it: article stem -> its claims file, parsed, and its text under 'raw'."""
    found = drafted_folder(UNSEEN, tmp_path_factory.mktemp("r37c"))
    return found


def _listed(value) -> list:
    return value if isinstance(value, list) else [value]


# -- the three articles ----------------------------------------------------------------------------


def test_a_power_of_the_president_is_no_dissolution_nor_election_held(unseen):
    claims = unseen["costa-resigns"]["claims"]
    [dissolution] = [c for c in of(claims, "ExecutiveAction") if c.get("actionType") == "dissolution"]
    assert dissolution["modality"] == "permitted" and "can dissolve" in dissolution["quote"]
    early = [c for c in of(claims, "Election") if c.get("description") == "early election"]
    assert early and all(c["modality"] == "permitted" and "can dissolve" in c["quote"] for c in early)
    # what did happen stays asserted: the 2022 election, the detention
    [held] = [c for c in of(claims, "Election") if c.get("date") == "2022-01"]
    assert "modality" not in held
    [detention] = of(claims, "Detention")
    assert detention["target"] == "vitor-escaria" and "modality" not in detention


def test_the_treaty_s_name_is_not_cut_at_and_or_for(unseen):
    cf = unseen["uk-cptpp"]
    full = "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"
    labels = {e["label"] for e in cf["entities"]}
    assert full in labels
    assert not any(label.startswith("Agreement for") for label in labels)
    titles = {c.get("title") for c in of(cf["claims"], "Agreement")}
    assert titles == {full}
    [joined] = of(cf["claims"], "Membership")
    assert joined["member"] == "united-kingdom" and joined["startDate"] == "2024-12-15"


def test_the_lead_s_full_date_dates_a_text_with_no_header(unseen):
    cf = unseen["nile-dam"]
    assert str(cf["article"]["published"]) == "2025-09-09"
    [opening] = [c for c in of(cf["claims"], "Ceremony") if c.get("participant") == "abiy-ahmed"]
    assert opening["date"] == "2025-09-09"
    assert opening["description"] == "inauguration of Grand Ethiopian Renaissance Dam"
    # "attended the ceremony at Guba": the inauguration told before, not a ceremony named after a guest
    ceremonies = of(cf["claims"], "Ceremony")
    assert len(ceremonies) == 2 and {c["fact"] for c in ceremonies} == {opening["fact"]}
    assert not any("hassan-sheikh-mohamud" in c["fact"] for c in cf["claims"] if c["type"] != "PositionHeld")


def test_quotes_of_statements_are_whole_clauses(unseen):
    cairo = [c["quote"] for c in of(unseen["nile-dam"]["claims"], "Statement") if c["quote"].startswith("Cairo")]
    # the measures the right is to: those "permitted under international law ... to defend ..." (a
    # participle that restricts its noun stays in what was said)
    assert cairo == ["Cairo said it reserved the right to take all measures permitted under international law and "
                     "the UN Charter to defend the existential interests of its people"]
    critics = [c["quote"] for c in of(unseen["uk-cptpp"]["claims"], "Statement") if "critics" in c["quote"]]
    assert critics and all(q.startswith("a modest gain that critics note") for q in critics)


def test_the_chief_of_staff_is_not_read_as_the_prime_minister(unseen):
    raw = unseen["costa-resigns"]["raw"]
    assert "read as vitor-escaria" not in raw
    assert "target: vitor-escaria" in raw


def test_the_resignation_the_inauguration_and_the_letter_are_drafted(unseen):
    costa = of(unseen["costa-resigns"]["claims"], "Resignation")
    assert {c["resigning"] for c in costa} == {"antonio-costa"}
    assert {c["fact"] for c in costa} == {"resignation-antonio-costa-2023-11-07"}  # told twice: one fact
    [letter] = of(unseen["nile-dam"]["claims"], "Notification")
    assert (letter["speaker"], letter["recipient"], letter["medium"]) == \
        ("badr-abdelatty", "united-nations-security-council", "letter")


# -- the same kinds in invented articles -------------------------------------------------------------

ARTICLES = {
    "can": "President Tor Ashby of Peru can dissolve the Congress of Peru and call an early election.",
    "could": "Peru could expel the Chilean ambassador.",
    "did": "Peru expelled the Chilean ambassador on Monday.",
    "condition": "If Peru expels the Chilean ambassador, Chile will protest.",
    "cannot": "Peru cannot expel the Chilean ambassador.",
    "must": "Peru must expel the Chilean ambassador.",
    "cut_name": "Peru formally joined the Regional and Comprehensive Agreement for Andean Partnership on Monday.",
    "two_names": "Peru imposed sanctions on Vexcor and Dalnor, two shipping firms, on Monday. Vexcor denied "
                 "wrongdoing. Dalnor declined to comment.",
    "right_to": "Chile said it reserved the right to take all measures to protect its people.",
    "relative": "The deal will add $2 billion a year to the economy of Peru, a modest gain that critics note is "
                "well under one percent of output.",
    "possessor": "Prime Minister Tor Ashby of Peru met Joe Biden on Monday. Police detained Ana Kell, the prime "
                 "minister's chief of staff.",
    "resigned": "Prime Minister Tor Ashby of Peru resigned on Monday.",
    "refused": "Prime Minister Tor Ashby of Peru refused to resign on Monday.",
    "calls": "Prime Minister Tor Ashby of Peru faces calls from rivals to resign.",
    "inaugurated": "President Lin Hale of Peru inaugurated the Andean Solar Plant on Monday.",
    "opened_probe": "President Lin Hale of Peru opened an investigation on Monday.",
    "attended": "President Lin Hale of Peru inaugurated the Andean Solar Plant on Monday. Prime Minister Tor Ashby "
                "of Peru attended the ceremony.",
    "no_opening": "Prime Minister Tor Ashby of Peru attended the ceremony in Lima on Monday.",
    "letter": "Foreign Minister Ana Kell of Peru sent a letter to the United Nations Security Council on Monday.",
    "may": "Peru may expel the Chilean ambassador next month.",
    "ministry_object": "Foreign Ministry spokesman Guo Lin criticised the United States on Monday.",
    "other_funeral": "President Lin Hale of Peru inaugurated the Andean Solar Plant on Monday. Prime Minister Tor "
                     "Ashby of Peru later attended the funeral of a former Chilean minister.",
    "credit_line": "President Lin Hale of Peru opened a new line of credit on Monday.",
    "base_to": "President Lin Hale of Peru opened the Andean Solar Plant to foreign investors on Monday.",
}


@pytest.fixture(scope="module")
def invented(tmp_path_factory) -> tuple[dict[str, list[dict]], Path]:
    """Every article of :data:`ARTICLES` drafted with the development set's registry, and
    the folder of the drafts."""
    folder = tmp_path_factory.mktemp("r37c-invented")
    found, _ = drafted_cases(folder, ARTICLES, "--entities", REGISTRY)
    return found, folder / "drafts"


def test_modal_verbs_and_conditions(invented):
    drafts, _ = invented
    [early] = of(drafts["can"], "Election")
    assert early["modality"] == "permitted" and early["quote"].startswith("can dissolve")
    assert of(drafts["could"], "DiplomaticExpulsion") == []
    assert of(drafts["condition"], "DiplomaticExpulsion") == []
    [done] = of(drafts["did"], "DiplomaticExpulsion")
    assert "modality" not in done and done["date"] == "2030-09-02"
    [unable] = of(drafts["cannot"], "DiplomaticExpulsion")
    assert (unable["modality"], unable["polarity"]) == ("unable", "negative")
    [obliged] = of(drafts["must"], "DiplomaticExpulsion")
    assert obliged["modality"] == "obliged"
    [may] = of(drafts["may"], "DiplomaticExpulsion")  # "may": told as possible, hedged, never a permission
    assert may.get("hedged") is True and may.get("modality") != "permitted"
    [refused] = of(drafts["refused"], "Resignation")
    assert refused["modality"] == "refused" and refused["resigning"] == "tor-ashby"


def test_a_name_cut_at_for_is_one_name_and_two_names_stay_two(invented):
    drafts, _ = invented
    [agreement] = of(drafts["cut_name"], "Agreement")
    assert agreement["title"] == "Regional and Comprehensive Agreement for Andean Partnership"
    [joined] = of(drafts["cut_name"], "Membership")
    assert joined["memberOf"] == "regional-and-comprehensive-agreement-for-andean-partnership"
    targets = sorted(t for c in of(drafts["two_names"], "Sanction") for t in _listed(c["target"]))
    assert targets == ["dalnor", "vexcor"]


def test_statement_quotes_keep_the_complement_and_the_noun(invented):
    drafts, _ = invented
    [right] = of(drafts["right_to"], "Statement")
    assert right["quote"] == "Chile said it reserved the right to take all measures"
    [critics] = of(drafts["relative"], "Statement")
    assert critics["quote"].startswith("a modest gain that critics note is")


def test_a_possessor_in_an_apposition_is_not_the_person_named(invented):
    drafts, folder = invented
    [detention] = of(drafts["possessor"], "Detention")
    assert detention["target"] == "ana-kell"
    assert "read as ana-kell" not in (folder / "possessor.yaml").read_text(encoding="utf-8")


def test_resignations_inaugurations_and_letters(invented):
    drafts, _ = invented
    [resigned] = of(drafts["resigned"], "Resignation")
    assert (resigned["resigning"], resigned["date"]) == ("tor-ashby", "2030-09-02") and "modality" not in resigned
    [office] = of(drafts["resigned"], "PositionHeld")  # the one office drafted for him is the one he left
    assert office["holder"] == "tor-ashby" and resigned["resignedFrom"] == office["fact"]
    assert of(drafts["calls"], "Resignation") == []
    [opening] = of(drafts["inaugurated"], "Ceremony")
    assert (opening["participant"], opening["description"]) == ("lin-hale", "inauguration of Andean Solar Plant")
    assert of(drafts["opened_probe"], "Ceremony") == []
    [opened, attended] = of(drafts["attended"], "Ceremony")
    # one who attended the rite another performed is its attendee (corpus/CLAIMS.md: those merely present)
    assert (opened["participant"], attended["attendee"]) == ("lin-hale", "tor-ashby") and "participant" not in attended
    assert attended["fact"] == opened["fact"]
    [alone] = of(drafts["no_opening"], "Ceremony")  # no ceremony told before: its own fact
    assert alone["participant"] == "tor-ashby" and alone["fact"].startswith("ceremony-tor-ashby")
    # another ceremony named by its own noun ("the funeral of ...") does not join the opening
    [opened, funeral] = of(drafts["other_funeral"], "Ceremony") or [None, None]
    assert opened["participant"] == "lin-hale" and funeral["fact"] != opened["fact"]
    assert of(drafts["credit_line"], "Ceremony") == []  # a credit line opened is no work
    assert of(drafts["base_to"], "Ceremony") == []  # opened to others: access granted
    [letter] = of(drafts["letter"], "Notification")
    assert (letter["speaker"], letter["recipient"]) == ("ana-kell", "un-security-council")


# -- texts with no header ------------------------------------------------------------------------------

HEADERLESS = {
    "date_line": "Peru expels envoy\n\nTuesday, September 9, 2031\n\nPeru expelled the Chilean ambassador on Tuesday.\n",
    "lead_date": "Peru expels envoy\n\nPeru expelled the Chilean ambassador on Tuesday, September 9, 2031, after "
                 "talks failed.\n",
    "no_date": "Peru expels envoy\n\nPeru expelled the Chilean ambassador on Tuesday.\n",
}


@pytest.fixture(scope="module")
def headerless(tmp_path_factory) -> tuple[dict[str, dict], str]:
    """The texts of :data:`HEADERLESS` drafted in one run: name -> claims file, and the
    run's standard error."""
    folder = tmp_path_factory.mktemp("r37c-headerless")
    src, out = folder / "articles", folder / "drafts"
    src.mkdir()
    for name, text in HEADERLESS.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    proc = kg_cli("extract", *sorted(src.glob("*.txt")), "-o", out, "-j", "1", "--entities", REGISTRY)
    assert proc.returncode == 0, proc.stderr
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in out.glob("*.yaml")}, proc.stderr


def test_a_date_at_the_top_of_a_text_is_its_publication_day(headerless):
    drafts, stderr = headerless
    for name in ("date_line", "lead_date"):
        assert str(drafts[name]["article"]["published"]) == "2031-09-09"
        [expulsion] = of(drafts[name]["claims"], "DiplomaticExpulsion")
        assert expulsion["date"] == "2031-09-09"
    assert drafts["no_date"]["article"]["published"] is None
    [undated] = of(drafts["no_date"]["claims"], "DiplomaticExpulsion")
    assert "date" not in undated
    assert "no_date.txt: no publication date" in stderr and "lead_date.txt: no publication" not in stderr


def test_a_ministry_with_no_state_named_before_it_is_not_the_state_it_speaks_of(invented):
    """"Foreign Ministry spokesman X criticised the United States": the state named after
    the ministry is what the spokesman speaks of, not the ministry's state."""
    drafts, folder = invented
    [post] = of(drafts["ministry_object"], "PositionHeld")
    assert post["holder"] == "guo-lin" and "united-states" not in str(post["positionOf"])
    assert "of: united-states" not in (folder / "ministry_object.yaml").read_text(encoding="utf-8")
