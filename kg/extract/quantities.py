"""Numbers, money and percentages near a fact's trigger, read from the parse and checked
with the reader's own parser (:func:`kg.quantities.parse_amount`), so a drafted value is
one the claims reader accepts."""

from __future__ import annotations

import re

from spacy.tokens import Token

from text_to_num import alpha2digit

from kg.quantities import QuantityError, currency_signs, parse_amount, signs_to_codes

#: English number words up to twenty, and the round ones news uses ("dozen" is 12).
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "hundred": 100, "dozen": 12}


def count_of(tok: Token) -> int | None:
    """The whole number a token writes ('6', '1,200', 'six'), or None."""
    text = tok.text.replace(",", "")
    if re.fullmatch(r"\d+", text):
        return int(text)
    return WORDS.get(tok.lower_)


def ordinal_of(tok: Token) -> int | None:
    """The place in a series an ordinal token writes: 16 for '16th' or 'sixteenth', 1 for
    'first'; else None. Ordinal words are read by text2num's alpha2digit, which leaves
    'first' and 'second' alone (they are also other words), so those two are read here."""
    word = tok.lower_
    if word in ("first", "second"):
        return 1 if word == "first" else 2
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word if word[:1].isdigit() else alpha2digit(word, "en"))
    return int(m.group(1)) if m else None


def money_words(text: str) -> str:
    """``text`` as the claims reader writes money: each currency sign before a figure as
    its ISO 4217 code ('$240 billion' -> 'USD 240 billion', 'HK$5m' -> 'HKD 5m'), by the
    reader's own table of CLDR's English symbols (:func:`kg.quantities.signs_to_codes`),
    and runs of spaces made one."""
    return " ".join(signs_to_codes(text).split())


def is_currency_sign(text: str) -> bool:
    """Whether the token text ``text`` is a currency sign the claims reader reads ('$',
    'US$', '€', '₹'; :func:`kg.quantities.currency_signs`)."""
    return text in currency_signs()


def _span_text(tokens) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    return tokens[0].doc[tokens[0].i: tokens[-1].i + 1].text


def money_near(head: Token, states: tuple[str, ...] = ()) -> tuple[str, list[int]] | None:
    """The first amount of money (a MONEY entity) in the subtree of ``head``, in the
    words the reader parses ('$240 billion' -> 'USD 240 billion'), with its tokens. A
    currency name several currencies share ('240 million pounds') is read as the currency
    of one of ``states`` (labels of the states that pay or are paid, in order) that has
    one of those currencies ('GBP 240 million' for Britain: CLDR's territory currencies,
    through Babel); else the amount is skipped, as the reader refuses it."""
    doc = head.doc
    sub = {t.i for t in head.subtree}
    for ent in doc.ents:
        # (the model may tag "about 240 million pounds" a QUANTITY, as of a weight: a currency word ends it)
        money = ent.label_ == "MONEY" or \
            ent.label_ == "QUANTITY" and bool(states) and doc[ent.end - 1].lower_ in CURRENCY_WORDS
        if not money or ent.start not in sub:
            continue
        words = money_words(ent.text)
        try:
            parse_amount(words, money=True)
        except (QuantityError, TypeError):
            words = _state_currency(words, states)
            if words is None:
                continue
        return words, list(range(ent.start, ent.end))
    return None


#: An amount written with a currency name after it ("about 240 million pounds"): the words
#: before the figure, the figure, the name.
_NAMED_AFTER = re.compile(r"^(?P<bound>(?:[A-Za-z]+\s+)*?)"
                          r"(?P<figure>\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion|[mbk]n?))?)"
                          r"\s+(?P<name>[A-Za-z]+)$")


def _state_currency(words: str, states: tuple[str, ...]) -> str | None:
    """``words`` ("about 240 million pounds") with its shared currency name made the code
    of the first of ``states`` (state labels) whose currency it can be ("about GBP 240
    million"), or None when none can (see :func:`money_near`)."""
    from babel.numbers import get_territory_currencies

    from kg.extract.gazetteer import state_entry, world
    from kg.quantities import _shared_currency_names

    m = _NAMED_AFTER.match(words)
    shared = _shared_currency_names().get(m.group("name").casefold()) if m else None
    if not shared:
        return None
    codes = {s["label"]: s["code"] for s in world()["states"]}
    for label in states:
        entry = state_entry(label)
        code = codes.get(entry["label"]) if entry else None
        found = [c for c in get_territory_currencies(code) if c in shared] if code else []
        if found:
            out = f"{m.group('bound')}{found[0]} {m.group('figure')}"
            try:
                parse_amount(out, money=True)
            except (QuantityError, TypeError):
                return None
            return out
    return None


def percent_near(head: Token, change: bool = False) -> float | int | None:
    """A percentage in the subtree of ``head``: '40 percent', '12%'. With ``change``,
    negative after 'fell', 'down', 'dropped', 'declined'."""
    for t in head.subtree:
        if t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("percent", "%", "per"):
            try:
                value = float(t.text.replace(",", ""))
            except ValueError:
                continue
            value = int(value) if value.is_integer() else value
            if change and any(w.lemma_ in ("fall", "drop", "decline", "decrease", "shrink", "down", "slump")
                              for w in head.subtree):
                value = -value
            return value
    return None


