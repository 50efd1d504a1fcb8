"""The data the tool ships with: the ontology, the SHACL shapes, the canned queries and
the sample corpus, found through :mod:`importlib.resources`.

In the source tree they are the top-level folders ``ontology/``, ``shapes/``,
``queries/`` and ``corpus/``. ``pyproject.toml`` maps each of them into the package at
build time as a resource package under this one (``kg.resources.ontology``, …), so a
wheel, a plain ``pip install .`` and an editable install all find them here, whatever
the current folder. Every other module takes its data paths from this one.

Pip unpacks what it installs, so a resource is a real file on disk, which pyoxigraph
and pySHACL need: a package run from a zip archive is refused with a clear error.

>>> from kg.resources import DEFAULT_CORPUS, ONTOLOGY_FILE, QUERIES_DIR, SHAPES_FILE
>>> ONTOLOGY_FILE.name, SHAPES_FILE.name, QUERIES_DIR.is_dir(), (DEFAULT_CORPUS / "articles.yaml").is_file()
('geopolitics.ttl', 'geopolitics-shapes.ttl', True, True)
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from kg.errors import KGError

#: The resource packages, by the name of the source folder each is built from.
PACKAGES = ("ontology", "shapes", "queries", "corpus")


class MissingDataError(KGError):
    """A file or folder the package ships is not where the installation should have put
    it (a damaged or incomplete install); the message names it. Exit code 2."""


def data_folder(name: str) -> Path:
    """The on-disk folder of the shipped resource package ``name`` (one of
    :data:`PACKAGES`), e.g. ``.../site-packages/kg/resources/queries``.

    Raises :class:`MissingDataError` when the package is missing or not on disk.
    """
    if name not in PACKAGES:
        raise ValueError(f"unknown resource package {name!r}; one of {', '.join(PACKAGES)}")
    try:
        folder = resources.files(f"{__name__}.{name}")
    except ModuleNotFoundError:
        # A source tree run without being installed (PYTHONPATH=.), or installed
        # editable before this mapping existed: the folder beside kg/ is the source.
        source = Path(__file__).resolve().parent.parent.parent / name
        if (source / "__init__.py").is_file():
            return source
        raise MissingDataError(
            f"{Path(__file__).parent / name}: the package's {name} data is missing; "
            "reinstall geopolitics-kg") from None
    if not isinstance(folder, Path):  # e.g. zipimport: pyoxigraph needs real files
        raise MissingDataError(f"{folder}: the package's {name} data is not on disk; install it with pip")
    return folder


def data_file(name: str, relative: str) -> Path:
    """The shipped file ``relative`` (a '/'-separated path) of resource package
    ``name``, checked to exist.

    Raises :class:`MissingDataError` naming the file when it is absent.

    >>> data_file("ontology", "geopolitics.ttl").is_file()
    True
    """
    path = data_folder(name).joinpath(*relative.split("/"))
    if not path.is_file():
        raise MissingDataError(f"{path}: a data file the package ships is missing; reinstall geopolitics-kg")
    return path


#: The paths other modules import, each found (and checked) only when first asked for,
#: so that a damaged install fails only the commands that need the missing file:
#: name -> (resource package, file in it, or None for the folder itself).
PATHS = {
    "ONTOLOGY_FILE": ("ontology", "geopolitics.ttl"),  # the OWL ontology
    "SHAPES_FILE": ("shapes", "geopolitics-shapes.ttl"),  # the SHACL shapes
    "QUERIES_DIR": ("queries", None),  # the canned queries, one *.rq file each
    "DEFAULT_CORPUS": ("corpus", None),  # articles.yaml, entities.yaml, articles/, claims/
}


@functools.cache
def __getattr__(attribute: str) -> Path:
    """``ONTOLOGY_FILE``, ``SHAPES_FILE``, ``QUERIES_DIR`` or ``DEFAULT_CORPUS`` as a
    :class:`~pathlib.Path` (PEP 562 module attribute). Raises :class:`MissingDataError`
    naming a missing file or folder, :class:`AttributeError` for any other name."""
    if attribute not in PATHS:
        raise AttributeError(f"module {__name__!r} has no attribute {attribute!r}")
    package, relative = PATHS[attribute]
    return data_file(package, relative) if relative else data_folder(package)
