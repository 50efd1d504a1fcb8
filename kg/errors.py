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


class InputErrors(KGError):
    """Several input errors found in one pass, reported together."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class StoreError(KGError):
    """The store cannot be opened or used."""


_short = reprlib.Repr()
_short.maxstring = _short.maxother = 80
_short.maxlist = _short.maxdict = 4
#: repr() for values quoted in messages, bounded whatever the file holds (an alias
#: bomb or a 4 MiB string is shown as its first 80 characters).
brief = _short.repr