#: Words after a sum that make it a rate ("£101m a year", "$5 billion annually").
PER_PERIOD = {("a", "year"): "a year", ("per", "year"): "a year", ("each", "year"): "a year",
              ("a", "month"): "a month", ("per", "month"): "a month", ("each", "month"): "a month"}
ANNUAL = {"annually": "a year", "yearly": "a year", "monthly": "a month"}


def per_period(doc, end: int) -> tuple[str, list[int]]:
    """The rate words right after a sum ending at token ``end`` (exclusive) of ``doc``:
    (" a year", their tokens), or ("", [])."""
    if end < len(doc) and doc[end].lower_ in ANNUAL:
        return f" {ANNUAL[doc[end].lower_]}", [end]
    if end + 1 < len(doc) and (doc[end].lower_, doc[end + 1].lower_) in PER_PERIOD:
        return f" {PER_PERIOD[doc[end].lower_, doc[end + 1].lower_]}", [end, end + 1]
    return "", []


#: Currencies written as words after a sum ("5 billion euros").
CURRENCY_WORDS = {"euros", "pounds", "dollars", "yuan", "yen", "rubles", "roubles"}
#: Currency words of one state each, with their ISO 4217 code (the form the claims reader
#: parses); 'dollars', 'pounds' and 'rupees' name several states' and are not guessed here.
CURRENCY_CODES = {"yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rubles": "RUB", "roubles": "RUB"}
#: English names news gives currencies beside CLDR's ("Swedish crowns" for kronor,
#: "roubles" for rubles), with the CLDR plural names they may stand for: a state's
#: adjective before one picks the currency (see :func:`_adjective_currency`).
CURRENCY_NAME_VARIANTS = {"crowns": ("kronor", "kroner", "korunas", "krónur"), "crown": ("krona", "krone", "koruna", "króna"),
                          "roubles": ("rubles",), "rouble": ("ruble",), "reais": ("reals",)}
#: Words of scale after a number ("45m", "5 billion").
SCALE_WORDS = {"m", "mn", "bn", "million", "billion", "trillion"}


_FIGURE_BEFORE_ADJECTIVE = re.compile(r"(?P<figure>.*?\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion|[mbk]n?))?)"
                                      r"\s+[A-Za-z][A-Za-z ]*$")


def _adjective_currency(words: str) -> str | None:
    """``words`` ending with a state's adjective and a name of :data:`CURRENCY_NAME_VARIANTS`
    ("11 million Swedish crowns") as the reader writes them ("SEK 11 million"), or None.
    The currency is the one whose CLDR English name (through :func:`parse_amount`) the
    adjective and one of the variant's names make ("Swedish kronor")."""
    head, _, last = words.rpartition(" ")
    for name in CURRENCY_NAME_VARIANTS.get(last.lower(), ()):
        try:
            amount = parse_amount(f"{head} {name}", money=True)
        except (QuantityError, TypeError):
            continue
        figure = _FIGURE_BEFORE_ADJECTIVE.match(head)
        if amount.currency and figure:
            return f"{amount.currency} {figure.group('figure')}"
    return None


def sum_of(obj: Token) -> tuple[str, list[int]] | None:
    """The sum of money a verb's object writes ("£101m", "$20 million", "5 billion
    euros"), in the reader's words ("GBP 101m") with its tokens, or None when it is no sum
    the claims reader parses. Read from the object's own words before it, as a wire's
    "£101m" is split into tokens the named-entity model may not tag as money."""
    doc = obj.doc
    # the sum's own words: not "a further", "another", "some" before them
    left = min([obj.i, *(t.i for t in obj.subtree if t.i < obj.i and t.dep_ not in ("det", "amod", "advmod")
                         and (t.like_num or is_currency_sign(t.text) or t.dep_ in ("nummod", "compound", "nmod", "quantmod")))])
    right = obj.i + 1
    if right < len(doc) and doc[right].lower_ in SCALE_WORDS:
        right += 1  # "£45m" split by the parser into '45' and 'm', two objects
    if right < len(doc) and doc[right].lower_ in CURRENCY_WORDS:
        right += 1
    text = doc[left:right].text
    words = money_words(text)
    state_words = _adjective_currency(words)
    if state_words:  # "11 million Swedish crowns": SEK 11 million
        words = state_words
    elif words.endswith((" pounds", " pound")):  # "19 million pounds": sterling, which the reader writes GBP
        words = "GBP " + words.rsplit(" ", 1)[0]
    elif words.rsplit(" ", 1)[-1].lower() in CURRENCY_CODES and " " in words:
        # "1 billion yuan": a currency of one state, which the reader writes by its ISO 4217 code
        words = CURRENCY_CODES[words.rsplit(" ", 1)[-1].lower()] + " " + words.rsplit(" ", 1)[0]
    try:
        amount = parse_amount(words, money=True)
    except (QuantityError, TypeError):
        return money_near(obj)
    return (words, list(range(left, right))) if getattr(amount, "currency", None) else money_near(obj)
