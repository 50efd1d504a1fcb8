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


# -- What a command keeps between runs beside a store -------------------------------------

def file_sha256(path) -> str:
    """The SHA-256 (hex) of the bytes of the file at ``path``. Raises OSError."""
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_kept(path, key: dict):
    """The body (parsed JSON) of the file at ``path`` written by :func:`write_kept`
    with the same ``key`` (a JSON object: what the body was made from, such as the
    SHA-256 of its sources); None when the file is missing or unreadable, names another
    key, or its body is not the one its header's SHA-256 names (a stale or damaged file,
    which the caller makes again). Never raises for the file's content."""
    import hashlib
    import json

    try:
        raw = Path(path).read_bytes()
    except OSError:
        return None
    head, _, body = raw.partition(b"\n")
    try:
        header = json.loads(head)
        if not isinstance(header, dict) or header.get("key") != key \
                or header.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        return json.loads(body)
    except ValueError:  # not JSON, or not UTF-8
        return None


def write_kept(path, key: dict, body) -> None:
    """Keep ``body`` (JSON-serialisable) in the file at ``path`` for :func:`read_kept`:
    a header line (JSON: ``key`` and the SHA-256 of the rest), then the body as JSON,
    replaced whole by a rename (:func:`write_atomically`) so that a reader never sees
    half of one. A folder that cannot take the file costs the next run the work again,
    nothing else: no error is raised."""
    import contextlib
    import hashlib
    import json

    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = json.dumps({"key": key, "sha256": hashlib.sha256(data).hexdigest()}, sort_keys=True).encode("utf-8")
    with contextlib.suppress(KGError):
        write_atomically(path, header + b"\n" + data)
