"""Amounts of money and quantities with units, read from the words an analyst writes
(``USD 4.5-5 billion``, ``about 300 million euros``, ``20 billion cubic metres per
year``, ``12 percent``) into schema.org ``MonetaryAmount`` / ``QuantitativeValue``
nodes with typed numbers.

Currencies are ISO 4217 codes, checked against the Unicode CLDR data shipped with
Babel, which also maps English currency names ('euros', 'US dollars') to their codes
and parses numbers with English digit grouping (``4,500``). Units are given the
UN/CEFACT Common Code (Recommendation 20) that schema.org's ``unitCode`` expects;
counted things (aircraft, patrol boats) take C62, 'one', with the noun as unitText.
Scale words are the short scale used by English-language news: a billion is 10^9.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pyoxigraph as ox
from text_to_num import text2num

from kg.namespaces import GKG, RDF, RDFS, SCHEMA, XSD

#: Scale words after a figure -> the power of ten they multiply it by; with the South
#: Asian lakh (10^5) and crore (10^7), in which Indian and Pakistani reports give sums
#: ('INR 63,000 crore', '1.5 lakh crore'); longer phrases first, for the regex.
SCALES = {
    "thousand": 3, "k": 3, "million": 6, "mn": 6, "m": 6, "billion": 9, "bn": 9, "b": 9,
    "trillion": 12, "tn": 12, "lakh crore": 12, "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,
}
#: Words before a number that make it approximate, or a lower or upper bound.
APPROXIMATE = ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "an estimated", "~")
#: Words before a number that make it a mean over its period or items (gkg:average).
AVERAGE = ("an average of", "on average", "average")
AT_LEAST = ("more than", "over", "at least", "above", "as little as", "as low as", "as few as", "no less than")
#: 'within 200 kilometres' of a place is at most that far (an inclusive upper bound).
AT_MOST = ("up to", "at most", "less than", "fewer than", "under", "below", "as much as", "as high as", "as many as",
           "no more than", "within")
#: Words before an amount that put it just below the figure: 'nearly 20 million people' is
#: at most 20 million and close to it (maximum and approximate), not 'about' 20 million,
#: which may lie on either side. Amounts, and counts of unnamed actors ('nearly 100 unnamed
#: member states', kg.attribution.parse_unnamed); a count of people killed ('nearly 100
#: killed') keeps the figure as an approximate value.
NEARLY = ("nearly", "almost", "just under", "just below", "close to")
#: A period an amount holds for, after it: 'as little as 1 percent until 2037', 'at most
#: 2.5 percent from 2037' (gkg:validUntil, gkg:validFrom: a schedule is one amount per period).
_VALIDITY = re.compile(r"\s+(until|till|through|to|from|after|since)\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)"
                       r"(?:\s+(?:until|till|through|to)\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?))?$", re.IGNORECASE)
#: The forms of an amount, for the message that refuses words around a figure.
AMOUNT_FORMS = ("a figure in digits with its unit or currency ('6 aircraft', 'USD 6.3 billion', '4 percent'), "
                "optionally after one lead word: approximate 'about'/'around'/'some', just below 'nearly'/'almost', "
                "a lower bound 'at least'/'more than'/'as little as'/'as low as', an upper bound "
                "'at most'/'up to'/'within'/'less than'/'as much as'/'as high as', an average 'an average of'; a range "
                "'1-2.5 percent'; a period it holds for after it: 'as little as 1 percent until 2037', "
                "'at most 2.5 percent from 2037' (a rate that changes over time is one value per period: "
                "rate: [as little as 1 percent until 2037, at most 2.5 percent from 2037])")
#: Bound words that leave out the number itself: for whole numbers, 'more than 30' is
#: at least 31 and 'fewer than 100' at most 99 (schema.org's minValue and maxValue are
#: inclusive).
EXCLUSIVE = ("more than", "over", "above", "less than", "fewer than", "under", "below")

#: Unit words -> UN/CEFACT Common Code (UNECE Recommendation 20).
UNITS = {
    "cubic metre": "MTQ", "cubic meter": "MTQ", "cubic metres": "MTQ", "cubic meters": "MTQ", "m3": "MTQ",
    "percent": "P1", "per cent": "P1", "%": "P1",
    "tonne": "TNE", "tonnes": "TNE", "metric ton": "TNE", "metric tons": "TNE", "tons": "TNE", "ton": "TNE",
    "kilogram": "KGM", "kilograms": "KGM", "kg": "KGM",
    "barrel": "BLL", "barrels": "BLL",
    "megawatt": "MAW", "megawatts": "MAW", "mw": "MAW", "gigawatt": "A90", "gigawatts": "A90", "gw": "A90",
    "kilometre": "KMT", "kilometres": "KMT", "kilometer": "KMT", "kilometers": "KMT", "km": "KMT",
    "litre": "LTR", "litres": "LTR", "liter": "LTR", "liters": "LTR",
    "nautical mile": "NMI", "nautical miles": "NMI", "mile": "SMI", "miles": "SMI",
}
COUNT_UNIT = "C62"  # 'one': a number of things, named by unitText
#: Units that carry a scale, as the gas trade writes them: 'bcm' is a billion cubic
#: metres (IEA, Eurostat); word -> (power of ten, UN/CEFACT code, the unit's words).
SCALED_UNITS = {
    "bcm": (9, "MTQ", "cubic metres"), "bcm/y": (9, "MTQ", "cubic metres"), "mcm": (6, "MTQ", "cubic metres"),
    "tcm": (12, "MTQ", "cubic metres"),
}
#: A count in words: the plural of an order of magnitude means at least two of it
#: ('hundreds' at least 200), and fewer than the next one ('hundreds' at most 999): a
#: reading of the words, kept with them and marked approximate.
MAGNITUDES = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999), "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999), "billions": (2_000_000_000, 9_999_999_999),
    "tens of billions": (20_000_000_000, 99_999_999_999),
    "hundreds of billions": (200_000_000_000, 999_999_999_999),
}
#: An amount in words with no figure ('a lot of mineral rights'), and the least count
#: the words imply where they imply one: 'several' is more than two (Merriam-Webster:
#: "more than two but fewer than many"), 'a few' and 'a couple of' at least two.
VAGUE = {
    "a lot of": None, "lots of": None, "many": None, "numerous": None, "a number of": None,
    "a large number of": None, "large numbers of": None, "large amounts of": None, "large quantities of": None,
    "some": None, "a handful of": None, "several": 3, "a few": 2, "a couple of": 2,
    # 'the few foreign observers admitted': scarcity, not a count ('a few' is at least two)
    "few": None, "the few": None, "very few": None,
    # size adjectives of trade and aid copy ('a sizeable buyer', 'substantial purchases')
    "sizeable": None, "sizable": None, "significant": None, "substantial": None, "considerable": None,
    "large": None, "huge": None, "massive": None, "vast": None, "small": None, "limited": None,
}
#: The words of :data:`VAGUE` that a count of people or things may be on its own ('several
#: others were injured'): those implying a least count, so that the count says something
#: ('many' or 'some' alone give no bound and stay refused under a count key).
_COUNT_WORDS = tuple(w for w, least in VAGUE.items() if least is not None)
#: Rate words -> the ISO 8601 duration a figure is counted over.
RATES = {"per year": "P1Y", "a year": "P1Y", "annually": "P1Y", "per annum": "P1Y", "yearly": "P1Y",
         "per month": "P1M", "a month": "P1M", "monthly": "P1M", "per day": "P1D", "a day": "P1D", "daily": "P1D"}

#: What a rate of exchange counts per: '... for every civilian hostage', '... per tonne'.
_PER_UNIT = re.compile(r"(?:^|\s)(?:per|for every|for each)\s+(?=\S)", re.IGNORECASE)
#: The unit a price is per, written with the article: 'a barrel' in 'USD 60 a barrel'
#: (money only: '6 a day' is a rate, :data:`RATES`, and a quantity's words are its unit).
_A_UNIT = re.compile(r"(?:an?)\s+(?=\S)", re.IGNORECASE)
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_RANGE = re.compile(rf"^({_NUMBER})(?:\s*(?:-|–|to)\s*({_NUMBER}))?(?:\s*({'|'.join(SCALES)})\b)?\s*(.*)$",
                    re.IGNORECASE)


class QuantityError(ValueError):
    """Words that do not read as an amount; the message says what was expected."""


@dataclass(frozen=True)
class Amount:
    """A number or a range of numbers with a currency or a unit.

    ``value`` is set for a single number, ``minimum``/``maximum`` for a range or a
    bound ('more than 40': minimum only). ``currency`` is an ISO 4217 code (money);
    otherwise ``unit_code`` is a UN/CEFACT code and ``unit_text`` the words.
    ``per`` is an ISO 8601 duration for rates ('a year': P1Y), of money or quantities;
    ``per_unit`` the words for what a rate of exchange counts per ('civilian hostage' in
    '30 prisoners for every civilian hostage'); ``per_currency`` the ISO 4217 code when
    those words name a currency, so that an exchange rate or a price in one currency per
    unit of another ('ARS 1,000-1,400 per US dollar') keeps both codes. ``text`` is the
    analyst's wording, white space collapsed."""

    text: str
    value: Decimal | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    approximate: bool = False
    currency: str | None = None
    unit_code: str | None = None
    unit_text: str | None = None
    per: str | None = None
    per_unit: str | None = None
    vague: bool = False  # given in words without a figure ('a lot of mineral rights')
    per_currency: str | None = None
    average: bool = False  # a mean over its period or items ('an average of 101 million pounds a year')
    valid_from: str | None = None  # the date the amount holds from ('at most 2.5 percent from 2037')
    valid_until: str | None = None  # the date it holds until ('as little as 1 percent until 2037')

    @property
    def canonical(self) -> str:
        """The amount without the wording: equal for 'USD 5 billion' and '5 billion
        US dollars', so two sources giving one amount name one node.

        >>> parse_amount("USD 5 billion", True).canonical == parse_amount("5 billion US dollars", True).canonical
        True
        """
        numbers = [None if n is None else _plain(n) for n in (self.value, self.minimum, self.maximum)]
        return repr((numbers, self.approximate, self.average, self.currency, self.unit_code, (self.unit_text or "").casefold(), self.per,
                     (self.per_unit or "").casefold(), self.valid_from, self.valid_until) + ((self.text.casefold(),) if self.vague else ()))

    @property
    def schema_class(self) -> str:
        return "MonetaryAmount" if self.currency else "QuantitativeValue"

    def triples(self, node: ox.NamedNode) -> Iterator[tuple]:
        """The schema.org description of this amount, about ``node``."""
        yield node, ox.NamedNode(RDF + "type"), ox.NamedNode(SCHEMA + self.schema_class)
        yield node, ox.NamedNode(RDFS + "label"), ox.Literal(self.text)
        for prop, number in (("value", self.value), ("minValue", self.minimum), ("maxValue", self.maximum)):
            if number is not None:
                yield node, ox.NamedNode(SCHEMA + prop), ox.Literal(_plain(number), datatype=ox.NamedNode(XSD + "decimal"))
        for prop, text in (("currency", self.currency), ("unitCode", self.unit_code), ("unitText", self.unit_text)):
            if text:
                yield node, ox.NamedNode(SCHEMA + prop), ox.Literal(text)
        if self.per:
            yield node, ox.NamedNode(GKG + "per"), ox.Literal(self.per, datatype=ox.NamedNode(XSD + "duration"))
        if self.per_unit:
            yield node, ox.NamedNode(GKG + "perUnitText"), ox.Literal(self.per_unit)
        if self.per_currency:
            yield node, ox.NamedNode(GKG + "perCurrency"), ox.Literal(self.per_currency)
        if self.approximate:
            yield node, ox.NamedNode(GKG + "approximate"), ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))
        if self.average:
            yield node, ox.NamedNode(GKG + "average"), ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))
        if self.vague:
            yield node, ox.NamedNode(GKG + "vague"), ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))
        for prop, date in (("validFrom", self.valid_from), ("validUntil", self.valid_until)):
            if date:
                kind = {4: "gYear", 7: "gYearMonth"}.get(len(date), "date")
                yield node, ox.NamedNode(GKG + prop), ox.Literal(date, datatype=ox.NamedNode(XSD + kind))


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


