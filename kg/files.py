"""Writing files whole or not at all: a reader (or a crash) never sees half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kg.errors import KGError


def write_atomically(path, data: bytes) -> None:
    """Replace the file at ``path`` with ``data`` (bytes), whole or not at all, as
    :func:`atomic_file` does. Raises :class:`kg.errors.KGError` naming ``path`` and the
    problem."""
    with atomic_file(path) as f:
        f.write(data)


@contextmanager
def atomic_file(path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through, which replaces ``path`` only when the
    ``with`` block ends without an error: for output too large to hold in memory.

    The bytes go to a new temporary file in the same folder, created with ``O_EXCL``
    (so never through a symlink or into another process's file), flushed to disk, then
    renamed over ``path`` (an atomic rename on POSIX). On any failure, a full disk or an
    exception in the block included, the temporary file is removed and ``path`` is
    untouched. The file gets the usual permissions (0666 less the umask). Raises
    :class:`kg.errors.KGError` naming ``path`` and the problem for an ``OSError``.
    """
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    except OSError as e:
        raise KGError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(f.fileno(), 0o666 & ~umask)
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise KGError(f"cannot write {path}: {e.strerror or e}; it was left as it was") from None
        raise
