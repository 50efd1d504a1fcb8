"""Rule set 53, part e: what a count listed later, an 'it' joined to a reporting clause
and "the fund" after the fund was named draft, through the real ``kg extract`` command on
small articles written for these tests (one run for all, a module-scoped fixture, with a
registry of invented names), each beside look-alikes that must draft nothing of the kind:

- "sold its holdings in A and in three mining companies. The three companies are B, C and
  D": one Sale per member, with the seller and date of the first sentence, quoted from the
  listing; a listing of another number, one with no counted group before it, and a counted
  group on a verb of another kind draft no sale of the members;
- "The fund said ... that it would divest from six companies ..., but it declined to name
  them until the shares had been sold": 'it' is the reporting clause's subject, not the
  company named in the sentence before, and no sale is made up from the restated plan;
  an 'it' of a clause joined to a named body's clause is still that body;
- "The fund said" after "Lindvik's pension fund ..." is the fund the article named, not an
  unnamed one;
- "the fund owned 2.4 percent of X, a stake worth $1.3 billion": an Ownership of the fund
  named before with its share and value; a company worth a sum is no stake's value, and
  "the fund" with no fund named before owns nothing;
- "A, <apposition>, and B, <apposition>, took part in the ceremony": both take part; a
  title's own "and" ("adviser for trade and energy") adds no one;
- "X today became the 12th country to sign Y": the signing's ordinal and the release's
  date; a signing with no place in a series has no ordinal;
- proposed names: "a transit section known as X" is an Asset (not a Person); "official
  for Andean Affairs" proposes no body, "official for the Andean Development Bank" does;
  an acronym in capitals named twice and acting as a body ("at KOSA headquarters",
  "worked with KOSA") is proposed as an Organisation; once, or as a time zone, it is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.extract.pipeline import model_path

from conftest import drafted_cases, registry_options

pytestmark = pytest.mark.skipif(model_path() is None, reason="the rules read the trained parser's tree")

REGISTRY = """\
- {id: lindvik, type: State, label: Lindvik}
- {id: lindvik-fund, type: Organisation, label: Lindvik's pension fund, of: lindvik}
- {id: arden-motors, type: Organisation, label: Arden Motors}
- {id: vell-mining, type: Organisation, label: Vell Mining}
- {id: korro-minerals, type: Organisation, label: Korro Minerals}
- {id: tasman-resources, type: Organisation, label: Tasman Resources}
- {id: osterby-bank, type: Organisation, label: Osterby Bank}
- {id: nordhavn-shipping, type: Organisation, label: Nordhavn Shipping}
- {id: caldera-steel, type: Organisation, label: Caldera Steel}
"""

MEMBERS = {"vell-mining", "korro-minerals", "tasman-resources"}

CASES = {
    "listed": ("Lindvik's pension fund said on Monday it had sold its holdings in Arden Motors and in three "
               "mining companies. The three companies are Vell Mining, Korro Minerals and Tasman Resources, "
               "the fund said in a statement."),
    # the list holds two names, the count three: which are the three is not told
    "other_number": ("Lindvik's pension fund said on Tuesday it had sold its holdings in Arden Motors and in three "
                     "mining companies. The two companies are Vell Mining and Korro Minerals."),
    # no counted group before the listing
    "no_count": ("Lindvik's pension fund said on Tuesday it had sold its holdings in Arden Motors. "
                 "The three companies are Vell Mining, Korro Minerals and Tasman Resources."),
    # a counted group on a verb of another kind: no sale
    "met": ("Lindvik's pension fund met three mining companies on Tuesday. "
            "The three companies are Vell Mining, Korro Minerals and Tasman Resources."),
    "declined": ("Lindvik's pension fund said on Tuesday it had sold its holdings in Arden Motors. "
                 "Osterby Bank did not immediately respond to a request for comment. "
                 "The fund said in May that it would divest from four companies, but it declined to name them "
                 "until the shares had been sold."),
    "stake": ("Lindvik's pension fund sold its holdings in Arden Motors on Monday. Before the sale the fund "
              "owned 2.4 percent of Arden Motors, a stake worth $1.3 billion at the end of June."),
    "company_worth": ("Lindvik's pension fund sold its holdings in Arden Motors on Monday. Before the sale the fund "
                      "owned 2.4 percent of Arden Motors, a company worth $1.3 billion."),
    "no_fund_named": "Before the sale the fund owned 2.4 percent of Arden Motors, a stake worth $1.3 billion.",
    "two_guests": ("Chile and Peru signed the accord at a ceremony in Lima on Monday. Lina Varo, senior bureau "
                   "official for Andean Affairs at the Chilean Ministry of Foreign Affairs, and Omar Kadir, the "
                   "ambassador of Peru to Chile, took part in the ceremony."),
    "one_guest": ("Chile and Peru signed the accord at a ceremony in Lima on Monday. Lina Varo, senior adviser "
                  "for trade and energy, took part in the ceremony."),
    "nth_signer": "Peru today became the 12th country to sign the Coastal Roads Convention.",
    "plain_signer": "Peru today signed the Coastal Roads Convention on its 12th anniversary.",
    "known_as": ("Russia and China agreed on Monday to build a gas pipeline. The route includes a transit "
                 "section known as Vostra Link through Mongolia."),
    "portfolio": ("Anna Lind, senior bureau official for Andean Affairs at the Chilean Ministry of Foreign "
                  "Affairs, met Peruvian Foreign Minister Omar Kadir in Lima on Monday."),
    "portfolio_body": ("Anna Lind, senior official for the Andean Development Bank, met Peruvian Foreign Minister "
                       "Omar Kadir in Lima on Monday."),
    "acronym": ("Peru signed the accord at a ceremony held at KOSA headquarters in Lima on Monday. Peruvian "
                "astronomers have already worked with KOSA."),
    "acronym_once": "Peru signed the accord at a ceremony held at KOSA headquarters in Lima on Monday.",
    "time_zone": "Peru and Chile signed the accord at 1400 GMT on Monday. The talks had ended at 1200 GMT.",
    # an 'it' joined to a named body's clause is that body
    "named_it": ("Caldera Steel did not comment on Monday. "
                 "Nordhavn Shipping said it would sell its stake in Osterby Bank, and it sold its holdings in "
                 "Arden Motors on Friday."),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> tuple[dict[str, list[dict]], Path]:
    """(name -> the drafted claims of each case, the folder of the drafts), drafted in one
    run with :data:`REGISTRY`."""
    folder = tmp_path_factory.mktemp("r53e")
    found, _ = drafted_cases(folder, CASES, *registry_options(folder, REGISTRY))
    return found, folder / "drafts"


@pytest.fixture(scope="module")
def drafts(run) -> dict[str, list[dict]]:
    """name -> the drafted claims of each case."""
    return run[0]


def _proposed(run, name: str) -> dict[str, str]:
    """label -> class of the entities the draft of case ``name`` proposes."""
    data = yaml.safe_load((run[1] / f"{name}.yaml").read_text(encoding="utf-8"))
    return {e["label"]: e["type"] for e in data.get("entities") or []}


def _sales(claims: list[dict]) -> list[dict]:
    return [c for c in claims if c["type"] == "Sale"]


def _ids(value) -> set[str]:
    return set(value) if isinstance(value, list) else {value}


# -- a count named, then its members listed --------------------------------------------------

def test_a_count_listed_later_gives_a_sale_of_each_member(drafts):
    sales = _sales(drafts["listed"])
    members = [c for c in sales if _ids(c.get("sold")) & MEMBERS]
    assert {m for c in members for m in _ids(c["sold"])} == MEMBERS, sales
    assert len(members) == 3, members  # one fact per member
    for c in members:
        assert c["seller"] == "lindvik-fund", c
        assert c.get("date") == "2030-09-02", c  # "on Monday" of the first sentence
        assert c["quote"].startswith("The three companies are Vell Mining"), c
        assert c.get("said_by") == "lindvik-fund", c  # "the fund said": the fund named before
    assert any(_ids(c.get("sold")) == {"arden-motors"} for c in sales), sales


@pytest.mark.parametrize("name", ["other_number", "no_count", "met"])
def test_a_listing_without_its_counted_sale_sells_no_member(drafts, name):
    sold = {m for c in _sales(drafts[name]) for m in _ids(c.get("sold"))}
    assert not sold & MEMBERS, drafts[name]


# -- 'it' of a clause joined to a reporting clause -------------------------------------------

def test_it_joined_to_the_funds_clause_is_the_fund_and_makes_up_no_sale(drafts):
    sales = _sales(drafts["declined"])
    assert not [c for c in sales if c.get("seller") == "osterby-bank"], sales
    assert not [c for c in sales if "shares had been sold" in c["quote"]], sales
    assert [c for c in sales if _ids(c.get("sold")) == {"arden-motors"} and c.get("seller") == "lindvik-fund"], sales


def test_it_joined_to_a_named_bodys_clause_is_that_body(drafts):
    sales = _sales(drafts["named_it"])
    assert [c for c in sales if _ids(c.get("sold")) == {"arden-motors"} and c.get("seller") == "nordhavn-shipping"], sales
    assert not [c for c in sales if c.get("seller") == "caldera-steel"], sales


# -- a share held, and what the stake is worth -----------------------------------------------

def _owned(claims: list[dict]) -> list[dict]:
    return [c for c in claims if c["type"] == "Ownership" and c.get("owned") == "arden-motors"]


def test_a_stake_worth_a_sum_gives_the_ownership_its_share_and_value(drafts):
    owned = _owned(drafts["stake"])
    assert len(owned) == 1, drafts["stake"]
    assert owned[0]["owner"] == "lindvik-fund" and owned[0]["share"] == 2.4, owned
    assert owned[0]["value"] == "USD 1.3 billion", owned


def test_a_company_worth_a_sum_is_no_stakes_value(drafts):
    owned = _owned(drafts["company_worth"])
    assert len(owned) == 1 and owned[0]["owner"] == "lindvik-fund", drafts["company_worth"]
    assert "value" not in owned[0], owned


def test_the_fund_with_no_fund_named_before_owns_nothing(drafts):
    assert not _owned(drafts["no_fund_named"]), drafts["no_fund_named"]


# -- two named guests, each with an apposition -----------------------------------------------

def _guests(claims: list[dict]) -> set[str]:
    return {p for c in claims if c["type"] == "Ceremony" and "took part" in c["quote"] for p in _ids(c.get("participant"))}


def test_two_names_each_with_an_apposition_both_take_part(drafts):
    assert _guests(drafts["two_guests"]) == {"lina-varo", "omar-kadir"}, drafts["two_guests"]


def test_a_titles_own_and_adds_no_guest(drafts):
    assert _guests(drafts["one_guest"]) == {"lina-varo"}, drafts["one_guest"]


# -- the Nth nation to sign ------------------------------------------------------------------

def _signed(claims: list[dict]) -> list[dict]:
    return [c for c in claims if c["type"] == "Agreement" and c.get("title") == "Coastal Roads Convention"]


def test_the_nth_country_to_sign_gives_the_ordinal_and_todays_date(drafts):
    signed = _signed(drafts["nth_signer"])
    assert len(signed) == 1, drafts["nth_signer"]
    assert signed[0]["ordinal"] == 12 and signed[0]["status"] == "signed", signed
    assert signed[0]["date"] == "2030-09-03", signed  # "today": the day the article is dated


def test_a_signing_with_no_place_in_a_series_has_no_ordinal(drafts):
    signed = _signed(drafts["plain_signer"])
    assert signed and all("ordinal" not in c for c in signed), drafts["plain_signer"]


# -- proposed names: the class a naming noun gives, a post's portfolio -----------------------

def test_a_section_known_as_a_name_is_an_asset(run):
    assert _proposed(run, "known_as").get("Vostra Link") == "Asset", _proposed(run, "known_as")


def test_an_officials_portfolio_is_no_body_a_body_after_for_is(run):
    assert "Andean Affairs" not in _proposed(run, "portfolio"), _proposed(run, "portfolio")
    assert _proposed(run, "portfolio_body").get("Andean Development Bank") == "Organisation", _proposed(run, "portfolio_body")


def test_an_acronym_named_twice_as_a_body_is_proposed(run):
    assert _proposed(run, "acronym").get("KOSA") == "Organisation", _proposed(run, "acronym")
    assert "KOSA" not in _proposed(run, "acronym_once"), _proposed(run, "acronym_once")
    assert "GMT" not in _proposed(run, "time_zone"), _proposed(run, "time_zone")