#: Currency names news writes without the country, which as a word alone name a thing
#: rather than a currency: CLDR's "Zimbabwean gold" (ZWG) is not what "gold" means.
_NOT_A_CURRENCY_ALONE = frozenset({"gold"})


@functools.cache
def _currency_names() -> dict[str, str]:
    return _currency_name_tables()[0]


@functools.cache
def _shared_currency_names() -> dict[str, tuple[str, ...]]:
    """The short names of currencies in use that several currencies share ('dollars',
    'rupees') -> their ISO 4217 codes, for a refusal that says which to choose from."""
    return _currency_name_tables()[1]


@functools.cache
def _currency_name_tables() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """English currency names, singular and plural, lower case -> ISO 4217 code: CLDR's
    English display names (through Babel, the source of the symbols too: "Indonesian
    rupiah", "Indonesian rupiahs", "euros") and, for a currency in use today, its name
    without the country's adjective as news writes it after a figure ("50 million
    rupiah", "rupiahs", "yen", "hryvnias"). A name shared by two currencies ("dollar",
    "pound", "rupee" for INR, PKR, LKR...) is left out, so that it must be written as a
    code or a sign; so is a short name that is another currency's full name. Returns
    (name -> code, shared short name -> its codes)."""
    from babel.numbers import get_currency_name

    names: dict[str, set[str]] = {}
    for code in _currency_codes():
        for count in (1, 2):
            names.setdefault(get_currency_name(code, count, locale="en").casefold(), set()).add(code)
    out = {name: next(iter(codes)) for name, codes in names.items() if len(codes) == 1}
    short: dict[str, set[str]] = {}
    for code in _currencies_in_use():
        for count in (1, 2):
            name = get_currency_name(code, count, locale="en").casefold()
            # 'Belarusian ruble (2000–2016)' is a former currency's name, kept whole only.
            if " " in name and "(" not in name:
                short.setdefault(name.rsplit(" ", 1)[1], set()).add(code)
    for word, codes in short.items():
        if len(codes) == 1 and word not in names and word not in _NOT_A_CURRENCY_ALONE:
            out[word] = next(iter(codes))
    shared = {word: tuple(sorted(codes)) for word, codes in short.items() if len(codes) > 1 and word not in out}
    return out, shared


