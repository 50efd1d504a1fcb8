"""Errors that reach the user, each with the exit code the CLI returns for it."""

from __future__ import annotations

import reprlib


class KGError(Exception):
    """An error the user can act on. ``exit_code`` follows the README: 2 for usage and
    load errors, 1 for data that does not conform."""

    exit_code = 2


class InputError(KGError):
    """Input that cannot be accepted: names the file, the place in it and the problem."""

    def __init__(self, path, problem: str, where: str | None = None):
        self.path = str(path)
        self.where = where
        self.problem = problem
        place = f"{self.path}: {where}" if where else self.path
        super().__init__(f"{place}: {problem}")


#: Problems of one input file listed at once; a count of the rest follows.
MAX_ERRORS = 50


class InputErrors(KGError):
    """Several input errors found in one pass, reported together."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    @classmethod
    def capped(cls, path, errors: list[InputError]) -> "InputErrors":
        """The first :data:`MAX_ERRORS` of ``errors`` (problems of the file ``path``),
        then one line counting the rest."""
        shown = errors[:MAX_ERRORS]
        if len(errors) > MAX_ERRORS:
            shown.append(InputError(path, f"and {len(errors) - MAX_ERRORS} more problems not shown; fix these "
                                          f"and check the file again"))
        return cls(shown)


class StoreError(KGError):
    """The store cannot be opened or used."""


def brief(value, limit: int = 80) -> str:
    """repr() of a value quoted in a message, bounded whatever the file holds: strings
    to ``limit`` characters (elided in the middle), lists and mappings to four items, so
    an alias bomb or a 4 MiB string cannot flood the terminal.

    >>> brief("x" * 100, 10)
    "'xx...xxx'"
    """
    short = reprlib.Repr()
    short.maxstring = short.maxother = limit
    short.maxlist = short.maxdict = 4
    return short.repr(value)


def close_matches(word: str, choices, n: int = 5, cutoff: float = 75) -> list[str]:
    """The ``choices`` (strings) closest to ``word``, best first, at most ``n``, for
    "did you mean" messages. Scored by RapidFuzz's WRatio (0 to 100), which also counts
    a word found whole inside a longer name, so that "aung hlaing" finds "min aung
    hlaing" (a choice shorter than ``word`` by its plain ratio, :func:`_near`); those
    scoring under ``cutoff`` are left out.

    >>> close_matches("aung hlaing", ["vladimir putin", "min aung hlaing"])
    ['min aung hlaing']
    """
    return [c for c, _ in scored_matches(word, choices, n, cutoff)]


def scored_matches(word: str, choices, n: int = 5, cutoff: float = 75, whole: bool = False) -> list[tuple[str, float]]:
    """As :func:`close_matches`, with each choice's score (0 to 100): ``[(choice,
    score)]``, best first; a choice shorter than ``word`` is scored by its plain ratio
    (:func:`_near`). ``whole``: every choice by RapidFuzz's plain ratio (the edit
    distance over both lengths), for choices that are single words.

    >>> [c for c, _ in scored_matches("rusia", ["usa", "us", "russia"])]
    ['russia', 'usa']
    """
    from rapidfuzz import process

    unique = list(dict.fromkeys(choices))
    return [(c, s) for c, s, _ in process.extract(word, unique, scorer=_whole if whole else _near, limit=n,
                                                  score_cutoff=cutoff)]


def _whole(word: str, choice: str, **kwargs) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(word, choice, **kwargs)


def _near(word: str, choice: str, **kwargs) -> float:
    """RapidFuzz's WRatio for a choice at least as long as ``word`` (a part of a longer
    name: "aung hlaing" in "min aung hlaing"), its plain ratio for a shorter one: a word
    that holds a short name ("us" in "rusia") is no misspelling of it."""
    from rapidfuzz import fuzz

    return (fuzz.WRatio if len(choice) >= len(word) else fuzz.ratio)(word, choice, **kwargs)


#: Nouns of messages whose plural is not the noun with an s.
_PLURALS = {"entity": "entities", "person": "people", "country": "countries", "body": "bodies", "class": "classes"}


def plural(noun: str) -> str:
    """The plural of an English noun of the messages: the exceptions of
    :data:`_PLURALS`, else the noun with an s.

    >>> plural("entity"), plural("state")
    ('entities', 'states')
    """
    return _PLURALS.get(noun, noun + "s")


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless ``n`` is 1: '1 article', '5 articles'.

    >>> counted(1, "article"), counted(0, "entity")
    ('1 article', '0 entities')
    """
    return f"{n} {noun if n == 1 else plural(noun)}"


def indefinite(noun: str) -> str:
    """``noun`` (a class name, such as ``Organisation``) with its indefinite article,
    for messages: ``"an Organisation"``, ``"a Person"`` (by its first letter: a vowel
    takes 'an')."""
    return ("an " if noun[:1].upper() in "AEIOU" else "a ") + noun