@functools.cache
def _currencies_in_use() -> frozenset[str]:
    """The ISO 4217 codes CLDR gives as legal tender in some territory today (Babel's
    territory currencies): the Russian ruble, not the Soviet rouble."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    return frozenset(code for territory in get_global("territory_currencies")
                     for code in get_territory_currencies(territory, tender=True))


#: A number in ASCII digits with an optional decimal part: :class:`~decimal.Decimal`
#: reads it exactly as Babel's English ``parse_decimal`` does (no group symbol in it,
#: "." the decimal point), without loading Babel's locale data (0.04-0.07 s of CPU the
#: first time in a process).
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _number(text: str) -> Decimal:
    if _PLAIN_NUMBER.fullmatch(text):
        return Decimal(text)
    from babel.numbers import NumberFormatError, parse_decimal  # only for figures Decimal does not read alike

    try:
        return Decimal(parse_decimal(text, locale="en", strict=True))
    except (NumberFormatError, ArithmeticError) as e:  # Babel's own Decimal arithmetic fails on "1e,25
        hint = ""
        if re.fullmatch(r"\d+,\d+", text) and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
            # a decimal comma, as most of Europe writes it: 98,8
            hint = f": write a decimal point ({text.replace(',', '.')}); a comma groups thousands (1,000)"
        raise QuantityError(f"cannot read the number {text!r}{hint}") from e


def _bounds(words: str) -> tuple[str, bool, str | None]:
    """``words`` without a leading approximation or bound word, whether it made the
    figure approximate, and the bound it set ('min', 'max' or None)."""
    lowered = words.casefold()
    for word in sorted(APPROXIMATE, key=len, reverse=True):
        if lowered.startswith(word) and (word == "~" or lowered[len(word):len(word) + 1] == " "):
            return words[len(word):].strip(), True, None
    for bound, table in (("min", AT_LEAST), ("max", AT_MOST)):
        rest, word = _lead_word(words, table)
        if word:
            return rest, False, bound
    return words, False, None


def _lead_word(words: str, table: tuple[str, ...]) -> tuple[str, str | None]:
    """``words`` without the first word of ``table`` it starts with (case-folded, followed
    by a space), and that word; ``words`` and None when it starts with none."""
    lowered = words.casefold()
    for word in table:
        if lowered.startswith(word + " "):
            return words[len(word):].strip(), word
    return words, None


def _average(words: str) -> tuple[str, bool]:
    """``words`` without a leading word of :data:`AVERAGE`, and whether there was one."""
    rest, word = _lead_word(words, AVERAGE)
    return rest, word is not None


@functools.cache
def _currency_codes() -> frozenset[str]:
    """The ISO 4217 codes Babel knows (CLDR's), read when an amount first names a
    currency: an article without money does not import Babel."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _currency_code(word: str) -> str | None:
    if re.fullmatch(r"[A-Z]{3}", word) and word in _currency_codes():
        return word
    return _currency_names().get(word.casefold())


#: Currency signs CLDR's English data does not give but English-language news prints:
#: 'US$' (CLDR's sign for the dollar outside the United States), 'C$' for the Canadian
#: dollar (CLDR: 'CA$'), 'S$' Singapore, and the rouble, lira and hryvnia signs.
_EXTRA_SIGNS = {"US$": "USD", "C$": "CAD", "S$": "SGD", "₽": "RUB", "₺": "TRY", "₴": "UAH"}


@functools.cache
def currency_signs() -> dict[str, str]:
    """Currency signs as printed before a figure -> ISO 4217 code: the English symbols of
    Unicode CLDR (via Babel: '$' USD, '€' EUR, '£' GBP, '¥' JPY, 'CN¥' CNY, 'A$' AUD,
    'CA$' CAD, 'HK$' HKD, '₹' INR, ...) and :data:`_EXTRA_SIGNS`. A bare '$' is the US
    dollar and a bare '¥' the yen, as CLDR's English locale reads them; another dollar
    or the yuan has its own sign ('C$', 'CN¥') or is written by its code."""
    from babel.numbers import get_currency_symbol

    signs = {}
    for code in sorted(_currency_codes()):
        sign = get_currency_symbol(code, locale="en")
        # Only signs with a mark in them ('$', 'HK$', '₹'); letters alone ('FCFA') are words.
        if sign != code and not sign.replace(".", "").isalpha() and sign != "¤":
            signs.setdefault(sign, code)
    return {**signs, **_EXTRA_SIGNS}


@functools.cache
def _sign_pattern() -> re.Pattern:
    signs = sorted(currency_signs(), key=len, reverse=True)  # 'US$' before '$'
    return re.compile(r"(?<![\w$])(" + "|".join(map(re.escape, signs)) + r")\s?(?=\d)")


def signs_to_codes(text: str) -> str:
    """``text`` with each currency sign printed before a figure written as its ISO 4217
    code and a space: '$3 billion' -> 'USD 3 billion', 'about US$3bn' -> 'about USD 3bn',
    '€40m' -> 'EUR 40m' (signs: :func:`currency_signs`). Text without a sign is returned
    unchanged, without reading CLDR's data."""
    if not re.search(r"[^\w\s.,;:'\"()/-]", text):
        return text
    return _sign_pattern().sub(lambda m: currency_signs()[m.group(1)] + " ", text)


def parse_amount(raw, money: bool) -> Amount:
    """Read ``raw`` as money (``money=True``: a currency is required) or as a
    quantity with a unit. Raises :class:`QuantityError` saying what is wrong.

    >>> a = parse_amount("USD 4.5-5 billion", money=True)
    >>> (a.currency, _plain(a.minimum), _plain(a.maximum), a.value)
    ('USD', '4500000000', '5000000000', None)
    >>> a = parse_amount("about 300 million euros", money=True)
    >>> (a.currency, _plain(a.value), a.approximate)
    ('EUR', '300000000', True)
    >>> a = parse_amount("20 billion cubic metres per year", money=False)
    >>> (_plain(a.value), a.unit_code, a.per)
    ('20000000000', 'MTQ', 'P1Y')
    >>> a = parse_amount("about 15 bcm", money=False)
    >>> (_plain(a.value), a.unit_code, a.unit_text, a.approximate)
    ('15000000000', 'MTQ', 'cubic metres', True)
    >>> parse_amount("6 patrol boats", money=False).unit_code
    'C62'
    >>> a = parse_amount("an average of GBP 101 million a year", money=True)
    >>> (a.average, a.currency, _plain(a.value), a.per)
    (True, 'GBP', '101000000', 'P1Y')
    >>> parse_amount("about USD 23 billion a year", money=True).per
    'P1Y'
    >>> a = parse_amount("30 prisoners for every civilian hostage", money=False)
    >>> (_plain(a.value), a.unit_text, a.per_unit)
    ('30', 'prisoners', 'civilian hostage')
    >>> a = parse_amount("nearly 20 million people", money=False)
    >>> (a.value, _plain(a.maximum), a.approximate)
    (None, '20000000', True)
    >>> a = parse_amount("as little as 1 percent until 2037", money=False)
    >>> (_plain(a.minimum), a.unit_code, a.valid_until)
    ('1', 'P1', '2037')
    >>> a = parse_amount("at most 2.5 percent from 2037", money=False)
    >>> (_plain(a.maximum), a.valid_from, a.valid_until)
    ('2.5', '2037', None)
    >>> (parse_amount("about US$3bn", True).currency, parse_amount("¥500 million", True).currency)
    ('USD', 'JPY')
    >>> a = parse_amount("USD 47.60 a barrel", money=True)
    >>> (a.currency, _plain(a.value), a.per_unit)
    ('USD', '47.6', 'barrel')
    >>> a = parse_amount("ARS 1,000-1,400 per US dollar", money=True)
    >>> (a.currency, _plain(a.minimum), _plain(a.maximum), a.per_currency)
    ('ARS', '1000', '1400', 'USD')
    """
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        raise QuantityError("expected words such as 'USD 4.5-5 billion'" if money else
                            "expected words such as '20 billion cubic metres per year'")
    text = " ".join(str(raw).split())
    if money:
        # '$3 billion', 'US$3bn', '€40m': a sign before the figure is its currency.
        text = signs_to_codes(text)
    if not money and not re.search(r"\d", text):
        vague = parse_vague(text)
        if vague is not None:
            return vague
    if money and not re.search(r"\d", text):
        vague = vague_money(text)
        if vague is not None:
            return vague
    valid_from = valid_until = None
    period = _VALIDITY.search(text)
    if period:
        word, first, second = period.group(1).casefold(), period.group(2), period.group(3)
        if word in ("from", "after", "since"):
            valid_from, valid_until = first, second
        elif second is None:
            valid_until = first
        if valid_from or valid_until:
            text_core = text[: period.start()].strip()
        else:
            text_core = text
    else:
        text_core = text
    rest, average = _average(text_core)
    rest, near = _lead_word(rest, NEARLY)
    rest, approximate, bound = _bounds(rest)
    if near:
        approximate, bound = True, "max"
    currency = None
    if money:
        head, _, tail = rest.partition(" ")
        currency = _currency_code(head)
        if currency:
            rest = tail
        rest, average2 = _average(rest)
        rest, near2 = _lead_word(rest, NEARLY)
        rest, approx2, bound2 = _bounds(rest)
        if near2:
            approx2, bound2 = True, "max"
        approximate, bound, average = approximate or approx2, bound or bound2, average or average2
    m = _RANGE.match(rest)
    if not m and re.search(r"\d", rest):
        # A figure with words around it that no form takes ('as small as 1 percent').
        raise QuantityError(f"words around the figure that are not a form of amount: {rest!r}; write "
                            + AMOUNT_FORMS)
    if not m:
        raise QuantityError("no number found: write the figure in digits, e.g. 'USD 4.5-5 billion', or an order of "
                            "magnitude in words with its currency: 'tens of millions of euros', 'USD billions'" if money else
                            "no number found: write the figure in digits, e.g. '6 aircraft', or the text's words for an "
                            "amount without a figure: " + ", ".join(f"'{w} …'" for w in (*VAGUE, *MAGNITUDES)))
    low, high, scale, words = m.groups()
    factor = Decimal(10) ** SCALES[scale.casefold()] if scale else Decimal(1)
    low_n = _number(low) * factor
    high_n = _number(high) * factor if high else None
    if high_n is not None and high_n < low_n:
        raise QuantityError(f"the range {low}-{high} runs downwards")
    words = words.strip()
    unit_code = unit_text = per = None
    # A rate ('a year'), for money ('USD 23 billion a year') as for quantities.
    for phrase, duration in RATES.items():
        if words.casefold().endswith(" " + phrase) or words.casefold() == phrase:
            per, words = duration, words[: len(words) - len(phrase)].strip()
            break
    per_unit = None
    each = _PER_UNIT.search(words) if per is None else None
    if money and each is None and per is None:
        # A price as news writes it: 'USD 60 a barrel' is USD 60 per barrel.
        each = _A_UNIT.match(words)
    if each:
        # A rate of exchange: '30 prisoners for every civilian hostage'.
        words, per_unit = words[: each.start()].strip(), words[each.end():].strip()
        if not per_unit:
            raise QuantityError(f"say what the rate counts per, e.g. '30 prisoners for every civilian hostage'")
    if money:
        if words:
            code = _currency_code(words)
            if currency or code is None:
                shared = None if currency else _shared_currency_names().get(words.casefold())
                if shared:
                    raise QuantityError(f"{words!r} is not a currency on its own: it names several ({', '.join(shared)}); write its "
                                        "ISO 4217 code before the figure, or its name with the country "
                                        "('US dollars', 'Indian rupees')")
                raise QuantityError(f"{words!r} is not a currency: use an ISO 4217 code such as USD or EUR")
            currency = code
        if currency is None:
            raise QuantityError("money needs its currency: an ISO 4217 code such as USD, EUR, CNY before the figure")
    else:
        if not words:
            raise QuantityError("a quantity needs its unit or the things counted, e.g. '6 aircraft' or '12 percent'")
        unit_code = UNITS.get(words.casefold(), COUNT_UNIT)
        unit_text = words
        scaled = SCALED_UNITS.get(words.casefold())
        if scaled is not None:
            if scale:
                named = {6: "million", 9: "billion", 12: "trillion"}[scaled[0]]
                raise QuantityError(f"{words!r} holds its scale (a {named} {scaled[2]}): write '{low} {words}', "
                                    f"without {scale!r}")
            power, unit_code, unit_text = scaled
            if words.casefold() == "bcm/y" and per is None:
                per = "P1Y"
            low_n *= Decimal(10) ** power
            high_n = high_n * Decimal(10) ** power if high_n is not None else None
    value = minimum = maximum = None
    if high_n is not None:
        minimum, maximum = low_n, high_n
    elif bound == "min":
        minimum = low_n
    elif bound == "max":
        maximum = low_n
    else:
        value = low_n
    # A price or exchange rate in one currency per unit of another: 'per US dollar', 'per EUR'.
    per_currency = _currency_code(per_unit.removeprefix("one ").removeprefix("a ")) if per_unit and currency else None
    return Amount(text, value, minimum, maximum, approximate, currency, unit_code, unit_text, per, per_unit,
                  per_currency=per_currency, average=average, valid_from=valid_from, valid_until=valid_until)


def vague_money(text: str) -> Amount | None:
    """A sum of money given as an order of magnitude in words ('tens of millions of
    euros', 'EUR hundreds of millions', 'billions of US dollars': the currency's name after
    the words, or its code before them), or None: the currency
    and the bounds of :data:`MAGNITUDES` (tens of millions: 20 to 99.999999 million),
    marked vague and approximate, the words kept.

    >>> a = vague_money("tens of millions of euros")
    >>> (a.currency, _plain(a.minimum), _plain(a.maximum), a.vague)
    ('EUR', '20000000', '99999999', True)
    >>> vague_money("USD billions").minimum
    Decimal('2000000000')
    >>> vague_money("a lot of euros") is None
    True
    >>> vague_money("tens of millions of EUR") is None  # the code goes first: 'EUR tens of millions'
    True
    """
    lowered = text.casefold()
    for words in sorted(MAGNITUDES, key=len, reverse=True):
        head, _, tail = text.partition(" ")
        if _currency_code(head) and tail.casefold() == words:
            currency = _currency_code(head)
        elif lowered.startswith(words + " of "):
            # The currency's name after 'of' ('of euros'); its code goes before the words.
            name = text[len(words) + 4:].strip()
            currency = None if re.fullmatch(r"[A-Z]{3}", name) else _currency_names().get(name.casefold())
        else:
            continue
        if currency is None:
            return None
        low, high = MAGNITUDES[words]
        return Amount(text, None, Decimal(low), Decimal(high), True, currency=currency, vague=True)
    return None


def parse_vague(text: str) -> Amount | None:
    """An amount the text gives in words without a figure, or None: the words of
    :data:`VAGUE` or :data:`MAGNITUDES` ('dozens of') before what is counted, kept as
    its label and marked vague and approximate, with the bounds the words imply.

    >>> a = parse_vague("a lot of mineral rights")
    >>> (a.unit_text, a.minimum, a.vague)
    ('mineral rights', None, True)
    >>> a = parse_vague("dozens of tanks")
    >>> (a.minimum, a.maximum, a.unit_code)
    (Decimal('24'), Decimal('99'), 'C62')
    >>> parse_vague("6 aircraft") is None
    True

    A size word alone ('a sizeable buyer': amount: sizeable) is an amount of what the
    fact itself names (its item), counted in units the text leaves unnamed (C62, 'one',
    with no unit text):

    >>> a = parse_vague("sizeable")
    >>> (a.unit_text, a.unit_code, a.vague)
    (None, 'C62', True)
    """
    lowered = text.casefold()
    if lowered.strip() in VAGUE:
        least = VAGUE[lowered.strip()]
        return Amount(text, None, None if least is None else Decimal(least), None, True, unit_code=COUNT_UNIT, vague=True)
    for words in sorted((*VAGUE, *(m + " of" for m in MAGNITUDES)), key=len, reverse=True):
        if lowered.startswith(words + " ") and text[len(words):].strip():
            things = text[len(words):].strip()
            least = VAGUE.get(words)
            low, high = MAGNITUDES.get(words.removesuffix(" of"), (least, None))
            return Amount(text, None, None if low is None else Decimal(low), None if high is None else Decimal(high),
                          True, unit_code=UNITS.get(things.casefold(), COUNT_UNIT), unit_text=things, vague=True)
    return None


#: Scale words a number in words ends with, and the power of ten each stands for.
_WORD_SCALES = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
#: Fractions of a scale word in English news copy ('half a million', 'a quarter of a
#: million', 'three quarters of a million'); thirds are left out: a third of a million is
#: no whole number.
_FRACTIONS = {"half": Decimal("0.5"), "a half": Decimal("0.5"), "one half": Decimal("0.5"),
              "a quarter": Decimal("0.25"), "one quarter": Decimal("0.25"), "three quarters": Decimal("0.75")}
_FRACTION_OF_SCALE = re.compile(rf"^({'|'.join(_FRACTIONS)})(?: of)?(?: an?| one)? ({'|'.join(_WORD_SCALES)})$")
#: 'one and a half million', '2 and a half million', 'two-and-a-half million'.
_AND_A_HALF = re.compile(rf"^(.+?) and a half ({'|'.join(_WORD_SCALES)})$")
#: A figure in digits with a scale word: '1.5 million', '250,000', '2 thousand'.
_DIGITS_SCALE = re.compile(rf"^(\d[\d,]*(?:\.\d+)?)(?: ({'|'.join(_WORD_SCALES)}))?$")
#: 'a dozen', 'two dozen', '3 dozen' (a dozen is 12; 'dozens' is an order of magnitude, MAGNITUDES).
_DOZEN = re.compile(r"^(?:(.+) )?dozen$")


def number_in_words(raw) -> Decimal | None:
    """The whole number ``raw`` writes, in English words or in digits with a scale word,
    or None when it writes none (or a number that is not whole). Cardinal words are read
    by text2num (the ``text_to_num`` package, which the extractor and
    :mod:`kg.periods` also read numbers with); the article before a scale word ('a
    million'), fractions of a scale word, 'and a half' and dozens are read here, as
    text2num reads none of them. The words are exact: approximation or a bound is said by
    the words before them (:func:`parse_count`).

    >>> [int(number_in_words(w)) for w in ("two million", "a quarter of a million", "half a million",
    ...  "1.5 million", "a dozen", "two and a half million", "250,000", "a hundred thousand", "twelve")]
    [2000000, 250000, 500000, 1500000, 12, 2500000, 250000, 100000, 12]
    >>> number_in_words("dozens") is None, number_in_words("1.5") is None, number_in_words("many") is None
    (True, True, True)
    """
    if isinstance(raw, bool) or not isinstance(raw, str) or raw.strip().startswith(("-", "\u2212", "\u2013")):
        return None  # '-22' is no count in words: its sign is not to be dropped
    text = " ".join(raw.casefold().replace("-", " ").split())
    if not text:
        return None
    n = _number_words(text)
    return Decimal(int(n)) if n is not None and n == n.to_integral_value() and n >= 0 else None


def _number_words(text: str) -> Decimal | None:
    digits = _DIGITS_SCALE.match(text)
    if digits:
        try:
            n = _number(digits.group(1))
        except QuantityError:
            return None
        return n * 10 ** _WORD_SCALES[digits.group(2)] if digits.group(2) else n
    fraction = _FRACTION_OF_SCALE.match(text)
    if fraction:
        return _FRACTIONS[fraction.group(1)] * 10 ** _WORD_SCALES[fraction.group(2)]
    half = _AND_A_HALF.match(text)
    if half:
        whole = _number_words(half.group(1))
        return None if whole is None else (whole + Decimal("0.5")) * 10 ** _WORD_SCALES[half.group(2)]
    dozen = _DOZEN.match(text)
    if dozen:
        times = Decimal(1) if dozen.group(1) in (None, "a", "one") else _number_words(dozen.group(1))
        return None if times is None else times * 12
    # the article before a scale word is 'one' ('a million'); nowhere else is it a number
    text = re.sub(rf"^an? (?=(?:{'|'.join(_WORD_SCALES)})\b)", "one ", text)
    # text2num reads a lone 'o' as zero (spoken digits); no count is written so
    if not re.fullmatch(r"[a-z ]+", text) or re.search(r"\b[a-z]\b", text):
        return None
    try:
        return Decimal(text2num(text, "en"))
    except ValueError:
        return None


#: A range of whole numbers: '990-1650', '990 to 1,650', 'between 990 and 1,650'.
_COUNT_RANGE = re.compile(r"(?:between\s+)?(\d[\d,]*)\s*(?:-|–|to|and)\s*(\d[\d,]*)", re.IGNORECASE)


def parse_count(raw) -> Amount:
    """Read a count given with a bound, as a range or approximately ('more than 30',
    'at least 2', 'up to 20', 'fewer than 100', '990-1650', 'between 990 and 1,650',
    'about 40'), or an order of magnitude in words ('dozens', 'tens of thousands':
    the bounds of :data:`MAGNITUDES`, approximate), as an :class:`Amount` of things (unit C62, no unit text). Whole numbers only, so exclusive bounds become inclusive ones:
    'more than 30' has minimum 31, 'fewer than 100' maximum 99. Raises
    :class:`QuantityError` for anything else, a plain number in digits included (that is
    an exact count, not a bounded one). A number in words, or in digits with a scale
    word, is read by :func:`number_in_words`, exact unless the words before it say
    otherwise: 'a quarter of a million' is a value of 250000, 'about half a million' an
    approximate 500000, 'more than 1.5 million' a least count.

    >>> c = parse_count("more than 30")
    >>> (c.minimum, c.maximum, c.value)
    (Decimal('31'), None, None)
    >>> parse_count("fewer than 100").maximum
    Decimal('99')
    >>> parse_count("about 40").approximate
    True
    >>> c = parse_count("tens of thousands")
    >>> (c.minimum, c.maximum, c.approximate)
    (Decimal('20000'), Decimal('99999'), True)
    >>> c = parse_count("between 990 and 1,650")
    >>> (c.minimum, c.maximum)
    (Decimal('990'), Decimal('1650'))

    A count in words with no figure that implies a least count ('several others were
    injured', 'a few', 'a couple of'; :data:`VAGUE`) is vague: approximate, with that
    least count ('several': 3) and no figure invented.

    >>> c = parse_count("a quarter of a million")
    >>> (c.value, c.approximate)
    (Decimal('250000'), False)
    >>> c = parse_count("about half a million")
    >>> (c.value, c.approximate)
    (Decimal('500000'), True)
    >>> parse_count("more than 1.5 million").minimum
    Decimal('1500001')

    >>> c = parse_count("several")
    >>> (c.value, c.minimum, c.maximum, c.vague)
    (None, Decimal('3'), None, True)
    """
    if isinstance(raw, bool) or not isinstance(raw, str):
        raise QuantityError("expected a whole number, or one with a bound such as 'more than 30' or 'up to 20'")
    text = " ".join(raw.split())
    if re.match(r"(?:[a-z ]*\s)?(?:[-\u2212\u2013]\s*\d|minus\b)", text, re.IGNORECASE):
        raise QuantityError(f"{text!r} is negative: a count is never below 0")
    span = _COUNT_RANGE.fullmatch(text)
    if span:
        # '990-1650', 'between 990 and 1,650': both bounds inclusive, as the text gives them.
        low, high = _number(span.group(1)), _number(span.group(2))
        if high < low:
            raise QuantityError(f"the range {span.group(1)}-{span.group(2)} runs downwards")
        return Amount(text, None, low, high, False, unit_code=COUNT_UNIT)
    words = text.casefold()
    if words in _COUNT_WORDS or f"{words} of" in _COUNT_WORDS:
        least = VAGUE.get(words, VAGUE.get(f"{words} of"))
        return Amount(text, None, None if least is None else Decimal(least), None, True,
                      unit_code=COUNT_UNIT, vague=True)
    if text.casefold() in MAGNITUDES:
        # 'dozens', 'tens of thousands' (killed, displaced): the bounds the words imply.
        low, high = MAGNITUDES[text.casefold()]
        return Amount(text, None, Decimal(low), Decimal(high), True, unit_code=COUNT_UNIT)
    rest, approximate, bound = _bounds(text)
    # 'a quarter of a million', '1.5 million', 'two dozen': the figure the words give
    n = _number(rest) if re.fullmatch(r"\d[\d,]*", rest) else number_in_words(rest)
    if n is None or (not (approximate or bound) and re.fullmatch(r"\d[\d,]*", rest)):
        raise QuantityError("expected a whole number, or one with a bound such as 'more than 30', "
                            "'at least 2', 'up to 20', 'fewer than 100', 'about 40', a range such as '990-1650', "
                            "a number in words such as 'two million', 'a quarter of a million', '1.5 million' or "
                            "'a dozen', or words such as 'dozens', 'tens of thousands' or 'several'")
    if bound and any(text.casefold().startswith(w + " ") for w in EXCLUSIVE):
        n += 1 if bound == "min" else -1
    if n < 0:
        raise QuantityError(f"{text!r} leaves no whole number")
    return Amount(text, None if bound else n, n if bound == "min" else None, n if bound == "max" else None,
                  approximate, unit_code=COUNT_UNIT)


#: Words that give a change its direction: a fall is negative, a rise positive.
_FALL = ("fall", "fell", "fallen", "drop", "dropped", "decline", "declined", "decrease", "decreased", "down", "shrink", "shrank",
         "contract", "contracted", "lower", "lowered", "reduce", "reduced", "cut", "cuts")
_RISE = ("rise", "rose", "risen", "increase", "increased", "up", "grow", "grew", "grown", "jump", "jumped", "climb", "climbed",
         # a rate set higher by whoever sets it ('raised the duty on aluminum')
         "raise", "raised", "hike", "hiked")
_CHANGE = re.compile(rf"^({'|'.join(_FALL + _RISE)})(?:\s+(?:by\s+)?(.+))?$", re.IGNORECASE)


def parse_change(raw: str) -> Amount:
    """A change in percent given in words, as the source words it: a direction ('drop',
    'rise', 'fallen', 'up', ...) and a figure, a bound or a range after it ('drop by 20
    to 25 percent', 'up about 3 percent', 'rise by more than 10 percent'), or the
    direction alone ('fallen'). The result is signed (a fall is negative, so 'drop by 20
    to 25' is -25 to -20) in percent (UN/CEFACT P1), with the words as its text; a
    direction alone keeps only the bound it implies (a fall: at most 0; a rise: at
    least 0), marked vague. Raises :class:`QuantityError` for anything else.

    >>> c = parse_change("drop by 20 to 25 percent")
    >>> (_plain(c.minimum), _plain(c.maximum), c.unit_code)
    ('-25', '-20', 'P1')
    >>> parse_change("fallen").maximum, parse_change("fallen").vague
    (Decimal('0'), True)
    >>> _plain(parse_change("up about 3 percent").value)
    '3'
    """
    text = " ".join(str(raw).split())
    m = _CHANGE.match(text)
    if not m:
        raise QuantityError("expected a number, or a direction and a figure in percent such as 'drop by 20 to 25 "
                            "percent', 'up about 3 percent', 'fallen' or 'raised'")
    sign = -1 if m.group(1).casefold() in _FALL else 1
    if m.group(2) is None:
        bound = Decimal(0)
        return Amount(text, None, None if sign < 0 else bound, bound if sign < 0 else None, False, None, "P1", "percent",
                      vague=True)
    rest = m.group(2)
    figure = parse_amount(rest if re.search(r"(?:percent|per cent|%)$", rest, re.IGNORECASE) else f"{rest} percent",
                          money=False)
    if figure.unit_code != "P1" or figure.vague:
        raise QuantityError(f"a change is in percent: {rest!r} is not")

    def signed(n):
        return None if n is None else sign * n

    low, high = signed(figure.minimum), signed(figure.maximum)
    if sign < 0:
        low, high = high, low  # 'drop by 20 to 25': from -25 to -20
    return Amount(text, signed(figure.value), low, high, figure.approximate, None, "P1", "percent")
